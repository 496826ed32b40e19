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

from . import paths

_RUN = re.compile(r"^<!-- run(-stdin)?: ccai (.+?)(?: \| cwd=(\S+))? -->$", re.M)
GUIDES_WITH_OUTPUT = ("guides/validate.md", "guides/quickstart.md", "guides/migrate.md")


def _run(arguments: str, stdin: str | None, cwd: str | None = None) -> str:
    import shlex

    args = shlex.split(arguments)
    if stdin is not None:
        args = args[: args.index("<<<")] if "<<<" in args else args
    folder = paths.ROOT / cwd if cwd else paths.ROOT
    result = subprocess.run([sys.executable, "-m", "ccai_standards.cli", *args], cwd=folder, capture_output=True,
                            text=True, input=stdin, env={"NO_COLOR": "1", "PATH": "", "PYTHONPATH": ""}, timeout=120)
    return (result.stdout + result.stderr).rstrip() + f"\n# exit code {result.returncode}"


def _replace(match: re.Match[str]) -> str:
    stdin_mode, arguments, cwd = match.group(1), match.group(2), match.group(3)
    stdin = None
    shown = f"ccai {arguments}"
    if stdin_mode:
        text = arguments.split("<<<", 1)[1].strip().strip('"')
        stdin = text.encode().decode("unicode_escape") + "\n"
    output = _run(arguments, stdin, cwd)
    return f"```console\n$ {shown}\n{output}\n```"


def render_guide(text: str) -> str:
    return _RUN.sub(_replace, text)


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


def pages() -> dict[str, str]:
    out = {"guides/cli-reference.md": cli_reference()}
    for rel in GUIDES_WITH_OUTPUT:
        out[rel] = render_guide((paths.DOCS_DIR / rel).read_text(encoding="utf-8"))
    return out
