"""Reading a paragraph for exclusions (detect.py walks the blocks; items.py reads a list
item): its sentences with a trigger, the lead-ins that open a list, a run-in title, the
bare lines an exclusions heading leaves out, and the sentences that take no cover away
(a give-back, a cover lead-in, a list of conditions).
"""

from __future__ import annotations

from dataclasses import replace

from clarity.checks.exclusions.items import ItemReading
from clarity.checks.exclusions.leads import Lead
from clarity.checks.exclusions.precision import trigger_in_earlier_clause
from clarity.checks.exclusions.provisos import bare_proviso, conditions_cover, lists_conditions
from clarity.checks.exclusions.triggers import find_trigger
from clarity.text.sentences import Sentence, count_words

DEFINITION_LEAD_WORDS = 12
"""Most words of a definition that leads in to its items ('"Nuclear facility" means:')."""


MAX_LIFT_GAP = 12
"""Characters (a list marker, a bracket) at most between an exclusion and the sentence
that lifts it."""


class ProseReading(ItemReading):
    """The paragraph reader the block walker (detect.py) builds on."""

    def prose(
        self,
        index: int,
        sentences: list[Sentence],
        next_is_item: bool,
        leads: list[Lead],
        heading: str,
        sibling_next: bool = False,
    ) -> None:
        outer = heading
        leads_on = next_is_item and not sibling_next
        block = self.doc.blocks[index]
        if self.names_forms(block):
            return  # "COMMERCIAL AUTOMOBILE COVERAGE PART" / "FARM COVERAGE PART" / ...
        paragraph = self.text[block.start : block.end]
        if (
            outer
            and self.lex.matches("gives_back_list_below", paragraph)
            and self.lex.matches("cover_given_back", paragraph)
        ):
            # "Notwithstanding the above, there are certain Pre-existing Medical Conditions
            # that we are able to cover automatically ... These are shown below:" / "Acne":
            # the paragraph and the bare lines under it give cover back
            self.given_back_below = True
            return
        if outer and not leads:
            names = self.one_per_line(block)
            if names:
                # "Not Covered" / "Base Jumping" / "Big Game Hunting": one name per line
                for lo, hi in names:
                    piece = replace(sentences[0], start=lo, end=hi)
                    self.emit(index, lo, hi, "heading", None, outer, piece)
                return
        body = self.body_of_numbered_title(index, sentences) if outer and not leads else []
        if body:
            # "Policy section exclusions" / "8. Fines and penalties" / "Fines, penalties
            # ... however imposed.": the paragraph under a numbered title is that item (a
            # lead-in after it, "This exclusion does not apply to:", is read as prose is)
            self.emit(index, body[0].start, body[-1].end, "heading", None, outer, body[0])
            sentences = sentences[len(body) :]
        labelled = self.run_in_label(index)
        if labelled and leads_on and not leads:
            # "What is not covered • Any claim for ..." / "• Any amount ...": a side label
            # set beside the first item titles the items after it as well
            span = (sentences[0].start, sentences[0].start + len(labelled))
            leads.append(Lead(labelled, None, 0, announces=True, span=span))
        for position, whole in enumerate(sentences):
            is_last = position == len(sentences) - 1
            # a run-in label titles its clause as a heading would ("What we exclude We will
            # not pay more than $5,000"); where the clause has no trigger of its own, the
            # label's word is the only sign it excludes, so the sentence stays whole
            sentence = self.after_run_in(whole)
            heading = outer or " ".join(self.text[whole.start : sentence.start].split())
            trig = find_trigger(
                self.lex, self.text, sentence.start, sentence.end, need_context=not heading
            )
            if trig is None and sentence is not whole:
                sentence, heading = whole, outer
                trig = find_trigger(
                    self.lex, self.text, sentence.start, sentence.end, need_context=not heading
                )
            if trig is None and self.item_marker(self.doc.blocks[index]) is not None:
                trig = self.item_condition(sentence)  # "• Sickness of your dog, provided ..."
            if (
                trig is not None
                and position > 0
                and self.lex.matches("verdict_sentences", self.text[whole.start : whole.end])
                and not self.lex.matches(
                    "verdict_not_subject", self.text[sentences[0].start : whole.start]
                )
            ):
                # "Personal items in your room ... a television. Not covered under any
                # condition": a table row's verdict names no subject; the row's words
                # before it are what is not covered
                row = replace(whole, start=sentences[0].start)
                # the row's words, if already read as an item of the heading, are this
                # clause now, not one beside it
                self.out[:] = [
                    e
                    for e in self.out
                    if not (e.block == index and row.start <= e.start and e.end <= whole.start)
                ]
                self.emit(index, row.start, whole.end, "sentence", trig, heading, row)
                continue
            if (
                trig is None
                and outer
                and not leads
                and not leads_on
                and position == 0
                and self.clause_of_announced_title(index)
            ):
                # "The following exclusion is added ... This insurance does not apply to:"
                # / "Canines" / "“Bodily injury” ... arising out of ... any canine.": the
                # clause under a title of the series the announcement opened is that title's
                # exclusion, though the trigger was said once, above the titles
                self.emit(index, whole.start, whole.end, "heading", None, outer, whole)
                continue
            if (
                trig is None
                and outer
                and not leads
                and not leads_on
                and not self.given_back_below
                and self.bare_item(whole)
            ):
                # "What is not insured" / "Loss or damage caused by wear and tear.": a
                # thing the heading leaves out, set as a sentence instead of an item
                self.emit(index, whole.start, whole.end, "heading", None, outer, whole)
                continue
            if trig is not None and self.is_title(sentence):
                if is_last and leads_on:
                    # "The Policy does not cover" right above "(1) Damage ...": a title
                    # set as a line of text announces the items under it
                    text = " ".join(self.text[sentence.start : sentence.end].split())
                    span = (sentence.start, sentence.end)
                    leads.append(Lead(text, None, 0, announces=True, span=span))
                continue  # a run-in title: "What is not covered"
            if trig is not None and self.lifts_exclusion_just_before(sentence):
                continue  # "Any claim that results from pregnancy." / "This does not apply to
                # Section 4c - Overseas Emergency Medical Expenses": it gives cover back
            if (
                trig is None
                and is_last
                and next_is_item
                and self.opens_list(sentence)
                and self.not_exclusion(sentence.start, sentence.end)
            ):
                # "Your NCD will not be affected even if a claim is made if:" under an
                # "Exception to this Rule" title: its items take no cover away
                text = " ".join(self.text[sentence.start : sentence.end].split())
                leads.append(Lead(text, None, 0, write_back=True))
                continue
            if trig is not None and self.not_exclusion(sentence.start, sentence.end):
                piece = self.text[sentence.start : sentence.end]
                if self.lex.matches("gives_back_list_below", piece):
                    self.given_back_below = True
                if is_last and next_is_item and self.opens_list(sentence):
                    # "This exclusion does not apply to:": its items give cover back (not
                    # "However, the insurance does cover those who were not aware of this",
                    # a whole sentence whose stop a line break lost, between two items)
                    text = " ".join(self.text[sentence.start : sentence.end].split())
                    leads.append(Lead(text, None, 0, True, interrupts=self.interrupted))
                continue  # a contents line, a give-back, office hours
            if trig is not None and self.defines_trigger(sentence, trig):
                continue  # "Deductible - the amount you pay": the definition of the word
            if (
                (trig is None or trig.family in self.write_back_families)
                and is_last
                and leads_on
                and self.definition_leaves_out(sentence)
            ):
                # "Dentist means a licensed dentist, other than:" / "• the Policyholder":
                # the items are whom the definition leaves out
                text = " ".join(self.text[sentence.start : sentence.end].split())
                leads.append(Lead(text, None, 0, span=(sentence.start, sentence.end)))
                continue
            if is_last and (
                self.ends_as_lead_in(sentence, leads_on)
                or (leads_on and trig is not None and self.names_nothing(sentence, trig))
            ):
                if trig is not None and self.in_parentheses(sentence, trig):
                    trig = None  # "... vehicles (not exceeding 2 tonnes) and you are:"
                text = " ".join(self.text[sentence.start : sentence.end].split())
                if position == 0 and trig is None:
                    text = self.with_unfinished_paragraph_before(index, text)
                if (
                    next_is_item
                    and position > 0
                    and self.lifts_exclusion_before(sentences[position - 1], text)
                ):
                    leads.append(Lead(text, None, 0, write_back=True))
                    continue  # "We do not cover ... However, this does not apply to:"
                if next_is_item and (
                    self.lex.matches("waiver_lead_in", text)
                    or (
                        position > 0
                        and self.lex.matches("rule_carve_out_lead_in", text)
                        and not self.lex.matches(
                            "cover_lead_in",
                            self.text[sentences[position - 1].start : sentences[position - 1].end],
                        )
                    )
                ):
                    leads.append(Lead(text, None, 0, write_back=True))
                    continue  # "We'll waive the 13 month suicide exclusion if:"
                if (
                    next_is_item
                    and trig is not None
                    and trig.family not in self.lex.weak
                    and self.lex.matches("carve_out_lead_in", text)
                    # its own refusal, not the carve-out ("... expenses with the
                    # exception of:" in a definition: the items are what it leaves out)
                    and not self.lex.matches("carve_out_lead_in", self.text[trig.start : trig.end])
                ):
                    # "We will not pay where the driver has any conviction code other
                    # than" / "SP30 speeding": the sentence excludes, its items give back
                    self.emit(index, sentence.start, sentence.end, "sentence", trig, "", sentence)
                    leads.append(Lead(text, None, 0, write_back=True))
                    continue
                if (
                    next_is_item
                    and trig is None
                    and heading
                    and self.lex.matches("causes_given_back_lead_in", text)
                ):
                    # "What is not covered" / "Any loss arising from pollution unless
                    # caused by:" / "i) a sudden and identifiable accident": the clause is
                    # the heading's item, its own items give cover back
                    leads.append(Lead(text, None, 0, write_back=True))
                    self.emit(
                        index, sentence.start, sentence.end, "heading", None, heading, sentence
                    )
                    continue
                opens = (
                    trig is not None
                    and trig.family in self.lead_families
                    and not self.leads_in_to_given_back(sentence, trig)
                    # "We will pay for the expenses ... which are not recoverable from
                    # any other source:": the negative qualifies what the cover pays
                    and not self.lex.matches("cover_lead_in_qualifiers", text)
                )
                if opens and trig is not None and trig.family in self.colon_lead_families:
                    opens = self.opens_list(sentence)  # "..., but only if they:"
                if (
                    next_is_item
                    and trig is not None
                    and trig.family in self.lead_families
                    and self.gives_cover(text, trig)
                    and conditions_cover(self.lex, self.text, sentence.end, trig)
                ):
                    leads.append(Lead(text, None, 0, write_back=True))
                    self.emit(index, sentence.start, sentence.end, "sentence", trig, "", sentence)
                    continue  # "We pay the following costs providing you ...:": items are cover
                if next_is_item and (
                    (not opens and self.gives_cover(text, trig))
                    or self.lex.matches("named_perils_lead_in", text)
                    or self.capped_extension(text)
                    or (
                        trig is not None
                        and trig.family in (self.lex.raw.get("cover_run_in_families") or ())
                        and self.lex.matches("cover_run_in", text)
                    )
                ):
                    leads.append(Lead(text, None, 0, write_back=True))
                    # "We cover the following costs:", "What we cover This is limited to:",
                    # "This policy is extended to cover, subject to a maximum limit of ...,
                    # loss caused by one of the following causes:": its items are cover
                    continue
                if next_is_item and self.states_conditions(text):
                    leads.append(Lead(text, None, 0, write_back=True))
                    if trig is not None:
                        self.emit(
                            index, sentence.start, sentence.end, "sentence", trig, "", sentence
                        )
                    continue  # "... only if:": the items say when the clause holds
                piece = self.text[sentence.start : sentence.end]
                if (
                    opens
                    and trig is not None
                    and trigger_in_earlier_clause(piece, trig.start - sentence.start)
                ):
                    # "... provided that ...\nA9.6 The level is corrected if:": the
                    # trigger is not the lead-in's own, so its items are not exclusions
                    # (unless they exclude on their own)
                    leads.append(Lead(text, None, 0, write_back=True))
                    if not self.complete_without_list(sentence, trig):
                        continue
                elif next_is_item and trig is None and self.lex.matches("procedure_lead_ins", text):
                    # "Please have the following information available when calling the
                    # Emergency Service:": what to have ready, under any heading
                    leads.append(Lead(text, None, 0, write_back=True))
                    continue
                elif (
                    heading
                    and next_is_item
                    and trig is None
                    and count_words(text) <= DEFINITION_LEAD_WORDS
                    and self.lex.matches("definition_lead_in", text)
                ):
                    # '"Nuclear facility" means:' under an exclusion's title: its items
                    # say what the defined word takes in, not what is left out
                    leads.append(Lead(text, None, 0, write_back=True))
                    continue
                elif next_is_item and trig is None and bare_proviso(self.lex, text):
                    span = (sentence.start, sentence.end)
                    leads.append(Lead(text, None, 0, span=span, provisos=True))
                    continue  # "Provided always that:": its items are conditions of cover
                elif (opens or (heading and next_is_item)) and not (
                    trig is None and self.lex.matches("table_column_rows", text)
                ):
                    # (not a table's column titles over its rows: "Sl Item" / "1 Baby food")
                    provisos = lists_conditions(self.lex, trig.family if trig else None)
                    # a proviso's lead-in ("Provided that the driver:") states conditions
                    # of cover; to a reader it announces no exclusions
                    # ... nor does one that lists the events that end cover ("The
                    # indemnity period will end at the time any of these happen:")
                    strict = trig is not None and (
                        trig.family in self.colon_lead_families
                        or self.lex.matches("quiet_lead_in", text)
                        or (provisos and self.lex.matches("cover_promise", text))
                    )
                    titled = sentence is not whole  # "What we exclude ...:" announces
                    announces = (opens or titled) and self.opens_list(sentence) and not strict
                    span = (sentence.start, sentence.end)
                    leads.append(
                        Lead(text, None, 0, announces=announces, span=span, provisos=provisos)
                    )
                    if trig is None or not self.complete_without_list(sentence, trig):
                        continue
            if trig is not None:
                source = "heading" if heading else "sentence"
                self.emit(index, sentence.start, sentence.end, source, trig, heading, sentence)

    def lifts_exclusion_just_before(self, sentence: Sentence) -> bool:
        """Is the sentence a bare "This does not apply to ..." right after an exclusion
        ("(24) Pregnancy ... Any claim that results from pregnancy." / "This does not apply
        to Section 4c - Overseas Emergency Medical Expenses"; "This will not apply to damage
        by fire to premises rented to you")? Its "this" is that exclusion, lifted for what
        it names; after a cover ("We cover outbuildings. This does not apply to ...") it
        takes cover away, and stays an exclusion."""
        text = " ".join(self.text[sentence.start : sentence.end].split())
        if not self.out or not self.lex.matches("lifts_sentence", text):
            return False
        last = self.out[-1]
        between = self.text[last.end : sentence.start]
        return last.end <= sentence.start and len(between.strip()) <= MAX_LIFT_GAP
