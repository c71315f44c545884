"""Inline SVG charts: well-formed, one mark per data point, numbers that match the data."""
from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET

from curate.api import charts
from curate.text import length_units

NS = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    assert root.tag == f"{NS}svg" and root.get("class") == "chart"
    return root


def test_histogram_shares_match_the_data(alpaca_zh):
    rows = json.loads(alpaca_zh.read_text(encoding="utf-8"))
    before = [length_units(r["output"]) for r in rows]
    after = [x for x in before if x > 3]
    root = parse(charts.histogram({"as read": before, "cleaned": after}, title="output"))
    bars = root.findall(f"{NS}rect")
    counts = {"as read": 0, "cleaned": 0}
    for b in bars:
        name, _, rest = b.find(f"{NS}title").text.partition(": ")
        counts[name] += int(re.search(r": (\d+) \(", ": " + rest.split(": ", 1)[1]).group(1))
        assert float(b.get("height")) > 0
    assert counts == {"as read": len(before), "cleaned": len(after)}  # every value in exactly one bin


def test_line_chart_one_point_per_step():
    losses = [2.0 / math.sqrt(i) for i in range(1, 41)]
    root = parse(charts.line_chart({"loss": list(enumerate(losses, 1))}, title="loss", xlabel="step"))
    line = root.find(f"{NS}polyline")
    pts = [tuple(map(float, p.split(","))) for p in line.get("points").split()]
    assert len(pts) == 40 and len(root.findall(f"{NS}circle")) == 40
    ys = [y for _, y in pts]
    assert ys == sorted(ys)  # the loss falls, so its y (pixels from the top) grows
    ticks = [t.text for t in root.findall(f"{NS}text")]
    assert "2.5" not in ticks and "40" in ticks  # whole-number step ticks


def test_interval_chart_marks_and_zero_line():
    rows = [{"label": "B-C pooled", "mean": -0.2, "lo": -0.35, "hi": -0.05},
            {"label": "B-C seed 0", "mean": -0.1, "lo": -0.3, "hi": 0.1},
            {"label": "missing", "mean": None, "lo": None, "hi": None}]
    root = parse(charts.interval_chart(rows, title="loss", zero=0.0))
    marks = root.findall(f"{NS}g")
    assert len(marks) == 2 and "n/a" in ET.tostring(root, encoding="unicode")
    zero = [ln for ln in root.findall(f"{NS}line") if ln.get("class") == "zero"]
    x0 = float(zero[0].get("x1"))
    # the pooled interval lies left of zero, the per-seed one crosses it
    xs = [[float(ln.get("x1")), float(ln.get("x2"))] for ln in marks[0].findall(f"{NS}line")[:1]]
    assert max(xs[0]) < x0
    xs = [float(ln.get("x1")) for ln in marks[1].findall(f"{NS}line")[:1]] + \
         [float(ln.get("x2")) for ln in marks[1].findall(f"{NS}line")[:1]]
    assert min(xs) < x0 < max(xs)


def test_sunburst_rings_follow_the_counts():
    top = [{"verb": "write", "n": 60, "objects": [{"object": "story", "n": 30}, {"object": "poem", "n": 10}]},
           {"verb": "生成", "n": 20, "objects": [{"object": "列表", "n": 20}]}]
    root = parse(charts.sunburst(top, title="verbs", total=200))
    verbs = [p for p in root.findall(f"{NS}path") if p.get("class") == "verb"]
    objs = [p for p in root.findall(f"{NS}path") if p.get("class") == "object"]
    assert len(verbs) == 2 and len(objs) == 3
    assert "write: 60 with an object, 30.0% of instructions" in verbs[0].find(f"{NS}title").text
    assert {t.text for t in root.findall(f"{NS}text")} >= {"write", "story", "生成", "列表"}


def test_paired_bars_and_escaping():
    svg = charts.paired_bars(["<b>", "b&c"], {"before": [0.5, 0.25], "after": [0.1, 0.4]}, title="x<y")
    root = parse(svg)
    assert len(root.findall(f"{NS}rect")) == 4 and "<b>" not in svg.replace("&lt;b&gt;", "")


def test_nice_ticks_cover_the_range():
    for lo, hi in ((0, 1), (0.013, 0.27), (-1.2, 0.3), (1, 4983), (5, 5)):
        t = charts.nice_ticks(lo, hi)
        assert t[0] <= lo and t[-1] >= hi and len(t) <= 12
