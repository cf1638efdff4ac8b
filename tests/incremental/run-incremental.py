#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Whole-run tests of the cache, extract/link, shards and diff-aware runs
(docs/incremental.md). Each case builds a small project in a temporary
folder (or uses the corpus and its build) and runs pitrace on it.

    run-incremental.py --list
    run-incremental.py PITRACE CASE [--corpus DIR --corpus-db BUILD]

Prints PASS or the failed checks with pitrace's output, and exits 1 on
failure.
"""
import glob
import json
import re
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

CASES = {}


def case(fn):
    CASES[fn.__name__.replace('_', '-')] = fn
    return fn


class Failed(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failed(what)


# ---- the small project: three TUs, two of them include util.h ----

UTIL_H = '''#include <stdio.h>
static inline void log_line(const char *s)
{
\tprintf("%s\\n", s);
}
'''
A_C = '''#include "util.h"
void show_id(const char *id_number)
{
\tlog_line(id_number);
}
'''
B_C = '''#include "util.h"
void show_phone(const char *mobile)
{
\tlog_line(mobile);
}
'''
C_C = '''#include <stdio.h>
void save_address(FILE *f, const char *home_address)
{
\tfprintf(f, "%s", home_address);
}
'''


def make_project(tmp):
    proj = os.path.join(tmp, 'proj')
    os.makedirs(os.path.join(proj, 'src'))
    for name, text in (('util.h', UTIL_H), ('a.c', A_C), ('b.c', B_C), ('c.c', C_C)):
        write(os.path.join(proj, 'src', name), text)
    db = [{'directory': os.path.join(proj, 'src'), 'file': f, 'arguments': ['cc', '-c', f]}
          for f in ('a.c', 'b.c', 'c.c')]
    os.makedirs(os.path.join(proj, 'build'))
    write(os.path.join(proj, 'build', 'compile_commands.json'), json.dumps(db, indent=1))
    # Files written just before a run may be too new to be stored (cache.c
    # guards against edits during parsing): let the clock move on.
    time.sleep(0.05)
    return proj


def write(path, text, mode='w'):
    with open(path, mode) as f:
        f.write(text)


class Runner:
    def __init__(self, pitrace, cwd):
        self.pitrace, self.cwd = pitrace, cwd
        self.log = []

    def run(self, *args, want=None):
        env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000')
        r = subprocess.run([self.pitrace] + list(args), cwd=self.cwd, env=env, capture_output=True,
                           text=True, timeout=240)
        self.log.append('$ pitrace ' + ' '.join(args) + f'\n[exit {r.returncode}]\n'
                        + r.stdout[-2000:] + r.stderr[-3000:])
        if want is not None:
            check(r.returncode == want, f'exit status {r.returncode}, expected {want}: pitrace {" ".join(args)}')
        return r

    def json(self, *args, want=None):
        """The report without what describes the run rather than its
        result (result_of), so that a warm run's can equal a cold one's."""
        r = self.run(*args, '--format', 'json', want=want)
        return result_of(r.stdout), r.stderr


def findings(text):
    rep = json.loads(text)
    return sorted((f['file'], f['line'], f['rule']) for f in rep['findings'])


def problems(text):
    return [p['message'] for p in json.loads(text)['problems']]


def parsed_files(stderr):
    """The TUs a run parsed, from --stats."""
    out = []
    for line in stderr.splitlines():
        if line.startswith('pitrace: stats: parsed /'):
            out.append(os.path.basename(line.split(' ')[3].rstrip(':')))
    return sorted(out)


def unchanged(stderr):
    m = re.search(r'stats: cache: .*: (\d+) of \d+ TUs unchanged', stderr)
    if not m:
        raise Failed('--stats printed no cache line')
    return int(m.group(1))


def cache_file(folder):
    """The one cache file of this build in folder (cache-HASH.sqlite)."""
    found = glob.glob(os.path.join(folder, 'cache-*.sqlite'))
    check(len(found) == 1, f'expected one cache file in {folder}, found {found}')
    return found[0]


def db_args(proj):
    return ['-p', os.path.join(proj, 'build')]


# ---- the cache ----

@case
def cache_warm_identical(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    cold, err = run.json(*db_args(proj), '--stats', want=1)
    check(parsed_files(err) == ['a.c', 'b.c', 'c.c'], 'the cold run did not parse every TU')
    check(os.path.exists(cache_file(os.path.join(proj, 'build', '.pitrace-cache'))),
          'no cache in build/.pitrace-cache (beside the database) by default')
    check(os.path.exists(os.path.join(proj, 'build', '.pitrace-cache', '.gitignore')),
          'the cache folder has no .gitignore')
    check(not os.path.exists(os.path.join(proj, '.pitrace-cache')), 'a cache in the source tree')
    warm, err = run.json(*db_args(proj), '--stats', want=1)
    check(warm == cold, 'the warm run\'s JSON differs from the cold run\'s')
    check(unchanged(err) == 3 and not parsed_files(err), 'the warm run parsed something')
    check('run memo hit' in err, 'the warm run did not use the run memo')
    plain, _ = run.json(*db_args(proj), '--no-cache', want=1)
    check(plain == cold, 'a run with the cache differs from one without')
    check(len(findings(cold)) == 3, f'expected 3 findings, got {findings(cold)}')


@case
def cache_edit_source(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    run.json(*db_args(proj), want=1)
    write(os.path.join(proj, 'src', 'c.c'), C_C + 'void other(void) {}\n')
    time.sleep(0.05)
    out, err = run.json(*db_args(proj), '--stats', want=1)
    check(parsed_files(err) == ['c.c'], f'editing c.c re-parsed {parsed_files(err)}')
    check(unchanged(err) == 2, 'the other TUs were not taken from the cache')
    plain, _ = run.json(*db_args(proj), '--no-cache', want=1)
    check(out == plain, 'the result after the edit differs from a run without the cache')
    out2, err = run.json(*db_args(proj), '--stats', want=1)
    check(unchanged(err) == 3 and 'run memo hit' in err and out2 == out, 'the run after was not fully warm')


@case
def cache_edit_header(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    run.json(*db_args(proj), want=1)
    write(os.path.join(proj, 'src', 'util.h'), UTIL_H + '/* edited */\n')
    time.sleep(0.05)
    out, err = run.json(*db_args(proj), '--stats', want=1)
    check(parsed_files(err) == ['a.c', 'b.c'], f'editing util.h re-parsed {parsed_files(err)}')
    plain, _ = run.json(*db_args(proj), '--no-cache', want=1)
    check(out == plain, 'the result after the edit differs from a run without the cache')


@case
def cache_touch_same_content(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    run.json(*db_args(proj), want=1)
    os.utime(os.path.join(proj, 'src', 'util.h'))
    _, err = run.json(*db_args(proj), '--stats', want=1)
    check(not parsed_files(err), 'a new mtime with the same content re-parsed ' + str(parsed_files(err)))


def corrupt_case(tmp, run, damage, note):
    proj = make_project(tmp)
    run.cwd = proj
    cold, _ = run.json(*db_args(proj), want=1)
    damage(cache_file(os.path.join(proj, 'build', '.pitrace-cache')))
    out, err = run.json(*db_args(proj), '--stats', want=1)
    check(findings(out) == findings(cold), 'the findings differ after the cache was damaged')
    check('pitrace: note: ' in err and note in err, f'no note "{note}" on stderr')
    check(any(note in p for p in problems(out)), f'no note "{note}" among the report\'s problems')
    again, err = run.json(*db_args(proj), '--stats', want=1)
    check(again == cold and 'pitrace: note' not in err, 'the cache was not rebuilt')


@case
def cache_truncated(tmp, run, opts):
    def damage(path):
        size = os.path.getsize(path)
        with open(path, 'r+b') as f:
            f.truncate(size // 2)
    corrupt_case(tmp, run, damage, '.sqlite')


@case
def cache_garbage_file(tmp, run, opts):
    corrupt_case(tmp, run, lambda p: write(p, b'\x89garbage, not SQLite\x00' * 300, 'wb'), '.sqlite')


def sql_damage(*statements, fresh=False):
    """A damage function for corrupt_case(): SQL run on the cache file
    (fresh: on a new file in its place)."""
    def damage(path):
        if fresh:
            os.remove(path)
        con = sqlite3.connect(path)
        for sql in statements:
            con.execute(sql)
        con.commit()
        con.close()
    return damage


@case
def cache_garbage_blob(tmp, run, opts):
    corrupt_case(tmp, run, sql_damage("UPDATE tu SET facts = randomblob(length(facts)) WHERE file LIKE '%a.c'",
                                      "DELETE FROM memo"), 'is corrupt')


@case
def cache_garbage_inputs(tmp, run, opts):
    corrupt_case(tmp, run, sql_damage("UPDATE tu SET inputs = X'05ff' WHERE file LIKE '%b.c'"), 'is corrupt')


@case
def cache_garbage_memo(tmp, run, opts):
    corrupt_case(tmp, run, sql_damage("UPDATE memo SET result = X'00112233'"), 'memo')


@case
def cache_foreign(tmp, run, opts):
    corrupt_case(tmp, run, sql_damage('CREATE TABLE photos(id INTEGER)', fresh=True),
                 'not a cache of this pitrace')


@case
def cache_other_version(tmp, run, opts):
    corrupt_case(tmp, run, sql_damage("UPDATE meta SET value = 'pitrace 0.0.1' WHERE name = 'version'"),
                 'made by pitrace 0.0.1')


@case
def cache_options(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    run.json(*db_args(proj), '--no-cache', want=1)
    check(not os.path.exists(os.path.join(proj, 'build', '.pitrace-cache')), '--no-cache created a cache')
    elsewhere = os.path.join(tmp, 'elsewhere')
    run.json(*db_args(proj), '--cache', elsewhere, want=1)
    check(os.path.exists(cache_file(elsewhere)), '--cache DIR did not put the cache there')
    check(not os.path.exists(os.path.join(proj, 'build', '.pitrace-cache')), '--cache DIR still wrote the default')
    run.cwd = tmp
    run.json(*db_args(proj), '--root', proj, want=1)
    check(os.path.exists(cache_file(os.path.join(proj, 'build', '.pitrace-cache'))),
          'run from elsewhere, the cache is not beside the database')
    # Rules change what is found, not the IR: the rows stay, the memo not.
    _, err = run.json(*db_args(proj), '--root', proj, '--no-heuristics', '--stats', want=0)
    check(unchanged(err) == 3 and 'run memo missed' in err, 'other rules did not keep the IR and drop the memo')


@case
def cache_two_builds(tmp, run, opts):
    """Two builds of pitrace sharing one cache (a developer's and the
    package's) keep a file each: alternating between them stays warm, and
    a file of a build unused for over 30 days is removed."""
    proj = make_project(tmp)
    run.cwd = proj
    other = os.path.join(tmp, 'other-pitrace')
    shutil.copy2(run.pitrace, other)
    os.utime(other, (1_000_000_000, 1_000_000_000))    # another build identity
    cache = os.path.join(proj, 'build', '.pitrace-cache')
    run.json(*db_args(proj), want=1)
    argv = [other, *db_args(proj), '--format', 'json', '--stats']
    env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000')
    p = subprocess.run(argv, cwd=proj, capture_output=True, text=True, env=env)
    check(p.returncode == 1, f'the other build exited {p.returncode}: {p.stderr}')
    files = glob.glob(os.path.join(cache, 'cache-*.sqlite'))
    check(len(files) == 2, f'two builds share one cache file: {files}')
    check('deleted and rebuilt' not in p.stderr, 'the other build deleted the first build\'s cache')
    _, err = run.json(*db_args(proj), '--stats', want=1)
    check(unchanged(err) == 3 and not parsed_files(err), 'back on the first build, the cache was cold')
    stale = os.path.join(cache, 'cache-000000000000.sqlite')
    recent = os.path.join(cache, 'cache-111111111111.sqlite')
    for f, days in ((stale, 40), (recent, 2)):
        write(f, 'x')
        t = time.time() - days * 86400
        os.utime(f, (t, t))
    run.json(*db_args(proj), want=1)
    check(not os.path.exists(stale), 'a build\'s cache unused for 40 days was kept')
    check(os.path.exists(recent), 'a build\'s cache used 2 days ago was removed')


@case
def cache_locked(tmp, run, opts):
    """A cache another run holds locked is waited for at most about ten
    seconds in all (docs/incremental.md), then the run goes on without
    it, with a note, and finds what a run without a cache finds."""
    proj = make_project(tmp)
    run.cwd = proj
    cold, _ = run.json(*db_args(proj), want=1)
    db = sqlite3.connect(cache_file(os.path.join(proj, 'build', '.pitrace-cache')), timeout=1)
    db.execute('BEGIN EXCLUSIVE')
    try:
        t = time.monotonic()
        out, err = run.json(*db_args(proj), want=1)
        waited = time.monotonic() - t
    finally:
        db.rollback()
        db.close()
    check('locked by another run' in err, 'no note that the cache was locked')
    check(findings(out) == findings(cold), 'the findings differ while the cache was locked')
    # a budget for the run, not for each statement (it was 20 s and more)
    check(waited < 18, f'waited {waited:.1f} s for a locked cache')


# ---- diff-aware runs ----

def git(proj, *args):
    subprocess.run(['git', '-C', proj, '-c', 'user.name=t', '-c', 'user.email=t@t', *args], check=True,
                   capture_output=True)


@case
def changed_since(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    git(proj, 'init', '-q')
    write(os.path.join(proj, '.gitignore'), '.pitrace-cache/\n')
    git(proj, 'add', '-A')
    git(proj, 'commit', '-q', '-m', 'base')
    out, _ = run.json(*db_args(proj), '--changed-since', 'HEAD', want=0)
    check(findings(out) == [], 'nothing changed, yet findings were reported')
    # A new leak in c.c, and an edit of the header that a.c's and b.c's
    # traces pass through.
    write(os.path.join(proj, 'src', 'c.c'), C_C + 'void log_it(const char *id_number)\n{\n'
          '\tprintf("%s", id_number);\n}\n')
    out, _ = run.json(*db_args(proj), '--changed-since', 'HEAD', want=1)
    got = findings(out)
    check(len(got) == 1 and got[0][0].endswith('c.c') and got[0][1] == 8,
          f'--changed-since HEAD after a new leak in c.c:8 reported {got}')
    git(proj, 'add', '-A')
    git(proj, 'commit', '-q', '-m', 'leak')
    write(os.path.join(proj, 'src', 'util.h'), UTIL_H.replace('printf("%s\\n", s);', 'printf("%s\\n",  s);'))
    out, _ = run.json(*db_args(proj), '--changed-since', 'HEAD', want=1)
    files = sorted(os.path.basename(f[0]) for f in findings(out))
    check(files == ['a.c', 'b.c'], f'an edit of util.h\'s printf line reported findings in {files}')
    # An untracked file counts as changed throughout.
    out, _ = run.json(*db_args(proj), '--changed-since', 'HEAD~1', want=1)
    check(len(findings(out)) == 3, 'HEAD~1 should cover the c.c leak and the util.h edit')


@case
def named_files(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    out, _ = run.json(*db_args(proj), 'src/b.c', want=1)
    got = findings(out)
    check(len(got) == 1 and got[0][0].endswith('b.c'), f'-p with b.c reported {got}')
    out, _ = run.json(*db_args(proj), 'src/util.h', want=1)
    files = sorted(os.path.basename(f[0]) for f in findings(out))
    check(files == ['a.c', 'b.c'], f'-p with util.h reported findings in {files}')
    check(len(json.loads(out)['inventory']) >= 3, 'the whole project was not analysed')


# ---- extract and link ----

def result_of(text):
    """A report's text without what describes the run itself (the scope's
    command line and duration, and the digest over them): two runs with
    other options, or extract and link, must agree on the rest."""
    try:
        rep = json.loads(text)
    except ValueError:
        return text
    if not isinstance(rep, dict) or 'scope' not in rep:
        return text
    for key in ('command_line', 'duration_seconds'):
        rep['scope'].pop(key, None)
    rep.pop('report_digest', None)
    return json.dumps(rep, indent='\t', ensure_ascii=False) + '\n'


def normal_reports(run, args):
    return {fmt: result_of(run.run(*args, '--no-cache', '--format', fmt).stdout)
            for fmt in ('json', 'sarif', 'text')}


def same_reports(run, facts_args, want, what):
    for fmt, text in want.items():
        got = result_of(run.run('link', *facts_args, '--format', fmt).stdout)
        check(got == text, f'{what}: link --format {fmt} differs from a normal run')


@case
def corpus_extract_link(tmp, run, opts):
    db = ['-p', opts['corpus_db']]
    want = normal_reports(run, db)
    facts = os.path.join(tmp, 'facts')
    names = []
    for k in (1, 2, 3):
        shard = os.path.join(tmp, f'shard{k}')
        run.run('extract', *db, '--shard', f'{k}/3', '-o', shard + '/', want=0)
        got = sorted(os.listdir(shard))
        names += got
        os.makedirs(facts, exist_ok=True)
        for n in got:
            shutil.copy(os.path.join(shard, n), facts)
    entries = json.load(open(os.path.join(opts['corpus_db'], 'compile_commands.json')))
    check(len(names) == len(entries) and len(set(names)) == len(names),
          f'the three shards hold {len(names)} facts files ({len(set(names))} distinct) for {len(entries)} TUs')
    same_reports(run, [facts], want, 'three shards')
    one = sorted(os.listdir(facts))[0]
    same_reports(run, [facts, os.path.join(facts, one)], want, 'a facts file named twice')
    # Two shards of three: the link must not pass for the whole program's.
    r = run.run('link', os.path.join(tmp, 'shard1'), os.path.join(tmp, 'shard2'), want=2)
    check('were not analysed' in r.stderr and 'extract every shard' in r.stderr,
          'a link of two shards of three did not say it is incomplete')
    r = run.run('link', os.path.join(tmp, 'shard1'), os.path.join(tmp, 'shard2'), '--keep-going',
                '--format', 'json', '--fail-on', 'never', want=0)
    check(json.loads(r.stdout)['complete'] is False, 'a kept-going partial link is reported complete')


@case
def corpus_cache(tmp, run, opts):
    db = ['-p', opts['corpus_db'], '--cache', os.path.join(tmp, 'cache')]
    for fmt in ('json', 'sarif'):
        cold = result_of(run.run(*db, '--format', fmt).stdout)
        warm = run.run(*db, '--format', fmt, '--stats')
        check(result_of(warm.stdout) == cold, f'the warm run\'s {fmt} differs from the cold run\'s')
        check('run memo hit' in warm.stderr, 'the warm run did not use the memo')
        plain = result_of(run.run('-p', opts['corpus_db'], '--no-cache', '--format', fmt).stdout)
        check(plain == cold, f'the {fmt} with a cache differs from one without')


@case
def link_refuses(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    facts = os.path.join(tmp, 'a.facts')
    run.run('extract', *db_args(proj), 'src/a.c', '-o', facts, want=0)
    r = run.run('extract', *db_args(proj), 'src/a.c', 'src/b.c', '-o', os.path.join(tmp, 'x.facts'), want=2)
    check('2 translation units selected' in r.stderr, 'extract of two TUs to one file was not refused')
    data = open(facts, 'rb').read()
    version = run.run('--version').stdout.split()[1].encode()
    check(version in data, 'the facts file does not hold the version')
    write(os.path.join(tmp, 'old.facts'), data.replace(version, b'9.9.9'[:len(version)].ljust(len(version), b'9'), 1),
          'wb')
    r = run.run('link', os.path.join(tmp, 'old.facts'), want=2)
    check('old.facts: made by pitrace 9.9.9' in r.stderr, 'a facts file of another version was not refused')
    rules = os.path.join(tmp, 'extra.json')
    write(rules, json.dumps({'pitrace_rules': 1, 'description': 'one more sink', 'sinks': [
        {'id': 'extra.sink', 'function': 'extra_sink', 'args': [0], 'kind': 'log'}]}))
    r = run.run('link', '--rules', rules, facts, want=2)
    check('a.facts: extracted with other rules' in r.stderr, 'facts extracted with other rules were not refused')
    r = run.run('link', '--no-heuristics', facts, want=2)
    check('a.facts: extracted with other rules' in r.stderr and 'heuristics on' in r.stderr,
          'facts extracted with heuristics were linked without')
    write(os.path.join(tmp, 'cut.facts'), data[:len(data) // 2], 'wb')
    r = run.run('link', os.path.join(tmp, 'cut.facts'), want=2)
    check('cut.facts: facts file is truncated or corrupt' in r.stderr, 'a truncated facts file was not refused')
    bad = bytearray(data)
    bad[len(bad) // 2] ^= 0x55
    write(os.path.join(tmp, 'flip.facts'), bytes(bad), 'wb')
    r = run.run('link', os.path.join(tmp, 'flip.facts'), want=2)
    check('flip.facts: facts file is' in r.stderr, 'a corrupt facts file was not refused')
    os.makedirs(os.path.join(tmp, 'empty'))
    r = run.run('link', os.path.join(tmp, 'empty'), want=2)
    check('holds no .facts files' in r.stderr, 'an empty facts folder was not refused')


@case
def extract_depfile(tmp, run, opts):
    proj = make_project(tmp)
    run.cwd = proj
    out, dep = os.path.join(tmp, 'a.facts'), os.path.join(tmp, 'a.d')
    run.run('extract', *db_args(proj), 'src/a.c', '-o', out, '--depfile', dep, want=0)
    text = open(dep).read()
    check(text.startswith(out + ':'), 'the depfile does not name the facts file')
    check(os.path.join(proj, 'src', 'util.h') in text and os.path.join(proj, 'src', 'a.c') in text,
          'the depfile lacks a.c or util.h')
    r = run.run('extract', *db_args(proj), '-o', tmp + '/all/', '--depfile', dep, want=2)
    check('--depfile needs one TU' in r.stderr, '--depfile with a folder was not refused')


@case
def cmake_integration(tmp, run, opts):
    """cmake/pitrace-facts.cmake as documented: a header edit re-extracts
    exactly the TUs that include it, and the link gives the normal report."""
    if not shutil.which('cmake') or not shutil.which('make'):
        print('SKIP: no cmake or make')
        return
    proj = make_project(tmp)
    module = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'cmake', 'pitrace-facts.cmake')
    report = os.path.join(tmp, 'linked.json')
    write(os.path.join(proj, 'CMakeLists.txt'), f'''cmake_minimum_required(VERSION 3.20)
project(app C)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(PITRACE {run.pitrace} CACHE FILEPATH "")
include({os.path.abspath(module)})
add_library(app STATIC src/a.c src/b.c src/c.c)
pitrace_facts(app LINK_ARGS --format json -o {report} --fail-on never)
''')
    build = os.path.join(tmp, 'cm')
    env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000')

    def cm(*args):
        r = subprocess.run(['cmake', *args], capture_output=True, text=True, env=env, timeout=240)
        run.log.append('$ cmake ' + ' '.join(args) + '\n' + r.stdout[-3000:] + r.stderr[-3000:])
        check(r.returncode == 0, 'cmake ' + ' '.join(args) + ' failed')
        return r.stdout

    cm('-S', proj, '-B', build, '-G', 'Unix Makefiles')
    out = cm('--build', build, '--target', 'pitrace-app')
    check(out.count('pitrace extract') == 3, 'the first build did not extract three TUs')
    want = result_of(run.run('-p', build, '--no-cache', '--root', proj, '--format', 'json', '--fail-on',
                             'never').stdout)
    check(result_of(open(report).read()) == want, 'the linked report differs from a normal run')
    time.sleep(1.1)     # make compares mtimes in whole seconds on some systems
    write(os.path.join(proj, 'src', 'util.h'), UTIL_H + '/* edited */\n')
    out = cm('--build', build, '--target', 'pitrace-app')
    redone = sorted(l.split('pitrace extract ')[1].strip() for l in out.splitlines() if 'pitrace extract ' in l)
    check(redone == ['src/a.c', 'src/b.c'], f'a header edit re-extracted {redone}')


def include_path_project(tmp):
    """a.c includes "h.h", found in inc2 (after inc1 on the -I path), and
    asks __has_include("extra.h")."""
    proj = os.path.join(tmp, 'ipath')
    for d in ('src', 'inc1', 'inc2', 'build'):
        os.makedirs(os.path.join(proj, d))
    write(os.path.join(proj, 'inc2', 'h.h'), '#define SHOW(x) (void)(x)\n')
    write(os.path.join(proj, 'src', 'a.c'),
          '#include <stdio.h>\n#include "h.h"\n'
          '#if __has_include("extra.h")\n#include "extra.h"\n#endif\n'
          'void f(const char *id_number) { SHOW(id_number); }\n')
    db = [{'directory': os.path.join(proj, 'src'), 'file': 'a.c',
           'arguments': ['cc', '-I../inc1', '-I', '../inc2', '-c', 'a.c']}]
    write(os.path.join(proj, 'build', 'compile_commands.json'), json.dumps(db))
    time.sleep(0.05)
    return proj


@case
def cache_header_shadowed(tmp, run, opts):
    """A header created later in an earlier -I folder shadows the one the
    first run read: the warm run must read it (issue: the cache went stale
    and the warm run exited 0 where --no-cache exits 1)."""
    proj = include_path_project(tmp)
    run.cwd = proj
    run.json(*db_args(proj), want=0)
    write(os.path.join(proj, 'inc1', 'h.h'), '#include <stdio.h>\n#define SHOW(x) printf("%s", (x))\n')
    time.sleep(0.05)
    warm, err = run.json(*db_args(proj), '--stats', want=1)
    cold, _ = run.json(*db_args(proj), '--no-cache', want=1)
    check(warm == cold, 'the warm run after a shadowing header differs from a run without the cache')
    check(parsed_files(err) == ['a.c'], 'the TU was not parsed again')


@case
def cache_has_include_appears(tmp, run, opts):
    """A file that __has_include looked for and did not find, created
    after the first run, is read by the next."""
    proj = include_path_project(tmp)
    run.cwd = proj
    run.json(*db_args(proj), want=0)
    write(os.path.join(proj, 'inc2', 'extra.h'),
          '#include <stdio.h>\n#undef SHOW\n#define SHOW(x) puts(x)\n')
    time.sleep(0.05)
    warm, _ = run.json(*db_args(proj), want=1)
    cold, _ = run.json(*db_args(proj), '--no-cache', want=1)
    check(warm == cold, 'the warm run after __has_include\'s file appeared differs from a run without the cache')


@case
def cache_concurrent_cold(tmp, run, opts):
    """Three runs starting together on a cache nobody made yet: none takes
    another's half-made database for a corrupt one (issue: 5 to 8 of 40
    rounds deleted it), and all report the same findings. 12 rounds here;
    PITRACE_CONCURRENT_ROUNDS=40 for the issue's measure."""
    proj = make_project(tmp)
    env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000')
    for rnd in range(int(os.environ.get("PITRACE_CONCURRENT_ROUNDS", "12"))):
        cache = os.path.join(tmp, f'cache{rnd}')
        procs = [subprocess.Popen([run.pitrace, *db_args(proj), '--cache', cache, '--format', 'json'],
                                  cwd=proj, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
        outs = [p.communicate(timeout=240) for p in procs]
        for p, (out, err) in zip(procs, outs):
            run.log.append(f'round {rnd}: [exit {p.returncode}]\n' + err[-2000:])
            check(p.returncode == 1, f'round {rnd}: exit {p.returncode}')
            check('corrupt' not in err and 'deleted' not in err,
                  f'round {rnd}: a run took the new cache for a corrupt one: {err.strip()[:300]}')
        check(len({json.dumps(findings(o)) for o, _ in outs}) == 1, f'round {rnd}: the findings differ')


@case
def cache_read_only(tmp, run, opts):
    """Another user's cache (mode 444 in a 555 folder) is used read-only or
    skipped with a note: never called corrupt, never deleted. As root,
    the second run is made as `nobody` (permissions do not bind root)."""
    proj = make_project(tmp)
    run.cwd = proj
    cache = os.path.join(tmp, 'shared-cache')
    cold, _ = run.json(*db_args(proj), '--cache', cache, want=1)
    db = cache_file(cache)
    with open(db, 'rb') as f:
        before = f.read()
    os.chmod(db, 0o444)
    os.chmod(cache, 0o555)
    argv = [run.pitrace, *db_args(proj), '--cache', cache, '--format', 'json']
    if os.geteuid() == 0:
        runuser = shutil.which('setpriv')
        if not runuser:
            print('SKIP: root, and no setpriv to run as another user')
            sys.exit(77)
        for d in (tmp, proj):
            os.chmod(d, 0o755)
        argv = [runuser, '--reuid=nobody', '--regid=nogroup', '--clear-groups'] + argv
        probe = subprocess.run(argv[:5] + [run.pitrace, '--version'], capture_output=True)
        if probe.returncode != 0:
            os.chmod(cache, 0o755)
            print('SKIP: nobody cannot run this pitrace (its folder is private)')
            sys.exit(77)
    r = subprocess.run(argv, cwd=proj, capture_output=True, text=True, timeout=240,
                       env=dict(os.environ, SOURCE_DATE_EPOCH='1700000000', HOME=tmp))
    run.log.append(f'[exit {r.returncode}]\n' + r.stderr[-3000:])
    os.chmod(cache, 0o755)
    check(r.returncode == 1, f'exit {r.returncode} with a read-only cache')
    check(findings(r.stdout) == findings(cold), f'the findings differ with a read-only cache: {findings(r.stdout)} vs {findings(cold)}')
    check('corrupt' not in r.stderr and 'deleted' not in r.stderr, 'the read-only cache was called corrupt')
    check('read-only' in r.stderr or 'running without it' in r.stderr, 'no note says the cache was not written')
    check(os.path.exists(db), 'the read-only cache was deleted')
    with open(db, 'rb') as f:
        check(f.read() == before, 'the read-only cache was changed')


def main():
    if sys.argv[1:] == ['--list']:
        print('\n'.join(CASES))
        return 0
    args = sys.argv[1:]
    opts = {}
    while '--corpus' in args or '--corpus-db' in args:
        for flag in ('--corpus', '--corpus-db'):
            if flag in args:
                i = args.index(flag)
                opts[flag[2:].replace('-', '_')] = args[i + 1]
                del args[i:i + 2]
    if len(args) != 2 or args[1] not in CASES:
        sys.exit('usage: run-incremental.py PITRACE CASE [--corpus DIR --corpus-db BUILD] (cases: '
                 + ' '.join(CASES) + ')')
    pitrace, name = os.path.abspath(args[0]), args[1]
    with tempfile.TemporaryDirectory() as tmp:
        run = Runner(pitrace, tmp)
        try:
            CASES[name](tmp, run, opts)
        except (Failed, subprocess.TimeoutExpired, json.JSONDecodeError) as e:
            print('\n'.join(run.log[-6:]))
            print(f'FAIL: {e}')
            return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
