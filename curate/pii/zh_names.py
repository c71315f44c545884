"""Chinese person names without NER: a surname list plus context.

No Chinese NER model installs from PyPI (zh-core-web-sm there is an empty name-squatting upload), so
names are found only where the text itself says a name follows or precedes: a label before it
(姓名：, 联系人, 患者, 收件人, 我叫 …) or a title after it (先生, 女士, 老师, 医生 …), and only when the
candidate starts with a surname from the list. A bare name in running text ("张伟去了上海") is NOT
found; docs/pii.md states the recall this gives on our labeled set.
"""
from __future__ import annotations

import re

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
)
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
            "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "澹台", "万俟", "申屠", "闻人")

# Characters that end a name: function words and the first characters of words that typically
# follow a name in forms and logs (的, 电话, 手机, 身份证, 住址, 今年 …). Cutting the given name at
# these keeps "联系人李明电话138…" from becoming the three-character name 李明电.
_STOP = set("的是在和与及或等了着过也都就还被把给对向从到于为以之而则但说称讲问"
            "电话手机号身份证住址邮箱性别年龄岁今昨先士姐老师医教授经理主任律"
            "您你我他她它们这那哪个位名叫患者联系人请签收件寄款卡账户"
            "登注下支提访购退删查取已未")  # log verbs: 登录, 注册, 下单, 支付, 提交, 访问, 购买 …
_STOP.update("，。、；：！？（）()“”‘’《》【】[]<>,.;:!? \t\r\n0123456789")

_SURNAME = "(?:" + "|".join(COMPOUND) + "|[" + SINGLE + "])"
_GIVEN = "[\u4e00-\u9fff]{1,2}"

# Labels always followed by a person ("strong"), and generic nouns that often are ("weak": the
# candidate must then end at punctuation, a space, a non-Han character or a stop character, so
# "客户满意度" is not read as the name 满意).
_STRONG = ("姓名", "名字", "联系人", "患者", "病人", "收件人", "收货人", "寄件人", "申请人", "负责人",
           "经办人", "持卡人", "户主", "借款人", "担保人", "法定代表人", "法人代表", "签名", "署名",
           "报案人", "当事人", "嫌疑人", "被告人", "原告", "投诉人", "监护人", "紧急联系人", "开户人",
           "收款人", "付款人", "我叫", "名叫", "我的名字是", "主治医生", "用户名", "user=", "username=",
           "name=", "user:", "customer=", "姓名=")
_WEAK = ("客户", "用户", "乘客", "学生", "员工", "司机", "业主", "租客", "房东", "家属", "本人", "亲爱的", "被告", "我是", "hello", "hi", "dear", "to",
         # roles in security-monitoring and patrol logs (巡逻员张伟，…), one of our users' domains
         "巡逻员", "值班员", "保安员", "安保员", "保安", "民警", "辅警", "警员", "队员", "巡查员", "巡检员",
         "报警人", "来访人", "访客", "驾驶员", "住户", "车主", "操作员", "管理员", "值班人员", "巡逻人员")


def _label_rx(labels):
    alt = "|".join(sorted(labels, key=len, reverse=True))
    return re.compile("(?:" + alt + ")[ \t]*[：:为是叫]?[ \t]*(" + _SURNAME + _GIVEN + ")", re.IGNORECASE)


_STRONG_RX = _label_rx(_STRONG)
# One alternation of literals: re scans with a first-character set, far cheaper than 60 `in` tests.
_ANY_LABEL = re.compile("|".join(re.escape(w) for w in _STRONG + _WEAK if not w.isascii()))
_ANY_ASCII_LABEL = re.compile("|".join(re.escape(w) for w in _STRONG + _WEAK if w.isascii()), re.IGNORECASE)
_WEAK_RX = _label_rx(_WEAK)

_TITLES = ("先生", "女士", "小姐", "同志", "老师", "医生", "大夫", "教授", "经理", "主任", "律师", "警官",
           "同学", "师傅", "阿姨", "老板", "院长", "校长", "博士", "护士")
_ANY_TITLE = re.compile("|".join(_TITLES))
_TITLE_RX = re.compile("(" + _SURNAME + "[\u4e00-\u9fff]{0,2}?)(?:" + "|".join(_TITLES) + ")")

_SURNAME_AT = re.compile(_SURNAME)
# Surnames that are also everyday words; alone before a title they are read as words.
_AMBIGUOUS = set("和来都时原成安文明国平海全应相门云容敬区位花强南乐计普支井丰巴修阿母师商沙荣甘党宫费单"
                 "初宣索盖练权帅豆楼盘闻伊皮劳班储封官迟麻查池仲丛郎谈车项连古吉农司艾解房路游管华谷曲万常"
                 "康施易向江石方白金高田齐")


# Adverbs and modals: a name does not follow them directly ("不应该教授" is "should not teach", not
# "Professor Ying Gai"), and common words that begin with a surname character.
_NOT_BEFORE_NAME = set("不没很会要能可得才又再更最太非别应该")
_COMMON_WORDS = {"应该", "应当", "时候", "方法", "方面", "方便", "高兴", "安全", "安排", "全部", "常常",
                 "平时", "明白", "文化", "国家", "和平", "成为", "原因", "原来", "相关", "相信", "容易",
                 "计划", "支持", "万一", "向来", "于是", "白天", "金额", "江湖", "石头", "管理", "华人"}


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _trim_given(text: str, start: int, end: int) -> int:
    """End of the name starting at ``start``: surname, then given-name characters until a stop."""
    m = _SURNAME_AT.match(text, start)
    pos = m.end() if m else start + 1
    n = 0
    while pos < end and n < 2 and text[pos] not in _STOP:
        pos += 1
        n += 1
    return pos if n else start  # a surname alone after a label is not a name


def _maybe(text: str) -> tuple[bool, bool]:
    """Cheap gates: (some label occurs, some title occurs). Substring tests run at C speed; the
    big alternation regexes only run when one of their literals is present."""
    label = _ANY_LABEL.search(text) is not None or (
        not text.isascii() and _ANY_ASCII_LABEL.search(text) is not None)
    return label, _ANY_TITLE.search(text) is not None


def find_names(text: str) -> list[Span]:
    out: list[Span] = []
    has_label, has_title = _maybe(text)
    if not (has_label or has_title):
        return out
    for rx, weak in ((_STRONG_RX, False), (_WEAK_RX, True)) if has_label else ():
        for m in rx.finditer(text):
            s = m.start(1)
            e = _trim_given(text, s, m.end(1))
            if e <= s:
                continue
            if weak and ((e < len(text) and _is_han(text[e]) and text[e] not in _STOP)
                         or text[s] in _AMBIGUOUS):
                continue
            out.append(Span(s, e, "PERSON", 0.9 if weak else 0.95, "zh_name_label"))
    for m in _TITLE_RX.finditer(text) if has_title else ():
        s, e = m.start(1), m.end(1)
        given = text[_SURNAME_AT.match(text, s).end():e]
        if any(c in _STOP for c in given) or text[s:e] in _COMMON_WORDS:
            continue
        if s > 0 and text[s - 1] in _NOT_BEFORE_NAME:
            continue
        if not given and (text[s] in _AMBIGUOUS or (s > 0 and _is_han(text[s - 1]) and text[s - 1] not in _STOP)):
            continue  # "我和老师", "这位医生": a lone common character before a title is not a surname
        # "王先生": the surname alone identifies less, but is still personal in a form or log.
        out.append(Span(s, e, "PERSON", 0.9, "zh_name_title"))
    return out


_HAN = re.compile("[\u4e00-\u9fff]")


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None
