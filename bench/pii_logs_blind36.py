"""Blind benchmark data (set 36): log lines of an elder-care group.

Nursing homes and home-care visits, resident records and family contacts,
caregiver rosters and visit check-ins, medication rounds, fall and incident
reports, nurse-call and wearable alarms, billing and long-term-care insurance,
family portal messages.

    blind_log36(n, seed=0) -> list[dict]

Each line: {"text", "spans": [[s, e, TYPE]], "decoys": [[s, e, kind]], "template"}.
Written without looking at the redactor.  Standard library + Faker only.
"""
from __future__ import annotations

import base64
import datetime as _dt
import random
import re
import unicodedata

from faker import Faker

__all__ = ["blind_log36", "TEMPLATES", "TYPES"]

TYPES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE",
})

LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR",
           "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]

_FAKERS: dict | None = None


def _fakers() -> dict:
    global _FAKERS
    if _FAKERS is None:
        _FAKERS = {loc: Faker(loc) for loc in LOCALES}
    return _FAKERS


# --------------------------------------------------------------------------- rendering

_PH = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def P(v):
    return ("S", "PERSON", v)


def S(t, v):
    return ("S", t, v)


def D(k, v):
    return ("D", k, v)


def R(tpl: str, **kw):
    """Fill {name} placeholders.  A tuple value ("S", TYPE, v) plants a span,
    ("D", kind, v) a decoy; anything else is literal text.  Braces that are not
    {identifier} (JSON, dict reprs) stay as they are."""
    parts, spans, decoys = [], [], []
    pos = last = 0
    for m in _PH.finditer(tpl):
        key = m.group(1)
        if key not in kw:
            raise KeyError(f"placeholder {key!r} not given")
        lit = tpl[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        v = kw[key]
        if isinstance(v, tuple):
            tag, lab, val = v
            val = str(val)
            (spans if tag == "S" else decoys).append([pos, pos + len(val), lab, val])
        else:
            val = str(v)
        parts.append(val)
        pos += len(val)
        last = m.end()
    parts.append(tpl[last:])
    return "".join(parts), spans, decoys


# --------------------------------------------------------------------------- name data

_ZH_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
           "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang"]
_ZH_GIV = ["Wei", "Fang", "Xiuying", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Yong", "Yan",
           "Jie", "Tao", "Ming", "Chao", "Xiulan", "Xia", "Ping", "Gang", "Guiying", "Hui",
           "Jianguo", "Shufen", "Zhiming", "Meiling", "Haoran", "Yuxuan", "Zihan", "Guilan"]
_TW_SUR = ["Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu",
           "Cheng", "Hsieh", "Kuo", "Tseng", "Chou"]
_TW_GIV = ["Mei-ling", "Chih-ming", "Shu-fen", "Chun-hui", "Ya-ting", "Wen-hsiung", "Chia-hao",
           "Yi-chen", "Hsiu-ying", "Kuan-yu", "Pei-shan", "Tsung-han", "Li-hua", "Ming-te"]
_KO_SUR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]
_KO_GIV = ["Minjun", "Seoyeon", "Jiho", "Jiwoo", "Hyun-woo", "Soo-jin", "Young-hee", "Sung-min",
           "Eun-ji", "Dong-hyun", "Mi-kyung", "Jae-won", "Kyung-soo", "Hye-jin"]
_VI_GIV = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Hương", "Lan", "Linh", "Minh",
           "Nam", "Ngọc", "Phương", "Quân", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Khánh", "Long"]
_PH_GIV = ["Maria", "Jose", "Rowena", "Marites", "Jerome", "Analyn", "Rodel", "Liza", "Jocelyn",
           "Ramil", "Cherry", "Arnel", "Marivic", "Noel", "Rhea", "Jomar", "Lorna", "Danilo"]
_PH_SUR = ["Santos", "Reyes", "Cruz", "Bautista", "dela Cruz", "Mendoza", "Garcia", "Villanueva",
           "Ramos", "Aquino", "Castillo", "Manalo", "Pascual", "Dizon", "Soriano", "Macaraeg"]

_RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                   "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                   "yu", "ya"]))
_ASCII_FIX = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
              "æ": "ae", "œ": "oe", "İ": "I"}


def _translit_ru(s: str) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        t = _RU_TR.get(lo, lo)
        out.append(t.capitalize() if ch != lo else t)
    return "".join(out)


def _ascii(s: str) -> str:
    s = "".join(_ASCII_FIX.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalpha()).lower()


_CJK = {"zh_CN", "zh_TW", "ko_KR", "ja_JP"}


class Person:
    __slots__ = ("loc", "first", "last", "lfirst", "llast", "afirst", "alast", "jsep")

    def __init__(self, loc, first, last, lfirst, llast, jsep=" "):
        self.loc, self.first, self.last = loc, first, last
        self.lfirst, self.llast, self.jsep = lfirst, llast, jsep
        self.afirst = _ascii(lfirst) or "user"
        self.alast = _ascii(llast) or "x"

    @property
    def full(self) -> str:
        """Name in its own script and order."""
        if self.loc in ("zh_CN", "zh_TW", "ko_KR"):
            return self.last + self.first
        if self.loc == "ja_JP":
            return self.last + self.jsep + self.first
        if self.loc == "vi_VN":
            return self.last + " " + self.first
        return self.first + " " + self.last

    @property
    def latin(self) -> str:
        """Name as an English-language system would hold it."""
        if self.loc == "vi_VN":
            return self.last + " " + self.first
        return self.lfirst + " " + self.llast

    @property
    def given(self) -> str:
        """Given name alone, Latin script."""
        if self.loc == "vi_VN":
            return self.first.split()[-1]
        return self.lfirst


# --------------------------------------------------------------------------- value data

_US_AREAS = ["201", "212", "213", "305", "312", "404", "415", "503", "512", "602", "617", "646",
             "702", "713", "718", "773", "808", "917", "919", "972", "614", "857", "480"]
_CN_PRE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
           "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181",
           "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
_CN_REGIONS = ["110101", "110105", "110108", "310104", "310115", "310110", "440106", "440305",
               "320102", "320583", "330106", "330203", "510107", "420106", "210102", "370102",
               "610113", "500103", "120101", "350203", "430104", "410105", "230103", "340104"]
_CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青琼宁"
_PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
# common surnames, used where a surname stands alone before a title (王护士长, 李阿姨)
_ZH_COMMON_SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤"
_TW_COMMON_SUR = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴"
_MOBILE_LEAD = {"en_GB": "7", "zh_CN": "1", "tr_TR": "5", "de_DE": "1", "fr_FR": "67", "ja_JP": "789",
                "ko_KR": "1", "ru_RU": "9", "it_IT": "3", "nl_NL": "6", "pl_PL": "5678", "es_ES": "67",
                "zh_TW": "9", "pt_BR": "123456789", "en_US": "23456789", "en_IN": "6789", "vi_VN": "39783",
                "en_PH": "9"}
_CC = {"en_GB": "44", "zh_CN": "86", "tr_TR": "90", "de_DE": "49", "fr_FR": "33", "ja_JP": "81", "ko_KR": "82",
       "ru_RU": "7", "it_IT": "39", "nl_NL": "31", "pl_PL": "48", "es_ES": "34", "zh_TW": "886", "pt_BR": "55",
       "en_US": "1", "en_IN": "91", "vi_VN": "84", "en_PH": "63"}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_MAILDOM = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "icloud.com"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "en_PH": ["gmail.com", "yahoo.com.ph"],
    "zh_CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "es_ES": ["hotmail.es", "telefonica.net", "gmail.com", "yahoo.es"],
    "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com", "hotmail.com"],
    "ja_JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"],
    "ko_KR": ["naver.com", "daum.net", "gmail.com", "hanmail.net"],
    "ru_RU": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"],
    "it_IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl_PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "vi_VN": ["gmail.com", "yahoo.com.vn"],
}

ORG_EN = ["silverbirchcare.co.uk", "oakridge-care.com", "maplecourt-homes.org",
          "heatherfieldlodge.co.uk", "goldenyears-homecare.com", "stannes-carehomes.org.uk"]
ORG_ZH = ["yikang-care.cn", "fushou-yl.com", "songhe-care.com.cn", "kangyiyuan.cn"]
FAC_EN = ["Silverbirch House", "Oakridge Manor", "Maple Court", "Heatherfield Lodge",
          "St Anne's Care Home", "Rosewood Gardens", "Willow Bank", "Mary Seacole House"]
FAC_ZH = ["颐康苑护理院", "福寿康养中心", "松鹤养老院", "康乐园长者之家", "泰康之家·申园"]
FAC_TW = ["長青長照中心", "松柏園護理之家", "福田老人養護中心", "康寧居家長照機構"]
WINGS = ["Nightingale Wing", "Rose Unit", "Wing C", "Memory Care 2F", "Lavender Suite",
         "Beech Unit", "Garden Wing", "Florence Unit"]
ROLE_BOX = ["support", "noreply", "no-reply", "billing", "accounts", "care-team", "nightshift",
            "frontdesk", "reception", "admissions", "info", "family-portal", "incidents",
            "payroll", "rostering", "safeguarding"]
SVC = ["svc-backup", "root", "jenkins", "svc-rostering", "nursecall-gw", "carebot", "etl_runner",
       "svc_billing", "postgres", "www-data", "system", "cron", "deploy", "api-gateway",
       "sync-agent", "svc-mar-export", "hl7-bridge"]
PF_EN = ["Frank Sinatra", "Vera Lynn", "Elvis Presley", "Dolly Parton", "Bing Crosby", "Doris Day",
         "Nat King Cole", "Cliff Richard", "Johnny Cash", "Perry Como", "Dean Martin",
         "Shirley Bassey", "Tom Jones", "Taylor Swift", "Glenn Miller", "Patsy Cline", "Ella Fitzgerald"]
INSURERS = ["Genworth", "John Hancock LTC", "Mutual of Omaha", "Transamerica", "Bupa", "Aviva",
            "Legal & General", "MetLife", "Lincoln Financial", "Allianz Pflege", "AXA"]
VENDORS = ["Tunstall", "Philips Lifeline", "Legrand Care", "Vayyar Care", "Apple Watch", "Nobi",
           "CarePredict", "Chubb Community Care"]
DRUGS = ["Donepezil 10mg", "Metformin 500mg", "Amlodipine 5mg", "Paracetamol 1g", "Warfarin 3mg",
         "Furosemide 40mg", "Levothyroxine 50mcg", "Memantine 20mg", "Omeprazole 20mg",
         "Atorvastatin 20mg", "Sertraline 50mg", "Bisoprolol 2.5mg", "Lactulose 15ml"]
DRUGS_ZH = ["阿司匹林肠溶片 100mg", "硝苯地平缓释片 20mg", "二甲双胍片 0.5g", "多奈哌齐片 5mg",
            "阿托伐他汀钙片 20mg", "甲钴胺片 0.5mg", "苯磺酸氨氯地平片 5mg", "胰岛素 8U"]
REL_EN = ["son", "daughter", "husband", "wife", "niece", "nephew", "granddaughter", "grandson",
          "daughter-in-law", "brother", "sister"]
REL_ZH = ["儿子", "女儿", "老伴", "侄子", "孙女", "外孙", "儿媳", "女婿"]
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15"]

RES_EN = ["en_GB"] * 5 + ["en_US"] * 5 + ["en_IN", "it_IT", "pl_PL", "de_DE", "fr_FR", "es_ES",
                                          "nl_NL", "zh_CN", "ja_JP", "en_PH"]
STAFF_EN = ["en_GB", "en_GB", "en_US", "en_US", "en_IN", "en_IN", "en_PH", "en_PH", "pl_PL",
            "pt_BR", "es_ES", "tr_TR", "vi_VN", "ko_KR", "zh_CN", "ru_RU", "it_IT", "nl_NL",
            "fr_FR", "de_DE", "ja_JP"]
FAM_EN = RES_EN + ["en_GB", "en_US", "en_IN", "ko_KR", "zh_TW", "ru_RU", "pt_BR", "vi_VN", "tr_TR"]

_NAT = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "en_PH": "PH", "zh_CN": "CN", "zh_TW": "TW",
        "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP", "ko_KR": "KR",
        "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL", "tr_TR": "TR", "vi_VN": "VN"}


def _luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = ord(ch) - 48
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def _luhn_ok(num: str) -> bool:
    return _luhn_digit(num[:-1]) == num[-1]


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def _cnid_check(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(body17, w)) % 11]


# --------------------------------------------------------------------------- generator

class _G:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.f = _fakers()
        for fk in self.f.values():
            fk.seed_instance(seed)
        self.base = _dt.datetime(2023, 1, 1)

    # ---- small helpers
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def dg(self, n: int) -> str:
        return str(self.r.randrange(10 ** n)).zfill(n)

    def nz(self, n: int) -> str:  # n digits, no leading zero
        return str(self.r.randrange(10 ** (n - 1), 10 ** n))

    def letters(self, n: int, al: str = _PLATE_AL) -> str:
        return "".join(self.r.choice(al) for _ in range(n))

    def hexs(self, n: int, upper=False) -> str:
        s = f"{self.r.getrandbits(4 * n):0{n}x}"
        return s.upper() if upper else s

    def b64(self, n: int, al="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(self.r.choice(al) for _ in range(n))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.randrange(4)]}{h[17:20]}-{h[20:]}"

    # ---- time
    def when(self) -> _dt.datetime:
        return self.base + _dt.timedelta(seconds=self.r.randrange(900 * 86400))

    def ts(self, style=None, t=None) -> str:
        t = t or self.when()
        style = style or self.pick(["iso", "isoms", "std", "stdms"])
        if style == "iso":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "isoms":
            return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{self.r.randrange(1000):03d}" + self.pick(["+00:00", "+01:00", "+08:00", "Z"])
        if style == "std":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if style == "stdms":
            return t.strftime("%Y-%m-%d %H:%M:%S") + f",{self.r.randrange(1000):03d}"
        if style == "syslog":
            return f"{_MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"
        if style == "apache":
            return f"{t.day:02d}/{_MONTHS[t.month - 1]}/{t.year}:{t:%H:%M:%S} +0000"
        if style == "cn":
            return f"{t.year}年{t.month}月{t.day}日 {t:%H:%M}"
        if style == "us":
            return t.strftime("%m/%d/%Y %I:%M %p")
        if style == "eu":
            return t.strftime("%d.%m.%Y %H:%M")
        if style == "uk":
            return t.strftime("%d/%m/%Y %H:%M")
        raise ValueError(style)

    def tsd(self, style=None):
        return D("timestamp", self.ts(style))

    def date(self, style="iso") -> str:
        t = self.when()
        if style == "cn":
            return f"{t.year}年{t.month}月{t.day}日"
        return t.strftime({"iso": "%Y-%m-%d", "uk": "%d/%m/%Y", "us": "%m/%d/%Y", "de": "%d.%m.%Y",
                           "cn2": "%Y/%m/%d"}[style])

    def dd(self, style="iso"):
        return D("date", self.date(style))

    def hm(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    # ---- people
    def person(self, pool=None) -> Person:
        r = self.r
        loc = self.pick(pool or LOCALES)
        female = r.random() < 0.6
        if loc == "en_PH":
            f, l = self.pick(_PH_GIV), self.pick(_PH_SUR)
            return Person(loc, f, l, f, l)
        fk = self.f[loc]
        if loc == "vi_VN":
            first = fk.middle_name() + " " + self.pick(_VI_GIV)
            last = fk.last_name()
            return Person(loc, first, last, first, last)
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name_female() if female else fk.last_name_male()
        if loc == "zh_CN":
            return Person(loc, first, last, self.pick(_ZH_GIV), self.pick(_ZH_SUR))
        if loc == "zh_TW":
            return Person(loc, first, last, self.pick(_TW_GIV), self.pick(_TW_SUR))
        if loc == "ko_KR":
            return Person(loc, first, last, self.pick(_KO_GIV), self.pick(_KO_SUR))
        if loc == "ja_JP":
            return Person(loc, first, last, fk.first_romanized_name(), fk.last_romanized_name(),
                          jsep=self.pick([" ", "", "\u3000"]))
        if loc == "ru_RU":
            return Person(loc, first, last, _translit_ru(first), _translit_ru(last))
        return Person(loc, first, last, first, last)

    def sur_cn(self) -> str:
        return self.pick(_ZH_COMMON_SUR)

    def sur_tw(self) -> str:
        return self.pick(_TW_COMMON_SUR)

    def cn(self) -> Person:
        return self.person(["zh_CN"])

    def tw(self) -> Person:
        return self.person(["zh_TW"])

    def login(self, p: Person) -> str:
        a, b = p.afirst, p.alast
        st = self.r.randrange(8)
        if st == 0:
            return a[0] + b
        if st == 1:
            return f"{a}.{b}"
        if st == 2:
            return b + a[0]
        if st == 3:
            return f"{a[0]}{b}{self.r.randint(1, 99)}"
        if st == 4:
            return f"{a}_{b}"
        if st == 5:
            return b + a
        if st == 6:
            return f"{b}.{a}"
        return a + b[0] + str(self.r.randint(40, 99))

    def email(self, p: Person) -> str:
        a, b = p.afirst, p.alast
        dom = self.pick(_MAILDOM[p.loc])
        if dom in ("qq.com", "foxmail.com") and self.r.random() < 0.6:
            return f"{self.nz(self.r.randint(6, 10))}@{dom}"
        st = self.r.randrange(7)
        local = [f"{a}.{b}", f"{a}_{b}", a[0] + b, f"{b}{a[0]}{self.r.randint(1, 99)}",
                 f"{a}{b}{self.r.randint(1940, 1999)}", f"{a}.{b}{self.r.randint(1, 9)}",
                 f"{b}.{a}"][st]
        return f"{local}@{dom}"

    def staff_email(self, p: Person, dom=None) -> str:
        dom = dom or self.pick(ORG_EN)
        return self.pick([f"{p.afirst}.{p.alast}", p.afirst[0] + p.alast, f"{p.afirst}{p.alast[0]}"]) + "@" + dom

    def role_mail(self, dom=None) -> str:
        return self.pick(ROLE_BOX) + "@" + (dom or self.pick(ORG_EN))

    # ---- phones
    def phone(self, loc: str) -> str:
        r, d = self.r, self.dg
        if loc == "en_US":
            a, e, l_ = self.pick(_US_AREAS), str(r.randint(201, 989)), d(4)
            return self.pick([f"({a}) {e}-{l_}", f"{a}-{e}-{l_}", f"{a}.{e}.{l_}", f"+1 {a} {e} {l_}",
                              f"+1-{a}-{e}-{l_}", f"1{a}{e}{l_}", f"{a}{e}{l_}"])
        if loc == "en_GB":
            m = "7" + str(r.randint(400, 999))
            return self.pick([f"0{m} {d(6)}", f"+44 {m} {d(6)}", f"+44 (0){m} {d(3)} {d(3)}",
                              f"0{m}{d(6)}", f"020 {r.randint(7000, 8999)} {d(4)}",
                              f"0161 {r.randint(200, 999)} {d(4)}", f"0113 {r.randint(200, 999)} {d(4)}"])
        if loc == "en_IN":
            m, rest = str(r.choice([6, 7, 8, 9])) + d(4), d(5)
            return self.pick([f"+91 {m} {rest}", f"+91-{m}{rest}", f"0{m}{rest}", f"{m} {rest}",
                              f"{m}-{rest}", f"+91 {m}{rest}"])
        if loc == "en_PH":
            return self.pick([f"+63 9{d(2)} {d(3)} {d(4)}", f"09{d(2)}-{d(3)}-{d(4)}", f"09{d(9)}"])
        if loc == "zh_CN":
            pre, b = self.pick(_CN_PRE), d(8)
            return self.pick([pre + b, pre + b, f"{pre} {b[:4]} {b[4:]}", f"{pre}-{b[:4]}-{b[4:]}",
                              f"+86 {pre}{b}", f"+86-{pre}-{b[:4]}-{b[4:]}", f"+86 {pre} {b[:4]} {b[4:]}",
                              f"021-{r.choice('56')}{d(7)}", f"(010) {r.choice('68')}{d(7)}",
                              f"0755-{r.randint(2, 8)}{d(7)}"])
        if loc == "zh_TW":
            return self.pick([f"09{d(2)}-{d(3)}-{d(3)}", f"09{d(8)}", f"+886 9{d(2)} {d(3)} {d(3)}",
                              f"+886-9{d(8)}", f"(02) 2{d(3)}-{d(4)}", f"(04)2{d(3)}-{d(4)}"])
        if loc == "hk":
            return self.pick([f"+852 {r.choice('5679')}{d(3)} {d(4)}", f"{r.choice('5679')}{d(3)} {d(4)}",
                              f"+852-{r.choice('569')}{d(7)}"])
        if loc == "fr_FR":
            m = r.choice("67")
            pr = [d(2) for _ in range(4)]
            return self.pick([f"0{m} {' '.join(pr)}", f"+33 {m} {' '.join(pr)}", f"0{m}.{'.'.join(pr)}",
                              f"0{m}{''.join(pr)}", f"+33 (0){m} {' '.join(pr)}", f"01 {' '.join(pr)}",
                              f"04 {' '.join(pr)}"])
        if loc == "de_DE":
            m = self.pick(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175",
                           "176", "177", "178", "179"])
            n = d(r.choice([7, 8]))
            return self.pick([f"0{m} {n}", f"+49 {m} {n}", f"0{m}/{n}", f"+49 (0){m} {n}",
                              f"030 {r.randint(2, 9)}{d(7)}", f"089 {r.randint(2, 9)}{d(6)}",
                              f"+49 40 {r.randint(2, 9)}{d(6)}", f"0221 {r.randint(2, 9)}{d(5)}"])
        if loc == "es_ES":
            m = r.choice("67") + d(2)
            return self.pick([f"{m} {d(2)} {d(2)} {d(2)}", f"{m} {d(3)} {d(3)}", f"+34 {m} {d(3)} {d(3)}",
                              f"+34{m}{d(6)}", f"91 {d(3)} {d(2)} {d(2)}", f"93 {d(3)} {d(2)} {d(2)}"])
        if loc == "pt_BR":
            ddd = self.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27"])
            return self.pick([f"({ddd}) 9{d(4)}-{d(4)}", f"+55 {ddd} 9{d(4)}-{d(4)}",
                              f"+55 ({ddd}) 9{d(8)}", f"{ddd} 9{d(4)}-{d(4)}", f"({ddd}) 3{d(3)}-{d(4)}"])
        if loc == "ja_JP":
            m = self.pick(["090", "080", "070"])
            return self.pick([f"{m}-{d(4)}-{d(4)}", f"+81 {m[1:]}-{d(4)}-{d(4)}", f"{m}{d(8)}",
                              f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}", f"045-{d(3)}-{d(4)}"])
        if loc == "ko_KR":
            return self.pick([f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"010 {d(4)} {d(4)}",
                              f"010{d(8)}", f"02-{d(3)}-{d(4)}", f"031-{d(3)}-{d(4)}"])
        if loc == "ru_RU":
            m = "9" + d(2)
            return self.pick([f"+7 {m} {d(3)}-{d(2)}-{d(2)}", f"8 ({m}) {d(3)}-{d(2)}-{d(2)}",
                              f"+7{m}{d(7)}", f"8-{m}-{d(3)}-{d(2)}-{d(2)}",
                              f"+7 (495) {d(3)}-{d(2)}-{d(2)}", f"8 (812) {d(3)}-{d(2)}-{d(2)}"])
        if loc == "it_IT":
            m = "3" + self.pick(["20", "28", "33", "35", "38", "39", "40", "47", "49"])
            return self.pick([f"+39 {m} {d(3)} {d(4)}", f"{m} {d(7)}", f"{m}-{d(7)}", f"+39{m}{d(7)}",
                              f"06 {d(4)} {d(4)}", f"02 {d(8)}"])
        if loc == "nl_NL":
            return self.pick([f"06-{d(8)}", f"06 {d(8)}", f"+31 6 {d(8)}",
                              f"+31 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}", f"020-{r.randint(2, 9)}{d(2)} {d(4)}",
                              f"010 {r.randint(2, 9)}{d(2)} {d(4)}"])
        if loc == "pl_PL":
            m = r.choice("5678") + d(2)
            return self.pick([f"+48 {m} {d(3)} {d(3)}", f"{m}-{d(3)}-{d(3)}", f"{m} {d(3)} {d(3)}",
                              f"+48{m}{d(6)}", f"22 {d(3)} {d(2)} {d(2)}", f"+48 12 {d(3)} {d(2)} {d(2)}"])
        if loc == "tr_TR":
            m = "5" + self.pick(["30", "32", "33", "35", "38", "42", "44", "05", "06", "52", "55"])
            return self.pick([f"0 {m} {d(3)} {d(2)} {d(2)}", f"0{m} {d(3)} {d(2)} {d(2)}",
                              f"+90 {m} {d(3)} {d(2)} {d(2)}", f"+90{m}{d(7)}", f"0212 {d(3)} {d(2)} {d(2)}"])
        if loc == "vi_VN":
            m = self.pick(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "38",
                           "70", "77", "86", "88"])
            return self.pick([f"0{m} {d(3)} {d(4)}", f"0{m}{d(7)}", f"+84 {m} {d(3)} {d(4)}",
                              f"+84{m}{d(7)}", f"0{m}.{d(3)}.{d(4)}"])
        raise ValueError(loc)

    def mobile(self, loc: str) -> str:
        """A phone number of loc that is a mobile one (for SMS)."""
        for _ in range(30):
            p = self.phone(loc)
            if loc == "pt_BR":
                if "9" == p.replace("(", "").replace(")", "").split()[-1][0]:
                    return p
                continue
            nat = "".join(c for c in p if c.isdigit())
            if p.startswith("+"):
                nat = nat[len(_CC[loc]):]
            elif loc == "en_US" and len(nat) == 11:
                nat = nat[1:]
            elif loc == "ru_RU" and nat.startswith("8"):
                nat = nat[1:]
            nat = nat.lstrip("0") if loc not in ("en_US",) else nat
            if loc == "en_US" or nat[:1] in _MOBILE_LEAD[loc]:
                if loc == "ru_RU" and not nat.startswith("9"):
                    continue
                return p
        raise RuntimeError(loc)

    def e164(self, loc: str) -> str:
        d = self.dg
        cc = {"en_US": "1" + self.pick(_US_AREAS) + str(self.r.randint(201, 989)) + d(4),
              "en_GB": "447" + str(self.r.randint(400, 999)) + d(6),
              "en_IN": "91" + str(self.r.choice([6, 7, 8, 9])) + d(9),
              "de_DE": "49" + self.pick(["151", "160", "176"]) + d(8),
              "pl_PL": "48" + self.r.choice("5678") + d(8),
              "en_PH": "639" + d(9)}
        return "+" + cc[loc if loc in cc else "en_GB"]

    def masked_phone(self, loc: str) -> str:
        p = self.phone(loc)
        idx = [i for i, c in enumerate(p) if c.isdigit()]
        keep_tail = self.r.choice([4, 4, 3])
        hide = set(idx[3:len(idx) - keep_tail])
        return "".join("*" if i in hide else c for i, c in enumerate(p))

    def hotline(self, region="en") -> str:
        d = self.dg
        if region == "zh":
            return self.pick([f"400-{d(3)}-{d(4)}", f"400{d(7)}", f"95{d(3)}"])
        if region == "tw":
            return f"0800-{d(3)}-{d(3)}"
        return self.pick([f"0800 {d(3)} {d(4)}", f"0330 {d(3)} {d(4)}", f"1-800-{d(3)}-{d(4)}",
                          f"+44 1632 {d(6)}"])

    # ---- network
    def client_ip(self) -> str:
        r = self.r
        if r.random() < 0.12:
            pre = self.pick(["2a02", "2a01", "2600", "2409", "240e", "2a00", "2001:ee0"])
            n = 8 - pre.count(":") - 1
            return pre + ":" + ":".join(f"{r.getrandbits(16):x}" for _ in range(n))
        while True:
            a = r.randint(1, 223)
            if a not in (10, 100, 127, 169, 172, 192, 198, 203, 0):
                return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def server_ip(self) -> str:
        r = self.r
        return self.pick([f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"])

    def host(self) -> str:
        return self.pick(["nc-gw01", "nc-gw02", "care-app-03", "portal-web-02", "billing-01",
                          "mar-svc-1", "roster-02", "hl7-bridge", "alarm-hub-1", "edge-fw01"]) + \
            self.pick(["", "", ".oakridge.local", ".prod.internal", ".eu-west-2.compute.internal"])

    def mac(self) -> str:
        h = self.hexs(12, upper=self.r.random() < 0.5)
        return ":".join(h[i:i + 2] for i in range(0, 12, 2))

    # ---- numbers that are personal
    def card(self, kind=None) -> str:
        r, d = self.r, self.dg
        kind = kind or self.pick(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover", "jcb"])
        n = 16
        if kind == "visa":
            pre = "4" + d(5)
        elif kind == "mc":
            pre = "5" + str(r.randint(1, 5)) + d(4)
        elif kind == "mc2":
            pre = str(r.randint(2221, 2720)) + d(2)
        elif kind == "amex":
            pre, n = r.choice(["34", "37"]) + d(4), 15
        elif kind == "discover":
            pre = "6011" + d(2)
        elif kind == "jcb":
            pre = "35" + str(r.randint(28, 89)) + d(2)
        else:  # unionpay
            pre = "62" + self.pick(["2202", "2848", "1700", "2588", "1483", "2700", "1226"])
            n = r.choice([16, 19])
        body = pre + d(n - 1 - len(pre))
        num = body + _luhn_digit(body)
        sep = self.pick([" ", " ", "-", ""])
        if n == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if n == 19 and sep and r.random() < 0.5:
            return sep.join([num[:6], num[6:]])
        return sep.join(num[i:i + 4] for i in range(0, n, 4))

    def masked_card(self) -> str:
        l4 = self.dg(4)
        return self.pick([f"****{l4}", f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}",
                          f"4{self.dg(5)}******{l4}", f"*{l4}", f"尾号{l4}"])

    def iban(self, cc=None, spaced=None) -> str:
        r, d = self.r, self.dg
        cc = cc or self.pick(["DE", "GB", "FR", "ES", "IT", "NL", "PL", "IE", "PT", "BE"])
        if cc == "DE":
            bban = d(18)
        elif cc == "GB":
            bban = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(14)
        elif cc == "IE":
            bban = self.pick(["AIBK", "BOFI", "IPBS"]) + d(14)
        elif cc == "FR":
            bban = d(23)
        elif cc == "ES":
            bban = d(20)
        elif cc == "IT":
            bban = self.letters(1) + d(22)
        elif cc == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + d(10)
        elif cc == "PL":
            bban = d(24)
        elif cc == "PT":
            bban = d(21)
        elif cc == "BE":
            bban = d(12)
        elif cc == "TR":
            bban = d(5) + "0" + d(16)
        else:
            raise ValueError(cc)
        ib = cc + _iban_check(cc, bban) + bban
        if spaced is None:
            spaced = r.random() < 0.55
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib

    def ssn(self) -> str:
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return s if r.random() < 0.8 else s.replace("-", self.pick(["", " "]))

    def cnid(self, y0=1928, y1=1958) -> str:
        r = self.r
        b = _dt.date(r.randint(y0, y1), 1, 1) + _dt.timedelta(days=r.randrange(365))
        body = self.pick(_CN_REGIONS) + b.strftime("%Y%m%d") + self.dg(3)
        return body + _cnid_check(body)

    def passport(self, cc: str) -> str:
        r, d, L = self.r, self.dg, self.letters
        if cc == "CN":
            return self.pick(["E" + d(8), "E" + L(1) + d(7), "G" + d(8)])
        if cc == "US":
            return self.pick([r.choice("5") + d(8), L(1) + d(8)])
        if cc in ("GB", "TW"):
            return self.nz(9)
        if cc == "DE":
            return self.pick("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if cc == "FR":
            return d(2) + L(2) + d(5)
        if cc == "JP":
            return self.pick(["TK", "TR", "TZ", "MZ", "RZ"]) + d(7)
        if cc == "KR":
            return self.pick(["M" + d(8), "M" + d(3) + L(1) + d(4)])
        if cc == "IN":
            return L(1) + d(7)
        if cc == "RU":
            return self.pick([f"7{r.randint(0, 9)} {d(7)}", f"7{r.randint(0, 9)}{d(7)}"])
        if cc in ("IT", "PL"):
            return L(2) + d(7)
        if cc == "ES":
            return L(3) + d(6)
        if cc == "BR":
            return L(2) + d(6)
        if cc == "NL":
            return L(2) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + d(1)
        if cc == "PH":
            return "P" + d(7) + L(1)
        if cc == "TR":
            return "U" + d(8)
        if cc == "VN":
            return self.pick("BC") + d(7)
        raise ValueError(cc)

    def plate(self, cc: str) -> str:
        r, d, L = self.r, self.dg, self.letters
        if cc == "CN":
            prov, city = self.pick(_CN_PROV), self.pick("ABCDEFGHJK")
            if r.random() < 0.25:
                body = self.pick("DF") + d(5)
            else:
                body = list(d(5))
                for i in r.sample(range(5), r.randint(0, 2)):
                    body[i] = self.pick(_PLATE_AL)
                body = "".join(body)
            return prov + city + self.pick(["", "·", " "]) + body
        if cc == "GB":
            age = self.pick([f"{x:02d}" for x in list(range(51, 75)) + list(range(2, 25))])
            al = "ABCDEFGHJKLMNOPRSTUVWXY"
            return L(2, al) + age + self.pick([" ", ""]) + L(3, al)
        if cc == "US":
            return self.pick([f"{r.randint(4, 9)}{L(3)}{d(3)}", f"{L(3)}-{d(4)}", f"{L(3)} {d(4)}",
                              f"{d(3)} {L(3)}"])
        if cc == "DE":
            city = self.pick(["B", "M", "HH", "K", "F", "S", "D", "HB", "DO", "E", "KA", "MZ", "WI", "L", "DD"])
            return f"{city}{self.pick(['-', ' '])}{L(r.randint(1, 2))} {r.randint(1, 9999)}"
        if cc == "FR":
            return f"{L(2)}-{d(3)}-{L(2)}"
        if cc == "ES":
            return f"{d(4)} {L(3, 'BCDFGHJKLMNPRSTVWXYZ')}"
        if cc == "IT":
            return f"{L(2)}{self.pick([' ', ''])}{d(3)}{self.pick([' ', ''])}{L(2)}"
        if cc == "NL":
            return self.pick([f"{d(2)}-{L(3)}-{r.randint(1, 9)}", f"{L(2)}-{d(3)}-{L(1)}",
                              f"{r.randint(1, 9)}-{L(3)}-{d(2)}"])
        if cc == "PL":
            return f"{self.pick(['WA', 'WE', 'KR', 'PO', 'GD', 'WR', 'LU'])} {self.pick([d(5), d(4) + L(1)])}"
        if cc == "TW":
            return self.pick([f"{L(3)}-{d(4)}", f"{d(4)}-{L(2)}"])
        if cc == "BR":
            return self.pick([f"{L(3)}{r.randint(0, 9)}{L(1)}{d(2)}", f"{L(3)}-{d(4)}"])
        raise ValueError(cc)

    # ---- secrets
    def password(self, url_safe=False) -> str:
        p = self._password()
        if url_safe:
            p = "".join(c for c in p if c not in "?#%+&/:@") or "Winter2024"
        return p

    def _password(self) -> str:
        r = self.r
        st = r.randrange(6)
        if st == 0:
            w = self.pick(["Rosewood", "Summer", "Welcome", "Sunshine", "Oakridge", "Carer", "Monkey", "Liverpool", "Winter"])
            return w + str(r.randint(1, 2025)) + self.pick(["!", "#", "$", "", "*"])
        if st == 1:
            return self.b64(r.randint(10, 16), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*-_.+?")
        if st == 2:
            return self.pick(["Pa55w0rd!", "P@ssw0rd2024", "Qwerty!234", "Nurse#2023", "Letmein99",
                              "Tr0ub4dor&3", "Ch4ngeMe!"]) + self.dg(r.randint(0, 2))
        if st == 3:
            return self.pick(["abc", "wang", "zhang", "li", "qq", "aa"]) + self.dg(r.randint(6, 8))
        if st == 4:
            return self.b64(8, "abcdefghijkmnopqrstuvwxyz") + self.dg(2) + self.pick("!#$%")
        return self.b64(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    def api_key(self) -> str:
        st = self.r.randrange(6)
        if st == 0:
            return "sk_live_" + self.b64(24)
        if st == 1:
            return "AIza" + self.b64(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        if st == 2:
            return "ghp_" + self.b64(36)
        if st == 3:
            return f"xoxb-{self.nz(12)}-{self.nz(13)}-{self.b64(24)}"
        if st == 4:
            return "SG." + self.b64(22) + "." + self.b64(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        return self.hexs(32)

    def jwt(self) -> str:
        payload = ('{"sub":"%s","role":"%s","exp":%d}' % (
            self.uuid(), self.pick(["carer", "family", "nurse", "coordinator"]), 1700000000 + self.r.randrange(10 ** 8)))
        p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + p + "." + \
            self.b64(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

    # ---- decoy values
    def imei(self) -> str:
        body = self.pick(["35", "86", "01", "49"]) + self.dg(12)
        return body + _luhn_digit(body)

    def iccid(self) -> str:
        body = self.pick(["8986", "8944", "8901", "8949"]) + self.dg(15)
        return body + _luhn_digit(body)

    def room(self) -> str:
        r = self.r
        return self.pick([f"{r.randint(1, 4)}{r.randint(0, 3)}{r.randint(1, 9)}", f"{self.pick('ABCDE')}{r.randint(1, 40)}",
                          f"{self.pick('ABCD')}-{r.randint(101, 330)}", f"{r.randint(1, 3)}.{r.randint(1, 30):02d}"])

    def bed_cn(self) -> str:
        r = self.r
        return self.pick([f"{r.randint(1, 9)}-{r.randint(1, 30):02d}", f"{r.randint(1, 6)}号楼{r.randint(1, 6)}{r.randint(1, 20):02d}-{r.randint(1, 3)}床",
                          f"{r.randint(2, 12)}{r.randint(1, 30):02d}房{r.randint(1, 3)}床", f"A{r.randint(101, 630)}"])

    def rid(self) -> str:
        return self.pick([f"R-{self.dg(5)}", f"RES{self.dg(6)}", f"res_{self.hexs(8)}", f"{self.r.randint(1000, 99999)}"])

    def inv(self) -> str:
        t = self.when()
        return self.pick([f"INV-{t.year}-{t.month:02d}-{self.dg(5)}", f"INV{self.dg(8)}", f"{t.year}{self.dg(6)}"])

    def vid(self) -> str:
        return self.pick([f"V-{self.dg(6)}", f"VIS{self.dg(8)}", f"visit_{self.hexs(10)}"])

    def device(self) -> str:
        return self.pick([f"WB-{self.hexs(6, True)}", f"NC{self.dg(4)}", f"PND-{self.dg(3)}-{self.hexs(4, True)}",
                          f"SW{self.dg(10)}"])

    def amount(self, cur=None) -> str:
        r = self.r
        v = r.randint(20, 9000) + r.randrange(100) / 100
        cur = cur or self.pick(["$", "£", "€"])
        if cur == "$":
            return f"${v:,.2f}"
        if cur == "£":
            return f"£{v:,.2f}"
        if cur == "€":
            s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return self.pick([f"€{v:.2f}", f"{s} €", f"EUR {v:.2f}", f"{s} EUR"])
        if cur == "¥":
            return self.pick([f"¥{v:,.2f}", f"{v:.2f}元", f"￥{v:.2f}"])
        if cur == "NT$":
            return f"NT${r.randint(500, 60000):,}"
        if cur == "R$":
            s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return f"R$ {s}"
        if cur == "zł":
            s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
            return f"{s} zł"
        if cur == "₺":
            s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return f"₺{s}"
        raise ValueError(cur)

    def version(self) -> str:
        r = self.r
        return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}"

    def company(self) -> str:
        return self.f["en_US"].company() if self.r.random() < 0.4 else self.pick(INSURERS + VENDORS)


# --------------------------------------------------------------------------- templates

TEMPLATES: list = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


# ======================= English ============================================ #

@T  # nurse-call syslog
def _t_nursecall(g):
    res, st = g.person(RES_EN), g.person(STAFF_EN)
    return R('{ts} {host} nursecall[{pid}]: CALL room={room} bed={bed} resident="{res}" priority={prio} '
             'answered_by={user} after {secs}s',
             ts=g.tsd("syslog"), host=D("hostname", g.host()), pid=g.r.randint(200, 32000),
             room=D("room", g.room()), bed=g.pick("ABCD"), res=P(res.latin),
             prio=g.pick(["LOW", "NORMAL", "HIGH", "EMERGENCY"]), user=P(g.login(st)), secs=g.r.randint(8, 420))


@T  # wearable fall, camelCase JSON
def _t_fall_json(g):
    res, fam = g.person(RES_EN), g.person(FAM_EN)
    return R('{"eventType":"FALL_DETECTED","deviceId":"{dev}","imei":"{imei}","residentName":"{res}",'
             '"zone":"{zone}","confidence":0.{conf},"familyContactPhone":"{ph}","ts":"{ts}"}',
             dev=D("device_id", g.device()), imei=D("imei", g.imei()), res=P(res.latin),
             zone=D("location", g.pick(WINGS)), conf=g.r.randint(60, 99),
             ph=S("PHONE_NUMBER", g.phone(fam.loc)), ts=g.tsd("iso"))


@T  # home-care visit check-in, key=value
def _t_checkin_kv(g):
    cg, cl = g.person(STAFF_EN), g.person(RES_EN)
    return R('{ts} INFO visit.checkin visit_id={vid} caregiver={cg} client="{cl}" method={m} src_ip={ip} '
             'via={gw} app_version={ver}',
             ts=g.tsd(), vid=D("visit_id", g.vid()), cg=P(g.login(cg)), cl=P(cl.latin),
             m=g.pick(["nfc_tag", "qr", "gps", "ivr"]), ip=S("IP_ADDRESS", g.client_ip()),
             gw=D("server_ip", g.server_ip()), ver=D("version", g.version()))


@T  # family portal access log
def _t_portal_access(g):
    fam = g.person(FAM_EN)
    user = S("EMAIL_ADDRESS", g.email(fam)) if g.r.random() < 0.4 else P(g.login(fam))
    return R('{ip} - {user} [{ts}] "GET /portal/residents/{rid}/{page} HTTP/1.1" {code} {size} '
             '"https://family.{dom}/home" "{ua}"',
             ip=S("IP_ADDRESS", g.client_ip()), user=user, ts=g.tsd("apache"),
             rid=D("resident_id", g.r.randint(1000, 99999)),
             page=g.pick(["photos?page=2", "care-notes", "invoices", "visits/upcoming", "messages"]),
             code=g.pick(["200", "200", "304", "403"]), size=g.r.randint(300, 90000),
             dom=g.pick(ORG_EN), ua=g.pick(UAS))


@T  # MAR (medication administration record) CSV
def _t_mar_csv(g):
    res, nurse = g.person(RES_EN), g.person(STAFF_EN)
    return R('{date},{time},{room},"{res}",{drug},{status},{title} {nurse},{wit}',
             date=g.dd("iso"), time=g.pick(["08:00", "12:00", "17:00", "22:00"]), room=D("room", g.room()),
             res=P(f"{res.llast}, {res.lfirst}"), drug=g.pick(DRUGS),
             status=g.pick(["given", "refused", "withheld", "given", "asleep"]),
             title=g.pick(["RN", "SN", "CA"]), nurse=P(nurse.latin),
             wit=g.pick(["witness:none", "double-signed", "PRN"]))


@T  # card charge
def _t_card_charge(g):
    payer = g.person(FAM_EN)
    return R('{ts} billing-svc INFO charge ok invoice={inv} resident_id={rid} payer="{payer}" amount={amt} '
             'card={card} auth_code={auth}',
             ts=g.tsd(), inv=D("invoice", g.inv()), rid=D("resident_id", g.rid()), payer=P(payer.latin),
             amt=D("amount", g.amount()), card=S("CREDIT_CARD", g.card()), auth=D("auth_code", g.hexs(6, True)))


@T  # refund, masked card only
def _t_refund_masked(g):
    return R('{ts} billing-svc INFO refund issued invoice={inv} card={card} amount={amt} reason={why} operator={svc}',
             ts=g.tsd(), inv=D("invoice", g.inv()), card=D("masked", g.masked_card()), amt=D("amount", g.amount()),
             why=g.pick(["overpayment", "respite_cancelled", "deceased_prorata", "duplicate"]),
             svc=D("service_account", g.pick(SVC)))


@T  # SEPA mandate
def _t_sepa(g):
    deb = g.person(["de_DE", "de_DE", "nl_NL", "fr_FR", "it_IT", "es_ES", "en_GB"])
    cc = {"de_DE": "DE", "nl_NL": "NL", "fr_FR": "FR", "it_IT": "IT", "es_ES": "ES", "en_GB": "IE"}[deb.loc]
    return R('{ts} sepa-gw mandate.created ref={mref} debtor_name="{name}" debtor_iban={iban} creditor_id={cid} '
             'first_collection={date} amount={amt}',
             ts=g.tsd("isoms"), mref=D("mandate_ref", f"MND-{g.dg(4)}-{g.hexs(6, True)}"), name=P(deb.full),
             iban=S("IBAN_CODE", g.iban(cc, spaced=False)), cid=D("creditor_id", f"DE{g.dg(2)}ZZZ{g.dg(11)}"),
             date=g.dd("iso"), amt=D("amount", g.amount("€")))


@T  # LTC insurance claim with SSN
def _t_ltc_claim(g):
    ins = g.person(["en_US"])
    return R('{ts} claims-api POST /v2/ltc/claims 201 policy={pol} insured="{name}" ssn={ssn} carrier="{carrier}" '
             'benefit_days={n} amount={amt}',
             ts=g.tsd(), pol=D("policy_id", f"LTC-{g.dg(9)}"), name=P(ins.full), ssn=S("US_SSN", g.ssn()),
             carrier=D("company", g.pick(INSURERS)), n=g.r.randint(1, 90), amt=D("amount", g.amount("$")))


@T  # family portal message body
def _t_portal_msg(g):
    fam, res = g.person(FAM_EN), g.person(RES_EN)
    body = g.pick([
        'Mum seemed confused on the phone yesterday, can someone call me on {ph}? Thanks, {sign}',
        'Hi, is Dad still on the antibiotics? My new mobile is {ph}. {sign}',
        'Could the night staff check {res_first} has her hearing aid in? Ring {ph} if any issues - {sign}',
        'Please tell {res_first} I will visit Sunday at 2. If plans change text me: {ph}. Love, {sign}',
    ])
    return R('[portal-msg {mid}] from {name} <{email}> re resident {rid}: "' + body + '"',
             mid=D("message_id", g.dg(7)), name=P(fam.latin), email=S("EMAIL_ADDRESS", g.email(fam)),
             rid=D("resident_id", g.rid()), ph=S("PHONE_NUMBER", g.phone(fam.loc)), sign=P(fam.given),
             res_first=P(res.given))


@T  # e-mail header, statement
def _t_mail_header(g):
    fam, res = g.person(FAM_EN), g.person(RES_EN)
    dom = g.pick(ORG_EN)
    return R('From: {frm} | To: "{name}" <{email}> | Subject: Your {month} statement for {res} | '
             'Message-ID: <{msgid}@{dom}>',
             frm=D("role_mailbox", g.role_mail(dom)), name=P(fam.latin), email=S("EMAIL_ADDRESS", g.email(fam)),
             month=g.pick(["January", "March", "June", "October", "December"]), res=P(res.latin),
             msgid=D("message_id", g.hexs(16)), dom=dom)


@T  # SMS gateway reminder
def _t_sms_out(g):
    cl, cg = g.person(RES_EN), g.person(STAFF_EN)
    h = g.r.randint(7, 17)
    return R('sms.out to={ph} tpl=VISIT_REMINDER body="Hi {cfirst}, {cgfirst} from {fac} will arrive between '
             '{h1}:00 and {h2}:00. Reply STOP to opt out." provider={prov} sid={sid} status=queued',
             ph=S("PHONE_NUMBER", g.mobile(cl.loc if cl.loc in ("en_GB", "en_US") else "en_GB")),
             cfirst=P(cl.given), cgfirst=P(cg.given), fac=D("facility", g.pick(FAC_EN)), h1=h, h2=h + 1,
             prov=D("company", g.pick(["Twilio", "Vonage", "MessageBird", "Textlocal"])),
             sid=D("message_id", "SM" + g.hexs(32)))


@T  # shift roster CSV
def _t_roster_csv(g):
    st = g.person(STAFF_EN)
    return R('{date},{shift},{wing},"{name}",{role},{ph},{status}',
             date=g.dd(g.pick(["iso", "uk"])), shift=g.pick(["Early", "Late", "Night", "Long Day"]),
             wing=D("location", g.pick(WINGS)), name=P(st.latin),
             role=g.pick(["RN", "HCA", "Senior Carer", "Agency HCA", "Nurse Associate"]),
             ph=S("PHONE_NUMBER", g.phone(g.pick(["en_GB", "en_GB", st.loc]))),
             status=g.pick(["confirmed", "swap_requested", "sick", "confirmed"]))


@T  # roster published - no personal data
def _t_roster_publish(g):
    return R('{ts} INFO roster.publish week={wk} site="{fac}" shifts={n} unfilled={m} agency_requests={k} '
             'published_by={svc}',
             ts=g.tsd(), wk=D("week", f"{g.r.randint(2023, 2025)}-W{g.r.randint(1, 52):02d}"),
             fac=D("facility", g.pick(FAC_EN)), n=g.r.randint(80, 400), m=g.r.randint(0, 20),
             k=g.r.randint(0, 9), svc=D("service_account", g.pick(SVC)))


@T  # Java exception carrying resident data
def _t_java_merge(g):
    res, fam = g.person(RES_EN), g.person(FAM_EN)
    return R("{ts} ERROR [resident-sync] c.o.care.resident.MergeService - java.lang.IllegalStateException: "
             "duplicate resident record name='{name}' nok_phone='{ph}' ids=[{id1},{id2}] "
             "at com.oakridge.care.resident.MergeService.merge(MergeService.java:{ln})",
             ts=g.tsd("stdms"), name=P(res.latin), ph=S("PHONE_NUMBER", g.phone(fam.loc)),
             id1=D("resident_id", g.rid()), id2=D("resident_id", g.rid()), ln=g.r.randint(40, 700))


@T  # DSN with password in an exception
def _t_dsn(g):
    return R('{ts} CRITICAL billing-worker: psycopg2.OperationalError: could not connect with dsn '
             '"postgresql://{user}:{pw}@{host}:5432/{db}": timeout expired',
             ts=g.tsd("stdms"), user=D("service_account", g.pick(["billing_app", "care_ro", "ltc_etl", "postgres"])),
             pw=S("CREDENTIAL", g.password(url_safe=True)), host=D("server_ip", g.server_ip()),
             db=g.pick(["ltc_billing", "residents", "mar", "roster"]))


@T  # config dump with API key
def _t_config_key(g):
    return R('{ts} DEBUG config loaded env=prod PHARMACY_API_URL=https://api.{vendor}.com/v3 '
             'PHARMACY_API_KEY={key} SMS_FROM={hot} LOG_LEVEL=debug',
             ts=g.tsd(), vendor=g.pick(["pharmalink", "eMARconnect", "rxhub"]), key=S("CREDENTIAL", g.api_key()),
             hot=D("hotline", g.hotline()))


@T  # failed login
def _t_auth_fail(g):
    u = g.person(STAFF_EN + FAM_EN)
    return R('{ts} WARN auth: login failed user={user} src={ip} reason={why} attempts={n} node={host}',
             ts=g.tsd(), user=P(g.login(u)), ip=S("IP_ADDRESS", g.client_ip()),
             why=g.pick(["bad_password", "mfa_timeout", "account_locked", "expired_password"]),
             n=g.r.randint(1, 9), host=D("hostname", g.host()))


@T  # debug log leaking login payload
def _t_login_payload(g):
    u = g.person(STAFF_EN)
    return R('{ts} DEBUG LoginController: payload={"username":"{user}","password":"{pw}","rememberMe":true} client={ip}',
             ts=g.tsd(), user=P(g.login(u)), pw=S("CREDENTIAL", g.password()), ip=S("IP_ADDRESS", g.client_ip()))


@T  # mobile app access log with bearer token
def _t_bearer(g):
    return R('{ip} - - [{ts}] "POST /api/v1/checkins HTTP/2" 201 {b} "-" "CareApp/{ver} (Android 13)" '
             'auth="Bearer {jwt}" rt={ms}ms',
             ip=S("IP_ADDRESS", g.client_ip()), ts=g.tsd("apache"), b=g.r.randint(80, 900),
             ver=D("version", g.version()), jwt=S("CREDENTIAL", g.jwt()), ms=g.r.randint(12, 900))


@T  # wearable vendor webhook, snake_case JSON
def _t_vendor_webhook(g):
    res = g.person(RES_EN)
    return R('webhook.received source={vendor} payload={"alert_id":"{aid}","alert_type":"{atype}",'
             '"wearer":{"name":"{name}","phone":"{ph}"},"device":{"serial":"{ser}","iccid":"{iccid}",'
             '"battery_pct":{bat}},"received_at":"{ts}"}',
             vendor=D("company", g.pick(VENDORS)), aid=D("alert_id", g.uuid()),
             atype=g.pick(["SOS_PRESSED", "FALL", "NO_MOTION_12H", "LEFT_HOME_ZONE"]), name=P(res.latin),
             ph=S("PHONE_NUMBER", g.phone(res.loc if res.loc in ("en_GB", "en_US") else "en_GB")),
             ser=D("device_id", g.device()), iccid=D("iccid", g.iccid()), bat=g.r.randint(3, 100), ts=g.tsd("iso"))


@T  # geofence flag - no personal data
def _t_geofence(g):
    m = g.pick([100, 200, 300, 500])
    return R('{ts} WARN visit.checkout visit_id={vid} distance_from_client_m={d} rule=GEOFENCE_{m}M flagged=true '
             'reviewer_queue=coordinators',
             ts=g.tsd(), vid=D("visit_id", g.vid()), d=g.r.randint(m + 1, 5000), m=m)


@T  # GP visit note typed by staff
def _t_gp_note(g):
    nurse, dr, res, son = g.person(STAFF_EN), g.person(STAFF_EN), g.person(RES_EN), g.person(FAM_EN)
    return R("{date} note by {nurse}: Dr. {dr} reviewed {title} {rlast}'s BP meds, amlodipine reduced to 5mg. "
             "{rel} {son} updated on {ph}.",
             date=g.dd("uk"), nurse=P(nurse.latin), dr=P(dr.llast), title=g.pick(["Mrs", "Mr", "Ms", "Mrs."]),
             rlast=P(res.llast), rel=g.pick(["Son", "Daughter", "Niece", "Husband"]), son=P(son.given),
             ph=S("PHONE_NUMBER", g.phone(son.loc)))


@T  # audit trail, staff mailbox + client IP
def _t_audit(g):
    st = g.person(STAFF_EN)
    return R('AUDIT {ts} actor={actor} action={act} target=resident/{rid} fields=[{fields}] ip={ip} request_id={req}',
             ts=g.tsd("iso"), actor=S("EMAIL_ADDRESS", g.staff_email(st)),
             act=g.pick(["VIEW", "EXPORT", "UPDATE", "PRINT"]), rid=D("resident_id", g.r.randint(1000, 99999)),
             fields=g.pick(["medications,allergies", "dnacpr", "contacts", "care_plan,risk"]),
             ip=S("IP_ADDRESS", g.client_ip()), req=D("request_id", g.uuid()))


@T  # load balancer health - no personal data
def _t_haproxy(g):
    return R('{ts} {lbh} haproxy[{pid}]: backend portal_web/{host} UP check=L7OK {ms}ms lb={lb} dst={srv}:8443',
             ts=g.tsd("syslog"), lbh=D("hostname", "lb-0" + str(g.r.randint(1, 3))), pid=g.r.randint(300, 9000),
             host=D("hostname", g.host()), ms=g.r.randint(1, 80), lb=D("server_ip", g.server_ip()),
             srv=D("server_ip", g.server_ip()))


@T  # admission with passport
def _t_admission_passport(g):
    res = g.person(["de_DE", "fr_FR", "it_IT", "pl_PL", "es_ES", "en_IN", "en_US", "ja_JP", "ko_KR",
                    "nl_NL", "pt_BR", "tr_TR", "en_PH", "ru_RU", "vi_VN"])
    cc = _NAT[res.loc]
    return R('{ts} INFO admissions: new resident registered name="{name}" nationality={cc} passport_no={pp} '
             'room={room} funding={funding}',
             ts=g.tsd(), name=P(res.latin), cc=cc, pp=S("PASSPORT", g.passport(cc)), room=D("room", g.room()),
             funding=g.pick(["self_funded", "LA", "CHC", "private_insurance"]))


@T  # visitor gate log
def _t_gate(g):
    v, rec = g.person(FAM_EN), g.person(STAFF_EN)
    return R('{t} GATE-IN plate={plate} visitor="{name}" visiting=Rm {room} badge={badge} signed_in_by={rec}',
             t=g.hm(), plate=S("LICENSE_PLATE", g.plate(g.pick(["GB", "GB", "US"]))), name=P(v.latin),
             room=D("room", g.room()), badge=D("badge_id", f"V-{g.dg(4)}"), rec=P(rec.given))


@T  # ANPR camera
def _t_anpr(g):
    return R('{ts} anpr cam={cam} plate={plate} confidence=0.{c} list={lst} action={act}',
             ts=g.tsd(), cam=D("device_id", g.pick(["gate-north", "gate-south", "car-park-2"])),
             plate=S("LICENSE_PLATE", g.plate(g.pick(["GB", "US", "DE", "NL", "FR", "IT", "ES", "PL"]))),
             c=g.r.randint(70, 99), lst=g.pick(["visitors", "staff", "unknown"]),
             act=g.pick(["open_barrier", "log_only", "alert_reception"]))


@T  # activities with public figures
def _t_activities(g):
    co = g.person(STAFF_EN)
    a, b = g.r.sample(PF_EN, 2)
    return R('{date} activities: sing-along ({pf1} & {pf2}) in {lounge}, {n} residents attended, led by {name}',
             date=g.dd("uk"), pf1=D("public_figure", a), pf2=D("public_figure", b),
             lounge=D("location", g.pick(["Garden Lounge", "Nightingale Wing", "the Conservatory", "Rose Unit"])),
             n=g.r.randint(4, 30), name=P(co.latin))


@T  # firmware rollout - no personal data
def _t_firmware(g):
    return R('{ts} INFO device-mgr firmware rollout vendor="{vendor}" {v1} -> {v2} devices={n} failed={m} first_fail_mac={mac}',
             ts=g.tsd(), vendor=D("company", g.pick(VENDORS)), v1=D("version", g.version()),
             v2=D("version", g.version()), n=g.r.randint(10, 900), m=g.r.randint(0, 12), mac=D("mac", g.mac()))


@T  # pharmacy order - no personal data
def _t_rx_order(g):
    return R('{ts} rx.order id={rx} resident_ref={rid} drug="{drug}" qty={q} pharmacy="{ph}" eta={date} status=SENT',
             ts=g.tsd(), rx=D("order_id", f"RX-{g.dg(6)}"), rid=D("resident_id", g.rid()), drug=g.pick(DRUGS),
             q=g.pick([28, 56, 84, 30]), ph=D("company", g.pick(["Boots", "Lloyds Pharmacy", "CVS", "Walgreens", "Well Pharmacy"])),
             date=g.dd("iso"))


@T  # family contact, PascalCase JSON
def _t_contact_pascal(g):
    fam = g.person(FAM_EN)
    return R('{"ResidentId":"{rid}","ContactName":"{name}","Relationship":"{rel}","MobilePhone":"{ph}",'
             '"Email":"{email}","IsPowerOfAttorney":{poa},"UpdatedBy":"{svc}"}',
             rid=D("resident_id", g.rid()), name=P(fam.latin), rel=g.pick(REL_EN).title(),
             ph=S("PHONE_NUMBER", g.phone(fam.loc)), email=S("EMAIL_ADDRESS", g.email(fam)),
             poa=g.pick(["true", "false"]), svc=D("service_account", g.pick(SVC)))


@T  # dotted keys JSON
def _t_contact_dotted(g):
    res, fam = g.person(RES_EN), g.person(FAM_EN)
    return R('{"event":"contact.updated","resident.name":"{name}","contact.primary.phone":"{ph}",'
             '"contact.primary.email":"{email}","care.level":{lvl},"ts":"{ts}"}',
             name=P(res.latin), ph=S("PHONE_NUMBER", g.phone(fam.loc)), email=S("EMAIL_ADDRESS", g.email(fam)),
             lvl=g.r.randint(1, 5), ts=g.tsd("isoms"))


@T  # home visit notes with key safe code
def _t_keysafe_note(g):
    cl, son, cg = g.person(RES_EN), g.person(FAM_EN), g.person(STAFF_EN)
    return R("Visit notes {vid}: Arrived {t}. {title} {last}'s {rel} {son} let me in, key safe code is {pin}. "
             "Meds given, breakfast eaten. - {cg}",
             vid=D("visit_id", g.vid()), t=g.hm(), title=g.pick(["Mrs", "Mr", "Ms"]), last=P(cl.llast),
             rel=g.pick(["son", "daughter", "neighbour", "grandson"]), son=P(son.given),
             pin=S("CREDENTIAL", g.dg(4)), cg=P(cg.given))


@T  # key safe rotated - masked only
def _t_keysafe_rotated(g):
    return R('{ts} INFO keysafe.code_rotated client_ref={cref} old={o} new={n} rotated_by={svc} next_rotation={date}',
             ts=g.tsd(), cref=D("client_id", f"C{g.dg(6)}"), o=D("masked", "****"), n=D("masked", "****"),
             svc=D("service_account", g.pick(SVC)), date=g.dd("iso"))


@T  # returned direct debit with IBAN
def _t_dd_return(g):
    holder = g.person(["en_GB", "en_GB", "de_DE", "nl_NL", "fr_FR", "it_IT", "pl_PL", "es_ES"])
    cc = {"en_GB": g.pick(["GB", "IE"]), "de_DE": "DE", "nl_NL": "NL", "fr_FR": "FR", "it_IT": "IT",
          "pl_PL": "PL", "es_ES": "ES"}[holder.loc]
    return R('{ts} ERROR payments: direct debit returned reason={why} iban={iban} holder="{name}" amount={amt} invoice={inv}',
             ts=g.tsd(), why=g.pick(["ACCOUNT_CLOSED", "AC04", "MD06", "INSUFFICIENT_FUNDS"]),
             iban=S("IBAN_CODE", g.iban(cc)), name=P(holder.full), amt=D("amount", g.amount(g.pick(["£", "€"]))),
             inv=D("invoice", g.inv()))


@T  # webhook signing secret
def _t_whsec(g):
    return R('{ts} INFO integrations: webhook registered url=https://hooks.{dom}/care/{uuid} secret={sec} '
             'events=incident.created,visit.missed',
             ts=g.tsd(), dom=g.pick(ORG_EN), uuid=D("uuid", g.uuid()), sec=S("CREDENTIAL", "whsec_" + g.b64(32)))


@T  # medicaid check - masked SSN only
def _t_medicaid_masked(g):
    return R('{ts} eligibility: medicaid check member_id={mid} ssn={ssn} result={res} state={st} checked_by={svc}',
             ts=g.tsd(), mid=D("member_id", f"{g.letters(2)}{g.dg(8)}"), ssn=D("masked", f"***-**-{g.dg(4)}"),
             res=g.pick(["ELIGIBLE", "PENDING_DOCS", "INELIGIBLE"]), st=g.pick(["OH", "NY", "FL", "TX", "CA"]),
             svc=D("service_account", g.pick(SVC)))


@T  # wander / door-exit alarm
def _t_wander(g):
    res, cg = g.person(RES_EN), g.person(STAFF_EN)
    return R('{ts} ALARM door-exit sensor={sensor} tag={rfid} resident="{name}" wing={wing} escorted_back_by={cg} after {m}min',
             ts=g.tsd(), sensor=D("device_id", f"DOOR-{g.r.randint(1, 12)}"), rfid=D("device_id", f"RFID-{g.hexs(6, True)}"),
             name=P(res.latin), wing=D("location", g.pick(WINGS)), cg=P(g.login(cg)), m=g.r.randint(1, 25))


@T  # contacts CSV export
def _t_contacts_csv(g):
    res, fam = g.person(RES_EN), g.person(FAM_EN)
    return R('{rid},"{res}",{room},"{cname}",{rel},{ph},{email},{consent}',
             rid=D("resident_id", g.rid()), res=P(res.latin), room=D("room", g.room()), cname=P(fam.latin),
             rel=g.pick(REL_EN), ph=S("PHONE_NUMBER", g.phone(fam.loc)), email=S("EMAIL_ADDRESS", g.email(fam)),
             consent=g.pick(["Y", "N"]))


@T  # exported helpdesk ticket
def _t_ticket(g):
    fam, res = g.person(FAM_EN), g.person(RES_EN)
    return R('#{tk} | Opened: {date} | Requester: {email} | Subject: Portal login not working for my {rel}, {name} | '
             'Assignee: {queue} | Priority: Normal',
             tk=D("ticket_id", g.r.randint(10000, 99999)), date=g.dd("iso"), email=S("EMAIL_ADDRESS", g.email(fam)),
             rel=g.pick(["father", "mother", "aunt", "grandmother", "uncle"]), name=P(res.latin),
             queue=D("role_mailbox", g.role_mail()))


@T  # helpdesk temp password
def _t_temp_pw(g):
    agent, fam = g.person(STAFF_EN), g.person(FAM_EN)
    return R('Ticket {tk} ({agent}): reset family portal account for {login}; temporary password set to {pw}, '
             'user must change on first login.',
             tk=D("ticket_id", g.r.randint(1000, 99999)), agent=P(agent.latin), login=P(g.login(fam)),
             pw=S("CREDENTIAL", g.password()))


@T  # cron - no personal data
def _t_cron(g):
    return R('{ts} {host} CRON[{pid}]: ({svc}) CMD (/opt/care/bin/export_mar.sh --site {site} --date {date}) exit=0 rows={n}',
             ts=g.tsd("syslog"), host=D("hostname", g.host()), pid=g.r.randint(1000, 60000),
             svc=D("service_account", g.pick(SVC)), site=g.pick(["oakridge", "maplecourt", "silverbirch"]),
             date=g.dd("iso"), n=g.r.randint(0, 4000))


@T  # slow query log with values
def _t_slow_query(g):
    fam = g.person(FAM_EN)
    return R("{ts} [{pid}] LOG:  duration: {ms} ms  statement: SELECT id, resident_id FROM family_contacts "
             "WHERE mobile = '{ph}' OR lower(email) = '{email}'",
             ts=g.tsd("std"), pid=g.r.randint(1000, 60000), ms=f"{g.r.randint(500, 9000)}.{g.dg(3)}",
             ph=S("PHONE_NUMBER", g.phone(fam.loc)), email=S("EMAIL_ADDRESS", g.email(fam)))



@T  # structured incident record
def _t_incident(g):
    res, st, fam = g.person(RES_EN), g.person(STAFF_EN), g.person(FAM_EN)
    return R('INCIDENT {iid} | type=FALL | severity={sev} | resident={name} | location={loc} | witnessed=no | '
             'reported_by={st} | family_notified={fam} via {ph} at {t}',
             iid=D("incident_id", f"INC-{g.dg(7)}"), sev=g.pick(["low", "moderate", "high"]), name=P(res.latin),
             loc=g.pick(["bathroom", "bedroom", "corridor", "dining room", "garden"]), st=P(st.latin),
             fam=P(fam.latin), ph=S("PHONE_NUMBER", g.phone(fam.loc)), t=g.hm())


@T  # medication error narrative
def _t_med_error(g):
    nurse, res, dr, fam = g.person(STAFF_EN), g.person(RES_EN), g.person(STAFF_EN), g.person(FAM_EN)
    return R('Med error {iid}: {nurse} gave {res} the 08:00 dose of {drug} twice. GP (Dr {dr}) advised obs q4h. '
             '{rel} {fam} notified ({email}).',
             iid=D("incident_id", f"ME-{g.dg(5)}"), nurse=P(nurse.latin), res=P(res.latin), drug=g.pick(DRUGS),
             dr=P(dr.llast), rel=g.pick(["Daughter", "Son", "Wife", "Husband", "Nephew"]), fam=P(fam.latin),
             email=S("EMAIL_ADDRESS", g.email(fam)))


@T  # inbound SMS webhook, form-encoded
def _t_sms_inbound(g):
    fam = g.person(FAM_EN)
    loc = fam.loc if fam.loc in ("en_US", "en_GB", "en_IN", "de_DE", "pl_PL", "en_PH") else "en_GB"
    return R('{ts} POST /hooks/sms/inbound 200 form: From={frm}&To={to}&Body=Running+late%2C+be+there+at+3+-+{first}'
             '&MessageSid={sid}',
             ts=g.tsd(), frm=S("PHONE_NUMBER", g.e164(loc).replace("+", "%2B")),
             to=D("hotline", "%2B441632" + g.dg(6)), first=P(fam.afirst.capitalize()), sid=D("message_id", "SM" + g.hexs(32)))


@T  # Python traceback with e-mail
def _t_smtp_trace(g):
    fam = g.person(FAM_EN)
    return R("{ts} ERROR notify: Traceback (most recent call last): File \"/srv/portal/notify.py\", line {ln}, in "
             "send_digest | smtplib.SMTPRecipientsRefused: {'{email}': (550, b'5.1.1 mailbox unavailable')}",
             ts=g.tsd("stdms"), ln=g.r.randint(20, 400), email=S("EMAIL_ADDRESS", g.email(fam)))


@T  # JS error with maps key
def _t_maps_key(g):
    return R('{ts} browser-error: Uncaught Error: Google Maps JavaScript API key {key} not authorized '
             '(RefererNotAllowedMapError) at https://visits.{dom}/route/{vid}',
             ts=g.tsd("iso"), key=S("CREDENTIAL", "AIza" + g.b64(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")),
             dom=g.pick(ORG_EN), vid=D("visit_id", g.vid()))


@T  # backup job leaking cloud keys
def _t_aws_keys(g):
    return R('{ts} ERROR backup-job: S3 upload failed AccessDenied key_id={akid} secret={sec} bucket={bucket} host={srv}',
             ts=g.tsd(), akid=S("CREDENTIAL", "AKIA" + g.b64(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
             sec=S("CREDENTIAL", g.b64(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")),
             bucket=g.pick(["care-backups-prod", "mar-archive", "roster-exports"]), srv=D("server_ip", g.server_ip()))



@T  # semicolon timesheet export
def _t_timesheet(g):
    cg, cl = g.person(STAFF_EN), g.person(RES_EN)
    a = g.r.randint(6, 20)
    return R('{vid};{date};{cg};{cl};{a}:{m1};{b}:{m2};{dur};{ip};{dev}',
             vid=D("visit_id", g.vid()), date=g.dd("de"), cg=P(cg.latin), cl=P(cl.latin), a=f"{a:02d}",
             m1=f"{g.r.randint(0, 59):02d}", b=f"{a + 1:02d}", m2=f"{g.r.randint(0, 59):02d}",
             dur=g.r.randint(15, 75), ip=S("IP_ADDRESS", g.client_ip()), dev=D("device_id", g.device()))


@T  # missed visit alert to coordinator mailbox - no personal data
def _t_missed_visit(g):
    return R('{ts} WARN scheduler: visit {vid} not started {m} min after window, escalated to {box} (ticket {tk}), '
             'fallback hotline {hot}',
             ts=g.tsd(), vid=D("visit_id", g.vid()), m=g.r.randint(15, 90), box=D("role_mailbox", g.role_mail()),
             tk=D("ticket_id", g.r.randint(10000, 99999)), hot=D("hotline", g.hotline()))




@T  # email with masked addresses and role mailbox - no personal data
def _t_masked_mail(g):
    return R('{ts} INFO privacy: bounce processed for {m} (masked) list={box} reason=hard_bounce campaign={camp}',
             ts=g.tsd(), m=D("masked", g.letters(1, "abcdefghijklmnoprstw") + "***@" + g.pick(["gmail.com", "outlook.com", "btinternet.com"])),
             box=D("role_mailbox", g.role_mail()), camp=D("campaign_id", f"CMP-{g.dg(5)}"))


# ======================= other European languages ============================ #

@T  # French handover note
def _t_fr_note(g):
    res, fille, ide = g.person(["fr_FR"]), g.person(["fr_FR"]), g.person(["fr_FR", "fr_FR", "pt_BR", "es_ES"])
    return R('{date} {t} - Note de transmission : {title} {last} (ch. {room}) a refusé ses médicaments du soir. '
             'Sa {rel}, {fille}, a été prévenue au {ph}. IDE : {ide}',
             date=g.dd("uk"), t=g.hm(), title=g.pick(["Mme", "M."]), last=P(res.last), room=D("room", g.room()),
             rel=g.pick(["fille", "nièce", "belle-fille"]), fille=P(fille.full), ph=S("PHONE_NUMBER", g.phone("fr_FR")),
             ide=P(ide.full))


@T  # German fall report
def _t_de_sturz(g):
    res, ang, pk = g.person(["de_DE"]), g.person(["de_DE"]), g.person(["de_DE", "pl_PL", "tr_TR", "de_DE"])
    return R('Sturzprotokoll {iid}: {title} {name}, Zimmer {room}, am {date} um {t} im Bad gestürzt. '
             'Angehörige ({rel}) {ang} telefonisch informiert: {ph}. Pflegekraft: {pk}',
             iid=D("incident_id", f"SP-{g.dg(5)}"), title=g.pick(["Herr", "Frau", "Bewohnerin", "Bewohner"]),
             name=P(res.full), room=D("room", g.room()), date=g.dd("de"), t=g.hm(),
             rel=g.pick(["Tochter", "Sohn", "Ehefrau", "Neffe"]), ang=P(ang.full), ph=S("PHONE_NUMBER", g.phone("de_DE")),
             pk=P(pk.full))


@T  # German returned debit
def _t_de_lastschrift(g):
    kh = g.person(["de_DE"])
    return R('{ts} Lastschrift zurückgegeben: Kontoinhaber {name}, IBAN {iban}, Betrag {amt}, Rechnung {inv}, '
             'Rückgabegrund {code}, Heimentgelt {month}',
             ts=g.tsd("eu"), name=P(kh.full), iban=S("IBAN_CODE", g.iban("DE")), amt=D("amount", g.amount("€")),
             inv=D("invoice", g.inv()), code=g.pick(["MD06", "AC04", "AM04"]), month=g.pick(["März", "April", "Mai", "Juni"]))


@T  # Spanish home-care check-in
def _t_es_fichaje(g):
    aux, cl = g.person(["es_ES", "es_ES", "pt_BR"]), g.person(["es_ES"])
    return R('{ts} INFO fichaje: la auxiliar {aux} registró entrada en el domicilio de {title} {cl} a las {t} '
             'desde IP {ip} (servidor {srv})',
             ts=g.tsd(), aux=P(aux.full), title=g.pick(["D.", "Dña.", "don", "doña"]), cl=P(cl.full), t=g.hm(),
             ip=S("IP_ADDRESS", g.client_ip()), srv=D("server_ip", g.server_ip()))


@T  # Brazilian family portal message
def _t_pt_portal(g):
    fam, mae = g.person(["pt_BR"]), g.person(["pt_BR"])
    return R('[Portal da Família] Mensagem de {name} ({email}): "Oi, minha mãe {mae} precisa de fralda tamanho G, '
             'podem me ligar no {ph}?" protocolo {prot}',
             name=P(fam.full), email=S("EMAIL_ADDRESS", g.email(fam)), mae=P(mae.first),
             ph=S("PHONE_NUMBER", g.mobile("pt_BR")), prot=D("ticket_id", g.dg(10)))


@T  # Italian RSA invoice
def _t_it_fattura(g):
    n = g.person(["it_IT"])
    return R('Fattura n. {inv} intestata a {name}, retta RSA {month}: {amt}, addebito SDD su IBAN {iban} - {fac}',
             inv=D("invoice", f"{g.r.randint(1, 999)}/{g.r.randint(2023, 2025)}"), name=P(n.full),
             month=g.pick(["gennaio", "marzo", "luglio", "novembre"]), amt=D("amount", g.amount("€")),
             iban=S("IBAN_CODE", g.iban("IT")), fac=D("facility", g.pick(["RSA Villa Serena", "Residenza San Giuseppe"])))


@T  # Dutch alarm follow-up
def _t_nl_alarm(g):
    cl, cg, ct = g.person(["nl_NL"]), g.person(["nl_NL", "tr_TR", "nl_NL"]), g.person(["nl_NL"])
    return R('{ts} Alarmering halszender cliënt {cl}, opgevolgd door {cg}; contactpersoon {ct} gebeld op {ph} '
             '(meldkamer {mk})',
             ts=g.tsd("eu"), cl=P(cl.full), cg=P(cg.full), ct=P(ct.full), ph=S("PHONE_NUMBER", g.phone("nl_NL")),
             mk=D("company", g.pick(["Tunstall", "Eurocross", "Zorgcentrale Noord"])))


@T  # Polish fall report
def _t_pl_upadek(g):
    res, syn, st = g.person(["pl_PL"]), g.person(["pl_PL"]), g.person(["pl_PL", "pl_PL", "ru_RU"])
    return R('{ts} Zgłoszenie upadku: mieszkaniec {name}, pokój {room}. Powiadomiono rodzinę ({fam}) pod nr {ph}. '
             'Zgłaszający: {st}',
             ts=g.tsd("eu"), name=P(res.full), room=D("room", g.room()), fam=P(syn.full),
             ph=S("PHONE_NUMBER", g.phone("pl_PL")), st=P(st.full))


@T  # Turkish billing SMS
def _t_tr_sms(g):
    fam, anne = g.person(["tr_TR"]), g.person(["tr_TR"])
    return R('{ts} SMS gönderildi {ph}: "Sayın {name}, {anne} Hanım için {month} bakım ücreti {amt}. '
             'Bilgi: {hot}" durum=iletildi',
             ts=g.tsd(), ph=S("PHONE_NUMBER", g.mobile("tr_TR")), name=P(fam.full), anne=P(anne.first),
             month=g.pick(["Ocak", "Mart", "Mayıs", "Eylül"]), amt=D("amount", g.amount("₺")),
             hot=D("hotline", f"444 {g.dg(2)} {g.dg(2)}"))


# ======================= Chinese (simplified) =============================== #

@T  # 护理记录 free text
def _t_zh_night_round(g):
    res, fam = g.cn(), g.cn()
    return R('{t} 夜间巡房发现{res}老人跌倒在卫生间，已通知家属{fam}（{ph}），{sur}护士长到场处理，生命体征平稳。',
             t=g.hm(), res=P(res.full), fam=P(fam.full), ph=S("PHONE_NUMBER", g.phone("zh_CN")), sur=P(g.sur_cn()))


@T  # 入住登记 JSON with Chinese keys
def _t_zh_admit_json(g):
    res, c = g.cn(), g.cn()
    return R('{"老人姓名":"{name}","身份证号":"{id}","床位":"{bed}","护理等级":"{lvl}","紧急联系人":"{cname}",'
             '"关系":"{rel}","联系电话":"{ph}"}',
             name=P(res.full), id=S("CN_RESIDENT_ID", g.cnid()), bed=D("bed", g.bed_cn()),
             lvl=g.pick(["一级", "二级", "三级", "特级"]), cname=P(c.full), rel=g.pick(REL_ZH),
             ph=S("PHONE_NUMBER", g.phone("zh_CN")))


@T  # 入住 key=value
def _t_zh_admit_kv(g):
    res, st = g.cn(), g.cn()
    return R('{ts} INFO admission 新入住 姓名={name} 身份证={id} 房间={bed} 护理等级={lvl} 经办人={st}',
             ts=g.tsd("std"), name=P(res.full), id=S("CN_RESIDENT_ID", g.cnid()), bed=D("bed", g.bed_cn()),
             lvl=g.pick(["自理", "半失能", "失能", "失智"]), st=P(st.full))


@T  # 长护险结算
def _t_zh_ltc_settle(g):
    res = g.cn()
    return R('{ts} 长期护理保险结算 参保人:{name} 证件号:{id} 服务机构:{fac} 本月结算金额:{amt} 医保流水号:{txn}',
             ts=g.tsd("std"), name=P(res.full), id=S("CN_RESIDENT_ID", g.cnid()), fac=D("facility", g.pick(FAC_ZH)),
             amt=D("amount", g.amount("¥")), txn=D("txn_id", g.nz(20)))


@T  # 银行卡扣费
def _t_zh_card(g):
    payer = g.cn()
    return R('{ts} 扣费成功 缴费人:{name} 银行卡:{card} 金额:{amt} 账单号:{inv} 渠道:{ch}',
             ts=g.tsd("std"), name=P(payer.full), card=S("CREDIT_CARD", g.card(g.pick(["unionpay", "unionpay", "visa", "mc"]))),
             amt=D("amount", g.amount("¥")), inv=D("invoice", g.inv()), ch=g.pick(["银联代扣", "快捷支付", "POS"]))


@T  # 微信支付回调 - no personal data
def _t_zh_wxpay(g):
    return R('{ts} 微信支付回调 商户订单号={order} 交易单号={txn} 金额={amt} 付款人手机={mp} 状态=SUCCESS',
             ts=g.tsd("std"), order=D("order_id", f"YK{g.dg(14)}"), txn=D("txn_id", "42000" + g.dg(23)),
             amt=D("amount", g.amount("¥")), mp=D("masked", g.masked_phone("zh_CN")))


@T  # 呼叫器
def _t_zh_call(g):
    return R('{ts} 呼叫器 床位{bed} 呼叫 响应护工:{sur}{suffix} 响应时长:{s}秒 设备:{dev}',
             ts=g.tsd("std"), bed=D("bed", g.bed_cn()), sur=P(g.sur_cn()), suffix=g.pick(["阿姨", "师傅", "姐"]),
             s=g.r.randint(10, 400), dev=D("device_id", g.device()))


@T  # 智能手环SOS, masked family phone
def _t_zh_band_sos(g):
    res = g.cn()
    return R('{ts} 智能手环SOS告警 设备号={dev} IMEI={imei} 老人={name} 心率={hr} 已自动拨打家属电话{mp}',
             ts=g.tsd("std"), dev=D("device_id", g.device()), imei=D("imei", g.imei()), name=P(res.full),
             hr=g.r.randint(40, 150), mp=D("masked", g.masked_phone("zh_CN")))


@T  # 访客登记 with plate
def _t_zh_visitor(g):
    v, res = g.cn(), g.cn()
    return R('{ts} 访客登记 访客:{name} 手机:{ph} 车牌:{plate} 探望老人:{res}({bed}) 关系:{rel} 体温:36.{t}℃',
             ts=g.tsd(g.pick(["std", "cn"])), name=P(v.full), ph=S("PHONE_NUMBER", g.mobile("zh_CN")),
             plate=S("LICENSE_PLATE", g.plate("CN")), res=P(res.full), bed=D("bed", g.bed_cn()), rel=g.pick(REL_ZH),
             t=g.r.randint(1, 9))


@T  # 排班表 CSV
def _t_zh_roster(g):
    st = g.cn()
    return R('{date},{shift},{floor},{name},{role},{ph},{status}',
             date=g.dd(g.pick(["iso", "cn2"])), shift=g.pick(["早班", "中班", "夜班", "白班"]),
             floor=D("location", f"{g.r.randint(1, 9)}号楼{g.r.randint(1, 8)}层"), name=P(st.full),
             role=g.pick(["护理员", "护士", "护理组长", "康复师"]), ph=S("PHONE_NUMBER", g.phone("zh_CN")),
             status=g.pick(["已确认", "请假", "调班", "已确认"]))


@T  # 给药记录
def _t_zh_med(g):
    res, nurse = g.cn(), g.cn()
    return R('{ts} 给药记录 老人:{name} 药品:{drug} 执行护士:{nurse} 核对:{sur}护士长 状态:{st}',
             ts=g.tsd("std"), name=P(res.full), drug=g.pick(DRUGS_ZH), nurse=P(nurse.full), sur=P(g.sur_cn()),
             st=g.pick(["已服", "拒服", "暂停", "已服"]))


@T  # 家属门户留言
def _t_zh_family_msg(g):
    fam = g.cn()
    return R('[家属留言] {ts} {name}（{rel}）：我爸最近晚上睡得不好，麻烦{sur}医生看一下，有事打我电话{ph}，谢谢',
             ts=g.tsd("std"), name=P(fam.full), rel=g.pick(REL_ZH), sur=P(g.sur_cn()), ph=S("PHONE_NUMBER", g.mobile("zh_CN")))


@T  # 短信验证码
def _t_zh_otp(g):
    return R('{ts} sms.send to={ph} content="【{brand}】验证码{otp}，您正在登录家属服务平台，5分钟内有效，请勿泄露。" '
             'channel={ch} msgid={mid}',
             ts=g.tsd("std"), ph=S("PHONE_NUMBER", g.mobile("zh_CN")), brand=D("company", g.pick(["颐康养老", "福寿康养", "泰康之家"])),
             otp=S("CREDENTIAL", g.dg(6)), ch=D("company", g.pick(["阿里云短信", "腾讯云SMS"])), mid=D("message_id", g.dg(18)))


@T  # 数据库备份 - no personal data
def _t_zh_backup(g):
    return R('{ts} 数据库备份完成 耗时{s}秒 文件大小{mb}MB 主机{srv} 执行账号{svc} 校验值{sha}',
             ts=g.tsd("std"), s=g.r.randint(5, 900), mb=g.r.randint(10, 9000), srv=D("server_ip", g.server_ip()),
             svc=D("service_account", g.pick(SVC)), sha=D("hash", g.hexs(64)))


@T  # 读书会, famous author
def _t_zh_reading(g):
    pf, work = g.pick([("鲁迅", "故乡"), ("鲁迅", "社戏"), ("老舍", "茶馆"), ("朱自清", "背影"), ("冰心", "繁星"),
                       ("季羡林", "清塘荷韵"), ("鲁迅", "从百草园到三味书屋")])
    org = g.cn()
    return R('{date} 活动记录：读书会朗读{pf}《{work}》，参加老人{n}人，组织者{name}',
             date=g.dd("cn"), pf=D("public_figure", pf), work=work, n=g.r.randint(5, 40), name=P(org.full))


@T  # 长护险对账 - no personal data
def _t_zh_recon(g):
    return R('{ts} 长护险对账完成 承保机构:{co} 定点机构编码:{code} 笔数:{n} 金额:{amt} 操作员:{svc}',
             ts=g.tsd("std"), co=D("company", g.pick(["中国人寿", "中国平安", "太平洋保险", "泰康养老保险"])),
             code=D("org_code", f"P{g.dg(11)}"), n=g.r.randint(10, 5000), amt=D("amount", g.amount("¥")),
             svc=D("service_account", g.pick(SVC)))


@T  # 登录日志
def _t_zh_login(g):
    u = g.cn()
    return R('{ts} 用户{login}登录成功 IP:{ip} 终端:{term} 服务器:{srv}',
             ts=g.tsd("std"), login=P(g.login(u)), ip=S("IP_ADDRESS", g.client_ip()),
             term=g.pick(["Android", "iOS", "PC", "小程序"]), srv=D("server_ip", g.server_ip()))


@T  # Java NPE with Chinese data
def _t_zh_npe(g):
    res = g.cn()
    return R('{ts} ERROR c.y.care.contact.ContactService - java.lang.NullPointerException: 老人[{name}]紧急联系人电话为空, '
             'idCard={id} at c.y.care.contact.ContactService.notify(ContactService.java:{ln})',
             ts=g.tsd("stdms"), name=P(res.full), id=S("CN_RESIDENT_ID", g.cnid()), ln=g.r.randint(30, 600))


@T  # 上门服务签到
def _t_zh_homevisit(g):
    cg, cl = g.cn(), g.cn()
    return R('{ts} 上门服务签到 护理员:{cg} 服务对象:{cl} 工单号:{wo} 签到IP:{ip} 距离:{d}米 服务项目:{item}',
             ts=g.tsd("std"), cg=P(cg.full), cl=P(cl.full), wo=D("order_id", f"GD{g.dg(12)}"),
             ip=S("IP_ADDRESS", g.client_ip()), d=g.r.randint(3, 900), item=g.pick(["助浴", "助餐", "康复训练", "代购药品"]))


@T  # 外籍老人 passport
def _t_zh_foreign(g):
    res = g.person(["ja_JP", "ko_KR", "en_US", "de_DE", "fr_FR", "ru_RU", "vi_VN"])
    c = g.cn()
    nat = {"ja_JP": ("日本", "JP"), "ko_KR": ("韩国", "KR"), "en_US": ("美国", "US"), "de_DE": ("德国", "DE"),
           "fr_FR": ("法国", "FR"), "ru_RU": ("俄罗斯", "RU"), "vi_VN": ("越南", "VN")}[res.loc]
    return R('{ts} 外籍老人入住登记 姓名:{name} 国籍:{nat} 护照号:{pp} 联系人:{cname} 电话:{ph}',
             ts=g.tsd("std"), name=P(res.full), nat=nat[0], pp=S("PASSPORT", g.passport(nat[1])), cname=P(c.full),
             ph=S("PHONE_NUMBER", g.phone("zh_CN")))


@T  # JDBC URL with password
def _t_zh_jdbc(g):
    return R('{ts} 错误 连接数据库失败 url=jdbc:mysql://{srv}:3306/care?user={user}&password={pw}&useSSL=false 原因:Connection refused',
             ts=g.tsd("std"), srv=D("server_ip", g.server_ip()), user=D("service_account", g.pick(["care_app", "root", "yl_ro"])),
             pw=S("CREDENTIAL", g.password(url_safe=True)))


@T  # pinyin-keyed JSON fall event
def _t_zh_pinyin_json(g):
    res, cg, jz = g.cn(), g.cn(), g.cn()
    return R('{"event":"fall","laoren_xm":"{name}","chuangwei":"{bed}","jiashu_xm":"{jz}","jiashu_dh":"{ph}",'
             '"hulijy":"{cg}","fssj":"{ts}"}',
             name=P(res.full), bed=D("bed", g.bed_cn()), jz=P(jz.full), ph=S("PHONE_NUMBER", g.phone("zh_CN")),
             cg=P(cg.full), ts=g.tsd("std"))


@T  # 账单推送 - no personal data
def _t_zh_bill_push(g):
    return R('{ts} 账单{inv}已推送至家属{mp} 应缴{amt} 支付方式:银行卡({mc}) 客服热线{hot}',
             ts=g.tsd("std"), inv=D("invoice", g.inv()), mp=D("masked", g.masked_phone("zh_CN")),
             amt=D("amount", g.amount("¥")), mc=D("masked", g.masked_card()), hot=D("hotline", g.hotline("zh")))


@T  # 调班 free text with 小X
def _t_zh_swap(g):
    a = g.cn()
    return R('{date} 护工{a}与小{b}调班，{sur}主任已批准，夜班交接给{c}，交接班本已签字。',
             date=g.dd("cn"), a=P(a.full), b=P(g.sur_cn()), sur=P(g.sur_cn()), c=P(g.cn().full))


@T  # 家属绑定
def _t_zh_bind(g):
    fam, res = g.cn(), g.cn()
    return R('{ts} 家属绑定成功 openid={oid} 家属:{name} 手机:{ph} 绑定老人:{res}',
             ts=g.tsd("std"), oid=D("openid", "o" + g.b64(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")),
             name=P(fam.full), ph=S("PHONE_NUMBER", g.mobile("zh_CN")), res=P(res.full))


@T  # 音乐播放 - no personal data
def _t_zh_music(g):
    pf, song = g.pick([("邓丽君", "甜蜜蜜"), ("邓丽君", "月亮代表我的心"), ("周璇", "天涯歌女"),
                       ("蒋大为", "在那桃花盛开的地方"), ("李谷一", "难忘今宵"), ("郭兰英", "我的祖国")])
    return R('{ts} 音乐播放 房间{bed} 曲目:《{song}》 演唱:{pf} 设备:{dev} 音量:{v}',
             ts=g.tsd("std"), bed=D("bed", g.bed_cn()), song=song, pf=D("public_figure", pf),
             dev=D("device_id", g.device()), v=g.r.randint(10, 80))


# ======================= Chinese (traditional) ============================== #

@T  # 長照居家服務簽到
def _t_tw_homecare(g):
    cg, cl = g.tw(), g.tw()
    return R('{ts} 長照2.0 居家服務 服務員:{cg} 個案:{cl} 簽到時間:{t} 家屬聯絡電話:{ph} 案號:{case}',
             ts=g.tsd("std"), cg=P(cg.full), cl=P(cl.full), t=g.hm(), ph=S("PHONE_NUMBER", g.phone("zh_TW")),
             case=D("case_id", f"LTC{g.dg(9)}"))


@T  # 住民跌倒
def _t_tw_fall(g):
    res, nurse, fam = g.tw(), g.tw(), g.tw()
    return R('{ts} 住民{name}於{loc}跌倒，值班護理師{nurse}已通知家屬{fam}（{ph}），後續送{hosp}檢查。',
             ts=g.tsd("std"), name=P(res.full), loc=g.pick(["浴室", "走廊", "餐廳", "寢室"]), nurse=P(nurse.full),
             fam=P(fam.full), ph=S("PHONE_NUMBER", g.phone("zh_TW")),
             hosp=D("facility", g.pick(["臺大醫院", "長庚醫院", "馬偕醫院", "榮總"])))


@T  # 繳費 credit card
def _t_tw_card(g):
    fam = g.tw()
    return R('{ts} 繳費通知 家屬:{name} 信用卡:{card} 金額:{amt} 發票號碼:{inv}',
             ts=g.tsd("std"), name=P(fam.full), card=S("CREDIT_CARD", g.card(g.pick(["visa", "mc", "jcb"]))),
             amt=D("amount", g.amount("NT$")), inv=D("invoice", f"{g.letters(2)}-{g.dg(8)}"))


@T  # 訪客車牌
def _t_tw_visitor(g):
    v = g.tw()
    return R('{ts} 訪客{name} 車牌{plate} 進入{fac} 停車格{slot}',
             ts=g.tsd("std"), name=P(v.full), plate=S("LICENSE_PLATE", g.plate("TW")), fac=D("facility", g.pick(FAC_TW)),
             slot=D("parking_slot", f"B{g.r.randint(1, 3)}-{g.r.randint(1, 80):02d}"))


@T  # 呼叫鈴
def _t_tw_bell(g):
    return R('{ts} 系統通知 呼叫鈴 {room}房 已由{sur}護理師處理 回應時間{s}秒 設備{dev}',
             ts=g.tsd("std"), room=D("room", g.room()), sur=P(g.sur_tw()), s=g.r.randint(5, 300), dev=D("device_id", g.device()))


@T  # 懷舊歌曲 - no personal data
def _t_tw_songs(g):
    pf, song = g.pick([("鄧麗君", "小城故事"), ("鳳飛飛", "我是一片雲"), ("余天", "榕樹下"), ("葉啟田", "愛拼才會贏"),
                       ("鄧麗君", "何日君再來")])
    return R('{date} 活動紀錄：懷舊歌曲欣賞《{song}》（{pf}），參加住民{n}位，地點{fac}',
             date=g.dd("cn2"), song=song, pf=D("public_figure", pf), n=g.r.randint(5, 30), fac=D("facility", g.pick(FAC_TW)))


@T  # 香港 家屬資料更新
def _t_hk_contact(g):
    res, fam = g.tw(), g.tw()
    return R('{ts} 家屬聯絡資料更新 院友:{res} 家屬:{fam} 電郵:{email} 手提電話:{ph} 更新人:{svc}',
             ts=g.tsd("std"), res=P(res.full), fam=P(fam.full), email=S("EMAIL_ADDRESS", g.email(fam)),
             ph=S("PHONE_NUMBER", g.phone("hk")), svc=D("service_account", g.pick(SVC)))


# --------------------------------------------------------------------------- driver

_KIND = re.compile(r"^[a-z][a-z_]*$")


def _check(line: dict) -> None:
    text = line["text"]
    assert "\n" not in text and "\r" not in text, text
    ivs = []
    for s, e, lab in line["spans"]:
        assert lab in TYPES, lab
        ivs.append((s, e))
    for s, e, kind in line["decoys"]:
        assert _KIND.match(kind), kind
        ivs.append((s, e))
    for s, e in ivs:
        assert 0 <= s < e <= len(text), (s, e, text)
        v = text[s:e]
        assert v == v.strip(), repr(v)
    ivs.sort()
    for (s1, e1), (s2, e2) in zip(ivs, ivs[1:]):
        assert e1 <= s2, ("overlap", text[s1:e1], text[s2:e2], text)


def _validate_value(lab: str, v: str) -> None:
    if lab == "CREDIT_CARD":
        digits = "".join(c for c in v if c.isdigit())
        assert _luhn_ok(digits), v
    elif lab == "IBAN_CODE":
        s = v.replace(" ", "")
        r = s[4:] + s[:4]
        assert int("".join(str(int(c, 36)) for c in r)) % 97 == 1, v
    elif lab == "CN_RESIDENT_ID":
        assert len(v) == 18 and _cnid_check(v[:17]) == v[17], v


def blind_log36(n: int, seed: int = 0) -> list[dict]:
    g = _G(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        ti = g.r.randrange(nt)
        text, spans, decoys = TEMPLATES[ti](g)
        for s, e, lab, val in spans + decoys:
            assert text[s:e] == val, (text[s:e], val, ti)
        for s, e, lab, val in spans:
            _validate_value(lab, val)
        line = {"text": text,
                "spans": [[s, e, lab] for s, e, lab, _ in spans],
                "decoys": [[s, e, kind] for s, e, kind, _ in decoys],
                "template": ti}
        _check(line)
        out.append(line)
    return out


if __name__ == "__main__":  # self-check
    import collections
    import sys
    import time

    t0 = time.time()
    for sd in (1, 2):
        lines = blind_log36(5000, seed=sd)
        assert lines == blind_log36(5000, seed=sd), "not deterministic"
    dt = time.time() - t0
    lines = blind_log36(5000, seed=1)
    c = collections.Counter(lab for ln in lines for _, _, lab in ln["spans"])
    k = collections.Counter(kind for ln in lines for _, _, kind in ln["decoys"])
    print(f"templates={len(TEMPLATES)} time(4x5000)={dt:.2f}s", file=sys.stderr)
    print("no-PII lines:", sum(1 for ln in lines if not ln["spans"]))
    for lab in sorted(TYPES):
        print(f"{lab:16s} {c[lab]}")
    print("decoys:", dict(k.most_common()))
