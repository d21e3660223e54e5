#!/usr/bin/env bash
# Creates (or brings up to date) the worker's Pub/Sub topology in a Google Cloud project: the same
# topics and subscriptions the local profile provisions on the emulator
# (dev.ibtrading.pubsub.PubSubTopology), plus the IAM bindings Pub/Sub needs. Safe to run
# again: what exists and is as wanted is left alone, a drifted setting is updated, nothing is
# duplicated. Each topic and subscription is reported as created, updated or unchanged.
#
#   PROJECT_ID=my-project REGION=us-east1 SERVICE=ib-paper bash pubsub/setup.sh
#
# REGION is the worker's Cloud Run region; unset, gcloud's run/region property is used, and with
# neither the script stops before touching anything.
#
# Topics:        ${PREFIX}allocation, ${PREFIX}risk-check, ${PREFIX}reconciliation,
#                ${PREFIX}cash-balancer (triggers),
#                ${PREFIX}outcomes (label schema=outcome-v1), ${PREFIX}dead-letter
# Subscriptions: ${PREFIX}<trigger>-push -> ${SERVICE_URL}/allocation | /risk-check | /eod-check
#                | /cash-balancer
#                (OIDC token of PUSH_SERVICE_ACCOUNT for PUSH_AUDIENCE, ack deadline, retry backoff,
#                dead-letter after MAX_DELIVERY_ATTEMPTS), ${PREFIX}outcomes-reader (pull, ordered
#                by account), ${PREFIX}dead-letter-reader (pull). None expires.
# IAM:           PUSH_SERVICE_ACCOUNT (created if missing) may invoke the Cloud Run service; the
#                Pub/Sub service agent may mint its tokens, publish to the dead-letter topic and
#                acknowledge on the push subscriptions it dead-letters from.
#
# The outcome schema (pubsub/schemas/outcome-v1.json) is a JSON Schema; Pub/Sub topic schemas can
# only be Avro or Protocol Buffer, so it is not attached to the topic. The topic carries the label
# schema=<file name> instead, and the worker's tests validate every outcome against the file.
#
# Emulator: with CLOUDSDK_API_ENDPOINT_OVERRIDES_PUBSUB pointing at one (e.g.
# http://127.0.0.1:8085/), the same topics and subscriptions are made there; the IAM and Cloud Run
# steps are skipped (the emulator has no IAM), PROJECT_ID defaults to local-project and
# SERVICE_URL to http://127.0.0.1:8080.
#
# Needs: gcloud, logged in with rights to manage Pub/Sub, service accounts and the Cloud Run
# service's IAM policy (see docs/deploy.md).
set -euo pipefail

PUBSUB_OVERRIDE="${CLOUDSDK_API_ENDPOINT_OVERRIDES_PUBSUB:-}"
EMULATOR=false
if [[ -n "${PUBSUB_OVERRIDE}" && "${PUBSUB_OVERRIDE}" != *googleapis.com* ]]; then
  EMULATOR=true # a regional *.googleapis.com endpoint is the real service
fi

if [[ "${EMULATOR}" == true ]]; then
  PROJECT_ID="${PROJECT_ID:-local-project}"
  SERVICE_URL="${SERVICE_URL:-http://127.0.0.1:8080}"
  export CLOUDSDK_AUTH_DISABLE_CREDENTIALS="${CLOUDSDK_AUTH_DISABLE_CREDENTIALS:-true}"
else
  PROJECT_ID="${PROJECT_ID:?set PROJECT_ID to the Google Cloud project}"
fi
REGION="${REGION:-}"                                # Cloud Run region of the worker (below)
SERVICE="${SERVICE:-ib-paper}"                      # Cloud Run service name of the worker
SERVICE_URL="${SERVICE_URL:-}"                      # default: looked up from the Cloud Run service
PUSH_SERVICE_ACCOUNT="${PUSH_SERVICE_ACCOUNT:-pubsub-push@${PROJECT_ID}.iam.gserviceaccount.com}"
PUSH_AUDIENCE="${PUSH_AUDIENCE:-}"                  # default: SERVICE_URL
PREFIX="${PREFIX:-ib-}"                             # = pubsub.topic-prefix
ACK_DEADLINE="${ACK_DEADLINE:-600}"                 # seconds, 10..600 = pubsub.push.ack-deadline
MIN_RETRY_DELAY="${MIN_RETRY_DELAY:-10s}"           # = pubsub.push.min-backoff
MAX_RETRY_DELAY="${MAX_RETRY_DELAY:-600s}"          # = pubsub.push.max-backoff
MAX_DELIVERY_ATTEMPTS="${MAX_DELIVERY_ATTEMPTS:-5}" # 5..100 = pubsub.push.max-delivery-attempts
OUTCOME_SCHEMA="${OUTCOME_SCHEMA:-$(dirname "$0")/schemas/outcome-v1.json}"
READER_ACK_DEADLINE=60                              # readers pull and acknowledge quickly

fail() { echo "pubsub/setup.sh: $*" >&2; exit 2; }
((BASH_VERSINFO[0] * 100 + BASH_VERSINFO[1] >= 404)) ||
  fail "needs bash 4.4 or newer (actual: ${BASH_VERSION})"
# in_range VALUE MIN MAX: VALUE is a whole number from MIN to MAX.
in_range() { [[ "$1" =~ ^[0-9]+$ ]] && (($1 >= $2 && $1 <= $3)); }
in_range "${ACK_DEADLINE}" 10 600 ||
  fail "ACK_DEADLINE=${ACK_DEADLINE} (expected: whole seconds, 10 to 600)"
in_range "${MAX_DELIVERY_ATTEMPTS}" 5 100 ||
  fail "MAX_DELIVERY_ATTEMPTS=${MAX_DELIVERY_ATTEMPTS} (expected: 5 to 100)"
for delay in "${MIN_RETRY_DELAY}" "${MAX_RETRY_DELAY}"; do
  # Pub/Sub reports durations in seconds; the same form here makes the drift check exact.
  [[ "${delay}" =~ ^[0-9]+s$ ]] || fail "retry delay ${delay} (expected: seconds such as 10s, 600s)"
done
[[ -f "${OUTCOME_SCHEMA}" ]] || fail "OUTCOME_SCHEMA=${OUTCOME_SCHEMA} (expected: an existing file)"
SCHEMA_LABEL="$(basename "${OUTCOME_SCHEMA}" .json)"

gcloud_p() { gcloud --project="${PROJECT_ID}" --quiet "$@"; }

# The Cloud Run region: REGION, else gcloud's run/region property; never a guess, since a wrong one
# finds no service or binds IAM on another region's. The emulator needs none (no Cloud Run step).
if [[ "${EMULATOR}" == false && -z "${REGION}" ]]; then
  REGION="$(gcloud config get-value run/region 2>/dev/null || true)"
  [[ -n "${REGION}" ]] ||
    fail "no region (expected: REGION=<the worker's Cloud Run region>, or gcloud config set run/region <it>)"
fi

if [[ -z "${SERVICE_URL}" ]]; then
  SERVICE_URL="$(gcloud_p run services describe "${SERVICE}" --region="${REGION}" \
    --format='value(status.url)')"
fi
SERVICE_URL="${SERVICE_URL%/}"
PUSH_AUDIENCE="${PUSH_AUDIENCE:-${SERVICE_URL}}"
TOPICS="projects/${PROJECT_ID}/topics"
DEAD_LETTER_TOPIC="${PREFIX}dead-letter"
OUTCOME_TOPIC="${PREFIX}outcomes"

echo "Pub/Sub topology ${PREFIX}* in ${PROJECT_ID}, pushing to ${SERVICE_URL} as ${PUSH_SERVICE_ACCOUNT}"
if [[ "${EMULATOR}" == true ]]; then
  echo "Emulator at ${PUBSUB_OVERRIDE}: IAM and Cloud Run steps skipped (the emulator has no IAM)"
else
  PROJECT_NUMBER="$(gcloud_p projects describe "${PROJECT_ID}" --format='value(projectNumber)')"
  PUBSUB_AGENT="serviceAccount:service-${PROJECT_NUMBER}@gcp-sa-pubsub.iam.gserviceaccount.com"
fi

# ensure_topic NAME [LABEL_KEY=VALUE]: creates the topic, or corrects its one label.
ensure_topic() {
  local topic="$1" label="${2:-}"
  local label_flag=()
  [[ -n "${label}" ]] && label_flag=(--labels="${label}")
  local actual field="name"
  [[ -n "${label}" ]] && field="labels.${label%%=*}"
  if ! actual="$(gcloud_p pubsub topics describe "${topic}" --format="value(${field})" \
    2>/dev/null)"; then
    gcloud_p pubsub topics create "${topic}" "${label_flag[@]}" >/dev/null
    echo "topic ${topic}: created"
  elif [[ -n "${label}" && "${actual}" != "${label#*=}" ]]; then
    if [[ "${EMULATOR}" == true ]]; then
      echo "topic ${topic}: label ${label} differs (${actual:-none}); the emulator cannot update labels"
    else
      gcloud_p pubsub topics update "${topic}" --update-labels="${label}" >/dev/null
      echo "topic ${topic}: updated (label ${label})"
    fi
  else
    echo "topic ${topic}: unchanged"
  fi
}

SUBSCRIPTION_FIELDS="topic,enableMessageOrdering,pushConfig.pushEndpoint"
SUBSCRIPTION_FIELDS+=",pushConfig.oidcToken.serviceAccountEmail,pushConfig.oidcToken.audience"
SUBSCRIPTION_FIELDS+=",ackDeadlineSeconds,retryPolicy.minimumBackoff,retryPolicy.maximumBackoff"
SUBSCRIPTION_FIELDS+=",deadLetterPolicy.deadLetterTopic,deadLetterPolicy.maxDeliveryAttempts"
SUBSCRIPTION_FIELDS+=",expirationPolicy.ttl"

# ensure_subscription NAME TOPIC ORDERED ACK_DEADLINE [ENDPOINT]: a pull subscription, or with an
# ENDPOINT a push subscription with the push settings above. Creates it, or updates only the
# settings that differ (topic and ordering cannot change: a difference there is an error).
ensure_subscription() {
  local name="$1" topic="$2" ordered="$3" ack="$4" endpoint="${5:-}"
  local want_sa="" want_aud="" want_min="" want_max="" want_dlt="" want_attempts=""
  if [[ -n "${endpoint}" ]]; then
    want_sa="${PUSH_SERVICE_ACCOUNT}" want_aud="${PUSH_AUDIENCE}"
    want_min="${MIN_RETRY_DELAY}" want_max="${MAX_RETRY_DELAY}"
    want_dlt="${TOPICS}/${DEAD_LETTER_TOPIC}" want_attempts="${MAX_DELIVERY_ATTEMPTS}"
  fi
  local push_flags=(--push-endpoint="${endpoint}")
  [[ -n "${endpoint}" ]] && push_flags+=(--push-auth-service-account="${want_sa}"
    --push-auth-token-audience="${want_aud}")
  local retry_flags=(--min-retry-delay="${want_min}" --max-retry-delay="${want_max}")
  local dead_letter_flags=(--dead-letter-topic="${DEAD_LETTER_TOPIC}"
    --max-delivery-attempts="${want_attempts}")

  local actual
  if ! actual="$(gcloud_p pubsub subscriptions describe "${name}" \
    --format="value[separator='|'](${SUBSCRIPTION_FIELDS})" 2>/dev/null)"; then
    local flags=(--topic="${topic}" --ack-deadline="${ack}" --expiration-period=never)
    [[ "${ordered}" == True ]] && flags+=(--enable-message-ordering)
    [[ -n "${endpoint}" ]] && flags+=("${push_flags[@]}" "${retry_flags[@]}" "${dead_letter_flags[@]}")
    gcloud_p pubsub subscriptions create "${name}" "${flags[@]}" >/dev/null
    echo "subscription ${name}: created"
    return
  fi
  local a_topic a_ordered a_endpoint a_sa a_aud a_ack a_min a_max a_dlt a_attempts a_ttl
  IFS='|' read -r a_topic a_ordered a_endpoint a_sa a_aud a_ack a_min a_max a_dlt a_attempts \
    a_ttl <<<"${actual}"
  if [[ "${a_topic}" != "${TOPICS}/${topic}" || "${a_ordered}" != "${ordered}" ]]; then
    fail "subscription ${name} exists on ${a_topic} with message ordering '${a_ordered}'" \
      "(expected: ${TOPICS}/${topic}, ordering '${ordered}'), which Pub/Sub cannot change:" \
      "delete it (gcloud pubsub subscriptions delete ${name} --project=${PROJECT_ID}) and rerun"
  fi
  local flags=() changed=()
  if [[ "${a_endpoint}|${a_sa}|${a_aud}" != "${endpoint}|${want_sa}|${want_aud}" ]]; then
    flags+=("${push_flags[@]}") changed+=("push endpoint and token")
  fi
  if [[ "${a_ack}" != "${ack}" ]]; then
    flags+=(--ack-deadline="${ack}") changed+=("ack deadline")
  fi
  if [[ -n "${endpoint}" && "${a_min}|${a_max}" != "${want_min}|${want_max}" ]]; then
    flags+=("${retry_flags[@]}") changed+=("retry policy")
  fi
  if [[ -n "${endpoint}" && "${a_dlt}|${a_attempts}" != "${want_dlt}|${want_attempts}" ]]; then
    flags+=("${dead_letter_flags[@]}") changed+=("dead-letter policy")
  fi
  if [[ -n "${a_ttl}" ]]; then
    flags+=(--expiration-period=never) changed+=("expiration")
  fi
  if ((${#flags[@]} == 0)); then
    echo "subscription ${name}: unchanged"
    return
  fi
  gcloud_p pubsub subscriptions update "${name}" "${flags[@]}" >/dev/null
  local what
  what="$(printf ', %s' "${changed[@]}")"
  echo "subscription ${name}: updated (${what#, })"
}

# bind_pubsub KIND NAME ROLE: the Pub/Sub service agent gets ROLE on topic or subscription NAME
# (adding a binding that exists changes nothing). Not on the emulator, which has no IAM.
bind_pubsub() {
  local kind="$1" name="$2" role="$3"
  if [[ "${EMULATOR}" == true ]]; then
    return 0
  fi
  gcloud_p pubsub "${kind}" add-iam-policy-binding "${name}" --member="${PUBSUB_AGENT}" \
    --role="${role}" >/dev/null
  echo "iam ${name}: ${PUBSUB_AGENT} has ${role}"
}

# 1. The push identity: a service account that may invoke the worker's Cloud Run service, and
#    nothing else. Pub/Sub mints its tokens (a binding older projects' service agents need).
if [[ "${EMULATOR}" == false ]]; then
  if ! gcloud_p iam service-accounts describe "${PUSH_SERVICE_ACCOUNT}" >/dev/null 2>&1; then
    gcloud_p iam service-accounts create "${PUSH_SERVICE_ACCOUNT%%@*}" \
      --display-name="Pub/Sub push to ${SERVICE}" >/dev/null
    echo "service account ${PUSH_SERVICE_ACCOUNT}: created"
  fi
  gcloud_p run services add-iam-policy-binding "${SERVICE}" --region="${REGION}" \
    --member="serviceAccount:${PUSH_SERVICE_ACCOUNT}" --role=roles/run.invoker >/dev/null
  echo "iam ${SERVICE}: serviceAccount:${PUSH_SERVICE_ACCOUNT} has roles/run.invoker"
  gcloud_p iam service-accounts add-iam-policy-binding "${PUSH_SERVICE_ACCOUNT}" \
    --member="${PUBSUB_AGENT}" --role=roles/iam.serviceAccountTokenCreator >/dev/null
  echo "iam ${PUSH_SERVICE_ACCOUNT}: ${PUBSUB_AGENT} has roles/iam.serviceAccountTokenCreator"
fi

# 2. Topics, the dead-letter topic first (the push subscriptions refer to it).
ensure_topic "${DEAD_LETTER_TOPIC}"
ensure_topic "${OUTCOME_TOPIC}" "schema=${SCHEMA_LABEL}"
for trigger in allocation risk-check reconciliation cash-balancer; do
  ensure_topic "${PREFIX}${trigger}"
done
# The Pub/Sub service agent forwards undeliverable messages to the dead-letter topic.
bind_pubsub topics "${DEAD_LETTER_TOPIC}" roles/pubsub.publisher

# 3. Readers first, so nothing published to the outcome or dead-letter topic is lost.
ensure_subscription "${PREFIX}dead-letter-reader" "${DEAD_LETTER_TOPIC}" "" "${READER_ACK_DEADLINE}"
ensure_subscription "${PREFIX}outcomes-reader" "${OUTCOME_TOPIC}" True "${READER_ACK_DEADLINE}"

# 4. One push subscription per trigger topic, to the worker's endpoint for that intent; the
#    Pub/Sub service agent acknowledges on it what it moved to the dead-letter topic.
while read -r trigger path; do
  ensure_subscription "${PREFIX}${trigger}-push" "${PREFIX}${trigger}" "" "${ACK_DEADLINE}" \
    "${SERVICE_URL}${path}"
  bind_pubsub subscriptions "${PREFIX}${trigger}-push" roles/pubsub.subscriber
done <<'EOF'
allocation /allocation
risk-check /risk-check
reconciliation /eod-check
cash-balancer /cash-balancer
EOF

echo "Done. Read outcomes: gcloud pubsub subscriptions pull ${PREFIX}outcomes-reader" \
  "--project=${PROJECT_ID} --auto-ack"
