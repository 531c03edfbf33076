"""Items under a two-column heading ("WHAT IS COVERED  WHAT IS NOT COVERED").

A table of what is and is not covered, read from a PDF page column by column, comes
out as one heading naming both columns, then the items of the cover column, then the
items of the exclusions column. The heading announces exclusions, but only the second
run of items is exclusions. The cover column's items promise something ("we will
arrange and pay for ...") or follow an item that opens a list of cover ("We will pay
for the following:"); the first item that does neither starts the exclusions column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clarity.checks.exclusions.lexicon import CompiledLexicon

_ROW_TITLE = re.compile(r"^\W*[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})*\s*[–—-]\s*\S")
"""A coded section title ("D2 – Help at the roadside", "C1 - Theft")."""


@dataclass
class ColumnTable:
    """Where the walk is in a two-column section: "" (not in one), "cover", "cover-list"
    (after an item that opens a list of cover) or "excluded"."""

    lex: CompiledLexicon
    state: str = ""
    title: str = ""
    """The two-column heading the walk is under, through the coded section titles that are
    its rows; "" outside one."""

    def heading(self, title: str) -> None:
        """A new heading: a two-column one starts in its cover column; so does a coded
        section title right under one ("WHAT IS COVERED WHAT IS NOT COVERED" / "D2 – HELP
        AT THE ROADSIDE" / "D3 – DELIVERING PARTS"), a row of the same table."""
        if self.lex.matches("two_column_headings", title):
            self.state, self.title = "cover", title
        elif self.title and _ROW_TITLE.match(title):
            self.state = "cover"
        else:
            self.state, self.title = "", ""

    def row_heading(self) -> str:
        """The two-column heading over a coded row title it does not enclose (the PDF
        sets them at one level), while the walk is in that table."""
        return self.title if self.state else ""

    def governs(self, title: str) -> bool:
        """Does an exclusion heading still govern the items here? A two-column heading
        names the columns of one table, so a later heading (a reader may nest "Section C"
        under it) ends its reach."""
        return bool(self.state) or not self.lex.matches("two_column_headings", title)

    def lead_in(self) -> None:
        """A paragraph opened a list of its own: the cover column is over."""
        if self.state:
            self.state = "excluded"

    def is_cover(self, item: str) -> bool:
        """Is this item (its text, whitespace collapsed) in the cover column?"""
        if self.state not in ("cover", "cover-list"):
            return False
        if self.lex.matches("cover_promise", item) or self.lex.matches("cover_lead_in", item):
            if item.rstrip().endswith(":"):
                self.state = "cover-list"
            return True
        if self.state == "cover-list":
            return True
        self.state = "excluded"
        return False
