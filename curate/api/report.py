"""One self-contained HTML page for an audit: open it offline, mail it, attach it to a ticket.

No scripts, stylesheets, fonts or images are fetched: CSS is inline and charts are inline SVG. Every
text taken from the data is masked (curate.pii.mask_light) and HTML-escaped.

Sections: totals, issues (code, action, severity, records, share, example), languages, length
distributions per field (length units: words, or CJK characters), top duplicate groups, per-stage
books, and, given a cleaned file, before/after.
"""
from __future__ import annotations

import html
import math
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from curate.schema import CORE_FIELDS
from curate.text import length_units

FIELDS = CORE_FIELDS
BINS = 24

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:1100px;color:#1d1d1f;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;padding:3px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f5f5f7;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:#6e6e73}.ex{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;word-break:break-all}
.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#a15c00}.sev-info{color:#555}
.act-drop{background:#fde8e8}.act-fix{background:#e8f4fd}.act-flag{background:#fdf6e3}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;min-width:9em}
.card b{display:block;font-size:1.4em}.bar{display:inline-block;height:10px;background:#4a78c2;vertical-align:middle}
.charts{display:flex;flex-wrap:wrap;gap:1.5em}.chart{flex:1 1 320px}svg text{font:10px sans-serif;fill:#444}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:middle}
"""


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _lengths(df: pl.DataFrame | None, fld: str) -> list[int]:
    if df is None or df.height == 0 or fld not in df.columns:
        return []
    return [length_units(t) if t else 0 for t in df[fld].to_list()]


def _bins(series: Sequence[Sequence[int]]) -> list[float]:
    """Shared bin edges for the series: linear up to the 99th percentile of all values, one
    overflow bin beyond (long tails would squash everything else into the first bar)."""
    vals = sorted(v for s in series for v in s)
    if not vals:
        return [0, 1]
    hi = vals[min(len(vals) - 1, int(len(vals) * 0.99))]
    hi = max(hi, 1)
    step = max(1, math.ceil(hi / BINS))
    edges = [i * step for i in range(BINS + 1)]
    if vals[-1] > edges[-1]:
        edges.append(vals[-1] + 1)
    return edges


def _hist(values: Sequence[int], edges: Sequence[float]) -> list[int]:
    import bisect

    counts = [0] * (len(edges) - 1)
    for v in values:
        i = min(bisect.bisect_right(edges, v) - 1, len(counts) - 1)
        counts[max(i, 0)] += 1
    return counts


def svg_histogram(series: dict[str, Sequence[int]], title: str, width: int = 340, height: int = 150) -> str:
    """Inline SVG bar chart of one or two length distributions on shared bins (shares, not
    counts, so a before/after pair of different sizes compares)."""
    colors = ["#4a78c2", "#e08a2c"]
    edges = _bins(list(series.values()))
    hists = {k: _hist(v, edges) for k, v in series.items()}
    shares = {k: [c / max(1, len(series[k])) for c in h] for k, h in hists.items()}
    top = max([max(s) for s in shares.values() if s] + [1e-9])
    nb = len(edges) - 1
    pad_l, pad_b, pad_t = 30, 28, 16
    w, h = width - pad_l - 6, height - pad_b - pad_t
    bw = w / nb
    parts = [(f'<svg width="{width}" height="{height}" role="img" '
             f'aria-label="{_e(title)}">'), f'<text x="{pad_l}" y="11">{_e(title)}</text>']
    n_series = len(shares)
    for si, (k, sh) in enumerate(shares.items()):
        for i, s in enumerate(sh):
            if s <= 0:
                continue
            bh = h * s / top
            x = pad_l + i * bw + si * bw / n_series
            parts.append(f'<rect x="{x:.1f}" y="{pad_t + h - bh:.1f}" width="{max(bw / n_series - 1, 1):.1f}" '
                         f'height="{bh:.1f}" fill="{colors[si % 2]}"><title>{_e(k)}: '
                         f'{int(edges[i])}–{int(edges[i + 1]) - 1} units, {hists[k][i]} records</title></rect>')
    parts.append(f'<line x1="{pad_l}" y1="{pad_t + h}" x2="{pad_l + w}" y2="{pad_t + h}" stroke="#999"/>')
    for i in (0, nb // 2, nb - 1):
        label = f"{int(edges[i])}" + ("+" if i == nb - 1 and len(edges) > BINS + 1 else "")
        parts.append(f'<text x="{pad_l + i * bw:.1f}" y="{pad_t + h + 12}">{label}</text>')
    parts.append(f'<text x="{pad_l}" y="{height - 2}">length units (words; CJK characters)</text>')
    parts.append(f'<text x="0" y="{pad_t + 8}">{top:.0%}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _stats(values: Sequence[int]) -> str:
    if not values:
        return "—"
    s = sorted(values)
    med = s[len(s) // 2]
    return f"median {med}, p90 {s[int(len(s) * 0.9)] if len(s) > 1 else s[0]}, max {s[-1]}"


def _fields(issue: dict) -> str:
    f = issue.get("fields") or {}
    if len(f) < 2:
        return ""
    return " · " + ", ".join(f"{_e(k)} {v}" for k, v in f.items())


def _issue_rows(issues: list[dict], total: int) -> str:
    if not issues:
        return "<p>No issues found.</p>"
    top = max(i["records"] for i in issues) or 1
    out = [("<table><tr><th>code</th><th>stage</th><th>action</th><th>severity</th><th>records</th>"
           "<th>%</th><th></th><th>example (masked)</th></tr>")]
    for i in issues:
        out.append(
            f'<tr class="act-{_e(i["action"])}"><td title="{_e(i["description"])}"><b>{_e(i["code"])}</b>'
            f'<div class="muted">{_e(i["description"])}{_fields(i)}</div></td><td>{_e(i["stage"])}</td>'
            f'<td>{_e(i["action"])}</td><td class="sev-{_e(i["severity"])}">{_e(i["severity"])}</td>'
            f'<td class="n">{i["records"]}</td><td class="n">{i["percent"]:.2f}</td>'
            f'<td><span class="bar" style="width:{max(1, int(80 * i["records"] / top))}px"></span></td>'
            f'<td class="ex">{_e(i["example"])}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _dup_groups(result: Any, limit: int = 15) -> str:
    groups = result.duplicate_groups(top=limit)  # shared with the terminal table and --json
    if not groups:
        return "<p>No duplicates found.</p>"
    f = result.run.findings
    d = f.filter(pl.col("twin_id").is_not_null()) if f.height else f
    out = [(f"<p>{d.height} records are duplicates of {d['twin_id'].n_unique()} kept records; "
           f"the largest groups:</p><table><tr><th>kept record</th><th>code</th><th>dropped</th>"
           f"<th>min similarity</th><th>kept instruction, then dropped ones (masked)</th></tr>")]
    for g in groups:
        sim = "" if g["min_similarity"] is None else f"{g['min_similarity']:.2f}"
        ex = "<br>".join(_e(t) for t in g.get("examples", []))
        out.append(f'<tr><td class="ex">{_e(g["kept_id"])}</td><td>{_e(g["code"])}</td>'
                   f'<td class="n">{g["size"] - 1}</td><td class="n">{sim}</td><td class="ex">{ex}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _lang_table(langs: Counter, other: Counter | None = None) -> str:
    if not langs:
        return "<p class='muted'>No language column (the recipe has no language stage).</p>"
    total = sum(langs.values())
    head = "<tr><th>language</th><th>records</th><th>%</th>" + (
        "<th>after cleaning</th>" if other is not None else "") + "</tr>"
    rows = []
    for k, v in langs.most_common(20):
        extra = f'<td class="n">{other.get(k, 0)}</td>' if other is not None else ""
        rows.append(f'<tr><td>{_e(k)}</td><td class="n">{v}</td><td class="n">{100 * v / total:.1f}</td>{extra}</tr>')
    return f"<table>{head}{''.join(rows)}</table>"


def _stage_table(summary: dict) -> str:
    out = [("<table><tr><th>stage</th><th>in</th><th>kept</th><th>fixed</th><th>flagged</th><th>dropped</th>"
           "<th>seconds</th></tr>")]
    for s in summary.get("stages", []):
        out.append(f'<tr><td>{_e(s["name"])}</td><td class="n">{s["in"]}</td><td class="n">{s["kept"]}</td>'
                   f'<td class="n">{s["fixed"]}</td><td class="n">{s["flagged"]}</td>'
                   f'<td class="n">{s["dropped"]}</td><td class="n">{s["seconds"]:.2f}</td></tr>')
    out.append("</table>")
    return "".join(out)


def render_report(result: Any, *, cleaned: pl.DataFrame | None = None, title: str = "curate audit",
                  sources: Sequence[str] = ()) -> str:
    """The HTML page for an AuditResult (curate.api.audit.audit); ``cleaned`` adds before/after."""
    d = result.to_dict()
    orig = result.run.originals
    parts = [(f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
             f"<meta name='viewport' content='width=device-width,initial-scale=1'>"
             f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"),
             (f"<h1>{_e(title)}</h1><p class='muted'>{_e(', '.join(map(str, sources)) or 'in-memory data')} · "
             f"recipe {_e(d.get('recipe'))} · {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}</p>")]
    fixed = len({r for r, lst in result.issues_by_row().items()
                 if any(i["action"] == "fix" for i in lst)})
    cards = [("records", d["records"]), ("would keep", d["would_keep"]), ("would drop", d["would_drop"]),
             ("with issues", d["records_with_issues"]), ("would be fixed", fixed),
             ("max severity", d["max_severity"] or "none")]
    parts.append("<div class='cards'>" + "".join(f"<div class='card'><b>{_e(v)}</b>{_e(k)}</div>" for k, v in cards)
                 + "</div>")
    for w in d.get("warnings", []):
        parts.append(f"<p class='sev-warning'>warning: {_e(w)}</p>")

    parts.append("<h2>Issues</h2><p class='muted'>Records per issue code; the action is what "
                 "<code>curate run</code> with the same recipe would do. Examples are the field as read, "
                 "with personal data masked.</p>")
    parts.append(_issue_rows(result.issues, d["records"]))

    parts.append("<h2>Languages</h2>")
    before_langs = Counter(result.langs.values())
    after_langs = Counter(cleaned["lang"].to_list()) if cleaned is not None and "lang" in cleaned.columns else None
    parts.append(_lang_table(before_langs, after_langs))

    parts.append("<h2>Length distributions</h2><p class='muted'>Length units: words for spaced scripts, "
                 "one per CJK character.</p>")
    if cleaned is not None:
        parts.append("<p class='legend'><span style='background:#4a78c2'></span>as read"
                     "<span style='background:#e08a2c'></span>cleaned</p>")
    parts.append("<div class='charts'>")
    stats_rows = []
    for fld in FIELDS:
        before = _lengths(orig, fld)
        series = {"as read": before}
        after = None
        if cleaned is not None:
            after = _lengths(cleaned, fld)
            series["cleaned"] = after
        parts.append(f"<div class='chart'>{svg_histogram(series, fld)}</div>")
        stats_rows.append((fld, _stats(before), _stats(after) if after is not None else None))
    parts.append("</div><table><tr><th>field</th><th>as read</th>" +
                 ("<th>cleaned</th>" if cleaned is not None else "") + "</tr>")
    for fld, b, a in stats_rows:
        parts.append(f"<tr><td>{fld}</td><td>{_e(b)}</td>" + (f"<td>{_e(a)}</td>" if a is not None else "") + "</tr>")
    parts.append("</table>")

    parts.append("<h2>Top duplicate groups</h2>")
    parts.append(_dup_groups(result))

    if cleaned is not None:
        parts.append("<h2>Before / after</h2>")
        n_after = cleaned.height
        parts.append(f"<table><tr><th></th><th>records</th></tr><tr><td>as read</td><td class='n'>{d['records']}</td></tr>"
                     f"<tr><td>audit says clean keeps</td><td class='n'>{d['would_keep']}</td></tr>"
                     f"<tr><td>cleaned file</td><td class='n'>{n_after}</td></tr></table>")
        if n_after != d["would_keep"]:
            parts.append("<p class='sev-warning'>The cleaned file does not hold the number of records this "
                         "audit's recipe keeps: it was cleaned with another recipe or other data.</p>")

    parts.append("<h2>Stages</h2>")
    parts.append(_stage_table(d))
    parts.append("<p class='muted'>Generated by curate; self-contained (no network requests).</p></body></html>")
    return "".join(parts)


def write_report(path: str | Path, result: Any, *, cleaned: Any = None, title: str = "curate audit",
                 sources: Sequence[str] = ()) -> Path:
    """Write the page atomically. ``cleaned`` is a frame or anything curate.read accepts."""
    from curate.io.writers import atomic_write

    frame = None
    if cleaned is not None:
        if isinstance(cleaned, pl.DataFrame):
            frame = cleaned
        else:
            from curate.io.readers import read

            frame = read(cleaned).records
    page = render_report(result, cleaned=frame, title=title, sources=sources)
    with atomic_write(path) as f:
        f.write(page.encode("utf-8"))
    return Path(path)
