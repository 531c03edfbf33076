"""The draft bullet of an item that is the predicate of its lead-in's last noun phrase.

"Personal injury arising out of a libel, slander or defamation: | a) made prior to the
commencement of the period": the item opens on a past participle
(``draft_item_opens_on_participle``) and says which defamation is excluded; alone it names
nothing ("Made prior to ..."). The bullet joins the thing the lead-in ends on and the
item ("Libel, slander or defamation made prior to the commencement of the period"). No join
when the lead-in ends on a party or a verb ("if you: | made a false statement in your
claim"): there the item is the insured's act, and stays as it is.
"""

from __future__ import annotations

import re

from clarity.checks.exclusions.draft_clause import WORD, has_main_verb
from clarity.checks.exclusions.draft_item_words import VERB, lowered, whole_body
from clarity.checks.exclusions.lexicon import CompiledLexicon
from clarity.checks.exclusions.topic_words import is_function, word_set
from clarity.checks.exclusions.triggers import find_trigger

_LAST_OBJECT = re.compile(
    r"^.*(?:\b(?:arising\s+(?:out\s+of|from)|caused\s+by|resulting\s+from|due\s+to|"
    r"attributable\s+to|of|for|from|in\s+respect\s+of|involving)\s+)"
    r"(?:(?:a|an|the|any)\s+)?(?P<thing>[^:;()]+?)\s*:\s*$",
    re.IGNORECASE | re.DOTALL,
)
"""The noun phrase a lead-in ends on, after the last word that makes it an object ("...
arising out of a | libel, slander or defamation:"; the greedy start finds the last)."""
MAX_THING_WORDS = 6
"""Most words of the lead-in's noun phrase a bullet takes before its item."""


def predicate_phrase(lex: CompiledLexicon, lead_in: str, item: str) -> str:
    """The lead-in's last noun phrase, then the item it is the subject of; "" when the
    item does not open on a past participle, the lead-in does not end on a thing (a
    party, a verb, a generic word of loss), or the item is too long to show whole."""
    words = WORD.findall(item)
    first = words[0].lower() if words else ""
    if first not in word_set(lex, "draft_item_opens_on_participle"):
        return ""
    found = _LAST_OBJECT.match(lead_in)
    if found is None:
        return ""
    thing = " ".join(found.group("thing").split())
    thing_words = [w.lower() for w in WORD.findall(thing)]
    if not thing_words or len(thing_words) > MAX_THING_WORDS or VERB.search(thing):
        return ""
    excluded = word_set(lex, "topic_party_words") | word_set(lex, "topic_generic_words")
    if is_function(lex, thing_words[0]) or thing_words[-1] in excluded:
        return ""
    if has_main_verb(lex, thing) or find_trigger(lex, thing, 0, len(thing), need_context=False):
        return ""
    body = whole_body(item)
    if not body:
        return ""
    return f"{thing[:1].upper()}{thing[1:]} {lowered(body)}"
