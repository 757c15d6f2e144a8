"""JupyterLab's save hook for ``make lab``: a lesson in ``notebooks/`` is saved without outputs.

The source notebooks are committed without outputs (the executed copies live in
``reports/notebooks/``). JupyterLab autosaves after every run, so without this hook a teacher who
only runs a lesson leaves ``git status`` dirty. The hook clears what a run adds (outputs,
execution counts, timing metadata, the kernel's language details) and keeps what a person edits
(sources, tags, collapsed answers). The browser keeps showing the outputs until the page reloads.
Student copies (``build/student/``) and other files are saved as they are.
"""

from __future__ import annotations

from typing import Any

from .execute import trim_language_info

# Cell metadata a run or the UI adds; a lesson's own metadata is its tags and collapsed state.
_RUN_KEYS = ("execution", "ExecuteTime", "scrolled", "collapsed", "trusted")


def is_lesson(path: str) -> bool:
    """A source notebook: ``notebooks/NN-*.ipynb`` relative to the server's root."""
    parts = path.strip("/").split("/")
    return len(parts) == 2 and parts[0] == "notebooks" and parts[1].endswith(".ipynb")


def clear_run(nb: dict[str, Any]) -> dict[str, Any]:
    """The notebook as committed: no outputs, no execution counts, no run metadata (in place)."""
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        for key in _RUN_KEYS:
            cell.get("metadata", {}).pop(key, None)
    meta = nb.setdefault("metadata", {})
    if "language_info" in meta:
        trim_language_info(meta)
    meta.pop("widgets", None)
    return nb


def strip_on_save(model: dict[str, Any], path: str, **_: Any) -> None:
    """``ContentsManager.pre_save_hook``: clear a lesson's run before it is written."""
    if model.get("type") == "notebook" and is_lesson(path) and model.get("content"):
        clear_run(model["content"])
