"""W codes: the up-front "what is not covered" summary, and the IPID headings.

A customer should meet the exclusions before the cover details: W101 asks for an
up-front summary, W102 for every exclusion topic of the body to appear in it.
For an EU Insurance Product Information Document the nine headings are fixed in
content and order (Regulation 2017/1469): W103 and W104.
"""

from __future__ import annotations

from collections.abc import Iterable

from clarity.checks.base import Analysed, Check
from clarity.checks.exclusions.lexicon import compile_any, lexicon_for
from clarity.core.findings import Finding
from clarity.core.rulemeta import RuleMeta, Severity

_SUMMARY = "# What is not covered\n\n- Flood.\n- War.\n\n# Your cover\n\nWe pay for fire damage.\n"
_IPID_FULL = (
    "# What is this type of insurance?\n\nHome insurance.\n\n# What is insured?\n\nFire.\n\n"
    "# What is not insured?\n\nFlood.\n\n# Are there any restrictions on cover?\n\nAn excess.\n\n"
    "# Where am I covered?\n\nIn Finland.\n\n# What are my obligations?\n\nTell us.\n\n"
    "# When and how do I pay?\n\nMonthly.\n\n# When does the cover start and end?\n\nOn dates.\n\n"
    "# How do I cancel the contract?\n\nWrite to us.\n"
)
MISSING = RuleMeta(
    code="W101",
    name="missing-exclusions-summary",
    severity=Severity.ERROR,
    category="summary",
    summary='No up-front "What is not covered" summary: tell the customer first what is excluded.',
    languages=("en", "fi"),
    description=(
        "Looks in the first 15% of the document (or its first ~1,000 words) for a heading "
        "that announces exclusions by meaning: a negated cover word ('What is not insured?', "
        "'Mitä vakuutus ei kata?') or an exclusions noun ('Main exclusions', 'Rajoitukset'), "
        "or a summary heading whose section names exclusions. Reported at the document start."
    ),
    plain=("What is not covered", "Mitä vakuutus ei kata"),
    fail_examples=("# Your cover\n\nWe pay for fire damage. We will not pay for flood damage.\n",),
    pass_examples=(_SUMMARY,),
    profiles=("insurance",),
    origin=__name__,
)
NOT_IN_SUMMARY = RuleMeta(
    code="W102",
    name="exclusion-not-in-summary",
    severity=Severity.WARNING,
    category="summary",
    summary="An exclusion in the body is not mentioned in the up-front summary.",
    languages=("en", "fi"),
    description=(
        "One finding per exclusion whose topic (e.g. 'flood', 'wear and tear') the summary "
        "section does not mention. Only raised when a summary exists (otherwise W101)."
    ),
    plain=("add the topic to the summary",),
    fail_examples=(
        "# What is not covered\n\n- Flood.\n\n# Your cover\n\nWe pay for fire damage.\n\n"
        "# Exclusions\n\nWe will not pay for damage caused by war.\n",
    ),
    pass_examples=(_SUMMARY + "\n# Exclusions\n\nWe will not pay for damage caused by war.\n",),
    profiles=("insurance",),
    origin=__name__,
)
IPID_MISSING = RuleMeta(
    code="W103",
    name="ipid-heading-missing",
    severity=Severity.ERROR,
    category="summary",
    summary="An Insurance Product Information Document lacks one of its nine fixed headings.",
    languages=("en", "fi"),
    description=(
        "Runs with --template ipid, or when the document already uses at least four IPID "
        "headings. One finding per missing heading, at the start of the document."
    ),
    plain=("add the heading",),
    fail_examples=(_IPID_FULL.replace("# Where am I covered?\n\nIn Finland.\n\n", ""),),
    pass_examples=(_IPID_FULL,),
    profiles=("insurance",),
    origin=__name__,
)
IPID_ORDER = RuleMeta(
    code="W104",
    name="ipid-heading-out-of-order",
    severity=Severity.WARNING,
    category="summary",
    summary="An IPID heading is out of the order the regulation fixes.",
    languages=("en", "fi"),
    description="Reported at each heading that comes before one it should follow.",
    plain=("move the section",),
    fail_examples=(
        _IPID_FULL.replace("# What is not insured?\n\nFlood.\n\n", "")
        + "\n# What is not insured?\n\nFlood.\n",
    ),
    pass_examples=(_IPID_FULL,),
    profiles=("insurance",),
    origin=__name__,
)


class SummaryCheck(Check):
    rules = (MISSING, NOT_IN_SUMMARY, IPID_MISSING, IPID_ORDER)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        analysis = ctx.exclusions
        opening = ctx.opening_span
        if analysis.summary is None:
            yield ctx.finding(
                MISSING,
                *opening,
                message="no up-front summary of what is not covered",
                suggestion="add a 'What is not covered' list near the start; "
                "see 'clarity summary' for a draft",
            )
        else:
            for exclusion in analysis.exclusions:
                if "late-not-in-summary" not in exclusion.reasons:
                    continue
                yield ctx.finding(
                    NOT_IN_SUMMARY,
                    exclusion.start,
                    exclusion.end,
                    message=f'exclusion "{exclusion.topic}" is not in the summary '
                    f'"{analysis.summary.title}"',
                    suggestion=f'mention "{exclusion.topic}" in the summary',
                    data={"topic": exclusion.topic},
                )
        yield from self.ipid(ctx, opening)

    def ipid(self, ctx: Analysed, opening: tuple[int, int]) -> Iterable[Finding]:
        lex = lexicon_for(ctx.ruleset)
        expected = [
            (str(h["name"]), compile_any(h.get("match") or []))
            for h in lex.raw.get("ipid_headings") or []
        ]
        found: list[tuple[int, int, int, int]] = []  # (offset, end, expected index, level)
        text = ctx.text
        for block in ctx.document.headings:
            title = " ".join(text[block.start : block.end].split())
            for index, (_, pattern) in enumerate(expected):
                if pattern is not None and pattern.search(title):
                    found.append((block.start, block.end, index, block.level))
                    break
        template = ctx.settings.template
        seen = {index for _, _, index, _ in found}
        if template == "none" or (
            template != "ipid" and len(seen) < lex.number("ipid_min_headings", 4)
        ):
            return
        for index, (name, _) in enumerate(expected):
            if index not in seen:
                yield ctx.finding(
                    IPID_MISSING,
                    *opening,
                    message=f'IPID heading missing: "{name}"',
                    suggestion=f'add the heading "{name}"',
                    data={"heading": name},
                )
        highest = -1
        for start, end, index, _ in found:
            if index < highest:
                yield ctx.finding(
                    IPID_ORDER,
                    start,
                    end,
                    message=f'IPID heading "{expected[index][0]}" comes after '
                    f'"{expected[highest][0]}"',
                    suggestion=f'move it before "{expected[highest][0]}"',
                    data={"heading": expected[index][0]},
                )
            highest = max(highest, index)
