"""Canonical serialisations, so that two builds give byte-identical artefacts."""

from __future__ import annotations

import json
from typing import Any

import rdflib
from linkml_runtime.utils.rdf_canonicalize import canonicalize_rdf_graph


def canonical_json(data: Any) -> bytes:
    """Sorted keys, two-space indent, UTF-8, trailing newline."""
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def canonical_turtle(graph: rdflib.Graph, prefixes: dict[str, str]) -> bytes:
    """Turtle with RDFC-1.0 blank-node labels, sorted triples and a fixed prefix table.

    rdflib binds ``schema:`` to https://schema.org/ by default and then writes our
    http://schema.org/ terms as ``schema1:``; binding every prefix ourselves avoids that.
    """
    out = rdflib.Graph(bind_namespaces="none")
    for prefix, ns in sorted(prefixes.items()):
        out.bind(prefix, rdflib.Namespace(ns), override=True, replace=True)
    for triple in graph:
        out.add(triple)
    return canonicalize_rdf_graph(out, output_format="turtle").encode("utf-8")
