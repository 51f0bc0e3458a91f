"""The public search ignores accents and case, on PostgreSQL (unaccent) and on SQLite (the zero-config run)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.folding import fold
from claims.models import Verdict
from tests.factories import ArticleFactory, ClaimFactory, VerdictFactory

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Le Chômage a baissé à 7,3 % en 2023 selon l'Insee. Hausse de l'âge légal à 64 ans."


def test_fold_drops_accents_and_case():
    assert fold("Le CHÔMAGE à l'Élysée, ça NAÏF") == "le chomage a l'elysee, ca naif"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["chomage", "CHÔMAGE", "Chômage", "chÔmage a baisse", "elysee", "âge LEGAL"])
def test_the_search_finds_the_claim_whatever_its_accents_and_case(client, query):
    article = ArticleFactory(text=TEXT)
    claim = ClaimFactory(article=article, start=0, end=len(TEXT))
    VerdictFactory(claim=claim, slug="chomage", summary="Vrai, selon l'Élysée.")
    VerdictFactory(slug="autre", summary="Sans rapport.")

    assert [v.slug for v in Verdict.objects.published().search(query)] == ["chomage"]
    assert "/verdicts/chomage/" in client.get("/verdicts/", {"q": query}).text


@pytest.mark.django_db
def test_a_query_with_like_wildcards_matches_them_literally():
    VerdictFactory(slug="pourcent", summary="Une hausse de 7 %.")
    VerdictFactory(slug="autre", summary="Une hausse de 7 points.")

    assert [v.slug for v in Verdict.objects.search("7 %")] == ["pourcent"]
    assert not Verdict.objects.search("_ points_").exists()


SQLITE_SCRIPT = """
import json, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from tests.factories import ClaimFactory, VerdictFactory, ArticleFactory
from claims.models import Verdict
text = "Le Chômage a baissé à 7,3 % en 2023."
VerdictFactory(claim=ClaimFactory(article=ArticleFactory(text=text), start=0, end=len(text)), slug="chomage")
VerdictFactory(slug="autre", summary="Sans rapport.")
print(json.dumps({q: [v.slug for v in Verdict.objects.search(q)] for q in ["chomage", "CHÔMAGE", "BAISSE", "rien"]}))
"""


def test_the_same_search_works_on_sqlite(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CELERY_TASK_ALWAYS_EAGER": "1",
        "REDIS_URL": "",
    }
    result = subprocess.run(
        [sys.executable, "-c", SQLITE_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )

    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {"chomage": ["chomage"], "CHÔMAGE": ["chomage"], "BAISSE": ["chomage"], "rien": []}


@pytest.mark.django_db
def test_the_search_reads_the_claim_as_reviewed_too():
    VerdictFactory(slug="reformulee", claim=ClaimFactory(reviewed_text="Le taux de chômage a baissé en 2023."))

    assert [v.slug for v in Verdict.objects.search("taux de chomage")] == ["reformulee"]
