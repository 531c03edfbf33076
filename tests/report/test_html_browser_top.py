"""The top of the HTML report in Chromium (issue 21): what a writer sees first, on a
laptop and on a phone; grouped counts against the JSON; a filter on a 100,000-word
report, timed in the browser."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from browser_support import BROWSER_MARKS, browser_fixture, open_page_fixture  # noqa: F401
from rule_settings import EVERY

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus"

pytestmark = BROWSER_MARKS

DOCUMENTS = {
    "en-policy": EXAMPLES / "en" / "home-insurance-policy.md",
    "en-loan": EXAMPLES / "en" / "personal-loan-agreement.md",
    "fi-policy": EXAMPLES / "fi" / "kotivakuutusehdot.md",
}


def _check(run_cli, tmp_path: Path, source: Path, name: str) -> tuple[Path, dict]:
    """The HTML report of one document, and its JSON output from the same run; every rule
    runs (opt-in ones included), so the page is as full as a report can be."""
    report = tmp_path / f"{name}.html"
    out = run_cli(
        "check",
        *EVERY,
        str(source),
        "--format",
        "json",
        "--html",
        str(report),
        "--fail-on",
        "never",
    )
    return report, json.loads(out.output)["documents"][0]


def _bottom(page, selector: str) -> float:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box["y"] + box["height"]


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_verdict_and_first_fixes_show_without_scrolling(
    open_page, run_cli, tmp_path: Path, name: str
) -> None:
    report, doc = _check(run_cli, tmp_path, DOCUMENTS[name], name)
    watched = open_page(report, viewport={"width": 1366, "height": 768})
    page = watched.page
    assert watched.console_errors() == []
    assert page.evaluate("scrollY") == 0
    for selector in (".facts .score", ".facts .grade", ".checklist li:last-child"):
        assert _bottom(page, selector) <= 768, selector
    # the first fix: a buried exclusion, a missing key fact, or the first grouped row
    buried = [x for x in doc.get("exclusions", []) if x.get("buried")]
    missing = (doc.get("loan_key_facts") or {}).get("missing") or []
    if buried:
        assert _bottom(page, ".buried-list li") <= 768
    if missing:
        assert _bottom(page, ".facts-missing li") <= 768
    assert _bottom(page, ".grouplist .grp") <= 768
    page.screenshot(path=str(tmp_path / f"{name}-desktop.png"))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_nothing_overflows_sideways_on_a_phone(
    open_page, run_cli, tmp_path: Path, name: str
) -> None:
    report, _ = _check(run_cli, tmp_path, DOCUMENTS[name], name)
    page = open_page(report, viewport={"width": 390, "height": 844}).page
    width, inner = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    assert width <= inner
    page.get_by_role("button", name="All").first.click()  # the rows shown on demand too
    width, inner = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    assert width <= inner
    page.screenshot(path=str(tmp_path / f"{name}-phone.png"))


def test_index_page_fits_a_phone_and_sorts_by_buried_and_summary(
    open_page, run_cli, tmp_path: Path
) -> None:
    sources = [str(p) for p in DOCUMENTS.values()]
    run_cli("check", *sources, "--html", "site/", "--fail-on", "never")
    page = open_page(tmp_path / "site" / "index.html", viewport={"width": 390, "height": 844}).page
    width, inner = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    assert width <= inner
    for heading, col in (("Exclusions buried", 9), ("Summary up front", 10), ("Score", 1)):
        page.get_by_role("button", name=heading).click()
        values = page.eval_on_selector_all(
            "#index-table tbody tr", f"rows => rows.map(r => Number(r.cells[{col}].dataset.v))"
        )
        assert values == sorted(values) and len(values) == 3, heading


def _expected_groups(findings: list[dict]) -> Counter:
    """Group counts computed from the JSON alone: rule, severity and the matched term
    (case-folded; a match is a term when it has at most six words and 60 characters and
    the message names it), each finding counting once plus its further occurrences."""
    counts: Counter = Counter()
    for f in findings:
        term = " ".join(f["text"].split())
        short = len(term) <= 60 and len(term.split()) <= 6
        is_term = short and bool(term) and term.casefold() in f["message"].casefold()
        key = (f["code"], f["severity"], term.casefold() if is_term else "")
        counts[key] += 1 + len(f.get("occurrences") or [])
    return counts


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_grouped_counts_equal_the_json_findings(
    open_page, run_cli, tmp_path: Path, name: str
) -> None:
    report, doc = _check(run_cli, tmp_path, DOCUMENTS[name], name)
    page = open_page(report).page
    rows = page.eval_on_selector_all(
        ".grouplist .grp",
        """rows => rows.map(r => [r.dataset.code, r.querySelector('.sev').textContent,
            r.dataset.term.toLowerCase(), Number(r.dataset.count),
            r.querySelectorAll('.locs a').length])""",
    )
    shown = Counter({(c, s, t): n for c, s, t, n, _ in rows})
    assert len(shown) == len(rows)  # one row per rule and term
    assert shown == _expected_groups(doc["findings"])
    assert all(n == links for *_, n, links in rows)  # every place has its link
    total = sum(shown.values())
    assert page.locator(".doctext mark[tabindex]").count() == total
    counts = [(-["info", "warning", "error"].index(s), -n) for _, s, _, n, _ in rows]
    assert counts == sorted(counts)  # errors first, then the most frequent


def test_rule_filter_shows_one_rule_in_groups_and_text(open_page, run_cli, tmp_path) -> None:
    report, doc = _check(run_cli, tmp_path, DOCUMENTS["en-policy"], "policy")
    page = open_page(report).page
    places = Counter()
    for f in doc["findings"]:
        if len(f["text"]) <= 60:  # a term: shaded, not underlined
            places[f["code"]] += 1 + len(f.get("occurrences") or [])
    code = places.most_common(1)[0][0]
    page.locator("select[data-rules]").select_option(code.lower())
    visible = page.eval_on_selector_all(
        ".grouplist .grp", "rows => rows.filter(r => r.offsetParent).map(r => r.dataset.code)"
    )
    assert visible and set(visible) == {code}
    shaded = page.eval_on_selector_all(
        ".doctext mark[tabindex]",
        "ms => ms.filter(m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)')"
        ".map(m => m.className)",
    )
    assert shaded and all(f"r-{code.lower()}" in c for c in shaded if " wide" not in c)
    page.locator("select[data-rules]").select_option("")
    assert page.evaluate("document.querySelector('article.doc').className") == "doc"


CLICK_TIME = """async (selector) => {
  const box = document.querySelector(selector);
  const start = performance.now();
  box.click();
  // the change has been styled, laid out and painted when the frame after it starts
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return performance.now() - start;
}"""


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not there")
def test_a_filter_click_on_a_100000_word_report_takes_under_200_ms(
    open_page, run_cli, tmp_path: Path
) -> None:
    parts, words = [], 0
    for path in sorted((CORPUS / "en" / "insurance").iterdir()):
        if path.suffix in (".md", ".txt") and words < 100_000:
            text = path.read_text(encoding="utf-8")
            parts.append(text)
            words += len(text.split())
    if words < 100_000:
        pytest.skip(f"the corpus holds {words} words of English Markdown and text, not 100,000")
    big = tmp_path / "big.md"
    big.write_text("\n\n".join(parts), encoding="utf-8")
    report, doc = _check(run_cli, tmp_path, big, "big")
    assert doc["word_count"] >= 95_000 and len(doc["findings"]) > 3_000
    watched = open_page(report, viewport={"width": 1366, "height": 768})
    page = watched.page
    clicks = [
        'input[data-filter="c-jargon"]',
        'input[data-filter="c-jargon"]',
        'input[data-filter="s-warning"]',
        'input[data-filter="s-warning"]',
        'input[data-filter="c-style"]',
        'input[data-filter="c-style"]',
        'input[data-filter="s-info"]',
    ]
    times = [page.evaluate(CLICK_TIME, selector) for selector in clicks]
    # the last click hid the info findings: the page shows it
    assert page.evaluate("document.querySelector('article.doc').classList.contains('hide-s-info')")
    assert not page.locator(".findings li.s-info").first.is_visible()
    assert max(times) < 200, [round(t) for t in times]  # every click, not an average
    assert watched.console_errors() == []
