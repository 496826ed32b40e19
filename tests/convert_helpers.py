"""Helpers for the converter tests: fixtures, an offline JSON-LD loader, a throwaway C2PA signer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import ARTIFACTS, DATA, require

FIXTURES = DATA / "convert"
VALID = DATA / "valid"
IMPORT_CONTEXT = {"declared_by": "https://id.ccai-registry.example/people/importer",
                  "declared_at": "2025-06-01T12:00:00Z"}
PREFERENCE_FILES = sorted(VALID.glob("UsagePreference-*.yaml")) + sorted((FIXTURES / "ccai").glob("UsagePreference-*.yaml"))


def record(path: Path) -> dict[str, Any]:
    from conftest import load_record

    return load_record(path)


def text(*paths: Path) -> str:
    """Several YAML records as one stream, the way a batch is given to `convert`."""
    return "\n---\n".join(p.read_text(encoding="utf-8") for p in paths)


def offline_loader():
    """A pyld document loader that serves the contexts the outputs reference from local files
    and refuses everything else, so a test can never reach the network."""
    from ccai_standards.convert.jsonld import context_url

    local = {
        "http://www.w3.org/ns/odrl.jsonld": FIXTURES / "contexts" / "odrl.jsonld",
        context_url(): ARTIFACTS / "ccai.context.jsonld",
    }

    def load(url: str, options: Any = None) -> dict[str, Any]:
        if url not in local:
            raise AssertionError(f"the test tried to load {url} from the network")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": json.loads(local[url].read_text(encoding="utf-8"))}

    return load


def expand(document: Any) -> list[Any]:
    jsonld = require("pyld", "JSON-LD outputs are expanded with pyld").jsonld
    return jsonld.expand(document, {"documentLoader": offline_loader()})


def to_graph(document: Any):
    """An rdflib graph of a JSON-LD document, expanded offline first."""
    rdflib = require("rdflib", "JSON-LD outputs are read as RDF")
    return rdflib.Graph().parse(data=json.dumps(expand(document)), format="json-ld")


def tiny_png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + \
        chunk(b"IEND", b"")


def c2pa_signer():
    """A C2PA signer with a throwaway CA made on the spot (the result is valid but untrusted)."""
    require("c2pa", "exported manifests are signed with c2pa-python")
    require("cryptography", "the throwaway certificate authority")
    from ccai_standards.provenance.demo import demo_authority
    from ccai_standards.provenance.signing import SigningMaterial

    authority = demo_authority("CCAI tests")
    return SigningMaterial(authority.chain, authority.key).signer()


def sign_and_read(manifest: dict[str, Any], intent: str | None = None) -> tuple[dict[str, Any], Any]:
    """Sign a tiny PNG with the manifest definition and read the manifest store back."""
    import io

    c2pa = require("c2pa", "exported manifests are signed with c2pa-python")
    builder = c2pa.Builder(json.dumps(manifest))
    if intent:
        builder.set_intent(getattr(c2pa.C2paBuilderIntent, intent))
    source, signed = io.BytesIO(tiny_png()), io.BytesIO()
    builder.sign(c2pa_signer(), "image/png", source, signed)
    signed.seek(0)
    reader = c2pa.Reader("image/png", signed)
    return json.loads(reader.json()), reader
