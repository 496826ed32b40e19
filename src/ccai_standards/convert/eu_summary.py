"""The EU AI Act public summary of training content (Article 53(1)(d)), as JSON and as Markdown,
section by section, following the template the Commission adopted: "Explanatory Notice and
Template for the Public Summary of Training Content for general-purpose AI models",
C(2025) 5235 final, 24 July 2025 (the template is its Annex).

The template's sections: 1 general information (1.1 provider, 1.2 model, 1.3 modalities
and other characteristics), 2 data sources (2.1 publicly available datasets; 2.2 private
non-publicly available datasets obtained from third parties, in two parts: 2.2.1 datasets
commercially licensed by rightsholders or their representatives and 2.2.2 private datasets
obtained from other third parties; 2.3 crawled and scraped data, 2.4 user data, 2.5
synthetic data, 2.6 other sources), 3 data processing (3.1 respect of reservations of
rights from the text-and-data-mining exception, 3.2 removal of illegal content). Every
template field CCAI does not record is named in a warning. CCAI's consent coverage has no
section and is added after them.
"""

from __future__ import annotations

from typing import Any

from .context import Batch, Context
from .results import MISSING

TEMPLATE = "Template for the Public Summary of Training Content for general-purpose AI models (European " \
           "Commission, C(2025) 5235 final, 24 July 2025), Article 53(1)(d) of Regulation (EU) 2024/1689"
SOURCE_SECTIONS = (
    ("2.1", "Publicly available datasets", ("public_datasets",)),
    ("2.2.1", "Datasets commercially licensed by rightsholders or their representatives",
     ("licensed_from_rights_holders",)),
    ("2.2.2", "Private datasets obtained from other third parties", ("other_private_data",)),
    ("2.3", "Data crawled and scraped from online sources", ("web_crawled",)),
    ("2.4", "User data", ("user_data",)),
    ("2.5", "Synthetic data", ("synthetic_data",)),
    ("2.6", "Other sources of data", ("other_sources",)),
)
SOURCE_FIELDS = ("source_category", "description", "datasets", "licensors", "crawler_names", "start_date",
                 "end_date", "top_domains", "share_of_training_data")
#: Template fields CCAI does not record, by section: each becomes a warning.
NOT_RECORDED = (
    ("1.1", "the authorised representative, for a provider established outside the Union"),
    ("1.2", "the model dependencies (the model this one was fine-tuned or modified from, with its summary)"),
    ("1.3", "the training data size per modality, in the template's ranges (the share of each source is given in "
            "section 2 instead)"),
    ("3.1", "whether the provider is a Signatory to the Code of Practice for general-purpose AI models"),
)
#: Template fields a used source of a category must fill, with CCAI's field for each.
SOURCE_REQUIRED = {
    "web_crawled": (("crawler_names", "2.3 the crawler names"), ("start_date", "2.3 the period of data collection"),
                    ("end_date", "2.3 the period of data collection"),
                    ("top_domains", "2.3 the most relevant domain names crawled (top 10%, or top 5% or 1,000 for "
                                    "SMEs)")),
    "licensed_from_rights_holders": (("licensors", "2.2.1 who the licensing agreements are with"),),
}


def _name(batch: Batch, party_id: str) -> str:
    party = batch.by_id(party_id)
    return party["name"] if party and party.get("name") else party_id


def sections(record: dict[str, Any], batch: Batch, ctx: Context) -> list[dict[str, Any]]:
    """The summary as a list of numbered sections, each with its fields (empty fields left out)."""
    provider = record["provider"]
    if batch.by_id(provider) is None:
        ctx.warn(MISSING, "the provider's name is not known; the summary gives its id (convert together with its "
                 "Organization record to print the name)", ("provider",), record.get("id"))
    for number, what in NOT_RECORDED:
        ctx.warn(MISSING, f"section {number} of the template asks for {what}, which CCAI does not record; the summary "
                 "leaves it out: add it by hand before publishing", "$", record.get("id"))
    for index, source in enumerate(record["sources"]):
        for name, what in SOURCE_REQUIRED.get(source["source_category"], ()):
            if source.get(name) in (None, [], ""):
                ctx.warn(MISSING, f"section {what}; this source has no `{name}`", ("sources", index, name),
                         record.get("id"))

    def clean(fields: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in fields.items() if v not in (None, [], "")}

    result = [
        {"section": "1.1", "title": "Provider identification", "fields": clean(
            {"provider": _name(batch, provider), "provider_id": provider, "contact": record.get("contact")})},
        {"section": "1.2", "title": "Model identification", "fields": clean(
            {"model_name": record["model_name"], "model_version": record.get("model_version"),
             "model_card": record.get("model_card"), "date_placed_on_market": record.get("model_release_date")})},
        {"section": "1.3", "title": "Modalities, overall training data size and other characteristics",
         "fields": clean({"modalities": record["modalities"], "content_types": record.get("content_types"),
                          "languages": record.get("languages"),
                          "latest_date_of_data_acquisition": record.get("latest_acquisition_date")})},
    ]
    for number, title, categories in SOURCE_SECTIONS:
        items = [clean({k: _names(batch, s.get(k) or []) if k == "licensors" else s.get(k) for k in SOURCE_FIELDS})
                 for s in record["sources"] if s["source_category"] in categories]
        result.append({"section": number, "title": title, "used": bool(items), "sources": items})
    result += [
        {"section": "3.1", "title": "Respect of reservation of rights from the text and data mining exception",
         "fields": clean({"opt_out_mechanisms_honoured": record["opt_out_mechanisms_honoured"],
                          "description": record["opt_out_description"]})},
        {"section": "3.2", "title": "Removal of illegal content",
         "fields": clean({"description": record.get("illegal_content_measures")})},
    ]
    if not record.get("illegal_content_measures"):
        ctx.warn(MISSING, "section 3.2 (removal of illegal content) is empty: the record has no "
                 "illegal_content_measures", ("illegal_content_measures",), record.get("id"))
    extra = clean({"consent_coverage": record.get("consent_coverage"), "datasets": record.get("datasets"),
                   "manifests": record.get("manifests")})
    if extra:
        result.append({"section": "CCAI", "title": "Consent coverage and dataset records (beyond the template)",
                       "fields": extra})
    return result


def _names(batch: Batch, ids: list[str]) -> list[str]:
    return [_name(batch, i) for i in ids]


def export_json(batch: Batch, ctx: Context) -> dict[str, Any]:
    record = batch.one("TrainingDataDisclosure")
    return {"template": TEMPLATE, "source": record["id"], "published_at": record["published_at"],
            **({"replaces": record["previous_disclosure"]} if record.get("previous_disclosure") else {}),
            "sections": sections(record, batch, ctx)}


def _markdown_value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_markdown_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {_markdown_value(v)}" for k, v in value.items())
    return str(value).strip()


def export_markdown(batch: Batch, ctx: Context) -> str:
    summary = export_json(batch, ctx)
    record = batch.one("TrainingDataDisclosure")
    title = " ".join(x for x in (record["model_name"], record.get("model_version")) if x)
    lines = [f"# Public summary of training content: {title}", "",
             f"Following the {TEMPLATE}. Published {summary['published_at']}; source record <{record['id']}>.", ""]
    headings = {"1": "1. General information", "2": "2. List of data sources", "3": "3. Data processing aspects",
                "2.2": "2.2 Private non-publicly available datasets obtained from third parties"}
    for section in summary["sections"]:
        top = section["section"].split(".")[0]
        if top in headings:
            lines += [f"## {headings.pop(top)}", ""]
        if section["section"].startswith("2.2.") and "2.2" in headings:
            lines += [f"### {headings.pop('2.2')}", ""]
        elif section["section"] == "CCAI":
            lines += ["## Additional information (CCAI)", ""]
        level = "####" if section["section"].count(".") > 1 else "###"
        lines += [f"{level} {section['section']} {section['title']}" if section["section"] != "CCAI" else
                  f"### {section['title']}", ""]
        if "sources" in section:
            if not section["sources"]:
                lines.append("Not used.")
            for source in section["sources"]:
                lines.append(f"- **{source['source_category'].replace('_', ' ')}**: {source['description'].strip()}")
                for key, value in source.items():
                    if key not in ("source_category", "description"):
                        unit = " %" if key == "share_of_training_data" else ""
                        lines.append(f"  - {key.replace('_', ' ')}: {_markdown_value(value)}{unit}")
            lines.append("")
            continue
        for key, value in section["fields"].items():
            lines.append(f"- **{key.replace('_', ' ').capitalize()}:** {_markdown_value(value)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
