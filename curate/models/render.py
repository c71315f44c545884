"""One rendering of a record into model tokens, shared by the trainer, evaluation and IFD scoring.

A record (instruction, input, output, optional system and history) becomes a *prompt* (everything the
model reads before it answers) and a *response* (what it must learn to write). Training puts loss on
the response only, so the split matters and must be the same everywhere:

* ``template="auto"`` uses the tokenizer's own chat template when it has one, else ``"alpaca"``.
  ``"chat"`` insists on the chat template; ``"alpaca"`` is the one explicit fallback template.
* The response always ends with the end-of-turn token (``<|im_end|>`` for ChatML models, EOS for
  Alpaca). A response without it teaches a model that never stops (TRL PR #5988), so when a chat
  template does not close the assistant turn with a special token, EOS is appended.
* Whatever a template writes *after* the end-of-turn token (ChatML's trailing newline) is a separator
  before the next turn, not part of the answer: it is left out of the response.
* Prompt and response are tokenized separately, each without added special tokens (the template text
  already holds them). That is exactly what generation sees: prompt ids, then the model's tokens.

Nothing heavy is imported here; the tokenizer is whatever object the caller loaded.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from curate.schema import CONTENT_FIELDS

TEMPLATES = ("auto", "chat", "alpaca")

_ALPACA_PREAMBLE = ("Below is an instruction that describes a task. "
                    "Write a response that appropriately completes the request.")


@dataclass(frozen=True)
class Rendered:
    prompt_ids: list[int]
    response_ids: list[int]
    prompt_text: str
    response_text: str

    @property
    def input_ids(self) -> list[int]:
        return self.prompt_ids + self.response_ids

    @property
    def labels(self) -> list[int]:
        """Loss targets: -100 (ignored) on every prompt position, the token itself on the response."""
        return [-100] * len(self.prompt_ids) + list(self.response_ids)

    def __len__(self) -> int:
        return len(self.prompt_ids) + len(self.response_ids)


def _get(record: Any, key: str) -> Any:
    if isinstance(record, Mapping):
        return record.get(key)
    return getattr(record, key, None)


def user_text(instruction: str, input: str | None) -> str:
    """The user turn of an Alpaca record: the instruction, then the input after a blank line."""
    instruction = instruction or ""
    return f"{instruction}\n\n{input}" if input else instruction


def messages(record: Any) -> list[dict[str, str]]:
    """OpenAI-style messages for a record: optional system, history turns, the user turn and the
    assistant answer (last)."""
    msgs: list[dict[str, str]] = []
    system = _get(record, "system")
    if system:
        msgs.append({"role": "system", "content": system})
    for turn in _get(record, "history") or ():
        user, assistant = (list(turn) + ["", ""])[:2]
        msgs.append({"role": "user", "content": user or ""})
        msgs.append({"role": "assistant", "content": assistant or ""})
    msgs.append({"role": "user", "content": user_text(_get(record, "instruction"), _get(record, "input"))})
    msgs.append({"role": "assistant", "content": _get(record, "output") or ""})
    return msgs


def resolve_template(tokenizer: Any, template: str = "auto") -> str:
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}; use one of {TEMPLATES}")
    has_chat = bool(getattr(tokenizer, "chat_template", None))
    if template == "chat" and not has_chat:
        raise ValueError("template 'chat' asked for, but the tokenizer has no chat template")
    if template == "auto":
        return "chat" if has_chat else "alpaca"
    return template


def end_of_turn_token(tokenizer: Any, template: str = "auto") -> str:
    """The token that closes an assistant turn (what generation stops on)."""
    if resolve_template(tokenizer, template) == "chat":
        probe = tokenizer.apply_chat_template(
            [{"role": "user", "content": "x"}, {"role": "assistant", "content": "\u2063"}], tokenize=False)
        tail = probe.rsplit("\u2063", 1)[-1].strip()
        specials = set(getattr(tokenizer, "all_special_tokens", ()) or ())
        for tok in sorted(specials, key=len, reverse=True):
            if tok and tail.startswith(tok):
                return tok
    if tokenizer.eos_token is None:
        raise ValueError("the tokenizer has no EOS token: cannot mark the end of a response")
    return tokenizer.eos_token


def end_of_turn_id(tokenizer: Any, template: str = "auto") -> int:
    return tokenizer.convert_tokens_to_ids(end_of_turn_token(tokenizer, template))


def _alpaca_texts(record: Any, tokenizer: Any) -> tuple[str, str]:
    parts = [(_get(record, "system") or _ALPACA_PREAMBLE) + "\n\n"]
    for turn in _get(record, "history") or ():
        user, assistant = (list(turn) + ["", ""])[:2]
        parts.append(f"### Instruction:\n{user}\n\n### Response:\n{assistant}\n\n")
    parts.append(f"### Instruction:\n{_get(record, 'instruction') or ''}\n\n")
    if _get(record, "input"):
        parts.append(f"### Input:\n{_get(record, 'input')}\n\n")
    parts.append("### Response:\n")
    return "".join(parts), (_get(record, "output") or "") + end_of_turn_token(tokenizer, "alpaca")


def _chat_texts(record: Any, tokenizer: Any) -> tuple[str, str]:
    msgs = messages(record)
    prompt = tokenizer.apply_chat_template(msgs[:-1], tokenize=False, add_generation_prompt=True)
    full = tokenizer.apply_chat_template(msgs, tokenize=False)
    if not full.startswith(prompt):
        # Some templates rewrite earlier turns once an answer follows (e.g. strip reasoning); the
        # prompt/response split would then be wrong, so refuse rather than train on a shifted mask.
        raise ValueError("the chat template does not render the prompt as a prefix of the full "
                         "conversation; use template='alpaca'")
    response = full[len(prompt):]
    eot = end_of_turn_token(tokenizer, "chat")
    cut = response.rfind(eot)
    if cut >= 0:
        response = response[:cut + len(eot)]
    else:
        response = response.rstrip() + eot
    return prompt, response


def render_text(record: Any, tokenizer: Any, template: str = "auto") -> tuple[str, str]:
    """(prompt_text, response_text) for a record."""
    if resolve_template(tokenizer, template) == "chat":
        return _chat_texts(record, tokenizer)
    return _alpaca_texts(record, tokenizer)


def _encode(tokenizer: Any, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def render(record: Any, tokenizer: Any, template: str = "auto") -> Rendered:
    """Render one record (a dict, a row from ``df.iter_rows(named=True)``, or an object with the
    fields as attributes) into prompt and response token ids."""
    prompt, response = render_text(record, tokenizer, template)
    return Rendered(_encode(tokenizer, prompt), _encode(tokenizer, response), prompt, response)


def render_prompt(record: Any, tokenizer: Any, template: str = "auto") -> list[int]:
    """Prompt ids only (for generation): the record's output is ignored."""
    return render(dict(_as_dict(record), output=""), tokenizer, template).prompt_ids


def _as_dict(record: Any) -> dict[str, Any]:
    if isinstance(record, Mapping):
        return dict(record)
    return {k: _get(record, k) for k in CONTENT_FIELDS}
