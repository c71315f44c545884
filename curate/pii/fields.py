"""Redaction of what is not free text: source ids, extra pass-through fields (JSON values under
keys), and whole rejects lines. One operator for all of them, so a rejects file and an output file
hide a value the same way.

* ``redact_value(obj, redactor, key)``: a JSON-like value; under a sensitive key (rules/pii.yaml
  ``sensitive_keys``: name, email, phone, id_card, password …) the whole value is replaced, whatever it
  looks like; any other string is scanned like text.
* ``new_id(raw, spans, policy, src_file, src_line)``: what an id holding personal data becomes.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from curate.pii.patterns import Span


def key_span(entity: str, value: str) -> Span:
    return Span(0, len(value), entity, 1.0, "sensitive_key")


def redact_value(obj: Any, redactor, key: str | None = None, found: list | None = None,
                 fld: str = "default") -> Any:
    """``obj`` with personal data replaced (a new object; ``obj`` is not changed). Spans found are
    appended to ``found`` as (span, text) pairs, for findings and counts."""
    ent = redactor.policy.key_entity(key) if key is not None else None
    if isinstance(obj, dict):
        return {k: redact_value(v, redactor, str(k), found, fld) for k, v in obj.items()}
    if isinstance(obj, list):
        return [redact_value(v, redactor, key, found, fld) for v in obj]
    if ent is not None and ent not in redactor.disabled and obj is not None and not isinstance(obj, bool):
        text = obj if isinstance(obj, str) else str(obj)
        if text.strip():
            sp = key_span(ent, text)
            if found is not None:
                found.append((sp, text))
            return redactor.operators.apply(sp, text)
        return obj
    if isinstance(obj, str) and obj and not (key is not None and redactor.policy.measure_value(key, obj)):
        # (a number or version under a measure key, "bytes": "18485116937", is no personal data)
        spans = redactor.find([obj], fld)[0]
        if spans:
            if found is not None:
                found.extend((s, obj) for s in spans)
            return redactor.apply(obj, spans)
    return obj


def new_id(raw: str, spans: list[Span], policy: str, apply: Callable[[str, list[Span]], str],
           src_file: str | None, src_line: int | None) -> str:
    """An id holding personal data: ``position`` → ``<file>:<line>`` (the schema's own fallback id:
    unique, stable, carries nothing personal; a split turn keeps its ``#k``), ``redact`` → the values
    in it replaced by the operator, ``keep`` → unchanged."""
    if policy == "keep" or not spans:
        return raw
    if policy == "position" and src_file is not None and src_line is not None:
        turn = ""
        _, sep, tail = raw.rpartition("#")
        if sep and tail.isdigit():
            turn = "#" + tail
        return f"{src_file}:{src_line}{turn}"
    return apply(raw, spans)


_ISSUE_PLAIN = frozenset(("code", "stage", "action", "severity", "field"))  # never a value


def mask_records(records: list, policy=None) -> list:
    """Records fit to show or hand out as examples (``audit --annotate``): every string value masked
    like an audit example (``curate.pii.mask_many``: typed placeholders, English names by NER when
    installed), and a value under a sensitive key (rules/pii.yaml) replaced whole. In ``_issues``
    the code, stage, action, severity and field stay as they are; the rest (a duplicate's
    ``twin_id``, a detail naming it: "exact duplicate of <id>") is masked. Returns new objects."""
    from curate.pii import mask_many
    from curate.pii.config import load_policy

    policy = policy or load_policy("light")
    leaves: list[str] = []

    def collect(obj, key):
        if isinstance(obj, dict):
            for k, v in obj.items():
                if k == "_issues" and isinstance(v, list):
                    for iss in v:
                        if isinstance(iss, dict):
                            leaves.extend(x for k2, x in iss.items()
                                          if k2 not in _ISSUE_PLAIN and isinstance(x, str) and x)
                else:
                    collect(v, str(k))
        elif isinstance(obj, list):
            for v in obj:
                collect(v, key)
        elif isinstance(obj, str) and obj and (key is None or policy.key_entity(key) is None):
            leaves.append(obj)

    for r in records:
        collect(r, None)
    masked = dict(zip(leaves, mask_many(leaves)))

    def _issues(v):
        if not isinstance(v, list):
            return v
        return [{k: (masked.get(x, x) if k not in _ISSUE_PLAIN and isinstance(x, str) else x)
                 for k, x in iss.items()} if isinstance(iss, dict) else iss for iss in v]

    def build(obj, key):
        if isinstance(obj, dict):
            return {k: (_issues(v) if k == "_issues" else build(v, str(k))) for k, v in obj.items()}
        if isinstance(obj, list):
            return [build(v, key) for v in obj]
        ent = policy.key_entity(key) if key is not None else None
        if ent is not None and obj is not None and not isinstance(obj, bool) and str(obj).strip():
            return f"<{ent}>"
        if isinstance(obj, str) and obj:
            return masked.get(obj, obj)
        return obj

    return [build(r, None) for r in records]
