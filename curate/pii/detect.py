"""Detection: ONE function from text to spans, used by the record stage, the log streamer and the
light masker.

    detect(text, lang=None, entities=None, mode="patterns" | "full", threshold=0.5) -> list[Span]

* ``mode="patterns"``: the regex recognizers of ``curate.pii.patterns``, the Chinese name rules and
  the English census-pair names in context (``curate.pii.engine.census_names``). No Presidio, no
  spaCy: this is what ``mask_light`` and the audit use.
* ``mode="full"``: the same recognizers, run inside Presidio's AnalyzerEngine next to Presidio's own
  English recognizers and spaCy NER (PERSON, LOCATION, …); see ``curate.pii.engine``. When no NER
  model is installed it falls back to patterns and ``ner_status()`` says so. With ``zh_model="thulac"``
  (the dataset profile) Chinese person names also come from THULAC's tagger (``curate.pii.zh_model``).

Language is read from the text itself, per text, not taken from ``lang`` (a hint kept for callers
that have one): every text gets the pattern recognizers, a text with Han characters the Chinese name
rules, a text with a capitalised Latin word English NER — so a mixed EN/ZH line gets both.
``threshold`` is one minimum score or a ``{entity_type: minimum}`` map (entities missing from the
map use its ``"default"`` key, else 0.5). Overlaps are resolved after thresholding: the
higher-scoring, then longer, span wins.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from curate.pii.patterns import Span
from curate.pii.scan import DEFAULT_THRESHOLD, pattern_spans_many, select


def detect(text: str, lang: str | None = None, entities: Sequence[str] | None = None,
           mode: str = "patterns", threshold: float | Mapping[str, float] | None = DEFAULT_THRESHOLD
           ) -> list[Span]:
    """Spans of personal data in ``text``, in text order, non-overlapping."""
    return detect_many([text], langs=[lang], entities=entities, mode=mode, threshold=threshold)[0]


def detect_many(texts: Sequence[str], langs: Sequence[str | None] | None = None,
                entities: Sequence[str] | None = None, mode: str = "patterns",
                threshold: float | Mapping[str, float] | None = DEFAULT_THRESHOLD, zh_model: str = "none"
                ) -> list[list[Span]]:
    """``detect`` for many texts at once (full mode batches spaCy NER with ``nlp.pipe``). ``zh_model``
    ("thulac"): full mode also tags Chinese person names with THULAC (``curate.pii.zh_model``)."""
    if mode not in ("patterns", "full"):
        raise ValueError(f"mode must be 'patterns' or 'full', not {mode!r}")
    if mode == "full":
        from curate.pii.engine import get_engine

        engine = get_engine()
        raw = engine.analyze_many(texts, langs, entities, threshold, zh_model=zh_model)
    else:
        raw = pattern_spans_many(texts, entities)
        if entities is None or "PERSON" in entities:
            # the census-pair pass full mode runs after NER is rules only: English full names in
            # context ("updated by agent Grace Meyer") are found without the model too
            from curate.pii.engine import census_names

            raw = [r + census_names(t, r) if t else r for t, r in zip(texts, raw)]
    return [select(r, entities, threshold) for r in raw]
