"""Redaction: detected spans → operator output, for record fields and for plain-text logs.

``Redactor`` is the one object both the ``pii`` stage and ``curate redact`` use: it holds the
policy (which types, from which score, in which field) and the operators, and turns texts into
(redacted text, spans). ``redact_log`` streams a log file line by line.
"""
from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
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
    "TW_ID": "Taiwan national ID number (check digit)",
    "UK_NINO": "UK National Insurance number",
    "CA_SIN": "Canadian Social Insurance Number (Luhn, with a SIN word)",
    "IN_AADHAAR": "India's Aadhaar number (Verhoeff, or with an Aadhaar word)",
    "ADDRESS": "postal address (value under an address key)",
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
        return detect_many(texts, langs, entities=sorted(th), mode=self.policy.mode, threshold=th,
                           zh_model=self.policy.zh_model)

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
OVERLAP = 4096      # characters carried from one piece of a long line to the next: no value is split
LINES_PER_CHUNK = 2048  # lines handed to detection together (batched NER; one task per worker)


def redact_log(src: str | Path | BinaryIO, dst: str | Path | BinaryIO, redactor: Redactor | None = None,
               *, profile: str = "logs", workers: int | None = None, progress: bool | None = False) -> dict:
    """Redact a plain-text log, streaming: constant memory for any file size, line structure and
    every byte outside a detected span kept as is. Bytes that are not valid UTF-8 pass through
    unchanged (decoded with surrogateescape and re-encoded the same way). A path ``dst`` is written
    atomically. ``workers`` processes share the lines (default: 2 where the machine has 2 cores and
    the input is over 8 MB); output order is input order. Returns counts: lines, lines_changed,
    spans, by_type (no values).

    Workers are spawned processes, which re-import the calling script: a script that calls this with
    ``workers`` > 1 (or on a file over 8 MB) must do so under ``if __name__ == "__main__":``, as for
    any ``multiprocessing`` pool; without it Python raises its bootstrapping error and the call hangs."""
    import os

    redactor = redactor or Redactor(load_policy(profile))
    stats = {"lines": 0, "lines_changed": 0, "spans": 0, "by_type": Counter(), "bytes_in": 0, "examples": {}}
    with contextlib.ExitStack() as stack:
        fin = stack.enter_context(open(src, "rb")) if isinstance(src, (str, Path)) else src
        total = None
        if isinstance(src, (str, Path)):
            total = os.path.getsize(src)
        if isinstance(dst, (str, Path)):
            from curate.io.writers import atomic_write
            fout = stack.enter_context(atomic_write(dst))
        else:
            fout = dst
        if workers is None:
            workers = min(2, os.cpu_count() or 1) if (total or 0) > 8_000_000 else 1
        from curate.progress import progress as bar_of
        bar = stack.enter_context(bar_of("redact", total=total, unit="B", enabled=progress))
        pool = None
        if workers > 1:
            import multiprocessing as mp
            pool = stack.enter_context(mp.get_context("spawn").Pool(
                workers, initializer=_worker_init, initargs=(redactor,)))
        _stream(fin, fout, redactor, stats, pool, bar)
    stats["by_type"] = dict(sorted(stats["by_type"].items()))
    stats["ner"] = redactor.ner
    stats["workers"] = workers
    return stats


_WORKER: Redactor | None = None


def _worker_init(redactor: Redactor) -> None:
    global _WORKER
    _WORKER = redactor


def _work(lines: list[bytes]) -> tuple[bytes, list]:
    return _redact_chunk(lines, _WORKER)


def _chunks(fin: BinaryIO, stats: dict, bar) -> Iterator[list]:
    """Lists of units: a complete line (bytes), or a long line's pieces as ("piece", bytes, last)."""
    chunk: list = []
    pending = b""
    while True:
        raw = fin.readline(MAX_LINE)
        if raw:
            stats["bytes_in"] += len(raw)
            bar.update(len(raw))
        if raw and not raw.endswith(b"\n") and len(raw) >= MAX_LINE:
            # a piece of a long line: cut at a character boundary, the rest goes with the next piece
            raw = pending + raw
            cut = _utf8_boundary(raw)
            pending = raw[cut:]
            if chunk:
                yield chunk
                chunk = []
            yield [("piece", raw[:cut], False)]
            continue
        if pending:
            yield [("piece", pending + raw, True)]
            pending = b""
            continue
        if raw:
            chunk.append(raw)
        if chunk and (not raw or len(chunk) >= LINES_PER_CHUNK):
            yield chunk
            chunk = []
        if not raw:
            break


def _utf8_boundary(b: bytes) -> int:
    """Largest cut <= len(b) that does not split a UTF-8 sequence."""
    i = len(b)
    k = 0
    while k < 3 and i - k - 1 >= 0 and (b[i - k - 1] & 0xC0) == 0x80:
        k += 1
    lead = i - k - 1
    if lead < 0:
        return i
    c = b[lead]
    need = 1 if c < 0x80 else 2 if c >> 5 == 6 else 3 if c >> 4 == 14 else 4 if c >> 3 == 30 else 1
    return i if k + 1 >= need else lead


def _stream(fin: BinaryIO, fout: BinaryIO, redactor: Redactor, stats: dict, pool, bar) -> None:
    """Chunks in input order; with a pool, up to 2 per worker in flight (bounded memory). A long
    line's pieces are done here, after every earlier chunk has been written."""
    from collections import deque

    carry = ""  # the tail of a long line not yet written (it may start a value)
    pending: deque = deque()

    def drain(keep: int) -> None:
        while len(pending) > keep:
            out, counts = pending.popleft().get()
            fout.write(out)
            _count(stats, counts)

    for unit in _chunks(fin, stats, bar):
        if isinstance(unit[0], tuple):
            drain(0)
            carry = _piece(unit[0], carry, fout, redactor, stats)
            continue
        if pool is None:
            out, counts = _redact_chunk(unit, redactor)
            fout.write(out)
            _count(stats, counts)
            continue
        pending.append(pool.apply_async(_work, (unit,)))
        drain(2 * pool._processes)
    drain(0)


def _piece(unit: tuple, carry: str, fout: BinaryIO, redactor: Redactor, stats: dict) -> str:
    """One piece of a line over MAX_LINE bytes. Detection sees the carried tail of the previous
    piece plus this one; everything up to OVERLAP characters from the end is written (further if a
    found value runs past that point), the rest is carried, so a value across the boundary is seen
    whole."""
    _, raw, last = unit
    text = carry + raw.decode("utf-8", "surrogateescape")
    end_nl = ""
    if last:
        for e in ("\r\n", "\n"):
            if text.endswith(e):
                text, end_nl = text[:-len(e)], e
                break
    from curate.pii.logs import _apply, line_spans

    spans = line_spans([text], redactor)[0]
    cut = len(text) if last else max(0, len(text) - OVERLAP)
    for s in spans:
        if s.start < cut < s.end:
            cut = s.end
    done = [s for s in spans if s.end <= cut]
    out = _apply(text[:cut], done, redactor.operators)
    fout.write(out.encode("utf-8", "surrogateescape"))
    _count(stats, {"lines": 0, "changed": 0, "types": [_etype(s) for s in done], "examples": []})
    if last:
        fout.write(end_nl.encode())
        stats["lines"] += 1
        stats["lines_changed"] += 1 if done else 0
        return ""
    return text[cut:]


def _etype(s) -> str:
    from curate.pii.logs import entity
    return entity(s)


def _redact_chunk(lines: list[bytes], redactor: Redactor) -> tuple[bytes, dict]:
    from curate.pii.logs import entity, redact_lines, value

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
    out = redact_lines(bodies, redactor)
    buf = io.BytesIO()
    counts = {"lines": 0, "changed": 0, "types": [], "examples": []}
    for (text, spans), body, end in zip(out, bodies, ends):
        counts["lines"] += 1 if end or text else 0
        if spans:
            counts["changed"] += 1
            for s in spans:
                counts["types"].append(entity(s))
                if len(counts["examples"]) < 50:
                    counts["examples"].append((entity(s), shape(value(body, s))))
        buf.write(text.encode("utf-8", "surrogateescape"))
        buf.write(end)
    return buf.getvalue(), counts


def _count(stats: dict, counts: dict) -> None:
    stats["lines"] += counts["lines"]
    stats["lines_changed"] += counts["changed"]
    stats["spans"] += len(counts["types"])
    stats["by_type"].update(counts["types"])
    for ent, shp in counts["examples"]:  # a few masked shapes per type, for the report
        ex = stats["examples"].setdefault(ent, [])
        if len(ex) < 3 and shp not in ex:
            ex.append(shp)
