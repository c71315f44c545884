"""Teachers: the models that write generated data.

* :class:`OpenAITeacher` talks to any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM,
  llama.cpp server, TGI, ...) through the ``openai`` async client, with a concurrency limit, timeouts
  and retries with exponential backoff on 429, 5xx, timeouts and dropped connections.
* :class:`LocalTeacher` runs a causal LM in-process through :func:`curate.models.load_causal_lm`:
  the packaged SmolLM2-135M-Instruct by default (weak, but offline and free), or any local HF model.

Both answer ``complete_many(requests, on_done)``; :class:`CachedClient` puts the persistent cache in
front of either, so a call that completed once is never sent again.
"""
from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from curate.generate.cache import Completion, NoCache, TeacherCache, request_key
from curate.secrets import scrub_url

# Decoding parameters a teacher understands; they are part of the cache key.
PARAMS = ("temperature", "top_p", "max_tokens", "presence_penalty", "frequency_penalty", "stop")


class TeacherError(RuntimeError):
    """A teacher call failed for good (after retries, or an error retrying cannot fix). The message
    names the endpoint, status and the environment variable of the key, never the key or a prompt."""


@dataclass(frozen=True)
class Request:
    prompt: str
    params: dict[str, Any]
    sample: str  # distinguishes repeated draws of the same prompt (round, slot, ...)
    system: str | None = None
    # raw: send ``prompt`` as it is to a text-completion endpoint (/v1/completions; a local model
    # without its chat template), as Magpie does with a chat template's pre-query prefix.
    raw: bool = False

    def key(self, teacher: str, model: str) -> str:
        # A raw request is keyed apart from a chat request with the same text; chat keys are
        # unchanged from before raw requests existed, so existing caches stay valid.
        params = {**self.params, "raw": True} if self.raw else self.params
        return request_key(teacher, model, self.prompt, params, self.sample, self.system)

    def seed(self, teacher: str, model: str) -> int:
        return int(self.key(teacher, model)[:8], 16) & 0x7FFFFFFF


OnDone = Callable[[int, Completion], None]


def _truncate_at_stop(text: str, stop: Sequence[str] | str | None) -> tuple[str, bool]:
    if not stop:
        return text, False
    stops = [stop] if isinstance(stop, str) else list(stop)
    cut = min((i for i in (text.find(s) for s in stops if s) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


# ----------------------------------------------------------------------------- OpenAI-compatible
def _is_loopback(url: str | None) -> bool:
    if not url:
        return False
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class OpenAITeacher:
    """Any OpenAI-compatible ``/chat/completions`` endpoint (and ``/completions`` for raw requests).

    The API key is read from the environment variable named by ``api_key_env`` (default
    ``OPENAI_API_KEY``) and never printed; a loopback ``base_url`` (a local vLLM or llama.cpp server)
    may run without one. ``concurrency`` limits requests in flight; a failed request is retried up to
    ``max_retries`` times after ``backoff · 2^attempt`` seconds (± 25% jitter, capped at
    ``max_backoff``, or the server's Retry-After when it says so) on 408/409/429/5xx, timeouts and
    connection errors. Other errors (400, 401, 404, ...) stop the run at once.
    """

    kind = "openai"
    # help for the constructor's parameters; `curate generate` derives one option from each
    PARAM_HELP = {
        "model": "Model name (openai) or local model path / 'smollm2' (local).",
        "base_url": "Endpoint, e.g. http://127.0.0.1:8000/v1 (default: $OPENAI_BASE_URL or OpenAI).",
        "api_key_env": "Name of the environment variable holding the API key (the key is never printed).",
        "concurrency": "Requests in flight (openai; default 8).",
        "timeout": "Seconds per request (openai; default 120).",
        "max_retries": "Retries on 429/5xx/timeouts, with exponential backoff (openai; default 6).",
        "backoff": "First backoff delay in seconds (openai; default 1).",
        "max_backoff": "Longest backoff delay in seconds (openai; default 60).",
        "send_seed": "Send the request's seed to the endpoint (openai).",
    }

    def __init__(self, model: str, *, base_url: str | None = None,
                 api_key_env: str = "OPENAI_API_KEY", concurrency: int = 8, timeout: float = 120.0,
                 max_retries: int = 6, backoff: float = 1.0, max_backoff: float = 60.0,
                 send_seed: bool = True, extra_body: dict[str, Any] | None = None) -> None:
        if not model:
            raise ValueError("the openai teacher needs a model name (--model)")
        self.model = model
        self.base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        self.api_key_env = api_key_env
        self.concurrency = max(1, int(concurrency))
        self.timeout = float(timeout)
        self.max_retries = max(0, int(max_retries))
        self.backoff = float(backoff)
        self.max_backoff = float(max_backoff)
        self.send_seed = send_seed
        self.extra_body = extra_body or None
        self.retries = 0  # retried attempts, for the summary
        self._key = self._api_key()

    def _api_key(self) -> str:
        key = os.environ.get(self.api_key_env, "") if self.api_key_env else ""
        if key:
            return key
        if _is_loopback(self.base_url):
            return "not-needed"  # local servers ignore the key; the client insists on one
        raise TeacherError(f"the API key is read from the environment variable "
                           f"{self.api_key_env or 'OPENAI_API_KEY'}, which is not set")

    def describe(self) -> dict[str, Any]:
        return {"teacher": self.kind, "model": self.model, "base_url": scrub_url(self.base_url),
                "api_key_env": self.api_key_env, "concurrency": self.concurrency,
                "timeout": self.timeout, "max_retries": self.max_retries}

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), self.max_backoff)
            except ValueError:
                pass
        base = min(self.backoff * (2 ** attempt), self.max_backoff)
        return base * random.uniform(0.75, 1.25)

    async def complete_many(self, requests: Sequence[Request], on_done: OnDone) -> None:
        import openai

        client = openai.AsyncOpenAI(api_key=self._key, base_url=self.base_url, max_retries=0,
                                    timeout=self.timeout)
        sem = asyncio.Semaphore(self.concurrency)

        async def one(i: int, req: Request) -> None:
            async with sem:
                comp = await self._call(client, req)
            on_done(i, comp)  # store at once: a kill after this line loses nothing

        try:
            await asyncio.gather(*(one(i, r) for i, r in enumerate(requests)))
        finally:
            await client.close()

    async def _call(self, client: Any, req: Request) -> Completion:
        import openai

        messages = ([{"role": "system", "content": req.system}] if req.system else []) + \
            [{"role": "user", "content": req.prompt}]
        kw: dict[str, Any] = {k: v for k, v in req.params.items() if k in PARAMS and v is not None}
        if self.send_seed:
            kw["seed"] = req.seed(self.kind, self.model)
        if self.extra_body:
            kw["extra_body"] = self.extra_body
        where = scrub_url(self.base_url) or "api.openai.com"
        attempt = 0
        while True:
            retry_after = None
            try:
                if req.raw:  # the prompt already holds the chat template's text
                    resp = await client.completions.create(model=self.model, prompt=req.prompt, **kw)
                    choice = resp.choices[0]
                    content = choice.text or ""
                else:
                    resp = await client.chat.completions.create(model=self.model, messages=messages,
                                                                **kw)
                    choice = resp.choices[0]
                    content = choice.message.content or ""
                usage = getattr(resp, "usage", None)
                text, stopped = _truncate_at_stop(content, req.params.get("stop"))
                return Completion(text, "stop" if stopped else choice.finish_reason,
                                  getattr(usage, "prompt_tokens", 0) or 0,
                                  getattr(usage, "completion_tokens", 0) or 0)
            except openai.APIStatusError as e:
                status = e.status_code
                if status == 401 or status == 403:
                    raise TeacherError(f"{where}: authentication failed (HTTP {status}); check the key "
                                       f"in ${self.api_key_env}") from None
                if not (status in (408, 409, 429) or status >= 500):
                    raise TeacherError(f"{where}: request rejected with HTTP {status} for model "
                                       f"{self.model!r}") from None
                retry_after = e.response.headers.get("retry-after") if e.response is not None else None
                why = f"HTTP {status}"
            except (openai.APITimeoutError, openai.APIConnectionError) as e:
                why = type(e).__name__
            if attempt >= self.max_retries:
                raise TeacherError(f"{where}: gave up after {attempt + 1} attempts ({why})")
            self.retries += 1
            await asyncio.sleep(self._delay(attempt, retry_after))
            attempt += 1


# ----------------------------------------------------------------------------- local model
class LocalTeacher:
    """A causal LM run in this process (the packaged SmolLM2-135M-Instruct by default).

    Prompts go through the tokenizer's chat template as one user turn. Requests are generated in
    left-padded batches of ``batch_size``; sampling is seeded from the batch's request keys, so a
    batch gives the same text every time. ``presence_penalty`` has no exact HF equivalent; a
    ``repetition_penalty`` (default 1.1) plays that part. ``finish_reason`` is "length" when a row used
    all ``max_tokens`` without emitting the end-of-turn token, which the truncation filter relies on.
    """

    kind = "local"
    PARAM_HELP = {
        "model": OpenAITeacher.PARAM_HELP["model"],
        "batch_size": "Prompts per generate() call (local; default 8).",
        "repetition_penalty": "Repetition penalty (local; default 1.1).",
        "threads": "torch threads while generating (local; default: free cores).",
        "device": "torch device (local; default cpu).",
    }

    def __init__(self, model: str = "smollm2", *, batch_size: int = 8, dtype: Any = None,
                 repetition_penalty: float = 1.1, threads: int | None = None,
                 device: str = "cpu") -> None:
        # threads: torch intra-op threads while generating (default: free cores, see _threads)
        self.device = device
        self.model = model
        self.batch_size = max(1, int(batch_size))
        self.dtype = dtype
        self.repetition_penalty = repetition_penalty
        self.threads = threads
        self.retries = 0
        self._lm: tuple[Any, Any] | None = None

    def describe(self) -> dict[str, Any]:
        return {"teacher": self.kind, "model": self.model, "batch_size": self.batch_size,
                "device": self.device,
                "repetition_penalty": self.repetition_penalty}

    def pre_query_prefix(self, system: str | None) -> tuple[str, list[str]]:
        """Magpie: the text the model's chat template puts before a user message's content (with
        ``system`` as the system turn, or the template's own default), and the strings that end a
        user turn there. Found by rendering a conversation with a marker as the user message and
        cutting at the marker, so it works for any local model with a chat template."""
        _, tok = self._load()
        marker = "\u2063MAGPIE\u2063"
        msgs = ([{"role": "system", "content": system}] if system else []) + \
            [{"role": "user", "content": marker}]
        text = tok.apply_chat_template(msgs, add_generation_prompt=False, tokenize=False)
        prefix, _, after = text.partition(marker)
        end = after.split("\n", 1)[0].strip() if after.strip() else ""
        stops = [x for x in (end, tok.eos_token) if x]
        return prefix, list(dict.fromkeys(stops))

    def _load(self) -> tuple[Any, Any]:
        if self._lm is None:
            from curate.models.lm import load_causal_lm

            self._lm = load_causal_lm(self.model, self.dtype, device=self.device)
        return self._lm

    async def complete_many(self, requests: Sequence[Request], on_done: OnDone) -> None:
        # generate() takes one set of decoding parameters per call: batch requests that share them.
        groups: dict[str, list[int]] = {}
        for i, r in enumerate(requests):
            groups.setdefault(repr((r.raw, sorted(r.params.items()))), []).append(i)
        for idxs in groups.values():
            for s in range(0, len(idxs), self.batch_size):
                chunk = idxs[s:s + self.batch_size]
                comps = await asyncio.to_thread(self._generate, [requests[i] for i in chunk])
                for i, c in zip(chunk, comps):
                    on_done(i, c)  # cached per batch: a kill loses at most the batch in progress

    def _generate(self, reqs: Sequence[Request]) -> list[Completion]:
        import torch

        before = torch.get_num_threads()
        torch.set_num_threads(self._threads(before))
        try:
            return self._generate_inner(reqs)
        finally:
            torch.set_num_threads(before)

    def _threads(self, default: int) -> int:
        """Intra-op threads for generate. On a busy machine more threads than idle cores is
        ruinous: measured on 2 shared cores at load 9, 40 greedy tokens took 83 s with 2 threads and
        6 s with 1. Unless told (``threads=``), use the cores the load average leaves free (>= 1)."""
        if self.threads:
            return int(self.threads)
        try:
            free = (os.cpu_count() or 1) - int(os.getloadavg()[0] + 0.5)
        except OSError:  # pragma: no cover - no load average on this platform
            return default
        return max(1, min(default, free))

    def _generate_inner(self, reqs: Sequence[Request]) -> list[Completion]:
        import torch

        model, tok = self._load()
        p = reqs[0].params
        texts = []
        for r in reqs:
            if r.raw:  # already the model's own template text (Magpie's pre-query prefix)
                texts.append(r.prompt)
                continue
            msgs = ([{"role": "system", "content": r.system}] if r.system else []) + \
                [{"role": "user", "content": r.prompt}]
            texts.append(tok.apply_chat_template(msgs, add_generation_prompt=True, tokenize=False))
        tok.padding_side = "left"
        enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.device)
        temperature = float(p.get("temperature") or 0.0)
        gen_kw: dict[str, Any] = {"max_new_tokens": int(p.get("max_tokens") or 256),
                                  "pad_token_id": tok.pad_token_id,
                                  "repetition_penalty": self.repetition_penalty}
        if temperature > 0:
            gen_kw.update(do_sample=True, temperature=temperature, top_p=float(p.get("top_p") or 1.0))
        else:
            gen_kw.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        seed = int(hashlib.sha256("|".join(r.key(self.kind, self.model) for r in reqs)
                                  .encode()).hexdigest()[:8], 16)
        torch.manual_seed(seed)
        with torch.no_grad():
            out = model.generate(**enc, **gen_kw)
        new = out[:, enc["input_ids"].shape[1]:]
        eos = set(_as_list(model.generation_config.eos_token_id) + _as_list(tok.eos_token_id))
        comps = []
        for row, r, mask in zip(new, reqs, enc["attention_mask"]):
            ids = row.tolist()
            stop_at = next((j for j, t in enumerate(ids) if t in eos), None)
            finish = "stop" if stop_at is not None else "length"
            used = ids[:stop_at] if stop_at is not None else [t for t in ids if t != tok.pad_token_id]
            text = tok.decode(used, skip_special_tokens=True)
            text, stopped = _truncate_at_stop(text, r.params.get("stop"))
            comps.append(Completion(text, "stop" if stopped else finish, int(mask.sum()), len(used)))
        return comps


def _as_list(x: Any) -> list[int]:
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [int(x)]


# ----------------------------------------------------------------------------- cache in front
@dataclass
class Usage:
    requests: int = 0      # calls answered by the teacher in this run
    cached: int = 0        # calls answered by the cache
    tokens_in: int = 0     # tokens of calls sent in this run
    tokens_out: int = 0
    cached_tokens_in: int = 0
    cached_tokens_out: int = 0
    seconds: float = 0.0
    by_step: dict[str, dict[str, int]] = field(default_factory=dict)

    def cost(self, price_in: float | None, price_out: float | None) -> dict[str, Any]:
        """Estimated cost in the user's currency from prices per 1M tokens (None when not given)."""
        if price_in is None and price_out is None:
            return {"price_in_per_1m": None, "price_out_per_1m": None, "estimated": None,
                    "saved_by_cache": None}
        pi, po = price_in or 0.0, price_out or 0.0
        return {"price_in_per_1m": price_in, "price_out_per_1m": price_out,
                "estimated": round((self.tokens_in * pi + self.tokens_out * po) / 1e6, 6),
                "saved_by_cache": round((self.cached_tokens_in * pi + self.cached_tokens_out * po)
                                        / 1e6, 6)}


class CachedClient:
    """A teacher behind the persistent cache: ``await client.run(step, requests)`` returns one
    Completion per request, in order; answers already cached are not sent, and each fresh answer is
    stored the moment it arrives."""

    def __init__(self, teacher: Any, cache: TeacherCache | NoCache) -> None:
        self.teacher = teacher
        self.cache = cache
        self.usage = Usage()

    async def run(self, step: str, requests: Sequence[Request]) -> list[Completion]:
        t = self.teacher
        out: list[Completion | None] = [None] * len(requests)
        keys = [r.key(t.kind, t.model) for r in requests]
        todo: list[int] = []
        st = self.usage.by_step.setdefault(step, {"requests": 0, "cached": 0})
        for i, k in enumerate(keys):
            hit = self.cache.get(k)
            if hit is None:
                todo.append(i)
            else:
                out[i] = hit
                self.usage.cached += 1
                self.usage.cached_tokens_in += hit.tokens_in
                self.usage.cached_tokens_out += hit.tokens_out
                st["cached"] += 1
        if todo:
            sub = [requests[i] for i in todo]

            def done(j: int, comp: Completion) -> None:
                i = todo[j]
                r = requests[i]
                # the cache returns the answer stored first: a concurrent run sharing the cache
                # may have asked the same question; both go on with one answer
                comp = self.cache.put(keys[i], teacher=t.kind, model=t.model, sample=r.sample,
                                      params=r.params, system=r.system, prompt=r.prompt, completion=comp)
                out[i] = comp
                self.usage.requests += 1
                self.usage.tokens_in += comp.tokens_in
                self.usage.tokens_out += comp.tokens_out
                st["requests"] += 1

            t0 = time.perf_counter()
            await t.complete_many(sub, done)
            self.usage.seconds += time.perf_counter() - t0
        return [c for c in out if c is not None] if all(c is not None for c in out) else _missing()


def _missing() -> list[Completion]:  # pragma: no cover - complete_many answers every request
    raise TeacherError("the teacher returned fewer answers than requests")
