"""What the landing page (``reports/index.html``) says, as plain data for its template.

Everything is read back from files the notebooks wrote: the headline numbers from
``reports/summaries/NN-*.md``, the key figures from ``figures/NN-*/`` with their chart titles as
alt text, section titles from the executed notebooks, and the chapter paragraph from the tables.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..errors import BriconnectError
from .citation import source_line
from .executed import notebook_title, read_notebook, saved_figures, tables_read
from .figure_files import figure_title, png_size, svg_extra_sources
from .summaries import parse_summary

if TYPE_CHECKING:
    import nbformat

KEY_FIGURES = 3  # at most this many figures per section on the landing page


@dataclass(frozen=True)
class KeyFigure:
    """One figure as the landing page shows it; paths are relative to the output root."""

    png: Path
    svg: Path | None
    title: str
    caption: str
    width: int
    height: int

    @property
    def src(self) -> str:
        """The image, relative to ``reports/``."""
        return f"../{self.png.as_posix()}"

    @property
    def href(self) -> str:
        """Where the image links: the SVG for a sharp zoom, else the PNG itself."""
        return f"../{(self.svg or self.png).as_posix()}"


@dataclass(frozen=True)
class Span:
    """A piece of a headline: plain text, or a Markdown ``code`` span (``code=True``)."""

    text: str
    code: bool = False


@dataclass(frozen=True)
class Section:
    """What the landing page says about one notebook."""

    name: str
    title: str
    chapter_section: str
    points: list[list[Span]]
    figures: list[KeyFigure]


def spans(text: str) -> list[Span]:
    """A summary point split at its Markdown code spans: "`a` b" -> [a (code), " b"]."""
    parts = re.split(r"`([^`]+)`", text)
    return [Span(p, code=i % 2 == 1) for i, p in enumerate(parts) if p]


def key_figures(root: Path, name: str, nb: nbformat.NotebookNode) -> list[KeyFigure]:
    """The section's first figures in notebook order (at most KEY_FIGURES), with alt and source."""
    section = int(name[:2]) if name[:2].isdigit() else 0
    tables = tables_read(nb)
    out: list[KeyFigure] = []
    for stem in saved_figures(nb).values():
        png = Path("figures") / name / f"{stem}.png"
        if not (root / png).exists():
            continue
        svg = png.with_suffix(".svg")
        svg_text = (root / svg).read_text(encoding="utf-8") if (root / svg).exists() else ""
        caption = source_line(section, tables, svg_extra_sources(svg_text))
        width, height = png_size(root / png)
        title = figure_title(root / svg, stem)
        out.append(KeyFigure(png, svg if svg_text else None, title, caption, width, height))
        if len(out) == KEY_FIGURES:
            break
    return out


def chapter_sections() -> dict[int, str]:
    """Section number -> title, from sections.csv (0 is the chapter itself)."""
    from ..dataset.loaders import load_sections

    sections = load_sections()
    return dict(zip(sections["section"].astype(int), sections["title"].astype(str), strict=True))


def read_section(root: Path, name: str, chapter: dict[int, str]) -> Section:
    """Everything the landing page shows for one notebook, read from its outputs."""
    nb = read_notebook(root / "reports" / "notebooks" / f"{name}.ipynb")
    summary = root / "reports" / "summaries" / f"{name}.md"
    if not summary.exists():
        raise BriconnectError(f"{summary}: no summary; run `make report`")
    _, points = parse_summary(summary.read_text(encoding="utf-8"))
    number = int(name[:2]) if name[:2].isdigit() else 0
    where = f"Section {number} · {chapter[number]}" if number in chapter and number else ""
    return Section(
        name=name,
        title=notebook_title(nb, name),
        chapter_section=where or "Overview · the whole chapter",
        points=[spans(p) for p in points],
        figures=key_figures(root, name, nb),
    )


def chapter_paragraph() -> str:
    """The page's one-paragraph summary of the chapter, every number computed from the tables."""
    from ..dataset import loaders as data

    claims, countries, sections = data.load_claims(), data.load_countries(), data.load_sections()
    sentences, projects = data.load_sentences(), data.load_projects()
    mechanisms, checks = data.load_mechanisms(), data.load_checks()
    n_sections = int((sections["section"] > 0).sum())
    hedged = 1 - (claims["qualifier"] == "exact").mean()
    n_countries = countries.loc[countries["kind"] == "country", "iso3"].nunique()
    n_territories = countries.loc[countries["kind"] == "territory", "iso3"].nunique()
    per_section = claims["section"].value_counts().sort_index()
    top = per_section.idxmax()
    words = sentences.groupby("section")["text"].apply(lambda t: t.str.split().str.len().sum())
    density = (per_section / words * 1000).dropna().sort_values(ascending=False, kind="stable")
    (dense, first), (runner, second) = list(density.items())[:2]
    evidence = checks[checks["can_fail"]]["verdict"]
    title = sections.loc[sections["section"] == 0, "title"].iloc[0]
    return (
        f"Chapter III, “{title}”, "
        f"makes its case for the Belt and Road Initiative in {n_sections} sections, "
        f"{sentences['paragraph'].nunique()} paragraphs and {len(sentences)} sentences. "
        f"It states {len(claims)} numbers (the most, {int(per_section[top])}, in section {top}; "
        f"per 1,000 words, sections {dense} and {runner} lead with {first:.1f} and "
        f"{second:.1f}), and {hedged:.0%} "
        "of them are hedged with “more than”, “nearly” or “about”. "
        f"It names {n_countries} countries besides China and {n_territories} territories "
        "(China's own SARs among them), "
        f"{len(projects)} projects and "
        f"{mechanisms['mechanism_id'].nunique()} forums, funds and other mechanisms. Of the "
        f"{len(checks)} consistency checks declared between its numbers, {len(evidence)} could "
        f"have failed: {_count(int((evidence == 'consistent').sum()), 'agrees', 'agree')}, "
        f"{_count(int((evidence == 'inconsistent').sum()), 'does not', 'do not')} and "
        f"{int((evidence == 'undecidable').sum())} rest on an assumption the text does not "
        f"state; the other {len(checks) - len(evidence)} cannot fail (one clause states both "
        "numbers, a “more than” leaves a side open, or nothing is stated to compare with)."
    )


def _count(n: int, singular: str, plural: str) -> str:
    """'1 does not', '2 do not': numbers from the data need the verb to agree with them."""
    return f"{n} {singular if n == 1 else plural}"


def source_meta() -> dict[str, str]:
    """The chapter's title, publisher and publication date, from ``data/raw/sources.json``."""
    meta = json.loads(paths.SOURCES.read_text(encoding="utf-8"))[paths.RAW_TEXT.name]
    return {k: str(meta[k]) for k in ("title", "publisher", "date_published")}
