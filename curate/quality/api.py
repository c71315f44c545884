"""Python API behind ``curate score`` and ``curate select``.

    from curate.quality import score, select
    res = score("data.jsonl", "scored.jsonl", ifd=True)                 # ppl, ifd columns
    res = score("data.jsonl", "scored.jsonl", judge="gpt-4o-mini")      # judge_score (pii stage first)
    res = select("scored.jsonl", "top.jsonl", by="ifd", max=1.0, top_pct=10, order="asc")
    res = select("scored.jsonl", "diverse.jsonl", by="judge_score", diversity=0.9, top_k=1000)
    res.summary["selection"]    # per selecting stage: selected / not selected and their lengths

Both build a plain stage list and call curate.run (books, rejects, summary, manifest as for any
recipe). ``train_quality_classifier`` fits and saves the classifier ``score(classifier=...)`` uses.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

SELECTING = ("select", "diversity")


def score_stages(*, ifd: bool = False, ifd_model: str = "smollm2", ifd_params: dict | None = None,
                 judge: str | None = None, judge_params: dict | None = None, pii_first: bool = True,
                 classifier: str | None = None, classifier_params: dict | None = None) -> list:
    """ifd → (pii →) judge → quality_classifier, as asked. A judge sees record text, so unless
    ``pii_first=False`` the pii stage (profile dataset) redacts the records before it."""
    stages: list = []
    if ifd:
        from ..stages.ifd import IFDScore

        stages.append(IFDScore(model=ifd_model, **(ifd_params or {})))
    if judge:
        from ..stages.judge import JudgeScore

        if pii_first:
            from ..stages.pii import RedactPII

            stages.append(RedactPII(profile="dataset"))
        stages.append(JudgeScore(model=judge, **(judge_params or {})))
    if classifier:
        from ..stages.quality_classifier import QualityClassifier

        stages.append(QualityClassifier(model=classifier, **(classifier_params or {})))
    if not stages:
        raise ValueError("nothing to score: ask for at least one of ifd, judge, classifier")
    return stages


def select_stages(*, by: str | None = None, min: float | None = None, max: float | None = None,
                  top_k: int | None = None, top_pct: float | None = None, order: str = "desc",
                  diversity: float | None = None, diversity_params: dict | None = None) -> list:
    """Thresholds and top-k/top-% (``select``), or with ``diversity`` the Deita walk: thresholds
    first, then greedy by ``by`` skipping records closer than ``diversity`` (cosine) to a chosen
    one, stopping at ``top_k``/``top_pct`` when given."""
    from ..stages.select import Select

    stages: list = []
    if diversity is None:
        if not by:
            raise ValueError("select: --by COLUMN is required")
        if min is None and max is None and top_k is None and top_pct is None:
            raise ValueError("select: give --min/--max, --top-k or --top-pct (or --diversity)")
        stages.append(Select(by=by, min=min, max=max, top_k=top_k, top_pct=top_pct, order=order))
        return stages
    from ..stages.diversity import DiversitySelect

    if by and (min is not None or max is not None):
        stages.append(Select(by=by, min=min, max=max, order=order))
    stages.append(DiversitySelect(by=by, order=order, threshold=diversity, budget=top_k,
                                  budget_pct=top_pct, **(diversity_params or {})))
    return stages


def attach_selection(res: Any, stages: list) -> Any:
    """``summary["selection"]``: the selecting stages' reports (counts, lengths of selected vs not),
    collected from the per-stage ``report`` the runner already wrote into the summary."""
    names = {s.name for s in stages if getattr(s, "kind", "") in SELECTING}
    sel = [d["report"] for d in res.summary["stages"] if d["name"] in names and d.get("report")]
    if sel:
        res.summary["selection"] = sel
    return res


def _run(stages: list, source: Any, output: Any, **kw: Any) -> Any:
    from ..runner import run

    return attach_selection(run(stages, source, output, **kw), stages)


def score(source: Any, output: Any = None, *, mode: str = "clean", rejects_path: Any = None,
          read_options: dict | None = None, batch_size: int = 10_000, progress: bool = False,
          command: list[str] | None = None, **stage_kw: Any) -> Any:
    return _run(score_stages(**stage_kw), source, output, mode=mode, rejects_path=rejects_path,
                read_options=read_options, batch_size=batch_size, progress=progress, command=command)


def select(source: Any, output: Any = None, *, mode: str = "clean", rejects_path: Any = None,
           read_options: dict | None = None, batch_size: int = 10_000, progress: bool = False,
           command: list[str] | None = None, **stage_kw: Any) -> Any:
    return _run(select_stages(**stage_kw), source, output, mode=mode, rejects_path=rejects_path,
                read_options=read_options, batch_size=batch_size, progress=progress, command=command)


def train_quality_classifier(source: Any, labels: str, model_out: str | Path, *,
                             read_options: dict | None = None, embedder: str | None = None,
                             l2: float = 10.0, holdout: float = 0.2, seed: int = 0) -> Any:
    """Train and save a classifier. ``labels``: ``"weak"`` (the default rules' verdicts),
    ``"column:NAME"`` (a label field of the records), or a JSONL path of ``{"id", "label"}``."""
    import numpy as np
    import polars as pl

    from ..io.readers import read
    from .classifier import labels_from_file, parse_label, train_classifier, weak_labels

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
