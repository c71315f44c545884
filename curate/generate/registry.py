"""The generation extension points: teachers (who answers) and methods (how prompts are made).
Adding one is one file plus one line here; the CLI's choices and the spec's allowed keys are derived
from these entries and the classes' constructor signatures."""
from __future__ import annotations

import inspect
from typing import Any

from curate.registry import Registry

TEACHERS = Registry("teacher", {
    "openai": "curate.generate.teachers:OpenAITeacher",   # any OpenAI-compatible endpoint
    "local": "curate.generate.teachers:LocalTeacher",     # an in-process model (packaged SmolLM2)
})

METHODS = Registry("generation method", {
    "self-instruct": "curate.generate.selfinstruct:SelfInstruct",
    "alpaca": "curate.generate.selfinstruct:SelfInstruct",  # Alpaca's 20-per-request batch mode
    "evol": "curate.generate.evol:EvolInstruct",             # Evol-Instruct (WizardLM)
    "magpie": "curate.generate.magpie:Magpie",                # Magpie: pre-query prefix sampling
})


def constructor_params(cls: type) -> dict[str, inspect.Parameter]:
    """Named constructor parameters of ``cls`` (no self, *args or **kwargs)."""
    return {n: p for n, p in inspect.signature(cls.__init__).parameters.items()
            if n != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}


def teacher_keys(kind: str) -> set[str]:
    """The keys a spec's ``teacher:`` mapping may hold for ``kind``: its constructor's parameters."""
    return {"kind", *constructor_params(TEACHERS.load(kind))}


def make_teacher(kind: str, model: str | None = None, **kw: Any) -> Any:
    """A teacher by kind: "openai" (any OpenAI-compatible endpoint) or "local" (in-process model;
    default the packaged SmolLM2)."""
    cls = TEACHERS.load(kind)
    if model is None:
        default = constructor_params(cls)["model"].default
        model = "" if default is inspect.Parameter.empty else default
    return cls(model, **kw)
