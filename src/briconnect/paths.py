"""Where everything lives: the project root and the folders under it.

The root is, in order: the folder given to :func:`set_root` (the CLI's ``--root``), the
``BRICONNECT_ROOT`` environment variable, the nearest folder at or above the working directory
that holds ``data/raw/sources.json``, or the checkout this package was installed from in
editable mode. So notebooks run the same from JupyterLab, papermill or nbval, and an installed
package works when pointed at a checkout's data.

The names below (``paths.ROOT``, ``paths.PROCESSED``, ...) are computed on each use, so a root
set at run time is honoured everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import BriconnectError

MARKER = Path("data/raw/sources.json")
RAW_NAME = "bri-white-paper-2023-ch3.txt"
_chosen: Path | None = None

# name -> path relative to the root
_LAYOUT = {
    "DATA": "data",
    "RAW": "data/raw",
    "PROCESSED": "data/processed",
    "EXTERNAL": "data/external",
    "RAW_TEXT": f"data/raw/{RAW_NAME}",
    "SOURCES": "data/raw/sources.json",
    "DATAPACKAGE": "data/datapackage.json",
    "DATA_README": "data/README.md",
    "FIGURES": "figures",
    "REPORTS": "reports",
    "NOTEBOOKS": "notebooks",
    "BUILD": "build",
}


def set_root(folder: str | os.PathLike[str] | None) -> None:
    """Use this folder as the project root from now on (None: find it again)."""
    global _chosen
    if folder is None:
        _chosen = None
        return
    path = Path(folder).resolve()
    if not (path / MARKER).is_file():
        raise BriconnectError(f"{folder}: not a briconnect project (no {MARKER})")
    _chosen = path


def find_root() -> Path:
    """The project root (see the module docstring for the order of places looked at)."""
    if _chosen is not None:
        return _chosen
    env = os.environ.get("BRICONNECT_ROOT")
    if env:
        path = Path(env).resolve()
        if not (path / MARKER).is_file():
            raise BriconnectError(f"BRICONNECT_ROOT={env}: not a briconnect project (no {MARKER})")
        return path
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_file():
            return folder
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / MARKER).is_file():
        return checkout
    raise BriconnectError(
        "cannot find the project folder (no data/raw/sources.json here or above); "
        "run inside a briconnect checkout, or set BRICONNECT_ROOT or --root"
    )


def __getattr__(name: str) -> Path:
    if name == "ROOT":
        return find_root()
    if name in _LAYOUT:
        return find_root() / _LAYOUT[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
