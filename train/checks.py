"""Task correctness of a generated answer, where it is computable (the ``check`` of a held-out record,
see ``train.families``). Lenient about wording, strict about the value: a model that says "The answer
is 42." to "What is 40 plus 2?" is right; one that says "41" is wrong.

* ``number``: the first or the last number in the answer equals ``value`` ("3 + 4 = 7" and
  "7, because ..." both count; thousands separators allowed).
* ``list``: the integers in the answer, in order, are exactly ``value``.
* ``text``: the normalized answer (NFKC, whitespace collapsed, surrounding quotes and final
  punctuation stripped, casefolded unless ``case``) equals one of ``accept``.
* ``choice``: the first of ``options`` to occur in the answer is ``answer`` (whole words for
  Latin options), so "negative, not positive" is a negative answer.
* ``json``: the answer holds a JSON object (code fences and text around it allowed) whose keys are
  exactly ``keys`` and whose values, compared as text, equal ``values`` where given. ``json_valid``
  is reported apart: a JSON object was there at all.
* ``none`` or no check: not computable (NaN).
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Any

NAN = float("nan")
_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")
_INT = re.compile(r"-?\d+")
_WS = re.compile(r"\s+")
_EDGE = "\"'`“”‘’「」《》 \t\n"
_TRAIL = ".。!！?？,，;；:："


def normalize(text: str, case: bool = False) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = _WS.sub(" ", text).strip().strip(_EDGE).rstrip(_TRAIL).strip(_EDGE)
    return text if case else text.casefold()


def numbers(text: str) -> list[float]:
    return [float(m.replace(",", "")) for m in _NUMBER.findall(unicodedata.normalize("NFKC", text or ""))]


def find_json_object(text: str) -> dict | None:
    """The first JSON object in ``text`` (after any code fence), or None."""
    text = unicodedata.normalize("NFKC", text or "")
    dec = json.JSONDecoder()
    for m in re.finditer(r"\{", text):
        try:
            obj, _ = dec.raw_decode(text, m.start())
        except ValueError:
            continue
        if isinstance(obj, dict):
            return obj
    return None


def _occurs(option: str, text: str) -> int:
    """Position of ``option`` in ``text`` (whole word when it is Latin or a number), -1 if absent."""
    if re.fullmatch(r"[\w\- ]+", option, flags=re.ASCII):
        m = re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text, flags=re.IGNORECASE)
        return m.start() if m else -1
    return text.find(option)


def check(answer: str, spec: dict[str, Any] | None) -> dict[str, float]:
    """``{"correct": 1.0 | 0.0 | NaN}`` plus ``json_valid`` for json checks."""
    kind = (spec or {}).get("kind", "none")
    answer = answer or ""
    if kind == "number":
        got = numbers(answer)
        v = float(spec["value"])
        ok = bool(got) and (math.isclose(got[0], v) or math.isclose(got[-1], v))
        return {"correct": float(ok)}
    if kind == "list":
        return {"correct": float([int(x) for x in _INT.findall(answer)] == list(spec["value"]))}
    if kind == "text":
        case = bool(spec.get("case"))
        got = normalize(answer, case)
        return {"correct": float(any(got == normalize(a, case) for a in spec["accept"]))}
    if kind == "choice":
        text = unicodedata.normalize("NFKC", answer)
        hits = sorted((p, o) for o in spec["options"] if (p := _occurs(o, text)) >= 0)
        return {"correct": float(bool(hits) and hits[0][1] == spec["answer"])}
    if kind == "json":
        obj = find_json_object(answer)
        if obj is None:
            return {"correct": 0.0, "json_valid": 0.0}
        ok = set(obj) == set(spec["keys"])
        for k, v in (spec.get("values") or {}).items():
            ok = ok and normalize(str(obj.get(k))) == normalize(str(v))
        return {"correct": float(ok), "json_valid": 1.0}
    return {"correct": NAN}
