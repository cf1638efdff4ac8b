#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-rules-doc.py - docs/report-rules.md (where SARIF's helpUri points)
says what `pitrace --explain RULE` says: a section for every report rule
`--list-rules` lists and none for a rule it does not, and in each section
the same What, Level, Cleared by, Why (legal basis), How to fix and
Example, compared word by word (the example character by character).
"""
import os
import re
import subprocess

import reportlib

DOC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'docs', 'report-rules.md')


def explain(pitrace, rule):
    """The sections of `--explain RULE`: heading -> list of lines."""
    out = subprocess.run([pitrace, '--explain', rule], capture_output=True, text=True, check=True).stdout
    sections, current = {}, None
    for line in out.split('\n')[1:]:
        if line and not line.startswith(' '):
            current = line.strip()
            sections[current] = []
        elif current:
            sections[current].append(line.strip())
    return {k: '\n'.join(v) for k, v in sections.items()}


def words(text, example):
    return ''.join(text.split()) if example else ' '.join(text.split())


def main():
    a = reportlib.arguments(__doc__.split('\n')[0])
    checks = reportlib.Checks('rules-doc')
    listed = subprocess.run([a.pitrace, '--list-rules'], capture_output=True, text=True, check=True).stdout
    report_rules = listed.split('\n\n')[0]
    rules = re.findall(r'^  ([a-z][a-z-]+) ', report_rules, flags=re.M)
    checks.check(len(rules) >= 6, f'--list-rules lists the report rules: {rules}')
    with open(DOC, encoding='utf-8') as f:
        doc = f.read()
    sections = {s.split('\n', 1)[0].strip(): s for s in re.split(r'^## ', doc, flags=re.M)[1:]}
    checks.equal(sorted(sections), sorted(rules), 'one section of docs/report-rules.md per report rule')
    for rule in rules:
        if rule not in sections:
            continue
        said = explain(a.pitrace, rule)
        written = {m.group(1): m.group(2) for m in
                   re.finditer(r'\*\*(.+?)\*\*\n(.*?)(?=\n\*\*|\Z)', sections[rule], flags=re.S)}
        checks.equal(sorted(written), sorted(said), f'{rule}: the same headings')
        for heading, text in written.items():
            example = heading == 'Example'
            checks.equal(words(text, example), words(said.get(heading, ''), example), f'{rule}: {heading}')
    checks.finish()


if __name__ == '__main__':
    main()
