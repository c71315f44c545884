"""Planted near-duplicates of real records, with their true similarity (tests and benchmarks).

``plant(records, n_copies, seed)`` returns the records plus edited copies of some of them; each copy
gets 1-k edits of the kinds that make real near-duplicates: word (EN) or character (ZH) deletion,
substitution, adjacent swap, insertion, and surface edits curate normalizes away (case, punctuation,
spacing, full-width forms). The true similarity of each planted pair is computed with the plain
Python reference shingler (``shingles.shingle_tuples``), independent of the vectorized code under
test.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from curate import text as _text
from curate.dedup.shingles import shingle_tuples

_EN_FILL = ["the", "a", "new", "simple", "short", "good", "list", "three", "please", "now"]
_ZH_FILL = list("的一是在有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你")
_PUNCT_EN = [",", ".", "!", "?", ";", ":"]
_PUNCT_ZH = ["，", "。", "！", "？", "；", "："]


def _edit_words(words: list[str], rng: random.Random, fill: list[str]) -> list[str]:
    w = list(words)
    kind = rng.choice(["delete", "substitute", "swap", "insert"])
    if kind == "delete" and len(w) > 1:
        del w[rng.randrange(len(w))]
    elif kind == "substitute" and w:
        w[rng.randrange(len(w))] = rng.choice(fill)
    elif kind == "swap" and len(w) > 1:
        i = rng.randrange(len(w) - 1)
        w[i], w[i + 1] = w[i + 1], w[i]
    else:
        w.insert(rng.randrange(len(w) + 1), rng.choice(fill))
    return w


def _surface(text: str, rng: random.Random, zh: bool) -> str:
    kind = rng.choice(["case", "punct", "space", "width"])
    if kind == "case":
        return text.upper() if rng.random() < 0.5 else text.lower()
    if kind == "punct":
        p = _PUNCT_ZH if zh else _PUNCT_EN
        text = text.rstrip("".join(p))
        return text + rng.choice(p)
    if kind == "space":
        return "  " + text.replace(" ", "   ") + " \n" if not zh else " ".join(text)
    # full-width ASCII letters (NFKC maps them back)
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def edit_text(text: str, n_edits: int, rng: random.Random) -> str:
    """Apply n token edits (words for spaced text, characters for CJK) and maybe a surface edit."""
    if not text:
        return text
    zh = not _text.is_spaced(text)
    if zh:
        units = list(text)
        for _ in range(n_edits):
            units = _edit_words(units, rng, _ZH_FILL)
        out = "".join(units)
    else:
        units = text.split(" ")
        for _ in range(n_edits):
            units = _edit_words(units, rng, _EN_FILL)
        out = " ".join(units)
    if rng.random() < 0.5:
        out = _surface(out, rng, zh)
    return out


def true_similarity(a: dict, b: dict, fields: tuple[str, ...] = ("instruction", "input"),
                    match: str = "all", word_ngram: int = 2, char_ngram: int = 2) -> float:
    """Reference similarity of two records under near-dup's rule, in plain Python."""
    def sets(rec: dict) -> list[set]:
        if match == "combined":
            return [shingle_tuples("\n".join(rec.get(f) or "" for f in fields), word_ngram, char_ngram)]
        return [shingle_tuples(rec.get(f) or "", word_ngram, char_ngram) for f in fields]

    sa, sb = sets(a), sets(b)
    if match == "combined":
        u = len(sa[0] | sb[0])
        return len(sa[0] & sb[0]) / u if u else 0.0
    vals = [len(x & y) / len(x | y) for x, y in zip(sa, sb) if x or y]
    if not vals:
        return 1.0
    return max(vals) if match == "any" else min(vals)


@dataclass
class Planted:
    records: list[dict]               # originals followed by the edited copies
    pairs: list[tuple[int, int, float]]  # (original index, copy index, true similarity)


def plant(records: list[dict], n_copies: int, seed: int = 0, max_edits: int = 3,
          fields: tuple[str, ...] = ("instruction", "input"), **sim_kw) -> Planted:
    """Copy ``n_copies`` random records with 1..max_edits edits to each compared field's text."""
    rng = random.Random(seed)
    out = [dict(r) for r in records]
    pairs = []
    for k, src in enumerate(rng.sample(range(len(records)), n_copies)):
        orig = records[src]
        copy = dict(orig)
        copy["id"] = f"planted-{k}"
        for f in fields:
            if copy.get(f):
                # inputs are often short; edit them less so they stay recognizably the same
                edits = rng.randint(1, max_edits) if f == "instruction" else rng.randint(0, 1)
                copy[f] = edit_text(copy[f], edits, rng)
        out.append(copy)
        pairs.append((src, len(out) - 1, true_similarity(orig, copy, fields, **sim_kw)))
    return Planted(out, pairs)


def chimeras(records: list[dict], n: int, seed: int = 0) -> list[dict]:
    """``n`` distinct records built from real ones (benchmarks need more distinct records than the
    samples hold): the first half of one record's instruction joined to the second half of
    another's, with the first one's input and output. They share phrases with their parents, as
    real template-heavy data does, which exercises candidate verification."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        a, b = records[rng.randrange(len(records))], records[rng.randrange(len(records))]
        ia, ib = a["instruction"], b["instruction"]
        if _text.is_spaced(ia):
            wa, wb = ia.split(" "), ib.split(" ")
            inst = " ".join(wa[: max(1, len(wa) // 2)] + wb[len(wb) // 2:])
        else:
            inst = ia[: max(1, len(ia) // 2)] + ib[len(ib) // 2:]
        out.append({"id": f"chimera-{k}", "instruction": inst, "input": a.get("input", ""),
                    "output": a.get("output", "")})
    return out
