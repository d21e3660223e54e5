#!/usr/bin/env bash
# Runs ib_async_scenario.py (ib_async against the paper gateway) and prints its steps, its summary
# and the paper gateway's warnings, among them every request it ignored.
#
#   bash bench/real-clients/run-ib-async.sh IB_ASYNC_DIR [DEPENDENCY_DIR...]
#
# IB_ASYNC_DIR: a source checkout of ib_async (github ib-api-reloaded/ib_async; the directory holding
# the ib_async package). DEPENDENCY_DIR: source directories of its dependencies that are not installed,
# put on PYTHONPATH too: eventkit (github erdewit/eventkit or its fork aeventkit) and nest_asyncio.
# Needs python3 >= 3.10 (3.11 tested), JDK 17 and Maven. Nothing is installed; nothing of ib_async
# is kept in this repository.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ $# -lt 1 || ! -d "$1/ib_async" ]]; then
  echo "usage: bash $0 IB_ASYNC_DIR [DEPENDENCY_DIR...] (IB_ASYNC_DIR holds ib_async/)" >&2
  exit 2
fi
# shellcheck source=bench/real-clients/paper-gateway.sh
source "${here}/paper-gateway.sh"

python_path="$(cd "$1" && pwd)"
for dir in "${@:2}"; do python_path="${python_path}:$(cd "${dir}" && pwd)"; done
# ib_async/version.py reads its version from installed package metadata, which a source checkout
# lacks: a minimal dist-info record stands in for the installation.
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$1/pyproject.toml" | head -1)"
metadata="${paper_work}/site/ib_async-${version:-0}.dist-info"
mkdir -p "${metadata}"
printf 'Metadata-Version: 2.1\nName: ib_async\nVersion: %s\n' "${version:-0}" >"${metadata}/METADATA"
python_path="${python_path}:${paper_work}/site"

start_paper_gateway
status=0
PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="${python_path}${PYTHONPATH:+:${PYTHONPATH}}" \
  python3 "${here}/ib_async_scenario.py" --port "${PAPER_PORT}" || status=$?
stop_paper_gateway
report_paper_gateway
exit "${status}"
