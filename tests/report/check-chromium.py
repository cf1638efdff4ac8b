#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-chromium.py - the HTML report of the leaky corpus, rendered by
headless Chromium: the rendered DOM holds the inventory, the data map and the
ledger, the console shows no JavaScript error, and a screenshot
(WORK/report.png, 1280x4000) is kept as an artifact.

The console check is proved to work on every run: a control page that
throws must produce console lines, or the check itself is broken.

Needs Chromium (Debian package `chromium`; scripts/install-deps installs it).
"""
import os
import re
import shutil
import struct
import subprocess
import sys

import reportlib

WIDTH, HEIGHT = 1280, 4000
CONTROL = ('<!DOCTYPE html><html><body><p>control</p><script>'
           'console.error("pitrace-control-error"); undefinedFunction();</script></body></html>\n')


def find_chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'):
        path = shutil.which(name)
        if path:
            return path
    return None


def start(chromium, page, work, screenshot=None):
    """Starts headless Chromium on page: --dump-dom to stdout, the console
    to stderr. Returns the Popen and the paths of stdout and stderr."""
    profile = reportlib.temporary('pitrace-chromium-')
    args = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--no-first-run', '--hide-scrollbars',
            f'--user-data-dir={profile}', '--enable-logging=stderr', '--v=0',
            f'--window-size={WIDTH},{HEIGHT}', '--dump-dom']
    if screenshot:
        args.append(f'--screenshot={screenshot}')
    base = os.path.join(work, os.path.splitext(os.path.basename(page))[0])
    out, err = open(base + '.dom.html', 'wb'), open(base + '.stderr.txt', 'wb')
    p = subprocess.Popen(args + ['file://' + page], stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    return p, out, err


def finish(p, out, err, checks, what):
    try:
        rc = p.wait(timeout=90)
    except subprocess.TimeoutExpired:
        p.kill()
        rc = p.wait()
        checks.check(False, f'{what}: chromium did not finish within 90 s')
    out.close()
    err.close()
    checks.equal(rc, 0, f'{what}: chromium exit status (its stderr: {err.name})')
    with open(out.name, encoding='utf-8', errors='replace') as f:
        dom = f.read()
    with open(err.name, encoding='utf-8', errors='replace') as f:
        console = [l for l in f.read().splitlines() if ':CONSOLE' in l]
    return dom, console


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
        return None
    return struct.unpack('>II', head[16:24])


def main():
    def extra(p):
        p.add_argument('--corpus', nargs=2, metavar=('SRC', 'BUILD'), required=True)
    a = reportlib.arguments(__doc__.split('\n')[0], extra)
    checks = reportlib.Checks('chromium')
    chromium = find_chromium()
    if not chromium:
        print('FAIL: Chromium is not installed: this test renders the HTML report in headless '
              'Chromium (Debian: apt-get install chromium, or run scripts/install-deps)')
        print('chromium: 0 passed, 1 failed')
        return 1
    src, db = os.path.realpath(a.corpus[0]), a.corpus[1]
    work = os.path.realpath(a.work)
    page = os.path.join(work, 'report.html')
    rc, _, err = reportlib.run(a.pitrace, ['-p', db, '--root', src, '--format', 'html', '-o', page])
    checks.equal(rc, 1, f'pitrace --format html: exit status {err}')
    with open(page, encoding='utf-8') as f:
        raw = f.read()
    control = os.path.join(work, 'control.html')
    with open(control, 'w') as f:
        f.write(CONTROL)
    shot = os.path.join(work, 'report.png')
    if os.path.exists(shot):
        os.unlink(shot)

    # Both at once: each takes a few seconds, mostly starting up.
    run_report = start(chromium, page, work, screenshot=shot)
    run_control = start(chromium, control, work)
    dom, console = finish(*run_report, checks, 'report')
    cdom, cconsole = finish(*run_control, checks, 'control page')

    checks.check(cconsole and any('Uncaught' in l for l in cconsole),
                 'control page: its error shows on the console (else the console check is blind)')
    checks.equal(console, [], 'report: no console messages (no JavaScript errors)')
    for what, needle in (('the inventory', '<section id="inventory"><h2>Personal information inventory</h2>'),
                         ('the data map', '<section id="datamap"><h2>Data map</h2>'),
                         ('the ledger', '<section id="ledger"><h2>Protection ledger</h2>')):
        checks.check(needle in dom, f'rendered DOM holds {what}')
    checks.check(re.search(r'<svg[^>]*class="map"', dom), 'rendered DOM holds the data-map <svg>')
    articles = len(re.findall(r'<article class="finding', raw))
    checks.check(articles > 20, f'the report has the corpus findings ({articles})')
    checks.equal(len(re.findall(r'<article class="finding', dom)), articles,
                 'rendered DOM holds every finding')
    for name in ('struct cert_application.id_number', 'mask_id_number'):
        checks.check(f'<code>{name}</code>' in dom, f'rendered DOM names {name}')

    size = png_size(shot) if os.path.exists(shot) else None
    checks.equal(size, (WIDTH, HEIGHT), f'screenshot {shot}: a PNG of the window size')
    if size:
        # A blank page compresses to a few kilobytes; the report is tables and a map.
        checks.check(os.path.getsize(shot) > 50000, f'screenshot {shot}: not blank '
                                                    f'({os.path.getsize(shot)} bytes)')
        print(f'screenshot: {shot}')
    checks.finish()


if __name__ == '__main__':
    sys.exit(main())
