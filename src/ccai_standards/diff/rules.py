"""Judge each change: breaking, compatible or editorial, with the reason a reviewer reads.

The test of *breaking* is the issue's: a record valid before may now be invalid, or a
term's meaning changed (its IRI, its place in the hierarchy, the values it allows, what a
requirement demands). Tightenings are breaking, loosenings and additions compatible,
wording editorial. When the tool cannot prove a change safe it says so and calls it
breaking; a reviewer may overrule that, the tool may not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .changes import Change, Impact
from .loading import Snapshot
from .schema_model import SchemaModel

B, C, E = Impact.BREAKING, Impact.COMPATIBLE, Impact.EDITORIAL

EDITORIAL_ATTRIBUTES = {
    "description", "title", "comments", "examples", "see_also", "aliases", "notes", "todos", "rank",
    "in_subset", "annotations", "keywords", "source", "status", "contributors", "created_by", "created_on",
    "last_updated_on", "modified_by", "structured_aliases", "local_names", "categories", "recommended",
    "license", "name",
}
IRI_ATTRIBUTES = {"class_uri", "slot_uri", "enum_uri", "meaning", "uri", "id", "prefix"}
SHAPE_ATTRIBUTES = {
    "identifier": "which field identifies a record",
    "key": "which field is the key of an inlined object",
    "designates_type": "which field names the record type",
    "inlined": "whether the value is an object written in place or the id of another record",
    "inlined_as_list": "whether several objects are written as a list or as a map",
    "alias": "the name the field has in JSON and YAML",
    "ifabsent": "what a missing value means",
}
INFORMATIVE_MAPPINGS = {"close_mappings", "related_mappings", "narrow_mappings", "broad_mappings"}
# Built-in types whose values are all values of a wider built-in.
WIDER_BUILTINS = {("integer", "float"), ("integer", "double"), ("integer", "decimal"), ("float", "double"),
                  ("date", "date_or_datetime"), ("datetime", "date_or_datetime"), ("uri", "uriorcurie"),
                  ("curie", "uriorcurie")}
LEVEL_RANK = {"may": 0, "should": 1, "must": 2}
NORMATIVE_REQUIREMENT_FIELDS = {"carried_by", "machine_checkable"}
NORMATIVE_STANDARD_FIELDS = {"version_policy", "licence"}


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _bound(value: Any) -> str:
    return "none" if value is None else str(value)


def _scan(text: str):
    """Yield (index, piece, depth) for each escape or character outside character classes.

    A class (`[...]`, where a leading `^` and a leading `]` are literal) is yielded as one
    piece, so its `|` and parentheses never count as structure.
    """
    depth, i = 0, 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            yield i, text[i: i + 2], depth
            i += 2
            continue
        if char == "[":
            j = i + 1
            if j < len(text) and text[j] == "^":
                j += 1
            if j < len(text) and text[j] == "]":
                j += 1
            while j < len(text) and text[j] != "]":
                j += 2 if text[j] == "\\" else 1
            yield i, text[i: j + 1], depth
            i = j + 1
            continue
        if char == ")":
            depth -= 1
        yield i, char, depth
        if char == "(":
            depth += 1
        i += 1


def _strip_anchor_group(pattern: str) -> tuple[str, str, str]:
    """(start anchor, body, end anchor), with one group around the whole body removed."""
    start = "^" if pattern.startswith("^") else ""
    end = "$" if pattern.endswith("$") and not pattern.endswith("\\$") else ""
    body = pattern[len(start): len(pattern) - len(end)]
    if body.startswith("("):
        closing = next((i for i, piece, depth in _scan(body) if piece == ")" and depth == 0), -1)
        if closing == len(body) - 1:
            body = body[3:-1] if body.startswith("(?:") else body[1:-1]
    return start, body, end


def _split_top_level(body: str) -> list[str]:
    """Split on `|` outside groups and character classes."""
    parts, last = [], 0
    for i, piece, depth in _scan(body):
        if piece == "|" and depth == 0:
            parts.append(body[last:i])
            last = i + 1
    parts.append(body[last:])
    return parts


def alternatives(pattern: str) -> tuple[str, str, frozenset[str]]:
    """A pattern as (start anchor, end anchor, its top-level alternatives).

    `^(A|B)$` gives ("^", "$", {A, B}). In `^A|B$` the anchors belong to single
    alternatives, so it gives ("", "", {^A, B$}). Either way the pattern accepts exactly the
    union of what its alternatives accept, which is what makes a subset test sound.
    """
    raw = _split_top_level(pattern)
    if len(raw) > 1:
        return "", "", frozenset(raw)
    start, body, end = _strip_anchor_group(pattern)
    return start, end, frozenset(_split_top_level(body))


def judge_pattern(old: str | None, new: str | None) -> tuple[Impact, str]:
    if old is None:
        return B, "a pattern now restricts values that were accepted before"
    if new is None:
        return C, "the pattern is removed: every value accepted before is still accepted"
    old_start, old_end, old_alts = alternatives(old)
    new_start, new_end, new_alts = alternatives(new)
    if (old_start, old_end) == (new_start, new_end):
        if old_alts < new_alts:
            added = ", ".join(sorted(new_alts - old_alts))
            return C, f"wider: the old alternatives are all kept and {added} is added"
        if new_alts < old_alts:
            dropped = ", ".join(sorted(old_alts - new_alts))
            return B, f"narrower: the alternative {dropped} is no longer accepted"
    return B, ("the pattern changed and the tool cannot prove it accepts every value the old one did, "
               "so it counts as narrower")


@dataclass
class Judge:
    """Judges changes between two snapshots (the schemas, and the standards if both have them)."""

    old: Snapshot
    new: Snapshot
    class_renames: dict[str, tuple[str, str]]

    @property
    def old_schema(self) -> SchemaModel:
        return self.old.schema

    @property
    def new_schema(self) -> SchemaModel:
        return self.new.schema

    def judge(self, change: Change) -> None:
        if change.subject in ("requirement", "standard", "pillar"):
            impact, reason = self._standard(change)
        elif change.action == "added":
            impact, reason = self._added(change)
        elif change.action == "removed":
            impact, reason = self._removed(change)
        elif change.action == "renamed":
            impact, reason = self._renamed(change)
        else:
            impact, reason = self._changed(change)
        change.impact, change.reason = impact, reason

    # ---- schema elements ---------------------------------------------------------------

    def _added(self, change: Change) -> tuple[Impact, str]:
        if change.subject == "field":
            if change.new:
                return B, "a new required field: records written before do not have it"
            return C, "a new optional field: records written before stay valid"
        what = {"value": "a new allowed value", "class": "a new record type or class", "enum": "a new enumeration",
                "type": "a new value type", "slot": "a new field definition (not used by any class yet)"}
        return C, f"{what.get(change.subject, 'a new element')}: nothing valid before becomes invalid"

    def _removed(self, change: Change) -> tuple[Impact, str]:
        reasons = {
            "field": "records that carry this field are now rejected",
            "value": "records that use this value are now rejected",
            "class": "records of this type, and references to it, are now rejected",
            "enum": "the enumeration and its value IRIs leave the vocabulary",
            "type": "the value type leaves the vocabulary",
            "slot": "the term leaves the vocabulary (OWL, JSON-LD context)",
        }
        return B, reasons.get(change.subject, "the element is removed")

    def _renamed(self, change: Change) -> tuple[Impact, str]:
        how = "declared with deprecated_element_has_exact_replacement" if change.rename_basis == "exact replacement" \
            else "recognised because the definition is identical under the new name"
        if change.old_name_kept:
            if change.subject == "field" and change.new:
                return B, f"renamed ({how}), but the new field is required, so records written before lack it"
            return C, (f"renamed ({how}); the old name is still accepted as a deprecated alias, to be removed "
                       "after two minor releases")
        return B, f"renamed ({how}); records that use the old name {change.element} are now rejected"

    def _changed(self, change: Change) -> tuple[Impact, str]:
        attribute, old, new = change.attribute or "", change.old, change.new
        if attribute in EDITORIAL_ATTRIBUTES:
            return E, f"{attribute} only: the data and the meaning of terms are unchanged"
        if attribute == "deprecated":
            if new:
                return C, "deprecated: still accepted, so nothing breaks yet; users should migrate"
            return C, "no longer deprecated"
        if attribute == "required":
            return (B, "optional → required: records without it are now rejected") if new else \
                (C, "required → optional: records valid before stay valid")
        if attribute == "multivalued":
            return B, ("single value → list: a single value written before is now rejected" if new else
                       "list → single value: lists written before are now rejected")
        if attribute in ("minimum_cardinality", "minimum_value"):
            if new is not None and (old is None or _number(new) > _number(old)):
                return B, f"higher minimum ({_bound(old)} → {_bound(new)}): values valid before may now be rejected"
            return C, f"lower minimum ({_bound(old)} → {_bound(new)}): values valid before stay valid"
        if attribute in ("maximum_cardinality", "maximum_value"):
            if new is not None and (old is None or _number(new) < _number(old)):
                return B, f"lower maximum ({_bound(old)} → {_bound(new)}): values valid before may now be rejected"
            return C, f"higher maximum ({_bound(old)} → {_bound(new)}): values valid before stay valid"
        if attribute in ("exact_cardinality", "equals_string", "equals_number", "equals_expression"):
            return (C, f"{attribute} removed: a constraint is lifted") if new is None else \
                (B, f"{attribute} set or changed: values valid before may now be rejected")
        if attribute == "pattern":
            impact, reason = judge_pattern(old, new)
            if change.affects:
                reason += f"; applies to {len(change.affects)} field(s)"
            return impact, reason
        if attribute == "range":
            return self._range(old, new)
        if attribute == "typeof":
            return self._range(old, new, what="base type")
        if attribute == "slot_uri" and change.subject == "field" and self._identifier_everywhere(change):
            return E, "the field is the record's identifier, which becomes the node IRI: its property is never written"
        if attribute in IRI_ATTRIBUTES:
            return B, f"the IRI changes ({old} → {new}): linked-data users see a different term"
        if attribute in SHAPE_ATTRIBUTES:
            return B, f"changes {SHAPE_ATTRIBUTES[attribute]}: records written before may no longer fit"
        if attribute in ("is_a", "mixins") and change.subject == "class":
            return self._ancestry(change.element)
        if attribute == "is_a" and change.subject == "value":
            return B, "the broader value changes, so what a consent or preference for the broader use covers changes"
        if attribute in ("abstract", "mixin"):
            return (B, "records of this type can no longer be written") if new else \
                (C, "records of this type may now be written")
        if attribute == "exact_mappings":
            gone = set(_values(old)) - set(_values(new))
            if gone:
                return B, f"a declared equivalence is withdrawn ({', '.join(sorted(gone))})"
            return C, "a new equivalent term in another vocabulary"
        if attribute in INFORMATIVE_MAPPINGS:
            return C, "an informative link to another vocabulary changed; records are unaffected"
        return B, (f"the tool does not know whether changing `{attribute}` is safe, so it counts as breaking; "
                   "a reviewer may judge otherwise")

    def _identifier_everywhere(self, change: Change) -> bool:
        """True when the field identifies its record in every class, before and after."""
        def identifier(model: SchemaModel, cls: str) -> bool:
            return bool(model.all_fields.get(cls, {}).get(change.element, {}).get("identifier"))

        return all(identifier(self.old_schema, c) and identifier(self.new_schema, c) for c in change.classes)

    def _range(self, old: str, new: str, what: str = "range") -> tuple[Impact, str]:
        old_model, new_model = self.old_schema, self.new_schema
        old_kind, new_kind = old_model.range_kind(old), new_model.range_kind(new)
        if old_kind != new_kind:
            return B, f"the {what} changes from a {old_kind} ({old}) to a {new_kind} ({new})"
        if old_kind == "class":
            mapped = self.class_renames.get(old, (old, ""))[0]
            if mapped == new:
                return C, f"the {what} class {old} was renamed to {new}"
            if new in new_model.class_ancestors(mapped):
                return C, f"wider: every {old} is a {new}"
            if mapped in new_model.class_ancestors(new):
                return B, f"narrower: only {new}, one kind of {old}, is accepted now"
            return B, f"{old} and {new} are unrelated classes"
        if old_kind == "enum":
            old_values, new_values = old_model.enum_values(old), new_model.enum_values(new)
            missing = sorted(set(old_values) - set(new_values))
            if missing:
                return B, f"narrower: {', '.join(missing)} no longer allowed"
            moved = [v for v in old_values if old_model.value_iri(old, v) != new_model.value_iri(new, v)]
            if moved:
                return B, f"the values keep their names but their IRIs change ({', '.join(moved[:3])}…)"
            return C, f"wider: every value of {old} is allowed by {new}"
        if old_kind == "type":
            if new in old_model.type_chain(old):
                return C, f"wider: {old} is a kind of {new}"
            if old in new_model.type_chain(new):
                return B, f"narrower: {new} is a restricted kind of {old}"
            old_base, new_base = old_model.type_chain(old)[-1], new_model.type_chain(new)[-1]
            if (old_base, new_base) in WIDER_BUILTINS and not new_model.type_pattern(new):
                return C, f"wider: every {old_base} is a {new_base}"
            return B, f"{old} and {new} are different kinds of value"
        return B, f"the {what} changes from {old} to {new}, which the tool cannot compare"

    def _ancestry(self, class_name: str) -> tuple[Impact, str]:
        reverse = {target: source for source, (target, _) in self.class_renames.items()}
        old_name = reverse.get(class_name, class_name)

        def mapped(name: str) -> str:
            return self.class_renames.get(name, (name, ""))[0]

        old_ancestors = {mapped(a) for a in self.old_schema.class_ancestors(old_name)[1:]}
        new_ancestors = set(self.new_schema.class_ancestors(class_name)[1:])
        lost = sorted(old_ancestors - new_ancestors)
        if lost:
            return B, f"no longer a kind of {', '.join(lost)}: users who rely on that see a different term"
        return C, "keeps every former parent; it only gains more general types"

    # ---- the standard ------------------------------------------------------------------

    def _standard(self, change: Change) -> tuple[Impact, str]:
        if change.subject == "pillar":
            if change.action == "added":
                return C, "a new pillar"
            if change.action == "removed":
                return B, "a pillar is removed; requirements and claims that name it no longer fit"
            return E, f"the pillar's {change.attribute} is reworded"
        if change.subject == "standard":
            if change.attribute in NORMATIVE_STANDARD_FIELDS:
                return C, f"{change.attribute} changed: what the standard promises its users changes"
            return E, f"{change.attribute} only"
        return self._requirement(change)

    def _requirement(self, change: Change) -> tuple[Impact, str]:
        record = (self.new.requirements or {}).get(change.element) or {}
        level = str(record.get("level") or change.old or "")
        active = str(record.get("requirement_status") or "active") == "active"
        if change.action == "added":
            if not active:
                return E, "added already withdrawn, only to reserve its code"
            if level == "must":
                return B, "a new MUST: practices and records that conformed before may no longer conform"
            return C, f"a new {level.upper()}: a failed check is at most a warning, nothing that conformed fails"
        if change.action == "removed":
            return B, ("the requirement's file is deleted; codes are never reused, so withdraw it instead "
                       "(requirement_status: withdrawn) and keep the file")
        if change.action == "withdrawn":
            return C, "withdrawn: nothing that conformed stops conforming"
        if change.action == "reinstated":
            return (B, "a MUST is back in force") if level == "must" else \
                (C, f"a {level.upper()} is back in force; at most a warning")
        attribute, old, new = change.attribute, change.old, change.new
        if attribute == "level":
            if LEVEL_RANK.get(str(new), 0) > LEVEL_RANK.get(str(old), 0) and new == "must":
                return B, f"{str(old).upper()} → MUST: what was advice is now a requirement"
            if LEVEL_RANK.get(str(new), 0) > LEVEL_RANK.get(str(old), 0):
                return C, f"{str(old).upper()} → {str(new).upper()}: stronger advice, still only a warning"
            return C, f"{str(old).upper()} → {str(new).upper()}: a looser requirement"
        if not active:
            return E, f"{attribute} of a withdrawn requirement"
        if attribute == "statement":
            if level == "must":
                return B, ("the text of a MUST changed: parties that conformed may no longer conform (a machine "
                           "cannot tell a rewording from a new demand)")
            return C, f"the text of a {level.upper()} changed"
        if attribute.startswith("parameter "):
            return _parameter_impact(change, level)
        if attribute == "check_description" and level == "must":
            return B, ("how a MUST is checked changed: a stricter check fails records that passed (a machine cannot "
                       "tell a clarification from a stricter check; a reviewer may overrule)")
        if attribute == "applies_to":
            widened = (not _values(new) and _values(old)) or bool(set(_values(new)) - set(_values(old))
                                                                 and _values(old))
            if widened and level == "must":
                return B, "the MUST now applies to more kinds of organisation"
            return C, "who the requirement applies to changed"
        if attribute in NORMATIVE_REQUIREMENT_FIELDS:
            return C, f"{attribute} changed: how conformance is shown or checked changes"
        return E, f"{attribute} only: what the requirement demands is unchanged"


def _stricter(stricter_when: str, old: Any, new: Any) -> bool | None:
    """Whether `new` is stricter than `old` for a parameter of this kind (None: neither, or cannot tell)."""
    if stricter_when in ("larger", "smaller", "earlier", "later"):
        try:
            grew = new > old
        except TypeError:
            return None
        return grew if stricter_when in ("larger", "later") else (not grew and new != old)
    if stricter_when in ("more_values", "fewer_values"):
        before, after = set(_values(old)), set(_values(new))
        if before == after:
            return False
        if stricter_when == "more_values":
            return bool(after - before)
        return bool(before - after)
    return None


def _parameter_impact(change: Change, level: str) -> tuple[Impact, str]:
    stricter_when, action = change.parameter or ("", "changed")
    name = change.attribute.removeprefix("parameter ")  # type: ignore[union-attr]
    binding = level == "must"
    if action == "redirected":
        return B, (f"which way is stricter changed ({change.old} → {change.new}): the same value may now demand more "
                   "than before")
    if action != "changed":
        what = "a new parameter" if action == "added" else "a parameter removed"
        if binding:
            return B, f"{what} ({name}): the check of a MUST changed in a way a machine cannot judge"
        return C, f"{what} ({name}) of a {level.upper()}: at most a warning"
    stricter = _stricter(stricter_when, change.old, change.new)
    if stricter is None:
        return (B if binding else C), f"{name} changed and the tool cannot tell which way is stricter"
    if stricter:
        return (B, f"{name} is stricter ({_show(change.old)} → {_show(change.new)}): records that passed may fail") \
            if binding else (C, f"{name} of a {level.upper()} is stricter: at most a warning")
    return C, f"{name} is looser ({_show(change.old)} → {_show(change.new)}): everything that passed still passes"


def _show(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def judge_all(changes: list[Change], old: Snapshot, new: Snapshot,
              class_renames: dict[str, tuple[str, str]]) -> None:
    judge = Judge(old, new, class_renames)
    for change in changes:
        judge.judge(change)

