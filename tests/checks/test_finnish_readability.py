"""Finnish syllables, LIX and Wiio against hand-counted values."""

from __future__ import annotations

import pytest
from rule_settings import EVERY_RULE

from clarity import check_text
from clarity.checks.readability import finnish
from clarity.checks.readability.metrics import lix_band, wiio_band

# Hand-divided by the rules of Finnish syllabification (Kielitoimiston ohjepankki, "Tavutus").
WORDS = {
    "talo": "ta-lo",
    "kissa": "kis-sa",
    "vakuutus": "va-kuu-tus",
    "vakuutuksenottaja": "va-kuu-tuk-sen-ot-ta-ja",
    "korvaus": "kor-va-us",
    "korvauksen": "kor-va-uk-sen",
    "vapaus": "va-pa-us",
    "terveys": "ter-ve-ys",
    "tieto": "tie-to",
    "ruoka": "ruo-ka",
    "yö": "yö",
    "hyöty": "hyö-ty",
    "koe": "ko-e",
    "luen": "lu-en",
    "maailma": "maa-il-ma",
    "kauan": "kau-an",
    "ilmoittautua": "il-moit-tau-tu-a",
    "laskeutua": "las-keu-tu-a",
    "seikkailu": "seik-kai-lu",
    "korvataan": "kor-va-taan",
    "todettu": "to-det-tu",
    "vahinko": "va-hin-ko",
    "sopimus": "so-pi-mus",
    "Euroopan": "Eu-roo-pan",
    "käyttäjä": "käyt-tä-jä",
    "nopeasti": "no-pe-as-ti",
    "korvaa": "kor-vaa",
    "vakuutusmaksu": "va-kuu-tus-mak-su",
    "itsepalvelu": "it-se-pal-ve-lu",
    "omavastuu": "o-ma-vas-tuu",
    "puoliso": "puo-li-so",
    "hakuohje": "ha-ku-oh-je",
    "vuokra-asunto": "vuok-ra-a-sun-to",
}


@pytest.mark.parametrize("word", sorted(WORDS))
def test_syllables_match_hand_division(word):
    assert finnish.syllables(word) == WORDS[word].count("-") + 1


def test_lix_and_wiio_hand_counted():
    """6 words, 2 sentences. Over 6 letters: Vakuutus, vahingon, Maksamme, korvauksen,
    nopeasti (5). LIX = 6/2 + 100 x 5/6 = 86.33. Four or more syllables: kor-va-uk-sen,
    no-pe-as-ti (2 of 6, PS = 33.33). Wiio = 2.7 + 0.3 x 33.33 = 12.7; refined
    0.7 + 0.3 x 33.33 + 0.05 x 3 = 10.85."""
    text = "Vakuutus korvaa vahingon. Maksamme korvauksen nopeasti."
    words = finnish.words(text)
    assert finnish.lix(words, 2) == pytest.approx(86.333, abs=0.001)
    plain, refined = finnish.wiio(words, 2)
    assert plain == pytest.approx(12.7)
    assert refined == pytest.approx(10.85)
    metrics = check_text(text, lang="fi").metrics["readability"]
    assert metrics["lix"] == pytest.approx(86.33)
    assert metrics["wiio"] == pytest.approx(12.7)
    assert metrics["wiio_refined"] == pytest.approx(10.85)
    assert metrics["lix_band"] == "very difficult"
    assert metrics["wiio_band"] == "hard"


def test_easy_finnish_text_is_easy():
    text = "Maksamme vahingon. Kerro siitä meille heti. Vastaamme viikon sisällä."
    metrics = check_text(text, lang="fi").metrics["readability"]
    # 9 words, 3 sentences; over 6 letters: Maksamme, vahingon, Vastaamme, sisällä (4);
    # no word of 4+ syllables, so Wiio = 2.7
    assert metrics["lix"] == pytest.approx(3 + 100 * 4 / 9, abs=0.01)
    assert metrics["wiio"] == pytest.approx(2.7)
    assert metrics["wiio_band"] == "easy"


@pytest.mark.parametrize(
    ("value", "band"), [(29.9, "very easy"), (30, "easy"), (45, "medium"), (55, "difficult")]
)
def test_lix_bands(value, band):
    assert lix_band(value) == band


@pytest.mark.parametrize(("value", "band"), [(5.9, "easy"), (6, "medium"), (9, "hard")])
def test_wiio_bands(value, band):
    assert wiio_band(value) == band


def test_r101_fires_on_hard_finnish_and_not_on_easy():
    hard = (
        "Vakuutuksenantajan korvausvelvollisuuden edellytyksenä on vakuutuksenottajan "
        "viivytyksettömästi toimittama kirjallinen vahinkoilmoitus asianmukaisine liitteineen."
    )
    hits = [
        f for f in check_text(hard, lang="fi", settings=EVERY_RULE).findings if f.code == "R101"
    ]
    assert hits and "LIX" in hits[0].message and "Wiio" in hits[0].message
    easy = "Maksamme vahingon. Kerro siitä meille heti. Vastaamme viikon sisällä."
    assert "R101" not in [f.code for f in check_text(easy, lang="fi", settings=EVERY_RULE).findings]


def test_sections_have_finnish_metrics():
    text = "# Korvaus\n\nMaksamme vahingon. Kerro siitä meille heti.\n"
    sections = check_text(text, lang="fi", fmt="markdown").metrics["sections"]
    assert [s["title"] for s in sections] == ["Korvaus"]
    assert {"lix", "wiio", "wiio_refined", "score"} <= set(sections[0])
