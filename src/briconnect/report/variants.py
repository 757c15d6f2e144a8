"""Parameter files: a notebook's ``params/NN-*.yaml`` and a variant's overrides, and where a
variant's outputs go.

A variant file (``make report PARAMS=params/variants/print.yaml``) holds an ``all:`` block and
optional per-notebook blocks; its outputs go to ``build/variants/<file stem>/`` so the committed
ones stay untouched.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .. import paths
from ..errors import BriconnectError


def output_root(variant: Path | None) -> Path:
    """Where a run writes: the project itself, or ``build/variants/<name>/`` for a variant file."""
    return paths.ROOT / "build" / "variants" / variant.stem if variant else paths.ROOT


def read_params(path: Path | None) -> dict[str, Any]:
    """Parameters from a YAML mapping (an empty or missing file means none).

    A file that is not YAML, or not a mapping, is a :class:`BriconnectError` naming the file
    and, for a syntax error, the line.
    """
    if path is None or not Path(path).exists():
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise BriconnectError(f"{path}: not valid YAML{where}: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BriconnectError(f"{path}: cannot read ({exc})") from None
    if not isinstance(data, dict):
        raise BriconnectError(f"{path}: expected a mapping of parameter names to values")
    return data


def variant_params(path: Path | None, name: str) -> dict[str, Any]:
    """A variant file's overrides for one notebook: its ``all:`` block, then ``<name>:``."""
    data = read_params(path)
    unknown = sorted(k for k in data if k != "all" and not re.fullmatch(r"\d\d-[a-z0-9-]+", k))
    if unknown:
        raise BriconnectError(f"{path}: top-level keys must be 'all' or a notebook name: {unknown}")
    blocks = [data.get("all") or {}, data.get(name) or {}]
    if not all(isinstance(b, dict) for b in blocks):
        raise BriconnectError(f"{path}: 'all' and '{name}' must each be a mapping of parameters")
    return {**blocks[0], **blocks[1]}
