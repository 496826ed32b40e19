"""mkdocs hooks: what every page of the site gets, and what only some pages need.

- Every page says which version of the standard it describes. The version comes from the
  schema, where it is typed once; a version not yet released is called a draft.
- Mermaid (3.5 MB) is loaded only by pages that draw a diagram.
- literate-nav's SUMMARY.md files give the navigation and are then dropped: they are not
  pages, and must not show in search.
- The search dialog gets an accessible name.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generators import versioning  # noqa: E402

MERMAID = "assets/javascripts/mermaid.min.js"
NAV_FILE = "SUMMARY.md"


def version_line(root: Path | None = None) -> str:
    version = versioning.schema_version(root)
    released = version in versioning.released_versions(root)
    return f"This is version {version} of the CCAI standard ({'released' if released else 'a draft, not yet released'})."


def on_config(config: Any, **_: Any) -> Any:
    config["copyright"] = f"{version_line()} {config.get('copyright') or ''}".strip()
    return config


def on_nav(nav: Any, config: Any, files: Any, **_: Any) -> Any:
    # Runs after literate-nav has read the SUMMARY files (hooks run after the plugins).
    for file in [f for f in files if Path(f.src_uri).name == NAV_FILE]:
        files.remove(file)
    return nav


def on_post_page(output: str, page: Any, config: Any, **_: Any) -> str:
    output = output.replace('class="md-search" data-md-component="search" role="dialog"',
                            'class="md-search" data-md-component="search" role="dialog" aria-label="Search the site"')
    if 'class="mermaid"' in output:
        script = f'<script src="{get_relative_url(MERMAID, page.url)}"></script>'
        output = output.replace("</body>", f"{script}\n</body>", 1)
    return output
