#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-ci-files.py - the CI integrations (docs/ci.md) parse, are shaped as
their hosts require, and do what the docs promise.

action.yml (the GitHub Action): a composite action whose steps each have
run+shell or uses; exactly the inputs docs/ci.md lists, with their
defaults, each described and used; every inputs.X and steps.X it refers to
exists; the SARIF upload is github/codeql-action/upload-sarif@v3, category
pitrace, under if: always(); the last step gates under if: always(). Its
shell steps are then run with stand-ins for sudo, apt-get, gh, curl and
pitrace: the release .deb of the action's own repository is fetched (latest
or a tag) or the deb-url input is, and installed with apt-get; pitrace runs
once with -p, --format sarif -o and the real --fail-on; its exit status
0, 1 or 2 is recorded, and the gate passes 0 and fails 1, 2 and a run that
never happened.

ci/gitlab/pitrace.gitlab-ci.yml: the job pitrace-sast (stage test, image
debian:12) keeps artifacts.reports.sast gl-sast-report.json when: always;
its scripts, run with stand-ins, install the .deb from PITRACE_DEB_URL
(refusing to go on without one) and run pitrace -p with --format gitlab and
--fail-on, the job failing when pitrace does.

The YAML snippets of README.md and docs/ci.md parse; those that use the
action pass only inputs it declares, and docs/ci.md's "Inputs:" list is
exactly action.yml's; those that include the GitLab template set only its
variables, and a copy of the job is the template's job; every SARIF upload
in them runs if: always().

Dockerfile: dockerfilelint (npm, installed by tests/report's report-npm
fixture) finds no issue, and finds
one in a known-bad file; FROM debian:12*, the .deb copied in and installed
with apt-get -y --no-install-recommends, apt lists removed, a user that is
not root, WORKDIR /src, ENTRYPOINT ["pitrace"], the build documented.

Exit 0 all pass, 1 a failure, 77 (skipped) only when npm is missing and
everything else passed."""
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
failures = []

# What docs/ci.md documents: input -> default (None: no default checked).
ACTION_INPUTS = {
    'version': 'latest',
    'deb-url': '',
    'compile-commands': 'build',
    'args': '',
    'fail-on': 'warning',
    'sarif': 'pitrace.sarif',
    'upload-sarif': 'true',
}


def check(cond, what):
    if not cond:
        failures.append(what)
    return bool(cond)


def read(*parts):
    with open(os.path.join(ROOT, *parts), encoding='utf-8') as f:
        return f.read()


# ---------------------------------------------------------------------------
# Stand-ins for the commands the CI scripts call. Each logs its argv, one
# line of JSON, to $FAKE_LOG.

FAKE_HEAD = '''#!/bin/sh
python3 -c 'import json, os, sys; open(os.environ["FAKE_LOG"], "a").write(json.dumps([sys.argv[1], os.getcwd()] + sys.argv[2:]) + "\\n")' "$(basename "$0")" "$@"
'''
FAKES = {
    'sudo': 'exec "$@"\n',
    'id': '[ "$1" = -u ] && { echo "${FAKE_UID:-0}"; exit 0; }\nexec /usr/bin/id "$@"\n',
    # apt-get: a local .deb must exist where it is named (unless told not to look)
    'apt-get': 'for a; do case "$a" in *.deb) [ -n "$FAKE_NO_DEB_CHECK" ] || [ -f "$a" ] || '
               '{ echo "apt-get: $a: no such file" >&2; exit 100; };; esac; done\nexit 0\n',
    'gh': 'dir=.; while [ $# -gt 0 ]; do [ "$1" = --dir ] && dir=$2; shift; done\n'
          ': > "$dir/pitrace_0.1.0_amd64.deb"\n',
    'curl': 'out=; while [ $# -gt 0 ]; do [ "$1" = -o ] && out=$2; shift; done\n'
            '[ -n "$FAKE_NO_DEB_CHECK" ] || : > "$out"\n',
    'pitrace': '[ "$1" = --version ] && { echo "pitrace 0.1.0"; exit 0; }\n'
               'out=; while [ $# -gt 0 ]; do [ "$1" = -o ] && out=$2; shift; done\n'
               '[ -z "$out" ] || echo "{}" > "$out"\n'
               'exit "${FAKE_PITRACE_EXIT:-0}"\n',
}


class Sandbox:
    def __init__(self, top):
        self.dir = tempfile.mkdtemp(prefix='case.', dir=top)
        self.bin = os.path.join(self.dir, 'bin')
        self.work = os.path.join(self.dir, 'work')
        self.temp = os.path.join(self.dir, 'runner-temp')
        self.log = os.path.join(self.dir, 'log')
        for d in (self.bin, self.work, self.temp):
            os.mkdir(d)
        for name, body in FAKES.items():
            path = os.path.join(self.bin, name)
            with open(path, 'w') as f:
                f.write(FAKE_HEAD + body)
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

    def env(self, extra):
        env = {k: v for k, v in os.environ.items() if not k.startswith(('GITHUB_', 'RUNNER_', 'FAKE_', 'PITRACE_'))}
        env.update(PATH=self.bin + os.pathsep + os.environ.get('PATH', '/usr/bin:/bin'),
                   FAKE_LOG=self.log, HOME=self.dir)
        env.update(extra)
        return env

    def run(self, shell, script, extra):
        """Runs a script as its host would: GitHub's `shell: bash` is
        `bash --noprofile --norc -eo pipefail FILE`; GitLab's lines run
        under `bash -e`."""
        path = os.path.join(self.dir, 'script.sh')
        with open(path, 'w') as f:
            f.write(script)
        return subprocess.run(shell + [path], cwd=self.work, env=self.env(extra),
                              capture_output=True, text=True, timeout=60)

    def calls(self):
        try:
            with open(self.log) as f:
                return [json.loads(line) for line in f]
        except OSError:
            return []


# ---------------------------------------------------------------------------
# The GitHub Action

EXPR = re.compile(r'\$\{\{\s*(.*?)\s*\}\}')


def expand(text, inputs, outputs, where):
    """The ${{ }} expressions the action's run and env values may use."""
    def one(m):
        e = m.group(1)
        if e.startswith('inputs.') and e[len('inputs.'):] in inputs:
            return inputs[e[len('inputs.'):]]
        if e == 'github.token':
            return 'fake-token'
        s = re.fullmatch(r'steps\.([\w-]+)\.outputs\.([\w-]+)', e)
        if s:
            return outputs.get(s.group(1), {}).get(s.group(2), '')
        failures.append(f'action.yml: {where}: expression ${{{{ {e} }}}} is not one the test can evaluate')
        return ''
    return EXPR.sub(one, str(text))


def run_step(box, step, inputs, outputs, extra):
    """Runs one run step of the action in the sandbox; returns (process,
    the outputs it wrote to $GITHUB_OUTPUT)."""
    where = f'step {step.get("name")!r}'
    check(step.get('shell') == 'bash', f'action.yml: {where} does not use shell: bash')
    env = {k: expand(v, inputs, outputs, where) for k, v in (step.get('env') or {}).items()}
    out = os.path.join(box.dir, 'github-output')
    open(out, 'w').close()
    env.update(GITHUB_OUTPUT=out, RUNNER_TEMP=box.temp, GITHUB_WORKSPACE=box.work)
    env.update(extra)
    p = box.run(['bash', '--noprofile', '--norc', '-eo', 'pipefail'],
                expand(step['run'], inputs, outputs, where), env)
    written = {}
    with open(out) as f:
        for line in f:
            if '=' in line:
                k, v = line.rstrip('\n').split('=', 1)
                written[k] = v
    return p, written


def check_action(yaml, top):
    text = read('action.yml')
    action = yaml.safe_load(text)
    check(isinstance(action, dict), 'action.yml: not a mapping')
    if not isinstance(action, dict):
        return None
    for key in ('name', 'description', 'runs'):
        check(action.get(key), f'action.yml: no {key}')
    runs = action.get('runs') or {}
    check(runs.get('using') == 'composite', 'action.yml: runs.using is not composite')
    steps = runs.get('steps') or []
    check(steps, 'action.yml: no steps')

    inputs = action.get('inputs') or {}
    check(set(inputs) == set(ACTION_INPUTS),
          f'action.yml: inputs are {sorted(inputs)}, docs/ci.md documents {sorted(ACTION_INPUTS)}')
    for name, default in ACTION_INPUTS.items():
        spec = inputs.get(name) or {}
        check(spec.get('description'), f'action.yml: input {name} has no description')
        check(str(spec.get('default', '')) == default,
              f'action.yml: input {name} defaults to {spec.get("default")!r}, not {default!r}')
    used = set(re.findall(r'\binputs\.([A-Za-z0-9_-]+)', text))
    for name in sorted(used - set(inputs)):
        failures.append(f'action.yml: inputs.{name} is used but not declared')
    for name in sorted(set(inputs) - used):
        failures.append(f'action.yml: input {name} is declared but never used')

    ids = {s.get('id') for s in steps if s.get('id')}
    for ref in sorted(set(re.findall(r'\bsteps\.([A-Za-z0-9_-]+)\.', text)) - ids):
        failures.append(f'action.yml: steps.{ref} refers to no step id')
    for i, s in enumerate(steps):
        ok = ('run' in s and 'shell' in s and 'uses' not in s) or ('uses' in s and 'run' not in s)
        check(ok, f'action.yml: step {i} ({s.get("name")}) has neither run+shell nor uses alone')

    uploads = [s for s in steps if str(s.get('uses', '')).startswith('github/codeql-action/upload-sarif@')]
    if check(len(uploads) == 1, 'action.yml: no single github/codeql-action/upload-sarif step'):
        up = uploads[0]
        check(up['uses'] == 'github/codeql-action/upload-sarif@v3', 'action.yml: upload-sarif is not @v3')
        check(re.match(r'\s*always\(\)', str(up.get('if', ''))),
              'action.yml: the SARIF upload does not run if: always() (a failing analysis would skip it)')
        w = up.get('with') or {}
        check(w.get('category') == 'pitrace', 'action.yml: the upload category is not pitrace')
        check(w.get('sarif_file') == '${{ inputs.sarif }}', 'action.yml: the upload does not send inputs.sarif')
        check('inputs.upload-sarif' in str(up.get('if', '')), 'action.yml: the upload ignores upload-sarif')
    gate = steps[-1] if steps else {}
    check('run' in gate and re.match(r'\s*always\(\)', str(gate.get('if', ''))),
          'action.yml: the last step is not a run step under if: always() (the gate)')
    run_steps = [s for s in steps if 'run' in s]
    install = next((s for s in run_steps if 'apt-get install' in s['run']), None)
    analyse = next((s for s in run_steps if re.search(r'\bpitrace -p\b', s['run'])), None)
    check(install is not None, 'action.yml: no step installs the .deb with apt-get install')
    check(analyse is not None and analyse.get('id'), 'action.yml: no step with an id runs pitrace -p')
    if not (install and analyse and analyse.get('id') and 'run' in gate):
        return action
    check(steps.index(install) < steps.index(analyse) < steps.index(uploads[0] if uploads else gate) < steps.index(gate),
          'action.yml: steps are not install, analyse, upload, gate in that order')

    # The install step: where the .deb comes from, and apt-get installing it.
    action_path = '/home/runner/work/_actions/acme/pitrace/v1'
    cases = [
        ('latest', '', '1001', ['release', 'download', '--repo', 'acme/pitrace']),
        ('v0.1.0', '', '0', ['release', 'download', 'v0.1.0', '--repo', 'acme/pitrace']),
        ('latest', 'https://example.invalid/pitrace_0.1.0_amd64.deb', '1001', None),
        ('latest', 'LOCAL', '0', None),
    ]
    for version, deb, uid, gh_args in cases:
        box = Sandbox(top)
        if deb == 'LOCAL':
            deb = os.path.join(box.dir, 'pitrace_9.9.9_amd64.deb')
            open(deb, 'w').close()
        vals = dict(ACTION_INPUTS, version=version, **{'deb-url': deb})
        p, _ = run_step(box, install, vals, {}, {'FAKE_UID': uid, 'GITHUB_ACTION_PATH': action_path})
        what = f'action.yml install (version={version!r}, deb-url={deb!r}, uid {uid})'
        if not check(p.returncode == 0, f'{what}: exit {p.returncode}\n{p.stdout}{p.stderr}'):
            continue
        calls = box.calls()
        names = [c[0] for c in calls]
        gh = [c for c in calls if c[0] == 'gh']
        if gh_args:
            check(len(gh) == 1 and gh[0][2:2 + len(gh_args)] == gh_args,
                  f'{what}: gh was not called as `gh {" ".join(gh_args)} ...` but {gh}')
            check(gh and "pitrace_*_amd64.deb" in gh[0], f'{what}: gh does not ask for pitrace_*_amd64.deb')
        else:
            check(not gh, f'{what}: gh was called although deb-url was given')
        curl = [c for c in calls if c[0] == 'curl']
        check(bool(curl) == deb.startswith('https://'), f'{what}: curl calls {curl}')
        check(not curl or deb in curl[0], f'{what}: curl did not fetch deb-url')
        installs = [c for c in calls if c[0] == 'apt-get' and 'install' in c]
        check(len(installs) == 1 and '-y' in installs[0]
              and any(a.endswith('.deb') and '/' in a for a in installs[0][2:]),
              f'{what}: apt-get install -y PATH.deb was not called once: {installs}')
        check('apt-get' in names and 'update' in calls[names.index('apt-get')],
              f'{what}: apt-get update does not come first')
        check(('sudo' in names) == (uid != '0'), f'{what}: sudo {"not " if uid != "0" else ""}used: {names}')

    # The analysis and the gate: one pitrace run with the real --fail-on,
    # its status recorded, the SARIF written; the gate fails 1 and 2.
    out_name = 'exit-code'
    m = re.search(r'steps\.' + re.escape(analyse['id']) + r'\.outputs\.([\w-]+)', gate['run'] + str(gate.get('env')))
    if check(m, 'action.yml: the gate does not read the analysis step\'s outputs'):
        out_name = m.group(1)
    vals = dict(ACTION_INPUTS, args='--rules my rules.json', **{'fail-on': 'error'})
    for status in (0, 1, 2):
        box = Sandbox(top)
        p, written = run_step(box, analyse, vals, {}, {'FAKE_PITRACE_EXIT': str(status)})
        what = f'action.yml analysis (pitrace exits {status})'
        check(p.returncode == 0, f'{what}: the step itself exits {p.returncode} (the upload and gate need it to end)')
        check(written.get(out_name) == str(status), f'{what}: ${out_name} recorded as {written.get(out_name)!r}')
        runs_ = [c for c in box.calls() if c[0] == 'pitrace']
        if check(len(runs_) == 1, f'{what}: pitrace ran {len(runs_)} times, not once'):
            a = runs_[0][2:]
            want = ['-p', 'build', '--format', 'sarif', '-o', 'pitrace.sarif', '--fail-on', 'error']
            check(all(x in a for x in want) and a[a.index('-p') + 1] == 'build'
                  and a[a.index('-o') + 1] == 'pitrace.sarif' and a[a.index('--fail-on') + 1] == 'error'
                  and a[a.index('--format') + 1] == 'sarif',
                  f'{what}: pitrace {a} lacks {" ".join(want)}')
            check(a[-3:] == ['--rules', 'my', 'rules.json'], f'{what}: the args input is not passed as words: {a}')
        check(os.path.exists(os.path.join(box.work, 'pitrace.sarif')), f'{what}: no SARIF where inputs.sarif says')
        gp, _ = run_step(box, gate, vals, {analyse['id']: written}, {})
        check((gp.returncode == 0) == (status == 0),
              f'action.yml gate: pitrace exit {status} gives the job exit {gp.returncode}')
    box = Sandbox(top)
    gp, _ = run_step(box, gate, vals, {}, {})
    check(gp.returncode != 0, 'action.yml gate: passes when the analysis never ran')
    return action


# ---------------------------------------------------------------------------
# The GitLab template

def check_gitlab(yaml, top):
    gl = yaml.safe_load(read('ci', 'gitlab', 'pitrace.gitlab-ci.yml'))
    job = (gl or {}).get('pitrace-sast')
    if not check(isinstance(job, dict), 'gitlab: no job pitrace-sast'):
        return None
    check(job.get('stage') == 'test', 'gitlab: the job is not in stage test')
    check(str(job.get('image', '')).startswith('debian:12'), 'gitlab: the image is not debian:12')
    art = job.get('artifacts') or {}
    check((art.get('reports') or {}).get('sast') == 'gl-sast-report.json',
          'gitlab: artifacts.reports.sast is not gl-sast-report.json')
    check(art.get('when') == 'always', 'gitlab: artifacts are not kept when: always (a failing job loses the report)')
    variables = job.get('variables') or {}
    for v in ('PITRACE_DEB_URL', 'PITRACE_COMPILE_COMMANDS', 'PITRACE_FAIL_ON'):
        check(v in variables, f'gitlab: variable {v} is not declared')
    lines = [str(x) for x in (job.get('before_script') or []) + (job.get('script') or [])]
    script = '\n'.join(lines)
    for v in sorted(set(re.findall(r'\$\{?(PITRACE_\w+)', script)) - set(variables)):
        failures.append(f'gitlab: ${v} is used but not declared')
    check(re.search(r'pitrace -p "\$PITRACE_COMPILE_COMMANDS" --format gitlab -o gl-sast-report.json '
                    r'--fail-on "\$PITRACE_FAIL_ON"', script),
          'gitlab: the script does not run pitrace -p "$PITRACE_COMPILE_COMMANDS" --format gitlab '
          '-o gl-sast-report.json --fail-on "$PITRACE_FAIL_ON"')

    base = {k: str(v) for k, v in variables.items()}
    url = 'https://example.invalid/pitrace_0.1.0_amd64.deb'
    for deb, status in (('', 0), (url, 0), (url, 1), (url, 2)):
        box = Sandbox(top)
        env = dict(base, PITRACE_DEB_URL=deb, FAKE_PITRACE_EXIT=str(status), FAKE_NO_DEB_CHECK='1')
        p = box.run(['bash', '-e'], script + '\n', env)
        calls = box.calls()
        what = f'gitlab job (PITRACE_DEB_URL={deb!r}, pitrace exits {status})'
        runs_ = [c[2:] for c in calls if c[0] == 'pitrace' and c[2:3] != ['--version']]
        if not deb:
            check(p.returncode != 0 and not runs_, f'{what}: goes on without a .deb (exit {p.returncode})')
            continue
        curl = [c for c in calls if c[0] == 'curl']
        dest = curl[0][curl[0].index('-o') + 1] if curl and '-o' in curl[0] else None
        check(curl and deb in curl[0] and dest, f'{what}: the .deb is not fetched with curl -o: {curl}')
        check(any(c[0] == 'apt-get' and 'install' in c and dest in c for c in calls),
              f'{what}: apt-get does not install the fetched .deb {dest}')
        if check(len(runs_) == 1, f'{what}: pitrace ran {len(runs_)} times'):
            a = runs_[0]
            check(a[:8] == ['-p', 'build', '--format', 'gitlab', '-o', 'gl-sast-report.json', '--fail-on', 'warning'],
                  f'{what}: pitrace {a}')
        check((p.returncode == 0) == (status == 0), f'{what}: the job exits {p.returncode}')
    return gl


# ---------------------------------------------------------------------------
# The docs' snippets

def yaml_blocks(name):
    for m in re.finditer(r'^```ya?ml\n(.*?)^```', read(*name.split('/')), re.M | re.S):
        yield textwrap.dedent(m.group(1))


def walk(node):
    yield node
    if isinstance(node, dict):
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


def check_snippets(yaml, action, gl):
    inputs = set((action or {}).get('inputs') or {})
    template_job = (gl or {}).get('pitrace-sast') or {}
    variables = set(template_job.get('variables') or {})
    seen_action = seen_gitlab = 0
    for name in ('README.md', 'docs/ci.md'):
        for i, block in enumerate(yaml_blocks(name)):
            try:
                doc = yaml.safe_load(block)
            except yaml.YAMLError as e:
                failures.append(f'{name}: YAML block {i + 1} does not parse: {e}')
                continue
            for node in walk(doc):
                if not isinstance(node, dict):
                    continue
                if str(node.get('uses', '')).startswith('pitrace-project/pitrace@'):
                    seen_action += 1
                    for k in sorted(set(node.get('with') or {}) - inputs):
                        failures.append(f'{name}: the action snippet passes {k}, which action.yml does not declare')
                if isinstance(node.get('pitrace-sast'), dict):
                    seen_gitlab += 1
                    for k in sorted(set(node['pitrace-sast'].get('variables') or {}) - variables):
                        failures.append(f'{name}: the GitLab snippet sets {k}, which the template does not use')
                    if 'include' in node:
                        check('ci/gitlab/pitrace.gitlab-ci.yml' in str(node['include']),
                              f'{name}: the GitLab snippet includes something else than the template')
                    else:
                        check(node['pitrace-sast'] == template_job,
                              f'{name}: the copy of the GitLab job differs from ci/gitlab/pitrace.gitlab-ci.yml')
                if str(node.get('uses', '')).startswith('github/codeql-action/upload-sarif@'):
                    check(re.match(r'\s*always\(\)', str(node.get('if', ''))),
                          f'{name}: a snippet uploads SARIF without if: always()')
    # docs/ci.md's list of the inputs: "Inputs: `version` (...), `deb-url` (...), ..."
    m = re.search(r'^Inputs: (.*?)(?:\n\n|Output)', read('docs', 'ci.md'), re.M | re.S)
    if check(m, 'docs/ci.md: no paragraph "Inputs: ..." listing the action\'s inputs'):
        listed = set(re.findall(r'`([a-z][a-z-]*)`(?=\s+\(|,)', m.group(1)))
        check(listed == inputs, f'docs/ci.md lists the inputs {sorted(listed)}, action.yml has {sorted(inputs)}')
    check(seen_action >= 2, f'README.md and docs/ci.md show the action {seen_action} times, not at least twice')
    check(seen_gitlab >= 2, f'README.md and docs/ci.md show the GitLab job {seen_gitlab} times, not at least twice')


# ---------------------------------------------------------------------------
# The Dockerfile

def instructions(text):
    """(keyword, argument) pairs, continuation lines joined, comments dropped."""
    out, cur = [], ''
    for line in text.splitlines():
        if not cur and (not line.strip() or line.lstrip().startswith('#')):
            continue
        cur += line.rstrip()
        if cur.endswith('\\'):
            cur = cur[:-1] + ' '
            continue
        kw, _, arg = cur.strip().partition(' ')
        out.append((kw.upper(), ' '.join(arg.split())))
        cur = ''
    return out


def check_dockerfile():
    text = read('Dockerfile')
    ins = instructions(text)
    kws = [k for k, _ in ins]
    froms = [a for k, a in ins if k == 'FROM']
    check(froms and all(re.match(r'debian:12(-slim)?(@|\s|$)', a) for a in froms),
          f'Dockerfile: FROM {froms}, not debian:12')
    check(any(k in ('COPY', 'ADD') and re.search(r'pitrace_\S*\.deb', a) for k, a in ins),
          'Dockerfile: no COPY of a pitrace_*.deb')
    runs = [a for k, a in ins if k == 'RUN']
    inst = [a for a in runs if re.search(r'apt-get install\b[^&;|]*pitrace_\S*\.deb', a)]
    if check(inst, 'Dockerfile: the .deb is not installed with apt-get install'):
        cmd = re.search(r'apt-get install\b[^&;|]*', inst[0]).group(0)
        check(' -y' in cmd and '--no-install-recommends' in cmd,
              'Dockerfile: apt-get install lacks -y or --no-install-recommends')
        check('apt-get update' in inst[0] and 'rm -rf /var/lib/apt/lists/*' in inst[0],
              'Dockerfile: apt-get update and rm -rf /var/lib/apt/lists/* are not in the installing RUN')
        check(';' not in inst[0], 'Dockerfile: the installing RUN chains commands with ";", so a failed '
              'apt-get would not fail the build; chain them with &&')
    users = [(i, a) for i, (k, a) in enumerate(ins) if k == 'USER']
    if check(users, 'Dockerfile: no USER: the container runs as root'):
        i, user = users[-1]
        check(user.split(':')[0] not in ('root', '0'), f'Dockerfile: the last USER is {user}')
        check(i > max(j for j, (k, _) in enumerate(ins) if k == 'RUN'), 'Dockerfile: a RUN follows the last USER')
        check(any(re.search(r'\b(useradd|adduser)\b.*\b' + re.escape(user.split(':')[0]) + r'\b', a) for a in runs),
              f'Dockerfile: user {user} is not created')
    check(('WORKDIR', '/src') in ins, 'Dockerfile: WORKDIR is not /src')
    ep = [a for k, a in ins if k == 'ENTRYPOINT']
    try:
        ep_ok = ep and json.loads(ep[-1]) == ['pitrace']
    except ValueError:
        ep_ok = False
    check(ep_ok, f'Dockerfile: ENTRYPOINT {ep} is not ["pitrace"] (exec form)')
    check(kws and kws[0] == 'FROM', 'Dockerfile: does not start with FROM')
    check(re.search(r'^#.*cpack -G DEB', text, re.M) and re.search(r'^#.*docker build\b.*\bbuild/?\s*$', text, re.M),
          'Dockerfile: its comment does not say how to build the .deb and the image (context build/)')


def find_lint():
    """dockerfilelint as tests/report's npm fixture installs it (report-npm,
    tests/report/npm-ci.py); None when npm is missing there."""
    if not shutil.which('npm') or not shutil.which('node'):
        return None
    lint = os.path.join(ROOT, 'tests', 'report', 'node_modules', 'dockerfilelint', 'bin', 'dockerfilelint')
    if not os.path.exists(lint):
        failures.append(f'{lint} is missing: the report-npm fixture (tests/report/npm-ci.py) did not install it')
        return ''
    return lint


def dockerfilelint(lint, path):
    p = subprocess.run(['node', lint, '-o', 'json', path], capture_output=True, text=True, timeout=60)
    try:
        report = json.loads(p.stdout)
    except ValueError:
        failures.append(f'dockerfilelint {path}: no JSON (exit {p.returncode}): {p.stdout}{p.stderr}')
        return None
    return [i for f in report.get('files', []) for i in f.get('issues', [])]


def lint_dockerfile(top):
    lint = find_lint()
    if not lint:
        return lint
    issues = dockerfilelint(lint, os.path.join(ROOT, 'Dockerfile'))
    if issues is not None:
        check(not issues, 'Dockerfile: dockerfilelint: ' + '; '.join(
            f'line {i.get("line")}: {i.get("title")}: {i.get("content")}' for i in issues))
    bad = os.path.join(top, 'Dockerfile.bad')
    with open(bad, 'w') as f:
        f.write('FROM debian:latest\nRUN apt-get install pitrace\n')
    issues = dockerfilelint(lint, bad)
    check(issues, 'dockerfilelint finds nothing wrong in a known-bad Dockerfile: the lint proves nothing')
    return lint


def main():
    try:
        import yaml
    except ImportError:
        print('FAIL: python3 cannot import yaml: install python3-yaml (scripts/install-deps does)')
        return 1
    top = tempfile.mkdtemp(prefix='pitrace-ci-files.')
    try:
        for what, fn in (('action.yml', lambda: check_action(yaml, top)),
                         ('ci/gitlab/pitrace.gitlab-ci.yml', lambda: check_gitlab(yaml, top))):
            before = len(failures)
            try:
                result = fn()
            except (yaml.YAMLError, OSError, subprocess.SubprocessError) as e:
                failures.append(f'{what}: {e}')
                result = None
            print(f'{"ok  " if len(failures) == before else "FAIL"} {what}')
            if what == 'action.yml':
                action = result
            else:
                gl = result
        before = len(failures)
        check_snippets(yaml, action, gl)
        print(f'{"ok  " if len(failures) == before else "FAIL"} YAML snippets of README.md and docs/ci.md')
        before = len(failures)
        check_dockerfile()
        lint = lint_dockerfile(top)
        print(f'{"ok  " if len(failures) == before else "FAIL"} Dockerfile'
              + ('' if lint else ' (dockerfilelint not run: npm is missing)' if lint is None else ''))
    finally:
        shutil.rmtree(top, ignore_errors=True)
    for f in failures:
        print('FAIL:', f)
    if failures:
        print(f'{len(failures)} failed')
        return 1
    if lint is None:
        print('SKIP: npm is not installed, so the Dockerfile was not linted (scripts/install-deps installs npm)')
        return 77
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
