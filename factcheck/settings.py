"""Settings for factcheck: one file, configured by environment variables."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in ("1", "true", "yes", "on")


def envint(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def envfloat(name: str, default: float) -> float:
    return float(os.environ.get(name) or default)


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        # A guessable key in production would let anyone forge sessions: refuse to start.
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable (or DEBUG=1 for local development)."
        )
    SECRET_KEY = "insecure-development-key-never-use-in-production"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",  # API tokens for newsroom scripts, created in the admin
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files for /api/docs/, served by us rather than a CDN
    "django_celery_beat",
    "simple_history",
    "django_htmx",
    "axes",  # login throttling; its admin lists lockouts, and deleting an attempt unlocks
    "sources",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last: turns a lockout that the authentication backend signalled into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"
ASGI_APPLICATION = "factcheck.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Web, worker and beat share the file: wait for locks instead of failing, and write at once.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# An empty REDIS_URL means "no Redis": tasks then run in-process and the cache is local memory.
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Login throttling (django-axes), for the login page, the admin's and the API's: every password check goes through
# the backend. Failures count per user name and, separately, per address: a guesser who changes names is stopped
# by the address, one spread over many addresses by the name. A lockout ends after the cool-off (a new failure
# during it starts it again) or when an admin deletes the attempt (admin: Axes > Access attempts).
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
# No start-up banner on every command's standard error; failures and lockouts are still logged.
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "factcheck.throttling.lockout_response"
# Behind a reverse proxy every client has the proxy's address: read the one it passes on instead (README).
if envbool("BEHIND_PROXY", False):
    AXES_CLIENT_IP_CALLABLE = "factcheck.throttling.client_ip"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/review/"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Paris")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Production hardening; each can be relaxed by its variable (e.g. behind a TLS-terminating proxy).
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", not DEBUG)
if envbool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp 4): scripts and styles from our own static files only, no inline script
# (JSON-LD blocks are data, never run, so script-src does not apply to them). The browser tests fail on any violation.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Celery: the database is the source of truth, the queue only carries work.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Celery would otherwise close the database connection around every task, and reconnecting costs more than
# a short task (a fetch: ~40 ms of work, ~10 ms per new PostgreSQL connection). Connections are still aged
# (DB_CONN_MAX_AGE) and health-checked before each task, as for web requests: see factcheck/celery.py.
CELERY_DB_REUSE_MAX = envint("CELERY_DB_REUSE_MAX", 200)
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", 300)
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", 360)
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "claims.tasks.extract_*": {"queue": "nlp"},
    "claims.tasks.fetch_*": {"queue": "fetch"},
    # Asking the sources is network work; ranking what they gave is CPU work.
    "claims.tasks.gather_evidence": {"queue": "fetch"},
    "claims.tasks.rank_article": {"queue": "default"},
    "claims.tasks.search_recent_articles": {"queue": "default"},
    # Evidence search runs the extractor on candidate passages: CPU work, where the models are loaded.
    "claims.tasks.search_evidence": {"queue": "nlp"},
    "claims.tasks.rerank_article": {"queue": "nlp"},
    "claims.tasks.fill_requested_evidence": {"queue": "nlp"},
    "claims.tasks.match_article": {"queue": "nlp"},
    "claims.tasks.match_recent_articles": {"queue": "default"},
    "sources.tasks.*": {"queue": "fetch"},
}
# Redis redelivers an unacked message after this; longer than the hard time limit. A message sent while Redis is
# down gives up after connect_retries_timeout (kombu's default: 4 s) rather than hold the request that sent it: the
# row is stored and the reconciler queues its work once Redis is back (factcheck/leases.py).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": envint("CELERY_VISIBILITY_TIMEOUT", 900),
    "connect_retries_timeout": envfloat("CELERY_SEND_TIMEOUT", 1.0),
}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Installed into the database by beat at start, where admins can see, pause and retime them.
CELERY_BEAT_SCHEDULE = {
    # Every minute: an evidence search whose messages a Redis restart lost resumes within minutes, not a quarter hour.
    "reconcile": {"task": "factcheck.tasks.reconcile", "schedule": 60.0},
    # Each source has its own poll interval; this only looks every minute for the sources that are due.
    "poll-sources": {"task": "sources.tasks.poll_due_sources", "schedule": 60.0},
}
# A pipeline row's lease (factcheck/leases.py): its worker renews it every third of this; once it lapses (the
# worker was killed, the message lost with a Redis restart) the reconciler queues the work again.
PIPELINE_LEASE = timedelta(seconds=envint("PIPELINE_LEASE_SECONDS", 60))
# The reconciler's hook point: each function re-enqueues its app's stuck work and returns a count.
RECONCILERS = [
    "claims.services.reconcile",
    "claims.gathering.reconcile",
    "claims.matching.reconcile",
    "sources.services.reconcile",
    "sources.services.passages_reconcile",
]

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    # No Basic: its 401 makes browsers pop a password dialog. Token first, so an anonymous call gets
    # 401 with "WWW-Authenticate: Token" (no dialog) rather than 403; browsers use their session.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "DESCRIPTION": "Published verdicts (public) and articles and claims (a newsroom session, or a token from the "
    "admin sent as `Authorization: Token <key>`).",
    "VERSION": "1",
    # /api/docs/ works offline and under a strict Content-Security-Policy: no CDN, no inline script.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # Articles, claims and verdicts each have a "status" with its own choices: name each enum after its model.
    "ENUM_NAME_OVERRIDES": {
        "ArticleStatusEnum": "claims.models.Article.Status",
        "ClaimStatusEnum": "claims.models.Claim.Status",
        "VerdictStatusEnum": "claims.models.Verdict.Status",
    },
}

FETCH_USER_AGENT = os.environ.get(
    "FETCH_USER_AGENT", "factcheck/0.1 (+https://github.com/factcheck; newsroom claim verification)"
)
FETCH_ALLOWED_NETWORKS = envlist("FETCH_ALLOWED_NETWORKS")
# The fetcher's limits (sources/fetching.py); the deadline bounds a whole fetch, redirects and robots.txt included.
FETCH_CONNECT_TIMEOUT = envfloat("FETCH_CONNECT_TIMEOUT", 5)
FETCH_READ_TIMEOUT = envfloat("FETCH_READ_TIMEOUT", 10)
FETCH_DEADLINE = envfloat("FETCH_DEADLINE", 20)
FETCH_MAX_BYTES = envint("FETCH_MAX_BYTES", 5 * 1024 * 1024)
FETCH_MAX_REDIRECTS = envint("FETCH_MAX_REDIRECTS", 10)
FETCH_DEFAULT_CRAWL_DELAY = envfloat("FETCH_DEFAULT_CRAWL_DELAY", 1.0)
FETCH_ROBOTS_CACHE_SECONDS = envint("FETCH_ROBOTS_CACHE_SECONDS", 3600)
# A task whose host is busy for longer than this goes back to the queue instead of holding a worker.
FETCH_MAX_RATE_WAIT = envfloat("FETCH_MAX_RATE_WAIT", 10)
FETCH_TASK_SOFT_TIME_LIMIT = envint("FETCH_TASK_SOFT_TIME_LIMIT", 120)
FETCH_TASK_TIME_LIMIT = envint("FETCH_TASK_TIME_LIMIT", 150)

FACTCHECK_ORGANISATION = os.environ.get("FACTCHECK_ORGANISATION", "factcheck")
# The public verdict byline: "names" (the author and the editor who approved it) or "desk" (one desk name, for
# newsrooms that do not name their fact-checkers); the ClaimReview markup names exactly whom the page names.
FACTCHECK_BYLINE = os.environ.get("FACTCHECK_BYLINE", "names").strip().lower()
if FACTCHECK_BYLINE not in ("names", "desk"):
    raise ImproperlyConfigured(f"FACTCHECK_BYLINE must be 'names' or 'desk', not {FACTCHECK_BYLINE!r}.")
# Empty: the organisation's name.
FACTCHECK_DESK_NAME = os.environ.get("FACTCHECK_DESK_NAME", "")
FACTCHECK_SITE_URL = os.environ.get("FACTCHECK_SITE_URL", "http://127.0.0.1:8000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
if CELERY_TASK_ALWAYS_EAGER:
    # Without a broker tasks run inline, inside commands and requests: their "Task … succeeded" lines would be
    # mixed into a command's output. Failures are still logged. (Workers log them: bench/evidence_pipeline reads them.)
    LOGGING["loggers"] = {"celery.app.trace": {"level": "WARNING"}}
