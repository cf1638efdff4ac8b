#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-ledger.py - protected flows that differ only in their trace are
one ledger entry (docs/report-json.md, "protected_flows"), as findings
of one rule at one call are one finding. data/ledger.c says which.
"""
import json
import os

import reportlib

PROGRAM = os.path.join(reportlib.DATA, 'ledger.c')


def main():
    a = reportlib.arguments(__doc__.split('\n')[0])
    checks = reportlib.Checks('ledger')
    root = reportlib.project([PROGRAM], prefix='pitrace-ledger-')
    rc, out, err = reportlib.run(a.pitrace, ['--root', '.', 'ledger.c', '--format', 'json', '--', '-I.'],
                                 cwd=root, env=reportlib.NO_GIT)
    checks.equal(rc, 0, f'all flows are protected: exit status {err}')
    rep = json.loads(out)
    flows = rep['protected_flows']
    by_fn = {}
    for f in flows:
        by_fn.setdefault(f['function'], []).append(f)
    checks.equal(len(by_fn.get('log_masked', [])), 1, 'two reads, one call: one ledger entry')
    checks.equal(len(by_fn.get('emit', [])), 1, 'an indirect call to two functions: one entry')
    checks.equal(len(flows), 2, 'two ledger entries in all')
    checks.finish()


if __name__ == '__main__':
    main()
