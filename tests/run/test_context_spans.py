"""The engine's fingerprint contexts for all findings at once equal ``context_span`` one by one."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from clarity.checks import Analysed
from clarity.core.settings import Settings
from clarity.readers import read_bytes
from clarity.rules.packs import load_rulesets
from clarity.run.baseline import context_span, context_spans
from clarity.text.sentences import split_sentences

PIECES = ["# Cover\n", "We pay. ", "You must tell us", "\n\n", "- item one\n", "1. ", "e.g. ",
          "| a | b |\n", "Page 2\f", "é", "; ", "<p>x</p>", "  "]  # fmt: skip


def _analysed(source: str, fmt: str) -> Analysed:
    document = read_bytes(f"doc.{fmt}", source.encode("utf-8"))
    return Analysed(
        document=document,
        language="en",
        profile="generic",
        settings=Settings(),
        ruleset=load_rulesets()["en"],
        sentences=split_sentences(document, frozenset({"e.g"})),
    )


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.sampled_from(["md", "html", "txt"]),
    st.data(),
)
def test_context_spans_equal_context_span_one_by_one(source, fmt, data):
    ctx = _analysed(source, fmt)
    size = len(ctx.text)
    offsets = st.integers(0, size + 3)
    spans = data.draw(
        st.lists(st.tuples(offsets, offsets).map(lambda p: (min(p), max(p))), max_size=15)
    )
    expected = [context_span(ctx, SimpleNamespace(start=a, end=b)) for a, b in spans]  # type: ignore[arg-type]
    assert context_spans(ctx, spans) == expected


def test_a_finding_outside_every_sentence_takes_its_block_or_nearby_text():
    ctx = _analysed("# Cover\n\nWe pay for damage.\n", "md")
    heading = ctx.document.blocks[0]
    sentence = next(s for s in ctx.sentences if not s.is_heading)
    past_the_end = len(ctx.text) + 100
    spans = [(sentence.start, sentence.start + 2), (heading.start, heading.start + 1)]
    spans.append((past_the_end, past_the_end + 1))
    got = context_spans(ctx, spans)
    assert got[0] == (sentence.start, sentence.end)
    assert got[2] == (past_the_end - 80, past_the_end + 81)
    assert got == [context_span(ctx, SimpleNamespace(start=a, end=b)) for a, b in spans]  # type: ignore[arg-type]
