"""The mapping tables in docs/guides/interop.md agree with the converters, and the runtime stays light."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from convert_helpers import FIXTURES, VALID, record, text
from conftest import ROOT

from ccai_standards.convert import aipref
from ccai_standards.convert.api import convert
from ccai_standards.convert.registry import CCAI, CONVERTERS

DOC = (ROOT / "docs" / "guides" / "interop.md").read_text(encoding="utf-8")


def sections() -> dict[str, str]:
    """Format name -> its section of the page (a section names its formats as `name` in its heading)."""
    found = {}
    for chunk in DOC.split("\n## ")[1:]:
        heading = chunk.splitlines()[0]
        for name in re.findall(r"`([a-z0-9-]+)`", heading):
            found[name] = chunk
    return found


def rows(section: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in section.splitlines()
            if line.startswith("|") and not line.startswith("|---")]


def test_every_conversion_has_a_mapping_table():
    documented = sections()
    for converter in CONVERTERS:
        name = converter.to if converter.frm == CCAI else converter.frm
        assert name in documented, f"{name} has no section in interop.md"
        assert len(rows(documented[name])) > 1


def test_the_pinned_aipref_drafts_are_named_in_the_table():
    section = sections()["aipref-header"]
    assert aipref.VOCAB_DRAFT in section and aipref.ATTACH_DRAFT in section


BATCHES = {
    "cawg": [[p] for p in sorted(VALID.glob("UsagePreference-*.yaml")) + sorted((FIXTURES / "ccai").glob("Usage*"))],
    "spdx": [[VALID / "TrainingDataDisclosure-corvid-aria-2.yaml", VALID / "Dataset-licensed-voice-corpus.yaml",
              VALID / "Dataset-public-domain-spoken-word.yaml"],
             [VALID / "TrainingDataDisclosure-corvid-aria-1-5.yaml"]],
}
for _name in ("xmp", "tdmrep", "tdmrep-policy", "tdmrep-headers", "aipref-header", "robots", "content-signals", "rsl"):
    BATCHES[_name] = BATCHES["cawg"]
BATCHES["xmp"] = BATCHES["cawg"] + [[FIXTURES / "ccai" / "UsagePreference-photographer-mixed.yaml",
                                     FIXTURES / "ccai" / "CreativeWork-harbour-at-dawn.yaml"]]
for _name, _pattern in (("odrl", "ConsentRecord-*"), ("consent-receipt", "ConsentRecord-*"),
                        ("dpv-receipt", "ConsentRecord-*"), ("c2pa-actions", "AiUseDisclosure-*"),
                        ("eu-summary", "TrainingDataDisclosure-*"), ("croissant", "Dataset-*")):
    BATCHES[_name] = [[p] for p in sorted(VALID.glob(_pattern + ".yaml"))]


def field_of(warning, batch) -> str:
    """The field a warning is about: the use of a preference rule, else the last named segment of its path."""
    index = re.fullmatch(r"\$\.use_preferences\[(\d+)\]", warning.path)
    if index:
        source = next(r for r in (record(p) for p in batch) if r.get("id") == warning.record_id)
        return source["use_preferences"][int(index.group(1))]["use"]
    names = re.findall(r"\.([A-Za-z_]+)", warning.path)
    return names[-1] if names else "(record)"


@pytest.mark.parametrize("fmt", sorted(BATCHES))
def test_warnings_match_the_lossy_rows_of_the_table(fmt):
    table = rows(sections()[fmt])
    for batch in BATCHES[fmt]:
        options = {"issued_at": "2025-01-31T19:50:00Z"} if "receipt" in fmt else {}
        if fmt == "cawg":
            options["digital_source_type"] = "digital_capture"
        for warning in convert(text(*batch), to=fmt, **options).warnings:
            field = field_of(warning, batch)
            matching = [r for r in table if f"`{field}`" in r[0] and warning.code in r[-1]]
            assert matching, f"{fmt}: no row for `{field}` with {warning.code} ({warning.message})"


def test_the_permits_page_is_generated_from_the_vocabularies():
    from generators.guide_pages import permits_page

    from ccai_standards.convert.permits import ACTIVITIES, PREFERENCE_FORMATS

    page = permits_page()
    for formats, module in PREFERENCE_FORMATS():
        for category in module.VOCABULARY.categories:
            assert f"| `{category.label}` | {category.meaning}." in page, category.label
        for name in formats:
            assert f"`{name}`" in page
    for use in ACTIVITIES:
        assert f"| `{use}` |" in page
    preference_formats = {f for formats, _ in PREFERENCE_FORMATS() for f in formats}
    exports = {c.to for c in CONVERTERS if c.frm == CCAI and c.accepts and "UsagePreference" in c.accepts}
    assert exports <= preference_formats, exports - preference_formats


def test_importing_the_converters_is_light():
    code = ("import sys, ccai_standards.convert.api, ccai_standards.convert.cli, ccai_standards.convert.registry\n"
            "heavy = {'rdflib', 'pyld', 'c2pa', 'mlcroissant', 'spdx_python_model', 'linkml', 'pydantic', 'jsonschema',"
            " 'rfc8785', 'numpy', 'pandas'}\n"
            "print(sorted(heavy & set(m.split('.')[0] for m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
