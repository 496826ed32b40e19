"""Training-data disclosures as SPDX 3.0.1 JSON-LD: the model as an ``ai_AIPackage``, each
dataset as a ``dataset_DatasetPackage``, and a ``trainedOn`` relationship between them.

Give the Dataset records (and the Organization records of the provider and publishers)
in the same conversion to fill the dataset packages; a dataset known only by its id
still gets a package, with ``noAssertion`` as its type. SPDX has no fields for the EU
template's source categories, the opt-out mechanisms or consent coverage: they go into
the model's ``ai_informationAboutTraining`` text.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from .context import Batch, Context
from .results import APPROXIMATE, LOSSY, MISSING

CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
SPEC_VERSION = "3.0.1"
CREATION = "_:creationinfo"
PRESENCE = {"present": "yes", "absent": "no", "no_assertion": "noAssertion"}
AVAILABILITY = {"direct_download": "directDownload", "clickthrough": "clickthrough", "registration": "registration",
                "query": "query", "scraping_script": "scrapingScript"}


def utc(value: str) -> str:
    """SPDX date-times are UTC and end in Z."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _party(batch: Batch, party_id: str, ctx: Context, path: tuple[Any, ...], record_id: str | None) -> dict[str, Any]:
    party = batch.by_id(party_id)
    kinds = {"Organization": "Organization", "Person": "Person", "Estate": "Organization"}
    if party is None:
        ctx.warn(MISSING, "the party record is not in the input, so its SPDX element has its id as name (convert "
                 "together with its record)", path, record_id)
    return {"type": kinds.get((party or {}).get("type", "Organization"), "Organization"), "spdxId": party_id,
            "creationInfo": CREATION, "name": (party or {}).get("name", party_id)}


def training_text(record: dict[str, Any]) -> str:
    """What SPDX has no field for, as the text of ai_informationAboutTraining."""
    lines = []
    for source in record["sources"]:
        share = f" ({source['share_of_training_data']} % of training data)" if source.get("share_of_training_data") else ""
        lines.append(f"{source['source_category']}{share}: {source['description'].strip()}")
    lines.append("Text and data mining opt-outs honoured: " + ", ".join(record["opt_out_mechanisms_honoured"]) + ". "
                 + record["opt_out_description"].strip())
    coverage = record.get("consent_coverage")
    if coverage:
        lines.append(f"Consent coverage as of {coverage['as_of']}: {coverage['works_with_consent']} of "
                     f"{coverage['works_total']} works covered by consent.")
    return "\n".join(lines)


def dataset_package(dataset_id: str, batch: Batch, ctx: Context, record_id: str | None,
                    index: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    dataset = batch.by_id(dataset_id)
    path = ("datasets", index)
    if dataset is None:
        ctx.warn(MISSING, "the Dataset record is not in the input; its package says noAssertion for the dataset "
                 "type (convert together with the Dataset record)", path, record_id)
        return ({"type": "dataset_DatasetPackage", "spdxId": dataset_id, "creationInfo": CREATION, "name": dataset_id,
                 "software_primaryPurpose": "data", "dataset_datasetType": ["noAssertion"]}, [])
    package: dict[str, Any] = {"type": "dataset_DatasetPackage", "spdxId": dataset_id, "creationInfo": CREATION,
                               "name": dataset.get("name") or dataset_id, "software_primaryPurpose": "data",
                               "dataset_datasetType": list(dataset["dataset_types"])}
    extra = []
    if dataset.get("version"):
        package["software_packageVersion"] = dataset["version"]
    if dataset.get("description"):
        package["description"] = dataset["description"].strip()
    if dataset.get("publisher"):
        package["originatedBy"] = [dataset["publisher"]]
        extra.append(_party(batch, dataset["publisher"], ctx, path, dataset_id))
    for ours, theirs in (("data_collection_process", "dataset_dataCollectionProcess"),
                         ("intended_use", "dataset_intendedUse")):
        if dataset.get(ours):
            package[theirs] = dataset[ours].strip()
    if dataset.get("known_biases"):
        package["dataset_knownBias"] = list(dataset["known_biases"])
    if dataset.get("sensitive_personal_information"):
        package["dataset_hasSensitivePersonalInformation"] = PRESENCE[dataset["sensitive_personal_information"]]
    availability = dataset.get("availability")
    if availability in AVAILABILITY:
        package["dataset_datasetAvailability"] = AVAILABILITY[availability]
    elif availability:
        ctx.warn(LOSSY, "SPDX has no availability value for a dataset that is not available to others; the field "
                 "is left out", ("availability",), dataset_id)
    if dataset.get("licence"):
        ctx.warn(LOSSY, "the licence is not written: SPDX 3 states licences with a separate licensing profile "
                 "relationship, not as a web address", ("licence",), dataset_id)
    for name in ("item_count", "source_categories", "languages"):
        if dataset.get(name):
            ctx.warn(LOSSY, f"`{name}` has no SPDX Dataset field", (name,), dataset_id)
    return package, extra


def export(batch: Batch, ctx: Context) -> dict[str, Any]:
    record = batch.one("TrainingDataDisclosure")
    record_id = record["id"]
    created = ctx.option("created_at") or record["published_at"]
    model_id = f"{record_id}#model"
    elements: dict[str, dict[str, Any]] = {}
    provider = _party(batch, record["provider"], ctx, ("provider",), record_id)
    elements[provider["spdxId"]] = provider
    model: dict[str, Any] = {"type": "ai_AIPackage", "spdxId": model_id, "creationInfo": CREATION,
                             "name": record["model_name"], "suppliedBy": record["provider"],
                             "software_primaryPurpose": "model", "ai_informationAboutTraining": training_text(record)}
    if record.get("model_version"):
        model["software_packageVersion"] = record["model_version"]
    if record.get("model_release_date"):
        model["releaseTime"] = f"{record['model_release_date']}T00:00:00Z"
    if record.get("model_card"):
        model["software_homePage"] = record["model_card"]
    elements[model_id] = model
    datasets = []
    for index, dataset_id in enumerate(record.get("datasets") or []):
        package, parties = dataset_package(dataset_id, batch, ctx, record_id, index)
        elements[dataset_id] = package
        datasets.append(dataset_id)
        for party in parties:
            elements.setdefault(party["spdxId"], party)
    if datasets:
        relation = {"type": "Relationship", "spdxId": f"{record_id}#trained-on", "creationInfo": CREATION,
                    "from": model_id, "relationshipType": "trainedOn", "to": datasets}
        elements[relation["spdxId"]] = relation
    else:
        ctx.warn(MISSING, "the disclosure lists no dataset records, so there is no trainedOn relationship; the "
                 "sources are described in ai_informationAboutTraining", ("datasets",), record_id)
    document = {"type": "SpdxDocument", "spdxId": f"{record_id}#spdx-document", "creationInfo": CREATION,
                "name": f"Training data of {record['model_name']} {record.get('model_version', '')}".strip(),
                "profileConformance": ["core", "software", "ai", "dataset"],
                "rootElement": [model_id], "element": list(elements)}
    creation = {"type": "CreationInfo", "@id": CREATION, "specVersion": SPEC_VERSION, "created": utc(created),
                "createdBy": [record["provider"]]}
    ctx.warn(APPROXIMATE, "the sources by category, the opt-out mechanisms honoured and the consent coverage have "
             "no SPDX fields; they are written as text in ai_informationAboutTraining", ("sources",), record_id)
    for name in ("modalities", "content_types", "languages", "latest_acquisition_date", "illegal_content_measures",
                 "manifests", "previous_disclosure", "contact"):
        if record.get(name):
            ctx.warn(LOSSY, f"`{name}` has no SPDX AI package field", (name,), record_id)
    return {"@context": CONTEXT, "@graph": [creation, document, *elements.values()]}
