#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-golden.py - text, JSON and SARIF reports of the programs in golden/
compared byte for byte with golden/expected/NAME.{txt,json,sarif}.

Each golden/NAME.c is copied with include/pitrace.h into a fresh folder
outside any git checkout and analysed there on its own:

    SOURCE_DATE_EPOCH=0 pitrace --root . NAME.c --format F -- -I.

Normalised before comparing, and only these, since they depend on the
machine and not on the reporter:
  - the project folder's path (text output and the root fields)  -> <ROOT>
  - the libclang version string                                  -> <LIBCLANG>
  - database_digest, a hash over absolute paths                  -> <DATABASE_DIGEST>
  - rules_digest, which changes with every edit of rules/, not
    with the reporter (checked to be 64 hex digits instead)      -> <RULES_DIGEST>
The git revision is null: the folder is not in a repository.

    check-golden.py --pitrace BIN            compare
    check-golden.py --pitrace BIN --update   rewrite golden/expected/
"""
import json
import os
import re
import sys
import urllib.parse

import reportlib

GOLDEN = os.path.join(reportlib.HERE, 'golden')
EXPECTED = os.path.join(GOLDEN, 'expected')
FORMATS = (('text', 'txt'), ('json', 'json'), ('sarif', 'sarif'))


def normalise(text, root, header):
    # The rule files' paths and digests are the checkout's and change with
    # every rules edit, and the report digest covers them: replaced (the
    # scope and the digest have tests of their own, check-scope.py).
    text = re.sub(r'("rules_files":\t)\[\{.*?\}\]', r'\1["<RULES_FILES>"]', text, flags=re.S)
    text = re.sub(r'("report_digest":\t\{\n\t\t"algorithm":\t"sha256",\n\t\t"value":\t")[0-9a-f]{64}"',
                  r'\1<REPORT_DIGEST>"', text)
    # The root as a file:// URI (SARIF), then as a path.
    text = text.replace('file://' + urllib.parse.quote(root), 'file://<ROOT>')
    text = text.replace(root, '<ROOT>')
    for key, placeholder in (('libclang_version', '<LIBCLANG>'),
                             ('database_digest', '<DATABASE_DIGEST>'),
                             ('rules_digest', '<RULES_DIGEST>')):
        value = header.get(key)
        if value:
            text = text.replace(value, placeholder)
    return text


def run_program(pitrace, name, checks):
    """{ext: normalised report} for golden/NAME.c, plus the exit status."""
    root = reportlib.project([os.path.join(GOLDEN, name + '.c')], prefix='pitrace-golden-')
    out = {}
    header = None
    statuses = set()
    # JSON first: its header says what to normalise.
    for fmt, ext in sorted(FORMATS, key=lambda f: f[0] != 'json'):
        rc, stdout, stderr = reportlib.run(pitrace, ['--root', '.', name + '.c', '--format', fmt,
                                                     '--', '-I.'], cwd=root, env=reportlib.NO_GIT)
        checks.equal(stderr, '', f'{name} --format {fmt}: standard error')
        statuses.add(rc)
        if fmt == 'json':
            header = json.loads(stdout)
            checks.check(re.fullmatch(r'[0-9a-f]{64}', header.get('rules_digest') or ''),
                         f'{name}: rules_digest is 64 hex digits: {header.get("rules_digest")!r}')
            checks.check(re.fullmatch(r'[0-9a-f]{64}', header.get('database_digest') or ''),
                         f'{name}: database_digest is 64 hex digits')
            checks.equal(header.get('root'), root, f'{name}: JSON root')
        out[ext] = normalise(stdout, root, header)
    checks.equal(len(statuses), 1, f'{name}: same exit status for every format ({statuses})')
    # Exit 1 exactly when an open finding at or above warning remains (CONTRACT 1).
    want = 1 if header['counts']['errors'] + header['counts']['warnings'] else 0
    checks.equal(statuses.pop(), want, f'{name}: exit status')
    return out, header


def agree(name, rep, sarif, checks):
    """The JSON and SARIF reports name the same findings in the same order."""
    results = sarif['runs'][0]['results']
    checks.equal(len(results), len(rep['findings']), f'{name}: SARIF results vs JSON findings')
    for f, r in zip(rep['findings'], results):
        loc = r['locations'][0]['physicalLocation']
        got = (r['ruleId'], r['level'], loc['artifactLocation']['uri'], loc['region']['startLine'],
               loc['region'].get('startColumn'), r['partialFingerprints']['pitrace/v1'],
               bool(r.get('suppressions')))
        want = (f['rule'], f['level'], f['file'], f['line'], f['column'], f['fingerprint'],
                f['suppression'] is not None)
        checks.equal(got, want, f'{name}: SARIF result at {f["file"]}:{f["line"]}')


def main():
    a = reportlib.arguments(__doc__.split('\n')[0], lambda p: p.add_argument(
        '--update', action='store_true', help='rewrite golden/expected/ from this pitrace'))
    checks = reportlib.Checks('golden')
    names = sorted(f[:-2] for f in os.listdir(GOLDEN) if f.endswith('.c'))
    if not names:
        reportlib.die(f'no programs in {GOLDEN}')
    os.makedirs(EXPECTED, exist_ok=True)
    for name in names:
        out, rep = run_program(a.pitrace, name, checks)
        agree(name, rep, json.loads(out['sarif']), checks)
        for _, ext in FORMATS:
            path = os.path.join(EXPECTED, f'{name}.{ext}')
            got_path = os.path.join(a.work, f'{name}.{ext}')
            with open(got_path, 'w') as f:
                f.write(out[ext])
            if a.update:
                with open(path, 'w') as f:
                    f.write(out[ext])
                print(f'wrote {path}')
                continue
            try:
                with open(path) as f:
                    want = f.read()
            except OSError as e:
                checks.check(False, f'{path}: {e.strerror} (run with --update to create it)')
                continue
            if not checks.check(out[ext] == want, f'{name}.{ext} differs from {path}'):
                import difflib
                sys.stdout.writelines(list(difflib.unified_diff(
                    want.splitlines(True), out[ext].splitlines(True), path, got_path))[:80])
                print(f'(if the change is right: {sys.argv[0]} --pitrace ... --update)')
    checks.finish()


if __name__ == '__main__':
    main()
