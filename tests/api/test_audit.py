"""`curate audit` on the real Alpaca samples: what it finds, what it must not flag, and its outputs
(summary table, --json, --annotate, --report, --fail-on), run the way users run it.

The expected sets are defined from the data itself by a second, independent reading (exact strings
and simple patterns written from a hand review of both files; see the comments), not from the
audit's own output.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from curate.api.audit import audit, audit_recipe
from curate.cli import main

ROOT = Path(__file__).resolve().parents[2]

CJK = re.compile("[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def en_records(alpaca_en):
    return json.loads(alpaca_en.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def zh_records(alpaca_zh):
    return json.loads(alpaca_zh.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def en_audit(alpaca_en):
    return audit(str(alpaca_en))


@pytest.fixture(scope="module")
def zh_audit(alpaca_zh):
    return audit(str(alpaca_zh))


def rows_of(res, code, field=None):
    f = res.run.findings.filter(pl.col("code") == code)
    if field:
        f = f.filter(pl.col("field") == field)
    return set(f["_row"].to_list())


# ------------------------------------------------------------------- English: the known defects
# Every distinct no-input marker in the 5,000 inputs, found by reading all inputs shorter than 30
# characters and every input containing "input", "n/a" or "<": 42 records.
PLACEHOLDER_INPUTS = {"No input", "No Input", "No input.", "Noinput", "noinput", "N/A", "No input needed.",
                      "<no input>", "<no input>.", "<noinput?"}


def test_every_placeholder_input_found(en_audit, en_records):
    expected = {i for i, r in enumerate(en_records) if r["input"].strip() in PLACEHOLDER_INPUTS}
    assert len(expected) == 42
    found = rows_of(en_audit, "norm.placeholder_input") | rows_of(en_audit, "input.attachment_only")
    assert expected <= found
    # "[Image]\n\nNo input needed." is a placeholder behind an image tag: caught as attachment-only
    tagged = {i for i, r in enumerate(en_records) if r["input"].startswith("[Image]")}
    assert tagged and tagged <= rows_of(en_audit, "input.attachment_only")


def test_every_empty_or_nooutput_output_found(en_audit, en_records):
    # by hand: 3 empty, 3 "<nooutput>", 1 "<no output>", 1 "<nooutput - cannot create a visual
    # output>", 1 "No output because ...", and 2 outputs that are only the "<noinput>" marker
    expected = {i for i, r in enumerate(en_records)
                if r["output"].strip() in {"", "<nooutput>", "<no output>", "<noinput>"}
                or re.match(r"<?no ?output", r["output"].strip(), re.IGNORECASE)}
    assert len(expected) == 11
    assert rows_of(en_audit, "output.empty") == expected
    dropped = {d["_row"] for d in en_audit.run.rejects}
    assert expected <= dropped


def test_every_merged_instruction_found(en_audit, en_records):
    # by hand: three outputs continue with "N. Instruction: ... N. Input: ... N. Output:", one ends
    # with the dangling "##" separator of a cut merge, one input is a whole instruction block
    expected = {i for i, r in enumerate(en_records)
                if re.search(r"\n\s*\d+\.\s*Instruction:", r["output"]) or r["output"].rstrip().endswith("\n##")}
    assert len(expected) == 4
    assert rows_of(en_audit, "instruction.merged") == expected
    # the fix keeps the answer and cuts the merged tail
    fixed = en_audit.run.records.filter(pl.col("_row").is_in(pl.Series(sorted(expected)).implode()))
    for out in fixed["output"].to_list():
        assert "Instruction:" not in out and not out.endswith("##") and out.strip()
    merged_inputs = {i for i, r in enumerate(en_records) if r["input"].startswith("Instruction:")}
    assert merged_inputs and merged_inputs == rows_of(en_audit, "input.merged_task")


def test_attachment_and_url_only_inputs(en_audit, en_records):
    found = rows_of(en_audit, "input.attachment_only")
    urls = {i for i, r in enumerate(en_records) if re.fullmatch(r"(https?://|www\.)\S+", r["input"].strip())}
    assert len(urls) == 21 and urls <= found
    for i in found:  # every hit is short and points at something outside the text
        inp = en_records[i]["input"]
        assert len(inp) < 200 and re.search(r"http|www\.|attach|insert|photo|image|picture|link|audio|lyrics"
                                             r"|\.(?:jpe?g|png|csv|pdf|docx?|xlsx?|mp[34]|wav)\b",
                                             inp, re.IGNORECASE), inp


def test_english_audit_books_and_summary(en_audit):
    d = en_audit.to_dict()
    assert d["records"] == 5000 == d["would_keep"] + d["would_drop"]
    assert d["languages"]["en"] > 4900
    by_code = {i["code"]: i for i in d["issues"]}
    assert by_code["output.empty"]["records"] == 11 and by_code["output.empty"]["action"] == "drop"
    assert by_code["output.empty"]["percent"] == pytest.approx(0.22)
    assert en_audit.reached("error") and en_audit.max_severity() == "error"


# ------------------------------------------------------------------- Chinese: labels, copies, language
def test_chinese_leaked_labels_and_copies(zh_audit, zh_records):
    inputs = {i for i, r in enumerate(zh_records) if r["input"].startswith("输入：")}
    outputs = {i for i, r in enumerate(zh_records) if re.match("输出[：:]", r["output"])}
    assert (len(inputs), len(outputs)) == (94, 18)
    assert inputs <= rows_of(zh_audit, "norm.leaked_label", "input")
    assert rows_of(zh_audit, "norm.leaked_label", "output") == outputs
    table = {i["code"]: i for i in zh_audit.issues}
    assert table["norm.leaked_label"]["fields"]["output"] == 18
    assert table["norm.leaked_label"]["fields"]["input"] >= 94
    seen, copies = set(), set()
    for i, r in enumerate(zh_records):
        key = (r["instruction"], r["input"], r["output"])
        if key in seen:
            copies.add(i)
        seen.add(key)
    assert len(copies) == 8
    # a copy whose record a rule already drops (611 repeats 115, an answer to a missing input) never
    # reaches exact dedup; every copy is gone either way
    rejected = {d["_row"] for d in zh_audit.run.rejects}
    assert rows_of(zh_audit, "dedup.exact") <= copies and copies <= rejected


def test_legitimate_english_answers_to_chinese_tasks_are_not_flagged(zh_audit, zh_records):
    no_cjk = {i for i, r in enumerate(zh_records) if not CJK.search(r["output"])}
    assert len(no_cjk) == 21
    flagged = rows_of(zh_audit, "lang.output_mismatch") & no_cjk
    # Read by hand, and the same in the independent labels (tests/data/labels/alpaca_zh.jsonl:
    # english_reply): English prose replies to Chinese tasks that ask for no English ("安排明天上午
    # 10点的会议" -> "Certainly, I will schedule ...", "换句话说：看到了一只狗。" -> "In other words,
    # ..."). The other 13 are code (54: English comments in code), translations into English,
    # English word forms, a quoted English sentence, or short names.
    assert flagged == {56, 322, 332, 351, 353, 458, 576, 625}
    legit = {54, 521, 899, 600, 117, 354, 517, 790, 836, 919, 891, 734, 185}
    assert legit == no_cjk - flagged
    labels = [json.loads(x) for x in (ROOT / "tests/data/labels/alpaca_zh.jsonl").read_text(encoding="utf-8").splitlines()]
    english_reply = {x["index"] for x in labels if x["category"] == "english_reply" or "english_reply" in x["also"]}
    ok = {x["index"] for x in labels if x["category"] == "ok"}
    every = rows_of(zh_audit, "lang.output_mismatch")
    assert every <= english_reply and not every & ok and len(every) >= 11  # precision 1.0, recall 11/18
    # nothing else in the Chinese set is flagged for language except replies that are in English
    for i in rows_of(zh_audit, "lang.output_mismatch"):
        out = zh_records[i]["output"]
        assert len(CJK.findall(out)) < 0.1 * len(re.findall("[A-Za-z]", out))


def test_chinese_media_tasks(zh_audit, zh_records):
    found = rows_of(zh_audit, "task.needs_media")
    # checked against the hand labels: 12 of the 14 labelled needs_media (posters 475, 726, a mascot
    # 346, a T-shirt 382, a bar chart 587, a melody 381, a logo 47; images the model cannot see: 169
    # 这幅漫画, 194 这幅画, 280 这个标志, 532 这个拼图, 545 给定的画作), a physical request the labels
    # call a refusal (450 把垃圾拿出去), and one labelled ok (145, a chart answered with a table).
    # Missed: 119 (a film poster whose title 《…》 reads like a named work) and 367.
    assert found == {47, 145, 169, 194, 280, 346, 381, 382, 450, 475, 532, 545, 587, 726}


# ------------------------------------------------------------------------------- outputs
def test_annotate_writes_every_record_in_order_with_issues(tmp_path, alpaca_zh, zh_records):
    out = tmp_path / "ann.jsonl"
    # --raw: the records exactly as read (the default masks personal data: tests/pii/test_leaks.py)
    r = CliRunner().invoke(main, ["audit", str(alpaca_zh), "--annotate", str(out), "--raw", "-q"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(zh_records)
    for src, ann in zip(zh_records, lines):
        assert (ann["instruction"], ann["input"], ann["output"]) == (src["instruction"], src["input"], src["output"])
        assert isinstance(ann["_issues"], list)
        for issue in ann["_issues"]:
            assert {"code", "stage", "action", "severity", "detail"} <= set(issue)
    codes = defaultdict(set)
    for i, ann in enumerate(lines):
        for issue in ann["_issues"]:
            codes[issue["code"]].add(i)
    assert len(codes["dedup.exact"]) == 7  # the 8th copy (611) is dropped by a rule first
    assert {i for i, r in enumerate(zh_records) if r["input"].startswith("输入：")} <= codes["norm.leaked_label"]


def test_annotate_includes_quarantined_rows_in_place(tmp_path):
    src = tmp_path / "mixed.jsonl"
    src.write_text('{"instruction": "Name a color.", "input": "", "output": "Red"}\n'
                   '{"instruction": "broken\n'
                   '{"instruction": "Create a movie poster.", "input": "", "output": "<nooutput>"}\n',
                   encoding="utf-8")
    res = audit(str(src))
    lines = list(res.annotated())
    assert len(lines) == 3
    assert lines[0]["_issues"] == []
    assert lines[1]["_issues"][0]["code"] == "read.malformed_json" and lines[1]["_source"]["line"] == 2
    assert {i["code"] for i in lines[2]["_issues"]} >= {"output.empty", "task.needs_media"}
    table = {i["code"]: i for i in res.issues}
    assert table["read.malformed_json"]["records"] == 1


def test_json_summary_and_fail_on(tmp_path, alpaca_en):
    runner = CliRunner()
    r = runner.invoke(main, ["audit", str(alpaca_en), "--json", "--fail-on", "error"])
    assert r.exit_code == 4
    d = json.loads(r.stdout)
    assert d["records"] == 5000 and {i["code"] for i in d["issues"]} >= {"output.empty", "instruction.merged"}
    clean = tmp_path / "clean.jsonl"
    clean.write_text(json.dumps({"instruction": "Name three primary colors.", "input": "",
                                 "output": "Red, yellow and blue."}) + "\n", encoding="utf-8")
    r = runner.invoke(main, ["audit", str(clean), "--fail-on", "warning", "-q"])
    assert r.exit_code == 0, r.output


def test_user_rules_and_disable_from_the_cli(tmp_path, alpaca_en):
    mine = tmp_path / "mine.yaml"
    mine.write_text("rules:\n  - id: task.needs_media\n    action: drop\n"
                    "  - id: custom.example_domain\n    fields: [input]\n"
                    "    condition: {regex: 'example\\.com'}\n    action: flag\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["audit", str(alpaca_en), "--rules", str(mine), "--disable", "output.refusal",
                                  "--json", "--no-near"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    by = {i["code"]: i for i in d["issues"]}
    assert by["task.needs_media"]["action"] == "drop"
    assert by["custom.example_domain"]["records"] >= 4
    assert "output.refusal" not in by
    assert not any(s["kind"] == "near_dedup" for s in d["stages"])


def test_examples_are_masked(tmp_path):
    src = tmp_path / "pii.jsonl"
    rows = [{"instruction": "Email jane.doe@example.org about the invoice.", "input": "",
             "output": "Email jane.doe@example.org about the invoice."},
            {"instruction": "给张三打电话。", "input": "", "output": "给张三打电话，号码13800138000。" * 1}]
    rows.append(dict(rows[1]))  # an exact copy: its example is printed too
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    html = tmp_path / "r.html"
    r = CliRunner().invoke(main, ["audit", str(src), "--report", str(html)])
    assert r.exit_code == 0, r.output
    j = CliRunner().invoke(main, ["audit", str(src), "--json"])
    for text in (r.output, j.stdout, html.read_text(encoding="utf-8")):
        assert "jane.doe@example.org" not in text and "13800138000" not in text
    assert "<EMAIL_ADDRESS>" in r.output or "&lt;EMAIL_ADDRESS&gt;" in r.output


def test_html_report_is_self_contained(tmp_path, alpaca_zh):
    from tests.api.test_report import external_references

    from curate.api.report import write_report

    res = audit(str(alpaca_zh))
    cleaned = tmp_path / "clean.jsonl"
    from curate.io.writers import write_records
    write_records(res.run.records, cleaned)
    out = write_report(tmp_path / "report.html", res, cleaned=str(cleaned), sources=[alpaca_zh.name],
                       diversity=False)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert external_references(page) == []  # nothing fetched: no src, no link, no url(), no @import
    for section in ("Issues", "Records behind the issues", "Duplicate groups", "Languages", "Length distributions",
                    "Before / after", "Stages"):
        assert f"<h2" in page and f">{section}</h2>" in page, section
    assert page.count('data-chart="histogram"') == 3 and "dedup.exact" in page and "norm.leaked_label" in page
    assert "cleaned file" in page and f"<td class='n'>{res.run.records.height}</td>" in page


def test_optional_checks_only_when_installed():
    rec = audit_recipe(pii=True)
    kinds = [s["stage"] for s in rec.stages]
    assert kinds[-1] == "pii"  # where the clean recipe redacts: after dedup, so the counts agree
    assert "semantic_dedup" not in kinds
    assert [s["stage"] for s in audit_recipe(near=False).stages] == ["normalize", "language", "rules", "exact_dedup"]


def test_audit_does_not_import_torch(tmp_path, alpaca_zh):
    # The CLI, run in a fresh interpreter exactly as `curate audit` runs, must not pull in any heavy
    # library: the audit has to start fast on machines without them.
    script = tmp_path / "probe.py"
    script.write_text(
        "import sys\n"
        "from curate.cli import main\n"
        "try:\n"
        f"    main(['audit', {str(alpaca_zh)!r}, '--json', '--report', {str(tmp_path / 'r.html')!r},"
        " '--no-diversity-view'])\n"
        "except SystemExit as e:\n"
        "    assert e.code in (0, None), e.code\n"
        "heavy = [m for m in ('torch', 'transformers', 'sentence_transformers', 'presidio_analyzer', 'spacy',"
        " 'usearch') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "print('NO_HEAVY_IMPORTS')\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, str(script)], check=False, capture_output=True, text=True, cwd=root,
                       env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "NO_HEAVY_IMPORTS" in r.stdout


def test_audit_lists_duplicate_groups_with_examples(alpaca_zh):
    from curate.api.audit import audit, summary_table
    res = audit(alpaca_zh)
    groups = res.duplicate_groups(top=1000)
    exact = [g for g in groups if g["code"] == "dedup.exact"]
    # the 8 exact copies (SOURCES.md), less 611, which a rule drops first (it repeats 115)
    assert sum(g["size"] - 1 for g in exact) == 7
    assert all(g["examples"] and g["kept_id"] for g in exact)
    assert res.to_dict()["duplicate_groups"] and "largest duplicate groups" in summary_table(res)
