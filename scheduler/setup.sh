#!/usr/bin/env bash
# Creates or updates the Cloud Scheduler jobs of one scenario in scheduler/jobs.yaml: Pub/Sub-target
# jobs that publish each job's body and attributes to its trigger topic (made by pubsub/setup.sh).
#
#   PROJECT_ID=my-project REGION=us-east1 SCENARIO=d bash scheduler/setup.sh
#   PROJECT_ID=my-project REGION=us-east1 bash scheduler/setup.sh --print # print, run nothing
#
# Settings (environment):
#   PROJECT_ID  the Google Cloud project (required)
#   REGION      Cloud Scheduler location (required: gcloud has no property for it, and its
#               default, the App Engine app's location, is not this project's; gcloud
#               reference scheduler/jobs/describe, --location)
#   PREFIX      topic and job name prefix, = pubsub.topic-prefix (default ib-)
#   SCENARIO    which list of jobs.yaml (default: its defaultScenario)
#   JOBS_FILE   the jobs file (default: jobs.yaml beside this script)
#   DRY_RUN=1   same as --print
# A job that exists is updated with the same flags (its attributes by --update-attributes); jobs
# with the prefix that the scenario does not list are reported, never deleted. --print shows the
# commands of a first run (create).
set -euo pipefail

fail() { echo "scheduler/setup.sh: $*" >&2; exit 2; }
((BASH_VERSINFO[0] * 100 + BASH_VERSINFO[1] >= 404)) ||
  fail "needs bash 4.4 or newer (actual: ${BASH_VERSION})"

PRINT_ONLY=false
[[ "${DRY_RUN:-}" == 1 ]] && PRINT_ONLY=true
for arg in "$@"; do
  case "${arg}" in
    --print) PRINT_ONLY=true ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown argument ${arg} (expected: --print or --help)" ;;
  esac
done

PROJECT_ID="${PROJECT_ID:?set PROJECT_ID to the Google Cloud project}"
REGION="${REGION:-}"
[[ -n "${REGION}" ]] ||
  fail "no region (expected: REGION=<the Cloud Scheduler location>, e.g. the worker's Cloud Run region)"
PREFIX="${PREFIX:-ib-}"
SCENARIO="${SCENARIO:-}"
JOBS_FILE="${JOBS_FILE:-$(dirname "$0")/jobs.yaml}"
[[ -f "${JOBS_FILE}" ]] || fail "JOBS_FILE=${JOBS_FILE} (expected: an existing file)"

# Reads the layout jobs.yaml describes. Prints "timeZone US scenario", then one line per job of
# the scenario: name US description US schedule US topic US body US attributes (US = \037).
read_jobs() {
  awk -v want="${SCENARIO}" "$(cat <<'AWK'
function bad(message) {
  printf "%s line %d: %s (actual: %s)\n", FILENAME, FNR, message, $0 > "/dev/stderr"
  failed = 1
  exit 2
}
function unquote(v) {
  if (v ~ /^'.*'$/) {
    v = substr(v, 2, length(v) - 2)
    gsub(/''/, "'", v)
    return v
  }
  if (v ~ /^".*"$/) {
    if (v ~ /\\/) bad("no escapes in double quotes")
    return substr(v, 2, length(v) - 2)
  }
  if (v ~ /^['"]/ || v ~ / #/) bad("a value is plain or quoted whole, with no comment after it")
  return v
}
function value(line) { sub(/^[^:]*: */, "", line); return unquote(line) }
BEGIN { US = "\037"; jobs = 0 }
/^[[:space:]]*(#|$)/ { next }
/^timeZone: / { zone = value($0); next }
/^defaultScenario: / { fallback = value($0); next }
/^scenarios:[[:space:]]*$/ { next }
/^  [A-Za-z0-9_-]+:[[:space:]]*$/ {
  scenario = $0
  gsub(/[ :]/, "", scenario)
  known[scenario] = 1
  next
}
/^    - name: / {
  if (scenario == "") bad("a job outside a scenario")
  jobs++
  of[jobs] = scenario
  field[jobs, "name"] = value($0)
  next
}
/^      (description|schedule|topic|body|attributes): / {
  if (jobs == 0) bad("a job key before '- name:'")
  key = $0
  sub(/^ */, "", key)
  sub(/:.*/, "", key)
  field[jobs, key] = value($0)
  next
}
{ bad("not in the layout jobs.yaml describes") }
END {
  if (failed) exit 2
  if (want == "") want = fallback
  if (!(want in known)) {
    list = ""
    for (s in known) list = list " " s
    printf "%s: no scenario '%s' (expected one of:%s)\n", FILENAME, want, list > "/dev/stderr"
    exit 2
  }
  if (zone == "") { printf "%s: no timeZone\n", FILENAME > "/dev/stderr"; exit 2 }
  print zone US want
  for (i = 1; i <= jobs; i++) {
    if (of[i] != want) continue
    if (field[i, "schedule"] == "" || field[i, "topic"] == "" || field[i, "body"] == "") {
      printf "%s: job %s needs schedule, topic and body\n", FILENAME, field[i, "name"] > "/dev/stderr"
      exit 2
    }
    t = field[i, "topic"]
    if (t != "allocation" && t != "risk-check" && t != "reconciliation" && t != "cash-balancer") {
      printf "%s: job %s topic %s (expected: allocation, risk-check, reconciliation or cash-balancer)\n", \
        FILENAME, field[i, "name"], t > "/dev/stderr"
      exit 2
    }
    print field[i, "name"] US field[i, "description"] US field[i, "schedule"] US t US \
      field[i, "body"] US field[i, "attributes"]
  }
}
AWK
)" "${JOBS_FILE}"
}

# quote VALUE: VALUE as one shell word, single-quoted unless it is plain.
quote() {
  if [[ "$1" =~ ^[A-Za-z0-9_./:=@,+-]+$ ]]; then
    printf '%s' "$1"
  else
    printf "'%s'" "${1//\'/\'\\\'\'}"
  fi
}

# run VERB JOB FLAG=VALUE...: prints the gcloud command (--print), or runs it.
run() {
  local verb="$1" job="$2"
  shift 2
  local command=(gcloud scheduler jobs "${verb}" pubsub "${job}" --project="${PROJECT_ID}"
    --location="${REGION}" "$@")
  if [[ "${PRINT_ONLY}" == true ]]; then
    local line="gcloud scheduler jobs ${verb} pubsub ${job}" arg
    for arg in "${command[@]:6}"; do
      line+=" ${arg%%=*}=$(quote "${arg#*=}")"
    done
    echo "${line}"
  else
    "${command[@]}" --quiet >/dev/null
  fi
}

JOBS="$(read_jobs)" || exit 2
IFS=$'\037' read -r TIME_ZONE SCENARIO <<<"${JOBS%%$'\n'*}"
WANTED=()
[[ "${PRINT_ONLY}" == true ]] ||
  echo "Cloud Scheduler jobs of scenario ${SCENARIO} in ${PROJECT_ID}/${REGION}, topics ${PREFIX}*"
while IFS=$'\037' read -r name description schedule topic body attributes; do
  job="${PREFIX}${name}"
  WANTED+=("${job}")
  flags=(--schedule="${schedule}" --time-zone="${TIME_ZONE}"
    --topic="projects/${PROJECT_ID}/topics/${PREFIX}${topic}" --message-body="${body}")
  if [[ "${PRINT_ONLY}" == false ]] &&
    gcloud scheduler jobs describe "${job}" --project="${PROJECT_ID}" --location="${REGION}" \
      --quiet >/dev/null 2>&1; then
    [[ -n "${attributes}" ]] && flags+=(--update-attributes="${attributes}")
    run update "${job}" "${flags[@]}" --description="${description}"
    echo "job ${job}: updated"
  else
    [[ -n "${attributes}" ]] && flags+=(--attributes="${attributes}")
    run create "${job}" "${flags[@]}" --description="${description}"
    [[ "${PRINT_ONLY}" == true ]] || echo "job ${job}: created"
  fi
done < <(tail -n +2 <<<"${JOBS}")

if [[ "${PRINT_ONLY}" == false ]]; then
  while read -r existing; do
    if [[ "${existing}" == "${PREFIX}"* && " ${WANTED[*]} " != *" ${existing} "* ]]; then
      echo "job ${existing}: not in scenario ${SCENARIO}, left as is (remove it with: gcloud" \
        "scheduler jobs delete ${existing} --project=${PROJECT_ID} --location=${REGION})"
    fi
  done < <(gcloud scheduler jobs list --project="${PROJECT_ID}" --location="${REGION}" \
    --format='value(name.basename())' --quiet)
fi
