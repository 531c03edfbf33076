"""Cross-reference density (P106) and ALL-CAPS passages (P107).

"Subject to clause 9 and as defined in Section 4.2(b)" sends the reader away twice in
one sentence; capitals remove word shapes and slow reading, so a passage in capitals
is harder to read, not more emphatic."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule
from clarity.text.matching import find_in_spans

_CAPS_WORD = re.compile(r"[^\W\d_]{2,}|[^\W\d_]\b")
_LETTER = re.compile(r"[^\W\d_]")

CROSS_REFERENCES = builtin_rule("P106")
ALL_CAPS = builtin_rule("P107")


class LayoutCheck(Check):
    rules = (CROSS_REFERENCES, ALL_CAPS)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        lex = ctx.ruleset.lexicon("style")
        xref = lex.get("cross_references", {})
        patterns = [re.compile(p, re.IGNORECASE) for p in xref.get("patterns", [])]
        per_sentence = int(xref.get("per_sentence", 2))
        min_caps = int(lex.get("all_caps", {}).get("min_words", 4))
        text = ctx.text
        places = [(s.start, s.end) for s in ctx.sentences]
        references: dict[int, set[tuple[int, int]]] = {}  # by sentence
        for _, index, m in find_in_spans(patterns, text, places):
            references.setdefault(index, set()).add(m.span())
        caps = _caps_candidates(text)
        total = 0
        first: tuple[int, int] | None = None
        for index, sentence in enumerate(ctx.sentences):
            start, end = sentence.start, sentence.end
            chunk = text[start:end]
            spans = sorted(references.get(index, ()))
            if not sentence.is_heading:
                total += len(spans)
                if spans and first is None:
                    first = (sentence.start + spans[0][0], sentence.start + spans[0][1])
                if len(spans) >= per_sentence:
                    refs = ", ".join(chunk[a:b] for a, b in spans)
                    yield ctx.finding(
                        CROSS_REFERENCES,
                        sentence.start,
                        sentence.end,
                        message=f"{len(spans)} cross-references in one sentence ({refs})",
                        suggestion="say what the referenced part says, in place",
                        data={"references": len(spans)},
                    )
            if bisect_left(caps, end) - bisect_left(caps, start) >= min_caps or _cut(
                text, chunk, start
            ):
                yield from _caps(ctx, sentence.start, chunk, min_caps)
        limit = float(xref.get("per_thousand_words", 10))
        words = max(ctx.word_count, 1)
        if first and words >= 100 and total * 1000 / words > limit:
            yield ctx.finding(
                CROSS_REFERENCES,
                *first,
                message=f"{total} cross-references in {words} words "
                f"({total * 1000 / words:.1f} per 1,000; limit {limit:g})",
                suggestion="repeat short rules where they apply instead of pointing to them",
            )


def _caps(ctx: Analysed, base: int, chunk: str, min_words: int) -> Iterable[Finding]:
    if sum(map(str.isupper, _CAPS_WORD.findall(chunk))) < min_words:
        return  # too few words in capitals for a run: the common case, decided in C
    run: list[re.Match[str]] = []
    for m in [*_CAPS_WORD.finditer(chunk), None]:
        if m is not None and m.group().isupper():
            run.append(m)
            continue
        if len(run) >= min_words:
            yield ctx.finding(
                ALL_CAPS,
                base + run[0].start(),
                base + run[-1].end(),
                message=f"{len(run)} words in capitals are hard to read",
                suggestion="write it in normal case; use bold for emphasis",
            )
        run = []


def _caps_candidates(text: str) -> list[int]:
    """Starts of the text's possible words in capitals, ascending.

    A word in capitals (``str.isupper``) is a letter run with no lowercase letter, so it
    lies in a run of such letters that is two or more long, or one letter not followed
    by another. Title-case words are neither, so most sentences have fewer candidates
    than ``min_words`` and are not walked word by word. The class lists the letters this
    text uses, so the scan stays in C."""
    letters = "".join(sorted(c for c in set(text) if _LETTER.match(c) and not c.islower()))
    if not letters:
        return []
    cls = f"[{re.escape(letters)}]"
    runs = re.finditer(rf"{cls}(?:{cls}+|(?![^\W\d_]))", text)  # cls{2,} | cls alone
    return [m.start() for m in runs]


def _cut(text: str, chunk: str, start: int) -> bool:
    """True when the sentence may begin or end inside a word, where a run of capitals
    would be counted across its edge; letters are alphanumeric, so non-alphanumeric
    edge characters settle it (the common case, tried first)."""
    end = start + len(chunk)
    head = chunk[:1].isalnum() and start > 0 and text[start - 1].isalnum()
    return head or (chunk[-1:].isalnum() and end < len(text) and text[end].isalnum())
