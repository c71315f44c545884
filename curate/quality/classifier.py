"""A small trainable quality classifier: logistic regression on embeddings plus length/format features.

Users label a few hundred records good/bad (a label column, or a JSONL of ``{"id", "label"}``), or
take the rule engine's verdicts as weak labels (records the default rules would drop or flag with a
warning = bad, records with no finding at all = good, the rest left out; see ``weak_labels``). The model then scores
any dataset: ``quality_score`` = P(good).

Features (``FEATURES``):

* the sentence embedding of the prompt (instruction + input) and of the output, through the one
  embedder interface and on-disk cache semantic dedup uses (``packaged-minilm`` by default;
  ``st:PATH`` or ``openai:MODEL`` for Chinese: ``curate.models.embed``). One embedder, not a
  language map: the weights live in one embedding space;
* the cosine between prompt and output embeddings (an answer about something else scores low);
* hand-made length and format measures, language-neutral (``curate.text`` units: a CJK character
  counts one): log lengths, output/prompt length ratio, whether there is an input, CJK share of
  prompt and output and their gap (an answer in the wrong language), lines, list items, code fences,
  terminal punctuation, distinct-token share (repetition), digit share.

Logistic regression is fitted in numpy (Newton steps with an L2 penalty, balanced class weights),
no new dependency. The model is a JSON file: feature names, standardization, weights, the embedder
spec it needs (no key, no URL credentials), and training figures. Scoring checks the embedder
matches (a different embedding space would make the weights meaningless); a different spec of the
same model (another base_url, say) may be given when scoring.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from curate.text import cjk_ratio, length_units, tokens

FORMAT = "curate-quality-classifier"
VERSION = 1
HAND_FEATURES = ("log_len_instruction", "log_len_input", "log_len_output", "log_ratio_output_prompt",
                 "has_input", "cjk_prompt", "cjk_output", "cjk_gap", "log_lines_output",
                 "list_items_output", "code_fence_output", "ends_terminal", "distinct_tokens_output",
                 "digit_share_output", "cosine_prompt_output")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)、]|[一二三四五六七八九十]+[、.])\s*", re.MULTILINE)
_TERMINAL = tuple(".!?。！？…\"')]}”’）`")
GOOD = {"1", "good", "true", "yes", "keep", "pos", "positive", "ok", "好", "是"}
BAD = {"0", "bad", "false", "no", "drop", "neg", "negative", "差", "否"}


def _col(df: pl.DataFrame, name: str) -> list[str]:
    return df[name].fill_null("").to_list() if name in df.columns else [""] * df.height


def hand_features(instruction: str, input: str, output: str) -> list[float]:
    li, lp, lo = length_units(instruction), length_units(input), length_units(output)
    prompt = instruction + "\n" + input
    cp, co = cjk_ratio(prompt), cjk_ratio(output)
    toks = tokens(output)
    lines = [ln for ln in output.splitlines() if ln.strip()]
    chars = max(len(output), 1)
    return [math.log1p(li), math.log1p(lp), math.log1p(lo), math.log((lo + 1) / (li + lp + 1)),
            1.0 if input.strip() else 0.0, cp, co, abs(cp - co), math.log1p(len(lines)),
            len(_LIST_ITEM.findall(output)) / max(len(lines), 1), 1.0 if "```" in output else 0.0,
            1.0 if output.rstrip().endswith(_TERMINAL) else 0.0,
            (len(set(toks)) / len(toks)) if toks else 0.0,
            sum(ch.isdigit() for ch in output) / chars]


def features(df: pl.DataFrame, embedder: Any) -> tuple[np.ndarray, list[str]]:
    """Feature matrix (float64) for a record frame, and the feature names."""
    ins, inp, out = _col(df, "instruction"), _col(df, "input"), _col(df, "output")
    prompts = [f"{a}\n{b}" if b else a for a, b in zip(ins, inp)]
    # same text as semantic dedup compares (instruction + "\n" + input), so the cache is shared
    ep = embedder.embed(prompts) if prompts else np.zeros((0, 0), dtype=np.float32)
    eo = embedder.embed(out) if out else np.zeros((0, 0), dtype=np.float32)
    cos = np.einsum("ij,ij->i", ep, eo).astype(np.float64) if len(prompts) else np.zeros(0)
    hand = np.array([hand_features(a, b, c) + [float(s)] for a, b, c, s in zip(ins, inp, out, cos)],
                    dtype=np.float64).reshape(len(ins), len(HAND_FEATURES))
    d = ep.shape[1] if ep.ndim == 2 and ep.shape[0] else 0
    names = [f"emb_prompt_{i}" for i in range(d)] + [f"emb_output_{i}" for i in range(d)] + list(HAND_FEATURES)
    X = np.hstack([ep.astype(np.float64), eo.astype(np.float64), hand]) if d else hand
    return X, names


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # stable for large |z|


def fit_logistic(X: np.ndarray, y: np.ndarray, *, l2: float = 1.0, max_iter: int = 50,
                 tol: float = 1e-8, balanced: bool = True) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-penalized logistic regression (Newton's method). ``X`` should be
    standardized; the bias is not penalized. ``balanced`` weights each class by n / (2 · n_class)."""
    n, d = X.shape
    y = y.astype(np.float64)
    sw = np.ones(n)
    if balanced:
        pos = y.sum()
        if 0 < pos < n:
            sw = np.where(y == 1, n / (2 * pos), n / (2 * (n - pos)))
    A = np.hstack([X, np.ones((n, 1))])
    w = np.zeros(d + 1)
    pen = np.full(d + 1, l2)
    pen[-1] = 0.0
    for _ in range(max_iter):
        p = _sigmoid(A @ w)
        grad = A.T @ (sw * (p - y)) + pen * w
        h = sw * p * (1 - p)
        H = (A * h[:, None]).T @ A + np.diag(pen + 1e-9)
        step = np.linalg.solve(H, grad)
        w -= step
        if float(np.abs(step).max()) < tol:
            break
    return w[:-1], float(w[-1])


def auc(scores: Sequence[float], labels: Sequence[int]) -> float | None:
    """ROC AUC (probability a random positive outranks a random negative; ties count half)."""
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels).astype(bool)
    npos, nneg = int(y.sum()), int((~y).sum())
    if not npos or not nneg:
        return None
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    sorted_s = s[order]
    i = 0
    while i < len(s):  # average ranks over ties
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y].sum() - npos * (npos + 1) / 2) / (npos * nneg))


@dataclass
class QualityModel:
    names: list[str]
    mean: np.ndarray
    std: np.ndarray
    coef: np.ndarray
    bias: float
    embedder: Any = None                 # the embedder spec (curate.models.embed.make_embedder)
    embedder_name: str = ""              # its name (checked when scoring)
    threshold: float = 0.5
    info: dict[str, Any] = field(default_factory=dict)

    def _embedder(self, spec: Any = None) -> Any:
        """The embedder the model was trained with (``spec`` may give the same model another way,
        e.g. another endpoint URL; a different model is refused)."""
        from curate.models.embed import make_embedder

        emb = make_embedder(self.embedder if spec is None else spec, progress=False)
        if self.embedder_name and _canonical(emb.name) != _canonical(self.embedder_name):
            raise ValueError(f"quality model was trained on {self.embedder_name!r} embeddings, "
                             f"but {emb.name!r} was given")
        return emb

    def predict(self, df: pl.DataFrame, embedder: Any = None) -> np.ndarray:
        """P(good) for every record of ``df``."""
        if df.height == 0:
            return np.zeros(0)
        X, names = features(df, embedder or self._embedder())
        if names != self.names:
            raise ValueError("quality model: the features of this data do not match the model's "
                             f"({len(names)} vs {len(self.names)}); was it trained with another embedder?")
        Z = (X - self.mean) / self.std
        return _sigmoid(Z @ self.coef + self.bias)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "embedder": self.embedder,
                "embedder_name": self.embedder_name, "threshold": self.threshold,
                "features": self.names, "mean": self.mean.tolist(), "std": self.std.tolist(),
                "coef": self.coef.tolist(), "bias": self.bias, "info": self.info}

    def save(self, path: str | Path) -> Path:
        from curate.io.writers import atomic_write

        path = Path(path)
        with atomic_write(path) as f:
            f.write((json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
        return path

    @classmethod
    def load(cls, path: str | Path) -> QualityModel:
        try:
            d = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise ValueError(f"{path}: not a readable quality model ({type(e).__name__})") from None
        if not isinstance(d, dict) or d.get("format") != FORMAT:
            raise ValueError(f"{path}: not a curate quality model (format {FORMAT!r} expected)")
        if d.get("version") != VERSION:
            raise ValueError(f"{path}: quality model version {d.get('version')} is not supported")
        return cls(list(d["features"]), np.array(d["mean"]), np.array(d["std"]), np.array(d["coef"]),
                   float(d["bias"]), d.get("embedder"), d.get("embedder_name", ""),
                   float(d.get("threshold", 0.5)), d.get("info", {}))


def _canonical(name: str) -> str:
    """Model files written before embedders had names say all-MiniLM-L6-v2 for packaged-minilm."""
    from curate.models.embed import _DEFAULT_ALIASES, DEFAULT_SPEC

    return DEFAULT_SPEC if str(name).strip().lower() in _DEFAULT_ALIASES else str(name)


# ------------------------------------------------------------------------------- labels
def parse_label(v: Any) -> int | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)) and not (isinstance(v, float) and math.isnan(v)):
        return 1 if v > 0.5 else 0
    s = str(v).strip().lower()
    if s in GOOD:
        return 1
    if s in BAD:
        return 0
    return None


def labels_from_file(path: str | Path) -> dict[str, int]:
    """``{"id": ..., "label": good|bad|1|0|true|false}`` per line (JSONL)."""
    out: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                raise ValueError(f"{path}:{n}: not valid JSON") from None
            if not isinstance(obj, dict) or "id" not in obj or "label" not in obj:
                raise ValueError(f"{path}:{n}: each line needs 'id' and 'label'")
            lab = parse_label(obj["label"])
            if lab is None:
                raise ValueError(f"{path}:{n}: label must be good/bad, 1/0 or true/false")
            out[str(obj["id"])] = lab
    return out


def train_classifier(records: pl.DataFrame, labels: Sequence[int] | np.ndarray, *,
                     embedder: Any = None, l2: float = 10.0, threshold: float = 0.5,
                     holdout: float = 0.2, seed: int = 0, source: str | None = None) -> QualityModel:
    """Fit on ``records`` (a record frame) with 0/1 ``labels``. ``holdout`` (a share, 0 to skip)
    is kept aside to report held-out AUC in ``model.info``; the saved model is then refitted on all
    labelled records. ``embedder``: a spec (packaged-minilm by default, st:PATH, openai:MODEL)."""
    from curate.models.embed import make_embedder

    y = np.asarray(labels, dtype=np.int64)
    if records.height != len(y):
        raise ValueError("train_classifier: one label per record expected")
    if len(set(y.tolist())) < 2:
        raise ValueError("train_classifier: labels need both classes (good and bad)")
    emb = make_embedder(embedder, progress=False)
    X, names = features(records, emb)
    info: dict[str, Any] = {"n": len(y), "good": int(y.sum()), "bad": int(len(y) - y.sum()),
                            "l2": l2, "seed": seed, "source": source}

    def fit(Xa: np.ndarray, ya: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
        mean = Xa.mean(axis=0)
        std = Xa.std(axis=0)
        std[std < 1e-9] = 1.0
        coef, bias = fit_logistic((Xa - mean) / std, ya, l2=l2)
        return mean, std, coef, bias

    if holdout and 0 < holdout < 1:
        rng = np.random.default_rng(seed)
        test = np.zeros(len(y), dtype=bool)
        for cls in (0, 1):  # stratified
            idx = np.flatnonzero(y == cls)
            k = round(len(idx) * holdout)
            test[rng.choice(idx, size=k, replace=False)] = True
        if test.any() and (~test).any() and len(set(y[~test].tolist())) == 2:
            m, s, c, b = fit(X[~test], y[~test])
            p = _sigmoid(((X[test] - m) / s) @ c + b)
            info["holdout"] = {"n": int(test.sum()), "auc": auc(p, y[test]),
                               "accuracy": float(((p >= threshold) == (y[test] == 1)).mean())}
    mean, std, coef, bias = fit(X, y)
    p = _sigmoid(((X - mean) / std) @ coef + bias)
    info["train_auc"] = auc(p, y)
    return QualityModel(names, mean, std, coef, bias, emb.describe(), emb.name, threshold, info)
