"""Non-ASCII text a logger wrote as escapes: JSON with ensure_ascii (Python's json.dumps default),
a JSON string inside another, and UTF-8 bytes as a byte dump prints them (a Python bytes repr, Redis
MONITOR). The redactor reads such a line through a view with the escapes decoded
(logs.unescaped_view) and writes each replacement back escaped the same way."""
import json
import random

import pytest
from faker import Faker

from curate.pii.config import load_policy
from curate.pii.logs import _escape_as, redact_lines, unescaped_view
from curate.pii.redact import Redactor, redact_log


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _records(n: int, seed: int) -> list[dict]:
    """Records of the shapes apps log, filled by Faker (zh_CN names and numbers, en_US e-mails)."""
    zh, en = Faker("zh_CN"), Faker("en_US")
    zh.seed_instance(seed)
    en.seed_instance(seed)
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        name, phone, rid = zh.name(), zh.phone_number(), zh.ssn()
        out.append(rnd.choice([
            {"event": "consultation started", "patient": {"realName": name, "idCard": rid}, "dept": "消化内科"},
            {"msg": f"用户{name}登录失败，手机{phone}", "level": "warn"},
            {"msg": "实名认证", "customer_name": name, "mobile": phone, "email": en.email()},
            {"msg": f"快递员{name}已取件，运单号{rnd.randrange(10**13, 10**14)}", "city": zh.city()},
            {"order": {"receiver": {"name": name, "phone": phone}, "items": rnd.randint(1, 9)}},
        ]))
    return out


def test_ensure_ascii_json_reads_as_written_out(red):
    """The same values go whether a record's JSON escapes its Chinese or not: both outputs load to
    the same object, and the escaped output holds none of the values in either form."""
    recs = _records(120, seed=7)
    plain = [json.dumps(r, ensure_ascii=False) for r in recs]
    esc = [json.dumps(r) for r in recs]
    out_plain = [t for t, _ in redact_lines(plain, red)]
    out_esc = [t for t, _ in redact_lines(esc, red)]
    assert sum(a != b for a, b in zip(plain, out_plain)) == len(recs)  # every record holds a value
    for r, a, b in zip(recs, out_plain, out_esc):
        assert json.loads(a) == json.loads(b), (a, b)
        loaded = json.dumps(json.loads(b), ensure_ascii=False)
        for v in _leaves(r):
            if isinstance(v, str) and any(c.isdigit() for c in v) and len(v) >= 11:
                assert v not in loaded
        assert "消化内科" in loaded or "消化内科" not in json.dumps(r, ensure_ascii=False)


def _leaves(o):
    if isinstance(o, dict):
        for v in o.values():
            yield from _leaves(v)
    else:
        yield o


@pytest.mark.parametrize("line, gone, kept", [
    # a bytes repr of UTF-8 (Redis MONITOR, a Python b'...'): a name under a name key, a phone after
    # an escaped label, whose digits the escapes' hex would otherwise glue to
    ('1733 [0 10.0.0.5:5321] "HSET" "user:1" "name" "\\xe5\\xbc\\xa0\\xe4\\xbc\\x9f" "tel" "13800138000"',
     ["\\xe5\\xbc\\xa0\\xe4\\xbc\\x9f", "13800138000"], ['"HSET" "user:1" "name"']),
    ("b'\\xe6\\x89\\x8b\\xe6\\x9c\\xba13912345678'", ["13912345678"], ["b'\\xe6\\x89\\x8b\\xe6\\x9c\\xba"]),
    # protobuf's text format (a C++ service logging a message): UTF-8 bytes in octal
    ('CreateUser request: user { display_name: "\\345\\274\\240\\344\\274\\237" note: "\\346\\211\\213\\346\\234\\27213800138000" }',
     ["\\345\\274\\240\\344\\274\\237", "13800138000"], ['user { display_name: "', 'note: "\\346\\211\\213']),
    ("mode \\755 and \\200 alone", [], ["mode \\755 and \\200 alone"]),
    # a serialized payload inside a JSON message: its escapes escaped once more
    ('{"message":"{\\"name\\":\\"\\\\u5f20\\\\u4f1f\\",\\"tel\\":\\"13800138000\\"}"}',
     ["\\\\u5f20\\\\u4f1f", "13800138000"], ['{"message":"{\\"name\\":\\"']),
    # escapes that read as no text stay as written: a lone surrogate, bytes that are not UTF-8, an
    # escaped backslash before a u, and ASCII escapes (a quote, an "@" keeps its own rule)
    ('{"note":"\\ud83d x \\xff\\xfe \\\\\\u5f20 \\u0022ok\\u0022"}', [], ['\\ud83d x \\xff\\xfe \\\\\\u5f20 \\u0022ok\\u0022']),
    ('{"msg":"\\u5907\\u6ce8\\uff1a\\u65e0","email":"ann\\u0040example.com"}', ["ann\\u0040example.com"],
     ['"\\u5907\\u6ce8\\uff1a\\u65e0"']),
])
def test_escaped_lines(red, line, gone, kept):
    out = redact_lines([line], red)[0][0]
    for g in gone:
        assert g not in out, (g, out)
    for k in kept:
        assert k in out, (k, out)


def test_view_maps_each_character_back():
    text = 'a\\u5f20\\ud83d\\ude00b\\xe4\\xbc\\x9fc\\u0040\\347\\216\\213'
    view, index, how = unescaped_view(text)
    assert view == "a张\U0001F600b伟c\\u0040王"
    assert [text[a:b] for a, b in index[:5]] == ["a", "\\u5f20", "\\ud83d\\ude00", "b", "\\xe4\\xbc\\x9f"]
    assert how[:6] == ["", "\\", "\\", "", "\\", ""]
    assert unescaped_view("plain \\n and \\t") is None and unescaped_view("only \\u0041") is None


def test_replacement_is_escaped_as_the_text_was(monkeypatch):
    """An operator whose output is not ASCII (a Chinese pseudonym) is written back escaped, so the
    line stays the JSON (or the byte dump) it was."""
    assert _escape_as("<PERSON>", "\\", "u") == "<PERSON>"
    assert _escape_as("王伟x\U0001F600", "\\", "u") == "\\u738b\\u4f1fx\\ud83d\\ude00"
    assert _escape_as("王", "\\\\", "u") == "\\\\u738b"
    assert _escape_as("王", "\\", "x") == "\\xe7\\x8e\\x8b"
    assert _escape_as("王", "\\", "o") == "\\347\\216\\213"
    monkeypatch.setenv("CURATE_PII_SALT", "test-salt")
    red = Redactor(load_policy("logs", mode="patterns", operators={"PERSON": "pseudonym"}))
    line = json.dumps({"realName": "马玉珍", "dept": "眼科"})
    out = redact_lines([line], red)[0][0]
    assert out.isascii() and "\\u9a6c\\u7389\\u73cd" not in out
    got = json.loads(out)["realName"]
    assert got != "马玉珍" and any("\u4e00" <= c <= "\u9fff" for c in got)


def test_escaped_and_malformed_through_redact_log(tmp_path):
    """A file mixing escaped lines with cut-off escapes (a line ending in "\\u5f", a lead byte with
    no continuation): one line out per line in, only values changed, the report holds shapes only."""
    lines = [json.dumps({"realName": "马玉珍", "mobile": "13800138000"}), '{"msg":"\\u5f20\\u4f1f\\u5f',
             "b'\\xe4\\xbc' tail", "\\u", '{"msg":"\\u624b\\u673a13912345678"}']
    src = tmp_path / "app.log"
    src.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe raw\n")
    dst = tmp_path / "out.log"
    report = redact_log(src, dst, Redactor(load_policy("logs", mode="patterns")), workers=1)
    got = dst.read_bytes().split(b"\n")
    assert len(got) == len(lines) + 2 and got[-1] == b"" and got[-2] == b"\xff\xfe raw"
    assert got[1:4] == [line.encode() for line in lines[1:4]]
    text = dst.read_text("utf-8", "surrogateescape")
    for v in ("\\u9a6c\\u7389\\u73cd", "13800138000", "13912345678"):
        assert v not in text
    assert "13800138000" not in json.dumps(report, default=str) and "u9a6c" not in json.dumps(report, default=str)
