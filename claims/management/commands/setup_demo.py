from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from claims.models import Article
from claims.services import article_create

SEED = Path(__file__).resolve().parents[2] / "demo" / "article_fr.txt"
SEED_PUBLISHED = datetime.fromisoformat("2023-09-20T12:00:00+02:00")
PASSWORD = "factcheck-demo"
USERS = [
    # username, group, superuser
    ("admin", None, True),
    ("editor", "Editor", False),
    ("checker", "Fact-checker", False),
    ("checker2", "Fact-checker", False),
    ("sources", "Source admin", False),
]


class Command(BaseCommand):
    help = "Create demo logins (one per role) and load the seed article. For local use only."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off.")
        parser.add_argument(
            "--demo-web",
            type=int,
            metavar="PORT",
            help="Register the demo sources served by `python -m sources.demo_web --port PORT` (127.0.0.21-38).",
        )

    def handle(self, *args, force: bool = False, demo_web: int | None = None, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "setup_demo creates users with a known password: it runs only with DEBUG on (or --force)."
            )
        User = get_user_model()
        for username, group, superuser in USERS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"is_staff": True, "is_superuser": superuser}
            )
            if created:
                user.set_password(PASSWORD)
                user.save()
            if group:
                user.groups.add(Group.objects.get(name=group))
        self.stdout.write(f"Demo logins (password {PASSWORD!r}): " + ", ".join(u for u, _, _ in USERS))
        # The name readers see as the publisher; scripts/run's .env sets it for the demo.
        self.stdout.write(f"Publishing as {settings.FACTCHECK_ORGANISATION!r} (FACTCHECK_ORGANISATION).")

        if demo_web:
            self.register_demo_sources(demo_web)
        title = SEED.read_text(encoding="utf-8").strip().splitlines()[0]
        if not Article.objects.filter(title=title).exists():
            article = article_create(
                text=SEED.read_text(encoding="utf-8"),
                title=title,
                published_at=SEED_PUBLISHED,
                submitted_by=User.objects.get(username="checker"),
            )
            self.stdout.write(f"Loaded the seed article as article {article.pk}.")

    def register_demo_sources(self, port: int) -> None:
        """The demo web's sites as sources (their names say "(demo)"), so the seed article finds evidence offline."""
        from sources.demo_web import DemoWeb
        from sources.importing import ImportResult, source_import_row

        result = ImportResult()
        for number, row in enumerate(DemoWeb(port=port).registry(), 1):
            source_import_row(row=row, where=f"demo source {number}", result=result)
        self.stdout.write(f"Demo sources on 127.0.0.21-38:{port}: {result.summary}")
        for error in result.errors:
            self.stderr.write(str(error))
