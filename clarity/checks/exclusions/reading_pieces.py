"""Answers about one piece of a document's text that need no list around it: is it a
line of a table of contents or another text that takes no cover away, does a run-in
label title it, which numbered headings does it sit under.

``BlockReading`` builds on these; they are apart so that each module reads as one job.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.precision import contents_line, is_contents
from clarity.core.document import Block, Document
from clarity.text.sentences import Sentence, count_words

_BULLET_NEXT = re.compile(r"\s*[•▪●◦‣\uf0b7\uf0a7]")
"""A bullet right after a side label: the label stands beside the first item of a list."""
_SECTION_NUMBER = re.compile(r"^\W*([A-Z]{0,2}\d{1,3}(?:\.\d{1,3})*)\.?\s")
"""The number a heading opens with ("A10.2.1 Liability" -> "A10.2.1")."""
RUN_IN_REST_WORDS = 3
"""Words a sentence needs after a run-in label for the label to be only its title."""


class PieceReading:
    """The document, its text and its lexicon, and what a piece of its text is."""

    doc: Document
    text: str
    lex: CompiledLexicon

    def not_exclusion(self, lo: int, hi: int) -> bool:
        """Text that holds a trigger word but takes no cover away: a contents list, an
        office-hours line, a statute's scope, a clause that gives cover back."""
        piece = self.text[lo:hi]
        if self.lex.matches("imports_exclusions", piece):
            return False  # "This is subject to 'What is not covered' under Section 11"
        if self.contents_entry(lo, piece):
            return True
        following = self.text[hi : hi + 12]
        return is_contents(piece, following) or self.lex.found(
            "not_exclusion", self.text, lo, hi, piece
        )

    def contents_entry(self, lo: int, piece: str) -> bool:
        """A line of a table of contents set as a paragraph of its own, under a heading
        "Contents": a title and its page number."""
        index = self.doc.block_index_at(lo)
        if index is None or "\n" in piece.strip() or not contents_line(piece):
            return False
        block = self.doc.blocks[index]
        if block.section_path and self.lex.matches("contents_headings", block.section_path[-1]):
            return True
        # ... or one of a run of such lines, under whatever heading a contents line the
        # reader took for one made ("General exclusions for all covers" / "– What happens
        # to your property 67" / "– Credit provider's rights 69")
        before, after = self._contents_neighbour(index - 1), self._contents_neighbour(index + 1)
        return bool(before and after) or (before is True and after is None)

    def _contents_neighbour(self, index: int) -> bool | None:
        """Is block ``index`` a contents line (None: no block, or a heading, ends the run)?"""
        blocks = self.doc.blocks
        if not 0 <= index < len(blocks) or blocks[index].kind == "heading":
            return None
        line = self.text[blocks[index].start : blocks[index].end].strip()
        return "\n" not in line and contents_line(line)

    def after_run_in(self, sentence: Sentence) -> Sentence:
        """The sentence without a run-in label that titles it ("What we exclude We will
        not pay more than $5,000"): the label excludes nothing of its own, so the clause's
        own words decide whether and how it excludes, and the quote starts with them. A
        label that is the whole sentence, or opens a list ("What we exclude:"), stays."""
        piece = self.text[sentence.start : sentence.end]
        found = self.lex.pattern("run_in_headings")
        label = found.match(piece) if found is not None else None
        if label is None:
            return sentence
        rest = piece[label.end() :]
        if count_words(rest) < RUN_IN_REST_WORDS or rest.lstrip()[:1] in (":", "-", "–"):
            return sentence
        start = sentence.start + label.end() + len(rest) - len(rest.lstrip())
        return replace(sentence, start=start)

    def run_in_title(self, block: Block) -> str:
        """The paragraph's words when it is a run-in exclusion title alone, ending in a
        colon ("What your policy does not cover:"), or ""."""
        piece = " ".join(self.text[block.start : block.end].split())
        found = self.lex.pattern("run_in_headings")
        label = found.match(piece) if found is not None else None
        if label is None or not piece.endswith(":") or len(piece) - label.end() > 2:
            return ""
        return piece

    def run_in_label(self, index: int) -> str:
        """The run-in exclusion label a paragraph opens with, set beside the first item
        of a list ("What is not covered • Any claim ..."), or ""."""
        block = self.doc.blocks[index]
        piece = self.text[block.start : block.end]
        found = self.lex.pattern("run_in_headings")
        label = found.match(piece) if found is not None else None
        if label is None or not _BULLET_NEXT.match(piece[label.end() :]):
            return ""  # "What we exclude We will not pay more than ...": its own clause
        return label.group()

    def numbered_ancestors(self, block: Block) -> list[str]:
        """The titles a block sits under, with the earlier headings whose section number
        its nearest heading's number extends ("A10 Deductible" above "A10.2.1 Liability"):
        a plain text's headings carry their nesting in their numbers only."""
        titles = list(block.section_path)
        number = _SECTION_NUMBER.match(titles[-1]) if titles else None
        if number is None:
            return titles
        own = number.group(1)
        at = self.doc.block_index_at(block.start) or 0
        for earlier in reversed(self.doc.blocks[:at]):
            if earlier.kind != "heading":
                continue
            found = _SECTION_NUMBER.match(self.text[earlier.start : earlier.end])
            if found is None or not own.startswith(found.group(1) + "."):
                continue
            titles.insert(0, self.text[earlier.start : earlier.end].strip())
            own = found.group(1)
            if "." not in own:
                break
        return titles
