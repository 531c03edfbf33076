"""Finding exclusion clauses: trigger sentences, and list items under exclusion
headings or after lead-ins.

Most exclusions in real wordings carry no trigger word of their own: they are
items ("4. Cosmetic surgery.") that inherit their meaning from a heading
("General exclusions") or a lead-in ("We will not pay for:"). So the detector
walks the blocks in order, keeps a stack of open lead-ins, and treats every item
under one (or under an exclusion heading) as an exclusion. Elsewhere a sentence
needs a trigger; weak triggers ("unless", "other than", caps) also need a word
about cover in the same sentence, because on their own they are ordinary drafting.
This module walks the blocks and reads paragraphs; items.py reads a list item.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from clarity.checks.exclusions.continued import join_continued, join_inline_items
from clarity.checks.exclusions.leads import (
    Lead,
    close_by_outer_item,
    close_outer,
    goes_on,
    inside_opener,
    marker_class,
    resumed,
    sibling_of_opener,
)
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.prose import ProseReading
from clarity.checks.exclusions.reading import ends_sentence
from clarity.checks.exclusions.running_names import RunningNames
from clarity.checks.exclusions.sublists import titled_limits
from clarity.checks.exclusions.titled import join_titles
from clarity.core.document import Block, Document
from clarity.readers.structure import follows
from clarity.text.sentences import Sentence


class _Walker(ProseReading):
    """Walks the blocks in order with the stack of open lead-ins (see the module)."""

    @cached_property
    def running_names(self) -> RunningNames:
        return RunningNames(self.doc)

    def walk(self) -> list[Exclusion]:
        blocks = self.doc.blocks
        leads: list[Lead] = []
        for index, block in enumerate(blocks):
            if block.kind == "heading" and self.running_names.cut_list(index, leads):
                continue  # a running section name left at a page break: the list runs on
            if block.kind == "heading" and self.titles_lead_in_item(index, leads):
                # "No coverage will be available ... attributable to:" / (a title set as a
                # heading) "Dishonest or Improper Conduct - Any:" / "a) ...": the title is
                # an item of the lead-in's list that opens a list of its own
                title = " ".join(self.text[block.start : block.end].split())
                span = (block.start, block.end)
                leads = [*leads, Lead(title, None, 0, announces=True, span=span)]
                continue
            if block.kind == "heading":
                title = " ".join(self.text[block.start : block.end].split())
                if self.lex.matches("form_titles", title):
                    self.form_title = title
                self.series_lead = self.numbered_series(block, leads)
                self.rule_exceptions = self.excepts_rule(index)
                self.given_back_below = False
                self.procedure_below = False
                leads = []
                self.double_numbered = None
                self.columns.heading(self.text[block.start : block.end])
                continue
            if self.note_announcement(block):
                leads = []
            sentences = self.by_block.get(index)
            if not sentences:
                continue
            if any(self.lex.matches("example_headings", t) for t in block.section_path):
                leads = []
                continue  # a worked example shows the terms at work
            marker = self.item_marker(block)
            previous, self.previous_marker = self.previous_marker, marker or self.previous_marker
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            next_marker = self.item_marker(following) if following is not None else None
            next_is_item = next_marker is not None
            self.next_deeper = (
                following is not None
                and following.kind == "list_item"
                and block.kind == "list_item"
                and following.level > block.level
            )
            if marker is None and leads and self.continues_item(blocks, index):
                self.title_above = ""
                continue  # the rest of an item a page or paragraph break cut in two
            broken: list[Lead] = []
            if marker is None:
                broken, leads = leads, []
                self.double_numbered = None
            else:
                cls = marker_class(marker, previous)
                # An item of an outer list ("6." after "e)") closes the lists inside it.
                same = [i for i, lead in enumerate(leads) if lead.item_class == cls]
                if same and goes_on(leads[same[-1]], marker):
                    leads[same[-1]] = replace(leads[same[-1]], sub_list=marker)
                elif same and (
                    (
                        block.level <= leads[same[-1]].level
                        and not inside_opener(leads[same[-1]], marker)
                    )
                    or sibling_of_opener(leads[same[-1]], marker, previous)
                ):
                    del leads[same[-1] :]
                leads = close_by_outer_item(
                    leads, marker, block.level, inner_open=self.double_numbered is not None
                )
                if block.kind == "list_item":
                    leads = close_outer(leads, block.level)
                self.resume_list(leads, cls)
            heading = self.exclusion_heading(block)
            if heading and marker is not None and self.procedure_title(block):
                # "9) Pre-existing conditions." / "10) Claim Procedure:": the numbering
                # goes on, the exclusions do not; what follows is how to claim
                self.procedure_below = True
            if heading and self.lex.matches(
                "cover_clause_opening", self.text[block.start : block.end][:300]
            ):
                # "(Exclusions)" / "d) ..." / "3.19 COVERAGE FOR MODERN TREATMENTS: The
                # following procedures will be covered ...": a new clause of cover
                self.procedure_below = True
            if (heading and not self.columns.governs(heading)) or self.procedure_below:
                heading = ""
            heading = heading or self.series_lead or self.columns.row_heading()
            title, self.title_above = self.title_above, ""
            if not heading and title and marker is None and next_is_item:
                heading = title  # "What your policy does not cover:" / "Your liability for:"
            titled = (  # "4. Limitations on Certain Property -- ..." over "a. $250 on money"
                marker is not None
                and next_marker is not None
                and marker_class(next_marker, marker) != marker_class(marker, previous)
                and bool(titled_limits(self.lex, self.text[block.start : block.end]))
            )
            if marker is not None and (leads or heading or titled):
                self.current_class = marker_class(marker, previous)
                self.item(index, block, sentences, marker, next_marker, leads, heading)
            else:
                self.interrupted = marker_class(previous) if previous else None
                # an item followed by the next item of its own list leads in to none of
                # them unless it says so with a colon ("• any offence (excluding
                # motoring offences)" / "• you let your home out": both changes to tell)
                sibling = (
                    marker is not None
                    and following is not None
                    and following.kind == block.kind == "list_item"
                    and following.level == block.level
                    and next_marker is not None
                    and marker_class(next_marker, marker) == marker_class(marker, previous)
                )
                self.prose(index, sentences, next_is_item, leads, heading, sibling)
                if previous is not None or marker is not None:
                    leads[:] = [
                        replace(lead, after=previous, within=marker)
                        if lead.item_class is None and lead.after is None and lead.within is None
                        else lead
                        for lead in leads
                    ]
                if marker is None and not next_is_item:
                    self.title_above = self.run_in_title(block)
                if leads:
                    self.columns.lead_in()
                elif broken:
                    leads = resumed(broken, next_marker)
                    if not leads and self.carries_on_item(index, broken, previous, next_marker):
                        leads = broken  # "b. ... regardless of the medium on" / "which ..." / "c."
                    elif (
                        not leads
                        and all(lead.opener is None for lead in broken)
                        and (
                            self.gives_back_between(block, previous, next_marker)
                            or self.notes_item(index, broken, previous, next_marker)
                        )
                    ):
                        leads = broken  # "• ... drugs." / "However, we do cover ..." / "• fines"
        return self.out

    def gives_back_between(self, block: Block, previous: str | None, following: str | None) -> bool:
        """Is this paragraph a give-back set between two items of one list ("However, the
        insurance does cover those who were not aware of this")? The list goes on after it
        under its lead-in."""
        if previous is None or following is None:
            return False
        same = marker_class(following, previous) == marker_class(previous)
        return same and self.not_exclusion(block.start, block.end)

    def carries_on_item(
        self, index: int, broken: list[Lead], previous: str | None, following: str | None
    ) -> bool:
        """Is this paragraph the rest of the item before it, which a column or page break
        cut where no line of the reader's could join them ("b. ... regardless of the
        medium on" / "which these items exist, and includes ..." / "c. ...")? The item
        stops without its sentence's end, the paragraph goes on in small letters, and the
        next item follows the cut one: the list and its lead-ins go on after it. The
        paragraph is still read for exclusions of its own. Only under a lead-in that
        says it leads in (an item that opened the list, or words ending in a colon): a
        row of a table left without a full stop is no lead-in to carry on."""
        if index == 0 or previous is None or following is None or not broken:
            return False
        inner = broken[-1]
        if inner.opener is None and not inner.text.rstrip().endswith(":"):
            return False
        before, block = self.doc.blocks[index - 1], self.doc.blocks[index]
        if before.kind != "list_item" or before.level <= inner.level:
            return False  # the cut item is no item of that lead-in's list
        if not follows(previous, following):
            return False
        rest = self.text[block.start : block.end].lstrip()
        return rest[:1].islower() and not ends_sentence(self.text[before.start : before.end])

    def notes_item(
        self, index: int, broken: list[Lead], previous: str | None, following: str | None
    ) -> bool:
        """Is this paragraph a note on the item before it, set between that item and the
        next one of the same list ("(b) Injury while under the influence of alcohol." /
        "Alcohol abuse means ..." / "(c) ...")? The next item goes on from the one before
        it, so the list and its lead-in go on after the note.

        Only a whole sentence after a whole item: a line that carries on the item ("(iii)
        This benefit is given only through" / "Cashless Facility, if ...") or a table cell
        is no note. Only under a lead-in that says its items are exclusions: the
        paragraphs between a proviso's numbered items ("Provided that ...") are a
        statute's clauses of their own."""
        if index == 0 or previous is None or following is None:
            return False
        if not follows(previous, following) or not any(lead.announces for lead in broken):
            return False
        before, block = self.doc.blocks[index - 1], self.doc.blocks[index]
        note = self.text[block.start : block.end].strip()
        item = self.text[before.start : before.end].rstrip()
        return note[:1].isupper() and note.endswith(".") and item.endswith(".")

    @staticmethod
    def resume_list(leads: list[Lead], cls: str) -> None:
        """An item of the list a give-back paragraph interrupted, after items of another
        list under it, ends the give-back (and what it opened)."""
        for i, lead in enumerate(leads):
            if lead.interrupts is None:
                continue
            if lead.interrupts == cls and lead.entered:
                del leads[i:]
                return
            if lead.interrupts != cls and not lead.entered:
                leads[i] = replace(lead, entered=True)


def detect_exclusions(
    document: Document, sentences: list[Sentence], lex: CompiledLexicon
) -> list[Exclusion]:
    """Every exclusion in reading order."""
    walked = _Walker(document, sentences, lex).walk()
    found = join_continued(lex, document.text, join_inline_items(document.text, sentences, walked))
    return join_titles(lex, document, found)
