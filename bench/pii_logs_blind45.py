"""Blind synthetic log lines for a university (theme 45), with planted personal data.

blind_log45(n, seed) -> list of {"text", "spans", "decoys", "template"}.

Written independently of the redactor: only the standard library and Faker are used.
Spans mark personal values (PERSON, EMAIL_ADDRESS, PHONE_NUMBER, IP_ADDRESS, CREDENTIAL,
CREDIT_CARD, IBAN_CODE, US_SSN, PASSPORT, CN_RESIDENT_ID, LICENSE_PLATE); decoys mark values
that look personal but are not (ids, masked values, role mailboxes, server addresses,
service accounts, public figures, companies, amounts, hashes ...).
Titles are never part of a PERSON span ("Dr. " / "老师" stay outside).
"""
from __future__ import annotations

import datetime as _dt
import random
import re
import unicodedata

from faker import Faker

TYPES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE",
})

# --------------------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------------------


class _Tag:
    __slots__ = ("v", "k", "d")

    def __init__(self, v, k, d):
        self.v = v
        self.k = k
        self.d = d


def P(v):
    return _Tag(v, "PERSON", False)


def EM(v):
    return _Tag(v, "EMAIL_ADDRESS", False)


def PH(v):
    return _Tag(v, "PHONE_NUMBER", False)


def IP(v):
    return _Tag(v, "IP_ADDRESS", False)


def CR(v):
    return _Tag(v, "CREDENTIAL", False)


def CC(v):
    return _Tag(v, "CREDIT_CARD", False)


def IB(v):
    return _Tag(v, "IBAN_CODE", False)


def SSN(v):
    return _Tag(v, "US_SSN", False)


def PP(v):
    return _Tag(v, "PASSPORT", False)


def CNID(v):
    return _Tag(v, "CN_RESIDENT_ID", False)


def LP(v):
    return _Tag(v, "LICENSE_PLATE", False)


def D(v, kind):
    return _Tag(v, kind, True)


_PH_RE = re.compile(r"\{\{(\w+)\}\}")


class _Line:
    __slots__ = ("buf", "n", "spans", "decoys")

    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.decoys = []

    def _raw(self, s):
        if s:
            self.buf.append(s)
            self.n += len(s)

    def _put(self, x):
        if isinstance(x, _Tag):
            v = x.v
            assert isinstance(v, str) and v, ("empty tagged value", x.k)
            st = self.n
            self._raw(v)
            (self.decoys if x.d else self.spans).append([st, self.n, x.k])
        else:
            self._raw(str(x))

    def f(self, fmt, **kw):
        pos = 0
        for m in _PH_RE.finditer(fmt):
            self._raw(fmt[pos:m.start()])
            self._put(kw[m.group(1)])
            pos = m.end()
        self._raw(fmt[pos:])
        return self

    def text(self):
        return "".join(self.buf)


# --------------------------------------------------------------------------------------
# static data
# --------------------------------------------------------------------------------------

LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR",
           "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
_LOC_WEIGHTED = (["en_US"] * 4 + ["en_GB"] * 2 + ["en_IN"] * 2 + ["zh_CN"] * 3 +
                 [l for l in LOCALES if l not in ("en_US", "en_GB", "en_IN", "zh_CN")])
_INTL = [l for l in LOCALES if l != "en_US"]
_LATIN_EU = ["fr_FR", "de_DE", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL", "tr_TR"]

NAT3 = {"en_US": "USA", "en_GB": "GBR", "en_IN": "IND", "zh_CN": "CHN", "zh_TW": "TWN",
        "fr_FR": "FRA", "de_DE": "DEU", "es_ES": "ESP", "pt_BR": "BRA", "ja_JP": "JPN",
        "ko_KR": "KOR", "ru_RU": "RUS", "it_IT": "ITA", "nl_NL": "NLD", "pl_PL": "POL",
        "tr_TR": "TUR", "vi_VN": "VNM"}
NAT_ZH = {"en_US": "美国", "en_GB": "英国", "en_IN": "印度", "zh_TW": "中国台湾", "fr_FR": "法国",
          "de_DE": "德国", "es_ES": "西班牙", "pt_BR": "巴西", "ja_JP": "日本", "ko_KR": "韩国",
          "ru_RU": "俄罗斯", "it_IT": "意大利", "nl_NL": "荷兰", "pl_PL": "波兰", "tr_TR": "土耳其",
          "vi_VN": "越南", "zh_CN": "中国"}

_PINYIN_SUR = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang",
    "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu",
    "胡": "hu", "郭": "guo", "何": "he", "高": "gao", "林": "lin", "罗": "luo", "郑": "zheng",
    "梁": "liang", "谢": "xie", "宋": "song", "唐": "tang", "许": "xu", "韩": "han", "冯": "feng",
    "邓": "deng", "曹": "cao", "彭": "peng", "曾": "zeng", "肖": "xiao", "田": "tian", "董": "dong",
    "袁": "yuan", "潘": "pan", "于": "yu", "蒋": "jiang", "蔡": "cai", "余": "yu", "杜": "du",
    "叶": "ye", "程": "cheng", "苏": "su", "魏": "wei", "吕": "lv", "丁": "ding", "任": "ren",
    "沈": "shen", "姚": "yao", "卢": "lu", "姜": "jiang", "崔": "cui", "钟": "zhong", "谭": "tan",
    "陆": "lu", "汪": "wang", "范": "fan", "金": "jin", "石": "shi", "廖": "liao", "贾": "jia",
    "夏": "xia", "韦": "wei", "方": "fang", "白": "bai", "邹": "zou", "孟": "meng", "熊": "xiong",
    "秦": "qin", "邱": "qiu", "江": "jiang", "尹": "yin", "薛": "xue", "段": "duan", "雷": "lei",
    "侯": "hou", "龙": "long", "史": "shi", "陶": "tao", "黎": "li", "贺": "he", "顾": "gu",
    "毛": "mao", "郝": "hao", "龚": "gong", "邵": "shao", "万": "wan", "钱": "qian", "严": "yan",
    "武": "wu", "戴": "dai", "莫": "mo", "孔": "kong", "向": "xiang", "汤": "tang", "欧阳": "ouyang",
    "上官": "shangguan", "司马": "sima", "诸葛": "zhuge",
    # traditional / Taiwan (Wade-Giles-ish as on Taiwanese passports)
    "陳": "chen", "黃": "huang", "張": "chang", "劉": "liu", "楊": "yang", "趙": "chao", "吳": "wu",
    "許": "hsu", "鄭": "cheng", "謝": "hsieh", "郭": "kuo", "洪": "hung", "曾": "tseng", "賴": "lai",
    "周": "chou", "葉": "yeh", "蘇": "su", "莊": "chuang", "呂": "lu", "江": "chiang", "游": "yu",
}
_PINYIN_GIVEN = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong",
                 "yan", "jie", "tao", "ming", "chao", "xiuying", "xia", "ping", "gang", "hui",
                 "xin", "yu", "hao", "yi", "zixuan", "han", "rui", "chen", "ting", "jiahao",
                 "qi", "kai", "bo", "lin", "yuxi", "haoran", "shuang", "xiaoming", "jianguo"]
_TW_GIVEN = ["yi-chun", "chih-ming", "ya-ting", "kuan-yu", "shu-fen", "chia-hao", "wen-hsin",
             "yu-ting", "chun-hung", "hsiao-wei", "pei-shan", "tsung-han"]
_KO_SUR = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
           "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo",
           "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu",
           "홍": "hong", "전": "jeon", "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae"}
_KO_GIVEN = ["minjun", "seoyeon", "jihoon", "haeun", "doyun", "jiwoo", "seojun", "sooah",
             "hyunwoo", "yejin", "jaeho", "mijung", "sungmin", "eunji", "donghyun"]
_RU_TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
          "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
          "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
          "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
          "я": "ya"}
_SPECIAL_ASCII = {"ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                  "æ": "ae", "Æ": "AE", "ı": "i", "œ": "oe", "Œ": "OE", "'": "", "’": ""}

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "zh_CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "ms45.hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "es_ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "ja_JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"],
    "ko_KR": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
    "ru_RU": ["mail.ru", "yandex.ru", "rambler.ru", "gmail.com"],
    "it_IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl_PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "tr_TR": ["hotmail.com", "yandex.com.tr", "gmail.com", "outlook.com.tr"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}

US_AREAS = ["212", "312", "415", "617", "646", "718", "206", "305", "404", "512", "713", "808",
            "303", "919", "773", "858", "949", "508", "781", "857", "339"]
CN_MOBILE_PRE = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150",
                 "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
                 "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
                 "189", "191", "198", "199"]
CN_AREA = ["110101", "110105", "110108", "310104", "310115", "440106", "440305", "330106",
           "510107", "420111", "320102", "370102", "610113", "500103", "350203", "430104",
           "210102", "120101", "410105", "130102", "450103", "220102", "340104", "530102"]
CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PUB_OCT = [o for o in range(1, 224) if o not in (10, 100, 127, 169, 172, 192, 198, 203)]
_V6_PRE = ["2a02:8109", "2a01:cb00", "2409:8a1e", "2600:1700", "2001:b011", "240e:3b7",
           "2a00:23c5", "2601:19b", "2405:6580", "2a02:a210"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

PROGRAMS = ["MSc Data Science", "BA Economics", "BEng Mechanical Engineering", "PhD Chemistry",
            "MBA", "BS Nursing", "MA Linguistics", "BSc Computer Science", "LLM International Law",
            "MFA Creative Writing", "MPH Epidemiology", "BA Music"]
COURSES = [("CS 301", "Algorithms"), ("MATH 2410", "Linear Algebra"), ("BIO 110", "Intro Biology"),
           ("ECON 101", "Principles of Microeconomics"), ("CHEM 201", "Organic Chemistry I"),
           ("HIST 210", "Modern Europe"), ("ENG 102", "Academic Writing"),
           ("PSYC 100", "Intro Psychology"), ("PHYS 150", "Mechanics"), ("STAT 220", "Probability")]
TOPIC_COURSES = [("ENG 250", "", "Taylor Swift", " and the Art of Songwriting"),
                 ("PHIL 330", "Reading ", "Immanuel Kant", ""),
                 ("HIST 245", "The Age of ", "Napoleon Bonaparte", ""),
                 ("MUS 210", "The Symphonies of ", "Ludwig van Beethoven", ""),
                 ("LING 310", "", "Noam Chomsky", " and Generative Grammar"),
                 ("AFAM 220", "The Speeches of ", "Martin Luther King Jr.", ""),
                 ("PHYS 390", "", "Albert Einstein", "'s Relativity for Non-Majors"),
                 ("ENG 318", "The Novels of ", "Toni Morrison", "")]
CN_COURSES = ["高等数学A(上)", "数据结构", "大学英语(二)", "线性代数", "概率论与数理统计",
              "中国近现代史纲要", "大学物理B", "C语言程序设计", "马克思主义基本原理", "有机化学"]
CN_COURSE_CODES = ["MATH1001", "CS2001", "ENG1002", "MATH1203", "MATH2305", "HIS1001",
                   "PHY1102", "CS1001", "MAR1001", "CHEM2101"]
CN_COLLEGES = ["计算机学院", "经济管理学院", "外国语学院", "机械工程学院", "医学院", "法学院", "数学科学学院"]
CN_MAJORS = ["计算机科学与技术", "临床医学", "金融学", "汉语言文学", "电子信息工程", "法学", "软件工程"]
EN_BOOKS = [("Beloved", "Toni Morrison"), ("A Brief History of Time", "Stephen Hawking"),
            ("Pride and Prejudice", "Jane Austen"), ("Syntactic Structures", "Noam Chomsky"),
            ("On the Origin of Species", "Charles Darwin"),
            ("I Know Why the Caged Bird Sings", "Maya Angelou"),
            ("Thinking, Fast and Slow", "Daniel Kahneman"), ("Nineteen Eighty-Four", "George Orwell"),
            ("Things Fall Apart", "Chinua Achebe"),
            ("One Hundred Years of Solitude", "Gabriel García Márquez")]
CN_BOOKS = [("围城", "钱钟书"), ("呐喊", "鲁迅"), ("活着", "余华"), ("红高粱家族", "莫言"),
            ("平凡的世界", "路遥"), ("边城", "沈从文"), ("三体", "刘慈欣"), ("朝花夕拾", "鲁迅")]
TW_BOOKS = [("傾城之戀", "張愛玲"), ("台北人", "白先勇"), ("家變", "王文興"), ("送報伕", "楊逵"),
            ("城南舊事", "林海音")]
NL_BOOKS = [("Max Havelaar", "Multatuli"), ("Het Achterhuis", "Anne Frank"),
            ("De avonden", "Gerard Reve"), ("Het diner", "Herman Koch")]
KEYNOTES = ["Malala Yousafzai", "Barack Obama", "Michelle Obama", "Tim Cook", "Jane Goodall",
            "Neil deGrasse Tyson", "Yo-Yo Ma", "Oprah Winfrey", "Taylor Swift", "Serena Williams"]
DORMS = ["North Hall", "Maple Court", "Riverside Tower", "Hawthorne House", "Eliot Hall",
         "Cedar Commons", "Morrison Hall"]
CN_DORMS = ["紫荆公寓", "学五公寓", "梅园", "桃李园", "南区", "东区", "西区"]
ROLE_BOXES = ["admissions", "registrar", "financialaid", "noreply", "no-reply", "housing",
              "intl-office", "helpdesk", "library", "bursar", "alumni", "health-centre",
              "it-security", "support", "giving", "proctoring"]
SVC_ACCOUNTS = ["svc-backup", "root", "jenkins", "sis_batch", "svc-ldap-sync", "ansible",
                "postgres", "svc-canvas", "www-data", "moodle", "banner_job"]


def _ascii(s):
    out = []
    for ch in s:
        if ch in _SPECIAL_ASCII:
            out.append(_SPECIAL_ASCII[ch])
            continue
        lo = ch.lower()
        if lo in _RU_TR:
            out.append(_RU_TR[lo])
            continue
        out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in s if not unicodedata.combining(c))


def _clean(s):
    return re.sub(r"[^a-z]", "", _ascii(s).lower())


def _cap(s):
    return "-".join(x[:1].upper() + x[1:] for x in s.split("-"))


class Person:
    __slots__ = ("loc", "first", "last", "full", "rf", "rl", "lat_first", "lat_last", "female")

    @property
    def latin(self):
        return f"{self.lat_first} {self.lat_last}"


# --------------------------------------------------------------------------------------
# generator helpers
# --------------------------------------------------------------------------------------

_B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_UPNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
_PW_SYM = "!#$%^&*-_.+=?"
_WORDS = ["Sunflower", "Dragon", "Panther", "Maple", "Rocket", "Falcon", "Coffee", "Winter",
          "Summer", "Galaxy", "Tiger", "Ocean", "Harvest", "Orchid", "Phoenix", "Kiwi"]


def _luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = ord(ch) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


_CNID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cnid_check(body17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, _CNID_W)) % 11]


_EPOCH0 = _dt.datetime(2024, 1, 1)


class G:
    def __init__(self, rng, fakers):
        self.r = rng
        self.fk = fakers

    # -- basics --
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def d(self, n):
        return str(self.r.randrange(10 ** n)).zfill(n)

    def dnz(self, n):
        return str(self.r.randint(10 ** (n - 1), 10 ** n - 1))

    def s(self, alphabet, n):
        return "".join(self.r.choices(alphabet, k=n))

    def hexs(self, n):
        return format(self.r.getrandbits(4 * n), "0%dx" % n)

    def dt(self):
        return _EPOCH0 + _dt.timedelta(seconds=self.r.randrange(2 * 365 * 86400))

    def ts(self, kind="iso"):
        t = self.dt()
        if kind == "iso":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if kind == "isoms":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + self.d(3) + self.c(["Z", "+08:00", "-05:00", "+00:00"])
        if kind == "syslog":
            return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")
        if kind == "clf":
            return t.strftime("%d/%b/%Y:%H:%M:%S ") + self.c(["+0000", "-0500", "+0800", "+0100"])
        if kind == "cn":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if kind == "cnms":
            return t.strftime("%Y-%m-%d %H:%M:%S.") + self.d(3)
        if kind == "date":
            return t.strftime("%Y-%m-%d")
        if kind == "us":
            return t.strftime("%m/%d/%Y %I:%M %p")
        if kind == "eu":
            return t.strftime("%d.%m.%Y %H:%M")
        if kind == "frdate":
            return t.strftime("%d/%m/%Y")
        if kind == "hl7":
            return t.strftime("%Y%m%d%H%M%S")
        if kind == "epoch":
            return str(int(t.timestamp()))
        if kind == "time":
            return t.strftime("%H:%M:%S")
        raise ValueError(kind)

    def dob(self, lo=1996, hi=2007):
        return _dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def term(self):
        return self.c(["2024FA", "2025SP", "2025SU", "202510", "202520", "2024-25 T1", "Fall 2024"])

    # -- people --
    def person(self, loc=None, locs=None):
        r = self.r
        if loc is None:
            loc = r.choice(locs) if locs else r.choice(_LOC_WEIGHTED)
        f = self.fk[loc]
        fem = r.random() < 0.5
        first = f.first_name_female() if fem else f.first_name_male()
        last = f.last_name_female() if fem else f.last_name_male()
        p = Person()
        p.loc, p.female, p.first, p.last = loc, fem, first, last
        if loc in ("zh_CN", "zh_TW"):
            p.full = last + first
            p.rl = _PINYIN_SUR.get(last) or r.choice(["wang", "li", "zhang", "chen", "liu"])
            p.rf = r.choice(_TW_GIVEN if loc == "zh_TW" else _PINYIN_GIVEN)
            p.lat_first, p.lat_last = _cap(p.rf), p.rl.capitalize()
            p.rf = p.rf.replace("-", "")
        elif loc == "ja_JP":
            p.full = last + r.choice(["", " ", "\u3000"]) + first
            p.rf = (f.first_romanized_name_female() if fem else f.first_romanized_name_male()).lower()
            p.rl = f.last_romanized_name().lower()
            p.lat_first, p.lat_last = p.rf.capitalize(), p.rl.capitalize()
        elif loc == "ko_KR":
            p.full = last + first
            p.rl = _KO_SUR.get(last) or r.choice(["kim", "lee", "park"])
            g = r.choice(_KO_GIVEN)
            p.rf = g
            p.lat_first = g[:1].upper() + (g[1:3] + "-" + g[3:] if len(g) > 5 and r.random() < 0.5 else g[1:])
            p.lat_last = p.rl.capitalize()
        elif loc == "vi_VN":
            mid = "Thị" if fem else r.choice(["Văn", "Đức", "Minh", "Quang", "Hữu"])
            p.full = f"{last} {mid} {first}"
            p.rf, p.rl = _clean(first), _clean(last)
            p.lat_first, p.lat_last = first, last
        elif loc == "ru_RU":
            p.full = f"{first} {last}" if r.random() < 0.7 else f"{last} {first}"
            p.rf, p.rl = _clean(first), _clean(last)
            p.lat_first, p.lat_last = p.rf.capitalize(), p.rl.capitalize()
        else:
            if loc == "es_ES" and r.random() < 0.6:
                last = f"{last} {f.last_name()}"
                p.last = last
            p.full = f"{first} {last}"
            p.rf, p.rl = _clean(first), _clean(last.split(" ")[-1] if loc in ("nl_NL", "pt_BR") else last)
            p.lat_first, p.lat_last = first, last
        if not p.rf:
            p.rf = "user"
        if not p.rl:
            p.rl = "x"
        return p

    def display(self, p):
        """Name as a western system would store it (native for latin scripts)."""
        if p.loc in ("zh_CN", "zh_TW", "ja_JP", "ko_KR", "ru_RU"):
            if self.r.random() < 0.15:
                return f"{p.lat_last.upper()} {p.lat_first}"
            return p.latin
        return p.full

    def login(self, p):
        r = self.r
        f, l = p.rf, p.rl
        k = r.randrange(9)
        if k == 0:
            s = f"{f}.{l}"
        elif k == 1:
            s = f"{f[0]}{l}"
        elif k == 2:
            s = f"{f[0]}{l}{r.randint(1, 99)}"
        elif k == 3:
            s = f"{l}{f[0]}"
        elif k == 4:
            s = f"{f}_{l}"
        elif k == 5:
            s = f"{l}{f}"
        elif k == 6:
            s = f"{f}{l[0]}"
        elif k == 7:
            s = f"{l}.{f}"
        else:
            s = f"{f[0]}{l[:6]}{r.randint(10, 999)}"
        return s[:20]

    def email(self, p, domain=None):
        r = self.r
        f, l = p.rf, p.rl
        if domain is None:
            if p.loc == "zh_CN" and r.random() < 0.3:
                return f"{r.randint(10000, 2999999999)}@qq.com"
            domain = r.choice(MAIL_DOMAINS[p.loc])
        k = r.randrange(7)
        if k == 0:
            loc = f"{f}.{l}"
        elif k == 1:
            loc = f"{f}{l}{r.randint(1, 99)}"
        elif k == 2:
            loc = f"{f[0]}{l}"
        elif k == 3:
            loc = f"{l}.{f}{r.randint(70, 99) if r.random() < 0.5 else ''}"
        elif k == 4:
            loc = f"{f}_{l}{r.randint(1990, 2008)}"
        elif k == 5:
            loc = f"{l}{f}"
        else:
            loc = f"{f}.{l[0]}{r.randint(1, 9)}"
        return f"{loc}@{domain}"

    def stu_email(self, p):
        k = self.r.randrange(3)
        if k == 0:
            return f"{p.rf}.{p.rl}@stu.northbridge.edu"
        if k == 1:
            return f"{p.rf[0]}{p.rl}{self.r.randint(1, 99)}@northbridge.edu"
        return f"{p.rl}.{p.rf}@alumni.northbridge.edu"

    def any_email(self, p):
        return self.stu_email(p) if self.r.random() < 0.35 else self.email(p)

    def role(self, dom="northbridge.edu", names=None):
        return f"{self.c(names or ROLE_BOXES)}@{dom}"

    # -- phones --
    def phone(self, loc, mobile=False):
        r, d, c = self.r, self.d, self.r.choice
        if loc == "en_US":
            a, x, s = c(US_AREAS), str(r.randint(201, 989)), d(4)
            return c([f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"{a}.{x}.{s}", f"+1 {a} {x} {s}",
                      f"+1-{a}-{x}-{s}", f"{a}{x}{s}", f"+1 ({a}) {x}-{s}"])
        if loc == "en_GB":
            if mobile or r.random() < 0.8:
                m = "7" + c("45789") + d(8)
                return c([f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44{m}", f"0{m}",
                          f"+44 (0){m[:4]} {m[4:]}"])
            return c([f"020 7{d(3)} {d(4)}", f"0161 {d(3)} {d(4)}", f"+44 20 7{d(3)} {d(4)}"])
        if loc == "en_IN":
            m = c("6789") + d(9)
            return c([f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"0{m}", f"{m[:5]} {m[5:]}", f"+91{m}", m])
        if loc == "zh_CN":
            if not mobile and r.random() < 0.1:
                return c(["010-", "021-", "020-", "0755-", "028-", "027-", "025-", "0571-"]) + c("2345678") + d(7)
            m = c(CN_MOBILE_PRE) + d(8)
            return c([m, m, f"{m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}",
                      f"+86 {m[:3]} {m[3:7]} {m[7:]}", f"+86{m}", f"+86-{m}", f"(+86){m}"])
        if loc == "zh_TW":
            if not mobile and r.random() < 0.15:
                return c([f"(02) 2{d(3)}-{d(4)}", f"02-2{d(3)}-{d(4)}", f"(04) 2{d(3)}-{d(4)}"])
            m = "9" + d(8)
            return c([f"0{m[:3]}-{m[3:6]}-{m[6:]}", f"0{m}", f"+886 {m[:3]} {m[3:6]} {m[6:]}",
                      f"+886-{m}", f"0{m[:3]} {m[3:6]} {m[6:]}"])
        if loc == "fr_FR":
            m = c("67") + d(8)
            pairs = " ".join(m[i:i + 2] for i in range(1, 9, 2))
            return c([f"0{m[0]} {pairs}", f"+33 {m[0]} {pairs}", f"0{m}", f"+33{m}",
                      f"0{m[0]}." + pairs.replace(" ", "."), f"+33 (0){m[0]} {pairs}"])
        if loc == "de_DE":
            if mobile or r.random() < 0.75:
                m = "1" + c(["51", "52", "60", "62", "70", "71", "72", "76"]) + d(r.choice([7, 8]))
                return c([f"0{m[:3]} {m[3:]}", f"+49 {m[:3]} {m[3:]}", f"+49 (0){m[:3]} {m[3:]}",
                          f"0{m[:3]}/{m[3:]}", f"+49{m}"])
            return c([f"030 {d(8)}", f"089/{d(7)}", f"+49 30 {d(8)}", f"040 {d(3)} {d(4)}"])
        if loc == "es_ES":
            m = c("67") + d(8)
            return c([f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+34 {m[:3]} {m[3:6]} {m[6:]}", m,
                      f"+34 {m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+34{m}"])
        if loc == "pt_BR":
            a, m = c(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"]), "9" + d(8)
            return c([f"({a}) {m[:5]}-{m[5:]}", f"+55 {a} {m[:5]}-{m[5:]}", f"+55 ({a}) {m[:5]}-{m[5:]}",
                      f"{a}{m}", f"+55{a}{m}", f"({a}) {m}"])
        if loc == "ja_JP":
            if mobile or r.random() < 0.8:
                p = c(["90", "80", "70"])
                a, b = d(4), d(4)
                return c([f"0{p}-{a}-{b}", f"+81 {p}-{a}-{b}", f"0{p}{a}{b}", f"+81-{p}-{a}-{b}"])
            return c([f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}"])
        if loc == "ko_KR":
            a, b = d(4), d(4)
            return c([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"+82-10-{a}-{b}", f"010 {a} {b}"])
        if loc == "ru_RU":
            m = "9" + d(9)
            return c([f"+7 ({m[:3]}) {m[3:6]}-{m[6:8]}-{m[8:]}", f"8 ({m[:3]}) {m[3:6]}-{m[6:8]}-{m[8:]}",
                      f"+7 {m[:3]} {m[3:6]} {m[6:8]} {m[8:]}", f"8{m}", f"+7{m}", f"+7-{m[:3]}-{m[3:6]}-{m[6:]}"])
        if loc == "it_IT":
            m = "3" + c("2456789") + d(8)
            return c([f"+39 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:]}", f"+39 {m}", f"{m[:3]}-{m[3:]}",
                      f"+39{m}"])
        if loc == "nl_NL":
            m = d(8)
            return c([f"06-{m}", f"+31 6 {m}", f"06 {m[:4]} {m[4:]}", f"+316{m}", f"06{m}", f"+31 (0)6 {m}"])
        if loc == "pl_PL":
            m = c("5678") + d(8)
            return c([f"+48 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}",
                      f"+48{m}", f"+48 {m}"])
        if loc == "tr_TR":
            m = "5" + c("03459") + d(8)
            sp = f"{m[:3]} {m[3:6]} {m[6:8]} {m[8:]}"
            return c([f"+90 {sp}", f"0{sp}", f"0 ({m[:3]}) {m[3:6]} {m[6:8]} {m[8:]}", f"+90{m}", f"0{m}"])
        if loc == "vi_VN":
            m = c("9387") + d(8)
            return c([f"0{m[:2]} {m[2:5]} {m[5:]}", f"+84 {m[:2]} {m[2:5]} {m[5:]}", f"0{m}", f"+84{m}",
                      f"0{m[:3]} {m[3:6]} {m[6:]}", f"+84 {m[:3]} {m[3:6]} {m[6:]}"])
        raise ValueError(loc)

    def masked_cn_phone(self):
        m = self.c(CN_MOBILE_PRE) + self.d(8)
        return self.c([f"{m[:3]}****{m[7:]}", f"{m[:3]}*****{m[8:]}", f"*******{m[7:]}"])

    # -- network --
    def client_ip(self):
        r = self.r
        return f"{r.choice(_PUB_OCT)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def client_ipv6(self):
        r = self.r
        if r.random() < 0.7:
            return r.choice(_V6_PRE) + ":" + ":".join(format(r.getrandbits(16), "x") for _ in range(6))
        return r.choice(_V6_PRE) + ":" + format(r.getrandbits(16), "x") + "::" + ":".join(
            format(r.getrandbits(16), "x") for _ in range(r.randint(1, 3)))

    def any_client_ip(self):
        return self.client_ipv6() if self.r.random() < 0.15 else self.client_ip()

    def internal_ip(self):
        r = self.r
        k = r.random()
        if k < 0.5:
            return f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if k < 0.75:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"

    def host(self, prefix):
        return f"{prefix}{self.r.randint(1, 12):02d}" + self.c(["", "", ".northbridge.edu", ".internal", ".prod.nbu.local"])

    # -- identifiers (personal) --
    def card(self, brand=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "up"])
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = (str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))), 16
        elif brand == "amex":
            pre, n = r.choice(["34", "37"]), 15
        elif brand == "disc":
            pre, n = "6011", 16
        elif brand == "jcb":
            pre, n = str(r.randint(3528, 3589)), 16
        else:
            pre, n = r.choice(["6222", "6228", "6217", "6212", "6259", "6226"]), r.choice([16, 19])
        body = pre + self.d(n - 1 - len(pre))
        num = body + _luhn_digit(body)
        assert _luhn_ok(num)
        sep = r.choice([" ", " ", "-", ""])
        if n == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        groups = [num[i:i + 4] for i in range(0, n, 4)]
        return sep.join(groups)

    def exp(self):
        return f"{self.r.randint(1, 12):02d}/{self.r.randint(25, 31)}"

    def last4(self):
        return self.d(4)

    def iban(self, cc=None):
        r, d = self.r, self.d
        cc = cc or r.choice(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "TR", "BE", "AT"])
        if cc == "DE":
            bban = d(18)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + d(14)
        elif cc == "FR":
            bban = d(10) + self.s("0123456789ABCDEFGHJK", 11) + d(2)
        elif cc == "ES":
            bban = d(20)
        elif cc == "IT":
            bban = r.choice(PLATE_LET) + d(10) + self.s("0123456789", 12)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + d(10)
        elif cc == "PL":
            bban = d(24)
        elif cc == "TR":
            bban = d(5) + "0" + d(16)
        elif cc == "BE":
            bban = d(12)
        else:
            bban = d(16)
        chk = 98 - _iban_mod(cc + "00" + bban)
        ib = f"{cc}{chk:02d}{bban}"
        assert _iban_mod(ib) == 1
        if r.random() < 0.5:
            return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ssn(self, sep=None):
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        sep = self.c(["-", "-", "-", " ", ""]) if sep is None else sep
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

    def masked_ssn(self):
        return self.c(["***-**-", "XXX-XX-", "xxx-xx-", "*****"]) + self.d(4)

    def passport(self, loc):
        r, d, s = self.r, self.d, self.s
        L = "ABCDEFGHIJKLMNPRSTUVWXYZ"
        if loc == "en_US":
            return self.dnz(9) if r.random() < 0.6 else r.choice("ACEF") + d(8)
        if loc == "en_GB":
            return self.dnz(9)
        if loc == "en_IN":
            return r.choice("JKLMNPRSTUVWZ") + self.dnz(7)
        if loc == "zh_CN":
            return r.choice(["E" + d(8), "E" + r.choice("ABCDEFGHJKLMNPQRS") + d(7), "G" + d(8)])
        if loc == "zh_TW":
            return r.choice("35") + d(8)
        if loc == "fr_FR":
            return d(2) + s(L, 2) + d(5)
        if loc == "de_DE":
            return r.choice("CFGHJK") + s("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if loc == "es_ES":
            return r.choice(["PA", "XD", "AA", "PB"]) + r.choice(L) + d(6)
        if loc == "pt_BR":
            return s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(6)
        if loc == "ja_JP":
            return r.choice(["TK", "TR", "TZ", "MU", "TH", "RZ"]) + d(7)
        if loc == "ko_KR":
            return "M" + d(8) if r.random() < 0.6 else "M" + d(3) + r.choice(L) + d(4)
        if loc == "ru_RU":
            return r.choice(["7", "6"]) + d(1) + r.choice([" ", ""]) + d(7)
        if loc == "it_IT":
            return s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(7)
        if loc == "nl_NL":
            return s("ABCDEFGHIJKLMNPRSTUVWXYZ", 2) + s("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + d(1)
        if loc == "pl_PL":
            return s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(7)
        if loc == "tr_TR":
            return "U" + d(8)
        if loc == "vi_VN":
            return r.choice("BCNP") + d(7)
        return r.choice(L) + d(8)

    def cnid(self, lo=1998, hi=2007):
        b = self.dob(lo, hi)
        body = self.c(CN_AREA) + b.strftime("%Y%m%d") + self.d(3)
        return body + _cnid_check(body)

    def masked_cnid(self):
        v = self.cnid()
        return self.c([v[:6] + "********" + v[14:], v[:3] + "*" * 11 + v[14:], v[:1] + "*" * 16 + v[17:]])

    def plate(self, kind=None):
        r, d, s = self.r, self.d, self.s
        kind = kind or r.choice(["us_ca", "us_ny", "us_ma", "uk", "de", "fr", "es", "it", "kr", "br", "cn"])
        if kind == "us_ca":
            return f"{r.randint(4, 9)}{s(PLATE_LET, 3)}{d(3)}"
        if kind == "us_ny":
            return f"{s(PLATE_LET, 3)}-{d(4)}" if r.random() < 0.7 else f"{s(PLATE_LET, 3)} {d(4)}"
        if kind == "us_ma":
            return f"{r.randint(1, 9)}{s(PLATE_LET, 3)}{d(2)}"
        if kind == "uk":
            return f"{s(PLATE_LET, 2)}{r.choice(['19','20','21','22','23','24','69','70','71','72','73','74'])} {s(PLATE_LET, 3)}"
        if kind == "de":
            return f"{r.choice(['M','B','HH','K','F','S','HD','KA','D'])}-{s(PLATE_LET, r.choice([1, 2]))} {r.randint(1, 9999)}"
        if kind == "fr":
            return f"{s(PLATE_LET, 2)}-{d(3)}-{s(PLATE_LET, 2)}"
        if kind == "es":
            return f"{d(4)} {s('BCDFGHJKLMNPRSTVWXYZ', 3)}"
        if kind == "it":
            return f"{s(PLATE_LET, 2)} {d(3)}{s(PLATE_LET, 2)}"
        if kind == "kr":
            return f"{r.randint(10, 399)}{r.choice('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호')} {d(4)}"
        if kind == "br":
            return f"{s(PLATE_LET, 3)}{d(1)}{r.choice(PLATE_LET)}{d(2)}"
        if kind == "tw":
            return r.choice([f"{s(PLATE_LET, 3)}-{d(4)}", f"{d(4)}-{s(PLATE_LET, 2)}", f"{s(PLATE_LET, 3)}-{d(3)}"])
        # cn
        prov, city = r.choice(CN_PROV), r.choice("ABCDEFGHJK")
        sep = r.choice(["", "·", " ", "·"])
        if r.random() < 0.25:
            tail = r.choice("DF") + d(5)
        else:
            tail = "".join(r.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        return f"{prov}{city}{sep}{tail}"

    # -- secrets --
    def password(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return r.choice(_WORDS) + str(r.randint(1990, 2025)) + r.choice("!#$?*")
        if k == 1:
            base = self.s(_ALNUM + _PW_SYM, r.randint(10, 16))
            return "A" + base + "7!"
        if k == 2:
            return r.choice(["Nbu", "Uni", "Campus", "Stud"]) + r.choice("#!*$") + self.d(4) + self.s(_ALNUM, 3)
        if k == 3:
            return "-".join(r.choice(["correct", "horse", "battery", "staple", "violet", "river", "paper", "lantern"]) for _ in range(3)) + str(r.randint(1, 99))
        if k == 4:
            return r.choice(_WORDS).lower() + r.choice(["_", ".", ""]) + self.d(r.choice([3, 4, 6]))
        return self.s(_ALNUM, 4) + r.choice(_PW_SYM) + self.s(_ALNUM, 5) + r.choice(_PW_SYM) + self.d(2)

    def jwt(self):
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + self.s(_B64URL, self.r.randint(40, 90)) +
                "." + self.s(_B64URL, 43))

    def api_key(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return "sk_live_" + self.s(_ALNUM, r.choice([24, 32, 48]))
        if k == 1:
            return "ghp_" + self.s(_ALNUM, 36)
        if k == 2:
            return "xoxb-" + self.dnz(11) + "-" + self.dnz(12) + "-" + self.s(_ALNUM, 24)
        if k == 3:
            return "AIza" + self.s(_ALNUM + "-_", 35)
        return self.s(_ALNUM + "/+", 40)

    def pin(self, n=None):
        return self.d(n or self.r.choice([4, 4, 6]))

    # -- decoy material --
    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.c('89ab')}{h[17:20]}-{h[20:]}"

    def sha256(self):
        return self.hexs(64)

    def amount(self, lo=10, hi=30000, cents=True):
        v = self.r.uniform(lo, hi)
        return f"{v:,.2f}" if cents else f"{int(v):,}"

    def sid(self):
        return self.c([f"S{self.r.randint(2019, 2025)}{self.d(4)}", f"N00{self.d(6)}", f"9{self.d(8)}",
                       f"{self.r.randint(2019, 2025)}{self.d(5)}"])

    def cnsid(self):
        return f"{self.r.randint(2019, 2025)}{self.d(6)}"

    def crn(self):
        return str(self.r.randint(10000, 49999))

    def version(self):
        return f"{self.r.randint(1, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 20)}"


# --------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------

TEMPLATES = []


def tpl(fn):
    TEMPLATES.append(fn)
    return fn


# ============================== ENGLISH ===============================================

# --- admissions / applicant portal ---

@tpl
def t_apply_syslog(g, L):
    p = g.person()
    L.f('<{{pri}}>{{ts}} {{host}} applicant-portal[{{pid}}]: INFO application submitted app_id={{app}} '
        'applicant="{{name}}" email={{em}} program="{{prog}}" client_ip={{ip}}',
        pri=g.c(["134", "142", "14", "86"]), ts=g.ts("syslog"), host=D(g.host("apply-web"), "hostname"),
        pid=g.r.randint(900, 65000), app=D(f"APP-{g.r.randint(2024, 2026)}-{g.d(6)}", "application_id"),
        name=P(g.display(p)), em=EM(g.email(p)), prog=g.c(PROGRAMS), ip=IP(g.any_client_ip()))


@tpl
def t_apply_json(g, L):
    p = g.person(locs=_INTL)
    L.f('{"event":"applicant.created","applicantId":"{{aid}}","firstName":"{{fn}}","lastName":"{{ln}}",'
        '"dateOfBirth":"{{dob}}","email":"{{em}}","mobilePhone":"{{ph}}","passportNumber":"{{pp}}",'
        '"citizenship":"{{cc}}","source":"{{src}}","submittedAt":"{{ts}}"}',
        aid=D("A" + g.d(7), "applicant_id"), fn=P(p.lat_first), ln=P(p.lat_last), dob=g.dob(2000, 2007),
        em=EM(g.email(p)), ph=PH(g.phone(p.loc, True)), pp=PP(g.passport(p.loc)), cc=NAT3[p.loc],
        src=D(g.c(["Common App", "UCAS", "Studyportals", "Coalition App"]), "company"), ts=g.ts("isoms"))


@tpl
def t_apply_note(g, L):
    staff, p = g.person("en_US"), g.person()
    L.f('[{{ts}}] NOTE {{aid}} by {{staff}}: Called {{name}} at {{ph}} re missing {{doc}}; {{pron}} will upload by Friday. '
        'Confirmation sent from {{role}}.',
        ts=g.ts("us"), aid=D(f"APP-2025-{g.d(6)}", "application_id"), staff=P(g.login(staff)),
        name=P(g.display(p)), ph=PH(g.phone(p.loc)),
        doc=g.c(["final transcript", "IELTS score report", "bank statement", "recommendation letter", "passport copy"]),
        pron="she" if p.female else "he", role=D(g.role(names=["admissions", "gradadmissions", "apply"]), "role_mailbox"))


@tpl
def t_apply_fee(g, L):
    p = g.person()
    L.f('payments-svc INFO app-fee charge app={{aid}} amount={{amt}} currency=USD card={{card}} exp={{exp}} '
        'cardholder="{{name}}" auth_code={{auth}} txn={{txn}} status=approved',
        aid=D(f"APP-2025-{g.d(6)}", "application_id"), amt=D(g.c(["75.00", "90.00", "60.00", "125.00"]), "amount"),
        card=CC(g.card()), exp=g.exp(), name=P(g.display(p)), auth=D(g.s(_UPNUM, 6), "auth_code"),
        txn=D("ch_3" + g.s(_ALNUM, 23), "transaction_id"))


@tpl
def t_apply_nopii(g, L):
    L.f('{{ts}} admissions-batch[{{pid}}]: decision release {{term}} finished: {{n}} decisions published, {{f}} failures, '
        'duration={{dur}}s, build={{ver}}, job={{job}}',
        ts=g.ts("iso"), pid=g.r.randint(900, 65000), term=g.term(), n=D(f"{g.r.randint(2000, 30000):,}", "count"),
        f=g.r.randint(0, 4), dur=f"{g.r.uniform(20, 900):.1f}", ver=D(g.version(), "version"), job=D(g.uuid(), "job_id"))


@tpl
def t_apply_interview(g, L):
    p, fac = g.person(), g.person(locs=["en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "ko_KR"])
    mid = g.dnz(3) + " " + g.d(4) + " " + g.d(4)
    L.f('Interview scheduled: applicant {{name}} ({{prog}}) with Dr. {{fac}} on {{date}} ET - Zoom meeting ID {{mid}}, '
        'passcode {{pc}}; invite sent from {{role}}',
        name=P(g.display(p)), prog=g.c(PROGRAMS), fac=P(fac.lat_last), date=g.ts("us"),
        mid=D(mid, "meeting_id"), pc=CR(g.s(_ALNUM, 6)), role=D(g.role(names=["admissions", "noreply"]), "role_mailbox"))


# --- student information system ---

@tpl
def t_sis_audit(g, L):
    actor, p = g.person("en_US"), g.person()
    old = g.display(p)
    newlast = g.fk["en_US"].last_name()
    L.f('AUDIT {{ts}} actor={{actor}} role=registrar action=UPDATE_RECORD target={{sid}} field=legal_name '
        'old="{{old}}" new="{{nf}} {{nl}}" src_host={{host}}',
        ts=g.ts("iso"), actor=P(g.login(actor)), sid=D(g.sid(), "student_id"), old=P(old), nf=P(p.lat_first),
        nl=P(newlast), host=D(g.host("sis-app"), "hostname"))


@tpl
def t_sis_roster_csv(g, L):
    p = g.person()
    code, _ = g.c(COURSES)
    L.f('{{sid}},"{{ln}}","{{fn}}",{{em}},{{ph}},{{crs}},{{sec}},{{grade}},{{cr}}',
        sid=D(g.sid(), "student_id"), ln=P(p.lat_last), fn=P(p.lat_first), em=EM(g.stu_email(p)),
        ph=PH(g.phone(p.loc)), crs=code.replace(" ", ""), sec=f"{g.r.randint(1, 12):03d}",
        grade=g.c(["A", "A-", "B+", "B", "C+", "W", "IP"]), cr=g.c(["3.0", "4.0", "1.0"]))


@tpl
def t_sis_nopii(g, L):
    L.f('registrar-cron[{{pid}}]: GPA recalculation for term {{term}} complete; {{n}} records, {{e}} errors; '
        'checksum=sha256:{{h}}; next run {{ts}}',
        pid=g.r.randint(900, 65000), term=g.term(), n=D(f"{g.r.randint(8000, 40000):,}", "count"), e=g.r.randint(0, 3),
        h=D(g.sha256(), "hash"), ts=D(g.ts("iso"), "timestamp"))


@tpl
def t_sis_java(g, L):
    p = g.person()
    L.f('{{ts}} ERROR [reg-worker-{{n}}] c.n.sis.enroll.EnrollService - Failed to drop course for student {{em}} '
        '(sid={{sid}}): java.lang.IllegalStateException: HOLD_ACCOUNT_BALANCE present (balance={{amt}}) '
        'at edu.northbridge.sis.enroll.EnrollService.drop(EnrollService.java:{{ln}}) '
        'at edu.northbridge.sis.api.RegistrationController.drop(RegistrationController.java:88)',
        ts=g.ts("cnms"), n=g.r.randint(1, 16), em=EM(g.stu_email(p)), sid=D(g.sid(), "student_id"),
        amt=D("$" + g.amount(50, 9000), "amount"), ln=g.r.randint(100, 400))


# --- registration & grades ---

@tpl
def t_reg_access(g, L):
    p = g.person()
    L.f('{{ip}} - {{login}} [{{clf}}] "POST /api/v2/registration/enroll?crn={{crn}}&term={{term}} HTTP/1.1" {{st}} {{sz}} '
        '"https://reg.northbridge.edu/planner" "{{ua}}"',
        ip=IP(g.any_client_ip()), login=P(g.login(p)), clf=g.ts("clf"), crn=D(g.crn(), "crn"),
        term=g.c(["202510", "202520", "202610"]), st=g.c(["200", "201", "409", "403", "200"]),
        sz=g.r.randint(120, 4000), ua=g.c(UAS))


@tpl
def t_reg_nopii(g, L):
    code, pre, fig, post = g.c(TOPIC_COURSES)
    s = g.r.randint(30, 250)
    L.f('WARN RegistrationService - waitlist overflow CRN={{crn}} course="{{code}}: {{pre}}{{fig}}{{post}}" seats={{s}}/{{s}} '
        'waitlist={{w}} term={{term}} node={{node}}',
        crn=D(g.crn(), "crn"), code=code, pre=pre, fig=D(fig, "public_figure"), post=post, s=s, w=g.r.randint(1, 90),
        term=g.term(), node=D(g.internal_ip(), "server_ip"))


@tpl
def t_reg_grade(g, L):
    p, prof = g.person(), g.person(locs=["en_US", "en_GB", "de_DE", "en_IN", "it_IT", "zh_CN"])
    code, _ = g.c(COURSES)
    L.f('grade_change: course={{crs}}-{{sec}} student="{{name}}" sid={{sid}} old={{o}} new={{n}} by=Prof. {{prof}} '
        '({{pl}}) reason="{{why}}"',
        crs=code.replace(" ", "-"), sec=f"{g.r.randint(1, 9):03d}", name=P(g.display(p)), sid=D(g.sid(), "student_id"),
        o=g.c(["B+", "C", "I", "F", "B-"]), n=g.c(["A-", "B", "C+", "A"]), prof=P(prof.lat_last), pl=P(g.login(prof)),
        why=g.c(["regrade after exam review", "incomplete resolved", "clerical error", "late lab submitted"]))


@tpl
def t_reg_traceback(g, L):
    p = g.person()
    code, _ = g.c(COURSES)
    L.f('Traceback (most recent call last): File "/srv/gradebook/sync.py", line {{ln}}, in push_grades '
        'payload = build(rec) KeyError: \'gradeScale\' -- record={\'student_name\': \'{{name}}\', \'email\': \'{{em}}\', '
        '\'course\': \'{{crs}}\', \'score\': {{sc}}, \'lms_id\': {{lid}}}',
        ln=g.r.randint(40, 400), name=P(g.display(p)), em=EM(g.any_email(p)), crs=code,
        sc=g.r.randint(30, 100), lid=D(str(g.r.randint(100000, 999999)), "user_id"))


@tpl
def t_reg_hold_email(g, L):
    p = g.person()
    a = g.c(US_AREAS)
    L.f('Subject: Registration hold on your account | Hi {{first}}, a {{hold}} hold prevents registration for {{term}}. '
        'Contact {{role}} or call the Registrar\'s Office at {{office}}. Ref {{ref}}',
        first=P(p.lat_first), hold=g.c(["financial", "immunization", "advising", "library", "conduct"]),
        term=g.term(), role=D(g.role(names=["registrar", "bursar", "advising"]), "role_mailbox"),
        office=D(f"({a}) 555-{g.d(4)}", "office_phone"), ref=D("HLD-" + g.d(6), "ticket_id"))


# --- learning platform ---

@tpl
def t_lms_json(g, L):
    p = g.person()
    code, title = g.c(COURSES)
    L.f('{"ts":"{{ts}}","level":"info","event":"submission.created","user_id":{{uid}},"user_login":"{{login}}",'
        '"course_id":"{{crs}}","assignment":"{{asg}}","file_sha1":"{{h}}","ip":"{{ip}}","user_agent":"{{ua}}"}',
        ts=g.ts("isoms"), uid=D(str(g.r.randint(10000, 999999)), "user_id"), login=P(g.login(p)),
        crs=code.replace(" ", "-"), asg=g.c(["Lab 3", "Essay 2 Final", "Problem Set 7", "Midterm Project"]),
        h=D(g.hexs(40), "hash"), ip=IP(g.any_client_ip()), ua=g.c(UAS))


@tpl
def t_lms_forum(g, L):
    p = g.person()
    L.f('Forum post #{{pid}} in {{crs}} by {{name}}: "Hi all, anyone want to form a study group for the midterm? '
        'text me at {{ph}} or email {{em}}"',
        pid=g.r.randint(1000, 99999), crs=g.c(COURSES)[0], name=P(g.display(p)), ph=PH(g.phone(p.loc, True)),
        em=EM(g.email(p)))


@tpl
def t_lms_token(g, L):
    k = g.r.random()
    tok = "7~" + g.s(_ALNUM, 64) if k < 0.5 else g.jwt()
    L.f('DEBUG canvas-sync: GET https://lms.northbridge.edu/api/v1/courses/{{cid}}/users?per_page=100 '
        'headers={\'Authorization\': \'Bearer {{tok}}\', \'X-Request-Id\': \'{{rid}}\'} upstream={{ip}}',
        cid=g.r.randint(1000, 9999), tok=CR(tok), rid=D(g.uuid(), "request_id"), ip=D(g.internal_ip(), "server_ip"))


@tpl
def t_lms_nopii(g, L):
    L.f('{{ts}} moodle cron: \\core\\task\\{{task}} completed in {{sec}}s; {{n}} items; memory {{mem}}MB; '
        'Moodle {{ver}} on {{host}}',
        ts=g.ts("cn"), task=g.c(["grade_cron_task", "send_new_user_passwords_task", "completion_regular_task",
                                 "messaging_cleanup_task", "file_temp_cleanup_task"]),
        sec=f"{g.r.uniform(0.05, 40):.2f}", n=g.r.randint(0, 5000), mem=g.r.randint(20, 400),
        ver=D(f"4.{g.r.randint(0, 4)}.{g.r.randint(0, 9)}", "version"), host=D(g.host("lms-cron"), "hostname"))


@tpl
def t_lms_ecs(g, L):
    p = g.person()
    L.f('{"@timestamp":"{{ts}}","event.action":"user-login","event.outcome":"{{oc}}","user.name":"{{login}}",'
        '"user.full_name":"{{name}}","user.email":"{{em}}","source.ip":"{{ip}}","host.name":"{{host}}",'
        '"host.ip":"{{hip}}","service.version":"{{ver}}"}',
        ts=g.ts("isoms"), oc=g.c(["success", "success", "failure"]), login=P(g.login(p)), name=P(g.display(p)),
        em=EM(g.stu_email(p)), ip=IP(g.any_client_ip()), host=D(g.host("lms-web"), "hostname"),
        hip=D(g.internal_ip(), "server_ip"), ver=D(g.version(), "version"))


# --- online exam proctoring ---

@tpl
def t_proc_flag(g, L):
    p = g.person()
    code, _ = g.c(COURSES)
    L.f('proctor-ai: session={{sess}} candidate="{{name}}" exam={{exam}} flag={{flag}} confidence={{conf}} '
        'snapshot=s3://proctor-evidence/{{y}}/{{sess}}/{{n}}.jpg client_ip={{ip}}',
        sess=D("px_" + g.hexs(12), "session_id"), name=P(g.display(p)), exam=code.replace(" ", "-") + "-Final",
        flag=g.c(["MULTIPLE_FACES", "GAZE_AWAY", "PHONE_DETECTED", "VOICE_DETECTED", "TAB_SWITCH"]),
        conf=f"{g.r.uniform(0.5, 0.99):.2f}", y=g.c(["2024", "2025"]), n=g.r.randint(1, 400), ip=IP(g.any_client_ip()))


@tpl
def t_proc_idcheck(g, L):
    p = g.person()
    L.f('ID verification {{vid}}: candidate {{name}} presented passport {{pp}} ({{cc}}), name match {{nm}}, '
        'face match {{fm}}, result={{res}}',
        vid=D("IDV-" + g.d(7), "verification_id"), name=P(g.display(p)), pp=PP(g.passport(p.loc)), cc=NAT3[p.loc],
        nm=f"{g.r.uniform(0.8, 1):.2f}", fm=f"{g.r.uniform(0.6, 0.99):.2f}", res=g.c(["PASS", "PASS", "REVIEW"]))


@tpl
def t_proc_chat(g, L):
    proc, p = g.person("en_US"), g.person()
    L.f('Proctor chat [exam {{exam}}] {{proc}}: "Please show your desk and both ears." {{stu}}: '
        '"ok one sec, my number is {{ph}} if the call drops"',
        exam=g.c(COURSES)[0], proc=P(g.login(proc)), stu=P(g.login(p)), ph=PH(g.phone(p.loc, True)))


@tpl
def t_proc_nopii(g, L):
    L.f('proctoring-gw: websocket pool {{w}} workers healthy; upstream {{ip}}:8443 latency p99={{lat}}ms; '
        'vendor={{ven}} api {{ver}}',
        w=g.r.randint(2, 32), ip=D(g.internal_ip(), "server_ip"), lat=g.r.randint(40, 900),
        ven=D(g.c(["Honorlock", "ProctorU", "Respondus", "Examity"]), "company"), ver=D("v" + g.version(), "version"))


# --- housing / access cards / parking ---

@tpl
def t_house_csv(g, L):
    p, rm = g.person(), g.person()
    L.f('{{term}},{{dorm}},Room {{room}},{{sid}},{{name}},{{em}},{{ph}},roommate={{rm}}',
        term=g.term(), dorm=D(g.c(DORMS), "building"), room=f"{g.r.randint(1, 9)}{g.r.randint(1, 30):02d}{g.c(['A', 'B', ''])}",
        sid=D(g.sid(), "student_id"), name=P(g.display(p)), em=EM(g.stu_email(p)), ph=PH(g.phone(p.loc)),
        rm=P(g.display(rm)))


@tpl
def t_house_acs(g, L):
    p = g.person()
    L.f('ACS door={{door}} card_uid={{uid}} holder="{{name}}" result=GRANTED ts={{ts}} controller={{ctl}}',
        door=g.c(["NH-EAST-01", "MAPLE-MAIN", "RT-LOBBY-2", "ELIOT-SIDE", "GYM-N"]),
        uid=D(g.hexs(14).upper(), "card_uid"), name=P(g.display(p)), ts=g.ts("iso"), ctl=D(g.internal_ip(), "server_ip"))


@tpl
def t_house_acs_denied(g, L):
    L.f('ACS door={{door}} card_uid={{uid}} result=DENIED reason={{why}} ts={{ts}} controller={{ctl}} fw={{ver}}',
        door=g.c(["LIB-SIDE-02", "LAB-B3", "NH-WEST-03", "CEDAR-REAR"]), uid=D(g.hexs(8).upper(), "card_uid"),
        why=g.c(["EXPIRED", "OUT_OF_SCHEDULE", "UNKNOWN_CARD", "ANTI_PASSBACK"]), ts=g.ts("iso"),
        ctl=D(g.internal_ip(), "server_ip"), ver=D(g.version(), "version"))


@tpl
def t_house_parking(g, L):
    p = g.person()
    kind = g.c(["us_ca", "us_ny", "us_ma", "uk", "de", "fr", "es", "it", "kr", "br"])
    reg = {"us_ca": "CA", "us_ny": "NY", "us_ma": "MA", "uk": "GB", "de": "D", "fr": "F", "es": "E", "it": "I",
           "kr": "ROK", "br": "BR"}[kind]
    L.f('Parking permit {{pp}} issued to {{name}}, vehicle {{make}} plate {{plate}} ({{reg}}), lot {{lot}}, valid to {{d}}',
        pp=D("PP-25-" + g.d(4), "permit_id"), name=P(g.display(p)),
        make=D(g.c(["Toyota Corolla", "Honda Civic", "VW Golf", "Hyundai Elantra", "Tesla Model 3", "Ford Focus"]), "product"),
        plate=LP(g.plate(kind)), reg=reg, lot=g.c("ABCDEFG"), d=g.ts("date"))


@tpl
def t_house_ticket(g, L):
    p = g.person()
    L.f('Ticket #{{wo}} | {{dorm}} rm {{room}} | Reported by: {{name}} ({{em}}) | Assigned: {{svc}} | '
        '"{{issue}}, please call my cell {{ph}} before entering"',
        wo=D("WO-" + g.d(5), "ticket_id"), dorm=D(g.c(DORMS), "building"), room=g.r.randint(100, 520),
        name=P(g.display(p)), em=EM(g.stu_email(p)), svc=D(g.c(["svc-facilities", "facilities-queue", "maint-bot"]), "service_account"),
        issue=g.c(["Heater broken", "Window won't lock", "Leak under the sink", "Mold in bathroom"]), ph=PH(g.phone(p.loc, True)))


# --- library ---

@tpl
def t_lib_loan(g, L):
    p = g.person()
    title, author = g.c(EN_BOOKS)
    L.f('LIB CIRC checkout patron={{pb}} name="{{name}}" item={{ib}} title="{{title}}" author="{{au}}" due={{due}}',
        pb=D("2" + g.d(13), "patron_barcode"), name=P(g.display(p)), ib=D("3" + g.d(13), "item_barcode"),
        title=title, au=D(author, "public_figure"), due=g.ts("date"))


@tpl
def t_lib_fine(g, L):
    p = g.person()
    title, author = g.c(EN_BOOKS)
    L.f('Fine assessed: ${{amt}} overdue "{{title}}" ({{au}}) - patron {{name}}, notice sent to {{em}}; cc {{role}}',
        amt=D(g.c(["0.50", "2.25", "12.50", "35.00", "110.00"]), "amount"), title=title, au=D(author, "public_figure"),
        name=P(g.display(p)), em=EM(g.any_email(p)), role=D(g.role(names=["library-circ", "library"]), "role_mailbox"))


@tpl
def t_lib_ill_header(g, L):
    p = g.person()
    L.f('From: "Interlibrary Loan" <{{role}}> To: "{{name}}" <{{em}}> Subject: Your ILL request #{{ill}} has arrived '
        'Message-ID: <{{mid}}@mail.northbridge.edu>',
        role=D(g.c(["ill@library.northbridge.edu", "ill-noreply@northbridge.edu"]), "role_mailbox"),
        name=P(g.display(p)), em=EM(g.any_email(p)), ill=D("ILL-" + g.d(5), "request_id"), mid=D(g.hexs(24), "message_id"))


@tpl
def t_lib_nopii(g, L):
    L.f('EZproxy: {{n}} sessions active; license pool {{pub}} {{pct}}%; host {{host}} ({{ip}}); config reload {{ts}}',
        n=f"{g.r.randint(100, 6000):,}", pub=D(g.c(["JSTOR", "Elsevier ScienceDirect", "IEEE Xplore", "Wiley Online"]), "company"),
        pct=g.r.randint(5, 100), host=D("ezproxy.lib.northbridge.edu", "hostname"), ip=D(g.internal_ip(), "server_ip"),
        ts=g.ts("iso"))


# --- tuition / financial aid ---

@tpl
def t_pay_stripe(g, L):
    p = g.person()
    L.f('stripe webhook payment_intent.succeeded id={{pi}} amount={{amt}} currency=usd customer={{cus}} '
        'billing_details.name="{{name}}" billing_details.email={{em}} card.last4={{l4}} card.brand={{br}}',
        pi=D("pi_3" + g.s(_ALNUM, 23), "payment_id"), amt=D(str(g.r.randint(50000, 2500000)), "amount"),
        cus=D("cus_" + g.s(_ALNUM, 14), "customer_id"), name=P(g.display(p)), em=EM(g.any_email(p)),
        l4=D(g.last4(), "masked"), br=g.c(["visa", "mastercard", "amex", "unionpay"]))


@tpl
def t_pay_key(g, L):
    key = g.c(["sk_live_", "rk_live_"]) + g.s(_ALNUM, g.c([24, 32, 99]))
    L.f('{{ts}} ERROR TuitionPay: Stripe auth failed using key {{key}} (acct {{acct}}) from {{host}} - rotate key and page {{role}}',
        ts=g.ts("iso"), key=CR(key), acct=D("acct_" + g.s(_ALNUM, 16), "account_id"), host=D(g.host("pay-api"), "hostname"),
        role=D(g.role(names=["it-security", "bursar-systems"]), "role_mailbox"))


@tpl
def t_pay_wire(g, L):
    p = g.person(locs=_INTL)
    cc = g.c(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "TR"])
    L.f('Intl tuition wire received: payer "{{name}}" IBAN {{ib}} BIC {{bic}} amount EUR {{amt}} ref {{ref}} value date {{d}}',
        name=P(g.display(p)), ib=IB(g.iban(cc)), bic=D(g.s(PLATE_LET, 4) + cc + g.s(_UPNUM, 2) + g.c(["", "XXX"]), "bic"),
        amt=D(g.amount(2000, 30000), "amount"), ref=D("INV-2025-" + g.d(4), "invoice_id"), d=g.ts("date"))


@tpl
def t_pay_flywire(g, L):
    p = g.person(locs=_INTL)
    L.f('FW{{fid}},{{d}},"{{name}}",{{cc}},USD,{{amt}},"{{em}}","{{ph}}",{{sid}},COMPLETED',
        fid=g.d(7), d=g.ts("date"), name=P(p.full if g.p(0.5) else g.display(p)), cc=NAT3[p.loc][:2],
        amt=D(g.amount(3000, 40000).replace(",", ""), "amount"), em=EM(g.email(p)), ph=PH(g.phone(p.loc)),
        sid=D(g.sid(), "student_id"))


@tpl
def t_pay_isir(g, L):
    p, par = g.person("en_US"), g.person("en_US")
    L.f('ISIR import {{yr}} txn={{t}}: student SSN {{ssn}}, name "{{ln}}, {{fn}}", SAI {{sai}}, parent contact {{pn}} <{{pe}}>, '
        'verification={{v}}',
        yr=g.c(["2024-25", "2025-26"]), t=f"{g.r.randint(1, 6):02d}", ssn=SSN(g.ssn()), ln=P(p.last), fn=P(p.first),
        sai=D(str(g.r.randint(-1500, 30000)), "amount"), pn=P(par.full), pe=EM(g.email(par)), v=g.c(["V1", "V4", "V5", "none"]))


@tpl
def t_pay_nopii(g, L):
    L.f('bursar-batch: 1098-T generation complete for tax year {{y}}: {{n}} forms, {{e}} errors, total box1 ${{amt}}, '
        'output=/secure/1098t/{{y}}/batch-{{b}}.pdf sha256={{h}}',
        y=g.c(["2023", "2024"]), n=D(f"{g.r.randint(5000, 40000):,}", "count"), e=g.r.randint(0, 9),
        amt=D(g.amount(1e7, 9e8), "amount"), b=g.d(3), h=D(g.sha256(), "hash"))


# --- alumni / donations ---

@tpl
def t_alum_donation(g, L):
    p = g.person(locs=["en_US", "en_US", "en_GB", "en_IN", "zh_TW", "ko_KR"])
    L.f('Donation received: ${{amt}} from {{name}} (Class of \'{{yy}}) to "{{fund}}" via ',
        amt=D(g.amount(10, 50000), "amount"), name=P(g.display(p)), yy=f"{g.r.randint(0, 99):02d}",
        fund=g.c(["Annual Fund", "Library Endowment", "Athletics Fund", "Scholarship Fund"]))
    if g.p(0.3):
        L.f('card {{card}} exp {{exp}}', card=CC(g.card()), exp=g.exp())
    else:
        L.f('card ending {{l4}}', l4=D(g.last4(), "masked"))
    L.f('; receipt emailed to {{em}}', em=EM(g.email(p)))


@tpl
def t_alum_crm(g, L):
    p, hon = g.person(), g.person("en_US")
    L.f('{"DonorId":"{{did}}","FullName":"{{name}}","Email":"{{em}}","Phone":"{{ph}}","GiftAmount":{{amt}},'
        '"Campaign":"Campaign for Northbridge","Tribute":"In memory of {{hon}}","Employer":"{{emp}}"}',
        did=D("D-" + g.d(7), "donor_id"), name=P(g.display(p)), em=EM(g.email(p)), ph=PH(g.phone(p.loc)),
        amt=D(str(g.r.randint(25, 250000)), "amount"), hon=P(hon.full),
        emp=D(g.c(["Deloitte LLP", "Google LLC", "Goldman Sachs", "Pfizer Inc.", "Siemens AG", "Tata Consultancy Services"]), "company"))


@tpl
def t_alum_rsvp(g, L):
    p = g.person()
    L.f('Event RSVP {{rid}}: "Alumni Gala {{y}} - keynote by {{kn}}" attendee={{name}} guests={{n}} dietary={{diet}} '
        'contact={{em}}',
        rid=D("EVT-" + g.d(6), "rsvp_id"), y=g.c(["2024", "2025"]), kn=D(g.c(KEYNOTES), "public_figure"),
        name=P(g.display(p)), n=g.r.randint(0, 3), diet=g.c(["none", "vegetarian", "halal", "gluten-free"]),
        em=EM(g.email(p)))


@tpl
def t_alum_nopii(g, L):
    L.f('alumni-mailer: campaign "{{camp}}" sent {{n}} messages from {{role}} via {{esp}}, bounce rate {{b}}%, '
        'open rate {{o}}%',
        camp=g.c(["Giving Day 2024", "Reunion Weekend", "Spring Appeal", "Homecoming 2025"]),
        n=D(f"{g.r.randint(1000, 120000):,}", "count"), role=D(g.role(names=["giving", "alumni", "noreply"]), "role_mailbox"),
        esp=D(g.c(["SendGrid", "Mailchimp", "Amazon SES"]), "company"), b=f"{g.r.uniform(0.2, 5):.1f}", o=f"{g.r.uniform(10, 60):.1f}")


# --- health centre ---

@tpl
def t_hc_appt(g, L):
    p, doc = g.person(), g.person(locs=["en_US", "en_IN", "en_GB", "ko_KR", "de_DE"])
    L.f('HC-SCHED appt={{aid}} patient="{{name}}" dob={{dob}} phone={{ph}} provider="Dr. {{doc}}" type={{typ}} '
        'slot={{ts}}',
        aid=D("HC-" + g.d(6), "appointment_id"), name=P(g.display(p)), dob=g.dob(), ph=PH(g.phone(p.loc)),
        doc=P(doc.lat_last), typ=g.c(["COVID-19 vaccine", "flu shot", "TB screening", "counseling intake", "sports physical"]),
        ts=g.ts("iso"))
    if p.loc == "en_US" and g.p(0.5):
        L.f(' insurance_member_id={{mid}} ssn={{ssn}}', mid=D("W" + g.d(9), "member_id"), ssn=SSN(g.ssn("-")))


@tpl
def t_hc_hl7(g, L):
    p = g.person(locs=["en_US", "en_US", "en_GB", "es_ES", "en_IN"])
    a = g.c(US_AREAS)
    L.f('MSH|^~\\&|CAMPUSHEALTH|NBU|LAB|NBU|{{ts}}||ORU^R01|{{mid}}|P|2.5.1 PID|1||{{sid}}^^^NBU||{{ln}}^{{fn}}||{{dob}}|{{sx}}'
        '|||12 College Ave^^Boston^MA^02115||{{ph}}',
        ts=g.ts("hl7"), mid=D("MSG" + g.d(6), "message_id"), sid=D(g.sid(), "student_id"), ln=P(p.last), fn=P(p.first),
        dob=g.dob().strftime("%Y%m%d"), sx="F" if p.female else "M", ph=PH(f"({a}){g.dnz(3)}-{g.d(4)}"))


@tpl
def t_hc_nopii(g, L):
    L.f('health-portal: appointment reminders queued={{q}} sent={{s}} failed={{f}} (sms provider {{prov}} HTTP 429), '
        'retry at {{ts}}',
        q=g.r.randint(50, 900), s=g.r.randint(40, 800), f=g.r.randint(0, 20),
        prov=D(g.c(["Twilio", "Vonage", "MessageBird"]), "company"), ts=D(g.ts("iso"), "timestamp"))


# --- international students ---

@tpl
def t_intl_i20(g, L):
    p = g.person(locs=_INTL)
    L.f('ISSS: I-20 issued SEVIS {{sev}} student="{{name}}" passport={{pp}} ({{cc}}) program end {{d}} DSO={{dso}}',
        sev=D("N00" + g.d(8), "sevis_id"), name=P(g.display(p)), pp=PP(g.passport(p.loc)), cc=NAT3[p.loc],
        d=g.ts("date"), dso=P(g.login(g.person("en_US"))))


@tpl
def t_intl_opt(g, L):
    p = g.person(locs=_INTL)
    L.f('OPT note {{ts}}: {{name}}, passport {{pp}} ({{cc}}), US phone {{ph}}, SSN {{ssn}}, employer {{emp}}, '
        'EAD start {{d}}',
        ts=g.ts("us"), name=P(g.display(p)), pp=PP(g.passport(p.loc)), cc=NAT3[p.loc], ph=PH(g.phone("en_US")),
        ssn=SSN(g.ssn()), emp=D(g.c(["Google LLC", "Amazon.com Services LLC", "Deloitte Consulting", "Moderna Inc."]), "company"),
        d=g.ts("date"))


@tpl
def t_intl_header(g, L):
    p = g.person(locs=_INTL)
    L.f('Received: from mail-sor-f{{n}}.google.com (mail-sor-f{{n}}.google.com. [{{gip}}]) by mx1.northbridge.edu; '
        'X-Originating-IP: [{{ip}}]; From: {{name}} <{{em}}>; To: {{role}}; Subject: {{subj}}',
        n=g.r.randint(10, 99), gip=D(f"209.85.220.{g.r.randint(1, 254)}", "server_ip"), ip=IP(g.client_ip()),
        name=P(g.display(p)), em=EM(g.email(p)), role=D(g.role(names=["intl-office", "isss", "visa-letters"]), "role_mailbox"),
        subj=g.c(["visa support letter", "I-20 extension", "travel signature", "CPT question"]))


# --- identity / IT security ---

@tpl
def t_auth_sso(g, L):
    p = g.person()
    L.f('{{ts}} idp2 shibboleth-idp: Authentication succeeded for principal \'{{login}}\' from {{ip}} via MFA '
        '(Duo push to {{mask}}) SP=https://lms.northbridge.edu/shibboleth session={{sess}}',
        ts=g.ts("syslog"), login=P(g.login(p)), ip=IP(g.any_client_ip()),
        mask=D(g.c(["XXX-XXX-", "***-***-", "+1 ***-***-"]) + g.d(4), "masked"), sess=D("_" + g.hexs(32), "session_id"))


@tpl
def t_auth_reset(g, L):
    p = g.person()
    L.f('{{ts}} DEBUG password_reset: user={{login}} email={{em}} new_password="{{pw}}" hash={{h}} '
        '(plaintext logged by debug filter, ticket {{t}})',
        ts=g.ts("iso"), login=P(g.login(p)), em=EM(g.stu_email(p)), pw=CR(g.password()),
        h=D("$2b$12$" + g.s("./" + _ALNUM, 53), "hash"), t=D("SEC-" + g.d(4), "ticket_id"))


@tpl
def t_auth_dsn(g, L):
    user = g.c(["sis_rw", "banner_app", "lms_prod", "aid_etl", "housing_svc"])
    L.f('psycopg2.OperationalError: could not connect to server: Connection timed out - '
        'dsn=postgresql://{{u}}:{{pw}}@{{host}}:5432/{{db}} (resolved {{ip}})',
        u=D(user, "service_account"), pw=CR(g.password().replace("@", "").replace(":", "").replace("/", "") or "x1Y2z3!"),
        host=D(g.c(["db-sis-01.internal", "pg-prod.nbu.local", "aid-db.internal"]), "hostname"),
        db=g.c(["sis", "banner", "lms", "finaid"]), ip=D(g.internal_ip(), "server_ip"))


@tpl
def t_auth_sudo(g, L):
    svc = g.c(SVC_ACCOUNTS)
    L.f('{{ts}} {{host}} sudo: {{svc}} : TTY=unknown ; PWD=/ ; USER=root ; COMMAND=/usr/bin/rsync -a /var/lib/sis /mnt/backup/{{d}}',
        ts=g.ts("syslog"), host=D(g.host("bkp"), "hostname"), svc=D(svc, "service_account"), d=g.ts("date"))


@tpl
def t_auth_fail2ban(g, L):
    L.f('{{ts}} fail2ban.actions [{{pid}}]: NOTICE [sshd] Ban {{ip}} after {{n}} failed logins for user \'{{u}}\' on {{host}}',
        ts=g.ts("cnms"), pid=g.r.randint(300, 9000), ip=IP(g.client_ip()), n=g.r.randint(5, 60),
        u=D(g.c(["root", "admin", "oracle", "test", "ubuntu"]), "service_account"), host=D(g.host("bastion"), "hostname"))


@tpl
def t_health_probe(g, L):
    L.f('{{ip}} - - [{{clf}}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.{{k}}" upstream={{up}} rt={{rt}}',
        ip=D(g.internal_ip(), "server_ip"), clf=g.ts("clf"), k=g.r.randint(24, 30), up=D(g.internal_ip() + ":8080", "server_ip"),
        rt=f"{g.r.uniform(0.001, 0.05):.3f}")


# ============================== OTHER EUROPEAN LANGUAGES ==============================

@tpl
def t_de_lms(g, L):
    p = g.person(locs=["de_DE", "de_DE", "pl_PL", "tr_TR", "nl_NL"])
    L.f('[Lernplattform] Abgabe eingereicht: Kurs "{{kurs}}", Studierende/r {{name}} ({{em}}), Matrikelnr. {{mnr}}, '
        'Zeit {{t}}, Tel. {{ph}}',
        kurs=g.c(["Einführung in die Informatik", "Analysis I", "Makroökonomik", "Statistik II"]),
        name=P(p.full), em=EM(g.email(p)), mnr=D(g.dnz(7), "student_id"), t=g.ts("eu"), ph=PH(g.phone("de_DE")))


@tpl
def t_de_sepa(g, L):
    p = g.person("de_DE")
    L.f('SEPA-Lastschrift Semesterbeitrag: Kontoinhaber {{name}}, IBAN {{ib}}, Betrag {{amt}} EUR, '
        'Mandatsreferenz {{mr}}, Gläubiger-ID {{gid}}',
        name=P(p.full), ib=IB(g.iban("DE")), amt=D(f"{g.r.randint(150, 400)},{g.d(2)}", "amount"),
        mr=D("NBU-2025-" + g.d(5), "mandate_id"), gid=D("DE98ZZZ0" + g.d(10), "creditor_id"))


@tpl
def t_fr_devoir(g, L):
    p = g.person(locs=["fr_FR", "fr_FR", "it_IT", "es_ES"])
    L.f('[Plateforme pédagogique] Devoir rendu en retard par {{name}} ({{em}}) - cours {{c}}, pénalité {{pen}} %, '
        'horodatage {{ts}}',
        name=P(p.full), em=EM(g.email(p)), c=g.c(["LING-204", "DROIT-110", "ECO-230", "MATH-101"]),
        pen=g.c(["5", "10", "20"]), ts=g.ts("frdate"))


@tpl
def t_fr_erasmus(g, L):
    p = g.person("fr_FR")
    L.f('[Relations internationales] Dossier Erasmus {{dos}} de {{name}} : passeport {{pp}}, tél. {{ph}}, '
        'contact {{role}}',
        dos=D("ERA-" + g.d(5), "dossier_id"), name=P(p.full), pp=PP(g.passport("fr_FR")), ph=PH(g.phone("fr_FR")),
        role=D(g.role(names=["international", "erasmus"]), "role_mailbox"))


@tpl
def t_es_supervision(g, L):
    p = g.person(locs=["es_ES", "es_ES", "pt_BR"])
    L.f('[Supervisión de examen] Alumno/a {{name}} ({{em}}) desconectado/a {{dur}}; se reanudó desde IP {{ip}} - '
        'servidor {{srv}}',
        name=P(p.full), em=EM(g.email(p)), dur=f"00:{g.r.randint(0, 14):02d}:{g.r.randint(0, 59):02d}",
        ip=IP(g.client_ip()), srv=D(g.internal_ip(), "server_ip"))


@tpl
def t_it_alumni(g, L):
    p = g.person("it_IT")
    L.f('[Alumni] Donazione di {{amt}} € da {{name}} ({{em}}, {{ph}}) per il fondo borse di studio',
        amt=D(f"{g.r.randint(10, 5000)},00", "amount"), name=P(p.full), em=EM(g.email(p)), ph=PH(g.phone("it_IT")))
    if g.p(0.5):
        L.f(', bonifico da IBAN {{ib}}', ib=IB(g.iban("IT")))


@tpl
def t_nl_library(g, L):
    p = g.person("nl_NL")
    title, au = g.c(NL_BOOKS)
    L.f("[Bibliotheek] Herinnering verstuurd naar {{name}} ({{em}}): '{{t}}' van {{au}} is {{n}} dagen te laat, "
        "boete EUR {{amt}}",
        name=P(p.full), em=EM(g.email(p)), t=title, au=D(au, "public_figure"), n=g.r.randint(1, 40),
        amt=D(f"{g.r.randint(0, 20)},{g.d(2)}", "amount"))


@tpl
def t_pl_erasmus(g, L):
    p = g.person("pl_PL")
    L.f('[Biuro Współpracy Międzynarodowej] Stypendium Erasmus+ dla {{name}} ({{em}}, tel. {{ph}}) przelane na rachunek '
        '{{ib}}, kwota {{amt}} EUR',
        name=P(p.full), em=EM(g.email(p)), ph=PH(g.phone("pl_PL")), ib=IB(g.iban("PL")),
        amt=D(f"{g.r.randint(300, 3000)},{g.d(2)}", "amount"))


@tpl
def t_pt_matricula(g, L):
    p = g.person("pt_BR")
    L.f('[Secretaria Acadêmica] Matrícula confirmada: {{name}}, e-mail {{em}}, celular {{ph}}, curso {{c}}, protocolo {{pr}}',
        name=P(p.full), em=EM(g.email(p)), ph=PH(g.phone("pt_BR")),
        c=g.c(["Engenharia Civil", "Medicina", "Direito", "Ciência da Computação"]), pr=D(g.d(12), "protocol_id"))


# ============================== CHINESE (SIMPLIFIED) =================================

@tpl
def t_zh_zhaosheng(g, L):
    p = g.person("zh_CN")
    L.f('[招生系统] {{ts}} 考生{{name}}(考生号 {{ksh}})提交志愿，手机 {{ph}}，身份证号 {{id}}，报考专业：{{m}}',
        ts=g.ts("cn"), name=P(p.full), ksh=D(g.c(["24", "25"]) + g.d(12), "exam_id"), ph=PH(g.phone("zh_CN", True)),
        id=CNID(g.cnid(2005, 2008)), m=g.c(CN_MAJORS))


@tpl
def t_zh_baoming_json(g, L):
    p = g.person("zh_CN")
    L.f('{"姓名":"{{name}}","性别":"{{sx}}","身份证号":"{{id}}","联系电话":"{{ph}}","邮箱":"{{em}}",'
        '"报考专业":"{{m}}","报名序号":"{{no}}","缴费金额":"{{amt}}"}',
        name=P(p.full), sx="女" if p.female else "男", id=CNID(g.cnid(2004, 2008)), ph=PH(g.phone("zh_CN")),
        em=EM(g.email(p)), m=g.c(CN_MAJORS), no=D(g.d(10), "registration_id"), amt=D(g.c(["100.00", "150.00", "180.00"]), "amount"))


@tpl
def t_zh_zhaosheng_note(g, L):
    t, par = g.person("zh_CN"), g.person("zh_CN")
    L.f('招生办{{t}}老师已电话联系考生家长（{{par}}{{title}}，{{ph}}），告知录取通知书EMS单号 {{ems}} 已寄出，'
        '咨询邮箱 {{role}}',
        t=P(t.last), par=P(par.last), title="女士" if par.female else "先生", ph=PH(g.phone("zh_CN")),
        ems=D(g.c(["10", "11", "98"]) + g.d(11), "tracking_id"), role=D("zsb@nbu.edu.cn", "role_mailbox"))


@tpl
def t_zh_xueji(g, L):
    op, p = g.person("zh_CN"), g.person("zh_CN")
    L.f('[学籍管理] {{ts}} 操作员 {{op}} 修改学生 {{sid}}（{{name}}）的学籍状态：在读 -> {{st}}，原因：{{why}}，审批单 {{no}}',
        ts=g.ts("cn"), op=P(g.login(op)), sid=D(g.cnsid(), "student_id"), name=P(p.full),
        st=g.c(["休学", "复学", "退学", "保留学籍"]), why=g.c(["病休", "参军入伍", "个人原因", "创业"]),
        no=D("SP" + g.d(8), "approval_id"))


@tpl
def t_zh_xuanke(g, L):
    p = g.person("zh_CN")
    i = g.r.randrange(len(CN_COURSES))
    L.f('{{ts}} INFO [选课系统] 学生 学号={{sid}} 姓名={{name}} 选课成功 课程={{c}}({{code}}) 教学班={{b}} IP={{ip}}',
        ts=g.ts("cnms"), sid=D(g.cnsid(), "student_id"), name=P(p.full), c=CN_COURSES[i], code=CN_COURSE_CODES[i],
        b=f"{g.r.randint(1, 12):02d}", ip=IP(g.any_client_ip()))


@tpl
def t_zh_chengji(g, L):
    t, p = g.person("zh_CN"), g.person("zh_CN")
    L.f('成绩录入：课程《{{c}}》任课教师{{t}}老师（工号 {{gh}}）提交成绩，学生{{name}} 期末 {{a}} -> {{b}}（{{why}}）',
        c=g.c(CN_COURSES), t=P(t.last), gh=D("T" + g.d(5), "staff_id"), name=P(p.full), a=g.r.randint(40, 59),
        b=60, why=g.c(["补录", "复核更正", "缓考成绩"]))


@tpl
def t_zh_xuanke_nopii(g, L):
    L.f('[选课系统] {{ts}} 第{{r}}轮选课进行中，当前并发 {{n}}，队列长度 {{q}}，节点 {{node}}（{{ip}}）负载 {{ld}}，版本 {{v}}',
        ts=g.ts("cn"), r=g.c(["一", "二", "三"]), n=f"{g.r.randint(500, 20000):,}", q=g.r.randint(0, 5000),
        node=D(g.host("course-svc-"), "hostname"), ip=D(g.internal_ip(), "server_ip"), ld=f"{g.r.uniform(0.1, 0.99):.2f}",
        v=D(g.version(), "version"))


@tpl
def t_zh_lms_json(g, L):
    p = g.person("zh_CN")
    L.f('{"userId":"{{uid}}","userName":"{{login}}","realName":"{{name}}","courseName":"{{c}}","action":"视频观看完成",'
        '"progress":"100%","clientIp":"{{ip}}","serverIp":"{{sip}}","ts":{{ep}}}',
        uid=D(g.cnsid(), "student_id"), login=P(g.login(p)), name=P(p.full), c=g.c(CN_COURSES), ip=IP(g.any_client_ip()),
        sip=D(g.internal_ip(), "server_ip"), ep=D(g.ts("epoch") + g.d(3), "timestamp"))


@tpl
def t_zh_jiankao(g, L):
    p, t = g.person("zh_CN"), g.person("zh_CN")
    L.f('【在线监考】考生{{name}}（准考证号 {{zkz}}）疑似切屏 {{n}} 次，监考员{{t}}老师已发出警告，考生IP {{ip}}，设备 {{dev}}',
        name=P(p.full), zkz=D(g.d(12), "exam_id"), n=g.r.randint(2, 9), t=P(t.last), ip=IP(g.client_ip()),
        dev=D(g.c(["iPhone 14", "华为 Mate 60", "小米 13", "MacBook Air", "联想 ThinkPad X1"]), "product"))


@tpl
def t_zh_ruzhu(g, L):
    p, par = g.person("zh_CN"), g.person("zh_CN")
    L.f('[宿舍管理] {{d}} 新生入住：{{name}} 分配至 {{dorm}} {{b}}号楼 {{r}}室 床位{{bed}}，家长{{par}}联系电话 {{ph}}',
        d=g.ts("date"), name=P(p.full), dorm=D(g.c(CN_DORMS), "building"), b=g.r.randint(1, 20), r=g.r.randint(101, 630),
        bed=g.r.randint(1, 4), par=P(par.full), ph=PH(g.phone("zh_CN")))


@tpl
def t_zh_menjin(g, L):
    p = g.person("zh_CN")
    L.f('门禁记录 | 卡号 {{card}} | 姓名 {{name}} | 通道 {{gate}} | 方向 {{dir}} | 时间 {{ts}} | 结果 {{res}}',
        card=D(g.cnsid(), "card_id"), name=P(p.full), gate=g.c(["东区7号楼北门", "图书馆南门", "西区3号楼", "实验楼B座"]),
        dir=g.c(["进", "出"]), ts=g.ts("cn"), res=g.c(["通过", "晚归登记", "通过"]))


@tpl
def t_zh_cheliang(g, L):
    p = g.person("zh_CN")
    L.f('[校园车辆通行] {{ts}} 车牌 {{pl}} 驶入{{gate}}，车主 {{name}}（{{typ}}），登记手机 {{ph}}，抓拍设备 {{cam}}',
        ts=g.ts("cn"), pl=LP(g.plate("cn")), gate=g.c(["东门", "南门", "北门地库"]), name=P(p.full),
        typ=g.c(["教职工", "访客", "研究生"]), ph=PH(g.phone("zh_CN", True)), cam=D(g.internal_ip(), "server_ip"))


@tpl
def t_zh_dianfei_nopii(g, L):
    L.f('[宿舍管理] {{ts}} 电费余额不足提醒已推送：楼栋 {{b}}，房间数 {{n}}，阈值 {{amt}} 元，推送渠道 {{ch}}，任务ID {{job}}',
        ts=g.ts("cn"), b=g.r.randint(1, 30), n=g.r.randint(5, 300), amt=D(g.c(["10.00", "5.00", "20.00"]), "amount"),
        ch=D(g.c(["企业微信", "钉钉", "短信网关"]), "product"), job=D(g.uuid(), "job_id"))


@tpl
def t_zh_jieyue(g, L):
    p = g.person("zh_CN")
    t, au = g.c(CN_BOOKS)
    L.f('【图书馆】读者{{name}}（证号 {{no}}）借阅《{{t}}》（{{au}} 著），条码 {{bc}}，应还日期 {{d}}，逾期罚款 0.10元/天',
        name=P(p.full), no=D(g.cnsid(), "library_card"), t=t, au=D(au, "public_figure"), bc=D("C" + g.d(9), "item_barcode"),
        d=g.ts("date"))


@tpl
def t_zh_fakuan(g, L):
    p = g.person("zh_CN")
    L.f('图书馆罚款缴纳：读者 {{name}} 支付 ¥{{amt}}（微信支付 交易号 {{tx}}），手机号 {{mask}}，操作终端 {{term}}',
        name=P(p.full), amt=D(f"{g.r.uniform(0.1, 60):.2f}", "amount"), tx=D("42000" + g.d(23), "transaction_id"),
        mask=D(g.masked_cn_phone(), "masked"), term=D(g.host("lib-pos"), "hostname"))


@tpl
def t_zh_xuefei(g, L):
    p = g.person("zh_CN")
    L.f('【学费缴纳】学生{{name}}（学号 {{sid}}）通过{{ch}}缴纳 {{y}} 学年学费 ¥{{amt}}，订单号 {{o}}，付款账户 {{acct}}',
        name=P(p.full), sid=D(g.cnsid(), "student_id"), ch=D(g.c(["支付宝", "微信支付", "云闪付"]), "product"),
        y=g.c(["2024-2025", "2025-2026"]), amt=D(g.c(["5,500.00", "4,800.00", "6,000.00", "26,000.00"]), "amount"),
        o=D(g.r.choice(["2024", "2025"]) + g.d(15), "order_id"), acct=D(g.masked_cn_phone(), "masked"))


@tpl
def t_zh_zizhu_json(g, L):
    p = g.person("zh_CN")
    L.f('{"申请人":"{{name}}","身份证":"{{id}}","家庭年收入":"{{inc}}","联系电话":"{{ph}}","银行卡号":"{{card}}",'
        '"开户行":"{{bank}}","资助类型":"{{t}}","审核人":"{{rev}}"}',
        name=P(p.full), id=CNID(g.cnid()), inc=D(str(g.r.randint(8000, 90000)), "amount"), ph=PH(g.phone("zh_CN")),
        card=CC(g.card("up")), bank=D(g.c(["中国建设银行", "中国工商银行", "中国农业银行", "中国银行"]), "company"),
        t=g.c(["国家助学金一等", "国家助学金二等", "勤工助学", "临时困难补助"]), rev=P(g.person("zh_CN").full))


@tpl
def t_zh_xiaoyou(g, L):
    p, sec = g.person("zh_CN"), g.person("zh_CN")
    L.f('【校友会】校友{{name}}（{{y}}届 {{col}}）捐赠 ¥{{amt}} 设立奖学金，联系人 {{sec}}秘书 {{ph}}，邮箱 {{em}}',
        name=P(p.full), y=g.r.randint(1985, 2015), col=g.c(CN_COLLEGES), amt=D(g.amount(10000, 5000000), "amount"),
        sec=P(sec.last), ph=PH(g.phone("zh_CN")), em=EM(g.email(p)))


@tpl
def t_zh_xiaoyiyuan(g, L):
    p, doc = g.person("zh_CN"), g.person("zh_CN")
    L.f('【校医院】就诊记录：患者{{name}}（学号 {{sid}}，身份证 {{id}}）科室 {{ks}}，{{doc}}医生接诊，诊断 {{dx}}，'
        '医保卡号 {{yb}}',
        name=P(p.full), sid=D(g.cnsid(), "student_id"), id=CNID(g.cnid()), ks=g.c(["内科", "外科", "口腔科", "心理咨询"]),
        doc=P(doc.last), dx=g.c(["上呼吸道感染", "急性胃肠炎", "软组织挫伤", "过敏性皮炎"]), yb=D(g.d(10), "insurance_id"))


@tpl
def t_zh_liuxuesheng(g, L):
    p = g.person(locs=["en_IN", "ru_RU", "ko_KR", "vi_VN", "fr_FR", "pt_BR", "tr_TR", "ja_JP", "de_DE"])
    L.f('【国际学生办公室】{{nat}}籍留学生 {{name}}（护照号 {{pp}}）申请居留许可延期，中国手机 {{ph}}，'
        '本国电话 {{hp}}，经办人 {{staff}}',
        nat=NAT_ZH[p.loc], name=P(g.display(p) if p.loc in ("ja_JP", "ko_KR", "ru_RU") and g.p(0.5) else p.full),
        pp=PP(g.passport(p.loc)), ph=PH(g.phone("zh_CN", True)), hp=PH(g.phone(p.loc)), staff=P(g.login(g.person("zh_CN"))))


@tpl
def t_zh_tongyi_renzheng(g, L):
    p = g.person("zh_CN")
    L.f('[统一身份认证] {{ts}} 用户 {{login}} 登录成功，来源IP {{ip}}，认证方式 短信验证码，验证码 {{otp}}，网关 {{gw}}',
        ts=g.ts("cn"), login=P(g.login(p)), ip=IP(g.any_client_ip()), otp=CR(g.d(6)), gw=D(g.internal_ip(), "server_ip"))


@tpl
def t_zh_sms(g, L):
    p = g.person("zh_CN")
    L.f('【北桥大学】尊敬的{{x}}同学，您的宿舍门禁初始密码为 {{pw}}，请登录 {{url}} 及时修改。客服电话 {{hot}}',
        x=P(p.last if g.p(0.5) else p.full), pw=CR(g.pin(6)), url="my.nbu.edu.cn",
        hot=D(g.c(["400-820-", "010-6275"]) + g.d(4), "hotline"))


@tpl
def t_zh_guangbo_nopii(g, L):
    t, au = g.c(CN_BOOKS)
    L.f('[校园广播] {{ts}} 今日推送：{{au}}《{{t}}》选段朗读，播放时长 {{m}} 分钟，音频文件 md5={{h}}，CDN 节点 {{node}}',
        ts=g.ts("cn"), au=D(au, "public_figure"), t=t, m=g.r.randint(3, 30), h=D(g.hexs(32), "hash"),
        node=D(g.host("cdn-edge-"), "hostname"))


@tpl
def t_zh_jiangxuejin_csv(g, L):
    p = g.person("zh_CN")
    L.f('{{sid}},{{name}},{{col}},{{jx}},{{amt}},{{mask}},{{id}}',
        sid=D(g.cnsid(), "student_id"), name=P(p.full), col=g.c(CN_COLLEGES),
        jx=g.c(["国家奖学金", "国家励志奖学金", "校长奖学金", "企业冠名奖学金"]), amt=D(g.c(["8000.00", "5000.00", "3000.00"]), "amount"),
        mask=D(g.masked_cn_phone(), "masked"), id=D(g.masked_cnid(), "masked"))


@tpl
def t_zh_jdbc(g, L):
    L.f('{{ts}} ERROR [jwxt-pool-{{n}}] java.sql.SQLException: 数据源连接失败 url=jdbc:mysql://{{ip}}:3306/jwxt?user={{u}}&password={{pw}}&useSSL=false '
        'at com.nbu.jw.dao.BaseDao.getConn(BaseDao.java:{{ln}})',
        ts=g.ts("cnms"), n=g.r.randint(1, 32), ip=D(g.internal_ip(), "server_ip"), u=D(g.c(["jwxt", "jw_app", "root", "xg_ro"]), "service_account"),
        pw=CR(g.password().replace("&", "").replace("=", "") or "Jw2023x"), ln=g.r.randint(20, 300))


@tpl
def t_zh_sync_nopii(g, L):
    L.f('[教务系统] {{ts}} 数据同步完成：学生 {{a}} 条，课程 {{b}} 条，失败 {{c}} 条，耗时 {{s}} 秒，批次号 {{bat}}，版本 v{{v}}',
        ts=g.ts("cn"), a=g.r.randint(1000, 50000), b=g.r.randint(100, 9000), c=g.r.randint(0, 5),
        s=f"{g.r.uniform(1, 600):.1f}", bat=D(g.ts("hl7") + g.d(4), "batch_id"), v=D(g.version(), "version"))


# ============================== CHINESE (TRADITIONAL) =================================

@tpl
def t_tw_zhuce(g, L):
    p = g.person("zh_TW")
    L.f('[註冊組] {{ts}} 學生 {{name}}（學號 {{sid}}）申請更改聯絡電話為 {{ph}}，電子郵件 {{em}}，承辦人 {{op}}',
        ts=g.ts("cn"), name=P(p.full), sid=D(g.c("BRDM") + g.d(8), "student_id"), ph=PH(g.phone("zh_TW")),
        em=EM(g.email(p)), op=P(g.login(g.person("zh_TW"))))


@tpl
def t_tw_sushe(g, L):
    p = g.person("zh_TW")
    L.f('[宿舍服務] 住宿生{{name}}反映冷氣故障（{{dorm}} {{r}}），聯絡電話 {{ph}}，已派修單 {{wo}}',
        name=P(p.full), dorm=D(g.c(["男一舍", "女二舍", "研三舍", "太子學舍"]), "building"), r=g.r.randint(101, 520),
        ph=PH(g.phone("zh_TW")), wo=D("WO-" + g.d(4), "ticket_id"))
    if g.p(0.5):
        L.f('；機車停車證登記車牌 {{pl}}', pl=LP(g.plate("tw")))


@tpl
def t_tw_library(g, L):
    p = g.person("zh_TW")
    t, au = g.c(TW_BOOKS)
    L.f('【圖書館】讀者{{name}}借閱《{{t}}》（{{au}} 著）已逾期 {{n}} 天，罰款 NT${{amt}}，通知已寄至 {{em}}',
        name=P(p.full), t=t, au=D(au, "public_figure"), n=g.r.randint(1, 60), amt=D(str(g.r.randint(5, 300)), "amount"),
        em=EM(g.email(p)))


@tpl
def t_tw_payment(g, L):
    p = g.person("zh_TW")
    L.f('學雜費繳費通知 | 學生 {{name}} | 金額 NT${{amt}} | 信用卡 {{card}} 有效期限 {{exp}} | 授權碼 {{auth}} | 收據 {{rc}}',
        name=P(p.full), amt=D(f"{g.r.randint(20000, 65000):,}", "amount"), card=CC(g.card(g.c(["visa", "mc", "jcb"]))),
        exp=g.exp(), auth=D(g.d(6), "auth_code"), rc=D("R" + g.d(9), "receipt_id"))


# --------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------

_FAKERS = None


def _get_fakers():
    global _FAKERS
    if _FAKERS is None:
        _FAKERS = {loc: Faker(loc) for loc in LOCALES}
    return _FAKERS


def _check(rec):
    text = rec["text"]
    assert "\n" not in text and "\r" not in text, text
    ivs = []
    for s, e, t in rec["spans"]:
        assert t in TYPES, t
        assert 0 <= s < e <= len(text), (s, e, text)
        v = text[s:e]
        assert v == v.strip(), repr(v)
        if t == "CN_RESIDENT_ID":
            assert len(v) == 18 and _cnid_check(v[:17]) == v[17], v
        elif t == "CREDIT_CARD":
            dg = re.sub(r"[ -]", "", v)
            assert dg.isdigit() and _luhn_ok(dg), v
        elif t == "IBAN_CODE":
            assert _iban_mod(v.replace(" ", "")) == 1, v
        ivs.append((s, e))
    for s, e, k in rec["decoys"]:
        assert k and k == k.lower() and k not in TYPES, k
        assert 0 <= s < e <= len(text), (s, e, text)
        assert text[s:e] == text[s:e].strip(), repr(text[s:e])
        ivs.append((s, e))
    ivs.sort()
    for (s1, e1), (s2, e2) in zip(ivs, ivs[1:]):
        assert e1 <= s2, ("overlap", text, s1, e1, s2, e2)


def blind_log45(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    fakers = _get_fakers()
    for i, loc in enumerate(LOCALES):
        fakers[loc].seed_instance(seed * 1009 + i)
    g = G(rng, fakers)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        ti = rng.randrange(nt)
        L = _Line()
        TEMPLATES[ti](g, L)
        rec = {"text": L.text(), "spans": L.spans, "decoys": L.decoys, "template": ti}
        _check(rec)
        out.append(rec)
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time

    t0 = time.time()
    recs = blind_log45(5000, int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    dt = time.time() - t0
    cnt = collections.Counter(t for r in recs for _, _, t in r["spans"])
    print(f"{len(TEMPLATES)} templates, 5000 lines in {dt:.2f}s")
    for k, v in sorted(cnt.items(), key=lambda x: -x[1]):
        print(f"  {k:16s} {v}")
    print("lines without spans:", sum(1 for r in recs if not r["spans"]))
