"""The admin's "Import sources" page: upload, preview row by row, confirm."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sources.models import Source
from tests.factories import SourceFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("admin:sources_source_import")
CSV = (
    "name,homepage,kind,country,languages,reliability\n"
    'AFP,https://www.afp.com/,Agence de presse,France,"fr,en",5\n'
    "Le Monde,http://lemonde.fr,newspaper,FR,fr,4\n"
    "Same,https://lemonde.fr/index.html,newspaper,FR,fr,4\n"
    "Bad,https://bad.example/,newspaper,FR,fr,9\n"
    "Unchanged,https://unchanged.example/,newspaper,,fr,3\n"
)


@pytest.fixture
def source_admin(client):
    client.force_login(UserFactory(is_staff=True, groups=["Source admin"]))
    return client


def upload(client, content: str, name: str = "sources.csv"):
    return client.post(URL, {"file": SimpleUploadedFile(name, content.encode()), "format": ""})


def test_the_changelist_links_to_the_import_page(source_admin):
    response = source_admin.get(reverse("admin:sources_source_changelist"))
    assert URL in response.text and "Import sources" in response.text


def test_the_page_documents_the_csv_format(source_admin):
    response = source_admin.get(URL)
    assert response.status_code == 200
    assert "separate the items with “|”, e.g. fr|en" in response.text


def test_a_preview_shows_each_row_and_saves_nothing_until_confirmed(source_admin):
    SourceFactory(name="Le Monde", homepage="https://www.lemonde.fr/", domains=["lemonde.fr"], kind="newspaper",
                  country="FR", reliability=3)  # fmt: skip
    SourceFactory(name="Unchanged", homepage="https://unchanged.example/", domains=["unchanged.example"],
                  kind="newspaper", country="", languages=["fr"], reliability=3)  # fmt: skip
    response = upload(source_admin, CSV)

    assert response.status_code == 200
    result = response.context["result"]
    assert (result.created, result.updated, result.unchanged, len(result.errors)) == (1, 1, 1, 2), result.rows
    actions = [(row.where, row.action) for row in result.rows]
    assert actions == [("line 2", "created"), ("line 3", "updated"), ("line 4", "error"), ("line 5", "error"),
                       ("line 6", "unchanged")]  # fmt: skip
    assert "the same site as line 3" in response.text
    assert "reliability" in response.context["error_rows"][1].message
    assert response.context["other_rows"][1].message == "reliability"  # the fields the update changes
    assert Source.objects.count() == 2 and not Source.objects.filter(name="AFP").exists()

    response = source_admin.post(URL, {"token": response.context["token"]})
    assert response.status_code == 302
    afp = Source.objects.get(name="AFP")
    assert (afp.kind, afp.country, afp.languages) == ("wire", "FR", ["fr", "en"])
    assert Source.objects.get(homepage="https://www.lemonde.fr/").reliability == 4
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages[0] == "Import done: 1 created, 1 updated, 1 unchanged, 2 errors."


def test_a_token_is_used_once_and_by_its_user_only(source_admin, client):
    token = upload(source_admin, "name,homepage\nX,https://x.example/\n").context["token"]
    other = UserFactory(is_staff=True, groups=["Source admin"], is_superuser=True)
    from django.test import Client

    intruder = Client()
    intruder.force_login(other)
    response = intruder.post(URL, {"token": token}, follow=True)
    assert "no longer kept" in response.text
    assert not Source.objects.exists()
    source_admin.post(URL, {"token": token})
    source_admin.post(URL, {"token": token})
    assert Source.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("sources.json", "[" * 100_000, "nested too deeply"),
        ("sources.json", '{"name": "x"}', "must hold a list"),
        ("sources.csv", "nom,homepage\nx,https://x.example/\n", "unknown column(s) nom"),
    ],
)
def test_an_unreadable_file_is_refused_on_the_form(source_admin, name, content, message):
    response = upload(source_admin, content, name)
    assert response.status_code == 200
    assert message in str(response.context["form"].errors["file"])
    assert not Source.objects.exists()


def test_json_is_accepted_too(source_admin):
    items = [{"name": "Reuters", "homepage": "https://www.reuters.com/", "languages": ["en"], "country": "GB"}]
    response = upload(source_admin, json.dumps(items), "export.json")
    assert response.context["result"].created == 1


def test_a_fact_checker_cannot_import(client):
    client.force_login(UserFactory(is_staff=True, groups=["Fact-checker"]))
    assert client.get(URL).status_code == 403
