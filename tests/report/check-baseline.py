#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-baseline.py - a baseline keeps recognising its findings when the
code around them moves, and tells new findings and stale entries apart
(docs/suppressions.md, "Suppressions and baselines"; fingerprints in
docs/report-json.md).

data/baseline.c, in a temporary copy:
  1. --write-baseline records its two findings;
  2. five lines inserted above a finding and an unrelated function renamed:
     with --baseline nothing is open, exit 0, the report says 2 are hidden,
     and the fingerprints are unchanged;
  3. a new leak added: only it is open (SARIF baselineState "new"), exit 1;
  4. a leak removed: counts.baseline_stale is 1;
  5. the finding's own function renamed: its fingerprint changes, so it is
     open again and its old entry is stale.
"""
import json
import os

import reportlib

PROGRAM = os.path.join(reportlib.DATA, 'baseline.c')
PADDING = ('\tunsigned visits = 0;\n\t/* five lines\n\t * inserted above\n'
           '\t * the finding */\n\tvisits++;\n')
NEW_LEAK = '\tprintf("phone %s\\n", m->phone);\n'


def edit(root, original, *replacements):
    text = original
    for old, new in replacements:
        if old not in text:
            reportlib.die(f'{PROGRAM} no longer holds {old!r}; update {__file__}')
        text = text.replace(old, new)
    with open(os.path.join(root, 'baseline.c'), 'w') as f:
        f.write(text)


def analyse(a, root, fmt, *extra):
    """A text run keeps its summary line (on stderr)."""
    return reportlib.run(a.pitrace, ['--root', '.', 'baseline.c', '--format', fmt] + list(extra) +
                         ['--', '-I.'], cwd=root, env=reportlib.NO_GIT, quiet=fmt != 'text')


def main():
    a = reportlib.arguments(__doc__.split('\n')[0])
    checks = reportlib.Checks('baseline')
    root = reportlib.project([PROGRAM], prefix='pitrace-baseline-')
    with open(PROGRAM) as f:
        original = f.read()
    base = os.path.join(a.work, 'baseline.json')

    # 1. Record.
    rc, out, err = analyse(a, root, 'json', '--write-baseline', base)
    checks.equal(rc, 1, f'--write-baseline: exit status {err}')
    rep = json.loads(out)
    with open(base) as f:
        bl = json.load(f)
    checks.equal(bl.get('schema'), 'pitrace-baseline/1', 'baseline schema')
    fps = {f['fingerprint']: f for f in rep['findings']}
    checks.equal(len(rep['findings']), 2, 'the program has two findings')
    checks.equal(sorted(e['fingerprint'] for e in bl['findings']), sorted(fps),
                 'the baseline records the fingerprints of the findings')
    for e in bl['findings']:
        f = fps.get(e['fingerprint'], {})
        checks.equal((e.get('rule'), e.get('file'), e.get('function'), e.get('message')),
                     (f.get('rule'), 'baseline.c', f.get('function'), f.get('message')),
                     'baseline entry for reviewers: rule, file, function, message')

    # 2. Lines inserted above the finding, an unrelated function renamed.
    moved = [('\tprintf("member', PADDING + '\tprintf("member'),
             ('unrelated_helper', 'renamed_helper')]
    edit(root, original, *moved)
    rc, out, err = analyse(a, root, 'json', '--baseline', base)
    checks.equal(rc, 0, f'moved: exit status {err}')
    rep2 = json.loads(out)
    c = rep2['counts']
    checks.equal((c['open'], c['baselined'], c['baseline_stale']), (0, 2, 0),
                 'moved: (open, baselined, baseline_stale)')
    checks.equal(sorted(f['fingerprint'] for f in rep2['findings']), sorted(fps),
                 'moved: fingerprints unchanged')
    lines = {f['rule']: f['line'] for f in rep2['findings']}
    checks.equal(lines.get('pi-logging'), 19 + 5, 'moved: the logging finding is 5 lines lower')
    checks.check(all(f['baselined'] for f in rep2['findings']), 'moved: every finding baselined')
    rc, out, err = analyse(a, root, 'text', '--baseline', base)
    checks.equal((rc, out, err), (0, '', 'pitrace: 0 findings; 2 hidden by baseline\n'),
                 'moved: text report (exit status, output, the summary on stderr)')
    rc, out, err = analyse(a, root, 'sarif', '--baseline', base)
    results = json.loads(out)['runs'][0]['results']
    checks.equal([(r.get('baselineState'), r.get('suppressions', [{}])[0].get('kind')) for r in results],
                 [('unchanged', 'external')] * 2, 'moved: SARIF baselineState and external suppressions')

    # 3. A new leak: only it is open.
    edit(root, original, *moved, ('\t/* NEW LEAK */\n', NEW_LEAK))
    rc, out, err = analyse(a, root, 'json', '--baseline', base)
    checks.equal(rc, 1, f'new leak: exit status {err}')
    rep3 = json.loads(out)
    c = rep3['counts']
    checks.equal((c['open'], c['baselined'], c['baseline_stale']), (1, 2, 0),
                 'new leak: (open, baselined, baseline_stale)')
    new = reportlib.open_findings(rep3)
    checks.equal([(f['rule'], f['line'], f['categories']) for f in new],
                 [('pi-logging', 25, ['phone'])], 'new leak: the open finding')
    rc, out, err = analyse(a, root, 'text', '--baseline', base)
    body = out.splitlines()
    checks.check(body and body[0].startswith(os.path.join(root, 'baseline.c') + ':25:2: warning:'),
                 f'new leak: text report starts with the new finding: {body[:1]}')
    checks.equal(err.splitlines()[-1:], ['pitrace: 1 finding (1 warning); 2 hidden by baseline'],
                 'new leak: the summary line on stderr')
    checks.check(not any(l.startswith('pitrace: ') for l in body), 'new leak: a summary line in the report')
    checks.equal(sum(1 for l in body if '[pi-' in l), 1, 'new leak: one finding printed')
    rc, out, err = analyse(a, root, 'sarif', '--baseline', base)
    states = sorted(r.get('baselineState') for r in json.loads(out)['runs'][0]['results'])
    checks.equal(states, ['new', 'unchanged', 'unchanged'], 'new leak: SARIF baselineStates')

    # 4. A leak removed: its entry is stale.
    edit(root, original, *moved, ('\tfputs(m->phone, db);\n', ''))
    rc, out, err = analyse(a, root, 'json', '--baseline', base)
    checks.equal(rc, 0, f'removed: exit status {err}')
    c = json.loads(out)['counts']
    checks.equal((c['open'], c['baselined'], c['baseline_stale']), (0, 1, 1),
                 'removed: (open, baselined, baseline_stale)')
    rc, out, err = analyse(a, root, 'text', '--baseline', base)
    checks.equal((out, err), ('', 'pitrace: 0 findings; 1 hidden by baseline; 1 stale baseline entry\n'),
                 'removed: the summary line on stderr')
    rc, out, err = analyse(a, root, 'sarif', '--baseline', base)
    states = [r.get('baselineState') for r in json.loads(out)['runs'][0]['results']]
    checks.equal(states, ['unchanged'], 'removed: SARIF baselineState (a baseline was applied)')

    # 5. The finding's own function renamed: a different finding.
    edit(root, original, ('report_member', 'show_member'))
    rc, out, err = analyse(a, root, 'json', '--baseline', base)
    checks.equal(rc, 1, f'own function renamed: exit status {err}')
    c = json.loads(out)['counts']
    checks.equal((c['open'], c['baselined'], c['baseline_stale']), (1, 1, 1),
                 'own function renamed: (open, baselined, baseline_stale)')
    checks.finish()


if __name__ == '__main__':
    main()
