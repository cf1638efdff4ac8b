#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Hostile-input robustness cases: each generates its input in a fresh
temporary folder, runs pitrace on it with a time limit and checks that it
ends with a sane status (0, 1 or 2, never a signal), that an exit 2 names the
file on standard error, and whatever else the case asserts.

Usage: run-hostile.py PITRACE CASE       (run-hostile.py --list: the cases)
"""
import os
import shlex
import subprocess
import sys
import tempfile
import time

TIMEOUT = 120          # seconds per run: a hang fails the test
BUDGET = 2.0           # --function-budget given to the long-function case
LEAK = 'void show(const char *id_number) { printf("%s\\n", id_number); }\n'

CASES = {}


def case(fn):
    CASES[fn.__name__.replace('_', '-')] = fn
    return fn


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
    return path


class Failed(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failed(what)


# Each case returns (argv after pitrace, checker(run, wall) or None, exits
# allowed). `name` in stderr is what an exit 2 must mention.
def bracket_case(tmp, name, body, extra):
    # The leak comes first: clang stops at its bracket-depth limit (256 by
    # default) with a fatal error, and what was parsed before must still be
    # analysed (exit 1), or the file declared unparseable (exit 2).
    src = write(f'{tmp}/{name}', '#include <stdio.h>\n' + LEAK + body)

    def after(run, wall):
        if run.returncode == 1:
            check('[pi-logging]' in run.stdout, 'the leak before the deep nesting was not found')
            if not extra:
                check('bracket nesting level' in run.stdout + run.stderr,
                      'the truncated parse was not reported')
    return [src] + extra, after, {1, 2}


@case
def nested_parens(tmp, extra=()):
    depth = 2000
    expr = '(' * depth + 'id_number[0]' + ')' * depth
    return bracket_case(tmp, 'parens.c', f'int f(const char *id_number) {{ return {expr}; }}\n', list(extra))


@case
def nested_blocks(tmp):
    depth = 500
    body = '{ ' * depth + 'printf("%s\\n", id_number); ' + '} ' * depth
    return bracket_case(tmp, 'blocks.c', f'void f(const char *id_number) {body}\n', [])


# With clang's bracket-depth limit raised, the 2,000-level expression
# reaches libclang's recursive parser, which overflowed the 8 MiB stack of
# libclang's own parse thread (SIGSEGV); pitrace parses on its own thread
# with a large stack.
@case
def nested_parens_deep(tmp):
    return nested_parens(tmp, ['--', '-fbracket-depth=4096'])


KNOWN_CRASHES = set()


# A sum of 12,000 terms is 12,000 levels of syntax tree, which clang parses
# and pitrace's lowering recursed through until the stack overflowed.
@case
def long_sum(tmp):
    terms = ' + '.join(['x'] * 12000)
    src = write(f'{tmp}/sum.c', '#include <stdio.h>\n'
                f'int f(int x) {{ return {terms}; }}\n' + LEAK)

    def after(run, wall):
        check('[pi-logging]' in run.stdout, 'the leak after the long sum was not found')
    return [src], after, {1}


# 20,000 globals: lowering looked each one up among all the others.
@case
def many_globals(tmp):
    decls = ''.join(f'int g{i} = {i};\n' for i in range(20000))
    src = write(f'{tmp}/globals.c', '#include <stdio.h>\n' + decls +
                'char *id_number;\nvoid f(void) { printf("%s\\n", id_number); }\n')

    def after(run, wall):
        check('[pi-logging]' in run.stdout, 'the leak after 20,000 globals was not found')
    return [src], after, {1}


# A switch of 30,000 cases: each case's label was kept in an array made
# again for every case (21 s and 7 GB of IR at this size).
@case
def many_cases(tmp):
    cases = ''.join(f'    case {i}: r = {i}; break;\n' for i in range(30000))
    src = write(f'{tmp}/cases.c', '#include <stdio.h>\nchar *id_number;\n'
                'int f(int x) {\n  int r = 0;\n  switch (x) {\n' + cases +
                '    default: printf("%s\\n", id_number);\n  }\n  return r;\n}\n')

    def after(run, wall):
        check('[pi-logging]' in run.stdout, 'the leak in the default of 30,000 cases was not found')
    return [src], after, {1}


# 20 files of 20,000 random bytes (seeded): each is "not analysed as
# written", never a pass.
@case
def random_bytes(tmp):
    import random
    rnd = random.Random(20261203)
    srcs = [write(f'{tmp}/r{i:02}.c', bytes(rnd.getrandbits(8) for _ in range(20000)))
            for i in range(20)]

    def after(run, wall):
        named = sum(os.path.basename(s) in run.stderr for s in srcs)
        check(named == 20, f'only {named} of 20 random files were named as not analysed')
    return srcs + ['--no-cache'], after, {2}


@case
def long_function(tmp):
    lines = 20000
    body = []
    for i in range(lines):
        if i % 4 == 0:
            body.append(f'  if (n > {i}) acc += n * {i}; else acc -= {i};')
        elif i % 4 == 1:
            body.append(f'  buf[{i % 64}] = (char)(acc + {i});')
        elif i % 4 == 2:
            body.append(f'  p = (n & {i}) ? id_number : buf;')
        else:
            body.append(f'  acc ^= p[{i % 19}];')
    src = write(f'{tmp}/long.c', '#include <stdio.h>\n'
                'int f(const char *id_number, int n) {\n'
                '  char buf[64] = {0}; const char *p = buf; int acc = 0;\n'
                + '\n'.join(body) +
                '\n  printf("%s\\n", p);\n  return acc;\n}\n')

    def after(run, wall):
        # Over the per-function budget it must say so instead of hanging
        # on, and a partial result is not a pass (exit 2).
        if wall > BUDGET + 5:
            check('exceeded its budget' in run.stdout + run.stderr,
                  f'took {wall:.1f} s but reported no "exceeded its budget"')
        if run.returncode == 2:
            check('results are partial' in run.stderr, 'exit 2 without saying the results are partial')
    return ['--function-budget', str(BUDGET), src], after, {0, 1, 2}


# The work budget is counted, not timed: a budget far below what a
# function needs cuts it on every machine, under any load, and names it;
# the run is partial (exit 2) and says the work it was allowed.
@case
def work_budget_counted(tmp):
    body = ''.join(f'  if (n > {i}) p = (n & {i}) ? id_number : buf;\n' for i in range(400))
    src = write(f'{tmp}/work.c', '#include <stdio.h>\n'
                'void f(const char *id_number, int n) {\n'
                '  char buf[8] = {0}; const char *p = buf;\n' + body +
                '  printf("%s\\n", p);\n}\n')

    def after(run, wall):
        check('analysis of `f` exceeded its budget (the work of 0.0001 seconds' in run.stderr,
              'the counted work budget did not cut f')
    return ['--function-budget', '0.0001', src], after, {2}


# A loop that keeps a thousand variables changing needs many visits of its
# blocks: past the bound the function's results are partial, which is exit
# 2 (it used to be a warning and exit 0 with the leak lost), exit 1 with
# --keep-going and the report marked incomplete, and found in full with
# --function-budget 0, which lifts every bound on one function.
def thousand_variables(tmp, extra):
    n = 1000
    decls = ''.join(f'  const char *v{i} = "x";\n' for i in range(n))
    # each turn of the loop moves the PI one variable down the chain
    chain = ''.join(f'    v{i} = v{i + 1};\n' for i in range(n - 1))
    src = write(f'{tmp}/chain.c', '#include <stdio.h>\n'
                'void f(const char *id_number, int k) {\n' + decls +
                '  for (int i = 0; i < k; i++) {\n' + chain + f'    v{n - 1} = id_number;\n  }}\n'
                '  printf("%s\\n", v0);\n}\n')
    return [src] + extra


@case
def iteration_bound(tmp):
    def after(run, wall):
        check('without settling' in run.stderr, 'the bound on block visits was not reported')
    # a work budget far away, so that the visit bound is met first
    return thousand_variables(tmp, ['--function-budget', '3600']), after, {2}


@case
def iteration_bound_keep_going(tmp):
    def after(run, wall):
        check('incomplete' in run.stdout, 'the text summary does not say the run is incomplete')
    return thousand_variables(tmp, ['--keep-going']), after, {0, 1}


@case
def iteration_bound_lifted(tmp):
    def after(run, wall):
        check('[pi-logging]' in run.stdout, 'the leak through a thousand variables was not found')
    return thousand_variables(tmp, ['--function-budget', '0']), after, {1}


@case
def mutual_recursion(tmp):
    n = 200
    out = ['#include <stdio.h>']
    out += [f'void f{i}(const char *id_number, int k);' for i in range(n)]
    for i in range(n):
        nxt = (i + 1) % n
        extra = '  if (k == 0) printf("%s\\n", id_number);\n' if i == n - 1 else ''
        out.append(f'void f{i}(const char *id_number, int k) {{\n{extra}'
                   f'  if (k > 0) f{nxt}(id_number, k - 1);\n}}')
    out.append('void entry(const char *id_number) { f0(id_number, 1000); }')
    src = write(f'{tmp}/recursion.c', '\n'.join(out) + '\n')

    def after(run, wall):
        check('[pi-logging]' in run.stdout, 'the logging at the end of the cycle was not found')
    return [src], after, {1}


@case
def goto_spaghetti(tmp):
    n = 300
    out = ['#include <stdio.h>', 'void f(const char *id_number, unsigned s) {',
           '  const char *p = "x";', '  goto L0;']
    for i in range(n):
        a, b = (i * 7 + 3) % n, (i * 13 + 11) % n
        out.append(f'L{i}:')
        out.append(f'  s = s * 1103515245u + {i}u;')
        if i % 50 == 0:
            out.append('  p = id_number;')
        out.append(f'  if (s & 1) goto L{a}; if (s & 2) goto L{b};')
        out.append(f'  if (s & 4) goto out;')
    out += ['out:', '  printf("%s\\n", p);', '}']
    src = write(f'{tmp}/goto.c', '\n'.join(out) + '\n')
    return [src], None, {0, 1}


@case
def huge_macro(tmp):
    tokens = ' + '.join(f'(x * {i})' for i in range(1000))   # 5 tokens each: ~5,000
    uses = '\n'.join(f'  acc += BIG(n + {i});' for i in range(100))
    src = write(f'{tmp}/macro.c', '#include <stdio.h>\n'
                f'#define BIG(x) ({tokens})\n'
                f'int f(int n, const char *id_number) {{\n  int acc = 0;\n{uses}\n'
                '  printf("%s\\n", id_number);\n  return acc;\n}\n')

    def after(run, wall):
        check('[pi-logging]' in run.stdout, 'the logging after the macro uses was not found')
    return [src], after, {1}


@case
def binary_source(tmp):
    data = bytes(range(256)) * 64 + b'\x7fELF\x00\x00\xff\xfe' * 512
    src = write(f'{tmp}/binary.c', data)
    return [src], None, {2}


@case
def gbk_bytes(tmp):
    # "身份证号码" and "日志" in GBK, in comments and in a string literal.
    gbk = '身份证号码'.encode('gbk')
    data = (b'#include <stdio.h>\n/* ' + gbk + b' \xff\xfe */\n'
            b'// ' + '日志'.encode('gbk') + b' \x80\x81\n'
            b'void show(const char *id_number) { printf("' + gbk + b' %s\\n", id_number); }\n'
            b'const char *s = "\xd6\xd0\xce\xc4\xff";\n'
            # a suppression naming a GBK rule: its message quotes the bytes
            b'// pitrace: allow(pi-' + gbk + b') reason: \xff\n')
    src = write(f'{tmp}/gbk.c', data)

    def after(run, wall):
        # JSON is UTF-8 whatever the source's bytes (tests/fuzz found this)
        with open(f'{tmp}/r.json', 'rb') as f:
            text = f.read()
        try:
            text.decode('utf-8')
        except UnicodeDecodeError as e:
            raise Failed(f'the JSON report is not UTF-8: {e}')
    return [src, '--format', 'json', '-o', f'{tmp}/r.json'], after, {0, 1}


@case
def unicode_path(tmp):
    src = write(f'{tmp}/中文 目录/a b.c', '#include <stdio.h>\n' + LEAK)

    def after(run, wall):
        check('a b.c' in run.stdout, 'the finding does not name "a b.c"')
        check('中文 目录' in run.stdout, 'the finding does not name the folder "中文 目录"')
    return [src], after, {1}


@case
def latin1_path(tmp):
    # A file name in Latin-1 bytes: JSON must stay valid UTF-8 and still
    # give the exact bytes (file_base64), or the file cannot be opened.
    name = b'caf\xe9.c'
    path = os.path.join(tmp.encode(), name)
    with open(path, 'wb') as f:
        f.write(('#include <stdio.h>\n' + LEAK).encode())
    out = os.path.join(tmp, 'out.json')

    def after(run, wall):
        import base64
        import json
        text = open(out, 'rb').read()
        rep = json.loads(text.decode('utf-8'))
        f = rep['findings'][0]
        check(base64.b64decode(f['file_base64']).endswith(name), 'file_base64 does not give the exact bytes of the path')
    return [os.fsdecode(path), '--format', 'json', '-o', out], after, {1}


@case
def symlinked_source(tmp):
    real = write(f'{tmp}/real/leak.c', '#include <stdio.h>\n' + LEAK)
    os.makedirs(f'{tmp}/links')
    link = f'{tmp}/links/link.c'
    os.symlink(real, link)

    def after(run, wall):
        check('[pi-logging]' in run.stdout, 'no finding through the symlink')
    return [link], after, {1}


@case
def missing_include(tmp):
    src = write(f'{tmp}/missing.c', '#include <stdio.h>\n#include "no_such_header_xyz.h"\n' + LEAK)

    def after(run, wall):
        check('no_such_header_xyz.h' in run.stdout + run.stderr, 'the missing header is not mentioned')
        check('not analysed as written' in run.stderr, 'exit 2 does not say the TU was not analysed as written')
    return [src], after, {2}


@case
def missing_include_keep_going(tmp):
    src = write(f'{tmp}/missing.c', '#include <stdio.h>\n#include "no_such_header_xyz.h"\n' + LEAK)

    def after(run, wall):
        check('[pi-logging]' in run.stdout, 'the rest of the file was not analysed')
        check('incomplete' in run.stdout, 'the text summary does not say the run is incomplete')
    return ['--keep-going', src], after, {1}


# A parse that crashes inside libclang leaves libclang's own memory behind
# (its crash recovery unwinds without freeing): not pitrace's leak, so the
# sanitizer build does not check leaks for that case.
NO_LEAK_CHECK = {'libclang-crash'}


@case
def libclang_crash(tmp):
    # `#pragma clang __debug crash` makes clang's own parser crash, inside
    # libclang's crash recovery: that TU fails, named, and the next TU's
    # leak is still reported (the run is not lost with it).
    crash = write(f'{tmp}/crash.c', '#pragma clang __debug crash\nint unused;\n')
    src = write(f'{tmp}/leak.c', '#include <stdio.h>\n' + LEAK)

    def after(run, wall):
        check('crash.c: clang crashed while parsing it' in run.stderr, 'the crashed TU is not named')
        check('[pi-logging]' in run.stdout, 'the other TU was not analysed after the crash')
    return [crash, src, '--keep-going', '-j1'], after, {2}


@case
def cyclic_include(tmp):
    write(f'{tmp}/a.h', '#include "b.h"\nint in_a;\n')
    write(f'{tmp}/b.h', '#include "a.h"\nint in_b;\n')
    src = write(f'{tmp}/cycle.c', '#include <stdio.h>\n#include "a.h"\n' + LEAK)
    return [src], None, {0, 1, 2}


@case
def empty_file(tmp):
    src = write(f'{tmp}/empty.c', b'')
    return [src], None, {0}


@case
def only_error(tmp):
    src = write(f'{tmp}/error.c', '#error this file must not be compiled\n')
    return [src], None, {0, 1, 2}


def main():
    if sys.argv[1:] == ['--list']:
        print('\n'.join(c for c in CASES if c not in KNOWN_CRASHES))
        return 0
    if len(sys.argv) != 3 or sys.argv[2] not in CASES:
        sys.exit('usage: run-hostile.py PITRACE CASE   (cases: ' + ' '.join(CASES) + ')')
    pitrace, name = os.path.abspath(sys.argv[1]), sys.argv[2]
    with tempfile.TemporaryDirectory(prefix='pitrace-hostile-') as tmp:
        args, after, exits = CASES[name](tmp)
        argv = [pitrace] + args + ([f'-I{tmp}'] if '--' in args else ['--', f'-I{tmp}'])
        env = dict(os.environ)
        if name in NO_LEAK_CHECK:
            env['ASAN_OPTIONS'] = (env.get('ASAN_OPTIONS', '') + ':detect_leaks=0').lstrip(':')
        start = time.monotonic()
        try:
            run = subprocess.run(argv, capture_output=True, cwd=tmp, timeout=TIMEOUT, env=env)
        except subprocess.TimeoutExpired:
            print(f'HANG: no exit after {TIMEOUT} s\n$ ' + shlex.join(argv))
            print('FAIL')
            return 1
        wall = time.monotonic() - start
        run.stdout = run.stdout.decode('utf-8', 'replace')
        run.stderr = run.stderr.decode('utf-8', 'replace')
        print(f'{name}: exit {run.returncode} in {wall:.1f} s')
        try:
            check(run.returncode >= 0, f'killed by signal {-run.returncode}')
            check(run.returncode in exits, f'exit status {run.returncode}, expected one of {sorted(exits)}')
            if run.returncode == 2:
                base = os.path.basename(args[0])
                check(base in run.stderr, f'exit 2 but standard error does not name {base}')
            if after:
                after(run, wall)
        except Failed as e:
            print(f'{e}\n$ ' + shlex.join(argv))
            print('--- stdout\n' + run.stdout[:3000] + '\n--- stderr\n' + run.stderr[:3000])
            print('FAIL')
            return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
