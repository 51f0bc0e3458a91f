"""Benchmark of the review pages: `.venv/bin/python bench/review_pages.py` (from the repo root).

Issue 5: the review queue, a claim page and a public verdict page served by gunicorn (2 sync workers) with
100,000 claims in PostgreSQL, under a load generator on loopback, beside a trivial Django view on the same
server in the same run (the floor, /bench/floor/ from bench/urls_floor.py), with the SQL queries per page.

Steps: drop and recreate the `fc_bench` database, migrate, load the claims with COPY (articles, facets,
statuses, assignees, evidence, verdicts, comments), VACUUM ANALYZE, collectstatic into a temporary
STATIC_ROOT, count the queries of each page in-process (test client, same database), start gunicorn with the
deployed settings (DEBUG=0) plus bench/settings.py, log in as a fact-checker through /accounts/login/, load
each page for a fixed time at a fixed concurrency (wrk when installed, else threads of requests.Session), print
one table, and stop gunicorn and drop the database (unless --keep-db).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # run as a script: import the project, not bench/'s own modules as top-level ones

PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
DB_NAME = "fc_bench"
PASSWORD = "bench-password-not-secret"
SEED = 5

# Claim statuses of the queue: a few hundred published, most still to do, many triaged away.
STATUS_COUNTS = {"published": 400, "approved": 300, "proposed": 1500, "in_review": 15_000, "not_checkable": 20_000}
KIND_WEIGHTS = {
    "quantity": 30,
    "temporal": 15,
    "event": 25,
    "quote": 10,
    "attribution": 10,
    "comparison": 5,
    "causal": 5,
}
DRAFTS = 2000  # in-review claims with a draft verdict

TEMPLATES = {
    "en": {
        "quantity": [
            "According to {org}, unemployment reached {pct} in {year}.",
            "About {count} people live in {place}, {person} said.",
            "The government will spend {money} on hospitals in {place} by {year}.",
        ],
        "temporal": ["The ceasefire took effect on {day} at {time}, {org} said."],
        "event": ["{org} closed its last factory in {place} in {year}."],
        "quote": ['{person} told reporters: "{quote}"'],
        "attribution": ["{person} signed the agreement with {org} in {year}."],
        "comparison": ["Prices in {place} rose faster than anywhere else in Europe in {year}, {person} claimed."],
        "causal": ["The new tax destroyed {count} jobs in {place}, according to {org}."],
    },
    "fr": {
        "quantity": [
            "Selon {org}, le chômage a atteint {pct} en {year}.",
            "Environ {count} personnes vivent à {place}, a affirmé {person}.",
            "Le gouvernement dépensera {money} pour les hôpitaux de {place} d'ici {year}.",
        ],
        "temporal": ["Le cessez-le-feu est entré en vigueur {day} à {time}, selon {org}."],
        "event": ["{org} a fermé sa dernière usine à {place} en {year}."],
        "quote": ["{person} a déclaré : « {quote} »"],
        "attribution": ["{person} a signé l'accord avec {org} en {year}."],
        "comparison": ["Les prix à {place} ont augmenté plus vite que partout ailleurs en Europe en {year}."],
        "causal": ["La nouvelle taxe a détruit {count} emplois à {place}, selon {org}."],
    },
}
FILLERS = {
    "en": "The report was published on the ministry's website and discussed in parliament the same week.",
    "fr": "Le rapport a été publié sur le site du ministère et débattu au Parlement la même semaine.",
}
ORGS = ["INSEE", "Eurostat", "the OECD", "the IMF", "Reuters", "the World Bank", "UNHCR", "the health ministry"]
PEOPLE = ["Marie Dupont", "Jean Martin", "Ana García", "Peter Smith", "Claire Bernard", "Ahmed Benali"]
PLACES = ["Lyon", "Marseille", "Lille", "Nantes", "Strasbourg", "Bordeaux", "Toulouse", "Rennes", "Nice", "Brest"]
QUOTES = {
    "en": ["We have never built so many homes.", "Crime has doubled in ten years.", "Nobody pays this tax."],
    "fr": ["Nous n'avons jamais construit autant de logements.", "La délinquance a doublé en dix ans."],
}
DAYS = {"en": ["on Monday", "on Wednesday", "on Friday"], "fr": ["lundi", "mercredi", "vendredi"]}
ENTITY_LABELS = {"org": "ORG", "person": "PER", "place": "LOC"}


def number_text(value: float, language: str, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",") if language == "fr" else text


def fill(template: str, language: str, rng: random.Random, offset: int) -> tuple[str, list[dict]]:
    """The sentence of a template and its facets, shaped as the extraction writes them (offsets in the article)."""
    text, facets = "", []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2 == 0:
            text += piece
            continue
        facet: dict = {}
        if piece in ENTITY_LABELS:
            value = rng.choice({"org": ORGS, "person": PEOPLE, "place": PLACES}[piece])
            facet = {"type": "entity", "label": ENTITY_LABELS[piece]}
        elif piece == "pct":
            number = round(rng.uniform(3, 12), 1)
            value = number_text(number, language, 1) + (" %" if language == "fr" else "%")
            facet = {"type": "quantity", "value": number, "unit": "percent", "approximate": False}
        elif piece == "count":
            number = rng.randrange(1_000, 500_000, 1_000)
            value = number_text(number, language)
            facet = {"type": "quantity", "value": number, "unit": None, "approximate": rng.random() < 0.5}
        elif piece == "money":
            number = rng.randint(1, 40)
            value = f"{number} milliards d'euros" if language == "fr" else f"€{number} billion"
            facet = {"type": "quantity", "value": number * 10**9, "unit": "EUR", "approximate": False}
        elif piece == "year":
            value = str(rng.randint(2015, 2024))
            facet = {"type": "date", "value": value}
        elif piece == "day":
            value = rng.choice(DAYS[language])
            facet = {"type": "date", "value": f"2023-09-{rng.randint(11, 29):02d}"}
        elif piece == "time":
            hour = rng.randint(6, 22)
            value = f"{hour} heures" if language == "fr" else f"{hour}:00"
            facet = {"type": "time", "value": f"{hour:02d}:00:00+02:00", "zone_from": rng.choice(["text", "published"])}
        else:
            value = rng.choice(QUOTES[language])
            facet = {"type": "quote"}
        facets.append({**facet, "text": value, "start": offset + len(text), "end": offset + len(text) + len(value)})
        text += value
    return text, facets


def environment(port: int, static_root: str) -> dict[str, str]:
    """The deployed settings as production reads them (DEBUG off), on the bench database, without Redis or TLS."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": f"{PG_SERVER}/{DB_NAME}",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "DEBUG": "0",
        "SECURE_SSL_REDIRECT": "0",
        # Plain http on loopback: secure-only cookies would never come back from the client.
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "REDIS_URL": "",
        "BENCH_STATIC_ROOT": static_root,
        "FACTCHECK_SITE_URL": f"http://127.0.0.1:{port}",
    }


def recreate_database() -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")


def drop_database() -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def copy_rows(table: str, columns: list[str], rows) -> None:
    from django.db import connection

    names = ", ".join(f'"{c}"' for c in columns)
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def load(n_claims: int, n_articles: int) -> None:
    """Fill the database as a newsroom's would be after some months, fast: COPY for claims and evidence."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.utils.text import slugify
    from simple_history.utils import bulk_create_with_history

    from claims.models import Article, Claim, Comment, Correction, Evidence, Rating, Verdict
    from sources.models import Document, Source

    rng = random.Random(SEED)
    now = datetime.now(UTC)
    User = get_user_model()
    password = make_password(PASSWORD)
    checkers = User.objects.bulk_create(User(username=f"checker{i}", password=password) for i in range(1, 7))
    editors = User.objects.bulk_create(User(username=f"editor{i}", password=password) for i in range(1, 3))
    Group.objects.get(name="Fact-checker").user_set.add(*checkers)
    Group.objects.get(name="Editor").user_set.add(*editors)
    people = checkers + editors

    sources = Source.objects.bulk_create(
        Source(
            name=f"Source {i}",
            homepage=f"https://source{i}.example.org/",
            kind=rng.choice(Source.Kind.values),
            languages=[rng.choice(["fr", "en"])],
            reliability=rng.randint(1, 5),
        )
        for i in range(40)
    )
    documents = Document.objects.bulk_create(
        Document(
            source=rng.choice(sources),
            url=f"https://source.example.org/news/{i}",
            canonical_url=f"https://source.example.org/news/{i}",
            title=f"Official figures, report {i}",
            text=" ".join(fill(rng.choice(TEMPLATES["fr"]["quantity"]), "fr", rng, 0)[0] for _ in range(6)),
            language="fr",
            status=Document.Status.ARCHIVED,
            published_at=now - timedelta(days=rng.randint(1, 900)),
            fetched_at=now,
        )
        for i in range(2000)
    )

    # Articles of sentences; each claim is one sentence, a few sentences are not claims.
    kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    per_article = [n_claims // n_articles + (1 if i < n_claims % n_articles else 0) for i in range(n_articles)]
    articles, claim_rows = [], []
    for i, count in enumerate(per_article):
        language = "fr" if rng.random() < 0.7 else "en"
        text, spans = "", []
        for j in range(count + 3):
            if text:
                text += "\n\n" if j % 5 == 0 else " "
            if j % 12 == 5:
                text += FILLERS[language]
                continue
            kind = rng.choices(kinds, weights)[0]
            sentence, facets = fill(rng.choice(TEMPLATES[language][kind]), language, rng, len(text))
            spans.append((len(text), len(text) + len(sentence), sentence, kind, facets))
            text += sentence
        published = now - timedelta(days=rng.randint(1, 200), minutes=rng.randint(0, 1440))
        articles.append(
            Article(
                title=f"{i}. {spans[0][2][:60]}",
                url=f"https://news.example.org/{i}" if rng.random() < 0.8 else "",
                text=text,
                language=language,
                published_at=published,
                submitted_by=rng.choice(people),
                status=Article.Status.DONE,
                progress=100,
            )
        )
        claim_rows.append((spans[:count], published))
    articles = Article.objects.bulk_create(articles, batch_size=500)

    statuses = [s for s, n in STATUS_COUNTS.items() for _ in range(n)]
    statuses += ["new"] * (n_claims - len(statuses))
    rng.shuffle(statuses)
    rows = []
    for article, (spans, published) in zip(articles, claim_rows, strict=True):
        for start, end, sentence, kind, facets in spans:
            status = statuses[len(rows)]
            created = published + timedelta(minutes=rng.randint(5, 600))
            assignee = rng.choice(checkers).pk if status != "new" or rng.random() < 0.3 else None
            claimant = rng.choice(PEOPLE) if kind in ("quote", "attribution") else ""
            searched = status != "new" or rng.random() < 0.5
            rows.append(
                (
                    article.pk,
                    sentence,
                    start,
                    end,
                    start,
                    end,
                    round(rng.uniform(0.3, 0.99), 3),
                    kind,
                    claimant,
                    json.dumps(facets, ensure_ascii=False),
                    status,
                    assignee,
                    rng.choices([0, 1, 2, 3], [50, 30, 15, 5])[0],
                    hashlib.sha1(sentence.encode()).hexdigest(),
                    "done" if searched else "pending",
                    created,
                    created + timedelta(hours=rng.randint(0, 48)),
                )
            )
    columns = [
        "article_id",
        "text",
        "start",
        "end",
        "sentence_start",
        "sentence_end",
        "checkworthiness",
        "kind",
        "claimant",
        "facets",
        "status",
        "assignee_id",
        "priority",
        "fingerprint",
        "evidence_status",
        "created_at",
        "updated_at",
    ]
    copy_rows(Claim._meta.db_table, columns, rows)
    del rows

    # Evidence: every claim past review has some, about half of the others that were searched too.
    claims = list(Claim.objects.order_by("pk").values_list("pk", "status", "evidence_status", "assignee_id", "text"))
    evidence_rows = []
    for pk, status, searched, _assignee, _text in claims:
        if status in ("new", "in_review", "not_checkable") and (searched != "done" or rng.random() < 0.5):
            continue
        for document in rng.sample(documents, rng.randint(1, 3)):
            start = rng.randint(0, 100)
            outcome = rng.choice(["agrees", "differs"])
            comparisons = [{"facet": {"type": "quantity", "text": "7,3 %"}, "result": outcome, "value": 7.9}]
            evidence_rows.append(
                (
                    pk,
                    document.pk,
                    document.text[start : start + 200],
                    start,
                    start + 200,
                    round(rng.random(), 3),
                    rng.choice(Evidence.Stance.values),
                    json.dumps(comparisons, ensure_ascii=False),
                    now,
                )
            )
    evidence_columns = [
        "claim_id",
        "document_id",
        "passage",
        "passage_start",
        "passage_end",
        "score",
        "stance",
        "comparisons",
        "created_at",
    ]
    copy_rows(Evidence._meta.db_table, evidence_columns, evidence_rows)
    evidence_of: dict[int, list[int]] = {}
    for pk, claim_id in Evidence.objects.values_list("pk", "claim_id"):
        evidence_of.setdefault(claim_id, []).append(pk)

    # Verdicts of the claims past review, drafts of some in review; one history record each.
    ratings = list(Rating.objects.all())
    verdict_status = {"proposed": "proposed", "approved": "approved", "published": "published"}
    in_review = [c for c in claims if c[1] == "in_review"]
    with_verdict = [c for c in claims if c[1] in verdict_status] + rng.sample(in_review, min(DRAFTS, len(in_review)))
    verdicts = []
    for pk, status, _searched, assignee, text in with_verdict:
        state = verdict_status.get(status, "draft")
        verdicts.append(
            Verdict(
                claim_id=pk,
                slug=f"{slugify(text)[:100]}-{pk}",
                rating=rng.choice(ratings),
                summary=f"Summary of the check of claim {pk}: the figures say otherwise.",
                explanation="The official statistics give a different figure.\n\n" * 4,
                author_id=assignee or checkers[0].pk,
                approver=rng.choice(editors) if state in ("approved", "published") else None,
                status=state,
                version=rng.randint(1, 4),
                published_at=now - timedelta(days=rng.randint(0, 90)) if state == "published" else None,
            )
        )
    verdicts = bulk_create_with_history(verdicts, Verdict, batch_size=1000)
    verdicts = list(Verdict.objects.values_list("pk", "claim_id", "status", "slug"))
    cited = Verdict.cited_evidence.through
    cited.objects.bulk_create(
        (cited(verdict_id=v, evidence_id=e) for v, c, _s, _slug in verdicts for e in evidence_of.get(c, [])[:2]),
        batch_size=5000,
    )
    published = [v for v in verdicts if v[2] == "published"]
    Correction.objects.bulk_create(
        Correction(verdict_id=v, text="An earlier version gave the wrong year.", author=editors[0])
        for v, *_ in published[::10]
    )

    commented = rng.sample([c[0] for c in claims], len(claims) // 20)
    Comment.objects.bulk_create(
        (
            Comment(claim_id=pk, author=rng.choice(people), text=f"Comment {n} on the claim: checked the source.")
            for pk in commented
            for n in range(rng.randint(1, 4))
        ),
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def pick_targets() -> dict:
    """The measured claim and verdict: a claim with a proposed verdict, the most evidence and a discussion; a
    published verdict with a correction and the most cited sources (the same ones on a reused database)."""
    from django.db.models import Count

    from claims.models import Claim, Verdict

    claim = (
        Claim.objects.filter(verdict__status="proposed")
        .annotate(n_evidence=Count("evidence", distinct=True), n_comments=Count("comments", distinct=True))
        .order_by("-n_evidence", "-n_comments", "pk")
        .first()
    )
    verdict = (
        Verdict.objects.filter(status="published", corrections__isnull=False)
        .annotate(n_cited=Count("cited_evidence", distinct=True))
        .order_by("-n_cited", "pk")
        .first()
    )
    return {"username": "checker1", "claim": claim.pk, "slug": verdict.slug}


def targets(data: dict) -> list[tuple[str, str]]:
    return [
        ("floor (/bench/floor/)", "/bench/floor/"),
        ("queue page 1", "/review/"),
        ("queue filtered", "/review/?status=new&kind=quantity"),
        ("queue page 500", "/review/?page=500"),
        ("claim review page", f"/review/claims/{data['claim']}/"),
        ("published verdict", f"/verdicts/{data['slug']}/"),
    ]


def count_queries(pages: list[tuple[str, str]], username: str, show: bool) -> dict[str, int]:
    """The SQL queries of one request of each page, in-process with the test client, once the page is warm."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username=username))
    counts = {}
    for name, path in pages:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code} in-process")
        counts[name] = len(queries)
        if show:
            print(f"\n{name}: {len(queries)} queries, {sum(float(q['time']) for q in queries) * 1000:.1f} ms in SQL")
            for query in queries:
                print(f"  {float(query['time']) * 1000:7.2f} ms  {query['sql'][:300]}")
    return counts


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(port: int, env: dict[str, str], log_path: Path) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "factcheck.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}", "--chdir", str(ROOT)]
    # Own process group, so that stopping it stops its workers and nothing else.
    with log_path.open("w") as log:
        return subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=log, start_new_session=True)


def wait_ready(server: subprocess.Popen, base: str, log_path: Path) -> None:
    import requests

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            if requests.get(f"{base}/bench/floor/", timeout=10).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or a worker still importing
            pass
        time.sleep(0.3)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def login(base: str, username: str) -> dict[str, str]:
    """The cookies of a fact-checker's session, from the login form as a browser posts it."""
    import requests

    session = requests.Session()
    form = session.get(f"{base}/accounts/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    response = session.post(
        f"{base}/accounts/login/",
        data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token, "next": "/review/"},
        headers={"Referer": f"{base}/accounts/login/"},
        allow_redirects=False,
        timeout=10,
    )
    if response.status_code != 302 or "sessionid" not in session.cookies:
        raise SystemExit(f"login refused: {response.status_code}")
    return session.cookies.get_dict()


def settle(base: str) -> None:
    """Let gunicorn serve what a slow page left in its queue, so that it doesn't slow the next page's run."""
    import requests

    for _ in range(2):  # the first waits behind the queued requests (accept order), the second checks
        requests.get(f"{base}/bench/floor/", timeout=120)


def check_pages(base: str, pages: list[tuple[str, str]], cookies: dict) -> None:
    """Every page answers 200 to the session: a redirect to the login page would be measured as a fast page."""
    import requests

    for name, path in pages:
        response = requests.get(base + path, cookies=cookies, allow_redirects=False, timeout=60)
        if response.status_code != 200:
            raise SystemExit(f"{name}: {path} answered {response.status_code} to the logged-in session")


WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def run_wrk(url: str, cookie: str, concurrency: int, duration: float, script: Path) -> dict:
    base = ["wrk", "-t2", f"-c{concurrency}", "--timeout", "10s", "-H", f"Cookie: {cookie}"]
    out = subprocess.run([*base, f"-d{duration:g}s", "-s", str(script), url], check=True, capture_output=True)
    requests_, micros, p50, p95, errors = map(int, re.search(r"^BENCH (.+)$", out.stdout.decode(), re.M)[1].split())
    return {"rps": requests_ / (micros / 1e6), "p50": p50 / 1000, "p95": p95 / 1000, "errors": errors}


def run_threads(url: str, cookies: dict, concurrency: int, duration: float, max_requests: int) -> dict:
    """The fallback load generator: closed loop, `concurrency` threads, a fixed time, a bounded request count."""
    import requests

    def worker(until: float, latencies: list, errors: list) -> None:
        session = requests.Session()
        session.cookies.update(cookies)
        while time.monotonic() < until and len(latencies) < max_requests:
            started = time.perf_counter()
            try:
                ok = session.get(url, timeout=10).status_code == 200
            except requests.RequestException:
                ok = False
            latencies.append(time.perf_counter() - started)
            if not ok:
                errors.append(1)

    latencies: list[float] = []
    errors: list[int] = []
    started = time.monotonic()
    until = started + duration
    threads = [threading.Thread(target=worker, args=(until, latencies, errors)) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / elapsed, "p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "errors": len(errors)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=3_000)
    parser.add_argument("--duration", type=float, default=15, help="seconds of load per page (after 2 s warm-up)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--max-requests", type=int, default=50_000, help="per page, for the threads generator")
    parser.add_argument("--threads", action="store_true", help="use the Python generator even if wrk is installed")
    parser.add_argument("--keep-db", action="store_true", help=f"keep the {DB_NAME} database at the end")
    parser.add_argument("--reuse-db", action="store_true", help=f"measure the kept {DB_NAME} (migrated) as it is")
    parser.add_argument("--show-queries", action="store_true", help="print each page's SQL with its time")
    args = parser.parse_args()

    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="fc-bench-"))
    env = environment(port, str(workdir / "static"))
    os.environ.update(env)
    started = time.monotonic()
    server = None
    try:
        if not args.reuse_db:
            recreate_database()
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        if args.reuse_db:
            from claims.models import Claim

            print(f"reusing {DB_NAME}: {Claim.objects.count():,} claims")
        else:
            load(args.claims, args.articles)
            print(f"loaded {args.claims:,} claims in {time.monotonic() - started:.0f} s")
        data = pick_targets()
        call_command("collectstatic", interactive=False, verbosity=0)
        pages = targets(data)
        queries = count_queries(pages, data["username"], args.show_queries)
        from django.db import connections

        connections.close_all()

        base = f"http://127.0.0.1:{port}"
        server = start_gunicorn(port, env, workdir / "gunicorn.log")
        wait_ready(server, base, workdir / "gunicorn.log")
        cookies = login(base, data["username"])
        cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
        check_pages(base, pages, cookies)
        load_before = os.getloadavg()
        use_wrk = shutil.which("wrk") and not args.threads
        script = workdir / "report.lua"
        script.write_text(WRK_REPORT)
        results = {}
        for name, path in pages:
            # 2 s of warm-up (templates, connections, caches), then the measured run, each from an idle server.
            for seconds in (2, args.duration):
                if use_wrk:
                    results[name] = run_wrk(base + path, cookie, args.concurrency, seconds, script)
                else:
                    results[name] = run_threads(base + path, cookies, args.concurrency, seconds, args.max_requests)
                settle(base)
            print(f"  {name}: {results[name]['rps']:.1f} req/s", flush=True)
    finally:
        if server is not None:
            stop(server)
        from django.db import connections

        connections.close_all()
        if not args.keep_db:
            drop_database()
        shutil.rmtree(workdir, ignore_errors=True)

    generator = "wrk" if use_wrk else "Python threads"
    print(
        f"\ngunicorn -w 2 (sync), {generator}, concurrency {args.concurrency}, {args.duration:g} s per page, "
        f"{args.claims:,} claims; total {time.monotonic() - started:.0f} s; load average (1 min) "
        f"{load_before[0]:.1f} before the runs, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} CPUs\n"
    )
    floor = results[pages[0][0]]["rps"]
    header = ["page", "req/s", "p50 ms", "p95 ms", "queries", "ratio to floor"]
    table = [
        [
            name,
            f"{r['rps']:.0f}",
            f"{r['p50']:.1f}",
            f"{r['p95']:.1f}",
            str(queries[name]),
            f"{floor / max(r['rps'], 0.01):.1f}x" + (f"  ({r['errors']} errors)" if r["errors"] else ""),
        ]
        for name, r in results.items()
    ]
    widths = [max(len(row[i]) for row in [header, *table]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *table]:
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        print(" | ".join(cells))
    print("\nratio to floor: the floor's req/s divided by the page's (how many times costlier than a bare view)")


if __name__ == "__main__":
    main()
