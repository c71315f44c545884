"""Model-based quality building blocks: IFD/perplexity scoring with a small local LM (``ifd``), the
LLM judge's prompts and score parsing (``judge``), the trainable quality classifier
(``classifier``) and score-column helpers for selection reports (``columns``). Nothing heavy is
imported here; the stages in ``curate.stages`` and the API in ``curate.api.score`` /
``curate.api.select`` use these.
"""
