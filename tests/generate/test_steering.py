"""Steering generation over real HTTP: several seed sets, one seed language, topic, system prompt,
template override; the language filters and unique codes per check."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from curate.generate import GenerateConfig
from curate.generate import filters as F
from curate.generate.seeds import check_seeds
from curate.resources import seeds_dir
from tests.generate._util import assert_accounted, read_jsonl, run
from tests.helpers.openai_server import OpenAITestServer, Reply, SelfInstructScript

ROOT = Path(__file__).resolve().parents[2]


def _task_lines(prompt):
    return re.findall(r"(?m)^(?:Task \d+|任务\d+)[:：]\s*(.+)$", prompt)


def test_codes_are_unique_per_check():
    codes = [c.code for c in F.ALL_CODES]
    assert len(codes) == len(set(codes))
    instr = {c.code for c in F.INSTRUCTION_CODES}
    inst = {c.code for c in F.INSTANCE_CODES}
    assert not instr & inst
    assert "gen.instruction_truncated" in instr and "gen.instance_truncated" in inst


def test_several_seed_sets_and_one_language(tmp_path):
    """The issue's case: security_incident mixes 9 English and 12 Chinese seeds. --seed-lang zh
    keeps only the Chinese ones, so no English seed reaches a prompt; two sets combine."""
    sec = check_seeds("security_incident").tasks
    pat = check_seeds("patrol_report").tasks
    zh_texts = {t.instruction for t in sec + pat if t.lang == "zh"}
    en_texts = {t.instruction for t in sec + pat if t.lang == "en"}
    with OpenAITestServer(SelfInstructScript(echo_seed=False, junk=False)) as srv:
        res, _ = run(["security_incident", "patrol_report"], srv, tmp_path, n=4, seed_lang="zh",
                     blacklist=())
        lists = [e.prompt for e in srv.log if re.search(r"任务\d+：\s*$", e.prompt)]
    s = res.summary
    assert s["lang"] == "zh" and s["seeds"] == len(zh_texts)
    assert s["seeds_other_lang_dropped"] == len(en_texts) and not s["warnings"]
    shown = [x for p in lists for x in _task_lines(p)]
    assert shown and not any(x in en_texts for x in shown)
    assert all(x in zh_texts for x in shown if "任务" not in x)
    assert_accounted(res)
    # Without --seed-lang the pool mixes languages and the summary says so.
    with OpenAITestServer(SelfInstructScript(junk=False)) as srv:
        mixed, _ = run("security_incident", srv, tmp_path, n=2, name="mixed", blacklist=())
    assert mixed.summary["lang"] == "zh" and "seed-lang zh" in mixed.summary["warnings"][0]


def test_topic_system_and_template(tmp_path):
    tpl = tmp_path / "mine.txt"
    tpl.write_text("List new tasks about {topic}. Keep them short.\n{tasks}{next}", encoding="utf-8")
    with OpenAITestServer(SelfInstructScript(junk=False)) as srv:
        res, _ = run("general_en", srv, tmp_path, n=3, topic="museum lighting",
                     system="You write tasks for museum staff.", template=str(tpl))
        bodies = [e.body for e in srv.log]
    lists = [b for b in bodies if b["messages"][-1]["content"].startswith("List new tasks")]
    assert lists and all("about museum lighting" in b["messages"][-1]["content"] for b in lists)
    # the system prompt goes with every request, instance and classification calls included
    assert all(b["messages"][0] == {"role": "system", "content": "You write tasks for museum staff."}
               for b in bodies)
    assert res.summary["config"]["topic"] == "museum lighting"
    # Built-in templates carry the topic as a line of their own.
    with OpenAITestServer(SelfInstructScript(junk=False)) as srv:
        run("general_zh", srv, tmp_path, n=2, name="zh", topic="茶道")
        assert any("主题：每个新任务都必须与“茶道”有关。" in e.prompt for e in srv.log)


def test_printed_template_reproduces_the_default_prompt(tmp_path):
    """--print-template shows the default; fed back with --template it asks exactly the same."""
    from curate.cli import main

    r = CliRunner().invoke(main, ["generate", "--print-template", "--lang", "zh"])
    assert r.exit_code == 0 and "{tasks}{next}" in r.output
    tpl = tmp_path / "default_zh.txt"
    tpl.write_text(r.output, encoding="utf-8")
    keys = []
    for name, kw in (("a", {}), ("b", {"template": str(tpl)})):
        with OpenAITestServer(SelfInstructScript()) as srv:
            run("general_zh", srv, tmp_path, n=2, name=name, **kw)
            keys.append(sorted(e.key for e in srv.log))
    assert keys[0] == keys[1]
    r = CliRunner().invoke(main, ["generate", "--print-template", "--method", "evol"])
    assert r.exit_code == 0 and "{instruction}" in r.output
    r = CliRunner().invoke(main, ["generate", "--print-template", "--method", "magpie"])
    assert r.exit_code == 1 and "no prompt template" in r.output


@pytest.mark.parametrize("text,msg", [("Tasks: {tasks} {nope}", "unknown placeholder"),
                                      ("Only {tasks}", "missing placeholder(s) {next}"),
                                      ("A {broken", "literal braces")])
def test_bad_templates_are_one_line_errors(tmp_path, text, msg):
    from curate.cli import main

    tpl = tmp_path / "t.txt"
    tpl.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(main, ["generate", "--seeds", "general_en", "-n", "1", "-o",
                                  str(tmp_path / "o.jsonl"), "--teacher", "openai", "--model", "m",
                                  "--base-url", "http://127.0.0.1:9/v1", "--template", str(tpl)])
    assert r.exit_code == 1 and msg in r.output and r.output.strip().count("\n") == 0


def test_language_filters_on_generated_fields(tmp_path):
    """A Chinese run: English tasks slipped into the list are rejected gen.instruction_lang, and
    Chinese tasks answered in English prose gen.output_lang; neither reaches the records."""
    base = SelfInstructScript(junk=False, echo_seed=False)

    def mixed(prompt, body):
        text = base(prompt, body)
        m = re.search(r"任务(\d+)：\s*$", prompt)
        if m:  # a task list: add an English task
            t = text.text if isinstance(text, Reply) else text
            n = int(m.group(1)) + 9
            return Reply(t + f"任务{n}：Explain how tides work to a group of curious children.\n")
        if prompt.startswith("请为最后一个任务") and "解释" in prompt.rsplit("任务：", 1)[-1]:
            return ("示例1\n输入：<无>\n输出：This is an English answer that explains the topic in "
                    "several plain sentences for the reader.\n")
        return text

    with OpenAITestServer(mixed) as srv:
        res, _ = run("general_zh", srv, tmp_path, n=6, blacklist=())
    by = Counter(r["code"] for r in res.rejects)
    assert by["gen.instruction_lang"] >= 1 and by["gen.output_lang"] >= 1
    assert all(re.search(r"[\u4e00-\u9fff]", r["instruction"]) for r in res.records)
    assert not any(r["output"].startswith("This is an English") for r in res.records)
    f = res.summary["acceptance"]
    assert f["instruction_filters"]["gen.instruction_lang"]["rejected"] == by["gen.instruction_lang"]
    assert f["instance_filters"]["gen.output_lang"]["checked"] > 0
    assert_accounted(res)
    # Switched off, the same answers pass.
    with OpenAITestServer(mixed) as srv:
        off, _ = run("general_zh", srv, tmp_path, n=6, name="off", blacklist=(),
                     actions={"gen.instruction_lang": "off", "gen.output_lang": "off"})
    assert not {"gen.instruction_lang", "gen.output_lang"} & {r["code"] for r in off.rejects}


def test_json_answers_are_parse_checked(tmp_path):
    """travel_qa declares JSON answers: output_format auto becomes json and a non-JSON answer is
    rejected gen.output_not_json; JSON answers (fenced or not) pass."""
    base = SelfInstructScript(junk=False)
    turn = {"n": 0}

    def answers(prompt, body):
        if prompt.startswith(("Write up to", "请为最后一个任务")):
            turn["n"] += 1
            if turn["n"] % 2:
                return '示例1\n输入：杭州两日游\n输出：```json\n{"城市": "杭州", "天数": 2}\n```\n'
            return "示例1\n输入：杭州两日游\n输出：第一天去西湖，第二天去灵隐寺。\n"
        return base(prompt, body)

    with OpenAITestServer(answers) as srv:
        res, _ = run("travel_qa", srv, tmp_path, n=3, seed_lang="zh", blacklist=())
    assert res.summary["output_format"] == "json"
    assert any(r["code"] == "gen.output_not_json" for r in res.rejects)
    assert res.records and all("{" in r["output"] for r in res.records)


def test_cli_repeatable_seeds_and_method_alias(tmp_path):
    from curate.cli import main

    with OpenAITestServer(SelfInstructScript()) as srv:
        r = CliRunner().invoke(main, [
            "generate", "--seeds", "medical_qa", "--seeds", str(seeds_dir() / "travel_qa.jsonl"),
            "--seed-lang", "en", "-n", "2", "-o", str(tmp_path / "o.jsonl"), "--teacher", "openai",
            "--model", "test-model", "--base-url", srv.url, "--cache", str(tmp_path / "c.sqlite"),
            "--method", "self-instruct", "--prompts-per-round", "2", "--json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    n_en = sum(t.lang == "en" for name in ("medical_qa", "travel_qa") for t in check_seeds(name).tasks)
    assert s["seeds"] == n_en and s["lang"] == "en"
    assert read_jsonl(tmp_path / "o.jsonl")


def test_config_validation():
    with pytest.raises(ValueError, match="output_format"):
        GenerateConfig(output_format="xml")
    with pytest.raises(ValueError, match="mode"):
        GenerateConfig(mode="nope")
    with pytest.raises(ValueError, match="evol_depth"):
        GenerateConfig(mode="evol", evol_depth=0)


def test_seeds_doc_agrees_with_the_tool():
    """docs/seeds.md lists a repeated name under warnings, as the tool reports it."""
    from curate.generate.seeds import CODES

    assert CODES["seed.duplicate_name"][0] == "warning"
    doc = (ROOT / "docs" / "seeds.md").read_text(encoding="utf-8")
    errors = doc.split("Errors (exit 1", 1)[1].split("Warnings (exit 0", 1)[0]
    warnings = doc.split("Warnings (exit 0", 1)[1].split("\n\n", 1)[0]
    assert "name" not in errors.split("duplicate id", 1)[1].split(",", 1)[0]
    assert "repeated name" in warnings
