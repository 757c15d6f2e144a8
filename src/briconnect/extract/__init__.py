"""The general extractor: text in, rows out, for any text of the genre.

No file I/O, no repository paths, no knowledge of any one document: a document's own words
come in as :class:`~briconnect.extract.rules.Rules`. Stages, one module each: ``text``
(sections, paragraphs, sentences), ``quantities`` (the number grammar), ``dates`` (as-of
dates), ``counted`` (what a number counts), ``countries``, ``projects``, ``mechanisms``;
``document`` assembles the tables.
"""

from .document import NO_TITLE, Document, extract_all, extract_tables
from .rules import GENERAL, Rules
from .spans import Row

__all__ = ["GENERAL", "NO_TITLE", "Document", "Row", "Rules", "extract_all", "extract_tables"]
