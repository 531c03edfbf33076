"""Statutory Flesch Reading Ease tests for US insurance policies.

The statutes (Florida s. 627.4145 and the NAIC model act most states follow)
fix a counting method that differs from the one behind clarity's readability
metrics (clarity/checks/readability/english.py), so this module counts by those rules, and
records every piece of text it left out:

* score = 206.835 - 1.015 x (words / sentences) - 84.6 x (syllables / words);
* a contraction, a hyphenated word, or numbers and letters separated by spaces
  ("4 b", "10 A 2") are one word;
* a sentence ends with a period, semicolon or colon (also ? and !); a period
  after an abbreviation or inside a number does not end one, and text without
  an ending runs on into the next block;
* headings and captions are not sentences (Minnesota also leaves out lists);
* syllables are the dictionary's (CMU); with two pronunciations, the fewer;
* not counted: the insurer's name and address, policy number, title (a
  heading), table of contents or index, specification pages, schedules,
  tables, captions and subcaptions, medical terminology;
* over 10,000 words, two 200-word samples per page are scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from clarity.checks.readability.english import hyphenator, pronunciation_syllables

if TYPE_CHECKING:
    from clarity.checks.context import Analysed
    from clarity.core.document import Document
    from clarity.core.settings import Settings

_TOKEN = re.compile(r"\S+")
_HAS_ALNUM = re.compile(r"[^\W_]")
_NUMBER_OR_LETTER = re.compile(r"^[(\[]?(?:\d[\d.,/]*|[A-Za-z])[)\].,;:]?$")
_ENDS = re.compile(r"[.;:?!][\"'”’)\]]*$")
_DIRECTIVE = re.compile(r"^\s*clarity\s*:\s*jurisdiction\s*=\s*([\w-]+)\s*$", re.IGNORECASE)
PAGE_WORDS = 500
"""Words per page when the source has no pages (text, Markdown): an assumption."""


@dataclass
class Word:
    text: str
    start: int
    end: int
    syllables: int
    in_dictionary: bool
    sentence_end: bool
    page: int


@dataclass
class StatutoryCount:
    words: list[Word] = field(default_factory=list)
    excluded: list[dict[str, Any]] = field(default_factory=list)
    medical: int = 0


def jurisdictions(settings: Settings) -> dict[str, dict[str, Any]]:
    from clarity.rules.packs import load_rulesets

    lexicon = load_rulesets(tuple(settings.rules))["en"].lexicon("statutory")
    return dict(lexicon.get("jurisdictions", {}))


def jurisdiction_of(ctx: Analysed) -> str | None:
    """The --jurisdiction setting, else a ``clarity: jurisdiction=us-fl`` comment."""
    if ctx.settings.jurisdiction:
        return ctx.settings.jurisdiction
    for _, body in ctx.document.comments:
        match = _DIRECTIVE.match(body)
        if match:
            return match.group(1).lower()
    return None


def word_syllables(word: str) -> tuple[int, bool]:
    """(syllables, found in the dictionary); hyphenated parts are added up."""
    total = 0
    found = True
    for part in re.split(r"[-‐–]", word):
        core = re.sub(r"^[^\w']+|[^\w']+$", "", part.replace("’", "'")).lower()
        if not core:
            continue
        counts = pronunciation_syllables(core)
        if counts:
            total += min(counts)
        elif core.isdigit():
            total += max(1, len(core))  # unknown numbers: one syllable per digit, at least 1
            found = False
        else:
            total += len(hyphenator().positions(core)) + 1
            found = False
    return max(total, 1), found


def _excluded_block(ctx: Analysed, index: int, rules: dict[str, Any], lists: bool) -> str | None:
    block = ctx.document.blocks[index]
    if block.kind == "heading":
        return "heading"
    if block.kind == "caption":
        return "caption"
    if block.kind == "table_cell":
        return "table"
    if block.kind == "list_item" and lists:
        return "list (Minnesota)"
    heads = tuple(h.lower() for h in rules.get("excluded_headings", []))
    for title in block.section_path:
        lowered = title.strip().lower()
        if any(lowered == h or lowered.startswith(h + " ") for h in heads):
            return f"under heading '{title}'"
    text = ctx.document.text[block.start : block.end]
    for pattern in rules.get("excluded_line_patterns", []):
        if re.search(pattern, text):
            return "insurer name/address or policy number"
    return None


def count(ctx: Analysed, rules: dict[str, Any], exclude_lists: bool) -> StatutoryCount:
    out = StatutoryCount()
    document: Document = ctx.document
    text = document.text
    medical = tuple(rules.get("medical_stems", []))
    abbreviations = {
        a.lower().rstrip(".") for a in ctx.ruleset.lexicon("language").get("abbreviations", [])
    }
    words_seen = 0
    for index, block in enumerate(document.blocks):
        reason = _excluded_block(ctx, index, rules, exclude_lists)
        if reason:
            line, _ = document.line_col(block.start)
            excerpt = " ".join(text[block.start : block.end].split())
            out.excluded.append(
                {
                    "start": block.start,
                    "end": block.end,
                    "line": line,
                    "reason": reason,
                    "excerpt": excerpt[:60],
                }
            )
            continue
        tokens = [m for m in _TOKEN.finditer(text, block.start, block.end)]
        i = 0
        while i < len(tokens):
            token = tokens[i]
            raw = token.group()
            if block.marker and token.start() == _marker_start(text, block) and raw == block.marker:
                i += 1
                continue
            if not _HAS_ALNUM.search(raw):
                i += 1
                continue
            j = _number_group_end(tokens, i)
            group = tokens[i : j + 1]
            word_text = text[group[0].start() : group[-1].end()]
            last = group[-1].group()
            core = re.sub(r"[^\w'’-]+$", "", word_text).lower()
            if medical and any(core.startswith(stem) for stem in medical):
                out.medical += 1
                out.excluded.append(
                    {
                        "start": group[0].start(),
                        "end": group[-1].end(),
                        "line": document.line_col(group[0].start())[0],
                        "reason": "medical terminology",
                        "excerpt": word_text[:60],
                    }
                )
                i = j + 1
                continue
            if len(group) > 1:
                syllables, found = len(group), True
            else:
                syllables, found = word_syllables(word_text)
            ends = bool(_ENDS.search(last)) and not _abbreviation(last, abbreviations)
            page = block.page if block.page is not None else words_seen // PAGE_WORDS + 1
            out.words.append(
                Word(word_text, group[0].start(), group[-1].end(), syllables, found, ends, page)
            )
            words_seen += 1
            i = j + 1
    return out


def _number_group_end(tokens: list[re.Match[str]], i: int) -> int:
    """Index of the last token of a numbers-and-letters group starting at ``i`` ("4 b",
    "10 A 2"); ``i`` itself when the tokens there are not such a group."""
    j = i
    while (
        _NUMBER_OR_LETTER.match(tokens[j].group())
        and j + 1 < len(tokens)
        and _NUMBER_OR_LETTER.match(tokens[j + 1].group())
        and not _ENDS.search(tokens[j].group())
    ):
        j += 1
    group = [t.group() for t in tokens[i : j + 1]]
    if j > i and any(ch.isdigit() for g in group for ch in g):
        return j
    return i


def _marker_start(text: str, block) -> int:  # type: ignore[no-untyped-def]
    start = block.start
    while start < block.end and text[start].isspace():
        start += 1
    return start


def _abbreviation(token: str, abbreviations: set[str]) -> bool:
    if not token.endswith("."):
        return False
    core = token.rstrip(".").lstrip("([\"'").lower()
    return core in abbreviations
