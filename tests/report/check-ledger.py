#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-ledger.py - protected flows that differ only in their trace are
one ledger entry (docs/report-json.md, "protected_flows"), as findings
of one rule at one call are one finding. data/ledger.c says which.
And the ledger credits only real protection: a flow whose only control is
an encrypt sanitizer that calls no cipher (pi-unverified-sanitizer) is in
the ledger as claimed, not verified, and counts as unprotected.
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
    checks.check(all(f['verified'] for f in flows), 'a real mask is verified')
    checks.equal(rep['counts']['protected_flows_verified'], 2, 'counts.protected_flows_verified')

    claimed = reportlib.project({'claimed.c': CLAIMED}, prefix='pitrace-ledger-claimed-')
    rc, out, err = reportlib.run(a.pitrace, ['--root', '.', 'claimed.c', '--format', 'json', '--', '-I.'],
                                 cwd=claimed, env=reportlib.NO_GIT)
    rep = json.loads(out)
    checks.equal([f['rule'] for f in rep['findings']], ['pi-unverified-sanitizer'],
                 'the fake cipher is reported')
    checks.equal([(f['control'], f['verified']) for f in rep['protected_flows']], [('seal', False)],
                 'the flow it "protects" is claimed, not verified')
    checks.equal(rep['counts']['protected_flows_verified'], 0, 'no verified protection')
    rc, html, err = reportlib.run(a.pitrace, ['--root', '.', 'claimed.c', '--format', 'html', '--', '-I.'],
                                  cwd=claimed, env=reportlib.NO_GIT)
    checks.check('claimed, not verified' in html, 'the HTML ledger does not say "claimed, not verified"')

    # One leak, one entry: a masked ID number leaves the function that
    # read it by its return, and two callers hand it to one logging
    # wrapper: one read, one library sink call, one way out.
    leak = reportlib.project({'leak.c': ONE_LEAK}, prefix='pitrace-ledger-leak-')
    rc, out, err = reportlib.run(a.pitrace, ['--root', '.', 'leak.c', '--format', 'json', '--', '-I.'],
                                 cwd=leak, env=reportlib.NO_GIT)
    rep = json.loads(out)
    checks.equal(len(rep['protected_flows']), 1, 'two routes of one protected leak: one ledger entry')
    checks.equal([f.get('routes', 1) for f in rep['protected_flows']], [2], 'the entry counts both routes')
    checks.equal([len(f.get('related', [])) for f in rep['protected_flows']], [1], 'and lists the other route')
    checks.finish()


ONE_LEAK = r"""#include <stdio.h>
#include "pitrace.h"
struct person { char id_number[19] PI(id_number); };
char *mask_id(const char *s) PI_SANITIZER(mask);
char *mask_id(const char *s) { static char b[32]; snprintf(b, sizeof b, "%.2s****", s); return b; }
static const char *shown(const struct person *p) { return mask_id(p->id_number); }
static void say(const char *m) { fprintf(stderr, "%s\n", m); }
void log_arrival(const struct person *p) { say(shown(p)); }
void log_departure(const struct person *p) { say(shown(p)); }
"""


CLAIMED = r"""#include <stdio.h>
#include "pitrace.h"
struct person { char id_number[19] PI(id_number); };
/* base64 at best: no cipher */
char *seal(const char *s) PI_SANITIZER(encrypt);
char *seal(const char *s) { static char b[64]; snprintf(b, sizeof b, "%s", s); return b; }
void save(const struct person *p, FILE *db) { fputs(seal(p->id_number), db); }
"""


if __name__ == '__main__':
    main()
