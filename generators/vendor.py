"""Third-party browser code, fetched once from the npm registry and pinned, never committed.

- Mermaid draws the class diagrams; the site serves its own copy so that it works offline.
  mkdocs-material loads mermaid from a CDN only when no `mermaid` global exists, so serving
  this copy first keeps the site offline.
- axe-core checks the site's accessibility in the browser tests; the tests inject it from the
  cache and never fetch it themselves.

Each package is pinned by version and by the registry's own SHA-512 integrity value, and kept
in `.cache/vendor/`. Only Python is needed: the tarball is downloaded over HTTPS.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import tarfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from . import paths

CACHE = paths.ROOT / ".cache" / "vendor"


class VendorError(RuntimeError):
    pass


@dataclass(frozen=True)
class Package:
    """One file of a pinned npm package."""

    name: str
    version: str
    integrity: str
    member: str  # the file inside the tarball

    @property
    def tarball(self) -> str:
        return f"https://registry.npmjs.org/{self.name}/-/{self.name}-{self.version}.tgz"

    @property
    def file(self) -> Path:
        return CACHE / f"{self.name}-{self.version}.min.js"


MERMAID = Package("mermaid", "11.17.2",
                  "sha512-V6K3C8EBdEsPFZXSKMJe6ppQOENxuHARr9GvHX4hh47lAbhMRD9qf4oEK7LoaRQxULMa80/qt5gHO73aCleBBg==",
                  "package/dist/mermaid.min.js")
AXE_CORE = Package("axe-core", "4.14.1",
                   "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==",
                   "package/axe.min.js")
PACKAGES = (MERMAID, AXE_CORE)
# Kept for the callers that name mermaid's pin directly (the multi-version site).
MERMAID_VERSION = MERMAID.version
MERMAID_FILE = MERMAID.file


def _integrity(content: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(content).digest()).decode()


def fetch(package: Package) -> bytes:
    """The pinned file, from the cache or fetched once from the npm registry."""
    if not package.file.exists():
        try:
            with urllib.request.urlopen(package.tarball, timeout=120) as response:
                tarball = response.read()
        except (urllib.error.URLError, OSError) as exc:
            raise VendorError(f"could not download {package.name} {package.version} from the npm registry ({exc}); "
                              f"it is needed once, then it is kept in {CACHE}") from exc
        if _integrity(tarball) != package.integrity:
            raise VendorError(f"the {package.name} {package.version} package from the registry does not match its "
                              "pinned integrity value; refusing to use it")
        with tarfile.open(fileobj=io.BytesIO(tarball)) as archive:
            member = archive.extractfile(package.member)
            if member is None:
                raise VendorError(f"the {package.name} package has no {package.member}")
            content = member.read()
        CACHE.mkdir(parents=True, exist_ok=True)
        # Atomically, but without ccai_standards.files: this runs before the package is installed.
        partial = package.file.with_name(f".{package.file.name}.{os.getpid()}.tmp")
        partial.write_bytes(content)
        os.replace(partial, package.file)
    return package.file.read_bytes()


def mermaid() -> bytes:
    return fetch(MERMAID)
