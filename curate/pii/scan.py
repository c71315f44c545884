"""Pattern candidates and span selection, shared by ``detect`` (patterns mode) and the Presidio
engine (full mode): every regex recognizer and the Chinese name rules produce candidate spans here,
and ``select`` applies the per-entity minimum score and resolves overlaps."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from curate.pii import en_names, phones
from curate.pii.patterns import CONTEXT, PASSPORT_WORDS, PLATE_HINT, Span, count_digits, resolve
from curate.pii.patterns import RECOGNIZERS as _PATTERNS
from curate.pii.zh_names import find_names, has_han

DEFAULT_THRESHOLD = 0.5
RECOGNIZERS = [_PATTERNS[0], phones.RECOGNIZER, *_PATTERNS[1:], en_names.RECOGNIZER]  # every pattern recognizer, in order

def min_score(threshold, entity: str) -> float:
    if threshold is None:
        return DEFAULT_THRESHOLD
    if isinstance(threshold, (int, float)):
        return float(threshold)
    return float(threshold.get(entity, threshold.get("default", DEFAULT_THRESHOLD)))


def pattern_spans(text: str, entities: Iterable[str] | None = None, only: Sequence[bool] | None = None
                  ) -> list[Span]:
    """Every candidate span from the pattern recognizers (no threshold, overlaps kept). ``only``:
    one flag per recognizer (``RECOGNIZERS`` order, then the Chinese names), False where a
    prefilter has shown that it cannot match (``pattern_spans_many``)."""
    return _pattern_spans(fold_fullwidth(text), entities, only) if text else []


def _pattern_spans(text: str, entities: Iterable[str] | None, only: Sequence[bool] | None) -> list[Span]:
    """``pattern_spans`` on a text already folded (``fold_fullwidth``)."""
    wanted = None if entities is None else set(entities)
    digits = count_digits(text)
    out: list[Span] = []
    lower = None
    for k, rec in enumerate(RECOGNIZERS):
        if (only is not None and not only[k]) or (wanted is not None and rec.entity_type not in wanted):
            continue
        # the name cues' gate is their prefilter's pattern, which polars has just matched (38 µs a
        # line in Python's engine: 8% of pattern-mode time on server logs)
        if not (only is not None and rec.name in _GATE_IS_PREFILTER) and not rec.applies(text, digits):
            continue
        if lower is None:
            lower = text.lower()
        out.extend(rec.matches(text, lower))
    if (wanted is None or "PERSON" in wanted) and (only[-1] if only is not None else has_han(text)):
        contact = [s for s in out if s.entity_type in _CONTACT and s.score >= 0.7]
        out.extend(find_names(text, contact))
    return out


_GATE_IS_PREFILTER = frozenset(("en_name_cue",))
_CONTACT = frozenset(("PHONE_NUMBER", "CN_RESIDENT_ID", "CREDIT_CARD", "EMAIL_ADDRESS", "PASSPORT",
                      "LICENSE_PLATE", "TW_ID"))


# Supersets of each recognizer's own pattern in Rust regex syntax (no look-arounds), in RECOGNIZERS
# order, then the Chinese names: a text where the superset does not match cannot give a span of that
# recognizer. polars runs them over a whole batch of texts at C speed; Python then runs only the
# recognizers whose superset matched, on only those texts (exact: tests/pii/test_pii_fastpath.py
# checks that spans with and without the prefilter are identical on the generated sets).
# (every word the passport scorer takes as its context: CONTEXT's and the recognizer's own)
PASSPORT_CONTEXT = tuple(dict.fromkeys((*CONTEXT["PASSPORT"], *PASSPORT_WORDS)))
_PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PREFILTERS = {
    "email_ascii": r"[A-Za-z0-9_%+\-]@[A-Za-z0-9]",
    "phonenumbers": r"\d(?:[ \-.\x{a0}]?(?:\(\d|\d)){3}",
    "cn_resident_id": r"\d{17}[\dXx]|\d{6}[ \-]\d{8}[ \-]\d{3}[\dXx]",
    "tw_id": r"[A-Z][12]\d{8}",
    "card_luhn": r"\d{4}[ \-]?\d{4}[ \-]?\d{4}|\d{4}[ \-]\d{6}",
    "iban_mod97": r"[A-Z]{2}\d{2}",
    "ipv4": r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
    # a valid IPv6 address holds "::" or four hex groups in a row ("h:h:h:h:"); a clock time's two
    # colons (10:04:36, on every log line) do not
    "ipv6": r"::|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:",
    "ipv4_dashed": r"\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}",
    "url_credentials": r"://",
    "cli_user_password": r"(?:-u|--user)[ =]|-p|--password",
    "kv_secret": r"(?i)pass|pwd|secret|token|key|密码|密碼|口令",
    "bearer_token": r"(?i)bearer\s",
    "api_key_shape": r"sk-|gh[pousr]_|github_pat_|glpat-|AKIA|ASIA|LTAI|AKID|AIza|xox[abposr]-|_live_|_test_|hf_|eyJ"
                     r"|\$krb5|[0-9a-fA-F]{32}:[0-9a-fA-F]{32}|::[\w.\-]+:[0-9a-fA-F]{16}:|-cts-hmac-sha1-96:|des-cbc-md5:|:CLEARTEXT:|PRIVATE KEY",
    # (other countries' passport numbers are read only after a passport word: 护照 … CCFV65756, паспорт
    # 216494053; the words are the scorer's own, as a copy here once missed the other languages' words)
    "passport": r"[A-Z]\d{6}|(?i:" + "|".join(re.escape(w) for w in PASSPORT_CONTEXT) + ")",
    # (Russia's series and number after a passport's word only: the words alone)
    "passport_series": "(?i:" + "|".join(re.escape(w) for w in PASSPORT_CONTEXT) + ")",
    "cn_plate": f"[{_PLATE_PROV}][ ·•]?[A-Z]",
    "plate_word": PLATE_HINT.pattern,  # (the recognizer's own hint: a copy here missed its later words)
    "us_ssn": r"\d{3}[\- ]\d{2}[\- ]\d{4}",
    "us_ssn_bare": r"\d{9}",
    "uk_nino": r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]",
    "ca_sin": r"\d{3}[ \-]?\d{3}[ \-]?\d{3}",
    "in_aadhaar": r"\d{4}[ \-]?\d{4}[ \-]?\d{4}",
    # Rust's Unicode \b leaves its fast engines on any non-ASCII text (207 ms → 8 ms for the mixed
    # log's 20,000 lines, 7% of pattern-mode time); ASCII \b holds wherever Unicode \b does before
    # a letter, so the superset stays one
    "en_name_cue": en_names.HINT.replace(r"\b", r"(?-u:\b)"),
    "zh_names": r"[\x{4e00}-\x{9fff}]",
}
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (an undecodable log byte under surrogateescape) as U+FFFD:
    one code point for one, so every offset stays valid. polars, spaCy and Presidio cannot hold
    surrogates; U+FFFD matches what a surrogate matches in every pattern here (nothing)."""
    return _SURROGATE.sub("\ufffd", text) if text and _SURROGATE.search(text) else text


# Full-width digits, plus and hyphen, as a Chinese input method types them in full-width mode
# ("电话：０２１－６２３４５６７８"): read as their ASCII forms, one character for one, so every
# offset stays valid and the value is replaced as written. Not the full-width punctuation the
# Chinese name rules read (，：（）).
_FULLWIDTH = re.compile("[\uff0b\uff0d\uff10-\uff19]")
_FOLD = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "\uff0b": "+", "\uff0d": "-"})


def fold_fullwidth(text: str) -> str:
    return text.translate(_FOLD) if _FULLWIDTH.search(text) else text


PREFILTER_MIN_BATCH = 32  # below this, polars' per-call cost is more than it saves


def prefilter_masks(texts: Sequence[str], entities: Iterable[str] | None = None) -> list[list[bool]]:
    """Per text, one flag per recognizer (and the names last): may it match there?"""
    import polars as pl

    wanted = None if entities is None else set(entities)
    # only the flags leave this function, so the texts polars sees need not keep undecodable bytes
    col = pl.Series("t", [without_surrogates(t) for t in texts], dtype=pl.String)
    names = [r.name for r in RECOGNIZERS] + ["zh_names"]
    types = [r.entity_type for r in RECOGNIZERS] + ["PERSON"]
    exprs = []
    for name, ty in zip(names, types):
        if wanted is None or ty in wanted:
            exprs.append(pl.col("t").str.contains(PREFILTERS[name]).fill_null(False).alias(name))
        else:
            exprs.append(pl.lit(False).alias(name))
    frame = pl.DataFrame({"t": col}).select(exprs)
    # by column, then zipped: a third faster than iter_rows
    return [list(r) for r in zip(*(frame.get_column(c).to_list() for c in frame.columns))]


def pattern_spans_many(texts: Sequence[str], entities: Iterable[str] | None = None) -> list[list[Span]]:
    """``pattern_spans`` for a batch: the polars prefilter first (``PREFILTERS``), then each
    recognizer on the texts where it may match. Same spans as calling ``pattern_spans`` per text."""
    if len(texts) < PREFILTER_MIN_BATCH:
        return [pattern_spans(t, entities) for t in texts]
    texts = [fold_fullwidth(t) if t else t for t in texts]
    masks = prefilter_masks(texts, entities)
    return [_pattern_spans(t, entities, m) if t and any(m) else [] for t, m in zip(texts, masks)]


def select(spans: Iterable[Span], entities: Iterable[str] | None = None,
           threshold: float | Mapping[str, float] | None = DEFAULT_THRESHOLD) -> list[Span]:
    """Filter by entity set and per-entity minimum score, then resolve overlaps."""
    wanted = None if entities is None else set(entities)
    keep = [s for s in spans
            if (wanted is None or s.entity_type in wanted) and s.score >= min_score(threshold, s.entity_type)]
    return resolve(keep)


