#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# pitrace's hook (.pre-commit-hooks.yaml) run by Debian's pre-commit in a
# scratch repository: a commit that adds a leak is blocked, the fixed one
# goes through, a new source not yet in compile_commands.json is analysed
# with its neighbour's flags (blocked while it leaks, not refused with exit
# 2), and its fixed version goes through.
# Usage: check-pre-commit.sh PITRACE
set -eu
pitrace=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
command -v pre-commit >/dev/null 2>&1 || { echo "SKIP: pre-commit is not installed"; exit 77; }
rev=$(git -C "$src" rev-parse HEAD 2>/dev/null) || { echo "SKIP: the source tree is no git clone"; exit 77; }
fail() { echo "FAIL: $*"; [ -f "$work/out" ] && cat "$work/out"; exit 1; }
work=$(mktemp -d /tmp/pitrace-pre-commit.XXXXXX)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" HOME="$work" NO_COLOR=1
# the hook's entry is `pitrace`: this build's comes first
mkdir "$work/bin"
ln -s "$pitrace" "$work/bin/pitrace"
export PATH="$work/bin:$PATH"

repo=$work/repo
mkdir -p "$repo/src" "$repo/build"
cd "$repo"
git init -q
git config user.name t
git config user.email t@t
printf 'build/.pitrace-cache/\n' > .gitignore
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $src
    rev: $rev
    hooks:
      - id: pitrace
YAML
cat > src/util.h <<'C'
#include <stdio.h>
#define LOG(...) fprintf(stderr, __VA_ARGS__)
C
printf '#include "util.h"\nvoid greet(const char *name) { LOG("hello\\n"); (void)name; }\n' > src/a.c
cat > build/compile_commands.json <<JSON
[{"directory": "$repo/src", "file": "a.c", "arguments": ["cc", "-c", "-I$repo/src", "a.c"]}]
JSON
git add -A
git commit -q -m base --no-verify
pre-commit install >/dev/null

# 1. a leak in a known source: blocked
printf '#include "util.h"\nvoid greet(const char *id_number) { LOG("id %%s\\n", id_number); }\n' > src/a.c
git add src/a.c
if git commit -q -m leak >"$work/out" 2>&1; then fail "a commit adding a leak went through"; fi
grep -q 'a.c:2:.*\[pi-logging\]' "$work/out" || fail "the blocked commit does not name the leak"
# 2. fixed: allowed
printf '#include "util.h"\nvoid greet(const char *id_number) { LOG("id given\\n"); (void)id_number; }\n' > src/a.c
git add src/a.c
git commit -q -m fixed >"$work/out" 2>&1 || fail "the fixed commit was blocked"
# 3. a new source, not in the database, that leaks: blocked by the finding
printf '#include "util.h"\nvoid show(const char *mobile) { LOG("%%s\\n", mobile); }\n' > src/new.c
git add src/new.c
if git commit -q -m new >"$work/out" 2>&1; then fail "a new leaking source went through"; fi
grep -q 'new.c:2:.*\[pi-logging\]' "$work/out" || fail "the new source's leak is not reported"
grep -q 'not in the compilation database; analysed with the flags of' "$work/out" ||
	fail "no note that the new source borrowed its flags"
# 4. the new source fixed: allowed
printf '#include "util.h"\nvoid show(const char *mobile) { LOG("shown\\n"); (void)mobile; }\n' > src/new.c
git add src/new.c
git commit -q -m new-fixed >"$work/out" 2>&1 || fail "the fixed new source was blocked"
[ "$(git rev-list --count HEAD)" = 3 ] || fail "expected 3 commits, got $(git rev-list --count HEAD)"
echo PASS
