"""Readability metrics, statutory readability tests and the clarity score.

Metric code lives here; findings built from the metrics live in
``clarity.checks.readability.check`` so that metrics are computed (and reported in
the JSON) even when the R rules are not selected.
"""
