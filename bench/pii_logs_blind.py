"""Blind evaluation set of log lines for the PII redactor.

Written blind: this file was produced by a helper session on 2026-12-05
WITHOUT opening, grepping or running the redactor, its rules, its tests, its
docs or the other bench files.  Every template comes from general knowledge of
real log formats (nginx/Apache access logs, RFC 3164 / RFC 5424 syslog, sshd,
sudo, postfix/dovecot, Spring/logback, Python logging, HTTP header dumps,
Docker/CRI/klog lines, logfmt, CSV audit trails, MySQL/Postgres errors,
Windows security events, JSON application logs, and Chinese business / ops
lines: 门禁, 巡更, 物业, 快递, 客服工单, 挂号, 酒店入住, 支付, 车牌识别, 值班,
审批, 外卖, 实名认证, 访客登记 ...).  The set therefore tests the redactor on
data it was not designed around.

What it holds
-------------
``blind_log(n, seed)`` returns ``n`` dicts::

    {"text": str,                      # one log line, no newline
     "spans": [[start, end, TYPE]],    # planted personal values / secrets
     "decoys": [[start, end, KIND]],   # non-personal look-alikes to leave alone
     "template": int}                  # index into TEMPLATES

TYPE is one of EMAIL_ADDRESS, PHONE_NUMBER, PERSON, IP_ADDRESS, CREDIT_CARD,
CN_RESIDENT_ID, LICENSE_PLATE, CREDENTIAL, IBAN_CODE, US_SSN, PASSPORT.
Offsets are Python ``str`` (code point) offsets; ``text[s:e]`` is exactly the
planted value as printed in the line (URL-encoded where the line encodes it).
Every line has 0-3 spans and 0-3 decoys; roughly a tenth of the lines carry
no personal data at all.  Roughly 35% English server/app logs, 25% JSON
application logs, 40% Chinese business/ops lines.

Labelling conventions: a PERSON span covers the name only (not the role noun
before it nor the title after it: 保安|刘洋|, |王建军|师傅); personal logins
(jdoe, zhangwei88) are PERSON, role/service accounts (root, nginx, postgres,
www-data, app_rw ...) are ROLE_ACCOUNT decoys.  A CREDENTIAL span covers the
secret value only (not "Bearer ", not the cookie name).  Masked card numbers
(first6/last4) are decoys, not CREDIT_CARD.

License of the data
-------------------
All values are synthetic: names and some words come from Faker (MIT
licensed) with locales en_US, en_GB, de_DE, en_IN, zh_CN and zh_TW;
international phone numbers are derived from libphonenumber's example numbers
(``phonenumbers``, Apache-2.0) with perturbed trailing digits; card numbers,
IBANs, Chinese resident IDs, SSNs, passports, plates, tokens and all decoys
are generated here from a seeded ``random.Random``.  No real person's data is
included; any resemblance is coincidental.  The generated set may be used
under the same license as this repository.
"""
from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
import sys
import time
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from urllib.parse import quote

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

TYPES = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "IP_ADDRESS", "CREDIT_CARD",
    "CN_RESIDENT_ID", "LICENSE_PLATE", "CREDENTIAL", "IBAN_CODE", "US_SSN",
    "PASSPORT",
)


# --------------------------------------------------------------------------
# part markers and line assembly
# --------------------------------------------------------------------------

def S(value, typ, q=True):
    """A planted personal value.  q: quote it when it sits in a JSON value."""
    assert typ in TYPES, typ
    return ("S", str(value), typ, q)


def D(value, kind, q=True):
    """A decoy (non-personal look-alike)."""
    return ("D", str(value), kind, q)


def js(obj, compact=False):
    """Serialise a JSON-like structure whose leaves may be S()/D() markers."""
    item_sep, key_sep = (",", ":") if compact else (", ", ": ")
    out = []

    def emit(o):
        if isinstance(o, tuple):
            _, v, _, q = o
            if q:
                assert json.dumps(v, ensure_ascii=False)[1:-1] == v, v
                out.extend(['"', o, '"'])
            else:
                out.append(o)
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(item_sep)
                out.append(json.dumps(k, ensure_ascii=False) + key_sep)
                emit(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(item_sep)
                emit(v)
            out.append("]")
        else:
            out.append(json.dumps(o, ensure_ascii=False))

    emit(obj)
    return out


def _flatten(parts):
    for p in parts:
        if isinstance(p, list):
            yield from _flatten(p)
        elif p is None or p == "":
            continue
        else:
            yield p


def assemble(parts):
    chunks, spans, decoys, pos = [], [], [], 0
    for p in _flatten(parts):
        if isinstance(p, str):
            chunks.append(p)
            pos += len(p)
            continue
        tag, v, lab, _ = p
        (spans if tag == "S" else decoys).append([pos, pos + len(v), lab])
        chunks.append(v)
        pos += len(v)
    return "".join(chunks), spans, decoys


def _occurrences(text, value):
    i = text.find(value)
    while i != -1:
        yield i
        i = text.find(value, i + 1)


def check_line(text, spans, decoys):
    """Return None when the line is well formed, else a reason string."""
    if "\n" in text or "\r" in text:
        return "newline"
    if len(spans) > 3 or len(decoys) > 3:
        return "too many labels"
    labels = sorted(spans + decoys)
    for a, b in zip(labels, labels[1:]):
        if a[1] > b[0]:
            return "overlap"
    for s, e, _ in spans:
        v = text[s:e]
        if not v or v != v.strip():
            return "blank or padded span"
        for o in _occurrences(text, v):
            if not any(s2 <= o and o + len(v) <= e2 for s2, e2, _ in spans):
                return f"span value {v!r} repeated unlabelled"
    for s, e, _ in decoys:
        v = text[s:e]
        if len(v) < 5:
            continue
        for o in _occurrences(text, v):
            if not any(s2 <= o and o + len(v) <= e2 for s2, e2, _ in labels):
                return f"decoy value {v!r} repeated unlabelled"
    return None


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B64URL = string.ascii_letters + string.digits + "-_"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

CN_MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"]
CN_AREA = [("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8),
           ("024", 8), ("025", 8), ("027", 8), ("028", 8), ("029", 8),
           ("0755", 8), ("0571", 8), ("0512", 8), ("0731", 8), ("0532", 8),
           ("0591", 8), ("0898", 8), ("0871", 8)]
CN_ID_AREA = ["110101", "110105", "110108", "310104", "310115", "440305",
              "440106", "440304", "330106", "330102", "510107", "420102",
              "320102", "320506", "370202", "500103", "610113", "210202",
              "350203", "430104", "120101", "410105", "130102", "450103",
              "350102", "460106"]
CN_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_ID_MAP = "10X98765432"
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容", "司徒", "东方", "皇甫", "令狐",
            "夏侯", "尉迟", "公孙", "长孙", "宇文", "端木", "南宫"]
FAMOUS = {"刘德华", "张学友", "王菲", "李白", "杜甫", "诸葛亮", "司马光", "欧阳修",
          "上官婉儿", "毛泽东", "周杰伦", "成龙", "李娜", "姚明", "马云", "马化腾",
          "王伟", "张伟", "李强", "王刚", "刘强"}
PINYIN_SUR = ["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang",
              "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo",
              "ma", "luo", "ouyang", "shangguan", "xie", "tang", "deng"]
PINYIN_GIV = ["wei", "fang", "na", "min", "jing", "lei", "yang", "jun", "yong",
              "yan", "jie", "tao", "ming", "chao", "xiuying", "hao", "yu",
              "ting", "xin", "qiang", "xiaoming", "jiahui", "zihan", "yuxuan"]
ROLE_ACCOUNTS = ["root", "www-data", "nginx", "postgres", "admin", "ubuntu",
                 "ec2-user", "deploy", "jenkins", "git", "mysql", "redis",
                 "nobody", "daemon", "svc-backup", "replicator", "oracle",
                 "elastic", "ansible", "backup", "gitlab-runner", "prometheus"]
INTL_REGIONS = ["US", "GB", "DE", "FR", "IN", "JP", "AU", "CA", "BR", "SG",
                "HK", "KR", "ES", "IT", "NL", "MX", "AE"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com",
                 "icloud.com", "proton.me", "example.com", "acme-corp.com",
                 "mail.example.org", "web.de", "gmx.de", "globex.io"]
CN_EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com",
                    "aliyun.com", "139.com", "corp.example.cn"]
PUBLIC_A = [1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112,
            113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125,
            139, 140, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220,
            221, 222, 23, 31, 37, 46, 62, 77, 78, 81, 82, 84, 86, 88, 89, 90,
            91, 93, 94, 95, 109, 141, 151, 176, 178, 185, 188, 193, 194, 212,
            213, 217, 24, 50, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96,
            97, 98, 99, 104, 107, 108, 173, 174, 184]
USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
    "curl/8.4.0", "python-requests/2.31.0", "okhttp/4.12.0",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "MicroMessenger/8.0.47 (iPhone; iOS 17.2) NetType/WIFI Language/zh_CN",
]


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def cn_id_check(first17: str) -> str:
    return CN_ID_MAP[sum(int(c) * w for c, w in zip(first17, CN_ID_W)) % 11]


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - num % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum())


class G:
    """Seeded value factory shared by the templates."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.f = {}
        for i, loc in enumerate(("en_US", "en_GB", "zh_CN", "zh_TW", "de_DE", "en_IN")):
            fk = Faker(loc)
            fk.seed_instance(seed * 1000 + i)
            self.f[loc] = fk
        self._ex = {reg: phonenumbers.example_number_for_type(reg, PhoneNumberType.MOBILE)
                    for reg in INTL_REGIONS}

    # -- small helpers ---------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n, first=None):
        s = self.pick(first) if first else ""
        return s + "".join(self.r.choice(DIG) for _ in range(n - len(s)))

    def chars(self, n, alphabet):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def dt(self):
        return datetime(2026, 1, 1) + timedelta(
            seconds=self.r.randrange(333 * 86400), microseconds=self.r.randrange(10**6))

    # -- people ----------------------------------------------------------
    def en_name(self, loc=None, upper=False):
        if loc is None:
            loc = self.r.choices(["en_US", "en_GB", "de_DE", "en_IN"], [5, 3, 1, 1])[0]
        f = self.f[loc]
        name = f"{f.first_name()} {f.last_name()}"
        return name.upper() if upper else name

    def cn_name(self, tw=None):
        zh = self.f["zh_CN"]
        while True:
            x = self.r.random()
            if tw or (tw is None and x < 0.10):
                f = self.f["zh_TW"]
                name = f.last_name() + f.first_name()
            elif x < 0.24:
                given = zh.first_name()
                name = self.pick(COMPOUND) + (given if self.chance(0.6) else given[0])
            elif x < 0.55:
                name = zh.last_name() + zh.first_name()[0]
            else:
                given = zh.first_name()
                if len(given) == 1:
                    given += zh.first_name()[-1]
                name = zh.last_name() + given
            if name not in FAMOUS and len(name) >= 2:
                return name

    def cn_names(self, k):
        out = []
        while len(out) < k:
            n = self.cn_name()
            if all(n not in o and o not in n for o in out):
                out.append(n)
        return out

    def login(self, name=None):
        r = self.r
        if name is None and self.chance(0.3):
            sur, giv = self.pick(PINYIN_SUR), self.pick(PINYIN_GIV)
            style = r.randrange(4)
            if style == 0:
                return f"{sur}{giv}{r.randint(1, 99)}"
            if style == 1:
                return f"{giv}.{sur}"
            if style == 2:
                return f"{sur}_{giv}"
            return f"{giv[0]}{sur}{r.randint(80, 99)}"
        name = name or self.en_name()
        parts = name.split()
        first, last = _ascii(parts[0]), _ascii(parts[-1])
        style = r.randrange(5)
        if style == 0:
            return first[0] + last
        if style == 1:
            return f"{first}.{last}"
        if style == 2:
            return f"{first}{last[0]}"
        if style == 3:
            return f"{first}{r.randint(1, 99)}"
        return f"{last}{first[0]}{r.randint(1, 9)}"

    def email(self, name=None, cn=False):
        r = self.r
        if cn and self.chance(0.35):
            return f"{self.digits(r.randint(6, 10), '123456789')}@qq.com"
        if cn:
            sur, giv = self.pick(PINYIN_SUR), self.pick(PINYIN_GIV)
            local = self.pick([f"{sur}{giv}", f"{giv}.{sur}", f"{sur}_{giv}{r.randint(1, 99)}",
                               f"{giv}{sur}{r.randint(1980, 2005)}"])
            return f"{local}@{self.pick(CN_EMAIL_DOMAINS)}"
        name = name or self.en_name()
        parts = name.split()
        first, last = _ascii(parts[0]), _ascii(parts[-1])
        local = self.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(1, 99)}",
                           f"{first}_{last}", f"{last}.{first}", f"{first}.{last}+{self.pick(['shop', 'news', 'work'])}"])
        return f"{local}@{self.pick(EMAIL_DOMAINS)}"

    # -- phones ----------------------------------------------------------
    def cn_mobile(self, style=None):
        d = self.pick(CN_MOBILE_PREFIX) + self.digits(8)
        style = self.r.randrange(8) if style is None else style
        a, b, c = d[:3], d[3:7], d[7:]
        return [d, d, f"{a}-{b}-{c}", f"{a} {b} {c}", f"+86 {a} {b} {c}",
                f"+86-{d}", f"+86{d}", f"(+86){d}"][style]

    def cn_landline(self):
        area, n = self.pick(CN_AREA)
        local = self.digits(n, "2345678")
        style = self.r.randrange(5)
        if style == 0:
            return f"{area}-{local}"
        if style == 1:
            return f"({area}){local}"
        if style == 2:
            return f"{area} {local[:4]} {local[4:]}"
        if style == 3:
            return f"+86 {area[1:]} {local[:4]} {local[4:]}"
        return f"{area}{local}"

    def tw_mobile(self):
        d = "09" + self.digits(8)
        return self.pick([f"{d[:4]}-{d[4:7]}-{d[7:]}", d, f"+886 {d[1:4]} {d[4:7]} {d[7:]}",
                          f"{d[:4]} {d[4:7]} {d[7:]}"])

    def intl_phone(self, region=None, fmt=None):
        region = region or self.pick(INTL_REGIONS)
        ex = self._ex[region]
        nsn = str(ex.national_number)
        num = ex
        for _ in range(6):
            cand = phonenumbers.PhoneNumber()
            cand.merge_from(ex)
            cand.national_number = int(nsn[:-4] + self.digits(4))
            if phonenumbers.is_valid_number(cand):
                num = cand
                break
        fmt = fmt if fmt is not None else self.r.choices(
            [PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL, PhoneNumberFormat.E164],
            [5, 2, 3])[0]
        return phonenumbers.format_number(num, fmt)

    def any_phone(self):
        x = self.r.random()
        if x < 0.55:
            return self.cn_mobile()
        if x < 0.65:
            return self.cn_landline()
        return self.intl_phone()

    # -- network ---------------------------------------------------------
    def ipv4(self):
        r = self.r
        if self.chance(0.15):
            pre = self.pick(["203.0.113", "198.51.100", "192.0.2"])
            return f"{pre}.{r.randint(1, 254)}"
        return f"{self.pick(PUBLIC_A)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self):
        r = self.r
        pre = self.pick([["2001", "db8"], ["2408", "8456"], ["240e", "3a1"], ["2a02", "c7f"],
                         ["2600", "1700"], ["2409", "8a28"]])
        groups = pre + [f"{r.randrange(0x10000):x}" for _ in range(6)]
        if self.chance(0.5):
            groups[3] = groups[4] = "0"
        return ipaddress.IPv6Address(":".join(groups)).compressed

    def ip(self):
        return self.ipv6() if self.chance(0.12) else self.ipv4()

    # -- cards / ids -----------------------------------------------------
    def card(self, brand=None):
        r = self.r
        brand = brand or r.choices(["visa", "mastercard", "amex", "unionpay", "jcb", "discover"],
                                   [5, 4, 2, 4, 1, 1])[0]
        if brand == "visa":
            prefix, n = "4" + self.digits(5), 16
        elif brand == "mastercard":
            prefix = str(r.randint(51, 55)) if self.chance(0.7) else str(r.randint(2221, 2720))
            n = 16
        elif brand == "amex":
            prefix, n = self.pick(["34", "37"]), 15
        elif brand == "unionpay":
            prefix = self.pick(["622202", "621700", "622848", "621226", "623058", "622588", "621483", "625807"])
            n = self.pick([16, 16, 19, 19, 19, 17])
        elif brand == "jcb":
            prefix, n = str(r.randint(3528, 3589)), 16
        else:
            prefix, n = "6011", 16
        body = prefix + self.digits(n - 1 - len(prefix))
        return brand, body + luhn_digit(body)

    def fmt_card(self, num, sep=None):
        sep = self.pick(["", " ", " ", "-"]) if sep is None else sep
        if not sep:
            return num
        if len(num) == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, len(num), 4)]
        return sep.join(groups)

    def masked_card(self):
        _, num = self.card()
        return num[:6] + "*" * (len(num) - 10) + num[-4:]

    def cn_id(self):
        r = self.r
        birth = datetime(1950, 1, 1) + timedelta(days=r.randrange(56 * 365))
        first17 = self.pick(CN_ID_AREA) + birth.strftime("%Y%m%d") + self.digits(3)
        return first17 + cn_id_check(first17)

    def passport(self):
        x = self.r.random()
        if x < 0.6:
            return "E" + self.digits(8)
        if x < 0.9:
            return "E" + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
        return "G" + self.digits(8)

    def plate(self, ne=None):
        head = self.pick(PROVINCES) + self.pick(PLATE_LETTERS[:12])
        ne = self.chance(0.35) if ne is None else ne
        if ne:
            if self.chance(0.8):
                tail = self.pick("DF") + self.pick(PLATE_LETTERS + DIG * 2) + self.digits(4)
            else:
                tail = self.digits(5) + self.pick("DF")
        else:
            k = self.r.choices([0, 1, 2], [5, 4, 2])[0]
            cs = [self.pick(DIG) for _ in range(5)]
            for pos in self.r.sample(range(5), k):
                cs[pos] = self.pick(PLATE_LETTERS)
            tail = "".join(cs)
        return head + self.r.choices(["·", "", " "], [5, 4, 1])[0] + tail

    def ssn(self, sep="-"):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"

    def iban(self, cc=None, spaced=None):
        cc = cc or self.pick(["DE", "GB", "FR", "NL", "ES", "IT", "BE", "CH", "AT"])
        if cc == "DE":
            bban = self.digits(18)
        elif cc == "GB":
            bban = self.pick(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + self.digits(14)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO", "TRIO"]) + self.digits(10)
        elif cc == "ES":
            bban = self.digits(20)
        elif cc == "IT":
            bban = self.pick(string.ascii_uppercase) + self.digits(22)
        elif cc == "BE":
            bban = self.digits(12)
        elif cc == "AT":
            bban = self.digits(16)
        else:
            bban = self.digits(17)
        iban = cc + iban_check(cc, bban) + bban
        assert iban_ok(iban)
        spaced = self.chance(0.45) if spaced is None else spaced
        if spaced:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    # -- secrets ---------------------------------------------------------
    def password(self):
        r = self.r
        word = self.pick(["Summer", "Winter", "Dragon", "Shadow", "Welcome", "Tiger", "Sunshine",
                          "Qwerty", "Huawei", "Beijing", "Shenzhen", "Passw0rd", "Monkey", "Lily",
                          "Football", "Hello", "Admin", "Abc", "Zhang", "Iloveyou"])
        style = r.randrange(5)
        if style == 0:
            return f"{word}{r.randint(1990, 2026)}{self.pick('!@#&=$')}"
        if style == 1:
            return f"{word.replace('a', '@').replace('o', '0')}#{self.digits(r.randint(2, 4))}"
        if style == 2:
            return self.chars(r.randint(10, 16), ALNUM + "!@#$%^&*=+?_-.")
        if style == 3:
            return f"{self.pick(['qwe', 'asd', 'zxc', 'abc'])}&{self.digits(3)}={self.chars(3, string.ascii_lowercase)}"
        return f"{self.chars(4, string.ascii_letters)}@{self.digits(4)}#{self.chars(3, ALNUM)}"

    def jwt(self):
        r = self.r
        alg = self.pick(["HS256", "RS256", "ES256"])
        head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        iat = 1767225600 + r.randrange(30_000_000)
        claims = {"sub": str(r.randint(10**5, 10**9)), "iat": iat, "exp": iat + self.pick([900, 3600, 86400])}
        if self.chance(0.5):
            claims["scope"] = self.pick(["read", "read write", "openid profile"])
        body = b64url(json.dumps(claims, separators=(",", ":")).encode())
        sig = self.chars({"HS256": 43, "RS256": 342, "ES256": 86}[alg], B64URL)
        return f"{head}.{body}.{sig}"

    def api_key(self):
        k = self.r.randrange(7)
        if k == 0:
            return "sk_live_" + self.chars(24, ALNUM)
        if k == 1:
            return "AKIA" + self.chars(16, string.ascii_uppercase + DIG)
        if k == 2:
            return "ghp_" + self.chars(36, ALNUM)
        if k == 3:
            return f"xoxb-{self.digits(11, '123456789')}-{self.digits(13, '123456789')}-{self.chars(24, ALNUM)}"
        if k == 4:
            return "AIza" + self.chars(35, B64URL)
        if k == 5:
            return self.chars(32, HEX)
        return self.chars(40, ALNUM)

    def session(self):
        """(cookie name, secret value)."""
        k = self.r.randrange(4)
        if k == 0:
            return "JSESSIONID", self.chars(32, "0123456789ABCDEF")
        if k == 1:
            return "PHPSESSID", self.chars(26, "abcdefghijklmnopqrstuv0123456789")
        if k == 2:
            return "sessionid", self.chars(32, string.ascii_lowercase + DIG)
        return "connect.sid", "s%3A" + self.chars(32, B64URL) + "." + self.chars(43, ALNUM)

    def url_token(self):
        return self.chars(self.pick([32, 40, 43, 64]), B64URL)

    # -- decoys ----------------------------------------------------------
    def luhn_id(self, n=None, first=None):
        n = n or self.pick([16, 16, 17, 18, 19])
        first = first or self.pick(["1", "2", "3", "4", "5", "6", "62", "7", "8", "9", "20"])
        body = first + self.digits(n - 1 - len(first))
        v = body + luhn_digit(body)
        assert luhn_ok(v)
        return v

    def uuid(self):
        h = self.chars(32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def hexs(self, n):
        return self.chars(n, HEX)

    def order_no(self, d=None):
        d = d or self.dt()
        return d.strftime("%Y%m%d%H%M%S") + self.digits(self.pick([4, 5, 6]))

    def id18(self, d=None):
        """18-digit serial that is NOT a valid resident id."""
        d = d or self.dt()
        v = d.strftime("%Y%m%d") + self.digits(10)
        if cn_id_check(v[:17]) == v[17]:
            v = v[:17] + str((int(v[17]) + 1) % 10)
        return v

    def num11(self):
        """11-digit number that is not a mobile number (no valid 1[3-9] prefix)."""
        if self.chance(0.3):
            return "1" + self.pick("012") + self.digits(9)
        return self.digits(11, "2345679")

    def waybill(self):
        k = self.r.randrange(7)
        if k == 0:
            return "SF" + self.digits(13, "1")
        if k == 1:
            return "YT" + self.digits(13, "2789")
        if k == 2:
            return "JDVA" + self.digits(11, "2")
        if k == 3:
            return self.digits(12, "7")
        if k == 4:
            return "E" + self.pick("ABMLY") + self.digits(9) + "CN"
        if k == 5:
            return self.digits(13, "34")
        return self.num11()

    def ticket(self, d=None, pre=None):
        d = d or self.dt()
        pre = pre or self.pick(["GD", "WX", "KF", "TK", "SR"])
        return self.pick([f"{pre}{d:%Y%m%d}{self.digits(4)}", f"{pre}-{d:%Y%m%d}-{self.digits(4)}",
                          f"#{self.digits(7, '123456789')}"])

    def amount(self, lo=1, hi=5000, comma=True):
        v = self.r.uniform(lo, hi)
        return f"{v:,.2f}" if comma else f"{v:.2f}"

    def ver(self):
        r = self.r
        return self.pick([f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                          f"v{r.randint(1, 4)}.{r.randint(0, 19)}.{r.randint(0, 9)}",
                          f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
                          f"10.0.{r.randint(17000, 26100)}.{r.randint(1, 4000)}"])

    def host(self):
        r = self.r
        return self.pick([f"web-{r.randint(1, 24):02d}", f"app-node-{r.randint(1, 40):02d}",
                          f"api-{self.pick(['sh', 'bj', 'sz', 'fra', 'iad'])}-{r.randint(1, 9)}",
                          f"db-{self.pick(['primary', 'replica'])}-{r.randint(1, 4)}",
                          f"k8s-worker-{r.randint(1, 30)}", f"bastion-{r.randint(1, 3):02d}",
                          f"mx{r.randint(1, 4)}", f"gw-{r.randint(1, 8)}"])

    def role(self):
        return self.pick(ROLE_ACCOUNTS)


# --------------------------------------------------------------------------
# time formats
# --------------------------------------------------------------------------

def ts_iso(d, frac=3, z="Z"):
    base = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        base += "." + f"{d.microsecond:06d}"[:frac]
    return base + z


def ts_sql(d, frac=3, sep="."):
    return d.strftime("%Y-%m-%d %H:%M:%S") + (sep + f"{d.microsecond:06d}"[:frac] if frac else "")


def ts_syslog(d):
    return f"{d:%b} {d.day:2d} {d:%H:%M:%S}"


def ts_clf(d, tz="+0800"):
    return d.strftime("%d/%b/%Y:%H:%M:%S ") + tz


# ==========================================================================
# English server / application logs
# ==========================================================================

def t_nginx_access(g):
    r, d = g.r, g.dt()
    p = [S(g.ip(), "IP_ADDRESS"), " - ",
         S(g.login(), "PERSON") if g.chance(0.2) else "-", f" [{ts_clf(d)}] \""]
    v = r.randrange(6)
    decoy3 = None
    if v == 0:
        p += ["GET /api/v1/users/search?email=", S(quote(g.email(), safe=""), "EMAIL_ADDRESS"),
              f"&page={r.randint(1, 9)}&size=20 HTTP/1.1\""]
    elif v == 1:
        name = g.en_name()
        enc = name.replace(" ", "+") if g.chance(0.5) else quote(name)
        p += ["GET /directory/lookup?q=", S(enc, "PERSON"), "&dept=sales HTTP/1.1\""]
    elif v == 2:
        ph = g.intl_phone() if g.chance(0.5) else g.cn_mobile()
        p += ["POST /sms/verify?mobile=", S(quote(ph, safe=""), "PHONE_NUMBER"), "&scene=login HTTP/2.0\""]
    elif v == 3:
        p += [f"GET /static/js/app.{g.hexs(8)}.js HTTP/1.1\""]
    elif v == 4:
        decoy3 = D(g.luhn_id(), "LUHN_ID")
        p += ["GET /checkout/confirm?order_id=", decoy3, "&coupon=SPRING26 HTTP/1.1\""]
    else:
        name = g.cn_name()
        p += ["GET /member/search?realname=", S(quote(name), "PERSON"), "&city=shenzhen HTTP/1.1\""]
    status = r.choice(["200", "200", "200", "302", "304", "404", "499", "502"])
    ref = g.pick(["-", "https://shop.example.com/account", "https://www.google.com/",
                  "https://m.example.cn/index.html"])
    p += [" ", D(status, "STATUS"), " ", D(str(r.randint(120, 98000)), "BYTES"),
          f" \"{ref}\" \"{g.pick(USER_AGENTS)}\""]
    if decoy3 is None and g.chance(0.5):
        p += [" rt=", D(f"{r.uniform(0.001, 2.5):.3f}", "MS")]
    return p


def t_apache_combined(g):
    r, d = g.r, g.dt()
    p = [S(g.ipv4(), "IP_ADDRESS"), " - "]
    p += [S(g.login(), "PERSON") if g.chance(0.5) else "-", f" [{ts_clf(d, '-0500')}] "]
    v = r.randrange(4)
    if v == 0:
        p += ['"POST /wp-login.php HTTP/1.1" ', D(g.pick(["200", "302"]), "STATUS"),
              f' {r.randint(300, 5000)} "https://blog.example.org/wp-login.php?redirect_to=%2Fwp-admin%2F"']
    elif v == 1:
        p += ['"GET /account/password/reset?reset_token=', S(g.url_token(), "CREDENTIAL"),
              ' HTTP/1.1" ', D("200", "STATUS"), f' {r.randint(1000, 9000)} "-"']
    elif v == 2:
        first, last = g.en_name().split(" ", 1)
        p += ['"GET /profile/edit HTTP/1.1" ', D("200", "STATUS"),
              f' {r.randint(1000, 9000)} "https://portal.example.org/people?name=',
              S(f"{first}+{last.replace(' ', '+')}", "PERSON"), '&lang=en"']
    else:
        p += ['"GET /reports/q3.pdf?api_key=', S(g.chars(32, HEX), "CREDENTIAL"),
              ' HTTP/1.1" ', D(g.pick(["200", "403"]), "STATUS"), ' - "-"']
    p += [f' "{g.pick(USER_AGENTS)}" ', D(str(r.randint(900, 2_500_000)), "MS")]
    return p


def t_sshd(g):
    r, d = g.r, g.dt()
    pid = str(r.randint(1000, 65000))
    port = str(r.randint(1024, 65535))
    p = [f"{ts_syslog(d)} ", g.host(), " sshd[", D(pid, "PID"), "]: "]
    v = r.randrange(5)
    if v == 0:
        p += [f"Accepted {g.pick(['publickey', 'password', 'keyboard-interactive/pam'])} for ",
              S(g.login(), "PERSON"), " from ", S(g.ipv4(), "IP_ADDRESS"), " port ", D(port, "PORT"),
              " ssh2"]
    elif v == 1:
        p += ["Failed password for invalid user ", D(g.pick(["admin", "test", "oracle", "support", "ubuntu", "user"]), "ROLE_ACCOUNT"),
              " from ", S(g.ipv4(), "IP_ADDRESS"), " port ", D(port, "PORT"), " ssh2"]
    elif v == 2:
        p += ["pam_unix(sshd:session): session opened for user ", S(g.login(), "PERSON"),
              f"(uid={r.randint(1000, 1100)}) by (uid=0)"]
    elif v == 3:
        p += ["Received disconnect from ", S(g.ip(), "IP_ADDRESS"), " port ", D(port, "PORT"),
              ":11: disconnected by user"]
    else:
        p += ["Accepted publickey for ", D(g.pick(["root", "ubuntu", "deploy", "git", "ec2-user"]), "ROLE_ACCOUNT"),
              " from ", S(g.ipv4(), "IP_ADDRESS"), f" port {port} ssh2: ED25519 SHA256:{g.chars(43, ALNUM + '+/')}"]
    return p


def t_sudo(g):
    r, d = g.r, g.dt()
    user = g.login()
    host = g.host()
    v = r.randrange(3)
    if v == 0:
        return [f"{ts_syslog(d)} {host} sudo: ", S(user, "PERSON"), f" : TTY=pts/{r.randint(0, 9)} ; PWD=/home/",
                S(user, "PERSON"), " ; USER=", D(g.pick(["root", "postgres", "www-data", "redis"]), "ROLE_ACCOUNT"),
                f" ; COMMAND=/usr/bin/systemctl restart {g.pick(['nginx', 'php8.2-fpm', 'docker', 'postgresql'])}"]
    if v == 1:
        return [f"{ts_syslog(d)} {host} sudo: pam_unix(sudo:auth): authentication failure; logname=",
                S(user, "PERSON"), f" uid={r.randint(1000, 1100)} euid=0 tty=/dev/pts/{r.randint(0, 5)} ruser=",
                S(user, "PERSON"), " rhost=  user=", S(user, "PERSON")]
    return [f"{ts_syslog(d)} {host} su[", D(str(r.randint(2000, 60000)), "PID"), "]: (to ",
            D("root", "ROLE_ACCOUNT"), ") ", S(user, "PERSON"), f" on pts/{r.randint(0, 9)}"]


def t_syslog5424(g):
    r, d = g.r, g.dt()
    app = g.pick(["idp", "accounts", "mailer", "auth-api"])
    p = [f"<{g.pick(['134', '165', '86', '38'])}>1 {ts_iso(d, 3, '+08:00')} {g.host()} {app} ",
         D(str(r.randint(100, 40000)), "PID"), f" {g.pick(['ID47', 'AUTH', 'MFA', '-'])} [origin ip=\"",
         S(g.ip(), "IP_ADDRESS"), "\"][meta sequenceId=\"", D(str(r.randint(1, 10**7)), "SEQ"), "\"] "]
    v = r.randrange(3)
    if v == 0:
        p += ["password reset requested for ", S(g.email(), "EMAIL_ADDRESS")]
    elif v == 1:
        p += ["MFA enrollment completed for user ", S(g.login(), "PERSON"), " method=totp"]
    else:
        p += ["quota warning: mailbox ", S(g.email(), "EMAIL_ADDRESS"), f" at {r.randint(85, 99)}%"]
    return p


def t_postfix(g):
    r, d = g.r, g.dt()
    pid = D(str(r.randint(1000, 60000)), "PID")
    qid = g.chars(10, "0123456789ABCDEF")
    pre = f"{ts_syslog(d)} {g.pick(['mx1', 'mx2', 'mail'])} "
    v = r.randrange(4)
    if v == 0:
        return [pre, "postfix/qmgr[", pid, "]: ", D(qid, "QUEUE_ID"), ": from=<", S(g.email(), "EMAIL_ADDRESS"),
                ">, size=", D(str(r.randint(900, 900000)), "BYTES"), ", nrcpt=1 (queue active)"]
    if v == 1:
        return [pre, "postfix/smtpd[", pid, "]: NOQUEUE: reject: RCPT from unknown[", S(g.ipv4(), "IP_ADDRESS"),
                "]: 450 4.1.2 <", S(g.email(), "EMAIL_ADDRESS"),
                ">: Recipient address rejected: Domain not found; proto=ESMTP helo=<",
                D(g.pick(["mail.example.net", "localhost.localdomain", "smtp.globex.io"]), "HOSTNAME"), ">"]
    if v == 2:
        return [pre, "postfix/local[", pid, "]: ", D(qid, "QUEUE_ID"), ": to=<", S(g.email(), "EMAIL_ADDRESS"),
                f">, relay=local, delay=0.{r.randint(10, 99)}, delays=0.01/0/0/0.{r.randint(1, 9)}, dsn=2.0.0, "
                "status=sent (delivered to mailbox)"]
    return [pre, "dovecot: imap-login: Login: user=<", S(g.email(cn=g.chance(0.3)), "EMAIL_ADDRESS"),
            ">, method=PLAIN, rip=", S(g.ipv4(), "IP_ADDRESS"), ", mpid=", pid, ", TLS"]


def t_logback_mdc(g):
    r, d = g.r, g.dt()
    p = [f"{ts_iso(d, 3, '+08:00')}  {g.pick(['INFO', 'INFO', 'WARN'])} ", D(str(r.randint(1, 30000)), "PID"),
         f" --- [{g.pick(['order-svc', 'user-svc', 'notify-svc'])}] [nio-8080-exec-{r.randint(1, 200)}] [",
         D(g.hexs(32), "TRACE"), f"-{g.hexs(16)}] "]
    v = r.randrange(4)
    if v == 0:
        p += ["c.e.order.OrderController : Order ", D(g.order_no(d), "ORDER"), " placed by ",
              S(g.email(), "EMAIL_ADDRESS"), f", total={g.amount(10, 900)}"]
    elif v == 1:
        p += ["c.e.notify.SmsSender : Sending verification SMS to ", S(g.any_phone(), "PHONE_NUMBER")]
    elif v == 2:
        p += ["c.e.user.ProfileService : User ", S(g.login(), "PERSON"), " updated shipping contact"]
    else:
        p += [f"o.s.web.servlet.DispatcherServlet : Completed initialization in {r.randint(1, 40)} ms"]
    return p


def t_spring_card(g):
    r, d = g.r, g.dt()
    p = [ts_sql(d), " ERROR [payment-gateway,", D(g.hexs(16), "TRACE"), f",{g.hexs(16)}] 1 --- ",
         f"[io-8443-exec-{r.randint(1, 64)}] c.a.p.CardAuthorizer : "]
    if g.chance(0.7):
        brand, num = g.card()
        p += ["Authorization failed: cardNumber=", S(g.fmt_card(num), "CREDIT_CARD"), " holder=\"",
              S(g.en_name(upper=g.chance(0.6)), "PERSON"),
              f"\" expiry={r.randint(1, 12):02d}/{r.randint(26, 31)} code={g.pick(['05', '51', '54', '14'])} amount=",
              D(g.amount(5, 3000, comma=False), "AMOUNT")]
    else:
        p += ["Declined pan=", D(g.masked_card(), "MASKED_CARD"), " reason=DO_NOT_HONOR amount=",
              D(g.amount(5, 3000, comma=False), "AMOUNT")]
    return p


def t_python_auth(g):
    r, d = g.r, g.dt()
    name = g.en_name()
    p = [ts_sql(d, 3, ","), f" - app.auth - {g.pick(['WARNING', 'INFO'])} - "]
    if g.chance(0.6):
        p += ["Failed login for '", S(name, "PERSON"), "' <", S(g.email(name), "EMAIL_ADDRESS"), "> from ",
              S(g.ip(), "IP_ADDRESS"), f" (attempt {r.randint(1, 5)}/5)"]
    else:
        p += ["login ok user_id=", D(str(r.randint(10**6, 10**8)), "USER_ROWID"), " name='",
              S(name, "PERSON"), "' via ", g.pick(["password", "google-oauth2", "saml"])]
    return p


def t_python_basic(g):
    r = g.r
    v = r.randrange(4)
    if v == 0:
        return ["WARNING:sms.gateway:provider rejected ", S(g.intl_phone(), "PHONE_NUMBER"), " (code=",
                D(str(r.randint(21000, 30999)), "ERRCODE"), ", retry_in=", D(f"{r.randint(5, 120)}s", "MS"), ")"]
    if v == 1:
        return ["INFO:billing.mailer:sending receipt to ", S(g.email(), "EMAIL_ADDRESS"), " for invoice ",
                D(f"INV-{r.randint(2024, 2026)}-{g.digits(5)}", "INVOICE")]
    if v == 2:
        return [f"DEBUG:cache:miss ratio=0.{r.randint(1, 99):02d} evicted ", D(str(r.randint(10, 9000)), "COUNT"),
                " keys in ", D(f"{r.randint(1, 900)}ms", "MS")]
    return ["ERROR:root:could not geocode address for customer ", S(g.en_name(), "PERSON"),
            ": HTTPError 429 after ", D(f"{r.uniform(0.5, 9):.2f}s", "MS")]


def t_http_dump(g):
    r = g.r
    host = g.pick(["api.example.com", "payments.globex.io", "gateway.internal:8443"])
    p = [f"> {g.pick(['POST', 'GET', 'PUT'])} {g.pick(['/v2/charges', '/v1/me', '/oauth/userinfo', '/api/orders'])} HTTP/1.1\\r\\n> Host: {host}\\r\\n"]
    v = r.randrange(4)
    if v == 0:
        p += ["> Authorization: Bearer ", S(g.jwt(), "CREDENTIAL"), "\\r\\n"]
    elif v == 1:
        user = g.login()
        p += ["> Authorization: Basic ", S(base64.b64encode(f"{user}:{g.password()}".encode()).decode(), "CREDENTIAL"), "\\r\\n"]
    elif v == 2:
        p += ["> X-Api-Key: ", S(g.api_key(), "CREDENTIAL"), "\\r\\n"]
    else:
        name, val = g.session()
        p += [f"> Cookie: {name}=", S(val, "CREDENTIAL"), f"; locale={g.pick(['zh_CN', 'en_US'])}\\r\\n"]
    p += ["> X-Request-Id: ", D(g.uuid(), "UUID"), "\\r\\n> Content-Length: ", D(str(r.randint(0, 4096)), "BYTES"),
          "\\r\\n"]
    return p


def t_requests_headers(g):
    r = g.r
    name, val = g.session()
    return ["DEBUG [urllib3.connectionpool] https://api.partner.example:443 \"POST /oauth/token HTTP/1.1\" ",
            D(g.pick(["200", "201", "401"]), "STATUS"), " ", D(str(r.randint(200, 4000)), "BYTES"),
            " | headers={'User-Agent': 'python-requests/2.31.0', 'Accept': '*/*', 'X-Api-Key': '",
            S(g.api_key(), "CREDENTIAL"), f"', 'Cookie': '{name}=", S(val, "CREDENTIAL"), "; theme=dark'}"]


def t_docker_nginx_error(g):
    r, d = g.r, g.dt()
    pid = str(r.randint(7, 60))
    f = g.pick(["favicon.ico", "wp-admin/setup.php", ".env", "robots.txt", "apple-touch-icon.png"])
    return ['{"log":"', d.strftime("%Y/%m/%d %H:%M:%S"), " [error] ", D(pid, "PID"), "#", D(pid, "PID"), ": *",
            D(str(r.randint(1, 900000)), "CONN_ID"), f' open() \\"/usr/share/nginx/html/{f}\\" failed (2: No such file or directory), client: ',
            S(g.ip(), "IP_ADDRESS"), f', server: shop.example.com, request: \\"GET /{f} HTTP/1.1\\", host: \\"shop.example.com\\"\\n","stream":"stderr","time":"',
            ts_iso(d, 6), '"}']


def t_cri_k8s(g):
    r, d = g.r, g.dt()
    p = [ts_iso(d, 6), f" stdout F level=info ts={ts_iso(d, 3)} caller=handler.go:{r.randint(40, 400)} "]
    if g.chance(0.75):
        p += ['msg="password reset link sent" email=', S(g.email(), "EMAIL_ADDRESS"),
              ' link="https://app.example.com/reset?token=', S(g.url_token(), "CREDENTIAL"), '"']
    else:
        p += ['msg="reset link expired" request_id=', D(g.uuid(), "UUID"), " age=",
              D(f"{r.randint(2, 72)}h{r.randint(0, 59)}m", "MS")]
    return p


def t_logfmt(g):
    r, d = g.r, g.dt()
    msg = g.pick(["user signed in", "profile updated", "2fa challenge failed", "checkout started"])
    p = [f"time={ts_iso(d, 0)} level={g.pick(['info', 'warn'])} msg=\"{msg}\""]
    fields = r.sample(["user", "email", "ip", "phone"], r.randint(1, 3))
    for fld in ["user", "email", "ip", "phone"]:
        if fld not in fields:
            continue
        if fld == "user":
            p += [" user=", S(g.login(), "PERSON")]
        elif fld == "email":
            p += [" email=", S(g.email(), "EMAIL_ADDRESS")]
        elif fld == "ip":
            p += [" remote_ip=", S(g.ip(), "IP_ADDRESS")]
        else:
            p += [" phone=\"", S(g.intl_phone(fmt=PhoneNumberFormat.INTERNATIONAL), "PHONE_NUMBER"), "\""]
    p += [" duration_ms=", D(str(r.randint(1, 2500)), "MS"), " request_id=", D(g.uuid(), "UUID")]
    return p


def t_csv_audit(g):
    r, d = g.r, g.dt()
    p = [ts_iso(d, 0), ",AUDIT,"]
    if g.chance(0.6):
        p += ["user.contact.update,actor=", D(g.pick(["admin", "svc-crm-sync", "root", "helpdesk-bot"]), "ROLE_ACCOUNT"),
              ",target=\"", S(g.en_name(), "PERSON"), "\",field=phone,old=",
              S(g.intl_phone(fmt=PhoneNumberFormat.E164), "PHONE_NUMBER"), ",new=",
              S(g.intl_phone(fmt=PhoneNumberFormat.E164), "PHONE_NUMBER"), ",result=OK"]
    else:
        p += ["user.lock,actor=", S(g.login(), "PERSON"), ",target_id=", D(g.uuid(), "UUID"),
              f",field=status,old=active,new=locked,result={g.pick(['OK', 'DENIED'])}"]
    return p


def t_db_error(g):
    r, d = g.r, g.dt()
    v = r.randrange(3)
    if v == 0:
        user = S(g.login(), "PERSON") if g.chance(0.6) else D(g.pick(["postgres", "replicator", "app_rw"]), "ROLE_ACCOUNT")
        return [ts_sql(d), " UTC [", D(str(r.randint(100, 90000)), "PID"), "] FATAL:  password authentication failed for user \"",
                user, "\" (client ", S(g.ipv4(), "IP_ADDRESS"), ")"]
    if v == 1:
        pw = g.password()
        if g.chance(0.4):
            pw = quote(pw, safe="")
        return ["sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on "
                "'mysql-primary.internal' ([Errno 111] Connection refused)\") [dsn: mysql+pymysql://",
                D(g.pick(["app_rw", "shop_app", "etl_reader"]), "ROLE_ACCOUNT"), ":", S(pw, "CREDENTIAL"),
                "@mysql-primary.internal:", D("3306", "PORT"), "/shop]"]
    user = g.login()
    return ["django.db.utils.OperationalError: FATAL: password authentication failed for user \"", S(user, "PERSON"),
            "\" | DATABASE_URL=postgres://", S(user, "PERSON"), ":", S(g.password(), "CREDENTIAL"),
            "@pg-replica-2.internal:", D("5432", "PORT"), "/analytics"]


def t_mysql_log(g):
    r, d = g.r, g.dt()
    p = [ts_iso(d, 6), " ", D(str(r.randint(8, 9000)), "THREAD_ID")]
    if g.chance(0.8):
        p += [" [Note] [MY-010926] [Server] Access denied for user '", S(g.login(), "PERSON"), "'@'",
              S(g.ipv4(), "IP_ADDRESS"), "' (using password: YES)"]
    else:
        p += [" [Warning] [MY-013360] [Server] Plugin sha256_password reported: 'sha256_password is deprecated' build=",
              D(f"{r.randint(8, 8)}.0.{r.randint(30, 40)}", "VER")]
    return p


def t_windows_event(g):
    r = g.r
    ok = g.chance(0.4)
    p = ["EventID=", D("4624" if ok else "4625", "EVENT_ID"),
         " An account was successfully logged on." if ok else " An account failed to log on.",
         " Logon Type: ", g.pick(["3", "10", "2"]), " Account Name: ", S(g.login(), "PERSON"),
         f" Account Domain: {g.pick(['CORP', 'ACME', 'WORKGROUP'])}"]
    if not ok:
        p += [" Failure Reason: Unknown user name or bad password. Status: 0xC000006D"]
    p += [" Source Network Address: ", S(g.ipv4(), "IP_ADDRESS"), " Source Port: ", D(str(r.randint(1024, 65535)), "PORT")]
    return p


def t_hr_payroll(g):
    r, d = g.r, g.dt()
    v = r.randrange(3)
    if v == 0:
        return [ts_sql(d, 0), " INFO hr-sync: upserted employee name=\"", S(g.en_name("en_US"), "PERSON"), "\" ssn=",
                S(g.ssn(g.pick(["-", "-", "-", ""])), "US_SSN"), f" dept={g.pick(['Finance', 'Ops', 'R&D'])} batch=",
                D(f"{d:%Y%m%d}.{r.randint(1, 9)}", "BUILD")]
    if v == 1:
        return [ts_sql(d, 0), " INFO payroll.export: beneficiary=\"", S(g.en_name(g.pick(["de_DE", "en_GB"])), "PERSON"),
                "\" iban=", S(g.iban(spaced=False), "IBAN_CODE"), " amount=EUR ", D(g.amount(1500, 9000), "AMOUNT"),
                " ref=", D(f"SAL-{d:%Y-%m}-{g.digits(4)}", "REF")]
    company = g.f["en_US"].company()
    return [ts_sql(d, 0), f" WARN vendor-onboarding: W-9 for \"{company}\" missing TIN; contact ",
            S(g.en_name("en_US"), "PERSON"), " at ", S(g.intl_phone("US"), "PHONE_NUMBER")]


def t_enrollment_api(g):
    r, d = g.r, g.dt()
    f = g.f["en_US"]
    first, last = f.first_name(), f.last_name()
    p = [ts_iso(d, 0), " INFO  [enrollment-api] POST /v1/applications ", D(g.pick(["201", "201", "422"]), "STATUS"), " ",
         D(f"{r.randint(30, 900)}ms", "MS"), ' body={"first_name":"', S(first, "PERSON"), '","last_name":"', S(last, "PERSON"), '",']
    if g.chance(0.65):
        p += ['"ssn":"', S(g.ssn(), "US_SSN"), '"']
    else:
        p += ['"ssn_masked":"', D(f"***-**-{g.digits(4)}", "MASKED_SSN"), '"']
    p += [f',"state":"{g.pick(["CA", "TX", "NY", "WA", "IL"])}","plan":"{g.pick(["PPO-2", "HMO-1", "HDHP"])}"}}']
    return p


def t_klog_noise(g):
    r, d = g.r, g.dt()
    pod = f"web-{g.hexs(9)}-{g.chars(5, string.ascii_lowercase + DIG)}"
    return [f"I{d:%m%d %H:%M:%S}.{d.microsecond:06d}       1 prober.go:{r.randint(100, 130)}] \"Probe failed\" probeType=\"Readiness\" pod=\"prod/{pod}\" podUID=\"",
            D(g.uuid(), "UUID"), "\" containerName=\"web\" probeResult=\"failure\" output=\"Get \\\"http://web.prod.svc:",
            D(g.pick(["8080", "9090", "3000"]), "PORT"), "/healthz\\\": context deadline exceeded\""]


def t_gc_noise(g):
    r, d = g.r, g.dt()
    a = r.randint(300, 4000)
    return [f"[{ts_iso(d, 3, '+0800')}][info][gc] GC(", D(str(r.randint(1, 90000)), "GC_ID"),
            f") Pause Young (Normal) (G1 Evacuation Pause) {a}M->{r.randint(50, a)}M({g.pick(['4096', '8192', '2048'])}M) ",
            D(f"{r.uniform(0.5, 90):.3f}ms", "MS")]


def t_cron_systemd(g):
    r, d = g.r, g.dt()
    host = g.host()
    v = r.randrange(3)
    if v == 0:
        return [f"{ts_syslog(d)} {host} CRON[", D(str(r.randint(1000, 60000)), "PID"), "]: (",
                D(g.pick(["www-data", "root", "backup"]), "ROLE_ACCOUNT"),
                ") CMD (php /var/www/artisan schedule:run >> /dev/null 2>&1)"]
    if v == 1:
        return [f"{ts_syslog(d)} {host} systemd-logind[", D(str(r.randint(400, 2000)), "PID"), "]: New session ",
                D(str(r.randint(1, 90000)), "SESSION_NO"), " of user ", S(g.login(), "PERSON"), "."]
    return [f"{ts_syslog(d)} {host} systemd[1]: Started {g.pick(['Daily apt upgrade', 'Certbot renewal', 'logrotate'])} ",
            "job, build ", D(g.ver(), "VER")]


# ==========================================================================
# JSON application logs
# ==========================================================================

def j_login(g):
    r, d = g.r, g.dt()
    name = g.en_name()
    obj = {"ts": ts_iso(d), "level": "info", "event": "login_success",
           "user": {"username": S(g.login(name), "PERSON"), "email": S(g.email(name), "EMAIL_ADDRESS")},
           "client_ip": S(g.ip(), "IP_ADDRESS"), "latency_ms": D(r.randint(5, 900), "MS", q=False)}
    if g.chance(0.3):
        del obj["user"]["email"]
        obj["mfa"] = "webauthn"
    return js(obj)


def j_camel_order(g):
    r, d = g.r, g.dt()
    obj = {"timestamp": D(int(d.timestamp() * 1000), "TS", q=False), "level": "INFO", "logger": "OrderService",
           "message": "order created", "orderId": D(g.luhn_id(), "LUHN_ID"),
           "userName": S(g.cn_name() if g.chance(0.5) else g.en_name(), "PERSON"),
           "phoneNumber": S(g.any_phone(), "PHONE_NUMBER"), "totalAmount": D(g.amount(5, 3000, False), "AMOUNT", q=False)}
    if g.chance(0.3):
        del obj["phoneNumber"]
    return js(obj, compact=True)


def j_customer_contact(g):
    r, d = g.r, g.dt()
    name = g.en_name()
    obj = {"time": ts_iso(d), "msg": "shipment created",
           "customer": {"full_name": S(name, "PERSON"),
                        "contact": {"phone": S(g.intl_phone(), "PHONE_NUMBER"), "email": S(g.email(name), "EMAIL_ADDRESS")}},
           "sku": D(f"SKU-{g.digits(5)}-{g.pick(['BLK', 'WHT', 'RED'])}-{g.pick(['S', 'M', 'XL'])}", "SKU"),
           "product": D(g.pick(["Dyson V15 Detect", "Kindle Paperwhite", "AirPods Pro 2", "Nintendo Switch OLED", "Xiaomi 14 Ultra"]), "PRODUCT"),
           "qty": r.randint(1, 4)}
    return js(obj)


def j_payment(g):
    r, d = g.r, g.dt()
    brand, num = g.card()
    obj = {"event": "payment.authorized", "id": f"evt_{g.chars(24, ALNUM)}",
           "card": {"holder": S(g.en_name(), "PERSON"), "number": S(g.fmt_card(num, g.pick(["", " "])), "CREDIT_CARD"),
                    "brand": brand, "exp": f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"},
           "txn_id": D(g.luhn_id(), "LUHN_ID"), "amount": {"value": D(r.randint(100, 99999), "AMOUNT", q=False), "currency": g.pick(["USD", "EUR", "CNY"])}}
    return js(obj)


def j_cn_express(g):
    d = g.dt()
    obj = {"运单号": D(g.waybill(), "WAYBILL"), "收件人": S(g.cn_name(), "PERSON"), "联系电话": S(g.cn_mobile(), "PHONE_NUMBER"),
           "寄件网点": g.pick(["深圳宝安", "杭州余杭", "上海浦东", "成都武侯"]), "状态": g.pick(["派送中", "已揽收", "已签收"]),
           "更新时间": ts_sql(d, 0)}
    return js(obj, compact=g.chance(0.5))


def j_bulk_invite(g):
    r = g.r
    obj = {"action": "bulk_invite", "org": "acme",
           "invited": [{"email": S(g.email(), "EMAIL_ADDRESS"), "role": "member"},
                       {"email": S(g.email(cn=True), "EMAIL_ADDRESS"), "role": "viewer"}],
           "invited_by": S(g.login(), "PERSON") if g.chance(0.5) else D("admin", "ROLE_ACCOUNT"),
           "count": 2}
    return js(obj)


def j_sms_notify(g):
    obj = {"channel": "sms", "recipient": S(g.intl_phone(fmt=PhoneNumberFormat.E164), "PHONE_NUMBER"),
           "template": g.pick(["ORDER_SHIPPED", "APPOINTMENT_REMINDER", "DELIVERY_ETA"]), "provider": "twilio",
           "sid": D("SM" + g.hexs(32), "MSG_ID"), "status": "queued"}
    return js(obj)


def j_token(g):
    r = g.r
    obj = {"level": "debug", "msg": "token issued", "sub": S(g.email(), "EMAIL_ADDRESS"),
           "access_token": S(g.jwt(), "CREDENTIAL"), "expires_in": D(g.pick([900, 3600, 7200]), "SECONDS", q=False),
           "scope": "read write"}
    return js(obj, compact=True)


def j_kyc(g):
    if g.chance(0.3):
        obj = {"kyc": {"legalName": S(g.en_name("en_US"), "PERSON"), "ssn": S(g.ssn(), "US_SSN"), "country": "US"},
               "status": g.pick(["PENDING", "PASSED", "MANUAL_REVIEW"]), "requestId": D(g.uuid(), "UUID")}
        return js(obj)
    obj = {"kyc": {"name": S(g.cn_name(), "PERSON"), "idNo": S(g.cn_id(), "CN_RESIDENT_ID")},
           "status": g.pick(["PENDING", "PASSED", "MANUAL_REVIEW"]), "requestId": D(g.uuid(), "UUID")}
    if g.chance(0.5):
        obj["kyc"]["passportNo"] = S(g.passport(), "PASSPORT")
    return js(obj)


def j_sepa(g):
    d = g.dt()
    obj = {"type": "sepa_credit_transfer",
           "beneficiary": {"name": S(g.en_name(g.pick(["de_DE", "en_GB", "en_US"])), "PERSON"), "iban": S(g.iban(), "IBAN_CODE")},
           "reference": D(f"INV-{d:%Y}-{g.digits(5)}", "INVOICE"), "amount": D(g.amount(50, 9000, False), "AMOUNT"), "currency": "EUR"}
    return js(obj)


def j_parking(g):
    d = g.dt()
    obj = {"plate": S(g.plate(), "LICENSE_PLATE"), "gate": g.pick(["北门入口", "B2出口", "东侧车道"]),
           "inTime": ts_sql(d, 0), "fee": D(g.amount(0, 80, False), "AMOUNT")}
    if g.chance(0.5):
        obj["ownerPhone"] = S(g.cn_mobile(0), "PHONE_NUMBER")
    return js(obj, compact=True)


def j_k8s_noise(g):
    r, d = g.r, g.dt()
    obj = {"level": "info", "ts": D(f"{d.timestamp():.6f}", "TS", q=False), "caller": f"deployment/controller.go:{r.randint(100, 400)}",
           "msg": "reconciled", "namespace": "prod", "name": g.pick(["web", "api", "worker"]),
           "generation": D(r.randint(1, 900), "GEN", q=False), "duration": D(f"{r.uniform(0.1, 90):.1f}ms", "MS")}
    return js(obj, compact=True)


def j_audit_actor(g):
    d = g.dt()
    obj = {"actor": {"login": S(g.login(), "PERSON"), "ip": S(g.ip(), "IP_ADDRESS")},
           "action": g.pick(["repo.delete", "member.remove", "secret.read", "branch.protect"]),
           "target": {"repo": "acme/web-frontend"}, "created_at": D(int(d.timestamp() * 1000), "TS", q=False)}
    return js(obj)


def j_mobile(g):
    obj = {"deviceId": D(g.uuid().upper(), "UUID"), "appVersion": D(g.ver().lstrip("v"), "VER"), "event": "app_open",
           "user": {"realName": S(g.cn_name(), "PERSON"), "mobile": S(g.cn_mobile(6), "PHONE_NUMBER")}}
    return js(obj, compact=True)


def j_hotel(g):
    r, d = g.r, g.dt()
    sur = g.pick(PINYIN_SUR).upper()
    g1 = f"{sur} {g.pick(PINYIN_GIV).upper()}"
    g2 = f"{sur} {g.pick(PINYIN_GIV).upper()}" if g.chance(0.5) else g.en_name()
    if g2 == g1:
        g2 = g.en_name()
    obj = {"bookingId": D(g.id18(d), "ID18"), "hotel": g.pick(["Hilton Shenzhen", "Atour 上海虹桥", "Ibis Hangzhou"]),
           "guests": [{"guestName": S(g1, "PERSON"), "passport": S(g.passport(), "PASSPORT")},
                      {"guestName": S(g2, "PERSON")}],
           "nights": r.randint(1, 6)}
    return js(obj)


def j_logstash(g):
    r, d = g.r, g.dt()
    msg = ["User ", S(g.email(), "EMAIL_ADDRESS"), " changed password"] if g.chance(0.6) else \
        [f"health check ok ({g.pick(['db', 'redis', 'queue'])})"]
    p = ['{"@timestamp":"', ts_iso(d), '","host":{"name":"', D(g.host(), "HOSTNAME"), '"},"message":"'] + msg + \
        ['","http":{"request":{"method":"', g.pick(["POST", "GET"]), '"},"response":{"status_code":',
         D(g.pick(["200", "204", "302"]), "STATUS"), '}}}']
    return p


# ==========================================================================
# Chinese business / ops lines
# ==========================================================================

BUILDINGS = ["3号楼东门", "A座大堂", "B区2单元", "地下车库B1入口", "研发楼南门", "宿舍5栋"]


def c_access(g):
    r, d = g.r, g.dt()
    v = r.randrange(3)
    dev = f"DG-{g.digits(4)}"
    if v == 0:
        return [ts_sql(d, 0), f" [门禁] {g.pick(BUILDINGS)} 人脸识别通过 人员:", S(g.cn_name(), "PERSON"),
                " 相似度:", D(f"0.{r.randint(86, 99)}{r.randint(0, 9)}", "SCORE"), " 设备:", D(dev, "DEVICE")]
    if v == 1:
        return [f"门禁控制器{dev}记录：访客", S(g.cn_name(), "PERSON"), "使用临时二维码开门，",
                f"有效期至{(d + timedelta(hours=4)):%H:%M}，被访人", S(g.cn_name(), "PERSON")]
    return [f"[门禁告警] {ts_sql(d, 0)} {g.pick(BUILDINGS)} 消防通道门被强行打开，持续 ",
            D(str(r.randint(5, 300)), "SECONDS"), " 秒，未识别到人员，设备 ", D(dev, "DEVICE")]


def c_patrol(g):
    r, d = g.r, g.dt()
    if g.chance(0.5):
        return ["巡更记录：保安", S(g.cn_name(), "PERSON"), f"于{d:%H:%M}到达{g.pick(['B2停车场', '东区花园', '配电房', '7号楼天台'])}巡更点",
                D(f"P-{r.randint(1, 40):02d}", "POINT"), "，用时", D(str(r.randint(3, 40)), "MINUTES"), "分钟，状态正常"]
    a, b = g.cn_names(2)
    return [f"【巡检】{d:%Y-%m-%d} 夜班设备巡检完成，巡检人 ", S(a, "PERSON"), "、", S(b, "PERSON"),
            f"，发现隐患 {r.randint(0, 4)} 处，已上报工单 ", D(g.ticket(d, "XJ"), "TICKET")]


def c_property(g):
    r, d = g.r, g.dt()
    owner, worker = g.cn_names(2)
    if g.chance(0.6):
        return ["【物业报修】业主", S(owner, "PERSON"), "（", S(g.cn_mobile(), "PHONE_NUMBER"), "）反映",
                g.pick(["地下车库照明故障", "电梯异响", "公共卫生间漏水", "单元门禁失灵"]), "，已派维修工",
                S(worker, "PERSON"), g.pick(["", "师傅"]) + "处理，工单号", D(g.ticket(d, "WX"), "TICKET")]
    return [f"{ts_sql(d, 0)} 物业短信下发成功 模板=物业费催缴 手机号=", S(g.cn_mobile(0), "PHONE_NUMBER"),
            " 内容长度=", D(str(r.randint(40, 140)), "COUNT"), " 批次号=", D(g.num11(), "BATCH")]


def c_express(g):
    r, d = g.r, g.dt()
    if g.chance(0.6):
        return ["[物流] 运单号 ", D(g.waybill(), "WAYBILL"), " 已签收，收件人：", S(g.cn_name(), "PERSON"),
                "，联系电话：", S(g.cn_mobile(), "PHONE_NUMBER"), f"，签收方式：{g.pick(['本人签收', '快递柜', '门卫代收', '家人代收'])}"]
    return [f"{ts_sql(d, 0)} 派件扫描 网点=深圳南山科技园 快递员=", S(g.cn_name(), "PERSON"), " 运单=",
            D(g.waybill(), "WAYBILL"), " 重量=", D(f"{r.uniform(0.1, 20):.2f}kg", "WEIGHT")]


def c_cs_ticket(g):
    d = g.dt()
    agent, caller = g.cn_names(2)
    return ["客服工单 ", D(g.ticket(d, "KF"), "TICKET"), " | 受理客服：", S(agent, "PERSON"), " | 来电人：",
            S(caller, "PERSON"), g.pick(["先生", "女士"]), " | 问题：订单 ", D(g.order_no(d), "ORDER"),
            f" 未发货 | 处理状态：{g.pick(['已升级', '待回访', '已关闭'])}"]


def c_hospital(g):
    r, d = g.r, g.dt()
    pat, doc = g.cn_names(2)
    p = ["挂号成功 患者：", S(pat, "PERSON")]
    if g.chance(0.6):
        p += [" 身份证：", S(g.cn_id(), "CN_RESIDENT_ID")]
    p += [f" 科室：{g.pick(['心内科', '消化内科', '骨科', '儿科', '皮肤科'])} 医生：", S(doc, "PERSON"),
          f" {g.pick(['主任医师', '副主任医师', '主治医师'])} 就诊时间：{d:%Y-%m-%d %H:%M} 挂号费：¥", D(g.pick(["50.00", "25.00", "100.00", "8.00"]), "AMOUNT")]
    return p


def c_hotel(g):
    r, d = g.r, g.dt()
    if g.chance(0.5):
        sur, giv = g.pick(PINYIN_SUR).upper(), g.pick(PINYIN_GIV).upper()
        guest = g.pick([f"{sur} {giv}", f"{sur}/{giv}", g.en_name(upper=True)])
        return ["[前台PMS] 房客 ", S(guest, "PERSON"), " 办理入住，证件类型：护照，证件号：", S(g.passport(), "PASSPORT"),
                "，房号 ", D(f"{r.randint(2, 30)}{r.randint(1, 40):02d}", "ROOM"), f"，预计离店 {(d + timedelta(days=r.randint(1, 5))):%Y-%m-%d}"]
    return [f"{ts_sql(d, 0)} 入住登记 房客=", S(g.cn_name(), "PERSON"), " 证件=居民身份证 ", S(g.cn_id(), "CN_RESIDENT_ID"),
            " 房型=大床房 房价=", D(g.amount(199, 1200, False), "AMOUNT")]


def c_pay_callback(g):
    d = g.dt()
    _, num = g.card("unionpay")
    order = g.luhn_id(19, "62")
    return ["【支付回调】商户订单号 ", D(order, "LUHN_ID"), f" 交易{g.pick(['成功', '成功', '失败'])}，付款人：",
            S(g.cn_name(), "PERSON"), "，卡号 ", S(g.fmt_card(num, g.pick(["", " "])), "CREDIT_CARD"), "，金额 ￥",
            D(g.amount(1, 20000), "AMOUNT")]


def c_anpr(g):
    r, d = g.r, g.dt()
    if g.chance(0.85):
        if g.chance(0.5):
            return [ts_sql(d, 0), f" [车牌识别] {g.pick(['入口1', '入口2', '北门'])} 识别车牌 ", S(g.plate(), "LICENSE_PLATE"),
                    " 置信度", D(f"0.{r.randint(850, 999)}", "SCORE"), " 抬杆成功"]
        h, m = r.randint(0, 12), r.randint(0, 59)
        return [ts_sql(d, 0), " [出口] 车辆 ", S(g.plate(), "LICENSE_PLATE"), f" 出场，停车时长 {h}小时{m}分，应收 ",
                D(g.amount(0, 120, False), "AMOUNT"), f" 元，支付方式 {g.pick(['微信', '支付宝', 'ETC'])}"]
    return [ts_sql(d, 0), " [车牌识别] 入口2 识别失败(无牌车)，置信度", D(f"0.{r.randint(100, 400)}", "SCORE"),
            "，已转人工，抓拍编号 ", D(g.id18(d), "ID18")]


def c_oncall(g):
    r, d = g.r, g.dt()
    a, b = g.cn_names(2)
    return [f"【值班交接】{d:%m月%d日} 值班：运维工程师", S(a, "PERSON"), "、", S(b, "PERSON"),
            "；告警 ", D(f"ALERT-{d:%Y%m%d}-{g.digits(3)}", "ALERT_ID"), f" 已处理，CPU 峰值 {r.randint(60, 99)}%，紧急联系人电话 ",
            S(g.cn_landline(), "PHONE_NUMBER")]


def c_approval(g):
    r, d = g.r, g.dt()
    a, b = g.cn_names(2)
    if g.chance(0.5):
        return ["审批流 ", D(f"AP-{d:%Y}-{g.digits(6)}", "FLOW_ID"), "：申请人 ", S(a, "PERSON"), " 提交差旅报销 ",
                D(g.amount(100, 20000), "AMOUNT"), " 元，审批人 ", S(b, "PERSON"), " 已通过，抄送 财务部"]
    return [f"[OA] 请假申请 #{g.digits(6)} 申请人:", S(a, "PERSON"), f" 类型:{g.pick(['年假', '病假', '调休'])} 天数:",
            D(str(r.randint(1, 10)), "DAYS"), " 当前节点:部门经理审批(", S(b, "PERSON"), "经理)"]


def c_takeout(g):
    r, d = g.r, g.dt()
    if g.chance(0.6):
        return ["[外卖] 订单 ", D(g.id18(d) if g.chance(0.5) else g.order_no(d), "ORDER"), " 骑手", S(g.cn_name(), "PERSON"),
                "（", S(g.cn_mobile(g.pick([0, 2, 3])), "PHONE_NUMBER"), f"）已取餐，预计 {(d + timedelta(minutes=r.randint(15, 50))):%H:%M} 送达"]
    return [f"{ts_sql(d, 0)} 外卖订单备注 顾客", S(g.cn_name(), "PERSON"), g.pick(["女士", "先生"]),
            f"：{g.pick(['不要香菜', '放门口就行', '少辣多醋', '到了打电话'])}，商品 ", D(f"{r.randint(1, 5)}件", "QTY")]


def c_login_fail(g):
    r, d = g.r, g.dt()
    if g.chance(0.6):
        return ["用户 ", S(g.login(), "PERSON"), f" 于 {ts_sql(d, 0)} 从 IP ", S(g.ipv4(), "IP_ADDRESS"),
                " 登录失败，原因：密码错误（输入密码 ", S(g.password(), "CREDENTIAL"), "）"]
    return ["账号 ", S(g.login(), "PERSON"), " 重置密码成功，新密码已通过短信发送至 ", S(g.cn_mobile(), "PHONE_NUMBER"),
            "，操作耗时 ", D(f"{r.randint(20, 900)}ms", "MS")]


def c_roster(g):
    a, b, c = g.cn_names(3)
    role = g.pick(["夜班护士", "今日值日生", "本周保洁", "急诊值班医生"])
    return [f"{role}：", S(a, "PERSON"), "、", S(b, "PERSON"), "、", S(c, "PERSON"),
            g.pick(["（护士长审核）", "，如需调班请提前一天申请", "。"])]


def c_line_start(g):
    r, d = g.r, g.dt()
    if g.chance(0.5):
        return [S(g.cn_name(), "PERSON"), " 已完成安全培训考核，得分 ", D(str(r.randint(60, 100)), "SCORE"),
                " 分，证书编号 ", D(f"AQ-{d:%Y}-{g.digits(4)}", "CERT_NO")]
    return [S(g.cn_name(), "PERSON"), f"，您的包裹已到达{g.pick(['菜鸟驿站', '丰巢柜', '小区门卫室'])}，货架号 ",
            D(f"{g.pick('ABC')}-{r.randint(1, 9)}-{r.randint(1, 40)}", "SHELF"), "，请于 ", D(f"{(d + timedelta(days=2)):%m-%d}", "DATE"), " 前领取"]


def c_remit(g):
    d = g.dt()
    cc = g.pick(["DE", "GB", "FR", "NL", "IT"])
    loc = {"DE": "de_DE", "GB": "en_GB"}.get(cc, "en_US")
    return ["跨境汇款：收款人 ", S(g.en_name(loc), "PERSON"), "，IBAN ", S(g.iban(cc), "IBAN_CODE"), "，金额 EUR ",
            D(g.amount(100, 50000), "AMOUNT"), "，流水号 ", D(g.id18(d), "ID18")]


def c_realname(g):
    seps = g.pick([("=", " "), ("：", "，"), (":", " | ")])
    k, s = seps
    return [f"实名认证通过 姓名{k}", S(g.cn_name(), "PERSON"), f"{s}身份证号{k}", S(g.cn_id(), "CN_RESIDENT_ID"),
            f"{s}手机{k}", S(g.cn_mobile(g.pick([0, 4, 5])), "PHONE_NUMBER")]


def c_inspect_noise(g):
    r, d = g.r, g.dt()
    if g.chance(0.5):
        return [f"[系统巡检] {ts_sql(d, 0)} 主机 ", D(g.host(), "HOSTNAME"), " 磁盘使用率 ", D(f"{r.randint(20, 95)}%", "PCT"),
                f"，内存 {r.uniform(1, 30):.1f}G/32G，负载 ", D(f"{r.uniform(0, 8):.2f}", "LOAD"), "，巡检结果：正常"]
    return [f"定时任务 {g.pick(['订单对账', '日志归档', '库存同步'])} 执行完成，处理 ", D(str(r.randint(100, 900000)), "COUNT"),
            " 条记录，耗时 ", D(f"{r.randint(50, 90000)}ms", "MS"), "，版本 ", D(g.ver(), "VER")]


def c_callcenter(g):
    r, d = g.r, g.dt()
    return ["来电 ", S(g.cn_landline(), "PHONE_NUMBER"), f" 转接至客服{g.pick(['经理', '专员', '主管'])}", S(g.cn_name(), "PERSON"),
            "，通话时长 ", D(f"00:{r.randint(0, 30):02d}:{r.randint(0, 59):02d}", "DURATION"), "，满意度 ",
            D(str(r.randint(1, 5)), "SCORE")]


def c_tw_booking(g):
    r, d = g.r, g.dt()
    return ["訂房確認：", S(g.cn_name(tw=True), "PERSON"), f" {g.pick(['先生', '小姐', '女士'])}，入住 {d:%Y/%m/%d}，共 {r.randint(1, 5)} 晚，聯絡電話 ",
            S(g.tw_mobile(), "PHONE_NUMBER"), "，訂單編號 ", D(f"TW{g.digits(10)}", "ORDER")]


def c_monthly_card(g):
    r, d = g.r, g.dt()
    return ["车主：", S(g.cn_name(), "PERSON"), g.pick(["先生", "女士"]), "，车牌 ", S(g.plate(ne=True), "LICENSE_PLATE"),
            f"（新能源），月卡到期 {(d + timedelta(days=r.randint(1, 300))):%Y-%m-%d}，剩余 ", D(str(r.randint(1, 300)), "DAYS"), " 天"]


def c_bank_counter(g):
    d = g.dt()
    clerk, cust = g.cn_names(2)
    return ["[柜面] 经办人:", S(clerk, "PERSON"), " 为客户 ", S(cust, "PERSON"), f" 办理{g.pick(['开户', '挂失', '大额取款'])}，证件号 ",
            S(g.cn_id(), "CN_RESIDENT_ID"), "，业务流水 ", D(g.order_no(d), "SERIAL")]


def c_visitor(g):
    r, d = g.r, g.dt()
    return ["访客登记：来访人 ", S(g.cn_name(), "PERSON"), "（手机 ", S(g.cn_mobile(), "PHONE_NUMBER"), "，车牌 ",
            S(g.plate(), "LICENSE_PLATE"), f"）拜访{g.pick(['研发部', '财务部', '3楼会议室'])}，登记时间 {d:%H:%M}"]


def c_alert(g):
    r, d = g.r, g.dt()
    return [f"[告警][P{r.randint(1, 3)}] ", D(g.host(), "HOSTNAME"), f" 内存使用率 {r.randint(85, 99)}%，已电话通知值班人 ",
            S(g.cn_name(), "PERSON"), "（", S(g.cn_mobile(), "PHONE_NUMBER"), "），告警ID ", D(f"ALT-{g.digits(11, '2')}", "ALERT_ID")]


# --------------------------------------------------------------------------

TEMPLATES = [
    # (name, category, function)
    ("nginx_access", "en", t_nginx_access),
    ("apache_combined", "en", t_apache_combined),
    ("sshd_auth", "en", t_sshd),
    ("sudo_su", "en", t_sudo),
    ("syslog_rfc5424", "en", t_syslog5424),
    ("postfix_dovecot", "en", t_postfix),
    ("spring_logback_mdc", "en", t_logback_mdc),
    ("spring_card_error", "en", t_spring_card),
    ("python_logging_auth", "en", t_python_auth),
    ("python_basicconfig", "en", t_python_basic),
    ("http_request_dump", "en", t_http_dump),
    ("requests_header_repr", "en", t_requests_headers),
    ("docker_json_nginx_error", "en", t_docker_nginx_error),
    ("cri_k8s_logfmt", "en", t_cri_k8s),
    ("logfmt", "en", t_logfmt),
    ("csv_audit", "en", t_csv_audit),
    ("db_error_dsn", "en", t_db_error),
    ("mysql_error_log", "en", t_mysql_log),
    ("windows_security_event", "en", t_windows_event),
    ("hr_payroll", "en", t_hr_payroll),
    ("enrollment_api_body", "en", t_enrollment_api),
    ("klog_probe_noise", "en", t_klog_noise),
    ("jvm_gc_noise", "en", t_gc_noise),
    ("cron_systemd", "en", t_cron_systemd),
    ("json_login_event", "json", j_login),
    ("json_camel_order", "json", j_camel_order),
    ("json_customer_contact", "json", j_customer_contact),
    ("json_payment_card", "json", j_payment),
    ("json_cn_express", "json", j_cn_express),
    ("json_bulk_invite", "json", j_bulk_invite),
    ("json_sms_notify", "json", j_sms_notify),
    ("json_token_issued", "json", j_token),
    ("json_kyc", "json", j_kyc),
    ("json_sepa", "json", j_sepa),
    ("json_parking", "json", j_parking),
    ("json_k8s_noise", "json", j_k8s_noise),
    ("json_audit_actor", "json", j_audit_actor),
    ("json_mobile_app", "json", j_mobile),
    ("json_hotel_booking", "json", j_hotel),
    ("json_logstash", "json", j_logstash),
    ("zh_access_control", "zh", c_access),
    ("zh_patrol", "zh", c_patrol),
    ("zh_property", "zh", c_property),
    ("zh_express", "zh", c_express),
    ("zh_cs_ticket", "zh", c_cs_ticket),
    ("zh_hospital", "zh", c_hospital),
    ("zh_hotel_checkin", "zh", c_hotel),
    ("zh_pay_callback", "zh", c_pay_callback),
    ("zh_anpr", "zh", c_anpr),
    ("zh_oncall_handover", "zh", c_oncall),
    ("zh_approval", "zh", c_approval),
    ("zh_takeout", "zh", c_takeout),
    ("zh_login_fail", "zh", c_login_fail),
    ("zh_roster", "zh", c_roster),
    ("zh_line_start_name", "zh", c_line_start),
    ("zh_remittance", "zh", c_remit),
    ("zh_realname", "zh", c_realname),
    ("zh_inspect_noise", "zh", c_inspect_noise),
    ("zh_callcenter", "zh", c_callcenter),
    ("zh_tw_booking", "zh", c_tw_booking),
    ("zh_monthly_card", "zh", c_monthly_card),
    ("zh_bank_counter", "zh", c_bank_counter),
    ("zh_visitor", "zh", c_visitor),
    ("zh_alert", "zh", c_alert),
]
CATEGORY_WEIGHT = {"en": 0.35, "json": 0.25, "zh": 0.40}
_BY_CAT = {c: [i for i, t in enumerate(TEMPLATES) if t[1] == c] for c in CATEGORY_WEIGHT}


def make_line(g: G, idx: int) -> dict:
    fn = TEMPLATES[idx][2]
    for _ in range(30):
        text, spans, decoys = assemble(fn(g))
        if check_line(text, spans, decoys) is None:
            for s, e, _ in spans + decoys:
                assert 0 <= s < e <= len(text)
            return {"text": text, "spans": spans, "decoys": decoys, "template": idx}
    raise RuntimeError(f"template {TEMPLATES[idx][0]}: {check_line(text, spans, decoys)}: {text}")


def blind_log(n: int = 6000, seed: int = 21) -> list[dict]:
    """n synthetic log lines with planted personal values and decoys."""
    g = G(seed)
    cats = list(CATEGORY_WEIGHT)
    weights = [CATEGORY_WEIGHT[c] for c in cats]
    out = []
    for _ in range(n):
        cat = g.r.choices(cats, weights)[0]
        out.append(make_line(g, g.r.choice(_BY_CAT[cat])))
    return out


def validate(rows) -> None:
    """Checksums of planted values and decoys (run by __main__)."""
    for row in rows:
        text = row["text"]
        for s, e, t in row["spans"]:
            v = text[s:e]
            if t == "CREDIT_CARD":
                dg = "".join(c for c in v if c.isdigit())
                assert 13 <= len(dg) <= 19 and luhn_ok(dg), v
            elif t == "CN_RESIDENT_ID":
                assert len(v) == 18 and cn_id_check(v[:17]) == v[17], v
            elif t == "IBAN_CODE":
                assert iban_ok(v.replace(" ", "")), v
            elif t == "US_SSN":
                dg = v.replace("-", "")
                assert len(dg) == 9 and dg[:3] not in ("000", "666") and dg[3:5] != "00" and dg[5:] != "0000", v
        for s, e, k in row["decoys"]:
            v = text[s:e]
            if k == "LUHN_ID":
                assert v.isdigit() and 16 <= len(v) <= 19 and luhn_ok(v), v
            elif k == "ID18":
                assert len(v) == 18 and cn_id_check(v[:17]) != v[17], v


def mark(row: dict) -> str:
    text = row["text"]
    labels = sorted([(s, e, t, "S") for s, e, t in row["spans"]] + [(s, e, k, "D") for s, e, k in row["decoys"]])
    out, pos = [], 0
    for s, e, lab, tag in labels:
        out.append(text[pos:s])
        out.append(f"[[{text[s:e]}|{lab}]]" if tag == "S" else f"<<{text[s:e]}|{lab}>>")
        pos = e
    out.append(text[pos:])
    return "".join(out)


if __name__ == "__main__":
    import signal

    if hasattr(signal, "SIGPIPE"):  # quiet under `| head`
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    t0 = time.perf_counter()
    rows = blind_log(n, 21)
    dt = time.perf_counter() - t0
    validate(rows)
    by_t = {}
    for row in rows:
        by_t.setdefault(row["template"], []).append(row)
    print("# [[value|TYPE]] = planted span, <<value|KIND>> = decoy")
    for i, (name, cat, _) in enumerate(TEMPLATES):
        print(f"== {i} {name} ({cat}) n={len(by_t.get(i, []))}")
        for row in by_t.get(i, [])[:3]:
            print("  " + mark(row))
    types = Counter(t for row in rows for _, _, t in row["spans"])
    kinds = Counter(k for row in rows for _, _, k in row["decoys"])
    cats = Counter(TEMPLATES[row["template"]][1] for row in rows)
    print(f"\n# {len(rows)} lines, {len(TEMPLATES)} templates, generated in {dt:.2f}s")
    print("# categories:", dict(cats))
    print("# lines without spans:", sum(1 for row in rows if not row["spans"]))
    print("# TYPE counts:")
    for t, c in types.most_common():
        print(f"  {t:16s} {c}")
    print("# KIND counts:")
    for k, c in kinds.most_common():
        print(f"  {k:16s} {c}")
