"""Lists that continue one clause: a lead-in and items that read as one sentence.

The walker in ``detect.py`` reports every item under an exclusion lead-in as an
exclusion of its own. That is right for a list of exclusions ("We will not pay for:"
/ "1. wear and tear;" / "2. rust."), but not when the items are the alternatives or
the parts of one clause: "... left in an unattended vehicle:" / "a) overnight or" /
"b) by day unless locked in the boot." or "we will not pay more than:" / "(i) $500;
or" / "(ii) 20% of the sum insured, whichever is the lesser." An item ending in "or"
or "and" runs on into the next one, and "whichever is the lesser" reads all the items
together: the lead-in and its items are one exclusion, and the guideline quotes them
as one ("where a list item has sub-items that form one exclusion, the whole item is
one quote"). Reported one by one, each item is a fragment a reader cannot use.

So the items of one lead-in whose every item but the last ends in a joining word
(``list_joiner_end``), or that the last item or the lead-in weighs together
(``list_weighs_end``, ``list_weighs_lead``: "the lesser of:"), become one exclusion
from the lead-in through the last item. "...; or" does not join: it is how a list of
separate exclusions is punctuated. Only items the walker reported as exclusions (a
lead-in of cover leaves its items cover) are joined, and only a list that no other
text interrupts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.text.sentences import Sentence

LEAD = "lead"
"""Key of ``Exclusion.extra`` holding the (start, end) of the lead-in an item sits under."""
OUTER_LEADS = "outer_leads"
"""Key of ``Exclusion.extra`` holding the words of the lead-ins around that one, outermost
first ("Any other Damage excluding" around "Damage caused by:"): a draft title may come
from one of them."""

_GAP = re.compile(r"^(?:\s|[(\[]?(?:\d{1,3}|[a-zA-Z]{1,4})[.)\]]|[-•*●▪◦–])*$")
"""What may stand between a lead-in and its first item, or between two items: space
and list markers."""


def join_continued(lex: CompiledLexicon, text: str, found: list[Exclusion]) -> list[Exclusion]:
    """The exclusions, with each list that continues one clause joined to its lead-in."""
    joiner = lex.pattern("list_joiner_end")
    if joiner is None:
        return found
    groups: dict[tuple[int, int], list[int]] = {}
    for index, exclusion in enumerate(found):
        lead = exclusion.extra.get(LEAD)
        if exclusion.source == "lead-in" and lead is not None:
            groups.setdefault(lead, []).append(index)
    drop: set[int] = set()
    joined: dict[int, Exclusion] = {}
    for lead, members in groups.items():
        items = [found[i] for i in members]
        if len(items) < 2 or not _one_run(text, lead, items):
            continue
        pieces = [" ".join(text[e.start : e.end].split()) for e in items]
        lead_in = " ".join(text[lead[0] : lead[1]].split())
        weighed = lex.matches("list_weighs_end", pieces[-1]) or lex.matches(
            "list_weighs_lead", lead_in
        )
        if not (weighed or all(joiner.search(piece) for piece in pieces[:-1])):
            continue
        own = [i for i, e in enumerate(found) if lead[0] <= e.start and e.end <= lead[1]]
        drop.update(members[1:])
        drop.update(own)
        joined[members[0]] = _joined(found[own[0]] if own else None, items, lead)
    out = []
    for index, exclusion in enumerate(found):
        if index in joined:
            out.append(joined[index])
        elif index not in drop:
            out.append(exclusion)
    return sorted(out, key=lambda e: (e.start, e.end))


def _one_run(text: str, lead: tuple[int, int], items: list[Exclusion]) -> bool:
    """Do the items follow the lead-in and one another with nothing but markers between?"""
    edges = [lead[1]] + [e.end for e in items[:-1]]
    return all(_GAP.match(text[lo : e.start]) for lo, e in zip(edges, items, strict=True))


def _joined(own: Exclusion | None, items: list[Exclusion], lead: tuple[int, int]) -> Exclusion:
    """One exclusion from the lead-in through the last item: the lead-in's own trigger
    and topic when it was reported itself, the first item's otherwise."""
    base = own if own is not None else items[0]
    return replace(
        base,
        start=lead[0],
        end=items[-1].end,
        source=items[0].source,
        sentence_start=lead[0],
        sentence_end=items[-1].end,
        heading=items[0].heading,
        announced=items[0].announced,
        extra={k: v for k, v in base.extra.items() if k != LEAD},
    )


def join_inline_items(
    text: str, sentences: list[Sentence], found: list[Exclusion]
) -> list[Exclusion]:
    """The exclusions, each whose clause opens a list inside its paragraph ("Any legal
    liability from using: firearms;" / "animals;" / "bicycles.") running on through the
    items after it.

    A PDF whose bullets are pictures leaves such a list as one paragraph, and a
    semicolon ends a sentence, so the clause stops at its first item and the others
    ("animals;", "motorised vehicles; or") are fragments no reader quotes alone. The
    items that follow in the same block, each starting in small letters, are the
    clause's: it runs on through the first of them that ends in a full stop (or the
    last of the run), unless an exclusion of its own starts among them.
    """
    starts = {e.start for e in found}
    by_end = {(s.block, s.end): i for i, s in enumerate(sentences)}
    out = []
    for exclusion in found:
        piece = text[exclusion.start : exclusion.end]
        at = by_end.get((exclusion.block, exclusion.end))
        if at is None or ":" not in piece or not piece.rstrip().endswith(";"):
            out.append(exclusion)
            continue
        end = exclusion.end
        for following in sentences[at + 1 :]:
            words = text[following.start : following.end].strip()
            if (
                following.block != exclusion.block
                or following.start in starts
                or not words[:1].islower()
            ):
                break
            end = following.end
            if words.endswith("."):
                break
        out.append(
            exclusion if end == exclusion.end else replace(exclusion, end=end, sentence_end=end)
        )
    return out
