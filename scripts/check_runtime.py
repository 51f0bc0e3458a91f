"""Prove that requirements.txt alone runs what users run; run with .venv-runtime's Python (scripts/runtime-env).

In a throwaway SQLite database and without Redis: every module of the apps imports, `manage.py check`
passes, and `manage.py fetch` reads a real HTML page served on 127.0.0.1 into clean text with its title,
author and date. Exits 1 with the reason when anything fails.
"""

import importlib
import io
import json
import os
import pkgutil
import sys
import tempfile
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("factcheck", "claims", "sources")

PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<title>Cessez-le-feu au Haut-Karabakh | Le Journal</title>
<meta property="og:title" content="Un cessez-le-feu conclu au Haut-Karabakh">
<meta name="author" content="Claire Martin">
<meta property="article:published_time" content="2023-09-20T14:30:00+02:00">
<script>var tracker = "window.dataLayer";</script></head>
<body><header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
<main><article><h1>Un cessez-le-feu conclu au Haut-Karabakh</h1>
<p>Le cessez-le-feu est entré en vigueur mercredi à 13 heures, heure de Bakou, a annoncé le ministère de la
Défense azerbaïdjanais, après une journée de combats dans la région montagneuse.</p>
<p>Les séparatistes arméniens ont accepté de dissoudre leurs forces et de désarmer, selon un communiqué publié
par leurs autorités, et les négociations sur l'avenir de la région doivent débuter jeudi.</p>
</article></main><footer>Mentions légales</footer></body></html>
"""
PUBLISHED = datetime(2023, 9, 20, 12, 30, tzinfo=UTC)
SENTENCE = "Le cessez-le-feu est entré en vigueur mercredi à 13 heures"


class Page(BaseHTTPRequestHandler):
    def do_GET(self):
        body = PAGE.encode() if self.path == "/article" else b"User-agent: *\nAllow: /\n"
        self.send_response(200 if self.path in ("/article", "/robots.txt") else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8" if self.path == "/article" else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def published(data: dict) -> datetime:
    return datetime.fromisoformat(data["published"])


def fail(message: str) -> None:
    sys.exit(f"runtime check FAILED: {message}")


def main() -> None:
    workdir = tempfile.mkdtemp(prefix="factcheck-runtime-")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="factcheck.settings",
        DEBUG="1",
        DATABASE_URL=f"sqlite:///{workdir}/db.sqlite3",
        REDIS_URL="",
        FETCH_ALLOWED_NETWORKS="127.0.0.0/8",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    modules = 0
    for app in APPS:
        package = importlib.import_module(app)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{app}."):
            if info.name.endswith("__main__"):
                continue
            try:
                importlib.import_module(info.name)
            except Exception as exc:  # an ImportError is what this check is for; anything else is as bad
                fail(f"{info.name} does not import from requirements.txt alone: {exc.__class__.__name__}: {exc}")
            modules += 1
    call_command("check", fail_level="WARNING", stdout=io.StringIO())
    call_command("migrate", verbosity=0, interactive=False)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/article"
    out = io.StringIO()
    try:
        call_command("fetch", url, "--format", "json", stdout=out)
    except SystemExit as exc:
        if exc.code:
            fail(f"manage.py fetch {url} exited {exc.code}: {out.getvalue()}")
    finally:
        server.shutdown()
    data = json.loads(out.getvalue())
    from sources.models import Document

    text = Document.objects.get(pk=data["id"]).text
    problems = [
        problem
        for problem, bad in [
            (f"status {data['status']}: {data['error']}", data["status"] != "archived"),
            (f"title {data['title']!r}", data["title"] != "Un cessez-le-feu conclu au Haut-Karabakh"),
            (f"author {data['author']!r}", data["author"] != "Claire Martin"),
            (f"published {data['published']!r}", data["published"] is None or published(data) != PUBLISHED),
            ("the text is markup", "<" in text or "dataLayer" in text),
            ("the main text is missing", SENTENCE not in text),
            ("navigation kept as text", "Mentions légales" in text),
        ]
        if bad
    ]
    if problems:
        fail(f"the fetched page was not read as a page: {'; '.join(problems)}")
    # ClaimReview markup is read with extruct, imported only when a page is read: read one here.
    from sources.claimreviews import reviews_from_html

    markup = (
        '<html><body><div itemscope itemtype="https://schema.org/ClaimReview">'
        '<span itemprop="claimReviewed">Le Mali a rompu ses relations avec la France</span>'
        '<div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
        '<span itemprop="alternateName">Faux</span></div></div></body></html>'
    )
    reviews = [item for _, item in reviews_from_html(markup, "https://factuel.example/mali")]
    if not reviews or isinstance(reviews[0], Exception) or "Mali" not in str(reviews[0].get("claimReviewed")):
        fail(f"ClaimReview microdata was not read: {reviews!r}")
    # The sentence model and its compiled tokenizer load only on first use: embed one sentence.
    from sources import embeddings

    vector = embeddings.embed_one(SENTENCE)
    if abs(float(vector @ vector) - 1.0) > 1e-3:
        fail(f"the sentence model gave a vector of norm {float(vector @ vector) ** 0.5:.3f}")
    print(
        f"runtime check: ok ({modules} modules import; {url} read as {data['title']!r}, {data['published']}; "
        "ClaimReview microdata read; a sentence embedded)"
    )


if __name__ == "__main__":
    main()
