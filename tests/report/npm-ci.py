#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""npm-ci.py - the CTest fixture that installs the SARIF validators
(package.json) with `npm ci` in tests/report, unless node_modules already
holds exactly what package-lock.json names (a stamp file records the lock
file's SHA-256 after a successful install)."""
import hashlib
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LOCK = os.path.join(HERE, 'package-lock.json')
MODULES = os.path.join(HERE, 'node_modules')
STAMP = os.path.join(MODULES, '.pitrace-npm-ci')
# What validate-sarif.js loads, and the Dockerfile linter (tests/dist).
NEEDED = ('ajv/package.json', 'ajv-formats/package.json',
          '@microsoft/sarif-multitool-linux/sarif-2.1.0.json', 'dockerfilelint/package.json')


def main():
    for tool in ('node', 'npm'):
        if not shutil.which(tool):
            print(f'error: `{tool}` is not installed; the SARIF tests need Node.js and npm '
                  '(Debian: apt-get install nodejs npm, or run scripts/install-deps)')
            return 1
    with open(LOCK, 'rb') as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    try:
        with open(STAMP) as f:
            current = f.read().strip() == digest
    except OSError:
        current = False
    if current and all(os.path.exists(os.path.join(MODULES, p)) for p in NEEDED):
        print('node_modules is current; npm ci skipped')
        return 0
    print('npm ci in', HERE, flush=True)
    p = subprocess.run(['npm', 'ci', '--no-audit', '--no-fund'], cwd=HERE)
    if p.returncode:
        print(f'error: npm ci failed (exit {p.returncode})')
        return 1
    missing = [p for p in NEEDED if not os.path.exists(os.path.join(MODULES, p))]
    if missing:
        print('error: npm ci did not install ' + ', '.join(missing))
        return 1
    with open(STAMP, 'w') as f:
        f.write(digest + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
