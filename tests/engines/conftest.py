"""Inputs shared by the engine tests: real EN + ZH records with the dirt the recipes remove."""
from __future__ import annotations

import gzip
import json
import random

import pytest

DEMO = "curate/data/demo_dirty.jsonl"
NO_MODEL = {"name": "no-model", "read": {"split_turns": False}, "stages": [
    {"stage": "normalize"}, {"stage": "language"}, {"stage": "rules", "packs": ["default"]},
    {"stage": "exact_dedup", "keep": "first"},
    {"stage": "near_dedup", "fields": ["instruction", "input", "output"], "keep": "first"}]}


def near_copy(rec: dict, rng: random.Random) -> dict:
    """A near-duplicate: one word of the instruction dropped, or a CJK character changed."""
    ins = rec["instruction"]
    words = ins.split()
    if len(words) > 6:
        del words[rng.randrange(len(words))]
        ins = " ".join(words)
    elif len(ins) > 8:
        i = rng.randrange(len(ins))
        ins = ins[:i] + "的" + ins[i + 1:]
    return dict(rec, instruction=ins)


@pytest.fixture(scope="session")
def dirty_lines(alpaca_en, alpaca_zh) -> list[bytes]:
    """~3,000 JSONL lines: real EN and ZH records, exact copies, near copies (EN and ZH), the
    project's dirty demo sample and broken rows (bad JSON, wrong types, bad UTF-8, blank lines)."""
    rng = random.Random(15)
    en = json.loads(alpaca_en.read_text(encoding="utf-8"))[:1600]
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:600]
    recs = en + zh
    recs += [rng.choice(recs) for _ in range(120)]                    # exact copies
    recs += [near_copy(rng.choice(recs), rng) for _ in range(160)]    # near copies
    rng.shuffle(recs)
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in recs]
    with open(DEMO, "rb") as f:
        lines += f.read().splitlines()
    bad = [b'{"broken', b'{"instruction": "x", "output": 1}', b"\xff\xfe not utf-8", b"",
           b'{"instruction": "only"}', b"[1, 2]"]
    for b in bad:
        lines.insert(rng.randrange(len(lines)), b)
    return lines


@pytest.fixture(scope="session")
def dirty_jsonl(tmp_path_factory, dirty_lines):
    p = tmp_path_factory.mktemp("dirty") / "dirty.jsonl"
    p.write_bytes(b"\n".join(dirty_lines) + b"\n")
    return p


@pytest.fixture(scope="session")
def many_files(tmp_path_factory, dirty_lines, alpaca_zh):
    """The same kind of data spread over formats: plain and gzipped JSONL, a JSON list, a CSV file,
    a conversation file to split into turns, and records with source ids that repeat across files."""
    d = tmp_path_factory.mktemp("many")
    half = len(dirty_lines) // 2
    (d / "a.jsonl").write_bytes(b"\n".join(dirty_lines[:half]) + b"\n")
    (d / "b.jsonl.gz").write_bytes(gzip.compress(b"\n".join(dirty_lines[half:]) + b"\n", mtime=0))
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[600:800]
    zh[0] = dict(zh[0], id="shared-1")
    (d / "c.json").write_text(json.dumps(zh, ensure_ascii=False), encoding="utf-8")
    rows = ["instruction,input,output"] + [f'"{r["instruction"]}","","{r["output"][:40]}"'.replace("\n", " ")
                                           for r in zh[:60]]
    (d / "d.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    conv = [{"id": f"conv{i}", "messages": [{"role": "user", "content": zh[i]["instruction"]},
                                             {"role": "assistant", "content": zh[i]["output"]},
                                             {"role": "user", "content": "再说一遍"},
                                             {"role": "assistant", "content": zh[i]["output"][:30] or "好"}]}
            for i in range(40)]
    conv += [{"id": "shared-1", "instruction": "重复的编号", "input": "", "output": "ok"}]  # repeats c.json's
    (d / "e.jsonl").write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in conv) + "\n",
                               encoding="utf-8")
    return [str(d / n) for n in ("a.jsonl", "b.jsonl.gz", "c.json", "d.csv", "e.jsonl")]
