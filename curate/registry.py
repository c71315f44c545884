"""Stage kinds by the name recipes use. Entries are import paths, loaded only when a recipe asks for
the stage, so ``curate audit`` never imports torch, presidio or sentence-transformers."""
from __future__ import annotations

import importlib
from typing import Any

STAGES: dict[str, str] = {
    "normalize": "curate.stages.normalize:Normalize",
    "language": "curate.stages.language:DetectLanguage",
    "exact_dedup": "curate.stages.exact_dedup:ExactDedup",
    "rules": "curate.stages.rules:Rules",
    "near_dedup": "curate.stages.near_dedup:NearDedup",
    "semantic_dedup": "curate.stages.semantic_dedup:SemanticDedup",
    "decontaminate": "curate.stages.decontaminate:Decontaminate",
    "pii": "curate.stages.pii:RedactPII",
    "ifd": "curate.stages.ifd:IFDScore",
    "judge": "curate.stages.judge:JudgeScore",
    "select": "curate.stages.select:Select",
    "diversity": "curate.stages.diversity:DiversitySelect",
    "quality_classifier": "curate.stages.quality_classifier:QualityClassifier",
}


def stage_class(kind: str) -> type:
    try:
        target = STAGES[kind]
    except KeyError:
        raise ValueError(f"unknown stage {kind!r}; known stages: {', '.join(sorted(STAGES))}") from None
    module, _, cls = target.partition(":")
    try:
        mod = importlib.import_module(module)
    except ImportError as e:  # an optional extra is missing
        raise ImportError(f"stage {kind!r} needs an optional dependency that is not installed: {e}. "
                          f"Install curate with the matching extra (see README).") from e
    return getattr(mod, cls)


def build_stage(kind: str, params: dict[str, Any]) -> Any:
    return stage_class(kind)(**params)
