"""Held-out evaluation of a (fine-tuned) causal LM, per prompt, so arms can be compared pairwise.

* ``loss``: mean next-token loss on the reference response given the prompt (completion only, the
  end-of-turn token included), rendered exactly as in training (``curate.models.render``).
* ``rouge_l``: greedy generation, then CJK-aware ROUGE-L F against the reference (``curate.rouge``).
* ``exact``: normalized exact match (NFKC, casefold, whitespace collapsed, trailing punctuation
  stripped) for classification-style prompts, i.e. a reference of at most ``exact_max_units`` length
  units (words, or CJK characters); NaN for other prompts.
* ``judge_pairwise``: optional pairwise LLM-judge win rate through any OpenAI-compatible endpoint,
  each pair asked in both orders (position bias cancels; a split verdict is a tie), answer lengths
  reported beside it because judges favour longer answers.
"""
from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from curate.models.render import end_of_turn_id, render, render_prompt
from curate.text import length_units

METRICS = ("loss", "rouge_l", "exact")
HIGHER_IS_BETTER = {"loss": False, "rouge_l": True, "exact": True}

_TRAIL = re.compile(r"[\s.。!！?？,，;；:：'\"“”‘’]+$")
_WS = re.compile(r"\s+")


def normalize_answer(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _TRAIL.sub("", _WS.sub(" ", text).strip())


def exact_match(prediction: str, reference: str) -> bool:
    return normalize_answer(prediction) == normalize_answer(reference)


@dataclass
class EvalReport:
    ids: list[str]
    loss: list[float]
    rouge_l: list[float]
    exact: list[float]          # 1.0 / 0.0, NaN where exact match does not apply
    predictions: list[str]
    gen_tokens: list[int]

    def metric(self, name: str) -> list[float]:
        return getattr(self, name)

    def means(self) -> dict[str, float]:
        out = {}
        for m in METRICS:
            vals = [v for v in self.metric(m) if not math.isnan(v)]
            out[m] = sum(vals) / len(vals) if vals else float("nan")
        out["exact_n"] = sum(1 for v in self.exact if not math.isnan(v))
        out["gen_tokens"] = sum(self.gen_tokens) / max(len(self.gen_tokens), 1)
        return out


def completion_losses(model: Any, tokenizer: Any, records: Sequence[dict], *, template: str = "auto",
                      batch_size: int = 16) -> list[float]:
    """Per record: mean loss over its response tokens."""
    import torch
    import torch.nn.functional as F

    device = next(model.parameters()).device
    out: list[float] = []
    rendered = [render(r, tokenizer, template) for r in records]
    with torch.no_grad():
        for start in range(0, len(rendered), batch_size):
            chunk = rendered[start:start + batch_size]
            width = max(len(r) for r in chunk)
            pad = tokenizer.pad_token_id
            ids = torch.tensor([r.input_ids + [pad] * (width - len(r)) for r in chunk], device=device)
            mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in chunk], device=device)
            labels = torch.tensor([r.labels + [-100] * (width - len(r)) for r in chunk], device=device)
            logits = model(input_ids=ids, attention_mask=mask, use_cache=False).logits[:, :-1].float()
            tgt = labels[:, 1:]
            nll = F.cross_entropy(logits.transpose(1, 2), tgt, ignore_index=-100, reduction="none")
            n = (tgt != -100).sum(1).clamp(min=1)
            out.extend((nll.sum(1) / n).tolist())
    return out


def generate(model: Any, tokenizer: Any, records: Sequence[dict], *, template: str = "auto",
             max_new_tokens: int = 64, batch_size: int = 16) -> tuple[list[str], list[int]]:
    """Greedy answers (left-padded batches, stopping at the end-of-turn token) and their lengths in
    tokens."""
    import torch

    device = next(model.parameters()).device
    eot = end_of_turn_id(tokenizer, template)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eot
    texts: list[str] = []
    lengths: list[int] = []
    prompts = [render_prompt(r, tokenizer, template) for r in records]
    from curate.progress import progress

    with torch.no_grad(), progress("evaluate", len(prompts), "prompt") as bar:
        for start in range(0, len(prompts), batch_size):
            chunk = prompts[start:start + batch_size]
            width = max(len(p) for p in chunk)
            ids = torch.tensor([[pad] * (width - len(p)) + p for p in chunk], device=device)
            mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in chunk], device=device)
            gen = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=max_new_tokens,
                                 do_sample=False, eos_token_id=eot, pad_token_id=pad)
            for row in gen[:, width:].tolist():
                if eot in row:
                    row = row[:row.index(eot)]
                lengths.append(len(row))
                texts.append(tokenizer.decode(row, skip_special_tokens=True).strip())
            bar.update(len(chunk))
    return texts, lengths


def evaluate(model: Any, tokenizer: Any, records: Sequence[dict], *, template: str = "auto",
             max_new_tokens: int = 64, batch_size: int = 16, exact_max_units: int = 8,
             generation: bool = True) -> EvalReport:
    from curate.rouge import rouge_l

    records = list(records)
    ids = [str(r.get("id") or f"heldout:{i + 1}") for i, r in enumerate(records)]
    losses = completion_losses(model, tokenizer, records, template=template, batch_size=batch_size)
    nan = float("nan")
    if generation:
        preds, lens = generate(model, tokenizer, records, template=template,
                               max_new_tokens=max_new_tokens, batch_size=batch_size)
    else:
        preds, lens = [""] * len(records), [0] * len(records)
    rouge, exact = [], []
    for r, p in zip(records, preds):
        ref = r.get("output") or ""
        rouge.append(float(rouge_l(p, ref)) if generation else nan)
        applies = generation and length_units(ref) <= exact_max_units
        exact.append(float(exact_match(p, ref)) if applies else nan)
    return EvalReport(ids, losses, rouge, exact, preds, lens)


# ------------------------------------------------------------------ LLM judge
JUDGE_PROMPT = (
    "You compare two answers to the same instruction. Judge correctness first, then helpfulness; "
    "ignore length and style. Reply with exactly one character: 1 if answer 1 is better, 2 if answer 2 "
    "is better, 0 if they are equally good.\n\n"
    "### Instruction\n{instruction}\n\n### Answer 1\n{first}\n\n### Answer 2\n{second}\n")


def judge_client(base_url: str | None = None, api_key_env: str = "CURATE_JUDGE_API_KEY") -> Any:
    """An ``openai`` client for the judge endpoint. The key comes only from the environment
    variable named by ``api_key_env`` (never an argument, never printed); a local server without
    auth gets a dummy key."""
    from openai import OpenAI

    base_url = base_url or os.environ.get("CURATE_JUDGE_BASE_URL")
    if not base_url:
        raise ValueError("no judge endpoint: pass base_url or set CURATE_JUDGE_BASE_URL")
    return OpenAI(base_url=base_url, api_key=os.environ.get(api_key_env) or "none", max_retries=2,
                  timeout=120)


def _verdict(client: Any, model: str, instruction: str, first: str, second: str) -> int:
    reply = client.chat.completions.create(
        model=model, temperature=0, max_tokens=4,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(
            instruction=instruction, first=first, second=second)}])
    text = (reply.choices[0].message.content or "").strip()
    return int(text[0]) if text[:1] in ("0", "1", "2") else 0


def judge_pairwise(records: Sequence[dict], answers_a: Sequence[str], answers_b: Sequence[str], *,
                   model: str | None = None, base_url: str | None = None,
                   api_key_env: str = "CURATE_JUDGE_API_KEY", client: Any = None) -> dict[str, Any]:
    """Win rate of A over B. Each pair is judged twice, A first and B first; A wins only when both
    orders prefer it, loses only when both prefer B, else it is a tie. Returns win/tie/loss rates,
    ``win_rate`` (wins + half the ties), the share of split verdicts (position bias), per-prompt
    outcomes (+1/0/-1) and the mean answer lengths in characters."""
    client = client or judge_client(base_url, api_key_env)
    model = model or os.environ.get("CURATE_JUDGE_MODEL") or "judge"
    outcomes: list[int] = []
    split = 0
    for rec, a, b in zip(records, answers_a, answers_b):
        from curate.models.render import user_text
        instruction = user_text(rec.get("instruction"), rec.get("input"))
        first = _verdict(client, model, instruction, a, b)      # A shown first
        second = _verdict(client, model, instruction, b, a)     # B shown first
        a_first, a_second = first == 1, second == 2
        b_first, b_second = first == 2, second == 1
        if a_first and a_second:
            outcomes.append(1)
        elif b_first and b_second:
            outcomes.append(-1)
        else:
            outcomes.append(0)
            split += int(first != 0 and second != 0)
    n = max(len(outcomes), 1)
    wins, losses = outcomes.count(1), outcomes.count(-1)
    ties = len(outcomes) - wins - losses
    return {"n": len(outcomes), "win": wins / n, "tie": ties / n, "loss": losses / n,
            "win_rate": (wins + ties / 2) / n, "split_verdicts": split / n, "outcomes": outcomes,
            "len_a": sum(len(a) for a in answers_a) / n, "len_b": sum(len(b) for b in answers_b) / n}
