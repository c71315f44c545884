"""`curate export`: the files must be what LLaMA-Factory, axolotl and TRL load unchanged.

The schema checks are written from each tool's documentation:
* LLaMA-Factory data/README.md: alpaca format is a JSON list of objects with instruction (required),
  input (optional), output (required), system (optional), history (optional, list of
  [instruction, response] string pairs); dataset_info.json maps a dataset name to file_name,
  formatting (alpaca | sharegpt) and columns {prompt, query, response, system, history}.
* axolotl dataset formats, `type: alpaca`: JSONL objects {"instruction", "input", "output"}.
* TRL SFTTrainer conversational format: {"messages": [{"role": "system"|"user"|"assistant",
  "content": str}, ...]} with user/assistant alternating and the assistant turn last; axolotl's
  `type: chat_template` reads the same rows (field_messages: messages, role/content keys).
* LLaMA-Factory sharegpt: {"conversations": [{"from", "value"}], "system"?}, human in odd positions,
  gpt in even ones; dataset_info maps columns.messages and the tags.
Each file is also loaded with Hugging Face `datasets` (what all three trainers use to read files), and
docs/export.md's examples are run and their outputs compared.
"""
from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from curate.api.export import export
from curate.cli import main

LF_COLUMNS = {"prompt", "query", "response", "history", "messages", "system", "tools"}


def check_llama_factory(data_path, info_path, name):
    rows = json.loads(data_path.read_text(encoding="utf-8"))
    info = json.loads(info_path.read_text(encoding="utf-8"))
    entry = info[name]
    assert entry["file_name"] == data_path.name and (info_path.parent / entry["file_name"]).exists()
    assert entry.get("formatting", "alpaca") == "alpaca"
    cols = entry.get("columns", {})
    assert set(cols) <= LF_COLUMNS
    defaults = {"prompt": "instruction", "query": "input", "response": "output"}
    mapped = {k: cols.get(k, v) for k, v in defaults.items()} | {k: cols[k] for k in ("system", "history") if k in cols}
    assert isinstance(rows, list) and rows
    for r in rows:
        assert isinstance(r[mapped["prompt"]], str) and r[mapped["prompt"]]
        assert isinstance(r.get(mapped["query"], ""), str)
        assert isinstance(r[mapped["response"]], str)
        if "history" in r:
            assert "history" in mapped, "history present but not mapped in dataset_info.json"
            for pair in r["history"]:
                assert isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
        if "system" in r:
            assert "system" in mapped and isinstance(r["system"], str)
        assert set(r) <= {"instruction", "input", "output", "system", "history"}
    return rows, entry


def check_axolotl_alpaca(path):
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        assert set(r) == {"instruction", "input", "output"}
        assert all(isinstance(v, str) for v in r.values()) and r["instruction"]
    return rows


def check_trl_messages(path):
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        assert set(r) == {"messages"}
        msgs = r["messages"]
        roles = [m["role"] for m in msgs]
        assert all(set(m) == {"role", "content"} and isinstance(m["content"], str) for m in msgs)
        body = roles[1:] if roles[0] == "system" else roles
        assert body and len(body) % 2 == 0
        assert body == ["user", "assistant"] * (len(body) // 2)
    return rows


@pytest.fixture
def conversations(tmp_path):
    """Real Chinese records, plus records with a system prompt and earlier turns."""
    p = tmp_path / "conv.jsonl"
    rows = [
        {"instruction": "再解释一下第二点。", "input": "", "output": "第二点是说……", "system": "你是一名老师。",
         "history": [["什么是光合作用？", "光合作用是……"], ["有哪几个阶段？", "两个阶段：……"]]},
        {"instruction": "Summarize.", "input": "Cats sleep a lot.", "output": "Cats sleep much.",
         "system": "Be brief."},
    ]
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return p


def test_llama_factory_alpaca_and_dataset_info(tmp_path, alpaca_zh):
    out = tmp_path / "data" / "zh_clean.json"
    out.parent.mkdir()
    (out.parent / "dataset_info.json").write_text(json.dumps({"other": {"file_name": "other.json"}}), encoding="utf-8")
    res = export(str(alpaca_zh), "llama-factory", out)
    assert res["records"] == 1000
    rows, entry = check_llama_factory(out, out.parent / "dataset_info.json", "zh_clean")
    src = json.loads(alpaca_zh.read_text(encoding="utf-8"))
    assert [r["instruction"] for r in rows] == [r["instruction"] for r in src]
    assert entry["columns"] == {"prompt": "instruction", "query": "input", "response": "output"}
    info = json.loads((out.parent / "dataset_info.json").read_text(encoding="utf-8"))
    assert info["other"] == {"file_name": "other.json"}  # other entries kept
    import datasets

    ds = datasets.load_dataset("json", data_files=str(out), split="train")
    assert ds.num_rows == 1000 and set(ds.column_names) == {"instruction", "input", "output"}


def test_llama_factory_maps_system_and_history(tmp_path, conversations):
    out = tmp_path / "conv.json"
    export(str(conversations), "llama-factory", out, name="conv")
    rows, entry = check_llama_factory(out, tmp_path / "dataset_info.json", "conv")
    assert entry["columns"]["system"] == "system" and entry["columns"]["history"] == "history"
    assert rows[0]["history"] == [["什么是光合作用？", "光合作用是……"], ["有哪几个阶段？", "两个阶段：……"]]
    assert "history" not in rows[1] and rows[1]["system"] == "Be brief."


def test_axolotl_alpaca(tmp_path, alpaca_en, conversations):
    out = tmp_path / "train.jsonl"
    res = export(str(alpaca_en), "axolotl", out)
    rows = check_axolotl_alpaca(out)
    assert len(rows) == res["records"] == 5000 and "dropped_fields" not in res
    assert res["axolotl_config"]["datasets"][0]["type"] == "alpaca"
    import datasets

    assert datasets.load_dataset("json", data_files=str(out), split="train").num_rows == 5000
    # system prompts and history cannot be expressed in axolotl's alpaca type: counted, not hidden
    res = export(str(conversations), "axolotl", tmp_path / "conv_axolotl.jsonl")
    check_axolotl_alpaca(tmp_path / "conv_axolotl.jsonl")
    assert res["dropped_fields"] == {"system": 2, "history": 1} and "axolotl-chat" in res["warning"]
    before = conversations.read_bytes()  # exporting onto the input is refused before reading
    with pytest.raises(ValueError, match="is the input file"):
        export(str(conversations), "axolotl", conversations)
    assert conversations.read_bytes() == before


def test_trl_messages_with_system_and_history(tmp_path, conversations, alpaca_en):
    out = tmp_path / "trl.jsonl"
    export(str(conversations), "trl-messages", out)
    rows = check_trl_messages(out)
    assert [m["role"] for m in rows[0]["messages"]] == ["system", "user", "assistant", "user", "assistant",
                                                         "user", "assistant"]
    assert rows[1]["messages"][1]["content"] == "Summarize.\n\nCats sleep a lot."
    out2 = tmp_path / "trl_en.jsonl"
    export(str(alpaca_en), "trl-messages", out2)
    rows = check_trl_messages(out2)
    assert len(rows) == 5000 and [m["role"] for m in rows[0]["messages"]] == ["user", "assistant"]
    import datasets

    ds = datasets.load_dataset("json", data_files=str(out2), split="train")
    assert ds.column_names == ["messages"]


def test_internal_columns_only_when_asked(tmp_path, alpaca_zh):
    import curate

    res = curate.run("clean", str(alpaca_zh), tmp_path / "clean.jsonl")
    assert "lang" in res.records.columns
    plain = tmp_path / "plain.jsonl"
    kept = tmp_path / "kept.jsonl"
    export(str(tmp_path / "clean.jsonl"), "axolotl", plain)
    export(str(tmp_path / "clean.jsonl"), "axolotl", kept, keep_columns=True)
    first_plain = json.loads(plain.read_text(encoding="utf-8").splitlines()[0])
    first_kept = json.loads(kept.read_text(encoding="utf-8").splitlines()[0])
    assert set(first_plain) == {"instruction", "input", "output"}
    assert {"id", "content_hash", "lang"} <= set(first_kept)


def check_sharegpt(data_path, info_path, name):
    rows = json.loads(data_path.read_text(encoding="utf-8"))
    entry = json.loads(info_path.read_text(encoding="utf-8"))[name]
    assert entry["formatting"] == "sharegpt" and entry["file_name"] == data_path.name
    col = entry["columns"]["messages"]
    tags = entry.get("tags", {})
    role, content = tags.get("role_tag", "from"), tags.get("content_tag", "value")
    user, assistant = tags.get("user_tag", "human"), tags.get("assistant_tag", "gpt")
    for r in rows:
        msgs = r[col]
        assert msgs and len(msgs) % 2 == 0
        assert [m[role] for m in msgs] == [user, assistant] * (len(msgs) // 2)
        assert all(isinstance(m[content], str) for m in msgs)
        if "system" in r:
            assert entry["columns"].get("system") == "system" and isinstance(r["system"], str)
    return rows, entry


def conversations_from_real_records(alpaca_en, alpaca_zh, n=30):
    """ShareGPT chats assembled from real records: conversation i holds 1 to 4 consecutive real
    question/answer pairs, every third one with a system prompt; EN and ZH alternate."""
    en = json.loads(alpaca_en.read_text(encoding="utf-8"))
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))
    chats, pos = [], {"en": 0, "zh": 0}
    for i in range(n):
        lang, src = ("zh", zh) if i % 2 else ("en", en)
        k = 1 + i % 4
        pairs = []
        while len(pairs) < k:
            r = src[pos[lang]]
            pos[lang] += 1
            if r["output"].strip() and len(r["output"]) > 20:
                pairs.append((r["instruction"] + (f"\n\n{r['input']}" if r["input"] else ""), r["output"]))
        msgs = ([{"from": "system", "value": "你是一个有帮助的助手。" if lang == "zh" else "Be helpful."}]
                if i % 3 == 0 else [])
        for u, a in pairs:
            msgs += [{"from": "human", "value": u}, {"from": "gpt", "value": a}]
        chats.append({"id": f"chat{i}", "conversations": msgs})
    return chats


def split_turns(tmp_path, alpaca_en, alpaca_zh):
    """Real-record conversations, and `curate convert --split-turns` of them (one record per turn)."""
    chats = conversations_from_real_records(alpaca_en, alpaca_zh)
    src = tmp_path / "chats.json"
    src.write_text(json.dumps(chats, ensure_ascii=False), encoding="utf-8")
    turns = tmp_path / "turns.jsonl"
    r = CliRunner().invoke(main, ["convert", str(src), "--split-turns", "-o", str(turns), "-q"])
    assert r.exit_code == 0, r.output
    return chats, turns


def test_chat_targets_put_split_conversations_back_together(tmp_path, alpaca_en, alpaca_zh):
    chats, turns = split_turns(tmp_path, alpaca_en, alpaca_zh)
    n_turns = sum(len(c["conversations"]) // 2 for c in chats)
    assert len(turns.read_text(encoding="utf-8").splitlines()) == n_turns
    # LLaMA-Factory sharegpt: one row per chat, the turns exactly as read, each answer once
    res = export(str(turns), "llama-factory-sharegpt", tmp_path / "lf" / "chats.json")
    rows, entry = check_sharegpt(tmp_path / "lf" / "chats.json", tmp_path / "lf" / "dataset_info.json", "chats")
    assert res["records"] == n_turns and res["conversations"] == len(rows) == len(chats)
    assert res["merged_turns"] == n_turns - len(chats)
    for chat, row in zip(chats, rows):
        body = [m for m in chat["conversations"] if m["from"] != "system"]
        assert row["conversations"] == body
        sys_msg = [m["value"] for m in chat["conversations"] if m["from"] == "system"]
        assert row.get("system") == (sys_msg[0] if sys_msg else None)
    # TRL / axolotl chat_template: the same conversations as messages
    for target in ("trl-messages", "axolotl-chat"):
        out = tmp_path / target / "chats.jsonl"
        res = export(str(turns), target, out)
        msgs = check_trl_messages(out)
        assert len(msgs) == len(chats) and res["conversations"] == len(chats)
        assert sum(m["role"] == "assistant" for row in msgs for m in row["messages"]) == n_turns
    assert res["axolotl_config"]["datasets"][0]["type"] == "chat_template"
    # the alpaca export keeps one row per turn and says what LLaMA-Factory will do with it
    res = export(str(turns), "llama-factory", tmp_path / "lf" / "alpaca.json")
    assert res["records"] == n_turns and "llama-factory-sharegpt" in res["warning"]
    import datasets

    ds = datasets.load_dataset("json", data_files=str(tmp_path / "lf" / "chats.json"), split="train")
    assert ds.num_rows == len(chats)


def test_a_turn_cleaning_dropped_stays_out(tmp_path, alpaca_en, alpaca_zh):
    chats = conversations_from_real_records(alpaca_en, alpaca_zh, n=8)
    answers = [m for m in chats[3]["conversations"] if m["from"] == "gpt"]
    assert len(answers) == 4
    answers[1]["value"] = "<noinput>"  # chat3 (4 turns): its second answer is empty
    src = tmp_path / "chats.json"
    src.write_text(json.dumps(chats, ensure_ascii=False), encoding="utf-8")
    clean = tmp_path / "clean.jsonl"
    recipe = tmp_path / "r.yaml"
    recipe.write_text("name: r\nstages:\n  - stage: normalize\n  - stage: rules\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["run", str(recipe), "-i", str(src), "--split-turns", "-o", str(clean), "-q"])
    assert r.exit_code == 0, r.output
    rejects = [json.loads(x) for x in (tmp_path / "clean.rejects.jsonl").read_text().splitlines()]
    assert [x["id"] for x in rejects] == ["chat3#2"] and rejects[0]["code"] == "output.empty"
    out = tmp_path / "trl.jsonl"
    res = export(str(clean), "trl-messages", out)
    rows = check_trl_messages(out)
    assert len(rows) == 8 and res["conversations_with_gaps"] == 1 and res["turns_left_out"] == 1
    texts = [m["content"] for m in rows[3]["messages"]]
    assert "<noinput>" not in texts and len([m for m in rows[3]["messages"] if m["role"] == "user"]) == 3
    # with merging off: one row per record, history in front (as the alpaca shape has it)
    res = export(str(clean), "trl-messages", tmp_path / "flat.jsonl", merge_turns=False)
    assert res["conversations"] == res["records"] == len(clean.read_text().splitlines())


def test_folders_are_created_and_entries_are_not_replaced(tmp_path, alpaca_zh):
    folder = tmp_path / "LLaMA-Factory" / "data"
    r = CliRunner().invoke(main, ["export", str(alpaca_zh), "--to", "llama-factory", "-o",
                                  str(folder / "zh_clean.json"), "-q"])
    assert r.exit_code == 0, r.output  # the README's command on a folder that does not exist yet
    info = folder / "dataset_info.json"
    # LLaMA-Factory's own dataset_info.json entries are bare {"file_name": ...}
    info.write_text(json.dumps({"alpaca_zh_demo": {"file_name": "alpaca_zh_demo.json"},
                                **json.loads(info.read_text(encoding="utf-8"))}), encoding="utf-8")
    (folder / "alpaca_zh_demo.json").write_text("[]", encoding="utf-8")
    before = info.read_text(encoding="utf-8")
    r = CliRunner().invoke(main, ["export", str(alpaca_zh), "--to", "llama-factory", "-o",
                                  str(folder / "mine.json"), "--name", "alpaca_zh_demo"])
    assert r.exit_code == 1 and "alpaca_zh_demo" in r.output and "--force" in r.output
    assert info.read_text(encoding="utf-8") == before and not (folder / "mine.json").exists()
    r = CliRunner().invoke(main, ["export", str(alpaca_zh), "--to", "llama-factory", "-o",
                                  str(folder / "alpaca_zh_demo.json"), "--name", "other"])
    assert r.exit_code == 1 and "data file of entry 'alpaca_zh_demo'" in r.output
    assert (folder / "alpaca_zh_demo.json").read_text(encoding="utf-8") == "[]"
    # rerunning the same export is not a clash; --force replaces
    r = CliRunner().invoke(main, ["export", str(alpaca_zh), "--to", "llama-factory", "-o",
                                  str(folder / "zh_clean.json"), "-q"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["export", str(alpaca_zh), "--to", "llama-factory", "-o",
                                  str(folder / "mine.json"), "--name", "alpaca_zh_demo", "--force", "-q"])
    assert r.exit_code == 0
    entries = json.loads(info.read_text(encoding="utf-8"))
    assert entries["alpaca_zh_demo"]["file_name"] == "mine.json" and "zh_clean" in entries


DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_docs_examples_run_as_written(tmp_path, monkeypatch):
    """docs/export.md: every `curate` command runs, every `check` block is what curate wrote, every
    `run: python` block runs."""
    text = (DOCS / "export.md").read_text(encoding="utf-8")
    shutil.copy(DOCS / "examples" / "chat.jsonl", tmp_path / "chat.jsonl")
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"(<!-- (check|run): ([^>]*) -->\n)?```(\w+)\n(.*?)```", text, flags=re.S)
    ran = checked = 0
    for _, kind, arg, lang, body in blocks:
        if lang == "bash":
            for line in body.strip().splitlines():
                args = shlex.split(line)
                assert args[0] == "curate", line
                r = CliRunner().invoke(main, args[1:] + ["-q"])
                assert r.exit_code == 0, (line, r.output)
                ran += 1
        elif kind == "check":
            m = re.fullmatch(r"(.+?)\[(\d+|\"[^\"]+\")\]", arg.strip())
            path, key = Path(m.group(1)), json.loads(m.group(2))
            if path.suffix == ".jsonl":
                got = json.loads(path.read_text(encoding="utf-8").splitlines()[key])
            else:
                got = json.loads(path.read_text(encoding="utf-8"))[key]
            assert got == json.loads(body), arg
            checked += 1
        elif kind == "run" and arg.strip() == "python":
            exec(compile(body, "docs/export.md", "exec"), {})
            ran += 1
    assert ran >= 6 and checked >= 6


@pytest.mark.model  # the packaged SmolLM2 tokenizer
def test_chat_rows_render_with_a_chat_template(tmp_path):
    """What TRL and axolotl do with each row: apply the model's chat template to the messages."""
    from transformers import AutoTokenizer

    from curate.models.lm import resolve_model_dir

    r = CliRunner().invoke(main, ["convert", str(DOCS / "examples" / "chat.jsonl"), "--split-turns", "-o",
                                  str(tmp_path / "t.jsonl"), "-q"])
    assert r.exit_code == 0
    export(str(tmp_path / "t.jsonl"), "trl-messages", tmp_path / "m.jsonl")
    tok = AutoTokenizer.from_pretrained(str(resolve_model_dir("smollm2")), local_files_only=True)
    for line in (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines():
        msgs = json.loads(line)["messages"]
        text = tok.apply_chat_template(msgs, tokenize=False)
        assert all(m["content"] in text for m in msgs)
        assert text.count("<|im_start|>assistant") == sum(m["role"] == "assistant" for m in msgs)


def test_cli_export(tmp_path, alpaca_zh):
    out = tmp_path / "lf.json"
    r = CliRunner().invoke(main, ["export", str(alpaca_zh), "--to", "llama-factory", "-o", str(out), "--json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["records"] == 1000 and d["dataset_info"]["lf"]["formatting"] == "alpaca"
    r = CliRunner().invoke(main, ["export", str(alpaca_zh), "--to", "llama-factory", "-o", str(tmp_path / "x.txt")])
    assert r.exit_code == 1 and ".json" in r.output
    r = CliRunner().invoke(main, ["export", str(alpaca_zh), "--to", "nemo", "-o", str(out)])
    assert r.exit_code == 2


def test_broken_dataset_info_is_not_overwritten(tmp_path, alpaca_zh):
    info = tmp_path / "dataset_info.json"
    info.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        export(str(alpaca_zh), "llama-factory", tmp_path / "d.json")
    assert info.read_text(encoding="utf-8") == "{not json"
    assert not (tmp_path / "d.json").exists()  # checked before any data is written
