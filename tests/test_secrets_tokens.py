"""Token formats with a prefix of their own: each is found with its type, fakes are not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from safecommit.detect.secret_plugins.tokens import fails_validation, github_checksum_ok
from secrets_support import FAKES, fill, scan, types


@pytest.mark.parametrize(("name", "template", "expected"), [
    ("ci.env", "GH_TOKEN={ghp}\n", "GITHUB_TOKEN"),
    ("ci.env", "GH_TOKEN={gho}\n", "GITHUB_TOKEN"),
    ("ci.env", "GH_TOKEN={ghs}\n", "GITHUB_TOKEN"),
    ("ci.env", "GH_TOKEN={ghu}\n", "GITHUB_TOKEN"),
    ("ci.env", "GH_TOKEN={ghr}\n", "GITHUB_TOKEN"),
    ("app.py", 'gh = Github("{ghp}")\n', "GITHUB_TOKEN"),
    ("Dockerfile", "ENV NPM_TOKEN={github_pat}\n", "GITHUB_TOKEN"),
    ("clone.sh", "git clone https://x-access-token:{ghs}@github.com/org/repo.git\n",
     "GITHUB_TOKEN"),
    ("ci.env", "GITLAB_TOKEN={glpat}\n", "GITLAB_TOKEN"),
    ("appsettings.json", '{{"ClientSecret": "{azure_ad}"}}\n', "AZURE_CLIENT_SECRET"),
    (".env", "NOTIFY_API_KEY={notify}\n", "GOVUK_NOTIFY_API_KEY"),
    ("notify.js", "const client = new NotifyClient('{notify}')\n", "GOVUK_NOTIFY_API_KEY"),
    # a Notify key is known by its shape, with no key word beside it
    ("notify.py", 'client = NotificationsAPIClient("{notify}")\n', "GOVUK_NOTIFY_API_KEY"),
    ("Notify.java", 'var c = new NotificationClient("{notify}");\n', "GOVUK_NOTIFY_API_KEY"),
    ("notify.rb", 'client = Notifications::Client.new("{notify}")\n', "GOVUK_NOTIFY_API_KEY"),
    ("values.yaml", "clients:\n  - {notify}\n", "GOVUK_NOTIFY_API_KEY"),
    ("sonar-project.properties", "sonar.login={sonar}\n", "SONARQUBE_TOKEN"),
    ("Jenkinsfile", "sh 'sonar-scanner -Dsonar.token={sonar}'\n", "SONARQUBE_TOKEN"),
    ("unseal.sh", "vault login {vault_root}\n", "HASHICORP_VAULT_TOKEN"),
    ("auth.py", 'vault = hvac.Client(url=URL, token="{vault_service}")\n', "HASHICORP_VAULT_TOKEN"),
    ("alerts.yaml", "webhook: {slack_webhook}\n", "SLACK_WEBHOOK_TOKEN"),
    ("bot.py", 'client = WebClient("{slack_bot}")\n', "SLACK_TOKEN"),
    ("pay.env", "STRIPE_KEY={stripe_live}\n", "STRIPE_SECRET_KEY"),
    ("pay.env", "STRIPE_KEY={stripe_restricted}\n", "STRIPE_RESTRICTED_KEY"),
    ("mail.py", 'API_KEY = "{sendgrid}"\n', "SENDGRID_API_KEY"),
    (".npmrc", "//registry.npmjs.org/:_authToken={npm}\n", "NPM_TOKEN"),
    (".pypirc", "[pypi]\nusername = __token__\npassword = {pypi}\n", "PYPI_TOKEN"),
    ("ai.py", 'client = OpenAI(api_key="{openai}")\n', "OPENAI_API_KEY"),
    ("ai.py", 'openai.api_key = "{openai_legacy}"\n', "OPENAI_API_KEY"),
    ("ai.env", "ANTHROPIC_API_KEY={anthropic}\n", "ANTHROPIC_API_KEY"),
    ("maps.js", "const mapsKey = '{google}';\n", "GOOGLE_API_KEY"),
    ("deploy.sh", "export AWS_ACCESS_KEY_ID={aws_id}\n", "AWS_ACCESS_KEY"),
    ("seeds.rb", 'access_token: "{jwt}"\n', "JSON_WEB_TOKEN"),
    # a token whose claims name an account (a service's, a person's e-mail)
    ("admin.http", "Authorization: Bearer ey" + "JhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmcnAtc3ZjIiwiY"
                   "XVkIjoiZnJwLWFwaSJ9.Zq8vR2xL0pW4nT6yB1cFKd93LmqW7sN2pR5tV8xA4bC\n",
     "JSON_WEB_TOKEN"),
    ("twilio.env", "TWILIO_API_KEY={twilio_sid}\n", "TWILIO_API_KEY"),
    ("pay.js", "const pay = new PayClient('{govuk_pay}')\n", "GOVUK_PAY_API_KEY"),
    # the key to a Rails app's encrypted credentials, alone in its file
    ("config/master.key", "{hex32}", "RAILS_MASTER_KEY"),
    ("config/credentials/production.key", "{hex32}\n", "RAILS_MASTER_KEY"),
    ("payments.http", "Authorization: Bearer {govuk_pay}\n", "GOVUK_PAY_API_KEY"),
    ("id_rsa", "-----BEGIN RSA PRIVATE KEY-----\n{pem_body}\n-----END RSA PRIVATE KEY-----\n",
     "PRIVATE_KEY"),
    ("key.pem", "-----BEGIN ENCRYPTED PRIVATE KEY-----\n{pem_body}\n", "PRIVATE_KEY"),
    ("alerts.yaml", "teams_webhook_url: {teams_webhook}\n", "TEAMS_WEBHOOK_TOKEN"),
    ("notify.ps1", '$uri = "{teams_workflow}"\n', "TEAMS_WEBHOOK_TOKEN"),
    ("bot.py", 'HOOK = "{discord_webhook}"\n', "DISCORD_WEBHOOK_TOKEN"),
    ("client_secret.json", '{{"installed": {{"client_secret": "{google_oauth}"}}}}\n',
     "GOOGLE_OAUTH_CLIENT_SECRET"),
    ("notes.md", "refresh token: {google_refresh}\n", "GOOGLE_OAUTH_REFRESH_TOKEN"),
    ("map.js", "mapboxgl.accessToken = '{mapbox}';\n", "MAPBOX_SECRET_TOKEN"),
    ("clone.sh", "git clone https://{ado_pat}@dev.azure.com/org/project/_git/repo\n",
     "AZURE_DEVOPS_TOKEN"),
    (".env", "AZURE_DEVOPS_EXT_PAT={ado_pat}\n", "GENERIC_SECRET"),
    ("signing-key.asc", "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n"
                        "{pem_body}\n=kX1y\n-----END PGP PRIVATE KEY BLOCK-----\n", "PRIVATE_KEY"),
    ("jumpbox.ppk", "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key\n"
                    "Public-Lines: 1\n{pem_body}\nPrivate-Lines: 1\n{pem_body}\n", "PRIVATE_KEY"),
    ("sftp.ppk", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: rpa\n"
                 "Public-Lines: 1\n{pem_body}\nPrivate-Lines: 1\n{pem_body}\n", "PRIVATE_KEY"),
    # a PEM key split over string literals, one line of the key to each
    ("signing.py", 'KEY = (\n    "-----BEGIN RSA PRIVATE KEY-----\\n"\n    "{pem_body}\\n"\n'
                   '    "-----END RSA PRIVATE KEY-----\\n"\n)\n', "PRIVATE_KEY"),
    ("TestKeys.java", 'String KEY = "-----BEGIN PRIVATE KEY-----\\n"\n    + "{pem_body}\\n"\n'
                      '    + "-----END PRIVATE KEY-----";\n', "PRIVATE_KEY"),
    ("keys.go", 'const key = "-----BEGIN EC PRIVATE KEY-----\\n" +\n\t"{pem_body}\\n" +\n'
                '\t"-----END EC PRIVATE KEY-----\\n"\n', "PRIVATE_KEY"),
    # a private key's own parts: .NET's private exponent, a JSON Web Key's "d"
    ("signing-key.xml", "<RSAKeyValue><Modulus>{pem_body}</Modulus><Exponent>AQAB</Exponent>"
                        "<D>{pem_body}</D></RSAKeyValue>\n", "PRIVATE_KEY"),
    ("signing-key.xml", "<RSAKeyValue>\n  <Modulus>{pem_body}</Modulus>\n  <D>{pem_body}</D>\n"
                        "</RSAKeyValue>\n", "PRIVATE_KEY"),
    ("jwks-private.json", '{{\n  "kty": "RSA",\n  "n": "{pem_body}",\n  "e": "AQAB",\n'
                          '  "d": "{secret}{secret}"\n}}\n', "PRIVATE_KEY"),
    ("jwk.json", '{{"kty":"EC","crv":"P-256","x":"{secret}","d":"{secret}{secret}"}}\n',
     "PRIVATE_KEY"),
    ("secret.yaml", "kind: Secret\ndata:\n  tls.key: {pem_base64}\n", "PRIVATE_KEY"),
    ("config.json", '{{"auths": {{"acr.azurecr.io": {{"auth": "{docker_auth}"}}}}}}\n',
     "BASIC_AUTH_CREDENTIALS"),
    ("pull-secret.yaml", "data:\n  .dockerconfigjson: {docker_config}\n",
     "BASIC_AUTH_CREDENTIALS"),
    # OpenVPN's shared key, in a client profile or a key file of its own
    ("field.ovpn", "client\n<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n{hex32}\n"
                   "{hex32}\n-----END OpenVPN Static key V1-----\n</tls-auth>\n",
     "OPENVPN_STATIC_KEY"),
    ("ta.key", "#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n"
               "{hex32}\n", "OPENVPN_STATIC_KEY"),
    # a Sentry DSN: the project's key as the URL's user, its number as the path
    (".env", "SENTRY_DSN=https://{hex32}@o4507123.ingest.sentry.io/4507654321\n", "SENTRY_DSN"),
    ("prod.tfvars", 'sentry_dsn = "https://{hex32}@o4507123.ingest.us.sentry.io/4507654321"\n',
     "SENTRY_DSN"),
    ("config.go", '\tsentryDSN = "https://{hex32}:{hex32}@sentry.io/4507654321"\n', "SENTRY_DSN"),
    ("settings.yaml", 'dsn: "https://{hex32}@errors.defra.example/12"\n', "SENTRY_DSN"),
    ("sa.json", '{{\n  "type": "service_account",\n  "private_key": '
                '"-----BEGIN PRIVATE KEY-----\\n{pem_body}\\n-----END PRIVATE KEY-----\\n"\n}}\n',
     "GCP_SERVICE_ACCOUNT_KEY"),
])
def test_token_is_found_with_its_type(cli: Any, tmp_path: Path, name: str, template: str,
                                      expected: str) -> None:
    assert expected in types(scan(cli, tmp_path, name, fill(template)))


@pytest.mark.parametrize(("name", "template"), [
    ("ci.env", "GH_TOKEN={ghp_bad}\n"),  # the CRC32 does not match: made up
    ("ci.env", "GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("README.md", "Tokens look like `ghp_<36 characters>`.\n"),
    ("app.py", 'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"\n'),
    ("test_s3.py", 'FAKE_AWS_KEY = "AKIAFAKEFAKEFAKEFAKE"\n'),
    # a key id's prefix and sixteen capitals inside a longer run: a DNA sequence, not a key
    ("test_align.py", "seq = 'GATTTGACCATGGTACCAGTTCAGGATCCTAGCATTAGCGT'\n"),
    ("config/master.key", "00000000000000000000000000000000\n"),
    ("checksums/release.md5", "{hex32}\n"),
    # GOV.UK Pay's README key, a masked key, and its docs' short stand-in
    ("README.md", "Keys look like `api_live_u3tl8gajo9paj0xki31jm1psr3v21m5urh50zo"
                  "a7a262w4ntzoo6cqhu82`.\n"),
    ("pay.env", "PAY_API_KEY=api_test_" + "x" * 58 + "\n"),
    ("README.md", "Authorization: Bearer api_test123456\n"),
    ("conftest.py", 'os.environ["GH_TOKEN"] = "ghp_fake_token"\n'),
    ("pay.env", "STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("alerts.yaml",
     "webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n"),
    ("README.md", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"),
    ("pem.py", 'HEADER = "-----BEGIN PRIVATE KEY-----"\nFOOTER = "-----END PRIVATE KEY-----"\n'),
    ("pem.py", 'HEADER = ("-----BEGIN PRIVATE KEY-----\\n"\n    "<paste the key here>\\n")\n'),
    # public keys: a modulus and an exponent, no private part
    ("public-key.xml", "<RSAKeyValue><Modulus>{pem_body}</Modulus><Exponent>AQAB</Exponent>"
                       "</RSAKeyValue>\n"),
    ("jwks.json", '{{"keys": [{{\n  "kty": "RSA",\n  "n": "{pem_body}",\n  "e": "AQAB"\n}}]}}\n'),
    # an OData response's "d", in a file with no key in it
    ("odata.json", '{{"d": "{secret}{secret}"}}\n'),
    ("README.md", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n<paste your key here>\n"),
    ("config.json", '{{"auths": {{"acr.azurecr.io": {{"auth": "{docker_auth_placeholder}"}}}}}}\n'),
    ("ids.js", "const ids = ['{{a}}', '{{b}}'];\n"),
    # two UUIDs run together, with no name in front: a pair of ids, not a Notify key
    ("ids.py", 'PAIR = "{{a}}-{{a}}"\n'),
    ("notify.py", 'client = NotificationsAPIClient("my_service-00000000-0000-0000-0000-'
                  '000000000000-00000000-0000-0000-0000-000000000000")\n'),
    # GOV.UK Notify's documentation's key, under any key name
    ("notify.py", 'client = NotificationsAPIClient("my_test_key-26785a09-ab16-4eb0-8407-'
                  'a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0")\n'),
    (".env", "NOTIFY_API_KEY=defra_live-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-"
             "48ac-975b-e847b4f122b0\n"),
    # an OpenVPN key's frame with nothing in it
    ("README.md", "-----BEGIN OpenVPN Static key V1-----\n...\n"
                  "-----END OpenVPN Static key V1-----\n"),
    ("split.py", 'HEAD = "-----BEGIN OpenVPN Static key V1-----"\n'),
    # a Sentry DSN's stand-ins and lookups, and a key-shaped user with no DSN word near it
    (".env", "SENTRY_DSN=https://00000000000000000000000000000000@o0.ingest.sentry.io/0\n"),
    (".env", "SENTRY_DSN=https://<key>@o0.ingest.sentry.io/0\n"),
    (".env", "SENTRY_DSN=${{SENTRY_DSN}}\n"),
    # a DSN under a name its build tool ships to every browser: public by design
    (".env.production", "VITE_SENTRY_DSN=https://{hex32}@o4507123.ingest.sentry.io/4507654321\n"),
    ("next.config.js", "  NEXT_PUBLIC_SENTRY_DSN: 'https://{hex32}@o4507123.ingest.sentry.io/"
                       "4507654321',\n"),
    ("README.md", "Find the DSN under Settings > Client Keys (DSN).\n"),
    # words after a Vault prefix, a made-up token
    ("app.js", "this.hvs.connectionTimeoutMilliseconds = 5000;\n"),
    ("unseal.sh", "vault login hvs.xxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("unseal.sh", "vault login hvs.abcdefghijklmnopqrstuvwxyz\n"),
    # vendors' documentation keys, and an Account SID (the account's name, not its secret)
    ("stripe.md", "    export STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\n"),
    ("maps.md", "Google's docs show keys like `AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe`.\n"),
    ("mail.py", 'MAILGUN_KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"\n'),
    ("sms.py", 'TWILIO_ACCOUNT_SID = "ACddbfe258b6736c838acdc4bbe92537f2"\n'),
    # jwt.io's example token, in every tutorial
    ("README.md", "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0"
                  "NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4"
                  "fwpMeJf36POk6yJV_adQssw5c\n"),
    # a test fixture's JWT whose claims are all stand-ins
    ("auth.test.ts", "const token = 'ey" + "JhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoi"
                     "YWRtaW4iLCJpYXQiOjE1MTYyMzkwMjJ9.Zq8vR2xL0pW4nT6yB1cFKd93LmqW7sN2pR5tV8xA4bC'\n"),
    ("conftest.py", 'TOKEN = "ey' + 'JhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyMTIzIiwic2NvcGUiOlsi'
                    'cmVhZCIsIndyaXRlIl19.Zq8vR2xL0pW4nT6yB1cFKd93LmqW7sN2pR5tV8xA4bC"\n'),
    # a JWT with no claims at all ({} and { }): an API document's sample of a token's shape
    ("openapi.yaml", "example:\n  access_token: ey" + "JhbGciOiJIUzI1NiJ9.e30.Zq8vR2xL0pW4nT6yB1c"
                     "FKd93LmqW7sN2pR5tV8xA4bC\n"),
    ("api.http", "Authorization: Bearer ey" + "JhbGciOiJIUzI1NiJ9.eyAgfQ.Zq8vR2xL0pW4nT6yB1c"
                 "FKd93LmqW7sN2pR5tV8xA4bC\n"),
])
def test_fake_or_example_token_is_never_flagged(cli: Any, tmp_path: Path, name: str,
                                                template: str) -> None:
    content = fill(template).replace("{a}", FAKES["notify"][-36:]).replace("{b}", "x")
    assert scan(cli, tmp_path, name, content) == []


# Azure DevOps's current personal access token: 84 characters, "AZDO" at the 77th.
ADO_PAT = "pLIix6MEOLeMa61EqJomTEI1JEzO3joOj37HyVaQXekW9LctXb03rEMU64yTY6BzUZKC97i4xgciAZDOFnq9"


@pytest.mark.parametrize(("name", "content"), [
    ("README.md", f"My Azure DevOps PAT {ADO_PAT} gives 401 on the feed.\n"),
    (".env", f"AZURE_DEVOPS_EXT_PAT={ADO_PAT}\n"),
    ("nuget.config", f'<add key="ClearTextPassword" value="{ADO_PAT}" />\n'),
    ("clone.sh", f"git clone https://{ADO_PAT}@dev.azure.com/org/project/_git/repo\n"),
])
def test_an_azure_devops_token_of_the_current_form_is_found_anywhere(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert "AZURE_DEVOPS_TOKEN" in types(scan(cli, tmp_path, name, content))


@pytest.mark.parametrize("value", [
    ADO_PAT[:76] + "AZDX" + ADO_PAT[80:],  # no signature
    ADO_PAT[:75] + "AZDO" + ADO_PAT[79:],  # the signature out of its place
    "x" * 76 + "AZDO" + "xxxx",  # a placeholder
])
def test_an_84_character_run_without_the_signature_in_place_is_no_azure_devops_token(
        cli: Any, tmp_path: Path, value: str) -> None:
    assert "AZURE_DEVOPS_TOKEN" not in types(scan(cli, tmp_path, "notes.md", f"see {value}\n"))


@pytest.mark.parametrize(("name", "template"), [
    ("runbook.md", "The Azure DevOps PAT for the release pipeline is {ado_pat} until May.\n"),
    ("notes.md", "- send the PAT {ado_pat} to the platform team\n"),
    ("README.md", "Personal access token: `{ado_pat}`\n"),
    ("pipeline.txt", "azdo token {ado_pat}\n"),
])
def test_an_azure_devops_token_of_the_older_form_is_found_where_a_word_names_it(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert "AZURE_DEVOPS_TOKEN" in types(scan(cli, tmp_path, name, fill(template)))


@pytest.mark.parametrize("content", [
    # a SHA-256 in base 32 has the shape: nothing names it a token
    "sha256 {ado_pat}\n",
    "- the compat layer hashes to {ado_pat}\n",
    # too short or too long a run, though a PAT is named
    "PAT {short}\n",
    "PAT {ado_pat}a\n",
])
def test_a_52_character_base32_run_not_named_a_token_is_no_azure_devops_token(
        cli: Any, tmp_path: Path, content: str) -> None:
    text = fill(content.replace("{short}", FAKES["ado_pat"][:51]))
    assert "AZURE_DEVOPS_TOKEN" not in types(scan(cli, tmp_path, "notes.md", text))


@pytest.mark.parametrize("prefix", ["ghp", "gho", "ghu", "ghs", "ghr"])
def test_github_checksum_accepts_the_real_crc32_and_rejects_any_other(prefix: str) -> None:
    good = FAKES["ghp"].replace("ghp", prefix, 1)
    assert github_checksum_ok(good)
    broken = good[:-1] + ("A" if good[-1] != "A" else "B")
    assert not github_checksum_ok(broken)
    assert fails_validation(broken) and not fails_validation(good)
