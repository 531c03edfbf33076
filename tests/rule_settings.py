"""Settings for tests of a check's behaviour: every rule runs, opt-in ones included.

A rule off by default (``default: false`` in its pack) still has behaviour to test; tests
of what runs by default use plain ``Settings()`` (tests/test_default_rules.py).
"""

from __future__ import annotations

from clarity.core.settings import Settings

EVERY_RULE = Settings(extend_select=("ALL",))
EVERY = ("--extend-select", "ALL")
"""The same on the command line."""
