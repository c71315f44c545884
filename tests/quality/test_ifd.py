"""IFD / perplexity with the packaged SmolLM2-135M on real Alpaca records.

Broken pairs are made on purpose: each record of one half gets the output of another record (a
swapped output is a broken pair by construction). IFD must rank them above the intact half.
"""
import json
import math

import polars as pl
import pytest

from bench.bench_ifd_auc import intact_and_swapped
from curate.quality.classifier import auc
from curate.schema import BASE_SCHEMA
from curate.stages.ifd import IFDScore

pytestmark = pytest.mark.model  # scores with the packaged SmolLM2


def frame(records):
    rows = [{"id": f"r{i}", "instruction": r["instruction"], "input": r.get("input", ""),
             "output": r["output"], "_row": i} for i, r in enumerate(records)]
    return pl.DataFrame(rows, schema={k: BASE_SCHEMA[k] for k in ("id", "instruction", "input", "output", "_row")})


def clean_and_swapped(path, n, seed=0, max_chars=160):
    # short records keep the test fast; outputs must have tokens to score
    return intact_and_swapped(path, n, seed, max_chars)


@pytest.fixture(scope="module")
def stage():
    return IFDScore()


def test_swapped_outputs_have_higher_ifd(stage, alpaca_en):
    n = 24  # short records, 2 x 24: ~4k tokens, the budget of a loaded 2-core machine
    clean, broken = clean_and_swapped(alpaca_en, n)
    res = stage.process(frame(clean + broken))
    ifd = res.batch["ifd"].to_list()
    assert res.batch.schema["ifd"] == pl.Float64 and res.batch.schema["ppl"] == pl.Float64
    assert all(x is not None and math.isfinite(x) and x > 0 for x in ifd)
    a = auc(ifd, [0] * n + [1] * n)
    assert a >= 0.75, a
    # the flag marks broken pairs far more often than intact ones
    flagged = set(res.findings.filter(pl.col("code") == "quality.ifd_high")["_row"].to_list())
    assert sum(r >= n for r in flagged) > 2 * max(1, sum(r < n for r in flagged))
    # ppl is exp(conditioned loss) and must be >= 1
    assert all(p >= 1.0 for p in res.batch["ppl"].to_list())


def test_answer_alone_is_scored_after_the_assistant_header(stage, alpaca_en, alpaca_zh):
    """Cherry-LLM scores the answer alone after "### Response:"; the chat analogue is the assistant
    header. After a lone start token the model does not know an answer follows, which inflates the
    alone loss and pulls IFD down (bench/bench_ifd_auc.py measures the effect on swapped pairs)."""
    from curate.quality.ifd import IFDScorer, assistant_header

    _model, tok = stage.scorer.load()
    assert assistant_header(tok, "auto") == "<|im_start|>assistant\n"
    assert assistant_header(tok, "alpaca") == "### Response:\n"
    recs = short(alpaca_en, 4) + short(alpaca_zh, 2, limit=60)
    header = stage.scorer.score(recs)
    start = IFDScorer(alone="start")
    start._lm = stage.scorer.load()
    old = start.score(recs)
    for h, o in zip(header, old):
        assert abs(h["loss"] - o["loss"]) < 1e-6  # the same conditioned loss
    assert sum(h["loss_alone"] for h in header) < sum(o["loss_alone"] for o in old)
    assert sum(h["ifd"] for h in header) > sum(o["ifd"] for o in old)
    with pytest.raises(ValueError):
        IFDScorer(alone="nothing")


def short(path, k, limit=120):
    recs = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in recs if r["output"].strip() and len(r["output"]) + len(r["instruction"])
            + len(r.get("input", "")) <= limit][:k]


def test_score_does_not_depend_on_batch(stage, alpaca_en, alpaca_zh):
    recs = short(alpaca_en, 4) + short(alpaca_zh, 2, limit=60)
    together = stage.process(frame(recs)).batch
    for i in (0, len(recs) - 1):
        alone = stage.process(frame([recs[i]])).batch
        for col in ("ifd", "ppl"):
            assert abs(alone[col][0] - together[col][i]) <= 1e-4 * max(1.0, abs(alone[col][0]))
    # Chinese records are scored too
    assert all(v is not None and v > 0 for v in together["ifd"].to_list()[-2:])


def test_empty_output_is_unscored_not_dropped(stage):
    df = frame([{"instruction": "Name a colour.", "input": "", "output": ""}])
    res = stage.process(df)
    assert res.batch.height == 1
    assert res.batch.schema["ifd"] == pl.Float64 and res.batch["ifd"][0] is None
    assert res.findings["code"].to_list() == ["quality.ifd_unscored"]
    assert res.findings["action"].to_list() == ["flag"]


def test_runner_output_identical_for_any_batch_size(stage, alpaca_en, tmp_path):
    import curate

    recs = short(alpaca_en, 3, limit=100)
    outs = []
    for bs in (1, 2, 10):
        out = tmp_path / f"scored{bs}.jsonl"
        res = curate.run([stage], recs, out, batch_size=bs)
        assert res.summary["totals"]["ok"] and res.records.height == 3
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    lines = [json.loads(x) for x in outs[0].decode("utf-8").splitlines()]
    assert all(isinstance(x["ifd"], float) and isinstance(x["ppl"], float) for x in lines)


@pytest.mark.slow
def test_swapped_outputs_auc_large(stage, alpaca_en):
    clean, broken = clean_and_swapped(alpaca_en, 200, seed=1, max_chars=1200)
    ifd = stage.process(frame(clean + broken)).batch["ifd"].to_list()
    assert auc(ifd, [0] * 200 + [1] * 200) >= 0.85


def test_cli_score_then_select(alpaca_en, tmp_path):
    from click.testing import CliRunner

    from curate.cli import main

    clean, broken = clean_and_swapped(alpaca_en, 2, seed=3, max_chars=100)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in clean + broken), encoding="utf-8")
    scored = tmp_path / "scored.jsonl"
    r = CliRunner().invoke(main, ["score", str(src), "-o", str(scored), "--ifd", "--threads", "1", "--json"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in scored.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4 and all(isinstance(x["ifd"], float) for x in rows)
    out = tmp_path / "kept.jsonl"
    r = CliRunner().invoke(main, ["select", str(scored), "-o", str(out), "--by", "ifd", "--max", "0.999"])
    assert r.exit_code == 0, r.output
    kept = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in kept] == [x["id"] for x in rows if x["ifd"] <= 0.999]
    # --by ifd --top-k: IFD < 1 first (Cherry-LLM), then the highest
    top = tmp_path / "top.jsonl"
    r = CliRunner().invoke(main, ["select", str(scored), "-o", str(top), "--by", "ifd", "--top-k", "1"])
    assert r.exit_code == 0, r.output
    below = sorted((x for x in rows if x["ifd"] < 1), key=lambda x: -x["ifd"])
    assert [json.loads(x)["id"] for x in top.read_text(encoding="utf-8").splitlines()] == [x["id"] for x in below[:1]]
