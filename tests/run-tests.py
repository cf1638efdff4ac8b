#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs pitrace on self-describing C tests and compares findings both ways.

A test is a .c file, or a folder of .c files analysed together (a multi-file
test), or a folder holding compile_commands.json (given with --db). The
expectation sits on the line it is about:

    log_info("id=%s", app->id_number);   // expect: pi-logging
    fwrite(app, sizeof *app, 1, f);      // expect: pi-unencrypted-storage "id_number"
    sms_send(phone);                     // xfail: pi-cleartext-transmission

Directives (in // or /* */ comments):
    expect: RULE [RULE...]     each RULE may be followed by "substring" that
                               the finding's message must contain
    xfail: RULE [RULE...]      expected but not found yet: reported, not failed;
                               found after all (XPASS) fails, so it is updated
    pitrace-args: ARGS         extra command-line arguments for this test
    compiler-args: ARGS        extra compiler arguments for this test, appended
                               after "--" (e.g. the -I flags of pkg-config
                               --cflags); not allowed with --db
    expect-exit: N             the exit status pitrace must return
    expect-problem: "TEXT"     a run problem whose message contains TEXT
    expect-work: NAME <= N     the engine's count NAME in --stats is at most N
                               (function-analyses, block-visits): a bound on
                               work that a blow-up breaks, counted, not timed
Any other directive-like comment (expect-foo:, xfial:) is an error, so a typo
cannot silently turn a test into one that expects nothing. A line with no
directive expects no finding.
"""
import json
import os
import re
import shlex
import subprocess
import sys

DIRECTIVE = re.compile(r'(?://|/\*)\s*([A-Za-z][\w-]*)\s*:(.*?)(?:\*/)?\s*$')
KNOWN = {'expect', 'xfail', 'pitrace-args', 'compiler-args', 'expect-exit', 'expect-problem', 'expect-work'}
# expect-work's names and the --stats text each is read from
WORK = {'function-analyses': re.compile(r'pitrace: stats: .*?(\d+) function analyses'),
        'block-visits': re.compile(r'pitrace: stats: .*?(\d+) block visits')}
WORK_ITEM = re.compile(r'^([\w-]+)\s*<=\s*(\d+)$')
# Words that look like directives when they start a comment: a comment
# starting with one of these and a colon must be a known directive.
SUSPICIOUS = re.compile(r'^(expect|xfail|xpass|pitrace-|compiler-|expected|exepct|xfial)', re.I)
RULE = re.compile(r'^(pi-[a-z-]+|pitrace-[a-z-]+)$')
ITEM = re.compile(r'\s*([\w-]+)(?:\s*"([^"]*)")?\s*,?')


def parse_file(path, rel, errors):
    expects, xfails, args, exit_code, problems, cargs, work = [], [], [], None, [], [], []
    with open(path, encoding='utf-8', errors='replace') as f:
        for lineno, line in enumerate(f, 1):
            m = DIRECTIVE.search(line)
            if not m:
                continue
            name, rest = m.group(1), m.group(2).strip()
            if name not in KNOWN:
                if SUSPICIOUS.match(name):
                    errors.append(f'{rel}:{lineno}: unknown directive "{name}:"')
                continue
            if name == 'pitrace-args':
                args += shlex.split(rest)
            elif name == 'compiler-args':
                cargs += shlex.split(rest)
            elif name == 'expect-exit':
                exit_code = int(rest)
            elif name == 'expect-problem':
                problems.append(rest.strip('"'))
            elif name == 'expect-work':
                wm = WORK_ITEM.match(rest)
                if not wm or wm.group(1) not in WORK:
                    errors.append(f'{rel}:{lineno}: expect-work: wants NAME <= N, NAME one of {", ".join(WORK)}')
                else:
                    work.append((wm.group(1), int(wm.group(2))))
            else:
                pos = 0
                while pos < len(rest):
                    im = ITEM.match(rest, pos)
                    if not im or im.end() == pos:
                        errors.append(f'{rel}:{lineno}: cannot read "{rest[pos:]}"')
                        break
                    rule, text = im.group(1), im.group(2)
                    if not RULE.match(rule):
                        errors.append(f'{rel}:{lineno}: "{rule}" is not a rule id')
                    (expects if name == 'expect' else xfails).append((rel, lineno, rule, text))
                    pos = im.end()
    return expects, xfails, args, exit_code, problems, cargs, work


def main():
    argv = sys.argv[1:]
    pitrace, db, extra = None, None, []
    if '--' in argv:
        i = argv.index('--')
        argv, extra = argv[:i], argv[i + 1:]
    while argv and argv[0].startswith('--'):
        opt = argv.pop(0)
        if opt == '--pitrace':
            pitrace = os.path.abspath(argv.pop(0))
        elif opt == '--db':
            db = os.path.abspath(argv.pop(0))
        else:
            sys.exit(f'run-tests: unknown option {opt}')
    if not pitrace or len(argv) != 1:
        sys.exit('usage: run-tests.py --pitrace BIN [--db BUILD] TEST [-- COMPILER-ARGS]')
    test = os.path.abspath(argv[0])
    base = test if os.path.isdir(test) else os.path.dirname(test)
    if os.path.isdir(test):
        sources = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(test) for f in fs
                         if f.endswith(('.c', '.h')))
        inputs = [s for s in sources if s.endswith('.c')]
    else:
        sources = inputs = [test]
    errors, expects, xfails, args, problems, exit_code, cargs, work = [], [], [], [], [], None, [], []
    for s in sources:
        e, x, a, ec, pr, ca, wk = parse_file(s, os.path.relpath(s, base), errors)
        work += wk
        expects += e
        xfails += x
        args += a
        problems += pr
        cargs += ca
        if ec is not None:
            exit_code = ec
    if db and cargs:
        errors.append('compiler-args: cannot be used with --db (the database gives the flags)')
    if errors:
        print('\n'.join(errors))
        print('FAIL: malformed test')
        return 1

    cmd = [pitrace, '--format', 'json', '--fail-on', 'never', '--root', base, '--no-cache'] + args
    if work:
        cmd.append('--stats')
    if db:
        cmd += ['-p', db]
    else:
        cmd += inputs + ['--'] + extra + cargs
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=base)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        print('$ ' + ' '.join(shlex.quote(c) for c in cmd))
        print(run.stdout[:2000] + run.stderr[:4000])
        print(f'FAIL: pitrace printed no JSON report (exit {run.returncode})')
        return 1

    want_exit = exit_code if exit_code is not None else 0
    failed = False
    if run.returncode != want_exit:
        print(f'exit status {run.returncode}, expected {want_exit}')
        print(run.stderr[:4000])
        failed = True

    def key(path, line, rule):
        return (os.path.normpath(path), line, rule)

    actual = {}
    for f in report.get('findings', []):
        if f.get('suppression') or f.get('baselined'):
            continue
        path = f['file'] if not os.path.isabs(f['file']) else os.path.relpath(f['file'], base)
        actual.setdefault(key(path, f['line'], f['rule']), []).append(f)
    wanted = {}
    for rel, line, rule, text in expects:
        wanted.setdefault(key(rel, line, rule), []).append(text)
    known = {key(rel, line, rule) for rel, line, rule, _ in xfails}

    for k, texts in sorted(wanted.items()):
        got = actual.get(k)
        if not got:
            print(f'{k[0]}:{k[1]}: missing: {k[2]}')
            failed = True
            continue
        for t in texts:
            if t and not any(t in f['message'] for f in got):
                print(f'{k[0]}:{k[1]}: {k[2]}: message lacks "{t}": {got[0]["message"]}')
                failed = True
    xfail_count = 0
    for k, got in sorted(actual.items()):
        if k in wanted:
            continue
        if k in known:
            print(f'{k[0]}:{k[1]}: XPASS: {k[2]} is found now; change xfail to expect')
            failed = True
            continue
        f = got[0]
        print(f'{k[0]}:{k[1]}:{f["column"]}: unexpected: {k[2]}: {f["message"]}')
        for step in f.get('trace', []):
            print(f'    {step["file"]}:{step["line"]}: {step["message"]}')
        failed = True
    for k in sorted(known):
        if k not in actual:
            xfail_count += 1
            print(f'{k[0]}:{k[1]}: xfail: {k[2]} (known gap)')
    messages = [p['message'] for p in report.get('problems', [])]
    for text in problems:
        if not any(text in m for m in messages):
            print(f'missing run problem containing "{text}"; problems: {messages}')
            failed = True
    if not problems:
        # A test must compile cleanly: a missing header or a parse error
        # would quietly turn its expectations into something else.
        for m in messages:
            print(f'unexpected run problem: {m}')
            failed = True

    for name, most in work:
        m = WORK[name].search(run.stderr)
        if not m:
            print(f'expect-work: --stats printed no {name}')
            failed = True
        elif int(m.group(1)) > most:
            print(f'expect-work: {name} {m.group(1)} > {most}')
            failed = True

    n = len(wanted)
    print(f'{"FAIL" if failed else "PASS"}: {n} expected, {sum(len(v) for v in actual.values())} found'
          + (f', {xfail_count} known gaps' if xfail_count else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
