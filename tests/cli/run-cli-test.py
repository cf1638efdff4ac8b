#!/usr/bin/env python3
"""Runs one command-line case from cases.txt and checks its exit status and
output.

A case is one line:  NAME: ARGS | exit=N | stderr~TEXT | stdout~TEXT
ARGS are split like a shell would; {data} is this folder's data/ and {tmp}
a fresh temporary folder (for generated databases). A case may set up
files in {tmp} first with the lines that follow it:
    > FILE: CONTENT       (\\n in CONTENT is a newline)
"""
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load(case):
    lines = open(os.path.join(HERE, 'cases.txt'), encoding='utf-8').read().splitlines()
    for i, line in enumerate(lines):
        if line.startswith(case + ':'):
            setup = []
            for follow in lines[i + 1:]:
                if not follow.startswith('>'):
                    break
                setup.append(follow[1:].strip())
            return line[len(case) + 1:], setup
    sys.exit(f'run-cli-test: no case {case}')


def main():
    pitrace, case = os.path.abspath(sys.argv[1]), sys.argv[2]
    spec, setup = load(case)
    parts = [p.strip() for p in spec.split(' | ')]
    with tempfile.TemporaryDirectory() as tmp:
        def expand(s):
            return s.replace('{data}', os.path.join(HERE, 'data')).replace('{tmp}', tmp)
        for item in setup:
            name, _, content = item.partition(': ')
            path = os.path.join(tmp, expand(name))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w', encoding='utf-8') as f:
                f.write(expand(content).replace('\\n', '\n'))
        args = [expand(a) for a in shlex.split(parts[0])]
        run = subprocess.run([pitrace] + args, capture_output=True, text=True, cwd=tmp, timeout=120)
        failed = False
        for check in parts[1:]:
            if check.startswith('exit='):
                want = int(check[5:])
                if run.returncode != want:
                    print(f'exit status {run.returncode}, expected {want}')
                    failed = True
            elif check.startswith('stderr~'):
                text = expand(check[7:])
                if text not in run.stderr:
                    print(f'stderr lacks "{text}"')
                    failed = True
            elif check.startswith('stdout~'):
                text = expand(check[7:])
                if text not in run.stdout:
                    print(f'stdout lacks "{text}"')
                    failed = True
            else:
                sys.exit(f'run-cli-test: unknown check "{check}"')
        if failed:
            print('$ pitrace ' + ' '.join(shlex.quote(a) for a in args))
            print('--- stdout\n' + run.stdout[:3000] + '--- stderr\n' + run.stderr[:3000])
            print('FAIL')
            return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
