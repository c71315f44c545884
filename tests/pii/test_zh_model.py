"""Chinese person names from THULAC's tagger (curate.pii.zh_model), the dataset profile's second
source of Chinese names: names no cue marks are found, the tagger's known errors are filtered, and
what it costs on hand-checked PII-free records and on a set written by someone who never saw the
code (bench/pii_zh_independent.py)."""
from __future__ import annotations

import pytest

from curate.pii.config import PIIConfigError, load_policy
from curate.pii.redact import Redactor
from curate.pii.zh_model import available, find_model_names

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not available(), reason="thulac is not installed (pip install 'curate[pii]')")]


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_model_names(text)]


@pytest.mark.parametrize("text,want", [
    ("方颖问我明天几点开会。", ["方颖"]),                        # no label, title or verb before it
    ("当天下午，孟建平在河边散步时发现有孩子落水。", ["孟建平"]),
    ("巡逻人员：王刚、姜玉兰。", ["王刚", "姜玉兰"]),
    ("患者张秀兰，女，45岁，因腹痛入院。", ["张秀兰"]),
])
def test_names_without_a_cue(text, want):
    assert _names(text) == want


@pytest.mark.parametrize("text", [
    "《金翅雀》是唐娜·塔特所著的一本历史小说。",              # a work: its author and characters
    "很久以前，住着一位名叫艾拉的姑娘，她喜欢魔法。",          # a story's character
    "这一短语最早与亨利·德·劳安达尔有关。",                    # a transliterated foreign name
    "1. 莫里森地层 (Morrison Formation) 出土了恐龙化石。",     # a name with its Latin original
    "选择合适的机器学习算法，如朴素贝叶斯、支持向量机等。",      # the tagger cut 朴素贝|叶斯
    "李华是一个勤勉刻苦的学生。",                              # the exam letter's stock writer
    "鲁迅写了《狂人日记》。",                                  # a public figure
    "把拌好的沙拉盛在碗里。",
    "员工满意度调查结果已经出来了。",
])
def test_not_private_names(text):
    assert _names(text) == []


def test_fast_decoder_gives_thulac_own_result():
    """zh_model replaces THULAC's Python loops (feature sums, Viterbi) with numpy: 3,077 sentences
    gave the same words and tags, 8x faster (scripted once); a sample of them here."""
    import thulac

    from bench.pii_eval import pii_free_zh
    from bench.pii_zh_independent import zh_independent
    from curate.pii.zh_model import _SENTENCE, _model

    fast = _model()
    assert fast._thulac__tagging_decoder.dp.__func__.__module__ == "curate.pii.zh_model"  # patched
    sents = [m.group(0) for r in pii_free_zh()[::10] for f in ("instruction", "output")
             for m in _SENTENCE.finditer(r.get(f) or "")]
    sents += [m.group(0) for d in zh_independent()[::5] for m in _SENTENCE.finditer(d["text"])]
    sents += ["王", "a", "。", "\ud800王刚来了", " ", "ＡＢＣ１２３", "王芳" * 500]
    assert len(sents) > 600
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        ref = thulac.thulac()
    assert [fast.cut(s) for s in sents] == [ref.cut(s) for s in sents]


@pytest.mark.parametrize("text", ["", "王", "。。。", "\ud800王刚来了", "王芳、李静" * 2000, "a" * 5000])
def test_odd_text(text):
    find_model_names(text)  # no error on empty, lone surrogates, long repeats


def test_profiles_choose_the_model():
    assert load_policy("dataset").zh_model == "thulac"
    assert load_policy("logs").zh_model == "none"  # logs: speed (the rules meet the log target)


def test_unknown_zh_model_is_a_config_error(tmp_path):
    cfg = tmp_path / "pii.yaml"
    cfg.write_text("profiles:\n  p:\n    mode: full\n    zh_model: hanlp\n", encoding="utf-8")
    with pytest.raises(PIIConfigError, match="zh_model"):
        load_policy("p", cfg)


def test_only_full_mode_runs_the_model():
    text = "方颖问我明天几点开会。"
    full = Redactor(load_policy("dataset")).find([text], "input")[0]
    pat = Redactor(load_policy("dataset", mode="patterns")).find([text], "input")[0]
    assert [text[s.start:s.end] for s in full] == ["方颖"] and pat == []


def test_held_out_recall_and_pii_free_records():
    """The odd templates of the independent set were never read: 0.591 with the rules alone
    (eecefd7), 0.864 with the model. The hand-checked PII-free Chinese records: 2 of 1,144 altered
    by the rules alone (private-range IPs), 3 with the model (皮克峰, a mountain, read as a name)."""
    from bench.pii_eval import pii_free_zh, score_sets
    from bench.pii_zh_independent import zh_independent_half

    red = Redactor(load_policy("dataset"))
    data = zh_independent_half("held_out")
    sc = score_sets(data, red.find([d["text"] for d in data], "input"))["PERSON"]
    assert sc["recall"] >= 0.84 and sc["precision"] >= 0.99, sc
    recs = pii_free_zh()
    altered = set()
    for f in ("instruction", "input", "output"):
        for r, spans in zip(recs, red.find([r.get(f) or "" for r in recs], f)):
            if spans:
                altered.add(str(r["_index"]))
    assert len(recs) >= 1000 and len(altered) <= 3, sorted(altered)


def test_masker_uses_the_model_once_a_full_pass_loaded_it():
    """Audit examples and reports (mask_many) never pay a model load; after a dataset-profile pass
    in the same process they get THULAC's names too."""
    import curate.pii.zh_model as zm
    from curate.pii import mask_many

    text = "方颖问我明天几点开会。"
    loaded, zm._MODEL = zm._MODEL, None
    try:
        assert mask_many([text], ner=True) == [text]  # not loaded: the rules alone, no load
        assert zm._MODEL is None
    finally:
        zm._MODEL = loaded
    Redactor(load_policy("dataset")).find([text], "input")
    assert mask_many([text]) == ["<PERSON>问我明天几点开会。"]


def test_answers_to_a_task_about_a_work_keep_their_names():
    """A poem or story asked for in the instruction: THULAC's names in the answer are characters
    (the BELLE seed poem's 金凤 is a flower). Detection reads one field at a time, so the stage
    passes the task's hint; a record about a person keeps its redaction."""
    import curate
    from curate.stages.pii import RedactPII

    recs = [{"instruction": "请以下面词语为主题写一首诗", "input": "夏天",
             "output": "不但春妍夏亦佳，随缘花草是生涯。\n鹿葱解插纤长柄，金凤仍开最小花。"},
            {"instruction": "写一个短故事。", "input": "", "output": "方颖问我明天几点开会。"},
            {"instruction": "整理这段客服记录。", "input": "", "output": "方颖问我明天几点开会。"}]
    out = curate.run([RedactPII()], recs).records.to_dicts()
    assert [r["output"] for r in out] == [recs[0]["output"], recs[1]["output"], "<PERSON>问我明天几点开会。"]
