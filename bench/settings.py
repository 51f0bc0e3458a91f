"""Settings of the review pages benchmark: the deployed settings, plus the floor view's URLconf.

The environment (DATABASE_URL, SECRET_KEY, DEBUG=0, ...) is set by bench/review_pages.py before Django
loads this module, in the bench process and in gunicorn alike, so both serve exactly the same settings.
"""

import os

from factcheck.settings import *  # noqa: F403

# The project's URLs plus /bench/floor/, without touching factcheck/urls.py.
ROOT_URLCONF = "bench.urls_floor"
# The manifest storage of production needs collectstatic; the bench collects into a temporary directory.
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT") or STATIC_ROOT  # noqa: F405
