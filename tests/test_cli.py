"""The command line: other texts of the genre, and bad input handled in one line."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from briconnect import cli, paths
from briconnect.dataset.dictionary import TABLES

GENRE = """Xinhua | March 1, 2024
Cooperation in the Digital Economy
By the end of 2023, China had signed 17 MoUs with more than 30 countries. Trade reached $240 billion.
1. Trade
In 2023, bilateral trade hit 145.72 billion yuan, up 7.7% on the year. Investment totaled US$1T over two decades.
2. People
Some 3,000 students from Kazakhstan and the Philippines studied in China twice.
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briconnect", *args], capture_output=True, text=True, check=False
    )


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_extract_a_text_of_the_genre(tmp_path: Path) -> None:
    src = tmp_path / "paper.txt"
    src.write_text(GENRE, encoding="utf-8")
    out = tmp_path / "out"
    result = run("extract", str(src), "--out", str(out))
    assert result.returncode == 0, result.stderr
    claims = read(out / "claims.csv")
    got = [(c["section"], c["mention"], float(c["value"]), c["unit"], c["as_of"]) for c in claims]
    assert got == [
        ("0", "17", 17.0, "count", "2023-12-31"),
        ("0", "more than 30", 30.0, "count", "2023-12-31"),
        ("0", "$240 billion", 240e9, "USD", ""),
        ("1", "145.72 billion yuan", 145.72e9, "RMB", "2023"),
        ("1", "7.7%", 7.7, "percent", "2023"),
        ("1", "US$1T", 1e12, "USD", ""),
        ("1", "two decades", 20.0, "years", ""),
        ("2", "Some 3,000", 3000.0, "count", ""),
        ("2", "twice", 2.0, "times", ""),
    ]
    assert {c["iso3"] for c in read(out / "countries.csv")} == {"CHN", "KAZ", "PHL"}
    text = src.read_text(encoding="utf-8")
    for c in claims:
        assert text[int(c["start"]) : int(c["end"])] == c["mention"]


def test_no_headings_means_section_zero(tmp_path: Path) -> None:
    src = tmp_path / "plain.txt"
    src.write_text("More than 150 countries have joined. Nearly 3,000 projects started.\n")
    assert cli.main(["extract", str(src), "--out", str(tmp_path / "o")]) == 0
    assert {c["section"] for c in read(tmp_path / "o" / "claims.csv")} == {"0"}


def test_same_input_same_bytes(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert cli.main(["extract", str(paths.RAW_TEXT), "--out", str(tmp_path / name)]) == 0
    for table in ("claims", "sentences", "countries", "sections"):
        assert (tmp_path / "a" / f"{table}.csv").read_bytes() == (
            tmp_path / "b" / f"{table}.csv"
        ).read_bytes()


BAD_INPUTS = {
    "missing": (None, "no such file"),
    "directory": ("DIR", "is a directory"),
    "empty": (b"", "file is empty"),
    "blank": (b"  \n\n", "file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin-1": ("Caf\u00e9 trade rose 5 percent.".encode("latin-1"), "not valid UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_one_line_no_traceback_nothing_written(case: str, tmp_path: Path) -> None:
    content, message = BAD_INPUTS[case]
    src = tmp_path / "input.txt"
    if content == "DIR":
        src.mkdir()
    elif content is not None:
        src.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    good = out / "claims.csv"
    good.write_text("a good earlier output\n")
    result = run("extract", str(src), "--out", str(out))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briconnect: error: ") and message in lines[0]
    assert "Traceback" not in result.stderr
    assert good.read_text() == "a good earlier output\n"
    assert sorted(p.name for p in out.iterdir()) == ["claims.csv"]


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("China signed 5 deals.\n")
    target = tmp_path / "file"
    target.write_text("x")
    result = run("extract", str(src), "--out", str(target))
    assert result.returncode == 2 and "not a directory" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_usage_errors_exit_non_zero() -> None:
    for args in (("extract",), ("report",), ("bogus",), ("report", "run")):
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("briconnect: error: "), args
        assert len(result.stderr.splitlines()) == 1, args


def test_validate_command() -> None:
    result = run("validate")
    assert result.returncode == 0 and "valid" in result.stdout


def test_validate_rejects_a_tampered_table(tmp_path: Path) -> None:
    for name in TABLES:  # validate needs every table of the dictionary
        data = (paths.PROCESSED / f"{name}.csv").read_text(encoding="utf-8")
        if name == "claims":
            data = data.replace(",USD,", ",dollars,", 1)
        (tmp_path / f"{name}.csv").write_text(data, encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.returncode == 2
    assert "'dollars' is not one of" in result.stderr


def test_a_long_text_with_repeated_section_numbers(tmp_path: Path) -> None:
    """Offsets past 99,999 and sections numbered again: ids widen, keys stay unique."""
    src = tmp_path / "long.txt"
    src.write_text("\n".join([paths.RAW_TEXT.read_text(encoding="utf-8")] * 3), encoding="utf-8")
    assert cli.main(["extract", str(src), "--out", str(tmp_path / "o")]) == 0
    claims = read(tmp_path / "o" / "claims.csv")
    assert len(claims) == 3 * 187
    assert claims[-1]["claim_id"].startswith("c1") and len(claims[-1]["claim_id"]) == 7
