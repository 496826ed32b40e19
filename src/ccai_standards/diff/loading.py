"""Read one side of a diff: the schema, and the standard's requirements when that side has them.

Accepted forms (the baseline of a release is its snapshot in ``releases/``):

* a schema file: a root with local imports (``schema/ccai.yaml``) or a merged schema
  (``releases/0.1.0.yaml``, ``ccai.linkml.yaml``); a release snapshot brings its
  requirements from ``releases/<version>.requirements.yaml`` next to it;
* a schema folder (its root is ``ccai.yaml``, or the one module nobody imports);
* a repository root holding ``schema/`` and, optionally, ``standards/``;
* any of these at a git commit (see ``sources``).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .schema_model import SchemaModel
from .sources import DiffInputError, Tree, open_spec

SCHEMA_ROOT_NAME = "ccai.yaml"
REQUIREMENTS_SUFFIX = ".requirements.yaml"
PARAMETERS_SUFFIX = ".parameters.yaml"


@dataclass
class Snapshot:
    """Everything one side of a diff says: its schema and, if it has them, its requirements."""

    label: str
    kind: str
    schema: SchemaModel
    standard: dict[str, Any] | None = None
    requirements: dict[str, dict[str, Any]] | None = None
    notes: list[str] = field(default_factory=list)
    overrules: list[Any] = field(default_factory=list)  # a repository's reviewed overrules (diff.overrules)
    overrules_source: str = ""

    @property
    def version(self) -> str | None:
        return self.schema.version

    @property
    def has_standard(self) -> bool:
        return self.requirements is not None


def parse_yaml(tree: Tree, path: str) -> Any:
    """One schema or standard file, read with the records' YAML policy: YAML 1.2, no aliases, limits."""
    from ..findings import InputError
    from ..reading import load_yaml

    text = tree.read_text(path)
    try:
        return load_yaml(text, tree.display(path))
    except InputError as exc:
        found = exc.finding
        where = f":{found.location.line}" if found.location.line else ""
        where += f":{found.location.column}" if found.location.line and found.location.column else ""
        raise DiffInputError(f"{tree.display(path)}{where}: {found.message.replace('this is not', 'not')}") from None


def _join(folder: str, name: str) -> str:
    return posixpath.normpath(posixpath.join(folder, name)) if folder else posixpath.normpath(name)


def load_schema(tree: Tree, path: str) -> SchemaModel:
    """The merged schema whose root file is `path`."""
    root = parse_yaml(tree, path)
    if not isinstance(root, dict) or not any(k in root for k in ("id", "classes", "imports")):
        raise DiffInputError(f"{tree.display(path)}: not a LinkML schema (no id, classes or imports)")

    parsed: dict[str, Any] = {}

    def read_import(importing: str, name: str) -> tuple[str, Any]:
        target = _join(posixpath.dirname(importing), f"{name}.yaml")
        if target not in parsed:
            if not tree.is_file(target):
                raise DiffInputError(f"{tree.display(importing)} imports {name}, but {tree.display(target)} "
                                     "does not exist")
            parsed[target] = parse_yaml(tree, target)
        return target, parsed[target]

    try:
        return SchemaModel.load(root, read_import, path)
    except (TypeError, ValueError, AttributeError) as exc:
        raise DiffInputError(f"{tree.display(path)}: the schema cannot be read: {exc}") from None


def find_schema_root(tree: Tree, folder: str) -> str:
    """`ccai.yaml`, else the one YAML file in `folder` that no other file there imports."""
    names = [n for n in tree.list_dir(folder) if n.endswith((".yaml", ".yml"))]
    if SCHEMA_ROOT_NAME in names:
        return _join(folder, SCHEMA_ROOT_NAME)
    imported: set[str] = set()
    candidates: list[str] = []
    for name in names:
        doc = parse_yaml(tree, _join(folder, name))
        if isinstance(doc, dict) and "id" in doc:
            candidates.append(name)
            imported |= {f"{i}.yaml" for i in doc.get("imports") or [] if not str(i).startswith("linkml:")}
    roots = [n for n in candidates if n not in imported]
    if not candidates:
        raise DiffInputError(f"{tree.display(folder)}: no LinkML schema here; give a schema file, a schema "
                             "folder, a repository root (with schema/), a release snapshot or a git ref")
    if len(roots) != 1:
        found = ", ".join(roots) or "none"
        raise DiffInputError(f"{tree.display(folder)}: cannot tell which file is the schema's root "
                             f"(candidates: {found}); name the file instead")
    return _join(folder, roots[0])


def read_standards(tree: Tree, folder: str) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """The Standard record (if any) and every Requirement record by code, from a standards folder."""
    standard_path = _join(folder, "standard.yaml")
    standard = parse_yaml(tree, standard_path) if tree.is_file(standard_path) else None
    if standard is not None and not isinstance(standard, dict):
        raise DiffInputError(f"{tree.display(standard_path)}: not a Standard record (a YAML mapping)")
    requirements: dict[str, dict[str, Any]] = {}
    req_folder = _join(folder, "requirements")
    for name in tree.list_dir(req_folder):
        if not name.endswith((".yaml", ".yml")):
            continue
        path = _join(req_folder, name)
        record = parse_yaml(tree, path)
        if not isinstance(record, dict):
            raise DiffInputError(f"{tree.display(path)}: not a Requirement record (a YAML mapping)")
        code = str(record.get("requirement_code") or name.rsplit(".", 1)[0])
        if code in requirements:
            raise DiffInputError(f"{tree.display(path)}: requirement {code} is defined twice")
        requirements[code] = record
    return standard, requirements


def standards_snapshot(tree: Tree, folder: str) -> dict[str, Any]:
    """What `releases/<version>.requirements.yaml` holds: the standard and its requirements in code order."""
    standard, requirements = read_standards(tree, folder)
    return {"standard": standard, "requirements": [requirements[code] for code in sorted(requirements)]}


def _read_requirements_snapshot(tree: Tree, path: str) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    doc = parse_yaml(tree, path)
    if not isinstance(doc, dict) or not isinstance(doc.get("requirements", []), list):
        raise DiffInputError(f"{tree.display(path)}: expected `standard:` and a `requirements:` list")
    requirements = {}
    for record in doc.get("requirements") or []:
        if not isinstance(record, dict) or "requirement_code" not in record:
            raise DiffInputError(f"{tree.display(path)}: every requirement needs a requirement_code")
        requirements[str(record["requirement_code"])] = record
    return doc.get("standard"), requirements


def _add_frozen_parameters(tree: Tree, path: str, requirements: dict[str, dict[str, Any]]) -> None:
    """A release made before requirements named their parameters (0.1.0) froze them beside its snapshot."""
    if not tree.is_file(path):
        return
    frozen = parse_yaml(tree, path) or {}
    if not isinstance(frozen, dict):
        raise DiffInputError(f"{tree.display(path)}: expected the parameters of each requirement by code")
    for code, parameters in frozen.items():
        record = requirements.get(str(code))
        if record is None or record.get("parameters") or not isinstance(parameters, dict):
            continue
        record["parameters"] = [{"parameter_name": name, **(entry if isinstance(entry, dict) else {"value": entry})}
                                for name, entry in parameters.items()]


def load_snapshot(spec: str, cwd: Path | None = None) -> Snapshot:
    """Read OLD or NEW as the user typed it."""
    tree, path = open_spec(spec, cwd)
    standard: dict[str, Any] | None = None
    requirements: dict[str, dict[str, Any]] | None = None
    if tree.is_file(path):
        if path.endswith(REQUIREMENTS_SUFFIX):
            raise DiffInputError(f"{spec}: give the release's schema snapshot "
                                 f"({path[: -len(REQUIREMENTS_SUFFIX)]}.yaml); its requirements are read "
                                 "from next to it")
        schema = load_schema(tree, path)
        companion = path.rsplit(".", 1)[0] + REQUIREMENTS_SUFFIX
        if tree.is_file(companion):
            kind = "release snapshot"
            standard, requirements = _read_requirements_snapshot(tree, companion)
            _add_frozen_parameters(tree, path.rsplit(".", 1)[0] + PARAMETERS_SUFFIX, requirements)
        else:
            kind = "schema file"
    elif tree.is_dir(_join(path, "schema")):
        kind = "repository"
        schema = load_schema(tree, find_schema_root(tree, _join(path, "schema")))
        standards_dir = _join(path, "standards")
        if tree.is_dir(standards_dir):
            standard, requirements = read_standards(tree, standards_dir)
    else:
        kind = "schema folder"
        schema = load_schema(tree, find_schema_root(tree, path))
    if schema.version is None:
        raise DiffInputError(f"{spec}: the schema has no `version`")
    snapshot = Snapshot(spec, kind, schema, standard, requirements, list(schema.notes))
    if kind == "repository":
        from .overrules import OVERRULES_FILE, read_overrules

        snapshot.overrules = read_overrules(tree, path)
        snapshot.overrules_source = tree.display(f"{path}/{OVERRULES_FILE}" if path else OVERRULES_FILE)
    declared = (standard or {}).get("standard_version")
    if declared is not None and str(declared) != schema.version:
        snapshot.notes.append(f"{spec}: the standard says version {declared} but the schema says "
                              f"{schema.version}; `python -m generators bump-version` keeps them together")
    return snapshot
