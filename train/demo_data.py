"""The demo data behind ``curate verify --demo``: clean instruction records from 26 task families
(``train.families``, English and Chinese, answers computed), a held-out set of 520 prompts from the
same families with no (instruction, input) in common with training, and a deterministic planting of
the defects curation is meant to remove, at rates no lower than the original Alpaca's.

``python -m train.demo_data`` regenerates curate/data/verify/*.jsonl; a test checks the shipped files
equal this generator's output.

Planted rates (share of the clean records), against the original Alpaca's measured rates in the
400 randomly drawn hand-labelled records (tests/data/labels/README_alpaca_en.md), which are the floor:

    kind                 planted  Alpaca (random 400)     what cleaning can do
    wrong_output          10%     9.0% wrong_answer        nothing: no rule sees a wrong answer
    placeholder_input      3%     1.0%                     clear the input (fix)
    missing_input        1.5%     1.0%                     little: the text is just absent
    needs_web              2%     1.25% needs_web_or_file  drop
    needs_media            2%     1.25% needs_media        drop
    refusal_output         6%     0.25% refusal            drop
    empty_output           6%     0% (4.3% of the enriched) drop
    merged_instruction     6%     0% (1.7% of the enriched) cut the tail (fix)
    exact_duplicate        3%     (not labelled)           drop
    near_duplicate         3%     (not labelled)           drop
    heldout_leak           1%     (benchmark leakage)      decontamination, for every arm

The behaviour-shaping kinds (refusal, empty, merged) are raised above Alpaca's random-sample rate so
the effect is visible in a 135M model after a few dozen steps; the others are at or just above it.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from curate.resources import data_dir
from train.families import CITIES, FAMILIES, NOUNS_EN, TOPICS_EN, TOPICS_ZH, WORDS_EN

TRAIN_FILE = "demo_clean.jsonl"
HELDOUT_FILE = "demo_heldout.jsonl"
TRAIN_PER_FAMILY, HELDOUT_PER_FAMILY = 40, 20   # half English, half Chinese
TRAIN_N, HELDOUT_N = TRAIN_PER_FAMILY * len(FAMILIES), HELDOUT_PER_FAMILY * len(FAMILIES)

PLANT_RATES: dict[str, float] = {
    "wrong_output": 0.10, "placeholder_input": 0.03, "missing_input": 0.015, "refusal_output": 0.06,
    "empty_output": 0.06, "merged_instruction": 0.06, "needs_web": 0.02, "needs_media": 0.02,
    "exact_duplicate": 0.03, "near_duplicate": 0.03, "heldout_leak": 0.01,
}
DEFECT_KINDS = tuple(PLANT_RATES)
IN_PLACE = ("wrong_output", "placeholder_input", "missing_input", "refusal_output", "empty_output",
            "merged_instruction")


def _key(r: dict[str, Any]) -> tuple[str, str]:
    return r["instruction"], r["input"]


def generate(per_family: int, seed: int, prefix: str, exclude: set | None = None) -> list[dict[str, Any]]:
    """``per_family`` distinct records per family (half English, half Chinese), interleaved
    family by family, none whose (instruction, input) is in ``exclude``."""
    rng = random.Random(seed)
    seen = set(exclude or ())
    out: list[dict[str, Any]] = []
    names = list(FAMILIES)
    for k in range(per_family):
        zh = k % 2 == 1
        for name in names:
            for _ in range(10_000):
                rec = FAMILIES[name](rng, zh)
                if _key(rec) not in seen:
                    break
            else:  # pragma: no cover - every family has far more instances than asked for
                raise RuntimeError(f"family {name!r} ran out of distinct instances")
            seen.add(_key(rec))
            out.append({"id": f"{prefix}-{len(out) + 1:04d}", **rec, "task": name,
                        "task_lang": "zh" if zh else "en"})
    return out


def demo_sets() -> tuple[list[dict], list[dict]]:
    train = generate(TRAIN_PER_FAMILY, seed=8, prefix="demo")
    heldout = generate(HELDOUT_PER_FAMILY, seed=9, prefix="heldout", exclude={_key(r) for r in train})
    return train, heldout


# ------------------------------------------------------------------ planted defects
REFUSALS_EN = ("As an AI language model, I cannot answer that.",
               "I'm sorry, but I cannot help with that request.",
               "Sorry, I am unable to complete this task.")
REFUSALS_ZH = ("作为一个AI语言模型，我无法回答这个问题。", "抱歉，我无法完成这个任务。", "对不起，我不能提供这个信息。")
EMPTY = ("", "<nooutput>", " ")
PLACEHOLDERS = ("<noinput>", "N/A", "<no input>", "No input", "None")


def _web(rng: random.Random, zh: bool, n: int) -> dict[str, str]:
    if zh:
        t = rng.choice(TOPICS_ZH)
        return rng.choice([
            {"instruction": f"总结这篇文章：https://www.example.com/news/{n}", "input": "",
             "output": f"这篇文章介绍了{t}的最新变化以及它对读者的影响。"},
            {"instruction": f"查一下{rng.choice(CITIES)}今天的天气。", "input": "", "output": "今天晴，气温22度。"}])
    t = rng.choice(TOPICS_EN)
    return rng.choice([
        {"instruction": f"Summarize the article at https://www.example.com/news/{n}.", "input": "",
         "output": f"The article describes recent changes around {t} and what they mean for readers."},
        {"instruction": f"Look up the current weather in {rng.choice(CITIES)}.", "input": "",
         "output": "It is sunny and 22 degrees."}])


def _media(rng: random.Random, zh: bool) -> dict[str, str]:
    noun = rng.choice(WORDS_EN)
    if zh:
        return rng.choice([{"instruction": f"画一幅关于{rng.choice(TOPICS_ZH)}的画。", "input": "", "output": "<图片>"},
                           {"instruction": "为一家咖啡店设计一个标志。", "input": "", "output": "<image>"}])
    return rng.choice([{"instruction": f"Draw a picture of a {noun}.", "input": "", "output": "<image>"},
                       {"instruction": f"Compose a short melody about a {rng.choice(NOUNS_EN)}.", "input": "",
                        "output": "<audio>"},
                       {"instruction": f"Design a logo for a shop called {noun.capitalize()}.", "input": "",
                        "output": f"[Logo: a {noun} drawn in blue]"}])


def plant_defects(records: list[dict], seed: int = 0, heldout: list[dict] | None = None,
                  rates: dict[str, float] | None = None) -> tuple[list[dict], dict[str, str]]:
    """Raw data: the clean records with defects planted at ``rates`` (default ``PLANT_RATES``).
    Returns (raw records, {id: defect kind}). In-place kinds change distinct records; the other
    kinds add records (new ids) at random positions. ``heldout_leak`` copies held-out records
    (with their answers) into the raw data, so it needs ``heldout``."""
    rates = dict(PLANT_RATES if rates is None else rates)
    rng = random.Random(seed)
    raw = [dict(r) for r in records]
    n = len(raw)
    order = list(range(n))
    rng.shuffle(order)
    cursor = 0
    planted: dict[str, str] = {}
    by_task: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(raw):
        by_task.setdefault((r["task"], r["task_lang"]), []).append(i)

    def count(kind: str) -> int:
        return round(rates.get(kind, 0.0) * n)

    for kind in IN_PLACE:
        picked, k = 0, count(kind)
        while picked < k and cursor < n:
            i = order[cursor]
            cursor += 1
            r = raw[i]
            zh = r["task_lang"] == "zh"
            if kind == "placeholder_input" and r["input"] or kind == "missing_input" and not r["input"]:
                continue  # not this record; it stays clean
            if kind == "wrong_output":
                # another record's answer to the same task and language: plausible, wrong
                pool = [j for j in by_task[(r["task"], r["task_lang"])] if records[j]["output"] != r["output"]]
                r["output"] = records[rng.choice(pool)]["output"]
            elif kind == "placeholder_input":
                r["input"] = rng.choice(PLACEHOLDERS)
            elif kind == "missing_input":
                r["input"] = ""  # the instruction refers to a text that is not there; the answer stays
            elif kind == "refusal_output":
                r["output"] = rng.choice(REFUSALS_ZH if zh else REFUSALS_EN)
            elif kind == "empty_output":
                r["output"] = rng.choice(EMPTY)
            elif kind == "merged_instruction":
                # Alpaca's defect: the teacher kept going and the next numbered task ended up in the
                # output ("##\n18. Instruction: ..."), so a model learns to ramble into new tasks
                other = records[order[-1 - picked]]
                m = rng.randint(2, 19)
                r["output"] = (f"{r['output']}\n\n##\n{m}. Instruction: {other['instruction']}\n"
                               f"{m}. Input:\n{other['input'] or '<noinput>'}\n{m}. Output:\n{other['output']}")
            planted[r["id"]] = kind
            picked += 1
    out = list(raw)

    def insert(rec: dict, kind: str) -> None:
        out.insert(rng.randint(0, len(out)), rec)
        planted[rec["id"]] = kind

    for j in range(count("needs_web")):
        zh = j % 2 == 1
        insert({"id": f"web-{j}", **_web(rng, zh, 100 + j), "task": "web", "task_lang": "zh" if zh else "en"},
               "needs_web")
    for j in range(count("needs_media")):
        zh = j % 2 == 1
        insert({"id": f"media-{j}", **_media(rng, zh), "task": "media", "task_lang": "zh" if zh else "en"},
               "needs_media")
    for kind in ("exact_duplicate", "near_duplicate"):
        for j in range(count(kind)):
            src = raw[order[cursor % n]]
            cursor += 1
            dup = dict(src, id=f"{src['id']}-{'dup' if kind == 'exact_duplicate' else 'near'}{j}")
            if kind == "near_duplicate":  # a reworded copy (a politeness prefix): other bytes, same task
                ins = dup["instruction"]
                dup["instruction"] = "请" + ins if dup["task_lang"] == "zh" else "Please " + ins[:1].lower() + ins[1:]
            insert(dup, kind)
    if heldout:
        for j, h in enumerate(random.Random(seed + 1).sample(heldout, min(count("heldout_leak"), len(heldout)))):
            insert({**{k: v for k, v in h.items() if k != "check"}, "id": f"leak-{j}"}, "heldout_leak")
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
