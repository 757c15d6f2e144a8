"""The annotated source reader (reports/source.html) and the claims explorer (reports/claims.html):
every row marked once with exactly its words, marks in document order, text escaped, pages
byte-identical on rebuild and self-contained."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briconnect import paths
from briconnect.errors import BriconnectError
from briconnect.report import explorer, reader
from briconnect.report.site import render

SOURCE = paths.REPORTS / "source.html"
CLAIMS = paths.REPORTS / "claims.html"
LAYER_IDS = ("claim", "country", "project", "mechanism")


class Marks(HTMLParser):
    """The text of every element with a data-<layer>-id attribute, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str] | None] = []
        self.open: dict[int, list[str]] = {}
        self.found: list[tuple[str, str, str]] = []  # (layer, id, text)
        self.text: dict[int, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "meta", "input", "img"):
            return
        a = dict(attrs)
        key = next(((la, a[f"data-{la}-id"]) for la in LAYER_IDS if f"data-{la}-id" in a), None)
        self.stack.append(key)
        if key:
            self.text[len(self.stack)] = []

    def handle_endtag(self, tag):
        if tag in ("br", "meta", "input", "img") or not self.stack:
            return
        depth = len(self.stack)
        key = self.stack.pop()
        if key:
            self.found.append((key[0], key[1], "".join(self.text.pop(depth))))

    def handle_data(self, data):
        for depth in self.text:
            self.text[depth].append(data)


def marks_of(html: str) -> list[tuple[str, str, str]]:
    parser = Marks()
    parser.feed(html)
    return parser.found


@pytest.fixture(scope="module")
def page() -> str:
    assert SOURCE.is_file(), "run `make report` first"
    return SOURCE.read_text(encoding="utf-8")


def test_every_claim_is_marked_once_with_its_mention(page: str, claims) -> None:
    found = [(i, t) for layer, i, t in marks_of(page) if layer == "claim"]
    assert sorted(found) == sorted((c["claim_id"], c["mention"]) for c in claims)


@pytest.mark.parametrize(
    ("layer", "table", "id_column"),
    [("country", "countries", "mention_id"), ("project", "projects", "project_id"),
     ("mechanism", "mechanisms", "mention_id")],
)  # fmt: skip
def test_every_entity_is_marked_once_with_its_words(page, raw, request, layer, table, id_column):
    rows = request.getfixturevalue(table)
    found = sorted((i, t) for la, i, t in marks_of(page) if la == layer)
    expected = sorted((r[id_column], raw[int(r["start"]) : int(r["end"])]) for r in rows)
    assert found == expected


def test_marks_follow_the_text(page: str, claims) -> None:
    starts = {c["claim_id"]: int(c["start"]) for c in claims}
    order = [i for layer, i, _ in marks_of(page) if layer == "claim"]
    assert order == sorted(order, key=starts.get)
    assert page.count('tabindex="0"') >= len(claims)


def test_mark_ids_are_unique_anchors(page: str) -> None:
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_each_check_is_listed_with_its_verdict_and_linked(page: str, checks) -> None:
    for c in checks:
        assert f'id="check-{c["check_id"]}"' in page
        assert f'href="#check-{c["check_id"]}"' in page


def test_sort_and_nest() -> None:
    a = reader.Mark("project", "p", 0, 12, "project", "")
    b = reader.Mark("country", "c", 0, 5, "country", "")
    assert reader.sort_marks([b, a]) == [a, b]
    nodes = reader.nest("China-Laos R", 0, 12, [a, b])
    assert nodes[0].mark == a and nodes[0].children[0].mark == b
    assert reader.text_of(nodes) == "China-Laos R"
    with pytest.raises(BriconnectError, match="overlap"):
        reader.nest("abcdef", 0, 6, [reader.Mark("claim", "x", 0, 3, "q-exact", ""),
                                     reader.Mark("claim", "y", 2, 5, "q-exact", "")])  # fmt: skip


def test_text_and_descriptions_are_escaped() -> None:
    mark = reader.Mark("claim", "c1", 4, 9, "q-exact", 'say "<b>" & co')
    nodes = (reader.Node(text="a < "), reader.Node(mark=mark, children=(reader.Node(text="<i>&"),)))
    part = reader.Part(1, "section-1", (reader.Node(text="1. T&C"),), "1. T&C", [nodes])
    page = reader.Page((reader.Node(text="<script>x</script>"),), (), [part], [], [], {"claim": 1})
    html = render("source.html.j2", page=page, source={"title": "t", "publisher": "p",
                                                        "date_published": "d"})  # fmt: skip
    assert "<script>x" not in html and "&lt;script&gt;x" in html
    assert "a &lt; " in html and "&lt;i&gt;&amp;" in html and "1. T&amp;C" in html
    assert 'aria-description="say &#34;&lt;b&gt;&#34; &amp; co"' in html
    assert marks_of(html) == [("claim", "c1", "<i>&")]


def test_amounts_read_as_a_reader_says_them() -> None:
    assert reader.amount(2.9e12, "USD") == "US$2.9 trillion (2,900,000,000,000)"
    assert reader.amount(6.4, "percent") == "6.4%"
    assert reader.amount(110.0, "count") == "110"
    assert reader.bounds(110.0, float("nan"), "count").startswith("at least 110")


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    for build, committed in ((reader.build_source, SOURCE), (explorer.build_claims, CLAIMS)):
        first = build(tmp_path).read_bytes()
        assert build(tmp_path).read_bytes() == first
        # The download link points from the page to data/processed/, wherever the page is.
        csv = os.path.relpath(paths.PROCESSED / "claims.csv", tmp_path / "reports").encode()
        first = first.replace(csv, b"../data/processed/claims.csv")
        assert first == committed.read_bytes(), f"{committed.name} is stale: run `make report`"


@pytest.mark.parametrize("path", [SOURCE, CLAIMS], ids=["source", "claims"])
def test_pages_are_self_contained(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "<link" not in html
    assert html.count("<h1") == 1 and "<main" in html
    assert len(html.encode()) < 1_000_000


def test_explorer_lists_every_claim_linking_to_the_reader(claims) -> None:
    html = CLAIMS.read_text(encoding="utf-8")
    links = re.findall(r'href="source\.html#(c\d+)"', html)
    assert sorted(links) == sorted(c["claim_id"] for c in claims)
    assert f'id="{explorer.TABLE_ID}"' in html
    assert 'href="../data/processed/claims.csv" download' in html
    assert '<template id="dt-bundle">' in html


def test_notebook_pages_link_their_claim_ids_to_the_reader() -> None:
    source = (paths.REPORTS / "source.html").read_text(encoding="utf-8")
    page = (paths.REPORTS / "html" / "03-trade.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="\.\./source\.html#(c\d+)"', page))
    assert "c16177" in linked  # "nearly US$2.9 trillion", shown in notebook 03's table
    assert all(f'id="{c}"' in source for c in linked)
