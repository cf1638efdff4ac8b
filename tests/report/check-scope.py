#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-scope.py - the report's scope and digest (docs/report-json.md):
every project file with its SHA-256, the rule files with theirs, the
options and command line, the time, git's word on the tree (a changed
source does not hide behind a clean HEAD), a tree digest outside git; and
`pitrace verify` detects a one-byte change in a report.
"""
import hashlib
import json
import os
import subprocess

import reportlib

LEAK = '#include <stdio.h>\nvoid show(const char *mobile) { printf("%s\\n", mobile); }\n'


def sha(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def git(root, *args):
    subprocess.run(['git', '-C', root, '-c', 'user.name=t', '-c', 'user.email=t@t', *args], check=True,
                   capture_output=True)


def main():
    a = reportlib.arguments(__doc__.split('\n')[0])
    checks = reportlib.Checks('scope')

    # Outside git: no git section, a tree digest over the files.
    root = reportlib.project({'a.c': LEAK}, prefix='pitrace-scope-')
    base = os.path.join(root, 'base.json')
    rc, _, err = reportlib.run(a.pitrace, ['--root', '.', 'a.c', '--write-baseline', base, '--fail-on', 'never',
                                           '--', '-I.'], cwd=root, env=reportlib.NO_GIT)
    report = os.path.join(root, 'report.json')
    rc, _, err = reportlib.run(a.pitrace, ['--root', '.', 'a.c', '--format', 'json', '-o', report,
                                           '--baseline', base, '--', '-I.'],
                               cwd=root, env=reportlib.NO_GIT, epoch=None)
    with open(report) as f:
        rep = json.load(f)
    s = rep['scope']
    checks.equal(s['translation_units'], 1, 'translation_units')
    files = {f['path']: f['sha256'] for f in s['files']}
    checks.equal(files.get('a.c'), sha(os.path.join(root, 'a.c')), 'a.c is listed with its SHA-256')
    tree = hashlib.sha256()
    for f in s['files']:
        tree.update(f['path'].encode() + b'\0' + f['sha256'].encode() + b'\n')
    checks.equal(s['tree_digest'], tree.hexdigest(), 'tree_digest over the files')
    libc = [r for r in s['rules_files'] if r['path'].endswith('/libc.json')]
    checks.check(libc and libc[0]['sha256'] == sha(libc[0]['path']), 'libc.json with its SHA-256')
    checks.equal(s['options'], {'heuristics': True, 'fail_on': 'warning',
                                'baseline': {'path': 'base.json', 'sha256': sha(base)}}, 'options')
    checks.check('--baseline' in s['command_line'] and s['command_line'].startswith('pitrace '),
                 f'command_line: {s["command_line"]}')
    checks.check(isinstance(s['duration_seconds'], (int, float)) and s['duration_seconds'] >= 0,
                 'duration_seconds is a number')
    checks.equal(s['git'], None, 'outside git: no git section')

    # verify: the report as written passes; one byte changed does not.
    r = subprocess.run([a.pitrace, 'verify', report], capture_output=True, text=True)
    checks.equal(r.returncode, 0, f'verify of the report as written: {r.stdout}{r.stderr}')
    with open(report) as f:
        text = f.read()
    i = text.index('"message":') + len('"message":\t"p')
    forged = os.path.join(root, 'forged.json')
    with open(forged, 'w') as f:
        f.write(text[:i] + ('Q' if text[i] != 'Q' else 'R') + text[i + 1:])
    r = subprocess.run([a.pitrace, 'verify', forged], capture_output=True, text=True)
    checks.equal(r.returncode, 1, f'verify of a report with one byte changed: {r.stdout}{r.stderr}')
    checks.check('does NOT match' in r.stdout, 'verify says the digest does not match')
    with open(os.path.join(root, 'notreport.json'), 'w') as f:
        f.write('{"findings": []}\n')
    r = subprocess.run([a.pitrace, 'verify', os.path.join(root, 'notreport.json')], capture_output=True, text=True)
    checks.equal(r.returncode, 2, 'verify of a JSON file without a digest')

    # In git: clean after the commit, dirty (and the file named) after an edit.
    repo = reportlib.project({'a.c': LEAK, '.gitignore': '*.json\n'}, prefix='pitrace-scope-git-')
    git(repo, 'init', '-q')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'base')

    def scope():
        rc, out, err = reportlib.run(a.pitrace, ['--root', '.', 'a.c', '--format', 'json', '--', '-I.'], cwd=repo,
                                     env={'GIT_DIR': os.path.join(repo, '.git')})
        return json.loads(out)

    rep = scope()
    checks.equal(rep['scope']['git'], {'dirty': False, 'changed': []}, 'a committed tree is clean')
    checks.check(rep.get('revision'), 'the revision is recorded')
    with open(os.path.join(repo, 'a.c'), 'a') as f:
        f.write('/* edited */\n')
    rep = scope()
    checks.equal(rep['scope']['git'], {'dirty': True, 'changed': ['a.c']},
                 'an edited source makes the tree dirty, and is named')
    checks.finish()


if __name__ == '__main__':
    main()
