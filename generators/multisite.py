"""Every version of the site side by side, in the layout material's version selector reads.

A clean clone has no tags and no gh-pages branch, so releases are found where the
repository records them: a release is the commit that added ``releases/<version>.yaml``.
Each version is built from its own tree with its own ``generators`` and ``ccai_standards``
(on ``PYTHONPATH``, ahead of the dev venv's editable install), because today's code would
render yesterday's standard wrongly. The result is what mike would publish::

    versions.json            newest first; the newest release has the alias "latest"
    index.html               redirects to latest/
    <version>/…              one mkdocs build per version
    latest/…                 a full copy of the newest release (its URLs work without redirects)
    schema/<version>/…       the artefacts of every version, at the addresses the
    schema/latest/…          single-version site already publishes

Every page shows which version it describes in material's version selector
(``extra.version.provider: mike``), set in the small config each build INHERITs from the
tree's own mkdocs.yml: releases made before the selector existed get it too. The main
mkdocs.yml does not set it, because a single-version site has no ../versions.json and every
page would log a 404 for it. Everything is offline: mermaid comes from ``.cache/vendor``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ccai_standards.diff import versions as semver

from . import paths, versioning

CONFIG_NAME = "mkdocs.multisite.yml"
_SITE_URL = re.compile(r"(?m)^site_url:\s*['\"]?([^'\"\s#]+)")
# How a tree's generators/vendor.py pins mermaid: the old constant, or a Package("mermaid", …).
_MERMAID = re.compile(r'(?m)(?:^MERMAID_VERSION\s*=\s*|Package\("mermaid",\s*)"([^"]+)"')
REDIRECT = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CCAI Standards</title>
<meta http-equiv="refresh" content="0; url={target}">
<link rel="canonical" href="{target}">
<link rel="icon" href="{target}assets/images/favicon.png">
</head>
<body>
<p>The documentation of the latest version is at <a href="{target}">{target}</a>.</p>
</body>
</html>
"""


class MultisiteError(Exception):
    """The builder itself cannot go on: git missing, a commit not found, a folder refused (exit 2)."""


class BuildFailed(Exception):
    """mkdocs refused a version's docs (exit 1); its own messages are above."""


@dataclass(frozen=True)
class Version:
    """One version to build: a release (from its commit) or the unreleased working tree."""

    version: str
    commit: str | None  # None: the working tree

    @property
    def title(self) -> str:
        return self.version if self.commit else f"{self.version} (unreleased)"


@dataclass(frozen=True)
class VersionBuild:
    version: str
    title: str
    source: str  # a commit, or "working tree"
    seconds: float


@dataclass(frozen=True)
class MultisiteResult:
    out: Path
    builds: tuple[VersionBuild, ...]  # newest first, as in versions.json
    latest: str | None  # the newest release, None before the first one
    seconds: float


def _git(root: Path, *args: str) -> str:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise MultisiteError("git is not installed; the released versions are read from the history") from None
    if result.returncode != 0:
        message = (result.stderr.strip().splitlines() or ["failed"])[-1]
        raise MultisiteError(f"git {' '.join(args)}: {message}")
    return result.stdout


def release_commit(root: Path, version: str) -> str:
    """The commit that added releases/<version>.yaml (the first one, if it was ever re-added)."""
    found = _git(root, "log", "--diff-filter=A", "--format=%H", "--", f"releases/{version}.yaml").split()
    if not found:
        raise MultisiteError(f"releases/{version}.yaml is in no commit; commit the release before building its docs")
    return found[-1]


def plan(root: Path) -> list[Version]:
    """The versions to build, newest first: every release, and the working tree if its version is not released."""
    if _git(root, "rev-parse", "--is-shallow-repository").strip() == "true":
        # In a shallow clone the oldest commit seems to add every file: the releases would be misdated.
        raise MultisiteError(f"{root} is a shallow clone; fetch the whole history (git fetch --unshallow, "
                             "or fetch-depth: 0 in actions/checkout)")
    released = versioning.released_versions(root)
    planned = [Version(v, release_commit(root, v)) for v in released]
    current = versioning.schema_version(root)
    if current not in released:
        planned.append(Version(current, None))
    return sorted(planned, key=lambda v: semver.parse(v.version), reverse=True)


def versions_json(planned: list[Version], latest: str | None) -> str:
    """mike's versions.json, byte for byte as mike writes it (a list, newest first, indent 2)."""
    entries = [{"version": v.version, "title": v.title, "aliases": ["latest"] if v.version == latest else []}
               for v in planned]
    return json.dumps(entries, indent=2)


def check_out(out: Path) -> None:
    """Refuse a folder that is neither empty nor exactly an earlier output of this builder."""
    if not out.exists():
        return
    if not out.is_dir():
        raise MultisiteError(f"{out} is not a folder")
    entries = {p.name for p in out.iterdir()}
    if not entries:
        return
    try:
        listed = {item["version"] for item in json.loads((out / "versions.json").read_text(encoding="utf-8"))}
    except (OSError, ValueError, TypeError, KeyError):
        raise MultisiteError(f"{out} is not empty and holds no versions.json of an earlier build; "
                             "refusing to replace it (choose an empty or new folder)") from None
    foreign = sorted(entries - listed - {"versions.json", "index.html", "latest", "schema"})
    if foreign:
        raise MultisiteError(f"{out} holds {', '.join(foreign)}, which this builder did not write; "
                             "refusing to replace it (choose an empty or new folder)")


def _export(root: Path, spec: Version, tree: Path, skip: tuple[Path, ...]) -> None:
    """The release's commit as files (git archive), or the working tree's tracked and unignored files.

    skip: the output and staging folders, which may lie inside an unignored part of the checkout.
    """
    tree.mkdir(parents=True)
    if spec.commit is None:
        listed = _git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
        for rel in sorted(filter(None, listed)):
            source = root / rel
            if source.is_file() and not any(source.is_relative_to(folder) for folder in skip):
                (tree / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, tree / rel)
        return
    _git(root, "cat-file", "-e", f"{spec.commit}^{{commit}}")
    try:
        command = ["git", "-C", str(root), "archive", "--format=tar", spec.commit]
        with (subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as archive,
              tarfile.open(fileobj=archive.stdout, mode="r|") as tar):
            tar.extractall(tree, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    except tarfile.TarError as exc:
        raise MultisiteError(f"git archive {spec.commit} gave no readable tree: {exc}") from None
    if archive.returncode != 0:
        raise MultisiteError(f"git archive {spec.commit} failed (exit {archive.returncode})")


def _prepare(root: Path, spec: Version, tree: Path) -> Path:
    """Vendored mermaid and a config that INHERITs the tree's mkdocs.yml; return that config."""
    vendor = root / ".cache" / "vendor"
    if vendor.is_dir():
        shutil.copytree(vendor, tree / ".cache" / "vendor")
    pinned = tree / "generators" / "vendor.py"
    wanted = _MERMAID.search(pinned.read_text(encoding="utf-8")) if pinned.exists() else None
    if wanted and not (tree / ".cache" / "vendor" / f"mermaid-{wanted.group(1)}.min.js").exists():
        raise MultisiteError(f"{spec.version} needs mermaid {wanted.group(1)} in {vendor}, and the build stays "
                             "offline; fetch it once with `python -m generators vendor` in a checkout that pins it")
    if versioning.schema_version(tree) != spec.version:
        raise MultisiteError(f"the commit that added releases/{spec.version}.yaml has version "
                             f"{versioning.schema_version(tree)} in schema/ccai.yaml")
    config: dict[str, object] = {"INHERIT": "mkdocs.yml",
                                 "extra": {"version": {"provider": "mike", "default": "latest", "alias": True}}}
    site_url = _SITE_URL.search((tree / "mkdocs.yml").read_text(encoding="utf-8"))
    if site_url:  # canonical links and the sitemap name the version's own address, also in the latest/ copy
        config["site_url"] = f"{site_url.group(1).rstrip('/')}/{spec.version}/"
    (tree / CONFIG_NAME).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")  # JSON is YAML
    return tree / CONFIG_NAME


def _environment(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree / "src"), str(tree)]),
            "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def _check_own_code(tree: Path, env: dict[str, str], version: str) -> None:
    """The tree's own packages must win over the dev venv's editable install, or old docs show new code."""
    probe = "import ccai_standards, generators; print(ccai_standards.__file__); print(generators.__file__)"
    found = subprocess.run([sys.executable, "-c", probe], cwd=tree, env=env, capture_output=True, text=True,
                           check=False)
    imported = found.stdout.split()
    if found.returncode != 0 or len(imported) != 2 or not all(Path(f).is_relative_to(tree) for f in imported):
        why = " and ".join(imported) or (found.stderr.strip().splitlines() or ["no answer"])[-1]
        raise MultisiteError(f"the build of {version} would not use the code of its own tree ({why})")


def build_version(root: Path, spec: Version, target: Path, skip: tuple[Path, ...] = ()) -> VersionBuild:
    """One version, from a temporary tree removed afterwards, into target."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"ccai-site-{spec.version}-") as tmp:
        tree = Path(tmp).resolve() / "tree"
        _export(root, spec, tree, (target, *skip))
        config = _prepare(root, spec, tree)
        env = _environment(tree)
        _check_own_code(tree, env, spec.version)
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(target)]
        if subprocess.run(command, cwd=tree, env=env, check=False).returncode != 0:
            raise BuildFailed(f"site {spec.version}: mkdocs build --strict failed (its messages are above)")
    seconds = time.perf_counter() - started
    print(f"site {spec.version}: built in {seconds:.1f} s", flush=True)
    return VersionBuild(spec.version, spec.title, spec.commit or "working tree", seconds)


def assemble(staging: Path, planned: list[Version], latest: str | None) -> None:
    """versions.json, latest/, schema/<version>|latest/ and the redirecting index.html, beside the builds."""
    for spec in planned:
        artefacts = staging / spec.version / "schema" / spec.version
        if not artefacts.is_dir():
            raise BuildFailed(f"site {spec.version}: the build has no schema/{spec.version}/ to publish")
        shutil.copytree(artefacts, staging / "schema" / spec.version)
    if latest is not None:
        shutil.copytree(staging / latest, staging / "latest")
        shutil.copytree(staging / "schema" / latest, staging / "schema" / "latest")
    target = "latest/" if latest is not None else f"{planned[0].version}/"
    (staging / "index.html").write_text(REDIRECT.format(target=target), encoding="utf-8")
    (staging / "versions.json").write_text(versions_json(planned, latest), encoding="utf-8")


def build(out: Path, root: Path | None = None) -> MultisiteResult:
    """Build every version into a staging folder beside out, then put it in out's place.

    out is replaced only when the whole build succeeded, so a failure leaves the previous
    site as it was. Raises MultisiteError (exit 2) or BuildFailed (exit 1).
    """
    started = time.perf_counter()
    root = (root or paths.ROOT).resolve()
    out = out.resolve()
    check_out(out)
    planned = plan(root)
    if importlib.util.find_spec("mkdocs") is None:
        raise MultisiteError("mkdocs is not installed. Run: pip install -e '.[authoring]'")
    releases = [v.version for v in planned if v.commit]
    latest = releases[0] if releases else None
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        builds = tuple(build_version(root, spec, staging / spec.version, (out, staging)) for spec in planned)
        assemble(staging, planned, latest)
        staging.chmod(0o755)  # mkdtemp makes it private; a web server must read it
        check_out(out)  # nothing foreign appeared while building
        if out.exists():
            shutil.rmtree(out)
        os.replace(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    seconds = time.perf_counter() - started
    print(f"multi-version site: {len(builds)} version{'s' * (len(builds) != 1)} in {seconds:.1f} s in {out}")
    return MultisiteResult(out, builds, latest, seconds)


def build_all_versions(out: Path, root: Path | None = None) -> int:
    """`python -m generators site --all-versions --out DIR`: 0 built, 1 a version's docs failed, 2 the tool failed."""
    try:
        build(Path(out), root)
    except BuildFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (MultisiteError, versioning.VersionError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m generators.multisite OUT`, until the `generators` command has its own option."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python -m generators.multisite OUT", file=sys.stderr)
        return 2
    return build_all_versions(Path(args[0]))


if __name__ == "__main__":
    sys.exit(main())
