"""Evidence pipeline: the seed article from submission to all claims searched, against a local web of 1,000 pages.

A local web of 20 hosts (127.0.0.140 to 127.0.0.159, one port): the demo web's 18 sites (sources.demo_web, its own
rendering: robots.txt, home, pages, feed, sitemap, site search as each site has them) plus two more sites, every
host padded with generated filler news in French and English on other topics (economy, sport, weather, elections,
…, some in the same countries and cities) up to 50 pages, so 74 demo pages among 1,000, and the filler is in the
feeds, sitemaps and search results too. Every site is registered as a source (crawl delay 1.0 s) through
sources.importing, as the admin's import does.

Real Celery workers, started as the test suite starts them (tests/conftest.py): one on the fetch queue (8 processes:
the gather and the page fetches) and one on nlp,default (2 processes: extraction and ranking). The seed article
(claims/demo/article_fr.txt) is submitted with claims.services.article_create and followed until done, then a
second copy of it, which finds the sites' answers in the cache and the pages in the archive.

    .venv/bin/python bench/evidence_pipeline.py [--runs 2] [--fetch-concurrency 8] [--nlp-concurrency 2] [--keep-db]

From the repository root. Database `factcheck_bench_pipeline` on 127.0.0.1:5432 (created if missing, migrated,
flushed; dropped at the end unless --keep-db), Redis database 11 (flushed at the start). Worker logs, the sites'
request log and the JSON of the results go to a temporary directory printed at the end. About two minutes.
"""

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE = "factcheck_bench_pipeline"
ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
REDIS_URL = "redis://127.0.0.1:6379/11"
BASE = 139  # demo site i (ip_offset 1-18) on 127.0.0.(139 + i): 140-157; the two extra sites on 158 and 159
PAGES_PER_HOST = 50
CRAWL_DELAY = 1.0
SEED = ROOT / "claims" / "demo" / "article_fr.txt"
SEED_PUBLISHED = "2023-09-20T12:00:00+02:00"
TARGET_SECONDS = 60

# --- Filler news ---------------------------------------------------------------------------------------------

COUNTRIES = {
    "fr": ["Arménie", "Azerbaïdjan", "Maroc", "Libye", "France", "Tunisie", "Géorgie", "Turquie", "Espagne",
           "Sénégal", "Canada", "Belgique"],
    "en": ["Armenia", "Azerbaijan", "Morocco", "Libya", "France", "Tunisia", "Georgia", "Turkey", "Spain",
           "Senegal", "Canada", "Belgium"],
}  # fmt: skip
CITIES = {
    "fr": ["Erevan", "Bakou", "Marrakech", "Tripoli", "Lyon", "Tunis", "Tbilissi", "Ankara", "Madrid", "Dakar",
           "Montréal", "Bruxelles"],
    "en": ["Yerevan", "Baku", "Marrakesh", "Tripoli", "Lyon", "Tunis", "Tbilisi", "Ankara", "Madrid", "Dakar",
           "Montreal", "Brussels"],
}  # fmt: skip
AUTHORS = ["Marie Lefort", "Paul Garnier", "Sofia Benali", "Tom Ashworth", "Nina Petrova", "Yann Le Goff",
           "Grace Okafor", "Luis Romero", "Hélène Duval", "James Whitfield"]  # fmt: skip

# Per topic and language: titles, then sentences ({country}, {city}, {n} a count, {p} a percentage, {t} a degree).
TOPICS = {
    "economy": {
        "fr": (["{country} : la croissance atteint {p} % au deuxième trimestre",
                "À {city}, la banque centrale relève son taux directeur à {p} %",
                "{country} : l'inflation ralentit à {p} % sur un an"],
               ["Les chiffres publiés par l'institut de statistique montrent une hausse de la consommation.",
                "Les économistes s'attendent à un ralentissement au dernier trimestre de l'année.",
                "Le ministre des finances a salué des résultats « encourageants » devant la presse.",
                "Les exportations ont progressé de {p} % grâce à la demande européenne.",
                "Quelque {n} emplois ont été créés dans les services depuis janvier.",
                "Les syndicats réclament une revalorisation des salaires face à la hausse des prix."]),
        "en": (["{country} economy grows {p}% in the second quarter",
                "{city} central bank raises its main rate to {p}%",
                "{country}: inflation slows to {p}% year on year"],
               ["Figures from the statistics office show household spending picked up.",
                "Economists expect growth to slow in the final quarter of the year.",
                "The finance minister called the results encouraging at a press briefing.",
                "Exports rose {p}% on the back of European demand.",
                "Some {n} jobs have been created in services since January.",
                "Unions are calling for higher wages as prices keep rising."]),
    },
    "football": {
        "fr": (["Football : le club de {city} s'impose en championnat",
                "{country} qualifié pour la phase finale après une victoire nette",
                "À {city}, un stade plein pour le derby"],
               ["Le match s'est joué devant {n} spectateurs dans une ambiance électrique.",
                "L'entraîneur a salué l'état d'esprit de ses joueurs après la rencontre.",
                "Le buteur a inscrit son cinquième but de la saison en seconde période.",
                "Les supporters ont célébré la victoire jusque tard dans la nuit.",
                "La prochaine journée opposera les deux premiers du classement.",
                "Le capitaine, blessé, devrait manquer trois semaines de compétition."]),
        "en": (["Football: {city} side win their league match",
                "{country} qualify for the finals with a comfortable win",
                "Packed stadium in {city} for the derby"],
               ["The match was played in front of {n} fans in an electric atmosphere.",
                "The coach praised his players' attitude after the game.",
                "The striker scored his fifth goal of the season after the break.",
                "Supporters celebrated the win late into the night.",
                "Next weekend the top two teams in the table meet.",
                "The injured captain is expected to miss three weeks."]),
    },
    "festival": {
        "fr": (["À {city}, le festival de cinéma attire {n} spectateurs",
                "{country} : la saison culturelle s'ouvre avec une grande exposition",
                "Festival de musique de {city} : une édition record"],
               ["Les organisateurs se félicitent d'une fréquentation en hausse de {p} %.",
                "Une centaine de films venus de trente pays sont présentés cette année.",
                "Le jury, présidé par une réalisatrice, rendra son palmarès samedi.",
                "Les concerts gratuits sur la place principale ont affiché complet.",
                "Le musée prolonge l'exposition jusqu'à la fin de l'année.",
                "Les billets se sont vendus en quelques heures."]),
        "en": (["Film festival in {city} draws {n} visitors",
                "{country} opens its cultural season with a major exhibition",
                "{city} music festival has a record year"],
               ["Organisers said attendance was up {p}% on last year.",
                "About a hundred films from thirty countries are being shown.",
                "The jury, chaired by a director, will announce the winners on Saturday.",
                "Free concerts on the main square were full every night.",
                "The museum is extending the exhibition until the end of the year.",
                "Tickets sold out within hours."]),
    },
    "energy": {
        "fr": (["{country} : les exportations de gaz progressent de {p} %",
                "À {city}, une nouvelle centrale solaire de {n} mégawatts",
                "{country} : le prix de l'électricité en baisse pour les ménages"],
               ["Le gazoduc fonctionne à pleine capacité depuis le printemps.",
                "Les investisseurs étrangers financent la moitié du projet.",
                "Le gouvernement veut porter la part des renouvelables à {p} % d'ici 2030.",
                "Les industriels saluent une baisse des coûts de l'énergie.",
                "La compagnie nationale annonce un bénéfice record.",
                "Des associations dénoncent l'impact environnemental du chantier."]),
        "en": (["{country} gas exports rise {p}%",
                "New {n}-megawatt solar plant opens near {city}",
                "{country}: electricity prices fall for households"],
               ["The pipeline has run at full capacity since the spring.",
                "Foreign investors are funding half of the project.",
                "The government wants renewables to reach {p}% of the mix by 2030.",
                "Manufacturers welcomed lower energy costs.",
                "The state company reported record profits.",
                "Campaigners criticised the project's environmental impact."]),
    },
    "transport": {
        "fr": (["Grève des transports à {city} : {n} voyageurs touchés",
                "{country} : la nouvelle ligne de tramway inaugurée",
                "À {city}, l'aéroport bat son record de fréquentation"],
               ["Les trains régionaux ont circulé au ralenti toute la journée.",
                "Les usagers ont été invités à privilégier le télétravail.",
                "La direction promet un service normal dès lundi.",
                "Le chantier a coûté {n} millions d'euros et duré quatre ans.",
                "Le trafic a progressé de {p} % par rapport à l'an dernier.",
                "Les syndicats dénoncent un manque de personnel."]),
        "en": (["Transport strike in {city} hits {n} passengers",
                "{country} opens its new tram line",
                "{city} airport sets a passenger record"],
               ["Regional trains ran a reduced service all day.",
                "Commuters were advised to work from home.",
                "Management promised a normal service from Monday.",
                "The works cost {n} million euros and took four years.",
                "Traffic was up {p}% on last year.",
                "Unions blamed staff shortages."]),
    },
    "weather": {
        "fr": (["Canicule : {city} enregistre {t} °C, un record pour septembre",
                "{country} : des orages violents privent {n} foyers d'électricité",
                "Sécheresse à {city} : des restrictions d'eau prolongées"],
               ["Les services météorologiques ont placé la région en vigilance orange.",
                "Les températures devraient baisser en fin de semaine.",
                "Les agriculteurs s'inquiètent pour les récoltes d'automne.",
                "Les pompiers sont intervenus à plusieurs reprises pour des chutes d'arbres.",
                "Les écoles ont adapté leurs horaires pendant la vague de chaleur.",
                "Les réserves d'eau sont à {p} % de leur capacité."]),
        "en": (["Heatwave: {city} records {t}C, a September record",
                "{country}: violent storms leave {n} homes without power",
                "Drought in {city}: water restrictions extended"],
               ["Forecasters issued an amber warning for the region.",
                "Temperatures are expected to fall at the weekend.",
                "Farmers fear for the autumn harvest.",
                "Firefighters were called out repeatedly to fallen trees.",
                "Schools changed their hours during the heatwave.",
                "Reservoirs are at {p}% of capacity."]),
    },
    "elections": {
        "fr": (["Municipales à {city} : le maire sortant réélu avec {p} % des voix",
                "{country} : le parlement adopte le budget après un long débat",
                "À {city}, la participation au scrutin en hausse"],
               ["Le dépouillement s'est achevé tard dans la soirée.",
                "L'opposition dénonce une campagne déséquilibrée.",
                "Le nouveau conseil municipal se réunira la semaine prochaine.",
                "Quelque {n} électeurs étaient appelés aux urnes.",
                "Le texte prévoit une hausse des dépenses d'éducation.",
                "Les observateurs n'ont relevé aucune irrégularité majeure."]),
        "en": (["{city} mayor re-elected with {p}% of the vote",
                "{country} parliament passes the budget after a long debate",
                "Turnout rises in {city} local election"],
               ["Counting finished late in the evening.",
                "The opposition complained of an uneven campaign.",
                "The new council meets next week.",
                "Some {n} voters were called to the polls.",
                "The bill raises spending on education.",
                "Observers reported no major irregularities."]),
    },
    "health": {
        "fr": (["{country} : une campagne de vaccination contre la grippe pour {n} personnes",
                "À {city}, un nouvel hôpital ouvre ses portes",
                "{country} : les urgences sous tension à l'approche de l'hiver"],
               ["Les autorités sanitaires recommandent la vaccination des plus de 65 ans.",
                "L'établissement compte {n} lits et un service de pédiatrie.",
                "Les médecins alertent sur le manque de personnel soignant.",
                "Le ministère promet des moyens supplémentaires.",
                "Les pharmacies participeront à la campagne dès octobre.",
                "Le taux de couverture a atteint {p} % l'an dernier."]),
        "en": (["{country} launches a flu vaccination drive for {n} people",
                "New hospital opens in {city}",
                "{country}: emergency departments under strain ahead of winter"],
               ["Health authorities recommend the jab for everyone over 65.",
                "The hospital has {n} beds and a children's ward.",
                "Doctors warn of a shortage of nurses.",
                "The ministry promised more funding.",
                "Pharmacies will take part in the campaign from October.",
                "Coverage reached {p}% last year."]),
    },
    "technology": {
        "fr": (["{country} lance un plan numérique de {n} millions d'euros",
                "À {city}, une start-up lève des fonds pour ses batteries",
                "{country} : la fibre optique couvre {p} % des foyers"],
               ["Le plan prévoit la formation de milliers de développeurs.",
                "La jeune pousse emploie une quarantaine de salariés.",
                "Les zones rurales restent moins bien desservies.",
                "Les opérateurs promettent une couverture complète d'ici deux ans.",
                "Le gouvernement mise sur l'intelligence artificielle dans les services publics.",
                "Les entreprises locales saluent l'initiative."]),
        "en": (["{country} unveils a {n} million euro digital plan",
                "{city} start-up raises funds for its batteries",
                "{country}: fibre broadband reaches {p}% of homes"],
               ["The plan includes training thousands of developers.",
                "The start-up employs about forty people.",
                "Rural areas remain less well served.",
                "Operators promise full coverage within two years.",
                "The government is betting on artificial intelligence in public services.",
                "Local businesses welcomed the move."]),
    },
    "agriculture": {
        "fr": (["{country} : la récolte de blé en hausse de {p} %",
                "À {city}, les vendanges commencent sous le soleil",
                "{country} : les éleveurs manifestent contre la baisse des prix"],
               ["Les rendements sont meilleurs que prévu malgré la chaleur de l'été.",
                "Les coopératives ont recruté {n} saisonniers.",
                "Les prix à la production ont reculé depuis le printemps.",
                "Le ministre de l'agriculture doit recevoir les représentants de la profession.",
                "Les exportations vers l'Europe restent dynamiques.",
                "Les tracteurs ont bloqué une partie du centre-ville."]),
        "en": (["{country} wheat harvest up {p}%",
                "Grape harvest begins in the sun near {city}",
                "{country} farmers protest against falling prices"],
               ["Yields were better than expected despite the summer heat.",
                "Cooperatives hired {n} seasonal workers.",
                "Farm-gate prices have fallen since the spring.",
                "The farm minister is due to meet industry representatives.",
                "Exports to Europe remain strong.",
                "Tractors blocked part of the city centre."]),
    },
}  # fmt: skip

EXTRA_SITES = [
    {"key": "bench-gazette", "name": "La Gazette du Banc (bench)", "ip_offset": 19, "kind": "newspaper",
     "country": "FR", "languages": ["fr"], "reliability": 3, "search": True, "feed": True, "sitemap": True,
     "zone": "Europe/Paris", "meta_style": "og"},
    {"key": "bench-courier", "name": "The Bench Courier (bench)", "ip_offset": 20, "kind": "newspaper",
     "country": "GB", "languages": ["en"], "reliability": 3, "search": True, "feed": True, "sitemap": True,
     "zone": "Europe/London", "meta_style": "jsonld"},
]  # fmt: skip


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:70]


def filler_page(rng: random.Random, site: dict, lang: str, number: int) -> dict:
    """A news page on another topic, in the demo web's page format, dated August to October 2023."""
    topic = rng.choice(sorted(TOPICS))
    titles, sentences = TOPICS[topic][lang]
    place = rng.randrange(len(COUNTRIES[lang]))
    values = {"country": COUNTRIES[lang][place], "city": CITIES[lang][place], "n": f"{rng.randint(2, 90) * 1000:,}",
              "p": str(rng.randint(2, 19)), "t": str(rng.randint(36, 46))}  # fmt: skip
    if lang == "fr":
        values["n"] = values["n"].replace(",", "\u00a0")

    def fill(template: str) -> str:
        return template.format(**values)

    title = fill(rng.choice(titles))
    paragraphs = [" ".join(fill(s) for s in rng.sample(sentences, rng.randint(2, 3))) for _ in range(4)]
    moment = datetime(2023, 8, 1, tzinfo=ZoneInfo(site["zone"])) + timedelta(
        days=rng.randint(0, 91), hours=rng.randint(6, 21), minutes=rng.choice([0, 15, 30, 45])
    )
    return {
        "site": site["key"], "slug": f"{slugify(title)}-{number}", "lang": lang, "title": title,
        "author": rng.choice(AUTHORS), "published": moment.isoformat(), "paragraphs": paragraphs,
        "event": "other", "role": "filler",
    }  # fmt: skip


def build_web(port: int):
    """{key: server.Site} for the 20 hosts, each with PAGES_PER_HOST pages, and the registry rows."""
    from sources.demo_web import DemoWeb
    from sources.demo_web.pages import PAGES
    from sources.demo_web.server import Site
    from sources.demo_web.sites import SITES

    rng = random.Random(20230920)
    web = DemoWeb(base=BASE, port=port, crawl_delay=CRAWL_DELAY)
    rows = web.registry()
    sites, hosts = {}, {}
    number = 0
    for info in [*SITES, *EXTRA_SITES]:
        pages = [page for page in PAGES if page["site"] == info["key"]]
        demo_count = len(pages)
        for i in range(PAGES_PER_HOST - demo_count):
            pages.append(filler_page(rng, info, info["languages"][i % len(info["languages"])], number))
            number += 1
        site = Site(info, pages)
        host = f"127.0.0.{BASE + info['ip_offset']}"
        site.base_url = f"http://{host}:{port}/"
        site.demo_paths = {page["path"] for page in site.pages if page["role"] != "filler"}
        sites[info["key"]], hosts[info["key"]] = site, host
    for info in EXTRA_SITES:
        url = f"http://{hosts[info['key']]}:{port}/"
        rows.append({
            "name": info["name"], "homepage": url, "kind": info["kind"], "country": info["country"],
            "languages": info["languages"], "reliability": info["reliability"], "feeds": [url + "feed.xml"],
            "sitemap": url + "sitemap.xml", "search_url": url + "search?q={query}", "crawl_delay": CRAWL_DELAY,
        })  # fmt: skip
    return sites, hosts, rows


def serve_web(port: int, request_log: str, ready) -> None:
    """Serve the 20 sites (in this process of its own) until SIGTERM, then write every request seen."""
    from sources.demo_web.server import make_handler

    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM])  # sigwait below, not the default handler
    sites, hosts, _ = build_web(port)
    seen: list[tuple[float, str, str]] = []
    lock = threading.Lock()

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        allow_reuse_address = True
        request_queue_size = 128

    servers = []
    for key, site in sites.items():
        base = make_handler(site)

        class Handler(base):
            def do_GET(self, base=base):
                with lock:
                    seen.append((time.time(), self.server.server_address[0], self.path))
                base.do_GET(self)

        server = Server((hosts[key], port), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    ready.set()
    signal.sigwait([signal.SIGTERM])
    with lock:
        Path(request_log).write_text(json.dumps(seen))


def free_port(hosts: list[str]) -> int:
    while True:
        port = random.randint(20000, 60000)
        try:
            for host in hosts:
                with socket.socket() as probe:
                    probe.bind((host, port))
            return port
        except OSError:
            continue


# --- Workers ------------------------------------------------------------------------------------------------


def start_worker(name: str, queues: str, concurrency: int, env: dict, log_path: Path) -> subprocess.Popen:
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", queues, "-c", str(concurrency),
             "-P", "prefork", "-n", f"{name}@localhost", "--without-gossip", "--without-mingle", "-l", "INFO"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    process.worker_name, process.log_path = f"{name}@localhost", log_path
    return process


def wait_ready(processes: list[subprocess.Popen]) -> None:
    from factcheck.celery import app

    deadline = time.monotonic() + 180
    for process in processes:
        while not app.control.ping(destination=[process.worker_name], timeout=1.0):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the Celery worker {process.worker_name} did not start; see {process.log_path}")


def stop_worker(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its live descendants."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(tree_cpu(int(child)) for child in children)


LOG_LINE = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}): (\w+)/([^\]]+)\] (.*)$")
SUCCEEDED = re.compile(r"Task ([\w.]+)\[[\w-]+\] succeeded in ([\d.]+)s")


def read_log(path: Path) -> list[tuple[float, str, str]]:
    """(epoch seconds, level, message) of each worker log line."""
    lines = []
    for line in path.read_text(errors="replace").splitlines():
        match = LOG_LINE.match(line)
        if match:
            stamp = datetime.strptime(match[1], "%Y-%m-%d %H:%M:%S,%f").timestamp()
            lines.append((stamp, match[2], match[4]))
    return lines


# --- One run ------------------------------------------------------------------------------------------------


def submit_and_follow(copy: int, timeout: float) -> dict:
    from claims import gathering
    from claims.models import Article, Evidence
    from claims.services import article_create

    text = SEED.read_text(encoding="utf-8")
    started = time.time()
    article = article_create(
        text=text, title=text.strip().splitlines()[0], published_at=datetime.fromisoformat(SEED_PUBLISHED)
    )
    seen_status = {}
    last_print = 0.0
    while True:
        article.refresh_from_db()
        now = time.time()
        seen_status.setdefault(article.status, now)
        if now - last_print >= 5:
            last_print = now
            info = gathering.progress(article)
            line = f"claims {info['searched']}/{info['claims']}, pages {info['fetched']}/{info['pages']}"
            print(f"  run {copy}: {now - started:5.1f} s {article.status:<10} {line}", file=sys.stderr, flush=True)
        if article.status in (Article.Status.DONE, Article.Status.FAILED):
            break
        if now - started > timeout:
            print(f"  run {copy}: gave up after {timeout:.0f} s", file=sys.stderr)
            break
        time.sleep(0.1)
    info = gathering.progress(article)
    report = article.gather_report or {}
    leads = list(article.leads.select_related("document"))
    evidence = list(Evidence.objects.filter(claim__article=article).select_related("document"))
    return {
        "article": article.pk,
        "status": article.status,
        "error": article.error,
        "started": started,
        "submitted": article.created_at.timestamp(),
        "gather_started": article.gather_started_at.timestamp() if article.gather_started_at else None,
        "gathered": article.gathered_at.timestamp() if article.gathered_at else None,
        "ranking": article.ranking_at.timestamp() if article.ranking_at else None,
        "done": article.updated_at.timestamp() if article.status == Article.Status.DONE else None,
        "seen_done": seen_status.get(Article.Status.DONE),
        "claims": info["claims"],
        "failed_claims": info["failed_claims"],
        "requests": report.get("requests", 0),
        "cached": report.get("cached", 0),
        "sources_asked": report.get("sources_asked", 0),
        "pages": report.get("pages", 0),
        "queries": report.get("queries", {}),
        "errors": report.get("errors", []),
        "failures": info["failures"][:10],
        "leads": [(lead.document.url, lead.via, lead.document.status) for lead in leads],
        "evidence": [(row.document.url, float(row.score), row.stance) for row in evidence],
    }


def is_demo(url: str, sites: dict, hosts: dict) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    for key, host in hosts.items():
        if parts.hostname == host:
            return parts.path in sites[key].demo_paths
    return False


def kind_of(path: str) -> str:
    if path == "/robots.txt":
        return "robots.txt"
    if path.startswith("/search"):
        return "search"
    if path == "/feed.xml":
        return "feed"
    if path == "/sitemap.xml":
        return "sitemap"
    if path.endswith(".html"):
        return "page"
    return "other"


# --- Main ---------------------------------------------------------------------------------------------------


def admin_sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5) as db:
        db.execute(statement)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=2, help="submissions one after the other (default 2)")
    parser.add_argument("--fetch-concurrency", type=int, default=8)
    parser.add_argument("--nlp-concurrency", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for one article")
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="bench-evidence-pipeline-"))

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "FETCH_ALLOWED_NETWORKS": "127.0.0.0/8",
        "LOG_LEVEL": "INFO",
    }
    os.environ.update(env)

    host_list = [f"127.0.0.{BASE + i}" for i in range(1, 21)]
    port = free_port(host_list)
    ready = multiprocessing.Event()
    request_log = out / "requests.json"
    web = multiprocessing.Process(target=serve_web, args=(port, str(request_log), ready), daemon=True)
    web.start()  # forked before Django opens any connection
    if not ready.wait(60):
        raise SystemExit("the local web did not start")

    import psycopg
    import redis

    with contextlib.suppress(psycopg.errors.DuplicateDatabase):
        admin_sql(f'CREATE DATABASE "{DATABASE}"')
    redis.Redis.from_url(REDIS_URL).flushdb()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from claims.models import Lead
    from factcheck.celery import app
    from sources.importing import ImportResult, source_import_row
    from sources.models import Document

    app.conf.task_always_eager = False
    sites, hosts, rows = build_web(port)
    total_pages = sum(len(site.pages) for site in sites.values())
    demo_pages = sum(len(site.demo_paths) for site in sites.values())
    workers = []
    try:
        moment = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("flush", interactive=False, verbosity=0)
        setup_seconds = time.perf_counter() - moment
        result = ImportResult()
        for number, row in enumerate(rows, 1):
            source_import_row(row=row, where=f"row {number}", result=result)
        if result.errors:
            raise SystemExit(f"source import: {result.summary}: {[str(e) for e in result.errors]}")
        # Importing sources queues a search of the recent articles 30 s later (claims.signals.source_saved):
        # no article is recent yet, and it would search the first run's article again during the second.
        redis.Redis.from_url(REDIS_URL).flushdb()

        moment = time.perf_counter()
        workers = [
            start_worker(f"bench-pipeline-fetch-{os.getpid()}", "fetch", args.fetch_concurrency, env,
                         out / "worker-fetch.log"),
            start_worker(f"bench-pipeline-nlp-{os.getpid()}", "nlp,default", args.nlp_concurrency, env,
                         out / "worker-nlp.log"),
        ]  # fmt: skip
        wait_ready(workers)
        worker_start = time.perf_counter() - moment
        print(f"local web of {total_pages} pages ({demo_pages} demo) on {len(hosts)} hosts "
              f"127.0.0.{BASE + 1}-{BASE + 20}:{port}, {result.summary} sources; workers up in {worker_start:.1f} s",
              file=sys.stderr, flush=True)  # fmt: skip

        runs = []
        for copy in range(1, args.runs + 1):
            cpu = [tree_cpu(worker.pid) for worker in workers]
            run = submit_and_follow(copy, args.timeout)
            time.sleep(0.5)  # the last task's "succeeded" line
            run["cpu"] = [tree_cpu(worker.pid) - before for worker, before in zip(workers, cpu, strict=True)]
            run["ended"] = time.time()
            runs.append(run)
        documents = Counter(Document.objects.values_list("status", flat=True))
        leads_total = Lead.objects.count()
    finally:
        for worker in workers:
            stop_worker(worker)
        web.terminate()
        web.join(15)
        connections.close_all()
        if not args.keep_db:
            admin_sql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')

    logs = {worker.worker_name.split("-")[2]: read_log(worker.log_path) for worker in workers}
    requests_seen = json.loads(request_log.read_text()) if request_log.exists() else []
    report(args, runs, sites, hosts, logs, requests_seen, documents, leads_total, setup_seconds, worker_start, out)


def report(args, runs, sites, hosts, logs, requests_seen, documents, leads_total, setup_seconds, worker_start, out):
    def span(a, b):
        return (b - a) if a is not None and b is not None else None

    def fmt(value, digits=1):
        return "—" if value is None else f"{value:,.{digits}f}"

    print(f"\nevidence pipeline: seed article (claims/demo/article_fr.txt), 1,000 pages on 20 hosts "
          f"(127.0.0.{BASE + 1}-{BASE + 20}), crawl delay {CRAWL_DELAY:g} s, workers fetch ×{args.fetch_concurrency} "
          f"and nlp,default ×{args.nlp_concurrency}, {os.cpu_count()} cores; migrate+flush {setup_seconds:.1f} s, "
          f"workers ready {worker_start:.1f} s")  # fmt: skip
    labels = [f"run {i}" + (" (cold)" if i == 1 else " (copy)") for i in range(1, len(runs) + 1)]
    rows = []
    for run in runs:
        extraction = span(run["submitted"], run["gather_started"])
        asking = span(run["gather_started"], run["gathered"])
        leads = run["leads"]
        demo_leads = sum(1 for url, _, _ in leads if is_demo(url, sites, hosts))
        demo_evidence = sum(1 for url, _, _ in run["evidence"] if is_demo(url, sites, hosts))
        vias = Counter(via for _, via, _ in leads)
        statuses = Counter(status for _, _, status in leads)
        rows.append({
            "total, submission → done (s)": fmt(span(run["submitted"], run["done"])),
            "extraction: submission → gather starts (s)": fmt(extraction),
            "asking the sources: → gathered_at (s)": fmt(asking),
            "fetching: gathered_at → ranking_at (s)": fmt(span(run["gathered"], run["ranking"])),
            "ranking: ranking_at → done (s)": fmt(span(run["ranking"], run["done"])),
            "sources asked": str(run["sources_asked"]),
            "requests made / cached": f"{run['requests']} / {run['cached']}",
            "pages found (search / feed / sitemap)": f"{run['pages']} ({vias['search']} / {vias['feed']} / "
            f"{vias['sitemap']})",
            "  of which demo pages": f"{demo_leads} of {len(leads)}",
            "leads archived / failed / refused": f"{statuses['archived']} / {statuses['failed']} / "
            f"{statuses['refused']}",
            "claims (failed)": f"{run['claims']} ({run['failed_claims']})",
            "evidence rows (from demo pages)": f"{len(run['evidence'])} ({demo_evidence})",
            "worker CPU s (fetch / nlp)": f"{run['cpu'][0]:.1f} / {run['cpu'][1]:.1f}",
        })  # fmt: skip
    width = max(len(key) for key in rows[0]) + 2
    print(f"\n| {'':{width}} | " + " | ".join(f"{label:>14}" for label in labels) + " |")
    print(f"| {'-' * width} | " + " | ".join("-" * 13 + ":" for _ in labels) + " |")
    for key in rows[0]:
        print(f"| {key:{width}} | " + " | ".join(f"{row[key]:>14}" for row in rows) + " |")
    total = span(runs[0]["submitted"], runs[0]["done"])
    verdict = "met" if total is not None and total < TARGET_SECONDS else "MISSED"
    print(f"\ntarget: seed article done in under {TARGET_SECONDS} s with the {CRAWL_DELAY:g} s crawl delay: "
          f"{verdict} ({fmt(total)} s)")  # fmt: skip

    # Where the time goes: the workers' own task runtimes, per run (by the log line's time).
    print("\nworker tasks per run: count, total s, max s (from the workers' 'succeeded in' lines)")
    bounds = [(run["started"] - 1, run["ended"]) for run in runs]
    tasks = defaultdict(lambda: [[0, 0.0, 0.0] for _ in runs])
    warnings = []
    for name, lines in logs.items():
        for stamp, level, message in lines:
            index = next((i for i, (a, b) in enumerate(bounds) if a <= stamp <= b), None)
            if index is None:
                continue
            match = SUCCEEDED.search(message)
            if match:
                cell = tasks[match[1]][index]
                seconds = float(match[2])
                cell[0] += 1
                cell[1] += seconds
                cell[2] = max(cell[2], seconds)
            elif level in ("WARNING", "ERROR", "CRITICAL"):
                warnings.append(f"run {index + 1} {name} {level}: {message[:200]}")
    print(f"| {'task':36} | " + " | ".join(f"{label:>22}" for label in labels) + " |")
    print(f"| {'-' * 36} | " + " | ".join("-" * 21 + ":" for _ in labels) + " |")
    for task in sorted(tasks):
        cells = " | ".join(f"{c[0]:>4} × {c[1]:7.2f} (max {c[2]:5.2f})" for c in tasks[task])
        print(f"| {task:36} | {cells} |")

    # The sites' side: what each run asked of them, and the closest two requests to one host came.
    print(
        "\nrequests the sites saw per run (robots.txt / search / feed / sitemap / page / other), "
        "closest two requests to one host"
    )
    for i, (a, b) in enumerate(bounds):
        seen = [(t, host, path) for t, host, path in requests_seen if a <= t <= b]
        kinds = Counter(kind_of(path) for _, _, path in seen)
        by_host = defaultdict(list)
        for t, host, _ in seen:
            by_host[host].append(t)
        gaps = [b - a for times in map(sorted, by_host.values()) for a, b in zip(times, times[1:], strict=False)]
        if not seen:
            print(f"  {labels[i]}: no request (every answer from the cache, every page already archived)")
            continue
        first, last = min(t for t, _, _ in seen), max(t for t, _, _ in seen)
        print(f"  {labels[i]}: {len(seen)} requests: " + " / ".join(str(kinds[k]) for k in
              ("robots.txt", "search", "feed", "sitemap", "page", "other")) +
              f"; on {len(by_host)} hosts; first {first - runs[i]['submitted']:.1f} s after submission, last "
              f"{last - runs[i]['submitted']:.1f} s; closest gap {min(gaps) if gaps else 0:.2f} s")  # fmt: skip
        # The gather asks one host at a time: how long it waited between a host's robots.txt and its first request.
        held = []
        for host in by_host:
            mine = sorted((t, path) for t, h, path in seen if h == host)
            if mine and mine[0][1] == "/robots.txt" and len(mine) > 1:
                held.append(mine[1][0] - mine[0][0])
        pages = sorted(t for t, _, path in seen if kind_of(path) == "page")
        per_host = Counter(host for _, host, path in seen if kind_of(path) == "page")
        if held:
            print(f"    robots.txt → that host's first search/feed: {len(held)} hosts, {sum(held):.1f} s in all "
                  f"(mean {sum(held) / len(held):.2f} s)")  # fmt: skip
        if pages:
            most = max(per_host.values())
            start, end = pages[0] - runs[i]["submitted"], pages[-1] - runs[i]["submitted"]
            print(f"    page requests from {start:.1f} s to {end:.1f} s ({end - start:.1f} s for {len(pages)} pages on "
                  f"{len(per_host)} hosts; at most {most} on one host, so ≥ {(most - 1) * CRAWL_DELAY:.1f} s at the "
                  "crawl delay)")  # fmt: skip
    print(f"\narchive at the end: {dict(documents)}; leads {leads_total}")
    for i, run in enumerate(runs, 1):
        print(f"run {i} queries: {json.dumps(run['queries'], ensure_ascii=False)}")
        for error in run["errors"][:5] + run["failures"][:5]:
            print(f"run {i} failure: {error}")
        if run["error"]:
            print(f"run {i} article error: {run['error'][:300]}")
    if warnings:
        print(f"\nworker warnings/errors ({len(warnings)}), first 15:")
        for line in warnings[:15]:
            print("  " + line)
    (out / "runs.json").write_text(json.dumps(runs, indent=1, default=str))
    print(f"\nworker logs, the sites' request log and runs.json in {out}")


if __name__ == "__main__":
    main()
