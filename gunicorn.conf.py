"""gunicorn's production settings, read by `gunicorn factcheck.wsgi` run from the project folder (README).

Threaded workers: a sync worker serves one connection at a time, from its first header byte to the last byte of
the answer, so a few clients that drip their headers (or read slowly) hold every worker and the site stops. With
gthread, a slow connection holds one thread of one worker and the others go on serving. Behind nginx (README's
configuration) nginx buffers whole requests and answers, so slow clients never reach gunicorn at all; the threads
are the defence when it runs without that proxy.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = "gthread"
# Two cores here: two processes (Python runs one thread at a time in each), each with threads for waiting clients.
workers = int(os.environ.get("WEB_CONCURRENCY") or 2)
threads = int(os.environ.get("GUNICORN_THREADS") or 8)
# A request whose worker is silent this long is killed and the worker restarted.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
keepalive = 5
# Each process is replaced after this many requests (with jitter, not all at once): bounds any slow leak.
max_requests = 2000
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
