"""The HTML report of a generation run: the generated set against its seeds (``curate generate --report``).

Self-Instruct's own analysis of a generated set, as one offline page:

* the diversity view, seeds vs generated: top root verbs with their objects (``curate.quality.verbs``);
  a generator that only paraphrases its seeds shows the seeds' wedges again;
* novelty: each accepted instruction's highest ROUGE-L against the seed instructions (Self-Instruct's
  Figure 3; CJK-aware ``curate.rouge``), with the run's novelty threshold marked in the caption;
* lengths of instruction, input and output, seeds vs generated;
* the funnel: candidates, accepted, rejected by code (what the filters threw away and why).

Text is masked (``mask_example``) where any is shown; the page holds counts and charts otherwise.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import polars as pl

from curate.api import charts
from curate.api.report import diversity_section, lengths_section, page


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def seed_frame(tasks: Any) -> pl.DataFrame:
    """Seed tasks as records: one per instance (the instruction alone when a task has none)."""
    from curate.generate.selfinstruct import SeedPool

    rows = []
    pool = SeedPool.load(tasks, required=False) if tasks else None
    if pool is None:  # a method without seeds (magpie): the generated set alone
        return pl.DataFrame(rows, schema={"instruction": pl.Utf8, "input": pl.Utf8, "output": pl.Utf8})
    for ex in pool.examples:
        for inp, out in (ex.instances or (("", ""),)):
            rows.append({"instruction": ex.instruction, "input": inp, "output": out})
    return pl.DataFrame(rows, schema={"instruction": pl.Utf8, "input": pl.Utf8, "output": pl.Utf8})


def novelty(generated: list[str], seeds: list[str]) -> list[float]:
    """Per generated instruction, its highest ROUGE-L F against any seed instruction."""
    from curate.rouge import NoveltyIndex

    index = NoveltyIndex(seeds)
    return [index.max_similarity(t)[0] for t in generated]


def render_generate_report(seeds: Any, records: list[dict], summary: dict[str, Any],
                           title: str = "curate generate", diversity: bool = True) -> str:
    seed_df = seed_frame(seeds)
    gen_df = pl.DataFrame(records, schema_overrides={"instruction": pl.Utf8, "input": pl.Utf8, "output": pl.Utf8}) \
        if records else pl.DataFrame(schema={"instruction": pl.Utf8, "input": pl.Utf8, "output": pl.Utf8})
    req, cand = summary.get("requests", {}), summary.get("candidates", {})
    body = ["<div class='cards'>" + "".join(
        f"<div class='card'><b>{_e(v)}</b>{_e(k)}</div>" for k, v in (
            ("seed tasks", summary.get("seeds")), ("instructions accepted", summary.get("instructions_accepted")),
            ("of target", summary.get("n_target")), ("records", summary.get("records")),
            ("rejected candidates", summary.get("rejected")), ("teacher requests", req.get("sent")),
            ("from cache", req.get("cached")), ("rounds", summary.get("rounds")))) + "</div>"]
    seed_instr = list(dict.fromkeys(seed_df["instruction"].to_list()))
    gen_instr = list(dict.fromkeys(gen_df["instruction"].to_list())) if gen_df.height else []
    if diversity:
        sets = {"seeds": (seed_instr, None)} if seed_instr else {}
        sets["generated"] = (gen_instr, None)
        body.append(diversity_section(sets, heading="Diversity: seeds vs generated" if seed_instr
                                      else "Diversity of the generated set"))
    body.append("<h2>Novelty against the seeds</h2>")
    if gen_instr and seed_instr:
        sims = novelty(gen_instr, seed_instr)
        thr = (summary.get("config") or {}).get("novelty")
        over = sum(1 for s in sims if thr is not None and s >= thr)
        body.append(charts.histogram({"generated": sims}, title="highest ROUGE-L with a seed instruction",
                                     xlabel="ROUGE-L F", integer=False, bins=20, tail=1.0, width=520, height=200))
        body.append(f"<p class='muted'>{len(sims)} accepted instructions; median "
                    f"{sorted(sims)[len(sims) // 2]:.2f}"
                    + (f"; novelty threshold {thr} (candidates at or above it are rejected gen.not_novel; "
                       f"{over} accepted ones reach it against the seeds alone)" if thr is not None else "")
                    + "</p>")
    else:
        body.append("<p>No instruction was accepted, or no seeds to compare with.</p>")
    body.append(lengths_section({"seeds": seed_df if seed_df.height else None,
                                 "generated": gen_df if gen_df.height else None}))
    body.append("<h2>Funnel</h2><table><tr><th></th><th>count</th></tr>")
    for k, v in cand.items():
        body.append(f"<tr><td>candidate {_e(k)}</td><td class='n'>{_e(v)}</td></tr>")
    body.append(f"<tr><td>instructions accepted</td><td class='n'>{_e(summary.get('instructions_accepted'))}</td></tr>"
                "</table><h3>Rejected by code</h3><table><tr><th>code</th><th>candidates</th></tr>")
    for code, n in sorted((summary.get("rejected_by_code") or {}).items(), key=lambda kv: -kv[1]):
        body.append(f"<tr><td>{_e(code)}</td><td class='n'>{n}</td></tr>")
    body.append("</table>")
    t = summary.get("teacher") or {}
    sub = f"teacher {_e(t.get('kind'))} {_e(t.get('model'))} · mode {_e(summary.get('mode'))} · lang {_e(summary.get('lang'))}"
    return page(title, sub, body)


def write_generate_report(path: str | Path, seeds: Any, records: list[dict], summary: dict[str, Any], *,
                          diversity: bool = True) -> Path:
    from curate.io.writers import atomic_write

    with atomic_write(path) as f:
        f.write(render_generate_report(seeds, records, summary, diversity=diversity).encode("utf-8"))
    return Path(path)
