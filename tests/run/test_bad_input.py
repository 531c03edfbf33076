"""The catalogue of bad and odd inputs.

Each case says how to make one input and what clarity must do with it, checked next to a
good document: a refused input gets exit 2 and one readable error naming it (in the text
report, and in the JSON report plus one stderr line); an odd input that is read gets its
findings and at most one note about it; the good document is always still checked; no file
is ever changed. The few behaviours that are not one input of a run are plain tests at the
end.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote
from xml.dom import minidom

import pytest
from conftest import run_process
from readers_builders import BODY, make_docx, make_pdf, make_scanned_pdf

from clarity.core.errors import InputError, sizes_text
from clarity.core.settings import Settings
from clarity.core.shownpath import shown_path
from clarity.readers import default_suffixes, read_bytes, read_path
from clarity.run.discover import discover_inputs

GOOD = "# Cover\n\nThe insured shall pay the premium.\n"  # one S101, on line 3
SHALL = f"Claims\n\n{BODY}\n"  # an odd input's text: one S101, on line 3
LATIN1 = "Vakuutuksenottajan on maksettava maksu ennen eräpäivää. Mikäli hän ei maksa.\n"
LIMITS = 'max-file-size = "1MB"\nmax-unpacked-size = "2MB"\n'
LINUX_NAMES = pytest.mark.skipif(sys.platform != "linux", reason="file names as arbitrary bytes")


# --- how to make an input ------------------------------------------------------------------
Maker = Callable[[Path], str]  # builds the input in a folder; returns the argument naming it


def written(name: str, data: bytes | str) -> Maker:
    def make(folder: Path) -> str:
        (folder / name).write_bytes(data.encode() if isinstance(data, str) else data)
        return name

    return make


def built(name: str, build: Callable[[Path], object]) -> Maker:
    def make(folder: Path) -> str:
        build(folder / name)
        return name

    return make


def named(argument: str) -> Maker:
    """Nothing to make: the argument itself is the input (a missing file, a device, -)."""
    return lambda folder: argument


def fifo(path: Path) -> None:
    os.mkfifo(path)  # with no writer, open() would wait for ever


def fifty_megabytes(path: Path) -> None:
    chunk = b"The insured shall pay the premium on time. " * 1000
    with path.open("wb") as handle:
        while handle.tell() <= 50 * 1024 * 1024:
            handle.write(chunk)


def zip_bomb(path: Path) -> None:
    """A valid DOCX plus 3 MB of zeros that compress to a few KB."""
    make_docx(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", bytes(3 * 1024 * 1024))


def zip_of(member: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, "hello")
    return buffer.getvalue()


def folder_without_documents(path: Path) -> None:
    path.mkdir()
    (path / "data.csv").write_text("a,b\n", encoding="utf-8")


def symlink_loop(path: Path) -> None:
    (path / "sub").mkdir(parents=True)
    (path / "sub" / "policy.txt").write_text(SHALL, encoding="utf-8")
    os.symlink(path, path / "sub" / "loop")  # docs/sub/loop -> docs


# --- the catalogue ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    id: str
    make: Maker
    error: str = ""  # refused: the one error message for the input holds this; exit 2
    note: str = ""  # else read: the one note about the input holds this; exit 0
    finding: bool = True  # a read input's S101 is reported
    language: str = ""  # a read input is detected as this language
    shown: str = ""  # how reports name the input, when not as its argument
    config: str = ""  # clarity.toml of the run (else --isolated)
    walked: str = ""  # inside a folder argument: "same" result, "skipped", "" not tried
    process: bool = False  # run as a real process: a hang is a timeout, not a stuck run
    stdin: bytes | None = None  # on standard input
    endless: bool = False  # ... repeated for ever
    marks: tuple[pytest.MarkDecorator, ...] = ()


CASES = [
    # refused
    Case("missing-file", named("missing.md"), error="no such file or directory"),
    Case(
        "folder-with-nothing-to-check",
        built("data", folder_without_documents),
        error="no files to check (looked for .md, ",
    ),
    Case(
        "binary",
        written("binary.txt", bytes(range(256)) * 8),
        error="binary file, not text (is it an image or an archive?)",
        walked="same",
    ),
    Case(
        "zip-archive",
        written("archive.zip", zip_of("a.txt")),
        error="binary file, not text",
        walked="skipped",
    ),
    Case(
        "fifo",
        built("pipe.txt", fifo),
        error="not a regular file (a pipe, socket or device); clarity reads files",
        walked="skipped",
        process=True,
        marks=(pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here"),),
    ),
    Case(
        "device",
        named("/dev/zero"),
        error="not a regular file (a pipe, socket or device)",
        process=True,
        marks=(pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero"),),
    ),
    Case(
        "over-max-file-size",
        written("huge.txt", "word " * 300_000),
        error="file is 1.4 MB, over the 1 MB limit (raise max-file-size in the config to check it)",
        config=LIMITS,
        walked="same",
    ),
    Case(
        "over-default-50-mb",
        built("huge.txt", fifty_megabytes),
        error="file is 50.0 MB, over the 50 MB limit",
        marks=(pytest.mark.slow,),
    ),
    Case(
        "stdin-endless-over-max-file-size",
        named("-"),
        error="standard input is over the 1000 bytes limit",
        config="max-file-size = 1000\n",
        process=True,
        stdin=b"the insurer",
        endless=True,
    ),
    Case(
        "encrypted-pdf",
        built("locked.pdf", lambda path: make_pdf(path, encrypt="secret")),
        error="PDF is encrypted (password required); decrypt it first",
        walked="same",
    ),
    Case(
        "corrupt-pdf",
        built("broken.pdf", lambda path: path.write_bytes(make_pdf()[:500])),
        error="corrupt or unsupported PDF (",
        walked="same",
    ),
    Case(
        "scanned-pdf",
        built("scan.pdf", make_scanned_pdf),
        error="PDF has no text layer (scanned image?); OCR is out of scope",
        walked="same",
    ),
    Case(
        "corrupt-docx",
        written("broken.docx", b"PK\x03\x04 this is not really a zip"),
        error="corrupt DOCX (not a valid zip archive: ",
        walked="same",
    ),
    Case(
        "zip-that-is-not-word",
        written("notword.docx", zip_of("a.txt")),
        error="not a Word document (the archive has no word/document.xml)",
        walked="same",
    ),
    Case(
        "zip-bomb-docx",
        built("bomb.docx", zip_bomb),
        error="over the 2 MB limit (a zip bomb?); raise max-unpacked-size in the config",
        config=LIMITS,
        walked="same",
    ),
    Case(
        "deep-html",
        written("deep.html", "<div>" * 5000 + "x" + "</div>" * 5000),
        error="HTML nested too deeply (over 256 levels); refusing rather than losing",
        walked="same",
    ),
    Case(
        "deep-markdown",
        written("deep.md", ">" * 300 + " We shall pay notwithstanding the foregoing.\n"),
        error="Markdown nested too deeply (256 levels or more); refusing rather than losing",
        walked="same",
    ),
    # read, with a note or none
    Case(
        "empty",
        written("empty.txt", b""),
        note="empty file: nothing to check",
        finding=False,
        walked="same",
    ),
    Case(
        "latin-1",
        written("old.txt", (SHALL.rstrip() + " Café déjà.\n").encode("latin-1")),
        note="not valid UTF-8 (first bad byte at offset ",
        walked="same",
    ),
    Case(
        "latin-1-finnish",
        written("latin1.txt", LATIN1.encode("latin-1")),
        note="not valid UTF-8",
        finding=False,
        language="fi",
        walked="same",
    ),
    Case("utf-16-with-bom", written("utf16.txt", SHALL.encode("utf-16")), walked="same"),
    Case(
        "utf-16-le-without-bom",
        written("utf16le.txt", SHALL.encode("utf-16-le")),
        note="decoded as UTF-16 (no byte-order mark)",
        walked="same",
    ),
    Case(
        "utf-16-be-without-bom",
        written("utf16be.txt", SHALL.encode("utf-16-be")),
        note="decoded as UTF-16 (no byte-order mark)",
        walked="same",
    ),
    Case(
        "stdin-under-max-file-size",
        named("-"),
        config="max-file-size = 1000\n",
        stdin=SHALL.encode(),
    ),
    Case(
        "symlink-loop",
        built("docs", symlink_loop),
        shown="docs/sub/policy.txt",  # once: the loop is not walked
        marks=(pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks"),),
    ),
    Case(
        "name-not-utf8",
        written(os.fsdecode(b"bad\xff.md"), SHALL),
        shown="bad\\xff.md",
        walked="same",
        process=True,
        marks=(LINUX_NAMES,),
    ),
    Case(
        "name-with-newline",
        written("inj\n::error file=evil.md::pwned.md", SHALL),
        shown="inj\\x0a::error file=evil.md::pwned.md",
        walked="same",
        process=True,
        marks=(LINUX_NAMES,),
    ),
    Case(
        "name-with-bidi-control",
        written("policy\u202edm.txt", SHALL),
        shown="policy\\u202edm.txt",
        walked="same",
        process=True,
        marks=(LINUX_NAMES,),
    ),
    Case(
        "name-with-noncharacter",
        written("fffe\ufffe.md", SHALL),
        shown="fffe\\ufffe.md",
        walked="same",
        process=True,
        marks=(LINUX_NAMES,),
    ),
]
NAMES = [case for case in CASES if case.id.startswith("name-")]


def cases(chosen: list[Case]) -> list:
    return [pytest.param(case, id=case.id, marks=case.marks) for case in chosen]


# --- running a case --------------------------------------------------------------------------
@dataclass
class Run:
    code: int
    out: str
    err: str


def snapshot(folder: Path) -> dict[str, str]:
    """Every entry under a folder: a regular file's SHA-256, else its kind."""
    seen = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            mode = os.lstat(path).st_mode
            if stat.S_ISREG(mode):
                seen[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            else:
                seen[path] = stat.filemode(mode)
    return seen


@pytest.fixture
def check(run_cli):
    """Run `clarity check ARGS` for a case from a folder: in-process, or as a process."""

    def run(case: Case, cwd: Path, *args: str) -> Run:
        # S101 is the finding every good input gives; it is opt-in (issue 19), so selected.
        args = ("check", "--extend-select", "S101", *args)
        args = args if case.config else ("check", "--isolated", *args[1:])
        if not case.process:
            result = run_cli(*args, input=case.stdin, cwd=cwd)
            return Run(result.exit_code, result.stdout, result.stderr)
        if case.endless:  # refused after 1001 bytes, not read until memory runs out
            exe = Path(sys.executable).with_name("clarity")
            with subprocess.Popen(["yes", case.stdin.decode()], stdout=subprocess.PIPE) as feed:
                done = subprocess.run(
                    [str(exe), *args], stdin=feed.stdout, cwd=cwd, capture_output=True,
                    timeout=120,
                )  # fmt: skip
                feed.kill()
        else:
            done = run_process(*args, cwd=cwd, input=case.stdin)
        # whatever the names, the output is valid UTF-8
        return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))

    return run


def prepare(case: Case, folder: Path) -> str:
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    if case.config:
        (folder / "clarity.toml").write_text(case.config, encoding="utf-8")
    return case.make(folder)


# --- the catalogue's tests -------------------------------------------------------------------
@pytest.mark.parametrize("case", cases(CASES))
def test_text_report(check, tmp_path: Path, case: Case) -> None:
    argument = prepare(case, tmp_path)
    shown = case.shown or argument
    before = snapshot(tmp_path)
    run = check(case, tmp_path, argument, "good.md", "--select", "S101")
    assert run.code == (2 if case.error else 0), run.out + run.err
    lines = run.out.splitlines()
    # An input that cannot be read is named on stderr, as in every other format.
    errors = [
        line for line in run.err.splitlines() if line.startswith(f"clarity: error: {shown}: ")
    ]
    assert not [line for line in lines if line.startswith(f"{shown}: error: ")], lines
    notes = [line for line in lines if line.startswith(f"{shown}: note: ")]
    s101 = [line for line in lines if " S101 " in line]
    if case.error:
        assert len(errors) == 1 and case.error in errors[0], run.err
        assert lines[-1].endswith(", 1 input could not be read"), lines
    else:
        assert errors == [] and "could not be read" not in lines[-1], lines
        own = [line for line in notes if "checked as" not in line]  # not the profile's note
        assert len(own) == bool(case.note) and case.note in "".join(own), lines
        mine = [line for line in s101 if line.startswith(f"{shown}:3:")]
        assert len(mine) == case.finding, lines
    assert len(s101) == 1 + bool(case.finding and not case.error), lines  # nothing twice
    assert [line for line in s101 if line.startswith("good.md:3:")], lines  # the rest checked
    assert snapshot(tmp_path) == before  # clarity never writes to what it reads


@pytest.mark.parametrize("case", cases(CASES))
def test_json_report(check, tmp_path: Path, case: Case) -> None:
    argument = prepare(case, tmp_path)
    shown = case.shown or argument
    before = snapshot(tmp_path)
    run = check(case, tmp_path, argument, "good.md", "--format", "json")
    assert run.code == (2 if case.error else 0), run.out + run.err
    data = json.loads(run.out)
    documents = {document["path"]: document for document in data["documents"]}
    assert "S101" in {finding["code"] for finding in documents["good.md"]["findings"]}
    if case.error:
        assert [(e["path"], case.error in e["message"]) for e in data["errors"]] == [(shown, True)]
        assert set(documents) == {"good.md"}
        assert data["summary"]["files_failed"] == 1
        stderr = run.err.splitlines()
        assert len(stderr) == 1 and stderr[0].startswith(f"clarity: error: {shown}: "), stderr
        assert case.error in stderr[0]
    else:
        assert data["errors"] == [] and data["summary"]["files_failed"] == 0
        assert sorted(document["path"] for document in data["documents"]) == sorted(
            ["good.md", shown]
        )  # the input once: a symlink loop is not walked twice
        document = documents[shown]
        own = [note for note in document["notes"] if "checked as" not in note]
        assert len(own) == bool(case.note) and case.note in "".join(own), own
        codes = [finding["code"] for finding in document["findings"]]
        assert codes.count("S101") == case.finding, codes
        if case.language:
            assert document["language"] == case.language
    assert snapshot(tmp_path) == before


def can_run(case: Case) -> bool:
    return not any(mark.name == "skipif" and mark.args[0] for mark in case.marks)


def test_a_folder_of_bad_inputs(tmp_path: Path) -> None:
    """The catalogue's inputs in one folder argument: each refused one gets its one error,
    what a walk skips is not mentioned, the rest is checked, nothing changes."""
    inside = [case for case in CASES if case.walked and can_run(case)]
    assert all(case.config in ("", LIMITS) and not case.stdin for case in inside)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "clarity.toml").write_text(LIMITS, encoding="utf-8")
    shown = {}
    for case in inside:
        argument = case.make(docs)
        shown[case.id] = "docs/" + (case.shown or argument)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)  # the .gitignore path too
    before = snapshot(tmp_path)
    run = run_process("check", "docs", "--select", "S101", cwd=tmp_path)  # a FIFO cannot hang
    assert run.returncode == 2, run.stderr
    out = run.stdout.decode("utf-8")
    lines = out.splitlines()
    err = run.stderr.decode("utf-8").splitlines()
    refused = read = found = 0
    for case in inside:
        name = shown[case.id]
        if case.walked == "skipped":
            assert name not in out, name
        elif case.error:
            errors = [line for line in err if line.startswith(f"clarity: error: {name}: ")]
            assert len(errors) == 1 and case.error in errors[0], (name, errors)
            refused += 1
        else:
            read += 1
            found += case.finding
            assert any(line.startswith(f"{name}:3:") for line in lines) == case.finding, name
    assert any(line.startswith("docs/good.md:3:") for line in lines)
    assert lines[-1] == (
        f"Summary: {read + 1} files checked, {found + 1} findings (0 error, {found + 1} "
        f"warning, 0 info), {refused} inputs could not be read"
    )
    assert snapshot(tmp_path) == before


AS_IN = {  # a shown name as each report writes it
    "text": str,
    "json": str,
    "jsonl": str,
    "junit": str,
    "sarif": lambda name: quote(name, safe=""),  # a URI
    "github": lambda name: name.replace("%", "%25").replace(":", "%3A").replace(",", "%2C"),
}


@LINUX_NAMES
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "github", "junit", "html"])
def test_odd_names_in_every_output_format(tmp_path: Path, fmt: str) -> None:
    """The name cases' files, found by a walk: every report stays valid UTF-8, JSON or XML,
    shows the names escaped, and a newline in a name cannot forge a GitHub annotation."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)  # the .gitignore path too
    for case in NAMES:
        case.make(tmp_path)
    if fmt == "html":
        html = run_process("check", "--isolated", ".", "--html", "site/", cwd=tmp_path)
        assert html.returncode == 0, html.stderr
        assert (tmp_path / "site" / "index.html").exists()
        return
    result = run_process(
        "check", "--isolated", ".", "--format", fmt, "--fail-on", "warning",
        "--extend-select", "S101", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # the findings are reported, not lost
    out = result.stdout.decode("utf-8")
    for case in NAMES:
        assert AS_IN[fmt](case.shown) in out.replace("\\\\", "\\"), case.shown  # JSON doubles "\\"
    assert not any(line.startswith("::error file=evil") for line in out.splitlines())
    if fmt in ("json", "sarif"):
        json.loads(out)
    if fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines())
    if fmt == "junit":
        minidom.parseString(out)


# --- what is not one input of a run ----------------------------------------------------------
@pytest.mark.parametrize(
    ("encoding", "note"),
    [
        ("utf-16", ""),
        ("utf-16-le", "decoded as UTF-16 (no byte-order mark)"),
        ("utf-16-be", "decoded as UTF-16 (no byte-order mark)"),
        ("latin-1", "not valid UTF-8"),
    ],
)
def test_other_encodings_are_decoded_exactly(encoding: str, note: str) -> None:
    text = "Vakuutus ei korvaa vahinkoa, joka johtuu jäätymisestä tai kulumisesta.\n" * 20
    doc = read_bytes("fi.txt", text.encode(encoding))
    assert doc.text == text
    assert len(doc.notes) == bool(note) and note in "".join(doc.notes), doc.notes


def test_read_path_takes_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(
        InputError, match=r"file is 2\.0 KB, over the 1 KB limit \(raise max-file-size"
    ):
        read_path(path, max_bytes=1024)
    assert read_path(path, max_bytes=4096).text.startswith("a")


def test_sizes_in_messages_use_the_limits_unit() -> None:
    assert sizes_text(52_800_000, 50 * 1024 * 1024) == ("50.4 MB", "50 MB")
    assert sizes_text(600 * 1024, 500 * 1024) == ("600.0 KB", "500 KB")
    assert sizes_text(1_600_000, 1_500_000) == ("1.5 MB", "1.4 MB")
    assert sizes_text(2048, 1000) == ("2048 bytes", "1000 bytes")


def test_directory_expansion_includes_new_formats(tmp_path: Path) -> None:
    for suffix in (".pdf", ".docx", ".html", ".htm"):
        assert suffix in default_suffixes()
    make_pdf(tmp_path / "a.pdf")
    make_docx(tmp_path / "b.docx")
    (tmp_path / "c.html").write_text("<p>x</p>")
    (tmp_path / "d.htm").write_text("<p>x</p>")
    (tmp_path / "e.png").write_bytes(b"\x89PNG")
    names = [Path(p).name for p in discover_inputs([str(tmp_path)], Settings())]
    assert names == ["a.pdf", "b.docx", "c.html", "d.htm"]


def test_junit_drops_noncharacters_from_the_document_text(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_bytes(
        "We will not pay for flood\ufffedamage notwithstanding anything herein.\n".encode()
    )
    result = run_process("check", "--isolated", "f.txt", "--format", "junit", cwd=tmp_path)
    minidom.parseString(result.stdout)


def test_shown_path_escapes_only_what_cannot_be_shown() -> None:
    assert shown_path("docs/Vakuutusehdot ä.md") == "docs/Vakuutusehdot ä.md"
    assert shown_path(os.fsdecode(b"a\xffb")) == "a\\xffb"
    assert shown_path("a\nb\rc\u202ed\ufffe") == "a\\x0ab\\x0dc\\u202ed\\ufffe"


def test_tokenizable_keeps_offsets_and_words_and_changes_only_long_runs() -> None:
    from clarity.text.nlp import LONGEST_RUN, tokenizable

    prose = "We shall pay (see 4.2) - at once."
    assert tokenizable(prose) is prose
    run = "a=b/" * (LONGEST_RUN // 2)
    text = prose + " " + run + " " + prose
    made = tokenizable(text)
    assert len(made) == len(text)
    assert made.startswith(prose + " ") and made.endswith(" " + prose)
    assert made[len(prose) + 1 : len(prose) + 1 + len(run)] == "a b " * (LONGEST_RUN // 2)


@pytest.mark.parametrize("run", ["=" * 16_000, ")" * 16_000, "[" * 20_000])
def test_a_long_run_of_punctuation_changes_no_finding_elsewhere(run: str) -> None:
    from clarity import check_text

    text = "You shall pay the premium notwithstanding the foregoing.\n\n"
    plain = [(f.code, f.start, f.end) for f in check_text(text, lang="en", fmt="markdown").findings]
    noisy = check_text(text + run + "\n", lang="en", fmt="markdown").findings
    assert [(f.code, f.start, f.end) for f in noisy if f.end <= len(text)] == plain


def test_a_bug_met_on_one_document_is_that_documents_error(tmp_path: Path, monkeypatch) -> None:
    """An unexpected failure while checking one file (a bug clarity meets on it) is one
    readable error for that file; the other files are still checked."""
    import clarity.run.pipeline as pipeline
    from clarity.run.runner import check_paths

    real = pipeline.analyse

    def analyse(document, settings):
        if document.path.endswith("bad.md"):
            raise AttributeError("'NoneType' object has no attribute 'start'")
        return real(document, settings)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    (tmp_path / "bad.md").write_text(GOOD)
    (tmp_path / "good.md").write_text(GOOD)
    result = check_paths([str(tmp_path / "bad.md"), str(tmp_path / "good.md")], Settings())
    assert [d.path for d in result.documents] == [str(tmp_path / "good.md")]
    assert len(result.failures) == 1
    failure = result.failures[0]
    assert failure.path.endswith("bad.md")
    assert failure.message.startswith("internal error while checking this file")
    assert "AttributeError" in failure.message
