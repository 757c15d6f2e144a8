"""The report as a reader meets it: headless Chromium opens reports/index.html from disk.

Needs Debian's Chromium (`make browser` installs it; `make test` runs that first). Where it truly
cannot be installed the tests are skipped with a message saying so. The pages must load nothing
from the network, log no console errors, decode every image, and resolve every link; the landing
page must keep its promises section by section (headline numbers, captioned figures, a link to
the notebook page), and every notebook page must load offline and link back.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from briconnect import paths

INDEX = paths.REPORTS / "index.html"
NAMES = sorted(p.stem for p in paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
PAGES = [paths.REPORTS / "html" / f"{name}.html" for name in NAMES]
SOURCE = paths.REPORTS / "source.html"
CLAIMS = paths.REPORTS / "claims.html"
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update", "--disable-extensions",
]  # fmt: skip
SHOTS = paths.ROOT / "build" / "screenshots"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"Chromium not found at {CHROMIUM}: run `make browser` (needs root and apt-get)",
)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def open_report(browser, width: int, height: int, path: Path = INDEX):
    """Load a report page; return (page, problems) with every failed or outside request and error."""
    context = browser.new_context(viewport={"width": width, "height": height})
    problems: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            problems.append(f"network request: {r.request.url}")
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
    page.goto(path.as_uri(), wait_until="load")
    return page, problems


def test_report_exists() -> None:
    assert INDEX.is_file(), "run `make report` first"


def test_loads_offline_without_errors(browser) -> None:
    page, problems = open_report(browser, 1280, 800)
    assert problems == []
    assert page.title()
    assert page.locator("h1").count() == 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "report-desktop.png"))


def test_every_image_decodes_and_has_alt_text(browser) -> None:
    page, _ = open_report(browser, 1280, 800)
    images = page.eval_on_selector_all(
        "img",
        "els => els.map(e => ({src: e.getAttribute('src'), w: e.naturalWidth, alt: e.alt}))",
    )
    assert len(images) >= 7
    assert [i["src"] for i in images if i["w"] == 0] == []
    assert [i["src"] for i in images if not i["alt"].strip()] == []


def _broken_links(page, path: Path) -> list[str]:
    """The in-page anchors without a target and the relative links to files that do not exist."""
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    ids = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
    assert hrefs
    broken = []
    for href in hrefs:
        if href.startswith("#"):
            if href[1:] not in ids:
                broken.append(href)
            continue
        url = urlparse(href)
        if url.scheme in ("http", "https", "mailto"):
            continue  # citations of the source; not loaded by the page
        target = (path.parent / unquote(url.path)).resolve()
        if not target.exists():
            broken.append(href)
    return broken


def test_every_link_resolves(browser) -> None:
    page, _ = open_report(browser, 1280, 800)
    assert _broken_links(page, INDEX) == []


def test_table_of_contents_lists_every_section_and_its_anchors_resolve(browser) -> None:
    page, _ = open_report(browser, 1280, 800)
    targets = page.eval_on_selector_all(
        "nav.toc a[href^='#']", "els => els.map(e => e.getAttribute('href').slice(1))"
    )
    assert targets == NAMES
    for name in targets:
        page.click(f"nav.toc a[href='#{name}']")
        top = page.evaluate(f"document.getElementById('{name}').getBoundingClientRect().top")
        assert abs(top) <= 2, f"#{name} did not scroll into view ({top}px)"


@pytest.mark.parametrize("name", NAMES)
def test_section_shows_numbers_figures_and_its_notebook_link(browser, name: str) -> None:
    page, problems = open_report(browser, 1280, 800)
    section = page.locator(f"section[id='{name}']")
    assert section.count() == 1
    points = section.locator("ul.headlines li").all_inner_texts()
    assert points and all(re.search(r"\d", p) for p in points), points
    section.scroll_into_view_if_needed()
    figures = section.evaluate(
        """el => [...el.querySelectorAll('figure')].map(f => {
            const img = f.querySelector('img');
            return {alt: img ? img.alt : '', w: img ? img.naturalWidth : 0,
                    visible: img ? img.getBoundingClientRect().width : 0,
                    caption: (f.querySelector('figcaption') || {}).innerText || ''};
        })"""
    )
    assert 1 <= len(figures) <= 3
    for fig in figures:
        assert fig["alt"].strip(), f"{name}: figure without alt text"
        assert fig["w"] > 0 and fig["visible"] > 0, f"{name}: figure not decoded or not shown"
        assert "Source" in fig["caption"] and "Chapter III" in fig["caption"]
    href = section.locator("a.notebook-link").get_attribute("href")
    assert href == f"html/{name}.html"
    assert (INDEX.parent / href).is_file()
    assert problems == []


@pytest.mark.parametrize("path", PAGES, ids=NAMES)
def test_notebook_page_loads_offline_and_links_back(browser, path: Path) -> None:
    assert path.is_file(), "run `make report` first"
    page, problems = open_report(browser, 1280, 800, path)
    assert problems == []
    assert page.locator("h1").count() == 1
    assert page.locator("a[href='../index.html']").count() >= 1
    images = page.eval_on_selector_all(
        "img", "els => els.map(e => ({w: e.naturalWidth, alt: e.alt}))"
    )
    assert images and all(i["w"] > 0 and i["alt"].strip() for i in images)
    assert _broken_links(page, path) == []
    assert page.evaluate("document.querySelectorAll('pre code, .input_area').length") == 0


@pytest.mark.parametrize("path", [INDEX, PAGES[2]], ids=["index", NAMES[2]])
def test_print_layout_drops_navigation(browser, path: Path) -> None:
    page, _ = open_report(browser, 1280, 800, path)
    page.emulate_media(media="print")
    shown = page.evaluate(
        "[...document.querySelectorAll('nav')].filter(n => getComputedStyle(n).display !== 'none')"
        ".length"
    )
    assert shown == 0
    inside = page.evaluate(
        "[...document.querySelectorAll('figure')].map(f => getComputedStyle(f).breakInside)"
    )
    assert all(v == "avoid" for v in inside)


@pytest.mark.parametrize(
    "path", [INDEX, *PAGES, SOURCE, CLAIMS], ids=["index", *NAMES, "source", "claims"]
)
def test_readable_on_a_phone(browser, path: Path) -> None:
    page, problems = open_report(browser, 390, 844, path)
    assert problems == []
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page is {overflow}px wider than a phone screen"
    size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 14
    if path in (INDEX, SOURCE, CLAIMS):
        page.screenshot(path=str(SHOTS / f"{path.stem}-phone.png".replace("index-", "report-")))


# ---------------------------------------------------------------- the source reader and explorer


def _explorer(browser, width: int = 1280, height: int = 800):
    page, problems = open_report(browser, width, height, CLAIMS)
    page.wait_for_selector("html[data-explorer='ready']", timeout=10_000)
    return page, problems


def _card(page, selector: str) -> dict:
    return page.eval_on_selector(
        selector,
        """el => { const s = getComputedStyle(el, '::after');
                   return {display: s.display, content: s.content}; }""",
    )


@pytest.mark.parametrize("path", [SOURCE, CLAIMS], ids=["source", "claims"])
def test_reader_pages_load_offline_and_their_links_resolve(browser, path: Path) -> None:
    page, problems = open_report(browser, 1280, 800, path)
    if path == CLAIMS:
        page.wait_for_selector("html[data-explorer='ready']", timeout=10_000)
    assert problems == []
    assert page.locator("h1").count() == 1
    assert page.locator("main").count() == 1
    assert _broken_links(page, path) == []
    page.screenshot(path=str(SHOTS / f"{path.stem}-desktop.png"))


def test_landing_page_links_to_the_reader_and_the_explorer(browser) -> None:
    page, _ = open_report(browser, 1280, 800)
    assert page.locator("a[href='source.html']").count() >= 1
    assert page.locator("a[href='claims.html']").count() >= 1


def test_every_claim_is_marked_with_its_mention(browser, claims) -> None:
    page, problems = open_report(browser, 1280, 800, SOURCE)
    marked = page.eval_on_selector_all(
        "[data-claim-id]", "els => els.map(e => [e.dataset.claimId, e.textContent])"
    )
    assert sorted(map(tuple, marked)) == sorted((c["claim_id"], c["mention"]) for c in claims)
    focusable = page.eval_on_selector_all("[data-claim-id]", "els => els.map(e => e.tabIndex)")
    assert set(focusable) == {0}
    assert problems == []


def test_focusing_a_mark_shows_its_row(browser) -> None:
    page, _ = open_report(browser, 1280, 800, SOURCE)
    assert _card(page, "#c16177")["display"] == "none"
    page.focus("#c16177")
    card = _card(page, "#c16177")
    assert card["display"] == "block"
    assert "US$2.9 trillion" in card["content"] and "c16177" in card["content"]
    assert "Bounds" in card["content"] and "As of: 2022" in card["content"]
    outline = page.eval_on_selector("#c16177", "el => getComputedStyle(el).outlineStyle")
    assert outline == "solid"  # visible focus
    page.keyboard.press("Tab")  # the next mark takes the focus and shows its own card
    assert _card(page, "#c16177")["display"] == "none"


def test_a_deep_link_highlights_its_claim(browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(SOURCE.as_uri() + "#c16177", wait_until="load")
    target = page.evaluate("document.querySelector(':target').dataset.claimId")
    assert target == "c16177"
    box = page.eval_on_selector("#c16177", "el => el.getBoundingClientRect().toJSON()")
    assert 0 <= box["top"] <= 800
    background = page.eval_on_selector("#c16177", "el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(255, 233, 168)"
    assert _card(page, "#c16177")["display"] == "block"
    # ... and from the claim's sentence to the trade check that uses it
    page.click("a.check-link[href='#check-s3-trade-growth'] >> nth=-1")
    assert page.evaluate("document.querySelector(':target').id") == "check-s3-trade-growth"
    assert "undecidable" in page.inner_text("#check-s3-trade-growth")
    context.close()


def test_layers_switch_on_and_off(browser) -> None:
    page, _ = open_report(browser, 1280, 800, SOURCE)
    visible = "el => getComputedStyle(el).visibility"
    first = "[data-country-id]"
    assert page.eval_on_selector(first, visible) == "hidden"
    page.check("#show-country")
    assert page.eval_on_selector(first, visible) == "visible"
    page.uncheck("#show-country")
    assert page.eval_on_selector(first, visible) == "hidden"


def test_an_explorer_filter_narrows_the_rows(browser, claims) -> None:
    page, problems = _explorer(browser)
    count = "claimsTable.rows({search: 'applied'}).count()"
    assert page.evaluate(count) == len(claims)
    panes = page.locator("div.dtsp-searchPane")  # section, unit, qualifier

    def pick(pane: int, label: str) -> None:
        panes.nth(pane).locator(f"span.dtsp-name[title='{label}']").click()

    pick(2, "≤ upper")
    upper = [c for c in claims if c["qualifier"] == "upper"]
    page.wait_for_function(f"{count} === {len(upper)}")
    pick(0, "3")
    in_three = [c for c in upper if c["section"] == "3"]
    assert in_three
    page.wait_for_function(f"{count} === {len(in_three)}")
    shown = page.eval_on_selector_all(
        "#claims-table tbody a[href^='source.html#']", "els => els.map(e => e.textContent)"
    )
    assert sorted(shown) == sorted(c["claim_id"] for c in in_three)
    page.fill("input[type='search']", "no such words anywhere")
    page.wait_for_function(f"{count} === 0")
    assert problems == []


def test_explorer_row_opens_the_claim_in_the_reader(browser) -> None:
    page, _ = _explorer(browser)
    page.fill("input[type='search']", "c16177")
    page.wait_for_function("claimsTable.rows({search: 'applied'}).count() === 1")
    page.click("a[href='source.html#c16177']")
    page.wait_for_url("**/source.html#c16177")
    assert page.evaluate("document.querySelector(':target').dataset.claimId") == "c16177"
