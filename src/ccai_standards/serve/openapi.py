"""The OpenAPI 3.1 description of `ccai serve`'s API, served at /openapi.json.

Written as data next to the routes it describes; the tests check every answer of the
server against these schemas, so the description cannot drift from the behaviour.
"""

from __future__ import annotations

from typing import Any

_NULLABLE_INT = {"type": ["integer", "null"]}
_NULLABLE_STR = {"type": ["string", "null"]}

SCHEMAS: dict[str, Any] = {
    "Location": {
        "type": "object",
        "description": "Where a finding is. Text has a line and column (from 1); a Parquet or Arrow file has a "
                       "row group and row (from 0).",
        "required": ["file", "line", "column", "path", "document", "row_group", "row"],
        "additionalProperties": False,
        "properties": {
            "file": {"type": "string", "description": "The file name the document was sent with, or "
                                                      "\"<request body>\"."},
            "line": _NULLABLE_INT, "column": _NULLABLE_INT,
            "path": {"type": "string", "description": "JSON path of the field, such as $.roles[0]."},
            "document": {"type": "integer", "description": "Number of the document in its file, from 0."},
            "row_group": _NULLABLE_INT, "row": _NULLABLE_INT,
        },
    },
    "Finding": {
        "type": "object",
        "required": ["code", "severity", "message", "location", "hint", "record_id", "version", "url"],
        "additionalProperties": False,
        "properties": {
            "code": {"type": "string", "description": "A requirement id (CCAI-…), or SCHEMA-, REF-, INPUT- for "
                                                      "structure, references and reading."},
            "severity": {"enum": ["error", "warning", "note"]},
            "message": {"type": "string", "description": "What is wrong."},
            "hint": {"type": "string", "description": "How to fix it."},
            "location": {"$ref": "#/components/schemas/Location"},
            "record_id": _NULLABLE_STR,
            "version": {**_NULLABLE_STR, "description": "The version of the standard the record was judged by."},
            "url": {**_NULLABLE_STR, "description": "The page of the requirement on the documentation site."},
            "extra": {"type": "object"},
        },
    },
    "Report": {
        "type": "object",
        "description": "The findings and their summary, as `ccai validate --format json` writes them.",
        "required": ["findings", "summary"],
        "additionalProperties": False,
        "properties": {
            "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
            "summary": {
                "type": "object",
                "required": ["files", "documents", "errors", "warnings", "notes", "versions", "skipped_rules",
                             "truncated"],
                "additionalProperties": False,
                "properties": {
                    "files": {"type": "integer"}, "documents": {"type": "integer"},
                    "errors": {"type": "integer"}, "warnings": {"type": "integer"}, "notes": {"type": "integer"},
                    "versions": {"type": "object", "additionalProperties": {"type": "integer"},
                                 "description": "Documents judged by each version of the standard."},
                    "skipped_rules": {"type": "array", "items": {"type": "string"}},
                    "truncated": {"type": "boolean"},
                },
            },
        },
    },
    "Error": {
        "type": "object",
        "required": ["error"],
        "additionalProperties": False,
        "properties": {"error": {
            "type": "object",
            "required": ["status", "code", "message", "hint"],
            "properties": {"status": {"type": "integer"}, "code": {"type": "string"},
                           "message": {"type": "string"}, "hint": {"type": "string"}},
        }},
    },
    "Conversion": {
        "type": "object",
        "required": ["format", "media_type", "filename", "warnings"],
        "additionalProperties": False,
        "properties": {
            "format": {"type": "string"},
            "media_type": {"type": "string"},
            "filename": {"type": "string", "description": "A file name to save the output under."},
            "output": {"type": "string", "description": "The converted document, for text formats."},
            "output_base64": {"type": "string", "description": "The converted document, for binary formats."},
            "warnings": {"type": "array", "items": {
                "type": "object", "required": ["code", "message", "path"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"},
                               "path": {"type": "string"}, "record_id": {"type": "string"},
                               "use": {"type": "string"}}}},
        },
    },
    "Formats": {
        "type": "object",
        "required": ["exports"],
        "properties": {"exports": {"type": "array", "items": {
            "type": "object", "required": ["name", "summary", "accepts", "media_type"],
            "properties": {"name": {"type": "string"}, "summary": {"type": "string"},
                           "accepts": {"type": "array", "items": {"type": "string"}},
                           "media_type": {"type": "string"}}}}},
    },
}


def _json(schema: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}


def _errors(*statuses: int) -> dict[str, Any]:
    words = {400: "A query parameter or the multipart body is wrong.",
             413: "The body is over the size limit.",
             422: "The request holds too many files or records.",
             503: "The request took longer than the time limit."}
    return {str(s): {"description": words[s], "content": _json("Error")} for s in statuses}


_BODY = {
    "required": True,
    "description": "One document (YAML, JSON, JSON-LD, JSON Lines, Parquet or Arrow) as the body, or "
                   "multipart/form-data with one file per part, checked as one batch.",
    "content": {
        **{kind: {"schema": {"type": "string"}} for kind in
           ("application/yaml", "application/json", "application/ld+json", "application/x-ndjson", "text/plain")},
        "application/octet-stream": {"schema": {"type": "string", "contentMediaType": "application/octet-stream"}},
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "file": {"type": "array", "items": {"type": "string", "contentMediaType": "application/octet-stream"}},
            "text": {"type": "string", "description": "Pasted text, checked as <pasted text>."}}}},
    },
}

_NAME = {"name": "name", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "The file name of a single document: findings name it, and its suffix picks the reader."}


def openapi_document(limits: Any) -> dict[str, Any]:
    """The description, with this server's limits in its words."""
    from .. import __version__
    from ..convert.registry import CCAI, CONVERTERS
    from ..standard_versions import known_versions

    bounds = (f"A request may hold {limits.max_bytes:,} bytes, {limits.max_files} files and {limits.max_records:,} "
              f"records, and is answered within {limits.timeout:g} s.")
    exports = [c.to for c in CONVERTERS if c.frm == CCAI]
    return {
        "openapi": "3.1.0",
        "info": {"title": "CCAI Standards validator", "version": __version__,
                 "description": "Validate and convert records of the CCAI standard. The findings are those of "
                                "`ccai validate --format json`. " + bounds,
                 "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}},
        "paths": {
            "/v1/validate": {"post": {
                "operationId": "validate",
                "summary": "Check records against the standard",
                "parameters": [
                    {"name": "refs", "in": "query", "required": False,
                     "schema": {"enum": ["error", "warn", "off"], "default": "error"},
                     "description": "What a reference to a record outside the request is."},
                    {"name": "as_version", "in": "query", "required": False,
                     "schema": {"enum": list(known_versions())},
                     "description": "Judge every record by this version instead of the one it claims."},
                    {"name": "ignore", "in": "query", "required": False, "explode": True,
                     "schema": {"type": "array", "items": {"type": "string"}},
                     "description": "Finding codes to leave out (repeatable)."},
                    _NAME,
                ],
                "requestBody": _BODY,
                "responses": {
                    "200": {"description": "The records were read; the report says whether they meet the standard "
                                           "(header CCAI-Verdict: valid or invalid).",
                            "content": _json("Report")},
                    "422": {"description": "Some input cannot be read as records (its findings say why), or the "
                                           "request holds too many files or records.",
                            "content": {"application/json": {"schema": {"oneOf": [
                                {"$ref": "#/components/schemas/Report"}, {"$ref": "#/components/schemas/Error"}]}}}},
                    **_errors(400, 413, 503),
                },
            }},
            "/v1/convert": {"post": {
                "operationId": "convert",
                "summary": "Convert a record into another format",
                "parameters": [
                    {"name": "to", "in": "query", "required": True, "schema": {"enum": exports}},
                    _NAME,
                ],
                "requestBody": _BODY,
                "responses": {
                    "200": {"description": "The converted document and what it could not carry.",
                            "content": _json("Conversion")},
                    "422": {"description": "The record cannot be converted.", "content": _json("Error")},
                    **_errors(400, 413, 503),
                },
            }},
            "/v1/formats": {"get": {"operationId": "formats", "summary": "What /v1/convert can write",
                                    "responses": {"200": {"description": "The formats.",
                                                          "content": _json("Formats")}}}},
            "/healthz": {"get": {"operationId": "health", "summary": "Whether the server is up",
                                 "responses": {"200": {"description": "It is."}}}},
        },
        "components": {"schemas": SCHEMAS},
    }
