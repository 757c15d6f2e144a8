"""The house: Chapter III's rules are data, the general extractor knows no chapter, arrows
point one way."""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path

import pytest

from briconnect import paths
from briconnect.chapter3 import extract_chapter, vocabulary
from briconnect.extract import extract_all

SRC = Path(__file__).resolve().parents[1] / "src" / "briconnect"


def _literals(path: Path) -> list[str]:
    """String constants of a module, docstrings left out (they may quote examples)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def _vocabulary_phrases() -> list[str]:
    """Every literal phrase of rules.yaml (names, places, heads, leads), not the regexes."""
    data = vocabulary.load()
    p, m, a, c = data["projects"], data["mechanisms"], data["alignments"], data["corridors"]
    return [
        *c["economic"],
        *c["paragraph_openers"],
        *p["heads"],
        *p["lower_modifiers"],
        *p["places"],
        *m["two_word_heads"],
        *m["kind_overrides"],
        *m["aliases"],
        *m["compound_words"],
        *m["not_bodies"],
        *m["spellings"],
        *a["level_leads"],
        *a["organizations"],
    ]


def test_every_phrase_of_the_data_file_occurs_in_the_chapter(raw: str) -> None:
    missing = [w for w in _vocabulary_phrases() if not re.search(rf"\b{re.escape(w)}", raw)]
    assert missing == []


def test_every_pattern_of_the_data_file_matches_the_chapter(raw: str) -> None:
    data = vocabulary.load()
    patterns = [
        data["corridors"]["lead"],
        *data["corridors"]["block_openers"],
        *data["alignments"]["lists"],
        *(r["pattern"] for r in data["projects"]["patterns"] + data["projects"]["lists"]),
        *(c["pattern"] for c in data["projects"]["status_cues"]),
    ]
    rules = vocabulary.rules()
    from briconnect.extract.rules import expand

    unmatched = [p for p in patterns if not re.search(expand(p), raw, re.M)]
    assert unmatched == [], "every rule must be used by the chapter"
    assert rules.home_country == "CHN"


def test_the_general_extractor_holds_no_phrase_of_the_chapters_vocabulary() -> None:
    phrases = _vocabulary_phrases()
    for module in sorted((SRC / "extract").glob("*.py")):
        for literal in _literals(module):
            inside = [w for w in phrases if len(w) > 3 and w in literal]
            assert inside == [], f"{module.name}: {inside}"


# Multi-word phrases in the general extractor's code that also occur in the chapter: general
# English that any text of the genre uses. A new entry here is a decision, made in review.
GENERAL_PHRASES = {
    "a dozen",
    "the first",
    "stage of",
    "achieved an",
    "are being",
    "being explored",
    "carried out",
    "carrying out",
    "has reached",
    "for the",  # "plans for the construction of the A" is no construction under way
    "are in",
    "connected to the power grid",
    "construction project",
    "connected to the",
    "did not",
    "Cooperation Zone",
    "Economic Zone",
    "entered service",
    "feasibility study",
    "financial institution",
    "Gas Pipeline",
    "growth rate",
    "had been",
    "has been",
    "have been",
    "have started",
    "High-speed Railway",
    "Highway Bridge",
    "Hydropower Station",
    "industrial park",
    "Industrial Park",
    "made good",
    "making steady",
    "more than",
    "of the",
    "officially launched a",
    "onstruction projects",
    "open to traffic",
    "power plant",
    "Power Plant",
    "power station",
    "Railway Bridge",
    "Relying on",
    "section of the",
    "seen major",
    "Special Economic Zone",
    "such as",
    "taking shape",
    "tens of thousands",
    "to traffic",
    "total of",
    "track-laying has started",
    "transport channel",
    "units of the",
}


def test_general_extractor_literals_in_the_chapter_are_general_english(raw: str) -> None:
    found = set()
    for module in sorted((SRC / "extract").glob("*.py")):
        for literal in _literals(module):
            for phrase in re.findall(r"[A-Za-z][A-Za-z'-]{2,}(?: [A-Za-z][A-Za-z'-]*)+", literal):
                if phrase in raw:
                    found.add(phrase)
    assert found - GENERAL_PHRASES == set()


def test_changing_one_status_cue_changes_only_the_rows_it_reads(raw, monkeypatch) -> None:
    before = extract_chapter(raw, strict=True)
    data = copy.deepcopy(vocabulary.load())
    cues = data["projects"]["status_cues"]
    data["projects"]["status_cues"] = [
        c for c in cues if "providing sound service" not in c["pattern"]
    ]
    monkeypatch.setattr(vocabulary, "load", lambda: data)
    after = extract_chapter(raw, strict=True)
    changed = [
        (b["name"], b["status_text"], a["status_text"])
        for b, a in zip(before["projects"], after["projects"], strict=True)
        if a != b
    ]
    assert changed == [
        (
            "China-Laos Railway",
            "has been completed and is providing sound service",
            "has been completed",
        )
    ]
    for name in before:
        if name != "projects":
            assert before[name] == after[name], name


def test_the_general_rules_know_no_corridor(raw) -> None:
    general = extract_all(raw)
    assert {r["corridor"] for r in general["projects"]} == {"other"}
    assert "alignments" not in general and "checks" not in general
    chapter = extract_chapter(raw, strict=True)
    assert general["claims"] == chapter["claims"]  # quantities need no chapter rules


# ---------------------------------------------------------------- arrows point one way

LAYERS = {"extract": 0, "chapter3": 1, "dataset": 2, "report": 3}


def _imports(module: Path) -> set[str]:
    """Subpackages of briconnect a module imports (relative or absolute)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    here = module.relative_to(SRC).parts
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level])
                name = ".".join(base + ([node.module] if node.module else []))
                names = (
                    [name] if node.module else [f"{name}.{a.name}".strip(".") for a in node.names]
                )
            elif (node.module or "").startswith("briconnect."):
                names = [node.module]
            else:
                continue
            for n in names:
                parts = [p for p in n.replace("briconnect.", "").split(".") if p]
                if parts:
                    out.add(parts[0])
        elif isinstance(node, ast.Import):
            out |= {a.name.split(".")[1] for a in node.names if a.name.startswith("briconnect.")}
    return out


@pytest.mark.parametrize("stage", sorted(LAYERS))
def test_arrows_point_one_way(stage: str) -> None:
    for module in sorted((SRC / stage).glob("*.py")):
        for target in _imports(module):
            if target in LAYERS:
                assert LAYERS[target] <= LAYERS[stage], f"{module.name} imports {target}"
            elif stage == "extract":
                assert target == "extract", f"extract/{module.name} imports briconnect.{target}"


def test_paths_follow_the_working_directory_and_the_environment(tmp_path, monkeypatch) -> None:
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "data" / "raw" / "sources.json").write_text("{}")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    assert tmp_path.resolve() == paths.ROOT
    assert tmp_path.resolve() / "data" / "processed" == paths.PROCESSED
    monkeypatch.chdir(Path(__file__).parent)
    monkeypatch.setenv("BRICONNECT_ROOT", str(tmp_path))
    assert tmp_path.resolve() == paths.ROOT
