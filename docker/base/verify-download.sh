#!/usr/bin/env bash
# Checks a downloaded file against the checksum committed for it.
#
#   verify-download.sh SUMS FILE
#
# SUMS holds lines in sha256sum's format, "<sha256>  <file name>", plus # comments; the line for
# FILE's name must exist and must not be the all-zero placeholder. Exits non-zero, with what to do,
# when the file or its line is missing, the value is the placeholder, or the file does not match:
# the operator's docker/base/supply-installers.sh downloads the pinned installers and records their
# checksums (docs/deploy.md).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 SUMS FILE" >&2
  exit 2
fi
sums=$1
file=$2
name=$(basename "$file")
placeholder=$(printf '0%.0s' {1..64})
supply="run docker/base/supply-installers.sh (docs/deploy.md), which downloads the pinned installers and records their checksums"

if [[ ! -f $file ]]; then
  echo "no download $file in the build context: $supply" >&2
  exit 1
fi

expected=$(awk -v name="$name" '!/^#/ && $2 == name { print $1 }' "$sums")
if [[ -z $expected ]]; then
  echo "no checksum for $name in $sums (expected a line: <sha256>  $name): $supply" >&2
  exit 1
fi
if [[ $expected == "$placeholder" ]]; then
  echo "the checksum for $name in $sums is the all-zero placeholder: $supply, and commit them" >&2
  exit 1
fi
actual=$(sha256sum "$file" | cut -d ' ' -f 1)
if [[ $actual != "$expected" ]]; then
  echo "checksum of $name is $actual (expected: $expected from $sums). IB's channel URL serves" \
    "only its current build: if IB has moved on, pin the new version; $supply" >&2
  exit 1
fi
echo "$name: checksum OK"
