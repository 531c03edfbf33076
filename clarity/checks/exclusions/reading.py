"""What a block or sentence is, as the exclusion walker of detect.py reads it: an item
and its marker, an exclusion heading above it, the second half of an item a break cut in
two, a sentence that ends as a lead-in or is a title, a lead-in that gives cover or lists
conditions, text that holds a trigger word but takes no cover away. Questions about the
text only; the state of the walk (open lead-ins) stays in detect.py."""

from __future__ import annotations

import re

from clarity.checks.exclusions.leads import FIRST_MARKERS, long_roman, marker_class
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.name_lines import names_forms, one_per_line
from clarity.checks.exclusions.precision import names_other_exclusions
from clarity.checks.exclusions.provisos import lists_conditions
from clarity.checks.exclusions.reading_pieces import PieceReading
from clarity.checks.exclusions.triggers import Trigger, find_trigger
from clarity.core.document import Block, Document
from clarity.readers.structure import list_marker, runs_on
from clarity.text.sentences import Sentence, count_words

SUBTITLE_WORDS = 6
"""A list item this short that ends in a colon titles the items after it."""

_CONTINUATION = re.compile(r"(?:^|\n)[ \t]*(?:\.\.\.|…)[ \t]*\w")
"""An item that continues a lead-in ending in an ellipsis, on its first or a later line
(after a run-in title: "B6.2 Racing\n... claims arising from racing")."""
NUMBERED_TITLE = re.compile(
    r"^\W*\(?(?:[A-Z]{0,2}\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}[.)])\s+[A-Z]"
    r"|^\W*\((?=[ivx]{1,5}\))x{0,3}(?:ix|iv|v?i{0,3})\)\s+[A-Z]"
)
"""A numbered title ("8. Fines and penalties", "(12) Hot work", "4.30 Equipment",
"D3.6.1 Cargo", "(iv) Depreciation")."""
_TERMINAL = re.compile(r"[.;!?][\"'”’)\]]*\s*$")
_NEGATION = re.compile(r"\b(?:not|no|never|cannot|nor)\b|n[’']t\b", re.I)
BARE_REFUSAL_WORDS = 6
"""A refusal this short that names nothing after its trigger leads in to a list."""

_CAP_ASIDE = re.compile(
    r",\s*subject\s+to\s+(?:a|an|the)\s+(?:maximum|limit|sub-?limit|aggregate)\b(?:[^,;:]|,(?=\d))*,",
    re.I,
)
"""A cap said between commas: ", subject to a maximum limit of $10,000 per occurrence,"."""


def ends_sentence(piece: str) -> bool:
    """Does the text stop at a sentence's or clause's end ("...;", "...") or a lead-in's
    (":")?"""
    stripped = piece.rstrip()
    return _TERMINAL.search(stripped) is not None or stripped.endswith(":")


_REFUSING_FAMILIES = frozenset({"not-covered", "excluded", "does-not-apply"})
"""Trigger families of a lead-in that refuses cover (not one of conditions to meet)."""
MAX_ITEM_TITLE_WORDS = 8
"""Most words of an item's title a reader may set as a heading ("Dishonest or Improper
Conduct - Any:")."""


_EXCEPTION_LIST = re.compile(r"[,\s](?:unless|except\s+(?:if|when|where))\b[^:.;]*:\s*$")
"""An exception that ends the clause and opens the list after it ("... unless, on the
date you become Disabled, you:")."""


class BlockReading(PieceReading):
    """The document, its lexicon and the answers about its blocks."""

    def __init__(self, document: Document, lex: CompiledLexicon):
        self.doc = document
        self.text = document.text
        self.lex = lex
        self._heading_cache: dict[str, bool] = {}
        self.form_title = ""
        self.rule_exceptions = False
        """The heading walked last is a bare "Exceptions" to the rule set right above it
        ("You must get a referral ..." / "Exceptions" / "• Treatment for an emergency"):
        it titles no exclusions."""
        """The last heading walked that titles a form of a package ("... COVERAGE PART
        DECLARATIONS"); the walker (detect.py) keeps it."""

    def exclusion_heading(self, block: Block) -> str:
        for title in reversed(self.lex.own_form(block.section_path)):
            flag = self._heading_cache.get(title)
            if flag is None:
                # "Conditions, Limitations and Exclusions" holds duties and procedures as
                # well: there a clause excludes only by its own words, not by the heading.
                flag = self._heading_cache[title] = self.lex.is_exclusion_heading(
                    title
                ) and not self.lex.matches("mixed_headings", title)
            if flag and self.ended_form(title):
                return ""
            if flag and self.rule_exceptions and title == block.section_path[-1]:
                continue  # the exceptions to a rule, not to the cover
            if flag:
                return title
            if self.lex.matches("table_headings", title):
                return ""  # rows of a named table: the clause that refers to it counts
        return ""  # (not a heading above the form's own title: "CHANGES - EXCLUSION FOR
        # INSECTS ..." set a level above "... COVERAGE FORM" heads another form)

    def excepts_rule(self, index: int) -> bool:
        """Is heading ``index`` a bare "Exceptions" set right after a paragraph that
        states a rule of how to claim or be treated ("You must get a referral ...", "If
        you do not get a referral, then ...")? Its items are the cases the rule does not
        apply to, not exclusions from cover."""
        title = " ".join(
            self.text[self.doc.blocks[index].start : self.doc.blocks[index].end].split()
        )
        if not self.lex.matches("bare_exceptions_headings", title) or index < 1:
            return False
        before = self.doc.blocks[index - 1]
        return before.kind != "heading" and self.lex.matches(
            "rule_statements", self.text[before.start : before.end]
        )

    def ended_form(self, title: str) -> bool:
        """Is the heading the title of a form the walk has left for the next one's
        ("NUCLEAR ENERGY LIABILITY EXCLUSION ENDORSEMENT" set a level above "AUTO
        COVERAGE PART DECLARATIONS")? It heads nothing of that next form."""
        return (
            bool(self.form_title)
            and " ".join(title.split()) != self.form_title
            and self.lex.matches("form_titles", title)
        )

    def item_marker(self, block: Block) -> str | None:
        if block.kind == "list_item":
            return block.marker or "-"
        if block.kind == "paragraph":
            piece = self.text[block.start : block.end]
            if _CONTINUATION.search(piece[:200]):
                return "…"  # "... claims arising from racing;" continues "does not cover ..."
            return list_marker(piece) or long_roman(piece)
        return None

    def procedure_title(self, block: Block) -> bool:
        """Is the item only a title of how to claim ("10) Claim Procedure:")?"""
        piece = " ".join(self.text[block.start : block.end].split())
        return (
            piece.endswith(":")
            and count_words(piece) <= SUBTITLE_WORDS
            and self.lex.matches("procedure_titles", piece)
        )

    def continues_item(self, blocks: list[Block], index: int) -> bool:
        """Is this paragraph the second half of the list item before it ("2. any costs
        after the end of the Period of" / "Insurance in which ...")?"""
        before = blocks[index - 1] if index else None
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if before is None or after is None:
            return False
        resumes = self.item_marker(before) is not None and (
            self.item_marker(after) == self.item_marker(before)
        )
        # ... or its sub-items, set without markers, after an item that opened them ("• All
        # tumours classified as any of the following:" / "Pre-malignant; Non-invasive;")
        item = self.text[before.start : before.end].rstrip()
        return resumes and (runs_on(item) or item.endswith(":"))

    def ends_as_lead_in(self, sentence: Sentence, next_is_item: bool) -> bool:
        piece = self.text[sentence.start : sentence.end].rstrip()
        if not next_is_item:
            return piece.endswith(":")
        if self.lex.lead_in_end is not None and self.lex.lead_in_end.search(piece):
            return True
        return not _TERMINAL.search(piece) or self.lex.matches("list_reference", piece)

    def definition_leaves_out(self, sentence: Sentence) -> bool:
        """Does a definition end by leading in to what it leaves out ("Doctor means a
        registered medical practitioner, other than:")? Its exception word is weak
        elsewhere ("other than" gives cover back after an exclusion); in a definition it
        narrows the defined word, which the guideline counts as an exclusion."""
        piece = self.text[sentence.start : sentence.end].rstrip()
        return self.lex.matches("definition_exception_end", piece) and (
            self.lex.matches("definition_sentence", piece) or self.in_definitions(sentence)
        )

    def in_definitions(self, sentence: Sentence) -> bool:
        block = self.doc.block_at(sentence.start)
        return block is not None and self.lex.in_definitions_part(block.section_path)

    def one_per_line(self, block: Block) -> list[tuple[int, int]]:
        """See ``name_lines.one_per_line``."""
        return one_per_line(self.text, self.lex, block)

    def names_forms(self, block: Block) -> bool:
        """See ``name_lines.names_forms``."""
        return names_forms(self.text, self.lex, block)

    def body_of_numbered_title(self, index: int, sentences: list[Sentence]) -> list[Sentence]:
        """The sentences of the paragraph right under a numbered title of an exclusions
        section ("8. Fines and penalties" / "Fines, penalties ... however imposed."),
        which with the title make one item of the list the section holds; none when the
        paragraph has a trigger of its own (it is read as a sentence is) or leads in to
        a list. A give-back after it ("However, this exclusion does not apply to ...") is
        left out."""
        blocks = self.doc.blocks
        if index < 1 or blocks[index - 1].kind != "heading":
            return []
        title = self.text[blocks[index - 1].start : blocks[index - 1].end]
        if not NUMBERED_TITLE.match(title) or self.lex.is_exclusion_heading(title):
            return []
        body: list[Sentence] = []
        for sentence in sentences:
            piece = self.text[sentence.start : sentence.end].rstrip()
            if piece.endswith(":") or self.not_exclusion(sentence.start, sentence.end):
                break  # "However, this exclusion does not apply to ...": a give-back
            body.append(sentence)
        if not body or not _TERMINAL.search(self.text[body[-1].start : body[-1].end]):
            return []  # "Loss of or damage to" / "(a) ...": a lead-in of its own items
        if find_trigger(self.lex, self.text, body[0].start, body[-1].end) is not None:
            return []
        return body

    def in_parentheses(self, sentence: Sentence, trig: Trigger) -> bool:
        """Is the trigger inside an aside in brackets ("if you are insuring vehicles (not
        exceeding 2 tonnes) and you are:")? It narrows a word there; the sentence leads
        in to no list of exclusions for it."""
        before = self.text[sentence.start : trig.start]
        return before.count("(") > before.count(")")

    def names_nothing(self, sentence: Sentence, trig: Trigger) -> bool:
        """Is the sentence a short refusal that stops at its trigger ("We will not
        cover;")? Then it excludes nothing of its own, and the items after it are what it
        leaves out, however it is punctuated. (Not a weak trigger that ends a long
        sentence: "... or the Increased Costs of Working Only cover.")"""
        return (
            trig.family not in self.lex.weak
            and count_words(self.text[sentence.start : sentence.end]) <= BARE_REFUSAL_WORDS
            and not any(c.isalnum() for c in self.text[trig.end : sentence.end])
        )

    def is_title(self, sentence: Sentence) -> bool:
        piece = self.text[sentence.start : sentence.end].rstrip()
        if ends_sentence(piece):
            return False
        return count_words(piece) <= 8 and self.lex.is_exclusion_heading(piece.rstrip(" 0-9"))

    def defines_trigger(self, sentence: Sentence, trig: Trigger) -> bool:
        if lists_conditions(self.lex, trig.family):
            return False  # "Provided that the driver is licensed.": a proviso defines no word
        if self.text[sentence.start : sentence.end].rstrip().endswith(":"):
            return False  # "But not:": a lead-in of what the definition leaves out
        if _NEGATION.search(self.text[trig.start : trig.end]):
            return False  # "Coverage is not available for ...": a statement, no defined word
        in_definitions = self.in_definitions(sentence)
        return in_definitions and count_words(self.text[sentence.start : trig.start]) == 0

    def opens_list(self, sentence: Sentence) -> bool:
        """Ends as a lead-in is written ("for:", "caused by"), not merely without a stop."""
        piece = self.text[sentence.start : sentence.end].rstrip()
        end = self.lex.lead_in_end
        return piece.endswith(":") or (end is not None and end.search(piece) is not None)

    def complete_without_list(self, sentence: Sentence, trig: Trigger) -> bool:
        """A lead-in with no colon and no dangling word that already says what it
        excludes ("We will not pay the excess shown in your schedule") is an
        exclusion of its own as well."""
        piece = self.text[sentence.start : sentence.end].rstrip()
        after = self.text[trig.end : sentence.end]
        if piece.endswith(":") or (self.lex.lead_in_end and self.lex.lead_in_end.search(piece)):
            # ... unless the colon opens the list of an exception the clause makes after
            # naming what it excludes ("You are not covered for a Disability caused by a
            # Preexisting Condition unless, on the date you become Disabled, you:")
            found = _EXCEPTION_LIST.search(after)
            if found is None:
                return False
            after = after[: found.start()]
        return len([w for w in after.split() if w.lower() not in self.lex.topic_stopwords]) >= 2

    def names_other_exclusions(self, trig: Trigger) -> bool:
        """Is the trigger one that names what stays excluded elsewhere ("We agree to
        indemnify you against liability which would otherwise be excluded by ...")?"""
        return names_other_exclusions(self.lex, self.text, trig.start, trig.end)

    def leads_in_to_given_back(self, sentence: Sentence, trig: Trigger) -> bool:
        """Does the sentence lead in to what it gives back from other exclusions ("We
        agree to indemnify you against liability which would otherwise be excluded by
        ... for:")? Not a give-back that runs on without a colon ("However, we will pay
        for damage not otherwise excluded" / "(c) ..."): the next item is no part of it."""
        piece = self.text[sentence.start : sentence.end].rstrip()
        return piece.endswith(":") and self.names_other_exclusions(trig)

    def titles_lead_in_item(self, index: int, leads: list) -> bool:
        """Is heading ``index`` a title the reader set as a heading right under a
        paragraph lead-in that announced exclusions, and that opens a list of its own
        ("No coverage will be available ... attributable to:" / "Dishonest or Improper
        Conduct - Any:")? A heading that ends on a colon names no part: it goes on with
        the lead-in's list."""
        if not leads or not leads[-1].announces or leads[-1].item_class is not None:
            return False
        blocks = self.doc.blocks
        if index < 1 or blocks[index - 1].kind != "paragraph":
            return False
        title = " ".join(self.text[blocks[index].start : blocks[index].end].split())
        if not title.endswith(":") or len(title.split()) > MAX_ITEM_TITLE_WORDS:
            return False
        if find_trigger(self.lex, title, 0, len(title), need_context=False) is not None:
            return False
        lead = leads[-1].text
        refusal = find_trigger(self.lex, lead, 0, len(lead), need_context=False)
        # a refusal ("No coverage will be available ..."), not conditions to meet ("To be
        # eligible for insurance, you must meet the following conditions:")
        return refusal is not None and refusal.family in _REFUSING_FAMILIES

    def with_unfinished_paragraph_before(self, index: int, text: str) -> str:
        """A lead-in that opens in small letters goes on with the paragraph before it when
        that one stops mid-sentence ("We will provide cover for loss of or damage to the
        buildings" / "caused by any of the following:", parted by a PDF's column break):
        read whole, it promises cover."""
        if not text[:1].islower() or index < 1:
            return text
        before = self.doc.blocks[index - 1]
        words = " ".join(self.text[before.start : before.end].split())
        if before.kind != "paragraph" or not words or ends_sentence(words):
            return text
        return f"{words} {text}"

    def lifts_exclusion_before(self, before: Sentence, text: str) -> bool:
        """Does a lead-in lift the exclusion said just before it ('"We" do not cover
        structures used for "business" purposes. However, this does not apply to
        structures:')? Its bare "this" is that exclusion, so its items are given back;
        after a cover ("We cover your sheds. This does not apply to:") they are not."""
        if not self.lex.matches("lifts_sentence_before", text):
            return False
        trig = find_trigger(self.lex, self.text, before.start, before.end, need_context=False)
        return trig is not None and trig.family not in self.lex.weak

    def gives_cover(self, text: str, trig: Trigger | None) -> bool:
        """A lead-in that introduces cover ("We pay the following costs:") or names whom
        or what a rule applies to ("... applies likewise to a person:"), not exclusions.
        A strong trigger says it excludes, unless it only names what stays excluded
        elsewhere ("We agree to indemnify you against liability which would otherwise be
        excluded ..., for:") or qualifies the costs the cover pays ("We will pay for the
        expenses ... which are not recoverable from any other source:";
        ``cover_lead_in_qualifiers``). Cover held to the perils it lists ("insurance is
        provided only against the following causes of loss:") lists those perils: they
        are what is covered, however strong its "only" (``named_perils_lead_in``)."""
        if self.lex.matches("named_perils_lead_in", text):
            return True
        if (
            trig is not None
            and trig.family not in self.lex.weak
            and not self.names_other_exclusions(trig)
            and not self.lex.matches("cover_lead_in_qualifiers", text)
        ):
            return False
        return self.lex.matches("cover_lead_in", text) or self.lex.matches("scope_lead_in", text)

    def capped_extension(self, text: str) -> bool:
        """Does the lead-in extend cover with its cap said on the way ("This policy is
        extended to cover, subject to a maximum limit of $10,000 per occurrence, loss ...
        caused by one or more of the following causes:"), and refuse nothing else? Its
        items are what is covered; the cap is the lead-in's own limit."""
        aside = _CAP_ASIDE.search(text)
        if aside is None or not self.lex.matches("extends_cover", text):
            return False
        rest = text[: aside.start()] + text[aside.end() :]
        return find_trigger(self.lex, rest, 0, len(rest), need_context=False) is None

    def states_conditions(self, text: str) -> bool:
        """A lead-in that ends in "if:" lists the conditions of its own clause: the
        clause is the exclusion (when it has a trigger), its items are conditions."""
        return self.lex.matches("condition_lead_in_end", text)

    def gives_back_a_list(
        self, last: Sentence, marker: str, next_marker: str | None, nested: bool = False
    ) -> bool:
        """Does an item end in a give-back that opens a list, restarted in the item's own
        kind of marker ("(b) ... However, this exclusion does not apply to sections:" /
        "(a) ...") or set inside it ("g. ... This exclusion does not apply to:" / "(1)
        ...")?"""
        if next_marker is None:
            return False
        if not nested and marker_class(next_marker, marker) != marker_class(marker):
            return False
        piece = self.text[last.start : last.end].rstrip()
        return (
            piece.endswith(":")
            and next_marker.strip("()[]. ") in FIRST_MARKERS
            and self.not_exclusion(last.start, last.end)
        )

    def bare_item(self, sentence: Sentence) -> bool:
        """Is a sentence with no trigger, set as prose right under an exclusions heading,
        one of the things the heading leaves out ("What is not insured" / "Loss or damage
        caused by wear and tear." / "Theft of a pedal cycle outside the home unless ...")?
        Not a lead-in, a give-back, a promise of cover or a note about the list ("This
        applies to all items of this section.")."""
        piece = self.text[sentence.start : sentence.end].strip()
        block = self.doc.blocks[sentence.block]
        nearest = block.section_path[-1] if block.section_path else ""
        return (
            count_words(piece) >= 3
            and piece[:1].isupper()
            and _TERMINAL.search(piece) is not None
            and self.lex.matches("item_headings", nearest)
            and not self.lex.matches("mixed_headings", nearest)
            and not self.lex.matches("cover_promise", piece)
            and not self.lex.matches("heading_prose_notes", piece)
            and not self.not_exclusion(sentence.start, sentence.end)
        )
