"""The Self-Instruct generation loop (and Alpaca's one-step batch mode).

One round:
  1. build ``prompts_per_round`` prompts, each a numbered list of ``prompt_seeds`` seed instructions and
     ``prompt_machine`` accepted machine instructions (Self-Instruct: 6 + 2), sampled with a
     ``random.Random`` seeded from (run seed, round) out of the pool as it stood when the round began;
  2. ask the teacher to continue each list; parse the new items; run the instruction filters and the
     ROUGE-L novelty test against the pool (seeds + accepted) and the round's earlier survivors;
  3. ask whether each survivor is a classification task (few-shot yes/no);
  4. ask for up to ``instances`` examples: input-first, or output-first (label, then input) for
     classification; run the instance filters;
  5. a task with at least one surviving instance is accepted: its instruction joins the pool, its
     instances become records.
Rounds repeat until ``n`` instructions are accepted (or ``max_rounds``). Alpaca mode replaces 2–4 by
one request per prompt that returns ``alpaca_batch`` instruction/input/output triples.

Resume: prompts depend only on (seed, round, pool at the round's start) and every answer is cached the
moment it arrives, with rounds processed in prompt order after all their answers are in. A rerun
therefore replays the same prompts, finds the answers in the cache, takes the same decisions and goes
on from where the killed run stopped; concurrency changes the order calls finish, never what is
asked. Accepted records are also appended to ``OUT.progress.jsonl`` at the end of each round.
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from curate.generate import filters as F
from curate.generate import prompts as P
from curate.generate.cache import NoCache, TeacherCache
from curate.generate.registry import METHODS, TEACHERS, make_teacher, teacher_keys
from curate.generate.teachers import CachedClient, Request
from curate.rouge import NoveltyIndex
from curate.text import script_of

STAGE = "generate"
MODES = tuple(METHODS)

# Decoding defaults by mode and step (Self-Instruct: T 0.7, top_p 0.5, presence 2, 1024 tokens for
# instructions; greedy for the classification question and the instances. Alpaca: T 1.0, top_p 1.0,
# 3072 tokens for a batch of 20).
_DEFAULTS = {
    "self-instruct": {"temperature": 0.7, "top_p": 0.5, "max_tokens": 1024, "presence_penalty": 2.0},
    "alpaca": {"temperature": 1.0, "top_p": 1.0, "max_tokens": 3072, "presence_penalty": 0.0},
}


def _opt(default: Any, help: str) -> Any:
    """A GenerateConfig field with its help text (the CLI derives ``--name`` options from these)."""
    if isinstance(default, (dict, list)):
        return field(default_factory=lambda: type(default)(default), metadata={"help": help})
    return field(default=default, metadata={"help": help})


@dataclass
class GenerateConfig:
    """Every knob of a generation run (recorded in the summary). Each field is also a ``curate
    generate`` option (``--prompt-seeds``) and a key of a spec's ``options:``."""

    mode: str = _opt("self-instruct", "Generation method (self-instruct, alpaca).")
    prompt_seeds: int = _opt(6, "Seed instructions per prompt.")
    prompt_machine: int = _opt(2, "Machine instructions per prompt.")
    prompts_per_round: int = _opt(5, "Prompts per round.")
    instances: int = _opt(5, "At most this many instances per instruction.")
    alpaca_batch: int = _opt(20, "Triples asked per request in alpaca mode.")
    alpaca_examples: int = _opt(3, "Seed triples shown per request in alpaca mode.")
    novelty: float = _opt(0.7, "Reject an instruction whose ROUGE-L F against the pool is >= this.")
    min_units: int = _opt(4, "Minimum instruction length (words; CJK characters). Self-Instruct drops <= 3 words.")
    max_units: int = _opt(150, "Maximum instruction length (Self-Instruct: 150 words).")
    lang: str = _opt("auto", "Prompt language: auto (from the seeds), en, zh.")
    identify_classification: bool = _opt(True, "Ask whether each instruction is a classification task.")
    temperature: float | None = _opt(None, "Default 0.7 (self-instruct) / 1.0 (alpaca).")
    top_p: float | None = _opt(None, "Default 0.5 / 1.0.")
    max_tokens: int | None = _opt(None, "Default 1024 / 3072.")
    presence_penalty: float | None = _opt(None, "Default 2.0 / 0.0.")
    instance_temperature: float = _opt(0.0, "Temperature for instances (greedy by default).")
    instance_max_tokens: int | None = _opt(None, "Default: max_tokens, at most 1024.")
    classification_max_tokens: int = _opt(8, "Tokens for the classification answer.")
    max_rounds: int | None = _opt(None, "Stop after this many rounds (default 10 + 4·n / prompts_per_round).")
    blacklist: tuple[str, ...] = _opt(("generation",), "Rule packs whose rules reject instructions.")
    actions: dict[str, str] = _opt({}, "Per-code filter actions (drop | off).")
    id_prefix: str = _opt("gen", "Prefix of generated record ids.")

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {self.mode!r}")
        d = _DEFAULTS[self.mode]
        for k, v in d.items():
            if getattr(self, k) is None:
                setattr(self, k, v)
        if self.instance_max_tokens is None:
            self.instance_max_tokens = min(int(self.max_tokens), 1024)
        if not 0 < self.novelty <= 1:
            raise ValueError("novelty must be in (0, 1]")
        if self.lang not in ("auto", *P.LANGS):
            raise ValueError(f"lang must be one of auto, {', '.join(P.LANGS)}; not {self.lang!r}")
        if self.prompt_seeds < 1 or self.prompts_per_round < 1 or self.instances < 1:
            raise ValueError("prompt_seeds, prompts_per_round and instances must be >= 1")
        known = {c.code for c in F.ALL_CODES}
        for code, act in self.actions.items():
            if code not in known:
                raise ValueError(f"actions names {code!r}, which generate does not emit")
            if act not in ("drop", "off"):
                raise ValueError(f"action for {code!r} must be 'drop' or 'off'")
        self.blacklist = tuple(self.blacklist)

    def gen_params(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "top_p": self.top_p,
                "max_tokens": int(self.max_tokens), "presence_penalty": self.presence_penalty}


@dataclass
class SeedPool:
    """Seed tasks as the generator uses them."""

    ids: list[str]
    examples: list[P.Example]
    lang: str

    @classmethod
    def load(cls, seeds: Any) -> SeedPool:
        tasks = _seed_tasks(seeds)
        if not tasks:
            raise ValueError("no seed tasks")
        ids, ex, langs = [], [], []
        for i, t in enumerate(tasks):
            def g(k: str, d: Any = None, t: Any = t) -> Any:
                return t.get(k, d) if isinstance(t, dict) else getattr(t, k, d)
            inst = tuple((_inst(x, "input"), _inst(x, "output")) for x in (g("instances") or ()))
            ids.append(str(g("id") or f"seed-{i + 1}"))
            ex.append(P.Example(str(g("instruction") or "").strip(), inst,
                                bool(g("is_classification", False))))
            langs.append(g("lang") or ("zh" if script_of(ex[-1].instruction) == "zh" else "en"))
        lang = Counter(langs).most_common(1)[0][0]
        return cls(ids, ex, lang)


def _inst(x: Any, k: str) -> str:
    return str((x.get(k) if isinstance(x, dict) else getattr(x, k, "")) or "")


def _seed_tasks(seeds: Any) -> list[Any]:
    if isinstance(seeds, (str, os.PathLike)):
        from curate.generate.seeds import load_seeds

        return list(load_seeds(seeds))
    return list(seeds)


@dataclass
class Candidate:
    id: str
    round: int
    request: str
    instruction: str
    truncated: bool = False
    is_classification: bool = False
    instances: list[tuple[str, str]] = field(default_factory=list)
    instances_truncated: bool = False


@dataclass
class GenerateResult:
    records: list[dict[str, Any]]
    rejects: list[dict[str, Any]]
    summary: dict[str, Any]
    output: Path | None = None


def _sidecar(out: Path, suffix: str) -> Path:
    name = out.name
    for ext in (".gz", ".zst", ".jsonl", ".json"):
        name = name.removesuffix(ext)
    return out.with_name(name + suffix)


class SelfInstruct:
    """One generation run. ``await run()`` or use :func:`generate`."""

    def __init__(self, seeds: Any, client: CachedClient, n: int, *, seed: int = 0,
                 config: GenerateConfig | None = None, progress_path: Path | None = None) -> None:
        if n < 1:
            raise ValueError("n must be >= 1")
        self.pool = SeedPool.load(seeds)
        self.client = client
        self.n = int(n)
        self.seed = int(seed)
        self.cfg = config or GenerateConfig()
        self.lang = self.pool.lang if self.cfg.lang == "auto" else self.cfg.lang
        self.progress_path = progress_path
        self.on_accept: Any = None  # called with 1 per accepted instruction (a progress bar)
        self.instr_counts = F.Counters()
        self.inst_counts = F.Counters()
        bl = F.Blacklist(self.cfg.blacklist) if self.cfg.blacklist and \
            self.cfg.actions.get("gen.blacklist") != "off" else None
        self.ifilter = F.InstructionFilter(min_units=self.cfg.min_units, max_units=self.cfg.max_units,
                                           blacklist=bl, actions=self.cfg.actions,
                                           counters=self.instr_counts)
        self.xfilter = F.InstanceFilter(actions=self.cfg.actions, counters=self.inst_counts)
        self.index = NoveltyIndex([e.instruction for e in self.pool.examples])
        self.index_ids: list[str] = list(self.pool.ids)
        self.machine: list[str] = []
        self.records: list[dict[str, Any]] = []
        self.rejects: list[dict[str, Any]] = []
        self.tasks_accepted = 0
        self.rounds = 0
        self.backlog: list[Candidate] = []
        self.candidates = Counter()  # instructions / instances seen
        self.unparsed_classification = 0
        self.cls_shots = P.classification_shots(self.pool.examples)

    # ---------------------------------------------------------------- bookkeeping
    @property
    def teacher(self) -> Any:
        return self.client.teacher

    def _reject(self, cand: Candidate, v: F.Verdict, inst: tuple[str, str] | None = None,
                suffix: str = "", raw: str | None = None) -> None:
        rec = None
        if raw is None:
            rec = {"instruction": cand.instruction, "input": inst[0] if inst else "",
                   "output": inst[1] if inst else ""}
        self.rejects.append({
            "id": cand.id + suffix, "stage": STAGE, "code": v.code.code, "reason": v.reason,
            "twin_id": v.twin_id, "similarity": v.similarity,
            "source": {"teacher": self.teacher.kind, "model": self.teacher.model,
                       "round": cand.round, "request": cand.request},
            "record": rec, "raw": raw, "issues": []})

    def _accept(self, cand: Candidate, kept: list[tuple[str, str]]) -> None:
        self.tasks_accepted += 1
        if self.on_accept is not None:
            self.on_accept(1)
        task_id = f"{self.cfg.id_prefix}-{self.tasks_accepted:06d}"
        self.index.add(cand.instruction)
        self.index_ids.append(task_id)
        self.machine.append(cand.instruction)
        for j, (inp, out) in enumerate(kept, 1):
            self.records.append({
                "id": f"{task_id}-{j}", "instruction": cand.instruction, "input": inp,
                "output": out, "teacher": self.teacher.kind, "model": self.teacher.model,
                "round": cand.round, "task_id": task_id,
                "is_classification": cand.is_classification, "mode": self.cfg.mode,
                "candidate": cand.id})

    def _journal(self, new: Sequence[dict[str, Any]]) -> None:
        if self.progress_path is None or not new:
            return
        with open(self.progress_path, "a", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
            f.flush()
            os.fsync(f.fileno())

    # ---------------------------------------------------------------- filters
    def _novelty(self, cand: Candidate, round_index: NoveltyIndex, round_ids: list[str]
                 ) -> F.Verdict | None:
        thr = self.cfg.novelty
        best, i = self.index.max_similarity(cand.instruction, thr)
        twin = self.index_ids[i] if i >= 0 else None
        if len(round_index):
            b2, j = round_index.max_similarity(cand.instruction, thr)
            if b2 > best:
                best, twin = b2, round_ids[j]
        return self.ifilter.novel(best, twin, thr)

    def _filter_instructions(self, cands: list[Candidate]) -> list[Candidate]:
        """Instruction filters + novelty, in candidate order. Up to the remaining quota survive;
        further survivors wait in the backlog (a later round uses them before asking for more, so
        nothing good is thrown away because one round produced more than needed)."""
        round_index = NoveltyIndex()
        round_ids: list[str] = []
        survivors: list[Candidate] = []
        need = self.n - self.tasks_accepted
        waiting, self.backlog = self.backlog, []
        for i, c in enumerate(waiting + cands):
            if i >= len(waiting):
                self.candidates["instructions"] += 1
                v = self.ifilter.check(c.instruction, truncated=c.truncated, lang=self.lang)
            else:
                v = None  # passed the fixed filters already; the pool has grown since, so recheck novelty
            if v is None:
                v = self._novelty(c, round_index, round_ids)
            if v is not None:
                self._reject(c, v)
                continue
            if len(survivors) >= need:
                self.backlog.append(c)
                continue
            survivors.append(c)
            round_index.add(c.instruction)
            round_ids.append(c.id)
        return survivors

    def _finish_task(self, c: Candidate) -> None:
        """Instance filters, the k cap, then accept or reject the task."""
        self.candidates["instances"] += len(c.instances)
        verdicts = self.xfilter.check_all(c.instances, truncated_last=c.instances_truncated,
                                          classification=c.is_classification)
        kept: list[tuple[str, str]] = []
        for j, (pair, v) in enumerate(zip(c.instances, verdicts), 1):
            if v is None and len(kept) >= self.cfg.instances:
                v = F.Verdict(F.OVER_QUOTA, f"the task already has {self.cfg.instances} instances")
            if v is not None:
                self._reject(c, v, pair, suffix=f"-x{j}")
            else:
                kept.append(pair)
        if kept:
            self._accept(c, kept)
        else:
            why = "no instance parsed from the answer" if not c.instances else \
                "every instance was rejected"
            self._reject(c, F.Verdict(F.NO_INSTANCES, why))

    # ---------------------------------------------------------------- rounds
    def _requests(self, step: str, prompts: Sequence[str], params: dict[str, Any],
                  samples: Sequence[str]) -> list[Request]:
        return [Request(p, params, s) for p, s in zip(prompts, samples)]

    def _candidates(self, r: int, samples: Sequence[str], comps: Sequence[Any], parse: Any, what: str,
                    fields_of: Any) -> list[Candidate]:
        """Candidates from the teacher's answers, in prompt and item order: ``parse`` splits an
        answer into items, ``fields_of`` maps an item to Candidate fields. An answer with no item is
        rejected ``gen.unparsable`` (with its raw text); the last item of an answer cut at
        max_tokens is marked truncated."""
        cands: list[Candidate] = []
        for i, comp in enumerate(comps):
            items = parse(comp.text)
            if not items:
                self._reject(Candidate(f"r{r}-p{i}", r, samples[i], ""),
                             F.Verdict(F.UNPARSABLE, f"no {what} in the answer (finish_reason="
                                                     f"{comp.finish_reason})"), raw=comp.text)
                continue
            cut = comp.finish_reason == "length"
            for j, item in enumerate(items):
                cands.append(Candidate(f"r{r}-p{i}-t{j + 1}", r, samples[i],
                                       truncated=cut and j == len(items) - 1, **fields_of(item)))
        return cands

    async def _round_self_instruct(self, r: int) -> None:
        cfg = self.cfg
        if len(self.backlog) >= self.n - self.tasks_accepted:
            # Enough waiting candidates: use them before asking the teacher for more.
            await self._instances_for(self._filter_instructions([]))
            return
        rng = random.Random(f"{self.seed}:{r}")
        seeds = [e.instruction for e in self.pool.examples]
        prompts = [P.instruction_prompt(P.sample_examples(rng, seeds, self.machine, cfg.prompt_seeds,
                                                          cfg.prompt_machine), self.lang)
                   for _ in range(cfg.prompts_per_round)]
        samples = [f"instructions:s{self.seed}:r{r}:p{i}" for i in range(len(prompts))]
        comps = await self.client.run("instructions", self._requests(
            "instructions", prompts, cfg.gen_params(), samples))
        cands = self._candidates(r, samples, comps, P.parse_instructions, "task",
                                 lambda text: {"instruction": text})
        await self._instances_for(self._filter_instructions(cands))

    async def _instances_for(self, survivors: list[Candidate]) -> None:
        cfg = self.cfg
        if not survivors:
            return
        # Classification question: fixed few-shot prompt, greedy, so each instruction's answer is
        # cached once for good (sample "0").
        if cfg.identify_classification:
            cps = [P.classification_prompt(c.instruction, self.cls_shots, self.lang) for c in survivors]
            params = {"temperature": 0.0, "top_p": 1.0, "max_tokens": cfg.classification_max_tokens,
                      "presence_penalty": 0.0}
            answers = await self.client.run("classification", self._requests(
                "classification", cps, params, ["0"] * len(cps)))
            for c, a in zip(survivors, answers):
                v = P.parse_classification(a.text)
                if v is None:
                    self.unparsed_classification += 1
                c.is_classification = bool(v)
        ips = []
        for c in survivors:
            shots = self._instance_shots(c)
            ips.append(P.instance_prompt(c.instruction, shots, classification=c.is_classification,
                                         k=cfg.instances, lang=self.lang))
        params = {"temperature": cfg.instance_temperature, "top_p": 1.0,
                  "max_tokens": int(cfg.instance_max_tokens), "presence_penalty": 0.0}
        answers = await self.client.run("instances", self._requests(
            "instances", ips, params, ["0"] * len(ips)))
        for c, a in zip(survivors, answers):
            c.instances = P.parse_instances(a.text, classification=c.is_classification)
            c.instances_truncated = a.finish_reason == "length"
            self._finish_task(c)

    def _instance_shots(self, c: Candidate, k: int = 2) -> list[P.Example]:
        """Two seed tasks of the same kind (classification or not), chosen from the instruction's
        hash so the prompt for an instruction never changes."""
        same = [e for e in self.pool.examples if e.is_classification == c.is_classification
                and e.instances]
        same = same or [e for e in self.pool.examples if e.instances]
        rng = random.Random(c.instruction)
        return rng.sample(same, min(k, len(same)))

    async def _round_alpaca(self, r: int) -> None:
        cfg = self.cfg
        if len(self.backlog) >= self.n - self.tasks_accepted:
            for c in self._filter_instructions([]):
                self._finish_task(c)
            return
        rng = random.Random(f"{self.seed}:{r}")
        prompts = [P.alpaca_prompt(rng.sample(self.pool.examples,
                                              min(cfg.alpaca_examples, len(self.pool.examples))),
                                   cfg.alpaca_batch, self.lang)
                   for _ in range(cfg.prompts_per_round)]
        samples = [f"alpaca:s{self.seed}:r{r}:p{i}" for i in range(len(prompts))]
        comps = await self.client.run("alpaca", self._requests("alpaca", prompts, cfg.gen_params(),
                                                               samples))
        cands = self._candidates(r, samples, comps, P.parse_alpaca, "triple",
                                 lambda t: {"instruction": t["instruction"],
                                            "instances": [(t["input"], t["output"])]})
        for c in self._filter_instructions(cands):
            self._finish_task(c)

    async def run(self) -> None:
        max_rounds = self.cfg.max_rounds
        if max_rounds is None:
            max_rounds = 10 + (4 * self.n) // self.cfg.prompts_per_round
        step = self._round_alpaca if self.cfg.mode == "alpaca" else self._round_self_instruct
        while self.tasks_accepted < self.n and self.rounds < max_rounds:
            before = len(self.records)
            await step(self.rounds)
            self.rounds += 1
            self._journal(self.records[before:])
        for c in self.backlog:  # passed every filter but was not needed
            self._reject(c, F.Verdict(F.OVER_QUOTA, "not needed: the run had reached n instructions"
                                      if self.tasks_accepted >= self.n else
                                      "left unused when the run stopped at max_rounds"))
        self.backlog = []

    # ---------------------------------------------------------------- summary
    def summary(self, *, price_in: float | None, price_out: float | None,
                seconds: float) -> dict[str, Any]:
        u = self.client.usage
        rejected = Counter(r["code"] for r in self.rejects)
        instr_order = F.INSTRUCTION_CODES
        inst_order = F.INSTANCE_CODES
        return {
            "teacher": self.teacher.describe(),
            "mode": self.cfg.mode, "lang": self.lang, "seed": self.seed,
            "n_target": self.n, "instructions_accepted": self.tasks_accepted,
            "records": len(self.records), "rejected": len(self.rejects),
            "rounds": self.rounds, "complete": self.tasks_accepted >= self.n,
            "seeds": len(self.pool.examples),
            "candidates": dict(self.candidates),
            "requests": {"sent": u.requests, "cached": u.cached, "retries": self.teacher.retries,
                         "by_step": u.by_step},
            "tokens": {"in": u.tokens_in, "out": u.tokens_out, "cached_in": u.cached_tokens_in,
                       "cached_out": u.cached_tokens_out},
            "cost": u.cost(price_in, price_out),
            "acceptance": {
                "instructions": round(self.tasks_accepted / self.candidates["instructions"], 4)
                if self.candidates["instructions"] else None,
                "instruction_filters": self.instr_counts.report(instr_order),
                "instance_filters": self.inst_counts.report(inst_order),
            },
            "rejected_by_code": dict(sorted(rejected.items())),
            "classification_unparsed": self.unparsed_classification,
            "teacher_seconds": round(u.seconds, 3), "seconds": round(seconds, 3),
            "config": asdict(self.cfg),
        }


def _default_cache(cache: Any) -> TeacherCache | NoCache:
    if cache is False:
        return NoCache()
    if cache is None or cache is True:
        from curate.resources import cache_dir

        return TeacherCache(cache_dir("teacher") / "teacher.sqlite")
    if isinstance(cache, (TeacherCache, NoCache)):
        return cache
    return TeacherCache(cache)


async def agenerate(seeds: Any, teacher: Any, n: int, out: str | os.PathLike | None = None, *,
                    seed: int = 0, cache: Any = None, price_in: float | None = None,
                    price_out: float | None = None, config: GenerateConfig | None = None,
                    **options: Any) -> GenerateResult:
    """Async form of :func:`generate` (for callers already inside an event loop)."""
    from curate.io.writers import atomic_write, write_jsonl

    cfg = config or GenerateConfig(**options)
    if config is not None and options:
        raise TypeError("pass either config= or keyword options, not both")
    t0 = time.perf_counter()
    out_path = Path(out) if out is not None else None
    progress = None
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        progress = _sidecar(out_path, ".progress.jsonl")
        progress.write_text("", encoding="utf-8")  # this run's journal; a rerun replays from cache
    store = _default_cache(cache)
    from curate.progress import progress as phase

    try:
        client = CachedClient(teacher, store)
        job = SelfInstruct(seeds, client, n, seed=seed, config=cfg, progress_path=progress)
        # one phase: accepted instructions of n (the known total), teacher requests alongside
        with phase("generate", job.n, "instr") as bar:
            job.on_accept = bar.update
            client.on_answer = lambda: bar.set_postfix(requests=client.usage.requests)
            await job.run()
    finally:
        store.close()
    summary = job.summary(price_in=price_in, price_out=price_out, seconds=time.perf_counter() - t0)
    summary["cache"] = str(store.path) if store.path else None
    if out_path is not None:
        write_jsonl(job.records, out_path)
        write_jsonl(job.rejects, _sidecar(out_path, ".rejects.jsonl"))
        summary["output"] = str(out_path)
        from curate.secrets import scrub_obj
        with atomic_write(_sidecar(out_path, ".summary.json")) as f:
            f.write(json.dumps(scrub_obj(summary), ensure_ascii=False, indent=2).encode("utf-8"))
        progress.unlink(missing_ok=True)  # the output now holds everything the journal held
    return GenerateResult(job.records, job.rejects, summary, out_path)


def generate(seeds: Any, teacher: Any, n: int, out: str | os.PathLike | None = None, *,
             seed: int = 0, cache: Any = None, price_in: float | None = None,
             price_out: float | None = None, config: GenerateConfig | None = None,
             **options: Any) -> GenerateResult:
    """Generate ``n`` new instructions (each with up to ``instances`` input/output instances) from
    seed tasks with a teacher, Self-Instruct style (``mode="alpaca"`` for Alpaca's batch mode).

    seeds: a seed file path or shipped set name (curate.generate.seeds), or a list of SeedTask / dicts.
    teacher: an OpenAITeacher, LocalTeacher (curate.generate.teachers) or anything with ``kind``,
        ``model``, ``retries``, ``describe()`` and ``async complete_many(requests, on_done)``.
    out: JSONL path; beside it OUT.rejects.jsonl and OUT.summary.json (nothing written when None).
    cache: None (``cache_dir("teacher")/teacher.sqlite``), a path, or False (no cache: no resume).
    options: fields of :class:`GenerateConfig`.
    """
    return asyncio.run(agenerate(seeds, teacher, n, out, seed=seed, cache=cache, price_in=price_in,
                                 price_out=price_out, config=config, **options))


# ----------------------------------------------------------------------------- declarative runs
SPEC_KEYS = {"seeds", "n", "seed", "teacher", "options", "cache", "price_in", "price_out", "output"}


def load_spec(path_or_dict: Any) -> dict[str, Any]:
    """A generation spec: a mapping (or YAML file holding one, optionally under ``generate:``)

        seeds: general_en            # seed file or shipped set
        n: 100
        seed: 0
        teacher: {kind: openai, model: gpt-4o-mini, base_url: ..., api_key_env: OPENAI_API_KEY}
        options: {mode: self-instruct, prompt_seeds: 6, prompt_machine: 2, novelty: 0.7, ...}
        price_in: 0.15               # per 1M tokens, for the cost estimate
        price_out: 0.60
        cache: path | false          # default: cache_dir("teacher")/teacher.sqlite
        output: gen.jsonl

    Unknown keys are errors, so a typo never silently falls back to a default."""
    if isinstance(path_or_dict, dict):
        spec = dict(path_or_dict)
        where = "generation spec"
    else:
        import yaml

        where = str(path_or_dict)
        spec = yaml.safe_load(Path(path_or_dict).read_text(encoding="utf-8")) or {}
    if isinstance(spec, dict) and isinstance(spec.get("generate"), dict):
        spec = dict(spec["generate"])
    if not isinstance(spec, dict):
        raise TypeError(f"{where}: a generation spec is a mapping")
    unknown = set(spec) - SPEC_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {sorted(unknown)} (allowed: {sorted(SPEC_KEYS)})")
    t = spec.get("teacher") or {"kind": "local"}
    if isinstance(t, str):
        t = {"kind": t}
    kind = t.get("kind", "local")
    if kind not in TEACHERS:
        raise ValueError(f"{where}: teacher kind must be one of {', '.join(map(repr, TEACHERS))}, not {kind!r}")
    bad = set(t) - teacher_keys(kind)
    if bad:
        raise ValueError(f"{where}: unknown teacher key(s) {sorted(bad)} for kind {kind!r}")
    spec["teacher"] = dict(t, kind=kind)
    opts = spec.get("options") or {}
    known = set(GenerateConfig.__dataclass_fields__)
    bad = set(opts) - known
    if bad:
        raise ValueError(f"{where}: unknown option(s) {sorted(bad)}")
    spec["options"] = dict(opts)
    return spec


def generate_from_spec(spec: Any, out: str | os.PathLike | None = None) -> GenerateResult:
    """Run a generation spec (see :func:`load_spec`); ``out`` overrides the spec's ``output``."""
    s = load_spec(spec)
    for k in ("seeds", "n"):
        if s.get(k) is None:
            raise ValueError(f"the generation spec needs '{k}'")
    t = dict(s["teacher"])
    kind = t.pop("kind")
    teacher = make_teacher(kind, t.pop("model", None), **t)
    return generate(s["seeds"], teacher, int(s["n"]), out if out is not None else s.get("output"),
                    seed=int(s.get("seed") or 0), cache=s.get("cache"), price_in=s.get("price_in"),
                    price_out=s.get("price_out"), config=GenerateConfig(**s["options"]))
