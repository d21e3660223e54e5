# shellcheck shell=bash
# Sourced by the run-*.sh scripts here: builds the project's jar and starts the paper gateway on a
# free loopback port, as README.md describes (`paper-gateway --port N --always-open`), and stops it
# when the sourcing script exits. Sets PAPER_PORT and PAPER_LOG (the gateway's log, standard error).
#
#   SKIP_BUILD=1   use the existing target/ib-trading.jar instead of `mvn -q -o package -DskipTests`

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
paper_work="$(mktemp -d "${TMPDIR:-/tmp}/real-clients.XXXXXX")"
PAPER_LOG="${paper_work}/paper-gateway.log"
paper_pid=""

stop_paper_gateway() {
  if [[ -n "${paper_pid}" ]] && kill -0 "${paper_pid}" 2>/dev/null; then
    kill "${paper_pid}"
    wait "${paper_pid}" 2>/dev/null || true
  fi
  paper_pid=""
}

# Prints what the paper gateway logged at WARN or above: "ignores message id ... it does not serve"
# is a request no client should see go unanswered.
report_paper_gateway() {
  echo
  echo "== paper gateway: warnings and errors in its log (${PAPER_LOG})"
  grep -E 'WARN|ERROR' "${PAPER_LOG}" || echo "  none"
  echo "== paper gateway: requests it ignored"
  grep -o 'ignores message id [0-9]* it does not serve' "${PAPER_LOG}" | sort | uniq -c || echo "  none"
}

start_paper_gateway() {
  if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    (cd "${repo_root}" && mvn -q -o package -DskipTests)
  fi
  local jar="${repo_root}/target/ib-trading.jar"
  [[ -f "${jar}" ]] || { echo "no ${jar}: build it (mvn -q -o package -DskipTests)" >&2; exit 2; }
  local ready="${paper_work}/stdout"
  # port 0: the gateway picks a free loopback port and prints it on its one stdout line
  java -jar "${jar}" paper-gateway --host 127.0.0.1 --port 0 --always-open \
    >"${ready}" 2>"${PAPER_LOG}" &
  paper_pid=$!
  trap 'stop_paper_gateway' EXIT
  local line=""
  for _ in $(seq 1 600); do
    line="$(grep -m1 'listening on' "${ready}" || true)"
    [[ -n "${line}" ]] && break
    kill -0 "${paper_pid}" 2>/dev/null || { cat "${PAPER_LOG}" >&2; exit 2; }
    sleep 0.1
  done
  [[ -n "${line}" ]] || { echo "paper gateway did not start within 60 s" >&2; exit 2; }
  echo "${line}"
  PAPER_PORT="${line##*:}"
  PAPER_PORT="${PAPER_PORT%% *}"
}
