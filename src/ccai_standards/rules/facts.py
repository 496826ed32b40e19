"""Facts about records that cross-record rules compare against, kept small on purpose.

Only the few fields the rules need are kept (never the whole record), so that a batch of
millions of manifest entries citing thousands of consents stays within memory. Every
cross-record question starts with the id (or a tuple of the ids) of the records whose facts
answer it, so the batch can answer at once when those have been seen, and keep the question
otherwise.

Facts are evidence the rules weigh against what other records claim: a person's date of
birth against a consent's "adult" grantor, an estate's `estate_of` against a grantor who
says it acts for the estate, a consent's grantees against the party that uses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .values import Day, Instant, day, listed, timestamp

# The key of a question that only the whole batch can answer (is there any record that…?):
# no record has this id, so the question waits for the end of the batch.
AT_END = ("@end-of-batch",)


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    uses: frozenset[str]
    works: frozenset[str]
    persona: bool  # the consent covers persona attributes of its subject
    status: str
    valid_from: Instant | None
    valid_until: Instant | None
    withdrawal_effective: Instant | None
    withdrawn: bool  # a revocation is recorded, whatever the status says
    users: frozenset[str] = frozenset()  # grantees, and the parties it may be passed to
    suspensions: tuple[tuple[Instant, Instant | None], ...] = ()
    persona_attributes: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PersonFacts:
    is_minor: bool | None  # None: not stated
    deceased: bool
    date_of_birth: Day | None = None
    represented_by: frozenset[str] = frozenset()
    unions: frozenset[str] = frozenset()
    name: str | None = None


@dataclass(frozen=True, slots=True)
class EstateFacts:
    estate_of: str | None
    representatives: frozenset[str]


@dataclass(frozen=True, slots=True)
class OrganizationFacts:
    kind: str | None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class AiSystemFacts:
    names: frozenset[str]  # its name and alternate names


@dataclass(frozen=True, slots=True)
class ManifestFacts:
    """Who uses the works a manifest lists: who generated it and whose dataset it is."""

    generated_by: str | None
    dataset: str | None
    entry_count: int | None
    generated_at: Instant | None = None  # a time the works it lists are in use


@dataclass(frozen=True, slots=True)
class DatasetFacts:
    publisher: str | None


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    kind: str | None


@dataclass(frozen=True, slots=True)
class UseDisclosureFacts:
    """What an AI-use disclosure names (synthetic performers, replicas), and whether it carries labels."""

    named: frozenset[str]
    labelled: bool


@dataclass(frozen=True, slots=True)
class MaterialDisclosureFacts:
    """Whom an AI-material disclosure told, about which works and project."""

    about: frozenset[str]  # works and the project
    disclosed_to: frozenset[str]


def tally_entry(tallies: dict[str, list[int]], record: dict[str, Any]) -> None:
    """Count a manifest entry for its manifest: [entries, entries on the basis of consent that cite one].

    Counted per chunk and summed by the batch, so that a manifest's counts and a disclosure's
    coverage can be recomputed from millions of entries without keeping any of them.
    """
    manifest = record.get("manifest")
    if type(manifest) is str:
        counts = tallies.get(manifest)
        if counts is None:
            counts = tallies[manifest] = [0, 0]
        counts[0] += 1
        if record.get("basis") == "consent" and record.get("consents"):
            counts[1] += 1


def consent_facts(record: dict[str, Any]) -> ConsentFacts:
    """What the coverage rules know of a consent record."""
    revocation = record.get("revocation")
    revocation = revocation if isinstance(revocation, dict) else {}
    suspensions = []
    for suspension in listed(record, "suspensions"):
        start = timestamp(suspension.get("suspended_from")) if isinstance(suspension, dict) else None
        if start is not None:
            suspensions.append((start, timestamp(suspension.get("suspended_until"))))
    return ConsentFacts(
        uses=frozenset(listed(record, "permitted_uses")),
        works=frozenset(listed(record, "works")),
        persona=bool(listed(record, "persona_attributes")),
        status=str(record.get("consent_status")),
        valid_from=timestamp(record.get("valid_from")),
        valid_until=timestamp(record.get("valid_until")),
        withdrawal_effective=timestamp(revocation.get("effective_at")),
        withdrawn=bool(revocation),
        users=frozenset(p for p in listed(record, "granted_to") + listed(record, "transferable_to") if isinstance(p, str)),
        suspensions=tuple(suspensions),
        persona_attributes=frozenset(listed(record, "persona_attributes")),
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def extract_fact(kinds: tuple[str, ...], record: dict[str, Any]) -> tuple[str, Any] | None:
    """(id, facts) for the record types cross-record rules ask about, else None."""
    record_id = record.get("id")
    if not isinstance(record_id, str):
        return None
    kind = kinds[0]
    if "ConsentRecord" in kinds:
        return record_id, consent_facts(record)
    if kind == "Person":
        minor = record.get("is_minor")
        return record_id, PersonFacts(minor if isinstance(minor, bool) else None, record.get("deceased") is True,
                                      day(record.get("date_of_birth")),
                                      frozenset(listed(record, "represented_by")),
                                      frozenset(listed(record, "union_memberships")), _text(record.get("name")))
    if kind == "Estate":
        return record_id, EstateFacts(_text(record.get("estate_of")), frozenset(listed(record, "authorised_representatives")))
    if kind == "Organization":
        return record_id, OrganizationFacts(_text(record.get("organization_kind")), _text(record.get("name")))
    if kind == "Project":
        return record_id, ProjectFacts(_text(record.get("project_kind")))
    if kind == "AiUseDisclosure":
        named = listed(record, "synthetic_performers") + listed(record, "replicas")
        return record_id, UseDisclosureFacts(frozenset(n for n in named if isinstance(n, str)),
                                             bool(listed(record, "labels")))
    if kind == "AiMaterialDisclosure":
        about = listed(record, "works") + [record.get("project")]
        return record_id, MaterialDisclosureFacts(frozenset(a for a in about if isinstance(a, str)),
                                                  frozenset(p for p in listed(record, "disclosed_to") if isinstance(p, str)))
    if kind == "AiSystem":
        names = [record.get("name"), *listed(record, "alternate_names")]
        return record_id, AiSystemFacts(frozenset(n for n in names if isinstance(n, str)))
    if kind == "DatasetManifest":
        count = record.get("entry_count")
        return record_id, ManifestFacts(_text(record.get("generated_by")), _text(record.get("dataset")),
                                        count if type(count) is int else None, timestamp(record.get("generated_at")))
    if kind == "Dataset":
        return record_id, DatasetFacts(_text(record.get("publisher")))
    return None


_KINDS = {ConsentFacts: "consents", PersonFacts: "people", EstateFacts: "estates", OrganizationFacts: "organizations",
          AiSystemFacts: "ai_systems", ManifestFacts: "manifests", DatasetFacts: "datasets", ProjectFacts: "projects"}


class Facts:
    """The facts of a batch by record id, one table per kind, plus what entries say of their manifests."""

    def __init__(self) -> None:
        self.consents: dict[str, ConsentFacts] = {}
        self.people: dict[str, PersonFacts] = {}
        self.estates: dict[str, EstateFacts] = {}
        self.organizations: dict[str, OrganizationFacts] = {}
        self.ai_systems: dict[str, AiSystemFacts] = {}
        self.manifests: dict[str, ManifestFacts] = {}
        self.datasets: dict[str, DatasetFacts] = {}
        self.projects: dict[str, ProjectFacts] = {}
        # Companion records, by what they are about: {performer or replica: labelled?}, {work or project: told}
        self.disclosed: dict[str, bool] = {}
        self.material_told: dict[str, set[str]] = {}
        self.entries: dict[str, list[int]] = {}  # manifest -> [entries, citing consent], from tally_entry
        self._known: dict[str, Any] = {}
        self._users: dict[str, frozenset[str] | None] = {}  # users_of_manifest, until a manifest or dataset is added

    def add_tallies(self, tallies: dict[str, list[int]]) -> None:
        for manifest, (entries, consented) in tallies.items():
            counts = self.entries.setdefault(manifest, [0, 0])
            counts[0] += entries
            counts[1] += consented

    def add(self, record_id: str, fact: Any) -> None:
        if record_id in self._known:
            return
        if isinstance(fact, UseDisclosureFacts):
            for named in fact.named:
                self.disclosed[named] = self.disclosed.get(named, False) or fact.labelled
        elif isinstance(fact, MaterialDisclosureFacts):
            for about in fact.about:
                self.material_told.setdefault(about, set()).update(fact.disclosed_to)
        else:
            table = _KINDS.get(type(fact))
            if table is None:
                return
            getattr(self, table)[record_id] = fact
            if table in ("manifests", "datasets"):
                self._users.clear()
        self._known[record_id] = fact

    def knows(self, key: Any) -> bool:
        """Whether the record (or every record of a tuple of ids) whose facts answer a question is known.

        A manifest is known only with the dataset it names, when that is in the batch at all:
        who uses its works depends on the dataset's publisher (`users_of_manifest`), and an
        answer given before the dataset arrives would depend on where it is in the input.
        A judge may read only the facts of its key; one that looks further asks at the end
        (`AT_END`).
        """
        known, manifests = self._known, self.manifests
        for k in key if type(key) is tuple else (key,):
            if k is None:
                continue
            if k not in known:
                return False
            listed = manifests.get(k)
            if listed is not None and listed.dataset is not None and listed.dataset not in known:
                return False
        return True

    def party(self, record_id: Any) -> Any:
        """The facts of a party of any kind, or None."""
        found = self._known.get(record_id)
        return found if isinstance(found, (PersonFacts, EstateFacts, OrganizationFacts, AiSystemFacts)) else None

    def users_of_manifest(self, manifest_id: Any) -> frozenset[str] | None:
        """The parties that use a manifest's works (its generator, its dataset's publisher), or None if unknown."""
        if manifest_id in self._users:
            return self._users[manifest_id]
        manifest = self.manifests.get(manifest_id)
        found = None
        if manifest is not None:
            dataset = self.datasets.get(manifest.dataset) if manifest.dataset else None
            found = frozenset(p for p in (manifest.generated_by, dataset.publisher if dataset else None) if p)
        self._users[manifest_id] = found
        return found
