"""Reading saved figure files back: a chart's title and extra sources from its SVG, a PNG's size.

The report pages use the title as the figure's alt text and caption, so it is never typed twice.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..errors import BriconnectError

_COMMENT = re.compile(r"<!-- (.*?) -->(.*?)(?=<!-- |\Z)", re.S)


def svg_title(svg: str) -> str:
    """A matplotlib chart's title, read from its SVG: the text drawn in the bold face.

    Each text element in matplotlib's SVG is preceded by a comment holding its string; the house
    style (figures.use_style) draws only titles in bold, so they are the alt text of the figure.
    Multi-line titles are joined with spaces.
    """
    lines = [
        html.unescape(text).strip()
        for text, body in _COMMENT.findall(svg)
        if re.search(r'href="#[^"]*-Bold', body)
    ]
    return " ".join(line for line in lines if line)


def svg_extra_sources(svg: str) -> list[str]:
    """Parts of a figure's own source line other than the chapter and briconnect (map shapes)."""
    for text, _ in _COMMENT.findall(svg):
        text = html.unescape(text)
        if text.startswith("Source:"):
            parts = [p.strip().rstrip(".") for p in text.removeprefix("Source:").split(";")]
            return [p for p in parts if p and "Chapter III" not in p and "briconnect" not in p]
    return []


def figure_title(svg: Path, stem: str) -> str:
    """The chart title of ``svg`` when the file exists and has one, else the stem as words."""
    title = svg_title(svg.read_text(encoding="utf-8")) if svg.exists() else ""
    return title or stem.replace("-", " ").capitalize()


def png_size(path: Path) -> tuple[int, int]:
    """Width and height of a PNG from its header, so the page reserves the space before loading."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise BriconnectError(f"{path}: not a PNG file")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
