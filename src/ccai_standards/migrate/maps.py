"""The migration map: how records of one release become records of the next, as data.

One map per version describes the way from the release before it::

    {
      "format": 1,
      "from_version": "0.1.0",
      "to_version": "0.2.0",
      "steps": [
        {"op": "rename_field", "class": "ConsentRecord", "from": "valid_until",
         "to": "consent_expires_at", "reason": "…", "origin": "deprecation"},
        …
      ]
    }

Every step says why (``reason``, shown to users) and may say where it came from
(``origin``: ``deprecation``, ``authored`` or ``diff``; informative only). The operations:

``rename_class``   ``from``, ``to``: a record whose ``type`` is ``from`` gets ``type: to``.
``rename_field``   ``class``, ``from``, ``to``: in every object of ``class`` or of a subclass
                   (at any depth), the field ``from`` is renamed ``to``, in place.
``move_field``     ``class``, ``from``, ``to``: dotted paths inside an object of ``class``
                   (and subclasses): ``obtained.signed_at`` → ``signed_at`` moves a field out
                   of an inlined object, ``signed_at`` → ``obtained.signed_at`` moves it in
                   (creating the object when it is absent). Every segment but the last is a
                   single inlined object, never a list. An object left empty is removed.
``map_value``      ``enum``, ``from``, ``to``: the value ``from`` becomes ``to`` in every field
                   whose range is ``enum`` (single values and lists), at any depth.
``set_default``    ``class``, ``field``, ``value``: an object of ``class`` (and subclasses) that
                   lacks ``field`` gets ``value``: a new required field whose default is known.
``not_migratable`` ``class`` (a record type or object class), ``class`` + ``field``, or
                   ``enum`` + ``value``; ``when`` is ``present`` (default: the record uses the
                   element) or ``missing`` (with ``class`` + ``field``: a required field the
                   record lacks and no default is known). A match is reported, with the
                   reason, and the record is left as it is there.

Names that say where to look (``class``, ``enum``, every ``from``) are names of the OLD
version, resolved with its schema index; names that say what to write (every ``to``,
``set_default.field``) are names of the NEW version. So the steps of one map do not depend
on each other's order: they run in fixed phases — values (``map_value`` and the value checks),
then fields (all ``from`` paths are taken out first, deepest first; then every ``to`` is
written, shallowest first), then defaults, then the presence checks, then record types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

FORMAT = 1
OPS = ("rename_class", "rename_field", "move_field", "map_value", "set_default", "not_migratable")
ORIGINS = ("deprecation", "authored", "diff")
WHEN = ("present", "missing")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_VALUE = re.compile(r"\S(?:.*\S)?")  # permissible values may hold other characters, never edge spaces
# Which keys each operation takes; `reason` is always required, `origin` always optional.
_KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "rename_class": (("from", "to"), ()),
    "rename_field": (("class", "from", "to"), ()),
    "move_field": (("class", "from", "to"), ()),
    "map_value": (("enum", "from", "to"), ()),
    "set_default": (("class", "field", "value"), ()),
    "not_migratable": ((), ("class", "field", "enum", "value", "when")),
}
# The order keys are written in (YAML keeps it; JSON is written with sorted keys).
KEY_ORDER = ("op", "class", "enum", "field", "from", "to", "value", "when", "reason", "origin")


class MapError(ValueError):
    """A migration map that does not follow the format; the message says where."""


@dataclass(frozen=True)
class Step:
    op: str
    reason: str
    cls: str | None = None  # `class` in the data
    enum: str | None = None
    field: str | None = None
    src: str | None = None  # `from`
    dst: str | None = None  # `to`
    value: Any = None
    when: str = "present"
    origin: str | None = None

    @property
    def src_path(self) -> tuple[str, ...]:
        return tuple((self.src or "").split("."))

    @property
    def dst_path(self) -> tuple[str, ...]:
        return tuple((self.dst or "").split("."))

    @property
    def element(self) -> str:
        """The old element the step is about, as a reader names it: `Class.field`, `Enum.value`, `Class`."""
        if self.op == "rename_class":
            return str(self.src)
        if self.op in ("rename_field", "move_field"):
            return f"{self.cls}.{self.src}"
        if self.op == "map_value":
            return f"{self.enum}.{self.src}"
        if self.op == "set_default":
            return f"{self.cls}.{self.field}"
        if self.enum is not None:
            return f"{self.enum}.{self.value}"
        return f"{self.cls}.{self.field}" if self.field else str(self.cls)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"op": self.op, "class": self.cls, "enum": self.enum, "from": self.src,
                                "to": self.dst, "reason": self.reason, "origin": self.origin}
        if self.op == "set_default":
            data.update(field=self.field, value=self.value)
        elif self.op == "not_migratable":
            data["field"] = self.field
            if self.enum is not None:
                data["value"] = self.value
            if self.when != "present":
                data["when"] = self.when
        ordered = {key: data[key] for key in KEY_ORDER if key in data}
        return {k: v for k, v in ordered.items() if v is not None or k == "value"}

    def sort_key(self) -> tuple[Any, ...]:
        """A total order, so that a map is written the same way from the same sources."""
        import json

        return (OPS.index(self.op), self.cls or "", self.enum or "", self.field or "", self.src or "",
                self.dst or "", json.dumps(self.value, sort_keys=True), self.when, self.reason)


@dataclass(frozen=True)
class MigrationMap:
    from_version: str
    to_version: str
    steps: tuple[Step, ...]

    def of(self, *ops: str) -> list[Step]:
        return [s for s in self.steps if s.op in ops]

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "from_version": self.from_version, "to_version": self.to_version,
                "steps": [s.as_json() for s in self.steps]}


def _text(entry: dict[str, Any], key: str, where: str, pattern: re.Pattern[str] = _NAME) -> str:
    value = entry.get(key)
    if type(value) is not str or not pattern.fullmatch(value):
        raise MapError(f"{where}: `{key}` must be a name" + (f", not {value!r}" if key in entry else ""))
    return value


def _path(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if type(value) is not str or not all(_NAME.fullmatch(part) for part in value.split(".")):
        raise MapError(f"{where}: `{key}` must be a field name or a dotted path such as obtained.signed_at"
                       + (f", not {value!r}" if key in entry else ""))
    return value


def parse_step(entry: Any, where: str) -> Step:
    """One step, checked against the format (not against a schema: see `generators.migration_map`)."""
    if type(entry) is not dict:
        raise MapError(f"{where}: a step is an object with `op` and `reason`")
    op = entry.get("op")
    if op not in OPS:
        raise MapError(f"{where}: `op` must be one of {', '.join(OPS)}" + (f", not {op!r}" if "op" in entry else ""))
    required, optional = _KEYS[op]
    allowed = {"op", "reason", "origin", *required, *optional}
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise MapError(f"{where}: {op} takes no `{unknown[0]}` (it takes {', '.join(sorted(allowed))})")
    reason = entry.get("reason")
    if type(reason) is not str or not reason.strip():
        raise MapError(f"{where}: every step needs a `reason`, a short text shown to users")
    origin = entry.get("origin")
    if origin is not None and origin not in ORIGINS:
        raise MapError(f"{where}: `origin` must be one of {', '.join(ORIGINS)}")
    reason = " ".join(reason.split())
    if op == "rename_class":
        return Step(op, reason, src=_text(entry, "from", where), dst=_text(entry, "to", where), origin=origin)
    if op == "rename_field":
        return Step(op, reason, cls=_text(entry, "class", where), src=_text(entry, "from", where),
                    dst=_text(entry, "to", where), origin=origin)
    if op == "move_field":
        src, dst = _path(entry, "from", where), _path(entry, "to", where)
        if src == dst:
            raise MapError(f"{where}: `from` and `to` are the same path")
        return Step(op, reason, cls=_text(entry, "class", where), src=src, dst=dst, origin=origin)
    if op == "map_value":
        return Step(op, reason, enum=_text(entry, "enum", where), src=_text(entry, "from", where, _VALUE),
                    dst=_text(entry, "to", where, _VALUE), origin=origin)
    if op == "set_default":
        if entry.get("value") is None:
            raise MapError(f"{where}: set_default needs a `value` (not null)")
        return Step(op, reason, cls=_text(entry, "class", where), field=_text(entry, "field", where),
                    value=entry["value"], origin=origin)
    when = entry.get("when", "present")
    if when not in WHEN:
        raise MapError(f"{where}: `when` must be present or missing, not {when!r}")
    if "enum" in entry:
        if "class" in entry or "field" in entry or when != "present":
            raise MapError(f"{where}: not_migratable names a class (and a field), or an enum and a value, not both")
        return Step(op, reason, enum=_text(entry, "enum", where), value=_text(entry, "value", where, _VALUE),
                    origin=origin)
    if "value" in entry:
        raise MapError(f"{where}: `value` goes with `enum`")
    cls = _text(entry, "class", where)
    field = _text(entry, "field", where) if "field" in entry else None
    if when == "missing" and field is None:
        raise MapError(f"{where}: `when: missing` needs a `field`")
    return Step(op, reason, cls=cls, field=field, when=when, origin=origin)


def parse_map(data: Any, source: str = "migration.json") -> MigrationMap:
    """A whole map; raises MapError naming the step at fault."""
    if type(data) is not dict:
        raise MapError(f"{source}: a migration map is an object with from_version, to_version and steps")
    if data.get("format", FORMAT) != FORMAT:
        raise MapError(f"{source}: format {data.get('format')!r} is not known to this version of ccai (it reads "
                       f"format {FORMAT})")
    versions = []
    for key in ("from_version", "to_version"):
        value = data.get(key)
        if type(value) is not str or not re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", value):
            raise MapError(f"{source}: `{key}` must be a version such as 0.1.0")
        versions.append(value)
    steps = data.get("steps", [])
    if type(steps) is not list:
        raise MapError(f"{source}: `steps` must be a list")
    parsed = tuple(parse_step(entry, f"{source}: step {number}") for number, entry in enumerate(steps, start=1))
    return MigrationMap(versions[0], versions[1], parsed)
