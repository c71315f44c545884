"""Local models, loaded lazily and offline: causal LMs (``lm``: the packaged SmolLM2 or any local HF
folder / GGUF, with a cached dequantized copy), sentence embeddings (``embed``: the packaged MiniLM or
a local model, with an on-disk cache) and the one chat-template rendering of a record that the
trainer and the IFD scorer share (``render``). Importing this package imports no torch.
"""
