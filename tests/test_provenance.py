"""The raw file is immutable: the build refuses a copy whose checksum differs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briconnect import paths
from briconnect.dataset.provenance import load_sources, verify_raw
from briconnect.errors import BriconnectError


def test_sidecar_describes_the_raw_file(raw: str) -> None:
    meta = load_sources()[paths.RAW_TEXT.name]
    assert meta["date_published"] == "2023-10-10"
    assert "State Council Information Office" in meta["publisher"]
    assert "Belt and Road Initiative: A Key Pillar of the Global Community" in meta["title"]
    assert meta["bytes"] == paths.RAW_TEXT.stat().st_size == len(raw)
    assert verify_raw() == meta


def test_an_edited_copy_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / paths.RAW_TEXT.name
    shutil.copy(paths.RAW_TEXT, copy)
    sidecar = tmp_path / "sources.json"
    shutil.copy(paths.SOURCES, sidecar)
    verify_raw(copy, sidecar)
    copy.write_text(copy.read_text().replace("US$19.1 trillion", "US$19.2 trillion"))
    with pytest.raises(BriconnectError, match="does not match the sidecar"):
        verify_raw(copy, sidecar)


def test_a_missing_entry_is_refused(tmp_path: Path) -> None:
    sidecar = tmp_path / "sources.json"
    sidecar.write_text(json.dumps({"other.txt": {}}))
    with pytest.raises(BriconnectError, match="no entry"):
        verify_raw(paths.RAW_TEXT, sidecar)


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    from briconnect.io import write_all_atomic, write_atomic

    write_atomic(tmp_path / "a.csv", "x\n")
    write_all_atomic([(tmp_path / "b.csv", b"y\n"), (tmp_path / "a.csv", "z\n")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]
    assert (tmp_path / "a.csv").read_text() == "z\n"
    with pytest.raises(FileNotFoundError):
        write_all_atomic([(tmp_path / "c.csv", "1"), (tmp_path / "missing" / "d.csv", "2")])
    assert not (tmp_path / "c.csv").exists()  # nothing replaced unless all could be staged
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]
