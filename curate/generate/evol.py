"""Evol-Instruct (Xu et al., "WizardLM", 2023): grow harder and rarer instructions by rewriting seed
instructions over several rounds, then answer them; eliminate failed evolutions.

Lineages. A lineage starts from a seed instruction (seeds are taken in an order shuffled once from
the run seed, cycling when more lineages are needed). Each round evolves up to ``prompts_per_round``
live lineages once: an operation is drawn uniformly from ``evol_operations`` with a
``random.Random`` seeded from (run seed, lineage, depth, attempt):

* in-depth: ``add_constraints``, ``deepen``, ``concretize``, ``reasoning`` (increase reasoning steps),
  ``complicate_input`` (write concrete input data into the instruction);
* in-breadth: ``breadth`` (a new, rarer instruction in the same domain).

The evolved instruction is answered by the same teacher. A successful evolution becomes a record
and the lineage's next parent; a failed one leaves the parent in place for the next round, and a
lineage retires after ``evol_depth`` successes or ``evol_max_failures`` failures in a row.

Elimination (WizardLM's four rules, each its own code, plus the shared filters):
1. no information gain: the teacher, asked whether parent and child are equal, says they are
   (``gen.evol_no_gain``; ``evol_judge=False`` skips the call);
2. the answer is a short refusal (``gen.refusal``: "sorry"/"抱歉" and < 80 words);
3. the answer is only punctuation and stop words (``gen.stopwords_only``);
4. the evolved instruction copies the prompt's scaffolding words ("#Rewritten Instruction#",
   "原指令") (``gen.evol_copied_prompt``).
Novelty (ROUGE-L) is measured against the pool without the lineage's own ancestors: a child that
adds one constraint to its parent is meant to be close to it, and rule 1 judges that relation.

Every record carries its lineage: ``parent_id`` (the parent record's id, or the seed's id),
``root_id`` (the seed), ``depth`` (evolutions from the seed), ``operation`` and ``operations`` (the
path from the seed). The prompts are our own wording, in English and Chinese.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from curate.generate import filters as F
from curate.generate import prompts as P
from curate.generate.base import Candidate, Job

OPERATIONS = ("add_constraints", "deepen", "concretize", "reasoning", "complicate_input", "breadth")

_OPS = {
    "en": {
        "add_constraints": "Add one more constraint or requirement that the answer must meet.",
        "deepen": "Where it asks about something, make it ask for more depth and breadth.",
        "concretize": "Replace general concepts with more specific ones.",
        "reasoning": "If it can be solved in one or two simple steps, rewrite it so that it "
                     "explicitly asks for several steps of reasoning.",
        "complicate_input": "Write a concrete piece of input into it for the task to work on: a "
                            "small table, a code snippet, a JSON object or a short text.",
        "breadth": "Write a brand-new instruction in the same domain, on a rarer topic, about as "
                   "long and as hard.",
    },
    "zh": {
        "add_constraints": "再增加一个回答必须满足的限制条件或要求。",
        "deepen": "如果指令在询问某件事，让它问得更深入、更全面。",
        "concretize": "把笼统的概念换成更具体的概念。",
        "reasoning": "如果只需一两步简单思考就能完成，把它改写成明确要求多步推理的指令。",
        "complicate_input": "在指令中写入一段供任务处理的具体输入：一个小表格、一段代码、一个 JSON 对象或一小段文字。",
        "breadth": "写一条全新的指令：与它同属一个领域，但话题更少见，长度和难度相当。",
    },
}

_DEPTH = {
    "en": ("You rewrite instructions for an AI assistant so that they become harder to answer "
           "well, while staying reasonable and answerable by a person.\n"
           "Rewrite the #Original Instruction# below. {operation}\n"
           "The rewritten instruction must be self-contained: keep any table, code or text it works "
           "on, and add only 10 to 20 words unless the change needs data. Do not mention "
           "\"#Original Instruction#\" or \"#Rewritten Instruction#\" in it.{topic_line}\n\n"
           "#Original Instruction#:\n{instruction}\n\n#Rewritten Instruction#:\n"),
    "zh": ("你负责改写给 AI 助手的指令，让它更难回答好，但仍然合理、人能够作答。\n"
           "请改写下面的#原指令#。{operation}\n"
           "改写后的指令必须完整独立：保留它要处理的表格、代码或文字；除非需要补充数据，只增加 10 到 30 个字。"
           "不要在指令里提到“#原指令#”或“#改写后的指令#”。{topic_line}\n\n"
           "#原指令#：\n{instruction}\n\n#改写后的指令#：\n"),
}
_BREADTH = {
    "en": ("You write new instructions for an AI assistant.\n"
           "Take the #Original Instruction# below as inspiration. {operation} Do not mention "
           "\"#Original Instruction#\" or \"#New Instruction#\" in it.{topic_line}\n\n"
           "#Original Instruction#:\n{instruction}\n\n#New Instruction#:\n"),
    "zh": ("你负责为 AI 助手编写新的指令。\n"
           "以下面的#原指令#为灵感。{operation}不要在指令里提到“#原指令#”或“#新指令#”。{topic_line}\n\n"
           "#原指令#：\n{instruction}\n\n#新指令#：\n"),
}
_JUDGE = {
    "en": ("Here are two instructions for an AI assistant. Do they ask for the same thing, with the "
           "same constraints and requirements and the same depth and breadth?\n\n"
           "First instruction:\n{a}\n\nSecond instruction:\n{b}\n\n"
           "Answer with one word: Equal or Different.\nAnswer:"),
    "zh": ("下面是给 AI 助手的两条指令。它们要求的是不是同一件事，限制条件、要求以及深度和广度都相同？\n\n"
           "第一条指令：\n{a}\n\n第二条指令：\n{b}\n\n只用一个词回答：相同 或 不同。\n回答："),
}
_EQUAL = re.compile(r"^\W*(equal|same|identical|yes|相同|一样|等同|是)", re.IGNORECASE)
_DIFFERENT = re.compile(r"^\W*(different|not equal|unequal|no\b|不同|不一样|不相同|否|不是)", re.IGNORECASE)

# The prompts' own scaffolding: a label the teacher may open its answer with (stripped), and the
# words an evolved instruction must not contain (WizardLM's rule 4).
_LABEL = re.compile(r"^\s*(?:\*\*)?#?\s*(?:rewritten|new|evolved|created)\s+(?:instruction|prompt)\s*#?"
                    r"(?:\*\*)?\s*[:：]?\s*|^\s*#?(?:改写后的指令|新指令)#?\s*[:：]?\s*", re.IGNORECASE)
_SCAFFOLD = re.compile(r"#\s*(?:original|rewritten|new|given|created)\s+(?:instruction|prompt)\s*#|"
                       r"\b(?:original|rewritten|given)\s+(?:instruction|prompt)\b|"
                       r"#?原指令#?|#?改写后的指令#?|#新指令#|给定的?指令", re.IGNORECASE)


def evol_template(lang: str, operation: str) -> str:
    t = P.template_lang(lang)
    return (_BREADTH if operation == "breadth" else _DEPTH)[t]


def evol_prompt(instruction: str, operation: str, lang: str = "en", *, template: str | None = None,
                topic: str | None = None) -> str:
    """The evolution prompt for one instruction and operation; ``template`` (placeholders
    {instruction}, {operation}, {topic}, {topic_line}) overrides the built-in frame."""
    t = P.template_lang(lang)
    tpl = template or evol_template(lang, operation)
    return tpl.format(instruction=instruction.strip(), operation=_OPS[t][operation],
                      topic=topic or "", topic_line=P.topic_line(topic, lang))


def judge_prompt(parent: str, child: str, lang: str = "en") -> str:
    return _JUDGE[P.template_lang(lang)].format(a=parent.strip(), b=child.strip())


def parse_judge(text: str) -> bool | None:
    """True: the teacher says equal (no information gain); False: different; None: neither."""
    s = text.strip()
    if _DIFFERENT.match(s):
        return False
    if _EQUAL.match(s):
        return True
    return None


def parse_evolved(text: str) -> str:
    """The evolved instruction from an answer: without a leading label the prompt invited
    ("#Rewritten Instruction#:") and surrounding quotes."""
    s = _LABEL.sub("", text.strip(), count=1).strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        s = s[1:-1].strip()
    return s


def copied_scaffolding(text: str) -> str | None:
    m = _SCAFFOLD.search(text)
    return f"copies the prompt's scaffolding ({m.group(0).strip()!r})" if m else None


@dataclass
class Lineage:
    id: str
    root_id: str
    text: str            # the current parent's instruction
    parent_id: str       # the current parent's record id (or the seed id)
    depth: int = 0       # successful evolutions so far
    failures: int = 0    # failed evolutions in a row
    ancestors: list[str] = field(default_factory=list)  # novelty-index ids of the chain
    path: list[str] = field(default_factory=list)
    retired: bool = False


class EvolInstruct(Job):
    """Evol-Instruct. ``n``: evolved instructions (records) to accept."""

    DEFAULTS: ClassVar[dict[str, Any]] = {"temperature": 0.7, "top_p": 1.0, "max_tokens": 512, "presence_penalty": 0.0}
    TEMPLATE_FIELDS = ("instruction", "operation", "topic", "topic_line")
    TEMPLATE_REQUIRED = ("instruction",)
    INSTRUCTION_CODES = F.INSTRUCTION_CODES

    @classmethod
    def default_template(cls, lang: str, mode: str) -> str:
        return evol_template(lang, "add_constraints")

    def __init__(self, *a: Any, **kw: Any) -> None:
        super().__init__(*a, **kw)
        ops = [o.strip() for o in self.cfg.evol_operations.split(",") if o.strip()]
        bad = [o for o in ops if o not in OPERATIONS]
        if bad or not ops:
            raise ValueError(f"evol_operations: unknown operation(s) {bad or ops}; choose from "
                             f"{', '.join(OPERATIONS)}")
        self.operations = ops
        order = list(range(len(self.pool.examples)))
        random.Random(f"{self.seed}:evol-order").shuffle(order)
        self.order = order
        self.lineages: list[Lineage] = []
        self.judge_unparsed = 0
        self.evolutions = {o: {"tried": 0, "accepted": 0} for o in ops}
        self._judged: dict[str, bool | None] = {}

    def _new_lineage(self) -> Lineage:
        k = len(self.lineages)
        i = self.order[k % len(self.order)]
        sid = self.pool.ids[i]
        lin = Lineage(f"L{k + 1}", sid, self.pool.examples[i].instruction, sid, ancestors=[sid])
        self.lineages.append(lin)
        return lin

    def _frontier(self) -> list[Lineage]:
        want = min(self.cfg.prompts_per_round, self.n - self.tasks_accepted)
        live = [x for x in self.lineages if not x.retired][:want]
        while len(live) < want:
            live.append(self._new_lineage())
        return live

    def extra_checks(self, cand: Candidate) -> Sequence[tuple[F.Code, Callable[[], str | None]]]:
        judged = self._judged.get(cand.id)
        return ((F.EVOL_COPIED_PROMPT, lambda: copied_scaffolding(cand.instruction)),
                (F.EVOL_NO_GAIN, lambda: "the teacher judged it equal to its parent" if judged
                 else None))

    async def step(self, r: int) -> None:
        cfg = self.cfg
        front = self._frontier()
        ops, prompts, samples = [], [], []
        for lin in front:
            attempt = lin.depth * 1000 + lin.failures
            op = random.Random(f"{self.seed}:{lin.id}:{attempt}").choice(self.operations)
            ops.append(op)
            prompts.append(evol_prompt(lin.text, op, self.lang, template=self.template,
                                       topic=cfg.topic))
            samples.append(f"evol:s{self.seed}:{lin.id}:d{lin.depth}:a{lin.failures}")
            self.evolutions[op]["tried"] += 1
        comps = await self.client.run("evolve", [self.request(p, cfg.gen_params(), s)
                                                 for p, s in zip(prompts, samples)])
        by_lineage: dict[str, Candidate] = {}
        cands: list[Candidate] = []
        for lin, op, s, comp in zip(front, ops, samples, comps):
            cid = f"r{r}-{lin.id}"
            meta = {"parent_id": lin.parent_id, "root_id": lin.root_id, "depth": lin.depth + 1,
                    "operation": op, "operations": [*lin.path, op]}
            text = parse_evolved(comp.text)
            if not text:
                self.reject(Candidate(cid, r, s, "", meta=meta),
                            F.Verdict(F.UNPARSABLE, f"no evolved instruction in the answer "
                                                    f"(finish_reason={comp.finish_reason})"),
                            raw=comp.text)
                continue
            c = Candidate(cid, r, s, text, truncated=comp.finish_reason == "length", meta=meta)
            cands.append(c)
            by_lineage[lin.id] = c
        # Rule 1: the teacher compares parent and child (greedy, cached once per pair).
        if cfg.evol_judge and cands:
            parents = {c.id: lin.text for lin in front for c in [by_lineage.get(lin.id)] if c}
            jp = [judge_prompt(parents[c.id], c.instruction, self.lang) for c in cands]
            params = {"temperature": 0.0, "top_p": 1.0, "max_tokens": 8, "presence_penalty": 0.0}
            answers = await self.client.run("judge", [self.request(p, params, "0") for p in jp])
            for c, a in zip(cands, answers):
                v = parse_judge(a.text)
                if v is None:
                    self.judge_unparsed += 1
                self._judged[c.id] = v
        ancestors = {c.id: lin.ancestors for lin in front for c in [by_lineage.get(lin.id)] if c}
        survivors = self.filter_instructions(cands, exclude=lambda c: ancestors[c.id])
        accepted: dict[str, str] = {}
        if survivors:
            answers = await self.client.run("answer", [self.request(c.instruction, cfg.answer_params(),
                                                                    "0") for c in survivors])
            for c, a in zip(survivors, answers):
                c.instances = [("", a.text.strip())]
                c.instances_truncated = a.finish_reason == "length"
                task = self.finish_task(c)
                if task is not None:
                    accepted[c.id] = task
        for lin, op in zip(front, ops):
            c = by_lineage.get(lin.id)
            task = accepted.get(c.id) if c else None
            if task is None:
                lin.failures += 1
                lin.retired = lin.failures >= cfg.evol_max_failures
                continue
            self.evolutions[op]["accepted"] += 1
            lin.text, lin.parent_id = c.instruction, f"{task}-1"
            lin.depth += 1
            lin.failures = 0
            lin.ancestors.append(task)
            lin.path.append(op)
            lin.retired = lin.depth >= cfg.evol_depth

    def extra_summary(self) -> dict[str, Any]:
        return {"evol": {"lineages": len(self.lineages),
                         "retired": sum(x.retired for x in self.lineages),
                         "max_depth": max((x.depth for x in self.lineages), default=0),
                         "operations": self.evolutions, "judge_unparsed": self.judge_unparsed}}
