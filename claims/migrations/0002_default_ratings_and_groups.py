"""Default rating scale and the three working groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RATINGS = [
    # slug, English, French, ClaimReview value
    ("true", "True", "Vrai", 5),
    ("mostly-true", "Mostly true", "Plutôt vrai", 4),
    ("misleading", "Misleading", "Trompeur", 3),
    ("mostly-false", "Mostly false", "Plutôt faux", 2),
    ("false", "False", "Faux", 1),
    ("unverifiable", "Unverifiable", "Invérifiable", None),
]

FACT_CHECKER = [
    ("claims", "article", ["view", "add", "change"]),
    ("claims", "claim", ["view", "change"]),
    ("claims", "evidence", ["view", "add", "change", "delete"]),
    ("claims", "comment", ["view", "add"]),
    ("claims", "verdict", ["view", "add", "change"]),
    ("claims", "correction", ["view"]),
    ("claims", "rating", ["view"]),
    ("sources", "source", ["view"]),
    ("sources", "document", ["view", "add"]),
    ("sources", "snapshot", ["view"]),
]
EDITOR_EXTRA = [
    ("claims", "verdict", ["approve"]),  # approve_verdict: the custom permission
    ("claims", "correction", ["add", "change"]),
    ("claims", "comment", ["change", "delete"]),
]
SOURCE_ADMIN = [
    ("sources", "source", ["view", "add", "change", "delete"]),
    ("sources", "document", ["view", "add", "change", "delete"]),
    ("sources", "snapshot", ["view"]),
    ("django_celery_beat", "periodictask", ["view", "change"]),
    ("django_celery_beat", "intervalschedule", ["view"]),
    ("django_celery_beat", "crontabschedule", ["view"]),
]


def codenames(spec):
    for app_label, model, actions in spec:
        for action in actions:
            yield app_label, f"{action}_{model}"


def forwards(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Rating = apps.get_model("claims", "Rating")
    for order, (slug, label_en, label_fr, value) in enumerate(RATINGS):
        Rating.objects.get_or_create(
            slug=slug, defaults={"label_en": label_en, "label_fr": label_fr, "value": value, "order": order}
        )

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def grant(group_name, spec):
        group, _ = Group.objects.get_or_create(name=group_name)
        for app_label, codename in codenames(spec):
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))

    grant("Fact-checker", FACT_CHECKER)
    grant("Editor", FACT_CHECKER + EDITOR_EXTRA)
    grant("Source admin", SOURCE_ADMIN)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
