"""IFD / perplexity scoring with a small causal LM (Cherry-LLM's IFD, Superfiltering's small scorer).

For every record two losses are measured on *the same response tokens* (the record's output as
``curate.models.render`` tokenizes it for training, minus the closing end-of-turn token):

* conditioned:   mean cross-entropy of the response after the rendered prompt (system, history,
                 instruction, input) -> ``ppl = exp(loss)``;
* unconditioned: mean cross-entropy of the same response after a single start token (BOS, or EOS
                 when the tokenizer has no BOS) -> the output alone.

``ifd = loss_conditioned / loss_alone``. Below 1 the instruction helps predict the answer; at or above
1 it does not, which on instruction data usually means a broken pair (the answer belongs to another
question, answers only the input, or is boilerplate). Those records are flagged ``quality.ifd_high``.
The end-of-turn token is left out of both losses: after a chat prompt it is nearly free, after a lone
start token it is a guess, and keeping it would push IFD of short answers down for no reason.

Batching: the 2·n sequences of a batch are sorted by length and cut into micro-batches under a
token budget (length bucketing keeps padding small); sequences are right-padded with an attention
mask, so under a causal model a real position never sees a pad, and logits are computed only at the
scored positions (a 49k-word vocabulary times every position would not fit). Everything runs in
float32 unless ``dtype`` says otherwise, with no autocast. Float noise between micro-batch shapes is
~1e-7; scores are rounded (``ifd`` to 1e-5, ``ppl`` to 1e-4) so a record's bytes do not depend on
which records share its batch.

torch and transformers are imported only when the stage first scores a batch.
"""
from __future__ import annotations

import math
from typing import Any

from curate.stage import declare

IFD_HIGH = declare("quality.ifd_high", "flag", "warning",
                   "IFD >= 1: the instruction does not help the model predict the output "
                   "(often a broken instruction/output pair)")
IFD_UNSCORED = declare("quality.ifd_unscored", "flag", "info",
                       "no output tokens to score: ppl and ifd are null")



class IFDScorer:
    """Loads a causal LM once and scores records; the stage and bench/bench_ifd.py share it.

    ``model``: "smollm2" (packaged SmolLM2-135M-Instruct) or a local HF model folder / .gguf file.
    ``max_length``: prompt + response tokens per sequence; a longer response is cut to
    ``max_length // 2`` tokens (scored on its start) and the prompt is cut from the left (the part
    next to the answer stays). ``batch_tokens``: padded tokens per forward pass.
    """

    def __init__(self, model: str = "smollm2", *, template: str = "auto", max_length: int = 1024,
                 batch_tokens: int = 4096, dtype: Any = "float32", device: str = "cpu",
                 threads: int | None = None, progress: bool | None = None) -> None:
        self.model_name = str(model)
        self.progress = progress
        self.template = template
        self.max_length = int(max_length)
        self.batch_tokens = int(batch_tokens)
        self.dtype = dtype
        self.device = device
        self.threads = threads
        self._lm: tuple[Any, Any] | None = None
        self.tokens_scored = 0  # real tokens run forward (prompts included, padding not)

    def load(self) -> tuple[Any, Any]:
        if self._lm is None:
            from curate.models.lm import load_causal_lm

            if self.threads:
                import torch

                torch.set_num_threads(int(self.threads))
            self._lm = load_causal_lm(self.model_name, self.dtype, device=self.device)
        return self._lm

    # -- sequences ----------------------------------------------------------------------------
    def _sequences(self, records: list[dict]) -> tuple[list[list[int]], list[int]]:
        """Two sequences per record (conditioned, alone) and the number of scored tokens at the end
        of each; records without output tokens get empty sequences."""
        from curate.models.render import end_of_turn_id, render

        _model, tok = self.load()
        eot = end_of_turn_id(tok, self.template)
        start = tok.bos_token_id if tok.bos_token_id is not None else tok.eos_token_id
        seqs: list[list[int]] = []
        n_scored: list[int] = []
        cap = max(1, self.max_length // 2)
        for rec in records:
            r = render(rec, tok, self.template)
            resp = list(r.response_ids)
            if resp and resp[-1] == eot:
                resp = resp[:-1]
            if not resp:
                seqs += [[], []]
                n_scored += [0, 0]
                continue
            prompt = list(r.prompt_ids)
            if len(prompt) + len(resp) > self.max_length:
                resp = resp[:cap] if len(resp) > cap else resp
                room = self.max_length - len(resp)
                prompt = prompt[-room:] if room > 0 else prompt[-1:]
            seqs.append(prompt + resp)
            seqs.append([start] + resp)
            n_scored += [len(resp), len(resp)]
        return seqs, n_scored

    def _losses(self, seqs: list[list[int]], n_scored: list[int]) -> list[float | None]:
        """Mean cross-entropy over the last n_scored[i] tokens of each sequence."""
        import torch

        from curate.progress import progress

        model, tok = self.load()
        out: list[float | None] = [None] * len(seqs)
        order = sorted((i for i in range(len(seqs)) if n_scored[i] > 0), key=lambda i: (len(seqs[i]), i))
        head = model.get_output_embeddings()
        decoder = model.get_decoder() if hasattr(model, "get_decoder") else None
        softcap = getattr(model.config, "final_logit_softcapping", None)
        pad = tok.pad_token_id if tok.pad_token_id is not None else 0
        start = 0
        # sequences: two per record (with and without the instruction)
        with progress("ifd", len(order), "seq", enabled=self.progress) as bar, torch.inference_mode():
            while start < len(order):
                # grow the micro-batch while (rows x longest) fits the budget; sorted, so the last
                # one added is the longest
                end = start + 1
                while end < len(order) and (end - start + 1) * len(seqs[order[end]]) <= self.batch_tokens:
                    end += 1
                idx = order[start:end]
                width = len(seqs[idx[-1]])
                ids = torch.full((len(idx), width), pad, dtype=torch.long)
                mask = torch.zeros((len(idx), width), dtype=torch.long)
                for j, i in enumerate(idx):
                    s = seqs[i]
                    ids[j, :len(s)] = torch.tensor(s, dtype=torch.long)
                    mask[j, :len(s)] = 1
                ids, mask = ids.to(self.device), mask.to(self.device)
                if decoder is not None:
                    hidden = decoder(input_ids=ids, attention_mask=mask).last_hidden_state
                else:  # pragma: no cover - every HF causal LM has get_decoder
                    hidden = model(input_ids=ids, attention_mask=mask,
                                   output_hidden_states=True).hidden_states[-1]
                for j, i in enumerate(idx):
                    n, L = n_scored[i], len(seqs[i])
                    # position p predicts token p+1: the scored tokens L-n..L-1 come from L-n-1..L-2
                    h = hidden[j, L - n - 1:L - 1]
                    logits = head(h).float()
                    if softcap:
                        logits = torch.tanh(logits / softcap) * softcap
                    target = ids[j, L - n:L]
                    loss = torch.nn.functional.cross_entropy(logits, target, reduction="mean")
                    out[i] = float(loss)
                self.tokens_scored += int(mask.sum())
                bar.update(end - start)
                start = end
        return out

    def score(self, records: list[dict]) -> list[dict[str, float | None]]:
        """Per record: ``loss`` (conditioned), ``loss_alone``, ``ppl``, ``ifd`` and ``tokens``
        (scored output tokens); losses and scores are None without output tokens."""
        seqs, n_scored = self._sequences(records)
        losses = self._losses(seqs, n_scored)
        res = []
        for k in range(len(records)):
            lc, la, n = losses[2 * k], losses[2 * k + 1], n_scored[2 * k]
            if lc is None or la is None:
                res.append({"loss": None, "loss_alone": None, "ppl": None, "ifd": None, "tokens": 0})
                continue
            ppl = math.exp(min(lc, 700.0))
            ifd = lc / la if la > 0 else None
            res.append({"loss": lc, "loss_alone": la, "ppl": round(ppl, 4),
                        "ifd": None if ifd is None else round(ifd, 5), "tokens": n})
        return res
