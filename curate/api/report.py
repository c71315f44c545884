"""One self-contained HTML page for an audit or a cleaning run: open it offline, mail it, attach it.

Nothing is fetched: CSS and one small script are inline, charts are inline SVG (``curate.api.charts``)
and the records behind every count travel inside the page as JSON. Every text taken from the data
is masked (``curate.pii.mask_example``; diffs use ``mask_light`` so whitespace fixes stay visible)
and escaped; where a PII stage changed a field, the text it removed is never shown.

What the page holds:

* cards, and the issue table: code, stage, action, severity, records, share. **Clicking a code opens
  its records** in the explorer below;
* the explorer: one row per finding (record id, code, action, field, language, masked snippet, the
  finding's detail), searchable and filterable by code, action, language, stage and field, paged
  (50 rows a page, so a 50k-record audit renders as fast as a small one: the browser never lays
  out more than one page); fixes show the field as read against the field as written, as a diff;
* duplicate groups, all of them, paged, each expandable to its dropped records;
* charts (``curate.api.charts``): lengths per field before/after, score distributions (IFD, judge,
  quality classifier) when the records carry them, the diversity view (top root verbs and their
  objects, ``curate.quality.verbs``) before/after, languages and per-stage books.

``write_report(path, result, ...)`` is a plain function that writes one file atomically, so the
runner's publisher can treat the page as one more member of a run's output set.
"""
from __future__ import annotations

import html
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from curate.api import charts
from curate.schema import CORE_FIELDS

FIELDS = CORE_FIELDS
SNIPPET = 200          # characters of a masked snippet
DIFF_CHARS = 2000      # characters of each side a diff looks at
DIFF_CONTEXT = 40      # unchanged characters kept on each side of a change
MAX_ITEMS = 250_000    # findings listed in the explorer (a note says when there are more)
PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]{2,}>")  # the redactor's typed placeholders (<EMAIL_ADDRESS>)
SCORE_COLUMNS = {"ifd": "IFD (instruction-following difficulty)", "ppl": "perplexity",
                 "judge_score": "judge score (0-5)", "quality_score": "quality classifier score"}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC',sans-serif;margin:2em auto;max-width:1180px;color:#1d1d1f;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
h3{font-size:1em;margin:1.2em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;padding:3px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f5f5f7;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:#6e6e73}.ex,.id,.snip{font-family:ui-monospace,Menlo,Consolas,'Noto Sans Mono CJK SC',monospace;font-size:12px;word-break:break-word}
.id{white-space:nowrap}
.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#a15c00}.sev-info{color:#555}
.act-drop{background:#fdecec}.act-fix{background:#eaf4fd}.act-flag{background:#fdf7e6}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:9em}
.card b{display:block;font-size:1.4em}.bar{display:inline-block;height:10px;background:#4a78c2;vertical-align:middle}
.charts{display:flex;flex-wrap:wrap;gap:1.2em 2em}.charts>div{flex:0 1 auto;max-width:540px}
tr.issue{cursor:pointer}tr.issue:hover td{background:#f0f4fb}a.code,a.open{color:#2456a6;text-decoration:none;cursor:pointer}
a.code:hover,a.open:hover{text-decoration:underline}
.filters{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:.5em 0}
.filters input{flex:1 1 16em;padding:4px 6px}.filters select{max-width:16em;padding:3px}
.pager{display:flex;gap:.6em;align-items:center;margin:.4em 0}.pager button{padding:2px 10px}
.diff{white-space:pre-wrap}.diff del{background:#fbd3d3;text-decoration:line-through;color:#7a0000}
.diff ins{background:#cdeccf;text-decoration:none;color:#004d14}.diff .gap{color:#999}
details.grp{border-bottom:1px solid #eee;padding:3px 0}details.grp summary{cursor:pointer}
details.grp table{margin:.3em 0 .6em 1.5em;width:calc(100% - 1.5em)}
.note{background:#fff8e1;border-left:3px solid #e0a800;padding:.3em .8em}
""" + charts.CSS


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def page(title: str, subtitle: str, body: Sequence[str], script: str = "", data: Any = None) -> str:
    """The page shell every curate report uses: inline CSS, optional inline data and script."""
    parts = [("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
              "<meta name='viewport' content='width=device-width,initial-scale=1'>"
              "<link rel='icon' href='data:,'>"  # no favicon request, not even for file://
              f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"),
             f"<h1>{_e(title)}</h1><p class='muted'>{subtitle}</p>", *body]
    if data is not None:
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        parts.append(f"<script type='application/json' id='report-data'>{blob}</script>")
    if script:
        parts.append(f"<script>{script}</script>")
    parts.append("<p class='muted'>Generated by curate; one self-contained file (no network requests).</p>")
    # the ready mark (tests and the benchmark wait for it): after every other script has run
    parts.append("<script>document.body.setAttribute('data-ready','1');window.__reportReady=performance.now();"
                 "</script></body></html>")
    return "".join(parts)


# ------------------------------------------------------------------ values from frames
def column_values(df: pl.DataFrame | None, name: str) -> list[Any] | None:
    """A column's values, or the same field of the pass-through ``_extra`` JSON (a file written by
    ``curate run`` reads back with its stage columns there); None when neither has it."""
    if df is None or df.height == 0:
        return None
    if name in df.columns:
        return df[name].to_list()
    if "_extra" in df.columns and df["_extra"].null_count() < df.height:
        s = df["_extra"].str.json_path_match(f"$.{name}")
        if s.null_count() < s.len():
            return s.to_list()
    return None


def _floats(vals: list[Any] | None) -> list[float]:
    out = []
    for v in vals or ():
        try:
            f = float(v)
        except (TypeError, ValueError):
            continue
        if f == f:
            out.append(f)
    return out


def _lengths(df: pl.DataFrame | None, fld: str) -> list[int]:
    from curate.text import length_units

    if df is None or df.height == 0 or fld not in df.columns:
        return []
    return [length_units(t) if t else 0 for t in df[fld].to_list()]


def _stats(values: Sequence[float]) -> str:
    if not values:
        return "—"
    s = sorted(values)
    med = s[len(s) // 2]
    p90 = s[int(len(s) * 0.9)] if len(s) > 1 else s[0]
    f = (lambda v: f"{v:g}") if any(not float(v).is_integer() for v in s[:50]) else (lambda v: f"{int(v)}")
    return f"median {f(med)}, p90 {f(p90)}, max {f(s[-1])}"


# ------------------------------------------------------------------ chart sections (shared)
def lengths_section(sets: dict[str, pl.DataFrame | None]) -> str:
    """Length distributions per field, each set a colour, with median/p90/max per set."""
    names = [k for k, v in sets.items() if v is not None]
    out = ["<h2>Length distributions</h2><p class='muted'>Length units: words for spaced scripts, one per "
           "CJK character. Bars are shares of each set, so sets of different sizes compare.</p>",
           charts.legend(names), "<div class='charts'>"]
    rows = []
    for fld in FIELDS:
        series = {k: _lengths(sets[k], fld) for k in names}
        out.append(f"<div>{charts.histogram(series, title=fld, xlabel='length units')}</div>")
        rows.append((fld, [_stats(series[k]) for k in names]))
    out.append("</div><table><tr><th>field</th>" + "".join(f"<th>{_e(k)}</th>" for k in names) + "</tr>")
    for fld, st in rows:
        out.append(f"<tr><td>{fld}</td>" + "".join(f"<td>{_e(s)}</td>" for s in st) + "</tr>")
    out.append("</table>")
    return "".join(out)


def scores_section(sets: dict[str, pl.DataFrame | None]) -> str:
    """Distributions of the model scores the records carry (curate score): IFD, perplexity, judge,
    quality classifier. Empty when no set has any."""
    blocks = []
    for col, label in SCORE_COLUMNS.items():
        series = {k: _floats(column_values(df, col)) for k, df in sets.items()}
        series = {k: v for k, v in series.items() if v}
        if not series:
            continue
        integer = col == "judge_score"
        stats = "; ".join(f"{k}: {len(v)} scored, {_stats(v)}" for k, v in series.items())
        blocks.append(f"<div>{charts.histogram(series, title=label, xlabel=col, integer=integer, bins=20)}"
                      f"<p class='muted'>{_e(stats)}</p></div>")
    if not blocks:
        return ""
    return ("<h2>Score distributions</h2>" + charts.legend(list(sets)) +
            "<div class='charts'>" + "".join(blocks) + "</div>")


def diversity_section(sets: dict[str, tuple[list[str], list[str] | None]], *, sample: int | None = None,
                      heading: str = "Diversity: root verbs and their objects") -> str:
    """Self-Instruct's view per set and language (a sunburst of the top 20 verbs with their top 4
    objects) and the top verbs' shares of each set side by side. ``sets``: name -> (instructions,
    languages or None). English and Chinese are charted apart (mixing them ranks nothing); a
    language with under 5% of a set's instructions is left out of the charts."""
    from curate.quality.verbs import DEFAULT_SAMPLE, language_of, verb_stats

    by_lang: dict[str, dict[str, list[str]]] = {}
    for name, (texts, langs) in sets.items():
        for i, t in enumerate(texts):
            lang = language_of(t or "", langs[i] if langs is not None else None)
            if lang in ("en", "zh"):
                by_lang.setdefault(lang, {}).setdefault(name, []).append(t or "")
    out = [f"<h2>{_e(heading)}</h2><p class='muted'>The verb nearest the root of each instruction's parse "
           "and its direct object (English: spaCy; Chinese: jieba's part-of-speech segmenter), on a seeded "
           "sample of up to {n:,} instructions per set; the circle holds the top 20 verbs with their top 4 "
           "objects, so a few wide wedges mean a few tasks dominate.</p>".replace(
               "{n:,}", f"{sample or DEFAULT_SAMPLE:,}")]
    names = list(sets)
    for lang, per_set in sorted(by_lang.items(), key=lambda kv: -sum(len(v) for v in kv[1].values())):
        totals = {n: len(sets[n][0]) for n in names}
        if all(len(per_set.get(n, [])) < 0.05 * max(totals[n], 1) for n in names):
            continue
        label = {"en": "English", "zh": "Chinese"}[lang]
        stats = {n: verb_stats(per_set.get(n, []), [lang] * len(per_set.get(n, [])),
                               sample=sample or DEFAULT_SAMPLE) for n in names}
        out.append(f"<h3>{label}</h3><div class='charts'>")
        for n, st in stats.items():
            d = st.to_dict()
            k = max(d["texts"], 1)
            out.append(f"<div>{charts.sunburst(d['top'], title=f'{n}: top verbs and objects ({label})', total=d['texts'])}"
                       f"<p class='muted'>{d['texts']:,} instructions: a verb in {d['with_verb'] / k:.0%}, "
                       f"verb + object in {d['with_pair'] / k:.0%}; {d['distinct_verbs']} distinct verbs, "
                       f"{d['distinct_pairs']} distinct pairs</p>"
                       + "".join(f"<p class='note'>{_e(x)}</p>" for x in d["notes"]) + "</div>")
        out.append("</div>")
        if len(stats) > 1:
            first = next(iter(stats.values()))
            verbs = [v for v, _ in first.verbs.most_common(12)]
            for st in list(stats.values())[1:]:
                verbs += [v for v, _ in st.verbs.most_common(12) if v not in verbs][:4]
            series = {n: [st.verbs.get(v, 0) / max(st.texts, 1) for v in verbs] for n, st in stats.items()}
            out.append(charts.legend(names))
            out.append(charts.paired_bars(verbs, series, title=f"share of instructions with each verb ({label})"))
    return "".join(out)


# ------------------------------------------------------------------ the explorer's data
def _diff(before: str, after: str, pii: bool) -> list[list[Any]]:
    """Segments [op, text] (0 equal, -1 removed, 1 added) between two masked texts; long unchanged
    stretches are cut to ``DIFF_CONTEXT`` characters either side ([2, n] marks a gap of n). Text a
    PII stage removed is shown as a placeholder, never as itself."""
    from rapidfuzz.distance import Indel

    from curate.pii import mask_light

    a = mask_light(before[:DIFF_CHARS])
    b = mask_light(after[:DIFF_CHARS])
    segs: list[list[Any]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            segs.append([0, a[op.src_start:op.src_end]])
            continue
        if op.tag in ("delete", "replace"):
            gone = a[op.src_start:op.src_end]
            segs.append([-1, "[personal data]" if pii else gone])
        if op.tag in ("insert", "replace"):
            segs.append([1, b[op.dest_start:op.dest_end]])
    out: list[list[Any]] = []
    for i, (op, text) in enumerate(segs):
        if op == 0 and len(text) > 2 * DIFF_CONTEXT + 5:
            head = text[:DIFF_CONTEXT] if i > 0 else ""
            tail = text[-DIFF_CONTEXT:] if i < len(segs) - 1 else ""
            if head:
                out.append([0, head])
            out.append([2, len(text) - len(head) - len(tail)])
            if tail:
                out.append([0, tail])
        elif out and out[-1][0] == op and op != 2:
            out[-1][1] += text
        else:
            out.append([op, text])
    if len(before) > DIFF_CHARS or len(after) > DIFF_CHARS:
        out.append([2, max(len(before), len(after)) - DIFF_CHARS])
    return out


def _text(rec: dict | None, fld: str | None) -> str | None:
    if rec is None:
        return None
    if fld == "history":
        h = rec.get("history") or []
        return "\n".join(" / ".join(str(x) for x in turn) for turn in h) if h else None
    v = rec.get(fld) if fld else None
    return v if isinstance(v, str) else None


def explorer_data(result: Any, max_items: int = MAX_ITEMS) -> dict[str, Any]:
    """Every finding (and read reject) with the record's id, language, a masked snippet of the
    field it names and, for fixes, the diff; duplicate groups with their members."""
    from curate.pii import mask_example, mask_light

    run = result.run
    f = run.findings
    orig = run.originals if run.originals is not None else pl.DataFrame()
    vocab: dict[str, list[str]] = {"codes": [], "stages": [], "actions": [], "fields": [""], "langs": [""]}
    index: dict[str, dict[str, int]] = {k: {v: i for i, v in enumerate(vals)} for k, vals in vocab.items()}

    def vid(kind: str, value: Any) -> int:
        value = "" if value is None else str(value)
        m = index[kind]
        if value not in m:
            m[value] = len(vocab[kind])
            vocab[kind].append(value)
        return m[value]

    read_rejects = [d for d in run.rejects if d["stage"] == "read"]
    dup_codes = ("dedup.exact", "dedup.near", "dedup.semantic")
    twin_ids: set[str] = set()
    if f.height:
        twin_ids = set(f.filter(pl.col("twin_id").is_not_null())["twin_id"].to_list())
    rows_needed = set(f["_row"].to_list()) if f.height else set()
    if twin_ids and orig.height:
        rows_needed.update(orig.filter(pl.col("id").is_in(pl.Series(list(twin_ids)).implode()))["_row"].to_list())
    orig_by_row: dict[int, dict] = {}
    if rows_needed and orig.height:
        sel = orig.filter(pl.col("_row").is_in(pl.Series(sorted(rows_needed), dtype=pl.Int64).implode()))
        orig_by_row = {d["_row"]: d for d in sel.iter_rows(named=True)}
    final_by_row: dict[int, dict] = {}
    if rows_needed and run.records.height:
        sel = run.records.filter(pl.col("_row").is_in(pl.Series(sorted(rows_needed), dtype=pl.Int64).implode()))
        final_by_row = {d["_row"]: d for d in sel.iter_rows(named=True)}
    for d in run.rejects:
        if d.get("record") is not None and d["_row"] in rows_needed:
            final_by_row[d["_row"]] = d["record"]
    row_of_id = {d["id"]: r for r, d in orig_by_row.items()}

    recs: list[list[Any]] = []
    rec_of_row: dict[int, int] = {}

    def rec(row: int, rid: str | None = None) -> int:
        if row not in rec_of_row:
            rec_of_row[row] = len(recs)
            d = orig_by_row.get(row)
            # ids are source data too (an id may be an e-mail address): masked like any text
            recs.append([mask_example(rid if rid is not None else (d["id"] if d else str(row)), 200),
                         vid("langs", result.langs.get(row))])
        return rec_of_row[row]

    snips: list[str] = []
    snip_of: dict[tuple, int] = {}
    snip_index: dict[str, int] = {}  # one copy of each distinct text (duplicates share theirs)

    def intern(text: str) -> int:
        i = snip_index.get(text)
        if i is None:
            i = snip_index[text] = len(snips)
            snips.append(text)
        return i

    dets: list[str] = []
    det_index: dict[str, int] = {}

    def det(text: str) -> int:  # details repeat ("output: whitespace normalized"): a table of them
        i = det_index.get(text)
        if i is None:
            i = det_index[text] = len(dets)
            # a detail may name source data ("exact duplicate of <twin id>", and an id may be an
            # e-mail address): masked like the snippets
            dets.append(mask_light(text) if text else text)
        return i
    pii_fields: set[tuple[int, str | None]] = set()
    if f.height:
        pii_fields = {(r, fl) for r, fl in f.filter(pl.col("code").str.starts_with("pii."))
                      .select("_row", "field").iter_rows()}

    def snip(row: int, fld: str | None) -> int:
        key = (row, fld)
        if key not in snip_of:
            fl = fld if fld in (*FIELDS, "system", "history") else "instruction"
            if (row, fld) in pii_fields or (row, fl) in pii_fields:
                t = _text(final_by_row.get(row), fl)  # as redacted; the original is never shown
                text = mask_example(t, SNIPPET) if t else "[withheld: personal data]"
            else:
                t = _text(orig_by_row.get(row), fl)
                text = mask_example(t, SNIPPET) if t else ""
                if fl != fld and fld:
                    text = f"(instruction) {text}"
            snip_of[key] = intern(text)
        return snip_of[key]

    diffs: list[list] = []
    diff_of: dict[tuple, int | None] = {}

    def diff(row: int, fld: str | None) -> int | None:
        key = (row, fld)
        if key not in diff_of:
            diff_of[key] = None
            before, after = _text(orig_by_row.get(row), fld), _text(final_by_row.get(row), fld)
            if before is not None and after is not None and before != after:
                diff_of[key] = len(diffs)
                # a PII finding on the field, or a placeholder the redactor put there (the runner
                # redacts rejects too): what was removed is personal, and is not shown
                pii = (row, fld) in pii_fields or bool(set(PLACEHOLDER.findall(after)) - set(PLACEHOLDER.findall(before)))
                diffs.append(_diff(before, after, pii))
        return diff_of[key]

    items: list[list[Any]] = []
    truncated = 0
    if f.height:
        fs = f.with_row_index("_k").sort("_row", "_k").select("_row", "code", "stage", "action", "field", "detail")
        seen: set[tuple] = set()
        for row, code, stage, action, fld, detail in fs.iter_rows():
            key = (row, code, fld)
            if key in seen:  # one line per record, code and field
                continue
            seen.add(key)
            if len(items) >= max_items:
                truncated += 1
                continue
            items.append([rec(row), vid("codes", code), vid("stages", stage), vid("actions", action),
                          vid("fields", fld), snip(row, fld), det((detail or "")[:240]),
                          diff(row, fld) if action == "fix" else None])
    for d in read_rejects:
        if len(items) >= max_items:
            truncated += 1
            continue
        src = d.get("source") or {}
        rid = f"{src.get('file')}:{src.get('line')}"
        items.append([rec(d["_row"], rid), vid("codes", d["code"]), vid("stages", "read"), vid("actions", "drop"),
                      0, intern(mask_example(d.get("raw") or "", SNIPPET)), det((d.get("reason") or "")[:240]), None])

    groups: list[list[Any]] = []
    if f.height:
        dups = f.filter(pl.col("code").is_in(list(dup_codes)) & pl.col("twin_id").is_not_null())
        members: dict[str, list] = defaultdict(list)
        for row, code, twin, sim in dups.sort("_row").select("_row", "code", "twin_id", "similarity").iter_rows():
            members[twin].append([rec(row), vid("codes", code), None if sim is None else round(sim, 3),
                                  snip(row, "instruction")])
        for twin, ms in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            krow = row_of_id.get(twin)
            kept = rec(krow) if krow is not None else -1
            groups.append([kept, snip(krow, "instruction") if krow is not None else -1, mask_example(twin, 200), ms])
    return {"vocab": vocab, "recs": recs, "snips": snips, "dets": dets, "items": items, "diffs": diffs,
            "groups": groups, "truncated": truncated}


# ------------------------------------------------------------------ static sections
def _issue_rows(issues: list[dict]) -> str:
    if not issues:
        return "<p>No issues found.</p>"
    top = max(i["records"] for i in issues) or 1
    out = [("<table id='issues'><tr><th>code</th><th>stage</th><th>action</th><th>severity</th><th>records</th>"
            "<th>%</th><th></th><th>example (masked)</th></tr>")]
    for i in issues:
        fields = i.get("fields") or {}
        extra = (" · " + ", ".join(f"{_e(k)} {v}" for k, v in fields.items())) if len(fields) > 1 else ""
        out.append(
            f'<tr class="issue act-{_e(i["action"])}" data-code="{_e(i["code"])}" data-stage="{_e(i["stage"])}">'
            f'<td><a class="code" data-code="{_e(i["code"])}" data-stage="{_e(i["stage"])}">{_e(i["code"])}</a>'
            f'<div class="muted">{_e(i["description"])}{extra}</div></td><td>{_e(i["stage"])}</td>'
            f'<td>{_e(i["action"])}</td><td class="sev-{_e(i["severity"])}">{_e(i["severity"])}</td>'
            f'<td class="n">{i["records"]}</td><td class="n">{i["percent"]:.2f}</td>'
            f'<td><span class="bar" style="width:{max(1, int(80 * i["records"] / top))}px"></span></td>'
            f'<td class="ex">{_e(i["example"])}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _lang_table(langs: Counter, other: Counter | None = None, other_name: str = "cleaned") -> str:
    if not langs:
        return "<p class='muted'>No language column (the recipe has no language stage).</p>"
    total = sum(langs.values())
    head = "<tr><th>language</th><th>records</th><th>%</th>" + (
        f"<th>{_e(other_name)}</th>" if other is not None else "") + "</tr>"
    rows = []
    for k, v in langs.most_common(20):
        extra = f'<td class="n">{other.get(k, 0)}</td>' if other is not None else ""
        rows.append(f'<tr><td>{_e(k)}</td><td class="n">{v}</td><td class="n">{100 * v / total:.1f}</td>{extra}</tr>')
    return f"<table>{head}{''.join(rows)}</table>"


def stage_table(summary: dict) -> str:
    out = [("<table><tr><th>stage</th><th>in</th><th>kept</th><th>fixed</th><th>flagged</th><th>dropped</th>"
            "<th>seconds</th></tr>")]
    for s in summary.get("stages", []):
        out.append(f'<tr><td>{_e(s["name"])}</td><td class="n">{s["in"]}</td><td class="n">{s["kept"]}</td>'
                   f'<td class="n">{s["fixed"]}</td><td class="n">{s["flagged"]}</td>'
                   f'<td class="n">{s["dropped"]}</td><td class="n">{s["seconds"]:.2f}</td></tr>')
    out.append("</table>")
    return "".join(out)


EXPLORER_HTML = """
<h2 id="explore">Records behind the issues</h2>
<p class="muted">One row per record, issue code and field. Click an issue code above (or here) to list its
records; search looks in ids, snippets, details and codes. Fixes show the field as read against the field as
written: <span class="diff"><del>removed</del> <ins>added</ins></span>.</p>
<div class="filters">
<input id="ex-q" type="search" placeholder="search ids, text, details…" aria-label="search">
<select id="ex-code" aria-label="code"></select><select id="ex-action" aria-label="action"></select>
<select id="ex-lang" aria-label="language"></select><select id="ex-stage" aria-label="stage"></select>
<select id="ex-field" aria-label="field"></select><button id="ex-reset" type="button">reset</button>
</div>
<div class="pager"><button id="ex-prev" type="button">‹ prev</button><span id="ex-page"></span>
<button id="ex-next" type="button">next ›</button><b id="ex-count"></b></div>
<table id="ex-table"><thead><tr><th>record id</th><th>code</th><th>action</th><th>field</th><th>lang</th>
<th>snippet (masked) / fix</th></tr></thead><tbody id="ex-rows"></tbody></table>
"""

GROUPS_HTML = """
<h2 id="groups">Duplicate groups</h2>
<p class="muted">Each group is a kept record and the records dropped as its duplicates; open one to see them.</p>
<div class="filters"><input id="gr-q" type="search" placeholder="search ids or text…" aria-label="search groups"></div>
<div class="pager"><button id="gr-prev" type="button">‹ prev</button><span id="gr-page"></span>
<button id="gr-next" type="button">next ›</button><b id="gr-count"></b></div>
<div id="gr-list"></div>
"""

# The explorer: filters, paging and diffs over the embedded data. Plain ES2017, no library.
SCRIPT = r"""
(function () {
"use strict";
var D = JSON.parse(document.getElementById("report-data").textContent);
var V = D.vocab, PAGE = 50, GPAGE = 20;
function $(id) { return document.getElementById(id); }
function esc(s) {
  return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
  });
}
var st = {q: "", code: "", action: "", lang: "", stage: "", field: "", page: 0};
var gst = {q: "", page: 0};
var hay = new Array(D.items.length);
function haystack(i) {
  var h = hay[i];
  if (h === undefined) {
    var it = D.items[i];
    h = (D.recs[it[0]][0] + "\u0001" + D.snips[it[5]] + "\u0001" + D.dets[it[6]] + "\u0001" + V.codes[it[1]]).toLowerCase();
    hay[i] = h;
  }
  return h;
}
function fill(sel, name, values) {
  var opts = ['<option value="">all ' + name + '</option>'];
  values.forEach(function (v) { if (v !== "") opts.push('<option value="' + esc(v) + '">' + esc(v) + "</option>"); });
  sel.innerHTML = opts.join("");
}
function matches() {
  var q = st.q.toLowerCase(), out = [];
  var c = st.code ? V.codes.indexOf(st.code) : -1, a = st.action ? V.actions.indexOf(st.action) : -1;
  var s = st.stage ? V.stages.indexOf(st.stage) : -1, f = st.field ? V.fields.indexOf(st.field) : -1;
  var l = st.lang ? V.langs.indexOf(st.lang) : -1;
  for (var i = 0; i < D.items.length; i++) {
    var it = D.items[i];
    if ((st.code && it[1] !== c) || (st.action && it[3] !== a) || (st.stage && it[2] !== s) ||
        (st.field && it[4] !== f) || (st.lang && D.recs[it[0]][1] !== l)) continue;
    if (q && haystack(i).indexOf(q) < 0) continue;
    out.push(i);
  }
  return out;
}
function shortId(s) { s = String(s); return s.length > 28 ? "…" + s.slice(-27) : s; }
function diffHtml(d) {
  return d.map(function (seg) {
    if (seg[0] === 2) return '<span class="gap">[… ' + seg[1] + ' unchanged …]</span>';
    if (seg[0] === 0) return esc(seg[1]);
    // changed whitespace made visible: a removed trailing space is otherwise an empty mark
    var t = esc(seg[1]).replace(/ /g, "\u00b7").replace(/\t/g, "\u2192").replace(/\n/g, "\u21b5\n");
    return seg[0] < 0 ? "<del>" + t + "</del>" : "<ins>" + t + "</ins>";
  }).join("");
}
function render() {
  var idx = matches(), recs = new Set();
  for (var k = 0; k < idx.length; k++) recs.add(D.items[idx[k]][0]);
  var pages = Math.max(1, Math.ceil(idx.length / PAGE));
  if (st.page >= pages) st.page = pages - 1;
  var rows = [];
  for (var j = st.page * PAGE; j < Math.min(idx.length, (st.page + 1) * PAGE); j++) {
    var it = D.items[idx[j]], r = D.recs[it[0]], act = V.actions[it[3]];
    var body = it[7] != null ? '<div class="diff">' + diffHtml(D.diffs[it[7]]) + "</div>" : esc(D.snips[it[5]]);
    if (D.dets[it[6]]) body += '<div class="muted">' + esc(D.dets[it[6]]) + "</div>";
    rows.push('<tr class="act-' + esc(act) + '" data-item="' + idx[j] + '"><td class="id" title="' + esc(r[0]) + '">' +
      esc(shortId(r[0])) + '</td><td><a class="code" data-code="' + esc(V.codes[it[1]]) + '">' + esc(V.codes[it[1]]) +
      "</a></td><td>" + esc(act) + "</td><td>" + esc(V.fields[it[4]]) + "</td><td>" + esc(V.langs[r[1]]) +
      '</td><td class="snip">' + body + "</td></tr>");
  }
  $("ex-rows").innerHTML = rows.join("") || '<tr><td colspan="6" class="muted">No records match.</td></tr>';
  $("ex-count").textContent = idx.length + " findings in " + recs.size + " records";
  $("ex-page").textContent = "page " + (st.page + 1) + " of " + pages;
  $("ex-prev").disabled = st.page === 0;
  $("ex-next").disabled = st.page >= pages - 1;
  ["code", "action", "lang", "stage", "field"].forEach(function (k) { $("ex-" + k).value = st[k]; });
  $("ex-q").value = st.q;
}
function groupMatches() {
  var q = gst.q.toLowerCase(), out = [];
  for (var i = 0; i < D.groups.length; i++) {
    var g = D.groups[i];
    if (q) {
      var h = (g[2] + " " + (g[1] >= 0 ? D.snips[g[1]] : "")).toLowerCase();
      g[3].forEach(function (m) { h += " " + D.recs[m[0]][0] + " " + D.snips[m[3]]; });
      if (h.toLowerCase().indexOf(q) < 0) continue;
    }
    out.push(i);
  }
  return out;
}
function renderGroups() {
  if (!$("gr-list")) return;
  var idx = groupMatches(), pages = Math.max(1, Math.ceil(idx.length / GPAGE));
  if (gst.page >= pages) gst.page = pages - 1;
  var out = [];
  for (var j = gst.page * GPAGE; j < Math.min(idx.length, (gst.page + 1) * GPAGE); j++) {
    var g = D.groups[idx[j]], ms = g[3], sims = ms.map(function (m) { return m[2]; }).filter(function (s) { return s != null; });
    var codes = Array.from(new Set(ms.map(function (m) { return V.codes[m[1]]; }))).join(", ");
    var rows = ms.map(function (m) {
      return '<tr><td class="id">' + esc(D.recs[m[0]][0]) + "</td><td>" + esc(V.codes[m[1]]) + '</td><td class="n">' +
        (m[2] == null ? "" : m[2].toFixed(3)) + '</td><td class="snip">' + esc(D.snips[m[3]]) + "</td></tr>";
    }).join("");
    out.push('<details class="grp" data-group="' + idx[j] + '"><summary><span class="id">' + esc(g[2]) + "</span> kept · <b>" +
      ms.length + "</b> dropped (" + esc(codes) + (sims.length ? ", min similarity " + Math.min.apply(null, sims).toFixed(2) : "") +
      ') — <span class="snip">' + esc(g[1] >= 0 ? D.snips[g[1]] : "") + "</span></summary><table><tr><th>dropped record</th>" +
      "<th>code</th><th>similarity</th><th>instruction (masked)</th></tr>" + rows + "</table></details>");
  }
  $("gr-list").innerHTML = out.join("") || '<p class="muted">No duplicate groups.</p>';
  $("gr-count").textContent = idx.length + " groups";
  $("gr-page").textContent = "page " + (gst.page + 1) + " of " + pages;
  $("gr-prev").disabled = gst.page === 0;
  $("gr-next").disabled = gst.page >= pages - 1;
}
function openCode(code) {
  st = {q: "", code: code, action: "", lang: "", stage: "", field: "", page: 0};
  render();
  history.replaceState(null, "", "#code=" + encodeURIComponent(code));
  $("explore").scrollIntoView();
}
fill($("ex-code"), "codes", V.codes.slice().sort());
fill($("ex-action"), "actions", V.actions);
fill($("ex-lang"), "languages", V.langs);
fill($("ex-stage"), "stages", V.stages);
fill($("ex-field"), "fields", V.fields);
["code", "action", "lang", "stage", "field"].forEach(function (k) {
  $("ex-" + k).addEventListener("change", function (e) { st[k] = e.target.value; st.page = 0; render(); });
});
var timer = null;
$("ex-q").addEventListener("input", function (e) {
  clearTimeout(timer);
  timer = setTimeout(function () { st.q = e.target.value; st.page = 0; render(); }, 150);
});
$("ex-reset").addEventListener("click", function () { st = {q: "", code: "", action: "", lang: "", stage: "", field: "", page: 0}; render(); });
$("ex-prev").addEventListener("click", function () { st.page--; render(); });
$("ex-next").addEventListener("click", function () { st.page++; render(); });
document.addEventListener("click", function (e) {
  var a = e.target.closest ? e.target.closest("[data-code]") : null;
  if (a && (a.tagName === "A" || a.tagName === "TR")) { e.preventDefault(); openCode(a.getAttribute("data-code")); }
});
if ($("gr-list")) {
  var gtimer = null;
  $("gr-q").addEventListener("input", function (e) {
    clearTimeout(gtimer);
    gtimer = setTimeout(function () { gst.q = e.target.value; gst.page = 0; renderGroups(); }, 150);
  });
  $("gr-prev").addEventListener("click", function () { gst.page--; renderGroups(); });
  $("gr-next").addEventListener("click", function () { gst.page++; renderGroups(); });
}
var m = /^#code=(.+)$/.exec(location.hash);
if (m) st.code = decodeURIComponent(m[1]);
render();
renderGroups();
})();
"""


def render_report(result: Any, *, cleaned: pl.DataFrame | None = None, title: str = "curate audit",
                  sources: Sequence[str] = (), diversity: bool = True, after_name: str = "cleaned",
                  max_items: int = MAX_ITEMS) -> str:
    """The HTML page for an AuditResult (``curate.api.audit``; also built from a clean run).
    ``cleaned`` (the records as written) adds before/after charts; ``diversity`` the verb view."""
    d = result.to_dict()
    orig = result.run.originals
    subtitle = (f"{_e(', '.join(map(str, sources)) or 'in-memory data')} · recipe {_e(d.get('recipe'))} · "
                f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    body: list[str] = []
    fixed = len({r for r, lst in result.issues_by_row().items() if any(i["action"] == "fix" for i in lst)})
    verb = "would " if result.run.summary.get("mode", "audit") == "audit" else ""
    cards = [("records", d["records"]), (f"{verb}keep", d["would_keep"]), (f"{verb}drop", d["would_drop"]),
             ("with issues", d["records_with_issues"]), (f"{verb}be fixed" if verb else "fixed", fixed),
             ("max severity", d["max_severity"] or "none")]
    body.append("<div class='cards'>" + "".join(f"<div class='card'><b>{_e(v)}</b>{_e(k)}</div>" for k, v in cards)
                + "</div>")
    for w in d.get("warnings", []):
        body.append(f"<p class='sev-warning'>warning: {_e(w)}</p>")

    data = explorer_data(result, max_items)
    body.append("<h2>Issues</h2><p class='muted'>Records per issue code; the action is what <code>curate run</code> "
                "with the same recipe does. Examples are the field as read, personal data masked. "
                "<b>Click a code to see its records.</b></p>")
    body.append(_issue_rows(result.issues))
    body.append(EXPLORER_HTML)
    if data["truncated"]:
        body.append(f"<p class='note'>The explorer lists the first {max_items:,} findings; "
                    f"{data['truncated']:,} more are in the annotated file (audit --annotate).</p>")
    body.append(GROUPS_HTML if data["groups"] else "<h2 id='groups'>Duplicate groups</h2><p>No duplicates found.</p>")

    sets = {"as read": orig}
    if cleaned is not None:
        sets[after_name] = cleaned
    body.append(lengths_section(sets))
    body.append(scores_section(sets))
    if diversity and orig is not None and orig.height:
        langs = [result.langs.get(r) for r in orig["_row"].to_list()]
        div_sets = {"as read": (orig["instruction"].to_list(), langs)}
        if cleaned is not None and cleaned.height:
            div_sets[after_name] = (cleaned["instruction"].to_list(), column_values(cleaned, "lang"))
        body.append(diversity_section(div_sets))

    body.append("<h2>Languages</h2>")
    after_langs = None
    if cleaned is not None:
        lv = column_values(cleaned, "lang")
        after_langs = Counter(lv) if lv is not None else None
    body.append(_lang_table(Counter(result.langs.values()), after_langs, after_name))

    if cleaned is not None:
        body.append("<h2>Before / after</h2>")
        n_after = cleaned.height
        body.append(f"<table><tr><th></th><th>records</th></tr><tr><td>as read</td><td class='n'>{d['records']}</td></tr>"
                    f"<tr><td>the recipe keeps</td><td class='n'>{d['would_keep']}</td></tr>"
                    f"<tr><td>{_e(after_name)} file</td><td class='n'>{n_after}</td></tr></table>")
        if n_after != d["would_keep"]:
            body.append("<p class='sev-warning'>The cleaned file does not hold the number of records this "
                        "audit's recipe keeps: it was cleaned with another recipe or other data.</p>")
    body.append("<h2>Stages</h2>")
    body.append(stage_table(d))
    return page(title, subtitle, body, SCRIPT, data)


def write_report(path: str | Path, result: Any, *, cleaned: Any = None, title: str = "curate audit",
                 sources: Sequence[str] = (), diversity: bool = True, after_name: str = "cleaned") -> Path:
    """Write the page atomically (one file; the runner's publisher may call this for its output set).
    ``result``: an AuditResult (``curate.api.audit.audit`` or ``audit_result(run_result)``);
    ``cleaned``: a frame or anything curate.read accepts."""
    from curate.io.writers import atomic_write

    frame = None
    if cleaned is not None:
        if isinstance(cleaned, pl.DataFrame):
            frame = cleaned
        else:
            from curate.io.readers import read

            frame = read(cleaned).records
    html_text = render_report(result, cleaned=frame, title=title, sources=sources, diversity=diversity,
                              after_name=after_name)
    with atomic_write(path) as f:
        f.write(html_text.encode("utf-8"))
    return Path(path)
