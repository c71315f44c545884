"""Magpie (Xu et al., 2024): prompt-free generation from an aligned chat model.

An aligned model given only its chat template's *pre-query prefix* (the text up to where a user's
message begins, e.g. ``<|im_start|>user\\n``) writes a plausible user message itself, because that is
what follows such a prefix in its training data. Each round samples ``prompts_per_round`` user
queries this way (temperature 1.0, top_p 1.0, stopping at the end-of-turn marker), runs the
instruction filters on them (length, language, blacklist, duplicates by ROUGE-L), then asks the same
model to answer each surviving query in a normal chat call, and runs the instance filters on the
answers (empty, cut off, refusals, only stop words, language).

Where the prefix comes from:
* ``magpie_template: auto`` with the embedded/local teacher: rendered from the model's own chat
  template (``LocalTeacher.pre_query_prefix``), so any local model with a template works;
* with an OpenAI-compatible server: raw ``/v1/completions`` requests, and the prefix from a named
  template family (the server hides its template): ``chatml`` (Qwen2/2.5, SmolLM2, Yi, Hermes),
  ``llama3`` (Llama 3/3.1/3.2 Instruct), ``phi3`` (Phi-3/3.5), ``gemma`` (Gemma 2/3), or the literal
  prefix text (``\\n`` written as a backslash-n is read as a newline).

Steering: a system prompt goes into the prefix (``--system``); without one, English runs use the
template's own default and Chinese runs a short "you are a Chinese assistant" prompt (written for
this project), because Magpie queries follow the system prompt's language. ``--topic`` adds a
sentence to the system prompt.
"""
from __future__ import annotations

import re
from typing import Any, ClassVar

from curate.generate import filters as F
from curate.generate.base import Candidate, Job

# family -> (system turn, user-turn prefix, end-of-turn stops). Servers add the BOS token
# themselves (vLLM, llama.cpp and TGI tokenize completions with special tokens), so prefixes start
# after it.
TEMPLATES: dict[str, dict[str, Any]] = {
    "chatml": {"system": "<|im_start|>system\n{system}<|im_end|>\n", "user": "<|im_start|>user\n",
               "stop": ["<|im_end|>", "<|im_start|>", "<|endoftext|>"]},
    "llama3": {"system": "<|start_header_id|>system<|end_header_id|>\n\n{system}<|eot_id|>",
               "user": "<|start_header_id|>user<|end_header_id|>\n\n",
               "stop": ["<|eot_id|>", "<|start_header_id|>", "<|end_of_text|>"]},
    "phi3": {"system": "<|system|>\n{system}<|end|>\n", "user": "<|user|>\n",
             "stop": ["<|end|>", "<|assistant|>", "<|endoftext|>"]},
    # Gemma has no system role: its template puts the system text at the start of the user turn.
    "gemma": {"system": None, "user": "<start_of_turn>user\n",
              "stop": ["<end_of_turn>", "<start_of_turn>", "<eos>"]},
}
_GENERIC_STOPS = ["<|im_end|>", "<|eot_id|>", "<|end|>", "<end_of_turn>", "</s>", "<|endoftext|>"]
# A model that runs on past its user turn writes the assistant's header next; cut there too.
_ASSISTANT_TURN = re.compile(r"<\|im_start\|>|<\|start_header_id\|>|<\|assistant\|>|<start_of_turn>|"
                             r"^\s*(?:assistant|Assistant|ASSISTANT|助手)\s*[:：]?\s*$", re.MULTILINE)

_SYSTEM = {
    "en": {"plain": None, "topic": "You are a helpful assistant. Users ask you about {topic}."},
    "zh": {"plain": "你是一个乐于助人的中文助手。用户总是用中文提问，你也用中文回答。",
           "topic": "你是一个乐于助人的中文助手。用户总是用中文提问，问题都与“{topic}”有关，你也用中文回答。"},
}
_TOPIC_SENTENCE = {"en": " Users ask you about {topic}.", "zh": "用户的问题都与“{topic}”有关。"}


def magpie_system(system: str | None, topic: str | None, lang: str) -> str | None:
    """The system prompt Magpie sends: the user's, else ours for the language; a topic adds a
    sentence."""
    t = "zh" if lang == "zh" else "en"
    if system:
        return system + (_TOPIC_SENTENCE[t].format(topic=topic) if topic else "")
    return _SYSTEM[t]["topic"].format(topic=topic) if topic else _SYSTEM[t]["plain"]


def named_prefix(template: str, system: str | None) -> tuple[str, list[str]]:
    """(pre-query prefix, stops) for a template family name or a literal prefix."""
    spec = TEMPLATES.get(template)
    if spec is None:
        literal = template.replace("\\n", "\n").replace("\\t", "\t")
        return literal, list(_GENERIC_STOPS)
    head = ""
    if system:
        head = spec["system"].format(system=system) if spec["system"] else ""
    prefix = head + spec["user"]
    if system and spec["system"] is None:
        prefix += system + "\n\n"
    return prefix, list(spec["stop"])


def parse_query(text: str, stops: list[str]) -> str:
    """The user message the model wrote: up to the first stop or assistant header."""
    cut = len(text)
    for s in stops:
        i = text.find(s)
        if i >= 0:
            cut = min(cut, i)
    m = _ASSISTANT_TURN.search(text)
    if m:
        cut = min(cut, m.start())
    return text[:cut].strip()


class Magpie(Job):
    """Magpie: ``n`` accepted (query, answer) records, no seeds needed."""

    DEFAULTS: ClassVar[dict[str, Any]] = {"temperature": 1.0, "top_p": 1.0, "max_tokens": 256, "presence_penalty": 0.0}
    NEEDS_SEEDS = False

    def __init__(self, *a: Any, **kw: Any) -> None:
        super().__init__(*a, **kw)
        if self.cfg.lang == "auto" and not self.cfg.seed_lang and not self.pool.examples:
            self.lang = "en"
        self._system = magpie_system(self.cfg.system, self.cfg.topic, self.lang)
        self.prefix, self.stops = self._prefix()

    @property
    def system(self) -> str | None:
        return self._system

    def _prefix(self) -> tuple[str, list[str]]:
        name = self.cfg.magpie_template
        if name == "auto":
            get = getattr(self.teacher, "pre_query_prefix", None)
            if get is None:
                raise ValueError(
                    f"magpie with the {self.teacher.kind!r} teacher needs --magpie-template: one of "
                    f"{', '.join(TEMPLATES)} (the served model's chat template family) or the "
                    f"literal pre-query prefix; 'auto' reads the template of a local model only")
            return get(self.system)
        return named_prefix(name, self.system)

    def extra_summary(self) -> dict[str, Any]:
        return {"magpie": {"template": self.cfg.magpie_template, "pre_query_prefix": self.prefix,
                           "stops": self.stops, "system": self.system}}

    async def step(self, r: int) -> None:
        cfg = self.cfg
        if len(self.backlog) >= self.n - self.tasks_accepted:
            await self._answer(self.filter_instructions([]))
            return
        params = {**cfg.gen_params(), "stop": self.stops}
        samples = [f"magpie:s{self.seed}:r{r}:q{i}" for i in range(cfg.prompts_per_round)]
        # The system prompt is already inside the prefix: the raw request carries none of its own.
        comps = await self.client.run("queries", [self.request(self.prefix, params, s, raw=True,
                                                               system=None) for s in samples])
        cands: list[Candidate] = []
        for i, (s, comp) in enumerate(zip(samples, comps)):
            q = parse_query(comp.text, self.stops)
            if not q:
                self.reject(Candidate(f"r{r}-q{i}", r, s, ""),
                            F.Verdict(F.UNPARSABLE, f"no user query in the completion "
                                                    f"(finish_reason={comp.finish_reason})"),
                            raw=comp.text)
                continue
            # Cut at max_tokens without reaching an end-of-turn: the query may be unfinished.
            cands.append(Candidate(f"r{r}-q{i}", r, s, q, truncated=comp.finish_reason == "length"))
        await self._answer(self.filter_instructions(cands))

    async def _answer(self, survivors: list[Candidate]) -> None:
        if not survivors:
            return
        answers = await self.client.run("answer", [self.request(c.instruction, self.cfg.answer_params(),
                                                                "0") for c in survivors])
        for c, a in zip(survivors, answers):
            c.instances = [("", a.text.strip())]
            c.instances_truncated = a.finish_reason == "length"
            self.finish_task(c)
