"""The archived document page: for fact-checkers, editors and source admins; fetched text shown escaped."""

import pytest
from django.urls import reverse

from sources.models import Snapshot
from tests.factories import DocumentFactory, UserFactory

pytestmark = pytest.mark.django_db

HOSTILE_TEXT = '<script>alert("x")</script><img src=x onerror=alert(1)> Le cessez-le-feu'


@pytest.fixture
def document():
    document = DocumentFactory(text=HOSTILE_TEXT, title="<b>Titre</b>")
    Snapshot.objects.create(document=document, content=b"x", sha256="a" * 64, size=1234,
                            content_type="text/html", fetched_at="2024-01-01T10:00:00Z")  # fmt: skip
    Snapshot.objects.create(document=document, content=b"y", sha256="b" * 64, size=2345,
                            content_type="text/html", fetched_at="2024-02-01T10:00:00Z")  # fmt: skip
    return document


@pytest.mark.parametrize("group", ["Fact-checker", "Editor", "Source admin"])
def test_the_working_roles_read_the_archived_text_escaped(client, document, group):
    client.force_login(UserFactory(groups=[group]))
    response = client.get(reverse("sources:document-detail", args=[document.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;b&gt;Titre&lt;/b&gt;" in html
    assert "b" * 64 in html and "a" * 64 in html
    assert html.index("b" * 64) < html.index("a" * 64)  # newest first


def test_anonymous_visitors_are_sent_to_log_in(client, document):
    response = client.get(reverse("sources:document-detail", args=[document.pk]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_a_signed_in_person_without_a_role_is_refused(client, document):
    client.force_login(UserFactory())
    assert client.get(reverse("sources:document-detail", args=[document.pk])).status_code == 403


def test_the_document_admin_links_to_the_archived_text(admin_client, document):
    response = admin_client.get(reverse("admin:sources_document_change", args=[document.pk]))
    assert reverse("sources:document-detail", args=[document.pk]) in response.content.decode()
