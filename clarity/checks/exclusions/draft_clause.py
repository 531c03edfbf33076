"""The whole clause behind a draft bullet (draft.py): when a bullet would hide part of its
clause behind "…", it shows the whole clause if short, keeps "…" when what it hides only
lists more or lifts the exclusion, and is left out when what it hides is the condition
that makes the clause an exclusion."""

from __future__ import annotations

import re

from clarity.checks.exclusions.draft_exceptions import LIFTS, opening_words, with_exception
from clarity.checks.exclusions.draft_list_items import LIST_SEPARATOR, listed_items
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.model import Exclusion
from clarity.checks.exclusions.run_in_title import after_run_in_title, title_line
from clarity.checks.exclusions.topic_words import (
    TRAILING,
    WORD,
    adjective_only,
    ends_on_participle,
    participle,
    verb_only,
    word_set,
)
from clarity.checks.exclusions.triggers import find_trigger

_NEW_SENTENCE = re.compile(r"(?<=[a-z)])\s+(?=(?:We|The|This|These|It)\s+[a-z])")
"""A sentence that begins without a stop before it, as PDF text runs on ("... heating
systems We also cover ...")."""
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_SPACE_COMMA = re.compile(r"\s+,")
_NOR = re.compile(r",?\s+nor\b")
"""'... garden structures, nor for any loss ...': the next exclusion of the sentence."""
_PASSIVE = re.compile(
    r"\s+(?:only\s+)?(?:is|are|shall\s+be|will\s+be)\s+(?:excluded|not\s+(?:covered|payable))\b",
    re.IGNORECASE,
)


def has_main_verb(lex: CompiledLexicon, hidden: str) -> bool:
    """Do the words after the topic hold a verb of the main clause ("Medical tests | are
    excluded", "Sanctions or other laws | prohibit us"), before any word that opens a
    clause of its own ("if the trailer is not attached")? Then the topic was the subject
    of a sentence, and its whole clause is no bullet."""
    conditions = lex.pattern("draft_conditions")
    exceptions = lex.pattern("draft_exceptions")
    opens = [p.search(hidden) for p in (conditions, exceptions) if p is not None]
    end = min([m.start() for m in opens if m is not None], default=len(hidden))
    verbs = word_set(lex, "draft_main_verbs")
    words = [w.lower() for w in WORD.findall(hidden[:end])]
    # "... computer equipment designed | to be | portable": an infinitive's verb is not
    # the main clause's
    return any(w in verbs and (i == 0 or words[i - 1] != "to") for i, w in enumerate(words))


def negates_its_subject(lex: CompiledLexicon, hidden: str) -> bool:
    """Do the words after the topic say, in the topic's own clause, that the topic is not
    so ("Final investigation report of police | is not submitted to the Company")? Then
    the topic is the subject of an unmet condition: shown with "…", it reads as the thing
    excluded, the wording reversed. Not a negation after a comma or inside a clause of
    its own ("War |, whether war be declared or not", "any hospital | which is not
    registered"), nor the clause's own refusal ("is not provided":
    ``draft_refusal_participles``)."""
    found = _SUBJECT_NEGATED.match(hidden)
    if found is None:
        return False
    participle = _NEXT_WORD.match(hidden, found.end())
    refusals = word_set(lex, "draft_refusal_participles")
    return participle is None or participle.group(1).lower() not in refusals


_SUBJECT_NEGATED = re.compile(
    r"(?:(?!\b(?:that|which|who|whom|whose|where|when|if|unless|whether|because|while|"
    r"whilst|or|and)\b)[^,;:()])*?\b(?:is|are|was|were|has|have|had|does|do|did)\s+not\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+(?:be\s+)?([^\W\d_]+)", re.IGNORECASE)
"""The word after "not", past a "be"."""


_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\s+[^\W\d_]+", re.IGNORECASE)
MAX_WHOLE_WORDS = 24
"""A bullet that would hide part of its clause behind "…" shows the whole clause instead
when it has no more words than this ("Cars that broke down before cover began")."""
_STOP = re.compile(r"(?<!\.[A-Za-z])\.(?=\s|$)|[;:](?=\s|$)")
_FULL_STOP = re.compile(r"(?<!\.[A-Za-z])\.(?=\s|$)")
"""A sentence's end (not a title's colon): a trigger after it is another sentence's."""
"""The end of a clause: a stop, a semicolon or a colon; not the last stop of an
abbreviation ("B.A.S.E. jumping", "U.S. repair warranty")."""
_SENTENCE_END = re.compile(r"(?<![A-Z])\.\s+(?=[A-Z])")
"""A full stop before a new sentence (not an initial's: "Dr. A. Smith")."""


def whole_or_more(lex: CompiledLexicon, topic: str, rest: str, after: str) -> str:
    """The words of a bullet whose clause goes on past its topic: the whole clause when
    it is short, up to the first exception ("unless", "other than": ``draft_exceptions``)
    with "…" after it; else the topic and "…" when what "…" hides only lists more or
    lifts the exclusion ("Pregnancy … (except for complications)"); else nothing: when
    what it hides is the condition that makes the clause an exclusion ("Civil unrest
    in circumstances | where it was foreseen before booking", "Cancellation of flights
    | if a warning had been published"), the words shown would claim more than the
    wording does, and a wrong bullet costs the writer more than a missing one."""
    exceptions = lex.pattern("draft_exceptions")
    conditions = lex.pattern("draft_conditions")
    found = exceptions.search(rest) if exceptions is not None else None
    own = found is not None and not rest[: found.start()].strip(" ,(")
    if own and found is not None and exceptions is not None:
        # "Dental care | other than after an accident": the exception is the clause's own
        # qualifier, shown with it when the whole clause is short; else "…" stands for it
        found = exceptions.search(rest, found.end())
    ended = _SENTENCE_END.search(rest, 0, found.start()) if found is not None else None
    if (
        found is not None
        and ended is not None
        and find_trigger(lex, rest, ended.end(), found.start(), need_context=False)
    ):
        # "... activities of contractors. | Whilst contractors are at the Home, there is
        # no cover for theft unless ...": the exception lifts another sentence's exclusion
        # (not a title's restated: "Vaccination. Vaccination unless forming part of ...")
        found = None
    give_back = lex.pattern("draft_give_back")
    if (
        found is not None
        and ended is not None
        and give_back is not None
        and give_back.search(rest, ended.end(), found.start())
    ):
        # "... plant roots. | However, we will pay for any resulting loss ... unless it
        # is itself a Loss Not Insured": the exception is the give-back's, not the clause's
        found = None
    cut = found.start() if found is not None else len(rest)
    # "Medical tests ... | are excluded": the clause's own trigger ends what it excludes
    passive = _PASSIVE.search(rest)
    resume = cut
    for stop in (_STOP.search(rest), _NEW_SENTENCE.search(rest), _NOR.search(rest), passive):
        if stop is not None and stop.start() < cut:
            cut = stop.start()
            resume = stop.end() if stop is passive else cut
    more = found is not None or bool(TRAILING.sub("", rest[resume:]).strip(" ,;:."))
    if exceptions is not None and exceptions.search(after):
        more = True
    words = (topic + rest[:cut]).split()
    dangling = word_set(lex, "draft_dangling_end")
    while len(words) > 1 and (_PAGE_NUMBER.match(words[-1]) or words[-1].lower() in dangling):
        words = words[:-1]  # "Management fees, 15": a PDF's page number; "from the"
    whole = _SPACE_COMMA.sub(",", TRAILING.sub("", " ".join(words)))
    if (
        len(WORD.findall(whole)) <= MAX_WHOLE_WORDS
        and len(whole) > len(topic)
        and whole.count("(") == whole.count(")")
        and not has_main_verb(lex, _WHETHER_ASIDE.sub("", rest[:cut]))
        and (more or not whole.endswith("ing") or not ends_on_participle(lex, whole.split()))
        and not (own and more)
    ):
        if found is not None and (
            cut == found.start() or not rest[resume : found.start()].strip(" ,")
        ):
            # "... shall be excluded | until the expiry of 48 months": the exception
            # straight after the clause's own trigger lifts it too
            return with_exception(lex, whole, rest, found)
        return whole + (" …" if more else "")  # not "... from the company providing": a page cut
    if own:
        first = exceptions.search(rest) if exceptions is not None else None
        return with_exception(lex, topic, rest, first) if first is not None else topic + " …"
    hidden = rest[:cut]
    if negates_its_subject(lex, hidden):
        return ""  # "Final investigation report | is not submitted": a condition unmet
    if _opens_condition(lex, hidden):
        return ""  # "Civil unrest | where it was foreseen", "Inability | to complete ..."
    for condition in conditions.finditer(hidden) if conditions is not None else ():
        if _ALTERNATIVE.search(hidden, 0, condition.start()):
            break  # what follows belongs to the alternative
        return ""  # "Insurrection, war or unrest | that ... existed before the journey"
    shown = _first_alternatives(lex, topic, hidden)
    if shown == topic:
        shown = listed_items(lex, topic, hidden, MAX_WHOLE_WORDS)
    shown += " …"
    if found is not None and LIFTS.match(found.group(0)):
        # "Treatment relating to the removal of physical flaws | or anomalies (... unless
        # medically required ...)": the bullet says an exception follows what it hides
        return f"{shown}, {opening_words(found).lower()} …"
    return shown


_WHETHER_ASIDE = re.compile(r"\(\s*whether\b[^()]*\bor\s+not\s*\)", re.IGNORECASE)
"""An aside that widens the clause ("War, invasion, hostilities (whether war has been
declared or not)"): its verb is not the clause's, which stays a list of things."""


def _first_alternatives(lex: CompiledLexicon, topic: str, hidden: str) -> str:
    """The topic and the first alternatives of the list it opens, to the last "or" or
    comma within ``MAX_WHOLE_WORDS`` ("Nuclear | weapons material or ionizing radiation
    or ..." -> "Nuclear weapons material or ionizing radiation"): a bullet that names fewer
    alternatives stays true, where a bare "Nuclear" says nothing. Only for a topic that
    ends on an adjective, which lost its noun; the topic alone when the list does not go
    on from it at once."""
    words = topic.split()
    if not words or not adjective_only(lex, words[-1]):
        return topic
    if not hidden[:1].isspace() or not hidden.strip()[:1].isalpha():
        return topic
    ends = [
        m.start()
        for m in LIST_SEPARATOR.finditer(hidden)
        if len(WORD.findall(topic + hidden[: m.start()])) <= MAX_WHOLE_WORDS
    ]
    if not ends:
        return topic
    return " ".join((topic + hidden[: ends[-1]]).split())


def dangles(lex: CompiledLexicon, topic: str) -> bool:
    """Does the bullet end on a word that needs more after it ("... unless caused by",
    "Dampness or dryness of")? The words it needs were a list's items or the next line
    the reader split off; the bullet says that more follows."""
    words = topic.split()
    if not words or topic.endswith("…"):
        return False
    return words[-1].lower() in word_set(lex, "draft_ends_wanting_more")


def titles_its_clause(lex: CompiledLexicon, topic: str, rest: str, clause: str = "") -> bool:
    """Is the topic a run-in title the clause after it opens under ("Athletics
    Activities | To a person injured while practicing"), or the title line of ``clause``,
    its words as printed ("13. Products Guarantee" / "any product guarantee ...")?"""
    if after_run_in_title(lex, f"{topic}{rest}") == rest.lstrip():
        return True
    return bool(clause) and title_line(lex, clause) == topic


def titled_clause(lex: CompiledLexicon, topic: str, rest: str, after: str) -> str:
    """The bullet of a clause a run-in title opens ("Criminal Acts | "Personal and
    advertising injury" arising out of a criminal act committed by the insured"): the
    title and the clause when the clause is one short sentence that nothing after it
    lifts; else no bullet. The title alone names a field of law or a kind of loss
    ("Liquor Liability", "Damage To Property"), and a reader takes it for all of it,
    where the clause excludes only part ("... only if you are in the business of selling
    alcoholic beverages")."""
    body = " ".join(rest.split()).lstrip(" :–—-")
    stop = _STOP.search(body)
    if stop is not None and body[stop.start()] == ":":
        return ""  # "... by reason of: (1) ...": its causes are a list of their own
    if stop is not None and body[stop.start()] == ";" and body[stop.end() :].strip():
        return ""  # "... admissions for wilderness training; for custodial care ...": a list
    sentence = body[: stop.start()] if stop is not None else body
    passive = _PASSIVE.search(sentence)
    if passive is not None and not sentence[passive.end() :].strip():
        sentence = sentence[: passive.start()]  # "Services to treat infertility | are not covered"
    remainder = body[stop.end() :] if stop is not None else ""
    exceptions = lex.pattern("draft_exceptions")
    if exceptions is not None and any(exceptions.search(t) for t in (sentence, remainder, after)):
        return ""  # "This exclusion does not apply to ...": the carve-back is the point
    if not sentence or len(WORD.findall(sentence)) > MAX_WHOLE_WORDS:
        return ""
    if lex.matches("draft_not_standalone", sentence) or _POINTS_AWAY.search(sentence):
        return ""  # "... that does not fulfil all the below conditions"
    if _OWN_SUBJECT.match(sentence) or has_main_verb(lex, sentence):
        return ""  # "Life Care | This option can only be used if ...": a rule, not a thing
    if sentence.lower().startswith(topic.lower()):
        return sentence  # "War: | War, invasion or civil war": the clause names itself
    return f"{topic}: {sentence[:1].upper()}{sentence[1:]}"


_POINTS_AWAY = re.compile(r"\b(?:the|these|those)\s+(?:\w+\s+)?(?:below|above|following)\b")
"""A clause that points at a list it does not hold ("... that does not fulfil all the
below conditions")."""


_OWN_SUBJECT = re.compile(
    r"(?:or|and|but|nor|to|for|by|from|of|with|against|this|these|it|we|they|if|when|"
    r"where|whenever|unless|while|whilst)\b",
    re.IGNORECASE,
)
"""A clause after a title that opens on a link or a preposition ("FINES AND PENALTIES |
Or indemnify the Insured ...", "Athletics Activities | To a person injured ...": the
words of a lead-in go before it, "We will not pay expenses for bodily injury:"), a
condition, or a subject of its own ("This feature allows you to ...") is no thing a
bullet can name."""


_ALTERNATIVE = re.compile(r"\b(?:or|and)\s*$")
"""'... or | where you would have been advised against it': the condition of an
alternative of its own, not of the topic."""


_FIRST_WORDS = re.compile(r"^[\s,]*([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def _opens_condition(lex: CompiledLexicon, hidden: str) -> bool:
    """Do the words after a topic open with a condition ("where", "if", "arising"), an
    infinitive ("inability | to complete the tour") or a participle ("a person | residing
    abroad")? Not a preposition that completes the noun ("the crewing | of a vessel")."""
    conditions = lex.pattern("draft_conditions")
    words = _FIRST_WORDS.match(hidden)
    if words is None:
        return False
    first, second = words.group(1), words.group(2) or ""
    if conditions is not None and conditions.match(first):
        return True
    if first.lower() == "to" and second:
        return verb_only(lex, second)
    return participle(lex, first)


def straight_after(exclusion: Exclusion, text: str, topic: str, rest: str) -> bool:
    """Does ``rest`` follow the topic straight on in its clause (no trigger between)?"""
    clause = " ".join(text[exclusion.start : exclusion.end].split()).lower()
    return (topic + rest).lower() in clause


def after_topic(lex: CompiledLexicon, exclusion: Exclusion, text: str, topic: str) -> str | None:
    """The clause's words after its topic (after the trigger too, when the topic is its
    subject: "Daily allowance | will not be paid | if ..."); None when the topic is not
    in the clause."""
    clause = " ".join(text[exclusion.start : exclusion.end].split())
    at = clause.lower().find(topic.lower())
    end = at + len(topic)
    if at < 0 and topic.strip():
        # 'against you or "your" association': the topic was found in the words with the
        # quotes of defined terms left out
        found = re.search(
            r"[\s\"“”]+".join(re.escape(w) for w in topic.split()) + r"[\"”]?", clause, re.I
        )
        if found is None:
            return None
        at, end = found.start(), found.end()
    if at < 0:
        return None
    rest = clause[end:]
    trigger = find_trigger(lex, rest, 0, len(rest), need_context=False)
    qualifiers = lex.pattern("draft_qualifiers")
    # the topic is not inside a relative clause of the subject ("Any sickness that
    # manifests itself during the above | waiting period"): there what follows the trigger
    # says something of the whole subject, not of the topic
    opens_subject = _RELATIVE.search(clause[:at]) is None
    if (
        opens_subject
        and trigger is not None
        and trigger.family not in lex.weak  # "except", "only if" narrow; they stay
        and len(WORD.findall(rest[: trigger.start])) <= 2
        and not _FULL_STOP.search(rest[: trigger.start])  # "players. | This does not apply"
        and not (qualifiers and qualifiers.match(rest[: trigger.start]))  # "when it | is not"
    ):
        rest = rest[trigger.end :]
        pointer = lex.pattern("draft_trigger_tails")
        found = pointer.match(rest) if pointer is not None else None
        if found is not None:
            rest = rest[found.end() :]  # "are excluded | from coverage": the cover, no qualifier
    return rest
