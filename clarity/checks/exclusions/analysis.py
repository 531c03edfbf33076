"""The exclusion analysis of a document: exclusions with their burial evidence, and
the up-front summary.

Several checks (X buried exclusions, W summary) and the JSON/HTML output need the
same exclusions; ``Analysed.exclusions`` computes them once, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from clarity.checks.exclusions.burial import burial_reasons
from clarity.checks.exclusions.detect import detect_exclusions
from clarity.checks.exclusions.lexicon import lexicon_for
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.precision import drop_imprecise
from clarity.checks.exclusions.summary import SummarySection, draft_summary, find_summary

if TYPE_CHECKING:
    from clarity.checks.context import Analysed
    from clarity.core.document import Document


@dataclass(frozen=True)
class ExclusionAnalysis:
    exclusions: list[Exclusion]
    summary: SummarySection | None
    apart: list[Exclusion] = field(default_factory=list)
    """Clauses of the ``apart_families`` (excess, deductible): reported on their own,
    never counted or flagged as exclusions."""


def analyse_exclusions(ctx: Analysed) -> ExclusionAnalysis:
    lex = lexicon_for(ctx.ruleset)
    document = ctx.document
    found = drop_imprecise(lex, document.text, detect_exclusions(document, ctx.sentences, lex))
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
    return ExclusionAnalysis(out, summary, apart)


def section_title(document: Document, exclusion: Exclusion) -> str:
    """The nearest heading above an exclusion that reads as a heading (a line a PDF
    reader took for one, "will bear the same meaning.", is passed over), on one line."""
    for title in reversed(document.blocks[exclusion.block].section_path):
        title = " ".join(title.split())
        if _reads_as_heading(title):
            return title
    return ""


def _reads_as_heading(title: str) -> bool:
    words = title.split()
    return (
        0 < len(words) <= 12
        and (title[0].isupper() or title[0].isdigit())
        and not title.endswith((".", ",", ";"))
    )


def exclusion_sections(ctx: Analysed, result: ExclusionAnalysis) -> dict[str, Any]:
    """JSON sections: every exclusion, the summary found, and a draft summary."""
    document = ctx.document
    lines: dict[int, int] = {}
    rows = []
    for exclusion in result.exclusions:
        where = document.locate(exclusion.start, exclusion.end)
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
    sections = {e.start: section_title(document, e) for e in body}
    pages = {e.start: document.locate(e.start, e.end).page for e in body}
    return {
        "exclusions": rows,
        "excess": apart,
        "exclusions_summary": found,
        "summary_draft": draft_summary(lexicon_for(ctx.ruleset), body, lines, sections, pages),
    }
