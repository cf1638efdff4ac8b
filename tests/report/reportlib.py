"""reportlib.py - what the report tests (tests/report/check-*.py) share.

Every check prints one line per problem and ends with "N passed, N failed";
a script exits 1 when anything failed and 2 when it could not run at all.
"""
import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))
INCLUDE = os.path.join(SOURCE_ROOT, 'include')
DATA = os.path.join(HERE, 'data')

# No git revision in reports written by the tests, unless a test wants one:
# git finds no repository with GIT_DIR pointing nowhere.
NO_GIT = {'GIT_DIR': os.path.join(tempfile.gettempdir(), 'pitrace-no-such-git-dir')}


_temporary = []


def _clean_up():
    if not os.environ.get('PITRACE_KEEP_TEMP'):
        for d in _temporary:
            shutil.rmtree(d, ignore_errors=True)


atexit.register(_clean_up)


def temporary(prefix='pitrace-report-'):
    """A temporary folder, removed at exit unless PITRACE_KEEP_TEMP is set."""
    d = os.path.realpath(tempfile.mkdtemp(prefix=prefix))
    _temporary.append(d)
    return d


class Checks:
    """Counts passed and failed checks and prints the failures."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f'FAIL: {what}', flush=True)
        return ok

    def equal(self, got, want, what):
        return self.check(got == want, f'{what}: got {got!r}, want {want!r}')

    def finish(self):
        print(f'{self.name}: {self.passed} passed, {self.failed} failed')
        sys.exit(1 if self.failed else 0)


def die(msg):
    print(f'error: {msg}', file=sys.stderr, flush=True)
    sys.exit(2)


def arguments(description, extra=None):
    p = argparse.ArgumentParser(description=description)
    p.add_argument('--pitrace', required=True, help='the pitrace binary')
    p.add_argument('--work', help='folder for the reports written (default: a temporary one)')
    if extra:
        extra(p)
    a = p.parse_args()
    a.pitrace = os.path.abspath(a.pitrace)
    if not os.access(a.pitrace, os.X_OK):
        die(f'{a.pitrace}: not an executable pitrace')
    if a.work:
        os.makedirs(a.work, exist_ok=True)
    else:
        a.work = temporary()
    return a


def run(pitrace, args, cwd=None, env=None, epoch='0', quiet=True):
    """Runs pitrace; returns (exit status, stdout, stderr) as text. The
    report's date is fixed by SOURCE_DATE_EPOCH unless epoch is None. Exit
    status 2 (or a crash) ends the test: it failed. quiet=False leaves
    the summary line on stderr."""
    e = dict(os.environ)
    e.pop('SOURCE_DATE_EPOCH', None)
    e['NO_COLOR'] = '1'
    if epoch is not None:
        e['SOURCE_DATE_EPOCH'] = epoch
    e.update(env or {})
    # No cache: each check measures a run of its own, and checks running
    # side by side must not share one (docs/incremental.md).
    cmd = [pitrace] + (['--quiet'] if quiet else []) + ['--no-cache'] + list(args)
    p = subprocess.run(cmd, cwd=cwd, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    out, err = p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    if p.returncode not in (0, 1):
        # No test here expects an untrusted run: the rest would only fail after it.
        print(f'FAIL: pitrace exited {p.returncode}: {" ".join(cmd)} (in {cwd or os.getcwd()})\n'
              f'{err.rstrip()}', flush=True)
        sys.exit(1)
    return p.returncode, out, err


def project(files, prefix='pitrace-report-'):
    """A temporary project folder (outside any git checkout) holding copies of
    files, given as paths or as {name: text}, and include/pitrace.h; removed
    at exit."""
    d = temporary(prefix)
    shutil.copy(os.path.join(INCLUDE, 'pitrace.h'), d)
    if isinstance(files, dict):
        for name, text in files.items():
            with open(os.path.join(d, name), 'w') as f:
                f.write(text)
    else:
        for f in files:
            shutil.copy(f, d)
    return d


def report_json(text, checks, what):
    try:
        return json.loads(text)
    except ValueError as e:
        checks.check(False, f'{what}: not JSON: {e}')
        return None


def open_findings(rep):
    return [f for f in rep['findings'] if f['suppression'] is None and not f['baselined']]
