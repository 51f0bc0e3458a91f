"""Who may see and manage known fact-checks: fact-checkers and editors view them, source admins manage them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The working groups of claims/migrations/0002 (sources never depends on claims: a group missing yet is created).
GRANTS = {
    "Fact-checker": ["view"],
    "Editor": ["view"],
    "Source admin": ["view", "add", "change", "delete"],
}


def forwards(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    app_config = apps.get_app_config("sources")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, actions in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for action in actions:
            group.permissions.add(
                Permission.objects.get(content_type__app_label="sources", codename=f"{action}_knownfactcheck")
            )


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="sources", codename__endswith="_knownfactcheck").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0008_known_fact_checks"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
