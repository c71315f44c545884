"""The drill-down report's data and the clean-run report, on the shared data (no browser here;
tests/api/test_report_browser.py opens the pages in Chromium).

What must hold: every finding of the run is listed once (record id, code, action, field, masked
snippet); fixes carry a diff whose sides rebuild the field as read and as written; duplicate groups
hold every dropped duplicate; nothing personal reaches the page; `curate run --report` reports what
the audit reports; `--keep-findings` marks the kept records.
"""
from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from curate.api.audit import audit
from curate.api.report import explorer_data, render_report, write_report
from curate.cli import main

ROOT = Path(__file__).resolve().parents[2]


def external_references(page: str) -> list[str]:
    """Anything in the markup that would make a browser fetch: src/href other than in-page anchors
    and data: URLs, <link> other than the empty data: icon, url(...) and @import in styles."""
    out: list[str] = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            for k, v in attrs:
                if k in ("src", "href", "action", "poster") and v and not v.startswith(("#", "data:")):
                    out.append(f"<{tag} {k}={v}>")

    P().feed(page)
    for css in re.findall(r"<style>(.*?)</style>", page, flags=re.S):
        out += [m for m in ("url(", "@import") if m in css]
    return out


def page_data(page: str) -> dict:
    m = re.search(r"<script type='application/json' id='report-data'>(.*?)</script>", page, flags=re.S)
    return json.loads(m.group(1).replace("<\\/", "</"))


@pytest.fixture(scope="module")
def both(alpaca_en, alpaca_zh):
    return audit([str(alpaca_zh), str(alpaca_en)])


def test_every_finding_is_listed_once(both):
    d = explorer_data(both)
    f = both.run.findings
    want = {(r, c, fl or "") for r, c, fl in f.select("_row", "code", "field").iter_rows()}
    id_of = dict(zip(both.run.originals["_row"].to_list(), both.run.originals["id"].to_list()))
    got = [(d["recs"][it[0]][0], d["vocab"]["codes"][it[1]], d["vocab"]["fields"][it[4]]) for it in d["items"]]
    assert len(got) == len(set(got)) == len(want)
    assert set(got) == {(id_of[r], c, fl) for r, c, fl in want}
    # every record's language is the language stage's
    langs = {d["recs"][it[0]][0]: d["vocab"]["langs"][d["recs"][it[0]][1]] for it in d["items"]}
    row_of = {v: k for k, v in id_of.items()}
    assert all(both.langs.get(row_of[i]) == lang for i, lang in langs.items())
    # the per-code record counts are the issue table's
    per_code: dict[str, set] = {}
    for it in d["items"]:
        per_code.setdefault(d["vocab"]["codes"][it[1]], set()).add(it[0])
    for issue in both.issues:
        assert len(per_code[issue["code"]]) == issue["records"], issue["code"]


def test_fix_diffs_rebuild_both_sides(both):
    from curate.pii import mask_light

    d = explorer_data(both)
    orig = {r["_row"]: r for r in both.run.originals.iter_rows(named=True)}
    final = {r["_row"]: r for r in both.run.records.iter_rows(named=True)}
    row_of = {r["id"]: k for k, r in orig.items()}
    checked = 0
    for it in d["items"]:
        if it[7] is None:
            continue
        segs = d["diffs"][it[7]]
        if any(op == 2 for op, _ in segs):
            continue  # long fields are elided in the middle
        row, fld = row_of[d["recs"][it[0]][0]], d["vocab"]["fields"][it[4]]
        if row not in final:
            continue
        before = "".join(t for op, t in segs if op in (0, -1))
        after = "".join(t for op, t in segs if op in (0, 1))
        assert before == mask_light(orig[row][fld]) and after == mask_light(final[row][fld])
        assert before != after
        checked += 1
    assert checked > 100  # the ZH leaked labels alone give ~100
    leaked = [it for it in d["items"] if d["vocab"]["codes"][it[1]] == "norm.leaked_label" and it[7] is not None]
    assert leaked and all(any(op == -1 and ("输入" in t or "输出" in t) for op, t in d["diffs"][it[7]])
                          for it in leaked if d["recs"][it[0]][1] == d["vocab"]["langs"].index("zh"))


def test_duplicate_groups_hold_every_dropped_duplicate(both):
    d = explorer_data(both)
    f = both.run.findings.filter(pl.col("code").str.starts_with("dedup.") & pl.col("twin_id").is_not_null())
    members = {(d["recs"][m[0]][0], g[2]) for g in d["groups"] for m in g[3]}
    id_of = dict(zip(both.run.originals["_row"].to_list(), both.run.originals["id"].to_list()))
    assert members == {(id_of[r], t) for r, t in f.select("_row", "twin_id").iter_rows()}
    exact = [g for g in d["groups"] if any(d["vocab"]["codes"][m[1]] == "dedup.exact" for m in g[3])]
    n_exact = f.filter(pl.col("code") == "dedup.exact").height
    assert n_exact >= 5 and sum(len(g[3]) for g in exact) == n_exact  # the ZH sample's exact copies (SOURCES.md)
    assert all(g[0] >= 0 and d["snips"][g[1]] for g in d["groups"])  # the kept record is shown too


def test_read_rejects_are_listed_with_their_raw_text_masked(tmp_path, alpaca_zh):
    rows = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:30]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines[4] = '{"instruction": "联系 13800138000", "output": '  # malformed, with a phone number
    src = tmp_path / "bad.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = audit(str(src))
    d = explorer_data(res)
    reads = [it for it in d["items"] if d["vocab"]["stages"][it[2]] == "read"]
    assert len(reads) == 1 and d["recs"][reads[0][0]][0] == "bad.jsonl:5"
    assert d["vocab"]["codes"][reads[0][1]] == "read.malformed_json"
    assert "13800138000" not in d["snips"][reads[0][5]] and d["snips"][reads[0][5]]


def _faker_pii_records(alpaca_en, alpaca_zh, n=40):
    """Real instructions with personal data from an independent generator (Faker) in input/output."""
    from faker import Faker

    en, zh = Faker("en_US"), Faker("zh_CN")
    Faker.seed(7)
    rnd = random.Random(7)
    recs, values = [], []
    src_en = json.loads(alpaca_en.read_text(encoding="utf-8"))[:n]
    src_zh = json.loads(alpaca_zh.read_text(encoding="utf-8"))[:n]
    for i, r in enumerate(src_en):
        email = en.email()
        values.append(email)
        recs.append({"instruction": r["instruction"], "input": f"Contact: {email}",
                     "output": r["output"] + f" Write to {email}."})
    for i, r in enumerate(src_zh):
        phone = zh.phone_number()
        pid = zh.ssn()
        values += [phone, pid]
        recs.append({"instruction": r["instruction"], "input": f"联系电话{phone}，身份证号{pid}",
                     "output": r["output"]})
    rnd.shuffle(recs)
    return recs, values


def test_nothing_personal_reaches_the_clean_report(tmp_path, alpaca_en, alpaca_zh):
    recs, values = _faker_pii_records(alpaca_en, alpaca_zh)
    src = tmp_path / "pii.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    recipe = tmp_path / "r.yaml"
    recipe.write_text("name: r\nstages:\n  - stage: normalize\n  - stage: language\n  - stage: rules\n"
                      "  - stage: exact_dedup\n  - stage: pii\n    mode: patterns\n", encoding="utf-8")
    out, html = tmp_path / "clean.jsonl", tmp_path / "r.html"
    r = CliRunner().invoke(main, ["run", str(recipe), "-i", str(src), "-o", str(out), "--report", str(html),
                                  "--no-diversity-view", "--keep-findings", "-q"])
    assert r.exit_code == 0, r.output
    page = html.read_text(encoding="utf-8")
    leaked = [v for v in values if v in page]
    assert not leaked, leaked[:3]
    d = page_data(page)
    pii_items = [it for it in d["items"] if d["vocab"]["codes"][it[1]].startswith("pii.")]
    assert len({it[0] for it in pii_items}) >= 70  # the records that carry a value are listed
    # their fixes show where the value was, never the value
    diffs = [d["diffs"][it[7]] for it in pii_items if it[7] is not None]
    assert diffs and all(t == "[personal data]" for df in diffs for op, t in df if op == -1)


def test_clean_report_matches_the_audit_and_keeps_findings(tmp_path, alpaca_zh):
    out, html = tmp_path / "clean.jsonl", tmp_path / "clean.html"
    r = CliRunner().invoke(main, ["run", "clean", "-i", str(alpaca_zh), "-o", str(out), "--report", str(html),
                                  "--keep-findings", "--no-diversity-view", "--json"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["paths"]["report"] == str(html)
    # one member of the run's output set: published with it, its size and hash in the manifest
    import hashlib

    manifest = json.loads((tmp_path / "clean.manifest.json").read_text(encoding="utf-8"))
    assert manifest["outputs"]["report"]["path"] == html.name
    assert manifest["outputs"]["report"]["sha256"] == hashlib.sha256(html.read_bytes()).hexdigest()
    r2 = CliRunner().invoke(main, ["run", "clean", "-i", str(alpaca_zh), "-o", str(out), "--report", str(alpaca_zh)])
    assert r2.exit_code == 1 and "input" in r2.output  # a report path that is an input is refused
    page = html.read_text(encoding="utf-8")
    assert external_references(page) == [] and "curate run: clean" in page
    from curate.api.audit import audit_recipe  # noqa: F401  (the audit of the same recipe)

    aud = audit(str(alpaca_zh), recipe="clean", near=None)
    want = sorted((d["vocab"]["codes"][it[1]], d["recs"][it[0]][0])
                  for d in [explorer_data(aud)] for it in d["items"])
    d = page_data(page)
    got = sorted((d["vocab"]["codes"][it[1]], d["recs"][it[0]][0]) for it in d["items"])
    assert got == want  # clean reports exactly what its audit reports
    kept = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert all("_issues" in k for k in kept)
    marked = {k["id"]: {i["code"] for i in k["_issues"]} for k in kept if k["_issues"]}
    f = aud.run.findings.filter(pl.col("action") != "drop")
    id_of = dict(zip(aud.run.originals["_row"].to_list(), aud.run.originals["id"].to_list()))
    kept_ids = {k["id"] for k in kept}
    expect: dict[str, set] = {}
    for row, code in f.select("_row", "code").iter_rows():
        if id_of[row] in kept_ids:
            expect.setdefault(id_of[row], set()).add(code)
    assert marked == expect and any("norm.leaked_label" in v for v in marked.values())
    assert all(set(i) >= {"code", "stage", "action", "severity", "detail"} and None not in i.values()
               for k in kept for i in k["_issues"])
    # without --keep-findings the cleaned file carries no _issues
    r = CliRunner().invoke(main, ["run", "clean", "-i", str(alpaca_zh), "-o", str(tmp_path / "plain.jsonl"), "-q"])
    assert r.exit_code == 0 and "_issues" not in (tmp_path / "plain.jsonl").read_text(encoding="utf-8")


def test_report_lists_many_findings_compactly(tmp_path, alpaca_en):
    """Every record flagged once: the page carries all of them (the browser pages through them)."""
    rows = json.loads(alpaca_en.read_text(encoding="utf-8"))
    src = tmp_path / "ws.jsonl"  # trailing spaces: a whitespace fix on every record
    src.write_text("".join(json.dumps({**r, "instruction": r["instruction"] + "  "}) + "\n" for r in rows),
                   encoding="utf-8")
    res = audit(str(src), near=False)
    page = render_report(res, diversity=False)
    d = page_data(page)
    ws = [it for it in d["items"] if d["vocab"]["codes"][it[1]] == "norm.whitespace"]
    assert len(ws) >= len(rows) - 60  # (rows dropped earlier by other checks aside)
    assert len(page.encode("utf-8")) / len(d["items"]) < 1500  # bytes per listed finding, snippets included


def test_write_report_is_one_atomic_file(tmp_path, alpaca_zh):
    res = audit(str(alpaca_zh))
    out = write_report(tmp_path / "sub" / "r.html", res, diversity=False) if (tmp_path / "sub").mkdir() is None \
        else None
    assert out.exists() and sorted(p.name for p in out.parent.iterdir()) == ["r.html"]


def test_score_distributions_from_a_judge_over_http(tmp_path, alpaca_en, alpaca_zh, monkeypatch):
    """Records scored by a judge (a real local HTTP endpoint) carry judge_score; the report charts
    its distribution, every scored record in exactly one bar."""
    import xml.etree.ElementTree as ET

    from curate.stages.judge import JudgeScore
    from tests.helpers.openai_server import OpenAITestServer
    from tests.quality.test_judge import expected_score, judge_script

    import curate

    monkeypatch.setenv("JUDGE_TEST_KEY", "sk-test")
    recs = json.loads(alpaca_en.read_text(encoding="utf-8"))[:60] + json.loads(alpaca_zh.read_text(encoding="utf-8"))[:30]
    with OpenAITestServer(judge_script) as srv:
        stage = JudgeScore(model="j", base_url=srv.url, api_key_env="JUDGE_TEST_KEY", cache=tmp_path / "j.sqlite")
        curate.run([stage], recs, tmp_path / "scored.jsonl")
    res = audit(str(tmp_path / "scored.jsonl"), near=False)
    page = render_report(res, diversity=False)
    assert "<h2>Score distributions</h2>" in page
    svg = re.search(r'<svg class="chart" data-chart="histogram"[^>]*aria-label="judge score \(0-5\)".*?</svg>', page,
                    flags=re.S).group(0)
    root = ET.fromstring(svg)
    counts = {}
    for rect in root.iter("{http://www.w3.org/2000/svg}rect"):
        title = rect.find("{http://www.w3.org/2000/svg}title").text
        lo = int(re.search(r": (\d+)", title).group(1))
        counts[lo] = counts.get(lo, 0) + int(re.search(r": (\d+) \(", title.split(": ", 1)[1]).group(1))
    want: dict[int, int] = {}
    for r in recs:
        s = expected_score(r["output"])
        want[s] = want.get(s, 0) + 1
    assert counts == want  # the scripted judge's scores, bin by bin
