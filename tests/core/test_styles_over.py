"""Document.styles_over finds by bisection what a scan of every span finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clarity.core.document import Document, StyleSpan

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(
    lambda pair: StyleSpan(pair[0], pair[0] + pair[1], size_pt=float(pair[1]))
)


@settings(max_examples=200, deadline=None)
@given(
    spans=st.lists(_SPAN, max_size=30),
    in_order=st.booleans(),
    start=st.integers(0, 80),
    length=st.integers(0, 30),
)
def test_styles_over_matches_a_full_scan(
    spans: list[StyleSpan], in_order: bool, start: int, length: int
) -> None:
    if in_order:
        spans = sorted(spans, key=lambda s: s.start)
    doc = Document(path="x.pdf", text="x" * 100, style=spans)
    end = start + length
    expected = [s for s in spans if s.start < end and start < s.end]
    assert doc.styles_over(start, end) == expected
    assert doc.styles_over(start, end) == expected  # and again, from the cached index
