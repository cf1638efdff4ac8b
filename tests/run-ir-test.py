#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks pitrace --dump-ir of a C file against the .ir file beside it.

    run-ir-test.py PITRACE FILE.c [--update]

The dump leaves out types and absolute paths, so it reads the same under
every libclang version, with one exception: before LLVM 17 libclang has no
operator kinds, and an operator written inside a macro body cannot be read
from tokens either, so it dumps without its operator. A test whose dump
shows that keeps the older libclang's expected dump in FILE.llvm14.ir,
used when pitrace runs on libclang 14 to 16. --update rewrites the
expected dump for the running version (review the diff before committing).
"""
import re
import difflib
import os
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit('usage: run-ir-test.py PITRACE FILE.c [--update]')
    pitrace, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    expected_path = os.path.splitext(source)[0] + '.ir'
    version = subprocess.run([pitrace, '--version'], capture_output=True, text=True).stdout
    m = re.search(r'clang version (\d+)', version)
    old_api = m and int(m.group(1)) < 17
    variant = os.path.splitext(source)[0] + '.llvm14.ir'
    if old_api and (os.path.exists(variant) or '--update-variant' in sys.argv):
        expected_path = variant
    include = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'include')
    run = subprocess.run([pitrace, '--dump-ir', source, '--', '-I' + include],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout + run.stderr)
        print(f'FAIL: pitrace --dump-ir exited {run.returncode}')
        return 1
    if '--update' in sys.argv or '--update-variant' in sys.argv:
        with open(expected_path, 'w') as f:
            f.write(run.stdout)
        print(f'updated {expected_path}')
        return 0
    if not os.path.exists(expected_path):
        print(f'FAIL: {expected_path} is missing (run with --update to create it)')
        return 1
    with open(expected_path) as f:
        expected = f.read()
    if expected == run.stdout:
        print('PASS')
        return 0
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), run.stdout.splitlines(True),
                                               'expected', 'actual'))
    print('FAIL: the IR differs')
    return 1


if __name__ == '__main__':
    sys.exit(main())
