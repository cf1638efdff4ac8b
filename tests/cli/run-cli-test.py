#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs one command-line case from cases.txt and checks its exit status and
output.

A case is one line:  NAME: ARGS | exit=N | stderr~TEXT | stdout~TEXT
ARGS are split like a shell would; {data} is this folder's data/ and {tmp}
a fresh temporary folder (for generated databases). A case may set up
files in {tmp} first with the lines that follow it:
    > FILE: CONTENT       (\\n in CONTENT is a newline)
    > @link FILE: TARGET  a symbolic link
    > @fifo FILE: READER  a FIFO, with a reader that copies it to READER
    > @device FILE:       a character device like /dev/full (root only;
                          the case is skipped otherwise)
Checks after the run, besides the exit status and the output streams:
    kept=FILE             FILE holds what the setup wrote there
    has=FILE~TEXT         FILE contains TEXT
    kind=FILE~KIND        FILE is a link, fifo, device or file (not followed)
    absent=GLOB           no file in {tmp} matches GLOB
"""
import glob
import os
import stat
import threading
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


def drain(fifo, to):
    with open(fifo, 'rb') as src, open(to, 'wb') as dst:
        dst.write(src.read())


def kind_of(path):
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return 'missing'
    for name, test in (('link', stat.S_ISLNK), ('fifo', stat.S_ISFIFO), ('device', stat.S_ISCHR),
                       ('file', stat.S_ISREG)):
        if test(mode):
            return name
    return 'other'


def file_check(check, expand, written):
    """The problem a file check finds, or None."""
    what, _, rest = check.partition('=')
    if what == 'absent':
        hits = glob.glob(expand('{tmp}/' + rest), include_hidden=True)
        return f'files left behind: {hits}' if hits else None
    if what == 'kept':
        path = expand('{tmp}/' + rest)
        with open(path, encoding='utf-8', errors='replace') as f:
            now = f.read()
        return None if now == written.get(path) else f'{rest} changed: now {now[:200]!r}'
    name, _, arg = rest.partition('~')
    path = expand('{tmp}/' + name)
    if what == 'kind':
        return None if kind_of(path) == arg else f'{name} is a {kind_of(path)}, not a {arg}'
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return None if arg in f.read() else f'{name} lacks "{arg}"'
    except OSError as e:
        return f'{name}: {e}'


def main():
    pitrace, case = os.path.abspath(sys.argv[1]), sys.argv[2]
    spec, setup = load(case)
    parts = [p.strip() for p in spec.split(' | ')]
    with tempfile.TemporaryDirectory() as tmp:
        def expand(s):
            return s.replace('{data}', os.path.join(HERE, 'data')).replace('{tmp}', tmp).replace('{esc}', '\033')
        written, readers = {}, []
        for item in setup:
            name, _, content = item.partition(':')
            content = content[1:] if content.startswith(' ') else content
            special = None
            if name.startswith('@'):
                special, _, name = name.partition(' ')
            path = os.path.join(tmp, expand(name))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            if special == '@link':
                os.symlink(expand(content), path)
            elif special == '@fifo':
                os.mkfifo(path)
                readers.append(threading.Thread(target=drain, args=(path, os.path.join(tmp, content)),
                                                 daemon=True))
                readers[-1].start()
            elif special == '@device':
                if os.geteuid() != 0:
                    print('SKIP: making a device node needs root')
                    return 77
                os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
            else:
                written[path] = expand(content).replace('\\n', '\n')
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(written[path])
        args = [expand(a) for a in shlex.split(parts[0])]
        run = subprocess.run([pitrace] + args, capture_output=True, text=True, cwd=tmp, timeout=120)
        for r in readers:
            r.join(timeout=10)
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
            elif check.startswith('stderr!~'):
                text = expand(check[8:])
                if text in run.stderr:
                    print(f'stderr has "{text}"')
                    failed = True
            elif check.startswith('stdout~'):
                text = expand(check[7:])
                if text not in run.stdout:
                    print(f'stdout lacks "{text}"')
                    failed = True
            elif check.startswith('stdout!~'):
                text = expand(check[8:])
                if text in run.stdout:
                    print(f'stdout has "{text}"')
                    failed = True
            elif check.startswith(('kept=', 'has=', 'kind=', 'absent=')):
                problem = file_check(check, expand, written)
                if problem:
                    print(problem)
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
