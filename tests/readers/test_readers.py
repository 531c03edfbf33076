"""Text and Markdown readers: structure, offsets, sections."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clarity.readers.markdown import read_markdown
from clarity.readers.plain import read_plain

MD = """---
owner: legal
---
# Policy

## What is not covered

We will not pay for:

1. wear and tear
2. flood damage, see [our flood page](https://example.com/flood)

<!-- clarity: disable=J101 -->

```yaml
shall: notwithstanding
```

## Claims

Tell us `within 14 days` of a loss.
"""


def test_markdown_headings_sections_and_lists():
    doc = read_markdown("p.md", MD)
    assert len(doc.text) == len(MD)  # offsets equal file offsets
    headings = [(b.level, doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "heading"]
    assert headings == [(1, "Policy"), (2, "What is not covered"), (2, "Claims")]
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert doc.text[items[0].start : items[0].end].strip() == "wear and tear"
    assert all(b.section_path == ("Policy", "What is not covered") for b in items)
    assert "example.com" not in doc.text and "notwithstanding" not in doc.text
    assert "within 14 days" not in doc.text and "owner" not in doc.text
    assert "our flood page" in doc.text
    assert doc.comments == [(MD.index("<!--"), "clarity: disable=J101")]


def test_markdown_line_columns_match_the_file():
    doc = read_markdown("p.md", MD)
    offset = MD.index("flood damage")
    line = MD[:offset].count("\n") + 1
    assert doc.line_col(offset) == (line, offset - MD.rfind("\n", 0, offset))


def test_plain_text_repairs_hyphenation_and_maps_back():
    source = "GENERAL EXCLUSIONS\r\nWe will not pay for applica-\r\ntion fees or gradual deterio-\nration.\r\n"
    doc = read_plain("p.txt", source)
    assert "application fees" in doc.text and "deterioration" in doc.text
    offset = doc.text.index("fees")
    assert doc.line_col(offset) == (3, 6)  # "tion fees" on line 3 of the file
    heading = doc.blocks[0]
    assert (
        heading.kind == "heading" and doc.text[heading.start : heading.end] == "GENERAL EXCLUSIONS"
    )
    assert doc.blocks[1].section_path == ("GENERAL EXCLUSIONS",)


def test_plain_text_keeps_the_hyphen_of_a_compound_the_document_writes_with_one():
    """ "self-\ninjury": the document writes "self-harm" and "injury" elsewhere and never
    "selfinjury"; "re-\nfund" stays one word, "refund" being written elsewhere."""
    source = (
        "We cover self-harm only after a year and any injury at once.\n"
        "We do not cover deliberate self-\ninjury. A re-issued card or a re-\n"
        "fund is free; ask for a refund by phone.\n"
    )
    doc = read_plain("p.txt", source)
    assert "deliberate self-injury." in doc.text
    assert "a refund is free" in doc.text
    offset = doc.text.index("injury.")
    assert doc.line_col(offset) == (3, 1)


def test_plain_text_list_items_and_question_headings():
    source = (
        "What is not insured?\n"
        "1.1 Damage caused by wear and tear.\n"
        "(c) Loss caused deliberately\n"
        "by you.\n"
        "When does cover start?\n"
        "Cover starts on the date in your schedule.\n"
    )
    doc = read_plain("p.txt", source)
    kinds = [(b.kind, doc.text[b.start : b.end].split("\n")[0]) for b in doc.blocks]
    assert kinds == [
        ("heading", "What is not insured?"),
        ("list_item", "1.1 Damage caused by wear and tear."),
        ("list_item", "(c) Loss caused deliberately"),
        ("heading", "When does cover start?"),
        ("paragraph", "Cover starts on the date in your schedule."),
    ]
    assert doc.blocks[2].marker == "(c)"


@given(st.text(max_size=500))
def test_readers_never_crash_and_blocks_are_ordered(text):
    for reader in (read_plain, read_markdown):
        doc = reader("x", text)
        previous_end = 0
        for block in doc.blocks:
            assert 0 <= block.start < block.end <= len(doc.text)
            assert block.start >= previous_end
            previous_end = block.end
        for offset in range(0, len(doc.text), 37):
            line, col = doc.line_col(offset)
            assert line >= 1 and col >= 1


def test_a_line_written_three_times_in_plain_text_is_checked_every_time() -> None:
    from clarity import check_text

    line = "The insured shall notify the insurer prior to any repair.\n\n"
    result = check_text(line * 3, lang="en")  # J105 "prior to" is on by default
    # Said once, with every place (a pattern rule groups its term).
    assert sum(f.count for f in result.findings if f.code == "J105") == 3
    assert not any("left out" in note for note in result.notes)


def test_running_headers_of_extracted_pages_are_left_out_with_a_note() -> None:
    from clarity.readers.plain import read_plain

    page = "Acme Home Policy wording v2\nWe pay for {} damage.\nPage {} of 3\n\f"
    pages = zip(("fire", "flood", "storm"), (1, 2, 3), strict=True)
    doc = read_plain("x.txt", "".join(page.format(cause, n) for cause, n in pages))
    blocks = [doc.text[b.start : b.end] for b in doc.blocks]
    assert not any("Acme Home" in b or "Page" in b for b in blocks)
    assert doc.notes == [
        "left out 6 running header/footer/page-number line(s) of the extracted pages"
    ]


def test_deep_markdown_nesting_is_read_or_refused_never_dropped() -> None:
    import pytest

    from clarity.core.errors import InputError

    sentence = "We shall pay notwithstanding the foregoing.\n"
    for depth in (5, 25, 200):  # markdown-it's default limit (20) dropped the deeper text
        doc = read_markdown("q.md", ">" * depth + " " + sentence)
        assert "We shall pay" in doc.text[doc.blocks[-1].start : doc.blocks[-1].end], depth
    items = "".join("  " * i + f"- item {i} applies\n" for i in range(40))
    assert len([b for b in read_markdown("l.md", items).blocks if b.kind == "list_item"]) == 40
    with pytest.raises(InputError, match=r"Markdown nested too deeply \(256 levels or more\)"):
        read_markdown("deep.md", ">" * 300 + " " + sentence)


def test_markdown_links_read_as_their_text_even_when_written_backwards() -> None:
    """A link reads as its text. A link written the wrong way round, "(url)[url]", with
    a space where a converter broke the URL, used to leave "( path/)[ path/]" in the
    text (and so in the HTML report); it is markup and reads as nothing."""
    source = (
        "See [our claims guide](https://example.org/claims) today.\n\n"
        "Go to (www.example.org/help/ motor/claims-guide/)[www.example.org/help/ "
        "motor/claims-guide/] for advice.\n\n"
        "Visit www.example.org/ and then read (see below) the notes.\n"
    )
    doc = read_markdown("links.md", source)
    assert len(doc.text) == len(source)  # blanked, never deleted: offsets stay
    words = doc.text.split()
    assert words[:5] == ["See", "our", "claims", "guide", "today."]
    assert "Go to for advice." in " ".join(words)
    assert not any(ch in doc.text for ch in "[]/")
    # prose brackets and the words after a URL stay
    assert "and then read (see below) the notes." in " ".join(words)
