import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim, Comment, Verdict
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, SourceFactory, UserFactory, rating

pytestmark = pytest.mark.django_db

FACETS = [
    {"type": "quantity", "text": "environ 120 000", "value": 120000, "approximate": True, "unit": "personnes"},
    {
        "type": "datetime",
        "text": "mercredi à 11 heures",
        "value": "2023-09-20T11:00:00+02:00",
        "zone_from": "published",
    },
    {"type": "entity", "text": "Haut-Karabakh", "label": "LOC"},
]


@pytest.fixture
def claim():
    article = ArticleFactory(text="Avant. " + "Environ 120 000 personnes vivent au Haut-Karabakh." + " Après.")
    return ClaimFactory(article=article, start=7, end=57, facets=FACETS)


@pytest.fixture
def alice():
    return UserFactory(username="alice", groups=["Fact-checker"])


@pytest.fixture
def erin():
    return UserFactory(username="erin", groups=["Editor"])


def url(claim, name="review-claim"):
    return reverse(name, args=[claim.pk])


def post_verdict(client, claim, version=0, propose=True, **fields):
    data = {
        "rating": rating("false").pk,
        "summary": "Faux.",
        "explanation": "Les chiffres officiels.",
        "version": version,
    }
    data |= fields
    if propose:
        data["propose"] = "1"
    return client.post(url(claim, "review-verdict-save"), data)


def test_anonymous_visitors_are_sent_to_the_login_page(client, claim):
    assert client.get(url(claim)).url.startswith(reverse("login"))
    assert client.post(url(claim, "review-verdict-save")).url.startswith(reverse("login"))


def test_a_source_admin_can_neither_read_nor_write(client, claim):
    client.force_login(UserFactory(groups=["Source admin"]))
    assert client.get(url(claim)).status_code == 403
    assert post_verdict(client, claim).status_code == 403
    assert client.post(url(claim, "review-claim-comment"), {"text": "hi"}).status_code == 403
    assert not Verdict.objects.exists() and not Comment.objects.exists()


def test_it_shows_the_claim_in_its_article_with_readable_facets(client, claim, alice):
    client.force_login(alice)
    response = client.get(url(claim))
    assert response.status_code == 200
    assert "<mark>Environ 120 000 personnes vivent au Haut-Karabakh.</mark>" in response.text
    assert "≈ 120,000" in response.text
    assert "taken from the publication date" in response.text
    assert "LOC" in response.text


def test_it_lists_evidence_with_source_reliability_and_comparisons(client, claim, alice):
    document = DocumentFactory(source=SourceFactory(name="Agence", reliability=5), title="Dépêche")
    claim.evidence.create(
        document=document,
        passage="120 000 habitants",
        passage_start=0,
        passage_end=17,
        score=0.87,
        stance="supports",
        comparisons=[{"facet": "environ 120 000", "result": "agrees", "found": "120 000"}],
    )
    client.force_login(alice)
    text = client.get(url(claim)).text
    assert "Agence · reliability 5/5" in text
    assert "120 000 habitants" in text and "0.87" in text and "agrees" in text and "found: 120 000" in text


def test_the_labels_follow_the_interface_language(client, claim, alice):
    client.force_login(alice)
    client.cookies["django_language"] = "fr"
    text = client.get(url(claim)).text
    assert "Plutôt faux" in text and "Dans l’article" in text and "Historique" not in text


def test_a_fact_checker_proposes_and_a_second_fact_checker_is_refused_approval(client, claim, alice):
    client.force_login(alice)
    response = post_verdict(client, claim)
    assert response.status_code == 302
    verdict = Verdict.objects.get()
    assert (verdict.status, verdict.author) == (Verdict.Status.PROPOSED, alice)
    client.force_login(UserFactory(groups=["Fact-checker"]))
    response = client.post(url(claim, "review-verdict-approve"), {"version": verdict.version}, follow=True)
    assert "Only an editor can do this." in response.text
    assert Verdict.objects.get().status == Verdict.Status.PROPOSED


def test_an_editor_approves_publishes_and_the_page_shows_the_history(client, claim, alice, erin):
    client.force_login(alice)
    post_verdict(client, claim)
    client.force_login(erin)
    client.post(url(claim, "review-verdict-approve"), {"version": 1})
    client.post(url(claim, "review-verdict-publish"), {"version": 2, "no_source_reason": "Sources in the text."})
    verdict = Verdict.objects.get()
    claim.refresh_from_db()
    assert (verdict.status, verdict.approver, claim.status) == ("published", erin, "published")
    history = client.get(url(claim)).context["history"]
    assert [(h["user"].username, h["action"]) for h in history] == [
        ("erin", "published"),
        ("erin", "approved"),
        ("alice", "proposed"),
    ]


def test_an_editor_cannot_approve_their_own_verdict_in_the_view(client, claim, erin):
    client.force_login(erin)
    post_verdict(client, claim)
    response = client.post(url(claim, "review-verdict-approve"), {"version": 1}, follow=True)
    assert "You wrote this verdict, so you cannot approve it" in response.text
    assert Verdict.objects.get().status == Verdict.Status.PROPOSED


def test_a_stale_save_is_refused_showing_both_versions(client, claim, alice):
    bob = UserFactory(username="bob", groups=["Fact-checker"])
    services.verdict_save_draft(claim=claim, author=bob, summary="Bob's summary", expected_version=None)
    services.verdict_save_draft(claim=claim, author=bob, summary="Bob's second summary", expected_version=1)
    client.force_login(alice)
    response = post_verdict(client, claim, version=1, propose=False, summary="Alice's summary")
    assert response.status_code == 409
    assert "Someone else saved this verdict" in response.text
    assert "Bob&#x27;s second summary" in response.text and "Alice&#x27;s summary" in response.text
    assert response.context["verdict_form"]["version"].value() == 2
    verdict = Verdict.objects.get()
    assert (verdict.summary, verdict.version) == ("Bob's second summary", 2)


def test_a_form_made_before_the_first_draft_does_not_overwrite_it(client, claim, alice):
    bob = UserFactory(groups=["Fact-checker"])
    services.verdict_save_draft(claim=claim, author=bob, summary="Bob first", expected_version=None)
    client.force_login(alice)
    assert post_verdict(client, claim, version=0, propose=False, summary="Alice").status_code == 409
    assert Verdict.objects.get().summary == "Bob first"


def test_proposing_without_a_rating_shows_the_error_and_keeps_the_text(client, claim, alice):
    client.force_login(alice)
    response = post_verdict(client, claim, rating="", summary="Kept")
    assert response.status_code == 400
    assert "A verdict needs rating before it can be proposed." in response.text
    assert 'value="Kept"' in response.text
    assert not Verdict.objects.exists()


def test_sending_back_needs_a_reason_and_returns_the_claim_to_its_author(client, claim, alice, erin):
    client.force_login(alice)
    post_verdict(client, claim)
    client.force_login(erin)
    response = client.post(url(claim, "review-verdict-send-back"), {"version": 1, "reason": ""}, follow=True)
    assert "Give a reason" in response.text
    client.post(url(claim, "review-verdict-send-back"), {"version": 1, "reason": "Source?"})
    claim.refresh_from_db()
    assert Verdict.objects.get().status == Verdict.Status.SENT_BACK and claim.assignee == alice
    client.force_login(alice)
    assert "Source?" in client.get(url(claim)).text


def test_a_transition_without_a_version_is_refused(client, claim, alice, erin):
    client.force_login(alice)
    post_verdict(client, claim)
    client.force_login(UserFactory(groups=["Editor"]))
    response = client.post(url(claim, "review-verdict-approve"), {"version": "x"})
    # A bad form, not a conflict with someone else's save.
    assert response.status_code == 400
    assert "Version: Enter a whole number." in response.text
    assert "Someone else saved this verdict" not in response.text
    assert Verdict.objects.get().status == Verdict.Status.PROPOSED


def test_an_editor_unpublishes_and_corrects(client, claim, alice, erin):
    verdict = services.verdict_propose(
        claim=claim, author=alice, rating=rating("false"), summary="s", explanation="e", expected_version=None
    )
    services.verdict_approve(verdict=verdict, by=erin, expected_version=1)
    services.verdict_publish(verdict=verdict, by=erin, expected_version=2, no_source_reason="Sources in the text.")
    client.force_login(erin)
    client.post(url(claim, "review-verdict-correct"), {"version": 3, "text": "Figure fixed."})
    assert Verdict.objects.get().corrections.get().text == "Figure fixed."
    client.post(url(claim, "review-verdict-unpublish"), {"version": 4, "reason": "Withdrawn."})
    verdict = Verdict.objects.get()
    assert (verdict.status, verdict.status_reason) == ("unpublished", "Withdrawn.")


def test_comments_form_a_discussion(client, claim, alice):
    client.force_login(alice)
    client.post(url(claim, "review-claim-comment"), {"text": "Check the census."})
    response = client.post(url(claim, "review-claim-comment"), {"text": "  "}, follow=True)
    assert "This field is required." in response.text
    assert "Check the census." in client.get(url(claim)).text


def test_start_review_then_mark_not_checkable_then_reopen(client, claim, alice):
    client.force_login(alice)
    client.post(url(claim, "review-claim-start"))
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (Claim.Status.IN_REVIEW, alice)
    client.post(url(claim, "review-claim-not-checkable"), {"reason": "Opinion"})
    claim.refresh_from_db()
    assert claim.status == Claim.Status.NOT_CHECKABLE
    client.post(url(claim, "review-claim-reopen"))
    claim.refresh_from_db()
    assert claim.status == Claim.Status.NEW


def test_a_missing_claim_is_a_404(client, alice):
    client.force_login(alice)
    assert client.get(reverse("review-claim", args=[999999])).status_code == 404


def test_an_evidence_url_is_queued_for_fetching_and_shown_as_pending(client, claim, alice):
    client.force_login(alice)
    evidence_url = url(claim, "review-claim-evidence")
    client.post(evidence_url, {"url": "https://example.org/report"})
    client.post(evidence_url, {"url": "https://example.org/report"})  # asking twice adds it once
    evidence = claim.evidence.get()
    assert (evidence.document.url, evidence.added_by, evidence.passage) == ("https://example.org/report", alice, "")
    assert "Fetching the page…" in client.get(url(claim)).text


def test_an_invalid_evidence_url_is_refused_with_a_message(client, claim, alice):
    client.force_login(alice)
    response = client.post(url(claim, "review-claim-evidence"), {"url": "javascript:alert(1)"}, follow=True)
    assert "Enter a valid URL." in response.text
    assert not claim.evidence.exists()


def test_a_hedged_time_shows_as_approximate_among_the_facets():
    from claims.display import facet_rows

    hedged = {"type": "datetime", "text": "vers 23 heures", "value": "2023-09-08T23:00:00+01:00", "zone_from": "text"}
    [row] = facet_rows([{**hedged, "approximate": True}])
    assert ("value", "≈ 2023-09-08T23:00:00+01:00") in row.details
    [row] = facet_rows([hedged])
    assert ("value", "2023-09-08T23:00:00+01:00") in row.details
