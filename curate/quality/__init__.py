"""Model-based quality: score columns, selection reports, the LLM judge's prompts and parsing, and
the trainable quality classifier. Nothing heavy is imported here.

    from curate.quality import score, select             # Python API behind `curate score` / `curate select`
    from curate.quality.classifier import train_classifier, QualityModel
    from curate.quality.judge import parse_score, judge_prompt
"""
from __future__ import annotations

from .api import score, score_stages, select, select_stages

__all__ = ["score", "score_stages", "select", "select_stages"]
