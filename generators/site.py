"""The docs site: generated pages and artefact downloads, then `mkdocs build --strict`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from . import guide_pages, paths, print_page, role_pages, vendor
from .docs_pages import ReferenceBuilder
from .schema_source import SchemaSource
from .standard_pages import StandardPages


_LINK = re.compile(r"\[([^\]]+)\]\(([^)#][^)]*)\)")


def readable_links(text: str, docs_prefix: str = "") -> str:
    """Markdown from the repository's root, its links made to work on the site.

    A link into docs/ points at the page (`docs_prefix` says how to get there from where the
    text is shown); a link to another repository file becomes its name in the repository.
    """
    def fix(match: re.Match[str]) -> str:
        words, target = match.group(1), match.group(2)
        if target.startswith(("http://", "https://", "mailto:")):
            return match.group(0)
        if target.startswith("docs/"):
            return f"[{words}]({docs_prefix}{target[len('docs/'):]})"
        return f"{words} (`{target}` in the repository)"

    return _LINK.sub(fix, text)


def repository_page(name: str) -> str:
    """A root Markdown file (CONTRIBUTING, CHANGELOG) as a site page, its repository links made readable."""
    return readable_links((paths.ROOT / name).read_text(encoding="utf-8"))


def generated_files() -> dict[str, str | bytes]:
    """Every file the build adds to docs/: reference pages and schema/<version>|latest/…"""
    from . import history

    source = SchemaSource()
    elements = history.history(paths.ROOT)  # every page's "added in / changed in", from one walk
    standard = StandardPages(history=elements)
    files: dict[str, str | bytes] = dict(ReferenceBuilder(source, history=elements).pages())
    files.update(standard.pages())
    files.update(guide_pages.pages())
    files.update(role_pages.pages(standard.standard))
    files[print_page.PRINT_PAGE] = print_page.print_page(standard)
    files["contributing.md"] = repository_page("CONTRIBUTING.md")
    files["changelog.md"] = repository_page("CHANGELOG.md")
    # schema/history.json and changelog/<version>.md, from the diff between consecutive releases
    files["changelog.md"] = history.with_version_links(files["changelog.md"])
    files.update(history.site_files(paths.ROOT))
    files["changelog/SUMMARY.md"] = changelog_nav(files)
    files["assets/javascripts/mermaid.min.js"] = vendor.mermaid()
    files.update(artefact_downloads(source.version))
    return files


def changelog_nav(files: dict[str, str | bytes]) -> str:
    """literate-nav's navigation for changelog/: the index, then each version's page, newest first."""
    versions = [Path(name).stem for name in files
                if re.fullmatch(r"changelog/\d+\.\d+\.\d+\.md", name)]
    versions.sort(key=lambda v: tuple(int(x) for x in v.split(".")), reverse=True)
    return "* [All versions](versions.md)\n" + "".join(f"* [Version {v}]({v}.md)\n" for v in versions)


def artefact_downloads(current: str) -> dict[str, bytes]:
    """schema/<version>/… for the current version and every release (frozen copies), and schema/latest/…"""
    frozen = paths.ARTIFACTS_DIR / "releases"
    files: dict[str, bytes] = {}
    for artifact in sorted(paths.ARTIFACTS_DIR.rglob("*")):
        rel = artifact.relative_to(paths.ARTIFACTS_DIR)
        if not artifact.is_file() or "__pycache__" in rel.parts or artifact.name == "__init__.py":
            continue
        if rel.parts[0] == frozen.name:
            if rel.parts[1] != current:  # a release's own copy; the current version's is the one above
                files[f"schema/{Path(*rel.parts[1:]).as_posix()}"] = artifact.read_bytes()
            continue
        for folder in (current, "latest"):
            files[f"schema/{folder}/{rel.as_posix()}"] = artifact.read_bytes()
    return files


def build_site(strict: bool = True) -> int:
    """Run mkdocs; return its exit code. The site goes to site/."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--site-dir", str(paths.SITE_DIR)]
    if strict:
        command.append("--strict")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(command, cwd=paths.ROOT, env=env)
    if result.returncode == 0:
        print(f"site: built in {paths.SITE_DIR} in {time.perf_counter() - started:.1f} s")
    return result.returncode
