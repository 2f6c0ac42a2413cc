#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerate the lists of mutating calls in resources/rules/tfdrift_rules.yaml from the mapping catalogs.

  tfdrift_mutating_event_names   every eventName of resources/mappings/aws.yaml
  tfdrift_mutating_gcp_methods   every methodName of resources/mappings/gcp.yaml

whose action is create, modify or delete: sorted (byte order), without duplicates, one per line. Each
list sits between "# BEGIN GENERATED <list>" and "# END GENERATED <list>" comment lines, which must
already be in the rules file; everything outside them is left as it is.

Usage: update_rule_lists.py [--check]
  --check   change nothing; exit 1 and name the stale lists when the file is out of date
"""

import argparse
import pathlib
import re
import sys

import yaml

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
RULES_FILE = REPO_ROOT / "resources" / "rules" / "tfdrift_rules.yaml"
MUTATING_ACTIONS = ("create", "modify", "delete")
# Names YAML reads back as the same plain string; anything else is written quoted.
PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9._/-]*")


def load_catalog(name):
    with open(REPO_ROOT / "resources" / "mappings" / name, encoding="utf-8") as stream:
        return yaml.safe_load(stream)


def aws_event_names():
    catalog = load_catalog("aws.yaml")
    return {event["name"] for service in catalog["services"] for event in service["events"]
            if event["action"] in MUTATING_ACTIONS}


def gcp_method_names():
    catalog = load_catalog("gcp.yaml")
    return {method["name"] for method in catalog["methods"] if method["action"] in MUTATING_ACTIONS}


GENERATED_LISTS = (
    ("tfdrift_mutating_event_names", aws_event_names),
    ("tfdrift_mutating_gcp_methods", gcp_method_names),
)


def yaml_item(name):
    if PLAIN_NAME.fullmatch(name):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def replace_block(text, list_name, names):
    begin = f"# BEGIN GENERATED {list_name}\n"
    end = f"# END GENERATED {list_name}\n"
    if text.count(begin) != 1 or text.count(end) != 1:
        raise SystemExit(f"{RULES_FILE}: needs exactly one '{begin.strip()}' and one '{end.strip()}' line")
    head, rest = text.split(begin, 1)
    old_block, tail = rest.split(end, 1)
    if "# BEGIN GENERATED" in old_block:
        raise SystemExit(f"{RULES_FILE}: '{end.strip()}' is missing before the next generated block")
    block = f"- list: {list_name}\n  items:\n" + "".join(f"    - {yaml_item(n)}\n" for n in sorted(names))
    return head + begin + block + end + tail


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when the rules file is out of date")
    arguments = parser.parse_args()

    original = RULES_FILE.read_text(encoding="utf-8")
    text = original
    stale = []
    for list_name, names_of in GENERATED_LISTS:
        names = names_of()
        updated = replace_block(text, list_name, names)
        if updated != text:
            stale.append(list_name)
        text = updated
        if not arguments.check:
            print(f"{list_name}: {len(names)} names")

    if arguments.check:
        for list_name in stale:
            print(f"{RULES_FILE.relative_to(REPO_ROOT)}: {list_name} is out of date; "
                  f"run packaging/maintainer/update_rule_lists.py", file=sys.stderr)
        return 1 if stale else 0
    if text != original:
        RULES_FILE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
