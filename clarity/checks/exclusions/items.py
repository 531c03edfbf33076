"""The list items of the exclusion walker (detect.py): an item as an exclusion of the
lead-in or heading it sits under, an item that opens a list inside it, an item that
excludes on its own inside a list of cover, an item whose last sentence leads in to the
items after it. ``ItemReading`` also holds the walker's state, which prose shares."""

from __future__ import annotations

from collections import defaultdict

from clarity.checks.exclusions.announced import AnnouncedTitles
from clarity.checks.exclusions.columns import ColumnTable
from clarity.checks.exclusions.continued import LEAD, OUTER_LEADS
from clarity.checks.exclusions.leads import Lead, marker_class
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.provisos import document_duty
from clarity.checks.exclusions.reading import SUBTITLE_WORDS
from clarity.checks.exclusions.series import SeriesReading
from clarity.checks.exclusions.sublists import (
    exclusion_list_opener,
    opens_inner_list,
    titled_limits,
)
from clarity.checks.exclusions.topics import topic_for
from clarity.checks.exclusions.triggers import Trigger, find_trigger
from clarity.core.document import Block, Document
from clarity.text.sentences import Sentence, count_words


class ItemReading(SeriesReading):
    """The walker's state, what it emits, and how it reads a list item."""

    def __init__(self, document: Document, sentences: list[Sentence], lex: CompiledLexicon):
        super().__init__(document, lex)
        self.by_block: dict[int, list[Sentence]] = defaultdict(list)
        for s in sentences:
            if not s.is_heading:
                self.by_block[s.block].append(s)
        lead_families = lex.raw.get("lead_in_families") or ["not-covered", "excluded"]
        self.lead_families = frozenset(lead_families)
        self.write_back_families = frozenset(lex.raw.get("write_back_families") or ())
        self.colon_lead_families = frozenset(lex.raw.get("colon_lead_families") or ())
        """Families whose sentence opens a list only when it ends as a lead-in is written
        ("..., but only if they:"), not merely without a full stop."""
        self.out: list[Exclusion] = []
        self.columns = ColumnTable(lex)
        self.previous_marker: str | None = None
        self.current_class = "bullet"
        self.next_deeper = False
        """The next block is a list item set a level further in than this one."""
        self.interrupted: str | None = None
        """Marker class of the last item before the paragraph being read."""
        self.given_back_below = False
        """A sentence under this heading gave cover back for things it listed below
        ("This exclusion does not apply where an event listed below caused ..."): the
        bare lines after it name those things, not more exclusions."""
        self.series_lead = ""
        """A lead-in of exclusions ("This section does not insure:") that a series of
        numbered titles ("1. Theft by your employees", "2. Certain property") follows:
        each title and its text are an item of it, as they would be under a heading."""
        self.announced = AnnouncedTitles(document, lex)
        """Titled exclusions a paragraph announced (see announced.py)."""
        self.title_above = ""
        """A paragraph that is only a run-in exclusion title ending in a colon ("What
        your policy does not cover:"), set right above a lead-in of its own ("Your legal
        liability ... arising from:"): it titles that lead-in's list as a heading would."""
        self.procedure_below = False
        """An item under an exclusions heading titled as how to claim ("10) Claim
        Procedure:"), or a numbered clause that opens by giving cover ("3.19 COVERAGE FOR
        MODERN TREATMENTS: The following procedures will be covered ..."): the heading no
        longer makes the blocks after it exclusions."""
        self.double_numbered: str | None = None
        """Marker class of an item numbered twice ("3. (a) ..."), while its inner list is read."""

    def own_trigger(self, index: int, sentences: list[Sentence]) -> None:
        """An item of a cover list that excludes on its own ("(excluding scratches)"), or
        puts a condition on its cover ("provided the goods were ordered in time")."""
        for sentence in sentences:
            # a proviso needs no word about cover of its own: the item names the cover
            trig = find_trigger(self.lex, self.text, sentence.start, sentence.end)
            trig = trig or self.item_condition(sentence)
            if trig is None or (
                trig.family in self.lex.weak
                and not self.lex.matches("cover_item_conditions", self.text[trig.start : trig.end])
            ):
                continue
            if self.not_exclusion(sentence.start, sentence.end):
                continue
            self.emit(index, sentence.start, sentence.end, "sentence", trig, "", sentence)

    def item_condition(self, sentence: Sentence) -> Trigger | None:
        """A proviso on the cover a list item names ("Sickness of your service dog,
        provided you are an individual with a disability"): the item is the cover, so
        the condition needs no word about cover of its own (none in a list of when the
        excess does not apply)."""
        if self.text[sentence.start : sentence.end].rstrip().endswith(":"):
            return None  # "... please contact us, provided ...:": a lead-in, read as one
        titles = self.numbered_ancestors(self.doc.blocks[sentence.block])
        if any(self.lex.matches("excess_headings", title) for title in titles):
            return None  # "A10 Deductible" / "• in the event of joyriding, provided ...":
            # when the excess is waived, which the guideline does not count
        trig = find_trigger(self.lex, self.text, sentence.start, sentence.end, need_context=False)
        if trig is None or trig.family not in self.lex.weak:
            return None
        if not self.lex.matches("cover_item_conditions", self.text[trig.start : trig.end]):
            return None
        if self.lex.matches("item_condition_not", self.text[sentence.start : sentence.end]):
            return None
        return trig

    def emit(
        self,
        block_index: int,
        lo: int,
        hi: int,
        source: str,
        trig: Trigger | None,
        heading: str,
        sentence: Sentence,
        announced: bool = False,
    ) -> None:
        family = trig.family if trig else "listed"
        announced = announced or bool(self.series_lead)  # "This section does not insure:"
        t_lo, t_hi = (trig.start, trig.end) if trig else (lo, lo)
        clause_from = t_hi if source == "sentence" and trig else lo
        span = (t_lo, t_hi) if trig else None
        topic, theme = topic_for(self.lex, self.text, lo, hi, clause_from, family, span)
        self.out.append(
            Exclusion(
                start=lo,
                end=hi,
                source=source,
                family=family,
                trigger_start=t_lo,
                trigger_end=t_hi,
                block=block_index,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                heading=heading,
                topic=topic,
                named_topic=bool(theme),
                theme=theme,
                announced=announced,
            )
        )

    def item(
        self,
        index: int,
        block: Block,
        sentences: list[Sentence],
        marker: str,
        next_marker: str | None,
        leads: list[Lead],
        heading: str,
    ) -> None:
        last = sentences[-1]
        # The next item opens a list inside this one: its marker is of another kind than
        # this one's and of no list already open (else this item is the last of a list
        # inside it), or it is a bullet set a level further in than this bullet (bullets
        # carry no number to tell a sibling from a list inside the item).
        # An item numbered twice ("3. (a) ...") is the first of the inner list, and keeps
        # the outer one ("3.", "4.") open as a lead-in of its own would.
        first_inner = opens_inner_list(self.text[block.start : block.end], marker, next_marker)
        if first_inner:
            self.double_numbered = self.current_class
        elif self.current_class == self.double_numbered:
            self.double_numbered = None
        open_classes = {lead.item_class for lead in leads} | {self.double_numbered}
        next_class = marker_class(next_marker, marker) if next_marker is not None else None
        nested = (
            next_class is not None
            and not first_inner
            and (
                (next_class != self.current_class and next_class not in open_classes)
                or (self.next_deeper and next_class == self.current_class == "bullet")
            )
        )
        lo, hi = sentences[0].start, last.end
        if (leads and leads[-1].write_back) or (
            not leads and self.columns.is_cover(" ".join(self.text[lo:hi].split()))
        ):
            opener = nested and exclusion_list_opener(self.lex, self.text, last, self.lead_families)
            self.own_trigger(index, sentences[:-1] if opener else sentences)
            if opener:  # "• We will not cover you for any breakage:" then "(a) of glass ..."
                text = " ".join(self.text[last.start : last.end].split())
                span = (last.start, last.end)
                leads.append(
                    Lead(
                        text,
                        self.current_class,
                        block.level,
                        announces=True,
                        span=span,
                        opener=marker,
                    )
                )
            return
        title = titled_limits(self.lex, self.text[block.start : block.end]) if nested else ""
        if title:
            # "4. Limitations on Certain Property -- The special limits shown below do not
            # increase the limit." / "a. $250 on money": the title heads the items inside
            leads.append(
                Lead(title, self.current_class, block.level, announces=True, opener=marker)
            )
            self.own_trigger(index, sentences)
            return
        trig = find_trigger(self.lex, self.text, lo, hi, need_context=False)
        if len(sentences) > 1 and self.gives_back_a_list(last, marker, next_marker, nested):
            # "(b) ... terrorism. However, this exclusion does not apply to sections:" /
            # "(a) 1B. Theft;", or "g. ... This exclusion does not apply to:" / "(1) A
            # watercraft while ashore": the item excludes, the list under it gives back
            end = sentences[-2].end
            if not self.not_exclusion(lo, end):
                found = find_trigger(self.lex, self.text, lo, end, need_context=False)
                self.emit_item(index, lo, end, found, leads, heading, sentences[0])
            text = " ".join(self.text[last.start : last.end].split())
            span = (last.start, last.end)
            cls = self.current_class  # its opener's next sibling ("c." after "b.") closes it
            leads.append(Lead(text, cls, block.level, True, span=span, sub_list="", opener=marker))
            return
        if len(sentences) > 1 and not nested and self.ends_in_lead_in(last, next_marker):
            # "(f) fraud by your employees with your connivance. We will not pay more
            # than:" / "(g) $2,500 for any one occurrence": the item, then a lead-in of
            # the items after it
            self.emit_before_lead_in(index, sentences, leads, heading)
            return
        if self.not_exclusion(lo, hi):
            self.emit_before_give_back(index, sentences, leads, heading)
            return
        if nested and self.ends_as_lead_in(last, True):
            text = " ".join(self.text[sentences[0].start : last.end].split())
            cover = self.gives_cover(text, trig)
            if not cover and len(sentences) > 1:
                # "D. Cosmetic surgery ... is not covered. ... In addition, when a Medically
                # Necessary mastectomy has been performed, the following are covered:": the
                # last sentence leads in to the items, the item's refusal is its own
                said = " ".join(self.text[last.start : last.end].split())
                own = find_trigger(self.lex, self.text, last.start, last.end, need_context=False)
                cover = self.gives_cover(said, own)
            write_back = (
                (trig is not None and trig.family in self.write_back_families)
                or self.lex.matches("write_back_lead_in", text)
                or self.lex.matches("waiver_lead_in", text)
                or cover
                or self.states_conditions(text)  # "... not fulfil all the below conditions:"
                # "... as specified in the policy. Claims provisions applicable to Sickness
                # Dental Relief:": the title of a list of claim documents, no exclusions
                or self.lex.matches("procedure_titles", self.text[last.start : last.end])
            )
            # the whole item lifts exclusions it names ("5. Exclusions 4.c. and 4.d. do not
            # apply to ... is:"), not a clause that excludes and then lifts ("2. Arising out
            # of a "business" ... This exclusion A.2. does not apply to:")
            lifted = len(sentences) == 1 and self.lex.matches("exclusions_lifted_lead_in", text)
            write_back = write_back or lifted
            span = (sentences[0].start, last.end)
            leads.append(
                Lead(text, self.current_class, block.level, write_back, span=span, opener=marker)
            )
            if lifted or not write_back or (cover and not self.lex.is_exclusion_heading(text)):
                # a lead-in of cover ("... the following sections of cover") is none,
                # unless it names exclusions ("Anything in the General Exclusions"); the
                # sentences before it may exclude on their own ("We will not pay more
                # than 20% ... We will not pay under this cover:")
                self.own_trigger(index, sentences[:-1])
                own = (
                    find_trigger(self.lex, self.text, last.start, last.end, need_context=False)
                    if not write_back and self.text[last.start : last.end].rstrip().endswith(":")
                    else None
                )
                if own is not None and self.complete_without_list(last, own):
                    # "B. This insurance does not apply to ... swimming pools unless ... the
                    # following conditions are met:": the clause excludes before the list
                    # of what lifts it (a lead-in with no colon may run on into its items)
                    self.emit(index, last.start, last.end, "sentence", own, "", last)
                return
        piece = self.text[lo:hi].rstrip()
        if (
            trig is None
            and piece.endswith(":")
            and (
                count_words(piece) <= SUBTITLE_WORDS
                or (
                    next_marker is not None
                    and not self.lex.matches("write_back_lead_in", piece)
                    and not self.states_conditions(piece)
                )
            )
        ):
            # "Vehicle legal protection:": a title for the items that follow; "you for
            # any loss caused by theft:": a lead-in line of the items after it, which
            # are the exclusions (not "Your pursuit of any other sport unless:", which
            # excludes and lists what it gives back)
            return
        if trig is None and leads and leads[-1].provisos and document_duty(self.lex, piece):
            return  # "Provided that: (a) written confirmation ... is obtained": a proof duty
        self.emit_item(index, lo, hi, trig, leads, heading, sentences[0])

    def ends_in_lead_in(self, last: Sentence, next_marker: str | None) -> bool:
        """Does an item's last sentence lead in to the items after it ("... We will not
        pay more than:", "... But, we will also pay:")?"""
        return next_marker is not None and self.text[last.start : last.end].rstrip().endswith(":")

    def emit_before_lead_in(
        self, index: int, sentences: list[Sentence], leads: list[Lead], heading: str
    ) -> None:
        """The item before its closing lead-in sentence; the lead-in opens a list of its
        own: of exclusions when it excludes ("We will not pay more than:"), of cover when
        it gives ("But, we will also pay:"), of neither when it names how to claim
        ("Claims provisions applicable to ...:"); else the items stay under the lead-in
        open before it."""
        lo, end, last = sentences[0].start, sentences[-2].end, sentences[-1]
        if not self.not_exclusion(lo, end):
            found = find_trigger(self.lex, self.text, lo, end, need_context=False)
            self.emit_item(index, lo, end, found, leads, heading, sentences[0])
        text = " ".join(self.text[last.start : last.end].split())
        own = find_trigger(self.lex, self.text, last.start, last.end, need_context=False)
        excludes = self.refuses(text, own) and not self.not_exclusion(last.start, last.end)
        span = (last.start, last.end)
        if excludes:
            leads.append(Lead(text, None, 0, announces=True, span=span))
        elif (
            self.gives_cover(text, own)
            or (own is not None and own.family in self.write_back_families)
            or self.lex.matches("procedure_titles", text)  # "Claims provisions applicable to:"
        ):
            leads.append(Lead(text, None, 0, write_back=True, span=span))

    def emit_before_give_back(
        self, index: int, sentences: list[Sentence], leads: list[Lead], heading: str
    ) -> None:
        """An item that goes on with a give-back set under it in one block ("(c) claims
        brought by a liquidator." / "This Exclusion does not apply to Optional Cover 3."):
        the sentences before the give-back are the item. So is the part of an item before
        a give-back inside its sentence ("(c) the failure of performance of contract but
        this exclusion shall not apply to claims for ...")."""
        found_in = self.lex.pattern("give_back_in_item")
        lo, hi = sentences[0].start, sentences[-1].end
        inside = found_in.search(self.text, lo, hi) if found_in is not None else None
        if (
            inside is not None
            and inside.start() > lo
            and not self.not_exclusion(lo, inside.start())
        ):
            found = find_trigger(self.lex, self.text, lo, inside.start(), need_context=False)
            self.emit_item(index, lo, inside.start(), found, leads, heading, sentences[0])
            return
        for cut in range(1, len(sentences)):
            if self.not_exclusion(sentences[cut].start, sentences[cut].end):
                lo, end = sentences[0].start, sentences[cut - 1].end
                if not self.not_exclusion(lo, end):
                    found = find_trigger(self.lex, self.text, lo, end, need_context=False)
                    self.emit_item(index, lo, end, found, leads, heading, sentences[0])
                return

    def emit_item(
        self,
        index: int,
        lo: int,
        hi: int,
        trig: Trigger | None,
        leads: list[Lead],
        heading: str,
        first: Sentence,
    ) -> None:
        """An item as an exclusion of the innermost open lead-in, else of its heading."""
        label = leads[-1].text if leads else heading
        announced = any(lead.announces for lead in leads)
        if (
            trig is None
            and not announced
            and not label.rstrip().endswith(":")
            and self.lex.matches("figures_only", self.text[lo:hi])
        ):
            # "2 Years to 1 Year", "Days": a cell of a table of figures names nothing (not
            # an amount a lead-in leads to: "we will pay no more than:" / "$500,000")
            return
        self.emit(index, lo, hi, "lead-in" if leads else "heading", trig, label, first, announced)
        if leads and leads[-1].span[0] >= 0:
            self.out[-1].extra[LEAD] = leads[-1].span
        if len(leads) > 1:
            self.out[-1].extra[OUTER_LEADS] = tuple(lead.text for lead in leads[:-1])
