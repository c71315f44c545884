"""``--embedder`` and ``--embed-base-url``: how every verb that embeds names its model, the same
way recipes do (``curate.models.embed``)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

EMBEDDER_HELP = ("Embedding model: packaged-minilm (default, English), st:/path/to/model (a local "
                 "sentence-transformers folder) or openai:MODEL (an OpenAI-compatible endpoint); "
                 "LANG=SPEC routes one language (repeat: --embedder en=packaged-minilm "
                 "--embedder zh=openai:bge-m3).")


def embedder_options(f: Callable) -> Callable:
    f = click.option("--embed-base-url", default=None, metavar="URL",
                     help="Endpoint of openai: embedders (default $CURATE_EMBED_BASE_URL, "
                          "$OPENAI_BASE_URL); the key comes from $OPENAI_API_KEY, never printed.")(f)
    f = click.option("--embedder", "embedders", multiple=True, metavar="SPEC", help=EMBEDDER_HELP)(f)
    return f


def embedder_param(embedders: tuple[str, ...], base_url: str | None) -> Any:
    """The stages' ``embedder`` value from the options; None when neither was given."""
    from curate.models.embed import embedder_value

    if not embedders and not base_url:
        return None
    return embedder_value(embedders, base_url)
