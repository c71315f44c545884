"""LLM judge (AlpaGasus): a teacher model rates each record 0-5 against a rubric.

Any OpenAI-compatible endpoint (``teacher: openai``, ``model``, ``base_url``, key from the environment
variable ``api_key_env``, never printed) or an in-process model (``teacher: local``). Requests go
through the generation cache (curate/generate/cache.py): a rerun on the same records with the same
judge, rubric and parameters sends nothing. The prompt is English or Chinese by the record's
language (the ``lang`` column, else the script of its text); see curate/quality/judge.py.

Adds ``judge_score`` (Float64; null when the reply could not be parsed, with a
``quality.judge_unparsed`` flag). With ``rubric: safety`` the column is ``judge_safety`` and a
score below ``unsafe_below`` (2) is flagged ``quality.judge_unsafe``.

Personal data: a remote judge sees the record text. Shipped recipes that call a judge run the
``pii`` stage first; ``mask_pii: true`` (the default) also masks structured identifiers (emails,
phones, IDs, cards) with ``curate.pii.mask_light`` in what is sent, whatever ran before.
"""
from __future__ import annotations

import asyncio
import os
import threading
from typing import Any, ClassVar

import polars as pl

from curate import text as _text
from curate.quality.judge import RUBRICS, judge_prompt, parse_score
from curate.stage import Findings, RecordStage, StageResult, declare

UNPARSED = declare("quality.judge_unparsed", "flag", "warning",
                   "the judge's reply held no score that could be read; judge_score is null")
UNSAFE = declare("quality.judge_unsafe", "flag", "warning",
                 "the safety judge rated the record below the safe minimum")

DEFAULT_COLUMNS = {"quality": "judge_score", "safety": "judge_safety"}


def _run_coroutine(coro: Any) -> Any:
    """asyncio.run, also from inside a running event loop (Jupyter): then in a helper thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["v"] = asyncio.run(coro)
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            box["e"] = e

    th = threading.Thread(target=target)
    th.start()
    th.join()
    if "e" in box:
        raise box["e"]
    return box["v"]


class JudgeScore(RecordStage):
    """Parameters: ``model`` (judge model name; default $CURATE_JUDGE_MODEL), ``teacher``
    ("openai" | "local"), ``base_url`` (default $OPENAI_BASE_URL), ``api_key_env``
    ("OPENAI_API_KEY"), ``rubric`` (quality | safety), ``column``, ``temperature`` (0),
    ``max_tokens`` (256), ``concurrency`` (8), ``timeout`` (120 s), ``max_retries`` (6), ``cache``
    (true: the shared teacher cache; a path; false), ``mask_pii`` (true), ``unsafe_below`` (2),
    ``lang_column`` ("lang"). A ``client`` (curate.generate.CachedClient) may be passed from Python.
    """

    kind = "judge"
    codes = (UNPARSED, UNSAFE)
    adds_columns: ClassVar[dict[str, Any]] = {"judge_score": pl.Float64}

    def __init__(self, model: str | None = None, teacher: str = "openai", base_url: str | None = None,
                 api_key_env: str = "OPENAI_API_KEY", rubric: str = "quality",
                 column: str | None = None, temperature: float = 0.0, max_tokens: int = 256,
                 concurrency: int = 8, timeout: float = 120.0, max_retries: int = 6,
                 cache: Any = True, mask_pii: bool = True, unsafe_below: float = 2.0,
                 lang_column: str = "lang", client: Any = None, **kw: Any) -> None:
        super().__init__(**kw)
        if rubric not in RUBRICS:
            raise ValueError(f"judge: rubric must be one of {RUBRICS}")
        if teacher not in ("openai", "local"):
            raise ValueError("judge: teacher must be 'openai' or 'local'")
        self.model = model or os.environ.get("CURATE_JUDGE_MODEL") or ("smollm2" if teacher == "local" else "")
        if not self.model and client is None:
            raise ValueError("judge: no model given (model: NAME, or set CURATE_JUDGE_MODEL)")
        self.teacher_kind = teacher
        self.base_url = base_url
        self.api_key_env = api_key_env
        self.rubric = rubric
        self.column = column or DEFAULT_COLUMNS[rubric]
        self.adds_columns = {self.column: pl.Float64}  # type: ignore[misc]
        self.params = {"temperature": float(temperature), "max_tokens": int(max_tokens)}
        self.concurrency = int(concurrency)
        self.timeout = float(timeout)
        self.max_retries = int(max_retries)
        self.cache = cache
        self.mask_pii = bool(mask_pii)
        self.unsafe_below = float(unsafe_below)
        self.lang_column = lang_column
        self._client = client
        self.usage: dict[str, int] = {"requests": 0, "cached": 0}

    def client(self) -> Any:
        if self._client is None:
            from curate.generate.cache import NoCache, TeacherCache
            from curate.generate.registry import make_teacher
            from curate.resources import cache_dir

            if self.teacher_kind == "openai":
                t = make_teacher("openai", self.model, base_url=self.base_url, api_key_env=self.api_key_env,
                                 concurrency=self.concurrency, timeout=self.timeout,
                                 max_retries=self.max_retries)
            else:
                t = make_teacher("local", self.model)
            if self.cache is False:
                store: Any = NoCache()
            elif self.cache is True or self.cache is None:
                store = TeacherCache(cache_dir("teacher") / "teacher.sqlite")
            else:
                store = TeacherCache(self.cache)
            from curate.generate.teachers import CachedClient

            self._client = CachedClient(t, store)
        return self._client

    def _langs(self, batch: pl.DataFrame) -> list[str]:
        if self.lang_column in batch.columns:
            given = batch[self.lang_column].fill_null("und").to_list()
        else:
            given = ["und"] * batch.height
        out = []
        for lg, ins, out_ in zip(given, batch["instruction"].fill_null("").to_list(),
                                 batch["output"].fill_null("").to_list()):
            if lg == "und":
                lg = "zh" if _text.script_of(ins + "\n" + out_) == "zh" else "en"
            out.append("zh" if lg == "zh" else "en")
        return out

    def prompts(self, batch: pl.DataFrame) -> list[str]:
        mask = None
        if self.mask_pii:
            from curate.pii import mask_light as mask
        ins = batch["instruction"].fill_null("").to_list()
        inp = batch["input"].fill_null("").to_list() if "input" in batch.columns else [""] * batch.height
        out = batch["output"].fill_null("").to_list()
        res = []
        for a, b, c, lg in zip(ins, inp, out, self._langs(batch)):
            if mask is not None:
                a, b, c = mask(a), mask(b), mask(c)
            res.append(judge_prompt(a, b, c, lang=lg, rubric=self.rubric))
        return res

    def process(self, batch: pl.DataFrame) -> StageResult:
        from curate.generate.teachers import Request

        f = Findings()
        if batch.height == 0:
            return StageResult(batch.with_columns(pl.lit(None, pl.Float64).alias(self.column)), f.frame())
        client = self.client()
        sample = f"judge:{self.rubric}"
        reqs = [Request(p, dict(self.params), sample) for p in self.prompts(batch)]
        before = (client.usage.requests, client.usage.cached)
        comps = _run_coroutine(client.run(f"judge:{self.rubric}", reqs, progress=None))
        self.usage["requests"] += client.usage.requests - before[0]
        self.usage["cached"] += client.usage.cached - before[1]
        scores: list[float | None] = []
        for row, comp in zip(batch["_row"].to_list(), comps):
            s = parse_score(comp.text)
            scores.append(s)
            if s is None:
                # the reply is the judge's text about the record: not quoted (it may repeat it)
                self.emit(f, row, UNPARSED, field=self.column,
                          detail=f"no 0-5 score in the judge's reply ({len(comp.text)} chars, "
                                 f"finish {comp.finish_reason})")
            elif self.rubric == "safety" and s < self.unsafe_below:
                self.emit(f, row, UNSAFE, field=self.column,
                          detail=f"safety score {s:g} < {self.unsafe_below:g}")
        batch = batch.with_columns(pl.Series(self.column, scores, dtype=pl.Float64))
        return StageResult(batch, f.frame())
