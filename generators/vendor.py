"""Third-party browser code the site serves itself, so that it works offline.

Mermaid (for the class diagrams) is taken from the npm registry at build time, pinned by
version and by the registry's own SHA-512 integrity value, and kept in `.cache/vendor/`; it
is never committed. Only Python is needed: the package tarball is downloaded over HTTPS.
mkdocs-material loads mermaid from a CDN only when no `mermaid` global exists, so serving
this copy first keeps the site offline.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tarfile
import urllib.error
import urllib.request

from . import paths

MERMAID_VERSION = "11.17.2"
MERMAID_TARBALL = f"https://registry.npmjs.org/mermaid/-/mermaid-{MERMAID_VERSION}.tgz"
MERMAID_INTEGRITY = "sha512-V6K3C8EBdEsPFZXSKMJe6ppQOENxuHARr9GvHX4hh47lAbhMRD9qf4oEK7LoaRQxULMa80/qt5gHO73aCleBBg=="
CACHE = paths.ROOT / ".cache" / "vendor"
MERMAID_FILE = CACHE / f"mermaid-{MERMAID_VERSION}.min.js"


class VendorError(RuntimeError):
    pass


def _integrity(content: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(content).digest()).decode()


def mermaid() -> bytes:
    """The pinned mermaid.min.js, from the cache or fetched once from the npm registry."""
    if not MERMAID_FILE.exists():
        try:
            with urllib.request.urlopen(MERMAID_TARBALL, timeout=120) as response:
                tarball = response.read()
        except (urllib.error.URLError, OSError) as exc:
            raise VendorError(f"could not download mermaid {MERMAID_VERSION} from the npm registry ({exc}); "
                              f"the site needs it once, then it is kept in {CACHE}") from exc
        if _integrity(tarball) != MERMAID_INTEGRITY:
            raise VendorError(f"the mermaid {MERMAID_VERSION} package from the registry does not match its pinned "
                              "integrity value; refusing to use it")
        with tarfile.open(fileobj=io.BytesIO(tarball)) as archive:
            member = archive.extractfile("package/dist/mermaid.min.js")
            if member is None:
                raise VendorError("the mermaid package has no dist/mermaid.min.js")
            content = member.read()
        CACHE.mkdir(parents=True, exist_ok=True)
        # Atomically, but without ccai_standards.files: this runs before the package is installed.
        partial = MERMAID_FILE.with_name(f".{MERMAID_FILE.name}.{os.getpid()}.tmp")
        partial.write_bytes(content)
        os.replace(partial, MERMAID_FILE)
    return MERMAID_FILE.read_bytes()
