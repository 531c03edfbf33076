"""Draft bullets the editors' reading of batch 14 found wrong, as rules that hold across
publishers. Fixtures written for this file.

- A sentence adverb that opens a clause ("Finally, we won't pay out under this section
  if ..."; "Additionally, ..."): alone before its comma it names nothing, and is no
  bullet's headline."""

from __future__ import annotations

from test_exclusion_topics_draft import draft_bullets, topics


def test_a_sentence_adverb_is_no_topic() -> None:
    text = (
        "# Van policy\n\n## Personal accident\n\nWe will pay £5,000 if you die in an "
        "accident.\n\n### What's not covered\n\nWe won't pay for death caused by "
        "suicide.\n\nFinally, we won't pay out under this section if the policy is held in "
        "the name of a company.\n\nAdditionally, we will not pay if the driver is not "
        "named.\n"
    )
    found = topics(text)
    assert not any(t.lower() in ("finally", "additionally") for t in found), found
    bullets = draft_bullets(text)
    assert not any(b.startswith(("Finally", "Additionally")) for b in bullets), bullets
    assert "Death caused by suicide" in bullets, bullets
