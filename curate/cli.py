"""The ``curate`` command. Each verb lives in ``curate/commands/<verb>.py`` as a thin click shell over
a Python API function and is imported only when invoked, so ``curate --help`` and ``curate audit``
start fast and never import torch."""
from __future__ import annotations

import importlib
import importlib.util

import click

from curate import __version__

# verb -> (module, one-line help shown by `curate --help` without importing the module)
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("curate.commands.run", "Run a recipe: read, clean, write records + rejects + summary."),
    "audit": ("curate.commands.audit", "Report what cleaning would do, without changing anything."),
    "convert": ("curate.commands.convert", "Read any supported format and write clean-schema records."),
    "recipes": ("curate.commands.recipes", "List the shipped recipes or print one."),
    "codes": ("curate.commands.codes", "List every issue code with its default action."),
    "export": ("curate.commands.export", "Export records for LLaMA-Factory, axolotl or TRL."),
    "dedup": ("curate.commands.dedup", "Near-duplicate (MinHash) and semantic dedup."),
    "calibrate-threshold": ("curate.commands.calibrate_threshold",
                            "Measure an embedder's cosine scale on labelled pairs; suggest a threshold."),
    "decontaminate": ("curate.commands.decontaminate", "Drop records that overlap an evaluation set."),
    "redact": ("curate.commands.redact", "Redact personal data from records or plain-text logs."),
    "generate": ("curate.commands.generate", "Self-Instruct generation from seed tasks."),
    "seeds": ("curate.commands.seeds", "Seed task files: validate, list."),
    "score": ("curate.commands.score", "Add model scores: IFD/perplexity, LLM judge, quality classifier."),
    "select": ("curate.commands.select", "Select records by score threshold, top-k/top-%, or diversity."),
    "train": ("curate.commands.train", "LoRA/QLoRA fine-tune on curated records."),
    "verify": ("curate.commands.verify", "Train raw vs curated vs matched-random arms and compare."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(n for n, (mod, _) in COMMANDS.items() if importlib.util.find_spec(mod) is not None)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = COMMANDS[name][0]
        if importlib.util.find_spec(module) is None:
            return None
        return importlib.import_module(module).command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(n, COMMANDS[n][1]) for n in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curate")
def main() -> None:
    """curate: build and clean instruction-tuning datasets, and prove the cleaning helped.

    Exit codes: 0 ok, 1 error, 2 usage, 3 accounting mismatch (a bug), 4 --fail-on reached.
    """


if __name__ == "__main__":  # pragma: no cover
    main()
