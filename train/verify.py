"""Did curation help? Train three arms on the same token budget and compare them on a held-out set.

    A  raw        every record as read
    B  curated    the records curation kept (a given file, or a recipe run on A)
    C  matched    a random subset of A with B's record count and (within 1%) B's token count

C is the control: B may beat A only because it is smaller or shorter, and a B that does not beat C
beyond the spread shows nothing about curation. Every arm trains the same number of packed steps
(rows of exactly ``max_len`` tokens, so the same token budget), for each seed; the seed drives the
adapter init, the data order and C's sample. Each arm is evaluated per prompt (``train.evaluate``); the
table gives each arm's mean with a 95% bootstrap CI and the paired differences B−C and B−A, resampling
prompts and seeds together (paired: the same prompts and seeds on both sides). The verdict claims an
improvement only when B beats C beyond the CI on at least two metrics and is worse on none.
"""
from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from train.evaluate import HIGHER_IS_BETTER, METRICS, EvalReport, evaluate
from train.trainer import TrainConfig, load_for_training, train

ARMS = {"A": "raw", "B": "curated", "C": "matched random"}


@dataclass
class VerifyConfig:
    seeds: Sequence[int] = (0,)
    train: TrainConfig = field(default_factory=lambda: TrainConfig(
        steps=30, batch_size=4, max_len=192, lr=1e-3, pack=True, log_every=10))
    eval_limit: int | None = None
    max_new_tokens: int = 32
    eval_batch_size: int = 24
    n_boot: int = 2000
    confidence: float = 0.95
    recipe: str = "clean"


# ------------------------------------------------------------------ statistics
def _as_matrix(values: Any) -> Any:
    import numpy as np
    m = np.asarray(values, dtype=float)
    return m[:, None] if m.ndim == 1 else m


def _boot_indices(shape: tuple[int, int], n_boot: int, seed: int) -> tuple[Any, Any]:
    import numpy as np
    rng = np.random.default_rng(seed)
    p, s = shape
    return rng.integers(0, p, size=(n_boot, p)), rng.integers(0, s, size=(n_boot, s))


def bootstrap_mean_ci(values: Any, *, n_boot: int = 2000, confidence: float = 0.95, seed: int = 0
                      ) -> tuple[float, float, float]:
    """Mean of a prompts × seeds matrix and its percentile bootstrap CI, resampling prompts and
    seeds (rows with a NaN, i.e. prompts the metric does not apply to, are left out)."""
    import numpy as np
    m = _as_matrix(values)
    m = m[~np.isnan(m).any(axis=1)]
    if m.shape[0] == 0:
        return float("nan"), float("nan"), float("nan")
    pi, si = _boot_indices(m.shape, n_boot, seed)
    # mean over the resampled grid = mean over resampled rows of the row means over resampled seeds
    boots = np.array([m[np.ix_(p, s)].mean() for p, s in zip(pi, si)])
    a = (1 - confidence) / 2
    return float(m.mean()), float(np.quantile(boots, a)), float(np.quantile(boots, 1 - a))


def paired_bootstrap(x: Any, y: Any, **kw: Any) -> tuple[float, float, float]:
    """Mean of x − y over prompts × seeds with its CI; x and y are paired cell by cell."""
    return bootstrap_mean_ci(_as_matrix(x) - _as_matrix(y), **kw)


def matched_subset(lengths: Sequence[int], n: int, target_tokens: int, seed: int,
                   tolerance: float = 0.01, max_tries: int | None = None) -> list[int]:
    """Indices of ``n`` records drawn at random from ``lengths`` whose token total is within
    ``tolerance`` of ``target_tokens``: a random sample, then random swaps that move the total
    toward the target (each swap exchanges one chosen and one unchosen record). Sorted, seeded."""
    N = len(lengths)
    if n > N:
        raise ValueError(f"cannot draw {n} records from {N}: the curated arm is larger than the raw one")
    rng = random.Random(seed)
    chosen = rng.sample(range(N), n)
    rest = [i for i in range(N) if i not in set(chosen)]
    total = sum(lengths[i] for i in chosen)
    tries = max_tries or 50 * N
    for _ in range(tries):
        gap = total - target_tokens
        if abs(gap) <= tolerance * target_tokens or not rest:
            break
        a, b = rng.randrange(n), rng.randrange(len(rest))
        new_gap = gap - lengths[chosen[a]] + lengths[rest[b]]
        if abs(new_gap) < abs(gap):
            chosen[a], rest[b] = rest[b], chosen[a]
            total = target_tokens + new_gap
    return sorted(chosen)


# ------------------------------------------------------------------ the run
@dataclass
class ArmRun:
    arm: str
    seed: int
    records: int
    record_tokens: int
    trained_tokens: int
    dropped: int
    loss_first: float
    loss_last: float
    seconds: float
    means: dict[str, float]


@dataclass
class VerifyReport:
    runs: list[ArmRun]
    per_prompt: dict[str, dict[str, list[list[float]]]]  # arm -> metric -> [prompt][seed]
    table: list[dict[str, Any]]
    diffs: list[dict[str, Any]]
    verdict: str
    improved: bool
    eval_n: int
    eval_overlap: int
    seeds: list[int]
    config: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (NaN, e.g. exact match where it does not apply, becomes null)."""
        return _no_nan(asdict(self))


def _no_nan(o: Any) -> Any:
    if isinstance(o, float):
        return None if math.isnan(o) else o
    if isinstance(o, dict):
        return {k: _no_nan(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_no_nan(v) for v in o]
    return o


def _token_lengths(records: list[dict], tokenizer: Any, template: str) -> list[int]:
    from curate.models.render import render
    return [len(render(r, tokenizer, template)) for r in records]


def _key(r: dict) -> tuple[str, str]:
    # the comparison form of design.md §2 (NFKC, casefolded, whitespace collapsed)
    from train.evaluate import normalize_answer
    return normalize_answer(r.get("instruction") or ""), normalize_answer(r.get("input") or "")


def curate_records(raw: Any, recipe: str, out_path: Path) -> Path:
    """Run a cleaning recipe on the raw data (the project's runner) and return the written file."""
    import curate
    curate.run(recipe, raw, str(out_path))
    return out_path


def verify(raw: Any, eval: Any, *, curated: Any = None, cfg: VerifyConfig | None = None,
           out_dir: str | Path | None = None, log: Any = None) -> VerifyReport:
    """Train arms A, B, C for every seed, evaluate them on ``eval``, and compare (see module doc).
    ``raw``/``curated``/``eval``: paths, frames or lists of records; ``curated=None`` runs
    ``cfg.recipe`` on ``raw`` first (needs ``out_dir`` for the curated file)."""
    from train.data import record_list

    cfg = cfg or VerifyConfig()
    say = log or (lambda msg: None)
    out = Path(out_dir) if out_dir is not None else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    if curated is None:
        if out is None:
            raise ValueError("curating the raw data needs out_dir (where the curated file goes)")
        say(f"curating with recipe {cfg.recipe!r}")
        curated = curate_records(raw, cfg.recipe, out / "curated.jsonl")
    arm_a, arm_b = record_list(raw), record_list(curated)
    held = record_list(eval)
    if cfg.eval_limit:
        held = held[:cfg.eval_limit]
    raw_keys = {_key(r) for r in arm_a}
    overlap = sum(1 for r in held if _key(r) in raw_keys)
    if overlap:
        say(f"warning: {overlap} held-out prompts also occur in the raw data")

    tok = _tokenizer(cfg.train.model)
    len_a = _token_lengths(arm_a, tok, cfg.train.template)
    len_b = _token_lengths(arm_b, tok, cfg.train.template)
    runs: list[ArmRun] = []
    per: dict[str, dict[str, list[list[float]]]] = {a: {m: [] for m in METRICS} for a in ARMS}
    seeds = list(cfg.seeds)
    for seed in seeds:
        pick = matched_subset(len_a, len(arm_b), sum(len_b), seed)
        data = {"A": (arm_a, sum(len_a)), "B": (arm_b, sum(len_b)),
                "C": ([arm_a[i] for i in pick], sum(len_a[i] for i in pick))}
        for arm, (records, ntok) in data.items():
            say(f"seed {seed} arm {arm} ({ARMS[arm]}): {len(records)} records, {ntok} tokens; training")
            tcfg = TrainConfig(**{**cfg.train.to_dict(), "seed": seed})
            model, tokenizer = load_for_training(tcfg)
            arm_dir = out / f"seed{seed}" / arm if out is not None else None
            res = train(records, arm_dir, tcfg, model=model, tokenizer=tokenizer,
                        on_log=lambda line: say(f"  step {line['step']}: loss {line['loss']:.3f}, "
                                                f"{line['tokens_per_s']:.0f} tokens/s"))
            say(f"  loss {res.loss_first:.3f} -> {res.loss_last:.3f}, {res.tokens} tokens, "
                f"{res.tokens_per_s:.0f} tokens/s; evaluating {len(held)} prompts")
            rep: EvalReport = evaluate(model, tokenizer, held, template=tcfg.template,
                                       max_new_tokens=cfg.max_new_tokens, batch_size=cfg.eval_batch_size)
            for m in METRICS:
                per[arm][m].append(rep.metric(m))
            if arm_dir is not None:
                _write_predictions(arm_dir / "predictions.jsonl", held, rep)
            runs.append(ArmRun(arm, seed, len(records), ntok, res.tokens, res.dropped, res.loss_first,
                               res.loss_last, res.seconds, rep.means()))
            del model
    # per[arm][metric] is [seed][prompt]; transpose to [prompt][seed]
    grid = {a: {m: [list(col) for col in zip(*per[a][m])] for m in METRICS} for a in ARMS}
    table, diffs, verdict, improved = summarize(grid, cfg)
    report = VerifyReport(runs, grid, table, diffs, verdict, improved, len(held), overlap, seeds,
                          {"train": cfg.train.to_dict(), "eval_limit": cfg.eval_limit,
                           "max_new_tokens": cfg.max_new_tokens, "n_boot": cfg.n_boot,
                           "confidence": cfg.confidence, "recipe": cfg.recipe})
    if out is not None:
        _write_json(out / "verify_report.json", report.to_dict())
    return report


def _write_json(path: Path, obj: Any) -> None:
    from curate.io.writers import atomic_write
    with atomic_write(path) as f:
        f.write((json.dumps(obj, ensure_ascii=False, indent=1, default=str) + "\n").encode("utf-8"))


def _tokenizer(model: str) -> Any:
    from transformers import AutoTokenizer

    from curate.models.lm import resolve_model_dir
    tok = AutoTokenizer.from_pretrained(str(resolve_model_dir(model)), local_files_only=True)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def _write_predictions(path: Path, held: list[dict], rep: EvalReport) -> None:
    from curate.io.writers import write_jsonl
    path.parent.mkdir(parents=True, exist_ok=True)
    write_jsonl(({"id": rep.ids[i], "reference": r.get("output"), "prediction": rep.predictions[i],
                  "loss": rep.loss[i], "rouge_l": rep.rouge_l[i],
                  "exact": None if math.isnan(rep.exact[i]) else rep.exact[i]}
                 for i, r in enumerate(held)), path)


def summarize(grid: dict[str, dict[str, list[list[float]]]], cfg: VerifyConfig
              ) -> tuple[list[dict], list[dict], str, bool]:
    kw = {"n_boot": cfg.n_boot, "confidence": cfg.confidence}
    table = []
    for arm, name in ARMS.items():
        row: dict[str, Any] = {"arm": arm, "name": name}
        for m in METRICS:
            row[m] = bootstrap_mean_ci(grid[arm][m], **kw)
        table.append(row)
    diffs = []
    better, worse = [], []
    for other in ("C", "A"):
        row = {"diff": f"B-{other}"}
        for m in METRICS:
            mean, lo, hi = paired_bootstrap(grid["B"][m], grid[other][m], **kw)
            row[m] = (mean, lo, hi)
            if other == "C" and not math.isnan(mean):
                sign = 1 if HIGHER_IS_BETTER[m] else -1
                if (lo if sign > 0 else -hi) > 0:
                    better.append(m)
                elif (hi if sign > 0 else -lo) < 0:
                    worse.append(m)
        diffs.append(row)
    improved = len(better) >= 2 and not worse
    if improved:
        verdict = (f"curation helped: B beats the matched random subset C beyond the "
                   f"{cfg.confidence:.0%} CI on {', '.join(better)}")
    else:
        verdict = ("no claim: B does not beat the matched random subset C beyond the spread on two "
                   f"metrics (better on: {', '.join(better) or 'none'}; worse on: {', '.join(worse) or 'none'})")
    return table, diffs, verdict, improved


def _fmt(t: tuple[float, float, float], signed: bool = False) -> str:
    mean, lo, hi = t
    if math.isnan(mean):
        return "n/a"
    f = "{:+.3f}" if signed else "{:.3f}"
    return f"{f.format(mean)} ±{(hi - lo) / 2:.3f}"


def format_report(report: VerifyReport) -> str:
    """The table as text: per arm mean ± half the 95% CI width, then the paired differences."""
    by_arm: dict[str, list[ArmRun]] = {}
    for r in report.runs:
        by_arm.setdefault(r.arm, []).append(r)
    head = f"{'arm':<20}{'records':>8}{'tokens':>9}{'trained':>9}  " + "".join(f"{m:>17}" for m in METRICS)
    lines = [(f"held-out prompts: {report.eval_n}; seeds: {report.seeds}; "
              f"mean ±95% CI half-width (bootstrap over prompts × seeds); loss: lower is better"), head]
    for row in report.table:
        rs = by_arm.get(row["arm"], [])
        n = rs[0].records if rs else 0
        tk = rs[0].record_tokens if rs else 0
        tr = sum(r.trained_tokens for r in rs) // max(len(rs), 1)
        lines.append(f"{row['arm'] + ' ' + row['name']:<20}{n:>8}{tk:>9}{tr:>9}  "
                     + "".join(f"{_fmt(row[m]):>17}" for m in METRICS))
    for row in report.diffs:
        lines.append(f"{row['diff'] + ' (paired)':<20}{'':>8}{'':>9}{'':>9}  "
                     + "".join(f"{_fmt(row[m], True):>17}" for m in METRICS))
    lines.append("verdict: " + report.verdict)
    return "\n".join(lines)


# ------------------------------------------------------------------ the demo
def demo(out_dir: str | Path, *, smoke: bool = False, cfg: VerifyConfig | None = None,
         log: Any = None) -> VerifyReport:
    """Plant known defects in the shipped clean demo records, clean them with the shipped ``clean``
    recipe, train the three arms and compare them on the shipped held-out set. ``smoke``: two steps
    and eight prompts, to check the whole path end to end in CI."""
    from curate.io.writers import write_jsonl
    from curate.resources import data_dir
    from train.demo_data import HELDOUT_FILE, TRAIN_FILE, plant_defects

    say = log or (lambda msg: None)
    cfg = cfg or VerifyConfig()
    if smoke:
        cfg.train.steps, cfg.train.batch_size, cfg.train.max_len = 2, 2, 128
        cfg.eval_limit, cfg.max_new_tokens, cfg.n_boot, cfg.eval_batch_size = 8, 8, 200, 8
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    folder = data_dir() / "verify"
    clean = [json.loads(x) for x in (folder / TRAIN_FILE).read_text(encoding="utf-8").splitlines() if x]
    if smoke:
        clean = clean[:240]
    raw, planted = plant_defects(clean, seed=0)
    raw_path = out / "raw.jsonl"
    write_jsonl(raw, raw_path)
    _write_json(out / "planted.json", planted)
    say(f"planted {len(planted)} defects in {len(raw)} raw records; cleaning with recipe {cfg.recipe!r}")
    import curate
    res = curate.run(cfg.recipe, str(raw_path), str(out / "curated.jsonl"))
    caught = defect_recall(planted, res.rejects, out / "curated.jsonl")
    say(format_recall(caught))
    report = verify(raw_path, folder / HELDOUT_FILE, curated=out / "curated.jsonl", cfg=cfg, out_dir=out,
                    log=log)
    report.extra["defects"] = caught
    _write_json(out / "verify_report.json", report.to_dict())
    return report


def defect_recall(planted: dict[str, str], rejects: list[dict], curated_path: Path) -> dict[str, dict]:
    """Per planted defect kind: how many were planted, dropped by cleaning (with the codes), or
    changed in the curated output (fixed)."""
    from train.data import record_list

    dropped = {r.get("id"): r.get("code") for r in rejects}
    kept = {r["id"]: r for r in record_list(curated_path)} if Path(curated_path).exists() else {}
    out: dict[str, dict] = {}
    for rid, kind in planted.items():
        d = out.setdefault(kind, {"planted": 0, "dropped": 0, "fixed": 0, "codes": {}})
        d["planted"] += 1
        if kind.endswith("_duplicate") and rid not in dropped:
            # keep=first keeps whichever copy came first: the original may be the one dropped
            rid = rid.rsplit("-", 1)[0]
        if rid in dropped:
            d["dropped"] += 1
            d["codes"][dropped[rid]] = d["codes"].get(dropped[rid], 0) + 1
        elif kind == "placeholder_input" and rid in kept and not (kept[rid].get("input") or "").strip():
            d["fixed"] += 1
        elif kind == "merged_instruction" and rid in kept and "Instruction:" not in (kept[rid].get("output") or ""):
            d["fixed"] += 1  # the rule cut the generated "##\nN. Instruction: ..." tail off
    return out


def format_recall(caught: dict[str, dict]) -> str:
    lines = ["planted defect       planted  dropped  fixed  codes"]
    for kind, d in caught.items():
        codes = ", ".join(f"{c} {n}" for c, n in sorted(d["codes"].items()))
        lines.append(f"{kind:<20}{d['planted']:>8}{d['dropped']:>9}{d['fixed']:>7}  {codes}")
    return "\n".join(lines)
