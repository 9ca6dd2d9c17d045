"""Name a file's language or format from its path, so detectors can tell code from text."""

from __future__ import annotations

from pathlib import PurePosixPath

_BY_SUFFIX: dict[str, str] = {
    ".py": "python", ".pyi": "python", ".pyw": "python",
    ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript", ".jsx": "javascript",
    ".ts": "typescript", ".tsx": "typescript",
    ".java": "java", ".kt": "kotlin", ".kts": "kotlin", ".scala": "scala", ".groovy": "groovy",
    ".cs": "csharp", ".vb": "vbnet", ".fs": "fsharp",
    ".go": "go", ".rs": "rust", ".rb": "ruby", ".php": "php", ".pl": "perl", ".swift": "swift",
    ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".hpp": "cpp", ".m": "objc",
    ".sh": "shell", ".bash": "shell", ".zsh": "shell", ".ps1": "powershell", ".bat": "batch",
    ".sql": "sql", ".r": "r", ".lua": "lua", ".dart": "dart",
    ".tf": "terraform", ".tfvars": "terraform", ".hcl": "terraform", ".bicep": "bicep",
    ".json": "json", ".jsonc": "json", ".json5": "json", ".geojson": "json", ".har": "json",
    ".ipynb": "json",
    ".yml": "yaml", ".yaml": "yaml",
    ".toml": "toml", ".ini": "ini", ".cfg": "ini", ".conf": "ini", ".properties": "properties",
    ".env": "env",
    ".xml": "xml", ".csproj": "xml", ".config": "xml", ".plist": "xml", ".xsd": "xml",
    ".html": "html", ".htm": "html", ".vue": "html", ".svelte": "html",
    ".css": "css", ".scss": "css",
    ".csv": "csv", ".tsv": "tsv",
    ".md": "markdown", ".markdown": "markdown", ".rst": "rst", ".txt": "text", ".adoc": "text",
    ".vtt": "vtt", ".srt": "srt", ".log": "log", ".eml": "email",
}
_BY_NAME: dict[str, str] = {
    "dockerfile": "dockerfile", "makefile": "make", "jenkinsfile": "groovy",
    "codeowners": "codeowners", "authors": "authors", "contributors": "authors",
    "maintainers": "authors", ".pgpass": "pgpass", ".netrc": "netrc", "_netrc": "netrc",
    ".pypirc": "ini", ".npmrc": "ini", ".gitconfig": "ini",
    ".htpasswd": "htpasswd",  # safecommit: allow GENERIC_SECRET a file name, not a password
}
CODE = frozenset({
    "python", "javascript", "typescript", "java", "kotlin", "scala", "groovy", "csharp", "vbnet",
    "fsharp", "go", "rust", "ruby", "php", "perl", "swift", "c", "cpp", "objc", "shell",
    "powershell", "batch", "sql", "r", "lua", "dart", "terraform", "bicep", "dockerfile", "make",
    "css",
})
PROSE = frozenset({"markdown", "rst", "text", "vtt", "srt", "log", "email", "authors"})
STRUCTURED = frozenset({"json", "yaml", "toml", "ini", "properties", "env", "xml", "csv", "tsv"})


def syntax_for(path: str) -> str:
    p = PurePosixPath(path)
    name = p.name.lower()
    if name in _BY_NAME:
        return _BY_NAME[name]
    if name.startswith("dockerfile") or name.endswith(".dockerfile"):
        return "dockerfile"
    if name.startswith(".env") or name.endswith(".env"):
        return "env"
    for stem_name in (name.split(".")[0],):
        if stem_name in _BY_NAME and "." in name and p.suffix.lower() not in _BY_SUFFIX:
            return _BY_NAME[stem_name]
    return _BY_SUFFIX.get(p.suffix.lower(), "text")
