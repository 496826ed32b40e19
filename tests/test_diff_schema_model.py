"""The diff's plain-Python LinkML (merge, normalise, induce) agrees with LinkML itself.

`ccai diff` may not import linkml, so it re-implements the little it needs; these tests
hold that re-implementation to LinkML's SchemaView on the real schema and on a small
schema that uses what the real one does not yet (mixins, attributes, slot inheritance).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ccai_standards.diff.loading import load_schema
from ccai_standards.diff.sources import LocalTree
from conftest import ROOT, require

COMPARED = ("range", "required", "multivalued", "minimum_cardinality", "maximum_cardinality", "pattern",
            "inlined", "inlined_as_list", "identifier", "designates_type", "slot_uri", "minimum_value",
            "maximum_value", "description")


def _linkml_fields(view, class_name: str) -> dict[str, dict]:
    out = {}
    for slot in view.class_induced_slots(class_name):
        values = {}
        for key in COMPARED:
            value = getattr(slot, key, None)
            if key in ("required", "multivalued", "inlined", "inlined_as_list", "identifier", "designates_type"):
                value = bool(value)
            values[key] = None if value is None else (value if isinstance(value, bool) else str(value))
        out[slot.name] = values
    return out


def _our_fields(model, class_name: str) -> dict[str, dict]:
    out = {}
    for name, field in model.fields(class_name).items():
        values = {}
        for key in COMPARED:
            value = field.get(key)
            if key in ("required", "multivalued", "inlined", "inlined_as_list", "identifier", "designates_type"):
                value = bool(value)
            values[key] = None if value is None else (value if isinstance(value, bool) else str(value))
        out[name] = values
    return out


def test_induced_fields_of_the_real_schema_match_linkml():
    require("linkml_runtime", "the reference implementation")
    from generators.schema_source import SchemaSource

    view = SchemaSource().view
    model = load_schema(LocalTree(ROOT / "schema"), "ccai.yaml")
    assert set(model.classes) == set(view.all_classes())
    for class_name in model.classes:
        assert _our_fields(model, class_name) == _linkml_fields(view, class_name), class_name


SMALL = """
id: https://example.org/small
name: small
version: 1.0.0
default_prefix: ex
default_range: string
prefixes:
  ex: https://example.org/
  linkml: https://w3id.org/linkml/
imports: [linkml:types]
types:
  RecordId:
    typeof: uri
    pattern: '^https://'
  Code:
    typeof: string
    pattern: '^[A-Z]+$'
classes:
  Named:
    mixin: true
    slots: [label]
    slot_usage:
      label: {required: true}
  Base:
    slots: [size, code]
    slot_usage:
      size: {minimum_value: 1, maximum_value: 100}
  Child:
    is_a: Base
    mixins: [Named]
    slots: [special_code]
    attributes:
      note: {description: a local attribute, multivalued: true}
    slot_usage:
      size: {minimum_value: 5, maximum_value: 200, description: the child's size}
      label: {pattern: '^x'}
slots:
  label: {description: a label}
  size: {range: integer, description: a size}
  code: {range: Code, description: a code}
  special_code: {is_a: code, required: true}
"""


def test_induction_with_mixins_attributes_and_inherited_usage_matches_linkml(tmp_path):
    require("linkml_runtime", "the reference implementation")
    from linkml_runtime.utils.schemaview import SchemaView

    from generators.schema_source import normalise

    (tmp_path / "small.yaml").write_text(SMALL)
    model = load_schema(LocalTree(tmp_path), "small.yaml")
    view = SchemaView(str(tmp_path / "small.yaml"))
    normalise(view)
    view = SchemaView(view.schema)
    for class_name in ("Named", "Base", "Child"):
        assert _our_fields(model, class_name) == _linkml_fields(view, class_name), class_name
    child = model.fields("Child")
    assert child["size"]["minimum_value"] == 5 and child["size"]["maximum_value"] == 100, "tightest bounds win"
    assert child["label"]["required"] and child["note"]["multivalued"]
    assert child["code"]["pattern"] == "^[A-Z]+$", "a type's pattern is written on the slot, as the generators do"


def test_local_imports_merge_depth_first_and_the_first_definition_wins(tmp_path):
    (tmp_path / "root.yaml").write_text("id: https://example.org/r\nname: r\nversion: 0.1.0\nimports: [a, sub/b]\n")
    (tmp_path / "a.yaml").write_text("id: https://example.org/a\nimports: [sub/b]\n"
                                     "slots:\n  x: {description: from a}\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yaml").write_text("id: https://example.org/b\nslots:\n  x: {description: from b}\n"
                                              "  y: {description: only b}\n")
    model = load_schema(LocalTree(tmp_path), "root.yaml")
    assert model.slots["x"]["description"] == "from a" and "y" in model.slots
    assert any("x is defined twice" in note for note in model.notes)


def test_builtin_types_of_a_merged_schema_are_not_compared():
    model = load_schema(LocalTree(ROOT / "src" / "ccai_standards" / "artifacts"), "ccai.linkml.yaml")
    assert "string" not in model.types and "Timestamp" in model.types
    merged = yaml.safe_load((ROOT / "src/ccai_standards/artifacts/ccai.linkml.yaml").read_text())
    assert "string" in merged["types"]


@pytest.mark.parametrize("name", ["ccai.yaml"])
def test_version_comes_from_the_root(name):
    model = load_schema(LocalTree(ROOT / "schema"), name)
    text = (ROOT / "schema" / name).read_text()
    assert f"version: {model.version}" in text


def test_iris_expand_with_the_schemas_prefixes():
    model = load_schema(LocalTree(Path(ROOT / "schema")), "ccai.yaml")
    assert model.class_iri("ConsentRecord") == "https://w3id.org/ccai/ConsentRecord"
    assert model.expand("schema:validThrough") == "http://schema.org/validThrough"
    assert model.expand("https://example.org/x") == "https://example.org/x"
