#!/usr/bin/env bash
# Backfill scab reports from the legacy Access export.
set -euo pipefail

export PGHOST=scab-db.prd.internal
export PGUSER=scab_backfill
export PGPASSWORD='Ewe&Lamb-2019'
read -rsp "Vault token: " VAULT_TOKEN
NOTIFY_KEY="$(vault kv get -field=api_key secret/scab/notify)"
API_TOKEN="${API_TOKEN:?set API_TOKEN first}"

curl -fsS -u "svc_scab:Fleece%Dip44" https://apha-legacy.prd.internal/api/export -o export.json
curl -fsS -X POST -H "Authorization: token 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" \
  https://api.github.com/repos/DEFRA/sheep-scab-reporting/dispatches -d '{"event_type":"backfill"}'
psql -c "\copy reports FROM 'export.csv' CSV HEADER"
