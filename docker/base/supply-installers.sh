#!/usr/bin/env bash
# Supplies the base image's two downloads once, so that the image can be rebuilt after IB has
# moved on: downloads the pinned IB Gateway build and IBC release, checks that IB still publishes
# that build, records `sha256sum` of each in the committed checksum files, and copies both into a
# private, versioned Cloud Storage bucket of your project, from which cloudbuild-base.yaml builds.
#
#   INSTALLERS_BUCKET=my-project-ib-installers bash docker/base/supply-installers.sh
#
# Run it on a machine with network and gcloud (Cloud Shell), from the repository, then commit the
# checksum files it changed. Settings (environment):
#   INSTALLERS_BUCKET   the bucket, without gs:// (required; docs/deploy.md creates it)
#   IBGATEWAY_VERSION   the IB Gateway build to supply (default 10.45.1j, the base image's pin)
#   IBGATEWAY_CHANNEL   IB's channel serving it: stable or latest (default stable)
#   IBC_VERSION         the IBC release (default 3.24.2)
#   SUMS_DIR            where ibgateway.sha256 and ibc.sha256 are (default: beside this script)
#
# Why a bucket: IB serves only the current build of each channel, with no archive and no
# checksums (shared/reference/ib-gateway-ops.md 1.1), so a build pinned today cannot be downloaded
# in a few weeks. IB's licence does not allow redistributing the installer: the bucket stays
# private (public access prevention enforced), and versioned so that nothing is lost by mistake.
#
# IB publishes the build a channel serves as JSONP at
# https://download2.interactivebrokers.com/installers/ibgateway/<channel>-standalone/version.json
# ("buildVersion"), the file gnzsnz/ib-gateway-docker reads to detect new builds
# (gnzsnz/ib-gateway-docker@b2c0259 .github/workflows/detect-releases.yml:29-30, for TWS). It is
# read before and after the download: an installer is taken only if IB served the pinned build
# on both sides of it.
set -euo pipefail

fail() { echo "supply-installers.sh: $*" >&2; exit 1; }

INSTALLERS_BUCKET="${INSTALLERS_BUCKET:?set INSTALLERS_BUCKET to the installers bucket (no gs://)}"
INSTALLERS_BUCKET="${INSTALLERS_BUCKET#gs://}"
IBGATEWAY_VERSION="${IBGATEWAY_VERSION:-10.45.1j}"
IBGATEWAY_CHANNEL="${IBGATEWAY_CHANNEL:-stable}"
IBC_VERSION="${IBC_VERSION:-3.24.2}"
SUMS_DIR="${SUMS_DIR:-$(cd "$(dirname "$0")" && pwd)}"
IB_INSTALLERS="https://download2.interactivebrokers.com/installers/ibgateway"
IBC_RELEASES="https://github.com/IbcAlpha/IBC/releases/download"
PLACEHOLDER="$(printf '0%.0s' {1..64})"

[[ "${IBGATEWAY_VERSION}" =~ ^[0-9]+\.[0-9]+\.[0-9]+[a-z]*$ ]] ||
  fail "IBGATEWAY_VERSION=${IBGATEWAY_VERSION} (expected: a build like 10.45.1j)"
[[ "${IBGATEWAY_CHANNEL}" =~ ^(stable|latest)$ ]] ||
  fail "IBGATEWAY_CHANNEL=${IBGATEWAY_CHANNEL} (expected: stable or latest)"
[[ "${IBC_VERSION}" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] ||
  fail "IBC_VERSION=${IBC_VERSION} (expected: a release like 3.24.2)"
for sums in ibgateway.sha256 ibc.sha256; do
  [[ -f "${SUMS_DIR}/${sums}" ]] || fail "no ${SUMS_DIR}/${sums}"
done

# The bucket must exist, keep old object versions, and refuse public access.
settings="$(gcloud storage buckets describe "gs://${INSTALLERS_BUCKET}" \
  --format='value(versioning_enabled,public_access_prevention)')" ||
  fail "bucket gs://${INSTALLERS_BUCKET} not found (docs/deploy.md creates it)"
read -r versioning prevention <<<"${settings}"
[[ "${versioning,,}" == true && "${prevention}" == enforced ]] ||
  fail "bucket gs://${INSTALLERS_BUCKET} has versioning '${versioning}' and public access" \
    "prevention '${prevention}' (expected: True and enforced; IB's installer must stay private)"

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
gateway="ibgateway-${IBGATEWAY_VERSION}-standalone-linux-x64.sh"
ibc="IBCLinux-${IBC_VERSION}.zip"

# published_build: the build IB's channel serves now, from its version.json.
published_build() {
  curl -fsSL --retry 3 "${IB_INSTALLERS}/${IBGATEWAY_CHANNEL}-standalone/version.json" |
    sed -n 's/.*"buildVersion" *: *"\([^"]*\)".*/\1/p'
}

before="$(published_build)" || fail "could not read IB's version.json"
if [[ "${before}" != "${IBGATEWAY_VERSION}" ]]; then
  fail "IB's ${IBGATEWAY_CHANNEL} channel serves ${before:-nothing readable}, not" \
    "${IBGATEWAY_VERSION}: it can no longer be downloaded. Pin ${before} (IBGATEWAY_VERSION here," \
    "in docker/base/Dockerfile and cloudbuild-base.yaml) and run this again, or, if the bucket" \
    "already holds ${gateway}, nothing needs supplying"
fi
echo "IB's ${IBGATEWAY_CHANNEL} channel serves ${IBGATEWAY_VERSION}: downloading ${gateway}"
curl -fsSL --retry 3 -o "${work}/${gateway}" \
  "${IB_INSTALLERS}/${IBGATEWAY_CHANNEL}-standalone/ibgateway-${IBGATEWAY_CHANNEL}-standalone-linux-x64.sh"
after="$(published_build)" || fail "could not read IB's version.json after the download"
[[ "${after}" == "${IBGATEWAY_VERSION}" ]] ||
  fail "IB's ${IBGATEWAY_CHANNEL} channel moved to ${after} during the download: the file may be" \
    "either build, so it is not used. Pin ${after} and run this again"
echo "Downloading ${ibc}"
curl -fsSL --retry 3 -o "${work}/${ibc}" "${IBC_RELEASES}/${IBC_VERSION}/${ibc}"

# record SUMS NAME: puts the file's checksum in SUMS. A placeholder is replaced; a real value
# must match (a different file under the same name is never taken); a new name is appended.
record() {
  local sums="${SUMS_DIR}/$1" name="$2" actual committed
  actual="$(cd "${work}" && sha256sum "${name}" | cut -d ' ' -f 1)"
  committed="$(awk -v name="${name}" '!/^#/ && $2 == name { print $1 }' "${sums}")"
  if [[ -z "${committed}" ]]; then
    printf '%s  %s\n' "${actual}" "${name}" >>"${sums}"
    echo "${name}: ${actual} added to $1"
  elif [[ "${committed}" == "${PLACEHOLDER}" ]]; then
    sed -i "s/^${PLACEHOLDER}  ${name//./\\.}\$/${actual}  ${name}/" "${sums}"
    echo "${name}: ${actual} recorded in $1"
  elif [[ "${committed}" == "${actual}" ]]; then
    echo "${name}: matches the checksum committed in $1"
  else
    fail "${name} has checksum ${actual}, but $1 commits ${committed}: not the file that was" \
      "pinned. Nothing was copied; find out why before changing the committed value"
  fi
}
record ibgateway.sha256 "${gateway}"
record ibc.sha256 "${ibc}"

# --no-clobber: a name once supplied is never replaced, so the bucket always holds the file whose
# checksum was committed (and versioning keeps it should someone overwrite it by hand).
for name in "${gateway}" "${ibc}"; do
  gcloud storage cp --no-clobber "${work}/${name}" "gs://${INSTALLERS_BUCKET}/${name}"
done
echo "Done: both files are in gs://${INSTALLERS_BUCKET}. Commit ${SUMS_DIR}/ibgateway.sha256 and" \
  "${SUMS_DIR}/ibc.sha256, then build the base image (docs/deploy.md, section 3)."
