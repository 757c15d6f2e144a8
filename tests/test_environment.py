"""The pinned environment: requirements.txt, environment.yml and the lock agree."""

from __future__ import annotations

import re

from briconnect import paths


def pins(text: str) -> dict[str, str]:
    found = re.findall(r"^\s*(?:-\s+)?([A-Za-z0-9_.-]+)==([^\s#]+)", text, flags=re.M)
    return {name.lower().replace("_", "-"): version for name, version in found}


def test_environment_yml_names_the_same_versions() -> None:
    direct = pins((paths.ROOT / "requirements.txt").read_text())
    conda = pins((paths.ROOT / "environment.yml").read_text())
    assert direct, "requirements.txt pins nothing"
    assert conda == direct


def test_lock_contains_every_direct_pin() -> None:
    direct = pins((paths.ROOT / "requirements.txt").read_text())
    lock = pins((paths.ROOT / "requirements.lock").read_text())
    assert {k: lock.get(k) for k in direct} == direct
    assert len(lock) > len(direct)  # the lock pins transitive dependencies too


def test_every_direct_dependency_is_exact() -> None:
    for line in (paths.ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            assert re.fullmatch(r"[A-Za-z0-9_.-]+==[\w.]+", line), line
