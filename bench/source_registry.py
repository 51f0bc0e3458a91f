"""The source registry at scale: source_for_url at 20,000 sources, and the import of 10,000 rows.

Everything happens inside a transaction rolled back at the end, so any migrated database will do. Usage, from the
repository root:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB REDIS_URL=redis://127.0.0.1:6379/N \
        .venv/bin/python bench/source_registry.py [--sources 20000] [--rows 10000] [--lookups 2000]
"""

import argparse
import os
import random
import statistics
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

from sources import fetching, services, sites  # noqa: E402
from sources.importing import sources_import  # noqa: E402
from sources.models import Source, SourceDomain  # noqa: E402


def registry(count: int) -> list[Source]:
    """Sources of every shape: www or not, extra domains, non-standard ports, paths."""
    sources = []
    for n in range(count):
        shape = n % 4
        if shape == 0:
            homepage, domains = f"https://www.site{n}.example/", [f"site{n}.example"]
        elif shape == 1:
            homepage, domains = f"https://site{n}.example/", [f"site{n}.example", f"cdn{n}.example"]
        elif shape == 2:
            homepage, domains = f"http://site{n}.example:{8000 + n % 50}/", [f"site{n}.example"]
        else:
            homepage, domains = f"https://news.site{n}.example/fr/", [f"news.site{n}.example"]
        sources.append(Source(name=f"Site {n}", homepage=homepage, domains=domains, site_key=sites.site_key(homepage)))
    Source.objects.bulk_create(sources, batch_size=2000)
    SourceDomain.objects.sync(sources)
    return sources


def lookups(count: int, sources: int, rng: random.Random) -> list[tuple[str, bool]]:
    """(URL, whether it belongs to a source): pages, subdomains, wrong ports, unknown hosts."""
    urls = []
    for _ in range(count):
        n = rng.randrange(sources)
        kind = rng.randrange(5)
        if kind == 0:
            urls.append((f"https://www.site{n}.example/2024/05/article-{n}.html", n % 4 in (0, 1)))
        elif kind == 1:
            urls.append((f"https://img.cdn{n}.example/a.jpg" if n % 4 == 1 else f"http://site{n}.example:"
                         f"{8000 + n % 50}/a", n % 4 in (1, 2)))  # fmt: skip
        elif kind == 2:
            urls.append((f"http://site{n}.example:1/a", False))  # a port no source is on
        elif kind == 3:
            urls.append((f"https://unknown{n}.example.net/a", False))
        else:
            urls.append((f"https://deep.a.b.news.site{n}.example/x", n % 4 in (0, 1, 3)))
    return urls


def legacy_source_for_url(url: str):
    """The scan source_for_url did before the domain table (issue 10): for comparison only."""
    host = fetching.host_of(url).removeprefix("www.")
    best, best_length = None, 0
    for source in Source.objects.only("id", "homepage", "domains", "crawl_delay"):
        names = {fetching.host_of(source.homepage).removeprefix("www.")}
        names.update(str(name).strip().lower().removeprefix("www.") for name in source.domains or [])
        for name in names:
            if name and (host == name or host.endswith("." + name)) and len(name) > best_length:
                best, best_length = source, len(name)
    return best


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg()) + f" on {os.cpu_count()} cores"


def percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def import_file(rows: int, directory: str) -> Path:
    path = Path(directory) / "sources.csv"
    lines = ["name,homepage,domains,kind,country,languages,reliability,feeds,search_url,crawl_delay"]
    for n in range(rows):
        lines.append(
            f"Import {n},https://www.import{n}.example/,import{n}.example|media{n}.example,"
            f"{['wire', 'Newspaper', 'TV', 'ngo'][n % 4]},{['FR', 'France', 'gb', 'Allemagne'][n % 4]},"
            f'"{["fr|en", "fr,en", "en", "French"][n % 4]}",{1 + n % 5},https://www.import{n}.example/rss.xml,'
            f"https://www.import{n}.example/search?q={{query}},1"
        )
    path.write_text("\n".join(lines) + "\n")
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=20_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--lookups", type=int, default=2_000)
    args = parser.parse_args()
    rng = random.Random(13)
    table: list[tuple[str, str]] = [("database", connection.vendor), ("load average at start", load())]
    with transaction.atomic():
        started = time.perf_counter()
        sources = registry(args.sources)
        table.append((f"registry of {args.sources:,} sources built (bulk)", f"{time.perf_counter() - started:.1f} s"))
        table.append(("domain rows", f"{SourceDomain.objects.count():,}"))

        urls = lookups(args.lookups, len(sources), rng)
        times, cpu, wrong = [], [], 0
        for url, belongs in urls:
            started, started_cpu = time.perf_counter(), time.process_time()
            found = services.source_for_url(url)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            wrong += (found is not None) != belongs
        p50, p95 = percentiles(times)
        cpu50, cpu95 = percentiles(cpu)
        table.append((f"source_for_url, {len(urls):,} URLs", f"p50 {p50:.2f} ms, p95 {p95:.2f} ms (target < 5 ms)"))
        table.append(("  of which this process's CPU", f"p50 {cpu50:.2f} ms, p95 {cpu95:.2f} ms"))
        table.append(("  answers that disagree with the expected owner", str(wrong)))
        legacy = []
        for url, _ in urls[:10]:
            started = time.perf_counter()
            legacy_source_for_url(url)
            legacy.append((time.perf_counter() - started) * 1000)
        table.append(("  before: scan of every source (10 URLs)", f"p50 {statistics.median(legacy):.0f} ms"))

        with tempfile.TemporaryDirectory() as directory:
            path = import_file(args.rows, directory)
            started, started_cpu = time.perf_counter(), time.process_time()
            first = sources_import(path=path)
            elapsed, used = time.perf_counter() - started, time.process_time() - started_cpu
            table.append(
                (
                    f"import of {args.rows:,} new rows",
                    f"{elapsed:.1f} s, CPU {used:.1f} s (target < 10 s): {first.summary}",
                )
            )
            started, started_cpu = time.perf_counter(), time.process_time()
            again = sources_import(path=path)
            elapsed, used = time.perf_counter() - started, time.process_time() - started_cpu
            table.append(("the same file again, unchanged", f"{elapsed:.1f} s, CPU {used:.1f} s: {again.summary}"))
            found = services.source_for_url("https://img.media7.example/a.png")
            table.append(("imported domains matched", "yes" if found and found.name == "Import 7" else "NO"))
        transaction.set_rollback(True)
    table.append(("load average at the end (the machine's other work slows every figure)", load()))

    width = max(len(name) for name, _ in table)
    print(f"| {'what'.ljust(width)} | figure |")
    print(f"| {'-' * width} | --- |")
    for name, value in table:
        print(f"| {name.ljust(width)} | {value} |")


if __name__ == "__main__":
    main()
