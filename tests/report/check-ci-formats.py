#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-ci-formats.py - --format junit and --format gitlab: the JUnit XML
parses and validates (xmllint, against data/junit.xsd) with one test case
per finding, open ones failing and suppressed ones skipped; GitLab's SAST
report validates (ajv, data/gitlab-sast.schema.json) with one
vulnerability per open finding; and a --keep-going run over code that did
not parse is marked in both (an error test case; scan.status failure)."""
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import reportlib

LEAKS = r'''#include <stdio.h>
#include "pitrace.h"
struct person { char id_number[19] PI(id_number); char *mobile PI(phone); };
void show(const struct person *p)
{
	printf("%s\n", p->id_number);
	printf("%s\n", p->mobile); // pitrace: allow(pi-logging) reason: the support desk needs it <&>
}
'''
BROKEN = '#include "no_such_header.h"\nint answer(void) { return 42; }\n'


def main():
    a = reportlib.arguments(__doc__.split('\n')[0])
    checks = reportlib.Checks('ci-formats')
    root = reportlib.project({'leaks.c': LEAKS, 'broken.c': BROKEN}, prefix='pitrace-ci-formats-')
    node = shutil.which('node')
    xmllint = shutil.which('xmllint')

    def run(fmt, *files, keep_going=False):
        out = os.path.join(root, f'report-{fmt}{"-kg" if keep_going else ""}')
        args = ['--root', '.', *files, '--format', fmt, '-o', out]
        if keep_going:
            args.append('--keep-going')
        rc, _, err = reportlib.run(a.pitrace, args + ['--', '-I.'], cwd=root, env=reportlib.NO_GIT)
        checks.equal(rc, 1, f'{fmt}: exit status {err}')
        return out

    # JUnit
    for keep_going, files in ((False, ['leaks.c']), (True, ['leaks.c', 'broken.c'])):
        path = run('junit', *files, keep_going=keep_going)
        tree = ET.parse(path).getroot()
        cases = tree.findall('./testsuite/testcase')
        failures = [c for c in cases if c.find('failure') is not None]
        skipped = [c for c in cases if c.find('skipped') is not None]
        errors = [c for c in cases if c.find('error') is not None]
        what = 'junit --keep-going' if keep_going else 'junit'
        checks.equal(len(failures), 1, f'{what}: the open finding fails')
        checks.equal(len(skipped), 1, f'{what}: the suppressed finding is skipped, not failed')
        checks.check('support desk' in skipped[0].find('skipped').get('message', '') if skipped else False,
                     f'{what}: the skip gives the suppression reason')
        checks.equal(tree.get('failures'), '1', f'{what}: the failures count')
        checks.equal(len(errors), 1 if keep_going else 0, f'{what}: an error test case exactly when incomplete')
        if keep_going and errors:
            checks.check('no_such_header.h' in (errors[0].find('error').text or ''),
                         'junit --keep-going: the error names what was not analysed')
        if xmllint:
            p = subprocess.run([xmllint, '--noout', '--schema', os.path.join(reportlib.DATA, 'junit.xsd'), path],
                               capture_output=True, text=True)
            checks.equal(p.returncode, 0, f'{what}: validates against data/junit.xsd: {p.stderr}')
        else:
            checks.check(False, 'xmllint is missing (Debian: libxml2-utils; scripts/install-deps installs it)')

    # GitLab SAST
    for keep_going, files in ((False, ['leaks.c']), (True, ['leaks.c', 'broken.c'])):
        path = run('gitlab', *files, keep_going=keep_going)
        with open(path) as f:
            rep = json.load(f)
        what = 'gitlab --keep-going' if keep_going else 'gitlab'
        vulns = rep['vulnerabilities']
        checks.equal(len(vulns), 1, f'{what}: one vulnerability, the open finding')
        if vulns:
            checks.equal(vulns[0]['severity'], 'Critical', f'{what}: an error on an ID number is Critical')
            checks.equal(vulns[0]['location'], {'file': 'leaks.c', 'start_line': 6, 'end_line': 6, 'method': 'show'},
                         f'{what}: the location')
            checks.check({'type': 'cwe', 'name': 'CWE-532', 'value': '532',
                          'url': 'https://cwe.mitre.org/data/definitions/532.html'} in vulns[0]['identifiers'],
                         f'{what}: the CWE identifier')
        checks.equal(rep['scan']['status'], 'failure' if keep_going else 'success', f'{what}: scan.status')
        if keep_going:
            checks.check(any('no_such_header.h' in m['value'] for m in rep['scan']['messages']),
                         'gitlab --keep-going: a message names what was not analysed')
        if node:
            p = subprocess.run([node, os.path.join(reportlib.HERE, 'validate-json.js'),
                                os.path.join(reportlib.DATA, 'gitlab-sast.schema.json'), path],
                               capture_output=True, text=True, cwd=reportlib.HERE)
            checks.equal(p.returncode, 0, f'{what}: validates against data/gitlab-sast.schema.json: {p.stdout}')
        else:
            checks.check(False, 'node is missing (scripts/install-deps installs it)')
    checks.finish()


if __name__ == '__main__':
    main()
