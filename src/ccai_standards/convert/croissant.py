"""Datasets as MLCommons Croissant 1.1 metadata (published 29 January 2026) with the Responsible AI
(RAI 1.0, still current) properties.

The context is the one the reference library (mlcroissant 1.1) writes, inline as Croissant
files do; ``conformsTo`` lists both specifications, which 1.1 allows.
The dataset's own files and record sets (``distribution``, ``recordSet``) are not in a
CCAI Dataset record: add them to the output to make the data loadable.
"""

from __future__ import annotations

from typing import Any

from .context import Batch, Context
from .results import APPROXIMATE, LOSSY

CROISSANT = "http://mlcommons.org/croissant/1.1"
RAI = "http://mlcommons.org/croissant/RAI/1.0"
CONTEXT: dict[str, Any] = {
    "@language": "en", "@vocab": "https://schema.org/", "citeAs": "cr:citeAs", "column": "cr:column",
    "conformsTo": "dct:conformsTo", "cr": "http://mlcommons.org/croissant/", "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"}, "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/", "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"}, "extract": "cr:extract", "field": "cr:field",
    "fileProperty": "cr:fileProperty", "fileObject": "cr:fileObject", "fileSet": "cr:fileSet", "format": "cr:format",
    "includes": "cr:includes", "isLiveDataset": "cr:isLiveDataset", "jsonPath": "cr:jsonPath", "key": "cr:key",
    "md5": "cr:md5", "parentField": "cr:parentField", "path": "cr:path", "recordSet": "cr:recordSet",
    "references": "cr:references", "regex": "cr:regex", "repeated": "cr:repeated", "replace": "cr:replace",
    "samplingRate": "cr:samplingRate", "sc": "https://schema.org/", "separator": "cr:separator", "source": "cr:source",
    "subField": "cr:subField", "transform": "cr:transform",
}
SENSITIVE = {"present": "Yes: the dataset holds sensitive personal information, such as voices or faces.",
             "absent": "No sensitive personal information.", "no_assertion": "Not stated."}


def export(batch: Batch, ctx: Context) -> dict[str, Any]:
    dataset = batch.one("Dataset")
    record_id = dataset["id"]
    result: dict[str, Any] = {"@context": CONTEXT, "@type": "sc:Dataset", "@id": record_id,
                              "conformsTo": [CROISSANT, RAI], "name": dataset.get("name") or record_id}
    if dataset.get("description"):
        result["description"] = dataset["description"].strip()
    if record_id.startswith("https://"):
        result["url"] = record_id
    for ours, theirs in (("version", "version"), ("licence", "license")):
        if dataset.get(ours):
            result[theirs] = dataset[ours]
    if dataset.get("languages"):
        result["inLanguage"] = dataset["languages"]
    publisher = dataset.get("publisher")
    if publisher:
        party = batch.by_id(publisher) or {}
        kind = "sc:Person" if party.get("type") == "Person" else "sc:Organization"
        result["publisher"] = {"@type": kind, "@id": publisher, **({"name": party["name"]} if party.get("name") else {})}
    if dataset.get("data_collection_process"):
        result["rai:dataCollection"] = dataset["data_collection_process"].strip()
    if dataset.get("source_categories"):
        result["rai:dataCollectionType"] = [c.replace("_", " ") for c in dataset["source_categories"]]
        ctx.warn(APPROXIMATE, "the EU template's source categories are written as rai:dataCollectionType text",
                 ("source_categories",), record_id)
    if dataset.get("intended_use"):
        result["rai:dataUseCases"] = dataset["intended_use"].strip()
    if dataset.get("known_biases"):
        result["rai:dataBiases"] = list(dataset["known_biases"])
    if dataset.get("sensitive_personal_information"):
        result["rai:personalSensitiveInformation"] = SENSITIVE[dataset["sensitive_personal_information"]]
    for name, reason in (("dataset_types", "Croissant describes types per field of a record set, not per dataset"),
                         ("availability", "Croissant has no availability field"),
                         ("item_count", "Croissant has no count of items")):
        if dataset.get(name):
            ctx.warn(LOSSY, f"`{name}` is not carried: {reason}", (name,), record_id)
    return result
