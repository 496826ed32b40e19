"""The pages readers use, checked on the Markdown the site is built from (no browser needed).

Requirements have pages of their own; reference pages list the rules that apply and never
call a field optional when a MUST requires it; every example block validates as shown.
"""

from __future__ import annotations

import re

import pytest

from conftest import require

EXAMPLE_BLOCK = re.compile(r'^( *)```yaml title="(example(?:-valid|-invalid)?\.yaml)"\n(.*?)^\1```', re.M | re.S)
TITLE = re.compile(r'^\?\?\? example "(Meets it|Breaks it)[^"]*?(?:reported as `([^`]+)`)?"', re.M)


@pytest.fixture(scope="module")
def reference_pages() -> dict[str, str]:
    require("linkml", "the reference pages are generated from the schema")
    from generators.docs_pages import ReferenceBuilder

    return ReferenceBuilder().pages()


@pytest.fixture(scope="module")
def standard_pages() -> dict[str, str]:
    require("linkml", "the standard's pages are generated with the schema's history")
    from generators.standard_pages import StandardPages

    return StandardPages().pages()


@pytest.fixture(scope="module")
def requirements():
    from generators.standard_source import StandardSource

    return StandardSource().requirements


def _blocks(text: str) -> list[tuple[str, str]]:
    """(file name, YAML as a reader copies it) of each example block of a page."""
    return [(m.group(2), re.sub(rf"^{m.group(1)}", "", m.group(3), flags=re.M)) for m in EXAMPLE_BLOCK.finditer(text)]


def _problems(text: str) -> list[str]:
    import ccai_standards

    return [f"{f.severity.value} {f.code}: {f.message}" for f in ccai_standards.validate(text)
            if f.severity.value in ("error", "warning")]


def test_every_requirement_has_its_own_page_and_says_whom_it_applies_to(standard_pages, requirements):
    assert len(requirements) == 61
    for req in requirements:
        code = req["requirement_code"]
        assert req.get("applies_to"), f"{code} does not say whom it applies to"
        page = standard_pages[f"standard/{code}.md"]
        assert f"# {code}: {req['title']}" in page
        assert "**Applies to:** " in page and "## History" in page and "Added in version" in page
    # The pillar pages are overviews that link to each requirement's page.
    pillars = "".join(v for k, v in standard_pages.items() if k.count("/") == 1 and "CCAI-" not in k)
    assert all(f"({r['requirement_code']}.md)" in pillars for r in requirements)


def test_no_reference_page_calls_a_field_optional_that_a_must_requires(reference_pages, requirements):
    checked = 0
    for req in requirements:
        if req["level"] != "must":
            continue
        for path in req.get("mandatory_fields") or []:
            holder, *fields = path.split(".")
            row = next(line for line in reference_pages[f"reference/{holder}.md"].splitlines()
                       if line.startswith(f'| <span id="{fields[0]}"></span>'))
            cell = row.split(" | ")[2]
            assert "optional" not in cell, f"{path} is required by {req['requirement_code']} but marked {cell}"
            checked += 1
    assert checked >= 6
    # A field inside a part (ReplicaAuthorisation.obtained.signed_at) is marked on the part's page too.
    evidence = reference_pages["reference/ConsentEvidence.md"]
    assert re.search(r'id="signed_at".*required by \[CCAI-REPLICA-002\]', evidence)


def test_every_reference_page_lists_the_rules_that_apply(reference_pages, requirements):
    for req in requirements:
        for element in req["carried_by"]:
            holder = element.split(".")[0]
            if holder.endswith("Enum"):
                continue
            page = reference_pages[f"reference/{holder}.md"]
            assert f"[{req['requirement_code']}](../standard/{req['requirement_code']}.md)" in page, (holder, req)


def test_every_example_block_of_the_reference_validates_as_shown(reference_pages):
    blocks = [(page, name, text) for page, body in reference_pages.items() for name, text in _blocks(body)]
    assert len(blocks) >= 40
    failures = {page: _problems(text) for page, _, text in blocks if _problems(text)}
    assert failures == {}


def test_requirement_examples_meet_or_break_it_as_they_say(standard_pages):
    shown = 0
    for path, page in standard_pages.items():
        code = path.rsplit("/", 1)[1].removesuffix(".md")
        for title, (name, text) in zip(TITLE.finditer(page), _blocks(page)):
            problems = _problems(text)
            shown += 1
            if title.group(1) == "Meets it":
                assert problems == [], (code, problems)
                continue
            expected = (title.group(2) or code).split()[0]  # "CCAI-X-NNN at $.path" or "schema"
            wanted = "SCHEMA-" if expected == "schema" else f"{expected}:"
            assert any(f" {wanted}" in p for p in problems), (code, expected, problems)
    assert shown >= 60


def test_the_standard_s_pages_never_show_enumeration_class_names(standard_pages):
    for path, page in standard_pages.items():
        visible = re.sub(r"\]\([^)]*\)", "]", page)  # link targets are addresses, not text
        assert not re.findall(r"\b[A-Z]\w+Enum\b", visible), path


def test_sources_are_named_and_linked(standard_pages, requirements):
    for req in requirements:
        page = standard_pages[f"standard/{req['requirement_code']}.md"]
        page = page[page.find("## Sources"):page.find("## ", page.find("## Sources") + 3)]
        named = [r for r in req.get("informative_references") or [] if r["reference_source"] != "other"]
        for ref in named:
            assert f"*{ref['reference_source'].replace('_', ' ')}*" not in page  # a code, not a name
        # each named source is a line of its own, its name linked to the text
        assert len(re.findall(r"^- \*\[[^\]]+\]\(https://", page, re.M)) == len(named), req["requirement_code"]


def test_enumeration_pages_name_the_standard_term_or_say_none(reference_pages):
    for path, page in reference_pages.items():
        if not path.startswith("reference/enums/"):
            continue
        rows = [line for line in page.splitlines() if line.startswith('| <span id="')]
        assert rows and all(not line.rstrip().endswith("|  |") for line in rows), path


def test_role_pages_name_every_requirement_and_stop_the_build_on_an_unknown_id(requirements):
    from generators import role_pages
    from generators.standard_source import StandardSource

    pages = role_pages.pages()
    assert set(pages) >= {f"roles/{n}.md" for n in ("creators", "ai-developers", "studios", "platforms", "journalists")}
    named = set(re.findall(r"\(\.\./standard/(CCAI-[A-Z]+-\d{3})\.md\)", "".join(pages.values())))
    assert named == {r["requirement_code"] for r in requirements}
    assert "<!-- requirements" not in "".join(pages.values())
    with pytest.raises(role_pages.RolePageError, match="CCAI-NOPE-001"):
        role_pages.expand("<!-- requirements: CCAI-NOPE-001 -->", StandardSource(), "roles/x.md")
    with pytest.raises(role_pages.RolePageError, match="film_studio"):
        role_pages.expand("<!-- requirements-for: film_studio -->", StandardSource(), "roles/x.md")


def test_the_creators_page_says_what_a_studio_must_do_before_making_a_replica():
    from generators import role_pages

    page = role_pages.pages()["roles/creators.md"]
    section = page[page.index("## Before a studio makes your digital replica"):page.index("## When your work")]
    for words in ("48 hours", "every new project", "reasonably specific", "estate"):
        assert words in section
    for code in ("CCAI-REPLICA-001", "CCAI-REPLICA-002", "CCAI-CONSENT-008"):
        assert f"../standard/{code}.md" in section


def test_the_pdf_command_says_what_is_missing(tmp_path, monkeypatch, capsys):
    from generators import pdf

    assert pdf.main(site_dir=tmp_path, required=True) == 2  # no site built there
    assert "build the site first" in capsys.readouterr().err
    (tmp_path / "standard" / "print").mkdir(parents=True)
    (tmp_path / "standard" / "print" / "index.html").write_text("<h1>CCAI</h1>", encoding="utf-8")
    monkeypatch.setattr(pdf, "CHROMIUM_CANDIDATES", ("/nonexistent/chromium",))
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    assert pdf.main(site_dir=tmp_path, required=False) == 0  # the default build goes on, and says so
    assert "skipped the PDF" in capsys.readouterr().out
    assert pdf.main(site_dir=tmp_path, required=True) == 2  # asked for, it is a failure
    assert "cannot make the PDF: Chromium is not installed" in capsys.readouterr().err


def test_a_browser_that_cannot_print_is_a_clear_failure_and_leaves_no_file(tmp_path):
    playwright = require("playwright.sync_api", "the PDF is printed with Playwright")
    from generators import pdf

    class Broken:
        def new_page(self):
            raise playwright.Error("Target page, context or browser has been closed")

    (tmp_path / "standard" / "print").mkdir(parents=True)
    (tmp_path / "standard" / "print" / "index.html").write_text("<h1>CCAI</h1>", encoding="utf-8")
    with pytest.raises(pdf.PdfFailed, match="could not be printed .* has been closed"):
        pdf.make_pdf(tmp_path, browser=Broken())
    assert sorted(p.name for p in (tmp_path / "standard" / "print").iterdir()) == ["index.html"]


def test_diagrams_draw_the_records_that_point_in_and_carry_a_legend(reference_pages):
    manifest = reference_pages["reference/DatasetManifest.md"]
    assert "ManifestEntry --> \"1\" DatasetManifest : manifest" in manifest
    assert "*How to read the diagram:*" in manifest
    diagrams = [p for p, text in reference_pages.items() if "```mermaid" in text]
    assert diagrams and all("*How to read the diagram:*" in reference_pages[p] for p in diagrams)


def test_the_tutorial_s_fixed_batch_is_clean_and_its_outputs_are_real():
    from generators import guide_pages

    page = guide_pages.pages()["guides/tutorial.md"]
    assert "<!--" not in page
    draft, fixed, summary = page.split("```console")[1:4]
    assert "3 error(s)" in draft and "# exit code 1" in draft
    assert "0 error(s), 0 warning(s)" in fixed and "# exit code 0" in fixed and "note" not in fixed
    assert "# Public summary of training content: Kestrel Gull 1" in summary and "# exit code 0" in summary


def test_reference_pages_give_each_class_s_history(reference_pages):
    consent = reference_pages["reference/ConsentRecord.md"]
    assert "- Added in version 0.1.0." in consent
    assert re.search(r"- Changed in version 0\.2\.0 .*\(\.\./changelog/0\.2\.0\.md\)", consent)
