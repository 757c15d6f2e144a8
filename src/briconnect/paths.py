"""Where everything lives, derived from the package's location, never from the working directory.

Notebooks import these so they run the same from JupyterLab, papermill or nbval.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
EXTERNAL = DATA / "external"
RAW_TEXT = RAW / "bri-white-paper-2023-ch3.txt"
SOURCES = RAW / "sources.json"
DATAPACKAGE = DATA / "datapackage.json"
DATA_README = DATA / "README.md"
FIGURES = ROOT / "figures"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"
