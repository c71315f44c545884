"""Defect behaviours in a generated answer: what a model learns from the records cleaning removes.

* ``refusal``: the answer declines ("As an AI language model, I cannot ...", "I'm sorry, but ...",
  "作为一个AI…无法…", "抱歉，我不能…") or asks for material instead of doing the task
  ("Please provide the text.", "您没有提供文章，请提供…").
* ``empty``: nothing but whitespace or punctuation (the model stopped at once).
* ``runon``: after its answer the model runs on into another task: a later line that opens an
  ``Instruction:`` / ``指令：`` block (Alpaca's "##\\n7. Instruction: ..." tail), a line of only
  ``##``, or a ``### Instruction`` / ``### Input`` / ``### Response`` header. A leading ``Output:``
  (a leaked label) or an ``input:``/``output:`` line inside code is not a run-on.
* ``placeholder``: the answer echoes a dataset placeholder instead of content: ``<noinput>``,
  ``<nooutput>``, ``<no input>``, ``<image>``, ``<mask>``, ``[insert ...]``, or is only a stand-in in
  angle brackets ("<vector drawing>"), "N/A", "No input", "No output" or "无".

``defect`` is any of the four. These detectors are written apart from curate's cleaning rules on
purpose: evaluating with the cleaner's own rules would score the cleaner by its own definitions.
Measured on the hand-labelled Alpaca records (tests/data/labels; bench/bench_behaviours.py,
docs/train.md has the per-category precision and recall).
"""
from __future__ import annotations

import re
import unicodedata

BEHAVIOURS = ("refusal", "empty", "runon", "placeholder")

# A refusal opens with an apology, says it is an AI that cannot, names the task it will not do, or
# asks for material instead of answering. Apologies and "I cannot" count only near the start of the
# answer: inside a letter, a story or a support ticket they are content, not a refusal.
_REFUSAL_EN = re.compile(
    r"^\W{0,3}(?:i(?:'m| am) (?:sorry|afraid)|sorry|i apologi[sz]e|apologies|my apologies)\b"
    r"|^\W{0,3}unfortunately,? (?:i|we)\b"
    r"|^[^.!?\n]{0,40}\b(?:i|we) (?:cannot|can't|can not|am unable to|are unable to|am not able to|"
    r"are not able to|won't be able to|do not have the ability to|don't have the ability to) "
    r"(?:answer|help|assist|provide|complete|do|perform|fulfil|fulfill|comply|generate|create|draw|"
    r"access|browse|set|produce|make|play|show|send|open|see|view|listen|write|give)\b"
    r"|^\W{0,3}(?:please provide|could you (?:please )?provide|can you (?:please )?provide|"
    r"you (?:have not|haven't|did not|didn't) (?:provide|give|specify|include))\b"
    r"|\bas an? (?:ai|artificial intelligence|language model)\b[^.!?\n]{0,60}\b(?:cannot|can't|can not|"
    r"unable|not able|do not have|don't have)\b"
    r"|\b(?:cannot|can't|can not|unable to|not able to) (?:complete|fulfil|fulfill|perform|do) "
    r"(?:this|the|that|your) (?:task|request)\b"
    r"|\b(?:language model|the model|an ai|ai model|ai assistant)s? (?:cannot|can't|can not|is unable to|"
    r"is not able to|does not have the ability)\b"
    r"|\b(?:cannot|can't|can not) be (?:generated|produced|created|completed|done|provided) by "
    r"(?:the|a|an|this) (?:\w+ )?(?:model|ai|assistant)\b",
    re.IGNORECASE)
_REFUSAL_ZH = re.compile(
    r"^\W{0,3}(?:您好\W{0,2})?我?(?:很|非常|十分)?(?:抱歉|对不起|不好意思|很遗憾)"
    r"|(?:作为|我是|由于我是)[^。！？\n]{0,12}(?:AI|ai|人工智能|语言模型|助手|机器人)[^。！？\n]{0,40}"
    r"(?:无法|不能|没有办法|没办法|做不到|并没有.{0,8}能力)"
    r"|我(?:无法|不能|没办法|没有办法)(?:回答|完成|提供|给出|帮助|帮您|为您|给您|处理|执行|访问|画|绘制|生成|创建|直接)"
    r"|^[^。！？\n]{0,20}?(?:请您?(?:先)?(?:提供|给出|告诉我)|(?:您|你)并?(?:没有|未|没)(?:提供|给出|给我|指定|告诉)"
    r"|我没(?:有)?看到(?:您|你))")
_RUNON = re.compile(
    r"\n\s*(?:#{2,}\s*)?(?:\d+\s*[.)、]\s*)?(?:instruction|指令)\s*[:：]"
    r"|\n\s*#{2,}\s*(?:\n|$)"
    r"|\n\s*#{3,}\s*(?:instruction|input|output|response|指令|输入|输出)\b",
    re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"<\s*(?:no\s*[_-]?\s*(?:input|output)|noinput|nooutput|image|output image|mask|blank)\s*\??\s*>"
    r"|\[\s*insert\b[^\]]*\]",
    re.IGNORECASE)
_STANDIN = re.compile(r"<[^<>\n]{1,60}>")  # the whole answer is a stand-in such as "<vector drawing>"
_PLACEHOLDER_WHOLE = {"n/a", "na", "no input", "no output", "noinput", "nooutput", "none", "null", "无",
                      "（无）", "(无)", "空"}
_STRIP = " \t\r\n.。!！?？,，;；:：\"'`“”‘’-—_*()（）[]【】"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def detect(answer: str) -> dict[str, bool]:
    """Which defect behaviours ``answer`` shows, plus ``defect`` (any of them)."""
    text = _norm(answer)
    core = text.strip(_STRIP)
    out = {
        "refusal": bool(_REFUSAL_EN.search(core) or _REFUSAL_ZH.search(core)),
        "empty": not core,
        "runon": bool(_RUNON.search(text)),
        "placeholder": (bool(_PLACEHOLDER.search(text) or _STANDIN.fullmatch(text.strip()))
                        or core.casefold() in _PLACEHOLDER_WHOLE),
    }
    out["defect"] = any(out.values())
    return out
