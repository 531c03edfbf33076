"""The exclusion analysis of a document: exclusions with their burial evidence, and
the up-front summary.

Several checks (X buried exclusions, W summary) and the JSON/HTML output need the
same exclusions; ``Analysed.exclusions`` computes them once, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from clarity.checks.exclusions.burial import burial_reasons
from clarity.checks.exclusions.definition_entries import with_definition_entries
from clarity.checks.exclusions.detect import detect_exclusions
from clarity.checks.exclusions.draft import draft_summary
from clarity.checks.exclusions.draft_context import (
    cover_headings,
    left_out_of_draft,
)
from clarity.checks.exclusions.excess import excess_as_excess
from clarity.checks.exclusions.lexicon import lexicon_for
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.name_lists import mark_name_lists
from clarity.checks.exclusions.precision import drop_imprecise
from clarity.checks.exclusions.quoted_parties import without_party_quotes
from clarity.checks.exclusions.section_titles import section_title
from clarity.checks.exclusions.summary import SummarySection, find_summary

if TYPE_CHECKING:
    from clarity.checks.context import Analysed
    from clarity.core.document import Location


@dataclass(frozen=True)
class ExclusionAnalysis:
    exclusions: list[Exclusion]
    summary: SummarySection | None
    apart: list[Exclusion] = field(default_factory=list)
    """Clauses of the ``apart_families`` (excess, deductible): reported on their own,
    never counted or flagged as exclusions."""


def analyse_exclusions(ctx: Analysed) -> ExclusionAnalysis:
    lex = lexicon_for(ctx.ruleset)
    document = with_definition_entries(without_party_quotes(ctx.document, lex), lex)
    found = drop_imprecise(lex, document.text, detect_exclusions(document, ctx.sentences, lex))
    found = excess_as_excess(lex, document, found)
    summary = find_summary(document, lex)
    apart_families = frozenset(lex.raw.get("apart_families") or ())
    apart = [e for e in found if e.family in apart_families]
    found = [e for e in found if e.family not in apart_families]
    out = []
    for exclusion in found:
        if summary is not None:
            inside = summary.heading_start <= exclusion.start < summary.end
            exclusion = replace(exclusion, in_summary_section=inside)
        reasons = burial_reasons(document, lex, exclusion, summary, guideline=True)
        out.append(replace(exclusion, reasons=reasons))
    return ExclusionAnalysis(mark_name_lists(out, document), summary, apart)


def exclusion_sections(ctx: Analysed, result: ExclusionAnalysis) -> dict[str, Any]:
    """JSON sections: every exclusion, the summary found, and a draft summary."""
    document = ctx.document
    lines: dict[int, int] = {}
    located: dict[tuple[int, int], Location] = {}
    rows = []
    for exclusion in result.exclusions:
        where = located[exclusion.start, exclusion.end] = document.locate(
            exclusion.start, exclusion.end
        )
        lines[exclusion.start] = where.line
        clause = document.text[exclusion.start : exclusion.end]
        rows.append(exclusion.to_dict(where.line, where.end_line, clause, where.page))
    apart = []
    for clause in result.apart:
        where = document.locate(clause.start, clause.end)
        row = clause.to_dict(where.line, where.end_line, document.text[clause.start : clause.end])
        apart.append(
            {k: row[k] for k in ("start", "end", "line", "end_line", "family", "text")}
            | {"page": where.page}
        )
    summary = result.summary
    found = (
        {
            "found": True,
            "heading": summary.title,
            "line": document.locate(summary.heading_start, summary.heading_end).line,
        }
        if summary
        else {"found": False}
    )
    body = [e for e in result.exclusions if not e.in_summary_section]
    lex = lexicon_for(ctx.ruleset)
    titles: dict[str, bool] = {}
    sections = {e.start: section_title(document, e, lex, titles) for e in body}
    pages = {e.start: located[e.start, e.end].page for e in body}
    return {
        "exclusions": rows,
        "excess": apart,
        "exclusions_summary": found,
        "summary_draft": draft_summary(
            lex,
            body,
            lines,
            sections,
            pages,
            document.text,
            left_out_of_draft(document, lex, body),
            cover_headings(document, lex),
        ),
    }
