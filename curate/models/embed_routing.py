"""Per-language routing of records to embedders: the ``embedder`` parameter of the stages that embed.

The parameter is one spec (``packaged-minilm``, ``st:/models/bge-m3``, ``openai:bge-m3``, or a
mapping with options) or a map from language to spec::

    embedder: {en: packaged-minilm, zh: {spec: "openai:bge-m3", base_url: "http://gpu:8000/v1"}}

``*`` in a map names the embedder for every language not listed. A single spec is ``{*: spec}``.

* A language named in the map goes to its embedder: naming it vouches that the model reads it.
* Any other language goes to ``*`` only when that model can be trusted on it: an English-only model
  (the packaged MiniLM; a model whose name does not say multilingual, unless ``multilingual: true``)
  does not get Chinese, Japanese or Korean records.
* Records no embedder takes are returned as *unrouted*, with a plain reason per language; the stage
  compares them another way (near-dup, n-gram cosine) and says so in its notes.

Each embedder's records are compared only among themselves: two models' vectors live in different
spaces. Languages routed to the same spec form one group (a multilingual model sees en and zh
together). A record's language is the ``lang`` column when the language stage ran, else
``curate.normalize.lang.detect_languages`` of the compared text.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import polars as pl

from curate.models.embed import UNCALIBRATED_THRESHOLD, Embedder, make_embedder

ANY = "*"


def _spec_key(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, default=str)


def record_languages(batch: pl.DataFrame, texts: list[str]) -> list[str]:
    """The language of each record: its ``lang`` value, else detected from ``texts``."""
    if "lang" in batch.columns:
        langs = batch["lang"].to_list()
        missing = [i for i, lg in enumerate(langs) if not lg]
    else:
        langs, missing = [None] * len(texts), list(range(len(texts)))
    if missing:
        from curate.normalize.lang import detect_languages

        for i, lg in zip(missing, detect_languages([texts[i] for i in missing])):
            langs[i] = lg
    return [str(lg) for lg in langs]


class EmbedderRouting:
    """Parses a stage's ``embedder`` value and builds its embedders (nothing loads yet), so a bad
    spec, a missing model folder or a missing dependency fails before any data is read."""

    def __init__(self, value: Any = None, *, progress: bool | None = None) -> None:
        if isinstance(value, dict) and "spec" not in value:
            if not value:
                raise ValueError("embedder: an empty language map")
            table = {str(k).strip().lower(): v for k, v in value.items()}
            self.explicit = True
        else:
            table = {ANY: value}
            self.explicit = False
        self._by_spec: dict[str, Embedder] = {}
        self.routes: dict[str, Embedder] = {}
        for lang, spec in table.items():
            key = _spec_key(spec)
            if key not in self._by_spec:
                self._by_spec[key] = make_embedder(spec, progress=progress)
            self.routes[lang] = self._by_spec[key]

    @property
    def embedders(self) -> list[Embedder]:
        return list(self._by_spec.values())

    def embedder_for(self, lang: str) -> Embedder | None:
        if lang in self.routes and lang != ANY:
            return self.routes[lang]
        emb = self.routes.get(ANY)
        return emb if emb is not None and emb.reads(lang) else None

    def why_not(self, lang: str) -> str:
        emb = self.routes.get(ANY)
        if emb is None:
            return f"no embedder is given for {lang}"
        return f"{emb.name} is English-only"

    def split(self, langs: list[str]) -> tuple[list[tuple[Embedder, np.ndarray]], np.ndarray, Counter]:
        """``([(embedder, record positions)], unrouted positions, unrouted languages)``."""
        groups: dict[int, list[int]] = {}
        by_id: dict[int, Embedder] = {}
        unrouted: list[int] = []
        for i, lg in enumerate(langs):
            emb = self.embedder_for(lg)
            if emb is None:
                unrouted.append(i)
            else:
                groups.setdefault(id(emb), []).append(i)
                by_id[id(emb)] = emb
        out = [(by_id[k], np.asarray(v, dtype=np.int64)) for k, v in groups.items()]
        return out, np.asarray(unrouted, dtype=np.int64), Counter(langs[i] for i in unrouted)

    def unrouted_note(self, counts: Counter, instead: str) -> str:
        """One plain sentence about records no embedder took."""
        parts = ", ".join(f"{lg} {n}" for lg, n in counts.most_common())
        reasons = sorted({self.why_not(lg) for lg in counts})
        return (f"{sum(counts.values())} record(s) not embedded ({parts}): {'; '.join(reasons)}; "
                f"{instead} (route them: embedder: {{LANG: st:/path/to/model | openai:MODEL}})")

    def threshold(self, emb: Embedder, given: float | None) -> tuple[float, str | None]:
        """The threshold for ``emb``'s group and a note when it is a guess: the stage's own value
        when given, else the embedder's calibrated one, else ``UNCALIBRATED_THRESHOLD``."""
        if given is not None:
            return float(given), None
        t = emb.calibrated_threshold()
        if t is not None:
            return t, None
        return UNCALIBRATED_THRESHOLD, (f"threshold {UNCALIBRATED_THRESHOLD:g} for {emb.name} is not "
                                        "calibrated: run `curate calibrate-threshold --embedder "
                                        f"{emb.name} --sample PAIRS` and give its value as the "
                                        "embedder's threshold")
