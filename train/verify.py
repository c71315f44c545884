"""Did curation help? A pre-registered comparison of the curated arm against a fair random control.

    B  curated    the records curation kept (a given file, or a recipe run on the raw data)
    C  matched    a random subset of the raw records with B's record count and B's length
                  distribution, bin by bin (``train.control``), drawn afresh for every seed
    A  raw        every record as read (only with ``with_raw``: it costs a third more time and the
                  question "did curation help" is B against C, not B against A)
    B' (A/A)      B trained again with other seeds (``aa``): two runs of the same arm, which the
                  procedure must not tell apart

**Pre-registration.** Before any training, ``OUT/preregistration.json`` fixes the one primary metric
(default ``defect``: the share of sampled answers that show a defect behaviour), its direction, the
guardrail (default ``correct``), the seeds, the decision rule, the bootstrap, the held-out set (its
sha256 and the prompts generated on) and the training budget; its sha256 is printed and stored in
the report, which re-reads and checks it at the end.

**Decision rule.** "curation helped" is claimed only when all hold: (1) the pooled B−C on the primary
metric has its 95% interval (families and seeds resampled, ``train.stats``) entirely on the better
side of 0; (2) every seed's B−C points the same way; (3) the guardrail's pooled interval is not
entirely on the worse side. The A/A check applies rules (1)-(2) to B−B' in either direction; it passes
when they give no claim. A failed A/A check withdraws any claim: the procedure found a difference
between two runs of the same arm, so its intervals are too narrow for this data.

**Held-out.** Every arm is decontaminated against the held-out set before training (the
``decontaminate`` stage; the report counts what each arm lost). Loss is measured on every held-out
prompt; answers are generated on a fixed subset chosen before training (round-robin over task
families), sampled at temperature 1 with a seed per run (``train.evaluate``). The base model's
evaluation is cached (``cache_dir("verify")``), keyed by model, held-out set and evaluation settings.

**Budget.** Every arm trains the same number of packed steps (rows of exactly ``max_len`` tokens, so
the same token budget); the seed drives the adapter init, the data order and C's draw.
"""
from __future__ import annotations

import gc
import hashlib
import json
import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from train.evaluate import HIGHER_IS_BETTER, METRICS, EvalReport, evaluate
from train.trainer import TrainConfig, load_for_training, train

ARMS = {"A": "raw", "B": "curated", "C": "matched random", "B'": "curated again (A/A)"}
SCHEMA = "curate.verify/2"


@dataclass
class VerifyConfig:
    seeds: Sequence[int] = (0, 1, 2)
    train: TrainConfig = field(default_factory=lambda: TrainConfig(
        steps=40, batch_size=4, max_len=192, lr=2e-3, pack=True, log_every=5, autocast="auto"))
    primary: str = "defect"
    guardrail: str | None = "correct"
    with_raw: bool = False
    aa: bool = False
    aa_seed_offset: int = 1000
    eval_limit: int | None = None      # loss on the first N held-out prompts (default: all)
    gen_limit: int | None = 156        # answers generated on N prompts, round-robin over families
    max_new_tokens: int = 48
    temperature: float = 1.0
    eval_batch_size: int = 32
    gen_batch_size: int = 160          # answers in one batch: finished rows leave it (train.evaluate)
    cluster_field: str = "task"
    control: str = "bins"              # "bins": B's count and length distribution; "random": count only
    length_bins: int = 10
    decontam_min_coverage: float = 0.8  # a held-out prompt counts as leaked when >= 80% of its n-grams are
    #                                     in one training record: templated tasks share a prefix ("把下面的
    #                                     数字从小到大排序。") with every held-out prompt of their family
    n_boot: int = 2000
    confidence: float = 0.95
    recipe: str = "clean"
    cache_base: bool = True
    progress: bool | None = None       # bars for training steps and evaluation (None: on a terminal)

    def __post_init__(self) -> None:
        if self.primary not in METRICS:
            raise ValueError(f"unknown primary metric {self.primary!r}; use one of {METRICS}")
        if self.guardrail is not None and self.guardrail not in METRICS:
            raise ValueError(f"unknown guardrail metric {self.guardrail!r}; use one of {METRICS}")
        if not self.seeds:
            raise ValueError("verify needs at least one seed")
        if self.control not in ("bins", "random"):
            raise ValueError(f"unknown control {self.control!r}; use 'bins' or 'random'")


# ------------------------------------------------------------------ helpers
def _sha256_json(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _no_nan(o: Any) -> Any:
    if isinstance(o, float):
        return None if math.isnan(o) else o
    if isinstance(o, dict):
        return {k: _no_nan(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_no_nan(v) for v in o]
    return o


def _write_json(path: Path, obj: Any) -> None:
    from curate.io.writers import atomic_write
    with atomic_write(path) as f:
        f.write((json.dumps(_no_nan(obj), ensure_ascii=False, indent=1, default=str) + "\n").encode("utf-8"))


def _tokenizer(model: str) -> Any:
    from transformers import AutoTokenizer

    from curate.models.lm import resolve_model_dir
    tok = AutoTokenizer.from_pretrained(str(resolve_model_dir(model)), local_files_only=True)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def _token_lengths(records: list[dict], tokenizer: Any, template: str) -> list[int]:
    from curate.models.render import render
    return [len(render(r, tokenizer, template)) for r in records]


def generation_subset(records: Sequence[dict], limit: int | None, family_field: str = "task") -> list[int]:
    """Indices of the prompts to generate on: round-robin over families in file order (the first
    prompt of every family, then the second, ...), so every family is represented; all when
    ``limit`` is None or not smaller. Fixed before training and the same for every arm."""
    n = len(records)
    if limit is None or limit >= n:
        return list(range(n))
    queues: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        queues.setdefault(str(r.get(family_field) or f"#{i}"), []).append(i)
    out: list[int] = []
    depth = 0
    while len(out) < limit:
        for q in queues.values():
            if depth < len(q) and len(out) < limit:
                out.append(q[depth])
        depth += 1
    return sorted(out)


def decontaminate_arm(records: list[dict], heldout_path: Path, out_path: Path, min_coverage: float = 0.8
                      ) -> tuple[list[dict], int]:
    """Drop the records whose instruction + input overlap the held-out set (the ``decontaminate``
    stage, written with its rejects beside ``out_path``). Returns (kept records, how many went)."""
    import curate
    from curate.stages.decontaminate import Decontaminate

    res = curate.run([Decontaminate(against=str(heldout_path), min_coverage=min_coverage)], records, str(out_path))
    kept = [records[i] for i in res.records["_row"].to_list()]
    return kept, len(records) - len(kept)


def base_fingerprint(model: str) -> dict[str, Any]:
    """What identifies a base model's weights for the evaluation cache."""
    from curate.models.lm import resolve_model_dir

    folder = resolve_model_dir(model)
    files = sorted(p for p in folder.iterdir() if p.suffix in (".safetensors", ".bin", ".json"))
    return {"model": str(model), "files": [[p.name, p.stat().st_size, int(p.stat().st_mtime)] for p in files]}


# ------------------------------------------------------------------ the run record
@dataclass
class ArmRun:
    arm: str
    seed: int
    train_seed: int
    records: int
    record_tokens: int
    trained_tokens: int
    dropped: int
    losses: list[float]
    loss_first: float
    loss_last: float
    train_seconds: float
    eval_seconds: float
    tokens_per_s: float
    cpu_seconds: float              # train + evaluate, all threads of this process
    means: dict[str, float]


@dataclass
class VerifyReport:
    schema: str
    preregistration: dict[str, Any]
    preregistration_sha256: str
    arms: dict[str, dict[str, Any]]
    runs: list[ArmRun]
    base: dict[str, Any]
    table: list[dict[str, Any]]
    comparisons: dict[str, dict[str, Any]]
    aa: dict[str, Any] | None
    verdict: str
    claim: bool
    prompts: dict[str, Any]
    per_prompt: dict[str, dict[str, list[list[float]]]]  # arm -> metric -> [prompt][seed]
    timings: dict[str, float]
    config: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (NaN, where a metric does not apply, becomes null)."""
        return _no_nan(asdict(self))


# ------------------------------------------------------------------ the decision
def decide(comparisons: dict[str, dict[str, Any]], primary: str, guardrail: str | None,
           aa: dict[str, Any] | None, confidence: float) -> tuple[str, bool]:
    """The pre-registered rule (module doc) applied to B−C and, when run, the A/A check."""
    from train.stats import excludes_zero

    better = 1 if HIGHER_IS_BETTER[primary] else -1
    bc = comparisons[primary]["B-C"]
    pooled = bc["pooled"]
    side = excludes_zero(pooled) * better          # +1 better, -1 worse, 0 covers 0
    seeds_agree = all((m * better) > 0 for m, _, _ in bc["per_seed"])
    guard_bad = False
    if guardrail and guardrail in comparisons and guardrail != primary:
        g = comparisons[guardrail]["B-C"]["pooled"]
        guard_bad = excludes_zero(g) * (1 if HIGHER_IS_BETTER[guardrail] else -1) < 0
    est, lo, hi = pooled
    what = f"B−C on {primary} {est:+.4f} [{lo:+.4f}, {hi:+.4f}] ({confidence:.0%}, families x seeds)"
    if aa is not None and not aa["passed"]:
        return (f"no claim: the A/A check told two runs of the same arm apart ({aa['summary']}), so the "
                f"intervals are too narrow for this data; {what}"), False
    if side > 0 and seeds_agree and not guard_bad:
        return f"curation helped: {what}, every seed the same way, {guardrail or 'no guardrail'} not worse", True
    why = []
    if side == 0:
        why.append("the interval covers 0")
    elif side < 0:
        why.append("B is worse than C beyond the interval")
    if not seeds_agree:
        why.append("the seeds do not all point the same way")
    if guard_bad:
        why.append(f"{guardrail} is worse beyond its interval")
    return f"no claim: {what}; {', '.join(why)}", False


def aa_check(comparison: dict[str, Any], metric: str, confidence: float) -> dict[str, Any]:
    """A/A: B−B' must give no claim in either direction (interval covering 0, or seeds disagreeing)."""
    from train.stats import excludes_zero

    side = excludes_zero(comparison["pooled"])
    seeds_same = len({(m > 0) - (m < 0) for m, _, _ in comparison["per_seed"]}) == 1
    passed = side == 0 or not seeds_same
    est, lo, hi = comparison["pooled"]
    summary = f"B−B' on {metric} {est:+.4f} [{lo:+.4f}, {hi:+.4f}]"
    return {"metric": metric, "passed": passed, "summary": summary,
            "verdict": "no claim (as it must be)" if passed else "A/A FAILED: a difference between identical arms",
            **comparison}


# ------------------------------------------------------------------ the run
def verify(raw: Any, eval: Any, *, curated: Any = None, cfg: VerifyConfig | None = None,
           out_dir: str | Path | None = None, log: Any = None, planted: dict[str, str] | None = None
           ) -> VerifyReport:
    """Train B and C (and A, B' when asked) for every seed, evaluate on ``eval``, compare (module
    doc). ``raw``/``curated``/``eval``: paths, frames or lists of records; ``curated=None`` runs
    ``cfg.recipe`` on ``raw`` first. ``planted`` ({id: defect kind}, the demo's ground truth) adds
    per-arm counts of known defects."""
    import tempfile

    from train.control import matched_by_bins, matched_random
    from train.data import record_list, with_extra_fields

    t_start, cpu_start = time.perf_counter(), _cpu_seconds()
    cfg = cfg or VerifyConfig()
    say = log or (lambda msg: None)
    out = Path(out_dir) if out_dir is not None else Path(tempfile.mkdtemp(prefix="curate-verify-"))
    out.mkdir(parents=True, exist_ok=True)
    tcfg0 = cfg.train
    progress = cfg.progress

    # -- the held-out set and what will be measured on it: fixed before anything is trained
    held = with_extra_fields(record_list(eval))  # task and check come back from _extra when read from a file
    if cfg.eval_limit:
        held = held[:cfg.eval_limit]
    if not held:
        raise ValueError("the held-out set is empty")
    held_path = out / "heldout.jsonl"
    from curate.io.writers import write_jsonl
    write_jsonl(held, held_path)
    gen_idx = generation_subset(held, cfg.gen_limit, cfg.cluster_field)
    families = [str(r.get(cfg.cluster_field) or f"prompt:{i}") for i, r in enumerate(held)]
    n_fam = len(set(families))
    if n_fam == len(held):
        say(f"note: the held-out records have no {cfg.cluster_field!r} field: every prompt is its own "
            "cluster (intervals assume prompts are independent)")
    seeds = list(cfg.seeds)
    prereg = {
        "schema": SCHEMA, "primary_metric": cfg.primary,
        "primary_direction": "higher is better" if HIGHER_IS_BETTER[cfg.primary] else "lower is better",
        "guardrail_metric": cfg.guardrail,
        "decision_rule": ("claim only if the pooled B-C interval on the primary metric lies entirely on the "
                          "better side of 0, every seed's B-C points the same way, and the guardrail's pooled "
                          "interval is not entirely on the worse side; a failed A/A check withdraws any claim"),
        "arms": ["B", "C"] + (["A"] if cfg.with_raw else []) + (["B'"] if cfg.aa else []),
        "control": (f"random subset of the decontaminated raw records matching B's record count and its "
                    f"length distribution over {cfg.length_bins} quantile bins, drawn per seed"
                    if cfg.control == "bins" else
                    "random subset of the decontaminated raw records with B's record count, drawn per seed"),
        "seeds": seeds, "aa_seed_offset": cfg.aa_seed_offset if cfg.aa else None,
        "bootstrap": {"n_boot": cfg.n_boot, "confidence": cfg.confidence, "cluster_field": cfg.cluster_field,
                      "resample": "task families and seeds (pooled); task families (per seed)"},
        "heldout": {"n": len(held), "families": n_fam, "sha256": _sha256_json(
            [{k: r.get(k) for k in ("instruction", "input", "output", "check")} for r in held]),
            "generated": len(gen_idx), "generated_ids": [str(held[i].get("id") or i) for i in gen_idx]},
        "decoding": {"temperature": cfg.temperature, "max_new_tokens": cfg.max_new_tokens,
                     "sampling_seed": "the run's training seed"},
        "decontamination": (f"decontaminate stage on instruction+input of every arm (13-word / 13-character "
                            f"n-grams, min_coverage {cfg.decontam_min_coverage})"),
        "train": tcfg0.to_dict(), "recipe": cfg.recipe if curated is None else None,
    }
    prereg_sha = _sha256_json(prereg)
    _write_json(out / "preregistration.json", {**prereg, "sha256": prereg_sha})
    say(f"pre-registered: primary {cfg.primary} ({prereg['primary_direction']}), guardrail {cfg.guardrail}, "
        f"seeds {seeds}, {len(held)} held-out prompts in {n_fam} families, {len(gen_idx)} generated; "
        f"sha256 {prereg_sha[:16]}")

    # -- the arms' data
    if curated is None:
        say(f"curating with recipe {cfg.recipe!r}")
        import curate
        curate.run(cfg.recipe, raw, str(out / "curated.jsonl"))
        curated = out / "curated.jsonl"
    raw_records, cur_records = record_list(raw), record_list(curated)
    (out / "decontaminated").mkdir(exist_ok=True)
    cov = cfg.decontam_min_coverage
    arm_a, lost_a = decontaminate_arm(raw_records, held_path, out / "decontaminated" / "A.jsonl", cov)
    arm_b, lost_b = decontaminate_arm(cur_records, held_path, out / "decontaminated" / "B.jsonl", cov)
    say(f"decontaminated against the held-out set: raw lost {lost_a} of {len(raw_records)}, "
        f"curated lost {lost_b} of {len(cur_records)} (C is drawn from the decontaminated raw records)")
    tok = _tokenizer(tcfg0.model)
    len_a = _token_lengths(arm_a, tok, tcfg0.template)
    len_b = _token_lengths(arm_b, tok, tcfg0.template)
    arms_info: dict[str, dict[str, Any]] = {
        "B": {"name": ARMS["B"], "records_before_decontamination": len(cur_records),
              "decontaminated_lost": lost_b, "records": len(arm_b), "tokens": sum(len_b),
              "defects": _defects(arm_b, planted), "rule_findings": rule_findings(arm_b)},
        "C": {"name": ARMS["C"], "source_records": len(arm_a), "records": len(arm_b),
              "decontaminated_lost": lost_a, "per_seed": []},
    }
    if cfg.with_raw:
        arms_info["A"] = {"name": ARMS["A"], "records_before_decontamination": len(raw_records),
                          "decontaminated_lost": lost_a, "records": len(arm_a), "tokens": sum(len_a),
                          "defects": _defects(arm_a, planted), "rule_findings": rule_findings(arm_a)}
    if cfg.aa:
        arms_info["B'"] = {"name": ARMS["B'"], "records": len(arm_b), "tokens": sum(len_b),
                           "defects": arms_info["B"]["defects"], "rule_findings": arms_info["B"]["rule_findings"]}

    # -- the base model, once (cached)
    base, base_cached = _base_eval(held, gen_idx, cfg, say)

    # -- train and evaluate
    plan: list[tuple[str, int, int]] = []  # (arm, seed, training seed)
    for seed in seeds:
        plan += [("B", seed, seed), ("C", seed, seed)]
        if cfg.with_raw:
            plan.append(("A", seed, seed))
        if cfg.aa:
            plan.append(("B'", seed, seed + cfg.aa_seed_offset))
    reports: dict[str, dict[int, EvalReport]] = {a: {} for a in dict.fromkeys(a for a, _, _ in plan)}
    runs: list[ArmRun] = []
    picks: dict[int, list[int]] = {}
    durations: list[float] = []
    for k, (arm, seed, tseed) in enumerate(plan):
        t_arm, cpu_arm = time.perf_counter(), _cpu_seconds()
        if arm == "C" and seed not in picks:
            pick, rep = (matched_by_bins(len_a, len_b, seed, cfg.length_bins) if cfg.control == "bins"
                         else matched_random(len_a, len_b, seed))
            picks[seed] = pick
            drawn = [arm_a[i] for i in pick]
            arms_info["C"]["per_seed"].append({"seed": seed, "tokens": rep["control_tokens"],
                                               "defects": _defects(drawn, planted),
                                               "rule_findings": rule_findings(drawn), "length_match": rep})
        records = {"A": arm_a, "B": arm_b, "B'": arm_b}.get(arm) or [arm_a[i] for i in picks[seed]]
        ntok = sum(len_b) if arm in ("B", "B'") else sum(len_a) if arm == "A" else sum(len_a[i] for i in picks[seed])
        eta = ""
        if durations:
            left = (len(plan) - k) * (sum(durations) / len(durations))
            eta = f"; about {left / 60:.0f} min left"
        say(f"[{k + 1}/{len(plan)}] seed {seed} arm {arm} ({ARMS[arm]}): {len(records)} records, "
            f"{ntok} tokens{eta}")
        tcfg = TrainConfig(**{**tcfg0.to_dict(), "seed": tseed, "progress": progress,
                              "progress_label": f"train {arm} seed {seed}"})
        model, tokenizer = load_for_training(tcfg)
        arm_dir = out / f"seed{seed}" / arm.replace("'", "_aa")
        res = train(records, arm_dir, tcfg, model=model, tokenizer=tokenizer)
        t_eval = time.perf_counter()
        rep = evaluate(model, tokenizer, held, template=tcfg.template, gen_idx=gen_idx,
                       max_new_tokens=cfg.max_new_tokens, batch_size=cfg.eval_batch_size,
                       gen_batch_size=cfg.gen_batch_size, temperature=cfg.temperature, seed=tseed,
                       autocast=tcfg.autocast,
                       family_field=cfg.cluster_field, progress=progress)
        eval_s = time.perf_counter() - t_eval
        reports[arm][seed] = rep
        _write_predictions(arm_dir / "predictions.jsonl", held, rep)
        m = rep.means()
        runs.append(ArmRun(arm, seed, tseed, len(records), ntok, res.tokens, res.dropped, res.losses,
                           res.loss_first, res.loss_last, res.seconds, round(eval_s, 2), res.tokens_per_s,
                           round(_cpu_seconds() - cpu_arm, 1), m))
        say(f"  loss {res.loss_first:.3f} -> {res.loss_last:.3f} ({res.tokens_per_s:.0f} tokens/s, "
            f"{res.seconds:.0f} s); eval {eval_s:.0f} s: {cfg.primary} {m[cfg.primary]:.3f}, "
            f"correct {m['correct']:.3f}, held-out loss {m['loss']:.3f}")
        del model
        gc.collect()
        durations.append(time.perf_counter() - t_arm)

    # -- summarize
    grid = {arm: {mt: [list(col) for col in zip(*(reports[arm][s].values[mt] for s in seeds))] for mt in METRICS}
            for arm in reports}
    kw = {"n_boot": cfg.n_boot, "confidence": cfg.confidence}
    from train.stats import bootstrap_mean, compare

    table = []
    base_means = base.means()
    for arm in reports:
        row: dict[str, Any] = {"arm": arm, "name": ARMS[arm]}
        for mt in METRICS:
            row[mt] = bootstrap_mean(grid[arm][mt], families, **kw)
        table.append(row)
    pairs = [("B-C", "B", "C")] + ([("B-A", "B", "A")] if cfg.with_raw else [])
    comparisons: dict[str, dict[str, Any]] = {}
    for mt in METRICS:
        comparisons[mt] = {}
        for name, x, y in pairs:
            c = compare(grid[x][mt], grid[y][mt], families, **kw)
            comparisons[mt][name] = {"per_seed": c["per_seed"], "pooled": c["pooled"], "seeds": seeds}
    aa = None
    if cfg.aa:
        c = compare(grid["B"][cfg.primary], grid["B'"][cfg.primary], families, **kw)
        aa = aa_check({"per_seed": c["per_seed"], "pooled": c["pooled"], "seeds": seeds}, cfg.primary,
                      cfg.confidence)
        for mt in METRICS:
            c = compare(grid["B"][mt], grid["B'"][mt], families, **kw)
            comparisons[mt]["B-B'"] = {"per_seed": c["per_seed"], "pooled": c["pooled"], "seeds": seeds}
    verdict, claim = decide(comparisons, cfg.primary, cfg.guardrail, aa, cfg.confidence)
    again = json.loads((out / "preregistration.json").read_text(encoding="utf-8"))
    if again.get("sha256") != prereg_sha or _sha256_json({k: v for k, v in again.items() if k != "sha256"}) != prereg_sha:
        raise RuntimeError("preregistration.json changed during the run")
    import os
    timings = {"total_seconds": round(time.perf_counter() - t_start, 1),
               # CPU time of this process (all threads): on a machine shared with other jobs the wall
               # time says more about the neighbours than about verify; with one torch thread this is
               # about the wall time an idle machine would take
               "cpu_seconds": round(_cpu_seconds() - cpu_start, 1),
               "load_average": [round(x, 2) for x in os.getloadavg()],
               "train_seconds": round(sum(r.train_seconds for r in runs), 1),
               "eval_seconds": round(sum(r.eval_seconds for r in runs), 1),
               "base_eval_seconds": base.seconds.get("loss", 0) + base.seconds.get("generate", 0),
               "base_eval_cached": base_cached}
    report = VerifyReport(
        schema=SCHEMA, preregistration=prereg, preregistration_sha256=prereg_sha, arms=arms_info, runs=runs,
        base={"means": base_means, "cached": base_cached, "per_prompt": base.values},
        table=table, comparisons=comparisons, aa=aa, verdict=verdict, claim=claim,
        prompts={"ids": [str(r.get("id") or i) for i, r in enumerate(held)], "families": families,
                 "generated": [i in set(gen_idx) for i in range(len(held))]},
        per_prompt=grid, timings=timings,
        config={"train": tcfg0.to_dict(), **{k: v for k, v in asdict(cfg).items() if k != "train"}})
    _write_json(out / "verify_report.json", report.to_dict())
    return report


def rule_findings(records: list[dict]) -> dict[str, int]:
    """Per issue code, how many of an arm's training records the default rule pack and exact dedup
    flag or would drop or fix (an audit: nothing is changed). The same detector view for every arm,
    beside the planted ground truth in the demo."""
    import curate
    from curate.stages.exact_dedup import ExactDedup
    from curate.stages.rules import Rules

    if not records:
        return {}
    res = curate.run([Rules(packs=["default"]), ExactDedup()], records, mode="audit")
    f = res.findings
    if f.height == 0:
        return {}
    counts = f.unique(["_row", "code"]).group_by("code").len().sort("code")
    return {c: int(n) for c, n in counts.iter_rows()}


def _cpu_seconds() -> float:
    import resource
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _defects(records: list[dict], planted: dict[str, str] | None) -> dict[str, int] | None:
    """Known planted defects still present in an arm's training records. A duplicate counts only
    while both copies are in; a merged instruction or a placeholder input only while cleaning has not
    repaired it (the record is in the arm, but its tail was cut or its input cleared)."""
    if planted is None:
        return None
    from train.behaviours import detect
    from train.demo_data import PLACEHOLDERS

    by_id = {str(r.get("id")): r for r in records}
    out: dict[str, int] = {}
    for rid, kind in planted.items():
        rec = by_id.get(rid)
        if rec is None:
            continue
        if kind.endswith("_duplicate") and rid.rsplit("-", 1)[0] not in by_id:
            continue
        if kind == "merged_instruction" and not detect(rec.get("output") or "")["runon"]:
            continue
        if kind == "placeholder_input" and (rec.get("input") or "").strip() not in PLACEHOLDERS:
            continue
        out[kind] = out.get(kind, 0) + 1
    return dict(sorted(out.items()))


def _base_eval(held: list[dict], gen_idx: list[int], cfg: VerifyConfig, say: Any) -> tuple[EvalReport, bool]:
    """The base model's evaluation (no adapter), from the cache when the same model, held-out set and
    evaluation settings were evaluated before."""
    from curate.resources import cache_dir

    t = cfg.train
    key = _sha256_json({"v": 1, "model": base_fingerprint(t.model), "qlora": t.qlora, "template": t.template,
                        "autocast": t.autocast, "held": [{k: r.get(k) for k in ("instruction", "input", "output",
                                                                                  "check", cfg.cluster_field)}
                                                         for r in held],
                        "gen_idx": gen_idx, "max_new_tokens": cfg.max_new_tokens, "temperature": cfg.temperature,
                        "batch": cfg.eval_batch_size, "gen_batch": cfg.gen_batch_size, "seed": 0, "decoder": 2})
    path = cache_dir("verify") / f"base-{key[:32]}.json"
    if cfg.cache_base and path.exists():
        try:
            rep = EvalReport.from_dict(json.loads(path.read_text(encoding="utf-8")))
            say("base model: evaluation read from the cache")
            return rep, True
        except (ValueError, KeyError):
            pass
    say(f"base model: evaluating {len(held)} prompts ({len(gen_idx)} generated)")
    model, tok = load_for_training(TrainConfig(**{**t.to_dict(), "seed": 0}))
    with model.disable_adapter():
        rep = evaluate(model, tok, held, template=t.template, gen_idx=gen_idx, max_new_tokens=cfg.max_new_tokens,
                       batch_size=cfg.eval_batch_size, gen_batch_size=cfg.gen_batch_size,
                       temperature=cfg.temperature, seed=0, autocast=t.autocast,
                       family_field=cfg.cluster_field, progress=cfg.progress)
    del model
    gc.collect()
    if cfg.cache_base:
        _write_json(path, rep.to_dict())
    return rep, False


def _write_predictions(path: Path, held: list[dict], rep: EvalReport) -> None:
    from curate.io.writers import write_jsonl
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, r in enumerate(held):
        row = {"id": rep.ids[i], "task": rep.families[i], "reference": r.get("output"),
               "prediction": rep.predictions[i]}
        row.update({m: (None if math.isnan(rep.values[m][i]) else rep.values[m][i]) for m in METRICS})
        rows.append(row)
    write_jsonl(rows, path)


# ------------------------------------------------------------------ text report
def _fmt(t: Sequence[float], signed: bool = False, digits: int = 3) -> str:
    mean, lo, hi = t
    if mean is None or math.isnan(mean):
        return "n/a"
    f = f"{{:{'+' if signed else ''}.{digits}f}}"
    return f"{f.format(mean)} [{f.format(lo)}, {f.format(hi)}]"


def format_report(report: VerifyReport) -> str:
    """The result as text: design, per-arm means, defect counts side by side, B−C per seed and
    pooled, the A/A check, the verdict."""
    p = report.preregistration
    primary, guard = p["primary_metric"], p["guardrail_metric"]
    show = [primary] + [m for m in (guard, "loss", "refusal", "empty", "runon", "placeholder", "rouge_l")
                        if m and m != primary]
    design = (f"pre-registered (sha256 {report.preregistration_sha256[:16]}): primary {primary} "
              f"({p['primary_direction']}), guardrail {guard}; seeds {p['seeds']}; {p['heldout']['n']} held-out "
              f"prompts in {p['heldout']['families']} families, {p['heldout']['generated']} generated "
              f"(T={p['decoding']['temperature']}); 95% intervals, bootstrap over families x seeds")
    lines = [design]
    head = f"{'arm':<26}{'records':>8}{'lost*':>6}  " + "".join(f"{m:>24}" for m in show)
    lines.append(head)
    bm = report.base["means"]
    lines.append(f"{'base (no training)':<26}{'':>8}{'':>6}  " + "".join(
        f"{('n/a' if bm.get(m) is None or (isinstance(bm.get(m), float) and math.isnan(bm[m])) else f'{bm[m]:.3f}'):>24}"
        for m in show))
    for row in report.table:
        info = report.arms.get(row["arm"], {})
        lost = info.get("decontaminated_lost", "")
        lines.append(f"{row['arm'] + ' ' + row['name']:<26}{info.get('records', ''):>8}{lost!s:>6}  "
                     + "".join(f"{_fmt(row[m]):>24}" for m in show))
    lines.append("* records each arm lost to decontamination against the held-out set")
    for name in report.comparisons[primary]:
        c = report.comparisons[primary][name]
        seeds = ", ".join(f"seed {s}: {_fmt(t, True)}" for s, t in zip(c["seeds"], c["per_seed"]))
        lines.append(f"{name} on {primary}: pooled {_fmt(c['pooled'], True)}; {seeds}")
        if guard and guard != primary:
            lines.append(f"{name} on {guard}: pooled {_fmt(report.comparisons[guard][name]['pooled'], True)}")
    defects = {a: info.get("defects") for a, info in report.arms.items() if a != "C"}
    if report.arms["C"]["per_seed"] and report.arms["C"]["per_seed"][0].get("defects") is not None:
        for s in report.arms["C"]["per_seed"]:
            defects[f"C seed {s['seed']}"] = s["defects"]
    if any(v is not None for v in defects.values()):
        kinds = sorted({k for v in defects.values() if v for k in v})
        lines.append("planted defects per arm (training records):")
        lines.append(f"{'kind':<20}" + "".join(f"{a:>11}" for a in defects))
        for k in kinds:
            lines.append(f"{k:<20}" + "".join(f"{(v or {}).get(k, 0):>11}" for v in defects.values()))
    found = {a: info.get("rule_findings") for a, info in report.arms.items() if a != "C"}
    for s in report.arms["C"]["per_seed"]:
        found[f"C seed {s['seed']}"] = s.get("rule_findings")
    if any(found.values()):
        codes = sorted({c for v in found.values() if v for c in v})
        lines.append("records the default rules and exact dedup flag, per arm (an audit of the training records):")
        lines.append(f"{'code':<28}" + "".join(f"{a:>11}" for a in found))
        for c in codes:
            lines.append(f"{c:<28}" + "".join(f"{(v or {}).get(c, 0):>11}" for v in found.values()))
    if report.aa is not None:
        lines.append(f"A/A check: {report.aa['summary']} -> {report.aa['verdict']}")
    lines.append("verdict: " + report.verdict)
    return "\n".join(lines)


# ------------------------------------------------------------------ the demo
def demo(out_dir: str | Path, *, smoke: bool = False, cfg: VerifyConfig | None = None,
         log: Any = None) -> VerifyReport:
    """Plant defects in the shipped clean demo records (``train.demo_data``), clean them with the
    shipped ``clean`` recipe, and run the pre-registered comparison with the A/A check on the
    shipped held-out set. ``smoke``: one seed, two steps, 240 records, 26 held-out prompts (one per
    family, 13 generated): checks the whole path end to end in CI, proves nothing."""
    from curate.io.writers import write_jsonl
    from curate.resources import data_dir
    from train.demo_data import HELDOUT_FILE, TRAIN_FILE, plant_defects

    say = log or (lambda msg: None)
    cfg = cfg or VerifyConfig(aa=True)
    if smoke:
        cfg.seeds = tuple(cfg.seeds)[:1]
        cfg.train.steps, cfg.train.batch_size, cfg.train.max_len = 2, 2, 128
        cfg.eval_limit, cfg.gen_limit, cfg.max_new_tokens, cfg.n_boot = 26, 13, 16, 200
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    folder = data_dir() / "verify"
    clean = [json.loads(x) for x in (folder / TRAIN_FILE).read_text(encoding="utf-8").splitlines() if x]
    heldout = [json.loads(x) for x in (folder / HELDOUT_FILE).read_text(encoding="utf-8").splitlines() if x]
    if smoke:
        clean = clean[:240]
    raw, planted = plant_defects(clean, seed=0, heldout=heldout)
    raw_path = out / "raw.jsonl"
    write_jsonl(raw, raw_path)
    _write_json(out / "planted.json", planted)
    say(f"planted {len(planted)} defects in {len(raw)} raw records; cleaning with recipe {cfg.recipe!r}")
    import curate
    res = curate.run(cfg.recipe, str(raw_path), str(out / "curated.jsonl"))
    caught = defect_recall(planted, res.rejects, out / "curated.jsonl")
    say(format_recall(caught))
    report = verify(raw_path, heldout, curated=out / "curated.jsonl", cfg=cfg, out_dir=out, log=log,
                    planted=planted)
    report.extra["cleaning"] = caught
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
    return dict(sorted(out.items()))


def format_recall(caught: dict[str, dict]) -> str:
    lines = ["planted defect       planted  dropped  fixed  codes"]
    for kind, d in caught.items():
        codes = ", ".join(f"{c} {n}" for c, n in sorted(d["codes"].items()))
        lines.append(f"{kind:<20}{d['planted']:>8}{d['dropped']:>9}{d['fixed']:>7}  {codes}")
    return "\n".join(lines)


__all__ = [
    "ARMS",
    "VerifyConfig",
    "VerifyReport",
    "aa_check",
    "decide",
    "demo",
    "format_report",
    "generation_subset",
    "verify",
]
