"""Hypothesis strategies for texts made of chosen words and separators, shared by the
property tests of the readers' and checks' fast paths."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def joined(
    words: Sequence[str] | st.SearchStrategy[str], separators: Sequence[str], max_size: int
) -> st.SearchStrategy[str]:
    """Up to ``max_size`` words, each followed by one of ``separators``."""
    word = words if isinstance(words, st.SearchStrategy) else st.sampled_from(list(words))
    pairs = st.lists(st.tuples(word, st.sampled_from(list(separators))), max_size=max_size)
    return pairs.map(lambda chosen: "".join(w + s for w, s in chosen))
