"""Hidden verbs (P102 English, P502 Finnish) and negation/exception chains (P103, P503).

"make a payment" says "pay" in three words and moves the action into a noun;
"not ... unless ... except" makes the reader compute a truth table."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from clarity.checks.base import Analysed, Check
from clarity.findings import Finding
from clarity.packs import stem_pattern
from clarity.rulemeta import RuleMeta, Severity

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

NOMINAL_EN = RuleMeta(
    code="P102",
    name="hidden-verb",
    severity=Severity.INFO,
    category="style",
    summary='A verb hidden in a noun ("make a payment"); use the verb ("pay").',
    languages=("en",),
    description="Pairs and empty verbs (make, give, provide, perform ...) before a -tion, "
    "-ment, -ance/-ence noun come from rules/en/style.yml.",
    plain=("pay", "notify", "decide"),
    fail_examples=(
        "You must make a payment every month.",
        "You must provide notification of any change.",
        "We will perform an assessment of the damage.",
    ),
    pass_examples=("You must pay every month.", "Tell us about any change."),
    origin=__name__,
)
NOMINAL_FI = RuleMeta(
    code="P502",
    name="piiloverbi",
    severity=Severity.INFO,
    category="style",
    summary="Verbi piilossa substantiivissa (suorittaa maksu); käytä verbiä (maksaa).",
    languages=("fi",),
    description="Suorittaa/toimittaa/tapahtua + substantiivi ja -minen-ketjut "
    "(rules/fi/style.yml).",
    plain=("maksaa", "ilmoittaa"),
    fail_examples=(
        "Vakuutuksenottajan on suoritettava maksu eräpäivänä.",
        "Korvauksen maksu tapahtuu tilille.",
        "Vahingon ilmoittamisen laiminlyöminen voi vähentää korvausta.",
    ),
    pass_examples=("Maksa vakuutusmaksu eräpäivänä.", "Maksamme korvauksen tilillesi."),
    origin=__name__,
)
NEGATION_EN = RuleMeta(
    code="P103",
    name="negation-chain",
    severity=Severity.WARNING,
    category="style",
    summary="Double negative or a chain of exceptions; say it positively.",
    languages=("en",),
    description="Two negatives, or a negative with two exceptions, or three exceptions "
    "(not, no, never, unless, except, without ...) in one sentence.",
    fail_examples=(
        "We will not refuse a claim unless you do not tell us.",
        "We do not pay unless the loss is sudden, except where the damage is caused by frost.",
    ),
    pass_examples=(
        "We pay if the loss is sudden.",
        "We do not pay unless you tell us within 30 days.",
    ),
    origin=__name__,
)
NEGATION_FI = RuleMeta(
    code="P503",
    name="kieltoketju",
    severity=Severity.WARNING,
    category="style",
    summary="Kaksoiskielto tai poikkeusten ketju; sano asia myönteisesti.",
    languages=("fi",),
    fail_examples=(
        "Emme korvaa vahinkoa, ellei sitä ilmoiteta, paitsi jos vahinko on pieni.",
        "Vakuutus ei ole voimassa, ellei maksua ole maksettu.",
    ),
    pass_examples=("Korvaamme vahingon, jos ilmoitat siitä.", "Emme korvaa kulumista."),
    origin=__name__,
)


class WordingCheck(Check):
    rules = (NOMINAL_EN, NOMINAL_FI, NEGATION_EN, NEGATION_FI)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        lex = ctx.ruleset.lexicon("style")
        en = ctx.language == "en"
        nominal = lex.get("nominalisations", {})
        pairs = [(stem_pattern(k), v) for k, v in nominal.get("pairs", {}).items()]
        text = ctx.text
        for sentence in ctx.sentences:
            if sentence.is_heading:
                continue
            chunk = text[sentence.start : sentence.end]
            rule = NOMINAL_EN if en else NOMINAL_FI
            hits: list[tuple[int, int, str]] = []
            for pattern, verb in pairs:
                hits += [(m.start(), m.end(), verb) for m in pattern.finditer(chunk)]
            hits += _empty_verb_nouns(chunk, nominal) if en else _minen_chains(chunk, nominal)
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
            yield from _negation(ctx, sentence.start, chunk, lex.get("negation", {}), en)


def _empty_verb_nouns(chunk: str, lex: dict) -> list[tuple[int, int, str]]:
    verbs = set(lex.get("empty_verbs", []))
    skip = set(lex.get("skip", []))
    suffixes = tuple(lex.get("suffixes", []))
    words = list(_WORD.finditer(chunk))
    out = []
    for i, m in enumerate(words):
        if m.group().lower() not in verbs:
            continue
        for n in words[i + 1 : i + 4]:
            w = n.group().lower()
            if w in skip:
                continue
            stem = w[:-1] if w.endswith("s") else w
            if stem.endswith(suffixes) and len(stem) > 6:
                out.append((m.start(), n.end(), f"the verb behind '{n.group()}'"))
            break
    return out


def _minen_chains(chunk: str, lex: dict) -> list[tuple[int, int, str]]:
    pattern = lex.get("minen_pattern")
    if not pattern:
        return []
    window = int(lex.get("chain_window", 3))
    words = list(_WORD.finditer(chunk))
    minen = re.compile(pattern, re.IGNORECASE)
    marks = [i for i, m in enumerate(words) if minen.fullmatch(m.group())]
    out = []
    for a, b in pairwise(marks):
        if b - a <= window:
            out.append((words[a].start(), words[b].end(), "verbi (esim. ilmoita, maksa)"))
    return out


def _negation(ctx: Analysed, base: int, chunk: str, lex: dict, en: bool) -> Iterable[Finding]:
    lowered = chunk.lower()
    words = [w.lower() for w in _WORD.findall(chunk)]
    negative = sum(1 for w in words if w in lex.get("negative", []))
    if en:
        negative += lowered.count("n't")
    exceptions = 0
    for phrase in lex.get("exception", []):
        exceptions += len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered))
    if negative >= 2 or (negative >= 1 and exceptions >= 2) or exceptions >= 3:
        rule = NEGATION_EN if en else NEGATION_FI
        what = f"{negative} negatives, {exceptions} exceptions"
        message = (
            f"negation chain ({what}); state the rule positively"
            if en
            else f"kieltoketju ({negative} kieltoa, {exceptions} poikkeusta); sano myönteisesti"
        )
        yield ctx.finding(rule, base, base + len(chunk), message=message)
