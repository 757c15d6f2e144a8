"""Reading input text defensively and writing outputs atomically.

Outputs go to a temporary file in the target folder and are renamed into place, so an interrupted
or failing run never leaves a half-written file where a good one was.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import BriconnectError


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a UTF-8 text file, refusing what is not one with a one-line reason."""
    p = Path(path)
    if not p.exists():
        raise BriconnectError(f"{p}: no such file")
    if p.is_dir():
        raise BriconnectError(f"{p}: is a directory, expected a text file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise BriconnectError(f"{p}: cannot read ({exc.strerror})") from None
    return decode_text(data, str(p))


def decode_text(data: bytes, name: str = "input") -> str:
    """Decode bytes as UTF-8 text; empty, binary and non-UTF-8 input are errors."""
    if not data.strip():
        raise BriconnectError(f"{name}: file is empty")
    if b"\x00" in data:
        raise BriconnectError(
            f"{name}: looks like a binary file (contains NUL bytes), expected text"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BriconnectError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if text.startswith("\ufeff"):
        # A byte-order mark would shift every offset by one; refuse rather than guess.
        raise BriconnectError(
            f"{name}: starts with a byte-order mark; save it as UTF-8 without BOM"
        )
    check_line_endings(text, name)
    return text


def check_line_endings(text: str, name: str = "input") -> None:
    """Offsets count LF line endings only, and a CR inside a CSV cell would end its row."""
    if "\r" in text:
        raise BriconnectError(
            f"{name}: has CR line endings; convert it to LF (offsets count LF only)"
        )


def sha256_file(path: str | os.PathLike[str]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> None:
    """Write bytes (or UTF-8 text) to path via a temp file + rename."""
    write_all_atomic([(Path(path), data)])


def write_all_atomic(
    files: Iterable[tuple[Path, bytes | str]], *, only_changed: bool = False
) -> list[Path]:
    """Write several files so that none is replaced unless all could be staged.

    Each file is first written to a temp file beside its target; only when every temp file
    exists are they renamed into place. With ``only_changed``, a file whose bytes are already
    there is left alone (its date too), so make re-runs nothing downstream of it. Returns the
    paths written.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            payload = data.encode("utf-8") if isinstance(data, str) else data
            if only_changed and path.is_file() and path.read_bytes() == payload:
                continue
            fd, tmp = tempfile.mkstemp(prefix=f".tmp-{path.name}.", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.chmod(tmp, 0o644)
        for tmp, path in staged:
            os.replace(tmp, path)
        return [path for _, path in staged]
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
