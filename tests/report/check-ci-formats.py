#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-ci-formats.py - --format junit and --format gitlab: the JUnit XML
parses and validates (xmllint, against data/junit.xsd) with one test case
per finding, open ones failing and suppressed ones skipped; GitLab's SAST
report validates (ajv, data/gitlab-sast.schema.json) with one
vulnerability per open finding; a --keep-going run over code that did
not parse is marked in both (an error test case; scan.status failure);
and bytes XML 1.0 cannot hold (control characters, invalid UTF-8 in a
file name and a suppression reason) still give well-formed XML."""
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
# A file name with a control byte, and a suppression reason with an escape
# sequence, a form feed and GBK bytes (invalid UTF-8).
HOSTILE_NAME = 'odd\x01name.c'
HOSTILE = (LEAKS.replace('<&>', '').encode() .replace(b'needs it',
           b'needs it \x1b[31m\x0c \xc4\xe3\xba\xc3 <&>'))


def main():
    a = reportlib.arguments(__doc__.split('\n')[0])
    checks = reportlib.Checks('ci-formats')
    root = reportlib.project({'leaks.c': LEAKS, 'broken.c': BROKEN}, prefix='pitrace-ci-formats-')
    with open(os.path.join(root, HOSTILE_NAME), 'wb') as f:
        f.write(HOSTILE)
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

    def xmllint_valid(path, what):
        if xmllint:
            p = subprocess.run([xmllint, '--noout', '--schema', os.path.join(reportlib.DATA, 'junit.xsd'), path],
                               capture_output=True, text=True)
            checks.equal(p.returncode, 0, f'{what}: validates against data/junit.xsd: {p.stderr}')
        else:
            checks.check(False, 'xmllint is missing (Debian: libxml2-utils; scripts/install-deps installs it)')

    def ajv_valid(path, what):
        if node:
            p = subprocess.run([node, os.path.join(reportlib.HERE, 'validate-json.js'),
                                os.path.join(reportlib.DATA, 'gitlab-sast.schema.json'), path],
                               capture_output=True, text=True, cwd=reportlib.HERE)
            checks.equal(p.returncode, 0, f'{what}: validates against data/gitlab-sast.schema.json: {p.stdout}')
        else:
            checks.check(False, 'node is missing (scripts/install-deps installs it)')

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
        checks.equal(tree.get('skipped'), '1', f'{what}: the skipped count')
        checks.equal(tree.get('errors'), '1' if keep_going else '0', f'{what}: the errors count')
        checks.equal(tree.get('tests'), str(len(cases)), f'{what}: the tests count')
        if failures:
            case, failure = failures[0], failures[0].find('failure')
            headline = failure.get('message', '')
            checks.equal(case.get('classname'), 'pi-logging', f'{what}: classname is the rule id')
            checks.check('id_number' in headline and 'printf' in headline, f'{what}: the failure message is the headline')
            checks.equal(case.get('name'), f'leaks.c:6: {headline}', f'{what}: name is FILE:LINE: headline')
            checks.equal(failure.get('type'), 'error', f'{what}: the failure type is the level')
            trace = (failure.text or '').splitlines()
            checks.check(len(trace) >= 2 and all(t.startswith('leaks.c:') for t in trace)
                         and 'printf' in trace[-1], f'{what}: the failure text is the trace: {trace}')
        checks.equal(len(errors), 1 if keep_going else 0, f'{what}: an error test case exactly when incomplete')
        if keep_going and errors:
            checks.check('no_such_header.h' in (errors[0].find('error').text or ''),
                         'junit --keep-going: the error names what was not analysed')
        if keep_going and errors:
            checks.equal(errors[0].get('name'), 'pitrace.run-complete', 'junit --keep-going: the error test case')
        xmllint_valid(path, what)

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
            checks.equal(vulns[0]['identifiers'][0], {'type': 'pitrace_rule', 'name': 'pi-logging',
                                                      'value': 'pi-logging'},
                         f'{what}: the rule is the first (primary) identifier')
            checks.check('id_number' in vulns[0]['description'], f'{what}: the description is the headline')
        scan = rep['scan']
        checks.equal(scan['status'], 'failure' if keep_going else 'success', f'{what}: scan.status')
        checks.equal(scan['type'], 'sast', f'{what}: scan.type')
        for tool in ('analyzer', 'scanner'):
            checks.equal(sorted(k for k in scan[tool] if k in ('id', 'name', 'version', 'vendor')),
                         ['id', 'name', 'vendor', 'version'], f'{what}: scan.{tool} has what GitLab requires')
        # SOURCE_DATE_EPOCH=0 (reportlib.run): the report's date
        checks.equal(scan['end_time'], '1970-01-01T00:00:00', f'{what}: scan.end_time, no zone or fraction')
        if keep_going:
            messages = scan['messages']
            checks.check(any('no_such_header.h' in m['value'] for m in messages),
                         'gitlab --keep-going: a message names what was not analysed')
            checks.check(bool(messages) and all(m['level'] == 'warn' for m in messages),
                         'gitlab --keep-going: what the run kept going past is a warn message (a partial error)')
        else:
            checks.equal(scan['messages'], [], f'{what}: no messages for a clean run')
        ajv_valid(path, what)

    # Bytes XML 1.0 cannot hold: U+FFFD stands in, the rest is kept.
    path = run('junit', HOSTILE_NAME)
    try:
        tree = ET.parse(path).getroot()
    except ET.ParseError as e:
        tree = None
        checks.check(False, f'junit, hostile bytes: not well-formed XML: {e}')
    if tree is not None:
        cases = tree.findall('./testsuite/testcase')
        checks.equal(len(cases), 2, 'junit, hostile bytes: both findings')
        checks.check(all(c.get('name', '').startswith('odd\ufffdname.c:') for c in cases),
                     f'junit, hostile bytes: the control byte in the file name is U+FFFD: {[c.get("name") for c in cases]}')
        skip = [c.find('skipped') for c in cases if c.find('skipped') is not None]
        reason = skip[0].get('message', '') if skip else ''
        checks.check('needs it \ufffd[31m\ufffd' in reason and '<&>' in reason and '\ufffd' * 2 in reason,
                     f'junit, hostile bytes: the reason with its controls and invalid UTF-8 replaced: {reason!r}')
    xmllint_valid(path, 'junit, hostile bytes')
    path = run('gitlab', HOSTILE_NAME)
    with open(path, encoding='utf-8') as f:
        rep = json.load(f)
    checks.equal(len(rep['vulnerabilities']), 1, 'gitlab, hostile bytes: the open finding')
    ajv_valid(path, 'gitlab, hostile bytes')
    checks.finish()


if __name__ == '__main__':
    main()
