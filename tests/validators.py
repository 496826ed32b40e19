"""The five validators a consumer might use, behind one interface, for the agreement tests.

Each `check(record)` returns a list of problems: empty means the record is accepted.
* python-jsonschema with format checking on, over the generated bundle;
* the LinkML validator over the merged schema artefact (closed classes);
* pyshacl over the RDF form of the record (JSON-LD with the generated context);
* the generated pydantic models;
* the npm package's validate() (Ajv, formats on) under Node, all examples in one run.
"""

from __future__ import annotations

import json
import logging
from functools import cached_property
from typing import Any

from conftest import ARTIFACTS, require


class JsonSchemaValidator:
    name = "jsonschema"

    @cached_property
    def _validator(self):
        jsonschema = require("jsonschema")
        schema = json.loads((ARTIFACTS / "ccai.schema.json").read_text(encoding="utf-8"))
        cls = jsonschema.Draft201909Validator
        return cls(schema, format_checker=cls.FORMAT_CHECKER)

    def check(self, record: dict[str, Any]) -> list[str]:
        return [f"{list(e.absolute_path)}: {e.message}" for e in self._validator.iter_errors(record)]


class LinkMLValidator:
    name = "linkml"

    @cached_property
    def _validator(self):
        require("linkml", "the LinkML validator is one of the four")
        logging.getLogger("linkml").setLevel(logging.ERROR)
        from linkml.validator import Validator
        from linkml.validator.plugins import JsonschemaValidationPlugin

        return Validator(schema=str(ARTIFACTS / "ccai.linkml.yaml"),
                         validation_plugins=[JsonschemaValidationPlugin(closed=True)])

    def check(self, record: dict[str, Any]) -> list[str]:
        report = self._validator.validate(record, record.get("type"))
        return [r.message for r in report.results]


class ShaclValidator:
    name = "shacl"

    @cached_property
    def _shapes(self):
        rdflib = require("rdflib")
        require("pyshacl")
        return rdflib.Graph().parse(ARTIFACTS / "ccai.shacl.ttl", format="turtle")

    @cached_property
    def _context(self) -> dict[str, Any]:
        return json.loads((ARTIFACTS / "ccai.context.jsonld").read_text(encoding="utf-8"))["@context"]

    def to_graph(self, record: dict[str, Any]):
        import rdflib

        document = {"@context": self._context, **record}
        return rdflib.Graph().parse(data=json.dumps(document), format="json-ld")

    def check(self, record: dict[str, Any]) -> list[str]:
        import pyshacl

        conforms, results, text = pyshacl.validate(self.to_graph(record), shacl_graph=self._shapes,
                                                   inference="none", allow_warnings=False)
        return [] if conforms else [text]


class PydanticValidator:
    name = "pydantic"

    @cached_property
    def _models(self):
        require("pydantic")
        from ccai_standards.artifacts import models

        return models

    def check(self, record: dict[str, Any]) -> list[str]:
        import pydantic

        model = getattr(self._models, str(record.get("type")), None)
        if model is None:
            return [f"no model for type {record.get('type')!r}"]
        try:
            model.model_validate(record)
        except pydantic.ValidationError as exc:
            return [str(exc)]
        return []


class NodeValidator:
    """The npm package, as JavaScript users run it. Node starts once for every record asked about:
    the first check sends all the examples, and later checks read the answers."""

    name = "npm"

    def __init__(self) -> None:
        self._answers: dict[str, list[Any]] = {}

    def _run(self, records: list[dict[str, Any]]) -> None:
        import subprocess

        from conftest import require_npm_package

        package = require_npm_package()
        payload = json.dumps([{"record": r} for r in records])
        run = subprocess.run(["node", "test/verdicts.mjs"], cwd=package, input=payload, capture_output=True,
                             text=True, check=True)
        for record, errors in zip(records, json.loads(run.stdout)):
            self._answers[json.dumps(record, sort_keys=True)] = errors

    def check(self, record: dict[str, Any]) -> list[str]:
        key = json.dumps(record, sort_keys=True)
        if key not in self._answers:
            from conftest import examples, load_record

            self._run([load_record(e.path) for e in examples() if e.valid or e.expects_schema] + [record])
        return [f"{e['path']}: {e['message']}" for e in self._answers[key]]


ALL = [JsonSchemaValidator(), LinkMLValidator(), ShaclValidator(), PydanticValidator(), NodeValidator()]
