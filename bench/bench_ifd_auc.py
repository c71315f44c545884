"""IFD as published vs a lone start token: how well each ranks broken pairs above intact ones.

    .venv/bin/python bench/bench_ifd_auc.py [--n 100] [--lang en|zh] [--max-chars 600] [--seed 0]
                                            [--threads N]

Real Alpaca records (the original English sample, or the Chinese demo set): 2·n records drawn at
random among those with a non-empty output and instruction + input and output each under
``--max-chars``; the first n stay intact, the other n get the output of another record of that half
(rotated by one: a broken pair by construction). Each record is scored once after its prompt and
twice alone: after the assistant-turn header (``alone="header"``, Cherry-LLM's ``### Response:``
analogue, the default) and after a lone start token (``alone="start"``, the old behaviour). The
conditioned loss is shared, so the two IFDs differ only by the "answer alone" context.

Prints, per context: the AUC of IFD for swapped-vs-intact (1.0: every swapped pair above every
intact one), the share of swapped and of intact records at IFD >= 1 (the ``quality.ifd_high`` flag
and the cut ``select --by ifd`` applies), median IFDs, and the mean "alone" loss.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
FILES = {"en": "alpaca_original_sample_30000_34999.json", "zh": "alpaca_zh_llamafactory_demo_1000.json"}


def pairs(lang: str, n: int, seed: int, max_chars: int) -> tuple[list[dict], list[dict]]:
    return intact_and_swapped(DATA / FILES[lang], n, seed, max_chars)


def intact_and_swapped(path: Path, n: int, seed: int = 0, max_chars: int = 160) -> tuple[list[dict], list[dict]]:
    """n intact records and n broken pairs (each given another record's output) of an Alpaca file,
    among records whose output is non-empty and whose prompt and output fit ``max_chars``."""
    recs = json.loads(Path(path).read_text(encoding="utf-8"))
    pool = [r for r in recs if r["output"].strip() and len(r["output"]) <= max_chars
            and len(r["instruction"]) + len(r["input"]) <= max_chars]
    sample = random.Random(seed).sample(pool, 2 * n)
    intact, other = sample[:n], sample[n:]
    swapped = [dict(r, output=other[(i + 1) % n]["output"]) for i, r in enumerate(other)]
    return intact, swapped


def score_both(recs: list[dict], threads: int | None) -> dict[str, list[float | None]]:
    """IFD per record with both "alone" contexts, from one forward pass over the three sequences."""
    from curate.quality.ifd import IFDScorer

    header = IFDScorer(threads=threads, alone="header")
    start = IFDScorer(threads=threads, alone="start")
    start._lm = header.load()  # one model in memory
    sh, nh = header._sequences(recs)
    ss, ns = start._sequences(recs)
    seqs = sh + ss[1::2]  # cond_0, alone_h_0, cond_1, alone_h_1, ..., then alone_s_0, alone_s_1, ...
    n_scored = nh + ns[1::2]
    losses = header._losses(seqs, n_scored)
    k = len(recs)
    cond = losses[0:2 * k:2]
    alone_h = losses[1:2 * k:2]
    alone_s = losses[2 * k:]
    out: dict[str, list[float | None]] = {"cond": cond, "alone_header": alone_h, "alone_start": alone_s}
    for name, alone in (("header", alone_h), ("start", alone_s)):
        out[name] = [c / a if c is not None and a else None for c, a in zip(cond, alone)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--lang", choices=list(FILES), default="en")
    ap.add_argument("--max-chars", type=int, default=600)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args()

    from curate.quality.classifier import auc

    intact, swapped = pairs(args.lang, args.n, args.seed, args.max_chars)
    t0 = time.perf_counter()
    res = score_both(intact + swapped, args.threads)
    secs = time.perf_counter() - t0
    labels = [0] * len(intact) + [1] * len(swapped)
    n = args.n
    print(f"IFD on {n} intact + {n} swapped-output {args.lang} Alpaca records "
          f"(seed {args.seed}, fields <= {args.max_chars} chars); {secs:.0f} s")
    print(f"{'alone context':<16}{'AUC':>7}{'swapped>=1':>12}{'intact>=1':>11}{'median intact':>15}"
          f"{'median swapped':>16}{'mean alone loss':>17}")
    summary = {}
    for name in ("start", "header"):
        ifd = res[name]
        keep = [i for i, v in enumerate(ifd) if v is not None]
        a = auc([ifd[i] for i in keep], [labels[i] for i in keep])
        sw = [ifd[i] for i in keep if labels[i] == 1]
        it = [ifd[i] for i in keep if labels[i] == 0]
        alone = [x for x in res[f"alone_{name}"] if x is not None]
        row = {"auc": round(a, 4), "swapped_ge_1": sum(v >= 1 for v in sw) / len(sw),
               "intact_ge_1": sum(v >= 1 for v in it) / len(it), "median_intact": statistics.median(it),
               "median_swapped": statistics.median(sw), "mean_alone_loss": statistics.fmean(alone)}
        summary[name] = row
        print(f"{name:<16}{row['auc']:>7.3f}{row['swapped_ge_1']:>12.0%}{row['intact_ge_1']:>11.0%}"
              f"{row['median_intact']:>15.3f}{row['median_swapped']:>16.3f}{row['mean_alone_loss']:>17.3f}")
    gap = summary["start"]["mean_alone_loss"] - summary["header"]["mean_alone_loss"]
    print(f"a lone start token costs {gap:+.3f} nats per answer token against the header context")
    print(json.dumps({"n": n, "lang": args.lang, "seed": args.seed, **summary}))


if __name__ == "__main__":
    main()
