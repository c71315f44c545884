"""Python API behind ``curate select``: keep records by score threshold, top-k/top-%, or the
Deita diversity walk.

    from curate.api.select import select
    res = select("scored.jsonl", "top.jsonl", by="ifd", max=1.0, top_pct=10, order="asc")
    res = select("scored.jsonl", "diverse.jsonl", by="judge_score", diversity=0.9, top_k=1000)
    res.summary["selection"]    # per selecting stage: selected / not selected and their lengths
"""
from __future__ import annotations

from typing import Any

SELECTING = ("select", "diversity")


def select_stages(*, by: str | None = None, min: float | None = None, max: float | None = None,
                  top_k: int | None = None, top_pct: float | None = None, order: str = "desc",
                  diversity: float | str | None = None, diversity_params: dict | None = None) -> list:
    """Thresholds and top-k/top-% (``select``), or with ``diversity`` the Deita walk: thresholds
    first, then greedy by ``by`` skipping records closer than ``diversity`` (cosine; ``"auto"``:
    the embedder's calibrated threshold) to a chosen one, stopping at ``top_k``/``top_pct`` when
    given."""
    from curate.stages.select import Select

    stages: list = []
    if diversity is None:
        if not by:
            raise ValueError("select: --by COLUMN is required")
        if min is None and max is None and top_k is None and top_pct is None:
            raise ValueError("select: give --min/--max, --top-k or --top-pct (or --diversity)")
        stages.append(Select(by=by, min=min, max=max, top_k=top_k, top_pct=top_pct, order=order))
        return stages
    from curate.stages.diversity import DiversitySelect

    if by and (min is not None or max is not None):
        stages.append(Select(by=by, min=min, max=max, order=order))
    threshold = None if diversity == "auto" else float(diversity)
    stages.append(DiversitySelect(by=by, order=order, threshold=threshold, budget=top_k,
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


def select(source: Any, output: Any = None, *, mode: str = "clean", rejects_path: Any = None,
           read_options: dict | None = None, batch_size: int = 10_000, progress: bool = False,
           command: list[str] | None = None, **stage_kw: Any) -> Any:
    from curate.runner import run

    stages = select_stages(**stage_kw)
    return attach_selection(run(stages, source, output, mode=mode, rejects_path=rejects_path,
                read_options=read_options, batch_size=batch_size, progress=progress, command=command), stages)


