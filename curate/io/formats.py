"""Turn one source object into zero or more records, or say precisely why it cannot be one.

Formats are recognized per record (first match wins), so concatenated datasets of mixed shapes work:

    messages       OpenAI chat: [{"role": system|user|assistant, "content": str | [{"type":"text","text":...}]}]
    conversations  ShareGPT: [{"from": system|human|user|gpt|assistant|model, "value": str}]
    instruction    Alpaca (instruction, input, output, system, history) or Dolly (instruction, context, response)
    prompt         prompt/completion (or prompt/response)

Everything a format does not consume passes through in ``extra`` untouched.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEFAULT_MAX_FIELD_BYTES = 1 << 20

_USER_ROLES = {"user", "human"}
_ASSISTANT_ROLES = {"assistant", "gpt", "model", "chatgpt", "bing", "bard"}
_SYSTEM_ROLES = {"system"}
# Fields curate computes itself: a value in the source is stale, so it is not passed through.
DERIVED_FIELDS = ("content_hash", "_issues")


class RecordError(Exception):
    """A source object that cannot become a record: ``code`` is a read.* issue code."""

    def __init__(self, code: str, reason: str, offset: int | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.offset = offset  # where the unreadable rest of a stream/document starts (tail rejects)


@dataclass
class Mapped:
    instruction: str
    input: str
    output: str
    system: str | None
    history: list[list[str]] | None
    extra: dict[str, Any] | None
    src_id: str | None
    turn: int = 0  # 1-based turn number when a conversation was split, else 0


def parse_mapping(spec: str | dict[str, str] | None) -> dict[str, str] | None:
    """``"instruction=question,output=answer"`` → {"instruction": "question", "output": "answer"}."""
    if spec is None or spec == "" or spec == {}:
        return None
    if isinstance(spec, dict):
        pairs = dict(spec)
    else:
        pairs = {}
        for part in spec.split(","):
            if not part.strip():
                continue
            if "=" not in part:
                raise ValueError(f"--map entry {part!r} must look like dest=source (e.g. output=answer)")
            dest, src = (s.strip() for s in part.split("=", 1))
            pairs[dest] = src
    allowed = {"instruction", "input", "output", "system", "history", "id"}
    bad = set(pairs) - allowed
    if bad:
        raise ValueError(f"--map can set {sorted(allowed)}; got {sorted(bad)}")
    if "instruction" not in pairs:
        raise ValueError("--map needs at least instruction=... (output=... too, unless the data has no answers)")
    return pairs


def _check_str(name: str, value: Any, max_bytes: int, *, allow_none: bool = False) -> str:
    if value is None:
        if allow_none:
            return ""
        raise RecordError("read.wrong_type", f"field '{name}' is null, expected a string")
    if not isinstance(value, str):
        raise RecordError("read.wrong_type", f"field '{name}' is {_type_name(value)}, expected a string")
    # len(str) <= bytes <= 4*len(str): encode only when the size is in doubt.
    if len(value) * 4 > max_bytes and len(value.encode("utf-8", "surrogatepass")) > max_bytes:
        raise RecordError("read.field_too_large",
                          f"field '{name}' is {len(value.encode('utf-8', 'surrogatepass')):,} bytes "
                          f"(limit {max_bytes:,}; raise max_field_bytes to accept it)")
    return value


def _type_name(v: Any) -> str:
    if type(v).__name__ == "Fragment":  # a number kept as written (curate.io.jsontext.loads_exact)
        return "a number"
    if isinstance(v, bool):
        return "a boolean"
    if isinstance(v, (int, float)):
        return "a number"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, dict):
        return "an object"
    return type(v).__name__


def _src_id(obj: dict) -> str | None:
    v = obj.get("id")
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        return None  # an id we cannot use as a key stays a passthrough field
    s = str(v)
    return s if s.strip() else None


def _extra(obj: dict, consumed: set[str]) -> dict | None:
    out = {k: v for k, v in obj.items() if k not in consumed and k not in DERIVED_FIELDS}
    return out or None


def _history(value: Any, max_bytes: int) -> list[list[str]] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise RecordError("read.wrong_type", f"field 'history' is {_type_name(value)}, expected a list of "
                                             "[user, assistant] pairs")
    out = []
    for i, turn in enumerate(value):
        if not (isinstance(turn, (list, tuple)) and len(turn) == 2):
            raise RecordError("read.wrong_type", f"history[{i}] is not a [user, assistant] pair")
        out.append([_check_str(f"history[{i}][{j}]", t, max_bytes) for j, t in enumerate(turn)])
    return out


def map_record(obj: Any, *, mapping: dict[str, str] | None = None, split_turns: bool = False,
               max_field_bytes: int = DEFAULT_MAX_FIELD_BYTES) -> list[Mapped]:
    if not isinstance(obj, dict):
        raise RecordError("read.not_object", f"JSON value is {_type_name(obj)}, expected an object")
    if mapping:
        return [_from_mapping(obj, mapping, max_field_bytes)]
    if "messages" in obj:
        return _from_chat(obj, "messages", "role", "content", split_turns, max_field_bytes)
    if "conversations" in obj:
        return _from_chat(obj, "conversations", "from", "value", split_turns, max_field_bytes)
    if "instruction" in obj:
        return [_from_instruction(obj, max_field_bytes)]
    if "prompt" in obj:
        return [_from_prompt(obj, max_field_bytes)]
    keys = ", ".join(sorted(map(str, obj))[:12]) or "none"
    raise RecordError("read.unknown_format",
                      "no instruction, prompt, messages or conversations field "
                      f"(keys: {keys}); use --map to name the fields")


def _require_instruction(value: Any, max_bytes: int) -> str:
    s = _check_str("instruction", value, max_bytes)
    if not s.strip():
        raise RecordError("read.empty_instruction", "instruction is empty")
    return s


def _from_mapping(obj: dict, m: dict[str, str], max_bytes: int) -> Mapped:
    # A mapping without output= reads prompts only (evaluation sets to decontaminate against): output "".
    for dest in ("instruction", "output"):
        if dest in m and m[dest] not in obj:
            raise RecordError("read.missing_field", f"field '{m[dest]}' (mapped to {dest}) is missing")
    consumed = set(m.values())
    src_id = _src_id({"id": obj.get(m["id"])}) if "id" in m else _src_id(obj)
    if "id" not in m and src_id is not None:
        consumed.add("id")
    system = obj.get(m["system"]) if "system" in m else None
    return Mapped(
        instruction=_require_instruction(obj[m["instruction"]], max_bytes),
        input=_check_str("input", obj.get(m["input"]) if "input" in m else None, max_bytes, allow_none=True),
        output=_check_str("output", obj[m["output"]], max_bytes) if "output" in m else "",
        system=None if system is None else _check_str("system", system, max_bytes),
        history=_history(obj.get(m["history"]), max_bytes) if "history" in m else None,
        extra=_extra(obj, consumed), src_id=src_id)


def _from_instruction(obj: dict, max_bytes: int) -> Mapped:
    if "output" in obj:
        out_key, in_key = "output", "input"
    elif "response" in obj:  # Dolly
        out_key, in_key = "response", "context"
    else:
        raise RecordError("read.missing_field", "field 'output' is missing (Alpaca needs instruction + output; "
                                                "Dolly needs instruction + response)")
    consumed = {"instruction", out_key, in_key, "system", "history"}
    src_id = _src_id(obj)
    if src_id is not None:
        consumed.add("id")
    system = obj.get("system")
    return Mapped(
        instruction=_require_instruction(obj["instruction"], max_bytes),
        input=_check_str(in_key, obj.get(in_key), max_bytes, allow_none=True),
        output=_check_str(out_key, obj[out_key], max_bytes),
        system=None if system is None else _check_str("system", system, max_bytes),
        history=_history(obj.get("history"), max_bytes),
        extra=_extra(obj, consumed), src_id=src_id)


def _from_prompt(obj: dict, max_bytes: int) -> Mapped:
    out_key = "completion" if "completion" in obj else "response" if "response" in obj else None
    if out_key is None:
        raise RecordError("read.missing_field", "field 'completion' is missing (prompt/completion format)")
    consumed = {"prompt", out_key}
    src_id = _src_id(obj)
    if src_id is not None:
        consumed.add("id")
    return Mapped(instruction=_require_instruction(obj["prompt"], max_bytes), input="",
                  output=_check_str(out_key, obj[out_key], max_bytes), system=None, history=None,
                  extra=_extra(obj, consumed), src_id=src_id)


def _content(msg: dict, key: str, i: int, max_bytes: int) -> str:
    c = msg.get(key)
    if isinstance(c, list):  # OpenAI content parts: keep text parts, refuse images/audio
        texts = []
        for part in c:
            if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
                texts.append(part["text"])
            else:
                raise RecordError("read.bad_conversation", f"message {i} has non-text content")
        c = "".join(texts)
    return _check_str(f"message {i} {key}", c, max_bytes)


def _from_chat(obj: dict, list_key: str, role_key: str, text_key: str, split_turns: bool,
               max_bytes: int) -> list[Mapped]:
    msgs = obj[list_key]
    if not isinstance(msgs, list) or not msgs:
        raise RecordError("read.bad_conversation", f"field '{list_key}' is not a non-empty list")
    system = obj.get("system") if isinstance(obj.get("system"), str) else None
    consumed = {list_key}
    if system is not None:
        consumed.add("system")
    turns: list[tuple[str, str]] = []  # normalized ("user"|"assistant", text)
    for i, m in enumerate(msgs):
        if not isinstance(m, dict):
            raise RecordError("read.bad_conversation", f"message {i} is not an object")
        role = m.get(role_key)
        role = role.lower() if isinstance(role, str) else role
        if role in _SYSTEM_ROLES:
            if turns or system is not None:
                raise RecordError("read.bad_conversation", f"system message at position {i} is not first")
            system = _content(m, text_key, i, max_bytes)
            continue
        if role in _USER_ROLES:
            role = "user"
        elif role in _ASSISTANT_ROLES:
            role = "assistant"
        else:
            raise RecordError("read.bad_conversation", f"message {i} has unsupported role {str(role)[:20]!r}")
        expected = "user" if len(turns) % 2 == 0 else "assistant"
        if role != expected:
            raise RecordError("read.bad_conversation", f"message {i} is from the {role}, expected the {expected}")
        turns.append((role, _content(m, text_key, i, max_bytes)))
    if not turns or len(turns) % 2:
        raise RecordError("read.bad_conversation", "conversation does not end with an assistant reply")
    pairs = [[turns[k][1], turns[k + 1][1]] for k in range(0, len(turns), 2)]
    if len(pairs) > 1 and not split_turns:
        raise RecordError("read.multi_turn", f"conversation has {len(pairs)} turns; "
                                             "pass split_turns (--split-turns) to make one record per turn")
    src_id = _src_id(obj)
    if src_id is not None:
        consumed.add("id")
    extra = _extra(obj, consumed)
    out = []
    for k, (user, assistant) in enumerate(pairs):
        if not user.strip():
            raise RecordError("read.empty_instruction", f"user message of turn {k + 1} is empty")
        out.append(Mapped(instruction=user, input="", output=assistant, system=system,
                          history=[list(p) for p in pairs[:k]] or None, extra=extra, src_id=src_id,
                          turn=k + 1 if len(pairs) > 1 else 0))
    return out
