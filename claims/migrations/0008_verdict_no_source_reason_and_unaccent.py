from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0007_evidence_gathering"),
    ]

    operations = [
        # The public search folds accents with unaccent() on PostgreSQL (claims.folding); a no-op on SQLite.
        UnaccentExtension(),
        migrations.AddField(
            model_name="historicalverdict",
            name="no_source_reason",
            field=models.TextField(blank=True, verbose_name="reason for publishing without an archived source"),
        ),
        migrations.AddField(
            model_name="verdict",
            name="no_source_reason",
            field=models.TextField(blank=True, verbose_name="reason for publishing without an archived source"),
        ),
    ]
