"""Stages: thin adapters that put the building blocks (``curate.normalize``, ``curate.rules``,
``curate.dedup``, ``curate.pii``, ``curate.quality``) behind the one stage interface
(``curate.stage``). ``STAGES`` maps the kind a recipe names to its class; adding a stage is one file
here plus one line below. Nothing is imported until a recipe asks for the stage."""
from __future__ import annotations

from typing import Any

from curate.registry import Registry

STAGES = Registry("stage", {
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
})


def stage_class(kind: str) -> type:
    return STAGES.load(kind)


def build_stage(kind: str, params: dict[str, Any]) -> Any:
    return stage_class(kind)(**params)
