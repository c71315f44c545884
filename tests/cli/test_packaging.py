"""A wheel install (not the source tree) must find rules/, seeds/, recipes and the demo data."""
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_resources_and_finds_them(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("curate-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    rules = {Path(n).name for n in names if n.startswith("curate/_bundled/rules/")}
    seeds = {Path(n).name for n in names if n.startswith("curate/_bundled/seeds/")}
    assert {p.name for p in (ROOT / "rules").iterdir() if p.is_file()} <= rules
    assert {p.name for p in (ROOT / "seeds").iterdir() if p.is_file()} <= seeds
    assert "curate/recipes/clean.yaml" in names and "curate/data/demo_dirty.jsonl" in names
    target = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                        str(wheel)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    probe = ("import curate.resources as r, sys; "
             "assert str(r.rules_dir()).startswith(sys.argv[1]), r.rules_dir(); "
             "print(len(list(r.rules_dir().glob('*.yaml'))), len(list(r.seeds_dir().glob('*.jsonl'))), "
             "len(list(r.recipes_dir().glob('*.yaml'))))")
    r = subprocess.run([sys.executable, "-c", probe, str(target)], capture_output=True, text=True,
                       cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr[-2000:]
    n_rules, n_seeds, n_recipes = map(int, r.stdout.split())
    assert n_rules == len(list((ROOT / "rules").glob("*.yaml")))
    assert n_seeds == len(list((ROOT / "seeds").glob("*.jsonl")))
    assert n_recipes >= 1
