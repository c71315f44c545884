"""The one stage interface every step of curate implements.

A stage has one job and one method, ``process``. It *measures* (adds score columns, or finds issues)
and its *policy* turns each finding into an action:

    fix   the stage has already changed the field; the finding records what changed
    flag  the record is kept and carries the finding
    drop  the runner moves the record, whole, to the rejects with stage, code and reason
    off   the check is disabled (no finding, and a fix is not applied)

Every code a stage can emit is declared in ``codes`` with its default action and severity; a recipe
overrides actions per code (``actions: {output.empty: flag}``). The runner, not the stage, applies
drops and keeps the books, so audit and clean share one code path.

RecordStage.process must be a pure function of the batch: row i of the result depends only on row i
of the input. That is what makes output byte-identical for any batch size and lets a recipe run on
Ray Data's ``map_batches``. GlobalStage.process sees the whole table (dedup); express it as
group-bys so it can be distributed.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, ClassVar

import polars as pl

from curate.registry import require
from curate.schema import ACTIONS, Code, get_code, register_code

FINDINGS_SCHEMA = {
    "_row": pl.Int64,
    "code": pl.Utf8,
    "action": pl.Utf8,
    "severity": pl.Utf8,
    "field": pl.Utf8,
    "detail": pl.Utf8,
    "twin_id": pl.Utf8,
    "similarity": pl.Float64,
}


class Findings:
    """Collects a stage's findings in long format (one row per finding, keyed by ``_row``)."""

    __slots__ = ("_cols",)

    def __init__(self) -> None:
        self._cols: dict[str, list] = {k: [] for k in FINDINGS_SCHEMA}

    def add(self, row: int, code: Code, *, detail: str = "", field: str | None = None,
            action: str | None = None, twin_id: str | None = None,
            similarity: float | None = None) -> None:
        c = self._cols
        c["_row"].append(row)
        c["code"].append(code.code)
        c["action"].append(action or code.action)
        c["severity"].append(code.severity)
        c["field"].append(field)
        c["detail"].append(detail)
        c["twin_id"].append(twin_id)
        c["similarity"].append(similarity)

    def __len__(self) -> int:
        return len(self._cols["_row"])

    def frame(self) -> pl.DataFrame:
        return pl.DataFrame(self._cols, schema=FINDINGS_SCHEMA)


def empty_findings() -> pl.DataFrame:
    return pl.DataFrame(schema=FINDINGS_SCHEMA)


def compact(df: pl.DataFrame) -> pl.DataFrame:
    """A frame that owns only its own strings. A filter keeps views into the whole input's string
    buffers (a few fetched rows of a segment hold the segment's ~4.4 MB). Casting through Binary
    copied them on older polars; since string columns are views (polars 1.x, 2.x) that cast is
    zero-copy too, which held every segment's texts while near dedup verified 10M records (8.9 GB
    peak). Exporting to Arrow's oldest layout (large strings, not views) copies exactly the rows'
    bytes, and reading it back gives buffers of their own. Measured with polars 2.1.0: 100 filtered
    3-row slices of 10k-record segments held 440 MB with the Binary cast, ~0 this way; a 200k-row
    frame round-trips in 0.05 s."""
    if not any(t == pl.Utf8 or t.is_nested() for t in df.schema.values()):
        return df
    return pl.from_arrow(df.to_arrow(compat_level=pl.CompatLevel.oldest()))  # type: ignore[return-value]


@dataclass
class StageResult:
    """What ``process`` returns: the batch (same rows, same order; fixed fields and new score
    columns) and the findings for those rows."""

    batch: pl.DataFrame
    findings: pl.DataFrame = field(default_factory=empty_findings)


def _plain(value: Any) -> Any:
    """A parameter value as the manifest records it (JSON types; paths as strings)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    return repr(value)


class Stage:
    """Base class. Subclasses set ``kind`` (the name recipes use), ``scope`` and ``codes``.

    A stage's parameters are its constructor's: ``parameters()`` reads them from the signature (the
    catalogue in docs/stages.md and the CLI are derived from it) and ``param_values()`` gives the values
    this instance was built with, defaults filled in (what ``describe()`` records in the manifest).
    Optional dependencies are declared, not checked by hand: ``requires`` (module names) and
    ``extra`` (the pip extra that installs them) give one install hint before any data is read.
    """

    kind: ClassVar[str] = ""
    scope: ClassVar[str] = "record"  # "record" (per batch, pure) or "global" (whole table)
    codes: ClassVar[tuple[Code, ...]] = ()
    # Columns the stage adds; declared so empty batches and audits know them.
    adds_columns: ClassVar[dict[str, Any]] = {}
    requires: ClassVar[tuple[str, ...]] = ()
    extra: ClassVar[str | None] = None
    # How many of the input's first records the stage reads (``survey``) before the first batch: a
    # dataset-level policy decided once, so every batch and every engine applies the same one.
    survey_records: int = 0

    def __new__(cls, *args: Any, **kwargs: Any) -> Stage:
        self = super().__new__(cls)
        self._init_args = (args, kwargs)  # what the constructor was called with, for param_values()
        return self

    def __init__(self, *, name: str | None = None, actions: dict[str, str] | None = None,
                 **params: Any) -> None:
        if params:
            raise TypeError(f"{self.kind}: unknown parameter(s) {sorted(params)}; it takes "
                            f"{', '.join(self.parameters()) or 'none'} (docs/stages.md)")
        if self.requires:
            require(f"stage {self.kind!r}", self.requires, self.extra)
        self.name = name or self.kind
        self.stats: dict[str, Any] = {}  # the stage's own figures; report() returns them
        self._policy: dict[str, Code] = {}
        known = {c.code: c for c in self.codes}
        for code, action in (actions or {}).items():
            if code not in known:
                raise ValueError(f"{self.name}: 'actions' names {code!r}, which this stage does not "
                                 f"emit (it emits: {', '.join(sorted(known)) or 'nothing'})")
            if action not in ACTIONS:
                raise ValueError(f"{self.name}: action for {code!r} must be one of {ACTIONS}")
            self._policy[code] = action

    # -- policy -------------------------------------------------------------------------
    def action(self, code: Code) -> str:
        return self._policy.get(code.code, code.action)

    def enabled(self, code: Code) -> bool:
        return self.action(code) != "off"

    def emit(self, findings: Findings, row: int, code: Code, **kw: Any) -> None:
        """Record a finding under this stage's policy (no-op when the code is off)."""
        act = self.action(code)
        if act != "off":
            findings.add(row, code, action=act, **kw)

    def emit_twins(self, findings: Findings, drops: pl.DataFrame, code: Code, *, field: str,
                   detail: str) -> None:
        """One finding per dropped duplicate in ``drops`` (columns ``_row``, ``kept_id``,
        ``group_size``, ``similarity``): twin_id names the kept record. ``detail`` is a format string
        over ``kept_id``, ``similarity`` and ``size``."""
        for row, kept_id, size, sim in drops.select("_row", "kept_id", "group_size", "similarity").iter_rows():
            self.emit(findings, row, code, twin_id=kept_id, similarity=round(sim, 4), field=field,
                      detail=detail.format(kept_id=kept_id, similarity=sim, size=size))

    # -- work -----------------------------------------------------------------------------
    def survey(self, sample: pl.DataFrame) -> None:
        """Called once before the first batch, when ``survey_records`` > 0, with up to that many of
        the input's first records as read (before any stage). Sets the stage's dataset-level policy;
        ``process`` stays a pure function of its batch given that policy."""

    def process(self, batch: pl.DataFrame) -> StageResult:  # pragma: no cover - interface
        raise NotImplementedError

    def notes(self) -> list[str]:
        """Plain statements about how the stage ran (e.g. "no NER model: pattern-only detection"),
        copied into the run summary's warnings, where the runner puts the stage's name before each.
        Never personal data."""
        return []

    def report(self) -> dict[str, Any]:
        """The stage's own figures for the run summary (e.g. selected vs not selected and their
        lengths): ``self.stats`` as the stage filled it. The runner stores a non-empty dict as the
        stage's ``report`` in the summary."""
        return dict(self.stats)

    @classmethod
    def parameters(cls) -> dict[str, inspect.Parameter]:
        """The stage's parameters: its constructor's named parameters (name and actions, common to
        every stage, are left out)."""
        sig = inspect.signature(cls.__init__)
        return {n: p for n, p in sig.parameters.items()
                if n not in ("self", "name", "actions") and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}

    def param_values(self) -> dict[str, Any]:
        """The values this instance was built with, defaults filled in, in signature order."""
        args, kwargs = getattr(self, "_init_args", ((), {}))
        sig = inspect.signature(type(self).__init__)
        bound = sig.bind(self, *args, **kwargs)
        bound.apply_defaults()
        names = self.parameters()
        return {n: _plain(v) for n, v in bound.arguments.items() if n in names}

    def describe(self) -> dict[str, Any]:
        """Parameters as recorded in the run manifest: kind, name, every constructor parameter and
        the per-code actions."""
        out: dict[str, Any] = {"stage": self.kind, "name": self.name, **self.param_values()}
        if self._policy:
            out["actions"] = dict(sorted(self._policy.items()))
        return out

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


class RecordStage(Stage):
    scope = "record"


class KeyTable:
    """What a keyed global stage decides on (``GlobalStage.decide``): the keys its ``keys()``
    returned for every batch, concatenated in ``_row`` order and without the records an earlier
    stage dropped, plus the kept records themselves for the few rows a decision must read (the
    candidates of a near-duplicate search). The local engine serves it from spilled segments, the
    Ray engine from blocks in the object store; ``FrameKeys`` serves it from memory."""

    height: int = 0
    names: list[str] = []  # the key columns

    def column(self, name: str) -> pl.Series:  # pragma: no cover - interface
        raise NotImplementedError

    def select(self, names: list[str], mask: Any = None) -> pl.DataFrame:
        """Key columns; ``mask`` (a boolean per key row): only those rows."""
        out = pl.DataFrame([self.column(n) for n in names]) if names else pl.DataFrame()
        return out if mask is None else out.filter(pl.Series(mask, dtype=pl.Boolean))

    def fetch(self, rows: Any, columns: list[str]) -> pl.DataFrame:  # pragma: no cover - interface
        """The kept records whose ``_row`` is in ``rows`` (sorted), in ``_row`` order, with
        ``_row`` and ``columns``."""
        raise NotImplementedError


class FrameKeys(KeyTable):
    """A KeyTable over frames in memory (a whole table: ``GlobalStage.process``)."""

    def __init__(self, keys: pl.DataFrame, records: pl.DataFrame | None = None) -> None:
        self.keys = keys
        self.records = records
        self.height = keys.height
        self.names = list(keys.columns)

    def column(self, name: str) -> pl.Series:
        return self.keys[name]

    def select(self, names: list[str], mask: Any = None) -> pl.DataFrame:
        out = self.keys.select(names)
        return out if mask is None else out.filter(pl.Series(mask, dtype=pl.Boolean))

    def fetch(self, rows: Any, columns: list[str]) -> pl.DataFrame:
        if self.records is None:
            raise RuntimeError("these keys were given without their records")
        wanted = pl.Series("_row", rows, dtype=pl.Int64)
        return self.records.filter(pl.col("_row").is_in(wanted.implode())).select(["_row", *columns])


class GlobalStage(Stage):
    """A stage that sees every kept record at once (dedup).

    A *keyed* global stage (``keyed = True``) splits its work so that no engine ever has to hold the
    records: ``keys(batch)`` is a pure function of a batch (like RecordStage.process) returning one
    row of small keys per record, ``_row`` first (hashes, band keys, lengths, rank values); and
    ``decide(keys)`` turns the concatenated keys (a KeyTable, which can also fetch the few records a
    decision needs) into findings. ``process`` is then exactly ``decide`` over one batch's keys, so
    every engine gives the same findings. ``partition_key`` names a key column such that records
    with different values never interact: a distributed engine may then decide each hash partition
    of that column on its own (exact dedup: ``content_hash``). Keyed stages only flag and drop;
    they never fix text."""

    scope = "global"
    keyed: ClassVar[bool] = False
    partition_key: ClassVar[str | None] = None

    def keys(self, batch: pl.DataFrame) -> pl.DataFrame:  # pragma: no cover - interface
        raise NotImplementedError

    def decide(self, keys: KeyTable) -> pl.DataFrame:  # pragma: no cover - interface
        raise NotImplementedError

    def process(self, batch: pl.DataFrame) -> StageResult:
        if not self.keyed:  # pragma: no cover - interface
            raise NotImplementedError
        return StageResult(batch, self.decide(FrameKeys(self.keys(batch), batch)))


def declare(code: str, action: str, severity: str, description: str) -> Code:
    """Declare a code for a stage (module level): ``EMPTY = declare("output.empty", ...)``."""
    return register_code(code, action, severity, description)


def lookup(code: str) -> Code:
    c = get_code(code)
    if c is None:
        raise KeyError(f"unknown issue code {code!r}")
    return c
