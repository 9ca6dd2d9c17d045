"""The report a person reads when a commit is blocked."""

from __future__ import annotations

from itertools import groupby

from safecommit.config import Config
from safecommit.message import PATH as MESSAGE
from safecommit.model import ScanResult
from safecommit.report import blocking

_RESET = "\033[0m"


def _paint(code: str, s: str, color: bool) -> str:
    return f"\033[{code}m{s}{_RESET}" if color else s


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def shown(name: str) -> str:
    """A file name as the report prints it: control and format characters (an escape
    sequence, a newline, a right-to-left override) escaped, so a name cannot recolour,
    rewrite or hide lines of the report in a terminal or a CI log."""
    if name.isprintable():
        return name
    # A byte that is not UTF-8 (a surrogate escape) is left for the writer to replace.
    return "".join(c if c.isprintable() or "\ud800" <= c <= "\udfff"
                   else f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
                   for c in name)


def render(result: ScanResult, config: Config, *, color: bool = False) -> str:
    out: list[str] = []
    n_block, n_unscanned = blocking(result, config)
    if not result.findings and not result.not_scanned:
        return f"safecommit: clean ({_plural(result.stats.files, 'file')} scanned)\n" + \
            "".join(f"note: {n}\n" for n in result.notes)
    files = len({f.path for f in result.findings})
    if n_block or n_unscanned:
        head = f"safecommit: blocked: {_plural(len(result.findings), 'finding')} in " \
               f"{_plural(files, 'file')}"
        if result.not_scanned:
            head += f", {_plural(len(result.not_scanned), 'file')} not scanned"
        out.append(_paint("1;31", head, color))
    else:
        out.append(_paint("1;33", f"safecommit: {_plural(len(result.findings), 'warning')}, "
                                  "nothing blocks", color))
    out.append("")
    for path, group in groupby(result.findings, key=lambda f: (f.commit, f.path)):
        commit, name = path
        out.append(_paint("1", shown(name) + (f"  (commit {commit[:12]})" if commit else ""),
                          color))
        for f in group:
            where = f"{f.line}:{f.column}" + (f" [{f.place}]" if f.place else "")
            tag = _paint("33", "warn", color) + " " if f.severity == "warn" else ""
            out.append(f"  {where:<10} {tag}{_paint('36', f.type, color)}  {f.masked}")
            advice = f.why
            if f.suggestion:
                advice += f" Use a safe fake value instead, such as {f.suggestion}."
            out.append(f"             {advice}")
        out.append("")
    if result.not_scanned:
        verdict = "blocks the commit" if n_unscanned else "warning only"
        out.append(_paint("1", f"Not scanned ({verdict}):", color))
        out.extend(f"  {shown(n.path)}: {n.reason}" for n in result.not_scanned)
        out.append("")
    out.extend(_guidance(result, config))
    out.extend(f"note: {n}" for n in result.notes)
    return "\n".join(out) + "\n"


def _guidance(result: ScanResult, config: Config) -> list[str]:
    g = config.guidance
    kinds = {f.kind for f in result.findings}
    in_message = [f for f in result.findings if f.path == MESSAGE]
    remove = "  1. Remove it now, and do not commit the file."
    if in_message and len(in_message) == len(result.findings):
        remove = "  1. Reword the commit message without it."
    elif in_message:
        remove += " Reword the commit message without what it holds."
    if any(f.commit for f in in_message):  # made already: only a rewrite removes it
        remove += " A message already committed: `git commit --amend`, or `git rebase -i`."
    # Found in commits (a push, a CI range, history): a new commit that deletes it leaves it
    # in the commit that added it, which is what gets pushed; a pragma added now, too.
    committed = any(f.commit and f.path != MESSAGE for f in result.findings)
    if committed:
        remove = ("  1. It is in a commit already (named above): deleting it in a new commit "
                  "leaves it in history. Rewrite the commits that added it before they are "
                  "pushed or merged: `git rebase -i` from the parent of the oldest, editing "
                  "each (`git commit --amend` for the last)."
                  + (" Reword the messages named too." if in_message else ""))
    if not result.findings:  # only files it could not read: nothing to remove yet
        remove = ("  1. Make each file above readable as its reason says, then scan again "
                  "(or leave it out with `exclude` in .safecommit.toml, with a reason your "
                  "team agreed).")
    lines = ["What to do now:", remove]
    step = 2
    if "personal-data" in kinds:
        lines.append(f"  {step}. Personal data was found: follow \"Report an AI incident\": "
                     f"{g.report_incident}")
        step += 1
    if "secret" in kinds:
        lines.append(f"  {step}. A secret was found: rotate it now, then remove it. A secret that "
                     "was committed or shared is compromised.")
        step += 1
    if "marking" in kinds:
        lines.append(f"  {step}. Protectively marked material was found: it must not enter a "
                     "repository that an AI tool reads.")
        step += 1
    lines.append(f"  {step}. When in doubt, stop and ask {g.contact}.")
    lines.append(f"  Keeping data safe: {g.keeping_data_safe}")
    lines.append(f"  Using data with AI: {g.using_data_with_ai}")
    if committed:
        lines.append("  A safe fake value flagged by mistake? A pragma added now does not change "
                     "the commit that holds it: allow the value in .safecommit.toml "
                     "([[allowlist]] with a value or a path, and a reason).")
    elif result.findings:
        lines.append("  A safe fake value flagged by mistake? Add `safecommit: allow TYPE "
                     "reason` in a comment on that line.")
        if any(f.path.lower().endswith(".json") for f in result.findings):
            # JSON has no comments: the pragma goes in a key of its own, on the line above.
            lines.append("  In JSON, which has no comments, put it on the line above as a "
                         "key: \"//\": \"safecommit: allow TYPE reason\",")
    return lines
