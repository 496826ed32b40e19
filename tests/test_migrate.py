"""`ccai migrate` and the migration maps.

The runtime is tested with synthetic versions: small schema indexes and maps in temporary
folders, so each kind of step is seen on its own. The generator is tested on a copy of the
real schema with one change at a time, against the real release snapshot. The end-to-end
tests migrate the real examples with the real maps and validate the result as one batch.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DATA, ROOT, failing
from diff_helpers import rename_slot_everywhere

from ccai_standards.migrate import (
    MigrationError,
    Migrator,
    UnknownVersion,
    add_parser,
    engine,
    migrate_record,
    parse_map,
)
from ccai_standards.migrate.command import yaml_text
from ccai_standards.migrate.maps import MapError
from ccai_standards.standard_versions import StandardVersion

# ---- synthetic versions ---------------------------------------------------------------------


def _fields(**kinds: Any) -> dict[str, Any]:
    out = {}
    for name, spec in kinds.items():
        kind, rng, many = spec
        out[name] = {"kind": kind, "range": rng, "multivalued": many}
    return out


_ENVELOPE = {"type": ("value", "string", False), "conforms_to": ("value", "StandardVersion", False),
             "id": ("value", "RecordId", False)}


def index_v1() -> dict[str, Any]:
    consent = _fields(**_ENVELOPE, valid_until=("value", "Timestamp", False), media=("enum", "MediaEnum", True),
                      evidence=("object", "Evidence", False), status=("enum", "StatusEnum", False),
                      history=("object", "StatusChange", True), legacy=("value", "string", False),
                      note=("value", "string", False))
    special = dict(consent, extra=_fields(x=("value", "string", False))["x"])
    return {
        "version": "1.0.0", "artifact_base_url": "https://example.org/schema/1.0.0/",
        "document_types": ["Consent", "OldThing", "Person", "Special"],
        "classes": {
            "Consent": {"ancestors": ["Document"], "fields": consent},
            "Special": {"ancestors": ["Consent", "Document"], "fields": special},
            "Evidence": {"ancestors": [], "fields": _fields(signed_at=("value", "Timestamp", False),
                                                            method=("enum", "MethodEnum", False),
                                                            counsel=("value", "boolean", False))},
            "StatusChange": {"ancestors": [], "fields": _fields(status=("enum", "StatusEnum", False),
                                                                at=("value", "Timestamp", False))},
            "Person": {"ancestors": ["Document"], "fields": _fields(**_ENVELOPE, name=("value", "string", False))},
            "OldThing": {"ancestors": ["Document"], "fields": _fields(**_ENVELOPE)},
        },
        "enums": {"MediaEnum": {"tv": {}, "film": {}, "radio": {}},
                  "StatusEnum": {"given": {}, "pending": {}, "withdrawn_old": {}},
                  "MethodEnum": {"wet": {}, "electronic": {}}},
    }


def index_v2() -> dict[str, Any]:
    index = index_v1()
    index["version"] = "1.1.0"
    index["artifact_base_url"] = "https://example.org/schema/1.1.0/"
    for cls in ("Consent", "Special"):
        fields = index["classes"][cls]["fields"]
        fields["expires_at"] = fields.pop("valid_until")
        fields["signed_at"] = {"kind": "value", "range": "Timestamp", "multivalued": False}
        fields["jurisdiction"] = {"kind": "value", "range": "string", "multivalued": False}
        fields["purpose"] = {"kind": "value", "range": "string", "multivalued": False}
        del fields["legacy"], fields["note"]
    evidence = index["classes"]["Evidence"]["fields"]
    del evidence["signed_at"]
    evidence["legacy_note"] = {"kind": "value", "range": "string", "multivalued": False}
    index["classes"]["Human"] = index["classes"].pop("Person")
    del index["classes"]["OldThing"]
    index["document_types"] = ["Consent", "Human", "Special"]
    index["enums"]["MediaEnum"] = {"television": {}, "film": {}}
    index["enums"]["StatusEnum"] = {"given": {}, "pending": {}, "withdrawn": {}}
    return index


def index_v3() -> dict[str, Any]:
    index = index_v2()
    index["version"] = "1.2.0"
    for cls in ("Consent", "Special"):
        fields = index["classes"][cls]["fields"]
        fields["ends_at"] = fields.pop("expires_at")
    index["enums"]["MediaEnum"] = {"broadcast": {}, "film": {}}
    return index


def step(op: str, reason: str = "because", **keys: Any) -> dict[str, Any]:
    return {"op": op, **{("class" if k == "cls" else "from" if k == "src" else "to" if k == "dst" else k): v
                         for k, v in keys.items()}, "reason": reason}


MAP_V2 = {"format": 1, "from_version": "1.0.0", "to_version": "1.1.0", "steps": [
    step("rename_field", "valid_until is now expires_at", cls="Consent", src="valid_until", dst="expires_at"),
    step("move_field", "signed_at moved up", cls="Consent", src="evidence.signed_at", dst="signed_at"),
    step("move_field", "legacy moved into evidence", cls="Consent", src="legacy", dst="evidence.legacy_note"),
    step("map_value", "tv is television", enum="MediaEnum", src="tv", dst="television"),
    step("map_value", "renamed status", enum="StatusEnum", src="withdrawn_old", dst="withdrawn"),
    step("set_default", "new required field", cls="Consent", field="jurisdiction", value="WORLD"),
    step("not_migratable", "note was removed", cls="Consent", field="note"),
    step("not_migratable", "radio is gone", enum="MediaEnum", value="radio"),
    step("not_migratable", "OldThing is gone", cls="OldThing"),
    step("not_migratable", "purpose is new and required", cls="Consent", field="purpose", when="missing"),
    step("rename_class", "Person is now Human", src="Person", dst="Human"),
]}
MAP_V3 = {"format": 1, "from_version": "1.1.0", "to_version": "1.2.0", "steps": [
    step("rename_field", "expires_at is now ends_at", cls="Consent", src="expires_at", dst="ends_at"),
    step("map_value", "television is broadcast", enum="MediaEnum", src="television", dst="broadcast"),
]}


class FolderVersions:
    """Versions in folders, as the package keeps them: schema-index.json and migration.json."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def known(self) -> tuple[str, ...]:
        names = [p.name for p in self.root.iterdir() if (p / "schema-index.json").is_file()]
        return tuple(sorted(names, key=engine.version_key))

    def get(self, version: str) -> StandardVersion | None:
        return StandardVersion(version, self.root / version) if version in self.known() else None


def write_version(root: Path, version: str, index: dict[str, Any], mp: dict[str, Any] | None) -> None:
    folder = root / version
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "schema-index.json").write_text(json.dumps(index), encoding="utf-8")
    if mp is not None:
        (folder / "migration.json").write_text(json.dumps(mp), encoding="utf-8")


@pytest.fixture
def versions(tmp_path, monkeypatch) -> FolderVersions:
    root = tmp_path / "versions"
    write_version(root, "1.0.0", index_v1(), None)
    write_version(root, "1.1.0", index_v2(), MAP_V2)
    write_version(root, "1.2.0", index_v3(), MAP_V3)
    found = FolderVersions(root)
    monkeypatch.setattr(engine, "package_versions", lambda: found)
    return found


def consent(**extra: Any) -> dict[str, Any]:
    record = {"type": "Consent", "conforms_to": "1.0.0", "id": "https://example.org/c/1",
              "valid_until": "2030-01-01T00:00:00Z", "media": ["film"], "purpose": "training"}
    record.update(extra)
    return record


def only_ops(result) -> list[str]:
    return [c.op for c in result.changes]


# ---- each kind of step -------------------------------------------------------------------------


def test_rename_field_keeps_the_key_order_and_applies_to_subclasses(versions):
    for record_type in ("Consent", "Special"):
        result = migrate_record(consent(type=record_type), "1.1.0")
        assert result.ok, result.problems
        assert list(result.record) == ["type", "conforms_to", "id", "expires_at", "media", "purpose",
                                       "jurisdiction"]
        assert result.record["expires_at"] == "2030-01-01T00:00:00Z" and result.record["conforms_to"] == "1.1.0"
        (rename,) = [c for c in result.changes if c.op == "rename_field"]
        assert (rename.path, rename.new_path, rename.reason) == ("$.valid_until", "$.expires_at",
                                                                 "valid_until is now expires_at")


def test_the_record_given_is_not_changed(versions):
    record = consent(evidence={"signed_at": "2025-01-01T00:00:00Z"})
    before = copy.deepcopy(record)
    migrate_record(record, "1.2.0")
    assert record == before


def test_move_out_of_an_inlined_object_removes_it_when_emptied(versions):
    result = migrate_record(consent(evidence={"signed_at": "2025-01-01T00:00:00Z"}), "1.1.0")
    assert result.ok, result.problems
    assert "evidence" not in result.record and result.record["signed_at"] == "2025-01-01T00:00:00Z"
    (move,) = [c for c in result.changes if c.op == "move_field"]
    assert (move.path, move.new_path) == ("$.evidence.signed_at", "$.signed_at")
    assert "emptied $.evidence removed" in move.summary

    kept = migrate_record(consent(evidence={"signed_at": "2025-01-01T00:00:00Z", "method": "wet"}), "1.1.0")
    assert kept.record["evidence"] == {"method": "wet"}


def test_move_into_an_inlined_object_creates_it_or_joins_it(versions):
    created = migrate_record(consent(legacy="old words"), "1.1.0")
    assert created.record["evidence"] == {"legacy_note": "old words"} and created.ok
    joined = migrate_record(consent(evidence={"method": "wet"}, legacy="old words"), "1.1.0")
    assert joined.record["evidence"] == {"method": "wet", "legacy_note": "old words"}
    both = migrate_record(consent(evidence={"signed_at": "2025-01-01T00:00:00Z"}, legacy="w"), "1.1.0")
    assert both.record["evidence"] == {"legacy_note": "w"} and both.record["signed_at"] == "2025-01-01T00:00:00Z"


def test_move_into_something_that_is_not_an_object_is_a_problem_and_loses_nothing(versions):
    result = migrate_record(consent(evidence="see the contract", legacy="old words"), "1.1.0")
    assert result.record["legacy"] == "old words" and result.record["evidence"] == "see the contract"
    assert any("`evidence` is already there and is not an object" in p.reason for p in result.problems)
    assert result.status == "incomplete"


def test_map_value_in_lists_single_values_and_nested_objects(versions):
    record = consent(media=["tv", "film"], status="withdrawn_old",
                     history=[{"status": "pending"}, {"status": "withdrawn_old", "at": "2025-01-01T00:00:00Z"}])
    result = migrate_record(record, "1.1.0")
    assert result.ok, result.problems
    assert result.record["media"] == ["television", "film"]
    assert result.record["status"] == "withdrawn"
    assert [h["status"] for h in result.record["history"]] == ["pending", "withdrawn"]
    paths = sorted(c.path for c in result.changes if c.op == "map_value")
    assert paths == ["$.history[1].status", "$.media[0]", "$.status"]


def test_map_value_only_where_the_old_range_is_that_enum(versions):
    """`tv` in a plain text field is text, not a MediaEnum value."""
    result = migrate_record(consent(legacy="tv", media=["tv"]), "1.1.0")
    assert result.record["evidence"] == {"legacy_note": "tv"} and result.record["media"] == ["television"]


def test_map_value_that_makes_a_duplicate_merges_it(versions):
    result = migrate_record(consent(media=["television", "tv"]), "1.2.0")
    assert result.record["media"] == ["broadcast"], result.changes
    assert "merged" in only_ops(result)


def test_set_default_only_when_missing(versions):
    added = migrate_record(consent(), "1.1.0")
    assert added.record["jurisdiction"] == "WORLD"
    (change,) = [c for c in added.changes if c.op == "set_default"]
    assert change.new_path == "$.jurisdiction" and change.new == "WORLD"
    kept = migrate_record(consent(jurisdiction="US"), "1.1.0")
    assert kept.record["jurisdiction"] == "US" and "set_default" not in only_ops(kept)


def test_not_migratable_is_reported_and_the_rest_is_still_migrated(versions):
    result = migrate_record(consent(note="keep me", media=["radio", "tv"]), "1.1.0")
    assert result.status == "incomplete"
    problems = {p.path: p.reason for p in result.problems}
    assert problems == {"$.note": "note was removed", "$.media[0]": "radio is gone"}
    assert result.record["note"] == "keep me" and result.record["media"] == ["radio", "television"]
    assert result.record["expires_at"] and result.record["conforms_to"] == "1.1.0"


def test_a_removed_record_type_and_a_missing_required_field(versions):
    thing = migrate_record({"type": "OldThing", "conforms_to": "1.0.0", "id": "https://example.org/t"}, "1.1.0")
    assert [p.reason for p in thing.problems] == ["OldThing is gone"] and thing.problems[0].path == "$.type"
    no_purpose = consent()
    del no_purpose["purpose"]
    result = migrate_record(no_purpose, "1.1.0")
    (problem,) = result.problems
    assert problem.path == "$" and "the required field `purpose` is missing" in problem.reason


def test_rename_class(versions):
    result = migrate_record({"type": "Person", "conforms_to": "1.0.0", "id": "https://example.org/p", "name": "A"},
                            "1.1.0")
    assert result.ok and result.record["type"] == "Human"
    assert [(c.op, c.old, c.new) for c in result.changes] == [("rename_class", "Person", "Human")]


def test_rename_onto_an_existing_field_is_a_problem_and_keeps_both(versions):
    result = migrate_record(consent(expires_at="2031-01-01T00:00:00Z"), "1.1.0")
    assert result.record["valid_until"] == "2030-01-01T00:00:00Z"
    assert result.record["expires_at"] == "2031-01-01T00:00:00Z"
    assert any("already has `expires_at`" in p.reason for p in result.problems)


def test_steps_of_one_map_do_not_depend_on_their_order(tmp_path):
    """Old names are read before anything is written: a renamed object can also lose a field to its parent."""
    index = index_v2()
    for cls in ("Consent", "Special"):
        index["classes"][cls]["fields"]["proof"] = index["classes"][cls]["fields"].pop("evidence")
    steps = [step("rename_field", "evidence is now proof", cls="Consent", src="evidence", dst="proof"),
             step("move_field", "signed_at moved up", cls="Consent", src="evidence.signed_at", dst="signed_at")]
    record = consent(evidence={"signed_at": "2025-01-01T00:00:00Z", "method": "wet"})
    for order in (steps, list(reversed(steps))):
        root = tmp_path / str(len(list(tmp_path.iterdir())))
        write_version(root, "1.0.0", index_v1(), None)
        write_version(root, "1.1.0", index, {"from_version": "1.0.0", "to_version": "1.1.0", "steps": order})
        result = migrate_record(record, "1.1.0", FolderVersions(root))
        assert result.record["proof"] == {"method": "wet"}, order
        assert result.record["signed_at"] == "2025-01-01T00:00:00Z"
        assert list(result.record).index("proof") == list(record).index("evidence"), "renamed in place"


def test_chain_of_two_maps_points_back_into_the_input(versions):
    record = consent(media=["tv"])
    result = migrate_record(record, "1.2.0")
    assert result.ok, result.problems
    assert result.record["ends_at"] == "2030-01-01T00:00:00Z" and "expires_at" not in result.record
    assert result.record["media"] == ["broadcast"] and result.record["conforms_to"] == "1.2.0"
    second = [c for c in result.changes if c.version == "1.2.0" and c.op == "rename_field"]
    assert [(c.path, c.new_path) for c in second] == [("$.valid_until", "$.ends_at")]
    assert [c.version for c in result.changes if c.op == "map_value"] == ["1.1.0", "1.2.0"]


def test_already_at_the_target_is_passed_through(versions):
    record = consent(conforms_to="1.2.0", valid_until="anything")
    result = migrate_record(record, "1.2.0")
    assert result.status == "unchanged" and result.record == record and not result.changes and result.ok


def test_downgrades_unknown_and_missing_versions_are_refused(versions):
    newer = migrate_record(consent(conforms_to="1.2.0"), "1.1.0")
    assert newer.status == "refused" and "never back" in newer.problems[0].reason
    assert newer.record["conforms_to"] == "1.2.0"
    unknown = migrate_record(consent(conforms_to="0.9.0"), "1.1.0")
    assert unknown.status == "refused" and "does not know" in unknown.problems[0].reason
    missing = consent()
    del missing["conforms_to"]
    assert "no `conforms_to`" in migrate_record(missing, "1.1.0").problems[0].reason
    assert migrate_record(consent(conforms_to=1), "1.1.0").status == "refused"
    assert migrate_record(["not", "a", "record"], "1.1.0").status == "refused"  # type: ignore[arg-type]
    with pytest.raises(UnknownVersion, match="1.0.0, 1.1.0, 1.2.0"):
        migrate_record(consent(), "3.0.0")


def test_what_the_target_does_not_know_is_reported(versions):
    result = migrate_record(consent(mystery=1, history=[{"status": "given", "odd": True}]), "1.1.0")
    paths = sorted(p.path for p in result.problems)
    assert paths == ["$.history[0].odd", "$.mystery"]
    assert all("no step of the migration map" in p.reason for p in result.problems)


def test_a_missing_or_damaged_map_is_a_failure_of_the_package(versions):
    (versions.root / "1.2.0" / "migration.json").unlink()
    with pytest.raises(MigrationError, match="has no migration map"):
        migrate_record(consent(), "1.2.0")
    (versions.root / "1.2.0" / "migration.json").write_text('{"from_version": "1.1.0", "to_version": "1.2.0", '
                                                            '"steps": [{"op": "explode", "reason": "x"}]}')
    with pytest.raises(MigrationError, match="damaged.*step 1.*op"):
        migrate_record(consent(), "1.2.0")


@pytest.mark.parametrize("entry, message", [
    ({"op": "rename_field", "class": "A", "from": "a", "to": "b"}, "reason"),
    ({"op": "rename_field", "class": "A", "from": "a.b", "to": "c", "reason": "r"}, "must be a name"),
    ({"op": "move_field", "class": "A", "from": "a", "to": "a", "reason": "r"}, "same path"),
    ({"op": "set_default", "class": "A", "field": "f", "reason": "r"}, "needs a `value`"),
    ({"op": "not_migratable", "class": "A", "when": "missing", "reason": "r"}, "needs a `field`"),
    ({"op": "map_value", "enum": "E", "from": "a", "to": "b", "class": "A", "reason": "r"}, "takes no `class`"),
])
def test_the_map_format_is_checked(entry, message):
    with pytest.raises(MapError, match=message):
        parse_map({"from_version": "1.0.0", "to_version": "1.1.0", "steps": [entry]})


# ---- the command -------------------------------------------------------------------------------


def run(*arguments: str) -> int:
    parser = argparse.ArgumentParser(prog="ccai")
    add_parser(parser.add_subparsers(dest="command", required=True))
    try:
        args = parser.parse_args(["migrate", *arguments])
    except SystemExit as exc:
        return int(exc.code or 0)
    return args.func(args)


YAML_RECORD = """\
# a comment that cannot be kept
type: Consent
conforms_to: "1.0.0"
id: https://example.org/c/1
valid_until: "2030-01-01T00:00:00Z"
purpose: |
  Two lines
  of text.
media:
  - tv
  - radio
"""


def test_stdout_output_keeps_yaml_readable_and_reports_on_stderr(versions, tmp_path, capsys):
    source = tmp_path / "consent.yaml"
    source.write_text(YAML_RECORD, encoding="utf-8")
    assert run("--to", "1.1.0", str(source)) == 1  # radio cannot be migrated
    out, err = capsys.readouterr()
    assert out.startswith('type: Consent\nconforms_to: "1.1.0"\nid: https://example.org/c/1\n'
                          'expires_at: "2030-01-01T00:00:00Z"\n'), out
    assert "purpose: |\n  Two lines\n  of text.\n" in out
    assert yaml.safe_load(out)["media"] == ["television", "radio"]
    assert f"{source}:2: Consent https://example.org/c/1: 1.0.0 → 1.1.0" in err
    assert f"{source}:5:14: $.valid_until: renamed to $.expires_at: valid_until is now expires_at" in err
    assert f"{source}:11:5: $.media[1]: cannot migrate: radio is gone" in err
    assert err.count("YAML comments are not kept") == 1
    assert source.read_text(encoding="utf-8") == YAML_RECORD, "never overwritten without --in-place"


def test_an_input_already_at_the_version_is_printed_as_it_is(versions, tmp_path, capsys):
    source = tmp_path / "current.yaml"
    text = "# kept\ntype: Consent   # and this\nconforms_to: '1.1.0'\nid: https://example.org/c/1\n"
    source.write_text(text, encoding="utf-8")
    assert run("--to", "1.1.0", str(source)) == 0
    out, err = capsys.readouterr()
    assert out == text and "already at 1.1.0, unchanged" in err and "comments" not in err


def test_output_file_and_refusal_to_overwrite(versions, tmp_path, capsys):
    source = tmp_path / "consent.json"
    source.write_text(json.dumps(consent()), encoding="utf-8")
    out = tmp_path / "out.json"
    assert run("--to", "1.1.0", str(source), "-o", str(out)) == 0
    assert json.loads(out.read_text())["expires_at"] == "2030-01-01T00:00:00Z"
    assert f"wrote {out}" in capsys.readouterr().out
    out.write_text("precious", encoding="utf-8")
    assert run("--to", "1.1.0", str(source), "-o", str(out)) == 2
    assert "already exists" in capsys.readouterr().err and out.read_text() == "precious"
    assert run("--to", "1.1.0", str(source), "-o", str(tmp_path / "new") + "/") == 0
    assert json.loads((tmp_path / "new" / "consent.json").read_text())["conforms_to"] == "1.1.0"


def test_output_folder_for_several_inputs_keeps_formats_and_refuses_existing_files(versions, tmp_path, capsys):
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "a.yaml").write_text(yaml.safe_dump(consent()), encoding="utf-8")
    (inputs / "sub" / "b.jsonl").write_text("\n".join(json.dumps(consent(id=f"https://example.org/c/{n}"))
                                                      for n in range(3)) + "\n", encoding="utf-8")
    (inputs / "c.json").write_text(json.dumps([consent(), consent(media=["tv"])], indent=1), encoding="utf-8")
    out = tmp_path / "out"
    assert run("--to", "1.2.0", str(inputs), "-o", str(out)) == 0
    assert yaml.safe_load((out / "a.yaml").read_text())["ends_at"]
    lines = (out / "sub" / "b.jsonl").read_text().splitlines()
    assert len(lines) == 3 and all(json.loads(line)["conforms_to"] == "1.2.0" for line in lines)
    array = json.loads((out / "c.json").read_text())
    assert isinstance(array, list) and array[1]["media"] == ["broadcast"]
    capsys.readouterr()
    (out / "c.json").unlink()
    before = (out / "a.yaml").read_text()
    assert run("--to", "1.2.0", str(inputs), "-o", str(out)) == 2
    assert "a.yaml already exists" in capsys.readouterr().err
    assert not (out / "c.json").exists() and (out / "a.yaml").read_text() == before, "nothing written"


def test_in_place_rewrites_only_what_changed_and_keeps_permissions(versions, tmp_path, capsys):
    old = tmp_path / "old.yaml"
    old.write_text(YAML_RECORD.replace("  - radio\n", ""), encoding="utf-8")
    os.chmod(old, 0o640)
    current = tmp_path / "current.yaml"
    current.write_text("# kept as it is\n" + yaml.safe_dump(consent(conforms_to="1.1.0")), encoding="utf-8")
    untouched = current.read_text()
    assert run("--to", "1.1.0", "--in-place", str(old), str(current)) == 0
    report = capsys.readouterr().out
    assert yaml.safe_load(old.read_text())["expires_at"] == "2030-01-01T00:00:00Z"
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert current.read_text() == untouched and "already at 1.1.0, unchanged" in report
    assert f"wrote {old}" in report and f"wrote {current}" not in report


def test_check_writes_nothing_and_json_report(versions, tmp_path, capsys):
    source = tmp_path / "consent.yaml"
    source.write_text(YAML_RECORD, encoding="utf-8")
    assert run("--to", "1.1.0", "--check", "--format", "json", str(source)) == 1
    report = json.loads(capsys.readouterr().out)
    (record,) = report["records"]
    assert record["status"] == "incomplete" and record["from_version"] == "1.0.0"
    assert {"op": "rename_field", "path": "$.valid_until", "new_path": "$.expires_at", "line": 5,
            "column": 14}.items() <= \
        next(c for c in record["changes"] if c["op"] == "rename_field").items()
    assert record["problems"][0]["path"] == "$.media[1]" and record["problems"][0]["line"] == 11
    assert report["written"] == [] and source.read_text() == YAML_RECORD


def test_stdin_and_json_lines(versions, tmp_path, capsys, monkeypatch):
    import io

    text = json.dumps(consent()) + "\n" + json.dumps(consent(conforms_to="1.1.0", expires_at="x")) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert run("--to", "1.1.0", "-") == 0
    out, err = capsys.readouterr()
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["expires_at"] and second == consent(conforms_to="1.1.0", expires_at="x")
    assert "<stdin>:2" in err and "already at 1.1.0" in err


def test_bad_input_is_reported_with_file_and_line_and_nothing_is_written(versions, tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(consent()), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("type: Consent\nconforms_to: [unclosed\n", encoding="utf-8")
    assert run("--to", "1.1.0", "--in-place", str(good), str(bad)) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3:1: error INPUT-syntax" in err or f"{bad}:2" in err, err
    assert "nothing was migrated or written" in err and "Traceback" not in err
    assert yaml.safe_load(good.read_text())["conforms_to"] == "1.0.0"
    assert run("--to", "1.1.0", str(tmp_path / "missing.yaml")) == 2
    assert "no such file" in capsys.readouterr().err


def test_usage_errors(versions, tmp_path, capsys):
    assert run("--to", "9.9.9", "x.yaml") == 2
    assert "the known versions are 1.0.0, 1.1.0, 1.2.0" in capsys.readouterr().err
    assert run("--to", "1.1.0", "--in-place", "-") == 2
    assert "cannot rewrite stdin" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("--to", "1.1.0", str(empty)) == 2
    assert "no record to migrate" in capsys.readouterr().err


def test_downgrade_in_the_command_is_refused_with_exit_1(versions, tmp_path, capsys):
    source = tmp_path / "new.json"
    source.write_text(json.dumps(consent(conforms_to="1.2.0")), encoding="utf-8")
    assert run("--to", "1.1.0", str(source)) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["conforms_to"] == "1.2.0"
    assert "not migrated" in err and "never back" in err


def test_a_damaged_map_exits_2_without_a_traceback(versions, tmp_path, capsys):
    (versions.root / "1.1.0" / "migration.json").write_text("{not json", encoding="utf-8")
    source = tmp_path / "c.json"
    source.write_text(json.dumps(consent()), encoding="utf-8")
    assert run("--to", "1.1.0", str(source)) == 2
    assert "damaged" in capsys.readouterr().err


def test_jsonld_records_get_the_context_of_the_target(versions, tmp_path, capsys, monkeypatch):
    source = tmp_path / "c.jsonld"
    record = {"@context": "https://example.org/schema/1.0.0/ccai.context.jsonld", **consent()}
    source.write_text(json.dumps(record), encoding="utf-8")
    monkeypatch.setattr("ccai_standards.reading.parsers.is_ccai_context", lambda value: True)
    assert run("--to", "1.1.0", "-q", str(source)) == 0
    out = json.loads(capsys.readouterr().out)
    assert next(iter(out)) == "@context" and out["@context"] == "https://example.org/schema/1.1.0/ccai.context.jsonld"


@pytest.mark.parametrize("text", ["0o12", "012", "true", "NO", "yes", "1:30", "", "null", "~", "1e3", ".5",
                                  "- x", "#x", "a: b", "two\nlines\n", "trailing \nspace", "0.1.0", "2025-01-01",
                                  " lead", "\ttab", "quote'\"", "é ünï", "x" * 300])
def test_yaml_output_reads_back_as_the_same_data(text):
    from ccai_standards.reading import load_yaml

    record = {"type": "Consent", "value": text, "list": [text, 1, 1.5, True, None], "nested": {"k": text}}
    assert load_yaml(yaml_text(record), "<test>") == record


def test_the_runtime_path_imports_no_heavy_library(tmp_path):
    source = tmp_path / "p.yaml"
    source.write_text((DATA / "valid" / "Person-podcaster-sol-ibarra.yaml").read_text(encoding="utf-8"))
    probe = ("import sys; from ccai_standards.migrate.command import main; from ccai_standards import STANDARD_VERSION;"
             f" code = main(['--to', STANDARD_VERSION, '--check', {str(source)!r}]);"
             " print(code, sorted(m for m in ('linkml', 'linkml_runtime', 'pydantic', 'rdflib', 'jsonschema') "
             "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 []"


# ---- the generator ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generator():
    from conftest import require

    require("linkml_runtime", "the generators read the schema with it")
    from generators import migration_map

    return migration_map


def _released() -> str:
    from generators import versioning

    return str(versioning.last_release(ROOT))


def _next(version: str) -> str:
    major, minor, _ = (int(p) for p in version.split("."))
    return f"{major}.{minor + 1}.0"


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """The baseline: a copy of the real schema under the last release's number, so each test sees only its change."""
    from diff_helpers import make_repository

    return make_repository(tmp_path_factory.mktemp("base") / "repo", _released())


@pytest.fixture
def repository(base, tmp_path) -> Path:
    """The baseline at the next minor version, with an empty migrations/unreleased.yaml, for a test to change."""
    from diff_helpers import set_version

    from generators.migration_map import EMPTY_UNRELEASED

    repo = tmp_path / "repo"
    shutil.copytree(base, repo)
    set_version(repo, _next(_released()))
    (repo / "migrations").mkdir()
    (repo / "migrations" / "unreleased.yaml").write_text(EMPTY_UNRELEASED.format(version=_released()))
    return repo


def snapshot() -> Path:
    """The real snapshot of the last release."""
    from generators import versioning

    return versioning.releases_dir(ROOT) / f"{_released()}.yaml"


def edit_schema(repo: Path, module: str):
    from diff_helpers import edit

    return edit(repo / "schema" / f"{module}.yaml")


def authored(repo: Path, steps: list[dict[str, Any]]) -> None:
    text = yaml.safe_dump({"from_version": _released(), "steps": steps}, sort_keys=False)
    (repo / "migrations" / "unreleased.yaml").write_text(text, encoding="utf-8")


def steps_of(built: dict[str, Any], **match: Any) -> list[dict[str, Any]]:
    return [s for s in built["steps"] if all(s.get(k) == v for k, v in match.items())]


def test_the_tree_as_it_is_gives_a_valid_deterministic_map(generator, repository):
    first = generator.migration_map_json(snapshot(), repository)
    assert first == generator.migration_map_json(snapshot(), repository)
    built = json.loads(first)
    parse_map(built)
    assert built["from_version"] != built["to_version"]


def test_deprecated_slot_with_exact_replacement_becomes_one_rename_for_the_class_and_subclasses(generator, base,
                                                                                                repository):
    with edit_schema(repository, "consent") as doc:
        rename_slot_everywhere(doc, "valid_until", "consent_expires_at")
    built = generator.migration_map(base, repository)
    renames = steps_of(built, op="rename_field", **{"from": "valid_until"})
    assert {s["to"] for s in renames} == {"consent_expires_at"}
    classes = {s["class"] for s in renames}
    assert "ConsentRecord" in classes and "ReplicaAuthorisation" not in classes, "the subclass is implied"
    assert renames[0]["origin"] == "deprecation" and "Renamed" in renames[0]["reason"]
    assert not steps_of(built, op="not_migratable", field="valid_until")


def test_deprecated_enum_value_becomes_map_value(generator, base, repository):
    with edit_schema(repository, "consent") as doc:
        values = doc["enums"]["MediaEnum"]["permissible_values"]
        first = next(iter(values))
        values[f"{first}_new"] = dict(values[first] or {}, annotations={"added_in": "0.2.0"})
        values[first]["deprecated"] = "Use the new name."
        values[first]["deprecated_element_has_exact_replacement"] = f"MediaEnum.{first}_new"
    built = generator.migration_map(base, repository)
    (found,) = steps_of(built, op="map_value", **{"from": first})
    assert (found["enum"], found["to"], found["origin"]) == ("MediaEnum", f"{first}_new", "deprecation")


def test_removed_field_and_value_without_a_step_are_not_migratable_with_the_diffs_reason(generator, base, repository):
    with edit_schema(repository, "consent") as doc:
        doc["classes"]["ConsentRecord"]["slots"].remove("intended_use_description")
        values = doc["enums"]["MediaEnum"]["permissible_values"]
        removed = list(values)[-1]
        del values[removed]
    built = generator.migration_map(base, repository)
    (field_step,) = steps_of(built, op="not_migratable", field="intended_use_description")
    assert field_step["class"] == "ConsentRecord" and "records that carry this field" in field_step["reason"]
    (value_step,) = steps_of(built, op="not_migratable", enum="MediaEnum", value=removed)
    assert field_step["origin"] == value_step["origin"] == "diff"


def test_removed_or_silently_renamed_record_types_are_not_migratable_unless_a_step_says(generator, base, repository):
    with edit_schema(repository, "consent") as doc:
        doc["classes"]["ConsentReceiptRenamed"] = doc["classes"].pop("ConsentReceipt")
    built = generator.migration_map(base, repository)
    (found,) = steps_of(built, op="not_migratable", **{"class": "ConsentReceipt"})
    assert "seems to rename it to ConsentReceiptRenamed" in found["reason"] and "field" not in found
    authored(repository, [{"op": "rename_class", "from": "ConsentReceipt", "to": "ConsentReceiptRenamed",
                           "reason": "the receipt has a new name"}])
    built = generator.migration_map(base, repository)
    (rename,) = steps_of(built, op="rename_class", **{"from": "ConsentReceipt"})
    assert rename["reason"] == "the receipt has a new name" and rename["origin"] == "authored"
    assert not steps_of(built, op="not_migratable", **{"class": "ConsentReceipt"})


def test_authored_move_covers_a_removal(generator, base, repository):
    with edit_schema(repository, "consent") as doc:
        doc["classes"]["ConsentRecord"]["slots"].remove("intended_use_description")
        doc["classes"]["ConsentRecord"]["slots"].append("description")
    authored(repository, [{"op": "move_field", "class": "ConsentRecord", "from": "intended_use_description",
                           "to": "description", "reason": "merged into description"}])
    built = generator.migration_map(base, repository)
    (move,) = steps_of(built, op="move_field", **{"from": "intended_use_description"})
    assert move["origin"] == "authored" and move["to"] == "description"
    assert not steps_of(built, op="not_migratable", field="intended_use_description")


def test_new_required_field_gets_its_default_or_is_reported_missing(generator, base, repository):
    with edit_schema(repository, "consent") as doc:
        doc["slots"]["consent_lang"] = {"range": "string", "required": True, "ifabsent": "string(en)",
                                            "description": "The language.", "annotations": {"added_in": "0.2.0"}}
        doc["slots"]["consent_chan"] = {"range": "string", "required": True, "description": "The channel.",
                                           "annotations": {"added_in": "0.2.0"}}
        doc["classes"]["ConsentRecord"]["slots"] += ["consent_lang", "consent_chan"]
    built = generator.migration_map(base, repository)
    (default,) = steps_of(built, op="set_default", field="consent_lang")
    assert (default["class"], default["value"]) == ("ConsentRecord", "en")
    (missing,) = steps_of(built, op="not_migratable", field="consent_chan")
    assert missing["when"] == "missing"


def test_authored_steps_naming_unknown_elements_are_errors_with_file_and_line(generator, base, repository):
    authored(repository, [
        {"op": "rename_field", "class": "ConsentRecord", "from": "no_such_field", "to": "subject",
         "reason": "r"},
        {"op": "map_value", "enum": "MediaEnum", "from": "film", "to": "no_such_value", "reason": "r"},
        {"op": "explode", "reason": "r"},
    ])
    with pytest.raises(generator.MigrationMapError) as caught:
        generator.migration_map(base, repository)
    lines = str(caught.value).replace(str(repository) + "/", "").splitlines()
    old, new = _released(), _next(_released())
    assert lines == [
        f"migrations/unreleased.yaml:5:9: in {old}, ConsentRecord has no field `no_such_field`",
        f"migrations/unreleased.yaml:11:7: no_such_value is not a value of MediaEnum in {new}",
        ("migrations/unreleased.yaml:13:3: `op` must be one of rename_class, rename_field, move_field, map_value, "
         "set_default, not_migratable, not 'explode'"),
    ], lines


def test_authored_steps_from_an_older_release_are_refused(generator, base, repository):
    (repository / "migrations" / "unreleased.yaml").write_text('from_version: "0.0.1"\nsteps: []\n')
    with pytest.raises(generator.MigrationMapError, match="unreleased.yaml:1:15: these steps lead from 0.0.1"):
        generator.migration_map(base, repository)


def test_unreleased_steps_start_afresh_once_the_release_they_led_to_is_out(generator, repository):
    from diff_helpers import set_version

    releases = repository / "releases"
    releases.mkdir()
    shutil.copy(snapshot(), releases / f"{_released()}.yaml")
    authored(repository, [{"op": "not_migratable", "class": "ConsentRecord", "field": "conditions", "reason": "r"}])
    kept = (repository / "migrations" / "unreleased.yaml").read_text()
    assert not generator.reset_unreleased(repository), "its release is not out: the steps stay"
    assert (repository / "migrations" / "unreleased.yaml").read_text() == kept
    shutil.copy(snapshot(), releases / f"{_next(_released())}.yaml")
    set_version(repository, _next(_next(_released())))
    assert generator.reset_unreleased(repository)
    data = yaml.safe_load((repository / "migrations" / "unreleased.yaml").read_text())
    assert data == {"from_version": _next(_released()), "steps": []}
    assert not generator.reset_unreleased(repository)


def test_the_repositorys_own_unreleased_file_is_valid(generator):
    from generators import versioning

    data = yaml.safe_load((ROOT / "migrations" / "unreleased.yaml").read_text(encoding="utf-8"))
    assert set(data) == {"from_version", "steps"} and isinstance(data["steps"], list)
    assert data["from_version"] == versioning.last_release(ROOT)
    assert generator.current_migration_json(ROOT) is None or parse_map(
        json.loads(generator.current_migration_json(ROOT)))


@pytest.mark.slow
def test_a_generated_map_migrates_a_real_record(generator, base, repository, tmp_path):
    """Generator and runtime agree: a map built from a schema change moves a real example."""
    from generators.artifacts import schema_index
    from generators.schema_source import SchemaSource

    with edit_schema(repository, "consent") as doc:
        rename_slot_everywhere(doc, "valid_until", "consent_expires_at")
    built = generator.migration_map(base, repository)
    root = tmp_path / "versions"
    old_version, new_version = built["from_version"], built["to_version"]
    write_version(root, old_version, schema_index(SchemaSource(root=base / "schema" / "ccai.yaml")), None)
    write_version(root, new_version, schema_index(SchemaSource(root=repository / "schema" / "ccai.yaml")), built)
    record = yaml.safe_load((DATA / "valid" / "ConsentRecord-voice-actor-generative-training.yaml").read_text())
    record["conforms_to"] = old_version
    result = migrate_record(record, new_version, FolderVersions(root))
    assert result.ok, result.problems
    assert result.record["consent_expires_at"] == record["valid_until"] and "valid_until" not in result.record


# ---- end to end, with the real maps -------------------------------------------------------------


class _WithBuiltMap:
    """A version of the package whose migration.json is the one the generator builds from the sources now."""

    def __init__(self, base: StandardVersion, folder: Path) -> None:
        self.base, self.version, self.folder = base, base.version, folder

    @property
    def schema_index(self) -> dict[str, Any]:
        return self.base.schema_index

    def load_json(self, name: str) -> Any:
        if name == "migration.json":
            return json.loads((self.folder / name).read_text(encoding="utf-8"))
        return self.base.load_json(name)

    def path(self, name: str) -> Path:
        return self.folder / name if name == "migration.json" else self.base.path(name)


@pytest.fixture(scope="module")
def real_versions(tmp_path_factory):
    """The package's versions; the current one's map is built from the sources if it is not shipped yet."""
    from ccai_standards import standard_versions

    current = standard_versions.current()
    if current.path("migration.json").is_file() or len(standard_versions.known_versions()) == 1:
        return engine.package_versions()
    from conftest import require

    require("linkml_runtime", "the migration map of the current version is not built yet")
    from generators.migration_map import current_migration_json

    folder = tmp_path_factory.mktemp("built-map")
    built = current_migration_json(ROOT)
    assert built is not None, "the current version has older releases, so it must have a migration map"
    (folder / "migration.json").write_bytes(built)

    class Versions:
        def known(self) -> tuple[str, ...]:
            return standard_versions.known_versions()

        def get(self, version: str) -> Any:
            found = standard_versions.for_version(version)
            return _WithBuiltMap(found, folder) if version == standard_versions.CURRENT else found

    return Versions()


def _documents(folder: Path) -> list[Any]:
    from ccai_standards.document import Document
    from ccai_standards.reading import read

    items = list(read([folder]))
    assert all(isinstance(i, Document) for i in items), [str(i) for i in items if not isinstance(i, Document)]
    return items


def _migrate_and_validate(records: list[dict[str, Any]], versions: Any, refs: str = "error") -> None:
    import ccai_standards
    from ccai_standards import STANDARD_VERSION

    migrator = Migrator(STANDARD_VERSION, versions)
    results = [migrator.migrate(r) for r in records]
    assert all(r.record["conforms_to"] == STANDARD_VERSION for r in results)
    unmigrated = {i for i, r in enumerate(results) if r.problems}
    findings = ccai_standards.validate([r.record for r in results], refs=refs)
    for finding in failing(findings):
        assert finding.location.document in unmigrated, (f"record {finding.location.document} was migrated with "
                                                          f"no problem reported, yet: {finding}")


def test_every_valid_example_migrated_to_the_current_version_validates_as_one_batch(real_versions):
    documents = _documents(DATA / "valid")
    records = [d.data for d in documents]
    _migrate_and_validate(records, real_versions)
    from ccai_standards import STANDARD_VERSION

    migrator = Migrator(STANDARD_VERSION, real_versions)
    for record in records:
        if record["conforms_to"] == STANDARD_VERSION:
            result = migrator.migrate(record)
            assert result.status == "unchanged" and result.record == record


def test_the_valid_examples_written_for_the_oldest_release_migrate_and_validate(real_versions):
    """The examples, claiming the oldest release: those valid there must be valid after migration."""
    import ccai_standards
    from ccai_standards.standard_versions import known_versions

    oldest = known_versions()[0]
    records = [dict(d.data, conforms_to=oldest) for d in _documents(DATA / "valid")]
    before = ccai_standards.validate(records)
    invalid = {f.location.document for f in before}
    kept = [r for i, r in enumerate(records) if i not in invalid]
    assert kept, "no example is valid under the oldest release"
    _migrate_and_validate(kept, real_versions, refs="error" if not invalid else "off")


def test_the_frozen_examples_of_each_release_migrate_and_validate(real_versions):
    frozen = sorted((ROOT / "releases").glob("*/examples/valid"))
    for folder in frozen:
        _migrate_and_validate([d.data for d in _documents(folder)], real_versions)


def test_the_leftover_check_finds_nothing_in_valid_examples_and_something_in_a_broken_one():
    from ccai_standards import standard_versions

    for document in _documents(DATA / "valid"):
        version = standard_versions.for_version(document.data["conforms_to"])
        record = engine._Record(copy.deepcopy(document.data), None)
        engine.leftovers(record, version.schema_index, version.version)
        assert not record.problems, (document.source, record.problems)
    broken = copy.deepcopy(_documents(DATA / "valid")[0].data)
    broken["not_a_field"] = 1
    record = engine._Record(broken, None)
    engine.leftovers(record, standard_versions.for_version(broken["conforms_to"]).schema_index, "x")
    assert [p.path for p in record.problems] == ["$.not_a_field"]


def test_the_package_ships_a_map_for_every_version_but_the_first():
    """Once build_all writes artifacts/migration.json, every version after the first has one."""
    from ccai_standards import standard_versions

    known = standard_versions.known_versions()
    for version in known[1:]:
        path = standard_versions.for_version(version).path("migration.json")
        if not path.is_file():
            pytest.xfail(f"{path} is not built yet (generators/artifacts.py build_all does not write it yet)")
        mp = parse_map(json.loads(path.read_text(encoding="utf-8")), str(path))
        assert mp.to_version == version and mp.from_version == known[known.index(version) - 1]


def test_a_yaml_stream_keeps_every_record_s_context_list_or_mapping(tmp_path, capsys):
    from ccai_standards.cli import main as ccai
    from ccai_standards.standard_versions import CURRENT, known_versions

    oldest = known_versions()[0]
    address = f"https://w3id.org/ccai/schema/{CURRENT}/ccai.context.jsonld"
    stream = tmp_path / "stream.yaml"
    stream.write_text(f'---\n"@context": ["{address}"]\ntype: Person\nconforms_to: "{CURRENT}"\n'
                      f'id: https://p.example/a\nname: A\n---\ntype: Person\nconforms_to: "{oldest}"\n'
                      "id: https://p.example/b\nname: B  # a comment in the second document\n")
    assert ccai(["migrate", "--to", CURRENT, "--in-place", str(stream)]) == 0
    out = capsys.readouterr()
    first = next(yaml.safe_load_all(stream.read_text()))
    assert first["@context"] == [address], "an unchanged record keeps its context as written"
    assert "comments are not kept" in out.out + out.err, "a comment in any document is worth the note"
    assert ccai(["validate", str(stream)]) == 0
