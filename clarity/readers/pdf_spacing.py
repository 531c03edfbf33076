"""Letter-spaced words joined: "D o m i c i l i a r y" is "Domiciliary".

Some PDFs set words with wide letter spacing (a heading, or a justified line stretched
letter by letter), and PDFium then reads each letter as a word of its own. Left so, a
heading no longer reads as one ("D o m i c i l i a r y Hospitalization"), and a clause's
topic is a row of letters ("t h e l i s t e d C o n d i t i o n s"). A run of at least
``MIN_LETTERS`` one-letter words on one line, each close to the next, is one or more
spaced words: where the gap inside the run is much wider than its usual gap, a word
ends. Real one-letter words ("a", "I") never stand four in a row.
"""

from __future__ import annotations

from itertools import pairwise
from statistics import median

from clarity.readers.pdf_chars import PdfPage, PdfWord

MIN_LETTERS = 4
"""Fewest one-letter words in a row that make a letter-spaced word."""
MAX_LETTER_GAP = 1.5
"""Widest gap between two letters of a run, in font sizes."""
WORD_BREAK = 1.6
"""A gap this many times the run's usual gap ends a word inside the run."""
MAX_WORD = 14
"""Most letters of a word joined from a run; a longer one hides its word breaks."""
SAME_LINE = 1.0
"""Points two letters' tops may differ by and stand on one line."""


def join_spaced_letters(pages: list[PdfPage]) -> None:
    """Join each page's letter-spaced words; in place."""
    for page in pages:
        page.words = _joined(page.words)


def _joined(words: list[PdfWord]) -> list[PdfWord]:
    out: list[PdfWord] = []
    run: list[PdfWord] = []
    for word in [*words, None]:
        if word is not None and _letter(word) and (not run or _next_letter(run[-1], word)):
            run.append(word)
            continue
        out.extend(_words_of(run) if len(run) >= MIN_LETTERS else run)
        run = []
        if word is None:
            break
        if _letter(word):
            run = [word]
        else:
            out.append(word)
    return out


def _letter(word: PdfWord) -> bool:
    return len(word.text) == 1 and word.text.isalpha()


def _next_letter(last: PdfWord, word: PdfWord) -> bool:
    gap = word.x0 - last.x1
    return (
        abs(word.top - last.top) <= SAME_LINE
        and word.size == last.size
        and 0 <= gap <= MAX_LETTER_GAP * max(1.0, word.size)
    )


def _words_of(run: list[PdfWord]) -> list[PdfWord]:
    """The run's letters joined into words, parted where a gap is much wider."""
    gaps = [b.x0 - a.x1 for a, b in pairwise(run)]
    usual = median(gaps)
    words: list[list[PdfWord]] = [[run[0]]]
    for gap, letter in zip(gaps, run[1:], strict=True):
        if usual > 0 and gap > WORD_BREAK * usual:
            words.append([letter])
        else:
            words[-1].append(letter)
    out: list[PdfWord] = []
    for letters in words:
        # a word longer than any English word is words whose spaces the spacing hid
        # ("I N S U R A N C E C O M P A N Y", set at an even pitch): left as it was
        out.extend(letters if len(letters) > MAX_WORD else [_merged(letters)])
    return out


def _merged(letters: list[PdfWord]) -> PdfWord:
    first = letters[0]
    return PdfWord(
        text="".join(letter.text for letter in letters),
        x0=first.x0,
        x1=letters[-1].x1,
        top=min(letter.top for letter in letters),
        bottom=max(letter.bottom for letter in letters),
        size=first.size,
        bold=first.bold,
        colour=first.colour,
        hidden=first.hidden,
        light=first.light,
    )
