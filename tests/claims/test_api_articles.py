import base64

import pytest

from claims.models import Article
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory, VerdictFactory

pytestmark = pytest.mark.django_db

TEXT = "Le cessez-le-feu est entré en vigueur mercredi à 11 heures. Environ 120 000 personnes vivent dans la région."


@pytest.fixture
def checker(client):
    user = UserFactory(groups=["Fact-checker"])
    client.force_login(user)
    return user


def test_anonymous_visitors_are_asked_to_authenticate(client):
    response = client.get("/api/v1/articles/")

    assert response.status_code == 401
    # A token challenge: browsers show no password dialog for it, as they do for Basic.
    assert response["WWW-Authenticate"] == "Token"


def test_a_source_admin_is_refused(client):
    client.force_login(UserFactory(groups=["Source admin"]))

    assert client.get("/api/v1/articles/").status_code == 403
    assert client.post("/api/v1/articles/", {"text": TEXT}, content_type="application/json").status_code == 403


def test_token_authentication_works_for_scripts_and_basic_is_not_offered(client):
    from rest_framework.authtoken.models import Token

    user = UserFactory(username="script", groups=["Editor"])
    token = Token.objects.create(user=user)
    basic = base64.b64encode(b"script:correct horse battery staple").decode()

    response = client.get("/api/v1/articles/", headers={"authorization": f"Token {token.key}"})

    assert response.status_code == 200
    assert client.get("/api/v1/articles/", headers={"authorization": f"Basic {basic}"}).status_code == 401


def test_a_fact_checker_lists_articles_with_their_claim_counts(client, checker):
    article = ArticleFactory(text=TEXT)
    ClaimFactory(article=article)

    body = client.get("/api/v1/articles/").json()

    [item] = body["results"]
    assert item["id"] == article.pk
    assert item["claim_count"] == 1


def test_a_fact_checker_submits_an_article(client, checker):
    response = client.post(
        "/api/v1/articles/",
        {"text": TEXT, "title": "Karabakh", "language": "fr", "published_at": "2023-09-20T12:00:00+02:00"},
        content_type="application/json",
    )

    assert response.status_code == 201
    article = Article.objects.get(pk=response.json()["id"])
    assert article.text == TEXT
    assert article.submitted_by == checker
    assert article.published_at.isoformat() == "2023-09-20T10:00:00+00:00"
    assert article.published_zone == "+02:00"
    assert response["Location"] == f"/api/v1/articles/{article.pk}/"


def test_a_url_alone_is_enough_to_submit(client, checker):
    response = client.post("/api/v1/articles/", {"url": "https://www.example.fr/a"}, content_type="application/json")

    assert response.status_code == 201
    assert Article.objects.get().url == "https://www.example.fr/a"


def test_bad_input_gets_a_400_with_every_reason_and_stores_nothing(client, checker):
    response = client.post(
        "/api/v1/articles/",
        {"text": "   ", "url": "not a url", "language": "de", "published_at": "mercredi"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert set(response.json()) == {"url", "language", "published_at"}
    assert Article.objects.count() == 0


def test_an_empty_submission_says_what_is_missing(client, checker):
    response = client.post("/api/v1/articles/", {"text": " "}, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"text": ["Give the article's text, or its URL for us to fetch it."]}


def test_malformed_json_is_a_400(client, checker):
    response = client.post("/api/v1/articles/", "{not json", content_type="application/json")

    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_the_article_detail_carries_its_claims_in_the_claim_shape(client, checker):
    article = ArticleFactory(text=TEXT)
    claim = ClaimFactory(article=article)
    EvidenceFactory(claim=claim)
    VerdictFactory(claim=claim)

    body = client.get(f"/api/v1/articles/{article.pk}/").json()

    assert body["text"] == TEXT
    [item] = body["claims"]
    assert item["id"] == claim.pk
    assert item["evidence"][0]["stance"] == "contradicts"
    assert item["verdict"]["status"] == "published"


def test_an_unknown_article_is_a_404(client, checker):
    assert client.get("/api/v1/articles/999999/").status_code == 404
