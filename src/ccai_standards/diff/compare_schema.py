"""Detect every difference between two schemas, as `Change` records without a judgement yet.

Data sees fields, not slot definitions, so field changes are computed on each class's
induced fields and then grouped: one change per slot and difference, listing the classes
where it applies. A pattern that comes from a type (``Timestamp``) or from the record-id
type of a reference is reported once, on the type, with the fields it affects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .changes import Change
from .schema_model import FLAGS, SchemaModel

EXACT = "exact replacement"
IDENTICAL = "identical definition"
_REPLACEMENT = "deprecated_element_has_exact_replacement"
# Handled on their own (IRIs are compared expanded, deprecation as one attribute), or
# structural inputs whose effect shows up in the induced fields.
_CLASS_SKIP = {"slots", "slot_usage", "attributes", "class_uri", "deprecated", _REPLACEMENT}
_FIELD_SKIP = {"slot_uri", "deprecated", _REPLACEMENT, "domain", "is_a", "mixins"}
_ENUM_SKIP = {"permissible_values", "enum_uri", "deprecated", _REPLACEMENT}
_VALUE_SKIP = {"meaning", "deprecated", _REPLACEMENT}
_TYPE_SKIP = {"uri", "deprecated", _REPLACEMENT}
# Ignored when deciding whether two definitions under different names are the same thing.
_NOT_IDENTITY = {"annotations", "deprecated", _REPLACEMENT, "description"}
_HEADER_SKIP = {"version", "imports", "default_range", "default_prefix", "id", "name"}


def local_name(reference: Any) -> str | None:
    """`NewName`, `ccai:NewName`, `https://…/NewName`, `Enum.value` or `Enum#value` → the last part."""
    if not reference:
        return None
    text = str(reference)
    for separator in ("#", "/", ":", "."):
        text = text.rsplit(separator, 1)[-1]
    return text or None


def deprecation(definition: dict[str, Any]) -> str | None:
    """`deprecated` and its exact replacement, as one value a reader can compare."""
    note = definition.get("deprecated")
    replacement = definition.get(_REPLACEMENT)
    if not note and not replacement:
        return None
    text = str(note or "deprecated")
    return f"{text} (replaced by {local_name(replacement)})" if replacement else text


def _identity(definition: dict[str, Any], keep_description: bool) -> dict[str, Any]:
    drop = _NOT_IDENTITY - ({"description"} if keep_description else set())
    return {k: v for k, v in definition.items() if k not in drop}


def find_renames(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]],
                 fingerprint: Callable[[str, dict[str, Any]], Any]) -> dict[str, tuple[str, str]]:
    """{old name: (new name, basis)} for elements that moved to a new name.

    First by `deprecated_element_has_exact_replacement` on the old element (in NEW, where it
    is kept as an alias, or in OLD); then by an identical definition, when exactly one
    removed and one added element match.
    """
    added = [n for n in new if n not in old]
    renames: dict[str, tuple[str, str]] = {}
    for name in old:
        declared = local_name((new.get(name) or {}).get(_REPLACEMENT) or old[name].get(_REPLACEMENT))
        if declared in added and declared not in {t for t, _ in renames.values()}:
            renames[name] = (declared, EXACT)
    removed = [n for n in old if n not in new and n not in renames]
    taken = {t for t, _ in renames.values()}
    candidates = [n for n in added if n not in taken]
    old_prints = {n: fingerprint(n, old[n]) for n in removed}
    new_prints = {n: fingerprint(n, new[n]) for n in candidates}
    for name, print_ in old_prints.items():
        matches = [n for n, p in new_prints.items() if p == print_]
        if len(matches) == 1 and [o for o, p in old_prints.items() if p == print_] == [name]:
            renames[name] = (matches[0], IDENTICAL)
    return renames


def _attribute_changes(old: dict[str, Any], new: dict[str, Any], skip: set[str]) -> list[tuple[str, Any, Any]]:
    """(attribute, old value, new value) for every attribute that differs; absent flags read as false."""
    keys = sorted((old.keys() | new.keys()) - skip)
    found = []
    for key in keys:
        before, after = old.get(key), new.get(key)
        if key in FLAGS:
            before, after = bool(before), bool(after)
        if before != after:
            found.append((key, before, after))
    return found


class SchemaComparison:
    """Walks both schemas once and collects the changes."""

    def __init__(self, old: SchemaModel, new: SchemaModel) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._field_groups: dict[tuple[Any, ...], Change] = {}
        self._field_sources: dict[int, list[tuple[str, Any]]] = {}
        self.class_renames = find_renames(old.classes, new.classes,
                                          lambda n, d: _identity(d, keep_description=True))
        self.slot_renames = find_renames(old.slots, new.slots, lambda n, d: _identity(d, keep_description=True))
        self.enum_renames = find_renames(old.enums, new.enums, self._enum_fingerprint)
        self.type_renames = find_renames(old.types, new.types, lambda n, d: _identity(d, keep_description=True))

    @staticmethod
    def _enum_fingerprint(name: str, definition: dict[str, Any]) -> Any:
        values = {v: _identity(pv, keep_description=True) for v, pv in definition.get("permissible_values", {}).items()}
        return _identity({**definition, "permissible_values": values}, keep_description=True)

    def run(self) -> list[Change]:
        self._header()
        type_changes = self._elements("type", self.old.types, self.new.types, self.type_renames, self._type_pair)
        self._elements("class", self.old.classes, self.new.classes, self.class_renames, self._class_pair)
        self._elements("enum", self.old.enums, self.new.enums, self.enum_renames, self._enum_pair)
        self._unused_slots()
        self._attribute_type_patterns(type_changes)
        return self.changes

    # ---- generic element walk ----------------------------------------------------------

    def _elements(self, subject: str, old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]],
                  renames: dict[str, tuple[str, str]], compare_pair: Callable[[str, str, bool], None]) -> list[Change]:
        start = len(self.changes)
        targets = {target for target, _ in renames.values()}
        for name in old:
            if name in renames:
                target, basis = renames[name]
                kept = name in new
                self.changes.append(Change(subject, name, "renamed", renamed_to=target, rename_basis=basis,
                                           old_name_kept=kept))
                compare_pair(name, name if kept else target, kept)
            elif name in new:
                compare_pair(name, name, False)
            else:
                self.changes.append(Change(subject, name, "removed"))
        for name in new:
            if name not in old and name not in targets:
                self.changes.append(Change(subject, name, "added"))
        return self.changes[start:]

    def _changed(self, subject: str, element: str, attribute: str, old: Any, new: Any, **extra: Any) -> None:
        self.changes.append(Change(subject, element, "changed", attribute, old, new, **extra))

    def _deprecation_and_iri(self, subject: str, element: str, old_def: dict[str, Any], new_def: dict[str, Any],
                             alias_kept: bool, iri_key: str, old_iri: str | None, new_iri: str | None,
                             renamed: bool) -> None:
        if not alias_kept and deprecation(old_def) != deprecation(new_def):
            self._changed(subject, element, "deprecated", deprecation(old_def), deprecation(new_def))
        explicit = old_def.get(iri_key) or new_def.get(iri_key)
        if old_iri != new_iri and (explicit or not renamed):
            self._changed(subject, element, iri_key, old_iri, new_iri)

    # ---- header ------------------------------------------------------------------------

    def _header(self) -> None:
        old, new = self.old, self.new
        if old.schema_id != new.schema_id:
            self._changed("schema", "id", "id", old.schema_id, new.schema_id)
        for attribute, before, after in _attribute_changes(old.header, new.header, _HEADER_SKIP):
            self._changed("schema", attribute, attribute, before, after)
        for prefix in sorted(old.prefixes.keys() & new.prefixes.keys()):
            if old.prefixes[prefix] != new.prefixes[prefix]:
                self._changed("schema", f"prefix {prefix}", "prefix", old.prefixes[prefix], new.prefixes[prefix])

    # ---- types -------------------------------------------------------------------------

    def _type_pair(self, old_name: str, new_name: str, alias_kept: bool) -> None:
        old_def, new_def = self.old.types[old_name], self.new.types[new_name]
        label = new_name
        for attribute, before, after in _attribute_changes(old_def, new_def, _TYPE_SKIP):
            self._changed("type", label, attribute, before, after)
        self._deprecation_and_iri("type", label, old_def, new_def, alias_kept, "uri",
                                  self.old.type_iri(old_name), self.new.type_iri(new_name), old_name != new_name)

    # ---- classes and their fields ------------------------------------------------------

    def _class_pair(self, old_name: str, new_name: str, alias_kept: bool) -> None:
        old_def, new_def = self.old.classes[old_name], self.new.classes[new_name]
        for attribute, before, after in _attribute_changes(old_def, new_def, _CLASS_SKIP):
            self._changed("class", new_name, attribute, before, after)
        self._deprecation_and_iri("class", new_name, old_def, new_def, alias_kept, "class_uri",
                                  self.old.class_iri(old_name), self.new.class_iri(new_name), old_name != new_name)
        self._fields(old_name, new_name)

    def _fields(self, old_class: str, new_class: str) -> None:
        old_fields, new_fields = self.old.all_fields[old_class], self.new.all_fields[new_class]
        renamed_into = {target: (source, basis) for source, (target, basis) in self.slot_renames.items()}
        kept_sources = set()
        for name, new_field in new_fields.items():
            if name in old_fields:
                continue
            source = renamed_into.get(name)
            if source and source[0] in old_fields:
                old_name, basis = source
                kept = old_name in new_fields
                if kept:
                    kept_sources.add(old_name)
                self._field_event(new_class, old_name, "renamed", renamed_to=name, rename_basis=basis,
                                  old_name_kept=kept, new=bool(new_field.get("required")))
                if not kept:
                    self._field_pair(new_class, old_name, name, old_fields[old_name], new_field)
            else:
                self._field_event(new_class, name, "added", new=bool(new_field.get("required")))
        consumed = {s for s, (t, _) in self.slot_renames.items() if t in new_fields}
        for name in old_fields:
            if name not in new_fields and name not in consumed:
                self._field_event(new_class, name, "removed")
        for name in old_fields.keys() & new_fields.keys():
            self._field_pair(new_class, name, name, old_fields[name], new_fields[name],
                             alias_kept=name in kept_sources)

    def _field_pair(self, cls: str, old_name: str, new_name: str, old_field: dict[str, Any],
                    new_field: dict[str, Any], alias_kept: bool = False) -> None:
        element = new_name
        changed = {a for a, _, _ in _attribute_changes(old_field, new_field, _FIELD_SKIP)}
        for attribute, before, after in _attribute_changes(old_field, new_field, _FIELD_SKIP):
            if attribute == "pattern" and self._pattern_explained(old_field, new_field, changed):
                continue
            self._field_event(cls, element, "changed", attribute=attribute, old=before, new=after,
                              source=(old_field, new_field) if attribute == "pattern" else None)
        if not alias_kept and deprecation(old_field) != deprecation(new_field):
            self._field_event(cls, element, "changed", attribute="deprecated", old=deprecation(old_field),
                              new=deprecation(new_field))
        old_iri, new_iri = self.old.slot_iri(old_name, old_field), self.new.slot_iri(new_name, new_field)
        explicit = old_field.get("slot_uri") or new_field.get("slot_uri")
        if old_iri != new_iri and (explicit or old_name == new_name):
            self._field_event(cls, element, "changed", attribute="slot_uri", old=old_iri, new=new_iri)

    def _pattern_explained(self, old_field: dict[str, Any], new_field: dict[str, Any], changed: set[str]) -> bool:
        """A pattern implied on both sides follows a range, inlining or identifier change reported anyway."""
        implied = (old_field.get("pattern") == self.old.implied_pattern(old_field)
                   and new_field.get("pattern") == self.new.implied_pattern(new_field))
        return implied and bool(changed & {"range", "inlined", "identifier"})

    def _field_event(self, cls: str, slot: str, action: str, attribute: str | None = None, old: Any = None,
                     new: Any = None, source: tuple[dict[str, Any], dict[str, Any]] | None = None,
                     **extra: Any) -> None:
        """Record a field difference, merged with the same difference in other classes."""
        key = (slot, action, attribute, repr(old), repr(new), tuple(sorted(extra.items())))
        change = self._field_groups.get(key)
        if change is None:
            change = Change("field", slot, action, attribute, old, new, **extra)
            self._field_groups[key] = change
            self._field_sources[id(change)] = []
            self.changes.append(change)
        change.classes = (*change.classes, cls)
        self._field_sources[id(change)].append((cls, source))

    def _attribute_type_patterns(self, type_changes: list[Change]) -> None:
        """Fold pattern changes that a changed type explains into that type's change."""
        by_type = {c.element: c for c in type_changes if c.action == "changed" and c.attribute == "pattern"}
        kept: list[Change] = []
        for change in self.changes:
            if change.subject == "field" and change.attribute == "pattern" and by_type:
                remaining: list[str] = []
                for cls, (old_field, new_field) in self._field_sources[id(change)]:
                    source = self.new.implied_pattern_source(new_field)
                    if (source in by_type and source == self.old.implied_pattern_source(old_field)
                            and old_field.get("pattern") == self.old.implied_pattern(old_field)
                            and new_field.get("pattern") == self.new.implied_pattern(new_field)):
                        by_type[source].affects = (*by_type[source].affects, f"{cls}.{change.element}")
                    else:
                        remaining.append(cls)
                if not remaining:
                    continue
                change.classes = tuple(remaining)
            kept.append(change)
        self.changes = kept

    def _unused_slots(self) -> None:
        """Slot definitions no class uses, on either side: only their definitions can differ."""
        used = self.old.used_slots() | self.new.used_slots()
        old = {n: d for n, d in self.old.slots.items() if n not in used}
        new = {n: d for n, d in self.new.slots.items() if n not in used}
        renames = {o: t for o, t in self.slot_renames.items() if o in old and t[0] in new}

        def pair(old_name: str, new_name: str, alias_kept: bool) -> None:
            old_def, new_def = old[old_name], new[new_name]
            for attribute, before, after in _attribute_changes(old_def, new_def, _FIELD_SKIP):
                self._changed("slot", new_name, attribute, before, after)
            self._deprecation_and_iri("slot", new_name, old_def, new_def, alias_kept, "slot_uri",
                                      self.old.slot_iri(old_name, old_def), self.new.slot_iri(new_name, new_def),
                                      old_name != new_name)

        self._elements("slot", old, new, renames, pair)

    # ---- enums and their values --------------------------------------------------------

    def _enum_pair(self, old_name: str, new_name: str, alias_kept: bool) -> None:
        old_def, new_def = self.old.enums[old_name], self.new.enums[new_name]
        for attribute, before, after in _attribute_changes(old_def, new_def, _ENUM_SKIP):
            self._changed("enum", new_name, attribute, before, after)
        self._deprecation_and_iri("enum", new_name, old_def, new_def, alias_kept, "enum_uri",
                                  self.old.enum_iri(old_name), self.new.enum_iri(new_name), old_name != new_name)
        old_values = self.old.enum_values(old_name)
        new_values = self.new.enum_values(new_name)
        renames = find_renames(old_values, new_values, lambda n, d: _identity(d, keep_description=True))

        def pair(old_value: str, new_value: str, kept: bool) -> None:
            old_pv, new_pv = old_values[old_value], new_values[new_value]
            element = f"{new_name}.{new_value}"
            for attribute, before, after in _attribute_changes(old_pv, new_pv, _VALUE_SKIP):
                self._changed("value", element, attribute, before, after)
            self._deprecation_and_iri("value", element, old_pv, new_pv, kept, "meaning",
                                      self.old.value_iri(old_name, old_value),
                                      self.new.value_iri(new_name, new_value),
                                      old_name != new_name or old_value != new_value)

        start = len(self.changes)
        self._elements("value", old_values, new_values, renames, pair)
        for change in self.changes[start:]:
            if change.action != "changed":
                change.element = f"{new_name if change.action != 'removed' else old_name}.{change.element}"


def new_elements(old: SchemaModel, new: SchemaModel) -> list[tuple[str, str | None]]:
    """Every element NEW defines and OLD does not, with the `added_in` it declares."""
    found: list[tuple[str, str | None]] = []
    for section, kind in (("classes", "class"), ("slots", "slot"), ("enums", "enum"), ("types", "type")):
        before, after = getattr(old, section), getattr(new, section)
        for name in sorted(after.keys() - before.keys()):
            found.append((f"{kind} {name}", after[name].get("annotations", {}).get("added_in")))
    for enum in sorted(new.enums):
        before = old.enum_values(enum)
        for value, definition in new.enum_values(enum).items():
            if enum in old.enums and value not in before:
                found.append((f"value {enum}.{value}", definition.get("annotations", {}).get("added_in")))
    return found


def compare_schemas(old: SchemaModel, new: SchemaModel) -> list[Change]:
    """Every difference between two schemas, unjudged."""
    return SchemaComparison(old, new).run()
