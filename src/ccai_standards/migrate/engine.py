"""Apply migration maps to records: the chain from a record's `conforms_to` up to the target.

A record is copied, then each map of the chain is applied in its phases (see `maps`), with
the schema index of the map's OLD version to know which class every inlined object is and
which fields hold values of which enumeration. At the end `conforms_to` names the target,
and the record is checked against the target's schema index: a field, value or record type
the target does not know, and that no step dealt with, is reported too, so nothing that
will fail validation for want of a migration step passes silently.

Nothing here reads files or writes output; `command` does. Nothing raises for bad records:
what cannot be migrated is a `MigrationProblem`. `MigrationError` is a fault of the package
(a missing or damaged map), `UnknownVersion` a target the package does not know.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..diff.versions import parse as parse_version
from ..document import json_path
from ..findings import Location
from ..standard_versions import version_key
from .maps import MapError, MigrationMap, Step, parse_map

MIGRATION_FILE = "migration.json"
Path_ = tuple[Any, ...]


class MigrationError(Exception):
    """The package cannot migrate at all: a version's map is missing or damaged (exit code 2)."""


class UnknownVersion(MigrationError, ValueError):
    """The target version is not one the package knows."""


class VersionArtefacts(Protocol):
    version: str

    @property
    def schema_index(self) -> dict[str, Any]: ...

    def load_json(self, name: str) -> Any: ...

    def path(self, name: str) -> Any: ...


class Versions(Protocol):
    """Where the versions come from: the package (`package_versions`), or a test's folders."""

    def known(self) -> tuple[str, ...]: ...

    def get(self, version: str) -> VersionArtefacts | None: ...


class PackageVersions:
    """The versions this package ships (`ccai_standards.standard_versions`)."""

    def known(self) -> tuple[str, ...]:
        from .. import standard_versions

        return standard_versions.known_versions()

    def get(self, version: str) -> VersionArtefacts | None:
        from .. import standard_versions

        return standard_versions.for_version(version)


def package_versions() -> Versions:
    return PackageVersions()


def _is_version(text: Any) -> bool:
    try:
        parse_version(text)
    except ValueError:
        return False
    return type(text) is str


# ---- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MigrationChange:
    """One thing a migration changed. `path` is where it was in the input, `new_path` where it is now."""

    op: str  # a step's op, or "context" (the JSON-LD @context of the target version)
    path: str
    new_path: str
    reason: str
    version: str  # the version whose map made the change
    old: Any = None
    new: Any = None
    location: Location | None = None

    @property
    def summary(self) -> str:
        if self.op == "rename_class":
            return f"type `{self.old}` → `{self.new}`"
        if self.op in ("rename_field", "move_field"):
            verb = "renamed" if self.op == "rename_field" else "moved"
            return f"{verb} to {self.new_path}" + (f" ({self.new})" if self.new else "")
        if self.op == "map_value":
            return f"`{self.old}` → `{self.new}`" + ("" if self.path == self.new_path else
                                                      f" (at {self.new_path} now)")
        if self.op == "set_default":
            return f"set to {_show(self.new)}"
        if self.op == "merged":
            return f"removed: a second `{self.old}` once values were renamed"
        return f"{_show(self.old)} → {_show(self.new)}"

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"op": self.op, "path": self.path, "new_path": self.new_path, "reason": self.reason,
                                "version": self.version}
        if self.old is not None:
            data["old"] = self.old
        if self.new is not None:
            data["new"] = self.new
        data.update(_where(self.location))
        return data


@dataclass(frozen=True)
class MigrationProblem:
    """Something that could not be migrated: where it is in the input, and why."""

    path: str
    reason: str
    version: str  # the version whose map (or schema) says so
    element: str = ""
    location: Location | None = None

    def as_json(self) -> dict[str, Any]:
        data = {"path": self.path, "reason": self.reason, "version": self.version, "element": self.element}
        data.update(_where(self.location))
        return data


def _where(location: Location | None) -> dict[str, Any]:
    if location is None:
        return {}
    return {"file": location.file, "line": location.line, "column": location.column}


def _show(value: Any, limit: int = 60) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class MigrationResult:
    """A migrated record, what changed and what could not be migrated.

    status: ``unchanged`` (already at the target), ``migrated`` (every step applied, no
    problem), ``incomplete`` (migrated with problems) or ``refused`` (not migrated at all:
    no usable ``conforms_to``, a newer version than the target, an unknown record type).
    """

    record: Any
    changes: list[MigrationChange] = field(default_factory=list)
    problems: list[MigrationProblem] = field(default_factory=list)
    from_version: str | None = None
    to_version: str = ""
    status: str = "migrated"

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changed(self) -> bool:
        return self.status in ("migrated", "incomplete")


# ---- following a record's containers ------------------------------------------------------


class _Hole:
    """Where a field was taken out, until its value is written elsewhere (keeps the key's position)."""

    __slots__ = ("owner",)

    def __init__(self, owner: _Extraction) -> None:
        self.owner = owner


@dataclass(eq=False)
class _Extraction:
    step: Step
    obj: dict[str, Any]  # the object of the step's class
    parent: dict[str, Any]
    key: str
    value: Any
    origin: Path_
    chain: list[dict[str, Any]]  # the inlined objects on the way to `parent`, outermost first
    hole: _Hole = field(init=False)
    done: bool = False
    target: tuple[dict[str, Any], str] | None = None

    def __post_init__(self) -> None:
        self.hole = _Hole(self)


class _Record:
    """A record being migrated, with the input path of each of its containers and keys.

    Containers keep their identity through every step (fields are renamed in place, moved
    values are the same objects), so where a value was in the input is known by identity,
    however many maps moved it since.
    """

    def __init__(self, data: dict[str, Any], locate: Callable[[Path_], Location | None] | None) -> None:
        self.data = data
        self.locate = locate
        self.changes: list[MigrationChange] = []
        self.problems: list[MigrationProblem] = []
        self._seen_problems: set[tuple[str, str]] = set()
        self._keep: list[Any] = []  # originals stay alive, so their ids are never reused
        self._containers: dict[int, Path_] = {}
        self._keys: dict[tuple[int, Any], Path_] = {}
        self._index(data, ())

    def _index(self, node: Any, path: Path_) -> None:
        stack = [(node, path)]
        while stack:
            current, where = stack.pop()
            self._keep.append(current)
            self._containers[id(current)] = where
            items = current.items() if type(current) is dict else enumerate(current)
            for key, value in items:
                self._keys[(id(current), key)] = where + (key,)
                if type(value) is dict or type(value) is list:
                    stack.append((value, where + (key,)))

    def origin(self, container: Any, key: Any = None) -> Path_:
        """Where `container[key]` (or `container`) was in the input; its nearest known parent if it is new."""
        if key is not None:
            found = self._keys.get((id(container), key))
            if found is not None:
                return found
        return self._containers.get(id(container), ())

    def moved(self, container: Any, key: Any, origin: Path_) -> None:
        self._keys[(id(container), key)] = origin

    def created(self, container: Any, origin: Path_) -> None:
        self._keep.append(container)
        self._containers[id(container)] = origin

    def where(self, path: Path_) -> Location | None:
        return self.locate(path) if self.locate is not None else None

    def change(self, op: str, origin: Path_, now: Path_, step: Step | None, version: str, old: Any = None,
               new: Any = None, reason: str | None = None) -> None:
        self.changes.append(MigrationChange(op, json_path(origin), json_path(now),
                                            reason if reason is not None else step.reason if step else "",
                                            version, old, new, self.where(origin)))

    def problem(self, origin: Path_, reason: str, version: str, element: str = "") -> None:
        path = json_path(origin)
        if (path, element) in self._seen_problems:
            return
        self._seen_problems.add((path, element))
        self.problems.append(MigrationProblem(path, reason, version, element, self.where(origin)))

    def has_problem_at(self, origin: Path_) -> bool:
        """Whether a problem is already reported at this input path or around it."""
        paths = {p for p, _ in self._seen_problems}
        return any(json_path(origin[:n]) in paths for n in range(1, len(origin) + 1))


def _parents(root: Any) -> dict[int, tuple[Any, Any]]:
    """{id(container): (parent, key)} for every container under `root`, as the record is now."""
    found: dict[int, tuple[Any, Any]] = {}
    stack = [root]
    while stack:
        current = stack.pop()
        items = current.items() if type(current) is dict else enumerate(current)
        for key, value in items:
            if type(value) is dict or type(value) is list:
                found[id(value)] = (current, key)
                stack.append(value)
    return found


def _current_path(parents: dict[int, tuple[Any, Any]], container: Any, key: Any = None) -> Path_:
    parts: list[Any] = [] if key is None else [key]
    node = container
    while id(node) in parents:
        node, part = parents[id(node)]
        parts.append(part)
    return tuple(reversed(parts))


# ---- one map ------------------------------------------------------------------------------


@dataclass
class _Node:
    obj: dict[str, Any]
    cls: str
    path: Path_  # as the record was when the map began


class _MapRun:
    """One map applied to one record, with the schema index of the map's old version."""

    def __init__(self, record: _Record, mp: MigrationMap, index: dict[str, Any]) -> None:
        self.record = record
        self.map = mp
        self.version = mp.to_version
        self.classes: dict[str, Any] = index.get("classes", {})
        self.nodes: list[_Node] = []

    def matches(self, cls: str, wanted: str | None) -> bool:
        return cls == wanted or wanted in self.classes.get(cls, {}).get("ancestors", ())

    def run(self) -> bool:
        data = self.record.data
        record_type = data.get("type")
        if type(record_type) is not str or record_type not in self.classes:
            self.record.problem(("type",), f"`type` {_show(record_type)} is not a record type of version "
                                f"{self.map.from_version}, so the record cannot be migrated from it",
                                self.map.from_version, "type")
            return False
        self._values_and_nodes(record_type)
        self._fields()
        self._defaults()
        self._checks()
        for step in self.map.of("rename_class"):
            if data.get("type") == step.src:
                data["type"] = step.dst
                self.record.change(step.op, self.record.origin(data, "type"), ("type",), step, self.version,
                                   step.src, step.dst)
        return True

    # -- values, and which class each object is ----------------------------------------------

    def _values_and_nodes(self, record_type: str) -> None:
        maps: dict[str, dict[str, Step]] = {}
        for step in self.map.of("map_value"):
            maps.setdefault(step.enum, {}).setdefault(step.src, step)  # type: ignore[arg-type]
        removed: dict[str, dict[str, Step]] = {}
        for step in self.map.of("not_migratable"):
            if step.enum is not None:
                removed.setdefault(step.enum, {}).setdefault(step.value, step)
        self._walk(self.record.data, record_type, (), maps, removed)

    def _walk(self, obj: dict[str, Any], cls: str, path: Path_, maps: dict[str, dict[str, Step]],
              removed: dict[str, dict[str, Step]]) -> None:
        """Objects in document order (the reader bounds the depth), values renamed on the way."""
        self.nodes.append(_Node(obj, cls, path))
        fields = self.classes.get(cls, {}).get("fields", {})
        for key in list(obj):
            info = fields.get(key)
            if info is None:
                continue
            value = obj[key]
            kind, rng = info.get("kind"), info.get("range")
            if kind == "enum" and (rng in maps or rng in removed):
                self._enum_values(obj, key, maps.get(rng, {}), removed.get(rng, {}), path + (key,))
            elif kind == "object" and rng in self.classes:
                if type(value) is dict:
                    self._walk(value, rng, path + (key,), maps, removed)
                elif type(value) is list:
                    for i, item in enumerate(value):
                        if type(item) is dict:
                            self._walk(item, rng, path + (key, i), maps, removed)

    def _enum_values(self, obj: dict[str, Any], key: str, maps: dict[str, Step], removed: dict[str, Step],
                     path: Path_) -> None:
        record, value = self.record, obj[key]
        if type(value) is str:
            if value in maps:
                step = maps[value]
                obj[key] = step.dst
                record.change(step.op, record.origin(obj, key), path, step, self.version, value, step.dst)
            elif value in removed:
                record.problem(record.origin(obj, key), removed[value].reason, self.version,
                               removed[value].element)
            return
        if type(value) is not list:
            return
        kept: list[Any] = []
        origins: list[Path_] = []
        renamed: set[str] = set()
        for i, item in enumerate(value):
            origin = record.origin(value, i)
            if type(item) is str and item in maps:
                step = maps[item]
                record.change(step.op, origin, path + (len(kept),), step, self.version, item, step.dst)
                item = step.dst
                renamed.add(item)
            elif type(item) is str and item in removed:
                record.problem(origin, removed[item].reason, self.version, removed[item].element)
            if type(item) is str and item in renamed and item in kept:
                record.change("merged", origin, path, None, self.version, item, None,
                              "a list holds each value once")
                continue
            kept.append(item)
            origins.append(origin)
        if len(kept) != len(value) or kept != value:
            value[:] = kept
            for i, origin in enumerate(origins):
                record.moved(value, i, origin)

    # -- fields: renames and moves -------------------------------------------------------------

    def _fields(self) -> None:
        steps = self.map.of("rename_field", "move_field")
        if not steps:
            return
        record = self.record
        extractions: list[_Extraction] = []
        pairs = [(step, node) for step in steps for node in self.nodes if self.matches(node.cls, step.cls)]
        pairs.sort(key=lambda pair: -len(pair[0].src_path))  # deepest first: a moved object is emptied first
        for step, node in pairs:
            parent, chain = node.obj, []
            for part in step.src_path[:-1]:
                child = parent.get(part)
                if child is None or isinstance(child, _Hole):
                    break
                if type(child) is not dict:
                    record.problem(record.origin(parent, part), f"cannot move {step.src}: `{part}` is not an "
                                   f"object here ({step.reason})", self.version, step.element)
                    break
                chain.append(child)
                parent = child
            else:
                key = step.src_path[-1]
                if key in parent and not isinstance(parent[key], _Hole):
                    extraction = _Extraction(step, node.obj, parent, key, parent[key], record.origin(parent, key),
                                             chain)
                    parent[key] = extraction.hole
                    extractions.append(extraction)
        order = sorted(range(len(extractions)), key=lambda i: (len(extractions[i].step.dst_path), i))
        for i in order:
            self._insert(extractions[i])
        self._clean(extractions)

    def _insert(self, ext: _Extraction) -> None:
        record, step = self.record, ext.step
        parent = ext.obj
        for part in step.dst_path[:-1]:
            child = parent.get(part)
            if child is None or (isinstance(child, _Hole) and child.owner.done):  # absent, or moved away
                child = {}
                record.created(child, record.origin(parent, part))
                parent[part] = child
            elif type(child) is not dict:
                self._restore(ext, f"cannot move {step.src} to {step.dst}: `{part}` is already there and is not "
                              "an object")
                return
            parent = child
        key = step.dst_path[-1]
        present = parent.get(key, None) if key in parent else _ABSENT
        if present is not _ABSENT and not (isinstance(present, _Hole) and (present.owner.done or present is ext.hole)):
            verb = "rename" if step.op == "rename_field" else "move"
            self._restore(ext, f"cannot {verb} `{ext.key}` to `{step.dst}`: the object already has `{step.dst}`; "
                          f"keep one of them ({step.reason})")
            return
        if isinstance(present, _Hole) and present is not ext.hole:
            del parent[key]
        if parent is ext.parent and parent.get(ext.key) is ext.hole:
            items = [(key, ext.value) if k == ext.key else (k, v) for k, v in parent.items()]
            parent.clear()
            parent.update(items)
        else:
            parent[key] = ext.value
        record.moved(parent, key, ext.origin)
        ext.done = True
        ext.target = (parent, key)

    def _restore(self, ext: _Extraction, reason: str) -> None:
        if ext.parent.get(ext.key) is ext.hole:
            ext.parent[ext.key] = ext.value
        self.record.problem(ext.origin, reason, self.version, ext.step.element)

    def _clean(self, extractions: list[_Extraction]) -> None:
        """Take out the holes of moved fields, then objects that moving fields out of left empty."""
        for ext in extractions:
            if ext.done and ext.parent.get(ext.key) is ext.hole:
                del ext.parent[ext.key]
        emptied = {id(d): d for ext in extractions if ext.done for d in ext.chain}
        removed: dict[int, Path_] = {}
        while True:
            parents = _parents(self.record.data)
            empty = [d for d in emptied.values() if not d and id(d) in parents and id(d) not in removed]
            if not empty:
                break
            for d in empty:
                container, key = parents[id(d)]
                removed[id(d)] = self.record.origin(d)
                del container[key]
        parents = _parents(self.record.data)
        for ext in extractions:
            if not ext.done:
                continue
            parent, key = ext.target  # type: ignore[misc]
            gone = [removed[id(d)] for d in ext.chain if id(d) in removed]
            note = f"the emptied {json_path(gone[0])} removed" if gone else ""
            self.record.change(ext.step.op, ext.origin, _current_path(parents, parent, key), ext.step,
                               self.version, ext.key, note or None)

    # -- defaults and checks ------------------------------------------------------------------

    def _attached(self, parents: dict[int, tuple[Any, Any]]) -> list[_Node]:
        """The objects still in the record (moving fields out may have removed an emptied one)."""
        return [n for n in self.nodes if n.obj is self.record.data or id(n.obj) in parents]

    def _defaults(self) -> None:
        steps = self.map.of("set_default")
        if not steps:
            return
        parents = _parents(self.record.data)
        nodes = self._attached(parents)
        for step in steps:
            for node in nodes:
                if self.matches(node.cls, step.cls) and step.field not in node.obj:
                    node.obj[step.field] = copy.deepcopy(step.value)  # type: ignore[index]
                    origin = self.record.origin(node.obj) + (step.field,)
                    self.record.moved(node.obj, step.field, origin)
                    self.record.change(step.op, origin, _current_path(parents, node.obj, step.field), step,
                                       self.version, None, step.value)

    def _checks(self) -> None:
        record = self.record
        steps = [s for s in self.map.of("not_migratable") if s.enum is None]
        if not steps:
            return
        nodes = self._attached(_parents(record.data))
        for step in steps:
            for node in nodes:
                if not self.matches(node.cls, step.cls):
                    continue
                if step.field is None:
                    where = record.origin(node.obj, "type") if node.obj is record.data else record.origin(node.obj)
                    record.problem(where, step.reason, self.version, step.element)
                elif step.when == "present" and step.field in node.obj:
                    record.problem(record.origin(node.obj, step.field), step.reason, self.version, step.element)
                elif step.when == "missing" and step.field not in node.obj:
                    record.problem(record.origin(node.obj), f"the required field `{step.field}` is missing and "
                                   f"no value for it is known: {step.reason}", self.version, step.element)


_ABSENT = object()


# ---- what the target does not know --------------------------------------------------------


def leftovers(record: _Record, index: dict[str, Any], version: str) -> None:
    """Report what the target version's schema does not know and no step dealt with."""
    classes, enums = index.get("classes", {}), index.get("enums", {})
    data = record.data
    record_type = data.get("type")
    if record_type not in index.get("document_types", ()) or record_type not in classes:
        where = record.origin(data, "type")
        if not record.has_problem_at(where):
            record.problem(where, f"`{record_type}` is not a record type of version {version}", version, "type")
        return
    stack: list[tuple[dict[str, Any], str]] = [(data, record_type)]
    while stack:
        obj, cls = stack.pop()
        fields = classes.get(cls, {}).get("fields", {})
        for key, value in obj.items():
            info = fields.get(key)
            where = record.origin(obj, key)
            if info is None:
                if not record.has_problem_at(where):
                    record.problem(where, f"`{key}` is not a field of {cls} in version {version}, and no step of "
                                   "the migration map moves it", version, f"{cls}.{key}")
                continue
            kind, rng = info.get("kind"), info.get("range")
            if kind == "enum" and rng in enums:
                allowed = enums[rng]
                items = list(enumerate(value)) if type(value) is list else [(None, value)]
                for i, item in items:
                    spot = record.origin(value, i) if i is not None else where
                    if type(item) is str and item not in allowed and not record.has_problem_at(spot):
                        record.problem(spot, f"`{item}` is not a value of {rng} in version {version}, and no step "
                                       "of the migration map renames it", version, f"{rng}.{item}")
            elif kind == "object" and rng in classes:
                if type(value) is dict:
                    stack.append((value, rng))
                elif type(value) is list:
                    stack.extend((item, rng) for item in value if type(item) is dict)


# ---- the chain ----------------------------------------------------------------------------


class Migrator:
    """Migrates records to one target version; loads each map and schema index once."""

    def __init__(self, to: str, versions: Versions | None = None) -> None:
        self.versions = versions or package_versions()
        self.known = tuple(self.versions.known())
        if to not in self.known or self.versions.get(to) is None:
            raise UnknownVersion(f"there is no version {to!r} of the standard; the known versions are "
                                 f"{', '.join(self.known)}")
        self.to = to
        self._maps: dict[str, MigrationMap] = {}
        self._chains: dict[str, list[MigrationMap]] = {}

    def _artefacts(self, version: str) -> VersionArtefacts:
        found = self.versions.get(version)
        if found is None:
            raise MigrationError(f"a migration map names version {version}, which this package does not hold")
        return found

    def index(self, version: str) -> dict[str, Any]:
        try:
            return self._artefacts(version).schema_index
        except (OSError, ValueError) as exc:
            raise MigrationError(f"the schema index of version {version} cannot be read: {exc}") from None

    def map_of(self, version: str) -> MigrationMap:
        """The map that leads to `version` from the release before it."""
        if version not in self._maps:
            artefacts = self._artefacts(version)
            source = f"the migration map of {version} ({MIGRATION_FILE})"
            try:
                if not artefacts.path(MIGRATION_FILE).is_file():
                    raise MigrationError(f"version {version} has no migration map ({MIGRATION_FILE}), so records "
                                         f"cannot be migrated to it; this copy of ccai is incomplete")
                mp = parse_map(artefacts.load_json(MIGRATION_FILE), source)
            except (OSError, ValueError) as exc:
                if isinstance(exc, MigrationError):
                    raise
                raise MigrationError(f"{source} is damaged: {exc}") from None
            if mp.to_version != version:
                raise MigrationError(f"{source} says it leads to {mp.to_version}, not {version}")
            if version_key(mp.from_version) >= version_key(version):
                raise MigrationError(f"{source} leads from {mp.from_version}, which is not older than {version}")
            self._maps[version] = mp
        return self._maps[version]

    def chain(self, start: str) -> list[MigrationMap]:
        """The maps from `start` (older than the target) to the target, oldest first."""
        if start not in self._chains:
            maps: list[MigrationMap] = []
            version = self.to
            while version != start:
                mp = self.map_of(version)
                if version_key(mp.from_version) < version_key(start):
                    raise MigrationError(f"no chain of migration maps leads from {start} to {self.to}: the map of "
                                         f"{version} leads from {mp.from_version}")
                maps.append(mp)
                version = mp.from_version
            self._chains[start] = list(reversed(maps))
        return self._chains[start]

    def migrate(self, record: Any, locate: Callable[[Path_], Location | None] | None = None) -> MigrationResult:
        """One record (not changed; the result holds a migrated copy)."""
        data = copy.deepcopy(record)
        result = MigrationResult(data, to_version=self.to)
        if type(data) is not dict:
            result.status = "refused"
            result.problems.append(MigrationProblem("$", "a record is an object with `type`, `conforms_to` and "
                                                    "`id`", self.to, "", locate(()) if locate else None))
            return result
        tracked = _Record(data, locate)
        start = data.get("conforms_to")
        result.from_version = start if type(start) is str else None
        refusal = self._refusal(start)
        if refusal is not None:
            tracked.problem(("conforms_to",) if "conforms_to" in data else (), refusal, self.to, "conforms_to")
            result.problems, result.status = tracked.problems, "refused"
            return result
        if start == self.to:
            result.status = "unchanged"
            return result
        for mp in self.chain(start):
            if not _MapRun(tracked, mp, self.index(mp.from_version)).run():
                result.problems, result.changes, result.status = tracked.problems, tracked.changes, "refused"
                if tracked.changes:  # a later map met a type it cannot follow: keep what was done, say so
                    result.status = "incomplete"
                    self._set_version(tracked, mp.from_version)
                return result
        self._set_version(tracked, self.to)
        leftovers(tracked, self.index(self.to), self.to)
        result.changes, result.problems = tracked.changes, tracked.problems
        result.status = "incomplete" if tracked.problems else "migrated"
        return result

    def _set_version(self, tracked: _Record, version: str) -> None:
        tracked.data["conforms_to"] = version

    def _refusal(self, start: Any) -> str | None:
        known = ", ".join(self.known)
        if start is None:
            return ("the record has no `conforms_to`, so the version it follows is not known; add the version it "
                    "was written for")
        if not _is_version(start):
            return f"`conforms_to` is {_show(start)}, not a version such as {self.known[-1]}"
        if start not in self.known:
            return (f"the record follows version {start}, which this package does not know (it knows {known}); "
                    "a newer ccai may")
        if version_key(start) > version_key(self.to):
            return (f"the record follows {start}, newer than {self.to}: migrate only moves records to newer "
                    "versions, never back")
        return None


def migrate_record(record: dict[str, Any], to: str, versions: Versions | None = None) -> MigrationResult:
    """Migrate one record to version `to`; the record given is not changed.

    :raises UnknownVersion: the package does not know `to`.
    :raises MigrationError: a map on the way is missing or damaged (a fault of the package).
    """
    return Migrator(to, versions).migrate(record)


__all__ = ["MapError", "MigrationChange", "MigrationError", "MigrationProblem", "MigrationResult", "Migrator",
           "PackageVersions", "UnknownVersion", "Versions", "leftovers", "migrate_record", "package_versions"]
