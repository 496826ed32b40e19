"""The published site: built strictly from the source, with no broken internal link, working
offline, and usable in a real browser (headless Chromium driven by Playwright).

Screenshots go to test-artifacts/screenshots/ so that people can look at them.
"""

from __future__ import annotations

import functools
import http.server
import os
import socketserver
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from conftest import IN_CI, ROOT, require

pytestmark = pytest.mark.slow
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    require("mkdocs", "it builds the site")
    require("linkml", "the reference pages are generated from the schema")
    from generators import vendor

    if not vendor.MERMAID_FILE.exists():
        message = "mermaid is not in .cache/vendor; run `python -m generators vendor` once (it downloads it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    target = tmp_path_factory.mktemp("site") / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)], cwd=ROOT,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-4000:]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert warnings == []
    return target


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.remote: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        for name in ("src",):
            if attributes.get(name):
                self.links.append(attributes[name])
        if tag == "link" and attributes.get("href"):
            self.links.append(attributes["href"])
        loads = tag in ("script", "img") or (tag == "link" and attributes.get("rel") != "canonical")
        if loads and any(str(v).startswith(("http://", "https://", "//")) for k, v in attrs if k in ("src", "href")):
            self.remote.append(f"{tag} {attributes.get('src') or attributes.get('href')}")


def _parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_no_internal_link_is_broken(site):
    pages = sorted(p for p in site.rglob("*.html") if p.name != "404.html")  # 404 uses absolute URLs
    assert len(pages) > 80
    parsed = {page: _parse(page) for page in pages}
    broken = []
    for page, links in parsed.items():
        for href in links.links:
            url = urlparse(href)
            if url.scheme or href.startswith(("//", "mailto:", "data:")):
                continue
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
                continue
            if url.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                if url.fragment not in ids:
                    broken.append(f"{page.relative_to(site)} -> {href} (no such anchor)")
    assert broken == []


def test_site_loads_nothing_from_a_cdn(site):
    remote = {item for page in site.rglob("*.html") for item in _parse(page).remote}
    assert remote == set()
    assert (site / "assets" / "javascripts" / "mermaid.min.js").stat().st_size > 100_000
    assert "fonts.googleapis.com" not in "".join(p.read_text() for p in site.rglob("*.html"))


def test_every_requirement_has_a_page_at_its_stable_address(site):
    from generators.standard_source import StandardSource

    codes = [r["requirement_code"] for r in StandardSource().requirements]
    missing = [c for c in codes if not (site / "standard" / c / "index.html").is_file()]
    assert len(codes) == 61 and missing == []


def test_mermaid_is_loaded_only_by_pages_that_draw_a_diagram(site):
    pages = list(site.rglob("*.html"))
    wrong = [str(p.relative_to(site)) for p in pages
             if ('class="mermaid"' in p.read_text(encoding="utf-8")) != ("mermaid.min.js" in p.read_text(encoding="utf-8"))]
    drawing = [p for p in pages if 'class="mermaid"' in p.read_text(encoding="utf-8")]
    assert wrong == [] and drawing and len(drawing) < len(pages) / 2


def test_navigation_files_are_not_pages(site):
    import json

    assert not list(site.rglob("SUMMARY/index.html"))
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert [d["location"] for d in index["docs"] if "SUMMARY" in d["location"]] == []


def test_the_one_page_standard_holds_every_requirement_and_stays_out_of_search(site):
    import json

    from generators.standard_source import StandardSource

    page = (site / "standard" / "print" / "index.html").read_text(encoding="utf-8")
    assert all(f'id="{r["requirement_code"]}"' in page for r in StandardSource().requirements)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith("standard/print/")]


@pytest.mark.browser
def test_the_pdf_has_the_version_on_its_cover_and_the_site_links_it(site, browser, server):
    pypdf = require("pypdf", "it reads the PDF back")
    from generators import pdf

    made = pdf.make_pdf(site, browser=browser)
    reader = pypdf.PdfReader(str(made))
    cover = reader.pages[0].extract_text()
    assert made.name == f"ccai-standard-{ccai_version()}.pdf"
    assert f"Version {ccai_version()}" in cover and len(reader.pages) > 20
    tab = browser.new_page()
    tab.goto(f"{server}/standard/print/")
    tab.locator(".ccai-pdf a").wait_for(state="visible", timeout=10000)
    assert tab.locator(".ccai-pdf a").get_attribute("href") == made.name
    tab.close()


def test_the_404_page_offers_search_and_the_way_home(site):
    page = (site / "404.html").read_text(encoding="utf-8")
    assert 'for="__search"' in page and "Search the standard" in page and "Go to the home page" in page


def test_artifacts_are_downloadable_at_versioned_and_latest_paths(site):
    import ccai_standards

    for folder in (ccai_standards.__version__, "latest"):
        for name in ("ccai.schema.json", "ccai.context.jsonld", "ccai.owl.ttl", "ccai.shacl.ttl",
                     "jsonschema/ConsentRecord.schema.json"):
            assert (site / "schema" / folder / name).exists(), f"schema/{folder}/{name}"


def test_every_page_says_which_version_of_the_standard_it_describes(site):
    from generators.mkdocs_hooks import version_line

    line = version_line()
    assert line.startswith(f"This is version {ccai_version()} of the CCAI standard")
    missing = [p.relative_to(site).as_posix() for p in site.rglob("*.html")
               if p.name != "404.html" and line not in p.read_text(encoding="utf-8")]
    assert missing == []


def test_every_release_s_artefacts_stay_downloadable(site):
    from ccai_standards.standard_versions import known_versions

    for version in known_versions():
        assert (site / "schema" / version / "ccai.schema.json").exists(), version
        assert (site / "schema" / version / "schema-index.json").exists(), version


def ccai_version() -> str:
    import ccai_standards

    return ccai_standards.__version__


# --- In the browser -----------------------------------------------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    playwright = require("playwright.sync_api", "browser tests drive Chromium with Playwright")
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is not installed (apt-get install -y chromium)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    # mkdocs-material draws mermaid diagrams in a closed shadow root; open it so tests can see the SVG.
    context.add_init_script("const attach = Element.prototype.attachShadow;"
                            "Element.prototype.attachShadow = function (init) {"
                            " return attach.call(this, Object.assign({}, init, {mode: 'open'})); };")
    tab = context.new_page()
    tab.console_messages = []  # type: ignore[attr-defined]
    tab.on("console", lambda m: tab.console_messages.append(m) if m.type in ("error", "warning") else None)
    tab.on("pageerror", lambda e: tab.console_messages.append(e))
    tab.on("requestfailed", lambda r: tab.console_messages.append(f"request failed: {r.url}"))
    yield tab
    context.close()


def _shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


@pytest.mark.browser
@pytest.mark.parametrize(("path", "name", "heading"), [
    ("", "home", "CCAI Standards"),
    ("standard/transparency-consent-compensation/", "pillar-1", "Pillar 1: Transparency, consent and compensation"),
    ("reference/ConsentRecord/", "class-ConsentRecord", "ConsentRecord"),
])
def test_pages_render_without_console_errors(page, server, path, name, heading):
    page.goto(f"{server}/{path}")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.inner_text().replace("¶", "").strip() == heading
    _shot(page, name)
    assert [str(m.text if hasattr(m, "text") else m) for m in page.console_messages] == []


def _search(page, server, query: str) -> list[tuple[str, str]]:
    """(path, fragment) of the links of the first search result, page first, then its sections."""
    page.goto(f"{server}/")
    page.wait_for_load_state("networkidle")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").fill(query)
    page.keyboard.press("End")  # a key event makes the search run on the whole query at once
    page.wait_for_function("document.querySelector('.md-search-result__meta')?.textContent.includes('matching')",
                           timeout=15000)
    page.wait_for_timeout(500)
    first = page.locator(".md-search-result__item").first
    first.wait_for(timeout=15000)
    links = []
    for anchor in first.locator("a:visible").all():  # hidden "more on this page" links come first in the DOM
        url = urlparse(anchor.get_attribute("href"))
        links.append((url.path, url.fragment))
    return links


@pytest.mark.browser
@pytest.mark.parametrize(("query", "path"), [
    ("CCAI-CONSENT-001", "/standard/CCAI-CONSENT-001/"),
    ("CCAI-REPLICA-002", "/standard/CCAI-REPLICA-002/"),
    ("CCAI-AUTHOR-005", "/standard/CCAI-AUTHOR-005/"),
])
def test_search_for_a_requirement_id_lands_on_its_own_page(page, server, query, path):
    links = _search(page, server, query)
    _shot(page, f"search-{query}")
    assert links[0][0] == path, links


@pytest.mark.browser
@pytest.mark.parametrize("query", ["ConsentRecord", "WorkforceImpactAssessment", "AiUseEnum"])
def test_search_finds_a_class_name_first(page, server, query):
    links = _search(page, server, query)
    assert links[0][0].rstrip("/").endswith(query), links


@pytest.mark.browser
def test_requirement_leads_to_the_class_that_carries_it(page, server):
    page.goto(f"{server}/standard/CCAI-COMP-001/")
    assert page.locator("h1").first.inner_text().startswith("CCAI-COMP-001")
    link = page.locator("a[href*='reference/ConsentRecord/#commercial']").first
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.url.split("#")[0].rstrip("/").endswith("reference/ConsentRecord")
    assert page.locator("#commercial").count() == 1
    _shot(page, "requirement-to-class")


@pytest.mark.browser
def test_mermaid_diagrams_render_as_svg(page, server):
    page.goto(f"{server}/reference/ConsentRecord/")
    svg = page.locator(".mermaid svg").first
    svg.wait_for(timeout=20000)
    svg.scroll_into_view_if_needed()
    assert "ConsentRecord" in svg.inner_html()
    _shot(page, "mermaid-diagram")


@pytest.mark.browser
def test_code_blocks_have_a_copy_button(page, server):
    page.goto(f"{server}/guides/validate/")
    buttons = page.locator('pre .md-code__button[data-md-type="copy"]')
    assert buttons.count() > 3
    assert buttons.first.get_attribute("title") == "Copy to clipboard"


@pytest.mark.browser
def test_palette_toggle_switches_to_dark_mode(page, server):
    page.goto(f"{server}/")
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_timeout(300)
    assert before == "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    _shot(page, "dark-mode")


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "standard/transparency-consent-compensation/", "standard/guardrails/",
                                  "reference/ConsentRecord/", "reference/TrainingDataDisclosure/",
                                  "reference/enums/AiUseEnum/", "guides/validate/", "guides/cli-reference/",
                                  "downloads/"])
def test_no_horizontal_overflow_at_1366px(page, server, path):
    page.goto(f"{server}/{path}")
    page.wait_for_load_state("networkidle")
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{path}: content is {widths[0]}px wide in a {widths[1]}px window"



@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "standard/guardrails/", "standard/CCAI-REPLICA-002/",
                                  "reference/TrainingDataDisclosure/", "reference/ReplicaAuthorisation/",
                                  "guides/validate/", "guides/tutorial/", "roles/creators/"])
def test_no_horizontal_overflow_on_a_390px_phone(browser, server, path):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{server}/{path}")
    tab.wait_for_load_state("networkidle")
    widths = tab.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    # A table is stacked on a phone: the meaning of each field is on screen, not beside it.
    cells = tab.evaluate("Array.from(document.querySelectorAll('.md-content td')).map(td => td.getBoundingClientRect().right)"
                         ".filter(r => r > window.innerWidth + 1).length")
    tab.screenshot(path=str(SCREENSHOTS / f"phone-{path.strip('/').replace('/', '-') or 'home'}.png"))
    context.close()
    assert widths[0] <= widths[1], f"{path}: content is {widths[0]}px wide on a {widths[1]}px phone"
    assert cells == 0, f"{path}: {cells} table cells reach past the right edge of the phone"


_CONTRAST = """(element) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  let bg = element, colour = getComputedStyle(element).backgroundColor;
  while (bg && (colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent')) {
    bg = bg.parentElement; colour = bg ? getComputedStyle(bg).backgroundColor : 'rgb(255, 255, 255)'; }
  const [a, b] = [lum(rgb(getComputedStyle(element).color)), lum(rgb(colour))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_badges_and_links_meet_wcag_aa_contrast(page, server, scheme):
    page.goto(f"{server}/standard/CCAI-WORK-005/")  # a SHOULD
    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    badge = page.evaluate(_CONTRAST, page.locator(".ccai-level-should").first.element_handle())
    link = page.evaluate(_CONTRAST, page.locator(".md-content a[href*='reference/']").first.element_handle())
    assert badge >= 4.5 and link >= 4.5, (scheme, badge, link)


@pytest.mark.browser
def test_the_search_dialog_has_an_accessible_name(page, server):
    page.goto(f"{server}/")
    assert page.get_by_role("dialog", name="Search the site").count() == 1


@pytest.mark.browser
def test_a_creator_finds_the_replica_rules_within_two_clicks(page, server):
    page.goto(f"{server}/")
    page.locator(".md-content a", has_text="Creators, performers and their representatives").first.click()
    page.wait_for_load_state("networkidle")
    text = page.locator(".md-content").inner_text()
    for words in ("48 hours", "every new project", "reasonably specific", "estate"):
        assert words in text
    page.locator(".md-content a", has_text="CCAI-REPLICA-002").first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.inner_text().startswith("CCAI-REPLICA-002")
    _shot(page, "creator-two-clicks")


@pytest.fixture(scope="session")
def axe_script() -> str:
    from generators import vendor

    if not vendor.AXE_CORE.file.exists():
        message = "axe-core is not in .cache/vendor; run `python -m generators vendor` once (it downloads it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return vendor.AXE_CORE.file.read_text(encoding="utf-8")


AXE_COUNTS: dict[str, dict[str, int]] = {}


@pytest.mark.browser
@pytest.mark.parametrize("path", ["", "standard/guardrails/", "standard/CCAI-REPLICA-002/",
                                  "reference/TrainingDataDisclosure/", "guides/validate/", "roles/creators/"])
def test_axe_finds_no_serious_or_critical_violation(page, server, axe_script, path):
    page.goto(f"{server}/{path}")
    page.wait_for_load_state("networkidle")
    page.add_script_tag(content=axe_script)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    impacts: dict[str, int] = {}
    for violation in result["violations"]:
        impacts[violation["impact"]] = impacts.get(violation["impact"], 0) + len(violation["nodes"])
    AXE_COUNTS[path or "home"] = impacts
    print(f"axe-core on /{path}: {impacts or 'no violations'}")
    bad = [(v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == []


@pytest.mark.browser
@pytest.mark.parametrize("path", ["reference/ConsentRecord/", "reference/enums/AiUseEnum/", "standard/CCAI-REPLICA-001/"])
def test_no_word_is_broken_mid_word(browser, server, path):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(f"{server}/{path}")
    tab.wait_for_load_state("networkidle")
    breaking = tab.evaluate("""Array.from(document.querySelectorAll('.md-content code, .md-content td'))
        .filter(e => { const s = getComputedStyle(e);
                       return s.wordBreak === 'break-all' || s.overflowWrap === 'anywhere' || s.hyphens === 'auto'; })
        .map(e => e.textContent.slice(0, 40)).slice(0, 5)""")
    context.close()
    assert breaking == [], f"{path}: {breaking}"
