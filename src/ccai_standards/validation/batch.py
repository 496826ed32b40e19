"""What a batch knows across its chunks: ids, references, facts and cross-record questions.

Chunks are absorbed in input order. A reference or question whose answer is already known
is settled at once and forgotten; only those pointing forward are kept. What remains is
settled at the end. Findings that compare records come out after all per-document findings,
sorted by where they were written, so the order is the same however the work was split.

Memory per record: its id and one small tuple (type and where it is); per forward
reference: the reference and where it was written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import yaml

from ..document import KeptText, Origin, json_path
from ..findings import Finding, Location, Severity
from ..positions import PositionIndex
from ..reading.chunks import InputInfo, internal_error
from ..reading.columnar import SYNTAXES, located
from ..rules.engine import RuleEngine
from ..rules.facts import Facts
from .checker import ChunkResult
from .structure import a_list


_PLAIN_JSON = json.JSONDecoder()


class Relocator:
    """Find line and column for end-of-batch findings, reading each input again at most once."""

    def __init__(self, sources: list[InputInfo], texts: dict[Origin, KeptText]) -> None:
        self.sources = sources
        self.texts = texts  # kept texts of documents from inputs that cannot be read twice
        self._yaml_nodes: dict[int, list[Any]] = {}
        self._json_files: dict[int, str] = {}
        self._json_positions: dict[int, PositionIndex] = {}
        self._lines: dict[int, dict[int, bytes]] = {}

    def prepare(self, origins: list[Origin]) -> None:
        """Read, in one pass per JSON Lines file, every line a finding will point into."""
        wanted: dict[int, set[int]] = {}
        for source, _, line, *_ in origins:
            info = self.sources[source]
            if info.path is not None and info.syntax == "jsonl" and line is not None:
                wanted.setdefault(source, set()).add(line)
        for source, lines in wanted.items():
            found: dict[int, bytes] = {}
            try:
                with open(self.sources[source].path, "rb") as handle:  # type: ignore[arg-type]
                    for number, raw in enumerate(handle, start=1):
                        if number in lines:
                            found[number] = raw.rstrip(b"\r\n")
            except OSError:
                pass
            self._lines[source] = found

    def location(self, origin: Origin, path: tuple[Any, ...]) -> Location:
        source, index, line, offset, column = origin
        info = self.sources[source]
        if info.syntax in SYNTAXES:  # rows, not lines: nothing to read again
            return located(Location(info.display, None, None, json_path(path), index), info.row_starts)
        try:
            kept = self.texts.get(origin)
            if kept is not None:
                positions = PositionIndex(kept.text, kept.syntax, kept.line, None, index, kept.column)
            elif info.path is None:
                return Location(info.display, line, None, json_path(path), index)
            elif info.syntax == "jsonl":
                positions = PositionIndex(self._lines.get(source, {}).get(line or 0, b""), "json", line)
            elif info.syntax == "yaml":
                positions = PositionIndex(b"", "yaml", line, self._yaml_node(source, index), index)
            elif offset:  # an element of a JSON array: read just that element again
                text = self._json_text(source)
                end = _PLAIN_JSON.raw_decode(text, offset)[1]
                positions = PositionIndex(text[offset:end], "json", line, None, index, column)
            else:  # one JSON document: one index for all its findings
                if source not in self._json_positions:
                    self._json_positions[source] = PositionIndex(self._json_text(source), "json", 1)
                positions = self._json_positions[source]
            found_line, found_column = positions.locate(tuple(path))
            return Location(info.display, found_line, found_column, json_path(path), index)
        except (OSError, UnicodeDecodeError, IndexError, ValueError, yaml.YAMLError):
            return Location(info.display, line, None, json_path(path), index)

    def _json_text(self, source: int) -> str:
        if source not in self._json_files:
            self._json_files[source] = self.sources[source].path.read_text(encoding="utf-8-sig")  # type: ignore[union-attr]
        return self._json_files[source]

    def _yaml_node(self, source: int, index: int) -> Any:
        """The node tree of one document of a YAML file, composing the file once for all its findings."""
        if source not in self._yaml_nodes:
            text = self.sources[source].path.read_text(encoding="utf-8-sig")  # type: ignore[union-attr]
            self._yaml_nodes[source] = list(yaml.compose_all(text, Loader=getattr(yaml, "CSafeLoader",
                                                                                   yaml.SafeLoader)))
        return self._yaml_nodes[source][index]


class Batch:
    def __init__(self, engine: RuleEngine, refs: str) -> None:
        self.engine = engine
        self.ref_severity = Severity.ERROR if refs == "error" else Severity.WARNING
        # id -> where and what it is. For a JSON line (the case that reaches millions) this is
        # one int: line << 24 | input << 8 | type code; otherwise a (type, origin) tuple.
        self._ids: dict[str, int | tuple[str, Origin]] = {}
        self._types: list[str] = []
        self._type_codes: dict[str, int] = {}
        self.facts = Facts()
        # What is left for the end, in document order: (origin, kind, payload)
        self._end: list[tuple[Origin, str, Any]] = []
        self.texts: dict[Origin, KeptText] = {}  # only for documents the end of the batch points into

    def _pack(self, record_type: str, origin: Origin) -> int | tuple[str, Origin]:
        source, index, line, offset, _ = origin
        code = self._type_codes.get(record_type)
        if code is None:
            code = self._type_codes[record_type] = len(self._types)
            self._types.append(record_type)
        if not offset and line is not None and index == line - 1 and source < 0xFFFF and code < 0xFF:
            return (line << 24) | (source << 8) | code
        return (self._types[code], origin)

    def _unpack(self, packed: int | tuple[str, Origin]) -> tuple[str, Origin]:
        if type(packed) is int:
            line = packed >> 24
            return self._types[packed & 0xFF], ((packed >> 8) & 0xFFFF, line - 1, line, 0, 1)
        return packed  # type: ignore[return-value]

    def absorb(self, chunk: ChunkResult) -> None:
        origins, ids, end = chunk.origins, self._ids, self._end
        before = len(end)
        pack, unpack = self._pack, self._unpack
        for record_id, record_type, number in chunk.records:
            known = ids.get(record_id)
            if known is None:
                ids[record_id] = pack(record_type, origins[number])
            else:
                end.append((origins[number], "duplicate", (record_id, unpack(known)[1])))
        for record_id, fact in chunk.facts:
            self.facts.add(record_id, fact)
        if chunk.tallies:
            self.facts.add_tallies(chunk.tallies)
        settled = True
        for target, targets in chunk.targets:
            known = ids.get(target)
            if known is None or (self._types[known & 0xFF] if type(known) is int else known[0]) not in targets:
                settled = False
                break
        for target, targets, number, path, record_id in ([] if settled else chunk.reference_details()):
            known = ids.get(target)
            if known is None:
                end.append((origins[number], "reference", (target, targets, path, record_id)))
            else:
                found = self._types[known & 0xFF] if type(known) is int else known[0]
                if found not in targets:
                    end.append((origins[number], "wrong-type", (target, targets, path, record_id, found)))
        knows = self.facts.knows
        for code, question, number, record_id, version in chunk.questions:
            if knows(question[0]):
                answer = self._answer(origins[number], code, question, record_id, version)
                if answer is not None:
                    end.append(answer)
            else:
                end.append((origins[number], "question", (code, question, record_id, version)))
        if chunk.texts and len(end) > before:
            wanted = {entry[0] for entry in end[before:]}
            for number, kept in chunk.texts.items():
                if origins[number] in wanted:
                    self.texts[origins[number]] = kept

    def close(self) -> None:
        """Let go of what the batch holds outside this process's memory (nothing, in process)."""

    # What an engine that joins tables found, kept as `absorb` would have kept it, for `finish`.

    def keep_duplicate(self, origin: Origin, record_id: str, first: Origin) -> None:
        self._end.append((origin, "duplicate", (record_id, first)))

    def keep_reference(self, origin: Origin, target: str, allowed: tuple[str, ...], path: tuple[Any, ...],
                       record_id: str | None, found: str | None) -> None:
        """A reference that points to no record (`found` None) or to a record of type `found`, not allowed."""
        payload = (target, allowed, path, record_id)
        self._end.append((origin, "unresolved", payload) if found is None else (origin, "wrong-type", (*payload, found)))

    def answer_at_end(self, questions: list[tuple[Any, Any, Origin, Any]]) -> None:
        """Answer questions left for the end, (order, position, origin, question row), in that order."""
        questions.sort(key=lambda item: (item[0], item[1]))
        for _, _, origin, (code, question, _, record_id, version) in questions:
            answer = self._answer(origin, code, question, record_id, version)
            if answer is not None:
                self._end.append(answer)

    def finish(self, sources: list[InputInfo]) -> Iterator[Finding]:
        """Settle what is left and give the end-of-batch findings, in document order."""
        settled: list[tuple[Origin, str, Any]] = []
        for origin, kind, payload in self._end:
            if kind == "reference":
                known = self._ids.get(payload[0])
                if known is None:
                    settled.append((origin, "unresolved", payload))
                elif self._unpack(known)[0] not in payload[1]:
                    settled.append((origin, "wrong-type", (*payload, self._unpack(known)[0])))
            elif kind == "question":
                answer = self._answer(origin, *payload)
                if answer is not None:
                    settled.append(answer)
            else:
                settled.append((origin, kind, payload))
        self._end.clear()
        settled.sort(key=lambda item: (item[0][0], item[0][1], item[0][2] or 0))
        relocator = Relocator(sources, self.texts)
        self._display = lambda origin: sources[origin[0]].display  # for faults met while relocating
        relocator.prepare([origin for origin, _, _ in settled]
                          + [payload[1] for _, kind, payload in settled if kind == "duplicate"])
        seen: set[tuple[Any, ...]] = set()
        for origin, kind, payload in settled:
            try:
                finding = self._finding(origin, kind, payload, relocator)
            except Exception as exc:  # a fault of ours: report it where it happened and go on
                finding = self._internal(origin, exc, None)
            identity = (finding.code, finding.location.path, finding.message, origin[:3])
            if identity not in seen:
                seen.add(identity)
                yield finding

    def _answer(self, origin: Origin, code: str, question: Any, record_id: str | None,
                version: str) -> tuple[Origin, str, Any] | None:
        """A cross-record question judged: a violation, nothing, or the fault of ours it met."""
        try:
            violation = self.engine.judge(code, question, self.facts)
        except Exception as exc:
            return origin, "internal", (exc, record_id)
        return None if violation is None else (origin, "violation", (code, violation, record_id, version))

    def _internal(self, origin: Origin, exc: BaseException, record_id: str | None) -> Finding:
        return internal_error(exc, Location(self._display(origin), origin[2], None, "$", origin[1]), record_id)

    def _finding(self, origin: Origin, kind: str, payload: Any, relocator: Relocator) -> Finding:
        if kind == "internal":
            exc, record_id = payload
            location = relocator.location(origin, ())
            return internal_error(exc, location, record_id)
        if kind == "duplicate":
            record_id, first = payload
            first_at = relocator.location(first, ("id",))
            where = Location(first_at.file, first_at.line, None, row_group=first_at.row_group, row=first_at.row).where
            return Finding("REF-duplicate-id", Severity.ERROR,
                           f"the id {record_id} is already used by the record at {where}",
                           relocator.location(origin, ("id",)), "Every record needs its own id; give this one a new id.",
                           record_id)
        if kind == "violation":
            code, violation, record_id, version = payload
            return self.engine.finding(code, violation, relocator.location(origin, violation.path), record_id, version)
        target, targets, path, record_id, *found = payload
        location = relocator.location(origin, path)
        if kind == "unresolved":
            return Finding("REF-unresolved", self.ref_severity,
                           f"{target} does not match the id of any record in this batch", location,
                           f"Expected the id of {a_list(targets)}; validate it together with the records it points "
                           "to, or fix the id.", record_id)
        return Finding("REF-type", Severity.ERROR, f"{target} is {a_list(found)}, but this field needs {a_list(targets)}",
                       location, "Point this field to a record of the right type.", record_id)
