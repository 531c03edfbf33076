"""Passive voice without an actor (P101 English, P501 Finnish): the reader cannot tell
who must act ("Claims must be reported" - by whom?). The message shows the active
pattern to write instead.

Not every passive hides someone the reader needs. Left alone:
- an event whose actor is unknown or beside the point, by its nature ("if your car is
  stolen", "having been damaged"): naming a thief or a storm adds nothing
  (``agentless`` in rules/en/style.yml), and any passive after "having";
- a passive inside an exclusion (``Analysed.exclusion_spans``): "Loss is not covered if
  the car is left unlocked" excludes the loss whoever left it; naming "you" would narrow
  the exclusion and so widen the cover.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache
from itertools import islice

from clarity.checks.base import Analysed, Check
from clarity.core.findings import Finding
from clarity.rules.packs import builtin_rule
from clarity.text.matching import find_in_spans

PASSIVE_EN = builtin_rule("P101")
PASSIVE_FI = builtin_rule("P501")


_ACTOR_WORD = re.compile(r"[A-Za-z']+")


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
        agentless = set(lex.get("agentless", []))
        window = int(lex.get("actor_window", 6))
        body = [s for s in ctx.sentences if not s.is_heading]
        spans = [(s.start, s.end) for s in body]
        excluded = _Spans(ctx.exclusion_spans())
        for _, index, m in find_in_spans([pattern], ctx.text, spans):
            word = m.group(3).lower()
            regular = word.endswith("ed") and len(word) > 4
            if not (regular or word in irregular) or word in adjectives or word in agentless:
                continue
            after = islice(_ACTOR_WORD.finditer(m.string, m.end()), window)
            if any(w.group().lower() in actors for w in after):
                continue
            if _after_having(m.string, m.start()):
                continue
            base = body[index].start
            if excluded.holds(base + m.start()):
                continue
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
        seen: set[int] = set()
        excluded = _Spans(ctx.exclusion_spans())
        for sentence in ctx.sentences:
            if sentence.is_heading or excluded.holds(sentence.start):
                continue
            chunk = text[sentence.start : sentence.end]
            for pattern in patterns:
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


_HAVING = re.compile(r"\bhaving\s+$", re.IGNORECASE)


def _after_having(chunk: str, start: int) -> bool:
    """ "having been stolen": a perfect participle clause describing what happened."""
    return bool(_HAVING.search(chunk[max(0, start - 12) : start]))


class _Spans:
    """Sorted, possibly overlapping spans; ``holds`` says whether an offset is in one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        reach = 0
        self.reach: list[int] = []  # the furthest end among spans[: i + 1]
        for _, end in self.spans:
            reach = max(reach, end)
            self.reach.append(reach)

    def holds(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and self.reach[index] > offset


@cache
def _fi_patterns(sources: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(source, re.IGNORECASE) for source in sources)


def word_to_active(participle: str) -> str:
    """A readable hint of the active verb: 'reported' -> 'report', else the participle."""
    if participle.endswith("ied"):
        return participle[:-3] + "y"
    if participle.endswith("ed"):
        stem = participle[:-2]
        return stem + "e" if stem.endswith(("at", "iz", "is", "us", "ov", "uc", "rc")) else stem
    return participle
