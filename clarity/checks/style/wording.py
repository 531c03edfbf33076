"""Hidden verbs (P102 English, P502 Finnish) and negation/exception chains (P103, P503).

"make a payment" says "pay" in three words and moves the action into a noun;
"not ... unless ... except" makes the reader compute a truth table."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.rules.packs import RuleSet, builtin_rule, stem_pattern
from clarity.text.matching import casefold_safe, find_in_spans, lowercase

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

NOMINAL_EN = builtin_rule("P102")
NOMINAL_FI = builtin_rule("P502")
NEGATION_EN = builtin_rule("P103")
NEGATION_FI = builtin_rule("P503")


class WordingCheck(Check):
    rules = (NOMINAL_EN, NOMINAL_FI, NEGATION_EN, NEGATION_FI)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        lex = _Lexicon.of(ctx.ruleset)
        en = ctx.language == "en"
        rule = NOMINAL_EN if en else NOMINAL_FI
        text = ctx.text
        lowered_text = lowercase(text)
        safe = casefold_safe(text, lowered_text)
        body = [i for i, sentence in enumerate(ctx.sentences) if not sentence.is_heading]
        spans = [(ctx.sentences[i].start, ctx.sentences[i].end) for i in body]
        pair_hits: dict[int, list[tuple[int, int, str]]] = {}
        found = find_in_spans([pattern for pattern, _ in lex.pairs], text, spans)
        for pair, at, m in found:
            pair_hits.setdefault(body[at], []).append((m.start(), m.end(), lex.pairs[pair][1]))
        for index in body:
            sentence = ctx.sentences[index]
            chunk = text[sentence.start : sentence.end]
            lowered = lowered_text[sentence.start : sentence.end] if safe else chunk.lower()
            # Lowercasing keeps letters letters (tests/checks/test_wording_fast.py), so on
            # casefold-safe text the lowered chunk's words are the lowered words.
            lowered_words = (
                _WORD.findall(lowered) if safe else list(map(str.lower, _WORD.findall(chunk)))
            )
            hits = pair_hits.get(index, [])
            if en:
                hits += _empty_verb_nouns(chunk, lowered_words, lex)
            else:
                hits += _minen_chains(chunk, lex)
            taken: list[tuple[int, int]] = []
            for lo, hi, verb in sorted(hits):
                if any(lo < b and a < hi for a, b in taken):
                    continue
                taken.append((lo, hi))
                phrase = chunk[lo:hi]
                message = (
                    f'"{phrase}" hides the verb; write "{verb}"'
                    if en
                    else f'"{phrase}" kätkee verbin; kirjoita "{verb}"'
                )
                yield ctx.finding(
                    rule, sentence.start + lo, sentence.start + hi, message=message, data={}
                )
            yield from _negation(ctx, sentence.start, chunk, lowered, lowered_words, lex, en)


@dataclass(frozen=True)
class _Lexicon:
    """The style lexicon's word lists as sets and compiled patterns, built once per rule set."""

    pairs: tuple[tuple[re.Pattern[str], str], ...]
    """(pattern, verb) per nominalisation pair."""
    empty_verbs: frozenset[str]
    skip: frozenset[str]
    suffixes: tuple[str, ...]
    minen: re.Pattern[str] | None
    window: int
    negative: frozenset[str]
    exceptions: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def of(cls, ruleset: RuleSet) -> _Lexicon:
        cached = _CACHE.get(id(ruleset))
        if cached is not None and cached[0] is ruleset:
            return cached[1]
        lexicon = cls.build(ruleset.lexicon("style"))
        _CACHE[id(ruleset)] = (ruleset, lexicon)
        return lexicon

    @classmethod
    def build(cls, lex: dict) -> _Lexicon:  # type: ignore[type-arg]
        nominal = lex.get("nominalisations", {})
        negation = lex.get("negation", {})
        pairs = [(stem_pattern(phrase), verb) for phrase, verb in nominal.get("pairs", {}).items()]
        minen = nominal.get("minen_pattern")
        return cls(
            pairs=tuple(pairs),
            empty_verbs=frozenset(nominal.get("empty_verbs", [])),
            skip=frozenset(nominal.get("skip", [])),
            suffixes=tuple(nominal.get("suffixes", [])),
            minen=re.compile(minen, re.IGNORECASE) if minen else None,
            window=int(nominal.get("chain_window", 3)),
            negative=frozenset(negation.get("negative", [])),
            exceptions=tuple(
                (phrase, re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)"))
                for phrase in negation.get("exception", [])
            ),
        )


_CACHE: dict[int, tuple[RuleSet, _Lexicon]] = {}


def _empty_verb_nouns(chunk: str, lowered: list[str], lex: _Lexicon) -> list[tuple[int, int, str]]:
    """Empty verb + noun pairs; ``lowered`` are the chunk's words, lowercased."""
    verbs, skip, suffixes = lex.empty_verbs, lex.skip, lex.suffixes
    if verbs.isdisjoint(lowered):
        return []
    words = list(_WORD.finditer(chunk))
    out = []
    for i, m in enumerate(words):
        if lowered[i] not in verbs:
            continue
        for j, n in enumerate(words[i + 1 : i + 4], start=i + 1):
            w = lowered[j]
            if w in skip:
                continue
            stem = w[:-1] if w.endswith("s") else w
            if stem.endswith(suffixes) and len(stem) > 6:
                out.append((m.start(), n.end(), f"the verb behind '{n.group()}'"))
            break
    return out


def _minen_chains(chunk: str, lex: _Lexicon) -> list[tuple[int, int, str]]:
    minen = lex.minen
    if minen is None:
        return []
    words = list(_WORD.finditer(chunk))
    marks = [i for i, m in enumerate(words) if minen.fullmatch(m.group())]
    out = []
    for a, b in pairwise(marks):
        if b - a <= lex.window:
            out.append((words[a].start(), words[b].end(), "verbi (esim. ilmoita, maksa)"))
    return out


def _negation(
    ctx: Analysed,
    base: int,
    chunk: str,
    lowered: str,
    lowered_words: list[str],
    lex: _Lexicon,
    en: bool,
) -> Iterable[Finding]:
    negative = sum(map(lex.negative.__contains__, lowered_words))
    if en:
        negative += lowered.count("n't")
    exceptions = 0
    for phrase, pattern in lex.exceptions:
        if phrase in lowered:  # the pattern is the phrase itself, between non-letters
            exceptions += len(pattern.findall(lowered))
    if negative >= 2 or (negative >= 1 and exceptions >= 2) or exceptions >= 3:
        rule = NEGATION_EN if en else NEGATION_FI
        what = f"{negative} negatives, {exceptions} exceptions"
        message = (
            f"negation chain ({what}); state the rule positively"
            if en
            else f"kieltoketju ({negative} kieltoa, {exceptions} poikkeusta); sano myönteisesti"
        )
        yield ctx.finding(rule, base, base + len(chunk), message=message)
