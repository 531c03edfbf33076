"""Locating many spans at once gives what ``Document.locate`` gives for each
(clarity/text/locate.py), for every reader's kind of document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from readers_builders import make_pdf

from clarity.core.document import Document
from clarity.readers import read_bytes
from clarity.text.locate import locate_all

PIECES = ["# Cover\n", "We pay.", "  ", "\r\n", "\n\n", "- item one\n", "<b>x</b>", "&amp;",
          "hyph-\nenated ", "Page 2\f", "<!-- note -->", "| a | b |\n", "é", "\t"]  # fmt: skip
sources = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def one_by_one(document: Document, spans: list[tuple[int, int]]) -> list[tuple]:
    out = []
    for start, end in spans:
        place = document.locate(start, end)
        out.append(
            (
                place.line,
                place.column,
                place.end_line,
                place.end_column,
                place.page,
                place.paragraph,
            )
        )
    return out


@settings(max_examples=150, deadline=None)
@given(sources, st.sampled_from(["md", "html", "txt"]), st.data())
def test_locate_all_equals_locate_one_by_one(source, fmt, data):
    document = read_bytes(f"doc.{fmt}", source.encode("utf-8"))
    size = len(document.text)
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(0, size), st.integers(0, size)).map(
                lambda pair: (min(pair), max(pair))
            ),
            max_size=12,
        )
    )
    got = locate_all(document, spans)
    assert got == one_by_one(document, spans)
    assert all(type(value) is int for place in got for value in place[:4])


@pytest.mark.parametrize(
    ("name", "source", "word", "line_col"),
    [
        ("doc.html", b"<p>We <b>pay</b> for</p>\n<p>the damage.</p>", "damage", (2, 8)),
        ("doc.txt", b"We pay for the dam-\nage.\r\nNext line.\n", "Next", (3, 1)),
    ],
)
def test_a_document_with_a_source_map_is_located_in_its_source(name, source, word, line_col):
    document = read_bytes(name, source)
    assert document.source_map is not None
    at = document.text.index(word)
    spans = [(at, at + len(word)), (0, len(document.text))]
    assert locate_all(document, spans) == one_by_one(document, spans)
    assert locate_all(document, spans)[0][:2] == line_col


def test_a_pdf_numbers_lines_from_each_page_as_its_reader_does():
    """A PDF's source map restarts line numbers on every page (PageLineMap)."""
    document = read_bytes("doc.pdf", make_pdf(pages=3))
    spans = [(at, min(at + 9, len(document.text))) for at in range(0, len(document.text), 7)]
    got = locate_all(document, spans)
    assert got == one_by_one(document, spans)
    at = document.text.rindex("Section 2")
    assert locate_all(document, [(at, at + 9)])[0][0] == document.locate(at, at + 9).line
    assert {place[4] for place in got} >= {2, 3}  # spans on later pages were located


def test_no_spans():
    assert locate_all(Document(path="x", text="abc"), []) == []
