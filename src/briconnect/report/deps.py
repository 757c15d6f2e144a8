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
MODULE_FILES = {
    "report/maps.py": ["data/external/ne_110m_admin_0_countries.geojson"],
    "report/analysis.py": ["data/external/cny_usd_central_parity.csv"],
}
# Stages whose output tables stand for their code.
STAND_INS = ("extract", "chapter3")

# briconnect.data's loaders: data.load_claims(), data.load("projects"), ...
LOAD_CALL = re.compile(r"""\bload_(\w+)\(|\bload\(\s*["'](\w+)["']""")
_EVERY_TABLE = re.compile(r"\bfingerprint\(")
_RAW = re.compile(r"\braw_text\(")


def code_cells(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def tables_read(code: str, tables: list[str]) -> list[str]:
    if _EVERY_TABLE.search(code):
        return list(tables)
    named = {a or b for a, b in LOAD_CALL.findall(code)}
    return [t for t in tables if t in named]


def _module_file(dotted: str) -> Path | None:
    """briconnect.report.figures -> src/briconnect/report/figures.py (or its __init__.py)."""
    parts = dotted.split(".")[1:]
    base = PACKAGE.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _module_level(tree: ast.AST) -> list[ast.AST]:
    """The statements that run when a module is imported (not the bodies of its functions)."""
    out: list[ast.AST] = []
    todo = list(getattr(tree, "body", []))
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        out.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return out


def imported_modules(
    tree: ast.AST, here: Path | None = None, *, import_time: bool = False
) -> dict[Path, bool]:
    """Package modules an AST imports -> whether what the caller uses of them is more than
    their import-time code (``from briconnect.report import figures`` uses ``figures`` whole
    but only runs ``report/__init__.py``). Relative imports are resolved from ``here``; with
    ``import_time``, only the imports that run when the module itself is imported count."""
    found: dict[Path, bool] = {}

    def add(name: str, whole: bool) -> None:
        path = _module_file(name) if name.split(".")[0] == "briconnect" else None
        if path:
            found[path] = found.get(path, False) or whole

    package = ["briconnect", *here.relative_to(PACKAGE).parent.parts] if here else []
    nodes = _module_level(tree) if import_time else list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, True)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            attributes = False
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                if _module_file(submodule) and module.split(".")[0] == "briconnect":
                    add(submodule, True)
                else:
                    attributes = True
            add(module, attributes)
    return found


def closure(start: set[tuple[Path, bool]]) -> set[Path]:
    """Every package module reachable through imports, with each package's __init__.py.

    A module imported by name is followed through all its imports (its functions are what the
    caller uses); a package's ``__init__.py`` that runs only because a submodule is imported is
    followed through its import-time imports alone. A module of a stand-in stage is kept (for
    its data files) but not followed.
    """
    seen: dict[Path, bool] = {}  # module -> followed through all its imports
    todo = list(start)
    while todo:
        module, whole = todo.pop()
        if seen.get(module) is True or (module in seen and not whole):
            continue
        seen[module] = whole
        if module.relative_to(PACKAGE).parts[0] in STAND_INS:
            continue
        init = module.parent / "__init__.py"
        if init.is_file() and init != module:
            todo.append((init, False))
        tree = ast.parse(module.read_text(encoding="utf-8"))
        todo.extend(imported_modules(tree, module, import_time=not whole).items())
    return set(seen)


def notebook_inputs(notebook: Path, tables: list[str]) -> list[str]:
    """Paths (relative to the root) a notebook's run reads besides its source and parameters."""
    code = "\n".join(code_cells(notebook))
    tree = ast.parse(
        "\n".join(line for line in code.splitlines() if not line.startswith(("%", "!")))
    )
    modules = closure({*imported_modules(tree).items(), (RUNNER, True)})
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
