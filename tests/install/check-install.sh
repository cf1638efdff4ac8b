#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Installs the build into a temporary prefix and checks that the installed
# pitrace finds its built-in rules there (not in the source tree), that
# pitrace.h and the man page are installed, and that the man page renders.
set -eu
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/pitrace" || { echo "FAIL: no bin/pitrace"; exit 1; }
test -f "$prefix/include/pitrace.h" || { echo "FAIL: no include/pitrace.h"; exit 1; }
test -f "$prefix/share/man/man1/pitrace.1" || { echo "FAIL: no man page"; exit 1; }
test -f "$prefix/share/doc/pitrace/LICENSE" || { echo "FAIL: no LICENSE in the installed docs"; exit 1; }
test -f "$prefix/share/cmake/pitrace/pitraceConfig.cmake" || { echo "FAIL: no CMake package config"; exit 1; }
test -f "$prefix/share/cmake/pitrace/pitrace-facts.cmake" || { echo "FAIL: no pitrace-facts.cmake"; exit 1; }
# pkg-config's include path must lead to the header whatever the prefix
inc=$(PKG_CONFIG_PATH="$prefix/share/pkgconfig" pkg-config --variable=includedir pitrace)
test -f "$inc/pitrace.h" || { echo "FAIL: pitrace.pc points at $inc"; exit 1; }
# from outside the build tree, the rules must come from the prefix
rules=$(cd / && "$prefix/bin/pitrace" --list-rules | grep -m1 'libc.fprintf' || true)
case "$rules" in
*"$prefix"*) ;;
*) echo "FAIL: installed pitrace did not load its installed rules: $rules"; exit 1 ;;
esac
if command -v man >/dev/null 2>&1; then
	man -l "$prefix/share/man/man1/pitrace.1" 2>/dev/null | grep -q 'follow personal information' ||
		{ echo "FAIL: the man page does not render"; exit 1; }
fi
echo PASS
