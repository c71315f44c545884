"""The linear-time pattern engine (curate/rules/engine.py): the Python → Rust translation, the same
findings as Python's re on real data, every shipped rule on 1 MiB adversarial fields, and one clear
error for a user rule the engine cannot run."""
from __future__ import annotations

import json
import re
import time

import pytest

from curate.rules import RuleError, load_rules, shipped_packs
from curate.rules.engine import LinearPattern, PatternError, python_replacement, to_rust
from curate.rules.packs import RuleSet, detect_record_langs


# ------------------------------------------------------------------------------ translation
@pytest.mark.parametrize("pattern, texts", [
    (r"\bdraw\b", ["Draw a cat", "withdraw", "画draw", "draw画", "re-draw"]),
    (r"\w+@\w+\.\w+", ["mail bob@x.org now", "用户名@例子.中国", "no mail"]),
    (r"\A\s*<\s*no\s*input\s*>\s*\Z", ["<noinput>", " < no input > \n", "x <noinput>"]),
    (r"^\W*(?:please\s+)?draw", ["-\n-\n draw", "please draw", "a draw"]),
    (r"[\[<(]\w+[\]>)]", ["[flag]", "<b>", "(x)", "[[]"]),
    (r"a{,2}b", ["aab", "b", "aaab"]),
    (r"\d+\s*[.)、]", ["12. x", "３、x", "a"]),
    (r"[^\W\d_]+", ["abc123", "中文", "___"]),
    (r"\<tag\>", ["<tag>", "tag"]),
    (r"x\Z", ["abx", "x\n"]),
])
def test_translation_matches_like_python(pattern, texts):
    p = LinearPattern(pattern)
    for t in texts:
        py = [m.span() for m in p.py.finditer(t) if m.end() > m.start()]
        assert p.found_text(t) is bool(py), (pattern, t)
        m = p.py.search(t)
        assert p.first_text(t) == (m.group(0) if m else None), (pattern, t)


@pytest.mark.parametrize("pattern, why", [
    (r"(?<!\w)draw", "look-around"), (r"draw(?=ing)", "look-around"), (r"(a)\1", "backreference"),
    (r"(?>ab)", "atomic"), (r"a*+", "possessive"), (r"(?P<x>a)(?P=x)", "backreference"),
])
def test_constructs_the_engine_cannot_run_are_refused(pattern, why):
    with pytest.raises(PatternError, match=why):
        LinearPattern(pattern)


def test_translation_escapes_and_replacement():
    assert to_rust(r"\Z") == r"\z"
    assert to_rust(r"[[]") == r"[\[]"
    assert to_rust(r"a{x") == r"a\{x"
    assert python_replacement(r"\1-\g<name>$") == "${1}-${name}$$"
    p = LinearPattern(r"(\d+) apples")
    assert p.replace_all("3 apples and 4 apples", r"\1 pears") == p.py.sub(r"\1 pears", "3 apples and 4 apples")


# ------------------------------------------------------------- the same findings as Python's re
def _records(path):
    if str(path).endswith(".jsonl"):
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            t = json.loads(line)
            for inst in t.get("instances", []):
                out.append({"instruction": t["instruction"], "input": inst.get("input", ""),
                            "output": inst.get("output", "")})
        return out
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["alpaca_original_sample_30000_34999.json", "alpaca_zh_llamafactory_demo_1000.json",
                                  "self_instruct_seed_tasks.jsonl", "belle_zh_seed_tasks.jsonl"])
def test_rust_engine_gives_the_findings_and_fixes_of_python_re_on_real_data(shared_data, name):
    recs = _records(shared_data / name)
    langs = detect_record_langs(recs)
    cols = {k: [r.get(k) for r in recs] for k in ("instruction", "input", "output")}
    rs = load_rules(shipped_packs())
    new = rs.evaluate_columns(cols, langs)
    old = rs.evaluate_columns(cols, langs, reference=True)
    assert new == old
    assert sum(len(h) for h, _ in new) > (20 if "alpaca" in name else 0)  # it covers real findings


# ------------------------------------------------------------- linear time on adversarial fields
MiB = 1 << 20
ADVERSARIAL = {
    "dash_newline": "-\n" * (MiB // 2),
    "spaces": " " * MiB,
    "a_bang": "a" * (MiB - 1) + "!",
    "nested_brackets": "(" * (MiB // 2) + ")" * (MiB // 2),
    "angle_brackets": "<[" * (MiB // 2),
    "chinese": "画" * (MiB // 3),
    "hash_lines": "\n##" * (MiB // 3),
    "fence": "```python\n" + "(" * (MiB - 20) + "\n```",
}


@pytest.mark.parametrize("pack", ["default", "generation", "safety"])
def test_every_shipped_rule_is_fast_on_1_mib_adversarial_fields(pack):
    """Python's re took 74 s on 60 KB of "-\\n" with the old `^\\W*...` patterns (quadratic); the
    issue's bound is 2 s per rule on a 1 MiB field. Every field of the record holds the text."""
    rs = load_rules([pack])
    worst = (0.0, "")
    for rule in rs:
        one = RuleSet([rule])
        lang = next((lang for lang in rule.languages if lang != "any"), "en")
        for kind, text in ADVERSARIAL.items():
            rec = {"instruction": text, "input": text, "output": text}
            best = float("inf")
            for _ in range(2):  # the better of two runs: the machine is shared
                t0 = time.perf_counter()
                one.evaluate(rec, lang)
                best = min(best, time.perf_counter() - t0)
                if best < 2.0:
                    break
            worst = max(worst, (best, f"{rule.id} on {kind}"))
            assert best < 2.0, f"{rule.id} took {best:.2f} s on 1 MiB of {kind}"
    print(f"{pack}: slowest {worst[1]} {worst[0]:.2f} s")


# ------------------------------------------------------------------ a user rule it cannot run
def test_a_user_rule_with_look_around_gets_one_error_naming_it(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text("rules:\n  - id: team.no_lookbehind\n    fields: [output]\n"
                 "    condition: {regex: '(?<!not )good'}\n    action: flag\n", encoding="utf-8")
    with pytest.raises(RuleError) as e:
        load_rules(["default"], extra=[p])
    msg = str(e.value)
    assert "team.no_lookbehind" in msg and "look-around" in msg and "\n" not in msg


def test_cli_audit_with_such_a_rule_exits_1_with_one_line(tmp_path):
    from click.testing import CliRunner

    from curate.cli import main

    rules = tmp_path / "mine.yaml"
    rules.write_text("rules:\n  - id: team.backref\n    fields: [output]\n"
                     "    condition: {regex: '(\\w+) \\1'}\n    action: flag\n", encoding="utf-8")
    data = tmp_path / "in.jsonl"
    data.write_text(json.dumps({"instruction": "Say hi.", "input": "", "output": "hi hi"}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["audit", str(data), "--rules", str(rules)])
    assert r.exit_code == 1
    lines = [ln for ln in r.output.strip().splitlines() if ln.strip()]
    assert len(lines) == 1 and "team.backref" in lines[0] and "backreference" in lines[0]
    assert "Traceback" not in r.output


def test_fix_patterns_and_keyword_removal_follow_python(tmp_path):
    p = tmp_path / "fix.yaml"
    p.write_text("rules:\n  - id: team.strip_sig\n    fields: [output]\n"
                 "    condition: {any_of: [regards, cheers]}\n    action: fix\n    fix: strip\n"
                 "  - id: team.dashes\n    fields: [output]\n    condition: {regex: '-{2,}'}\n"
                 "    action: fix\n    fix: {replace: {pattern: '-{2,}', with: ' - '}}\n", encoding="utf-8")
    rs = load_rules([p])
    rec = {"instruction": "Write a note.", "input": "", "output": "Thanks--see you. Cheers"}
    got = rs.evaluate_columns({k: [v] for k, v in rec.items()}, ["en"])[0]
    ref = rs.evaluate_columns({k: [v] for k, v in rec.items()}, ["en"], reference=True)[0]
    assert got == ref and got[1]["output"] == "Thanks - see you."
    assert re.search("cheers", got[1]["output"], re.I) is None
