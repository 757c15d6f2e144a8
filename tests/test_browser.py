"""The report as a reader meets it: headless Chromium opens reports/index.html from disk.

Needs Debian's Chromium (`make browser` installs it; `make test` runs that first). Where it truly
cannot be installed the tests are skipped with a message saying so. The page must load nothing
from the network, log no console errors, decode every image, and resolve every link.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from briconnect import paths

INDEX = paths.REPORTS / "index.html"
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


def open_report(browser, width: int, height: int):
    """Load the page; return (page, problems) with every failed or outside request and error."""
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
    page.goto(INDEX.as_uri(), wait_until="load")
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


def test_every_link_resolves(browser) -> None:
    page, _ = open_report(browser, 1280, 800)
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
        target = (INDEX.parent / unquote(url.path)).resolve()
        if not target.exists():
            broken.append(href)
    assert broken == []


def test_readable_on_a_phone(browser) -> None:
    page, problems = open_report(browser, 390, 844)
    assert problems == []
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page is {overflow}px wider than a phone screen"
    size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size >= 14
    page.screenshot(path=str(SHOTS / "report-phone.png"))
