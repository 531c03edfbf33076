"""Scores added up from per-sentence counts equal textstat's scores of the whole prose,
float for float; Finnish counts added up equal LIX and Wiio of the whole prose."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clarity.checks.readability import english_counts, finnish
from clarity.checks.readability.english import textstat_offline
from clarity.checks.readability.metrics import SentenceCounts, measure, piece_of, prose_of

TOKENS = [
    "the", "The", "THE", "insurer", "Insurer's", "insurers'", "policyholder", "don't",
    "DON'T", "we'll", "you're", "they've", "'tis", "o'clock", "rock'n'roll", "self-insured",
    "pre-existing", "co-payment", "e.g.", "i.e.", "U.S.", "Mr.", "etc.", "30", "3.5",
    "1,000", "2024-01-01", "$500", "10%", "a", "I", "notwithstanding", "indemnification",
    "hereinbefore", "cat", "mat", "every", "family", "zyuganov", "xqzt", "café", "naïve",
    "ΣΟΦΙΑ", "İstanbul", "ﬁnance", "—", "-", "–", ",", ";", ":", "(", ")", '"', "“", "”",
    "'", "’", ".", "!", "?", "...", "?!", "§", "&", "/", "a.", "b)", "(i)", "No.", "_x_",
]  # fmt: skip


def _pieces(sentences: list[str]) -> list[str]:
    text = "\n".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 1
    return [piece_of(text, start, end) for start, end in spans]


def _textstat_scores(prose: str) -> dict[str, float]:
    ts = textstat_offline()
    if not prose.strip():
        return {}
    return {
        "flesch_reading_ease": ts.flesch_reading_ease(prose),
        "flesch_kincaid_grade": ts.flesch_kincaid_grade(prose),
        "gunning_fog": ts.gunning_fog(prose),
    }


def _fast_scores(pieces: list[str]) -> dict[str, float]:
    return english_counts.unrounded_scores(english_counts.piece_counts(p) for p in pieces)


sentence = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.text(min_size=1, max_size=8)), max_size=14
).map(lambda words: " ".join(words))


@settings(max_examples=300, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=8))
def test_summed_counts_equal_textstat_on_random_prose(sentences):
    pieces = _pieces(sentences)
    assert _fast_scores(pieces) == _textstat_scores(" ".join(pieces))


PARAGRAPHS = [
    "We pay for damage to your home. Tell us within 30 days. We reply in a week.",
    "Notwithstanding any provision hereinbefore contained, the indemnification obligations "
    "of the insurer pursuant to this endorsement are conditional upon satisfactory "
    "documentation substantiating the policyholder's contemporaneous notification.",
    "Your policy covers: (a) fire; (b) theft, e.g. burglary; and (c) flood. It doesn't cover "
    "wear and tear! Why? Because it's expected. See s. 4.2 of the U.S. schedule, i.e. page 3.",
    "Yes. No. OK then. The loan's APR is 7.9% p.a., fixed for 24-36 months - ask us.",
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_hand_written_paragraph(paragraph):
    """Split at sentence ends by hand, then the document's scores equal textstat's."""
    from clarity.checks.readability.english import english_scores

    sentences = [s for s in paragraph.replace("? ", "?\n").replace(". ", ".\n").split("\n")]
    pieces = _pieces(sentences)
    prose = " ".join(pieces)
    assert _fast_scores(pieces) == _textstat_scores(prose)
    counts = [english_counts.piece_counts(p) for p in pieces]
    assert english_counts.english_scores_of(counts) == english_scores(prose)


def test_measure_shares_counts_between_document_and_sections():
    text = "\n".join(PARAGRAPHS)
    spans, at = [], 0
    for paragraph in PARAGRAPHS:
        spans.append((at, at + len(paragraph)))
        at += len(paragraph) + 1
    shared = SentenceCounts(text, "en")
    whole = measure(text, spans, [10] * len(spans), "en", 25, shared)
    part = measure(text, spans[1:3], [10, 10], "en", 25, shared)
    assert whole == measure(text, spans, [10] * len(spans), "en", 25)
    assert part == measure(text, spans[1:3], [10, 10], "en", 25)
    assert whole["flesch_reading_ease"] == round(
        _textstat_scores(prose_of(text, spans))["flesch_reading_ease"], 2
    )


def test_empty_pieces_score_nothing_and_a_full_stop_scores_zero():
    assert _fast_scores(["", ""]) == {} == _textstat_scores(" ")
    assert _fast_scores(["."]) == _textstat_scores(".")


FINNISH = st.lists(
    st.one_of(
        st.sampled_from(
            ["vakuutus", "korvaus", "Euroopan", "vuokra-asunto", "ei", "maksamme", "yö", "ja"]
        ),
        st.text(alphabet="aeiouyäöklmnrst-' .,;!?123", min_size=1, max_size=12),
    ),
    max_size=12,
).map(" ".join)


def _reference_lix_wiio(word_list: list[str], sentences: int) -> tuple[float, float, float]:
    """LIX and Wiio as computed before the counts were cached (whole word list)."""
    if not word_list:
        return 0.0, 0.0, 0.0
    long_words = sum(1 for w in word_list if sum(c.isalpha() for c in w) > 6)
    lix = len(word_list) / sentences + 100 * long_words / len(word_list)
    ps = 100 * sum(1 for w in word_list if finnish.syllables(w) >= 4) / len(word_list)
    ms = len(word_list) / sentences
    return lix, 2.7 + 0.3 * ps, 0.7 + 0.3 * ps + 0.05 * ms


@settings(max_examples=200, deadline=None)
@given(st.lists(FINNISH, min_size=1, max_size=6), st.integers(min_value=1, max_value=9))
def test_finnish_counts_equal_whole_prose(sentences, count):
    pieces = _pieces(sentences)
    word_list = finnish.words(" ".join(pieces))
    counted = finnish.total(finnish.counts(p) for p in pieces)
    assert counted.words == len(word_list)
    lix, plain, refined = _reference_lix_wiio(word_list, count)
    assert finnish.lix_of(counted, count) == lix == finnish.lix(word_list, count)
    assert finnish.wiio_of(counted, count) == (plain, refined) == finnish.wiio(word_list, count)


def test_pyphen_loads_only_when_a_word_is_not_in_the_cmu_dictionary():
    import subprocess
    import sys

    code = (
        "from clarity.checks.readability.english_counts import piece_counts; "
        "from textstat.backend.utils._get_pyphen import get_pyphen as g; "
        "piece_counts('We pay for the damage to your home.'); a = g.cache_info().currsize; "
        "piece_counts('Zxqvbnmlk qwrtzplk frobnicated.'); print(a, g.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.sampled_from(TOKENS), st.text(min_size=1, max_size=10)))
def test_each_word_is_judged_as_textstat_judges_it(word):
    """The syllables and difficulty of a word equal textstat's count_syllables and
    is_difficult_word, including the shortcut for words list_words leaves alone."""
    from textstat.backend.counts import count_syllables
    from textstat.backend.validations import is_difficult_word

    ts = english_counts._textstat()
    for item in english_counts.list_words(word) or [word]:
        english_counts._words.pop(item, None)
        syllables, difficult = english_counts._judge(item, ts)
        assert difficult == bool(is_difficult_word(item, ts.threshold, english_counts.LANG))
        if item.lower().isalnum():
            assert syllables == count_syllables(item.lower(), english_counts.LANG)


WORD_PIECES = [*"ab1 \n\t'’-.,!?;:()\"_éß", "don't", "'ve", "'ll", "x's"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=40).map("".join))
def test_list_words_is_textstats(text):
    textstat_offline()
    from textstat.backend.selections import list_words

    assert english_counts.list_words(text) == list_words(text)
