"""Author-side tools that turn ``schema/`` and ``standards/`` into every published artefact.

Run as ``python -m generators build|check|lint``. These modules import linkml and are never
used on the validation path of the runtime package.
"""
