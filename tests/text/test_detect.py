"""Language and profile detection."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clarity import check_text

EN = "We will pay for damage to your home. You must tell us about any claim within 30 days."
FI = "Korvaamme kotisi vahingot. Sinun on ilmoitettava vahingosta meille 30 päivän kuluessa, jos haet korvausta."


def test_detects_english_and_finnish():
    assert check_text(EN).language == "en"
    assert check_text(FI).language == "fi"


def test_mixed_file_is_checked_in_its_main_language_and_says_so():
    mixed = " ".join([FI] * 4 + [EN])
    result = check_text(mixed)
    assert result.language == "fi"
    assert any("mixed languages" in note for note in result.notes)
    assert result.language_detected


def test_explicit_language_wins():
    result = check_text(FI, lang="en")
    assert result.language == "en" and not result.language_detected


def test_profile_detection():
    insurance = (
        "Your premium and excess are shown in the schedule. We insure your car. Claims: call us. "
        * 3
    )
    loan = (
        "The lender charges interest at an APR of 9.9%. You repay the loan in monthly instalments. "
        * 3
    )
    assert check_text(insurance).profile == "insurance"
    assert check_text(loan).profile == "loan"
    assert check_text("The weather is nice today and we walk in the park.").profile == "generic"
    fi_loan = (
        "Luotonantaja perii korkoa. Todellinen vuosikorko on 9,9 %. Luotto maksetaan takaisin kuukausittain. "
        * 4
    )
    assert check_text(fi_loan).profile == "loan"
    assert check_text(insurance, profile="loan").profile == "loan"


def _old_detect_language(text, rulesets, default="en"):
    """detect_language before the one-scan rewrite: a reference for the test below."""
    import re

    from clarity.rules.packs import LANGUAGES
    from clarity.text.language import _WORD, SAMPLE_WORDS, LanguageGuess, _Markers

    markers = {lang: _Markers.of(rulesets[lang].lexicon("language")) for lang in LANGUAGES}
    words_by_lang = dict.fromkeys(LANGUAGES, 0)
    sampled = 0
    for passage in re.split(r"[.!?;:\n]+", text[: SAMPLE_WORDS * 12]):
        words = [w.lower() for w in _WORD.findall(passage)]
        if not words:
            continue
        scores = {lang: sum(map(markers[lang].marks, words)) for lang in LANGUAGES}
        best = max(LANGUAGES, key=lambda lang: (scores[lang], lang == default))
        if scores[best] > 0:
            words_by_lang[best] += len(words)
        sampled += len(words)
        if sampled >= SAMPLE_WORDS:
            break
    total = sum(words_by_lang.values())
    if total == 0:
        return LanguageGuess(default, dict.fromkeys(LANGUAGES, 0.0))
    shares = {lang: n / total for lang, n in words_by_lang.items()}
    best = max(LANGUAGES, key=lambda lang: (shares[lang], lang == default))
    return LanguageGuess(best, shares)


_TOKENS = ["the", "and", "of", "ja", "on", "että", "vakuutus", "Policy", "KORVAUS", "we"]
_TOKENS += ["pay", "insurance", "ei", "Sinun", "x", "12", " ", " ", "\n", ". ", ";", ":", "!"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=60).map(" ".join), st.integers(0, 4))
def test_one_scan_language_vote_equals_passage_by_passage(text, repeat):
    from clarity.rules.packs import load_rulesets
    from clarity.text.language import detect_language

    rulesets = load_rulesets()
    long_text = text * (1 + repeat * 2000)  # past SAMPLE_WORDS and the 16k-character pieces
    for sample in (text, long_text):
        for default in ("en", "fi"):
            got = detect_language(sample, rulesets, default)
            assert got == _old_detect_language(sample, rulesets, default)


_PROFILE_TOKENS = ["sum insured", "Sum\nInsured", "annual percentage rate", "premiums", "loan"]
_PROFILE_TOKENS += ["minimum payments", "early settlement", "credit", "x", "ſum insured", "."]


@given(st.lists(st.sampled_from(_PROFILE_TOKENS), max_size=30).map(" ".join))
def test_profile_counts_equal_a_scan_per_word_and_phrase(text):
    import re

    from clarity.rules.packs import load_rulesets
    from clarity.text.language import _WORD, _VocabularyCounter, detect_profile

    ruleset = load_rulesets()["en"]
    _, counts = detect_profile(text, ruleset, 1000)
    words = _WORD.findall(text.lower())
    for profile, got in counts.items():
        counter = _VocabularyCounter.of(tuple(ruleset.lexicon("profiles")[profile]))
        exact, prefixes = counter.exact, counter.prefixes
        expected = sum(1 for w in words if w in exact or (prefixes and w.startswith(prefixes)))
        if counter.phrase is not None:
            expected += len(re.findall(counter.phrase, text))
        assert got == expected


_STEM_TOKENS = ["Premium", "PREMIUMS", "insured", "loan", "Lainan", "vakuutus", "x", "12"]
_STEM_TOKENS += [
    "ſum",
    "İnsurance",
    "Xİcover",
    "credit",
    "ÖVERSÄTTNING",
    "korvaus",
    "sum insured",
    "APR",
]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(_STEM_TOKENS), max_size=40),
    st.lists(st.sampled_from([" ", ". ", "\n", "-", ";", "/"]), min_size=1),
    st.integers(0, 3),
)
def test_stems_counted_in_the_language_pass_equal_the_profile_scan(tokens, gaps, repeat):
    """``stem_hits`` from ``detect_language`` give ``detect_profile`` the counts of its own
    scan, past the sampled words too; a text it cannot count exactly gets None."""
    from clarity.rules.packs import load_rulesets
    from clarity.text.language import SAMPLE_CHARS, detect_language, detect_profile

    rulesets = load_rulesets()
    text = "".join(t + gaps[i % len(gaps)] for i, t in enumerate(tokens))
    text *= 1 + repeat * 3000  # past SAMPLE_WORDS and, for some, past SAMPLE_CHARS
    guess = detect_language(text, rulesets, count_stems=True)
    if guess.stem_hits is None:
        assert len(text) > SAMPLE_CHARS or "ſ" in text or "İ" in text
        return
    for lang, ruleset in rulesets.items():
        with_hits = detect_profile(text, ruleset, 1000, guess.stem_hits[lang])
        assert with_hits == detect_profile(text, ruleset, 1000)
    assert guess == detect_language(text, rulesets)  # counting stems changes no vote


def test_stems_counted_in_the_language_pass_on_the_corpus(corpus):
    from clarity.readers import read_path
    from clarity.rules.packs import load_rulesets
    from clarity.text.language import detect_language, detect_profile

    rulesets = load_rulesets()
    counted = 0
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in (".md", ".txt"):
            continue
        text = read_path(str(path)).text
        guess = detect_language(text, rulesets, count_stems=True)
        if guess.stem_hits is None:
            continue
        counted += 1
        for lang, ruleset in rulesets.items():
            with_hits = detect_profile(text, ruleset, 1000, guess.stem_hits[lang])
            assert with_hits == detect_profile(text, ruleset, 1000)
    assert counted >= 10
