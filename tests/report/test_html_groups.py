"""The top of the HTML report without a browser: the verdict, what to fix first (buried
exclusions, findings grouped by rule and term, occurrences included), the hardest
sections, page markers, Markdown links and the index's summary column (issue 21)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
from html_payloads import XSS_PAYLOADS

from clarity.core.findings import DocumentResult, Finding, RunResult
from clarity.core.rulemeta import Severity
from clarity.report import html_report

TEXT = (
    "In the event of a claim, tell us. In the event of a fire, call us. "
    "We pay in respect of damage. IN THE EVENT OF theft, tell the police.\n"
)


@dataclass(slots=True)
class FindingWithOccurrences(Finding):
    """A finding as the occurrences change makes it: further places of the same term."""

    occurrences: tuple[dict[str, Any], ...] = ()


def _at(term: str, nth: int = 0) -> int:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.lower().index(term.lower(), start + 1)
    return start


def _finding(term: str, code: str, nth: int = 0, cls: type = Finding, **kw: Any) -> Finding:
    start = _at(term, nth)
    return cls(
        code=code,
        name=kw.pop("name", "rule-" + code.lower()),
        severity=kw.pop("severity", Severity.WARNING),
        category=kw.pop("category", "jargon"),
        message=f'"{term}"',
        start=start,
        end=start + len(term),
        text=TEXT[start : start + len(term)],
        suggestion=kw.pop("suggestion", ""),
        line=1,
        column=start + 1,
        **kw,
    )


def _result(findings: list[Finding], text: str = TEXT, **kw: Any) -> DocumentResult:
    return DocumentResult(
        path=kw.pop("path", "doc.txt"),
        language="en",
        profile=kw.pop("profile", "insurance"),
        format="text",
        word_count=len(text.split()),
        sentence_count=3,
        findings=findings,
        text=text,
        **kw,
    )


def _tree(*docs: DocumentResult):
    return lxml.html.fromstring(html_report.render(RunResult(documents=list(docs))))


def _groups(tree) -> list[tuple[str, str, int, int]]:
    """(code, term, count shown, number of place links) of each grouped row, in order."""
    rows = []
    for li in tree.xpath("//li[contains(concat(' ', @class, ' '), ' grp ')]"):
        rows.append(
            (
                li.get("data-code"),
                li.get("data-term"),
                int(li.get("data-count")),
                len(li.xpath(".//p[@class='locs']//a")),
            )
        )
    return rows


# --- grouped findings -------------------------------------------------------------------------
def test_findings_group_by_rule_and_term_sorted_by_severity_then_count() -> None:
    findings = [
        _finding("In the event of", "J104", 0, suggestion='use "if"'),
        _finding("In the event of", "J104", 1, suggestion='use "if"'),
        _finding("in respect of", "J152", 0),
        _finding("IN THE EVENT OF", "J104", 2, suggestion='use "if"'),  # case does not split
        _finding("tell the police", "P101", 0, severity=Severity.ERROR, category="style"),
    ]
    findings.sort(key=lambda f: f.start)
    tree = _tree(_result(findings))
    assert _groups(tree) == [
        ("P101", "tell the police", 1, 1),  # errors first
        ("J104", "In the event of", 3, 3),  # then the most frequent
        ("J152", "in respect of", 1, 1),
    ]
    row = tree.xpath("//li[@data-code='J104']")[0]
    assert 'use "if"' in row.text_content()
    # every place links to its highlight
    links = row.xpath(".//p[@class='locs']//a/@href")
    marks = {f"#{m.get('id')}" for m in tree.xpath("//mark[@tabindex]")}
    assert set(links) <= marks and len(set(links)) == 3


def test_one_term_with_different_advice_is_two_rows() -> None:
    """A rule that advises each place on its own (S101: "shall" -> "must" here, -> "will"
    there) shows one row per advice, as the run reports it (``group: advice``)."""
    findings = [
        _finding("In the event of", "S101", 0, suggestion='use "must"'),
        _finding("In the event of", "S101", 1, suggestion='use "will"'),
        _finding("IN THE EVENT OF", "S101", 2, suggestion='use "must"'),
    ]
    rows = _groups(_tree(_result(findings)))
    assert sorted((code, count) for code, _, count, _ in rows) == [("S101", 1), ("S101", 2)]


def test_occurrences_count_in_their_group_and_are_highlighted() -> None:
    """A finding that carries further places (``occurrences``) counts 1 + their number, and
    each place gets a focusable highlight the group links to."""
    second, third = _at("in the event of", 1), _at("in the event of", 2)
    first = _finding(
        "In the event of",
        "J104",
        0,
        cls=FindingWithOccurrences,
        occurrences=(
            {"start": second, "end": second + 15, "line": 1, "column": second + 1, "page": None},
            {"start": third, "end": third + 15, "line": 2, "column": 1, "page": 4},
        ),
    )
    other = _finding("in respect of", "J152", 0)
    tree = _tree(_result([first, other]))
    assert _groups(tree) == [("J104", "In the event of", 3, 3), ("J152", "in respect of", 1, 1)]
    assert len(tree.xpath("//mark[@data-id]")) == 2  # one primary highlight per finding
    focusable = tree.xpath("//mark[@tabindex]")
    assert len(focusable) == 4  # and one per further place
    occurrence = tree.get_element_by_id("d0-f0o1")
    assert (
        occurrence.get("data-for") == "0" and occurrence.text_content() == TEXT[third : third + 15]
    )
    labels = tree.xpath("//li[@data-code='J104']//p[@class='locs']//a/text()")
    assert labels == ["1", "1", "p4"]


def test_findings_without_occurrences_still_group() -> None:
    assert not getattr(_finding("in respect of", "J152"), "occurrences", ())
    tree = _tree(_result([_finding("in respect of", "J152")]))
    assert _groups(tree) == [("J152", "in respect of", 1, 1)]


def test_long_matches_group_by_rule_and_many_places_sit_behind_a_button() -> None:
    text = "".join(
        f"Sentence number {n} is long enough to be a clause of its own here. " for n in range(30)
    )
    findings = []
    for n in range(30):
        start = text.index(f"Sentence number {n} ")
        end = text.index(".", start) + 1
        findings.append(
            Finding(
                "L101",
                "long-sentence",
                Severity.WARNING,
                "sentence",
                "long",
                start,
                end,
                text[start:end],
                line=n + 1,
            )
        )
    tree = _tree(_result(findings, text))
    assert _groups(tree) == [("L101", "", 30, 30)]
    row = tree.xpath("//li[@data-code='L101']")[0]
    assert "long sentence" in row.xpath(".//span[contains(@class, 'term')]")[0].text_content()
    hidden = row.xpath(".//span[@hidden]//a")
    assert len(hidden) == 20 and row.xpath(".//button[@class='more']")[0].text_content() == "all 30"


def test_rule_filter_has_a_choice_per_rule_and_css_per_rule() -> None:
    findings = [_finding("In the event of", "J104"), _finding("in respect of", "J152")]
    html = html_report.render(RunResult(documents=[_result(findings)]))
    tree = lxml.html.fromstring(html)
    select = tree.xpath("//select[@data-rules]")[0]
    assert select.get("data-rules") == "j104 j152"
    assert select.xpath("./option/@value") == ["", "j104", "j152"]
    assert ".hide-r-j104 mark.r-j104{" in html and ".hide-r-j104 .fi.r-j104," in html
    assert all(" r-" in m.get("class") for m in tree.xpath("//mark"))


# --- verdict ----------------------------------------------------------------------------------
def _answers(tree) -> list[str]:
    return [a.text_content() for a in tree.xpath("//ul[@class='checklist']//strong")]


def test_summary_is_present_only_when_the_exclusion_analysis_says_so() -> None:
    """Summary findings other than "missing" used to be read as "a summary exists"."""
    not_in_summary = _finding(
        "in respect of", "W102", category="summary", name="exclusion-not-in-summary"
    )
    analysed_no = _result([not_in_summary], extra={"exclusions_summary": {"found": False}})
    assert _answers(_tree(analysed_no))[0] == "no"
    not_analysed = _result([not_in_summary])
    assert _answers(_tree(not_analysed))[0] == "not checked"
    found = {"found": True, "heading": "What is not covered", "line": 3}
    analysed_yes = _result([], extra={"exclusions_summary": found})
    assert _answers(_tree(analysed_yes))[0] == "yes: \u201cWhat is not covered\u201d, line 3"


def test_loan_verdict_reads_the_key_facts_analysis_and_lists_what_to_add() -> None:
    facts = {
        "summary": "KEY FACTS",
        "present": ["fees"],
        "missing": ["APR", "total amount payable"],
    }
    tree = _tree(_result([], profile="loan", extra={"loan_key_facts": facts}))
    assert _answers(tree)[3] == "2 of 3 missing"
    assert tree.xpath("//section[contains(@class, 'facts-missing')]//li/text()") == [
        "APR",
        "total amount payable",
    ]


def test_buried_exclusions_come_first_with_reasons_and_a_jump() -> None:
    start = _at("in respect of")
    exclusions = [
        {"start": 0, "end": 30, "line": 1, "topic": "claims", "buried": False, "reasons": []},
        {
            "start": start,
            "end": start + 28,
            "line": 1,
            "topic": "damage",
            "buried": True,
            "reasons": ["long-sentence", "late-not-in-summary"],
        },
    ]
    tree = _tree(_result([], extra={"exclusions": exclusions}))
    fix = tree.xpath("//section[@class='fixfirst']")[0]
    items = fix.xpath(".//ol[contains(@class, 'buried-list')]/li")
    assert len(items) == 1
    assert items[0].xpath(".//a/@href") == ["#d0-a1"]  # no finding there: the anchor in the text
    assert items[0].xpath(".//span[@class='tag']/text()") == [
        "long sentence",
        "late not in summary",
    ]
    assert tree.get_element_by_id("d0-a1") is not None
    # the verdict comes before what to fix first, which comes before the sections and the text
    html = lxml.html.tostring(tree, encoding="unicode")
    order = [
        html.index(s)
        for s in ('class="checklist"', 'class="fixfirst"', "Hardest sections", 'class="doctext"')
    ]
    assert order == sorted(order)


# --- pages, links, index ------------------------------------------------------------------------
def test_paged_sources_get_page_markers_and_page_numbers() -> None:
    text = "First page text here.\n\nSecond page text in respect of loss.\n"
    second = text.index("Second")
    start = text.index("in respect of")
    finding = Finding(
        "J152",
        "in-respect-of",
        Severity.WARNING,
        "jargon",
        "m",
        start,
        start + 13,
        "in respect of",
        line=3,
        page=2,
    )
    result = _result([finding], text, pages=((0, 1), (second, 2)))
    tree = _tree(result)
    body = tree.get_element_by_id("d0-doc").find_class("doctext")[0]
    assert body.text_content() == text  # markers add no characters
    markers = body.xpath(".//span[@class='pg']")
    assert [m.get("data-page") for m in markers] == ["1", "2"]
    html = lxml.html.tostring(body, encoding="unicode")
    assert html.index('data-page="2"') < html.index("Second page")
    assert tree.xpath("//li[@data-code='J152']//p[@class='locs']//a/text()") == ["p2"]
    assert "page 2" in tree.xpath("//ol[@class='findings']/li")[0].text_content()


def test_markdown_links_render_as_their_text(run_cli, tmp_path: Path) -> None:
    (tmp_path / "p.md").write_text(
        "# Claims\n\nRead [our claims guide](https://example.org/guide) first. "
        "Go to (www.example.org/help/ motor/guide/)[www.example.org/help/ motor/guide/] for more.\n",
        encoding="utf-8",
    )
    run_cli("check", "p.md", "--html", "r.html", "--fail-on", "never")
    tree = lxml.html.fromstring((tmp_path / "r.html").read_text(encoding="utf-8"))
    shown = " ".join(tree.find_class("doctext")[0].text_content().split())
    assert shown == "Claims Read our claims guide first. Go to for more."
    assert tree.find_class("gap")  # the blanked runs are shown as one space


def test_index_rows_sort_by_summary_present(tmp_path: Path) -> None:
    docs = [
        _result(
            [],
            path="a.txt",
            extra={"exclusions_summary": {"found": True, "heading": "x", "line": 1}},
        ),
        _result([], path="b.txt", extra={"exclusions_summary": {"found": False}}),
        _result([], path="c.txt"),
    ]
    pages = html_report.render_pages(RunResult(documents=docs))
    index = lxml.html.fromstring(pages["index.html"])
    heads = index.xpath("//table[@id='index-table']//th//button/text()")
    assert "Score" in heads and "Exclusions buried" in heads and "Summary up front" in heads
    col = heads.index("Summary up front")
    cells = [row.xpath("./td")[col] for row in index.xpath("//table[@id='index-table']/tbody/tr")]
    assert [(c.get("data-v"), c.text_content()) for c in cells] == [
        ("1", "yes"),
        ("0", "no"),
        ("-1", "not checked"),
    ]


def test_findings_about_the_document_group_by_rule_not_by_their_anchor_text() -> None:
    """A key fact missing is reported at the start of the text; the words there are not the
    problem (the message does not name them), so the row is the rule, not "{{----}}"."""
    facts = [
        Finding(
            "K102",
            "key-fact-missing",
            Severity.WARNING,
            "loan",
            f"key fact not stated up front: {fact}",
            0,
            8,
            TEXT[:8],
            line=1,
        )
        for fact in ("APR", "total amount payable")
    ]
    tree = _tree(_result(facts, profile="loan"))
    assert _groups(tree) == [("K102", "", 2, 2)]
    row = tree.xpath("//li[@data-code='K102']")[0]
    assert "key fact missing" in row.text_content() and TEXT[:8] not in row.text_content()


def test_hostile_strings_in_the_new_parts_stay_text() -> None:
    """Terms, suggestions, exclusion topics and reasons, the summary heading, missing key
    facts and section titles all come from documents or packs: all are escaped."""
    text = " ".join(XSS_PAYLOADS) + "\n"
    findings = []
    for n, payload in enumerate(XSS_PAYLOADS[:8]):
        start = text.index(payload)
        findings.append(
            Finding(
                f"J1{n:02d}",
                payload,
                Severity.WARNING,
                payload,
                payload,
                start,
                start + min(len(payload), 40),
                text[start : start + min(len(payload), 40)],
                suggestion=payload,
                line=1,
            )
        )
    hostile = XSS_PAYLOADS[1]
    result = _result(
        findings,
        text,
        profile="loan",
        extra={
            "exclusions": [
                {"start": 0, "end": 20, "topic": hostile, "buried": True, "reasons": [hostile]}
            ],
            "exclusions_summary": {"found": True, "heading": hostile, "line": 1},
            "loan_key_facts": {"present": [], "missing": [hostile]},
        },
        metrics={
            "sections": [
                {
                    "title": hostile,
                    "path": [hostile],
                    "start": 0,
                    "words": 50,
                    "flesch_reading_ease": 10.0,
                }
            ]
        },
    )
    html = html_report.render(RunResult(documents=[result]))
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//img | //iframe | //object | //svg[@onload] | //details")
    for el in tree.iter():
        if isinstance(el.tag, str):
            assert not [a for a in el.attrib if a.lower().startswith("on")], el.tag
    fix = tree.xpath("//section[@class='fixfirst']")[0].text_content()
    assert hostile in fix and XSS_PAYLOADS[0] in fix
    assert hostile in tree.xpath("//table[@class='sections-table']")[0].text_content()
    assert hostile in tree.xpath("//ul[@class='checklist']")[0].text_content()


def test_a_buried_exclusion_without_a_topic_is_named_by_its_first_words() -> None:
    from clarity.report.html_groups import buried_exclusions

    text = "Failure to comply with this condition may render this policy void from the start."
    item = {"start": 0, "end": len(text), "line": 9, "topic": "", "buried": True, "reasons": ["x"]}
    (row,) = buried_exclusions([item], [], "d0-", text)
    assert row.topic == "Failure to comply with this condition may render …"
