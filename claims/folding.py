"""Accent- and case-insensitive matching, the same on PostgreSQL and SQLite: "chomage" finds "chômage"."""

import unicodedata

from django.db import models
from django.db.backends.signals import connection_created
from django.db.models.functions import Lower

SQLITE_FUNCTION = "factcheck_fold"


def fold(text: str | None) -> str | None:
    """Lower case without accents: the form both sides of a search are compared in."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    # lower(), not casefold(): PostgreSQL's lower() keeps "ß", and both sides must fold alike.
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


class Folded(models.Func):
    """fold() in SQL: unaccent() (the contrib extension, claims migration 0008) on PostgreSQL, a Python
    function registered on each connection on SQLite, plain lower() elsewhere."""

    output_field = models.TextField()
    arity = 1

    def as_sql(self, compiler, connection, **extra_context):
        return Lower(self.source_expressions[0]).as_sql(compiler, connection, **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template="lower(unaccent(%(expressions)s))", **extra_context)

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function=SQLITE_FUNCTION, **extra_context)


def _register_sqlite_function(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function(SQLITE_FUNCTION, 1, fold, deterministic=True)


connection_created.connect(_register_sqlite_function, dispatch_uid="claims.folding.sqlite")
