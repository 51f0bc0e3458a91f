"""A task for a row this database does not have (another instance's message) says so in the worker log."""

import logging

import pytest

from claims import tasks
from sources import tasks as source_tasks
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("task", "kind"),
    [
        (tasks.extract_article, "article"),
        (tasks.fetch_article, "article"),
        (tasks.gather_evidence, "article"),
        (tasks.search_evidence, "claim"),
        (source_tasks.fetch_document, "document"),
        (source_tasks.poll_source, "source"),
    ],
)
def test_a_task_for_a_missing_row_logs_a_warning_naming_the_task_and_the_row(caplog, task, kind):
    with caplog.at_level(logging.WARNING):
        task.apply(args=(987654,), task_id="the-task-id")

    [record] = [r for r in caplog.records if "does not exist in this database" in r.getMessage()]
    message = record.getMessage()
    assert record.levelno == logging.WARNING
    assert f"task {task.name}[the-task-id]" in message
    assert f"{kind} #987654" in message
    assert "REDIS_URL" in message


def test_a_row_in_another_state_is_skipped_quietly(caplog):
    article = ArticleFactory()  # done: nothing to extract again

    with caplog.at_level(logging.WARNING):
        tasks.extract_article.apply(args=(article.pk,))

    assert not [r for r in caplog.records if "does not exist" in r.getMessage()]
