"""What each notebook really reads, for make: ``python3 src/briconnect/report/deps.py``.

Prints one make rule per notebook naming its true inputs, so a notebook re-runs when a table it
loads or a package module it imports (directly or through other modules) changes, and not
otherwise. Derived from the notebooks themselves, so the Makefile never lists them by hand:

* tables: ``data.load_claims()``, ``data.load("claims")``, ``an.fingerprint()`` (every table),
  ``data.raw_text()`` (the raw file);
* modules: ``briconnect`` imports in code cells, followed through the package's own imports,
  plus the runner (``report/execute.py``) and the data files beside each module (``*.yaml``). The
  extraction stages (``extract/``, ``chapter3/``) are not followed: the tables they write stand
  for their code, so a code change that leaves every table identical re-runs no notebook. Their
  data files still count (the maps read the corridor names from ``chapter3/rules.yaml``);
* files a module reads itself (:data:`MODULE_FILES`), e.g. the map shapes.

Standard library only: make runs it before the environment exists.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "src" / "briconnect"
TARGET = "$(REPORT_ROOT)/reports/notebooks/{name}.ipynb"
RUNNER = PACKAGE / "report" / "execute.py"
MODULE_FILES = {"report/maps.py": ["data/external/ne_110m_admin_0_countries.geojson"]}
# Stages whose output tables stand for their code.
STAND_INS = ("extract", "chapter3")

_LOAD = re.compile(r"""\bload_(\w+)\(|\bload\(\s*["'](\w+)["']""")
_EVERY_TABLE = re.compile(r"\bfingerprint\(")
_RAW = re.compile(r"\braw_text\(")


def code_cells(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def tables_read(code: str, tables: list[str]) -> list[str]:
    if _EVERY_TABLE.search(code):
        return list(tables)
    named = {a or b for a, b in _LOAD.findall(code)}
    return [t for t in tables if t in named]


def _module_file(dotted: str) -> Path | None:
    """briconnect.report.figures -> src/briconnect/report/figures.py (or its __init__.py)."""
    parts = dotted.split(".")[1:]
    base = PACKAGE.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def imported_modules(tree: ast.AST, here: Path | None = None) -> set[Path]:
    """Package modules an AST imports; relative imports are resolved from ``here``."""
    found: set[Path] = set()
    package = ["briconnect", *here.relative_to(PACKAGE).parent.parts] if here else []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names = [module] + [f"{module}.{a.name}" for a in node.names]
        for name in names:
            if name == "briconnect" or name.startswith("briconnect."):
                path = _module_file(name)
                if path:
                    found.add(path)
    return found


def closure(start: set[Path]) -> set[Path]:
    """Every package module reachable through imports, with each package's __init__.py; a
    module of a stand-in stage is kept (for its data files) but not followed."""
    seen: set[Path] = set()
    todo = list(start)
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        if module.relative_to(PACKAGE).parts[0] in STAND_INS:
            continue
        init = module.parent / "__init__.py"
        if init.is_file() and init not in seen:
            todo.append(init)
        tree = ast.parse(module.read_text(encoding="utf-8"))
        todo.extend(imported_modules(tree, module) - seen)
    return seen


def notebook_inputs(notebook: Path, tables: list[str]) -> list[str]:
    """Paths (relative to the root) a notebook's run reads besides its source and parameters."""
    code = "\n".join(code_cells(notebook))
    tree = ast.parse(
        "\n".join(line for line in code.splitlines() if not line.startswith(("%", "!")))
    )
    modules = closure(imported_modules(tree) | {RUNNER})
    files = {
        m.relative_to(ROOT).as_posix()
        for m in modules
        if m.relative_to(PACKAGE).parts[0] not in STAND_INS
    }
    for m in modules:
        files |= {p.relative_to(ROOT).as_posix() for p in m.parent.glob("*.yaml")}
        files |= set(MODULE_FILES.get(m.relative_to(PACKAGE).as_posix(), []))
    files |= {f"data/processed/{t}.csv" for t in tables_read(code, tables)}
    if _RAW.search(code):
        files.add("data/raw/bri-white-paper-2023-ch3.txt")
    return sorted(files)


def make_rules(root: Path = ROOT) -> str:
    tables = sorted(p.stem for p in (root / "data" / "processed").glob("*.csv"))
    lines = ["# Generated by src/briconnect/report/deps.py from the notebooks: do not edit."]
    for nb in sorted((root / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        inputs = " ".join(notebook_inputs(nb, tables))
        lines.append(f"{TARGET.format(name=nb.stem)}: {inputs}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(make_rules())
