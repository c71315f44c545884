"""The trainable quality classifier: weak labels from the rules, train, save, load, score, CLI."""
from __future__ import annotations

import json

import numpy as np
import polars as pl
import pytest
from click.testing import CliRunner

from curate.api.score import weak_labels
from curate.quality.classifier import (
    QualityModel,
    auc,
    fit_logistic,
    labels_from_file,
    parse_label,
    train_classifier,
)
from curate.stages.quality_classifier import QualityClassifier


@pytest.fixture(scope="module")
def weak(alpaca_en):
    """Every record the default rules call bad in the 5,000-record sample, and twice as many
    records no rule fired on (a seeded sample), split in two halves, stratified."""
    recs, y = weak_labels(alpaca_en)
    rng = np.random.default_rng(7)
    bad = np.flatnonzero(y == 0)
    good = rng.choice(np.flatnonzero(y == 1), size=2 * len(bad), replace=False)
    assert len(bad) >= 40  # the sample has real defects: attachment-only inputs, empty outputs, ...
    halves = ([], [])
    for idx in (bad, good):
        idx = rng.permutation(idx)
        halves[0].extend(idx[: len(idx) // 2].tolist())
        halves[1].extend(idx[len(idx) // 2:].tolist())
    return recs, y, sorted(halves[0]), sorted(halves[1])


def test_logistic_regression_learns_a_separable_rule():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 5))
    y = (X[:, 0] - 2 * X[:, 3] > 0).astype(int)
    w, b = fit_logistic(X, y, l2=0.1)
    assert np.sign(w[0]) == 1 and np.sign(w[3]) == -1 and abs(w[3]) > abs(w[1])
    assert auc(X @ w + b, y) > 0.98


def test_beats_chance_on_held_out_weak_labels(weak, tmp_path):
    recs, y, train, test = weak
    model = train_classifier(recs[train], y[train], holdout=0)
    p = model.predict(recs[test])
    a = auc(p, y[test])
    assert a >= 0.75, a
    # save / load round trip: same scores, also through the stage on another batch split
    path = model.save(tmp_path / "q.json")
    again = QualityModel.load(path)
    assert np.allclose(again.predict(recs[test]), p, atol=1e-6)
    stage = QualityClassifier(model=str(path))
    part = recs[test]
    res = stage.process(part)
    assert res.batch.schema["quality_score"] == pl.Float64
    assert np.allclose(res.batch["quality_score"].to_numpy(), np.round(p, 4))
    low = set(res.findings.filter(pl.col("code") == "quality.classifier_low")["_row"].to_list())
    assert low == {r for r, s in zip(part["_row"].to_list(), p) if round(s, 4) < 0.5}


def test_cli_train_then_score_another_dataset(weak, tmp_path):
    from curate.cli import main

    recs, y, train, _test = weak
    lab = tmp_path / "labels.jsonl"
    src = tmp_path / "train.jsonl"
    rows = recs[train]
    src.write_text("".join(json.dumps({"id": i, "instruction": a, "input": b, "output": c}) + "\n"
                           for i, a, b, c in rows.select("id", "instruction", "input", "output").iter_rows()),
                   encoding="utf-8")
    lab.write_text("".join(json.dumps({"id": i, "label": "good" if v else "bad"}) + "\n"
                           for i, v in zip(rows["id"].to_list(), y[train].tolist())), encoding="utf-8")
    model = tmp_path / "model.json"
    r = CliRunner().invoke(main, ["score", str(src), "--train-classifier", str(lab), "-o", str(model)])
    assert r.exit_code == 0, r.output
    assert json.loads(model.read_text())["info"]["n"] == len(train)
    # reuse on another dataset (the Chinese sample): a column per record, nothing dropped
    out = tmp_path / "scored.jsonl"
    other = tmp_path / "zh.jsonl"
    other.write_text('{"instruction": "说出一种水果。", "input": "", "output": "苹果。"}\n'
                     '{"instruction": "Name a colour.", "input": "", "output": ""}\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["score", str(other), "--classifier", str(model), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    scored = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(scored) == 2 and all(0 <= x["quality_score"] <= 1 for x in scored)
    assert scored[1]["quality_score"] < scored[0]["quality_score"]  # an empty answer scores worse


def test_labels_parsing_and_errors(tmp_path):
    assert [parse_label(v) for v in ("good", "BAD", 1, 0, True, "好", "maybe", None)] == \
        [1, 0, 1, 0, 1, 1, None, None]
    p = tmp_path / "l.jsonl"
    p.write_text('{"id": "a", "label": "good"}\n{"id": "b", "label": "unsure"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="l.jsonl:2"):
        labels_from_file(p)
    with pytest.raises(ValueError, match="both classes"):
        train_classifier(pl.DataFrame({"instruction": ["a"], "input": [""], "output": ["b"]}), [1])
    bad = tmp_path / "notamodel.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="not a curate quality model"):
        QualityClassifier(model=str(bad))


# ----------------------------------------------------------------------------- embedders
def test_classifier_with_an_endpoint_embedder_and_chinese(alpaca_zh, tmp_path, monkeypatch):
    """Trained on Chinese records with an openai: embedder over real HTTP (no model loads): the spec
    is stored without secrets, scoring reuses it (a rerun sends nothing: the cache), another model
    is refused."""
    from tests.helpers.embeddings_server import EmbeddingsTestServer

    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path / "cache"))
    zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:80]
    good = [{"instruction": r["instruction"], "input": r["input"], "output": r["output"]} for r in zh[:40]]
    bad = [{"instruction": r["instruction"], "input": r["input"], "output": ""} for r in zh[40:]]
    recs = pl.DataFrame(good + bad)
    y = np.array([1] * 40 + [0] * 40)
    with EmbeddingsTestServer(dim=64) as srv:
        url = srv.url.replace("http://", "http://u:pw@")
        model = train_classifier(recs, y, embedder={"spec": "openai:bge-m3", "base_url": url}, holdout=0)
        path = model.save(tmp_path / "zh.json")
        assert "pw@" not in path.read_text()
        assert model.embedder == {"spec": "openai:bge-m3", "base_url": srv.url}
        sent = srv.texts_served()
        stage = QualityClassifier(model=str(path))
        res = stage.process(recs.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("_row")))
        assert srv.texts_served() == sent  # every text came from the cache
        p = res.batch["quality_score"].to_numpy()
        assert auc(p, y) > 0.9  # empty answers are easy; the point is the path, end to end
        with pytest.raises(ValueError, match="trained on 'openai:bge-m3' embeddings"):
            QualityClassifier(model=str(path), embedder="openai:other-model")


def test_model_files_from_before_embedder_names_still_load(tmp_path):
    from curate.models.embed import DEFAULT_SPEC

    m = QualityModel(["log_len_output"], np.zeros(1), np.ones(1), np.zeros(1), 0.0, None, "all-MiniLM-L6-v2")
    path = m.save(tmp_path / "old.json")
    emb = QualityModel.load(path)._embedder()
    assert emb.name == DEFAULT_SPEC
