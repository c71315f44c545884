"""Answer generation for verify: transformers' ``generate`` against train.evaluate's own decoder, in
the same process, on the same model and prompts (held-out demo prompts, sampled at temperature 1).

    .venv/bin/python bench/bench_generate.py [--adapter RUN/seed0/C/adapter] [--prompts 64]
                                             [--max-new-tokens 48] [--threads 1] [--repeat 2]

``generate`` runs left-padded batches of 32 until the longest answer of each batch stops; the own
decoder runs batches of 64 and drops a row (and its KV cache) as soon as it ends its turn, so later
steps only compute the answers still running. With a trained adapter (answers end early) the gap is
larger than with the base model (which rambles to the limit). bf16 autocast for both.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--adapter", default=None, help="a verify run's adapter folder (default: the base model)")
    ap.add_argument("--prompts", type=int, default=64)
    ap.add_argument("--max-new-tokens", type=int, default=48)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    import torch

    from curate.models.lm import load_causal_lm
    from curate.models.render import end_of_turn_id, render_prompt
    from curate.resources import data_dir
    from train.evaluate import generate
    from train.trainer import load_adapter

    torch.set_num_threads(args.threads)
    rows = (data_dir() / "verify" / "demo_heldout.jsonl").read_text(encoding="utf-8").splitlines()
    held = [json.loads(x) for x in rows[:args.prompts]]
    model, tok = load_adapter(args.adapter) if args.adapter else load_causal_lm("smollm2")
    eot, pad = end_of_turn_id(tok), tok.pad_token_id

    def with_transformers() -> None:
        prompts = [render_prompt(r, tok) for r in held]
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
            for s in range(0, len(prompts), 32):
                chunk = prompts[s:s + 32]
                w = max(map(len, chunk))
                ids = torch.tensor([[pad] * (w - len(p)) + p for p in chunk])
                mask = torch.tensor([[0] * (w - len(p)) + [1] * len(p) for p in chunk])
                model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=args.max_new_tokens,
                               do_sample=True, temperature=1.0, top_k=0, top_p=1.0, eos_token_id=eot,
                               pad_token_id=pad)

    for _ in range(args.repeat):
        t = time.perf_counter()
        with_transformers()
        a = time.perf_counter() - t
        t = time.perf_counter()
        _, lengths = generate(model, tok, held, max_new_tokens=args.max_new_tokens, batch_size=64,
                              temperature=1.0, seed=0, autocast="bf16")
        b = time.perf_counter() - t
        print(f"{len(held)} prompts x <= {args.max_new_tokens} new tokens (mean answer {sum(lengths) / len(lengths):.1f}), "
              f"T=1, bf16, {args.threads} thread(s): transformers generate {a:.1f} s, own decoder {b:.1f} s, "
              f"ratio {a / b:.2f}")


if __name__ == "__main__":
    main()
