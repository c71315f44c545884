"""Export records in the shapes trainers load unchanged.

    from curate.api.export import export
    export("clean.jsonl", "llama-factory", "data/mydata.json")   # + data/dataset_info.json entry
    export("clean.jsonl", "axolotl", "train.jsonl")               # axolotl `type: alpaca`
    export("clean.jsonl", "trl-messages", "train.jsonl")          # TRL conversational {"messages": [...]}

Targets (schemas from each tool's documentation):

* ``llama-factory``: a JSON list in LLaMA-Factory's alpaca format (``instruction``, ``input``,
  ``output``, plus ``system`` and ``history`` — a list of [user, assistant] pairs — when records have
  them), and an entry in ``dataset_info.json`` beside it: ``file_name``, ``formatting: alpaca`` and
  ``columns`` mapping prompt/query/response (and system/history when present). An existing
  dataset_info.json keeps its other entries.
* ``axolotl``: JSONL with ``instruction``, ``input``, ``output`` for ``type: alpaca``. That format has
  no system prompt or earlier turns; records that carry them are counted in ``dropped_fields``
  (export them as ``trl-messages`` and use axolotl's chat_template type instead).
* ``trl-messages``: JSONL, one ``{"messages": [{"role", "content"}, ...]}`` per record — the system
  message, the history turns, then the user turn (instruction, and the input after a blank line)
  and the assistant turn — the conversational format TRL's SFTTrainer takes.

Curate's own columns (``id``, ``content_hash``, ``lang``, scores, ``_issues``, pass-through source
fields) are left out unless ``keep_columns`` is set: the trainers either reject unknown keys or
silently carry them.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from curate.schema import CORE_FIELDS

TARGETS = ("llama-factory", "axolotl", "trl-messages")
ALPACA_KEYS = CORE_FIELDS


def user_content(instruction: str, input: str | None) -> str:
    """The user turn as Alpaca-style trainers build it: the instruction, then the input after a
    blank line when there is one."""
    return f"{instruction}\n\n{input}" if input else instruction


def _extras(rec: dict, used: set[str]) -> dict:
    return {k: v for k, v in rec.items() if k not in used}


def llama_factory_rows(records: Iterator[dict], keep_columns: bool, seen: dict[str, int]) -> Iterator[dict]:
    for rec in records:
        out = {k: rec.get(k) or "" for k in ALPACA_KEYS}
        if rec.get("system"):
            out["system"] = rec["system"]
            seen["system"] += 1
        if rec.get("history"):
            out["history"] = [list(t) for t in rec["history"]]
            seen["history"] += 1
        if keep_columns:
            out.update(_extras(rec, set(out) | {"system", "history"}))
        yield out


def axolotl_rows(records: Iterator[dict], keep_columns: bool, seen: dict[str, int]) -> Iterator[dict]:
    for rec in records:
        out = {k: rec.get(k) or "" for k in ALPACA_KEYS}
        for k in ("system", "history"):
            if rec.get(k):
                seen[k] += 1
        if keep_columns:
            out.update(_extras(rec, set(out) | {"system", "history"}))
        yield out


def trl_rows(records: Iterator[dict], keep_columns: bool, seen: dict[str, int]) -> Iterator[dict]:
    for rec in records:
        msgs = []
        if rec.get("system"):
            msgs.append({"role": "system", "content": rec["system"]})
            seen["system"] += 1
        for turn in rec.get("history") or ():
            user, assistant = turn[0], turn[1]
            msgs.append({"role": "user", "content": user})
            msgs.append({"role": "assistant", "content": assistant})
        if rec.get("history"):
            seen["history"] += 1
        msgs.append({"role": "user", "content": user_content(rec.get("instruction") or "", rec.get("input"))})
        msgs.append({"role": "assistant", "content": rec.get("output") or ""})
        out: dict[str, Any] = {"messages": msgs}
        if keep_columns:
            out.update(_extras(rec, {"messages", *ALPACA_KEYS, "system", "history"}))
        yield out


def _write_json_list(rows: Iterator[dict], f: Any) -> int:
    """A JSON array, one record per line: valid JSON for json.load, diff-friendly, streamed (never
    the whole list in memory as text). A kept pass-through number the stdlib cannot write as read
    (a big integer, NaN: an orjson.Fragment) makes that row compact orjson, exact."""
    from curate.io.writers import dumps

    n = 0
    f.write(b"[")
    for row in rows:
        f.write(b",\n" if n else b"\n")
        try:
            f.write(json.dumps(row, ensure_ascii=False).encode("utf-8"))
        except TypeError:
            f.write(dumps(row))
        n += 1
    f.write(b"\n]\n" if n else b"]\n")
    return n


def load_dataset_info(info_path: Path) -> dict[str, Any]:
    """The existing dataset_info.json (or {}); read before anything is written, so a broken one
    stops the export instead of leaving a data file without its entry."""
    info: dict[str, Any] = {}
    if info_path.exists():
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ValueError(f"{info_path}: existing dataset_info.json is not valid JSON ({e}); "
                             "fix or move it, curate will not overwrite it") from None
        if not isinstance(info, dict):
            raise ValueError(f"{info_path}: existing dataset_info.json is not a JSON object")
    return info


def dataset_info_entry(info: dict[str, Any], name: str, file_name: str, has_system: bool,
                       has_history: bool) -> dict:
    """Add or replace the ``name`` entry of LLaMA-Factory's dataset_info.json, keeping the others."""
    columns = {"prompt": "instruction", "query": "input", "response": "output"}
    if has_system:
        columns["system"] = "system"
    if has_history:
        columns["history"] = "history"
    entry = {"file_name": file_name, "formatting": "alpaca", "columns": columns}
    info[name] = entry
    return entry


def update_dataset_info(info_path: Path, name: str, file_name: str, has_system: bool, has_history: bool) -> dict:
    """Add or replace the ``name`` entry of LLaMA-Factory's dataset_info.json, keeping the others."""
    from curate.io.writers import atomic_write

    info = load_dataset_info(info_path)
    entry = dataset_info_entry(info, name, file_name, has_system, has_history)
    with atomic_write(info_path) as f:
        f.write(json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    return entry


def export(source: Any, to: str, output: str | Path, *, keep_columns: bool = False, name: str | None = None,
           read_options: dict | None = None) -> dict[str, Any]:
    """Write ``source`` (anything curate.read takes) for ``to``. Returns what was written:
    ``{"target", "records", "paths", "quarantined", "dropped_fields", ...}``. Rows the reader
    quarantines are not exported and are counted in ``quarantined``."""
    from curate.io.paths import refuse_overlap
    from curate.io.publish import OutputSet
    from curate.io.readers import read
    from curate.io.writers import record_dicts, write_jsonl_to

    if to not in TARGETS:
        raise ValueError(f"unknown export target {to!r}; choose one of {', '.join(TARGETS)}")
    out = Path(output)
    info_path = out.with_name("dataset_info.json")
    targets: dict[str, Path] = {"output": out}
    if to == "llama-factory":
        if out.suffix.lower() not in (".json", ".jsonl"):
            raise ValueError("llama-factory export writes a .json file (LLaMA-Factory's alpaca format)")
        if out.name == "dataset_info.json":
            raise ValueError(f"{out}: dataset_info.json is LLaMA-Factory's index of datasets; name the data file otherwise")
        load_dataset_info(info_path)  # a broken one stops the export before anything is read
        targets["dataset_info"] = info_path
    refuse_overlap(source, targets)
    ds = read(source, **(read_options or {}))
    seen = {"system": 0, "history": 0}
    records = record_dicts(ds.records)
    result: dict[str, Any] = {"target": to, "paths": {"output": str(out)}, "quarantined": len(ds.rejects)}
    # the data file and its dataset_info entry are published together (the folder is created)
    with OutputSet(targets, commit="dataset_info") as files:
        if to == "llama-factory":
            rows = llama_factory_rows(records, keep_columns, seen)
            with files.open("output") as f:
                n = _write_json_list(rows, f) if out.suffix.lower() == ".json" else write_jsonl_to(rows, f, out)
            ds_name = name or out.stem
            info = load_dataset_info(info_path)
            entry = dataset_info_entry(info, ds_name, out.name, seen["system"] > 0, seen["history"] > 0)
            files.write_bytes("dataset_info", json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
            result["dataset_info"] = {ds_name: entry}
            result["paths"]["dataset_info"] = str(info_path)
        elif to == "axolotl":
            with files.open("output") as f:
                n = write_jsonl_to(axolotl_rows(records, keep_columns, seen), f, out)
            result["axolotl_config"] = {"datasets": [{"path": str(out), "type": "alpaca"}]}
            lost = {k: v for k, v in seen.items() if v}
            if lost:
                result["dropped_fields"] = lost
                result["warning"] = (f"axolotl's alpaca type has no system prompt or history: {lost} records carry "
                                     f"them and were exported without; use --to trl-messages to keep them")
        else:
            with files.open("output") as f:
                n = write_jsonl_to(trl_rows(records, keep_columns, seen), f, out)
    result["records"] = n
    return result
