"""Self-Instruct / Alpaca-style data generation from seed tasks with a teacher model.

    from curate.generate import generate, OpenAITeacher, LocalTeacher
    t = OpenAITeacher("gpt-4o-mini", api_key_env="OPENAI_API_KEY")      # or LocalTeacher("smollm2")
    res = generate("general_en", t, n=100, out="gen.jsonl", seed=0)      # + gen.rejects.jsonl, gen.summary.json
    res.summary["acceptance"]

See docs/generate.md. Heavy libraries (openai, torch, transformers) load only when a teacher runs.
"""
from __future__ import annotations

from .cache import Completion, TeacherCache
from .selfinstruct import (
    GenerateConfig,
    GenerateResult,
    SelfInstruct,
    agenerate,
    generate,
    generate_from_spec,
    load_spec,
)
from .teachers import CachedClient, LocalTeacher, OpenAITeacher, Request, TeacherError

__all__ = [
    "CachedClient",
    "Completion",
    "GenerateConfig",
    "GenerateResult",
    "LocalTeacher",
    "OpenAITeacher",
    "Request",
    "SelfInstruct",
    "TeacherCache",
    "TeacherError",
    "agenerate",
    "generate",
    "generate_from_spec",
    "load_spec",
    "make_teacher",
]


def make_teacher(kind: str, model: str | None = None, **kw):
    """A teacher by kind: "openai" (any OpenAI-compatible endpoint) or "local" (in-process model;
    default the packaged SmolLM2)."""
    if kind == "openai":
        return OpenAITeacher(model or "", **kw)
    if kind == "local":
        return LocalTeacher(model or "smollm2", **kw)
    raise ValueError(f"unknown teacher {kind!r}; use 'openai' or 'local'")
