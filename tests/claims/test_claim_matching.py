"""Already checked? Claims matched against known fact-checks and our published verdicts (issue 11)."""

import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone

from claims import matching, services
from claims.matching import Figure, figures, figures_compare
from claims.models import Article, Claim, ClaimMatch, Comment, Verdict
from sources.models import KnownFactCheck
from tests.factories import ArticleFactory, ClaimFactory, DocumentFactory, EvidenceFactory, UserFactory, VerdictFactory

pytestmark = pytest.mark.django_db


def known(claim_reviewed: str, **fields) -> KnownFactCheck:
    defaults = {
        "url": f"https://factuel.example/{abs(hash(claim_reviewed))}",
        "rating_text": "Faux",
        "truth": 1,
        "author_name": "AFP Factuel",
        "language": "fr",
        "date_published": datetime(2023, 9, 22, tzinfo=UTC),
    }
    return KnownFactCheck.objects.create(claim_reviewed=claim_reviewed, **(defaults | fields))


@pytest.mark.parametrize(
    ("a", "b"),
    [("about 120,000 people", "environ 120 000 personnes"), ("7.3%", "7,3 %"), ("1.5 million", "1,5 million"),
     ("£8m", "£8 million"), ("in 2019", "en 2019")],
)  # fmt: skip
def test_figures_read_alike_in_both_languages(a, b):
    assert figures(a) == figures(b)


def test_figures_that_differ_or_agree():
    assert figures_compare(figures("Unemployment rose to 7.3% in 2019"), figures("le chômage à 9,1 % en 2023")) == (
        "differ"
    )
    assert figures_compare(figures("7.3% in 2019"), figures("7,3 % en 2019")) == "agree"
    assert figures_compare(figures("the WHO said"), figures("7,3 % en 2019")) == ""
    assert Figure(2019.0, year=True) in figures("in 2019")


def test_an_english_claim_finds_the_french_fact_check_and_figures_push_the_others_down():
    same = known("L'Azerbaïdjan a déplacé environ 120 000 Arméniens du Haut-Karabakh en septembre 2023.")
    other_year = known("L'Azerbaïdjan a déplacé environ 120 000 Arméniens du Haut-Karabakh en 2020.")
    known("Le vaccin contre la rougeole provoque l'autisme.", url="https://factuel.example/measles")
    matches = matching.match_text(
        "Azerbaijan displaced about 120,000 Armenians from Nagorno-Karabakh in September 2023", top=5
    )
    assert matches[0].candidate.pk == same.pk
    assert matches[0].same_claim and matches[0].figures == "agree"
    ranks = {m.candidate.pk: k for k, m in enumerate(matches)}
    assert ranks[other_year.pk] > 0
    assert next(m for m in matches if m.candidate.pk == other_year.pk).figures == "differ"
    assert not any(m.same_claim for m in matches if m.candidate.url.endswith("measles"))


def test_the_index_sees_what_is_imported_after_it_was_built():
    assert matching.match_text("Le vaccin contre la rougeole provoque l'autisme") == []
    known("Le vaccin contre la rougeole provoque l'autisme.")
    assert matching.match_text("Measles vaccine causes autism")[0].candidate.author == "AFP Factuel"


def test_an_article_s_claims_are_matched_stored_and_grouped_idempotently():
    fact_check = known("Le cessez-le-feu au Haut-Karabakh est entré en vigueur mercredi à 11 heures.")
    first = ClaimFactory(article=ArticleFactory(text="The Karabakh ceasefire took effect on Wednesday at 11 a.m."))
    second = ClaimFactory(
        article=ArticleFactory(text="Le cessez-le-feu au Karabakh est entré en vigueur mercredi à 11 heures.")
    )
    matching.article_match(article_id=first.article_id)
    matching.article_match(article_id=second.article_id)
    matching.article_match(article_id=second.article_id)  # again: nothing doubles
    second.refresh_from_db()
    assert list(ClaimMatch.objects.filter(claim=second).values_list("fact_check_id", flat=True)) == [fact_check.pk]
    assert ClaimMatch.objects.filter(claim=first, fact_check=fact_check).count() == 1
    assert second.same_as_id == first.pk and second.matched_at is not None
    assert [c.pk for c in matching.claim_duplicates(first)] == [second.pk]


def test_an_import_of_fact_checks_matches_this_week_s_claims_again(tmp_path, django_capture_on_commit_callbacks):
    recent = ClaimFactory(article=ArticleFactory(text="The Karabakh ceasefire took effect on Wednesday at 11 a.m."))
    old = ClaimFactory(article=ArticleFactory(text="The Karabakh ceasefire took effect on Wednesday at 11 a.m."))
    Article.objects.filter(pk=old.article_id).update(
        created_at=timezone.now() - timedelta(days=matching.RECENT_DAYS + 1)
    )
    for claim in (recent, old):
        matching.article_match(article_id=claim.article_id)
    assert not ClaimMatch.objects.exists()
    review = {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://factuel.example/karabakh-11h",
        "claimReviewed": "Le cessez-le-feu au Haut-Karabakh est entré en vigueur mercredi à 11 heures.",
        "reviewRating": {"@type": "Rating", "alternateName": "Vrai"}, "author": {"name": "AFP Factuel"},
        "datePublished": "2023-09-22", "inLanguage": "fr",
    }  # fmt: skip
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps([review]), encoding="utf-8")
    cache.delete("claims:match-recent-articles")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_claimreviews", str(path), stdout=io.StringIO())
    assert list(ClaimMatch.objects.values_list("claim_id", flat=True)) == [recent.pk]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        call_command("import_claimreviews", str(path), stdout=io.StringIO())  # unchanged: nothing to match again
    assert callbacks == []


def test_our_published_verdict_is_a_match_but_never_of_its_own_claim():
    verdict = VerdictFactory(
        claim=ClaimFactory(article=ArticleFactory(text="Environ 120 000 Arméniens vivent au Haut-Karabakh."))
    )
    newcomer = ClaimFactory(article=ArticleFactory(text="About 120,000 Armenians live in Nagorno-Karabakh."))
    matching.article_match(article_id=verdict.claim.article_id)
    matching.article_match(article_id=newcomer.article_id)
    assert not ClaimMatch.objects.filter(claim=verdict.claim, verdict=verdict).exists()
    match = ClaimMatch.objects.get(claim=newcomer)
    assert match.verdict_id == verdict.pk and match.fact_check_id is None


def test_match_claims_prints_the_contract_shape_and_writes_nothing(tmp_path):
    known("Emmanuel Macron a dissous l'Assemblée nationale le 9 juin 2024.", rating_text="Vrai", truth=5)
    path = tmp_path / "claims.txt"
    path.write_text("Macron dissolved the National Assembly on 9 June 2024\n\n   \nLes chats ont neuf vies\n")
    out = io.StringIO()
    call_command("match_claims", str(path), "--top", "2", stdout=out)
    results = json.loads(out.getvalue())
    assert [r["query"] for r in results] == ["Macron dissolved the National Assembly on 9 June 2024",
                                             "Les chats ont neuf vies"]  # fmt: skip
    best = results[0]["matches"][0]
    assert set(best) == {"url", "claim_reviewed", "rating", "author", "date", "language", "score", "kind"}
    assert best["kind"] == "claimreview" and best["rating"] == "Vrai" and best["date"] == "2023-09-22"
    assert len(results[0]["matches"]) <= 2
    # Read-only: the vector it needed was computed in memory, not stored.
    assert KnownFactCheck.objects.filter(vector__isnull=True).count() == 1
    assert not ClaimMatch.objects.exists()


def test_match_claims_reads_standard_input_and_says_what_is_wrong(tmp_path, monkeypatch):
    known("Le vaccin contre la rougeole provoque l'autisme.")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Measles jabs cause autism\n")))
    out = io.StringIO()
    call_command("match_claims", "-", "--format", "text", stdout=out)
    assert "AFP Factuel" in out.getvalue() and "Measles jabs cause autism" in out.getvalue()
    with pytest.raises(CommandError, match="no such file"):
        call_command("match_claims", str(tmp_path / "missing.txt"))
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Le ch\xf4mage".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("match_claims", str(bad))
    with pytest.raises(CommandError, match="--top"):
        call_command("match_claims", str(bad), "--top", "0")


def test_the_claim_page_shows_previous_checks_and_the_queue_filters_them(client):
    fact_check = known("Le cessez-le-feu au Haut-Karabakh est entré en vigueur mercredi à 11 heures.")
    matched = ClaimFactory(article=ArticleFactory(text="The Karabakh ceasefire took effect on Wednesday at 11 a.m."))
    lonely = ClaimFactory(article=ArticleFactory(text="Le prix du pain a doublé en dix ans dans la Creuse."))
    matching.article_match(article_id=matched.article_id)
    matching.article_match(article_id=lonely.article_id)
    client.force_login(UserFactory(groups=["Fact-checker"]))
    page = client.get(reverse("review-claim", args=[matched.pk])).content.decode()
    assert "Previously checked" in page and "AFP Factuel" in page and fact_check.url in page and "Faux" in page
    assert "probably the same claim" in page
    assert "Not checked anywhere yet" in client.get(reverse("review-claim", args=[lonely.pk])).content.decode()
    checked = client.get(reverse("review-queue"), {"status": "all", "checked": "yes"}).content.decode()
    unchecked = client.get(reverse("review-queue"), {"status": "all", "checked": "no"}).content.decode()
    assert f"#{matched.pk} " in checked and f"#{lonely.pk} " not in checked
    assert f"#{lonely.pk} " in unchecked and f"#{matched.pk} " not in unchecked


def test_one_verdict_is_proposed_for_the_same_claim_elsewhere_and_an_editor_approves_it(client):
    first = ClaimFactory(article=ArticleFactory(text="Environ 120 000 Arméniens vivent au Haut-Karabakh."))
    evidence = EvidenceFactory(claim=first, document=DocumentFactory(), stance="supports")
    verdict = VerdictFactory(claim=first, cited_evidence=[evidence])
    other = ClaimFactory(article=ArticleFactory(text="About 120,000 Armenians live in Nagorno-Karabakh."))
    matching.article_match(article_id=first.article_id)
    matching.article_match(article_id=other.article_id)
    checker = UserFactory(groups=["Fact-checker"])
    client.force_login(checker)
    response = client.post(reverse("review-verdict-apply-to-duplicates", args=[first.pk]), follow=True)
    assert "Verdict proposed for 1 other claim" in response.content.decode()
    copy = Verdict.objects.get(claim=other)
    assert copy.status == Verdict.Status.PROPOSED and copy.author == checker and copy.rating_id == verdict.rating_id
    assert [e.document_id for e in copy.cited_evidence.all()] == [evidence.document_id]
    assert Comment.objects.filter(claim=other, text__contains=f"#{first.pk}").exists()
    # The two-person rule holds: the proposer cannot approve it.
    with pytest.raises(services.ReviewError):
        services.verdict_approve(verdict=copy, by=checker, expected_version=copy.version)
    services.verdict_approve(verdict=copy, by=UserFactory(groups=["Editor"]), expected_version=copy.version)
    assert Claim.objects.get(pk=other.pk).verdict.status == Verdict.Status.APPROVED
    # Applied again: the other claim has its verdict now, nothing is proposed twice.
    assert services.verdict_apply_to_duplicates(verdict=verdict, by=checker) == []


def test_the_api_and_the_public_page_show_matches_and_related_verdicts(client):
    fact_check = known("Environ 120 000 Arméniens vivent au Haut-Karabakh.", rating_text="Vrai", truth=5)
    ours = VerdictFactory(
        claim=ClaimFactory(article=ArticleFactory(text="About 120,000 Armenians live in Nagorno-Karabakh."))
    )
    later = VerdictFactory(
        claim=ClaimFactory(article=ArticleFactory(text="Some 120,000 ethnic Armenians live in Karabakh."))
    )
    for verdict in (ours, later):
        matching.article_match(article_id=verdict.claim.article_id)
    client.force_login(UserFactory(groups=["Fact-checker"]))
    data = client.get(f"/api/v1/claims/{later.claim_id}/").json()
    kinds = {match["kind"]: match for match in data["matches"]}
    assert kinds["claimreview"]["url"] == fact_check.url and kinds["claimreview"]["rating"] == "Vrai"
    assert kinds["verdict"]["url"].endswith(f"/verdicts/{ours.slug}/")
    client.logout()
    page = client.get(reverse("verdict-detail", args=[ours.slug])).content.decode()
    assert "Related verdicts" in page and f"/verdicts/{later.slug}/" in page
