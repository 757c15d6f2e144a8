"""Figures are byte-stable, stamp-free, colour-blind-safe, and every section has its PNG/SVG pairs."""

from __future__ import annotations

import os
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
        pd.Series({"a": 3, "b": 1}), title="a is three times b", xlabel="things (count)"
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
