"""Reading a C2PA manifest store, as a C2PA reader prints it: is it valid, and who signed it.

A reader (c2patool, c2pa-python's ``Reader.json()``) validates the store and says so in
``validation_state`` (``Invalid``, ``Valid`` or ``Trusted``) and in ``validation_status``
and ``validation_results``. A store that did not validate may have been tampered with, so
what it says must not be imported as if it were the rights holder's word: imports refuse
it unless ``invalid_manifest=warn`` is given, and then name the failures in a warning. The
provenance binding reuses `state` and `signer`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .context import Context
from .results import ConversionError, MISSING, shown

#: Failures C2PA readers tolerate in a Valid store: an untrusted (for example self-signed) signer.
TOLERATED = ("signingCredential.untrusted", "timeStamp.untrusted")


@dataclass(frozen=True)
class StoreState:
    """What a reader said about a manifest store."""

    state: str | None  # Invalid, Valid or Trusted; None when the store does not say
    failures: tuple[str, ...]  # codes of failures that are not tolerated
    signer: str | None  # the issuer or common name of the signing certificate
    signed_at: str | None


def is_store(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("manifests"), dict)


def state(data: dict[str, Any]) -> StoreState:
    """The validation state, failures and signer of a manifest store's active manifest."""
    results = data.get("validation_results")
    active = results.get("activeManifest") if isinstance(results, dict) else None
    listed = [data.get("validation_status"), active.get("failure") if isinstance(active, dict) else None]
    failures = [item["code"] for entries in listed if isinstance(entries, list) for item in entries
                if isinstance(item, dict) and isinstance(item.get("code"), str) and item["code"] not in TOLERATED]
    label = data.get("active_manifest")
    manifest = data["manifests"].get(label) if isinstance(label, str) else None
    info = manifest.get("signature_info") if isinstance(manifest, dict) else None
    info = info if isinstance(info, dict) else {}
    signer = info.get("common_name") or info.get("issuer")
    value = data.get("validation_state")
    return StoreState(value if isinstance(value, str) else None, tuple(dict.fromkeys(failures)),
                      signer if isinstance(signer, str) else None,
                      info.get("time") if isinstance(info.get("time"), str) else None)


def check(data: Any, ctx: Context) -> StoreState | None:
    """Refuse (or, with invalid_manifest=warn, flag) a manifest store that did not validate."""
    if not is_store(data):
        return None
    found = state(data)
    if found.state is None and not found.failures:
        ctx.warn(MISSING, "the manifest store does not say whether it validated (no validation_state); read the "
                 "asset with a C2PA reader that validates it before relying on what it says", "$")
        return found
    if found.state in ("Valid", "Trusted") and not found.failures:
        return found
    said = f"validation_state {found.state}" if found.state else "no validation_state"
    detail = f"{said}" + (f", failures: {', '.join(shown(f, 40) for f in found.failures)}" if found.failures else "")
    if ctx.option("invalid_manifest") != "warn":
        raise ConversionError(f"the manifest store did not validate ({detail}); it may have been altered after it was "
                              "signed, so it is not imported. Read the asset with a C2PA reader that validates it "
                              "(c2patool, c2pa-python's Reader), or give invalid_manifest=warn "
                              "(--invalid-manifest warn) to import it anyway", "$.validation_state")
    ctx.warn(MISSING, f"the manifest store did not validate ({detail}); imported because invalid_manifest=warn, but "
             "what it says may not be the signer's", "$.validation_state")
    return found
