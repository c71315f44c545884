"""How well the generator's language check (curate.normalize.langcheck) does on data it was not
written around.

    PYTHONPATH=$PWD .venv/bin/python bench/lang_check_eval.py [--show N] [--json]

Sets (../shared/data and tests/data/labels):
* Chinese Alpaca demo (1,000, hand-labelled): output check with task language zh. Wrong-language
  answers are the records labelled ``english_reply`` (primary or ``also``): recall. Legitimate answers
  are ``ok`` records: false rejects, overall and on the mixed-language ones (output mostly not Chinese,
  or holding code) that the labels call fine (translations, English-word tasks, code).
* Self-Instruct's 175 English seeds and BELLE's 175 Chinese seeds (every instance), Alpaca English
  (5,000; the 400+303 hand-labelled ``ok`` records separately): every field should pass (false rejects).
* Wrong language made from other people's text: English Alpaca instructions asked for as zh tasks and
  Chinese ones as en tasks (instruction recall); Chinese tasks given an English Alpaca answer and
  English tasks given a Chinese answer (output recall; a swapped task that itself asks for the other
  language is counted apart, since there the swap is right).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curate.normalize import langcheck as LC
from curate.text import cjk_ratio

DATA = ROOT.parent / "shared" / "data"
LABELS = ROOT / "tests" / "data" / "labels"


def _jsonl(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]


def _rate(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.1%}" if n else "0/0"


def seed_rows(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for t in _jsonl(path):
        for inst in t["instances"]:
            rows.append((t["instruction"], inst.get("input", ""), inst.get("output", "")))
    return rows


def check_rows(rows, lang):
    """Per field: rejects as (index, reason)."""
    out = {"instruction": [], "input": [], "output": []}
    for i, (ins, inp, outp) in enumerate(rows):
        for f, why in (("instruction", LC.check_instruction(ins, lang)),
                       ("input", LC.check_input(ins, inp, lang)),
                       ("output", LC.check_output(ins, inp, outp, lang))):
            if why:
                out[f].append((i, why))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="print up to N examples per finding")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res: dict = {}

    def show(title, rows, hits):
        if a.show:
            for i, why in hits[:a.show]:
                ins, inp, outp = rows[i]
                print(f"    [{title} #{i}] {why} | {ins[:70]!r} | {inp[:40]!r} | {outp[:70]!r}")

    # --- Chinese Alpaca demo, hand labels
    zh = json.loads((DATA / "alpaca_zh_llamafactory_demo_1000.json").read_text(encoding="utf-8"))
    labels = {x["index"]: x for x in _jsonl(LABELS / "alpaca_zh.jsonl")}
    rows = [(d["instruction"], d["input"], d["output"]) for d in zh]
    r = check_rows(rows, "zh")
    out_rej = {i for i, _ in r["output"]}
    wrong = [i for i, x in labels.items() if x["category"] == "english_reply" or "english_reply" in x["also"]]
    ok = [i for i, x in labels.items() if x["category"] == "ok"]
    mixed = [i for i in ok if cjk_ratio(zh[i]["output"]) < 0.5 or "```" in zh[i]["output"]]
    res["alpaca_zh"] = {
        "output_recall_english_reply": _rate(sum(i in out_rej for i in wrong), len(wrong)),
        "output_false_reject_ok": _rate(sum(i in out_rej for i in ok), len(ok)),
        "output_false_reject_ok_mixed_language": _rate(sum(i in out_rej for i in mixed), len(mixed)),
        "instruction_rejects_all": _rate(len(r["instruction"]), len(rows)),
        "input_rejects_ok": _rate(sum(i in ok for i, _ in r["input"]), len(ok)),
        "missed": sorted(set(wrong) - out_rej),
        "false_rejects_ok": sorted(out_rej & set(ok)),
    }
    print("alpaca_zh:", json.dumps(res["alpaca_zh"], ensure_ascii=False))
    show("zh output FR", rows, [(i, w) for i, w in r["output"] if i in ok])
    show("zh input", rows, r["input"])
    show("zh instr", rows, r["instruction"])

    # --- seeds and English Alpaca: everything legitimate
    for name, path, lang in (("self_instruct_en", DATA / "self_instruct_seed_tasks.jsonl", "en"),
                             ("belle_zh", DATA / "belle_zh_seed_tasks.jsonl", "zh")):
        rows = seed_rows(path)
        r = check_rows(rows, lang)
        res[name] = {f: _rate(len(v), len(rows)) for f, v in r.items()}
        print(f"{name} (false rejects per field):", res[name])
        for f, v in r.items():
            show(f"{name} {f}", rows, v)
    en = json.loads((DATA / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    en_labels = {x["index"]: x for x in _jsonl(LABELS / "alpaca_en.jsonl")}
    rows = [(d["instruction"], d["input"], d["output"]) for d in en]
    r = check_rows(rows, "en")
    en_ok = [i for i, x in en_labels.items() if x["category"] == "ok"]
    res["alpaca_en"] = {f: _rate(len(v), len(rows)) for f, v in r.items()}
    res["alpaca_en_labelled_ok"] = {f: _rate(sum(i in set(en_ok) for i, _ in v), len(en_ok))
                                    for f, v in r.items()}
    print("alpaca_en all 5000 (rejects per field):", res["alpaca_en"])
    print("alpaca_en labelled ok (false rejects):", res["alpaca_en_labelled_ok"])
    for f, v in r.items():
        show(f"alpaca_en {f}", rows, v)

    # --- recall on wrong language made from other people's text
    rng = random.Random(0)
    n_en_instr = sum(LC.check_instruction(d["instruction"], "zh") is not None for d in en)
    n_zh_instr = sum(LC.check_instruction(d["instruction"], "en") is not None for d in zh)
    res["instruction_recall"] = {"en_instructions_as_zh_tasks": _rate(n_en_instr, len(en)),
                                 "zh_instructions_as_en_tasks": _rate(n_zh_instr, len(zh))}
    print("instruction recall:", res["instruction_recall"])
    en_out = [d["output"] for i, d in enumerate(en) if en_labels.get(i, {}).get("category", "ok") == "ok"
              and len(d["output"].split()) >= 8]
    zh_out = [zh[i]["output"] for i in ok if cjk_ratio(zh[i]["output"]) >= 0.5]
    swaps_zh = [(zh[i]["instruction"], zh[i]["input"], rng.choice(en_out)) for i in ok
                if cjk_ratio(zh[i]["output"]) >= 0.5]
    swaps_en = [(d["instruction"], d["input"], rng.choice(zh_out)) for i, d in enumerate(en)
                if i in set(en_ok)]
    for name, rows, lang in (("zh_task_english_answer", swaps_zh, "zh"),
                             ("en_task_chinese_answer", swaps_en, "en")):
        asks = [i for i, (ins, _, _) in enumerate(rows) if LC.named_langs(ins)]
        caught = {i for i, (ins, inp, o) in enumerate(rows) if LC.check_output(ins, inp, o, lang)}
        plain = [i for i in range(len(rows)) if i not in set(asks)]
        res[name] = {"recall": _rate(sum(i in caught for i in plain), len(plain)),
                     "task_names_a_language_or_translation": len(asks),
                     "of_those_rejected": sum(i in caught for i in asks)}
        print(f"{name}:", res[name])
        show(name + " missed", rows, [(i, "missed") for i in plain if i not in caught])
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
