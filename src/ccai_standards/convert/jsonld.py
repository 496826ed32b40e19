"""Any CCAI record as linked data: JSON-LD compact form and Turtle, through the generated context.

The JSON-LD is the record itself plus ``@context``, so `ccai validate` reads it like the
source. The context is referenced by its published, versioned address by default (the
document stays small); ``context="inline"`` embeds it so the file expands offline.
Turtle is made locally with rdflib from the embedded context; nothing is fetched.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from .. import resources
from .context import Batch, Context
from .results import ConversionError, shown

CONTEXT_FILE = "ccai.context.jsonld"
PREFIXES = {"ccai": "https://w3id.org/ccai/", "dcterms": "http://purl.org/dc/terms/",
            "schema": "http://schema.org/", "dpv": "https://w3id.org/dpv#", "odrl": "http://www.w3.org/ns/odrl/2/",
            "prov": "http://www.w3.org/ns/prov#", "xsd": "http://www.w3.org/2001/XMLSchema#"}


def context_url() -> str:
    """Where the site publishes the context of this version of the standard."""
    return resources.schema_index()["artifact_base_url"] + CONTEXT_FILE


def context_terms() -> dict[str, Any]:
    return resources.jsonld_context()["@context"]


@lru_cache(maxsize=None)
def enum_iris(slot: str) -> dict[str, str]:
    """The IRI of every value of an enum field, as the generated context maps them
    (for example digital_source_type -> IPTC codes, consent_status -> DPV statuses)."""
    term = context_terms().get(slot)
    if not isinstance(term, dict) or not isinstance(term.get("@context"), dict):
        raise KeyError(f"the context has no value map for {slot}")
    return dict(term["@context"])


def as_jsonld(record: dict[str, Any], inline: bool = False) -> dict[str, Any]:
    body = {k: v for k, v in record.items() if k != "@context"}
    return {"@context": context_terms() if inline else context_url(), **body}


def export_jsonld(batch: Batch, ctx: Context) -> Any:
    """One JSON-LD document per record (JSON Lines when there are several)."""
    mode = ctx.option("context", "url")
    if mode not in ("url", "inline"):
        raise ConversionError(f"context must be `url` or `inline`, not `{mode}`")
    documents = [as_jsonld(r, inline=mode == "inline") for r in batch.records]
    return documents[0] if len(documents) == 1 else documents


def graph(records: list[dict[str, Any]]) -> Any:
    """An rdflib graph of the records, built offline from the packaged context."""
    try:
        import rdflib
    except ImportError:
        raise ConversionError("Turtle output needs rdflib: pip install rdflib") from None
    result = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        result.bind(prefix, namespace, override=True, replace=True)
    terms = context_terms()
    for record in records:
        keyword = _nested_keyword(record)
        if keyword is not None:
            raise ConversionError(f"record {shown(record.get('id'))} holds the JSON-LD keyword `{shown(keyword)}` inside "
                                  "it; only the CCAI context is used, and nothing is fetched, so it is refused")
        before = len(result)
        try:
            result.parse(data=json.dumps(as_jsonld(record) | {"@context": terms}), format="json-ld")
        except Exception as exc:  # rdflib's own errors have no common base class
            raise ConversionError(f"record {shown(record.get('id'))} cannot be read as linked data: "
                                  f"{shown(str(exc), 200)}") from None
        if len(result) == before:
            raise ConversionError(f"record {shown(record.get('id'))} gives no linked data at all (is its id an "
                                  "absolute IRI without spaces?); nothing would be written for it")
    return result


def _nested_keyword(record: dict[str, Any]) -> str | None:
    """The first key below the top level that is a JSON-LD keyword (`@context`, `@id` …), if any.

    Such a key could bring in a remote context or change what a field means; CCAI records
    never need one.
    """
    stack: list[Any] = [v for k, v in record.items() if k != "@context"]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and key.startswith("@"):
                    return key
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return None


def export_turtle(batch: Batch, ctx: Context) -> str:
    try:
        return graph(batch.records).serialize(format="turtle")
    except ConversionError:
        raise
    except Exception as exc:  # an IRI rdflib cannot write, say
        raise ConversionError(f"the records cannot be written as Turtle: {shown(str(exc), 200)}") from None
