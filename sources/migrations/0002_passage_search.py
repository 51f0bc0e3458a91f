"""Passages of archived documents, and the PostgreSQL text search they need (nothing of it on SQLite)."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

SEARCH_INDEX = django.contrib.postgres.indexes.GinIndex(fields=["search"], name="passage_search_gin")

# Accents are folded after stemming, not before: the French stemmer needs them ("déposées" and
# "déposer" both stem to "dépos", but "deposees" stems to "depose"). unaccent() maps a few
# apostrophes and backslashes to ' and \, which would break the text form of a tsvector: they are
# turned into spaces first, which the parser treats as word breaks anyway.
FOLDED = "ŉʹʻʼʽˈ‘’‛′＇∖﹨＼"
SPACES = " " * len(FOLDED)
CREATE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"""CREATE OR REPLACE FUNCTION factcheck_tsvector(config regconfig, body text) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT unaccent(to_tsvector(config, translate(body, '{FOLDED}', '{SPACES}'))::text)::tsvector $$""",
    f"""CREATE OR REPLACE FUNCTION factcheck_tsquery(config regconfig, query text) RETURNS tsquery
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT unaccent(websearch_to_tsquery(config, translate(query, '{FOLDED}', '{SPACES}'))::text)::tsquery $$""",
]
DROP = [
    "DROP FUNCTION IF EXISTS factcheck_tsvector(regconfig, text)",
    "DROP FUNCTION IF EXISTS factcheck_tsquery(regconfig, text)",
]


def create_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in CREATE:
        schema_editor.execute(statement)
    schema_editor.add_index(apps.get_model("sources", "Passage"), SEARCH_INDEX)


def drop_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.remove_index(apps.get_model("sources", "Passage"), SEARCH_INDEX)
    for statement in DROP:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="Passage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("index", models.PositiveIntegerField(verbose_name="index")),
                ("start", models.PositiveIntegerField(verbose_name="start")),
                ("end", models.PositiveIntegerField(verbose_name="end")),
                ("text", models.TextField(verbose_name="text")),
                ("language", models.CharField(blank=True, max_length=8, verbose_name="language")),
                ("search", django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                (
                    "document",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="passages", to="sources.document"
                    ),
                ),
            ],
            options={
                "verbose_name": "passage",
                "verbose_name_plural": "passages",
                "ordering": ["document", "index"],
                "constraints": [models.UniqueConstraint(fields=("document", "index"), name="passage_unique_index")],
            },
        ),
        # A GIN index exists on PostgreSQL only; SQLite has the table and searches it in Python.
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddIndex(model_name="passage", index=SEARCH_INDEX)],
            database_operations=[migrations.RunPython(create_search, drop_search)],
        ),
    ]
