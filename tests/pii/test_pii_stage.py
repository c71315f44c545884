"""The pii stage through curate.run, the policy per code, the log streamer and `curate redact`,
with the real Presidio + spaCy engine (full mode) and the labeled sets in tests/data."""
import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import curate
from bench.pii_eval import load_labeled
from curate.pii.config import load_policy
from curate.pii.redact import Redactor, redact_log
from curate.stages.pii import RedactPII

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data"
STRUCTURED_VALUES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CN_RESIDENT_ID", "CREDIT_CARD", "IP_ADDRESS", "CREDENTIAL")


def labeled_records():
    """The EN and ZH labeled texts as Alpaca records, the text in input (and a copy of the first
    value in output, so two fields carry PII)."""
    recs, values = [], []
    for lang in ("en", "zh"):
        for n, (text, gold) in enumerate(load_labeled(DATA / f"pii_{lang}.jsonl")):
            recs.append({"id": f"{lang}-{n}", "instruction": "Redact the personal data in the text." if lang == "en"
                         else "请对下面的文本脱敏。", "input": text, "output": text if n % 3 == 0 else "OK"})
            values.extend((t, text[a:b]) for a, b, t in gold)
    return recs, values


@pytest.fixture(scope="module")
def stage():
    return RedactPII(profile="logs")  # the labeled sets are mostly log lines (documentation-range IPs)


def test_stage_redacts_labeled_sets(stage):
    recs, values = labeled_records()
    res = curate.run([stage], recs)
    out = "\n".join(json.dumps(r, ensure_ascii=False) for r in res.records.select("input", "output").to_dicts())
    for etype, v in values:
        if etype in STRUCTURED_VALUES:
            assert v not in out, f"a labeled {etype} value survived redaction"
    assert "<EMAIL_ADDRESS>" in out and "<PHONE_NUMBER>" in out and "<CN_RESIDENT_ID>" in out
    # task vocabulary survives: the instruction has no PII and is untouched
    assert set(res.records["instruction"]) == {"Redact the personal data in the text.", "请对下面的文本脱敏。"}
    f = res.findings.filter(pl.col("stage") == "pii")
    assert f.height == res.records["pii_spans"].sum() and set(f["action"]) == {"fix"}
    assert {"input", "output"} <= set(f["field"])
    counts = res.summary["stages"][-1]["fixed_by_code"]
    assert counts["pii.email_address"] >= 15 and counts["pii.cn_resident_id"] >= 7
    # nothing personal in findings or the summary
    blob = json.dumps(res.summary, ensure_ascii=False) + "\n".join(f["detail"].to_list())
    for _, v in values:
        assert v not in blob
    assert res.records["pii_spans"].dtype == pl.Int32


def test_batch_size_does_not_change_output(stage):
    recs, _ = labeled_records()
    outs = []
    for bs in (1, 7, 10_000):
        res = curate.run([stage], recs, batch_size=bs)
        outs.append((res.records.drop("content_hash").to_dicts(), res.findings.sort("_row", "field", "code", "detail").to_dicts()))
    assert outs[0] == outs[1] == outs[2]


def test_policy_flag_drop_off():
    recs = [{"instruction": "Reply to the customer.", "input": "Mail me at lee.wong@mailbox.org, card 4526 0181 5908 3012",
             "output": "客户张伟，手机13912345678"}]
    flag = curate.run([RedactPII(actions={"pii.email_address": "flag"})], recs)
    rec = flag.records.to_dicts()[0]
    assert "lee.wong@mailbox.org" in rec["input"] and "<CREDIT_CARD>" in rec["input"]
    assert set(flag.findings.filter(pl.col("code") == "pii.email_address")["action"]) == {"flag"}

    off = curate.run([RedactPII(actions={"pii.person": "off"})], recs)
    assert "张伟" in off.records["output"][0] and "<PHONE_NUMBER>" in off.records["output"][0]
    assert "pii.person" not in set(off.findings["code"])

    drop = curate.run([RedactPII(actions={"pii.credit_card": "drop"})], recs)
    assert drop.records.height == 0 and len(drop.rejects) == 1
    rej = json.dumps(drop.rejects[0], ensure_ascii=False)
    # the rejected record is redacted before it reaches the rejects file
    assert drop.rejects[0]["code"] == "pii.credit_card"
    for v in ("4526 0181 5908 3012", "lee.wong@mailbox.org", "13912345678", "张伟"):
        assert v not in rej


def test_history_and_system_are_redacted():
    recs = [{"instruction": "继续对话", "input": "", "output": "好的",
             "system": "Operator on duty: ann.lee@helpdesk.example.com",
             "history": [["我的手机是13800138000", "收到"], ["my IP is 10.1.2.3", "ok"]]}]
    res = curate.run([RedactPII()], recs)
    r = res.records.to_dicts()[0]
    assert r["system"] == "Operator on duty: <EMAIL_ADDRESS>"  # (a team's ops@ is no one's: patterns.SHARED_MAILBOX_WORDS)
    assert r["history"] == [["我的手机是<PHONE_NUMBER>", "收到"], ["my IP is <IP_ADDRESS>", "ok"]]
    assert set(res.findings["field"]) == {"system", "history"}


def test_pseudonyms_consistent_across_records(monkeypatch):
    monkeypatch.setenv("CURATE_PII_SALT", "test-salt-123")
    recs = [{"instruction": "x", "input": "姓名：李娜，邮箱 lina@corp.cn", "output": ""},
            {"instruction": "y", "input": "联系人：李娜 (lina@corp.cn)", "output": ""}]
    res = curate.run([RedactPII(operators={"PERSON": "pseudonym", "EMAIL_ADDRESS": "pseudonym"})], recs,
                     batch_size=1)
    a, b = res.records["input"].to_list()
    assert "李娜" not in a + b and "lina@corp.cn" not in a + b
    fake_name = a.split("：")[1].split("，")[0]
    assert fake_name and fake_name in b
    assert "test-salt-123" not in json.dumps(res.summary) + json.dumps(res.manifest, default=str)


LOG = (
       b"2024-03-18 09:12:44 INFO login ok user=jdoe@acme-corp.com ip=203.0.113.45\n"
       + "2024-03-18 09:13:01 WARN 用户张伟登录失败，手机 138-0013-8000".encode() + b"\xff\xfe tail\r\n"
       + b"\n"
       + b"no personal data here \x80\x81 raw bytes\n"
       + "mixed: customer Maria Gonzalez <maria.g@brightline.io> 联系人：欧阳娜娜 card 4526 0181 5908 3012".encode())


def expected_log():
    return (b"2024-03-18 09:12:44 INFO login ok user=<EMAIL_ADDRESS> ip=<IP_ADDRESS>\n"
            + "2024-03-18 09:13:01 WARN 用户<PERSON>登录失败，手机 <PHONE_NUMBER>".encode() + b"\xff\xfe tail\r\n"
            + b"\n"
            + b"no personal data here \x80\x81 raw bytes\n"
            + "mixed: customer <PERSON> <<EMAIL_ADDRESS>> 联系人：<PERSON> card <CREDIT_CARD>".encode())


def test_log_streaming_keeps_every_other_byte(tmp_path, monkeypatch):
    import curate.pii.redact as r
    monkeypatch.setattr(r, "LINES_PER_CHUNK", 2)  # exercise chunk boundaries with a small file
    src, dst = tmp_path / "app.log", tmp_path / "app.redacted.log"
    src.write_bytes(LOG)
    stats = redact_log(src, dst, Redactor(load_policy("logs")))
    assert dst.read_bytes() == expected_log()
    assert stats["lines"] == 5 and stats["lines_changed"] == 3
    assert stats["by_type"]["PERSON"] == 3 and stats["by_type"]["EMAIL_ADDRESS"] == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # atomic: no temp left


def test_log_with_undecodable_bytes_on_many_lines(tmp_path):
    """40 copies of the log: a chunk of 32+ lines goes through the batch prefilter, which once failed
    on the lone surrogates that undecodable bytes decode to ('surrogates not allowed')."""
    src, dst = tmp_path / "app.log", tmp_path / "app.redacted.log"
    src.write_bytes((LOG + b"\n") * 40)
    stats = redact_log(src, dst, Redactor(load_policy("logs")))
    assert dst.read_bytes() == (expected_log() + b"\n") * 40
    assert stats["lines"] == 200 and stats["lines_changed"] == 120


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "curate", *args], check=False, capture_output=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=600)


def test_cli_logs_patterns_mode(tmp_path):
    src, dst = tmp_path / "app.log", tmp_path / "out.log"
    src.write_bytes(LOG)
    r = run_cli("redact", str(src), "-o", str(dst), "--mode", "patterns", "--json")
    assert r.returncode == 0, r.stderr.decode()
    res = json.loads(r.stdout)
    assert res["ner"] == "off (patterns mode)" and res["lines"] == 5
    out = dst.read_bytes()
    # patterns mode has no English NER, but a census given name + surname after a context word
    # ("customer Maria Gonzalez") is a rule; everything structured goes, odd bytes stay
    assert b"\xff\xfe tail\r\n" in out and b"\x80\x81" in out
    for v in (b"Maria Gonzalez", b"jdoe@acme-corp.com", b"203.0.113.45", b"138-0013-8000", b"4526 0181 5908 3012"):
        assert v not in out


@pytest.mark.model  # full-mode PII with spaCy NER
def test_cli_records_no_pii_in_any_report(tmp_path):
    recs, values = labeled_records()
    src = tmp_path / "data.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # log lines stored as records: the logs profile (documentation-range IPs are planted values here)
    r = run_cli("redact", str(src), "-o", str(out), "--profile", "logs")
    assert r.returncode == 0, r.stderr.decode()
    stderr = r.stderr.decode()
    assert "EMAIL_ADDRESS" in stderr and "NER: spacy:" in stderr
    summary = (tmp_path / "out.summary.json").read_text(encoding="utf-8")
    manifest = (tmp_path / "out.manifest.json").read_text(encoding="utf-8")
    written = out.read_text(encoding="utf-8")
    pii = json.loads(summary)["pii"]
    assert pii["by_field_type"]["input.EMAIL_ADDRESS"] >= 15
    # examples are shown masked: the format survives, no letter or digit of the value does
    shapes = [x for ex in pii["examples"].values() for x in ex]
    assert "EMAIL_ADDRESS" in pii["examples"] and "CN_RESIDENT_ID" in pii["examples"]
    assert all(not any(c.isalnum() and c not in "xX9" for c in x) for x in shapes), shapes
    for etype, v in values:
        assert v not in stderr and v not in summary and v not in manifest and v not in r.stdout.decode()
        if etype in STRUCTURED_VALUES:
            assert v not in written


def test_core_install_without_presidio_redacts_with_patterns(monkeypatch):
    """Without the pii extra the stage still redacts structured data and says it is pattern-only."""
    import importlib.util

    import curate
    from curate.stages.pii import RedactPII

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "presidio_analyzer" else real(name, *a))
    stage = RedactPII()
    res = curate.run([stage], [{"instruction": "Reply to the customer.", "input": "Mail me at ann.lee@example.org",
                                "output": "Sure."}])
    assert res.records["input"][0] == "Mail me at <EMAIL_ADDRESS>"
    assert any("presidio is not installed" in w for w in res.summary["warnings"])


def test_a_story_tasks_characters_keep_their_names():
    """Alpaca records whose instruction asks for a story or a novel's summary: the names the
    dataset profile took on context words ("named Bill", "his sister Sally", "her neighbor,
    Mrs. Miller") are characters. The same output under another task, the same story with a phone
    number beside the name, and the strict profile still redact."""
    from bench.pii_eval import SHARED

    raw = json.loads((SHARED / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    stories = [{k: raw[i][k] for k in ("instruction", "input", "output")} for i in (1222, 2042, 4680, 4694)]
    assert all("story" in r["instruction"] or "novel" in r["instruction"] for r in stories)
    out = curate.run([RedactPII()], stories).records.to_dicts()
    assert [(r["input"], r["output"]) for r in out] == [(r["input"], r["output"]) for r in stories]
    # the same text, asked for as a record of a real event: the context words count again
    other = [dict(r, instruction="Proofread the following incident report.") for r in stories]
    out = curate.run([RedactPII()], other).records.to_dicts()
    assert sum("<PERSON>" in r["input"] + r["output"] for r in out) >= 3
    # contact data beside a character's name is still personal data
    text = stories[2]["output"].replace("her neighbor, Mrs. Miller,", "her neighbor, Mrs. Miller (cell 415-555-0132),")
    assert text != stories[2]["output"]
    got = curate.run([RedactPII()], [dict(stories[2], output=text)]).records.to_dicts()[0]["output"]
    assert "Mrs. Miller (" not in got and "<PHONE_NUMBER>" in got
    assert "<PERSON>" in curate.run([RedactPII(profile="strict")], stories[1:2]).records.to_dicts()[0]["output"]


def test_log_measure_keys_and_message_ids_beside_odd_bytes(tmp_path):
    """The seventh session's log rules on a file with undecodable bytes, an empty line, a value cut
    off by the line's end and an unclosed Message-ID: every line comes back, byte-exact outside the
    values, and what is personal goes."""
    lines = [b'{"bytes":"18485116937","phone":"18485116937","version":"4.18.27.25"}',
             b"latency_ms=13812345678 user=ann@example.org \xff\xfe",
             b"", b"postfix: message-id=<20240318100001.12345@mail.example.com> to=<bob@example.org>",
             b"message-id=<unclosed@example.org", b'{"bytes":"1848511', b"size=\xe4\xb8 13812345678"]
    src, dst = tmp_path / "tech.log", tmp_path / "tech.redacted.log"
    src.write_bytes(b"\n".join(lines) + b"\n")
    stats = redact_log(src, dst, Redactor(load_policy("logs", mode="patterns")))
    out = dst.read_bytes().split(b"\n")[:-1]
    assert stats["lines"] == len(lines) == len(out)
    assert out[0] == b'{"bytes":"18485116937","phone":"<PHONE_NUMBER>","version":"4.18.27.25"}'
    assert out[1] == b"latency_ms=13812345678 user=<EMAIL_ADDRESS> \xff\xfe" and out[2] == b""
    assert out[3] == b"postfix: message-id=<20240318100001.12345@mail.example.com> to=<<EMAIL_ADDRESS>>"
    assert b"unclosed@example.org" not in out[4] and out[5] == lines[5]
    assert out[6].startswith(b"size=\xe4\xb8 ") and b"13812345678" not in out[6]


def test_a_note_when_many_records_hold_contact_data(shared_data):
    """Measured, then said: on records of which many hold contact data or ID numbers (a PII set
    written by others' kind: EN held-out 2, 45%), the dataset profile's summary says that names
    there are likely private and which profile takes them; on instruction records (Alpaca, 0.2%)
    it says nothing. The redaction itself is the same either way."""
    import polars as pl

    from bench.pii_holdout import en_holdout_2
    from curate.stages.pii import RedactPII

    def notes(texts, profile="dataset"):
        st = RedactPII(profile=profile, mode="patterns")
        df = pl.DataFrame({"_row": list(range(len(texts))), "instruction": ["Proofread the text."] * len(texts),
                           "input": texts, "output": [""] * len(texts)})
        for i in range(0, len(texts), 100):
            st.process(df.slice(i, 100))
        return [n for n in st.notes() if "contact data" in n]

    alpaca = json.loads((shared_data / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    assert notes([r["input"] or r["instruction"] for r in alpaca[:1000]]) == []
    pii_set = [d["text"] for d in en_holdout_2()]
    got = notes(pii_set)
    assert len(got) == 1 and "of 600 records" in got[0] and "'strict'" in got[0]
    assert notes(pii_set, profile="strict") == []  # strict already takes every name


@pytest.mark.model  # full-mode PII with spaCy NER
def test_the_survey_redacts_a_dataset_of_private_people_under_strict(shared_data, tmp_path):
    """rules/pii.yaml's survey: a run whose first records often hold contact data or ID numbers
    (EN held-out 2: 45%) is records of private people, and the default profile then takes every
    name NER tags (strict), the bare ones too; instruction data (Alpaca: 0.2%) keeps the dataset
    profile and its famous names. Decided before the first batch: any batch size, same bytes."""
    from bench.pii_holdout import en_holdout_2

    data = en_holdout_2()[:150]
    recs = [{"instruction": "Proofread the text.", "input": d["text"], "output": ""} for d in data]
    dataset, strict = Redactor(load_policy("dataset")), Redactor(load_policy("strict"))
    texts = [d["text"] for d in data]
    only_strict = [(i, t[s.start:s.end]) for i, (t, a, b) in enumerate(zip(texts, dataset.find(texts, "input"),
                                                                        strict.find(texts, "input")))
                   for s in b if s.entity_type == "PERSON" and not any(x.entity_type == "PERSON" for x in a)]
    assert len(only_strict) >= 10  # names the dataset profile keeps for want of context
    res = curate.run([RedactPII()], recs, tmp_path / "a.jsonl", batch_size=7)
    out = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(name not in out[i]["input"] for i, name in only_strict)
    sv = res.summary["stages"][1]["report"]["survey"]
    assert sv["profile"] == "strict" and sv["from"] == "dataset" and sv["records"] == 150
    assert sv["with_contact"] >= 0.3 * 150
    assert [w for w in res.summary["warnings"] if "'strict'" in w and w.startswith("pii: ") and "pii: pii" not in w]
    curate.run([RedactPII()], recs, tmp_path / "b.jsonl", batch_size=1000)
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()

    alpaca = json.loads((shared_data / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))[:400]
    alpaca.append({"instruction": "Write a paragraph about Isaac Newton.", "input": "",
                   "output": "Isaac Newton was an English mathematician and physicist."})
    res = curate.run([RedactPII()], alpaca)
    assert res.summary["stages"][1]["report"]["survey"]["profile"] == "dataset"
    assert "Isaac Newton" in res.records["output"].to_list()[-1]
    assert not [w for w in res.summary["warnings"] if "'strict'" in w]


def test_the_survey_counts_records_not_values_and_reads_only_the_first(tmp_path):
    """Five records with contact data (min_records) and 5% switch; four do not, however many
    values they hold; what comes after the surveyed head (``records``) is not read for the policy."""
    def run(recs, config=None):
        st = RedactPII(mode="patterns", config=config)
        curate.run([st], recs)
        return st.stats["survey"]

    plain = [{"instruction": f"Give three uses of item {i}.", "output": "Cooking, cleaning and storage."}
             for i in range(40)]
    phone = {"instruction": "Reply to the customer.", "output": "Call us on (415) 555-2671 or mail a.b@example.com, "
             "or call +44 20 7946 0958."}
    assert run([phone] * 4 + plain)["profile"] == "dataset"
    st = RedactPII(mode="patterns", survey=False)  # the user's choice: the profile, whatever the data
    curate.run([st], [phone] * 20 + plain)
    assert "survey" not in st.stats and st.policy.profile == "dataset"
    assert run([phone] * 5 + plain) == {"records": 45, "with_contact": 5, "share": round(5 / 45, 4),
                                        "from": "dataset", "profile": "strict"}
    text = (ROOT / "rules" / "pii.yaml").read_text(encoding="utf-8")
    assert "survey: {profile: strict, share: 0.05, min_records: 5, records: 1000}" in text
    cfg = tmp_path / "pii.yaml"
    cfg.write_text(text.replace("min_records: 5, records: 1000}", "min_records: 5, records: 40}"), encoding="utf-8")
    assert run(plain + [phone] * 40, config=str(cfg))["profile"] == "dataset"  # the phones come after 40 records
    assert run([phone] * 40 + plain, config=str(cfg))["records"] == 40


def test_a_survey_must_name_another_profile_without_one(tmp_path):
    from curate.pii.config import PIIConfigError

    text = (ROOT / "rules" / "pii.yaml").read_text(encoding="utf-8")
    for n, bad in enumerate(("survey: {profile: nosuch, share: 0.05}", "survey: {profile: dataset}", "survey: {profile: strict, share: 2}",
                "survey: {profile: strict, shares: 0.1}", "survey: strict")):
        cfg = tmp_path / f"bad{n}.yaml"  # one path each: configs are read once per path
        cfg.write_text(text.replace("survey: {profile: strict, share: 0.05, min_records: 5, records: 1000}", bad),
                       encoding="utf-8")
        with pytest.raises(PIIConfigError, match="survey"):
            load_policy("dataset", cfg)


def test_cli_redact_says_which_profile_the_survey_chose(tmp_path):
    """`curate redact` on records of private people: the summary's pii stage report and a warning
    give the survey's choice; --no-survey keeps the profile asked for."""
    phone = {"instruction": "Reply.", "output": "Call Dana on (415) 555-2671 or dana.r@example.com."}
    src = tmp_path / "tickets.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [phone] * 10 + [{"instruction": "Sum 2 and 3.", "output": "5"}] * 10)
                   + "\n", encoding="utf-8")
    for flag, want in ((), "strict"), (("--no-survey",), None):
        out = tmp_path / f"out{len(flag)}.jsonl"
        r = run_cli("redact", str(src), "-o", str(out), "--mode", "patterns", *flag)
        assert r.returncode == 0, r.stderr.decode()
        summary = json.loads((tmp_path / f"out{len(flag)}.summary.json").read_text(encoding="utf-8"))
        pii = next(s for s in summary["stages"] if s.get("stage", s.get("name")) == "pii")
        got = pii.get("report", {}).get("survey", {}).get("profile")
        assert got == want
        said = [w for w in summary["warnings"] if "profile 'strict'" in w]
        assert len(said) == (want == "strict")  # once: the runner gives the notes, not redact again


def test_the_survey_reads_past_broken_lines_and_leaves_a_missing_file_to_the_run(tmp_path):
    """Malformed lines among the first records: the survey counts the records that parse (the
    rejects are the read's, booked once), every record is accounted for, and the rejects hold no
    raw value. A source that cannot be read fails as the run's read says, with no survey traceback."""
    phone = {"instruction": "Reply.", "output": "Call Dana on (415) 555-2671 or dana.r@example.com."}
    lines = [json.dumps(phone)] * 6 + ['{"broken', '{"instruction": 5, "output": "x"}', "\udcff", ""] \
        + [json.dumps({"instruction": f"Sum {i} and 3.", "output": str(i + 3)}) for i in range(10)]
    src = tmp_path / "mixed.jsonl"
    src.write_bytes("\n".join(lines).encode("utf-8", "surrogateescape") + b"\n")
    st = RedactPII(mode="patterns")
    res = curate.run([st], src, tmp_path / "out.jsonl")
    t = res.summary["totals"]
    assert t["ok"] and t["read"] == t["kept"] + t["rejected"] and t["rejected"] >= 3 and t["kept"] == 16
    assert st.stats["survey"] == {"records": 16, "with_contact": 6, "share": 0.375, "from": "dataset",
                                  "profile": "strict"}
    written = b"".join(p.read_bytes() for p in tmp_path.glob("out*"))
    assert b"555-2671" not in written and b"dana.r@example.com" not in written
    from curate.io.readers import ReadFailure

    with pytest.raises(ReadFailure, match="no such file"):
        curate.run([RedactPII(mode="patterns")], tmp_path / "missing.jsonl", tmp_path / "o2.jsonl")
