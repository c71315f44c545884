"""The demo data behind ``curate verify --demo``: clean instruction records whose answers can be checked
(so exact match means something), a held-out set drawn from the same tasks with no overlap, and a
deterministic planting of the defects curation is meant to remove.

Tasks, each in English and Chinese: integer arithmetic, string reversal, uppercasing, unit conversion,
keyword sentiment classification, number-list sorting. Every answer is computed, never written by
hand. ``python -m train.demo_data`` regenerates curate/data/verify/*.jsonl; a test checks the shipped
files equal this generator's output.
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from curate.resources import data_dir

TRAIN_FILE = "demo_clean.jsonl"
HELDOUT_FILE = "demo_heldout.jsonl"
TRAIN_N, HELDOUT_N = 900, 120

_WORDS_EN = ["planet", "garden", "window", "silver", "orange", "rocket", "puzzle", "bridge", "candle", "forest", "pencil", "river", "castle", "dragon", "summer", "winter", "yellow", "marble", "basket", "camera", "guitar", "lemon", "island", "butter", "ticket", "shadow", "mirror", "jacket", "velvet", "harbor"]
_WORDS_ZH = list("春夏秋冬山水花鸟风云日月星河江湖海天地人心书画琴棋竹梅兰菊")
_PHRASES = ("good morning", "hello world", "open the door", "data quality", "small model",
            "clean records", "happy birthday", "see you soon", "thank you", "fresh bread",
            "blue sky", "quiet night", "fast train", "warm coffee", "new book")
_POS_EN = ("wonderful", "excellent", "delicious", "friendly", "great", "amazing", "lovely")
_NEG_EN = ("terrible", "awful", "rude", "disappointing", "horrible", "broken", "boring")
_NOUN_EN = ("food", "service", "hotel room", "movie", "phone", "staff", "book", "concert")
_POS_ZH = ("很好", "非常棒", "好吃", "热情", "满意", "精彩", "舒服")
_NEG_ZH = ("很差", "难吃", "失望", "糟糕", "冷淡", "无聊", "太慢")
_NOUN_ZH = ("服务", "菜", "房间", "电影", "手机", "店员", "这本书", "音乐会")
_UNITS_EN = (("kilometers", "meters", 1000), ("meters", "centimeters", 100), ("kilograms", "grams", 1000),
             ("hours", "minutes", 60), ("minutes", "seconds", 60), ("liters", "milliliters", 1000))
_UNITS_ZH = (("千米", "米", 1000), ("米", "厘米", 100), ("千克", "克", 1000), ("小时", "分钟", 60),
             ("分钟", "秒", 60), ("升", "毫升", 1000))


def _arith(rng: random.Random, zh: bool) -> dict[str, str]:
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    op = rng.choice("+-*")
    ans = {"+": a + b, "-": a - b, "*": a * b}[op]
    if zh:
        name = {"+": "加", "-": "减", "*": "乘以"}[op]
        ins = rng.choice([f"计算 {a} {name} {b} 等于多少？", f"{a} {name} {b} 的结果是多少？"])
    else:
        name = {"+": "plus", "-": "minus", "*": "times"}[op]
        ins = rng.choice([f"What is {a} {name} {b}?", f"Calculate {a} {op} {b}."])
    return {"instruction": ins, "input": "", "output": str(ans)}


def _reverse(rng: random.Random, zh: bool) -> dict[str, str]:
    if zh:
        s = "".join(rng.sample(_WORDS_ZH, rng.randint(3, 5)))
        return {"instruction": "把下面的字符串倒过来写。", "input": s, "output": s[::-1]}
    w = rng.choice(_WORDS_EN)
    return {"instruction": rng.choice([f"Reverse the letters of the word '{w}'.",
                                       f"Write the word '{w}' backwards."]), "input": "", "output": w[::-1]}


def _upper(rng: random.Random, zh: bool) -> dict[str, str]:
    p = rng.choice(_PHRASES)
    ins = "将下面的英文转换成大写字母。" if zh else rng.choice(
        ["Convert the following text to uppercase.", "Rewrite this text in capital letters."])
    return {"instruction": ins, "input": p, "output": p.upper()}


def _units(rng: random.Random, zh: bool) -> dict[str, str]:
    src, dst, k = rng.choice(_UNITS_ZH if zh else _UNITS_EN)
    n = rng.randint(2, 20)
    if zh:
        return {"instruction": f"{n}{src}等于多少{dst}？", "input": "", "output": f"{n * k}{dst}"}
    return {"instruction": f"Convert {n} {src} to {dst}.", "input": "", "output": f"{n * k} {dst}"}


def _sentiment(rng: random.Random, zh: bool) -> dict[str, str]:
    positive = rng.random() < 0.5
    if zh:
        adj = rng.choice(_POS_ZH if positive else _NEG_ZH)
        text = f"{rng.choice(_NOUN_ZH)}{adj}。"
        return {"instruction": "判断下面评论的情感是正面还是负面。", "input": text,
                "output": "正面" if positive else "负面"}
    adj = rng.choice(_POS_EN if positive else _NEG_EN)
    text = f"The {rng.choice(_NOUN_EN)} was {adj}."
    return {"instruction": "Classify the sentiment of this review as positive or negative.",
            "input": text, "output": "positive" if positive else "negative"}


def _sort(rng: random.Random, zh: bool) -> dict[str, str]:
    nums = rng.sample(range(1, 100), rng.randint(3, 6))
    ins = "把下面的数字从小到大排序。" if zh else "Sort these numbers in ascending order."
    return {"instruction": ins, "input": ", ".join(map(str, nums)),
            "output": ", ".join(map(str, sorted(nums)))}


TASKS: dict[str, Callable[[random.Random, bool], dict[str, str]]] = {
    "arithmetic": _arith, "reverse": _reverse, "uppercase": _upper, "units": _units,
    "sentiment": _sentiment, "sort": _sort,
}


def _key(r: dict[str, str]) -> tuple[str, str]:
    return r["instruction"], r["input"]


def generate(n: int, seed: int, prefix: str, exclude: set | None = None) -> list[dict[str, Any]]:
    """``n`` distinct records, cycling through tasks and languages, none whose (instruction, input)
    is in ``exclude``."""
    rng = random.Random(seed)
    seen = set(exclude or ())
    out: list[dict[str, Any]] = []
    names = list(TASKS)
    i = 0
    while len(out) < n:
        task, zh = names[i % len(names)], (i // len(names)) % 2 == 1
        i += 1
        rec = TASKS[task](rng, zh)
        if _key(rec) in seen:
            continue
        seen.add(_key(rec))
        out.append({"id": f"{prefix}-{len(out) + 1:04d}", **rec, "task": task, "task_lang": "zh" if zh else "en"})
    return out


def demo_sets() -> tuple[list[dict], list[dict]]:
    train = generate(TRAIN_N, seed=8, prefix="demo")
    heldout = generate(HELDOUT_N, seed=9, prefix="heldout", exclude={_key(r) for r in train})
    return train, heldout


# ------------------------------------------------------------------ planted defects
_REFUSALS = ("As an AI language model, I cannot answer that.",
             "作为一个AI语言模型，我无法回答这个问题。")
DEFECT_KINDS = ("empty_output", "refusal_output", "wrong_output", "merged_instruction",
                "exact_duplicate", "near_duplicate", "placeholder_input")


def plant_defects(records: list[dict], seed: int = 0, rate: float = 0.06
                  ) -> tuple[list[dict], dict[str, str]]:
    """Raw data: the clean records with defects planted, each kind on ``rate`` of the records.
    Returns (raw records, {id: defect kind}). In-place kinds change a record; duplicate kinds add a
    copy (new id) next to a random original. ``wrong_output`` (another record's answer to the same
    task) is there on purpose: no rule can see it, so it shows what cleaning cannot fix."""
    rng = random.Random(seed)
    raw = [dict(r) for r in records]
    k = max(1, int(rate * len(raw)))
    order = list(range(len(raw)))
    rng.shuffle(order)
    planted: dict[str, str] = {}
    in_place = ["empty_output", "refusal_output", "wrong_output", "merged_instruction", "placeholder_input"]
    cursor = 0
    by_task: dict[str, list[int]] = {}
    for i, r in enumerate(raw):
        by_task.setdefault((r["task"], r["task_lang"]), []).append(i)
    for kind in in_place:
        picked = 0
        while picked < k and cursor < len(order):
            i = order[cursor]
            cursor += 1
            r = raw[i]
            if kind == "placeholder_input" and r["input"]:
                continue
            zh = r["task_lang"] == "zh"
            if kind == "empty_output":
                r["output"] = ""
            elif kind == "refusal_output":
                r["output"] = _REFUSALS[zh]
            elif kind == "wrong_output":
                # Another record's correct answer to the same task and language: plausible, wrong.
                pool = [j for j in by_task[(r["task"], r["task_lang"])] if records[j]["output"] != r["output"]]
                r["output"] = records[rng.choice(pool)]["output"]
            elif kind == "merged_instruction":
                # Alpaca's defect: the teacher kept going and the next numbered task ended up in the
                # output ("##\n18. Instruction: ..."), so the model learns to ramble into new tasks.
                other = raw[order[-1 - picked]]
                n = rng.randint(2, 19)
                r["output"] = (f"{r['output']}\n\n##\n{n}. Instruction: {other['instruction']}\n"
                               f"{n}. Input:\n<noinput>\n{n}. Output:\n{other['output']}")
            elif kind == "placeholder_input":
                r["input"] = rng.choice(["<noinput>", "N/A", "<no input>"])
            planted[r["id"]] = kind
            picked += 1
    out = list(raw)
    for kind in ("exact_duplicate", "near_duplicate"):
        for n in range(k):
            src = raw[order[cursor % len(order)]]
            cursor += 1
            dup = dict(src, id=f"{src['id']}-{'dup' if kind == 'exact_duplicate' else 'near'}{n}")
            if kind == "near_duplicate":
                # A reworded copy (a politeness prefix): same task, different bytes and hash.
                ins = dup["instruction"]
                dup["instruction"] = "请" + ins if dup["task_lang"] == "zh" else "Please " + ins[:1].lower() + ins[1:]
            out.insert(rng.randint(0, len(out)), dup)
            planted[dup["id"]] = kind
    return out, planted


def write_shipped(folder: Path | None = None) -> list[Path]:
    folder = folder or data_dir() / "verify"
    folder.mkdir(parents=True, exist_ok=True)
    train, heldout = demo_sets()
    paths = []
    for name, rows in ((TRAIN_FILE, train), (HELDOUT_FILE, heldout)):
        path = folder / name
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        tmp.replace(path)
        paths.append(path)
    return paths


if __name__ == "__main__":  # pragma: no cover
    for p in write_shipped():
        print(p)
