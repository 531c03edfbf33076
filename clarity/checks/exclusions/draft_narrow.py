"""The words that narrow a draft bullet's topic from outside it: before the topic in its
clause, or in the noun phrase the topic was cut from.

A topic names the clause's subject; a bullet of the topic alone says that subject is not
covered. When the clause narrows it with words the topic does not hold, the bullet claims
more than the wording, which changes the contract's meaning:

- words before the topic ("Loss due to your voluntary action due to any act of |
  terrorism", "the conduct of an employee after you have knowledge of any prior act of |
  fraud"): the bullet starts where the clause names what it excludes;
- the name of the vocabulary standing for a clause whose words it is not ("Alcohol or
  drugs" for "driving whilst under the influence of drink or drugs"): the draft has no
  words of the document for it, and leaves it to the writer;
- a carve-out ("Area 2: China (excluding | Tibet)", "any offence (excluding | motoring
  offences)"): the thing is taken out of what the words before it name, not out of the
  cover, and the bullet would drop what it is taken out of;
- a give-back in the sentence after a list or clause ("Notwithstanding the foregoing, this
  policy shall cover ..."): the bullets of what it gives back to end in "…".
"""

from __future__ import annotations

import re
from itertools import pairwise

from clarity.checks.exclusions.draft_clause import dangles
from clarity.checks.exclusions.leads import marker_style
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.topic_words import generic_words, is_function, word_set
from clarity.checks.exclusions.triggers import find_trigger
from clarity.readers.structure import list_marker

_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
ITEM_MARKER = re.compile(
    r"^\W*(?:\(?(?:[ivx]{1,5}[.)]|[a-z][.)]|[A-Z]?\d{1,2}(?:\.\d{1,2})*[.)]?)\s+)+", re.I
)
"""A list marker at the start of a clause ("(iii) ", "b) ", "1.1 ")."""
_BREAK = re.compile(r"[.;:](?:\s|$)|\(")


def vocabulary_name_only(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Is the topic the name of a vocabulary topic ("Self-inflicted injury") that its
    clause does not spell ("intentional self-injury")? Its words are not the document's,
    and the draft cannot tell what narrows them: whose act, what consequence. A market
    clause excludes its peril whoever's the act (``draft_standing_themes``: "Sonic bangs"
    for "pressure waves caused by aircraft travelling at sonic speeds"): its name stands
    when the clause holds its first word."""
    topic = " ".join(exclusion.topic.split()).lower()
    if topic not in {name.lower() for name, _ in lex.topics}:
        return False
    clause = " ".join(text[exclusion.start : exclusion.end].split()).lower()  # not the list's
    if topic in word_set(lex, "draft_standing_themes"):
        return topic.split()[0].rstrip("s") not in clause
    return topic not in clause


def standing_theme(lex: CompiledLexicon, exclusion: Exclusion) -> bool:
    """Is the topic the name of a market clause (``draft_standing_themes``: "Sanctions")?"""
    topic = " ".join(exclusion.topic.split()).lower()
    return exclusion.named_topic and topic in word_set(lex, "draft_standing_themes")


def carves_out(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Is the clause's trigger a word that carves its subject out of the words before it
    ("Malicious damage (excluding scratches)": ``draft_carve_out_triggers``), inside the
    sentence? Then what is taken out of the cover is only that part of what precedes."""
    trigger = text[exclusion.trigger_start : exclusion.trigger_end]
    return (
        exclusion.source == "sentence"
        and exclusion.trigger_start > exclusion.sentence_start
        and lex.matches("draft_carve_out_triggers", trigger)
    )


def topic_in_exception(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Does the topic sit inside the exception its sentence makes after the trigger ("the
    Company shall not be liable | except in respect of loss or damage by fire, theft ...
    | terrorism")? Then it names what stays covered, and a bullet of it says the wording
    reversed."""
    exceptions = lex.pattern("draft_exceptions")
    if exceptions is None or exclusion.source != "sentence":
        return False
    topic = " ".join(exclusion.topic.split()).lower()
    before = " ".join(text[exclusion.sentence_start : exclusion.trigger_start].split())
    if topic in before.lower():
        return False  # the subject ("Pre-Existing Medical Condition | will not be covered")
    end = max(exclusion.end, exclusion.sentence_end)
    after = " ".join(text[exclusion.trigger_end : end].split())
    at = after.lower().find(topic)
    return at > 0 and exceptions.search(after[:at]) is not None


def names_a_part(lex: CompiledLexicon, exclusion: Exclusion, text: str) -> bool:
    """Does the topic name the part of the policy a benefit is not paid under ("This
    benefit is not payable under | the Partial TPD benefit", "... not available under |
    a superannuation ownership": ``draft_part_before_topic``)? The benefit is what the
    clause takes away; the part is where, and alone it reads as excluded itself."""
    pattern = lex.pattern("draft_part_before_topic")
    if pattern is None:
        return False
    clause = " ".join(text[exclusion.start : exclusion.end].split())
    at = clause.lower().find(" ".join(exclusion.topic.split()).lower())
    return at > 0 and pattern.search(clause[:at]) is not None


def narrowing_before(lex: CompiledLexicon, exclusion: Exclusion, text: str, topic: str) -> str:
    """The clause's words from where it names what it excludes up to its topic, when they
    narrow it ("action taken in controlling ... any act of | terrorism"); "" when the
    topic opens the clause or only generic words, links of cause ("arising from") and the
    trigger's own words (``draft_plain_before_topic``) stand before it."""
    lo = exclusion.start
    if exclusion.source == "sentence" and lo <= exclusion.trigger_start < exclusion.end:
        after = " ".join(text[exclusion.trigger_end : exclusion.end].split())
        if topic.lower() in after.lower():
            lo = exclusion.trigger_end  # "We will not cover | ...": the words after it
        # else the trigger closes the clause ("Expenses for voluntary termination of |
        # pregnancy ... are not covered"): the words before it name what is excluded
    clause = " ".join(text[lo : exclusion.end].split())
    at = clause.lower().find(topic.lower())
    if at <= 0:
        return ""
    before = _BREAK.split(clause[:at])[-1]  # "... suppressing: a) | war": its own item
    trigger = find_trigger(lex, before, 0, len(before), need_context=False)
    if trigger is not None:
        before = before[trigger.end :]  # "We, X and our agents are not responsible for |"
    if not _COUNTED.match(before):
        before = ITEM_MARKER.sub("", before)  # not "30 | days after the outbreak of"
    if _CAUSE_LINK.search(before) and _only_lead_words(lex, before):
        return ""  # "Loss or damage to the Motor Vehicle arising out of | flood": the cause
    plain = word_set(lex, "draft_plain_before_topic") | generic_words(lex)
    words = _WORD.findall(before)
    if all(is_function(lex, w) or w.lower() in plain for w in words):
        return ""
    if any(w.lower() in word_set(lex, "draft_subordinators") for w in words):
        return _INSIDE_A_CLAUSE  # "to the extent that trade or economic | sanctions"
    # "to pay more than | the purchase price", "loss due to | your voluntary action": from
    # its first word that narrows, or the owner before it
    owners = word_set(lex, "draft_owner_words")
    first = next(
        found
        for found in _WORD.finditer(before)
        if (w := found.group()).lower() in owners or not (is_function(lex, w) or w.lower() in plain)
    )
    number = _NUMBER_BEFORE.search(before, 0, first.start())
    start = number.start() if number else first.start()
    paired = _PAIRED_BEFORE.search(before, 0, start)
    if paired is not None and not is_function(lex, paired.group(1)):
        start = paired.start()  # "the use, or | threat of use, of any pathogenic": both
    return before[start:]


_PAIRED_BEFORE = re.compile(r"\b([\w-]+),?\s+(?:or|and|and/or)\s+$", re.IGNORECASE)
"""The first word that narrows is the second of a pair ("the use, or threat of use"): the
bullet starts at the first, else it names only the second."""


_CAUSE_LINK = re.compile(
    r"\b(?:(?:caused|arising|resulting|due|occasioned|attributable)\s+(?:directly\s+or\s+indirectly\s+)?"
    r"(?:by|from|out\s+of|to)|connected\s+with|in\s+connection\s+with)(?:\s+(?:an?|the|any))?\s*$",
    re.IGNORECASE,
)
"""The words before a topic end on a link of cause: the topic is the cause."""


def _only_lead_words(lex: CompiledLexicon, before: str) -> bool:
    """Are the words before the topic only words a topic strips from a clause's start
    (``topic_lead_words``: "loss or damage to", "the insured thing caused by")?"""
    lead = lex.pattern("topic_lead_words")
    rest = before.strip() + " Topic"  # the topic, which some lead words look ahead to
    for _ in range(8):
        found = lead.match(rest) if lead is not None else None
        if found is None or not found.group(0):
            break
        rest = rest[found.end() :].lstrip()
    return bool(before.strip()) and rest == "Topic"


_COUNTED = re.compile(r"^\W*\d+\s+(?:days?|weeks?|months?|years?|hours?)\b", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*(?:\s*-\s*|\s+)$")
"""A number the first narrowing word counts ("30 | days after the outbreak of", "30- |
day waiting period"): the bullet keeps it."""
_INSIDE_A_CLAUSE = "\0"
"""``narrowing_before``'s answer when the topic sits inside a clause that qualifies
something else ("Sickness which is attributable to | pregnancy"): no short bullet keeps it."""


def inside_a_clause(before: str) -> bool:
    return before == _INSIDE_A_CLAUSE


def given_back(lex: CompiledLexicon, exclusions: list[Exclusion], text: str) -> set[int]:
    """The starts of the exclusions whose list (or sentence) the next sentence gives
    some cover back to ("(b) the cost of cleaning up pollutants. Notwithstanding the
    foregoing, this policy shall cover liability otherwise excluded under (a) and (b)"),
    or whose own paragraph goes on to ("2. ... for a fee. This exclusion does not apply
    to shared-expense car pools."): their bullets end in "…", as when the carve-back sits
    in their own clause. A give-back to "such" things of the list's kind lifts the whole
    run, even from inside its last item ("(3) compact disc players. This does not apply
    to such equipment ...")."""
    found = followed_by(lex, exclusions, text, "draft_give_back")
    return found | _lifted_by_kind(lex, exclusions, text) if found is not None else set()


def followed_by(
    lex: CompiledLexicon, exclusions: list[Exclusion], text: str, key: str
) -> set[int] | None:
    """The starts of the exclusions whose own paragraph, or whose list's or sentence's
    next sentence, says what the lexicon's ``key`` matches: a give-back
    (``draft_give_back``), or a sentence that narrows them to some cases
    (``draft_narrowed_after``: "But this exclusion only applies if ..."). None when the
    lexicon has no such words or there is no text."""
    pattern = lex.pattern(key)
    if pattern is None or not text:
        return None
    found: set[int] = set()
    for exclusion, following in pairwise(exclusions):
        # an item whose own paragraph goes on to lift it ("2. ... carrying persons or
        # property for a fee. This exclusion does not apply to shared-expense car pools.")
        after, hi = _next_sentence(text, exclusion)
        hi = min(hi, following.start)
        if after < hi and "\n\n" not in text[after:hi] and pattern.search(text, after, hi):
            found.add(exclusion.start)
    run: list[Exclusion] = []
    for exclusion in [*exclusions, None]:
        if run and (
            exclusion is None
            or exclusion.source == "sentence"
            or (exclusion.source, exclusion.heading) != (run[-1].source, run[-1].heading)
        ):
            last = run[-1]
            _, hi = _next_sentence(text, last)
            if pattern.search(text, last.sentence_end, hi):
                found.update(e.start for e in run)
            run = []
        if exclusion is not None:
            run.append(exclusion)
    return found


def _lifted_by_kind(lex: CompiledLexicon, exclusions: list[Exclusion], text: str) -> set[int]:
    """The items of a sub-list whose last item's own block goes on to lift the list for
    "such" things of its kind ("(3) compact disc players. This does not apply to such
    equipment which is permanently installed ..."): back from that item through the
    items of the same lead-in and marker kind, up to the sub-list's first ("(1)")."""
    to_kind = lex.pattern("draft_give_back_to_kind")
    found: set[int] = set()
    for i, exclusion in enumerate(exclusions):
        lifted = to_kind.search(text, exclusion.start, exclusion.end) if to_kind else None
        marker = _item_marker(text, exclusion)
        if lifted is None or lifted.start() == exclusion.start or marker is None:
            continue
        kind = marker_style(marker)
        for item in reversed(exclusions[: i + 1]):
            mark = _item_marker(text, item)
            if (item.source, item.heading) != (exclusion.source, exclusion.heading) or (
                mark is None or marker_style(mark) != kind
            ):
                break
            found.add(item.start)
            if mark.strip("()[]. ") in _FIRST_MARKS:
                break
    return found


_FIRST_MARKS = frozenset({"1", "a", "A", "i", "I"})


def _item_marker(text: str, exclusion: Exclusion) -> str | None:
    """The list marker the exclusion's line opens with before its words, if any."""
    opening = text[text.rfind("\n", 0, exclusion.start) + 1 : exclusion.start]
    return list_marker(f"{opening} x") if opening.strip() else None


def _next_sentence(text: str, exclusion: Exclusion) -> tuple[int, int]:
    """Where the exclusion's clause ends, and where the sentence after it does (at most
    ``_NEXT_SENTENCE_CHARS`` on)."""
    after = max(exclusion.end, exclusion.sentence_end)
    stop = _SENTENCE_END.search(text, min(len(text), after + 1))
    return after, min(stop.end() if stop else len(text), after + _NEXT_SENTENCE_CHARS)


def without_next_number(text: str, exclusion: Exclusion, shown: str) -> str:
    """The bullet without the next item's number that a list set in two columns puts on
    its line ("5 Benign prostatic hypertrophy 6", "19 Removal of a tympanic drain 20"): a
    number after its words, one more than the item's own, is no part of the item."""
    marker = _item_marker(text, exclusion)
    number = marker.strip("()[]. ") if marker else ""
    tail = f" {int(number) + 1}" if number.isdigit() else ""
    return shown[: -len(tail)].rstrip() if tail and shown.endswith(tail) else shown


_SENTENCE_END = re.compile(r"[.;:](?=\s|$)")
_NEXT_SENTENCE_CHARS = 400


def list_exception_cut(lex: CompiledLexicon, shown: str, clause: str) -> str:
    """The bullet up to its exception word, then "…", when the clause ends by opening the
    exception's list ("... Preexisting Condition unless, on the date you become Disabled,
    you:" / "a. Have been continuously insured ..."): the bullet cannot show the list, and
    "unless ... you" says nothing. One that ends wanting more ("unless caused by") keeps
    its words, and the draft shows that more follows."""
    if not shown or shown.endswith("…") or dangles(lex, shown) or not clause.rstrip().endswith(":"):
        return shown
    found = _EXCEPTION_WORD.search(shown)
    if found is None or found.start() == 0:
        return shown
    return f"{shown[: found.start()].rstrip(' ,')}, {exception_opening(found.group(1))} …"


def exception_opening(word: str) -> str:
    """The word a cut bullet keeps of an exception that points to a list: "unless", or
    "except" for "except (in the following)" and "with the exceptions of"."""
    return "unless" if word.lower() == "unless" else "except"


_EXCEPTION_WORD = re.compile(
    r"[,\s]+(unless|except(?!\s+for\b)|with\s+the\s+exceptions?\s+of)\b", re.IGNORECASE
)
"""The word that opens the exception: "except in the following situations:" and "with
the exceptions of the following:" point to the list as "unless ... you:" does."""
