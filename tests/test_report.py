"""The report machinery: source notebooks, parameters, the runner, normalization, the HTML pages."""

from __future__ import annotations

import inspect
import json
import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import briconnect.report
from briconnect import paths
from briconnect.errors import BriconnectError
from briconnect.report import execute as nr
from briconnect.report import figures as fg
from briconnect.report import landing, site, variants
from briconnect.report.citation import source_line
from briconnect.report.executed import ANSWER_NUMBER
from briconnect.report.figure_files import svg_extra_sources, svg_title
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
    answers = [c for c in nb.cells if "answer" in c.metadata.get("tags", [])]
    numbers = {n for c in answers for n in ANSWER_NUMBER.findall(c.source)}
    assert 3 <= len(numbers) <= 4, numbers  # three or four exercises, each answered
    kinds = [(ANSWER_NUMBER.findall(c.source) or ["?"])[0] + c.cell_type[0] for c in answers]
    assert kinds == [k for n in sorted(numbers) for k in (n + "m", n + "c")]  # reasoning, then code
    assert all(c.metadata["jupyter"]["source_hidden"] for c in answers)
    assert any(c.cell_type == "markdown" and c.source.startswith("## Summary") for c in nb.cells)
    assert len({c.id for c in nb.cells}) == len(nb.cells)


@pytest.mark.parametrize("name", NAMES)
def test_parameter_file_names_only_declared_parameters(name: str) -> None:
    params = variants.read_params(paths.ROOT / "params" / f"{name}.yaml")
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
    assert variants.variant_params(variant, "04-finance") == {
        "dpi": 200,
        "palette": "tol-bright",
        "cny_per_usd": 7.0,
    }
    assert variants.variant_params(variant, "03-trade") == {"dpi": 300, "palette": "tol-bright"}
    variant.write_text("dpi: 300\n")
    with pytest.raises(BriconnectError, match="'all' or a notebook name"):
        variants.variant_params(variant, "03-trade")
    assert variants.output_root(variant) == paths.ROOT / "build" / "variants" / "hi"


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


def test_normalize_joins_a_print_the_kernel_sent_in_two_messages() -> None:
    cell = new_code_cell("print('a'); print('b', file=sys.stderr); print('c')", id="t-0")
    cell.outputs = [
        new_output("stream", name="stdout", text="ranges meet: False"),
        new_output("stream", name="stdout", text="\n"),
        new_output("stream", name="stderr", text="warning\n"),
        new_output("stream", name="stdout", text="c\n"),
        new_output("execute_result", data={"text/plain": "1"}),
    ]
    nb = new_notebook(cells=[cell], metadata={"kernelspec": nr.KERNELSPEC})
    outputs = nr.normalize(nb, "03-trade").cells[0].outputs
    assert [(o.get("name"), o.get("text")) for o in outputs] == [
        ("stdout", "ranges meet: False\n"),
        ("stderr", "warning\n"),
        ("stdout", "c\n"),
        (None, None),
    ]


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


class _Text(HTMLParser):
    """The text of the elements a CSS-like selector names: (tag, class) pairs, e.g. ("p", "lede")."""

    def __init__(self, tag: str, cls: str = "") -> None:
        super().__init__()
        self.want, self.cls, self.depth, self.found = tag, cls, 0, []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += tag == self.want
        elif tag == self.want and (not self.cls or self.cls in classes):
            self.depth = 1
            self.found.append("")

    def handle_endtag(self, tag):
        if self.depth and tag == self.want:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.found[-1] += data


def _alts(page: str) -> list[str]:
    found: list[str] = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: tag == "img" and found.append(dict(attrs)["alt"])
    parser.feed(page)
    return found


def texts(page: str, tag: str, cls: str = "") -> list[str]:
    parser = _Text(tag, cls)
    parser.feed(page)
    return [re.sub(r"\s+", " ", t).strip() for t in parser.found]


def test_index_headlines_are_the_summaries_word_for_word() -> None:
    page = (paths.REPORTS / "index.html").read_text(encoding="utf-8")
    shown = texts(page, "li")
    for name in NAMES:
        text = (paths.REPORTS / "summaries" / f"{name}.md").read_text(encoding="utf-8")
        _, points = parse_summary(text)
        assert points
        for point in points:
            assert point.replace("`", "") in shown, (name, point)


def test_chapter_paragraph_numbers_come_from_the_tables() -> None:
    claims = pd.read_csv(paths.PROCESSED / "claims.csv")
    checks = pd.read_csv(paths.PROCESSED / "checks.csv")
    text = landing.chapter_paragraph()
    assert f"states {len(claims)} numbers" in text
    assert f"Of the {len(checks)} consistency checks" in text
    page = (paths.REPORTS / "index.html").read_text(encoding="utf-8")
    assert texts(page, "p", "lede") == [text]


@pytest.mark.parametrize("name", NAMES)
def test_key_figures_exist_with_title_and_source(name: str) -> None:
    nb = nbformat.read(paths.REPORTS / "notebooks" / f"{name}.ipynb", as_version=4)
    figures = landing.key_figures(paths.ROOT, name, nb)
    assert 1 <= len(figures) <= landing.KEY_FIGURES
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
    fig = fg.bar_chart(pd.Series({"a": 3, "b": 1}), title="a is 3x b & more", xlabel="n", unit="n")
    try:
        svg = fg.render(fig, "svg").decode()
    finally:
        plt.close(fig)
    assert svg_title(svg) == "a is 3x b & more"
    assert svg_extra_sources(svg) == []


def test_source_line_names_section_tables_and_other_sources() -> None:
    line = source_line(3, ["claims", "checks"], ["country shapes: Natural Earth"])
    assert line.startswith("Source: The Belt and Road Initiative white paper (SCIO, 2023), ")
    assert line.endswith(
        "Chapter III, section 3; data/processed/claims.csv, data/processed/checks.csv; "
        "country shapes: Natural Earth."
    )
    assert ", section" not in source_line(0, ["claims"])


def test_committed_variant_files_name_only_declared_parameters() -> None:
    files = sorted((paths.ROOT / "params" / "variants").glob("*.yaml"))
    assert files
    for variant in files:
        for name in NAMES:
            declared = nr.declared_parameters(paths.NOTEBOOKS / f"{name}.ipynb")
            assert set(variants.variant_params(variant, name)) <= set(declared), (
                variant.name,
                name,
            )


# ---------------------------------------------------------------- the public entry points


def test_entry_points_have_the_signatures_the_cli_calls() -> None:
    import briconnect.report.chromium
    import briconnect.report.execute  # submodules must not shadow the functions

    api = briconnect.report
    assert str(inspect.signature(api.run)) == "(name: 'str', variant: 'Path | None') -> 'None'"
    assert str(inspect.signature(api.page)) == "(name: 'str', variant: 'Path | None') -> 'Path'"
    assert str(inspect.signature(api.index)) == "(variant: 'Path | None') -> 'Path'"
    assert str(inspect.signature(api.screenshot)) == (
        "(out: 'Path', width: 'int' = 1280, height: 'int' = 800) -> 'None'"
    )
    assert all(callable(getattr(api, n)) for n in api.__all__)


def test_unknown_notebook_name_is_a_one_line_error() -> None:
    with pytest.raises(BriconnectError, match=r"unknown notebook '07-nope'.*00-overview"):
        briconnect.report.run("07-nope", None)
    with pytest.raises(BriconnectError, match=r"unknown notebook '07-nope'.*06-new-areas"):
        briconnect.report.page("07-nope", None)


@pytest.mark.parametrize(
    "text, message",
    [
        ("all: {dpi: 300\n", r"not valid YAML \(line \d\)"),
        ("all: [1, 2\n03-trade: x\n", r"not valid YAML"),
        ("- 300\n", "expected a mapping"),
        ("all: 300\n", "'all' and '03-trade' must each be a mapping"),
    ],
)
def test_bad_parameter_file_is_a_briconnect_error(tmp_path: Path, text: str, message: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(BriconnectError, match=message):
        briconnect.report.run("03-trade", bad)  # refused before any kernel starts
    with pytest.raises(BriconnectError, match="no such parameter file"):
        briconnect.report.index(tmp_path / "missing.yaml")


# ---------------------------------------------------------------- pages from templates


def test_report_modules_write_no_html_themselves() -> None:
    folder = Path(briconnect.report.__file__).parent
    for module in sorted(folder.glob("*.py")):
        text = module.read_text(encoding="utf-8")
        assert "BeautifulSoup" not in text and "bs4" not in text, module.name
        assert not re.search(
            r"""["'][^"'\n]*<(?:/?(?:div|p|a|li|ul|h\d|section|figure|nav|main|html|body|img|code|style)\b)""",
            text,
        ), module.name


def test_templates_are_package_data() -> None:
    package = Path(site.TEMPLATES).parent.parent  # src/briconnect
    files = {p for p in site.TEMPLATES.rglob("*") if p.is_file()}
    assert {"base.html.j2", "index.html.j2", "notebook.html.j2", "style.css"} <= {
        p.name for p in files
    }
    assert site.TEMPLATES / "notebook_cells" / "conf.json" in files
    conf = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = conf["tool"]["setuptools"]["package-data"]["briconnect"]
    shipped = {p for g in globs for p in package.glob(g) if p.is_file()}
    assert files <= shipped, sorted(str(p) for p in files - shipped)


def _svg_with_title(title: str) -> str:
    fg.use_style("okabe-ito")  # titles in bold: how svg_title recognises them
    fig = fg.bar_chart(pd.Series({"a": 3, "b": 1}), title=title, xlabel="n", unit="n")
    try:
        return fg.render(fig, "svg").decode()
    finally:
        plt.close(fig)


def _executed(root: Path, name: str) -> None:
    """A small executed notebook and one saved figure under ``root``, as a run leaves them."""
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    cells = [
        new_markdown_cell("# 03 · Trade <b>& more</b>\n\nIntro.", id="t-00"),
        new_code_cell("x = 1", id="t-01"),  # no output: left out
        new_code_cell("fig = 1\nfg.save(fig, NAME, 'chart', dpi=dpi)", id="t-02"),
        new_code_cell("write_summary()", id="t-03"),
        new_code_cell("# Answer 1: a share\n6.4", id="t-04"),
        new_markdown_cell("**Answer 2.** Twice three.", id="t-05"),
        new_code_cell("# Answer 2: the product\n2 * 3", id="t-06"),
        new_code_cell("# Answer 3: not run", id="t-07"),  # no output: no fold of its own
    ]
    cells[2].outputs = [
        new_output("display_data", data={"image/png": png, "text/plain": "<Figure>"})
    ]
    cells[3].outputs = [
        new_output(
            "execute_result",
            data={"text/markdown": "# Summary title\n\n- one", "text/plain": "<Markdown>"},
        )
    ]
    cells[4].outputs = [new_output("execute_result", data={"text/plain": "6.4"})]
    cells[4].metadata["tags"] = ["answer"]
    for cell in cells[5:]:
        cell.metadata["tags"] = ["answer"]
    cells[6].outputs = [new_output("execute_result", data={"text/plain": "6"})]
    nb = new_notebook(cells=cells, metadata={"kernelspec": nr.KERNELSPEC})
    (root / "reports" / "notebooks").mkdir(parents=True)
    nbformat.write(nb, root / "reports" / "notebooks" / f"{name}.ipynb")
    (root / "figures" / name).mkdir(parents=True)
    (root / "figures" / name / "chart.svg").write_text(_svg_with_title('Exports "rose" <fast>'))


def test_notebook_page_from_templates(tmp_path: Path) -> None:
    _executed(tmp_path, "03-trade")
    target = site.build_page(tmp_path, "03-trade")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n") and page.endswith("</html>\n")
    assert page.count("<h1") == 1 and "<h2>Summary title</h2>" in page  # outputs start at h2
    assert "<title>03 · Trade &lt;b&gt;&amp; more&lt;/b&gt; · " in page  # autoescaped
    assert _alts(page) == ['Exports "rose" <fast>']  # the chart title read from its SVG
    assert "t-01" not in page  # a code cell without output shows nothing
    assert re.findall(r"<summary>(Worked answer \d)</summary>", page) == [
        "Worked answer 1",
        "Worked answer 2",
    ]
    assert page.index("<details") < page.index("cell-id=t-04") < page.index("</details>")
    # an answer's reasoning and its code share one fold, reasoning first
    second = page[page.index("Worked answer 2") :]
    assert second.index("Twice three") < second.index("cell-id=t-06") < second.index("</details>")
    assert second.count("<details") == 0 and "t-07" not in page
    for absent in ("<script", "<link", "http://", "https://", "anchor-link", "fg.save", "x = 1"):
        assert absent not in page, absent
    assert '<a class="skip" href="#main">' in page and '<main id="main"' in page
    assert page.count('aria-label="Report pages"') == 2  # pager on top and in the footer
    assert 'href="02-infrastructure.html"' in page and 'href="04-finance.html"' in page
    assert (paths.ROOT / "src/briconnect/report/templates/style.css").read_text()[:60] in page
    site.build_page(tmp_path, "03-trade")
    assert target.read_text(encoding="utf-8") == page  # the same bytes on rebuild


def test_pager_links_neighbours_only_where_there_are_some() -> None:
    first = [(link.href, link.text) for link in site.pager(NAMES[0], NAMES)]
    assert [h for h, _ in first] == ["../index.html", f"{NAMES[1]}.html"]
    last = [link.href for link in site.pager(NAMES[-1], NAMES)]
    assert last == ["../index.html", f"{NAMES[-2]}.html"]


def test_headline_code_spans_are_marked_and_escaped() -> None:
    assert landing.spans("see `a<b` & c") == [
        landing.Span("see "),
        landing.Span("a<b", code=True),
        landing.Span(" & c"),
    ]
    html = (
        site.environment()
        .from_string(
            "{% for s in spans %}{% if s.code %}<code>{{ s.text }}</code>{% else %}{{ s.text }}{% endif %}{% endfor %}"
        )
        .render(spans=landing.spans("see `a<b` & c"))
    )
    assert html == "see <code>a&lt;b</code> &amp; c"


def test_committed_pages_rebuild_to_the_same_bytes(tmp_path: Path, monkeypatch) -> None:
    """The committed pages are what the templates make of the committed outputs, to the byte."""
    for name in ("03-trade",):
        committed = (paths.REPORTS / "html" / f"{name}.html").read_bytes()
        (tmp_path / "reports").mkdir(exist_ok=True)
        for sub in ("notebooks", "summaries"):
            (tmp_path / "reports" / sub).mkdir(exist_ok=True)
            src = paths.REPORTS / sub / f"{name}.{'ipynb' if sub == 'notebooks' else 'md'}"
            (tmp_path / "reports" / sub / src.name).write_bytes(src.read_bytes())
        (tmp_path / "figures").symlink_to(paths.FIGURES)
        assert site.build_page(tmp_path, name).read_bytes() == committed
