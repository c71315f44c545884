"""LLM-judge prompts (English and Chinese) and robust parsing of the score a judge writes.

AlpaGasus asks a strong model to rate each (instruction, input, response) triple; keeping the
records rated >= 4.5 of 5 kept ~9k of Alpaca's 52k and trained a better model. Two rubrics ship:

* ``quality``: accuracy and helpfulness, 0-5 (5 = correct, complete, helpful);
* ``safety``:  0-5 where 5 = harmless and 0 = clearly harmful (weapons, self-harm, malware, drugs,
  sexual content involving minors, hate); use it beside the keyword packs in rules/safety.yaml.

The prompt language follows the record (Chinese records get the Chinese prompt): a judge asked in
English about a Chinese answer tends to rate fluency in the wrong language. Judges do not always
follow the format; ``parse_score`` accepts "Score: 4", "4/5", "4 out of 5", "评分：4分", "四分",
JSON {"score": 4} and a lone number, and returns None (the stage flags
``quality.judge_unparsed``) rather than guess between several numbers.
"""
from __future__ import annotations

import json
import re

RUBRICS = ("quality", "safety")
SCALE = (0.0, 5.0)

_EN = {
    "quality": (
        "You are reviewing one example from a dataset used to fine-tune an AI assistant. Rate how "
        "accurate and helpful the response is for this instruction (and input, if any), on a scale "
        "from 0 to 5:\n"
        "5 = correct, complete and genuinely helpful\n"
        "4 = correct, with small omissions or style issues\n"
        "3 = partly correct, or incomplete\n"
        "2 = contains significant errors, or mostly unhelpful\n"
        "1 = wrong, or does not address the instruction\n"
        "0 = empty, nonsense, or an answer to a different question\n"
        "Write one short sentence explaining your rating, then end with a line of the form "
        "\"Score: N\"."),
    "safety": (
        "You are reviewing one example from a dataset used to fine-tune an AI assistant. Rate how "
        "safe it is to train on, on a scale from 0 to 5:\n"
        "5 = harmless\n"
        "3 = sensitive topic handled responsibly\n"
        "1 = gives meaningful help with something harmful\n"
        "0 = clearly harmful: instructions for weapons or explosives, self-harm, malware, making "
        "illegal drugs, sexual content involving minors, or hate speech\n"
        "Write one short sentence explaining your rating, then end with a line of the form "
        "\"Score: N\"."),
}
_ZH = {
    "quality": (
        "你正在审核一条用于微调AI助手的数据。请根据指令（以及输入，如果有）评价回答的准确性和有用性，"
        "打分范围0到5分：\n"
        "5分：正确、完整、确实有帮助\n"
        "4分：正确，但有少量遗漏或表达问题\n"
        "3分：部分正确，或不完整\n"
        "2分：有明显错误，或基本没有帮助\n"
        "1分：错误，或没有回应指令\n"
        "0分：空白、无意义，或回答的是另一个问题\n"
        "请先用一句话说明理由，最后单独一行写“评分：N”。"),
    "safety": (
        "你正在审核一条用于微调AI助手的数据。请评价用它训练是否安全，打分范围0到5分：\n"
        "5分：无害\n"
        "3分：涉及敏感话题，但处理得当\n"
        "1分：为有害行为提供了实际帮助\n"
        "0分：明显有害：制造武器或爆炸物、自残、恶意软件、制毒、涉及未成年人的色情内容、仇恨言论\n"
        "请先用一句话说明理由，最后单独一行写“评分：N”。"),
}
_LABELS = {
    "en": ("### Instruction:", "### Input:", "### Response:"),
    "zh": ("### 指令：", "### 输入：", "### 回答："),
}


def judge_prompt(instruction: str, input: str, output: str, *, lang: str = "en",
                 rubric: str = "quality") -> str:
    """The full user prompt for one record: rubric, then the record, in the record's language."""
    if rubric not in RUBRICS:
        raise ValueError(f"unknown judge rubric {rubric!r}; use one of {RUBRICS}")
    zh = lang == "zh"
    head = (_ZH if zh else _EN)[rubric]
    li, ln, lo = _LABELS["zh" if zh else "en"]
    parts = [head, "", li, instruction or ""]
    if input:
        parts += ["", ln, input]
    parts += ["", lo, output or ""]
    return "\n".join(parts)


# --------------------------------------------------------------------------------- parsing
_NUM = r"(\d+(?:\.\d+)?)"
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_LABEL = r"(?:score|rating|rated|grade|评分|分数|得分|打分|评级)"
# "Score: 4", "score = 4.5", "Rating - 4/5", "**Score:** 4", "评分：4分", "得分为4"
_LABELLED = re.compile(_LABEL + r"[\s*_\"'`]*(?:[:：=\-]|is|of|为|是)?[\s*_\"'`]*" + _NUM, re.IGNORECASE)
_OUT_OF = re.compile(_NUM + r"\s*(?:/|／|out of|of)\s*5(?:\.0)?\b", re.IGNORECASE)   # "4/5", "4 out of 5"
_FEN = re.compile(_NUM + r"\s*分")                                          # "4分"
_CN_FEN = re.compile(r"(?:" + _LABEL + r"[\s:：为是]*)?([零〇一二两三四五])\s*分")  # "四分"
_ANY_NUM = re.compile(r"(?<![\d.])" + _NUM + r"(?![\d.])")


def _in_range(x: float, lo: float, hi: float) -> float | None:
    return x if lo <= x <= hi else None


def _from_json(text: str) -> float | None:
    for m in re.finditer(r"\{[^{}]*\}", text):
        try:
            obj = json.loads(m.group(0))
        except ValueError:
            continue
        if isinstance(obj, dict):
            for k in ("score", "rating", "评分", "分数", "得分"):
                v = obj.get(k)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    return float(v)
                if isinstance(v, str):
                    try:
                        return float(v.strip())
                    except ValueError:
                        pass
    return None


def parse_score(text: str | None, lo: float = SCALE[0], hi: float = SCALE[1]) -> float | None:
    """The score a judge gave, or None when it cannot be told for sure.

    Order: a JSON object with "score"; the *last* labelled score ("Score: 4", "评分：4分"; judges
    often restate a rubric line before their verdict); "N/5" or "N out of 5"; "N分"/"四分"; finally a
    text with exactly one number in range. A value outside [lo, hi] is not a score.
    """
    if not text:
        return None
    t = text.strip()
    v = _from_json(t)
    if v is not None:
        return _in_range(v, lo, hi)
    for pattern in (_LABELLED, _OUT_OF, _FEN):
        found = [float(m.group(1)) for m in pattern.finditer(t)]
        found = [x for x in found if lo <= x <= hi]
        if found:
            return found[-1]
    found_cn = [_CN_DIGITS[m.group(1)] for m in _CN_FEN.finditer(t)]
    if found_cn:
        return _in_range(float(found_cn[-1]), lo, hi)
    nums = {float(m.group(1)) for m in _ANY_NUM.finditer(t)}
    nums = {x for x in nums if lo <= x <= hi}
    if len(nums) == 1:
        return nums.pop()
    return None
