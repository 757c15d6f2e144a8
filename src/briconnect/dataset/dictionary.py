"""The data dictionary, read from ``datapackage.yaml`` (beside this module; package data).

That hand-written Frictionless Data Package descriptor is the one source for every table, column,
type, description, unit, allowed value, pattern, required flag and key. This module reads it into
``TABLES`` (for the build, the loaders and the report) and writes ``data/datapackage.json`` (the
descriptor plus the raw text's resource and the CSV format) and ``data/README.md`` from it.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from ..errors import BriconnectError

DESCRIPTOR_NAME = "datapackage.yaml"
TYPES = ("string", "integer", "number", "boolean")
_FIELD_KEYS = {"name", "type", "description", "constraints", "unit", "example"}
_FIELD_KEYS |= {"trueValues", "falseValues"}
_CONSTRAINTS = {"required", "enum", "pattern", "minimum"}
_RESOURCE_KEYS = {"name", "title", "description", "path", "schema"}
_SCHEMA_KEYS = {"fields", "primaryKey", "missingValues", "foreignKeys"}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# How the build writes every table (dataset/build.py: csv.writer, "\n", UTF-8, one header row).
# Added to each table's resource in datapackage.json; the same for all tables, so not per table.
CSV_FORMAT: dict[str, Any] = {
    "profile": "tabular-data-resource",
    "format": "csv",
    "mediatype": "text/csv",
    "encoding": "utf-8",
    "dialect": {"delimiter": ",", "lineTerminator": "\n", "header": True},
}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string, integer, number, boolean
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None
    unit: str | None = None
    example: str | None = None


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    path: str  # relative to data/, e.g. processed/claims.csv
    fields: tuple[Field, ...]
    primary_key: str
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, table, column)

    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


def read_descriptor() -> dict[str, Any]:
    """The descriptor as plain JSON-able data (YAML aliases expanded into separate copies)."""
    source = resources.files(__package__).joinpath(DESCRIPTOR_NAME)
    try:
        loaded = yaml.load(source.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise BriconnectError(
            f"{DESCRIPTOR_NAME}: cannot read the data dictionary ({exc})"
        ) from None
    return json.loads(json.dumps(loaded))


def _problem(where: str, what: str) -> BriconnectError:
    return BriconnectError(f"{DESCRIPTOR_NAME}: {where}: {what}")


def _field(table: str, d: dict[str, Any]) -> Field:
    where = f"{table}.{d.get('name', '?')}"
    if unknown := set(d) - _FIELD_KEYS:
        raise _problem(where, f"unknown keys {sorted(unknown)}")
    if d.get("type") not in TYPES:
        raise _problem(where, f"type {d.get('type')!r} is not one of {', '.join(TYPES)}")
    if not d.get("description"):
        raise _problem(where, "no description")
    c = d.get("constraints", {})
    if unknown := set(c) - _CONSTRAINTS:
        raise _problem(where, f"unknown constraints {sorted(unknown)}")
    return Field(
        name=d["name"],
        type=d["type"],
        description=d["description"],
        required=bool(c.get("required", False)),
        enum=tuple(c["enum"]) if "enum" in c else None,
        pattern=c.get("pattern"),
        minimum=c.get("minimum"),
        unit=d.get("unit"),
        example=d.get("example"),
    )


def _tables(descriptor: dict[str, Any]) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for r in descriptor["resources"]:
        name = r["name"]
        if unknown := set(r) - _RESOURCE_KEYS:
            raise _problem(name, f"unknown keys {sorted(unknown)}")
        if r["path"] != f"processed/{name}.csv":
            raise _problem(name, f"path {r['path']!r} is not processed/{name}.csv")
        schema = r["schema"]
        if unknown := set(schema) - _SCHEMA_KEYS:
            raise _problem(name, f"unknown schema keys {sorted(unknown)}")
        fields = tuple(_field(name, f) for f in schema["fields"])
        names = [f.name for f in fields]
        if len(set(names)) != len(names):
            raise _problem(name, "a column is declared twice")
        key = schema["primaryKey"]
        if len(key) != 1 or key[0] not in names:
            raise _problem(name, f"primaryKey {key} must be one of its columns")
        fks = tuple(
            (fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
            for fk in schema.get("foreignKeys", [])
        )
        tables[name] = Table(name, r["title"], r["description"], r["path"], fields, key[0], fks)
    for t in tables.values():
        for column, other, other_column in t.foreign_keys:
            target = tables[other].field_names() if other in tables else []
            if column not in t.field_names() or other_column not in target:
                raise _problem(
                    t.name, f"foreign key {column} -> {other}.{other_column} is dangling"
                )
    return tables


DESCRIPTOR: dict[str, Any] = read_descriptor()
TABLES: dict[str, Table] = _tables(DESCRIPTOR)


def table_resources() -> list[dict[str, Any]]:
    """Each table's resource as in datapackage.json: the descriptor's, with the CSV format."""
    out = []
    for r in copy.deepcopy(DESCRIPTOR["resources"]):
        schema = r.pop("schema")
        out.append({**r, **copy.deepcopy(CSV_FORMAT), "schema": schema})
    return out


def datapackage(sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The Frictionless data package descriptor for data/: the raw text and every table."""
    raw = [
        {
            "name": "raw-text",
            "path": f"raw/{name}",
            "title": meta["title"],
            "description": meta["note"],
            "format": "txt",
            "mediatype": "text/plain",
            "encoding": "utf-8",
            "bytes": meta["bytes"],
            "hash": f"sha256:{meta['sha256']}",
            "sources": [{"title": meta["publisher"], "date": meta["date_published"]}],
        }
        for name, meta in sorted(sources.items())
    ]
    package = {k: copy.deepcopy(v) for k, v in DESCRIPTOR.items() if k != "resources"}
    package["sources"] = [
        {"title": m["publisher"], "date": m["date_published"]} for m in sources.values()
    ]
    package["resources"] = raw + table_resources()
    return package


def datapackage_json(sources: dict[str, dict[str, Any]]) -> str:
    return json.dumps(datapackage(sources), indent=2, ensure_ascii=False) + "\n"


def readme_markdown() -> str:
    """data/README.md: the same dictionary, for people."""
    lines = [
        "# Data dictionary",
        "",
        f"<!-- Generated from src/briconnect/dataset/{DESCRIPTOR_NAME} by `make data`; "
        "edit that, not this. -->",
        "",
        "`raw/` holds the verbatim chapter and its provenance sidecar (see `raw/README.md`).",
        "`processed/` holds the tables below, regenerated by `make data` and validated against",
        "this dictionary (also available as Frictionless `datapackage.json`) on every build.",
        "Every offset indexes the raw text: `raw[start:end]` gives back the row's words.",
        "Missing values are empty cells. Booleans are `true`/`false`.",
        "",
        "```python",
        "from briconnect import data",
        "",
        "claims = data.load_claims()  # a pandas DataFrame with the right types",
        "```",
        "",
    ]
    for t in TABLES.values():
        lines += [
            f"## `{t.path}`: {t.title}",
            "",
            t.description,
            "",
            f"Primary key: `{t.primary_key}`.",
        ]
        for col, table, rcol in t.foreign_keys:
            lines[-1] += f" `{col}` refers to `{table}.{rcol}`."
        lines += [
            "",
            "| column | type | required | allowed values | description |",
            "| --- | --- | --- | --- | --- |",
        ]
        for f in t.fields:
            allowed = ", ".join(f"`{v}`" for v in f.enum) if f.enum else ""
            if f.pattern:
                allowed = f"pattern `{f.pattern}`"
            if f.minimum is not None:
                allowed = f">= {f.minimum}"
            desc = f.description.replace("|", "\\|")
            if f.example:
                desc += f" (e.g. `{f.example}`)"
            lines.append(
                f"| `{f.name}` | {f.type} | {'yes' if f.required else 'no'} | {allowed} | {desc} |"
            )
        lines.append("")
    return "\n".join(lines)
