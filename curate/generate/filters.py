"""Filters for generated instructions and instances: each one measures one thing and names a code.

Every candidate the teacher writes ends up either accepted or rejected with exactly one code (the
first filter it fails, in the order below) and a reason; the generator counts, for each filter, how
many candidates reached it and how many it rejected, and writes every rejected candidate to
``OUT.rejects.jsonl`` (stage "generate"). A code's action can be switched ``off`` per run
(``actions={"gen.starts_with_punct": "off"}``); the default for all of them is ``drop``.

Instruction filters, in order: truncated (the teacher hit max_tokens inside this item) → not_a_task →
starts_with_punct → too_short / too_long (words, or CJK characters) → blacklist (rules pack
``generation``: tasks a text model cannot do) → not_novel (ROUGE-L F ≥ 0.7 against the pool).
Instance filters: truncated → empty_output → incomplete → input_equals_output → duplicate_instance →
conflicting_outputs.
"""
from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from curate.schema import Code, register_code
from curate.text import length_units


def _code(name: str, description: str, severity: str = "warning") -> Code:
    return register_code(name, "drop", severity, description)


TRUNCATED = _code("gen.truncated", "the teacher's answer was cut at max_tokens inside this item")
NOT_A_TASK = _code("gen.not_a_task", "not a task: no letters, a heading or preamble ending in ':', "
                                     "or a field label the teacher echoed")
STARTS_WITH_PUNCT = _code("gen.starts_with_punct", "the instruction starts with punctuation")
TOO_SHORT = _code("gen.too_short", "the instruction has fewer length units (words, or CJK "
                                   "characters) than min_units")
TOO_LONG = _code("gen.too_long", "the instruction has more length units than max_units")
BLACKLIST = _code("gen.blacklist", "the instruction asks for something a text model cannot do "
                                   "(rules pack 'generation')")
NOT_NOVEL = _code("gen.not_novel", "ROUGE-L F against an instruction already in the pool is at or "
                                   "above the novelty threshold")
EMPTY_OUTPUT = _code("gen.empty_output", "the instance's output is empty")
INCOMPLETE = _code("gen.incomplete", "the instance's input or output ends with ':' (cut off)")
INPUT_EQUALS_OUTPUT = _code("gen.input_equals_output", "the instance's output repeats its input")
DUPLICATE_INSTANCE = _code("gen.duplicate_instance", "the instance repeats an earlier instance "
                                                     "of the same task")
CONFLICTING = _code("gen.conflicting_outputs", "instances of the task give one input different "
                                               "outputs (classification)")
NO_INSTANCES = _code("gen.no_instances", "no instance of the instruction survived the instance "
                                         "filters", "info")
UNPARSABLE = _code("gen.unparsable", "the teacher's answer held no item in the expected format")
OVER_QUOTA = _code("gen.over_quota", "not used: the run had reached n instructions, or the task "
                                     "its k instances", "info")

INSTRUCTION_CODES = (TRUNCATED, NOT_A_TASK, STARTS_WITH_PUNCT, TOO_SHORT, TOO_LONG, BLACKLIST,
                     NOT_NOVEL)
INSTANCE_CODES = (TRUNCATED, EMPTY_OUTPUT, INCOMPLETE, INPUT_EQUALS_OUTPUT, DUPLICATE_INSTANCE,
                  CONFLICTING)
ALL_CODES = (*dict.fromkeys((*INSTRUCTION_CODES, *INSTANCE_CODES, NO_INSTANCES, UNPARSABLE,
                             OVER_QUOTA)),)

# Openers that start real instructions although Unicode calls them punctuation: Chinese book-title
# marks and corner brackets (《红楼梦》的作者是谁？) and typographic quotes. ASCII punctuation stays
# forbidden, as in Self-Instruct. There is deliberately no "starts with a non-ASCII character" test:
# it would reject every Chinese instruction.
_OK_OPENERS = set("《〈「『【“‘")
_LETTER = re.compile(r"[^\W\d_]")
_LABEL_ECHO = re.compile(r"^\s*(input|output|instruction|class label|输入|输出|指令|类别)\s*[:：]",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    code: Code
    reason: str
    twin_id: str | None = None
    similarity: float | None = None


def starts_with_punct(text: str) -> bool:
    s = text.lstrip()
    if not s:
        return False
    c = s[0]
    if c in _OK_OPENERS:
        return False
    return c in string.punctuation or unicodedata.category(c).startswith("P")


def not_a_task(text: str) -> str | None:
    """Why ``text`` is not an instruction, or None."""
    s = text.strip()
    if not _LETTER.search(s):
        return "no letters"
    if s.endswith((":", "：")):
        return "ends with ':' (a heading or preamble)"
    if _LABEL_ECHO.match(s):
        return "starts with a field label"
    return None


class Blacklist:
    """The ``generation`` rules pack (curate.rules) as one check: tasks a text-only model cannot do
    (draw, images, audio, video, files, browsing, ...). Loaded once per run."""

    def __init__(self, packs: Sequence[str] = ("generation",)) -> None:
        from curate.rules import load_rules

        self.packs = list(packs)
        self.rules = load_rules(self.packs) if self.packs else None

    def check(self, instruction: str, lang: str) -> str | None:
        if self.rules is None:
            return None
        hits = self.rules.check_record({"instruction": instruction, "input": "", "output": ""},
                                       lang=lang)
        hits = [h for h in hits if h.action != "off"]
        if not hits:
            return None
        h = hits[0]
        return f"rule {h.rule_id}" + (f": {h.detail}" if h.detail else "")


class Counters:
    """For each code: candidates that reached the filter and candidates it rejected."""

    def __init__(self) -> None:
        self.checked: dict[str, int] = {}
        self.rejected: dict[str, int] = {}

    def seen(self, code: Code) -> None:
        self.checked[code.code] = self.checked.get(code.code, 0) + 1

    def reject(self, code: Code) -> None:
        self.rejected[code.code] = self.rejected.get(code.code, 0) + 1

    def report(self, order: Sequence[Code]) -> dict[str, dict[str, Any]]:
        out = {}
        for c in order:
            n, r = self.checked.get(c.code, 0), self.rejected.get(c.code, 0)
            out[c.code] = {"checked": n, "rejected": r,
                           "pass_rate": round((n - r) / n, 4) if n else None}
        return out


class InstructionFilter:
    """Runs the instruction filters in order; ``check`` returns the first failing Verdict or None.
    The novelty test is separate (``novel``), because the pool it compares against changes."""

    def __init__(self, *, min_units: int = 4, max_units: int = 150, blacklist: Blacklist | None,
                 actions: dict[str, str] | None = None, counters: Counters) -> None:
        self.min_units = min_units
        self.max_units = max_units
        self.blacklist = blacklist
        self.actions = actions or {}
        self.n = counters

    def on(self, code: Code) -> bool:
        return self.actions.get(code.code, code.action) != "off"

    def _step(self, code: Code, failed: str | None) -> Verdict | None:
        if not self.on(code):
            return None
        self.n.seen(code)
        if failed is None:
            return None
        self.n.reject(code)
        return Verdict(code, failed)

    def check(self, text: str, *, truncated: bool, lang: str) -> Verdict | None:
        units = length_units(text)
        steps = (
            (TRUNCATED, lambda: "the answer hit max_tokens inside this item" if truncated else None),
            (NOT_A_TASK, lambda: not_a_task(text)),
            (STARTS_WITH_PUNCT, lambda: "starts with punctuation" if starts_with_punct(text) else None),
            (TOO_SHORT, lambda: f"{units} length units < {self.min_units}"
             if units < self.min_units else None),
            (TOO_LONG, lambda: f"{units} length units > {self.max_units}"
             if units > self.max_units else None),
            (BLACKLIST, lambda: self.blacklist.check(text, lang) if self.blacklist else None),
        )
        for code, test in steps:
            if not self.on(code):
                continue
            v = self._step(code, test())
            if v is not None:
                return v
        return None

    def novel(self, best: float, twin: str | None, threshold: float) -> Verdict | None:
        if not self.on(NOT_NOVEL):
            return None
        self.n.seen(NOT_NOVEL)
        if best < threshold:
            return None
        self.n.reject(NOT_NOVEL)
        return Verdict(NOT_NOVEL, f"ROUGE-L F {best:.3f} >= {threshold}", twin, round(best, 6))


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class InstanceFilter:
    """Instance filters for one task's parsed (input, output) pairs: ``check_all`` returns, per pair,
    None (kept) or the Verdict that rejects it."""

    def __init__(self, *, actions: dict[str, str] | None = None, counters: Counters) -> None:
        self.actions = actions or {}
        self.n = counters

    def on(self, code: Code) -> bool:
        return self.actions.get(code.code, code.action) != "off"

    def check_all(self, pairs: Sequence[tuple[str, str]], *, truncated_last: bool,
                  classification: bool) -> list[Verdict | None]:
        out: list[Verdict | None] = []
        seen: set[tuple[str, str]] = set()
        for i, (inp, outp) in enumerate(pairs):
            steps = (
                (TRUNCATED, "the answer hit max_tokens inside this example"
                 if truncated_last and i == len(pairs) - 1 else None),
                (EMPTY_OUTPUT, "empty output" if not outp.strip() else None),
                (INCOMPLETE, "a field ends with ':'"
                 if inp.rstrip().endswith((":", "：")) or outp.rstrip().endswith((":", "："))
                 else None),
                (INPUT_EQUALS_OUTPUT, "output equals input"
                 if inp.strip() and _same(inp, outp) else None),
                (DUPLICATE_INSTANCE, "repeats an earlier example of this task"
                 if (_norm(inp), _norm(outp)) in seen else None),
            )
            verdict = None
            for code, failed in steps:
                if not self.on(code):
                    continue
                self.n.seen(code)
                if failed is not None:
                    self.n.reject(code)
                    verdict = Verdict(code, failed)
                    break
            if verdict is None:
                seen.add((_norm(inp), _norm(outp)))
            out.append(verdict)
        # Conflicts: one input, different outputs. For a classification task that is a wrong label
        # on one side at least; we cannot tell which, so both go (Self-Instruct drops the task).
        if classification and self.on(CONFLICTING):
            outs: dict[str, set[str]] = {}
            for (inp, outp), v in zip(pairs, out):
                if v is None:
                    outs.setdefault(_norm(inp), set()).add(_norm(outp))
            for i, ((inp, _), v) in enumerate(zip(pairs, out)):
                if v is None:
                    self.n.seen(CONFLICTING)
                    if len(outs.get(_norm(inp), ())) > 1:
                        self.n.reject(CONFLICTING)
                        out[i] = Verdict(CONFLICTING, "this input has another example with a "
                                                      "different output")
        return out


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()
