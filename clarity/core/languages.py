"""The languages clarity checks: one list, read by the rule packs, the spaCy pipeline
and the command line. Adding a language starts here and in rules/<lang>/."""

LANGUAGES = ("en", "fi")
