"""Third-party browser code the site serves itself, so that it works offline.

Mermaid (for the class diagrams) is taken from the npm registry at build time, pinned, and
kept in `.cache/vendor/`; it is never committed. mkdocs-material only loads mermaid from a
CDN when no `mermaid` global exists, so serving this copy first keeps the site offline.
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from . import paths

MERMAID_VERSION = "11.17.2"
CACHE = paths.ROOT / ".cache" / "vendor"
MERMAID_FILE = CACHE / f"mermaid-{MERMAID_VERSION}.min.js"


class VendorError(RuntimeError):
    pass


def mermaid() -> bytes:
    """The pinned mermaid.min.js, from the cache or fetched once with `npm pack`."""
    if not MERMAID_FILE.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise VendorError(f"npm is needed once to fetch mermaid {MERMAID_VERSION} for the site's diagrams; "
                              f"install Node.js, or put mermaid.min.js at {MERMAID_FILE}")
        with tempfile.TemporaryDirectory() as tmp:
            result = subprocess.run([npm, "pack", f"mermaid@{MERMAID_VERSION}", "--pack-destination", tmp],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                raise VendorError(f"npm could not fetch mermaid {MERMAID_VERSION}: {result.stderr.strip()[-500:]}")
            (tarball,) = Path(tmp).glob("mermaid-*.tgz")
            with tarfile.open(tarball) as archive:
                member = archive.extractfile("package/dist/mermaid.min.js")
                if member is None:
                    raise VendorError("the mermaid package has no dist/mermaid.min.js")
                content = member.read()
        CACHE.mkdir(parents=True, exist_ok=True)
        MERMAID_FILE.write_bytes(content)
    return MERMAID_FILE.read_bytes()

