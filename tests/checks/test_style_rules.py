"""Style rules P1xx/P5xx: positive and negative cases in English and Finnish, and every
rule's own examples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_settings import EVERY_RULE
from text_strategies import joined

from clarity import check_text
from clarity.rules.catalogue import all_rules


def codes(text: str, lang: str) -> list[str]:
    return [
        f.code for f in check_text(text, lang=lang, fmt="markdown", settings=EVERY_RULE).findings
    ]


def findings(text: str, lang: str, code: str):
    return [
        f
        for f in check_text(text, lang=lang, fmt="markdown", settings=EVERY_RULE).findings
        if f.code == code
    ]


STYLE_RULES = [r for r in all_rules() if r.code.startswith(("P", "R"))]


@pytest.mark.parametrize("rule", STYLE_RULES, ids=lambda r: r.code)
def test_rule_examples_hold_in_each_language(rule):
    assert rule.fail_examples and rule.pass_examples
    lang = rule.languages[0] if len(rule.languages) == 1 else "en"
    for example in rule.fail_examples:
        assert rule.code in codes(example, lang), example
    for example in rule.pass_examples:
        assert rule.code not in codes(example, lang), example


# --- passive -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Claims must be reported within 30 days.",
        "The premium is paid monthly.",
        "Cover is withheld if the home is empty.",
        "Your claim was not fully accepted.",
    ],
)
def test_passive_en_flagged(text):
    hits = findings(text, "en", "P101")
    assert hits and "<who>" in hits[0].message


@pytest.mark.parametrize(
    "text",
    [
        "You must report claims within 30 days.",
        "The premium is paid by you each month.",
        "We are interested in your views.",
        "The house is red.",
    ],
)
def test_passive_en_not_flagged(text):
    assert "P101" not in codes(text, "en")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Vahinko korvataan heti.", "korvataan"),
        ("Kuluja ei korvata.", "ei korvata"),
        ("Vahinko on todettu.", "on todettu"),
        ("Työ tehdään yhtiön toimesta.", "yhtiön toimesta"),
        ("Korvaus voidaan maksaa.", "voidaan"),
        ("Vahinko tehdään selväksi.", "tehdään"),
        ("Kuluja ei makseta.", "ei makseta"),
        ("Asiaa ei voida ratkaista.", "ei voida"),
        ("Maksu peritään kuukausittain.", "peritään"),
    ],
)
def test_passive_fi_flagged(text, form):
    hits = findings(text, "fi", "P501")
    assert any(h.text == form for h in hits), [h.text for h in hits]
    assert "aktiivi" in hits[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Me korvaamme vahingon.",
        "Emme korvaa sitä.",
        "Talo on iso.",
        # adverbs and case endings that end like a passive (-taan, -tään, -ta after "ei")
        "Maksat vähintään 20 euroa ja enintään 500 euroa.",
        "Ilmoita viimeistään maanantaina.",
        "Vastaamme ainoastaan vahingosta, joka kohdistuu kotiin.",
        "Saat korvauksen maksua vastaan.",
        "Hän puolestaan ilmoittaa muutoksesta itsestään.",
        "Luottolaitos tarkistaa maksuhäiriömerkintään liittyvät tiedot.",
        "Pankki ei suorita maksua, eikä muita kuluja peritä sinulta.",
        "Aika ei riitä, ellei tällaista sopimusta ole.",
    ],
)
def test_passive_fi_not_flagged(text):
    assert "P501" not in codes(text, "fi")


# --- hidden verbs --------------------------------------------------------------------
def test_hidden_verb_en():
    hits = findings("You must make a payment and provide notification.", "en", "P102")
    assert [h.text for h in hits] == ["make a payment", "provide notification"]
    assert 'write "pay"' in hits[0].message
    assert findings("We will carry out an investigation.", "en", "P102")
    assert not findings("You must pay and tell us.", "en", "P102")
    assert not findings("We make a decent home.", "en", "P102")


def test_hidden_verb_fi():
    hits = findings("Asiakkaan on suoritettava maksu ajallaan.", "fi", "P502")
    assert [h.text for h in hits] == ["suoritettava maksu"]
    assert findings("Korvauksen maksu tapahtuu tilille.", "fi", "P502")
    chain = findings("Vahingon ilmoittamisen laiminlyöminen vähentää korvausta.", "fi", "P502")
    assert chain and chain[0].text == "ilmoittamisen laiminlyöminen"
    assert not findings("Maksa maksu ajallaan. Ilmoittaminen on helppoa.", "fi", "P502")


# --- negation chains ----------------------------------------------------------------
def test_negation_chain_en():
    assert findings("We will not refuse a claim unless you do not tell us.", "en", "P103")
    assert findings("We don't pay if you never lock the door.", "en", "P103")
    assert not findings("We do not pay for wear and tear.", "en", "P103")
    assert not findings("We do not pay unless you tell us.", "en", "P103")


def test_negation_chain_fi():
    assert findings("Emme korvaa, ellei sitä ilmoiteta, paitsi pientä vahinkoa.", "fi", "P503")
    assert not findings("Emme korvaa kulumista.", "fi", "P503")


# --- defined terms -------------------------------------------------------------------
def test_too_many_defined_terms_both_languages():
    en = " ".join(f'"Word{chr(65 + i)}" means thing {i}.' for i in range(13))
    assert findings(en, "en", "P104")
    assert not findings(" ".join(en.split(". ")[:5]), "en", "P104")
    fi = " ".join(f'"Sana{chr(65 + i)}" tarkoittaa asiaa {i}.' for i in range(13))
    assert findings(fi, "fi", "P104")
    assert not findings('"Koti" tarkoittaa asuntoa.', "fi", "P104")


def test_term_used_long_before_definition_both_languages():
    filler_en = "We pay for the cost to fix your roof. " * 30
    text = f'The Excess applies. {filler_en}"Excess" means the part you pay.'
    hit = findings(text, "en", "P105")
    assert hit and hit[0].text == "Excess" and hit[0].column == 5
    assert not findings(
        f'"Excess" means the part you pay. {filler_en} The Excess applies.', "en", "P105"
    )
    filler_fi = "Korvaamme katon korjauksen kulut aina ajallaan. " * 40
    fi = f"Omavastuu vähennetään. {filler_fi}Omavastuulla tarkoitetaan osuutta, jonka maksat."
    assert findings(fi, "fi", "P105")
    assert not findings(f"Omavastuulla tarkoitetaan osuutta. {filler_fi}", "fi", "P105")


# --- cross-references ------------------------------------------------------------------
def test_cross_references_both_languages():
    assert findings("Subject to clause 9, we pay as set out in Section 4.2(b).", "en", "P106")
    assert not findings("We pay as set out in Section 4.", "en", "P106")
    assert findings("Kohdassa 4.2 mainitut kulut korvataan ehtojen 9 mukaan.", "fi", "P106")
    assert not findings("Korvaamme kulut kohdan 4 mukaan.", "fi", "P106")


def test_cross_reference_density_over_document():
    text = " ".join(
        f"We pay the cost in Section {i}, and more for you here today." for i in range(12)
    )
    hits = findings(text, "en", "P106")
    assert any("per 1,000" in h.message for h in hits)


# --- ALL CAPS --------------------------------------------------------------------
def test_all_caps_both_languages():
    assert findings("PLEASE READ THIS POLICY CAREFULLY.", "en", "P107")
    assert not findings("Please read this. The VAT and APR apply.", "en", "P107")
    assert findings("LUE NÄMÄ EHDOT HUOLELLISESTI ENNEN ALLEKIRJOITUSTA.", "fi", "P107")
    assert not findings("Lue nämä ehdot. ALV sisältyy hintaan.", "fi", "P107")


# --- acronyms --------------------------------------------------------------------
def test_undefined_acronyms_both_languages():
    assert [f.text for f in findings("The APR is high. The APR is fixed.", "en", "P108")] == ["APR"]
    assert not findings("The annual percentage rate (APR) is fixed.", "en", "P108")
    assert not findings("We follow EU rules.", "en", "P108")
    assert findings("Todellinen vuosikorko eli TVK on 5 %.", "fi", "P108")
    assert not findings("Todellinen vuosikorko (TVK) on 5 %. ALV on mukana.", "fi", "P108")


class _Spans:
    """A stand-in context whose findings are just (start, end)."""

    def finding(self, rule, start, end, **_):
        return start, end


@given(
    st.lists(
        st.sampled_from(["WE", "PAY", "A", "Ä", "ÄÖ", "we", "Pay", "1", ",", "x"]), max_size=14
    )
)
def test_caps_shortcut_finds_what_the_word_walk_finds(words):
    from clarity.checks.style.layout import _CAPS_WORD, _caps

    chunk = " ".join(words)
    runs, run = [], []
    for m in [*_CAPS_WORD.finditer(chunk), None]:
        if m is not None and m.group().isupper():
            run.append(m)
            continue
        if len(run) >= 4:
            runs.append((10 + run[0].start(), 10 + run[-1].end()))
        run = []
    assert list(_caps(_Spans(), 10, chunk, 4)) == runs  # runs: the walk without the shortcut


_WORDING = ["made", "a payment", "Payments", "suoritti", "maksun", "unless", "except", "other than"]
_WORDING += ["saveFor", "save for", "not", "ei", "paitsi", "ilman", "ſ", "Σ", "x", ",", "\n", " "]


@given(st.lists(st.sampled_from(_WORDING), max_size=20).map(" ".join))
def test_wording_exceptions_counted_only_where_the_phrase_occurs(chunk):
    import re

    from clarity.checks.style.wording import _Lexicon
    from clarity.rules.packs import load_rulesets

    lowered = chunk.lower()
    for ruleset in load_rulesets().values():
        style = ruleset.lexicon("style")
        lex = _Lexicon.build(style)
        phrases = style["negation"]["exception"]
        old = sum(len(re.findall(rf"(?<!\w){re.escape(p)}(?!\w)", lowered)) for p in phrases)
        new = sum(len(p.findall(lowered)) for phrase, p in lex.exceptions if phrase in lowered)
        assert new == old


_CAPS_WORDS = st.sampled_from(
    ["A", "WE", "Ä", "ÄÖ", "A", "WE", "PAY", "ı", "x", "ä", "²", "Pay", "McD"]
)
_CAPS_TEXT = joined(_CAPS_WORDS, [" ", " ", "", "’"], max_size=16)


@settings(max_examples=400)
@given(_CAPS_TEXT, st.data())
def test_caps_candidates_skip_no_sentence_with_a_run(text, data):
    from bisect import bisect_left

    from clarity.checks.style.layout import _caps, _caps_candidates, _cut

    if data.draw(st.booleans()):  # mostly capitals: runs of four words are common
        text = text.upper()

    caps = _caps_candidates(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    chunk = text[start:end]
    if list(_caps(_Spans(), start, chunk, 4)):  # the slow walk finds a run: not skipped
        assert bisect_left(caps, end) - bisect_left(caps, start) >= 4 or _cut(text, chunk, start)
