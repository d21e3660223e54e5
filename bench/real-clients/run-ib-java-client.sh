#!/usr/bin/env bash
# Runs IbJavaClientScenario.java (IB's own Java client against the paper gateway) and prints its
# steps, its summary and the paper gateway's warnings, among them every request it ignored.
#
#   bash bench/real-clients/run-ib-java-client.sh JAVA_CLIENT
#
# JAVA_CLIENT: IB's TwsApi.jar, or the directory of IB's API distribution that holds it (its
# source/JavaClient, TWS API 10.30 tested; IB ships TwsApi.jar there). Only our scenario is compiled,
# against that jar, into a temporary directory; nothing of IB's is kept in this repository.
# Needs JDK 17 and Maven.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${1:-}"
[[ -d "${jar}" ]] && jar="${jar%/}/TwsApi.jar"
if [[ ! -f "${jar}" ]]; then
  echo "usage: bash $0 JAVA_CLIENT (TwsApi.jar or the directory holding it)" >&2
  exit 2
fi
# shellcheck source=bench/real-clients/paper-gateway.sh
source "${here}/paper-gateway.sh"

classes="${paper_work}/classes"
mkdir -p "${classes}"
javac --release 17 -nowarn -cp "${jar}" -d "${classes}" "${here}/IbJavaClientScenario.java"

start_paper_gateway
status=0
java -cp "${classes}:${jar}" IbJavaClientScenario "${PAPER_PORT}" || status=$?
stop_paper_gateway
report_paper_gateway
exit "${status}"
