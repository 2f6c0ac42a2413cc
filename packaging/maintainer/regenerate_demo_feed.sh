#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the demo feed resources/demo/alerts.jsonl from the recorded audit events in
# resources/demo/audit/<falco hostname>.jsonl and the bundled rules resources/rules/tfdrift_rules.yaml,
# with the rule evaluator of a built `tfdrift` (the same code `tfdrift emulate --cloudtrail` runs):
#
#   tfdrift rules test --rules resources/rules/tfdrift_rules.yaml \
#       --events resources/demo/audit/<host>.jsonl --hostname <host>
#
# for every host file, then merges the alerts by their "time" (a stable sort, then by host name, so
# alerts of one record keep the rules file's order). Builds nothing itself; tests/cli/test_demo_feed
# fails until the feed is regenerated after a change to the rules, the mapping catalogs or the records.
#
# Usage: packaging/maintainer/regenerate_demo_feed.sh [PATH_TO_TFDRIFT]   (default: build/bin/tfdrift)
# Needs bash and python3.

set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tfdrift="${1:-$repo_root/build/bin/tfdrift}"
rules="$repo_root/resources/rules/tfdrift_rules.yaml"
audit_dir="$repo_root/resources/demo/audit"
feed="$repo_root/resources/demo/alerts.jsonl"

if [[ ! -x "$tfdrift" ]]; then
    echo "regenerate_demo_feed.sh: no tfdrift binary at $tfdrift (build it, or give its path)" >&2
    exit 2
fi
shopt -s nullglob
audit_files=("$audit_dir"/*.jsonl)
if (( ${#audit_files[@]} == 0 )); then
    echo "regenerate_demo_feed.sh: no recorded events in $audit_dir" >&2
    exit 2
fi

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

for events in "${audit_files[@]}"; do
    host="$(basename "$events" .jsonl)"
    "$tfdrift" rules test --rules "$rules" --events "$events" --hostname "$host" >"$work_dir/$host.jsonl"
    records=$(grep -c . "$events" || true)
    alerts=$(grep -c . "$work_dir/$host.jsonl" || true)
    echo "$host: $records records, $alerts alerts" >&2
done

# Python keeps each alert line byte for byte; only the order changes.
python3 - "$work_dir" "$feed" <<'PYTHON'
import json
import pathlib
import sys

work_dir, feed = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
alerts = []
for path in sorted(work_dir.glob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            alert = json.loads(line)
            alerts.append((alert["time"], alert["hostname"], line))
# The evaluator writes every time as RFC 3339 UTC with nine fractional digits, so text order is time order.
alerts.sort(key=lambda entry: (entry[0], entry[1]))
feed.write_text("".join(line + "\n" for _, _, line in alerts), encoding="utf-8")
print(f"{feed}: {len(alerts)} alerts", file=sys.stderr)
PYTHON
