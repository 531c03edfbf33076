"""Style-hint thresholds shared by the PDF, DOCX and HTML readers.

One definition of "fine print" and "near-invisible" for every format, so a
clause judged small in a PDF is judged small in the same Word file too.
"""

from __future__ import annotations

FINE_PRINT_PT = 8.0
"""Below this size text is fine print whatever the body size (EU IPID: x-height >= 1.2 mm,
about 7 pt in common fonts)."""
FINE_PRINT_RATIO = 0.75
"""At or below this fraction of the body size text is fine print."""
LIGHT_LUMINANCE = 0.9
"""Text lighter than this (0 black .. 1 white) on a white page is treated as hidden."""


def is_fine_print(size_pt: float, body_pt: float) -> bool:
    return size_pt < FINE_PRINT_PT or size_pt <= body_pt * FINE_PRINT_RATIO


def rgb(value: object) -> tuple[float, float, float] | None:
    """PDF colours: gray (g,), RGB (r,g,b) or CMYK (c,m,y,k) in 0..1; None if unknown."""
    if isinstance(value, (int, float)):
        value = (value,)
    if not isinstance(value, (tuple, list)) or not value:
        return None
    try:
        parts = [min(1.0, max(0.0, float(v))) for v in value]
    except (TypeError, ValueError):
        return None
    if len(parts) == 1:
        return parts[0], parts[0], parts[0]
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    if len(parts) == 4:
        c, m, y, k = parts
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return None


def luminance(value: object) -> float:
    """Relative luminance 0 (black) .. 1 (white); unknown colours count as black."""
    colour = rgb(value)
    if colour is None:
        return 0.0
    r, g, b = colour
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def hex_colour(value: object) -> str | None:
    colour = rgb(value)
    if colour is None:
        return None
    return "#" + "".join(f"{round(c * 255):02x}" for c in colour)


def hex_luminance(hex_value: str) -> float:
    """Luminance of "#rrggbb" / "#rgb" / "rrggbb"; 0 when it cannot be parsed."""
    digits = hex_value.strip().lstrip("#")
    if len(digits) in (3, 4):
        digits = "".join(c * 2 for c in digits[:3])
    try:
        parts = tuple(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return 0.0
    return luminance(parts) if len(digits) >= 6 else 0.0
