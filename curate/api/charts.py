"""Charts as inline SVG strings: no script, no library, no network, so a report stays one offline file
and a chart renders even with scripts off.

* ``histogram``: one or two distributions on shared bins, as shares (before/after of different
  sizes compare), the long tail folded into one overflow bin;
* ``line_chart``: several series of (x, y) (training loss per step, one line per arm and seed);
* ``interval_chart``: means with intervals on one axis, a reference line at zero (verify's arms and
  their paired differences);
* ``sunburst``: verbs (inner ring) and their objects (outer ring), Self-Instruct's diversity chart;
* ``paired_bars``: the same categories in two sets, as shares (top verbs before/after, seeds vs
  generated).

Every chart is an ``<svg class="chart" data-chart="KIND">`` with a ``<title>`` on each mark (the
numbers on hover) and ``role="img"``/``aria-label`` for screen readers. Texts are escaped.
"""
from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Any

PALETTE = ["#4a78c2", "#e08a2c", "#3a9a5b", "#c0504d", "#8064a2", "#4bacc6", "#9a7b4f", "#d65f9e",
           "#7f7f7f", "#b5a300", "#2f5597", "#c55a11", "#548235", "#843c0c", "#5b4b8a", "#1f8b8b",
           "#a05000", "#b03a7a", "#595959", "#807000"]


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _open(kind: str, width: int, height: int, title: str) -> list[str]:
    return [f'<svg class="chart" data-chart="{kind}" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}" '
            f'xmlns="http://www.w3.org/2000/svg">',
            f'<text class="ct" x="4" y="13">{_e(title)}</text>']


def nice_ticks(lo: float, hi: float, n: int = 5, integer: bool = False) -> list[float]:
    """Round tick values covering [lo, hi] (1, 2, 2.5, 5 × a power of ten; whole numbers only for
    counts such as steps)."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return [0.0]
    if hi <= lo:
        hi = lo + (abs(lo) or 1.0)
    raw = (hi - lo) / max(n, 1)
    if integer:
        raw = max(raw, 1.0)
    mag = 10 ** math.floor(math.log10(raw))
    mults = (1, 2, 5, 10) if integer else (1, 2, 2.5, 5, 10)
    step = next(m * mag for m in mults if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v <= hi + step * 1e-9:
        ticks.append(round(v, 10))
        v += step
    if ticks[-1] < hi:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _fmt(v: float) -> str:
    if v == 0:
        return "0"
    a = abs(v)
    if a >= 10000:
        return f"{v / 1000:.0f}k"
    if a >= 100 or float(v).is_integer():
        return f"{v:.0f}"
    if a >= 1:
        return f"{v:.2g}" if a < 10 else f"{v:.1f}"
    return f"{v:.2g}"


def legend(names: Sequence[str], colors: Sequence[str] | None = None) -> str:
    """An HTML legend line for charts drawn with ``PALETTE`` order."""
    colors = list(colors or PALETTE)
    return "<p class='legend'>" + "".join(
        f"<span style='background:{colors[i % len(colors)]}'></span>{_e(n)}" for i, n in enumerate(names)) + "</p>"


# ------------------------------------------------------------------ histogram
def _edges(values: Sequence[float], bins: int, integer: bool, tail: float) -> list[float]:
    vals = sorted(values)
    if not vals:
        return [0.0, 1.0]
    lo = vals[0]
    hi = vals[min(len(vals) - 1, int(len(vals) * tail))]
    if integer:
        lo = min(0.0, lo)
        step = max(1, math.ceil((hi - lo) / bins)) if hi > lo else 1
    else:
        step = (hi - lo) / bins if hi > lo else (abs(hi) or 1.0) / bins
    edges = [lo + i * step for i in range(bins + 1)]
    if vals[-1] >= edges[-1]:
        edges.append(vals[-1] + (1 if integer else step * 1e-6))
    return edges


def _counts(values: Sequence[float], edges: Sequence[float]) -> list[int]:
    import bisect

    counts = [0] * (len(edges) - 1)
    for v in values:
        i = min(bisect.bisect_right(edges, v) - 1, len(counts) - 1)
        counts[max(i, 0)] += 1
    return counts


def histogram(series: dict[str, Sequence[float]], *, title: str, xlabel: str = "", width: int = 360,
              height: int = 170, bins: int = 24, integer: bool = True, tail: float = 0.99) -> str:
    """Shares per bin for each series (at most a few), bins shared; values past the ``tail``
    quantile of all series fold into one last bin, labelled with a +."""
    series = {k: [float(x) for x in v if x is not None and math.isfinite(float(x))] for k, v in series.items()}
    allv = [x for v in series.values() for x in v]
    edges = _edges(allv, bins, integer, tail)
    nb = len(edges) - 1
    counts = {k: _counts(v, edges) for k, v in series.items()}
    shares = {k: [c / max(1, len(series[k])) for c in cs] for k, cs in counts.items()}
    top = max([max(s) for s in shares.values() if s] + [1e-9])
    pl, pb, pt, pr = 34, 30, 20, 8
    w, h = width - pl - pr, height - pb - pt
    bw = w / nb
    out = _open("histogram", width, height, title)
    for frac in (0.5, 1.0):
        y = pt + h - h * frac
        out.append(f'<line x1="{pl}" y1="{y:.1f}" x2="{pl + w}" y2="{y:.1f}" class="grid"/>'
                   f'<text x="{pl - 3}" y="{y + 3:.1f}" text-anchor="end">{top * frac:.0%}</text>')
    ns = max(len(shares), 1)
    for si, (k, sh) in enumerate(shares.items()):
        color = PALETTE[si % len(PALETTE)]
        for i, s in enumerate(sh):
            if s <= 0:
                continue
            bh = h * s / top
            x = pl + i * bw + si * bw / ns
            hi_edge = edges[i + 1] - (1 if integer else 0)
            rng = f"{_fmt(edges[i])}–{_fmt(hi_edge)}" if integer else f"{edges[i]:.3g}–{edges[i + 1]:.3g}"
            out.append(f'<rect x="{x:.1f}" y="{pt + h - bh:.1f}" width="{max(bw / ns - 0.6, 0.8):.1f}" '
                       f'height="{bh:.1f}" fill="{color}"><title>{_e(k)}: {rng}: {counts[k][i]} '
                       f'({s:.1%})</title></rect>')
    out.append(f'<line x1="{pl}" y1="{pt + h}" x2="{pl + w}" y2="{pt + h}" class="axis"/>')
    overflow = len(edges) > bins + 1
    for i in sorted({0, nb // 2, nb - 1 if overflow else nb}):
        label = _fmt(edges[i]) + ("+" if overflow and i == nb - 1 else "")
        out.append(f'<text x="{pl + i * bw:.1f}" y="{pt + h + 12}" text-anchor="middle">{label}</text>')
    if xlabel:
        out.append(f'<text x="{pl + w / 2:.1f}" y="{height - 3}" text-anchor="middle" class="xl">{_e(xlabel)}</text>')
    out.append("</svg>")
    return "".join(out)


# ------------------------------------------------------------------ lines
def line_chart(series: dict[str, Sequence[tuple[float, float]]], *, title: str, xlabel: str = "",
               ylabel: str = "", width: int = 560, height: int = 260, colors: dict[str, str] | None = None,
               dashed: Sequence[str] = ()) -> str:
    """One polyline per series (points sorted by x), shared axes from nice ticks; the series name
    and each point's value on hover."""
    pts = {k: sorted((float(x), float(y)) for x, y in v if y is not None and math.isfinite(float(y)))
           for k, v in series.items()}
    xs = [x for v in pts.values() for x, _ in v]
    ys = [y for v in pts.values() for _, y in v]
    out = _open("line", width, height, title)
    if not xs:
        out.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">no data</text></svg>')
        return "".join(out)
    xt = nice_ticks(min(xs), max(xs), integer=all(float(x).is_integer() for x in xs))
    yt = nice_ticks(min(ys), max(ys))
    pl, pb, pt, pr = max(40, 6 * max(len(_fmt(t)) for t in yt) + 20), 32, 22, 12
    w, h = width - pl - pr, height - pb - pt

    def X(x: float) -> float:
        return pl + w * (x - xt[0]) / ((xt[-1] - xt[0]) or 1)

    def Y(y: float) -> float:
        return pt + h - h * (y - yt[0]) / ((yt[-1] - yt[0]) or 1)

    for t in yt:
        out.append(f'<line x1="{pl}" y1="{Y(t):.1f}" x2="{pl + w}" y2="{Y(t):.1f}" class="grid"/>'
                   f'<text x="{pl - 4}" y="{Y(t) + 3:.1f}" text-anchor="end">{_fmt(t)}</text>')
    for t in xt:
        out.append(f'<text x="{X(t):.1f}" y="{pt + h + 13}" text-anchor="middle">{_fmt(t)}</text>')
    out.append(f'<line x1="{pl}" y1="{pt + h}" x2="{pl + w}" y2="{pt + h}" class="axis"/>'
               f'<line x1="{pl}" y1="{pt}" x2="{pl}" y2="{pt + h}" class="axis"/>')
    for i, (k, v) in enumerate(pts.items()):
        color = (colors or {}).get(k, PALETTE[i % len(PALETTE)])
        dash = ' stroke-dasharray="5 3"' if k in dashed else ""
        path = " ".join(f"{X(x):.1f},{Y(y):.1f}" for x, y in v)
        last = f"{v[-1][1]:.4g}" if v else ""
        out.append(f'<polyline class="series" points="{path}" fill="none" stroke="{color}" stroke-width="1.6"'
                   f'{dash}><title>{_e(k)}: {len(v)} points, last {last}</title></polyline>')
        if len(v) <= 60:
            for x, y in v:
                out.append(f'<circle cx="{X(x):.1f}" cy="{Y(y):.1f}" r="2" fill="{color}">'
                           f'<title>{_e(k)}: {_fmt(x)} → {y:.4g}</title></circle>')
    if xlabel:
        out.append(f'<text x="{pl + w / 2:.1f}" y="{height - 3}" text-anchor="middle" class="xl">{_e(xlabel)}</text>')
    if ylabel:
        out.append(f'<text x="10" y="{pt + h / 2:.1f}" text-anchor="middle" class="xl" '
                   f'transform="rotate(-90 10 {pt + h / 2:.1f})">{_e(ylabel)}</text>')
    out.append("</svg>")
    return "".join(out)


# ------------------------------------------------------------------ intervals
def interval_chart(rows: Sequence[dict[str, Any]], *, title: str, xlabel: str = "", zero: float | None = None,
                   width: int = 560, row_height: int = 22) -> str:
    """A forest plot: per row ``label``, ``mean``, ``lo``, ``hi`` (and optional ``color``,
    ``note``); a dashed reference line at ``zero``. Rows with no mean say "n/a"."""
    vals = [v for r in rows for v in (r.get("lo"), r.get("hi"), r.get("mean"))
            if v is not None and math.isfinite(v)]
    if zero is not None:
        vals.append(zero)
    label_w = min(220, max([len(str(r["label"])) for r in rows] + [4]) * 7 + 10)
    pl, pr, pt, pb = label_w, 16, 22, 30
    height = pt + pb + row_height * max(len(rows), 1)
    w = width - pl - pr
    out = _open("interval", width, height, title)
    ticks = nice_ticks(min(vals), max(vals)) if vals else [0.0, 1.0]

    def X(x: float) -> float:
        return pl + w * (x - ticks[0]) / ((ticks[-1] - ticks[0]) or 1)

    for t in ticks:
        out.append(f'<line x1="{X(t):.1f}" y1="{pt}" x2="{X(t):.1f}" y2="{height - pb}" class="grid"/>'
                   f'<text x="{X(t):.1f}" y="{height - pb + 12}" text-anchor="middle">{_fmt(t)}</text>')
    if zero is not None:
        out.append(f'<line x1="{X(zero):.1f}" y1="{pt - 4}" x2="{X(zero):.1f}" y2="{height - pb}" '
                   f'class="zero" stroke-dasharray="4 3"/>')
    for i, r in enumerate(rows):
        y = pt + row_height * i + row_height / 2
        color = r.get("color") or PALETTE[i % len(PALETTE)]
        out.append(f'<text x="{pl - 6}" y="{y + 3:.1f}" text-anchor="end">{_e(r["label"])}</text>')
        m, lo, hi = r.get("mean"), r.get("lo"), r.get("hi")
        if m is None or not math.isfinite(m):
            out.append(f'<text x="{pl + 4}" y="{y + 3:.1f}" class="muted">n/a</text>')
            continue
        tip = f"{r['label']}: {m:.4g}" + (f" [{lo:.4g}, {hi:.4g}]" if lo is not None and hi is not None else "")
        if r.get("note"):
            tip += f" — {r['note']}"
        g = [f'<g class="mark"><title>{_e(tip)}</title>']
        if lo is not None and hi is not None and math.isfinite(lo) and math.isfinite(hi):
            g.append(f'<line x1="{X(lo):.1f}" y1="{y:.1f}" x2="{X(hi):.1f}" y2="{y:.1f}" stroke="{color}" '
                     f'stroke-width="2"/><line x1="{X(lo):.1f}" y1="{y - 5:.1f}" x2="{X(lo):.1f}" y2="{y + 5:.1f}" '
                     f'stroke="{color}"/><line x1="{X(hi):.1f}" y1="{y - 5:.1f}" x2="{X(hi):.1f}" '
                     f'y2="{y + 5:.1f}" stroke="{color}"/>')
        g.append(f'<circle cx="{X(m):.1f}" cy="{y:.1f}" r="4" fill="{color}"/></g>')
        out.append("".join(g))
    if xlabel:
        out.append(f'<text x="{pl + w / 2:.1f}" y="{height - 3}" text-anchor="middle" class="xl">{_e(xlabel)}</text>')
    out.append("</svg>")
    return "".join(out)


# ------------------------------------------------------------------ sunburst
def _xy(cx: float, cy: float, r: float, a: float) -> tuple[float, float]:
    return cx + r * math.sin(a), cy - r * math.cos(a)


def _arc(cx: float, cy: float, r0: float, r1: float, a0: float, a1: float) -> str:
    a1 = min(a1, a0 + 2 * math.pi - 1e-4)
    large = 1 if a1 - a0 > math.pi else 0
    x0, y0 = _xy(cx, cy, r1, a0)
    x1, y1 = _xy(cx, cy, r1, a1)
    x2, y2 = _xy(cx, cy, r0, a1)
    x3, y3 = _xy(cx, cy, r0, a0)
    return (f"M{x0:.2f},{y0:.2f}A{r1},{r1} 0 {large} 1 {x1:.2f},{y1:.2f}L{x2:.2f},{y2:.2f}"
            f"A{r0},{r0} 0 {large} 0 {x3:.2f},{y3:.2f}Z")


def _tint(hex_color: str, f: float) -> str:
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return "#%02x%02x%02x" % tuple(int(c + (255 - c) * f) for c in (r, g, b))


def _radial_label(cx: float, cy: float, r: float, a: float, text: str, cls: str) -> str:
    x, y = _xy(cx, cy, r, a)
    deg = math.degrees(a) - 90
    anchor = "start"
    if math.pi < a < 2 * math.pi:  # left half: flip so the text reads left to right
        deg += 180
        anchor = "end"
    return (f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" dominant-baseline="middle" '
            f'transform="rotate({deg:.1f} {x:.1f} {y:.1f})">{_e(text)}</text>')


def sunburst(top: Sequence[dict[str, Any]], *, title: str, size: int = 380, total: int | None = None) -> str:
    """Self-Instruct's chart: the top verbs in the inner ring, each verb's most common direct objects
    in the outer ring, arcs proportional to instructions (so only the plotted pairs fill the
    circle, as in the paper's Figure 2); ``top`` as ``curate.quality.verbs.top_pairs`` returns
    it. The hover text gives each verb's count and share of all instructions (``total``)."""
    out = _open("sunburst", size, size + 10, title)
    shown = [(v, sum(o["n"] for o in v["objects"])) for v in top]
    n_all = sum(n for _, n in shown)
    if not n_all:
        out.append(f'<text x="{size / 2}" y="{size / 2}" text-anchor="middle">no verb–object pairs</text></svg>')
        return "".join(out)
    cx, cy = size / 2, size / 2 + 14
    r0, r1, r2 = size * 0.08, size * 0.26, size * 0.46
    a = 0.0
    for i, (v, n_v) in enumerate(shown):
        if not n_v:
            continue
        color = PALETTE[i % len(PALETTE)]
        span = 2 * math.pi * n_v / n_all
        share = f", {v['n'] / total:.1%} of instructions" if total else ""
        out.append(f'<path class="verb" d="{_arc(cx, cy, r0, r1, a, a + span)}" fill="{color}" stroke="#fff">'
                   f'<title>{_e(v["verb"])}: {v["n"]} with an object{share}</title></path>')
        if span > 0.1:
            out.append(_radial_label(cx, cy, r0 + 4, a + span / 2, v["verb"], "vl"))
        b = a
        for j, o in enumerate(v["objects"]):
            ospan = 2 * math.pi * o["n"] / n_all
            out.append(f'<path class="object" d="{_arc(cx, cy, r1, r2, b, b + ospan)}" '
                       f'fill="{_tint(color, 0.2 + 0.15 * j)}" stroke="#fff"><title>{_e(v["verb"])} '
                       f'{_e(o["object"])}: {o["n"]}</title></path>')
            if ospan > 0.05:
                out.append(_radial_label(cx, cy, r1 + 4, b + ospan / 2, o["object"], "ol"))
            b += ospan
        a += span
    out.append("</svg>")
    return "".join(out)


# ------------------------------------------------------------------ paired bars
def paired_bars(labels: Sequence[str], series: dict[str, Sequence[float]], *, title: str, width: int = 560,
                row_height: int = 16, percent: bool = True) -> str:
    """Horizontal bars, one group per label, one bar per series (shares by default)."""
    names = list(series)
    n = len(names)
    pl, pr, pt = min(160, max([len(str(x)) for x in labels] + [4]) * 7 + 10), 50, 22
    group = row_height * n + 6
    height = pt + group * max(len(labels), 1) + 8
    w = width - pl - pr
    top = max([v for vals in series.values() for v in vals] + [1e-9])
    out = _open("bars", width, height, title)
    for i, lab in enumerate(labels):
        y0 = pt + group * i
        out.append(f'<text x="{pl - 6}" y="{y0 + group / 2:.1f}" text-anchor="end" dominant-baseline="middle">'
                   f'{_e(lab)}</text>')
        for j, name in enumerate(names):
            v = series[name][i]
            bw = w * v / top
            y = y0 + j * row_height
            val = f"{v:.1%}" if percent else _fmt(v)
            out.append(f'<rect x="{pl}" y="{y:.1f}" width="{max(bw, 0.5):.1f}" height="{row_height - 3}" '
                       f'fill="{PALETTE[j % len(PALETTE)]}"><title>{_e(name)}: {_e(lab)} {val}</title></rect>'
                       f'<text x="{pl + bw + 3:.1f}" y="{y + row_height / 2:.1f}" dominant-baseline="middle" '
                       f'class="muted">{val}</text>')
    out.append("</svg>")
    return "".join(out)


CSS = """svg.chart text{font:10px system-ui,sans-serif;fill:#444}svg.chart .ct{font-weight:600;font-size:11px;fill:#222}
svg.chart .xl{fill:#666}svg.chart .grid{stroke:#eee}svg.chart .axis{stroke:#999}svg.chart .zero{stroke:#b00020}
svg.chart .vl{font-size:10px;fill:#fff;font-weight:600}svg.chart .ol{font-size:9px;fill:#222}svg.chart .muted{fill:#888}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;vertical-align:middle}"""
