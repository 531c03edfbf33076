"""Command line. Heavy modules are imported inside commands so --help stays instant."""

from __future__ import annotations

import sys

import click

from clarity._version import __version__
from clarity.core.languages import LANGUAGES
from clarity.core.settings import GENRE_CHOICES

EXIT_CODES = """\b
Exit codes:
  0  no finding at or above the --fail-on severity
  1  at least one finding at or above --fail-on
  2  usage, configuration or input error, or a report that cannot be written
     (after an input error the other inputs are still checked)"""

SEVERITIES = ("info", "warning", "error")

RULE_PACKS_OPTION = click.option(
    "--rules",
    "rule_packs",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Extra rule pack (YAML); repeatable.",
)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES,
)
@click.version_option(__version__, "-V", "--version", prog_name="clarity")
def cli() -> None:
    """clarity checks insurance policies and loan agreements for plain language.

    It finds legal jargon, buried exclusions and missing summaries, scores
    readability, and reports in text, JSON and more.
    """


def _fail(message: str) -> None:
    click.echo(f"clarity: error: {message}", err=True)
    sys.exit(2)


def _settings(config: str | None, isolated: bool, **overrides: object):  # type: ignore[no-untyped-def]
    from clarity.core.errors import ClarityError
    from clarity.core.settings import apply_overrides, load_settings

    try:
        return apply_overrides(load_settings(config, isolated), **overrides)
    except ClarityError as exc:
        _fail(str(exc))


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(v.strip().upper() for v in value.split(",") if v.strip())


@cli.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "jsonl", "sarif", "github", "junit"]),
    default="text",
    show_default=True,
    help="Output format (jsonl: one line per document, written as each is done).",
)
@click.option(
    "-o",
    "--output",
    "output_file",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the report to this file (atomically) instead of standard output.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Check files in this many processes [number of cores].",
)
@click.option(
    "-q",
    "--quiet",
    count=True,
    help="Text output: -q prints only the summary, -qq nothing (the exit code tells).",
)
@click.option("--statistics", is_flag=True, help="Print finding counts per rule, not findings.")
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline_file",
    type=click.Path(dir_okay=False),
    help="Record today's findings in this baseline file and exit.",
)
@click.option(
    "--report-unused-suppressions",
    is_flag=True,
    default=None,
    help="Report clarity: disable comments that silenced nothing (C101).",
)
@click.option("--lang", type=click.Choice(["auto", *LANGUAGES]), help="Document language [auto].")
@click.option(
    "--profile",
    type=click.Choice(["auto", "insurance", "loan", "generic"]),
    help="Document type [auto].",
)
@click.option(
    "--genre",
    type=click.Choice(list(GENRE_CHOICES)),
    help="Document genre: statute (or court decision), consumer or business policy, "
    "loan (or card agreement), generic [auto].",
)
@click.option(
    "--select",
    help="Only these rule codes or prefixes (comma-separated); naming an opt-in rule turns it on.",
)
@click.option(
    "--extend-select",
    help="Also these rule codes or prefixes, on top of the default rules or --select: "
    "how to turn on opt-in rules (see 'clarity rules').",
)
@click.option("--ignore", help="Skip these rule codes or prefixes (comma-separated).")
@click.option(
    "--template",
    type=click.Choice(["auto", "ipid", "none"]),
    help="Check headings against a template (ipid: EU insurance product information) [auto].",
)
@click.option(
    "--fail-on",
    type=click.Choice([*SEVERITIES, "never"]),
    help="Lowest severity that fails the run [error].",
)
@RULE_PACKS_OPTION
@click.option(
    "--jurisdiction",
    help="Apply a statutory readability test, e.g. us-fl (see docs/readability.md).",
)
@click.option(
    "--min-score",
    type=click.IntRange(0, 100),
    help="Fail (exit 1) when a document's clarity score is below this.",
)
@click.option("--config", type=click.Path(dir_okay=False), help="Config file to use.")
@click.option("--isolated", is_flag=True, help="Ignore config files.")
@click.option(
    "--html",
    "html_target",
    metavar="PATH",
    help="Also write an HTML report: a file, or a directory (ending in /) for one page "
    "per document plus index.html.",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    lang: str | None,
    profile: str | None,
    genre: str | None,
    select: str | None,
    extend_select: str | None,
    ignore: str | None,
    template: str | None,
    fail_on: str | None,
    rule_packs: tuple[str, ...],
    jurisdiction: str | None,
    min_score: int | None,
    config: str | None,
    isolated: bool,
    output_file: str | None = None,
    jobs: int | None = None,
    quiet: int = 0,
    statistics: bool = False,
    baseline_file: str | None = None,
    write_baseline_file: str | None = None,
    report_unused_suppressions: bool | None = None,
    html_target: str | None = None,
) -> None:
    """Check documents (files, directories, or - for standard input)."""
    from pathlib import Path

    from clarity.core.errors import ClarityError
    from clarity.core.rulemeta import Severity
    from clarity.run.pipeline import rulesets_for

    settings = _settings(
        config,
        isolated,
        lang=lang,
        profile=profile,
        genre=genre,
        select=_codes(select),
        ignore=_codes(ignore),
        report_unused_suppressions=report_unused_suppressions,
        jurisdiction=jurisdiction.strip().lower() if jurisdiction else None,
        min_score=min_score,
        template=template,
    )
    if extend_select:
        more = _codes(extend_select) or ()
        settings = _replace(settings, extend_select=settings.extend_select + more)
    if fail_on is not None:
        settings = _replace(
            settings, fail_on=None if fail_on == "never" else Severity.parse(fail_on)
        )
    if rule_packs:
        extra = tuple(str(Path(p).resolve()) for p in rule_packs)
        settings = _replace(settings, rules=settings.rules + extra)
    try:
        rulesets_for(settings)
    except ClarityError as exc:
        _fail(str(exc))
    from clarity.run.batch import Batch, finish_batch

    _check_jurisdiction(settings)
    _check_selectors(settings)
    if statistics and output_format not in ("text", "json"):
        _fail(f"--statistics prints text or JSON, not {output_format}")
    stdin = _read_stdin(settings) if "-" in paths else None
    batch = Batch(
        output_format=output_format,
        output_file=output_file,
        jobs=jobs,
        quiet=quiet,
        statistics=statistics,
        baseline=baseline_file,
        write_baseline=write_baseline_file,
    )
    try:
        finished = finish_batch(batch, paths, settings, stdin, keep=html_target is not None)
    except ClarityError as exc:
        _fail(str(exc))
    if html_target and finished.result is not None:
        _write_html(finished.result, html_target)
    status = finished.status
    for failure in finished.failures:  # on stderr in every format, as compilers print errors
        click.echo(f"clarity: error: {failure.path}: {failure.message}", err=True)
    for path, value in () if quiet > 1 else status.low_scores:  # -qq: the exit code tells
        click.echo(
            f"clarity: {path}: score {value} is below --min-score {settings.min_score}",
            err=True,
        )
    if status.code:
        sys.exit(status.code)


def _check_jurisdiction(settings) -> None:  # type: ignore[no-untyped-def]
    if settings.jurisdiction is None:
        return
    from clarity.checks.readability.statutory import jurisdictions

    known = jurisdictions(settings)
    if settings.jurisdiction not in known:
        _fail(f"unknown jurisdiction {settings.jurisdiction!r}; known: {', '.join(sorted(known))}")


def _read_stdin(settings) -> bytes:  # type: ignore[no-untyped-def]
    """Standard input, read no further than one byte past max-file-size: a longer
    input is refused (clarity.run.pipeline.check_one) without holding all of it."""
    return sys.stdin.buffer.read(settings.max_file_size + 1)


def _check_selectors(settings) -> None:  # type: ignore[no-untyped-def]
    """A select or ignore entry that names no rule is a typo: selecting nothing would
    pass every document in silence (ruff refuses such selectors too)."""
    if not settings.select and not settings.ignore and not settings.extend_select:
        return
    codes = [rule.code for rule in _catalogue(tuple(settings.rules))]
    for key, selectors in (
        ("select", settings.select),
        ("extend-select", settings.extend_select),
        ("ignore", settings.ignore),
    ):
        for selector in selectors:
            if selector != "ALL" and not any(code.startswith(selector) for code in codes):
                _fail(
                    f"{key}: {selector!r} is no rule code or prefix of one; "
                    "run 'clarity rules' for the list"
                )


def _write_html(result, target: str) -> None:  # type: ignore[no-untyped-def]
    from clarity.report.html_report import write_html
    from clarity.run.output import OutputError

    try:
        write_html(result, target)
    except OutputError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write the HTML report to {target}: {exc.strerror or exc}")


def _replace(settings, **changes):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(settings, **changes)


@cli.command("rules")
@click.option("--lang", type=click.Choice(list(LANGUAGES)), help="Only rules for this language.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@RULE_PACKS_OPTION
def list_rules(lang: str | None, output_format: str, rule_packs: tuple[str, ...]) -> None:
    """List every rule: code, name, severity, on by default or opt-in, languages, summary.

    Opt-in rules run only when --select or --extend-select (or the config's select or
    extend-select) names them; `clarity explain CODE` says why each is opt-in."""
    import json

    from clarity.rules.catalogue import default_label

    rules = [r for r in _catalogue(rule_packs) if lang is None or lang in r.languages]
    if output_format == "json":
        click.echo(json.dumps([_rule_dict(r) for r in rules], ensure_ascii=False, indent=2))
        return
    for r in rules:
        default = default_label(r)
        click.echo(
            f"{r.code:<6} {r.name:<34} {r.severity.label:<8} {default:<11} "
            f"{','.join(r.languages):<6} {r.summary}"
        )


def _catalogue(rule_packs: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from clarity.core.errors import ClarityError
    from clarity.rules.catalogue import all_rules

    try:
        return all_rules(tuple(rule_packs))
    except ClarityError as exc:
        _fail(str(exc))


def _rule_dict(rule) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity.label,
        "category": rule.category,
        "default": rule.default,
        "opt_in_reason": rule.opt_in_reason,
        "default_genres": list(rule.default_genres),
        "languages": list(rule.languages),
        "summary": rule.summary,
        "description": rule.description,
        "plain": list(rule.plain),
        "examples": {"fail": list(rule.fail_examples), "pass": list(rule.pass_examples)},
    }


@cli.command()
@click.argument("code")
@RULE_PACKS_OPTION
def explain(code: str, rule_packs: tuple[str, ...]) -> None:
    """Explain one rule, with examples."""
    from clarity.rules.catalogue import explain_text

    rules = {r.code: r for r in _catalogue(rule_packs)}
    rule = rules.get(code.strip().upper())
    if rule is None:
        _fail(f"unknown rule code {code!r}; run 'clarity rules' for the list")
    click.echo(explain_text(rule))


@cli.command("summary")
@click.argument("path")
@click.option("--lang", type=click.Choice(["auto", *LANGUAGES]), help="Document language [auto].")
@click.option("--config", type=click.Path(dir_okay=False), help="Config file to use.")
@click.option("--isolated", is_flag=True, help="Ignore config files.")
def summary_command(path: str, lang: str | None, config: str | None, isolated: bool) -> None:
    """Print a draft "What is not covered" list (Markdown) from the detected exclusions."""
    from clarity.core.findings import InputFailure
    from clarity.run.pipeline import check_one

    settings = _settings(config, isolated, lang=lang)
    settings = _replace(settings, profile="insurance", select=("X",), ignore=())
    stdin = _read_stdin(settings) if path == "-" else None
    outcome = check_one(path, settings, stdin)
    if isinstance(outcome, InputFailure):
        _fail(f"{outcome.path}: {outcome.message}")
    click.echo(str(outcome.extra.get("summary_draft", "")), nl=False)


def main() -> None:
    from clarity.run.gcpolicy import pause_collection

    pause_collection()  # resumed after the first document: see clarity/run/gcpolicy.py
    cli(prog_name="clarity")
