"""Nothing personal leaves curate: values planted in every field of every record kind (kept, dropped
by each stage of `clean`, read reject, duplicate twin, ids, extra pass-through fields), EN and ZH,
must not appear in any file a run writes (output, rejects, summary, manifest, audit JSON and HTML),
nor on stdout/stderr; URL credentials never reach a summary, --json output or an error line."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# One value of each kind per record kind; each string is unique so a grep finds exactly it.
EMAIL = "zhang.wei.{k}@corpmail.cn"
PHONE = "+86 139 1234 56{k:02d}"
NAME_ZH = "欧阳{n}"          # after a label: 姓名：欧阳娜娜
CARD = "4539 1488 0343 6467"  # Luhn-valid Visa
CN_ID = "11010519491231002X"


def _given(k: int) -> str:
    return "娜丽芳静敏婷雪琳"[k % 8] + "娜"


def _record(k: int, **over):
    rec = {"id": f"user-{EMAIL.format(k=k)}",
           "instruction": f"请回复客户的问题。客户邮箱 {EMAIL.format(k=k)}，电话 {PHONE.format(k=k)}。",
           "input": f"姓名：欧阳{_given(k)}，身份证号 {CN_ID}，卡号 {CARD}",
           "output": f"您好，我们已收到您的请求，会联系 {EMAIL.format(k=k)}。",
           "contact": {"email": EMAIL.format(k=k), "mobile": PHONE.format(k=k)},
           "customer_name": f"欧阳{_given(k)}"}
    rec.update(over)
    return rec


def planted_file(path: Path) -> list[str]:
    lines = []
    # 0: kept
    lines.append(_record(0))
    # 1: an exact duplicate of 0 (the twin: its kept id is an e-mail address)
    lines.append(dict(_record(0), id=f"user-{EMAIL.format(k=1)}", contact={"email": EMAIL.format(k=1)}))
    # 2: dropped by normalize (empty instruction), PII everywhere else
    lines.append(_record(2, instruction="   "))
    # 3: dropped by rules (empty output)
    lines.append(_record(3, output=""))
    # 4: English record, kept
    lines.append(_record(4, instruction="Reply to the customer Margaret Hollingsworth. Her phone is (415) "
                                       f"555-0134 and e-mail {EMAIL.format(k=4)}.", input="",
                         output="Dear Ms. Brown, thank you."))
    # 5: English, dropped by rules (empty output), an English name with contact context
    lines.append(_record(6, instruction="Write back to my client Bartholomew Quennell about the invoice.",
                         input="", output=""))
    text = [json.dumps(r, ensure_ascii=False) for r in lines]
    # 6: a read reject (malformed JSON) holding an e-mail, a phone and an id number
    text.append('{"id": "bad", "instruction": "x", "input": "mail ' + EMAIL.format(k=5) + " phone "
                + PHONE.format(k=5) + " id " + CN_ID + '"  BROKEN')
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    values = [EMAIL.format(k=k) for k in range(6)] + [PHONE.format(k=k) for k in (0, 2, 3, 4, 5)]
    values += [CARD, CN_ID, "(415) 555-0134"] + [f"欧阳{_given(k)}" for k in (0, 2, 3, 6)]
    values += ["Hollingsworth", "Quennell", EMAIL.format(k=6)]
    return values


def run_cli(*args, env=None):
    e = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    return subprocess.run([sys.executable, "-m", "curate", *args], capture_output=True, cwd=ROOT, env=e,
                          check=False)


def _grep(folder: Path, values, extra: str = "") -> list[tuple[str, str]]:
    hits = []
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.suffix != ".jsonl_in":
            body = f.read_text(encoding="utf-8", errors="replace")
            hits += [(f.name, v) for v in values if v in body]
    hits += [("stdout/stderr", v) for v in values if v in extra]
    return hits


@pytest.mark.model  # the clean recipe's pii stage runs in full mode (spaCy NER)
def test_clean_writes_no_planted_value_anywhere(tmp_path):
    src = tmp_path / "in" / "data.jsonl"
    src.parent.mkdir()
    values = planted_file(src)
    out = tmp_path / "out"
    r = run_cli("run", "clean", "-i", str(src), "-o", str(out / "clean.jsonl"), "--json")
    assert r.returncode == 0, r.stderr.decode()
    summary = json.loads(r.stdout)
    assert summary["totals"]["ok"] and summary["totals"]["read"] == 7
    rejects = [json.loads(x) for x in (out / "clean.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    stages = {d["stage"] for d in rejects}
    assert {"read", "rules", "exact_dedup"} <= stages and len(rejects) == 5, stages  # every record kind
    assert _grep(out, values, r.stdout.decode() + r.stderr.decode()) == []
    # what is left is still useful: placeholders where values were, the twin points at the kept id
    kept = [json.loads(x) for x in (out / "clean.jsonl").read_text(encoding="utf-8").splitlines()]
    assert kept[0]["id"] == "data.jsonl:1" and "<EMAIL_ADDRESS>" in kept[0]["instruction"]
    assert kept[0]["contact"]["email"] == "<EMAIL_ADDRESS>" and kept[0]["customer_name"] == "<PERSON>"
    dup = next(d for d in rejects if d["stage"] == "exact_dedup")
    assert dup["twin_id"] == kept[0]["id"]
    # --raw-rejects: the user asked for the raw rejects by name
    r2 = run_cli("run", "clean", "-i", str(src), "-o", str(tmp_path / "raw" / "clean.jsonl"), "--raw-rejects", "-q")
    assert r2.returncode == 0
    assert EMAIL.format(k=5) in (tmp_path / "raw" / "clean.rejects.jsonl").read_text(encoding="utf-8")


@pytest.mark.model
def test_audit_json_and_html_mask_ids_and_examples(tmp_path):
    src = tmp_path / "in" / "data.jsonl"
    src.parent.mkdir()
    values = planted_file(src)
    out = tmp_path / "out"
    out.mkdir()
    r = run_cli("audit", str(src), "--pii", "--json", "--report", str(out / "audit.html"),
                "--annotate", str(out / "annotated.jsonl"))
    assert r.returncode in (0, 4), r.stderr.decode()
    (out / "audit.json").write_bytes(r.stdout)
    assert _grep(out, values, r.stderr.decode()) == []
    # the annotated records are all there, with their issues, masked
    ann = [json.loads(x) for x in (out / "annotated.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(ann) == 7 and all("_issues" in a for a in ann)
    assert "<PERSON>" in ann[4]["instruction"] and "<EMAIL_ADDRESS>" in ann[0]["instruction"]
    # --raw: the user asked for the records as read
    r2 = run_cli("audit", str(src), "-q", "--annotate", str(tmp_path / "raw.jsonl"), "--raw")
    assert r2.returncode in (0, 4), r2.stderr.decode()
    assert "Hollingsworth" in (tmp_path / "raw.jsonl").read_text(encoding="utf-8")


def test_mask_light_without_a_model_masks_names_after_titles_and_labels():
    # ner=False: the path without a model, whatever an earlier test loaded in this process
    # (mask_light uses NER when the engine is already loaded)
    from curate.pii import mask_many
    cases = {"Dear Maria Gonzalez, your order shipped.": "Dear <PERSON>, your order shipped.",
             "Please ask Dr. Ann Lee.": "Please ask Dr. <PERSON>.",
             "Name: Kenji Watanabe\nEmail: k@x.jp": "Name: <PERSON>\nEmail: <EMAIL_ADDRESS>",
             "Dear Customer, thank you.": "Dear Customer, thank you.",
             "Write a poem about William Shakespeare.": "Write a poem about William Shakespeare."}
    assert mask_many(list(cases), ner=False) == list(cases.values())


@pytest.mark.model  # spaCy NER for the English name
def test_mask_light_hides_english_and_chinese_names():
    from curate.pii import mask_many
    got = mask_many(["I had lunch with Bartholomew Quennell yesterday.", "客户郑女士来电，回拨 138 0013 8000",
                     "Write a haiku about autumn."], ner=True)
    assert "Quennell" not in got[0] and "<PERSON>" in got[0]
    assert got[1] == "客户<PERSON>女士来电，回拨 <PHONE_NUMBER>"
    assert got[2] == "Write a haiku about autumn."


def test_patterns_mode_redact_rejects_without_model(tmp_path):
    """The same guarantee for `curate redact` in pattern mode (no model): read rejects and ids."""
    src = tmp_path / "in" / "data.jsonl"
    src.parent.mkdir()
    values = planted_file(src)
    # pattern mode has no English NER (documented in docs/pii.md): English names are out of scope here
    values = [v for v in values if not v.startswith("欧阳") and v not in ("Hollingsworth", "Quennell")] + ["欧阳娜娜"]
    out = tmp_path / "out"
    r = run_cli("redact", str(src), "-o", str(out / "red.jsonl"), "--mode", "patterns", "--json")
    assert r.returncode == 0, r.stderr.decode()
    assert _grep(out, values, r.stdout.decode() + r.stderr.decode()) == []


def test_base_url_credentials_never_printed_or_written(tmp_path):
    secret = "s3cretPassw0rd"
    out = tmp_path / "gen.jsonl"
    r = run_cli("generate", "--seeds", "general_en", "-n", "1", "-o", str(out), "--teacher", "openai",
                "--model", "m", "--base-url", f"http://alice:{secret}@127.0.0.1:9/v1", "--max-retries", "0",
                "--no-cache", "--json")
    blob = r.stdout.decode() + r.stderr.decode()
    assert r.returncode != 0 and "curate: error" in r.stderr.decode()
    assert secret not in blob and "alice:" not in blob
    for f in tmp_path.iterdir():
        assert secret not in f.read_text(encoding="utf-8", errors="replace")


def test_secrets_scrub():
    from curate.secrets import scrub, scrub_obj
    assert scrub("http://user:pa55@host/v1") == "http://***@host/v1"
    assert "sk-proj-" not in scrub("key sk-proj-abcdefghijklmnop1234 end")
    assert "abc.def" not in scrub("Authorization: Bearer abc.def.ghi123")
    assert scrub("password=hunter2&x=1") == "password=***&x=1"
    got = scrub_obj({"command": ["curate", "--base-url", "https://u:p@h.example/v1"], "n": 3})
    assert got == {"command": ["curate", "--base-url", "https://***@h.example/v1"], "n": 3}
    assert scrub("max_tokens: 1024, tokens in 5") == "max_tokens: 1024, tokens in 5"


@pytest.mark.model  # the strict profile runs spaCy NER
def test_strict_profile_on_planted_and_odd_records(tmp_path):
    """`curate redact --profile strict`: the planted values go from every file as with the default
    profile, and odd text (punctuation-only names, a lone-surrogate escape, a 6,000-character
    repeat, a non-string field, a broken line) is redacted or rejected, never lost."""
    src = tmp_path / "in" / "data.jsonl"
    src.parent.mkdir()
    values = planted_file(src)
    odd = [{"instruction": "Name: ' - '", "input": "Dear ,", "output": "Pt ."},
           {"instruction": "Summarise", "input": "I, \ud800 Lee, hereby", "output": "ok"},
           {"instruction": "Summarise", "input": "Maybe it's under Gloria Little. " * 200, "output": "ok"},
           {"instruction": "Summarise", "input": 42, "output": "ok"},
           # this round's paths: numbers glued to punctuation, a Chinese label's ASCII colon, an IBAN
           # run into Chinese text, a message's opening address, verse, a word problem, odd repeats
           {"instruction": "Summarise", "input": "Tel:+44 7700 900871,Fax/+44 7700 900872\n联系人:13424392876",
            "output": "账户是GB82WEST12345698765432吗"},
           {"instruction": "Reply", "input": "Rosalind, can you call me? \udc80", "output": ",1" * 3000},
           {"instruction": "写诗", "input": "床前明月光，疑是地上霜。举头望明月，低头思故乡。",
            "output": "李红有12支铅笔，还剩几支？"},
           # the sixth session's: a name field, a signature, a derived "<head>_name" extra field, and
           # the same cues in a record the reader rejects (a lone surrogate)
           {"instruction": "Proofread", "input": "Guest name: Wiebke Sorensen\nRoom: 214",
            "output": "Kind regards,\nMarisol Quintero", "guest_name": "Adaeze Okonkwo"},
           {"instruction": "Write a short story.", "input": "\udc80 Surname: Okonkwo",
            "output": "Yours sincerely,\nTomas Rinaldi"}]
    with src.open("a", encoding="utf-8") as f:
        for rec in odd:
            f.write(json.dumps(rec) + "\n")
        f.write('{"instruction": "Chair: Ruth Okafor", BROKEN\n')
    out = tmp_path / "out"
    r = run_cli("redact", str(src), "-o", str(out / "red.jsonl"), "--profile", "strict", "--json")
    assert r.returncode == 0, r.stderr.decode()
    totals = json.loads(r.stdout)["totals"]
    assert totals["read"] == 17 and totals["read"] == totals["written"] + totals["rejected"], totals
    glued = ["+44 7700 900871", "+44 7700 900872", "13424392876", "GB82WEST12345698765432", "Rosalind",
             "Wiebke Sorensen", "Marisol Quintero", "Adaeze Okonkwo", "Okonkwo", "Tomas Rinaldi"]
    assert _grep(out, values + ["Gloria Little", "Ruth Okafor"] + glued,
                 r.stdout.decode() + r.stderr.decode()) == []
