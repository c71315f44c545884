"""`curate export`: the files must be what LLaMA-Factory, axolotl and TRL load unchanged.

The schema checks are written from each tool's documentation:
* LLaMA-Factory data/README.md: alpaca format is a JSON list of objects with instruction (required),
  input (optional), output (required), system (optional), history (optional, list of
  [instruction, response] string pairs); dataset_info.json maps a dataset name to file_name,
  formatting (alpaca | sharegpt) and columns {prompt, query, response, system, history}.
* axolotl dataset formats, `type: alpaca`: JSONL objects {"instruction", "input", "output"}.
* TRL SFTTrainer conversational format: {"messages": [{"role": "system"|"user"|"assistant",
  "content": str}, ...]} with user/assistant alternating and the assistant turn last.
Each file is also loaded with Hugging Face `datasets` (what all three trainers use to read files).
"""
from __future__ import annotations

import json

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
    assert res["dropped_fields"] == {"system": 2, "history": 1} and "trl-messages" in res["warning"]
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
