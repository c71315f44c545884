"""Report benchmark: how fast a 50k-record audit report opens in a real browser (target: under 3 s).

    python bench/bench_report.py --n 50000

The input tiles the shared Alpaca samples (5,000 EN + 1,000 ZH records): copy k > 0 gets a marker
appended to the instruction of 90% of its records, the other 10% stay exact duplicates, so the audit
finds tens of thousands of exact and near duplicates and the explorer carries that many findings (a
worst case for the page, not a flattering one). The audit runs the shipped ``audit`` recipe; the
page is opened in headless Chromium (Debian's ``chromium``, driven by Playwright) three times with a
fresh profile each time. Printed: the page size, the time to build it, and per open the wall time
from navigation to the report's ready mark and the page's own ``performance.now()`` at ready; then
the time to filter the explorer to one code. The baseline is the same measurement on the 6,000
untiled records, in the same run (ratios, since the machines are shared and noisy).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
FILES = ("alpaca_original_sample_30000_34999.json", "alpaca_zh_llamafactory_demo_1000.json")


def make_input(n: int, path: Path) -> None:
    base = [r for f in FILES for r in json.loads((DATA / f).read_text(encoding="utf-8"))]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            rec = dict(base[i % len(base)])
            k = i // len(base)
            if k and (i % 10):
                rec["instruction"] = f"{rec['instruction']} [{k}]"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def build(inp: Path, out: Path, diversity: bool) -> dict:
    from curate.api.audit import audit
    from curate.api.report import write_report

    t0 = time.perf_counter()
    res = audit(str(inp))
    t1 = time.perf_counter()
    write_report(out, res, sources=[inp.name], diversity=diversity)
    t2 = time.perf_counter()
    return {"records": res.total, "findings": res.run.findings.height, "audit_s": t1 - t0, "report_s": t2 - t1,
            "mb": out.stat().st_size / 1e6}


def open_times(path: Path, code: str, runs: int = 3) -> dict:
    from tests.helpers.browser import Page, browser

    walls, readies, filters = [], [], []
    for _ in range(runs):
        with browser() as ctx:
            p = Page(ctx)
            t0 = time.perf_counter()
            ready = p.open(str(path), timeout_ms=60_000)
            walls.append(time.perf_counter() - t0)
            readies.append(ready / 1000)
            t1 = time.perf_counter()
            p.page.click(f"a.code[data-code='{code}']")
            p.page.wait_for_function(f"document.querySelector('#ex-code').value === '{code}'")
            filters.append(time.perf_counter() - t1)
            rows = p.page.locator("#ex-rows tr").count()
            assert not p.errors, p.errors
    return {"wall_s": min(walls), "ready_s": min(readies), "filter_s": min(filters), "rows_in_dom": rows,
            "all_wall_s": [round(w, 2) for w in walls]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--diversity", action="store_true", help="include the verb view (spaCy; slower build)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        base_in, big_in = t / "base.jsonl", t / "big.jsonl"
        make_input(6000, base_in)
        make_input(a.n, big_in)
        res = {}
        for name, inp in (("baseline 6k", base_in), (f"{a.n // 1000}k", big_in)):
            b = build(inp, t / f"{name}.html", a.diversity)
            o = open_times(t / f"{name}.html", "dedup.exact")
            res[name] = {**b, **o}
            print(f"{name}: {b['records']} records, {b['findings']} findings, page {b['mb']:.1f} MB, "
                  f"audit {b['audit_s']:.1f} s, report {b['report_s']:.1f} s; open (wall, best of 3) "
                  f"{o['wall_s']:.2f} s {o['all_wall_s']}, ready at {o['ready_s']:.2f} s, click-to-filter "
                  f"{o['filter_s']:.2f} s, {o['rows_in_dom']} rows in the DOM")
        (base, big) = res.values()
        print(f"ratio {a.n // 1000}k / 6k: open {big['wall_s'] / base['wall_s']:.2f}x, "
              f"page size {big['mb'] / base['mb']:.1f}x; target open < 3 s: "
              f"{'met' if big['wall_s'] < 3 else 'NOT met'}")


if __name__ == "__main__":
    main()
