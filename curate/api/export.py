"""Export records in the shapes trainers load unchanged (docs/export.md has a tested example each).

    from curate.api.export import export
    export("clean.jsonl", "llama-factory", "data/mydata.json")            # alpaca + dataset_info.json entry
    export("chat.jsonl", "llama-factory-sharegpt", "data/chat.json")       # formatting: sharegpt
    export("clean.jsonl", "axolotl", "train.jsonl")                        # axolotl `type: alpaca`
    export("chat.jsonl", "axolotl-chat", "train.jsonl")                    # axolotl `type: chat_template`
    export("clean.jsonl", "trl-messages", "train.jsonl")                   # TRL conversational {"messages"}

Targets (schemas from each tool's documentation and checked against their loaders, docs/export.md):

* ``llama-factory``: a JSON list in LLaMA-Factory's alpaca format (``instruction``, ``input``,
  ``output``, plus ``system`` and ``history`` — a list of [user, assistant] pairs — when records have
  them) and an entry in ``dataset_info.json`` beside it: ``file_name``, ``formatting: alpaca`` and
  ``columns``. LLaMA-Factory trains on every answer of ``history`` as well (unless ``mask_history``),
  so the turns of a split conversation would train its early answers again and again: the export
  warns, and ``llama-factory-sharegpt`` is the way to export such data.
* ``llama-factory-sharegpt``: a JSON list of ``{"conversations": [{"from": "human"|"gpt", "value"}],
  "system"?}``, one per conversation, and an entry with ``formatting: sharegpt``, ``columns``
  (messages, system) and the ``tags``; every answer is trained once.
* ``axolotl``: JSONL with ``instruction``, ``input``, ``output`` for ``type: alpaca`` (no system
  prompt or earlier turns; records that carry them are counted in ``dropped_fields``).
* ``axolotl-chat``: JSONL ``{"messages": [{"role", "content"}, ...]}`` for ``type: chat_template``
  (axolotl's defaults: ``field_messages: messages``, ``roles_to_train: [assistant]``).
* ``trl-messages``: the same rows, TRL SFTTrainer's conversational format.

**Conversations.** The chat targets (``llama-factory-sharegpt``, ``axolotl-chat``,
``trl-messages``) put the turns of one conversation back together: records read with
``--split-turns`` have ids ``<conv>#<k>`` and the earlier turns in ``history``; a conversation's kept
records become one row (the system prompt, then each kept turn as written, with its fixes). A turn
cleaning dropped stays out: its text is not trained on and no answer is trained twice (counted in
``conversations_with_gaps`` / ``turns_left_out``). ``merge_turns=False`` keeps one row per record
(history in front).

**Existing entries.** ``dataset_info.json`` keeps its other entries. An entry of the same name, or
another entry that names the same data file, is not replaced unless ``force=True`` (``--force``):
LLaMA-Factory's own ``dataset_info.json`` holds dozens of entries a name clash would silently break.
Rerunning the same export (an entry curate wrote for the same file and formatting) is not a clash.
Folders are created.

Curate's own columns (``id``, ``content_hash``, ``lang``, scores, ``_issues``, pass-through source
fields) are left out unless ``keep_columns`` is set (on the chat targets, from a conversation's last
record): the trainers either reject unknown keys or silently carry them.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from curate.schema import CORE_FIELDS

TARGETS = ("llama-factory", "llama-factory-sharegpt", "axolotl", "axolotl-chat", "trl-messages")
CHAT_TARGETS = ("llama-factory-sharegpt", "axolotl-chat", "trl-messages")
ALPACA_KEYS = CORE_FIELDS
SHAREGPT_TAGS = {"role_tag": "from", "content_tag": "value", "user_tag": "human", "assistant_tag": "gpt",
                 "system_tag": "system"}
_TURN = re.compile(r"^(.*)#(\d+)$")


def user_content(instruction: str, input: str | None) -> str:
    """The user turn as Alpaca-style trainers build it: the instruction, then the input after a
    blank line when there is one (as curate's own trainer renders it)."""
    return f"{instruction}\n\n{input}" if input else instruction


def _extras(rec: dict, used: set[str]) -> dict:
    return {k: v for k, v in rec.items() if k not in used}


# ------------------------------------------------------------------ alpaca rows
def llama_factory_rows(records: Iterable[dict], keep_columns: bool, seen: dict[str, int]) -> Iterator[dict]:
    for rec in records:
        out = {k: rec.get(k) or "" for k in ALPACA_KEYS}
        if rec.get("system"):
            out["system"] = rec["system"]
            seen["system"] += 1
        if rec.get("history"):
            out["history"] = [list(t) for t in rec["history"]]
            seen["history"] += 1
            if _TURN.match(str(rec.get("id") or "")):
                seen["split_turns"] += 1
        if keep_columns:
            out.update(_extras(rec, set(out) | {"system", "history"}))
        yield out


def axolotl_rows(records: Iterable[dict], keep_columns: bool, seen: dict[str, int]) -> Iterator[dict]:
    for rec in records:
        out = {k: rec.get(k) or "" for k in ALPACA_KEYS}
        for k in ("system", "history"):
            if rec.get(k):
                seen[k] += 1
        if keep_columns:
            out.update(_extras(rec, set(out) | {"system", "history"}))
        yield out


# ------------------------------------------------------------------ conversations
def _turn_of(rec: dict) -> tuple[str, int] | None:
    """(conversation id, turn number) of a split turn: id ``<conv>#<k>`` and k-1 earlier turns."""
    m = _TURN.match(str(rec.get("id") or ""))
    if not m:
        return None
    k = int(m.group(2))
    if len(rec.get("history") or ()) != k - 1:
        return None
    return m.group(1), k


def conversations(records: Iterable[dict], seen: dict[str, int], merge: bool = True) -> Iterator[dict]:
    """One conversation per split conversation (its records are consecutive in input order), else
    one per record: ``{"system", "turns": [[user, assistant], ...], "last": record, "records": n}``.

    A split conversation is rebuilt from its kept records' own turns, as written (with their
    fixes): ``history`` only repeats earlier turns as read. A turn cleaning dropped is left out (its
    text is never trained on, and no answer is trained twice); such conversations are counted in
    ``conversations_with_gaps``, and the turns left out in ``turns_left_out``. A record that is not
    a split turn keeps its own ``history`` in front of its turn."""
    group: list[tuple[dict, int]] = []

    def flush() -> Iterator[dict]:
        if not group:
            return
        first = group[0][0]
        if group[0][1] == 0:  # not a split turn: its history, then its turn
            turns = [[t[0], t[1]] for t in first.get("history") or ()]
        else:
            turns = []
            ks = [k for _, k in group]
            missing = (ks[0] - 1) + sum(b - a - 1 for a, b in zip(ks, ks[1:]))
            if missing:
                seen["conversations_with_gaps"] += 1
                seen["turns_left_out"] += missing
        turns += [[user_content(r.get("instruction") or "", r.get("input")), r.get("output") or ""] for r, _ in group]
        seen["records"] += len(group)
        if len(group) > 1:
            seen["merged"] += len(group) - 1
        yield {"system": first.get("system"), "turns": turns, "last": group[-1][0], "records": len(group)}

    conv: str | None = None
    for rec in records:
        t = _turn_of(rec) if merge else None
        if (t is not None and group and conv == t[0] and t[1] > group[-1][1]
                and (rec.get("system") or None) == (group[0][0].get("system") or None)):
            group.append((rec, t[1]))
            continue
        yield from flush()
        group = [(rec, t[1] if t is not None else 0)]
        conv = t[0] if t is not None else None
    yield from flush()


def _keep(conv: dict, keep_columns: bool) -> dict:
    return _extras(conv["last"], {*ALPACA_KEYS, "system", "history"}) if keep_columns else {}


def sharegpt_rows(records: Iterable[dict], keep_columns: bool, seen: dict[str, int], merge: bool = True
                  ) -> Iterator[dict]:
    for conv in conversations(records, seen, merge):
        msgs = []
        for user, assistant in conv["turns"]:
            msgs.append({"from": "human", "value": user})
            msgs.append({"from": "gpt", "value": assistant})
        out: dict[str, Any] = {"conversations": msgs}
        if conv["system"]:
            out["system"] = conv["system"]
            seen["system"] += 1
        seen["conversations"] += 1
        out.update(_keep(conv, keep_columns))
        yield out


def messages_rows(records: Iterable[dict], keep_columns: bool, seen: dict[str, int], merge: bool = True
                  ) -> Iterator[dict]:
    for conv in conversations(records, seen, merge):
        msgs = []
        if conv["system"]:
            msgs.append({"role": "system", "content": conv["system"]})
            seen["system"] += 1
        for user, assistant in conv["turns"]:
            msgs.append({"role": "user", "content": user})
            msgs.append({"role": "assistant", "content": assistant})
        seen["conversations"] += 1
        out: dict[str, Any] = {"messages": msgs}
        out.update(_keep(conv, keep_columns))
        yield out


def trl_rows(records: Iterable[dict], keep_columns: bool, seen: dict[str, int]) -> Iterator[dict]:
    """One TRL row per record (no merging): kept for callers of the earlier API."""
    for k in ("records", "merged", "conversations", "conversations_with_gaps", "turns_left_out"):
        seen.setdefault(k, 0)
    return messages_rows(records, keep_columns, seen, merge=False)


# ------------------------------------------------------------------ files
def _write_json_list(rows: Iterable[dict], f: Any) -> int:
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


def dataset_info_entry(file_name: str, formatting: str, has_system: bool, has_history: bool) -> dict[str, Any]:
    if formatting == "sharegpt":
        columns = {"messages": "conversations"}
        if has_system:
            columns["system"] = "system"
        return {"file_name": file_name, "formatting": "sharegpt", "columns": columns, "tags": dict(SHAREGPT_TAGS)}
    columns = {"prompt": "instruction", "query": "input", "response": "output"}
    if has_system:
        columns["system"] = "system"
    if has_history:
        columns["history"] = "history"
    return {"file_name": file_name, "formatting": "alpaca", "columns": columns}


def _same_export(entry: Any, file_name: str, formatting: str) -> bool:
    """An entry a previous curate export of the same file wrote (a rerun, not a clash)."""
    return (isinstance(entry, dict) and entry.get("file_name") == file_name
            and entry.get("formatting") == formatting and set(entry) <= {"file_name", "formatting", "columns", "tags"})


def check_dataset_info(info: dict[str, Any], name: str, file_name: str, formatting: str, force: bool,
                       info_path: Path) -> None:
    """Refuse (ValueError) to replace an entry of the same name, or to overwrite a file another
    entry uses, unless ``force`` or the entry is this same export written before (a rerun).
    Checked before any data is written."""
    if force or _same_export(info.get(name), file_name, formatting):
        return
    if name in info:
        raise ValueError(f"{info_path}: an entry {name!r} already exists (file {info[name].get('file_name')!r}); "
                         "choose another --name, or --force to replace it")
    users = [k for k, v in info.items() if isinstance(v, dict) and v.get("file_name") == file_name]
    if users:
        raise ValueError(f"{info_path}: {file_name!r} is the data file of entry {users[0]!r}; "
                         "write to another file, or --force to overwrite it")


def update_dataset_info(info_path: Path, name: str, entry: dict[str, Any]) -> dict:
    """Add or replace the ``name`` entry of LLaMA-Factory's dataset_info.json, keeping the others."""
    from curate.io.writers import atomic_write

    info = load_dataset_info(info_path)
    info[name] = entry
    with atomic_write(info_path) as f:
        f.write(json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    return entry


def export(source: Any, to: str, output: str | Path, *, keep_columns: bool = False, name: str | None = None,
           read_options: dict | None = None, force: bool = False, merge_turns: bool = True) -> dict[str, Any]:
    """Write ``source`` (anything curate.read takes) for ``to``. Returns what was written:
    ``{"target", "records", "rows", "paths", "quarantined", ...}``: ``records`` read and exported,
    ``rows`` written (conversations for the chat targets). Rows the reader quarantines are not
    exported and are counted in ``quarantined``. The data file and its dataset_info.json are
    published together (curate.io.publish); the folder is created."""
    from curate.io.paths import refuse_overlap
    from curate.io.publish import OutputSet
    from curate.io.readers import read
    from curate.io.writers import record_dicts, write_jsonl_to

    if to not in TARGETS:
        raise ValueError(f"unknown export target {to!r}; choose one of {', '.join(TARGETS)}")
    out = Path(output)
    lf = to.startswith("llama-factory")
    info_path = out.with_name("dataset_info.json")
    ds_name = name or out.stem
    targets: dict[str, Path] = {"output": out}
    if lf:  # every refusal comes before anything is read or written
        if out.suffix.lower() not in (".json", ".jsonl"):
            raise ValueError(f"{to} export writes a .json file (a JSON list, as LLaMA-Factory's data files are)")
        if out.name == "dataset_info.json":
            raise ValueError(f"{out}: dataset_info.json is LLaMA-Factory's index of datasets; name the data file otherwise")
        check_dataset_info(load_dataset_info(info_path), ds_name, out.name,
                           "sharegpt" if to == "llama-factory-sharegpt" else "alpaca", force, info_path)
        targets["dataset_info"] = info_path
    refuse_overlap(source, targets)
    ds = read(source, **(read_options or {}))
    seen = {"system": 0, "history": 0, "split_turns": 0, "records": 0, "merged": 0, "conversations": 0,
            "conversations_with_gaps": 0, "turns_left_out": 0}
    records = record_dicts(ds.records)
    result: dict[str, Any] = {"target": to, "paths": {"output": str(out)}, "quarantined": len(ds.rejects)}
    with OutputSet(targets, commit="dataset_info" if lf else None) as files:
        if lf:
            rows = (llama_factory_rows(records, keep_columns, seen) if to == "llama-factory"
                    else sharegpt_rows(records, keep_columns, seen, merge_turns))
            with files.open("output") as f:
                n = _write_json_list(rows, f) if out.suffix.lower() == ".json" else write_jsonl_to(rows, f, out)
            if to == "llama-factory":
                entry = dataset_info_entry(out.name, "alpaca", seen["system"] > 0, seen["history"] > 0)
                if seen["split_turns"]:
                    result["warning"] = (f"{seen['split_turns']} records are later turns of split conversations: "
                                         "with formatting alpaca LLaMA-Factory trains on their history answers again "
                                         "in every later turn; export with --to llama-factory-sharegpt to train each "
                                         "answer once")
            else:
                entry = dataset_info_entry(out.name, "sharegpt", seen["system"] > 0, False)
            info = load_dataset_info(info_path)
            info[ds_name] = entry
            files.write_bytes("dataset_info", json.dumps(info, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
            result["dataset_info"] = {ds_name: entry}
            result["paths"]["dataset_info"] = str(info_path)
        elif to == "axolotl":
            with files.open("output") as f:
                n = write_jsonl_to(axolotl_rows(records, keep_columns, seen), f, out)
            result["axolotl_config"] = {"datasets": [{"path": str(out), "type": "alpaca"}]}
            lost = {k: seen[k] for k in ("system", "history") if seen[k]}
            if lost:
                result["dropped_fields"] = lost
                result["warning"] = (f"axolotl's alpaca type has no system prompt or history: {lost} records carry "
                                     f"them and were exported without; use --to axolotl-chat to keep them")
        else:
            with files.open("output") as f:
                n = write_jsonl_to(messages_rows(records, keep_columns, seen, merge_turns), f, out)
            if to == "axolotl-chat":
                result["axolotl_config"] = {"datasets": [{"path": str(out), "type": "chat_template",
                                                          "field_messages": "messages",
                                                          "roles_to_train": ["assistant"]}]}
    if to in CHAT_TARGETS:
        result["records"] = seen["records"]
        result["conversations"] = n
        result["merged_turns"] = seen["merged"]
        if seen["conversations_with_gaps"]:
            result["conversations_with_gaps"] = seen["conversations_with_gaps"]
            result["turns_left_out"] = seen["turns_left_out"]
    else:
        result["records"] = n
    result["rows"] = n
    return result
