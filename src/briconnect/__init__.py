"""briconnect: Chapter III of the 2023 Belt and Road white paper as checkable data.

Stages, one module each: ``text`` (sections, paragraphs, sentences), ``quantities`` (the number
grammar), ``dates`` (as-of dates), ``countries`` (country mentions), ``extract`` (the tables),
``schema`` (the data dictionary and validation), ``cli`` (the command line).
"""

__version__ = "0.1.0"
