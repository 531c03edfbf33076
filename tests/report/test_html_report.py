"""The HTML report without a browser: escaping, highlights, data, determinism, CLI."""

from __future__ import annotations

import hashlib
import json
import pickle
import re
from base64 import b64encode
from html import unescape
from pathlib import Path

import lxml.html
import pytest
from html_payloads import XSS_PAYLOADS, hostile_document
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_settings import EVERY, EVERY_RULE

from clarity import check_text
from clarity.core.findings import DocumentResult, Finding, RunResult
from clarity.core.rulemeta import Severity
from clarity.report import html_report
from clarity.report.html_text import render_text

POLICY = (
    "Home insurance\n\n"
    "What we cover\n\n"
    "The insurer shall pay for damage to your home caused by fire, theft or storm, "
    "provided that the policyholder has taken all reasonable care to protect the home "
    "and has told us about every earlier claim made under any other policy in the last "
    "five years, whether or not that claim was paid.\n\n"
    "Claims\n\n"
    "You shall tell us about a claim within 30 days.\n"
)


def _finding(start: int, end: int, code: str = "J101", category: str = "jargon", **kw) -> Finding:
    return Finding(
        code=code,
        name=kw.pop("name", "test-rule"),
        severity=kw.pop("severity", Severity.WARNING),
        category=category,
        message=kw.pop("message", "a message"),
        start=start,
        end=end,
        text="",
        **kw,
    )


def _result(text: str, findings: list[Finding], **kw) -> DocumentResult:
    return DocumentResult(
        path=kw.pop("path", "doc.txt"),
        language="en",
        profile=kw.pop("profile", "insurance"),
        format="text",
        word_count=len(text.split()),
        sentence_count=1,
        findings=findings,
        text=text,
        **kw,
    )


def _page(*docs: DocumentResult) -> str:
    return html_report.render(RunResult(documents=list(docs)))


def _doctext(html: str, n: int = 0):
    tree = lxml.html.fromstring(html)
    return tree, tree.get_element_by_id(f"d{n}-doc").find_class("doctext")[0]


# --- escaping ---------------------------------------------------------------------------------
def test_hostile_document_renders_as_text() -> None:
    text = hostile_document()
    result = check_text(
        text,
        lang="en",
        profile="insurance",
        path="<img src=x onerror=alert(1)>",
        settings=EVERY_RULE,
    )
    html = _page(result)
    tree, body = _doctext(html)
    # The text round-trips exactly: every payload is characters, not markup.
    assert body.text_content() == text
    # Only the report's own elements exist inside the text.
    assert {el.tag for el in body.iter()} <= {"div", "mark", "span", "strong"}
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        assert not [a for a in el.attrib if a.lower().startswith("on")], el.tag
        for attr in ("href", "src", "action", "data"):
            assert not el.get(attr, "").strip().lower().startswith("javascript:")
    scripts = tree.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/json", None]
    assert not tree.xpath("//img | //iframe | //object | //base | //link | //form | //details")
    assert {i.get("type") for i in tree.xpath("//input")} == {"checkbox"}
    assert len(tree.xpath("//style")) == 1
    assert "<script>alert" not in html and "onerror=alert(2)>" not in html
    assert "{{ 7*7 }}" in html and "49" not in body.text_content()


def test_hostile_strings_in_findings_paths_and_extras_stay_text() -> None:
    payload = "</script><script>alert(1)</script><!--\u2028"
    text = "The insurer shall pay. " * 3
    result = _result(
        text,
        [_finding(12, 17, message=payload, suggestion=payload, evidence=(payload,))],
        path=payload,
        extra={
            "summary_draft": "</textarea><script>alert(2)</script>{{ 1 }}",
            "exclusions": [{"start": 4, "end": 10, "topic": payload, "evidence": ["x"]}],
        },
        notes=[payload],
    )
    html = _page(result)
    assert "<script>alert" not in html
    tree = lxml.html.fromstring(html)
    data = tree.get_element_by_id("d0-data").text
    assert "<" not in data and "\u2028" not in data
    assert json.loads(data)["findings"][0]["m"] == payload
    area = tree.get_element_by_id("d0-summary")
    assert area.text == "</textarea><script>alert(2)</script>{{ 1 }}"
    assert tree.xpath("//title")[0].text_content().endswith(payload)


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_script_json_never_closes_the_script_element(payload: str) -> None:
    out = str(html_report.script_json({"s": payload, "k": [payload]}))
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"s": payload, "k": [payload]}


# --- CSP ----------------------------------------------------------------------------------------
def test_csp_allows_exactly_the_inlined_style_and_script() -> None:
    html = _page(check_text(POLICY, lang="en", profile="insurance", settings=EVERY_RULE))
    tree = lxml.html.fromstring(html)
    policy = tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert "default-src 'none'" in policy and "unsafe" not in policy
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    for source in (style, script):
        digest = b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "style=" not in html.split("<body>", 1)[1]  # inline style attributes would be blocked
    assert "http://" not in html and "https://" not in html


# --- highlights -------------------------------------------------------------------------------
def test_one_focusable_highlight_per_finding_even_when_overlapping() -> None:
    text = "You shall pay the premium hereinafter defined forthwith, said the insurer."
    findings = [
        _finding(0, 56, code="L101", category="sentence"),  # the long sentence
        _finding(4, 9),  # shall
        _finding(4, 25, code="X101", category="buried exclusion"),  # crosses J101 below
        _finding(18, 45, code="P101", category="style"),  # overlaps X101 partly
        _finding(26, 45),
        _finding(26, 45, code="J102"),  # same range as the previous one
        _finding(60, 60, code="W101", category="summary"),  # zero length
    ]
    body = render_text(text, findings, (), "d0-")
    fragment = lxml.html.fragment_fromstring(f"<div>{body}</div>")
    assert fragment.text_content() == text
    primaries = fragment.xpath("//mark[@data-id]")
    assert sorted(int(m.get("data-id")) for m in primaries) == list(range(len(findings)))
    assert all(m.get("tabindex") == "0" for m in primaries)
    assert len({m.get("id") for m in primaries}) == len(findings)
    for mark in fragment.xpath("//mark[@data-for]"):
        assert mark.get("tabindex") is None and mark.get("id") is None
    # each primary starts exactly where its finding starts
    html = str(body)
    for i, f in enumerate(findings):
        before = html[: html.index(f'id="d0-f{i}"')]
        before = before[: before.rindex("<mark")]
        assert len(unescape(re.sub(r"<[^>]+>", "", before))) == f.start


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab <>&\"'\n{}%é\u2028"), min_size=0, max_size=60),
    ranges=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8),
    heads=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=3),
)
def test_any_findings_give_wellformed_html_and_the_text_once(text, ranges, heads) -> None:
    findings = sorted((_finding(min(a, b), max(a, b)) for a, b in ranges), key=Finding.sort_key)
    outline = tuple((min(a, b), max(a, b), 2) for a, b in heads)
    body = str(render_text(text, findings, outline, "d0-"))
    fragment = lxml.html.fragment_fromstring(f"<div>{body}</div>")
    assert fragment.text_content() == text.replace("\r", "")
    assert len(fragment.xpath("//mark[@data-id]")) == len(findings)
    # well-formed: tags balance (lxml would silently repair; count them instead)
    assert body.count("<mark") == body.count("</mark>")
    assert body.count("<strong") == body.count("</strong>")


def test_highlight_count_equals_json_findings_via_cli(run_cli, tmp_path: Path) -> None:
    doc = tmp_path / "policy.txt"
    doc.write_text(POLICY, encoding="utf-8")
    out = run_cli("check", *EVERY, str(doc), "--format", "json", "--html", str(tmp_path / "r.html"))
    findings = json.loads(out.output)["documents"][0]["findings"]
    assert findings, "the fixture must produce findings"
    tree = lxml.html.fromstring((tmp_path / "r.html").read_text(encoding="utf-8"))
    assert len(tree.xpath("//mark[@data-id]")) == len(findings)
    assert len(tree.xpath('//ol[@class="findings"]/li')) == len(findings)


# --- header, checklist, map ------------------------------------------------------------------
def test_header_shows_not_checked_and_na_without_data() -> None:
    result = check_text(POLICY, lang="en", profile="insurance", settings=EVERY_RULE)
    # Take away what the score, readability and exclusion checks add.
    result.extra.clear()
    result.metrics.clear()
    result.findings = [f for f in result.findings if f.code[0] not in "RWXK"]
    html = _page(result)
    tree = lxml.html.fromstring(html)
    facts = {
        dt.text_content(): dd.text_content().strip()
        for dt, dd in zip(
            tree.xpath("//dl[@class='facts']//dt"),
            tree.xpath("//dl[@class='facts']//dd"),
            strict=True,
        )
    }
    assert facts["Clarity score"] == "n/a" and facts["Grade"] == "n/a"
    assert facts["Profile"] == "insurance" and facts["Language"] == "en"
    assert facts["Reading time"] == "1 min"
    answers = [a.text_content() for a in tree.xpath("//ul[@class='checklist']//strong")]
    assert answers[:3] == ["not checked"] * 3
    assert answers[3].startswith("not applicable")


def test_header_uses_score_exclusions_summary_and_statutory_data() -> None:
    text = POLICY
    result = _result(
        text,
        [_finding(40, 60, code="X201", category="buried exclusion", evidence=("long-sentence",))],
        extra={
            "score": {"score": 72.6, "grade": "C"},
            "summary": {"present": False},
            "exclusions": [
                {"start": 40, "end": 60, "topic": "storm", "evidence": ["long-sentence"]},
                {"start": 120, "end": 130, "topic": "theft", "evidence": []},
                {"start": 200, "end": 230, "topic": "earlier claims", "buried": True},
            ],
            "statutory": {"score": 38.2, "minimum": 45, "passed": False},
        },
        metrics={
            "flesch_reading_ease": 41.5,
            "sections": [
                {"title": "Claims", "flesch_reading_ease": 80.0, "words": 40, "start": 0},
                {"title": "What we cover", "flesch_reading_ease": 30.0, "words": 50, "start": 100},
                {"title": "Title", "flesch_reading_ease": 10.0, "words": 2, "start": 200},
            ],
        },
    )
    html = _page(result)
    tree = lxml.html.fromstring(html)
    assert tree.xpath("//div[@class='score']/dd")[0].text_content() == "73/100"
    assert tree.xpath("//div[@class='grade']/dd")[0].text_content() == "C"
    answers = [a.text_content() for a in tree.xpath("//ul[@class='checklist']//strong")]
    assert answers[0] == "no"
    assert answers[1] == "1 visible, 2 buried"
    assert answers[2] == "no (38 vs minimum 45)"
    # hardest sections first (lowest Flesch), too short ones left out; all of them on demand
    tables = tree.xpath("//table[@class='sections-table']")
    assert tables[0].xpath(".//thead//th")[2].text_content() == "Flesch"
    assert [t.text_content() for t in tables[0].xpath(".//tbody/tr/th")] == [
        "What we cover",
        "Claims",
    ]
    assert [t.text_content() for t in tables[1].xpath(".//tbody/tr/th")] == [
        "Claims",
        "What we cover",
        "Title",
    ]
    # the strip marks the hardest sections (the default table's), in document order
    hard = [t.text_content() for t in tree.xpath("//rect[@class='m-hard']/title")]
    assert hard == ["hard section: Claims", "hard section: What we cover"]
    assert len(tree.xpath("//rect[@class='m-buried']")) == 2
    assert len(tree.xpath("//rect[@class='m-visible']")) == 1
    # the exclusion found as a finding links to its highlight, the others to anchors in the text
    assert tree.xpath("//aside[@class='xmap']//a/@href") == ["#d0-f0", "#d0-a1", "#d0-a2"]
    anchor = html.index('id="d0-a2"')
    before = html[html.index('<div class="doctext"') : anchor]
    before = re.sub(r"<[^>]+>", "", before[before.index(">") + 1 : before.rindex("<span")])
    assert len(unescape(before)) == 200
    # no draft given: one is built from the exclusion topics
    draft = tree.get_element_by_id("d0-summary").text
    assert "- storm" in draft and "- earlier claims" in draft


def test_loan_key_facts_item() -> None:
    result = _result(POLICY, [], profile="loan", extra={"key_facts": {"missing": ["apr", "fees"]}})
    tree = lxml.html.fromstring(_page(result))
    answers = [a.text_content() for a in tree.xpath("//ul[@class='checklist']//strong")]
    assert answers[3] == "2 missing"


# --- determinism, files, data model ----------------------------------------------------------
def test_same_input_gives_byte_identical_reports(run_cli, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("b.txt", "a.md"):
        (docs / name).write_text(POLICY, encoding="utf-8")
    # Reports go outside the checked folder: HTML files are inputs too.
    run_cli("check", *EVERY, str(docs), "--html", str(tmp_path / "one.html"))
    run_cli("check", *EVERY, str(docs), "--html", str(tmp_path / "two.html"))
    assert (tmp_path / "one.html").read_bytes() == (tmp_path / "two.html").read_bytes()
    run_cli("check", *EVERY, str(docs / "a.md"), str(docs / "b.txt"), "--html", "out1/")
    run_cli("check", *EVERY, str(docs / "a.md"), str(docs / "b.txt"), "--html", "out2/")
    first = sorted((tmp_path / "out1").iterdir())
    assert [p.name for p in first] == ["001-a-md.html", "002-b-txt.html", "index.html"]
    for page in first:
        assert page.read_bytes() == (tmp_path / "out2" / page.name).read_bytes()


def test_directory_target_writes_index_linking_each_page(run_cli, tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(POLICY, encoding="utf-8")
    (tmp_path / "q.txt").write_text("You shall pay.\n", encoding="utf-8")
    result = run_cli("check", *EVERY, "p.txt", "q.txt", "--html", "site/", "--fail-on", "never")
    assert result.exit_code == 0
    index = lxml.html.fromstring((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    links = index.xpath("//table[@id='index-table']//a/@href")
    assert links == ["001-p-txt.html", "002-q-txt.html"]
    page = lxml.html.fromstring((tmp_path / "site" / links[1]).read_text(encoding="utf-8"))
    assert page.xpath("//nav//a/@href") == ["index.html"]
    assert page.get_element_by_id("d0-doc").find_class("doctext")[0].text_content() == (
        "You shall pay.\n"
    )


def test_unwritable_target_is_a_clear_usage_error(run_cli, tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text(POLICY, encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = run_cli("check", *EVERY, "p.txt", "--html", "file/sub/report.html")
    assert result.exit_code == 2
    assert "cannot write the HTML report" in result.output


def test_text_is_kept_out_of_json_and_results_stay_picklable() -> None:
    result = check_text(POLICY, lang="en", settings=EVERY_RULE)
    assert result.text == POLICY
    assert "text" not in result.to_dict() and "outline" not in result.to_dict()
    again = pickle.loads(pickle.dumps(result))
    assert again.text == POLICY and again.outline == result.outline


def test_the_text_appears_once_in_the_page() -> None:
    sentence = "The insurer shall pay the claim within thirty days of the report. "
    text = sentence * 400
    result = check_text(text, lang="en", profile="insurance", settings=EVERY_RULE)
    html = _page(result)
    assert html.count("within thirty days of the report") == 400
    assert len(re.findall("<mark[^>]*data-id", html)) == len(result.findings)
    # every place a finding was found (it and its occurrences) has one focusable highlight
    places = sum(1 + len(getattr(f, "occurrences", ())) for f in result.findings)
    assert len(re.findall("<mark[^>]*tabindex", html)) == places >= 400  # S101 each sentence
    # size: the text once plus a bounded cost per place (mark, link, list item, JSON entry)
    assert len(html.encode()) < len(text.encode()) + 700 * places + 60_000
