"""Screenshots of the top of the HTML report for docs/html-report.md.

    python scripts/html_screenshots.py            # writes docs/img/html-*.png

One English policy, one loan agreement and one Finnish policy from ``examples/``
(the project's own texts: the corpus may not be copied into the repository, and a
screenshot would copy it), each at 1366x768 (a laptop) and 390x844 (a phone), as
the page first opens. Needs Playwright and Chromium at /usr/bin/chromium.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "en-policy": "examples/en/home-insurance-policy.md",
    "en-loan": "examples/en/personal-loan-agreement.md",
    "fi-policy": "examples/fi/kotivakuutusehdot.md",
}
VIEWPORTS = {"desktop": (1366, 768), "phone": (390, 844)}


def main() -> int:
    from playwright.sync_api import sync_playwright

    out = ROOT / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"]
        )
        for name, source in PAGES.items():
            report = Path(tmp) / f"{name}.html"
            subprocess.run(
                [sys.executable, "-m", "clarity", "check", source, "--html", str(report)],
                cwd=ROOT,
                check=False,
                stdout=subprocess.DEVNULL,
            )
            for kind, (width, height) in VIEWPORTS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(report.as_uri())
                page.screenshot(path=str(out / f"html-{name}-{kind}.png"))
                page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
