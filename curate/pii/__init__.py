"""Personal data detection and redaction, English and Chinese (docs/pii.md).

    from curate.pii import detect, mask_light
    detect("call 138 0013 8000", mode="patterns")   # [Span(5, 18, 'PHONE_NUMBER', 0.9, 'cn_mobile')]
    mask_light("邮箱abc@x.com")                        # '邮箱<EMAIL_ADDRESS>'

Importing this package is cheap: Presidio and spaCy are imported only when ``mode="full"`` is used
(``curate.pii.engine``), so the audit can mask examples without loading a model.
"""
from __future__ import annotations

import sys

from curate.pii.detect import detect, detect_many
from curate.pii.patterns import RECOGNIZERS, Span, cn_id_checksum_ok, luhn_ok
from curate.pii.scan import DEFAULT_THRESHOLD, pattern_spans, select

__all__ = [
    "DEFAULT_THRESHOLD",
    "Span",
    "cn_id_checksum_ok",
    "detect",
    "detect_many",
    "luhn_ok",
    "mask_example",
    "mask_light",
    "mask_many",
    "pattern_spans",
    "replace_spans",
    "select",
]

# What mask_light hides: the structured types (identifiers a reader could contact or look up) and
# names (Chinese by context and segmentation; English by NER when installed). Derived from the
# recognizers: a hand list here had left TW_ID and IBAN_CODE raw in audit examples.
LIGHT_ENTITIES = tuple(dict.fromkeys([r.entity_type for r in RECOGNIZERS] + ["PHONE_NUMBER", "PERSON"]))


def replace_spans(text: str, spans, repl) -> str:
    """Rebuild ``text`` with each span replaced by ``repl(span, value)``; other characters kept."""
    if not spans:
        return text
    parts = []
    pos = 0
    for s in spans:
        parts.append(text[pos:s.start])
        parts.append(repl(s, text[s.start:s.end]))
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)


# What the masker keeps back for display: every structured type from 0.5, and names from 0.7 —
# lower than the redaction profiles (0.9), so a bare English NER name (0.75: "I had lunch with Ann
# Lee") is masked in an example too; a masked famous name in a report costs nothing.
LIGHT_THRESHOLDS = {"default": 0.5, "PERSON": 0.7}


def _ner_loaded() -> bool:
    """The full engine with an NER model is already loaded in this process (a ``--pii`` run):
    masking can use it at no start-up cost. Nothing heavy is imported to find out."""
    eng = sys.modules.get("curate.pii.engine")
    return eng is not None and getattr(eng, "_ENGINE", None) is not None and eng._ENGINE.nlp is not None


def mask_many(texts, ner: bool | None = None) -> list[str]:
    """Typed placeholders (``<EMAIL_ADDRESS>``, ``<PERSON>``) for texts shown to people: audit
    examples, duplicate-group ids, annotated records, reports, error messages. Structured types and
    Chinese names by patterns; English names by spaCy NER when ``ner`` (default: when the engine is
    already loaded, as in a ``--pii`` run — masking never pays a model load), Chinese names also by
    THULAC when a full-mode pass already loaded it, and always by the conservative cues of
    curate.pii.en_names (titles, salutations, name labels)."""
    texts = list(texts)
    todo = [i for i, t in enumerate(texts) if t]
    if not todo:
        return texts
    if ner is None:
        ner = _ner_loaded()
    # THULAC's Chinese names too when a dataset-profile pass has loaded it here (same rule: no load)
    zh = sys.modules.get("curate.pii.zh_model")
    zh_model = "thulac" if ner and zh is not None and getattr(zh, "_MODEL", None) is not None else "none"
    spans = detect_many([texts[i] for i in todo], entities=LIGHT_ENTITIES, mode="full" if ner else "patterns",
                        threshold=LIGHT_THRESHOLDS, zh_model=zh_model)
    out = list(texts)
    for i, sp in zip(todo, spans):
        out[i] = replace_spans(texts[i], sp, lambda s, v: f"<{s.entity_type}>")
    return out


def mask_light(text: str) -> str:
    """``mask_many`` for one text."""
    if not text:
        return text
    return mask_many([text])[0]


def mask_example(text: str | None, limit: int = 120) -> str:
    """An example fit to print (audit tables, reports): personal data masked first (so a cut never
    leaves half an e-mail visible), then one line, then cut to ``limit`` characters."""
    if not text:
        return ""
    masked = mask_light(text[: limit * 4])
    line = " ".join(masked.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
