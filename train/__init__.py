"""Train and verify: a thin LoRA/QLoRA trainer, held-out evaluation, and the raw-vs-curated-vs-matched
random comparison behind ``curate verify``. Heavy libraries (torch, transformers, peft) are imported
inside the functions, so importing this package is cheap."""
from __future__ import annotations

from train.trainer import TrainConfig, TrainResult, load_adapter, load_for_training, train

__all__ = ["TrainConfig", "TrainResult", "load_adapter", "load_for_training", "train"]
