"""Threshold calibration, checked on pairs it did not see: suggest a threshold on one half of the
hand-written pairs (tests/data/calibration), measure paraphrase recall and related pairs grouped on
the other half, both ways round.

    python bench/bench_calibrate.py                       # packaged MiniLM + the lexical fallback
    python bench/bench_calibrate.py --embedder openai:bge-m3 --base-url http://HOST:8000/v1 --lang zh

Halves: the pairs' sources in file order (a seeded random draw of real records), first 20 vs last 20
per language. Also printed: the character 2-3-gram cosine diversity falls back to for records no
embedder takes (``fallback_threshold`` 0.8), on the same pairs.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAIRS = ROOT / "tests" / "data" / "calibration" / "pairs.jsonl"


def evaluate(name: str, cos: np.ndarray, lab: np.ndarray, half: np.ndarray) -> None:
    from curate.dedup.calibrate import auc, suggest

    print(f"  {name}: AUC {auc(cos[lab == 1], cos[lab == 0]):.3f} on all "
          f"{int((lab == 1).sum())}+{int((lab == 0).sum())} pairs; suggested on all: "
          f"{suggest(cos[lab == 1], cos[lab == 0])}")
    for fit, test in ((0, 1), (1, 0)):
        f, t = half == fit, half == test
        thr = suggest(cos[f & (lab == 1)], cos[f & (lab == 0)])
        rec = float((cos[t & (lab == 1)] >= thr).mean())
        fp = float((cos[t & (lab == 0)] >= thr).mean())
        print(f"    fitted on half {'AB'[fit]}: {thr:.2f} -> on half {'AB'[test]}: paraphrases found "
              f"{100 * rec:.0f}%, related grouped {100 * fp:.0f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--embedder", default="packaged-minilm")
    ap.add_argument("--base-url", default=None)
    ap.add_argument("--lang", default="en,zh")
    args = ap.parse_args()

    from curate.api.calibrate_threshold import load_pairs
    from curate.dedup.calibrate import pair_cosines
    from curate.models.embed import make_embedder, with_base_url
    from curate.stages.diversity import ngram_vectors

    pairs = load_pairs(PAIRS)
    emb = make_embedder(with_base_url(args.embedder, args.base_url), progress=False)
    for lang in args.lang.split(","):
        sub = [p for p in pairs if p["lang"] == lang]
        sources = list(dict.fromkeys(p["a"] for p in sub))
        half = np.array([sources.index(p["a"]) >= len(sources) // 2 for p in sub], dtype=int)
        lab = np.array([p["label"] for p in sub])
        a, b = [p["a"] for p in sub], [p["b"] for p in sub]
        print(f"{lang}: {len(sources)} real records, each with a paraphrase and a related task")
        evaluate(emb.name, pair_cosines(emb.embed(a), emb.embed(b)), lab, half)
        evaluate("char 2-3-gram cosine (diversity fallback)", pair_cosines(ngram_vectors(a), ngram_vectors(b)),
                 lab, half)


if __name__ == "__main__":
    main()
