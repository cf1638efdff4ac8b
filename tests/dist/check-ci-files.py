#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-ci-files.py - the CI integrations parse and say what docs/ci.md
promises: the GitHub Action (action.yml) is a composite action that
installs the .deb, runs pitrace with -p and SARIF output, uploads the SARIF
even when the analysis step failed, and fails the job per --fail-on (exit
2 too); the GitLab template produces a SAST report artifact with --format
gitlab; the Dockerfile passes dockerfilelint (npm; tests/report's fixture
installs it) and runs pitrace from the .deb as a user without privileges.
Exit 77 (skipped) only when python3-yaml is missing."""
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def main():
    try:
        import yaml
    except ImportError:
        print('SKIP: python3-yaml is not installed (scripts/install-deps installs it)')
        return 77

    with open(os.path.join(ROOT, 'action.yml')) as f:
        action = yaml.safe_load(f)
    runs = action.get('runs', {})
    check(runs.get('using') == 'composite', 'action.yml: runs.using is not composite')
    steps = runs.get('steps', [])
    inputs = set(action.get('inputs', {}))
    text = open(os.path.join(ROOT, 'action.yml')).read()
    for used in set(re.findall(r'inputs\.([a-z-]+)', text)):
        check(used in inputs, f'action.yml: inputs.{used} is used but not declared')
    for s in steps:
        check(('run' in s and 'shell' in s) or 'uses' in s, f'action.yml: step {s.get("name")} lacks run+shell or uses')
    names = [s.get('name') for s in steps]
    check(names[:1] == ['Install pitrace'], 'action.yml: the first step does not install pitrace')
    install = steps[0].get('run', '') if steps else ''
    check('apt-get install' in install and '.deb' in install, 'action.yml: the .deb is not installed with apt-get')
    analyse = next((s for s in steps if s.get('id') == 'analyse'), {})
    check('pitrace -p' in analyse.get('run', '') and '--format sarif' in analyse.get('run', ''),
          'action.yml: the analysis does not run pitrace -p with SARIF output')
    check('set +e' in analyse.get('run', ''), 'action.yml: a failing analysis would skip the upload')
    upload = next((s for s in steps if 'upload-sarif' in str(s.get('uses', ''))), {})
    check(upload and str(upload.get('if', '')).startswith('always()'), 'action.yml: the SARIF upload is not if: always()')
    gate = steps[-1] if steps else {}
    check('exit 1' in gate.get('run', '') and 'exit 2' in gate.get('run', ''),
          'action.yml: the last step does not fail the job on exit 1 and 2')
    check(str(gate.get('if', '')).startswith('always()'), 'action.yml: the gate does not always run')

    with open(os.path.join(ROOT, 'ci', 'gitlab', 'pitrace.gitlab-ci.yml')) as f:
        gl = yaml.safe_load(f)
    job = gl.get('pitrace-sast', {})
    check(job.get('artifacts', {}).get('reports', {}).get('sast') == 'gl-sast-report.json',
          'gitlab: artifacts.reports.sast is not gl-sast-report.json')
    check(job.get('artifacts', {}).get('when') == 'always', 'gitlab: the report is not kept when the job fails')
    script = ' '.join(job.get('script', []))
    check('--format gitlab' in script and '-o gl-sast-report.json' in script,
          'gitlab: the script does not write the GitLab SAST report')
    check(any('apt-get install' in l and '.deb' in l for l in job.get('before_script', [])),
          'gitlab: the .deb is not installed')

    docker = open(os.path.join(ROOT, 'Dockerfile')).read()
    check(re.search(r'^FROM debian:12', docker, re.M), 'Dockerfile: not based on Debian 12')
    user = re.findall(r'^USER (\S+)', docker, re.M)
    check(user and user[-1] not in ('root', '0'), 'Dockerfile: runs as root')
    check(re.search(r'apt-get install [^\n]*pitrace_\S*\.deb', docker), 'Dockerfile: the .deb is not installed')
    lint = os.path.join(ROOT, 'tests', 'report', 'node_modules', '.bin', 'dockerfilelint')
    if not os.path.exists(lint):
        failures.append(f'{lint} is missing: the report-npm fixture (tests/report/npm-ci.py) did not install it')
    else:
        p = subprocess.run([lint, os.path.join(ROOT, 'Dockerfile')], capture_output=True, text=True)
        check(p.returncode == 0, 'Dockerfile: dockerfilelint found issues:\n' + p.stdout + p.stderr)

    for f in failures:
        print('FAIL:', f)
    print('PASS' if not failures else f'{len(failures)} failed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
