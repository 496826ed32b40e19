"""A verifiable link between a media file and the consent behind it: `ccai bind` and `ccai verify`.

`bind` writes a signed C2PA manifest into a copy of an asset. Beside C2PA's own
`c2pa.actions.v2` (how the asset was made) and, where the records give them, CAWG's
training-and-data-mining preferences, the manifest holds the CCAI authorisation assertion
(`assertion.LABEL`): the ids and RFC 8785 digests of the records that authorise the asset,
the AI uses it embodies, the person and the project. `verify` reads the manifest back,
checks its signature against the trust anchors it is given, recomputes each digest from the
records, and judges with the validator's own coverage rule whether the consent allowed the
use when the asset was bound and still does.

c2pa-python is the `provenance` extra; nothing else in the package imports it.
"""
