"""`curate report RUN`: (re)build the HTML report of a train or verify run from its JSON results."""
from __future__ import annotations

import click

from curate.commands._common import errors_to_exit


@click.command("report")
@click.argument("run", type=click.Path(exists=True))
@click.option("-o", "--output", default=None, metavar="OUT.html",
              help="Where to write the page (default: train_report.html / verify_report.html beside the JSON).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@errors_to_exit
def command(run, output, quiet):
    """Write the HTML report of RUN: a `curate train` folder (train_summary.json, train_log.jsonl) or a
    `curate verify` folder (verify_report.json), or the JSON file itself. The page is one offline file
    with the loss curves, the arms and their intervals, and the run's figures. (`curate audit --report`
    and `curate run --report` write the data reports.)"""
    from curate.api.train_report import write_report_for

    path = write_report_for(run, output)
    if not quiet:
        click.echo(f"report: {path}", err=True)
