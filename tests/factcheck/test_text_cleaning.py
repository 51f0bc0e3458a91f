"""Control characters never get in, from any entry point; rows stored before are cleaned; the feed never breaks."""

import importlib
import json
import xml.etree.ElementTree as ET
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse

from claims.models import Article, Claim, Evidence, Verdict
from factcheck.text import clean_text, clean_text_and_offsets
from sources.fetching import extract_page
from sources.models import Document, Passage, Source
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    DocumentFactory,
    EvidenceFactory,
    UserFactory,
    VerdictFactory,
    rating,
)

pytestmark = pytest.mark.django_db

DIRTY = "Le cessez\x01-le-feu\x0b est entré\x1f en vigueur\x00.\tÀ 11\u00a0h\r\n."
CLEAN = "Le cessez-le-feu est entré en vigueur.\tÀ 11\u00a0h\r\n."


def test_it_removes_c0_controls_but_keeps_tab_newline_carriage_return_and_printable_text():
    assert clean_text(DIRTY) == CLEAN
    assert clean_text("sans rien à ôter") == "sans rien à ôter"
    assert clean_text(None) is None


def test_offsets_follow_the_removed_characters():
    text, offset = clean_text_and_offsets("a\x01b\x02\x03cd")
    assert text == "abcd"
    assert [offset(position) for position in (0, 2, 3, 5, 6, 7)] == [0, 1, 2, 2, 3, 4]


def test_the_feed_stays_valid_xml_with_control_characters_stored_before_cleaning(client):
    # Written straight to the rows, as before cleaning at the boundary: no entry point lets these in now.
    verdict = VerdictFactory()
    Claim.objects.filter(pk=verdict.claim_id).update(text="Le\x01 cessez-le-feu\x1b.")
    Verdict.objects.filter(pk=verdict.pk).update(summary="Faux\x0c : 13\x08 heures.")

    response = client.get("/verdicts/feed/")

    assert response.status_code == 200
    item = ET.fromstring(response.content).find("./channel/item")
    assert item.findtext("title").endswith("Le cessez-le-feu.")
    assert item.findtext("description") == "Faux : 13 heures."


def test_the_review_form_cleans_the_verdict_it_saves(client):
    claim = ClaimFactory()
    client.force_login(UserFactory(groups=["Fact-checker"]))

    client.post(
        reverse("review-verdict-save", args=[claim.pk]),
        {"rating": rating("false").pk, "summary": "Faux\x01.", "explanation": "Les\x02 chiffres.", "version": 0},
    )

    verdict = Verdict.objects.get(claim=claim)
    assert (verdict.summary, verdict.explanation) == ("Faux.", "Les chiffres.")


def test_a_comment_is_cleaned(client):
    claim = ClaimFactory()
    client.force_login(UserFactory(groups=["Fact-checker"]))

    client.post(reverse("review-claim-comment", args=[claim.pk]), {"text": "Voir\x07 l'INSEE."})

    assert claim.comments.get().text == "Voir l'INSEE."


def test_the_submit_form_cleans_pasted_text_and_title(client):
    client.force_login(UserFactory(groups=["Fact-checker"]))

    client.post(
        reverse("review-article-submit"),
        {"title": "Karabakh\x01", "text": DIRTY, "published_zone": "Europe/Paris"},
    )

    article = Article.objects.get()
    assert (article.title, article.text) == ("Karabakh", CLEAN.strip())


def test_the_submit_form_cleans_an_uploaded_file(client):
    client.force_login(UserFactory(groups=["Fact-checker"]))
    # A few control characters in a long text: more would make it look like binary data, refused as such.
    body = "Le cessez-le-feu est entré en vigueur mercredi à 13 heures, heure locale. " * 20
    upload = SimpleUploadedFile("a.txt", ("Un titre\x01\n\n" + body + "\x1b").encode())

    client.post(reverse("review-article-submit"), {"file": upload, "published_zone": "Europe/Paris"})

    article = Article.objects.get()
    assert (article.title, article.text) == ("Un titre", "Un titre\n\n" + body.strip())


def test_the_api_cleans_the_article_it_stores(client):
    client.force_login(UserFactory(groups=["Fact-checker"]))

    response = client.post("/api/v1/articles/", {"text": DIRTY, "title": "T\x01itre"}, content_type="application/json")

    assert response.status_code in (201, 202), response.content
    article = Article.objects.get()
    assert (article.title, article.text) == ("Titre", CLEAN)


def test_ingest_article_cleans_the_file_and_the_title(tmp_path):
    path = tmp_path / "article.txt"
    body = "Le cessez-le-feu est entré en vigueur mercredi à 13 heures, heure locale. " * 20
    path.write_text(body + "\x1b", encoding="utf-8")
    out = StringIO()

    call_command("ingest_article", str(path), "--title", "Titre\x1b", stdout=out, stderr=StringIO())

    article = Article.objects.get(pk=int(out.getvalue().split()[-1]))
    assert (article.title, article.text) == ("Titre", body)


def test_a_fetched_page_is_cleaned_even_of_escaped_controls_in_json_ld_and_entities():
    ld = json.dumps({"@type": "NewsArticle", "headline": "Titre\u0001 du jour", "author": {"name": "Claire\u0002"}})
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body><article>'
        + "<p>Le cessez-le-feu&#1; est entré en vigueur mercredi à 13 heures, heure locale.</p>" * 5
        + "</article></body></html>"
    )

    page = extract_page(html.encode(), url="https://news.example.org/a")

    assert (page.title, page.author) == ("Titre du jour", "Claire")
    assert "cessez-le-feu est entré" in page.text
    assert clean_text(page.text) == page.text


def test_the_source_import_cleans_its_text_fields(tmp_path):
    path = tmp_path / "sources.json"
    path.write_text(
        json.dumps(
            [
                {
                    "name": "Agence\u0001 X",
                    "homepage": "https://x.example.org/",
                    "kind": "wire",
                    "reliability_note": "Fiable\u0007.",
                }
            ]
        ),  # fmt: skip
        encoding="utf-8",
    )

    call_command("import_sources", str(path), stdout=StringIO())

    source = Source.objects.get()
    assert (source.name, source.reliability_note) == ("Agence X", "Fiable.")


def test_the_data_migration_cleans_stored_rows_and_keeps_offsets_on_the_same_words():
    claims_migration = importlib.import_module("claims.migrations.0010_clean_control_characters")
    sources_migration = importlib.import_module("sources.migrations.0006_clean_control_characters")
    article = ArticleFactory(title="T\x01", text="Avant\x01\x02. Le cessez-le-feu\x03 est entré en vigueur.")
    claim = ClaimFactory(article=article, start=9, end=len(article.text))
    document = DocumentFactory(title="D\x01", text="Intro\x01. Reuters donne 13 heures.")
    passage = Passage.objects.create(document=document, index=99, start=8, end=len(document.text), text="Reuters")
    evidence = EvidenceFactory(
        claim=claim, document=document, passage="Reuters donne 13 heures.", passage_start=8,
        passage_end=len(document.text),
    )  # fmt: skip
    verdict = VerdictFactory(claim=claim, summary="Faux\x01.", explanation="E\x02.", cited_evidence=[evidence])

    # The models as the migrations see them: no signal of today's code fires (e.g. cutting passages again).
    state = MigrationLoader(connection).project_state(("claims", "0010_clean_control_characters"))
    sources_migration.clean_documents(state.apps, None)
    claims_migration.clean_rows(state.apps, None)

    article.refresh_from_db()
    claim.refresh_from_db()
    assert (article.title, article.text) == ("T", "Avant. Le cessez-le-feu est entré en vigueur.")
    assert claim.text == "Le cessez-le-feu est entré en vigueur." == article.text[claim.start : claim.end]
    document.refresh_from_db()
    passage.refresh_from_db()
    evidence.refresh_from_db()
    assert (document.title, document.text) == ("D", "Intro. Reuters donne 13 heures.")
    assert document.text[passage.start : passage.end] == "Reuters donne 13 heures."
    assert document.text[evidence.passage_start : evidence.passage_end] == evidence.passage
    verdict.refresh_from_db()
    assert (verdict.summary, verdict.explanation) == ("Faux.", "E.")
    assert Evidence.objects.count() == 1 and Document.objects.count() == 1


def test_the_admins_change_form_cleans_the_text_it_saves(rf):
    from django.contrib import admin

    article = ArticleFactory(title="Before")
    request = rf.post("/")
    request.user = UserFactory(is_staff=True, is_superuser=True)
    model_admin = admin.site._registry[Article]
    form_class = model_admin.get_form(request, article, change=True)
    data = {name: value for name, value in form_class(instance=article).initial.items() if value is not None}
    form = form_class(data={**data, "title": "A\x01title\x00 here"}, instance=article)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["title"] == "Atitle here"
