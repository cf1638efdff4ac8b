#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-sarif.py - the SARIF of the corpus (leaky and fixed) is valid SARIF
2.1.0 and holds what GitHub code scanning and CONTRACT section 4 need.

  1. validate-sarif.js (the OASIS schema and GitHub's requirements) on both
     logs, and with SARIF_MULTITOOL=1 (Microsoft's validator, its SARIF and
     GitHub rules) on the first;
  2. the fields CONTRACT 4 and docs/report-json.md promise: one run, driver
     pitrace, every rule with help and legal basis, results at the reported
     call with relative %SRCROOT% URIs, codeFlows, partialFingerprints equal
     to the JSON fingerprints, inSource suppressions with their reasons;
  3. what GitHub code scanning reads: primaryLocationLineHash (equal after
     lines are inserted above a finding), endLine/endColumn,
     informationUri and per-rule helpUri, security-severity per result by
     level and sensitivity (an error on an ID number is critical) and per
     rule the highest of its default and its open results (GitHub reads
     the rule's), a
     headline naming every category sensitive first, and
     versionControlProvenance exactly when git knows the repository and its
     origin (mappedTo the repository's top when the root is a folder below
     it; no credentials from the origin's URL), those logs validated too.

Needs node and the validators that `npm ci` installs in tests/report (the
CTest fixture report/npm-ci does that).
"""
import json
import os
import re
import shutil
import subprocess
import urllib.parse

import reportlib

RULES = ['pi-unencrypted-storage', 'pi-logging', 'pi-cleartext-transmission',
         'pi-external-transfer', 'pi-hardcoded-literal', 'pi-unverified-sanitizer',
         'pitrace-suppression']
FLOW_RULES = set(RULES[:4])
SENSITIVE = {'id_number', 'id_image', 'bank_account', 'biometric', 'health', 'location', 'credential'}
HOMEPAGE = 'https://github.com/pitrace-project/pitrace'
RULES_DOC = HOMEPAGE + '/blob/main/docs/report-rules.md#'
# what a literal's headline calls its category
LITERAL_KINDS = {'resident ID number': 'id_number', 'mobile phone number': 'phone',
                 'unified social credit code': 'license_number'}
SEVERITY = {'pi-unencrypted-storage': '8.0', 'pi-cleartext-transmission': '8.0',
            'pi-unverified-sanitizer': '7.5', 'pi-logging': '6.5',
            'pi-external-transfer': '5.0', 'pi-hardcoded-literal': '5.0'}


def validate(paths, checks, multitool=False):
    node = shutil.which('node')
    if not checks.check(node, '`node` is not installed: the SARIF check needs Node.js '
                        '(Debian: apt-get install nodejs npm, or scripts/install-deps)'):
        return False
    if not checks.check(os.path.isdir(os.path.join(reportlib.HERE, 'node_modules', 'ajv')),
                        'tests/report/node_modules is missing: run `npm ci` in tests/report '
                        '(the CTest fixture report/npm-ci does)'):
        return False
    env = dict(os.environ, SARIF_MULTITOOL='1' if multitool else '0')
    p = subprocess.run([node, os.path.join(reportlib.HERE, 'validate-sarif.js')] + paths,
                       env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    out = p.stdout.decode('utf-8', 'replace')
    print(out.rstrip())
    checks.check(p.returncode == 0, f'validate-sarif.js failed (exit {p.returncode})')
    return checks.check(f'{len(paths)} passed, 0 failed' in out, 'validate-sarif.js: every log passed')


MOVED = '#include <stdio.h>\nvoid show(const char *id_number) { printf("%s\\n", id_number); }\n'


def doc_anchors():
    """The anchors GitHub makes of docs/report-rules.md's headings."""
    with open(os.path.join(reportlib.SOURCE_ROOT, 'docs', 'report-rules.md')) as f:
        return {re.sub(r'[^\w\- ]', '', line.lstrip('#').strip().lower()).replace(' ', '-')
                for line in f if line.startswith('#')}


def check_log(name, log, rep, root, checks, seen):
    checks.equal(log.get('version'), '2.1.0', f'{name}: version')
    checks.equal(len(log.get('runs', [])), 1, f'{name}: one run')
    run = log['runs'][0]
    driver = run['tool']['driver']
    checks.equal(driver.get('name'), 'pitrace', f'{name}: tool.driver.name')
    checks.equal(driver.get('informationUri'), HOMEPAGE, f'{name}: tool.driver.informationUri')
    checks.check(driver.get('version'), f'{name}: tool.driver.version')
    ids = [r['id'] for r in driver.get('rules', [])]
    checks.equal(ids, RULES, f'{name}: driver rules in their fixed order')
    for rule in driver.get('rules', []):
        rid = rule['id']
        props = rule.get('properties', {})
        help_ = rule.get('help', {})
        checks.check(help_.get('text') and help_.get('markdown'), f'{name}: {rid}: help text and markdown')
        checks.check(rule.get('shortDescription', {}).get('text'), f'{name}: {rid}: shortDescription')
        checks.equal(rule.get('helpUri'), RULES_DOC + rid, f'{name}: {rid}: helpUri')
        checks.check(rid in seen['anchors'], f'{name}: {rid}: docs/report-rules.md has the helpUri\'s anchor')
        checks.check(rule.get('fullDescription', {}).get('text'), f'{name}: {rid}: fullDescription')
        checks.check(rule.get('defaultConfiguration', {}).get('level') in ('error', 'warning', 'note'),
                     f'{name}: {rid}: defaultConfiguration.level')
        if rid == 'pitrace-suppression':
            checks.check('security-severity' not in props, f'{name}: {rid}: no security-severity')
            checks.equal(props.get('tags'), ['maintainability'], f'{name}: {rid}: tags')
        else:
            checks.check('Legal basis' in help_.get('text', ''), f'{name}: {rid}: help names the legal basis')
            # GitHub reads the rule's value: the highest of the default and
            # of this rule's open results, so no critical result looks medium
            want = max([float(SEVERITY[rid])] +
                       [float(r.get('properties', {}).get('security-severity', '0'))
                        for r in run.get('results', [])
                        if r.get('ruleId') == rid and not r.get('suppressions')])
            checks.equal(float(props.get('security-severity', '0')), want, f'{name}: {rid}: security-severity')
            tags = props.get('tags', [])
            checks.check({'security', 'privacy', 'pipl'} <= set(tags) and
                         any(re.fullmatch(r'external/cwe/cwe-\d+', t) for t in tags),
                         f'{name}: {rid}: tags {tags}')
    checks.equal(run.get('automationDetails', {}).get('id'), 'pitrace/', f'{name}: automationDetails.id')
    base = run.get('originalUriBaseIds', {}).get('%SRCROOT%', {}).get('uri')
    checks.equal(base, 'file://' + urllib.parse.quote(root) + '/', f'{name}: %SRCROOT%')
    checks.equal(run['invocations'][0].get('executionSuccessful'), True, f'{name}: executionSuccessful')
    props = run.get('properties', {})
    for key in ('libclangVersion', 'rulesDigest', 'databaseDigest', 'date'):
        checks.check(props.get(key), f'{name}: run.properties.{key}')

    results = run.get('results', [])
    checks.equal(len(results), len(rep['findings']), f'{name}: one result per JSON finding')
    for r, f in zip(results, rep['findings']):
        at = f'{name}: result {r.get("ruleId")} at {f["file"]}:{f["line"]}'
        checks.equal(r.get('ruleId'), f['rule'], f'{at}: ruleId')
        checks.check(r.get('ruleIndex') is not None and ids[r['ruleIndex']] == r['ruleId'], f'{at}: ruleIndex')
        checks.equal(r.get('level'), f['level'], f'{at}: level')
        checks.check(r.get('message', {}).get('text'), f'{at}: message.text')
        loc = r['locations'][0]['physicalLocation']
        art = loc['artifactLocation']
        checks.equal((art.get('uri'), art.get('uriBaseId')), (f['file'], '%SRCROOT%'), f'{at}: relative URI')
        checks.check(not art['uri'].startswith('/') and '://' not in art['uri'], f'{at}: URI is relative')
        checks.equal((loc['region'].get('startLine'), loc['region'].get('startColumn')),
                     (f['line'], f['column']), f'{at}: region')
        fp = r.get('partialFingerprints', {}).get('pitrace/v1', '')
        checks.check(re.fullmatch(r'[0-9a-f]{64}', fp), f'{at}: partialFingerprints["pitrace/v1"]')
        checks.equal(fp, f['fingerprint'], f'{at}: fingerprint as in JSON')
        lh = r['partialFingerprints'].get('primaryLocationLineHash', '')
        checks.check(re.fullmatch(r'[0-9a-f]{16}:1', lh), f'{at}: primaryLocationLineHash {lh!r} is GitHub\'s form')
        checks.equal(lh, fp[:16] + ':1', f'{at}: primaryLocationLineHash from the fingerprint')
        reg = loc['region']
        checks.check(reg.get('endLine', 0) >= reg['startLine'] and reg.get('endColumn', 0) >= reg['startColumn'],
                     f'{at}: endLine/endColumn at or after the start {reg}')
        # one line: the callee's name at a call, else one column
        width = len(f['callee']) if f.get('callee') else 1
        checks.equal((reg.get('endLine'), reg.get('endColumn')), (f['line'], f['column'] + width),
                     f'{at}: endLine/endColumn')
        sev = float(r.get('properties', {}).get('security-severity', '0'))
        sensitive = any(c in SENSITIVE for c in f['categories'])
        want = {'error': 9.0 if sensitive else 8.0, 'warning': 7.0 if sensitive else 5.5, 'note': 3.0}[f['level']]
        checks.equal(sev, want, f'{at}: security-severity by level and sensitivity')
        if f['level'] == 'error' and 'id_number' in f['categories']:
            seen['id_number_errors'] += 1
            checks.check(sev >= 9.0, f'{at}: an error on an ID number is critical (>= 9.0), got {sev}')
        if f['rule'] in FLOW_RULES:
            cats = re.search(r'\(([^)]*)\)', r['message']['text']).group(1).split(', ')
            checks.equal(sorted(cats), sorted(f['categories']), f'{at}: the headline names every category')
            checks.equal(cats, sorted(cats, key=lambda c: c not in SENSITIVE), f'{at}: sensitive categories first')
            seen['reordered'] += cats != f['categories']
        elif f['rule'] == 'pi-hardcoded-literal':
            kind = re.match(r'string literal holds an? (.*?) \(', r['message']['text'])
            checks.equal([LITERAL_KINDS.get(kind and kind.group(1))], f['categories'],
                         f'{at}: the headline names the literal\'s category')
        else:
            checks.equal(f['categories'], [], f'{at}: a headline without PI has no category to name')
        if f['rule'] in FLOW_RULES:
            steps = r.get('codeFlows', [{}])[0].get('threadFlows', [{}])[0].get('locations', [])
            checks.equal(len(steps), len(f['trace']), f'{at}: codeFlows holds the trace')
            checks.check(all(s['location'].get('message', {}).get('text') for s in steps),
                         f'{at}: every trace step has a message')
        sups = r.get('suppressions')
        if f['suppression'] is not None:
            ok = sups and sups[0].get('kind') == 'inSource' and sups[0].get('status') == 'accepted'
            checks.check(ok, f'{at}: inSource suppression')
            if f['suppression']['reason']:
                checks.equal(sups[0].get('justification'), f['suppression']['reason'], f'{at}: justification')
        else:
            checks.check(not sups, f'{at}: open finding has no suppressions')
        checks.check('baselineState' not in r, f'{at}: no baselineState without a baseline')


def main():
    def extra(p):
        p.add_argument('--corpus', action='append', nargs=2, metavar=('SRC', 'BUILD'), required=True,
                       help='a corpus platform and its build folder (with compile_commands.json)')
    a = reportlib.arguments(__doc__.split('\n')[0], extra)
    checks = reportlib.Checks('sarif')
    paths = []
    seen = {'anchors': doc_anchors(), 'id_number_errors': 0, 'reordered': 0}
    for src, build in a.corpus:
        src = os.path.realpath(src)
        name = os.path.basename(src)
        if not os.path.exists(os.path.join(build, 'compile_commands.json')):
            reportlib.die(f'{build}/compile_commands.json is missing: build the corpus first '
                          f'(the CTest fixture corpus/{name}/build)')
        sarif = os.path.join(a.work, name + '.sarif')
        rc, out, err = reportlib.run(a.pitrace, ['-p', build, '--root', src, '--format', 'sarif', '-o', sarif])
        checks.check(rc in (0, 1), f'{name}: pitrace --format sarif exited {rc}: {err}')
        rc2, out, err = reportlib.run(a.pitrace, ['-p', build, '--root', src, '--format', 'json'])
        checks.equal(rc2, rc, f'{name}: same exit status for json and sarif')
        rep = json.loads(out)
        with open(sarif) as f:
            log = json.load(f)
        check_log(name, log, rep, src, checks, seen)
        checks.equal(rc, 1 if rep['counts']['open'] else 0, f'{name}: exit status')
        print(f'{name}: {len(rep["findings"])} results, {rep["counts"]["open"]} open, '
              f'{rep["counts"]["suppressed"]} suppressed')
        paths.append(sarif)
    # what the corpus must hold for the checks above to mean something
    checks.check(seen['id_number_errors'], 'the corpus has an error on an ID number')
    checks.check(seen['reordered'], 'the corpus has a headline that puts sensitive categories first')

    # versionControlProvenance: only when git knows the repository and its
    # origin; and a finding keeps its primaryLocationLineHash when lines
    # move above it. Git looks no higher than the temporary folder.
    repo = reportlib.project({'a.c': MOVED}, prefix='pitrace-sarif-git-')
    os.makedirs(os.path.join(repo, 'sub'))
    shutil.copy(os.path.join(repo, 'a.c'), os.path.join(repo, 'sub'))
    git_env = {'GIT_CEILING_DIRECTORIES': os.path.dirname(repo)}

    def run(case, where=''):
        sarif = os.path.join(a.work, f'git-{case}.sarif')
        reportlib.run(a.pitrace, ['--root', '.', 'a.c', '--format', 'sarif', '-o', sarif, '--', '-I.'],
                      cwd=os.path.join(repo, where), env=git_env)
        with open(sarif) as f:
            text = f.read()
        return sarif, text, json.loads(text)['runs'][0]

    def git(*args):
        subprocess.run(['git', '-C', repo, *args], check=True, capture_output=True)

    _, _, out = run('outside')
    checks.check('versionControlProvenance' not in out, 'no versionControlProvenance outside git')
    checks.check('revision' not in out['properties'], 'outside git indeed (no revision)')
    git('init', '-q')
    git('add', '-A')
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'x')
    _, _, out = run('no-origin')
    checks.check('versionControlProvenance' not in out and out['properties'].get('revision'),
                 'a revision without an origin: no versionControlProvenance (SARIF needs a repositoryUri)')
    git('remote', 'add', 'origin', 'https://example.com/platform.git')
    top, _, first = run('top')
    vcp = first.get('versionControlProvenance', [{}])
    checks.equal(vcp, [{'repositoryUri': 'https://example.com/platform.git',
                        'revisionId': first['properties'].get('revision'), 'mappedTo': {'uriBaseId': '%SRCROOT%'}}],
                 'versionControlProvenance at the top of the work tree')
    checks.check(re.fullmatch(r'[0-9a-f]{40}', vcp[0].get('revisionId', '')), 'revisionId is the commit')
    # the root a folder below the top: the repository is mapped above %SRCROOT%
    below, _, out = run('below', 'sub')
    checks.equal(out.get('versionControlProvenance', [{}])[0].get('mappedTo'),
                 {'uri': '../', 'uriBaseId': '%SRCROOT%'}, 'mappedTo from a root below the top')
    # a clone of a local repository: its origin is a path, written as a URI
    git('remote', 'set-url', 'origin', '/srv/git/platform')
    _, _, out = run('local')
    checks.equal(out.get('versionControlProvenance', [{}])[0].get('repositoryUri'), 'file:///srv/git/platform',
                 'a local origin is a file:// URI')
    # scp-like, as GitHub shows it: ssh://
    git('remote', 'set-url', 'origin', 'git@github.com:org/platform.git')
    _, _, out = run('scp')
    checks.equal(out.get('versionControlProvenance', [{}])[0].get('repositoryUri'),
                 'ssh://git@github.com/org/platform.git', 'an scp-like origin is an ssh:// URI')
    # CI clones with a token in the URL: the report never carries it
    for url, want in (('https://gitlab-ci-token:s3cr3tT0ken@gitlab.example.com/g/platform.git',
                       'https://gitlab.example.com/g/platform.git'),
                      ('https://s3cr3tT0ken@github.com/org/platform', 'https://github.com/org/platform'),
                      ('ssh://git:s3cr3tT0ken@example.com:2222/platform.git', 'ssh://git@example.com:2222/platform.git')):
        git('remote', 'set-url', 'origin', url)
        creds, text, out = run('credentials')
        checks.equal(out.get('versionControlProvenance', [{}])[0].get('repositoryUri'), want,
                     f'{url}: repositoryUri without credentials')
        checks.check('s3cr3tT0ken' not in text, f'{url}: the token is nowhere in the SARIF')
    # blank lines and a comment above the finding
    with open(os.path.join(repo, 'a.c'), 'w') as f:
        f.write('\n\n/* two lines\n   above */\n' + MOVED)
    _, _, moved = run('moved')
    checks.check(first['results'], 'the moved program has findings')
    checks.equal([r['partialFingerprints']['primaryLocationLineHash'] for r in moved['results']],
                 [r['partialFingerprints']['primaryLocationLineHash'] for r in first['results']],
                 'primaryLocationLineHash survives lines inserted above')
    checks.equal([r['locations'][0]['physicalLocation']['region']['startLine'] for r in moved['results']],
                 [r['locations'][0]['physicalLocation']['region']['startLine'] + 4 for r in first['results']],
                 'the findings did move')
    checks.equal([r['properties']['security-severity'] for r in first['results']], ['9.0'],
                 'an error on an ID number is critical')
    paths += [top, below, creds]
    # The schema and GitHub's needs for every log; Microsoft's validator
    # (three seconds a log) for the first, which has the most to check,
    # and the one whose repository is mapped above %SRCROOT%.
    if validate(paths, checks):
        validate([paths[0], below], checks, multitool=True)
    checks.finish()


if __name__ == '__main__':
    main()
