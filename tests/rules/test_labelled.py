"""The default audit on the hand-labelled sets (tests/data/labels, bench/audit_eval.py): the targets
of issue 12 on data the rules were not written against. Figures per category: bench/bench_audit.py."""
from __future__ import annotations

import pytest

from bench.audit_eval import load_and_audit, score


@pytest.fixture(scope="module")
def sets(shared_data):
    return load_and_audit(("en_random", "en_enriched", "zh_even", "zh_odd", "heldout_en", "heldout_zh",
                           "seeds_en", "seeds_zh"))


def test_english_community_deletions_are_dropped_and_untouched_records_kept(sets):
    en = sets["en_random"] + sets["en_enriched"]
    r = score(en)
    assert r["community_drop_recall"] >= 0.90
    assert r["keep_dropped"] / r["keep"] <= 0.01
    # records the community only fixed are never dropped for it
    assert r["fix_dropped"] == 0


def test_placeholder_inputs_are_all_found(sets):
    items = [it for k in ("en_random", "en_enriched", "heldout_en", "heldout_zh") for it in sets[k]
             if it.category == "placeholder_input"]
    found = [it for it in items if it.codes & {"norm.placeholder_input", "input.bare_placeholder"}]
    assert len(items) >= 60 and len(found) / len(items) >= 0.98


def test_chinese_refusals_to_a_missing_input(sets):
    zh = sets["zh_even"] + sets["zh_odd"]
    codes = {"output.missing_input", "input.missing"}
    # the labels' reasons say whether the output refuses (asks for the text) or invents it
    refusals = [it for it in zh if it.category == "missing_input" and "refus" in it.reason]
    found = [it for it in refusals if it.codes & codes]
    assert len(refusals) >= 25 and len(found) / len(refusals) >= 0.9
    others = [it for it in zh if "missing_input" not in it.tags]
    false = [it for it in others if it.codes & codes]
    assert len(false) / len(others) <= 0.02


def test_clean_seed_tasks_are_kept(sets):
    for k in ("seeds_en", "seeds_zh"):
        r = score(sets[k])
        # the one English seed dropped is Self-Instruct's own example of a canned refusal
        assert r["keep_dropped"] <= 1
