"""Chinese person names without an NER model: context finds where a name may be, word segmentation
decides whether what stands there is a name.

No Chinese NER model installs from PyPI (zh-core-web-sm there is an empty name-squatting upload). A
surname character plus "any following characters" damaged clean text (员工满意度 → 员工<PERSON>,
用于帮助医生, 患者都会出现, 客户郑女士 → 客户<PERSON>士). Here:

1. **Context** says a name may follow or precede: a label (姓名：, 联系人, 患者, 收件人, 我叫 …, 0.95),
   a role or generic noun (客户, 用户, 快递员, 值班人员, 您好 …, 0.9), or a title after it (先生, 女士,
   老师, 主任 …, 0.9). Without context: a name opening a line and addressed directly ("王芳，您的…",
   0.9) or opening an ops-log line ("张伟 提交了…", 0.8: the logs profile keeps it, the dataset
   profile — where line-initial names are mostly famous people in tasks — does not).
2. **Segmentation** (jieba's dictionary and HMM, on a short window around the spot) decides: the
   word there must be tagged a person name (nr) and start with a surname, or be a surname followed by
   a given-name word that is not a function word or verb ("曾/志成", "欧阳/娜娜"); a lone surname is a
   name only right before a title ("郑女士" → 郑; the title is never split).

Traditional text is read through OpenCC (t2s) for segmentation; offsets are kept (1:1 characters).
docs/pii.md gives precision and recall on the generated sets and on the hand-checked PII-free ones.
"""
from __future__ import annotations

import functools
import re
import threading

from curate.pii.patterns import Span

# The most common single-character surnames (they cover ~90% of the population) and the common
# compound surnames. Compound ones are tried first so 欧阳娜娜 is not read as 欧 + 阳娜.
SINGLE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆"
    "朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭"
    "洪萧"
)
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
            "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "澹台", "万俟", "申屠", "闻人")

# Labels always followed by a person ("strong"), and roles and generic nouns that often are.
STRONG = ("姓名", "名字", "联系人", "患者", "病人", "收件人", "收货人", "寄件人", "申请人", "负责人", "经办人",
          "审批人", "下单人", "订购人", "报修人", "持卡人", "户主", "借款人", "担保人", "法定代表人", "法人代表",
          "签名", "署名", "报案人", "当事人", "嫌疑人", "被告人", "原告", "投诉人", "监护人", "紧急联系人", "开户人",
          "收款人", "付款人", "登记人", "车主姓名", "我叫", "名叫", "我的名字是", "主治医生", "主治医师", "用户名", "真实姓名",
          "user=", "username=", "name=", "user:", "customer=", "姓名=")
WEAK = ("客户", "用户", "乘客", "学生", "员工", "职工", "司机", "业主", "租客", "房东", "家属", "本人", "亲爱的",
        "尊敬的", "被告", "我是", "您好", "你好", "hello", "hi", "dear", "寄给", "交给", "转交", "致",
        "快递员", "配送员", "骑手", "外卖员", "客服", "同事", "维修工", "维修员", "工程师", "技术员", "收银员",
        "店员", "业务员", "销售", "教练", "安检员", "驾驶员", "住户", "车主", "操作员", "管理员", "审核员",
        # roles in security-monitoring and patrol logs (巡逻员张伟，…), one of our users' domains
        "巡逻员", "值班员", "保安员", "安保员", "保安", "民警", "辅警", "警员", "队员", "巡查员", "巡检员",
        "报警人", "来访人", "访客", "值班人员", "巡逻人员", "值班领导", "带班领导")
TITLES = ("先生", "女士", "小姐", "同志", "老师", "医生", "大夫", "教授", "经理", "主任", "律师", "警官",
          "同学", "师傅", "阿姨", "老板", "院长", "校长", "博士", "护士", "局长", "处长", "科长", "部长",
          "书记", "主管", "组长")

_NAME_TAGS = ("nr", "nrfg", "nrt")
# Tags a given-name word after a lone surname may carry (jieba tags rare given names oddly: 美惠 ns).
_GIVEN_TAGS = frozenset(("nr", "nrfg", "nrt", "n", "ns", "nz", "ng", "a", "ag", "j", "nt", "zg", "tg", "x", "eng"))
# A lone surname before a title may be tagged as almost anything, but not as a function word.
_FUNCTION_TAGS = frozenset(("c", "p", "d", "r", "u", "uj", "ul", "uz", "ug", "uv", "ud", "m", "q", "f", "t",
                            "y", "e", "o", "v", "vn", "vd", "df", "mq", "rr", "rz", "zg_"))
_PUNCT = set("，。、；：！？（）()“”‘’《》【】[]<>,.;:!?|/\\-—_=+*#@~ \t\r\n\"'")
_HAN_RX = re.compile("[\u4e00-\u9fff]")
_LOG_PREFIX = re.compile(
    r"^[ \t]*(?:[\[(]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?[\])]?[ \t]*)?"
    r"(?:[\[(]?(?:INFO|WARN|WARNING|ERROR|DEBUG|NOTICE|信息|警告|错误)[\])]?[ \t:：]*)?"
    r"(?:[\[(][^\])\n]{1,24}[\])][ \t]*)?")

_INIT = threading.Lock()


@functools.lru_cache(maxsize=1)
def _tables():
    """Surnames, labels and titles in simplified and traditional characters; the jieba tagger."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    try:
        import opencc
        s2t = opencc.OpenCC("s2t").convert
        t2s = opencc.OpenCC("t2s").convert
    except Exception:  # noqa: BLE001 - opencc is a core dependency; without it simplified only
        s2t = t2s = None

    def both(words):
        out = set(words)
        if s2t:
            out |= {s2t(w) for w in words}
            out |= {opencc_tw(w) for w in words} if opencc_tw else set()
        return out

    opencc_tw = None
    if s2t:
        try:
            import opencc
            opencc_tw = opencc.OpenCC("s2twp").convert
        except Exception:  # noqa: BLE001
            opencc_tw = None
    singles = both(SINGLE)
    single_chars = {c for w in singles for c in w}
    compounds = both(COMPOUND)
    strong, weak, titles = both(STRONG), both(WEAK), both(TITLES)
    with _INIT:
        tagger = jieba.posseg.POSTokenizer(jieba.dt)
        tagger.tokenizer.initialize()
    return {"single": single_chars, "compound": compounds, "strong": strong, "weak": weak, "titles": titles,
            "t2s": t2s, "tagger": tagger}


@functools.lru_cache(maxsize=1)
def _regexes():
    t = _tables()
    def alt(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    labels = re.compile("(" + alt(t["strong"] | t["weak"]) + ")[ \t]*[：:为是叫]?[ \t]*(?=[\u4e00-\u9fff])",
                        re.IGNORECASE)
    titles = re.compile("(?<=[\u4e00-\u9fff])(" + alt(t["titles"]) + ")")
    return labels, titles


def _surname_len(word: str) -> int:
    """Length of the surname ``word`` starts with (2 for a compound one), 0 when none."""
    t = _tables()
    if word[:2] in t["compound"]:
        return 2
    return 1 if word[:1] in t["single"] else 0


def _cut(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """jieba words of text[lo:hi] as (start, end, tag) in text offsets (traditional read as simplified)."""
    t = _tables()
    window = text[lo:hi]
    if t["t2s"] is not None:
        simp = t["t2s"](window)
        if len(simp) == len(window):
            window = simp
    out, pos = [], lo
    for pair in t["tagger"].cut(window):
        w, tag = pair.word, pair.flag
        out.append((pos, pos + len(w), tag))
        pos += len(w)
    return out


def _freq(word: str) -> int:
    import jieba

    return jieba.dt.FREQ.get(word, 0) or 0


def _is_name_word(text: str, s: int, e: int, tag: str, nxt_tag: str | None = None) -> bool:
    """A word that is a full name: a surname and a given name, tagged a person name by jieba (or an
    unknown word jieba guessed as a place or noun: rare given names), and not an everyday word
    (frequent dictionary words such as 谢谢, 康复 are names only as the subject of a verb)."""
    n = e - s
    word = text[s:e]
    k = _surname_len(word)
    if not 2 <= n <= 4 or not k or n <= k or word[-1] in _PUNCT:
        return False
    if tag not in ("nr", "nrfg") and not (tag in ("ns", "nz", "n", "nrt") and _freq(_simp(word)) < 5 and n <= 3):
        return False
    if _freq(_simp(word)) >= 500 and not (nxt_tag or "").startswith("v"):
        return False
    return "·" not in text[e:e + 4] and "•" not in text[e:e + 4]  # 霍尔顿·考尔菲尔德: a transliteration


def _simp(word: str) -> str:
    t2s = _tables()["t2s"]
    if t2s is None:
        return word
    w = t2s(word)
    return w if len(w) == len(word) else word


def _name_from(text: str, words: list, titles: set) -> int | None:
    """End of a name that starts at the first of ``words`` (jieba words from a context spot)."""
    if not words:
        return None
    s, e, tag = words[0]
    nxt = words[1] if len(words) > 1 else None
    if _is_name_word(text, s, e, tag, nxt[2] if nxt else None):
        return e
    k = _surname_len(text[s:s + 2])
    if not k:
        return None
    word = text[s:e]
    if e - s > k and word[k:] in titles:
        return s + k  # "王先生" as one word: the surname is the name, the title stays
    if e - s != k or tag in _FUNCTION_TAGS:
        return None  # 和/都/于 as conjunctions and adverbs, not surnames
    if nxt is None:
        return None
    nword = text[nxt[0]:nxt[1]]
    if nword in titles or any(nword.startswith(ti) for ti in titles):
        return e  # 郑 before 女士: the surname is the name, the title stays
    if (1 <= nxt[1] - nxt[0] <= 2 and nxt[2] in _GIVEN_TAGS and _HAN_RX.match(nword)
            and not any(c in _PUNCT for c in nword) and _freq(_simp(nword)) < 2000):
        after = words[2][2] if len(words) > 2 else None
        if _freq(_simp(text[s:nxt[1]])) >= 500 and not (after or "").startswith("v"):
            return None
        return nxt[1]
    return None


def _name_at(text: str, p: int, titles: set) -> int | None:
    """End of a name that starts exactly at ``p`` (after a label), or None."""
    words = [w for w in _cut(text, p, min(len(text), p + 8)) if w[0] >= p]
    if not words or words[0][0] != p:
        return None
    return _name_from(text, words, titles)


def _name_before(text: str, q: int, titles: set) -> int | None:
    """Start of a name that ends exactly at ``q`` (before a title), or None."""
    lo = max(0, q - 6)
    words = _cut(text, lo, min(len(text), q + 3))
    # a word running across the title ("王先生", "张女士" as one word)
    for s, e, tag in words:
        if s < q < e and _surname_len(text[s:q]) and q - s <= 4 and any(text.startswith(ti, q) for ti in titles):
            if q - s == _surname_len(text[s:q]) or tag in ("nr", "nrfg"):
                return s if (s == lo == 0 or s > lo or lo == 0) else None
    words = [w for w in words if w[1] <= q]
    if not words or words[-1][1] != q:
        return None
    s, e, tag = words[-1]
    if _is_name_word(text, s, e, tag, "v"):
        return s
    if e - s == _surname_len(text[s:e]) and tag not in _FUNCTION_TAGS:
        # a lone surname: the word before it must not glue it into a phrase ("这位老师", "我和老师")
        if len(words) >= 2 and words[-2][2] in ("r", "m", "q", "mq") and words[-2][1] == s:
            return None
        return s
    if e - s == 1 and len(words) >= 2:  # surname split off as its own word, given name before title
        ps, pe, ptag = words[-2]
        if pe == s and _surname_len(text[ps:pe]) == pe - ps and ptag not in _FUNCTION_TAGS:
            return ps
    return None


def _maybe(text: str) -> bool:
    return _HAN_RX.search(text) is not None


def find_names(text: str) -> list[Span]:
    if not text or not _maybe(text):
        return []
    t = _tables()
    labels, titles_rx = _regexes()
    titles = t["titles"]
    out: list[Span] = []
    seen: set[int] = set()
    for m in labels.finditer(text):
        p = m.end()
        if p in seen:
            continue
        e = _name_at(text, p, titles)
        if e is None:
            continue
        seen.add(p)
        if m.group(1) in ("名叫", "叫做") and text[e:e + 1] == "的":
            continue  # "一位名叫艾拉的姑娘": how a story introduces a character
        strong = m.group(1).lower() in t["strong"] or m.group(1) in t["strong"]
        out.append(Span(p, e, "PERSON", 0.95 if strong else 0.9, "zh_name_label"))
    for m in titles_rx.finditer(text):
        s = _name_before(text, m.start(), titles)
        if s is None or any(sp.start <= s < sp.end for sp in out):
            continue
        out.append(Span(s, m.start(), "PERSON", 0.9, "zh_name_title"))
    out.extend(_line_start_names(text, out))
    return out


_VOCATIVE = re.compile(r"[ \t]*[，,][ \t]*(?:您|你)")


def _line_start_names(text: str, found: list[Span]) -> list[Span]:
    """A name opening a line: addressed directly ("王芳，您好") 0.9, or an ops-log subject 0.8."""
    out = []
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        pre = _LOG_PREFIX.match(text, pos, end)
        p = pre.end() if pre else pos
        if p < end and _HAN_RX.match(text[p]) and _surname_len(text[p:p + 2]) and \
                not any(sp.start <= p < sp.end for sp in found):
            words = _cut(text, p, min(end, p + 8))
            e = _name_from(text, words, set()) if words else None
            # a name jieba's dictionary knows (李白, 令狐冲, 鲁迅: frequency >= 20) is a public or fictional
            # figure when nothing marks it as a private person
            if e is not None and e - p >= 2 and _freq(_simp(text[p:e])) < 20:
                s = p
                after = text[e:e + 3]
                if _VOCATIVE.match(after):
                    out.append(Span(s, e, "PERSON", 0.9, "zh_name_vocative"))
                elif after[:1] in _PUNCT or after[:1] == "" or any(w[0] == e and w[2].startswith("v") for w in words):
                    out.append(Span(s, e, "PERSON", 0.8, "zh_name_line_start"))
        if nl < 0:
            break
        pos = nl + 1
    return out


def has_han(text: str) -> bool:
    return _HAN_RX.search(text) is not None
