"""Loan agreements: the up-front key facts, and cost clauses buried in the small print."""
