"""The import rate of known fact-checks: a generated 10,000-item ClaimReview JSON file, first run and unchanged run.

The file mixes the shapes real markup has (../shared/data/claimreview/SOURCE.md): ratings on a scale or in words
only, dates with and without a zone, authors as lists, items typed Claim or CreativeWork, declared and undeclared
languages (detected then), 40 publishers of which 20 are registered sources. Everything happens inside a transaction
rolled back at the end, so any migrated database will do. Usage, from the repository root:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB REDIS_URL=redis://127.0.0.1:6379/N \
        .venv/bin/python bench/claimreview_import.py [--items 10000]
"""

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from sources import claimreviews  # noqa: E402
from sources.models import KnownFactCheck, Source  # noqa: E402

CLAIMS = {
    "fr": "Le taux de chômage a atteint {n} % dans la région selon une publication partagée sur les réseaux sociaux",
    "en": "The unemployment rate reached {n} percent in the region according to a post shared on social media",
    "es": "La tasa de desempleo alcanzó el {n} % en la región según una publicación compartida en redes sociales",
    "pt": "A taxa de desemprego atingiu {n} % na região segundo uma publicação compartilhada nas redes sociais",
    "de": "Die Arbeitslosenquote erreichte {n} Prozent in der Region laut einem in sozialen Netzwerken geteilten Post",
}
WORDS = {"fr": ["Faux", "Plutôt faux", "Trompeur", "Vrai"], "en": ["False", "Mostly false", "Misleading", "True"],
         "es": ["Falso", "Engañoso", "Verdadero"], "pt": ["Falso", "Enganoso", "Verdadeiro"],
         "de": ["Falsch", "Irreführend", "Richtig"]}  # fmt: skip


def review(n: int, rng: random.Random) -> dict:
    language = list(CLAIMS)[n % len(CLAIMS)]
    site = f"verif{n % 40}.example"
    rating = {"@type": "Rating", "alternateName": rng.choice(WORDS[language])}
    if n % 3 == 0:
        rating.update(ratingValue=str(1 + n % 5), bestRating="5", worstRating="1")
    elif n % 3 == 1:
        rating.update(ratingValue="-1", bestRating="-1", worstRating="-1")  # 20 Minutes' scale
    data = {
        "@context": "https://schema.org",
        "@type": ["ClaimReview"] if n % 7 == 0 else "ClaimReview",
        "url": f"https://www.{site}/fact-check/{n}",
        "claimReviewed": CLAIMS[language].format(n=n),
        "datePublished": ["2022-01-28 18:35", "2019-06-20", "2023-09-20T11:00:00+02:00"][n % 3],
        "author": [{"@type": "Person", "name": f"Journalist {n}"}] if n % 5 == 0 else
                  {"@type": "Organization", "name": f"Vérif {n % 40}", "url": f"https://www.{site}/"},
        "publisher": {"@type": "Organization", "name": f"Vérif {n % 40}"},
        "reviewRating": rating,
        "itemReviewed": {"@type": "Claim" if n % 2 else "CreativeWork",
                         "author": {"@type": "Person", "name": ["Un compte", "anonyme"] if n % 4 == 0 else "Un élu"},
                         "appearance": [{"@type": "CreativeWork", "url": f"https://social.example/p/{n}"}]},
    }  # fmt: skip
    if n % 2 == 0:
        data["inLanguage"] = language
    return data


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg()) + f" on {os.cpu_count()} cores"


def timed(path: Path) -> tuple[claimreviews.ImportResult, float, float]:
    started, started_cpu = time.perf_counter(), time.process_time()
    result = claimreviews.known_fact_checks_import_file(path=path)
    return result, time.perf_counter() - started, time.process_time() - started_cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(11)
    table: list[tuple[str, str]] = [("database", connection.vendor), ("load average at start", load())]
    reviews = [review(n, rng) for n in range(args.items)]
    with tempfile.TemporaryDirectory() as directory, transaction.atomic():
        Source.objects.bulk_create(
            [Source(name=f"Vérif {n}", homepage=f"https://www.verif{n}.example/", kind=Source.Kind.FACT_CHECKER)
             for n in range(20)]
        )  # fmt: skip
        for source in Source.objects.filter(homepage__startswith="https://www.verif"):
            source.save()  # its host rows, which source_for_url reads
        path = Path(directory) / "claimreviews.json"
        path.write_text(json.dumps(reviews, ensure_ascii=False))
        table.append(("file", f"{args.items:,} ClaimReviews, {path.stat().st_size / 1e6:.1f} MB"))

        started = time.perf_counter()
        parsed = list(claimreviews.reviews_from_json(path.read_text()))
        fields = [claimreviews.review_fields(obj) for _, obj in parsed]
        table.append(("  of which reading and fields alone (no database)", f"{time.perf_counter() - started:.1f} s"))

        first, elapsed, used = timed(path)
        rate = args.items / elapsed
        table.append((f"first import, {args.items:,} new", f"{elapsed:.1f} s wall ({rate:,.0f} items/s), CPU "
                      f"{used:.1f} s: {first.summary}"))  # fmt: skip
        again, elapsed, used = timed(path)
        table.append(("the same file again", f"{elapsed:.1f} s wall, CPU {used:.1f} s: {again.summary}"))

        for item in reviews[::10]:
            item["reviewRating"]["alternateName"] = "Plutôt vrai"
        path.write_text(json.dumps(reviews, ensure_ascii=False))
        changed, elapsed, used = timed(path)
        table.append(("one in ten ratings changed", f"{elapsed:.1f} s wall, CPU {used:.1f} s: {changed.summary}"))

        stored = KnownFactCheck.objects.filter(url__startswith="https://www.verif").count()
        mapped = KnownFactCheck.objects.filter(url__startswith="https://www.verif", truth__isnull=False).count()
        with_source = KnownFactCheck.objects.filter(source__isnull=False).count()
        table.append(("stored / truth mapped / on a registered source", f"{stored:,} / {mapped:,} / {with_source:,}"))
        detected = sum(1 for item, row in zip(reviews, fields, strict=True) if "inLanguage" not in item
                       and row["language"] == claim_language(item))  # fmt: skip
        undeclared = sum(1 for item in reviews if "inLanguage" not in item)
        table.append(("undeclared languages detected right", f"{detected:,} of {undeclared:,}"))
        transaction.set_rollback(True)
    table.append(("load average at the end (the machine's other work slows every figure)", load()))

    width = max(len(name) for name, _ in table)
    print(f"| {'what'.ljust(width)} | figure |")
    print(f"| {'-' * width} | --- |")
    for name, value in table:
        print(f"| {name.ljust(width)} | {value} |")


def claim_language(item: dict) -> str:
    """The language a generated claim was written in."""
    return next(code for code, text in CLAIMS.items() if item["claimReviewed"].startswith(text.split("{n}")[0]))


if __name__ == "__main__":
    main()
