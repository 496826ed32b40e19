"""Reporters: render findings for people (text) or machines (JSON). One class per format."""

from __future__ import annotations

import json
import os
from typing import IO, Any

from .findings import Finding, Severity


class TextReporter:
    """`file:line:column: severity CODE at path: message hint`, coloured on a terminal."""

    def __init__(self, stream: IO[str], colour: bool | None = None, quiet: bool = False) -> None:
        self.stream = stream
        if colour is None:
            colour = stream.isatty() and "NO_COLOR" not in os.environ
        self.colour = colour
        self.quiet = quiet

    def _paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def finding(self, finding: Finding) -> None:
        if self.quiet and finding.severity is not Severity.ERROR:
            return
        loc = finding.location
        where = loc.file + (f":{loc.line}" if loc.line else "") + (f":{loc.column}" if loc.line and loc.column else "")
        level = self._paint(finding.severity.value, "31;1" if finding.is_error else "33;1")
        line = f"{self._paint(where, '1')}: {level} {self._paint(finding.code, '36')} at {loc.path}: {finding.message}"
        if finding.hint:
            line += f"\n    {self._paint('hint:', '2')} {finding.hint}"
        print(line, file=self.stream)

    def summary(self, summary: Any, truncated: bool = False) -> None:
        text = (f"checked {summary.documents} document(s) in {summary.files} file(s): "
                f"{summary.errors} error(s), {summary.warnings} warning(s)")
        if truncated:
            text += " (stopped early: --max-errors reached)"
        ok = summary.errors == 0
        print(self._paint(text, "32" if ok else "31"), file=self.stream)


class JsonReporter:
    """One JSON object: the findings and the summary; stable keys for scripts and CI."""

    def __init__(self, stream: IO[str], quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.findings: list[dict[str, Any]] = []

    def finding(self, finding: Finding) -> None:
        if self.quiet and finding.severity is not Severity.ERROR:
            return
        self.findings.append(finding.as_dict())

    def summary(self, summary: Any, truncated: bool = False) -> None:
        json.dump({"findings": self.findings,
                   "summary": {"files": summary.files, "documents": summary.documents, "errors": summary.errors,
                               "warnings": summary.warnings, "truncated": truncated}},
                  self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")


REPORTERS = {"text": TextReporter, "json": JsonReporter}
