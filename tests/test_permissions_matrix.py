"""Every URL × every role, against DESIGN.md's role table: who gets what status code.

POST rows send an empty form (or, for the API, a valid article): they show who is let in, not what the
action does. Review actions answer a refused or invalid request with a redirect and a message, so a
fact-checker's 302 on "approve" is a refusal shown on the claim page; the rule itself is tested with
the services. 302 for anonymous means "sent to the login page".
"""

import pytest
from django.test import Client

from claims.models import Verdict
from tests.factories import (
    ArticleFactory,
    ClaimFactory,
    DocumentFactory,
    EvidenceFactory,
    UserFactory,
    VerdictFactory,
)

ROLES = ("anonymous", "fact-checker", "editor", "source-admin")

MATRIX = """
method  path                                          anonymous  fact-checker  editor  source-admin
# Review pages (helper 5)
GET     /                                             302        302           302     302
GET     /review/                                      302        200           200     403
GET     /review/articles/new/                         302        200           200     403
POST    /review/articles/new/                         302        200           200     403
GET     /review/articles/{article}/                   302        200           200     403
GET     /review/claims/{claim}/                       302        200           200     403
POST    /review/bulk/                                 302        302           302     403
POST    /review/claims/{claim}/start/                 302        302           302     403
POST    /review/claims/{claim}/not-checkable/         302        302           302     403
POST    /review/claims/{claim}/reopen/                302        302           302     403
POST    /review/claims/{claim}/comments/              302        302           302     403
POST    /review/claims/{claim}/evidence/              302        302           302     403
POST    /review/claims/{claim}/evidence/{evidence}/remove/  302  302           302     403
POST    /review/claims/{claim}/edit/                  302        400           400     403
POST    /review/claims/{claim}/search/                302        302           302     403
POST    /review/articles/{article}/search/            302        302           302     403
GET     /review/failed/                               302        200           200     403
POST    /review/articles/{article}/retry/             302        302           302     403
POST    /review/claims/{claim}/verdict/               302        409           409     403
# An empty form has no version: 400, a plain validation error (the refusal by role is tested with the services)
POST    /review/claims/{claim}/verdict/approve/       302        400           400     403
POST    /review/claims/{claim}/verdict/send-back/     302        400           400     403
POST    /review/claims/{claim}/verdict/publish/       302        400           400     403
POST    /review/claims/{claim}/verdict/unpublish/     302        400           400     403
POST    /review/claims/{claim}/verdict/correct/       302        400           400     403
POST    /review/claims/{claim}/verdict/take-over/     302        400           400     403
# No verdict on the claim: the page says so (302 back to it); what a verdict allows is tested with the services
POST    /review/claims/{claim}/verdict/apply-to-duplicates/  302  302           302     403
GET     /review/claims/{claim}/verdict/approve/       405        405           405     405
# Public pages
GET     /verdicts/                                    200        200           200     200
GET     /verdicts/{published}/                        200        200           200     200
GET     /verdicts/{withdrawn}/                        200        200           200     200
GET     /verdicts/{published}/sources/{cited_document}/  200     200           200     200
GET     /verdicts/{published}/sources/{document}/     404        404           404     404
GET     /verdicts/{draft}/                            404        404           404     404
GET     /verdicts/feed/                               200        200           200     200
GET     /articles/{public_article}/                   200        200           200     200
GET     /articles/{article}/                          404        200           200     404
# Archive: the newsroom's; readers see only the sources a published verdict cites (above)
GET     /sources/documents/{document}/                302        200           200     200
GET     /sources/add/                                 302        200           200     200
# Admin and accounts
GET     /admin/                                       302        200           200     200
GET     /accounts/login/                              200        200           200     200
# API: verdicts are public, articles and claims are the newsroom's
GET     /api/schema/                                  200        200           200     200
GET     /api/docs/                                    200        200           200     200
GET     /api/v1/                                      200        200           200     200
GET     /api/v1/verdicts/                             200        200           200     200
GET     /api/v1/verdicts/{published}/                 200        200           200     200
GET     /api/v1/verdicts/{draft}/                     404        404           404     404
GET     /api/v1/articles/                             401        200           200     403
POST    /api/v1/articles/                             401        201           201     403
GET     /api/v1/articles/{article}/                   401        200           200     403
GET     /api/v1/claims/                               401        200           200     403
GET     /api/v1/claims/{claim}/                       401        200           200     403
POST    /api/v1/claims/{claim}/search/                401        202           202     403
POST    /api/v1/articles/{article}/search/            401        202           202     403
"""


def parse(table: str) -> list[tuple[str, str, dict[str, int]]]:
    rows = []
    for line in table.strip().splitlines()[1:]:
        if line.startswith("#"):
            continue
        method, path, *codes = line.split()
        rows.append((method, path, dict(zip(ROLES, map(int, codes), strict=True))))
    return rows


ROWS = parse(MATRIX)


@pytest.fixture
def users() -> dict:
    # Staff status is what lets every working role into the admin, as setup_demo creates them.
    return {
        role: UserFactory(username=role, groups=[group], is_staff=True)
        for role, group in (("fact-checker", "Fact-checker"), ("editor", "Editor"), ("source-admin", "Source admin"))
    }


@pytest.fixture
def objects(users):
    by = {"author": users["fact-checker"], "approver": users["editor"]}
    article = ArticleFactory(title="Pas encore publié")
    claim = ClaimFactory(article=article)
    VerdictFactory(claim=claim, slug="brouillon", status=Verdict.Status.PROPOSED, published_at=None, **by)
    published_claim = ClaimFactory()
    cited = EvidenceFactory(claim=published_claim)
    published = VerdictFactory(slug="publie", claim=published_claim, cited_evidence=[cited], **by)
    VerdictFactory(slug="retire", status=Verdict.Status.UNPUBLISHED, status_reason="Erreur.", **by)
    return {
        "article": article.pk,
        "claim": claim.pk,
        "evidence": EvidenceFactory(claim=claim).pk,
        "draft": "brouillon",
        "published": "publie",
        "withdrawn": "retire",
        "public_article": published.claim.article_id,
        "document": DocumentFactory().pk,
        "cited_document": cited.document_id,
    }


@pytest.fixture
def clients(users) -> dict[str, Client]:
    clients = {"anonymous": Client()}
    for role, user in users.items():
        clients[role] = Client()
        clients[role].force_login(user)
    return clients


def request(client: Client, method: str, path: str):
    if method == "GET":
        return client.get(path)
    if path.startswith("/api/"):
        return client.post(path, {"text": "Un texte à vérifier."}, content_type="application/json")
    return client.post(path, {})


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "path", "expected"), ROWS, ids=[f"{m} {p}" for m, p, _ in ROWS])
def test_each_role_gets_the_expected_status(method, path, expected, objects, clients):
    url = path.format(**objects)
    got = {role: request(clients[role], method, url).status_code for role in ROLES}

    assert got == expected


@pytest.mark.django_db
def test_anonymous_redirects_go_to_the_login_page(objects):
    for method, path, expected in ROWS:
        if expected["anonymous"] == 302 and path.startswith(("/review/", "/admin/", "/sources/")):
            response = request(Client(), method, path.format(**objects))
            assert "/login/" in response["Location"], f"{method} {path}"


def test_every_routed_url_is_in_the_matrix():
    from django.urls import get_resolver

    def patterns(resolver, prefix=""):
        for entry in resolver.url_patterns:
            if hasattr(entry, "url_patterns"):
                yield from patterns(entry, prefix + str(entry.pattern))
            else:
                yield prefix + str(entry.pattern)

    covered = {path for _, path, _ in ROWS}

    def in_matrix(route: str) -> bool:
        # "review/claims/<int:pk>/start/" matches "/review/claims/{claim}/start/"
        import re

        pattern = "^/" + re.sub(r"<[^>]+>", r"[^/]+", route) + "$"
        return any(re.match(pattern, path) for path in covered)

    missing = [
        route
        for route in patterns(get_resolver())
        # The admin's own pages, the auth views and the language switch are Django's, tested upstream.
        if not route.startswith(("admin/", "accounts/", "i18n/")) and not in_matrix(route)
    ]
    assert missing == []
