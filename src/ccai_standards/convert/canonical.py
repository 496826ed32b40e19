"""RFC 8785 JSON Canonicalization Scheme (JCS), for the digest a consent receipt carries.

CCAI records hold strings, integers, booleans, lists and objects (money and percentages
are decimal strings), so the parts of JCS that matter are: object keys sorted by UTF-16
code units, no whitespace, and JSON's own string escaping. Floats, which records should
not hold, are written in the ECMAScript shortest form as the RFC requires.
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any


def _number(value: float) -> str:
    if not math.isfinite(value):
        raise ValueError("JSON has no NaN or infinity")
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        sign = "-" if exponent.startswith("-") else "+"
        text = f"{mantissa}e{sign}{int(exponent.lstrip('+-'))}"
    return text


def canonical_json(value: Any) -> str:
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: kv[0].encode("utf-16-be"))
        return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{canonical_json(v)}" for k, v in items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(canonical_json(v) for v in value) + "]"
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return _number(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def sha256_hex(value: Any) -> str:
    """The SHA-256 digest of a record in canonical JSON, as the consent_sha256 field wants it."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
