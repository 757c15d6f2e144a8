"""The report machinery: source notebooks, parameters, the runner, normalization, the HTML pages."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from briconnect import paths
from briconnect.errors import BriconnectError
from briconnect.report import figures as fg
from briconnect.report import run as nr
from briconnect.report import site as rp
from briconnect.report.summaries import parse_summary, summary_text, write_summary

SOURCES = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
NAMES = [p.stem for p in SOURCES]


def test_the_seven_section_notebooks_exist() -> None:
    assert NAMES == [
        "00-overview",
        "01-policy-coordination",
        "02-infrastructure",
        "03-trade",
        "04-finance",
        "05-people-to-people",
        "06-new-areas",
    ]


@pytest.mark.parametrize("source", SOURCES, ids=NAMES)
def test_source_notebook_is_clean_and_has_one_parameters_cell(source: Path) -> None:
    nb = nbformat.read(source, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "briconnect"
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for line in tagged[0].source.splitlines():
        assert " = " in line and "  # " in line, f"parameter without a comment: {line!r}"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code), "outputs committed"
    answers = [c for c in code if "answer" in c.metadata.get("tags", [])]
    assert 2 <= len(answers) <= 3
    assert all(c.metadata["jupyter"]["source_hidden"] for c in answers)
    assert any(c.cell_type == "markdown" and c.source.startswith("## Summary") for c in nb.cells)
    assert len({c.id for c in nb.cells}) == len(nb.cells)


@pytest.mark.parametrize("name", NAMES)
def test_parameter_file_names_only_declared_parameters(name: str) -> None:
    params = nr.read_params(paths.ROOT / "params" / f"{name}.yaml")
    declared = nr.declared_parameters(paths.NOTEBOOKS / f"{name}.ipynb")
    assert params, f"params/{name}.yaml is empty"
    assert set(params) <= set(declared)
    assert {"fig_formats", "dpi", "palette", "output_dir"} <= set(declared)


def test_unknown_parameter_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(
        BriconnectError, match=r"unknown parameter\(s\) exchange_rate;.*cny_per_usd"
    ):
        nr.check_parameters(paths.NOTEBOOKS / "04-finance.ipynb", {"exchange_rate": 7.0})


def test_variant_file_merges_all_then_the_notebook_block(tmp_path: Path) -> None:
    variant = tmp_path / "hi.yaml"
    variant.write_text(
        "all: {dpi: 300, palette: tol-bright}\n04-finance: {cny_per_usd: 7.0, dpi: 200}\n"
    )
    assert nr.variant_params(variant, "04-finance") == {
        "dpi": 200,
        "palette": "tol-bright",
        "cny_per_usd": 7.0,
    }
    assert nr.variant_params(variant, "03-trade") == {"dpi": 300, "palette": "tol-bright"}
    variant.write_text("dpi: 300\n")
    with pytest.raises(BriconnectError, match="'all' or a notebook name"):
        nr.variant_params(variant, "03-trade")
    assert rp.output_root(variant) == paths.ROOT / "build" / "variants" / "hi"


def _papermill_like() -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python", "version": "3.11.9", "file_extension": ".py"},
        "papermill": {"start_time": "2026-11-29T23:00:00", "duration": 3.2},
    }
    injected = new_code_cell("dpi = 300\n")
    injected.metadata = {"tags": ["injected-parameters"], "papermill": {"duration": 0.1}}
    injected["id"] = "5f1c2e0a-random"
    cell = new_code_cell("object()")
    cell["id"] = "03-trade-05"
    cell.metadata = {"tags": [], "execution": {"iopub.status.busy": "2026-11-29T23:00:01"}}
    cell.outputs = [
        new_output("execute_result", data={"text/plain": "<object object at 0x7f3a2b1c>"})
    ]
    return nbformat.from_dict(
        {**nb, "cells": [new_markdown_cell("# t", id="03-trade-00"), injected, cell]}
    )


def test_normalize_drops_timings_random_ids_and_addresses() -> None:
    nb = nr.normalize(_papermill_like(), "03-trade")
    text = nr.dumps(nb)
    for volatile in ("papermill", "iopub", "0x7f3a2b1c", "5f1c2e0a", "3.11.9", '"tags": []'):
        assert volatile not in text
    assert nb.cells[1]["id"] == "injected-parameters"
    assert nb.cells[2].outputs[0]["data"]["text/plain"] == "<object object>"
    assert nb.metadata["kernelspec"]["name"] == "briconnect"
    assert nr.dumps(nr.normalize(nb, "03-trade")) == text  # idempotent
    assert text.endswith("}\n")


def test_failing_notebook_names_the_cell_and_leaves_the_target(tmp_path: Path) -> None:
    source = tmp_path / "98-fails.ipynb"
    nb = new_notebook(metadata={"kernelspec": nr.KERNELSPEC})
    params = new_code_cell("x = 1  # a parameter", id="p")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, new_code_cell("assert x == 2, 'x is not two'", id="check-x")]
    nbformat.write(nb, source)
    target = tmp_path / "out" / "98-fails.ipynb"
    target.parent.mkdir()
    target.write_text("good old output")
    with pytest.raises(BriconnectError, match=r"cell id 'check-x'.*AssertionError: x is not two"):
        nr.run_notebook(source, target, {"x": 3})
    assert target.read_text() == "good old output"
    seconds = nr.run_notebook(source, target, {"x": 2})
    assert seconds > 0
    out = json.loads(target.read_text())
    assert out["cells"][1]["id"] == "injected-parameters"
    assert "papermill" not in out["metadata"]


def test_summary_text_and_unchanged_summaries_are_not_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = summary_text("03-trade", "03 · Trade", ["39.2 % in 2013."])
    assert text.startswith("# 03 · Trade\n\n- 39.2 % in 2013.\n")
    assert "notebooks/03-trade.ipynb" in text
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    monkeypatch.delenv("BRICONNECT_READ_ONLY", raising=False)
    write_summary("03-trade", "03 · Trade", ["39.2 % in 2013."])
    path = tmp_path / "reports" / "summaries" / "03-trade.md"
    path.touch()
    before = path.stat().st_mtime_ns
    write_summary("03-trade", "03 · Trade", ["39.2 % in 2013."])
    assert path.stat().st_mtime_ns == before


def test_committed_outputs_cover_every_notebook() -> None:
    for name in NAMES:
        assert (paths.REPORTS / "notebooks" / f"{name}.ipynb").exists()
        summary = (paths.REPORTS / "summaries" / f"{name}.md").read_text(encoding="utf-8")
        assert summary.startswith("# ") and "\n- " in summary


def _loads_from_elsewhere(page: str) -> list[str]:
    """Every attribute or CSS url() that would make the browser fetch something over the network."""
    attrs = re.findall(
        r"""\b(?:src|href|srcset|data|poster|action)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]*)""",
        page,
        re.I,
    )
    css = re.findall(r"""(?:url\(|@import)\s*["']?\s*((?:https?:)?//[^"')\s]*)""", page, re.I)
    return attrs + css


def test_index_is_offline_and_hides_code() -> None:
    page = (paths.REPORTS / "index.html").read_text(encoding="utf-8")
    assert _loads_from_elsewhere(page) == []
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page and "<link" not in page
    for name in NAMES:
        assert f'<section class="section" id="{name}"' in page
        assert f'href="#{name}"' in page  # the table of contents
        assert f'href="html/{name}.html"' in page
    assert "import matplotlib" not in page  # code cells are hidden


@pytest.mark.parametrize("name", NAMES)
def test_notebook_page_is_offline_hides_code_and_links_back(name: str) -> None:
    page = (paths.REPORTS / "html" / f"{name}.html").read_text(encoding="utf-8")
    assert _loads_from_elsewhere(page) == []
    assert "<script" not in page and "<link" not in page
    assert "require.js" not in page and "MathJax" not in page
    assert 'href="../index.html"' in page
    assert "import matplotlib" not in page and "fg.save(" not in page
    assert "No description has been provided" not in page  # figures carry their titles as alt
    assert page.count("<h1") == 1


def test_index_headlines_are_the_summaries_word_for_word() -> None:
    page = (paths.REPORTS / "index.html").read_text(encoding="utf-8")
    for name in NAMES:
        text = (paths.REPORTS / "summaries" / f"{name}.md").read_text(encoding="utf-8")
        _, points = parse_summary(text)
        assert points
        for point in points:
            assert f"<li>{html.escape(point, quote=False)}</li>" in page, (name, point)


def test_chapter_paragraph_numbers_come_from_the_tables() -> None:
    claims = pd.read_csv(paths.PROCESSED / "claims.csv")
    checks = pd.read_csv(paths.PROCESSED / "checks.csv")
    text = rp.chapter_paragraph()
    assert f"states {len(claims)} numbers" in text
    assert f"Of the {len(checks)} consistency checks" in text
    assert html.escape(text, quote=False) in (paths.REPORTS / "index.html").read_text("utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_key_figures_exist_with_title_and_source(name: str) -> None:
    nb = nbformat.read(paths.REPORTS / "notebooks" / f"{name}.ipynb", as_version=4)
    figures = rp.key_figures(paths.ROOT, name, nb)
    assert 1 <= len(figures) <= rp.KEY_FIGURES
    for fig in figures:
        assert (paths.ROOT / fig.png).is_file()
        assert fig.title and not fig.title.startswith("Source")
        assert fig.caption.startswith("Source: ") and "Chapter III" in fig.caption
        assert "data/processed/claims.csv" in fig.caption


def test_summary_parses_back_to_its_points() -> None:
    points = ["39.2 % in 2013.", "1 of 3 checks agree within 5 %."]
    assert parse_summary(summary_text("03-trade", "03 · Trade", points)) == ("03 · Trade", points)
    with pytest.raises(ValueError, match="title"):
        parse_summary("- no title\n")


def test_chart_title_is_read_back_from_its_svg() -> None:
    fg.use_style("okabe-ito")
    fig = fg.bar_chart(pd.Series({"a": 3, "b": 1}), title="a is 3x b & more", xlabel="n")
    try:
        svg = fg.render(fig, "svg").decode()
    finally:
        plt.close(fig)
    assert rp.svg_title(svg) == "a is 3x b & more"
    assert rp.svg_extra_sources(svg) == []


def test_source_line_names_section_tables_and_other_sources() -> None:
    line = rp.source_line(3, ["claims", "checks"], ["country shapes: Natural Earth"])
    assert line.startswith("Source: The Belt and Road Initiative white paper (SCIO, 2023), ")
    assert line.endswith(
        "Chapter III, section 3; data/processed/claims.csv, data/processed/checks.csv; "
        "country shapes: Natural Earth."
    )
    assert ", section" not in rp.source_line(0, ["claims"])


def test_committed_variant_files_name_only_declared_parameters() -> None:
    variants = sorted((paths.ROOT / "params" / "variants").glob("*.yaml"))
    assert variants
    for variant in variants:
        for name in NAMES:
            declared = nr.declared_parameters(paths.NOTEBOOKS / f"{name}.ipynb")
            assert set(nr.variant_params(variant, name)) <= set(declared), (variant.name, name)
