import json
import subprocess
import sys

from click.testing import CliRunner

from curate.cli import main

DEMO = "curate/data/demo_dirty.jsonl"


def test_run_json_and_files(tmp_path):
    out = tmp_path / "clean.jsonl"
    r = CliRunner().invoke(main, ["run", "clean", "-i", DEMO, "-o", str(out), "--json", "-q"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    t = summary["totals"]
    assert t["ok"] and t["written"] == len(out.read_text().splitlines())
    assert (tmp_path / "clean.rejects.jsonl").exists() and (tmp_path / "clean.manifest.json").exists()


def test_convert_split_turns_and_exit_codes(tmp_path):
    out = tmp_path / "c.jsonl"
    r = CliRunner().invoke(main, ["convert", DEMO, "-o", str(out), "--split-turns", "--json"])
    assert r.exit_code == 0, r.output
    t = json.loads(r.stdout)["totals"]
    assert t["split_extra"] == 1 and t["read"] + 1 == t["kept"] + t["rejected"]
    r = CliRunner().invoke(main, ["run", "clean", "-i", str(tmp_path / "nope.jsonl"), "-o", str(out)])
    assert r.exit_code == 1 and "no such file" in r.stderr
    r = CliRunner().invoke(main, ["run", "no-such-recipe", "-i", DEMO, "-o", str(out)])
    assert r.exit_code == 1 and "no shipped recipe" in r.stderr
    r = CliRunner().invoke(main, ["run", "clean"])
    assert r.exit_code == 2


def test_recipes_and_help():
    r = CliRunner().invoke(main, ["recipes", "--json"])
    assert r.exit_code == 0 and "clean" in {x["name"] for x in json.loads(r.stdout)}
    r = CliRunner().invoke(main, ["recipes", "clean"])
    assert "exact_dedup" in r.stdout
    r = subprocess.run([sys.executable, "-m", "curate", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "run" in r.stdout
