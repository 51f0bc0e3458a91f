"""Documents and passages stored before text was cleaned at the boundary lose their control characters."""

from django.db import migrations

from factcheck.text import clean_text, clean_text_and_offsets

# factcheck.text.CONTROL_CHARACTERS, spelt so that both PostgreSQL and SQLite (Python's re) read it.
CONTROL_REGEX = r"[\x01-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"


def clean_documents(apps, schema_editor):
    Document = apps.get_model("sources", "Document")
    Passage = apps.get_model("sources", "Passage")
    dirty = (
        Document.objects.filter(text__regex=CONTROL_REGEX)
        | Document.objects.filter(title__regex=CONTROL_REGEX)
        | Document.objects.filter(author__regex=CONTROL_REGEX)
    )
    for document in dirty.distinct().iterator(chunk_size=200):
        text, offset = clean_text_and_offsets(document.text)
        # Passages keep offsets into the document's text: moved with it.
        for passage in Passage.objects.filter(document=document):
            passage.start, passage.end, passage.text = (
                offset(passage.start),
                offset(passage.end),
                clean_text(passage.text),
            )
            passage.save(update_fields=["start", "end", "text"])
        document.text, document.title, document.author = text, clean_text(document.title), clean_text(document.author)
        document.save(update_fields=["text", "title", "author"])
    # A passage whose document was clean but whose own text is not (none is expected; cheap to be sure).
    for passage in Passage.objects.filter(text__regex=CONTROL_REGEX).iterator(chunk_size=500):
        passage.text = clean_text(passage.text)
        passage.save(update_fields=["text"])


class Migration(migrations.Migration):
    dependencies = [("sources", "0005_source_search_answers")]

    operations = [migrations.RunPython(clean_documents, migrations.RunPython.noop, elidable=True)]
