#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-suppressions.py - every form of `// pitrace:` comment in
data/suppress.c does what docs/suppressions.md says: allow() after code and
on its own line, with and without a reason, stale, allow-next-line,
begin-allow/end-allow, an unknown rule id, a stray end-allow, and a
directive inside a string literal (not one). Checked in the JSON (findings,
their suppression and reason, counts), the text (suppressed findings not
printed, the closing line) and SARIF (inSource suppressions)."""
import json
import os

import reportlib

PROGRAM = os.path.join(reportlib.DATA, 'suppress.c')

# (text on the line of the finding, rule, the reason it is suppressed with,
# or None when it stays open). A finding's suppression comment is on the
# same line or the line above; the block's is the begin-allow.
FLOWS = [
    ('p->id_number); // pitrace: allow(pi-logging) reason: synthetic', 'pi-logging',
     ('synthetic test data only', 0)),
    ('printf("%s\\n", p->phone);\n}\n\nvoid no_reason', 'pi-logging',
     ('operator console, access controlled', -1)),
    ('p->email); // pitrace: allow(pi-logging)\n', 'pi-logging', (None, 0)),
    ('fputs(p->phone, f);', 'pi-unencrypted-storage', ('file is on the encrypted volume', -1)),
    ('fputs(p->id_number, f);', 'pi-unencrypted-storage', ('migration tool', -1)),
    ('printf("%s\\n", p->email);\n\t/* pitrace: end-allow', 'pi-logging', ('migration tool', -2)),
    ('printf("%s\\n", p->phone);\n}\n\nvoid in_string', 'pi-logging', None),
    ('printf("// pitrace: allow(pi-logging)', 'pi-logging', None),
    ('p->phone); // pitrace: allow(pi-loging, pi-logging)', 'pi-logging',
     ('the known id still applies', 0)),
    ('printf("%s\\n", p->email);\n}\n', 'pi-logging', None),   # after the stray end-allow
]
# (text on the comment's line, what the pitrace-suppression message says)
PROBLEMS = [
    ('p->email); // pitrace: allow(pi-logging)\n', 'gives no reason'),
    ('allow(pi-unencrypted-storage) reason: nothing is stored', 'stale suppression'),
    ('allow(pi-loging, pi-logging)', 'unknown rule id `pi-loging`'),
    ('\t/* pitrace: end-allow(pi-logging) */', 'no matching begin-allow'),
]


def line_of(source, text, checks):
    at = source.find(text)
    if not checks.check(at >= 0 and source.find(text, at + 1) < 0,
                        f'{PROGRAM}: {text!r} found exactly once (update {__file__})'):
        return 0
    return source.count('\n', 0, at) + 1


def main():
    a = reportlib.arguments(__doc__.split('\n')[0])
    checks = reportlib.Checks('suppressions')
    with open(PROGRAM) as f:
        source = f.read()
    root = reportlib.project([PROGRAM], prefix='pitrace-suppress-')

    def analyse(fmt, *extra, quiet=True):
        return reportlib.run(a.pitrace, ['--root', '.', 'suppress.c', '--format', fmt, *extra, '--', '-I.'],
                             cwd=root, env=reportlib.NO_GIT, quiet=quiet)

    rc, out, err = analyse('json')
    checks.equal(rc, 1, f'exit status (open findings remain) {err}')
    rep = json.loads(out)
    findings = {(f['rule'], f['line']): f for f in rep['findings']}
    want_keys = set()

    for text, rule, sup in FLOWS:
        line = line_of(source, text, checks)
        want_keys.add((rule, line))
        f = findings.get((rule, line))
        if not checks.check(f, f'a {rule} finding at line {line}'):
            continue
        if sup is None:
            checks.equal(f['suppression'], None, f'line {line}: open')
        else:
            reason, offset = sup
            checks.equal(f['suppression'], {'reason': reason, 'file': 'suppress.c', 'line': line + offset},
                         f'line {line}: suppression')
    begin = line_of(source, 'begin-allow(pi-unencrypted-storage, pi-logging)', checks)
    checks.check(all(f['suppression'] is None or f['suppression']['line'] != begin or
                     begin < f['line'] < begin + 3 for f in rep['findings']),
                 'begin-allow covers only the lines up to its end-allow')

    for text, words in PROBLEMS:
        line = line_of(source, text, checks)
        want_keys.add(('pitrace-suppression', line))
        f = findings.get(('pitrace-suppression', line))
        if checks.check(f, f'a pitrace-suppression finding at line {line} ({words})'):
            checks.check(words in f['message'], f'line {line}: message {f["message"]!r} says {words!r}')
            checks.equal((f['level'], f['suppression']), ('warning', None),
                         f'line {line}: an open warning')
    checks.equal(sorted(set(findings) - want_keys), [], 'no other findings')

    c = rep['counts']
    nsup = sum(1 for _, _, s in FLOWS if s is not None)
    nopen = len(FLOWS) - nsup + len(PROBLEMS)
    checks.equal((c['findings'], c['open'], c['suppressed']), (nopen + nsup, nopen, nsup),
                 'counts (findings, open, suppressed)')
    checks.equal(c['open_by_rule']['pitrace-suppression'], len(PROBLEMS), 'counts.open_by_rule')

    # Text: suppressed findings are not printed; the summary counts them.
    rc, out, err = analyse('text', quiet=False)
    lines = out.splitlines()
    printed = [l for l in lines if l.endswith(']') and ': note: ' not in l]
    checks.equal(len(printed), nopen, 'text: one line per open finding')
    for f in rep['findings']:
        if f['suppression'] is not None:
            checks.check(not any(f':{f["line"]}:{f["column"]}: ' in l for l in printed),
                         f'text: suppressed finding at line {f["line"]} not printed')
    checks.equal(err.splitlines()[-1:], [f'pitrace: {nopen} findings ({nopen} warnings); {nsup} suppressed'],
                 'text: the summary line on stderr')
    rc, out, err = analyse('text', '--quiet')
    checks.equal(err, '', 'text --quiet: nothing on stderr')

    # SARIF: suppressed results carry inSource suppressions with the reason.
    rc, out, err = analyse('sarif')
    results = json.loads(out)['runs'][0]['results']
    for r, f in zip(results, rep['findings']):
        sups = r.get('suppressions')
        if f['suppression'] is None:
            checks.check(not sups, f'sarif: line {f["line"]} not suppressed')
            continue
        checks.check(sups and sups[0]['kind'] == 'inSource' and
                     sups[0].get('justification') == f['suppression']['reason'] and
                     sups[0]['location']['physicalLocation']['region']['startLine'] == f['suppression']['line'],
                     f'sarif: line {f["line"]}: inSource suppression with reason and comment location')
    checks.finish()


if __name__ == '__main__':
    main()
