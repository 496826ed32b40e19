"""Guide pages whose command output is real: produced by running the commands at build time.

A guide may contain lines such as

    <!-- run: ccai validate tests/data/valid -->
    <!-- run: ccai validate maya.yaml | cwd=docs/examples -->
    <!-- run-stdin: ccai validate - <<< "type: Person\\nname: [unclosed" -->

Each becomes a console block showing the command and what it printed, run from the
repository root. The CLI reference is generated from the command's own argparse help.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from . import paths

_RUN = re.compile(r"^<!-- run(-stdin)?: ccai (.+?)(?: \| cwd=(\S+))? -->$", re.M)
_FILE = re.compile(r"^<!-- file: (\S+) -->$", re.M)
GUIDES_WITH_OUTPUT = ("guides/validate.md", "guides/quickstart.md", "guides/migrate.md", "guides/tutorial.md")
# The folder a guide's `file:` directives read from (its commands name their own `cwd=`).
GUIDE_FILES = {"guides/tutorial.md": "docs/examples/tutorial", "guides/validate.md": "docs/examples/tutorial"}


WORKSPACE = "WORKSPACE"  # `cwd=WORKSPACE`: the guide's own scratch folder (see `provenance_guide`)


def _run(arguments: str, stdin: str | None, cwd: str | None = None, workspace: Path | None = None) -> str:
    import shlex

    args = shlex.split(arguments)
    if stdin is not None:
        args = args[: args.index("<<<")] if "<<<" in args else args
    if cwd == WORKSPACE:
        if workspace is None:
            raise ValueError("cwd=WORKSPACE is only for guides built with a workspace")
        folder = workspace
    else:
        folder = paths.ROOT / cwd if cwd else paths.ROOT
    result = subprocess.run([sys.executable, "-m", "ccai_standards.cli", *args], cwd=folder, capture_output=True,
                            text=True, input=stdin, env={"NO_COLOR": "1", "PATH": "", "PYTHONPATH": ""}, timeout=120)
    return (result.stdout + result.stderr).rstrip() + f"\n# exit code {result.returncode}"


def _replacer(workspace: Path | None):
    def replace(match: re.Match[str]) -> str:
        stdin_mode, arguments, cwd = match.group(1), match.group(2), match.group(3)
        stdin = None
        shown = f"ccai {arguments}"
        if stdin_mode:
            text = arguments.split("<<<", 1)[1].strip().strip('"')
            stdin = text.encode().decode("unicode_escape") + "\n"
        output = _run(arguments, stdin, cwd, workspace)
        return f"```console\n$ {shown}\n{output}\n```"
    return replace


def _file_block(folder: str):
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        language = {"jsonl": "json", "json": "json"}.get(name.rsplit(".", 1)[-1], "yaml")
        body = (paths.ROOT / folder / name).read_text(encoding="utf-8").rstrip()
        return f'```{language} title="{name}"\n{body}\n```'
    return replace


def render_guide(text: str, files_from: str | None = None, workspace: Path | None = None) -> str:
    """The guide with each `file:` directive shown as the file and each `run:` as its real output."""
    if files_from:
        text = _FILE.sub(_file_block(files_from), text)
    return _RUN.sub(_replacer(workspace), text)


PROVENANCE_GUIDE = "guides/provenance.md"
PROVENANCE_RECORDS = "docs/examples/provenance"


def provenance_guide() -> str:
    """The provenance guide, its commands run in a scratch folder made for the build: the
    example records, a voice clip, a throwaway certificate authority, and a copy of the
    records in which the consent was withdrawn since."""
    import shutil
    import tempfile

    from ccai_standards.provenance.demo import demo_authority, wav

    text = (paths.DOCS_DIR / PROVENANCE_GUIDE).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(paths.ROOT / PROVENANCE_RECORDS, work / "records")
        shutil.copytree(paths.ROOT / PROVENANCE_RECORDS, work / "withdrawn")
        consent = work / "withdrawn" / "consent.yaml"
        consent.write_text(consent.read_text(encoding="utf-8").replace("consent_status: given\n", WITHDRAWAL),
                           encoding="utf-8")
        (work / "clip.wav").write_bytes(wav(seconds=2))
        demo_authority("Harbour Studios").write(work)
        return render_guide(text, PROVENANCE_RECORDS, work)


WITHDRAWAL = """consent_status: withdrawn
revocation:
  revoked_at: "2027-02-01T09:00:00Z"
  revoked_by: https://ids.example/people/maya-okafor
  effective_at: "2027-02-01T09:00:00Z"
  reason: She no longer wants her voice used in adverts.
"""


def cli_reference() -> str:
    """The CLI reference, from the parser the `ccai` command itself uses."""
    from ccai_standards.cli import build_parser

    parser = build_parser()
    lines = ["# CLI reference", "", "Generated from `ccai --help` when this site was built.", "",
             "```text", parser.format_help().rstrip(), "```", ""]
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                lines += [f"## ccai {name}", "", "```text", sub.format_help().rstrip(), "```", ""]
    return "\n".join(lines)


def _uses_in(activities: frozenset[str]) -> tuple[list[str], list[str]]:
    """The CCAI uses wholly inside a set of activities, and those only partly inside it."""
    from ccai_standards.convert.permits import ACTIVITIES

    whole = [u for u, held in ACTIVITIES.items() if held <= activities]
    part = [u for u, held in ACTIVITIES.items() if held & activities and not held <= activities]
    return whole, part


def permits_page() -> str:
    """What each preference format permits, per CCAI use: generated from the vocabularies the
    converters and their property tests use (`ccai_standards.convert.permits`)."""
    from ccai_standards.convert.permits import ACTIVITIES, ACTIVITY_TEXT, PREFERENCE_FORMATS

    def names(uses: list[str]) -> str:
        return ", ".join(f"`{u}`" for u in uses) or "—"

    lines = ["# What each format permits", "",
             "Generated from the data the converters and their tests use. Each CCAI use is made of "
             "*activities*; each category of a format covers some activities wholly and may touch others in part. "
             "An export never permits an activity the record does not permit; where the format cannot say exactly "
             "what the record says, the output refuses more, or says nothing, and a warning names the use "
             "(see [Speaking the industry's formats](interop.md)).", "",
             "## The activities of each CCAI use", "", "| CCAI use | Activities |", "|---|---|"]
    lines += [f"| `{use}` | {'; '.join(ACTIVITY_TEXT[a] for a in sorted(held, key=list(ACTIVITY_TEXT).index))} |"
              for use, held in ACTIVITIES.items()]
    for formats, module in PREFERENCE_FORMATS():
        vocabulary = module.VOCABULARY
        rule = ("the narrowest stated category decides; a category both allowed and refused is refused"
                if vocabulary.narrowest_wins else "the most restrictive applicable statement wins")
        said = ", ".join(p.replace("_", " ") for p in vocabulary.permissions)
        title = vocabulary.name[0].upper() + vocabulary.name[1:]
        lines += ["", f"## {title} ({', '.join(f'`{f}`' for f in formats)})", "",
                  f"Specification: {vocabulary.specification}. A statement says: {said}. Combining: {rule}.", "",
                  "| Category | Meaning | CCAI uses wholly inside | CCAI uses partly inside |", "|---|---|---|---|"]
        for category in vocabulary.categories:
            whole, part = _uses_in(category.covers)
            partly = sorted(set(part) | set(_uses_in(category.touches)[0]) | set(_uses_in(category.touches)[1]),
                            key=list(ACTIVITIES).index)
            override = " Its statement decides the part it touches, whatever other categories say." \
                if category.overrides else ""
            lines.append(f"| `{category.label}` | {category.meaning}.{override} | {names(whole)} | {names(partly)} |")
        notes = getattr(module, "NOTES", {})
        lost = [u for u in ACTIVITIES if u in notes]
        if lost:
            lines += ["", "Known losses:", ""] + [f"- `{u}`: {notes[u]}" for u in lost]
    return "\n".join(lines) + "\n"


def pages() -> dict[str, str]:
    out = {"guides/cli-reference.md": cli_reference(), "guides/permits.md": permits_page(),
           PROVENANCE_GUIDE: provenance_guide()}
    for rel in GUIDES_WITH_OUTPUT:
        out[rel] = render_guide((paths.DOCS_DIR / rel).read_text(encoding="utf-8"), GUIDE_FILES.get(rel))
    return out
