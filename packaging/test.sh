#!/usr/bin/env bash
# Builds TFDrift Console and runs the whole test suite with ctest.
#   packaging/test.sh             preset "default"  (RelWithDebInfo, build/)
#   packaging/test.sh --sanitize  preset "sanitize" (ASan + UBSan, build-sanitize/)
set -euo pipefail

usage()
{
    echo "usage: packaging/test.sh [--sanitize]"
}

preset=default
build_dir=build
for arg in "$@"; do
    case "$arg" in
        --sanitize)
            preset=sanitize
            build_dir=build-sanitize
            ;;
        -h|--help)
            usage
            exit 0
            ;;
        *)
            echo "packaging/test.sh: unknown argument: $arg" >&2
            usage >&2
            exit 2
            ;;
    esac
done

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

# shellcheck source=packaging/deps.sh
source packaging/deps.sh
tfdrift_ensure_deps

if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j2

# Every user-visible string has its Japanese translation, new ones included.
packaging/check_translations.sh "$build_dir"

export QT_QPA_PLATFORM=offscreen
if [[ "$preset" == sanitize ]]; then
    # Same settings as the "sanitize" test preset: Qt's global singletons are
    # reported as leaks at exit, so only memory errors and UB fail a test.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
fi

exec ctest --test-dir "$build_dir" --output-on-failure -j2
