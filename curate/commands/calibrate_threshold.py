"""``curate calibrate-threshold``: what cosine means for one embedding model, measured on labelled
paraphrase / related-but-different pairs of real records, and the threshold to use with it."""
from __future__ import annotations

import json

import click

from curate.commands._common import errors_to_exit, read_opts, reader_options
from curate.commands._embed import embedder_options, embedder_param

SHOWN = (0.70, 0.75, 0.78, 0.80, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.90, 0.92, 0.95)


def _fmt(v: float | None, pct: bool = True) -> str:
    return "-" if v is None else (f"{100 * v:5.1f}%" if pct else f"{v:.3f}")


def human(rep: dict) -> str:
    lines = []
    for lang, r in rep["languages"].items():
        lines.append(f"{lang}: {r['embedder']}, {r['paraphrase_pairs']} paraphrase pairs vs "
                     f"{r['related_pairs']} related-but-different pairs"
                     + (f", {r['records']} real records" if r.get("records") else ""))
        if r.get("note"):
            lines.append(f"  note: {r['note']}")
        for what in ("paraphrase", "related"):
            q = r[what]
            if q:
                lines.append(f"  {what:<11}cosine min {q['min']:.3f}  p10 {q['p10']:.3f}  median "
                             f"{q['median']:.3f}  p90 {q['p90']:.3f}  max {q['max']:.3f}")
        if r["auc"] is not None:
            lines.append(f"  separation (AUC, P[paraphrase scores above related]): {r['auc']:.3f}")
        head = f"  {'threshold':>9}  {'paraphrases found':>17}  {'related grouped':>15}"
        if r.get("records"):
            head += f"  {'records with a twin':>19}"
        lines.append(head)
        for row in r["table"]:
            if any(abs(row["threshold"] - t) < 1e-9 for t in SHOWN) or row["threshold"] == r["suggested"]:
                mark = "  <- suggested" if row["threshold"] == r["suggested"] else ""
                line = (f"  {row['threshold']:>9.2f}  {_fmt(row['paraphrase_recall']):>17}  "
                        f"{_fmt(row['related_grouped']):>15}")
                if r.get("records"):
                    line += f"  {_fmt(row.get('records_with_twin')):>19}"
                lines.append(line + mark)
        if r["suggested"] is not None:
            at = r["at_suggested"]
            lines.append(f"  suggested threshold {r['suggested']:.2f}: the lowest at which at most "
                         f"{100 * r['max_related']:g}% of related pairs are grouped; it finds "
                         f"{_fmt(at['paraphrase_recall']).strip()} of the paraphrases")
            if r.get("interval"):
                lo, hi = r["interval"]
                lines.append(f"  with another sample of this size it could be {lo:.2f}-{hi:.2f} "
                             "(bootstrap 5-95%); more pairs narrow it")
        lines.append("")
    lines.append("recipe: embedder: " + json.dumps(rep["embedder"], ensure_ascii=False))
    return "\n".join(lines)


@click.command("calibrate-threshold")
@click.option("--sample", required=True, metavar="PAIRS.jsonl",
              help="Labelled pairs: {a, b, label: paraphrase|related, lang?} per line; a and b are "
                   "texts or records (instruction, input).")
@click.option("--records", default=None, metavar="FILE",
              help="Real records (any format): adds the share of them with a neighbour above each threshold.")
@click.option("--fields", default="instruction,input", show_default=True,
              help="Fields of record pairs and records compared (as the stages compare them).")
@click.option("--max-related", type=click.FloatRange(0, 1), default=0.05, show_default=True,
              help="Suggest the lowest threshold that groups at most this share of related pairs.")
@embedder_options
@reader_options
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@errors_to_exit
def command(sample, records, fields, max_related, embedders, embed_base_url, as_json, quiet, **kw):
    """Measure the cosine scale of --embedder on labelled pairs and suggest a threshold for
    semantic_dedup and diversity. Per language: the paraphrase and related-but-different
    distributions, a table of what each threshold does, and the embedder spec with the suggested
    threshold, ready for a recipe."""
    from curate.api.calibrate_threshold import calibrate_threshold
    from curate.commands._common import progress_wanted

    rep = calibrate_threshold(sample, embedder_param(embedders, embed_base_url), records=records,
                              fields=tuple(f.strip() for f in fields.split(",") if f.strip()),
                              max_related=max_related, read_options=read_opts(kw),
                              progress=progress_wanted(quiet))
    if as_json:
        click.echo(json.dumps(rep, ensure_ascii=False, indent=2))
    else:
        click.echo(human(rep), err=True)
