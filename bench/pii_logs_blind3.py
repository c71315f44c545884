"""Blind evaluation set #3 for the log PII redactor.

Written blind -- without reading the redactor, its rules, its tests or any
other evaluation set -- by a helper session on 2026-12-05, purely from
knowledge of real-world log formats.

``blind_log3(n, seed)`` returns ``n`` synthetic log lines drawn from 61
templates: roughly 35 % English ops / SaaS logs (Jenkins, GitHub Actions,
Terraform, Ansible, journald JSON, Nextcloud audit, Keycloak, Atlassian
access logs, SQL Server / Oracle, Cisco ASA / FortiGate, FreeRADIUS,
Kerberos KDC, MongoDB, Kafka / RabbitMQ, crash reports, morgan ...), 20 %
JSON / structured lines of varied shapes (nested, arrays, camelCase,
snake_case, keys in Chinese / German / Spanish / French, logfmt, Python
reprs) and 45 % Chinese business / government notifications (政务, 社保,
出入境, 家校, 医院, 药店, 银行, 证券, 保险, 电商, 配送, 家政, 物流, 租房,
健身, 考试, 风控, 旅馆实名登记 ...).

About 10 % of the lines carry no planted value.  Each line has 0-3 spans
and 0-3 decoys; every planted value is checked (Luhn, resident-id check
digit, IBAN mod 97, phonenumbers validity, SSN area rules ...) by
``validate()`` and must not occur unlabelled elsewhere in its line.

Each record is ``{"text", "spans", "decoys", "template"}``: ``spans`` are the
planted personal values / secrets as ``[start, end, TYPE]`` and ``decoys``
are non-personal look-alikes as ``[start, end, KIND]`` (order numbers,
Luhn-valid ids under non-card keys, 18-digit serials that fail the resident
id check, UUIDs, hashes, versions, masked values, service hotlines, role
accounts, famous people, ...) that a good redactor should leave alone.

All data are synthetic: names from Faker, phone numbers checked with
phonenumbers, card numbers / resident ids / IBANs generated with valid
check digits.  Nothing refers to a real person.
"""
from __future__ import annotations

import base64
import datetime as _dt
import ipaddress
import json
import random
import re
import sys

import phonenumbers
from faker import Faker

EMAIL = "EMAIL_ADDRESS"
PHONE = "PHONE_NUMBER"
PERSON = "PERSON"
IP = "IP_ADDRESS"
CARD = "CREDIT_CARD"
CNID = "CN_RESIDENT_ID"
PLATE = "LICENSE_PLATE"
CRED = "CREDENTIAL"
IBAN = "IBAN_CODE"
SSN = "US_SSN"
PASSPORT = "PASSPORT"
TYPES = (EMAIL, PHONE, PERSON, IP, CARD, CNID, PLATE, CRED, IBAN, SSN, PASSPORT)

DIG = "0123456789"
HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64URL = ALNUM + "-_"


class Reject(Exception):
    """Raised when a drawn line breaks a fairness rule; the line is redrawn."""


# ---------------------------------------------------------------- checksums
def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


_IDW = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(d17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(d17, _IDW)) % 11]


def cn_id_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return s[17] == id_check(s[:17])


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def cn_mobile_ok(d: str) -> bool:
    try:
        p = phonenumbers.parse(d, "CN")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(p)


_PLATE_RE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[A-HJ-NP-Z]·?(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警]"
    r"|[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])")


def _phone_ok(v: str) -> bool:
    raw = v.replace("(", "").replace(")", "")
    if raw.startswith("0086"):
        raw = "+86" + raw[4:]
    for reg in (None, "CN", "US", "TW", "HK", "GB", "DE", "FR", "ES"):
        try:
            p = phonenumbers.parse(raw, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p):
            return True
    return False


CARD_PREFIX = re.compile(r"4|5[1-5]|2[2-7]|3[47]|62|35|6011|65")


def validate(typ: str, v: str) -> None:
    """Check a planted value (raises AssertionError when it is not valid)."""
    assert v and v == v.strip(), (typ, v)
    if typ == CARD:
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and 15 <= len(d) <= 19 and luhn_ok(d), v
        assert CARD_PREFIX.match(d), v
    elif typ == CNID:
        assert cn_id_ok(v), v
    elif typ == IBAN:
        assert iban_ok(v), v
    elif typ == SSN:
        m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
        assert m, v
        a, g_, s = m.groups()
        assert a not in ("000", "666") and a[0] != "9" and g_ != "00" and s != "0000", v
    elif typ == PHONE:
        assert _phone_ok(v), v
    elif typ == EMAIL:
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v), v
    elif typ == IP:
        ipaddress.ip_address(v)
    elif typ == PASSPORT:
        assert re.fullmatch(r"E[0-9A-HJ-NP-Z]\d{7}|G\d{8}", v), v
    elif typ == PLATE:
        assert _PLATE_RE.fullmatch(v), v
    elif typ == CRED:
        assert len(v) >= 6, v
    elif typ == PERSON:
        assert len(v) >= 2, v
    else:
        raise AssertionError(typ)


def validate_decoy(kind: str, v: str) -> None:
    assert v and v == v.strip(), (kind, v)
    if kind == "LUHN_ID":
        assert v.isdigit() and 16 <= len(v) <= 19 and luhn_ok(v), v
    elif kind == "SERIAL18":
        assert len(v) == 18 and not cn_id_ok(v), v
    elif kind == "NUM11":
        assert len(v) == 11 and v.isdigit() and not cn_mobile_ok(v), v
    elif kind == "UUID":
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", v.lower()), v


# ------------------------------------------------------------------ builder
class B:
    """Line builder: text is appended piecewise, labelled pieces recorded."""

    __slots__ = ("decoys", "js", "n", "parts", "spans")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[list] = []
        self.decoys: list[list] = []
        self.js = False

    def t(self, s: str) -> B:
        self.parts.append(s)
        self.n += len(s)
        return self

    def s(self, v: str, typ: str) -> B:
        assert typ in TYPES, typ
        st = self.n
        self.t(v)
        self.spans.append([st, self.n, typ])
        return self

    def d(self, v: str, kind: str) -> B:
        """Decoy; once three decoys are placed further ones become plain text."""
        if len(self.decoys) >= 3:
            return self.t(v)
        st = self.n
        self.t(v)
        self.decoys.append([st, self.n, kind])
        return self

    def x(self, v: str, label: str | None) -> B:
        if label is None:
            return self.t(v)
        if label in TYPES:
            return self.s(v, label)
        return self.d(v, label)

    def j(self, key: str, val, label: str | None = None, first: bool = False) -> B:
        """JSON member ``,"key":"val"`` (numbers unquoted)."""
        self.t(("" if first else ",") + json.dumps(key, ensure_ascii=False) + ":")
        if isinstance(val, (int, float)) and not isinstance(val, bool):
            return self.x(str(val), label)
        self.t('"').x(val, label)
        return self.t('"')

    def finish(self, tid: int) -> dict:
        text = "".join(self.parts)
        assert "\n" not in text and "\r" not in text, text
        assert len(self.spans) <= 3, text
        assert len(self.decoys) <= 3, text
        allr = sorted(self.spans + self.decoys)
        for a, c in zip(allr, allr[1:]):
            assert a[1] <= c[0], ("overlap", text, a, c)
        for s, e, typ in self.spans:
            v = text[s:e]
            validate(typ, v)
            i = text.find(v)
            while i != -1:
                if not any(ss <= i and i + len(v) <= ee for ss, ee, _ in self.spans):
                    raise Reject(v)
                i = text.find(v, i + 1)
        for s, e, k in self.decoys:
            validate_decoy(k, text[s:e])
        if self.js:
            json.loads(text)
        return {"text": text, "spans": self.spans, "decoys": self.decoys, "template": tid}


# --------------------------------------------------------------- data pools
CN_MOB_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                 "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                 "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
                 "183", "184", "185", "186", "187", "188", "189", "191", "193", "195",
                 "198", "199"]
CN_AREA = ["010", "021", "020", "022", "023", "025", "027", "028", "029", "0571", "0755",
           "0512", "0532", "0731", "0591", "0871"]
ID_AREA = ["110101", "110105", "110108", "310104", "310115", "440106", "440305", "330106",
           "320102", "510107", "420106", "610113", "500103", "370102", "350203", "430104",
           "210102", "120101", "130102", "410105", "530102", "340104", "360102", "450103"]
PROVS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
US_AREA = ["212", "415", "646", "312", "617", "206", "303", "512", "702", "404", "305",
           "718", "213", "925", "510", "971", "480", "614", "919", "470"]
PY_SUR = ["ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU",
          "XU", "SUN", "MA", "ZHU", "HU", "GUO", "HE", "LIN", "LUO", "GAO", "ZHENG", "XIE",
          "TANG", "FENG", "DENG", "CAO", "PENG", "ZENG", "XIAO", "TIAN"]
PY_GIVEN = ["WEI", "JING", "MIN", "JIE", "TAO", "XIAOMING", "HAOYU", "YUTONG", "ZIHAN",
            "JIANGUO", "XIULAN", "LEI", "FANG", "QIANG", "JUN", "HUI", "YAN", "XINYI",
            "MINGHUA", "JIAQI", "SHUFEN", "YUXUAN", "ZHIQIANG", "LIHUA", "WENJUN",
            "CHUNMEI", "HAORAN", "YIFAN", "KAIXIN", "RUOXI"]
FAMOUS_CN = ["鲁迅", "李白", "杜甫", "苏轼", "孔子", "周杰伦", "姚明", "刘翔", "莫言",
             "袁隆平", "钱学森", "屠呦呦", "郎朗", "王羲之", "曹雪芹", "成龙", "梅兰芳"]
FAMOUS_EN = ["Albert Einstein", "Taylor Swift", "Marie Curie", "Alan Turing",
             "Ada Lovelace", "William Shakespeare", "Elon Musk", "Grace Hopper",
             "Nelson Mandela", "Serena Williams", "Isaac Newton", "Frida Kahlo"]
ROLE_EN = ["admin", "root", "jenkins", "svc-deploy", "ci-bot", "postgres", "sa",
           "www-data", "nobody", "system", "backup", "svc_etl", "monitoring", "deploy",
           "ansible", "gitlab-runner", "reporting", "app_rw", "oracle", "guest"]
SVC_CN = ["95588", "95555", "95533", "95566", "95599", "95559", "95528", "10086",
          "10010", "10000", "12345", "95511", "95338", "95311", "95546"]
CN_CITY = ["杭州", "上海", "北京", "深圳", "广州", "成都", "南京", "武汉", "西安", "苏州",
           "重庆", "天津", "长沙", "郑州", "青岛", "厦门"]
CN_DISTRICT = ["西湖区", "朝阳区", "浦东新区", "南山区", "天河区", "武侯区", "鼓楼区",
               "江汉区", "雁塔区", "姑苏区", "渝中区", "和平区", "岳麓区", "金水区"]
CN_ROAD = ["文三路", "建国路", "世纪大道", "科技园南路", "天河北路", "人民南路", "中山路",
           "解放大道", "长安路", "干将路", "解放碑", "南京路", "五一大道", "花园路"]
EN_CITY = ["Austin", "Denver", "Seattle", "Boston", "Chicago", "Atlanta", "Portland",
           "Phoenix", "Columbus", "Raleigh"]
IPV4_FIRST = [23, 24, 31, 36, 39, 42, 45, 49, 58, 59, 60, 61, 66, 67, 71, 73, 77, 81,
              82, 88, 91, 94, 101, 103, 106, 110, 111, 112, 113, 114, 115, 116, 117,
              119, 120, 121, 122, 123, 124, 125, 139, 140, 171, 175, 180, 182, 183,
              185, 188, 195, 202, 210, 211, 218, 219, 220, 221, 222, 223]
PRODUCTS_CN = ["华为Mate 60 Pro", "iPhone 15 256G", "小米14", "戴森V12吸尘器",
               "九阳豆浆机", "李宁跑鞋", "三只松鼠坚果礼盒", "格力空调1.5匹", "美的电饭煲",
               "安踏羽绒服", "飞利浦电动牙刷", "乐高积木"]
EN_PRODUCTS = ["Ceramic Pour-Over Set", "Merino Crew Sock 3-Pack", "USB-C Hub 7-in-1",
               "Bamboo Cutting Board", "Trail Running Vest", "Noise-Cancelling Earbuds"]
FAMOUS_SKIP = set(FAMOUS_CN) | {"李宁", "李娜", "马云", "刘德华", "王菲", "马化腾", "李彦宏", "雷军",
                                 "张艺谋", "周迅", "王力宏", "林丹", "孙杨", "杨利伟", "邓超", "黄渤",
                                 "赵丽颖", "杨幂", "刘备", "关羽", "张飞", "诸葛亮", "曹操", "孙权"}
FAMOUS_EN_SKIP = set(FAMOUS_EN) | {"Michael Jordan", "George Washington", "John Adams", "James Madison",
                                   "Thomas Jefferson", "Michael Jackson", "John Lennon", "Tom Hanks",
                                   "James Brown", "Steve Jobs", "Bill Gates", "Paul Allen"}


def _ascii(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalpha())


def _b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class Gen:
    """Seeded value factory (names from Faker, everything else from ``r``)."""

    def __init__(self, seed: int) -> None:
        self.r = r = random.Random(seed)
        fen = Faker("en_US")
        fen.seed_instance(seed)
        fcn = Faker("zh_CN")
        fcn.seed_instance(seed + 1)
        ftw = Faker("zh_TW")
        ftw.seed_instance(seed + 2)
        self.en_first = sorted({fen.first_name() for _ in range(400)})
        self.en_last = sorted({fen.last_name() for _ in range(400)})
        self.cn_names = sorted({n for n in (fcn.name() for _ in range(1500))
                                if n not in FAMOUS_SKIP and len(n) >= 2})
        self.tw_names = sorted({ftw.name() for _ in range(300)})
        self.cn_companies = sorted({fcn.company() for _ in range(80)})
        self.en_companies = sorted({fen.company() for _ in range(60)})
        r.shuffle(self.cn_names)
        self.eu_names = {}
        for lang, loc in (("de", "de_DE"), ("es", "es_ES"), ("fr", "fr_FR")):
            fk = Faker(loc)
            fk.seed_instance(seed + 7)
            self.eu_names[lang] = sorted({(fk.first_name(), fk.last_name()) for _ in range(150)})
        self.base = _dt.datetime(2024, 11, 18, 0, 0, 0)

    # --- generic
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, k: int, first: str = DIG) -> str:
        r = self.r
        return r.choice(first) + "".join(r.choice(DIG) for _ in range(k - 1))

    def hexs(self, k: int) -> str:
        return "".join(self.r.choice(HEX) for _ in range(k))

    def alnum(self, k: int, alpha: str = ALNUM) -> str:
        return "".join(self.r.choice(alpha) for _ in range(k))

    def dt(self) -> _dt.datetime:
        return self.base + _dt.timedelta(seconds=self.r.randint(0, 30 * 86400),
                                         microseconds=self.r.randint(0, 999999))

    # --- names
    def en_pair(self) -> tuple[str, str]:
        return self.ch(self.en_first), self.ch(self.en_last)

    def en_name(self) -> str:
        while True:
            f, l = self.en_pair()
            if f"{f} {l}" not in FAMOUS_EN_SKIP:
                return f"{f} {l}"

    def login(self, f: str | None = None, l: str | None = None) -> str:
        if f is None:
            f, l = self.en_pair()
        f, l = f.lower().replace("'", ""), l.lower().replace("'", "").replace(" ", "")
        k = self.r.randint(0, 6)
        if k == 0:
            u = f[0] + l
        elif k == 1:
            u = f"{f}.{l}"
        elif k == 2:
            u = f"{f}_{l}{self.r.randint(1, 99)}"
        elif k == 3:
            u = f + l[0] + str(self.r.randint(1, 999))
        elif k == 4:
            u = l + f[0]
        elif k == 5:
            u = f"{f[0]}{l}{self.r.randint(2, 9)}"
        else:
            u = f"{f}{l[:3]}"
        if len(u) < 4:
            u += str(self.r.randint(10, 99))
        return u

    def email(self, f: str | None = None, l: str | None = None, corp: bool = False) -> str:
        if f is None:
            f, l = self.en_pair()
        f, l = f.lower().replace("'", ""), l.lower().replace("'", "").replace(" ", "")
        lp = self.ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{self.r.randint(1, 99)}",
                      f"{f}_{l}", f"{l}.{f[0]}", f"{f}{l}{self.r.randint(70, 99)}"])
        dom = self.ch(["acme-corp.com", "northwind.io", "contoso.net", "globex.co"]) if corp \
            else self.ch(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                          "proton.me", "aol.com", "comcast.net"])
        return f"{lp}@{dom}"

    def cn_name(self) -> str:
        return self.ch(self.cn_names)

    def tw_name(self) -> str:
        return self.ch(self.tw_names)

    def py_name(self, style: int | None = None) -> str:
        s, g = self.ch(PY_SUR), self.ch(PY_GIVEN)
        style = self.r.randint(0, 3) if style is None else style
        if style == 0:
            return f"{s}/{g}"
        if style == 1:
            return f"{s} {g}"
        if style == 2:
            return f"{s.title()} {g.title()}"
        return f"{g.title()} {s.title()}"

    def cn_email(self) -> str:
        k = self.r.randint(0, 3)
        if k == 0:
            return f"{self.digits(self.r.randint(8, 10), '123456789')}@qq.com"
        s, g = self.ch(PY_SUR).lower(), self.ch(PY_GIVEN).lower()
        lp = self.ch([f"{s}{g}", f"{g}.{s}", f"{s}_{g}{self.r.randint(80, 99)}",
                      f"{s}{g}{self.r.randint(1990, 2005)}"])
        return f"{lp}@{self.ch(['163.com', '126.com', 'sina.com', 'foxmail.com', 'qq.com', 'aliyun.com'])}"

    # --- phones
    def cn_mob(self) -> str:
        while True:
            d = self.ch(CN_MOB_PREFIX) + self.digits(8)
            if cn_mobile_ok(d):
                return d

    def cn_mobile(self, style: int | None = None) -> str:
        d = self.cn_mob()
        style = self.r.randint(0, 9) if style is None else style
        if style <= 3:
            return d
        if style == 4:
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        if style == 5:
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        if style == 6:
            return f"+86 {d[:3]} {d[3:7]} {d[7:]}"
        if style == 7:
            return f"+86{d}"
        if style == 8:
            return f"+86-{d}"
        return f"0086 {d}"

    def cn_landline(self) -> str:
        while True:
            a = self.ch(CN_AREA)
            n = self.digits(8 if len(a) == 3 or a in ("0755", "0571", "0512", "0532", "0731",
                                                       "0591", "0871") else 7, "2345678")
            if _phone_ok(f"{a}{n}"):
                return self.ch([f"{a}-{n}", f"{a}-{n[:4]} {n[4:]}", f"({a}){n}", f"{a} {n}"])

    def us_digits(self) -> str:
        while True:
            ex = self.digits(3, "23456789")
            if ex[1:] == "11" or ex == "555":
                continue
            d = self.ch(US_AREA) + ex + self.digits(4)
            if phonenumbers.is_valid_number(phonenumbers.parse("+1" + d)):
                return d

    def us_phone(self, style: int | None = None) -> str:
        d = self.us_digits()
        style = self.r.randint(0, 5) if style is None else style
        return [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                f"+1 {d[:3]} {d[3:6]} {d[6:]}", f"+1{d}", f"{d[:3]}.{d[3:6]}.{d[6:]}",
                f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"][style]

    def intl_phone(self, cc: str) -> str:
        """Mobile numbers for DE/GB/FR/ES/TW/HK (validated)."""
        r = self.r
        for _ in range(200):
            if cc == "DE":
                n = self.ch(["151", "152", "160", "170", "171", "176", "157"]) + self.digits(8)
                v = f"+49 {n[:3]} {n[3:]}"
            elif cc == "GB":
                n = "7" + self.ch(["400", "500", "700", "800", "900", "911", "799"]) + self.digits(6)
                v = f"+44 {n[:4]} {n[4:]}"
            elif cc == "FR":
                n = self.ch("67") + self.digits(8)
                v = "+33 " + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))
            elif cc == "ES":
                n = "6" + self.digits(8)
                v = f"+34 {n[:3]} {n[3:6]} {n[6:]}"
            elif cc == "TW":
                n = "09" + self.digits(8)
                v = r.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}", n, f"+886 {n[1:4]} {n[4:7]} {n[7:]}"])
            else:  # HK
                n = self.ch("569") + self.digits(7)
                v = r.choice([f"+852 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}"])
            if _phone_ok(v):
                return v
        raise RuntimeError(cc)

    # --- ids
    def cn_id(self) -> str:
        r = self.r
        d = _dt.date(1950, 1, 1) + _dt.timedelta(days=r.randint(0, 20000))
        body = self.ch(ID_AREA) + d.strftime("%Y%m%d") + self.digits(3)
        return body + id_check(body)

    def serial18(self) -> str:
        """18 digits that are NOT a valid resident id (e.g. a 办件编号 / 流水号)."""
        while True:
            body = self.digits(17, "123456789")
            c = self.ch(DIG)
            if not cn_id_ok(body + c):
                return body + c

    def card(self, brand: str | None = None, style: int | None = None) -> str:
        r = self.r
        brand = brand or self.ch(["visa", "visa", "mc", "mc", "amex", "up", "jcb", "disc"])
        if brand == "visa":
            d = luhn_complete("4" + self.digits(5), 16, r)
        elif brand == "mc":
            p = self.ch(["51", "52", "53", "54", "55", "2221", "2720", "2300"])
            d = luhn_complete(p, 16, r)
        elif brand == "amex":
            d = luhn_complete(self.ch(["34", "37"]), 15, r)
        elif brand == "jcb":
            d = luhn_complete(str(r.randint(3528, 3589)), 16, r)
        elif brand == "disc":
            d = luhn_complete("6011", 16, r)
        else:  # UnionPay debit / credit
            p = self.ch(["621700", "622202", "622848", "621226", "622588", "625807",
                         "621661", "622260", "623058", "628288", "621483", "622909"])
            d = luhn_complete(p, self.ch([16, 19, 19, 16, 18, 17]), r)
        style = r.randint(0, 3) if style is None else style
        if style <= 1:
            return d
        sep = " " if style == 2 else "-"
        if len(d) == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

    def up_card(self, style: int | None = None) -> str:
        return self.card("up", style)

    def luhn_id(self) -> str:
        """Luhn-valid 16-19 digit id used under a non-card key."""
        return luhn_complete(self.ch(["8", "9", "7", "1", "3", "20", "10"]) + self.digits(3),
                             self.r.randint(16, 19), self.r)

    def num11(self) -> str:
        while True:
            v = self.ch(["10", "11", "12", "20", "21", "30", "80", "90", "60"]) + self.digits(9)
            if not cn_mobile_ok(v):
                return v

    def iban(self, cc: str | None = None, spaced: bool | None = None) -> str:
        r = self.r
        cc = cc or self.ch(["DE", "GB", "FR", "NL", "ES", "CH", "BE", "AT"])
        if cc == "DE":
            bban = self.digits(8, "123456789") + self.digits(10)
        elif cc == "GB":
            bban = self.ch(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + self.digits(14)
        elif cc == "FR":
            bank, br, acc = self.digits(5, "123"), self.digits(5), self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
            bban = f"{bank}{br}{acc}{key:02d}"
        elif cc == "NL":
            while True:
                acc = self.digits(10)
                if sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0:
                    break
            bban = self.ch(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + acc
        elif cc == "ES":
            w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

            def ck(s):
                v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                return {11: 0, 10: 1}.get(v, v)
            bank, br, acc = self.digits(4, "012"), self.digits(4), self.digits(10)
            bban = f"{bank}{br}{ck('00' + bank + br)}{ck(acc)}{acc}"
        elif cc == "CH":
            bban = self.digits(5, "0") + self.digits(12)
        elif cc == "BE":
            ten = self.digits(10, "0123456")
            c = int(ten) % 97 or 97
            bban = f"{ten}{c:02d}"
        else:  # AT
            bban = self.digits(5, "123456") + self.digits(11)
        v = make_iban(cc, bban)
        spaced = r.random() < 0.5 if spaced is None else spaced
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v

    def ssn(self, dashed: bool = True) -> str:
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        v = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return v if dashed else v.replace("-", "")

    def passport(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.5:
            return "E" + self.digits(8)
        if k < 0.85:
            return "E" + self.ch("ABCDEFGHJKLMN") + self.digits(7)
        return "G" + self.digits(8)

    def plate(self, kind: str | None = None, dot: bool | None = None) -> str:
        r = self.r
        p, l = self.ch(PROVS), self.ch(PLATE_L)
        kind = kind or self.ch(["std", "std", "std", "nev", "nev_big"])
        if kind == "std":
            tail = [self.ch(DIG) for _ in range(5)]
            for _ in range(r.randint(0, 2)):
                tail[r.randint(0, 4)] = self.ch(PLATE_L)
            tail = "".join(tail)
        elif kind == "nev":
            tail = self.ch("DF") + self.ch(PLATE_L + DIG) + self.digits(4)
        else:
            tail = self.digits(5) + self.ch("DF")
        dot = r.random() < 0.3 if dot is None else dot
        return f"{p}{l}{'·' if dot else ''}{tail}"

    def ipv4(self, private: bool = False) -> str:
        r = self.r
        if private:
            return self.ch([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                            f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        return f"{self.ch(IPV4_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self) -> str:
        r = self.r
        pre = self.ch(["2408:8207", "240e:3b4", "2409:8a55", "2600:1700", "2a02:c7c",
                       "2001:4860", "2604:3d08", "2a01:e0a"])
        groups = [format(r.randint(0, 0xffff), "x") for _ in range(r.choice([2, 7 - pre.count(":")]))]
        if len(groups) == 2:
            v = f"{pre}::{':'.join(groups)}"
        else:
            v = f"{pre}:{':'.join(groups)}"
        return str(ipaddress.ip_address(v))

    def client_ip(self) -> str:
        k = self.r.random()
        if k < 0.12:
            return self.ipv6()
        if k < 0.25:
            return self.ipv4(private=True)
        return self.ipv4()

    # --- secrets
    def password(self) -> str:
        r = self.r
        k = r.randint(0, 4)
        if k == 0:
            return self.ch(["Summer", "Winter", "Autumn", "Spring", "Welcome", "Passw0rd",
                            "Dragon", "Sunshine"]) + str(r.randint(2019, 2025)) + self.ch("!@#$")
        if k == 1:
            return self.alnum(r.randint(10, 16)) + self.ch("!#%&*")
        if k == 2:
            return self.ch(["Tr0ub4dor", "Qwerty", "Zx", "Mk", "Pa"]) + "&" + self.alnum(6) + str(r.randint(10, 99))
        if k == 3:
            return self.ch(["hunter", "letmein", "monkey", "shadow", "iloveyou"]) + str(r.randint(100, 9999))
        return self.alnum(4) + "-" + self.alnum(4) + "-" + self.alnum(4)

    def jwt(self) -> str:
        r = self.r
        hdr = self.ch(['{"alg":"HS256","typ":"JWT"}', '{"alg":"RS256","typ":"JWT"}',
                       '{"alg":"RS256","kid":"' + self.alnum(12) + '","typ":"JWT"}'])
        iat = 1731900000 + r.randint(0, 3000000)
        pl = json.dumps({"sub": self.ch(["usr_", "u", ""]) + self.alnum(10), "iat": iat,
                         "exp": iat + 3600, "scope": self.ch(["openid profile", "read write", "api"])},
                        separators=(",", ":"))
        sig = "".join(r.choice(B64URL) for _ in range(self.ch([43, 43, 86])))
        return f"{_b64url(hdr.encode())}.{_b64url(pl.encode())}.{sig}"

    def token(self, kind: str | None = None) -> str:
        kind = kind or self.ch(["opaque", "gh", "stripe", "aws", "slack", "sg", "hex", "jwt"])
        if kind == "opaque":
            return self.alnum(self.r.randint(32, 48))
        if kind == "gh":
            return "ghp_" + self.alnum(36)
        if kind == "stripe":
            return self.ch(["sk_live_", "rk_live_"]) + self.alnum(24)
        if kind == "aws":
            return "AKIA" + self.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        if kind == "awssecret":
            return self.alnum(40, ALNUM + "/+")
        if kind == "slack":
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24)}"
        if kind == "sg":
            return f"SG.{self.alnum(22, B64URL)}.{self.alnum(43, B64URL)}"
        if kind == "hex":
            return self.hexs(32)
        return self.jwt()

    def session(self) -> str:
        return self.ch([self.hexs(32).upper(), self.alnum(26).lower(), self.hexs(40),
                        "s%3A" + self.alnum(32) + "." + self.alnum(43)])

    # --- decoy values
    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self, k: int = 40) -> str:
        return self.hexs(k)

    def masked_mobile(self) -> str:
        d = self.cn_mob()
        return self.ch([f"{d[:3]}****{d[7:]}", f"{d[:3]}*****{d[8:]}", f"{d[:3]}-****-{d[7:]}"])

    def masked_id(self) -> str:
        v = self.cn_id()
        return self.ch([f"{v[:6]}********{v[14:]}", f"{v[:4]}**********{v[14:]}",
                        f"{v[0]}****************{v[-1]}"])

    def masked_card(self) -> str:
        d = re.sub(r"\D", "", self.card())
        return self.ch([f"**** **** **** {d[-4:]}", f"{d[:6]}******{d[-4:]}", f"{d[:4]} **** **** {d[-4:]}"])

    def amount(self, cur: str = "¥", lo: int | None = None, hi: int | None = None) -> str:
        if lo is not None:
            v = self.r.randint(lo, hi)
        else:
            v = self.r.choice([self.r.randint(1, 99), self.r.randint(100, 999), self.r.randint(1000, 99999)])
        c = self.r.randint(0, 99)
        s = f"{v:,}.{c:02d}"
        return f"{cur}{s}" if cur else s

    def svc_line(self) -> str:
        k = self.r.random()
        if k < 0.5:
            return self.ch(SVC_CN)
        if k < 0.8:
            return f"400-{self.digits(3)}-{self.digits(4)}"
        return f"400 {self.digits(3)} {self.digits(4)}"

    def ver(self) -> str:
        r = self.r
        return self.ch([f"{r.randint(1, 30)}.{r.randint(0, 20)}.{r.randint(0, 40)}",
                        f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
                        f"{r.randint(1, 30)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 999)}"])

    def waybill(self) -> str:
        return self.ch(["SF" + self.digits(13, "1"), "JD" + self.digits(13, "0"),
                        "YT" + self.digits(13, "2"), "75" + self.digits(12),
                        "7731" + self.digits(11)])

    def order_no(self, dt: _dt.datetime | None = None) -> str:
        dt = dt or self.dt()
        return dt.strftime("%Y%m%d") + self.digits(self.r.choice([8, 10, 11]))


def luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + "".join(r.choice(DIG) for _ in range(length - len(prefix) - 1))
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


# ---------------------------------------------------------------- templates
TEMPLATES: list[tuple] = []  # (fn, group, rel_weight)
GROUP_SHARE = {"en": 0.35, "json": 0.20, "zh": 0.45}


def tpl(group: str, w: float = 1.0):
    def deco(fn):
        TEMPLATES.append((fn, group, w))
        return fn
    return deco


def _apache_ts(dt: _dt.datetime) -> str:
    return dt.strftime("%d/%b/%Y:%H:%M:%S +0000")


def _iso(dt: _dt.datetime, frac: int = 3, z: str = "Z") -> str:
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + f"{dt.microsecond:06d}"[:frac] if frac <= 6 else "." + f"{dt.microsecond:06d}" + "0" * (frac - 6)
    return s + z


def _cn_ts(dt: _dt.datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M:%S")


# 1 Jenkins console output
@tpl("en")
def t_jenkins(g: Gen, b: B) -> None:
    r = g.r
    b.t(f"[{_iso(g.dt())}] ")
    k = r.random()
    if k < 0.18:
        b.t("Started by user ").s(g.en_name(), PERSON)
        b.t(" | build ").d(f"#{r.randint(100, 9999)}", "BUILD")
    elif k < 0.30:
        b.t("Started by GitHub push by ").s(g.login(), PERSON)
    elif k < 0.42:
        b.t("+ docker login -u ").d(g.ch(["ci-bot", "svc-deploy", "jenkins"]), "ROLE_ACCOUNT")
        b.t(" -p ").s(g.password(), CRED).t(" registry.").t(g.ch(["acme-corp.io", "internal.northwind.io"]))
    elif k < 0.52:
        b.t("Checking out Revision ").d(g.sha(), "SHA").t(" (refs/remotes/origin/")
        b.t(g.ch(["main", "release/2.14", "develop", "hotfix/PAY-311"])).t(")")
    elif k < 0.60:
        b.t("Running as ").d("SYSTEM", "ROLE_ACCOUNT").t(" | Started by timer | Building in workspace /var/lib/jenkins/workspace/")
        b.t(g.ch(["billing-api", "web-frontend", "etl-nightly"]))
    elif k < 0.72:
        b.t("+ curl -sf -H 'Authorization: Bearer ").s(g.token(g.ch(["opaque", "jwt", "hex"])), CRED)
        b.t("' https://deploy.acme-corp.io/v2/releases?build=").d(str(r.randint(1000, 99999)), "BUILD")
    elif k < 0.84:
        u = g.login()
        b.t("+ git clone https://").s(u, PERSON).t(":").s(g.token("gh"), CRED)
        b.t("@github.com/acme/").t(g.ch(["payments", "infra", "mobile-app"])).t(".git")
    else:
        b.t("Approved by ").s(g.en_name(), PERSON).t(" (input 'Deploy to production?', id ")
        b.d(g.hexs(32), "TRACE").t(") after ").d(f"{r.randint(2, 900)}s", "MS")


# 2 GitHub Actions runner log
@tpl("en")
def t_gha(g: Gen, b: B) -> None:
    r = g.r
    b.t(_iso(g.dt(), 7) + " ")
    k = r.random()
    if k < 0.15:
        b.t("  GITHUB_ACTOR: ").s(g.login(), PERSON)
    elif k < 0.28:
        b.t("  ").t(g.ch(["DB_PASSWORD", "NPM_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_WEBHOOK"]))
        b.t(": ").d("***", "MASKED")
    elif k < 0.42:
        f, l = g.en_pair()
        b.t("Author: ").s(f"{f} {l}", PERSON).t(" <").s(g.email(f, l), EMAIL).t(">")
    elif k < 0.55:
        b.t('Run echo "AWS_ACCESS_KEY_ID=').s(g.token("aws"), CRED).t('" >> $GITHUB_ENV')
    elif k < 0.66:
        b.t(g.ch(["latest", "v2.3.1", "sha-" + g.hexs(7)])).t(": digest: sha256:").d(g.sha(64), "SHA")
        b.t(" size: ").d(str(r.randint(500, 9000)), "BYTES")
    elif k < 0.76:
        b.t("##[group]Run actions/setup-node@").d(g.ch(["v4", "v3.8.2", "v4.0.2"]), "VER")
    elif k < 0.88:
        b.t("##[error]Process completed with exit code 1. curl: (22) The requested URL returned error: 401 for https://hooks.slack.com/services/")
        b.s("T0" + g.alnum(8, UPALNUM) + "/B0" + g.alnum(8, UPALNUM) + "/" + g.alnum(24), CRED)
    else:
        b.t("Triggered via pull_request by @").s(g.login(), PERSON).t(" (run ").d(str(r.randint(10**9, 9 * 10**9)), "BUILD").t(")")


# 3 Terraform plan / apply output
@tpl("en")
def t_terraform(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    if k < 0.2:
        b.t('      + password               = ').d("(sensitive value)", "MASKED")
    elif k < 0.38:
        b.t('      + master_password        = "').s(g.password(), CRED).t('"')
    elif k < 0.55:
        f, l = g.en_pair()
        b.t('      + tags                   = { "CostCenter" = "').d(f"CC-{r.randint(1000, 9999)}", "SKU")
        b.t('", "Owner" = "').s(g.email(f, l, corp=True), EMAIL).t('" }')
    elif k < 0.7:
        u = g.login()
        b.t("│ Error: creating IAM User (").s(u, PERSON).t("): EntityAlreadyExists: User with name ")
        b.s(u, PERSON).t(" already exists. status code: ").d("409", "STATUS")
    elif k < 0.82:
        b.t(g.ch(["aws_instance.web[2]", "google_sql_database_instance.main", "azurerm_linux_virtual_machine.app"]))
        b.t(": Creation complete after ").d(f"{r.randint(5, 400)}s", "MS").t(" [id=")
        b.d("i-0" + g.hexs(16), "TRACE").t("]")
    elif k < 0.92:
        b.t('      + connection_string      = "postgres://').d(g.ch(["app_rw", "etl", "svc_api"]), "ROLE_ACCOUNT")
        b.t(":").s(g.password(), CRED).t("@db-").t(g.ch(["prod", "stage"])).t(".internal:5432/orders?sslmode=require\"")
    else:
        b.t('      + ssh_authorized_user    = "').s(g.login(), PERSON).t('"')


# 4 Ansible play output
@tpl("en")
def t_ansible(g: Gen, b: B) -> None:
    r = g.r
    host = g.ch(["web-03.prod.acme.internal", "db01", "app-02", "bastion-eu1", "lb-2.dc1"])
    k = r.random()
    if k < 0.3:
        f, l = g.en_pair()
        u = g.login(f, l)
        b.t(f"changed: [{host}] => (item={{'name': '").s(u, PERSON).t("', 'comment': '")
        b.s(f"{f} {l}", PERSON).t("', 'uid': ").d(str(r.randint(1001, 4999)), "UID").t(", 'groups': 'wheel'})")
    elif k < 0.45:
        b.t(f'fatal: [{host}]: FAILED! => {{"changed": false, "msg": "FATAL:  password authentication failed for user \\"')
        b.d(g.ch(["reporting", "postgres", "app_rw"]), "ROLE_ACCOUNT").t('\\""}')
    elif k < 0.6:
        b.t(f"ok: [{host}] => (item={{'user': '").s(g.login(), PERSON).t("', 'key': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI")
        b.t(g.alnum(43)).t("'})")
    elif k < 0.75:
        b.t(f'changed: [{host}] => {{"cmd": "mysql -uroot -p').s(g.password(), CRED).t(' -e \'FLUSH PRIVILEGES\'", "rc": 0}')
    elif k < 0.87:
        b.t("PLAY RECAP *** ").d(host, "HOSTNAME").t(f" : ok={r.randint(3, 60)} changed={r.randint(0, 9)} unreachable=0 failed=0 skipped={r.randint(0, 9)}")
    else:
        f, l = g.en_pair()
        b.t(f"TASK [users : notify owner] *** ok: [{host}] => {{\"msg\": \"mail sent to ").s(g.email(f, l, corp=True), EMAIL).t('"}')


# 5 systemd journal exported as JSON (journalctl -o json)
@tpl("en")
def t_journal(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    dt = g.dt()
    us = str(int(dt.timestamp()) * 1000000 + dt.microsecond)
    b.t("{").j("__REALTIME_TIMESTAMP", us, "TS", first=True)
    b.j("_HOSTNAME", g.ch(["bastion-1", "web-07", "gw-prod-2", "ci-runner-4"]))
    k = r.random()
    if k < 0.35:
        b.j("SYSLOG_IDENTIFIER", "sshd").j("_PID", str(r.randint(300, 65000)), "PID")
        b.t(',"MESSAGE":"').t(g.ch(["Accepted publickey for ", "Accepted password for ", "Failed password for "]))
        b.s(g.login(), PERSON).t(" from ").s(g.client_ip(), IP).t(" port ").d(str(r.randint(1025, 65535)), "PORT").t(' ssh2"')
    elif k < 0.5:
        b.j("SYSLOG_IDENTIFIER", "sshd").t(',"MESSAGE":"Invalid user ').d(g.ch(["admin", "oracle", "ubuntu", "test", "git"]), "ROLE_ACCOUNT")
        b.t(" from ").s(g.client_ip(), IP).t(' port ').d(str(r.randint(1025, 65535)), "PORT").t('"')
    elif k < 0.7:
        u = g.login()
        b.j("SYSLOG_IDENTIFIER", "sudo").t(',"MESSAGE":"    ').s(u, PERSON).t(" : TTY=pts/")
        b.t(str(r.randint(0, 9))).t(" ; PWD=/home/").s(u, PERSON).t(" ; USER=root ; COMMAND=/usr/bin/systemctl restart ")
        b.t(g.ch(["nginx", "docker", "postgresql"])).t('"')
    elif k < 0.85:
        b.j("SYSLOG_IDENTIFIER", "systemd-logind").t(',"MESSAGE":"New session ').d(str(r.randint(1, 9999)), "PID")
        b.t(" of user ").s(g.login(), PERSON).t('."')
    else:
        b.j("SYSLOG_IDENTIFIER", "systemd").j("MESSAGE", f"Started {g.ch(['Daily apt upgrade', 'logrotate.service', 'Cleanup of Temporary Directories'])}.")
        b.j("_PID", "1")
    b.j("PRIORITY", str(r.randint(3, 6))).t("}")


# 6 Nextcloud / ownCloud admin_audit JSON
@tpl("en")
def t_nextcloud(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    u = g.login()
    b.t("{").j("reqId", g.alnum(20), first=True).j("level", 1).j("time", _iso(g.dt(), 0, "+00:00"))
    with_ip = r.random() < 0.5
    if with_ip:
        b.j("remoteAddr", g.client_ip(), IP)
    b.j("user", u, PERSON).j("app", "admin_audit")
    k = r.random()
    if k < 0.5 and not with_ip:
        doc = g.ch(["Tax 2023.pdf", "Passport scan.jpg", "Budget Q4.xlsx", "notes.md"])
        b.j("method", "PROPFIND").t(',"url":"/remote.php/dav/files/').s(u, PERSON).t('/Documents"')
        b.t(',"message":"File accessed: \\"/').s(u, PERSON).t(f'/files/{doc}\\""')
    elif k < 0.75:
        b.j("method", "POST").j("url", "/login").j("message", "Login successful")
    else:
        b.j("method", "PUT").t(',"message":"Share created for ').t(g.ch(["link", "group staff"])).t('"')
    b.j("userAgent", g.ch(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (Linux) mirall/3.11.0",
                           "ios/17.1 Nextcloud-iOS/4.9.2"]))
    b.j("version", f"{r.randint(25, 29)}.0.{r.randint(0, 12)}.{r.randint(0, 9)}", "VER").t("}")


# 7 Keycloak event logger
@tpl("en")
def t_keycloak(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    b.t(dt.strftime("%Y-%m-%d %H:%M:%S,") + f"{dt.microsecond // 1000:03d}")
    k = r.random()
    if k < 0.55:
        b.t(" WARN  [org.keycloak.events] (executor-thread-").t(str(r.randint(1, 80)))
        b.t(") type=LOGIN_ERROR, realmId=").t(g.ch(["acme", "customers", "internal"]))
        b.t(", clientId=account-console, userId=null, ipAddress=").s(g.client_ip(), IP)
        b.t(", error=").t(g.ch(["invalid_user_credentials", "user_not_found", "user_temporarily_disabled"]))
        b.t(", auth_method=openid-connect, code_id=").d(g.uuid(), "UUID").t(", username=")
        f, l = g.en_pair()
        if r.random() < 0.5:
            b.s(g.login(f, l), PERSON)
        else:
            b.s(g.email(f, l, corp=r.random() < 0.5), EMAIL)
    elif k < 0.85:
        b.t(" INFO  [org.keycloak.events] (executor-thread-").t(str(r.randint(1, 80)))
        b.t(") type=LOGIN, realmId=acme, clientId=").t(g.ch(["grafana", "jira", "portal-web"]))
        b.t(", userId=").d(g.uuid(), "UUID").t(", ipAddress=").s(g.client_ip(), IP)
        b.t(", auth_method=openid-connect, username=").s(g.login(), PERSON)
    else:
        b.t(" INFO  [org.keycloak.services] (main) KC-SERVICES0050: Initializing master realm; admin user ")
        b.d("admin", "ROLE_ACCOUNT").t(" exists, Keycloak ").d(f"{r.randint(21, 26)}.0.{r.randint(0, 9)}", "VER")


# 8 Atlassian Jira / Confluence access log and audit
@tpl("en")
def t_atlassian(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    proj = g.ch(["PROJ", "OPS", "PAY", "HR", "MOB", "SEC"])
    issue = f"{proj}-{r.randint(1, 9999)}"
    if k < 0.6:
        b.s(g.client_ip(), IP).t(f" {r.randint(1, 1439)}x{r.randint(1000, 999999)}x{r.randint(1, 9)} ")
        anon = r.random() < 0.2
        if anon:
            b.t("-")
        else:
            b.s(g.login(), PERSON)
        b.t(f" [{_apache_ts(dt)}] \"GET /rest/api/2/issue/").d(issue, "TICKET").t(' HTTP/1.1" ')
        b.t(g.ch(["200", "200", "304", "403"])).t(" ").d(str(r.randint(200, 90000)), "BYTES")
        b.t(f" {r.randint(3, 2000)} \"https://jira.acme-corp.com/browse/{issue}\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\" \"")
        b.t(g.alnum(7).lower()).t('"')
    else:
        f, l = g.en_pair()
        b.t(dt.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]).t(" http-nio-8090-exec-").t(str(r.randint(1, 50)))
        b.t(" INFO [confluence.audit] User '").s(f"{f} {l}", PERSON).t("' (")
        b.s(g.login(f, l), PERSON).t(") ").t(g.ch(["changed permissions on space", "exported space", "deleted page in space"]))
        b.t(" '").t(g.ch(["ENG", "FIN", "HR", "DOCS"])).t("' [pageId=").d(str(r.randint(10**8, 10**9)), "ORDER").t("]")
        if r.random() < 0.4:
            b.t(" title='").d(g.ch(["Ada Lovelace", "Alan Turing", "Grace Hopper"]), "FAMOUS").t(" meeting room booking'")


# 9 SQL Server / Oracle
@tpl("en")
def t_sqldb(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.35:
        b.t(dt.strftime("%Y-%m-%d %H:%M:%S.") + f"{dt.microsecond // 10000:02d}" + " Logon       Login failed for user '")
        if r.random() < 0.8:
            if r.random() < 0.4:
                b.t(g.ch(["CORP\\", "ACME\\"]))
            b.s(g.login(), PERSON)
        else:
            b.d(g.ch(["sa", "NT AUTHORITY\\SYSTEM", "reporting"]), "ROLE_ACCOUNT")
        b.t("'. Reason: ").t(g.ch(["Password did not match that for the login provided.",
                                    "Could not find a login matching the name provided.",
                                    "The account is disabled."]))
        b.t(" [CLIENT: ").s(g.ipv4(private=r.random() < 0.5), IP).t("]")
    elif k < 0.55:
        f, l = g.en_pair()
        b.t("Msg 2627, Level 14, State 1, Line 1 Violation of UNIQUE KEY constraint 'UQ_Customers_Email'. ")
        b.t("Cannot insert duplicate key in object 'dbo.Customers'. The duplicate key value is (").s(g.email(f, l), EMAIL).t(").")
    elif k < 0.8:
        b.t(dt.strftime("%d-%b-%Y %H:%M:%S").upper()).t(" * (CONNECT_DATA=(SERVICE_NAME=ORCLPDB1)(CID=(PROGRAM=")
        b.t(g.ch(["sqlplus", "SQL Developer", "JDBC Thin Client"])).t(")(HOST=").d(g.ch(["LAPTOP-", "WKS-", "DESKTOP-"]) + g.alnum(6, UPALNUM), "HOSTNAME")
        b.t(")(USER=").s(g.login(), PERSON).t("))) * (ADDRESS=(PROTOCOL=tcp)(HOST=").s(g.ipv4(private=r.random() < 0.6), IP)
        b.t(")(PORT=").d(str(r.randint(1025, 65535)), "PORT").t(")) * establish * ORCLPDB1 * 0")
    else:
        b.t("ORA-01017: invalid username/password; logon denied | ORA-02063: preceding line from ")
        b.t(g.ch(["DBLINK_CRM", "FINPROD", "HRLINK"])).t(" | elapsed ").d(f"{r.randint(5, 9000)}ms", "MS")


# 10 政务服务网办件
@tpl("zh")
def t_gov(g: Gen, b: B) -> None:
    r = g.r
    prov = g.ch(["浙江政务服务网", "一网通办", "粤省事", "天府通办", "苏服办", "皖事通"])
    item = g.ch(["个体工商户设立登记", "居住证签注", "不动产登记资料查询", "生育登记", "灵活就业参保登记",
                 "公租房资格申请", "机动车驾驶证换证"])
    k = r.random()
    b.t(f"【{prov}】办件编号：").d(g.serial18(), "SERIAL18")
    if k < 0.4:
        b.t("，申请人：").s(g.cn_name(), PERSON).t("，身份证号：").s(g.cn_id(), CNID)
        b.t(f"，事项：{item}，当前状态：").t(g.ch(["已受理", "审核中", "已办结", "补正材料"]))
    elif k < 0.65:
        n1, n2 = g.cn_name(), g.cn_name()
        if n1 == n2:
            raise Reject()
        b.t("，").s(n1, PERSON).t(g.ch(["代", "受"])).s(n2, PERSON).t(f"委托提交「{item}」申请，联系电话")
        b.s(g.cn_mobile(), PHONE).t("。")
    elif k < 0.85:
        b.t(f"，事项：{item}，经办人 ").s(g.cn_name(), PERSON).t(f" 于{g.dt():%m月%d日}审核通过，承诺时限")
        b.t(str(r.randint(1, 20))).t("个工作日，咨询电话 ").d("12345", "SERVICE_LINE")
    else:
        b.t("，申请单位：").d(g.ch(g.cn_companies), "COMPANY").t("，统一社会信用代码：")
        b.d("91" + g.ch(ID_AREA) + g.alnum(10, "0123456789ABCDEFGHJKLMNPQRTUWXY"), "USCC").t(f"，事项：{item}，状态：已受理")


# 11 社保 / 公积金查询
@tpl("zh")
def t_shebao(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    ts = _cn_ts(g.dt())
    if k < 0.3:
        b.t(f"{ts} [社保查询] 参保人 ").s(g.cn_name(), PERSON).t("（身份证 ").d(g.masked_id(), "MASKED")
        b.t(f"）查询{r.randint(2019, 2024)}年缴费明细，个人账户余额 ").d(g.amount(), "AMOUNT")
    elif k < 0.55:
        b.t(f"{ts} 公积金提取申请 职工姓名=").s(g.cn_name(), PERSON).t(" 证件号码=").s(g.cn_id(), CNID)
        b.t(" 提取金额=").d(g.amount(""), "AMOUNT").t(" 收款卡号=").s(g.up_card(), CARD)
    elif k < 0.75:
        b.t(f"{ts} 社保卡挂失 社会保障号码:").s(g.cn_id(), CNID).t(" 持卡人:").s(g.cn_name(), PERSON)
        b.t(" 受理渠道:").t(g.ch(["掌上12333", "电子社保卡", "柜面"])).t(" 业务流水:").d(g.serial18(), "SERIAL18")
    elif k < 0.9:
        b.t(f"{ts} [公积金] 单位 ").d(g.ch(g.cn_companies), "COMPANY").t(" 汇缴 ").t(f"{r.randint(2, 400)}人")
        b.t("，金额 ").d(g.amount(), "AMOUNT").t("，批次号 ").d(g.num11(), "NUM11")
    else:
        b.t(f"{ts} 社保查询接口超时 upstream=si-query cost=").d(f"{r.randint(1000, 30000)}ms", "MS").t(" 咨询 ").d("12333", "SERVICE_LINE")


# 12 公安户籍 / 出入境预约
@tpl("zh", 1.5)
def t_crj(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    dt = g.dt()
    if k < 0.4:
        b.t("出入境预约成功：预约人 ").s(g.cn_name(), PERSON).t("，").t(g.ch(["护照号码 ", "护照号：", "原护照号 "]))
        b.s(g.passport(), PASSPORT).t(f"，业务类型：{g.ch(['护照换发', '港澳通行证签注', '护照补发'])}")
        b.t(f"，预约时间 {dt:%Y-%m-%d} 09:30，预约号 ").d(f"YY{dt:%Y%m%d}-{r.randint(1, 300):04d}", "TICKET")
    elif k < 0.65:
        n1, n2 = g.cn_name(), g.cn_name()
        if n1 == n2:
            raise Reject()
        b.t("户籍业务：迁入登记 申请人").s(n1, PERSON).t(g.ch(["与其子", "及其配偶", "和女儿"])).s(n2, PERSON)
        b.t(f" 由{g.ch(CN_CITY)}市迁入{g.ch(CN_DISTRICT)}，受理号 ").d(f"HJ{dt:%Y%m%d}{r.randint(1000, 9999)}", "TICKET")
    elif k < 0.85:
        b.t("[出入境自助签注] 旅客 ").s(g.py_name(0), PERSON).t(" 证件 港澳通行证 持证人身份证 ")
        b.s(g.cn_id(), CNID).t(" 签注成功，设备号 ").d(f"QZ-{g.ch(CN_CITY)}-{r.randint(1, 99):03d}", "SERIAL")
    else:
        b.t(f"出入境接待大厅 {dt:%m-%d} 当日取号 ").t(str(r.randint(100, 900))).t(" 人，平均等候 ").d(f"{r.randint(5, 90)}分钟", "MS")
        b.t("，热线 ").d("12367", "SERVICE_LINE")


# 13 学校家校通知
@tpl("zh")
def t_school(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    cls = f"{g.ch(['一', '二', '三', '四', '五', '六'])}年级{r.randint(1, 12)}班"
    if k < 0.35:
        p, c, t = g.cn_name(), g.cn_name(), g.cn_name()
        if len({p, c, t}) < 3:
            raise Reject()
        b.t("【家校通】尊敬的").s(p, PERSON).t("家长：您的孩子").s(c, PERSON).t(f"（{cls}）今日已安全到校。班主任")
        b.s(t, PERSON).t("老师")
    elif k < 0.6:
        c = g.cn_name()
        b.t(f"【智慧校园】{cls} 学生 ").s(c, PERSON).t(" 于 ").t(g.dt().strftime("%H:%M"))
        b.t(" 刷卡离校，如有疑问请联系家长手机 ").s(g.cn_mobile(), PHONE)
    elif k < 0.8:
        a, c2, c3 = g.cn_name(), g.cn_name(), g.cn_name()
        if len({a, c2, c3}) < 3:
            raise Reject()
        b.t(f"{cls}本周值日生：").s(a, PERSON).t("、").s(c2, PERSON).t(g.ch(["和", "及", "与"])).s(c3, PERSON)
        b.t("，请按时到校。")
    else:
        b.t("【家校通】明日停课通知：受寒潮影响，全校停课一天。讲座《").d(g.ch(FAMOUS_CN), "FAMOUS")
        b.t("的故事》顺延，咨询 ").d(g.svc_line(), "SERVICE_LINE")


# 14 医院检验报告推送
@tpl("zh")
def t_hospital(g: Gen, b: B) -> None:
    r = g.r
    hosp = g.ch(["市第一人民医院", "中心医院", "妇幼保健院", "中医院", "协和医院", "华西医院"])
    test = g.ch(["血常规", "肝功能", "甲状腺功能", "尿常规", "核酸检测", "血脂四项", "糖化血红蛋白"])
    k = r.random()
    if k < 0.4:
        b.t(f"【{g.ch(CN_CITY)}{hosp}】患者").s(g.cn_name(), PERSON).t(f"（{g.ch(['男', '女'])}，{r.randint(1, 90)}岁）您好，您的")
        b.t(test).t("报告已出，报告单号 ").d(f"R{g.digits(12)}", "ORDER").t("，请登录公众号查看。")
    elif k < 0.6:
        b.t("[LIS] push report patient_name=").s(g.cn_name(), PERSON).t(" id_no=").s(g.cn_id(), CNID)
        b.t(f" item={test} status=FINAL cost=").d(f"{r.randint(5, 900)}ms", "MS")
    elif k < 0.8:
        b.t("检验危急值提醒：").s(g.cn_name(), PERSON).t(f" {test} 结果异常，已通知主治医师 ")
        b.s(g.cn_name(), PERSON).t("，回拨电话 ").s(g.cn_landline(), PHONE)
    else:
        b.t(f"【{hosp}】检验科 {g.dt():%m月%d日} 共出具报告 ").t(str(r.randint(200, 5000)))
        b.t(" 份，平均TAT ").d(f"{r.randint(20, 240)}分钟", "MS").t("，设备编号 ").d(g.serial18(), "SERIAL18")


# 15 电商订单 / 退款 / 售后
@tpl("zh")
def t_shop(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    dt = g.dt()
    if k < 0.35:
        b.t("订单 ").d(g.order_no(dt), "ORDER").t(" 退款成功 收货人：").s(g.cn_name(), PERSON)
        b.t(" 电话：").s(g.cn_mobile(), PHONE).t(" 退款金额：").d(g.amount(), "AMOUNT").t(" 原路退回")
    elif k < 0.6:
        b.t(f"[售后] 工单 AS{dt:%Y%m%d}{r.randint(10000, 99999)} 商品「")
        if r.random() < 0.4:
            b.t("《").d(g.ch(["鲁迅", "李白", "杜甫", "苏轼", "曹雪芹", "莫言"]), "FAMOUS").t(g.ch(["全集》精装版", "诗选》", "作品集》典藏版"]))
        else:
            b.d(g.ch(PRODUCTS_CN), "PRODUCT")
        b.t("」买家 ").s(g.cn_name(), PERSON).t(" 申请换货，寄回运单 ").d(g.waybill(), "WAYBILL")
    elif k < 0.8:
        b.t("订单 ").d(g.order_no(dt), "ORDER").t(" 已发货，收件人 ").s(g.cn_name(), PERSON)
        b.t("，手机 ").d(g.masked_mobile(), "MASKED").t("，承运商 ").t(g.ch(["顺丰", "京东物流", "中通", "圆通"]))
    else:
        b.t("退款回调 refund_id=").d(g.luhn_id(), "LUHN_ID").t(" 渠道=银联 卡号=").s(g.up_card(), CARD)
        b.t(" 金额=").d(g.amount(""), "AMOUNT")


# 16 WordPress / Drupal watchdog
@tpl("en")
def t_cms(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    site = g.ch(["https://www.greenvalley-farm.org", "https://shop.lakeside-books.com", "https://intranet.acme-corp.com"])
    if k < 0.35:
        ip = g.client_ip()
        b.t(dt.strftime("%b %d %H:%M:%S").replace(" 0", "  ")).t(f" web1 drupal: {site}|")
        b.d(str(int(dt.timestamp())), "TS").t("|user|").s(ip, IP).t(f"|{site}/user/login|{site}/user/login|0||")
        if r.random() < 0.25:
            b.t("Login attempt failed from ").s(ip, IP).t(".")
        else:
            b.t(g.ch(["Login attempt failed for ", "Session opened for ", "Session closed for "])).s(g.login(), PERSON).t(".")
    elif k < 0.55:
        b.t(f"[{dt:%d-%b-%Y %H:%M:%S} UTC] Wordfence: Blocked login attempt for username \"")
        b.d(g.ch(["admin", "administrator", "wp-admin", "test"]), "ROLE_ACCOUNT").t("\" from ").s(g.client_ip(), IP)
    elif k < 0.75:
        f, l = g.en_pair()
        b.t(f"[{dt:%d-%b-%Y %H:%M:%S} UTC] WooCommerce: new customer registered user_login=").s(g.login(f, l), PERSON)
        b.t(" user_email=").s(g.email(f, l), EMAIL).t(" role=customer")
    elif k < 0.88:
        b.t(f"[{dt:%d-%b-%Y %H:%M:%S} UTC] WP Mail SMTP: SMTP Error: Could not authenticate. Password not accepted for SMTP user ")
        b.d(g.ch(["wp-mailer", "smtp-relay", "wordpress"]), "ROLE_ACCOUNT").t(" (535 5.7.8)")
    else:
        b.t(f"[{dt:%d-%b-%Y %H:%M:%S} UTC] PHP Warning:  Undefined array key \"billing_phone\" in /var/www/html/wp-content/plugins/woocommerce/includes/class-wc-checkout.php on line ")
        b.d(str(r.randint(100, 1400)), "PID")


# 17 Magento / Shopify order log (text)
@tpl("en")
def t_magento(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    b.t(f"[{_iso(dt, 6, '+00:00')}] ")
    if k < 0.35:
        f, l = g.en_pair()
        b.t("main.INFO: Order #").d(f"{r.randint(1, 99999999):09d}", "ORDER").t(" placed by customer ")
        b.s(f"{f} {l}", PERSON).t(", telephone ").s(g.us_phone(), PHONE).t(", grand_total ").d(g.amount("$"), "AMOUNT").t(" [] []")
    elif k < 0.55:
        b.t("main.CRITICAL: Payment capture failed for quote ").d(str(r.randint(1000, 999999)), "ORDER")
        b.t(": card ending ").d(g.digits(4), "MASKED").t(" declined (do_not_honor) [] []")
    elif k < 0.72:
        b.t('report.ERROR: Gateway request failed {"creditCard":{"number":"').s(g.card(style=0), CARD)
        b.t('","expirationDate":"').t(f"{r.randint(1, 12):02d}/{r.randint(25, 31)}").t('","cvv":"').d("***", "MASKED").t('"}} [] []')
    elif k < 0.86:
        f, l = g.en_pair()
        b.t("main.INFO: Customer account created: ").s(g.email(f, l), EMAIL).t(" (website_id=1, store=")
        b.t(g.ch(["default", "us_en", "eu_de"])).t(") [] []")
    elif k < 0.93:
        b.t("main.WARNING: Low stock for product \"").d(g.ch(FAMOUS_EN), "FAMOUS").t(" biography (hardcover)\" sku ")
        b.d(f"BK-{r.randint(10000, 99999)}", "SKU").t(f" qty {r.randint(0, 5)} [] []")
    else:
        b.t("main.INFO: Cron Job indexer_reindex_all_invalid is successfully finished. Statistics: {\"sum\":")
        b.d(f"{r.uniform(0.1, 40):.2f}", "MS").t(',"count":1} [] []')


# 18 Twilio webhooks / SDK errors
@tpl("en")
def t_twilio(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    if k < 0.4:
        b.t("Twilio status callback: MessageSid=").d("SM" + g.hexs(32), "TRACE")
        b.t(", MessageStatus=").t(g.ch(["delivered", "undelivered", "sent", "failed"]))
        b.t(", To=").s("+1" + g.us_digits(), PHONE).t(", From=").d("+1" + g.ch(["833", "844", "855", "888"]) + g.digits(7, "2345678"), "SERVICE_LINE")
        b.t(", ErrorCode=").t(g.ch(["", "30003", "30005", "30007"]))
    elif k < 0.62:
        b.t("POST /voice/incoming 200 CallSid=").d("CA" + g.hexs(32), "TRACE").t(" From=")
        b.s("+1" + g.us_digits(), PHONE).t(" CallerName=").s(g.en_name().upper(), PERSON).t(" CallStatus=ringing")
    elif k < 0.8:
        b.t("twilio.base.exceptions.TwilioRestException: HTTP 401 error: Authenticate (AccountSid=")
        b.d("AC" + g.hexs(32), "TRACE").t(", AuthToken=").s(g.hexs(32), CRED).t(")")
    else:
        b.t("Inbound SMS from ").s(g.us_phone(3), PHONE).t(': Body="').t(g.ch(["STOP", "HELP", "Yes confirm", "What time is my appointment?"]))
        b.t('" NumSegments=1 SmsSid=').d("SM" + g.hexs(32), "TRACE")


# 19 Zendesk / Freshdesk ticket events
@tpl("en")
def t_helpdesk(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    tid = str(r.randint(1000, 999999))
    if k < 0.35:
        b.t("Zendesk trigger \"Notify requester\" fired for ticket #").d(tid, "TICKET").t(": requester=")
        b.s(g.email(), EMAIL).t(", assignee=").s(g.en_name(), PERSON).t(", status=open->pending, via=email")
    elif k < 0.6:
        f, l = g.en_pair()
        b.t("[freshdesk] ticket_id=").d(tid, "TICKET").t(' event=ticket_created requester_name="').s(f"{f} {l}", PERSON)
        b.t('" requester_phone="').s(g.us_phone(), PHONE).t('" priority=').t(str(r.randint(1, 4))).t(" source=Phone")
    elif k < 0.78:
        b.t("Ticket #").d(tid, "TICKET").t(" merged into #").t(str(int(tid) + r.randint(1, 50))).t(" by agent ")
        b.s(g.en_name(), PERSON).t(" (group: ").t(g.ch(["Billing", "Tier 2", "Returns"])).t(")")
    elif k < 0.9:
        b.t("Zendesk SLA breach: ticket #").d(tid, "TICKET").t(" first reply time exceeded by ")
        b.d(f"{r.randint(1, 300)}m", "MS").t(" (policy \"Enterprise 24x7\")")
    else:
        b.t("Freshdesk automation \"Escalate VIP\" ran on ").t(str(r.randint(2, 80))).t(" tickets; subject filter \"Refund for ")
        b.d(g.ch(["Taylor Swift", "Elon Musk", "Serena Williams"]), "FAMOUS").t(" event tickets\"")


# 20 Salesforce Apex debug log
@tpl("en")
def t_salesforce(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    b.t(dt.strftime("%H:%M:%S.") + f"{dt.microsecond // 1000:03d} ({r.randint(10**6, 10**9)})|")
    k = r.random()
    if k < 0.3:
        f, l = g.en_pair()
        b.t(f"USER_DEBUG|[{r.randint(1, 400)}]|DEBUG|Contact inserted: Name=").s(f"{f} {l}", PERSON)
        b.t(", Phone=").s(g.us_phone(g.ch([0, 1, 4])), PHONE)
    elif k < 0.5:
        b.t(f"VARIABLE_ASSIGNMENT|[{r.randint(1, 400)}]|acc.PersonEmail|\"").s(g.email(), EMAIL).t('"|0x').t(g.hexs(8))
    elif k < 0.68:
        b.t(f"EXCEPTION_THROWN|[{r.randint(1, 400)}]|System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATES_DETECTED, Use one of these records?: [")
        b.d("0035g" + g.alnum(10), "TRACE").t("]")
    elif k < 0.82:
        b.t(f"CALLOUT_REQUEST|[{r.randint(1, 400)}]|System.HttpRequest[Endpoint=https://api.partner-crm.com/v1/sync, Method=POST] Authorization: Bearer ")
        b.s(g.token(g.ch(["opaque", "jwt"])), CRED)
    else:
        b.t(f"DML_BEGIN|[{r.randint(1, 400)}]|Op:Insert|Type:Lead|Rows:{r.randint(1, 200)}| CPU time ")
        b.d(f"{r.randint(5, 9000)}", "MS").t(" out of 10000")


# 21 Cisco ASA syslog
@tpl("en")
def t_asa(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    b.t(dt.strftime("%b %d %Y %H:%M:%S") + ": ")
    k = r.random()
    u = g.login()
    if k < 0.3:
        b.t("%ASA-6-716001: Group <GP_Staff> User <").s(u, PERSON).t("> IP <").s(g.ipv4(), IP).t("> WebVPN session started.")
    elif k < 0.5:
        b.t("%ASA-4-722051: Group <GroupPolicy_VPN> User <").s(u, PERSON).t("> IP <").s(g.ipv4(), IP)
        b.t("> IPv4 Address <").s(f"10.250.{r.randint(0, 255)}.{r.randint(2, 254)}", IP).t("> IPv6 address <::> assigned to session")
    elif k < 0.68:
        b.t("%ASA-6-113015: AAA user authentication Rejected : reason = Invalid password : local database : user = ")
        b.d("*****", "MASKED").t(" : user IP = ").s(g.ipv4(), IP)
    elif k < 0.84:
        b.t("%ASA-5-111008: User '").x(*g.ch([(u, PERSON), ("enable_15", "ROLE_ACCOUNT")]))
        b.t("' executed the '").t(g.ch(["write memory", "show running-config", "clear xlate", "copy running-config startup-config"])).t("' command.")
    else:
        b.t("%ASA-6-302013: Built inbound TCP connection ").d(str(r.randint(10**6, 10**9)), "TRACE")
        b.t(" for outside:").t(g.ch(["lb1", "edge"])).t("/443 to inside:web-pool/8443 duration ").d(f"0:00:{r.randint(10, 59)}", "MS")


# 22 FortiGate event / traffic logs
@tpl("en")
def t_fortinet(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    b.t(f"date={dt:%Y-%m-%d} time={dt:%H:%M:%S} devname=\"FGT-{g.ch(['HQ', 'BR01', 'DC2'])}\" devid=\"")
    b.d("FG100F" + g.alnum(10, UPALNUM), "SERIAL").t("\" logid=\"").t(g.digits(10, "0")).t("\" ")
    k = r.random()
    if k < 0.4:
        b.t('type="event" subtype="vpn" level="information" action="tunnel-up" tunneltype="ssl-web" remip=')
        b.s(g.ipv4(), IP).t(' user="').s(g.login(), PERSON).t('" group="SSLVPN-Users" msg="SSL tunnel established"')
    elif k < 0.65:
        ip = g.ipv4()
        b.t('type="event" subtype="system" logdesc="Admin login failed" user="').d(g.ch(["admin", "fortinet", "maintainer"]), "ROLE_ACCOUNT")
        b.t('" ui="https(').s(ip, IP).t(')" srcip=').s(ip, IP).t(' status="failed" reason="passwd_invalid"')
    elif k < 0.88:
        b.t('type="traffic" subtype="forward" srcip=').s(g.ipv4(private=True), IP).t(" srcport=").d(str(r.randint(1025, 65535)), "PORT")
        b.t(' dstport=443 action="accept" user="').s(g.login(), PERSON).t('" sentbyte=').t(str(r.randint(100, 10**7)))
    else:
        b.t('type="event" subtype="system" level="notice" logdesc="FortiGuard update succeeded" msg="AV engine ').d(g.ver(), "VER").t('"')


# 23 FreeRADIUS / 802.1X
@tpl("en")
def t_radius(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    b.t(dt.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ")).t(f" : Auth: ({r.randint(1, 99999)}) ")
    client = g.ch(["ap-floor3", "wlc-01", "vpn-gw", "sw-access-12"])
    k = r.random()
    if k < 0.35:
        b.t("Login OK: [").s(g.login(), PERSON).t(f"] (from client {client} port {r.randint(0, 48)})")
    elif k < 0.55:
        b.t("Login incorrect (mschap: MS-CHAP2-Response is incorrect): [").s(g.login(), PERSON)
        b.t(f"/<via Auth-Type = eap>] (from client {client} port 0 via TLS tunnel)")
    elif k < 0.75:
        b.t("Login incorrect: [").s(g.login(), PERSON).t("/").s(g.password(), CRED).t(f"] (from client {client} port 0)")
    elif k < 0.9:
        b.t("Login OK: [").d(f"host/{g.ch(['LAPTOP', 'WKS', 'PC'])}-{g.alnum(6, UPALNUM)}.corp.acme-corp.com", "HOSTNAME")
        b.t(f"] (from client {client} port {r.randint(0, 48)})")
    else:
        b.t("Ignoring request to auth address * port 1812 bound to server default from unknown client ")
        b.d("127.0.0.1", "LOOPBACK").t(" port ").d(str(r.randint(1025, 65535)), "PORT")


# 24 MIT Kerberos KDC
@tpl("en")
def t_kdc(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    realm = g.ch(["CORP.ACME-CORP.COM", "AD.NORTHWIND.IO", "EXAMPLE.LOCAL"])
    b.t(dt.strftime("%b %d %H:%M:%S")).t(" kdc1 krb5kdc[").d(str(r.randint(300, 30000)), "PID").t("](info): ")
    k = r.random()
    u = g.login()
    ip = g.ipv4(private=r.random() < 0.7)
    if k < 0.3:
        b.t("AS_REQ (4 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17)}) ").s(ip, IP)
        b.t(": NEEDED_PREAUTH: ").s(u, PERSON).t(f"@{realm} for krbtgt/{realm}@{realm}, Additional pre-authentication required")
    elif k < 0.5:
        b.t("AS_REQ (2 etypes {18 17}) ").s(ip, IP).t(": ISSUE: authtime ").d(str(int(dt.timestamp())), "TS")
        b.t(", etypes {rep=18 tkt=18 ses=18}, ").s(u, PERSON).t(f"@{realm} for krbtgt/{realm}@{realm}")
    elif k < 0.68:
        b.t("TGS_REQ (2 etypes {18 17}) ").s(ip, IP).t(": ISSUE: authtime ").d(str(int(dt.timestamp())), "TS")
        b.t(", etypes {rep=18 tkt=18 ses=18}, ").s(u, PERSON).t(f"@{realm} for HTTP/intranet.{realm.lower()}@{realm}")
    elif k < 0.85:
        b.t("AS_REQ (2 etypes {18 17}) ").s(ip, IP).t(": PREAUTH_FAILED: ").s(u, PERSON)
        b.t(f"@{realm} for krbtgt/{realm}@{realm}, Preauthentication failed")
    else:
        b.t("TGS_REQ (1 etypes {18}) ").s(ip, IP).t(": ISSUE: authtime ").d(str(int(dt.timestamp())), "TS")
        b.t(", etypes {rep=18 tkt=18 ses=18}, ").d(f"svc_backup@{realm}", "ROLE_ACCOUNT").t(f" for cifs/fs01.{realm.lower()}@{realm}")


# 25 MongoDB structured log
@tpl("en")
def t_mongo(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    dt = g.dt()
    b.t('{"t":{"$date":"' + _iso(dt, 3, "+00:00") + '"},"s":"I",')
    k = r.random()
    if k < 0.35:
        b.t('"c":"ACCESS","id":20249,"ctx":"conn').t(str(r.randint(1, 99999))).t('","msg":"Authentication failed","attr":{"mechanism":"SCRAM-SHA-256","principalName":"')
        b.s(g.login(), PERSON).t('","authenticationDatabase":"admin","remote":"').s(g.ipv4(), IP).t(":").d(str(r.randint(1025, 65535)), "PORT")
        b.t('","error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}}')
    elif k < 0.6:
        b.t('"c":"COMMAND","id":51803,"ctx":"conn').t(str(r.randint(1, 99999))).t('","msg":"Slow query","attr":{"type":"command","ns":"shop.customers","command":{"find":"customers","filter":{"email":"')
        b.s(g.email(), EMAIL).t('"}},"planSummary":"IXSCAN { email: 1 }","durationMillis":').d(str(r.randint(100, 9000)), "MS").t("}}")
    elif k < 0.8:
        b.t('"c":"NETWORK","id":22943,"ctx":"listener","msg":"Connection accepted","attr":{"remote":"').s(g.ipv4(private=r.random() < 0.5), IP)
        b.t(":").d(str(r.randint(1025, 65535)), "PORT").t('","uuid":"').d(g.uuid(), "UUID").t('","connectionId":').t(str(r.randint(1, 99999))).t("}}")
    else:
        b.t('"c":"STORAGE","id":22430,"ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":"saving checkpoint snapshot min: ')
        b.d(str(r.randint(10**5, 10**7)), "TRACE").t('"}}')


# 26 Kafka / RabbitMQ consumer errors with payload snippets
@tpl("en")
def t_queue(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    b.t(dt.strftime("%Y-%m-%d %H:%M:%S.") + f"{dt.microsecond // 1000:03d} ")
    k = r.random()
    if k < 0.3:
        b.t("ERROR [Consumer clientId=billing-1, groupId=billing] Failed to deserialize record at offset ").d(str(r.randint(1000, 9999999)), "TRACE")
        b.t(f" in partition orders-{r.randint(0, 11)}: payload={{\"customer\":\"").s(g.py_name(2) if r.random() < 0.4 else g.en_name(), PERSON)
        b.t('","phone":"').s(g.ch([g.us_phone(2), g.cn_mobile(6)]), PHONE).t('","total":').t(f"{r.uniform(5, 900):.2f}").t("...")
    elif k < 0.55:
        b.t("WARN o.s.a.r.l.ConditionalRejectingErrorHandler - Execution of Rabbit message listener failed. Message: (Body:'{\"to\":\"")
        b.s(g.email(), EMAIL).t('","template":"password_reset","reset_token":"').s(g.alnum(40), CRED)
        b.t("\"}' MessageProperties [deliveryTag=").d(str(r.randint(1, 99999)), "TRACE").t(", receivedRoutingKey=notifications])")
    elif k < 0.75:
        b.t("ERROR c.a.p.DlqPublisher - sent to DLQ topic=payments.dlq key=").d(g.uuid(), "UUID")
        b.t(' value={"cardNumber":"').s(g.card(style=0), CARD).t('","expiry":"').t(f"{r.randint(1, 12):02d}/{r.randint(25, 31)}").t('"}')
    else:
        b.t(f"INFO [Consumer clientId=inventory-{r.randint(1, 9)}, groupId=inventory] Revoke previously assigned partitions inventory-")
        b.t(str(r.randint(0, 11))).t(" after ").d(f"{r.randint(1, 9000)} ms", "MS")


# 27 Mobile crash reports with user context
@tpl("en")
def t_crash(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    if k < 0.4:
        b.t("Fatal Exception: java.lang.IllegalStateException: Fragment not attached at com.acme.app.checkout.CheckoutFragment.onViewCreated(CheckoutFragment.kt:")
        b.t(str(r.randint(20, 900))).t(") | user_email=").s(g.email(), EMAIL).t(" | ").t(g.ch(["Pixel 7", "SM-S918B", "moto g54"]))
        b.t(" Android ").t(str(r.randint(11, 15))).t(" | app ").d(g.ver(), "VER")
    elif k < 0.65:
        b.t("Crashed: com.apple.main-thread EXC_BAD_ACCESS KERN_INVALID_ADDRESS 0x").d(g.hexs(16), "TRACE")
        b.t(' | customKeys: {username: "').s(g.login(), PERSON).t('", lastScreen: "').t(g.ch(["ProfileEdit", "Cart", "Login"])).t('"} | iPhone14,5 iOS 17.1.2')
    elif k < 0.85:
        f, l = g.en_pair()
        b.t("sentry: captured event ").d(g.hexs(32), "TRACE").t(" user={id: '").t("u_" + g.alnum(8)).t("', ip_address: '")
        b.s(g.client_ip(), IP).t("', username: '").s(g.login(f, l), PERSON).t("'}")
    else:
        b.t("Incident Identifier: ").d(g.uuid().upper(), "UUID").t(" Hardware Model: iPhone15,3 Version: ").d(g.ver(), "VER").t(" OS Version: iPhone OS 17.4")


# 28 Node / Express morgan access lines
@tpl("en")
def t_morgan(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.35:
        b.s(g.client_ip(), IP).t(" - ")
        if r.random() < 0.3:
            b.s(g.login(), PERSON)
        else:
            b.t("-")
        b.t(f" [{_apache_ts(dt)}] \"").t(g.ch(["GET /api/v1/orders", "POST /api/login", "GET /healthz", "PUT /api/v1/profile"]))
        b.t(' HTTP/1.1" ').d(g.ch(["200", "401", "304", "500"]), "STATUS").t(" ").d(str(r.randint(20, 90000)), "BYTES")
        b.t(' "-" "').t(g.ch(["okhttp/4.9.2", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)", "axios/1.6.2"])).t('"')
    elif k < 0.6:
        b.t("GET /api/v1/password/reset?token=").s(g.alnum(32), CRED).t("&email=").s(g.email(), EMAIL)
        b.t(" 302 ").d(f"{r.uniform(0.5, 900):.3f} ms", "MS").t(" - 0")
    elif k < 0.8:
        b.t(g.ch(["POST /api/login", "GET /api/v1/cart", "DELETE /api/v1/session"])).t(" ").d(g.ch(["200", "401", "204"]), "STATUS")
        b.t(" ").d(f"{r.uniform(0.5, 900):.3f} ms", "MS").t(" - ").d(str(r.randint(2, 5000)), "BYTES")
    else:
        b.t(f"[{_iso(dt)}] ").s(g.client_ip(), IP).t(" POST /graphql 200 ").d(f"{r.randint(1, 900)}ms", "MS")
        b.t(" cookie=connect.sid=").s(g.session(), CRED)


# 29 Okta System Log event
@tpl("json")
def t_okta(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    dt = g.dt()
    b.t("{").j("uuid", g.uuid(), "UUID", first=True).j("published", _iso(dt))
    k = r.random()
    if k < 0.6:
        f, l = g.en_pair()
        b.j("eventType", g.ch(["user.session.start", "user.authentication.sso", "user.account.lock"]))
        b.t(',"actor":{').j("id", "00u" + g.alnum(17), "TRACE", first=True).j("type", "User")
        b.j("alternateId", g.email(f, l, corp=True), EMAIL).j("displayName", f"{f} {l}", PERSON).t("}")
        b.t(',"client":{').j("ipAddress", g.client_ip(), IP, first=True)
        b.t(',"geographicalContext":{').j("city", g.ch(EN_CITY), first=True).j("country", "United States").t("}}")
        b.t(',"outcome":{').j("result", g.ch(["SUCCESS", "FAILURE"]), first=True).j("reason", g.ch(["INVALID_CREDENTIALS", "VERIFICATION_ERROR", None]) or "").t("}")
    else:
        b.j("eventType", "system.org.rate_limit.warning")
        b.t(',"actor":{').j("id", "0oa" + g.alnum(17), "TRACE", first=True).j("type", "PublicClientApp")
        b.j("displayName", "Okta Admin Console", "SERVICE_NAME").t("}")
        b.t(',"outcome":{"result":"SUCCESS"}')
    b.j("severity", g.ch(["INFO", "WARN"])).t("}")


# 30 Shopify orders webhook body
@tpl("json")
def t_shopify(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    dt = g.dt()
    f, l = g.en_pair()
    b.t("{").j("id", int("5" + g.digits(12)), "ORDER", first=True).j("order_number", r.randint(1001, 99999))
    b.j("created_at", _iso(dt, 0, "-05:00"))
    k = r.random()
    if k < 0.4:
        b.j("email", g.email(f, l), EMAIL).j("browser_ip", g.ch([g.ipv4(), g.ipv6()]), IP)
        b.t(',"customer":{').j("id", int("6" + g.digits(12)), first=True).j("state", "enabled").j("verified_email", "true").t("}")
    elif k < 0.75:
        b.t(',"customer":{').j("id", int("6" + g.digits(12)), first=True).j("first_name", f, PERSON).j("last_name", l, PERSON)
        b.j("phone", "+1" + g.us_digits(), PHONE).t("}")
    else:
        b.j("financial_status", "refunded").j("note", "Refunded by staff - damaged in transit")
    b.j("total_price", f"{r.uniform(5, 900):.2f}").j("currency", "USD")
    b.t(',"line_items":[{').j("sku", f"{g.alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-{r.randint(100, 9999)}", "SKU", first=True)
    b.j("variant_id", int(g.luhn_id()), "LUHN_ID").j("title", g.ch(EN_PRODUCTS)).j("quantity", r.randint(1, 4)).t("}]}")


# 31 SendGrid event webhook batch
@tpl("json")
def t_sendgrid(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    dt = g.dt()
    b.t("[{").j("email", g.email(), EMAIL, first=True).j("timestamp", int(dt.timestamp()), "TS")
    k = r.random()
    if k < 0.4:
        b.j("event", "bounce").j("reason", "550 5.1.1 The email account that you tried to reach does not exist.")
        b.j("status", "5.1.1", "STATUS")
    elif k < 0.75:
        b.j("event", "open").j("ip", g.ipv4(), IP).j("useragent", "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0")
    else:
        b.j("event", "click").j("url", "https://shop.lakeside-books.com/cart?utm_source=sg")
    b.j("sg_event_id", g.alnum(22, B64URL)).j("sg_message_id", g.alnum(22) + ".filterdrecv-" + g.alnum(10)).t("}]")


# 32 camelCase nested profile-change audit
@tpl("json")
def t_camel(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    b.t("{").j("level", g.ch(["info", "warn"]), first=True).j("ts", round(g.dt().timestamp(), 3), "TS").j("msg", "profile updated")
    f, l = g.en_pair()
    b.t(',"actor":{').j("userId", "usr_" + g.alnum(12), first=True).j("displayName", f"{f} {l}", PERSON).t("}")
    k = r.random()
    if k < 0.5:
        ph = g.us_phone(3)
        b.t(',"changes":[{').j("field", "mobilePhone", first=True).j("oldValue", f"+1******{g.digits(4)}", "MASKED")
        b.j("newValue", ph, PHONE).t("}]")
    elif k < 0.8:
        b.t(',"changes":[{').j("field", "contactEmail", first=True).j("newValue", g.email(f, l), EMAIL).t("}]")
    else:
        b.t(',"changes":[{').j("field", "timeZone", first=True).j("oldValue", "America/Chicago").j("newValue", "Europe/Berlin").t("}]")
    b.j("requestId", g.uuid(), "UUID").t("}")


# 33 snake_case KYC / ACH payloads with arrays
@tpl("json")
def t_kyc(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    k = r.random()
    b.t("{").j("event", g.ch(["kyc_submitted", "kyc_review", "ach_link"]), first=True)
    if k < 0.45:
        b.t(',"applicant":{').j("legal_name", g.en_name(), PERSON, first=True).j("ssn", g.ssn(r.random() < 0.85), SSN)
        b.j("country", "US").t('},"documents":[{').j("type", "drivers_license", first=True).j("state", g.ch(["CA", "TX", "NY", "WA"]))
        b.j("status", "verified").t("}]")
    elif k < 0.75:
        b.t(',"account":{').j("account_holder", g.en_name(), PERSON, first=True).j("routing_number", g.ch(["021000021", "026009593", "121000248", "011000138"]), "ROUTING")
        b.j("account_last4", g.digits(4), "MASKED").t("}")
    else:
        b.t(',"applicant":{').j("applicant_id", "app_" + g.alnum(14), first=True).j("ssn_last4", "***-**-" + g.digits(4), "MASKED").t("}")
        b.t(',"checks":[').t('"watchlist","address"').t("]")
    b.j("risk_score", round(r.random(), 2)).t("}")


# 34 JSON with Chinese keys
@tpl("json")
def t_zhkeys(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    k = r.random()
    b.t("{")
    if k < 0.4:
        b.j("姓名", g.cn_name(), PERSON, first=True).j("手机号", g.cn_mobile(r.randint(0, 5)), PHONE).j("身份证号", g.cn_id(), CNID)
        b.j("操作", "实名认证").j("结果", g.ch(["通过", "不通过", "待人工审核"]))
    elif k < 0.7:
        b.t('"用户":{').j("用户ID", str(r.randint(10**7, 10**9)), first=True).j("真实姓名", g.cn_name(), PERSON)
        b.j("银行卡", g.up_card(0), CARD).t("}").j("渠道", g.ch(["微信小程序", "支付宝", "App"])).j("订单号", g.order_no(), "ORDER")
    else:
        b.j("事件", "库存同步", first=True).j("门店", g.ch(CN_CITY) + g.ch(["万象城店", "旗舰店", "大学城店"])).j("商品", g.ch(PRODUCTS_CN), "PRODUCT")
        b.j("数量", r.randint(1, 500)).j("耗时", f"{r.randint(10, 3000)}ms", "MS")
    b.t("}")


# 35 JSON with German / Spanish / French keys
@tpl("json")
def t_eukeys(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    lang = g.ch(["de", "es", "fr"])
    f, l = g.ch(g.eu_names[lang])
    if lang == "de":
        b.t('{"kunde":{').j("vorname", f, PERSON, first=True).j("nachname", l, PERSON)
        if r.random() < 0.6:
            b.j("iban", g.iban(g.ch(["DE", "DE", "AT", "CH"])), IBAN)
        else:
            b.j("telefon", g.intl_phone("DE"), PHONE)
        b.t("}").j("betrag", f"{r.randint(5, 900)},{r.randint(0, 99):02d} EUR", "AMOUNT").j("status", "SEPA-Lastschrift eingereicht").t("}")
    elif lang == "es":
        b.t('{"cliente":{').j("nombre", f"{f} {l}", PERSON, first=True)
        if r.random() < 0.5:
            b.j("correo", f"{_ascii(f)}.{_ascii(l)}@{g.ch(['gmail.com', 'hotmail.es', 'yahoo.es'])}".lower(), EMAIL)
        else:
            b.j("iban", g.iban("ES"), IBAN)
        b.j("telefono", g.intl_phone("ES"), PHONE).t("}").j("importe", f"{r.randint(5, 900)},{r.randint(0, 99):02d} €", "AMOUNT").t("}")
    else:
        b.t("{").j("evenement", "connexion_echouee", first=True).j("utilisateur", f"{_ascii(f)[0]}{_ascii(l)}".lower(), PERSON)
        if r.random() < 0.5:
            b.j("mot_de_passe", g.password(), CRED)
        else:
            b.j("mot_de_passe", "********", "MASKED")
        b.j("adresse_ip", g.client_ip(), IP).j("tentatives", r.randint(1, 6)).t("}")


# 36 logfmt (Go services)
@tpl("json")
def t_logfmt(g: Gen, b: B) -> None:
    r = g.r
    b.t(f"level={g.ch(['info', 'warn', 'error'])} ts={_iso(g.dt())} caller={g.ch(['auth', 'session', 'store', 'mailer'])}.go:{r.randint(20, 900)} ")
    k = r.random()
    if k < 0.3:
        b.t('msg="login failed" user=').s(g.login(), PERSON).t(" remote_addr=").s(g.client_ip(), IP)
        b.t(f" attempts={r.randint(1, 9)} trace_id=").d(g.hexs(32), "TRACE")
    elif k < 0.5:
        b.t('msg="password reset requested" email=').s(g.email(), EMAIL).t(" took=").d(f"{r.randint(1, 900)}ms", "MS")
    elif k < 0.68:
        b.t('msg="db connect" dsn="mysql://').d(g.ch(["shop", "app_rw", "svc_orders"]), "ROLE_ACCOUNT").t(":").s(g.password(), CRED)
        b.t(f'@tcp(db-{g.ch(["primary", "replica"])}:3306)/shop?parseTime=true"')
    elif k < 0.82:
        b.t('msg="outbound call" url=https://api.partner.io/v2/ship header.x-api-key=').s(g.token(g.ch(["stripe", "hex", "opaque"])), CRED)
        b.t(" status=").d(g.ch(["200", "401", "429"]), "STATUS")
    else:
        b.t('msg="request served" method=GET path=/v1/catalog status=200 bytes=').d(str(r.randint(100, 10**6)), "BYTES")
        b.t(" dur=").d(f"{r.uniform(0.1, 900):.1f}ms", "MS").t(" build=").d(g.sha(12), "SHA")


# 37 Elastic Common Schema JSON
@tpl("json")
def t_ecs(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    b.t("{").j("@timestamp", _iso(g.dt()), first=True)
    k = r.random()
    if k < 0.45:
        f, l = g.en_pair()
        b.t(',"event":{').j("action", g.ch(["password-change", "mfa-enroll", "logon"]), first=True).j("outcome", "success").t("}")
        b.t(',"user":{').j("name", g.login(f, l), PERSON, first=True).j("email", g.email(f, l, corp=r.random() < 0.5), EMAIL).t("}")
        b.t(',"source":{').j("ip", g.client_ip(), IP, first=True).t("}")
    elif k < 0.7:
        b.t(',"event":{"action":"http-request"},"http":{"request":{"method":"GET","headers":{')
        b.t('"cookie":"').t(g.ch(["session=", "sessionid=", "JSESSIONID=", "PHPSESSID="])).s(g.session(), CRED).t('"}}}')
        b.t(',"trace":{').j("id", g.hexs(32), "TRACE", first=True).t("}")
    else:
        b.t(',"event":{').j("action", "process-started", first=True).j("duration", r.randint(10**5, 10**9), "MS").t("}")
        b.t(',"process":{').j("pid", r.randint(300, 60000), "PID", first=True).j("name", g.ch(["nginx", "java", "node"])).t("}")
        b.t(',"user":{').j("name", g.ch(["www-data", "root", "nobody"]), "ROLE_ACCOUNT", first=True).t("}")
    b.t(',"ecs":{').j("version", "8.11.0", "VER", first=True).t("}}")


# 38 Python dict reprs / Rails parameter dumps
@tpl("json")
def t_repr(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    if k < 0.3:
        b.t("DEBUG payments.client: request payload {'card_number': '").s(g.card(style=0), CARD)
        b.t(f"', 'exp_month': {r.randint(1, 12)}, 'exp_year': {r.randint(2025, 2031)}, 'cvv': '").d("***", "MASKED")
        b.t("', 'holder': '").s(g.en_name().upper(), PERSON).t("'}")
    elif k < 0.55:
        b.t('Parameters: {"authenticity_token"=>"').d("[FILTERED]", "MASKED").t('", "user"=>{"email"=>"').s(g.email(), EMAIL)
        b.t('", "password"=>"').d("[FILTERED]", "MASKED").t('"}, "commit"=>"Sign in"}')
    elif k < 0.75:
        b.t('Parameters: {"user"=>{"login"=>"').s(g.login(), PERSON).t('", "password"=>"').s(g.password(), CRED)
        b.t('", "remember_me"=>"1"}}')
    else:
        b.t("INFO celery.worker: Task tasks.send_invoice[").d(g.uuid(), "UUID").t("] succeeded in ")
        b.d(f"{r.uniform(0.01, 30):.4f}s", "MS").t(": {'invoice': 'INV-").t(str(r.randint(1000, 99999))).t("', 'sent': True}")


# 39 Kubernetes objects / events dumped as JSON
@tpl("json")
def t_k8s(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    pod = f"{g.ch(['api', 'worker', 'web'])}-{g.hexs(9)}-{g.alnum(5).lower()}"
    k = r.random()
    if k < 0.45:
        b.t('{"kind":"Pod","metadata":{').j("name", pod, first=True).t('},"spec":{"containers":[{"name":"app","env":[')
        b.t("{").j("name", "DATABASE_URL", first=True).t(',"value":"postgres://').d(g.ch(["app", "orders_rw"]), "ROLE_ACCOUNT")
        b.t(":").s(g.password(), CRED).t('@pg.default.svc:5432/app"},')
        b.t("{").j("name", "LOG_LEVEL", first=True).j("value", "info").t("}]}]}}")
    elif k < 0.7:
        b.t('{"kind":"Secret","data":{').j("AWS_ACCESS_KEY_ID", g.token("aws"), CRED, first=True)
        b.j("AWS_SECRET_ACCESS_KEY", g.token("awssecret"), CRED).t("}}")
    else:
        b.t('{"kind":"Event","involvedObject":{').j("kind", "Pod", first=True).j("name", pod).t("}")
        b.j("reason", g.ch(["BackOff", "FailedMount", "Pulled"])).j("message", "Back-off restarting failed container")
        b.j("count", r.randint(1, 400)).j("uid", g.uuid(), "UUID").t("}")


# 40 GraphQL operation logs
@tpl("json")
def t_graphql(g: Gen, b: B) -> None:
    r = g.r
    b.js = True
    k = r.random()
    b.t("{").j("operationName", g.ch(["UpdateShippingAddress", "CreateCustomer", "GetCatalog"]) if k < 0.8 else "GetCatalog", first=True)
    if k < 0.45:
        b.t(',"variables":{"input":{').j("recipient", g.en_name(), PERSON, first=True).j("phone", g.us_phone(), PHONE)
        b.j("postalCode", g.ch(["94107", "10001", "73301", "98101"])).t("}}")
    elif k < 0.8:
        f, l = g.en_pair()
        b.t(',"variables":{"customer":{').j("firstName", f, PERSON, first=True).j("lastName", l, PERSON)
        b.j("email", g.email(f, l), EMAIL).t("}}")
    else:
        b.t(',"variables":{').j("first", r.randint(10, 100), first=True).j("after", _b64url(f"cursor:{r.randint(1, 9999)}".encode()), "TRACE").t("}")
    b.j("durationMs", r.randint(2, 3000), "MS").j("complexity", r.randint(1, 400)).t("}")


def _two(g: Gen, k: int = 2) -> list[str]:
    names = []
    while len(names) < k:
        n = g.cn_name()
        if all(n not in m and m not in n for m in names):
            names.append(n)
    return names


# 41 药店医保购药
@tpl("zh")
def t_pharmacy(g: Gen, b: B) -> None:
    r = g.r
    store = g.ch(["老百姓大药房", "益丰大药房", "海王星辰", "大参林", "国大药房"]) + f"（{g.ch(CN_ROAD)}店）"
    drug = g.ch(["阿莫西林胶囊 0.25g*24粒", "布洛芬缓释胶囊 0.3g*20粒", "连花清瘟胶囊 0.35g*36粒",
                 "二甲双胍片 0.5g*60片", "氯雷他定片 10mg*6片"])
    k = r.random()
    if k < 0.3:
        b.t("【医保电子凭证】参保人").s(g.cn_name(), PERSON).t(f"于{store}医保结算：{drug}，总金额")
        b.d(g.amount("¥", 8, 400), "AMOUNT").t("，统筹支付¥0.00，个人账户余额").d(g.amount(), "AMOUNT")
    elif k < 0.55:
        b.t("[POS] 医保刷卡 社会保障号码=").s(g.cn_id(), CNID).t(" 姓名=").s(g.cn_name(), PERSON)
        b.t(" 交易流水=").d(g.serial18(), "SERIAL18").t(f" 药品={drug}")
    elif k < 0.8:
        a, c, d = _two(g, 3)
        b.t("处方审核：患者").s(a, PERSON).t("，处方医师").s(c, PERSON).t("，药师").s(d, PERSON).t(g.ch(["审核通过", "已调配", "审核退回"]))
    else:
        b.t(f"{store} 会员日 {drug} 满").d(g.amount("¥", 59, 299), "AMOUNT").t("减20，咨询").d(g.svc_line(), "SERVICE_LINE")


# 42 银行柜面 / 信用卡中心短信
@tpl("zh")
def t_bank(g: Gen, b: B) -> None:
    r = g.r
    bank, svc = g.ch([("招商银行", "95555"), ("工商银行", "95588"), ("建设银行", "95533"),
                      ("中国银行", "95566"), ("农业银行", "95599"), ("交通银行", "95559")])
    dt = g.dt()
    k = r.random()
    if k < 0.25:
        b.t(f"【{bank}】您尾号").d(g.digits(4), "MASKED").t(f"的信用卡{dt:%m月%d日%H:%M}消费人民币")
        b.d(g.amount(""), "AMOUNT").t("元，可用额度").d(g.amount(""), "AMOUNT").t("元。客服").d(svc, "SERVICE_LINE")
    elif k < 0.45:
        b.t(f"【{bank}】尊敬的").s(g.cn_name(), PERSON).t(g.ch(["先生", "女士", "客户"])).t("：您的信用卡账单已出，本期应还")
        b.d(g.amount(""), "AMOUNT").t(f"元，到期还款日{(dt + _dt.timedelta(days=20)):%m月%d日}。")
    elif k < 0.7:
        b.t("柜面业务 流水号 ").d(g.serial18(), "SERIAL18").t(" 客户 ").s(g.cn_name(), PERSON).t(" 证件 ").s(g.cn_id(), CNID)
        b.t(" 卡号 ").s(g.up_card(), CARD).t(f" 办理 {g.ch(['挂失补卡', '密码重置', '销户', '开立二类户'])} 柜员 A{r.randint(1000, 9999)}")
    elif k < 0.85:
        a, c = _two(g)
        b.t("转账成功 付款人").s(a, PERSON).t(" 收款人").s(c, PERSON).t(" 收款账号").s(g.up_card(r.choice([0, 2])), CARD)
        b.t(" 金额").d(g.amount(), "AMOUNT").t(" 流水号").d(g.luhn_id(), "LUHN_ID")
    else:
        b.t("信用卡中心外呼 坐席 ").d(f"CC{r.randint(10000, 99999)}", "ROLE_ACCOUNT").t(" 致电客户 ").s(g.cn_name(), PERSON)
        b.t(" 号码 ").s(g.cn_mobile(), PHONE).t(" 办理账单分期 ").t(str(g.ch([3, 6, 12, 24]))).t("期")


# 43 证券开户
@tpl("zh")
def t_securities(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    if k < 0.35:
        b.t("[开户] 客户").s(g.cn_name(), PERSON).t(f"完成视频见证，见证人员工号{r.randint(1000, 9999)}，三方存管银行卡")
        b.s(g.up_card(), CARD).t("，预留手机").s(g.cn_mobile(), PHONE)
    elif k < 0.6:
        b.t("[双录] 客户 ").s(g.cn_name(), PERSON).t(" 风险测评结果 ").t(g.ch(["C3(稳健型)", "C4(积极型)", "C5(激进型)"]))
        b.t(f"，适当性匹配通过，营业部：{g.ch(CN_CITY)}{g.ch(CN_ROAD)}证券营业部")
    elif k < 0.85:
        code, nm = g.ch([("600519", "贵州茅台"), ("000858", "五粮液"), ("601318", "中国平安"), ("300750", "宁德时代"), ("002594", "比亚迪")])
        b.t("[委托] 资金账号 ").d("****" + g.digits(4), "MASKED").t(" 买入 ").d(code, "STOCK").t(f" {nm} {r.randint(1, 50) * 100}股 价格 ")
        b.d(f"{r.uniform(5, 1900):.2f}", "AMOUNT")
    else:
        b.t("[开户] 客户").s(g.cn_name(), PERSON).t(" 身份证 ").s(g.cn_id(), CNID).t(" 公安联网核查 一致，开户渠道 App")


# 44 保险投保回执 / 理赔
@tpl("zh")
def t_insurance(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.35:
        a, c = _two(g)
        b.t("投保回执 保单号 ").d(f"P{g.ch(ID_AREA)}{dt:%Y%m%d}{g.digits(6)}", "ORDER").t(" 投保人 ").s(a, PERSON)
        b.t(" 被保险人 ").s(c, PERSON).t(f"（关系：{g.ch(['子女', '配偶', '父母'])}） 保费 ").d(g.amount("¥", 300, 30000), "AMOUNT")
    elif k < 0.6:
        b.t("理赔通知：出险人").s(g.cn_name(), PERSON).t("，案件号").d(f"CL{dt:%Y%m%d}{g.digits(6)}", "TICKET")
        b.t("，赔付金额").d(g.amount(), "AMOUNT").t("已转入尾号" + g.digits(4) + "的银行卡。")
    elif k < 0.85:
        b.t("车险续保提醒：车牌 ").s(g.plate(), PLATE).t(" 车主 ").s(g.cn_name(), PERSON)
        b.t(f" 保单将于{(dt + _dt.timedelta(days=30)):%Y-%m-%d}到期，咨询").d(g.ch(["95511", "95500", "95518"]), "SERVICE_LINE")
    else:
        b.t("[核保] 被保险人 ").s(g.cn_name(), PERSON).t(" 证件号 ").s(g.cn_id(), CNID).t(" 健康告知异常，转人工核保")


# 45 同城配送 / 跑腿
@tpl("zh")
def t_errand(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.35:
        a, c = _two(g)
        b.t("[闪送] 订单 ").d(f"SS{dt:%Y%m%d}{g.digits(8)}", "ORDER").t(" 骑手").s(a, PERSON).t(f"（工号R{r.randint(10000, 99999)}，电话")
        b.s(g.cn_mobile(r.choice([0, 4, 5])), PHONE).t("）已取件，收件人").s(c, PERSON).t("尾号" + g.digits(4))
    elif k < 0.6:
        b.t("[跑腿] 帮买订单 用户备注：到了打电话").s(g.cn_mobile(), PHONE).t("找").s(g.cn_name(), PERSON).t("，放门卫也行")
    elif k < 0.85:
        b.t("[美团配送] 骑手").s(g.cn_name(), PERSON).t(f"已接单，预计{dt:%H:%M}送达，隐私号 ").d(g.masked_mobile() + "转" + g.digits(4), "MASKED")
    else:
        b.t(f"[调度] 区域 {g.ch(CN_DISTRICT)} 运力紧张 待接单 {r.randint(5, 300)} 单 平均等待 ").d(f"{r.randint(2, 40)}分钟", "MS")


# 46 家政 / 维修派单
@tpl("zh")
def t_repair(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.35:
        a, c = _two(g)
        b.t("派单通知：师傅").s(a, PERSON).t("接单 工单号").d(f"WX{dt:%Y%m%d}{r.randint(1000, 9999)}", "TICKET")
        b.t("，客户").s(c, PERSON).t(g.ch(["女士", "先生"])).t("，电话").s(g.cn_mobile(), PHONE).t(f"，上门时间{dt:%m-%d %H}:00")
    elif k < 0.6:
        a, c = _two(g)
        b.t("[家政] 保洁员").s(a, PERSON).t(g.ch(["、", "和", "与"])).s(c, PERSON).t(f"明日{r.randint(8, 15)}:00上门服务，时长{r.randint(2, 5)}小时")
    elif k < 0.85:
        a, c = _two(g)
        b.t(f"维修完成：{g.ch(['空调不制冷，已加氟', '热水器打不着火，更换点火针', '洗衣机排水故障'])}，维修师傅").s(a, PERSON)
        b.t("，收费").d(g.amount("¥", 50, 800), "AMOUNT").t("，客户签字：").s(c, PERSON)
    else:
        b.t("[售后] ").d(g.ch(["格力", "美的", "海尔", "海信"]) + "官方服务", "COMPANY").t(" 报修热线 ").d(g.svc_line(), "SERVICE_LINE")
        b.t(" 信用代码 ").d("91" + g.ch(ID_AREA) + g.alnum(10, "0123456789ABCDEFGHJKLMNPQRTUWXY"), "USCC")


# 47 物流签收
@tpl("zh")
def t_logistics(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    if k < 0.35:
        a, c = _two(g)
        b.t("【顺丰速运】运单").d("SF" + g.digits(13, "1"), "WAYBILL").t("已签收，签收人：").t(g.ch(["本人(", "家人(", "同事("]))
        b.s(a, PERSON).t(")，如有疑问请电联快递员").s(c, PERSON).t(" ").s(g.cn_mobile(r.choice([0, 4])), PHONE)
    elif k < 0.55:
        b.t(f"【{g.ch(['中通快递', '圆通速递', '韵达快递'])}】快件").d(g.waybill(), "WAYBILL").t("已由菜鸟驿站（")
        b.t(g.ch(["幸福里小区店", "理工大学店", "万科城店"])).t("）代收，取件码").d(f"{r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1000, 9999)}", "PICKUP")
    elif k < 0.8:
        b.t("派件异常：收件人").s(g.cn_name(), PERSON).t("电话").s(g.cn_mobile(), PHONE).t("无人接听，快件")
        b.d(g.waybill(), "WAYBILL").t("滞留网点")
    else:
        b.t("由").s(g.cn_name(), PERSON).t(f"代签收，快递柜{g.ch(['丰巢', '速递易'])}格口").d(f"{r.randint(1, 40)}-{r.randint(1, 20):02d}", "PICKUP")


# 48 租房 / 中介带看
@tpl("zh")
def t_rental(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    hid = f"{g.ch(['BJ', 'SH', 'SZ', 'HZ'])}-{g.ch(['CY', 'PD', 'NS', 'XH'])}-{dt:%Y%m}-{r.randint(1, 9999):04d}"
    k = r.random()
    if k < 0.35:
        a, c = _two(g)
        b.t("带看记录 经纪人").s(a, PERSON).t("带客户").s(c, PERSON).t("看房 房源编号").d(hid, "SKU")
        b.t(" 客户电话").s(g.cn_mobile(r.choice([4, 5, 0])), PHONE)
    elif k < 0.6:
        a, c = _two(g)
        b.t("[租约] 承租人").s(a, PERSON).t(" 身份证").s(g.cn_id(), CNID).t(" 月租").d(g.amount("¥", 1200, 15000), "AMOUNT")
        b.t(" 押一付三 出租人").s(c, PERSON)
    elif k < 0.85:
        b.t(f"[房源] {g.ch(CN_DISTRICT)} {g.ch(CN_ROAD)} 两室一厅 {r.randint(40, 140)}㎡ 挂牌").d(g.amount("¥", 1500, 18000), "AMOUNT")
        b.t("/月 房源编号 ").d(hid, "SKU")
    else:
        b.t("[门店] 经纪人 ").s(g.cn_name(), PERSON).t(" 本月带看 ").t(str(r.randint(3, 90))).t(" 组，热线 ").d(g.svc_line(), "SERVICE_LINE")


# 49 健身房 / 会员卡
@tpl("zh")
def t_gym(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    store = g.ch(["乐刻健身", "超级猩猩", "威尔仕健身", "一兆韦德"]) + f"（{g.ch(CN_ROAD)}店）"
    k = r.random()
    if k < 0.3:
        b.t("[会员] 会员").s(g.cn_name(), PERSON).t(f"刷卡入场 卡号VIP{r.randint(10**6, 10**7)} 门店{store} 车牌")
        b.s(g.plate(), PLATE).t("停车免费2小时")
    elif k < 0.55:
        a, c = _two(g)
        b.t("私教课预约：学员").s(a, PERSON).t("，教练").s(c, PERSON).t(f"，时间{dt:%m-%d %H}:00，门店{store}")
    elif k < 0.8:
        a, c = _two(g)
        b.t("会员卡转让：原持卡人").s(a, PERSON).t("转让给").s(c, PERSON).t("（手机").s(g.cn_mobile(), PHONE).t("），手续费")
        b.d(g.amount("¥", 50, 500), "AMOUNT")
    else:
        b.t(f"{store} 今日入场 {r.randint(50, 900)} 人次，团课满员率 ").d(f"{r.randint(30, 100)}%", "STAT")


# 50 考试报名 / 准考证
@tpl("zh")
def t_exam(g: Gen, b: B) -> None:
    r = g.r
    exam = g.ch(["全国计算机等级考试", "英语四级", "教师资格证", "一级建造师", "普通话水平测试", "会计专业技术资格"])
    k = r.random()
    if k < 0.35:
        b.t(f"[{exam}] 报名成功 考生姓名：").s(g.cn_name(), PERSON).t(" 身份证号：").s(g.cn_id(), CNID)
        b.t(" 准考证号：").d(g.digits(r.choice([13, 15]), "1234"), "EXAM_NO").t(f" 考点：{g.ch(CN_CITY)}第{r.randint(1, 40)}中学")
    elif k < 0.6:
        b.t("[教育考试院] 成绩查询 准考证号 ").d(g.digits(15, "1234"), "EXAM_NO").t(" 姓名 ").s(g.cn_name(), PERSON)
        b.t(f" 总分 {r.randint(200, 700)}")
    elif k < 0.68:
        b.t("[雅思报名] 考生 ").s(g.py_name(g.ch([0, 1])), PERSON).t(" 护照号 ").s(g.passport(), PASSPORT)
        b.t(f" 考试日期 {g.dt():%Y-%m-%d} 报名费 ").d("¥2,170.00", "AMOUNT")
    elif k < 0.85:
        b.t("考生").s(g.cn_name(), PERSON).t("（").s(g.cn_id(), CNID).t(f"）资格审核未通过：{g.ch(['照片不合格', '学历信息不一致', '缴费未完成'])}")
    else:
        b.t(f"[{exam}] 报名系统并发 {r.randint(100, 9000)}，批次号 ").d(g.num11(), "NUM11").t(" 咨询 ").d(g.svc_line(), "SERVICE_LINE")


# 51 婚恋 / 社交平台风控
@tpl("zh")
def t_social_risk(g: Gen, b: B) -> None:
    r = g.r
    uid = str(r.randint(10**7, 10**10))
    k = r.random()
    if k < 0.3:
        b.t(f"风控命中 规则R_{r.randint(1000, 9999)} 用户uid=").d(uid, "UID").t(" 消息疑似引流：“")
        b.t(g.ch(["加我v ", "加微 ", "私聊 电话", "vx同号 "])).s(g.cn_mobile(r.choice([0, 0, 5])), PHONE).t(g.ch([" 详聊”", "”", " 有惊喜”"]))
    elif k < 0.55:
        b.t("[实名核验] uid=").d(uid, "UID").t(" 真实姓名 ").s(g.cn_name(), PERSON).t(" 身份证 ").s(g.cn_id(), CNID)
        b.t(f" 人脸比对分数 {r.uniform(0.3, 0.99):.2f}")
    elif k < 0.75:
        b.t("举报处理：用户uid=").d(uid, "UID").t(" 冒充明星").d(g.ch(FAMOUS_CN), "FAMOUS").t("，处理结果 封禁").t(str(r.choice([3, 7, 30]))).t("天")
    else:
        a, c = _two(g)
        b.t("[婚恋] 红娘").s(a, PERSON).t("为会员").s(c, PERSON).t(f"安排线下见面，地点{g.ch(CN_CITY)}{g.ch(['星巴克', '万达广场', '图书馆'])}")


# 52 网吧 / 酒店实名登记
@tpl("zh")
def t_hotel(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.35:
        a, c, d = _two(g, 3)
        b.t(f"[公安旅馆业] 入住登记 房号{r.randint(2, 30)}{r.randint(1, 40):02d} 旅客").s(a, PERSON).t(" 证件类型 身份证 同住")
        b.s(c, PERSON).t(g.ch(["、", "及", "和"])).s(d, PERSON).t(f" 入住{_cn_ts(dt)}")
    elif k < 0.6:
        b.t("[公安旅馆业] 旅客").s(g.cn_name(), PERSON).t(" 证件号").s(g.cn_id(), CNID).t(" 车牌").s(g.plate(), PLATE)
    elif k < 0.85:
        b.t(f"[网吧实名] 上机 终端A-{r.randint(1, 200):03d} 身份证").s(g.cn_id(), CNID).t(" 姓名").s(g.cn_name(), PERSON)
        b.t(f" 开始{dt:%H:%M} 余额").d(g.amount(), "AMOUNT")
    else:
        b.t(f"[网吧] 终端A-{r.randint(1, 200):03d} 客户端版本 ").d(g.ver(), "VER").t(" 心跳超时 ").d(f"{r.randint(1000, 60000)}ms", "MS")


# 53 12345 政务热线工单
@tpl("zh")
def t_hotline(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    issue = g.ch(["小区噪音扰民", "路灯不亮", "物业乱收费", "共享单车乱停放", "餐馆油烟扰民", "工资拖欠"])
    b.t("12345热线 工单号").d(f"{dt:%Y%m%d}{g.digits(6)}", "TICKET")
    if k < 0.45:
        b.t(" 来电人：").s(g.cn_name(), PERSON).t(" 来电号码：").s(g.ch([g.cn_landline(), g.cn_mobile()]), PHONE).t(f" 诉求：{issue}")
    elif k < 0.7:
        b.t(" 市民").s(g.cn_name(), PERSON).t(f"反映{g.ch(CN_DISTRICT)}{g.ch(CN_ROAD)}{issue}，已转").t(g.ch(["街道办", "城管局", "住建局"])).t("办理")
    else:
        b.t(f" 匿名来电 诉求：{issue} 承办单位：").d(g.ch(CN_DISTRICT) + "城管执法局", "COMPANY").t(" 回访电话 ").d("12345", "SERVICE_LINE")


# 54 机票 / 火车票 (拼音姓名, 护照)
@tpl("zh", 1.5)
def t_travel(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    flt = f"{g.ch(['CA', 'MU', 'CZ', 'HU', 'ZH'])}{r.randint(100, 9999)}"
    if k < 0.35:
        b.t("[出票] 旅客 ").s(g.py_name(0), PERSON).t(" 证件 护照 ").s(g.passport(), PASSPORT)
        b.t(" 航班 ").d(flt, "FLIGHT").t(f" {g.ch(['北京-法兰克福', '上海-东京', '广州-新加坡', '成都-伦敦'])} 票号 ")
        b.d(f"{g.ch(['999', '781', '784'])}-{g.digits(10)}", "TICKET")
    elif k < 0.55:
        b.t("PNR ").d(g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "PNR").t(" 旅客 ").s(g.py_name(0), PERSON).t(g.ch([" MR", " MS", ""]))
        b.t(" 联系电话 ").s(g.cn_mobile(r.choice([6, 7, 0])), PHONE)
    elif k < 0.8:
        b.t("[12306] 乘车人").s(g.cn_name(), PERSON).t(" 身份证").s(g.cn_id(), CNID)
        b.t(f" {g.ch(['G', 'D', 'C'])}{r.randint(1, 9999)}次 二等座 {r.randint(1, 16):02d}车{r.randint(1, 20)}{g.ch('ABCDF')}")
    else:
        b.t("[签证中心] 申请人 ").s(g.py_name(1), PERSON).t(" 护照号码 ").s(g.passport(), PASSPORT).t(" 预约号 ").d(f"VFS{dt:%y%m%d}{g.digits(6)}", "TICKET")


# 55 停车场 / ETC / 交管
@tpl("zh", 1.4)
def t_vehicle(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.3:
        b.t("ETC通行 车牌").s(g.plate(g.ch(["nev", "nev_big", "std"])), PLATE).t(f" 入口{g.ch(CN_CITY)}{g.ch(['东', '西', '南', '北'])}站 出口{g.ch(CN_CITY)}站 扣费")
        b.d(g.amount("¥", 5, 400), "AMOUNT").t(" 交易流水").d(g.num11(), "NUM11")
    elif k < 0.55:
        b.t("【交管12123】您的车辆").s(g.plate(), PLATE).t(f"于{dt:%m月%d日%H时%M分}在{g.ch(CN_ROAD)}违法停车，罚款200元，记0分。")
    elif k < 0.75:
        b.t(f"[停车场] {_cn_ts(dt)} 出场 车牌 ").s(g.plate(), PLATE).t(" 停车时长 ").d(f"{r.randint(1, 600)}分钟", "MS").t(" 应收 ").d(g.amount(), "AMOUNT")
    elif k < 0.88:
        b.t(f"[道闸] 车牌识别失败 置信度{r.uniform(0.1, 0.6):.2f} 抓拍 ").d(g.uuid(), "UUID").t(".jpg 设备").d(g.serial18(), "SERIAL18")
    else:
        b.t("[违章代办] 车主").s(g.cn_name(), PERSON).t(" 车辆").s(g.plate(), PLATE).t(" 驾驶证记分已处理")


# 56 繁體中文 (台灣 / 香港)
@tpl("zh")
def t_trad(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.35:
        b.t("【訂單通知】會員").s(g.tw_name(), PERSON).t(f"於{dt:%m/%d}完成訂單，聯絡電話").s(g.intl_phone("TW"), PHONE)
    elif k < 0.6:
        b.t("[香港] 客戶").s(g.tw_name(), PERSON).t(f"預約{dt:%m月%d日}到店取貨，電話").s(g.intl_phone("HK"), PHONE)
    elif k < 0.82:
        a = g.tw_name()
        c = g.tw_name()
        if a == c or a in c or c in a:
            raise Reject()
        b.t("住戶").s(a, PERSON).t("與").s(c, PERSON).t(f"已完成門禁登記，編號{r.randint(1, 30)}F-{r.randint(1, 12):02d}")
    else:
        b.t("【系統公告】本週六 02:00 維護，客服專線 ").d(g.ch(["0800-000-123", "0800-211-521", "0800-088-988"]), "SERVICE_LINE")


# 57 钉钉 / 企业微信 / OA 审批
@tpl("zh")
def t_oa(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    if k < 0.35:
        a, c, d = _two(g, 3)
        b.t("【钉钉】审批通知：").s(a, PERSON).t("提交的报销单（").d(g.amount("¥", 30, 20000), "AMOUNT").t("）已由").s(c, PERSON)
        b.t("审批通过，抄送").s(d, PERSON)
    elif k < 0.6:
        a, c = _two(g)
        b.t("【企业微信】").s(a, PERSON).t("邀请").s(c, PERSON).t(f"加入群聊「{g.ch(['Q4项目冲刺', '华东区销售', '年会筹备组'])}」")
    elif k < 0.85:
        a, c = _two(g)
        b.t("[OA] 请假申请 申请人:").s(a, PERSON).t(f" 类型:{g.ch(['年假', '病假', '事假'])} 天数:{r.randint(1, 10)} 工作代理人:").s(c, PERSON)
    else:
        b.t("[OA] 流程 ").d(f"LC{g.digits(10)}", "TICKET").t(" 由 ").d(g.ch(["系统管理员", "admin", "流程引擎"]), "ROLE_ACCOUNT").t(" 自动归档")


# 58 外卖 / 餐饮
@tpl("zh")
def t_takeout(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.35:
        b.t("[饿了么] 订单 ").d(g.order_no(dt), "ORDER").t(" 顾客").s(g.cn_name(), PERSON).t(g.ch(["先生", "女士", ""]))
        b.t(" 备注：不要辣，联系").s(g.cn_mobile(), PHONE)
    elif k < 0.6:
        b.t("顾客投诉：骑手").s(g.cn_name(), PERSON).t(f"超时{r.randint(10, 90)}分钟，餐品洒漏，退款").d(g.amount("¥", 15, 200), "AMOUNT")
    elif k < 0.8:
        b.t(f"[收银] 桌号{r.randint(1, 40)} 会员").s(g.cn_name(), PERSON).t(" 积分抵扣 ").d(g.amount("¥", 1, 80), "AMOUNT")
        b.t(" 支付宝支付 交易号 ").d(g.luhn_id(), "LUHN_ID")
    else:
        b.t(f"[后厨] 出餐超时 菜品「{g.ch(['宫保鸡丁', '麻婆豆腐', '东坡肉', '太白鸭'])}」 平均 ").d(f"{r.randint(5, 40)}分钟", "MS")


# 59 US payroll / HR integrations (ADP, Workday, Gusto)
@tpl("en")
def t_payroll(g: Gen, b: B) -> None:
    r = g.r
    k = r.random()
    if k < 0.3:
        b.t(f"ADP WFN import row {r.randint(2, 900)} rejected: employee \"").s(g.en_name(), PERSON).t("\" SSN ")
        b.s(g.ssn(), SSN).t(" already on file (associate_id ").d(g.alnum(12, UPALNUM), "TRACE").t(")")
    elif k < 0.55:
        b.t(f"Workday EIB Put_Worker line {r.randint(2, 900)}: Worker_ID=").d(str(r.randint(10000, 99999)), "UID")
        b.t(" Legal_Name=").s(g.en_name(), PERSON).t(" National_ID_Type=USA-SSN National_ID=").s(g.ssn(r.random() < 0.4), SSN).t(" status=ERROR")
    elif k < 0.75:
        b.t("gusto.forms: W-2 generated for ").s(g.en_name(), PERSON).t(" (SSN ").d("***-**-" + g.digits(4), "MASKED")
        b.t(") tax_year=2024 company_id=").d(str(r.randint(10**6, 10**7)), "UID")
    elif k < 0.9:
        b.t("E-Verify case ").d(f"2024{g.digits(9)}{g.alnum(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}", "TICKET").t(" closed: Employment Authorized for ")
        b.s(g.en_name(), PERSON)
    else:
        b.t(f"payroll run PR-{r.randint(1000, 9999)} completed: {r.randint(5, 900)} employees, gross ").d(g.amount("$", 10000, 900000), "AMOUNT")
        b.t(", took ").d(f"{r.randint(2, 400)}s", "MS")


# 60 SEPA / cross-border payouts (Adyen, Wise, Stripe)
@tpl("en")
def t_sepa(g: Gen, b: B) -> None:
    r = g.r
    lang = g.ch(["de", "es", "fr"])
    f, l = g.ch(g.eu_names[lang])
    cc = {"de": "DE", "es": "ES", "fr": "FR"}[lang]
    k = r.random()
    if k < 0.3:
        b.t("Adyen notification SEPADIRECTDEBIT AUTHORISATION pspReference=").d(luhn_complete(g.ch(["88", "17", "85"]), 16, r), "LUHN_ID")
        b.t(" shopperName=").s(f"{f} {l}", PERSON).t(" iban=").s(g.iban(g.ch([cc, cc, "NL", "BE", "AT"]), False), IBAN).t(" success=true")
    elif k < 0.55:
        b.t(f"Wise transfer #{r.randint(10**8, 10**9)} to ").s(f"{f} {l}", PERSON).t(" IBAN ").s(g.iban(g.ch([cc, "GB", "CH"]), True), IBAN)
        b.t(" amount ").d(g.amount("", 20, 9000) + g.ch([" EUR", " GBP", " CHF"]), "AMOUNT").t(" status=outgoing_payment_sent")
    elif k < 0.75:
        b.t("stripe webhook payment_method.attached type=sepa_debit bank_code=").d(g.digits(8, "123456789"), "ROUTING")
        b.t(" last4=").d(g.digits(4), "MASKED").t(" mandate accepted by ").s(g.email(_ascii(f), _ascii(l)), EMAIL)
    elif k < 0.9:
        b.t("SEPA refund rejected (AC04 closed account): creditor IBAN ").s(g.iban(cc, r.random() < 0.5), IBAN)
        b.t(" end_to_end_id=").d(f"E2E-{g.alnum(12, UPALNUM)}", "TRACE")
    else:
        b.t(f"pain.001 batch MSG-{g.alnum(10, UPALNUM)} NbOfTxs={r.randint(2, 900)} CtrlSum=").d(g.amount("", 1000, 900000), "AMOUNT")
        b.t(" creditor_id=").d(f"DE98ZZZ0{g.digits(10)}", "CREDITOR_ID")


# 61 支付回调 / 对账 / 代扣
@tpl("zh")
def t_paynotify(g: Gen, b: B) -> None:
    r = g.r
    dt = g.dt()
    k = r.random()
    if k < 0.22:
        b.t("[微信支付回调] out_trade_no=").d(g.luhn_id(), "LUHN_ID").t(" transaction_id=42000")
        b.t(f"{r.randint(10, 29)}{dt:%Y%m%d}{g.digits(10)} 商户号=").d(g.num11(), "NUM11").t(" total_fee=").d(str(r.randint(100, 99999)), "AMOUNT")
        b.t(" result_code=SUCCESS")
    elif k < 0.4:
        b.t(f"[支付宝异步通知] trade_no={dt:%Y%m%d}2200{g.digits(16)} buyer_logon_id=").d(g.masked_mobile(), "MASKED")
        b.t(" total_amount=").d(g.amount("", 1, 3000), "AMOUNT").t(" trade_status=TRADE_SUCCESS")
    elif k < 0.55:
        b.t("[银联对账] 商户").d(g.ch(g.cn_companies), "COMPANY").t(" 统一社会信用代码")
        b.d("91" + g.ch(ID_AREA) + g.alnum(10, "0123456789ABCDEFGHJKLMNPQRTUWXY"), "USCC").t(" 清算金额").d(g.amount("¥", 1000, 900000), "AMOUNT")
        b.t(" 差错0笔")
    elif k < 0.78:
        b.t("[代扣失败] 用户").s(g.cn_name(), PERSON).t(" 绑定卡").s(g.up_card(r.choice([0, 0, 2])), CARD)
        b.t(f" 原因：{g.ch(['余额不足', '卡状态异常', '超出单笔限额'])} 通知手机").s(g.cn_mobile(), PHONE)
    else:
        b.t("[提现] 骑手").s(g.cn_name(), PERSON).t("提现至银行卡").s(g.up_card(), CARD).t(" 金额").d(g.amount("¥", 20, 5000), "AMOUNT")
        b.t(" 流水号").d(g.luhn_id(), "LUHN_ID")


# === more templates ===


# -------------------------------------------------------------------- main
def blind_log3(n: int = 6000, seed: int = 47) -> list[dict]:
    g = Gen(seed)
    r = g.r
    counts = {}
    for _, grp, _w in TEMPLATES:
        counts[grp] = counts.get(grp, 0) + 1
    weights = [GROUP_SHARE[grp] / counts[grp] * w for _, grp, w in TEMPLATES]
    idx = list(range(len(TEMPLATES)))
    out: list[dict] = []
    for _ in range(n):
        k = r.choices(idx, weights)[0]
        fn = TEMPLATES[k][0]
        for _attempt in range(50):
            b = B()
            try:
                fn(g, b)
                rec = b.finish(k + 1)
            except Reject:
                continue
            # most templates have a PII-free branch; redraw part of those lines
            # so that roughly 10 % of the set carries no planted value
            if not rec["spans"] and r.random() < 0.45:
                continue
            out.append(rec)
            break
        else:
            raise RuntimeError(f"template {k + 1} keeps rejecting")
    return out


def _main() -> None:
    import collections
    rows = blind_log3()
    by_t: dict[int, list] = collections.defaultdict(list)
    for row in rows:
        by_t[row["template"]].append(row)
    for t in sorted(by_t):
        fn = TEMPLATES[t - 1][0]
        print(f"## template {t} {fn.__name__} ({len(by_t[t])} lines)")
        for row in by_t[t][:3]:
            text = row["text"]
            marks = sorted([(s, e, "S:" + k) for s, e, k in row["spans"]] +
                           [(s, e, "d:" + k) for s, e, k in row["decoys"]])
            out, pos = [], 0
            for s, e, k in marks:
                out.append(text[pos:s])
                out.append(f"[[{text[s:e]}|{k}]]")
                pos = e
            out.append(text[pos:])
            print("  " + "".join(out))
    tc = collections.Counter(k for row in rows for _, _, k in row["spans"])
    dc = collections.Counter(k for row in rows for _, _, k in row["decoys"])
    print("## TYPE counts:", dict(sorted(tc.items())))
    print("## KIND counts:", dict(sorted(dc.items())))
    print("## lines without planted values:", sum(1 for row in rows if not row["spans"]), "of", len(rows))


if __name__ == "__main__":
    try:
        _main()
    except BrokenPipeError:
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
