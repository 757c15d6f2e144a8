"""Figures are byte-stable, stamp-free, colour-blind-safe, and every section has its PNG/SVG pairs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest

from briconnect import paths
from briconnect.report import figures as fg


def _figure() -> plt.Figure:
    fg.use_style("okabe-ito")
    return fg.bar_chart(
        pd.Series({"a": 3, "b": 1}),
        title="a is three times b",
        xlabel="things (count)",
        unit="things",
    )


def test_png_and_svg_bytes_are_identical_across_fresh_figures() -> None:
    one, two = _figure(), _figure()
    try:
        for fmt in ("png", "svg"):
            assert fg.render(one, fmt) == fg.render(two, fmt)
    finally:
        plt.close("all")


def test_files_carry_no_date_or_software_stamp() -> None:
    fig = _figure()
    try:
        png, svg = fg.render(fig, "png"), fg.render(fig, "svg")
    finally:
        plt.close(fig)
    assert b"Software" not in png and b"Matplotlib version" not in png
    assert b"<dc:date>" not in svg and b"Matplotlib v" not in svg


def test_chart_has_title_axis_label_and_source_caption() -> None:
    fig = _figure()
    try:
        ax = fig.axes[0]
        assert ax.get_title(loc="left") == "a is three times b"
        assert ax.get_xlabel() == "things (count)"
        assert any(t.get_text().startswith("Source:") for t in ax.texts)
        bars = [p.get_facecolor() for p in ax.patches]
        assert matplotlib.colors.to_hex(bars[0]) == fg.OKABE_ITO[0].lower()
    finally:
        plt.close(fig)


def test_unknown_palette_and_format_are_errors() -> None:
    with pytest.raises(ValueError, match="okabe-ito"):
        fg.palette("rainbow")
    fig = _figure()
    try:
        with pytest.raises(ValueError, match="unsupported"):
            fg.render(fig, "gif")
    finally:
        plt.close(fig)


def test_save_leaves_unchanged_files_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    monkeypatch.delenv("BRICONNECT_READ_ONLY", raising=False)
    fig = _figure()
    try:
        written = fg.save(fig, "99-test", "chart", dpi=50)
        assert written == [Path("figures/99-test/chart.png"), Path("figures/99-test/chart.svg")]
        png = tmp_path / written[0]
        os.utime(png, (1, 1))
        fg.save(fig, "99-test", "chart", dpi=50)
        assert png.stat().st_mtime == 1
        fg.save(fig, "99-test", "chart", dpi=60)
        assert png.stat().st_mtime > 1
    finally:
        plt.close(fig)


def test_every_notebook_has_committed_png_and_svg_pairs() -> None:
    for nb in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        folder = paths.FIGURES / nb.stem
        pngs = {p.stem for p in folder.glob("*.png")}
        svgs = {p.stem for p in folder.glob("*.svg")}
        assert pngs, f"no figures for {nb.name}"
        assert pngs == svgs, f"{folder}: PNG and SVG do not pair up"


def test_read_only_mode_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    monkeypatch.setenv("BRICONNECT_READ_ONLY", "1")
    fig = _figure()
    try:
        assert fg.save(fig, "99-test", "chart", dpi=50) == [
            Path("figures/99-test/chart.png"),
            Path("figures/99-test/chart.svg"),
        ]
    finally:
        plt.close(fig)
    assert not (tmp_path / "figures").exists()


def test_tables_print_numbers_as_people_read_them() -> None:
    from briconnect.report.figures import readable_number

    assert readable_number(1.91e13) == "19,100,000,000,000"
    assert readable_number(45.4) == "45.4"
    assert readable_number(0.5371) == "0.5371"
    assert readable_number(float("nan")) == ""


def test_every_source_line_cites_the_publisher_and_year_of_the_sidecar() -> None:
    import json

    from briconnect.report import maps
    from briconnect.report.citation import PUBLISHED, source_line

    meta = json.loads(paths.SOURCES.read_text(encoding="utf-8"))[paths.RAW_TEXT.name]
    publisher, year = PUBLISHED.split(", ")
    assert meta["publisher"].startswith("State Council Information Office")  # SCIO
    assert publisher == "SCIO" and meta["date_published"].startswith(year)
    for line in (fg.SOURCE, maps.SOURCE_LINE, source_line(3, ["claims"])):
        assert f"({PUBLISHED})" in line


def test_every_saved_figure_declares_one_unit_per_axis() -> None:
    """The unit of each axis is written into each SVG's metadata; none may mix units."""
    svgs = sorted(paths.FIGURES.glob("*/*.svg"))
    assert svgs
    for svg in svgs:
        text = svg.read_text(encoding="utf-8")
        m = re.search(r"<dc:description>axis units: (.*?)</dc:description>", text)
        assert m, f"{svg}: no axis units"
        for axes in m.group(1).split(" ; "):
            for unit in re.findall(r"[xy]=([^|]*)", axes):
                assert not re.search(r",|;| or ", unit), f"{svg}: {unit!r} mixes units"
            assert re.search(r"x=\S", axes), f"{svg}: an x axis without a unit"


def test_an_axis_refuses_two_units() -> None:
    fig, ax = plt.subplots()
    try:
        with pytest.raises(ValueError, match="one unit per axis"):
            fg.set_units(ax, x="count, TEU or tonnes")
        ax.plot([1, 2], [3, 4])
        with pytest.raises(ValueError, match="no declared unit"):
            fg.render(fig, "svg")
    finally:
        plt.close(fig)


def test_range_chart_refuses_claims_in_two_units() -> None:
    claims = pd.DataFrame(
        {
            "mention": ["more than 100", "nearly 7 million TEUs"],
            "value": [100.0, 7e6],
            "unit": ["count", "TEU"],
            "qualifier": ["lower", "upper"],
        }
    )
    with pytest.raises(ValueError, match="one unit per axis"):
        fg.range_chart(claims, labels=["a", "b"], title="t", xlabel="x", unit="count")


def test_range_chart_draws_open_ends_to_the_edge() -> None:
    claims = pd.DataFrame(
        {"mention": ["more than 150", "44"], "value": [150.0, 44.0], "unit": ["count", "count"],
         "qualifier": ["lower", "exact"]}
    )  # fmt: skip
    fig = fg.range_chart(claims, labels=["a", "b"], title="t", xlabel="x", unit="countries")
    try:
        ax = fig.axes[0]
        bar = ax.lines[0].get_xdata()
        assert bar[0] == 150 and bar[1] == pytest.approx(ax.get_xlim()[1] / 1.02)
        assert "axis units: x=countries" in fg.axis_units(fig)
    finally:
        plt.close(fig)


def test_the_figure_style_leaves_pandas_display_alone() -> None:
    """Styling must not change how numbers print without saying so (the notebooks set it openly)."""
    import pandas as pd

    before = pd.get_option("display.float_format")
    fg.use_style("okabe-ito")
    assert pd.get_option("display.float_format") is before
