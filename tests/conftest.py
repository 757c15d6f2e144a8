"""Shared fixtures: the raw chapter and the committed tables, read once per session."""

from __future__ import annotations

import csv

import pytest

from briconnect import paths


@pytest.fixture(scope="session")
def raw() -> str:
    return paths.RAW_TEXT.read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    with (paths.PROCESSED / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _table_fixture(name: str):
    @pytest.fixture(scope="session", name=name)
    def rows() -> list[dict[str, str]]:
        return _rows(name)

    return rows


# One session fixture per table, named after it: claims, sentences, countries, projects, ...
for _name in ("claims", "sentences", "countries", "sections", "projects", "alignments",
              "mechanisms", "checks"):  # fmt: skip
    globals()[_name] = _table_fixture(_name)


@pytest.fixture(scope="session")
def sentences_by_id(sentences: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {r["sentence_id"]: r for r in sentences}
