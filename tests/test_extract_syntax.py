"""A file's path names its language or format, so detectors can tell code from text."""

import pytest

from safecommit.extract.syntax import CODE, syntax_for


@pytest.mark.parametrize(("path", "syntax"), [
    ("api/schema.graphql", "graphql"),
    ("api/queries.gql", "graphql"),
    ("proto/permits.proto", "proto"),
    ("logs/api-2024-11-12.jsonl", "json"),
    ("logs/events.ndjson", "json"),
    ("scripts/Sync-Backups.psm1", "powershell"),
    ("build.gradle", "groovy"),
    ("build.sbt", "scala"),
    ("src/lib/util.mts", "typescript"),
    ("src/Web/Views/Home.cshtml", "html"),
    ("app/views/check.njk", "html"),
    ("src/Web/Cases/Summary.aspx", "html"),
    ("src/Web/Site.master", "html"),
    ("webapp/WEB-INF/views/case.jsp", "html"),
    ("emails/decision.mjml", "html"),
    ("src/Web/Strings.resx", "xml"),
    ("Directory.Build.props", "xml"),
    ("docs/guide.mdx", "markdown"),
    ("Containerfile", "dockerfile"),
    ("Gemfile", "ruby"),
    (".aws/credentials", "ini"),
    # sbt's credentials file, a Java properties file (realm=, host=, user=, password=)
    (".sbt/.credentials", "properties"),
    ("ci/sbt/.credentials.example", "properties"),
    # R's environment file; Apache's per-folder settings; msmtp's "keyword value" lines
    (".Renviron", "env"),
    ("analysis/.Renviron", "env"),
    (".Rprofile", "r"),
    ("public/.htaccess", "ini"),
    ("docker/cron/.msmtprc", "netrc"),
    ("infra/terraform.tfstate", "json"),
    ("ops/mysql/my.cnf", "ini"),
    ("CITATION.cff", "yaml"),
    # delimited exports under their own suffixes: the header's separator is read as a CSV's
    ("exports/claims.psv", "csv"),
    ("exports/claims.tab", "tsv"),
    # deployment and data tools' settings, in XML under their own suffixes
    ("deploy/frp-dev.PublishSettings", "xml"),
    ("Properties/PublishProfiles/FolderProfile.pubxml", "xml"),
    ("etl/LoadClaims.dtsx", "xml"),
    ("etl/Prod.dtsConfig", "xml"),
    ("reports/Claims.rdl", "xml"),
    ("perf/load.jmx", "xml"),
    ("infra/main.bicepparam", "bicep"),
    ("maps/sites.kml", "xml"),
    ("tracks/walk.gpx", "xml"),
    ("macros/Export.bas", "vbnet"),
    ("scripts/cleanup.vbs", "vbnet"),
    ("src/tokens/doc.pyx", "python"),
    ("src/tokens/doc.pxd", "python"),
    ("fixtures/contacts.vcf", "vcard"),
    ("lib/claims/worker.ex", "ruby"),
    ("config/runtime.exs", "ruby"),
    ("dotfiles/netrc", "netrc"),
    ("dotfiles/pgpass", "pgpass"),
    ("deploy/nginx/admin.htpasswd", "htpasswd"),
    ("dotfiles/.bash_history", "shell"),
    ("dotfiles/.zsh_history", "shell"),
    ("dotfiles/.psql_history", "sql"),
    ("dotfiles/.mysql_history", "sql"),
    ("dotfiles/.python_history", "python"),
    ("analysis/.Rhistory", "r"),
    ("dotfiles/.kube/config", "yaml"),
    ("dotfiles/.dockercfg", "json"),
    ("deploy/nginx/htpasswd", "htpasswd"),
    ("ldap/seed/users.ldif", "ldif"),
    ("lib/Defra/Claims.pm", "perl"),
    ("src/engine/parser.cxx", "cpp"),
    ("include/engine/parser.hh", "cpp"),
    ("ios/Bridge.mm", "objc"),
    ("build/rules.mk", "make"),
    ("lib/tasks/seed_claimants.rake", "ruby"),
    ("claims.gemspec", "ruby"),
    ("dotfiles/.curlrc", "curlrc"),
    ("dotfiles/_curlrc", "curlrc"),
    ("dotfiles/curlrc", "curlrc"),
    ("deploy/.passwd-s3fs", "s3fs"),
    ("deploy/etc/passwd-s3fs", "s3fs"),
    ("dotfiles/.snowsql/config", "ini"),
])
def test_a_path_names_its_language_or_format(path: str, syntax: str) -> None:
    assert syntax_for(path) == syntax


@pytest.mark.parametrize(("path", "syntax"), [
    ("src/Api/appsettings.json.example", "json"),
    ("deploy/helm/values.yaml.tmpl", "yaml"),
    ("phpunit.xml.dist", "xml"),
    ("config/settings.py.sample", "python"),
    ("deploy/docker-compose.yml.j2", "yaml"),
    ("setup.cfg.in", "ini"),
    ("Web.config.template", "xml"),
    ("infra/terraform.tfstate.backup", "json"),
])
def test_a_copy_or_template_of_a_file_reads_as_that_file(path: str, syntax: str) -> None:
    assert syntax_for(path) == syntax


@pytest.mark.parametrize("path", ["notes.example", "backup.bak", "README", "x.in"])
def test_a_wrapper_suffix_alone_is_plain_text(path: str) -> None:
    assert syntax_for(path) == "text"


def test_graphql_and_protocol_buffers_are_code() -> None:
    assert {"graphql", "proto"} <= CODE


def test_a_bar_separated_export_is_read_by_its_columns() -> None:
    from safecommit.config import Config
    from safecommit.model import Blob
    from safecommit.scan import scan_blob

    # a mobile stored without its leading 0 is a phone number only by its column's name
    rows = b"ref|mobile|notes\nA1|7911123456|called back\n"
    found = {path: {f.type for f in scan_blob(Blob(path, rows), Config(), b"s")[0]}
             for path in ("claims.psv", "claims.txt")}
    assert found == {"claims.psv": {"PHONE_NUMBER"}, "claims.txt": set()}
