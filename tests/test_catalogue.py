"""docs/stages.md is generated from the stage registry; a stale copy fails here (run `make docs`)."""
from __future__ import annotations

from pathlib import Path

from curate.api.catalogue import stages_markdown
from curate.stages import STAGES

ROOT = Path(__file__).resolve().parents[1]


def test_stage_catalogue_is_fresh():
    assert (ROOT / "docs" / "stages.md").read_text(encoding="utf-8") == stages_markdown(), \
        "docs/stages.md is stale: run `make docs`"


def test_every_stage_parameter_and_code_is_in_the_catalogue():
    text = stages_markdown()
    for kind in STAGES:
        cls = STAGES.load(kind)
        assert f"## `{kind}`" in text
        for name in cls.parameters():
            assert f"| `{name}` |" in text, (kind, name)
        for code in cls.codes if isinstance(cls.codes, tuple) else ():
            assert f"| `{code.code}` |" in text, (kind, code.code)


def test_describe_is_derived_from_the_constructor():
    from curate.stages.near_dedup import NearDedup

    d = NearDedup(threshold=0.8, fields="instruction,input", name="nd").describe()
    assert d["stage"] == "near_dedup" and d["name"] == "nd"
    assert d["threshold"] == 0.8 and d["fields"] == "instruction,input" and d["num_perm"] == 128
    assert set(NearDedup.parameters()) <= set(d)
