"""The admin's field-level locks on published content: role × field × verdict status.

What a verdict shows (its claim's words and facets, the evidence it cites, the article) is editable by anyone who
may change the row while the verdict is a draft. From the moment it goes to an editor it is read-only for
fact-checkers; editors may still change it, and on a published verdict the change needs a reason and becomes a
dated public correction (`c` below). Source admins have no access to these pages at all.
"""

import pytest
from django import forms
from django.test import Client
from django.urls import reverse

from claims import services
from claims.jsonld import claim_review
from claims.models import Claim, Correction, Evidence, Verdict
from tests.factories import ArticleFactory, ClaimFactory, EvidenceFactory, UserFactory, VerdictFactory

pytestmark = pytest.mark.django_db

STATUSES = ("draft", "approved", "published")
ROLES = {"fc": "fact-checker", "ed": "editor"}

# fc: fact-checker, ed: editor · w: writable · r: read-only · c: writable, as a correction with a reason
MATRIX = """
model     field            draft:fc  draft:ed  approved:fc  approved:ed  published:fc  published:ed
claim     article          w         w         r            w            r             c
claim     text             w         w         r            w            r             c
claim     reviewed_text    w         w         r            w            r             c
claim     start            w         w         r            w            r             c
claim     end              w         w         r            w            r             c
claim     sentence_start   w         w         r            w            r             c
claim     sentence_end     w         w         r            w            r             c
claim     claimant         w         w         r            w            r             c
claim     facets           w         w         r            w            r             c
claim     priority         w         w         w            w            w             w
evidence  document         w         w         r            w            r             c
evidence  passage          w         w         r            w            r             c
evidence  passage_start    w         w         r            w            r             c
evidence  passage_end      w         w         r            w            r             c
evidence  stance           w         w         r            w            r             c
evidence  score            w         w         w            w            w             w
article   title            w         w         r            w            r             c
article   author           w         w         r            w            r             c
article   url              w         w         r            w            r             c
article   text             w         w         r            w            r             c
article   language         w         w         r            w            r             c
article   published_at     w         w         r            w            r             c
"""


def parse(table: str):
    lines = [line.split() for line in table.strip().splitlines()]
    columns = lines[0][2:]
    return [(model, field, dict(zip(columns, codes, strict=True))) for model, field, *codes in lines[1:]]


ROWS = parse(MATRIX)


def staff(name: str, group: str):
    return UserFactory(username=name, groups=[group], is_staff=True)


@pytest.fixture
def people():
    return {"fact-checker": staff("alice", "Fact-checker"), "editor": staff("erin", "Editor")}


def shown(status: str) -> dict:
    """A claim with a verdict in `status` that cites one evidence item: the rows that verdict shows."""
    claim = ClaimFactory(article=ArticleFactory(url="https://news.example/a"))
    evidence = EvidenceFactory(claim=claim)
    published = {"published_at": None} if status != "published" else {}
    VerdictFactory(claim=claim, status=status, cited_evidence=[evidence], **published)
    return {"claim": claim, "evidence": evidence, "article": claim.article}


def change_page(client: Client, obj):
    return client.get(reverse(f"admin:claims_{obj._meta.model_name}_change", args=[obj.pk]))


@pytest.mark.parametrize(("model", "field", "expected"), ROWS, ids=[f"{m}.{f}" for m, f, _ in ROWS])
def test_each_role_may_change_each_shown_field_as_the_matrix_says(model, field, expected, people):
    got = {}
    for status in STATUSES:
        obj = shown(status)[model]
        for short, role in ROLES.items():
            client = Client()
            client.force_login(people[role])
            response = change_page(client, obj)
            assert response.status_code == 200
            writable = field in response.context["adminform"].form.fields
            # A shown field whose page asks for the correction readers will see.
            correction = field in PUBLIC[model] and correction_asked(response)
            got[f"{status}:{short}"] = "c" if writable and correction else "w" if writable else "r"
    assert got == expected


PUBLIC = {
    "claim": services.CLAIM_PUBLIC_FIELDS,
    "evidence": services.EVIDENCE_PUBLIC_FIELDS,
    "article": services.ARTICLE_PUBLIC_FIELDS,
}


def correction_asked(response) -> bool:
    return any("correction" in line.fields for fieldset in response.context["adminform"] for line in fieldset)


@pytest.mark.parametrize("model", ["claim", "evidence", "article"])
def test_a_source_admin_cannot_open_them(model, people):
    client = Client()
    client.force_login(staff("sam", "Source admin"))
    assert change_page(client, shown("published")[model]).status_code == 403


def post_data(response) -> dict:
    """What the browser would send back for the admin change page, unchanged."""
    data = {}

    def add(form):
        for name, field in form.fields.items():
            value = form[name].value()
            if isinstance(field, forms.BooleanField):
                if value:
                    data[form.add_prefix(name)] = "on"
            elif isinstance(value, list | tuple):
                data[form.add_prefix(name)] = [str(v) for v in value]
            else:
                data[form.add_prefix(name)] = "" if value is None else value

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        add(inline.formset.management_form)
        for form in inline.formset.initial_forms:
            add(form)
    return data


def save(client, obj, **changes):
    data = post_data(change_page(client, obj)) | changes
    return client.post(reverse(f"admin:claims_{obj._meta.model_name}_change", args=[obj.pk]), data)


def test_a_fact_checkers_post_cannot_change_a_published_claim(people):
    claim = shown("published")["claim"]
    client = Client()
    client.force_login(people["fact-checker"])
    data = post_data(change_page(client, claim)) | {"text": "Réécrit.", "claimant": "Quelqu’un", "priority": 7}
    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.text != "Réécrit." and claim.claimant == "" and claim.priority == 7  # priority is not shown
    assert not Correction.objects.exists()


def test_an_editors_change_to_a_published_claim_needs_a_reason(people):
    claim = shown("published")["claim"]
    client = Client()
    client.force_login(people["editor"])
    response = save(client, claim, claimant="Erevan")
    assert response.status_code == 200
    assert "say what you corrected and why" in response.text
    assert Claim.objects.get(pk=claim.pk).claimant == ""


def test_an_editors_change_with_a_reason_is_a_public_dated_correction(people):
    claim = shown("published")["claim"]
    verdict = claim.verdict
    client = Client()
    client.force_login(people["editor"])
    response = save(client, claim, claimant="Erevan", correction="Le locuteur était mal identifié.")
    assert response.status_code == 302
    claim.refresh_from_db()
    verdict.refresh_from_db()
    assert claim.claimant == "Erevan" and "claimant" in claim.edited_fields
    assert Correction.objects.get().text == "Le locuteur était mal identifié."
    assert verdict.version == 2 and verdict.history.first().history_change_reason == "corrected"
    assert claim_review(verdict)["dateModified"]
    page = Client().get(verdict.get_absolute_url()).text
    assert "Le locuteur était mal identifié." in page


def test_an_editors_change_to_cited_evidence_is_a_correction_too(people):
    evidence = shown("published")["evidence"]
    client = Client()
    client.force_login(people["editor"])
    assert save(client, evidence, passage="Autre passage.").status_code == 200
    assert save(client, evidence, passage="Autre passage.", correction="Passage exact.").status_code == 302
    assert Evidence.objects.get(pk=evidence.pk).passage == "Autre passage."
    assert Correction.objects.get().verdict == evidence.claim.verdict


def test_an_article_shown_by_an_approved_verdict_is_read_only_for_a_fact_checker(people):
    article = shown("approved")["article"]
    client = Client()
    client.force_login(people["fact-checker"])
    save(client, article, title="Autre titre", text="Autre texte.")
    article.refresh_from_db()
    assert article.title != "Autre titre" and article.text != "Autre texte."


@pytest.mark.parametrize("status", ["approved", "published"])
@pytest.mark.parametrize("role", ROLES.values())
def test_nobody_deletes_what_a_verdict_past_the_draft_stage_shows(status, role, people):
    rows = shown(status)
    client = Client()
    client.force_login(people[role])
    for model in ("claim", "evidence"):
        obj = rows[model]
        response = client.post(reverse(f"admin:claims_{model}_delete", args=[obj.pk]), {"post": "yes"})
        assert response.status_code == 403
        assert type(obj).objects.filter(pk=obj.pk).exists()


def test_a_drafts_cited_evidence_can_be_deleted_by_whoever_may_delete_evidence(people):
    evidence = shown("draft")["evidence"]
    client = Client()
    client.force_login(people["fact-checker"])
    client.post(reverse("admin:claims_evidence_delete", args=[evidence.pk]), {"post": "yes"})
    assert not Evidence.objects.filter(pk=evidence.pk).exists()
    assert Verdict.objects.get().cited_evidence.count() == 0


def test_the_review_page_follows_the_same_rule(people):
    claim = shown("approved")["claim"]
    client = Client()
    client.force_login(people["fact-checker"])
    page = client.get(reverse("review-claim", args=[claim.pk])).text
    assert "claim-edit-form" not in page and "only editors change the claim now" in page
    with pytest.raises(services.ReviewError):
        services.claim_edit(claim=claim, by=people["fact-checker"], claimant="Erevan")


def test_the_api_offers_no_way_to_write_a_claim(people):
    claim = shown("published")["claim"]
    client = Client()
    client.force_login(people["fact-checker"])
    url = reverse("api-claim-detail", args=[claim.pk])
    for method in (client.put, client.patch, client.delete):
        assert method(url, {"text": "Réécrit."}, content_type="application/json").status_code == 405
    assert Claim.objects.get(pk=claim.pk).text == claim.text


def test_delete_selected_is_refused_when_a_verdict_past_the_draft_stage_shows_a_row(people):
    rows = shown("published")
    loose = EvidenceFactory(claim=rows["claim"])  # on the claim, but not cited
    client = Client()
    client.force_login(people["fact-checker"])
    response = client.post(
        reverse("admin:claims_evidence_changelist"),
        {"action": "delete_selected", "_selected_action": [rows["evidence"].pk, loose.pk], "post": "yes"},
        follow=True,
    )
    # Django's own check asks has_delete_permission of each selected row: one locked row refuses the whole lot.
    assert response.status_code == 403
    assert Evidence.objects.count() == 2


def test_an_articles_claims_cannot_be_deleted_from_its_page_once_a_verdict_is_proposed(people):
    article = shown("approved")["article"]
    client = Client()
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    formset = next(
        inline.formset for inline in change_page(client, article).context["inline_admin_formsets"]
        if inline.formset.model is Claim
    )  # fmt: skip
    assert not formset.can_delete
