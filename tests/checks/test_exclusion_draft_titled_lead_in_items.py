"""Section titles of the items of a numbered lead-in that opens with a title line of its
own ("6. Fraud and dishonesty" / "Any claim arising out of:" / "a) ..."): the items
exclude under that title, not under the numbered item before it ("5. Employer's
liability"), which is another clause of the same list
(clarity/checks/exclusions/peril_titles.py ``_titled_lead_in``). All text here is
invented."""

from __future__ import annotations

from exclusion_helpers import GENERAL_PART, document_of_blocks, draft_sections

LIST = ("heading", 1, "", "Section 4 Public liability")
LEAD = ("paragraph", 0, "", "We will not pay for any claim:")
EMPLOYERS = (
    ("list_item", 1, "5.", "5. Employer’s liability"),
    ("list_item", 2, "a)", "a) for injury to any person you employ;"),
    ("list_item", 2, "b)", "b) under any workers’ compensation law."),
)


def _sections(*lines: tuple) -> dict[str, list[str]]:
    return draft_sections(
        document_of_blocks((LIST, LEAD, *EMPLOYERS, *lines, *GENERAL_PART), sections=True)
    )


def _titles_of(sections: dict[str, list[str]], words: str) -> list[str]:
    return [t for t, bullets in sections.items() if any(words in b.lower() for b in bullets)]


def test_the_items_of_a_titled_lead_in_take_its_title() -> None:
    sections = _sections(
        (
            "list_item",
            1,
            "6.",
            "6. Fraud and dishonesty\nAny claim arising out of or connected with:",
        ),
        ("list_item", 2, "a)", "a) any dishonest act of an insured; or"),
        ("list_item", 2, "b)", "b) any wilful breach of a statute by an insured."),
    )
    assert _titles_of(sections, "wilful breach") == [f"{LIST[3]} – Fraud and dishonesty"]


def test_a_bulleted_name_run_into_a_lead_in_titles_nothing() -> None:
    """ "– Road Traffic Act 1988" / "We will not pay:": the last of a list of names the
    reader ran into the lead-in under it, no title of the lead-in's."""
    sections = _sections(
        ("list_item", 1, "–", "– Health and Safety at Work Act 1974"),
        ("list_item", 1, "–", "– Road Traffic Act 1988\nWe will not pay:"),
        ("list_item", 2, "(1)", "(1) for proceedings which result from a deliberate act of yours."),
    )
    titles = _titles_of(sections, "deliberate act")
    assert titles and not any("Road Traffic" in title for title in titles), sections


def test_a_lead_in_titled_with_a_bare_label_names_no_cover() -> None:
    sections = _sections(
        ("list_item", 1, "6.", "6. Exclusions\nAny claim arising out of:"),
        ("list_item", 2, "a)", "a) any dishonest act of an insured; or"),
        ("list_item", 2, "b)", "b) any wilful breach of a statute by an insured."),
    )
    titles = _titles_of(sections, "wilful breach")
    assert titles and not any(title.endswith("– Exclusions") for title in titles), sections
