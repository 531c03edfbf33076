"""Exclusion recall and precision on ranges of unlabelled corpus documents that readers
labelled blind (benchmarks/heldout.py; skips without ../shared/corpus).

The floors are the figures of sessions 2026-12-02 (5) to 2026-12-03 (8): a change that lowers one
fails here and must be looked at, not the floor lowered. Sets 3 to 5 were drawn at random
and labelled blind, each scored once before any change was made with it in view; set 3's
misses were read in session (7), set 4's were not (a category its labellers named was
worked on), sets 5 and 6 were each scored once and then worked on, sets 7 and 8 were scored
once at the same code, then read; set 9 was scored once at the end of that session and
read in session (8); sets 10 and 11 were drawn in session (8) over windows no held-out set
had used: set 10 was scored once at bd1625a and then read, set 11 scored once at 5b46cd1
and then read, set 12 scored once at 25b17b6 and then read, set 13 scored once at
04e3087 and then read, set 14 scored once at d595c1f and
then read, set 15 scored once at 8e7368b and then read, set 16 (windows after the
labelled parts of the labelled documents, and Vero) scored once at 89c956c and then read,
set 17 (the same kinds of window) scored once at 0fa12be and then read, set 18 scored
once at b0b9819 and then read, set 19 scored once at ea4c7c6 and then read, set 20 scored once at
f25a7a6 and then read, set 21 scored once at 60c5f8f and then read, set 22 scored once at
885934d.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_modules import benchmark

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
FLOORS = {
    "set 1": (171, 0.95),
    "set 2": (167, 0.93),
    "set 3": (57, 0.85),
    "set 4": (133, 0.95),
    "set 5": (107, 0.9),
    "set 6": (92, 0.9),
    "set 7": (105, 0.93),
    "set 8": (80, 0.93),
    "set 9": (115, 0.88),
    "set 10": (93, 0.88),
    "set 11": (104, 0.95),
    "set 12": (82, 0.9),
    "set 13": (84, 0.95),
    "set 14": (122, 0.95),
    "set 15": (129, 0.95),
    "set 16": (119, 0.9),
    "set 17": (103, 0.93),
    "set 18": (129, 0.95),
    "set 19": (135, 0.93),
    "set 20": (99, 0.85),
    "set 21": (164, 0.95),
    "set 22": (45, 0.85),
}
"""Items found, and the share of detections inside the ranges that are right."""


def _heldout() -> ModuleType:
    return benchmark("heldout")


@pytest.fixture(scope="module")
def figures() -> dict:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    heldout = _heldout()
    return heldout.measure(json.loads(heldout.LABELS.read_text()))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_held_out_figures_do_not_fall(figures: dict, name: str) -> None:
    found_floor, precision_floor = FLOORS[name]
    f = figures[name]
    found = f["text"][0] + f["pdf"][0]
    right = f["text precision"][0] + f["pdf precision"][0]
    wrong = f["text precision"][2] + f["pdf precision"][2]
    assert found >= found_floor, (name, found)
    assert right / (right + wrong) >= precision_floor, (name, right, wrong)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("set 3", (50, 0.85)),
        ("set 4", (124, 0.9)),
        ("set 5", (83, 0.9)),
        ("set 6", (83, 0.88)),
        ("set 7", (93, 0.9)),
        ("set 8", (59, 0.8)),
        ("set 9", (85, 0.85)),
        ("set 10", (82, 0.9)),
        ("set 11", (83, 0.8)),
        ("set 12", (72, 0.85)),
        ("set 13", (75, 0.9)),
        ("set 14", (92, 0.88)),
        ("set 15", (95, 0.78)),
        ("set 16", (102, 0.9)),
        ("set 17", (95, 0.95)),
        ("set 18", (112, 0.96)),
        ("set 19", (120, 0.95)),
        ("set 20", (88, 0.95)),
        ("set 21", (146, 0.93)),
        ("set 22", (45, 0.95)),
    ],
)
def test_burial_agrees_where_the_readers_said_it(
    figures: dict, name: str, floor: tuple[int, float]
) -> None:
    """The readers of sets 3 to 5 also said which items are buried (guideline rule): 50
    of the 57 found agreed at 975c8b2, 124 of 130 at 8a0f5aa, 83 of 88 at 5638dd3."""
    agree, judged = figures[name]["burial"][:2]
    assert judged >= floor[0] and agree / judged >= floor[1], (agree, judged)


EXTERNAL_FLOORS = {
    "set 23": (198, 0.87, 0.83),
    "set 24": (228, 0.9, 0.95),
    "set 25": (60, 0.7, 0.87),
    "set 26": (70, 0.82, 0.95),
    # 302 -> 301 in session 2026-12-06 (31), looked at: OneDegree's "Feline
    # panleukopenia" sits in a side label's row ("Specified non-covered • Feline
    # panleukopenia"), which the list item above it had swallowed; a line set further out
    # than an item now ends it (pdf_blocks._leaves_item), and the row alone is not read
    # as an item. Set 47 gains one and sets 28 and 30 nine right detections in the change.
    "set 27": (301, 0.9, 0.82),
    "set 28": (331, 0.9, 0.82),
    "set 29": (251, 0.87, 0.92),
    "set 30": (201, 0.88, 0.86),
    # 90 -> 89 in session 2026-12-06 (27), looked at: Cholamandalam's "Endorsement no. 11
    # ..." titles read as refusals ("no." taken for "no"), so every clause under them was
    # an exclusion; the labelled cap on page 35 ("... checked-in baggage ... up to the
    # limits specified in the Policy Schedule") was credited through the benefit-basis
    # cover on page 36, one of those clauses, whose words it shares. "No." is now read as
    # the number's abbreviation (101 such clauses gone); the cap itself is still missed.
    "set 31": (89, 0.84, 0.84),
    "set 32": (250, 0.88, 0.9),
    "set 33": (164, 0.91, 0.87),
    "set 34": (5, 0.8, 0.66),
    "set 35": (85, 0.9, 0.92),
    "set 36": (45, 0.82, 0.95),
    "set 37": (31, 0.88, 0.68),
    "set 38": (100, 0.89, 0.82),
    # 248 -> 247 in session 2026-12-06 (25), looked at: the one item no longer found
    # (Industrial Alliance's "no coverage is provided ... if your period of stability ...",
    # in a two-column page the text interleaves) was credited only because a contents
    # entry ("... Health Insurance 4") overlapped its recovered span; af97849 reads that
    # entry, rightly, as contents. The clause itself is still missed.
    "set 39": (247, 0.9, 0.75),
    "set 40": (58, 0.9, 0.74),
    "set 41": (7, 0.9, 0.9),
    "set 42": (13, 0.85, 0.35),
    "set 43": (30, 0.95, 0.9),
    "set 44": (7, 0.8, 0.95),
    "set 45": (140, 0.95, 0.79),
    "set 46": (62, 0.88, 0.85),
    "set 47": (94, 0.85, 0.85),
    "set 48": (16, 0.8, 0.8),
    "set 49": (42, 0.9, 0.75),
    "set 50": (12, 0.8, 0.8),
    "set 51": (15, 0.8, 0.95),
    "set 52": (10, 0.9, 0.75),
    "set 53": (24, 0.9, 0.45),
    "set 54": (198, 0.95, 0.95),
    "set 55": (43, 0.88, 0.77),
    "set 56": (31, 0.95, 0.95),
    "set 57": (97, 0.9, 0.88),
    "set 58": (28, 0.85, 0.9),
    "set 59": (29, 0.9, 0.8),
    "set 60": (70, 0.84, 0.8),
}
"""Sets of real publishers' PDFs outside ../shared (benchmarks/heldout/external.md): items
found, share of detections right, burial agreement. Each was scored once before it was
read: set 23 at 95a886d (155 found), 24 at 4b320ba (138), 25 at e588510 (46), 26 and 27
at 68d1853 (62, 266), 28 at f4a03e4 (284), 29 at c8a1612 (218), 30 (ten further publishers) at 77477ac (159), 31 (seven more) at 99f3351 (74), 32 (eight more) at d0623e6 (200), 33 (six more) at 144fa89 (144), 35 (four more) at 0f38a55 (71), 36 (six more) at a9e38c2 (37), 37 (six more) at cba606c (22), 38 (three more) at 984eb42 (91), 39 (six more) at 095cc3d (202),
40 (four more) at 8d27cad (45), 41 (one more) at a0feba7 (5), 42 (two more) at 0bf81d2 (14), 43 (six more) at 8d9d7a1 (20), 44 (one more) at 97a7691 (7), 45 (four more) at 705546f (139), 46 (five more) at ccbd134 (50), 47 (three more) at e46dcc3 (94), 48 (two more) at 5504edf (13), 49 (two more) at adda70d (42), 50 (one more) at 445701c (12), 51 (two more) at 9907d1d (5), 52 (one more) at 7979390 (8), 53 (two more) at e399673 (24), 54 (two more) at 7d1f5e9 (31), 55 (three more) at 7a9646a (24), 56 (three more) at 7a9646a (10), 57 (two more) at c3dee85 (91), 58 (four more) at f32b157 (21), 59 (one more) at c12c958 (30), 60 (five more) at d03a647 (66).
Set 42's precision and burial floors went from 0.7 and 0.15 to 0.85 and 0.35 when a lead-in
came to end where its items end (8933367): a stale series lead had read 20 pages of a
commercial package as exclusions.
Set 24's precision floor went from 0.92 to 0.90 when the two numbered tables of an IRDAI
annexure set side by side were read apart: 55 more of its items are found, and 11 of its
one-word rows ("5 BUDS") count as wrong because the reader's quote kept the row's serial
number, which the scorer strips only when it is written "5." or "(5)". Set 29's floor went from 251 to 250 when "provided" stopped
reading "provided here" as "provided her" and "provided anywhere" as "provided any": an
Arkel home wording's "cover is provided anywhere in the world for up to sixty (60) days" had
been found only through that slip. Set 28's floor went
from 307 to 305 when a waiting period came to count only where it is said to apply: two
conditions of cutting an income policy's waiting period ("the insured person must be
gainfully employed ...") had been found only because they name it. Set 25's burial floor went from 0.88 to 0.87
when a condition that opens on its purpose came to be found ("to make a claim under this
option, the damage must only affect your windscreen"): its reader took the "Conditions"
heading over it for an exclusions heading, which clarity does not (nor do the readers of
62 of the 77 items found under such headings). Set 38's burial floor went from 0.9 to 0.82
when text no smaller than a wording's body size stopped counting as fine print (7.3 pt in
a 7.5 pt wording): ten items of a Canadian home wording under lead-ins that refuse cover
had agreed with their reader only through that reason (sets 24 to 28 and 39 gained 69 and
set 47 54 agreements by the same change). Set 35's burial floor went from 0.95 to 0.92
when "v." after "iv." came to be read as the fifth item of a roman list: two more of its items
are found, and burial agreement went from 77/80 to 76/82. Set 48's burial floor went from
0.95 to 0.90 when "only one ... benefit payment ... will be paid within any 12 month period"
came to be found: clarity calls it buried (no exclusion heading above it), its reader not;
and from 0.90 to 0.80 when titles set a size above the body in colour came to be read as
headings (b1d025a): OnePath sets "One benefit payable" and "Benefit reductions" in the
style of "Benefit limitations" above them, so the reader makes them its siblings, and their
clauses, which their reader put under "Benefit limitations", lose that exclusions heading
(13/16; the same change took 3 wrong detections out of the set, 16/22 -> 16/19).
Set 54's floors went from 31 found and 0.85 precision to 198 and 0.95 when a list of
medicine names set in alphabetical columns under "Non-Covered Medication List" came to
be read column by column under a heading that now counts as one of exclusions. Set 56's
floor is above its first score (10): its dental brochure sets its text at a negative font
size under a flipped matrix, which dropped "and", "of", "is" and "not" as a watermark
until 1cc1009. Set 55's burial floor is below its first score (0.83): the items clarity
came to find when it read '"We" do not pay for a loss if:' as "we do not pay" sit under
that refusing lead-in, which clarity takes for their heading (not buried) and their
reader did not (buried), as readers of sets 42, 45 and 53 did about a quarter of the
time."""


@pytest.fixture(scope="module")
def external_figures() -> dict:
    heldout = _heldout()
    if not heldout.EXTERNAL.is_dir():
        pytest.skip("../external (the PDFs of benchmarks/heldout/external.md) is not present")
    return heldout.measure(json.loads(heldout.EXTERNAL_LABELS.read_text()), corpus=heldout.EXTERNAL)


@pytest.mark.parametrize("name", sorted(EXTERNAL_FLOORS))
def test_outside_publishers_figures_do_not_fall(external_figures: dict, name: str) -> None:
    found_floor, precision_floor, burial_floor = EXTERNAL_FLOORS[name]
    f = external_figures[name]
    found = f["text"][0] + f["pdf"][0]
    right = f["text precision"][0] + f["pdf precision"][0]
    wrong = f["text precision"][2] + f["pdf precision"][2]
    agree, judged = f["burial"][:2]
    assert found >= found_floor, (name, found)
    assert right / (right + wrong) >= precision_floor, (name, right, wrong)
    assert agree / judged >= burial_floor, (name, agree, judged)


@pytest.mark.parametrize("name", ["labels.json", "external.json"])
def test_the_labels_hold_no_third_party_text(name: str) -> None:
    """Each item keeps its place and hashed n-grams only: no quote of the corpus."""
    labels = json.loads((ROOT / "benchmarks" / "heldout" / name).read_text())
    for item in labels["items"]:
        keys = {"at", "borderline", "doc", "grams2", "grams3", "set", "words"}
        assert set(item) - {"buried"} == keys
        assert all(len(g) == 12 and int(g, 16) >= 0 for g in item["grams2"] + item["grams3"])


def test_a_clause_matches_the_item_it_was_quoted_from() -> None:
    heldout = _heldout()
    words = heldout.words("(b) theft of tools left in an unlocked van overnight;")
    item = {
        "words": len(words),
        "grams2": sorted(heldout.hashed(words, 2)),
        "grams3": sorted(heldout.hashed(words, 3)),
    }
    assert heldout.matches(item, "Theft of tools left in an unlocked van overnight.")
    assert heldout.matches(item, "tools left in an unlocked van")  # a part of the unit
    assert not heldout.matches(item, "Damage to a parked van caused by frost.")
