"""The LLaMA-Factory exports, read by LLaMA-Factory's own code: its dataset_info.json parser
(``llamafactory.data.parser.get_dataset_list``) and its format converters
(``llamafactory.data.converter``, what ``align_dataset`` maps over every row before training).

LLaMA-Factory 0.9.5 pins older transformers, datasets and peft than this project uses, so the Makefile
installs it with ``--no-deps`` (only its data modules are used here). Its ``llamafactory.data``
package ``__init__`` imports the chat templates and multimodal plugins (torchaudio, ...); the parser
and converter modules need none of that, so the package is entered without running that ``__init__``.
The converters are LLaMA-Factory's own code, unchanged: a row it cannot read comes back with an empty
prompt or response (it logs "Invalid role tag" or skips it), which is what these tests look for.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
import types

import pytest

from curate.api.export import export
from tests.api.test_export import split_turns

if importlib.util.find_spec("llamafactory") is None:  # pragma: no cover - the Makefile installs it
    pytest.skip("llamafactory is not installed (the Makefile installs it: pip install --no-deps llamafactory==0.9.5)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def lf():
    os.environ.setdefault("DISABLE_VERSION_CHECK", "1")
    spec = importlib.util.find_spec("llamafactory")
    if "llamafactory.data" not in sys.modules:
        pkg = types.ModuleType("llamafactory.data")
        pkg.__path__ = [os.path.join(os.path.dirname(spec.origin), "data")]
        sys.modules["llamafactory.data"] = pkg
    hp = types.ModuleType("llamafactory.hparams")  # DataArguments alone, not the training argument parsers
    hp.__path__ = [os.path.join(os.path.dirname(spec.origin), "hparams")]
    sys.modules.setdefault("llamafactory.hparams", hp)
    from llamafactory.data.converter import get_dataset_converter
    from llamafactory.data.parser import get_dataset_list
    from llamafactory.hparams.data_args import DataArguments

    def load(folder, name):
        """What LLaMA-Factory does with `dataset: NAME` and `dataset_dir: FOLDER`: parse the entry,
        read its file, convert every row to its aligned form (_prompt, _response, _system)."""
        import datasets

        (attr,) = get_dataset_list([name], str(folder))
        assert attr.load_from == "file"
        # LLaMA-Factory's loader reads a local file with `datasets.load_dataset` (a missing column is None)
        rows = list(datasets.load_dataset("json", data_files=str(folder / attr.dataset_name), split="train"))
        args = DataArguments(dataset=name, dataset_dir=str(folder))
        convert = get_dataset_converter(attr.formatting, attr, args)
        return attr, rows, [convert(r) for r in rows]

    return load


def test_alpaca_export_converts_with_llamafactory(tmp_path, alpaca_zh, lf):
    """1,000 real Chinese records and records with a system prompt and earlier turns (history)."""
    conv = tmp_path / "conv.jsonl"
    conv.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"instruction": "再解释一下第二点。", "input": "", "output": "第二点是说……", "system": "你是一名老师。",
         "history": [["什么是光合作用？", "光合作用是……"], ["有哪几个阶段？", "两个阶段：……"]]},
        {"instruction": "Summarize.", "input": "Cats sleep a lot.", "output": "Cats sleep much.", "system": "Be brief."},
    ]), encoding="utf-8")
    folder = tmp_path / "LLaMA-Factory" / "data"  # created by the export
    export(str(alpaca_zh), "llama-factory", folder / "zh_clean.json")
    export(str(conv), "llama-factory", folder / "conv.json")

    attr, rows, out = lf(folder, "zh_clean")
    assert attr.formatting == "alpaca" and len(out) == len(rows) == 1000
    src = json.loads(alpaca_zh.read_text(encoding="utf-8"))
    for s, o in zip(src, out):
        want = "\n".join(x for x in (s["instruction"], s["input"]) if x)
        assert o["_prompt"] == [{"role": "user", "content": want}]
        assert o["_response"] == [{"role": "assistant", "content": s["output"]}]

    attr, rows, out = lf(folder, "conv")
    assert attr.system == "system" and attr.history == "history"
    assert [m["content"] for m in out[0]["_prompt"]] == ["什么是光合作用？", "光合作用是……", "有哪几个阶段？", "两个阶段：……",
                                                         "再解释一下第二点。"]
    assert out[0]["_system"] == "你是一名老师。" and out[1]["_system"] == "Be brief."
    assert out[1]["_prompt"][-1]["content"] == "Summarize.\nCats sleep a lot."


def test_sharegpt_export_converts_with_llamafactory(tmp_path, alpaca_en, alpaca_zh, lf):
    """Split conversations (one record per turn) go back to one row per chat; LLaMA-Factory reads every
    chat with its roles in order, each answer once, the system prompt in its own column."""
    chats, turns = split_turns(tmp_path, alpaca_en, alpaca_zh)
    folder = tmp_path / "lf"
    export(str(turns), "llama-factory-sharegpt", folder / "chats.json")
    attr, rows, out = lf(folder, "chats")
    assert attr.formatting == "sharegpt" and len(out) == len(rows) == len(chats)
    for chat, o in zip(chats, out):
        body = [m for m in chat["conversations"] if m["from"] != "system"]
        assert o["_prompt"] and o["_response"], "LLaMA-Factory found invalid roles"
        got = o["_prompt"] + o["_response"]
        assert [m["content"] for m in got] == [m["value"] for m in body]
        assert [m["role"] for m in got] == ["user", "assistant"] * (len(body) // 2)
        sys_msg = [m["value"] for m in chat["conversations"] if m["from"] == "system"]
        assert (o["_system"] or "") == (sys_msg[0] if sys_msg else "")
