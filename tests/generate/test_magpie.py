"""Magpie end to end over real HTTP: raw /v1/completions of a chat template's pre-query prefix for
the user turns, chat completions for the answers (tests/helpers/openai_server.py, MagpieScript)."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from curate.generate import magpie as M
from curate.generate.teachers import Request
from tests.generate._util import assert_accounted, read_jsonl, run
from tests.helpers.openai_server import MagpieScript, OpenAITestServer


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_magpie_over_completions(tmp_path, lang):
    with OpenAITestServer(MagpieScript()) as srv:
        res, out = run(None, srv, tmp_path, n=12, mode="magpie", magpie_template="chatml", lang=lang,
                       prompts_per_round=8)
        log = list(srv.log)
    s = res.summary
    assert s["complete"] and s["instructions_accepted"] == 12 and s["lang"] == lang
    assert read_jsonl(out) == res.records
    assert_accounted(res)
    raw = [e for e in log if e.endpoint == "completions"]
    chat = [e for e in log if e.endpoint == "chat"]
    system = M.magpie_system(None, None, lang)
    want = (f"<|im_start|>system\n{system}<|im_end|>\n" if system else "") + "<|im_start|>user\n"
    assert raw and all(e.prompt == want for e in raw)
    assert all(e.body["stop"] == M.TEMPLATES["chatml"]["stop"] for e in raw)
    assert all(e.body["temperature"] == 1.0 and e.body["top_p"] == 1.0 for e in raw)
    assert chat and all(e.body["temperature"] == 0.0 for e in chat)
    if system:  # the answer is asked in the same conversation: same system prompt
        assert all(e.body["messages"][0] == {"role": "system", "content": system} for e in chat)
    # The model ran on past its turn; the stop strings cut it.
    assert not any("<|im_start|>" in r["instruction"] or "Sure!" in r["instruction"] for r in res.records)
    by = Counter(r["code"] for r in res.rejects)
    for code in ("gen.not_novel", "gen.too_short", "gen.instruction_lang", "gen.unparsable",
                 "gen.refusal"):
        assert by[code] >= 1, (code, by)
    if lang == "zh":
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in r["instruction"]) for r in res.records)
    assert s["magpie"]["pre_query_prefix"] == want


def test_named_templates_and_literal_prefix():
    p, stops = M.named_prefix("llama3", "Be brief.")
    assert p == ("<|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>"
                 "<|start_header_id|>user<|end_header_id|>\n\n") and "<|eot_id|>" in stops
    assert M.named_prefix("gemma", "Be brief.")[0] == "<start_of_turn>user\nBe brief.\n\n"
    assert M.named_prefix("phi3", None)[0] == "<|user|>\n"
    assert M.named_prefix("<|im_start|>user\\n", None)[0] == "<|im_start|>user\n"
    assert M.parse_query("How do tides work?<|eot_id|>more", ["<|eot_id|>"]) == "How do tides work?"
    assert M.parse_query("Hi there\nassistant\nHello!", []) == "Hi there"
    assert M.magpie_system(None, "茶道", "zh").endswith("你也用中文回答。") and "茶道" in M.magpie_system(None, "茶道", "zh")


def test_llama3_prefix_over_http(tmp_path):
    with OpenAITestServer(MagpieScript()) as srv:
        res, _ = run(None, srv, tmp_path, n=3, mode="magpie", magpie_template="llama3",
                     topic="home gardening", prompts_per_round=6)
        raw = [e for e in srv.log if e.endpoint == "completions"]
    assert raw[0].prompt.startswith("<|start_header_id|>system<|end_header_id|>\n\n")
    assert "home gardening" in raw[0].prompt and raw[0].body["stop"][0] == "<|eot_id|>"
    assert_accounted(res)


def test_auto_template_needs_a_local_model(tmp_path):
    with OpenAITestServer(MagpieScript()) as srv, pytest.raises(ValueError, match="--magpie-template"):
        run(None, srv, tmp_path, n=2, mode="magpie")


def test_raw_requests_are_cached_apart():
    chat = Request("<|im_start|>user\n", {"temperature": 1.0}, "s")
    raw = Request("<|im_start|>user\n", {"temperature": 1.0}, "s", raw=True)
    assert chat.key("openai", "m") != raw.key("openai", "m")


def test_cli_magpie_needs_no_seeds_and_reruns_free(tmp_path):
    from curate.cli import main

    with OpenAITestServer(MagpieScript()) as srv:
        args = ["generate", "--method", "magpie", "--magpie-template", "chatml", "-n", "3", "-o",
                str(tmp_path / "m.jsonl"), "--teacher", "openai", "--model", "test-model",
                "--base-url", srv.url, "--cache", str(tmp_path / "c.sqlite"), "--json"]
        r1 = CliRunner().invoke(main, args)
        assert r1.exit_code == 0, r1.output
        calls = len(srv.log)
        r2 = CliRunner().invoke(main, args)
        assert r2.exit_code == 0 and len(srv.log) == calls
    s1, s2 = json.loads(r1.stdout), json.loads(r2.stdout)
    assert s1["requests"]["sent"] > 0 and s2["requests"]["sent"] == 0
    assert s2["requests"]["by_step"]["queries"]["cached"] == s1["requests"]["by_step"]["queries"]["requests"]
