"""The shipped seed sets, the seed validator and `curate seeds`."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from curate.generate.seeds import (
    SeedError,
    check_seeds,
    load_seeds,
    rouge_l_pairs,
    shipped_sets,
    validate_seeds,
)
from curate.text import script_of

SETS = ("general_en", "general_zh", "travel_qa", "medical_qa", "security_incident", "patrol_report")
DOMAIN = ("travel_qa", "medical_qa", "security_incident", "patrol_report")


def _line(task: dict) -> str:
    return json.dumps(task, ensure_ascii=False)


def _task(i: int, instruction: str, output: str = "ok", lang: str = "en", **kw) -> dict:
    d = {"id": f"t{i}", "name": f"task_{i}", "lang": lang, "instruction": instruction,
         "instances": [{"input": "", "output": output}], "is_classification": False}
    d.update(kw)
    return d


def _write(tmp_path, lines: list, name: str = "seeds.jsonl"):
    p = tmp_path / name
    p.write_text("\n".join(x if isinstance(x, str) else _line(x) for x in lines) + "\n",
                 encoding="utf-8")
    return p


def _codes(problems) -> list[tuple[int | None, str]]:
    return [(p.line, p.code) for p in problems]


# ------------------------------------------------------------------ the shipped sets
@pytest.fixture(scope="module")
def shipped():
    return {name: check_seeds(name) for name in SETS}


def test_every_shipped_set_is_present_and_validates_clean(shipped):
    assert set(SETS) <= set(shipped_sets())
    for name, res in shipped.items():
        assert res.problems == [], f"{name}: " + "; ".join(map(str, res.problems))
        assert res.lines == len(res.tasks)
        assert all(not t.lang_inferred for t in res.tasks), f"{name}: every task carries lang"


def test_general_sets_size_language_and_classification_share(shipped):
    for name, lang in (("general_en", "en"), ("general_zh", "zh")):
        tasks = shipped[name].tasks
        assert len(tasks) >= 40
        assert {t.lang for t in tasks} == {lang}
        share = sum(t.is_classification for t in tasks) / len(tasks)
        assert 0.2 <= share <= 0.3, f"{name}: classification share {share:.2f}"
        # Written natively: the script of every instruction agrees with the tag.
        want = "zh" if lang == "zh" else "latin-or-other"
        assert all(script_of(t.instruction) == want for t in tasks)


def test_domain_sets_size_and_language_mix(shipped):
    for name in DOMAIN:
        tasks = shipped[name].tasks
        assert len(tasks) >= 20, name
        counts = shipped[name].lang_counts()
        assert set(counts) == {"en", "zh"}, name
        for lang in ("en", "zh"):
            assert counts[lang] * 3 >= len(tasks), f"{name}: {lang} is under a third"
        assert any(t.is_classification for t in tasks), name
    patrol = shipped["patrol_report"].lang_counts()
    assert patrol["zh"] > patrol["en"], "patrol reports are Chinese-first"


def test_shipped_instructions_are_novel_across_all_sets(shipped):
    # The generator may pool several sets; no two seeds may already fail its 0.7 novelty bar.
    tasks = [t for res in shipped.values() for t in res.tasks]
    pairs = rouge_l_pairs([t.instruction for t in tasks], 0.7)
    assert pairs == [], [(tasks[i].id, tasks[j].id, round(f, 2)) for i, j, f in pairs]
    ids = [t.id for t in tasks]
    assert len(ids) == len(set(ids)), "task ids are unique across the shipped sets"


def test_travel_outputs_are_json_with_the_declared_keys(shipped):
    for t in shipped["travel_qa"].tasks:
        assert t.output_format == "json" and t.output_keys
        for inst in t.instances:
            value = json.loads(inst.output)  # independent of the validator
            assert isinstance(value, dict) and list(value) == t.output_keys, t.id


def test_travel_budget_arithmetic_adds_up(shipped):
    budgets = [t for t in shipped["travel_qa"].tasks if t.output_keys and "per_person" in t.output_keys]
    assert len(budgets) >= 2
    for t in budgets:
        v = json.loads(t.instances[0].output)
        assert sum(i["amount"] for i in v["items"]) == v["total"], t.id
        people = round(v["total"] / v["per_person"])
        assert people * v["per_person"] == v["total"], t.id


MED_DISCLAIMER = {"zh": "提示：以上内容仅为健康科普信息", "en": "Note: This is general health information"}
SEE_DOCTOR = {"zh": "出现以下情况请及时就医：", "en": "See a doctor promptly if:"}


def test_medical_answers_carry_the_disclaimer_and_triage_safety_line(shipped):
    tasks = shipped["medical_qa"].tasks
    triage = [t for t in tasks if t.name.startswith("triage_")]
    assert len(triage) >= 4 and {t.lang for t in triage} == {"en", "zh"}
    for t in tasks:
        for inst in t.instances:
            if t.is_classification:
                continue
            last = inst.output.strip().splitlines()[-1]
            assert last.startswith(MED_DISCLAIMER[t.lang]), t.id
            if t in triage:
                assert SEE_DOCTOR[t.lang] in inst.output, t.id


RISK = {"zh": ("低", "中", "高", "紧急"), "en": ("low", "medium", "high", "critical")}
SEC_FIELDS = {"zh": ("事件类型：", "风险等级：", "研判依据：", "处置建议："),
              "en": ("Event type: ", "Risk level: ", "Basis: ", "Recommended actions:")}


def test_security_answers_share_one_structure_and_risk_scale(shipped):
    risk_only = 0
    for t in shipped["security_incident"].tasks:
        for inst in t.instances:
            if t.is_classification:
                if "risk" in t.name:
                    risk_only += 1
                    assert inst.output in RISK[t.lang], t.id
                continue
            lines = inst.output.splitlines()
            heads = SEC_FIELDS[t.lang]
            for k, head in enumerate(heads):
                assert lines[k].startswith(head), (t.id, head)
            assert lines[1][len(heads[1]):] in RISK[t.lang], t.id
    assert risk_only >= 4


def test_patrol_reports_use_placeholder_officer_codes(shipped):
    for t in shipped["patrol_report"].tasks:
        for inst in t.instances:
            for code in re.findall(r"\bP-\d+\b", inst.input + inst.output):
                assert re.fullmatch(r"P-\d{2}", code)


_PERSONAL = [
    ("mainland mobile number", re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")),
    ("ID card number", re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")),
    ("email address", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")),
    ("phone with separators", re.compile(r"\b\d{3}[-. ]\d{3,4}[-. ]\d{4}\b")),
]
_DOC_IP = re.compile(r"^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^10\.\d+\.\d+\.\d+$")


def test_no_personal_data_and_only_documentation_ip_addresses(shipped):
    for res in shipped.values():
        for t in res.tasks:
            text = "\n".join([t.instruction] + [i.input + "\n" + i.output for i in t.instances])
            for what, pattern in _PERSONAL:
                assert not pattern.search(text), f"{t.id}: looks like a {what}"
            for ip in re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", text):
                assert _DOC_IP.match(ip), f"{t.id}: {ip} is not a documentation/private address"


def test_load_seeds_by_bare_name_and_round_trip(tmp_path):
    tasks = load_seeds("general_zh")
    assert len(tasks) >= 40 and all(t.lang == "zh" for t in tasks)
    again = _write(tmp_path, [t.to_dict() for t in tasks])
    assert [t.to_dict() for t in load_seeds(again)] == [t.to_dict() for t in tasks]
    assert load_seeds("travel_qa.jsonl")[0].output_format == "json"
    with pytest.raises(FileNotFoundError, match="shipped sets"):
        load_seeds("no_such_set")


# ------------------------------------------------------------------ the validator catches problems
def test_malformed_line_is_reported_with_its_line_and_the_rest_still_parses(tmp_path):
    p = _write(tmp_path, [_task(1, "Summarize the article in two sentences."),
                          '{"id": "t2", "name": "broken", "instruction": ',
                          "",
                          "[1, 2]",
                          _task(5, "List three uses of baking soda at home.")])
    res = check_seeds(p)
    assert _codes(res.problems) == [(2, "seed.malformed_json"), (4, "seed.not_object")]
    assert [t.id for t in res.tasks] == ["t1", "t5"] and res.lines == 4
    assert str(res.problems[0]).startswith(f"{p}:2: error: seed.malformed_json:")


def test_invalid_utf8_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_bytes(_line(_task(1, "Name three kinds of clouds.")).encode() + b"\n"
                  + b'{"id": "t2", "instruction": "\xff\xfe"}\n')
    assert _codes(validate_seeds(p)) == [(2, "seed.invalid_utf8")]


def test_missing_fields_and_wrong_types(tmp_path):
    no_instances = _task(1, "Give an example of a renewable energy source.")
    del no_instances["instances"]
    wrong = _task(2, "Is the number even or odd?", is_classification="yes")
    bad_inst = _task(3, "Rewrite the sentence in the past tense.")
    bad_inst["instances"] = [{"input": "I walk home."}, "not an object", {"input": 3, "output": "x"}]
    p = _write(tmp_path, [no_instances, wrong, bad_inst])
    probs = validate_seeds(p)
    assert _codes(probs) == [(1, "seed.missing_field"), (2, "seed.wrong_type"),
                             (3, "seed.missing_field"), (3, "seed.wrong_type"),
                             (3, "seed.wrong_type")]
    assert "'instances'" in probs[0].message and "'is_classification'" in probs[1].message
    assert "instances[1]" in probs[2].message and "instances[3].input" in probs[4].message


def test_duplicate_id_name_and_identical_instruction(tmp_path):
    a = _task(1, "Explain what a budget deficit is.")
    b = _task(1, "Explain what inflation is.")           # same id and name
    c = _task(3, "explain  what a BUDGET deficit is.")   # same instruction after normalization
    p = _write(tmp_path, [a, b, c])
    assert _codes(validate_seeds(p)) == [(2, "seed.duplicate_id"), (2, "seed.duplicate_name"),
                                         (3, "seed.duplicate_instruction")]


def test_empty_instruction_output_and_no_instances(tmp_path):
    p = _write(tmp_path, [_task(1, "   "),
                          _task(2, "Write a haiku about rain.", output="  "),
                          {**_task(3, "Name the capital of Kenya."), "instances": []}])
    assert _codes(validate_seeds(p)) == [(1, "seed.empty_instruction"), (2, "seed.empty_output"),
                                         (3, "seed.no_instances")]


def test_lang_tag_must_match_the_script_of_the_instruction(tmp_path):
    p = _write(tmp_path, [_task(1, "把下面的句子改写成被动句。", lang="en"),
                          _task(2, "Rewrite the sentence in the passive voice.", lang="zh"),
                          _task(3, "用Python写一个函数，判断一个年份是不是闰年。", lang="zh"),
                          _task(4, "Translate the phrase into Chinese.", lang="en"),
                          _task(5, "Explain this word.", lang="english")])
    assert _codes(validate_seeds(p)) == [(1, "seed.lang_mismatch"), (2, "seed.lang_mismatch"),
                                         (5, "seed.bad_value")]


def test_lang_is_inferred_when_missing(tmp_path):
    zh = _task(1, "给下面的文章起一个标题。")
    en = _task(2, "Write a knock knock joke about bananas.",
               output="Knock knock. Who's there? Banana. Banana who? Banana split, let's go!")
    tr = _task(3, "Translate the English sentence into Chinese.", output="我们明天见。")
    for t in (zh, en, tr):
        del t["lang"]
    res = check_seeds(_write(tmp_path, [zh, en, tr]))
    assert res.problems == []
    assert [(t.lang, t.lang_inferred) for t in res.tasks] == [("zh", True), ("en", True),
                                                             ("en", True)]


def test_json_output_sets(tmp_path):
    good = _task(1, "以JSON格式给出行程的目的地和天数。", output='{"destination": "成都", "days": 2}',
                 lang="zh", output_format="json", output_keys=["destination", "days"])
    broken = _task(2, "Return the flight times as JSON.", output="{'depart': '09:00',}",
                   output_format="json")
    missing_key = _task(3, "Give the hotel name and price as JSON.", output='{"hotel": "X"}',
                        output_format="json", output_keys=["hotel", "price"])
    extra_key = _task(4, "Give the city and country as JSON.",
                      output='{"city": "Oslo", "country": "Norway", "note": ""}',
                      output_format="json", output_keys=["city", "country"])
    bad_format = _task(5, "Give the answer as YAML text.", output_format="yaml")
    plain = _task(6, "Explain the difference between a visa and a passport.",
                  output="A passport proves who you are; a visa lets you enter a country.")
    p = _write(tmp_path, [good, broken, missing_key, extra_key, bad_format, plain])
    probs = validate_seeds(p)
    assert _codes(probs) == [(2, "seed.bad_json_output"), (3, "seed.json_keys"),
                             (4, "seed.json_extra_keys"), (5, "seed.bad_value")]
    assert "price" in probs[1].message
    # A file-wide default makes undeclared tasks JSON too: the plain-text answer now fails.
    forced = validate_seeds(p, output_format="json")
    assert (6, "seed.bad_json_output") in _codes(forced)


def test_near_duplicate_instructions_in_chinese_and_english(tmp_path):
    p = _write(tmp_path, [
        _task(1, "请把下面这段话翻译成英文。", lang="zh"),
        _task(2, "请把下面这段文字翻译成英文。", lang="zh"),       # near-identical
        _task(3, "根据下面的关键词写一首五言绝句。", lang="zh"),    # unrelated
        _task(4, "Summarize the following news article in one sentence."),
        _task(5, "Summarize the following article in one short sentence."),
        _task(6, "Classify the animal as a mammal or a bird."),
    ])
    probs = validate_seeds(p)
    assert _codes(probs) == [(2, "seed.near_duplicate_instruction"),
                             (5, "seed.near_duplicate_instruction")]
    assert "'t1' (line 1)" in probs[0].message and "'t4' (line 4)" in probs[1].message
    # The bar is a knob: at 0.95 these pairs pass.
    assert validate_seeds(p, near_dup_threshold=0.95) == []


def test_rouge_l_agrees_with_rouge_score_on_english():
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    texts = ["Summarize the following news article in one sentence.",
             "Summarize the following article in one short sentence.",
             "Write a short poem about the sea at night.",
             "Write a poem about the sea.",
             "Classify the animal as a mammal or a bird."]
    got = {(i, j): f for i, j, f in rouge_l_pairs(texts, 0.0)}
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            want = scorer.score(texts[i], texts[j])["rougeL"].fmeasure
            assert got.get((i, j), 0.0) == pytest.approx(want, abs=1e-9), (i, j)


def test_blacklisted_tasks_are_flagged_but_innocent_words_are_not(tmp_path):
    # Same rules pack as the generator's filter (rules/generation.yaml), so seeds and generated
    # instructions are held to one list.
    p = _write(tmp_path, [
        _task(1, "Draw a picture of a cat sitting on a fence."),
        _task(2, "请画一幅秋天的风景。", lang="zh"),
        _task(3, "根据下面的视频内容写一段总结。", lang="zh"),
        _task(4, "Describe the main drawbacks of remote work."),
        _task(5, "介绍一位你喜欢的画家。", lang="zh"),
        _task(6, "Explain how a refrigerator keeps food cold."),
    ])
    probs = validate_seeds(p)
    assert _codes(probs) == [(1, "seed.unsupported_task"), (2, "seed.unsupported_task"),
                             (3, "seed.unsupported_task")]
    assert "gen.blacklist" in probs[0].message
    assert validate_seeds(p, ignore=["seed.unsupported_task"]) == []
    assert validate_seeds(p, blacklist=None) == []


def test_classification_labels_must_be_short_and_consistent(tmp_path):
    t = _task(1, "Decide whether the review is positive or negative.", is_classification=True)
    t["instances"] = [
        {"input": "Loved it.", "output": "positive"},
        {"input": "Loved it.", "output": "negative"},
        {"input": "Broke in a day.", "output": "The review is clearly negative because the product "
                                                "broke within a single day of normal use."},
        {"input": "Fine.", "output": "neutral\nmaybe positive"},
    ]
    probs = validate_seeds(_write(tmp_path, [t]))
    assert _codes(probs) == [(1, "seed.conflicting_labels"), (1, "seed.long_label"),
                             (1, "seed.long_label")]
    assert "instances[2]" in probs[0].message


def test_instance_warnings(tmp_path):
    t = _task(1, "Correct the spelling in the sentence.")
    t["instances"] = [{"input": "<noinput>", "output": "Nothing to correct."},
                      {"input": "The cat sat.", "output": "The cat sat."},
                      {"input": "Teh dog ran.", "output": "The dog\u00a0ran."},
                      {"input": "Teh dog ran.", "output": "The dog\u00a0ran."}]
    probs = validate_seeds(_write(tmp_path, [t, _task(2, "Hi")]))
    assert _codes(probs) == [(1, "seed.input_equals_output"), (1, "seed.placeholder_input"),
                             (1, "seed.duplicate_instance"), (1, "seed.invisible_chars"),
                             (2, "seed.instruction_length")]
    assert "U+00A0" in probs[3].message


def test_messages_never_quote_task_text(tmp_path):
    secret = "Zanzibar-Quokka-7731"
    bad = [_task(1, f"Summarize {secret} please", output=""),
           _task(1, f"Summarize {secret} please", lang="zh", output=secret,
                 output_format="json", output_keys=["a"]),
           {**_task(3, f"Draw {secret}", is_classification=True),
            "instances": [{"input": secret, "output": f"{secret} " * 20}]}]
    probs = validate_seeds(_write(tmp_path, bad))
    assert len({p.code for p in probs}) >= 6
    assert all(secret not in str(p) for p in probs)


def test_load_seeds_refuses_files_with_errors(tmp_path):
    p = _write(tmp_path, [_task(1, "Describe a sunrise."), _task(1, "Describe a sunset.")])
    with pytest.raises(SeedError) as e:
        load_seeds(p)
    assert e.value.problems[0].code == "seed.duplicate_id" and str(p) in str(e.value)
    warn_only = _write(tmp_path, [_task(1, "Draw a picture of the city.")], "warn.jsonl")
    assert len(load_seeds(warn_only)) == 1
    with pytest.raises(SeedError):
        load_seeds(warn_only, strict=True)


# ------------------------------------------------------------------ third-party seed files
@pytest.mark.parametrize("fname,lang", [("self_instruct_seed_tasks.jsonl", "en"),
                                        ("belle_zh_seed_tasks.jsonl", "zh")])
def test_validator_runs_on_third_party_seed_files(shared_data, fname, lang):
    res = check_seeds(shared_data / fname)
    s = res.summary()
    print(fname, json.dumps(s, ensure_ascii=False))  # what it finds; reported, not asserted
    assert s["lines"] == 175 and s["tasks"] == 175
    assert s["lang_inferred"] == 175  # these files have no lang field
    assert s["langs"].get(lang, 0) >= 170
    assert not res.problems or all(p.file == str(shared_data / fname) for p in res.problems)


# ------------------------------------------------------------------ CLI
def _cli(args):
    from curate.cli import main

    return CliRunner().invoke(main, ["seeds", *args])


def test_cli_validate_exit_codes_and_output(tmp_path):
    good = _write(tmp_path, [_task(1, "Name three primary colors.")], "good.jsonl")
    bad = _write(tmp_path, [_task(1, "Name three primary colors."), "{oops"], "bad.jsonl")
    warn = _write(tmp_path, [_task(1, "Draw a picture of a dog.")], "warn.jsonl")

    r = _cli(["validate", str(good)])
    assert r.exit_code == 0 and r.stdout == ""
    r = _cli(["validate", str(good), str(bad)])
    assert r.exit_code == 1
    assert r.stdout.strip() == f"{bad}:2: error: seed.malformed_json: not valid JSON: " \
                               f"Expecting property name enclosed in double quotes at column 2"
    assert _cli(["validate", str(warn)]).exit_code == 0
    assert _cli(["validate", "--strict", str(warn)]).exit_code == 1
    assert _cli(["validate", "--ignore", "seed.unsupported_task", "--strict", str(warn)]).exit_code == 0
    assert _cli(["validate", "--ignore", "no.such_code", str(warn)]).exit_code == 2
    assert _cli(["validate", str(tmp_path / "missing.jsonl")]).exit_code == 1

    r = _cli(["validate", "--json", str(bad), "general_zh"])
    out = json.loads(r.stdout)
    assert r.exit_code == 1 and out["ok"] is False
    assert [f["errors"] for f in out["files"]] == [1, 0]
    assert out["files"][0]["problems"][0]["line"] == 2


def test_cli_validate_all_shipped_and_list():
    r = _cli(["validate"])
    assert r.exit_code == 0, r.stdout + r.stderr
    r = _cli(["list", "--json"])
    assert r.exit_code == 0
    rows = {row["name"]: row for row in json.loads(r.stdout)}
    assert set(SETS) <= set(rows)
    assert rows["travel_qa"]["output_formats"] == {"json": rows["travel_qa"]["tasks"]}
    assert rows["general_zh"]["langs"] == {"zh": rows["general_zh"]["tasks"]}
    text = _cli(["list"]).stdout
    assert "general_en" in text and "zh:" in text
