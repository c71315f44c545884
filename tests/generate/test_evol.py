"""Evol-Instruct end to end over real HTTP (tests/helpers/openai_server.py, EvolScript)."""
from __future__ import annotations

from collections import Counter

import pytest

from curate.generate import evol as E
from curate.generate.seeds import check_seeds
from curate.rouge import rouge_l
from tests.generate._util import assert_accounted, read_jsonl, run
from tests.helpers.openai_server import EvolScript, OpenAITestServer


def _lineage_ok(res, seeds):
    seed_ids = {t.id for t in seeds}
    recs = {r["id"]: r for r in res.records}
    order = [r["id"] for r in res.records]
    for r in res.records:
        assert r["mode"] == "evol" and r["operation"] in E.OPERATIONS
        assert r["operations"][-1] == r["operation"] and len(r["operations"]) == r["depth"]
        assert r["root_id"] in seed_ids
        if r["depth"] == 1:
            assert r["parent_id"] == r["root_id"]
        else:  # the parent is an earlier record of the same lineage, one step shallower
            p = recs[r["parent_id"]]
            assert order.index(p["id"]) < order.index(r["id"])
            assert p["depth"] == r["depth"] - 1 and p["root_id"] == r["root_id"]
            assert r["operations"][:-1] == p["operations"]
        assert r["input"] == "" and r["output"]


@pytest.mark.parametrize("seed_set,lang", [("general_en", "en"), ("general_zh", "zh")])
def test_evol_end_to_end(tmp_path, seed_set, lang):
    seeds = check_seeds(seed_set).tasks
    with OpenAITestServer(EvolScript()) as srv:
        res, out = run(seed_set, srv, tmp_path, n=12, mode="evol", prompts_per_round=4, evol_depth=3)
        prompts = [e.prompt for e in srv.log]
    s = res.summary
    assert s["complete"] and s["instructions_accepted"] == 12 and s["lang"] == lang
    assert read_jsonl(out) == res.records
    assert_accounted(res)
    _lineage_ok(res, seeds)
    assert max(r["depth"] for r in res.records) >= 2
    by = Counter(r["code"] for r in res.rejects)
    # WizardLM's four elimination rules, each under its own code, plus the language check.
    for code in ("gen.evol_copied_prompt", "gen.evol_no_gain", "gen.refusal", "gen.stopwords_only",
                 "gen.output_lang"):
        assert by[code] >= 1, (code, by)
    for r in res.rejects:
        assert {"parent_id", "root_id", "operation", "depth"} <= set(r["source"])
    # Our own prompts, in the run's language.
    marker = "#原指令#" if lang == "zh" else "#Original Instruction#"
    assert any(marker in p for p in prompts)
    ev = s["evol"]
    assert sum(v["tried"] for v in ev["operations"].values()) == s["requests"]["by_step"]["evolve"]["requests"]
    assert sum(v["accepted"] for v in ev["operations"].values()) == 12


def test_novelty_ignores_own_ancestors(tmp_path):
    """An in-depth child is meant to resemble its parent (the judge decides that relation), so
    ROUGE-L novelty skips the lineage's ancestors but still applies to everything else."""
    seeds = {t.id: t.instruction for t in check_seeds("general_en").tasks}
    with OpenAITestServer(EvolScript(copy_every=1000, same_every=1000)) as srv:
        res, _ = run("general_en", srv, tmp_path, n=8, mode="evol", prompts_per_round=4,
                     evol_operations="add_constraints", evol_judge=False)
    assert_accounted(res)
    recs = {r["id"]: r for r in res.records}
    close = [r for r in res.records
             if rouge_l(seeds.get(r["parent_id"]) or recs[r["parent_id"]]["instruction"],
                        r["instruction"]) >= 0.7]
    assert close  # accepted although similar to their own parent
    for r in res.records:  # ... but novel against every seed outside the lineage
        others = [t for i, t in seeds.items() if i != r["root_id"]]
        assert max(rouge_l(t, r["instruction"]) for t in others) < 0.7


def test_evol_rerun_costs_nothing(tmp_path):
    with OpenAITestServer(EvolScript()) as srv:
        _, out = run("general_en", srv, tmp_path, n=6, mode="evol")
        data = out.read_bytes()
        calls = len(srv.log)
        second, out2 = run("general_en", srv, tmp_path, n=6, mode="evol")
        assert len(srv.log) == calls
    assert second.summary["requests"]["sent"] == 0 and out2.read_bytes() == data


def test_evol_parsing_and_validation():
    assert E.parse_evolved("#Rewritten Instruction#: Explain tides.") == "Explain tides."
    assert E.parse_evolved("#改写后的指令#：解释潮汐。") == "解释潮汐。"
    assert E.copied_scaffolding("Answer as the #Original Instruction# says.")
    assert E.copied_scaffolding("请根据原指令回答。")
    assert E.copied_scaffolding("Explain how tides form.") is None
    assert E.parse_judge("Equal") is True and E.parse_judge("Different.") is False
    assert E.parse_judge("不同") is False and E.parse_judge("相同") is True
    assert E.parse_judge("maybe") is None
    p = E.evol_prompt("解释潮汐。", "breadth", "zh", topic="海洋")
    assert "#新指令#" in p and "海洋" in p and "解释潮汐。" in p


def test_unknown_operation_is_an_error(tmp_path):
    with OpenAITestServer(EvolScript()) as srv, pytest.raises(ValueError, match="unknown operation"):
        run("general_en", srv, tmp_path, n=2, mode="evol", evol_operations="deepen,shout")
