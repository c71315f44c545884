"""Blind log-line PII evaluation set, second edition (``blind_log2``).

Written blind -- without reading the redactor (``curate/``), its rules, its
tests, or any other evaluation set -- by a helper session on 2026-12-05, from
general knowledge of real log formats.

What it holds: ``blind_log2(n, seed)`` returns ``n`` synthetic log lines drawn
from 40+ templates in domains deliberately different from the usual
nginx-access / JSON / ops trio:

* English (~35%): Apache and nginx *error* logs, HAProxy, Squid, Postfix,
  Dovecot, Exim, OpenVPN, Windows Security events, LDAP binds, FTP/SFTP,
  SIP call records, Java exceptions, Rails/Django request logs, Stripe and
  PayPal webhooks, GitHub/GitLab webhooks, CI job logs with leaked secrets,
  Redis/MongoDB/Elasticsearch slow logs, helpdesk ticket updates,
  Kubernetes audit events and CloudTrail-style records.
* Structured (~20%): JSON of varied shapes (nested, arrays, camelCase,
  shuffled key order), logfmt, GELF.
* Chinese (~45%): 12345 hotline tickets, 教务, 网格员走访, 客服聊天, 保险理赔,
  铁路/航空订票, 医保结算, 物流轨迹, 银行风控, 门诊病历, 民宿入住, 智慧停车,
  共享单车, 招聘, 快递驿站, OA 审批, 繁體 lines and more.

Each line is ``{"text", "spans", "decoys", "template"}``; ``spans`` are the
planted personal values / secrets as ``[start, end, TYPE]`` and ``decoys`` are
non-personal look-alikes (``[start, end, KIND]``) that a good redactor leaves
alone: Luhn-valid ids under non-card keys, 11/13/18-digit numbers that are
not phones or ID numbers, UUIDs, hashes, durations, role accounts, famous
people, masked values, company service lines, and so on.

All data is synthetic (Faker, phonenumbers, and hand-written generators with
valid check digits); any resemblance to a real person is accidental.
"""
from __future__ import annotations

import base64
import itertools
import json
import random
import string
import sys
import uuid
from datetime import datetime, timedelta

import phonenumbers
from faker import Faker

EMAIL = "EMAIL_ADDRESS"
PHONE = "PHONE_NUMBER"
PER = "PERSON"
IP = "IP_ADDRESS"
CC = "CREDIT_CARD"
CNID = "CN_RESIDENT_ID"
PLATE = "LICENSE_PLATE"
CRED = "CREDENTIAL"
IBAN = "IBAN_CODE"
SSN = "US_SSN"
PASS = "PASSPORT"
TYPES = {EMAIL, PHONE, PER, IP, CC, CNID, PLATE, CRED, IBAN, SSN, PASS}

# ---------------------------------------------------------------- validators

_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_C = "10X98765432"


def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def cnid_check(body17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(body17, _ID_W)) % 11]


def cnid_ok(v: str) -> bool:
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        datetime.strptime(v[6:14], "%Y%m%d")
    except ValueError:
        return False
    return cnid_check(v[:17]) == v[17].upper()


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


_IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16, "CH": 21, "AT": 20, "IE": 22}


def iban_ok(v: str) -> bool:
    v = v.replace(" ", "")
    if _IBAN_LEN.get(v[:2]) != len(v):
        return False
    return _iban_num(v[4:] + v[:4]) % 97 == 1


def ssn_ok(v: str) -> bool:
    d = v.replace("-", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def _phone_ok(v: str) -> bool:
    raw = v.strip()
    for region in ("CN", "US", "GB", "TW", "HK", "DE"):
        try:
            p = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p):
            return True
    return False


def _digits(v: str) -> str:
    return "".join(c for c in v if c.isdigit())


_CARD_PREFIX = ("4", "51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27", "34", "37", "6011", "35", "62")


def validate(value: str, label: str) -> None:
    """Assert that a planted value (or a checksum-bearing decoy) is what it claims."""
    if label == CC:
        d = _digits(value)
        assert 15 <= len(d) <= 19 and luhn_ok(d) and d.startswith(_CARD_PREFIX), value
    elif label == CNID:
        assert cnid_ok(value), value
    elif label == IBAN:
        assert iban_ok(value), value
    elif label == SSN:
        assert ssn_ok(value), value
    elif label == PHONE:
        assert _phone_ok(value), value
    elif label == PASS:
        assert len(value) == 9 and value[0] in "EGDSP" and value[-7:].isdigit(), value
    elif label == "LUHN_ID":
        d = _digits(value)
        assert 16 <= len(d) <= 19 and luhn_ok(d), value
    elif label == "SERIAL18":
        assert len(value) == 18 and not cnid_ok(value), value
    elif label in ("WAYBILL", "EPOCH_MS", "ORDER"):
        d = _digits(value)
        assert not (len(d) == 11 and d[0] == "1" and d[1] in "3456789"), value
        if len(d) == 18:
            assert not cnid_ok(d), value


# ---------------------------------------------------------------- generators

_CN_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_CN_SUR2 = ["欧阳", "司马", "诸葛", "上官", "慕容", "东方", "司徒", "皇甫", "令狐", "夏侯", "尉迟", "公孙"]
_CN_GIVEN = ("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 子涵 梓萱 浩然 宇轩 一诺 欣怡 "  # noqa: SIM905
             "思远 俊杰 雨桐 晨曦 嘉怡 志强 建国 海燕 文博 佳琪 晓东 婷婷 凯 鹏 慧 琳 倩 颖 瑶 建华 国庆 淑珍 玉兰 "
             "春梅 德胜 立新 振宇 子轩 沐阳 若汐 诗涵 梦琪 天佑 思琪 静怡 晓燕 红霞 永刚 海峰 丽娟 雪梅 家豪 明辉").split()
_PAIR_SUR = [("张", "ZHANG"), ("王", "WANG"), ("李", "LI"), ("刘", "LIU"), ("陈", "CHEN"), ("杨", "YANG"),
             ("黄", "HUANG"), ("赵", "ZHAO"), ("吴", "WU"), ("周", "ZHOU"), ("徐", "XU"), ("孙", "SUN"), ("马", "MA"),
             ("朱", "ZHU"), ("胡", "HU"), ("郭", "GUO"), ("何", "HE"), ("林", "LIN"), ("罗", "LUO"), ("郑", "ZHENG"),
             ("梁", "LIANG"), ("谢", "XIE"), ("唐", "TANG"), ("韩", "HAN"), ("冯", "FENG"), ("邓", "DENG"),
             ("曹", "CAO"), ("欧阳", "OUYANG"), ("司马", "SIMA"), ("诸葛", "ZHUGE"), ("上官", "SHANGGUAN")]
_PAIR_GIVEN = [("伟", "WEI"), ("芳", "FANG"), ("娜", "NA"), ("秀英", "XIUYING"), ("敏", "MIN"), ("静", "JING"),
               ("磊", "LEI"), ("军", "JUN"), ("洋", "YANG"), ("勇", "YONG"), ("艳", "YAN"), ("杰", "JIE"),
               ("娟", "JUAN"), ("涛", "TAO"), ("明", "MING"), ("超", "CHAO"), ("晓明", "XIAOMING"), ("子涵", "ZIHAN"),
               ("浩然", "HAORAN"), ("宇轩", "YUXUAN"), ("欣怡", "XINYI"), ("思远", "SIYUAN"), ("俊杰", "JUNJIE"),
               ("雨桐", "YUTONG"), ("晨曦", "CHENXI"), ("嘉怡", "JIAYI"), ("志强", "ZHIQIANG"), ("建国", "JIANGUO"),
               ("海燕", "HAIYAN"), ("文博", "WENBO"), ("佳琪", "JIAQI"), ("晓东", "XIAODONG"), ("婷婷", "TINGTING"),
               ("鹏", "PENG"), ("一诺", "YINUO"), ("梓萱", "ZIXUAN")]
_PY_SUR = [p for _, p in _PAIR_SUR]
_PY_GIVEN = [p for _, p in _PAIR_GIVEN]
_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_REGION = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106", "330102", "320102",
           "320505", "510107", "420102", "430104", "370202", "350203", "610113", "500103", "120101", "210102",
           "410105", "230103", "530102", "360102", "450103", "130104"]
_FAMOUS_ZH = ["鲁迅", "李白", "杜甫", "苏轼", "屈原", "孔子", "钱学森", "袁隆平", "姚明", "刘翔", "王羲之", "诸葛亮", "曹雪芹", "老舍"]
_FAMOUS_EN = ["Elon Musk", "Linus Torvalds", "Taylor Swift", "Ada Lovelace", "Alan Turing", "Grace Hopper",
              "Barack Obama", "Serena Williams", "Albert Einstein", "Marie Curie"]
_PLACE_ZH = ["王府井", "张家界", "周庄", "马鞍山", "石家庄", "黄鹤楼", "岳阳楼", "雷峰塔", "杨浦区", "徐汇区", "陈家祠", "李家沱", "何园", "朱家角"]
_ROLE = ["root", "postgres", "admin", "www-data", "nginx", "jenkins", "svc-billing", "svc-etl", "deploy-bot",
         "backup", "mysql", "git", "ci-runner", "monitor", "svc-payments", "release-bot", "ansible", "nobody"]
_EMAIL_DOM = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "gmx.de", "aol.com"]
_CN_EMAIL_DOM = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "aliyun.com"]
_CORP = ["acme", "northwind", "contoso", "globex", "initech", "umbrella", "hooli", "vandelay", "stark", "wayne"]
_TLD = ["com", "io", "net", "co", "org"]
_CN_MOB = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
           "156", "157", "158", "159", "166", "170", "173", "176", "177", "178", "180", "181", "182", "183", "184",
           "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
_CN_AREA = ["010", "021", "022", "023", "020", "0755", "0571", "025", "027", "028", "029", "0512", "0532", "0731"]
_US_AREA = ["212", "415", "312", "617", "206", "503", "713", "404", "305", "602", "702", "919", "720", "646", "512"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


class G:
    """All randomness for one build; deterministic for a given seed."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.en = Faker("en_US")
        self.en.seed_instance(seed)
        self.zh = Faker("zh_CN")
        self.zh.seed_instance(seed + 1)
        self.tw = Faker("zh_TW")
        self.tw.seed_instance(seed + 2)
        self.eu = Faker(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT"])
        self.eu.seed_instance(seed + 3)
        self.base = datetime(2026, 3, 1)

    # -- primitives
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def num(self, a: int, b: int) -> str:
        return str(self.r.randint(a, b))

    def dig(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def hexs(self, k: int, upper: bool = False) -> str:
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(k))
        return s.upper() if upper else s

    def aln(self, k: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(k))

    def dt(self) -> datetime:
        return self.base + timedelta(seconds=self.r.randint(0, 270 * 86400), microseconds=self.r.randint(0, 999999))

    def iso(self, d: datetime | None = None, ms: bool = True) -> str:
        d = d or self.dt()
        return d.strftime("%Y-%m-%dT%H:%M:%S") + (f".{d.microsecond // 1000:03d}Z" if ms else "Z")

    def ymdhms(self, d: datetime | None = None) -> str:
        return (d or self.dt()).strftime("%Y-%m-%d %H:%M:%S")

    def syslog_ts(self, d: datetime | None = None) -> str:
        d = d or self.dt()
        return f"{_MON[d.month - 1]} {d.day:>2} {d:%H:%M:%S}"

    # -- people
    def cn_name(self) -> str:
        x = self.r.random()
        if x < 0.12:
            return self.ch(_CN_SUR2) + self.ch(_CN_GIVEN)
        if x < 0.35:
            return self.zh.name()
        return self.ch(_CN_SUR) + self.ch(_CN_GIVEN)

    def tw_name(self) -> str:
        return self.tw.name()

    def py_name(self, sep: str = "/") -> str:
        return self.ch(_PY_SUR) + sep + self.ch(_PY_GIVEN)

    def cn_py(self) -> tuple[str, str, str]:
        """A Chinese name with its pinyin: ("张伟", "ZHANG", "WEI")."""
        (cs, ps), (cg, pg) = self.ch(_PAIR_SUR), self.ch(_PAIR_GIVEN)
        return cs + cg, ps, pg

    def py_login(self, sur: str, given: str) -> str:
        s, gv = sur.lower(), given.lower()
        return self.ch([s + gv, f"{gv}.{s}", f"{s}{gv[0]}{self.num(1, 99):0>2}", f"{s}.{gv}", f"{gv[0]}{s}"])

    def cn_names(self, k: int) -> list[str]:
        out: list[str] = []
        while len(out) < k:
            n = self.cn_name()
            if all(n not in o and o not in n for o in out):
                out.append(n)
        return out

    def first(self) -> str:
        return self.en.first_name()

    def last(self) -> str:
        return self.en.last_name()

    def full(self) -> str:
        return f"{self.first()} {self.last()}"

    def login(self, first: str | None = None, last: str | None = None) -> str:
        f = (first or self.first()).lower().replace("'", "")
        la = (last or self.last()).lower().replace("'", "").replace(" ", "")
        k = self.r.randrange(6)
        if k == 0:
            return f[0] + la
        if k == 1:
            return f"{f}.{la}"
        if k == 2:
            return f"{la}{f[0]}"
        if k == 3:
            return f"{f[0]}{la}{self.num(1, 99)}"
        if k == 4:
            return f"{f}_{la[0]}"
        return f"{f}{la[:3]}"

    def email(self, first: str | None = None, last: str | None = None, corp: bool | None = None) -> str:
        f = (first or self.first()).lower().replace("'", "")
        la = (last or self.last()).lower().replace("'", "").replace(" ", "")
        local = self.ch([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[0]}", f"{f}.{la}{self.num(1, 99)}", f"{f}_{la}", f"{la}.{f}"])
        if corp is None:
            corp = self.p(0.4)
        dom = f"{self.ch(_CORP)}.{self.ch(_TLD)}" if corp else self.ch(_EMAIL_DOM)
        return f"{local}@{dom}"

    def cn_email(self) -> str:
        if self.p(0.35):
            return f"{self.num(10000, 3999999999)}@qq.com"
        local = self.ch(_PY_SUR).lower() + self.ch(_PY_GIVEN).lower() + self.ch(["", self.num(1, 999), str(self.r.randint(1970, 2005))])
        return f"{local}@{self.ch(_CN_EMAIL_DOM)}"

    # -- phones
    def cn_mobile_raw(self) -> str:
        while True:
            v = self.ch(_CN_MOB) + self.dig(8)
            if _phone_ok(v):
                return v

    def cn_mobile(self, fmt: int | None = None) -> str:
        v = self.cn_mobile_raw()
        if fmt is None:
            fmt = self.r.choices(range(5), weights=[55, 12, 12, 14, 7])[0]
        return [v, f"{v[:3]}-{v[3:7]}-{v[7:]}", f"{v[:3]} {v[3:7]} {v[7:]}", f"+86 {v}", f"+86-{v}"][fmt]

    def cn_landline(self) -> str:
        while True:
            area = self.ch(_CN_AREA)
            local = self.num(2, 8) + self.dig(7)
            if _phone_ok(area + local):
                break
        return self.ch([f"{area}-{local}", f"({area}){local}", f"{area}-{local[:4]}-{local[4:]}", f"{area} {local}"])

    def us_phone(self) -> str:
        while True:
            a, ex, ln = self.ch(_US_AREA), self.num(201, 989), self.dig(4)
            if ex[1:] != "11" and ex != "555" and _phone_ok(f"+1{a}{ex}{ln}"):
                break
        return self.ch([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"+1{a}{ex}{ln}", f"{a}.{ex}.{ln}"])

    def uk_phone(self) -> str:
        while True:
            v = "7" + self.ch(["4", "5", "7", "8", "9"]) + self.dig(8)
            if _phone_ok("+44" + v):
                break
        return self.ch([f"+44 {v[:4]} {v[4:]}", f"0{v[:4]} {v[4:]}", f"+44{v}"])

    def tw_phone(self) -> str:
        while True:
            v = "09" + self.dig(8)
            if _phone_ok(v):
                break
        return self.ch([f"{v[:4]}-{v[4:7]}-{v[7:]}", v, f"+886 {v[1:4]} {v[4:7]} {v[7:]}"])

    # -- network
    def ipv4(self) -> str:
        while True:
            a = self.r.randint(1, 223)
            b = self.r.randint(0, 255)
            if a in (10, 127, 0) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 100 and 64 <= b <= 127) or (a == 169 and b == 254):
                continue
            return f"{a}.{b}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self) -> str:
        pre = self.ch(["2408:8207", "240e:3b4", "2409:8a1e", "2a02:908", "2001:56a", "2600:1700", "2a01:e0a", "2603:8001"])
        groups = [format(self.r.randint(1, 0xFFFF), "x") for _ in range(6)]
        if self.p(0.5):
            return f"{pre}:{groups[0]}:{groups[1]}::{groups[2]}"
        return pre + ":" + ":".join(groups)

    def client_ip(self, v6: float = 0.12) -> str:
        return self.ipv6() if self.p(v6) else self.ipv4()

    def port(self) -> str:
        return self.num(1025, 65535)

    def host(self) -> str:
        return self.ch(["api", "web", "app", "edge", "auth", "pay", "mail", "db", "cache", "worker"]) + f"-{self.num(1, 12):0>2}." + self.ch(["prod", "stg", "int", "us-east-1", "cn-sh"]) + f".{self.ch(_CORP)}.internal"

    # -- ids with checksums
    def card(self, brand: str | None = None) -> str:
        brand = brand or self.ch(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb", "unionpay"])
        if brand == "visa":
            body, ln = "4" + self.dig(14), 16
        elif brand == "mc":
            body, ln = "5" + self.num(1, 5) + self.dig(13), 16
        elif brand == "mc2":
            body, ln = self.num(2221, 2720) + self.dig(11), 16
        elif brand == "amex":
            body, ln = self.ch(["34", "37"]) + self.dig(12), 15
        elif brand == "discover":
            body, ln = "6011" + self.dig(11), 16
        elif brand == "jcb":
            body, ln = self.num(3528, 3589) + self.dig(11), 16
        else:
            ln = self.ch([16, 19, 19])
            pre = self.ch(["622202", "621700", "622588", "623061", "625907", "621226", "622848", "621483", "622700"])
            body = pre + self.dig(ln - 7)
        v = luhn_complete(body)
        assert len(v) == ln
        return v

    def card_fmt(self, v: str, style: int | None = None) -> str:
        if style is None:
            style = self.r.choices(range(3), weights=[60, 30, 10])[0]
        if style == 0:
            return v
        sep = " " if style == 1 else "-"
        if len(v) == 15:
            return sep.join([v[:4], v[4:10], v[10:]])
        return sep.join(v[i:i + 4] for i in range(0, len(v), 4))

    def luhn_id(self, ln: int | None = None) -> str:
        ln = ln or self.ch([16, 17, 18, 19])
        return luhn_complete(self.ch("789") + self.dig(ln - 2))

    def cnid(self) -> str:
        while True:
            d = datetime(1950, 1, 1) + timedelta(days=self.r.randint(0, 20000))
            body = self.ch(_REGION) + d.strftime("%Y%m%d") + self.dig(3)
            v = body + cnid_check(body)
            if self.p(0.05) and v[-1] == "X":
                v = v[:-1] + "x"
            if cnid_ok(v):
                return v

    def serial18(self) -> str:
        while True:
            v = self.ch(["20", "30", "88", "19", "66"]) + self.dig(16)
            if not cnid_ok(v):
                return v

    def plate(self) -> str:
        prov, city = self.ch(_PROV), self.ch(_PLATE_L)
        x = self.r.random()
        if x < 0.25:
            tail = self.ch("DF") + self.ch(_PLATE_L + "0123456789") + self.dig(4)
        elif x < 0.32:
            tail = self.dig(5) + self.ch("DF")
        else:
            chars = [self.ch("0123456789") for _ in range(5)]
            for _ in range(self.r.randint(0, 2)):
                chars[self.r.randrange(4)] = self.ch(_PLATE_L)
            tail = "".join(chars)
        sep = self.r.choices(["", "·", " "], weights=[70, 20, 10])[0]
        return prov + city + sep + tail

    def iban(self, cc: str | None = None, spaced: bool | None = None) -> str:
        cc = cc or self.ch(["DE", "DE", "GB", "FR", "NL", "ES", "IT", "BE", "CH", "AT", "IE"])
        if cc == "DE":
            bban = self.dig(18)
        elif cc == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.dig(14)
        elif cc == "IE":
            bban = self.ch(["AIBK", "BOFI"]) + self.dig(14)
        elif cc == "FR":
            bban = self.dig(23)
        elif cc == "NL":
            bban = self.ch(["ABNA", "INGB", "RABO", "TRIO"]) + self.dig(10)
        elif cc == "ES":
            bban = self.dig(20)
        elif cc == "IT":
            bban = self.ch(string.ascii_uppercase) + self.dig(22)
        elif cc == "BE":
            bban = self.dig(12)
        elif cc == "AT":
            bban = self.dig(16)
        else:
            bban = self.dig(17)
        chk = 98 - _iban_num(bban + cc + "00") % 97
        v = f"{cc}{chk:02d}{bban}"
        if spaced is None:
            spaced = self.p(0.35)
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v

    def ssn(self, dashed: bool = True) -> str:
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            v = f"{a:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"
            if v in ("123456789", "078051120"):
                continue
            return f"{v[:3]}-{v[3:5]}-{v[5:]}" if dashed else v

    def passport(self) -> str:
        x = self.r.random()
        if x < 0.55:
            return "E" + self.dig(8)
        if x < 0.85:
            return "E" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.dig(7)
        return "G" + self.dig(8)

    # -- secrets
    def password(self) -> str:
        k = self.r.randrange(4)
        if k == 0:
            return self.ch(["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Welcome", "Passw0rd", "Qwerty", "Shanghai", "Tianjin"]) + self.num(2019, 2026) + self.ch(["!", "@", "#", "$", "!!", ""])
        if k == 1:
            return self.aln(self.r.randint(10, 16), string.ascii_letters + string.digits + "!#%&*^-_")
        if k == 2:
            return self.ch(["qwe", "abc", "zxc", "asd"]) + self.num(100, 999999) + self.ch(["!@#", "..", "", "aa"])
        return self.ch(_PY_GIVEN).lower().capitalize() + self.ch(["@", "#", "_", "."]) + self.num(1960, 2025) + self.ch(["", "!", "x"])

    def jwt(self) -> str:
        def b64(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        h = {"alg": self.ch(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        body = {"sub": self.num(10000, 9999999), "iat": self.r.randint(1767225600, 1790000000), "scope": self.ch(["read", "user", "admin openid"])}
        sig = base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(32))).rstrip(b"=").decode()
        return f"{b64(h)}.{b64(body)}.{sig}"

    def api_key(self) -> str:
        k = self.r.randrange(8)
        a = string.ascii_letters + string.digits
        if k == 0:
            return "ghp_" + self.aln(36, a)
        if k == 1:
            return "glpat-" + self.aln(20, a + "-_")
        if k == 2:
            return "sk_live_" + self.aln(24, a)
        if k == 3:
            return "xoxb-" + self.dig(12) + "-" + self.dig(13) + "-" + self.aln(24, a)
        if k == 4:
            return "AIza" + self.aln(35, a + "-_")
        if k == 5:
            return "npm_" + self.aln(36, a)
        if k == 6:
            return "SG." + self.aln(22, a + "-_") + "." + self.aln(43, a + "-_")
        return self.hexs(40)

    def aws_secret(self) -> str:
        return self.aln(40, string.ascii_letters + string.digits + "+/")

    def opaque(self, k: int = 32) -> str:
        return self.aln(k, string.ascii_letters + string.digits)

    # -- decoys
    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, k: int = 40) -> str:
        return self.hexs(k)

    def order_cn(self) -> str:
        while True:
            v = self.dt().strftime("%Y%m%d") + self.dig(self.ch([8, 10, 12]))
            if not cnid_ok(v):
                return v

    def waybill(self) -> str:
        k = self.r.randrange(5)
        if k == 0:
            return "SF" + self.dig(13)
        if k == 1:
            return "JDX" + self.dig(12)
        if k == 2:
            return "YT" + self.dig(13)
        if k == 3:
            return "7" + self.dig(13)
        return self.ch(["10", "12", "2", "4", "9", "6"]) + self.dig(9) if self.p(0.5) else self.ch(["10", "12"]) + self.dig(9)

    def num11(self) -> str:
        """An 11-digit number that is not a mainland mobile number (batch / order / parcel ids)."""
        return self.ch(["10", "11", "12", "20", "30", "50", "60", "70", "80", "90"]) + self.dig(9)

    def epoch_ms(self) -> str:
        return str(int(self.dt().timestamp() * 1000))

    def masked_mobile(self) -> str:
        v = self.cn_mobile_raw()
        return self.ch([f"{v[:3]}****{v[7:]}", f"{v[:3]}*****{v[8:]}", f"*******{v[7:]}"])

    def masked_name(self) -> str:
        n = self.ch(_CN_SUR) + self.ch(_CN_GIVEN)
        return n[0] + "*" * (len(n) - 1) if self.p(0.6) else n[0] + "*" + n[2:] if len(n) > 2 else n[0] + "*"

    def masked_card(self) -> str:
        return self.ch([f"6222 **** **** {self.dig(4)}", f"**** **** **** {self.dig(4)}", f"{self.ch(['4', '5', '62'])}{self.dig(4)}******{self.dig(4)}", f"尾号{self.dig(4)}"])

    def masked_id(self) -> str:
        return self.ch(_REGION)[:3] + "***********" + self.dig(3) + self.ch("0123456789X")

    def service_line(self) -> str:
        return self.ch([f"400-{self.num(100, 999)}-{self.dig(4)}", f"400{self.num(100, 999)}{self.dig(4)}", "95588", "95555", "95533", "10086", "95516", "12306", "95338", f"800-{self.num(100, 999)}-{self.dig(4)}"])

    def amount(self) -> str:
        return f"{self.r.randint(1, 99999) / 100:.2f}" if self.p(0.7) else f"{self.r.randint(1, 9999)}.00"

    def var(self, n: int) -> int:
        """Variant index; the last variant (usually the one without personal data) is drawn less often."""
        return self.r.choices(range(n), weights=[1.0] * (n - 1) + [0.45])[0]

    def eu_name(self) -> str:
        return f"{self.eu.first_name()} {self.eu.last_name()}"

    def ver(self) -> str:
        return f"{self.r.randint(0, 12)}.{self.r.randint(0, 40)}.{self.r.randint(0, 30)}"


# ---------------------------------------------------------------- assembly

TEMPLATES: list[tuple[str, callable]] = []
GROUP_WEIGHT = {"en": 0.35, "json": 0.20, "zh": 0.45}


def tpl(group: str):
    def deco(fn):
        TEMPLATES.append((group, fn))
        return fn
    return deco


def _assemble(parts) -> dict:
    text, spans, decoys = [], [], []
    pos = 0
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            value = str(value)
            (spans if label in TYPES else decoys).append([pos, pos + len(value), label])
            text.append(value)
            pos += len(value)
        else:
            text.append(part)
            pos += len(part)
    return {"text": "".join(text), "spans": spans, "decoys": decoys}


def _check(rec: dict) -> bool:
    text = rec["text"]
    if "\n" in text or "\r" in text:
        return False
    labs = sorted(rec["spans"] + rec["decoys"])
    for (s1, e1, _), (s2, e2, _) in itertools.pairwise(labs):
        if s2 < e1:
            return False
    if len(rec["spans"]) > 3 or len(rec["decoys"]) > 3:
        return False
    for s, e, t in rec["spans"]:
        val = text[s:e]
        if not val.strip() or val != val.strip():
            return False
        validate(val, t)
        i = text.find(val)
        while i >= 0:
            if not any(a <= i and i + len(val) <= b for a, b, _ in rec["spans"]):
                return False
            i = text.find(val, i + 1)
    for s, e, k in rec["decoys"]:
        val = text[s:e]
        if not val.strip():
            return False
        validate(val, k)
        # a decoy string must not also be planted somewhere else in the line
        for a, b, _ in rec["spans"]:
            if val in text[a:b] and len(val) >= 4:
                return False
    return True


def blind_log2(n: int = 6000, seed: int = 33) -> list[dict]:
    g = G(seed)
    out = []
    groups: dict[str, list[int]] = {}
    for i, (grp, _fn) in enumerate(TEMPLATES):
        groups.setdefault(grp, []).append(i)
    names = [k for k in ("en", "json", "zh") if k in groups]
    weights = [GROUP_WEIGHT[k] for k in names]
    for _ in range(n):
        tid = g.r.choice(groups[g.r.choices(names, weights=weights)[0]])
        fn = TEMPLATES[tid][1]
        for _attempt in range(50):
            rec = _assemble(fn(g))
            if _check(rec):
                break
        else:
            raise AssertionError(f"template {tid + 1} ({fn.__name__}) keeps failing: {rec}")
        for s, e, t in rec["spans"] + rec["decoys"]:
            assert rec["text"][s:e] and e <= len(rec["text"])
        rec["template"] = tid + 1
        out.append(rec)
    return out


# ================================================================ templates
# Part lists: plain strings are unlabelled text, (value, TYPE) is a planted
# value, (value, KIND) with KIND not in TYPES is a decoy.


def _apache_ts(g: G, d: datetime) -> str:
    return f"{_DOW[d.weekday()]} {_MON[d.month - 1]} {d.day:02d} {d:%H:%M:%S}.{d.microsecond:06d} {d.year}"


@tpl("en")
def apache_error(g: G):
    d = g.dt()
    pid = g.num(1000, 65000)
    ip, port = g.client_ip(), g.port()
    head = [f"[{_apache_ts(g, d)}] "]
    k = g.var(5)
    path = g.ch(["/admin", "/private/reports", "/jenkins", "/wp-admin", "/finance/q3", "/intranet"])
    if k == 0:
        return head + ["[auth_basic:error] [pid ", (pid, "PID"), f":tid {g.num(139000000000000, 139999999999999)}] [client ", (ip, IP), f":{port}] AH01618: user ", (g.login(), PER), f" not found: {path}"]
    if k == 1:
        return head + [f"[auth_basic:error] [pid {pid}:tid {g.num(139000000000000, 139999999999999)}] [client ", (ip, IP), f":{port}] AH01617: user ", (g.login(), PER), f": authentication failure for \"{path}\": Password Mismatch"]
    if k == 2:
        em = g.email()
        return head + ["[proxy_fcgi:error] [pid ", (pid, "PID"), "] [client ", (ip, IP), f":{port}] AH01071: Got error 'PHP message: PHP Warning:  mail(): Failed to send message to ", (em, EMAIL), " in /var/www/html/contact.php on line ", (g.num(20, 400), "LINENO"), f"', referer: https://www.{g.ch(_CORP)}.com/contact"]
    if k == 3:
        return head + [f"[core:error] [pid {pid}] [client ", (ip, IP), f":{port}] AH00126: Invalid URI in request GET /..%2f..%2fetc/passwd HTTP/1.1"]
    v = g.ver()
    return head + ["[mpm_event:notice] [pid ", (pid, "PID"), ":tid 1] AH00489: Apache/", (f"2.4.{g.num(41, 62)}", "VER"), " (Unix) OpenSSL/", (v, "VER"), " configured -- resuming normal operations"]


@tpl("en")
def nginx_error(g: G):
    d = g.dt()
    ip = g.client_ip()
    pid = g.num(1000, 40000)
    host = f"{g.ch(['shop', 'api', 'portal', 'account'])}.{g.ch(_CORP)}.com"
    head = f"{d:%Y/%m/%d %H:%M:%S} "
    k = g.var(4)
    if k == 0:
        tok = g.opaque(g.ch([24, 32, 40]))
        return [head + "[error] ", (pid, "PID"), f"#0: *{g.num(1, 999999)} open() \"/var/www/html/reset\" failed (2: No such file or directory), client: ", (ip, IP), f", server: {host}, request: \"GET /password/reset?token=", (tok, CRED), f" HTTP/1.1\", host: \"{host}\""]
    if k == 1:
        return [head + f"[warn] {pid}#0: *{g.num(1, 999999)} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{g.num(1, 9)}/{g.num(10, 99)}/{g.dig(10)} while reading upstream, client: ", (ip, IP), f", server: {host}, request: \"GET /export.csv HTTP/2.0\", upstream: \"http://unix:/run/app.sock:/export.csv\""]
    if k == 2:
        return [head + f"[error] {pid}#0: *{g.num(1, 999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ", (ip, IP), f", server: {host}, request: \"POST /api/v2/checkout HTTP/1.1\", upstream: \"http://", (g.host(), "HOSTNAME"), ":", (g.ch(["8080", "9000", "3000"]), "PORT"), "/api/v2/checkout\""]
    user = g.login()
    return [head + f"[error] {pid}#0: *{g.num(1, 999999)} user \"", (user, PER), "\" was not found in \"/etc/nginx/.htpasswd\", client: ", (ip, IP), f", server: {host}, request: \"GET /grafana/ HTTP/1.1\""]


@tpl("en")
def haproxy(g: G):
    d = g.dt()
    ip = g.client_ip(0.05)
    tt = [g.r.randint(0, 5), g.r.randint(0, 3), g.r.randint(0, 4), g.r.randint(2, 900)]
    total = sum(tt) + g.r.randint(0, 20)
    status = g.ch(["200", "200", "302", "401", "403", "500", "503"])
    size = g.num(120, 250000)
    be = g.ch(["be_app/app0", "be_api/api0", "be_static/web0"]) + g.num(1, 6)
    meth = g.ch(["GET /", "POST /login", "GET /account/settings", "POST /api/v1/orders", "GET /healthz"])
    parts = [f"{g.syslog_ts(d)} lb0{g.num(1, 3)} haproxy[{g.num(1000, 9000)}]: ", (ip, IP), f":{g.port()} [{d:%d/%b/%Y:%H:%M:%S}.{d.microsecond // 1000:03d}] fe_https~ {be} {'/'.join(map(str, tt))}/", (str(total), "MS"), " ", (status, "STATUS"), " ", (size, "BYTES")]
    if g.p(0.4):
        # captured request header: either a captured X-User-Email (PII) or a user-agent
        parts += [" - - --NI 12/10/3/1/0 0/0 {"]
        if g.p(0.5):
            parts += [(g.email(), EMAIL)]
        else:
            parts += ["Mozilla/5.0 (X11; Linux x86_64)"]
        parts += ["} \"", meth, " HTTP/1.1\""]
    else:
        parts += [f" - - ---- {g.num(1, 40)}/{g.num(1, 40)}/3/1/0 0/0 \"{meth} HTTP/1.1\""]
    return parts


@tpl("en")
def squid(g: G):
    d = g.dt()
    ip = g.client_ip(0.08)
    ms = g.num(3, 9000)
    size = g.num(200, 5000000)
    url = g.ch(["http://update.example-cdn.net/pkg/latest.tar.gz", "https://www.wikipedia.org:443", "http://intranet.acme.local/hr/payroll.pdf", "https://drive.google.com:443", "http://neverssl.com/"])
    code = g.ch(["TCP_MISS/200", "TCP_TUNNEL/200", "TCP_HIT/200", "TCP_DENIED/407", "TCP_MISS/304"])
    meth = "CONNECT" if url.endswith(":443") else "GET"
    user = g.login() if g.p(0.7) else "-"
    parts = [f"{int(d.timestamp())}.{d.microsecond // 1000:03d} {ms:>6} ", (ip, IP), f" {code} ", (size, "BYTES"), f" {meth} {url} "]
    parts += [(user, PER)] if user != "-" else ["-"]
    parts += [f" HIER_DIRECT/{g.ch(['upstream.proxy.local', 'www.wikipedia.org', 'drive.google.com', 'cdn.example-cdn.net'])} {g.ch(['text/html', 'application/octet-stream', '-', 'application/pdf'])}"]
    return parts


@tpl("en")
def postfix(g: G):
    d = g.dt()
    qid = g.hexs(10, True)
    head = f"{g.syslog_ts(d)} mx{g.num(1, 3)} postfix/"
    k = g.var(5)
    if k == 0:
        return [head + f"smtpd[{g.num(1000, 60000)}]: ", (qid, "QUEUE_ID"), ": client=unknown[", (g.client_ip(), IP), "], sasl_method=PLAIN, sasl_username=", (g.email(corp=True), EMAIL)]
    if k == 1:
        return [head + f"qmgr[{g.num(1000, 60000)}]: {qid}: from=<", (g.email(), EMAIL), ">, size=", (g.num(900, 900000), "BYTES"), ", nrcpt=1 (queue active)"]
    if k == 2:
        return [head + f"smtp[{g.num(1000, 60000)}]: {qid}: to=<", (g.email(), EMAIL), f">, relay={g.ch(['mail', 'lmtp', 'store'])}.{g.ch(_CORP)}.com[private/dovecot-lmtp], delay=", (f"{g.r.randint(1, 900) / 100:.2f}", "MS"), ", dsn=2.0.0, status=sent (250 2.0.0 OK)"]
    if k == 3:
        return [head + f"smtpd[{g.num(1000, 60000)}]: NOQUEUE: reject: RCPT from unknown[", (g.client_ip(), IP), "]: 550 5.1.1 <", (g.email(corp=True), EMAIL), ">: Recipient address rejected: User unknown in virtual mailbox table; proto=ESMTP helo=<localhost>"]
    return [head + f"anvil[{g.num(1000, 60000)}]: statistics: max connection rate 3/60s for (smtp:", (g.client_ip(0), IP), f") at {g.syslog_ts(d)}"]


@tpl("en")
def dovecot(g: G):
    d = g.dt()
    ip = g.client_ip(0.2)
    user = g.login() if g.p(0.6) else g.email()
    ut = PER if "@" not in user else EMAIL
    head = f"{g.syslog_ts(d)} mail{g.num(1, 4)} dovecot: "
    k = g.var(4)
    if k == 0:
        return [head + "imap-login: Login: user=<", (user, ut), ">, method=PLAIN, rip=", (ip, IP), ", mpid=", (g.num(1000, 60000), "PID"), ", TLS, session=<", (g.aln(16, string.ascii_letters + string.digits + "+/"), "SESSION_ID"), ">"]
    if k == 1:
        return [head + "auth: passwd-file(", (user, ut), ",", (ip, IP), "): Password mismatch"]
    if k == 2:
        return [head + "imap(", (user, ut), f")<{g.num(1000, 60000)}><{g.aln(16)}>: Disconnected: Logged out in=", (g.num(10, 9999), "BYTES"), " out=", (g.num(100, 999999), "BYTES")]
    return [head + "pop3-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<", (user, ut), ">, method=PLAIN, rip=", (ip, IP), ", TLS"]


@tpl("en")
def exim(g: G):
    d = g.dt()
    mid = f"{g.aln(6)}-{g.aln(6)}-{g.aln(2)}"
    head = f"{d:%Y-%m-%d %H:%M:%S} "
    if g.p(0.5):
        f, la = g.first(), g.last()
        snd = g.email(f, la)
        auth = g.login(f, la)
        return [head + mid + " <= ", (snd, EMAIL), f" H=({g.ch(['laptop', 'DESKTOP-7Q2M', 'MacBook-Pro.local'])}) [", (g.client_ip(), IP), "] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_login:", (auth, PER), f" S={g.num(900, 90000)} id=", (f"{g.hexs(12)}@mail.gmail.com", "MESSAGE_ID")]
    if g.p(0.5):
        return [head + mid + " => ", (g.email(), EMAIL), " R=virtual_user T=dovecot_lmtp C=\"250 2.0.0 <" + g.aln(20) + "> Saved\" QT=", (f"{g.num(1, 59)}s", "MS")]
    return [head + mid + " Completed QT=", (f"{g.num(1, 9)}s", "MS")]


@tpl("en")
def openvpn(g: G):
    d = g.dt()
    ip = g.ipv4()
    port = g.port()
    user = g.login()
    ts = f"{_DOW[d.weekday()]} {_MON[d.month - 1]} {d.day:>2} {d:%H:%M:%S} {d.year}"
    k = g.var(4)
    if k == 0:
        return [f"{ts} ", (ip, IP), f":{port} [", (user, PER), "] Peer Connection Initiated with [AF_INET]", (ip, IP), f":{port}"]
    if k == 1:
        return [f"{ts} ", (user, PER), "/", (ip, IP), f":{port} Connection reset, restarting [0]"]
    if k == 2:
        return [f"{ts} ", (ip, IP), f":{port} TLS Auth Error: Auth Username/Password verification failed for peer"]
    return [f"{ts} MANAGEMENT: Client connected from [AF_INET]", ("127.0.0.1", "LOOPBACK"), ":", (g.ch(["7505", "7506"]), "PORT"), " (OpenVPN ", (f"2.{g.num(4, 6)}.{g.num(0, 12)}", "VER"), ")"]


@tpl("en")
def windows_security(g: G):
    d = g.dt()
    ws = f"{g.ch(['WS', 'LT', 'DESKTOP'])}-{g.aln(5, string.ascii_uppercase + string.digits)}"
    dom = g.ch(["CORP", "ACME", "NORTHWIND", "HQ"])
    if g.p(0.5):
        user = g.login()
        return [f"{d:%m/%d/%Y %I:%M:%S %p} Microsoft-Windows-Security-Auditing EventID=4625 An account failed to log on. Subject: Security ID: S-1-5-18 Account Name: ", (ws + "$", "HOSTNAME"), f" Account Domain: {dom} Logon Type: 3 Account For Which Logon Failed: Account Name: ", (user, PER), f" Account Domain: {dom} Failure Reason: Unknown user name or bad password. Source Network Address: ", (g.client_ip(0), IP), " Source Port: ", (g.port(), "PORT")]
    if g.p(0.5):
        user = g.login()
        return [f"{d:%m/%d/%Y %I:%M:%S %p} EventID=4624 An account was successfully logged on. Logon Type: 10 New Logon: Account Name: ", (user, PER), f" Account Domain: {dom} Logon ID: 0x{g.hexs(7).upper()} Workstation Name: ", (ws, "HOSTNAME"), " Source Network Address: ", (g.client_ip(0), IP)]
    svc = g.ch(["svc-backup", "svc-sql", "SYSTEM", "Administrator", "svc-iis"])
    return [f"{d:%m/%d/%Y %I:%M:%S %p} EventID=4672 Special privileges assigned to new logon. Subject: Account Name: ", (svc, "ROLE_ACCOUNT"), f" Account Domain: {dom} Logon ID: 0x{g.hexs(6).upper()} Privileges: SeBackupPrivilege SeRestorePrivilege SeDebugPrivilege"]


@tpl("en")
def ldap_bind(g: G):
    d = g.dt()
    conn = g.num(1000, 99999)
    dc = g.ch(_CORP)
    head = f"{g.syslog_ts(d)} ldap{g.num(1, 2)} slapd[{g.num(400, 9000)}]: conn={conn} "
    k = g.var(4)
    if k == 0:
        return [head + f"fd={g.num(10, 90)} ACCEPT from IP=", (g.client_ip(0), IP), f":{g.port()} (IP=", ("0.0.0.0", "BIND_ADDR"), ":389)"]
    if k == 1:
        return [head + "op=0 BIND dn=\"uid=", (g.login(), PER), f",ou=people,dc={dc},dc=com\" method=128"]
    if k == 2:
        f, la = g.first(), g.last()
        return [head + "op=1 SRCH base=\"ou=people,dc=" + dc + ",dc=com\" scope=2 deref=0 filter=\"(mail=", (g.email(f, la, corp=True), EMAIL), ")\""]
    return [head + "op=0 BIND dn=\"cn=", (g.ch(["admin", "replicator", "readonly", "svc-gitlab"]), "ROLE_ACCOUNT"), f",dc={dc},dc=com\" method=128 mech=SIMPLE ssf=0"]


@tpl("en")
def ftp_sftp(g: G):
    d = g.dt()
    user = g.login()
    ip = g.client_ip(0.05)
    fname = g.ch(["report_q3.xlsx", "invoice.pdf", "backup.tar.gz", "scan_0012.jpg", "payroll.csv"])
    k = g.var(3)
    if k == 0:
        size = g.num(1000, 90000000)
        return [f"{_DOW[d.weekday()]} {_MON[d.month - 1]} {d.day:>2} {d:%H:%M:%S} {d.year} [pid {g.num(1000, 60000)}] [", (user, PER), "] OK UPLOAD: Client \"", (ip, IP), f"\", \"/uploads/{fname}\", ", (size, "BYTES"), f" bytes, {g.r.randint(100, 90000) / 100:.2f}Kbyte/sec"]
    if k == 1:
        return [f"{g.syslog_ts(d)} files sshd[{g.num(1000, 60000)}]: Accepted password for ", (user, PER), " from ", (ip, IP), f" port {g.port()} ssh2"]
    return [f"{g.syslog_ts(d)} files sftp-server[{g.num(1000, 60000)}]: close \"/srv/sftp/incoming/{fname}\" bytes read 0 written ", (g.num(1000, 90000000), "BYTES")]


@tpl("en")
def sip_call(g: G):
    f, la = g.first(), g.last()
    name = f"{f} {la}"
    ext = g.login(f, la)
    dom = f"voip.{g.ch(_CORP)}.com"
    callee = g.us_phone()
    callee_e164 = "+1" + _digits(callee)[-10:]
    callid = f"{g.hexs(32)}@{dom}"
    k = g.var(3)
    if k == 0:
        return ["INVITE tel:", (callee_e164, PHONE), " SIP/2.0 From: \"", (name, PER), "\" <sip:", (f"{g.num(2000, 7999)}@{dom}", "SIP_EXT"), f">;tag={g.hexs(8)} Call-ID: ", (callid, "TRACE")]
    if k == 1:
        return [f"CDR start={g.iso()} src=", (ext, PER), " dst=", (callee_e164, PHONE), " duration=", (f"{g.num(1, 3600)}s", "MS"), " disposition=ANSWERED uniqueid=", (f"{g.num(1700000000, 1790000000)}.{g.num(1, 9999)}", "TRACE")]
    return [f"SIP/2.0 486 Busy Here Via: SIP/2.0/UDP {g.ch(['sbc1', 'sbc2'])}.{dom}:5060 To: \"", (name, PER), "\" <sip:", (f"{g.num(2000, 7999)}@{dom}", "SIP_EXT"), f">;tag={g.hexs(8)} CSeq: {g.num(1, 200)} INVITE"]


@tpl("en")
def java_exception(g: G):
    d = g.dt()
    thread = f"http-nio-8080-exec-{g.num(1, 200)}"
    k = g.var(4)
    head = f"{d:%Y-%m-%d %H:%M:%S}.{d.microsecond // 1000:03d} ERROR [{thread}] "
    if k == 0:
        return [head + "c.a.user.UserService - org.springframework.dao.DuplicateKeyException: Duplicate entry '", (g.email(), EMAIL), "' for key 'uk_user_email'"]
    if k == 1:
        return [head + "c.a.notify.Mailer - javax.mail.SendFailedException: Invalid Addresses; nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <", (g.email(), EMAIL), ">... User unknown"]
    if k == 2:
        return [head + "c.a.auth.LoginController - BadCredentialsException: Bad credentials for principal=", (g.login(), PER), " remoteAddress=", (g.client_ip(), IP), " traceId=", (g.hexs(32), "TRACE")]
    return [head + "o.h.engine.jdbc.spi.SqlExceptionHelper - HikariPool-1 - Connection is not available, request timed out after ", (f"{g.num(1000, 30000)}ms", "MS"), " (total=", (g.num(10, 50), "POOL"), ", active=10, idle=0, waiting=" + g.num(1, 99) + ")"]


@tpl("en")
def rails_django(g: G):
    d = g.dt()
    k = g.var(4)
    if k == 0:
        return [f"I, [{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d} #{g.num(1000, 60000)}]  INFO -- : [{g.uuid()}] Started POST \"/users\" for ", (g.client_ip(), IP), f" at {d:%Y-%m-%d %H:%M:%S} +0000"]
    if k == 1:
        f, la = g.first(), g.last()
        return [f"I, [{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d} #{g.num(1000, 60000)}]  INFO -- :   Parameters: {{\"authenticity_token\"=>\"[FILTERED]\", \"user\"=>{{\"email\"=>\"", (g.email(f, la), EMAIL), "\", \"name\"=>\"", (f"{f} {la}", PER), "\", \"phone\"=>\"", (g.us_phone(), PHONE), "\", \"password\"=>\"[FILTERED]\"}}, \"commit\"=>\"Sign up\"}}"]
    if k == 2:
        return [f"[{d:%d/%b/%Y %H:%M:%S}] WARNING [django.security.csrf] Forbidden (CSRF token missing.): /accounts/login/ user=", (g.login(), PER), " ip=", (g.client_ip(), IP)]
    return [f"[{d:%d/%b/%Y %H:%M:%S}] \"POST /api/orders/ HTTP/1.1\" ", (g.ch(["201", "400", "500"]), "STATUS"), " ", (g.num(10, 9000), "BYTES"), " order=", (g.luhn_id(16), "LUHN_ID")]


@tpl("en")
def stripe_paypal(g: G):
    k = g.var(3)
    f, la = g.first(), g.last()
    if k == 0:
        amt = g.num(100, 99999)
        return [f"stripe webhook evt_{g.aln(24)} type=charge.succeeded amount=", (amt, "AMOUNT"), " currency=usd billing_details.email=", (g.email(f, la), EMAIL), " billing_details.name=\"", (f"{f} {la}", PER), "\" card.brand=visa card.last4=", (g.dig(4), "MASKED")] if g.p(0.6) else [
            f"stripe webhook evt_{g.aln(24)} type=charge.succeeded created=", (g.epoch_ms()[:10], "TS"), " billing_details.email=", (g.email(f, la), EMAIL), " payment_intent=pi_", g.aln(24), " latency_ms=", (g.num(80, 2000), "MS")]
    if k == 1:
        return ["paypal IPN verified: txn_type=web_accept payment_status=Completed mc_gross=", (g.amount(), "AMOUNT"), "&payer_email=", (g.email(f, la), EMAIL), "&first_name=", (f, PER), "&last_name=", (la, PER)]
    return [f"stripe webhook evt_{g.aln(24)} type=invoice.payment_failed customer=cus_{g.aln(14)} attempt_count={g.num(1, 4)} next_payment_attempt=", (g.num(1767225600, 1790000000), "TS"), " amount_due=", (g.num(500, 50000), "AMOUNT")]


@tpl("json")
def json_profile_update(g: G):
    f, la = g.first(), g.last()
    uid = g.num(100000, 9999999)
    ts = g.iso()
    parts = ['{"event":"profile.updated","ts":"', ts, '","actor":{"userId":', (uid, "USER_ID"), ',"displayName":"', (f"{f} {la}", PER), '","contact":{"email":"', (g.email(f, la), EMAIL), '"']
    if g.p(0.6):
        parts += [',"mobile":"', (g.us_phone() if g.p(0.5) else g.uk_phone(), PHONE), '"']
    parts += ['}},"requestId":"', g.uuid(), '","changed":["contact.email"]}']
    return parts


@tpl("en")
def git_webhook(g: G):
    f, la = g.first(), g.last()
    repo = f"{g.ch(_CORP)}/{g.ch(['payments-api', 'web-frontend', 'infra', 'mobile-app', 'data-pipeline'])}"
    k = g.var(4)
    if k == 0:
        return [f"{g.iso()} github-webhook delivery=", (g.uuid(), "UUID"), f" event=push repo={repo} ref=refs/heads/main after=", (g.sha(), "SHA"), " pusher.name=", (g.login(f, la), PER), " pusher.email=", (g.email(f, la), EMAIL)]
    if k == 1:
        return [f"{g.iso()} gitlab-webhook \"Merge Request Hook\" project_id={g.num(10, 9999)} iid=", (g.num(1, 4000), "MR_ID"), " user_name=\"", (f"{f} {la}", PER), "\" user_username=", (g.login(f, la), PER), " action=merge"]
    if k == 2:
        bot = g.ch(["dependabot[bot]", "renovate[bot]", "github-actions[bot]", "release-bot"])
        return [f"{g.iso()} github-webhook event=pull_request action=opened repo={repo} number={g.num(1, 9000)} sender.login=", (bot, "ROLE_ACCOUNT"), " title=\"Bump lodash from 4.17.20 to ", ("4.17.21", "VER"), "\""]
    return [f"{g.iso()} gitlab-webhook \"Pipeline Hook\" project={repo} pipeline_id=", (g.num(100000, 9999999), "BUILD"), " status=failed commit.author.email=", (g.email(f, la, corp=True), EMAIL), " duration=", (f"{g.num(30, 3600)}", "MS")]


@tpl("en")
def ci_job(g: G):
    d = g.dt()
    ts = f"{d:%Y-%m-%dT%H:%M:%S}.{g.dig(7)}Z"
    k = g.var(6)
    if k == 0:
        return [f"{ts} ##[group]Run curl -sS -H \"Authorization: Bearer ", (g.jwt() if g.p(0.5) else g.api_key(), CRED), f"\" https://api.{g.ch(_CORP)}.io/v1/deploy?build=", (g.num(1000, 99999), "BUILD")]
    if k == 1:
        return [f"[job {g.num(10000, 999999)}] $ export AWS_SECRET_ACCESS_KEY=", (g.aws_secret(), CRED), " AWS_DEFAULT_REGION=us-east-1"]
    if k == 2:
        user = g.ch(["deploy-bot", "ci-runner", "jenkins", "release-bot"])
        return ["[Pipeline] sh + docker login -u ", (user, "ROLE_ACCOUNT"), " -p ", (g.password(), CRED), f" registry.{g.ch(_CORP)}.io"]
    if k == 3:
        host = g.host()
        return [f"{ts} Step 6/11 : ENV DATABASE_URL=postgres://", (g.ch(["app", "app_rw", "postgres", "svc_orders"]), "ROLE_ACCOUNT"), ":", (g.password(), CRED), "@", (host, "HOSTNAME"), ":5432/orders"]
    if k == 4:
        return [f"{ts} npm notice Publishing to https://registry.npmjs.org/ with tag latest and default access; //registry.npmjs.org/:_authToken=", ("npm_" + g.opaque(36), CRED)]
    return [f"{ts} Build #", (g.num(100, 99999), "BUILD"), " finished: SUCCESS in ", (f"{g.num(1, 59)}m {g.num(1, 59)}s", "MS"), " commit ", (g.sha(g.ch([7, 8, 40])), "SHA")]


@tpl("en")
def redis_mysql_slow(g: G):
    d = g.dt()
    k = g.var(4)
    if k == 0:
        return [f"{int(d.timestamp())}.{d.microsecond:06d} [0 ", (g.client_ip(0), IP), f":{g.port()}] \"AUTH\" \"", (g.password(), CRED), "\""]
    if k == 1:
        return [f"redis slowlog id={g.num(1, 99999)} ts={int(d.timestamp())} duration_us=", (g.num(10000, 900000), "MS"), " client=", (g.client_ip(0), IP), f":{g.port()} cmd=\"HGETALL user:profile:", (g.email(), EMAIL), "\""]
    if k == 2:
        user = g.login()
        return [f"# Time: {d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}Z # User@Host: ", (user, PER), "[", (user, PER), "] @  [", (g.client_ip(0), IP), "]"]
    return [f"# Query_time: {g.r.randint(1, 99999) / 1000:.6f}  Lock_time: 0.000{g.dig(3)} Rows_sent: 1  Rows_examined: ", (g.num(10000, 9000000), "ROWS"), " SET timestamp=", (str(int(d.timestamp())), "TS"), "; SELECT id FROM customers WHERE phone = '", (g.us_phone(), PHONE), "';"]


@tpl("en")
def mongo_es_slow(g: G):
    d = g.dt()
    if g.p(0.5):
        parts = ['{"t":{"$date":"', g.iso(d).replace("Z", "+00:00"), '"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn', g.num(100, 99999), '","msg":"Slow query","attr":{"type":"command","ns":"crm.customers","command":{"find":"customers","filter":{']
        if g.p(0.5):
            parts += ['"email":"', (g.email(), EMAIL), '"']
        else:
            parts += ['"phone":"', (g.us_phone() if g.p(0.5) else g.uk_phone(), PHONE), '"']
        parts += ['}},"planSummary":"COLLSCAN","durationMillis":', (g.num(100, 9000), "MS"), ',"remote":"', (g.client_ip(0), IP), f':{g.port()}"}}}}']
        return parts
    f, la = g.first(), g.last()
    if g.p(0.2):
        return [f"[{d:%Y-%m-%dT%H:%M:%S},{d.microsecond // 1000:03d}][INFO ][i.s.s.fetch              ] [es-data-{g.num(1, 9)}] [books][{g.num(0, 5)}] took[{g.r.randint(5, 90) / 10}s], took_millis[", (g.num(500, 9000), "MS"), "], total_hits[", g.num(2, 400), " hits], source[{\"query\":{\"match_phrase\":{\"author\":\"", (g.ch(_FAMOUS_EN), "FAMOUS"), "\"}}}]"]
    return [f"[{d:%Y-%m-%dT%H:%M:%S},{d.microsecond // 1000:03d}][WARN ][i.s.s.query              ] [es-data-{g.num(1, 9)}] [customers-{d:%Y.%m}][{g.num(0, 5)}] took[{g.r.randint(5, 90) / 10}s], took_millis[", (g.num(500, 9000), "MS"), "], total_hits[1 hits], search_type[QUERY_THEN_FETCH], source[{\"query\":{\"match\":{\"full_name\":\"", (f"{f} {la}", PER), "\"}}}], id[", (g.uuid(), "UUID"), "],"]


@tpl("en")
def helpdesk(g: G):
    agent = g.full()
    f, la = g.first(), g.last()
    tick = g.num(10000, 999999)
    k = g.var(4)
    if k == 0:
        return ["[Zendesk] Ticket #", (tick, "TICKET"), " updated by ", (agent, PER), ": requester ", (f"{f} {la}", PER), " <", (g.email(f, la), EMAIL), "> status pending -> solved"]
    if k == 1:
        return ["[Freshdesk] ticket ", (tick, "TICKET"), " note: customer called back from ", (g.us_phone(), PHONE), ", asked to reset MFA; verified last 4 of SSN (", (g.dig(4), "MASKED"), ")"]
    if k == 2:
        return ["[ServiceNow] INC", (g.dig(7), "TICKET"), " assigned to group IT-Desk by ", (g.ch(["svc-servicenow", "integration.user", "monitor"]), "ROLE_ACCOUNT"), ": laptop for ", (f"{f} {la}", PER), " shipped, tracking 1Z", g.aln(16, string.ascii_uppercase + string.digits)]
    return ["[Jira SD] HELP-", (tick, "TICKET"), f" comment by {g.ch(['automation', 'sla-bot'])}: SLA breached after ", (f"{g.num(1, 72)}h", "MS"), ", escalating; no customer data attached"]


@tpl("en")
def k8s_audit(g: G):
    d = g.dt()
    verb = g.ch(["get", "list", "create", "delete", "patch"])
    res = g.ch(["secrets", "pods", "configmaps", "deployments", "pods/exec"])
    ns = g.ch(["prod", "payments", "kube-system", "default", "data"])
    if g.p(0.8):
        f, la = g.first(), g.last()
        user = [(g.email(f, la, corp=True), EMAIL)] if g.p(0.6) else [(g.login(f, la), PER)]
        ip = [(g.client_ip(0.15), IP)]
    else:
        user = [(f"system:serviceaccount:{ns}:{g.ch(['deployment-controller', 'argocd-server', 'prometheus', 'cert-manager'])}", "ROLE_ACCOUNT")]
        ip = [("10.0.0.1", "CLUSTER_IP")]
    return ['{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"', (g.uuid(), "UUID"), f'","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/{ns}/{res}","verb":"{verb}","user":{{"username":"'] + user + ['","groups":["system:authenticated"]},"sourceIPs":["'] + ip + [f'"],"userAgent":"kubectl/v1.{g.num(25, 31)}.{g.num(0, 9)} (linux/amd64)","responseStatus":{{"metadata":{{}},"code":200}},"requestReceivedTimestamp":"{g.iso(d)}"}}']


@tpl("en")
def cloudtrail(g: G):
    d = g.dt()
    acct = g.dig(12)
    ev = g.ch(["ConsoleLogin", "GetObject", "PutBucketPolicy", "CreateAccessKey", "AssumeRole"])
    src = g.ch(["signin.amazonaws.com", "s3.amazonaws.com", "iam.amazonaws.com", "sts.amazonaws.com"])
    if g.p(0.8):
        user = g.login()
        ident = ['{"type":"IAMUser","principalId":"AIDA', g.aln(17, string.ascii_uppercase + string.digits), f'","arn":"arn:aws:iam::{acct}:user/', (user, PER), '","accountId":"', (acct, "ACCOUNT_ID"), '","userName":"', (user, PER), '"}']
        ip = [(g.client_ip(0.1), IP)]
    else:
        role = g.ch(["OrganizationAccountAccessRole", "github-actions-deploy", "lambda-exec"])
        ident = ['{"type":"AssumedRole","principalId":"AROA', g.aln(17, string.ascii_uppercase + string.digits), f':{g.ch(["session", "ci", "botocore-session-1767"])}","arn":"arn:aws:sts::{acct}:assumed-role/', (role, "ROLE_ACCOUNT"), '/session","accountId":"', (acct, "ACCOUNT_ID"), '"}']
        ip = [g.ch(["lambda.amazonaws.com", "AWS Internal"])]
    return ['{"eventVersion":"1.08","userIdentity":'] + ident + [f',"eventTime":"{g.iso(d, ms=False)}","eventSource":"{src}","eventName":"{ev}","awsRegion":"{g.ch(["us-east-1", "eu-west-1", "ap-northeast-1"])}","sourceIPAddress":"'] + ip + ['","eventID":"', g.uuid(), '"}']


# ---------------------------------------------------------------- structured


def _jobj(pairs, g: G | None = None) -> list:
    """Build a JSON object from (key, parts) pairs; shuffles key order when g is given."""
    pairs = list(pairs)
    if g is not None:
        g.r.shuffle(pairs)
    out: list = ["{"]
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(",")
        out.append(f'"{k}":')
        out.extend(v if isinstance(v, list) else [v])
    out.append("}")
    return out


def _js(v, label=None) -> list:
    return ['"', (v, label), '"'] if label else [f'"{v}"']


@tpl("json")
def json_campaign(g: G):
    recips = []
    for i in range(g.ch([1, 1, 2, 3])):
        f, la = g.first(), g.last()
        if i == 0 or g.p(0.5):
            recips.append(_jobj([("email", _js(g.email(f, la), EMAIL)), ("status", _js(g.ch(["delivered", "bounced", "deferred"])))]))
        else:
            recips.append(_jobj([("email", _js(f"***@{g.ch(_EMAIL_DOM)}", "MASKED")), ("status", _js("suppressed"))]))
    arr = ["["]
    for i, r in enumerate(recips):
        if i:
            arr.append(",")
        arr.extend(r)
    arr.append("]")
    return _jobj([("campaign", _js(g.ch(["black-friday-2026", "newsletter-w49", "winback-q4"]))), ("batchId", _js(g.uuid(), "UUID")), ("recipients", arr), ("sentMs", [(g.num(10, 5000), "MS")])], g)


@tpl("json")
def logfmt_payment(g: G):
    d = g.dt()
    lvl = g.ch(["info", "warn", "error"])
    k = (0, 2, 1)[g.var(3)]  # the refund variant (no personal data) is drawn less often
    if k == 0:
        return [f"ts={g.iso(d)} level={lvl} svc=payments msg=\"authorize\" card_number=", (g.card(), CC), " amount=", (g.amount(), "AMOUNT"), " order_id=", (g.luhn_id(), "LUHN_ID")]
    if k == 1:
        return [f"ts={g.iso(d)} level={lvl} svc=payments msg=\"refund issued\" refund_id=", (g.luhn_id(), "LUHN_ID"), " currency=EUR amount=", (g.amount(), "AMOUNT"), " trace_id=", (g.hexs(32), "TRACE")]
    return [f"level={lvl} ts={g.iso(d)} caller=checkout.go:{g.num(40, 400)} msg=\"3ds challenge\" pan=", (g.card_fmt(g.card(), 1), CC), " holder=\"", (g.full(), PER), "\" latency=", (f"{g.num(50, 2000)}ms", "MS")]


@tpl("json")
def json_card_payment(g: G):
    f, la = g.first(), g.last()
    card = g.card()
    pay = _jobj([("pan", _js(card, CC)), ("exp", _js(f"{g.num(1, 12):0>2}/{g.num(27, 32)}")), ("holder_name", _js(f"{f} {la}".upper(), PER))], g)
    return _jobj([("event", _js("payment.declined")), ("payment", pay), ("decline_code", _js(g.ch(["insufficient_funds", "do_not_honor", "expired_card"]))), ("merchant_ref", _js(g.luhn_id(), "LUHN_ID")), ("amount_minor", [(g.num(100, 99999), "AMOUNT")])], g)


@tpl("json")
def json_gelf(g: G):
    d = g.dt()
    f, la = g.first(), g.last()
    k = g.var(3)
    base = [("version", _js("1.1")), ("host", _js(g.host())), ("timestamp", [f"{d.timestamp():.3f}"]), ("level", [str(g.ch([3, 4, 6]))])]
    if k == 0:
        extra = [("short_message", ['"password reset requested for ', (g.email(f, la), EMAIL), '"']), ("_client_ip", _js(g.client_ip(), IP)), ("_request_id", _js(g.uuid(), "UUID"))]
    elif k == 1:
        extra = [("short_message", ['"account locked after 5 failed logins"']), ("_user", _js(g.login(f, la), PER)), ("_client_ip", _js(g.client_ip(), IP)), ("_lock_ms", [(g.num(60000, 3600000), "MS")])]
    else:
        extra = [("short_message", ['"cache warmup finished"']), ("_entries", [(g.num(1000, 900000), "COUNT")]), ("_elapsed_ms", [(g.num(10, 90000), "MS")]), ("_build", _js(f"{g.ver()}+{g.sha(7)}", "BUILD"))]
    return _jobj(base + extra, g)


@tpl("json")
def json_payout_iban(g: G):
    name = g.eu_name()
    benef = _jobj([("name", _js(name, PER)), ("iban", _js(g.iban(), IBAN)), ("bic", _js(g.ch(["DEUTDEFF", "COBADEFFXXX", "INGBNL2A", "BNPAFRPP", "NWBKGB2L"])))], g)
    return _jobj([("type", _js("payout.created")), ("payoutId", _js("po_" + g.aln(20))), ("beneficiary", benef), ("amount", _jobj([("value", [(g.amount(), "AMOUNT")]), ("currency", _js("EUR"))])), ("createdAt", _js(g.iso()))], g)


@tpl("json")
def json_hr_ssn(g: G):
    f, la = g.first(), g.last()
    if g.p(0.85):
        emp = _jobj([("employeeId", _js(f"E{g.dig(6)}", "EMP_ID")), ("firstName", _js(f, PER)), ("lastName", _js(la, PER)), ("ssn", _js(g.ssn(dashed=g.p(0.8)), SSN))], g)
    else:
        emp = _jobj([("employeeId", _js(f"E{g.dig(6)}", "EMP_ID")), ("ssn", _js(f"***-**-{g.dig(4)}", "MASKED"))], g)
    return _jobj([("action", _js(g.ch(["w2.generated", "i9.verified", "payroll.onboarded"]))), ("employee", emp), ("taxYear", [(str(g.ch([2025, 2026])), "YEAR")]), ("actor", _js(g.ch(["svc-payroll", "hr-sync-bot"]), "ROLE_ACCOUNT"))], g)


@tpl("json")
def json_metrics(g: G):
    k = g.var(3)
    if k == 0:
        return _jobj([("metric", _js("ratelimit.hit")), ("client", _jobj([("ip", _js(g.client_ip(0.2), IP)), ("apiKey", _js("pk_live_" + g.opaque(24), CRED))], g)), ("windowMs", [(g.ch(["60000", "1000", "3600000"]), "MS")]), ("tsMs", [(g.epoch_ms(), "EPOCH_MS")])], g)
    if k == 1:
        cn = g.cn_name()
        return _jobj([("metric", _js("sms.sent")), ("tpl", _js(g.ch(["SMS_2048", "SMS_1187", "LOGIN_OTP"]))), ("to", _js(g.cn_mobile(g.ch([0, 3])), PHONE)), ("params", _jobj([("name", _js(cn, PER)), ("code", _js(g.dig(6), CRED))], g)), ("costMs", [(g.num(20, 900), "MS")])], g)
    return _jobj([("metric", _js(g.ch(["http.server.duration", "db.pool.wait", "queue.lag"]))), ("p99_ms", [(g.num(5, 9000), "MS")]), ("bytes_out", [(g.num(10 ** 5, 10 ** 10), "BYTES")]), ("deploy", _js(g.uuid(), "UUID")), ("region", _js(g.ch(["cn-shanghai", "us-east-1", "eu-central-1"])))], g)


@tpl("json")
def json_auth_event(g: G):
    d = g.dt()
    f, la = g.first(), g.last()
    k = g.var(3)
    if k == 0:
        return _jobj([("level", _js("warn")), ("msg", ['"login failed for user \\"', (g.login(f, la), PER), '\\" (attempt ', g.num(2, 5), '/5)"']), ("ctx", _jobj([("ip", _js(g.client_ip(), IP)), ("ua", _js("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"))], g)), ("tags", ['["auth","bruteforce"]'])], g)
    if k == 1:
        return _jobj([("level", _js("debug")), ("msg", _js("oauth token response")), ("body", _jobj([("access_token", _js(g.jwt(), CRED)), ("token_type", _js("Bearer")), ("expires_in", [("3600", "TTL")]), ("refresh_token", _js(g.opaque(g.ch([32, 43, 64])), CRED))], g))], g)
    return _jobj([("level", _js("info")), ("msg", _js("session created")), ("cookie", ['"sessionid=', (g.aln(32, string.ascii_lowercase + string.digits), CRED), '; Path=/; HttpOnly"']), ("userId", [(g.num(1000, 9999999), "USER_ID")]), ("at", _js(g.iso(d)))], g)


@tpl("json")
def json_zh_register(g: G):
    name = g.cn_name()
    k = g.var(3)
    if k == 0:
        return _jobj([("event", _js("user.register")), ("userName", _js(name, PER)), ("mobile", _js(g.cn_mobile(0), PHONE)), ("idCard", _js(g.cnid(), CNID)), ("channel", _js(g.ch(["app", "h5", "小程序"])))], g)
    if k == 1:
        return _jobj([("event", _js("实名认证")), ("result", _js(g.ch(["通过", "失败"]))), ("data", _jobj([("realName", _js(name, PER)), ("certNo", _js(g.masked_id(), "MASKED")), ("bankCard", _js(g.card_fmt(g.card("unionpay"), 0), CC))], g)), ("costMs", [(g.num(20, 3000), "MS")])], g)
    return _jobj([("event", _js("order.paid")), ("orderNo", _js(g.order_cn(), "ORDER")), ("buyer", _jobj([("nick", _js(g.masked_name(), "MASKED")), ("phone", _js(g.masked_mobile(), "MASKED"))], g)), ("payAmount", [(g.amount(), "AMOUNT")])], g)


# ---------------------------------------------------------------- Chinese

_XQ = ["阳光花园", "翠湖小区", "锦绣家园", "和平里", "幸福村", "金色家园", "梧桐苑", "滨江一号", "东湖新村", "紫荆公寓"]
_DEPT = ["区城管局", "街道办事处", "区住建委", "市生态环境局", "区市场监管局", "供热公司"]
_CITY = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "长沙", "苏州", "青岛", "厦门", "重庆"]
_STATION = ["北京南", "上海虹桥", "广州南", "深圳北", "杭州东", "南京南", "成都东", "武汉", "西安北", "长沙南", "郑州东", "济南西"]
_BRAND_ZH = ["李宁运动鞋", "王老吉凉茶", "张小泉剪刀", "周大福项链", "老干妈辣酱", "杨国福麻辣烫", "陈克明挂面", "马应龙软膏", "周黑鸭", "张亮麻辣烫"]
_COURSE = ["高等数学A", "大学英语III", "数据结构", "线性代数", "操作系统原理", "马克思主义基本原理", "有机化学"]
_FORM = ["差旅报销单", "请假申请", "采购申请单", "用印申请", "合同审批单", "加班申请"]
_HOSP = ["市第一人民医院", "协和医院", "中山大学附属第三医院", "华西医院", "省人民医院", "儿童医院"]


def _ymd_cn(d: datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


@tpl("zh")
def zh_12345(g: G):
    d = g.dt()
    gd = "GD" + d.strftime("%Y%m%d") + g.dig(6)
    issue = g.ch(["噪音扰民", "楼道堆放杂物", "路灯不亮", "垃圾清运不及时", "电动车违规充电", "供暖不热", "占道经营"])
    xq = g.ch(_XQ)
    k = g.var(4)
    if k == 0:
        return ["【12345热线】工单号", (gd, "TICKET"), " 来电人：", (g.cn_name(), PER), "，联系电话：", (g.cn_mobile(), PHONE), f"，反映{xq}{issue}问题，已转{g.ch(_DEPT)}办理，要求{g.num(3, 15)}个工作日内回复。"]
    if k == 1:
        a, b = g.cn_names(2)
        return [f"[{g.ymdhms(d)}] 12345工单 {gd} 市民", (a, PER), g.ch(["女士", "先生"]), f"来电反映{xq}{issue}，请{g.ch(['朝阳', '和平', '新华', '解放'])}街道与网格员", (b, PER), "联系核实后反馈。"]
    if k == 2:
        return [f"工单{gd} 回访：由", (g.cn_name(), PER), "回访来电人，对处理结果表示满意，回访号码", (g.cn_landline(), PHONE), "，热线", ("12345", "SERVICE_LINE")]
    return ["工单", (gd, "TICKET"), f" 已办结，{issue}问题已整改，处理时长", (f"{g.num(2, 96)}小时", "MS"), "，满意度：满意。"]


@tpl("zh")
def zh_jiaowu(g: G):
    d = g.dt()
    sid = str(g.ch([2021, 2022, 2023, 2024, 2025])) + g.dig(8)
    course = g.ch(_COURSE)
    k = g.var(4)
    if k == 0:
        stu, tea = g.cn_names(2)
        if g.p(0.4):
            fam = g.ch(["鲁迅", "苏轼", "李白", "杜甫", "曹雪芹", "老舍"])
            return [f"[教务系统] {g.ymdhms(d)} 学号 ", (sid, "STUDENT_ID"), " 学生", (stu, PER), " 选课《", (fam, "FAMOUS"), "作品选读》成功，任课教师：", (tea, PER), "老师"]
        return [f"[教务系统] {g.ymdhms(d)} 学号 ", (sid, "STUDENT_ID"), " 学生", (stu, PER), f" 选课《{course}》成功，任课教师：", (tea, PER), "老师"]
    if k == 1:
        return ["[成绩录入] ", (g.cn_name(), PER), f"提交了《{course}》期末成绩，共{g.num(30, 180)}人，平均分", (f"{g.r.randint(600, 920) / 10}", "SCORE")]
    if k == 2:
        a, b = g.cn_names(2)
        return ["[补考申请] ", (a, PER), "同学的补考申请已由", (b, PER), "审核通过，通知已发送至", (g.cn_email(), EMAIL)]
    _cn, ps, pg = g.cn_py()
    return ["[统一身份认证] 账号 ", (g.py_login(ps, pg), PER), " 从 ", (g.client_ip(0.2), IP), " 登录教务系统，学号 ", (sid, "STUDENT_ID")]


@tpl("zh")
def zh_grid_visit(g: G):
    d = g.dt()
    xq = g.ch(_XQ)
    k = g.var(4)
    if k == 0:
        a, b = g.cn_names(2)
        return ["【网格走访】网格员", (a, PER), f"于{_ymd_cn(d)}走访{xq}{g.num(1, 30)}号楼，独居老人", (b, PER), f"（{g.num(70, 95)}岁）身体状况良好，紧急联系电话", (g.cn_mobile(), PHONE)]
    if k == 1:
        a, b = g.cn_names(2)
        return ["【网格走访】", (a, PER), "和", (b, PER), f"入户核查{xq}出租屋，登记租户身份证号", (g.cnid(), CNID)]
    if k == 2:
        a = g.cn_name()
        return [f"【网格走访】{xq}{g.num(1, 30)}-{g.num(1, 6)}-{g.num(101, 2802)}住户", (a, PER), "反映家中老人需要助餐服务，已登记，联系人电话", (g.cn_mobile(), PHONE)]
    return ["【网格走访】本月共走访", (g.num(40, 400), "COUNT"), f"户，发现消防隐患{g.num(1, 20)}处，已整改{g.num(0, 9)}处（{xq}）"]


@tpl("zh")
def zh_ecom_chat(g: G):
    sess = g.hexs(16)
    k = g.var(5)
    if k == 0:
        return ["[会话 ", (sess, "SESSION_ID"), "] 买家：你好，订单", (g.order_cn(), "ORDER"), "一直没发货，收件人", (g.cn_name(), PER), "，电话", (g.cn_mobile(), PHONE), " 客服：亲亲，已帮您催促仓库哦~"]
    if k == 1:
        return [f"[会话 {sess}] 客服：订单", (g.num11(), "ORDER"), "预留的手机号是", (g.masked_mobile(), "MASKED"), "吗？ 买家：换号了，新号码是", (g.cn_mobile(), PHONE), "，地址不变"]
    if k == 2:
        return [f"[会话 {sess}] 买家：帮我开发票，抬头个人，", (g.cn_name(), PER), "，邮箱", (g.cn_email(), EMAIL), " 客服：收到，发票将在", g.num(1, 7), "个工作日内开具"]
    if k == 3:
        return [f"[会话 {sess}] 客服：亲，", (g.ch(_BRAND_ZH), "PRODUCT"), "现在下单立减", (g.num(5, 50), "AMOUNT"), "元哦 买家：好的谢谢"]
    a, b = g.cn_names(2)
    return [f"[会话 {sess}] 买家：我是", (a, PER), "，帮我朋友", (b, PER), "下的单，能改成寄到公司吗？ 客服：可以的亲，请提供新地址"]


@tpl("zh")
def zh_insurance(g: G):
    case = g.ch(["RC", "LP", "BA"]) + g.dt().strftime("%Y%m%d") + g.dig(6)
    k = g.var(4)
    if k == 0:
        return ["【理赔】案件号", (case, "TICKET"), " 被保险人：", (g.cn_name(), PER), "，证件号码：", (g.cnid(), CNID), f"，出险原因：{g.ch(['住院医疗', '意外骨折', '重大疾病', '门诊手术'])}，估损金额", (g.amount(), "AMOUNT"), "元"]
    if k == 1:
        return [f"【车险理赔】报案号{case} 标的车", (g.plate(), PLATE), "与三者车", (g.plate(), PLATE), f"在{g.ch(_CITY)}{g.ch(['中山路', '人民大道', '解放路', '建设路'])}发生追尾，报案人", (g.cn_name(), PER), "已上传现场照片"]
    if k == 2:
        return ["【理赔支付】赔款已支付至", (g.cn_name(), PER), "尾号", (g.dig(4), "MASKED"), "的银行卡，金额", (g.amount(), "AMOUNT"), "元，服务热线", (g.ch(["95500", "95511", "95518", "95519", "4008-95500"]), "SERVICE_LINE")]
    return [f"【理赔】案件{case} 受益人", (g.cn_name(), PER), " 银行卡号：", (g.card_fmt(g.card("unionpay")), CC), f" 开户行：{g.ch(['工商银行', '建设银行', '招商银行', '农业银行'])}{g.ch(_CITY)}分行"]


@tpl("zh")
def zh_rail(g: G):
    d = g.dt()
    order = "E" + g.dig(9)
    train = g.ch("GDGDK") + g.num(1, 2999)
    a, b = g.ch(_STATION), g.ch(_STATION)
    k = (0, 1, 3, 2)[g.var(4)]  # the masked-only variant is drawn less often
    if k == 0:
        return ["【铁路12306】订单", (order, "ORDER"), " 乘车人：", (g.cn_name(), PER), "（身份证 ", (g.cnid(), CNID), f"）{d.month}月{d.day}日 {train}次 {a}→{b} {g.num(1, 16):0>2}车{g.num(1, 20)}{g.ch('ABCDF')}号，票价", (g.amount(), "AMOUNT"), "元"]
    if k == 1:
        n1, n2 = g.cn_names(2)
        return [
            "【铁路12306】候补订单", (order, "ORDER"), "已兑现，乘车人", (n1, PER), "、", (n2, PER), f"，{train}次 {a}→", ("张家界西", "PLACE") if g.p(0.3) else b, "，请按时乘车。"]
    if k == 2:
        return [f"{g.ymdhms(d)} 检票 {train}次 乘车人 ", (g.masked_name(), "MASKED"), " 证件 ", (g.masked_id(), "MASKED"), f" 检票口{g.num(1, 24)}{g.ch('AB')}"]
    return ["【铁路12306】订单", (order, "ORDER"), " 退票成功，乘车人", (g.cn_name(), PER), "，退款", (g.amount(), "AMOUNT"), "元将原路返还，客服", ("12306", "SERVICE_LINE")]


@tpl("zh")
def zh_air(g: G):
    d = g.dt()
    pnr = g.aln(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    flight = g.ch(["MU", "CA", "CZ", "HU", "3U", "ZH"]) + g.num(101, 9899)
    cn, ps, pg = g.cn_py()
    k = g.var(4)
    if k == 0:
        return ["【航旅】PNR ", (pnr, "PNR"), " 乘机人 ", (f"{ps}/{pg}", PER), " 证件类型：护照 证件号：", (g.passport(), PASS), f" 航班 {flight} {d:%d%b}".upper() + f" PVG-{g.ch(['NRT', 'ICN', 'SIN', 'LHR', 'CDG', 'LAX'])}"]
    if k == 1:
        return ["【航旅】乘机人：", (cn, PER), "，身份证号", (g.cnid(), CNID), "，电子客票号", (f"{g.ch(['781', '999', '784'])}-{g.dig(10)}", "TICKET"), f"，航班{flight} {d:%Y-%m-%d}"]
    if k == 2:
        return ["【值机】旅客 ", (f"{ps} {pg}", PER), "（", (cn, PER), "）护照", (g.passport(), PASS), f" 已办理值机，座位{g.num(10, 60)}{g.ch('ABCDEFHJK')}"]
    return [f"【航班动态】{flight} 因{g.ch(['天气', '流量控制', '机械故障'])}延误，预计起飞", (f"{g.num(10, 23)}:{g.num(0, 59):0>2}", "TS"), "，已通知旅客", (g.num(100, 320), "COUNT"), "人"]


@tpl("zh")
def zh_medins(g: G):
    hosp = g.ch(_HOSP)
    k = (0, 2, 1)[g.var(3)]  # the masked-only variant is drawn less often
    if k == 0:
        tot = g.r.randint(10000, 9000000) / 100
        return [f"【医保结算】{hosp} 参保人：", (g.cn_name(), PER), " 社会保障号码：", (g.cnid(), CNID), " 医疗总费用", (f"{tot:.2f}", "AMOUNT"), "元，统筹支付", (f"{tot * 0.7:.2f}", "AMOUNT"), "元"]
    if k == 1:
        return [f"【医保结算】{hosp} 结算流水号", (g.serial18(), "SERIAL18"), "，参保人", (g.masked_name(), "MASKED"), "，个人账户支付", (g.amount(), "AMOUNT"), "元"]
    return ["【异地备案】", (g.cn_name(), PER), "申请异地就医备案，联系电话", (g.cn_mobile(), PHONE), f"，就医地：{g.ch(_CITY)}，备案编号", (g.serial18(), "SERIAL18")]


@tpl("zh")
def zh_logistics(g: G):
    d = g.dt()
    wb = g.waybill()
    c1, c2 = g.ch(_CITY), g.ch(_CITY)
    k = (0, 1, 3, 2)[g.var(4)]  # the transit-only variant is drawn less often
    if k == 0:
        return [f"{g.ymdhms(d)} 【{c1}】快件已由快递员", (g.cn_name(), PER), "（", (g.cn_mobile(), PHONE), "）派送，运单号", (wb, "WAYBILL")]
    if k == 1:
        return [f"{g.ymdhms(d)} 运单", (wb, "WAYBILL"), " 已签收，签收人：", (g.cn_name(), PER), "，如有疑问请致电", (g.service_line(), "SERVICE_LINE")]
    if k == 2:
        return [f"{g.ymdhms(d)} 运单", (wb, "WAYBILL"), f" 快件已到达【{c1}转运中心】，下一站【{c2}】，包号", (g.num11(), "WAYBILL"), "，重量", (f"{g.r.randint(1, 300) / 10}kg", "WEIGHT")]
    return [f"{g.ymdhms(d)} 运单{wb} 派送失败：收件人", (g.cn_name(), PER), "电话", (g.cn_mobile(), PHONE), "无人接听，已放", (g.ch(["王府井", "周庄", "朱家角", "李家沱"]), "PLACE"), "菜鸟驿站"]


@tpl("zh")
def zh_bank_risk(g: G):
    d = g.dt()
    k = g.var(3)
    if k == 0:
        return ["[风控告警] 规则", (f"R{g.dig(4)}", "RULE"), " 命中：卡号", (g.card_fmt(g.card("unionpay"), g.ch([0, 0, 1])), CC), " 户名", (g.cn_name(), PER), f" 于{d:%H:%M}在{g.ch(_CITY)}发生{g.num(2, 9)}笔异地交易，合计", (g.amount(), "AMOUNT"), "元"]
    if k == 1:
        return ["[风控告警] 设备指纹", (g.hexs(32), "SHA"), f" 关联账户{g.num(3, 30)}个，登录IP ", (g.client_ip(0.25), IP), "，客户", (g.cn_name(), PER), "账户已临时冻结，客服", (g.ch(["95588", "95555", "95533", "95566"]), "SERVICE_LINE")]
    return ["[风控] 交易流水", (g.luhn_id(19), "LUHN_ID"), " 金额", (g.amount(), "AMOUNT"), " 商户号", ("898" + g.dig(12), "MERCHANT_ID"), f" 风险评分{g.num(1, 99)} 结果：放行"]


@tpl("zh")
def zh_clinic(g: G):
    mz = "MZ" + g.dig(10)
    sex = g.ch(["男", "女"])
    age = g.num(3, 88)
    k = g.var(3)
    if k == 0:
        p, doc = g.cn_names(2)
        return ["【门诊病历】门诊号", (mz, "PATIENT_NO"), " 患者：", (p, PER), f"，{sex}，{age}岁。主诉：{g.ch(['咳嗽3天', '反复头痛1月', '腹痛伴腹泻2天', '发热38.5℃'])}。诊断：{g.ch(['上呼吸道感染', '偏头痛', '急性胃肠炎', '支气管炎'])}。医师：", (doc, PER)]
    if k == 1:
        p, doc = g.cn_names(2)
        return ["【门诊】", (p, PER), f"（{sex}，{age}岁）复诊，血压{g.num(100, 160)}/{g.num(60, 100)}mmHg，联系电话", (g.cn_mobile(), PHONE), "，", (doc, PER), "医生建议两周后复查"]
    return [f"【门诊】今日{g.ch(_HOSP)}挂号", (g.num(500, 9000), "COUNT"), "人次，平均候诊", (f"{g.num(5, 90)}分钟", "MS"), "，号源剩余", g.num(0, 300)]


@tpl("zh")
def zh_homestay(g: G):
    d = g.dt()
    room = g.ch(["山景大床房", "201", "302", "海景套房", "榻榻米间", "A08"])
    k = g.var(4)
    if k == 0:
        a, b = g.cn_names(2)
        return ["【民宿入住】", (a, PER), f"于{_ymd_cn(d)}入住{room}，登记身份证", (g.cnid(), CNID), "，同住人", (b, PER)]
    if k == 1:
        return ["【民宿】外籍客人", (g.full(), PER), f"入住{room}，联系电话", (g.us_phone() if g.p(0.5) else g.uk_phone(), PHONE), "，已完成境外人员住宿登记"]
    if k == 2:
        return ["【民宿】房东", (g.cn_name(), PER), "确认订单", (g.order_cn(), "ORDER"), "，押金", (g.amount(), "AMOUNT"), "元已退回，门锁临时密码", (g.dig(6), CRED)]
    return [f"【民宿】{room}已清洁，布草更换完毕，下一位入住时间", (f"{d:%H:%M}", "TS"), "，订单", (g.order_cn(), "ORDER")]


@tpl("zh")
def zh_parking(g: G):
    d = g.dt()
    lot = g.ch(["万象城地下停车场", "王府井百货P2", "人民医院停车场", "高铁站P3", "科技园B1"])
    lot_part = [("王府井", "PLACE"), "百货P2"] if lot.startswith("王府井") else [lot]
    k = g.var(4)
    if k == 0:
        return [f"{g.ymdhms(d)} 车牌", (g.plate(), PLATE), " 驶入"] + lot_part + [f" 入口{g.num(1, 4)}，车位B-{g.num(1, 400)}"]
    if k == 1:
        return [f"{g.ymdhms(d)} 临时车", (g.plate(), PLATE), " 出场，停车时长", (f"{g.num(0, 9)}小时{g.num(1, 59)}分", "MS"), "，应收", (g.amount(), "AMOUNT"), "元，支付方式：微信"]
    if k == 2:
        return ["[月卡续费] 车主", (g.cn_name(), PER), " 车牌", (g.plate(), PLATE), f" 续费{g.num(1, 12)}个月，联系电话", (g.cn_mobile(), PHONE)]
    return [f"{g.ymdhms(d)} [无牌车] 入口{g.num(1, 4)}识别失败，扫码入场，订单", (g.order_cn(), "ORDER")]


@tpl("zh")
def zh_bike(g: G):
    k = g.var(3)
    if k == 0:
        return ["[单车] ts=", (g.epoch_ms(), "EPOCH_MS"), " 用户", (g.cn_mobile(0), PHONE), " 扫码开锁 车辆编号", (g.ch("89") + g.dig(9), "BIKE_ID"), " 骑行", (f"{g.num(1, 90)}分钟", "MS")]
    if k == 1:
        return ["[单车] 实名认证：", (g.cn_name(), PER), " ", (g.cnid(), CNID), f" 认证成功，信用分{g.num(550, 800)}"]
    return ["[单车] 用户", (g.masked_mobile(), "MASKED"), f" 在{g.ch(['地铁站口', '盲道', '小区门口'])}违停，扣信用分{g.num(1, 10)}，车辆编号", (g.ch("89") + g.dig(9), "BIKE_ID")]


@tpl("zh")
def zh_recruit(g: G):
    job = g.ch(["Java开发工程师", "产品经理", "UI设计师", "数据分析师", "销售代表", "运维工程师"])
    k = g.var(4)
    if k == 0:
        n = g.cn_name()
        return [(n, PER), f"投递了「{job}」岗位，简历附件：", (n, PER), f"_{job}_简历.pdf，联系邮箱", (g.cn_email(), EMAIL)]
    if k == 1:
        hr, c = g.cn_names(2)
        return ["【招聘】HR ", (hr, PER), " 邀请候选人", (c, PER), f"于{g.num(1, 28)}日{g.num(9, 17)}:00面试，电话", (g.cn_mobile(), PHONE)]
    if k == 2:
        return ["【招聘】候选人 ", (g.full(), PER), f" 应聘{job}，期望薪资", (f"{g.num(10, 60)}K", "AMOUNT"), "，请联系招聘负责人", (g.cn_name(), PER), "经理"]
    return [f"【招聘】「{job}」岗位今日新增投递", (g.num(1, 200), "COUNT"), "份，职位编号", (f"JD{g.dig(8)}", "JOB_ID")]


@tpl("zh")
def zh_parcel_station(g: G):
    code = f"{g.num(1, 9)}-{g.num(1, 6)}-{g.num(1000, 9999)}"
    comp = g.ch(["顺丰", "中通", "圆通", "京东", "韵达", "极兔"])
    st = g.ch(["幸福里", "阳光花园", "东门", "科技园"]) + "驿站"
    k = g.var(3)
    if k == 0:
        return ["【菜鸟驿站】", (g.cn_name(), PER), f"，您的{comp}包裹已到{st}，取件码", (code, "PICKUP_CODE"), "，手机尾号", (g.dig(4), "MASKED")]
    if k == 1:
        return [f"【{st}】取件码{code}已由", (g.cn_name(), PER), "代取，收件人手机", (g.cn_mobile(), PHONE)]
    return [f"【{st}】今日入库", (g.num(100, 900), "COUNT"), f"件，出库{g.num(50, 800)}件，滞留件{g.num(0, 30)}件，批次号", (g.num11(), "BATCH")]


@tpl("zh")
def zh_traditional(g: G):
    d = g.dt()
    k = g.var(3)
    if k == 0:
        return ["【會員中心】", (g.tw_name(), PER), " 您好，您的訂單 ", (f"TW{g.dig(12)}", "ORDER"), " 已出貨，配送聯絡電話 ", (g.tw_phone(), PHONE)]
    if k == 1:
        return ["[客服紀錄] ", (g.tw_name(), PER), f"{g.ch(['先生', '小姐'])}於{d.month}月{d.day}日來電申請退貨，聯絡信箱 ", (g.email() if g.p(0.5) else g.cn_email(), EMAIL)]
    a = g.tw_name()
    b = g.tw_name()
    while a in b or b in a:
        b = g.tw_name()
    return ["[預約系統] 病患 ", (a, PER), f" 預約{g.ch(['家醫科', '皮膚科', '牙科', '眼科'])}門診，由", (b, PER), "醫師看診，掛號費", (f"{g.num(100, 300)}", "AMOUNT"), "元"]


@tpl("zh")
def zh_repair_delivery(g: G):
    k = g.var(3)
    if k == 0:
        a, b = g.cn_names(2)
        return [f"[物业报修] {g.num(1, 30)}栋{g.num(101, 3203)}室业主", (a, PER), f"报修：{g.ch(['厨房水管漏水', '门禁卡失效', '电梯异响', '卫生间堵塞'])}，已派", (b, PER), "师傅上门，联系电话", (g.cn_mobile(), PHONE)]
    if k == 1:
        return ["[外卖] 骑手", (g.cn_name(), PER), "（", (g.cn_mobile(), PHONE), f"）已取餐，预计{g.num(10, 23)}:{g.num(0, 59):0>2}送达；顾客备注：放门口，别敲门"]
    return ["[外卖] 订单", (g.order_cn(), "ORDER"), " 商家：", (g.ch(_BRAND_ZH), "PRODUCT"), " 已出餐，配送费", (f"{g.num(1, 8)}.00", "AMOUNT"), "元"]


@tpl("zh")
def zh_oa(g: G):
    form = g.ch(_FORM)
    k = g.var(4)
    if k == 0:
        a, b, c = g.cn_names(3)
        return ["【OA】", (a, PER), f"提交了《{form}》，审批人：", (b, PER), "、", (c, PER)]
    if k == 1:
        a, b, c = g.cn_names(3)
        return ["【OA】会签：", (a, PER), "、", (b, PER), "和", (c, PER), "，流程编号", (f"WF{g.dig(10)}", "TICKET")]
    if k == 2:
        a, b = g.cn_names(2)
        return ["【OA】请", (a, PER), f"于{g.num(1, 12)}月{g.num(1, 28)}日前完成《{form}》审批，逾期将提醒给", (b, PER)]
    return ["【OA】", (g.ch(["admin", "sys-sync", "hr-bot"]), "ROLE_ACCOUNT"), "同步组织架构完成，新增", (g.num(1, 90), "COUNT"), "人，耗时", (f"{g.num(100, 9000)}ms", "MS")]


@tpl("zh")
def zh_transfer(g: G):
    k = g.var(3)
    if k == 0:
        a, b = g.cn_names(2)
        return ["[转账] 付款人", (a, PER), " 卡号", (g.card("unionpay"), CC), " → 收款人", (b, PER), " 金额", (g.amount(), "AMOUNT"), "元 流水号", (g.serial18(), "SERIAL18")]
    if k == 1:
        return ["[转账] 收款账户 ", (g.card_fmt(g.card("unionpay"), 1), CC), " 户名 ", (g.cn_name(), PER), " 付款方 ", (g.masked_card(), "MASKED"), f" 附言：{g.ch(['房租', '还款', '生日快乐', '货款'])}"]
    return ["[跨境汇款] 收款人 ", (g.eu_name(), PER), " IBAN ", (g.iban(), IBAN), " 金额 EUR ", (g.amount(), "AMOUNT"), "，手续费", (f"{g.num(10, 150)}.00", "AMOUNT"), "元"]


@tpl("zh")
def zh_admin_audit(g: G):
    d = g.dt()
    k = g.var(3)
    if k == 0:
        cn, ps, pg = g.cn_py()
        return ["[审计] 操作员 ", (g.py_login(ps, pg), PER), "(", (cn, PER), f") 于 {g.ymdhms(d)} 从 ", (g.client_ip(0.2), IP), " 登录运营后台"]
    if k == 1:
        a, b = g.cn_names(2)
        return ["[审计] ", (a, PER), "导出了客户名单（", (g.num(100, 90000), "COUNT"), "条），审批人", (b, PER)]
    return ["[审计] 账号 ", (g.ch(["root", "admin", "svc-etl", "backup"]), "ROLE_ACCOUNT"), f" 执行定时任务 {g.ch(['清理日志', '数据同步', '对账'])}，耗时", (f"{g.num(100, 90000)}ms", "MS")]


@tpl("zh")
def zh_callcenter(g: G):
    d = g.dt()
    k = g.var(3)
    if k == 0:
        return [f"[来电记录] {g.ymdhms(d)} 来电号码 ", (g.cn_landline(), PHONE), "，客户", (g.cn_name(), PER), f"咨询{g.ch(['宽带报装', '信用卡分期', '退货流程', '积分兑换'])}，已转二线"]
    if k == 1:
        return ["[回访] 请", (g.cn_name(), PER), g.ch(["经理", "老师", "女士", "先生"]), "回电 ", (g.cn_landline() if g.p(0.6) else g.cn_mobile(), PHONE)]
    return [f"[呼叫中心] {g.ymdhms(d)} 来电 ", (g.service_line(), "SERVICE_LINE"), " 转人工，坐席工号 ", (f"8{g.dig(4)}", "AGENT_ID"), "，通话时长", (f"{g.num(10, 900)}秒", "MS")]


@tpl("zh")
def zh_scenic(g: G):
    d = g.dt()
    k = g.var(3)
    if k == 0:
        return ["【景区票务】游客", (g.cn_name(), PER), " 身份证", (g.cnid(), CNID), " 预约", (g.ch(["黄鹤楼", "岳阳楼", "雷峰塔", "张家界"]), "PLACE"), f" {d.month}月{d.day}日入园"]
    if k == 1:
        fam = g.ch(["苏轼", "李白", "杜甫", "王羲之", "诸葛亮", "鲁迅"])
        return ["【景区票务】", (g.cn_name(), PER), "预约了「", (fam, "FAMOUS"), "纪念馆」讲解服务，讲解员", (g.cn_name(), PER)]
    fam = g.ch(["袁隆平", "钱学森", "姚明", "刘翔"])
    return ["【展览】「", (fam, "FAMOUS"), "生平展」今日接待游客", (g.num(300, 9000), "COUNT"), "人次，闭馆时间", (f"{g.num(17, 21)}:00", "TS")]


@tpl("en")
def background_check(g: G):
    f, la = g.first(), g.last()
    rid = g.hexs(24)
    k = g.var(4)
    if k == 0:
        return [f"{g.iso()} INFO bgcheck.worker report={rid} candidate=\"", (f"{f} {la}", PER), "\" ssn=", (g.ssn(), SSN), " package=", (g.ch(["basic_criminal", "driver_pro", "tasker_standard"]), "SKU"), " status=pending"]
    if k == 1:
        return [f"{g.iso()} WARN bgcheck.api validation failed for candidate_id=", (g.uuid(), "UUID"), ": ssn '", (g.ssn(dashed=g.p(0.5)), SSN), "' does not match dob on file; contact ", (g.email(f, la), EMAIL)]
    if k == 2:
        return [f"{g.iso()} INFO payroll.sync W-4 received employee=", (g.login(f, la), PER), " ssn_last4=", (g.dig(4), "MASKED"), " filing_status=single allowances=", (g.num(0, 4), "COUNT")]
    return [f"{g.iso()} INFO bgcheck.worker report={rid} completed in ", (f"{g.num(2, 96)}h", "MS"), " adjudication=clear package=", (g.ch(["basic_criminal", "driver_pro"]), "SKU")]


@tpl("en")
def hotel_pms(g: G):
    d = g.dt()
    _cn, ps, pg = g.cn_py()
    room = g.num(201, 2899)
    k = g.var(4)
    if k == 0:
        return [f"PMS {d:%Y-%m-%d %H:%M} CHECKIN room {room} guest ", (f"{ps}/{pg}", PER), " nationality CHN doc PASSPORT ", (g.passport(), PASS), " conf# ", (g.dig(9), "CONF_NO")]
    if k == 1:
        f, la = g.first(), g.last()
        return [f"PMS {d:%Y-%m-%d %H:%M} GUARANTEE conf# {g.dig(9)} guest ", (f"{la.upper()}/{f.upper()}", PER), " card ", (g.card_fmt(g.card(), 0), CC), f" exp {g.num(1, 12):0>2}/{g.num(27, 31)} rate ", (g.ch(["BAR", "CORP", "AAA"]), "RATE_CODE")]
    if k == 2:
        f, la = g.first(), g.last()
        return [f"PMS {d:%Y-%m-%d %H:%M} PROFILE UPDATE guest ", (f"{f} {la}", PER), " email ", (g.email(f, la), EMAIL), " phone ", (g.us_phone(), PHONE)]
    return [f"PMS {d:%Y-%m-%d %H:%M} NIGHT AUDIT occupancy ", (f"{g.num(30, 99)}%", "PERCENT"), " ADR ", (g.amount(), "AMOUNT"), " rooms out of order ", g.num(0, 9)]


@tpl("zh")
def zh_travel_agency(g: G):
    d = g.dt()
    cn, ps, pg = g.cn_py()
    tour = g.ch(["日本关西6日游", "泰国普吉岛5晚", "欧洲四国12日", "新马8日游"])
    k = g.var(4)
    if k == 0:
        return [f"【出境游报名】{tour} 游客：", (cn, PER), " 护照号：", (g.passport(), PASS), "，手机", (g.cn_mobile(), PHONE)]
    if k == 1:
        return ["【签证材料】申请人", (f"{ps} {pg}", PER), "（", (cn, PER), f"）护照{g.ch(['号码', '号'])}", (g.passport(), PASS), f"，送签日期{d.month}月{d.day}日"]
    if k == 2:
        a, b = g.cn_names(2)
        return ["【出境游】领队", (a, PER), f"已确认{tour}团队名单，游客", (b, PER), "护照有效期不足6个月，请尽快换发"]
    return [f"【出境游】{tour} 团号", (f"T{d:%y%m%d}{g.dig(3)}", "TOUR_ID"), " 成团人数", (g.num(10, 40), "COUNT"), "，团费", (g.amount(), "AMOUNT"), "元/人"]


@tpl("zh")
def zh_ride_hailing(g: G):
    d = g.dt()
    k = g.var(4)
    if k == 0:
        return [f"[网约车] {g.ymdhms(d)} 司机", (g.cn_name(), PER), "师傅（车牌", (g.plate(), PLATE), "）已接单，预计", (f"{g.num(1, 15)}分钟", "MS"), "到达"]
    if k == 1:
        return ["[网约车] 乘客", (g.masked_mobile(), "MASKED"), " 行程结束，车牌", (g.plate(), PLATE), "，里程", (f"{g.r.randint(10, 500) / 10}公里", "DISTANCE"), "，实付", (g.amount(), "AMOUNT"), "元"]
    if k == 2:
        return ["[网约车] 紧急联系人设置：", (g.cn_name(), PER), " ", (g.cn_mobile(), PHONE), "，行程分享给", (g.cn_name(), PER)]
    return [f"[网约车] {g.ymdhms(d)} 订单", (g.order_cn(), "ORDER"), " 已取消，取消费", (f"{g.num(3, 10)}.00", "AMOUNT"), "元"]


# ---- end of templates ----


def _mark(rec: dict) -> str:
    text = rec["text"]
    labs = sorted([(s, e, t, True) for s, e, t in rec["spans"]] + [(s, e, k, False) for s, e, k in rec["decoys"]])
    out, pos = [], 0
    for s, e, t, planted in labs:
        out.append(text[pos:s])
        out.append(f"[[{t}:{text[s:e]}]]" if planted else f"{{{{~{t}:{text[s:e]}}}}}")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def main() -> None:
    import time
    from collections import Counter
    t0 = time.time()
    recs = blind_log2()
    dt = time.time() - t0
    by_t: dict[int, list] = {}
    for r in recs:
        by_t.setdefault(r["template"], []).append(r)
    for tid in sorted(by_t):
        group, fn = TEMPLATES[tid - 1]
        print(f"## template {tid} [{group}] {fn.__name__} ({len(by_t[tid])} lines)")
        for r in by_t[tid][:3]:
            print("  " + _mark(r))
    tc = Counter(t for r in recs for _, _, t in r["spans"])
    kc = Counter(k for r in recs for _, _, k in r["decoys"])
    gc = Counter(TEMPLATES[r["template"] - 1][0] for r in recs)
    empty = sum(1 for r in recs if not r["spans"])
    print(f"\n{len(recs)} lines from {len(TEMPLATES)} templates in {dt:.1f}s; groups {dict(gc)}; lines without planted values: {empty}")
    print("TYPE counts:", dict(tc.most_common()))
    print("KIND counts:", dict(kc.most_common()))


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
