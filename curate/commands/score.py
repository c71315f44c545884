"""``curate score``: add model scores (IFD/perplexity, LLM judge, quality classifier) as columns, or
train the quality classifier."""
from __future__ import annotations

import json
import sys

import click

from curate.commands._common import (cache_options, errors_to_exit, output_options, progress_wanted, read_options,
                                     read_opts, report, stdout_output)
from curate.commands._embed import embedder_options, embedder_param


@click.command("score")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True,
              help="Scored records (.jsonl/.json/.parquet); with --train-classifier, the model (.json).")
@click.option("--ifd", is_flag=True, help="Add ppl and ifd with a small causal LM (flags ifd >= 1).")
@click.option("--ifd-model", default="smollm2", show_default=True,
              help="'smollm2' (packaged) or a local HF model folder / .gguf file.")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="CPU threads for torch when scoring with a local model (default: torch's choice; on a "
                   "busy machine 1 is often faster).")
@click.option("--judge", "judge_model", default=None, metavar="MODEL",
              help="Add judge_score from an OpenAI-compatible judge model (0-5, AlpaGasus).")
@click.option("--base-url", default=None, help="Judge endpoint (default $OPENAI_BASE_URL).")
@click.option("--api-key-env", default="OPENAI_API_KEY", show_default=True,
              help="Environment variable holding the judge's API key (never printed).")
@click.option("--rubric", type=click.Choice(["quality", "safety"]), default="quality", show_default=True)
@click.option("--no-pii-first", is_flag=True,
              help="Send records to the judge without running the pii stage first.")
@click.option("--classifier", "classifier_model", default=None, metavar="MODEL.json",
              help="Add quality_score from a trained quality classifier.")
@click.option("--train-classifier", "train_labels", default=None, metavar="LABELS",
              help="Train a classifier instead of scoring: 'weak' (rules' verdicts), 'column:NAME', "
                   "or a JSONL of {id, label}; -o is the model file.")
@embedder_options
@output_options
@read_options
@cache_options
@errors_to_exit
def command(inputs, output, ifd, ifd_model, threads, judge_model, base_url, api_key_env, rubric, no_pii_first,
            classifier_model, train_labels, embedders, embed_base_url, rejects_path, as_json, quiet, batch_size,
            **kw):
    """Score the records of IN... and write them, with the score columns, to OUT.

    Scores only measure: nothing is dropped here (flags: quality.ifd_high, quality.judge_unparsed,
    quality.classifier_low). Use `curate select` to keep the best.
    """
    from curate.api.score import score, train_quality_classifier

    if threads:  # process-wide: IFD, and the embeddings behind the classifier
        import torch

        torch.set_num_threads(threads)
    emb = embedder_param(embedders, embed_base_url)
    if isinstance(emb, dict) and "spec" not in emb:
        raise click.UsageError("the quality classifier uses one embedder (one embedding space): "
                               "give --embedder SPEC, not LANG=SPEC")

    if train_labels:
        model = train_quality_classifier(list(inputs), train_labels, output, read_options=read_opts(kw),
                                         embedder=emb)
        if as_json:
            click.echo(json.dumps({"model": output, **model.info}, ensure_ascii=False, indent=2))
        elif not quiet:
            info = model.info
            ho = info.get("holdout") or {}
            click.echo(f"trained on {info['n']} records ({info['good']} good, {info['bad']} bad; "
                       f"{info['source']}); train AUC {info['train_auc']:.3f}"
                       + (f", held-out AUC {ho['auc']:.3f} on {ho['n']}" if ho.get("auc") is not None else ""),
                       err=True)
            click.echo(f"model: {output}", err=True)
        return
    from curate.generate.teachers import TeacherError

    stdout_output(output, as_json)
    judge_params = {"rubric": rubric, "api_key_env": api_key_env}
    if base_url:
        judge_params["base_url"] = base_url
    try:
        res = score(list(inputs), output, rejects_path=rejects_path, batch_size=batch_size,
                    read_options=read_opts(kw), progress=progress_wanted(quiet, as_json), command=sys.argv,
                    ifd=ifd, ifd_model=ifd_model,
                    ifd_params={"progress": progress_wanted(quiet, as_json), "threads": threads},
                    judge=judge_model, judge_params=judge_params,
                    pii_first=not no_pii_first, classifier=classifier_model,
                    classifier_params={"embedder": emb} if emb is not None else None)
    except TeacherError as e:  # names endpoint, status and key variable; never the key or a prompt
        click.echo(f"curate: error: judge: {e}", err=True)
        sys.exit(1)
    report(res.summary, as_json, quiet, res.paths)
