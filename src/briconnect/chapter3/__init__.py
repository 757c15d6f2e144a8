"""What is specific to Chapter III, openly: its vocabulary (``rules.yaml``), its corridors, the
alignment lists of section 1 and the consistency checks between its numbers.

:func:`extract_chapter` runs the general extractor with the chapter's rules, then the
chapter's own stages. ``strict`` (the build asks for it) turns anything the chapter's rules
cannot read into an error naming it, so a changed rule fails loudly instead of losing rows.
"""

from __future__ import annotations

from ..extract import Document, Row, extract_tables
from .alignments import extract_alignments
from .checks import extract_checks
from .corridors import paragraph_corridors
from .vocabulary import rules


def extract_chapter(text: str, strict: bool = False) -> dict[str, list[Row]]:
    """Every table for the chapter (or a text read with the chapter's rules)."""
    doc = Document.from_text(text)
    groups = paragraph_corridors(doc.sentences, strict)
    tables = extract_tables(doc, rules(), groups)
    tables["alignments"] = extract_alignments(text, doc.sentences, strict)
    tables["checks"] = extract_checks(tables["claims"], strict)
    return tables
