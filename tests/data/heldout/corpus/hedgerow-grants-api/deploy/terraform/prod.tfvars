environment        = "prod"
location           = "uksouth"
sql_admin_login    = "hedgerowsqladmin"
sql_admin_password = "Cwm-Rheidol-7741"
tenant_id          = "88b291ec-cf57-42a1-9c45-ede82c1ee136"

# break-glass access from the on-call engineer's home broadband
allowed_ip_ranges = [
  "81.149.203.17/32",
  "10.40.0.0/16",
  "203.0.113.40/32",
]

alert_email          = "sioned.rees@naturalresources.wales"
sql_password_kv_ref  = "@Microsoft.KeyVault(SecretUri=https://kv-hedgerow-prd.vault.azure.net/secrets/sql-admin-password/)"
