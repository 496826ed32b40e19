"""Load the LinkML schema once, merged and normalised, for every generator.

Normalisation makes explicit what the source schema implies, so that every generator (and
the LinkML validator) sees the same constraints:

* a slot whose range is a record class and is not inlined holds the *id* of that record,
  so it gets the record-id pattern (LinkML would otherwise emit a bare string);
* a slot whose range is one of our pattern-carrying types gets that pattern on the slot
  itself, because gen-pydantic only checks slot-level patterns.

LinkML tools run on ``schema/ccai.yaml`` itself do not see these patterns; the merged
artefact ``ccai.linkml.yaml`` holds them, and is what to give other LinkML tools.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from linkml_runtime.linkml_model.meta import SchemaDefinition, SlotDefinition
from linkml_runtime.utils.schemaview import SchemaView

from . import paths

BUILTIN_TYPES_PREFIX = "linkml:"


@dataclass
class SchemaSource:
    """The merged, normalised schema and the facts the generators derive from it."""

    root: Path = paths.SCHEMA_ROOT
    _schema: SchemaDefinition | None = field(default=None, init=False, repr=False)

    @cached_property
    def view(self) -> SchemaView:
        view = SchemaView(str(self.root), merge_imports=False)
        view.merge_imports()
        schema = view.schema
        schema.imports = [i for i in schema.imports if str(i).startswith(BUILTIN_TYPES_PREFIX)]
        normalise(SchemaView(schema))
        return SchemaView(schema)

    def fresh_schema(self) -> SchemaDefinition:
        """A private copy for a generator, which may mutate what it is given."""
        return copy.deepcopy(self.view.schema)

    @property
    def version(self) -> str:
        return str(self.view.schema.version)

    @property
    def schema_id(self) -> str:
        return str(self.view.schema.id)

    @property
    def default_namespace(self) -> str:
        schema = self.view.schema
        return str(schema.prefixes[schema.default_prefix].prefix_reference)

    @cached_property
    def document_types(self) -> list[str]:
        """Concrete classes that descend from Document: the record types a file can hold."""
        view = self.view
        return sorted(
            name
            for name in view.all_classes()
            if not view.get_class(name).abstract and "Document" in view.class_ancestors(name) and name != "Document"
        )

    @cached_property
    def record_classes(self) -> set[str]:
        """Every class that descends from Document, abstract or not: things with an id."""
        view = self.view
        return {name for name in view.all_classes() if "Document" in view.class_ancestors(name)}

    def is_reference(self, slot: SlotDefinition) -> bool:
        """True when the slot holds the id of another record rather than an inlined object."""
        return slot.range in self.record_classes and not slot.inlined and not slot.identifier

    def is_inlined_object(self, slot: SlotDefinition) -> bool:
        return slot.range in self.view.all_classes() and not self.is_reference(slot)

    def enum_value_iri(self, enum_name: str, value: str) -> str:
        """The IRI of a permissible value: its `meaning`, else <namespace><Enum>#<value>.

        This is the rule gen-owl uses; the JSON-LD context and SHACL follow it too.
        """
        pv = self.view.get_enum(enum_name).permissible_values[value]
        if pv.meaning:
            return self.view.expand_curie(str(pv.meaning))
        return f"{self.default_namespace}{enum_name}#{value}"

    def slot_iri(self, slot: SlotDefinition) -> str:
        return self.view.get_uri(slot, expand=True)

    def class_iri(self, class_name: str) -> str:
        return self.view.get_uri(self.view.get_class(class_name), expand=True)

    def prefixes(self) -> dict[str, str]:
        return {p.prefix_prefix: str(p.prefix_reference) for p in self.view.schema.prefixes.values()}


def _type_pattern(view: SchemaView, type_name: str | None) -> str | None:
    """The pattern of a type, following `typeof` up to the first type that has one."""
    seen = set()
    while type_name and type_name not in seen:
        seen.add(type_name)
        typ = view.get_type(type_name)
        if typ is None:
            return None
        if typ.pattern:
            return typ.pattern
        type_name = typ.typeof
    return None


def normalise(view: SchemaView) -> None:
    """Push implied constraints onto the slots themselves (see the module docstring)."""
    schema = view.schema
    record_id_pattern = schema.types["RecordId"].pattern
    record_classes = {name for name in view.all_classes() if "Document" in view.class_ancestors(name)}

    def fix(slot: SlotDefinition, base: SlotDefinition | None = None) -> None:
        if base is not None and base.pattern and not slot.range:
            return  # a usage that keeps the range keeps the field's own pattern
        rng = slot.range or (base.range if base else None) or schema.default_range
        if slot.pattern or not rng:
            return
        inlined = slot.inlined if slot.inlined is not None else bool(base and base.inlined)
        if rng in record_classes and not inlined and not slot.identifier:
            slot.pattern = record_id_pattern
        elif rng in schema.types:
            pattern = _type_pattern(view, rng)
            if pattern:
                slot.pattern = pattern

    for slot in schema.slots.values():
        fix(slot)
    for cls in schema.classes.values():
        for name, usage in (cls.slot_usage or {}).items():
            base = schema.slots.get(name)
            fix(usage, base)
