"""The command line pauses garbage collection for start-up and resumes it after the
first document (clarity/run/gcpolicy.py); the library API leaves the collector alone."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from clarity.run import gcpolicy


@pytest.fixture
def restore_gc():
    was_enabled = gc.isenabled()
    threshold = gc.get_threshold()
    yield
    gc.set_threshold(*threshold)
    gc.unfreeze()
    if was_enabled:
        gc.enable()
    else:
        gc.disable()
    gcpolicy._paused = False


def test_first_document_resumes_collection_and_freezes_startup_objects(tmp_path, restore_gc):
    from clarity.core.settings import Settings
    from clarity.run.pipeline import check_one

    gc.enable()
    gc.unfreeze()
    gcpolicy.pause_collection()
    assert not gc.isenabled()
    path = tmp_path / "a.txt"
    path.write_text("We do not pay for wear and tear.\n", encoding="utf-8")
    gc.set_threshold(700, 10, 10)
    check_one(str(path), Settings())
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (gcpolicy.YOUNG_THRESHOLD, 10, 10)


def test_a_failed_document_also_resumes(tmp_path, restore_gc):
    from clarity.core.findings import InputFailure
    from clarity.core.settings import Settings
    from clarity.run.pipeline import check_one

    gc.enable()
    gcpolicy.pause_collection()
    outcome = check_one(str(tmp_path / "missing.txt"), Settings())
    assert isinstance(outcome, InputFailure)
    assert gc.isenabled()


def test_resume_without_pause_changes_nothing(restore_gc):
    gc.disable()  # as a library user might have set it
    frozen = gc.get_freeze_count()
    threshold = gc.get_threshold()
    gcpolicy.resume_collection()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == frozen
    assert gc.get_threshold() == threshold


def test_library_api_leaves_collection_on(restore_gc):
    from clarity.api import check_text

    gc.enable()
    check_text("We do not pay for wear and tear.")
    assert gc.isenabled()


def test_command_line_pauses_then_resumes(tmp_path):
    """Run the real entry point in a fresh process and look at the collector after it."""
    doc = tmp_path / "a.txt"
    doc.write_text("We do not pay for wear and tear.\n", encoding="utf-8")
    code = (
        "import gc, sys\n"
        "from clarity import cli\n"
        "seen = []\n"
        "real = cli.cli\n"
        "def probe(*a, **k):\n"
        "    seen.append(gc.isenabled())\n"
        "    try:\n"
        "        real(*a, standalone_mode=False, **k)\n"
        "    finally:\n"
        "        seen.append(gc.isenabled())\n"
        "cli.cli = probe\n"
        f"sys.argv = ['clarity', 'check', {str(doc)!r}, '--fail-on', 'never']\n"
        "cli.main()\n"
        "print(seen, gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[False, True] True"


def test_a_worker_pauses_collection_while_it_starts(restore_gc):
    """A worker started by spawn or forkserver does not inherit the parent's pause."""
    from clarity.core.settings import Settings
    from clarity.run import runner as parallel

    gc.enable()
    gcpolicy._paused = False
    parallel._init_worker(Settings(lang="en"))
    assert not gc.isenabled()
    gcpolicy.resume_collection()
    assert gc.isenabled()


def test_parent_collects_again_while_its_workers_check(tmp_path, monkeypatch, restore_gc):
    from clarity.core.settings import Settings
    from clarity.run import runner as parallel

    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.txt"
        path.write_text("We do not pay for wear and tear.\n", encoding="utf-8")
        paths.append(str(path))
    seen_while_waiting = []
    real_wait = parallel.wait_futures

    def watching_wait(*args, **kwargs):
        seen_while_waiting.append(gc.isenabled())
        return real_wait(*args, **kwargs)

    monkeypatch.setattr(parallel, "wait_futures", watching_wait)
    gc.enable()
    gcpolicy.pause_collection()
    result = parallel.check_paths(list(paths), Settings(lang="en"), None, jobs=2)
    assert len(result.documents) == 2
    assert seen_while_waiting and all(seen_while_waiting)
