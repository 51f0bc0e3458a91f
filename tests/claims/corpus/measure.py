"""Measure the extractor on the annotated corpus (README.md here) and write RESULTS.md.

    python -m tests.claims.corpus.measure            # print the tables
    python -m tests.claims.corpus.measure --write    # also rewrite RESULTS.md
    python -m tests.claims.corpus.measure --errors   # also list every facet and claimant error

Articles fall in three sets: `seed` (the first eight, which carry the test's floors), and the new
articles' `tune` and `heldout` splits (their `split` field). Held-out articles are for measuring only:
never read their errors to write or tune rules.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

CORPUS = Path(__file__).parent
SETS = ("seed", "tune", "heldout")
LANGUAGES = ("en", "fr")
FIRM_TYPES = ("quantity", "date", "datetime", "duration")
# A time with no day ("time" facets) is scored on the datetime row: it is the same span, less resolved.
ROW_TYPES = {"quantity": ("quantity",), "date": ("date",), "datetime": ("datetime", "time"), "duration": ("duration",)}
# The held-out draw (README.md): one generator, English ids first, then French, sorted.
SPLIT_SEED = 12
HELDOUT_PER_LANGUAGE = 8
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|le|la|les|l'|un|une)\s*", re.IGNORECASE)


def load_articles(sets: tuple[str, ...] = SETS) -> list[dict]:
    articles = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]
    return [a for a in articles if article_set(a) in sets]


def article_set(article: dict) -> str:
    return article.get("split", "seed")


def heldout_draw(articles: list[dict]) -> set[str]:
    """The ids the README's fixed-seed draw puts in the held-out split."""
    draw = random.Random(SPLIT_SEED)
    held: set[str] = set()
    for lang in LANGUAGES:
        ids = sorted(a["id"] for a in articles if a["language"] == lang and article_set(a) != "seed")
        held.update(draw.sample(ids, HELDOUT_PER_LANGUAGE))
    return held


def facet_key(facet: dict) -> tuple | None:
    """What a facet must get right to count: its type and its normalised value."""
    kind = facet["type"]
    if kind not in FIRM_TYPES and kind != "time":
        return None
    if kind == "quantity":
        if facet.get("value") is not None:
            return (kind, round(float(facet["value"]), 6))
        return (kind, "range", facet.get("low"), facet.get("high"))
    return (kind, facet.get("value"))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def normalise_claimant(name: str | None) -> str | None:
    """Case, apostrophes, spacing and a leading article do not make a claimant wrong."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip(' ,.;:"«»“”').casefold()
    return _LEADING_ARTICLE.sub("", name, count=1) or None


def claimant_matches(gold: str | None, predicted: str | None, *, lenient: bool = False) -> bool:
    gold, predicted = normalise_claimant(gold), normalise_claimant(predicted)
    if gold is None or predicted is None:
        return gold is predicted
    if lenient:
        # Whole words kept or dropped ("X" for "regional governor X") still name the speaker; a cut
        # inside a word ("Météo" for "Météo-France") does not.
        return _word_run(gold.split(), predicted.split()) or _word_run(predicted.split(), gold.split())
    return gold == predicted


def _word_run(words: list[str], run: list[str]) -> bool:
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def sentence_claimant(claims: list[dict], span: tuple[int, int]) -> tuple[bool, str | None]:
    """Whether the extractor made a claim of this sentence, and the claimant it gives most often."""
    found = [c for c in claims if overlaps((c["sentence_start"], c["sentence_end"]), span)]
    named = Counter(c["claimant"] for c in found if c.get("claimant"))
    return bool(found), (named.most_common(1)[0][0] if named else None)


def score_article(article: dict, result: dict, errors: list | None = None) -> Counter:
    """Counts of true positives, predictions and gold items for one article."""
    text = article["text"]
    counts: Counter = Counter()
    claims = result["claims"]

    gold_sents = [(text.index(s), text.index(s) + len(s)) for s in article["checkworthy"]]
    predicted = {(c["sentence_start"], c["sentence_end"]) for c in claims if c["checkworthiness"] >= 0.5}
    counts["sent_pred"] += len(predicted)
    counts["sent_gold"] += len(gold_sents)
    counts["sent_tp_pred"] += sum(any(overlaps(p, g) for g in gold_sents) for p in predicted)
    counts["sent_tp_gold"] += sum(any(overlaps(p, g) for p in predicted) for g in gold_sents)

    # Atomic claims of one sentence may repeat a facet: count each span once.
    facets = {(f["type"], f.get("start"), f.get("end")): f for c in claims for f in c["facets"]}
    pred = [f for f in facets.values() if facet_key(f)]
    gold = [f for f in article["facets"] if facet_key(f)]
    pred_keys = Counter(facet_key(f) for f in pred)
    gold_keys = Counter(facet_key(f) for f in gold)
    shared = pred_keys & gold_keys
    counts["facet_pred"] += sum(pred_keys.values())
    counts["facet_gold"] += sum(gold_keys.values())
    counts["facet_tp"] += sum(shared.values())
    for row, kinds in ROW_TYPES.items():
        counts[f"{row}_pred"] += sum(n for k, n in pred_keys.items() if k[0] in kinds)
        counts[f"{row}_gold"] += sum(n for k, n in gold_keys.items() if k[0] in kinds)
        counts[f"{row}_tp"] += sum(n for k, n in shared.items() if k[0] in kinds)

    pred_entities = {f["text"].casefold() for f in facets.values() if f["type"] == "entity"}
    gold_entities = {f["text"].casefold() for f in article["facets"] if f["type"] == "entity"}
    counts["entity_pred"] += len(pred_entities)
    counts["entity_gold"] += len(gold_entities)
    counts["entity_tp"] += len(pred_entities & gold_entities)
    if errors is not None:
        errors += [("missed entity", article["id"], name) for name in sorted(gold_entities - pred_entities)]
        errors += [("spurious entity", article["id"], name) for name in sorted(pred_entities - gold_entities)]

    for item in article.get("claimants", []):
        start = text.index(item["sentence"])
        found, claimant = sentence_claimant(claims, (start, start + len(item["sentence"])))
        strict = found and claimant_matches(item["claimant"], claimant)
        attributed = "attributed" if item["claimant"] else "unattributed"
        counts["claimant_gold"] += 1
        counts["claimant_strict"] += strict
        counts["claimant_lenient"] += found and claimant_matches(item["claimant"], claimant, lenient=True)
        counts[f"claimant_{attributed}_gold"] += 1
        counts[f"claimant_{attributed}_strict"] += strict
        if errors is not None and not strict:
            said = claimant if found else "<no claim>"
            errors.append(("claimant", article["id"], item["sentence"][:90], item["claimant"], said))

    if errors is not None:
        list_facet_errors(article, gold, pred, errors)
    return counts


def list_facet_errors(article: dict, gold: list[dict], pred: list[dict], errors: list) -> None:
    """The unmatched facets, naming first those with no facet of the same value on their own span."""
    for name, mine, theirs in (("missed", gold, pred), ("spurious", pred, gold)):
        left = Counter(facet_key(f) for f in mine) - Counter(facet_key(f) for f in theirs)
        spans = {(facet_key(f), f.get("start"), f.get("end")) for f in theirs}
        for f in sorted(mine, key=lambda f: ((facet_key(f), f.get("start"), f.get("end")) in spans, f.get("start"))):
            if left[facet_key(f)] > 0:
                left[facet_key(f)] -= 1
                errors.append((name, article["id"], f["text"], facet_key(f), context(article["text"], f)))


def context(text: str, facet: dict, width: int = 40) -> str:
    start, end = facet.get("start") or 0, facet.get("end") or 0
    return text[max(0, start - width) : end + width].replace("\n", " ")


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def metrics(c: Counter) -> dict[str, dict[str, float]]:
    table = {
        "sentences": {"P": ratio(c["sent_tp_pred"], c["sent_pred"]), "R": ratio(c["sent_tp_gold"], c["sent_gold"])},
        "facets": {"P": ratio(c["facet_tp"], c["facet_pred"]), "R": ratio(c["facet_tp"], c["facet_gold"])},
        "entities": {"P": ratio(c["entity_tp"], c["entity_pred"]), "R": ratio(c["entity_tp"], c["entity_gold"])},
    }
    for row in ROW_TYPES:
        table[f"  {row}"] = {"P": ratio(c[f"{row}_tp"], c[f"{row}_pred"]), "R": ratio(c[f"{row}_tp"], c[f"{row}_gold"])}
    return table


def claimant_metrics(c: Counter) -> dict[str, float | int]:
    return {
        "n": c["claimant_gold"],
        "strict": ratio(c["claimant_strict"], c["claimant_gold"]),
        "lenient": ratio(c["claimant_lenient"], c["claimant_gold"]),
        "attributed": ratio(c["claimant_attributed_strict"], c["claimant_attributed_gold"]),
        "unattributed": ratio(c["claimant_unattributed_strict"], c["claimant_unattributed_gold"]),
    }


def extract_article(article: dict) -> dict:
    from claims.extraction import extract

    return extract(article["text"], lang=article["language"], published=datetime.fromisoformat(article["published"]))


def measure(articles: list[dict], errors: list | None = None) -> dict[str, dict[str, Counter]]:
    """Counts by set (seed, tune, heldout, new = tune + heldout) and language (en, fr, all)."""
    counts: dict[str, dict[str, Counter]] = {}
    for article in articles:
        score = score_article(article, extract_article(article), errors)
        for name in {article_set(article), "new" if article_set(article) != "seed" else "seed"}:
            by_language = counts.setdefault(name, {})
            for lang in (article["language"], "all"):
                by_language.setdefault(lang, Counter()).update(score)
    return counts


def table_lines(by_language: dict[str, Counter]) -> list[str]:
    langs = [lang for lang in (*LANGUAGES, "all") if lang in by_language]
    table = {lang: metrics(by_language[lang]) for lang in langs}
    lines = [f"{'':<14}" + "".join(f"{lang + ' P':>9}{lang + ' R':>9}" for lang in langs)]
    for row in table[langs[0]]:
        cells = (f"{table[lang][row]['P']:>9.2f}{table[lang][row]['R']:>9.2f}" for lang in langs)
        lines.append(f"{row:<14}" + "".join(cells))
    return lines


def claimant_lines(counts: dict[str, dict[str, Counter]]) -> list[str]:
    lines = [f"{'':<16}{'sentences':>10}{'strict':>9}{'lenient':>9}{'named':>9}{'none':>9}"]
    for name in ("seed", "tune", "heldout", "new"):
        for lang in (*LANGUAGES, "all"):
            c = counts.get(name, {}).get(lang)
            if not c or not c["claimant_gold"]:
                continue
            m = claimant_metrics(c)
            lines.append(
                f"{name + ' ' + lang:<16}{m['n']:>10}{m['strict']:>9.2f}{m['lenient']:>9.2f}"
                f"{m['attributed']:>9.2f}{m['unattributed']:>9.2f}"
            )
    return lines


def article_count(articles: list[dict], name: str) -> str:
    chosen = [a for a in articles if name in (article_set(a), "new" if article_set(a) != "seed" else "seed")]
    return f"{len(chosen)} articles: " + ", ".join(
        f"{sum(a['language'] == lang for a in chosen)} {lang}" for lang in LANGUAGES
    )


def report(articles: list[dict], counts: dict[str, dict[str, Counter]]) -> str:
    titles = {
        "seed": "Seed articles (the test's floors apply here)",
        "tune": "New articles, tune split (rules may be fitted to these)",
        "heldout": "New articles, held-out split (never used to tune rules)",
        "new": "New articles, both splits",
    }
    parts = [
        "# Extraction on the annotated corpus",
        "",
        "Precision (P) and recall (R), written by `python -m tests.claims.corpus.measure --write` "
        "(README.md says how each row is scored).",
    ]
    for name in ("seed", "tune", "heldout", "new"):
        if name in counts:
            block = "\n".join(table_lines(counts[name]))
            gold = counts[name]["all"]
            sizes = ", ".join(f"{gold[f'{row}_gold']} {row}" for row in ROW_TYPES) + f", {gold['entity_gold']} entities"
            parts += ["", f"## {titles[name]}", "", article_count(articles, name) + f"; gold facets: {sizes}."]
            parts += ["", "```", block, "```"]
    parts += [
        "",
        "## Claimants",
        "",
        "Share of check-worthy sentences whose claimant is right: `strict` after case, apostrophes and a leading",
        "article; `lenient` also when one is a run of whole words of the other (a title kept or dropped);",
        "`named` and `none` are the strict figure on sentences whose gold claimant is a source and on those",
        "with none (the seed articles have no claimant annotation).",
        "",
        "```",
        *claimant_lines(counts),
        "```",
        "",
    ]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite RESULTS.md")
    parser.add_argument("--errors", action="store_true", help="list every facet and claimant error")
    parser.add_argument("--set", choices=SETS, action="append", help="only these sets (repeatable)")
    args = parser.parse_args(argv)
    articles = load_articles(tuple(args.set or SETS))
    errors: list | None = [] if args.errors else None
    counts = measure(articles, errors)
    text = report(articles, counts)
    print(text)
    if errors:
        print("\n## Errors\n")
        for error in errors:
            print(" | ".join(str(part) for part in error))
    if args.write:
        (CORPUS / "RESULTS.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
