"""Articles, claims, evidence and verdicts stored before text was cleaned at the boundary lose their control
characters; claims and evidence keep pointing at the same words."""

from django.db import migrations
from django.db.models import F, Q
from django.db.models.functions import Substr

from factcheck.text import clean_text, clean_text_and_offsets

# factcheck.text.CONTROL_CHARACTERS, spelt so that both PostgreSQL and SQLite (Python's re) read it.
CONTROL_REGEX = r"[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"


def dirty(model, *fields):
    query = Q()
    for name in fields:
        query |= Q(**{f"{name}__regex": CONTROL_REGEX})
    return model.objects.filter(query)


def clean_rows(apps, schema_editor):
    Article = apps.get_model("claims", "Article")
    Claim = apps.get_model("claims", "Claim")
    Evidence = apps.get_model("claims", "Evidence")
    Verdict = apps.get_model("claims", "Verdict")
    for article in dirty(Article, "text", "title", "author").iterator(chunk_size=200):
        text, offset = clean_text_and_offsets(article.text)
        # Claims are spans of the article's text: their offsets move with it. Earliest first, so that a span
        # never takes the place of one not yet moved.
        for claim in Claim.objects.filter(article=article).order_by("start", "end"):
            claim.start, claim.end = offset(claim.start), offset(claim.end)
            claim.sentence_start, claim.sentence_end = offset(claim.sentence_start), offset(claim.sentence_end)
            claim.text, claim.claimant = clean_text(claim.text), clean_text(claim.claimant)
            claim.save(update_fields=["start", "end", "sentence_start", "sentence_end", "text", "claimant"])
        article.text, article.title, article.author = text, clean_text(article.title), clean_text(article.author)
        article.save(update_fields=["text", "title", "author"])
    for claim in dirty(Claim, "text", "claimant").iterator(chunk_size=500):
        claim.text, claim.claimant = clean_text(claim.text), clean_text(claim.claimant)
        claim.save(update_fields=["text", "claimant"])
    for verdict in dirty(Verdict, "summary", "explanation", "status_reason").iterator(chunk_size=500):
        verdict.summary, verdict.explanation = clean_text(verdict.summary), clean_text(verdict.explanation)
        verdict.status_reason = clean_text(verdict.status_reason)
        verdict.save(update_fields=["summary", "explanation", "status_reason"])
    # The documents were cleaned by sources' own migration; a passage that no longer sits at its offsets is found
    # again in the cleaned text: cleaning only removes characters, so it starts at or before where it was.
    stored = Substr("document__text", F("passage_start") + 1, F("passage_end") - F("passage_start"))
    suspects = Evidence.objects.alias(stored=stored).filter(Q(passage__regex=CONTROL_REGEX) | ~Q(stored=F("passage")))
    for evidence in suspects.select_related("document").iterator(chunk_size=500):
        passage = clean_text(evidence.passage)
        found = evidence.document.text.rfind(passage, 0, evidence.passage_start + len(passage))
        if found >= 0:
            evidence.passage_start, evidence.passage_end = found, found + len(passage)
        evidence.passage = passage
        evidence.save(update_fields=["passage", "passage_start", "passage_end"])


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0009_claim_reviewed_wording_and_history"),
        ("sources", "0006_clean_control_characters"),
    ]

    operations = [migrations.RunPython(clean_rows, migrations.RunPython.noop, elidable=True)]
