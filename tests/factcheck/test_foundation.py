import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from claims.models import Rating, Verdict
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, UserFactory


@pytest.mark.django_db
def test_the_data_migration_creates_the_rating_scale():
    ratings = list(Rating.objects.values_list("slug", "value"))
    assert ratings[0] == ("true", 5)
    assert ("false", 1) in ratings
    assert ("unverifiable", None) in ratings
    assert Rating.objects.get(slug="false").label("fr") == "Faux"


@pytest.mark.django_db
def test_the_data_migration_creates_the_three_groups_with_their_permissions():
    def perms(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    assert "approve_verdict" in perms("Editor")
    assert "approve_verdict" not in perms("Fact-checker")
    assert {"add_verdict", "change_claim", "add_article"} <= perms("Fact-checker")
    assert perms("Fact-checker") <= perms("Editor")
    assert {"add_source", "change_source", "delete_source"} <= perms("Source admin")
    assert "add_verdict" not in perms("Source admin")


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["source", "document", "article", "claim", "evidence", "rating", "verdict"])
def test_the_admin_lists_every_model(client, model):
    app = "sources" if model in ("source", "document") else "claims"
    ClaimFactory()
    DocumentFactory()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(reverse(f"admin:{app}_{model}_changelist"))
    assert response.status_code == 200


@pytest.mark.django_db
def test_the_admin_searches_claims(client):
    ClaimFactory(article=ArticleFactory(text="Environ 120 000 Arméniens vivent là. Rien d'autre."))
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(reverse("admin:claims_claim_changelist"), {"q": "120 000"})
    assert b"120 000" in response.content


@pytest.mark.django_db
def test_the_review_queue_asks_for_a_login(client):
    response = client.get("/review/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_verdict_changes_are_kept_in_history():
    claim = ClaimFactory()
    author = UserFactory()
    verdict = Verdict.objects.create(claim=claim, slug="a-claim", author=author, summary="First")
    verdict.summary = "Second"
    verdict.save()
    assert [h.summary for h in verdict.history.all()] == ["Second", "First"]
