"""The CLI under misuse: one clear line and exit 1 (2 for usage), never a traceback, nothing written
over an input; `-o -` streams JSONL; the output format follows the name or is refused before reading."""
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from curate.cli import main

ROOT = Path(__file__).resolve().parents[2]
DEMO = str(ROOT / "curate" / "data" / "demo_dirty.jsonl")


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_error_line(r, code=1, *needles):
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    for n in needles:
        assert n in lines[0], lines[0]
    return lines[0]


def test_dash_output_streams_jsonl_to_stdout(tmp_path):
    r = cli("convert", DEMO, "-o", "-")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    recs = [json.loads(x) for x in lines]
    assert len(recs) > 30 and all("instruction" in x for x in recs)
    assert "read " in r.stderr and "balanced" in r.stderr  # the books go to stderr
    ref = tmp_path / "ref.jsonl"
    assert cli("convert", DEMO, "-o", ref, "-q").exit_code == 0
    assert r.stdout == ref.read_text(encoding="utf-8")  # the same bytes as the file
    r = cli("run", "clean", "-i", DEMO, "-o", "-", "-q", "--rejects", tmp_path / "rej.jsonl")
    assert r.exit_code == 0 and r.stdout.count("\n") > 20 and (tmp_path / "rej.jsonl").exists()
    assert cli("convert", DEMO, "-o", "-", "--json").exit_code == 2
    assert not list(Path.cwd().glob("-*"))  # no file named '-'


@pytest.mark.parametrize("name,needle", [("x.csv", "does not write"), ("x.parquet.gz", "Parquet compresses"),
                                         ("x.txt", "cannot tell the output format"), ("x", "cannot tell")])
def test_unknown_output_names_are_refused_before_reading(tmp_path, name, needle):
    bad_input = tmp_path / "cut.jsonl.gz"  # reading it would fail: the refusal must come first
    bad_input.write_bytes(gzip.compress(Path(DEMO).read_bytes())[:200])
    r = cli("convert", bad_input, "-o", tmp_path / name)
    one_error_line(r, 1, needle, name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cut.jsonl.gz"]


@pytest.mark.parametrize("name", ["o.jsonl.gz", "o.json.zst", "o.parquet", "o.json"])
def test_output_format_follows_the_name(tmp_path, name):
    assert cli("convert", DEMO, "-o", tmp_path / name, "-q").exit_code == 0
    back = cli("convert", tmp_path / name, "-o", tmp_path / "back.jsonl", "--json")
    assert json.loads(back.stdout)["totals"]["rejected"] == 0


def test_outputs_over_inputs_are_refused(tmp_path):
    src = tmp_path / "data.jsonl"
    src.write_bytes(Path(DEMO).read_bytes())
    one_error_line(cli("run", "clean", "-i", src, "-o", src), 1, "is the input file")
    one_error_line(cli("convert", src, "-o", tmp_path / "o.jsonl", "--rejects", src), 1, "rejects path")
    one_error_line(cli("convert", src, "-o", tmp_path / "o.jsonl", "--rejects", tmp_path / "o.jsonl"), 1,
                   "same file as the output")
    one_error_line(cli("audit", src, "--annotate", src), 1, "annotated path")
    one_error_line(cli("export", src, "--to", "axolotl", "-o", src), 1, "is the input file")
    assert src.read_bytes() == Path(DEMO).read_bytes()


def test_export_creates_its_folder(tmp_path):
    out = tmp_path / "new" / "deeper" / "data.json"
    r = cli("export", DEMO, "--to", "llama-factory", "-o", out, "-q")
    assert r.exit_code == 0, r.output
    assert json.loads(out.read_text())[0]["instruction"]
    assert "data" in json.loads((out.parent / "dataset_info.json").read_text())


def test_bad_configs_recipes_and_rules_are_one_line(tmp_path):
    bad_yaml = tmp_path / "gen.yaml"
    bad_yaml.write_text("seeds: [general_en\nn: 3\n  teacher: {kind: local\n")
    one_error_line(cli("generate", "--config", bad_yaml), 1, "gen.yaml", "not valid YAML", "line")
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("seeds: general_en\nn: 3\nflavour: strawberry\n")
    one_error_line(cli("generate", "--config", wrong), 1, "unknown key")
    recipe = tmp_path / "r.yaml"
    recipe.write_text("stages:\n  - stage: normalize\n   bad indent: [\n")
    one_error_line(cli("run", recipe, "-i", DEMO, "-o", tmp_path / "o.jsonl"), 1, "r.yaml")
    recipe.write_text("stages:\n  - stage: no_such_stage\n")
    one_error_line(cli("run", recipe, "-i", DEMO, "-o", tmp_path / "o.jsonl"), 1, "no_such_stage")
    recipe.write_text("stages:\n  - stage: normalize\n    t2s: [1, 2]\n    colour: red\n")
    one_error_line(cli("run", recipe, "-i", DEMO, "-o", tmp_path / "o.jsonl"), 1)
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - id: output.x\n    when: {field: output, op: [unclosed\n")
    one_error_line(cli("audit", DEMO, "--rules", rules, "-q"), 1, "rules.yaml")
    rules.write_text("rules:\n  - id: output.bad_rule\n    when: {no_such_measure: 3}\n")
    one_error_line(cli("audit", DEMO, "--rules", rules, "-q"), 1)
    assert not (tmp_path / "o.jsonl").exists()


def test_truncated_input_fails_with_offset_or_skips_into_rejects(tmp_path):
    rows = [json.dumps({"instruction": f"第{i}题", "output": f"答案 {i}"}, ensure_ascii=False) for i in range(5000)]
    blob = gzip.compress(("\n".join(rows) + "\n").encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(blob[: len(blob) * 2 // 3])
    one_error_line(cli("convert", p, "-o", tmp_path / "o.jsonl"), 1, "cut.jsonl.gz", "truncated", "byte",
                   "rows read before it", "--on-error skip")
    assert not (tmp_path / "o.jsonl").exists()
    r = cli("convert", p, "-o", tmp_path / "o.jsonl", "--on-error", "skip", "--json")
    s = json.loads(r.stdout)
    assert r.exit_code == 0 and s["totals"]["ok"]
    assert s["stages"][0]["dropped_by_code"] == {"read.truncated_stream": 1}
    assert any("truncated" in w for w in s["warnings"])


def test_no_traceback_for_a_subprocess_failure(tmp_path):
    """The real entry point, not the test runner: a damaged input and a directory as output."""
    r = subprocess.run([sys.executable, "-m", "curate", "convert", DEMO, "-o", str(tmp_path)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_audit_pii_runs_where_clean_has_it():
    """Redaction changes text, so where it runs changes which records are duplicates: audit --pii
    must put it where the clean recipe does, or the counts disagree."""
    from curate.api.audit import audit_recipe
    from curate.recipe import load_recipe

    audited = [s["stage"] for s in audit_recipe("audit", pii=True).stages]
    assert audited == [s["stage"] for s in load_recipe("clean").stages]


@pytest.mark.model
def test_audit_pii_counts_equal_clean_counts(tmp_path):
    r = cli("audit", DEMO, "--pii", "--json", "-q")
    a = json.loads(r.stdout)
    c = json.loads(cli("run", "clean", "-i", DEMO, "-o", tmp_path / "c.jsonl", "--json", "-q").stdout)
    assert (a["would_keep"], a["would_drop"]) == (c["totals"]["kept"], c["totals"]["rejected"])
