"""Artefacts generated from the CCAI Standards schema 0.2.0. Do not edit.

Regenerate with `python -m generators build`; `python -m generators check` proves they
match the schema.
"""

STANDARD_VERSION = "0.2.0"
