"""The raw file's sidecar: what it is, where it came from, and the checksum the build enforces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import paths
from ..errors import BriconnectError
from ..io import sha256_file


def load_sources(sidecar: Path | None = None) -> dict[str, dict[str, Any]]:
    sidecar = sidecar or paths.SOURCES
    try:
        return json.loads(sidecar.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BriconnectError(f"{sidecar}: sidecar missing") from None
    except json.JSONDecodeError as exc:
        raise BriconnectError(f"{sidecar}: not valid JSON ({exc.msg}, line {exc.lineno})") from None


def verify_raw(raw: Path | None = None, sidecar: Path | None = None) -> dict[str, Any]:
    """Refuse to build from a raw file whose sha256 differs from the sidecar's."""
    raw, sidecar = raw or paths.RAW_TEXT, sidecar or paths.SOURCES
    meta = load_sources(sidecar).get(raw.name)
    if meta is None:
        raise BriconnectError(f"{sidecar}: no entry for {raw.name}")
    if not raw.is_file():
        raise BriconnectError(f"{raw}: raw file missing")
    actual = sha256_file(raw)
    if actual != meta["sha256"]:
        raise BriconnectError(
            f"{raw}: sha256 {actual[:12]}... does not match the sidecar's "
            f"{meta['sha256'][:12]}...; the raw text must never be edited"
        )
    return meta
