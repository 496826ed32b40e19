"""`ccai bind` then `ccai verify`, with real signing by a throwaway certificate authority: the
round trip is authorised, and each way of breaking it gives its own finding."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, require

require("c2pa", "bind and verify sign and read C2PA manifests (the provenance extra)")
require("cryptography", "the tests make their own certificate authority")

from ccai_standards.provenance.assertion import LABEL, Authorisation, Citation, digest  # noqa: E402
from ccai_standards.provenance.demo import demo_authority, png, wav  # noqa: E402

RECORDS = ROOT / "docs" / "examples" / "provenance"
STUDIO = "https://ids.example/orgs/harbour-studios"
PROJECT = "https://ids.example/projects/tide-advert"
CONSENT = "https://ids.example/consents/okafor-tide-voice"
BEFORE_END = "2027-01-15T00:00:00Z"  # within the consent's term (it ends on 2027-06-01)


def ccai(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ccai_standards.cli", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True)


@pytest.fixture(scope="module")
def authority(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ca")
    anchor, chain, key = demo_authority().write(folder)
    return {"anchor": anchor, "chain": chain, "key": key}


@pytest.fixture
def work(tmp_path):
    (tmp_path / "clip.png").write_bytes(png())
    (tmp_path / "clip.wav").write_bytes(wav())
    shutil.copytree(RECORDS, tmp_path / "records")
    return tmp_path


def bind(work: Path, authority, asset="clip.png", out="bound.png", use="voice_cloning", *extra):
    return ccai("bind", asset, "--records", "records", "-o", out, "--use", use, "--by", STUDIO, "--project", PROJECT,
                "--digital-source-type", "trained_algorithmic_media", "--cert", authority["chain"], "--key",
                authority["key"], *extra, cwd=work)


def verify(work: Path, authority, asset="bound.png", records="records", *extra, anchors=True):
    args = ["verify", asset, "--records", records, "--at", BEFORE_END, "--format", "json", *extra]
    if anchors:
        args += ["--trust-anchors", authority["anchor"]]
    run = ccai(*args, cwd=work)
    assert run.returncode in (0, 1), run.stderr
    return run.returncode, json.loads(run.stdout)


def codes(answer) -> list[str]:
    return [r["code"] for r in answer["reasons"]]


@pytest.mark.parametrize("asset,out", [("clip.png", "bound.png"), ("clip.wav", "bound.wav")])
def test_bind_then_verify_is_authorised(work, authority, asset, out):
    run = bind(work, authority, asset, out)
    assert run.returncode == 0, run.stderr
    assert CONSENT in run.stdout
    code, answer = verify(work, authority, out)
    assert (code, answer["verdict"]) == (0, "authorised"), answer
    assert answer["consent"] == CONSENT and answer["validation_state"] == "Trusted"
    assert answer["authorisation"]["uses"] == ["voice_cloning"] and answer["authorisation"]["used_by"] == [STUDIO]
    text = ccai("verify", out, "--records", "records", "--at", BEFORE_END, "--trust-anchors", authority["anchor"],
                cwd=work)
    assert text.returncode == 0 and text.stdout.startswith(f"{out}: authorised by {CONSENT}")


def test_the_manifest_holds_the_assertion_actions_and_a_schema_valid_authorisation(work, authority):
    import c2pa
    import jsonschema

    assert bind(work, authority).returncode == 0
    reader = c2pa.Reader("image/png", io.BytesIO((work / "bound.png").read_bytes()))
    store = json.loads(reader.json())
    manifest = store["manifests"][store["active_manifest"]]
    labels = [a["label"] for a in manifest["assertions"]]
    assert LABEL in labels and "c2pa.actions.v2" in labels
    actions = next(a for a in manifest["assertions"] if a["label"] == "c2pa.actions.v2")["data"]["actions"]
    assert actions[0]["action"] == "c2pa.created"
    assert actions[0]["digitalSourceType"].endswith("/trainedAlgorithmicMedia")
    data = next(a for a in manifest["assertions"] if a["label"] == LABEL)["data"]
    schema = json.loads((ROOT / "src/ccai_standards/artifacts/ccai.authorisation.schema.json").read_text())
    jsonschema.Draft201909Validator(schema, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER).validate(data)
    consent = next(r for r in data["records"] if r["id"] == CONSENT)
    from ccai_standards.reading import read

    (record,) = [d.data for d in read(Path(RECORDS / "consent.yaml"))]
    assert consent["sha256"] == digest(record)
    for broken in ({**data, "uses": ["not_a_use"]}, {**data, "records": []}, {k: v for k, v in data.items()
                                                                               if k != "used_by"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.Draft201909Validator(schema).validate(broken)


def _flip(path: Path, marker: bytes, offset: int, out: Path) -> None:
    data = bytearray(path.read_bytes())
    at = data.find(marker)
    assert at > 0, marker
    data[at + offset] ^= 0x01
    out.write_bytes(bytes(data))


def test_changed_image_bytes_are_found(work, authority):
    assert bind(work, authority).returncode == 0
    _flip(work / "bound.png", b"IDAT", 10, work / "changed.png")
    code, answer = verify(work, authority, "changed.png")
    assert (code, answer["verdict"]) == (1, "not authorised")
    assert codes(answer) == ["PROV-asset-changed"]


def test_changed_audio_bytes_are_found(work, authority):
    assert bind(work, authority, "clip.wav", "bound.wav").returncode == 0
    _flip(work / "bound.wav", b"data", 200, work / "changed.wav")
    code, answer = verify(work, authority, "changed.wav")
    assert answer["verdict"] == "not authorised" and codes(answer) == ["PROV-asset-changed"]


def test_a_changed_manifest_is_found(work, authority):
    assert bind(work, authority).returncode == 0
    _flip(work / "bound.png", b"voice_cloning", 2, work / "changed.png")  # inside the CBOR of the assertion
    code, answer = verify(work, authority, "changed.png")
    assert answer["verdict"] == "not authorised" and codes(answer) == ["PROV-manifest-changed"]


def test_a_changed_record_is_found(work, authority):
    assert bind(work, authority).returncode == 0
    consent = work / "records" / "consent.yaml"
    consent.write_text(consent.read_text().replace('amount: "2400.00"', 'amount: "240.00"'))
    code, answer = verify(work, authority)
    assert answer["verdict"] == "not authorised" and codes(answer) == ["PROV-record-changed"]


def test_a_consent_withdrawn_since_is_found(work, authority):
    assert bind(work, authority).returncode == 0
    consent = work / "records" / "consent.yaml"
    consent.write_text(consent.read_text().replace(
        "consent_status: given\n", "consent_status: withdrawn\nrevocation:\n  revoked_at: \"2027-01-01T09:00:00Z\"\n"
        "  revoked_by: https://ids.example/people/maya-okafor\n  effective_at: \"2027-01-01T09:00:00Z\"\n"
        "  reason: She no longer wants her voice used in adverts.\n"))
    code, answer = verify(work, authority)
    assert answer["verdict"] == "not authorised"
    assert codes(answer) == ["PROV-withdrawn"], answer
    assert "now" not in answer["reasons"][0]["message"] and "at the time asked about" in answer["reasons"][0]["message"]
    # Before the withdrawal took effect, the same asset was authorised.
    _, earlier = verify(work, authority, "bound.png", "records", "--at", "2026-12-31T00:00:00Z")
    assert earlier["verdict"] == "authorised", earlier


def _sign_claiming(work: Path, authority, uses: tuple[str, ...], out: str) -> None:
    """A manifest that claims what bind would refuse to claim (as a dishonest signer could write)."""
    import c2pa

    from ccai_standards.provenance.bind import manifest_definition, read_records
    from ccai_standards.provenance.signing import SigningMaterial

    records, _ = read_records([work / "records"])
    consent = next(r for r in records if r["type"] == "ConsentRecord")
    claim = Authorisation("0.2.0", "2026-12-02T10:00:00Z", uses, (STUDIO,), (Citation.of(consent),),
                          consent["subject"], PROJECT)
    manifest = manifest_definition(claim, records, "trained_algorithmic_media")
    signer = SigningMaterial(authority["chain"].read_bytes(), authority["key"].read_bytes()).signer()
    signed = io.BytesIO()
    c2pa.Builder(json.dumps(manifest)).sign(signer, "image/png", io.BytesIO(png()), signed)
    (work / out).write_bytes(signed.getvalue())


def test_a_use_outside_the_consent_is_found(work, authority):
    _sign_claiming(work, authority, ("generative_ai_training",), "training.png")
    code, answer = verify(work, authority, "training.png")
    assert answer["verdict"] == "not authorised" and codes(answer) == ["PROV-use"]
    assert "generative_ai_training" in answer["reasons"][0]["message"]


def test_bind_refuses_what_the_records_do_not_authorise(work, authority):
    run = bind(work, authority, "clip.png", "bound.png", "generative_ai_training")
    assert run.returncode == 1 and "PROV-use" in run.stderr and not (work / "bound.png").exists()
    other = ccai("bind", "clip.png", "--records", "records", "-o", "other.png", "--use", "voice_cloning", "--by",
                 "https://ids.example/orgs/someone-else", "--project", PROJECT, "--digital-source-type",
                 "trained_algorithmic_media", "--cert", authority["chain"], "--key", authority["key"], cwd=work)
    assert other.returncode == 1 and "PROV-use" in other.stderr and "granted to" in other.stderr
    wrong_project = ccai("bind", "clip.png", "--records", "records", "-o", "p.png", "--use", "voice_cloning", "--by",
                         STUDIO, "--project", "https://ids.example/projects/other", "--digital-source-type",
                         "trained_algorithmic_media", "--cert", authority["chain"], "--key", authority["key"], cwd=work)
    assert wrong_project.returncode == 1 and "PROV-project" in wrong_project.stderr
    (work / "records" / "maya.yaml").write_text("type: Person\nconforms_to: \"0.2.0\"\nid: x\n")
    invalid = bind(work, authority, "clip.png", "x.png")
    assert invalid.returncode == 1 and "SCHEMA-" in invalid.stderr and not (work / "x.png").exists()


def test_bind_never_overwrites_and_needs_signing_material(work, authority):
    (work / "bound.png").write_bytes(b"keep me")
    run = bind(work, authority)
    assert run.returncode == 2 and "never overwrites" in run.stderr
    assert (work / "bound.png").read_bytes() == b"keep me"
    no_key = ccai("bind", "clip.png", "--records", "records", "-o", "new.png", "--use", "voice_cloning", "--by", STUDIO,
                  cwd=work)
    assert no_key.returncode == 2 and "CCAI_SIGN_CERT" in no_key.stderr
    (work / "notes.txt").write_text("hello")
    kind = bind(work, authority, "notes.txt", "notes-bound.txt")
    assert kind.returncode == 2 and "cannot sign this kind of file" in kind.stderr


def test_signing_material_from_the_environment(work, authority):
    import os

    env = {**os.environ, "CCAI_SIGN_CERT": str(authority["chain"]), "CCAI_SIGN_KEY": str(authority["key"])}
    run = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "bind", "clip.png", "--records", "records", "-o",
                          "env.png", "--use", "voice_cloning", "--by", STUDIO, "--project", PROJECT,
                          "--digital-source-type", "trained_algorithmic_media"], cwd=work, capture_output=True,
                         text=True, env=env)
    assert run.returncode == 0, run.stderr


def test_an_untrusted_signer_is_cannot_tell_never_authorised(work, authority, tmp_path):
    assert bind(work, authority).returncode == 0
    code, answer = verify(work, authority, anchors=False)
    assert (code, answer["verdict"]) == (1, "cannot tell") and codes(answer) == ["PROV-untrusted"]
    other = tmp_path / "other-ca"
    other.mkdir()
    stranger, _, _ = demo_authority("Someone else").write(other)
    run = ccai("verify", "bound.png", "--records", "records", "--trust-anchors", stranger, "--at", BEFORE_END,
               "--format", "json", cwd=work)
    assert run.returncode == 1 and json.loads(run.stdout)["verdict"] == "cannot tell"


def test_a_receipt_stands_in_for_the_record(work, authority):
    assert bind(work, authority).returncode == 0
    receipt = ccai("convert", "--to", "consent-receipt", "records/consent.yaml", "--issued-at", "2026-06-01T00:00:00Z",
                   cwd=work)
    assert receipt.returncode == 0, receipt.stderr
    kept = work / "kept"
    kept.mkdir()
    (kept / "receipt.json").write_text(receipt.stdout)
    code, answer = verify(work, authority, "bound.png", "kept")
    assert answer["verdict"] == "cannot tell", answer
    assert "PROV-receipt" in codes(answer) and not {"PROV-use", "PROV-record-changed"} & set(codes(answer))


def test_an_asset_without_a_manifest_or_assertion_is_not_authorised(work, authority):
    code, answer = verify(work, authority, "clip.png")
    assert answer["verdict"] == "not authorised" and codes(answer) == ["PROV-no-manifest"]
    import c2pa

    from ccai_standards.provenance.signing import SigningMaterial

    manifest = {"claim_generator_info": [{"name": "t", "version": "1"}], "assertions": [
        {"label": "c2pa.actions.v2", "data": {"actions": [{"action": "c2pa.created", "digitalSourceType":
                                                          "http://cv.iptc.org/newscodes/digitalsourcetype/"
                                                          "trainedAlgorithmicMedia"}]}}]}
    signed = io.BytesIO()
    signer = SigningMaterial(authority["chain"].read_bytes(), authority["key"].read_bytes()).signer()
    c2pa.Builder(json.dumps(manifest)).sign(signer, "image/png", io.BytesIO(png()), signed)
    (work / "plain.png").write_bytes(signed.getvalue())
    code, answer = verify(work, authority, "plain.png")
    assert answer["verdict"] == "not authorised" and codes(answer) == ["PROV-no-assertion"]


def test_unreadable_input_exits_2(work, authority):
    (work / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    for asset in ("broken.png", "missing.png"):
        run = ccai("verify", asset, "--records", "records", cwd=work)
        assert run.returncode == 2, (asset, run.stdout, run.stderr)
        assert "Traceback" not in run.stderr


def test_sarif_output_of_a_verdict(work, authority):
    assert bind(work, authority).returncode == 0
    run = ccai("verify", "bound.png", "--records", "records", "--format", "sarif", cwd=work)
    log = json.loads(run.stdout)
    assert run.returncode == 1 and log["version"] == "2.1.0"
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["PROV-untrusted"]


def test_the_receipt_names_the_assets_bound_under_the_consent(work, authority):
    run = bind(work, authority, "clip.png", "bound.png", "voice_cloning", "--binding-record", "bound.binding.yaml")
    assert run.returncode == 0, run.stderr
    import hashlib

    import yaml

    binding = yaml.safe_load((work / "bound.binding.yaml").read_text())
    assert binding["type"] == "AssetBinding" and binding["bound_consents"] == [CONSENT]
    assert binding["asset_sha256"] == hashlib.sha256((work / "bound.png").read_bytes()).hexdigest()
    assert binding["manifest_label"].startswith("urn:c2pa:")
    both = work / "consent-and-binding.yaml"
    both.write_text((work / "records" / "consent.yaml").read_text() + "---\n" + (work / "bound.binding.yaml").read_text())
    receipt = ccai("convert", "--to", "consent-receipt", both, "--issued-at", "2026-12-01T00:00:00Z", cwd=work)
    assert receipt.returncode == 0, receipt.stderr
    assert json.loads(receipt.stdout)["bound_assets"] == [binding["id"]]
    (work / "records" / "receipt.json").write_text(receipt.stdout)
    shutil.copy(work / "bound.binding.yaml", work / "records" / "binding.yaml")
    check = ccai("validate", "records", cwd=work)
    assert check.returncode == 0, check.stdout
    # Without the binding in the batch, the receipt names no asset.
    alone = ccai("convert", "--to", "consent-receipt", "records/consent.yaml", "--issued-at", "2026-12-01T00:00:00Z",
                 cwd=work)
    assert "bound_assets" not in json.loads(alone.stdout)
    again = bind(work, authority, "clip.png", "other.png", "voice_cloning", "--binding-record", "bound.binding.yaml")
    assert again.returncode == 2 and "never overwrites" in again.stderr and not (work / "other.png").exists()


def test_the_preferences_in_the_records_go_into_the_manifest_as_cawg_training_mining(work, authority):
    import c2pa

    (work / "records" / "preference.yaml").write_text(
        'type: UsagePreference\nconforms_to: "0.2.0"\nid: https://ids.example/preferences/okafor-catalogue\n'
        "declared_by: https://ids.example/people/maya-okafor\ncatalogue_of: https://ids.example/people/maya-okafor\n"
        "use_preferences:\n  - use: generative_ai_training\n    permission: not_allowed\n"
        'default_permission: not_allowed\ndeclared_at: "2026-05-01T00:00:00Z"\nvalid_from: "2026-05-01T00:00:00Z"\n')
    assert ccai("validate", "records", cwd=work).returncode == 0
    run = bind(work, authority)
    assert run.returncode == 0, run.stderr
    store = json.loads(c2pa.Reader("image/png", io.BytesIO((work / "bound.png").read_bytes())).json())
    assertions = {a["label"]: a["data"] for a in store["manifests"][store["active_manifest"]]["assertions"]}
    mining = assertions["cawg.training-mining"]["entries"]
    assert mining["cawg.ai_generative_training"]["use"] == "notAllowed"
    assert LABEL in assertions and "c2pa.actions.v2" in assertions
    _, answer = verify(work, authority)
    assert answer["verdict"] == "authorised", answer
