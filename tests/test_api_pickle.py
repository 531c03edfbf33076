"""The Python API returns plain data that survives pickling and process pools."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import clarity

TEXT = "# Payment\n\nYou pay the premium in respect of the cover. You pay every month.\n"
"""One finding at default settings: J152 (on by default; issue 19)."""


def test_check_text_result_round_trips_through_pickle() -> None:
    result = clarity.check_text(TEXT, lang="en", profile="insurance", fmt="markdown")
    assert result.findings, "the example must have findings to make the test meaningful"
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result
    assert copy.to_dict() == result.to_dict()
    assert copy.findings[0].fingerprint == result.findings[0].fingerprint
    assert copy.findings[0].data == result.findings[0].data


def _check(path: str):  # type: ignore[no-untyped-def]
    return clarity.check_file(path)


def test_check_file_in_a_process_pool(tmp_path: Path) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"p{i}.md"
        path.write_text(TEXT + "\nWe write in respect of renewal.\n" * i, encoding="utf-8")
        paths.append(str(path))
    with ProcessPoolExecutor(max_workers=2) as pool:
        remote = list(pool.map(_check, paths))
    local = [clarity.check_file(p) for p in paths]
    assert remote == local
    assert [sum(f.count for f in r.findings if f.code == "J152") for r in remote] == [1, 2, 3]
