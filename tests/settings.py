"""What the test suite overrides; everything else is factcheck.settings as deployed."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/factcheck")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/1")
os.environ.setdefault("FETCH_ALLOWED_NETWORKS", "127.0.0.0/8")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
# Unit tests run tasks in-process; the pipeline tests switch this off and use a real worker.
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "1")

from factcheck.settings import *  # noqa: F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
