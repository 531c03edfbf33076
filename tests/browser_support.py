"""Chromium driven by Playwright, for the HTML report's browser tests: a test module
imports ``browser_fixture`` and ``open_page_fixture`` and asks for ``open_page``.

Debian's Chromium at /usr/bin/chromium (Playwright's own download does not work
offline); tests skip with the reason when it or Playwright is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's Chromium is not installed at /usr/bin/chromium "
        "(apt-get install chromium; scripts/test.sh does it)",
    ),
]
"""A browser test module's ``pytestmark``: marked, and skipped where Chromium is missing."""
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module", name="browser")
def browser_fixture():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield instance
        instance.close()


class Watched:
    """A page with every console message, page error, dialog and request recorded."""

    def __init__(self, browser, path: Path, **context_options) -> None:
        options = {"viewport": {"width": 1400, "height": 1000}, **context_options}
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.console: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def console_errors(self) -> list[str]:
        return [m for m in self.console if m.startswith("error")] + self.errors

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:"))]


@pytest.fixture(name="open_page")
def open_page_fixture(browser):
    opened: list[Watched] = []

    def run(path: Path, **options) -> Watched:
        watched = Watched(browser, path, **options)
        opened.append(watched)
        return watched

    yield run
    for watched in opened:
        watched.context.close()
