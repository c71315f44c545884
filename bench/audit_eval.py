"""Labelled evaluation of `curate audit` (harness for bench/bench_audit.py and the tests).

The sets (tests/data/labels/, read their READMEs):

* ``en_random`` / ``en_enriched``: hand labels of 400 random and 303 enriched records of the original
  Alpaca sample ../shared/data/alpaca_original_sample_30000_34999.json (category, also, community
  action, reason), written without reading the rules. The rules were developed on the enriched
  part; the random part is the check (and the other way round for what the random part shows).
* ``zh_even`` / ``zh_odd``: hand labels of all 1,000 records of the Chinese demo set, split by the
  parity of the index (developed on even, checked on odd).
* ``heldout_en`` / ``heldout_zh``: 262 records written by hand per category (heldout_written.jsonl)
  before the rules were changed, with wordings not used while writing them; ``heldout2_en`` /
  ``heldout2_zh``: 158 more (heldout_written_2.jsonl), written after the first check of the rules
  and not looked at until the final measurement.
* ``seeds_en`` / ``seeds_zh``: the Self-Instruct and BELLE seed tasks (175 each, every instance a
  record): human-written clean tasks, all labelled ``ok``/``keep``.

An audit runs the shipped ``audit`` recipe on the whole source (the 5,000 EN records, the 1,000
ZH records, each held-out or seed list), so dedup sees what it would see in use. Per record:
whether it is dropped, and which codes it got (fixes and flags included).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "labels"
DATA = ROOT.parent / "shared" / "data"
EN_SOURCE = DATA / "alpaca_original_sample_30000_34999.json"
ZH_SOURCE = DATA / "alpaca_zh_llamafactory_demo_1000.json"

# Which codes count as finding each labelled category (the labels' own category names).
CATEGORY_CODES: dict[str, set[str]] = {
    "needs_web_or_file": {"task.needs_web", "instruction.url", "input.attachment_only"},
    "needs_media": {"task.needs_media", "output.media_placeholder"},
    "image_link_output": {"output.image_link"},
    "missing_input": {"input.missing", "output.missing_input"},
    "refusal": {"output.refusal_only", "output.refusal"},
    "empty_output": {"output.empty", "output.media_placeholder"},
    "merged_instruction": {"instruction.merged", "input.merged_task"},
    "escape_chars": {"norm.control_chars", "norm.unicode", "norm.literal_escape"},
    "placeholder_input": {"norm.placeholder_input", "input.bare_placeholder"},
    "leaked_label": {"norm.leaked_label"},
    "duplicate": {"dedup.exact", "dedup.near"},
    "english_reply": {"lang.output_mismatch"},
    "untranslatable": {"task.english_wordplay"},
}
# Label tags that mean the same category for this purpose.
ALIASES = {"refusal_disclaimer": "refusal"}
SPLITS = ("en_random", "en_enriched", "zh_even", "zh_odd", "heldout_en", "heldout_zh", "heldout2_en", "heldout2_zh",
          "seeds_en", "seeds_zh")
HELDOUT = {"heldout": "heldout_written.jsonl", "heldout2": "heldout_written_2.jsonl"}


@dataclass
class Item:
    split: str
    key: str
    lang: str
    category: str
    also: list[str]
    action: str                       # community action: drop | fix | keep
    record: dict[str, str]
    reason: str = ""
    dropped: bool = False
    drop_code: str | None = None
    codes: set[str] = field(default_factory=set)
    flags: set[str] = field(default_factory=set)   # codes whose action is flag or drop (not fix)

    @property
    def tags(self) -> set[str]:
        return {ALIASES.get(t, t) for t in [self.category, *self.also]}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _seed_records(path: Path) -> list[dict[str, str]]:
    out = []
    for task in _jsonl(path):
        for inst in task.get("instances", []):
            out.append({"instruction": task["instruction"], "input": inst.get("input", ""),
                        "output": inst.get("output", "")})
    return out


def _audit(source: Any) -> tuple[dict[int, str], dict[int, set[tuple[str, str]]], int]:
    """Drop code and (code, action) pairs per input position (0-based) of one audit run."""
    from curate.api.audit import audit

    res = audit(source, examples=False)
    rows = sorted(set(res.run.records["_row"].to_list()) | {d["_row"] for d in res.run.rejects})
    base = rows[0] if rows else 0
    dropped = {d["_row"] - base: d["code"] for d in res.run.rejects}
    codes: dict[int, set[tuple[str, str]]] = {}
    for row, issues in res.issues_by_row().items():
        codes[row - base] = {(i["code"], i["action"]) for i in issues}
    return dropped, codes, len(rows)


def _fill(items: list[Item], index: list[int], dropped: dict[int, str],
          codes: dict[int, set[tuple[str, str]]]) -> None:
    for it, i in zip(items, index):
        it.dropped = i in dropped
        it.drop_code = dropped.get(i)
        it.codes = {c for c, _ in codes.get(i, set())}
        it.flags = {c for c, a in codes.get(i, set()) if a in ("flag", "drop")}


def load_and_audit(splits: tuple[str, ...] = SPLITS) -> dict[str, list[Item]]:
    """Every labelled set, audited. Returns split -> items."""
    out: dict[str, list[Item]] = {}
    if any(s.startswith("en_") for s in splits):
        src = json.loads(EN_SOURCE.read_text(encoding="utf-8"))
        dropped, codes, _ = _audit(str(EN_SOURCE))
        for lab in _jsonl(LABELS / "alpaca_en.jsonl"):
            split = f"en_{lab['sample']}"
            if split not in splits:
                continue
            it = Item(split, f"en:{lab['index']}", "en", lab["category"], lab.get("also", []),
                      lab["community_action"], src[lab["index"]], lab.get("reason", ""))
            _fill([it], [lab["index"]], dropped, codes)
            out.setdefault(split, []).append(it)
    if any(s.startswith("zh_") for s in splits):
        src = json.loads(ZH_SOURCE.read_text(encoding="utf-8"))
        dropped, codes, _ = _audit(str(ZH_SOURCE))
        for lab in _jsonl(LABELS / "alpaca_zh.jsonl"):
            split = "zh_even" if lab["index"] % 2 == 0 else "zh_odd"
            if split not in splits:
                continue
            it = Item(split, f"zh:{lab['index']}", "zh", lab["category"], lab.get("also", []),
                      lab["community_action"], src[lab["index"]], lab.get("reason", ""))
            _fill([it], [lab["index"]], dropped, codes)
            out.setdefault(split, []).append(it)
    for prefix, fname in HELDOUT.items():
        held = _jsonl(LABELS / fname)
        for lang in ("en", "zh"):
            split = f"{prefix}_{lang}"
            if split not in splits:
                continue
            recs = [h for h in held if h["lang"] == lang]
            items = [Item(split, h["id"], lang, h["category"], [], h["community_action"],
                          {k: h[k] for k in ("instruction", "input", "output")}) for h in recs]
            dropped, codes, _ = _audit([it.record for it in items])
            _fill(items, list(range(len(items))), dropped, codes)
            out[split] = items
    for lang, name in (("en", "self_instruct_seed_tasks.jsonl"), ("zh", "belle_zh_seed_tasks.jsonl")):
        split = f"seeds_{lang}"
        if split not in splits:
            continue
        recs = _seed_records(DATA / name)
        items = [Item(split, f"{split}:{i}", lang, "ok", [], "keep", r) for i, r in enumerate(recs)]
        dropped, codes, _ = _audit(recs)
        _fill(items, list(range(len(items))), dropped, codes)
        out[split] = items
    return out


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def score(items: list[Item]) -> dict[str, Any]:
    """Per-category recall/precision of the category's codes, drops per community action."""
    acts = Counter(it.action for it in items)
    dropped = Counter(it.action for it in items if it.dropped)
    out: dict[str, Any] = {
        "records": len(items),
        "community_drop_recall": _ratio(dropped["drop"], acts["drop"]),
        "community_drop": acts["drop"],
        "keep_dropped": dropped["keep"], "keep": acts["keep"],
        "keep_dropped_rate": _ratio(dropped["keep"], acts["keep"]),
        "fix_dropped": dropped["fix"], "fix": acts["fix"],
        # keep records with any flag or drop finding, and the codes that flagged them
        "keep_flagged": sum(1 for it in items if it.action == "keep" and it.flags),
        "keep_flag_codes": dict(Counter(c for it in items if it.action == "keep" for c in it.flags).most_common()),
        "categories": {},
    }
    cats = sorted({it.category for it in items} | {t for it in items for t in it.tags} - {"ok"})
    for c in cats:
        codes = CATEGORY_CODES.get(c)
        primary = [it for it in items if it.category == c]
        anym = [it for it in items if c in it.tags]
        row: dict[str, Any] = {"n": len(primary), "n_any": len(anym)}
        if codes:
            found = [it for it in anym if it.codes & codes]
            flagged = [it for it in items if it.codes & codes]
            tp_flag = [it for it in flagged if c in it.tags]
            row.update(found=len(found), recall=_ratio(len(found), len(anym)), flagged=len(flagged),
                       precision=_ratio(len(tp_flag), len(flagged)),
                       false_flags=len(flagged) - len(tp_flag))
        drop_primary = [it for it in primary if it.action == "drop"]
        if drop_primary:
            row["drop_n"] = len(drop_primary)
            row["dropped"] = sum(it.dropped for it in drop_primary)
            row["drop_recall"] = _ratio(row["dropped"], len(drop_primary))
        out["categories"][c] = row
    return out


def missed(items: list[Item], action: str = "drop") -> list[Item]:
    return [it for it in items if it.action == action and not it.dropped]


def false_drops(items: list[Item]) -> list[Item]:
    return [it for it in items if it.action == "keep" and it.dropped]
