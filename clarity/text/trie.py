"""One regex for many literals, shaped as a trie so that ``re`` tries each position once.

An alternation of hundreds of words (``upon|event|...``) makes ``re`` try every
word at every position. Sharing prefixes (``e(?:vent|xcess)``) means one
character test per position for the usual case of no match.
"""

from __future__ import annotations

import re


def trie_regex(literals: list[str]) -> str:
    """A regex for all ``literals`` that matches the longest of them at a position
    (and, by backtracking, a shorter one when what follows rules the longest out)."""
    root: dict[str, dict] = {}
    for literal in literals:
        node = root
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, dict]) -> str:
    alternatives = [re.escape(char) + _branches(node[char]) for char in sorted(node) if char]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body
