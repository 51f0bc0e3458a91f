"""Build pool.jsonl and queries.jsonl from the hand-written text files beside this script.

The claims and queries are written by hand in pool_en.txt, pool_fr.txt, queries_en.txt and queries_fr.txt;
this script only adds metadata (author, rating, date, URL), shuffles, numbers the items and draws the
held-out split, all from SEED, so the output is the same on every run:

    .venv/bin/python tests/claims/matching/build.py

Do not edit the JSONL files by hand: edit the text files and rebuild. Rebuilding after a change renumbers
items and redraws the split, so a heldout query that leaked into tuning cannot be "fixed" by rebuilding.
"""

import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 11  # the issue number; seeds the metadata, the shuffles and the held-out draw
HELDOUT_SHARE = 0.4

TRUE_KEYS = {
    "hot2023", "uk403", "uk387", "eu_petrol2035", "infl_uk111", "infl_us91", "infl_us32", "boe525", "musk44",
    "karabakh_44d", "anc402", "anc575", "reform143", "labour337", "labour40", "turnout597", "turnout673",
    "pricecap3549", "petrol191", "netmig745", "boats45", "boats29", "minwage1221", "minwage1144", "gdp_de03",
    "usdebt34", "usdebt31", "ng_infl332", "karabakh100k", "zamzam", "sudan10m", "measles368", "gaza40k",
    "inflation52", "inflation49", "retraite64", "dette3000", "deficit55", "gazole210", "livreta3", "rsa15h",
    "titres323k", "canicule2003", "record46", "secheresse2022", "cop300", "rn33", "abst667", "abst525",
    "bardella314", "bardella233", "faye54", "ouattara94", "pq3", "dissolution2024", "hamas1200", "rafah_ia",
    "karabakh24h", "latchine9", "goma", "wagner_mali", "elec15", "elec10", "epr132", "nucleaire70",
    "marseille49", "prisons80k", "depardieu_ru", "aya", "hidalgo17", "metro4", "punaises11", "velo135",
    "mpox_urgence", "gaza30k", "ame12", "oqtf7", "manche36k", "chine_lune2024", "karabakh120k", "smic1400",
}  # fmt: skip
RATINGS = {
    ("en", True): ["True", "True", "Mostly true", "Correct"],
    ("en", False): ["False"] * 6 + ["Mostly false", "Misleading", "Missing context", "Pants on Fire", "Unproven"],
    ("en", "media"): ["Altered", "Miscaptioned", "False", "Misleading"],
    ("fr", True): ["Vrai", "Vrai", "Plutôt vrai", "Exact"],
    ("fr", False): ["Faux"] * 6 + ["Plutôt faux", "Trompeur", "Manque de contexte", "Infondé", "Exagéré"],
    ("fr", "media"): ["Montage", "Hors contexte", "Faux", "Trompeur"],
}
AUTHORS = {
    # (language, region): [(author, domain)]; region picked from keywords in the claim
    ("en", "uk"): [("Full Fact", "fullfact.example")] * 3 + [("Reuters Fact Check", "reuters-factcheck.example"),
                                                             ("Logically Facts", "logically.example")],
    ("en", "us"): [("PolitiFact", "politifact.example")] * 2 + [("FactCheck.org", "factcheckorg.example"),
                                                                ("Lead Stories", "leadstories.example"),
                                                                ("Snopes", "snopes.example")],
    ("en", "africa"): [("Africa Check", "africacheck.example")] * 3 + [("AFP Fact Check", "afp-factcheck.example")],
    ("en", "world"): [("AFP Fact Check", "afp-factcheck.example"), ("Reuters Fact Check", "reuters-factcheck.example"),
                      ("Snopes", "snopes.example"), ("AAP FactCheck", "aap-factcheck.example"),
                      ("Full Fact", "fullfact.example"), ("PolitiFact", "politifact.example")],
    ("fr", "quebec"): [("Les Décrypteurs", "decrypteurs.example")],
    ("fr", "africa"): [("AFP Factuel", "factuel-afp.example"), ("Africa Check", "africacheck.example"),
                       ("France 24 Les Observateurs", "observateurs.example")],
    ("fr", "world"): [("AFP Factuel", "factuel-afp.example")] * 2 + [
        ("Les Décodeurs", "decodeurs.example"), ("CheckNews", "checknews.example"),
        ("Les Vérificateurs", "verificateurs.example"), ("France 24 Les Observateurs", "observateurs.example"),
        ("RTBF Faky", "faky.example")],
}  # fmt: skip
REGIONS = [
    ("quebec", r"québec"),
    ("africa", r"south africa|nigeria|kenya|\banc\b|eskom|sudan|darfur|\brsf\b|el fasher|sénégal|ouattara|mali|"
               r"niger\b|goma|m23|cfa|soudan|fsr|tchad|faye"),
    ("uk", r"\buk\b|united kingdom|england|britain|british|\bnhs\b|bank of england|ofgem|london|channel|"
           r"home office|labour|reform uk|king charles|hinkley|ftse|oxford|southport|rwanda"),
    ("us", r"united states|\bus\b|american|biden|trump|michigan|georgia|springfield|hurricane|vaers|dominion|"
           r"kamala|non-citizens"),
]  # fmt: skip
OUR_DESK_SHARE = 0.1  # items that stand for our own published verdicts (kind "verdict")


def read_lines(name):
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield [part.strip() for part in line.split("|", 2)]


def slug(text, words=12):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text)[:words])


MONTHS = {name: number for number, names in enumerate((
    "january janvier", "february février fevrier", "march mars", "april avril", "may mai", "june juin",
    "july juillet", "august août aout", "september septembre", "october octobre", "november novembre",
    "december décembre decembre"), 1) for name in names.split()}  # fmt: skip
TOPIC_FLOORS = [  # a claim cannot be checked before its subject existed
    (r"covid|coronavirus|confin|lockdown|masque", (2020, 3)),
    (r"mrna|arnm|pfizer|vaers|covid-19 vaccin|vaccin.{0,30}covid|anti-covid", (2021, 1)),
    (r"ukrain|zelensky|kiev|odes|boutcha|zaporizh|zaporijj|nord stream|bakhmut", (2022, 3)),
    (r"gaza|hamas|rafah|kfar aza|al-ahli", (2023, 10)), (r"sudan|soudan|rsf|fsr|fasher|zamzam|darfur", (2023, 5)),
    (r"springfield|kamala", (2024, 8)), (r"southport", (2024, 8)), (r"helene", (2024, 10)),
    (r"olympi|jeux|\bjo\b|seine", (2023, 6)), (r"biden", (2021, 2)), (r"mpox", (2022, 6)), (r"karabakh", (2020, 10)),
]  # fmt: skip


def claim_date(rng, text):
    """A review date after every year (and month) the claim mentions, and after its subject existed."""
    lowered = text.lower()
    floors = [floor for pattern, floor in TOPIC_FLOORS if re.search(pattern, lowered)]
    for month, year in re.findall(r"\b([a-zéû]+) (20[12]\d)\b", lowered):
        if month in MONTHS:
            floors.append((int(year), MONTHS[month]))
    floors += [(int(y), 1) for y in re.findall(r"\b(20[12]\d)\b", lowered)]
    floors = [min(floor, (2026, 10)) for floor in floors]
    guess = (rng.randint(2019, 2025), rng.randint(1, 12))
    year, month = max([guess] + floors)
    if (year, month) != guess:  # checked within a few months of the event
        months = min(year * 12 + month - 1 + rng.randint(0, 4), 2026 * 12 + 9)
        year, month = divmod(months, 12)
        month += 1
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"


def pool_items(rng):
    items, verdict_numbers = [], rng.sample(range(100, 10000), 2000)
    for language in ("en", "fr"):
        for key, text in read_lines(f"pool_{language}.txt"):
            lowered = text.lower()
            region = next((name for name, pattern in REGIONS if re.search(pattern, lowered)), "world")
            if (language, region) not in AUTHORS:
                region = "world"
            media = re.match(r"(a (video|photo) shows|une (vidéo|photo|image) montre)", lowered)
            scale = True if key in TRUE_KEYS else "media" if media else False
            date = claim_date(rng, text)
            if rng.random() < OUR_DESK_SHARE:
                author, kind = "factcheck", "verdict"
                url = f"https://factcheck.example/{language}/verdicts/{verdict_numbers.pop()}/"
            else:
                author, domain = rng.choice(AUTHORS[(language, region)])
                kind = "claimreview"
                url = f"https://{domain}/{date[:4]}/{date[5:7]}/{slug(text)}/"
            items.append({"key": key, "claim_reviewed": text, "language": language,
                          "rating": rng.choice(RATINGS[(language, scale)]), "author": author, "date": date,
                          "url": url, "kind": kind})  # fmt: skip
    return items


def query_items(pool_by_key):
    queries = []
    for language in ("en", "fr"):
        for target, kind, text in read_lines(f"queries_{language}.txt"):
            near = []
            if target.startswith("0"):  # unrelated: the digit is followed by the pool language it is "aimed" at
                relevant, pool_language = [], target[1:]
            elif target.startswith("~"):  # no match in the pool; the key names the near-miss it imitates
                near = [k for k in pool_by_key if family(k) == family(target[1:])]
                relevant, pool_language = [], pool_by_key[near[0]]["language"]
            else:
                relevant = target.split("+")
                pool_language = pool_by_key[relevant[0]]["language"]
                # the same template with other figures, years or names: the siblings that must rank lower
                near = [k for k in pool_by_key if k not in relevant and family(k) == family(relevant[0])]
            queries.append({"text": text, "language": language, "relevant": relevant, "near": near,
                            "direction": f"{language}-{pool_language}", "kind": kind})  # fmt: skip
    return queries


FAMILIES = {}


def family(key):
    """Near-miss siblings share a family (one line of families.txt); the family is named by its first key."""
    return FAMILIES.get(key, key)


def load_families():
    for line in (HERE / "families.txt").read_text(encoding="utf-8").splitlines():
        keys = line.split("#", 1)[0].split()
        for key in keys:
            FAMILIES[key] = keys[0]


def main(out=HERE):
    """Write pool.jsonl and queries.jsonl into `out`."""
    # Separate generators, so that changing the metadata rules does not renumber items or redraw the split.
    pool = pool_items(random.Random(f"{SEED}-metadata"))
    random.Random(f"{SEED}-pool-order").shuffle(pool)
    by_key = {}
    for number, item in enumerate(pool, 1):
        item["id"] = f"p{number:03d}"
        by_key[item["key"]] = item
    load_families()
    queries = query_items(by_key)
    random.Random(f"{SEED}-query-order").shuffle(queries)
    for number, query in enumerate(queries, 1):
        query["id"] = f"q{number:03d}"
        query["relevant"] = [by_key[k]["id"] for k in query["relevant"]]
        query["near"] = [by_key[k]["id"] for k in query["near"]]
    # Held-out draw after writing, stratified by direction and kind so that every cell has both splits; the
    # draw depends only on the query texts (sorted), not on their order or on the pool.
    rng = random.Random(SEED)
    for query in queries:
        query["split"] = "tune"
    cells = {}
    for query in sorted(queries, key=lambda q: q["text"]):
        cells.setdefault((query["direction"], query["kind"]), []).append(query)
    for cell in sorted(cells):
        members = cells[cell]
        for query in rng.sample(members, round(len(members) * HELDOUT_SHARE)):
            query["split"] = "heldout"

    pool_fields = ("id", "claim_reviewed", "language", "rating", "author", "date", "url", "kind")
    query_fields = ("id", "text", "language", "relevant", "split", "direction", "kind", "near")
    with open(Path(out) / "pool.jsonl", "w", encoding="utf-8") as handle:
        for item in pool:
            handle.write(json.dumps({f: item[f] for f in pool_fields}, ensure_ascii=False) + "\n")
    with open(Path(out) / "queries.jsonl", "w", encoding="utf-8") as handle:
        for query in queries:
            handle.write(json.dumps({f: query[f] for f in query_fields}, ensure_ascii=False) + "\n")
    print(f"pool {len(pool)}", dict(Counter(i["language"] for i in pool)))
    print(f"queries {len(queries)}", dict(Counter(q["direction"] for q in queries)))
    print(dict(Counter(q["kind"] for q in queries)), dict(Counter(q["split"] for q in queries)))


if __name__ == "__main__":
    main()
