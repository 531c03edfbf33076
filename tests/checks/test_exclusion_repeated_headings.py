"""An exclusions heading set over a part of several sections ("Specific Exclusions"
under each cover of a travel policy) names none of them: the draft titles its section
with the cover it belongs to, as it does a bare "Exclusions". Set once, or named as the
whole policy's ("General Exclusions"), it stays as it is. Fixtures written for this file."""

from __future__ import annotations

from test_exclusion_topics_draft import draft_titles

COVERS = ("Emergency medical expenses", "Loss of baggage", "Baggage delay")
ITEMS = (
    "treatment that was the reason for your journey",
    "baggage sent ahead as cargo",
    "a delay caused by customs officers",
)


def _policy(heading: str, covers: int = 3) -> str:
    parts = ["# Travel policy\n"]
    for number, (cover, item) in enumerate(zip(COVERS[:covers], ITEMS, strict=False), start=4):
        parts += [
            f"## SECTION {number} {cover}\n",
            "We pay the costs this section describes, up to the limit in your schedule.\n",
            f"## {heading}\n",
            "We will not pay for:\n",
            f"- {item}.\n",
        ]
    return "\n".join(parts)


def test_each_section_keeps_its_own_specific_exclusions() -> None:
    assert draft_titles(_policy("Specific Exclusions")) == [
        "### SECTION 4 Emergency medical expenses – Specific Exclusions",
        "### SECTION 5 Loss of baggage – Specific Exclusions",
        "### SECTION 6 Baggage delay – Specific Exclusions",
    ]


def test_a_heading_set_once_is_the_policys_own() -> None:
    assert draft_titles(_policy("Specific Exclusions", covers=1)) == []
    text = _policy("Specific Exclusions", covers=1) + (
        "\n## Standard Exclusions\n\nWe will not pay for any claim arising from war.\n"
    )
    assert "### Specific Exclusions" in draft_titles(text)


def test_general_exclusions_stay_the_whole_policys() -> None:
    # one section of three bullets: the draft sets no titles
    titles = draft_titles(_policy("General Exclusions"))
    assert titles == [], titles


def test_a_numbered_part_is_no_peer_s_item() -> None:
    """ "B. Exclusions" after "4. Coverage Extensions" (an item of "A. Coverage") belongs
    to the form, not to the extension."""
    forms = ("BUILDING COVERAGE FORM", "MONEY COVERAGE FORM", "GLASS COVERAGE FORM")
    parts = []
    for form, item in zip(forms, ITEMS, strict=True):
        parts += [
            f"# {form}\n",
            "## A. Coverage\n",
            "We pay for direct physical loss to the property described.\n",
            "## 4. Coverage Extensions\n",
            "We also pay for debris removal up to the limit in the declarations.\n",
            "## B. Exclusions\n",
            "We will not pay for:\n",
            f"- {item}.\n",
        ]
    assert draft_titles("\n".join(parts)) == [f"### {form} – B. Exclusions" for form in forms]


def test_page_furniture_titles_no_section() -> None:
    """A "Page" or "Contents" line a reader took for a heading names no part of the
    policy, neither as a section nor as the owner of a bare "Exclusions"."""
    text = (
        "# Page\n\nWe will not pay for frost.\n\n# Page 2 of 9\n\n## Exclusions\n\n"
        "We will not pay for hail.\n\n# Section 2 Theft\n\nWe will not pay for theft from cars.\n"
    )
    titles = draft_titles(text)
    assert not any("Page" in title for title in titles), titles
