"""How the report cites the chapter: one place for the publisher and year every source line names.

Charts (:data:`briconnect.report.figures.SOURCE`), maps and the landing page's captions
(:func:`source_line`) all build their "Source: ..." text from :data:`PUBLISHED`; a test checks it
against the chapter's sidecar, ``data/raw/sources.json``.
"""

from __future__ import annotations

from collections.abc import Sequence

PUBLISHED = "SCIO, 2023"  # the State Council Information Office, 10 October 2023


def source_line(section: int, tables: Sequence[str], extra: Sequence[str] = ()) -> str:
    """A caption's source: the chapter (and section), the CSV files read, other sources."""
    where = "Chapter III" + (f", section {section}" if section else "")
    files = ", ".join(f"data/processed/{t}.csv" for t in tables)
    parts = [
        f"Source: The Belt and Road Initiative white paper ({PUBLISHED}), {where}",
        files,
        *extra,
    ]
    return "; ".join(p for p in parts if p) + "."
