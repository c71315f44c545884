"""Python API behind ``curate score``: add model scores (IFD/perplexity, LLM judge, quality
classifier) as columns, and train the quality classifier.

    from curate.api.score import score
    res = score("data.jsonl", "scored.jsonl", ifd=True)                 # ppl, ifd columns
    res = score("data.jsonl", "scored.jsonl", judge="gpt-4o-mini")      # judge_score (pii stage first)

``score`` builds a plain stage list and calls the runner (books, rejects, summary, manifest as for
any recipe). ``train_quality_classifier`` fits and saves the classifier ``score(classifier=...)`` uses.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl


def score_stages(*, ifd: bool = False, ifd_model: str = "smollm2", ifd_params: dict | None = None,
                 judge: str | None = None, judge_params: dict | None = None, pii_first: bool = True,
                 classifier: str | None = None, classifier_params: dict | None = None) -> list:
    """ifd → (pii →) judge → quality_classifier, as asked. A judge sees record text, so unless
    ``pii_first=False`` the pii stage (profile dataset) redacts the records before it."""
    stages: list = []
    if ifd:
        from curate.stages.ifd import IFDScore

        stages.append(IFDScore(model=ifd_model, **(ifd_params or {})))
    if judge:
        from curate.stages.judge import JudgeScore

        if pii_first:
            from curate.stages.pii import RedactPII

            stages.append(RedactPII(profile="dataset"))
        stages.append(JudgeScore(model=judge, **(judge_params or {})))
    if classifier:
        from curate.stages.quality_classifier import QualityClassifier

        stages.append(QualityClassifier(model=classifier, **(classifier_params or {})))
    if not stages:
        raise ValueError("nothing to score: ask for at least one of ifd, judge, classifier")
    return stages


def score(source: Any, output: Any = None, *, mode: str = "clean", rejects_path: Any = None,
          read_options: dict | None = None, batch_size: int = 10_000, progress: bool = False,
          command: list[str] | None = None, **stage_kw: Any) -> Any:
    from curate.runner import run

    return run(score_stages(**stage_kw), source, output, mode=mode, rejects_path=rejects_path,
                read_options=read_options, batch_size=batch_size, progress=progress, command=command)


def weak_labels(source: Any, packs: Sequence[str] = ("default",), read_options: dict | None = None
                ) -> tuple[pl.DataFrame, np.ndarray]:
    """Records and weak labels from the rule engine (the audit's verdicts, as read):

    * 0 (bad): a rule would drop the record, or flags it with severity warning or error;
    * 1 (good): no rule fired at all;
    * left out: only fixes (the record was repaired: neither) or info flags (uncertain).
    """
    from curate.runner import run
    from curate.stages.rules import Rules

    res = run([Rules(packs=list(packs))], source, mode="audit", read_options=read_options)
    recs = res.originals
    f = res.findings.filter(pl.col("stage") == "rules")
    bad = set(f.filter((pl.col("action") == "drop") | ((pl.col("action") == "flag")
                                                         & pl.col("severity").is_in(["warning", "error"])))
              ["_row"].to_list())
    any_finding = set(f["_row"].to_list())
    lab = [0 if r in bad else (1 if r not in any_finding else -1) for r in recs["_row"].to_list()]
    keep = [i for i, v in enumerate(lab) if v >= 0]
    return recs[keep], np.array([lab[i] for i in keep], dtype=np.int64)


def train_quality_classifier(source: Any, labels: str, model_out: str | Path, *,
                             read_options: dict | None = None, embedder: Any = None,
                             l2: float = 10.0, holdout: float = 0.2, seed: int = 0) -> Any:
    """Train and save a classifier. ``labels``: ``"weak"`` (the default rules' verdicts),
    ``"column:NAME"`` (a label field of the records), or a JSONL path of ``{"id", "label"}``."""
    import numpy as np
    import polars as pl

    from curate.io.readers import read
    from curate.quality.classifier import labels_from_file, parse_label, train_classifier

    if labels == "weak":
        recs, y = weak_labels(source, read_options=read_options)
        how = "weak labels: default rules (drop or warning flag = bad, no finding = good)"
    else:
        ds = read(source, **(read_options or {}))
        recs = ds.records
        if labels.startswith("column:"):
            col = labels.split(":", 1)[1]
            if col in recs.columns:
                raw = recs[col].to_list()
            elif "_extra" in recs.columns:
                raw = recs["_extra"].str.json_path_match(f"$.{col}").to_list()
            else:
                raise ValueError(f"label column {col!r} is not in the data")
            how = f"label column {col}"
        else:
            by_id = labels_from_file(labels)
            raw = [by_id.get(i) for i in recs["id"].to_list()]
            how = f"labels file {Path(labels).name}"
        lab = [parse_label(v) for v in raw]
        keep = [i for i, v in enumerate(lab) if v is not None]
        if not keep:
            raise ValueError("no record has a usable label (good/bad, 1/0, true/false)")
        recs = recs[keep] if len(keep) < recs.height else recs
        y = np.array([lab[i] for i in keep], dtype=np.int64)
        if not isinstance(recs, pl.DataFrame):  # pragma: no cover
            raise TypeError("records must be a frame")
    model = train_classifier(recs, y, embedder=embedder, l2=l2, holdout=holdout, seed=seed, source=how)
    model.save(model_out)
    return model
