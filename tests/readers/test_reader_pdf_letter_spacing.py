"""Letter-spaced words are joined: "D o m i c i l i a r y" reads "Domiciliary".

A PDF that sets a word with wide letter spacing gives PDFium one word per letter. Left
so, a heading no longer reads as itself and a clause's topic is a row of letters
("t h e l i s t e d C o n d i t i o n s"). Four or more one-letter words in a row on
one line are spaced words; a wider gap inside the run ends a word. A run longer than any
word, set at an even pitch, hides its word breaks and is left as it was; two letters
("a b") are no run.

Every PDF here is drawn with reportlab to show one layout; no real document's text."""

from __future__ import annotations

from pathlib import Path

from readers_builders import draw_pdf

from clarity.readers import read_path


def _spaced(c, text: str, x: float, y: float, letter_gap: float, word_gap: float) -> float:
    """``text`` drawn letter by letter, ``letter_gap`` points between letters and
    ``word_gap`` between words; returns where it ends."""
    for word in text.split():
        for letter in word:
            c.drawString(x, y, letter)
            x += c.stringWidth(letter, "Helvetica", 10) + letter_gap
        x += word_gap - letter_gap
    return x


def _draw(c, number: int) -> None:
    c.setFont("Helvetica", 10)
    end = _spaced(c, "the listed conditions", 60, 700, 2.5, 7.0)
    c.drawString(end, 700, "are excluded for two years.")
    _spaced(c, "Domiciliary", 60, 670, 2.5, 7.0)
    _spaced(c, "INSURANCECOMPANYOFEXAMPLE", 60, 640, 3.0, 3.0)  # an even pitch
    c.drawString(60, 610, "Options a b and c apply.")


def _text(tmp_path: Path) -> str:
    return " ".join(read_path(draw_pdf(tmp_path / "spaced.pdf", _draw)).text.split())


def test_letter_spaced_words_are_joined(tmp_path: Path) -> None:
    text = _text(tmp_path)
    assert "the listed conditions are excluded" in text, text
    assert "Domiciliary" in text, text


def test_a_run_longer_than_a_word_and_two_letters_stay(tmp_path: Path) -> None:
    text = _text(tmp_path)
    assert "I N S U R A N C E" in text, text
    assert "Options a b and c apply." in text, text
