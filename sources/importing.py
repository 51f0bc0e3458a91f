"""Bulk import of the source registry from CSV or JSON, through the admin's own SourceForm.

Each row is validated by SourceForm; the writes go in bulk (10,000 rows in a few seconds). A site is matched by
sites.site_key, so "http://x.example" updates the source registered as "https://www.x.example/"; the same site
twice in one file is an error on the second row, never a silent second update.
"""

import copy
import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models.signals import post_save
from django.forms.models import model_to_dict
from django.utils import timezone
from django.utils.translation import gettext as _

from factcheck.text import clean_text

from . import sites
from .forms import SourceForm, homepage_normalize
from .models import Source, SourceDomain

FIELDS = SourceForm._meta.fields
LIST_FIELDS = {"domains", "languages", "feeds"}
MAX_FILE_BYTES = 20 * 1024 * 1024
TRUE = {"1", "true", "yes", "y", "oui", "on"}
FALSE = {"0", "false", "no", "n", "non", "off", ""}
BATCH = 500


class RowForm(SourceForm):
    """SourceForm for the rows of one file, sharing one copy of the fields instead of one per row.

    Copying a form's fields (widgets, choices) took a third of the import's time; validation never changes a
    field, and these forms are never rendered.
    """

    def __init__(self, *args, fields: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = fields


# Set after the class exists (the form metaclass fills base_fields): nothing for each form to copy.
RowForm.base_fields = {}


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing was imported."""


@dataclass
class RowError:
    where: str  # "line 4" (CSV) or "line 12 (item 3)" (JSON)
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class RowOutcome:
    """What the import does with one row: the admin's preview shows these."""

    where: str
    action: str  # "created", "updated", "unchanged" or "error"
    name: str = ""
    homepage: str = ""
    message: str = ""  # the error, or the fields an update changes


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return f"created {self.created}, updated {self.updated}, errors {len(self.errors)}, unchanged {self.unchanged}"

    def error(self, where: str, message: str, row: dict | None = None) -> None:
        self.errors.append(RowError(where, message))
        row = row if isinstance(row, dict) else {}
        self.rows.append(RowOutcome(where, "error", _text(row.get("name")), _text(row.get("homepage")), message))


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def read_text(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The file's text, or a plain reason why it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ImportFileError(
                _("%(name)s is too large (%(size)d bytes; at most %(max)d).")
                % {"name": path, "size": size, "max": max_bytes}
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(_("%(name)s: no such file.") % {"name": path}) from None
    except IsADirectoryError:
        raise ImportFileError(_("%(name)s is a directory, not a file.") % {"name": path}) from None
    except OSError as exc:
        raise ImportFileError(
            _("cannot read %(name)s: %(reason)s.") % {"name": path, "reason": exc.strerror or exc}
        ) from None
    return decode(data, name=str(path))


def decode(data: bytes, *, name: str) -> str:
    """UTF-8 text (a BOM allowed), or a reason that says which byte on which line is not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(
            _("%(name)s is not UTF-8 text (byte 0x%(byte)02x on line %(line)d); save it as UTF-8 and retry.")
            % {"name": name, "byte": data[exc.start], "line": line}
        ) from None


def rows_from_json(text: str):
    """Yield (where, row) for each item of a JSON list; "where" names its line and item number."""
    decoder = json.JSONDecoder()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            _("invalid JSON on line %(line)d, column %(column)d: %(reason)s.")
            % {"line": exc.lineno, "column": exc.colno, "reason": exc.msg}
        ) from None
    except RecursionError:  # "[" × 100,000: Python's parser recurses once per level
        raise ImportFileError(
            _("the JSON file is nested too deeply: it must hold a list of sources ([{...}, {...}]).")
        ) from None
    if not isinstance(data, list):
        raise ImportFileError(_("the JSON file must hold a list of sources ([{...}, {...}])."))
    # Walk the list again item by item, only to learn on which line each item starts.
    where_item = _("line %(line)d (item %(item)d)")
    position = text.index("[") + 1
    line, counted = 1, 0
    for number in range(1, len(data) + 1):
        while text[position] in " \t\r\n,":
            position += 1
        try:
            item, end = decoder.raw_decode(text, position)
        except RecursionError:
            raise ImportFileError(_("the JSON file is nested too deeply.")) from None
        # Lines counted from the previous item on: counting from the start each time is quadratic.
        line += text.count("\n", counted, position)
        counted = position
        where = where_item % {"line": line, "item": number}
        position = end
        if not isinstance(item, dict):
            yield where, ValueError(_("this item is not an object with field names"))
            continue
        yield where, item


def rows_from_csv(text: str):
    """Yield (where, row) for each CSV record; list fields stay text, which SourceForm splits ("fr|en")."""
    first_line = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(first_line, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(_("the CSV file is empty.")) from None
    except csv.Error as exc:
        raise ImportFileError(_("unreadable CSV header: %(reason)s.") % {"reason": exc}) from None
    header = [name.strip().lower() for name in header]
    unknown = [name for name in header if name not in FIELDS]
    if unknown:
        raise ImportFileError(
            _("unknown column(s) %(unknown)s; the columns are: %(columns)s.")
            % {"unknown": ", ".join(unknown) or _("(empty)"), "columns": ", ".join(FIELDS)}
        )
    if "homepage" not in header:
        raise ImportFileError(_("the CSV file has no homepage column."))
    start = reader.line_num + 1
    where_line = _("line %(line)d")
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield where_line % {"line": start}, ValueError(_("unreadable CSV: %(reason)s") % {"reason": exc})
            start = reader.line_num + 1
            continue
        where, start = where_line % {"line": start}, reader.line_num + 1
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            yield (
                where,
                ValueError(
                    _("%(values)d values for %(columns)d columns") % {"values": len(values), "columns": len(header)}
                ),
            )
            continue
        yield where, {name: value.strip() for name, value in zip(header, values, strict=True)}


def form_data(row: dict, instance: Source | None, defaults: dict | None = None) -> dict:
    """The form's input: the source as it stands (or the defaults), overlaid with the row's fields."""
    if instance is None and defaults is not None:
        data = copy.deepcopy(defaults)
    else:
        data = model_to_dict(instance or Source(), fields=FIELDS)
    for name, value in row.items():
        value = [clean_text(item) for item in value] if isinstance(value, list) else clean_text(value)
        if name not in LIST_FIELDS and isinstance(value, list | dict):
            raise ValueError(_("%(field)s: a single value is expected, not a list") % {"field": name})
        if name == "active" and isinstance(value, str):
            if value.strip().lower() not in TRUE | FALSE:
                raise ValueError(_("active: “%(value)s” is not yes or no") % {"value": value})
            value = value.strip().lower() in TRUE
        if value is None:
            value = [] if name in LIST_FIELDS else ""
        data[name] = value
    if instance is not None:
        # Matched by site: the stored spelling of the homepage stays ("http://x.example" is no change).
        data["homepage"] = instance.homepage
    return data


def form_errors(form: SourceForm) -> str:
    parts = []
    for name, errors in form.errors.items():
        label = _("row") if name == "__all__" else name
        parts.append(f"{label}: {' '.join(errors)}")
    return "; ".join(parts)


def sources_import(*, path: str | Path, format: str | None = None, dry_run: bool = False) -> ImportResult:
    """Create or update sources by homepage; bad rows are reported by line and the good ones kept."""
    text = read_text(path)
    format = (format or Path(path).suffix.lstrip(".") or "").lower()
    return sources_import_text(text=text, format=format, dry_run=dry_run)


def sources_import_text(*, text: str, format: str = "", dry_run: bool = False) -> ImportResult:
    """The import of a file's text (the command reads a path, the admin an upload). dry_run saves nothing."""
    if format not in ("json", "csv"):
        format = "json" if text.lstrip()[:1] in ("[", "{") else "csv"
    # Read the whole file first: a file-level problem stops the import before anything is saved.
    rows = list(rows_from_json(text) if format == "json" else rows_from_csv(text))
    return sources_import_rows(rows=rows, dry_run=dry_run)


def source_import_row(*, row: dict, where: str, result: ImportResult) -> None:
    """Import one row, adding its outcome to result (setup_demo registers the demo web's sites one by one)."""
    one = sources_import_rows(rows=[(where, row)])
    result.created += one.created
    result.updated += one.updated
    result.unchanged += one.unchanged
    result.errors += one.errors
    result.rows += one.rows


def sources_import_rows(*, rows: list, dry_run: bool = False) -> ImportResult:
    """Import (where, row) pairs: a row is a dict of fields, or the exception that made it unreadable."""
    result = ImportResult()
    checked = _rows_checked(rows, result)
    existing = _sources_by_site({key for _, _, key in checked})
    created: list[Source] = []
    updated: list[tuple[Source, bool, bool]] = []  # (source, hosts changed, was inactive)
    outcomes: dict[int, RowOutcome] = {}
    fields = _plain_fields()
    defaults = model_to_dict(Source(), fields=FIELDS)
    for where, row, key in checked:
        instance = existing.get(key)
        try:
            data = form_data(row, instance, defaults)
        except ValueError as exc:
            result.error(where, str(exc), row)
            continue
        before = model_to_dict(instance, fields=FIELDS) if instance else None
        form = RowForm(data=data, instance=instance, check_unique=False, fields=fields)
        if not form.is_valid():
            result.error(where, form_errors(form), row)
            continue
        after = {name: form.cleaned_data[name] for name in FIELDS}
        # Compared on cleaned values: "fr" and "FR" are the same country, the form's has_changed() says otherwise.
        if before == after:
            result.unchanged += 1
            result.rows.append(RowOutcome(where, "unchanged", after["name"], after["homepage"]))
            continue
        source = form.save(commit=False)
        source.site_key = sites.site_key(source.homepage)
        outcome = RowOutcome(where, "updated" if instance else "created", source.name, source.homepage)
        if instance:
            changed = [name for name in FIELDS if before[name] != after[name]]
            outcome.message = ", ".join(changed)
            updated.append((source, bool({"homepage", "domains"} & set(changed)), before["active"] is False))
        else:
            created.append(source)
        outcomes[id(source)] = outcome
        result.rows.append(outcome)
    if not dry_run:
        _save(created, updated, outcomes, result)
    # Reported in the file's order, whichever pass found the problem.
    order = {where: index for index, (where, _row) in enumerate(rows)}
    result.errors.sort(key=lambda error: order.get(error.where, 0))
    result.rows.sort(key=lambda row: order.get(row.where, 0))
    result.created = sum(1 for row in result.rows if row.action == "created")
    result.updated = sum(1 for row in result.rows if row.action == "updated")
    return result


def _plain_fields() -> dict:
    """One copy of SourceForm's fields for every row, with labels and help texts already translated.

    Each bound field reads its label and help text, and a lazy translation is looked up again at every read:
    140,000 lookups for 10,000 rows.
    """
    fields = copy.deepcopy(SourceForm.base_fields)
    for form_field in fields.values():
        form_field.label = str(form_field.label) if form_field.label is not None else None
        form_field.help_text = str(form_field.help_text)
    return fields


def _rows_checked(rows, result: ImportResult) -> list[tuple[str, dict, str]]:
    """The rows worth validating, with their site key; the second row of a site already in the file is an error."""
    checked, seen = [], {}
    for where, row in rows:
        if isinstance(row, Exception):
            result.error(where, str(row))
            continue
        unknown = sorted(set(row) - set(FIELDS))
        if unknown:
            result.error(where, _("unknown field(s) %(fields)s") % {"fields": ", ".join(unknown)}, row)
            continue
        homepage = row.get("homepage")
        if not isinstance(homepage, str) or not homepage.strip():
            result.error(where, _("homepage: This field is required."), row)
            continue
        key = sites.site_key(homepage_normalize(homepage))
        if key in seen:
            result.error(
                where,
                _("the same site as %(where)s (%(homepage)s): a site is imported once per file")
                % {"where": seen[key], "homepage": homepage.strip()},
                row,
            )
            continue
        seen[key] = where
        checked.append((where, row, key))
    return checked


def _sources_by_site(keys: set[str]) -> dict[str, Source]:
    """The registered source of each site key; of duplicates older than the rule, the oldest."""
    found: dict[str, Source] = {}
    keys = sorted(keys)
    for start in range(0, len(keys), 5000):
        for source in Source.objects.filter(site_key__in=keys[start : start + 5000]).order_by("-pk"):
            found[source.site_key] = source
    return found


def _save(created: list[Source], updated: list, outcomes: dict, result: ImportResult) -> None:
    now = timezone.now()
    for source, _hosts, _inactive in updated:
        source.updated_at = now  # bulk_update does not touch auto_now fields
    try:
        with transaction.atomic():
            Source.objects.bulk_create(created, batch_size=BATCH)
            Source.objects.bulk_update(
                [source for source, *_ in updated], [*FIELDS, "site_key", "updated_at"], batch_size=BATCH
            )
            saved = created + [source for source, *_ in updated]
    except IntegrityError:
        # Someone saved one of these homepages meanwhile: row by row, so that only that row fails.
        saved = []
        for source in created + [source for source, *_ in updated]:
            try:
                with transaction.atomic():
                    source.save()
                saved.append(source)
            except DatabaseError as exc:
                outcome = outcomes[id(source)]
                outcome.action, outcome.message = "error", _("not saved: %(reason)s") % {"reason": exc}
                result.errors.append(RowError(outcome.where, outcome.message))
    saved_ids = {id(source) for source in saved}
    with transaction.atomic():
        SourceDomain.objects.sync(
            [source for source in created if id(source) in saved_ids]
            + [source for source, hosts, _ in updated if hosts and id(source) in saved_ids]
        )
        # Bulk writes send no signals. The one listener (claims: search this week's articles again when a source
        # is added or back in service) starts one search for any number of sources, and costs a Redis round
        # trip per signal: one post_save for the first source created and one for the first reactivated stand
        # for the batch.
        first_created = next((source for source in created if id(source) in saved_ids), None)
        if first_created is not None:
            post_save.send(sender=Source, instance=first_created, created=True, update_fields=None, raw=False,
                           using="default")  # fmt: skip
        reactivated = next(
            (source for source, _, was_inactive in updated if was_inactive and source.active
             and id(source) in saved_ids), None,
        )  # fmt: skip
        if reactivated is not None:
            reactivated._was_inactive = True
            post_save.send(sender=Source, instance=reactivated, created=False, update_fields=None, raw=False,
                           using="default")  # fmt: skip
