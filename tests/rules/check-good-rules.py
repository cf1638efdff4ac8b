#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-good-rules.py PITRACE [RULES_DIR]

The built-in rule packs load: `PITRACE --list-rules` exits 0 and lists
entries of every pack with the file they came from. With RULES_DIR, also
checks that every *.json file there shows up in the listing.
"""
import os
import subprocess
import sys

# (id, file) pairs that must appear on one line of the listing
EXPECTED = [
    ("libc.fprintf", "libc.json"),
    ("libc.stdout", "libc.json"),
    ("syslog.syslog", "syslog.json"),
    ("sqlite3.bind_text", "sqlite3.json"),
    ("curl.easy_setopt.data", "curl.json"),
    ("openssl.EVP_EncryptUpdate", "openssl.json"),
    ("heur.id_number", "heuristics.json"),
    ("category.id_number", "categories.json"),
]


def main():
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    run = subprocess.run([sys.argv[1], "--list-rules"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, timeout=60)
    out = run.stdout.decode("utf-8", "replace")
    ok = run.returncode == 0
    if not ok:
        print(f"FAIL: exit status {run.returncode}, expected 0\n"
              + run.stderr.decode("utf-8", "replace"), file=sys.stderr)
    lines = out.splitlines()
    for rule_id, file in EXPECTED:
        if not any(line.split("\t")[0] == rule_id and file in line for line in lines):
            print(f"FAIL: no line lists {rule_id} from {file}", file=sys.stderr)
            ok = False
    if len(sys.argv) == 3:
        for name in sorted(os.listdir(sys.argv[2])):
            if name.endswith(".json") and not any(name in line for line in lines):
                print(f"FAIL: nothing listed from {name}", file=sys.stderr)
                ok = False
    if ok:
        print(f"{len(lines)} lines listed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
