"""Figures that say what they show, in colours everyone can read, saved byte for byte the same.

Every chart in the report goes through :func:`bar_chart` (or :func:`stacked_bars`) and
:func:`save`: a title that states the finding, labelled axes with units, a source caption, a
colour-blind-safe palette, and PNG/SVG files without dates or software stamps.
"""

from __future__ import annotations

import io
import os
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .. import paths
from ..intervals import Interval, read_claim
from ..io import write_atomic
from .citation import PUBLISHED

# Okabe & Ito (2008), "Color Universal Design"; black is left out because it is the text colour.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]
# Paul Tol's "bright" scheme (https://personal.sron.nl/~pault/), also safe for colour-blind readers.
TOL_BRIGHT = ["#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB"]
PALETTES: dict[str, list[str]] = {"okabe-ito": OKABE_ITO, "tol-bright": TOL_BRIGHT}

SOURCE = (
    f"Source: The Belt and Road Initiative white paper ({PUBLISHED}), Chapter III; "
    "tables in briconnect's data/processed/"
)
FORMATS = ("png", "svg")
# Metadata that would otherwise embed the date or the matplotlib version into each file.
_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None}}


def read_only() -> bool:
    """True under ``make test``: nbval re-runs the stored notebooks but must not rewrite outputs."""
    return os.environ.get("BRICONNECT_READ_ONLY", "") not in ("", "0")


def palette(name: str) -> list[str]:
    """The colours of a named colour-blind-safe palette; unknown names are an error."""
    try:
        return list(PALETTES[name])
    except KeyError:
        raise ValueError(f"unknown palette {name!r}; choose one of {sorted(PALETTES)}") from None


def readable_number(value: float) -> str:
    """Tables show 19,100,000,000,000 and 45.4, not 1.910000e+13 and 45.400000."""
    if value != value:  # NaN
        return ""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def use_style(palette_name: str = "okabe-ito") -> None:
    """Set the house style for figures (fonts, palette, spines).

    Fixes the SVG hash salt so element ids are the same on every run. It leaves pandas alone: a
    notebook that wants readable floats says so itself, with ``readable_number``.
    """
    mpl.rcParams.update(
        {
            "svg.hashsalt": "briconnect",
            "axes.prop_cycle": mpl.cycler(color=palette(palette_name)),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titlesize": 11,
            "axes.titleweight": "bold",
            "axes.labelsize": 10,
            "font.size": 9,
            "figure.dpi": 100,
            "savefig.bbox": "tight",
        }
    )


# The unit of each axis of each chart, declared where the chart is drawn and written into the
# saved files' metadata ("axis units: x=countries | y=") so a test can read it back.
_UNITS: weakref.WeakKeyDictionary[Axes, dict[str, str]] = weakref.WeakKeyDictionary()


def set_units(ax: Axes, *, x: str = "", y: str = "") -> None:
    """Declare what one axis measures, one unit each ("US$ trillion", "claims", "countries").

    An axis that would need two units ("count, TEU or tonnes") is two charts, not one."""
    for unit in (x, y):
        if any(sep in unit for sep in (",", ";", " or ", "|")):
            raise ValueError(f"one unit per axis, not {unit!r}")
    _UNITS[ax] = {"x": x, "y": y}


def axis_units(fig: Figure) -> str:
    """The declared units of every axes of a figure, as written into its metadata."""
    parts = []
    for i, ax in enumerate(fig.axes):
        if ax not in _UNITS:
            if not ax.has_data():
                continue  # a legend or colour-bar axes
            raise ValueError(f"axes {i} of the figure has no declared unit: call fg.set_units")
        u = _UNITS[ax]
        parts.append(f"x={u['x']} | y={u['y']}")
    return "axis units: " + " ; ".join(parts)


def caption(fig: Figure, source: str = SOURCE) -> None:
    """The source line, placed just under the lowest x-axis label whatever the figure's height."""
    ax = fig.axes[-1]
    ax.annotate(
        source,
        xy=(0.0, 0.0),
        xycoords=("figure fraction", ax.xaxis.label),
        xytext=(0, -6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=7,
        color="#555555",
    )


def bar_chart(
    values: pd.Series,
    *,
    title: str,
    xlabel: str,
    unit: str,
    ylabel: str = "",
    color: str | None = None,
    source: str = SOURCE,
    label_fmt: str = "{:,.0f}",
) -> Figure:
    """Horizontal bars, largest first at the top, each labelled with its value; ``unit`` is what
    the bars' length measures (one unit: a linear axis from zero)."""
    values = values.sort_values(ascending=True, kind="stable")
    height = 1.2 + 0.32 * len(values)
    fig, ax = plt.subplots(figsize=(7.0, height))
    colour = color or mpl.rcParams["axes.prop_cycle"].by_key()["color"][0]
    bars = ax.barh([str(i) for i in values.index], values.to_numpy(dtype=float), color=colour)
    ax.bar_label(bars, labels=[label_fmt.format(v) for v in values], padding=3, fontsize=8)
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.margins(x=0.15)
    set_units(ax, x=unit)
    caption(fig, source)
    return fig


def stacked_bars(
    table: pd.DataFrame,
    *,
    title: str,
    xlabel: str,
    unit: str,
    ylabel: str = "",
    colors: Sequence[str] | None = None,
    source: str = SOURCE,
) -> Figure:
    """Horizontal stacked bars: one bar per row, one colour per column, legend at the right."""
    table = table.iloc[::-1]
    height = 1.6 + 0.35 * len(table)
    fig, ax = plt.subplots(figsize=(7.0, height))
    cols = list(colors or mpl.rcParams["axes.prop_cycle"].by_key()["color"])
    left = pd.Series(0.0, index=table.index)
    for i, column in enumerate(table.columns):
        ax.barh(
            [str(r) for r in table.index],
            table[column].to_numpy(dtype=float),
            left=left.to_numpy(),
            color=cols[i % len(cols)],
            label=str(column),
        )
        left = left + table[column].astype(float)
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    set_units(ax, x=unit)
    caption(fig, source)
    return fig


def range_chart(claims: pd.DataFrame, **options: Any) -> Figure:
    """Claims as the ranges their words allow (strict reading), one row per claim in the order
    given, drawn by :func:`interval_chart` (same options); every claim must have the same
    ``unit`` column (one unit per axis)."""
    units = sorted(set(claims["unit"]))
    if len(units) != 1:
        raise ValueError(f"one unit per axis: these claims have {units}")
    return interval_chart([read_claim(row) for row in claims.to_dict("records")], **options)


def interval_chart(
    spans: Sequence[Interval],
    *,
    labels: Sequence[str],
    title: str,
    xlabel: str,
    unit: str,
    scale: float = 1.0,
    source: str = SOURCE,
) -> Figure:
    """Intervals on one linear axis from zero: a dot for an exact value, a bar for a range, an
    arrow where there is no end ("more than"), the bar then running to the axis' edge."""
    finite = [x for iv in spans for x in (iv.low, iv.high) if np.isfinite(x)]
    right = max([*finite, 0.0]) / scale * 1.15 or 1.0
    fig, ax = plt.subplots(figsize=(7.0, 1.3 + 0.34 * len(spans)))
    colour = mpl.rcParams["axes.prop_cycle"].by_key()["color"][0]
    for y, iv in enumerate(spans):
        lo = max(iv.low / scale, 0.0) if np.isfinite(iv.low) else 0.0
        hi = iv.high / scale if np.isfinite(iv.high) else right
        if hi - lo < 0.005 * right:  # exact, or a rounding range too narrow to see
            ax.plot([(lo + hi) / 2], [y], "o", color=colour, ms=5)
        else:
            ax.plot([lo, hi], [y, y], color=colour, lw=4, solid_capstyle="butt")
        if not np.isfinite(iv.high):
            ax.plot([hi], [y], ">", color=colour, ms=7)
    ax.set_yticks(range(len(spans)), list(labels))
    ax.invert_yaxis()
    ax.set_xlim(0, right * 1.02)
    ax.set_title(title, loc="left")
    ax.set_xlabel(xlabel)
    set_units(ax, x=unit)
    caption(
        fig,
        f"{source}. Dot: exact, or a range too narrow to draw; bar: the range the words allow;"
        " arrow: no upper end.",
    )
    return fig


def render(fig: Figure, fmt: str, dpi: int = 150) -> bytes:
    """The bytes of a figure in one format, with no date or software stamp."""
    if fmt not in _METADATA:
        raise ValueError(f"unsupported figure format {fmt!r}; choose from {sorted(_METADATA)}")
    buf = io.BytesIO()
    metadata = {**_METADATA[fmt], "Description": axis_units(fig)}
    with mpl.rc_context({"svg.hashsalt": "briconnect"}):
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=metadata, bbox_inches="tight")
    return buf.getvalue()


def save(
    fig: Figure,
    folder: str,
    stem: str,
    *,
    formats: Sequence[str] = FORMATS,
    dpi: int = 150,
    output_dir: str = "",
) -> list[Path]:
    """Write ``figures/<folder>/<stem>.<fmt>`` under the project (or ``output_dir``).

    A file whose bytes would not change is left alone, so re-running a notebook keeps timestamps and
    ``make`` quiet; with ``BRICONNECT_READ_ONLY=1`` (set by ``make test`` for nbval) nothing is
    written. Returns the paths relative to the output root.
    """
    root = paths.ROOT / output_dir if output_dir else paths.ROOT
    target = root / "figures" / folder
    written = []
    for fmt in formats:
        path = target / f"{stem}.{fmt}"
        data = render(fig, fmt, dpi)
        if not read_only() and (not path.exists() or path.read_bytes() != data):
            target.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        written.append(path.relative_to(root))
    return written
