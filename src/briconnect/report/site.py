"""The report's HTML pages, rendered from the Jinja2 templates in ``report/templates/``.

- ``reports/html/NN-*.html``: one page per executed notebook (:func:`build_page`). nbconvert
  renders the cells with ``templates/notebook_cells/`` (code hidden, answers folded, figures with
  their chart titles as alt text); ``notebook.html.j2`` puts them in the page with a pager.
- ``reports/index.html``: the landing page (:func:`build_index`, ``index.html.j2``), from the data
  :mod:`briconnect.report.landing` reads back from the notebooks' outputs.

Both extend ``base.html.j2``, which inlines ``style.css``: every page is one self-contained file,
with no script, nothing from the network and no timestamp, so a rebuild from the same inputs
gives the same bytes. Python only prepares plain data; the templates write all the HTML, with
autoescaping on.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from ..errors import BriconnectError
from ..io import write_atomic
from .executed import (
    answer_folds,
    check_name,
    notebook_names,
    notebook_title,
    read_notebook,
    saved_figures,
)
from .figure_files import figure_title
from .links import relink

if TYPE_CHECKING:
    import jinja2
    import nbformat

TEMPLATES = Path(__file__).parent / "templates"
SUBTITLE = "China's 2023 Belt and Road white paper, Chapter III, in data"


@dataclass(frozen=True)
class Link:
    href: str
    text: str


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The templates' environment: autoescaped, undefined names are errors."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(template: str, **context: Any) -> str:
    """One page from ``templates/<template>`` and plain data."""
    return environment().get_template(template).render(subtitle=SUBTITLE, **context)


# ---------------------------------------------------------------- the notebook pages


def notebook_cells(nb: nbformat.NotebookNode, figure_alt: dict[str, str]) -> str:
    """The notebook's Markdown and outputs as an HTML fragment (``templates/notebook_cells/``).

    ``figure_alt`` maps a cell id to the alt text of the figure that cell shows.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name="notebook_cells",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        exclude_anchor_links=True,
    )
    exporter.register_filter("re_sub", re_sub)
    nb = copy.deepcopy(nb)
    for cell in nb.cells:  # links written for notebooks/, read from reports/html/
        if cell.cell_type == "markdown":
            cell.source = relink(cell.source, paths.NOTEBOOKS, paths.REPORTS / "html")
    answer_open, answer_close = answer_folds(nb)
    resources = {"figure_alt": figure_alt, "answer_open": answer_open, "answer_close": answer_close}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body.strip()


def re_sub(text: str, pattern: str, replacement: str) -> str:
    """Jinja filter for templates: re.sub with the pattern and replacement written in the
    template (notebook_cells links a table row headed by a claim id to the annotated source)."""
    return re.sub(pattern, replacement, text)


def pager(name: str, names: list[str]) -> list[Link]:
    """Links back to the front page and to the neighbouring notebook pages."""
    i = names.index(name) if name in names else -1
    links = [Link("../index.html", "← All sections (the report’s front page)")]
    if i > 0:
        links.append(Link(f"{names[i - 1]}.html", f"← Previous: {names[i - 1]}"))
    if 0 <= i < len(names) - 1:
        links.append(Link(f"{names[i + 1]}.html", f"Next: {names[i + 1]} →"))
    return links


def build_page(root: Path, name: str) -> Path:
    """Write ``<root>/reports/html/<name>.html``: one executed notebook, code hidden, offline."""
    from markupsafe import Markup

    check_name(name)
    nb = read_notebook(root / "reports" / "notebooks" / f"{name}.ipynb")
    alt = {
        cell_id: figure_title(root / "figures" / name / f"{stem}.svg", stem)
        for cell_id, stem in saved_figures(nb).items()
    }
    html = render(
        "notebook.html.j2",
        name=name,
        title=notebook_title(nb, name),
        pager_links=pager(name, notebook_names()),
        cells=Markup(notebook_cells(nb, alt)),  # nbconvert's output, escaped by its template
    )
    target = root / "reports" / "html" / f"{name}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, html)
    return target


# ---------------------------------------------------------------- the landing page


def build_index(root: Path) -> Path:
    """Write ``<root>/reports/index.html``: title, summary, contents, one block per section."""
    from .landing import chapter_paragraph, chapter_sections, read_section, source_meta

    names = sorted(p.stem for p in (root / "reports" / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    if not names:
        raise BriconnectError(f"no executed notebooks in {root / 'reports' / 'notebooks'}")
    missing = [n for n in names if not (root / "reports" / "html" / f"{n}.html").exists()]
    if missing:
        raise BriconnectError(f"no notebook page for {', '.join(missing)}; run `make report`")
    chapter = chapter_sections()
    html = render(
        "index.html.j2",
        heading=chapter.get(0, "Chapter III"),
        lede=chapter_paragraph(),
        sections=[read_section(root, name, chapter) for name in names],
        source=source_meta(),
    )
    target = root / "reports" / "index.html"
    write_atomic(target, html)
    return target
