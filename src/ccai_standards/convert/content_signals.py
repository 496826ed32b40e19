"""Content signals: ``Content-Signal: search=yes, ai-input=no, ai-train=no`` in robots.txt.

Pinned to the Content Signals Policy of 24 September 2025 (contentsignals.org, CC0). Three
signals, each ``yes`` or ``no``; a signal left out "neither grants nor restricts". The
line sits in a User-Agent group and may start with a path (``Content-Signal: /blog/ …``),
matched as robots.txt paths are. The definitions, in the policy's words:

* ``search``: building a search index and providing search results (hyperlinks and short
  excerpts); not AI-generated search summaries;
* ``ai-input``: inputting content into one or more AI models (retrieval augmented
  generation, grounding, real-time taking of content for generative AI search answers);
* ``ai-train``: training or fine-tuning AI models.

There is no "allowed under a condition": a constrained use is written ``no``. The export
writes the policy's own text as comments above the group, since the signals are expressed
under it.
"""

from __future__ import annotations

from typing import Any

from .context import Batch, Context, Source
from .headers import field_values
from .locations import first_rule, from_robots, robots_group, site_paths, split_rule
from .permits import ACTIVITIES, Category, Vocabulary, best_reading, imported, report
from .preferences import Stance, Statement, combine, report_fields, stance
from .results import CONFLICT, UNKNOWN, ConversionError, shown

POLICY = "Content Signals Policy (Cloudflare, 24 September 2025, contentsignals.org)"
FIELD = "Content-Signal"
MECHANISM = "content_signals"
VOCABULARY = Vocabulary(
    "Content signals", POLICY,
    (Category("search", ACTIVITIES["search_indexing"],
              meaning="building a search index and providing search results (hyperlinks and short excerpts), not "
                      "AI-generated search summaries"),
     Category("ai-input", ACTIVITIES["ai_inference"],
              meaning="inputting content into AI models: retrieval augmented generation, grounding, generative AI "
                      "search answers"),
     Category("ai-train", ACTIVITIES["ai_training"], meaning="training or fine-tuning AI models")))

#: The policy text the signals are expressed under, as contentsignals.org gives it for robots.txt.
POLICY_TEXT = """\
# As a condition of accessing this website, you agree to abide by the following content signals:
# (a)  If a content-signal = yes, you may collect content for the corresponding use.
# (b)  If a content-signal = no, you may not collect content for the corresponding use.
# (c)  If the website operator does not include a content signal for a corresponding use, the website operator \
neither grants nor restricts permission via content signal with respect to the corresponding use.
# The content signals and their meanings are:
# search: building a search index and providing search results (e.g., returning hyperlinks and short excerpts \
from your website's contents).  Search does not include providing AI-generated search summaries.
# ai-input: inputting content into one or more AI models (e.g., retrieval augmented generation, grounding, or \
other real-time taking of content for generative AI search answers).
# ai-train: training or fine-tuning AI models.
# ANY RESTRICTIONS EXPRESSED VIA CONTENT SIGNALS ARE EXPRESS RESERVATIONS OF RIGHTS UNDER ARTICLE 4 OF THE \
EUROPEAN UNION DIRECTIVE 2019/790 ON COPYRIGHT AND RELATED RIGHTS IN THE DIGITAL SINGLE MARKET.
"""

NOTES = {
    "data_mining": "content signals have no category for data mining other than training",
    "evaluation": "content signals have no category for evaluating models",
    "replica_creation": "content signals have no category for replicas",
    "replica_use": "content signals have no category for replicas",
    "voice_cloning": "content signals have no category for replicas",
    "style_imitation": "content signals have no category for style imitation",
    "declared_by": "content signals do not say who set them",
    "declared_at": "content signals are not dated",
    "works": "content signals apply to paths of a web site, not to works",
    "catalogue_of": "content signals apply to paths of a web site, not to a catalogue",
    "valid_from": "content signals have no period of validity", "valid_until": "content signals have no period of validity",
    "published_via": "content signals do not list other publication channels",
    "licensing_contact": "content signals have no contact field",
}


def parse(text: str, where: str, ctx: Context) -> dict[str, Stance]:
    """The signals of one line: ``name=value`` pairs separated by commas (unknown ones are ignored)."""
    statements = []
    seen: dict[str, str] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, equals, value = (x.strip() for x in part.partition("="))
        name, value = name.lower(), value.lower()
        if not equals or name not in {c.label for c in VOCABULARY.categories}:
            ctx.warn(UNKNOWN, f"`{shown(part)}` is not a signal of the {POLICY}; ignored", where)
            continue
        if value not in ("yes", "no"):
            ctx.warn(UNKNOWN, f"the value of `{shown(name)}` is not yes or no, so the signal is not given", where)
            continue
        if name in seen and seen[name] != value:
            ctx.warn(CONFLICT, f"`{shown(name)}` is given twice on one line; the most restrictive counts", where)
        seen[name] = value
        statements.append(Statement(name, stance("allowed" if value == "yes" else "not_allowed"), where))
    return combine(statements, ctx)


def signals(record: dict[str, Any], ctx: Context | None = None) -> str:
    """The signals that never permit more than the record and lose least."""
    reading = best_reading(VOCABULARY, record)
    if not reading:
        raise ConversionError("no content signal (search, ai-input, ai-train) can be given without permitting more "
                              "than the preference")
    if ctx is not None:
        report(record, VOCABULARY, reading, ctx, NOTES)
    return ", ".join(f"{c.label}={'yes' if reading[c.label].permission == 'allowed' else 'no'}"
                     for c in VOCABULARY.categories if c.label in reading)


def export(batch: Batch, ctx: Context) -> str:
    """A robots.txt group with the policy text and one Content-Signal line per location."""
    record = batch.one("UsagePreference")
    paths = site_paths(record, ctx, "robots.txt")
    text = signals(record, ctx)
    report_fields(record, VOCABULARY.name, ctx, carried=("locations",), notes=NOTES)
    lines = [f"User-Agent: {ctx.option('user_agent', '*')}"] + [f"{FIELD}: {path} {text}" for path in paths]
    return POLICY_TEXT + "\n".join(lines) + "\n"


def read_export(output: str) -> dict[str, Stance]:
    """What the first Content-Signal line of an export says."""
    return parse(first_rule(output, FIELD), "$", Context())


def import_(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """One usage preference per path of the chosen group's Content-Signal lines (robots.txt), or
    one for Content-Signal header lines of a response."""
    if not any(line.split(":", 1)[0].strip().lower() == "user-agent" for line in source.text.splitlines()):
        values = field_values(source.text, FIELD)
        return [imported(VOCABULARY, parse(", ".join(values), FIELD, ctx), ctx, MECHANISM, source.text, FIELD)]
    group = robots_group(source.text, ctx, FIELD)
    by_path: dict[str, dict[str, Stance]] = {}
    for number, value in group.rules(FIELD):
        path, rest = split_rule(value)
        said = parse(rest, f"line {number}", ctx)
        for label, item in said.items():
            earlier = by_path.setdefault(path, {}).get(label)
            by_path[path][label] = item if earlier is None or item.rank > earlier.rank else earlier
    records = [imported(VOCABULARY, said, ctx, MECHANISM, source.text + path, f"robots.txt {path}",
                        [from_robots(group.base, path)]) for path, said in by_path.items() if said]
    if not records:
        raise ConversionError(f"the robots.txt group for `{shown(group.agent)}` has no {FIELD} line with a signal")
    for record in records:
        record["published_via"] = [MECHANISM, "robots_txt"]
    return records
