"""The data dictionary (dataset/datapackage.yaml) and the validation built on it."""

from __future__ import annotations

import fnmatch
import importlib
import json
import shutil
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from briconnect import paths
from briconnect.dataset.dictionary import TABLES
from briconnect.dataset.validate import validate_folder, validate_tables
from briconnect.errors import BriconnectError

# Constants the extractor and the chapter rules keep in code (extract/ imports nothing from
# dataset/), and the column whose enum in the dictionary they must equal.
VOCABULARIES = [
    ("briconnect.extract.quantities", "UNITS", "claims", "unit"),
    ("briconnect.extract.quantities", "UNITS", "checks", "unit"),
    ("briconnect.extract.quantities", "QUALIFIERS", "claims", "qualifier"),
    ("briconnect.extract.quantities", "TIERS", "claims", "tier"),
    ("briconnect.extract.countries", "KINDS", "countries", "kind"),
    ("briconnect.extract.projects", "STATUSES", "projects", "status"),
    ("briconnect.extract.projects", "PROJECT_KINDS", "projects", "kind"),
    ("briconnect.extract.projects", "COUNTRY_BASES", "projects", "countries_basis"),
    ("briconnect.extract.mechanisms", "MECHANISM_KINDS", "mechanisms", "kind"),
    ("briconnect.chapter3.vocabulary", "CORRIDORS", "projects", "corridor"),
    ("briconnect.chapter3.vocabulary", "ALIGNMENT_LEVELS", "alignments", "level"),
    ("briconnect.chapter3.vocabulary", "PARTNER_TYPES", "alignments", "partner_type"),
    ("briconnect.chapter3.checks", "CHECK_KINDS", "checks", "kind"),
    ("briconnect.chapter3.checks", "RELATIONS", "checks", "relation"),
    ("briconnect.chapter3.checks", "VERDICTS", "checks", "verdict"),
]


@pytest.mark.parametrize(("module", "name", "table", "column"), VOCABULARIES)
def test_code_vocabularies_equal_the_dictionary(
    module: str, name: str, table: str, column: str
) -> None:
    constant = getattr(importlib.import_module(module), name)
    field = next(f for f in TABLES[table].fields if f.name == column)
    assert tuple(constant) == field.enum


def test_the_dictionary_imports_no_extraction_rules() -> None:
    code = (
        "import sys, briconnect.dataset.dictionary;"
        "print([m for m in sys.modules if m.startswith(('briconnect.extract', 'briconnect.chapter3'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_descriptor_ships_as_package_data() -> None:
    assert resources.files("briconnect.dataset").joinpath("datapackage.yaml").is_file()
    pyproject = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["briconnect"]
    assert any(fnmatch.fnmatch("dataset/datapackage.yaml", p) for p in patterns)


def test_tables_keep_their_columns_and_keys() -> None:
    assert list(TABLES) == [
        "sections", "sentences", "claims", "countries", "projects", "alignments", "mechanisms", "checks"
    ]  # fmt: skip
    claims = TABLES["claims"]
    assert claims.path == "processed/claims.csv" and claims.primary_key == "claim_id"
    assert claims.foreign_keys == (("sentence_id", "sentences", "sentence_id"),)
    assert claims.field_names()[:4] == ["claim_id", "section", "sentence_id", "start"]
    unit = next(f for f in claims.fields if f.name == "unit")
    assert unit.type == "string" and unit.required and "km_per_hour" in (unit.enum or ())
    assert not next(f for f in claims.fields if f.name == "counted").required
    package = json.loads(paths.DATAPACKAGE.read_text(encoding="utf-8"))
    assert package["profile"] == "data-package"


def test_frictionless_accepts_the_package() -> None:
    """What `frictionless validate data/datapackage.json` does, through its Python API."""
    from frictionless import Package

    report = Package(str(paths.DATAPACKAGE)).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    assert {task.name for task in report.tasks} == {"raw-text", *TABLES}


# ---------------------------------------------------------------- validation


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of data/processed to break."""
    out = tmp_path / "processed"
    shutil.copytree(paths.PROCESSED, out)
    return out


def edit(folder: Path, table: str, old: str, new: str) -> int:
    """Replace the first old in table's CSV by new; the row (file line) it was on."""
    path = folder / f"{table}.csv"
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[: at + len(old) - len(old.lstrip("\n"))].count("\n") + 1


def error(folder: Path, text: str | None = None) -> str:
    with pytest.raises(BriconnectError) as info:
        validate_folder(folder, text)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_committed_tables_are_valid() -> None:
    raw = paths.RAW_TEXT.read_text(encoding="utf-8")
    assert validate_folder(paths.PROCESSED, raw) == len(TABLES)


def test_bad_enum(folder: Path) -> None:
    row = edit(folder, "claims", ",USD,", ",dollars,")
    assert f"claims.csv row {row}, unit: 'dollars' is not one of USD, RMB" in error(folder)


def test_missing_required_string(folder: Path) -> None:
    # the hand-written checks let empty required strings through; frictionless does not
    row = edit(folder, "countries", ",LAO,Laos,", ",LAO,,")
    assert f"countries.csv row {row}, country: is empty but required" in error(folder)


def test_dangling_foreign_key(folder: Path) -> None:
    lines = (folder / "claims.csv").read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    row = edit(folder, "claims", lines[1], ",".join([cells[0], cells[1], "9999", *cells[3:]]))
    message = error(folder)
    assert f"claims.csv row {row}, sentence_id: '9999' is not a key of sentences.csv" in message


def test_foreign_keys_checked_by_hand_agree_with_frictionless(folder: Path) -> None:
    """In process, foreign keys are checked from the parsed tables (faster); frictionless,
    given the same tables with the dictionary's keys, finds the same dangling cells."""
    from frictionless import Package

    from briconnect.dataset.dictionary import table_resources
    from briconnect.dataset.validate import foreign_key_problems, parse_csv

    for table in ("claims", "projects"):
        lines = (folder / f"{table}.csv").read_text(encoding="utf-8").splitlines()
        header = lines[0].split(",")
        at = header.index("sentence_id")
        cells = lines[2].split(",")
        edit(folder, table, lines[2], ",".join([*cells[:at], "7777", *cells[at + 1 :]]))
    parsed = {
        name: parse_csv(name, (folder / f"{name}.csv").read_text(encoding="utf-8"))
        for name in TABLES
    }
    mine = foreign_key_problems(parsed)
    assert mine == [
        "claims.csv row 3, sentence_id: '7777' is not a key of sentences.csv (foreign key)",
        "projects.csv row 3, sentence_id: '7777' is not a key of sentences.csv (foreign key)",
    ]
    resources = []
    for r in table_resources():
        r["path"] = f"{r['name']}.csv"
        resources.append(r)
    report = Package({"resources": resources}, basepath=str(folder)).validate()
    theirs = sorted(
        (task.name, error.row_number)
        for task in report.tasks
        for error in task.errors
        if error.type == "foreign-key"
    )
    assert theirs == [("claims", 3), ("projects", 3)]


def test_duplicate_primary_key(folder: Path) -> None:
    lines = (folder / "sentences.csv").read_text(encoding="utf-8").splitlines()
    (folder / "sentences.csv").write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    assert f"sentences.csv row {len(lines) + 1}, sentence_id: duplicate" in error(folder)


@pytest.mark.parametrize(
    ("table", "old", "new", "expected"),
    [
        ("claims", ",2022,", ",June 2022,", "as_of: 'June 2022' does not match"),
        ("sections", "\n1,", "\none,", "section: 'one' is not an integer"),
        ("sections", "\n1,", "\n-1,", "section: -1 is below 0"),
        ("countries", ",false\n", ",no\n", "in_name: 'no' is not a boolean"),
        ("claims", ",2900000000000,", ",nan,", "value: 'nan' is not finite"),
    ],
)
def test_cell_problems(folder: Path, table: str, old: str, new: str, expected: str) -> None:
    row = edit(folder, table, old, new)
    assert f"{table}.csv row {row}, {expected}" in error(folder)


def test_wrong_columns(folder: Path) -> None:
    edit(folder, "checks", "check_id,", "id,")
    assert "checks.csv row 1: columns ['id', " in error(folder)


def test_non_utf8_bytes(folder: Path) -> None:
    path = folder / "mechanisms.csv"
    data = path.read_bytes()
    path.write_bytes(data.replace(b"Forum", b"For\xffum", 1))
    line = data[: data.index(b"Forum")].count(b"\n") + 1
    assert f"mechanisms.csv: not UTF-8 (byte 0xff on line {line})" in error(folder)


def test_malformed_csv(folder: Path) -> None:
    edit(folder, "projects", "\np-", '\n"p-')
    assert "projects.csv line 19: malformed CSV (',' expected after '\"')" in error(folder)


def test_missing_file_and_folder(folder: Path) -> None:
    (folder / "checks.csv").unlink()
    assert error(folder).endswith("missing checks.csv")
    assert error(folder / "nowhere").endswith("nowhere: no such folder")


def test_span_that_does_not_slice_back(folder: Path) -> None:
    raw = paths.RAW_TEXT.read_text(encoding="utf-8")
    row = edit(folder, "claims", "nearly US$2.9 trillion", "nearly US$3 trillion")
    assert f"claims.csv row {row}, mention: raw[" in error(folder, raw)


def test_validate_tables_in_memory() -> None:
    texts = {n: (paths.PROCESSED / f"{n}.csv").read_text(encoding="utf-8") for n in TABLES}
    validate_tables(texts, paths.RAW_TEXT.read_text(encoding="utf-8"))
    texts["checks"] = texts["checks"].replace(",consistent,", ",fine,", 1)
    with pytest.raises(BriconnectError, match=r"checks\.csv row \d+, verdict: 'fine' is not one"):
        validate_tables(texts, None)
    with pytest.raises(BriconnectError, match="no table claim in the data dictionary"):
        validate_tables({"claim": ""}, None)


def test_validate_tables_checks_a_subset() -> None:
    """Only the given tables; foreign keys into tables not given are not followed."""
    claims = (paths.PROCESSED / "claims.csv").read_text(encoding="utf-8")
    validate_tables({"claims": claims}, None)
