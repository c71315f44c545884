"""Instruction data generation with a teacher model: Self-Instruct, Alpaca, Evol-Instruct, Magpie.

    from curate.generate import generate, OpenAITeacher, LocalTeacher
    t = OpenAITeacher("gpt-4o-mini", api_key_env="OPENAI_API_KEY")      # or LocalTeacher("smollm2")
    res = generate("general_en", t, n=100, out="gen.jsonl", seed=0)      # + gen.rejects.jsonl, gen.summary.json
    res.summary["acceptance"]
    generate("general_zh", t, n=50, mode="evol", seed_lang="zh")          # Evol-Instruct
    generate(None, t, n=50, mode="magpie", lang="zh")                    # Magpie (no seeds)

See docs/generate.md. Heavy libraries (openai, torch, transformers) load only when a teacher runs.
"""
from __future__ import annotations

from curate.generate.base import (
    GenerateConfig,
    GenerateResult,
    Job,
    agenerate,
    generate,
    generate_from_spec,
    load_spec,
)
from curate.generate.cache import Completion, TeacherCache
from curate.generate.registry import METHODS, TEACHERS, make_teacher
from curate.generate.seeds import SeedError, load_seeds
from curate.generate.selfinstruct import SelfInstruct
from curate.generate.teachers import CachedClient, LocalTeacher, OpenAITeacher, Request, TeacherError

__all__ = [
    "METHODS",
    "TEACHERS",
    "CachedClient",
    "Completion",
    "GenerateConfig",
    "GenerateResult",
    "Job",
    "LocalTeacher",
    "OpenAITeacher",
    "Request",
    "SeedError",
    "SelfInstruct",
    "TeacherCache",
    "TeacherError",
    "agenerate",
    "generate",
    "generate_from_spec",
    "load_seeds",
    "load_spec",
    "make_teacher",
]

