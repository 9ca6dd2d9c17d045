<# OFFICIAL-SENSITIVE #>
param(
    [string]$ResourceGroup = "rg-scab-prd"
)

$ErrorActionPreference = "Stop"
$env:AWS_ACCESS_KEY_ID = "AKIATVIBRXWJIA552ZVS"
$env:AWS_SECRET_ACCESS_KEY = "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"
$clientSecret = $env:ARM_CLIENT_SECRET
$sqlPassword = [Environment]::GetEnvironmentVariable("SQL_PASSWORD")
$adminPassword = ConvertTo-SecureString "Hafod!Uchaf88" -AsPlainText -Force
$breakGlass = Read-Host -AsSecureString -Prompt "Break-glass password"
$credential = New-Object System.Management.Automation.PSCredential("svc-scab-backup", $adminPassword)

aws s3 sync "D:\backups\scab" "s3://scab-backups-prd/$ResourceGroup" --only-show-errors
Write-Host "Backups synced"
