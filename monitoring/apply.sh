#!/usr/bin/env bash
# Creates or updates the alerting of one worker service in Cloud Monitoring, from the files beside
# this script:
#   - the log-based metrics of metrics/ (one per project: outcomes published, scheduler runs);
#   - an uptime check "<SERVICE> readiness": GET /actuator/health/readiness every minute from three
#     regions with an OIDC token of the Monitoring service agent, which gets roles/run.invoker on
#     the service (it is private);
#   - the alert policies of policies/, rendered for the service: dead-lettered triggers waiting,
#     readiness down for READINESS_DOWN_MINUTES, any failed outcome, and one policy per scheduled
#     job of SCENARIO (scheduler/jobs.yaml) that fires when the job produced no outcome within
#     OUTCOME_WAIT_MINUTES.
#
#   PROJECT_ID=my-project REGION=us-east1 SERVICE=ib-paper PREFIX=ib- SCENARIO=a \
#     NOTIFICATION_CHANNELS=projects/my-project/notificationChannels/123 bash monitoring/apply.sh
#
# Settings (environment):
#   PROJECT_ID               the Google Cloud project (required)
#   REGION                   the service's Cloud Run region (required)
#   SERVICE                  the Cloud Run service (default ib-paper)
#   PREFIX                   its topic and job prefix (default ib-)
#   SCENARIO                 its scheduler scenario (default: jobs.yaml's defaultScenario)
#   NOTIFICATION_CHANNELS    comma-separated channel names the policies notify (default: none;
#                            the policies then only show in the console)
#   READINESS_DOWN_MINUTES   N: readiness failing this long alerts (default 10)
#   OUTCOME_WAIT_MINUTES     M: a scheduled job without an outcome this long alerts (default 15)
# Run it again after changing one: each metric, check and policy is found by its name and
# updated, never duplicated. Needs gcloud with its alpha component (alert policies from files are
# only in `gcloud alpha monitoring policies`).
set -euo pipefail

fail() { echo "monitoring/apply.sh: $*" >&2; exit 2; }

PROJECT_ID="${PROJECT_ID:?set PROJECT_ID to the Google Cloud project}"
REGION="${REGION:?set REGION to the Cloud Run region of the service}"
SERVICE="${SERVICE:-ib-paper}"
PREFIX="${PREFIX:-ib-}"
SCENARIO="${SCENARIO:-}"
NOTIFICATION_CHANNELS="${NOTIFICATION_CHANNELS:-}"
READINESS_DOWN_MINUTES="${READINESS_DOWN_MINUTES:-10}"
OUTCOME_WAIT_MINUTES="${OUTCOME_WAIT_MINUTES:-15}"
HERE="$(cd "$(dirname "$0")" && pwd)"

for minutes in "${READINESS_DOWN_MINUTES}" "${OUTCOME_WAIT_MINUTES}"; do
  [[ "${minutes}" =~ ^[1-9][0-9]*$ ]] || fail "${minutes} minutes (expected: a whole number, 1 or more)"
done
gcloud_p() { gcloud --project="${PROJECT_ID}" --quiet "$@"; }

# 1. Log-based metrics, named after their files.
for file in "${HERE}"/metrics/*.yaml; do
  metric="$(basename "${file}" .yaml)"
  if gcloud_p logging metrics describe "${metric}" >/dev/null 2>&1; then
    gcloud_p logging metrics update "${metric}" --config-from-file="${file}" >/dev/null
    echo "metric ${metric}: updated"
  else
    gcloud_p logging metrics create "${metric}" --config-from-file="${file}" >/dev/null
    echo "metric ${metric}: created"
  fi
done

# 2. The readiness check, and the right for the Monitoring service agent to call the service.
CHECK="${SERVICE} readiness"
check_name() {
  gcloud_p monitoring uptime list-configs --filter="displayName=\"${CHECK}\"" \
    --format='value(name)'
}
check="$(check_name)"
if [[ -z "${check}" ]]; then
  gcloud_p monitoring uptime create "${CHECK}" --resource-type=cloud-run-revision \
    --resource-labels="project_id=${PROJECT_ID},location=${REGION},service_name=${SERVICE}" \
    --protocol=https --path=/actuator/health/readiness --service-agent-auth=oidc-token \
    --period=1 --timeout=10 --regions=usa-virginia,usa-oregon,usa-iowa >/dev/null
  check="$(check_name)"
  echo "uptime check ${CHECK}: created"
else
  echo "uptime check ${CHECK}: exists"
fi
[[ -n "${check}" ]] || fail "uptime check ${CHECK} not found after creating it"
UPTIME_CHECK_ID="${check##*/}"
PROJECT_NUMBER="$(gcloud_p projects describe "${PROJECT_ID}" --format='value(projectNumber)')"
MONITORING_AGENT="service-${PROJECT_NUMBER}@gcp-sa-monitoring-notification.iam.gserviceaccount.com"
gcloud_p run services add-iam-policy-binding "${SERVICE}" --region="${REGION}" \
  --member="serviceAccount:${MONITORING_AGENT}" --role=roles/run.invoker >/dev/null
echo "iam ${SERVICE}: serviceAccount:${MONITORING_AGENT} has roles/run.invoker"

# 3. Policies. render FILE NAME=VALUE...: the file with each ${NAME} replaced, plus the channels.
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
render() {
  local template="$1" text pair
  text="$(<"${template}")"
  shift
  for pair in "$@"; do
    text="${text//"\${${pair%%=*}}"/"${pair#*=}"}"
  done
  # shellcheck disable=SC2016 # a literal ${: a placeholder left over
  [[ "${text}" != *'${'* ]] || fail "${template} has a placeholder apply.sh does not fill"
  printf '%s\n' "${text}"
  if [[ -n "${NOTIFICATION_CHANNELS}" ]]; then
    echo "notificationChannels:"
    local channel
    IFS=',' read -r -a channels <<<"${NOTIFICATION_CHANNELS}"
    for channel in "${channels[@]}"; do
      echo "  - ${channel}"
    done
  fi
}

# apply_policy FILE: creates the rendered policy, or replaces the one with its display name.
apply_policy() {
  local file="$1" display existing
  display="$(sed -n "s/^displayName: '\(.*\)'$/\1/p" "${file}")"
  existing="$(gcloud_p alpha monitoring policies list --filter="displayName=\"${display}\"" \
    --format='value(name)')"
  if [[ -n "${existing}" ]]; then
    gcloud_p alpha monitoring policies update "${existing}" --policy-from-file="${file}" >/dev/null
    echo "policy ${display}: updated"
  else
    gcloud_p alpha monitoring policies create --policy-from-file="${file}" >/dev/null
    echo "policy ${display}: created"
  fi
}

COMMON=("SERVICE=${SERVICE}" "PREFIX=${PREFIX}" "PROJECT_ID=${PROJECT_ID}"
  "READINESS_DOWN_MINUTES=${READINESS_DOWN_MINUTES}"
  "READINESS_DOWN_SECONDS=$((READINESS_DOWN_MINUTES * 60))"
  "UPTIME_CHECK_ID=${UPTIME_CHECK_ID}" "OUTCOME_WAIT_MINUTES=${OUTCOME_WAIT_MINUTES}"
  "OUTCOME_WINDOW_MINUTES=$((OUTCOME_WAIT_MINUTES * 2))")
for policy in dead-letter-backlog readiness-down failed-outcome; do
  render "${HERE}/policies/${policy}.yaml" "${COMMON[@]}" >"${work}/${policy}.yaml"
  apply_policy "${work}/${policy}.yaml"
done

# One "without an outcome" policy per job of the scenario, read from the commands
# scheduler/setup.sh would run (so both agree on the job names and topics).
jobs="$(PROJECT_ID="${PROJECT_ID}" REGION="${REGION}" PREFIX="${PREFIX}" SCENARIO="${SCENARIO}" \
  bash "${HERE}/../scheduler/setup.sh" --print)"
while read -r job topic; do
  case "${topic#"${PREFIX}"}" in
    allocation) intent=allocation ;;
    risk-check) intent=risk-check ;;
    reconciliation) intent=eod-check ;;
    *) fail "job ${job} publishes to ${topic}, a topic no intent is known for" ;;
  esac
  render "${HERE}/policies/job-without-outcome.yaml" "${COMMON[@]}" "JOB=${job}" \
    "INTENT=${intent}" >"${work}/job-${job}.yaml"
  apply_policy "${work}/job-${job}.yaml"
done < <(sed -n 's|^gcloud scheduler jobs create pubsub \([^ ]*\) .*--topic=projects/[^/]*/topics/\([^ ]*\) .*|\1 \2|p' \
  <<<"${jobs}")
echo "Done. Policies notify: ${NOTIFICATION_CHANNELS:-no channel (set NOTIFICATION_CHANNELS)}"
