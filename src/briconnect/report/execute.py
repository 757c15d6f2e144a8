"""Run one section notebook with papermill and store it byte-reproducibly.

Why this exists: papermill only warns about unknown parameters, writes a partial notebook when a
cell fails, and stamps timings, paths and random ids into its output. Here an unknown parameter
is an error, the notebook runs into a temporary file that replaces the target only on success,
and the stored notebook is normalized so that two runs give the same bytes.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client import KernelManager

from .. import paths
from ..errors import BriconnectError
from .variants import output_root, read_params, variant_params

KERNEL = "briconnect"
KERNELSPEC = {"name": KERNEL, "display_name": "Python (briconnect)", "language": "python"}
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# Keys papermill and nbclient add that change from run to run.
_CELL_KEYS = ("papermill", "execution", "ExecuteTime")


def declared_parameters(notebook: Path) -> dict[str, Any]:
    """The names and defaults of the notebook's ``parameters`` cell."""
    import papermill

    found = papermill.inspect_notebook(str(notebook))
    return {k: v.get("default") for k, v in found.items()}


def check_parameters(notebook: Path, params: Mapping[str, Any]) -> None:
    """Refuse parameter names the notebook does not declare (papermill would only warn)."""
    known = declared_parameters(notebook)
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise BriconnectError(
            f"{notebook.name}: unknown parameter(s) {', '.join(unknown)}; "
            f"the notebook declares {', '.join(sorted(known))}"
        )


def trim_language_info(metadata: dict[str, Any]) -> None:
    """Keep only the kernel language's name and file extension (the version changes between
    machines); in place. The stored notebooks and the lessons saved by ``make lab`` share it."""
    lang = metadata.get("language_info") or {}
    metadata["language_info"] = {k: lang[k] for k in ("name", "file_extension") if k in lang}


def normalize(nb: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """Drop what changes between runs: timings, papermill metadata, random ids, memory addresses."""
    nb = copy.deepcopy(nb)
    nb.metadata.pop("papermill", None)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    trim_language_info(nb.metadata)
    for i, cell in enumerate(nb.cells):
        for key in _CELL_KEYS:
            cell.metadata.pop(key, None)
        if cell.metadata.get("tags") == []:
            cell.metadata.pop("tags")
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        elif not cell.get("id"):
            cell["id"] = f"{name}-{i:02d}"
        if cell.get("outputs"):
            cell["outputs"] = _coalesce_streams(cell["outputs"])
        for out in cell.get("outputs", []):
            if "text" in out:
                out["text"] = _ADDRESS.sub("", out["text"])
            for mime, value in out.get("data", {}).items():
                if mime.startswith("text/") and isinstance(value, str):
                    out["data"][mime] = _ADDRESS.sub("", value)
    return nb


def _coalesce_streams(outputs: list) -> list:
    """One output per run of stdout (or stderr) text: the kernel flushes a print in one message or
    in two depending on timing, which would change the stored notebook from run to run."""
    merged: list = []
    for out in outputs:
        prev = merged[-1] if merged else None
        if (
            out.get("output_type") == "stream"
            and prev is not None
            and prev.get("output_type") == "stream"
            and prev.get("name") == out.get("name")
        ):
            prev["text"] = prev["text"] + out["text"]
        else:
            merged.append(out)
    return merged


def dumps(nb: nbformat.NotebookNode) -> str:
    """The notebook as JSON text, formatted the way nbformat writes it, with a final newline."""
    text = nbformat.writes(nb, version=4)
    return text if text.endswith("\n") else text + "\n"


def _rel(path: Path) -> str:
    """A path relative to the project when it is inside it, for one-line messages."""
    try:
        return str(Path(path).resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _failing_cell(nb_path: Path) -> str:
    """Describe the first cell with an error output in a partial notebook."""
    try:
        nb = nbformat.read(nb_path, as_version=4)
    except (OSError, json.JSONDecodeError):
        return "an unknown cell"
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                first = (cell.source.strip().splitlines() or [""])[0][:60]
                return (
                    f"cell id {cell.get('id')!r} (In [{cell.get('execution_count')}], "
                    f"starts {first!r}): {out.get('ename')}: {out.get('evalue')}"
                )
    return "an unknown cell"


def run_notebook(
    source: Path,
    target: Path,
    params: Mapping[str, Any],
    *,
    output_dir: str = "",
) -> float:
    """Execute ``source`` into ``target`` via a temp file; return the seconds it took."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    name = source.stem
    # Always set where declared: a notebook's own default (build/lab/) is for runs by hand only.
    params = dict(params)
    if "output_dir" in declared_parameters(source):
        params["output_dir"] = output_dir
    check_parameters(source, params)
    target.parent.mkdir(parents=True, exist_ok=True)
    # The temp file lives in build/tmp/ (same file system, so the final rename is atomic), out of
    # reach of nbval and git, and is kept after a failure for inspection.
    tmp = paths.ROOT / "build" / "tmp" / target.name
    tmp.parent.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    # IPC transport in a private temp folder: no TCP ports, and no "running over TCP without
    # encryption" warning from the kernel on the terminal.
    ipc_dir = tempfile.mkdtemp(prefix="briconnect-kernel-")
    km = KernelManager(kernel_name=KERNEL, transport="ipc", ip=str(Path(ipc_dir) / "kernel"))
    try:
        papermill.execute_notebook(
            str(source),
            str(tmp),
            parameters=params,
            kernel_name=KERNEL,
            progress_bar=False,
            log_output=False,
            cwd=str(paths.NOTEBOOKS),
            km=km,
        )
    except PapermillExecutionError:
        where = _failing_cell(tmp)
        raise BriconnectError(
            f"{_rel(source)} failed at {where}; "
            f"partial output kept in {_rel(tmp)}, {target.name} left untouched"
        ) from None
    finally:
        # nbclient does not own a kernel manager it was given, so it is ours to shut down.
        if km.has_kernel:
            km.shutdown_kernel(now=True)
        shutil.rmtree(ipc_dir, ignore_errors=True)
    nb = normalize(nbformat.read(tmp, as_version=4), name)
    tmp.write_text(dumps(nb), encoding="utf-8")
    tmp.replace(target)
    return time.monotonic() - start


def run(name: str, variant: Path | None = None) -> Path:
    """Run ``notebooks/<name>.ipynb`` with ``params/<name>.yaml`` (and a variant's overrides).

    Writes ``reports/notebooks/<name>.ipynb`` under :func:`output_root` (its figures and summary
    come with it), prints one progress line, and returns the executed notebook's path.
    """
    source = paths.NOTEBOOKS / f"{name}.ipynb"
    if not source.exists():
        known = ", ".join(sorted(p.stem for p in paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")))
        raise BriconnectError(f"unknown notebook {name!r}: no notebooks/{name}.ipynb ({known})")
    params = read_params(paths.ROOT / "params" / f"{name}.yaml")
    out_dir = ""
    if variant is not None:
        params.update(variant_params(variant, name))
        out_dir = str(output_root(variant).relative_to(paths.ROOT))
    target = output_root(variant) / "reports" / "notebooks" / f"{name}.ipynb"
    seconds = run_notebook(source, target, params, output_dir=out_dir)
    print(f"report: {name:<24} {seconds:5.1f} s  -> {_rel(target)}", flush=True)
    return target
