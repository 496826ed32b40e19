"""`ccai bind`: a signed copy of an asset whose C2PA manifest cites the records that authorise it.

The records are validated first, as one batch, and the consents must allow the use at the
time of binding (`judge`): a manifest that claims an authorisation the records do not give
is never written. The manifest holds the CCAI assertion, `c2pa.actions.v2` with the asset's
digital source type (and the AI-use disclosure's actions, when the records hold one) and,
when the records hold a usage preference, CAWG's training-and-data-mining assertion. The
copy is written next to nothing: `-o` names a new file, and an existing one is refused.
"""

from __future__ import annotations

import datetime
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..findings import Finding
from .assertion import AUTHORISING_TYPES, LABEL, Authorisation, Citation
from .judge import Moment, Reason, judge
from .signing import SigningMaterial

#: The media c2pa-python signs, by file suffix (its Builder lists them).
MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
               ".gif": "image/gif", ".tif": "image/tiff", ".tiff": "image/tiff", ".avif": "image/avif",
               ".heic": "image/heic", ".svg": "image/svg+xml", ".wav": "audio/wav", ".mp3": "audio/mpeg",
               ".m4a": "audio/mp4", ".flac": "audio/flac", ".mp4": "video/mp4", ".mov": "video/quicktime",
               ".avi": "video/avi", ".m4v": "video/x-m4v"}


class BindError(Exception):
    """The asset cannot be bound: bad options or input (exit 2), or, with `findings`/`reasons`,
    records that do not authorise it (exit 1)."""

    def __init__(self, message: str, findings: Iterable[Finding] = (), reasons: Iterable[Reason] = ()) -> None:
        super().__init__(message)
        self.findings, self.reasons = list(findings), list(reasons)


@dataclass(frozen=True)
class Binding:
    out: Path
    authorisation: Authorisation
    consent: dict[str, Any]
    manifest: dict[str, Any]
    asset_sha256: str = ""
    manifest_label: str | None = None

    def record(self) -> dict[str, Any]:
        """The AssetBinding record of this binding: with it in a batch, the consent's receipt names the asset."""
        import uuid

        a = self.authorisation
        consents = [c.record_id for c in a.records if c.record_type == "ConsentRecord"]
        out: dict[str, Any] = {"type": "AssetBinding", "conforms_to": a.standard_version,
                               "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'sha256:' + self.asset_sha256)}",
                               "asset_sha256": self.asset_sha256, "bound_consents": consents,
                               "bound_uses": list(a.uses), "used_by": list(a.used_by)}
        if a.project:
            out["projects"] = [a.project]
        out["bound_at"] = a.bound_at
        if self.manifest_label:
            out["manifest_label"] = self.manifest_label
        return out


def media_type(path: Path) -> str:
    kind = MEDIA_TYPES.get(path.suffix.lower())
    if kind is None:
        raise BindError(f"{path.name}: c2pa cannot sign this kind of file; supported: "
                        f"{', '.join(sorted(MEDIA_TYPES))}")
    return kind


def now_utc() -> str:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def read_records(paths: list[Path]) -> tuple[list[dict[str, Any]], list[Finding]]:
    """The records of `paths` as one validated batch: (records, the findings that are errors)."""
    from ..reading import read
    from ..validation import Validator

    errors = [f for f in Validator().validate(paths) if f.is_error]
    records = [item.data for item in read(paths) if not isinstance(item, Finding) and isinstance(item.data, dict)]
    return records, errors


def bind(asset: Path, record_paths: list[Path], out: Path, uses: tuple[str, ...], material: SigningMaterial, *,
         subject: str | None = None, project: str | None = None, by: tuple[str, ...] = (),
         digital_source_type: str | None = None, bound_at: str | None = None) -> Binding:
    """Validate the records, judge the use, and write the signed copy of `asset` to `out`."""
    import c2pa

    kind = media_type(asset)
    if out.exists():
        raise BindError(f"{out} exists; ccai bind never overwrites a file: give another -o")
    if out.resolve() == asset.resolve():
        raise BindError("-o must name a new file, not the asset itself")
    if not uses:
        raise BindError("say which AI uses the asset embodies with --use (for example --use voice_cloning)")
    if not by:
        raise BindError("say which party makes the use with --by (the id of its party record): a consent covers "
                        "uses by its grantees only")
    records, errors = read_records(record_paths)
    if errors:
        raise BindError(f"the records have {len(errors)} error(s); fix them before binding", findings=errors)
    bound_at = bound_at or now_utc()
    cited = [r for r in records if r.get("type") in AUTHORISING_TYPES and isinstance(r.get("id"), str)]
    consents = [r for r in cited if r["type"] == "ConsentRecord"]
    if subject is None and len({c.get("subject") for c in consents}) == 1:
        subject = consents[0].get("subject")
    if consents and not isinstance(subject, str):
        raise BindError("say whose work or persona the asset uses with --subject (the id of their party record): "
                        "the consents cited are about more than one person, or there is none")
    consent, reasons = judge(consents, uses, subject, project, by, (Moment("when the asset was bound", bound_at),))
    if consent is None:
        raise BindError("the records do not authorise this use of the asset", reasons=reasons)
    authorisation = Authorisation(_version(consent), bound_at, uses, by,
                                  tuple(Citation.of(r) for r in cited), subject, project)
    manifest = manifest_definition(authorisation, records, digital_source_type)
    try:
        source = asset.read_bytes()
    except OSError as exc:
        raise BindError(f"cannot read {asset}: {exc.strerror or exc}") from None
    signed = io.BytesIO()
    try:
        builder = c2pa.Builder(json.dumps(manifest))
        builder.sign(material.signer(), kind, io.BytesIO(source), signed)
    except c2pa.C2paError as exc:
        raise BindError(f"c2pa could not sign {asset.name}: {exc}") from None
    data = signed.getvalue()
    try:
        with open(out, "xb") as handle:  # "x": refuse a file that appeared meanwhile
            handle.write(data)
    except FileExistsError:
        raise BindError(f"{out} exists; ccai bind never overwrites a file: give another -o") from None
    except OSError as exc:
        raise BindError(f"cannot write {out}: {exc.strerror or exc}") from None
    import hashlib

    label = json.loads(c2pa.Reader(kind, io.BytesIO(data)).json()).get("active_manifest")
    return Binding(out, authorisation, consent, manifest, hashlib.sha256(data).hexdigest(), label)


def _version(record: dict[str, Any]) -> str:
    from ..standard_versions import current

    claimed = record.get("conforms_to")
    return claimed if isinstance(claimed, str) else current().version


def manifest_definition(authorisation: Authorisation, records: list[dict[str, Any]],
                        digital_source_type: str | None) -> dict[str, Any]:
    """The manifest: the CCAI assertion, the actions, and CAWG's preferences where the records give them."""
    from .. import __version__
    from ..convert.api import convert
    from ..convert.results import ConversionError

    works = [r for r in records if r.get("type") == "CreativeWork"]
    options = {"digital_source_type": digital_source_type} if digital_source_type else {}
    assertions: list[dict[str, Any]] = [{"label": LABEL, "data": authorisation.data()}]
    disclosures = [r for r in records if r.get("type") == "AiUseDisclosure"]
    try:
        if len(disclosures) == 1:
            actions = convert([disclosures[0], *works], to="c2pa-actions", **options).output["assertions"]
        else:
            actions = [_created(digital_source_type, works)]
        preferences = [r for r in records if r.get("type") == "UsagePreference"]
        if len(preferences) == 1:
            cawg = convert([preferences[0], *works], to="cawg", **options).output["assertions"]
            assertions += [a for a in cawg if a["label"] != "c2pa.actions.v2"]
    except ConversionError as exc:
        raise BindError(f"the manifest cannot be written: {exc}") from None
    return {"claim_generator_info": [{"name": "ccai-standards", "version": __version__}],
            "assertions": [*assertions, *actions]}


def _created(digital_source_type: str | None, works: list[dict[str, Any]]) -> dict[str, Any]:
    from ..convert.jsonld import enum_iris

    iris = enum_iris("digital_source_type")
    chosen = digital_source_type or next((w.get("digital_source_type") for w in works
                                          if w.get("digital_source_type")), None)
    if chosen is None:
        raise BindError("say how the asset was made with --digital-source-type (for example "
                        "trained_algorithmic_media), or give its CreativeWork record with the records")
    if chosen not in iris:
        raise BindError(f"{chosen!r} is not a digital source type; expected one of {', '.join(sorted(iris))}")
    return {"label": "c2pa.actions.v2", "data": {"actions": [{"action": "c2pa.created",
                                                              "digitalSourceType": iris[chosen]}]}}
