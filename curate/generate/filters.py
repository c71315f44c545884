"""Filters for generated instructions and instances: each one measures one thing and names a code.

Every candidate the teacher writes ends up either accepted or rejected with exactly one code (the
first filter it fails, in the order below) and a reason; the generator counts, for each filter, how
many candidates reached it and how many it rejected, and writes every rejected candidate to
``OUT.rejects.jsonl`` (stage "generate"). A code's action can be switched ``off`` per run
(``actions={"gen.starts_with_punct": "off"}``); the default for all of them is ``drop``. Every check
has its own code, so a summary line always says which check it counts.

Instruction filters, in order: instruction_truncated (the teacher hit max_tokens inside this item) →
not_a_task → starts_with_punct → too_short / too_long (words, or CJK characters) → instruction_lang
(not in the requested language) → blacklist (rules pack ``generation``: tasks a text model cannot do)
→ a method's own checks (Evol-Instruct: evol_copied_prompt, evol_no_gain) → not_novel (ROUGE-L F >=
0.7 against the pool).
Instance filters: instance_truncated → empty_output → incomplete → input_equals_output →
output_not_json (with output_format json) → refusal → stopwords_only → input_lang → output_lang → duplicate_instance → conflicting_outputs.
The same filters serve every method (self-instruct, alpaca, evol, magpie).
"""
from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from curate.normalize import langcheck
from curate.schema import Code, register_code
from curate.text import CJK_CHAR, length_units, tokens


def _code(name: str, description: str, severity: str = "warning") -> Code:
    return register_code(name, "drop", severity, description)


INSTRUCTION_TRUNCATED = _code("gen.instruction_truncated", "the teacher's answer was cut at max_tokens "
                                                          "inside this instruction")
NOT_A_TASK = _code("gen.not_a_task", "not a task: no letters, a heading or preamble ending in ':', "
                                     "or a field label the teacher echoed")
STARTS_WITH_PUNCT = _code("gen.starts_with_punct", "the instruction starts with punctuation")
TOO_SHORT = _code("gen.too_short", "the instruction has fewer length units (words, or CJK "
                                   "characters) than min_units")
TOO_LONG = _code("gen.too_long", "the instruction has more length units than max_units")
INSTRUCTION_LANG = _code("gen.instruction_lang", "the instruction is not written in the requested "
                                                 "language")
BLACKLIST = _code("gen.blacklist", "the instruction asks for something a text model cannot do "
                                   "(rules pack 'generation')")
EVOL_COPIED_PROMPT = _code("gen.evol_copied_prompt", "the evolved instruction copies the evolution "
                                                     "prompt's own scaffolding words (Evol-Instruct)")
EVOL_NO_GAIN = _code("gen.evol_no_gain", "the teacher judged the evolved instruction equal to its "
                                         "parent: no information gain (Evol-Instruct)")
NOT_NOVEL = _code("gen.not_novel", "ROUGE-L F against an instruction already in the pool is at or "
                                   "above the novelty threshold")
INSTANCE_TRUNCATED = _code("gen.instance_truncated", "the teacher's answer was cut at max_tokens "
                                                     "inside this instance")
EMPTY_OUTPUT = _code("gen.empty_output", "the instance's output is empty")
INCOMPLETE = _code("gen.incomplete", "the instance's input or output ends with ':' (cut off)")
INPUT_EQUALS_OUTPUT = _code("gen.input_equals_output", "the instance's output repeats its input")
OUTPUT_NOT_JSON = _code("gen.output_not_json", "output_format is json but the output does not parse "
                                               "as JSON")
STOPWORDS_ONLY = _code("gen.stopwords_only", "the output holds only punctuation and stop words")
REFUSAL = _code("gen.refusal", "the output is a short refusal ('sorry', 'I cannot', '抱歉', "
                               "'作为AI') instead of an answer")
INPUT_LANG = _code("gen.input_lang", "the input is prose in another language than the task's, and "
                                     "the task asks for no other language")
OUTPUT_LANG = _code("gen.output_lang", "the output is in another language than the task's, and the "
                                       "task asks for no other language")
DUPLICATE_INSTANCE = _code("gen.duplicate_instance", "the instance repeats an earlier instance "
                                                     "of the same task")
CONFLICTING = _code("gen.conflicting_outputs", "instances of the task give one input different "
                                               "outputs (classification)")
NO_INSTANCES = _code("gen.no_instances", "no instance of the instruction survived the instance "
                                         "filters", "info")
UNPARSABLE = _code("gen.unparsable", "the teacher's answer held no item in the expected format")
OVER_QUOTA = _code("gen.over_quota", "not used: the run had reached n instructions", "info")
INSTANCE_OVER_QUOTA = _code("gen.instance_over_quota", "not used: the task already had its k "
                                                       "instances", "info")

INSTRUCTION_CODES = (INSTRUCTION_TRUNCATED, NOT_A_TASK, STARTS_WITH_PUNCT, TOO_SHORT, TOO_LONG,
                     INSTRUCTION_LANG, BLACKLIST, EVOL_COPIED_PROMPT, EVOL_NO_GAIN, NOT_NOVEL)
INSTANCE_CODES = (INSTANCE_TRUNCATED, EMPTY_OUTPUT, INCOMPLETE, INPUT_EQUALS_OUTPUT, OUTPUT_NOT_JSON,
                  REFUSAL,
                  STOPWORDS_ONLY, INPUT_LANG, OUTPUT_LANG, DUPLICATE_INSTANCE, CONFLICTING)
ALL_CODES = (*INSTRUCTION_CODES, *INSTANCE_CODES, NO_INSTANCES, UNPARSABLE, OVER_QUOTA,
             INSTANCE_OVER_QUOTA)

# Refusals (Evol-Instruct's elimination rule 2, Magpie's refusal filter): a refusal phrase near the
# start of a short answer. Long answers that open with a disclaimer and then help are kept.
REFUSAL_MAX_UNITS = 80  # WizardLM: "sorry" and fewer than 80 words; a CJK character counts 0.5
# An opener (apology or "as an AI") followed soon by an inability, or a first-person inability to
# do something right at the start.
_OPENER = re.compile(r"\b(?:sorry|apologi[sz]e|unfortunately|as an ai|as a (?:large )?language model|"
                     r"i'?m (?:just )?an ai|i am (?:just )?an ai)\b|抱歉|对不起|不好意思|很遗憾|"
                     r"(?:作为|我是)(?:一个|一名)?[^，。,.]{0,8}?(?:ai|人工智能|语言模型|机器人)", re.IGNORECASE)
_INABILITY = re.compile(r"\b(?:cannot|can't|can not|unable to|not able to|won't be able)\b|"
                        r"无法|不能|没法|做不到|没有[^，。]{0,6}能力", re.IGNORECASE)
_START_INABILITY = re.compile(
    r"^\W*(?:unfortunately,? )?(?:i|we) (?:cannot|can't|can not|am unable to|'m unable to|"
    r"am not able to) (?:help|answer|assist|provide|complete|do|fulfil|fulfill|generate|perform|"
    r"create|access|browse|see|view|play|draw|set|give|write|comply|record|find)\b|"
    r"^\W*(?:我|我们)(?:无法|不能|没办法|做不到)", re.IGNORECASE)
OPENER_WINDOW, INABILITY_WINDOW = 60, 150  # characters from the start

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

    def check(self, text: str, *, truncated: bool, lang: str, extra: Sequence[Any] = ()
              ) -> Verdict | None:
        """The fixed filters in order; ``extra`` are a method's own (code, test) steps, run after
        the blacklist (Evol-Instruct's elimination rules)."""
        units = length_units(text)
        steps = (
            (INSTRUCTION_TRUNCATED, lambda: "the answer hit max_tokens inside this item"
             if truncated else None),
            (NOT_A_TASK, lambda: not_a_task(text)),
            (STARTS_WITH_PUNCT, lambda: "starts with punctuation" if starts_with_punct(text) else None),
            (TOO_SHORT, lambda: f"{units} length units < {self.min_units}"
             if units < self.min_units else None),
            (TOO_LONG, lambda: f"{units} length units > {self.max_units}"
             if units > self.max_units else None),
            (INSTRUCTION_LANG, lambda: langcheck.check_instruction(text, lang)),
            (BLACKLIST, lambda: self.blacklist.check(text, lang) if self.blacklist else None),
            *extra,
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

    def __init__(self, *, actions: dict[str, str] | None = None, counters: Counters,
                 json_output: bool = False) -> None:
        self.actions = actions or {}
        self.n = counters
        self.json_output = json_output

    def on(self, code: Code) -> bool:
        return self.actions.get(code.code, code.action) != "off"

    def check_all(self, pairs: Sequence[tuple[str, str]], *, truncated_last: bool,
                  classification: bool, instruction: str = "", lang: str | None = None
                  ) -> list[Verdict | None]:
        """``lang``: the task's language (None: no language check)."""
        out: list[Verdict | None] = []
        seen: set[tuple[str, str]] = set()

        def first_failure(i: int, inp: str, outp: str) -> Verdict | None:
            # Each test runs only when the ones before it passed (lazily: the language ones cost most).
            steps = (
                (INSTANCE_TRUNCATED, lambda: "the answer hit max_tokens inside this example"
                 if truncated_last and i == len(pairs) - 1 else None),
                (EMPTY_OUTPUT, lambda: "empty output" if not outp.strip() else None),
                (INCOMPLETE, lambda: "a field ends with ':'"
                 if inp.rstrip().endswith((":", "：")) or outp.rstrip().endswith((":", "："))
                 else None),
                (INPUT_EQUALS_OUTPUT, lambda: "output equals input"
                 if inp.strip() and _same(inp, outp) else None),
                (OUTPUT_NOT_JSON, lambda: not_json(outp) if self.json_output else None),
                (REFUSAL, lambda: refusal(outp)),
                (STOPWORDS_ONLY, lambda: None if classification else stopwords_only(outp, lang)),
                (INPUT_LANG, lambda: langcheck.check_input(instruction, inp, lang) if lang else None),
                (OUTPUT_LANG, lambda: langcheck.check_output(instruction, inp, outp, lang)
                 if lang else None),
                (DUPLICATE_INSTANCE, lambda: "repeats an earlier example of this task"
                 if (_norm(inp), _norm(outp)) in seen else None),
            )
            for code, test in steps:
                if not self.on(code):
                    continue
                self.n.seen(code)
                failed = test()
                if failed is not None:
                    self.n.reject(code)
                    return Verdict(code, failed)
            return None

        for i, (inp, outp) in enumerate(pairs):
            verdict = first_failure(i, inp, outp)
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


def refusal(output: str) -> str | None:
    """Why ``output`` is a refusal, or None: it opens with an apology or an "as an AI" (within
    OPENER_WINDOW characters) followed by an inability ("cannot", "无法", within INABILITY_WINDOW), or
    starts with one ("I cannot help", "我无法"), and has fewer than REFUSAL_MAX_UNITS length units (a
    CJK character counting half a word). An apology that is the requested text ("I'm so sorry for
    your loss ...") is not a refusal: no inability follows it."""
    head = output.strip()
    opener = _OPENER.search(head[:OPENER_WINDOW])
    if not (_START_INABILITY.search(head) or (opener and _INABILITY.search(head[:INABILITY_WINDOW]))):
        return None
    cjk = len(CJK_CHAR.findall(output))
    units = length_units(output) - cjk + cjk / 2
    if units >= REFUSAL_MAX_UNITS:
        return None
    return f"a short refusal ({units:.0f} units < {REFUSAL_MAX_UNITS})"


# English function words for gen.stopwords_only. Not the stop-words package's English list: its
# 1,333 entries include "year", "saw", "help" and "10", and with it 53 of the 5,000 real Alpaca
# answers ("It has been a year since I last saw him.", "x = 10") would count as empty. Chinese uses
# the package's 119-character list (0 of the 1,000 Chinese Alpaca answers).
_EN_FUNCTION_WORDS = frozenset(["a", "an", "the", "this", "that", "these", "those", "it", "its", "me", "my", "mine", "i", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "what", "which", "who", "whom", "whose", "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "doing", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "nor", "and", "or", "but", "if", "then", "else", "so", "as", "of", "at", "by", "for", "with", "about", "to", "from", "in", "into", "on", "onto", "off", "out", "over", "under", "up", "down", "again", "further", "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only", "own", "same", "too", "very", "just", "than", "s", "t", "don", "didn", "doesn", "isn", "aren", "wasn", "weren", "won", "wouldn", "shouldn", "couldn", "ll", "re", "ve", "d", "m", "oh", "ok", "okay", "yes", "yeah", "well", "also", "etc"])


def stopwords_only(output: str, lang: str | None) -> str | None:
    """Why ``output`` has nothing but punctuation and function words (English, Chinese, or the task's
    language when the stop-words package has it), or None. An empty output is gen.empty_output's;
    classification labels ("yes", "no") are exempt (the caller skips classification tasks)."""
    if not output.strip():
        return None
    toks = tokens(output)
    if not toks:
        return "only punctuation"
    if len(toks) < 2:  # "Yes.", "A", "42": a one-word answer may be exactly right
        return None
    stops = _EN_FUNCTION_WORDS | langcheck.stopwords("zh")
    if lang and lang not in ("en", "zh"):
        stops = stops | langcheck.stopwords(lang)
    if all(t in stops for t in toks):
        return "only stop words and punctuation"
    return None


_JSON_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n\s*```\s*$", re.DOTALL)


def not_json(output: str) -> str | None:
    """Why ``output`` is not a JSON value (a ```json fence around it is allowed), or None."""
    import json

    m = _JSON_FENCE.match(output)
    text = m.group(1) if m else output
    try:
        json.loads(text)
    except ValueError as e:
        return f"not valid JSON ({getattr(e, 'msg', 'parse error')})"
    return None
