"""Known fact-checks from schema.org ClaimReview markup: JSON files, JSON Lines and fact-checkers' pages.

Real markup is messy (../shared/data/claimreview/SOURCE.md): dates without a zone, ratings with no value or a value
outside its own scale, names given as lists, items typed Claim or CreativeWork, ratings written as sentences. Every
reader here yields (position, object-or-exception) pairs, so that one bad item is reported by its position and the
good ones are kept; review_fields turns one object into KnownFactCheck's fields or says plainly why it cannot.
"""

import html
import json
import logging
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from urllib.parse import urljoin

from django.db import IntegrityError, transaction
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from factcheck.text import clean_data, clean_text

from . import fetching, sites
from .importing import ImportFileError, read_text
from .models import Document, KnownFactCheck, Source

log = logging.getLogger(__name__)

# A full Data Commons feed is ~200 MB; a file this size is still read whole, in memory.
MAX_FILE_BYTES = 100 * 1024 * 1024
BATCH = 500
# How deep @id references are followed when a review points at other nodes of its graph (author, rating).
MAX_DEPTH = 6
MAX_EXPANSIONS = 200

_SCHEMA = re.compile(r"^https?://schema\.org/", re.I)
_ORGANISATIONS = {"organization", "newsmediaorganization", "corporation", "ngo", "governmentorganization",
                  "educationalorganization"}  # fmt: skip

# Ratings as fact-checkers write them (lower case, accents and "_"/"-" folded), onto our 1 (false) … 5 (true) scale.
# Only a whole rating matches: a sentence ("FALSO: As imagens foram…") maps to nothing, not to its first word.
RATING_WORDS = {
    1: ["false", "faux", "fausse", "falso", "falsa", "falsch", "fake", "fake news", "really false", "pants on fire",
        "pants on fire!", "incorrect", "wrong", "totally false", "completely false", "fabricated", "hoax", "bulo",
        "intox", "infox", "زائف", "خطأ", "錯誤", "错误", "謠言", "谣言"],
    2: ["mostly false", "plutot faux", "en grande partie faux", "mayormente falso", "principalmente falso",
        "mostly incorrect", "largely false", "uberwiegend falsch", "meist falsch", "mostly fake"],
    3: ["misleading", "trompeur", "trompeuse", "half true", "half truth", "missing context", "lacks context",
        "out of context", "partly false", "partially false", "partly true", "partially true", "mixture", "mixed",
        "enganoso", "enganosa", "impreciso", "nao e bem assim", "irrefuhrend", "teilweise falsch", "manque de contexte",
        "partiellement faux", "a nuancer", "hors contexte", "sorti de son contexte", "sin contexto", "exagerado",
        "exaggerated", "sesgado", "distorcido"],
    4: ["mostly true", "plutot vrai", "mostly correct", "en grande partie vrai", "mayormente verdadero",
        "principalmente verdadeiro", "uberwiegend richtig", "largely true", "mostly accurate"],
    5: ["true", "vrai", "verdadero", "verdadera", "verdadeiro", "verdadeira", "correct", "correcto", "correto",
        "richtig", "wahr", "accurate", "vero", "exact", "exacte"],
}  # fmt: skip
_WORD_TRUTH = {}


def _fold(text: str) -> str:
    """Lower case, no accents, "_" and "-" as spaces, no closing punctuation: "Plutôt_faux." -> "plutot faux"."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"[_\-\u2010-\u2015]+", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .!¡?¿:;,'\"«»“”")


for _truth, _words in RATING_WORDS.items():
    for _word in _words:
        _WORD_TRUTH[_fold(_word)] = _truth


# --- Reading ---------------------------------------------------------------------------------------------------


def _local(name) -> str:
    """The schema.org short name ("https://schema.org/ClaimReview" -> "ClaimReview"); other vocabularies stay whole."""
    return _SCHEMA.sub("", str(name))


def types_of(obj) -> set[str]:
    """The lower-case schema.org types of a node, whether @type is a string or a list (or microdata's "type")."""
    if not isinstance(obj, dict):
        return set()
    kinds = obj.get("@type", obj.get("type"))
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {_local(kind).lower() for kind in kinds if isinstance(kind, str) and kind}


def is_claimreview(obj) -> bool:
    return "claimreview" in types_of(obj)


def _resolve(value, nodes: dict, depth: int = 0, path: frozenset = frozenset(), budget: list | None = None):
    """value with {"@id": …} references to other nodes of the same document replaced by those nodes.

    A node is not expanded inside itself, and at most MAX_EXPANSIONS references are followed per value: a page whose
    nodes all point at each other would otherwise grow exponentially.
    """
    budget = [MAX_EXPANSIONS] if budget is None else budget
    if depth > MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [_resolve(item, nodes, depth + 1, path, budget) for item in value]
    if isinstance(value, dict):
        ref = value.get("@id")
        if set(value) == {"@id"} and isinstance(ref, str) and ref in nodes and ref not in path and budget[0] > 0:
            budget[0] -= 1
            return _resolve(nodes[ref], nodes, depth + 1, path | {ref}, budget)
        if isinstance(ref, str):
            path = path | {ref}
        return {key: _resolve(item, nodes, depth + 1, path, budget) for key, item in value.items()}
    return value


def _nodes_by_id(value, nodes: dict | None = None) -> dict:
    """Every node of a JSON-LD document that has an @id and says more than its @id."""
    nodes = {} if nodes is None else nodes
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("@id"), str) and len(item) > 1:
                nodes.setdefault(item["@id"], item)
            stack.extend(value for value in item.values() if isinstance(value, list | dict))
    return nodes


def _from_google(claim: dict) -> list[dict]:
    """The ClaimReviews of one claim of a Google Fact Check Tools claims:search response, in schema.org's shape."""
    reviews = []
    for review in claim.get("claimReview") or []:
        if not isinstance(review, dict):
            continue
        publisher = review.get("publisher") if isinstance(review.get("publisher"), dict) else {}
        site = publisher.get("site") or ""
        item = {"@type": "Claim"}
        if claim.get("claimant"):
            item["author"] = {"@type": "Person", "name": claim["claimant"]}
        if claim.get("claimDate"):
            item["datePublished"] = claim["claimDate"]
        converted = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": review.get("url"),
            "name": review.get("title"),
            "claimReviewed": claim.get("text"),
            "datePublished": review.get("reviewDate"),
            "inLanguage": review.get("languageCode"),
            "author": {
                "@type": "Organization",
                "name": publisher.get("name") or site,
                **({"url": f"https://{site}/"} if site else {}),
            },
            "reviewRating": {"@type": "Rating", "alternateName": review.get("textualRating")},
            "itemReviewed": item,
        }
        reviews.append({key: value for key, value in converted.items() if value not in (None, "")})
    return reviews


def _find(value, depth: int = 0) -> list[dict]:
    """The ClaimReviews in a piece of JSON: itself, a list, a @graph, a DataFeed's elements, a DataFeedItem's items,
    a Google Fact Check Tools response or claim, or one nested in another node (a page's mainEntity)."""
    if depth > MAX_DEPTH * 2:
        return []
    if isinstance(value, list):
        return [review for item in value for review in _find(item, depth + 1)]
    if not isinstance(value, dict):
        return []
    if is_claimreview(value):
        return [value]
    if isinstance(value.get("claimReview"), list) and ("text" in value or "claimant" in value):
        return _from_google(value)
    found = []
    for key, item in value.items():
        if key != "@context" and isinstance(item, list | dict):
            found.extend(_find(item, depth + 1))
    return found


def _describe(value) -> str:
    kinds = value.get("@type", value.get("type")) if isinstance(value, dict) else None
    kinds = sorted(_local(kind) for kind in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(kind, str))
    if kinds:
        return _("no ClaimReview in this item (@type %(types)s)") % {"types": ", ".join(kinds)}
    if isinstance(value, dict):
        return _("no ClaimReview in this item")
    return _("this item is not a JSON object")


def _reviews_in(value, where: str):
    """(position, review) for each ClaimReview in one unit of a file (the whole of it, a list item, a line)."""
    nodes = _nodes_by_id(value)
    found = _find(value)
    if not found:
        yield where, ValueError(_describe(value))
        return
    for number, review in enumerate(found, 1):
        review = _resolve(review, nodes) if nodes else review
        yield (where if len(found) == 1 else f"{where}, {_('item %(number)d') % {'number': number}}"), review


def reviews_from_json(text: str):
    """Yield (position, ClaimReview or exception) from JSON or JSON Lines text.

    JSON: a ClaimReview, a list of them, a JSON-LD @graph, a DataFeed or DataFeedItem, or a Google Fact Check Tools
    claims:search response; a list's items are "item N". JSON Lines: one of these per line, "line N". Raises
    ImportFileError when the text as a whole is neither.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ImportFileError(_("the file is empty."))
    try:
        data = json.loads(text)
    except RecursionError:
        raise ImportFileError(_("the JSON file is nested too deeply.")) from None
    except json.JSONDecodeError as exc:
        first = next((line for line in text.splitlines() if line.strip()), "")
        try:
            lines = isinstance(json.loads(first), dict | list)
        except (json.JSONDecodeError, RecursionError):
            lines = False
        if not lines:
            raise ImportFileError(
                _("invalid JSON on line %(line)d, column %(column)d: %(reason)s.")
                % {"line": exc.lineno, "column": exc.colno, "reason": exc.msg}
            ) from None
        yield from _reviews_from_lines(text)
        return
    if isinstance(data, list):
        for number, item in enumerate(data, 1):
            yield from _reviews_in(item, _("item %(number)d") % {"number": number})
    elif isinstance(data, dict):
        if is_claimreview(data):
            yield _("item %(number)d") % {"number": 1}, data
            return
        nodes = _nodes_by_id(data)
        found = _find(data)
        if not found:
            raise ImportFileError(_describe(data) + ".")
        for number, review in enumerate(found, 1):
            yield _("item %(number)d") % {"number": number}, _resolve(review, nodes) if nodes else review
    else:
        raise ImportFileError(_("the JSON file holds neither ClaimReview objects nor a list of them."))


def _reviews_from_lines(text: str):
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = _("line %(number)d") % {"number": number}
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, ValueError(_("invalid JSON (%(reason)s)") % {"reason": exc.msg})
            continue
        except RecursionError:
            yield where, ValueError(_("nested too deeply"))
            continue
        yield from _reviews_in(value, where)


def _microdata_item(item):
    """extruct's microdata ({"type", "properties"}) in JSON-LD's shape ({"@type", …})."""
    if isinstance(item, list):
        return [_microdata_item(value) for value in item]
    if not isinstance(item, dict):
        return item
    if "properties" not in item:
        return {key: _microdata_item(value) for key, value in item.items()}
    kinds = item.get("type")
    kinds = [_local(kind) for kind in (kinds if isinstance(kinds, list) else [kinds]) if kind]
    node = {"@type": kinds[0] if len(kinds) == 1 else kinds} if kinds else {}
    if item.get("id"):
        node["@id"] = item["id"]
    node.update({_local(key): _microdata_item(value) for key, value in item["properties"].items()})
    return node


def _rdfa_nodes(graph: list) -> list[dict]:
    """extruct's RDFa (expanded JSON-LD, one flat node per subject, full property IRIs, every value a list of
    {"@value"} or {"@id"}) as nested JSON-LD in schema.org's short names."""
    nodes = {}
    for node in graph:
        if not isinstance(node, dict):
            continue
        short = {}
        for key, values in node.items():
            if key == "@type":
                kinds = [_local(kind) for kind in values] if isinstance(values, list) else [_local(values)]
                short["@type"] = kinds[0] if len(kinds) == 1 else kinds
            elif key == "@id":
                short["@id"] = values
            elif _SCHEMA.match(key):
                items = [
                    value.get("@value", value) if isinstance(value, dict) and "@value" in value else value
                    for value in (values if isinstance(values, list) else [values])
                ]
                short[_local(key)] = items[0] if len(items) == 1 else items
        if isinstance(short.get("@id"), str):
            nodes[short["@id"]] = short
    resolved = []
    for node in nodes.values():
        node = _resolve(node, nodes)
        resolved.append(_rdfa_ids_to_urls(node))
    return resolved


def _rdfa_ids_to_urls(value, depth: int = 0):
    """A reference nobody describes ({"@id": "https://…"}) is a plain URL (an url property, a sameAs)."""
    if depth > MAX_DEPTH * 2:
        return value
    if isinstance(value, list):
        return [_rdfa_ids_to_urls(item, depth + 1) for item in value]
    if isinstance(value, dict):
        if set(value) == {"@id"}:
            return value["@id"]
        return {
            key: _rdfa_ids_to_urls(item, depth + 1)
            for key, item in value.items()
            if not (key == "@id" and str(item).startswith("_:"))
        }
    return value


def reviews_from_html(page: str, url: str) -> list[tuple[str, object]]:
    """(position, ClaimReview or exception) for the ClaimReviews a page carries as JSON-LD, microdata or RDFa,
    read with extruct and brought to JSON-LD's shape (schema.org short names, nested nodes, "@type").

    An unreadable JSON-LD block is reported by its number and the rest still read; microdata or RDFa that extruct
    fails on is logged and skipped. The same review given twice (JSON-LD and microdata of one page) comes out twice;
    the import counts the copy once.
    """
    import extruct
    from extruct.jsonld import JsonLdExtractor
    from extruct.utils import parse_html

    if not page.strip():
        return []
    body = page.encode("utf-8", "replace")
    found: list[tuple[str, object]] = []
    reviews: list[dict] = []
    try:
        tree = parse_html(body, encoding="UTF-8")
    except Exception as exc:  # lxml on a page that is not HTML at all
        return [(_("page"), ValueError(_("the page is not readable HTML (%(reason)s)") % {"reason": exc}))]
    scripts = tree.xpath(
        "//script[translate(normalize-space(@type), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
        " = 'application/ld+json']"
    )
    extractor = JsonLdExtractor()
    for number, script in enumerate(scripts, 1):
        try:
            # extract_items reads the script node it is given ("descendant-or-self"): one block at a time, so that a
            # broken block costs only itself.
            data = extractor.extract_items(script, base_url=url)
        except Exception as exc:
            reason = _("not valid JSON (%(reason)s)") % {"reason": exc}
            found.append((_("JSON-LD block %(number)d") % {"number": number}, ValueError(reason)))
            continue
        nodes = _nodes_by_id(data)
        reviews.extend(_resolve(review, nodes) if nodes else review for review in _find(data))
    for syntax in ("microdata", "rdfa"):
        try:
            data = extruct.extract(body, base_url=url, encoding="UTF-8", syntaxes=[syntax], errors="strict")[syntax]
        except Exception as exc:
            log.info("reading %s of %s failed: %s", syntax, url, exc)
            continue
        items = _microdata_item(data) if syntax == "microdata" else _rdfa_nodes(data)
        reviews.extend(_find(items) if syntax == "microdata" else [node for node in items if is_claimreview(node)])
    found.extend((_("item %(number)d") % {"number": number}, review) for number, review in enumerate(reviews, 1))
    return found


# --- One review's fields ---------------------------------------------------------------------------------------


def _first(value):
    """The first meaningful value of a list (markup often wraps single values in lists)."""
    if isinstance(value, list):
        return next((item for item in value if item not in (None, "", [], {})), None)
    return value


def _text(value, limit: int | None = None) -> str:
    """Plain text from a string, a number, a list of them or a node with a name; whitespace collapsed."""
    if isinstance(value, list):
        value = ", ".join(filter(None, (_text(item) for item in value)))
    elif isinstance(value, dict):
        value = _text(value.get("name") or value.get("@value") or value.get("text") or "")
    elif isinstance(value, bool) or value is None:
        value = ""
    # Entities left escaped in JSON ("Singh&#039;s"), control characters, runs of whitespace ("Incorrect \\r").
    text = re.sub(r"\s+", " ", clean_text(html.unescape(str(value)))).strip()
    return text[:limit] if limit else text


def _number(value) -> float | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def _url(value, base: str | None) -> str:
    """An http(s) URL from markup, resolved against the page; "" when there is none worth keeping."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
        value = _first(value)
    if not isinstance(value, str) or not value.strip():
        return ""
    value = value.strip()
    if re.match(r"^[\w-]+(\.[\w-]+)+(/|$)", value) and "://" not in value:
        value = "https://" + value  # "factcheck.cite.org.zw": a host written without its scheme
    elif base:
        value = urljoin(base, value)
    try:
        return fetching.normalize_url(value)
    except fetching.UnfetchableURL:
        return ""


def _entity(value) -> dict:
    value = _first(value)
    if isinstance(value, str):
        return {"name": value}
    return value if isinstance(value, dict) else {}


def _organisation(review: dict, base: str | None) -> tuple[str, str]:
    """(name, URL) of the fact-checking organisation: an Organization author, else the publisher, else the
    author as written, else the host of its URL (schema.org's own example gives only a URL)."""
    authors = review.get("author")
    authors = [_entity(author) for author in (authors if isinstance(authors, list) else [authors])]
    authors = [author for author in authors if author]
    publisher = _entity(review.get("publisher"))
    chosen = next((author for author in authors if types_of(author) & _ORGANISATIONS and _text(author)), None)
    if chosen is None and _text(publisher):
        chosen = publisher
    if chosen is None:
        chosen = next((author for author in authors if _text(author)), None)
    if chosen is None:
        chosen = next((entity for entity in [*authors, publisher] if _url(entity.get("url"), base)), {})
    url = _url(chosen.get("url"), base)
    name = _text(chosen, 300) or sites.origin_of(url)[1]
    return name[:300], url


# What short Spanish, French or Italian text is mistaken for: fact-checks in these are vanishingly rare.
_UNLIKELY_LANGUAGES = {"an", "la", "oc", "wa"}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def detect_language(text: str) -> str:
    """A two-letter language code for a claim, or "" when the text is too short to tell."""
    text = text.strip()
    if len(text) < 20 and len(_CJK.findall(text)) < 6:
        return ""
    from py3langid.langid import rank

    try:
        ranked = rank(text[:3000])
    except Exception:  # a guess: never worth failing an import for
        return ""
    return next(
        (code for code, _score in ranked if re.fullmatch(r"[a-z]{2}", code) and code not in _UNLIKELY_LANGUAGES), ""
    )


def _language(review: dict, claim: str, rating: str, page_text: str, page_language: str) -> str:
    declared = _first(review.get("inLanguage"))
    if isinstance(declared, dict):
        declared = declared.get("alternateName") or declared.get("name")
    if isinstance(declared, str):
        code = re.split(r"[-_\s]", declared.strip().lower(), maxsplit=1)[0]
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    page_language = page_language[:2].lower() if re.match(r"[a-zA-Z]{2}(\W|_|$)", page_language) else ""
    text = f"{claim} {rating}".strip()
    if len(text) < 40 and page_language:
        return page_language  # too short to tell on its own: the page it was found on says more
    if len(text) < 40:
        text = f"{text} {page_text[:2000]}"
    return detect_language(text)


def _date(value: str):
    """A publication date-time; a date alone is noon UTC, the same calendar day in every zone from -12 to +12."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        moment = fetching.parse_datetime(value + "T12:00:00+00:00")
        return moment.astimezone(UTC) if moment else None
    return fetching.parse_datetime(value)


def truth_of(value: float | None, best: float | None, worst: float | None, text: str) -> int | None:
    """Our 1 (false) … 5 (true) from the published rating: its words when they are a rating we know ("False" is
    false on any scale: The Quint rates it 1 on 0–5), else the value on its own scale when that scale makes sense
    (best above worst, the value between them); None when neither maps."""
    words = _WORD_TRUTH.get(_fold(text)) if text else None
    if words is not None:
        return words
    if value is not None and best is not None and worst is not None and best > worst and worst <= value <= best:
        return 1 + math.floor(4 * (value - worst) / (best - worst) + 0.5)
    return None


def review_fields(obj, page_url: str | None = None, *, page_text: str = "", page_language: str = "") -> dict:
    """KnownFactCheck's fields from one ClaimReview (source and document aside: the import adds them).

    Raises ValueError with a plain reason for what cannot become a known fact-check. page_text and page_language
    (the archived page's) help detect the language of a review that does not declare one.
    """
    if not isinstance(obj, dict):
        raise ValueError(_("this item is not a JSON object"))
    if not is_claimreview(obj):
        raise ValueError(_describe(obj))
    item = _entity(obj.get("itemReviewed"))
    claim = _text(obj.get("claimReviewed")) or _text(item.get("text"))
    url = _url(obj.get("url"), page_url) or _url(page_url, None)
    if not claim and not url:
        raise ValueError(_("no claimReviewed and no url"))
    if not claim:
        raise ValueError(_("no claimReviewed (the text of the claim reviewed)"))
    if not url:
        written = _first(obj.get("url"))
        if isinstance(written, str) and written.strip():
            raise ValueError(
                _("url: “%(url)s” is not a full http(s) address and there is no page URL to resolve it against")
                % {"url": written.strip()[:200]}
            )
        raise ValueError(_("no url (neither the review's nor its page's)"))

    rating = _first(obj.get("reviewRating"))
    rating = rating if isinstance(rating, dict) else {"alternateName": rating} if isinstance(rating, str) else {}
    value, best, worst = (_number(rating.get(name)) for name in ("ratingValue", "bestRating", "worstRating"))
    rating_text = _text(_first(rating.get("alternateName"))) or _text(_first(rating.get("name")))
    if not rating_text:  # a number, or the words themselves where the number belongs ("ratingValue": "Faux")
        rating_text = _text(_first(rating.get("ratingValue")))
    author_name, author_url = _organisation(obj, page_url)

    appearance = ""
    for candidate in (item.get("appearance"), item.get("firstAppearance")):
        candidates = candidate if isinstance(candidate, list) else [candidate]
        appearance = next((found for found in (_url(one, page_url) for one in candidates) if found), "")
        if appearance:
            break
    if not appearance:
        # A CreativeWork (or Claim) item's own url is where the claim appeared (AFP's Facebook posts).
        appearance = _url(item.get("url"), page_url)
        appearance = "" if appearance == url else appearance

    return {
        "url": url,
        "claim_reviewed": claim,
        "rating_text": rating_text[:500],
        "rating_value": value,
        "best_rating": best,
        "worst_rating": worst,
        "truth": truth_of(value, best, worst, rating_text),
        "author_name": author_name,
        "author_url": author_url,
        "date_published": _date(_text(_first(obj.get("datePublished")))),
        "language": _language(obj, claim, rating_text, page_text, page_language),
        "claimant": _text(_entity(item.get("author")).get("name"), 500),
        "appearance_url": appearance,
        "raw": _json_safe(clean_data(obj)),
    }


def _json_safe(value):
    """JSON that PostgreSQL stores: Python's json reads NaN and Infinity, jsonb refuses them."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, list):
        return [_json_safe(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json_safe(item) for key, item in value.items()}
    return value


# --- The import ------------------------------------------------------------------------------------------------


@dataclass
class ItemError:
    where: str  # "item 3", "line 12"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[ItemError] = field(default_factory=list)

    @property
    def summary(self) -> str:
        # A contract (DESIGN.md, import_claimreviews): not translated.
        return f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, errors {len(self.errors)}"


COMPARED = ["claim_reviewed", "rating_text", "rating_value", "best_rating", "worst_rating", "truth", "author_name",
            "author_url", "date_published", "language", "claimant", "appearance_url", "raw", "source_id"]  # fmt: skip


def known_fact_checks_import(items, page_url: str | None = None, document: Document | None = None) -> ImportResult:
    """Create or update known fact-checks by URL from (position, ClaimReview or exception) pairs (or bare objects).

    Bad items are reported by position and the good ones kept; the same URL twice counts once (the first). Writes
    go in bulk. document: the archived page the reviews were read from (it also lends its language and text).
    Raises ImportFileError if reading the items does (a file that is not JSON): nothing is saved then.
    """
    result = ImportResult()
    page_text = document.text[:2000] if document is not None else ""
    page_language = document.language if document is not None else ""
    rows: dict[str, tuple[str, dict]] = {}
    for number, item in enumerate(items, 1):
        # (position, object) pairs as the readers yield them; a bare object is numbered in order.
        where, obj = item if isinstance(item, tuple) else (_("item %(number)d") % {"number": number}, item)
        if isinstance(obj, Exception):
            result.errors.append(ItemError(where, str(obj)))
            continue
        try:
            fields = review_fields(obj, page_url, page_text=page_text, page_language=page_language)
        except ValueError as exc:
            result.errors.append(ItemError(where, str(exc)))
            continue
        if fields["url"] in rows:
            first_where, first = rows[fields["url"]]
            if first == fields:
                result.unchanged += 1  # the same review twice (a page's JSON-LD and its microdata)
            else:
                result.errors.append(ItemError(where, _("the same url as %(where)s, which is kept") % {
                    "where": first_where}))  # fmt: skip
            continue
        rows[fields["url"]] = (where, fields)

    sources = _SourceCache()
    existing = _existing(list(rows))
    created, updated = [], []
    now = timezone.now()
    for url, (_where, fields) in rows.items():
        fields["source_id"] = sources.source_id(url)
        known = existing.get(url)
        if known is None:
            created.append(KnownFactCheck(**fields, document=document))
            continue
        changed = [name for name in COMPARED if getattr(known, name) != fields[name]]
        if document is not None and known.document_id != document.pk:
            changed.append("document_id")
            known.document_id = document.pk
        if not changed:
            result.unchanged += 1
            continue
        for name in changed:
            if name != "document_id":
                setattr(known, name, fields[name])
        if "claim_reviewed" in changed and known.embedded:
            known.vector = None  # embedded again by claim matching
            changed.append("vector")
        known.updated_at = now  # bulk_update does not touch auto_now fields
        updated.append((known, changed))
    _save(created, updated, result)
    if result.created or result.updated:
        from .signals import fact_checks_imported

        fact_checks_imported.send(sender=KnownFactCheck, created=result.created, updated=result.updated)
    return result


class _SourceCache:
    """services.source_for_url once per origin: a file of 10,000 reviews comes from a handful of sites."""

    def __init__(self):
        self.by_origin: dict[tuple, int | None] = {}

    def source_id(self, url: str) -> int | None:
        from .services import source_for_url

        scheme, host, port = sites.origin_of(url)
        key = (scheme, host, port)
        if key not in self.by_origin:
            source: Source | None = source_for_url(url)
            self.by_origin[key] = source.pk if source else None
        return self.by_origin[key]


def _existing(urls: list[str]) -> dict[str, KnownFactCheck]:
    found = {}
    for start in range(0, len(urls), 2000):
        # Whether there is a vector is all the import needs to know of it: the bytes stay in the database.
        rows = KnownFactCheck.objects.filter(url__in=urls[start : start + 2000]).defer("vector")
        for known in rows.annotate(embedded=ExpressionWrapper(Q(vector__isnull=False), output_field=BooleanField())):
            found[known.url] = known
    return found


def _save(created: list[KnownFactCheck], updated: list[tuple[KnownFactCheck, list[str]]], result: ImportResult):
    # Rows grouped by what changed in them: bulk_update writes a CASE per field and row, so a new rating on 1,000
    # rows costs one field's worth, not sixteen.
    by_fields: dict[tuple, list[KnownFactCheck]] = {}
    for known, changed in updated:
        by_fields.setdefault(tuple(sorted(changed)), []).append(known)
    try:
        with transaction.atomic():
            KnownFactCheck.objects.bulk_create(created, batch_size=BATCH)
            for changed, rows in by_fields.items():
                names = [name.removesuffix("_id") for name in changed]
                KnownFactCheck.objects.bulk_update(rows, [*names, "updated_at"], batch_size=BATCH)
        result.created += len(created)
        result.updated += len(updated)
        return
    except IntegrityError:
        pass
    # Another import saved one of these URLs meanwhile: one by one, so that it becomes an update.
    fields = [*COMPARED, "document_id", "vector"]
    for known in created:
        with transaction.atomic():
            values = {name: getattr(known, name) for name in fields}
            _, was_created = KnownFactCheck.objects.update_or_create(url=known.url, defaults=values)
        if was_created:
            result.created += 1
        else:
            result.updated += 1
    for known, _changed in updated:
        known.save()
        result.updated += 1


def known_fact_checks_import_file(*, path: str | Path) -> ImportResult:
    """Import a JSON or JSON Lines file of ClaimReviews (import_claimreviews FILE)."""
    return known_fact_checks_import(list(reviews_from_json(read_text(path, max_bytes=MAX_FILE_BYTES))))


def known_fact_checks_import_document(*, document: Document) -> ImportResult:
    """Import the ClaimReviews of an archived page's current snapshot (import_claimreviews URL)."""
    from .services import document_content

    snapshot = document.snapshots.order_by("-fetched_at", "-id").first()
    if snapshot is None:
        raise ImportFileError(_("%(url)s has no archived copy.") % {"url": document.url})
    page = fetching.decode_body(document_content(snapshot))
    page_url = document.canonical_url or document.url
    return known_fact_checks_import(reviews_from_html(page, page_url), page_url=page_url, document=document)
