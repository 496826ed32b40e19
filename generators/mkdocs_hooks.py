"""mkdocs hooks: every page of the site says which version of the standard it describes.

The version comes from the schema, where it is typed once; a version not yet released is
called a draft. On the multi-version site the version switcher says it too; this footer
line is there in every build, the single-version one included.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generators import versioning  # noqa: E402


def version_line(root: Path | None = None) -> str:
    version = versioning.schema_version(root)
    released = version in versioning.released_versions(root)
    return f"This is version {version} of the CCAI standard ({'released' if released else 'a draft, not yet released'})."


def on_config(config: Any, **_: Any) -> Any:
    config["copyright"] = f"{version_line()} {config.get('copyright') or ''}".strip()
    return config
