"""Benchmark of claim extraction on one core: `python bench/extraction.py` (from the repo root, with the venv).

Builds a corpus of articles by recombining the paragraphs of our annotated articles
(tests/claims/corpus/, French with French, English with English, fixed seed), then measures in a
fresh subprocess pinned to one CPU: cold start (process start to the first result), articles/s and
words/s of `extract`, the ratio of the whole extraction to the bare spaCy pipeline (`nlp.pipe` of the
same texts with the same model), the seed article's warm time (median) and the peak memory.
The ratio is also given with the encoder's per-piece cache emptied before each article: the corpus
recombines the same paragraphs, so it repeats word pieces far more than real articles do, and this
cold-cache ratio is the worst case for real traffic.
Targets from issue 3: ratio <= 1.5, seed article under 150 ms warm.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "claims" / "corpus"
SEED_ARTICLE = Path(os.environ.get("FACTCHECK_SEED", ROOT.parent / "shared" / "seed" / "article_fr.txt"))
SEED_PUBLISHED = "2023-09-20T12:00:00+02:00"
RATIO_TARGET = 1.5
SEED_TARGET_MS = 150.0


def build_corpus(n_articles: int, seed: int = 20231) -> list[dict]:
    """Articles of 8 to 16 paragraphs drawn from the annotated articles of the same language."""
    rng = random.Random(seed)
    pools: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(CORPUS.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [p for p in article["text"].split("\n\n") if p.strip()]
        pools.setdefault(article["language"], []).extend((p, article["published"]) for p in paragraphs)
    languages = sorted(pools)
    articles = []
    for i in range(n_articles):
        lang = languages[i % len(languages)]
        picked = rng.sample(pools[lang], rng.randint(8, min(16, len(pools[lang]))))
        articles.append({"language": lang, "published": picked[0][1], "text": "\n\n".join(p for p, _ in picked) + "\n"})
    return articles


def pin_to_one_core() -> None:
    # Several helpers share the machine: one core, and no hidden thread pools in numpy or spaCy.
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def child(n_articles: int, repeats: int) -> None:
    """Runs in the measured subprocess; prints one JSON line of figures."""
    pin_to_one_core()
    started = float(os.environ["BENCH_SPAWNED_AT"])
    import resource

    from claims.extraction import extract

    seed_text = SEED_ARTICLE.read_text(encoding="utf-8")
    seed_published = datetime.fromisoformat(SEED_PUBLISHED)
    extract(seed_text, lang="auto", published=seed_published)
    cold_start = time.time() - started

    import spacy

    from claims.extraction.pipeline import MODELS

    articles = build_corpus(n_articles)
    figures: dict = {"cold_start_s": cold_start, "articles": len(articles), "languages": {}}
    by_language = {
        lang: (
            [a["text"] for a in articles if a["language"] == lang],
            [datetime.fromisoformat(a["published"]) for a in articles if a["language"] == lang],
        )
        for lang in sorted({a["language"] for a in articles})
    }
    for lang, (texts, published) in by_language.items():
        extract(texts[0], lang=lang, published=published[0])  # warm: the pipeline is loaded
        t0 = time.perf_counter()
        for text, when in zip(texts, published, strict=True):
            extract(text, lang=lang, published=when)
        figures["languages"][lang] = {
            "articles": len(texts),
            "words": sum(len(t.split()) for t in texts),
            "extraction_s": time.perf_counter() - t0,
        }
    timings = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        extract(seed_text, lang="auto", published=seed_published)
        timings.append(time.perf_counter() - t0)
    figures["seed_words"] = len(seed_text.split())
    figures["seed_warm_ms"] = statistics.median(timings) * 1000
    # Read before the bare pipelines below are loaded, so it is the extractor's own peak.
    # Linux reports ru_maxrss in kilobytes.
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    for lang, (texts, _) in by_language.items():
        bare = spacy.load(MODELS[lang])
        list(bare.pipe(texts[:2]))
        t0 = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=32):
            pass
        figures["languages"][lang]["spacy_pipe_s"] = time.perf_counter() - t0
        del bare

    # The same articles again, each one starting from an empty per-piece cache of the sentence encoder; last,
    # so that the figures above are measured as they always were.
    from sources import embeddings

    backend = embeddings._encoder()._backend
    for lang, (texts, published) in by_language.items():
        elapsed = 0.0
        for text, when in zip(texts, published, strict=True):
            backend.clear_cache()
            t0 = time.perf_counter()
            extract(text, lang=lang, published=when)
            elapsed += time.perf_counter() - t0
        figures["languages"][lang]["extraction_cold_cache_s"] = elapsed
    print(json.dumps(figures))


def report(figures: dict) -> None:
    rows = [("cold start (process start -> first result)", f"{figures['cold_start_s']:.1f} s")]
    total_articles = total_words = total_extraction = total_spacy = 0.0
    for lang, f in figures["languages"].items():
        rows.append(
            (
                f"{lang}: {f['articles']} articles, {f['words']:,} words",
                f"{f['articles'] / f['extraction_s']:.1f} articles/s, {f['words'] / f['extraction_s']:,.0f} words/s, "
                f"ratio to nlp.pipe {f['extraction_s'] / f['spacy_pipe_s']:.2f}x",
            )
        )
        total_articles += f["articles"]
        total_words += f["words"]
        total_extraction += f["extraction_s"]
        total_spacy += f["spacy_pipe_s"]
    ratio = total_extraction / total_spacy
    languages = figures["languages"].items()
    cold_ratio = sum(f["extraction_cold_cache_s"] for _, f in languages) / total_spacy
    cold_by_language = ", ".join(
        f"{lang} {f['extraction_cold_cache_s'] / f['spacy_pipe_s']:.2f}x" for lang, f in languages
    )
    rows += [
        ("all: articles/s", f"{total_articles / total_extraction:.1f}"),
        ("all: words/s", f"{total_words / total_extraction:,.0f}"),
        (f"all: extraction / bare spaCy (target <= {RATIO_TARGET}x)", f"{ratio:.2f}x"),
        ("all: same, encoder piece cache emptied per article (worst case)", f"{cold_ratio:.2f}x ({cold_by_language})"),
        (
            f"seed article, {figures['seed_words']} words, warm median (target < {SEED_TARGET_MS:.0f} ms)",
            f"{figures['seed_warm_ms']:.0f} ms",
        ),
        ("peak memory (maxrss)", f"{figures['peak_rss_mb']:.0f} MB"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"claim extraction benchmark, one core, {figures['articles']} articles")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print(
        f"targets: ratio {'met' if ratio <= RATIO_TARGET else 'MISSED'}, "
        f"seed {'met' if figures['seed_warm_ms'] < SEED_TARGET_MS else 'MISSED'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=21, help="warm runs of the seed article")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.articles, args.repeats)
        return
    env = {
        **os.environ,
        "BENCH_SPAWNED_AT": repr(time.time()),
        "PYTHONPATH": str(ROOT),
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    command = [sys.executable, str(Path(__file__).resolve()), "--child", f"--articles={args.articles}"]
    command.append(f"--repeats={args.repeats}")
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"benchmark subprocess failed:\n{done.stderr}")
    report(json.loads(done.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
