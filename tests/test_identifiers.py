"""Identifiers of works the schema accepts: ISCC (ISO 24138) content codes alongside ISRC, ISBN and the rest."""

from __future__ import annotations

import pytest

import ccai_standards

WORK = {"type": "CreativeWork", "conforms_to": "0.2.0", "id": "https://id.example/works/harbour",
        "title": "Harbour at Dawn", "work_kind": "photograph"}


@pytest.mark.parametrize("code, valid", [
    ("ISCC:KACT4EBWK27737D2AYCJRAL5Z36G76RFRMO4554RU26HZ4ORJGIVHDI", True),  # an ISCC-CODE
    ("ISCC:AAAT4EBWK27737D2", True), ("ISCC:EAAQMBEYQF6457DP", True),  # a Meta-Code and a Content-Code
    ("iscc:kact4ebwk27737d2", False),  # not the canonical form
    ("ISCC:KACT4EBWK27737D1", False),  # 1 is not in base32
    ("ISCC:KACT", False), ("KACT4EBWK27737D2AYCJ", False),
])
def test_iscc_codes_in_their_canonical_form(code, valid):
    findings = [f for f in ccai_standards.validate({**WORK, "iscc": code}, refs="off") if f.is_error]
    assert (findings == []) is valid, findings
