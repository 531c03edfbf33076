"""Passive voice without an actor (P101 English, P501 Finnish): the reader cannot tell
who must act ("Claims must be reported" - by whom?). The message shows the active
pattern to write instead."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import islice, pairwise

from clarity.checks.base import Analysed, Check
from clarity.findings import Finding
from clarity.rulemeta import RuleMeta, Severity
from clarity.sentences import Sentence

_WORD = re.compile(r"[A-Za-z']+")
Hit = tuple[int, int, re.Match[str]]
"""A match's start and end in the document text, and the match."""

PASSIVE_EN = RuleMeta(
    code="P101",
    name="passive-without-actor",
    severity=Severity.INFO,
    category="style",
    summary="Passive voice hides who acts; name the actor and use the active voice.",
    languages=("en",),
    description=(
        'A form of "be" followed by a past participle (regular -ed or an irregular one from '
        'rules/en/style.yml), with no "by ..." naming the actor within a few words.'
    ),
    plain=("we pay", "you must tell us"),
    fail_examples=(
        "Claims must be reported within 30 days.",
        "The premium is paid monthly.",
        "Your policy was not renewed.",
    ),
    pass_examples=(
        "You must report claims within 30 days.",
        "The premium is paid by direct debit by you each month.",
        "We are interested in your views.",
    ),
    origin=__name__,
)
PASSIVE_FI = RuleMeta(
    code="P501",
    name="passiivi",
    severity=Severity.INFO,
    category="style",
    summary="Passiivi kätkee tekijän; kerro, kuka tekee (me korvaamme, sinä ilmoitat).",
    languages=("fi",),
    description="Passiivimuodot kuten korvataan, ei korvata, on todettu ja X:n toimesta.",
    plain=("me korvaamme", "vakuutusyhtiö korvaa"),
    fail_examples=(
        "Vahinko korvataan vakuutusehtojen mukaan.",
        "Kuluja ei korvata.",
        "Vahinko on todettu tarkastuksessa.",
        "Tarkastus tehdään yhtiön toimesta.",
    ),
    pass_examples=("Me korvaamme vahingon.", "Yhtiö tarkastaa vahingon.", "Emme korvaa kuluja."),
    origin=__name__,
)


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
        text = ctx.text
        buckets = sentence_matches(pattern, text, ctx.sentences)
        for sentence, bucket in zip(ctx.sentences, buckets, strict=True):
            if sentence.is_heading:
                continue
            for start, end, m in _hits(pattern, text, sentence, bucket):
                word = m.group(3).lower()
                regular = word.endswith("ed") and len(word) > 4
                if not (regular or word in irregular) or word in adjectives:
                    continue
                after = islice(_WORD.finditer(text, end, sentence.end), window)
                if any(w.group().lower() in actors for w in after):
                    continue
                phrase = m.group(0)
                yield ctx.finding(
                    PASSIVE_EN,
                    start,
                    end,
                    message=f'passive "{phrase}" does not say who acts; '
                    f'write "<who> {word_to_active(word)} ..." (e.g. "we ...", "you must ...")',
                    suggestion="name the actor and use the active voice",
                    data={"participle": word},
                )

    def _finnish(self, ctx: Analysed) -> Iterable[Finding]:
        lex = ctx.ruleset.lexicon("style").get("passive", {})
        skip = set(lex.get("not_passive", []))
        patterns = [re.compile(p, re.IGNORECASE) for p in lex.get("patterns", [])]
        text = ctx.text
        buckets = [sentence_matches(p, text, ctx.sentences) for p in patterns]
        seen: set[int] = set()
        for i, sentence in enumerate(ctx.sentences):
            if sentence.is_heading:
                continue
            for pattern, bucket in zip(patterns, buckets, strict=True):
                for start, end, m in _hits(pattern, text, sentence, bucket[i]):
                    last = m.group(0).split()[-1].lower()
                    if last in skip or start in seen:
                        continue
                    seen.add(start)
                    yield ctx.finding(
                        PASSIVE_FI,
                        start,
                        end,
                        message=f'passiivi "{m.group(0)}" ei kerro tekijää; kirjoita '
                        '"<tekijä> + aktiivi" (esim. "me korvaamme", "sinä ilmoitat")',
                        suggestion="kerro, kuka tekee",
                    )


def word_to_active(participle: str) -> str:
    """A readable hint of the active verb: 'reported' -> 'report', else the participle."""
    if participle.endswith("ied"):
        return participle[:-3] + "y"
    if participle.endswith("ed"):
        stem = participle[:-2]
        return stem + "e" if stem.endswith(("at", "iz", "is", "us", "ov", "uc", "rc")) else stem
    return participle


def _hits(
    pattern: re.Pattern[str], text: str, sentence: Sentence, bucket: list[Hit] | None
) -> list[Hit]:
    """The sentence's matches: from the whole-text scan, or searched in it alone."""
    if bucket is not None:
        return bucket
    base = sentence.start
    chunk = text[base : sentence.end]
    return [(base + m.start(), base + m.end(), m) for m in pattern.finditer(chunk)]


def sentence_matches(
    pattern: re.Pattern[str], text: str, sentences: Sequence[Sentence]
) -> list[list[Hit] | None]:
    """Per sentence, what ``pattern.finditer`` on the sentence alone finds, from one scan
    of the whole text; None for a sentence that must be searched alone.

    A match inside one sentence is found alike in either scan, except where the sentence
    edge cuts a word (``\\b`` there differs) or a whole-text match runs over an edge
    (it may hide or replace the sentence's own): those sentences are searched alone."""
    if any(a.end > b.start for a, b in pairwise(sentences)):
        return [None] * len(sentences)  # overlapping or unordered: no buckets
    starts = [s.start for s in sentences]
    out: list[list[Hit] | None] = [
        None if _cuts_word(text, s.start) or _cuts_word(text, s.end) else [] for s in sentences
    ]
    for m in pattern.finditer(text):
        a, b = m.span()
        i = bisect_right(starts, a) - 1
        if i >= 0 and b <= sentences[i].end:
            bucket = out[i]
            if bucket is not None and a < sentences[i].end:
                bucket.append((a, b, m))
            continue
        j = max(i, 0)  # over an edge: every sentence it touches is searched alone
        while j < len(sentences) and starts[j] < b:
            if sentences[j].end > a:
                out[j] = None
            j += 1
    return out


def _cuts_word(text: str, at: int) -> bool:
    """True when ``at`` falls between two word characters (``re``'s ``\\w``)."""
    if not 0 < at < len(text):
        return False
    pair = text[at - 1 : at + 1]
    return pair.replace("_", "a").isalnum()
