#!/usr/bin/env bash
# Fails when a refresh of the translations (what `ninja tfdrift-console_lupdate` would do) leaves a
# Japanese string unfinished: a new or changed tr() text that nobody translated. Works on copies, so
# the tree is never touched.
#   packaging/check_translations.sh [BUILD_DIR]   (default: build)
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
build_dir=${1:-build}
sources="$build_dir/translations/translatable_sources.lst"
lupdate_path="$build_dir/translations/lupdate_path.txt"
if [[ ! -f "$sources" || ! -f "$lupdate_path" ]]; then
    echo "check_translations.sh: configure $build_dir first (cmake --preset default)" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/tfdrift_ja.ts "$work/"
# lupdate's notes about classes without Q_OBJECT are noise here (tr() comes from
# Q_DECLARE_TR_FUNCTIONS); they are shown only when lupdate itself fails.
if ! "$(cat "$lupdate_path")" -silent -no-obsolete -I "$PWD" "@$sources" -ts "$work/tfdrift_ja.ts" \
        2> "$work/lupdate.log"; then
    cat "$work/lupdate.log" >&2
    exit 2
fi

unfinished=$(grep -c 'type="unfinished"' "$work/tfdrift_ja.ts" || true)
if [[ "$unfinished" != 0 ]]; then
    echo "translations/tfdrift_ja.ts: $unfinished unfinished entries after lupdate:" >&2
    grep -B3 'type="unfinished"' "$work/tfdrift_ja.ts" | grep '<source>' | sed 's/^ */  /' >&2
    exit 1
fi
echo "translations/tfdrift_ja.ts: complete after lupdate"
