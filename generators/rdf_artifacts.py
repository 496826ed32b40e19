"""RDF artefacts: the OWL vocabulary, SHACL shapes and the JSON-LD context.

The three must agree with each other and with the JSON Schema on real data, so each is
post-processed from what LinkML generates:

* **Enum values are IRIs everywhere**: a value's ``meaning`` (for example a DPV consent
  status) or ``<namespace><Enum>#<value>``, the rule gen-owl already uses. The context maps
  the JSON strings to those IRIs; SHACL's ``sh:in`` lists the same IRIs.
* **``type`` is ``@type``** in the context, so a JSON-LD document gets the ``rdf:type`` that
  SHACL targets; the identifier and designator slots get no property shapes.
* **References are IRIs, not class checks**: SHACL would demand the referenced record be in
  the same graph (``sh:class``); a reference is checked for being a well-formed IRI and the
  validator resolves it across the batch. Inlined objects are checked with ``sh:node``, so
  they need no ``rdf:type`` of their own.
* **Record ids are checked**: every record shape gets ``sh:nodeKind sh:IRI`` and the id pattern.
"""

from __future__ import annotations

import json
from typing import Any

import rdflib
from linkml.generators.jsonldcontextgen import ContextGenerator
from linkml.generators.owlgen import OwlSchemaGenerator
from linkml.generators.shaclgen import ShaclGenerator
from rdflib import RDF, SH, Literal, URIRef
from rdflib.collection import Collection

from .canonical import canonical_turtle
from .schema_source import SchemaSource

CONTEXT_VERSION = 1.1


def _parse_turtle(text: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=text, format="turtle")
    return graph


def _rdf_prefixes(source: SchemaSource) -> dict[str, str]:
    prefixes = source.prefixes()
    prefixes.update(
        {
            "owl": "http://www.w3.org/2002/07/owl#",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "sh": "http://www.w3.org/ns/shacl#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        }
    )
    return prefixes


def build_owl(source: SchemaSource) -> bytes:
    generator = OwlSchemaGenerator(
        source.fresh_schema(),
        metadata=False,
        mergeimports=True,
        skip_vacuous_min_zero_cardinality_axioms=True,
        skip_vacuous_local_range_axioms=True,
        consolidate_cardinality_axioms=True,
    )
    return canonical_turtle(_parse_turtle(generator.serialize()), _rdf_prefixes(source))


def _slot_shapes(graph: rdflib.Graph, node_shape: URIRef) -> dict[URIRef, rdflib.term.Node]:
    return {graph.value(p, SH.path): p for p in graph.objects(node_shape, SH.property)}


def _remove_property_shape(graph: rdflib.Graph, node_shape: URIRef, prop_shape: rdflib.term.Node) -> None:
    graph.remove((node_shape, SH.property, prop_shape))
    for triple in list(graph.triples((prop_shape, None, None))):
        graph.remove(triple)


def build_shacl(source: SchemaSource) -> bytes:
    view = source.view
    generator = ShaclGenerator(source.fresh_schema(), mergeimports=True)
    graph = _parse_turtle(generator.serialize())
    record_id_pattern = view.schema.types["RecordId"].pattern

    for class_name in sorted(view.all_classes()):
        node_shape = URIRef(source.class_iri(class_name))
        if (node_shape, RDF.type, SH.NodeShape) not in graph:
            continue
        shapes = _slot_shapes(graph, node_shape)
        if class_name in source.record_classes:
            graph.add((node_shape, SH.nodeKind, SH.IRI))
            graph.add((node_shape, SH.pattern, Literal(record_id_pattern)))
        for slot in view.class_induced_slots(class_name):
            path = URIRef(source.slot_iri(slot))
            prop = shapes.get(path)
            if prop is None:
                continue
            if slot.identifier or slot.designates_type:
                _remove_property_shape(graph, node_shape, prop)
                continue
            if source.is_reference(slot):
                graph.remove((prop, SH["class"], None))
                graph.set((prop, SH.nodeKind, SH.IRI))
            elif source.is_inlined_object(slot):
                graph.remove((prop, SH["class"], None))
                graph.set((prop, SH.node, URIRef(source.class_iri(slot.range))))
                graph.set((prop, SH.nodeKind, SH.BlankNodeOrIRI))
            elif slot.range in view.all_enums():
                old = graph.value(prop, SH["in"])
                if old is not None:
                    Collection(graph, old).clear()
                    graph.remove((prop, SH["in"], old))
                values = [URIRef(source.enum_value_iri(slot.range, v)) for v in view.get_enum(slot.range).permissible_values]
                head = rdflib.BNode()
                Collection(graph, head, values)
                graph.add((prop, SH["in"], head))
                graph.remove((prop, SH.datatype, None))
                graph.set((prop, SH.nodeKind, SH.IRI))
    return canonical_turtle(graph, _rdf_prefixes(source))


def _is_web_address(view: Any, type_name: str | None) -> bool:
    seen = set()
    while type_name and type_name not in seen and view.get_type(type_name) is not None:
        if type_name in ("uri", "uriorcurie"):
            return True
        seen.add(type_name)
        type_name = view.get_type(type_name).typeof
    return False


def build_context(source: SchemaSource) -> dict[str, Any]:
    view = source.view
    raw = json.loads(ContextGenerator(source.fresh_schema(), metadata=False, mergeimports=True).serialize())
    context: dict[str, Any] = raw["@context"]
    context["@version"] = CONTEXT_VERSION
    for slot_name in view.all_slots():
        slot = view.get_slot(slot_name)
        if slot.designates_type:
            context[slot_name] = "@type"
            continue
        if _is_web_address(view, slot.range) and not slot.identifier:
            # SHACL expects web addresses as IRIs (links), so the context must produce IRIs.
            term = context.get(slot_name)
            iri = term.get("@id", slot_name) if isinstance(term, dict) else slot_name
            context[slot_name] = {"@id": iri, "@type": "@id"}
            continue
        ranges = {view.induced_slot(slot_name, c).range for c in view.all_classes() if slot_name in view.class_slots(c)}
        ranges.discard(None)
        enum_ranges = ranges & set(view.all_enums())
        if not enum_ranges:
            continue
        if len(ranges) != 1:
            raise ValueError(f"slot {slot_name} has several ranges {sorted(ranges)}; the JSON-LD context needs one")
        (enum_name,) = enum_ranges
        term = context.get(slot_name)
        iri = term.get("@id", slot_name) if isinstance(term, dict) else slot_name
        # Every value is listed: a value spelled like a field name (`name`, `consent`) would
        # otherwise expand through the outer context to that field's IRI.
        scoped = {value: source.enum_value_iri(enum_name, value)
                  for value in view.get_enum(enum_name).permissible_values}
        context[slot_name] = {"@id": iri, "@type": "@vocab", "@context": scoped}
    return {"@context": context}
