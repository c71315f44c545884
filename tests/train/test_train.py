"""The trainer on the real packaged SmolLM2-135M, on CPU, with real steps and real Alpaca records."""
from __future__ import annotations

import itertools
import json
import math

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("peft")

from curate.models.render import end_of_turn_id, render, render_text
from train import TrainConfig, load_adapter, load_for_training, train
from train.data import TOO_LONG, batches, build_examples
from train.evaluate import completion_losses
from train.trainer import guard_4bit_for_training, loss_and_count

pytestmark = pytest.mark.model  # trains the packaged SmolLM2


@pytest.fixture(autouse=True)
def one_thread():
    # On a shared 2-core machine two torch threads run 6-10x slower than one (measured); tests use 1.
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(old)


@pytest.fixture(scope="module")
def tok():
    from transformers import AutoTokenizer

    from curate.models.lm import resolve_model_dir
    return AutoTokenizer.from_pretrained(str(resolve_model_dir("smollm2")), local_files_only=True)


@pytest.fixture(scope="module")
def short_records(alpaca_en, alpaca_zh):
    """Real short Alpaca records, English and Chinese, with and without input."""
    en = [r for r in json.loads(alpaca_en.read_text(encoding="utf-8"))
          if r["output"].strip() and len(r["instruction"]) + len(r["input"]) + len(r["output"]) < 120]
    zh = [r for r in json.loads(alpaca_zh.read_text(encoding="utf-8"))
          if r["output"].strip() and len(r["instruction"]) + len(r["input"]) + len(r["output"]) < 60]
    out = en[:8] + zh[:8]
    return [dict(r, id=f"r{i}") for i, r in enumerate(out)]


# ------------------------------------------------------------------ rendering and labels
@pytest.mark.parametrize("template", ["chat", "alpaca"])
def test_labels_hold_end_of_turn_and_no_prompt_token(tok, short_records, template):
    rec = dict(short_records[-1], system="You answer briefly.", history=[["你好", "你好！有什么可以帮你？"]])
    r = render(rec, tok, template)
    eot = end_of_turn_id(tok, template)
    labels = r.labels
    assert len(labels) == len(r.input_ids)
    # every prompt position is ignored, every response position is the token itself
    assert all(x == -100 for x in labels[:len(r.prompt_ids)])
    assert labels[len(r.prompt_ids):] == r.response_ids
    # the response ends with the end-of-turn token, which carries loss (the model learns to stop)
    assert r.response_ids[-1] == eot and eot in labels
    # the system prompt and the history are in the prompt, not in the labels
    assert "You answer briefly." in r.prompt_text and "你好！有什么可以帮你？" in r.prompt_text
    assert rec["output"].strip() in tok.decode(r.response_ids)
    assert r.response_text.count(tok.convert_ids_to_tokens(eot)) == 1


def test_chat_rendering_is_the_models_template(tok):
    rec = {"instruction": "Name a color.", "input": "", "output": "Blue."}
    prompt, response = render_text(rec, tok, "chat")
    full = tok.apply_chat_template([{"role": "user", "content": "Name a color."},
                                    {"role": "assistant", "content": "Blue."}], tokenize=False)
    assert full.startswith(prompt + response)  # only the separator after <|im_end|> is left out
    assert prompt.endswith("<|im_start|>assistant\n") and response == "Blue.<|im_end|>"
    gen = tok.apply_chat_template([{"role": "user", "content": "Name a color."}], tokenize=False,
                                  add_generation_prompt=True)
    assert gen == prompt  # generation sees exactly the training prompt


def test_over_length_records_are_dropped_and_counted(tok, short_records, tmp_path):
    long = dict(short_records[0], id="long", output="word " * 300)
    ex = build_examples([*short_records[:3], long], tok, max_len=128)
    assert [e.id for e in ex.examples] == ["r0", "r1", "r2"]
    assert ex.dropped_by_code == {TOO_LONG: 1} and ex.dropped[0]["id"] == "long"
    assert ex.dropped[0]["prompt_tokens"] + ex.dropped[0]["response_tokens"] > 128
    assert all(len(e) <= 128 for e in ex.examples)  # nothing truncated to fit: the rest is whole
    assert [len(e) for e in ex.examples] == [len(render(r, tok)) for r in short_records[:3]]


def test_packing_keeps_examples_apart(tok, short_records):
    """Logits of an example inside a packed row equal its logits alone: no cross-example attention.
    The same row with running (not restarted) position ids differs, so the check can fail."""
    from curate.models.lm import load_causal_lm

    model, _ = load_causal_lm("smollm2")
    ex = build_examples(short_records[:3], tok, max_len=256).examples
    total = sum(len(e) for e in ex)
    row = next(batches(ex, 1, max_len=total + 5, pad_id=tok.pad_token_id, pack=True, seed=0))
    ids = torch.tensor(row["input_ids"])
    pos = torch.tensor(row["position_ids"])
    assert row["n_tokens"] == total
    with torch.no_grad():
        packed = model(input_ids=ids, position_ids=pos, use_cache=False).logits[0]
        running = model(input_ids=ids, position_ids=torch.arange(ids.shape[1])[None], use_cache=False).logits[0]
        starts = [i for i, p in enumerate(row["position_ids"][0]) if p == 0]
        assert len(starts) == len(ex) + 1 and starts[-1] == total  # examples, then the padding
        worst = cross = 0.0
        for a, b in itertools.pairwise(starts):
            alone = model(input_ids=ids[:, a:b]).logits[0]
            worst = max(worst, float((packed[a:b] - alone).abs().max()))
            cross = max(cross, float((running[a:b] - alone).abs().max()))
    assert worst < 1e-3, worst
    assert cross > 0.1, cross


# ------------------------------------------------------------------ training
def test_real_steps_lower_the_loss_and_the_adapter_reloads(short_records, tmp_path):
    cfg = TrainConfig(steps=6, batch_size=4, max_len=128, lr=2e-3, log_every=2, seed=3, warmup_ratio=0.0)
    model, tok = load_for_training(cfg)
    probe_set = short_records[:4] + short_records[-4:]  # English and Chinese, all trained on
    before = completion_losses(model, tok, probe_set, batch_size=8)
    res = train(short_records, tmp_path / "run", cfg, model=model, tokenizer=tok)
    after = completion_losses(model, tok, probe_set, batch_size=8)
    assert sum(after) / len(after) < sum(before) / len(before) - 0.1, (before, after)
    assert res.steps == 6 and len(res.losses) == 6 and res.examples + res.dropped == len(short_records)
    assert res.tokens > 0 and res.tokens_per_s > 0 and 0 < res.mfu < 1 and res.trainable_params > 0
    log = [json.loads(x) for x in (tmp_path / "run" / "train_log.jsonl").read_text().splitlines()]
    assert [x["step"] for x in log] == [2, 4, 6] and all(x["tokens_per_s"] > 0 for x in log)
    summary = json.loads((tmp_path / "run" / "train_summary.json").read_text())
    assert summary["config"]["lora_r"] == 8 and summary["result"]["steps"] == 6

    # the saved adapter reloads onto a fresh base with identical outputs
    probe = render(short_records[0], tok).input_ids
    with torch.no_grad():
        mine = model(input_ids=torch.tensor([probe])).logits
        again, _ = load_adapter(tmp_path / "run" / "adapter")
        theirs = again(input_ids=torch.tensor([probe])).logits
        base = again.get_base_model()
        with again.disable_adapter():
            plain = base(input_ids=torch.tensor([probe])).logits
    assert torch.allclose(mine, theirs, atol=1e-5)
    assert float((mine - plain).abs().max()) > 1e-3  # the adapter changed the model


def test_loss_at_response_positions_equals_the_full_logit_loss(short_records):
    """The trainer and evaluation compute logits only where a loss is taken; the result must equal
    the plain way (logits everywhere, -100 ignored), on padded and on packed batches."""
    import torch.nn.functional as F

    model, tok = load_for_training(TrainConfig(seed=2))
    model.eval()
    ex = build_examples(short_records[:6], tok, max_len=256).examples
    for pack in (False, True):
        raw = next(batches(ex, 3, max_len=256, pad_id=tok.pad_token_id, pack=pack, seed=0))
        raw.pop("n_tokens")
        batch = {k: torch.tensor(v) for k, v in raw.items()}
        with torch.no_grad():
            mine, n = loss_and_count(model, batch)
            logits = model(**{k: v for k, v in batch.items() if k != "labels"}).logits[:, :-1]
            full = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), batch["labels"][:, 1:].reshape(-1),
                                   ignore_index=-100)
        assert n == int((batch["labels"][:, 1:] != -100).sum())
        assert abs(float(mine) - float(full)) < 1e-4, (pack, float(mine), float(full))
    # per record, in evaluation: the same as one record at a time
    together = completion_losses(model, tok, short_records[:6], batch_size=6)
    alone = [completion_losses(model, tok, [r], batch_size=1)[0] for r in short_records[:6]]
    assert max(abs(a - b) for a, b in zip(together, alone)) < 1e-4


def test_bf16_autocast_trains_and_the_progress_bar_shows_steps(short_records, capsys):
    cfg = TrainConfig(steps=3, batch_size=2, max_len=128, lr=1e-3, seed=4, autocast="bf16", progress=True,
                      progress_label="train demo")
    res = train(short_records, None, cfg)
    assert len(res.losses) == 3 and all(math.isfinite(x) for x in res.losses)
    assert "bf16" in res.peak_source or "fp32" in res.peak_source
    fp32 = train(short_records, None, TrainConfig(**{**cfg.to_dict(), "autocast": "off", "progress": False}))
    assert abs(res.losses[0] - fp32.losses[0]) < 0.1 * fp32.losses[0]  # same step, bf16 matmuls
    err = capsys.readouterr().err
    assert "train demo" in err and "3/3" in err and "step" in err  # curate.progress: total, rate, ETA


def test_same_seed_same_losses(short_records):
    cfg = {"steps": 2, "batch_size": 2, "max_len": 128, "lr": 1e-3, "seed": 5}
    a = train(short_records, None, TrainConfig(**cfg))
    b = train(short_records, None, TrainConfig(**cfg))
    assert a.losses == b.losses


# ------------------------------------------------------------------ QLoRA and the bitsandbytes CPU trap
def _lora_grads(model) -> dict[str, float]:
    return {n: float(p.grad.abs().sum()) if p.grad is not None else 0.0
            for n, p in model.named_parameters() if "lora_" in n}


def _eval_forward(model, batch) -> None:
    model.eval()
    with torch.no_grad():
        model(input_ids=batch["input_ids"])


def _one_batch(tok, records):
    ex = build_examples(records[:4], tok, max_len=128).examples
    raw = next(batches(ex, 2, max_len=128, pad_id=tok.pad_token_id, pack=True, seed=0))
    raw.pop("n_tokens")
    return {k: torch.tensor(v) for k, v in raw.items()}


def _packed_layers(model) -> int:
    import bitsandbytes as bnb
    return sum(1 for m in model.modules() if isinstance(m, bnb.nn.Linear4bit)
               and getattr(m.weight.quant_state, "packing_format_for_cpu", False))


def _qlora_after_one_step(records, *, eval_first: bool):
    """A fresh QLoRA model from the trainer, optionally an eval forward first, then one step."""
    cfg = TrainConfig(qlora=True, steps=1, batch_size=2, max_len=128, lr=1e-3, warmup_ratio=0.0, seed=1)
    model, tok = load_for_training(cfg)
    if eval_first:
        _eval_forward(model, _one_batch(tok, records))
        assert _packed_layers(model) == 0  # the trainer's model never repacks
    train(records[:8], None, cfg, model=model, tokenizer=tok)
    return model, tok


def _lora_b(model) -> dict[str, torch.Tensor]:
    return {n: p.detach().clone() for n, p in model.named_parameters() if "lora_B" in n}


@pytest.fixture(scope="module")
def qlora_reference(short_records):
    """lora_B after one QLoRA step on a model that never ran inference (the correct update)."""
    pytest.importorskip("bitsandbytes")
    old = torch.get_num_threads()
    torch.set_num_threads(1)  # module fixtures start before the autouse one_thread fixture
    try:
        model, _ = _qlora_after_one_step(short_records, eval_first=False)
    finally:
        torch.set_num_threads(old)
    return _lora_b(model)


def test_qlora_gradients_reach_every_lora_matrix_after_an_eval_forward(short_records, qlora_reference):
    model, tok = _qlora_after_one_step(short_records, eval_first=True)
    after = _lora_b(model)
    # exactly the update of a model that never ran inference: the eval forward did no harm
    assert all(torch.allclose(after[n], qlora_reference[n]) for n in after)
    # lora_B starts at zero: every one moved, so every one got a non-zero gradient
    assert all(float(p.abs().sum()) > 0 for p in after.values())
    # and now (B non-zero) another eval forward, then a training backward: every A and B gets a gradient
    batch = _one_batch(tok, short_records)
    _eval_forward(model, batch)
    model.train()
    loss, _ = loss_and_count(model, batch)
    loss.backward()
    grads = _lora_grads(model)
    assert len(grads) == 2 * 7 * 30  # q,k,v,o,gate,up,down in 30 layers, A and B each
    assert all(g > 0 for g in grads.values()), [n for n, g in grads.items() if g == 0][:3]


def test_guard_repairs_weights_an_eval_forward_repacked(short_records):
    """Re-arm bitsandbytes' repacking, run an eval forward: the LoRA gradients are now wrong, not zero
    (so only a comparison with the true gradient can catch it). guard_4bit_for_training, which
    train() runs before its first step, restores gradients equal to the true ones up to rounding."""
    from bitsandbytes.functional import has_avx512bf16
    if not has_avx512bf16():
        pytest.skip("this CPU has no avx512_bf16: bitsandbytes never repacks here")
    import bitsandbytes as bnb

    model, tok = load_for_training(TrainConfig(qlora=True, seed=1, lora_dropout=0.0))
    batch = _one_batch(tok, short_records)
    gen = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for n, p in model.named_parameters():
            if "lora_B" in n:  # non-zero B, so lora_A gets a gradient too
                p.copy_(torch.randn(p.shape, generator=gen) * 0.01)

    def grads():
        model.train()
        model.zero_grad(set_to_none=True)
        loss, _ = loss_and_count(model, batch)
        loss.backward()
        return {n: p.grad.flatten().clone() for n, p in model.named_parameters() if "lora_" in n}

    def cosines(a, b):
        return [float(torch.nn.functional.cosine_similarity(a[n], b[n], dim=0)) for n in a]

    true = grads()
    for m in model.modules():
        if isinstance(m, bnb.nn.Linear4bit):
            m.support_avx512bf16_for_cpu = True  # what a model loaded elsewhere would do
    _eval_forward(model, batch)
    assert _packed_layers(model) == 7 * 30
    trapped = cosines(true, grads())
    assert sum(trapped) / len(trapped) < 0.5  # wrong gradients ...
    assert guard_4bit_for_training(model) == 7 * 30
    repaired = cosines(true, grads())
    assert min(repaired) > 0.95, min(repaired)


# ------------------------------------------------------------------ the command
def test_train_cli_accounts_for_every_record(short_records, tmp_path):
    from click.testing import CliRunner

    from curate.cli import main

    data = tmp_path / "data.jsonl"
    long = {"id": "long", "instruction": "Say a lot.", "input": "", "output": "secret-word " * 200}
    lines = [json.dumps(r, ensure_ascii=False) for r in short_records[:6]] + ["{not json", json.dumps(long)]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "run"
    result = CliRunner().invoke(main, ["train", str(data), "--out", str(out), "--steps", "2", "--batch-size", "2",
                                       "--max-len", "128", "--threads", "1", "--json", "-q"])
    assert result.exit_code == 0, result.output
    res = json.loads(result.stdout)
    # 8 lines in: 6 trained on, 1 quarantined by the reader, 1 too long; nothing silently lost
    assert res["examples"] == 6 and res["dropped"] == 2
    assert res["dropped_by_code"] == {"read.malformed_json": 1, TOO_LONG: 1}
    dropped = (out / "dropped.jsonl").read_text(encoding="utf-8")
    assert "secret-word" not in dropped and '"long"' in dropped  # ids and codes, never the text
    assert (out / "adapter" / "adapter_config.json").exists() and len(res["losses"]) == 2

    missing = CliRunner().invoke(main, ["train", str(tmp_path / "nope.jsonl"), "--out", str(out), "-q"])
    assert missing.exit_code == 1 and "nope.jsonl" in missing.output and "Traceback" not in missing.output


# ------------------------------------------------------------------ evaluation
def test_own_decoder_matches_transformers_greedy_and_samples_reproducibly(short_records):
    """train.evaluate.generate drops finished rows from the batch and its KV cache; greedy answers must
    equal transformers' generate (left-padded, one prompt at a time), and sampled answers must repeat
    for the same seed and differ for another."""
    from curate.models.render import render_prompt
    from train.evaluate import generate

    model, tok = load_for_training(TrainConfig(seed=0))
    model.eval()
    recs = short_records[:3] + short_records[-3:]
    mine, lengths = generate(model, tok, recs, max_new_tokens=12, batch_size=6, temperature=0.0)
    eot = end_of_turn_id(tok)
    for rec, text, n in zip(recs, mine, lengths):
        ids = torch.tensor([render_prompt(rec, tok)])
        with torch.no_grad():
            out = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=12,
                                 do_sample=False, eos_token_id=eot, pad_token_id=tok.pad_token_id)
        row = out[0, ids.shape[1]:].tolist()
        row = row[:row.index(eot)] if eot in row else row
        assert text == tok.decode(row, skip_special_tokens=True).strip() and n == len(row)
    a = generate(model, tok, recs, max_new_tokens=12, batch_size=4, temperature=1.0, seed=3)
    b = generate(model, tok, recs, max_new_tokens=12, batch_size=4, temperature=1.0, seed=3)
    c = generate(model, tok, recs, max_new_tokens=12, batch_size=4, temperature=1.0, seed=4)
    assert a == b and a[0] != c[0]
