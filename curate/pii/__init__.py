"""Personal data detection and redaction, English and Chinese (docs/pii.md).

    from curate.pii import detect, mask_light
    detect("call 138 0013 8000", mode="patterns")   # [Span(5, 18, 'PHONE_NUMBER', 0.9, 'cn_mobile')]
    mask_light("邮箱abc@x.com")                        # '邮箱<EMAIL_ADDRESS>'

Importing this package is cheap: Presidio and spaCy are imported only when ``mode="full"`` is used
(``curate.pii.engine``), so the audit can mask examples without loading a model.
"""
from __future__ import annotations

from curate.pii.detect import detect, detect_many
from curate.pii.patterns import Span, cn_id_checksum_ok, luhn_ok
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
# names (Chinese by context and segmentation; English by NER when installed).
LIGHT_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CN_RESIDENT_ID", "CREDIT_CARD", "IP_ADDRESS",
                  "CREDENTIAL", "PASSPORT", "LICENSE_PLATE", "US_SSN", "PERSON")


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


def _ner_installed() -> bool:
    """Presidio and the packaged English spaCy model are importable (checked without importing)."""
    import importlib.util

    from curate.pii.engine import EN_MODEL

    return all(importlib.util.find_spec(m) is not None for m in ("presidio_analyzer", "spacy", EN_MODEL))


def mask_many(texts) -> list[str]:
    """Typed placeholders (``<EMAIL_ADDRESS>``, ``<PERSON>``) for texts shown to people: audit
    examples, duplicate-group ids, annotated records, reports, error messages. Structured types and
    Chinese names by patterns; English names by spaCy NER (full mode) when it is installed — loaded
    on first use, batched here — else by patterns only (English names then stay: docs/pii.md)."""
    texts = list(texts)
    todo = [i for i, t in enumerate(texts) if t]
    if not todo:
        return texts
    mode = "full" if _ner_installed() else "patterns"
    spans = detect_many([texts[i] for i in todo], entities=LIGHT_ENTITIES, mode=mode, threshold=LIGHT_THRESHOLDS)
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
