#!/usr/bin/env bash
# Makes the root filesystem of a local stand-in for debian:bookworm-slim, the base of both
# Dockerfiles, for machines that reach Debian's packages but no container registry (the container
# test, ContainerIT). Debian's slim images are minbase bookworm without man pages, documentation and
# locales (https://github.com/debuerreotype/debuerreotype, "slim" exclusions); this is the same
# variant, taken with mmdebstrap from its default mirror, as an uncompressed tarball for
# `podman import`. Runs as root (mmdebstrap's root mode).
#
#   debian-rootfs.sh OUT.tar
#
# The container test caches OUT.tar keyed by this file's sha256, so a change here makes a new one.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 OUT.tar" >&2
  exit 2
fi
out=$1
tmp="${out}.partial"
mmdebstrap --mode=root --variant=minbase --format=tar \
  --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/doc/*' \
  --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --dpkgopt='path-exclude=/usr/share/info/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  bookworm "${tmp}"
mv "${tmp}" "${out}"
