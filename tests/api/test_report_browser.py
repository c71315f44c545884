"""Every report, opened in a real browser: headless Chromium (Debian's package, driven by Playwright).

Each test writes a report the way a user does (the CLI), opens the file, waits for its ready mark,
takes a screenshot, and checks: no console errors or failed requests and no request beyond the file
itself; the charts have a size and marks; Chinese text has a CJK font; and, for the data reports,
that clicking an issue code lists exactly that code's records, that a fix shows its diff, that a
duplicate group opens, that search and paging work. Screenshots go to ``$CURATE_SCREENSHOTS`` when
set (to look at them), else to the test's temporary folder.

The Makefile installs ``chromium`` and ``fonts-noto-cjk`` with apt-get when they are missing.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from curate.cli import main
from tests.helpers.browser import Page, browser, chromium_path

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ctx():
    if chromium_path() is None:  # `make test` installs it first, so CI never skips
        pytest.skip("chromium is not installed: `make browser` (or `make test`) installs it "
                    "(apt-get install -y chromium fonts-noto-cjk)")
    with browser() as c:
        yield c


def shot(page: Page, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("CURATE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{name}.png"
    page.page.screenshot(path=str(out), full_page=False)
    assert out.stat().st_size > 10_000  # a rendered page, not a blank one
    return out


def open_clean(ctx, path: Path) -> Page:
    p = Page(ctx)
    p.open(str(path))
    return p


def assert_no_errors(p: Page, path: Path) -> None:
    assert p.errors == [], p.errors
    assert all(u.startswith(("file://", "data:")) for u in p.requests), p.requests
    assert any(u == f"file://{path.resolve()}" for u in p.requests)


def assert_charts_render(p: Page, at_least: int) -> dict:
    info = p.page.evaluate("""() => Array.from(document.querySelectorAll('svg.chart')).map(s => {
        const b = s.getBoundingClientRect();
        return {kind: s.dataset.chart, w: b.width, h: b.height,
                marks: s.querySelectorAll('rect,path,polyline,circle').length};
    })""")
    assert len(info) >= at_least, info
    for c in info:
        assert c["w"] > 100 and c["h"] > 60 and c["marks"] > 0, c
    return {k: sum(1 for c in info if c["kind"] == k) for k in {c["kind"] for c in info}}


def assert_cjk_font(p: Page) -> None:
    assert p.page.evaluate("document.fonts.check('16px \"Noto Sans CJK SC\"', '中文')"), \
        "no CJK font: install fonts-noto-cjk"


def visible_codes(p: Page) -> list[str]:
    return p.page.eval_on_selector_all("#ex-rows tr a.code", "els => els.map(e => e.dataset.code)")


def test_audit_report_drills_into_records(ctx, tmp_path, alpaca_zh):
    cleaned = tmp_path / "clean.jsonl"
    r = CliRunner().invoke(main, ["run", "clean", "-i", str(alpaca_zh), "-o", str(cleaned), "-q"])
    assert r.exit_code == 0, r.output
    html = tmp_path / "audit.html"
    r = CliRunner().invoke(main, ["audit", str(alpaca_zh), "--report", str(html), "--cleaned", str(cleaned),
                                  "--json"])
    assert r.exit_code == 0, r.output
    issues = {i["code"]: i for i in json.loads(r.stdout)["issues"]}
    p = open_clean(ctx, html)
    assert_no_errors(p, html)
    shot(p, tmp_path, "audit-zh-top")
    kinds = assert_charts_render(p, at_least=5)
    assert kinds.get("histogram") == 3 and kinds.get("sunburst") == 2  # lengths; verbs before/after
    assert_cjk_font(p)

    # every issue code opens its records
    codes = ["norm.leaked_label", "dedup.exact"] + [c for c in issues if c not in ("norm.leaked_label", "dedup.exact")][:2]
    for code in codes:
        p.page.click(f"#issues a.code[data-code='{code}']")
        p.page.wait_for_function(f"document.querySelector('#ex-code').value === '{code}'")
        count = p.page.inner_text("#ex-count")
        n_findings, n_records = map(int, re.match(r"(\d+) findings in (\d+) records", count).groups())
        assert n_records == issues[code]["records"], (code, count)
        codes = visible_codes(p)
        assert codes and set(codes) == {code} and len(codes) == min(n_findings, 50)
    # a fix shows the field as read against the field as written
    p.page.click("#issues a.code[data-code='norm.leaked_label']")
    p.page.wait_for_function("document.querySelector('#ex-code').value === 'norm.leaked_label'")
    dels = p.page.eval_on_selector_all("#ex-rows .diff del", "els => els.map(e => e.textContent)")
    assert dels and any("输入" in d or "输出" in d for d in dels)
    p.page.locator("#explore").scroll_into_view_if_needed()
    shot(p, tmp_path, "audit-zh-records")
    # filters: action, then search by an id that is on the page
    p.page.click("#ex-reset")
    p.page.select_option("#ex-action", "drop")
    p.page.wait_for_timeout(100)
    assert set(p.page.eval_on_selector_all("#ex-rows td:nth-child(3)", "els => els.map(e => e.textContent)")) == {"drop"}
    rid = p.page.get_attribute("#ex-rows tr:first-child td.id", "title")
    p.page.click("#ex-reset")
    before = p.page.inner_text("#ex-count")
    p.page.fill("#ex-q", rid)
    p.page.wait_for_function(f"document.querySelector('#ex-count').textContent !== {json.dumps(before)}")
    ids = p.page.eval_on_selector_all("#ex-rows td.id", "els => els.map(e => e.title)")
    # ":5" also matches ":50".."59x": every row's text holds the search, the id itself among them
    assert rid in ids and all(rid in i or rid.lower() in p.page.inner_text(f"#ex-rows tr:nth-child({k + 1})").lower()
                              for k, i in enumerate(ids))
    # paging: never more than one page of rows in the document
    p.page.click("#ex-reset")
    total = int(re.match(r"(\d+)", p.page.inner_text("#ex-count")).group(1))
    assert total > 50 and p.page.locator("#ex-rows tr").count() == 50
    first = p.page.get_attribute("#ex-rows tr:first-child", "data-item")
    p.page.click("#ex-next")
    assert p.page.inner_text("#ex-page").startswith("page 2 of ")
    assert p.page.get_attribute("#ex-rows tr:first-child", "data-item") != first
    # duplicate groups open to their records
    p.page.locator("#groups").scroll_into_view_if_needed()
    group = p.page.locator("details.grp").first
    group.locator("summary").click()
    assert group.evaluate("d => d.open") and group.locator("tr td.id").count() >= 1
    shot(p, tmp_path, "audit-zh-groups")
    assert p.errors == []


@pytest.mark.model  # the pii stage of the clean recipe (spaCy NER) and the English verb view (spaCy)
def test_clean_report_en_zh(ctx, tmp_path, alpaca_en, alpaca_zh):
    html = tmp_path / "clean.html"
    r = CliRunner().invoke(main, ["run", "clean", "-i", str(alpaca_en), "-i", str(alpaca_zh), "-o",
                                  str(tmp_path / "clean.jsonl"), "--report", str(html), "--keep-findings", "-q"])
    assert r.exit_code == 0, r.output
    p = open_clean(ctx, html)
    assert_no_errors(p, html)
    assert p.page.inner_text("h1") == "curate run: clean"
    kinds = assert_charts_render(p, at_least=7)
    assert kinds["sunburst"] == 4 and kinds["bars"] == 2  # EN and ZH, before and after
    heads = p.page.eval_on_selector_all("h3", "els => els.map(e => e.textContent)")
    assert "English" in heads and "Chinese" in heads
    p.page.locator("h3", has_text="English").scroll_into_view_if_needed()
    shot(p, tmp_path, "clean-en-zh-diversity")
    p.page.click("#issues tr.issue >> nth=0")
    assert p.page.input_value("#ex-code") != "" and visible_codes(p)
    shot(p, tmp_path, "clean-en-zh-records")
    # filter by language: every row listed is of that language, and the two add up to all
    p.page.click("#ex-reset")
    total = int(re.match(r"(\d+)", p.page.inner_text("#ex-count")).group(1))
    per_lang = {}
    for lang in ("en", "zh"):
        p.page.select_option("#ex-lang", lang)
        langs = p.page.eval_on_selector_all("#ex-rows td:nth-child(5)", "els => els.map(e => e.textContent)")
        assert langs and set(langs) == {lang}, (lang, set(langs))
        per_lang[lang] = int(re.match(r"(\d+)", p.page.inner_text("#ex-count")).group(1))
    assert 0 < per_lang["en"] < total and 0 < per_lang["zh"] < total
    assert per_lang["en"] + per_lang["zh"] <= total  # the rest: records of other languages
    # filter by stage: every code listed belongs to that stage (the issue table says which)
    stage_of = dict(p.page.eval_on_selector_all("#issues tr.issue", "els => els.map(e => [e.dataset.code, e.dataset.stage])"))
    stages = [v for v in p.page.eval_on_selector_all("#ex-stage option", "els => els.map(e => e.value)") if v]
    assert len(stages) >= 3
    p.page.click("#ex-reset")
    for stage in stages:
        p.page.select_option("#ex-stage", stage)
        codes = visible_codes(p)
        assert codes and all(stage_of.get(c, "read") == stage for c in codes), (stage, set(codes))
    assert_cjk_font(p)


@pytest.mark.model  # the English verb view (spaCy)
def test_generate_report_seeds_vs_generated(ctx, tmp_path, shared_data):
    from tests.helpers.openai_server import OpenAITestServer, SelfInstructScript

    srv = OpenAITestServer(SelfInstructScript()).start()
    try:
        html = tmp_path / "gen.html"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_API_KEY": "test"}
        r = subprocess.run([sys.executable, "-m", "curate", "generate", "--seeds",
                            str(shared_data / "self_instruct_seed_tasks.jsonl"), "-n", "30", "-o",
                            str(tmp_path / "gen.jsonl"), "--teacher", "openai", "--model", "m", "--base-url", srv.url,
                            "--cache", str(tmp_path / "c.sqlite"), "--report", str(html), "-q"],
                           capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=False)
        assert r.returncode == 0, r.stderr
    finally:
        srv.stop()
    p = open_clean(ctx, html)
    assert_no_errors(p, html)
    kinds = assert_charts_render(p, at_least=6)
    assert kinds["sunburst"] == 2 and kinds["histogram"] >= 4  # seeds vs generated; novelty + lengths
    text = p.page.inner_text("body")
    assert "instructions accepted" in text and "gen.not_novel" in text
    shot(p, tmp_path, "generate")


@pytest.mark.model  # trains three arms (two steps each)
def test_train_and_verify_reports(ctx, tmp_path):
    out = tmp_path / "verify"
    r = CliRunner().invoke(main, ["verify", "--demo", "--smoke", "--out", str(out), "--threads", "1", "-q"])
    assert r.exit_code == 0, r.output
    report = json.loads((out / "verify_report.json").read_text(encoding="utf-8"))
    html = out / "verify_report.html"
    assert html.exists()  # written beside the JSON by the verb
    p = open_clean(ctx, html)
    assert_no_errors(p, html)
    kinds = assert_charts_render(p, at_least=3)
    n_runs = len(report["runs"])
    assert p.page.locator("svg[data-chart='line'] polyline.series").count() == n_runs  # a loss curve per run
    assert kinds["interval"] >= 2
    assert ("no claim" in p.page.inner_text(".note")) == (not report.get("claim", report.get("improved")))
    shot(p, tmp_path, "verify")
    # the train report of one arm, rebuilt from its JSON by `curate report`
    arm = out / "seed0" / "B"
    r = CliRunner().invoke(main, ["report", str(arm)])
    assert r.exit_code == 0, r.output
    summary = json.loads((arm / "train_summary.json").read_text(encoding="utf-8"))
    p = open_clean(ctx, arm / "train_report.html")
    assert_no_errors(p, arm / "train_report.html")
    assert_charts_render(p, at_least=1)
    points = p.page.get_attribute("svg[data-chart='line'] polyline.series", "points").split()
    assert len(points) == len(summary["result"]["losses"]) == summary["result"]["steps"]
    shot(p, tmp_path, "train")


def test_large_audit_pages_instead_of_rendering_everything(ctx, tmp_path, alpaca_en):
    """A report with thousands of findings keeps one page of rows in the document (what keeps a
    50k-record report fast: bench/bench_report.py measures the open time)."""
    rows = json.loads(alpaca_en.read_text(encoding="utf-8"))
    src = tmp_path / "ws.jsonl"
    src.write_text("".join(json.dumps({**r, "instruction": r["instruction"] + "  "}) + "\n" for r in rows),
                   encoding="utf-8")
    html = tmp_path / "big.html"
    r = CliRunner().invoke(main, ["audit", str(src), "--report", str(html), "--no-near", "--no-diversity-view", "-q"])
    assert r.exit_code == 0, r.output
    p = open_clean(ctx, html)
    assert_no_errors(p, html)
    total = int(re.match(r"(\d+)", p.page.inner_text("#ex-count")).group(1))
    assert total >= 5000 and p.page.locator("#ex-rows tr").count() == 50
    p.page.click("#issues a.code[data-code='norm.whitespace']")
    p.page.wait_for_function("document.querySelector('#ex-code').value === 'norm.whitespace'")
    assert p.page.locator("#ex-rows tr").count() == 50
    assert p.page.locator("#ex-rows .diff").count() == 50  # each a whitespace fix, shown as a diff
    shot(p, tmp_path, "audit-whitespace-fixes")


