#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-bad-rule.py PITRACE RULE_FILE EXPECT_FILE

Runs `PITRACE --rules RULE_FILE --list-rules` and checks that pitrace refuses
the file: exit status 2 (CONTRACT section 1) and a message holding every
non-empty line of EXPECT_FILE as a substring. Lines starting with '#' in
EXPECT_FILE are comments.
"""
import subprocess
import sys


def main():
    if len(sys.argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    pitrace, rule_file, expect_file = sys.argv[1:]
    try:
        with open(expect_file, encoding="utf-8") as f:
            expected = [line.rstrip("\n") for line in f
                        if line.strip() and not line.startswith("#")]
    except OSError as e:
        print(f"FAIL: cannot read {expect_file}: {e}", file=sys.stderr)
        return 1
    if not expected:
        print(f"FAIL: {expect_file} expects nothing", file=sys.stderr)
        return 1
    run = subprocess.run([pitrace, "--rules", rule_file, "--list-rules"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         timeout=60)
    message = run.stderr.decode("utf-8", "replace")
    ok = True
    if run.returncode != 2:
        print(f"FAIL: exit status {run.returncode}, expected 2", file=sys.stderr)
        ok = False
    for want in expected:
        if want not in message:
            print(f"FAIL: message lacks {want!r}", file=sys.stderr)
            ok = False
    if not ok:
        print("--- standard error was:\n" + message, file=sys.stderr)
        return 1
    print(message.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
