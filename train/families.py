"""Task families for the verify demo: 26 kinds of instruction, each in English and Chinese, each
instance generated from a seeded ``random.Random`` with its answer computed, never written by hand.

Every record carries ``task`` (the family: the cluster the bootstrap resamples), ``task_lang`` and a
``check``: how the answer is checked (``train.checks``), so correctness is computable for 24 of the
26 families. Two families (``title``, ``sentence``) are open-ended: any fluent answer is fine, so
their ``check`` is ``{"kind": "none"}`` and only defect behaviours are measured on them.

Check kinds: ``number`` (the first or last number of the answer equals ``value``), ``list`` (the
integers of the answer, in order, equal ``value``), ``text`` (normalized answer equals one of
``accept``), ``choice`` (exactly one of ``options`` occurs and it is ``answer``), ``json`` (the
answer holds a JSON object with exactly ``keys``, and ``values`` where given), ``none``.
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

Rec = dict[str, Any]

WORDS_EN = ("planet", "garden", "window", "silver", "orange", "rocket", "puzzle", "bridge", "candle",
            "forest", "pencil", "river", "castle", "dragon", "summer", "winter", "yellow", "marble",
            "basket", "camera", "guitar", "lemon", "island", "butter", "ticket", "shadow", "mirror",
            "jacket", "velvet", "harbor", "meadow", "copper", "tunnel", "violet", "wagon", "falcon",
            "pillow", "anchor", "saddle", "comet", "lantern", "walnut", "canyon", "feather", "spiral",
            "helmet", "oyster", "pepper", "rabbit", "turtle", "valley", "zipper", "kettle", "magnet",
            "noodle", "parrot", "quartz", "ribbon", "sponge", "thunder")
CHARS_ZH = "春夏秋冬山水花鸟风云日月星河江湖海天地人心书画琴棋竹梅兰菊松石雪雨田林光影茶酒"
NOUNS_EN = ("food", "service", "hotel room", "movie", "phone", "staff", "book", "concert", "coffee",
            "train ride", "museum", "bakery")
POS_EN = ("wonderful", "excellent", "delicious", "friendly", "great", "amazing", "lovely", "perfect")
NEG_EN = ("terrible", "awful", "rude", "disappointing", "horrible", "broken", "boring", "dirty")
NOUNS_ZH = ("服务", "菜", "房间", "电影", "手机", "店员", "这本书", "音乐会", "咖啡", "火车", "博物馆", "面包")
POS_ZH = ("很好", "非常棒", "好吃", "热情", "满意", "精彩", "舒服", "完美")
NEG_ZH = ("很差", "难吃", "失望", "糟糕", "冷淡", "无聊", "太慢", "很脏")
UNITS_EN = (("kilometers", "meters", 1000), ("meters", "centimeters", 100), ("kilograms", "grams", 1000),
            ("hours", "minutes", 60), ("minutes", "seconds", 60), ("liters", "milliliters", 1000),
            ("days", "hours", 24), ("weeks", "days", 7))
UNITS_ZH = (("千米", "米", 1000), ("米", "厘米", 100), ("千克", "克", 1000), ("小时", "分钟", 60),
            ("分钟", "秒", 60), ("升", "毫升", 1000), ("天", "小时", 24), ("周", "天", 7))
NAMES = ("Alice", "Bob", "Chen", "Dana", "Emil", "Fatima", "Goro", "Hana", "Ivan", "Jun", "Kofi", "Lena",
         "Mia", "Nour", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Viktor", "Wei", "Yara")
CITIES = ("Paris", "Lima", "Oslo", "Cairo", "Tokyo", "Quito", "Hanoi", "Lagos", "Perth", "Dublin", "Seoul",
          "Vienna", "Nairobi", "Bogota", "Madrid", "Ottawa")
COLORS = ("red", "blue", "green", "black", "white", "purple", "gray", "pink")
KEYS = ("name", "city", "color", "age", "country", "job", "pet", "food")
JOBS = ("teacher", "doctor", "pilot", "chef", "nurse", "farmer", "writer", "driver")
PETS = ("cat", "dog", "parrot", "fish", "hamster", "rabbit")
FOODS = ("rice", "bread", "soup", "noodles", "salad", "cheese")
TOPICS_EN = ("the ocean", "a rainy day", "the moon", "a busy market", "an old library", "a mountain lake",
             "the first snow", "a quiet village", "a long train journey", "a summer festival")
TOPICS_ZH = ("大海", "雨天", "月亮", "热闹的集市", "古老的图书馆", "山中的湖", "初雪", "安静的村庄",
             "长途火车", "夏日的节日")
ADJ_EN = ("Silent", "Golden", "Hidden", "Last", "Broken", "Little", "Secret", "Distant")
_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS = "零一二三四五六七八九"


def number_en(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + ("" if ones == 0 else "-" + _ONES[ones])


def number_zh(n: int) -> str:
    if n < 10:
        return _ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return head + "十" + ("" if ones == 0 else _ZH_DIGITS[ones])


def _rec(ins: str, inp: str, out: str, check: dict[str, Any]) -> Rec:
    return {"instruction": ins, "input": inp, "output": out, "check": check}


def _num(v: int) -> dict[str, Any]:
    return {"kind": "number", "value": v}


def _nums(rng: random.Random, lo: int = 1, hi: int = 99) -> list[int]:
    return rng.sample(range(lo, hi + 1), rng.randint(3, 6))


def _csv(nums: list[int]) -> str:
    return ", ".join(map(str, nums))


# ------------------------------------------------------------------ the families
def add(rng: random.Random, zh: bool) -> Rec:
    a, b = rng.randint(2, 99), rng.randint(2, 99)
    ins = rng.choice([f"计算 {a} 加 {b} 等于多少？", f"{a} 加 {b} 的结果是多少？"]) if zh else \
        rng.choice([f"What is {a} plus {b}?", f"Calculate {a} + {b}."])
    return _rec(ins, "", str(a + b), _num(a + b))


def subtract(rng: random.Random, zh: bool) -> Rec:
    a, b = rng.randint(20, 99), rng.randint(2, 19)
    ins = rng.choice([f"计算 {a} 减 {b} 等于多少？", f"{a} 减去 {b} 是多少？"]) if zh else \
        rng.choice([f"What is {a} minus {b}?", f"Calculate {a} - {b}."])
    return _rec(ins, "", str(a - b), _num(a - b))


def multiply(rng: random.Random, zh: bool) -> Rec:
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    ins = rng.choice([f"计算 {a} 乘以 {b}。", f"{a} 乘 {b} 等于多少？"]) if zh else \
        rng.choice([f"What is {a} times {b}?", f"Multiply {a} by {b}."])
    return _rec(ins, "", str(a * b), _num(a * b))


def sort_asc(rng: random.Random, zh: bool) -> Rec:
    nums = _nums(rng)
    ins = "把下面的数字从小到大排序。" if zh else rng.choice(
        ["Sort these numbers in ascending order.", "Arrange the numbers from smallest to largest."])
    return _rec(ins, _csv(nums), _csv(sorted(nums)), {"kind": "list", "value": sorted(nums)})


def sort_desc(rng: random.Random, zh: bool) -> Rec:
    nums = _nums(rng)
    out = sorted(nums, reverse=True)
    ins = "把下面的数字从大到小排序。" if zh else rng.choice(
        ["Sort these numbers in descending order.", "Arrange the numbers from largest to smallest."])
    return _rec(ins, _csv(nums), _csv(out), {"kind": "list", "value": out})


def max_of(rng: random.Random, zh: bool) -> Rec:
    nums = _nums(rng)
    ins = "下面这组数字中最大的是哪个？" if zh else "Which is the largest number in this list?"
    return _rec(ins, _csv(nums), str(max(nums)), _num(max(nums)))


def min_of(rng: random.Random, zh: bool) -> Rec:
    nums = _nums(rng)
    ins = "下面这组数字中最小的是哪个？" if zh else "Which is the smallest number in this list?"
    return _rec(ins, _csv(nums), str(min(nums)), _num(min(nums)))


def sum_of(rng: random.Random, zh: bool) -> Rec:
    nums = rng.sample(range(1, 30), rng.randint(3, 4))
    ins = "求下面这些数字的和。" if zh else "Add up these numbers."
    return _rec(ins, _csv(nums), str(sum(nums)), _num(sum(nums)))


def count_items(rng: random.Random, zh: bool) -> Rec:
    nums = rng.sample(range(1, 100), rng.randint(2, 9))
    ins = "下面的列表里有几个数字？" if zh else "How many numbers are in this list?"
    return _rec(ins, _csv(nums), str(len(nums)), _num(len(nums)))


def reverse(rng: random.Random, zh: bool) -> Rec:
    if zh:
        s = "".join(rng.sample(CHARS_ZH, rng.randint(3, 5)))
        return _rec("把下面的字符串倒过来写。", s, s[::-1], {"kind": "text", "accept": [s[::-1]]})
    w = rng.choice(WORDS_EN)
    ins = rng.choice([f"Reverse the letters of the word '{w}'.", f"Write the word '{w}' backwards."])
    return _rec(ins, "", w[::-1], {"kind": "text", "accept": [w[::-1]]})


def _phrase(rng: random.Random) -> str:
    return " ".join(rng.sample(WORDS_EN, rng.randint(2, 3)))


def uppercase(rng: random.Random, zh: bool) -> Rec:
    p = _phrase(rng)
    ins = "将下面的英文转换成大写字母。" if zh else rng.choice(
        ["Convert the following text to uppercase.", "Rewrite this text in capital letters."])
    return _rec(ins, p, p.upper(), {"kind": "text", "accept": [p.upper()], "case": True})


def lowercase(rng: random.Random, zh: bool) -> Rec:
    p = _phrase(rng).upper()
    ins = "将下面的英文转换成小写字母。" if zh else rng.choice(
        ["Convert the following text to lowercase.", "Rewrite this text in small letters."])
    return _rec(ins, p, p.lower(), {"kind": "text", "accept": [p.lower()], "case": True})


def units(rng: random.Random, zh: bool) -> Rec:
    src, dst, k = rng.choice(UNITS_ZH if zh else UNITS_EN)
    n = rng.randint(2, 30)
    if zh:
        return _rec(f"{n}{src}等于多少{dst}？", "", f"{n * k}{dst}", _num(n * k))
    return _rec(f"Convert {n} {src} to {dst}.", "", f"{n * k} {dst}", _num(n * k))


def sentiment(rng: random.Random, zh: bool) -> Rec:
    positive = rng.random() < 0.5
    if zh:
        text = f"{rng.choice(NOUNS_ZH)}{rng.choice(POS_ZH if positive else NEG_ZH)}。"
        ans = "正面" if positive else "负面"
        return _rec("判断下面评论的情感是正面还是负面。", text, ans,
                    {"kind": "choice", "options": ["正面", "负面"], "answer": ans})
    text = f"The {rng.choice(NOUNS_EN)} was {rng.choice(POS_EN if positive else NEG_EN)}."
    ans = "positive" if positive else "negative"
    return _rec("Classify the sentiment of this review as positive or negative.", text, ans,
                {"kind": "choice", "options": ["positive", "negative"], "answer": ans})


def parity(rng: random.Random, zh: bool) -> Rec:
    n = rng.randint(2, 999)
    if zh:
        ans = "偶数" if n % 2 == 0 else "奇数"
        return _rec(f"{n}是奇数还是偶数？", "", ans, {"kind": "choice", "options": ["奇数", "偶数"], "answer": ans})
    ans = "even" if n % 2 == 0 else "odd"
    return _rec(f"Is {n} even or odd?", "", ans, {"kind": "choice", "options": ["even", "odd"], "answer": ans})


def larger(rng: random.Random, zh: bool) -> Rec:
    a, b = rng.sample(range(2, 999), 2)
    ins = f"{a} 和 {b} 哪个更大？" if zh else f"Which number is larger: {a} or {b}?"
    return _rec(ins, "", str(max(a, b)), {"kind": "choice", "options": [str(a), str(b)], "answer": str(max(a, b))})


def _person(rng: random.Random) -> dict[str, Any]:
    keys = rng.sample(KEYS, rng.randint(2, 3))
    pools = {"name": NAMES, "city": CITIES, "color": COLORS, "country": ("Peru", "Chile", "Kenya", "Japan", "Spain", "Egypt"),
             "job": JOBS, "pet": PETS, "food": FOODS}
    return {k: (rng.randint(18, 80) if k == "age" else rng.choice(pools[k])) for k in keys}


def json_object(rng: random.Random, zh: bool) -> Rec:
    obj = _person(rng)
    keys = ", ".join(f'"{k}"' for k in obj)
    vals = "; ".join(f"{k} = {v}" for k, v in obj.items())
    ins = (f"创建一个JSON对象，包含键 {keys}，取值为：{vals}。" if zh else
           f"Create a JSON object with the keys {keys}, where {vals}.")
    return _rec(ins, "", json.dumps(obj, ensure_ascii=False),
                {"kind": "json", "keys": list(obj), "values": obj})


def json_extract(rng: random.Random, zh: bool) -> Rec:
    obj = _person(rng)
    key = rng.choice(list(obj))
    ins = f"下面的JSON中 \"{key}\" 的值是什么？" if zh else f"What is the value of \"{key}\" in this JSON?"
    val = str(obj[key])
    return _rec(ins, json.dumps(obj, ensure_ascii=False), val, {"kind": "text", "accept": [val]})


def kv_to_json(rng: random.Random, zh: bool) -> Rec:
    obj = {k: str(v) for k, v in _person(rng).items()}
    inp = "\n".join(f"{k}: {v}" for k, v in obj.items())
    ins = "把下面的键值对转换成一个JSON对象。" if zh else "Convert these key-value pairs into a JSON object."
    return _rec(ins, inp, json.dumps(obj, ensure_ascii=False), {"kind": "json", "keys": list(obj), "values": obj})


def sequence(rng: random.Random, zh: bool) -> Rec:
    start, step = rng.randint(1, 30), rng.randint(2, 9)
    seq = [start + i * step for i in range(4)]
    nxt = start + 4 * step
    ins = f"下一个数字是什么：{_csv(seq)}？" if zh else f"What number comes next: {_csv(seq)}?"
    return _rec(ins, "", str(nxt), _num(nxt))


def word_count(rng: random.Random, zh: bool) -> Rec:
    if zh:
        s = "".join(rng.choice(CHARS_ZH) for _ in range(rng.randint(3, 9)))
        return _rec("下面这段文字有几个汉字？", s, str(len(s)), _num(len(s)))
    words = [rng.choice(WORDS_EN) for _ in range(rng.randint(2, 8))]
    return _rec("How many words are in this sentence?", " ".join(words), str(len(words)), _num(len(words)))


def acronym(rng: random.Random, zh: bool) -> Rec:
    words = rng.sample(WORDS_EN, rng.randint(2, 4))
    phrase = " ".join(words)
    ans = "".join(w[0] for w in words).upper()
    ins = f"写出 \"{phrase}\" 的首字母缩写（大写）。" if zh else f"Write the acronym (in capitals) of \"{phrase}\"."
    return _rec(ins, "", ans, {"kind": "text", "accept": [ans], "case": True})


def repeat(rng: random.Random, zh: bool) -> Rec:
    w, n = rng.choice(WORDS_EN), rng.randint(2, 5)
    ans = " ".join([w] * n)
    ins = (f"把单词 \"{w}\" 重复 {n} 遍，用空格隔开。" if zh
           else f"Repeat the word \"{w}\" {n} times, separated by spaces.")
    return _rec(ins, "", ans, {"kind": "text", "accept": [ans]})


def number_words(rng: random.Random, zh: bool) -> Rec:
    n = rng.randint(0, 99)
    if zh:
        ans = number_zh(n)
        return _rec(f"用汉字写出数字{n}。", "", ans, {"kind": "text", "accept": [ans]})
    ans = number_en(n)
    return _rec(f"Write the number {n} in words.", "", ans, {"kind": "text", "accept": [ans, ans.replace("-", " ")]})


def title(rng: random.Random, zh: bool) -> Rec:
    if zh:
        t, genre = rng.choice(TOPICS_ZH), rng.choice(("童话", "科幻", "侦探", "冒险", "爱情"))
        return _rec(f"为一个关于{t}的{genre}故事起一个标题。", "",
                    f"《{t}的{rng.choice(('秘密', '回忆', '远方', '声音'))}》", {"kind": "none"})
    noun, genre = rng.choice(WORDS_EN), rng.choice(("story", "poem", "song", "fairy tale"))
    return _rec(f"Suggest a title for a {genre} about a {noun}.", "",
                f"The {rng.choice(ADJ_EN)} {noun.capitalize()}", {"kind": "none"})


def sentence(rng: random.Random, zh: bool) -> Rec:
    if zh:
        t, style = rng.choice(TOPICS_ZH), rng.choice(("简短", "简单", "欢快", "平静", "生动"))
        end = rng.choice(("让人感到平静", "充满了生机", "总是令人难忘"))
        return _rec(f"用一句{style}的话描述{t}。", "", f"{t}{end}。", {"kind": "none"})
    t, style = rng.choice(TOPICS_EN), rng.choice(("short", "simple", "cheerful", "calm", "vivid"))
    tail = rng.choice(("feels calm and bright", "is full of life", "is hard to forget"))
    return _rec(f"Write one {style} sentence about {t}.", "", f"{t[0].upper() + t[1:]} {tail}.", {"kind": "none"})


FAMILIES: dict[str, Callable[[random.Random, bool], Rec]] = {
    "add": add, "subtract": subtract, "multiply": multiply, "sort_asc": sort_asc, "sort_desc": sort_desc,
    "max": max_of, "min": min_of, "sum": sum_of, "count": count_items, "reverse": reverse,
    "uppercase": uppercase, "lowercase": lowercase, "units": units, "sentiment": sentiment,
    "parity": parity, "larger": larger, "json_object": json_object, "json_extract": json_extract,
    "kv_to_json": kv_to_json, "sequence": sequence, "word_count": word_count, "acronym": acronym,
    "repeat": repeat, "number_words": number_words, "title": title, "sentence": sentence,
}
