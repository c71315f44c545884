"""Redaction: detected spans → operator output, for record fields and for plain-text logs.

``Redactor`` is the one object both the ``pii`` stage and ``curate redact`` use: it holds the
policy (which types, from which score, in which field) and the operators, and turns texts into
(redacted text, spans). ``redact_log`` streams a log file line by line.
"""
from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from curate.pii import replace_spans
from curate.pii.config import Policy, load_policy
from curate.pii.detect import detect_many
from curate.pii.operators import Operators
from curate.pii.patterns import Span, shape

# One code per entity type, so a recipe can choose per type: redact (fix), only flag, drop the
# record, or turn the type off (``actions: {pii.person: off}``).
ENTITY_CODES = {
    "EMAIL_ADDRESS": "email address",
    "PHONE_NUMBER": "phone number (EN/intl/CN mobile and landline)",
    "CN_RESIDENT_ID": "mainland China resident ID number (GB 11643)",
    "CREDIT_CARD": "bank or credit card number (Luhn-valid)",
    "IP_ADDRESS": "IPv4 or IPv6 address",
    "CREDENTIAL": "password or secret (URL user:password, password=…)",
    "PASSPORT": "passport number",
    "LICENSE_PLATE": "vehicle licence plate (mainland China)",
    "US_SSN": "US social security number",
    "IBAN_CODE": "IBAN bank account number",
    "CRYPTO": "crypto wallet address",
    "PERSON": "person name (English NER, Chinese surname + context)",
    "LOCATION": "location (NER)",
    "ORGANIZATION": "organization (NER)",
    "NRP": "nationality, religious or political group (NER)",
    "DATE_TIME": "date or time (NER)",
}


def code_name(entity: str) -> str:
    return "pii." + entity.lower() if entity in ENTITY_CODES else "pii.other"


class Redactor:
    def __init__(self, policy: Policy | None = None, *, disabled: Iterable[str] = ()) -> None:
        self.policy = policy or load_policy()
        self.operators = Operators(self.policy.operators, salt=self.policy.salt, salt_env=self.policy.salt_env)
        self.disabled = set(disabled)
        self._ner = None

    @property
    def ner(self) -> str:
        """'spacy:<model>', 'unavailable (pattern-only)', or 'off (patterns mode)'."""
        if self._ner is None:
            if self.policy.mode == "patterns":
                self._ner = "off (patterns mode)"
            else:
                from curate.pii.engine import ner_status
                self._ner = ner_status()
        return self._ner

    def thresholds(self, fld: str) -> dict[str, float]:
        other_off = "__other__" in self.disabled
        return {e: v for e, v in self.policy.entities(fld).items()
                if e not in self.disabled and not (other_off and e not in ENTITY_CODES)}

    def find(self, texts: Sequence[str], fld: str, langs: Sequence[str | None] | None = None
             ) -> list[list[Span]]:
        th = self.thresholds(fld)
        if not th:
            return [[] for _ in texts]
        return detect_many(texts, langs, entities=sorted(th), mode=self.policy.mode, threshold=th)

    def apply(self, text: str, spans: Sequence[Span]) -> str:
        return replace_spans(text, spans, self.operators.apply)

    def redact(self, texts: Sequence[str], fld: str = "text", langs: Sequence[str | None] | None = None
               ) -> list[tuple[str, list[Span]]]:
        spans = self.find(texts, fld, langs)
        return [(self.apply(t, s) if s else t, s) for t, s in zip(texts, spans)]

    def redact_text(self, text: str, fld: str = "text") -> str:
        return self.redact([text], fld)[0][0]


# ------------------------------------------------------------------------------- logs
MAX_LINE = 1 << 20  # a longer line is processed in 1 MiB pieces, so memory stays bounded
LINES_PER_CHUNK = 512  # lines handed to detection together (batched NER)


def redact_log(src: str | Path | BinaryIO, dst: str | Path | BinaryIO, redactor: Redactor | None = None,
               *, profile: str = "logs") -> dict:
    """Redact a plain-text log, streaming: constant memory for any file size, line structure and
    every byte outside a detected span kept as is. Bytes that are not valid UTF-8 pass through
    unchanged (decoded with surrogateescape and re-encoded the same way). A path ``dst`` is written
    atomically. Returns counts: lines, lines_changed, spans, by_type (no values)."""
    redactor = redactor or Redactor(load_policy(profile))
    stats = {"lines": 0, "lines_changed": 0, "spans": 0, "by_type": Counter(), "bytes_in": 0, "examples": {}}
    with contextlib.ExitStack() as stack:
        fin = stack.enter_context(open(src, "rb")) if isinstance(src, (str, Path)) else src
        if isinstance(dst, (str, Path)):
            from curate.io.writers import atomic_write
            fout = stack.enter_context(atomic_write(dst))
        else:
            fout = dst
        _stream(fin, fout, redactor, stats)
    stats["by_type"] = dict(sorted(stats["by_type"].items()))
    stats["ner"] = redactor.ner
    return stats


def _stream(fin: BinaryIO, fout: BinaryIO, redactor: Redactor, stats: dict) -> None:
    chunk: list[bytes] = []
    while True:
        raw = fin.readline(MAX_LINE)
        if raw:
            chunk.append(raw)
            stats["bytes_in"] += len(raw)
        if chunk and (not raw or len(chunk) >= LINES_PER_CHUNK):
            _flush(chunk, fout, redactor, stats)
            chunk = []
        if not raw:
            break


def _flush(lines: list[bytes], fout: BinaryIO, redactor: Redactor, stats: dict) -> None:
    bodies, ends = [], []
    for raw in lines:
        body = raw
        end = b""
        if body.endswith(b"\r\n"):
            body, end = body[:-2], b"\r\n"
        elif body.endswith(b"\n"):
            body, end = body[:-1], b"\n"
        bodies.append(body.decode("utf-8", "surrogateescape"))
        ends.append(end)
    out = redactor.redact(bodies, "text")
    buf = io.BytesIO()
    for (text, spans), body, end in zip(out, bodies, ends):
        stats["lines"] += 1 if end or text else 0
        if spans:
            stats["lines_changed"] += 1
            stats["spans"] += len(spans)
            stats["by_type"].update(s.entity_type for s in spans)
            for s in spans:  # a few masked shapes per type, for the report
                ex = stats["examples"].setdefault(s.entity_type, [])
                if len(ex) < 3:
                    shp = shape(body[s.start:s.end])
                    if shp not in ex:
                        ex.append(shp)
        buf.write(text.encode("utf-8", "surrogateescape"))
        buf.write(end)
    fout.write(buf.getvalue())

