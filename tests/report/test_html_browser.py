"""The HTML report in a real browser: Debian's Chromium driven by Playwright.

Playwright's own browser download does not work offline, so these tests use
/usr/bin/chromium (scripts/test.sh installs it; CI runs them). They skip, with
the reason, only when Chromium or Playwright is missing.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from browser_support import BROWSER_MARKS, browser_fixture, open_page_fixture  # noqa: F401
from html_payloads import XSS_PAYLOADS, hostile_document
from rule_settings import EVERY, EVERY_RULE

from clarity import check_text
from clarity.core.findings import RunResult
from clarity.report import html_report

pytestmark = BROWSER_MARKS

POLICY = (
    "Home insurance policy\n\n"
    "What we cover\n\n"
    "The insurer shall pay for damage to your home caused by fire, theft or storm, "
    "provided that the policyholder has taken all reasonable care to protect the home "
    "and has told us about every earlier claim made under any other policy in the last "
    "five years, whether or not that claim was paid.\n\n"
    "What we do not cover\n\n"
    "We will not pay for flood damage. The policyholder shall keep the home in good repair.\n\n"
    "Claims\n\n"
    "You shall tell us about a claim within 30 days.\n"
)
SUMMARY = "What is not covered\n\n- Flood damage\n- Wear and tear\n"


def _report(tmp_path: Path, text: str = POLICY, name: str = "report.html", **extra) -> Path:
    result = check_text(
        text, lang="en", profile="insurance", path="policy.txt", settings=EVERY_RULE
    )
    result.extra.update(extra)
    target = tmp_path / name
    html_report.write_html(RunResult(documents=[result]), str(target))
    return target


def _exclusions(text: str) -> list[dict]:
    flood = text.index("We will not pay for flood")
    care = text.index("provided that")
    return [
        {"start": flood, "end": flood + 33, "topic": "flood", "evidence": []},
        {"start": care, "end": care + 40, "topic": "earlier claims", "evidence": ["proviso"]},
    ]


def test_page_loads_without_console_errors_or_network(open_page, tmp_path: Path) -> None:
    report = _report(tmp_path, summary_draft=SUMMARY, exclusions=_exclusions(POLICY))
    watched = open_page(report)
    assert watched.page.title().startswith("clarity report")
    assert watched.console_errors() == []
    assert watched.foreign_requests() == []
    assert watched.requests == [report.as_uri()]
    # the script ran: selecting nothing yet, but the filters are wired (one listener each)
    assert watched.page.locator("article.doc").count() == 1


def test_highlight_count_equals_findings_in_json(open_page, run_cli, tmp_path: Path) -> None:
    doc = tmp_path / "policy.txt"
    doc.write_text(POLICY, encoding="utf-8")
    out = run_cli(
        "check", *EVERY, "policy.txt", "--format", "json", "--html", "r.html", "--fail-on", "never"
    )
    findings = json.loads(out.output)["documents"][0]["findings"]
    assert len(findings) >= 4
    page = open_page(tmp_path / "r.html").page
    assert page.locator("mark[data-id]").count() == len(findings)
    assert page.locator(".findings li").count() == len(findings)
    codes = page.eval_on_selector_all(".findings li code", "nodes => nodes.map(n => n.textContent)")
    assert codes == [f["code"] for f in findings]


def test_clicking_a_finding_focuses_its_highlight(open_page, tmp_path: Path) -> None:
    page = open_page(_report(tmp_path)).page
    links = page.locator(".findings li a")
    assert links.count() >= 3
    for n in (2, 0):
        links.nth(n).click()
        target = links.nth(n).get_attribute("href").removeprefix("#")
        assert page.evaluate("document.activeElement.id") == target
        assert page.evaluate("document.activeElement.tagName") == "MARK"
        code = links.nth(n).locator("code").text_content()
        assert code in page.locator(".detail").text_content()


def test_keyboard_reaches_highlights_and_shows_the_rule(open_page, tmp_path: Path) -> None:
    page = open_page(_report(tmp_path)).page
    page.locator("mark[data-id]").first.focus()
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.getAttribute('data-id')") == "1"
    detail = page.locator(".detail").text_content()
    assert "Why it matters" in detail or "Plain alternative" in detail
    page.keyboard.press("p")
    assert page.evaluate("document.activeElement.getAttribute('data-id')") == "0"


def test_filters_hide_and_show_the_right_items(open_page, tmp_path: Path) -> None:
    page = open_page(_report(tmp_path)).page
    jargon = page.locator(".findings li.c-jargon")
    sentence = page.locator(".findings li.c-sentence")
    assert jargon.count() >= 1 and sentence.count() >= 1
    page.locator('input[data-filter="c-jargon"]').uncheck()
    assert all(not jargon.nth(i).is_visible() for i in range(jargon.count()))
    assert all(sentence.nth(i).is_visible() for i in range(sentence.count()))
    background = page.eval_on_selector("mark.c-jargon", "m => getComputedStyle(m).backgroundColor")
    assert background in ("rgba(0, 0, 0, 0)", "transparent")
    page.locator('input[data-filter="c-jargon"]').check()
    assert all(jargon.nth(i).is_visible() for i in range(jargon.count()))
    page.locator('input[data-filter="s-warning"]').uncheck()
    visible = page.eval_on_selector_all(
        ".findings li", "items => items.filter(i => i.offsetParent !== null).map(i => i.className)"
    )
    assert visible and all("s-warning" not in c for c in visible)


def test_copy_button_copies_the_summary(open_page, tmp_path: Path) -> None:
    report = _report(tmp_path, summary_draft=SUMMARY)
    watched = open_page(report, permissions=["clipboard-read", "clipboard-write"])
    page = watched.page
    page.get_by_role("button", name="Copy summary").click()
    page.wait_for_function("document.querySelector('.copy-status').textContent !== ''")
    assert page.locator(".copy-status").text_content() == "Copied."
    assert page.evaluate("navigator.clipboard.readText()") == SUMMARY
    assert watched.console_errors() == []


def test_copy_falls_back_without_the_clipboard_api(open_page, tmp_path: Path) -> None:
    page = open_page(_report(tmp_path, summary_draft=SUMMARY)).page
    page.evaluate(
        "() => { Object.defineProperty(navigator, 'clipboard', {value: undefined});"
        " window.__copied = null; document.addEventListener('copy', () => {"
        " window.__copied = document.activeElement.value.substring("
        " document.activeElement.selectionStart, document.activeElement.selectionEnd); }); }"
    )
    page.get_by_role("button", name="Copy summary").click()
    assert page.evaluate("window.__copied") == SUMMARY


def test_exclusion_map_marks_buried_and_links_to_highlights(open_page, tmp_path: Path) -> None:
    text = POLICY
    result = check_text(
        text, lang="en", profile="insurance", path="policy.txt", settings=EVERY_RULE
    )
    result.extra["exclusions"] = _exclusions(text)
    html_report.write_html(RunResult(documents=[result]), str(tmp_path / "m.html"))
    page = open_page(tmp_path / "m.html").page
    assert page.locator(".xmap rect.m-buried").count() == 1
    assert page.locator(".xmap rect.m-visible").count() == 1
    box = page.locator(".xmap svg").bounding_box()
    assert box["height"] > 500  # the strip spans the viewport's height


def test_xss_catalogue_triggers_no_dialog_and_no_script(open_page, tmp_path: Path) -> None:
    assert len(XSS_PAYLOADS) >= 20
    text = hostile_document()
    results = []
    for n, payload in enumerate(XSS_PAYLOADS[:3]):
        results.append(
            check_text(text, lang="en", profile="insurance", path=payload, settings=EVERY_RULE)
        )
        results[-1].extra["summary_draft"] = XSS_PAYLOADS[n + 4]
        results[-1].extra["exclusions"] = [{"start": 0, "end": 5, "topic": payload}]
    html_report.write_html(RunResult(documents=results), str(tmp_path / "x.html"))
    html_report.write_html(RunResult(documents=results), str(tmp_path / "site") + "/")
    for page_path in [tmp_path / "x.html", *sorted((tmp_path / "site").glob("*.html"))]:
        watched = open_page(page_path)
        page = watched.page
        page.wait_for_timeout(100)
        assert watched.dialogs == [], page_path.name
        assert watched.console_errors() == [], page_path.name  # a CSP refusal logs an error
        for mark in page.locator("mark[data-id]").all()[:15]:
            mark.focus(timeout=2000)
            mark.click(timeout=2000)
        page.wait_for_timeout(100)
        assert watched.dialogs == []
        assert watched.console_errors() == []
        assert watched.foreign_requests() == []
        assert page.evaluate("document.querySelectorAll('script').length") == (
            page.locator("article.doc").count() + 1
        )
        if page.locator(".doctext").count():
            assert page.locator(".doctext").first.text_content() == text
            tags = page.eval_on_selector_all(
                ".doctext *", "ns => [...new Set(ns.map(n => n.tagName))].sort()"
            )
            assert set(tags) <= {"MARK", "SPAN", "STRONG"}


def test_index_table_sorts_by_column(open_page, tmp_path: Path) -> None:
    texts = {"a.txt": POLICY * 3, "b.txt": "You shall pay.\n", "c.txt": POLICY}
    results = [
        check_text(t, lang="en", path=name, settings=EVERY_RULE) for name, t in texts.items()
    ]
    html_report.write_html(RunResult(documents=results), str(tmp_path / "site") + "/")
    watched = open_page(tmp_path / "site" / "index.html")
    page = watched.page
    words = "rows => rows.map(r => Number(r.cells[5].dataset.v))"
    page.get_by_role("button", name="Words").click()
    ascending = page.eval_on_selector_all("#index-table tbody tr", words)
    assert ascending == sorted(ascending) and len(ascending) == 3
    page.get_by_role("button", name="Words").click()
    assert page.eval_on_selector_all("#index-table tbody tr", words) == sorted(
        ascending, reverse=True
    )
    assert page.locator("th[aria-sort=descending]").count() == 1
    assert watched.console_errors() == []


def test_screenshot_is_saved_for_inspection(open_page, tmp_path: Path) -> None:
    report = _report(tmp_path, summary_draft=SUMMARY, exclusions=_exclusions(POLICY))
    page = open_page(report).page
    page.locator(".findings li a").first.click()
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    dark = open_page(report, color_scheme="dark").page
    dark.screenshot(path=str(tmp_path / "report-dark.png"), full_page=True)
    background = dark.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(13, 17, 23)"
    printed = open_page(report).page
    printed.emulate_media(media="print")
    assert not printed.locator(".panel").is_visible()
    assert printed.locator("mark[data-id]").first.is_visible()
    shutil.copy(shot, tmp_path / "report-copy.png")  # stays under pytest's tmp dir


@pytest.mark.slow
def test_a_100000_word_document_renders_and_stays_usable(open_page, tmp_path: Path) -> None:
    sentence = (
        "The insurer shall pay for loss or damage to the buildings caused by storm, provided "
        "that the policyholder has complied with every condition of this policy and has told "
        "us at once of any event which may give rise to a claim under this section. "
    )
    paragraphs = [
        f"Section {n}\n\n" + sentence * 4 + "You shall keep it safe.\n" for n in range(600)
    ]
    text = "\n".join(paragraphs)
    result = check_text(text, lang="en", profile="insurance", path="big.txt", settings=EVERY_RULE)
    assert result.word_count >= 100_000
    report = tmp_path / "big.html"
    html_report.write_html(RunResult(documents=[result]), str(report))
    places = sum(1 + len(getattr(f, "occurrences", ())) for f in result.findings)
    assert report.stat().st_size < len(text.encode()) + 750 * places + 100_000
    watched = open_page(report)
    page = watched.page
    assert watched.console_errors() == []
    assert page.locator("mark[data-id]").count() == len(result.findings)
    page.locator('input[data-filter="c-jargon"]').uncheck()
    assert not page.locator(".findings li.c-jargon").first.is_visible()
    last = page.locator(".findings li.c-sentence a").last
    last.click()
    assert page.evaluate("document.activeElement.id") == last.get_attribute("href")[1:]
    page.screenshot(path=str(tmp_path / "big.png"))


CONTRAST = """
(pairs) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bg = (el) => {
    for (; el; el = el.parentElement) {
      const c = getComputedStyle(el).backgroundColor;
      if (c !== "rgba(0, 0, 0, 0)" && c !== "transparent") return c;
    }
    return "rgb(255, 255, 255)";
  };
  return pairs.map((sel) => {
    const el = document.querySelector(sel);
    const a = lum(getComputedStyle(el).color), b = lum(bg(el));
    return [sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
  });
}
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_meets_wcag_aa(open_page, tmp_path: Path, scheme: str) -> None:
    report = _report(
        tmp_path,
        summary_draft=SUMMARY,
        exclusions=_exclusions(POLICY),
        summary={"present": True, "start": 0, "end": 30},
    )
    page = open_page(report, color_scheme=scheme).page
    selectors = [
        ".doctext",
        "mark.c-jargon",
        ".findings li a",
        ".loc",
        ".muted",
        ".sev.s-error",
        ".sev.s-warning",
        ".checklist .st-bad .a",
        ".checklist .st-ok .a",
        ".checklist .st-none .a",
        ".facts dt",
    ]
    for selector, ratio in page.evaluate(CONTRAST, selectors):
        assert ratio >= 4.5, (scheme, selector, ratio)


def test_landmarks_and_headings_for_assistive_technology(open_page, tmp_path: Path) -> None:
    page = open_page(_report(tmp_path, summary_draft=SUMMARY)).page
    assert page.get_by_role("banner").count() == 1
    assert page.get_by_role("main").count() == 1
    assert page.get_by_role("contentinfo").count() == 1
    assert page.get_by_role("complementary", name=re.compile(r"^Findings \(\d+\)$")).count() == 1
    assert page.get_by_role("complementary", name="Exclusion map").count() == 1
    assert page.get_by_role("heading", level=1).count() == 1
    # the skip link is the first thing Tab reaches and leads into the main landmark
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
