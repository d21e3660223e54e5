#!/usr/bin/env bash
# Creates (or brings up to date) the worker's Pub/Sub topology in a real Google Cloud project: the
# same topics and subscriptions the local profile provisions on the emulator
# (dev.ibtrading.ingest.pubsub.PubSubTopology). Safe to run again: what exists is updated, never
# duplicated.
#
#   PROJECT_ID=my-project REGION=us-east1 SERVICE=ib-trading \
#   PUSH_SERVICE_ACCOUNT=pubsub-push@my-project.iam.gserviceaccount.com bash pubsub/setup.sh
#
# Topics:        ${PREFIX}allocation, ${PREFIX}risk-check, ${PREFIX}reconciliation (triggers),
#                ${PREFIX}outcomes, ${PREFIX}dead-letter
# Subscriptions: ${PREFIX}<trigger>-push -> ${SERVICE_URL}/allocation | /risk-check | /eod-check
#                (OIDC token of PUSH_SERVICE_ACCOUNT, dead-letter after MAX_DELIVERY_ATTEMPTS),
#                ${PREFIX}outcomes-reader (pull, ordered by account), ${PREFIX}dead-letter-reader
# None expires. Needs: gcloud, logged in with rights to manage Pub/Sub, IAM and the Cloud Run service.
set -euo pipefail

PROJECT_ID="${PROJECT_ID:?set PROJECT_ID to the Google Cloud project}"
REGION="${REGION:-us-east1}"                      # Cloud Run region of the worker
SERVICE="${SERVICE:-ib-trading}"                  # Cloud Run service name of the worker
SERVICE_URL="${SERVICE_URL:-}"                    # default: looked up from the Cloud Run service
PUSH_SERVICE_ACCOUNT="${PUSH_SERVICE_ACCOUNT:-pubsub-push@${PROJECT_ID}.iam.gserviceaccount.com}"
PREFIX="${PREFIX:-ib-}"                           # = pubsub.topic-prefix
ACK_DEADLINE="${ACK_DEADLINE:-600}"               # seconds, 10..600 = pubsub.push.ack-deadline
MIN_RETRY_DELAY="${MIN_RETRY_DELAY:-10s}"         # = pubsub.push.min-backoff
MAX_RETRY_DELAY="${MAX_RETRY_DELAY:-600s}"        # = pubsub.push.max-backoff
MAX_DELIVERY_ATTEMPTS="${MAX_DELIVERY_ATTEMPTS:-5}" # 5..100 = pubsub.push.max-delivery-attempts

gcloud_p() { gcloud --project="${PROJECT_ID}" --quiet "$@"; }

if [[ -z "${SERVICE_URL}" ]]; then
  SERVICE_URL="$(gcloud_p run services describe "${SERVICE}" --region="${REGION}" \
    --format='value(status.url)')"
fi
SERVICE_URL="${SERVICE_URL%/}"
PROJECT_NUMBER="$(gcloud_p projects describe "${PROJECT_ID}" --format='value(projectNumber)')"
PUBSUB_AGENT="service-${PROJECT_NUMBER}@gcp-sa-pubsub.iam.gserviceaccount.com"
DEAD_LETTER_TOPIC="${PREFIX}dead-letter"

echo "Pub/Sub topology ${PREFIX}* in ${PROJECT_ID}, pushing to ${SERVICE_URL} as ${PUSH_SERVICE_ACCOUNT}"

ensure_topic() {
  local topic="$1"
  if ! gcloud_p pubsub topics describe "${topic}" >/dev/null 2>&1; then
    gcloud_p pubsub topics create "${topic}"
  fi
}

# create_or_update NAME CREATE_ONLY_FLAGS -- COMMON_FLAGS...: the topic and message ordering can
# only be set at creation; everything else is brought up to date on every run.
create_or_update() {
  local name="$1"; shift
  local create_only=()
  while [[ "$1" != "--" ]]; do create_only+=("$1"); shift; done
  shift
  if gcloud_p pubsub subscriptions describe "${name}" >/dev/null 2>&1; then
    gcloud_p pubsub subscriptions update "${name}" "$@"
  else
    gcloud_p pubsub subscriptions create "${name}" "${create_only[@]}" "$@"
  fi
}

# 1. The push identity: a service account the worker's Cloud Run service lets in.
if ! gcloud_p iam service-accounts describe "${PUSH_SERVICE_ACCOUNT}" >/dev/null 2>&1; then
  gcloud_p iam service-accounts create "${PUSH_SERVICE_ACCOUNT%%@*}" \
    --display-name="Pub/Sub push to ${SERVICE}"
fi
gcloud_p run services add-iam-policy-binding "${SERVICE}" --region="${REGION}" \
  --member="serviceAccount:${PUSH_SERVICE_ACCOUNT}" --role=roles/run.invoker >/dev/null
# Pub/Sub mints the push tokens (needed for projects whose Pub/Sub agent predates April 2021).
gcloud_p iam service-accounts add-iam-policy-binding "${PUSH_SERVICE_ACCOUNT}" \
  --member="serviceAccount:${PUBSUB_AGENT}" --role=roles/iam.serviceAccountTokenCreator >/dev/null

# 2. Topics, the dead-letter topic first.
for topic in "${DEAD_LETTER_TOPIC}" "${PREFIX}outcomes" \
  "${PREFIX}allocation" "${PREFIX}risk-check" "${PREFIX}reconciliation"; do
  ensure_topic "${topic}"
done
# The Pub/Sub agent forwards undeliverable messages to the dead-letter topic.
gcloud_p pubsub topics add-iam-policy-binding "${DEAD_LETTER_TOPIC}" \
  --member="serviceAccount:${PUBSUB_AGENT}" --role=roles/pubsub.publisher >/dev/null

# 3. Readers, so nothing published to the outcome or dead-letter topic is lost.
create_or_update "${PREFIX}dead-letter-reader" --topic="${DEAD_LETTER_TOPIC}" -- \
  --ack-deadline=60 --expiration-period=never
create_or_update "${PREFIX}outcomes-reader" --topic="${PREFIX}outcomes" \
  --enable-message-ordering -- \
  --ack-deadline=60 --expiration-period=never

# 4. One push subscription per trigger topic, to the worker's endpoint for that intent.
push_subscription() {
  local trigger="$1" path="$2"
  local name="${PREFIX}${trigger}-push"
  create_or_update "${name}" --topic="${PREFIX}${trigger}" -- \
    --push-endpoint="${SERVICE_URL}${path}" \
    --push-auth-service-account="${PUSH_SERVICE_ACCOUNT}" \
    --ack-deadline="${ACK_DEADLINE}" \
    --min-retry-delay="${MIN_RETRY_DELAY}" \
    --max-retry-delay="${MAX_RETRY_DELAY}" \
    --dead-letter-topic="${DEAD_LETTER_TOPIC}" \
    --max-delivery-attempts="${MAX_DELIVERY_ATTEMPTS}" \
    --expiration-period=never
  # The Pub/Sub agent acknowledges what it moved to the dead-letter topic.
  gcloud_p pubsub subscriptions add-iam-policy-binding "${name}" \
    --member="serviceAccount:${PUBSUB_AGENT}" --role=roles/pubsub.subscriber >/dev/null
}
push_subscription allocation /allocation
push_subscription risk-check /risk-check
push_subscription reconciliation /eod-check

echo "Done. Read outcomes: gcloud pubsub subscriptions pull ${PREFIX}outcomes-reader --auto-ack --project=${PROJECT_ID}"
