"""The normalize stage: each fix code on positive and negative examples in English and Chinese, the
real dirt of the shared Alpaca files counted, and the vectorized stage equal to the pure function."""
from __future__ import annotations

import json
import unicodedata
from collections import Counter

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.normalize.fields import _FTFY_NOOP, DEFAULT_CONFIG, NormalizeConfig, _ftfy, normalize_field
from curate.schema import BASE_SCHEMA
from curate.stages.normalize import Normalize


def frame(rows: list[dict]) -> pl.DataFrame:
    """A record frame with the spine's columns (system/history null unless given)."""
    cols = {k: [] for k in BASE_SCHEMA}
    for i, r in enumerate(rows):
        for k in BASE_SCHEMA:
            if k == "_row":
                cols[k].append(i)
            elif k == "id":
                cols[k].append(r.get("id", f"frame:{i + 1}"))
            elif k in ("instruction", "input", "output"):
                cols[k].append(r.get(k, "x" if k == "instruction" else ""))
            else:
                cols[k].append(r.get(k))
    return pl.DataFrame(cols, schema=BASE_SCHEMA)


def load(path) -> pl.DataFrame:
    return frame(json.loads(path.read_text(encoding="utf-8")))


def nf(field: str, text: str, **cfg) -> tuple[str, list[str]]:
    config = NormalizeConfig(**cfg) if cfg else DEFAULT_CONFIG
    new, changes = normalize_field(field, text, config)
    return new, [c.code for c in changes]


def run(rows: list[dict], **params):
    res = Normalize(**params).process(frame(rows))
    return res.batch, res.findings


# ------------------------------------------------------------------------- placeholders
@pytest.mark.parametrize("text", [
    "<noinput>", "<no input>", "No input", "No Input", "No input.", "Noinput", "noinput",
    "N/A", "n/a", "No input needed.", "<no input>.", "<noinput?", "  <No Input>  ", "[No input]",
    "无输入", "<无输入>", "没有输入", "无输入内容", "（无）", "(无)", "【空】", "<none>", "(None)",
    "ＮＯ ＩＮＰＵＴ",
])
def test_placeholder_whole_field_becomes_empty(text):
    new, codes = nf("input", text)
    assert new == ""
    assert "norm.placeholder_input" in codes


@pytest.mark.parametrize("text", [
    # real inputs that only look like markers: never in the default list (see DEFAULT_PLACEHOLDERS)
    "None", "无", "空", "NA", "null", "没有",
    # a marker inside a longer input is not the whole field
    "No input is needed for the first part, but use 5 for the second.",
    "[Image]\n\nNo input needed.", "输入无效的密码时会发生什么？", "N/A values in a table",
    "Input String: Hello World",
])
def test_placeholder_negatives_stay(text):
    new, codes = nf("input", text)
    assert new == text
    assert "norm.placeholder_input" not in codes


def test_placeholder_only_in_input_field():
    for field in ("instruction", "output", "system"):
        assert nf(field, "<noinput>") == ("<noinput>", [])


def test_placeholder_list_is_configurable():
    batch, fnd = run([{"input": "No input"}, {"input": "None"}, {"input": "-"}],
                     placeholders=["none", "-"])
    # "No input" is no longer in the list; "None" and "-" now are.
    assert batch["input"].to_list() == ["No input", "", ""]
    assert fnd.filter(pl.col("code") == "norm.placeholder_input")["_row"].to_list() == [1, 2]
    with pytest.raises(ValueError):
        Normalize(placeholders=["  "])


def test_placeholder_counts_on_real_english_sample(alpaca_en):
    """42 placeholder inputs in the 5,000 original Alpaca records. Verified by hand: listing every
    distinct input under 25 characters (and grepping '"input": "' in the raw file) shows exactly
    No input 7, No Input 7, No input. 7, Noinput 6, noinput 4, N/A 4, No input needed. 4,
    <no input> 1, <no input>. 1, <noinput? 1. Inputs such as "<Insert photo here>" or
    "[Image]\\n\\nNo input needed." are not no-input markers and stay (the rules stage's job)."""
    df = load(alpaca_en)
    res = Normalize().process(df)
    hit = res.findings.filter(pl.col("code") == "norm.placeholder_input")
    assert hit.height == 42
    forms = Counter(df["input"].gather(hit["_row"]).to_list())
    assert forms == {"No input": 7, "No Input": 7, "No input.": 7, "Noinput": 6, "noinput": 4,
                     "N/A": 4, "No input needed.": 4, "<no input>": 1, "<no input>.": 1,
                     "<noinput?": 1}
    assert set(res.batch["input"].gather(hit["_row"]).to_list()) == {""}


def test_no_placeholder_inputs_in_real_chinese_set(alpaca_zh):
    # Verified by hand: the 139 non-empty inputs under 15 characters contain no no-input marker
    # (861 inputs are already ""); the file's dirt is leaked labels instead.
    res = Normalize().process(load(alpaca_zh))
    assert res.findings.filter(pl.col("code") == "norm.placeholder_input").height == 0


# ------------------------------------------------------------------------------- labels
@pytest.mark.parametrize("field,text,expected", [
    ("input", "Input: 5 apples", "5 apples"),
    ("input", "INPUT:\nThe cat sat.", "The cat sat."),
    ("input", "### Input:\n123_", "123_"),
    ("input", "输入：俄克拉荷马城雷霆队", "俄克拉荷马城雷霆队"),
    ("input", "输入:\n2、4、6、8", "2、4、6、8"),
    ("input", "输入：\n    def f():\n        pass", "    def f():\n        pass"),
    ("output", "Output: 25", "25"),
    ("output", "输出：[7, 9]", "[7, 9]"),
    ("output", "输出: [1, 3]", "[1, 3]"),
    ("instruction", "Instruction: Add the numbers.", "Add the numbers."),
    ("instruction", "指令：把句子翻译成英文。", "把句子翻译成英文。"),
    ("input", "Input: N/A", ""),  # label first, then the placeholder check sees "N/A"
])
def test_leaked_label_removed(field, text, expected):
    new, codes = nf(field, text)
    assert new == expected
    assert "norm.leaked_label" in codes


@pytest.mark.parametrize("field,text", [
    ("output", "Input: 5\nOutput: 25"),       # a worked example, not this field's label
    ("input", "Output: the sum"),
    ("output", "输入：2\n输出：4"),
    ("input", "Input String: Hello World"),
    ("input", "Inputs: a, b"),
    ("instruction", "Given the input: 5, double it."),
    ("history", "Input: 5"),
    ("system", "Output: JSON only."),
])
def test_leaked_label_negatives(field, text):
    new, codes = nf(field, text)
    assert new == text and "norm.leaked_label" not in codes


def test_leaked_label_counts_on_real_chinese_set(alpaca_zh):
    """SOURCES.md: 94 inputs start with "输入：" and 18 outputs with "输出" + "：" (15) or ":" (3).
    Verified by hand with str.startswith over the raw JSON: "输入：" 94, "### 输入：" 1 (a markdown
    heading label, also removed), "输出：" 15, "输出:" 3; no instruction starts with "指令"."""
    df = load(alpaca_zh)
    res = Normalize().process(df)
    lab = res.findings.filter(pl.col("code") == "norm.leaked_label")
    by_field = Counter(lab["field"].to_list())
    assert by_field == {"input": 95, "output": 18}
    details = Counter(lab["detail"].to_list())
    assert details == {"input: leaked label '输入：' removed": 94,
                       "input: leaked label '### 输入：' removed": 1,
                       "output: leaked label '输出：' removed": 15,
                       "output: leaked label '输出:' removed": 3}
    out = res.batch
    for r in lab.iter_rows(named=True):
        assert not out[r["field"]][r["_row"]].startswith(("输入", "输出", "#"))


def test_leaked_label_count_on_real_english_sample(alpaca_en):
    # One input starts with its own label ("Input: weight, age, ..."); "Input String: Hello World"
    # does not count. Verified by listing inputs starting with "input"/"output"/"instruction".
    res = Normalize().process(load(alpaca_en))
    lab = res.findings.filter(pl.col("code") == "norm.leaked_label")
    assert lab["field"].to_list() == ["input"]
    assert res.batch["input"][lab["_row"][0]] == "weight, age, environment and activity of the animal"


# ----------------------------------------------------------------------------- entities
def test_entities_decoded_outside_code():
    new, codes = nf("output", "Tom &amp; Jerry say &quot;hi&quot; &#39;twice&#39;&nbsp;now &#x4e2d;")
    assert new == "Tom & Jerry say \"hi\" 'twice' now 中"  # &nbsp; -> NBSP -> space (whitespace)
    assert codes == ["norm.html_entity", "norm.whitespace"]


def test_entities_kept_inside_code_and_markup():
    fenced = "Escape it:\n\n```html\n&lt;p&gt; &amp;copy;\n```\nDone &amp; dusted."
    new, codes = nf("output", fenced)
    assert new == "Escape it:\n\n```html\n&lt;p&gt; &amp;copy;\n```\nDone & dusted."
    assert codes == ["norm.html_entity"]
    inline = "Write `&amp;` to show an ampersand."
    assert nf("output", inline) == (inline, [])
    markup = "<p>Copyright &copy; 2020 &amp; beyond</p>"
    assert nf("output", markup) == (markup, [])
    # no semicolon: not an entity (a URL query, "AT&T")
    for text in ("https://x.org/?a=1&copy=2", "AT&T and R&D", "&unknownentity; stays"):
        assert nf("output", text) == (text, [])


def test_entities_chinese():
    assert nf("output", "鱼&amp;熊掌") == ("鱼&熊掌", ["norm.html_entity"])


# ------------------------------------------------------------------------ control chars
@pytest.mark.parametrize("text,expected", [
    ("a\x00b\x07c", "abc"),
    ("line1\r\nline2\rline3", "line1\nline2\nline3"),
    ("\ufeffHello", "Hello"),
    ("zero\u200bwidth\u2060joined", "zerowidthjoined"),
    ("del\x7fete", "delete"),
    ("中文\u200b测试", "中文测试"),
    ("page\x0cbreak", "page\nbreak"),
])
def test_control_chars_removed(text, expected):
    new, codes = nf("output", text)
    assert new == expected
    assert "norm.control_chars" in codes


def test_control_chars_keep_meaningful_joiners():
    family = "👨\u200d👩\u200d👧 family"  # ZWJ emoji sequence
    assert nf("output", family) == (family, [])
    persian = "می\u200cخواهم"  # ZWNJ inside a Persian word is spelling
    assert nf("output", persian) == (persian, [])
    assert nf("output", "tab\tstays") == ("tab\tstays", [])


def test_terminal_escapes_are_unicode_repair():
    assert nf("output", "\x1b[31mred\x1b[0m text") == ("red text", ["norm.unicode"])


# ---------------------------------------------------------------------- literal escapes
@pytest.mark.parametrize("text,expected", [
    ("First line.\\nSecond line.", "First line.\nSecond line."),
    ("1. Apples\\n2. Pears\\n3. Plums", "1. Apples\n2. Pears\n3. Plums"),
    ("Name\\tAge\\r\\nAnn\\t31", "Name\tAge\nAnn\t31"),
    ("第一行。\\n第二行。", "第一行。\n第二行。"),
])
def test_literal_escapes_repaired(text, expected):
    new, codes = nf("output", text)
    assert new == expected
    assert "norm.literal_escape" in codes


@pytest.mark.parametrize("text", [
    'print("a\\n")',
    "print('Hello\\tWorld')",
    'printf("%d\\n", x);',
    's = "a\\nb"',
    "for (i = 0; i < n; i++) { out += \"\\n\"; }",
    "Save it to C:\\new\\table.txt",
    "The angle $\\theta$ and \\nabla f",
    "Use \\n for a new line.",
    "Split on `\\n` first.",
    "Real newline here\nand a literal \\n there.",
    "x \\times y\\n",
])
def test_literal_escapes_left_alone_in_code(text):
    new, codes = nf("output", text)
    assert new == text  # byte-identical
    assert codes == []


# ---------------------------------------------------------------------------- whitespace
def test_whitespace_keeps_indentation_and_inner_runs():
    code = "def f(x):\n    if x:\n        return  x  # two spaces kept\n    return 0"
    assert nf("output", code) == (code, [])
    assert nf("input", "I  ate  breakfast.") == ("I  ate  breakfast.", [])
    # trailing spaces go, indentation stays
    new, codes = nf("output", "def f():   \n    return 1   \n")
    assert new == "def f():\n    return 1" and codes == ["norm.whitespace"]


def test_whitespace_indented_first_line_kept_for_code():
    text = "    x = 1\n    y = 2"
    assert nf("input", text) == (text, [])
    assert nf("input", "  Hello world  ") == ("Hello world", ["norm.whitespace"])


@pytest.mark.parametrize("text,expected", [
    ("a\u00a0b\u2009c\u202fd", "a b c d"),
    ("para one\n\n\n\npara two", "para one\n\npara two"),
    ("  padded\n\n", "padded"),
    ("\n\n  first", "first"),
    ("\u3000\u3000首行缩进的段落。\u3000", "首行缩进的段落。"),
    ("第一段。 \n\n\n第二段。", "第一段。\n\n第二段。"),
])
def test_whitespace_fixed(text, expected):
    assert nf("output", text) == (expected, ["norm.whitespace"])


def test_ideographic_space_inside_line_kept():
    text = "姓名\u3000张三"
    assert nf("output", text) == (text, [])


# ------------------------------------------------------------------------------ unicode
def test_unicode_mojibake_and_nfc():
    assert nf("output", "caf\u00c3\u00a9 au lait") == ("café au lait", ["norm.unicode"])
    decomposed = unicodedata.normalize("NFD", "Beyoncé")
    assert nf("output", decomposed) == ("Beyoncé", ["norm.unicode"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["中文，", "plain", "caf\u00c3\u00a9", "×", "\n", "\n\n", "e\u0301",
                                 "\x1b[1m", "\u00c3", "\u00a9", " "]), max_size=12).map("".join))
def test_line_wise_ftfy_equals_ftfy(text):
    import ftfy

    from curate.normalize import fields as n

    _ftfy("warm")  # builds the config
    assert _ftfy(text) == ftfy.fix_text(text, n._FTFY_CONFIG)


def test_ftfy_skip_is_exact_on_all_short_strings():
    import itertools

    # every string of up to 3 characters over the quiet punctuation (the candidates for mojibake
    # continuation bytes) and a few letters of each script
    alphabet = "–—‘’“”•…·°" + "a 中，ア한！"
    for n in (1, 2, 3):
        for chars in itertools.product(alphabet, repeat=n):
            s = "".join(chars)
            assert _FTFY_NOOP.fullmatch(s) and _ftfy(s) == s, s


def test_key_folded_characters_are_exactly_those_of_the_quiet_set():
    import re

    from curate.normalize.fields import _KEY_FOLDED, _QUIET

    quiet, folded = re.compile(f"[{_QUIET}]"), re.compile(f"[{_KEY_FOLDED}]")
    for i in range(0x80, 0x110000):
        c = chr(i)
        if 0xD800 <= i <= 0xDFFF or not quiet.match(c):
            continue
        changes = unicodedata.normalize("NFKC", c).casefold() != c
        assert changes == bool(folded.match(c)), hex(i)


def test_full_width_placeholder_found_by_the_stage():
    batch, fnd = run([{"input": "ＮＯ ＩＮＰＵＴ"}, {"input": "ｎ／ａ"}, {"input": "ＡＢＣ"}])
    assert batch["input"].to_list() == ["", "", "ＡＢＣ"]


def test_full_width_punctuation_untouched():
    for text in ("你好，世界：（测试）！“引号”…", "ＡＢＣ１２３，", "“Curly” quotes and ﬁ ligature — dash"):
        assert nf("output", text) == (text, [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    "\t\n aZ09&;#<>\\\u3001\u3002\u300a\u4e00\u4e2d\u6587\u9fa5\u3400\uff0c\uff1a\uff08\uff5e"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u3041\u304b\u30a2\u30fc\u30ff\uac00\ud55c\ud7a3"
    "\uff21\uff41\u00b7\u00b0"), max_size=40))
def test_ftfy_skip_is_exact(text):
    # normalize_field skips ftfy on texts of _FTFY_NOOP's characters; ftfy must indeed leave them.
    assert _FTFY_NOOP.fullmatch(text)
    assert _ftfy(text) == text


# ---------------------------------------------------------------------------------- t2s
def test_t2s_off_by_default_and_on_by_parameter():
    rows = [{"instruction": "請把這個句子翻譯成英文。", "output": "這是一個測試。"},
            {"instruction": "Translate: 這是", "output": "This is"}]
    batch, fnd = run(rows)
    assert batch["instruction"].to_list() == [r["instruction"] for r in rows]
    assert fnd.filter(pl.col("code") == "norm.t2s").height == 0
    for params in ({"t2s": True}, {"actions": {"norm.t2s": "fix"}}):
        batch, fnd = run(rows, **params)
        assert batch["instruction"].to_list() == ["请把这个句子翻译成英文。", "Translate: 这是"]
        assert batch["output"].to_list() == ["这是一个测试。", "This is"]
        t2s = fnd.filter(pl.col("code") == "norm.t2s")
        assert sorted(zip(t2s["_row"], t2s["field"])) == [(0, "instruction"), (0, "output"),
                                                          (1, "instruction")]


def test_t2s_on_real_chinese_set(alpaca_zh):
    """The Chinese demo set is Simplified except 4 outputs, verified by diffing before/after: record
    137 (1-based) is an answer written in Traditional characters (80 characters converted, 並→并,
    這→这, ...); records 63, 532 and 756 carry stray ones (於→于; 涼→凉 four times; 師→师). t2s must
    convert exactly those and leave everything else."""
    df = load(alpaca_zh)
    res = Normalize(t2s=True).process(df)
    changed = res.findings.filter(pl.col("code") == "norm.t2s")
    assert changed["field"].to_list() == ["output"] * 4
    counts = {}
    for r in changed["_row"].to_list():
        old, new = df["output"][r], res.batch["output"][r]
        assert len(old) == len(new)  # character for character
        counts[r] = sum(a != b for a, b in zip(old, new))
    assert counts == {62: 1, 136: 80, 531: 4, 755: 1}
    assert res.batch["output"][62].count("于") > df["output"][62].count("于")


def test_second_pass_finds_nothing_on_real_data(alpaca_en, alpaca_zh):
    stage = Normalize(t2s=True)
    for path in (alpaca_en, alpaca_zh):
        once = stage.process(load(path)).batch
        again = stage.process(once)
        assert again.findings.height == 0, path.name
        assert again.batch.equals(once)


# --------------------------------------------------------------------- empty instruction
def test_empty_instruction_dropped():
    batch, fnd = run([{"instruction": " \u200b\u3000 "}, {"instruction": "Instruction:"},
                      {"instruction": "ok"}, {"instruction": ""}])
    drops = fnd.filter(pl.col("code") == "norm.empty_instruction")
    assert drops["_row"].to_list() == [0, 1, 3]
    assert set(drops["action"]) == {"drop"} and set(drops["severity"]) == {"error"}
    assert batch.height == 4  # the stage never drops rows itself; the runner does
    assert batch["instruction"].to_list() == ["", "", "ok", ""]


def test_empty_instruction_can_be_flagged_instead():
    _, fnd = run([{"instruction": "   "}], actions={"norm.empty_instruction": "flag"})
    assert fnd.filter(pl.col("code") == "norm.empty_instruction")["action"].to_list() == ["flag"]


# -------------------------------------------------------------------- stage mechanics
def test_findings_one_per_record_code_field_and_no_content():
    secret = "Tom   \n\n\n\n&amp; Jerry\u200b 13812345678   "
    batch, fnd = run([{"instruction": "Hi", "input": secret, "output": secret}])
    keys = list(zip(fnd["_row"], fnd["code"], fnd["field"]))
    assert len(keys) == len(set(keys))
    assert {(c, f) for _, c, f in keys} == {
        (c, f) for c in ("norm.html_entity", "norm.control_chars", "norm.whitespace")
        for f in ("input", "output")}
    assert set(fnd["action"]) == {"fix"}
    for d in fnd["detail"]:
        assert "13812345678" not in d and "Jerry" not in d


def test_system_and_history_normalized():
    rows = [{"instruction": "Go", "system": "  You are helpful.\u200b ",
             "history": [["Input: hi&amp;bye ", "输出：好"], ["ok", "fine"]]},
            {"instruction": "Go", "system": None, "history": None}]
    batch, fnd = run(rows)
    assert batch["system"].to_list() == ["You are helpful.", None]
    # labels are not removed inside history (no field of its own), other fixes are
    assert batch["history"].to_list() == [[["Input: hi&bye", "输出：好"], ["ok", "fine"]], None]
    hist = fnd.filter(pl.col("field") == "history")
    assert sorted(hist["code"].to_list()) == ["norm.html_entity", "norm.whitespace"]
    assert batch.schema["history"] == BASE_SCHEMA["history"]


def test_fix_codes_can_be_turned_off_but_not_dropped():
    batch, fnd = run([{"input": "  No input  "}], actions={"norm.whitespace": "off"})
    assert batch["input"].to_list() == [""]  # placeholder still found (key ignores spaces)
    assert fnd["code"].to_list() == ["norm.placeholder_input"]
    batch, fnd = run([{"input": "No input"}], actions={"norm.placeholder_input": "off"})
    assert batch["input"].to_list() == ["No input"] and fnd.height == 0
    with pytest.raises(ValueError):
        Normalize(actions={"norm.unicode": "drop"})
    with pytest.raises(ValueError):
        Normalize(actions={"norm.nonexistent": "fix"})
    with pytest.raises(TypeError):
        Normalize(unknown_param=1)


def test_no_new_columns_and_same_rows(alpaca_zh):
    df = load(alpaca_zh)
    out = Normalize().process(df).batch
    assert out.columns == df.columns and out.schema == df.schema
    assert out["_row"].to_list() == df["_row"].to_list()
    assert out["id"].to_list() == df["id"].to_list()


def test_batch_size_invariant(alpaca_zh, alpaca_en):
    df = pl.concat([load(alpaca_zh).head(300), load(alpaca_en).head(300)]).with_row_index(
        "_r").with_columns(pl.col("_r").cast(pl.Int64).alias("_row")).drop("_r")
    stage = Normalize()
    whole = stage.process(df)
    for size in (1, 7):
        parts = [stage.process(df.slice(i, size)) for i in range(0, df.height, size)]
        assert pl.concat([p.batch for p in parts]).equals(whole.batch)
        assert pl.concat([p.findings for p in parts]).equals(whole.findings)


def test_runner_counts_fixes_on_real_chinese_set(alpaca_zh):
    import curate

    res = curate.run([Normalize()], str(alpaca_zh))
    st_ = next(s for s in res.summary["stages"] if s["name"] == "normalize")
    assert st_["fixed_by_code"]["norm.leaked_label"] == 113  # 95 inputs + 18 outputs
    assert st_["dropped"] == 0 and res.summary["totals"]["ok"]
    assert not res.records["input"].str.starts_with("输入").any()


def test_runner_rejects_empty_instruction():
    import curate

    res = curate.run([Normalize()], [{"instruction": "\u200b ", "input": "", "output": "x"},
                                     {"instruction": "Say hi", "input": "No input", "output": "hi"}])
    assert [r["code"] for r in res.rejects] == ["norm.empty_instruction"]
    assert res.records["input"].to_list() == [""]


# ------------------------------------------------------------- vectorized == pure function
def _pure(df: pl.DataFrame, stage: Normalize) -> dict[str, list]:
    return {f: [normalize_field(f, t, stage.config)[0] for t in df[f].to_list()]
            for f in ("instruction", "input", "output")}


@pytest.mark.parametrize("t2s", [False, True])
def test_vectorized_equals_pure_on_real_data(alpaca_en, alpaca_zh, t2s):
    stage = Normalize(t2s=t2s)
    for path in (alpaca_en, alpaca_zh):
        df = load(path)
        out = stage.process(df).batch
        pure = _pure(df, stage)
        for f in pure:
            assert out[f].to_list() == pure[f], (path.name, f)


_ALPHABET = st.sampled_from(
    list("aZ09 .,:;!?&#\\/<>`'\"{}()[]$=-_\t\n\r") + ["\n\n\n", "&amp;", "&#39;", "\\n", "\\t",
    "Input:", "输入：", "Output:", "输出:", "Instruction:", "### ", "<noinput>", "No input", "N/A",
    "（无）", "无", "None", "```", "\x00", "\x1b[0m", "\x85", "\x9d", "\u00a0", "\u2009", "\u200b",
    "\u200c", "\u200d", "\ufeff", "\u3000", "\u2028", "中", "文", "，", "：", "這", "個", "Ã©", "é",
    "e\u0301", "ﬁ", "ｆ", "ＮＯ ＩＮＰＵＴ", "ｎ／ａ", "〸", "😀", "\uf900", "ア", "한", "–", "•", "·", "か", "\u3099", "《", "》", "Â"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.lists(_ALPHABET, max_size=12).map("".join),
                          st.lists(_ALPHABET, max_size=12).map("".join),
                          st.lists(_ALPHABET, max_size=12).map("".join)),
                min_size=1, max_size=8),
       st.booleans())
def test_vectorized_equals_pure_on_generated_text(rows, t2s):
    df = frame([{"instruction": i, "input": n, "output": o} for i, n, o in rows])
    stage = Normalize(t2s=t2s)
    res = stage.process(df)
    pure = _pure(df, stage)
    for f in pure:
        assert res.batch[f].to_list() == pure[f]
    # and the findings are exactly the pure function's changes
    expected = sorted((r, c.code, f) for f in pure for r, t in enumerate(df[f].to_list())
                      for c in normalize_field(f, t, stage.config)[1])
    got = sorted(zip(res.findings.filter(pl.col("code") != "norm.empty_instruction")["_row"],
                     res.findings.filter(pl.col("code") != "norm.empty_instruction")["code"],
                     res.findings.filter(pl.col("code") != "norm.empty_instruction")["field"]))
    assert got == expected

