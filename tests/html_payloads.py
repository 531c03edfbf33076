"""Hostile strings for the HTML report's escaping tests (shared by unit and browser tests).

Each tries a different way out of text context: raw tags, event handlers, URL
schemes, closing the elements the report itself uses (textarea, script, style),
template syntax, JSON/JS string breakers and pre-escaped entities.
"""

XSS_PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    '<a href="javascript:alert(4)">click me</a>',
    "</textarea><script>alert(5)</script>",
    "{{ 7*7 }} {{ config.items() }}",
    "{% for x in range(3) %}loop{% endfor %} {# comment #}",
    '"><script>alert(8)</script>',
    "'><img src=x onerror=alert(9)>",
    '<iframe src="javascript:alert(10)"></iframe>',
    "<body onload=alert(11)>",
    '<div style="background:url(javascript:alert(12))">styled</div>',
    "</script><script>alert(13)</script>",
    "<!--<script>alert(14)</script>-->",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(15)></style></math>",
    "<details open ontoggle=alert(16)>",
    "<input autofocus onfocus=alert(17)>",
    '<object data="data:text/html,<script>alert(18)</script>"></object>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(19)">',
    "line\u2028separator\u2029'); alert(20); //",
    '<base href="javascript:alert(21)//">',
    "<style>@import 'http://evil.invalid/x.css';</style>",
    "<link rel=stylesheet href=http://evil.invalid/x.css>",
    "&lt;script&gt;alert(24)&lt;/script&gt; &amp; &#60;b&#62;",
    "<template><script>alert(25)</script></template>",
    "javascript:alert(26)",
    '<form action="javascript:alert(27)"><button>go</button></form>',
    "${alert(28)} `backtick` \\u003cscript\\u003e",
    '<noscript><p title="</noscript><img src=x onerror=alert(29)>">',
    "]]><![CDATA[<script>alert(30)</script>]]>",
)


def hostile_document() -> str:
    """A plain-text policy with every payload, some inside sentences clarity flags."""
    lines = ["Hostile input test policy", ""]
    for n, payload in enumerate(XSS_PAYLOADS):
        lines.append(f"Clause {n + 1}. The insurer shall pay {payload} within 30 days.")
        lines.append("")
    return "\n".join(lines)
