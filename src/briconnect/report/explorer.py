"""The claims explorer, ``reports/claims.html``: every row of ``claims.csv`` in one table that can
be sorted, searched and filtered by section, unit and qualifier, each row linking to its place in
the source reader (``source.html#<claim_id>``).

The table itself is written by ``templates/claims.html.j2`` (so it reads without script, and its
links are ordinary links); DataTables from the itables wheel (``itables/html/dt_bundle.js`` and
``dt_bundle.css``, the bundle itables uses offline) makes it interactive. Both files are inlined:
the page loads nothing from elsewhere. The script goes in an inert ``<template>``, escaped like any
text, and is imported from a ``blob:`` URL, so nothing in it can end the page's markup early.
itables' ``to_html_datatable`` is not used: its output links to itables.org (a loading logo and
a "static preview" help link) and carries the rows a second time as JSON.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import BriconnectError
from .reader import QUALIFIERS, UNITS, _text, amount, number

TABLE_ID = "claims-table"  # fixed: a random id would change the page on every build


@dataclass(frozen=True)
class Row:
    claim_id: str
    section: int
    section_title: str
    mention: str
    value: str
    value_order: float
    shown: str  # the value with its unit, as a reader says it
    unit: str
    qualifier: str
    glyph: str
    low: str
    high: str
    counted: str
    as_of: str
    sentence: str


@dataclass(frozen=True)
class Bundle:
    """DataTables as itables ships it: the module's text and its style sheet."""

    js: str
    css: str
    version: str


def bundle() -> Bundle:
    """Read ``dt_bundle.js`` and ``dt_bundle.css`` from the installed itables."""
    try:
        import itables
    except ImportError:
        raise BriconnectError("itables is not installed; run `make setup`") from None
    folder = resources.files("itables") / "html"
    js = (folder / "dt_bundle.js").read_text(encoding="utf-8")
    css = (folder / "dt_bundle.css").read_text(encoding="utf-8")
    # Inlined unescaped: no "<" at all (nothing can end the style element), nothing remote.
    if "<" in css or re.search(r"url\(\s*['\"]?\s*(?:https?:)?//", css, re.I):
        raise BriconnectError("itables' dt_bundle.css cannot be inlined as it is")
    return Bundle(js, css, itables.__version__)


def rows() -> list[Row]:
    from ..dataset import loaders as data

    out = []
    for r in data.load_claims().itertuples():
        unit = str(r.unit)
        out.append(
            Row(
                claim_id=str(r.claim_id),
                section=int(r.section),
                section_title=str(r.section_title),
                mention=str(r.mention),
                value=number(r.value),
                value_order=float(r.value),
                shown=amount(r.value, unit),
                unit=unit,
                qualifier=str(r.qualifier),
                glyph=QUALIFIERS.get(str(r.qualifier), ("",))[0],
                low=number(r.value_low),
                high=number(r.value_high),
                counted=_text(r.counted),
                as_of=_text(r.as_of),
                sentence=str(r.sentence_text),
            )
        )
    return out


def build_claims(root: Path) -> Path:
    """Write ``<root>/reports/claims.html``."""
    from markupsafe import Markup

    from .. import paths
    from ..io import write_atomic
    from .site import render

    target = root / "reports" / "claims.html"
    csv = Path(os.path.relpath(paths.PROCESSED / "claims.csv", target.parent)).as_posix()
    dt = bundle()
    table = rows()
    html = render(
        "claims.html.j2",
        rows=table,
        table_id=TABLE_ID,
        csv_href=csv,
        qualifiers=QUALIFIERS,
        units=UNITS,
        sections=sorted({(r.section, r.section_title) for r in table}),
        dt_js=dt.js,  # escaped by the template: it is text inside a <template>
        dt_css=Markup(dt.css),  # checked above: nothing in it can close the <style>
        itables_version=dt.version,
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, html)
    return target
