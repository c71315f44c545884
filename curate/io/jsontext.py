"""JSON text as written: nesting depth, the elements of a list, and numbers kept exactly.

* ``deeper_than(data, limit)``: how deeply a JSON text nests, found without parsing it, so a line nested
  thousands deep is quarantined (``read.too_deep``) before a parser recurses on it. A count of
  brackets is an upper bound and costs almost nothing; only a text with more brackets than the
  limit is scanned for real (strings skipped).
* ``split_array(data, start)``: the byte spans of a JSON list's elements, so each element is
  parsed (and, when bad, quarantined with its own bytes) on its own, and a document cut short keeps
  the elements before the cut.
* ``loads_exact(text)``: parse like orjson, but a number orjson would change (integers beyond 64
  bits, more digits than a double holds, ``1e400``) and ``NaN``/``Infinity`` come back as
  ``orjson.Fragment`` holding the source literal, which ``orjson.dumps`` writes back byte for byte.
  ``risky(text)`` says when the slow exact parse is needed (a false alarm only costs time).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import orjson

# A string (escapes included), or one structural byte. Anything else sits between tokens.
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},:]|"', re.DOTALL)
_OPEN, _CLOSE = frozenset(b"[{"), frozenset(b"]}")
_PAIR = {ord("]"): ord("["), ord("}"): ord("{")}

# Numbers orjson may not give back as written: long digit runs (big integers, long decimals),
# exponents, and the non-standard constants. Matches inside strings are harmless false alarms.
_RISKY = re.compile(rb"\d[\d.]{15}|\d[eE][-+]?\d|NaN|Infinity")
_RISKY_STR = re.compile(_RISKY.pattern.decode())


def bracket_bound(data: bytes) -> int:
    """An upper bound of the nesting depth (every bracket counted, even inside strings)."""
    return data.count(b"[") + data.count(b"{")


def deeper_than(data: bytes, limit: int) -> int | None:
    """The nesting depth of a JSON text (``{"a": [1]}`` is 2) when it exceeds ``limit``, else None.
    Counting stops just past the limit, so a text nested a million deep costs one scan."""
    if bracket_bound(data) <= limit:
        return None
    d = 0
    for m in _TOKEN.finditer(data):
        c = data[m.start()]
        if c in _OPEN:
            d += 1
            if d > limit:
                return d
        elif c in _CLOSE:
            d -= 1
    return None


class ArrayError(Exception):
    """The text stops being a well-formed list at ``offset``."""

    def __init__(self, offset: int, detail: str) -> None:
        super().__init__(detail)
        self.offset = offset
        self.detail = detail


def split_array(data: bytes, start: int = 0, last: bool = True) -> Iterator[tuple[int, int, int]]:
    """(start, end, depth) of each element of the list whose ``[`` is at ``data[start]``; the
    element's text is ``data[start:end]`` (surrounding whitespace stripped). Raises
    :class:`ArrayError` where the list stops being well formed (a cut document, a stray bracket):
    every element yielded before it is complete. Content between brackets is not validated here;
    the element's own parse does that. ``last``: the list ends the document (only whitespace may
    follow); False for a list inside an object (``{"data": [...]}``, checked by the whole parse)."""
    if data[start:start + 1] != b"[":
        raise ArrayError(start, "a JSON list starts with '['")
    stack = [ord("[")]
    elem_start = start + 1
    elem_depth = 0
    has_content = False
    pos = start + 1
    for m in _TOKEN.finditer(data, start + 1):
        s = m.start()
        if data[pos:s].strip():
            has_content = True
        pos = m.end()
        c = data[s]
        if c == 0x22:  # a string token
            if m.end() - s == 1:
                raise ArrayError(s, "a string is not closed")
            has_content = True
            continue
        if c in _OPEN:
            stack.append(c)
            has_content = True
            elem_depth = max(elem_depth, len(stack) - 1)
        elif c in _CLOSE:
            if stack[-1] != _PAIR[c]:
                raise ArrayError(s, f"'{chr(c)}' does not close '{chr(stack[-1])}'")
            stack.pop()
            if not stack:  # the list itself closed
                if has_content:
                    yield _strip(data, elem_start, s) + (elem_depth,)
                elif elem_start != start + 1:
                    raise ArrayError(s, "a list ends with ','")
                rest = data[s + 1:]
                if last and rest.strip():
                    raise ArrayError(s + 1 + (len(rest) - len(rest.lstrip())), "text after the end of the list")
                return
        elif c == 0x2C and len(stack) == 1:  # ',' between elements
            if not has_content:
                raise ArrayError(s, "an empty element")
            yield _strip(data, elem_start, s) + (elem_depth,)
            elem_start, elem_depth, has_content = s + 1, 0, False
    raise ArrayError(len(data), "the document ends before the list is closed")


def _strip(data: bytes, a: int, b: int) -> tuple[int, int]:
    while a < b and data[a] in b" \t\r\n":
        a += 1
    while b > a and data[b - 1] in b" \t\r\n":
        b -= 1
    return a, b


def find_member_array(data: bytes, start: int, key: bytes) -> int | None:
    """Offset of the ``[`` of ``"key": [...]`` directly inside the object at ``data[start]``
    (``{"version": 1, "data": [...]}``), or None."""
    d = 0
    prev = None  # the previous token directly inside the object
    last_key = None
    for m in _TOKEN.finditer(data, start):
        s = m.start()
        c = data[s]
        if c in _OPEN:
            d += 1
            if d == 2 and c == 0x5B and prev == 0x3A and last_key == key:
                return s
            if d == 1:
                prev = c
        elif c in _CLOSE:
            d -= 1
            if d <= 0:
                return None
            if d == 1:
                prev = c
        elif d == 1:
            if c == 0x22 and prev in (0x7B, 0x2C):
                last_key = data[s + 1:m.end() - 1]
            prev = c
    return None


def line_col(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of a byte offset (for messages)."""
    line = data.count(b"\n", 0, offset) + 1
    col = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, col


# ------------------------------------------------------------------------------ exact numbers
def risky(text: bytes | str) -> bool:
    return (_RISKY if isinstance(text, bytes) else _RISKY_STR).search(text) is not None


def _int(s: str) -> Any:
    v = int(s)
    if -(1 << 63) <= v < (1 << 64) and s != "-0":
        return v
    return orjson.Fragment(s)


def _float(s: str) -> Any:
    f = float(s)
    if f == f and f not in (float("inf"), float("-inf")):
        if orjson.dumps(f).decode() == s:
            return f
    return orjson.Fragment(s)  # orjson would write it otherwise (6.02e23 → 6.02e+23, 1e400 → null)


def _constant(s: str) -> Any:
    return orjson.Fragment(s)


def has_float(obj: Any) -> bool:
    """True when a parsed value holds a float anywhere: orjson is exact for strings and 64-bit
    integers, so only then can it have changed a number (a bigger integer comes back as a float)."""
    if type(obj) is not dict and type(obj) is not list:
        return type(obj) is float
    stack = [obj]
    while stack:
        o = stack.pop()
        for v in (o.values() if type(o) is dict else o):  # one plain loop: the common record is flat
            t = type(v)
            if t is float:
                return True
            if t is dict or t is list:
                stack.append(v)
    return False


def loads_exact(text: bytes | str) -> Any:
    """Parse JSON keeping every number as written (see the module docstring). orjson first; the
    stdlib parser (slower) only when orjson fails (NaN) or gave a float and ``risky(text)``; raises
    ValueError on invalid JSON."""
    try:
        obj = orjson.loads(text)
        if not (has_float(obj) and risky(text)):
            return obj
    except orjson.JSONDecodeError:
        pass
    if isinstance(text, bytes):
        text = text.decode("utf-8", "surrogatepass")
    return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)


def exactify(v: Any) -> Any:
    """An in-memory value with what orjson would change replaced by its JSON literal: integers
    beyond 64 bits (orjson refuses them), NaN/Infinity (orjson writes null), decimals."""
    if isinstance(v, float):
        if v != v:
            return orjson.Fragment("NaN")
        if v in (float("inf"), float("-inf")):
            return orjson.Fragment("Infinity" if v > 0 else "-Infinity")
        return v
    if isinstance(v, int) and not isinstance(v, bool):
        return v if -(1 << 63) <= v < (1 << 64) else orjson.Fragment(str(v))
    if isinstance(v, Decimal):
        return orjson.Fragment(str(v)) if v.is_finite() else orjson.Fragment("NaN" if v.is_nan() else
                                                                            ("Infinity" if v > 0 else "-Infinity"))
    if isinstance(v, dict):
        return {k: exactify(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [exactify(x) for x in v]
    return v
