"""Maps: the shapes file is the documented one, the right countries are coloured, bytes repeat."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from briconnect import paths
from briconnect.io import sha256_file
from briconnect.report import figures as fg
from briconnect.report import maps


@pytest.fixture(scope="module")
def countries_df() -> pd.DataFrame:
    return pd.read_csv(paths.PROCESSED / "countries.csv", keep_default_na=False)


@pytest.fixture(scope="module")
def projects_df() -> pd.DataFrame:
    return pd.read_csv(paths.PROCESSED / "projects.csv", keep_default_na=False, dtype=str)


@pytest.fixture(scope="module")
def shapes() -> dict[str, maps.Shape]:
    return maps.load_countries()


def test_shapes_file_matches_its_source_note(shapes) -> None:
    assert sha256_file(maps.GEOJSON) == maps.GEOJSON_SHA256
    note = (paths.EXTERNAL / "README.md").read_text(encoding="utf-8")
    assert maps.GEOJSON_SHA256 in note and "public domain" in note
    assert len(shapes) == 177


def test_minus_99_codes_fall_back_to_adm0_a3(shapes) -> None:
    assert maps.feature_iso3({"iso_a3": "-99", "adm0_a3": "KOS"}) == "KOS"
    assert maps.feature_iso3({"iso_a3": "FRA", "adm0_a3": "FRA"}) == "FRA"
    assert {"KOS", "SOL", "CYN"} <= set(shapes)
    assert "-99" not in shapes


def test_a_changed_shapes_file_is_refused(tmp_path: Path, monkeypatch) -> None:
    fake = tmp_path / "ne.geojson"
    fake.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    monkeypatch.setattr(maps, "GEOJSON", fake)
    maps.load_countries.cache_clear()
    try:
        with pytest.raises(maps.BriconnectError, match="sha256"):
            maps.load_countries(fake)
    finally:
        maps.load_countries.cache_clear()


@pytest.fixture(scope="module")
def country_fig(countries_df, shapes):
    return maps.plot_country_map(countries_df, shapes=shapes)


@pytest.fixture(scope="module")
def corridor_fig(projects_df, shapes):
    return maps.plot_corridor_map(projects_df, shapes=shapes)


def test_country_map_colours_every_named_country_it_can_draw(country_fig, countries_df, shapes):
    named = {r["iso3"] for r in countries_df.to_dict("records") if r["kind"] != "territory"}
    expected = {c for c in named if c in shapes}
    assert maps.highlighted_count(country_fig) == len(expected) == 40
    texts = [t.get_text() for t in country_fig.texts]
    assert any(
        t.startswith("Chapter III names 41 countries and 2 territories besides China")
        for t in texts
    )
    assert any("Natural Earth" in t and "Singapore" in t for t in texts)
    legend = country_fig.axes[0].get_legend()
    labels = [t.get_text() for t in legend.get_texts()]
    assert labels[0] == "named in 1 section (27 countries)" and labels[-1] == "China"


def test_corridor_map_colours_each_corridors_countries(corridor_fig, projects_df, shapes):
    members = maps.corridor_countries(projects_df)
    assert members["China-Pakistan Economic Corridor"] == ["PAK"]
    assert members["New Eurasian Land Bridge"] == ["HRV", "HUN", "MNE", "SRB"]
    assert members["Bangladesh-China-India-Myanmar Economic Corridor"] == ["BGD", "IND", "MMR"]
    drawn = {c for codes in members.values() for c in codes if c in shapes}
    assert maps.highlighted_count(corridor_fig) == len(drawn) + 1 == 17  # + China
    assert any("Natural Earth" in t.get_text() for t in corridor_fig.texts)
    assert len(corridor_fig.legends[0].get_texts()) == 8  # six corridors, China, name only
    # Bangladesh-China-India-Myanmar: the chapter places no project in India.
    assert maps.name_only_countries(projects_df) == {"IND"}
    assert "(1 only by name)" in corridor_fig.texts[0].get_text()


def test_maps_render_to_identical_bytes_twice(country_fig, corridor_fig) -> None:
    for fig in (country_fig, corridor_fig):
        for fmt in ("png", "svg"):
            assert fg.render(fig, fmt, dpi=50) == fg.render(fig, fmt, dpi=50), fmt
        svg = fg.render(fig, "svg").decode()
        assert "<dc:date>" not in svg
        assert b"Software" not in fg.render(fig, "png", dpi=50)[:400]


def test_country_map_needs_countries_besides_china(shapes) -> None:
    only_china = pd.DataFrame([{"iso3": "CHN", "section": 1, "kind": "china"}])
    with pytest.raises(maps.BriconnectError, match="no countries"):
        maps.plot_country_map(only_china, shapes=shapes)


def test_committed_tables_are_what_the_maps_read() -> None:
    with (paths.PROCESSED / "countries.csv").open(encoding="utf-8", newline="") as fh:
        assert {"iso3", "section", "kind"} <= set(next(csv.reader(fh)))
