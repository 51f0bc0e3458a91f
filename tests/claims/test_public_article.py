import pytest

from claims.models import Verdict
from claims.public_views import marked_text
from tests.factories import ArticleFactory, ClaimFactory, UserFactory, VerdictFactory

pytestmark = pytest.mark.django_db

TEXT = "Le cessez-le-feu est entré en vigueur mercredi à 11 heures. Environ 120 000 personnes vivent dans la région."


def verdict_on(article, start: int, end: int, **kwargs) -> Verdict:
    return VerdictFactory(claim=ClaimFactory(article=article, start=start, end=end), **kwargs)


def test_it_marks_published_verdicts_in_the_article_text(client):
    article = ArticleFactory(text=TEXT)
    end = TEXT.index(".") + 1
    verdict = verdict_on(article, 0, end, slug="cessez-le-feu")

    response = client.get(f"/articles/{article.pk}/")

    assert response.status_code == 200
    link = '<a class="claim-link" href="/verdicts/cessez-le-feu/" title="False">'
    assert f'{link}<mark class="claim">{TEXT[:end]}</mark></a>' in response.text
    assert '<a href="#verdict-1" aria-label="Verdict 1">[1]</a>' in response.text
    assert verdict.summary in response.text


def test_it_does_not_mark_verdicts_that_are_not_published(client):
    article = ArticleFactory(text=TEXT)
    verdict_on(article, 0, 10, slug="publie")
    verdict_on(article, 61, 90, slug="brouillon", status=Verdict.Status.PROPOSED, published_at=None)

    response = client.get(f"/articles/{article.pk}/")

    assert "/verdicts/publie/" in response.text
    assert "/verdicts/brouillon/" not in response.text


def test_an_article_without_a_published_verdict_is_not_found_for_the_public(client):
    article = ArticleFactory(text=TEXT)
    verdict_on(article, 0, 10, status=Verdict.Status.APPROVED, published_at=None)

    assert client.get(f"/articles/{article.pk}/").status_code == 404


def test_the_newsroom_may_see_an_article_before_anything_is_published(client):
    article = ArticleFactory(text=TEXT)
    client.force_login(UserFactory(groups=["Fact-checker"]))

    response = client.get(f"/articles/{article.pk}/")

    assert response.status_code == 200
    assert "only the newsroom can see this page" in response.text


def test_a_source_admin_is_the_public_here(client):
    article = ArticleFactory(text=TEXT)
    client.force_login(UserFactory(groups=["Source admin"]))

    assert client.get(f"/articles/{article.pk}/").status_code == 404


def test_overlapping_claims_link_each_piece_to_the_narrowest_claim():
    article = ArticleFactory(text="abcdefghij")
    outer = verdict_on(article, 0, 8, slug="outer")
    inner = verdict_on(article, 3, 5, slug="inner")

    html = marked_text(article.text, [outer, inner])

    assert html == (
        '<a class="claim-link" href="/verdicts/outer/" title="False"><mark class="claim">abc</mark></a>'
        '<a class="claim-link" href="/verdicts/inner/" title="False / False"><mark class="claim overlap">de</mark></a>'
        '<sup class="note"><a href="#verdict-2" aria-label="Verdict 2">[2]</a></sup>'
        '<a class="claim-link" href="/verdicts/outer/" title="False"><mark class="claim">fgh</mark></a>'
        '<sup class="note"><a href="#verdict-1" aria-label="Verdict 1">[1]</a></sup>'
        "ij"
    )


def test_the_article_text_is_escaped_and_bad_offsets_mark_nothing():
    article = ArticleFactory(text="<b>Bakou</b> & Erevan")
    inside = verdict_on(article, 3, 8, slug="bakou")
    beyond = verdict_on(article, 500, 600, slug="au-dela")

    html = marked_text(article.text, [inside, beyond])

    assert html == (
        '&lt;b&gt;<a class="claim-link" href="/verdicts/bakou/" title="False"><mark class="claim">Bakou</mark></a>'
        '<sup class="note"><a href="#verdict-1" aria-label="Verdict 1">[1]</a></sup>&lt;/b&gt; &amp; Erevan'
    )


def test_an_unknown_article_is_not_found(client):
    assert client.get("/articles/999999/").status_code == 404


LONG = (
    "Premier paragraphe sans rapport. Deuxième phrase sans rapport. "
    "La phrase d'avant. Le chômage a baissé de 2 % en 2023. La phrase d'après. "
    "Troisième phrase sans rapport. Quatrième phrase sans rapport. "
    "Avant la seconde. La dette atteint 110 % du PIB. Après la seconde. Fin du texte."
)


def test_the_public_page_shows_each_claim_in_context_not_the_whole_article(client):
    article = ArticleFactory(text=LONG, url="https://www.example.fr/economie/chomage")
    start = LONG.index("Le chômage")
    first = verdict_on(article, start, LONG.index("2023.") + 5, slug="chomage")
    start = LONG.index("La dette")
    second = verdict_on(article, start, LONG.index("PIB.") + 4, slug="dette")

    page = client.get(f"/articles/{article.pk}/")

    excerpts = page.context["excerpts"]
    assert len(excerpts) == 2
    assert str(excerpts[0].html).startswith("La phrase d&#x27;avant. ")
    assert str(excerpts[0].html).endswith("La phrase d&#x27;après.")
    assert "Avant la seconde." in excerpts[1].html and "Après la seconde." in excerpts[1].html
    assert excerpts[0].cut_before and excerpts[1].cut_after
    assert '<mark class="claim">Le chômage a baissé de 2 % en 2023.</mark>' in page.text
    assert f'href="{first.get_absolute_url()}"' in page.text and f'href="{second.get_absolute_url()}"' in page.text
    # The rest of someone else's article stays with its publisher; a link leads there.
    for elsewhere in ("Premier paragraphe", "Quatrième phrase", "Fin du texte"):
        assert elsewhere not in page.text
    assert 'href="https://www.example.fr/economie/chomage"' in page.text
    assert "Full text (newsroom)" not in page.text


def test_claims_whose_contexts_touch_share_one_excerpt_numbered_in_order(client):
    article = ArticleFactory(text=TEXT)
    end = TEXT.index(".") + 1
    verdict_on(article, 0, end, slug="premier")
    verdict_on(article, end + 1, len(TEXT), slug="second")

    [excerpt] = client.get(f"/articles/{article.pk}/").context["excerpts"]

    assert "[1]" in excerpt.html and "[2]" in excerpt.html
    assert not excerpt.cut_before and not excerpt.cut_after


def test_the_newsroom_gets_a_link_to_the_full_text(client):
    article = ArticleFactory(text=LONG)
    verdict_on(article, LONG.index("La dette"), LONG.index("PIB.") + 4, slug="dette")
    client.force_login(UserFactory(groups=["Fact-checker"]))

    page = client.get(f"/articles/{article.pk}/")

    assert f'href="/review/articles/{article.pk}/">Full text (newsroom)' in page.text
    assert "Premier paragraphe" not in page.text
