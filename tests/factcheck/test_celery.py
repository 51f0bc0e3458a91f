from factcheck.celery import app


def test_tasks_are_routed_to_their_queues():
    router = app.amqp.router
    assert router.route({}, "claims.tasks.extract_article")["queue"].name == "nlp"
    assert router.route({}, "sources.tasks.fetch_document")["queue"].name == "fetch"
    assert router.route({}, "factcheck.tasks.reconcile")["queue"].name == "default"


def test_the_reconciler_runs_from_beat_with_the_database_scheduler():
    assert app.conf.beat_scheduler == "django_celery_beat.schedulers:DatabaseScheduler"
    assert app.conf.beat_schedule["reconcile"]["task"] == "factcheck.tasks.reconcile"
