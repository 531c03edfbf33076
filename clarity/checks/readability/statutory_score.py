"""The statutory score of a counted document: whole text, or samples over 10,000 words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clarity.checks.readability.statutory import StatutoryCount, Word, count, jurisdiction_of

if TYPE_CHECKING:
    from clarity.checks.context import Analysed


def flesch(words: list[Word]) -> tuple[float, int, int]:
    """(score, sentences, syllables) by the statutory formula."""
    if not words:
        return 0.0, 0, 0
    sentences = sum(1 for w in words if w.sentence_end)
    if not words[-1].sentence_end:
        sentences += 1  # the text ends: so does its last sentence
    syllables = sum(w.syllables for w in words)
    score = 206.835 - 1.015 * (len(words) / sentences) - 84.6 * (syllables / len(words))
    return score, sentences, syllables


def samples(words: list[Word], size: int, per_page: int) -> list[list[Word]]:
    """Per page, ``per_page`` runs starting at evenly spaced sentence starts, each running
    to the end of the sentence that holds its ``size``-th word."""
    pages: dict[int, list[int]] = {}
    for index, word in enumerate(words):
        pages.setdefault(word.page, []).append(index)
    out: list[list[Word]] = []
    for page in sorted(pages):
        indexes = pages[page]
        for k in range(per_page):
            target = indexes[len(indexes) * k // per_page]
            start = target
            while start > 0 and not words[start - 1].sentence_end:
                start -= 1
            end = min(start + size, len(words)) - 1
            while end < len(words) - 1 and not words[end].sentence_end:
                end += 1
            run = words[start : end + 1]
            if run and (not out or out[-1][0] is not run[0]):
                out.append(run)
    return out


def statutory_result(ctx: Analysed) -> dict[str, Any] | None:
    """The statutory test's figures for the JSON, or None without a jurisdiction."""
    code = jurisdiction_of(ctx)
    if code is None:
        return None
    rules = ctx.ruleset.lexicon("statutory")
    table = rules.get("jurisdictions", {})
    entry = table.get(code)
    if entry is None or ctx.language != "en":
        result: dict[str, Any] = {
            "jurisdiction": code,
            "applied": False,
            # Only the English pack has the table: a Finnish text's jurisdiction is known.
            "reason": "statutory tests apply to English documents"
            if ctx.language != "en"
            else "unknown jurisdiction",
        }
        return result
    counted: StatutoryCount = count(ctx, rules, bool(entry.get("exclude_lists", False)))
    words = counted.words
    sampled = len(words) > int(rules.get("sample_over_words", 10_000))
    runs = (
        samples(words, int(rules.get("sample_words", 200)), int(rules.get("samples_per_page", 2)))
        if sampled
        else [words]
    )
    scored = [w for run in runs for w in run]
    score, sentences, syllables = flesch(scored)
    if sampled:
        sentences = sum(flesch(run)[1] for run in runs)
        score = (
            206.835
            - 1.015 * (len(scored) / max(sentences, 1))
            - 84.6 * (syllables / max(len(scored), 1))
        )
    minimum = float(entry["minimum"])
    strict = bool(entry.get("strict", False))
    passed = score > minimum if strict else score >= minimum
    result = {
        "jurisdiction": code,
        "name": entry.get("name", code),
        "source": entry.get("source", ""),
        "applied": True,
        "score": round(score, 2),
        "minimum": entry["minimum"],
        "strictly_above": strict,
        "passed": bool(words) and passed,
        "words": len(scored),
        "sentences": sentences,
        "syllables": syllables,
        "words_counted_in_document": len(words),
        "not_in_dictionary": sorted({w.text for w in scored if not w.in_dictionary}),
        "medical_terms_excluded": counted.medical,
        "sampled": sampled,
        "samples": [{"start": r[0].start, "end": r[-1].end, "words": len(r)} for r in runs]
        if sampled
        else [],
        "excluded": counted.excluded,
    }
    return result
