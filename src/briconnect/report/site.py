"""``python -m briconnect.report``: run section notebooks and build the offline HTML report.

    python -m briconnect.report run 03-trade               # -> reports/notebooks/03-trade.ipynb
    python -m briconnect.report run 03-trade --variant params/variants/hi-res.yaml
    python -m briconnect.report page 03-trade              # -> reports/html/03-trade.html
    python -m briconnect.report index                      # -> reports/index.html

Make calls these (see make/report.mk); each prints one progress line per notebook with its time
and any failure as one line naming the notebook and the failing cell.

The landing page (``index.html``) is assembled from files the notebooks wrote: the headline
numbers are parsed back from ``reports/summaries/NN-*.md``, the figures are linked from
``figures/NN-*/`` with their chart titles as alt text, and each section links to its notebook page
``reports/html/NN-*.html``. Every page is one self-contained file set: no script, no CDN, no
timestamp, so a rebuild from the same inputs gives the same bytes.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..errors import BriconnectError
from ..io import write_atomic
from .summaries import parse_summary

if TYPE_CHECKING:
    import nbformat

SUBTITLE = "China's 2023 Belt and Road white paper, Chapter III, in data"
KEY_FIGURES = 3  # at most this many figures per section on the landing page

# Shared by the landing page and the notebook pages. Type grows with the viewport (phone to
# projector), text lines stay under ~70 characters, tables and wide outputs scroll sideways on a
# phone instead of widening the page, and print drops navigation and never splits a figure.
_CSS = """
:root{--ink:#1d1d1f;--muted:#555;--accent:#0072B2;--rule:#d9dde3;--soft:#f4f6f9;
--measure:70ch}
*,*::before,*::after{box-sizing:border-box}
html{font-size:clamp(16px,0.9rem + 0.25vw,20px);-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
line-height:1.55;color:var(--ink);background:#fff}
a{color:var(--accent)}
a:focus-visible{outline:3px solid #E69F00;outline-offset:2px}
h1,h2,h3,h4{line-height:1.2}
p,li,figcaption{max-width:var(--measure);overflow-wrap:anywhere}
code{font-size:.9em;background:var(--soft);padding:0 .2em;border-radius:3px}
img{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:.8rem;margin:.5rem 0;display:block;overflow-x:auto;
max-width:100%;width:max-content;border:0}
th,td{border:1px solid var(--rule);padding:.2rem .5rem;text-align:right;white-space:nowrap}
th{background:var(--soft)}
pre{background:var(--soft);padding:.5rem;overflow-x:auto;font-size:.8rem;max-width:100%}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
.kicker{color:var(--muted);font-size:.85rem;letter-spacing:.04em;text-transform:uppercase;
margin:0 0 .3rem}
.wrap{max-width:70rem;margin:0 auto;padding:0 1.25rem}
.masthead{background:var(--soft);border-bottom:3px solid var(--accent);padding:1.25rem 0 1rem}
.masthead h1{font-size:clamp(1.6rem,1.1rem + 1.4vw,2.4rem);margin:0 0 .5rem}
.lede{margin:0 0 .5rem}
.meta{color:var(--muted);font-size:.85rem;margin:0}
.layout{display:grid;gap:0 2.5rem;grid-template-columns:minmax(0,1fr)}
.toc h2{font-size:1rem;margin:1.25rem 0 .4rem}
.toc ol{margin:0;padding-left:1.3rem}
.toc li{margin:.25rem 0;line-height:1.3}
.toc .sub{display:block;color:var(--muted);font-size:.8rem}
.section{border-top:1px solid var(--rule);margin-top:2rem;padding-top:1rem}
.section h2{font-size:clamp(1.3rem,1.1rem + .6vw,1.8rem);margin:.2rem 0 .8rem}
.headlines{list-style:none;padding:0;margin:0 0 1rem}
.headlines li{border-left:4px solid var(--accent);background:var(--soft);margin:.45rem 0;
padding:.45rem .75rem}
figure{margin:1.25rem 0;max-width:48rem;break-inside:avoid;page-break-inside:avoid}
figure img{display:block;border:1px solid var(--rule);background:#fff}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.35rem}
figcaption strong{color:var(--ink);font-weight:600}
.more{font-weight:600}
.more .files{font-weight:400;font-size:.85rem;color:var(--muted)}
footer{border-top:1px solid var(--rule);margin-top:3rem;padding:1rem 0 2rem;color:var(--muted);
font-size:.85rem}
.pager{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:.75rem 0}
.notebook{padding-bottom:1rem}
.notebook h1{font-size:clamp(1.5rem,1.2rem + 1.2vw,2.3rem)}
.notebook .output_subarea,.notebook .output_area,.notebook .output{max-width:100%;
overflow-x:auto}
.notebook .output_png img{max-width:min(100%,48rem)}
.notebook div{max-width:100%}
@media (min-width:64rem){
.layout{grid-template-columns:14rem minmax(0,1fr)}
.toc{position:sticky;top:0;align-self:start;max-height:100vh;overflow-y:auto;padding-bottom:1rem}
}
@media print{
html{font-size:11pt}
.toc,.skip,.pager,.more .files{display:none}
.layout{display:block}
.masthead{background:none;padding-top:0}
.section{break-before:page;border-top:none;margin-top:0}
.section:first-child{break-before:auto}
h2,h3,.headlines li{break-after:avoid;break-inside:avoid}
figure,img,table{break-inside:avoid;page-break-inside:avoid}
a{color:inherit;text-decoration:none}
}
"""


@dataclass(frozen=True)
class KeyFigure:
    """One figure as the landing page shows it; paths are relative to the output root."""

    png: Path
    svg: Path | None
    title: str
    caption: str


@dataclass(frozen=True)
class Section:
    """What the landing page says about one notebook."""

    name: str
    title: str
    chapter_section: str
    points: list[str]
    figures: list[KeyFigure]


def output_root(variant: Path | None) -> Path:
    """Where a run writes: the project itself, or ``build/variants/<name>/`` for a variant file."""
    return paths.ROOT / "build" / "variants" / variant.stem if variant else paths.ROOT


def cmd_run(name: str, variant: Path | None) -> None:
    from .run import read_params, run_notebook, variant_params

    source = paths.NOTEBOOKS / f"{name}.ipynb"
    if not source.exists():
        raise BriconnectError(f"{source.relative_to(paths.ROOT)}: no such notebook")
    params = read_params(paths.ROOT / "params" / f"{name}.yaml")
    out_dir = ""
    if variant is not None:
        params.update(variant_params(variant, name))
        out_dir = str(output_root(variant).relative_to(paths.ROOT))
    target = output_root(variant) / "reports" / "notebooks" / f"{name}.ipynb"
    seconds = run_notebook(source, target, params, output_dir=out_dir)
    print(f"report: {name:<24} {seconds:5.1f} s  -> {target.relative_to(paths.ROOT)}", flush=True)


# ---------------------------------------------------------------- reading what the notebooks wrote


def _read_notebook(nb_path: Path) -> nbformat.NotebookNode:
    import nbformat

    if not nb_path.exists():
        raise BriconnectError(f"{nb_path}: no executed notebook; run `make report`")
    return nbformat.read(nb_path, as_version=4)


def notebook_title(nb: nbformat.NotebookNode, fallback: str) -> str:
    """The notebook's H1 ("03 · Trade: ..."), or ``fallback`` when it has none."""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.startswith("# "):
            return cell.source.splitlines()[0][2:].strip()
    return fallback


_SAVE = re.compile(r"""fg\.save\(\s*fig\s*,\s*NAME\s*,\s*["']([^"']+)["']""")


def saved_figures(nb: nbformat.NotebookNode) -> dict[str, str]:
    """Cell id -> figure stem, for each code cell that saves a figure, in notebook order."""
    found: dict[str, str] = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            for stem in _SAVE.findall(cell.source):
                found.setdefault(cell.get("id", ""), stem)
    return found


# briconnect.data's loaders: data.load_claims(), data.load("projects"), ...
_TABLE_LOADS = re.compile(r"""\bload_(\w+)\(|\bload\(["'](\w+)["']""")


def tables_read(nb: nbformat.NotebookNode) -> list[str]:
    """The data/processed/ tables a notebook loads, in first-use order (for source captions)."""
    from ..dataset.dictionary import TABLES

    names: list[str] = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            for direct, by_name in _TABLE_LOADS.findall(cell.source):
                name = direct or by_name
                if name in TABLES and name not in names:
                    names.append(name)
    return names


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


def _citation_year() -> str:
    """The publication year of the chapter, from its sidecar (data/raw/sources.json)."""
    meta = json.loads(paths.SOURCES.read_text(encoding="utf-8"))
    return str(meta[paths.RAW_TEXT.name]["date_published"])[:4]


def source_line(section: int, tables: Sequence[str], extra: Sequence[str] = ()) -> str:
    """The caption's source: the chapter (and section), the CSV files, other sources."""
    where = "Chapter III" + (f", section {section}" if section else "")
    files = ", ".join(f"data/processed/{t}.csv" for t in tables)
    parts = [
        f"Source: The Belt and Road Initiative white paper (SCIO, {_citation_year()}), {where}",
        files,
        *extra,
    ]
    return "; ".join(p for p in parts if p) + "."


def key_figures(root: Path, name: str, nb: nbformat.NotebookNode) -> list[KeyFigure]:
    """The section's first figures in notebook order (at most KEY_FIGURES), with alt and source."""
    section = int(name[:2]) if name[:2].isdigit() else 0
    tables = tables_read(nb)
    out: list[KeyFigure] = []
    for stem in saved_figures(nb).values():
        png = Path("figures") / name / f"{stem}.png"
        if not (root / png).exists():
            continue
        svg: Path | None = png.with_suffix(".svg")
        svg_text = (root / svg).read_text(encoding="utf-8") if (root / svg).exists() else ""
        if not svg_text:
            svg = None
        title = svg_title(svg_text) or stem.replace("-", " ").capitalize()
        caption = source_line(section, tables, svg_extra_sources(svg_text))
        out.append(KeyFigure(png, svg, title, caption))
        if len(out) == KEY_FIGURES:
            break
    return out


def _chapter_sections() -> dict[int, str]:
    from ..dataset.loaders import load_sections

    sections = load_sections()
    return dict(zip(sections["section"].astype(int), sections["title"].astype(str), strict=True))


def read_section(root: Path, name: str, chapter: dict[int, str]) -> Section:
    """Everything the landing page shows for one notebook, read from its outputs."""
    nb = _read_notebook(root / "reports" / "notebooks" / f"{name}.ipynb")
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
        points=points,
        figures=key_figures(root, name, nb),
    )


def chapter_paragraph() -> str:
    """The page's one-paragraph summary of the chapter, every number computed from the tables."""
    import pandas as pd

    from ..dataset import loaders as data

    claims, countries, sections = data.load_claims(), data.load_countries(), data.load_sections()
    sentences = data.load_sentences()
    folder = paths.PROCESSED
    projects = pd.read_csv(folder / "projects.csv", keep_default_na=False)
    mechanisms = pd.read_csv(folder / "mechanisms.csv", keep_default_na=False)
    checks = pd.read_csv(folder / "checks.csv", keep_default_na=False)
    n_sections = int((sections["section"] > 0).sum())
    hedged = 1 - (claims["qualifier"] == "exact").mean()
    named = countries[countries["kind"] != "china"]["iso3"].nunique()
    top = claims["section"].value_counts().sort_index().idxmax()
    verdicts = checks["verdict"]
    checkable = int((verdicts != "not checkable").sum())
    title = sections.loc[sections["section"] == 0, "title"].iloc[0]
    return (
        f"Chapter III, “{title}”, "
        f"makes its case for the Belt and Road Initiative in {n_sections} sections, "
        f"{sentences['paragraph'].nunique()} paragraphs and {len(sentences)} sentences. "
        f"It states {len(claims)} numbers (the most, {int((claims['section'] == top).sum())}, "
        f"in section {top}), and {hedged:.0%} of them are hedged with “more than”, “nearly” "
        f"or “about”. It names {named} countries or territories besides China, "
        f"{len(projects)} projects and {mechanisms['mechanism_id'].nunique()} forums, funds and "
        f"other mechanisms. Of the {len(checks)} consistency checks computed from its numbers, "
        f"{checkable} can be decided: {int((verdicts == 'consistent').sum())} agree and "
        f"{_count(int((verdicts == 'inconsistent').sum()), 'does not', 'do not')}."
    )


def _count(n: int, singular: str, plural: str) -> str:
    """'1 does not', '2 do not': numbers from the data need the verb to agree with them."""
    return f"{n} {singular if n == 1 else plural}"


def _inline(text: str) -> str:
    """Escape a summary point and render its Markdown ``code`` spans."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text, quote=False))


# ---------------------------------------------------------------- the notebook pages


def notebook_body(nb: nbformat.NotebookNode, alt: dict[str, str]) -> str:
    """The notebook as an HTML fragment: Markdown and outputs, no code, no script, no CDN.

    ``alt`` maps a cell id to the alt text of the figure that cell shows.
    """
    from bs4 import BeautifulSoup
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        anchor_link_text="",
        require_js_url="",
        mathjax_url="",
    )
    body, _ = exporter.from_notebook_node(nb)
    soup = BeautifulSoup(body, features="html.parser")
    for link in soup.select("a.anchor-link"):
        link.decompose()
    for heading in soup.select("h1")[1:]:
        heading.name = "h2"  # the summary's "# title" output: one h1 per page
    for cell in soup.select("div.cell[id]"):
        text = alt.get(str(cell["id"]).removeprefix("cell-id="))
        if text:
            for img in cell.select("img"):
                img["alt"] = text
        if not cell.get_text(strip=True) and not cell.select("img"):
            cell.decompose()  # code cells without output: nothing to show
    for n, cell in enumerate(soup.select("div.cell.celltag_answer"), start=1):
        # Worked answers stay folded, as in the notebook, so the exercise is not spoiled.
        details = soup.new_tag("details", attrs={"class": "answer"})
        summary = soup.new_tag("summary")
        summary.string = f"Worked answer {n}"
        details.append(summary)
        for child in list(cell.children):
            details.append(child.extract())
        cell.append(details)
    return str(soup).strip()


def _shell(title: str, body: str) -> str:
    """A whole page around ``body``: the shared inline CSS, nothing loaded from elsewhere."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _pager(name: str, names: Sequence[str]) -> str:
    """Links back to the front page and to the neighbouring notebook pages."""
    i = names.index(name) if name in names else -1
    links = ['<a href="../index.html">← All sections (the report’s front page)</a>']
    if i > 0:
        links.append(f'<a href="{names[i - 1]}.html">← Previous: {names[i - 1]}</a>')
    if 0 <= i < len(names) - 1:
        links.append(f'<a href="{names[i + 1]}.html">Next: {names[i + 1]} →</a>')
    return f'<nav class="pager" aria-label="Report pages">{" ".join(links)}</nav>'


def build_page(root: Path, name: str) -> Path:
    """Write ``<root>/reports/html/<name>.html``: one executed notebook, code hidden, offline."""
    nb = _read_notebook(root / "reports" / "notebooks" / f"{name}.ipynb")
    names = sorted(p.stem for p in paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    alt = {}
    for cell_id, stem in saved_figures(nb).items():
        svg = root / "figures" / name / f"{stem}.svg"
        title = svg_title(svg.read_text(encoding="utf-8")) if svg.exists() else ""
        alt[cell_id] = title or stem.replace("-", " ").capitalize()
    title = notebook_title(nb, name)
    body = (
        '<div class="wrap">\n'
        f"{_pager(name, names)}\n"
        f'<main class="notebook">\n{notebook_body(nb, alt)}\n</main>\n'
        f"<footer>{_pager(name, names)}<p>The executed notebook with its code: "
        f'<a href="../notebooks/{name}.ipynb">reports/notebooks/{name}.ipynb</a>; '
        f"the source to open in JupyterLab: <code>notebooks/{name}.ipynb</code>. "
        "Generated by <code>make report</code>; do not edit by hand.</p></footer>\n</div>"
    )
    target = root / "reports" / "html" / f"{name}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, _shell(f"{title} · {SUBTITLE}", body))
    return target


# ---------------------------------------------------------------- the landing page


def png_size(path: Path) -> tuple[int, int]:
    """Width and height of a PNG from its header, so the page reserves the space before loading."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise BriconnectError(f"{path}: not a PNG file")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def _figure_html(fig: KeyFigure, root: Path) -> str:
    """One figure: the PNG (linking to the SVG for a sharp zoom), its title and its source."""
    href = f"../{(fig.svg or fig.png).as_posix()}"
    width, height = png_size(root / fig.png)
    return (
        f'<figure>\n<a href="{html.escape(href)}">'
        f'<img src="../{html.escape(fig.png.as_posix())}" alt="{html.escape(fig.title)}" '
        f'width="{width}" height="{height}"></a>\n'
        f"<figcaption><strong>{html.escape(fig.title)}.</strong> "
        f"{html.escape(fig.caption)}</figcaption>\n</figure>"
    )


def _section_html(s: Section, root: Path) -> str:
    """One section of the landing page: headline numbers, key figures, link to the notebook."""
    points = "\n".join(f"<li>{_inline(p)}</li>" for p in s.points)
    figures = "\n".join(_figure_html(f, root) for f in s.figures)
    return (
        f'<section class="section" id="{s.name}" aria-labelledby="{s.name}-title">\n'
        f'<p class="kicker">{html.escape(s.chapter_section)}</p>\n'
        f'<h2 id="{s.name}-title">{html.escape(s.title)}</h2>\n'
        f'<ul class="headlines" aria-label="Headline numbers">\n{points}\n</ul>\n'
        f"{figures}\n"
        f'<p class="more"><a class="notebook-link" href="html/{s.name}.html">'
        f"Read the full notebook: {html.escape(s.name)} →</a> "
        f'<span class="files">(also as <a href="notebooks/{s.name}.ipynb">.ipynb</a> and '
        f'<a href="summaries/{s.name}.md">summary .md</a>)</span></p>\n'
        "</section>"
    )


def build_index(root: Path) -> Path:
    """Write ``<root>/reports/index.html``: title, summary, contents, one block per section."""
    names = sorted(p.stem for p in (root / "reports" / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    if not names:
        raise BriconnectError(f"no executed notebooks in {root / 'reports' / 'notebooks'}")
    chapter = _chapter_sections()
    sections = [read_section(root, name, chapter) for name in names]
    missing = [n for n in names if not (root / "reports" / "html" / f"{n}.html").exists()]
    if missing:
        raise BriconnectError(f"no notebook page for {', '.join(missing)}; run `make report`")
    meta = json.loads(paths.SOURCES.read_text(encoding="utf-8"))[paths.RAW_TEXT.name]
    toc = "\n".join(
        f'<li><a href="#{s.name}">{html.escape(s.title)}</a>'
        f'<span class="sub">{html.escape(s.chapter_section)}</span></li>'
        for s in sections
    )
    body = (
        '<a class="skip" href="#main">Skip to the sections</a>\n'
        '<header class="masthead"><div class="wrap">\n'
        f'<p class="kicker">{html.escape(SUBTITLE)}</p>\n'
        f"<h1>{html.escape(chapter.get(0, 'Chapter III'))}</h1>\n"
        f'<p class="lede">{html.escape(chapter_paragraph(), quote=False)}</p>\n'
        '<p class="meta">Every number on this page is computed from '
        "<code>data/processed/</code> by the notebooks and read back from their outputs; "
        "each section links to its full notebook. The page works offline.</p>\n"
        "</div></header>\n"
        '<div class="wrap layout">\n'
        '<nav class="toc" aria-label="Contents"><h2>Contents</h2>\n'
        f"<ol>\n{toc}\n</ol></nav>\n"
        '<main id="main">\n' + "\n".join(_section_html(s, root) for s in sections) + "\n</main>\n"
        "</div>\n"
        '<footer><div class="wrap"><p>Source: '
        f"{html.escape(meta['title'])}. {html.escape(meta['publisher'])}, "
        f"{html.escape(meta['date_published'])}. Extracted into <code>data/processed/</code> "
        "by briconnect; regenerate this page with <code>make report</code>.</p></div></footer>"
    )
    target = root / "reports" / "index.html"
    write_atomic(target, _shell(f"{chapter.get(0, 'Chapter III')} · {SUBTITLE}", body))
    return target


# Chromium without anything that would reach the network on its own (updates, sync, field trials).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update", "--disable-extensions",
]  # fmt: skip


def screenshot(page: Path, out: Path, width: int = 1280, height: int = 800) -> None:
    """Save the first screen of ``page`` as the README shows it, in headless Chromium.

    Every request that is not a local file is refused, so the picture is the offline page.
    """
    import shutil

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise BriconnectError("playwright is not installed; run `make setup`") from None
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        raise BriconnectError("Chromium not found; run `make browser`")
    if not page.exists():
        raise BriconnectError(f"{page}: no such page; run `make report`")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            context.route(
                "**/*",
                lambda r: (
                    r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
                ),
            )
            tab = context.new_page()
            tab.goto(page.resolve().as_uri(), wait_until="load")
            out.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(out, tab.screenshot())
        finally:
            browser.close()


def main(argv: Sequence[str] | None = None) -> int:
    # jsonschema (imported by nbformat) builds rfc3987_syntax's grammar at import, ~1.8 s, only to
    # check the "iri" string format that notebook validation never uses, and skips that checker
    # when the module cannot be imported. Blocking it in this command's process saves that time.
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    parser = argparse.ArgumentParser(prog="python -m briconnect.report", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="execute one notebook into reports/notebooks/")
    p.add_argument("name", help="notebook name without .ipynb, e.g. 03-trade")
    p.add_argument("--variant", type=Path, default=None, help="YAML overrides; output to build/")
    p = sub.add_parser("page", help="write reports/html/NAME.html from the executed notebook")
    p.add_argument("name", help="notebook name without .ipynb, e.g. 03-trade")
    p.add_argument("--variant", type=Path, default=None, help="build the variant's page")
    p = sub.add_parser("index", help="build reports/index.html from the notebooks' outputs")
    p.add_argument("--variant", type=Path, default=None, help="build the variant's index")
    p = sub.add_parser("screenshot", help="save the first screen of index.html (1280x800)")
    p.add_argument("--out", type=Path, default=Path("docs/report-screenshot.png"))
    args = parser.parse_args(argv)
    variant = args.variant.resolve() if getattr(args, "variant", None) else None
    root = output_root(variant)
    try:
        if args.command == "run":
            cmd_run(args.name, variant)
        elif args.command == "page":
            target = build_page(root, args.name)
            print(f"report: page  -> {target.relative_to(paths.ROOT)}", flush=True)
        elif args.command == "screenshot":
            screenshot(root / "reports" / "index.html", args.out)
            print(f"report: screenshot -> {args.out}", flush=True)
        else:
            target = build_index(root)
            print(f"report: index -> {target.relative_to(paths.ROOT)}", flush=True)
    except BriconnectError as exc:
        print(f"report: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("report: interrupted; stored outputs left untouched", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
