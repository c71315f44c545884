"""Detection: ONE function from text to spans, used by the record stage, the log streamer and the
light masker.

    detect(text, lang=None, entities=None, mode="patterns" | "full", threshold=0.5) -> list[Span]

* ``mode="patterns"``: the regex recognizers of ``curate.pii.patterns`` and the Chinese name rules.
  No Presidio, no spaCy: this is what ``mask_light`` and the audit use.
* ``mode="full"``: the same recognizers, run inside Presidio's AnalyzerEngine next to Presidio's own
  English recognizers and spaCy NER (PERSON, LOCATION, …); see ``curate.pii.engine``. When no NER
  model is installed it falls back to patterns and ``ner_status()`` says so.

Language is read from the text itself, per text, not taken from ``lang`` (a hint kept for callers
that have one): every text gets the pattern recognizers, a text with Han characters the Chinese name
rules, a text with a capitalised Latin word English NER — so a mixed EN/ZH line gets both.
``threshold`` is one minimum score or a ``{entity_type: minimum}`` map (entities missing from the
map use its ``"default"`` key, else 0.5). Overlaps are resolved after thresholding: the
higher-scoring, then longer, span wins.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from .patterns import RECOGNIZERS, Span, count_digits, resolve
from .zh_names import find_names, has_han

DEFAULT_THRESHOLD = 0.5
_LATIN = re.compile(r"[A-Za-z]{2}")



def _min_score(threshold, entity: str) -> float:
    if threshold is None:
        return DEFAULT_THRESHOLD
    if isinstance(threshold, (int, float)):
        return float(threshold)
    return float(threshold.get(entity, threshold.get("default", DEFAULT_THRESHOLD)))


def pattern_spans(text: str, entities: Iterable[str] | None = None) -> list[Span]:
    """Every candidate span from the pattern recognizers (no threshold, overlaps kept)."""
    if not text:
        return []
    wanted = None if entities is None else set(entities)
    digits = count_digits(text)
    out: list[Span] = []
    lower = None
    for rec in RECOGNIZERS:
        if (wanted is not None and rec.entity_type not in wanted) or not rec.applies(text, digits):
            continue
        if lower is None:
            lower = text.lower()
        out.extend(rec.find(text, lower, digits))
    if (wanted is None or "PERSON" in wanted) and has_han(text):
        out.extend(find_names(text))
    return out


def select(spans: Iterable[Span], entities: Iterable[str] | None = None,
           threshold: float | Mapping[str, float] | None = DEFAULT_THRESHOLD) -> list[Span]:
    """Filter by entity set and per-entity minimum score, then resolve overlaps."""
    wanted = None if entities is None else set(entities)
    keep = [s for s in spans
            if (wanted is None or s.entity_type in wanted) and s.score >= _min_score(threshold, s.entity_type)]
    return resolve(keep)


def detect(text: str, lang: str | None = None, entities: Sequence[str] | None = None,
           mode: str = "patterns", threshold: float | Mapping[str, float] | None = DEFAULT_THRESHOLD
           ) -> list[Span]:
    """Spans of personal data in ``text``, in text order, non-overlapping."""
    return detect_many([text], langs=[lang], entities=entities, mode=mode, threshold=threshold)[0]


def detect_many(texts: Sequence[str], langs: Sequence[str | None] | None = None,
                entities: Sequence[str] | None = None, mode: str = "patterns",
                threshold: float | Mapping[str, float] | None = DEFAULT_THRESHOLD) -> list[list[Span]]:
    """``detect`` for many texts at once (full mode batches spaCy NER with ``nlp.pipe``)."""
    if mode not in ("patterns", "full"):
        raise ValueError(f"mode must be 'patterns' or 'full', not {mode!r}")
    if mode == "full":
        from .engine import get_engine
        engine = get_engine()
        raw = engine.analyze_many(texts, langs, entities, threshold)
    else:
        raw = [pattern_spans(t, entities) for t in texts]
    return [select(r, entities, threshold) for r in raw]


def needs_english(text: str) -> bool:
    """Run English NER on this text? Only when it has Latin words at all."""
    return _LATIN.search(text) is not None
