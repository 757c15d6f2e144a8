"""briconnect: Chapter III of the 2023 Belt and Road white paper as checkable data.

Stages, one subpackage each, arrows pointing one way: ``extract`` (the general extractor: text
in, rows out) <- ``chapter3`` (what only this chapter has: ``rules.yaml``, corridors, alignments,
consistency checks) <- ``dataset`` (build, data dictionary, validation, loaders) <- ``report``
(notebook runner, figures, maps, summaries, the HTML site). ``cli`` is the one command line;
``data`` the short way in for analysts (``data.load_claims()``).
"""

import sys

__version__ = "0.1.0"

# Saves ~1.2 s per command: jsonschema (imported by nbformat and frictionless) builds the
# rfc3987_syntax grammar at import only to check the "iri" string format, which neither
# notebook nor data package validation uses, and skips that checker when the module is absent.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
