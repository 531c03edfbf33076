"""Defined terms (P104 too many, P105 used long before the definition) and undefined
acronyms (P108). Each defined term is a small memory test for the reader; a term
used before it is defined, or an acronym never spelt out, fails that test.

Two uses pass it by design. In a definitions list, terms come in alphabetical order,
so one definition may use a term defined further down the same list: the reader is
already in the glossary. And an all-capital name (an insurer's brand "AXA", "PO Box")
is not an acronym to spell out: it is never written out anywhere, and it is used as a
name (possessive, before another capitalised word, or in the document's first line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule
from clarity.text.matching import find_in_spans, search
from clarity.text.sentences import WordIndex

_ACRONYM = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,6})(?:s|:\w+)?(?![\w-])")

TOO_MANY_TERMS = builtin_rule("P104")
USED_BEFORE_DEFINED = builtin_rule("P105")
UNDEFINED_ACRONYM = builtin_rule("P108")


def defined_terms(ctx: Analysed) -> list[tuple[str, int, int]]:
    """(term, start, end) of every definition, in document order."""
    lex = ctx.ruleset.lexicon("style").get("defined_terms", {})
    out: dict[str, tuple[str, int, int]] = {}
    for raw in lex.get("patterns", []):
        for m in re.finditer(raw, ctx.text):
            term = " ".join(m.group(1).split())
            out.setdefault(term.lower(), (term, m.start(1), m.end(1)))
    return sorted(out.values(), key=lambda t: t[1])


class DefinedTermsCheck(Check):
    rules = (TOO_MANY_TERMS, USED_BEFORE_DEFINED, UNDEFINED_ACRONYM)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        lex = ctx.ruleset.lexicon("style")
        terms = defined_terms(ctx)
        limits = lex.get("defined_terms", {})
        limit = int(limits.get("max_terms", 12))
        if len(terms) > limit:
            _, start, end = terms[0]
            yield ctx.finding(
                TOO_MANY_TERMS,
                start,
                end,
                message=f"{len(terms)} defined terms (more than {limit}); "
                "readers cannot hold them all",
                suggestion="define fewer terms; use everyday words instead",
                data={"terms": [t for t, _, _ in terms]},
            )
        gap = int(limits.get("before_words", 200))
        text = ctx.text
        words = WordIndex(text)
        glossaries = definition_lists(ctx, terms, words)
        plain_terms = {w.lower() for w in limits.get("self_explanatory", [])}
        for term, start, _ in terms:
            if set(term.lower().split()) <= plain_terms:
                continue  # "We", "You or Your": understood before they are defined
            flags = 0 if term[:1].isupper() else re.IGNORECASE
            used = re.compile(rf"(?<![\w\"“]){re.escape(term)}(?![\w\"”])", flags)
            # the first use before the definition, as a search of text[:start] finds it
            first = search(used, text, start)
            if first is None:
                continue
            between = words.count(first.end(), start)
            if between > gap and not _same_list(glossaries, first.start(), start):
                yield ctx.finding(
                    USED_BEFORE_DEFINED,
                    first.start(),
                    first.end(),
                    message=f'"{term}" is used {between} words before it is defined '
                    f"(line {ctx.document.line_col(start)[0]})",
                    suggestion="define it before its first use, or where it is used",
                )
        yield from _acronyms(ctx, set(lex.get("acronyms", {}).get("known", [])))


def definition_lists(
    ctx: Analysed, terms: list[tuple[str, int, int]], words: WordIndex
) -> list[tuple[int, int]]:
    """(start, end) of each run of at least ``list_min`` definitions in alphabetical
    order of their first letters (a glossary may put "Injury" before "Illness"), each
    within ``list_gap`` words of the one before (rules/<lang>/style.yml): a definitions
    list. It ends with the block of its last definition."""
    limits = ctx.ruleset.lexicon("style").get("defined_terms", {})
    least = int(limits.get("list_min", 3))
    gap = int(limits.get("list_gap", 400))
    runs: list[list[int]] = []
    last_term = ""
    for term, start, _ in terms:
        key = term.casefold()[:1]
        if runs and key >= last_term and words.count(runs[-1][-1], start) <= gap:
            runs[-1].append(start)
        else:
            runs.append([start])
        last_term = key
    out = []
    for run in runs:
        if len(run) >= least:
            block = ctx.document.block_at(run[-1])
            end = block.end if block is not None else run[-1]
            out.append((run[0], end))
    return out


def _same_list(lists: list[tuple[int, int]], use: int, definition: int) -> bool:
    return any(start <= use < end and start <= definition < end for start, end in lists)


def _acronyms(ctx: Analysed, known: set[str]) -> Iterable[Finding]:
    text = ctx.text
    lexicon = ctx.ruleset.lexicon("language")
    words = {w.lower() for w in lexicon.get("stopwords", [])}
    opening = _title(ctx)
    seen: set[str] = set()
    body = [s for s in ctx.sentences if not s.is_heading]
    spans = [(s.start, s.end) for s in body]
    for _, index, m in find_in_spans([_ACRONYM], text, spans):
        word = m.group(1)
        if word in seen or word in known:
            continue
        seen.add(word)
        if _caps_run(m.string, m.start(1), m.end(1)) or _spelt_out(text, word):
            continue
        if word.lower() in words or _ROMAN.fullmatch(word) or _name(text, word, opening):
            continue
        base = body[index].start
        yield ctx.finding(
            UNDEFINED_ACRONYM,
            base + m.start(1),
            base + m.end(1),
            message=f'"{word}" is not spelt out anywhere',
            suggestion=f"write it in full the first time, then ({word})",
        )


def _caps_run(chunk: str, start: int, end: int) -> bool:
    """True inside an ALL-CAPS passage (P107's business, not an acronym)."""
    before = re.findall(r"[^\W\d_]+", chunk[:start])[-1:]
    after = re.findall(r"[^\W\d_]+", chunk[end:])[:1]
    return any(w.isupper() and len(w) > 1 for w in before + after)


def _title(ctx: Analysed) -> str:
    """The document's first line when it reads as a title: one of several blocks, and
    not ending like a sentence."""
    if len(ctx.document.blocks) < 2:
        return ""
    line = ctx.text[slice(*ctx.opening_span)].strip()
    return "" if line.endswith((".", "!", "?", ":", ";")) else line


_CAPITALISED = r"[A-ZÅÄÖ][a-zåäö]"
_ROMAN = re.compile(r"[IVXLC]+")
"""Section II, Grade III: numbers, not acronyms."""


def _name(text: str, word: str, opening: str) -> bool:
    """Whether an all-capital word is used as a name or a code: in the document's first
    line (its title), possessive ("AXA's"), before a capitalised word ("AXA Insurance",
    "PO Box", "HL Assurance"), or before a postcode or an amount ("NSW 2000", "CHF
    10,000")."""
    alone = rf"(?<![\w-]){re.escape(word)}"
    if re.search(alone + r"(?![\w-])", opening):
        return True
    used = re.compile(
        alone + rf"(?:['’]s\b|[ \t]+{_CAPITALISED}|[ \t]+\d{{4}}|[ \t]+\d{{1,3}}(?:,\d{{3}})+)"
    )
    return search(used, text) is not None


def _spelt_out(text: str, word: str) -> bool:
    if re.search(rf"\(\s*[\"“'‘]?{re.escape(word)}[\"”'’]?\s*\)", text):
        return True
    before = re.compile(rf"(?<!\w){re.escape(word)}\s*\([^)]{{4,}}\)")
    return search(before, text) is not None
