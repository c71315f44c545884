"""Python API behind ``curate calibrate-threshold``: what cosine means for one embedding model.

    from curate.api.calibrate_threshold import calibrate_threshold
    rep = calibrate_threshold("pairs.jsonl", "openai:bge-m3", base_url="http://gpu:8000/v1",
                              records="data.jsonl")
    rep["languages"]["zh"]["suggested"]      # e.g. 0.87
    rep["embedder"]                          # the spec to paste into a recipe, threshold included

The sample is a JSONL of labelled pairs: ``{"a": ..., "b": ..., "label": "paraphrase" | "related",
"lang": "en"}``, where ``a``/``b`` are texts or records (``instruction``, ``input``: compared as the
stages compare them, the fields joined by a newline) and ``lang`` is optional (detected from ``a``).
``records`` (optional, any format curate reads) adds the real-data side: the share of records that
have a neighbour at or above each threshold. See ``curate.dedup.calibrate`` for the rule that
suggests a threshold, and docs/dedup.md for values measured here.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np


def _text(v: Any, fields: tuple[str, ...]) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, dict):
        return "\n".join(str(v.get(f) or "") for f in fields)
    raise ValueError("each pair's 'a' and 'b' must be a text or a record")


def load_pairs(path: str | Path, fields: tuple[str, ...] = ("instruction", "input")) -> list[dict[str, Any]]:
    """The labelled pairs of a sample file; a bad line is an error naming the file and line."""
    from curate.dedup.calibrate import label_of

    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ValueError(f"{path}: cannot read the pair sample ({type(e).__name__})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise TypeError
            lab = label_of(obj.get("label"))
            if lab is None:
                raise ValueError(f"{path}:{n}: label must be paraphrase or related")
            out.append({"a": _text(obj["a"], fields), "b": _text(obj["b"], fields), "label": lab,
                        "lang": str(obj.get("lang") or "") or None})
        except ValueError as e:
            if str(e).startswith(str(path)):
                raise
            raise ValueError(f"{path}:{n}: not a pair (JSON with a, b and label expected)") from None
        except (KeyError, TypeError):
            raise ValueError(f"{path}:{n}: not a pair (JSON with a, b and label expected)") from None
    if not out:
        raise ValueError(f"{path}: no labelled pairs")
    return out


def calibrate_threshold(sample: str | Path, embedder: Any = None, *, base_url: str | None = None,
                        records: Any = None, fields: Any = ("instruction", "input"),
                        max_related: float = 0.05, max_records: int = 5000, seed: int = 0,
                        read_options: dict | None = None, progress: bool | None = False) -> dict[str, Any]:
    """Per language of the sample: the paraphrase and related cosine distributions, the table,
    the suggested threshold, and the embedder spec with that threshold filled in."""
    from curate.dedup.calibrate import background, calibrate, pair_cosines
    from curate.models.embed import with_base_url
    from curate.models.embed_routing import ANY, EmbedderRouting
    from curate.normalize.lang import detect_languages
    from curate.schema import field_list

    fields = tuple(field_list(fields))
    pairs = load_pairs(sample, fields)
    undecided = [i for i, p in enumerate(pairs) if not p["lang"]]
    for i, lg in zip(undecided, detect_languages([pairs[i]["a"] for i in undecided])):
        pairs[i]["lang"] = lg
    value = with_base_url(embedder, base_url)
    routing = EmbedderRouting(value, progress=progress)

    recs_by_lang: dict[str, list[str]] = {}
    if records is not None:
        from curate.dedup.shingles import compare_text
        from curate.io.readers import read
        from curate.models.embed_routing import record_languages

        df = read(records, **(read_options or {})).records
        if df.height > max_records:  # a seeded sample: the exact neighbour search is quadratic
            df = df.sample(max_records, seed=seed).sort("_row")
        texts = compare_text(df, fields).to_list()
        for t, lg in zip(texts, record_languages(df, texts)):
            recs_by_lang.setdefault(lg, []).append(t)

    langs: dict[str, Any] = {}
    for lang in sorted({p["lang"] for p in pairs}):
        sub = [p for p in pairs if p["lang"] == lang]
        emb = routing.embedder_for(lang)
        reads = emb is not None
        if emb is None:  # measured anyway, to show what the scale means there
            emb = routing.routes.get(ANY) or routing.embedders[0]
        va = emb.embed([p["a"] for p in sub])
        vb = emb.embed([p["b"] for p in sub])
        cos = pair_cosines(va, vb)
        lab = np.array([p["label"] for p in sub])
        nearest = None
        if recs_by_lang.get(lang):
            nearest = background(emb.embed(recs_by_lang[lang]))
        rep = calibrate(cos[lab == 1], cos[lab == 0], nearest, max_related)
        rep.update(embedder=emb.name, routed=reads)
        if not reads:
            rep["note"] = (f"{routing.why_not(lang)}: these values are shown to make the point, not "
                           "to be used; route this language to a model that reads it")
            rep["suggested"] = None
            rep.pop("at_suggested", None)
        langs[lang] = rep
    return {"sample": str(sample), "records": None if records is None else str(records),
            "fields": list(fields), "languages": langs,
            "embedder": _with_thresholds(value, routing, langs)}


def _with_thresholds(value: Any, routing: Any, langs: dict[str, Any]) -> Any:
    """The embedder parameter with each suggested threshold written into its spec."""
    from curate.models.embed_routing import ANY

    def spec_of(v: Any, t: float | None) -> Any:
        if t is None:
            return v
        d = dict(v) if isinstance(v, dict) else {"spec": v or "packaged-minilm"}
        if d.get("base_url"):
            from curate.models.embed_openai import public_url

            d["base_url"] = public_url(str(d["base_url"]))  # never echo URL credentials
        d["threshold"] = t
        return d

    usable = {lg: r["suggested"] for lg, r in langs.items() if r["routed"] and r["suggested"] is not None}
    if isinstance(value, dict) and "spec" not in value:
        out = {}
        for k, v in value.items():
            key = str(k).lower()
            ts = [usable[lg] for lg in usable if (lg == key or (key == ANY and lg not in value))]
            out[k] = spec_of(v, max(ts) if ts else None)
        return out
    ts = list(usable.values())
    return spec_of(value, max(ts) if ts else None)
