"""W3C TDM Reservation Protocol (Community Group final report, 10 May 2024).

TDMRep has one bit per location: text-and-data-mining rights are reserved (1) or not (0),
plus an optional policy address. Every AI use under data_mining (training of any kind,
fine-tuning, evaluation) shares that bit, so the export reserves as soon as any of them is
not allowed or only allowed under a condition, and warns for each use that was allowed.
Uses outside text and data mining (inference, search indexing, replicas) have no place.

The policy is an ODRL ``Offer`` in the TDMRep profile: the ODRL context plus the ``tdm``
prefix, ``profile`` http://www.w3.org/ns/tdmrep, one permission with action ``tdm:mine``
and the duty to obtain consent.
"""

from __future__ import annotations

from typing import Any

from .context import Batch, Context, Source
from .locations import from_robots, site_paths
from .permits import ACTIVITIES, Category, Vocabulary, choose, imported, report
from .preferences import Stance, effective, mining_uses, report_fields, stance
from .results import CONFLICT, LOSSY, MISSING, ConversionError, shown

SPEC = "W3C TDM Reservation Protocol (TDMRep), Final Community Group Report, 10 May 2024"
ODRL_CONTEXT = "http://www.w3.org/ns/odrl.jsonld"
TDM_NS = "http://www.w3.org/ns/tdmrep#"
PROFILE = "http://www.w3.org/ns/tdmrep"
MINING_USES = mining_uses()
VOCABULARY = Vocabulary("TDMRep", f"{SPEC}, sections 3 and 4",
                        (Category("tdm", ACTIVITIES["data_mining"], meaning="text and data mining (Article 4 of the "
                                  "EU Directive 2019/790): tdm-reservation 1 reserves it, 0 does not"),))

NOTES = {
    "declared_by": "the policy names the rights holder as assigner; tdmrep.json itself does not",
    "declared_at": "TDMRep does not date a reservation",
    "works": "TDMRep applies to web addresses, not to works",
    "catalogue_of": "TDMRep applies to web addresses, not to a catalogue",
    "valid_from": "TDMRep has no period of validity", "valid_until": "TDMRep has no period of validity",
    "published_via": "TDMRep does not list other publication channels",
    "licensing_contact": "tdmrep.json has no contact; it is written into the policy (tdmrep-policy)",
    "ai_inference": "TDMRep only covers text and data mining",
    "search_indexing": "TDMRep only covers text and data mining",
}


def meaning(bit: int, policy: str | None) -> dict[str, Stance]:
    """What one TDMRep rule says (reserved with a policy stays not allowed: the policy only
    tells how a licence may be asked for)."""
    return {"tdm": stance("allowed")} if bit == 0 else {"tdm": stance("not_allowed", policy=policy)}


def reservation(record: dict[str, Any]) -> tuple[int, str | None]:
    """The TDMRep bit and policy: reserved unless all of text and data mining is plainly allowed."""
    applies = effective(record)
    if all(applies[u] is None for u in MINING_USES):
        raise ConversionError("the preference says nothing about data mining or training, which is all TDMRep "
                              "can express")
    policies = [applies[u].policy for u in MINING_USES if applies[u] is not None and applies[u].policy]  # type: ignore[union-attr]
    policy = policies[0] if policies else None
    bit, _ = choose(VOCABULARY, record, [(0, meaning(0, None)), (1, meaning(1, policy))])
    return bit, (policy if bit else None)


def _report(record: dict[str, Any], bit: int, policy: str | None, ctx: Context, carried: tuple[str, ...]) -> None:
    notes = dict(NOTES)
    if bit:
        for use in MINING_USES:
            notes.setdefault(use, "TDMRep has one bit: it reserves all text and data mining unless all of it is "
                             "plainly allowed")
    report(record, VOCABULARY, meaning(bit, policy), ctx, notes)
    report_fields(record, "TDMRep", ctx, carried=carried, notes=notes)


def export(batch: Batch, ctx: Context) -> list[dict[str, Any]]:
    """The rules of /.well-known/tdmrep.json for the preference's locations."""
    record = batch.one("UsagePreference")
    bit, policy = reservation(record)
    rules = []
    for path in site_paths(record, ctx, "tdmrep.json"):
        rule: dict[str, Any] = {"location": path, "tdm-reservation": bit}
        if policy:
            rule["tdm-policy"] = policy
        rules.append(rule)
    _report(record, bit, policy, ctx, carried=("locations",))
    return rules


def export_headers(batch: Batch, ctx: Context) -> str:
    record = batch.one("UsagePreference")
    bit, policy = reservation(record)
    _report(record, bit, policy, ctx, carried=())
    return f"tdm-reservation: {bit}\n" + (f"tdm-policy: {policy}\n" if policy else "")


def export_policy(batch: Batch, ctx: Context) -> dict[str, Any]:
    """The TDM policy: how a miner can ask the rights holder for a licence."""
    record = batch.one("UsagePreference")
    bit, policy = reservation(record)
    if bit == 0:
        ctx.warn(LOSSY, "text and data mining is allowed, so no TDM policy is needed; the policy below is an "
                 "offer nobody has to take up", ("use_preferences",), record.get("id"))
    assigner: dict[str, Any] = {"uid": record["declared_by"]}
    contact = record.get("licensing_contact")
    if contact:
        is_mail = "@" in contact and not contact.startswith("http")
        assigner["vcard:hasEmail" if is_mail else "vcard:hasURL"] = (
            contact if not is_mail or contact.startswith("mailto:") else f"mailto:{contact}")
    permission: dict[str, Any] = {"action": "tdm:mine", "duty": [{"action": "obtainConsent"}]}
    applies = effective(record)
    conditions = [applies[u].constraint_info for u in MINING_USES
                  if applies[u] is not None and applies[u].constraint_info]  # type: ignore[union-attr]
    if conditions:
        permission["dct:description"] = conditions[0]
    if policy is None:
        ctx.warn(MISSING, "no use has a policy address; the policy id is made from the preference id — publish "
                 "the policy there or give the mining rule a `policy`", ("use_preferences",), record.get("id"))
    offer = {
        "@context": [ODRL_CONTEXT, {"tdm": TDM_NS}],
        "@type": "Offer",
        "profile": PROFILE,
        "uid": policy or f"{record['id']}#tdm-policy",
        "assigner": assigner,
        "permission": [permission],
    }
    _report(record, bit, policy, ctx, carried=("declared_by", "licensing_contact", "locations"))
    return offer


def read_export(output: Any) -> dict[str, Stance]:
    """What a tdmrep.json (its first rule) or the tdm-* header lines say."""
    if isinstance(output, list):
        rule = output[0]
        return meaning(int(rule["tdm-reservation"]), rule.get("tdm-policy"))
    return read_headers(output, Context()) or {}


# --- import -------------------------------------------------------------------------------


def _bit(value: Any, where: str) -> int:
    if value in (0, 1) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and value.strip() in ("0", "1"):
        return int(value.strip())
    raise ConversionError(f"tdm-reservation must be 0 or 1, not {shown(value)} (TDMRep treats other values as a "
                          "protocol error)", where)


def import_(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """One usage preference per group of rules with the same reservation and policy."""
    data = source.json("tdmrep.json")
    if not isinstance(data, list):
        raise ConversionError("tdmrep.json must be a JSON array of rules, even for a single rule")
    base = ctx.option("base_url")
    if not base:
        raise ConversionError("tdmrep.json locations are paths on a site; give the site address (base_url, or "
                              "--base-url https://example.org)")
    kept: list[tuple[str, int, str | None]] = []
    for index, rule in enumerate(data):
        where = f"$[{index}]"
        if not isinstance(rule, dict):
            raise ConversionError("each rule must be an object with location and tdm-reservation", where)
        if not isinstance(rule.get("location"), str) or not rule["location"].startswith("/"):
            raise ConversionError("each rule needs a `location` path starting with /", where + ".location")
        if "tdm-reservation" not in rule:
            raise ConversionError("each rule needs `tdm-reservation` (0 or 1)", where)
        bit = _bit(rule["tdm-reservation"], where + '["tdm-reservation"]')
        policy = rule.get("tdm-policy")
        if policy is not None and (not isinstance(policy, str) or not policy.startswith(("http://", "https://"))):
            raise ConversionError("tdm-policy must be a web address", where + '["tdm-policy"]')
        for key in rule:
            if key not in ("location", "tdm-reservation", "tdm-policy"):
                ctx.warn("CONVERT-unknown", f"`{shown(key)}` is not a TDMRep rule property; ignored", where + f".{key}")
        earlier = next((p for p, _, _ in kept if _covers(p, rule["location"])), None)
        if earlier is not None:
            ctx.warn(LOSSY, f"the rule for {shown(rule['location'])} never applies: TDMRep takes the first rule whose "
                     f"location matches, and the earlier rule for {shown(earlier)} matches everything it does", where)
            continue
        kept.append((rule["location"], bit, policy if bit else None))
    if not kept:
        raise ConversionError("tdmrep.json holds no rule")
    return [imported(VOCABULARY, meaning(bit, policy), ctx, "tdmrep", f"{source.text}\n#{index}", "$",
                     [from_robots(base, path)])
            for index, (path, bit, policy) in enumerate(kept)]


def _covers(earlier: str, later: str) -> bool:
    """Whether every path `later` matches is matched by `earlier` (plain prefixes only)."""
    if "*" in earlier.rstrip("*") or earlier.endswith("$"):
        return earlier == later
    return later.startswith(earlier.rstrip("*"))


def import_headers(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """The tdm-reservation / tdm-policy fields of an HTTP response (other lines are ignored)."""
    reading = read_headers(source.text, ctx)
    if not ctx.option("locations") and not ctx.option("works"):
        ctx.warn(MISSING, "HTTP headers apply to the response they come with; give locations or works so the "
                 "preference says what it applies to", "$")
    return [imported(VOCABULARY, reading, ctx, "tdmrep", "tdm-headers\n" + source.text)]  # type: ignore[arg-type]


def read_headers(text: str, ctx: Context, required: bool = True) -> dict[str, Stance] | None:
    """What the tdm-reservation and tdm-policy fields of a response say (None: there are none)."""
    bits: list[tuple[int, str]] = []
    policies: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "tdm-reservation":
            bits.append((_bit(value, f"line {number}"), f"line {number}"))
        elif name == "tdm-policy":
            policies.append(value.strip())
    if not bits:
        if required:
            raise ConversionError("no tdm-reservation header field found")
        return None
    if len({b for b, _ in bits}) > 1:
        ctx.warn(CONFLICT, "the tdm-reservation fields disagree; the most restrictive (1) is kept", bits[0][1])
    bit = max(b for b, _ in bits)
    return meaning(bit, policies[0] if policies and bit else None)
