#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The Debian package as a user meets it: `cpack -G DEB` in BUILD makes
# pitrace_VERSION_ARCH.deb, `apt-get install ./pitrace_*.deb` installs it
# with its Depends, the installed pitrace analyses the corpus from a folder
# outside the source tree with its installed rules and finds what the
# build tree's pitrace finds, pkg-config and find_package(pitrace) give a
# project pitrace.h and pitrace_facts(), and `apt-get purge` leaves nothing.
# Needs root (it installs a package); run by scripts/test after the suites.
set -eu
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$(id -u)" != 0 ]; then
	echo "SKIP: installing a package needs root"
	exit 77
fi
if dpkg-query -W -f='${Status}' pitrace 2>/dev/null | grep -q "install ok installed"; then
	echo "SKIP: a pitrace package is installed already; not replacing it"
	exit 77
fi
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d /tmp/pitrace-deb.XXXXXX)
cleanup() {
	dpkg-query -W pitrace >/dev/null 2>&1 && apt-get purge -y -qq pitrace >/dev/null 2>&1
	rm -rf "$work"
}
trap cleanup EXIT

rm -f "$build"/pitrace_*.deb
(cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$build"/pitrace_*_*.deb)
version=$(sed -n 's/^project(pitrace VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "pitrace_${version}_${arch}.deb" ] || fail "package named $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libclang1- libclang-common- libcjson1 libglib2.0-0 libsqlite3-0; do
	case "$depends" in *"$d"*) ;; *) fail "Depends lacks $d: $depends" ;; esac
done
llvm=$(sed -n 's|^LIBCLANG_LIBRARY:[A-Z]*=/usr/lib/llvm-\([0-9]*\)/.*|\1|p' "$build/CMakeCache.txt")
[ -z "$llvm" ] || case "$depends" in *"libclang1-$llvm"*) ;; *) fail "Depends names another libclang than $llvm: $depends" ;; esac

cp "$deb" "$work/"
(cd "$work" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$(basename "$deb")") \
	>"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install ./$(basename "$deb")"; }
[ -x /usr/bin/pitrace ] || fail "no /usr/bin/pitrace after installing"
for f in /usr/share/pitrace/rules/libc.json /usr/include/pitrace.h /usr/share/man/man1/pitrace.1 \
	/usr/share/doc/pitrace/LICENSE /usr/share/doc/pitrace/engine.md \
	/usr/share/cmake/pitrace/pitrace-facts.cmake /usr/share/pkgconfig/pitrace.pc; do
	[ -f "$f" ] || fail "the package did not install $f"
done
/usr/bin/pitrace --version | grep -q "pitrace $version" || fail "--version: $(/usr/bin/pitrace --version)"

# The corpus, configured outside the source tree, analysed from /tmp.
cmake -S "$src/corpus/certplatform" -B "$work/corpus" >/dev/null
cd "$work"
status=0
/usr/bin/pitrace -p "$work/corpus" --root "$src/corpus/certplatform" --no-cache \
	--format json -o installed.json --quiet || status=$?
[ "$status" = 1 ] || fail "installed pitrace on the corpus exited $status (expected 1: findings)"
/usr/bin/pitrace --list-rules | grep -m1 -q '/usr/share/pitrace/rules/libc.json' ||
	fail "installed pitrace does not load /usr/share/pitrace/rules"
"$build/pitrace" -p "$work/corpus" --root "$src/corpus/certplatform" --no-cache \
	--format json -o built.json --quiet || true
python3 - installed.json built.json <<'PY' || fail "installed and built pitrace disagree on the corpus"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
key = lambda r: sorted((f["rule"], f["file"], f["line"]) for f in r["findings"])
if not a["findings"] or key(a) != key(b):
    print(len(a["findings"]), len(b["findings"]))
    sys.exit(1)
PY

# A project finds pitrace.h through pkg-config and through CMake.
cflags=$(pkg-config --cflags pitrace) || fail "pkg-config does not know pitrace"
printf '#include <pitrace.h>\nstruct p { char id[19] PI(id_number); };\nint main(void) { return 0; }\n' > app.c
cc $cflags -c app.c -o app.o || fail "pitrace.h not found with pkg-config's flags '$cflags'"
mkdir consumer
cat > consumer/CMakeLists.txt <<'CM'
cmake_minimum_required(VERSION 3.20)
project(consumer C)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
find_package(pitrace 0.1 REQUIRED)
add_executable(app ../app.c)
target_link_libraries(app PRIVATE pitrace::annotations)
pitrace_facts(app LINK_ARGS --format json -o ${CMAKE_BINARY_DIR}/report.json --fail-on never)
CM
cmake -S consumer -B consumer/build >/dev/null || fail "find_package(pitrace) failed"
cmake --build consumer/build --target pitrace-app >/dev/null || fail "pitrace_facts() did not build"
[ -s consumer/build/report.json ] || fail "pitrace_facts() wrote no report"

cd /
apt-get purge -y -qq pitrace >/dev/null
for f in /usr/bin/pitrace /usr/share/pitrace /usr/include/pitrace.h /usr/share/cmake/pitrace \
	/usr/share/doc/pitrace; do
	[ ! -e "$f" ] || fail "$f left behind after purge"
done
echo PASS
