"""The multi-version site (generators/multisite.py): the layout material's version selector
and old download addresses rely on, the refusal to replace a folder it did not write, the
releases found in git, and one whole build from a clone, checked in a real browser.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import socketserver
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import IN_CI, ROOT, require, require_history

from generators import multisite, versioning
from generators.multisite import MultisiteError, Version

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PLAN = [Version("0.3.0", None), Version("0.2.0", "b" * 40), Version("0.1.0", "a" * 40)]


def _missing(message: str):
    if IN_CI:
        pytest.fail(f"CI=true and {message}")
    pytest.skip(message)


def _need_git() -> None:
    if shutil.which("git") is None:
        _missing("git is not installed")


def _git(cwd: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args]
    return subprocess.run(command, cwd=cwd, check=True, capture_output=True, text=True).stdout


def _fake_build(staging: Path, version: str, text: str) -> None:
    for folder in (version, "latest"):
        schema = staging / version / "schema" / folder
        schema.mkdir(parents=True)
        (schema / "ccai.schema.json").write_text(f'{{"v": "{version}"}}')
    (staging / version / "index.html").write_text(text)


# --- Layout ---------------------------------------------------------------------------------------


def test_versions_json_is_mikes_format_newest_first():
    text = multisite.versions_json(PLAN, "0.2.0")
    assert json.loads(text) == [
        {"version": "0.3.0", "title": "0.3.0 (unreleased)", "aliases": []},
        {"version": "0.2.0", "title": "0.2.0", "aliases": ["latest"]},
        {"version": "0.1.0", "title": "0.1.0", "aliases": []},
    ]
    assert text == json.dumps(json.loads(text), indent=2)  # as mike writes it


def test_assemble_publishes_latest_schema_and_a_redirect(tmp_path):
    for spec in PLAN:
        _fake_build(tmp_path, spec.version, f"page of {spec.version}")
    multisite.assemble(tmp_path, PLAN, "0.2.0")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.1.0", "0.2.0", "0.3.0", "index.html", "latest", "schema",
                                                          "versions.json"]
    assert (tmp_path / "latest" / "index.html").read_text() == "page of 0.2.0"  # a copy, not a redirect
    assert (tmp_path / "latest" / "schema" / "0.2.0" / "ccai.schema.json").exists()
    assert sorted(p.name for p in (tmp_path / "schema").iterdir()) == ["0.1.0", "0.2.0", "0.3.0", "latest"]
    for folder, version in [("0.1.0", "0.1.0"), ("0.3.0", "0.3.0"), ("latest", "0.2.0")]:
        assert json.loads((tmp_path / "schema" / folder / "ccai.schema.json").read_text()) == {"v": version}
    index = (tmp_path / "index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=latest/">' in index
    assert '<a href="latest/">' in index and "<script" not in index and "http" not in index.replace("http-equiv", "")
    assert [v["aliases"] for v in json.loads((tmp_path / "versions.json").read_text())] == [[], ["latest"], []]


def test_before_the_first_release_the_index_leads_to_the_unreleased_version(tmp_path):
    _fake_build(tmp_path, "0.1.0", "draft")
    multisite.assemble(tmp_path, [Version("0.1.0", None)], None)
    assert not (tmp_path / "latest").exists() and not (tmp_path / "schema" / "latest").exists()
    assert 'url=0.1.0/"' in (tmp_path / "index.html").read_text()


def test_a_build_without_its_artefacts_is_a_failure(tmp_path):
    (tmp_path / "0.1.0").mkdir()
    with pytest.raises(multisite.BuildFailed, match=r"no schema/0\.1\.0/"):
        multisite.assemble(tmp_path, [Version("0.1.0", "a" * 40)], "0.1.0")


# --- The output folder ----------------------------------------------------------------------------


@pytest.mark.parametrize("files", [
    {"notes.txt": "mine"},                                            # any folder of the user's
    {"versions.json": "not json", "index.html": ""},                  # not an output of ours
    {"versions.json": '[{"version": "1.0", "title": "1.0", "aliases": []}]', ".git/HEAD": "ref"},  # a gh-pages clone
    {"versions.json": "[]", "0.1.0/index.html": ""},                  # a version it does not list
])
def test_a_foreign_folder_is_refused_and_left_as_it_was(tmp_path, capsys, files):
    out = tmp_path / "out"
    for name, text in files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text)
    before = sorted(p.relative_to(out) for p in out.rglob("*"))

    assert multisite.build_all_versions(out, ROOT) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: {out}") and "refusing to replace it" in error and error.count("\n") == 1
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def test_a_file_is_refused(tmp_path):
    (tmp_path / "out").write_text("x")
    with pytest.raises(MultisiteError, match="not a folder"):
        multisite.check_out(tmp_path / "out")


def test_a_new_empty_or_earlier_output_folder_is_accepted(tmp_path):
    multisite.check_out(tmp_path / "new")
    multisite.check_out(tmp_path)
    _fake_build(tmp_path, "0.1.0", "x")
    multisite.assemble(tmp_path, [Version("0.1.0", "a" * 40)], "0.1.0")
    multisite.check_out(tmp_path)


# --- Releases in git and the tree each version is built from --------------------------------------


def _repository(path: Path, version: str = "0.1.0") -> Path:
    (path / "schema").mkdir(parents=True)
    (path / "releases").mkdir()
    (path / "schema" / "ccai.yaml").write_text(f"id: x\nversion: {version}\n")
    _git(path, "init", "-q")
    _git(path, "add", "-A")
    _git(path, "commit", "-qm", "start")
    return path


def test_releases_are_the_commits_that_added_their_snapshots(tmp_path):
    _need_git()
    repo = _repository(tmp_path / "repo")
    (repo / "releases" / "0.1.0.yaml").write_text("x: 1\n")
    (repo / "releases" / "0.1.0.requirements.yaml").write_text("x: 1\n")  # not a release file
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "release 0.1.0")
    released = _git(repo, "rev-parse", "HEAD").strip()
    (repo / "releases" / "0.1.0.yaml").write_text("x: 2\n")  # later edits do not move the release
    _git(repo, "commit", "-qam", "edit")
    _git(repo, "rm", "-q", "releases/0.1.0.yaml")
    _git(repo, "commit", "-qm", "deleted by mistake")
    (repo / "releases" / "0.1.0.yaml").write_text("x: 2\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "restored")

    assert multisite.plan(repo) == [Version("0.1.0", released)]
    versioning.set_version("0.2.0", repo)
    assert multisite.plan(repo) == [Version("0.2.0", None), Version("0.1.0", released)]
    assert multisite.plan(repo)[0].title == "0.2.0 (unreleased)"


def test_an_uncommitted_release_a_shallow_clone_or_no_git_is_a_clear_error(tmp_path, monkeypatch, capsys):
    _need_git()
    repo = _repository(tmp_path / "repo")
    (repo / "releases" / "0.1.0.yaml").write_text("x: 1\n")
    with pytest.raises(MultisiteError, match=r"releases/0\.1\.0\.yaml is in no commit"):
        multisite.plan(repo)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "release")
    _git(repo, "commit", "-q", "--allow-empty", "-m", "later")
    _git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", "shallow")
    with pytest.raises(MultisiteError, match="shallow clone"):
        multisite.plan(tmp_path / "shallow")
    with pytest.raises(MultisiteError, match="cat-file"):
        multisite.build_version(repo, Version("0.1.0", "0" * 40), tmp_path / "site")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    assert multisite.build_all_versions(tmp_path / "out", repo) == 2
    assert capsys.readouterr().err == "error: git is not installed; the released versions are read from the history\n"


def test_the_dev_install_must_not_stand_in_for_a_trees_own_code(tmp_path):
    (tmp_path / "generators").mkdir()
    (tmp_path / "generators" / "__init__.py").write_text("")
    env = multisite._environment(tmp_path)
    with pytest.raises(MultisiteError, match="would not use the code of its own tree"):
        multisite._check_own_code(tmp_path, env, "0.1.0")  # ccai_standards would come from the venv
    (tmp_path / "src" / "ccai_standards").mkdir(parents=True)
    (tmp_path / "src" / "ccai_standards" / "__init__.py").write_text("")
    multisite._check_own_code(tmp_path, env, "0.1.0")


# --- One whole build, from a clone ----------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A clone of this repository (its last commit), with its version moved past the last release
    in the working tree if needed, so that both a release and the unreleased tree are built."""
    require("mkdocs", "it builds the site")
    require("linkml", "the reference pages are generated from the schema")
    _need_git()
    require_history("the site of every version is built from the commits that cut them")
    from generators import vendor

    if not vendor.MERMAID_FILE.exists():
        _missing("mermaid is not in .cache/vendor; run `python -m generators vendor` once (it downloads it)")
    base = tmp_path_factory.mktemp("multisite")
    clone = base / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    shutil.copytree(vendor.CACHE, clone / ".cache" / "vendor")
    released = versioning.released_versions(clone)
    if versioning.schema_version(clone) in released:
        from ccai_standards.diff import versions

        versioning.set_version(versions.bumped(released[-1], "minor"), clone)
    result = multisite.build(base / "out", clone)
    return clone, result


@pytest.mark.slow
def test_every_version_is_built_with_its_artefacts(built):
    clone, result = built
    out = result.out
    released = versioning.released_versions(clone)
    current = versioning.schema_version(clone)
    listed = json.loads((out / "versions.json").read_text())
    assert [v["version"] for v in listed] == [current, *reversed(released)]
    assert listed[0]["title"] == f"{current} (unreleased)"
    assert listed[1]["aliases"] == ["latest"] and result.latest == released[-1]
    assert [b.version for b in result.builds] == [v["version"] for v in listed]
    assert all(b.seconds > 0 for b in result.builds) and result.seconds >= sum(b.seconds for b in result.builds)

    assert (out / "0.1.0" / "index.html").exists()
    assert (out / "schema" / "0.1.0" / "ccai.schema.json").exists()
    assert (out / "latest" / "index.html").exists()
    # The redirect names an icon that exists, or browsers ask the root for /favicon.ico and get a 404.
    icon = re.search(r'<link rel="icon" href="([^"]+)">', (out / "index.html").read_text())
    assert icon and (out / icon.group(1)).is_file()
    assert (out / "schema" / "latest" / "ccai.schema.json").read_bytes() == \
        (out / "schema" / released[-1] / "ccai.schema.json").read_bytes()
    # Each release is rendered from its own commit: its artefacts are the ones committed then.
    for version in released:
        commit = multisite.release_commit(clone, version)
        committed = _git(clone, "show", f"{commit}:src/ccai_standards/artifacts/ccai.schema.json")
        assert (out / "schema" / version / "ccai.schema.json").read_text() == committed
    # …and the unreleased version is the working tree, uncommitted changes included.
    assert (out / "schema" / current / "ccai.schema.json").read_bytes() == \
        (clone / "src" / "ccai_standards" / "artifacts" / "ccai.schema.json").read_bytes()
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".out.")]  # staging is gone


@pytest.mark.slow
def test_an_earlier_output_is_replaced_only_when_the_new_build_succeeds(built, tmp_path, capsys):
    clone, result = built
    out = tmp_path / "out"
    shutil.copytree(result.out, out)
    broken = clone / "docs" / "broken.md"  # untracked, so only the working tree's build sees it
    broken.write_text("# Broken\n\nSee [nothing](no-such-page.md).\n")
    try:
        assert multisite.build_all_versions(out, clone) == 1
    finally:
        broken.unlink()
    assert "mkdocs build --strict failed" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.out.iterdir())
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


# --- In the browser -------------------------------------------------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(built):
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(built[1].out)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    playwright = require("playwright.sync_api", "browser tests drive Chromium with Playwright")
    if not Path(CHROMIUM).exists():
        _missing(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _label(element) -> list[str]:
    """A version's title, then its alias if the selector shows one ("0.1.0", "latest")."""
    return element.evaluate("e => [e.firstChild.textContent.trim(),"
                            " ...[...e.querySelectorAll('.md-version__alias')].map(a => a.textContent.trim())]")


@pytest.mark.slow
@pytest.mark.browser
def test_the_header_says_which_version_a_page_describes_and_lists_the_others(built, server, browser):
    listed = json.loads((built[1].out / "versions.json").read_text())
    latest = next(v for v in listed if "latest" in v["aliases"])
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"{m.text} ({m.location.get('url')})")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    try:
        page.goto(f"{server}/")
        page.wait_for_url(f"{server}/latest/")
        current = page.locator(".md-header .md-version .md-version__current")
        current.wait_for(state="visible", timeout=15000)
        assert _label(current) == [latest["title"], "latest"]
        items = page.locator(".md-version__list .md-version__link")
        assert [_label(item) for item in items.all()] == [[v["title"], *v["aliases"][:1]] for v in listed]

        page.goto(f"{server}/0.1.0/reference/ConsentRecord/")
        current.wait_for(state="visible", timeout=15000)
        assert _label(current)[0] == "0.1.0"
        current.focus()  # the list opens on focus, as on hover
        items.first.wait_for(state="visible")
        page.wait_for_timeout(500)  # the list fades in
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "version-selector.png"))
        items.filter(has_text=listed[0]["title"]).click()
        page.wait_for_url(f"{server}/{listed[0]['version']}/**")
        assert _label(page.locator(".md-version__current"))[0] == listed[0]["title"]
        assert problems == []
    finally:
        context.close()


def test_the_module_runs_as_a_command():
    result = subprocess.run([sys.executable, "-m", "generators.multisite"], cwd=ROOT, capture_output=True, text=True,
                            check=False, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2 and result.stderr == "usage: python -m generators.multisite OUT\n"
