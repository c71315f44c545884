"""Self-Instruct / Alpaca-style data generation from seed tasks with a teacher model.

    from curate.generate import generate, OpenAITeacher, LocalTeacher
    t = OpenAITeacher("gpt-4o-mini", api_key_env="OPENAI_API_KEY")      # or LocalTeacher("smollm2")
    res = generate("general_en", t, n=100, out="gen.jsonl", seed=0)      # + gen.rejects.jsonl, gen.summary.json
    res.summary["acceptance"]

See docs/generate.md. Heavy libraries (openai, torch, transformers) load only when a teacher runs.
"""
from __future__ import annotations

from curate.generate.cache import Completion, TeacherCache
from curate.generate.registry import METHODS, TEACHERS, make_teacher
from curate.generate.seeds import SeedError, load_seeds
from curate.generate.selfinstruct import (
    GenerateConfig,
    GenerateResult,
    SelfInstruct,
    agenerate,
    generate,
    generate_from_spec,
    load_spec,
)
from curate.generate.teachers import CachedClient, LocalTeacher, OpenAITeacher, Request, TeacherError

__all__ = [
    "CachedClient",
    "Completion",
    "GenerateConfig",
    "GenerateResult",
    "LocalTeacher",
    "METHODS",
    "OpenAITeacher",
    "Request",
    "SeedError",
    "SelfInstruct",
    "TEACHERS",
    "TeacherCache",
    "TeacherError",
    "agenerate",
    "generate",
    "generate_from_spec",
    "load_seeds",
    "load_spec",
    "make_teacher",
]

