"""Name a file's language or format from its path, so detectors can tell code from text."""

from __future__ import annotations

_BY_SUFFIX: dict[str, str] = {
    ".py": "python", ".pyi": "python", ".pyw": "python",
    ".pyx": "python", ".pxd": "python", ".pxi": "python",  # Cython: Python's comments and strings
    ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript",
    ".ts": "typescript", ".tsx": "typescript",
    ".java": "java", ".kt": "kotlin", ".kts": "kotlin", ".scala": "scala", ".groovy": "groovy",
    ".cs": "csharp", ".vb": "vbnet", ".fs": "fsharp",
    # VBA and VBScript modules: BASIC's ' comments and "strings"
    ".bas": "vbnet", ".cls": "vbnet", ".frm": "vbnet", ".vba": "vbnet", ".vbs": "vbnet",
    # Elixir: Ruby's # comments and "strings" (and do … end)
    ".ex": "ruby", ".exs": "ruby",
    ".go": "go", ".rs": "rust", ".rb": "ruby", ".rake": "ruby", ".gemspec": "ruby",
    ".php": "php", ".pl": "perl", ".pm": "perl",
    ".swift": "swift", ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".cxx": "cpp",
    ".hpp": "cpp", ".hh": "cpp", ".hxx": "cpp", ".m": "objc", ".mm": "objc", ".mk": "make",
    ".sh": "shell", ".bash": "shell", ".zsh": "shell", ".ksh": "shell", ".fish": "shell",
    ".ps1": "powershell", ".psm1": "powershell", ".psd1": "powershell",
    ".bat": "batch", ".cmd": "batch",
    ".sql": "sql", ".r": "r", ".lua": "lua", ".dart": "dart",
    ".mts": "typescript", ".cts": "typescript", ".gradle": "groovy", ".sbt": "scala",
    ".graphql": "graphql", ".graphqls": "graphql", ".gql": "graphql", ".proto": "proto",
    ".tf": "terraform", ".tfvars": "terraform", ".hcl": "terraform", ".bicep": "bicep",
    ".bicepparam": "bicep",  # a Bicep file's parameters: param adminPassword = '…'
    ".json": "json", ".jsonc": "json", ".json5": "json", ".geojson": "json", ".har": "json",
    ".ipynb": "json", ".jsonl": "json", ".ndjson": "json", ".webmanifest": "json",
    ".tfstate": "json", ".topojson": "json", ".excalidraw": "json",
    ".yml": "yaml", ".yaml": "yaml", ".cff": "yaml",
    ".toml": "toml", ".ini": "ini", ".cfg": "ini", ".conf": "ini", ".cnf": "ini",
    ".properties": "properties",
    ".env": "env",
    ".xml": "xml", ".csproj": "xml", ".vbproj": "xml", ".fsproj": "xml", ".props": "xml",
    ".targets": "xml", ".nuspec": "xml", ".config": "xml", ".plist": "xml", ".xsd": "xml",
    ".xsl": "xml", ".xslt": "xml", ".wsdl": "xml", ".xaml": "xml", ".resx": "xml",
    ".svg": "xml", ".kml": "xml", ".gpx": "xml",
    # Drawings and process models: draw.io, BPMN; an OpenDocument file saved as flat XML.
    ".drawio": "xml", ".dio": "xml", ".bpmn": "xml", ".fodt": "xml", ".fods": "xml",
    ".fodp": "xml",
    # GIS: GML features, an OpenStreetMap extract, a QGIS project (its layers' sources).
    ".gml": "xml", ".osm": "xml", ".qgs": "xml",
    # Deployment and data tooling's settings, with their passwords: Azure's publish profile,
    # Visual Studio's, SSIS packages and configurations, SSRS reports, JMeter test plans.
    ".publishsettings": "xml", ".pubxml": "xml", ".dtsx": "xml", ".dtsconfig": "xml",
    ".rdl": "xml", ".jmx": "xml",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".vue": "html", ".svelte": "html",
    ".cshtml": "html", ".razor": "html", ".njk": "html", ".hbs": "html", ".handlebars": "html",
    ".mustache": "html", ".ejs": "html", ".erb": "html", ".twig": "html", ".liquid": "html",
    # Server pages (ASP.NET Web Forms and their master pages and controls, classic ASP, JSP)
    # and MJML's emails: HTML with tags of their own.
    ".aspx": "html", ".ascx": "html", ".master": "html", ".asp": "html", ".jsp": "html",
    ".mjml": "html",
    ".css": "css", ".scss": "css", ".less": "css",
    ".csv": "csv", ".tsv": "tsv", ".psv": "csv", ".tab": "tsv",
    ".md": "markdown", ".markdown": "markdown", ".mdx": "markdown", ".qmd": "markdown",
    ".rmd": "markdown", ".rst": "rst", ".txt": "text", ".adoc": "text",
    ".vtt": "vtt", ".srt": "srt", ".log": "log", ".eml": "email",
    ".htpasswd": "htpasswd",  # admin.htpasswd
    # Contact cards and directory entries: ``KEY:value`` lines about people
    ".vcf": "vcard", ".vcard": "vcard", ".ldif": "ldif",
}
# A copy kept beside the real file, or a template of it, reads as the real file:
# ``appsettings.json.example``, ``values.yaml.tmpl``, ``phpunit.xml.dist``.
_WRAPPER_SUFFIXES = frozenset({".example", ".sample", ".dist", ".template", ".tmpl", ".tpl",
                               ".j2", ".jinja", ".jinja2", ".bak", ".backup", ".orig", ".old",
                               ".default", ".defaults", ".in"})
_BY_NAME: dict[str, str] = {
    "dockerfile": "dockerfile", "makefile": "make", "jenkinsfile": "groovy",
    "codeowners": "codeowners", "authors": "authors", "contributors": "authors",
    "maintainers": "authors", ".pgpass": "pgpass", ".netrc": "netrc", "_netrc": "netrc",
    ".pypirc": "ini", ".npmrc": "ini", ".gitconfig": "ini",
    ".htpasswd": "htpasswd",  # safecommit: allow GENERIC_SECRET a file name, not a password
    # A dotfiles repository keeps them without the dot (``netrc``, linked into place).
    "netrc": "netrc", "pgpass": "pgpass", "htpasswd": "htpasswd",
    "containerfile": "dockerfile", "gemfile": "ruby", "rakefile": "ruby", "vagrantfile": "ruby",
    "podfile": "ruby", "pipfile": "toml", ".bashrc": "shell", ".bash_profile": "shell",
    ".profile": "shell", ".zshrc": "shell", ".s3cfg": "ini", ".boto": "ini",
    "credentials": "ini",  # ~/.aws/credentials
    ".credentials": "properties",  # ~/.sbt/.credentials: realm=, host=, user=, password=
    ".renviron": "env", ".rprofile": "r",  # R's environment and start-up files
    ".htaccess": "ini",  # Apache's directives, as its .conf files
    # msmtp's "keyword value" lines: user <account>, password <password>, as a .netrc's
    ".msmtprc": "netrc", "msmtprc": "netrc",
    "ssh_config": "ini", "sshd_config": "ini",  # "User name" directives, as INI reads them
    # A shell's or a client's history: the commands typed, passwords and all.
    ".bash_history": "shell", ".zsh_history": "shell", ".sh_history": "shell",
    ".history": "shell", ".psql_history": "sql", ".mysql_history": "sql",
    ".sqlite_history": "sql", ".python_history": "python", ".rhistory": "r",
    ".node_repl_history": "javascript", ".dockercfg": "json",
    # curl's own config file (_curlrc on Windows), its lines curl's long options
    ".curlrc": "curlrc", "_curlrc": "curlrc", "curlrc": "curlrc",
    # s3fs's password file: "<access key id>:<secret>" a line, perhaps after its bucket
    ".passwd-s3fs": "s3fs", "passwd-s3fs": "s3fs",
}
CODE = frozenset({
    "python", "javascript", "typescript", "java", "kotlin", "scala", "groovy", "csharp", "vbnet",
    "fsharp", "go", "rust", "ruby", "php", "perl", "swift", "c", "cpp", "objc", "shell",
    "powershell", "batch", "sql", "r", "lua", "dart", "terraform", "bicep", "dockerfile", "make",
    "css", "graphql", "proto",
})
PROSE = frozenset({"markdown", "rst", "text", "vtt", "srt", "log", "email", "authors"})
STRUCTURED = frozenset({"json", "yaml", "toml", "ini", "properties", "env", "xml", "csv", "tsv",
                        "vcard", "ldif"})


def syntax_for(path: str) -> str:
    # Plain string work, not PurePosixPath: this runs for every text of every file.
    folder, _, name = path.rstrip("/").rpartition("/")
    name = name.lower()
    if name in _BY_NAME:
        return _BY_NAME[name]
    if name == "config":
        # an SSH client's and SnowSQL's connections, and a kubeconfig's users' tokens
        found = _CONFIG_BY_FOLDER.get(folder.rpartition("/")[2])
        if found is not None:
            return found
    if name.startswith("dockerfile") or name.endswith(".dockerfile"):
        return "dockerfile"
    if name.startswith(".env") or name.endswith(".env"):
        return "env"
    stem, suffix = _split_suffix(name)
    if "." in name and suffix not in _BY_SUFFIX and (first := name.split(".")[0]) in _BY_NAME:
        return _BY_NAME[first]
    if suffix in _WRAPPER_SUFFIXES and suffix not in _BY_SUFFIX and "." in stem:
        return syntax_for(f"{folder}/{stem}")
    return _BY_SUFFIX.get(suffix, "text")


_CONFIG_BY_FOLDER = {".ssh": "ini", ".kube": "yaml", ".snowsql": "ini"}


def _split_suffix(name: str) -> tuple[str, str]:
    """(stem, suffix) as PurePosixPath reads them: no suffix for ``.env`` or ``name.``."""
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        return name[:dot], name[dot:]
    return name, ""
