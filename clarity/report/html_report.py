"""The self-contained HTML report: one page a writer opens offline to fix a document.

Templates, CSS and JavaScript live in ``reports/html`` (shipped in the wheel
as ``clarity/_data/reports``). Everything is inlined; the page loads nothing.
A Content-Security-Policy meta tag allows only the page's own style and
script, by SHA-256 hashes computed here from the exact bytes inlined, so the
output stays deterministic (no random nonces) and any injected markup that
slipped through escaping still could not run.

``write_html(result, target)`` writes one file, or with a directory target
(an existing directory or a path ending in "/") one page per document plus
``index.html``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from clarity.core.findings import DocumentResult, RunResult
from clarity.core.resources import reports_dir
from clarity.core.rulemeta import RuleMeta
from clarity.report import html_model
from clarity.report.html_groups import occurrences
from clarity.report.html_text import render_text, slug

PALETTE = 8
"""Highlight colours for categories; known categories keep a fixed colour."""

FIXED_COLOURS = {
    "jargon": 0,
    "exclusion": 1,
    "buried-exclusion": 2,
    "sentence": 3,
    "readability": 4,
    "style": 5,
    "passive": 5,
    "summary": 6,
    "key-facts": 7,
}

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def script_json(data: Any) -> Markup:
    """JSON that is safe inside ``<script type="application/json">``: no ``</script>``,
    no ``<!--``, no line separators that older parsers treat as newlines."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(_JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text))


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def _environment():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(reports_dir() / "html")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _asset(name: str) -> str:
    return (reports_dir() / "html" / name).read_text(encoding="utf-8")


def _rules_by_code() -> dict[str, RuleMeta]:
    try:
        from clarity.rules.catalogue import all_rules

        return {r.code: r for r in all_rules()}
    except Exception:  # a broken extra pack must not cost the user the report
        return {}


def category_css(categories: Iterable[str], codes: Iterable[str] = ()) -> str:
    """Per-category colour and filter rules, and per-rule filter rules, generated for the
    categories and rules present. Each filter is a class on the document's <article>
    (``hide-c-jargon``, ``hide-r-j104``) whose rules match one class, so a filter costs
    one style recalculation of the elements carrying that class."""
    lines = []
    unknown = 0
    for cat in sorted(set(categories)):
        colour = FIXED_COLOURS.get(cat)
        if colour is None:
            colour, unknown = unknown % PALETTE, unknown + 1
        lines.append(f".c-{cat}{{--hl:var(--p{colour});--hb:var(--b{colour})}}")
        lines.append(f".hide-c-{cat} .fi.c-{cat},.hide-c-{cat} .grp.c-{cat}{{display:none}}")
        lines.append(f".hide-c-{cat} mark.c-{cat}{{{_UNMARK}}}")
    for code in sorted({slug(c) for c in codes}):
        lines.append(f".hide-r-{code} .fi.r-{code},.hide-r-{code} .grp.r-{code}{{display:none}}")
        lines.append(f".hide-r-{code} mark.r-{code}{{{_UNMARK}}}")
    return "\n".join(lines) + "\n"


_UNMARK = "background:none;box-shadow:none;outline:none"
"""What a hidden highlight loses: its tint and underline (drawn as a shadow, so hiding
it changes paint only, not layout)."""


def _finding_data(view: html_model.DocView, rules: dict[str, RuleMeta]) -> dict[str, Any]:
    """Per-finding detail for the page's script, in short keys to keep big reports small:
    c code, v severity, m message, s suggestion, e evidence, l line, k column, p page.
    Per-rule text (name, why, plain alternatives) is stored once per code."""
    findings = []
    codes: dict[str, str] = {}
    for f in view.result.findings:
        codes.setdefault(f.code, f.name)
        item: dict[str, Any] = {"c": f.code, "v": f.severity.label, "m": f.message, "l": f.line}
        item["k"] = f.column
        if f.suggestion:
            item["s"] = f.suggestion
        if f.evidence:
            item["e"] = list(f.evidence)
        if f.page is not None:
            item["p"] = f.page
        findings.append(item)
    described = {}
    for code, name in sorted(codes.items()):
        rule = rules.get(code)
        described[code] = {"name": name}
        if rule is not None:
            described[code].update(
                summary=rule.summary, why=rule.description, plain=list(rule.plain)
            )
    return {"findings": findings, "rules": described}


def _views(
    documents: list[DocumentResult], rules: dict[str, RuleMeta], numbered: bool = True
) -> list[html_model.DocView]:
    views = []
    for n, doc in enumerate(documents):
        prefix = f"d{n if numbered else 0}-"
        view = html_model.build_view(doc, prefix)
        anchors = html_model.anchor_offsets(doc)
        extra = [
            (index, k, start, end)
            for index, f in enumerate(doc.findings)
            for k, (start, end, _, _) in enumerate(occurrences(f))
        ]
        pages = getattr(doc, "pages", ())
        view.body = render_text(
            doc.text or "", doc.findings, doc.outline, prefix, anchors, extra, pages
        )
        view.data = _finding_data(view, rules)
        views.append(view)
    return views


def _page(template: str, views: list[html_model.DocView], **context: Any) -> str:
    from clarity._version import __version__

    css = _asset("report.css") + category_css(
        (cat for view in views for cat, _, _ in view.categories),
        (code for view in views for code, _, _ in view.rules),
    )
    js = _asset("report.js")
    policy = (
        "default-src 'none'; "
        f"style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return (
        _environment()
        .get_template(template)
        .render(
            views=views,
            css=Markup(css),
            js=Markup(js),
            csp=policy,
            version=__version__,
            script_json=script_json,
            slug=slug,
            **context,
        )
    )


def render(result: RunResult) -> str:
    """All documents in one page (with an index table when there are several)."""
    views = _views(result.documents, _rules_by_code())
    title = views[0].result.path if len(views) == 1 else f"{len(views)} documents"
    return _page("report.html.j2", views, title=title, index=len(views) > 1, failures=result)


def render_pages(result: RunResult) -> dict[str, str]:
    """One page per document plus ``index.html``: file name -> HTML."""
    views = _views(result.documents, _rules_by_code(), numbered=False)
    names: set[str] = {"index.html"}
    for n, view in enumerate(views):
        view.page = _page_name(n, view.result, names)
    pages = {"index.html": _page("index.html.j2", views, title="clarity report", failures=result)}
    for view in views:
        pages[view.page] = _page(
            "report.html.j2", [view], title=view.result.path, index=False, failures=None
        )
    return pages


def _page_name(n: int, doc: DocumentResult, taken: set[str]) -> str:
    stem = slug(Path(doc.path).name)[:60]
    name = f"{n + 1:03d}-{stem}.html"
    taken.add(name)
    return name


def is_directory_target(target: str) -> bool:
    return target.endswith(("/", os.sep)) or Path(target).is_dir()


def write_html(result: RunResult, target: str) -> list[Path]:
    """Write the report; returns the files written. Each file is replaced atomically,
    and none is written if one of them would replace a document of the run
    (``clarity.run.output.Documents``)."""
    from clarity.run.output import documents_read, write_atomic

    if is_directory_target(target):
        pages = {Path(target) / name: html for name, html in sorted(render_pages(result).items())}
    else:
        pages = {Path(target): render(result)}
    documents = documents_read(result)
    for path in pages:
        documents.refuse(path)
    for path in pages:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, pages[path])
    return list(pages)
