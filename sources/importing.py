"""Bulk import of the source registry from CSV or JSON, through the admin's own SourceForm."""

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, transaction
from django.forms.models import model_to_dict

from .forms import SourceForm, homepage_normalize
from .models import Source

FIELDS = SourceForm._meta.fields
LIST_FIELDS = {"domains", "languages", "feeds"}
MAX_FILE_BYTES = 20 * 1024 * 1024
TRUE = {"1", "true", "yes", "y", "oui", "on"}
FALSE = {"0", "false", "no", "n", "non", "off", ""}
KIND_BY_LABEL = {str(label).casefold(): value for value, label in Source.Kind.choices}


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing was imported."""


@dataclass
class RowError:
    where: str  # "line 4" (CSV) or "line 12 (item 3)" (JSON)
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return f"created {self.created}, updated {self.updated}, errors {len(self.errors)}, unchanged {self.unchanged}"


def read_text(path: str | Path) -> str:
    """The file's text, or a plain reason why it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(f"{path} is too large ({size} bytes; at most {MAX_FILE_BYTES}).")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a directory, not a file.") from None
    except OSError as exc:
        raise ImportFileError(f"cannot read {path}: {exc.strerror or exc}.") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(
            f"{path} is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8 and retry."
        ) from None


def rows_from_json(text: str):
    """Yield (where, row) for each item of a JSON list; "where" names its line and item number."""
    decoder = json.JSONDecoder()

    def line_of(offset: int) -> int:
        return text.count("\n", 0, offset) + 1

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"invalid JSON on line {exc.lineno}, column {exc.colno}: {exc.msg}.") from None
    if not isinstance(data, list):
        raise ImportFileError("the JSON file must hold a list of sources ([{...}, {...}]).")
    # Walk the list again item by item, only to learn on which line each item starts.
    position = text.index("[") + 1
    for number in range(1, len(data) + 1):
        while text[position] in " \t\r\n,":
            position += 1
        item, end = decoder.raw_decode(text, position)
        where = f"line {line_of(position)} (item {number})"
        position = end
        if not isinstance(item, dict):
            yield where, ValueError("this item is not an object with field names")
            continue
        yield where, item


def rows_from_csv(text: str):
    """Yield (where, row) for each CSV record; lists are separated by "|"."""
    first_line = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(first_line, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError("the CSV file is empty.") from None
    except csv.Error as exc:
        raise ImportFileError(f"unreadable CSV header: {exc}.") from None
    header = [name.strip().lower() for name in header]
    unknown = [name for name in header if name not in FIELDS]
    if unknown:
        raise ImportFileError(
            f"unknown column(s) {', '.join(unknown) or '(empty)'}; the columns are: {', '.join(FIELDS)}."
        )
    if "homepage" not in header:
        raise ImportFileError("the CSV file has no homepage column.")
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield f"line {start}", ValueError(f"unreadable CSV: {exc}")
            start = reader.line_num + 1
            continue
        where, start = f"line {start}", reader.line_num + 1
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            yield where, ValueError(f"{len(values)} values for {len(header)} columns")
            continue
        row = {}
        for name, value in zip(header, values, strict=True):
            value = value.strip()
            row[name] = [item.strip() for item in value.split("|") if item.strip()] if name in LIST_FIELDS else value
        yield where, row


def form_data(row: dict, instance: Source | None) -> dict:
    """The form's input: the source as it stands (or the defaults), overlaid with the row's fields."""
    data = model_to_dict(instance or Source(), fields=FIELDS)
    for name, value in row.items():
        if name in LIST_FIELDS and isinstance(value, str):
            value = value.split("|")
        elif name not in LIST_FIELDS and isinstance(value, list | dict):
            raise ValueError(f"{name}: a single value is expected, not a list")
        if name == "active" and isinstance(value, str):
            if value.strip().lower() not in TRUE | FALSE:
                raise ValueError(f"active: “{value}” is not yes or no")
            value = value.strip().lower() in TRUE
        if name == "kind" and isinstance(value, str):
            value = KIND_BY_LABEL.get(value.strip().casefold(), value.strip())
        if value is None:
            value = [] if name in LIST_FIELDS else ""
        data[name] = value
    return data


def form_errors(form: SourceForm) -> str:
    parts = []
    for name, errors in form.errors.items():
        label = "row" if name == "__all__" else name
        parts.append(f"{label}: {' '.join(errors)}")
    return "; ".join(parts)


def sources_import(*, path: str | Path, format: str | None = None, dry_run: bool = False) -> ImportResult:
    """Create or update sources by homepage; bad rows are reported by line and the good ones kept."""
    text = read_text(path)
    format = (format or Path(path).suffix.lstrip(".") or "").lower()
    if format not in ("json", "csv"):
        format = "json" if text.lstrip()[:1] in ("[", "{") else "csv"
    # Read the whole file first: a file-level problem stops the import before anything is saved.
    rows = list(rows_from_json(text) if format == "json" else rows_from_csv(text))
    result = ImportResult()
    # A dry run rolls everything back at the end, so later rows still see the earlier ones.
    with transaction.atomic():
        for where, row in rows:
            if isinstance(row, Exception):
                result.errors.append(RowError(where, str(row)))
                continue
            source_import_row(row=row, where=where, result=result)
        if dry_run:
            transaction.set_rollback(True)
    return result


def source_import_row(*, row: dict, where: str, result: ImportResult) -> None:
    unknown = sorted(set(row) - set(FIELDS))
    if unknown:
        result.errors.append(RowError(where, f"unknown field(s) {', '.join(unknown)}"))
        return
    homepage = row.get("homepage")
    if not isinstance(homepage, str) or not homepage.strip():
        result.errors.append(RowError(where, "homepage: This field is required."))
        return
    instance = Source.objects.filter(homepage=homepage_normalize(homepage)).first()
    try:
        data = form_data(row, instance)
    except ValueError as exc:
        result.errors.append(RowError(where, str(exc)))
        return
    before = model_to_dict(instance, fields=FIELDS) if instance else None
    form = SourceForm(data=data, instance=instance)
    if not form.is_valid():
        result.errors.append(RowError(where, form_errors(form)))
        return
    # Compared on cleaned values: "fr" and "FR" are the same country, the form's has_changed() says otherwise.
    if before == {name: form.cleaned_data[name] for name in FIELDS}:
        result.unchanged += 1
        return
    try:
        with transaction.atomic():
            form.save()
    except DatabaseError as exc:  # e.g. the same homepage saved meanwhile by someone else
        result.errors.append(RowError(where, f"not saved: {exc}"))
        return
    if instance:
        result.updated += 1
    else:
        result.created += 1
