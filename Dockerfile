# SPDX-License-Identifier: Apache-2.0
# pitrace in a container: Debian 12, the pitrace package, a user without
# privileges. Build the package first; the build folder holding it is the
# context:
#   cmake -S . -B build && cmake --build build && (cd build && cpack -G DEB)
#   docker build -f Dockerfile -t pitrace build/
# Analyse a project mounted at /src whose database is build/compile_commands.json:
#   docker run --rm -v "$PWD:/src" pitrace -p build --format sarif -o pitrace.sarif
# The project's own headers must be reachable at the paths the database names
# (mount it where it was built, or build it in the container).
FROM debian:12-slim
COPY pitrace_*_amd64.deb /tmp/
# libc6-dev: the system headers the analysed code includes
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/pitrace_*_amd64.deb libc6-dev \
 && rm -rf /var/lib/apt/lists/* /tmp/pitrace_*_amd64.deb \
 && useradd --create-home --uid 10001 pitrace
USER pitrace
WORKDIR /src
ENTRYPOINT ["pitrace"]
CMD ["--help"]
