"""Reference pages for the docs site, generated from the schema at build time.

Written for readers who never saw LinkML: every page says what a thing is for, then shows
its fields as a table (name, type, required, what it means, allowed values), links to the
enumerations and classes it uses, and shows a real example from ``tests/data/valid``.
The pages are produced in memory; ``docs/gen_pages.py`` hands them to mkdocs.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from . import paths
from .example_batches import ExamplePool, record_text
from .schema_source import SchemaSource
from .standard_source import StandardSource

MODULE_TITLES = {
    "core": "Parties, works and shared terms",
    "consent": "Consent",
    "compensation": "Compensation",
    "preferences": "Usage preferences and opt-outs",
    "transparency": "Transparency",
    "workforce": "Workforce",
    "replicas": "Digital replicas and misuse",
    "authorship": "Authorship and credit",
    "governance": "The standard and conformance",
}
DOWNLOADS = [
    ("ccai.schema.json", "JSON Schema (2019-09) for every document type; `type` selects the class"),
    ("ccai.context.jsonld", "JSON-LD 1.1 context: turns a CCAI JSON document into RDF"),
    ("ccai.owl.ttl", "OWL vocabulary (Turtle)"),
    ("ccai.shacl.ttl", "SHACL shapes (Turtle) for checking the RDF form"),
    ("ccai.linkml.yaml", "the whole LinkML schema in one file"),
    ("models.py", "pydantic models (Python)"),
    ("ccai.authorisation.schema.json", "JSON Schema of the CCAI assertion in C2PA manifests "
     "([specification](reference/c2pa-authorisation.md))"),
]
_BUILTIN_TYPE_WORDS = {
    "string": "text",
    "integer": "whole number",
    "boolean": "true / false",
    "date": "date (YYYY-MM-DD)",
    "datetime": "date and time",
    "uri": "web address",
    "uriorcurie": "identifier",
    "decimal": "decimal number",
    "float": "number",
}


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _indent(text: str) -> list[str]:
    return [f"    {line}" if line else "" for line in text.splitlines()]


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|")


class ReferenceBuilder:
    def __init__(self, source: SchemaSource | None = None, examples_dir: Path = paths.EXAMPLES_DIR,
                 standard: StandardSource | None = None, history: dict[str, Any] | None = None) -> None:
        self.source = source or SchemaSource()
        self._history = history
        self.view = self.source.view
        self.examples_dir = examples_dir
        self.pool = ExamplePool(examples_dir)
        self.standard = standard or StandardSource()

    # -- what the standard asks of each class and field -------------------------------------

    @cached_property
    def _active_requirements(self) -> list[dict[str, Any]]:
        return [r for r in self.standard.requirements if r["requirement_status"] != "withdrawn"]

    def _is_or_inherits(self, name: str, ancestor: str) -> bool:
        return ancestor in self.view.class_ancestors(name) if ancestor in self.view.all_classes() else False

    def rules_for(self, name: str) -> list[dict[str, Any]]:
        """The requirements whose records include this class (or a class it is a kind of)."""
        return [r for r in self._active_requirements
                if any(self._is_or_inherits(name, e.split(".")[0]) for e in r["carried_by"] + (r.get("mandatory_fields") or []))]

    def mandatory(self, name: str) -> dict[str, list[tuple[dict[str, Any], str]]]:
        """{field: [(requirement, the path it names)]} for the fields a requirement makes mandatory on
        this class: directly (`Class.field`), or inside a part (`Holder.part.field`, marked on both)."""
        found: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
        for r in self._active_requirements:
            for path in r.get("mandatory_fields") or []:
                head, *fields = path.split(".")
                if self._is_or_inherits(name, head):
                    found[fields[0]].append((r, path))
                    continue
                holder = head
                for depth, field in enumerate(fields[:-1]):  # walk the inlined parts down to the field's class
                    slot = self.view.induced_slot(field, holder) if holder in self.view.all_classes() else None
                    holder = slot.range if slot is not None else ""
                    if holder == name and depth == len(fields) - 2:
                        found[fields[-1]].append((r, path))
        return found

    def _required_cell(self, slot: Any, marks: list[tuple[dict[str, Any], str]]) -> str:
        if slot.required or slot.identifier:
            return "**required**"
        musts = sorted({r["requirement_code"] for r, _ in marks if r["level"] == "must"})
        shoulds = sorted({r["requirement_code"] for r, _ in marks if r["level"] == "should"} - set(musts))
        link = lambda code: f"[{code}](../standard/{code}.md)"  # noqa: E731
        if musts:
            return "**required by " + ", ".join(link(c) for c in musts) + "**"
        if shoulds:
            return "recommended by " + ", ".join(link(c) for c in shoulds)
        return "optional"

    # -- what is defined where -----------------------------------------------------------------

    @cached_property
    def module_of(self) -> dict[str, str]:
        """Element name -> the module file that defines it, read from schema/*.yaml."""
        owners: dict[str, str] = {}
        for path in sorted(paths.SCHEMA_DIR.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for section in ("classes", "slots", "enums", "types"):
                for name in data.get(section) or {}:
                    owners[name] = path.stem
        return owners

    def _examples(self, class_name: str) -> list[Path]:
        return sorted((self.examples_dir / "valid").glob(f"{class_name}-*.yaml"))

    # -- links -----------------------------------------------------------------------------

    def link(self, name: str, from_dir: str = "reference") -> str:
        """A Markdown link to the page of a class, enum or type, relative to `from_dir`."""
        up = "../" * from_dir.count("/")
        if name in self.view.all_classes():
            return f"[{name}]({up}{name}.md)"
        if name in self.view.all_enums():
            return f"[{name}]({up}enums/{name}.md)"
        if name in self.view.all_types() and self.module_of.get(name):
            return f"[{name}]({up}types.md#{name.lower()})"
        return _BUILTIN_TYPE_WORDS.get(name, name)

    def _type_cell(self, slot: Any) -> str:
        rng = slot.range or self.view.schema.default_range
        if self.source.is_reference(slot):
            text = f"id of {self.link(rng)}"
        else:
            text = self.link(rng)
        return f"list of {text}" if slot.multivalued else text

    def _values_cell(self, slot: Any) -> str:
        rng = slot.range
        if rng in self.view.all_enums():
            values = list(self.view.get_enum(rng).permissible_values)
            shown = ", ".join(f"`{v}`" for v in values[:8])
            return shown + (f", … ({len(values)} values)" if len(values) > 8 else "")
        if slot.minimum_value is not None:
            return f"at least {slot.minimum_value}"
        return ""

    # -- pages -----------------------------------------------------------------------------

    def class_page(self, name: str) -> str:
        view = self.view
        cls = view.get_class(name)
        is_document = name in self.source.document_types
        lines = [f"# {name}", ""]
        badges = []
        if is_document:
            badges.append('<span class="ccai-badge ccai-badge-doc">Document type</span>')
        if cls.abstract:
            badges.append('<span class="ccai-badge">Abstract: use one of its kinds</span>')
        if badges:
            lines += [" ".join(badges), ""]
        lines += [_one_line(cls.description), ""]
        if cls.is_a and cls.is_a != "Document":
            lines += [f"A kind of {self.link(cls.is_a)}: it has all of its fields.", ""]
        children = sorted(view.class_children(name))
        if children:
            lines += ["Kinds: " + ", ".join(self.link(c) for c in children) + ".", ""]
        if is_document:
            lines += [
                f"A file holding this record starts with `type: {name}`, the version of the standard it "
                "follows (`conforms_to`) and its own `id`.",
                "",
            ]
        envelope = ("id", "type", "conforms_to")
        slots = sorted(view.class_induced_slots(name), key=lambda s: (s.name not in envelope, envelope.index(s.name)
                                                                      if s.name in envelope else 0))
        values = {slot.name: self._values_cell(slot) for slot in slots}
        with_values = any(values.values())  # an empty column only squeezes the descriptions
        lines += ["## Fields", "", '<div class="ccai-fields" markdown>', "", "| Field | Type | Required | What it means |" + (" Allowed values |" if with_values
                                                                                      else ""),
                  "|---|---|---|---|" + ("---|" if with_values else "")]
        marks = self.mandatory(name)
        for slot in slots:
            required = self._required_cell(slot, marks.get(slot.name, []))
            row = (f"| <span id=\"{slot.name}\"></span>`{slot.name}` | {self._type_cell(slot)} | {required} | "
                   f"{_cell(slot.description)} |")
            lines.append(row + (f" {values[slot.name]} |" if with_values else ""))
        lines += ["", "</div>", ""]
        lines += self._rules_section(name)
        users = sorted(
            other for other in view.all_classes()
            if any(s.range == name for s in view.class_induced_slots(other))
        )
        if users:
            lines += ["## Used by", "", ", ".join(self.link(u) for u in users) + ".", ""]
        lines += ["## Relationships", "", *self.diagram(name), ""]
        for path in self._examples(name)[:2]:
            lines += self._example(path)
        lines += self._machine_readable(name, is_document)
        return "\n".join(lines)

    def _rules_section(self, name: str) -> list[str]:
        rules = self.rules_for(name)
        if not rules:
            return []
        lines = ["## Rules that apply", "",
                 "The requirements of the standard that records of this kind help to meet or must meet:", ""]
        for r in rules:
            level = r["level"].upper()
            lines.append(f"- [{r['requirement_code']}](../standard/{r['requirement_code']}.md) ({level}): "
                         f"{_cell(r['statement'])}")
        return lines + [""]

    def _example(self, path: Path) -> list[str]:
        """An example record and, in a second tab, the whole batch it needs: validate that tab as it is."""
        batch = self.pool.batch(path)
        title = path.stem.split("-", 1)[1].replace("-", " ")
        lines = [f"## Example: {title}", ""]
        if not batch.cited:
            return lines + ['```yaml title="example.yaml"', batch.text().rstrip(), "```", ""]
        lines += [f"The record cites {len(batch.cited)} other record(s) by id. The second tab holds them all, so "
                  "that `ccai validate example.yaml` checks it as one batch.", "",
                  '=== "The record"', "", "    ```yaml", *_indent(record_text(path)), "    ```", "",
                  f'=== "With the {len(batch.cited)} record(s) it cites"', "", '    ```yaml title="example.yaml"',
                  *_indent(batch.text().rstrip()), "    ```", ""]
        return lines

    # Records pointing to a class are drawn when there are few of them; a Person is pointed to by
    # dozens, and the "Used by" list names them instead.
    MAX_POINTING_IN = 6
    LEGEND = ("*How to read the diagram:* a line ending in a filled diamond (◆) joins a part written inside "
              "the record; an arrow points to another record by its id; a hollow triangle (▷) points to the "
              "kind it is a kind of. The numbers say how many: `1` exactly one, `0..1` at most one, `0..*` any "
              "number, `1..*` at least one. Click a box to open its page.")

    def _edges(self, name: str, own_only: bool) -> list[tuple[str, str, str, str]]:
        """(arrow, how many, range, field) for each field of `name` that holds or points to a record."""
        view = self.view
        cls = view.get_class(name)
        own = {s for s in (cls.slots or [])} | set(cls.attributes or {}) | set(cls.slot_usage or {})
        edges = []
        for slot in view.class_induced_slots(name):
            if slot.range not in view.all_classes() or slot.identifier or (own_only and cls.is_a and slot.name not in own):
                continue
            many = "0..*" if slot.multivalued else ("1" if slot.required else "0..1")
            if slot.required and slot.multivalued:
                many = "1..*"
            edges.append(("*--" if self.source.is_inlined_object(slot) else "-->", many, slot.range, slot.name))
        return edges

    def diagram(self, name: str) -> list[str]:
        """A mermaid class diagram: the class, its parent, its parts (and theirs), the records it points
        to, and the records that point to it, with a legend under it."""
        view = self.view
        cls = view.get_class(name)
        lines = ["```mermaid", "classDiagram", "  direction LR", f"  class {name}"]
        linked = {name}
        if cls.is_a:
            lines.append(f"  {cls.is_a} <|-- {name}")
            linked.add(cls.is_a)
        for arrow, many, target, field in self._edges(name, own_only=True):
            lines.append(f'  {name} {arrow} "{many}" {target} : {field}')
            linked.add(target)
            if arrow == "*--" and target != name:  # a part's own parts are written inside the record too
                for inner_arrow, inner_many, inner, inner_field in self._edges(target, own_only=False):
                    if inner_arrow == "*--":
                        lines.append(f'  {target} {inner_arrow} "{inner_many}" {inner} : {inner_field}')
                        linked.add(inner)
        pointing = sorted({other for other in view.all_classes() if other != name and not view.get_class(other).abstract
                           for arrow, _, target, _ in self._edges(other, own_only=True) if target == name and arrow == "-->"})
        if 0 < len(pointing) <= self.MAX_POINTING_IN:
            for other in pointing:
                for arrow, many, target, field in self._edges(other, own_only=True):
                    if target == name and arrow == "-->":
                        lines.append(f'  {other} --> "{many}" {name} : {field}')
                linked.add(other)
        for other in sorted(linked - {name}):
            lines.append(f'  click {other} href "../{other}/" "{other}"')
        lines += ["```", "", self.LEGEND]
        return lines

    def term_link(self, curie: str) -> str:
        """An external term (`schema:CreativeWork`) as a link to its IRI, the schema's prefixes expanded."""
        prefix, _, local = str(curie).partition(":")
        base = self.source.prefixes().get(prefix)
        iri = f"{base}{local}" if base and not local.startswith("//") else str(curie)
        return f"[`{curie}`]({iri})" if iri.startswith(("http://", "https://")) else f"`{curie}`"

    def _machine_readable(self, name: str, is_document: bool) -> list[str]:
        cls = self.view.get_class(name)
        version = self.source.version
        lines = ["## Machine-readable definitions", "",
                 f"- Term IRI: [`{self.source.class_iri(name)}`]({self.source.class_iri(name)})"]
        if is_document:
            lines.append(f"- JSON Schema: [`schema/{version}/jsonschema/{name}.schema.json`]"
                         f"(../schema/{version}/jsonschema/{name}.schema.json)")
            lines.append(f"- Parquet and Arrow columns: [{name} in the layout](parquet.md#{name.lower()})")
        for label, mappings in (("Same meaning as", cls.exact_mappings), ("Close to", cls.close_mappings)):
            if mappings:
                lines.append(f"- {label}: " + ", ".join(self.term_link(m) for m in mappings))
        lines += self.history_lines("class", name, cls.annotations["added_in"].value)
        lines.append("")
        return lines

    @property
    def history(self) -> dict[str, Any]:
        """What generators.history says of every element; computed here when the caller did not pass it."""
        if self._history is None:
            from . import history

            self._history = history.history()
        return self._history

    def history_lines(self, subject: str, name: str, declared: str) -> list[str]:
        from . import history

        return history.element_lines(self.history, f"{subject} {name}", declared)

    def enum_page(self, name: str) -> str:
        enum = self.view.get_enum(name)
        lines = [f"# {name}", "", _one_line(enum.description), "",
                 "| Value | What it means | Standard term |", "|---|---|---|"]
        for value, pv in enum.permissible_values.items():
            meaning = self.term_link(pv.meaning) if pv.meaning else "none"
            broader = f" A narrower kind of `{pv.is_a}`." if pv.is_a else ""
            lines.append(f"| <span id=\"{value}\"></span>`{value}` | {_cell(pv.description)}{broader} | {meaning} |")
        users = sorted(
            f"{self.link(c, 'reference/enums')} (`{s.name}`)"
            for c in self.view.all_classes()
            for s in self.view.class_induced_slots(c)
            if s.range == name and not self.view.get_class(c).abstract
        )
        if users:
            lines += ["", "## Used by", "", ", ".join(users) + "."]
        return "\n".join(lines) + "\n"

    def types_page(self) -> str:
        lines = ["# Value types", "",
                 "Fields that hold text with a fixed shape use one of these types. A value that does not have "
                 "the shape is refused by every validator.", ""]
        for name, typ in sorted(self.view.all_types().items()):
            if not self.module_of.get(name):
                continue
            lines += [f"## {name}", "", _one_line(typ.description), ""]
            if typ.pattern:
                lines += [f"Pattern: `{typ.pattern}`", ""]
        return "\n".join(lines)

    def index_page(self) -> str:
        by_module: dict[str, list[str]] = defaultdict(list)
        for name in sorted(self.view.all_classes()):
            by_module[self.module_of.get(name, "core")].append(name)
        lines = ["# Reference", "",
                 "Every record type of the standard, with its fields, allowed values and examples. A "
                 "**document type** is a record that can stand on its own in a file; the other classes are "
                 "parts written inside a document.", ""]
        for module, title in MODULE_TITLES.items():
            if module not in by_module:
                continue
            lines += [f"## {title}", "", "| Class | What it is |", "|---|---|"]
            for name in by_module[module]:
                cls = self.view.get_class(name)
                tag = " (document)" if name in self.source.document_types else ""
                lines.append(f"| {self.link(name)}{tag} | {_cell(cls.description).split('. ')[0].rstrip('.')}. |")
            lines.append("")
        lines += ["## Enumerations", ""]
        lines += [f"- {self.link(e)}: {_one_line(self.view.get_enum(e).description)}"
                  for e in sorted(self.view.all_enums())]
        lines += ["", "See also the [value types](types.md), and the [Parquet and Arrow layout](parquet.md) of "
                  "every document type.", ""]
        return "\n".join(lines)

    def summary(self) -> str:
        """literate-nav's navigation for the reference section."""
        lines = ["* [Overview](index.md)", "* [Value types](types.md)", "* [Parquet and Arrow layout](parquet.md)",
                 "* [The CCAI assertion in C2PA manifests](c2pa-authorisation.md)"]
        by_module: dict[str, list[str]] = defaultdict(list)
        for name in sorted(self.view.all_classes()):
            by_module[self.module_of.get(name, "core")].append(name)
        for module, title in MODULE_TITLES.items():
            if module in by_module:
                lines.append(f"* {title}")
                lines += [f"    * [{n}]({n}.md)" for n in by_module[module]]
        lines.append("* Enumerations")
        lines += [f"    * [{e}](enums/{e}.md)" for e in sorted(self.view.all_enums())]
        return "\n".join(lines) + "\n"

    def downloads_page(self) -> str:
        version = self.source.version
        lines = ["# Downloads", "",
                 "Every artefact is generated from the schema and published at a stable, versioned path. "
                 f"`schema/{version}/` never changes once released; `schema/latest/` follows the newest release.",
                 "", "| File | What it is | This version | Latest |", "|---|---|---|---|"]
        for name, what in DOWNLOADS:
            lines.append(f"| `{name}` | {what} | [{version}](schema/{version}/{name}) | [latest](schema/latest/{name}) |")
        lines += ["", "JSON Schemas for one document type each:", ""]
        lines += [f"- [`{t}.schema.json`](schema/{version}/jsonschema/{t}.schema.json)" for t in self.source.document_types]
        lines += ["", "Term IRIs such as `https://w3id.org/ccai/ConsentRecord` carry no version: they name the "
                  "same concept in every release. Artefact addresses carry the version.", ""]
        return "\n".join(lines)

    def pages(self) -> dict[str, str]:
        """{path under docs/: Markdown} for the whole reference section."""
        from .artifacts import authorisation_schema, schema_index
        from .authorisation_page import authorisation_page
        from .jsonschema_artifacts import build_json_schemas
        from .parquet_page import parquet_page

        out = {"reference/index.md": self.index_page(), "reference/types.md": self.types_page(),
               "reference/SUMMARY.md": self.summary(), "downloads.md": self.downloads_page(),
               "reference/parquet.md": parquet_page(schema_index(self.source)["classes"], list(self.source.document_types),
                                                    self.source.version),
               "reference/c2pa-authorisation.md": authorisation_page(
                   authorisation_schema(build_json_schemas(self.source)["ccai.schema.json"]), self.source.version)}
        for name in self.view.all_classes():
            out[f"reference/{name}.md"] = self.class_page(name)
        for name in self.view.all_enums():
            out[f"reference/enums/{name}.md"] = self.enum_page(name)
        return out

