"""Relative links in a notebook's Markdown, moved with the notebook.

A lesson links the glossary as ``../docs/teaching/glossary.md#term``: right from ``notebooks/``,
wrong from ``build/student/`` or ``reports/html/``. Copies made elsewhere rewrite each relative
link so that it still lands on the same file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# ](target) in Markdown, where target is a relative path (no scheme, no leading / or #).
_LINK = re.compile(r"\]\((?![a-z][a-z0-9+.-]*:|/|#)([^)\s#]+)(#[^)\s]*)?\)", re.IGNORECASE)


def relink(markdown: str, source_dir: Path, target_dir: Path) -> str:
    """``markdown`` written in ``source_dir``, with its relative links valid from ``target_dir``."""

    def moved(match: re.Match[str]) -> str:
        path, anchor = match.group(1), match.group(2) or ""
        new = os.path.relpath(source_dir / path, target_dir)
        return f"]({Path(new).as_posix()}{anchor})"

    return _LINK.sub(moved, markdown)
