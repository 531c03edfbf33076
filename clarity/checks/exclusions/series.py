"""Numbered titles that go on a lead-in's list, and the titles an endorsement announces:
the part of the exclusion walker's state (items.py) that follows a series of exclusions
set as headings ("This section does not insure:" / "1. Theft by your employees" / "2.
Certain property"), and what refuses cover in a lead-in."""

from __future__ import annotations

from clarity.checks.exclusions.announced import AnnouncedTitles
from clarity.checks.exclusions.leads import Lead, marker_shape
from clarity.checks.exclusions.reading import NUMBERED_TITLE, BlockReading
from clarity.checks.exclusions.triggers import Trigger, find_trigger
from clarity.core.document import Block
from clarity.readers.structure import follows, list_marker
from clarity.text.sentences import count_words

CLAUSE_WORDS = 4
"""Fewest words of a titled exclusion's clause ("THE POLICY." is the rest of a notice)."""


class SeriesReading(BlockReading):
    """The series state the walker keeps; ``ItemReading`` sets it up."""

    series_lead: str
    announced: AnnouncedTitles
    previous_marker: str | None
    lead_families: frozenset[str]
    write_back_families: frozenset[str]

    def numbered_series(self, heading: Block, leads: list[Lead]) -> str:
        """The lead-in a numbered title goes on ("• This section does not insure:" / "1.
        Theft by your employees" / "2. Certain property"): the one open before the first
        title, kept through the titles after it and through a lead-in set as a heading
        under one of them ("2. Some types of glass" / "Glass:" / "(a) in light fittings");
        "" at any other heading."""
        title = self.text[heading.start : heading.end].rstrip()
        if self.lex.matches("defines", title):
            return ""  # '11. "Loading or unloading" means ...': the next definition, no item
        if not NUMBERED_TITLE.match(title):
            announced = self.announced.title(heading)
            found = find_trigger(self.lex, title, 0, len(title), need_context=False)
            if title.endswith(":") and self.refuses(title, found):
                return " ".join(title.split())  # "We will not pay for the following losses:"
            if title.endswith(":") and self.gives_cover(title, found):
                return ""  # "We will provide services in the following instances:"
            if title.endswith(":"):
                return self.series_lead
            return announced
        if self.series_lead:
            return self.series_lead
        index = self.doc.block_index_at(heading.start)
        if not leads or index is None or index < 1:
            return ""
        before = self.doc.blocks[index - 1]
        lead = leads[-1]  # opened by the block right before the first title
        opened_here = before.start <= lead.span[0] < before.end
        # ... or an item of the list it opened goes on as a title: "We shall not be liable
        # for any of the following:" / "1. Self-inflicted injury: ..." / "2. Breach of law"
        # set as a heading, its text under it
        number = list_marker(title)
        goes_on = (  # not "(3) Period Of Coverage" after "(b) ... does not apply to:" / "2)"
            number is not None
            and self.previous_marker is not None
            and marker_shape(self.previous_marker) == marker_shape(number)
            and follows(self.previous_marker, number)
        )
        announced = lead.announces and not lead.write_back
        return lead.text if (opened_here or goes_on) and announced else ""

    def clause_of_announced_title(self, index: int) -> bool:
        """Is the block the first paragraph right under a title set as a heading in a
        series an announcement opened ("The following exclusion is added ..." / "Canines"),
        the series lead being that announcement?"""
        if not index or not self.announced.text or self.series_lead != self.announced.text:
            return False
        above = self.doc.blocks[index - 1]
        title = self.text[above.start : above.end].strip()
        block = self.doc.blocks[index]
        piece = self.text[block.start : block.end].strip()
        return (
            above.kind == "heading"
            and not title.endswith(":")
            and not piece.endswith(":")
            and count_words(piece) >= CLAUSE_WORDS
            and not self.lex.matches("endorsement_notices", piece)
        )

    def note_announcement(self, block: Block) -> bool:
        """See ``AnnouncedTitles.note``; a line that ends the series ends a series lead
        taken from it too."""
        if not self.announced.note(block):
            return False
        if self.series_lead and self.series_lead == self.announced.ended:
            self.series_lead = ""  # "III. Definitions" is none of them
        return True

    def refuses(self, text: str, found: Trigger | None) -> bool:
        """Does a lead-in with this trigger open a list of exclusions ("We will not pay
        more than:", a title set as a heading: "We will not pay for the following
        losses:"), not of write-backs ("unless:", "This exclusion does not apply to:")?"""
        return (
            found is not None
            and found.family in self.lead_families
            and found.family not in self.write_back_families
            and not self.lex.matches("write_back_lead_in", text)
        )
