import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from claims.models import Verdict
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory, VerdictFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def report(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("article_report", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def article():
    article = ArticleFactory(title="Karabakh")
    claim = ClaimFactory(article=article)
    EvidenceFactory(claim=claim)
    VerdictFactory(claim=claim, status=Verdict.Status.APPROVED, published_at=None)
    return article


def test_the_json_report_has_the_article_and_its_claims_in_the_api_shape(article):
    data = json.loads(report(str(article.pk), "--format", "json"))

    assert data["article"]["id"] == article.pk
    assert data["article"]["title"] == "Karabakh"
    client = Client()
    client.force_login(UserFactory(groups=["Fact-checker"]))
    [claim] = data["claims"]
    assert claim == client.get(f"/api/v1/claims/{claim['id']}/").json()
    assert claim["verdict"]["status"] == "approved"


def test_the_text_report_is_readable(article):
    text = report(str(article.pk))

    assert text.startswith(f"Article {article.pk}: Karabakh")
    assert "verdict: false (approved)" in text


@pytest.mark.parametrize("bad", ["999999", "abc"])
def test_an_unknown_or_malformed_id_is_a_clear_error(bad):
    with pytest.raises(CommandError, match="article"):
        report(bad, "--format", "json")


def test_an_unknown_id_exits_with_status_1_and_a_message():
    from django.conf import settings

    from tests.conftest import database_url

    result = subprocess.run(
        [sys.executable, "manage.py", "article_report", "999999", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": database_url(settings.DATABASES["default"]),
            "REDIS_URL": settings.REDIS_URL,
        },
        timeout=60,
    )

    assert result.returncode == 1
    assert "There is no article with id 999999." in result.stderr
    assert result.stdout == ""
