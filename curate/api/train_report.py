"""HTML reports for ``curate train`` and ``curate verify``, rendered from the JSON results they write.

    write_train_report("runs/a")            # runs/a/train_summary.json (+ train_log.jsonl) -> train_report.html
    write_verify_report("runs/verify")      # runs/verify/verify_report.json -> verify_report.html
    write_report_for("runs/verify")         # whichever of the two the folder (or JSON file) holds

The pages read only the JSON (and, for verify, each arm's ``seed*/ARM/train_summary.json`` when the
report itself carries no per-step losses), so a report can be rebuilt at any time with
``curate report RUN`` without the model. They hold no record text: training and evaluation
results are numbers, ids and codes. This module never imports ``train/`` (curate's layers: the
trainer is a consumer), it reads what the trainer wrote.

* train: the loss per step (and a moving average), learning rate and throughput per logged step,
  the run's figures (records, dropped by code, tokens, tokens/s, MFU) and its configuration;
* verify: the verdict first; the training loss of every arm and seed; each metric's arm means with
  their intervals; the paired differences (B−C, B−A, …) pooled and per seed against zero; the
  planted-defect table of ``--demo``; the runs and the configuration.
"""
from __future__ import annotations

import html
import json
import math
from pathlib import Path
from typing import Any

from curate.api import charts
from curate.api.report import page

ARM_COLORS = {"A": "#7f7f7f", "B": "#3a9a5b", "C": "#4a78c2", "B'": "#8064a2"}
TRAIN_JSON, TRAIN_LOG, TRAIN_HTML = "train_summary.json", "train_log.jsonl", "train_report.html"
VERIFY_JSON, VERIFY_HTML = "verify_report.json", "verify_report.html"


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _num(v: Any, fmt: str = "{:,.4g}") -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float) and not math.isfinite(v):
        return "n/a"
    if isinstance(v, (int, float)):
        return fmt.format(v)
    return _e(v)


def _cards(items: list[tuple[str, Any]]) -> str:
    return "<div class='cards'>" + "".join(f"<div class='card'><b>{_e(v)}</b>{_e(k)}</div>" for k, v in items) + "</div>"


def _kv_table(d: dict[str, Any]) -> str:
    rows = "".join(f"<tr><td>{_e(k)}</td><td class='ex'>{_e(json.dumps(v, ensure_ascii=False, default=str))}</td></tr>"
                   for k, v in d.items())
    return f"<table><tr><th>setting</th><th>value</th></tr>{rows}</table>"


def moving_average(values: list[float], window: int) -> list[float]:
    out, acc = [], 0.0
    for i, v in enumerate(values):
        acc += v
        if i >= window:
            acc -= values[i - window]
        out.append(acc / min(i + 1, window))
    return out


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


# ------------------------------------------------------------------ train
def render_train_report(summary: dict[str, Any], log: list[dict] | None = None, title: str = "curate train") -> str:
    cfg, res = summary.get("config", {}), summary.get("result", {})
    losses = [x for x in res.get("losses") or [] if x is not None]
    body = [_cards([
        ("steps", res.get("steps")), ("records trained on", res.get("examples")),
        ("not trained on", res.get("dropped")),
        ("loss first → last", f"{_num(res.get('loss_first'), '{:.3f}')} → {_num(res.get('loss_last'), '{:.3f}')}"),
        ("tokens/s", _num(res.get("tokens_per_s"), "{:,.0f}")),
        ("MFU", "n/a" if res.get("mfu") is None else f"{res['mfu']:.1%}"),
        ("seconds", _num(res.get("seconds"), "{:,.1f}"))])]
    body.append("<h2>Training loss</h2><p class='muted'>Loss on the response tokens per optimizer step, and its "
                "moving average.</p>")
    if losses:
        w = max(3, len(losses) // 20)
        series = {"loss": list(enumerate(losses, 1)),
                  f"moving average ({w} steps)": list(enumerate(moving_average(losses, w), 1))}
        body.append(charts.legend(list(series)))
        body.append(charts.line_chart(series, title="loss per step", xlabel="step", ylabel="loss", width=760,
                                      height=300))
    else:
        body.append("<p class='muted'>The summary has no per-step losses.</p>")
    log = log or []
    if log:
        body.append("<h2>Learning rate and throughput</h2><div class='charts'>")
        body.append("<div>" + charts.line_chart({"lr": [(x["step"], x.get("lr")) for x in log]}, title="learning rate",
                                                xlabel="step", width=420, height=220) + "</div>")
        body.append("<div>" + charts.line_chart({"tokens/s": [(x["step"], x.get("tokens_per_s")) for x in log]},
                                                title="tokens per second (per log window)", xlabel="step",
                                                width=420, height=220, colors={"tokens/s": charts.PALETTE[1]})
                    + "</div></div>")
    body.append("<h2>Run</h2>")
    figures = {k: res.get(k) for k in ("examples", "dropped", "dropped_by_code", "tokens", "target_tokens", "seconds",
                                       "tokens_per_s", "mfu", "peak_flops", "peak_source", "params",
                                       "trainable_params", "hardware") if k in res}
    body.append(_kv_table(figures))
    body.append("<h2>Configuration</h2>")
    body.append(_kv_table(cfg))
    sub = f"model {_e(cfg.get('model'))} · {'QLoRA' if cfg.get('qlora') else 'LoRA'} r={_e(cfg.get('lora_r'))} · " \
          f"seed {_e(cfg.get('seed'))}"
    return page(title, sub, body)


def write_train_report(run_dir: str | Path, out: str | Path | None = None) -> Path:
    """``run_dir/train_summary.json`` (+ ``train_log.jsonl``) -> ``train_report.html`` beside them."""
    from curate.io.writers import atomic_write

    run_dir = Path(run_dir)
    summary = json.loads((run_dir / TRAIN_JSON).read_text(encoding="utf-8"))
    target = Path(out) if out is not None else run_dir / TRAIN_HTML
    with atomic_write(target) as f:
        f.write(render_train_report(summary, _read_jsonl(run_dir / TRAIN_LOG),
                                    title=f"curate train: {run_dir.name}").encode("utf-8"))
    return target


# ------------------------------------------------------------------ verify
def _triple(v: Any) -> tuple[float, float | None, float | None] | None:
    """(mean, lo, hi) from a [m, lo, hi] list, a {mean, lo, hi} dict or a number."""
    if isinstance(v, (list, tuple)) and len(v) == 3 and all(x is None or isinstance(x, (int, float)) for x in v):
        return (v[0], v[1], v[2]) if v[0] is not None else None
    if isinstance(v, dict) and "mean" in v:
        return (v["mean"], v.get("lo"), v.get("hi")) if v["mean"] is not None else None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return (float(v), None, None)
    return None


def _arm_losses(report: dict[str, Any], run_dir: Path | None) -> dict[str, list[tuple[int, float]]]:
    out: dict[str, list[tuple[int, float]]] = {}
    for r in report.get("runs", []):
        losses = r.get("losses")
        if not losses and run_dir is not None:
            p = run_dir / f"seed{r.get('seed')}" / str(r.get("arm")) / TRAIN_JSON
            if p.exists():
                losses = json.loads(p.read_text(encoding="utf-8")).get("result", {}).get("losses")
        if losses:
            out[f"{r.get('arm')} seed {r.get('seed')}"] = [(i, x) for i, x in enumerate(losses, 1) if x is not None]
    return out


def _metric_names(report: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for row in report.get("table", []):
        for k, v in row.items():
            if k not in ("arm", "name") and _triple(v) is not None and k not in names:
                names.append(k)
    primary = (report.get("preregistration") or {}).get("primary_metric")
    if primary in names:
        names.remove(primary)
        names.insert(0, primary)
    return names


def _comparison_rows(report: dict[str, Any], metric: str) -> list[dict[str, Any]]:
    """Paired differences for one metric: the new shape (comparisons[metric][name] with pooled and
    per_seed) or the older one (diffs: [{diff: 'B-C', metric: [m, lo, hi]}])."""
    rows: list[dict[str, Any]] = []
    comps = (report.get("comparisons") or {}).get(metric)
    if comps:
        for name, c in comps.items():
            t = _triple(c.get("pooled"))
            if t:
                rows.append({"label": f"{name} pooled", "mean": t[0], "lo": t[1], "hi": t[2], "color": "#222"})
            for s, v in zip(c.get("seeds") or report.get("seeds") or [], c.get("per_seed") or []):
                t = _triple(v)
                if t:
                    rows.append({"label": f"{name} seed {s}", "mean": t[0], "lo": t[1], "hi": t[2],
                                 "color": "#999"})
        return rows
    for d in report.get("diffs", []):
        t = _triple(d.get(metric))
        if t:
            rows.append({"label": d.get("diff"), "mean": t[0], "lo": t[1], "hi": t[2], "color": "#222"})
    return rows


def render_verify_report(report: dict[str, Any], run_dir: str | Path | None = None,
                         title: str = "curate verify") -> str:
    run_dir = Path(run_dir) if run_dir is not None else None
    claim = report.get("claim", report.get("improved"))
    prereg = report.get("preregistration") or {}
    primary = prereg.get("primary_metric")
    label = "claim" if claim else "no claim"
    verdict = str(report.get("verdict") or "")
    if verdict.lower().startswith(label):  # the verdict says it already
        verdict = verdict[len(label):].lstrip(" :")
    body = [f"<p class='note'><b>{label}</b>: {_e(verdict)}</p>"]
    held = report.get("eval_n") or (prereg.get("heldout") or {}).get("n")
    body.append(_cards([("seeds", len(report.get("seeds") or prereg.get("seeds") or [])), ("held-out prompts", held),
                        ("runs", len(report.get("runs", []))), ("primary metric", primary or "—")]))

    losses = _arm_losses(report, run_dir)
    body.append("<h2>Training loss per arm</h2>")
    if losses:
        colors = {k: ARM_COLORS.get(k.split(" ")[0], "#444") for k in losses}
        dashed = [k for k in losses if not k.endswith("seed 0")] if len({k.split(' seed ')[1] for k in losses}) > 1 \
            else []
        arms = sorted({k.split(" ")[0] for k in losses})
        body.append(charts.legend([f"{a}" for a in arms], [ARM_COLORS.get(a, "#444") for a in arms]))
        body.append(charts.line_chart(losses, title="training loss per step (each arm and seed)", xlabel="step",
                                      ylabel="loss", width=760, height=300, colors=colors, dashed=dashed))
        if dashed:
            body.append("<p class='muted'>Seed 0 solid, other seeds dashed.</p>")
    else:
        body.append("<p class='muted'>No per-step losses in the report or the run folder.</p>")

    metrics = _metric_names(report)
    body.append("<h2>Arms and paired differences</h2><p class='muted'>Each arm's mean with its bootstrap "
                "interval; then the paired differences against zero (pooled over seeds, and per seed). "
                + (f"Primary metric: <b>{_e(primary)}</b> ({_e(prereg.get('primary_direction'))})." if primary else "")
                + "</p><div class='charts'>")
    names = {r.get("arm"): r.get("name") for r in report.get("table", [])}
    for m in metrics:
        rows = []
        for r in report.get("table", []):
            t = _triple(r.get(m))
            if t:
                rows.append({"label": f"{r.get('arm')} {names.get(r.get('arm')) or ''}".strip(), "mean": t[0],
                             "lo": t[1], "hi": t[2], "color": ARM_COLORS.get(str(r.get("arm")), "#444")})
        block = charts.interval_chart(rows, title=f"{m}: arm means", width=420) if rows else ""
        comp = _comparison_rows(report, m)
        if comp:
            block += charts.interval_chart(comp, title=f"{m}: paired differences", zero=0.0, width=420)
        body.append(f"<div>{block}</div>")
    body.append("</div>")

    defects = (report.get("extra") or {}).get("defects")
    if defects:
        body.append("<h2>Planted defects</h2><table><tr><th>defect</th><th>planted</th><th>dropped</th>"
                    "<th>fixed</th><th>codes</th></tr>")
        for kind, d in defects.items():
            codes = ", ".join(f"{c} {n}" for c, n in sorted((d.get("codes") or {}).items()))
            body.append(f"<tr><td>{_e(kind)}</td><td class='n'>{_e(d.get('planted'))}</td><td class='n'>"
                        f"{_e(d.get('dropped'))}</td><td class='n'>{_e(d.get('fixed'))}</td><td>{_e(codes)}</td></tr>")
        body.append("</table>")

    runs = report.get("runs", [])
    if runs:
        body.append("<h2>Runs</h2><table><tr><th>arm</th><th>seed</th><th>records</th><th>record tokens</th>"
                    "<th>trained tokens</th><th>dropped</th><th>loss first → last</th><th>seconds</th></tr>")
        for r in runs:
            secs = r.get("seconds", r.get("train_seconds"))
            body.append(f"<tr><td>{_e(r.get('arm'))}</td><td class='n'>{_e(r.get('seed'))}</td>"
                        f"<td class='n'>{_num(r.get('records'), '{:,}')}</td><td class='n'>{_num(r.get('record_tokens'), '{:,}')}</td>"
                        f"<td class='n'>{_num(r.get('trained_tokens'), '{:,}')}</td><td class='n'>{_e(r.get('dropped'))}</td>"
                        f"<td class='n'>{_num(r.get('loss_first'), '{:.3f}')} → {_num(r.get('loss_last'), '{:.3f}')}</td>"
                        f"<td class='n'>{_num(secs, '{:,.1f}')}</td></tr>")
        body.append("</table>")
    body.append("<h2>Configuration</h2>")
    body.append(_kv_table(prereg or report.get("config", {})))
    return page(title, f"seeds {_e(report.get('seeds') or prereg.get('seeds'))}", body)


def write_verify_report(run_dir: str | Path, out: str | Path | None = None) -> Path:
    """``run_dir/verify_report.json`` -> ``verify_report.html`` beside it."""
    from curate.io.writers import atomic_write

    run_dir = Path(run_dir)
    report = json.loads((run_dir / VERIFY_JSON).read_text(encoding="utf-8"))
    target = Path(out) if out is not None else run_dir / VERIFY_HTML
    with atomic_write(target) as f:
        f.write(render_verify_report(report, run_dir, title=f"curate verify: {run_dir.name}").encode("utf-8"))
    return target


def write_report_for(path: str | Path, out: str | Path | None = None) -> Path:
    """The report for a run folder or its JSON: verify_report.json or train_summary.json."""
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    name = p.name if p.is_file() else None
    if name == VERIFY_JSON or (name is None and (folder / VERIFY_JSON).exists()):
        return write_verify_report(folder, out)
    if name == TRAIN_JSON or (name is None and (folder / TRAIN_JSON).exists()):
        return write_train_report(folder, out)
    raise ValueError(f"{path}: no {VERIFY_JSON} or {TRAIN_JSON} there (run curate train or curate verify first)")
