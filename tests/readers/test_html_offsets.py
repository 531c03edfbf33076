"""HTML findings point at their words in the source file (issue 19, point 9).

A paragraph wrapped over several indented source lines is one line of text once its
white space is collapsed; a finding after the first line break used to be placed as
many characters too early as were collapsed, one to three lines up. Entities
(``&amp;``, ``&rsquo;``) shorten the text the same way.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rule_settings import EVERY_RULE

from clarity.api import check_text
from clarity.core.document import Document
from clarity.readers import read_bytes

PAGE = """<!doctype html>
<html>
  <body>
    <div>
      <h1>Card   agreement</h1>

      <p>
        This agreement sets out the terms of your card. Please read it
        carefully.   The policyholder shall notify us of any change in
        the event of a dispute, and we will charge a late fee of
        &pound;12 as set out in clause 14.2 of the agreement.
      </p>
      <p>
        Tom &amp; Jerry&rsquo;s account is <b>reviewed
          annually</b> and, notwithstanding   the foregoing, the
        account holder shall pay all sums due
        forthwith.
      </p>
      <ul>
        <li>
          We may vary the interest rate
          at any time   in accordance with clause 9.
        </li>
      </ul>
    </div>
  </body>
</html>
"""


def _source_at(source: str, line: int, column: int, size: int) -> str:
    """The source from a line and column on, as a reader sees it: tags out, entities decoded."""
    starts = [0] + [m.end() for m in re.finditer("\n", source)]
    window = source[starts[line - 1] + column - 1 :][: size * 4 + 80]
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", window)).split())


def test_every_finding_points_at_its_text_in_the_source() -> None:
    result = check_text(PAGE, fmt="html", path="card.html", settings=EVERY_RULE)
    findings = [f for f in result.findings if f.text.strip()]
    assert len(findings) >= 5
    later_lines = {f.line for f in findings}
    assert max(later_lines) > 12  # findings after wrapped lines are in the test
    for finding in findings:
        words = " ".join(finding.text.split())
        at = _source_at(PAGE, finding.line, finding.column, len(words))
        assert at.startswith(words), (finding.code, finding.line, finding.column, words, at)


def _assert_words_map_to_source(doc: Document, source: str) -> None:
    """Each word of the text, placed by the source map, starts the same word in the source."""
    for match in re.finditer(r"\w+", doc.text):
        line, column = doc.line_col(match.start())
        at = _source_at(source, line, column, len(match.group()))
        assert at.startswith(match.group()), (match.group(), line, column, at)


def test_words_after_collapsed_white_space_and_entities() -> None:
    doc = read_bytes("card.html", PAGE.encode())
    assert "Tom & Jerry’s account" in doc.text
    _assert_words_map_to_source(doc, PAGE)


_WORDS = st.sampled_from(
    ["fee", "charge", "interest", "we", "you", "pay", "card", "the", "of", "account", "12"]
)
_GAPS = st.sampled_from([" ", "  ", "\n", "\n      ", " \n\t  ", "\r\n    "])
_ENTITIES = st.sampled_from(["&amp;", "&rsquo;", "&nbsp;", "&#8217;", "&#x2014;", "&pound;"])
_INLINE = st.sampled_from(["b", "i", "span", "small", "em"])
_BLOCK = st.sampled_from(["p", "div", "li", "td", "h2", "blockquote"])


@st.composite
def _paragraph(draw) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.integers(0, 5))
        word = draw(_WORDS)
        if kind == 0:
            word = draw(_ENTITIES) + word
        elif kind == 1:
            tag = draw(_INLINE)
            word = f"<{tag}>{word}{draw(_GAPS)}{draw(_WORDS)}</{tag}>"
        parts.append(word)
        parts.append(draw(_GAPS))
    return "".join(parts)


@st.composite
def _pages(draw) -> str:
    """Random nesting of blocks, each holding words wrapped over indented lines."""
    lines = ["<html><body>"]
    for _ in range(draw(st.integers(1, 8))):
        outer, inner = draw(_BLOCK), draw(_BLOCK)
        indent = " " * draw(st.integers(0, 8))
        body = draw(_paragraph())
        if draw(st.booleans()):
            lines.append(f"{indent}<{outer}>\n{indent}  <{inner}>{body}</{inner}>{draw(_GAPS)}")
            lines.append(f"{indent}{draw(_paragraph())}</{outer}>")
        else:
            lines.append(f"{indent}<{outer}>{draw(_GAPS)}{body}{draw(_GAPS)}</{outer}>")
    lines.append("</body></html>")
    return "\n".join(lines)


@settings(
    max_examples=int(os.environ.get("CLARITY_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(page=_pages())
def test_random_block_structures_keep_words_at_their_source(page: str) -> None:
    doc = read_bytes("page.html", page.encode())
    _assert_words_map_to_source(doc, page)


def test_corpus_html_findings_point_at_their_text(corpus: Path) -> None:
    """The real agreements: every finding's line and column start its matched words."""
    from clarity.api import check_file

    pages = sorted((corpus / "en" / "loan").glob("*.html"))
    if not pages:
        pytest.skip("no HTML documents in the corpus")
    for page in pages:
        source = page.read_text(encoding="utf-8")
        result = check_file(page, settings=EVERY_RULE)
        misplaced = []
        for finding in result.findings:
            words = " ".join(finding.text.split())[:20]
            if words and not _source_at(source, finding.line, finding.column, 20).startswith(words):
                misplaced.append((finding.code, finding.line, finding.column, words))
        assert misplaced == [], (page.name, len(misplaced), misplaced[:5])
