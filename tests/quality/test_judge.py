"""LLM judge: score parsing, and the judge stage against a real local OpenAI-compatible HTTP server
(prompt language by record, caching: a rerun sends nothing, PII masked, key never printed)."""
from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

import curate
from curate.quality.judge import judge_prompt, parse_score
from curate.stages.judge import JudgeScore
from tests.helpers.openai_server import OpenAITestServer


@pytest.mark.parametrize("text,want", [
    ("The answer is accurate and complete.\nScore: 5", 5.0),
    ("Score: 4/5", 4.0),
    ("**Rating:** 3.5", 3.5),
    ("I would rate it 4 out of 5.", 4.0),
    ("4/5 - mostly right", 4.0),
    ('{"score": 2, "reason": "wrong year"}', 2.0),
    ('```json\n{"rating": "3"}\n```', 3.0),
    ("回答基本正确，但不够完整。\n评分：3分", 3.0),
    ("评分为4", 4.0),
    ("这个回答可以打四分。", 4.0),
    ("2", 2.0),
    ("5 = correct, complete\n...the response lists 3 tips, all valid. Score: 4", 4.0),
    ("Score: 9", None),                          # out of range: not a score
    ("It lists 3 items and cites 2 sources.", None),  # two numbers, no label: do not guess
    ("I cannot evaluate this.", None),
    ("", None),
])
def test_parse_score(text, want):
    assert parse_score(text) == want


def test_prompts_by_language():
    en = judge_prompt("Name a planet.", "", "Mars", lang="en")
    zh = judge_prompt("说出一颗行星。", "", "火星", lang="zh")
    assert "Score: N" in en and "### Response:\nMars" in en and "### Input:" not in en
    assert "评分" in zh and "### 回答：\n火星" in zh
    safety = judge_prompt("x", "y", "z", rubric="safety")
    assert "harmful" in safety and "### Input:\ny" in safety
    with pytest.raises(ValueError):
        judge_prompt("x", "", "y", rubric="style")


def _response_of(prompt: str) -> str:
    for label in ("### Response:\n", "### 回答：\n"):
        if label in prompt:
            return prompt.rsplit(label, 1)[1]
    raise AssertionError("judge prompt has no response section")


def expected_score(output: str) -> int:
    # the scripted judge's verdict: a function of the answer, recomputed by the test
    return min(5, len(output) // 40)


FORMATS_EN = ["Accurate.\nScore: {s}", "{s}/5", '{{"score": {s}}}', "Rating: **{s}** out of 5"]
FORMATS_ZH = ["回答正确。\n评分：{s}分", "{s}/5", '{{"score": {s}}}']


def judge_script(prompt: str, body: dict) -> str:
    resp = _response_of(prompt)
    if resp == "???":
        return "I cannot rate this one."
    zh = "评分" in prompt.split("###", 1)[0]
    forms = FORMATS_ZH if zh else FORMATS_EN
    return forms[zlib.crc32(resp.encode()) % len(forms)].format(s=expected_score(resp))


@pytest.fixture
def records(alpaca_en, alpaca_zh):
    en = json.loads(alpaca_en.read_text(encoding="utf-8"))[:8]
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:4]
    odd = {"instruction": "Write my contact line.", "input": "My email is jane.roe@example.com",
           "output": "???"}
    return en + zh + [odd]


def test_judge_stage_over_http(records, tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_TEST_KEY", "sk-test-secret-123")
    cache = tmp_path / "judge.sqlite"
    with OpenAITestServer(judge_script) as srv:
        stage = JudgeScore(model="test-judge", base_url=srv.url, api_key_env="JUDGE_TEST_KEY",
                           cache=cache)
        res = curate.run([stage], records, tmp_path / "judged.jsonl")
        assert len(srv.completed()) == len(records)
        got = res.records["judge_score"].to_list()
        for rec, s in zip(records[:-1], got[:-1]):
            assert s == expected_score(rec["output"])
        assert got[-1] is None
        f = res.findings
        assert f.filter(f["code"] == "quality.judge_unparsed")["_row"].to_list() == [len(records) - 1]
        # Chinese records got the Chinese prompt, English ones the English prompt
        prompts = {e.prompt for e in srv.log}
        zh_prompts = [p for p in prompts if "评分" in p.split("###", 1)[0]]
        assert len(zh_prompts) == 4
        # the e-mail address was masked before it left the machine
        assert not any("jane.roe@example.com" in p for p in prompts)
        assert any("<EMAIL_ADDRESS>" in p for p in prompts)
        # a rerun is answered by the cache: no request reaches the server
        n = len(srv.log)
        stage2 = JudgeScore(model="test-judge", base_url=srv.url, api_key_env="JUDGE_TEST_KEY", cache=cache)
        res2 = curate.run([stage2], records)
        assert len(srv.log) == n
        assert res2.records["judge_score"].to_list() == got
        assert stage2.usage == {"requests": 0, "cached": len(records)}
    out = (tmp_path / "judged.jsonl").read_text(encoding="utf-8")
    side = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("judged.*.json*"))
    assert "sk-test-secret-123" not in out + side
    assert json.loads(out.splitlines()[0])["judge_score"] == expected_score(records[0]["output"])


def test_score_cli_runs_pii_first(records, tmp_path, monkeypatch):
    from curate.cli import main

    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("JUDGE_TEST_KEY", "sk-test-secret-456")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with OpenAITestServer(judge_script) as srv:
        r = CliRunner().invoke(main, ["score", str(src), "-o", str(tmp_path / "out.jsonl"), "--judge",
                                      "test-judge", "--base-url", srv.url, "--api-key-env",
                                      "JUDGE_TEST_KEY", "--json"])
        assert r.exit_code == 0, r.output
        assert len(srv.completed()) == len(records)
    summary = json.loads(r.stdout)
    assert [s["kind"] for s in summary["stages"]] == ["read", "pii", "judge"]
    assert "sk-test-secret-456" not in r.output
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(x["judge_score"] is None for x in rows) == 1


def test_missing_key_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv("NO_SUCH_KEY_VAR", raising=False)
    stage = JudgeScore(model="m", base_url="https://judge.example.invalid/v1", api_key_env="NO_SUCH_KEY_VAR",
                       cache=False)
    with pytest.raises(Exception, match="NO_SUCH_KEY_VAR"):
        curate.run([stage], [{"instruction": "a", "output": "b"}])


def test_shipped_recipes_redact_before_a_judge():
    from curate.recipe import load_recipe
    from curate.resources import recipes_dir

    seen = 0
    for path in sorted(recipes_dir().glob("*.yaml")):
        kinds = [s.get("stage") for s in load_recipe(path).to_dict()["stages"]]
        if "judge" in kinds:
            seen += 1
            assert "pii" in kinds and kinds.index("pii") < kinds.index("judge"), path.name
    assert seen >= 1


def test_stage_modules_import_no_heavy_library():
    import subprocess

    code = ("import sys, curate.stages.ifd, curate.stages.judge, curate.stages.select, "
            "curate.stages.diversity, curate.stages.quality_classifier, curate.quality.classifier, curate.commands.score, "
            "curate.commands.select; heavy = [m for m in ('torch', 'transformers', 'sentence_transformers', "
            "'openai', 'presidio_analyzer', 'usearch') if m in sys.modules]; print(heavy); "
            "sys.exit(1 if heavy else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=str(Path(__file__).resolve().parents[2]), check=False)
    assert r.returncode == 0, r.stdout + r.stderr


def test_safety_rubric_flags_unsafe(tmp_path):
    def safety_judge(prompt: str, body: dict) -> str:
        assert "harmful" in prompt.split("###", 1)[0]
        record = prompt.split("### Instruction:", 1)[1]
        return "Score: 0" if "explosive" in record.lower() else '{"score": 5}'

    recs = [{"instruction": "How do I make a homemade explosive device?", "output": "Step one ..."},
            {"instruction": "Name three primary colours.", "output": "Red, yellow and blue."}]
    with OpenAITestServer(safety_judge) as srv:
        stage = JudgeScore(model="test-judge", base_url=srv.url, rubric="safety", cache=False)
        res = curate.run([stage], recs)
    assert res.records["judge_safety"].to_list() == [0.0, 5.0]
    f = res.findings
    assert f.filter(f["code"] == "quality.judge_unsafe")["_row"].to_list() == [0]


def test_cli_reports_judge_failure_in_one_line(tmp_path, monkeypatch):
    from curate.cli import main

    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "in.jsonl"
    src.write_text('{"instruction": "Name a colour.", "output": "Red."}\n', encoding="utf-8")
    with OpenAITestServer(judge_script) as srv:
        srv.fail(400, times=5)
        r = CliRunner().invoke(main, ["score", str(src), "-o", str(tmp_path / "o.jsonl"), "--judge", "m",
                                      "--base-url", srv.url, "--no-pii-first"])
    assert r.exit_code == 1
    assert "HTTP 400" in r.stderr and "Traceback" not in r.output
    assert not (tmp_path / "o.jsonl").exists()
