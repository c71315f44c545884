"""Held-out evaluation of a (fine-tuned) causal LM, per prompt, so arms can be compared pairwise.

Loss is measured on every held-out prompt; generation (the expensive part) on a fixed subset
(``gen_idx``, chosen before any training). Per prompt:

* ``loss``: mean next-token loss on the reference response given the prompt (completion only, the
  end-of-turn token included), rendered exactly as in training (``curate.models.render``).
* On generated prompts, the answer is *sampled* (temperature 1 by default, seeded): a behaviour a
  model learned at rate 5% shows up in ~5% of sampled answers, while greedy decoding shows it almost
  never (it is rarely the single most likely answer), so greedy answers cannot measure what cleaning
  changes. ``temperature=0`` gives greedy answers.

  * ``defect``: the answer shows any defect behaviour (``train.behaviours``); ``refusal``, ``empty``,
    ``runon``, ``placeholder`` each on its own;
  * ``correct``: task correctness where the record's ``check`` makes it computable
    (``train.checks``: arithmetic, sorting, lists, JSON validity and key match, ...), NaN elsewhere;
    ``json_valid`` for JSON tasks;
  * ``rouge_l``: CJK-aware ROUGE-L F against the reference (``curate.rouge``), a secondary figure.

Values a prompt does not have (not generated, not checkable) are NaN and left out of every mean.
``judge_pairwise`` is an optional pairwise LLM judge through any OpenAI-compatible endpoint.
"""
from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from curate.models.render import end_of_turn_id, render, render_prompt

METRICS = ("loss", "defect", "refusal", "empty", "runon", "placeholder", "correct", "json_valid", "rouge_l")
HIGHER_IS_BETTER = {"loss": False, "defect": False, "refusal": False, "empty": False, "runon": False,
                    "placeholder": False, "correct": True, "json_valid": True, "rouge_l": True}
GENERATED = frozenset(METRICS) - {"loss"}

_TRAIL = re.compile(r"[\s.。!！?？,，;；:：'\"“”‘’]+$")
_WS = re.compile(r"\s+")
NAN = float("nan")


def normalize_answer(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _TRAIL.sub("", _WS.sub(" ", text).strip())


def exact_match(prediction: str, reference: str) -> bool:
    return normalize_answer(prediction) == normalize_answer(reference)


@dataclass
class EvalReport:
    ids: list[str]
    families: list[str]
    values: dict[str, list[float]]        # metric -> per prompt (NaN where it does not apply)
    predictions: list[str | None]         # None: not generated
    gen_tokens: list[int | None] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def metric(self, name: str) -> list[float]:
        return self.values[name]

    def means(self) -> dict[str, float]:
        out = {}
        for m in METRICS:
            vals = [v for v in self.values[m] if not math.isnan(v)]
            out[m] = sum(vals) / len(vals) if vals else NAN
        out["generated"] = sum(p is not None for p in self.predictions)
        out["checkable"] = sum(not math.isnan(v) for v in self.values["correct"])
        gen = [t for t in self.gen_tokens if t is not None]
        out["gen_tokens"] = sum(gen) / len(gen) if gen else NAN
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"ids": self.ids, "families": self.families, "values": self.values,
                "predictions": self.predictions, "gen_tokens": self.gen_tokens, "seconds": self.seconds}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EvalReport:
        values = {m: [NAN if v is None else float(v) for v in d["values"][m]] for m in METRICS}
        return cls(d["ids"], d["families"], values, d["predictions"], d.get("gen_tokens", []),
                   d.get("seconds", {}))


def _by_length(n: int, lengths: Sequence[int]) -> list[int]:
    # length bucketing: similar lengths share a batch, so little padding; ties keep input order
    return sorted(range(n), key=lambda i: (lengths[i], i))


def completion_losses(model: Any, tokenizer: Any, records: Sequence[dict], *, template: str = "auto",
                      batch_size: int = 16, autocast: str = "off", progress: bool | None = False) -> list[float]:
    """Per record: mean loss over its response tokens (logits only at response positions)."""
    import torch

    from curate.progress import progress as bar_for
    from train.trainer import autocast_context, response_nll

    device = str(next(model.parameters()).device)
    rendered = [render(r, tokenizer, template) for r in records]
    out: list[float] = [NAN] * len(rendered)
    order = _by_length(len(rendered), [len(r) for r in rendered])
    pad = tokenizer.pad_token_id
    was_training = model.training
    model.eval()  # no dropout in a measurement
    with torch.no_grad(), bar_for("eval loss", total=len(order), unit="prompt", enabled=progress) as bar:
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            chunk = [rendered[i] for i in idx]
            width = max(len(r) for r in chunk)
            batch = {
                "input_ids": torch.tensor([r.input_ids + [pad] * (width - len(r)) for r in chunk], device=device),
                "attention_mask": torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in chunk], device=device),
                "labels": torch.tensor([r.labels + [-100] * (width - len(r)) for r in chunk], device=device)}
            with autocast_context(autocast, device):
                nll, rows = response_nll(model, batch)
            nll = nll.float()
            sums = torch.zeros(len(chunk), device=nll.device).index_add_(0, rows, nll)
            counts = torch.zeros(len(chunk), device=nll.device).index_add_(0, rows, torch.ones_like(nll))
            for j, i in enumerate(idx):
                out[i] = float(sums[j] / counts[j].clamp(min=1))
            bar.update(len(idx))
    if was_training:
        model.train()
    return out


def _decode_batch(model: Any, prompts: list[list[int]], *, pad: int, eot: int, max_new_tokens: int,
                  temperature: float, generator: Any, autocast: str, device: str) -> list[list[int]]:
    """Answer token ids for one left-padded batch: a prefill, then one token per step for the rows still
    running. A row that produced the end-of-turn token leaves the batch and its KV cache, so the
    steps cost what the unfinished answers need (``generate`` would keep computing finished rows until
    the longest one stops). Sampling draws from ``generator`` (full distribution at ``temperature``;
    0: greedy), so answers do not depend on torch's global random state."""
    import inspect

    import torch
    from transformers import DynamicCache

    from train.trainer import autocast_context

    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    # transformers 5 renamed the argument (past_key_values -> cache); the cache is filled in place
    cache_arg = "cache" if "cache" in inspect.signature(base.forward).parameters else "past_key_values"
    past = DynamicCache(config=base.config)
    width = max(len(p) for p in prompts)
    ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts], device=device)
    mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts], device=device)
    pos = (mask.cumsum(-1) - 1).clamp(min=0)
    last = pos[:, -1].clone()
    active = torch.arange(len(prompts), device=device)
    answers: list[list[int]] = [[] for _ in prompts]
    step_ids, step_pos = ids, pos
    for _ in range(max_new_tokens):
        with autocast_context(autocast, device):
            out = model(input_ids=step_ids, attention_mask=mask, position_ids=step_pos, use_cache=True,
                        logits_to_keep=1, **{cache_arg: past})
        logits = out.logits[:, -1].float()
        if temperature > 0:
            nxt = torch.multinomial(torch.softmax(logits / temperature, dim=-1), 1, generator=generator).squeeze(1)
        else:
            nxt = logits.argmax(dim=-1)
        done = nxt == eot
        for row, tok in zip(active.tolist(), nxt.tolist()):
            if tok != eot:
                answers[row].append(tok)
        if bool(done.all()):
            break
        if bool(done.any()):
            keep = (~done).nonzero().squeeze(1)
            past.batch_select_indices(keep)
            active, mask, nxt, last = active[keep], mask[keep], nxt[keep], last[keep]
        last = last + 1
        mask = torch.cat([mask, torch.ones((len(active), 1), dtype=mask.dtype, device=device)], dim=1)
        step_ids, step_pos = nxt[:, None], last[:, None]
    return answers


def generate(model: Any, tokenizer: Any, records: Sequence[dict], *, template: str = "auto",
             max_new_tokens: int = 64, batch_size: int = 64, temperature: float = 0.0, seed: int = 0,
             autocast: str = "off", progress: bool | None = False) -> tuple[list[str], list[int]]:
    """Answers (left-padded batches in prompt-length order, each stopping at the end-of-turn token) and
    their lengths in tokens. ``temperature`` 0: greedy; > 0: sampled from the full distribution (no
    top-k/top-p) with a generator seeded by ``seed``, so the same model gives the same answers."""
    import torch

    from curate.progress import progress as bar_for

    device = str(next(model.parameters()).device)
    eot = end_of_turn_id(tokenizer, template)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eot
    prompts = [render_prompt(r, tokenizer, template) for r in records]
    texts: list[str] = [""] * len(prompts)
    lengths: list[int] = [0] * len(prompts)
    order = _by_length(len(prompts), [len(p) for p in prompts])
    gen = torch.Generator(device=device).manual_seed(int(seed))
    was_training = model.training
    model.eval()
    with torch.no_grad(), bar_for("generate", total=len(order), unit="prompt", enabled=progress) as bar:
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            rows = _decode_batch(model, [prompts[i] for i in idx], pad=pad, eot=eot,
                                 max_new_tokens=max_new_tokens, temperature=temperature, generator=gen,
                                 autocast=autocast, device=device)
            for j, row in zip(idx, rows):
                lengths[j] = len(row)
                texts[j] = tokenizer.decode(row, skip_special_tokens=True).strip()
            bar.update(len(idx))
    if was_training:
        model.train()
    return texts, lengths


def score_answer(answer: str, record: dict) -> dict[str, float]:
    """Every generated-answer metric for one answer (behaviours, correctness, ROUGE-L)."""
    from curate.rouge import rouge_l
    from train.behaviours import detect
    from train.checks import check

    b = detect(answer)
    c = check(answer, record.get("check"))
    out = {k: float(b[k]) for k in ("defect", "refusal", "empty", "runon", "placeholder")}
    out["correct"] = c["correct"]
    out["json_valid"] = c.get("json_valid", NAN)
    out["rouge_l"] = float(rouge_l(answer, record.get("output") or ""))
    return out


def evaluate(model: Any, tokenizer: Any, records: Sequence[dict], *, template: str = "auto",
             gen_idx: Sequence[int] | None = None, max_new_tokens: int = 48, batch_size: int = 16,
             gen_batch_size: int = 64, temperature: float = 1.0, seed: int = 0, autocast: str = "off",
             family_field: str = "task", progress: bool | None = False) -> EvalReport:
    """Loss on every record, generation on ``gen_idx`` (default: all), per-prompt metrics."""
    import time

    model.eval()

    records = list(records)
    ids = [str(r.get("id") or f"heldout:{i + 1}") for i, r in enumerate(records)]
    fams = [str(r.get(family_field) or ids[i]) for i, r in enumerate(records)]
    t0 = time.perf_counter()
    losses = completion_losses(model, tokenizer, records, template=template, batch_size=batch_size,
                               autocast=autocast, progress=progress)
    t1 = time.perf_counter()
    gen_idx = list(range(len(records))) if gen_idx is None else list(gen_idx)
    answers, lens = generate(model, tokenizer, [records[i] for i in gen_idx], template=template,
                             max_new_tokens=max_new_tokens, batch_size=gen_batch_size, temperature=temperature,
                             seed=seed, autocast=autocast, progress=progress) if gen_idx else ([], [])
    t2 = time.perf_counter()
    values = {m: [NAN] * len(records) for m in METRICS}
    values["loss"] = losses
    preds: list[str | None] = [None] * len(records)
    gen_tokens: list[int | None] = [None] * len(records)
    for i, a, n in zip(gen_idx, answers, lens):
        preds[i], gen_tokens[i] = a, n
        for m, v in score_answer(a, records[i]).items():
            values[m][i] = v
    return EvalReport(ids, fams, values, preds, gen_tokens,
                      {"loss": round(t1 - t0, 2), "generate": round(t2 - t1, 2)})


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
