#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""check-html.py - the HTML compliance report (docs/report-json.md, "HTML").

  1. data/hostile.c: markup in a string literal next to a finding (so in a
     code excerpt) and in a suppression reason comes out escaped, never raw;
     a PI literal in an excerpt is masked;
  2. the leaky corpus: the inventory, the data map (an inline <svg>, one
     arrow per row of its table), every finding, the ledger and the
     suppression with its reason, nothing fetched and no script;
  3. the fixed corpus: no open finding, a non-empty ledger;
  4. --lang zh: Chinese section titles.
"""
import html
import json
import os
import re

import reportlib

SECTIONS = ['header', 'scope', 'summary', 'duties', 'inventory', 'datamap', 'index', 'findings', 'ledger',
            'suppressions', 'problems', 'appendix']
ZH_TITLES = {'inventory': '个人信息清单', 'datamap': '数据流向图', 'findings': '发现的问题',
             'ledger': '保护措施台账', 'suppressions': '抑制记录', 'appendix': '法律附录'}
EN_TITLES = {'inventory': 'Personal information inventory', 'datamap': 'Data map',
             'findings': 'Findings', 'ledger': 'Protection ledger', 'suppressions': 'Suppressions',
             'appendix': 'Legal appendix'}


def sections(text):
    return {m.group(1): m.group(2) for m in
            re.finditer(r'<section id="([a-z]+)">(.*?)</section>', text, re.S)}


def rows(fragment):
    body = re.search(r'<tbody>(.*?)</tbody>', fragment, re.S)
    return re.findall(r'<tr>(.*?)</tr>', body.group(1), re.S) if body else []


def self_contained(name, text, checks):
    checks.check(text.startswith('<!DOCTYPE html>'), f'{name}: starts with <!DOCTYPE html>')
    checks.check(text.rstrip().endswith('</html>'), f'{name}: ends with </html>')
    checks.check('<script' not in text.lower(), f'{name}: no script')
    checks.check(not re.search(r'<(link|img|iframe|object|embed)\b', text, re.I), f'{name}: nothing fetched')
    checks.check(not re.search(r'\b(src|href)="(?!#)', text), f'{name}: only in-page links')
    checks.check(not re.search(r'url\((?!#)', text), f'{name}: no external url() in CSS or SVG')


def hostile(a, checks):
    prog = os.path.join(reportlib.DATA, 'hostile.c')
    root = reportlib.project([prog], prefix='pitrace-html-')
    out = os.path.join(a.work, 'hostile.html')
    rc, _, err = reportlib.run(a.pitrace, ['--root', '.', 'hostile.c', '--format', 'html', '-o', out,
                                           '--', '-I.'], cwd=root, env=reportlib.NO_GIT)
    checks.equal(rc, 1, f'hostile: exit status {err}')
    with open(out, encoding='utf-8') as f:
        text = f.read()
    self_contained('hostile', text, checks)
    for raw in ('</script>', '<img', 'onerror=alert(1)>', '<b>mask_phone', '<b>phone</b>',
                '"reviewed"', "Q'A", '13812345678'):
        checks.check(raw not in text, f'hostile: raw {raw!r} must not appear in the HTML')
    escaped = {
        'the literal in the code excerpt':
            '&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;',
        'the suppression reason': 'masked by &lt;b&gt;mask_phone()&lt;/b&gt; &amp; '
                                  '&quot;reviewed&quot; by Q&#39;A',
        'the suppressed line in its excerpt': '&lt;b&gt;phone&lt;/b&gt;',
        'the masked phone literal': 'tel 138******78',
    }
    for what, form in escaped.items():
        checks.check(form in text, f'hostile: {what} appears escaped as {form!r}')
    sec = sections(text)
    checks.check('mask_phone' in sec.get('suppressions', ''), 'hostile: the reason is in the suppressions section')
    # Every tag in the page is one the reporter writes.
    tags = set(t.lower() for t in re.findall(r'<([a-zA-Z][a-zA-Z0-9]*)', text))
    allowed = {'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'nav', 'header', 'footer',
               'section', 'article', 'h1', 'h2', 'h3', 'h4', 'p', 'a', 'ul', 'ol', 'li', 'table',
               'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'span', 'div', 'br', 'svg', 'defs',
               'marker', 'path', 'rect', 'text', 'g', 'line', 'title', 'small', 'strong', 'em',
               'dl', 'dt', 'dd', 'details', 'summary', 'caption', 'abbr', 'sup', 'b', 'i'}
    checks.check(tags <= allowed, f'hostile: unexpected tags {sorted(tags - allowed)}')


def corpus_html(a, db, src, name, checks, lang=None):
    out = os.path.join(a.work, f'{name}{"-" + lang if lang else ""}.html')
    args = ['-p', db, '--root', src, '--format', 'html', '-o', out] + (['--lang', lang] if lang else [])
    rc, _, err = reportlib.run(a.pitrace, args)
    checks.check(rc in (0, 1), f'{name}: html exit status {rc} {err}')
    with open(out, encoding='utf-8') as f:
        text = f.read()
    rc, js, err = reportlib.run(a.pitrace, ['-p', db, '--root', src, '--format', 'json'])
    return text, json.loads(js)


def main():
    def extra(p):
        p.add_argument('--corpus', nargs=2, metavar=('SRC', 'BUILD'), required=True)
        p.add_argument('--fixed', nargs=2, metavar=('SRC', 'BUILD'), required=True)
    a = reportlib.arguments(__doc__.split('\n')[0], extra)
    checks = reportlib.Checks('html')
    hostile(a, checks)

    src, db = os.path.realpath(a.corpus[0]), a.corpus[1]
    text, rep = corpus_html(a, db, src, 'certplatform', checks)
    self_contained('certplatform', text, checks)
    # the verdict comes first, before the contents
    verdict = re.search(r'<p class="verdict (pass|fail)"><strong>(\w+)</strong>.*?<code>(\w+)</code>: (\d+) ', text)
    checks.check(verdict and text.find('<p class="verdict') < text.find('<nav'),
                 'certplatform: a verdict before the contents')
    if verdict:
        checks.equal(verdict.groups(), ('fail', 'FAIL', 'warning',
                                        str(rep['counts']['errors'] + rep['counts']['warnings'])),
                     'certplatform: FAIL under --fail-on warning, with the count')
    sec = sections(text)
    checks.equal(list(sec), SECTIONS, 'certplatform: sections in order')
    scope = sec.get('scope', '')
    for f in rep['scope']['files']:
        checks.check(f'<code class="fp">{f["sha256"]}</code>' in scope,
                     f'certplatform: the scope lists {f["path"]} with its SHA-256')
    checks.check(rep['scope']['tree_digest'] in scope, 'certplatform: the scope shows the tree digest')
    checks.check('<code class="cmdline">' in scope, 'certplatform: the scope shows the command line')
    # duties: counts that agree with the JSON, recipients named, links that land
    duties = sec.get('duties', '')
    open_by = rep['counts']['open_by_rule']
    for rule in ('pi-unencrypted-storage', 'pi-logging', 'pi-external-transfer', 'pi-cleartext-transmission',
                 'pi-unverified-sanitizer'):
        m = re.search(r'<a href="#idx-%s">(\d+)</a>' % rule, duties)
        checks.check(m and int(m.group(1)) == open_by[rule], f'certplatform: duties count {rule} as the JSON does')
        if open_by[rule]:
            checks.check(f'id="idx-{rule}"' in text, f'certplatform: the duties link #idx-{rule} lands')
    for f in rep['findings']:
        for url in (f.get('recipients') or '').split(', '):
            if url and f['suppression'] is None:
                checks.check(f'<code>{html.escape(url)}</code>' in duties, f'certplatform: recipient {url} named')
    checks.check(any(f.get('recipients') for f in rep['findings']), 'certplatform: some transfer names its recipient')
    checks.check('claimed, not verified' in sec.get('ledger', '') or
                 re.search(r'<a href="#ledger">(\d+)</a> flows whose claimed', duties),
                 'certplatform: the duties count claimed protection')
    for key, title in EN_TITLES.items():
        checks.check(f'<h2>{title}</h2>' in sec.get(key, ''), f'certplatform: section {key} titled {title!r}')
    inv = rows(sec.get('inventory', ''))
    checks.equal(len(inv), len(rep['inventory']), 'certplatform: one inventory row per JSON item')
    for item in rep['inventory']:
        checks.check(f'<code>{html.escape(item["name"], False)}</code>' in sec.get('inventory', ''),
                     f'certplatform: inventory lists {item["name"]}')
    dmap = sec.get('datamap', '')
    checks.check('<svg' in dmap and '</svg>' in dmap, 'certplatform: the data map is an inline <svg>')
    edges = re.findall(r'class="edge (red|green)"', dmap)
    checks.check(len(edges) > 0, 'certplatform: the data map has arrows')
    checks.equal(len(edges), len(rows(dmap[dmap.find('</svg>'):])), 'certplatform: one arrow per data-map table row')
    checks.check('red' in edges, 'certplatform: a red arrow for unprotected flows')
    arts = re.findall(r'<article class="finding [a-z]+" id="f(\d+)">.*?<span class="status">([^<]*)</span>',
                      sec.get('findings', ''), re.S)
    checks.equal(len(arts), len(rep['findings']), 'certplatform: one article per finding')
    checks.equal(sum(1 for _, s in arts if s == 'open'), rep['counts']['open'], 'certplatform: open findings')
    ledger = rows(sec.get('ledger', ''))
    checks.equal(len(ledger), len(rep['protected_flows']), 'certplatform: one ledger row per protected flow')
    checks.check(len(ledger) > 0, 'certplatform: the ledger is not empty')
    # big reports: an index linking every open finding (by rule, then by
    # file), a caret at the reported column, no blank line after the
    # highlighted one, traces in <details>
    index = sec.get('index', '')
    links = re.findall(r'<li><a href="#f(\d+)">', index)
    checks.equal(len(links), rep['counts']['open'], 'certplatform: the index links every open finding once')
    checks.check(set(links) <= {n for n, _ in arts}, 'certplatform: index links lead to findings')
    checks.check('<h3>By file</h3>' in index, 'certplatform: the index groups by file')
    hits = re.findall(r'<span class="hit"><span class="ln">\d+</span>[^\n]*?</span>(<span class="caret">|\n)',
                      sec.get('findings', ''))
    checks.check(hits and all(c != '\n' for c in hits),
                 'certplatform: no newline (a blank line) after the highlighted line')
    checks.equal(sec.get('findings', '').count('<span class="caret">'), len(rep['findings']),
                 'certplatform: a caret under every reported column')
    checks.check('<details class="trace"' in sec.get('findings', ''), 'certplatform: traces are <details>')
    for f in rep['findings']:
        if f['suppression'] and f['suppression']['reason']:
            checks.check(html.escape(f['suppression']['reason']) in sec.get('suppressions', ''),
                         'certplatform: the suppressions section gives the reason')

    fsrc, fdb = os.path.realpath(a.fixed[0]), a.fixed[1]
    text, rep = corpus_html(a, fdb, fsrc, 'certplatform-fixed', checks)
    self_contained('certplatform-fixed', text, checks)
    checks.check('<p class="verdict pass"><strong>PASS</strong>' in text, 'certplatform-fixed: the verdict is PASS')
    sec = sections(text)
    statuses = re.findall(r'<span class="status">([^<]*)</span>', sec.get('findings', ''))
    checks.equal(statuses.count('open'), 0, 'certplatform-fixed: no open finding')
    checks.equal(rep['counts']['open'], 0, 'certplatform-fixed: JSON agrees: nothing open')
    summary = rows(sec.get('summary', '').split('</table>')[0])
    open_cells = [int(n) for r in summary for n in re.findall(r'<td class="num">(\d+)</td>', r)[:3]]
    checks.check(open_cells and not any(open_cells), 'certplatform-fixed: summary counts no open finding')
    ledger = rows(sec.get('ledger', ''))
    checks.check(len(ledger) > 0, 'certplatform-fixed: the ledger is not empty')
    checks.equal(len(ledger), len(rep['protected_flows']), 'certplatform-fixed: one ledger row per protected flow')

    text, _ = corpus_html(a, db, src, 'certplatform', checks, lang='zh')
    checks.check('<html lang="zh-CN"' in text, 'zh: <html lang="zh-CN">')
    sec = sections(text)
    for key, title in ZH_TITLES.items():
        checks.check(f'<h2>{title}</h2>' in sec.get(key, ''), f'zh: section {key} titled {title!r}')
    for key, title in EN_TITLES.items():
        checks.check(f'<h2>{title}</h2>' not in text, f'zh: no English title {title!r}')
    # Chinese throughout: no sentence of the engine's message shapes
    # (report_zh.c) is left English in headlines, traces or the ledger.
    prose = re.sub(r'<(style|pre|code)[^>]*>.*?</\1>', '', text, flags=re.S)
    for phrase in ENGINE_PHRASES:
        checks.check(phrase not in prose, f'zh: an English message is left: {phrase!r}')
    zh_problems(a, checks)
    checks.finish()


def zh_problems(a, checks):
    """--lang zh: the run's problems are Chinese too (a missing header,
    a function with no model handed PI)."""
    src = os.path.join(a.work, 'zh-problems.c')
    with open(src, 'w') as f:
        f.write('#include <stdio.h>\n#include "zh_no_such_header.h"\n'
                'int unknown_sink(const char *);\n'
                'void f(const char *id_number) { unknown_sink(id_number); printf("%s", id_number); }\n')
    out = os.path.join(a.work, 'zh-problems.html')
    rc, _, err = reportlib.run(a.pitrace, ['--keep-going', '--lang', 'zh', '--format', 'html', '-o', out, src])
    checks.check(rc in (0, 1), f'zh problems: exit status {rc} {err}')
    text = open(out, encoding='utf-8').read()
    probs = sections(text).get('problems', '')
    checks.check('未按原样分析' in probs, 'zh problems: the missing header is told in Chinese')
    checks.check('没有函数体' in probs, 'zh problems: the function with no model is told in Chinese')
    for phrase in ('not analysed as written', 'has no body here'):
        checks.check(phrase not in probs, f'zh problems: English left: {phrase!r}')


# The sentence shapes of the engine's messages (engine_report.c,
# engine_trace.c, check_*.c), as they read in English.
ENGINE_PHRASES = [
    'personal information (', 'stored unencrypted by', 'written to a log by',
    'sent over the network without encryption', 'transferred to another party', 'enters `', 'passed to',
    'passed as argument', 'copied into argument', 'copied by', 'reads `', 'reaches `', 'returned by',
    'assigned to', 'read from global', 'writes it to the stream', 'returns PI', 'string literal holds',
    'is declared an encrypt sanitizer', 'protected (', 'through a function pointer', 'which holds PI',
    'writing to the stream', '(field `', 'by identifier heuristic', 'by annotation',
]


if __name__ == '__main__':
    main()
