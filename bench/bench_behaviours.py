"""The verify defect-behaviour detectors (train/behaviours.py) against hand labels they were not
written from: the 703 labelled original-Alpaca records and the 1,000 labelled Chinese Alpaca records
(tests/data/labels, READMEs there). The detectors read the record's *output*, as they read a
generated answer.

    .venv/bin/python bench/bench_behaviours.py

Per behaviour, the label categories that mean it (primary category or ``also``):

    refusal       refusal, and missing_input whose label reason says the output refuses
                                              (ZH ``refusal_disclaimer``, an answer after a
                                               disclaimer, is left out of both counts and reported)
    empty|placeholder  empty_output, image_link_output   (a stand-in instead of an answer)
    runon         merged_instruction

Prints labelled positives, flags, precision and recall per language, and flags on records labelled
``ok`` (false alarms on clean data). Precision counts every flagged record whose labels do not
include the category as a false positive.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
LABELS = ROOT / "tests" / "data" / "labels"
SETS = {"en": ("alpaca_original_sample_30000_34999.json", "alpaca_en.jsonl"),
        "zh": ("alpaca_zh_llamafactory_demo_1000.json", "alpaca_zh.jsonl")}
TARGETS = {"refusal": {"refusal"}, "empty|placeholder": {"empty_output", "image_link_output"},
           "runon": {"merged_instruction"}}


def labelled(lang: str) -> list[tuple[dict, dict]]:
    data_file, label_file = SETS[lang]
    recs = json.loads((DATA / data_file).read_text(encoding="utf-8"))
    labels = [json.loads(x) for x in (LABELS / label_file).read_text(encoding="utf-8").splitlines() if x]
    return [(recs[lab["index"]], lab) for lab in labels]


def evaluate(lang: str) -> dict[str, dict]:
    from train.behaviours import detect

    rows = labelled(lang)
    out: dict[str, dict] = {}
    for name, cats in TARGETS.items():
        tp = fp = fn = ok_flags = excluded = 0
        for rec, lab in rows:
            d = detect(rec["output"])
            flag = d["empty"] or d["placeholder"] if name == "empty|placeholder" else d[name]
            tags = {lab["category"], *lab.get("also", [])}
            # a missing-input record whose output refuses (the label's reason says so) is a refusal
            if "missing_input" in tags and "output refuses" in lab.get("reason", ""):
                tags.add("refusal")
            pos = bool(tags & cats)
            if name == "refusal" and "refusal_disclaimer" in tags and not pos:
                excluded += int(flag)
                continue
            tp += flag and pos
            fp += flag and not pos
            fn += pos and not flag
            ok_flags += flag and lab["category"] == "ok"
        n_ok = sum(lab["category"] == "ok" for _, lab in rows)
        out[name] = {"positives": tp + fn, "flagged": tp + fp, "tp": tp, "fp": fp,
                     "precision": tp / (tp + fp) if tp + fp else None,
                     "recall": tp / (tp + fn) if tp + fn else None,
                     "ok_records": n_ok, "ok_flagged": ok_flags, "disclaimer_flagged": excluded}
    return out


def main() -> None:
    print(f"{'lang':<5}{'behaviour':<19}{'positives':>10}{'flagged':>9}{'precision':>11}{'recall':>8}"
          f"{'ok flagged':>12}")
    result = {}
    for lang in SETS:
        result[lang] = evaluate(lang)
        for name, r in result[lang].items():
            p = "n/a" if r["precision"] is None else f"{r['precision']:.2f}"
            rc = "n/a" if r["recall"] is None else f"{r['recall']:.2f}"
            extra = f" (+{r['disclaimer_flagged']} answers after a disclaimer)" if r["disclaimer_flagged"] else ""
            print(f"{lang:<5}{name:<19}{r['positives']:>10}{r['flagged']:>9}{p:>11}{rc:>8}"
                  f"{r['ok_flagged']:>6} of {r['ok_records']}{extra}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
