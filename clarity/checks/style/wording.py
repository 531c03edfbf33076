"""Hidden verbs (P102 English, P502 Finnish) and negation/exception chains (P103, P503).

"make a payment" says "pay" in three words and moves the action into a noun;
"not ... unless ... except" makes the reader compute a truth table."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.rules.packs import RuleSet, builtin_rule, stem_pattern
from clarity.text.literalscan import UNSAFE_CHARS, casefold_safe, lowercase
from clarity.text.prefilter import required_literal

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
        # Skipping a pair whose literal is absent is exact only when lowercasing is.
        lowered_text = lowercase(text)
        skip_absent = casefold_safe(text, lowered_text)
        pairs = lex.pairs
        everywhere: tuple[_Pair, ...] = ()
        where: dict[int, tuple[_Pair, ...]] = {}
        if skip_absent:  # a literal absent from the text is absent from every sentence
            pairs = tuple(p for p in pairs if p[2] is None or p[2] in lowered_text)
            everywhere = tuple(p for p in pairs if p[2] is None)
            where = _sentences_holding(ctx, lowered_text, pairs)
        for index, sentence in enumerate(ctx.sentences):
            if sentence.is_heading:
                continue
            chunk = text[sentence.start : sentence.end]
            lowered = lowered_text[sentence.start : sentence.end] if skip_absent else chunk.lower()
            # Lowercasing keeps letters letters (tests/test_wording_fast.py), so on
            # casefold-safe text the lowered chunk's words are the lowered words.
            lowered_words = (
                _WORD.findall(lowered)
                if skip_absent
                else list(map(str.lower, _WORD.findall(chunk)))
            )
            hits: list[tuple[int, int, str]] = []
            here = everywhere + where.get(index, ()) if skip_absent else pairs
            for pattern, verb, _literal in here:
                hits += [(m.start(), m.end(), verb) for m in pattern.finditer(chunk)]
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


_Pair = tuple[re.Pattern[str], str, str | None]


def _sentences_holding(
    ctx: Analysed, lowered_text: str, pairs: tuple[_Pair, ...]
) -> dict[int, tuple[_Pair, ...]]:
    """Sentence index -> the pairs whose literal lies inside that sentence.

    The same as testing ``literal in sentence.lower()`` for every sentence and pair
    (``lowered_text`` must be casefold-safe), but one ``str.find`` walk per literal
    over the text instead of a substring test per sentence per pair.
    """
    starts = ctx._sentence_starts
    sentences = ctx.sentences
    found: dict[int, list[_Pair]] = {}
    for pair in pairs:
        literal = pair[2]
        if literal is None:
            continue
        last = -1
        at = lowered_text.find(literal)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            if index != last and index >= 0 and at + len(literal) <= sentences[index].end:
                found.setdefault(index, []).append(pair)
                last = index
            at = lowered_text.find(literal, at + 1)
    return {index: tuple(held) for index, held in found.items()}


@dataclass(frozen=True)
class _Lexicon:
    """The style lexicon's word lists as sets and compiled patterns, built once per rule set."""

    pairs: tuple[tuple[re.Pattern[str], str, str | None], ...]
    """(pattern, verb, the literal every match contains) per nominalisation pair."""
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
        pairs = []
        for phrase, verb in nominal.get("pairs", {}).items():
            pattern = stem_pattern(phrase)
            literal = required_literal(pattern.pattern, re.IGNORECASE)
            if literal is not None and not UNSAFE_CHARS.isdisjoint(literal):
                literal = None
            pairs.append((pattern, verb, literal))
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
