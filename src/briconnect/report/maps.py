"""Maps of the countries the chapter names and of the corridors' countries.

Country shapes are Natural Earth 1:110m admin-0 (public domain), read from the checked copy in
``data/external/`` and drawn as plain matplotlib paths in longitude/latitude (no geopandas, no
network). Each plotting function returns a :class:`matplotlib.figure.Figure` built without
pyplot (no global state); save it like any chart with :func:`briconnect.report.figures.save`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath

from .. import paths
from ..errors import BriconnectError
from ..extract import countries as countries_mod
from ..io import sha256_file
from .citation import PUBLISHED
from .figures import OKABE_ITO, set_units

GEOJSON = paths.EXTERNAL / "ne_110m_admin_0_countries.geojson"
GEOJSON_SHA256 = "5334f31116489aac93902de83c89108c8d08f823e09b0ea639fb2b9a88aebea6"
SOURCE_LINE = (
    f"Source: Chapter III of the white paper 'The Belt and Road Initiative' ({PUBLISHED}), "
    "extracted by briconnect; country shapes: Natural Earth 1:110m (public domain)."
)
CHINA_COLOUR = "#4d4d4d"
BACKGROUND = "#e6e6e6"


@dataclass(frozen=True)
class Shape:
    iso3: str
    name: str
    path: MplPath  # all of the country's rings, lon/lat
    bounds: tuple[float, float, float, float]  # of the largest ring: min lon, min lat, max ...


# ---------------------------------------------------------------- reading the shapes


def feature_iso3(properties: Mapping[str, object]) -> str:
    """ISO3 of a Natural Earth feature; three carry iso_a3 = -99, for which adm0_a3 stands."""
    iso = str(properties.get("iso_a3", ""))
    return str(properties["adm0_a3"]) if iso in ("-99", "") else iso


@lru_cache(maxsize=2)
def load_countries(path: Path = GEOJSON) -> dict[str, Shape]:
    """Shapes by ISO3, after checking the file is the one the source note describes."""
    if not path.is_file():
        raise BriconnectError(f"{path}: missing; see data/external/README.md")
    if path == GEOJSON and sha256_file(path) != GEOJSON_SHA256:
        raise BriconnectError(f"{path}: sha256 differs from data/external/README.md")
    data = json.loads(path.read_text(encoding="utf-8"))
    shapes: dict[str, Shape] = {}
    for f in data["features"]:
        props = f["properties"]
        geom = f["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        vertices: list[np.ndarray] = []
        codes: list[np.ndarray] = []
        for polygon in polygons:
            for ring in polygon:
                xy = np.asarray(ring, dtype=float)
                c = np.full(len(xy), MplPath.LINETO, dtype=np.uint8)
                c[0] = MplPath.MOVETO
                c[-1] = MplPath.CLOSEPOLY
                vertices.append(xy)
                codes.append(c)
        # Extents come from the largest ring, so Russia's Chukotka (across the date line)
        # does not stretch a map to longitude -180.
        main = max(vertices, key=len)
        iso3 = feature_iso3(props)
        shapes[iso3] = Shape(
            iso3,
            str(props["name"]),
            MplPath(np.concatenate(vertices), np.concatenate(codes)),
            (main[:, 0].min(), main[:, 1].min(), main[:, 0].max(), main[:, 1].max()),
        )
    return shapes


# ---------------------------------------------------------------- drawing


def _new_map(
    size: tuple[float, float], box: tuple[float, float, float, float], title: str
) -> tuple[Figure, object]:
    """A figure with fixed margins (title strip on top, notes at the bottom) and a map axes."""
    fig = Figure(figsize=size, dpi=100)
    ax = fig.add_axes(box)
    ax.set_aspect("equal")
    ax.set_axis_off()
    set_units(ax, x="degrees longitude", y="degrees latitude")
    fig.text(0.01, 0.985, title, ha="left", va="top", fontsize=12, weight="bold")
    return fig, ax


def _draw(
    ax: object, shapes: Iterable[Shape], colour: str, edge: str = "white", hatch: str = ""
) -> int:
    patches = [PathPatch(s.path) for s in shapes]
    if patches:
        ax.add_collection(  # type: ignore[attr-defined]
            PatchCollection(
                patches, facecolor=colour, edgecolor=edge, linewidth=0.3, hatch=hatch or None
            )
        )
    return len(patches)


def _footer(fig: Figure, note: str = "") -> None:
    text = f"{note}\n{SOURCE_LINE}" if note else SOURCE_LINE
    fig.text(0.01, 0.01, text, ha="left", va="bottom", fontsize=7.5, color="#333333")


def _not_drawn(codes: Iterable[str], shapes: Mapping[str, Shape]) -> list[str]:
    return sorted(c for c in set(codes) if c not in shapes)


def _short_name(iso3: str) -> str:
    for e in countries_mod._table():  # the library's names, already loaded for coding
        if e.iso3 == iso3:
            return e.short_name
    return iso3


# ---------------------------------------------------------------- the country map


def sections_per_country(countries_df: pd.DataFrame) -> pd.Series:
    """Number of distinct sections that name each country (China and territories included)."""
    return countries_df.groupby("iso3")["section"].nunique().sort_values(ascending=False)


def plot_country_map(
    countries_df: pd.DataFrame,
    *,
    shapes: Mapping[str, Shape] | None = None,
) -> Figure:
    """World map of the countries the chapter names, coloured by how many sections name them.

    China, which every section names, is drawn in grey. Places too small for the 1:110m shapes
    (Singapore, Hong Kong SAR, ...) are listed under the map instead of silently dropped.
    """
    shapes = load_countries() if shapes is None else shapes
    counts = sections_per_country(countries_df)
    kinds = countries_df.drop_duplicates("iso3").set_index("iso3")["kind"]
    partners = counts[[kinds[k] == "country" for k in counts.index]]
    if partners.empty:
        raise BriconnectError("country map: no countries other than China to draw")
    top = int(partners.max())
    colours = mpl.colormaps["viridis"].resampled(top)
    leaders = [_short_name(k) for k, v in partners.items() if v == top]
    n_territories = sum(kinds[k] == "territory" for k in counts.index)
    also = f" and {n_territories} territories" if n_territories else ""
    title = (
        f"Chapter III names {len(partners)} countries{also} besides China;\n"
        f"{_join(leaders)} {'appears' if len(leaders) == 1 else 'appear'} in the most "
        f"sections ({top} of {countries_df['section'].nunique()})"
    )
    fig, ax = _new_map((11, 6.3), (0.01, 0.08, 0.98, 0.8), title)
    _draw(ax, [s for k, s in shapes.items() if k not in counts.index and k != "ATA"], BACKGROUND)
    handles = []
    for n in range(1, top + 1):
        codes = [k for k, v in partners.items() if v == n]
        colour = mpl.colors.to_hex(colours(n - 1))
        _draw(ax, [shapes[k] for k in codes if k in shapes], colour)
        label = f"named in {n} section{'s' if n > 1 else ''} ({len(codes)} countries)"
        handles.append(Patch(facecolor=colour, label=label))
    if "CHN" in counts.index and "CHN" in shapes:
        _draw(ax, [shapes["CHN"]], CHINA_COLOUR)
        handles.append(Patch(facecolor=CHINA_COLOUR, label="China"))
    ax.set_xlim(-180, 180)
    ax.set_ylim(-58, 84)
    ax.legend(handles=handles, loc="lower left", fontsize=8, frameon=False, title="Countries")
    missing = [_short_name(c) for c in _not_drawn(partners.index, shapes)]
    territories = [_short_name(k) for k in counts.index if kinds[k] == "territory"]
    note = f"Too small to draw at this scale: {', '.join(missing)}. " if missing else ""
    if territories:
        note += f"Also named: {_join(territories)} (inside China's outline)."
    _footer(fig, note.strip())
    return fig


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------- the corridor map


def corridor_countries(projects_df: pd.DataFrame) -> dict[str, list[str]]:
    """Partner countries of each economic corridor: those in its name plus those its
    paragraph's projects are in; China, in every corridor, is left out."""
    from ..chapter3.vocabulary import ECONOMIC_CORRIDORS

    out: dict[str, list[str]] = {}
    for corridor in ECONOMIC_CORRIDORS:
        codes = [c.iso3 for c in countries_mod.find_countries(corridor)]
        rows = projects_df[projects_df["corridor"] == corridor]
        for cell in rows["countries"].fillna(""):
            codes += [c for c in str(cell).split(";") if c]
        out[corridor] = sorted({c for c in codes if c != "CHN"})
    return out


def name_only_countries(projects_df: pd.DataFrame) -> set[str]:
    """Countries a corridor's name contains but where the chapter places none of its projects
    ("Bangladesh-China-India-Myanmar": India): on the map, told apart from the others."""
    from ..chapter3.vocabulary import ECONOMIC_CORRIDORS

    placed: set[str] = set()
    for cell in projects_df["countries"].fillna(""):
        placed |= {c for c in str(cell).split(";") if c}
    named = {c.iso3 for k in ECONOMIC_CORRIDORS for c in countries_mod.find_countries(k)}
    return named - placed - {"CHN"}


def plot_corridor_map(
    projects_df: pd.DataFrame,
    *,
    shapes: Mapping[str, Shape] | None = None,
) -> Figure:
    """Map of each economic corridor's partner countries, one Okabe-Ito colour per corridor."""
    shapes = load_countries() if shapes is None else shapes
    members = corridor_countries(projects_df)
    name_only = name_only_countries(projects_df)
    owner: dict[str, list[str]] = {}
    for corridor, codes in members.items():
        for c in codes:
            owner.setdefault(c, []).append(corridor)
    n = len(owner)
    title = (
        f"As Chapter III describes them, the six economic corridors link China with {n} "
        f"countries ({len(name_only)} only by name),\n"
        f"from {_short_name(_extreme(owner, shapes, west=True))} to "
        f"{_short_name(_extreme(owner, shapes, west=False))} (west to east by centre)"
    )
    fig, ax = _new_map((10, 7.4), (0.01, 0.2, 0.98, 0.68), title)
    highlighted = set(owner) | {"CHN"}
    _draw(ax, [s for k, s in shapes.items() if k not in highlighted and k != "ATA"], BACKGROUND)
    handles = []
    for colour, (corridor, codes) in zip(OKABE_ITO, members.items(), strict=False):
        single = [c for c in codes if c in shapes and len(owner[c]) == 1]
        _draw(ax, [shapes[c] for c in single if c not in name_only], colour)
        _draw(ax, [shapes[c] for c in single if c in name_only], "white", colour, "////")
        handles.append(Patch(facecolor=colour, label=f"{corridor} ({len(codes)})"))
    shared = [shapes[c] for c, cs in owner.items() if len(cs) > 1 and c in shapes]
    if shared:
        _draw(ax, shared, OKABE_ITO[6])
        handles.append(Patch(facecolor=OKABE_ITO[6], label="in several corridors"))
    _draw(ax, [shapes["CHN"]], CHINA_COLOUR)
    handles.append(Patch(facecolor=CHINA_COLOUR, label="China (every corridor)"))
    if name_only:
        handles.append(
            Patch(facecolor="white", edgecolor="#555555", hatch="////",
                  label="hatched: only in a corridor's name, no project placed there")
        )  # fmt: skip
    boxes = np.array([shapes[c].bounds for c in highlighted if c in shapes])
    ax.set_xlim(boxes[:, 0].min() - 5, boxes[:, 2].max() + 5)
    ax.set_ylim(boxes[:, 1].min() - 5, boxes[:, 3].max() + 5)
    fig.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.045),
        ncol=2,
        fontsize=8,
        frameon=False,
        title="Corridor (partner countries: in the corridor's name or where its projects are)",
    )
    _footer(fig)
    return fig


def _extreme(owner: Mapping[str, list[str]], shapes: Mapping[str, Shape], *, west: bool) -> str:
    """The westernmost (or easternmost) highlighted country, by its shape's centre."""
    drawn = [c for c in owner if c in shapes]

    def centre(c: str) -> float:
        b = shapes[c].bounds
        return (b[0] + b[2]) / 2

    return min(drawn, key=centre) if west else max(drawn, key=centre)


def highlighted_count(fig: Figure) -> int:
    """Country patches drawn in colour (not background grey): for tests and captions."""
    ax = fig.axes[0]
    n = 0
    for coll in ax.collections:
        face = mpl.colors.to_hex(coll.get_facecolor()[0])
        if face != BACKGROUND:
            n += len(coll.get_paths())
    return n
