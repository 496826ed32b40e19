"""Each term's and requirement's history, as data, and a changelog page per version.

The history walks the released versions (``releases/<version>.yaml`` and its
``.requirements.yaml``) oldest first, then the working tree, and runs the diff engine
(``ccai_standards.diff.compare_snapshots``) between each version and the one before it.
Every snapshot is read once. What each version *holds* (which elements exist, which are
deprecated or withdrawn) gives ``added_in``, ``deprecated_in``, ``withdrawn_in`` and
``removed_in``; what the diff *reports* gives ``changed_in`` and the renames. No second
diff is written here.

Elements are keyed as the diff names them: ``<subject> <element>``, the subject being one
of the diff's (``class``, ``slot``, ``field``, ``enum``, ``value``, ``type``,
``requirement``) and the element its name (``Enum.value`` for a value, ``Class.slot`` for a
field, the code for a requirement). A field change the diff reports once for several
classes is listed under each class's field and once under the slot.

The working tree is labelled with its version and marked unreleased when that version is
not in releases/. When it still carries the last release's version but differs from it, it
is labelled ``unreleased`` (and the problem list says the version needs a bump).

    from generators import history
    data = history.history(root)          # a JSON-able dict
    history.history_json(root)            # canonical bytes, as the site serves them
    history.site_files(root)              # schema/history.json and the changelog pages
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccai_standards.diff import (
    Change,
    Impact,
    Report,
    Snapshot,
    compare_snapshots,
    load_snapshot,
)
from ccai_standards.diff.changes import IMPACT_ORDER
from ccai_standards.diff.compare_schema import deprecation

from . import paths, versioning

FORMAT = 1
UNRELEASED = "unreleased"
WORKING_TREE = "working tree"
HISTORY_PATH = "schema/history.json"
CHANGELOG_DIR = "changelog"
# Not changelog/index.md: with directory URLs it would be served at changelog/, where the
# whole CHANGELOG (changelog.md) already is, and mkdocs would silently keep only one of them.
INDEX_PAGE = f"{CHANGELOG_DIR}/versions.md"
SUBJECTS = ("class", "slot", "field", "enum", "value", "type", "requirement")


# ---- walking the versions ------------------------------------------------------------------

@dataclass
class Step:
    """One version in the walk: a release snapshot, or the working tree."""

    label: str                   # how the history names it: X.Y.Z, or "unreleased"
    version: str                 # the version its schema says
    released: bool
    source: str                  # releases/X.Y.Z.yaml, or "working tree"
    snapshot: Snapshot
    report: Report | None = None  # the diff from the step before; None for the first
    previous: Step | None = field(default=None, repr=False)


@dataclass
class Walk:
    steps: list[Step]
    problems: list[str]

    @property
    def current(self) -> Step:
        return self.steps[-1]


def walk(root: Path | None = None) -> Walk:
    """Every released version, oldest first, then the working tree if it differs from the last."""
    root = Path(root or paths.ROOT).resolve()
    problems: list[str] = []
    steps: list[Step] = []
    for version in versioning.released_versions(root):
        source = f"releases/{version}.yaml"
        snapshot = load_snapshot(source, root)
        if snapshot.version != version:
            problems.append(f"{source}: the file is named {version} but its schema says version {snapshot.version}")
        if not snapshot.has_standard:
            problems.append(f"{source}: no releases/{version}.requirements.yaml next to it, so the requirements' "
                            "history skips this version")
        _append(steps, Step(version, version, True, source, snapshot))

    current = versioning.schema_version(root)
    tree = load_snapshot(".", root)
    tree.label = WORKING_TREE
    released = [s.version for s in steps]
    if current not in released:
        if steps and _newer(steps[-1].version, current):
            problems.append(f"the working tree says version {current}, older than the last release, "
                            f"{steps[-1].version}")
        _append(steps, Step(current, current, False, WORKING_TREE, tree))
    else:
        pending = Step(UNRELEASED, current, False, WORKING_TREE, tree)
        _append(steps, pending)
        if pending.report is not None and not pending.report.changes:
            steps.pop()  # the working tree is the last release
        else:
            problems.append(f"the working tree differs from release {steps[-2].version} but still says version "
                            f"{current}; it is listed as `{UNRELEASED}`. Run `python -m generators bump-version`")
    return Walk(steps, problems)


def _append(steps: list[Step], step: Step) -> None:
    if steps:
        step.previous = steps[-1]
        step.report = compare_snapshots(steps[-1].snapshot, step.snapshot)
    steps.append(step)


def _newer(a: str, b: str) -> bool:
    from ccai_standards.diff import versions

    return versions.parse(a) > versions.parse(b)


# ---- what one version holds ----------------------------------------------------------------

@dataclass(frozen=True)
class State:
    deprecated: bool = False
    withdrawn: bool = False
    declared: str | None = None            # annotations.added_in, or a requirement's introduced_in
    declared_withdrawn: str | None = None  # a requirement's withdrawn_in


def _declared(definition: dict[str, Any]) -> str | None:
    value = (definition.get("annotations") or {}).get("added_in")
    return None if value is None else str(value)


def inventory(snapshot: Snapshot) -> dict[str, State]:
    """{key: state} for every element of one version (requirements only when it has them)."""
    schema = snapshot.schema
    found: dict[str, State] = {}

    def put(subject: str, name: str, definition: dict[str, Any], declared: bool = True) -> None:
        found[f"{subject} {name}"] = State(deprecated=deprecation(definition) is not None,
                                           declared=_declared(definition) if declared else None)

    for name, definition in schema.classes.items():
        put("class", name, definition)
        # A field's annotations are its slot's: the slot's claim, not the field's.
        for slot, induced in schema.all_fields[name].items():
            put("field", f"{name}.{slot}", induced, declared=False)
    for name, definition in schema.slots.items():
        put("slot", name, definition)
    for name, definition in schema.enums.items():
        put("enum", name, definition)
        for value, pv in schema.enum_values(name).items():
            put("value", f"{name}.{value}", pv)
    for name, definition in schema.types.items():
        put("type", name, definition)
    for code, record in (snapshot.requirements or {}).items():
        withdrawn = str(record.get("requirement_status") or "active") == "withdrawn"
        introduced, gone = record.get("introduced_in"), record.get("withdrawn_in")
        found[f"requirement {code}"] = State(withdrawn=withdrawn, declared=None if introduced is None else str(introduced),
                                             declared_withdrawn=None if gone is None else str(gone))
    return found


# ---- the history -----------------------------------------------------------------------------

def change_keys(change: Change) -> list[str]:
    """The elements one diff change is about (none for the schema's or the standard's header)."""
    if change.subject == "field":
        return [f"field {cls}.{change.element}" for cls in change.classes] + [f"slot {change.element}"]
    if change.subject in SUBJECTS:
        return [f"{change.subject} {change.element}"]
    return []


def _rename_targets(change: Change) -> list[tuple[str, str]]:
    """(old key, new key) for a rename."""
    subject, element, target = change.subject, change.element, change.renamed_to or ""
    if subject == "field":
        pairs = [(f"field {cls}.{element}", f"field {cls}.{target}") for cls in change.classes]
        return [*pairs, (f"slot {element}", f"slot {target}")]
    if subject == "value":
        enum = element.partition(".")[0]
        return [(f"value {element}", f"value {enum}.{target}")]
    return [(f"{subject} {element}", f"{subject} {target}")]


def _lifecycle(present: list[int], states: list[dict[str, State]], key: str, flag: str,
               labels: list[str]) -> str | None:
    """The version that began the run of versions, up to the last one holding the key, in which `flag` holds."""
    start = None
    for index in reversed(present):
        if not getattr(states[index][key], flag):
            break
        start = index
    return labels[start] if start is not None else None


def _compute(run: Walk) -> dict[str, Any]:
    steps = run.steps
    labels = [s.label for s in steps]
    with_standard = [s.snapshot.has_standard for s in steps]
    states = [inventory(s.snapshot) for s in steps]
    # A version without requirements keeps those of the version before it.
    for index in range(1, len(states)):
        if not with_standard[index]:
            for key, state in states[index - 1].items():
                if key.startswith("requirement "):
                    states[index][key] = state

    changes: dict[str, dict[str, list[Change]]] = {}
    renames_to: dict[str, dict[str, str]] = {}
    renames_from: dict[str, dict[str, str]] = {}
    for step in steps:
        for change in step.report.changes if step.report else ():
            for key in change_keys(change):
                changes.setdefault(key, {}).setdefault(step.label, []).append(change)
            if change.action == "renamed":
                for old, new in _rename_targets(change):
                    renames_to[old] = {"key": new, "version": step.label}
                    renames_from[new] = {"key": old, "version": step.label}

    keys = sorted(set().union(*(s.keys() for s in states)) | changes.keys())
    elements: dict[str, Any] = {}
    problems = list(run.problems)
    for key in keys:
        present = [i for i, s in enumerate(states) if key in s]
        if not present:
            continue  # only a slot named by a field change of a class attribute
        subject, _, name = key.partition(" ")
        added_in = labels[present[0]]
        removed_in = labels[present[-1] + 1] if present[-1] < len(steps) - 1 else None
        changed_in = []
        for label, found in sorted(changes.get(key, {}).items(), key=lambda item: labels.index(item[0])):
            kept = [c for c in found
                    if not (c.action == "added" and label == added_in) and not (c.action == "removed" and label == removed_in)]
            if kept:
                impacts = [c.impact for c in kept if c.impact is not None]
                worst = min(impacts, key=IMPACT_ORDER.index).value if impacts else None
                changed_in.append({"version": label, "impact": worst, "changes": [c.as_json() for c in kept]})
        latest = states[present[-1]][key]
        entry: dict[str, Any] = {
            "subject": subject, "name": name, "added_in": added_in, "changed_in": changed_in,
            "deprecated_in": _lifecycle(present, states, key, "deprecated", labels),
            "removed_in": removed_in,
            "renamed_from": renames_from.get(key), "renamed_to": renames_to.get(key),
        }
        if subject == "requirement":
            entry["withdrawn_in"] = _lifecycle(present, states, key, "withdrawn", labels)
            del entry["deprecated_in"]
        if subject != "field":
            entry["declared_added_in"] = latest.declared
        elements[key] = entry
        problems += _disagreements(key, entry, latest)

    current = steps[-1]
    return {
        "format": FORMAT,
        "current": {"label": current.label, "version": current.version, "released": current.released},
        "versions": [_version_entry(s) for s in steps],
        "elements": elements,
        "problems": problems,
    }


def _disagreements(key: str, entry: dict[str, Any], latest: State) -> list[str]:
    """Where the schema's or the standard's own claim differs from what the releases show."""
    found = []
    claim = "introduced_in" if entry["subject"] == "requirement" else "added_in"
    declared, computed = latest.declared, entry["added_in"]
    if computed != UNRELEASED and declared is not None and declared != computed:
        found.append(f"{key}: says `{claim}: {declared}`, but it first appears in {computed}")
    if entry["subject"] == "requirement":
        withdrawn = entry["withdrawn_in"]
        if withdrawn not in (None, UNRELEASED) and latest.declared_withdrawn != withdrawn:
            said = f"says `withdrawn_in: {latest.declared_withdrawn}`" if latest.declared_withdrawn else \
                "does not say `withdrawn_in`"
            found.append(f"{key}: {said}, but it is withdrawn from {withdrawn}")
    return found


def _version_entry(step: Step) -> dict[str, Any]:
    entry: dict[str, Any] = {"label": step.label, "version": step.version, "released": step.released,
                             "source": step.source, "previous": step.previous.label if step.previous else None}
    if step.report is not None:
        report = step.report
        entry.update(counts=report.counts(), required_bump=report.required_bump,
                     minimum_version=report.minimum_version, bumped_enough=report.bumped_enough,
                     notes=list(report.notes))
    return entry


def history(root: Path | None = None, run: Walk | None = None) -> dict[str, Any]:
    """The history of every element and requirement, as a JSON-able dict (see the module's docstring)."""
    return _compute(run or walk(root))


def history_json(root: Path | None = None, run: Walk | None = None) -> bytes:
    from .canonical import canonical_json

    return canonical_json(history(root, run))


# ---- the changelog's own notes ---------------------------------------------------------------

_SECTION = re.compile(r"^## \[([^\]]+)\](.*)$", re.MULTILINE)
_NEXT_SECTION = re.compile(r"^## ", re.MULTILINE)
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+.*$", re.MULTILINE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Notes:
    body: str
    date: str | None


def changelog_notes(text: str) -> dict[str, Notes]:
    """{version or "Unreleased": its section of CHANGELOG.md}, links made to work from changelog/."""
    found: dict[str, Notes] = {}
    for match in _SECTION.finditer(text):
        following = _NEXT_SECTION.search(text, match.end())
        body = text[match.end(): following.start() if following else len(text)]
        body = _LINK_DEFINITION.sub("", body).strip()
        date = _DATE.search(match.group(2))
        name = match.group(1).strip()
        found[UNRELEASED if name.lower() == UNRELEASED else name] = Notes(_fix_links(body), date.group(0) if date else None)
    return found


def _fix_links(text: str) -> str:
    from .site import readable_links

    return readable_links(text, docs_prefix="../")


# ---- the changelog pages ---------------------------------------------------------------------

_INTRO = {
    Impact.BREAKING: "Records that were valid under {old} may be refused under {new}, or a term now means "
                     "something else. Check your records and your software against these.",
    Impact.COMPATIBLE: "Additions and loosenings: every record that was valid under {old} is still valid.",
    Impact.EDITORIAL: "Wording and other details. What is valid, and what the terms mean, stay the same.",
}
_ATTRIBUTE_WORDS = {
    "description": "description", "title": "title", "range": "kind of value", "pattern": "accepted format",
    "statement": "wording", "rationale": "explanation of why it exists", "applies_to": "who it applies to",
    "carried_by": "records that show it is met", "check_description": "description of the software check",
    "machine_checkable": "whether software checks it", "not_checkable_reason": "reason software cannot check it",
    "informative_references": "references", "minimum_cardinality": "least number of values",
    "maximum_cardinality": "greatest number of values", "minimum_value": "lowest allowed number",
    "maximum_value": "highest allowed number", "slot_uri": "web address (IRI)", "class_uri": "web address (IRI)",
    "enum_uri": "web address (IRI)", "meaning": "web address (IRI)", "uri": "web address (IRI)",
    "exact_mappings": "equivalent terms in other vocabularies", "close_mappings": "related terms in other vocabularies",
    "related_mappings": "related terms in other vocabularies", "is_a": "broader term", "mixins": "shared parts",
    "examples": "examples", "aliases": "other names", "comments": "comments", "summary": "summary",
    "version_policy": "version policy", "pillar": "pillar", "typeof": "base type", "inlined": "way it is written "
    "(in place, or as the id of another record)", "identifier": "role as the record's identifier",
    "annotations": "annotations", "level": "level", "licence": "licence", "name": "name",
}
_QUOTED = {"description", "statement", "rationale", "check_description", "not_checkable_reason", "summary",
           "version_policy", "title", "deprecated", "withdrawal_reason"}
_MAX_INLINE = 100
_HISTORY_KEYS = """Each entry is named by what it is and its name (`class`: a record type or a part of one; `field`:
a field of one record type; `slot`: a field wherever it is used; `enum`: a list of allowed values; `value`:
one of them; `type`: a value type; `requirement`), and says:

- `added_in`: the first version that has it;
- `changed_in`: each later version that changed it, the changes, and the most serious kind among them
  (`breaking`, `compatible` or `editorial`);
- `deprecated_in`, `withdrawn_in`, `removed_in`: when it was deprecated (still accepted, to be removed
  later), withdrawn (a requirement no longer in force) or removed;
- `renamed_from`, `renamed_to`: the entry it was renamed from or to, and when;
- `declared_added_in`: the version its own definition claims; where that is not `added_in`, the file says so
  under `problems`.

A version not yet released is named by its number; changes made without a new number are named
`{unreleased}`.
"""


def _plain(text: Any) -> str:
    """Text from the schema or the standard, safe in Markdown."""
    text = " ".join(str(text).split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, f"\\{char}" if char not in "<>" else {"<": "&lt;", ">": "&gt;"}[char])
    return text


def _code(value: Any) -> str:
    if isinstance(value, bool):
        value = "yes" if value else "no"
    elif isinstance(value, list):
        return ", ".join(_code(v) for v in value) or "none"
    elif isinstance(value, dict):
        return ", ".join(f"{_code(k)}: {_code(v)}" for k, v in sorted(value.items())) or "none"
    elif value is None:
        return "nothing"
    text = " ".join(str(value).split())
    if len(text) > _MAX_INLINE:
        text = text[: _MAX_INLINE - 1] + "…"
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}".replace("|", "\\|")


class ChangelogPages:
    """The changelog pages of one walk: one per version, and the list of versions."""

    def __init__(self, run: Walk, changelog_text: str, data: dict[str, Any] | None = None) -> None:
        self.run = run
        self.notes = changelog_notes(changelog_text)
        self.data = data
        tree = run.current.snapshot
        self.classes = set(tree.schema.classes)
        self.enums = set(tree.schema.enums)
        self.types = set(tree.schema.types)
        self.fields = {cls: set(fields) for cls, fields in tree.schema.all_fields.items()}
        self.values = {enum: set(tree.schema.enum_values(enum)) for enum in tree.schema.enums}
        self.requirements = tree.requirements or {}

    # -- naming things ---------------------------------------------------------------------

    def _class(self, name: str) -> str:
        return f"[`{name}`](../reference/{name}.md)" if name in self.classes else f"`{name}`"

    def _classes(self, names: tuple[str, ...]) -> str:
        shown = [self._class(n) for n in names[:6]]
        if len(names) > 6:
            shown.append(f"{len(names) - 6} more")
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]

    def _requirement(self, code: str, step: Step) -> str:
        record = self.requirements.get(code) or (step.snapshot.requirements or {}).get(code) or \
            ((step.previous.snapshot.requirements or {}) if step.previous else {}).get(code) or {}
        title = f" ({_plain(record['title'])})" if record.get("title") else ""
        if code in self.requirements:  # a requirement of the current version has its own page
            return f"requirement [{code}](../standard/{code}.md){title}"
        return f"requirement {code}{title}"

    def _what(self, change: Change, step: Step) -> str:
        """The element in plain words, linked to its page when the current version has one."""
        subject, element = change.subject, change.element
        if subject == "class":
            models = [step.snapshot.schema] + ([step.previous.snapshot.schema] if step.previous else [])
            kind = "record type" if any(element in m.record_classes for m in models) else "part of a record"
            return f"the {kind} {self._class(element)}"
        if subject == "field":
            if len(change.classes) == 1 and element in self.fields.get(change.classes[0], ()):
                cls = change.classes[0]
                return f"the field [`{element}`](../reference/{cls}.md#{element}) of {self._class(cls)}"
            return f"the field `{element}` of {self._classes(change.classes)}"
        if subject == "slot":
            return f"the field definition `{element}` (not used by any record type)"
        if subject == "enum":
            target = f"[`{element}`](../reference/enums/{element}.md)" if element in self.enums else f"`{element}`"
            return f"the list of allowed values {target}"
        if subject == "value":
            enum, _, value = element.partition(".")
            target = f"[`{enum}`](../reference/enums/{enum}.md)" if enum in self.enums else f"`{enum}`"
            shown = f"[`{value}`](../reference/enums/{enum}.md#{value})" if value in self.values.get(enum, ()) \
                else f"`{value}`"
            return f"the value {shown} of the list {target}"
        if subject == "type":
            target = f"[`{element}`](../reference/types.md#{element.lower()})" if element in self.types \
                else f"`{element}`"
            return f"the value type {target}"
        if subject == "requirement":
            return self._requirement(element, step)
        if subject == "pillar":
            return f"the pillar `{element}`"
        if subject == "standard":
            return "the standard's record"
        return "the schema's header"

    # -- one change ------------------------------------------------------------------------

    def _headline(self, change: Change, step: Step) -> str:
        what = self._what(change, step)
        action, attribute, old, new = change.action, change.attribute, change.old, change.new
        if action == "added":
            if change.subject == "field":
                return f"New field `{change.element}` in {self._classes(change.classes)}" + \
                    (", required" if new else ", optional")
            if change.subject == "requirement":
                return f"New {what} at level {str(new or '').upper()}"
            return f"New {what.removeprefix('the ')}"
        if action == "removed":
            return f"Removed: {what}"
        if action == "renamed":
            target = f"`{change.renamed_to}`"
            return f"Renamed: {what} is now called {target}" + (
                "; the old name is still accepted for now, but is deprecated" if change.old_name_kept
                else "; the old name is no longer accepted")
        if action == "withdrawn":
            return f"Withdrawn: {what}"
        if action == "reinstated":
            return f"In force again: {what}"
        if attribute == "deprecated":
            return f"Deprecated: {what}" if new else f"No longer deprecated: {what}"
        if attribute == "required":
            return f"{what[0].upper()}{what[1:]} is now {'required' if new else 'optional'}"
        if attribute == "multivalued":
            return f"{what[0].upper()}{what[1:]} now takes {'a list of values' if new else 'a single value'}"
        if attribute == "level":
            return f"{what[0].upper()}{what[1:]} changes from {str(old).upper()} to {str(new).upper()}"
        words = _ATTRIBUTE_WORDS.get(attribute or "", (attribute or "").replace("_", " "))
        return f"{what[0].upper()}{what[1:]}: new {words}"

    def _values(self, change: Change) -> list[str]:
        """Before and after, under the headline (indented to stay in the list item)."""
        if change.action not in ("changed",) or change.attribute in ("required", "multivalued", "level"):
            return []
        old, new = change.old, change.new
        if change.attribute in _QUOTED:
            lines = []
            for title, value in (("Before", old), ("Now", new)):
                lines += ["", f"    {title}:", "", f"    > {_plain(value)}" if value else "    > (nothing)"]
            return lines
        return ["", f"    Before: {_code(old)}. Now: {_code(new)}."]

    def _reason(self, change: Change) -> str:
        if change.action == "renamed":
            if change.impact is Impact.BREAKING:
                return "Records that use the old name, or lack the new required field, are now refused."
            return "Switch to the new name: the old one will be removed in a later version."
        if change.action == "added" and change.impact is Impact.COMPATIBLE and change.subject != "field":
            return "Nothing that was valid before becomes invalid."
        reason = change.reason.strip()
        for repeated in (change.action, change.attribute):
            if repeated and reason.startswith(f"{repeated}:"):
                reason = reason[len(repeated) + 1:].strip()  # the headline says it already
        return f"{reason[0].upper()}{reason[1:]}." if reason else ""

    def _change(self, change: Change, step: Step) -> list[str]:
        reason = self._reason(change)
        lines = [f"- **{self._headline(change, step)}.** {reason}".rstrip()]
        lines += self._values(change)
        if change.affects:
            shown = ", ".join(f"`{a}`" for a in change.affects[:6])
            more = f" and {len(change.affects) - 6} more" if len(change.affects) > 6 else ""
            lines += ["", f"    This affects {shown}{more}."]
        return [*lines, ""]

    # -- pages -----------------------------------------------------------------------------

    @staticmethod
    def _counts(report: Report) -> str:
        counts = report.counts()
        words = []
        for impact in IMPACT_ORDER:
            n = counts[impact.value]
            words.append(f"{n or 'no'} {impact.value} change{'s' if n != 1 else ''}")
        return f"{words[0]}, {words[1]} and {words[2]}"

    def _title(self, step: Step) -> str:
        if step.label == UNRELEASED:
            return f"Changes not yet released (after {step.previous.label if step.previous else step.version})"
        return f"Version {step.label}" + ("" if step.released else " (not yet released)")

    def _date(self, step: Step) -> str | None:
        """The release date: the changelog's heading's, else the standard record's `released_on`."""
        notes = self.notes.get(step.label)
        if not step.released:
            return None
        if notes and notes.date:
            return notes.date
        released_on = (step.snapshot.standard or {}).get("released_on")
        return str(released_on) if released_on else None

    def version_page(self, step: Step) -> str:
        lines = [f"# {self._title(step)}", ""]
        notes = self.notes.get(UNRELEASED if not step.released else step.label)
        if not step.released:
            lines += ['!!! note "Not released yet"', "",
                      ("    This version is still being prepared. The changes below are those made so far, "
                       "and may still change before it is released."), ""]
        elif self._date(step):
            lines += [f"Released on {self._date(step)}.", ""]
        report = step.report
        if report is None or step.previous is None:
            lines += [("This is the first release of the standard. There is no earlier version to compare "
                       "it with, so this page lists only the maintainers' notes."), ""]
        else:
            old, new = step.previous.label, step.label if step.label != UNRELEASED else "the working version"
            lines += [f"Compared with [version {old}]({old}.md): {self._counts(report)}.", ""]
            if not step.released and not report.bumped_enough:
                lines += [(f"These changes need a version number of at least {report.minimum_version}; "
                           f"this version still says {step.version}."), ""]
            if not report.changes:
                lines += [f"Nothing in the schema or the requirements changed since {old}.", ""]
            for impact in IMPACT_ORDER:
                found = report.by_impact(impact)
                if not found:
                    continue
                lines += [f"## {impact.title} ({len(found)})", "", _INTRO[impact].format(old=old, new=new), ""]
                for change in found:
                    lines += self._change(change, step)
            command = f"ccai diff {step.previous.source} {step.source if step.released else '.'}"
            lines += [(f"Programmers get the same list, with the technical detail, from `{command}`, and "
                       "every term's history from [`history.json`](../schema/history.json)."), ""]
        lines += ["## Notes from the changelog", ""]
        if notes and notes.body:
            lines += [notes.body, ""]
        else:
            lines += ["The maintainers wrote no notes for this version in the [changelog](../changelog.md).", ""]
        return "\n".join(lines)

    def index_page(self) -> str:
        lines = ["# Changes, version by version", "",
                 ("Each page lists what changed in one version of the standard compared with the version "
                  "before it, in three groups: **breaking** changes (records that were valid may be refused, or "
                  "a term now means something else), **compatible** changes (additions and loosenings: "
                  "everything valid stays valid) and **editorial** changes (wording only), followed by the "
                  "maintainers' notes. The [whole changelog](../changelog.md) is also on one page."), "",
                 "| Version | Status | Changes from the version before |", "|---|---|---|"]
        for step in reversed(self.run.steps):
            date = self._date(step)
            status = "not yet released" if not step.released else (f"released {date}" if date else "released")
            if step.report is None:
                summary = "first release"
            else:
                counts = step.report.counts()
                summary = ", ".join(f"{counts[i.value]} {i.value}" for i in IMPACT_ORDER)
            name = "not yet released" if step.label == UNRELEASED else step.label
            lines.append(f"| [{name}]({step.label}.md) | {status} | {summary} |")
        lines += ["", "## Every term's history, as data", "",
                  ("[`history.json`](../schema/history.json) says, for every record type, field, list of "
                   "allowed values, value, value type and requirement, in which version it was added, in which "
                   "versions it changed (and whether each change was breaking, compatible or editorial), and "
                   "in which version it was deprecated, withdrawn or removed. For example:"), ""]
        example = self._example()
        if example:
            lines += ["```json", example, "```", ""]
        lines += [_HISTORY_KEYS.format(unreleased=UNRELEASED)]
        return "\n".join(lines)

    def _example(self) -> str | None:
        import json

        if not self.data:
            return None
        elements = self.data["elements"]
        key = next((k for k, e in elements.items() if e["changed_in"] and k.startswith("field ")), None) or \
            next((k for k in elements if k.startswith("class ")), None)
        if key is None:
            return None
        return json.dumps({key: elements[key]}, indent=2, sort_keys=True, ensure_ascii=False)

    @property
    def problems(self) -> list[str]:
        """Versions whose notes are missing from CHANGELOG.md."""
        found = []
        for step in self.run.steps:
            section = UNRELEASED if not step.released else step.label
            if not (self.notes.get(section) and self.notes[section].body):
                heading = "[Unreleased]" if section == UNRELEASED else f"[{section}]"
                found.append(f"CHANGELOG.md: no notes under `## {heading}` for version {step.label}")
        return found

    def pages(self) -> dict[str, str]:
        out = {f"{CHANGELOG_DIR}/{step.label}.md": self.version_page(step) for step in self.run.steps}
        out[INDEX_PAGE] = self.index_page()
        return out


def element_lines(data: dict[str, Any], key: str, declared: str | None, from_dir: str = "..") -> list[str]:
    """A page's history list for one element (`class ConsentRecord`, `requirement CCAI-…`): added
    in, each version that changed it (how much, which attributes) and deprecated or withdrawn in."""
    entry = data.get("elements", {}).get(key) or {}
    released = {v["version"]: v.get("released") for v in data.get("versions", [])}
    lines = [f"- Added in version {entry.get('added_in') or declared}."]
    for change in entry.get("changed_in") or []:
        version = change["version"]
        what = sorted({str(c.get("attribute") or c.get("action")).replace("_", " ") for c in change["changes"]})
        draft = "" if released.get(version) else " (a draft, not yet released)"
        article = "an" if change["impact"][0] in "aeiou" else "a"
        lines.append(f"- Changed in version {version}{draft}, {article} {change['impact']} change: {', '.join(what)}. "
                     f"See [what changed in {version}]({from_dir}/changelog/{version}.md).")
    for state in ("deprecated_in", "withdrawn_in", "removed_in"):
        if entry.get(state):
            lines.append(f"- {state.split('_')[0].capitalize()} in version {entry[state]}.")
    return lines


def with_version_links(changelog_page: str) -> str:
    """The whole-changelog page with a pointer, under its title, to the pages per version."""
    pointer = ("The changes of each version, grouped as breaking, compatible and editorial and said in plain "
               f"words, are on [one page per version]({INDEX_PAGE}).")
    head, newline, rest = changelog_page.partition("\n")
    if not head.startswith("# "):
        return f"{pointer}\n\n{changelog_page}"
    return f"{head}\n\n{pointer}\n{newline}{rest}"


def site_files(root: Path | None = None) -> dict[str, str | bytes]:
    """schema/history.json and the changelog pages, from one walk of the versions."""
    from .canonical import canonical_json

    root = Path(root or paths.ROOT)
    run = walk(root)
    data = history(root, run)
    changelog = root / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    files: dict[str, str | bytes] = {HISTORY_PATH: canonical_json(data)}
    files.update(ChangelogPages(run, text, data).pages())
    return files


def main(argv: list[str] | None = None) -> int:
    """`python -m generators.history [ROOT]`: the versions, how long the walk took, and the problems."""
    root = Path((argv or sys.argv[1:] or [str(paths.ROOT)])[0])
    started = time.perf_counter()
    run = walk(root)
    data = history(root, run)
    took = time.perf_counter() - started
    labels = ", ".join(v["label"] + ("" if v["released"] else " (unreleased)") for v in data["versions"])
    print(f"history: {len(data['elements'])} elements over {labels} in {took:.2f} s")
    changelog = root / "CHANGELOG.md"
    pages = ChangelogPages(run, changelog.read_text(encoding="utf-8") if changelog.exists() else "", data)
    problems = data["problems"] + pages.problems
    for problem in problems:
        print(f"  problem: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
