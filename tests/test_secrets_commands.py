"""Credentials passed by position to well-known commands: the password (or secret) and the
account are found where they are literals, never where they are variables or prompted for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import fill, scan


@pytest.mark.parametrize(("name", "template", "secret", "user"), [
    ("docker-entrypoint.sh", "rabbitmqctl add_user {user} '{pw}'\n", "PASSWORD", True),
    ("setup.sh", "rabbitmqctl change_password {user} \"{pw}\"\n", "PASSWORD", True),
    ("Dockerfile", "RUN htpasswd -b -c /etc/nginx/.htpasswd {user} '{pw}'\n", "PASSWORD", True),
    ("setup.sh", "htpasswd -c -b .htpasswd {user} {pw}\n", "PASSWORD", True),
    ("setup.sh", "htpasswd -nb {user} '{pw}' >> .htpasswd\n", "PASSWORD", True),
    ("Dockerfile", "RUN echo '{user}:{pw}' | chpasswd\n", "PASSWORD", True),
    ("setup.bat", "net user {user} {pw} /add\n", "PASSWORD", True),
    ("keys.sh", "ssh-keygen -t ed25519 -N '{pw}' -f ~/.ssh/deploy\n", "PASSWORD", False),
    ("RUNBOOK.md", "`az keyvault secret set --vault-name kv-csf --name api-key --value {secret}`\n",
     "GENERIC_SECRET", False),
    ("ci.sh", 'gh secret set SONAR_TOKEN --body "{secret}"\n', "GENERIC_SECRET", False),
    ("setup.sh", "databricks secrets put-secret kv-frp api --string-value {secret}\n",
     "GENERIC_SECRET", False),
    ("setup.sh", 'databricks secrets put --scope kv-frp --key api --string-value "{secret}"\n',
     "GENERIC_SECRET", False),
    ("deploy.sh", 'aws ssm put-parameter --name /frp/api --type SecureString --value "{secret}"\n',
     "GENERIC_SECRET", False),
    ("deploy.sh", "aws ssm put-parameter --value '{secret}' --name /frp/api --type SecureString\n",
     "GENERIC_SECRET", False),
    ("redis.sh", "redis-cli ACL SETUSER {user} on '>{pw}' '~*' '+@all'\n", "PASSWORD", True),
    ("ldap.sh", 'ldapsearch -H ldaps://ldap.internal -D "cn={user},ou=svc,dc=defra" -w \'{pw}\' '
                '-b "dc=defra"\n', "PASSWORD", True),
    ("ldap.sh", "ldapmodify -x -w {pw} -D uid={user},ou=svc,dc=defra -f change.ldif\n",
     "PASSWORD", True),
    ("ci.sh", "poetry config http-basic.nexus {user} {pw}\n", "PASSWORD", True),
    ("ci.sh", "poetry config --local http-basic.nexus {user} '{pw}'\n", "PASSWORD", True),
    ("ci.sh", "poetry config pypi-token.nexus {secret}\n", "GENERIC_SECRET", False),
    # Oracle's wallet: a database's log-in under an alias, or a secret under a name
    ("wallet.sh", "mkstore -wrl /u01/app/oracle/wallet -createCredential PRODDB {user} {pw}\n",
     "PASSWORD", True),
    ("wallet.bat", 'mkstore.bat -wrl C:\\wallet -modifyCredential PRODDB {user} "{pw}"\n',
     "PASSWORD", True),
    ("wallet.sh", "mkstore -wrl ./wallet -createEntry oracle.security.client.password1 {secret}\n",
     "GENERIC_SECRET", False),
])
def test_a_credential_given_to_a_command_by_position_is_found(
        cli: Any, tmp_path: Path, name: str, template: str, secret: str, user: bool) -> None:
    content = fill(template)
    assert [f["type"] for f in scan(cli, tmp_path, name, content)] == [secret]
    users = scan(cli, tmp_path, name, content, kind="personal-data")
    assert [(f["type"], f["end_column"] - f["column"]) for f in users] \
        == ([("USERNAME", len(fill("{user}")))] if user else [])


@pytest.mark.parametrize(("template", "line"), [
    ("#cloud-config\nchpasswd:\n  list: |\n    {user}:{pw}\n    root:RANDOM\n  expire: false\n", 4),
    ("chpasswd:\n  expire: false\n  list:\n    - {user}:{pw}\n    - ubuntu:changeme\n", 4),
])
def test_a_cloud_config_chpasswd_list_holds_users_and_passwords(
        cli: Any, tmp_path: Path, template: str, line: int) -> None:
    content = fill(template)
    assert [(f["type"], f["line"]) for f in scan(cli, tmp_path, "user-data.yaml", content)] \
        == [("PASSWORD", line)]
    assert [(f["type"], f["line"]) for f in scan(cli, tmp_path, "user-data.yaml", content,
                                                  kind="personal-data")] == [("USERNAME", line)]


@pytest.mark.parametrize("content", [
    # random passwords, a hash, a lookup; the next module's keys below it
    "chpasswd:\n  list: |\n    root:RANDOM\n    csf_ops:R\n  expire: true\n",
    "chpasswd:\n  list: |\n    csf_ops:${OPS_PASSWORD}\n",
    "chpasswd:\n  expire: false\nruncmd:\n  - echo done\nwrite_files:\n  - path: /etc/x:y\n",
])
def test_a_chpasswd_list_with_no_real_password_is_not_flagged(cli: Any, tmp_path: Path,
                                                             content: str) -> None:
    assert scan(cli, tmp_path, "user-data.yaml", content) == []
    assert scan(cli, tmp_path, "user-data.yaml", content, kind="personal-data") == []


@pytest.mark.parametrize(("name", "content"), [
    ("setup.sh", 'rabbitmqctl add_user "$RABBIT_USER" "$RABBIT_PASS"\n'),
    ("setup.sh", "htpasswd -c .htpasswd csf_web\n"),  # prompts for the password
    ("setup.sh", 'htpasswd -b .htpasswd "$WEB_USER" "$WEB_PASSWORD"\n'),
    ("Dockerfile", 'RUN echo "csf_dock:$CSF_PASSWORD" | chpasswd\n'),
    ("setup.bat", "net user csf_win * /add\n"),  # prompts for the password
    ("keys.sh", 'ssh-keygen -t ed25519 -N "" -f ~/.ssh/id_ed25519\n'),
    ("ci.sh", 'az keyvault secret set --vault-name kv-csf --name db-password '
              '--value "$DB_PASSWORD"\n'),
    ("ci.sh", "gh secret set SONAR_TOKEN < token.txt\n"),
    ("setup.sh", 'databricks secrets put-secret kv-frp api --string-value "$API_TOKEN"\n'),
    # a parameter that is no secret: a plain String
    ("deploy.sh", "aws ssm put-parameter --name /frp/build --type String "
                  "--value Zq8vR2xL0pW4nT6yB1cFKd93\n"),
    ("README.md", "`rabbitmqctl add_user <user> <password>`\n"),
    ("ldap.sh", 'ldapsearch -x -D "cn=admin,dc=example,dc=org" -w admin -b "dc=example,dc=org"\n'),
    ("ldap.sh", 'ldapsearch -D "$BIND_DN" -w "$BIND_PASSWORD" -b "dc=defra"\n'),
    ("ci.sh", 'poetry config http-basic.nexus "$NEXUS_USER" "$NEXUS_PASSWORD"\n'),
    ("ci.sh", "poetry config http-basic.nexus csf_ci\n"),  # prompts for the password
    ("ci.sh", "poetry config pypi-token.pypi $PYPI_TOKEN\n"),
    ("wallet.sh", "mkstore -wrl $WALLET_DIR -createCredential PRODDB app_owner $DB_PASS\n"),
    ("wallet.sh", "mkstore -wrl ./wallet -createCredential PRODDB app_owner\n"),  # it asks
    ("wallet.sh", "mkstore -wrl ./wallet -createCredential PRODDB app_owner -nologo\n"),
    ("wallet.sh", 'orapki wallet create -wallet ./wallet -pwd "$WALLET_PWD" -auto_login\n'),
])
def test_a_command_given_a_variable_or_a_prompt_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []
    assert scan(cli, tmp_path, name, content, kind="personal-data") == []


@pytest.mark.parametrize(("name", "template"), [
    # an archive's password on the command line: zip's and unzip's -P, 7-Zip's and RAR's -p
    # with the password joined to it
    ("package.sh", "zip -r -P '{pw}' export.zip data/\n"),
    ("package.sh", "zip -e -q --password {pw} out.zip report.csv\n"),
    ("Dockerfile", "RUN unzip -o -P {pw} /tmp/data.zip -d /data && rm /tmp/data.zip\n"),
    ("Makefile", "bundle:\n\tzip -P \"{pw}\" dist.zip build/*\n"),
    ("ci.yml", "steps:\n  - run: 7z x -p{pw} -o/tmp secrets.7z\n"),
    ("backup.ps1", '& 7z.exe a -mhe=on "-p{pw}" backup.7z C:\\data\n'),
    ("restore.sh", "7za x -p'{pw}' archive.7z\n"),
    ("restore.sh", "unrar x -p{pw} archive.rar /tmp/\n"),
])
def test_an_archive_s_password_on_a_command_line_is_found(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [f["type"] for f in found] == ["PASSWORD"]
    assert found[0]["end_column"] - found[0]["column"] == len(fill("{pw}"))


@pytest.mark.parametrize(("name", "content"), [
    ("package.sh", 'zip -P "$ZIP_PASSWORD" export.zip data/\n'),
    ("package.sh", "zip -P ${ZIP_PASS} x.zip y\nunzip -P $ZIP_PASS x.zip\n"),
    ("package.sh", "7z a -p archive.7z data/\n"),  # prompts for the password
    ("package.sh", "7z a -mhe=on -p$SEVENZIP_PASSWORD a.7z b\nrar a -p- a.rar b\n"),
    ("package.sh", "unzip -p archive.zip data.csv | head\nzip -r -P <password> x.zip y\n"),
    ("build.sh", "gzip -9 -c dump.sql > dump.sql.gz\nzip -r dist.zip build/ -x '*.map'\n"),
    ("README.md", "Unpack it with `unzip -P <password> data.zip`.\n"),
    ("tool.py", 'subprocess.run(["7z", "x", f"-p{password}", path])\n'),
])
def test_an_archive_command_given_a_variable_or_a_prompt_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template", "user"), [
    # openssl's cipher commands take the password after -k; lftp takes "user,password"
    ("encrypt.sh", "openssl enc -aes-256-cbc -salt -in data.csv -out data.enc -k '{pw}'\n", False),
    ("decrypt.sh", "openssl aes-256-cbc -d -in data.enc -k {pw} | gunzip > data.csv\n", False),
    ("sync.sh", "lftp -u {user},{pw} sftp://ftp.defra.internal -e 'mirror -R out/'\n", True),
    ("sync.sh", "lftp -e 'set ssl:verify-certificate no' -u '{user},{pw}' ftp.defra.internal\n",
     True),
    # an expect script answers the password prompt it waits for
    ("login.exp", 'spawn ssh {user}@legacy.internal\nexpect "password:"\nsend "{pw}\\r"\n', False),
    ("login.exp", 'expect -re "(P|p)assword: ?$" {{ send -- "{pw}\\r" }}\n', False),
])
def test_a_password_given_to_openssl_lftp_or_an_expect_prompt_is_found(
        cli: Any, tmp_path: Path, name: str, template: str, user: bool) -> None:
    content = fill(template)
    found = scan(cli, tmp_path, name, content)
    assert [f["type"] for f in found if f["kind"] == "secret"] == ["PASSWORD"]
    assert found[0]["end_column"] - found[0]["column"] == len(fill("{pw}"))
    users = [f for f in scan(cli, tmp_path, name, content, kind="personal-data")
             if f["line"] == found[0]["line"]]
    assert [f["type"] for f in users] == (["USERNAME"] if user else [])


@pytest.mark.parametrize(("name", "content"), [
    ("encrypt.sh", 'openssl enc -aes-256-cbc -in a -out b -k "$ENC_PASSWORD"\n'),
    ("encrypt.sh", "openssl enc -aes-256-cbc -in a -out b -kfile /run/secrets/enc\n"),
    ("certs.sh", "openssl req -new -key server.key -out server.csr -subj /CN=x\n"),
    ("sync.sh", 'lftp -u "$FTP_USER,$FTP_PASSWORD" ftp.defra.internal\n'),
    ("sync.sh", "lftp -u svc_ftp ftp.defra.internal\n"),  # prompts for the password
    ("login.exp", 'expect "password:"\nsend "$env(LEGACY_PASSWORD)\\r"\n'),
    ("login.exp", 'expect "password:"\nsend -- "[lindex $argv 1]\\r"\n'),
    ("login.exp", 'expect "login:"\nsend "Zq8vR2xL0pW4nT6y\\r"\n'),  # not a password's prompt
    ("client.c", 'send "quit\\r"\n'),
])
def test_openssl_lftp_or_expect_given_a_variable_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


@pytest.mark.parametrize(("name", "template", "expected"), [
    # a literal piped into a command that reads a password or a secret from its input
    ("setup.sh", "echo -n '{pw}' | gcloud secrets versions add frp-db-password --data-file=-\n",
     "GENERIC_SECRET"),
    ("setup.sh", 'printf "{pw}" | gcloud secrets create frp-db --data-file=- --replication-policy'
                 "=automatic\n", "GENERIC_SECRET"),
    ("setup.sh", "echo '{pw}' | docker secret create frp_db_password -\n", "GENERIC_SECRET"),
    ("setup.sh", "echo -n {pw} | kubectl create secret generic frp-db "
                 "--from-file=password=/dev/stdin\n", "GENERIC_SECRET"),
    ("provision.sh", "echo '{pw}' | sudo -S apt-get install -y postgresql\n", "PASSWORD"),
    ("provision.sh", 'echo "{pw}" | passwd --stdin svc_frp\n', "PASSWORD"),
    ("decrypt.sh", "echo '{pw}' | gpg --batch --yes --passphrase-fd 0 -d secrets.gpg > .env\n",
     "PASSWORD"),
])
def test_a_literal_piped_into_a_command_that_reads_a_secret_is_found(
        cli: Any, tmp_path: Path, name: str, template: str, expected: str) -> None:
    found = scan(cli, tmp_path, name, fill(template))
    assert [f["type"] for f in found] == [expected]
    assert found[0]["end_column"] - found[0]["column"] == len(fill("{pw}"))


@pytest.mark.parametrize(("name", "content"), [
    ("setup.sh", 'echo -n "$DB_PASSWORD" | gcloud secrets versions add frp-db --data-file=-\n'),
    ("setup.sh", "gcloud secrets versions add frp-db --data-file=./password.txt\n"),
    ("setup.sh", 'echo "${SUDO_PASSWORD}" | sudo -S true\n'),
    ("setup.sh", "echo 'Zq8vR2xL0pW4nT6yB1c' | sudo tee /etc/frp/id\n"),
    ("setup.sh", "echo 'Zq8vR2xL0pW4nT6yB1c' | base64 -d > key.bin\n"),
    ("setup.sh", "echo $GPG_PASSPHRASE | gpg --batch --passphrase-fd 0 -d s.gpg\n"),
])
def test_a_variable_or_a_non_secret_command_in_a_pipe_is_not_flagged(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []


def test_lftp_s_form_with_stand_ins_in_a_runbook_is_not_flagged(cli: Any, tmp_path: Path) -> None:
    assert scan(cli, tmp_path, "RUNBOOK.md", "Run `lftp -u <user>,<password> <host>`.\n") == []


@pytest.mark.parametrize("template", [
    'schtasks /Create /TN "FRP nightly" /TR "C:\\frp\\run.bat" /SC DAILY /RU DEFRA\\{user} '
    "/RP {pw}\n",
    "schtasks /change /tn FrpNightly /ru DEFRA\\{user} /rp \"{pw}\"\n",
])
def test_a_scheduled_task_s_run_as_password_is_found(cli: Any, tmp_path: Path,
                                                      template: str) -> None:
    content = fill(template)
    assert [f["type"] for f in scan(cli, tmp_path, "tasks.bat", content)] == ["PASSWORD"]
    users = scan(cli, tmp_path, "tasks.bat", content, kind="personal-data")
    assert [f["type"] for f in users] == ["USERNAME"]


def test_a_scheduled_task_that_prompts_is_not_flagged(cli: Any, tmp_path: Path) -> None:
    content = "schtasks /Create /TN x /TR y /RU DEFRA\\svc_frp_task /RP *\n"
    assert scan(cli, tmp_path, "tasks.bat", content) == []


@pytest.mark.parametrize(("template", "line"), [
    # an ftp session fed from a here-document logs in with its own commands
    ("ftp -n ftp.internal <<END\nuser {user} {pw}\nbinary\nput report.csv\nquit\nEND\n", 2),
    ("ftp -inv ftp.internal << 'EOF'\nquote USER {user}\nquote PASS {pw}\nput x\nEOF\n", 3),
])
def test_an_ftp_session_s_log_in_in_a_here_document_is_found(
        cli: Any, tmp_path: Path, template: str, line: int) -> None:
    content = fill(template)
    assert [(f["type"], f["line"]) for f in scan(cli, tmp_path, "send.sh", content)] \
        == [("PASSWORD", line)]
    users = scan(cli, tmp_path, "send.sh", content, kind="personal-data")
    assert [f["type"] for f in users] == ["USERNAME"]


@pytest.mark.parametrize("content", [
    "ftp -n ftp.internal <<END\nuser $FTP_USER $FTP_PASSWORD\nput x\nEND\n",
    "ftp ftp.internal <<END\nbinary\nput x\nEND\nuser svc_other Zq8vR2xL0pW4\n",  # after its end
    "sftp -b - svc@sftp.internal <<END\nput x\nEND\n",
])
def test_an_ftp_session_with_no_literal_log_in_is_not_flagged(cli: Any, tmp_path: Path,
                                                               content: str) -> None:
    assert scan(cli, tmp_path, "send.sh", content) == []


def test_an_oracle_wallet_s_password_on_orapki_s_command_line_is_found(
        cli: Any, tmp_path: Path) -> None:
    content = fill("orapki wallet create -wallet /u01/wallet -pwd {pw} -auto_login\n")
    assert [f["type"] for f in scan(cli, tmp_path, "wallet.sh", content)] == ["PASSWORD"]
