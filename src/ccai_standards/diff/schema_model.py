"""The part of LinkML that a diff needs, in plain Python over YAML.

``ccai diff`` must run with the runtime dependencies only (linkml takes seconds to import),
so this module merges local imports, applies the same normalisation as the generators
(``generators/schema_source.py``: patterns implied by types and by references are written on
the slots) and induces each class's fields from ``is_a``, mixins, ``slots``, ``attributes``
and ``slot_usage`` with LinkML's precedence. A release snapshot (the merged schema) and a
source folder therefore load into the same shape and compare like with like.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

# linkml:types. Their definitions never change between our releases, so they are not compared.
BUILTIN_TYPES = {
    "string": "xsd:string", "integer": "xsd:integer", "boolean": "xsd:boolean", "float": "xsd:float",
    "double": "xsd:double", "decimal": "xsd:decimal", "time": "xsd:time", "date": "xsd:date",
    "datetime": "xsd:dateTime", "date_or_datetime": "linkml:DateOrDatetime", "uriorcurie": "xsd:anyURI",
    "curie": "xsd:string", "uri": "xsd:anyURI", "ncname": "xsd:string", "objectidentifier": "shex:iri",
    "nodeidentifier": "shex:nonLiteral", "jsonpointer": "xsd:string", "jsonpath": "xsd:string",
    "sparqlpath": "xsd:string",
}
# Keys that say where an element came from, not what it means.
_PROVENANCE_KEYS = {"name", "text", "from_schema", "domain_of", "imported_from", "owner", "source_file",
                    "source_file_date", "source_file_size", "generation_date", "metamodel_version", "__file"}
# Booleans whose absence means false.
FLAGS = {"required", "multivalued", "identifier", "key", "designates_type", "inlined", "inlined_as_list",
          "abstract", "mixin", "recommended", "tree_root"}
ELEMENT_SECTIONS = ("classes", "slots", "enums", "types")
# What a slot takes from the slots it `is_a` (LinkML's SlotDefinition._inherited_slots).
INHERITED_SLOT_KEYS = {
    "domain", "inherited", "readonly", "ifabsent", "list_elements_unique", "list_elements_ordered", "shared",
    "key", "identifier", "designates_type", "role", "relational_role", "range", "required", "recommended",
    "multivalued", "inlined", "inlined_as_list", "minimum_value", "maximum_value", "pattern",
    "structured_pattern", "value_presence", "equals_string", "equals_string_in", "equals_number",
    "equals_expression", "exact_cardinality", "minimum_cardinality", "maximum_cardinality", "array",
}


def clean(definition: Any) -> dict[str, Any]:
    """One element's definition without provenance, with annotations as {tag: value}."""
    if not isinstance(definition, dict):
        return {}
    out: dict[str, Any] = {}
    for key, value in definition.items():
        if key in _PROVENANCE_KEYS or value is None:
            continue
        if key == "annotations":
            value = annotations(value)
        elif key in ("slot_usage", "attributes"):
            value = {name: clean(usage) for name, usage in (value or {}).items()}
        elif key == "permissible_values":
            value = {str(name): clean(pv) for name, pv in (value or {}).items()}
        elif key in FLAGS:
            value = bool(value)
            if not value:
                continue
        out[key] = value
    return out


def annotations(value: Any) -> dict[str, str]:
    """Accept `{tag: value}` (source files) and `{tag: {tag, value}}` (linkml's dump)."""
    if isinstance(value, list):
        return {str(a.get("tag")): str(a.get("value")) for a in value if isinstance(a, dict)}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v.get("value") if isinstance(v, dict) else v) for k, v in value.items()}


def _prefixes(value: Any) -> dict[str, str]:
    if isinstance(value, list):
        return {p["prefix_prefix"]: p["prefix_reference"] for p in value if isinstance(p, dict)}
    out: dict[str, str] = {}
    for key, ref in (value or {}).items():
        out[str(key)] = str(ref.get("prefix_reference") if isinstance(ref, dict) else ref)
    return out


@dataclass
class SchemaModel:
    """A merged LinkML schema: its identity, prefixes and elements by name."""

    header: dict[str, Any]
    prefixes: dict[str, str]
    classes: dict[str, dict[str, Any]]
    slots: dict[str, dict[str, Any]]
    enums: dict[str, dict[str, Any]]
    types: dict[str, dict[str, Any]]
    notes: list[str] = field(default_factory=list)

    # ---- loading -----------------------------------------------------------------------

    @classmethod
    def load(cls, root: dict[str, Any], read_import: Callable[[str, str], tuple[str, dict[str, Any]]],
             root_name: str) -> SchemaModel:
        """Merge `root` with its local imports (depth first; the first definition wins).

        `read_import(importing_file, import_name)` returns (file name, parsed YAML).
        """
        if not isinstance(root, dict):
            raise ValueError("the schema is not a YAML mapping")
        header = {k: v for k, v in root.items() if k not in (*ELEMENT_SECTIONS, "prefixes", "imports")}
        sections: dict[str, dict[str, Any]] = {s: {} for s in ELEMENT_SECTIONS}
        prefixes: dict[str, str] = {}
        notes: list[str] = []
        seen: set[str] = set()

        def visit(name: str, doc: dict[str, Any]) -> None:
            seen.add(name)
            for prefix, ref in _prefixes(doc.get("prefixes")).items():
                prefixes.setdefault(prefix, ref)
            for section in ELEMENT_SECTIONS:
                for element, definition in (doc.get(section) or {}).items():
                    element = str(element)
                    if section == "types" and element in BUILTIN_TYPES:
                        continue  # linkml:types, copied into merged schemas
                    if element in sections[section]:
                        if clean(sections[section][element]) != clean(definition):
                            notes.append(f"{section[:-1]} {element} is defined twice; the first "
                                         f"definition (in {sections[section][element]['__file']}) is used")
                        continue
                    sections[section][element] = {**(definition or {}), "__file": name}
            for imported in doc.get("imports") or []:
                imported = str(imported)
                if imported.startswith("linkml:"):
                    continue
                file_name, child = read_import(name, imported)
                if file_name not in seen:
                    if not isinstance(child, dict):
                        raise ValueError(f"{file_name}: the imported module is not a YAML mapping")
                    visit(file_name, child)

        visit(root_name, root)
        elements = {s: {n: clean(d) for n, d in defs.items()} for s, defs in sections.items()}
        model = cls(header, prefixes, elements["classes"], elements["slots"], elements["enums"],
                    elements["types"], notes)
        model.normalise()
        return model

    # ---- identity and IRIs -------------------------------------------------------------

    @property
    def version(self) -> str | None:
        version = self.header.get("version")
        return None if version is None else str(version)

    @property
    def schema_id(self) -> str:
        return str(self.header.get("id", ""))

    @property
    def default_prefix(self) -> str:
        return str(self.header.get("default_prefix") or self.header.get("name") or "")

    @property
    def default_range(self) -> str:
        return str(self.header.get("default_range") or "string")

    def expand(self, curie: str | None) -> str | None:
        """A CURIE as a full IRI, with this schema's prefixes; IRIs and unknown prefixes stay as they are."""
        if curie is None:
            return None
        text = str(curie)
        prefix, sep, local = text.partition(":")
        if sep and not local.startswith("//") and prefix in self.prefixes:
            return self.prefixes[prefix] + local
        return text

    def _default_iri(self, local: str) -> str:
        namespace = self.prefixes.get(self.default_prefix)
        return f"{namespace}{local}" if namespace else f"{self.schema_id}/{local}"

    def class_iri(self, name: str) -> str:
        uri = self.classes[name].get("class_uri")
        return self.expand(uri) if uri else self._default_iri(name)

    def slot_iri(self, name: str, definition: dict[str, Any]) -> str:
        uri = definition.get("slot_uri")
        return self.expand(uri) if uri else self._default_iri(name)

    def enum_iri(self, name: str) -> str | None:
        uri = self.enums[name].get("enum_uri")
        return self.expand(uri) if uri else None

    def value_iri(self, enum: str, value: str) -> str:
        """The `meaning` of a permissible value, else <namespace><Enum>#<value> (gen-owl's rule)."""
        meaning = self.enums[enum].get("permissible_values", {}).get(value, {}).get("meaning")
        return self.expand(meaning) if meaning else self._default_iri(f"{enum}#{value}")

    def type_iri(self, name: str) -> str | None:
        if name in self.types:
            uri = self.types[name].get("uri")
            return self.expand(uri) if uri else None
        return BUILTIN_TYPES.get(name)

    # ---- hierarchy ---------------------------------------------------------------------

    def class_ancestors(self, name: str) -> list[str]:
        """The class itself, then its mixins and is_a parents breadth first (LinkML's order)."""
        order: list[str] = []
        queue = [name]
        while queue:
            current = queue.pop(0)
            if current in order or current not in self.classes:
                continue
            order.append(current)
            definition = self.classes[current]
            queue += [str(m) for m in definition.get("mixins") or []]
            if definition.get("is_a"):
                queue.append(str(definition["is_a"]))
        return order

    def type_chain(self, name: str) -> list[str]:
        """A type and the types it is a `typeof`, ending at a linkml built-in."""
        chain: list[str] = []
        while name and name not in chain:
            chain.append(name)
            name = self.types.get(name, {}).get("typeof")
        return chain

    def type_pattern(self, name: str | None) -> str | None:
        for link in self.type_chain(name or ""):
            pattern = self.types.get(link, {}).get("pattern")
            if pattern:
                return pattern
        return None

    def range_kind(self, name: str | None) -> str:
        if name in self.classes:
            return "class"
        if name in self.enums:
            return "enum"
        if name in self.types or name in BUILTIN_TYPES:
            return "type"
        return "unknown"

    @cached_property
    def record_classes(self) -> set[str]:
        """Classes that descend from Document (itself included): records with an id."""
        return {name for name in self.classes if "Document" in self.class_ancestors(name)}

    @property
    def record_id_pattern(self) -> str | None:
        return self.types.get("RecordId", {}).get("pattern")

    def implied_pattern(self, field_def: dict[str, Any]) -> str | None:
        """The pattern the normalisation gives a field with no pattern of its own."""
        rng = field_def.get("range")
        if rng in self.record_classes and not field_def.get("inlined") and not field_def.get("identifier"):
            return self.record_id_pattern
        return self.type_pattern(rng) if rng in self.types else None

    def implied_pattern_source(self, field_def: dict[str, Any]) -> str | None:
        """Which type the implied pattern comes from: the range type, or RecordId for a reference."""
        rng = field_def.get("range")
        if rng in self.record_classes and not field_def.get("inlined") and not field_def.get("identifier"):
            return "RecordId"
        for link in self.type_chain(rng or ""):
            if self.types.get(link, {}).get("pattern"):
                return link
        return None

    def normalise(self) -> None:
        """Write implied patterns on slots and slot usages, exactly as the generators do."""
        record_id_pattern = self.record_id_pattern

        def fix(slot: dict[str, Any], base: dict[str, Any] | None = None) -> None:
            if base and base.get("pattern") and not slot.get("range"):
                return  # a usage that keeps the range keeps the field's own pattern
            rng = slot.get("range") or (base or {}).get("range") or self.default_range
            if slot.get("pattern") or not rng:
                return
            inlined = slot["inlined"] if "inlined" in slot else bool(base and base.get("inlined"))
            if rng in self.record_classes and not inlined and not slot.get("identifier"):
                if record_id_pattern:
                    slot["pattern"] = record_id_pattern
            elif rng in self.types:
                pattern = self.type_pattern(rng)
                if pattern:
                    slot["pattern"] = pattern

        for slot in self.slots.values():
            fix(slot)
        for definition in self.classes.values():
            for name, usage in (definition.get("slot_usage") or {}).items():
                fix(usage, self.slots.get(name))

    # ---- fields ------------------------------------------------------------------------

    def slot_ancestors(self, name: str) -> list[str]:
        order: list[str] = []
        queue = [name]
        while queue:
            current = queue.pop(0)
            if current in order or current not in self.slots:
                continue
            order.append(current)
            definition = self.slots[current]
            queue += [str(m) for m in definition.get("mixins") or []]
            if definition.get("is_a"):
                queue.append(str(definition["is_a"]))
        return order

    def class_slot_names(self, name: str) -> list[str]:
        names: list[str] = []
        for ancestor in self.class_ancestors(name):
            definition = self.classes[ancestor]
            for slot in [*(definition.get("slots") or []), *(definition.get("attributes") or {})]:
                if str(slot) not in names:
                    names.append(str(slot))
        return names

    def induced_field(self, class_name: str, slot_name: str) -> dict[str, Any]:
        """One field of a class with every constraint resolved (LinkML's induced slot).

        Precedence, lowest first: the inheritable constraints of the slot's own ancestors,
        the slot (or the nearest attribute of that name), then slot_usage from the most
        distant ancestor class to the class itself. minimum_value and maximum_value combine to the tightest bound.
        """
        ancestors = self.class_ancestors(class_name)
        base: dict[str, Any] | None = None
        for ancestor in ancestors:
            attributes = self.classes[ancestor].get("attributes") or {}
            if slot_name in attributes:
                base = dict(attributes[slot_name])
                break
        if base is None:
            base = {}
            for ancestor in reversed(self.slot_ancestors(slot_name)):
                for key, value in self.slots[ancestor].items():
                    if ancestor == slot_name or key in INHERITED_SLOT_KEYS:
                        base[key] = value
        induced = dict(base)
        for ancestor in reversed(ancestors):
            usage = (self.classes[ancestor].get("slot_usage") or {}).get(slot_name)
            if not usage:
                continue
            for key, value in usage.items():
                if key == "minimum_value" and induced.get(key) is not None:
                    induced[key] = max(induced[key], value)
                elif key == "maximum_value" and induced.get(key) is not None:
                    induced[key] = min(induced[key], value)
                else:
                    induced[key] = value
        induced.setdefault("range", self.default_range)
        if induced.get("inlined_as_list"):
            induced["inlined"] = True
        if induced.get("identifier") or induced.get("key"):
            induced["required"] = True
        for flag in FLAGS & induced.keys():
            if not induced[flag]:
                del induced[flag]
        induced.pop("is_a", None)
        induced.pop("mixins", None)
        return induced

    def fields(self, class_name: str) -> dict[str, dict[str, Any]]:
        return {slot: self.induced_field(class_name, slot) for slot in self.class_slot_names(class_name)}

    @cached_property
    def all_fields(self) -> dict[str, dict[str, dict[str, Any]]]:
        return {name: self.fields(name) for name in self.classes}

    def used_slots(self) -> set[str]:
        return {slot for fields in self.all_fields.values() for slot in fields}

    def enum_values(self, name: str) -> dict[str, dict[str, Any]]:
        return self.enums.get(name, {}).get("permissible_values", {})
