"""Reporters: render findings for people (text) or machines (JSON, SARIF, JUnit). One class per format.

A reporter is anything that fits `Reporter`; adding one to `REPORTERS` adds it to
``ccai validate --format``. The message and the hint stay separate fields wherever the
format has room for both.
"""

from __future__ import annotations

import json
import os
from typing import IO, Any, Protocol, runtime_checkable

from .findings import Finding, Severity
from .links import requirement_url


@runtime_checkable
class Reporter(Protocol):
    """Receives each finding as it is found, then the run's summary, and writes to its stream."""

    def __init__(self, stream: IO[str], quiet: bool = False) -> None: ...

    def finding(self, finding: Finding) -> None: ...

    def summary(self, summary: Any, truncated: bool = False) -> None: ...


def _shown(finding: Finding, quiet: bool) -> bool:
    """--quiet shows errors only."""
    return finding.severity is Severity.ERROR or not quiet


class TextReporter:
    """`file:line:column: severity CODE at path: message hint`, coloured on a terminal."""

    def __init__(self, stream: IO[str], quiet: bool = False, colour: bool | None = None) -> None:
        self.stream = stream
        if colour is None:
            colour = stream.isatty() and "NO_COLOR" not in os.environ
        self.colour = colour
        self.quiet = quiet

    def _paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def finding(self, finding: Finding) -> None:
        if not _shown(finding, self.quiet):
            return
        loc = finding.location
        where = loc.where
        level = self._paint(finding.severity.value, _COLOURS[finding.severity])
        line = f"{self._paint(where, '1')}: {level} {self._paint(finding.code, '36')} at {loc.path}: {finding.message}"
        if finding.hint:
            line += f"\n    {self._paint('hint:', '2')} {finding.hint}"
        print(line, file=self.stream)

    def summary(self, summary: Any, truncated: bool = False) -> None:
        text = (f"checked {summary.documents} document(s) in {summary.files} file(s): "
                f"{summary.errors} error(s), {summary.warnings} warning(s)")
        if getattr(summary, "notes", 0):
            text += f", {summary.notes} note(s)"
        text += versions_seen(summary)
        skipped = getattr(summary, "skipped_rules", ())
        if skipped:
            text += f"; not compared with other records (--refs off): {', '.join(skipped)}"
        if truncated:
            text += " (stopped early: --max-errors reached)"
        ok = summary.errors == 0
        print(self._paint(text, "32" if ok else "31"), file=self.stream)


def versions_seen(summary: Any) -> str:
    """"; judged by version 0.1.0 (3) and 0.2.0 (12)": which versions of the standard the documents were judged by."""
    seen = getattr(summary, "versions", None)
    if not seen:
        return ""
    from .standard_versions import version_key

    ordered = sorted(seen, key=version_key)
    if len(ordered) == 1:
        return f"; judged by version {ordered[0]}"
    parts = [f"{v} ({seen[v]})" for v in ordered]
    return f"; judged by versions {', '.join(parts[:-1])} and {parts[-1]}"


_COLOURS = {Severity.ERROR: "31;1", Severity.WARNING: "33;1", Severity.NOTE: "34"}


class JsonReporter:
    """One JSON object: the findings and the summary; stable keys for scripts and CI."""

    def __init__(self, stream: IO[str], quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.findings: list[dict[str, Any]] = []

    def finding(self, finding: Finding) -> None:
        if not _shown(finding, self.quiet):
            return
        data = finding.as_dict()
        data["url"] = requirement_url(finding.code, finding.version)  # the requirement's page, or null
        self.findings.append(data)

    def payload(self, summary: Any, truncated: bool = False) -> dict[str, Any]:
        """The report as data (what `ccai serve` answers with)."""
        return {"findings": self.findings,
                "summary": {"files": summary.files, "documents": summary.documents, "errors": summary.errors,
                            "warnings": summary.warnings, "notes": getattr(summary, "notes", 0),
                            "versions": dict(sorted(getattr(summary, "versions", {}).items())),
                            "skipped_rules": list(getattr(summary, "skipped_rules", ())),
                            "truncated": truncated}}

    def summary(self, summary: Any, truncated: bool = False) -> None:
        json.dump(self.payload(summary, truncated), self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")


class SarifReporter:
    """SARIF 2.1.0, for code-scanning dashboards. Each finding code is a rule (`ruleId`)."""

    def __init__(self, stream: IO[str], quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.results: list[dict[str, Any]] = []
        self.rules: dict[str, dict[str, Any]] = {}

    def finding(self, finding: Finding) -> None:
        if not _shown(finding, self.quiet):
            return
        level = finding.severity.value  # SARIF's levels include error, warning and note
        if finding.code not in self.rules:
            self.rules[finding.code] = _sarif_rule(finding.code, level, finding.version)
        loc = finding.location
        region: dict[str, Any] = {}
        if loc.line:
            region["startLine"] = loc.line
            if loc.column:
                region["startColumn"] = loc.column
        physical: dict[str, Any] = {"artifactLocation": {"uri": loc.file}}
        if region:
            physical["region"] = region
        location: dict[str, Any] = {"physicalLocation": physical,
                                    "logicalLocations": [{"fullyQualifiedName": loc.path, "kind": "element"}]}
        if loc.row is not None:  # a Parquet or Arrow file has rows, not lines (SARIF has no region for them)
            location["properties"] = {"row": loc.row, **({} if loc.row_group is None else {"rowGroup": loc.row_group})}
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": level,
            "message": {"text": finding.message},
            "locations": [location],
        }
        properties: dict[str, Any] = {}
        if finding.hint:  # a fix, kept apart from the message (SARIF has no plain-text fix field)
            properties["hint"] = finding.hint
        if finding.version:
            properties["standardVersion"] = finding.version
        if properties:
            result["properties"] = properties
        self.results.append(result)

    def summary(self, summary: Any, truncated: bool = False) -> None:
        from . import __version__

        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "ccai validate", "version": __version__,
                                    "informationUri": "https://w3id.org/ccai/schema",
                                    "rules": [self.rules[code] for code in sorted(self.rules)]}},
                "results": self.results,
                "invocations": [{"executionSuccessful": not truncated}],
            }],
        }
        json.dump(log, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")


def _sarif_rule(code: str, level: str, version: str | None) -> dict[str, Any]:
    rule: dict[str, Any] = {"id": code, "defaultConfiguration": {"level": level}}
    title = _requirement_titles().get(code)
    if title:
        rule["shortDescription"] = {"text": title}
        url = requirement_url(code, version)
        if url:
            rule["helpUri"] = url
    else:
        rule["shortDescription"] = {"text": _KIND_TITLES.get(code.split("-", 1)[0], code)}
    return rule


_KIND_TITLES = {"SCHEMA": "The record does not match the CCAI schema", "REF": "A reference between records is wrong",
                "INPUT": "The input cannot be read as CCAI records"}


def _requirement_titles() -> dict[str, str]:
    from . import resources

    return {r["code"]: r["title"] for r in resources.load_json("standard.json")["requirements"]}


class JunitReporter:
    """JUnit XML: one test case per input file, failing with its error findings."""

    def __init__(self, stream: IO[str], quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.by_file: dict[str, list[Finding]] = {}

    def finding(self, finding: Finding) -> None:
        if not _shown(finding, self.quiet):
            return
        self.by_file.setdefault(finding.location.file, []).append(finding)

    def summary(self, summary: Any, truncated: bool = False) -> None:
        from xml.etree import ElementTree as ET

        files = list(dict.fromkeys([*summary.sources, *self.by_file]))
        suite = ET.Element("testsuite", name="ccai validate", tests=str(len(files)))
        failures = 0
        for name in files:
            case = ET.SubElement(suite, "testcase", classname="ccai.validate", name=name)
            found = self.by_file.get(name, [])
            errors = [f for f in found if f.is_error]
            if errors:
                failures += 1
                failure = ET.SubElement(case, "failure", type=errors[0].code,
                                        message=f"{len(errors)} error(s): {errors[0].message}")
                failure.text = "\n".join(_junit_line(f) for f in errors)
            warnings = [f for f in found if not f.is_error]
            if warnings:
                ET.SubElement(case, "system-out").text = "\n".join(_junit_line(f) for f in warnings)
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        self.stream.write(ET.tostring(ET.ElementTree(suite).getroot(), encoding="unicode", xml_declaration=True))
        self.stream.write("\n")


def _junit_line(finding: Finding) -> str:
    """The finding, with its hint on a line of its own."""
    text = str(Finding(finding.code, finding.severity, finding.message, finding.location))
    return text + (f"\n    hint: {finding.hint}" if finding.hint else "")


REPORTERS: dict[str, type[Reporter]] = {"text": TextReporter, "json": JsonReporter, "sarif": SarifReporter,
                                         "junit": JunitReporter}
