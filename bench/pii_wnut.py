"""English names in text people wrote, labelled by others: the test set of WNUT-17's emerging-entities
task (https://github.com/leondz/emerging_entities_17, CC-BY 4.0; Derczynski et al., "Results of the
WNUT2017 Shared Task on Novel and Emerging Entity Recognition", W-NUT 2017): 1,287 tweets, Reddit,
YouTube and Stack Overflow comments, 429 person mentions tagged by crowd annotators and adjudicated.

What it measures: PERSON precision of each profile on noisy user-generated English (what besides
names each one redacts), and recall on mentions that are mostly public figures (Trump, Ronaldo,
Putin), which the dataset profile keeps by design and strict takes. Not bundled: pass a checkout,
``bench/bench_pii.py --wnut PATH``. The file gives tokens; they are joined as text is written (no
space before punctuation or a clitic: "Don't", "Trump's").
"""
from __future__ import annotations

from pathlib import Path

# the file gives tokens; the text is put back as people write it ("Don't", "Trump's", "(Reuters)")
_NO_SPACE_BEFORE = frozenset(".,!?;:%)]}'\"…")
_CLITICS = frozenset(("n't", "'s", "'re", "'ll", "'m", "'ve", "'d", "’s", "n’t"))
_NO_SPACE_AFTER = frozenset("([{$@#")  # (a handle, a hashtag)
_CLITIC_TAILS = frozenset(("t", "s", "re", "ll", "m", "ve", "d"))  # "Don ' t" as the file splits it
_ENTITIES = frozenset(("gt;", "lt;", "amp;", "gt", "lt", "amp"))


PARTS = {"test": "emerging.test.annotated", "dev": "emerging.dev.conll", "train": "wnut17train.conll"}


def load(path: str | Path, part: str = "test") -> list[dict]:
    """``{"text", "spans": [[start, end, "PERSON"]]}`` per document of ``emerging.test.annotated``
    (``part="dev"``: ``emerging.dev.conll``, the same format; 1,009 documents, 470 persons;
    ``part="train"``: ``wnut17train.conll``, 3,394 documents, 660 persons)."""
    base = Path(path)
    src = base / PARTS[part] if base.is_dir() else base
    if not src.is_file():
        raise FileNotFoundError(f"{src} not found (a checkout of leondz/emerging_entities_17)")
    docs: list[list[tuple[str, str]]] = []
    toks: list[tuple[str, str]] = []
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if toks:
                docs.append(toks)
                toks = []
            continue
        parts = line.split("\t")
        toks.append((parts[0], parts[-1]))
    if toks:
        docs.append(toks)
    out = []
    for doc in docs:
        words, spans, pos, cur = [], [], 0, None
        for tok, tag in doc:
            glue = (not words or tok in _NO_SPACE_BEFORE or tok.lower() in _CLITICS or words[-1] in _NO_SPACE_AFTER
                    or words[-1] == "'" and tok.lower() in _CLITIC_TAILS or words[-1] == "&" and tok in _ENTITIES)
            if not glue:
                words.append(" ")
                pos += 1
            start = pos
            words.append(tok)
            pos += len(tok)
            if tag == "B-person":
                cur = [start, pos, "PERSON"]
                spans.append(cur)
            elif tag == "I-person" and cur is not None:
                cur[1] = pos
            else:
                cur = None
        out.append({"text": "".join(words), "spans": spans})
    return out


def score(red, docs: list[dict]) -> dict:
    """PERSON precision / recall by overlap, and the most frequent false positives."""
    from collections import Counter

    found = red.find([d["text"] for d in docs], "input")
    tp = fp = fn = 0
    wrong: Counter = Counter()
    for d, spans in zip(docs, found):
        pred = [(s.start, s.end) for s in spans if s.entity_type == "PERSON"]
        gold = [(a, b) for a, b, _ in d["spans"]]
        for a, b in gold:
            if any(x < b and y > a for x, y in pred):
                tp += 1
            else:
                fn += 1
        for x, y in pred:
            if not any(x < b and y > a for a, b in gold):
                fp += 1
                wrong[d["text"][x:y]] += 1
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else float("nan"),
            "recall": tp / (tp + fn) if tp + fn else float("nan"), "wrong": wrong.most_common(8)}
