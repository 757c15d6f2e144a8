"""``python -m briconnect.report``: run section notebooks and build the offline HTML report.

    python -m briconnect.report run 03-trade               # -> reports/notebooks/03-trade.ipynb
    python -m briconnect.report run 03-trade --variant params/variants/hi-res.yaml
    python -m briconnect.report index                      # -> reports/index.html

Make calls these (see make/report.mk); each prints one progress line per notebook with its time
and any failure as one line naming the notebook and the failing cell.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from . import paths
from .errors import BriconnectError
from .io import write_atomic

TITLE = (
    "Promoting All-Round Connectivity: Chapter III of the 2023 Belt and Road white paper, in data"
)

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
nav ol{padding-left:1.2rem}
section{border-top:2px solid #0072B2;margin-top:3rem;padding-top:1rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0;display:block;overflow-x:auto;
max-width:100%}
th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
th{background:#f3f3f3}
img{max-width:100%;height:auto}
pre{background:#f6f6f6;padding:.5rem;overflow-x:auto;font-size:.85rem;max-width:100%}
.files,nav,p,li{overflow-wrap:anywhere}
div{max-width:100%}
.jp-InputPrompt,.jp-OutputPrompt{display:none}
.files{font-size:.85rem;color:#555}
a.anchor-link{display:none}
"""


def output_root(variant: Path | None) -> Path:
    """Where a run writes: the project itself, or ``build/variants/<name>/`` for a variant file."""
    return paths.ROOT / "build" / "variants" / variant.stem if variant else paths.ROOT


def cmd_run(name: str, variant: Path | None) -> None:
    from .notebook_run import read_params, run_notebook, variant_params

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


def _section_html(nb_path: Path) -> str:
    """One executed notebook as an HTML fragment: Markdown and outputs, no code."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        anchor_link_text="",
    )
    body, _ = exporter.from_notebook_node(nbformat.read(nb_path, as_version=4))
    return demote_headings(body)


def demote_headings(fragment: str) -> str:
    """Shift h1-h5 down one level: the page keeps a single h1, each section's title becomes h2."""
    return re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", fragment)


def _title(nb_path: Path) -> str:
    """The notebook's H1 ("03 · Trade: ..."), or its file name when it has none."""
    import nbformat

    for cell in nbformat.read(nb_path, as_version=4).cells:
        if cell.cell_type == "markdown" and cell.source.startswith("# "):
            return cell.source.splitlines()[0][2:].strip()
    return nb_path.stem


def build_index(root: Path) -> Path:
    """Write ``<root>/reports/index.html``: every section, code hidden, images embedded, offline."""
    notebooks = sorted((root / "reports" / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    if not notebooks:
        raise BriconnectError(f"no executed notebooks in {root / 'reports' / 'notebooks'}")
    nav, sections = [], []
    for nb in notebooks:
        name = nb.stem
        figs = sorted((root / "figures" / name).glob("*.*"))
        links = " · ".join(
            f'<a href="../figures/{name}/{html.escape(f.name)}">{html.escape(f.name)}</a>'
            for f in figs
        )
        nav.append(f'<li><a href="#{name}">{html.escape(_title(nb))}</a></li>')
        sections.append(
            f'<section id="{name}">\n<p class="files">Notebook: '
            f'<a href="notebooks/{name}.ipynb">notebooks/{name}.ipynb</a> · '
            f'summary: <a href="summaries/{name}.md">summaries/{name}.md</a>'
            f"{' · figures: ' + links if links else ''}</p>\n"
            f"{_section_html(nb)}\n</section>"
        )
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(TITLE)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(TITLE)}</h1>\n"
        "<p>Generated by <code>make report</code> from <code>data/processed/</code>; code is "
        "hidden, every figure and table is embedded, and the page loads nothing from the "
        "network.</p>\n"
        f"<nav><ol>{''.join(nav)}</ol></nav>\n" + "\n".join(sections) + "\n</body>\n</html>\n"
    )
    target = root / "reports" / "index.html"
    write_atomic(target, page)
    return target


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
    p = sub.add_parser("index", help="build reports/index.html from the executed notebooks")
    p.add_argument("--variant", type=Path, default=None, help="build the variant's index")
    args = parser.parse_args(argv)
    variant = args.variant.resolve() if args.variant else None
    try:
        if args.command == "run":
            cmd_run(args.name, variant)
        else:
            target = build_index(output_root(variant))
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
