"""The migration map of the working tree: how records of the last release become records of it.

``ccai migrate`` moves records up one release at a time by these maps. Each version ships
its map as ``migration.json`` beside its runtime artefacts (``artifacts/migration.json`` for
the current version, ``artifacts/releases/<v>/migration.json`` frozen at its release), and
the release command writes the same map as ``releases/<v>.migration.yaml`` for people to
read. The format (``ccai_standards.migrate.maps``)::

    format: 1
    from_version: 0.1.0
    to_version: 0.2.0
    steps:
      - op: rename_field
        class: ConsentRecord
        from: valid_until
        to: consent_expires_at
        reason: valid_until is deprecated and replaced by consent_expires_at
        origin: deprecation

The steps come from three places, and the map is the same, byte for byte, whenever the
sources are:

1. **Deprecations with an exact replacement** in the schema (``deprecated`` and
   ``deprecated_element_has_exact_replacement``, declared on the element in the new schema,
   or in the old one when the element is gone): a record type becomes ``rename_class``, a
   slot ``rename_field`` (for each class that has it, written once for a class and its
   subclasses when they all do), a permissible value ``map_value``. This is how the diff
   recognises a declared rename, and it also covers a replacement that existed before.
2. **Steps written by hand** in ``migrations/unreleased.yaml``, for what a deprecation
   cannot say: a field moved into or out of an inlined object, a value for a new required
   field, an element removed on purpose with the reason to give users. Each is checked
   against both schemas: a name the old or the new schema does not have is an error with
   the file, line and column. A step written by hand replaces a step found for the same
   element.
3. **The diff** (``ccai_standards.diff``) for what no step covers: a field, record type or
   enumeration value removed (or renamed without a declared replacement, which the map does
   not guess) becomes ``not_migratable`` with the diff's reason; a new required field (or
   one made required) becomes ``set_default`` when the schema gives it an ``ifabsent``
   default, else ``not_migratable`` with ``when: missing``.

What the map can express: renaming a record type, renaming a field of a class and its
subclasses, moving a field into or out of inlined objects (dotted paths through single
objects), renaming an enumeration value wherever a field of that enumeration is (at any
depth, by the old version's schema index), a default for a new required field, and an
element removed with no replacement, reported with its reason.

What it cannot express, and ``ccai migrate`` leaves to ``ccai validate`` to report: a value
transformed (reformatted, rescaled, split or joined), a single value made a list or a list
made single, a field split in two or two merged, a reference made an inlined object or the
reverse, moves through lists of objects, renames in one class but not in its subclasses,
and any tightened constraint (a narrower pattern or range, a higher minimum, fewer allowed
items). Renaming an inlined object's class, an enumeration or a type needs no step: records
do not carry those names (except a Requirement's ``carried_by`` paths, which are not
rewritten).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ccai_standards.diff import DiffInputError, compare_snapshots, load_snapshot
from ccai_standards.diff.changes import Change, Report
from ccai_standards.diff.compare_schema import EXACT, SchemaComparison, local_name
from ccai_standards.diff.loading import Snapshot
from ccai_standards.diff.schema_model import SchemaModel
from ccai_standards.migrate.maps import (
    FORMAT,
    MapError,
    MigrationMap,
    Step,
    parse_map,
    parse_step,
)

from .canonical import canonical_json

UNRELEASED = Path("migrations") / "unreleased.yaml"
_REPLACEMENT = "deprecated_element_has_exact_replacement"


class MigrationMapError(Exception):
    """The map cannot be built: a step written by hand is wrong (the message names file and line)."""


# ---- the schema, as the steps see it -------------------------------------------------------


def _concrete(model: SchemaModel, name: str) -> bool:
    definition = model.classes.get(name, {})
    return not definition.get("abstract") and not definition.get("mixin")


def record_types(model: SchemaModel) -> set[str]:
    """The classes a record's `type` may name."""
    return {n for n in model.record_classes if n != "Document" and _concrete(model, n)}


def _is_object(model: SchemaModel, info: dict[str, Any]) -> bool:
    """An inlined object (not the id of another record), as the schema index says `kind: object`."""
    rng = info.get("range")
    if rng not in model.classes:
        return False
    return not (rng in model.record_classes and not info.get("inlined") and not info.get("identifier"))


def resolve_path(model: SchemaModel, cls: str, path: str) -> tuple[str | None, str]:
    """(the class that holds the last field, "") or (None, what is wrong) for a dotted field path."""
    parts = path.split(".")
    for number, part in enumerate(parts):
        fields = model.all_fields.get(cls, {})
        if part not in fields:
            return None, f"{cls} has no field `{part}`"
        if number == len(parts) - 1:
            return cls, ""
        info = fields[part]
        if not _is_object(model, info):
            return None, f"`{part}` of {cls} is not an inlined object, so no field is inside it"
        if info.get("multivalued"):
            return None, f"`{part}` of {cls} is a list of objects; a move cannot say which of them"
        cls = str(info["range"])
    return cls, ""


def collapse(model: SchemaModel, chosen: set[str]) -> tuple[list[str], set[str]]:
    """Classes that, each with its subclasses, make up exactly the concrete classes of `chosen`.

    Returns the roots, and the concrete classes that cannot be named that way (a subclass
    that is not in `chosen` sits under them).
    """
    target = {c for c in chosen if _concrete(model, c)}
    roots: list[str] = []
    covered: set[str] = set()
    for name in sorted(chosen, key=lambda c: (len(model.class_ancestors(c)), c)):
        below = {d for d in model.classes if name in model.class_ancestors(d) and _concrete(model, d)}
        if below and below <= target and not below <= covered:
            roots.append(name)
            covered |= below
    return roots, target - covered


def _value_name(replacement: Any, enums: set[str]) -> str | None:
    """`MediaEnum.tv` → `tv`; a value's own dots and colons are kept (`CC-BY-4.0`)."""
    if not replacement:
        return None
    text = str(replacement)
    for separator in ("#", "."):
        head, sep, tail = text.partition(separator)
        if sep and local_name(head) in enums:
            return tail
    return text


def _ifabsent(model: SchemaModel, info: dict[str, Any]) -> tuple[bool, Any]:
    """(True, value) when the field's `ifabsent` gives a plain value this tool can write."""
    text = info.get("ifabsent")
    if text is None:
        return False, None
    text = str(text).strip()
    rng = info.get("range")
    if text in ("true", "True", "false", "False"):
        value: Any = text.lower() == "true"
    else:
        match = re.fullmatch(r"([A-Za-z_]+)\((.*)\)", text, re.DOTALL)
        kind, inner = (match.group(1), match.group(2).strip()) if match else (None, text)
        if len(inner) >= 2 and inner[0] == inner[-1] and inner[0] in "'\"":
            inner = inner[1:-1]
        try:
            if kind in ("int", "integer"):
                value = int(inner)
            elif kind in ("float", "double", "decimal"):
                value = float(inner)
            elif kind in ("string", "str", "date", "datetime", "uri", "uriorcurie") or (kind and kind == rng) \
                    or (kind is None and rng in model.enums):
                value = inner
            else:
                return False, None
        except ValueError:
            return False, None
    if rng in model.enums and value not in model.enum_values(str(rng)):
        return False, None
    return True, [value] if info.get("multivalued") else value


# ---- building --------------------------------------------------------------------------------


def _source_key(step: Step) -> tuple[Any, ...]:
    """What a step reads: two steps that read the same thing are one too many."""
    if step.op == "rename_class":
        return ("class", step.src)
    if step.op in ("rename_field", "move_field"):
        return ("field", step.cls, step.src)
    if step.op == "map_value":
        return ("value", step.enum, step.src)
    if step.op == "set_default":
        return ("default", step.cls, step.field)
    return ("not_migratable", step.cls, step.field, step.enum, step.value, step.when)


def _element_key(step: Step) -> tuple[Any, ...]:
    """The old element a step is about: a step written by hand replaces the steps found for it."""
    if step.op == "rename_class" or (step.op == "not_migratable" and step.cls and not step.field):
        return ("class", step.src or step.cls)
    if step.op == "map_value" or step.enum is not None:
        return ("value", step.enum, step.src or step.value)
    if step.op == "set_default" or step.when == "missing":
        return ("default", step.cls, step.field)
    return ("field", step.cls, step.src or step.field)


@dataclass
class _Builder:
    old: Snapshot
    new: Snapshot
    report: Report
    comparison: SchemaComparison
    steps: list[Step] = field(default_factory=list)
    authored: list[Step] = field(default_factory=list)

    @property
    def o(self) -> SchemaModel:
        return self.old.schema

    @property
    def n(self) -> SchemaModel:
        return self.new.schema

    @property
    def version(self) -> str:
        return str(self.new.version)

    def class_renames(self) -> dict[str, str]:
        renames = {old: new for old, (new, _) in self.comparison.class_renames.items()}
        renames.update({s.src: s.dst for s in self.steps + self.authored if s.op == "rename_class"})  # type: ignore
        return renames

    def new_class(self, old: str) -> str | None:
        name = self.class_renames().get(old, old)
        return name if name in self.n.classes else None

    def old_class(self, new: str) -> str | None:
        reverse = {target: source for source, target in self.class_renames().items()}
        name = reverse.get(new, new)
        return name if name in self.o.classes else None

    def new_enum(self, old: str) -> str | None:
        name = self.comparison.enum_renames.get(old, (old, ""))[0]
        return name if name in self.n.enums else None

    def old_enum(self, new: str) -> str | None:
        reverse = {target: source for source, (target, _) in self.comparison.enum_renames.items()}
        name = reverse.get(new, new)
        return name if name in self.o.enums else None

    # -- 1. deprecations ---------------------------------------------------------------------

    def deprecations(self) -> None:
        o, n = self.o, self.n
        types = record_types(o)
        for name, old_def in o.classes.items():
            new_def = n.classes.get(name) or {}
            target = local_name(new_def.get(_REPLACEMENT) or old_def.get(_REPLACEMENT))
            if target and target != name and target in n.classes and name in types:
                self.steps.append(Step("rename_class", _replaced(name, target, new_def or old_def), src=name,
                                       dst=target, origin="deprecation"))
        pending: dict[tuple[str, str], set[str]] = {}
        notes: dict[tuple[str, str], dict[str, Any]] = {}
        for cls, fields in o.all_fields.items():
            new_cls = self.new_class(cls)
            if new_cls is None:
                continue
            new_fields = n.all_fields[new_cls]
            for name, old_field in fields.items():
                declared = new_fields.get(name) or n.slots.get(name) or {}
                source = declared if declared.get(_REPLACEMENT) else old_field
                target = local_name(source.get(_REPLACEMENT))
                if target and target != name and target in new_fields:
                    pending.setdefault((name, target), set()).add(cls)
                    notes[(name, target)] = source
        for (name, target), classes in sorted(pending.items()):
            roots, _ = collapse(o, classes)
            for root in roots:
                self.steps.append(Step("rename_field", _replaced(name, target, notes[(name, target)]), cls=root,
                                       src=name, dst=target, origin="deprecation"))
        all_enums = set(o.enums) | set(n.enums)
        for enum in o.enums:
            new_enum = self.new_enum(enum)
            if new_enum is None:
                continue
            new_values = n.enum_values(new_enum)
            for value, old_pv in o.enum_values(enum).items():
                declared = new_values.get(value) or {}
                source = declared if declared.get(_REPLACEMENT) else old_pv
                target = _value_name(source.get(_REPLACEMENT), all_enums)
                if target and target != value and target in new_values:
                    self.steps.append(Step("map_value", _replaced(value, target, source), enum=enum, src=value,
                                           dst=target, origin="deprecation"))

    # -- 2. steps written by hand -----------------------------------------------------------

    def read_authored(self, path: Path) -> None:
        from ccai_standards.document import Document
        from ccai_standards.findings import Finding, Severity
        from ccai_standards.reading import read

        if not path.exists():
            return
        items = list(read([path]))
        problems = [f for f in items if isinstance(f, Finding) and f.severity is Severity.ERROR]
        if any(f.code == "INPUT-empty" for f in problems):
            return
        if problems:
            raise MigrationMapError("\n".join(str(f) for f in problems))
        documents = [d for d in items if isinstance(d, Document)]
        first = documents[0]
        display = first.source

        def where(*path: Any) -> str:
            location = first.location(path)
            return f"{display}:{location.line}:{location.column}" if location.line else display

        data = first.data
        if len(documents) != 1 or type(data) is not dict:
            raise MigrationMapError(f"{where()}: expected one mapping with `from_version` and `steps`")
        errors: list[str] = []
        unknown = sorted(set(data) - {"from_version", "steps"})
        if unknown:
            errors.append(f"{where(unknown[0])}: unknown key `{unknown[0]}` (the file holds `from_version` and "
                          "`steps`)")
        declared = data.get("from_version")
        if declared is not None and str(declared) != self.old.version:
            errors.append(f"{where('from_version')}: these steps lead from {declared}, but the last release is "
                          f"{self.old.version}: the steps from {declared} shipped with that release's successor; "
                          f"empty `steps` and set `from_version: \"{self.old.version}\"`")
        steps = data.get("steps") or []
        if type(steps) is not list:
            errors.append(f"{where('steps')}: `steps` is a list")
            steps = []
        parsed: list[tuple[int, Step]] = []
        for number, entry in enumerate(steps):
            try:
                step = parse_step(entry, where("steps", number))
            except MapError as exc:
                errors.append(str(exc))
                continue
            parsed.append((number, step if step.origin else _with_origin(step, "authored")))
        self.authored = [s for _, s in parsed if s.op == "rename_class"]  # class renames first: others use them
        seen: dict[tuple[Any, ...], str] = {}
        for number, step in parsed:
            for key, message in self.check(step):
                errors.append(f"{where('steps', number, key)}: {message}")
            source = _source_key(step)
            if source in seen:
                errors.append(f"{where('steps', number)}: {step.op} of {step.element} is already given at "
                              f"{seen[source]}")
            seen.setdefault(source, where("steps", number))
        if errors:
            raise MigrationMapError("\n".join(sorted(errors, key=_line_of)))
        self.authored = [s for _, s in parsed]

    def check(self, step: Step) -> list[tuple[str, str]]:
        """(key, what is wrong) for each name of `step` that the old or new schema does not have."""
        o, n = self.o, self.n
        old_version, new_version = self.old.version, self.version
        if step.op == "rename_class":
            if step.src not in o.classes:
                return [("from", f"{old_version} has no class {step.src}")]
            if step.src not in record_types(o):
                why = f"{step.src} is not a record type; records never name other classes, so no step is needed"
                return [("from", why)]
            if step.dst not in n.classes:
                return [("to", f"{new_version} has no class {step.dst}")]
            return []
        if step.op == "map_value":
            if step.enum not in o.enums:
                return [("enum", f"{old_version} has no enumeration {step.enum}")]
            if step.src not in o.enum_values(str(step.enum)):
                return [("from", f"{step.src} is not a value of {step.enum} in {old_version}")]
            new_enum = self.new_enum(str(step.enum))
            if new_enum is None:
                return [("enum", f"{step.enum} is not in {new_version}, so no value can be renamed into it")]
            if step.dst not in n.enum_values(new_enum):
                return [("to", f"{step.dst} is not a value of {new_enum} in {new_version}")]
            return []
        if step.op == "not_migratable" and step.enum is not None:
            if step.enum not in o.enums:
                return [("enum", f"{old_version} has no enumeration {step.enum}")]
            if step.value not in o.enum_values(str(step.enum)):
                return [("value", f"{step.value} is not a value of {step.enum} in {old_version}")]
            return []
        cls = str(step.cls)
        if cls not in o.classes:
            return [("class", f"{old_version} has no class {cls}")]
        new_cls = self.new_class(cls)
        if step.op == "not_migratable":
            if step.field is None:
                return []
            if step.when == "missing":
                if new_cls is None or step.field not in n.all_fields[new_cls]:
                    return [("field", f"{new_cls or cls} has no field {step.field} in {new_version}")]
                return []
            if step.field not in o.all_fields[cls]:
                return [("field", f"{cls} has no field {step.field} in {old_version}")]
            return []
        if new_cls is None:
            return [("class", f"{cls} is not in {new_version} (nor renamed into it)")]
        if step.op == "set_default":
            info = n.all_fields[new_cls].get(str(step.field))
            if info is None:
                return [("field", f"{new_cls} has no field {step.field} in {new_version}")]
            problem = _default_problem(n, info, step.value)
            return [("value", problem)] if problem else []
        found, problem = resolve_path(o, cls, str(step.src))
        if found is None:
            return [("from", f"in {old_version}, {problem}")]
        found, problem = resolve_path(n, new_cls, str(step.dst))
        if found is None:
            return [("to", f"in {new_version}, {problem}")]
        return []

    # -- 3. what the diff says and no step covers --------------------------------------------

    def covers_field(self, cls: str, name: str, steps: list[Step]) -> bool:
        ancestors = self.o.class_ancestors(cls)
        for step in steps:
            if step.op in ("rename_field", "move_field"):
                holder, _ = resolve_path(self.o, str(step.cls), str(step.src))
                if step.src_path[-1] == name and holder in ancestors:
                    return True
            elif step.op == "not_migratable" and step.field == name and step.when == "present" \
                    and step.cls in ancestors:
                return True
        return False

    def covers_class(self, cls: str, steps: list[Step]) -> bool:
        return any(s.src == cls for s in steps if s.op == "rename_class") or \
            any(s.cls == cls and s.field is None for s in steps if s.op == "not_migratable")

    def covers_value(self, enum: str, value: str, steps: list[Step]) -> bool:
        return any(s.enum == enum and (s.src == value or s.value == value) for s in steps
                   if s.op in ("map_value", "not_migratable"))

    def covers_missing(self, cls: str, name: str, steps: list[Step]) -> bool:
        ancestors = self.o.class_ancestors(cls)
        return any(s.cls in ancestors and ((s.op == "set_default" and s.field == name) or
                                           (s.op == "not_migratable" and s.when == "missing" and s.field == name))
                   for s in steps)

    def from_diff(self, steps: list[Step]) -> list[Step]:
        found: list[Step] = []
        fields: dict[tuple[str, str, str], set[str]] = {}
        missing: dict[tuple[str, str], set[str]] = {}
        version = self.version
        types = record_types(self.o)
        for change in self.report.changes:
            unexplained = change.action == "removed" or (
                change.action == "renamed" and (change.rename_basis != EXACT or not change.old_name_kept))
            if change.subject == "class" and unexplained and change.element in types:
                if not self.covers_class(change.element, steps):
                    found.append(Step("not_migratable", _reason(change, version), cls=change.element,
                                      origin="diff"))
            elif change.subject == "field" and unexplained:
                for new_cls in change.classes:
                    cls = self.old_class(new_cls)
                    if cls is not None and not self.covers_field(cls, change.element, steps + found):
                        fields.setdefault((change.element, _reason(change, version), ""), set()).add(cls)
            elif change.subject == "value" and unexplained:
                enum_name, _, value = change.element.partition(".")
                enum = enum_name if change.action == "removed" else self.old_enum(enum_name)
                if enum is not None and not self.covers_value(enum, value, steps):
                    found.append(Step("not_migratable", _reason(change, version), enum=enum, value=value,
                                      origin="diff"))
            if change.subject == "field" and change.new is True and (
                    change.action in ("added", "renamed") or
                    (change.action == "changed" and change.attribute == "required")):
                name = change.renamed_to if change.action == "renamed" else change.element
                for new_cls in change.classes:
                    cls = self.old_class(new_cls)
                    was_required = change.action == "renamed" and \
                        self.o.all_fields.get(cls or "", {}).get(change.element, {}).get("required")
                    if cls is not None and not was_required and not self.covers_missing(cls, str(name), steps):
                        missing.setdefault((str(name), change.reason), set()).add(cls)
        for (name, reason, _), classes in sorted(fields.items()):
            roots, _ = collapse(self.o, classes)
            found += [Step("not_migratable", reason, cls=root, field=name, origin="diff") for root in roots]
        for (name, reason), classes in sorted(missing.items()):
            roots, _ = collapse(self.o, classes)
            for root in roots:
                new_cls = self.new_class(root)
                info = self.n.all_fields.get(new_cls or "", {}).get(name, {})
                known, value = _ifabsent(self.n, info)
                if known:
                    found.append(Step("set_default", f"{reason}; the schema's default is {json.dumps(value)}",
                                      cls=root, field=name, value=value, origin="diff"))
                else:
                    found.append(Step("not_migratable", reason, cls=root, field=name, when="missing",
                                      origin="diff"))
        return found

    def build(self) -> MigrationMap:
        """The map: call `deprecations` and `read_authored` first."""
        chosen = {_element_key(s) for s in self.authored}
        steps = list(self.authored) + [s for s in self.steps if _element_key(s) not in chosen]
        steps += self.from_diff(steps)
        unique = {(_source_key(s), s.sort_key()): s for s in steps}
        ordered = tuple(sorted(unique.values(), key=Step.sort_key))
        return MigrationMap(str(self.old.version), self.version, ordered)


def _line_of(message: str) -> tuple[int, int]:
    found = re.search(r":([0-9]+):([0-9]+): ", message)
    return (int(found.group(1)), int(found.group(2))) if found else (0, 0)


def _with_origin(step: Step, origin: str) -> Step:
    from dataclasses import replace

    return replace(step, origin=origin)


def _replaced(name: str, target: str, definition: dict[str, Any]) -> str:
    note = " ".join(str(definition.get("deprecated") or "").split()).rstrip(".")
    text = f"{name} is deprecated and replaced by {target}"
    return f"{text} ({note})" if note and note.lower() != "deprecated" else text


def _reason(change: Change, version: str) -> str:
    if change.action == "renamed":
        return (f"{version} seems to rename it to {change.renamed_to} (the definitions are identical), but no "
                "replacement is declared, so it is not renamed automatically; rename it by hand if that is right")
    return f"removed in {version} with no replacement: {change.reason}"


def _default_problem(model: SchemaModel, info: dict[str, Any], value: Any) -> str:
    rng = info.get("range")
    values = value if type(value) is list else [value]
    if info.get("multivalued") and type(value) is not list:
        return "the field holds a list, so the value must be a list"
    if not info.get("multivalued") and type(value) is list:
        return "the field holds one value, not a list"
    for item in values:
        if rng in model.enums and item not in model.enum_values(str(rng)):
            return f"{item!r} is not a value of {rng}"
        if rng == "integer" and type(item) is not int:
            return f"{item!r} is not a whole number"
        if rng == "boolean" and type(item) is not bool:
            return f"{item!r} is not true or false"
        if _is_object(model, info) and type(item) is not dict:
            return f"{item!r} is not an object"
    return ""


# ---- entry points ----------------------------------------------------------------------------


def migration_map(old_snapshot: Path, root: Path) -> dict[str, Any]:
    """The map from the release `old_snapshot` (``releases/<v>.yaml``) to the tree at `root`.

    :raises MigrationMapError: a step in ``migrations/unreleased.yaml`` is wrong, or a side
        cannot be read; the message names the file (and line).
    """
    try:
        old = load_snapshot(str(old_snapshot))
        new = load_snapshot(str(root))
    except DiffInputError as exc:
        raise MigrationMapError(str(exc)) from None
    from ccai_standards.diff.versions import parse

    if parse(str(new.version)) <= parse(str(old.version)):
        raise MigrationMapError(f"{root} is at {new.version}, not newer than {old_snapshot} ({old.version}): "
                                "there is nothing to migrate to")
    report = compare_snapshots(old, new)
    builder = _Builder(old, new, report, SchemaComparison(old.schema, new.schema))
    builder.deprecations()
    builder.read_authored(Path(root) / UNRELEASED)
    built = builder.build().as_json()
    parse_map(built, "the built map")  # the runtime reads exactly what is written
    return built


def migration_map_json(old_snapshot: Path, root: Path) -> bytes:
    """The map as the runtime reads it (`migration.json`): canonical JSON."""
    return canonical_json(migration_map(old_snapshot, root))


def migration_map_yaml(old_snapshot: Path, root: Path) -> bytes:
    """The map for people to read (`releases/<v>.migration.yaml`, under the release's header)."""
    data = migration_map(old_snapshot, root)
    ordered = {"format": data["format"], "from_version": data["from_version"], "to_version": data["to_version"],
               "steps": data["steps"]}
    return yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=100).encode("utf-8")


def baseline(root: Path) -> Path | None:
    """The snapshot of the newest release older than the tree's version, or None (the first release)."""
    from ccai_standards.diff.versions import parse

    from . import versioning

    version = versioning.schema_version(root)
    older = [v for v in versioning.released_versions(root) if parse(v) < parse(version)]
    return versioning.releases_dir(root) / f"{older[-1]}.yaml" if older else None


def current_migration_json(root: Path) -> bytes | None:
    """`artifacts/migration.json` for the tree at `root`: the map from the release before its version.

    None when no release is older than the tree's version: the first version has no map.
    """
    previous = baseline(root)
    return None if previous is None else migration_map_json(previous, root)


def reset_unreleased(root: Path) -> bool:
    """Start ``migrations/unreleased.yaml`` afresh once its steps have shipped; True when it was rewritten.

    Its steps lead from `from_version`. When the tree's baseline (the newest release older than
    its version) is a later release, those steps shipped in that release's map
    (``releases/<v>.migration.yaml``), so the file is emptied and leads from the baseline.
    """
    from ccai_standards.files import write_atomically

    previous = baseline(root)
    if previous is None:
        return False
    version = previous.name[: -len(".yaml")]
    path = Path(root) / UNRELEASED
    if path.exists():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if isinstance(data, dict) and str(data.get("from_version")) == version:
            return False
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, EMPTY_UNRELEASED.format(version=version))
    return True


EMPTY_UNRELEASED = """\
# Migration steps written by hand, from the last release to the next one.
#
# `python -m generators build` makes the migration map of the version being prepared
# (src/ccai_standards/artifacts/migration.json) from three sources: deprecations with an
# exact replacement in the schema (renames of record types, fields and enumeration values),
# the steps below, and, for every breaking removal no step covers, a "not migratable" entry
# with the diff's reason. `ccai migrate` applies the maps to records. Write a step here for
# what a deprecation cannot say; each needs a `reason`, which users see.
#
# Names in `class`, `enum` and `from` are those of the last release; names in `to` and
# `field` (of set_default) are those of the new version. A name either schema lacks is an
# error with this file's line. The operations (see docs/guides/migrate.md):
#
#   - op: rename_class     from: OldType           to: NewType
#   - op: rename_field     class: SomeClass        from: old_name   to: new_name
#   - op: move_field       class: SomeClass        from: obtained.signed_at   to: signed_at
#   - op: map_value        enum: SomeEnum          from: old_value  to: new_value
#   - op: set_default      class: SomeClass        field: new_required_field   value: …
#   - op: not_migratable   class: SomeClass        field: removed_field   (or enum: + value:)
#
# `from_version` is the last release; the release command ships these steps in its map.
# After a release, empty `steps` and set `from_version` to the new release.
from_version: "{version}"
steps: []
"""

__all__ = ["EMPTY_UNRELEASED", "FORMAT", "MigrationMapError", "baseline", "collapse", "current_migration_json",
           "migration_map", "migration_map_json", "migration_map_yaml", "record_types", "reset_unreleased",
           "resolve_path"]
