"""The language check, refusal and stop-word filters: behaviour on chosen cases (EN and ZH), then
measured on data they were not written around (bench/lang_check_eval.py reports the same figures)."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from curate.generate import filters as F
from curate.normalize import langcheck as LC
from curate.text import cjk_ratio

LABELS = Path(__file__).resolve().parents[1] / "data" / "labels"


def _jsonl(p):
    return [json.loads(x) for x in Path(p).read_text(encoding="utf-8").splitlines() if x.strip()]


# ----------------------------------------------------------------------------- cases
def test_instruction_language():
    assert LC.check_instruction("Write a short poem about autumn leaves.", "zh")
    assert LC.check_instruction("写一首关于秋天落叶的短诗。", "en")
    assert LC.check_instruction("写一首关于秋天落叶的短诗。", "zh") is None
    # Quoted material in another script is the subject of the task, not its language.
    assert LC.check_instruction("解释短语“bringing home the bacon”的意思。", "zh") is None
    assert LC.check_instruction('Translate "Les enfants jouent dans le parc" into English.', "en") is None
    assert LC.check_instruction("使用Adobe Illustrator创建一个Ocean Blue的标志。", "zh") is None
    # A short English instruction the detector misreads is still English when it reads as English.
    assert LC.check_instruction("Create a list of things to do in Las Vegas.", "en") is None


def test_output_language_rules():
    zh_task = "用三句话介绍一下长城的历史。"
    english = "The Great Wall was built over many centuries to protect the empire from raids."
    assert LC.check_output(zh_task, "", english, "zh")
    assert LC.check_output(zh_task, "", "长城修建于多个朝代，用来抵御北方的侵扰。", "zh") is None
    # The task asks for another language, by name or by translating.
    assert LC.check_output("把这句话翻译成英文：我喜欢喝茶。", "", "I like drinking tea very much, "
                           "especially in the afternoon.", "zh") is None
    assert LC.check_output("Translate the sentence into Chinese.", "I like tea.",
                           "我非常喜欢在下午喝茶。", "en") is None
    # A quoted foreign word: the answer may be in its language.
    assert LC.check_output("用“opulent”造一个句子。", "", "The wedding was held in an opulent "
                           "ballroom with crystal chandeliers.", "zh") is None
    # The task transforms an English input: the answer may stay English.
    assert LC.check_output("改正下面句子中的语法错误。", "She go to the school every days with her "
                           "friends and they is happy.", "She goes to school every day with her "
                           "friends, and they are happy.", "zh") is None
    # Code, JSON keys and short labels are not prose.
    code = "```python\ndef add(a, b):\n    return a + b\n```"
    assert LC.check_output("写一个函数，返回两个数的和。", "", code, "zh") is None
    assert LC.check_output("生成一个行程 JSON。", "", '{"city": "杭州", "days": 2, "plan": ["西湖", '
                           '"灵隐寺"]}', "zh") is None
    assert LC.check_output("判断情感。", "今天真开心", "Positive", "zh") is None
    # ... but English prose around a code block is still English.
    assert LC.check_output("写一个函数，返回两个数的和。", "", "Here is a simple function that adds "
                           "the two numbers you give it:\n" + code, "zh")
    assert LC.check_output("Give three tips for sleeping well.", "", "保持规律作息，睡前不要看手机，"
                           "卧室保持安静和凉爽。", "en")


def test_input_language_rules():
    assert LC.check_input("总结下面这段话的要点。", "The committee met on Monday and agreed to "
                          "delay the vote until the budget report is ready for review.", "zh")
    assert LC.check_input("把下面的英文段落翻译成中文。", "The committee met on Monday and agreed to "
                          "delay the vote until the budget report is ready.", "zh") is None
    log = "2024-05-01 03:12:44 sshd[811]: Failed password for root from 203.0.113.5 port 52144"
    assert LC.check_input("分析下面的日志，判断风险等级。", log, "zh") is None


def test_refusal_and_stopwords_cases():
    assert F.refusal("Sorry, but I can't help with that request.")
    assert F.refusal("I cannot browse the internet to find today's prices.")
    assert F.refusal("抱歉，我无法回答这个问题。")
    assert F.refusal("作为一个人工智能语言模型，我不能为您拿取书籍。")
    assert F.refusal("I'm so sorry for your loss. Losing a pet is hard, and it is okay to grieve.") is None
    assert F.refusal("I can't believe it!") is None
    assert F.stopwords_only("It is what it is, and so on.", "en")
    assert F.stopwords_only("的了。", "zh")
    assert F.stopwords_only("Yes.", "en") is None          # one word may be exactly right
    assert F.stopwords_only("Paris is the capital.", "en") is None


# ----------------------------------------------------------------------------- measured
@pytest.fixture(scope="module")
def zh_demo(shared_data):
    data = json.loads((shared_data / "alpaca_zh_llamafactory_demo_1000.json").read_text(encoding="utf-8"))
    labels = {x["index"]: x for x in _jsonl(LABELS / "alpaca_zh.jsonl")}
    return data, labels


def test_hand_labelled_chinese_set(zh_demo):
    """Wrong-language answers (labelled english_reply) are caught; answers the labels call fine,
    including the mixed-language ones (translations, English-word tasks, code), are not."""
    data, labels = zh_demo
    rej = {i for i, d in enumerate(data)
           if LC.check_output(d["instruction"], d["input"], d["output"], "zh")}
    wrong = [i for i, x in labels.items() if x["category"] == "english_reply" or "english_reply" in x["also"]]
    ok = [i for i, x in labels.items() if x["category"] == "ok"]
    mixed = [i for i in ok if cjk_ratio(data[i]["output"]) < 0.5 or "```" in data[i]["output"]]
    assert len(wrong) == 18 and len(mixed) >= 40
    recall = sum(i in rej for i in wrong) / len(wrong)
    assert recall >= 0.55
    assert sum(i in rej for i in ok) / len(ok) <= 0.01
    assert sum(i in rej for i in mixed) <= 1
    # Every instruction in the set is a Chinese task.
    assert sum(bool(LC.check_instruction(d["instruction"], "zh")) for d in data) <= 5


@pytest.mark.parametrize("name,lang", [("self_instruct_seed_tasks.jsonl", "en"),
                                       ("belle_zh_seed_tasks.jsonl", "zh")])
def test_third_party_seeds_pass(shared_data, name, lang):
    rows = [(t["instruction"], i["input"], i["output"]) for t in _jsonl(shared_data / name)
            for i in t["instances"]]
    flagged = [r for r in rows if LC.check_instruction(r[0], lang) or LC.check_input(r[0], r[1], lang)
               or LC.check_output(r[0], r[1], r[2], lang)]
    assert len(flagged) <= len(rows) * 0.01, flagged[:3]


def test_swapped_answers_are_caught(zh_demo, alpaca_en):
    """Wrong language made from other people's text: Chinese tasks given English Alpaca answers and
    the reverse (tasks that themselves ask for another language left out)."""
    data, labels = zh_demo
    en = json.loads(Path(alpaca_en).read_text(encoding="utf-8"))
    rng = random.Random(0)
    en_out = [d["output"] for d in en if len(d["output"].split()) >= 12][:800]
    zh_out = [d["output"] for d in data if cjk_ratio(d["output"]) >= 0.5 and len(d["output"]) >= 20]
    zh_tasks = [d for i, d in enumerate(data) if labels[i]["category"] == "ok"
                and cjk_ratio(d["output"]) >= 0.5 and not LC.named_langs(d["instruction"])]
    en_tasks = [d for d in en[:600] if not LC.named_langs(d["instruction"])]
    caught_zh = sum(bool(LC.check_output(d["instruction"], d["input"], rng.choice(en_out), "zh"))
                    for d in zh_tasks)
    caught_en = sum(bool(LC.check_output(d["instruction"], d["input"], rng.choice(zh_out), "en"))
                    for d in en_tasks)
    assert caught_zh / len(zh_tasks) >= 0.85
    assert caught_en / len(en_tasks) >= 0.9
    # and instructions in the wrong language
    assert sum(bool(LC.check_instruction(d["instruction"], "zh")) for d in en[:1000]) >= 990


def test_refusals_on_labelled_sets(zh_demo, alpaca_en):
    en = json.loads(Path(alpaca_en).read_text(encoding="utf-8"))
    en_labels = {x["index"]: x for x in _jsonl(LABELS / "alpaca_en.jsonl")}
    en_ref = [i for i, x in en_labels.items() if x["category"] == "refusal"]
    flagged_en = {i for i, d in enumerate(en) if F.refusal(d["output"])}
    assert en_ref and all(i in flagged_en for i in en_ref)
    assert len(flagged_en - set(en_ref)) <= 2              # of 5,000
    data, labels = zh_demo
    zh_ref = {i for i, x in labels.items() if x["category"] == "refusal" or "refusal" in x["also"]}
    flagged = {i for i, d in enumerate(data) if F.refusal(d["output"])}
    assert len(flagged & zh_ref) / len(zh_ref) >= 0.5
    ok = [i for i, x in labels.items() if x["category"] == "ok"]
    assert sum(i in flagged for i in ok) / len(ok) <= 0.015
    # Answers of only function words are rare in real data, and never a one-word label.
    assert sum(bool(F.stopwords_only(d["output"], "en")) for d in en) <= 5
    assert sum(bool(F.stopwords_only(d["output"], "zh")) for d in data) == 0
