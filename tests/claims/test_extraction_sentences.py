from claims.extraction.pipeline import load
from claims.extraction.sentences import sentence_bounds


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_bounds(text)]


def test_it_keeps_a_sentence_with_guillemets_whole():
    text = (
        "Les séparatistes qui dirigent la soi-disant « République d’Artsakh » ont déclaré "
        "qu’ils acceptaient. L’Azerbaïdjan a confirmé."
    )
    assert len(sentences(text)) == 2
    assert sentences(text)[0].endswith("acceptaient.")


def test_it_does_not_split_inside_a_quotation():
    text = "« Nous partons. Nous ne reviendrons pas », a-t-il dit. Le ministre a démenti."
    assert sentences(text) == [
        "« Nous partons. Nous ne reviendrons pas », a-t-il dit.",
        "Le ministre a démenti.",
    ]


def test_it_splits_after_a_quotation_that_ends_a_sentence():
    text = "Il a conclu : « Nous partons. » Le ministre a démenti."
    assert sentences(text) == ["Il a conclu : « Nous partons. »", "Le ministre a démenti."]


def test_it_handles_english_straight_and_curly_quotes():
    text = 'He said "we are leaving. Now." Then “it is over.” The army agreed.'
    assert sentences(text) == ['He said "we are leaving. Now."', "Then “it is over.”", "The army agreed."]


def test_it_ignores_abbreviations_and_initials():
    text = "M. Dupont a rencontré Mme Martin. Mr. John F. Smith met Dr. Jones in the U.S. Congress."
    assert len(sentences(text)) == 2


def test_it_keeps_decimals_and_thousand_separators():
    for number in ("120 000", "120\u00a0000", "120\u202f000", "120,000", "1.5 million", "1,5 million"):
        text = f"Environ {number} personnes ont fui. Le gouvernement a réagi."
        assert sentences(text)[0] == f"Environ {number} personnes ont fui."


def test_it_does_not_split_before_a_lowercase_word():
    text = "Deux guerres depuis 1991. chute de l’Union soviétique. Fin."
    assert sentences(text)[0] == "Deux guerres depuis 1991. chute de l’Union soviétique."


def test_it_splits_paragraphs_and_headlines():
    text = "Un titre sans point\nLe texte commence ici.\n\nUn autre paragraphe"
    assert sentences(text) == ["Un titre sans point", "Le texte commence ici.", "Un autre paragraphe"]


def test_the_parser_keeps_our_boundaries():
    doc = load("fr")("Les séparatistes de la soi-disant « République d’Artsakh » ont déclaré la paix. Fin du texte.")
    assert [s.text.strip() for s in doc.sents] == [
        "Les séparatistes de la soi-disant « République d’Artsakh » ont déclaré la paix.",
        "Fin du texte.",
    ]
