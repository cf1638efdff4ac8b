#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-progress.py - on a terminal, pitrace shows progress through
parsing and then through the analysis (functions analysed of all); with
--quiet, or when standard error is no terminal, it shows none. The wait
before the first line is set to 0 (PITRACE_PROGRESS_AFTER_MS) so that a
small input shows it. Usage: check-progress.py PITRACE"""
import os
import pty
import subprocess
import sys
import tempfile

SRC = '#include <stdio.h>\nvoid show(const char *mobile) { printf("%s\\n", mobile); }\nint main(void) { show("x"); return 0; }\n'


def on_tty(argv, env):
    """argv's standard error on a pseudo-terminal: what it wrote there."""
    pid, fd = pty.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execve(argv[0], argv, env)
    out = b''
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        out += data
    os.waitpid(pid, 0)
    return out.decode('utf-8', 'replace')


def main():
    pitrace = os.path.abspath(sys.argv[1])
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'a.c')
        with open(src, 'w') as f:
            f.write(SRC)
        env = dict(os.environ, PITRACE_PROGRESS_AFTER_MS='0', TERM='xterm')
        err = on_tty([pitrace, src, '--fail-on', 'never'], env)
        if '[1/1] a.c' not in err:
            failed.append(f'no parsing progress on a terminal: {err!r}')
        if '[analysing] ' not in err or ' functions' not in err:
            failed.append(f'no analysis progress on a terminal: {err!r}')
        quiet = on_tty([pitrace, src, '--fail-on', 'never', '--quiet'], env)
        if '[analysing]' in quiet or '[1/1]' in quiet:
            failed.append(f'--quiet still shows progress: {quiet!r}')
        p = subprocess.run([pitrace, src, '--fail-on', 'never'], env=env, capture_output=True, text=True)
        if '[analysing]' in p.stderr or '[1/1]' in p.stderr:
            failed.append('progress lines when standard error is no terminal')
    for f in failed:
        print('FAIL:', f)
    print('PASS' if not failed else 'FAIL')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
