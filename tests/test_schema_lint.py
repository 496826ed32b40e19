"""The schema is lint clean and follows the project's conventions; the checks can fail."""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, require


def test_linkml_lint_is_clean_apart_from_accepted_warnings():
    require("linkml")
    from generators.lint import linkml_lint_problems

    assert [str(p) for p in linkml_lint_problems()] == []


def test_schema_follows_conventions():
    require("linkml")
    from generators.lint import convention_problems

    assert [str(p) for p in convention_problems()] == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    description: The name by which this is usually known.\n", "",
         "slot name: has no description"),
        ("speaking or singing, including simulations of it.\n        annotations: {added_in: 0.1.0}\n",
         "speaking or singing, including simulations of it.\n",
         "permissible value PersonaAttributeEnum.voice: has no `annotations: {added_in: <version>}`"),
        ("  website:\n    range: WebAddress\n    slot_uri: schema:url\n",
         "  website:\n    range: WebAddress\n    slot_uri: schema:name\n",
         "share the RDF property http://schema.org/name"),
        ("  roles:\n    range: PartyRoleEnum\n", "  roles:\n    range: string\n", "slot roles: is a list of plain strings"),
    ],
)
def test_conventions_catch_a_broken_schema(tmp_path, old, new, expected):
    require("linkml")
    from linkml_runtime.utils.schemaview import SchemaView

    from generators.lint import convention_problems

    schema_dir = tmp_path / "schema"
    shutil.copytree(ROOT / "schema", schema_dir)
    core = schema_dir / "core.yaml"
    text = core.read_text()
    assert old in text
    core.write_text(text.replace(old, new, 1))
    problems = [str(p) for p in convention_problems(SchemaView(str(schema_dir / "ccai.yaml")))]
    assert any(expected in p for p in problems), problems
