"""Examples that validate as shown: a record from ``tests/data/valid`` with every record it cites.

A record on its own refers to people, works and datasets by id, and a reader who copies it
gets "unresolved reference" errors. Here each example is completed into a batch: the record,
then, breadth first, every valid example whose id it (or a record already taken) cites. The
batch is one multi-document YAML text, so what a reader copies is what the tests validate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from . import paths


@dataclass(frozen=True)
class ExampleBatch:
    """One example record and the records it cites, in the order they are shown."""

    main: Path
    cited: tuple[Path, ...]

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.main, *self.cited)

    def text(self) -> str:
        """The batch as one YAML stream: the example record first, then each record it cites."""
        return "\n---\n".join(record_text(p) for p in self.files) + "\n"


def record_text(path: Path) -> str:
    """A record file as a reader sees it: its YAML without the test suite's header comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("# ")).strip()


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


class ExamplePool:
    """Every valid example record, by id, so that any one can be completed into a batch."""

    def __init__(self, examples_dir: Path = paths.EXAMPLES_DIR) -> None:
        self.folder = examples_dir / "valid"

    @cached_property
    def records(self) -> dict[Path, dict[str, Any]]:
        found = {}
        for path in sorted(self.folder.glob("*.yaml")):
            record = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(record, dict):
                found[path] = record
        return found

    @cached_property
    def by_id(self) -> dict[str, Path]:
        return {str(r["id"]): p for p, r in self.records.items() if r.get("id")}

    def record(self, path: Path) -> dict[str, Any]:
        """A pooled record, or one from elsewhere (an invalid example completed from the pool)."""
        if path not in self.records:
            return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return self.records[path]

    def _closure(self, start: list[Path]) -> list[Path]:
        """`start`, then breadth first every example whose id a record already taken cites."""
        taken, queue = list(start), list(start)
        while queue:
            record = self.record(queue.pop(0))
            own = str(record.get("id"))
            for value in _strings({k: v for k, v in record.items() if k != "id"}):
                target = self.by_id.get(value)
                if target is not None and value != own and target not in taken:
                    taken.append(target)
                    queue.append(target)
        return taken

    def citers(self, taken: list[Path]) -> list[Path]:
        """The examples, not yet taken, that cite a record already taken."""
        ids = {str(self.record(p).get("id")) for p in taken}
        return [p for p, r in self.records.items() if p not in taken and ids & set(_strings(r))]

    def batch(self, main: Path, breaks: str | None = None) -> ExampleBatch:
        """The record and what it cites. When that is not yet the example it is meant to be (a record
        meant to be valid breaks a rule alone, as a synthetic performer without the disclosure naming
        it; a record meant to break the rule `breaks` can only be judged with a manifest's entries),
        records citing the batch are added one at a time until it is."""
        taken = self._closure([main])
        done = (lambda text: clean(text)) if breaks is None else (lambda text: reports(text, breaks))
        while not done(ExampleBatch(main, tuple(taken[1:])).text()):
            more = self.citers(taken)
            if not more:
                break
            taken = self._closure([*taken, more[0]])
        return ExampleBatch(main, tuple(taken[1:]))


def findings(text: str) -> list[Any]:
    """What `ccai validate` says of a batch, worse than a note."""
    import ccai_standards

    return [f for f in ccai_standards.validate(text) if f.severity.value in ("error", "warning")]


def clean(text: str) -> bool:
    return not findings(text)


def reports(text: str, code: str) -> bool:
    return any(f.code == code for f in findings(text))
