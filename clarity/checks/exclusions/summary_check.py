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
from clarity.rules.packs import builtin_rule

MISSING = builtin_rule("W101")
NOT_IN_SUMMARY = builtin_rule("W102")
IPID_MISSING = builtin_rule("W103")
IPID_ORDER = builtin_rule("W104")


class SummaryCheck(Check):
    rules = (MISSING, NOT_IN_SUMMARY, IPID_MISSING, IPID_ORDER)

    def run(self, ctx: Analysed) -> Iterable[Finding]:
        analysis = ctx.exclusions
        opening = ctx.opening_span
        needed = lexicon_for(ctx.ruleset).number("summary_needs_exclusions", 1)
        if analysis.summary is None and len(analysis.exclusions) >= needed:
            # A text that excludes nothing (a list of sources, a letter) has nothing to sum up.
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
                topic = exclusion.theme or exclusion.topic
                yield ctx.finding(
                    NOT_IN_SUMMARY,
                    exclusion.start,
                    exclusion.end,
                    message=f'exclusion "{topic}" is not in the summary "{analysis.summary.title}"',
                    suggestion=f'mention "{topic}" in the summary',
                    data={"topic": topic},
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
