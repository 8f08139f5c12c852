"""Features of one analysed post for the learned classifier.

Two views of an `Analysis`:

* `model_text` — the folded text with wallets, links, numbers and mentions replaced by placeholder
  tokens (`_btcaddr_`, `_url_`, `0`, `@user`), so the n-gram models learn the *shape* of bait, not
  the particular addresses or links of the training rows;
* `evidence_vector` — a short dense vector of what the rule detectors found (cues, wallet chains,
  domain judgement kinds, obfuscation kinds, rule_logit, whether there is any scam evidence at all,
  and a few counts).

The sklearn-style transformers below wrap both so the whole model is one `Pipeline`. They are
stateless (nothing to fit) and hold only keyword-only parameters, so skops can save them.
"""

from __future__ import annotations

import math
import re
from typing import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from . import language

CHAINS = ("btc", "eth", "sol", "trx", "xrp", "doge", "ltc")
JUDGEMENT_KINDS = ("block", "lookalike", "shortener", "allow", "unknown")
OBFUSCATIONS = ("homoglyph", "fullwidth", "zero-width", "bidi", "defanged", "spaced-letters")
CUE_NAMES = tuple(c.name for c in language.CUES + language.COUNTER_CUES)

# Everything specific to one post is replaced by a placeholder (static replacements: no Python callback).
_URL = re.compile(r"(?:https?://|hxxps?://|www\.)\S+")
_ADDR = re.compile(r"\b(?:0x[0-9a-f]{30,}|[1-9a-hj-np-z]{25,}|[a-z0-9]{39,})\b")  # leftovers, e.g. broken checksums
_MENTION = re.compile(r"@\w{1,30}")
_NUM = re.compile(r"\d[\d,.]*")
_DIGIT = re.compile(r"\d")
_HAS = re.compile(r"[\d@/.]")  # none of the four can match without one of these characters

_MONEY = re.compile(r"[$€£]\s?\d|\d\s?(?:[$€£]|usd|btc|eth|sol)\b")
_CASHTAG = re.compile(r"\$[a-z][a-z0-9]{1,11}\b")
_HASHTAG = re.compile(r"#\w")
_MENTIONS = re.compile(r"@\w")

BASE_NAMES = (
    tuple(f"wallet_{c}" for c in CHAINS) + ("wallets", "wallet_with_bait") + tuple(f"domain_{k}" for k in JUDGEMENT_KINDS) + ("links",)
    + tuple(f"obf_{k}" for k in OBFUSCATIONS) + ("obf_other", "rule_logit", "crypto", "scam_evidence", "money",
                                                  "cashtags", "hashtags", "mentions", "length")
)
# each count pattern with the substrings it cannot match without one of (a substring test is ~20x cheaper)
_COUNTS = ((_MONEY, ("$", "€", "£", "usd", "btc", "eth", "sol")), (_CASHTAG, ("$",)), (_HASHTAG, ("#",)),
           (_MENTIONS, ("@",)))


MAX_MODEL_CHARS = 1000  # longer posts are judged on their first 1,000 characters (bounded cost)


def model_text(a, host_words: bool = False) -> str:
    """The folded text with wallets, links, numbers and mentions replaced by placeholder tokens,
    whitespace squeezed to single spaces; with `host_words`, followed by `link_host_words(a)`."""
    text = a.norm.folded[:MAX_MODEL_CHARS]
    for w in a.wallets:
        text = text.replace(w.address.lower(), f" _{w.chain}addr_ ")
    if _HAS.search(text):
        if "://" in text or "www." in text:  # what _URL needs (hxxp:// included)
            text = _URL.sub(" _url_ ", text)
        if max(map(len, text.split()), default=0) >= 25:  # _ADDR needs 25 characters without a space
            text = _ADDR.sub(" _addr_ ", text)
        if "@" in text:
            text = _MENTION.sub("@user", text)
        if _DIGIT.search(text):  # stops at the first digit; _NUM scans the whole text
            text = _NUM.sub("_n_", text)
    if host_words and a.links:
        text = f"{text} {link_host_words(a)}"
    return " ".join(text.split())


_HOST_WORD = re.compile(r"[^\W\d_]{2,}")  # two or more letters: dots, hyphens and digits split a host


def link_host_words(a) -> str:
    """`_host_` and the words of each distinct link host, in order (the host lowercased, split at every
    character that is not a letter, parts of two or more letters, "www" dropped); shortener links are skipped,
    their host says nothing of the destination. The model text otherwise reads every link as `_url_`
    (model card, candidate 13)."""
    shorteners = {j.domain for j in a.judgements if j.kind == "shortener"}
    out: list[str] = []
    seen: set[str] = set()
    for link in a.links:
        if not link.host or link.host in seen or link.domain in shorteners:
            continue
        seen.add(link.host)
        out.append("_host_")
        out += [w for w in _HOST_WORD.findall(link.host.lower()) if w != "www"]
    return " ".join(out)


def evidence_vector(a, cue_names: Sequence[str] = CUE_NAMES) -> list[float]:
    """The dense evidence features of one analysis: one column per cue name, then `BASE_NAMES`
    (the plain reference of `evidence_matrix`, which the model uses)."""
    cues = {c.name for c in a.cues}
    row = [1.0 if n in cues else 0.0 for n in cue_names] if cues else [0.0] * len(cue_names)
    row += _wallet_columns(a) + _link_columns(a) + _obfuscation_columns(a.norm.obfuscation)
    row += [a.rule_logit, float(a.crypto), float(a.scam_evidence)]  # "no crypto evidence at all" is a feature
    folded = a.norm.folded
    row += [math.log1p(len(p.findall(folded))) if _may_match(folded, keys) else 0.0 for p, keys in _COUNTS]
    row.append(math.log1p(len(folded)))
    return row


def _may_match(folded: str, keys: tuple[str, ...]) -> bool:
    for key in keys:
        if key in folded:
            return True
    return False


_NO_WALLETS = [0.0] * (len(CHAINS) + 2)
_NO_OBFUSCATION = [0.0] * (len(OBFUSCATIONS) + 1)


def _wallet_columns(a) -> list[float]:
    if not a.wallets:
        return list(_NO_WALLETS)  # most posts: skip the counting
    chains = [w.chain for w in a.wallets]
    bait = any(e.kind == "wallet_with_bait" for e in a.evidence)
    return [math.log1p(chains.count(c)) for c in CHAINS] + [math.log1p(len(chains)), float(bait)]


def _link_columns(a) -> list[float]:
    kinds = [j.kind for j in a.judgements]
    return [float(kinds.count(k)) for k in JUDGEMENT_KINDS] + [math.log1p(len(a.links))]


def _obfuscation_columns(obf) -> list[float]:
    if not obf:
        return list(_NO_OBFUSCATION)
    return [1.0 if k in obf else 0.0 for k in OBFUSCATIONS] + [float(any(k not in OBFUSCATIONS for k in obf))]


class AnalysisTable(TransformerMixin, BaseEstimator):
    """Analyses -> an (n, 2) object table: column 0 the model text, column 1 the Analysis itself.

    The text is computed once here and shared by both n-gram vectorizers downstream. `host_words=True` adds
    the words of the posts' link hosts to it (`link_host_words`).
    """

    host_words = False  # the value of a model file saved before the parameter existed (skops skips __init__)

    def __init__(self, *, host_words: bool = False):
        self.host_words = host_words

    def fit(self, X: Sequence, y=None):
        self.n_features_in_ = 1
        return self

    def transform(self, X: Sequence) -> np.ndarray:
        table = np.empty((len(X), 2), dtype=object)
        for i, a in enumerate(X):
            table[i, 0] = model_text(a, self.host_words)
            table[i, 1] = a
        return table


_BASE = {name: i for i, name in enumerate(BASE_NAMES)}
_KIND_COL = {k: _BASE[f"domain_{k}"] for k in JUDGEMENT_KINDS}
_OBF_COL = {k: _BASE[f"obf_{k}"] for k in OBFUSCATIONS}
_RULE, _CRYPTO, _SCAM, _LINKS, _LENGTH, _OBF_OTHER = (
    _BASE[n] for n in ("rule_logit", "crypto", "scam_evidence", "links", "length", "obf_other"))
_COUNT_COLS = [(_BASE[n], p, keys) for n, (p, keys) in zip(("money", "cashtags", "hashtags", "mentions"), _COUNTS)]


def evidence_matrix(analyses: Sequence, cue_names: Sequence[str] = CUE_NAMES) -> np.ndarray:
    """`evidence_vector` of each analysis as the rows of one matrix: the columns every post fills
    column by column, then only the non-zero cells of the rest (most posts have none)."""
    cue_col = {n: i for i, n in enumerate(cue_names)}
    base = len(cue_names)
    out = np.zeros((len(analyses), base + len(BASE_NAMES)))
    folded = [a.norm.folded for a in analyses]
    for col, values in ((_LINKS, [math.log1p(len(a.links)) for a in analyses]),
                        (_RULE, [a.rule_logit for a in analyses]), (_CRYPTO, [a.crypto for a in analyses]),
                        (_SCAM, [a.scam_evidence for a in analyses]), (_LENGTH, [math.log1p(len(f)) for f in folded])):
        out[:, base + col] = values
    for col, p, keys in _COUNT_COLS:
        for r, f in enumerate(folded):
            if _may_match(f, keys):
                out[r, base + col] = math.log1p(len(p.findall(f)))
    for r, a in enumerate(analyses):
        if a.cues or a.wallets or a.judgements or a.norm.obfuscation:
            _fill_sparse(out[r], cue_col, base, a)
    return out


def _fill_sparse(row: np.ndarray, cue_col: dict[str, int], base: int, a) -> None:
    """The cue, wallet, domain-judgement and obfuscation cells of one post's row."""
    for c in a.cues:
        if c.name in cue_col:
            row[cue_col[c.name]] = 1.0
    if a.wallets:
        row[base:base + len(CHAINS) + 2] = _wallet_columns(a)
    for j in a.judgements:
        row[base + _KIND_COL[j.kind]] += 1.0
    for k in a.norm.obfuscation:
        row[base + _OBF_COL.get(k, _OBF_OTHER)] = 1.0


class EvidenceFeatures(TransformerMixin, BaseEstimator):
    """A column of Analyses (an (n, 1) object array) -> the dense evidence matrix.

    The cue names are fixed at fit time (`cue_names_`), so a saved model keeps its columns when
    cues are added to `language` later (a new cue is simply not a feature of an old model).
    """

    def fit(self, X, y=None):
        self.n_features_in_ = 1
        self.cue_names_ = list(CUE_NAMES)
        return self

    def transform(self, X) -> np.ndarray:
        col = np.asarray(X, dtype=object).reshape(len(X), -1)[:, 0]
        return evidence_matrix(col, self.cue_names_)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.array([f"cue_{n}" for n in self.cue_names_] + list(BASE_NAMES), dtype=object)


class LogCountRatio(TransformerMixin, BaseEstimator):
    """Scales each column of a sparse matrix by its naive-Bayes log-count ratio (NB-LR, Wang and Manning 2012):
    r = log((p / |p|_1) / (q / |q|_1)), p and q the `alpha`-smoothed counts of rows holding the column among
    label-1 and label-0 rows. Fitted state: `r_`."""

    def __init__(self, *, alpha: float = 1.0):
        self.alpha = alpha

    def fit(self, X, y):
        X = sp.csr_matrix(X)
        y = np.asarray(y)
        held = (X > 0).astype(np.float64)
        p = self.alpha + np.asarray(held[y == 1].sum(axis=0)).ravel()
        q = self.alpha + np.asarray(held[y != 1].sum(axis=0)).ravel()
        self.r_ = np.log((p / p.sum()) / (q / q.sum()))
        self.n_features_in_ = X.shape[1]
        return self

    def transform(self, X):
        return sp.csr_matrix(sp.csr_matrix(X).multiply(self.r_[np.newaxis, :]))


# ---------------------------------------------------------------- hashed char n-grams, vectorised
# sklearn's char analyzers build every n-gram as a Python string (~130 µs a post); this hashes the
# n-grams of a whole batch at once with rolling polynomial hashes over the code points (~15 µs).
MAX_FEATURES = 2 ** 31  # a column must fit an int32 index
_P = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _codepoints(docs: list[str], pad: int) -> tuple[np.ndarray, np.ndarray]:
    """Code points of ' doc ' strings joined by NUL (then `pad` NULs), and each doc's span length."""
    padded = [f" {d} " for d in docs]  # docs are model texts: single spaces, no ends
    joined = "\0".join(padded) + "\0" * pad
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lens = np.fromiter((len(d) + 1 for d in padded), dtype=np.int64, count=len(padded))
    return cp, lens


def hashed_char_ngrams(docs: list[str], *, ngram_range: tuple[int, int], n_features: int) -> sp.csr_matrix:
    """Counts of the char_wb n-grams of each doc, hashed into `n_features` columns (CSR, float32).

    Like sklearn's char_wb: n-grams of the space-padded words, never spanning a word boundary.
    """
    return _count_keys(char_ngram_keys(docs, ngram_range=ngram_range, n_features=n_features), len(docs), n_features)


def char_ngram_keys(docs: list[str], *, ngram_range: tuple[int, int], n_features: int) -> np.ndarray:
    """One key `doc * n_features + column` per char_wb n-gram occurrence (unsorted)."""
    lo, hi = ngram_range
    _check_width(n_features)
    cp, lens = _codepoints(docs, hi)
    L = int(lens.sum())
    kt = _key_type(len(docs), n_features)
    doc = np.repeat(np.arange(len(docs), dtype=kt) * kt(n_features), lens)
    space, nul = cp == 32, cp == 0
    h = np.zeros(L, dtype=np.uint64)
    broken = np.zeros(L, dtype=bool)  # the window holds a NUL, or a space not at its ends
    keys = []
    with np.errstate(over="ignore"):
        for n in range(1, hi + 1):
            h = h * _P + cp[n - 1:n - 1 + L]
            broken |= nul[n - 1:n - 1 + L]
            if n >= 3:
                broken |= space[n - 2:n - 2 + L]
            if n >= lo:
                ok = ~broken & ~(space[:L] & space[1:1 + L]) if n == 2 else ~broken
                cols = _column(((h[ok] + np.uint64(n)) * _MIX) >> np.uint64(32), n_features)
                keys.append(doc[ok] + cols.astype(kt))
    return np.concatenate(keys) if keys else np.zeros(0, kt)


def _power_of_two(n: int) -> bool:
    return n & (n - 1) == 0


def _column(hashes: np.ndarray, n_features: int) -> np.ndarray:
    """hashes modulo n_features (a mask when it is a power of two: the same result, no division)."""
    if _power_of_two(n_features):
        return hashes & np.uint64(n_features - 1)
    return hashes % np.uint64(n_features)


def _check_width(n_features: int) -> None:
    if not 0 < n_features <= MAX_FEATURES:
        raise ValueError(f"n_features must be in 1..{MAX_FEATURES}, got {n_features}")


def _key_type(n_docs: int, n_features: int):
    """The narrowest unsigned type for keys doc * n_features + column: sorting 32-bit keys takes
    half the time of 64-bit ones, and a batch of 512 posts over 2**18 columns fits in 32 bits."""
    return np.uint32 if n_docs * n_features <= 2 ** 32 else np.uint64


def _sorted(keys: np.ndarray) -> np.ndarray:
    """Keys in ascending order. 32-bit keys take two stable passes over 16-bit halves (numpy's
    stable sort of 16-bit integers is a radix sort): about half the time of np.sort."""
    if keys.dtype != np.uint32:
        return np.sort(keys)
    by_low = np.argsort((keys & np.uint32(0xFFFF)).astype(np.uint16), kind="stable")
    high = (keys[by_low] >> np.uint32(16)).astype(np.uint16)
    return keys[by_low[np.argsort(high, kind="stable")]]


def key_counts(keys: np.ndarray, n_features: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, count) of each distinct (doc * n_features + column) key, in key order: one sort, no
    Python loop per entry."""
    keys = _sorted(keys)
    start = np.ones(keys.size, dtype=bool)
    start[1:] = keys[1:] != keys[:-1]
    first = np.flatnonzero(start)
    uniq = keys[first]
    counts = np.diff(np.append(first, keys.size))
    if _power_of_two(n_features):  # shift and mask, not division
        shift = n_features.bit_length() - 1
        rows, cols = uniq >> uniq.dtype.type(shift), uniq & uniq.dtype.type(n_features - 1)
    else:
        rows, cols = np.divmod(uniq, uniq.dtype.type(n_features))
    return rows.astype(np.intp), cols.astype(np.intp), counts


def _count_keys(keys: np.ndarray, n_docs: int, n_features: int) -> sp.csr_matrix:
    """CSR counts (float32) of (doc * n_features + column) keys (width checked by the callers)."""
    rows, cols, counts = key_counts(keys, n_features)
    indptr = np.searchsorted(rows, np.arange(n_docs + 1), side="left")
    X = sp.csr_matrix((counts.astype(np.float32), cols.astype(np.int32), indptr), shape=(n_docs, n_features))
    X.has_sorted_indices = True
    return X


_PINV = pow(int(_P), -1, 2 ** 64)  # P is odd, so it has an inverse modulo 2**64
_WORD_ASCII = np.zeros(128, dtype=bool)
_WORD_ASCII[[ord(c) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$#@"]] = True


def _powers(base: int, n: int) -> np.ndarray:
    """base**0 .. base**(n-1) modulo 2**64."""
    out = np.full(n, np.uint64(base), dtype=np.uint64)
    out[:1] = 1
    with np.errstate(over="ignore"):
        return np.cumprod(out, dtype=np.uint64)


def hashed_words(docs: list[str], *, ngram_range: tuple[int, int], n_features: int) -> sp.csr_matrix:
    """Counts of each doc's word unigrams and/or bigrams (words: runs of letters, digits, _$#@;
    any non-ASCII character counts as a letter; one-character words dropped), hashed."""
    return _count_keys(word_keys(docs, ngram_range=ngram_range, n_features=n_features), len(docs), n_features)


def word_keys(docs: list[str], *, ngram_range: tuple[int, int], n_features: int) -> np.ndarray:
    """One key `doc * n_features + column` per word unigram / bigram occurrence (unsorted)."""
    _check_width(n_features)
    cp, lens = _codepoints(docs, 2)
    kt = _key_type(len(docs), n_features)
    doc = np.repeat(np.arange(len(docs), dtype=kt) * kt(n_features), lens)
    L = int(lens.sum())
    word = np.where(cp < 128, _WORD_ASCII[np.minimum(cp, 127).astype(np.int64)], True) & (cp != 0)
    edges = np.diff(word[: L + 1].astype(np.int8))
    starts, ends = np.flatnonzero(edges == 1) + 1, np.flatnonzero(edges == -1) + 1
    with np.errstate(over="ignore"):
        # prefix hash pre[k] = P**(k-1) * sum_t c_t * P**-t, so any span's hash is a subtraction
        pw, inv = _powers(int(_P), L + 1), _powers(_PINV, L)
        pre = np.zeros(L + 1, dtype=np.uint64)
        pre[1:] = np.cumsum(cp[:L] * inv, dtype=np.uint64) * pw[:L]
        uni = pre[ends] - pre[starts] * pw[ends - starts]
        keep = (ends - starts) >= 2
        wdoc, uni = doc[starts[keep]], uni[keep]
        keys = []
        if ngram_range[0] <= 1:
            keys.append(wdoc + _column((uni * _MIX) >> np.uint64(32), n_features).astype(kt))
        if ngram_range[1] >= 2 and uni.size > 1:
            same = wdoc[1:] == wdoc[:-1]
            bi = (uni[:-1] * _P + uni[1:] + np.uint64(2)) * _MIX
            keys.append(wdoc[1:][same] + _column(bi[same] >> np.uint64(32), n_features).astype(kt))
    return np.concatenate(keys) if keys else np.zeros(0, kt)


class GroupSupport(TransformerMixin, BaseEstimator):
    """Sparse counts -> the same counts with every column held by rows of fewer than `min_groups` distinct
    `groups` zeroed (`min_df` counted in story groups: model card, candidate 18). `groups` names the fit rows'
    groups, in order. Fitted state: `keep_` (a 0/1 float per column)."""

    def __init__(self, *, groups: Sequence[str] = (), min_groups: int = 2):
        self.groups = groups
        self.min_groups = min_groups

    def fit(self, X, y=None):
        X = sp.csr_matrix(X)
        if len(self.groups) != X.shape[0]:
            raise ValueError(f"GroupSupport: {len(self.groups)} groups for {X.shape[0]} rows")
        _, codes = np.unique(np.asarray(self.groups, dtype=object).astype(str), return_inverse=True)
        member = sp.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))))
        held = (member @ (X > 0).astype(np.float64)) > 0  # (groups, columns): does any row of the group hold it
        self.keep_ = (np.asarray(held.sum(axis=0)).ravel() >= self.min_groups).astype(np.float64)
        self.n_features_in_ = X.shape[1]
        return self

    def transform(self, X):
        out = sp.csr_matrix(sp.csr_matrix(X).multiply(self.keep_[np.newaxis, :]))
        out.eliminate_zeros()  # stored zeros would reach TF-IDF's log (sublinear tf) as -inf
        return out


class HashedNgrams(TransformerMixin, BaseEstimator):
    """Texts -> hashed n-gram counts (`analyzer` "char_wb" or "word"); stateless, vectorised in numpy."""

    def __init__(self, *, analyzer: str = "char_wb", ngram_range: tuple[int, int] = (2, 5),
                 n_features: int = 2 ** 18):
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.n_features = n_features

    def fit(self, X, y=None):
        self.n_features_in_ = 1
        return self

    def transform(self, X) -> sp.csr_matrix:
        return self.counts([str(d) for d in np.asarray(X, dtype=object).ravel()])

    def counts(self, docs: list[str]) -> sp.csr_matrix:
        """`transform` of a plain list of strings, without sklearn's output wrapping."""
        return _count_keys(self.keys(docs), len(docs), self.n_features)

    def keys(self, docs: list[str]) -> np.ndarray:
        """The unsorted `doc * n_features + column` key of every n-gram occurrence (the fast path counts them)."""
        fn = word_keys if self.analyzer == "word" else char_ngram_keys
        return fn(docs, ngram_range=tuple(self.ngram_range), n_features=self.n_features)
