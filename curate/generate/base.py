"""What every generation method shares: the configuration, the seed pool, steering (topic, system
prompt, template override, seed language), the teacher cache in front of every call, the filters and
novelty index, the rejects with reasons, the per-round journal, the progress bar and the summary.

A method (``curate.generate.registry.METHODS``) is a :class:`Job` subclass that implements
``step(round)``: build prompts from state that depends only on (run seed, round, decisions so far),
ask the teacher through ``self.client.run`` (cached: a rerun costs nothing and a killed run resumes
with no completed call repeated), turn answers into :class:`Candidate` s and hand them to
``filter_instructions`` and ``finish_task``. Everything else is here.
"""
from __future__ import annotations

import asyncio
import json
import os
import string
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from curate.generate import filters as F
from curate.generate import prompts as P
from curate.generate.cache import NoCache, TeacherCache
from curate.generate.registry import METHODS, TEACHERS, make_teacher, teacher_keys
from curate.generate.teachers import CachedClient, Request
from curate.rouge import NoveltyIndex
from curate.text import script_of

STAGE = "generate"


def _opt(default: Any, help: str) -> Any:
    """A GenerateConfig field with its help text (the CLI derives ``--name`` options from these)."""
    if isinstance(default, (dict, list)):
        return field(default_factory=lambda: type(default)(default), metadata={"help": help})
    return field(default=default, metadata={"help": help})


@dataclass
class GenerateConfig:
    """Every knob of a generation run (recorded in the summary). Each field is also a ``curate
    generate`` option (``--prompt-seeds``) and a key of a spec's ``options:``."""

    mode: str = _opt("self-instruct", "Generation method (self-instruct, alpaca, evol, magpie).")
    prompt_seeds: int = _opt(6, "Seed instructions per prompt.")
    prompt_machine: int = _opt(2, "Machine instructions per prompt.")
    prompts_per_round: int = _opt(5, "Prompts per round (evol: lineages evolved per round; magpie: "
                                     "queries sampled per round).")
    instances: int = _opt(5, "At most this many instances per instruction.")
    alpaca_batch: int = _opt(20, "Triples asked per request in alpaca mode.")
    alpaca_examples: int = _opt(3, "Seed triples shown per request in alpaca mode.")
    novelty: float = _opt(0.7, "Reject an instruction whose ROUGE-L F against the pool is >= this.")
    min_units: int = _opt(4, "Minimum instruction length (words; CJK characters). Self-Instruct drops <= 3 words.")
    max_units: int = _opt(150, "Maximum instruction length (Self-Instruct: 150 words).")
    lang: str = _opt("auto", "Requested language: prompts are written in it and every generated field "
                             "is checked against it. auto: --seed-lang, else the seeds' majority "
                             "(magpie: en).")
    seed_lang: str | None = _opt(None, "Keep only seed tasks of this language (en, zh, ...).")
    topic: str | None = _opt(None, "Steer generation toward a topic: a line in every generation "
                                   "prompt (magpie: in the system prompt). Default: none.")
    system: str | None = _opt(None, "System prompt sent with every teacher request. Default: none "
                                    "(magpie: a short assistant prompt in the requested language).")
    template: str | None = _opt(None, "Prompt template file overriding the method's generation prompt "
                                      "(placeholders in docs/generate.md; --print-template shows the "
                                      "default).")
    output_format: str = _opt("auto", "text, or json (every output must parse as JSON: "
                                      "gen.output_not_json); auto: json when every seed task declares "
                                      "output_format json (travel_qa).")
    identify_classification: bool = _opt(True, "Ask whether each instruction is a classification task.")
    temperature: float | None = _opt(None, "Default 0.7 (self-instruct, evol) / 1.0 (alpaca, magpie).")
    top_p: float | None = _opt(None, "Default 0.5 (self-instruct) / 1.0 (alpaca, evol, magpie).")
    max_tokens: int | None = _opt(None, "Default 1024 / 3072 (alpaca) / 512 (evol) / 256 (magpie queries).")
    presence_penalty: float | None = _opt(None, "Default 2.0 (self-instruct) / 0.0.")
    instance_temperature: float = _opt(0.0, "Temperature for instances and answers (greedy by default).")
    instance_max_tokens: int | None = _opt(None, "Default: max_tokens, at most 1024.")
    classification_max_tokens: int = _opt(8, "Tokens for the classification answer.")
    max_rounds: int | None = _opt(None, "Stop after this many rounds (default 10 + 4·n / prompts_per_round).")
    evol_depth: int = _opt(4, "Evol-Instruct: evolutions per lineage (WizardLM ran 4 rounds).")
    evol_operations: str = _opt("add_constraints,deepen,concretize,reasoning,complicate_input,breadth",
                                "Evol-Instruct: operations drawn uniformly, comma-separated.")
    evol_judge: bool = _opt(True, "Evol-Instruct: ask the teacher whether an evolution adds "
                                  "information (elimination rule 1).")
    evol_max_failures: int = _opt(3, "Evol-Instruct: retire a lineage after this many failed "
                                     "evolutions in a row.")
    magpie_template: str = _opt("auto", "Magpie: the chat template whose pre-query prefix is sent: "
                                        "auto (the local model's own), chatml, llama3, phi3, gemma, or "
                                        "the literal prefix text.")
    blacklist: tuple[str, ...] = _opt(("generation",), "Rule packs whose rules reject instructions.")
    actions: dict[str, str] = _opt({}, "Per-code filter actions (drop | off).")
    id_prefix: str = _opt("gen", "Prefix of generated record ids.")

    def __post_init__(self) -> None:
        if self.mode not in METHODS:
            raise ValueError(f"mode must be one of {tuple(METHODS)}, not {self.mode!r}")
        for k, v in METHODS.load(self.mode).defaults(self.mode).items():
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
        if self.output_format not in ("auto", "text", "json"):
            raise ValueError(f"output_format must be auto, text or json, not {self.output_format!r}")
        if self.evol_depth < 1 or self.evol_max_failures < 1:
            raise ValueError("evol_depth and evol_max_failures must be >= 1")
        known = {c.code for c in F.ALL_CODES}
        for code, act in self.actions.items():
            if code not in known:
                raise ValueError(f"actions names {code!r}, which generate does not emit")
            if act not in ("drop", "off"):
                raise ValueError(f"action for {code!r} must be 'drop' or 'off'")
        self.blacklist = tuple(self.blacklist)
        if isinstance(self.evol_operations, (list, tuple)):
            self.evol_operations = ",".join(self.evol_operations)

    def gen_params(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "top_p": self.top_p,
                "max_tokens": int(self.max_tokens), "presence_penalty": self.presence_penalty}

    def answer_params(self) -> dict[str, Any]:
        return {"temperature": self.instance_temperature, "top_p": 1.0,
                "max_tokens": int(self.instance_max_tokens), "presence_penalty": 0.0}


# ----------------------------------------------------------------------------- seeds
@dataclass
class SeedPool:
    """Seed tasks as the generator uses them (several files or sets, one language if asked)."""

    ids: list[str]
    examples: list[P.Example]
    lang: str
    langs: list[str] = field(default_factory=list)
    dropped_other_lang: int = 0
    formats: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, seeds: Any, seed_lang: str | None = None, *, required: bool = True) -> SeedPool:
        tasks = _seed_tasks(seeds)
        ids, ex, langs, formats, seen = [], [], [], [], set()
        dropped = 0
        for i, (origin, t) in enumerate(tasks):
            def g(k: str, d: Any = None, t: Any = t) -> Any:
                return t.get(k, d) if isinstance(t, dict) else getattr(t, k, d)
            instruction = str(g("instruction") or "").strip()
            lang = g("lang") or ("zh" if script_of(instruction) == "zh" else "en")
            if seed_lang and lang != seed_lang:
                dropped += 1
                continue
            inst = tuple((_inst(x, "input"), _inst(x, "output")) for x in (g("instances") or ()))
            tid = str(g("id") or f"seed-{i + 1}")
            if tid in seen:  # two files may use the same ids: qualify the later one by its origin
                tid = f"{origin}:{tid}"
            seen.add(tid)
            ids.append(tid)
            ex.append(P.Example(instruction, inst, bool(g("is_classification", False))))
            langs.append(lang)
            formats.append(str(g("output_format") or "text"))
        if not ex and required:
            raise ValueError(f"no seed tasks in language {seed_lang!r}" if seed_lang and tasks
                             else "no seed tasks")
        lang = Counter(langs).most_common(1)[0][0] if langs else (seed_lang or "en")
        return cls(ids, ex, lang, langs, dropped, formats)


def _inst(x: Any, k: str) -> str:
    return str((x.get(k) if isinstance(x, dict) else getattr(x, k, "")) or "")


def _seed_tasks(seeds: Any) -> list[tuple[str, Any]]:
    """(origin, task) pairs from a path or shipped name, a list of them, or a list of tasks."""
    if seeds is None:
        return []
    if isinstance(seeds, (str, os.PathLike)):
        seeds = [seeds]
    out: list[tuple[str, Any]] = []
    for s in seeds:
        if isinstance(s, (str, os.PathLike)):
            from curate.generate.seeds import load_seeds

            origin = Path(str(s)).stem
            out.extend((origin, t) for t in load_seeds(s))
        else:
            out.append(("seeds", s))
    return out


# ----------------------------------------------------------------------------- templates
def template_fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def load_template(path: str | os.PathLike, allowed: Sequence[str], required: Sequence[str]) -> str:
    """A user's prompt template: ``{name}`` placeholders from ``allowed``, each of ``required``
    present (``{{`` and ``}}`` for literal braces). One final newline is dropped (editors add it;
    the built-in prompts end where the teacher continues). Errors name the file and placeholder."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8").removesuffix("\n")
    except OSError as e:
        raise ValueError(f"template {p}: cannot read it ({e.strerror or type(e).__name__})") from None
    try:
        names = template_fields(text)
    except ValueError as e:
        raise ValueError(f"template {p}: {e} (write {{{{ and }}}} for literal braces)") from None
    bad = sorted(n for n in names if n not in allowed or not n.isidentifier())
    if bad:
        raise ValueError(f"template {p}: unknown placeholder(s) {', '.join('{' + b + '}' for b in bad)}; "
                         f"allowed: {', '.join('{' + a + '}' for a in allowed)}")
    missing = [r for r in required if r not in names]
    if missing:
        raise ValueError(f"template {p}: missing placeholder(s) {', '.join('{' + m + '}' for m in missing)}")
    return text


# ----------------------------------------------------------------------------- candidates, results
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
    meta: dict[str, Any] = field(default_factory=dict)  # method fields copied into the records


@dataclass
class GenerateResult:
    records: list[dict[str, Any]]
    rejects: list[dict[str, Any]]
    summary: dict[str, Any]
    output: Path | None = None


def sidecar(out: Path, suffix: str) -> Path:
    name = out.name
    for ext in (".gz", ".zst", ".jsonl", ".json"):
        name = name.removesuffix(ext)
    return out.with_name(name + suffix)


# ----------------------------------------------------------------------------- the job
class Job:
    """One generation run of some method. Subclasses set ``DEFAULTS`` (decoding defaults), the
    template placeholders (``TEMPLATE_FIELDS``, ``TEMPLATE_REQUIRED``) and implement ``step``."""

    DEFAULTS: ClassVar[dict[str, Any]] = {}
    TEMPLATE_FIELDS: tuple[str, ...] = ()
    TEMPLATE_REQUIRED: tuple[str, ...] = ()
    NEEDS_SEEDS = True
    INSTRUCTION_CODES = tuple(c for c in F.INSTRUCTION_CODES
                              if c not in (F.EVOL_COPIED_PROMPT, F.EVOL_NO_GAIN))
    INSTANCE_CODES = F.INSTANCE_CODES

    @classmethod
    def defaults(cls, mode: str) -> dict[str, Any]:
        return dict(cls.DEFAULTS)

    @classmethod
    def template_placeholders(cls, mode: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(allowed, required) placeholders of the generation prompt template for ``mode``."""
        return cls.TEMPLATE_FIELDS, cls.TEMPLATE_REQUIRED

    @classmethod
    def default_template(cls, lang: str, mode: str) -> str | None:
        """The built-in generation prompt as a template (what --print-template shows)."""
        return None

    def __init__(self, seeds: Any, client: CachedClient, n: int, *, seed: int = 0,
                 config: GenerateConfig | None = None, progress_path: Path | None = None,
                 show_progress: bool | None = None) -> None:
        if n < 1:
            raise ValueError("n must be >= 1")
        self.cfg = config or GenerateConfig()
        self.pool = SeedPool.load(seeds, self.cfg.seed_lang, required=self.NEEDS_SEEDS)
        self.client = client
        self.n = int(n)
        self.seed = int(seed)
        if self.cfg.lang != "auto":
            self.lang = self.cfg.lang
        elif self.cfg.seed_lang:
            self.lang = self.cfg.seed_lang
        else:
            self.lang = self.pool.lang
        allowed, required = self.template_placeholders(self.cfg.mode)
        if self.cfg.template and not allowed:
            raise ValueError(f"method {self.cfg.mode!r} sends no prompt template to override "
                             f"(--template); steer it with --system/--topic")
        self.template = (load_template(self.cfg.template, allowed, required)
                         if self.cfg.template else None)
        self.progress_path = progress_path
        self.show_progress = show_progress
        self.instr_counts = F.Counters()
        self.inst_counts = F.Counters()
        bl = F.Blacklist(self.cfg.blacklist) if self.cfg.blacklist and \
            self.cfg.actions.get("gen.blacklist") != "off" else None
        self.ifilter = F.InstructionFilter(min_units=self.cfg.min_units, max_units=self.cfg.max_units,
                                           blacklist=bl, actions=self.cfg.actions,
                                           counters=self.instr_counts)
        fmt = self.cfg.output_format
        if fmt == "auto":
            fmt = "json" if self.pool.formats and set(self.pool.formats) == {"json"} else "text"
        self.output_format = fmt
        self.xfilter = F.InstanceFilter(actions=self.cfg.actions, counters=self.inst_counts,
                                        json_output=fmt == "json")
        self.index = NoveltyIndex([e.instruction for e in self.pool.examples])
        self.index_ids: list[str] = list(self.pool.ids)
        self.machine: list[str] = []
        self.records: list[dict[str, Any]] = []
        self.rejects: list[dict[str, Any]] = []
        self.tasks_accepted = 0
        self.rounds = 0
        self.backlog: list[Candidate] = []
        self.candidates: Counter[str] = Counter()  # instructions / instances seen
        self.warnings: list[str] = []
        other = sum(1 for x in self.pool.langs if x != self.lang)
        if other:
            self.warnings.append(
                f"{other} of {len(self.pool.langs)} seed tasks are not in the requested language "
                f"{self.lang!r}: prompts mix languages (--seed-lang {self.lang} keeps only "
                f"{self.lang} seeds)")

    # ---------------------------------------------------------------- steering
    @property
    def teacher(self) -> Any:
        return self.client.teacher

    @property
    def system(self) -> str | None:
        return self.cfg.system

    def topic_line(self) -> str:
        return P.topic_line(self.cfg.topic, self.lang) if self.cfg.topic else ""

    def request(self, prompt: str, params: dict[str, Any], sample: str, *, raw: bool = False,
                system: str | None | bool = True) -> Request:
        """A teacher request; ``system=True`` sends the run's system prompt (--system)."""
        sys_prompt = self.system if system is True else (system or None)
        return Request(prompt, params, sample, sys_prompt, raw=raw)

    # ---------------------------------------------------------------- bookkeeping
    def reject(self, cand: Candidate, v: F.Verdict, inst: tuple[str, str] | None = None,
               suffix: str = "", raw: str | None = None) -> None:
        rec = None
        if raw is None:
            rec = {"instruction": cand.instruction, "input": inst[0] if inst else "",
                   "output": inst[1] if inst else ""}
        self.rejects.append({
            "id": cand.id + suffix, "stage": STAGE, "code": v.code.code, "reason": v.reason,
            "twin_id": v.twin_id, "similarity": v.similarity,
            "source": {"teacher": self.teacher.kind, "model": self.teacher.model,
                       "round": cand.round, "request": cand.request, **cand.meta},
            "record": rec, "raw": raw, "issues": []})

    def accept(self, cand: Candidate, kept: list[tuple[str, str]]) -> str:
        self.tasks_accepted += 1
        task_id = f"{self.cfg.id_prefix}-{self.tasks_accepted:06d}"
        self.index.add(cand.instruction)
        self.index_ids.append(task_id)
        self.machine.append(cand.instruction)
        for j, (inp, out) in enumerate(kept, 1):
            self.records.append({
                "id": f"{task_id}-{j}", "instruction": cand.instruction, "input": inp,
                "output": out, "teacher": self.teacher.kind, "model": self.teacher.model,
                "round": cand.round, "task_id": task_id, **self.record_fields(cand),
                "mode": self.cfg.mode, "candidate": cand.id})
        return task_id

    def record_fields(self, cand: Candidate) -> dict[str, Any]:
        """Method fields of an accepted record (Self-Instruct: is_classification; Evol: lineage)."""
        return dict(cand.meta)

    def journal(self, new: Sequence[dict[str, Any]]) -> None:
        if self.progress_path is None or not new:
            return
        with open(self.progress_path, "a", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
            f.flush()
            os.fsync(f.fileno())

    # ---------------------------------------------------------------- filters
    def novelty(self, cand: Candidate, round_index: NoveltyIndex, round_ids: list[str],
                exclude: Sequence[str] = ()) -> F.Verdict | None:
        """ROUGE-L F against the pool and this round's earlier survivors; entries whose id is in
        ``exclude`` (an evolved instruction's own ancestors) do not count."""
        thr = self.cfg.novelty
        if exclude:
            scores = self.index.scores(cand.instruction)
            skip = set(exclude)
            best, twin = 0.0, None
            for i, sc in enumerate(scores):
                if sc > best and self.index_ids[i] not in skip:
                    best, twin = float(sc), self.index_ids[i]
        else:
            best, i = self.index.max_similarity(cand.instruction, thr)
            twin = self.index_ids[i] if i >= 0 else None
        if len(round_index):
            b2, j = round_index.max_similarity(cand.instruction, thr)
            if b2 > best:
                best, twin = b2, round_ids[j]
        return self.ifilter.novel(best, twin, thr)

    def extra_checks(self, cand: Candidate) -> Sequence[tuple[F.Code, Callable[[], str | None]]]:
        """A method's own instruction checks, run after the blacklist (Evol-Instruct's)."""
        return ()

    def filter_instructions(self, cands: list[Candidate], exclude: Callable[[Candidate], Sequence[str]]
                            | None = None) -> list[Candidate]:
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
                v = self.ifilter.check(c.instruction, truncated=c.truncated, lang=self.lang,
                                       extra=self.extra_checks(c))
            else:
                v = None  # passed the fixed filters already; the pool has grown since, so recheck novelty
            if v is None:
                v = self.novelty(c, round_index, round_ids, exclude(c) if exclude else ())
            if v is not None:
                self.reject(c, v)
                continue
            if len(survivors) >= need:
                self.backlog.append(c)
                continue
            survivors.append(c)
            round_index.add(c.instruction)
            round_ids.append(c.id)
        return survivors

    def finish_task(self, c: Candidate) -> str | None:
        """Instance filters, the k cap, then accept (returns the task id) or reject the task."""
        self.candidates["instances"] += len(c.instances)
        verdicts = self.xfilter.check_all(c.instances, truncated_last=c.instances_truncated,
                                          classification=c.is_classification,
                                          instruction=c.instruction, lang=self.lang)
        kept: list[tuple[str, str]] = []
        for j, (pair, v) in enumerate(zip(c.instances, verdicts), 1):
            if v is None and len(kept) >= self.cfg.instances:
                v = F.Verdict(F.INSTANCE_OVER_QUOTA, f"the task already has {self.cfg.instances} "
                                                     f"instances")
            if v is not None:
                self.reject(c, v, pair, suffix=f"-x{j}")
            else:
                kept.append(pair)
        if kept:
            return self.accept(c, kept)
        why = "no instance parsed from the answer" if not c.instances else \
            "every instance was rejected"
        self.reject(c, F.Verdict(F.NO_INSTANCES, why))
        return None

    def candidates_from(self, r: int, samples: Sequence[str], comps: Sequence[Any], parse: Any,
                        what: str, fields_of: Any) -> list[Candidate]:
        """Candidates from the teacher's answers, in prompt and item order: ``parse`` splits an
        answer into items, ``fields_of`` maps an item to Candidate fields. An answer with no item is
        rejected ``gen.unparsable`` (with its raw text); the last item of an answer cut at
        max_tokens is marked truncated."""
        cands: list[Candidate] = []
        for i, comp in enumerate(comps):
            items = parse(comp.text)
            if not items:
                self.reject(Candidate(f"r{r}-p{i}", r, samples[i], ""),
                            F.Verdict(F.UNPARSABLE, f"no {what} in the answer (finish_reason="
                                                    f"{comp.finish_reason})"), raw=comp.text)
                continue
            cut = comp.finish_reason == "length"
            for j, item in enumerate(items):
                cands.append(Candidate(f"r{r}-p{i}-t{j + 1}", r, samples[i],
                                       truncated=cut and j == len(items) - 1, **fields_of(item)))
        return cands

    # ---------------------------------------------------------------- the loop
    async def step(self, r: int) -> None:
        raise NotImplementedError

    def done(self) -> bool:
        """True when the method can make nothing more (Evol-Instruct: every lineage retired)."""
        return False

    async def run(self) -> None:
        from curate.progress import progress

        max_rounds = self.cfg.max_rounds
        if max_rounds is None:
            max_rounds = 10 + (4 * self.n) // self.cfg.prompts_per_round
        with progress(f"generate ({self.cfg.mode})", total=self.n, unit="task",
                      enabled=self.show_progress) as bar:
            while self.tasks_accepted < self.n and self.rounds < max_rounds and not self.done():
                before, accepted = len(self.records), self.tasks_accepted
                await self.step(self.rounds)
                self.rounds += 1
                self.journal(self.records[before:])
                bar.update(self.tasks_accepted - accepted)
                bar.set_postfix(round=self.rounds, rejected=len(self.rejects))
        for c in self.backlog:  # passed every filter but was not needed
            self.reject(c, F.Verdict(F.OVER_QUOTA, "not needed: the run had reached n instructions"
                                     if self.tasks_accepted >= self.n else
                                     "left unused when the run stopped at max_rounds"))
        self.backlog = []

    # ---------------------------------------------------------------- summary
    def extra_summary(self) -> dict[str, Any]:
        return {}

    def summary(self, *, price_in: float | None, price_out: float | None,
                seconds: float) -> dict[str, Any]:
        u = self.client.usage
        rejected = Counter(r["code"] for r in self.rejects)
        return {
            "teacher": self.teacher.describe(),
            "mode": self.cfg.mode, "lang": self.lang, "seed": self.seed,
            "output_format": self.output_format,
            "n_target": self.n, "instructions_accepted": self.tasks_accepted,
            "records": len(self.records), "rejected": len(self.rejects),
            "rounds": self.rounds, "complete": self.tasks_accepted >= self.n,
            "seeds": len(self.pool.examples), "seeds_other_lang_dropped": self.pool.dropped_other_lang,
            "candidates": dict(self.candidates),
            "requests": {"sent": u.requests, "cached": u.cached, "retries": self.teacher.retries,
                         "by_step": u.by_step},
            "tokens": {"in": u.tokens_in, "out": u.tokens_out, "cached_in": u.cached_tokens_in,
                       "cached_out": u.cached_tokens_out},
            "cost": u.cost(price_in, price_out),
            "acceptance": {
                "instructions": round(self.tasks_accepted / self.candidates["instructions"], 4)
                if self.candidates["instructions"] else None,
                "instruction_filters": self.instr_counts.report(self.INSTRUCTION_CODES),
                "instance_filters": self.inst_counts.report(self.INSTANCE_CODES),
            },
            "rejected_by_code": dict(sorted(rejected.items())),
            **self.extra_summary(),
            "warnings": list(self.warnings),
            "teacher_seconds": round(u.seconds, 3), "seconds": round(seconds, 3),
            "config": asdict(self.cfg),
        }


# ----------------------------------------------------------------------------- entry points
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
                    show_progress: bool | None = None, **options: Any) -> GenerateResult:
    """Async form of :func:`generate` (for callers already inside an event loop)."""
    from curate.io.writers import atomic_write, write_jsonl

    if config is not None and options:
        raise TypeError("pass either config= or keyword options, not both")
    cfg = config or GenerateConfig(**options)
    t0 = time.perf_counter()
    out_path = Path(out) if out is not None else None
    progress = None
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        progress = sidecar(out_path, ".progress.jsonl")
        progress.write_text("", encoding="utf-8")  # this run's journal; a rerun replays from cache
    store = _default_cache(cache)
    try:
        client = CachedClient(teacher, store)
        cls = METHODS.load(cfg.mode)
        job = cls(seeds, client, n, seed=seed, config=cfg, progress_path=progress,
                  show_progress=show_progress)
        await job.run()
    finally:
        store.close()
    summary = job.summary(price_in=price_in, price_out=price_out, seconds=time.perf_counter() - t0)
    summary["cache"] = str(store.path) if store.path else None
    if out_path is not None:
        write_jsonl(job.records, out_path)
        write_jsonl(job.rejects, sidecar(out_path, ".rejects.jsonl"))
        summary["output"] = str(out_path)
        from curate.secrets import scrub_obj

        with atomic_write(sidecar(out_path, ".summary.json")) as f:
            f.write(json.dumps(scrub_obj(summary), ensure_ascii=False, indent=2).encode("utf-8"))
        progress.unlink(missing_ok=True)  # the output now holds everything the journal held
    return GenerateResult(job.records, job.rejects, summary, out_path)


def generate(seeds: Any, teacher: Any, n: int, out: str | os.PathLike | None = None, *,
             seed: int = 0, cache: Any = None, price_in: float | None = None,
             price_out: float | None = None, config: GenerateConfig | None = None,
             show_progress: bool | None = None, **options: Any) -> GenerateResult:
    """Generate ``n`` new instructions with their instances from seed tasks and a teacher.

    mode (a GenerateConfig field): "self-instruct" (default), "alpaca" (Alpaca's batch mode),
    "evol" (Evol-Instruct: evolve seed instructions), "magpie" (prompt-free; seeds may be None).
    seeds: a seed file path or shipped set name (curate.generate.seeds), a list of them, or a list of
        SeedTask / dicts.
    teacher: an OpenAITeacher, LocalTeacher (curate.generate.teachers) or anything with ``kind``,
        ``model``, ``retries``, ``describe()`` and ``async complete_many(requests, on_done)``.
    out: JSONL path; beside it OUT.rejects.jsonl and OUT.summary.json (nothing written when None).
    cache: None (``cache_dir("teacher")/teacher.sqlite``), a path, or False (no cache: no resume).
    show_progress: a progress bar on stderr (None: when stderr is a terminal).
    options: fields of :class:`GenerateConfig`.
    """
    return asyncio.run(agenerate(seeds, teacher, n, out, seed=seed, cache=cache, price_in=price_in,
                                 price_out=price_out, config=config, show_progress=show_progress,
                                 **options))


# ----------------------------------------------------------------------------- declarative runs
SPEC_KEYS = {"seeds", "n", "seed", "teacher", "options", "cache", "price_in", "price_out", "output"}


def load_spec(path_or_dict: Any) -> dict[str, Any]:
    """A generation spec: a mapping (or YAML file holding one, optionally under ``generate:``)

        seeds: general_en            # seed file or shipped set, or a list of them
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
        try:
            spec = yaml.safe_load(Path(path_or_dict).read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:  # one line with the place, never a traceback
            mark = getattr(e, "problem_mark", None)
            at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            raise ValueError(f"{where}: not valid YAML ({getattr(e, 'problem', None) or type(e).__name__}{at})") from None
        except UnicodeDecodeError as e:
            raise ValueError(f"{where}: not UTF-8 text (byte {e.start})") from None
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


def generate_from_spec(spec: Any, out: str | os.PathLike | None = None, *,
                       show_progress: bool | None = None) -> GenerateResult:
    """Run a generation spec (see :func:`load_spec`); ``out`` overrides the spec's ``output``."""
    s = load_spec(spec)
    cfg = GenerateConfig(**s["options"])
    needs_seeds = METHODS.load(cfg.mode).NEEDS_SEEDS
    for k in (("seeds", "n") if needs_seeds else ("n",)):
        if s.get(k) is None or s.get(k) == []:
            raise ValueError(f"the generation spec needs '{k}'")
    t = dict(s["teacher"])
    kind = t.pop("kind")
    teacher = make_teacher(kind, t.pop("model", None), **t)
    return generate(s.get("seeds"), teacher, int(s["n"]), out if out is not None else s.get("output"),
                    seed=int(s.get("seed") or 0), cache=s.get("cache"), price_in=s.get("price_in"),
                    price_out=s.get("price_out"), config=cfg, show_progress=show_progress)
