"""A thin LoRA / QLoRA trainer: torch + transformers + peft, one loop you can read in one sitting.

    from train import TrainConfig, train
    res = train("clean.jsonl", "runs/a", TrainConfig(steps=200, qlora=False))
    res.loss_first, res.loss_last, res.tokens_per_s

What it does, in order: load the base model (``curate.models.lm``: the packaged SmolLM2 or any local HF
folder), optionally 4-bit NF4 with double quantization and bf16 compute (QLoRA, bitsandbytes); wrap it
in peft LoRA (r=8, alpha=16, dropout 0.05, every linear layer but the LM head, as LLaMA-Factory and
QLoRA use); render records with the shared template (``curate.models.render``: loss on the response only, the
end-of-turn token included); drop over-length records and count them; run AdamW with warmup and cosine
decay, gradient clipping and optional accumulation; log loss, tokens/s and MFU; save the adapter (and
optionally a merged model) atomically.

MFU counts 4·N FLOPs per token (N = base parameters): forward 2N, backward through the activations 2N,
no weight gradients for a frozen base. The peak it divides by is stated in the log (``peak_source``).

The bitsandbytes CPU trap (../shared/ENVIRONMENT.md): on CPUs with avx512_bf16, a no-grad/eval forward
through a 4-bit layer repacks its weight for a fast inference kernel that has no backward; from then on
no gradient flows back through the base layers and the LoRA gradients are silently wrong (measured on
SmolLM2: mean cosine 0.03 to the true gradient, none of them zero, so a "gradient is non-zero" check
misses it). ``load_for_training`` turns that repacking off on the model it returns, and ``train`` undoes
any that happened anyway (``guard_4bit_for_training``) before the first step.
"""
from __future__ import annotations

import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from train.data import Examples, batches, build_examples, record_list

log = logging.getLogger("curate.train")


@dataclass
class TrainConfig:
    model: str = "smollm2"
    qlora: bool = False
    steps: int = 100
    lr: float = 2e-4
    batch_size: int = 8
    grad_accum: int = 1
    max_len: int = 512
    pack: bool = False
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.05
    target_modules: str | list[str] = "all-linear"
    warmup_ratio: float = 0.05
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    seed: int = 0
    template: str = "auto"
    log_every: int = 10
    merge: bool = False
    dtype: str = "auto"          # auto: bf16 on CUDA, fp32 on CPU (QLoRA computes in bf16 either way)
    device: str = "auto"
    peak_flops: float | None = None  # per second; None: a table for known GPUs, an estimate for CPUs
    threads: int | None = None       # torch CPU threads; None leaves torch's default. On a shared CPU
    #                                  1 thread can be 6-10x faster than 2 (OpenMP waits on busy cores)
    progress: bool | None = None     # None: curate.progress's policy (the CLI: bar on a terminal,
    #                                  else one line); False: none

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TrainResult:
    out_dir: str | None
    steps: int
    examples: int
    dropped: int
    dropped_by_code: dict[str, int]
    tokens: int                 # tokens fed through the model (padding excluded)
    target_tokens: int          # response tokens that carried loss
    seconds: float
    tokens_per_s: float
    mfu: float | None
    peak_flops: float | None
    peak_source: str
    params: int
    trainable_params: int
    losses: list[float] = field(default_factory=list)
    hardware: str = ""

    @property
    def loss_first(self) -> float:
        return self.losses[0] if self.losses else float("nan")

    @property
    def loss_last(self) -> float:
        return self.losses[-1] if self.losses else float("nan")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["loss_first"], d["loss_last"] = self.loss_first, self.loss_last
        return d


# ------------------------------------------------------------------ hardware and FLOPs
_GPU_PEAK_BF16 = {  # dense bf16 tensor-core peaks, FLOP/s (vendor datasheets, no sparsity)
    "H200": 989e12, "H100": 989e12, "A100": 312e12, "L40S": 362e12, "L4": 121e12, "A10": 125e12,
    "4090": 165e12, "3090": 71e12,
}


def hardware_and_peak(device: str) -> tuple[str, float | None, str]:
    """(hardware description, peak FLOP/s, how the peak was obtained)."""
    import torch

    if device.startswith("cuda"):
        name = torch.cuda.get_device_name(0)
        for key, peak in _GPU_PEAK_BF16.items():
            if key in name:
                return name, peak, f"{key} dense bf16 datasheet peak"
        return name, None, "unknown GPU: pass peak_flops"
    model, mhz, avx512 = "cpu", 0.0, False
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name") and model == "cpu":
                    model = line.split(":", 1)[1].strip()
                elif line.startswith("cpu MHz") and not mhz:
                    mhz = float(line.split(":", 1)[1])
                elif line.startswith("flags"):
                    avx512 = " avx512f " in f" {line} "
    except OSError:
        pass
    threads = torch.get_num_threads()
    per_cycle = 64 if avx512 else 32  # fp32 FLOP/cycle/core: 2 FMA units x 16 (AVX-512) or 8 lanes x 2
    ghz = (mhz or 2000.0) / 1000
    peak = threads * ghz * 1e9 * per_cycle
    return (f"{model}, {threads} threads", peak,
            f"estimate: {threads} cores x {ghz:.2f} GHz x {per_cycle} fp32 FLOP/cycle")


def _device(cfg: TrainConfig) -> str:
    if cfg.device != "auto":
        return cfg.device
    import torch
    return "cuda" if torch.cuda.is_available() else "cpu"


# ------------------------------------------------------------------ model
def guard_4bit_for_training(model: Any) -> int:
    """Keep bitsandbytes 4-bit layers trainable on CPU: disable the inference-only weight repacking
    and undo it where it already happened. Returns how many layers had to be unpacked."""
    try:
        import bitsandbytes as bnb
        from bitsandbytes.functional import _convert_weight_packed_for_cpu_inverse
    except ImportError:
        return 0
    unpacked = 0
    for module in model.modules():
        if isinstance(module, bnb.nn.Linear4bit):
            module.support_avx512bf16_for_cpu = False
            w = module.weight
            if getattr(w.quant_state, "packing_format_for_cpu", False):
                w.data, w.quant_state = _convert_weight_packed_for_cpu_inverse(w.data, w.quant_state)
                unpacked += 1
    return unpacked


def load_for_training(cfg: TrainConfig) -> tuple[Any, Any]:
    """Base model + fresh LoRA adapter (peft), and the tokenizer. Seeded: same cfg, same adapter."""
    import torch
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    from curate.models.lm import load_causal_lm, resolve_model_dir

    device = _device(cfg)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    _seed_everything(cfg.seed)
    if cfg.qlora:
        from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

        folder = resolve_model_dir(cfg.model)
        bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                 bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=torch.bfloat16)
        model = AutoModelForCausalLM.from_pretrained(str(folder), quantization_config=bnb,
                                                     dtype=torch.bfloat16, local_files_only=True,
                                                     device_map={"": device})
        tok = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token
        # Gradient checkpointing off: at these sizes it costs time (6N instead of 4N FLOPs/token).
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)
    else:
        dtype = cfg.dtype if cfg.dtype != "auto" else ("bfloat16" if device == "cuda" else "float32")
        model, tok = load_causal_lm(cfg.model, dtype=dtype, device=device)
    lora = LoraConfig(r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.lora_dropout,
                      target_modules=cfg.target_modules, task_type="CAUSAL_LM", bias="none")
    model = get_peft_model(model, lora)
    model.config.use_cache = False
    if cfg.qlora:
        guard_4bit_for_training(model)  # from here on no inference pass can repack its weights
    return model, tok


def _seed_everything(seed: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _tensors(batch: dict[str, list[list[int]]], device: str) -> dict[str, Any]:
    import torch
    return {k: torch.tensor(v, dtype=torch.long, device=device) for k, v in batch.items()}


def loss_and_count(model: Any, batch: dict[str, Any]) -> tuple[Any, int]:
    """Mean next-token loss over response tokens of a batch (shifted labels, -100 ignored), and how
    many tokens that mean is over. The model's own loss is not used: on a packed row it would also
    predict each example's first token from the previous example's last one (masked here, since the
    first token of every example is a prompt token and has label -100)."""
    import torch.nn.functional as F

    inputs = {k: v for k, v in batch.items() if k != "labels"}
    logits = model(**inputs, use_cache=False).logits[:, :-1, :]
    labels = batch["labels"][:, 1:]
    n = int((labels != -100).sum())
    loss = F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), labels.reshape(-1),
                           ignore_index=-100, reduction="sum")
    return loss / max(n, 1), n


# ------------------------------------------------------------------ the loop
def train(data: Any, out_dir: str | os.PathLike | None, cfg: TrainConfig | None = None, *,
          model: Any = None, tokenizer: Any = None, on_log: Callable[[dict], None] | None = None,
          read_options: dict | None = None, **overrides: Any) -> TrainResult:
    """Fine-tune a LoRA adapter on ``data`` (path, frame or list of records) and save it in
    ``out_dir/adapter`` (``out_dir=None``: keep it in memory only; pass ``model`` to get it back).

    ``model``/``tokenizer``: an already prepared peft model (``load_for_training``), else one is loaded.
    Writes ``out_dir/train_log.jsonl`` (one line per log step), ``out_dir/dropped.jsonl`` (ids and
    codes of records not trained on) and ``out_dir/train_summary.json``."""
    import torch

    cfg = cfg or TrainConfig()
    for k, v in overrides.items():
        if not hasattr(cfg, k):
            raise TypeError(f"unknown training option {k!r}")
        setattr(cfg, k, v)
    if model is None:
        model, tokenizer = load_for_training(cfg)
    device = str(next(model.parameters()).device)
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    _seed_everything(cfg.seed)

    read_rejects: list[dict] = []
    records = record_list(data, read_options, read_rejects)
    ex: Examples = build_examples(records, tokenizer, cfg.max_len, cfg.template)
    # Rows the reader quarantined are counted with the reader's code, like every other drop.
    ex.read += len(read_rejects)
    ex.dropped[:0] = [{"id": r.get("id"), "code": r.get("code"), "source": r.get("source")}
                      for r in read_rejects]
    if ex.dropped:
        log.warning("%d of %d records not trained on: %s", len(ex.dropped), ex.read,
                    ", ".join(f"{c} {n}" for c, n in sorted(ex.dropped_by_code.items())))
    stream = batches(ex.examples, cfg.batch_size, max_len=cfg.max_len, pad_id=tokenizer.pad_token_id,
                     pack=cfg.pack, seed=cfg.seed)

    model.train()
    unpacked = guard_4bit_for_training(model)
    if unpacked:
        log.info("unpacked %d 4-bit layers an inference pass had repacked (bitsandbytes CPU)", unpacked)
    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for p in params if p.ndim >= 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg.weight_decay},
                             {"params": [p for p in params if p.ndim < 2], "weight_decay": 0.0}],
                            lr=cfg.lr, betas=(0.9, 0.999), eps=1e-8)
    warmup = max(1, int(cfg.warmup_ratio * cfg.steps))

    def lr_at(step: int) -> float:  # linear warmup, cosine decay to 10%
        if step < warmup:
            return cfg.lr * (step + 1) / warmup
        t = (step - warmup) / max(1, cfg.steps - warmup)
        return cfg.lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * t)))

    n_params = sum(p.numel() for p in model.parameters())
    n_train = sum(p.numel() for p in params)
    base_params = n_params - n_train
    hardware, peak, peak_source = hardware_and_peak(device)
    if cfg.peak_flops:
        peak, peak_source = cfg.peak_flops, "given"

    out = Path(out_dir) if out_dir is not None else None
    log_lines: list[dict] = []
    from curate.progress import progress

    phase = progress("train", cfg.steps, "step", enabled=cfg.progress)  # steps: the known total
    bar = phase.__enter__()

    losses: list[float] = []
    tokens = target_tokens = 0
    window_tokens, window_t0 = 0, time.perf_counter()
    t0 = time.perf_counter()
    for step in range(cfg.steps):
        for g in opt.param_groups:
            g["lr"] = lr_at(step)
        step_loss = 0.0
        for _ in range(cfg.grad_accum):
            raw = next(stream)
            used = raw.pop("n_tokens")
            batch = _tensors(raw, device)
            loss, n = loss_and_count(model, batch)
            (loss / cfg.grad_accum).backward()
            step_loss += float(loss.detach()) / cfg.grad_accum
            tokens += used
            window_tokens += used
            target_tokens += n
        if cfg.max_grad_norm:
            torch.nn.utils.clip_grad_norm_(params, cfg.max_grad_norm)
        opt.step()
        opt.zero_grad(set_to_none=True)
        losses.append(step_loss)
        bar.update(1)
        bar.set_postfix(loss=f"{step_loss:.3f}")
        if (step + 1) % cfg.log_every == 0 or step + 1 == cfg.steps:
            now = time.perf_counter()
            tps = window_tokens / max(now - window_t0, 1e-9)
            line = {"step": step + 1, "loss": round(step_loss, 5), "lr": lr_at(step), "tokens": tokens,
                    "tokens_per_s": round(tps, 1),
                    "mfu": round(4 * base_params * tps / peak, 5) if peak else None,
                    "seconds": round(now - t0, 2)}
            log_lines.append(line)
            log.info("step %(step)d loss %(loss).4f tokens/s %(tokens_per_s).0f mfu %(mfu)s", line)
            if on_log:
                on_log(line)
            window_tokens, window_t0 = 0, now
    seconds = time.perf_counter() - t0
    phase.__exit__(None, None, None)
    tps = tokens / max(seconds, 1e-9)
    res = TrainResult(
        out_dir=str(out) if out else None, steps=cfg.steps, examples=len(ex.examples),
        dropped=len(ex.dropped), dropped_by_code=ex.dropped_by_code, tokens=tokens,
        target_tokens=target_tokens, seconds=round(seconds, 3), tokens_per_s=round(tps, 2),
        mfu=(4 * base_params * tps / peak) if peak else None, peak_flops=peak, peak_source=peak_source,
        params=base_params, trainable_params=n_train, losses=[round(x, 5) for x in losses],
        hardware=hardware)
    model.eval()
    if out is not None:
        save(model, tokenizer, out, cfg, res, ex, log_lines)
    return res


# ------------------------------------------------------------------ saving and loading
def _replace_dir(tmp: Path, target: Path) -> None:
    """Move a finished folder into place; an older one is moved aside first (rename cannot replace
    a non-empty folder), so readers see the old or the new folder, never a half-written one."""
    if target.exists():
        aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, aside / "x")
        os.replace(tmp, target)
        shutil.rmtree(aside, ignore_errors=True)
    else:
        os.replace(tmp, target)


def _write_json_atomic(path: Path, obj: Any, lines: bool = False) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        if lines:
            for o in obj:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        else:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")
    os.replace(tmp, path)


def save(model: Any, tokenizer: Any, out: Path, cfg: TrainConfig, res: TrainResult, ex: Examples,
         log_lines: list[dict]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".adapter.tmp-", dir=out))
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    _replace_dir(tmp, out / "adapter")
    if cfg.merge:
        merge_adapter(out / "adapter", out / "merged", base=cfg.model)
    _write_json_atomic(out / "train_log.jsonl", log_lines, lines=True)
    _write_json_atomic(out / "dropped.jsonl", ex.dropped, lines=True)
    _write_json_atomic(out / "train_summary.json", {"config": cfg.to_dict(), "result": res.to_dict()})


def load_adapter(adapter_dir: str | os.PathLike, base: str | None = None, device: str = "cpu"
                 ) -> tuple[Any, Any]:
    """Base model + saved adapter, in eval mode. ``base`` defaults to the model named in the
    run's train_summary.json (the packaged SmolLM2 when there is none)."""
    from peft import PeftModel

    from curate.models.lm import load_causal_lm

    adapter_dir = Path(adapter_dir)
    if base is None:
        summary = adapter_dir.parent / "train_summary.json"
        base = json.loads(summary.read_text())["config"]["model"] if summary.exists() else "smollm2"
    model, tok = load_causal_lm(base, device=device)
    model = PeftModel.from_pretrained(model, str(adapter_dir))
    model.eval()
    return model, tok


def merge_adapter(adapter_dir: Path, target: Path, base: str = "smollm2") -> None:
    """Fold the adapter into a full-precision copy of the base (also after QLoRA: merging into 4-bit
    weights would round the update away) and save it as an ordinary model folder."""
    model, tok = load_adapter(adapter_dir, base=base)
    merged = model.merge_and_unload()
    tmp = Path(tempfile.mkdtemp(prefix=".merged.tmp-", dir=target.parent))
    merged.save_pretrained(tmp)
    tok.save_pretrained(tmp)
    _replace_dir(tmp, target)
