#!/usr/bin/env bash
# Builds TFDrift Console (preset "default", build/) and starts it on the built-in
# demo feed. Extra arguments go to tfdrift-console, e.g. packaging/run.sh --config my.yaml
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

# shellcheck source=packaging/deps.sh
source packaging/deps.sh
tfdrift_ensure_deps

if [[ ! -f build/CMakeCache.txt ]]; then
    cmake --preset default
fi
cmake --build --preset default -j2

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<'HINT'
Build finished, but there is no display to open the console on ($DISPLAY and
$WAYLAND_DISPLAY are empty). Either:
  - run it inside a virtual X server:  xvfb-run -a packaging/run.sh
  - or pick a Qt platform explicitly:  QT_QPA_PLATFORM=offscreen packaging/run.sh
  - or use the command-line tool:      build/bin/tfdrift --help
HINT
    exit 1
fi

exec build/bin/tfdrift-console --demo "$@"
