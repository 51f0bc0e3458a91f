"""The API's index, its readable documentation, token authentication and no Basic prompt."""

import base64

import pytest
from rest_framework.authtoken.models import Token

from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_api_root_lists_its_endpoints(client):
    response = client.get("/api/v1/", headers={"accept": "application/json"})

    assert response.status_code == 200
    index = response.json()
    assert index["verdicts"] == "http://testserver/api/v1/verdicts/"
    assert index["articles"] == "http://testserver/api/v1/articles/"
    assert index["claims"] == "http://testserver/api/v1/claims/"
    assert index["schema"] == "http://testserver/api/schema/"
    assert index["docs"] == "http://testserver/api/docs/"
    assert "Authorization: Token" in index["authentication"]


def test_the_docs_page_is_swagger_ui_from_our_own_static_files(client):
    page = client.get("/api/docs/")

    assert page.status_code == 200
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page.text
    assert "https://" not in page.text  # no CDN
    assert "<script>" not in page.text  # the start-up script is a file too (strict CSP)
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200 and script["content-type"].startswith("application/javascript")
    assert "/api/schema/" in script.text


def test_an_anonymous_newsroom_call_gets_401_without_a_basic_challenge(client):
    response = client.get("/api/v1/articles/")

    assert response.status_code == 401
    assert "basic" not in response.get("WWW-Authenticate", "").lower()
    assert response["WWW-Authenticate"] == "Token"


def test_a_token_from_the_admin_authenticates_a_script(client):
    user = UserFactory(groups=["Fact-checker"])
    token = Token.objects.create(user=user)
    ArticleFactory(title="Avec jeton")

    response = client.get("/api/v1/articles/", headers={"authorization": f"Token {token.key}"})

    assert response.status_code == 200
    assert response.json()["results"][0]["title"] == "Avec jeton"
    assert client.get("/api/v1/articles/", headers={"authorization": "Token wrong"}).status_code == 401


def test_basic_credentials_are_not_accepted(client):
    user = UserFactory(groups=["Fact-checker"])
    user.set_password("s3cret-passw0rd")
    user.save()

    basic = base64.b64encode(f"{user.username}:s3cret-passw0rd".encode()).decode()
    response = client.get("/api/v1/articles/", headers={"authorization": f"Basic {basic}"})

    assert response.status_code == 401


def test_tokens_are_managed_in_the_admin(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    assert client.get("/admin/authtoken/tokenproxy/").status_code == 200


def test_the_schema_documents_token_authentication(client):
    schema = client.get("/api/schema/").content.decode()

    assert "tokenAuth" in schema and "basicAuth" not in schema
