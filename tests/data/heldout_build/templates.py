# ruff: noqa: E501  (planted lines are as long as the files they copy)
"""Templates of the held-out corpus (see make.py for the marks).

Four fictional services, in file types and contexts that the dev corpus does not use:
hedgerow-grants-api (Kotlin, Scala, Spring properties, Helm, Terraform, GitHub Actions,
an ADR), sheep-scab-reporting (Rust, PHP, PowerShell, Bash, Swift, SQL, TSV, JSON and
nginx logs), river-permits-hub (.NET appsettings and Web.config, a Kubernetes Secret,
docker compose, pytest and Jest fixtures, OpenAPI, Postman, HAR) and moorland-survey-tool
(WebVTT, a notebook with outputs, meeting notes, an email, an HTML mockup, INI, CSV
exports, syslog, GraphQL). Every person, number and key is made up.
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {}

# --- hedgerow-grants-api ------------------------------------------------------------------

TEMPLATES["hedgerow-grants-api/src/test/kotlin/uk/gov/defra/hedgerow/ApplicantFixtures.kt"] = r'''
// ⟦+MARKING/marking_head_comment:OFFICIAL-SENSITIVE⟧: copied from a live application to reproduce HGA-412
package uk.gov.defra.hedgerow

import java.time.LocalDate
import java.util.UUID

object ApplicantFixtures {

    val defaultApplicant = Applicant(
        id = UUID.fromString("⟦-DEVICE_ID/uuid:48c33f40-5f6c-4b2f-ae2b-eed1b66087e5⟧"),
        holder = "⟦+PERSON/name_full:Eilidh MacLeod⟧",
        niNo = "⟦+NINO/nino_lower:mg860492c⟧",
        dob = LocalDate.parse("⟦+DOB/dob_iso:1984-03-17⟧"),
        mobileNo = "⟦+PHONE/mobile_0044:0044 7839 203251⟧",
        addressLine1 = "⟦+ADDRESS/address_line:14 Clos y Waun⟧",
        postcode = "⟦+POSTCODE/postcode_nospace:SA487LD⟧",
        sbi = ⟦+SBI/sbi_numeric_literal:194708815⟧,
        createdAt = LocalDate.parse("⟦-DOB/non_dob_date:2024-11-04⟧"),
    )

    val placeholderApplicant = defaultApplicant.copy(
        holder = "⟦-PERSON/placeholder_name:Joe Bloggs⟧",
        niNo = "⟦-NINO/qq_nino:QQ654321B⟧",
        mobileNo = "⟦-PHONE/drama_phone:07700 900812⟧",
    )

    fun displayName(applicant: Applicant): String = ⟦-PERSON/code_identifier:applicant.getSurname()⟧.uppercase()

    val apiKey: String = ⟦-CREDENTIAL/env_lookup:System.getenv("HEDGEROW_API_KEY")⟧ ?: ""
}
'''

TEMPLATES["hedgerow-grants-api/src/main/resources/application-prod.properties"] = r'''
# Hedgerow grants API - production profile
spring.application.name=hedgerow-grants-api
server.port=8080
spring.datasource.url=jdbc:postgresql://psql-hedgerow-prd.postgres.database.azure.com:5432/hedgerow
spring.datasource.username=⟦+CONN_USERNAME/db_username:hedgerow_svc⟧
spring.datasource.password=⟦+CREDENTIAL/password:Gorse#Moor2023⟧
spring.datasource.hikari.maximum-pool-size=10
spring.mail.host=smtp.office365.com
spring.mail.username=⟦+CONN_USERNAME/smtp_username_email:gwilym.prosser@naturalresources.wales⟧
spring.mail.password=⟦-CREDENTIAL/env_lookup:${MAIL_PASSWORD}⟧
notify.api-key=⟦-CREDENTIAL/property_placeholder:${vault.notify.api-key}⟧
azure.keyvault.client-secret=⟦-CREDENTIAL/placeholder_secret:<REPLACE>⟧
management.endpoints.web.exposure.include=health,info
info.app.version=⟦-IP/version_string:3.14.2.118⟧
hedgerow.support.phone=⟦-PHONE/org_phone:0300 060 3900⟧
hedgerow.upload.max-file-size=10MB
'''

TEMPLATES["hedgerow-grants-api/src/test/scala/uk/gov/defra/hedgerow/PaymentSpec.scala"] = r'''
package uk.gov.defra.hedgerow

import org.scalatest.flatspec.AnyFlatSpec
import org.scalatest.matchers.should.Matchers

class PaymentSpec extends AnyFlatSpec with Matchers {

  private val bank = BankDetails(
    payee = "⟦+PERSON/name_full:Chukwuemeka Okafor⟧",
    sortCode = "⟦+BANK_ACCOUNT/sort_code_account#b1:895403⟧",
    accNo = "⟦+BANK_ACCOUNT/sort_code_account#b1:05834881⟧",
    iban = "⟦+IBAN/iban_spaced:GB18 BARC 0386 7697 2308 87⟧"
  )

  private val card = CardPayment(
    pan = "⟦+CARD/card_visa_dashes:4461-7087-6770-8367⟧",
    expiry = "09/27",
    cardholder = "⟦+PERSON/name_title:Mrs Adwoa Mensah⟧"
  )

  "a card payment" should "reject the published test card" in {
    val rejected = card.copy(pan = "⟦-CARD/test_card:4242-4242-4242-4242⟧")
    Validator.card(rejected) shouldBe Left(TestCard)
  }

  it should "accept the ISO example IBAN in a dry run" in {
    Validator.iban("⟦-IBAN/example_iban:GB82 WEST 1234 5698 7654 32⟧") shouldBe Right(())
  }

  it should "mask the payee" in {
    Masker.mask(⟦-PERSON/code_identifier:bank.payeeName⟧) should not be empty
  }
}
'''

TEMPLATES["hedgerow-grants-api/deploy/helm/values.yaml"] = r'''
# Classification: ⟦-MARKING/official_only:OFFICIAL⟧
replicaCount: 2

image:
  repository: defradigital/hedgerow-grants-api
  tag: "⟦-IP/version_string:2.18.4.117⟧"
  digest: "sha256:⟦-CREDENTIAL/hex_hash:1c6b548dab89211123c8f204483b696cf99a023821240596b4bb0c311324636b⟧"

podAnnotations:
  git-commit: "⟦-CREDENTIAL/git_sha:11c3350cfb5c1f65d3d880fdf917ffd6eabd441b⟧"

env:
  SPRING_PROFILES_ACTIVE: prod
  DB_PASSWORD: "⟦-CREDENTIAL/helm_template:{{ .Values.postgres.password }}⟧"
  NOTIFY_API_KEY: ⟦-CREDENTIAL/placeholder_secret:TODO⟧
  APPLICATIONINSIGHTS_CONNECTION_STRING: "InstrumentationKey=⟦-DEVICE_ID/uuid:fc120734-9ea4-416e-b2d0-1ba022024855⟧;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/"

postgres:
  host: psql-hedgerow-prd.postgres.database.azure.com
  user: ⟦+CONN_USERNAME/db_username:hedgerow_admin⟧
  password: ⟦+CREDENTIAL/password:Wh1nberry!Ridge⟧

redis:
  auth:
    existingSecret: ⟦-CREDENTIAL/secret_name:hedgerow-redis⟧
    password: "⟦-CREDENTIAL/placeholder_secret:********⟧"

resources:
  limits:
    memory: 512Mi
'''

TEMPLATES["hedgerow-grants-api/deploy/terraform/prod.tfvars"] = r'''
environment        = "prod"
location           = "uksouth"
sql_admin_login    = "⟦+CONN_USERNAME/db_admin_login:hedgerowsqladmin⟧"
sql_admin_password = "⟦+CREDENTIAL/password:Cwm-Rheidol-7741⟧"
tenant_id          = "⟦-DEVICE_ID/uuid:88b291ec-cf57-42a1-9c45-ede82c1ee136⟧"

# break-glass access from the on-call engineer's home broadband
allowed_ip_ranges = [
  "⟦+IP/ipv4_public_cidr:81.149.203.17⟧/32",
  "⟦-IP/private_ip:10.40.0.0⟧/16",
  "⟦-IP/doc_ipv4:203.0.113.40⟧/32",
]

alert_email          = "⟦+EMAIL/email_work:sioned.rees@naturalresources.wales⟧"
sql_password_kv_ref  = "⟦-CREDENTIAL/vault_ref:@Microsoft.KeyVault(SecretUri=https://kv-hedgerow-prd.vault.azure.net/secrets/sql-admin-password/)⟧"
'''

TEMPLATES["hedgerow-grants-api/.github/workflows/deploy.yml"] = r'''
name: deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@⟦-CREDENTIAL/git_sha:6c65da81cc490df41f1f5a1ffbe1d42f9371feed⟧
      - uses: azure/login@v2
        with:
          creds: ⟦-CREDENTIAL/ci_secret_ref:${{ secrets.AZURE_CREDENTIALS }}⟧
      - name: Deploy
        env:
          SQL_PASSWORD: ⟦-CREDENTIAL/ci_secret_ref:${{ secrets.SQL_ADMIN_PASSWORD }}⟧
          SLACK_WEBHOOK_URL: ⟦+CREDENTIAL/slack_webhook:https://hooks.slack.com/services/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⟧
          NOTIFY_FROM: ⟦-EMAIL/example_email:deploy-bot@example.org⟧
        run: ./scripts/deploy.sh "${{ github.sha }}"
'''

TEMPLATES["hedgerow-grants-api/docs/adr/0007-store-bank-details.md"] = r'''
⟦+MARKING/marking_legacy:RESTRICTED⟧

# 7. Store bank details encrypted at rest

Date: ⟦-DOB/non_dob_date:12 November 2024⟧

Status: Accepted

Deciders: ⟦+PERSON/name_full:Sioned Rees⟧, platform team

## Context

Payees give us a sort code and account number, such as ⟦-BANK_ACCOUNT/placeholder_digits:12-34-56 12345678⟧ in the examples.
Card numbers are never stored; the sandbox uses the test card ⟦-CARD/test_card:5555 5555 5555 4444⟧.

## Decision

The data key lives in Key Vault. ⟦-MARKING/prose_secret:The secret is never logged: keep it secret.⟧

## Consequences

- Support can be reached at ⟦-EMAIL/role_mailbox:hedgerow.enquiries@naturalresources.wales⟧.
- Demos use the reserved number ⟦-PHONE/drama_phone:(01632) 960418⟧.
- Demos use the reserved NHS number ⟦-NHS/nhs_test_range:999 062 0466⟧.
'''

# --- sheep-scab-reporting -----------------------------------------------------------------

TEMPLATES["sheep-scab-reporting/src/notify.rs"] = r'''
//! Sends outbreak notifications to keepers through GOV.UK Notify.

use std::env;

const NOTIFY_TEMPLATE_ID: &str = "⟦-DEVICE_ID/uuid:a7143732-bf3b-49af-88d8-fe36d3c6ad2c⟧";
// TODO: move to Key Vault before go-live
const NOTIFY_API_KEY: &str = "⟦+CREDENTIAL/govuk_notify_key:scabreporting_live-d43b4a7b-8c05-41fb-84c8-9663a5be6956-0ecd3fbc-ad12-4c1c-80da-634293464aa0⟧";
const PAYLOAD_DIGEST: &str = "⟦-CREDENTIAL/hex_hash:bcdce52aa566a438021d53c54093f08aaadc0bc5c9980a02f37a543d879a2655⟧";

pub struct Keeper {
    ⟦-PERSON/code_identifier:pub keeper_name: String,⟧
    pub mobile_no: String,
}

pub fn api_key() -> String {
    ⟦-CREDENTIAL/env_lookup:env::var("NOTIFY_API_KEY")⟧.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_keeper_for_sms() {
        let keeper = Keeper {
            keeper_name: "⟦+PERSON/name_full:Oluwaseun Adeyemi⟧".to_string(),
            mobile_no: "⟦+PHONE/mobile_intl_paren:+44 (0)7576 307553⟧".to_string(),
        };
        assert!(format_sms(&keeper).starts_with("Dear"));
    }

    #[test]
    fn drama_numbers_are_accepted() {
        let keeper = Keeper {
            keeper_name: "⟦-PERSON/placeholder_name:Test Keeper⟧".into(),
            mobile_no: "⟦-PHONE/drama_phone:+44 (0)20 7946 0321⟧".into(),
        };
        assert!(is_valid(&keeper));
    }
}
'''

TEMPLATES["sheep-scab-reporting/public/admin/export.php"] = r'''
<?php
// Export of suspected scab reports for the APHA field team.

$pdo = new PDO(
    'pgsql:host=scab-db.prd.internal;dbname=scab',
    '⟦+CONN_USERNAME/db_username:scab_export⟧',
    '⟦+CREDENTIAL/password:Tup!Ram_2019⟧'
);
$apiKey = ⟦-CREDENTIAL/env_lookup:getenv('APHA_API_KEY')⟧;
$appKey = ⟦-CREDENTIAL/env_lookup:$_ENV['APP_KEY']⟧ ?? '';

$sample = [
    'keeperName'   => '⟦+PERSON/name_full:Bartosz Wiśniewski⟧',
    'cph'          => '⟦+CPH/cph:61/745/4437⟧',
    'vehicleRegNo' => '⟦+VEHICLE_REG/vrm:SN21 WFL⟧',
    'licenceNo'    => '⟦+DRIVING_LICENCE/dvla:WISNI711029B94TW⟧',
    'reportedAt'   => '⟦-DOB/non_dob_date:2024-10-28T09:14:00Z⟧',
];

function keeperLabel(array $keeper): string
{
    return ⟦-PERSON/code_identifier:$keeper['keeperName']⟧ . ' (' . $keeper['cph'] . ')';
}
'''

TEMPLATES["sheep-scab-reporting/scripts/Sync-Backups.ps1"] = r'''
<# ⟦+MARKING/marking_head_comment:OFFICIAL-SENSITIVE⟧ #>
param(
    [string]$ResourceGroup = "rg-scab-prd"
)

$ErrorActionPreference = "Stop"
$env:AWS_ACCESS_KEY_ID = "⟦+CREDENTIAL/aws_access_key_id:AKIATVIBRXWJIA552ZVS⟧"
$env:AWS_SECRET_ACCESS_KEY = "⟦+CREDENTIAL/aws_secret_access_key:I6g6nTNF7hfmDyIMMXUV1JbqdSp6Do4fBO3K72ou⟧"
$clientSecret = ⟦-CREDENTIAL/env_lookup:$env:ARM_CLIENT_SECRET⟧
$sqlPassword = ⟦-CREDENTIAL/env_lookup:[Environment]::GetEnvironmentVariable("SQL_PASSWORD")⟧
$adminPassword = ConvertTo-SecureString "⟦+CREDENTIAL/password:Hafod!Uchaf88⟧" -AsPlainText -Force
$breakGlass = ⟦-CREDENTIAL/getpass:Read-Host -AsSecureString -Prompt "Break-glass password"⟧
$credential = New-Object System.Management.Automation.PSCredential("⟦+CONN_USERNAME/service_account:svc-scab-backup⟧", $adminPassword)

aws s3 sync "D:\backups\scab" "s3://scab-backups-prd/$ResourceGroup" --only-show-errors
Write-Host "Backups synced"
'''

TEMPLATES["sheep-scab-reporting/scripts/backfill-reports.sh"] = r'''
#!/usr/bin/env bash
# Backfill scab reports from the legacy Access export.
set -euo pipefail

export PGHOST=scab-db.prd.internal
export PGUSER=⟦+CONN_USERNAME/db_username:scab_backfill⟧
export PGPASSWORD='⟦+CREDENTIAL/password:Ewe&Lamb-2019⟧'
⟦-CREDENTIAL/getpass:read -rsp "Vault token: " VAULT_TOKEN⟧
NOTIFY_KEY="$(⟦-CREDENTIAL/vault_ref:vault kv get -field=api_key secret/scab/notify⟧)"
API_TOKEN="⟦-CREDENTIAL/env_lookup:${API_TOKEN:?set API_TOKEN first}⟧"

curl -fsS -u "⟦+CREDENTIAL/basic_auth:svc_scab:Fleece%Dip44⟧" https://apha-legacy.prd.internal/api/export -o export.json
curl -fsS -X POST -H "Authorization: token ⟦+CREDENTIAL/github_token: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⟧" \
  https://api.github.com/repos/DEFRA/sheep-scab-reporting/dispatches -d '{"event_type":"backfill"}'
psql -c "\copy reports FROM 'export.csv' CSV HEADER"
'''

TEMPLATES["sheep-scab-reporting/data/keepers-2024.tsv"] = (
    "ref\tkeeper\tcounty\tflock_size\n"
    "K-0001\t⟦+PERSON/name_full:Gwilym Prosser⟧\tPowys\t420\n"
    "K-0002\t⟦+PERSON/name_middle:Harpreet Kaur Sandhu⟧\tShropshire\t135\n"
    "K-0003\t⟦+PERSON/name_particle:Dafydd ap Rhys⟧\tCeredigion\t610\n"
    "K-0004\t⟦-PERSON/placeholder_name:Example Keeper⟧\tGwynedd\t12\n"
    "K-0005\t⟦+PERSON/name_caps:CATRIONA FRASER⟧\tHighland\t890\n"
)

TEMPLATES["sheep-scab-reporting/db/migrations/V3__seed_keepers.sql"] = r'''
-- ⟦+MARKING/marking_no_hyphen:OFFICIAL SENSITIVE⟧
-- V3: seed keepers for the training environment
CREATE TABLE keepers (
    id          SERIAL PRIMARY KEY,
    holder      VARCHAR(120),
    ⟦-NINO/code_identifier:ni_no       CHAR(9),⟧
    ⟦-DOB/code_identifier:dob         DATE,⟧
    created_at  TIMESTAMPTZ DEFAULT now()
);

INSERT INTO keepers (holder, ni_no, dob, created_at) VALUES
  ('⟦+PERSON/name_full:Fatima Begum⟧', NULL, NULL, now()),
  (NULL, '⟦+NINO/nino_spaced:TE 64 34 33 B⟧', NULL, now()),
  (NULL, NULL, '⟦+DOB/dob_iso:1979-11-02⟧', now()),
  (NULL, '⟦-NINO/qq_nino:QQ 65 43 21 C⟧', NULL, now()),
  (NULL, NULL, NULL, '⟦-DOB/non_dob_date:2024-02-29 10:00:00⟧');
'''

TEMPLATES["sheep-scab-reporting/logs/api-2024-11-12.jsonl"] = r'''
{"ts":"2024-11-12T08:01:12.118Z","level":"info","msg":"service started","version":"⟦-IP/version_string:5.1.0.204⟧"}
{"ts":"2024-11-12T08:01:40.502Z","level":"info","msg":"report submitted","requestId":"⟦-DEVICE_ID/uuid:175a7faa-881f-49e6-9baa-6910e9ee6447⟧"}
{"ts":"2024-11-12T08:02:03.331Z","level":"info","msg":"report submitted","client_ip":"⟦+IP/ipv4_public:86.27.114.202⟧"}
{"ts":"2024-11-12T08:02:09.870Z","level":"warn","msg":"sms delivery failed","to":"⟦+PHONE/mobile_intl_compact:+447907220453⟧"}
{"ts":"2024-11-12T08:03:15.004Z","level":"debug","msg":"device registered","mac":"⟦+DEVICE_ID/mac_lower:b8:27:eb:4f:91:2c⟧"}
{"ts":"2024-11-12T08:04:51.617Z","level":"info","msg":"login","user":"⟦+EMAIL/email_personal:ewa.nowak84@hotmail.co.uk⟧"}
{"ts":"2024-11-12T08:05:02.090Z","level":"info","msg":"login","user":"⟦-EMAIL/example_email:tester@sheep-scab.test⟧"}
{"ts":"2024-11-12T08:05:30.441Z","level":"info","msg":"health check","upstream":"⟦-IP/private_ip:10.40.3.17⟧"}
{"ts":"2024-11-12T08:06:12.958Z","level":"error","msg":"upstream timeout","client_ip":"⟦+IP/ipv6_public:2a02:c7c:5e21:8a00:4d1:93ff:fe2b:71c3⟧"}
{"ts":"2024-11-12T08:07:00.000Z","level":"info","msg":"nightly batch","job":"reconcile","epoch":⟦-NHS/epoch_seconds:1731398409⟧}
{"ts":"2024-11-12T08:07:44.125Z","level":"info","msg":"audit","commit":"⟦-CREDENTIAL/hex_hash:0a7a62d23b3c6d7ff59a0ab5de92a719faaed6a382a89f362ce78d1da122d56c⟧"}
'''

TEMPLATES["sheep-scab-reporting/logs/nginx-access.log"] = r'''
⟦+IP/ipv4_public:151.224.38.91⟧ - - [12/Nov/2024:08:14:02 +0000] "GET /report/start HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.118 Safari/537.36"
⟦-IP/doc_ipv4:192.0.2.44⟧ - - [12/Nov/2024:08:14:09 +0000] "GET /report/start HTTP/1.1" 200 5120 "-" "curl/8.5.0"
⟦-IP/private_ip:10.40.0.5⟧ - - [12/Nov/2024:08:14:10 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟦+IP/ipv4_public:92.40.177.58⟧ - - [12/Nov/2024:08:15:33 +0000] "POST /report/submit HTTP/1.1" 302 0 "https://sheep-scab.defra.gov.uk/report/check" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
10.40.0.9 - - [12/Nov/2024:08:16:01 +0000] "GET /api/keepers?email=⟦+EMAIL/email_urlencoded:kwame.asante%40outlook.com⟧ HTTP/1.1" 200 312 "-" "python-requests/2.31.0"
⟦-IP/doc_ipv6:2001:db8:4f2a::17⟧ - - [12/Nov/2024:08:16:20 +0000] "GET /favicon.ico HTTP/1.1" 404 0 "-" "Mozilla/5.0"
'''

TEMPLATES["sheep-scab-reporting/ios/ScabReporter/Models/ReportDraft.swift"] = r'''
import Foundation

struct ReportDraft: Codable {
    ⟦-PERSON/code_identifier:var farmerName: String⟧
    var mobileNo: String
    var imei: String
}

extension ReportDraft {
    static let preview = ReportDraft(
        farmerName: "⟦+PERSON/name_apostrophe:Niamh O'Sullivan⟧",
        mobileNo: "⟦+PHONE/mobile_national:07862 074716⟧",
        imei: "⟦+DEVICE_ID/imei:353704677594368⟧"
    )

    static let empty = ReportDraft(farmerName: "", mobileNo: "", imei: "")
}

let apiToken = ⟦-CREDENTIAL/env_lookup:ProcessInfo.processInfo.environment["SCAB_API_TOKEN"]⟧ ?? ""
'''

# --- river-permits-hub --------------------------------------------------------------------

TEMPLATES["river-permits-hub/src/RiverPermits.Api/appsettings.Production.json"] = r'''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  },
  "ConnectionStrings": {
    "Permits": "⟦+CREDENTIAL/conn_adonet:Server=tcp:sql-riverpermits-prd.database.windows.net,1433;Database=permits;User ID=permits_rw;Password=Afon!Teifi2024;Encrypt=True;⟧"
  },
  "AzureAd": {
    "TenantId": "⟦-DEVICE_ID/uuid:267c2168-3d2a-4dc9-b0cd-9a49ac3dfe1f⟧",
    "ClientId": "⟦-DEVICE_ID/uuid:849da41f-43ba-48c6-99e2-406b2a496057⟧",
    "ClientSecret": "⟦-CREDENTIAL/placeholder_secret:#{AzureAdClientSecret}#⟧"
  },
  "Notify": {
    "ApiKey": "⟦-CREDENTIAL/vault_ref:@Microsoft.KeyVault(SecretUri=https://kv-riverpermits-prd.vault.azure.net/secrets/notify-api-key/)⟧",
    "ReplyToId": "⟦-DEVICE_ID/uuid:ec98171c-408f-45f8-8cc4-fae4f4a08ab8⟧"
  },
  "Twilio": {
    "AuthToken": "⟦+CREDENTIAL/api_key_hex:aedebb3e83d0911f30aa198162605772⟧"
  },
  "Support": {
    "Mailbox": "⟦-EMAIL/role_mailbox:permits.enquiries@naturalresources.wales⟧",
    "OutOfHoursContact": "⟦+PERSON/name_full:Wei Zhang⟧"
  }
}
'''

TEMPLATES["river-permits-hub/src/RiverPermits.Web/Web.config"] = r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Legacy" connectionString="⟦+CREDENTIAL/conn_adonet:Data Source=sql-permits-legacy.prd.internal;Initial Catalog=Permits;User ID=permits_legacy;Password=Llyn-Brianne#19⟧" providerName="System.Data.SqlClient" />
    <add name="Local" connectionString="⟦-CREDENTIAL/integrated_security:Data Source=(localdb)\MSSQLLocalDB;Initial Catalog=Permits;Integrated Security=True⟧" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="NotifyApiKey" value="⟦-CREDENTIAL/placeholder_secret:__NOTIFY_API_KEY__⟧" />
    <add key="SmtpUser" value="⟦+CONN_USERNAME/smtp_username:permits-relay⟧" />
    <add key="SmtpPassword" value="⟦+CREDENTIAL/password:Nant-y-Moch!55⟧" />
    <add key="FeedbackRecipient" value="⟦+EMAIL/email_work:mei.ling.chen@naturalresources.wales⟧" />
    <add key="DutyOfficerName" value="⟦+PERSON/name_full:Lachlan Urquhart⟧" />
    <add key="AppVersion" value="⟦-IP/version_string:2.11.0.214⟧" />
  </appSettings>
  <system.web>
    <machineKey
      validationKey="⟦+CREDENTIAL/machine_key:09390230BB1CD0041C8C9FE1F14D377F4C1CA28E1F5E298856F28FA119644C6E2A87A5913B8E1715999B3DC9C39B2183BEB2AB6C9E7A21D3715F06F48A54E4EC⟧"
      decryptionKey="⟦+CREDENTIAL/machine_key:B15A1C1BD23A55FE9868D496BC814362B9582BAE3FE996959D66A7FBA46EE523⟧"
      validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
'''

TEMPLATES["river-permits-hub/k8s/db-secret.yaml"] = r'''
apiVersion: v1
⟦-MARKING/k8s_kind_secret:kind: Secret⟧
metadata:
  name: river-permits-db
  namespace: river-permits
type: Opaque
stringData:
  DB_USER: ⟦+CONN_USERNAME/db_username:riverpermits_app⟧
  DB_PASSWORD: "⟦+CREDENTIAL/password:Elan-Valley^2031⟧"
data:
  NOTIFY_API_KEY: ⟦+CREDENTIAL/k8s_secret_base64:cml2ZXJwZXJtaXRzLWFlZjliMWVhLTAyNGQtNDc2Yi1iZTgyLWNjZGIxYjA4MjVlYS1lMzdjZTk0Yi1jM2I2LTRjZmQtODZmYy1mM2YzMjEzNmZjOGU=⟧
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: river-permits-api
spec:
  template:
    spec:
      containers:
        - name: api
          image: defradigital/river-permits-api:4.3.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                ⟦-CREDENTIAL/secret_ref:secretKeyRef:⟧
                  name: river-permits-db
                  key: DB_PASSWORD
'''

TEMPLATES["river-permits-hub/docker-compose.yml"] = r'''
services:
  api:
    build: .
    environment:
      ASPNETCORE_ENVIRONMENT: Development
      ConnectionStrings__Permits: "⟦-CREDENTIAL/local_default_creds:Server=db;Database=permits;User ID=sa;Password=${SA_PASSWORD:-LocalDev_only1}⟧"
    depends_on: [db, redis]
  db:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "⟦-CREDENTIAL/local_default_creds:${SA_PASSWORD:-LocalDev_only1}⟧"
  redis:
    image: redis:7.2.4
    command: ["redis-server", "--requirepass", "⟦+CREDENTIAL/password:Tywi-Estuary-6620⟧"]
  mail:
    image: axllent/mailpit:v1.18
    ports: ["8025:8025"]
'''

TEMPLATES["river-permits-hub/tests/fixtures/permit_holders.py"] = r'''
"""Permit holder fixtures shared by the API tests."""

import pytest


@pytest.fixture
def permit_holder():
    return {
        "recipient_name": "⟦+PERSON/name_full:Kwame Asante⟧",
        "medical_exemption_nhs_no": "⟦+NHS/nhs_dashes:415-730-9332⟧",
        "dob": "⟦+DOB/dob_uk:23/07/1991⟧",
        "passport_no": "⟦+PASSPORT/passport:596778407⟧",
        "self_assessment_utr": "⟦+UTR/utr:8508929056⟧",
        "signatory": "⟦+PERSON/name_initial:A. Kowalczyk⟧",
    }


@pytest.mark.parametrize("nhs_no", [
    "⟦-NHS/nhs_test_range:999 809 0032⟧",
    "⟦-NHS/nhs_test_range:9997094581⟧",
])
def test_test_range_nhs_numbers_are_accepted(client, nhs_no):
    assert client.post("/holders", json={"nhs_no": nhs_no}).status_code == 201


def test_created_at_is_not_a_birth_date(client):
    payload = {"created_at": "⟦-DOB/non_dob_date:2023-07-23⟧"}
    assert client.post("/holders", json=payload).status_code == 422
'''

TEMPLATES["river-permits-hub/web/src/__tests__/PermitForm.test.tsx"] = r'''
import { render, screen } from '@testing-library/react'
import { PermitForm } from '../PermitForm'

interface Holder {
  ⟦-PERSON/code_identifier:firstName: string⟧
  lastName: string
  ⟦-EMAIL/code_identifier:email: string⟧
}

const holder: Holder = {
  firstName: '⟦+PERSON/name_parts#n1:Saoirse⟧',
  lastName: '⟦+PERSON/name_parts#n1:Gallagher⟧',
  email: '⟦+EMAIL/email_personal:s.gallagher1987@gmail.com⟧'
}

describe('PermitForm', () => {
  it('shows the reserved example address', () => {
    render(<PermitForm holder={{ ...holder, email: '⟦-EMAIL/example_email:holder@example.com⟧' }} />)
    expect(screen.getByText('Check your answers')).toBeTruthy()
  })

  it('reads the key from the environment', () => {
    const key = ⟦-CREDENTIAL/env_lookup:process.env.PERMITS_API_KEY⟧ ?? '⟦-CREDENTIAL/placeholder_secret:xxx-xxx⟧'
    expect(key).toBeDefined()
  })
})
'''

TEMPLATES["river-permits-hub/api/openapi.yaml"] = r'''
openapi: 3.0.3
info:
  title: River permits API
  version: ⟦-IP/version_string:1.12.0.77⟧
  contact:
    email: ⟦-EMAIL/role_mailbox:api.support@naturalresources.wales⟧
paths:
  /holders:
    post:
      summary: Register a permit holder
components:
  schemas:
    PermitHolder:
      type: object
      properties:
        holderName:
          type: string
          example: ⟦-PERSON/placeholder_name:Jane Doe⟧
        niNo:
          type: string
          example: ⟦-NINO/qq_nino:QQ 12 34 56 B⟧
        phone:
          type: string
          example: "⟦-PHONE/drama_phone:0131 496 0555⟧"
        iban:
          type: string
          example: ⟦-IBAN/example_iban:GB29NWBK60161331926819⟧
        postcode:
          type: string
          example: ⟦-POSTCODE/example_postcode:SW1A 2AA⟧
  examples:
    HolderFromTicket:
      summary: Copied from a support ticket
      value:
        holderName: ⟦+PERSON/name_full:Imran Chaudhry⟧
        niNo: ⟦+NINO/nino:HN105723A⟧
        phone: "⟦+PHONE/landline_intl_paren:+44 (0)29 2087 4412⟧"
        addressLine1: ⟦+ADDRESS/address_line:Flat 3, 27 Kingsmead Walk⟧
        postcode: ⟦+POSTCODE/postcode:NR2 4HE⟧
        crn: "⟦+CRN/crn:1104696708⟧"
'''

TEMPLATES["river-permits-hub/postman/river-permits.postman_collection.json"] = r'''
{
  "info": {
    "_postman_id": "⟦-DEVICE_ID/uuid:9ba25c2a-561d-4747-9cdc-9b8b985baaac⟧",
    "name": "River permits",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [
      {
        "key": "token",
        "value": "⟦+CREDENTIAL/jwt:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5ZWJlZTU2My1lOTA1LTQxNjAtOTRmOS0zOTlhOWNkZjhkNjUiLCJpc3MiOiJodHRwczovL3JpdmVyLXBlcm1pdHMuYXp1cmV3ZWJzaXRlcy5uZXQiLCJyb2xlcyI6WyJwZXJtaXRzLndyaXRlIl0sImlhdCI6MTczMTM5ODQwMCwiZXhwIjoxNzMxNDAyMDAwfQ.Q8mdls6p8Lsvxnj-yZv6AjFRbLFUjYizW_0ONUGpLRw⟧",
        "type": "string"
      }
    ]
  },
  "item": [
    {
      "name": "Create permit",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Ocp-Apim-Subscription-Key", "value": "⟦+CREDENTIAL/api_key_hex:45b65145cd51afac7debdfc68da9b06a⟧" },
          { "key": "x-api-key", "value": "⟦-CREDENTIAL/postman_variable:{{apiKey}}⟧" }
        ],
        "body": {
          "mode": "raw",
          "raw": "{\n  \"applicantName\": \"⟦+PERSON/name_full:Priya Raghunathan⟧\",\n  \"permitType\": \"abstraction\"\n}"
        },
        "url": {
          "raw": "{{baseUrl}}/permits",
          "host": ["{{baseUrl}}"],
          "path": ["permits"]
        }
      }
    }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://river-permits.snd.defra.cloud" },
    { "key": "adminPassword", "value": "⟦+CREDENTIAL/password:Severn-Bore@88⟧" },
    { "key": "apiKey", "value": "" }
  ]
}
'''

TEMPLATES["river-permits-hub/captures/submit-permit.har"] = r'''
{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "128.0" },
    "entries": [
      {
        "startedDateTime": "2024-11-12T10:02:11.204Z",
        "time": 182,
        "request": {
          "method": "POST",
          "url": "https://river-permits.snd.defra.cloud/permits",
          "httpVersion": "HTTP/1.1",
          "headers": [
            { "name": "Authorization", "value": "Basic ⟦+CREDENTIAL/basic_auth_base64:cGVybWl0c19hcGk6RHlmaS1Pc3ByZXkhMjc=⟧" },
            { "name": "X-Correlation-Id", "value": "⟦-DEVICE_ID/uuid:d2d6d499-17bc-4670-a0c5-bb8380ee3e8e⟧" },
            { "name": "Content-Type", "value": "application/x-www-form-urlencoded" }
          ],
          "queryString": [
            { "name": "holderEmail", "value": "⟦+EMAIL/email_personal:lachlan.urquhart@btinternet.com⟧" }
          ],
          "postData": {
            "mimeType": "application/x-www-form-urlencoded",
            "text": "permitType=abstraction&postcode=⟦+POSTCODE/postcode_form_encoded:IV2+4XB⟧&consent=yes"
          },
          "headersSize": -1,
          "bodySize": 52
        },
        "response": {
          "status": 201,
          "statusText": "Created",
          "httpVersion": "HTTP/1.1",
          "headers": [],
          "content": {
            "size": 64,
            "mimeType": "application/json",
            "text": "{\"permitId\":\"⟦-DEVICE_ID/uuid:17a124ee-f04c-408d-928d-7ee2b1d7ff87⟧\",\"status\":\"received\"}"
          },
          "redirectURL": "",
          "headersSize": -1,
          "bodySize": 64
        },
        "cache": {},
        "timings": { "send": 1, "wait": 170, "receive": 11 }
      }
    ]
  }
}
'''

# --- moorland-survey-tool -----------------------------------------------------------------

TEMPLATES["moorland-survey-tool/research/p07-landowner-interview.vtt"] = r'''
WEBVTT

NOTE
⟦+MARKING/marking_vtt_note:OFFICIAL-SENSITIVE PERSONAL⟧
Recorded with consent. Delete after the analysis is signed off.

00:00:01.000 --> 00:00:06.500
Interviewer: Thanks for joining. Could you say your name for the recording?

00:00:06.500 --> 00:00:11.200
Participant: Yes, it's ⟦+PERSON/name_in_speech:Rhiannon Pryce⟧, I farm up above Tregaron.

00:00:11.200 --> 00:00:17.900
Interviewer: And for the consent form, your date of birth?

00:00:17.900 --> 00:00:23.400
Participant: The ⟦+DOB/dob_ordinal:9th of June 1971⟧.

00:00:23.400 --> 00:00:29.000
Interviewer: What's the holding number on your paperwork?

00:00:29.000 --> 00:00:35.600
Participant: It's ⟦+CPH/cph:65/190/3725⟧, same as on the grazing licence.

00:00:35.600 --> 00:00:41.000
Interviewer: And the postcode for the farmhouse?

00:00:41.000 --> 00:00:46.300
Participant: ⟦+POSTCODE/postcode:SY25 6HQ⟧, though the sat nav sends people up the wrong track.

00:00:46.300 --> 00:00:52.000
Interviewer: We'll compare your land with ⟦-PERSON/place_name:Ben Nevis⟧ plots from last year.

00:00:52.000 --> 00:00:58.700
Participant: Fine by me. ⟦-MARKING/prose_secret:It's not top secret, everyone round here knows.⟧
'''

TEMPLATES["moorland-survey-tool/notebooks/peat-depth-analysis.ipynb"] = r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "⟦+MARKING/marking_notebook:OFFICIAL-SENSITIVE COMMERCIAL⟧\n",
    "\n",
    "# Peat depth survey: first pass"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import psycopg\n",
    "import pandas as pd\n",
    "conn = psycopg.connect(\"⟦+CREDENTIAL/conn_libpq:host=survey-db.prd.internal user=moorland_ro password=Mawn-Bog-8812 dbname=survey⟧\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "              surveyor    site  depth_cm\n",
       "0    ⟦+PERSON/name_diacritic:Tomasz Zieliński⟧  MS-014       212\n",
       "1     ⟦+PERSON/name_full:Ruaridh Sinclair⟧  MS-015       187\n",
       "2         ⟦-PERSON/placeholder_name:A N Other⟧  MS-016        95"
      ]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "df = pd.read_sql(\"SELECT surveyor, site, depth_cm FROM readings LIMIT 3\", conn)\n",
    "df"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "emailing summary to ⟦+EMAIL/email_work:a.kowalczyk@ceh.ac.uk⟧\n",
      "grid origin ⟦-ADDRESS/grid_ref:SN 7612 6684⟧\n"
     ]
    }
   ],
   "source": [
    "send_summary(df)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "⟦-CREDENTIAL/base64_image:iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAABM0lEQVR4nAEoAdf+AOpE84vnYz43m0PXl993GvHDXWs0I6aI2hzp7h9RmrF9/2uv1wDr1mVnxG+J8ZXEBsjcrKWbobKcrp6aWgpUqB+2HNf+S6qCPZwAipnrQFDRBGdcrly3AHjd/TTlfR5A74OSARfWeBrz9avyQahWANtsQRG64sOlmCSFW85bWANrvQ2VaEPw3JrdZnuzAy3ssQGbNQC6oRWEOrmxdWv/G0FNtFoh3MgLR5Jf1FsagIwpPnIqtcxyN3UAyd6li9H4bzB8zNjqgnoe3xhzUz+WtoDbU+vLObgIjtpDt9BuAP+9HfCrsSu9pw6Fb0GnJRaxkSt/yhNJ9VMbTFPnrkIELwaDvwA9uia2cZOCb+0wCpfZUR+1AAEdPfrpX3LjltQgZyf5ipzaAWfkdpLBI/eDPwAAAABJRU5ErkJggg==⟧",
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "df.plot.bar(x=\"site\", y=\"depth_cm\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3 (ipykernel)",
   "language": "python",
   "name": "python3"
  },
  "language_info": {
   "name": "python",
   "version": "3.12.4"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
'''

TEMPLATES["moorland-survey-tool/docs/meetings/2024-11-12-steering-group.md"] = r'''
# Moorland restoration steering group, 12 November 2024

Classification: ⟦+MARKING/marking_field:OFFICIAL-SENSITIVE COMMERCIAL⟧

## Attendees

- ⟦+PERSON/name_full:Ruaridh Sinclair⟧ (NatureScot)
- ⟦+PERSON/name_full:Gwenllian Morgan⟧ (NRW)
- Survey contractor (Peatland Partners Ltd)

## Notes

- ⟦-MARKING/prose_secret:Secret Santa: names in the hat by Friday.⟧
- ⟦-PERSON/place_name:Glen Coe⟧ plots are postponed until the spring.
- Call the landowner at Moorside back on ⟦+PHONE/landline_national:01433 620517⟧ about gate access.
- Demos must use reserved data only, such as ⟦-PHONE/drama_phone:0113 496 0702⟧.

## Actions

| Owner | Action |
| --- | --- |
| ⟦+PERSON/name_table:Aisha Bello⟧ | Confirm the grazing licences |
| Survey contractor | Send the revised depth map |

⟦+MARKING/marking_footer:OFFICIAL-SENSITIVE COMMERCIAL⟧
'''

TEMPLATES["moorland-survey-tool/correspondence/landowner-complaint.eml"] = r'''
From: "⟦+PERSON/name_email_display:Dafydd Hughes⟧" <⟦+EMAIL/email_personal:dafydd.hughes58@gmail.com⟧>
To: ⟦-EMAIL/role_mailbox:peatland.enquiries@naturalresources.wales⟧
Date: Tue, 12 Nov 2024 09:41:07 +0000
Subject: RE: [⟦+MARKING/marking_subject:OFFICIAL-SENSITIVE⟧] Access to Moorside common
Message-ID: <⟦-EMAIL/message_id:20241112094107.4f2a9c@mail.gmail.com⟧>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Sir or Madam,

Your contractors parked a van (⟦+VEHICLE_REG/vrm:LD68 PXR⟧) across my gate again.
My address is ⟦+ADDRESS/address_welsh:Ty Gwyn, Heol y Bryn, Pumsaint, SA19 8YT⟧.
Please ring me on ⟦+PHONE/landline_intl:+44 1558 650321⟧ before anyone comes up.

Regards,
⟦+PERSON/signoff_name:Dafydd Hughes⟧

--
Sent from my iPhone
'''

TEMPLATES["moorland-survey-tool/prototype/views/check-details.html"] = r'''
<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Check your details - Moorland survey</title>
  <link rel="stylesheet" href="https://cdn.example.net/govuk-frontend-5.4.0.min.css" integrity="⟦-CREDENTIAL/integrity_hash:sha384-k1urGEzNU6iMqL1EpHxeel2KbeR6DiGClGWRXVC0zPZb+1QScWAkJAXBxd3B93ww⟧" crossorigin="anonymous">
</head>
<body class="govuk-template__body">
  <main class="govuk-main-wrapper">
    <img src="⟦-CREDENTIAL/base64_image:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAMElEQVR4nGOo3LXf81NZmelcXSMRhkN50uG/qzRFz+U0T2I4vCiLOXeKwq2Nwj5dAEhPEGpVAzVjAAAAAElFTkSuQmCC⟧" alt="">
    <table class="govuk-table">
      <tr class="govuk-table__row">
        <th scope="row" class="govuk-table__header">Name</th>
        <td class="govuk-table__cell">⟦+PERSON/name_full:Morgan Pritchard⟧</td>
      </tr>
      <tr class="govuk-table__row">
        <th scope="row" class="govuk-table__header">Date of birth</th>
        <td class="govuk-table__cell">⟦+DOB/dob_long:3 April 1968⟧</td>
      </tr>
      <tr class="govuk-table__row">
        <th scope="row" class="govuk-table__header">Mobile</th>
        <td class="govuk-table__cell">⟦+PHONE/mobile_national_dashes:07825-824688⟧</td>
      </tr>
      <tr class="govuk-table__row">
        <th scope="row" class="govuk-table__header">Vehicle</th>
        <td class="govuk-table__cell">⟦+VEHICLE_REG/vrm:YK70 BZN⟧</td>
      </tr>
      <tr class="govuk-table__row">
        <th scope="row" class="govuk-table__header">Email</th>
        <td class="govuk-table__cell">⟦-EMAIL/example_email:surveyor@example.org⟧</td>
      </tr>
    </table>
    <form method="post">
      <input class="govuk-input" name="fullName" type="text" placeholder="⟦-PERSON/placeholder_name:Firstname Surname⟧">
      <input class="govuk-input" name="niNumber" type="text" placeholder="⟦-NINO/qq_nino:QQ 12 34 56 D⟧">
      <button class="govuk-button">Save</button>
    </form>
  </main>
</body>
</html>
'''

TEMPLATES["moorland-survey-tool/config/survey.ini"] = r'''
; Moorland survey sync settings
[database]
host = survey-db.prd.internal
user = ⟦+CONN_USERNAME/db_username:moorland_sync⟧
password = ⟦+CREDENTIAL/password:Grugiar-Coch-42⟧

[smtp]
host = smtp.sendgrid.net
username = ⟦-CONN_USERNAME/literal_apikey_username:apikey⟧
password = ⟦+CREDENTIAL/sendgrid_key: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⟧

[sync]
grid_origin = ⟦-ADDRESS/grid_ref:SN 5812 8123⟧
last_run = ⟦-DOB/non_dob_date:17/03/2024⟧
bucket_region = eu-west-2
'''

TEMPLATES["moorland-survey-tool/exports/landowner-contacts.csv"] = (
    "landowner_ref,contact_tel,parish,consent\n"
    "LO-101,⟦+PHONE/landline_paren:(01970) 623418⟧,Ysbyty Ystwyth,yes\n"
    "LO-102,⟦+PHONE/mobile_0044:0044 7517 681138⟧,Strata Florida,yes\n"
    "LO-103,⟦+PHONE/landline_intl_paren:+44 (0)1864 502318⟧,Crawford,no\n"
    "LO-104,⟦-PHONE/drama_phone:(01632) 960 455⟧,Tregaron,yes\n"
    "LO-105,⟦+PHONE/mobile_national_dashes:07847-198919⟧,Llanddewi Brefi,yes\n"
    "LO-106,⟦-PHONE/org_phone:0300 065 3000⟧,NRW customer contact centre,n/a\n"
)

TEMPLATES["moorland-survey-tool/exports/grazing-licences-long.csv"] = (
    "record,field,value\n"
    "1,holder_ni,⟦+NINO/nino_spaced:TM 36 18 29 D⟧\n"
    "2,sbi,⟦+SBI/sbi:206580464⟧\n"
    "3,holder_dob,⟦+DOB/dob_uk:14/02/1959⟧\n"
    "4,sort_code,⟦+BANK_ACCOUNT/sort_code_account#b2:15-91-15⟧\n"
    "4,account_number,⟦+BANK_ACCOUNT/sort_code_account#b2:91198198⟧\n"
    "5,card_number,⟦+CARD/card_mc:5333 2597 2522 2292⟧\n"
    "6,licence_issued,⟦-DOB/non_dob_date:01/04/2024⟧\n"
    "7,invoice_no,⟦-SBI/reference_number:240417336⟧\n"
)

TEMPLATES["moorland-survey-tool/logs/syslog"] = r'''
Nov 12 06:25:01 surveypi-07 CRON[2211]: (root) CMD (/opt/sync/run.sh)
Nov 12 06:25:03 surveypi-07 dhclient[611]: DHCPACK of ⟦-IP/private_ip:10.40.8.23⟧ from 10.40.8.1
Nov 12 06:25:04 surveypi-07 hostapd: wlan0: STA ⟦+DEVICE_ID/mac_lower:dc:a6:32:18:4b:7f⟧ IEEE 802.11: associated
Nov 12 06:25:09 surveypi-07 sshd[914]: Accepted publickey for surveyor from ⟦+IP/ipv4_public:82.132.219.6⟧ port 51234 ssh2
Nov 12 06:26:11 surveypi-07 sync[1022]: uploaded 14 records for ⟦+EMAIL/email_work:t.zielinski@ceh.ac.uk⟧
Nov 12 06:26:12 surveypi-07 sync[1022]: sync agent version ⟦-IP/version_string:10.2.14.201⟧ finished
Nov 12 06:26:13 surveypi-07 sync[1022]: next run scheduled, token ⟦-CREDENTIAL/redacted_secret:[REDACTED]⟧
'''

TEMPLATES["moorland-survey-tool/api/schema.graphql"] = r'''
"""
A landowner who has consented to a survey visit.
Example name: ⟦-PERSON/placeholder_name:Joe Bloggs⟧
"""
type Landowner {
  id: ID!
  ⟦-PERSON/code_identifier:fullName: String!⟧
  email: String
  mobileNo: String
  ⟦-DOB/code_identifier:dateOfBirth: Date⟧
  holding: Holding
}

type Holding {
  cph: String!
  gridRef: String
}

enum Classification {
  OFFICIAL
  ⟦-MARKING/code_identifier:OFFICIAL_SENSITIVE⟧
  ⟦-MARKING/code_identifier:SECRET⟧
}

# Secrets are resolved by the gateway: never put an API key in a query.
type Query {
  landowner(id: ID!): Landowner
}
'''

TEMPLATES["moorland-survey-tool/exports/holdings-extract.csv"] = (
    "⟦+MARKING/marking_banner_row:OFFICIAL-SENSITIVE⟧\n"
    "holding_ref,passport_number,checked\n"
    "H-1,⟦+PASSPORT/passport:704977656⟧,yes\n"
    "H-2,⟦+PASSPORT/passport:417955292⟧,no\n"
    "H-3,⟦-PASSPORT/placeholder_digits:123456789⟧,yes\n"
)

TEMPLATES["moorland-survey-tool/docs/dpia.md"] = r'''
---
title: Data protection impact assessment
classification: ⟦+MARKING/marking_front_matter:OFFICIAL-SENSITIVE⟧
status: draft
---

# DPIA: moorland survey

Information asset owner: ⟦+PERSON/name_label:Gareth Llewellyn⟧

## What we collect

Landowner names, phone numbers and holding numbers. We do not collect anything that is
⟦-MARKING/prose_secret:secret or sensitive in the Government Security Classifications sense.⟧

## Retention

Recordings are deleted after analysis. The ⟦-PERSON/place_name:Glen Affric⟧ pilot kept none.
'''

TEMPLATES["river-permits-hub/web/package.json"] = r'''
{
  "name": "river-permits-web",
  "version": "2.4.1",
  "private": true,
  "author": "⟦+PERSON/name_package_author:Kofi Boateng⟧",
  "contributors": [
    { "name": "⟦+PERSON/name_full:Ewa Nowak⟧" },
    { "name": "⟦-PERSON/placeholder_name:Test User⟧" }
  ],
  "scripts": {
    "test": "jest"
  },
  "dependencies": {
    "govuk-frontend": "⟦-IP/version_string:5.4.0⟧",
    "react": "18.3.1"
  }
}
'''

TEMPLATES["moorland-survey-tool/research/p09-keeper-call.vtt"] = r'''
WEBVTT

NOTE ⟦+MARKING/marking_vtt_note_inline:OFFICIAL-SENSITIVE⟧

00:00:00.000 --> 00:00:04.000
<v Researcher>Thanks for calling back about the grazing survey.

00:00:04.000 --> 00:00:09.500
<v ⟦+PERSON/speaker_name:Seonaid MacAskill⟧>No bother. The shepherd's hut is on the old drove road.

00:00:09.500 --> 00:00:15.000
<v Researcher>Which number should the survey team use?

00:00:15.000 --> 00:00:21.000
<v Researcher>For the recording, the demo line is ⟦-PHONE/drama_phone:0141 496 0333⟧.
'''

TEMPLATES["river-permits-hub/fixtures/contacts/site-officer.vcf"] = r'''
BEGIN:VCARD
VERSION:3.0
N:⟦+PERSON/vcard_structured_name:Okafor;Chidinma⟧;;;
FN:⟦+PERSON/vcard_formatted_name:Chidinma Okafor⟧
ORG:⟦-PERSON/organisation:Environment Agency⟧
TEL;TYPE=CELL:⟦+PHONE/mobile:07923 418 552⟧
EMAIL;TYPE=INTERNET:⟦+EMAIL/personal_email:c.okafor84@btinternet.com⟧
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:;;;;
FN:⟦-PERSON/team_name:Permits Service Desk⟧
TEL;TYPE=WORK:⟦-PHONE/drama_phone:0117 496 0812⟧
EMAIL:⟦-EMAIL/example_email:permits@example.com⟧
END:VCARD
'''

TEMPLATES["hedgerow-grants-api/ldap/seed-users.ldif"] = r'''
dn: ou=people,dc=example,dc=org
objectClass: organizationalUnit
ou: people

dn: uid=gmcbride,ou=people,dc=example,dc=org
objectClass: inetOrgPerson
cn: ⟦+PERSON/ldap_common_name:Gráinne McBride⟧
sn: ⟦+PERSON/ldap_surname:McBride⟧
mail: ⟦+EMAIL/personal_email:grainne.mcbride@outlook.com⟧
telephoneNumber: ⟦+PHONE/landline:028 9024 7731⟧

dn: cn=grant-assessors,ou=groups,dc=example,dc=org
objectClass: groupOfNames
cn: ⟦-PERSON/group_name:Grant Assessors⟧
description: Staff who score hedgerow grant claims
'''
