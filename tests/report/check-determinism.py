#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-determinism.py - the JSON, SARIF and HTML reports of the leaky corpus
are byte-identical whatever the number of threads (-j1, -j2) and from one run
to the next (-j2 twice), with SOURCE_DATE_EPOCH fixing the date
(docs/report-json.md: nothing depends on the machine, the thread count or the
time, except the date). The scope's command line, which names the -j
given, and the report digest over it are the only parts allowed to differ:
they are compared with the command line made equal."""
import json
import os
import re

import reportlib

EPOCH = '1700000000'
DATE = '2023-11-14T22:13:20Z'
RUNS = (('j1', '-j1'), ('j2', '-j2'), ('j2-again', '-j2'))


def without_command_line(path, fmt):
    """The report with the run's own command line (and the digest that
    covers it) blanked."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if fmt == 'json':
        text = re.sub(r'"command_line":\t"[^"]*"', '"command_line":\t""', text)
        text = re.sub(r'("report_digest":\t\{[^}]*"value":\t")[0-9a-f]{64}', r'\1', text)
    elif fmt == 'html':
        text = re.sub(r'<code class="cmdline">[^<]*</code>', '<code class="cmdline"></code>', text)
        text = re.sub(r'<code class="fp digest">[0-9a-f]{64}</code>', '<code class="fp digest"></code>', text)
    return text


def main():
    def extra(p):
        p.add_argument('--db', required=True, help='the corpus build folder')
        p.add_argument('--root', required=True, help='the corpus sources')
    a = reportlib.arguments(__doc__.split('\n')[0], extra)
    if not os.path.exists(os.path.join(a.db, 'compile_commands.json')):
        reportlib.die(f'{a.db}/compile_commands.json is missing: build the corpus first')
    checks = reportlib.Checks('determinism')
    for fmt in ('json', 'sarif', 'html'):
        outs = []
        for name, jobs in RUNS:
            out = os.path.join(a.work, f'report-{name}.{fmt}')
            rc, _, err = reportlib.run(a.pitrace, ['-p', a.db, '--root', a.root, jobs,
                                                   '--format', fmt, '-o', out], epoch=EPOCH)
            checks.equal(rc, 1, f'{fmt} {jobs}: exit status (the corpus leaks) {err}')
            outs.append(out)
        for other in outs[1:]:
            same = without_command_line(outs[0], fmt) == without_command_line(other, fmt)
            if not checks.check(same, f'{fmt}: {os.path.basename(other)} differs from '
                                      f'{os.path.basename(outs[0])} (diff {outs[0]} {other})'):
                os.environ['PITRACE_KEEP_TEMP'] = '1'
        with open(outs[0], encoding='utf-8') as f:
            text = f.read()
        checks.check(len(text) > 1000, f'{fmt}: a report was written')
        if fmt == 'json':
            rep = json.loads(text)
            checks.equal(rep['date'], DATE, 'json: date from SOURCE_DATE_EPOCH')
            checks.check(rep['counts']['open'] > 20, 'json: the corpus has its findings')
        else:
            checks.check(DATE in text, f'{fmt}: date from SOURCE_DATE_EPOCH')
    checks.finish()


if __name__ == '__main__':
    main()
