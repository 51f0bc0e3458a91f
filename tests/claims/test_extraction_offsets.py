"""On any input: no crash, and every claim and facet is an exact span of the input."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import ExtractionError, extract

SAMPLE_FR = (
    "Les séparatistes qui dirigent la soi-disant « République d’Artsakh » ont déclaré mercredi à 11 h "
    "que des dizaines de personnes, environ 120\u202f000 Arméniens et plus de 200 soldats, "
    "seraient évacués jeudi. « Nous partons. » M. Dupont a ajouté : 1,5 million d’euros, 3 %, neuf mois."
)
SAMPLE_EN = (
    'Azerbaijan\'s defence ministry said on Tuesday that 120,000 ethnic Armenians, "hundreds of wounded" '
    "and about 1.5 million people would leave by 0900 GMT. Talks will open next Monday at 9 a.m. local "
    "time in Baku, the U.S. envoy said, after two wars since 1991."
)
# The seed article as copied into the project (claims/demo), so the tests never depend on ../shared.
SEED = Path(__file__).resolve().parents[2] / "claims" / "demo" / "article_fr.txt"
PIECES = [
    "«",
    "»",
    "“",
    "”",
    '"',
    ".",
    ",",
    " ",
    "\u00a0",
    "\u202f",
    "\n",
    "\n\n",
    "–",
    "-",
    "’",
    "'",
    "%",
    "$",
    "mercredi",
    "jeudi",
    "Tuesday",
    "last",
    "à 11 heures",
    "0900 GMT",
    "heure locale",
    "120 000",
    "1,5",
    "1.5",
    "des dizaines de",
    "hundreds of",
    "plus de",
    "entre 10 et 20",
    "neuf mois",
    "a day",
    "M.",
    "Dr.",
    "U.S.",
    "ont déclaré",
    "said",
    "Bakou",
    "Karabakh",
    "Arméniens",
    "selon",
    "according to",
    "et",
]


def check(text: str, lang: str) -> None:
    try:
        result = extract(text, lang=lang, published=None)
    except ExtractionError:
        assert not text.strip()
        return
    for claim in result["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["sentence_start"] <= claim["start"] <= claim["end"] <= claim["sentence_end"]
        assert 0.0 <= claim["checkworthiness"] <= 1.0
        for facet in claim["facets"]:
            assert text[facet["start"] : facet["end"]] == facet["text"]


fast = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.sampled_from(["fr", "en"]))
def test_it_survives_text_built_from_tricky_pieces(pieces, lang):
    check("".join(pieces), lang)


@fast
@given(st.text(min_size=1, max_size=300), st.sampled_from(["fr", "en"]))
def test_it_survives_arbitrary_unicode(text, lang):
    check(text, lang)


@fast
@given(st.data())
def test_it_survives_mangled_articles(data):
    base = data.draw(st.sampled_from([SAMPLE_FR, SAMPLE_EN] + ([SEED.read_text()[:1500]] if SEED.exists() else [])))
    text = base
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 30)))
        junk = data.draw(st.sampled_from(PIECES + ["", "\x00", "\ufeff", "🙂", "\r\n"]))
        text = text[:i] + junk + text[j:]
    check(text, "en" if base is SAMPLE_EN else "fr")


def test_it_gives_offsets_into_text_with_a_bom_and_crlf():
    text = "\ufeff" + SAMPLE_FR.replace(". ", ".\r\n")
    check(text, "fr")
