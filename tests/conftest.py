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


@pytest.fixture(scope="session")
def claims() -> list[dict[str, str]]:
    return _rows("claims")


@pytest.fixture(scope="session")
def sentences() -> list[dict[str, str]]:
    return _rows("sentences")


@pytest.fixture(scope="session")
def countries() -> list[dict[str, str]]:
    return _rows("countries")


@pytest.fixture(scope="session")
def sections() -> list[dict[str, str]]:
    return _rows("sections")
