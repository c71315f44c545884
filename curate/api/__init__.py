"""The Python API: one module per verb of the ``curate`` command (``curate/commands/<verb>.py`` is the
thin click shell over ``curate/api/<verb>.py``). Each function builds a stage list or recipe and calls
the runner, so books, rejects, summary and manifest are the same as for any recipe.

    from curate.api.audit import audit
    from curate.api.dedup import dedup
    from curate.api.redact import redact_dataset, redact_log_file
    from curate.api.score import score
    from curate.api.select import select

The most used ones are also attributes of the top-level package (``curate.run``, ``curate.audit``).
"""
