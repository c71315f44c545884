"""Prompt templates and response parsers for Self-Instruct and Alpaca-style generation.

Every prompt is built deterministically from its arguments (the caller passes an ``random.Random``
seeded from the run seed and round), so a resumed run asks exactly the same questions and finds its
answers in the cache. Templates exist in English and Chinese; the language of the seed pool picks
one. Wording is ours; the structure follows the papers (a numbered task list to continue; a few-shot
yes/no classification question; input-first or output-first instance generation; Alpaca's one-shot
batch of instruction/input/output triples with ``<noinput>``).
"""
from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

NOINPUT = "<noinput>"


@dataclass(frozen=True)
class Example:
    """A task as shown in a prompt: an instruction with optional instances."""

    instruction: str
    instances: tuple[tuple[str, str], ...] = ()
    is_classification: bool = False


# ----------------------------------------------------------------------------- templates
_T = {
    "en": {
        "tasks_head": (
            "We are collecting a varied set of tasks for training an AI assistant that only reads and "
            "writes text. Continue the numbered list with new tasks. Mix the kinds of task (questions, "
            "classification, rewriting, extraction, reasoning, creative writing, advice, planning) and "
            "the topics. Each task is one or two sentences, can be done with text alone, and must not "
            "repeat a task already in the list.\n\n"),
        "task_line": "Task {n}: {text}\n",
        "task_open": "Task {n}:",
        "cls_head": (
            "Is the task a classification task, i.e. is its answer a label taken from a small, fixed "
            "set of options? Answer Yes or No.\n\n"),
        "cls_item": "Task: {text}\nClassification: {ans}\n\n",
        "cls_open": "Task: {text}\nClassification:",
        "yes": "Yes", "no": "No",
        "inst_head": (
            "Write up to {k} examples for the last task. An example has an input (the concrete text "
            "the task works on; write \"Input: <none>\" when the task needs no input) and the correct, "
            "complete output. Number the examples.\n\n"),
        "inst_head_cls": (
            "The last task is a classification task. Write up to {k} examples for it: for each, first "
            "give a class label, then an input that belongs to that class. Use different labels "
            "across the examples and number them.\n\n"),
        "task": "Task: {text}\n", "example": "Example {n}\n",
        "input": "Input: {text}\n", "output": "Output: {text}\n", "label": "Class label: {text}\n",
        "none": "<none>",
        "alpaca_head": (
            "Write {n} varied task examples for training an AI assistant that only reads and writes "
            "text.\nRequirements:\n"
            "1. Use different verbs and kinds of task: questions, classification, rewriting, "
            "extraction, reasoning, creative writing, advice.\n"
            "2. Write each instruction in English, as one or two sentences (a command or a question).\n"
            "3. Every task must be doable in text: nothing about images, audio, video, files, "
            "browsing the web or acting in the world.\n"
            "4. Give about half of the tasks an input: a concrete, realistic text for the instruction "
            "to work on, not a reference to one. Otherwise write <noinput>.\n"
            "5. Keep inputs and outputs under 100 words; the output must be a correct, complete "
            "answer.\n\n"
            "Format every example like the ones below, each starting with ###.\n\n"),
        "alpaca_tail": "Now write examples {a} to {b}.\n",
        "a_instruction": "Instruction", "a_input": "Input", "a_output": "Output",
    },
    "zh": {
        "tasks_head": (
            "我们在为一个只读写文字的 AI 助手收集多样化的任务。请按编号继续列出新的任务。任务类型要多样"
            "（问答、分类、改写、信息抽取、推理、创作、建议、规划等），话题也要多样。每个任务用一两句话写成，"
            "只靠文字就能完成，不要与列表中已有的任务重复。\n\n"),
        "task_line": "任务{n}：{text}\n",
        "task_open": "任务{n}：",
        "cls_head": "判断下面的任务是不是分类任务，即答案是否取自一个固定的小集合中的某个类别标签。回答“是”或“否”。\n\n",
        "cls_item": "任务：{text}\n是否分类：{ans}\n\n",
        "cls_open": "任务：{text}\n是否分类：",
        "yes": "是", "no": "否",
        "inst_head": (
            "请为最后一个任务写最多 {k} 个示例。每个示例包括输入（任务要处理的具体文字；任务不需要输入时写"
            "“输入：<无>”）和正确、完整的输出。请给示例编号。\n\n"),
        "inst_head_cls": (
            "最后一个任务是分类任务。请为它写最多 {k} 个示例：每个示例先给出类别，再给出属于该类别的输入。"
            "各示例尽量使用不同的类别，并给示例编号。\n\n"),
        "task": "任务：{text}\n", "example": "示例{n}\n",
        "input": "输入：{text}\n", "output": "输出：{text}\n", "label": "类别：{text}\n",
        "none": "<无>",
        "alpaca_head": (
            "请写 {n} 个多样化的任务示例，用于训练只读写文字的 AI 助手。\n要求：\n"
            "1. 动词和任务类型要多样：问答、分类、改写、信息抽取、推理、创作、建议等。\n"
            "2. 每条指令用中文写，一两句话，可以是祈使句或问句。\n"
            "3. 每个任务都必须只靠文字完成：不涉及图片、音频、视频、文件、上网或现实中的操作。\n"
            "4. 大约一半的任务带有输入：一段具体、真实、供指令处理的文字，而不是对它的引用；没有输入时写 <noinput>。\n"
            "5. 输入和输出都不超过 200 字；输出必须正确、完整。\n\n"
            "每个示例都按下面的格式书写，以 ### 开头。\n\n"),
        "alpaca_tail": "现在请写第 {a} 到第 {b} 个示例。\n",
        "a_instruction": "指令", "a_input": "输入", "a_output": "输出",
    },
}


LANGS = tuple(_T)  # prompt template languages

# --topic: one line added to the generation prompt (the default templates' {topic_line}).
_TOPIC = {"en": "\nTopic: every new task must be about {topic}.",
          "zh": "\n主题：每个新任务都必须与“{topic}”有关。"}
_ALPACA_FORMAT_LINE = {"en": "\n\nFormat every example", "zh": "\n\n每个示例都按"}


def topic_line(topic: str | None, lang: str = "en") -> str:
    """The line --topic adds to a generation prompt ("" without a topic)."""
    return _TOPIC[template_lang(lang)].format(topic=" ".join(topic.split())) if topic else ""


def instruction_template(lang: str = "en") -> str:
    """The default Self-Instruct prompt as a template: {topic_line}, {tasks} (the numbered list),
    {next} (the open item, "Task 9:")."""
    t = _T[template_lang(lang)]
    return t["tasks_head"].rstrip("\n").replace("{", "{{").replace("}", "}}") + \
        "{topic_line}\n\n{tasks}{next}"


def alpaca_template(lang: str = "en") -> str:
    """The default Alpaca batch prompt as a template: {n}, {topic_line}, {examples}, {next}."""
    t = _T[template_lang(lang)]
    marker = _ALPACA_FORMAT_LINE[template_lang(lang)]
    head = t["alpaca_head"].replace(marker, "{topic_line}" + marker, 1)
    return head + "{examples}###\n{next}"


def template_lang(lang: str) -> str:
    """Template language for a pool language: Chinese templates for zh, English for the rest."""
    return "zh" if lang == "zh" else "en"


def _clean(text: str) -> str:
    return " ".join(text.split())


# ----------------------------------------------------------------------------- instruction list
def instruction_prompt(examples: Sequence[str], lang: str = "en", *, template: str | None = None,
                       topic: str | None = None) -> str:
    """A numbered task list (seed and machine instructions, already shuffled by the caller) that the
    teacher continues with task ``len(examples) + 1``; ``template`` overrides the default
    (:func:`instruction_template`), ``topic`` adds the topic line."""
    t = _T[template_lang(lang)]
    body = "".join(t["task_line"].format(n=i, text=_clean(x)) for i, x in enumerate(examples, 1))
    tpl = template or instruction_template(lang)
    return tpl.format(tasks=body, next=t["task_open"].format(n=len(examples) + 1),
                      n=len(examples) + 1, topic=topic or "", topic_line=topic_line(topic, lang))


# "Task 12:", "任务12：", "12.", "12)", "12、" at a line start.
_ITEM = re.compile(r"(?m)^[ \t]*(?:(?:task|任务)[ \t]*(\d+)[ \t]*[:：.]?|(\d+)[ \t]*[.)、:：])[ \t]*",
                   re.IGNORECASE)


_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def parse_instructions(text: str) -> list[str]:
    """Split a continued task list into instructions, in order. The text before the first marker is
    the continuation of the open task the prompt ended with. Items keep inner line breaks but lose
    surrounding whitespace; empty items are kept (as "") so the caller can count and reject them."""
    parts: list[str] = []
    pos = 0
    for m in _ITEM.finditer(text):
        parts.append(text[pos:m.start()])
        pos = m.end()
    parts.append(text[pos:])
    head, rest = parts[0], parts[1:]
    items = ([head] if head.strip() else []) + rest
    # Chat teachers bold list labels ("**Summarize**: ..."); the markers are formatting, not task.
    return [_BOLD.sub(lambda m: m.group(1) or m.group(2), p).strip() for p in items]


# ----------------------------------------------------------------------------- classification
def classification_prompt(instruction: str, shots: Sequence[Example], lang: str = "en") -> str:
    t = _T[template_lang(lang)]
    body = "".join(t["cls_item"].format(text=_clean(s.instruction),
                                        ans=t["yes"] if s.is_classification else t["no"])
                   for s in shots)
    return t["cls_head"] + body + t["cls_open"].format(text=_clean(instruction))


_YES = re.compile(r"^\W*(yes|是)", re.IGNORECASE)
_NO = re.compile(r"^\W*(no|否|不是)", re.IGNORECASE)


def parse_classification(text: str) -> bool | None:
    """True/False from a Yes/No (是/否) answer; None when the answer is neither."""
    s = text.strip()
    if _NO.match(s):  # "不是" starts with neither 是 nor yes, but check No first for clarity
        return False
    if _YES.match(s):
        return True
    return None


def classification_shots(pool: Sequence[Example], per_class: int = 4) -> list[Example]:
    """Few-shot examples for the classification question: the first ``per_class`` classification
    and non-classification seeds, interleaved (fixed, so the prompt for an instruction never
    changes and its answer is cached once)."""
    yes = [e for e in pool if e.is_classification][:per_class]
    no = [e for e in pool if not e.is_classification][:per_class]
    out: list[Example] = []
    for i in range(max(len(yes), len(no))):
        out.extend(x[i] for x in (no, yes) if i < len(x))
    return out


# ----------------------------------------------------------------------------- instances
def _example_block(e: Example, t: dict[str, str], output_first: bool) -> str:
    s = t["task"].format(text=_clean(e.instruction))
    for n, (inp, out) in enumerate(e.instances, 1):
        s += t["example"].format(n=n)
        if output_first:
            s += t["label"].format(text=out.strip()) + t["input"].format(text=inp.strip() or t["none"])
        else:
            s += t["input"].format(text=inp.strip() or t["none"]) + t["output"].format(text=out.strip())
    return s + "\n"


def instance_prompt(instruction: str, shots: Sequence[Example], *, classification: bool, k: int,
                    lang: str = "en") -> str:
    """Instance generation: input-first for ordinary tasks, output-first (label, then input) for
    classification tasks, so the labels are not all the same one (Self-Instruct's finding)."""
    t = _T[template_lang(lang)]
    head = (t["inst_head_cls"] if classification else t["inst_head"]).format(k=k)
    body = "".join(_example_block(s, t, classification) for s in shots)
    return head + body + t["task"].format(text=_clean(instruction))


_NONE_MARKERS = {"<none>", "<no input>", "<noinput>", "none", "no input", "n/a", "<无>", "无", "无输入",
                 "<空>", "空"}


def _field(label_re: str) -> re.Pattern[str]:
    return re.compile(rf"(?mi)^[ \t]*(?:{label_re})[ \t]*[:：][ \t]*")


_EXAMPLE = re.compile(r"(?m)^[ \t]*(?:example|示例|例)[ \t]*\d+[ \t]*[:：.]?[ \t]*$", re.IGNORECASE)
_INPUT = _field(r"input|输入")
_OUTPUT = _field(r"output|输出")
_LABEL = _field(r"class label|label|类别|标签")
_TASK = _field(r"task|任务")


def _fields(block: str, labels: dict[str, re.Pattern[str]]) -> dict[str, str]:
    marks = sorted((m.start(), m.end(), name) for name, rx in labels.items() for m in rx.finditer(block))
    out: dict[str, str] = {}
    for i, (_, end, name) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(block)
        if name not in out:  # first occurrence wins; later ones are the model running on
            out[name] = block[end:stop].strip()
    return out


def _noinput(text: str) -> str:
    return "" if text.strip().lower() in _NONE_MARKERS else text


def parse_instances(text: str, *, classification: bool) -> list[tuple[str, str]]:
    """(input, output) pairs from an instance-generation answer, in order. Stops at a line that
    starts a new task (the model moving on). A pair keeps empty fields so the caller can reject them
    with a reason; a block with neither field is skipped (nothing to account for)."""
    m = _TASK.search(text)
    if m:
        text = text[:m.start()]
    blocks = _EXAMPLE.split(text)
    labels = {"input": _INPUT, "output": _LABEL if classification else _OUTPUT}
    if classification:
        labels["alt_output"] = _OUTPUT
    pairs = []
    if not classification and text.strip() and not any(
            rx.search(text) for rx in (_INPUT, _OUTPUT, _LABEL)):
        # No field labels at all: a chat teacher answered the task directly. That answer is the
        # output of an example without input (it still goes through the instance filters).
        return [("", text.strip())]
    for b in blocks:
        f = _fields(b, labels)
        if "input" not in f and "output" not in f and "alt_output" not in f:
            continue
        out = f.get("output", f.get("alt_output", ""))
        pairs.append((_noinput(f.get("input", "")), out))
    return pairs


# ----------------------------------------------------------------------------- Alpaca batch mode
def alpaca_prompt(examples: Sequence[Example], n: int, lang: str = "en", *,
                  template: str | None = None, topic: str | None = None) -> str:
    """Alpaca's one-step prompt: requirements, then seed triples numbered 1..len(examples), then a
    request for the next ``n``; ``template`` overrides the default (:func:`alpaca_template`)."""
    t = _T[template_lang(lang)]
    s = ""
    for i, e in enumerate(examples, 1):
        inp, out = e.instances[0] if e.instances else ("", "")
        s += (f"###\n{i}. {t['a_instruction']}: {_clean(e.instruction)}\n"
              f"{i}. {t['a_input']}:\n{inp.strip() or NOINPUT}\n"
              f"{i}. {t['a_output']}:\n{out.strip()}\n")
    tpl = template or alpaca_template(lang)
    return tpl.format(n=n, examples=s, topic=topic or "", topic_line=topic_line(topic, lang),
                      next=t["alpaca_tail"].format(a=len(examples) + 1, b=len(examples) + n))


_A_FIELD = re.compile(r"(?m)^[ \t]*\d+[ \t]*[.、][ \t]*(instruction|input|output|指令|输入|输出)[ \t]*[:：][ \t]*",
                      re.IGNORECASE)
_A_NAMES = {"instruction": "instruction", "指令": "instruction", "input": "input", "输入": "input",
            "output": "output", "输出": "output"}


def parse_alpaca(text: str) -> list[dict[str, str]]:
    """Triples from an Alpaca-style answer: blocks split on ###, fields "N. Instruction:", "N. Input:",
    "N. Output:". A block without an instruction is skipped; missing input/output stay "" so the
    caller rejects them with a reason."""
    out = []
    for block in re.split(r"(?m)^[ \t]*###[ \t]*$|###", text):
        marks = [(m.start(), m.end(), _A_NAMES[m.group(1).lower()]) for m in _A_FIELD.finditer(block)]
        f: dict[str, str] = {}
        for i, (_, end, name) in enumerate(marks):
            stop = marks[i + 1][0] if i + 1 < len(marks) else len(block)
            f.setdefault(name, block[end:stop].strip())
        if not f.get("instruction"):
            continue
        inp = f.get("input", "")
        out.append({"instruction": f["instruction"], "input": _noinput(inp),
                    "output": f.get("output", "")})
    return out


def sample_examples(rng: random.Random, seeds: Sequence[str], machine: Sequence[str],
                    n_seed: int, n_machine: int) -> list[str]:
    """Self-Instruct's mix: ``n_machine`` machine instructions (fewer while the pool is small; the
    rest filled from seeds), ``n_seed`` seed instructions, shuffled."""
    m = rng.sample(list(machine), min(n_machine, len(machine)))
    s = rng.sample(list(seeds), min(n_seed + (n_machine - len(m)), len(seeds)))
    picked = s + m
    rng.shuffle(picked)
    return picked
