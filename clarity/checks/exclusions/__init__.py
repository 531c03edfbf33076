"""Exclusions: finding what a contract does not cover, and how well it is hidden.

The detector (``detect``) finds exclusion clauses from trigger sentences and from
list items under exclusion headings or lead-ins; ``burial`` collects the evidence
that one is hard to find; ``summary`` finds the up-front "what is not covered"
section and drafts one. All vocabulary comes from ``rules/<lang>/exclusions.yml``.
"""

from clarity.checks.exclusions.model import Exclusion

__all__ = ["Exclusion"]
