"""The Python API: the same results as the CLI's JSON, as plain picklable objects."""

from __future__ import annotations

import os
from dataclasses import replace

from clarity.core.errors import InputError
from clarity.core.findings import DocumentResult
from clarity.core.settings import Settings, load_settings
from clarity.readers import READERS
from clarity.run.pipeline import analyse, check_one


def check_text(
    text: str,
    lang: str = "auto",
    profile: str = "auto",
    genre: str | None = None,
    fmt: str = "text",
    path: str = "<text>",
    settings: Settings | None = None,
) -> DocumentResult:
    """Check a string. ``fmt`` is "text" or "markdown"; ``genre`` is one of
    ``clarity.core.settings.GENRE_CHOICES``, or None for the settings' (default "auto")."""
    settings = replace(settings or Settings(), lang=lang, profile=profile)
    if genre is not None:
        settings = replace(settings, genre=genre)
    document = READERS[fmt][1](path, text)
    return analyse(document, settings)


def check_file(path: str | os.PathLike[str], settings: Settings | None = None) -> DocumentResult:
    """Check one file, with the config found from the current directory unless given."""
    outcome = check_one(str(path), settings or load_settings())
    if isinstance(outcome, DocumentResult):
        return outcome
    raise InputError(outcome.path, outcome.message)
