"""Pattern candidates and span selection, shared by ``detect`` (patterns mode) and the Presidio
engine (full mode): every regex recognizer and the Chinese name rules produce candidate spans here,
and ``select`` applies the per-entity minimum score and resolves overlaps."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from curate.pii import phones
from curate.pii.patterns import RECOGNIZERS as _PATTERNS
from curate.pii.patterns import Span, count_digits, resolve
from curate.pii.zh_names import find_names, has_han

DEFAULT_THRESHOLD = 0.5
RECOGNIZERS = [_PATTERNS[0], phones.RECOGNIZER, *_PATTERNS[1:]]  # every pattern recognizer, in order

def min_score(threshold, entity: str) -> float:
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
            if (wanted is None or s.entity_type in wanted) and s.score >= min_score(threshold, s.entity_type)]
    return resolve(keep)


