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
    "pattern_spans",
    "replace_spans",
    "select",
]

# What mask_light hides: the structured types (identifiers a reader could contact or look up) and
# Chinese names given with a label or title. English names need NER and are not in the light path.
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


def mask_light(text: str) -> str:
    """Pattern-only masking with typed placeholders (``<EMAIL_ADDRESS>``): fast, no model, used for
    examples in audit reports. Same detection code as the full path (``detect(mode="patterns")``)."""
    if not text:
        return text
    return replace_spans(text, detect(text, entities=LIGHT_ENTITIES, mode="patterns"),
                         lambda s, v: f"<{s.entity_type}>")


def mask_example(text: str | None, limit: int = 120) -> str:
    """An example fit to print (audit tables, reports): personal data masked first (so a cut never
    leaves half an e-mail visible), then one line, then cut to ``limit`` characters."""
    if not text:
        return ""
    masked = mask_light(text[: limit * 4])
    line = " ".join(masked.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
