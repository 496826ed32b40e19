"""Schema lint: `linkml lint` (metamodel validation included) plus the project's conventions.

The conventions are the rules a reader or a generator relies on and LinkML does not check:
every element has a description and an ``added_in`` version, no class uses one RDF
property for two fields, and lists of plain strings are only used for genuinely open text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from linkml_runtime.utils.schemaview import SchemaView

from . import paths

LINT_CONFIG = paths.ROOT / ".linkmllint.yaml"
ACCEPTED = paths.ROOT / ".linkmllint-accepted.yaml"


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def schema_modules() -> list[Path]:
    return sorted(paths.SCHEMA_DIR.glob("*.yaml"), key=lambda p: (p != paths.SCHEMA_ROOT, p.name))


def _accepted() -> dict:
    return yaml.safe_load(ACCEPTED.read_text(encoding="utf-8"))


def linkml_lint_problems() -> list[Problem]:
    """Run linkml's linter on every module; return errors and unaccepted warnings."""
    from linkml.linter.linter import Linter

    linter = Linter(yaml.safe_load(LINT_CONFIG.read_text(encoding="utf-8")))
    accepted = _accepted()["accepted_warnings"]
    used: set[int] = set()
    problems: list[Problem] = []
    for module in schema_modules():
        for problem in linter.lint(str(module)):
            where = module.relative_to(paths.ROOT).as_posix()
            level = str(problem.level)
            if level == "warning":
                match = next(
                    (i for i, a in enumerate(accepted)
                     if a["rule"] == problem.rule_name and a["message_contains"] in problem.message),
                    None,
                )
                if match is not None:
                    used.add(match)
                    continue
            problems.append(Problem(where, f"{level} [{problem.rule_name}] {problem.message}"))
    for i, entry in enumerate(accepted):
        if i not in used:
            problems.append(Problem(ACCEPTED.name, f"accepted warning no longer occurs, remove it: {entry}"))
    return problems


def _elements(view: SchemaView):
    """Every element of our own modules as (kind, name, definition)."""
    for name, element in view.all_classes(imports=True).items():
        yield "class", name, element
    for name, element in view.all_slots(imports=True).items():
        yield "slot", name, element
    for name, element in view.all_types(imports=True).items():
        yield "type", name, element
    for name, element in view.all_enums(imports=True).items():
        yield "enum", name, element
        for value, pv in element.permissible_values.items():
            yield "permissible value", f"{name}.{value}", pv


def convention_problems(view: SchemaView | None = None) -> list[Problem]:
    view = view or SchemaView(str(paths.SCHEMA_ROOT))
    own = view.schema.default_prefix
    problems: list[Problem] = []
    for kind, name, element in _elements(view):
        from_schema = getattr(element, "from_schema", None) or ""
        if kind != "permissible value" and not str(from_schema).startswith(str(view.schema.id)):
            continue  # linkml:types and other built-ins
        if not (element.description or "").strip():
            problems.append(Problem(f"{kind} {name}", "has no description"))
        annotations = element.annotations or {}
        if "added_in" not in annotations:
            problems.append(Problem(f"{kind} {name}", "has no `annotations: {added_in: <version>}`"))
    free_text = _accepted()["free_text_lists"]
    for name, slot in view.all_slots().items():
        if slot.multivalued and (slot.range or view.schema.default_range) == "string" and name not in free_text:
            problems.append(Problem(f"slot {name}", "is a list of plain strings; use an enum, or list it "
                                                      "under free_text_lists with a reason"))
    for class_name in view.all_classes():
        seen: dict[str, str] = {}
        for slot in view.class_induced_slots(class_name):
            if slot.multivalued and slot.required and not slot.minimum_cardinality:
                problems.append(Problem(f"class {class_name}", f"the required list {slot.name} must say "
                                        "`minimum_cardinality: 1`, or JSON Schema accepts an empty list"))
            if slot.identifier or slot.designates_type:
                continue
            uri = view.get_uri(slot, expand=True)
            if uri in seen:
                problems.append(Problem(f"class {class_name}",
                                        f"fields {seen[uri]} and {slot.name} share the RDF property {uri}"))
            seen[uri] = slot.name
        cls = view.get_class(class_name)
        if cls.class_uri and not str(cls.class_uri).startswith(f"{own}:"):
            problems.append(Problem(f"class {class_name}", "class_uri must stay in our namespace; "
                                                            "map external classes with exact_mappings"))
    return problems


def run() -> int:
    problems = linkml_lint_problems() + convention_problems()
    for problem in problems:
        print(problem)
    modules = len(schema_modules())
    if problems:
        print(f"lint: {len(problems)} problem(s) in {modules} schema modules")
        return 1
    print(f"lint: {modules} schema modules clean")
    return 0
