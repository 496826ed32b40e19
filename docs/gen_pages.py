"""mkdocs-gen-files script: adds the generated reference pages and the artefact downloads.

Nothing here is written to docs/ on disk; the pages exist only inside the build.
"""

import sys
from pathlib import Path

import mkdocs_gen_files

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generators.site import generated_files  # noqa: E402

for path, content in generated_files().items():
    mode = "wb" if isinstance(content, bytes) else "w"
    with mkdocs_gen_files.open(path, mode) as handle:
        handle.write(content)
