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

import random
from collections.abc import Sequence
from typing import Any, ClassVar

from curate.generate import prompts as P
from curate.generate.base import (  # noqa: F401  (re-exported: the public names of this module)
    SPEC_KEYS,
    STAGE,
    Candidate,
    GenerateConfig,
    GenerateResult,
    Job,
    SeedPool,
    agenerate,
    generate,
    generate_from_spec,
    load_spec,
)
from curate.generate.base import sidecar as _sidecar  # noqa: F401
from curate.generate.registry import METHODS
from curate.generate.teachers import Request

MODES = tuple(METHODS)


class SelfInstruct(Job):
    """Self-Instruct (and Alpaca's batch mode, ``mode="alpaca"``). ``await run()`` or use
    :func:`curate.generate.generate`."""

    # Decoding defaults by mode (Self-Instruct: T 0.7, top_p 0.5, presence 2, 1024 tokens for
    # instructions; greedy for the classification question and the instances. Alpaca: T 1.0,
    # top_p 1.0, 3072 tokens for a batch of 20).
    MODE_DEFAULTS: ClassVar[dict[str, dict[str, Any]]] = {
        "self-instruct": {"temperature": 0.7, "top_p": 0.5, "max_tokens": 1024, "presence_penalty": 2.0},
        "alpaca": {"temperature": 1.0, "top_p": 1.0, "max_tokens": 3072, "presence_penalty": 0.0},
    }

    @classmethod
    def defaults(cls, mode: str) -> dict[str, Any]:
        return dict(cls.MODE_DEFAULTS["alpaca" if mode == "alpaca" else "self-instruct"])

    @classmethod
    def template_placeholders(cls, mode: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if mode == "alpaca":
            return ("examples", "next", "n", "topic", "topic_line"), ("examples",)
        return ("tasks", "next", "n", "topic", "topic_line"), ("tasks", "next")

    @classmethod
    def default_template(cls, lang: str, mode: str) -> str:
        return P.alpaca_template(lang) if mode == "alpaca" else P.instruction_template(lang)

    def __init__(self, *a: Any, **kw: Any) -> None:
        super().__init__(*a, **kw)
        self.unparsed_classification = 0
        self.cls_shots = P.classification_shots(self.pool.examples)

    def record_fields(self, cand: Candidate) -> dict[str, Any]:
        return {"is_classification": cand.is_classification, **cand.meta}

    def extra_summary(self) -> dict[str, Any]:
        return {"classification_unparsed": self.unparsed_classification}

    def _requests(self, step: str, prompts: Sequence[str], params: dict[str, Any],
                  samples: Sequence[str]) -> list[Request]:
        return [self.request(p, params, s) for p, s in zip(prompts, samples)]

    async def step(self, r: int) -> None:
        if self.cfg.mode == "alpaca":
            await self._round_alpaca(r)
        else:
            await self._round_self_instruct(r)

    async def _round_self_instruct(self, r: int) -> None:
        cfg = self.cfg
        if len(self.backlog) >= self.n - self.tasks_accepted:
            # Enough waiting candidates: use them before asking the teacher for more.
            await self._instances_for(self.filter_instructions([]))
            return
        rng = random.Random(f"{self.seed}:{r}")
        seeds = [e.instruction for e in self.pool.examples]
        prompts = [P.instruction_prompt(P.sample_examples(rng, seeds, self.machine, cfg.prompt_seeds,
                                                          cfg.prompt_machine), self.lang,
                                        template=self.template, topic=cfg.topic)
                   for _ in range(cfg.prompts_per_round)]
        samples = [f"instructions:s{self.seed}:r{r}:p{i}" for i in range(len(prompts))]
        comps = await self.client.run("instructions", self._requests(
            "instructions", prompts, cfg.gen_params(), samples))
        cands = self.candidates_from(r, samples, comps, P.parse_instructions, "task",
                                     lambda text: {"instruction": text})
        await self._instances_for(self.filter_instructions(cands))

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
        params = cfg.answer_params()
        answers = await self.client.run("instances", self._requests(
            "instances", ips, params, ["0"] * len(ips)))
        for c, a in zip(survivors, answers):
            c.instances = P.parse_instances(a.text, classification=c.is_classification)
            c.instances_truncated = a.finish_reason == "length"
            self.finish_task(c)

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
            for c in self.filter_instructions([]):
                self.finish_task(c)
            return
        rng = random.Random(f"{self.seed}:{r}")
        prompts = [P.alpaca_prompt(rng.sample(self.pool.examples,
                                              min(cfg.alpaca_examples, len(self.pool.examples))),
                                   cfg.alpaca_batch, self.lang, template=self.template,
                                   topic=cfg.topic)
                   for _ in range(cfg.prompts_per_round)]
        samples = [f"alpaca:s{self.seed}:r{r}:p{i}" for i in range(len(prompts))]
        comps = await self.client.run("alpaca", self._requests("alpaca", prompts, cfg.gen_params(),
                                                               samples))
        cands = self.candidates_from(r, samples, comps, P.parse_alpaca, "triple",
                                     lambda t: {"instruction": t["instruction"],
                                                "instances": [(t["input"], t["output"])]})
        for c in self.filter_instructions(cands):
            self.finish_task(c)
