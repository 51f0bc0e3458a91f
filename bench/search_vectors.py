"""Sentence vectors: embedding throughput on one thread, then lexical, vector and hybrid passage search at scale.

Drops and recreates its own database (factcheck_bench_vectors on the local PostgreSQL, or --database-url), migrates
it, and drops it at the end unless --keep-db. Usage, from the repository root:

    .venv/bin/python bench/search_vectors.py [--passages 100000] [--queries 40] [--keep-db]

(a) embedding: every sentence of the pool (tests/claims/corpus plus ../shared/data's ClaimBuster and PoliClaim
    sentences) embedded for real, then passages of three sentences, one BLAS thread.
(b) search: the passages are synthetic (three random sentences of one language) and their vectors are NOT the
    model's: the normalised mean of their sentences' real vectors plus small Gaussian noise (sigma 0.005 per
    dimension), so that 100,000 rows go in within a minute yet the matrix has the model's geometry. A dozen
    hand-written documents (below) are embedded for real and carry the relevance check of the fusion.
"""

import argparse
import csv
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/factcheck_bench_vectors"

# The labelled set of the fusion: a claim (its sentence and its words), the passage that answers it, and a
# distractor that shares the claim's words but not its meaning. Cross-lingual items are the point of vectors.
LABELLED = [
    {
        "claim": "Les forces séparatistes du Haut-Karabakh ont accepté de déposer les armes mercredi.",
        "query": "Haut-Karabakh armes",
        "answer": (
            "en",
            "Separatist forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms, "
            "Armenia's defence ministry said, as a ceasefire took hold across the region.",
        ),
        "distractor": (
            "fr",
            "Le Haut-Karabakh attire chaque été des randonneurs ; les armes anciennes du musée "
            "de Stepanakert sont exposées depuis mai.",
        ),
    },
    {
        "claim": "Le nombre de cas de rougeole a triplé cette année en France.",
        "query": "rougeole France",
        "answer": (
            "en",
            "Measles cases in France have tripled this year, the national public health agency "
            "said, urging parents to have their children vaccinated.",
        ),
        "distractor": (
            "fr",
            "La France a lancé une campagne d'affichage sur la vaccination contre la rougeole "
            "des voyageurs se rendant en Asie, sans chiffres de cas.",
        ),
    },
    {
        "claim": "The Bank of England cut its key interest rate to 4.5% on Thursday.",
        "query": "Bank England rate",
        "answer": (
            "fr",
            "La Banque d'Angleterre a abaissé jeudi son taux directeur d'un quart de point, à 4,5 %, "
            "sa troisième baisse depuis août.",
        ),
        "distractor": (
            "en",
            "The Bank of England museum will open its doors for free on Thursday; the exchange "
            "rate of old banknotes is explained in a new exhibition.",
        ),
    },
    {
        "claim": "Ukrainian air defences shot down 31 of the 38 Russian drones overnight.",
        "query": "drones air defences",
        "answer": (
            "fr",
            "La défense antiaérienne ukrainienne a abattu dans la nuit 31 des 38 drones lancés par "
            "la Russie, selon l'armée de l'air.",
        ),
        "distractor": (
            "en",
            "Hobby drones are banned near the air show this weekend, and air defences of "
            "medieval castles are the theme of the festival.",
        ),
    },
    {
        "claim": "Le taux de chômage est descendu à 7,3 % au troisième trimestre selon l'Insee.",
        "query": "chômage Insee trimestre",
        "answer": (
            "fr",
            "Selon l'Insee, le chômage a reculé à 7,3 % de la population active au troisième "
            "trimestre, contre 7,5 % le trimestre précédent.",
        ),
        "distractor": (
            "fr",
            "L'Insee publiera au prochain trimestre une étude sur le logement ; le chômage n'y "
            "sera pas abordé, précise l'institut.",
        ),
    },
    {
        "claim": "The European Parliament approved a law requiring platforms to label political ads.",
        "query": "European Parliament political advertising",
        "answer": (
            "en",
            "The European Parliament voted a law obliging large online platforms to label political "
            "advertising, by 398 votes to 187.",
        ),
        "distractor": (
            "en",
            "A European Parliament intern wrote a novel about political advertising in the "
            "1960s, to be published next spring.",
        ),
    },
    {
        "claim": "L'épidémie de grippe atteint un niveau inédit depuis quinze ans.",
        "query": "grippe épidémie",
        "answer": (
            "en",
            "The flu epidemic has reached its highest level in more than fifteen years in mainland "
            "France, the public health agency said on Wednesday.",
        ),
        "distractor": (
            "fr",
            "Un film sur l'épidémie de grippe espagnole de 1918 sort en salle ; le réalisateur "
            "parle de grippe et de cinéma muet.",
        ),
    },
    {
        "claim": "The regional council adopted a 148 million euro supplementary budget after nine hours of debate.",
        "query": "regional council budget",
        "answer": (
            "fr",
            "Le conseil régional a adopté dimanche soir, après neuf heures de débats, un budget "
            "supplémentaire de 148 millions d'euros.",
        ),
        "distractor": (
            "en",
            "The regional council's budget office moved to a new building; staff said the "
            "council canteen will reopen in June.",
        ),
    },
]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=40, help="timed queries per method")
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    return args


ARGS = arguments()
os.environ["DATABASE_URL"] = ARGS.database_url
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # embedding on one core; the scans are timed on one too

import django  # noqa: E402
import numpy as np  # noqa: E402
import psycopg  # noqa: E402

DB_NAME = urlsplit(ARGS.database_url).path.lstrip("/")
ADMIN_URL = urlunsplit(urlsplit(ARGS.database_url)._replace(path="/postgres"))


def recreate_database(drop_only: bool = False) -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        if not drop_only:
            admin.execute(f'CREATE DATABASE "{DB_NAME}"')


def sentence_pool() -> dict[str, list[str]]:
    pool = {"fr": [], "en": []}
    for path in sorted((ROOT / "tests/claims/corpus").glob("*.json")):
        item = json.loads(path.read_text())
        pool[item["language"]] += [s for s in re.split(r"(?<=[.!?])\s+", item["text"]) if len(s) > 30]
    for path, column in ((SHARED / "claimbuster/crowdsourced_sample4000.csv", "Text"),
                         (SHARED / "policlaim/policlaim_train_golden.csv", None)):  # fmt: skip
        if not path.exists():
            continue
        with path.open(newline="") as file:
            reader = csv.DictReader(file)
            key = (
                column
                if column in (reader.fieldnames or [])
                else next((f for f in reader.fieldnames or [] if f.lower() in ("text", "sentence", "claim")), None)
            )
            if key:
                pool["en"] += [row[key].strip() for row in reader if len((row[key] or "").strip()) > 30]
    seed = ROOT.parent / "shared" / "seed" / "article_fr.txt"
    if seed.exists():
        pool["fr"] += [s for s in re.split(r"(?<=[.!?])\s+", seed.read_text()) if len(s) > 30]
    return {language: sorted(set(sentences)) for language, sentences in pool.items()}


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[max(0, int(round(len(ordered) * 0.95)) - 1)]


def timed(function) -> tuple[float, object]:
    started = time.perf_counter()
    result = function()
    return (time.perf_counter() - started) * 1000, result


def main():
    recreate_database()
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from sources import embeddings
    from sources.models import Document, Passage
    from sources.search import (
        HIT_FIELDS,
        passages_index,
        search_passages,
        search_passages_hybrid,
        search_passages_vector,
        vector_index,
    )

    call_command("migrate", verbosity=0)
    rng = random.Random(7)
    rows = []
    try:
        # --- (a) embedding throughput, one thread ---
        pool = sentence_pool()
        sentences = pool["fr"] + pool["en"]
        load_ms, _ = timed(embeddings.warm_up)
        ms, vectors = timed(lambda: embeddings.embed(sentences))
        sentence_vectors = dict(zip(sentences, vectors, strict=True))
        rows.append(("model load", f"{load_ms / 1000:.1f} s", embeddings.MODEL_NAME))
        rows.append(("embed sentences", f"{len(sentences) / (ms / 1000):.0f} /s",
                     f"{len(sentences)} sentences ({len(pool['fr'])} fr, {len(pool['en'])} en), "
                     f"mean {statistics.mean(map(len, sentences)):.0f} chars"))  # fmt: skip
        passages_texts = [" ".join(rng.sample(pool[lang], 3)) for lang in ["fr", "en"] * 250]
        ms, _ = timed(lambda: embeddings.embed(passages_texts))
        rows.append(("embed passages", f"{len(passages_texts) / (ms / 1000):.0f} /s",
                     f"{len(passages_texts)} passages of 3 sentences, mean "
                     f"{statistics.mean(map(len, passages_texts)):.0f} chars"))  # fmt: skip
        claim_ms = [timed(lambda c=item["claim"]: embeddings.embed_one(c))[0] for item in LABELLED * 5]
        p50, p95 = percentiles(claim_ms)
        rows.append(("embed one claim", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms", "embed_one"))

        # --- (b) the archive: synthetic passages, COPY ---
        started = time.perf_counter()
        per_document = 5
        documents = Document.objects.bulk_create(
            [
                Document(url=f"https://bench.example/{n}", canonical_url=f"https://bench.example/{n}",
                         title=f"Bench {n}", status=Document.Status.ARCHIVED, language="fr" if n % 2 else "en")
                for n in range(ARGS.passages // per_document)
            ],
            batch_size=5000,
        )  # fmt: skip
        noise = np.random.default_rng(7)
        with connection.cursor() as cursor:
            copy_sql = 'COPY sources_passage (document_id, "index", start, "end", text, language, vector) FROM STDIN'
            with connection.connection.cursor().copy(copy_sql) as copy:
                for document in documents:
                    position = 0
                    for i in range(per_document):
                        picked = rng.sample(pool[document.language], 3)
                        text = " ".join(picked)
                        vector = np.mean([sentence_vectors[s] for s in picked], axis=0)
                        vector += noise.normal(0, 0.005, embeddings.DIMENSIONS).astype(np.float32)
                        vector /= np.linalg.norm(vector)
                        copy.write_row((document.pk, i, position, position + len(text), text, document.language,
                                        embeddings.to_bytes(vector)))  # fmt: skip
                        position += len(text) + 2
            cursor.execute(
                "UPDATE sources_passage SET search = factcheck_tsvector("
                "(CASE language WHEN 'fr' THEN 'french' WHEN 'en' THEN 'english' ELSE 'simple' END)::regconfig, text)"
            )
        labelled_documents = []
        for n, item in enumerate(LABELLED):
            for role in ("answer", "distractor"):
                language, text = item[role]
                document = Document(
                    url=f"https://labelled.example/{n}/{role}", canonical_url=f"https://labelled.example/{n}/{role}",
                    title=f"{role} {n}", status=Document.Status.ARCHIVED, language=language, text=text,
                )  # fmt: skip
                Document.objects.bulk_create([document])  # no signal: indexed explicitly, as fetching does
                passages_index(document=document)  # embedded for real
                labelled_documents.append((n, role, document.pk))
        with connection.cursor() as cursor:  # autocommit: VACUUM runs outside a transaction
            cursor.execute("VACUUM ANALYZE sources_passage")
            cursor.execute("VACUUM ANALYZE sources_document")
        total = Passage.objects.count()
        rows.append(("archive built", f"{time.perf_counter() - started:.0f} s",
                     f"{total} passages, {len(documents) + len(labelled_documents)} documents (COPY, synthetic "
                     "vectors: mean of real sentence vectors + noise)"))  # fmt: skip

        # --- the cold index and the brute-force floor ---
        ms, _ = timed(vector_index.catch_up)
        size = f"{vector_index.alive_count} vectors, float32 {vector_index.matrix.nbytes / 1e6:.0f} MB"
        rows.append(("vector index cold load", f"{ms / 1000:.1f} s", size))
        ms, _ = timed(vector_index.catch_up)
        check = [timed(vector_index.catch_up)[0] for _ in range(20)]
        p50, p95 = percentiles(check)
        rows.append(("index catch-up check", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms", "count + max id, nothing new"))

        started = time.perf_counter()
        fresh_rows = list(Passage.objects.order_by("id").values_list("id", "vector"))
        fresh_ids = np.array([pk for pk, _ in fresh_rows])
        fresh = np.frombuffer(b"".join(bytes(v) for _, v in fresh_rows), dtype=np.float16)
        fresh = fresh.reshape(-1, embeddings.DIMENSIONS).astype(np.float32)
        del fresh_rows
        rows.append(("numpy floor: load", f"{time.perf_counter() - started:.1f} s", f"{fresh.shape[0]} × 512"))

        claims = [(item["claim"], item["query"]) for item in LABELLED]
        claims += [(s, " ".join(w for w in re.findall(r"\w{5,}", s)[:2])) for s in rng.sample(sentences, 32)]
        claims = (claims * ((ARGS.queries // len(claims)) + 1))[: ARGS.queries]
        claim_vectors = {c: embeddings.embed_one(c) for c, _ in claims}

        def floor(vector):
            scores = fresh @ vector
            top = np.argpartition(-scores, 19)[:20]
            return top[np.argsort(-scores[top])]

        def measure(name, function, note):
            function(*claims[0])  # warm
            times = [timed(lambda c=c, q=q: function(c, q))[0] for c, q in claims]
            p50, p95 = percentiles(times)
            rows.append((name, f"p50 {p50:.1f} ms, p95 {p95:.1f} ms", note))

        measure("numpy floor: scan", lambda c, q: floor(claim_vectors[c]), "matrix @ v + top 20, no database")
        measure("numpy floor: scan + details", lambda c, q: list(
            Passage.objects.filter(id__in=fresh_ids[floor(claim_vectors[c])].tolist()).values(*HIT_FIELDS)
        ), "+ one query for the 20 hits' fields")  # fmt: skip
        measure("lexical", lambda c, q: search_passages(q, limit=20), "search_passages(words), full text, limit 20")
        measure("vector", lambda c, q: search_passages_vector(claim_vectors[c], limit=20),
                "search_passages_vector, query vector given")  # fmt: skip
        measure("vector + embed", lambda c, q: search_passages_vector(embeddings.embed_one(c), limit=20),
                "embed_one(claim) + search_passages_vector")  # fmt: skip
        measure("hybrid", lambda c, q: search_passages_hybrid(c, q, limit=20),
                "search_passages_hybrid(claim, words): embed + 50 lexical + 50 vector + fusion")  # fmt: skip
        measure("hybrid, language=fr", lambda c, q: search_passages_hybrid(c, q, limit=20, language="fr"), "")

        # --- relevance of the fusions on the labelled items (inside the 100,000 passages) ---
        answers = {n: pk for n, role, pk in labelled_documents if role == "answer"}
        fusions = {}
        for item in LABELLED:
            lexical = search_passages(item["query"], limit=50)
            dense = search_passages_vector(claim_vectors[item["claim"]], limit=50)
            fusions.setdefault("lexical only", []).append([h.document_id for h in lexical])
            fusions.setdefault("vector only", []).append([h.document_id for h in dense])
            cosine = {h.passage_id: h.dense for h in dense}
            cosine.update(vector_index.cosines([h.passage_id for h in lexical], claim_vectors[item["claim"]]))
            lex = {h.passage_id: h.score for h in lexical}
            best = max(lex.values(), default=1) or 1
            doc = {h.passage_id: h.document_id for h in lexical + dense}
            for weight in (0.3, 0.5, 0.6, 0.7, 0.8):
                fused = sorted(doc, key=lambda pk, w=weight: -(w * max(cosine.get(pk, 0), 0)
                                                               + (1 - w) * lex.get(pk, 0) / best))  # fmt: skip
                fusions.setdefault(f"weighted, dense weight {weight}", []).append([doc[pk] for pk in fused])
            rank_l = {h.passage_id: r for r, h in enumerate(lexical)}
            rank_d = {h.passage_id: r for r, h in enumerate(dense)}
            rrf = sorted(doc, key=lambda pk: -sum(1 / (60 + r[pk]) for r in (rank_l, rank_d) if pk in r))
            fusions.setdefault("reciprocal rank fusion (k=60)", []).append([doc[pk] for pk in rrf])
            hybrid = search_passages_hybrid(item["claim"], item["query"], limit=50)
            fusions.setdefault("search_passages_hybrid (shipped)", []).append([h.document_id for h in hybrid])
        relevance = []
        for name, lists in fusions.items():
            ranks = [lists[n].index(answers[n]) + 1 if answers[n] in lists[n] else None for n in range(len(LABELLED))]
            mrr = statistics.mean(1 / r if r else 0 for r in ranks)
            top1 = sum(r == 1 for r in ranks if r)
            distractor_below = 0
            for n in range(len(LABELLED)):
                distractor = next(pk for m, role, pk in labelled_documents if m == n and role == "distractor")
                d = lists[n].index(distractor) if distractor in lists[n] else 10**6
                a = lists[n].index(answers[n]) if answers[n] in lists[n] else 10**6 + 1
                distractor_below += a < d
            relevance.append((name, mrr, top1, distractor_below))
    finally:
        connection.close()
        if not ARGS.keep_db:
            recreate_database(drop_only=True)

    width = max(len(r[0]) for r in rows)
    print(f"\nPostgreSQL, {os.cpu_count()} cores, one BLAS thread; queries: {len(claims)} per method "
          f"({len(LABELLED)} labelled claims + corpus sentences, words = their first long words)\n")  # fmt: skip
    print(f"| {'what':{width}} | figure | note |\n|{'-' * (width + 2)}|---|---|")
    for name, figure, note in rows:
        print(f"| {name:{width}} | {figure} | {note} |")
    print(f"\nFusion on {len(LABELLED)} labelled claims (answer among {total} passages, 6 of 8 cross-lingual):\n")
    print("| ranking | MRR | answer first | answer above its distractor |\n|---|---:|---:|---:|")
    for name, mrr, top1, below in relevance:
        print(f"| {name} | {mrr:.3f} | {top1}/{len(LABELLED)} | {below}/{len(LABELLED)} |")


if __name__ == "__main__":
    main()
