"""What an output permits, activity by activity: the one yardstick every preference format is held to.

A CCAI use and a format's category rarely mean the same thing. AIPREF's ``train-ai`` is
generative training, fine-tuning of generative models included; CCAI's ``fine_tuning`` is
any fine-tuning; CAWG's ``cawg.ai_training`` is non-generative training only. To compare
them, each is described as a set of *activities*, the smallest pieces of AI use this package
tells apart (``ACTIVITIES``). A format is then data: its categories, each with the
activities it wholly covers and those it only touches (`Vocabulary`). From that:

* `record_activities` says what a CCAI record says about each activity;
* `reading_activities` says what an output says about each activity, following the
  format's own reading (the most restrictive applicable statement wins);
* `differences` compares the two; `choose` picks, among the outputs a format can write, the
  one that never permits more and loses least; `report` turns every difference into a
  warning that names the use; `statements_for` builds the CCAI statements an importer writes,
  which never permit more than the input.

Contract 16: an export's permits are a subset of the record's, or a warning names the
difference. The property tests hold every format to this over generated records.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from .context import Context
from .preferences import Stance, ai_uses, broader, effective, most_restrictive, stance
from .results import LOSSY, MORE_PERMISSIVE, MORE_RESTRICTIVE

#: The activities each CCAI use is made of. A broader use holds all the activities of the
#: narrower ones under it (a test checks this against the schema's hierarchy). Adding a use
#: to AiUseEnum means adding it here, and to the vocabularies whose categories touch it.
ACTIVITIES: dict[str, frozenset[str]] = {
    "data_mining": frozenset({"mining.other", "training.generative", "tuning.generative", "training.other",
                              "tuning.other", "evaluation"}),
    "ai_training": frozenset({"training.generative", "tuning.generative", "training.other", "tuning.other"}),
    "generative_ai_training": frozenset({"training.generative", "tuning.generative"}),
    "fine_tuning": frozenset({"tuning.generative", "tuning.other"}),
    "evaluation": frozenset({"evaluation"}),
    "ai_inference": frozenset({"inference.generative", "inference.other"}),
    "search_indexing": frozenset({"search.indexing"}),
    "replica_creation": frozenset({"replica.creation"}),
    "replica_use": frozenset({"replica.voice", "replica.other"}),
    "voice_cloning": frozenset({"replica.voice"}),
    "style_imitation": frozenset({"style.imitation"}),
}

#: Each activity in words, for messages and the mapping tables.
ACTIVITY_TEXT: dict[str, str] = {
    "mining.other": "text and data mining other than training and evaluation",
    "training.generative": "training generative models",
    "tuning.generative": "fine-tuning generative models",
    "training.other": "training other (non-generative) models",
    "tuning.other": "fine-tuning other (non-generative) models",
    "evaluation": "evaluating or benchmarking models",
    "inference.generative": "input to a generative model while it runs",
    "inference.other": "input to another model while it runs",
    "search.indexing": "indexing for search engines",
    "replica.creation": "creating a digital replica",
    "replica.voice": "cloning a voice",
    "replica.other": "other uses of a digital replica",
    "style.imitation": "imitating a creator's signature style",
}

ALL_ACTIVITIES = tuple(ACTIVITY_TEXT)


@lru_cache(maxsize=None)
def uses_containing(activity: str) -> tuple[str, ...]:
    """The CCAI uses that hold `activity`, narrowest first."""
    found = [u for u in ai_uses() if activity in ACTIVITIES.get(u, ())]
    return tuple(sorted(found, key=lambda u: len(ACTIVITIES[u])))


def narrowest_use(activity: str) -> str:
    return uses_containing(activity)[0]


@dataclass(frozen=True)
class Category:
    """One category of a format, as the format's specification defines it."""

    label: str
    covers: frozenset[str]  # activities wholly inside the category
    touches: frozenset[str] = frozenset()  # activities partly inside it
    meaning: str = ""  # the specification's own words, for the mapping tables
    overrides: bool = False  # its statement decides the part it touches, whatever covering categories say


@dataclass(frozen=True)
class Vocabulary:
    """A format's categories and what its statements can say."""

    name: str
    specification: str
    categories: tuple[Category, ...]
    permissions: tuple[str, ...] = ("allowed", "not_allowed")  # what one statement can say ("constrained":
    # with a condition, text or policy address)
    narrowest_wins: bool = False  # the narrowest stated category decides (RSL), not the most restrictive

    def category(self, label: str) -> Category:
        for item in self.categories:
            if item.label == label:
                return item
        raise KeyError(label)

    @property
    def activities(self) -> frozenset[str]:
        """The activities some category of the format speaks for."""
        return frozenset().union(*(c.covers | c.touches for c in self.categories))


#: One category per activity: for readings already worked out activity by activity (several
#: licences of one RSL document, of which a user may take any).
BY_ACTIVITY = Vocabulary("activities", "this package", tuple(
    Category(a, frozenset({a}), meaning=text) for a, text in ACTIVITY_TEXT.items()),
    ("allowed", "not_allowed", "constrained"))

#: What an output says: a stance per category label.
Reading = dict[str, Stance]


def record_activities(record: dict[str, Any]) -> dict[str, Stance | None]:
    """What the record says about each activity: the most restrictive of the uses that hold it."""
    applies = effective(record)
    result: dict[str, Stance | None] = {}
    for activity in ALL_ACTIVITIES:
        found = [applies[u] for u in uses_containing(activity) if applies.get(u) is not None]
        result[activity] = most_restrictive(found)  # type: ignore[arg-type]
    return result


def reading_activities(vocabulary: Vocabulary, reading: Reading) -> dict[str, list[Stance | None]]:
    """What an output says about each activity, as the parts a reader tells apart.

    The part of an activity that no touching category reaches gets the most restrictive of
    the covering categories (None when none is stated); each touching category adds a part
    where it applies together with the covering ones, the most restrictive winning.
    """
    result: dict[str, list[Stance | None]] = {}
    for activity in ALL_ACTIVITIES:
        # narrowest first, as on the record's side: among equally strict statements, the narrowest one's
        # condition is the one that applies
        covering = sorted((c for c in vocabulary.categories if activity in c.covers and c.label in reading),
                          key=lambda c: len(c.covers | c.touches))
        if vocabulary.narrowest_wins and covering:
            covering = [c for c in covering if len(c.covers | c.touches) == len(covering[0].covers | covering[0].touches)]
        full = [reading[c.label] for c in covering]
        rest = most_restrictive(full)
        touching = [c for c in vocabulary.categories if activity in c.touches and c.label in reading]
        result[activity] = [rest] + [reading[c.label] if c.overrides or vocabulary.narrowest_wins
                                     else most_restrictive([reading[c.label], *full]) for c in touching]
    return result


def what_is_said(parts: list[Stance | None]) -> Stance | None:
    """One stance for a whole activity that never permits more than any of its parts.

    Where a part is unaddressed, the activity as a whole is not allowed by the input: it
    is refused when some part is refused, and otherwise nothing can be said of it.
    """
    stated = [p for p in parts if p is not None]
    if len(stated) < len(parts):
        refused = [p for p in stated if p.permission == "not_allowed"]
        return refused[0] if refused else None
    return most_restrictive(stated)


def permits(vocabulary: Vocabulary, reading: Reading) -> dict[str, str | None]:
    """Per CCAI use, the least restrictive permission the output gives any part of it (None: silent)."""
    parts = reading_activities(vocabulary, reading)
    result: dict[str, str | None] = {}
    for use in ai_uses():
        said = [p for a in ACTIVITIES.get(use, ()) for p in parts[a] if p is not None]
        result[use] = min(said, key=lambda s: s.rank).permission if said else None
    return result


@dataclass(frozen=True)
class Difference:
    """How the output departs from the record for one activity."""

    activity: str
    kind: str  # "more" (permits more), "stricter", "lost" or "partly-lost" (says nothing of it, or of a part),
    # "condition" (another condition)
    source: Stance | None
    output: Stance | None


#: What each kind of difference costs when choosing an output. Losing a refusal is worst; refusing
#: what the record allows comes next; saying part of a refusal is barely better than saying none
#: (so a partial statement never outweighs contradicting an allowance).
WEIGHTS = {"lost-refusal": 100.0, "lost": 1.0, "stricter": 60.0, "stricter-silent": 1.0, "condition": 2.0}
PARTLY = 0.99


def _conditions_differ(a: Stance, b: Stance) -> bool:
    return (a.constraint_info, a.policy) != (b.constraint_info, b.policy)


def differences(source: dict[str, Stance | None], output: dict[str, list[Stance | None]],
                within: frozenset[str] | None = None) -> list[Difference]:
    """Every way the output's activities depart from the record's (only `within`, when given)."""
    found = []
    for activity in ALL_ACTIVITIES:
        if within is not None and activity not in within:
            continue
        mine = source.get(activity)
        kinds: dict[str, Stance | None] = {}
        parts = output[activity]
        for part in parts:
            if part is None:
                if mine is not None:
                    kinds.setdefault("lost" if all(p is None for p in parts) else "partly-lost", None)
            elif mine is None:
                kinds.setdefault("more" if part.permission != "not_allowed" else "stricter", part)
            elif part.rank < mine.rank:
                kinds.setdefault("more", part)
            elif part.rank > mine.rank:
                kinds.setdefault("stricter", part)
            elif part.permission == "constrained" and _conditions_differ(part, mine):
                kinds.setdefault("condition", part)
        found += [Difference(activity, kind, mine, part) for kind, part in kinds.items()]
    return found


def cost(found: list[Difference]) -> float:
    """How much an output loses; an output that permits more is never acceptable."""
    total = 0.0
    for item in found:
        if item.kind == "more":
            return float("inf")
        if item.kind in ("lost", "partly-lost"):
            refused = item.source is not None and item.source.permission != "allowed"
            share = 1.0 if item.kind == "lost" else PARTLY
            total += share * WEIGHTS["lost-refusal" if refused else "lost"]
        elif item.kind == "stricter":
            total += WEIGHTS["stricter" if item.source is not None else "stricter-silent"]
        else:
            total += WEIGHTS[item.kind]
    return total


T = TypeVar("T")


def choose(vocabulary: Vocabulary, record: dict[str, Any], candidates: Iterable[tuple[T, Reading]]) -> tuple[T, Reading]:
    """The candidate output that never permits more than the record and loses least (the first on a tie)."""
    source = record_activities(record)
    best: tuple[float, T, Reading] | None = None
    for value, reading in candidates:
        score = cost(differences(source, reading_activities(vocabulary, reading)))
        if best is None or score < best[0]:
            best = (score, value, reading)
    if best is None or best[0] == float("inf"):
        raise AssertionError(f"{vocabulary.name}: no candidate output stays within the record")
    return best[1], best[2]


def _options(vocabulary: Vocabulary, category: Category, source: dict[str, Stance | None]) -> list[Stance | None]:
    """The statements worth trying for one category: none, each permission, each condition in play."""
    options: list[Stance | None] = [None]
    options += [Stance(p) for p in vocabulary.permissions if p != "constrained"]
    if "constrained" in vocabulary.permissions:
        seen = set()
        for activity in sorted(category.covers | category.touches):
            mine = source.get(activity)
            if mine is not None and mine.permission == "constrained" and (mine.constraint_info, mine.policy) not in seen:
                seen.add((mine.constraint_info, mine.policy))
                options.append(Stance("constrained", mine.constraint_info, mine.policy))
    return options


def best_reading(vocabulary: Vocabulary, record: dict[str, Any],
                 labels: Iterable[str] | None = None) -> Reading:
    """For formats that state each category separately: the best statement per category.

    Categories that share activities are chosen together (every combination is tried);
    the others are independent, so each is chosen on its own.
    """
    wanted = [c for c in vocabulary.categories if labels is None or c.label in set(labels)]
    source = record_activities(record)
    result: Reading = {}
    for group in _linked(wanted):
        within = frozenset().union(*(c.covers | c.touches for c in group))
        choices = [_options(vocabulary, c, source) for c in group]
        best: tuple[float, Reading] | None = None
        for combination in itertools.product(*choices):
            reading = {c.label: s for c, s in zip(group, combination) if s is not None}
            score = cost(differences(source, reading_activities(vocabulary, reading), within))
            if best is None or score < best[0]:
                best = (score, reading)
        assert best is not None and best[0] != float("inf"), f"{vocabulary.name}: every option permits more"
        result.update(best[1])
    return result


def _linked(categories: list[Category]) -> Iterator[list[Category]]:
    """Groups of categories that share activities, in the order of the vocabulary."""
    groups: list[list[Category]] = []
    for category in categories:
        reach = category.covers | category.touches
        joined = [g for g in groups if any(reach & (c.covers | c.touches) for c in g)]
        merged = [c for g in joined for c in g] + [category]
        groups = [g for g in groups if g not in joined] + [merged]
    order = {c.label: i for i, c in enumerate(categories)}
    for group in sorted(groups, key=lambda g: min(order[c.label] for c in g)):
        yield sorted(group, key=lambda c: order[c.label])


def PREFERENCE_FORMATS() -> list[tuple[tuple[str, ...], Any]]:  # noqa: N802 - a table, built on demand
    """The preference formats, each with its `ccai convert` names and the module holding its vocabulary."""
    from . import aipref, cawg, content_signals, iptc_plus, rsl, tdmrep

    return [(("cawg",), cawg), (("xmp",), iptc_plus), (("tdmrep", "tdmrep-policy", "tdmrep-headers"), tdmrep),
            (("aipref-header", "robots"), aipref), (("content-signals",), content_signals),
            (("rsl", "rsl-robots"), rsl)]


# --- warnings -------------------------------------------------------------------------------

_VERBS = {
    "more": (MORE_PERMISSIVE, "permits more than the record for"),
    "stricter": (MORE_RESTRICTIVE, "refuses more than the record for"),
    "lost": (LOSSY, "says nothing about"),
    "partly-lost": (LOSSY, "says nothing about part of"),
    "condition": (LOSSY, "cannot carry the record's condition for"),
}


@dataclass
class _Group:
    activities: list[str] = field(default_factory=list)
    source: Stance | None = None
    output: Stance | None = None


def report(record: dict[str, Any], vocabulary: Vocabulary, reading: Reading, ctx: Context,
           notes: dict[str, str] | None = None, within: frozenset[str] | None = None) -> list[Difference]:
    """Warn about every difference between the record and the output, one warning per kind and use.

    Activities the record says nothing about and the output does not speak for are not
    differences. `within` limits the comparison (the uses an export is about).
    """
    notes = notes or {}
    found = differences(record_activities(record), reading_activities(vocabulary, reading), within)
    groups: dict[tuple[str, Any], _Group] = {}
    for item in found:
        path = item.source.path if item.source is not None else ()
        statement = path if _use_at(record, path) else narrowest_use(item.activity)
        group = groups.setdefault((item.kind, statement), _Group(source=item.source, output=item.output))
        group.activities.append(item.activity)
    for (kind, statement), group in groups.items():
        use = _use_at(record, statement) if isinstance(statement, tuple) else statement
        if use is None:
            use = narrowest_use(group.activities[0])
        code, verb = _VERBS[kind]
        said = ", ".join(ACTIVITY_TEXT[a] for a in group.activities)
        mine = group.source.permission if group.source else "not stated"
        theirs = group.output.permission if group.output else "nothing"
        reason = notes.get(use)
        message = (f"{vocabulary.name} {verb} {use} ({said}): the record says {mine}, the output {theirs}"
                   + (f"; {reason}" if reason else ""))
        path = group.source.path if group.source is not None and group.source.path else ("use_preferences",)
        ctx.warn(code, message, path, record.get("id"), use=use)
    return found


def _use_at(record: dict[str, Any], path: tuple[Any, ...]) -> str | None:
    """The use of the statement at `path` (None for the default permission: the activity names it)."""
    if len(path) == 2 and path[0] == "use_preferences":
        rules = record.get("use_preferences") or []
        if isinstance(path[1], int) and path[1] < len(rules) and isinstance(rules[path[1]], dict):
            return rules[path[1]].get("use")
    return None


# --- imports --------------------------------------------------------------------------------


def _says_more(wanted: Stance | None, present: Stance | None) -> bool:
    """Whether a statement must be added to get `wanted` where `present` already applies: it is
    stricter, or another condition."""
    if wanted is None:
        return False
    return present is None or wanted.rank > present.rank or (
        wanted.permission == present.permission == "constrained" and _conditions_differ(wanted, present))


def _children(use: str) -> list[str]:
    return [u for u in ai_uses() if broader(u)[:1] == (use,)]


def statements_for(vocabulary: Vocabulary, reading: Reading) -> dict[str, Stance]:
    """The fewest CCAI statements that say as much of the reading as CCAI can, never permitting more.

    Uses are visited broad first. For each, the statement tried is the most restrictive thing
    the reading says about the part of the use its narrower uses do not hold (a leaf use: any
    of it) where the statements so far say something else. It is kept only if the record then
    says more of the reading and permits nothing the reading does not: allowing a use allows
    everything under it, and a narrower statement decides its activities, so the record's
    own reading (`record_activities`) is the judge. A broad statement may allow, for a moment,
    what a narrower one still to come refuses; if the finished record would permit more, it is
    built again with every step held to that.
    """
    said = {a: what_is_said(ps) for a, ps in reading_activities(vocabulary, reading).items()}
    result: dict[str, Stance] = {}

    def misses(statements: dict[str, Stance], fixable: frozenset[str] = frozenset()) -> float:
        """How much of the reading the statements do not say; infinite where they permit more than
        it, unless a narrower use still to come can refuse it (`fixable`)."""
        mine = record_activities(record_of(statements))
        total = 0.0
        for activity, wanted in said.items():
            have = mine[activity]
            if have is not None and (wanted is None or have.rank < wanted.rank) and have.permission != "not_allowed":
                if wanted is None or activity not in fixable:
                    return float("inf")
            if wanted is not None and not (have is not None and have.same_meaning(wanted)):
                total += 1
        return total

    order: list[str] = []

    def walk(use: str) -> None:  # broad first, each use before the narrower ones under it
        order.append(use)
        for child in _children(use):
            walk(child)

    for root in ai_uses():
        if not broader(root):
            walk(root)
    for relaxed in (True, False):  # if the narrower uses could not make up for a broad allowance: step by step
        result.clear()
        for index, use in enumerate(order):
            children = _children(use)
            own = (ACTIVITIES[use] - frozenset().union(*(ACTIVITIES[c] for c in children))) or ACTIVITIES[use]
            mine = record_activities(record_of(result))
            target = most_restrictive([said[a] for a in sorted(own)  # type: ignore[misc]
                                       if said[a] is not None and _says_more(said[a], mine[a])])
            if target is None:
                continue
            trial = {**result, use: stance(target.permission, target.constraint_info, target.policy)}
            later = frozenset().union(*(ACTIVITIES[u] for u in order[index + 1:])) if relaxed else frozenset()
            if misses(trial, later) < misses(result, later):
                result[use] = trial[use]
        if misses(result) != float("inf"):
            break
    return result


def imported(vocabulary: Vocabulary, reading: Reading, ctx: Context, mechanism: str, source_text: str,
             where: str = "$", locations: list[str] | None = None) -> dict[str, Any]:
    """The usage preference that says what the reading says, never permitting more, with a
    warning wherever it must refuse more or say less."""
    from .preferences import build_preference
    from .results import ConversionError

    statements = statements_for(vocabulary, reading)
    if not statements:
        said = ", ".join(f"{k}={v.permission}" for k, v in reading.items()) or "nothing"
        raise ConversionError(f"the input states no preference that CCAI can record without permitting more "
                              f"(read: {said})")
    report_import(statements, vocabulary, reading, ctx, where)
    return build_preference(statements, ctx, mechanism, source_text, locations)


def record_of(statements: dict[str, Stance]) -> dict[str, Any]:
    """A bare record with these statements, to compare with what it was built from."""
    rules = []
    for use in ai_uses():
        if use in statements:
            item = statements[use]
            rule: dict[str, Any] = {"use": use, "permission": item.permission}
            rule.update({k: v for k, v in (("constraint_info", item.constraint_info), ("policy", item.policy)) if v})
            rules.append(rule)
    return {"use_preferences": rules}


def report_import(statements: dict[str, Stance], vocabulary: Vocabulary, reading: Reading, ctx: Context,
                  where: str = "$") -> None:
    """Warn where the imported statements refuse more, or say less, than the input.

    They never permit more: that would be a bug, and it raises.
    """
    mine = record_activities(record_of(statements))
    stricter: dict[str, list[str]] = {}
    unsaid: dict[str, list[str]] = {}
    for item in differences(mine, reading_activities(vocabulary, reading)):
        use = narrowest_use(item.activity)
        if item.kind == "stricter" or (item.kind in ("lost", "partly-lost") and
                                       mine[item.activity].permission != "not_allowed"):  # type: ignore[union-attr]
            raise AssertionError(f"{vocabulary.name} import would permit more for {item.activity}")
        if item.kind == "more" and mine[item.activity] is None:
            unsaid.setdefault(use, []).append(item.activity)
        elif item.kind in ("more", "lost", "partly-lost"):
            stricter.setdefault(use, []).append(item.activity)
    for use, activities in stricter.items():
        ctx.warn(MORE_RESTRICTIVE, f"CCAI cannot say exactly what {vocabulary.name} says about "
                 f"{', '.join(ACTIVITY_TEXT[a] for a in activities)}; {use} is recorded as "
                 f"{mine[activities[0]].permission}, which refuses more than the input", where, use=use)  # type: ignore[union-attr]
    for use, activities in unsaid.items():
        ctx.warn(LOSSY, f"{vocabulary.name} allows {', '.join(ACTIVITY_TEXT[a] for a in activities)} only in part "
                 f"and CCAI has no narrower use for that part, so nothing is recorded for {use}", where, use=use)
