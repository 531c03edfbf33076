"""Passive voice without an actor (P101 English, P501 Finnish): the reader cannot tell
who must act ("Claims must be reported" - by whom?). The message shows the active
pattern to write instead."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import islice

from clarity.checks.base import Analysed, Check
from clarity.checks.exclusions.literals import holds_all, needs_of
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule
from clarity.text.literalscan import casefold_safe, finditer_in_spans, lowercase

PASSIVE_EN = builtin_rule("P101")
PASSIVE_FI = builtin_rule("P501")


_ACTOR_WORD = re.compile(r"[A-Za-z']+")


@cache
def _be_starts(be: tuple[str, ...]) -> re.Pattern[str]:
    """Where a passive can start, in lowercased text: the first word of a form of "be"
    before a space (``_en_pattern`` needs both), found by one scan with a fast
    first-letter skip. First words only, so that a match never covers the start of
    another (a pack's "has been" would hide "been"); a form with no word could
    start anywhere."""
    firsts = sorted({b.split()[0].lower() for b in be if b.split()})
    if not firsts or any(not b.split() for b in be):
        return re.compile("")  # every position is a candidate
    return re.compile("(?:" + "|".join(map(re.escape, firsts)) + r")(?=\s)")


@cache
def _en_pattern(be: tuple[str, ...], adverbs: tuple[str, ...]) -> re.Pattern[str]:
    be_alt = "|".join(map(re.escape, be))
    adv_alt = "|".join(map(re.escape, adverbs))
    return re.compile(rf"\b({be_alt})\s+((?:(?:{adv_alt})\s+){{0,2}})([A-Za-z]+)\b", re.IGNORECASE)


class PassiveCheck(Check):
    rules = (PASSIVE_EN, PASSIVE_FI)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        if ctx.language == "en":
            yield from self._english(ctx)
        else:
            yield from self._finnish(ctx)

    def _english(self, ctx: Analysed) -> Iterable[Finding]:
        lex = ctx.ruleset.lexicon("style").get("passive", {})
        pattern = _en_pattern(tuple(lex.get("be_forms", [])), tuple(lex.get("adverbs", [])))
        irregular = set(lex.get("irregular", []))
        adjectives = set(lex.get("adjectives", []))
        actors = set(lex.get("actor_words", ["by"]))
        window = int(lex.get("actor_window", 6))
        body = [s for s in ctx.sentences if not s.is_heading]
        spans = [(s.start, s.end) for s in body]
        found = finditer_in_spans(
            pattern, ctx.text, spans, _be_starts(tuple(lex.get("be_forms", [])))
        )
        for index, m in found:
            word = m.group(3).lower()
            regular = word.endswith("ed") and len(word) > 4
            if not (regular or word in irregular) or word in adjectives:
                continue
            after = islice(_ACTOR_WORD.finditer(m.string, m.end()), window)
            if any(w.group().lower() in actors for w in after):
                continue
            base = body[index].start
            phrase = m.group(0)
            yield ctx.finding(
                PASSIVE_EN,
                base + m.start(),
                base + m.end(),
                message=f'passive "{phrase}" does not say who acts; '
                f'write "<who> {word_to_active(word)} ..." (e.g. "we ...", "you must ...")',
                suggestion="name the actor and use the active voice",
                data={"participle": word},
            )

    def _finnish(self, ctx: Analysed) -> Iterable[Finding]:
        lex = ctx.ruleset.lexicon("style").get("passive", {})
        skip = set(lex.get("not_passive", []))
        patterns = _fi_patterns(tuple(lex.get("patterns", [])))
        text = ctx.text
        lowered_text = lowercase(text)
        safe = casefold_safe(text, lowered_text)
        seen: set[int] = set()
        for sentence in ctx.sentences:
            if sentence.is_heading:
                continue
            chunk = text[sentence.start : sentence.end]
            lowered = lowered_text[sentence.start : sentence.end] if safe else ""
            for pattern, needs in patterns:
                if safe and not holds_all(needs, lowered):
                    continue  # a literal every match holds is missing from the sentence
                for m in pattern.finditer(chunk):
                    last = m.group(0).split()[-1].lower()
                    if last in skip or sentence.start + m.start() in seen:
                        continue
                    seen.add(sentence.start + m.start())
                    yield ctx.finding(
                        PASSIVE_FI,
                        sentence.start + m.start(),
                        sentence.start + m.end(),
                        message=f'passiivi "{m.group(0)}" ei kerro tekijää; kirjoita '
                        '"<tekijä> + aktiivi" (esim. "me korvaamme", "sinä ilmoitat")',
                        suggestion="kerro, kuka tekee",
                    )


@cache
def _fi_patterns(
    sources: tuple[str, ...],
) -> tuple[tuple[re.Pattern[str], tuple[tuple[str, ...], ...]], ...]:
    """Each pattern with what every match of it holds (``needs_of``: one literal of
    each group, lowercase), so a sentence without them is not scanned: the Finnish
    patterns start with ``\\b\\w``, which ``re`` tries at every position."""
    return tuple(
        (
            re.compile(source, re.IGNORECASE),
            tuple(tuple(lit.text for lit in need) for need in needs_of(source, re.IGNORECASE)),
        )
        for source in sources
    )


def word_to_active(participle: str) -> str:
    """A readable hint of the active verb: 'reported' -> 'report', else the participle."""
    if participle.endswith("ied"):
        return participle[:-3] + "y"
    if participle.endswith("ed"):
        stem = participle[:-2]
        return stem + "e" if stem.endswith(("at", "iz", "is", "us", "ov", "uc", "rc")) else stem
    return participle
