"""IPTC/PLUS: the XMP sidecar parses as RDF/XML, the single DataMining value is chosen so it
never allows more than the preference, and every PLUS value reads back."""

from __future__ import annotations

import pytest
from convert_helpers import FIXTURES, IMPORT_CONTEXT, text
from conftest import require

from ccai_standards.convert import iptc_plus
from ccai_standards.convert.api import convert
from ccai_standards.convert.results import ConversionError

PLUS = "http://ns.useplus.org/ldf/xmp/1.0/"


def pref(*rules, **extra):
    return {"type": "UsagePreference", "conforms_to": "0.1.0", "id": "https://example.org/p",
            "declared_by": "https://example.org/party", "declared_at": "2025-01-01T00:00:00Z",
            "use_preferences": [dict(zip(("use", "permission", "constraint_info"), r)) for r in rules], **extra}


@pytest.mark.parametrize("rules, value", [
    ([("data_mining", "not_allowed")], iptc_plus.PROHIBITED),
    ([("data_mining", "not_allowed"), ("search_indexing", "allowed")], iptc_plus.ONLY_SEARCH),
    ([("ai_training", "not_allowed")], iptc_plus.NO_AIML),
    ([("generative_ai_training", "not_allowed")], iptc_plus.NO_GENAIML),
    ([("data_mining", "allowed"), ("search_indexing", "allowed")], iptc_plus.ALLOWED),
    # DMI-ALLOWED would also allow search-engine indexing, about which the record says nothing
    ([("data_mining", "allowed")], iptc_plus.UNSPECIFIED),
    ([("data_mining", "constrained", "licence needed")], iptc_plus.SEE_CONSTRAINT),
    ([("ai_inference", "not_allowed")], iptc_plus.UNSPECIFIED),
    # a refusal of one mining use is never lost to DMI-UNSPECIFIED
    ([("evaluation", "not_allowed")], iptc_plus.PROHIBITED),
    ([("fine_tuning", "not_allowed")], iptc_plus.NO_AIML),
])
def test_value_chosen(rules, value):
    assert iptc_plus.choose(pref(*rules))[0] == value


def test_inference_has_no_plus_category():
    warnings = convert(pref(("data_mining", "allowed"), ("ai_inference", "not_allowed")), to="xmp").warnings
    assert any(w.code == "CONVERT-lossy" and "inference" in w.message and w.path == "$.use_preferences[1]"
               for w in warnings)


def test_sidecar_parses_as_rdf_xml_with_the_digital_source_type():
    rdflib = require("rdflib", "the XMP sidecar must parse as RDF/XML")
    mixed = FIXTURES / "ccai" / "UsagePreference-photographer-mixed.yaml"
    work = FIXTURES / "ccai" / "CreativeWork-harbour-at-dawn.yaml"
    sidecar = convert(text(mixed, work), to="xmp").output
    body = sidecar[sidecar.index("<rdf:RDF"): sidecar.index("</rdf:RDF>") + len("</rdf:RDF>")]  # inside x:xmpmeta
    graph = rdflib.Graph().parse(data=body, format="xml")
    values = {str(p): str(o) for _, p, o in graph if not isinstance(o, rdflib.BNode)}
    # ai_training and evaluation are not listed, so the default (not_allowed) applies to them: only
    # "prohibited except search engine indexing" keeps the refusal of evaluation
    assert values[PLUS + "DataMining"] == "http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-EXCEPTSEARCHENGINEINDEXING"
    assert values[iptc_plus.IPTC_EXT_NS + "DigitalSourceType"] == \
        "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"


def test_other_constraints_keeps_refusals_that_the_single_value_would_soften():
    source = pref(("data_mining", "constrained", "research only"), ("generative_ai_training", "not_allowed"))
    back = convert(convert(source, to="xmp").output, frm="xmp", to="ccai", **IMPORT_CONTEXT).output
    got = {r["use"]: r for r in back["use_preferences"]}
    assert got["data_mining"]["constraint_info"] == "research only."
    assert got["generative_ai_training"]["permission"] == "not_allowed"


def test_refusals_that_come_from_the_default_are_named_too():
    source = pref(("data_mining", "constrained", "licence"), default_permission="not_allowed")
    value, other = iptc_plus.choose(source)
    assert value == iptc_plus.SEE_CONSTRAINT
    assert other == "licence. Not allowed in any case: ai_training, evaluation, search_indexing."


def test_import_sidecar_written_by_another_tool():
    result = convert((FIXTURES / "xmp" / "sidecar-see-constraint.xmp").read_text(), frm="xmp", to="ccai",
                     **IMPORT_CONTEXT)
    assert result.output["use_preferences"] == [{"use": "data_mining", "permission": "constrained",
                                                 "constraint_info": "Mining allowed only under a licence from the "
                                                                    "photographer."},
                                                {"use": "search_indexing", "permission": "not_allowed"}]
    assert result.output["licensing_contact"] == "https://photographer.example/licensing"
    # the digital source type is not a preference; and a sidecar does not say what it applies to
    assert [w.code for w in result.warnings] == ["CONVERT-lossy", "CONVERT-missing"]
    assert "CCAI-PREF-003" in result.warnings[1].message and "--work" in result.warnings[1].message
    with_work = convert((FIXTURES / "xmp" / "sidecar-see-constraint.xmp").read_text(), frm="xmp", to="ccai",
                        **IMPORT_CONTEXT, works=["https://photographer.example/works/harbour-at-dawn"])
    assert [w.code for w in with_work.warnings] == ["CONVERT-lossy"]


def test_attribute_form_and_https_uri():
    back = convert((FIXTURES / "xmp" / "attribute-form.xmp").read_text(), frm="xmp", to="ccai", **IMPORT_CONTEXT)
    assert {r["use"]: r["permission"] for r in back.output["use_preferences"]} == {
        "data_mining": "not_allowed", "search_indexing": "allowed"}


@pytest.mark.parametrize("value", iptc_plus.VALUES[1:])
def test_every_value_reads_back(value):
    back = convert(value.lower(), frm="plus", to="ccai", **IMPORT_CONTEXT).output
    assert back["use_preferences"]


@pytest.mark.parametrize("source, message", [
    ("DMI-PERHAPS", "not a PLUS DataMining value"),
    ("DMI-UNSPECIFIED", "states no preference"),
    ((FIXTURES / "xmp" / "doctype.xmp").read_text(), "document type declaration"),
    ("<x:xmpmeta><unclosed></x:xmpmeta>", "not well-formed"),
])
def test_malformed_input(source, message):
    with pytest.raises(ConversionError, match=message):
        convert(source, frm="xmp", to="ccai", **IMPORT_CONTEXT)
