"""Headless Chromium (Debian's, driven by Playwright): the README's picture of the report.

Chromium runs without anything that would reach the network on its own (updates, sync, field
trials), and every request that is not a local file is refused, so the picture is the offline page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import BriconnectError
from ..io import write_atomic

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update", "--disable-extensions",
]  # fmt: skip


def chromium_path() -> Path:
    """Debian's chromium, or an error saying how to install it."""
    found = Path(shutil.which("chromium") or "/usr/bin/chromium")
    if not found.exists():
        raise BriconnectError("Chromium not found; run `make browser`")
    return found


def screenshot_page(page: Path, out: Path, width: int = 1280, height: int = 800) -> None:
    """Save the first ``width`` x ``height`` screen of the local ``page`` as a PNG at ``out``."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise BriconnectError("playwright is not installed; run `make setup`") from None
    chromium = chromium_path()
    if not page.exists():
        raise BriconnectError(f"{page}: no such page; run `make report`")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            context.route(
                "**/*",
                lambda r: (
                    r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
                ),
            )
            tab = context.new_page()
            tab.goto(page.resolve().as_uri(), wait_until="load")
            out.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(out, tab.screenshot())
        finally:
            browser.close()
