"""Blind held-out evaluation set no. 4 for the log-file PII redactor.

Provenance: written blind by a helper session on 2026-12-05, without reading
the redactor, its rules, its tests, its docs or any other evaluation set.  The
templates come only from the author's knowledge of what real systems log.

Every value is synthetic: names, e-mails and places come from Faker (locales
en_US, en_GB, de_DE, fr_FR, es_ES, zh_CN, zh_TW, ja_JP); phone numbers are
random digits accepted by ``phonenumbers.is_valid_number``; card numbers,
Chinese resident ids, IBANs and SKUs get generated check digits (Luhn,
GB 11643, ISO 7064 mod 97); SSNs follow the area/group/serial rules; keys,
tokens and passwords are random strings with the usual vendor prefixes.

Template families (index: system), in the fixed order of ``TEMPLATE_NAMES``:

English / ops logs
   0 Android logcat            1 iOS app (NSLog)          2 Twilio SMS gateway
   3 Postfix                   4 raw e-mail headers       5 DNS query log (BIND/dnsmasq/unbound)
   6 DHCP leases (dnsmasq/dhcpd/Kea)                      7 WireGuard
   8 Stripe webhook (Laravel)  9 Jira / Zendesk audit    10 Salesforce debug log
  11 US pharmacy dispensing   12 airline PNR / APIS      13 hotel PMS interface
  14 car-rental contracts     15 game server             16 smart-lock / IoT
  17 PostgreSQL               18 Redis                   19 Python traceback / config
  20 Java / Spring exception  21 git log                 22 Docker / containerd
  23 Elasticsearch slow log   24 Node API (GraphQL, JWT) 25 S3 presigned URLs / boto
Structured
  26 PayPal IPN (form vars)   27 HL7 v2 segments         28 FHIR JSON
  29 Slack / M365 audit JSON  30 HR / payroll CSV rows   31 Asterisk CDR CSV
  32 .env dump (key=value)    33 logfmt (Heroku/app)     34 XML (SEPA pain.001, SOAP)
  35 YAML-ish / Rails params dump
Chinese business / government / public security
  36 110接处警               37 巡逻盘查                38 网约车派单
  39 顺风车安全中心           40 共享单车                41 12306购票
  42 航空值机                 43 医保结算                44 医院挂号(HIS)
  45 电子病历摘要             46 快递柜投递              47 社区网格员走访
  48 物业报修/门禁            49 水电燃气缴费            50 电信营业厅受理
  51 招聘简历投递             52 婚恋平台风控            53 安全事件分析报告
  54 客服工单                 55 短信验证码网关          56 微信支付
  57 支付宝                   58 停车场车牌识别          59 交通违法记录
  60 App埋点(JSON)            61 OA付款审批              62 网吧实名上网
  63 诉讼电子送达             64 台灣電子發票(zh_TW)

Records: ``{"text", "spans", "decoys", "template"}``; spans are
``[start, end, TYPE]`` over planted personal values, decoys are
``[start, end, KIND]`` over non-personal look-alikes (order numbers, hashes,
masked values, hotlines, role accounts, public figures, places, OTP codes,
bind addresses ...).  About one line in ten carries no planted value.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import re
import unicodedata
import uuid
from collections import Counter
from datetime import datetime, timedelta
from itertools import pairwise

import phonenumbers
from faker import Faker

TYPES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "PERSON",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "CN_RESIDENT_ID",
    "LICENSE_PLATE",
    "CREDENTIAL",
    "IBAN_CODE",
    "US_SSN",
    "PASSPORT",
)
EM, PH, PER, IP, CC, CNID, PLATE, CRED, IBAN, SSN, PP = TYPES

_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "zh_CN", "zh_TW", "ja_JP")
_WEST = ("en_US", "en_US", "en_US", "en_GB", "en_GB", "de_DE", "fr_FR", "es_ES")
_EPOCH0 = datetime(2024, 1, 1)
_UNIX0 = datetime(1970, 1, 1)
_SPAN_S = 670 * 86400
_BARE_RATE = 0.10


def P(value: str, typ: str) -> tuple:
    """A planted personal value."""
    return (value, typ, True)


def D(value: str, kind: str) -> tuple:
    """A decoy: looks like PII, is not."""
    return (value, kind, False)


# ---------------------------------------------------------------- constants

_CN_PFX = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
    "152", "155", "156", "157", "158", "159", "166", "173", "176", "177", "180",
    "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
)
_US_AREA = (
    "201", "206", "212", "213", "214", "305", "310", "312", "404", "415", "503",
    "512", "602", "617", "646", "702", "713", "718", "773", "805", "917", "919",
)
_DE_PFX = ("151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179")
_CC_OF = {"CN": 86, "US": 1, "GB": 44, "DE": 49, "FR": 33, "ES": 34, "JP": 81, "TW": 886}
_REGION_OF_LOC = {
    "en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES",
    "zh_CN": "CN", "zh_TW": "TW", "ja_JP": "JP",
}
_MAIL_DOMAINS = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"),
    "en_GB": ("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com", "yahoo.co.uk"),
    "de_DE": ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"),
    "es_ES": ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"),
    "ja_JP": ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"),
}
_WORK_DOMAINS = ("northwind-labs.com", "contoso-retail.com", "fabrikam.io", "tailspin.co.uk", "lumen-health.org", "brightpath.de")
_CN_AREAS = (
    "110101", "110105", "110108", "120101", "130102", "210102", "230103", "310101", "310104", "310115",
    "320102", "320106", "330102", "330106", "340104", "350203", "370202", "410105", "420106", "430104",
    "440103", "440106", "440305", "440306", "450103", "500103", "510104", "510107", "530102", "610113",
)
_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16, "AT": 20, "CH": 21}
_PW_WORDS = (
    "Summer", "Winter", "Dragon", "Sunshine", "Monkey", "Shadow", "Football", "Welcome", "Hunter",
    "Tigger", "Autumn", "Pepper", "Ginger", "Lucky", "Bailey", "Maggie", "Falcon", "Orange", "Rocket",
)
_PINYIN = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo")
_GAMERTAGS = (
    "ShadowFox", "xXSniperXx", "NoobMaster", "PixelPanda", "CreeperKing", "LavaLord", "FrostByte",
    "NightOwl", "TurboSloth", "IronGolem", "BlockHead", "DiamondDigger", "EnderWolf", "QuietStorm",
)
_HOTLINES_CN = ("95588", "95533", "95555", "95566", "10086", "10010", "10000", "12345", "12306", "95598", "400-820-8820", "400-610-0000")
_HOTLINES_US = ("1-800-275-2273", "1-800-432-1000", "1-888-280-4331", "1-800-922-0204", "1-877-726-2663")
_CN_PLACES = (
    "中山路与解放路交叉口", "中山北路地铁站C口", "鲁迅公园北门", "黄兴路步行街", "张江高科地铁站", "人民广场",
    "徐家汇港汇广场", "五角场万达广场", "中关村大街", "天府广场", "西湖文化广场", "解放碑步行街", "中山公园",
)
_WEST_PLACES = ("Washington Ave", "Lincoln Park", "Jackson Heights", "Madison Square", "Kennedy Blvd", "Jefferson St", "Victoria Rd")
_COMPANIES = ("Morgan Stanley", "Johnson & Johnson", "Goldman Sachs", "Wells Fargo", "Ernst & Young", "Marks & Spencer", "Dow Jones")
_FIGURES = ("Abraham Lincoln", "Marie Curie", "Albert Einstein", "Isaac Newton", "Ada Lovelace", "Napoleon Bonaparte")
_CN_FIGURES = ("李白", "杜甫", "孙中山", "鲁迅", "岳飞", "诸葛亮", "苏轼", "郑和")
_CN_GIVEN_M = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "辉", "鹏", "建国", "建华",
    "志强", "海涛", "俊杰", "文博", "浩然", "子轩", "宇航", "立新", "永刚", "国栋",
)
_CN_GIVEN_F = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "秀英", "桂英", "丽娟", "海燕", "淑华",
    "玉兰", "晓燕", "欣怡", "梓涵", "雨萱", "佳琪", "美玲", "静怡", "红梅", "桂兰",
)
_ROLE_LOGINS = ("root", "admin", "postgres", "www-data", "svc-backup", "nobody", "deploy", "ubuntu")


# ---------------------------------------------------------------- check digits

def _luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if _luhn_ok(partial + c):
            return partial + c
    raise AssertionError("unreachable")


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_C = "10X98765432"


def _id_check(s17: str) -> str:
    return _ID_C[sum(int(a) * w for a, w in zip(s17, _ID_W)) % 11]


def _cn_id_ok(s: str) -> bool:
    if not re.fullmatch(r"[1-8]\d{16}[\dX]", s) or _id_check(s[:17]) != s[17]:
        return False
    try:
        born = datetime.strptime(s[6:14], "%Y%m%d")
    except ValueError:
        return False
    return 1900 <= born.year <= 2024


def _iban_mod(s: str) -> int:
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def _iban_ok(s: str) -> bool:
    c = s.replace(" ", "")
    return (
        re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) is not None
        and _IBAN_LEN.get(c[:2]) == len(c)
        and _iban_mod(c) == 1
    )


def _ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def _phone_ok(s: str) -> bool:
    if not re.fullmatch(r"[+()\d][\d\s().-]{6,22}", s):
        return False
    cands = [(s, None)] if s.startswith("+") else [(s, r) for r in _CC_OF]
    if s.isdigit():
        cands.append(("+" + s, None))
    for text, region in cands:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _ip_ok(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
    except ValueError:
        return False
    return True


_PLATE_RES = (
    r"[" + _PROV + r"][A-HJ-NP-Z][·\s]?[A-HJ-NP-Z0-9]{5}",
    r"[" + _PROV + r"][A-HJ-NP-Z][·\s]?[DF][A-HJ-NP-Z0-9]\d{4}",
    r"[A-Z]{2}\d{2} ?[A-Z]{3}",
    r"[1-9][A-Z]{3}\d{3}",
    r"[A-Z]{3}[- ]\d{4}",
    r"[A-Z]{1,3}-[A-Z]{1,2} \d{1,4}",
)
_PASSPORT_RES = (
    r"E[0-9A-HJ-NP-Z]\d{7}",
    r"[A-Z]?\d{8,9}",
    r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}",
    r"\d{2}[A-Z]{2}\d{5}",
    r"[A-Z]{2}\d{7}",
    r"[A-Z]{3}\d{6}",
)
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+(?:@|%40)[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def _value_ok(value: str, typ: str) -> bool:
    if typ == EM:
        return _EMAIL_RE.fullmatch(value) is not None
    if typ == PH:
        return _phone_ok(value)
    if typ == PER:
        return len(value) >= 2 and not re.search(r"[\d@=:]", value) and value == value.strip()
    if typ == IP:
        return _ip_ok(value)
    if typ == CC:
        digits = re.sub(r"[ -]", "", value)
        return digits.isdigit() and 13 <= len(digits) <= 19 and _luhn_ok(digits)
    if typ == CNID:
        return _cn_id_ok(value)
    if typ == PLATE:
        return any(re.fullmatch(p, value) for p in _PLATE_RES)
    if typ == CRED:
        if value.startswith("-----BEGIN"):
            return value.endswith("-----")
        return len(value) >= 4 and not re.search(r"\s", value)
    if typ == IBAN:
        return _iban_ok(value)
    if typ == SSN:
        return _ssn_ok(value)
    if typ == PP:
        return any(re.fullmatch(p, value) for p in _PASSPORT_RES)
    return False


def _fold(s: str) -> str:
    s = s.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()


def _ms(d: datetime) -> str:
    return f"{d.microsecond // 1000:03d}"


def _iso(d: datetime) -> str:
    return f"{d:%Y-%m-%dT%H:%M:%S}.{_ms(d)}Z"


def _cnts(d: datetime) -> str:
    return f"{d:%Y-%m-%d %H:%M:%S}"


def _sys(d: datetime) -> str:
    return f"{d:%b} {d.day:2d} {d:%H:%M:%S}"


def _epoch(d: datetime) -> int:
    return int((d - _UNIX0).total_seconds())


def _b64url(obj: dict) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


# ---------------------------------------------------------------- generator state

class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.f: dict[str, Faker] = {}
        for i, loc in enumerate(_LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed * 131 + i)
            self.f[loc] = fk
        self.bare = False

    # -- basics
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, n: int, lead: bool = True) -> str:
        s = "".join(self.pick("0123456789") for _ in range(n))
        return (self.pick("123456789") + s[1:]) if lead and n else s

    def chars(self, n: int, alphabet: str) -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    def hexs(self, n: int) -> str:
        return self.chars(n, "0123456789abcdef")

    def alnum(self, n: int) -> str:
        return self.chars(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    def uuid4(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def dt(self) -> datetime:
        return _EPOCH0 + timedelta(seconds=self.r.randrange(_SPAN_S), microseconds=self.r.randrange(1_000_000))

    def version(self) -> str:
        return f"{self.num(1, 9)}.{self.num(0, 24)}.{self.num(0, 19)}"

    # -- names
    def west(self, loc: str | None = None) -> tuple[str, str, str]:
        loc = loc or self.pick(_WEST)
        fk = self.f[loc]
        first, last = fk.first_name(), fk.last_name()
        if loc == "es_ES" and self.chance(0.5):
            last = f"{last} {fk.last_name()}"
        return first, last, loc

    def full(self, loc: str | None = None) -> str:
        first, last, _ = self.west(loc)
        return f"{first} {last}"

    def cn(self) -> str:
        return self.f["zh_CN"].name()

    def cn_titled(self) -> tuple[str, str]:
        # Faker's zh_CN given names are not split by gender, so honorific forms use own lists.
        surname = self.f["zh_CN"].last_name()
        if self.chance(0.5):
            return surname + self.pick(_CN_GIVEN_M), "先生"
        return surname + self.pick(_CN_GIVEN_F), "女士"

    def jp(self) -> tuple[str, str]:
        fk = self.f["ja_JP"]
        return fk.first_romanized_name(), fk.last_romanized_name()

    def login(self, first: str, last: str) -> str:
        f, ln = _fold(first), _fold(last.split()[0])
        return self.pick((f[0] + ln, f"{f}.{ln}", ln + f[0], f"{f}_{ln}", f"{f[0]}.{ln}"))

    def email(self, first: str, last: str, loc: str = "en_US", work: bool = False) -> str:
        f, ln = _fold(first), _fold(last.split()[0])
        local = self.pick((f"{f}.{ln}", f[0] + ln, f + ln, f"{f}_{ln}", f"{f}.{ln}{self.num(1, 99)}", f"{ln}.{f}"))
        dom = self.pick(_WORK_DOMAINS) if work else self.pick(_MAIL_DOMAINS.get(loc, _MAIL_DOMAINS["en_US"]))
        return f"{local}@{dom}"

    def cn_email(self) -> str:
        k = self.num(0, 2)
        if k == 0:
            return f"{self.digits(self.num(6, 10))}@qq.com"
        if k == 1:
            return self.f["zh_CN"].free_email()
        fk = self.f["zh_CN"]
        return f"{fk.last_romanized_name().lower()}{fk.first_romanized_name().lower()}{self.num(1, 999)}@{self.pick(('163.com', '126.com', 'foxmail.com', 'sina.com'))}"

    def person_email(self) -> tuple[str, str]:
        first, last, loc = self.west()
        return f"{first} {last}", self.email(first, last, loc)

    # -- phones
    def _cand(self, region: str) -> str:
        if region == "CN":
            return self.pick(_CN_PFX) + self.digits(8, False)
        if region == "US":
            return self.pick(_US_AREA) + str(self.num(2, 9)) + self.digits(6, False)
        if region == "GB":
            return "7" + self.pick("45789") + self.digits(8, False)
        if region == "DE":
            return self.pick(_DE_PFX) + self.digits(self.pick((7, 8)), False)
        if region == "FR":
            return self.pick("67") + self.digits(8, False)
        if region == "ES":
            return "6" + self.digits(8, False)
        if region == "JP":
            return self.pick(("70", "80", "90")) + self.digits(8, False)
        return "9" + self.digits(8, False)  # TW

    def phone(self, region: str = "CN", style: str | None = None) -> str:
        while True:
            num = phonenumbers.parse(f"+{_CC_OF[region]}{self._cand(region)}")
            if phonenumbers.is_valid_number(num):
                break
        fmt = phonenumbers.PhoneNumberFormat
        nsn = str(num.national_number)
        if style is None:
            if region == "CN":
                style = self.pick(("plain",) * 6 + ("dash", "space", "e164", "intl"))
            else:
                style = self.pick(("nat", "nat", "intl", "e164", "plain"))
        if style == "plain":
            return nsn if region == "CN" else re.sub(r"\D", "", phonenumbers.format_number(num, fmt.NATIONAL))
        if style == "dash":
            return f"{nsn[:3]}-{nsn[3:7]}-{nsn[7:]}"
        if style == "space":
            return f"{nsn[:3]} {nsn[3:7]} {nsn[7:]}"
        if style == "e164":
            return phonenumbers.format_number(num, fmt.E164)
        if style == "intl":
            return phonenumbers.format_number(num, fmt.INTERNATIONAL)
        return phonenumbers.format_number(num, fmt.NATIONAL)

    def cn_mobile(self) -> str:
        return self.phone("CN", "plain")

    # -- ids
    def cn_id(self) -> str:
        born = datetime(1950, 1, 1) + timedelta(days=self.r.randrange(20800))
        s17 = self.pick(_CN_AREAS) + f"{born:%Y%m%d}" + f"{self.num(1, 999):03d}"
        return s17 + _id_check(s17)

    def card(self, brand: str | None = None, style: str | None = None) -> str:
        brand = brand or self.pick(("visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb", "unionpay"))
        if brand == "visa":
            num = _luhn_complete("4" + self.digits(14, False))
        elif brand == "mc":
            pre = str(self.num(51, 55)) if self.chance(0.7) else str(self.num(2221, 2720))
            num = _luhn_complete(pre + self.digits(15 - len(pre), False))
        elif brand == "amex":
            num = _luhn_complete(self.pick(("34", "37")) + self.digits(12, False))
        elif brand == "discover":
            num = _luhn_complete("6011" + self.digits(11, False))
        elif brand == "jcb":
            num = _luhn_complete(str(self.num(3528, 3589)) + self.digits(11, False))
        else:
            pre = self.pick(("622202", "621700", "622848", "623058", "621483", "622588"))
            num = _luhn_complete(pre + self.digits(self.pick((9, 12)), False))
        style = style or self.pick(("plain", "plain", "space", "dash"))
        if style == "plain" or len(num) not in (15, 16):
            return num
        sep = " " if style == "space" else "-"
        if len(num) == 15:
            return sep.join((num[:4], num[4:10], num[10:]))
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def iban(self, cc: str | None = None, spaced: bool | None = None) -> str:
        cc = cc or self.pick(("DE", "DE", "GB", "FR", "ES", "NL", "IT", "BE", "AT", "CH"))
        if cc == "GB":
            bban = self.pick(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + self.digits(14, False)
        elif cc == "NL":
            bban = self.pick(("ABNA", "INGB", "RABO", "SNSB", "TRIO")) + self.digits(10, False)
        elif cc == "IT":
            bban = self.pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") + self.digits(22, False)
        else:
            bban = self.digits(_IBAN_LEN[cc] - 4, False)
        ck = 98 - _iban_mod(cc + "00" + bban)
        s = f"{cc}{ck:02d}{bban}"
        if spaced is None:
            spaced = self.chance(0.5)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

    def ssn(self, style: str = "-") -> str:
        while True:
            a = self.num(1, 899)
            if a != 666:
                break
        g, n = self.num(1, 99), self.num(1, 9999)
        return f"{a:03d}{style}{g:02d}{style}{n:04d}"

    def passport(self, country: str = "CHN") -> str:
        if country == "CHN":
            if self.chance(0.6):
                return "E" + self.digits(8, False)
            return "E" + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7, False)
        if country in ("USA", "GBR", "TWN"):
            return self.digits(9)
        if country == "DEU":
            al = "CFGHJKLMNPRTVWXYZ"
            return self.pick(al) + self.chars(8, al + "0123456789")
        if country == "FRA":
            return self.digits(2, False) + self.chars(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(5, False)
        if country == "JPN":
            return self.pick(("TK", "TR", "TZ", "MZ", "MU")) + self.digits(7, False)
        return self.chars(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(6, False)  # ESP

    def plate_cn(self, nev: bool | None = None) -> str:
        nev = self.chance(0.3) if nev is None else nev
        head = self.pick(_PROV) + self.pick(_PLATE_L)
        sep = self.pick(("", "", "", "·"))
        if nev:
            tail = self.pick("DF") + self.pick(_PLATE_L + "0123456789") + self.digits(4, False)
        else:
            cells = [self.pick("0123456789") for _ in range(5)]
            for _ in range(self.num(0, 2)):
                cells[self.r.randrange(5)] = self.pick(_PLATE_L)
            tail = "".join(cells)
        return head + sep + tail

    def plate_west(self, kind: str | None = None) -> str:
        kind = kind or self.pick(("uk", "ca", "ny", "de"))
        ab = "ABCDEFGHJKLMNPRSTUVWXY"
        if kind == "uk":
            return self.chars(2, ab) + f"{self.pick((24, 73, 19, 69, 21, 71, 23, 15, 65))} " + self.chars(3, ab)
        if kind == "ca":
            return str(self.num(4, 9)) + self.chars(3, ab) + self.digits(3, False)
        if kind == "ny":
            return self.chars(3, ab) + "-" + self.digits(4)
        return self.pick(("M", "B", "HH", "K", "F", "S", "DO", "HD")) + "-" + self.chars(self.num(1, 2), ab) + " " + self.digits(self.num(2, 4))

    # -- network
    def ip_pub(self) -> str:
        while True:
            s = f"{self.num(1, 223)}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
            if ipaddress.ip_address(s).is_global:
                return s

    def ip_lan(self) -> str:
        k = self.num(0, 2)
        if k == 0:
            return f"192.168.{self.pick((0, 1, 1, 2, 31, 178))}.{self.num(20, 250)}"
        if k == 1:
            return f"10.{self.num(0, 40)}.{self.num(0, 255)}.{self.num(2, 250)}"
        return f"172.{self.num(16, 31)}.{self.num(0, 255)}.{self.num(2, 250)}"

    def ip6(self) -> str:
        pre = self.pick(("2a02:8109", "2409:8a1e", "240e:3b4", "2001:16b8", "2600:1700", "2a01:cb00"))
        groups = pre.split(":") + [f"{self.r.getrandbits(16):x}" for _ in range(8 - len(pre.split(":")))]
        return ipaddress.IPv6Address(":".join(groups)).compressed

    def ip_any(self) -> str:
        return self.ip6() if self.chance(0.15) else self.ip_pub()

    def mac(self) -> str:
        return ":".join(f"{self.r.getrandbits(8):02x}" for _ in range(6))

    # -- secrets
    def password(self, safe: bool = False) -> str:
        k = self.num(0, 3)
        sym = "!*" if safe else "!@#$%*"
        if k == 0:
            return self.pick(_PW_WORDS) + str(self.num(1985, 2024)) + self.pick(sym)
        if k == 1:
            return self.pick(_PINYIN) + self.pick(("520", "1314", "888", "666", "123")) + self.digits(self.num(2, 4), False)
        if k == 2:
            return "Aa" + self.digits(6, False) + self.pick(sym)
        return self.chars(self.num(12, 18), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789" + sym) + self.digits(1, False)

    def jwt(self) -> str:
        iat = _epoch(self.dt())
        head = {"alg": self.pick(("HS256", "RS256")), "typ": "JWT"}
        body = {"sub": self.uuid4(), "iat": iat, "exp": iat + 3600, "scope": self.pick(("read write", "openid profile", "orders:read"))}
        sig = self.chars(43 if head["alg"] == "HS256" else 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        return f"{_b64url(head)}.{_b64url(body)}.{sig}"

    def api_key(self, kind: str | None = None) -> str:
        kind = kind or self.pick(("stripe", "github", "slack", "google", "sendgrid", "openai"))
        if kind == "stripe":
            return "sk_live_" + self.alnum(self.pick((24, 34)))
        if kind == "github":
            return "ghp_" + self.alnum(36)
        if kind == "slack":
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24)}"
        if kind == "google":
            return "AIza" + self.chars(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        if kind == "sendgrid":
            al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
            return f"SG.{self.chars(22, al)}.{self.chars(43, al)}"
        return "sk-proj-" + self.alnum(48)

    def aws_key_id(self) -> str:
        return "AKIA" + self.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def aws_secret(self) -> str:
        return self.chars(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")

    def b64key(self, n: int = 32) -> str:
        return base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()

    def session_id(self) -> str:
        return self.hexs(32) if self.chance(0.5) else self.chars(32, "abcdefghijklmnopqrstuvwxyz0123456789")

    def pem(self) -> str:
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + self.b64key(150)
        lines = "\\n".join(body[i:i + 70] for i in range(0, len(body), 70))
        return f"-----BEGIN OPENSSH PRIVATE KEY-----\\n{lines}\\n-----END OPENSSH PRIVATE KEY-----"

    # -- decoys
    def order18(self, d: datetime | None = None) -> str:
        s = f"{(d or self.dt()):%Y%m%d}" + self.digits(10, False)
        if _id_check(s[:17]) == s[17]:
            s = s[:17] + str((int(s[17]) + 1) % 10)
        return s

    def sku16(self) -> str:
        return _luhn_complete(self.pick(("69", "48", "00", "30")) + self.digits(13, False))

    def mask_cn_phone(self, p: str) -> str:
        return p[:3] + "****" + p[-4:]

    def mask_email(self, e: str) -> str:
        local, dom = e.split("@")
        return local[0] + "***@" + dom

    def mask_id(self, s: str) -> str:
        return s[:6] + "********" + s[-4:] if self.chance(0.5) else s[:3] + "*" * 11 + s[-4:]


# ---------------------------------------------------------------- English / ops

def _t_logcat(g: _Gen) -> list:
    d = g.dt()
    pid = g.num(1200, 31000)
    head = f"{d:%m-%d %H:%M:%S}.{_ms(d)} {pid:5d} {pid + g.num(0, 400):5d} "
    pkg = g.pick(("com.northwind.rider", "de.stadtwerke.meinkonto", "com.fabrikam.shop", "fr.transports.billet", "com.lumen.health"))
    if g.bare:
        k = g.num(0, 2)
        if k == 0:
            return [head, f"I ActivityManager: Start proc {pid}:{pkg}/u0a{g.num(100, 399)} for pre-top-activity {{{pkg}/.ui.MainActivity}}"]
        if k == 1:
            return [head, f"I PackageManager: Update package {pkg} versionName=", D(g.version(), "version"), f" versionCode={g.num(1000, 99999)} installer=com.android.vending"]
        return [head, "D OkHttp  : --> POST https://api.fabrikam.io/v2/orders/", D(g.order18(d), "order_no"), " (214-byte body)"]
    k = g.num(0, 4)
    if k == 0:
        first, last, loc = g.west()
        return [head, "D AuthRepository: signIn success email=", P(g.email(first, last, loc), EM), " uid=", D(g.uuid4(), "uuid")]
    if k == 1:
        region = g.pick(("CN", "CN", "US", "DE", "GB"))
        return [head, 'I okhttp.OkHttpClient: {"phone":"', P(g.phone(region, "e164"), PH), '","smsCode":"', D(g.digits(6), "otp_code"),
                f'","deviceId":"{g.hexs(16)}","channel":"sms"}}']
    if k == 2:
        loc = g.pick(_WEST + ("ja_JP",))
        name = g.full(loc) if loc != "ja_JP" else g.f["ja_JP"].name()
        return [head, f"W ContactsSync: upsert contact rawId={g.num(10, 9999)} displayName=", P(name, PER), " number=",
                P(g.phone(_REGION_OF_LOC[loc]), PH)]
    if k == 3:
        return [head, "E PaymentSheet: confirmPayment failed card=", D("**** " + g.digits(4, False), "masked"), " holder=",
                P(g.full(), PER), " code=card_declined decline_code=insufficient_funds"]
    first, last, _ = g.west("en_US")
    return [head, "I LoginActivity: restoring last account login=", P(g.login(first, last), PER), " sso=okta remember=true build=", D(g.version(), "version")]


def _t_ios(g: _Gen) -> list:
    d = g.dt()
    app = g.pick(("Rider", "Fabrikam", "LumenHealth", "Tailspin", "Parcelly"))
    head = f"{d:%Y-%m-%d %H:%M:%S}.{d.microsecond:06d}{g.pick(('+0000', '-0700', '+0100', '+0900', '+0800'))} {app}[{g.num(300, 9000)}:{g.num(10000, 99999)}] "
    if g.bare:
        if g.chance(0.5):
            return [head, "[Network] Task <", D(g.uuid4().upper(), "uuid"), ">.<1> finished with error [-1009] Error Domain=NSURLErrorDomain Code=-1009"]
        return [head, "[App] launch complete bundleVersion=", D(g.version(), "version"), f" coldStart={g.num(300, 2400)}ms"]
    k = g.num(0, 3)
    if k == 0:
        return [head, '[Checkout] Prefill contact name="', P(g.full("en_US"), PER), '" phone="', P(g.phone("US", "intl"), PH), '"']
    if k == 1:
        relay = g.chars(10, "abcdefghijklmnopqrstuvwxyz0123456789") + "@privaterelay.appleid.com"
        email = relay if g.chance(0.5) else g.person_email()[1]
        return [head, f"[Auth] Sign in with Apple succeeded user=00{g.digits(4, False)}.{g.hexs(32)}.{g.digits(4, False)} email=", P(email, EM)]
    if k == 2:
        given, family = g.jp()
        return [head, "[Profile] PKContact didUpdate givenName=", P(given, PER), " familyName=", P(family, PER), " locale=ja_JP"]
    first, last, loc = g.west()
    return [head, "[Support] opening Zendesk chat requester=", P(g.email(first, last, loc), EM), " hotline=", D(g.pick(_HOTLINES_US), "hotline")]


def _t_twilio(g: _Gen) -> list:
    d = g.dt()
    head = f"{_iso(d)} sms-gateway[{g.num(900, 9000)}]: "
    sender = g.pick(("+18445550137", "+18335550199", "+18885550142", "+447480123456"))
    sid = "SM" + g.hexs(32)
    if g.bare:
        return [head, f"worker=sms-outbound provider=twilio queue_depth={g.num(0, 40)} lag_ms={g.num(3, 900)} from=", D(sender, "sender_number"), " status=healthy"]
    to = g.phone(g.pick(("US", "US", "GB", "DE", "FR", "ES")), "e164")
    k = g.num(0, 2)
    if k == 0:
        brand = g.pick(("Fabrikam", "Northwind", "Parcelly", "Lumen"))
        return [head, f"provider=twilio action=messages.create sid={sid} to=", P(to, PH), " from=", D(sender, "sender_number"),
                f' status=queued body="Your {brand} verification code is ', D(g.digits(6), "otp_code"), '. It expires in 10 minutes."']
    if k == 1:
        return [head, f"POST /twilio/status-callback SmsSid={sid}&SmsStatus={g.pick(('delivered', 'undelivered', 'sent'))}&To=%2B",
                P(to[1:], PH), "&From=%2B", D(sender[1:], "sender_number"), f"&ApiVersion=2010-04-01&AccountSid=AC{g.hexs(32)}"]
    return [head, f"inbound sid={sid} from=", P(to, PH), " to=", D(sender, "sender_number"), ' body="STOP" action=unsubscribe list=marketing']


def _t_postfix(g: _Gen) -> list:
    d = g.dt()
    host = g.pick(("mx1", "mail", "smtp-out-2", "mx02", "relay01"))
    pid = g.num(800, 65000)
    head = f"{_sys(d)} {host} postfix/"
    qid = g.chars(g.num(10, 11), "0123456789ABCDEF")
    if g.bare:
        k = g.num(0, 2)
        if k == 0:
            return [head, f"master[{pid}]: daemon started -- version ", D(f"3.{g.num(4, 8)}.{g.num(1, 14)}", "version"), ", configuration /etc/postfix"]
        if k == 1:
            return [head, f"qmgr[{pid}]: ", D(qid, "queue_id"), ": removed"]
        return [head, f"smtp[{pid}]: ", D(qid, "queue_id"), ": to=<", D(g.pick(("postmaster@", "abuse@", "noreply@")) + g.pick(_WORK_DOMAINS), "role_account"),
                ">, relay=none, delay=0.1, status=bounced (mail for domain loops back to myself)"]
    k = g.num(0, 4)
    if k == 0:
        first, last, loc = g.west()
        return [head, f"submission/smtpd[{pid}]: ", D(qid, "queue_id"), ": client=unknown[", P(g.ip_any(), IP), "], sasl_method=PLAIN, sasl_username=",
                P(g.email(first, last, loc, work=g.chance(0.6)), EM)]
    if k == 1:
        first, last, loc = g.west()
        return [head, f"qmgr[{pid}]: ", D(qid, "queue_id"), ": from=<", P(g.email(first, last, loc), EM), f">, size={g.num(900, 90000)}, nrcpt=1 (queue active)"]
    if k == 2:
        first, last, loc = g.west()
        return [head, f"smtp[{pid}]: ", D(qid, "queue_id"), ": to=<", P(g.email(first, last, loc, work=True), EM), ">, relay=", D("127.0.0.1", "loopback"),
                f"[127.0.0.1]:10024, delay={g.num(1, 40) / 10}, delays=0.1/0/0/0.4, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued)"]
    if k == 3:
        first, last, _ = g.west()
        rcpt = g.email(first, last, work=True)
        return [head, f"smtpd[{pid}]: NOQUEUE: reject: RCPT from unknown[", P(g.ip_pub(), IP), "]: 550 5.1.1 <", P(rcpt, EM),
                ">: Recipient address rejected: User unknown in virtual mailbox table; from=<", D("newsletter@" + g.pick(_WORK_DOMAINS), "role_account"),
                "> proto=ESMTP helo=<mail.example-shop.com>"]
    return [head, f"smtpd[{pid}]: warning: unknown[", P(g.ip_any(), IP), "]: SASL LOGIN authentication failed: ", D("UGFzc3dvcmQ6", "base64_prompt")]


def _t_mailhdr(g: _Gen) -> list:
    d = g.dt()
    pre = g.pick(("", "", f"{_iso(d)} mailscan[{g.num(100, 9999)}]: hdr ", f"{g.chars(10, '0123456789ABCDEF')}: header "))
    if g.bare:
        k = g.num(0, 3)
        if k == 0:
            return [pre, "Return-Path: <", D(g.pick(("no-reply@accounts.google.com", "noreply@github.com", "bounce@mailer.fabrikam.io")), "role_account"), ">"]
        if k == 1:
            return [pre, "Message-ID: <", D(f"CA{g.alnum(30)}@mail.gmail.com", "message_id"), ">"]
        if k == 2:
            return [pre, "List-Unsubscribe: <mailto:", D("unsubscribe@news." + g.pick(_WORK_DOMAINS), "role_account"), ">, <https://news.example-shop.com/u/", D(g.uuid4(), "uuid"), ">"]
        return [pre, "X-Mailer: Microsoft Outlook ", D(f"16.0.{g.num(10000, 18000)}", "version")]
    k = g.num(0, 5)
    first, last, loc = g.west()
    email = g.email(first, last, loc)
    if k == 0:
        name = f"{last}, {first}" if g.chance(0.4) else f"{first} {last}"
        return [pre, 'From: "', P(name, PER), '" <', P(email, EM), ">"]
    if k == 1:
        return [pre, "Reply-To: ", P(f"{first} {last}", PER), " <", P(email, EM), ">"]
    if k == 2:
        f2, l2, loc2 = g.west()
        return [pre, "To: ", P(email, EM), ', "', P(f"{l2}, {f2}", PER), '" <', P(g.email(f2, l2, loc2, work=True), EM), ">"]
    if k == 3:
        return [pre, "X-Originating-IP: [", P(g.ip_pub(), IP), "]"]
    if k == 4:
        return [pre, "Received: from [", P(g.ip_lan(), IP), "] (p", g.hexs(8), ".dip0.t-ipconnect.de [", P(g.ip_pub(), IP),
                f"]) by smtp.web.de (mrweb{g.num(1, 120):03d}) with ESMTPSA (Nemesis) id 1M{g.alnum(6)}-1t{g.alnum(10)}; {d:%a, %d %b %Y %H:%M:%S} +0100"]
    return [pre, "Disposition-Notification-To: ", P(f"{first} {last}", PER), " <", P(email, EM), ">"]


def _t_dns(g: _Gen) -> list:
    d = g.dt()
    q = g.pick(("www.google.com", "api.spotify.com", "time.apple.com", "graph.facebook.com", "wpad.lan", "cdn.jsdelivr.net",
                "connectivitycheck.gstatic.com", "login.microsoftonline.com", "outlook.office365.com", "pool.ntp.org"))
    qt = g.pick(("A", "AAAA", "HTTPS", "A", "AAAA"))
    if g.bare:
        k = g.num(0, 1)
        if k == 0:
            return [f"{d:%d-%b-%Y %H:%M:%S}.{_ms(d)} general: info: zone corp.example/IN: loaded serial ", D(f"{d:%Y%m%d}{g.num(1, 9):02d}", "timestamp_digits")]
        return [f"{_sys(d)} dnsmasq[{g.num(300, 9000)}]: forwarded {q} to ", D(g.pick(("1.1.1.1", "8.8.8.8", "9.9.9.9")), "public_resolver")]
    k = g.num(0, 2)
    client = g.ip_lan() if g.chance(0.8) else g.ip6()
    if k == 0:
        server = g.pick(("192.168.1.1", "10.0.0.53", "172.16.0.2"))
        return [f"{d:%d-%b-%Y %H:%M:%S}.{_ms(d)} queries: info: client @0x7f{g.hexs(10)} ", P(client, IP),
                f"#{g.num(1024, 65535)} ({q}): query: {q} IN {qt} +E(0)K (", D(server, "resolver_ip"), ")"]
    if k == 1:
        return [f"{_sys(d)} dnsmasq[{g.num(300, 9000)}]: query[{qt}] {q} from ", P(client, IP)]
    return [f"[{_epoch(d)}] unbound[{g.num(300, 9000)}:0] info: ", P(client, IP), f" {q}. {qt} IN"]


def _hostname_pieces(g: _Gen) -> list:
    first, _, _ = g.west(g.pick(("en_US", "en_US", "en_GB", "fr_FR", "de_DE")))
    first = _fold(first).capitalize()
    k = g.num(0, 4)
    if k == 0:
        return [P(first, PER), "s-iPhone"]
    if k == 1:
        return [P(first, PER), "s-MacBook-Pro"]
    if k == 2:
        return [P(first, PER), "s-iPad"]
    if k == 3:
        return ["iPhone-de-", P(first, PER)]
    return ["Galaxy-S23-de-", P(first, PER)]


def _t_dhcp(g: _Gen) -> list:
    d = g.dt()
    mac = g.mac()
    if g.bare:
        if g.chance(0.5):
            return [f"{_sys(d)} openwrt dnsmasq-dhcp[{g.num(300, 9000)}]: DHCP, IP range ", D("192.168.1.100", "dhcp_range"), " -- ", D("192.168.1.249", "dhcp_range"), ", lease time 12h"]
        return [f"{_sys(d)} openwrt dnsmasq-dhcp[{g.num(300, 9000)}]: DHCPDISCOVER(br-lan) {mac}"]
    ip = f"192.168.1.{g.num(100, 249)}" if g.chance(0.6) else g.ip_lan()
    k = g.num(0, 3)
    if k == 0:
        return [f"{_sys(d)} openwrt dnsmasq-dhcp[{g.num(300, 9000)}]: DHCPACK(br-lan) ", P(ip, IP), f" {mac} ", *_hostname_pieces(g)]
    if k == 1:
        return [f"{_sys(d)} gw01 dhcpd[{g.num(300, 9000)}]: DHCPACK on ", P(ip, IP), f" to {mac} (", *_hostname_pieces(g), ") via eth1"]
    if k == 2:
        return [f"{_sys(d)} openwrt dnsmasq-dhcp[{g.num(300, 9000)}]: DHCPACK(br-lan) ", P(ip, IP), f" {mac} ",
                D("DESKTOP-" + g.chars(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "device_name")]
    return [f"{_cnts(d)}.{_ms(d)} INFO  [kea-dhcp4.leases/{g.num(300, 9000)}.{g.num(100000, 999999)}] DHCP4_LEASE_ALLOC [hwtype=1 {mac}], cid=[no info], tid=0x{g.hexs(8)}: lease ",
            P(ip, IP), " has been allocated for 86400 seconds"]


def _t_wireguard(g: _Gen) -> list:
    d = g.dt()
    tun = f"10.8.0.{g.num(2, 250)}"
    if g.bare:
        return [f"[{g.num(5, 900000)}.{g.digits(6, False)}] wireguard: WireGuard ", D("1.0.0", "version"), " loaded. See www.wireguard.com for information."]
    k = g.num(0, 3)
    if k == 0:
        return [f"{_iso(d)} wg-easy: Client created: name=\"", P(g.full(), PER), "\" address=", P(tun, IP), f" id={g.uuid4()}"]
    if k == 1:
        ip = g.ip_any()
        lb, rb = ("[", "]") if ":" in ip else ("", "")
        return [f"[{g.num(5, 900000)}.{g.digits(6, False)}] wireguard: wg0: Receiving handshake initiation from peer {g.num(1, 80)} ({lb}", P(ip, IP),
                f"{rb}:{g.num(1024, 65535)})"]
    if k == 2:
        first, last, loc = g.west()
        return [f"{_sys(d)} vpn1 wg-manager[{g.num(300, 9000)}]: DEBUG generated client config for ", P(g.email(first, last, loc, work=True), EM),
                ": [Interface] PrivateKey = ", P(g.b64key(), CRED), f" Address = {tun}/32 DNS = 10.8.0.1"]
    return [f"{g.b64key()}\t(none)\t", P(g.ip_pub(), IP), f":{g.num(1024, 65535)}\t", P(tun, IP), "/32\t", D(str(_epoch(d)), "timestamp_digits"),
            f"\t{g.num(1000, 9999999)}\t{g.num(1000, 9999999)}\t25"]


def _t_stripe(g: _Gen) -> list:
    d = g.dt()
    head = f"[{_cnts(d)}] production."
    evt = "evt_" + g.alnum(24)
    if g.bare:
        return [head, 'INFO: Stripe webhook received {"id":"', D(evt, "event_id"), '","type":"invoice.finalized","data":{"object":{"id":"',
                D("in_" + g.alnum(24), "invoice_id"), f'","amount_due":{g.num(500, 90000)},"currency":"eur"}}}}}}']
    k = g.num(0, 2)
    first, last, loc = g.west()
    if k == 0:
        return [head, 'INFO: Stripe webhook received {"id":"', D(evt, "event_id"), f'","type":"charge.succeeded","data":{{"object":{{"amount":{g.num(500, 90000)},"billing_details":{{"email":"',
                P(g.email(first, last, loc), EM), '","name":"', P(f"{first} {last}", PER), '"},"payment_method_details":{"card":{"brand":"visa","last4":"',
                D(g.digits(4, False), "last4"), '"}}}}}']
    if k == 1:
        return [head, 'INFO: Stripe webhook received {"id":"', D(evt, "event_id"), '","type":"customer.created","data":{"object":{"id":"cus_', g.alnum(14),
                '","email":"', P(g.email(first, last, loc), EM), '","name":"', P(f"{first} {last}", PER), '","phone":"', P(g.phone(_REGION_OF_LOC[loc], "e164"), PH), '"}}}']
    return [head, 'DEBUG: stripe config loaded {"key":"', D("pk_live_" + g.alnum(24), "publishable_key"), '","secret":"', P(g.api_key("stripe"), CRED),
            '","webhook_secret":"', P("whsec_" + g.alnum(32), CRED), '"}']


def _t_jira(g: _Gen) -> list:
    d = g.dt()
    key = f"{g.pick(('PROJ', 'OPS', 'HR', 'FIN', 'SUP'))}-{g.num(10, 9999)}"
    if g.bare:
        return [f"{d:%Y-%m-%d %H:%M:%S},{_ms(d)}+0000 Caesium-1-3 INFO ServiceRunner [c.a.jira.automation] Issue ", D(key, "ticket_no"),
                " transitioned 'In Progress' -> 'Done' by ", D("automation-for-jira", "role_account")]
    k = g.num(0, 2)
    if k == 0:
        first, last, _ = g.west("en_US")
        f2, l2, _ = g.west()
        return [f"{d:%Y-%m-%d %H:%M:%S},{_ms(d)}+0000 http-nio-8080-exec-{g.num(1, 40)} INFO ", P(g.login(first, last), PER),
                f" {g.num(600, 1439)}x{g.num(1000, 99999)}x1 {g.alnum(7).lower()} ", P(g.ip_lan(), IP),
                " /secure/AssignIssue.jspa [c.a.j.bc.issue.DefaultIssueService] Issue ", D(key, "ticket_no"), " assignee set to '", P(f"{f2} {l2}", PER), "'"]
    if k == 1:
        first, last, loc = g.west()
        subj = g.pick(("Refund not received", "Cannot log in", "Wrong size delivered", "Invoice address change"))
        name = f"{last}, {first}" if g.chance(0.3) else f"{first} {last}"
        return [f"{_iso(d)} zendesk-sync INFO ticket=", D(f"#{g.num(10000, 999999)}", "ticket_no"), ' event=Create via=email requester="', P(name, PER), " <",
                P(g.email(first, last, loc), EM), f'>" subject="{subj}" group=Billing']
    a, b = g.full(), g.full()
    return [f"{_iso(d)} jira-webhook INFO jira:issue_updated issue=", D(key, "ticket_no"), " changelog=[{field: assignee, fromString: '", P(a, PER),
            "', toString: '", P(b, PER), "'}]"]


def _t_salesforce(g: _Gen) -> list:
    d = g.dt()
    head = f"{d:%H:%M:%S}.{_ms(d)} ({g.num(1000000, 999999999)})|"
    if g.bare:
        return [head, f"DML_BEGIN|[{g.num(10, 400)}]|Op:Update|Type:Opportunity|Rows:{g.num(1, 40)}|Account:", D(g.pick(_COMPANIES), "company")]
    k = g.num(0, 3)
    first, last, loc = g.west()
    if k == 0:
        return [head, f"USER_DEBUG|[{g.num(10, 400)}]|DEBUG|Lead before insert: Lead:{{FirstName=", P(first, PER), ", LastName=", P(last, PER), ", Email=",
                P(g.email(first, last, loc, work=True), EM), ", Company=", D(g.pick(_COMPANIES), "company"), ", LeadSource=Web}"]
    if k == 1:
        return [head, f"EXCEPTION_THROWN|[{g.num(10, 400)}]|System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATE_VALUE, duplicate value found: Email__c duplicates value on record with id: ",
                D("003" + g.alnum(12), "sf_record_id"), ": [", P(g.email(first, last, loc), EM), "]"]
    if k == 2:
        return [head, f"VARIABLE_ASSIGNMENT|[{g.num(10, 400)}]|contact.MobilePhone|\"", P(g.phone(_REGION_OF_LOC[loc], "intl"), PH), '"|0x', g.hexs(8)]
    return [head, f"VARIABLE_ASSIGNMENT|[{g.num(10, 400)}]|applicant|{{\"Name\":\"", P(g.full("en_US"), PER), '\",\"SSN__c\":\"', P(g.ssn(), SSN),
            '\",\"Status__c\":\"Background Check\"}|0x', g.hexs(8)]


def _t_pharmacy(g: _Gen) -> list:
    d = g.dt()
    store = f"#{g.num(1000, 19999):05d}"
    ndc = f"{g.digits(5, False)}-{g.digits(4, False)}-{g.digits(2, False)}"
    drug = g.pick(("ATORVASTATIN 20MG TAB", "LISINOPRIL 10MG TAB", "METFORMIN 500MG TAB", "AMOXICILLIN 500MG CAP", "SERTRALINE 50MG TAB"))
    if g.bare:
        return [f"{_cnts(d)} RXD store={store} event=batch_close filled={g.num(50, 400)} partial={g.num(0, 9)} printer=LBL-2 fw=", D(g.version(), "version"),
                " site=\"", D(g.pick(_WEST_PLACES), "place"), "\""]
    first, last, _ = g.west("en_US")
    pat = f"{last}, {first}"
    k = g.num(0, 2)
    if k == 0:
        rf, rl, _ = g.west("en_US")
        return [f"{_cnts(d)} RXD store={store} rx={g.digits(7)} fill=1 patient=\"", P(pat, PER), "\" ph=", P(g.phone("US", "nat"), PH), " ndc=", D(ndc, "product_code"),
                f' drug="{drug}" qty={g.pick((30, 60, 90))} rph=', P(f"{rf[0]}. {rl}", PER)]
    if k == 1:
        df, dl, _ = g.west("en_US")
        return [f"{_cnts(d)} RX-TRANSFER-IN store={store} from=\"CVS #{g.num(1000, 9999)}\" patient=\"", P(pat, PER), "\" prescriber=\"Dr. ", P(f"{df} {dl}", PER),
                f'" drug="{drug}" ndc=', D(ndc, "product_code"), " refills=3"]
    return [f"{_cnts(d)} CLAIM store={store} rx={g.digits(7)} patient=\"", P(pat, PER), "\" payer=CAREMARK bin=004336 status=REJECTED code=75 msg=\"PRIOR AUTHORIZATION REQUIRED\" mfr=\"",
            D(g.pick(("Johnson & Johnson", "Pfizer", "Merck & Co.")), "company"), "\""]


def _pnr_name(g: _Gen) -> tuple[str, str, str]:
    k = g.num(0, 2)
    if k == 0:
        fk = g.f["zh_CN"]
        return fk.last_romanized_name().upper(), fk.first_romanized_name().upper(), "CHN"
    if k == 1:
        given, family = g.jp()
        return family.upper(), given.upper(), "JPN"
    first, last, loc = g.west(g.pick(("en_US", "en_GB", "de_DE", "fr_FR")))
    cty = {"en_US": "USA", "en_GB": "GBR", "de_DE": "DEU", "fr_FR": "FRA"}[loc]
    return _fold(last).upper(), _fold(first).upper(), cty


def _t_pnr(g: _Gen) -> list:
    d = g.dt()
    loc_ = g.chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    flt = f"{g.pick(('CA', 'MU', 'BA', 'LH', 'AF', 'NH', 'UA'))} {g.num(100, 999)}"
    if g.bare:
        return [f"{_cnts(d)} TKT issued ET ", D(f"{g.num(100, 999)}-{g.digits(10)}", "ticket_no"), " PNR ", D(loc_, "booking_ref"), " seg ", D(flt, "flight_no"),
                f" fare=CNY{g.num(900, 12000)} fop=CC"]
    sur, giv, cty = _pnr_name(g)
    nm = f"{sur}/{giv}"
    k = g.num(0, 3)
    if k == 0:
        return [f"{_cnts(d)} PNR ", D(loc_, "booking_ref"), "  1.", P(nm, PER), f" {g.pick(('MR', 'MS', 'MRS'))}  2 ", D(flt, "flight_no"),
                f" Y {d:%d%b}".upper() + f" PEKFRA HK1 {g.num(6, 23):02d}{g.pick(('05', '30', '45'))}"]
    if k == 1:
        dob = (datetime(1950, 1, 1) + timedelta(days=g.r.randrange(20000))).strftime("%d%b%y").upper()
        exp = (d + timedelta(days=g.num(200, 3000))).strftime("%d%b%y").upper()
        return [f"{_cnts(d)} PNR {loc_} SSR DOCS {flt[:2]} HK1 P/{cty}/", P(g.passport(cty), PP), f"/{cty}/{dob}/{g.pick('MF')}/{exp}/", P(nm, PER)]
    if k == 2:
        return [f"{_cnts(d)} APIS submit flight=", D(flt.replace(" ", ""), "flight_no"), " pax=", P(f"{sur}/{giv}", PER), f" doc=P/{cty}/",
                P(g.passport(cty), PP), " status=OK"]
    region = {"CHN": "CN", "JPN": "JP", "USA": "US", "GBR": "GB", "DEU": "DE", "FRA": "FR"}[cty]
    return [f"{_cnts(d)} PNR ", D(loc_, "booking_ref"), f" SSR CTCM {flt[:2]} HK1/", P(g.phone(region, "e164")[1:], PH), "/EN 1.", P(nm, PER)]


def _t_hotel(g: _Gen) -> list:
    d = g.dt()
    room = f"{g.num(2, 28)}{g.num(1, 40):02d}"
    head = f"{_cnts(d)},{_ms(d)} IFC8 [PMS->KEY] "
    if g.bare:
        return [f"{_cnts(d)} NIGHT_AUDIT start business_date={d:%Y-%m-%d} user=", D("SUPERVISOR", "role_account"), " rooms_occ=", str(g.num(40, 400))]
    k = g.num(0, 3)
    if k == 0:
        first, last, loc = g.west(g.pick(("fr_FR", "de_DE", "en_GB", "es_ES", "en_US")))
        cty = {"fr_FR": "FRA", "de_DE": "DEU", "en_GB": "GBR", "es_ES": "ESP", "en_US": "USA"}[loc]
        return [head, "CHECKIN resv=", D(g.digits(9), "confirmation_no"), f" room={room} guest=\"", P(f"{last}, {first}", PER), "\" passport=", P(g.passport(cty), PP),
                f" nat={cty} arr={d:%d.%m.%Y} dep={(d + timedelta(days=g.num(1, 9))):%d.%m.%Y}"]
    if k == 1:
        given, family = g.jp()
        return [head, f"KEY_ENCODE room={room} guest=\"", P(f"{family.upper()} {given.upper()}", PER), f"\" keys=2 checkout={(d + timedelta(days=2)):%Y-%m-%d}T12:00 encoder=ENC-0{g.num(1, 4)}"]
    if k == 2:
        return [head, f"FOLIO_POST room={room} guest=\"", P(g.full(), PER), "\" card=", D("XXXXXXXXXXXX" + g.digits(4, False), "masked"), f" amount={g.num(80, 900)}.00 EUR"]
    return [head, f"CC_AUTH room={room} guest=\"", P(g.full(), PER), "\" ccnum=", P(g.card(style="plain"), CC), f" exp={g.num(1, 12):02d}{g.num(25, 30)} result=APPROVED"]


def _t_rental(g: _Gen) -> list:
    d = g.dt()
    contract = f"RA{d:%y}-{g.digits(6)}"
    if g.bare:
        return [f"{_iso(d)} rental-svc INFO fleet sync: {g.num(200, 4000)} vehicles updated from telematics build=", D(g.version(), "version"),
                " depot=\"", D(g.pick(_WEST_PLACES), "place"), "\""]
    k = g.num(0, 2)
    if k == 0:
        return [f"{_iso(d)} rental-svc INFO contract=", D(contract, "contract_no"), " status=OPEN driver=\"", P(g.full("en_US"), PER), "\" plate=\"",
                P(g.plate_west(g.pick(("ca", "ny"))), PLATE), f"\" pickup={g.pick(('LAX', 'SFO', 'JFK', 'ORD'))} dropoff={g.pick(('LAX', 'SFO', 'SEA'))}"]
    if k == 1:
        return [f"{_iso(d)} rental-svc WARN damage report contract=", D(contract, "contract_no"), " Kennzeichen=", P(g.plate_west("de"), PLATE), " reported_by=",
                D("svc-fleet", "role_account"), " renter=\"", P(g.full("de_DE"), PER), "\""]
    return [f"{_iso(d)} rental-svc INFO return contract=", D(contract, "contract_no"), " reg=", P(g.plate_west("uk"), PLATE), f" fuel=7/8 km={g.num(20, 3000)} customer_email=",
            P(g.person_email()[1], EM)]


def _t_game(g: _Gen) -> list:
    d = g.dt()
    tag = g.pick(_GAMERTAGS) + str(g.num(1, 99))
    head = f"[{d:%H:%M:%S}] "
    if g.bare:
        if g.chance(0.5):
            return [head, f"[User Authenticator #{g.num(1, 9)}/INFO]: UUID of player {tag} is ", D(g.uuid4(), "uuid")]
        return [head, f'[Server thread/INFO]: [Quiz] round={g.num(1, 20)} q="Name this historical figure" answer="', D(g.pick(_FIGURES), "public_figure"), f'" winner={tag}']
    k = g.num(0, 2)
    if k == 0:
        ip = g.ip_pub()
        return [head, f"[Server thread/INFO]: {tag}[/", P(ip, IP), f":{g.num(1024, 65535)}] logged in with entity id {g.num(10, 9999)} at ([world]{g.num(-900, 900)}.5, 64.0, {g.num(-900, 900)}.5)"]
    if k == 1:
        return [head, f"[Server thread/INFO]: [AccountLink] player={tag} linked account email=", P(g.person_email()[1], EM), " via=web"]
    return [f"L {d:%m/%d/%Y - %H:%M:%S}: \"{tag}<{g.num(2, 40)}><STEAM_1:{g.num(0, 1)}:{g.digits(8)}><>\" connected, address \"", P(g.ip_pub(), IP), f":{g.num(1024, 65535)}\""]


def _t_lock(g: _Gen) -> list:
    d = g.dt()
    dev = D("SL" + g.chars(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "device_serial")
    head = f"{_iso(d)} lockd[{g.num(100, 999)}]: device="
    if g.bare:
        return [head, dev, f' door="Front Door" event=battery_low level={g.num(5, 25)}% fw=', D(g.version(), "version")]
    k = g.num(0, 2)
    if k == 0:
        return [head, dev, f' door="{g.pick(("Front Door", "Garage", "Back Gate"))}" event=unlocked method=keypad slot={g.num(1, 20)} user="', P(g.full(), PER), '"']
    if k == 1:
        return [head, dev, f' event=code_added slot={g.num(1, 20)} name="', P(g.full(), PER), '" pin=', P(g.digits(g.pick((4, 6)), False), CRED), " schedule=always"]
    return [head, dev, " event=unlocked method=app user=", P(g.person_email()[1], EM), " geofence=home"]


def _t_postgres(g: _Gen) -> list:
    d = g.dt()
    head = f"{d:%Y-%m-%d %H:%M:%S}.{_ms(d)} UTC [{g.num(100, 99999)}] "
    if g.bare:
        return [head, f"LOG:  checkpoint complete: wrote {g.num(100, 9000)} buffers ({g.num(1, 40)}.{g.num(0, 9)}%); 0 WAL file(s) added, 0 removed, 1 recycled; write={g.num(1, 200)}.{g.digits(3, False)} s"]
    k = g.num(0, 4)
    if k == 0:
        return [head, "LOG:  connection received: host=", P(g.ip_any(), IP), f" port={g.num(1024, 65535)}"]
    if k == 1:
        first, last, _ = g.west("en_US")
        return [head, "LOG:  connection authorized: user=", P(g.login(first, last), PER), " database=analytics application_name=psql SSL enabled (protocol=TLSv1.3)"]
    if k == 2:
        first, last, loc = g.west()
        return [head, 'app@shop ERROR:  duplicate key value violates unique constraint "users_email_key" DETAIL:  Key (email)=(', P(g.email(first, last, loc), EM), ") already exists."]
    if k == 3:
        return [head, "app@shop LOG:  duration: ", f"{g.num(1, 900)}.{g.digits(3, False)} ms  statement: UPDATE customers SET phone = '", P(g.phone(g.pick(("US", "GB", "DE"))), PH),
                f"' WHERE id = {g.num(1000, 999999)}"]
    return [head, "FATAL:  password authentication failed for user \"", D(g.pick(_ROLE_LOGINS), "role_account"), "\" (connection from ", P(g.ip_pub(), IP), ")"]


def _t_redis(g: _Gen) -> list:
    d = g.dt()
    ts = D(f"{_epoch(d)}.{d.microsecond:06d}", "timestamp_digits")
    if g.bare:
        return [f"{g.num(1, 99)}:M {d:%d %b %Y %H:%M:%S}.{_ms(d)} * Background saving terminated with success; RDB ", D(g.version(), "version")]
    k = g.num(0, 2)
    cli = [" [0 ", D("127.0.0.1", "loopback"), f":{g.num(1024, 65535)}] "]
    if k == 0:
        email = g.person_email()[1]
        return [ts, *cli, f'"SET" "sess:{g.hexs(24)}" "{{\\"uid\\":{g.num(1000, 99999)},\\"email\\":\\"', P(email, EM), '\\"}" "EX" "3600"']
    if k == 1:
        return [ts, *cli, f'"HSET" "user:{g.num(1000, 99999)}" "phone" "', P(g.phone(g.pick(("CN", "US", "GB"))), PH), '"']
    return [f"{_iso(d)} worker WARN redis reconnect url=redis://:", P(g.password(safe=True), CRED), f"@cache-{g.num(1, 3)}.internal:6379/0 attempt={g.num(1, 9)}"]


def _t_python(g: _Gen) -> list:
    d = g.dt()
    head = f"{_cnts(d)},{_ms(d)} "
    if g.bare:
        if g.chance(0.5):
            return [head, "INFO celery.worker.consumer.connection: Connected to amqp://guest:", D("**", "masked"), "@", D("127.0.0.1", "loopback"), ":5672//"]
        return [head, "INFO sqlalchemy.engine.Engine: Engine(postgresql+psycopg2://app_rw:", D("***", "masked"), "@db.internal:5432/orders)"]
    k = g.num(0, 2)
    first, last, loc = g.west()
    if k == 0:
        return [head, "ERROR billing.charge: stripe.error.CardError: Your card was declined. | locals: customer_email='", P(g.email(first, last, loc), EM),
                "', card_number='", P(g.card(), CC), f"', amount_cents={g.num(100, 99999)}"]
    if k == 1:
        return [head, "CRITICAL django.db.utils: OperationalError: could not connect DATABASE_URL=postgres://", P(g.login(first, last), PER), ":",
                P(g.password(safe=True), CRED), "@db.internal:5432/app"]
    return [head, "ERROR app.signup: KeyError: 'postcode'  locals={'user_id': ", str(g.num(1000, 99999)), ", 'full_name': '", P(f"{first} {last}", PER),
            "', 'phone': '", P(g.phone(_REGION_OF_LOC[loc]), PH), "'}"]


def _t_java(g: _Gen) -> list:
    d = g.dt()
    head = f"{_cnts(d)}.{_ms(d)} ERROR 1 --- [nio-8080-exec-{g.num(1, 20)}] "
    if g.bare:
        return [head, "c.f.o.client.InventoryClient : java.net.SocketTimeoutException: Read timed out (spring-boot ", D(f"3.{g.num(0, 3)}.{g.num(0, 9)}", "version"), ")"]
    k = g.num(0, 3)
    first, last, loc = g.west()
    if k == 0:
        return [head, "c.f.user.UserController : Request processing failed; nested exception is com.fabrikam.user.DuplicateUserException: User with email '",
                P(g.email(first, last, loc), EM), "' already exists"]
    if k == 1:
        return [head, "c.f.mail.Notifier : javax.mail.SendFailedException: Invalid Addresses; nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <",
                P(g.email(first, last, loc, work=True), EM), ">... User unknown"]
    if k == 2:
        return [head, "o.h.engine.jdbc.spi.SqlExceptionHelper : ERROR: duplicate key value violates unique constraint \"uk_phone\" Detail: Key (phone)=(",
                P(g.phone(_REGION_OF_LOC[loc], "e164"), PH), ") already exists."]
    return [head, "c.f.pay.SepaService : java.lang.IllegalArgumentException: IBAN rejected by creditor check for ", P(f"{first} {last}", PER), ": ", P(g.iban(), IBAN)]


def _t_git(g: _Gen) -> list:
    d = g.dt()
    msg = g.pick(("fix(parser): handle empty header", "chore: bump deps", "feat: add CSV export", "docs: update README", "refactor: split billing module"))
    if g.bare:
        return [D(g.hexs(40), "git_sha"), " dependabot[bot] <", D("49699333+dependabot[bot]@users.noreply.github.com", "role_account"), "> Bump lodash from 4.17.20 to ",
                D("4.17.21", "version")]
    first, last, loc = g.west()
    name = f"{first} {last}"
    email = g.email(first, last, loc, work=g.chance(0.5))
    k = g.num(0, 4)
    if k == 0:
        return [D(g.hexs(7), "git_sha"), " ", P(name, PER), " <", P(email, EM), f"> {d:%a %b %d %H:%M:%S %Y} +0100 {msg}"]
    if k == 1:
        return ["Author: ", P(name, PER), " <", P(email, EM), ">"]
    if k == 2:
        return ["    Signed-off-by: ", P(name, PER), " <", P(email, EM), ">"]
    if k == 3:
        gh = f"{g.digits(8)}+{g.login(first, last).replace('.', '-').replace('_', '-')}@users.noreply.github.com"
        return ["    Co-authored-by: ", P(name, PER), " <", P(gh, EM), ">"]
    return [f"Merge: {g.hexs(7)} ", D(g.hexs(7), "git_sha"), f" | {d:%Y-%m-%d} | ", P(name, PER), f" | Merge pull request #{g.num(10, 9000)} from {g.pick(('feature/csv-export', 'fix/empty-header', 'chore/deps', 'feature/billing-split'))}"]


def _t_docker(g: _Gen) -> list:
    d = g.dt()
    head = f'time="{d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}Z" '
    if g.bare:
        return [head, 'level=info msg="PullImage \\"registry.fabrikam.io/app:', D(g.version(), "version"), '\\" returns image reference \\"sha256:', D(g.hexs(64), "sha256"), '\\""']
    k = g.num(0, 2)
    first, last, loc = g.west()
    if k == 0:
        return [head, 'level=debug msg="form data: {\\"Env\\":[\\"POSTGRES_PASSWORD=', P(g.password(), CRED), '\\",\\"ADMIN_EMAIL=', P(g.email(first, last, loc, work=True), EM),
                '\\"],\\"Image\\":\\"postgres:16\\"}"']
    if k == 1:
        return [head, 'level=debug msg="form data: {\\"password\\":\\"', D("*****", "masked"), '\\",\\"serveraddress\\":\\"registry.fabrikam.io\\",\\"username\\":\\"',
                P(g.login(first, last), PER), '\\"}"']
    return [f"app-{g.num(1, 4)}  | {_cnts(d)} INFO invites: sending invite to ", P(g.email(first, last, loc), EM), " from ", P(g.full(), PER)]


def _t_es(g: _Gen) -> list:
    d = g.dt()
    head = f"[{d:%Y-%m-%dT%H:%M:%S},{_ms(d)}][WARN ][index.search.slowlog.query] [es-data-{g.num(1, 6)}] "
    if g.bare:
        ms = g.num(1000, 9999)
        return [head, f'[orders-{d:%Y.%m}][{g.num(0, 4)}] took[{ms / 1000:.1f}s], took_millis[{ms}], total_hits[{g.num(0, 90000)} hits], source[{{"query":{{"term":{{"sku":"',
                D(g.sku16(), "luhn_valid_sku"), '"}}}], id[]']
    k = g.num(0, 2)
    first, last, loc = g.west()
    ms = g.num(1000, 9999)
    pre = f"[customers-v3][{g.num(0, 4)}] took[{ms / 1000:.1f}s], took_millis[{ms}], total_hits[1 hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[5], source["
    if k == 0:
        return [head, pre, '{"query":{"bool":{"filter":[{"term":{"email.keyword":{"value":"', P(g.email(first, last, loc), EM), '"}}}]}}}], id[]']
    if k == 1:
        return [head, pre, '{"query":{"match_phrase":{"full_name":"', P(f"{first} {last}", PER), '"}}}], id[', D(g.uuid4(), "uuid"), "]"]
    return [f"[{d:%Y-%m-%dT%H:%M:%S},{_ms(d)}][WARN ][index.indexing.slowlog.index] [es-data-{g.num(1, 6)}] [orders-{d:%Y.%m}/{g.alnum(22)}] took[{g.num(500, 3000)}ms], type[_doc], id[",
            D(g.order18(d), "order_no"), '], routing[], source[{"customer":{"name":"', P(f"{first} {last}", PER), '","phone":"', P(g.phone(_REGION_OF_LOC[loc], "e164"), PH),
            f'"}},"total":{g.num(5, 900)}.{g.num(10, 99)}}}]']


def _t_node(g: _Gen) -> list:
    d = g.dt()
    head = f"{_iso(d)} "
    if g.bare:
        return [head, 'info: [graphql] operation=ProductSearch variables={"sku":"', D(g.sku16(), "luhn_valid_sku"), f'","first":20}} duration={g.num(3, 300)}ms requestId=',
                D(g.uuid4(), "uuid")]
    k = g.num(0, 2)
    first, last, loc = g.west()
    if k == 0:
        return [head, 'info: [graphql] operation=UpdateProfile variables={"input":{"fullName":"', P(f"{first} {last}", PER), '","phone":"',
                P(g.phone(_REGION_OF_LOC[loc], "e164"), PH), f'"}}}} duration={g.num(3, 300)}ms']
    if k == 1:
        return [head, 'error: AxiosError: Request failed with status code 401 config.headers.Authorization="Bearer ', P(g.jwt(), CRED),
                '" url=https://api.partner-logistics.example/v2/shipments']
    return [head, 'debug: [graphql] operation=Login variables={"email":"', P(g.email(first, last, loc), EM), '","password":"', P(g.password(), CRED), '"} clientVersion=',
            D(g.version(), "version")]


def _t_s3(g: _Gen) -> list:
    d = g.dt()
    head = f"{_cnts(d)},{_ms(d)} "
    if g.bare:
        return [head, "INFO botocore.credentials: Found credentials from IAM Role: ", D("svc-exports-ec2", "role_account")]
    k = g.num(0, 2)
    region = g.pick(("eu-west-1", "us-east-1", "ap-southeast-1"))
    if k == 0:
        return [head, "INFO exports.views: generated download link for report ", D(g.uuid4(), "uuid"), f": https://fabrikam-exports.s3.{region}.amazonaws.com/reports/q{g.num(1, 4)}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=",
                P(g.aws_key_id(), CRED), f"%2F{d:%Y%m%d}%2F{region}%2Fs3%2Faws4_request&X-Amz-Date=", D(f"{d:%Y%m%dT%H%M%SZ}", "timestamp_digits"),
                "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=", P(g.hexs(64), CRED)]
    if k == 1:
        return [head, "DEBUG botocore.auth: Calculating signature using v4 auth. CanonicalRequest hash ", D(g.hexs(64), "sha256"), " Signature: ", P(g.hexs(64), CRED)]
    return [head, "WARNING deploy.settings: loaded AWS profile from env aws_access_key_id=", P(g.aws_key_id(), CRED), " aws_secret_access_key=", P(g.aws_secret(), CRED)]


# ---------------------------------------------------------------- structured

def _t_paypal(g: _Gen) -> list:
    d = g.dt()
    head = f"[{_cnts(d)}] ipn.INFO: IPN verified: "
    txn = g.chars(17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    recv = D("payments@" + g.pick(_WORK_DOMAINS), "role_account")
    if g.bare:
        return [head, f"mc_gross={g.num(1, 400)}.{g.num(10, 99)}&payment_status=Refunded&txn_id=", D(txn, "txn_id"), "&receiver_email=", recv]
    first, last, loc = g.west()
    email = g.email(first, last, loc)
    if g.chance(0.3):
        email = email.replace("@", "%40")
    return [head, f"mc_gross={g.num(1, 400)}.{g.num(10, 99)}&protection_eligibility=Eligible&first_name=", P(first.replace(" ", "+"), PER),
            "&last_name=", P(last, PER), "&payer_email=", P(email, EM), "&txn_id=", D(txn, "txn_id"), "&receiver_email=", recv, "&payment_status=Completed"]


def _t_hl7(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return ["MSH|^~\\&|EPIC|GENHOSP|LAB|GENHOSP|", D(f"{d:%Y%m%d%H%M%S}", "timestamp_digits"), "||ADT^A04|", D(g.digits(10), "message_control_id"), "|P|2.5.1"]
    first, last, _ = g.west("en_US")
    xpn = f"{_fold(last).upper()}^{_fold(first).upper()}"
    k = g.num(0, 2)
    if k == 0:
        dob = (datetime(1940, 1, 1) + timedelta(days=g.r.randrange(25000))).strftime("%Y%m%d")
        ph = g.phone("US", "nat").replace(" ", "")
        return [f"PID|1||{g.digits(7)}^^^GENHOSP^MR||", P(xpn, PER), f"^{g.pick('ABCDEJKLMRS')}||{dob}|{g.pick('MF')}|||^^SPRINGFIELD^IL^62701||", P(ph, PH), "|||S||",
                f"ACC{g.digits(6)}|", P(g.ssn(g.pick(("-", ""))), SSN)]
    if k == 1:
        return ["NK1|1|", P(xpn, PER), "|SPO^Spouse^HL70063||", P(g.phone("US", "nat").replace(" ", ""), PH), "||EC^Emergency Contact"]
    df, dl, _ = g.west("en_US")
    return [f"PV1|1|O|CLINIC^{g.num(100, 400)}^1||||{g.digits(7)}^", P(f"{_fold(dl).upper()}^{_fold(df).upper()}", PER), f"^^^DR|||||||||||{g.digits(8)}|||||||||||||||||||||||||",
            D(f"{d:%Y%m%d%H%M}", "timestamp_digits")]


def _t_fhir(g: _Gen) -> list:
    if g.bare:
        return ['{"resourceType":"OperationOutcome","id":"', D(g.uuid4(), "uuid"), '","issue":[{"severity":"error","code":"not-found","diagnostics":"Resource Patient/',
                D(g.uuid4(), "uuid"), ' is not known"}]}']
    first, last, loc = g.west(g.pick(("en_US", "en_US", "en_GB", "de_DE")))
    k = g.num(0, 2)
    if k == 0:
        return ['{"resourceType":"Patient","id":"', D(g.uuid4(), "uuid"), '","name":[{"use":"official","family":"', P(last, PER), '","given":["', P(first, PER),
                '"]}],"telecom":[{"system":"phone","value":"', P(g.phone(_REGION_OF_LOC[loc], "e164"), PH), f'","use":"mobile"}}],"gender":"{g.pick(("male", "female"))}"}}']
    if k == 1:
        return ['{"resourceType":"Patient","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"', P(g.ssn(), SSN), '"}],"name":[{"text":"', P(g.full("en_US"), PER),
                '"}],"active":true}']
    return ['{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"', D("718-7", "loinc_code"),
            '"}]},"subject":{"reference":"Patient/', str(g.num(1000, 99999)), '","display":"', P(f"{first} {last}", PER), f'"}},"valueQuantity":{{"value":{g.num(9, 17)}.{g.num(0, 9)},"unit":"g/dL"}}}}']


def _t_slack(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return ['{"id":"', D(g.uuid4(), "uuid"), f'","date_create":{_epoch(d)},"action":"app_installed","actor":{{"type":"user","user":{{"id":"USLACKBOT","name":"',
                D("Slackbot", "role_account"), '"}},"entity":{"type":"app","app":{"name":"Google Drive"}}}']
    first, last, loc = g.west()
    if g.chance(0.65):
        return ['{"id":"', D(g.uuid4(), "uuid"), f'","date_create":{_epoch(d)},"action":"user_login","actor":{{"type":"user","user":{{"id":"U0{g.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}","name":"',
                P(f"{first} {last}", PER), '","email":"', P(g.email(first, last, loc, work=True), EM), '"}},"context":{"location":{"type":"workspace","domain":"fabrikam"},"ip_address":"',
                P(g.ip_any(), IP), '"}}']
    return ['{"CreationTime":"', f"{d:%Y-%m-%dT%H:%M:%S}", '","Operation":"MemberAdded","Workload":"MicrosoftTeams","UserId":"', P(g.email(first, last, loc, work=True), EM),
            '","Members":[{"DisplayName":"', P(g.full(), PER), '","Role":1}],"TeamName":"Finance EMEA"}']


def _t_hr(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return [f"TOTAL,,,{g.num(40, 900)} employees,{g.num(100000, 9000000)}.{g.num(10, 99)},run=", D(f"PR{d:%Y%m}-{g.num(1, 4)}", "payroll_run"), ",approved_by=",
                D("svc-payroll", "role_account")]
    k = g.num(0, 2)
    if k == 0:
        first, last, _ = g.west("en_US")
        return [f"E{g.digits(5)},\"", P(f"{last}, {first}", PER), "\",", P(g.ssn(), SSN), f",Finance,CC-{g.num(1000, 9999)},{d:%Y-%m-%d},{g.num(2000, 9000)}.{g.num(10, 99)},DD"]
    if k == 1:
        first, last, _ = g.west("de_DE")
        return [f"{g.digits(5)};", P(last, PER), ";", P(first, PER), ";", P(g.iban("DE", spaced=g.chance(0.3)), IBAN), f";GENODEF1M04;{d:%Y-%m};{g.num(2000, 7000)},{g.num(10, 99)}"]
    first, last, _ = g.west(g.pick(("en_GB", "fr_FR", "es_ES")))
    cc = "GB" if g.chance(0.4) else g.pick(("FR", "ES", "NL", "BE"))
    return [f"{d:%Y-%m-%d},PAYSLIP,", P(f"{first} {last}", PER), ",", P(g.iban(cc), IBAN), f",EUR,{g.num(2000, 9000)}.{g.num(10, 99)},batch=", D(g.uuid4(), "uuid")]


def _t_cdr(g: _Gen) -> list:
    d = g.dt()
    s = f"{d:%Y-%m-%d %H:%M:%S}"
    dur = g.num(5, 900)
    bill = g.num(0, dur - 3)
    a = f"{(d + timedelta(seconds=dur - bill)):%Y-%m-%d %H:%M:%S}"
    e = f"{(d + timedelta(seconds=dur)):%Y-%m-%d %H:%M:%S}"
    uid = D(f"{_epoch(d)}.{g.num(1, 9999)}", "timestamp_digits")
    ext = str(g.num(8000, 8099))
    if g.bare:
        return [f'"","{ext}","{g.num(8000, 8099)}","from-internal","""', D("Conference Room", "role_account"), f'"" <{ext}>","PJSIP/{ext}-000001a3","PJSIP/8012-000001a4","Dial","PJSIP/8012,30","{s}","{a}","{e}",{dur},{bill},"ANSWERED","DOCUMENTATION","',
                uid, '",""']
    region = g.pick(("US", "US", "GB", "DE"))
    loc = {"US": "en_US", "GB": "en_GB", "DE": "de_DE"}[region]
    num = g.phone(region, "e164")
    if g.chance(0.7):
        return ['"","', P(num, PH), f'","{ext}","from-pstn","""', P(g.full(loc), PER), '"" <', P(num, PH), f'>","PJSIP/trunk-{g.hexs(8)}","PJSIP/{ext}-{g.hexs(8)}","Dial","PJSIP/{ext},30,tT","{s}","{a}","{e}",{dur},{bill},"ANSWERED","DOCUMENTATION","',
                uid, '",""']
    return [f'"","{ext}","', P(num, PH), '","from-internal","""', D("Front Desk", "role_account"), f'"" <{ext}>","PJSIP/{ext}-{g.hexs(8)}","PJSIP/trunk-{g.hexs(8)}","Dial","PJSIP/trunk/{num},60","{s}","{a}","{e}",{dur},{bill},"NO ANSWER","DOCUMENTATION","',
            uid, '",""']


def _t_env(g: _Gen) -> list:
    d = g.dt()
    head = f"{_iso(d)} DEBUG config: loaded .env -> "
    if g.bare:
        return [head, "APP_ENV=staging LOG_LEVEL=debug APP_VERSION=", D(g.version(), "version"), " LISTEN_ADDR=", D("0.0.0.0", "bind_ip"), ":8080 MAIL_FROM=",
                D("noreply@" + g.pick(_WORK_DOMAINS), "role_account")]
    k = g.num(0, 2)
    if k == 0:
        return [head, "APP_ENV=production DB_HOST=db.internal DB_USERNAME=app DB_PASSWORD=", P(g.password(), CRED), " MAIL_FROM_ADDRESS=",
                D("noreply@" + g.pick(_WORK_DOMAINS), "role_account"), " STRIPE_SECRET=", P(g.api_key("stripe"), CRED)]
    if k == 1:
        first, last, _ = g.west()
        return [head, "APP_KEY=base64:", P(g.b64key(), CRED), " ADMIN_EMAIL=", P(g.email(first, last, work=True), EM), " SLACK_BOT_TOKEN=", P(g.api_key("slack"), CRED)]
    return [head, "GITHUB_TOKEN=", P(g.api_key("github"), CRED), " SENDGRID_API_KEY=", P(g.api_key("sendgrid"), CRED), " BIND=", D("127.0.0.1", "bind_ip"), ":3000"]


def _t_logfmt(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return [f"time={_iso(d)} level=info msg=\"cache warmed\" keys={g.num(100, 90000)} duration={g.num(10, 900)}ms version=", D(g.version(), "version"), " request_id=", D(g.uuid4(), "uuid")]
    k = g.num(0, 2)
    if k == 0:
        return [f"{_iso(d)} heroku[router]: at=info method={g.pick(('GET', 'POST'))} path=\"/api/{g.pick(('login', 'cart', 'orders', 'me'))}\" host=fabrikam.herokuapp.com request_id=",
                D(g.uuid4(), "uuid"), ' fwd="', P(g.ip_any(), IP), f'" dyno=web.{g.num(1, 4)} connect=0ms service={g.num(2, 900)}ms status=200 bytes={g.num(100, 9000)} protocol=https']
    first, last, loc = g.west()
    if k == 1:
        return [f"time={_iso(d)} level=info msg=\"user signed up\" user_email=", P(g.email(first, last, loc), EM), " plan=pro referral_code=",
                D(g.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "promo_code")]
    return [f"time={_iso(d)} level=warn msg=\"login throttled\" username=", P(g.login(first, last), PER), " ip=", P(g.ip_any(), IP), f" attempts={g.num(5, 30)}"]


def _t_xml(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return ["<GrpHdr><MsgId>", D(f"MSG-{d:%Y%m%d}-{g.digits(6)}", "message_id"), f"</MsgId><CreDtTm>{d:%Y-%m-%dT%H:%M:%S}</CreDtTm><NbOfTxs>{g.num(2, 90)}</NbOfTxs><InitgPty><Nm>",
                D(g.pick(("Ernst and Young GmbH", "Dow Jones Ltd", "Wells Fargo Bank")), "company"), "</Nm></InitgPty></GrpHdr>"]
    first, last, loc = g.west(g.pick(("de_DE", "fr_FR", "es_ES", "en_GB")))
    if g.chance(0.25):
        return [f"<!-- {_iso(d)} gateway request --><PaymentRequest><MerchantRef>", D(f"ORD-{g.digits(8)}", "order_no"), "</MerchantRef><Card><Number>", P(g.card(style="plain"), CC),
                f"</Number><Expiry>{g.num(1, 12):02d}/{g.num(26, 31)}</Expiry><Holder>", P(f"{first} {last}".upper(), PER), f"</Holder></Card><Amount currency=\"EUR\">{g.num(5, 900)}.00</Amount></PaymentRequest>"]
    if g.chance(0.6):
        cc = {"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "en_GB": "GB"}[loc]
        return ["<CdtTrfTxInf><PmtId><EndToEndId>", D(f"E2E{g.digits(12)}", "end_to_end_id"), f'</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">{g.num(10, 9000)}.00</InstdAmt></Amt><Cdtr><Nm>',
                P(f"{first} {last}", PER), "</Nm></Cdtr><CdtrAcct><Id><IBAN>", P(g.iban(cc, spaced=False), IBAN), "</IBAN></Id></CdtrAcct></CdtTrfTxInf>"]
    return ['<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:createCustomer xmlns:ns2="urn:crm"><email>',
            P(g.email(first, last, loc), EM), "</email><phone>", P(g.phone(_REGION_OF_LOC[loc], "intl"), PH), "</phone></ns2:createCustomer></soap:Body></soap:Envelope>"]


def _t_yaml(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return ['  Parameters: {"authenticity_token"=>"', D("[FILTERED]", "masked"), '", "q"=>"winter boots", "page"=>"', str(g.num(1, 9)), '"}']
    k = g.num(0, 2)
    first, last, loc = g.west()
    if k == 0:
        return ['  Parameters: {"authenticity_token"=>"', D("[FILTERED]", "masked"), '", "user"=>{"email"=>"', P(g.email(first, last, loc), EM), '", "password"=>"',
                D("[FILTERED]", "masked"), '", "remember_me"=>"0"}, "commit"=>"Log in"}']
    if k == 1:
        return ["contact: {name: ", P(f"{first} {last}", PER), ", phone: '", P(g.phone(_REGION_OF_LOC[loc], "intl"), PH), "', email: ", P(g.email(first, last, loc), EM), "}"]
    return [f"--- # dumped {d:%Y-%m-%d} smtp: {{host: smtp.sendgrid.net, port: 587, user: apikey, password: ", P(g.api_key("sendgrid"), CRED), ", from: ",
            D("no-reply@" + g.pick(_WORK_DOMAINS), "role_account"), "}"]


# ---------------------------------------------------------------- Chinese

def _t_jiejing(g: _Gen) -> list:
    d = g.dt()
    no = D(f"JJ{d:%Y%m%d%H%M%S}{g.digits(2, False)}", "case_no")
    if g.bare:
        return [f"【110接处警】{_cnts(d)} 接警单号:", no, " 报警内容:群众反映", D(g.pick(_CN_PLACES), "place"), "路灯不亮 处置结果:已转", D("12345", "hotline"), "市民热线"]
    k = g.num(0, 2)
    if k == 0:
        return [f"【110接处警】{_cnts(d)} 接警单号:", no, " 报警人:", P(g.cn(), PER), " 联系电话:", P(g.cn_mobile(), PH), " 案发地点:", D(g.pick(_CN_PLACES), "place"),
                " 报警内容:称其停放的电动自行车被盗，无人员受伤。"]
    if k == 1:
        return [f"【110接处警】{_cnts(d)} 接警单号:", no, " 报警人:匿名 报警内容:", D(g.pick(_CN_PLACES), "place"), "附近有一辆车牌为", P(g.plate_cn(), PLATE),
                "的轿车长时间停放、车内有人争吵。 处警单位:", g.pick(("漕河泾派出所", "中关村派出所", "五角场派出所"))]
    name, title = g.cn_titled()
    return [f"{_cnts(d)} 接处警系统 回访记录 单号", no, " 回访对象:", P(name, PER), title, " 回访电话:", P(g.cn_mobile(), PH), " 满意度:满意"]


def _t_pancha(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return [f"巡逻盘查记录 | 时间:{_cnts(d)} | 地点:", D(g.pick(_CN_PLACES), "place"), " | 巡逻车:沪公巡", str(g.num(100, 999)), " | 盘查人数:0 | 警号:",
                D(g.digits(6, False), "badge_no")]
    if g.chance(0.75):
        return [f"巡逻盘查记录 | 时间:{_cnts(d)} | 地点:", D(g.pick(_CN_PLACES), "place"), " | 盘查对象:", P(g.cn(), PER), " | 身份证号:", P(g.cn_id(), CNID), " | 驾驶车辆:",
                P(g.plate_cn(), PLATE), " | 比对结果:无异常 | 警号:", D(g.digits(6, False), "badge_no")]
    return [f"{_cnts(d)} 移动警务终端 人员核查 姓名:", P(g.cn(), PER), " 证件号码:", P(g.cn_id(), CNID), " 核查结果:在逃人员库未比中 终端编号:", D("PDA" + g.digits(8), "device_serial")]


def _t_wangyueche(g: _Gen) -> list:
    d = g.dt()
    oid = D(g.order18(d), "order_no")
    start, end = g.pick(_CN_PLACES), g.pick(_CN_PLACES)
    if g.bare:
        return [f"[dispatch] {_cnts(d)} order_id=", oid, " status=CANCELLED_BY_SYSTEM 起点:", D(start, "place"), f" 预估价:¥{g.num(10, 200)}.{g.num(0, 9)}0 客服热线:",
                D(g.pick(("400-000-0999", "95128")), "hotline")]
    k = g.num(0, 2)
    if k == 0:
        pname, title = g.cn_titled()
        return [f"[dispatch] {_cnts(d)} order_id=", oid, " 乘客:", P(pname, PER), title, " 手机:", D(g.mask_cn_phone(g.cn_mobile()), "masked"), " 司机:", P(g.cn(), PER),
                "师傅 车牌:", P(g.plate_cn(), PLATE), f" 起点:{start} 终点:{end}"]
    if k == 1:
        return [f"[privacy-number] {_cnts(d)} bind order_id=", oid, " A号码=", P(g.cn_mobile(), PH), " X号码=", D("170" + g.digits(8, False), "virtual_number"), " B号码=",
                P(g.cn_mobile(), PH), " expire=1800s"]
    return [f"[driver-auth] {_cnts(d)} 司机实名认证 姓名:", P(g.cn(), PER), " 驾驶证号:", P(g.cn_id(), CNID), " 准驾车型:C1 车牌:", P(g.plate_cn(), PLATE), " 结果:通过"]


def _t_shunfeng(g: _Gen) -> list:
    d = g.dt()
    trip = D("T" + g.digits(15), "trip_id")
    if g.bare:
        return [f"顺风车安全中心 {_cnts(d)} 行程", trip, " 已完成 全程录音已加密上传 安全热线:", D("400-000-0999", "hotline")]
    if g.chance(0.6):
        return [f"顺风车安全中心 {_cnts(d)} 行程", trip, " 车主:", P(g.cn(), PER), " 车牌:", P(g.plate_cn(), PLATE), " 乘客已开启行程分享，紧急联系人手机:", P(g.cn_mobile(), PH)]
    name, title = g.cn_titled()
    return [f"顺风车安全中心 {_cnts(d)} 行程", trip, " 偏航告警 已自动外呼乘客", P(name, PER), title, "(", P(g.cn_mobile(), PH), ") 未接通，转人工 坐席工号:",
            D("KF" + g.digits(4, False), "employee_id")]


def _t_bike(g: _Gen) -> list:
    d = g.dt()
    bike = D(g.pick(("86", "21", "52")) + g.digits(8, False), "bike_no")
    if g.bare:
        return [f"bike-lock {_cnts(d)} bikeNo=", bike, f" event=heartbeat battery={g.num(10, 99)}% location=", D(f"{g.num(113, 121)}.{g.digits(6, False)},{g.num(22, 39)}.{g.digits(6, False)}", "coordinates"),
                " fw=", D(g.version(), "version")]
    if g.chance(0.6):
        return [f"bike-lock {_cnts(d)} bikeNo=", bike, " userPhone=", P(g.cn_mobile(), PH), f" action=unlock result=SUCCESS cost={g.num(1, 4)}.{g.pick(('00', '50'))} coupon=",
                D("CP" + g.digits(10), "coupon_code")]
    return [f"{_cnts(d)} 骑行订单 ", D(g.order18(d), "order_no"), " 用户", P(g.cn(), PER), "(", P(g.cn_mobile(), PH), f") 还车于禁停区，调度费{g.num(5, 20)}元"]


def _t_12306(g: _Gen) -> list:
    d = g.dt()
    oid = D("E" + g.digits(9), "order_no")
    train = D(g.pick("GDZKT") + str(g.num(1, 9999)), "train_no")
    seat = f"{g.num(1, 16):02d}车{g.num(1, 18):02d}{g.pick('ABCDF')}号"
    if g.bare:
        return [f"[12306-ticket] {_cnts(d)} 订单号:", oid, " 车次:", train, f" 余票查询 二等座:有 一等座:{g.num(0, 20)} 客服:", D("12306", "hotline")]
    k = g.num(0, 2)
    if k == 0:
        return [f"[12306-ticket] {_cnts(d)} 订单号:", oid, " 乘车人:", P(g.cn(), PER), " 证件类型:二代身份证 证件号码:", P(g.cn_id(), CNID), " 车次:", train, f" 座位:{seat} 票价:¥{g.num(50, 1500)}.0"]
    if k == 1:
        return [f"[12306-ticket] {_cnts(d)} 订单号:", oid, " 乘车人:", P(g.cn(), PER), " 证件号码:", D(g.mask_id(g.cn_id()), "masked"), " 车次:", train, f" 座位:{seat} 状态:已出票"]
    first, last, loc = g.west(g.pick(("en_US", "en_GB", "de_DE", "fr_FR")))
    cty = {"en_US": "USA", "en_GB": "GBR", "de_DE": "DEU", "fr_FR": "FRA"}[loc]
    return [f"[12306-ticket] {_cnts(d)} 订单号:", oid, " 乘车人:", P(f"{_fold(last).upper()} {_fold(first).upper()}", PER), " 证件类型:护照 证件号码:", P(g.passport(cty), PP), " 车次:", train]


def _t_checkin(g: _Gen) -> list:
    d = g.dt()
    flt = D(g.pick(("MU", "CA", "CZ", "HU", "ZH", "3U")) + str(g.num(1000, 9999)), "flight_no")
    if g.bare:
        return [f"[CKI] {_cnts(d)} 航班 ", flt, f" 值机开放 柜台:{g.pick('ABCDEFGHJK')}{g.num(1, 30)} 已值机{g.num(0, 300)}人 登机口:", str(g.num(1, 90))]
    k = g.num(0, 2)
    if k == 0:
        return [f"[CKI] {_cnts(d)} 航班 ", flt, " 旅客 ", P(g.cn(), PER), " 证件 NI", P(g.cn_id(), CNID), f" 座位 {g.num(1, 60)}{g.pick('ABCDJKL')} 值机成功 渠道:自助机"]
    if k == 1:
        fk = g.f["zh_CN"]
        return [f"[CKI] {_cnts(d)} 航班 ", flt, " 旅客 ", P(f"{fk.last_romanized_name().upper()}/{fk.first_romanized_name().upper()}", PER), " 护照 ", P(g.passport("CHN"), PP),
                " 目的地:FRA APIS:已提交"]
    return [f"[CKI] {_cnts(d)} 航班 ", flt, " 旅客 ", P(g.cn(), PER), " 联系手机 ", P(g.cn_mobile(), PH), " 航班延误短信已发送 客服热线 ", D("95530", "hotline")]


def _t_yibao(g: _Gen) -> list:
    d = g.dt()
    sid = D(f"JS{d:%Y%m%d}{g.digits(10)}", "settlement_no")
    hosp = D(g.pick(("上海市第六人民医院", "北京协和医院", "中山大学附属第一医院", "四川大学华西医院", "浙江大学医学院附属第一医院")), "place")
    total = g.num(2000, 300000)
    pooled = total * g.num(40, 85) // 100
    amt = f"总费用:{total / 100:.2f} 统筹支付:{pooled / 100:.2f} 个人支付:{(total - pooled) / 100:.2f}"
    if g.bare:
        return [f"医保结算 {_cnts(d)} 结算ID:", sid, " 定点机构:", hosp, f" 日结对账 笔数:{g.num(100, 9000)} 状态:一致"]
    if g.chance(0.65):
        return [f"医保结算 {_cnts(d)} 结算ID:", sid, " 参保人:", P(g.cn(), PER), " 身份证:", P(g.cn_id(), CNID), f" 险种:职工基本医疗保险 {amt} 定点机构:", hosp]
    return [f"医保结算 {_cnts(d)} 结算ID:", sid, " 参保人:", D(g.cn()[0] + "**", "masked"), " 医保电子凭证已核验 手机:", P(g.cn_mobile(), PH), f" {amt}"]


def _t_guahao(g: _Gen) -> list:
    d = g.dt()
    dept = g.pick(("心内科", "呼吸内科", "消化内科", "骨科", "眼科", "皮肤科", "儿科"))
    if g.bare:
        return [f"HIS-REG {_cnts(d)} 排班同步 科室:{dept} 号源:{g.num(10, 80)} 操作员:", D("admin", "role_account"), " 版本:", D(g.version(), "version")]
    if g.chance(0.7):
        return [f"HIS-REG {_cnts(d)} 挂号流水:", D(f"GH{d:%Y%m%d}{g.digits(6)}", "reg_no"), " 患者:", P(g.cn(), PER), " 手机:", P(g.cn_mobile(), PH), f" 科室:{dept} 医生:",
                P(g.cn(), PER), f" 号别:专家号 挂号费:{g.pick(('25.00', '50.00', '100.00'))}"]
    return [f"HIS-REG {_cnts(d)} 退号 挂号流水:", D(f"GH{d:%Y%m%d}{g.digits(6)}", "reg_no"), " 患者:", P(g.cn(), PER), " 证件号:", P(g.cn_id(), CNID), " 退费渠道:原路返回"]


def _t_emr(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return [f"EMR {_cnts(d)} 模板更新 版本 ", D("v" + g.version(), "version"), " 科室:呼吸内科 操作人:", D("admin", "role_account")]
    sym = g.pick(("反复咳嗽2周", "胸闷气短3天", "上腹痛1天", "头晕伴恶心半天", "发热伴咽痛2天"))
    if g.chance(0.6):
        return ["EMR摘要 患者", P(g.cn(), PER), f"，{g.pick('男女')}，{g.num(3, 90)}岁，因“{sym}”于{d:%Y-%m-%d}入院。主治医师:", P(g.cn(), PER), "。联系电话:", P(g.cn_mobile(), PH), "。"]
    name, title = g.cn_titled()
    return [f"{_cnts(d)} 出院随访 患者", P(name, PER), f"{title}（住院号{g.digits(8)}）恢复良好，家属电话", P(g.phone("CN", g.pick(("plain", "dash"))), PH), "，下次复诊", f"{(d + timedelta(days=14)):%m月%d日}。"]


def _t_locker(g: _Gen) -> list:
    d = g.dt()
    cab = D(f"FC{g.digits(10)}", "device_serial")
    wb = D(g.pick(("SF", "YT", "JD", "ZTO")) + g.digits(13), "waybill_no")
    if g.bare:
        return [f"[快递柜] {_cnts(d)} 柜机:", cab, f" 离线告警 持续{g.num(3, 90)}分钟 运维热线:", D("400-838-8333", "hotline")]
    k = g.num(0, 2)
    if k == 0:
        return [f"[快递柜] {_cnts(d)} 柜机:", cab, f" 格口:{g.pick('ABC')}{g.num(1, 40):02d} 运单号:", wb, " 收件人手机:", P(g.cn_mobile(), PH), " 取件码:", D(g.digits(g.pick((6, 8))), "pickup_code"),
                " 状态:已投递"]
    if k == 1:
        return [f"[快递柜] {_cnts(d)} 运单号:", wb, " 收件人手机尾号:", D(g.digits(4, False), "last4"), " 已取件 取件方式:扫码 操作人:", P(g.cn(), PER)]
    return [f"[快递柜] {_cnts(d)} 滞留件提醒 运单号:", wb, " 收件人:", P(g.cn(), PER), " 手机:", P(g.cn_mobile(), PH), " 超时费:1.00元"]


def _t_wangge(g: _Gen) -> list:
    d = g.dt()
    comm = D(g.pick(("中山社区", "张江高科苑", "鲁迅路社区", "黄兴公园小区", "人民新村")), "place")
    if g.bare:
        return [f"{d:%Y-%m-%d} 网格巡查 ", comm, f" 巡查事项:消防通道畅通 {g.num(1, 12)}处整改完毕 网格编号:", D(f"WG{g.digits(8)}", "grid_no")]
    if g.chance(0.6):
        return ["网格员", P(g.cn(), PER), f"于{d:%Y-%m-%d}走访", comm, "，走访对象:", P(g.cn(), PER), "（身份证", P(g.cn_id(), CNID), "），反映楼道堆放杂物问题，已协调物业处理。"]
    name, title = g.cn_titled()
    return [f"{d:%Y-%m-%d} 独居老人关爱 ", comm, " 走访对象:", P(name, PER), title, f"（{g.num(70, 95)}岁） 紧急联系人电话:", P(g.cn_mobile(), PH), " 身体状况良好"]


def _t_wuye(g: _Gen) -> list:
    d = g.dt()
    if g.bare:
        return [f"[门禁] {_cnts(d)} 设备:", D(f"MJ-{g.num(1, 30)}栋{g.num(1, 4)}单元-{g.digits(6)}", "device_serial"), " 开门方式:访客码 访客码:", D(g.digits(6), "otp_code"), " 结果:成功"]
    k = g.num(0, 2)
    if k == 0:
        return [f"[门禁] {_cnts(d)} 设备:", D(f"MJ-{g.num(1, 30)}栋{g.num(1, 4)}单元-{g.digits(6)}", "device_serial"), " 开门方式:人脸 住户:", P(g.cn(), PER), " 相似度:0.9", str(g.num(1, 9)), " 结果:成功"]
    if k == 1:
        name, title = g.cn_titled()
        return [f"物业报修 {_cnts(d)} 单号:", D(f"BX{d:%Y%m%d}{g.digits(4)}", "ticket_no"), " 业主:", P(name, PER), title, " 电话:", P(g.cn_mobile(), PH),
                " 内容:卫生间漏水 派单:维修工 工号", D("W" + g.digits(4, False), "employee_id")]
    return [f"[车辆道闸] {_cnts(d)} 业主车辆 ", P(g.plate_cn(), PLATE), " 业主:", P(g.cn(), PER), " 月卡有效期至", f"{(d + timedelta(days=g.num(10, 300))):%Y-%m-%d}"]


def _t_jiaofei(g: _Gen) -> list:
    d = g.dt()
    kind = g.pick(("电费", "水费", "燃气费"))
    trade = D(f"{d:%Y%m%d}2200" + g.digits(16, False), "trade_no")
    if g.bare:
        return [f"【缴费记录】{_cnts(d)} 类型:{kind} 户名:", D(g.cn()[0] + "*", "masked"), f" 缴费金额:{g.num(20, 500)}.00元 缴费渠道:支付宝 交易流水:", trade, " 客服:", D("95598", "hotline")]
    if g.chance(0.6):
        return [f"【缴费记录】{_cnts(d)} 类型:{kind} 户名:", D(g.cn()[0] + "*", "masked"), f" 缴费金额:{g.num(20, 500)}.00元 交易流水:", trade, " 缴费人手机:", P(g.cn_mobile(), PH)]
    return [f"燃气开户 {_cnts(d)} 户主:", P(g.cn(), PER), " 身份证:", P(g.cn_id(), CNID), " 联系电话:", P(g.cn_mobile(), PH), " 表号:", D("RQ" + g.digits(10), "meter_no")]


def _t_yingyeting(g: _Gen) -> list:
    d = g.dt()
    hall = D(g.pick(("中国移动徐家汇营业厅", "中国联通中关村营业厅", "中国电信天府广场营业厅")), "place")
    staff = D(g.pick(("SH", "BJ", "CD")) + g.digits(6), "employee_id")
    if g.bare:
        return [f"BOSS受理 {_cnts(d)} 营业厅:", hall, " 工号:", staff, " 日结 受理笔数:", str(g.num(20, 300)), " 服务热线:", D(g.pick(("10086", "10010", "10000")), "hotline")]
    k = g.num(0, 2)
    if k == 0:
        return [f"BOSS受理 {_cnts(d)} 营业厅:", hall, " 工号:", staff, " 业务:新入网 客户:", P(g.cn(), PER), " 证件:", P(g.cn_id(), CNID), " 新号码:", P(g.cn_mobile(), PH)]
    if k == 1:
        return [f"BOSS受理 {_cnts(d)} 工号:", staff, " 业务:补换卡 客户号码:", P(g.cn_mobile(), PH), " 证件:", D(g.mask_id(g.cn_id()), "masked"), " 人证比对:通过"]
    return [f"BOSS受理 {_cnts(d)} 业务:携号转网 转出号码:", P(g.cn_mobile(), PH), " 机主:", P(g.cn(), PER), " 授权码:", D(g.chars(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + g.digits(4, False), "auth_code")]


def _t_zhaopin(g: _Gen) -> list:
    d = g.dt()
    job = g.pick(("高级Java开发工程师", "产品经理", "财务主管", "UI设计师", "销售代表", "数据分析师"))
    jid = D(f"JD{d:%Y}-{g.digits(4, False)}", "job_id")
    if g.bare:
        return [f"【职位发布】{_cnts(d)} 职位:{job}(", jid, f") 薪资:{g.num(8, 40)}-{g.num(41, 60)}K 招聘热线:", D(g.pick(("400-885-9898", "400-820-1234")), "hotline")]
    if g.chance(0.6):
        return [f"【简历投递】{_cnts(d)} 职位:{job}(", jid, ") 候选人:", P(g.cn(), PER), " 手机:", P(g.cn_mobile(), PH), " 邮箱:", P(g.cn_email(), EM), " 来源:官网"]
    return [f"【面试安排】{_cnts(d)} 候选人:", P(g.cn(), PER), f" 职位:{job} 面试官:", P(g.cn(), PER), " 会议号:", D(g.digits(3) + " " + g.digits(3, False) + " " + g.digits(3, False), "meeting_id")]


def _t_hunlian(g: _Gen) -> list:
    d = g.dt()
    uid = g.digits(9)
    if g.bare:
        return [f"[risk] {_cnts(d)} uid={uid} 会员昵称:", g.pick(("小鱼儿", "阳光男孩", "清风徐来", "一颗柠檬")), " 动作:发送礼物 风险分:", str(g.num(1, 30)), " 客服:", D("400-660-0520", "hotline")]
    k = g.num(0, 2)
    if k == 0:
        return [f"[risk] {_cnts(d)} uid={uid} 实名:", P(g.cn(), PER), " 消息内容含联系方式:\"加我吧 我电话", P(g.cn_mobile(), PH), "\" 处置:拦截并提醒"]
    if k == 1:
        return [f"[实名认证] {_cnts(d)} uid={uid} 姓名:", P(g.cn(), PER), " 身份证:", P(g.cn_id(), CNID), " 人脸比对:通过 渠道:", D("FACE" + g.digits(8), "request_id")]
    return [f"[risk] {_cnts(d)} uid={uid} 举报:对方以投资为由索要转账 被举报人实名:", P(g.cn(), PER), " 收款卡号:", P(g.card("unionpay"), CC)]


def _t_anquan(g: _Gen) -> list:
    d = g.dt()
    aid = D(f"ALERT-{d:%Y%m%d}-{g.digits(5)}", "alert_id")
    host = g.pick(("web-prod-03", "oa-app-01", "vpn-gw-02", "db-bak-01"))
    if g.bare:
        return [f"【安全事件】{_cnts(d)} 告警ID:", aid, f" 类型:WebShell检测 受害主机:{host} 样本SHA256:", D(g.hexs(64), "sha256"), " 处置:已隔离"]
    k = g.num(0, 2)
    if k == 0:
        return [f"【安全事件】{_cnts(d)} 告警ID:", aid, " 类型:SSH暴力破解 攻击源IP:", P(g.ip_pub(), IP), f" 受害主机:{host} 目标账号:", D(g.pick(("root", "admin", "oracle")), "role_account"),
                f" 失败次数:{g.num(50, 9000)} 处置:已封禁"]
    if k == 1:
        fk = g.f["zh_CN"]
        login = fk.last_romanized_name().lower() + fk.first_romanized_name().lower()
        return [f"【安全事件】{_cnts(d)} 告警ID:", aid, " 类型:账号异地登录 账号:", P(login, PER), " 登录IP:", P(g.ip_any(), IP), " 归属地:境外 常用地:", D(g.pick(("上海", "北京", "深圳")), "place")]
    return [f"【安全事件】{_cnts(d)} 类型:钓鱼邮件 收件人:", P(g.cn(), PER), " <", P(g.cn_email(), EM), "> 恶意链接域名:login-micros0ft.top 附件MD5:", D(g.hexs(32), "md5")]


def _t_gongdan(g: _Gen) -> list:
    d = g.dt()
    no = D(f"GD{d:%Y%m%d}{g.digits(5)}", "ticket_no")
    seat = D(g.digits(4, False), "employee_id")
    if g.bare:
        return ["工单号:", no, f" 创建时间:{_cnts(d)} 来源:在线客服 问题:咨询发票开具流程 坐席工号:", seat, " 状态:已解决"]
    k = g.num(0, 2)
    if k == 0:
        name, title = g.cn_titled()
        return ["工单号:", no, f" 创建时间:{_cnts(d)} 客户:", P(name, PER), title, " 来电号码:", P(g.cn_mobile(), PH), " 问题描述:退款未到账 坐席工号:", seat]
    if k == 1:
        tw = g.f["zh_TW"].name()
        return ["工單編號:", no, f" 建立時間:{_cnts(d)} 客戶:", P(tw, PER), " 電話:", P(g.phone("TW", g.pick(("nat", "plain"))), PH), " 問題:商品瑕疵申請退貨"]
    return ["工单号:", no, f" 创建时间:{_cnts(d)} 客户:", P(g.cn(), PER), " 邮箱:", P(g.cn_email(), EM), " 问题描述:发票抬头错误 回访电话:", D(g.mask_cn_phone(g.cn_mobile()), "masked")]


def _t_sms(g: _Gen) -> list:
    d = g.dt()
    head = f"{_cnts(d)}.{_ms(d)} INFO [sms-sender] "
    sign = g.pick(("某某科技", "云栖商城", "安心保", "便民服务"))
    tpl = D(f"SMS_{g.digits(9)}", "template_code")
    if g.bare:
        return [head, f"SendSms rate-limit triggered SignName={sign} TemplateCode=", tpl, f" qps={g.num(100, 900)} BizId=", D(f"{g.digits(6)}^{g.digits(10)}", "request_id")]
    if g.chance(0.6):
        return [head, "SendSms request: PhoneNumbers=", P(g.cn_mobile(), PH), f", SignName={sign}, TemplateCode=", tpl, ', TemplateParam={"code":"', D(g.digits(6), "otp_code"),
                '"} response: {"Code":"OK","Message":"OK"}']
    return [head, 'tencentcloud SendSms PhoneNumberSet=["', P(g.phone("CN", "e164"), PH), '"] TemplateId=', D(g.digits(7), "template_code"), ' TemplateParamSet=["',
            D(g.digits(4), "otp_code"), '","5"] SerialNo=', D(f"{g.num(2000, 3000)}:{g.digits(20)}", "request_id")]


def _t_wxpay(g: _Gen) -> list:
    d = g.dt()
    tid = D("42000" + g.digits(5) + f"{d:%Y%m%d}" + g.digits(10, False), "trade_no")
    if g.bare:
        return [f"[wxpay-notify] {_cnts(d)} transaction_id=", tid, " out_trade_no=", D(g.order18(d), "order_no"), f" trade_state=SUCCESS total_fee={g.num(100, 99999)} openid=o{g.alnum(27)}"]
    if g.chance(0.5):
        return [f"[wxpay-transfer] {_cnts(d)} batch_no=", D(f"PLZZ{d:%Y%m%d}{g.digits(6)}", "batch_no"), f" detail_no=MX{g.digits(12)} user_name=", P(g.cn(), PER),
                f" transfer_amount={g.num(200000, 990000)} remark=\"{d.month}月佣金\""]
    return [f"[wxpay-notify] {_cnts(d)} transaction_id=", tid, f" trade_state=SUCCESS total_fee={g.num(100, 99999)} attach={{\"phone\":\"", P(g.cn_mobile(), PH),
            "\",\"contact\":\"", P(g.cn(), PER), "\"}"]


def _t_alipay(g: _Gen) -> list:
    d = g.dt()
    trade = D(f"{d:%Y%m%d}2200" + g.digits(16, False), "trade_no")
    if g.bare:
        return [f"{_cnts(d)} alipay.trade.query response: {{\"code\":\"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"", D(g.mask_cn_phone(g.cn_mobile()), "masked"),
                f"\",\"buyer_user_id\":\"2088{g.digits(12, False)}\",\"trade_no\":\"", trade, f"\",\"total_amount\":\"{g.num(1, 999)}.00\",\"trade_status\":\"TRADE_SUCCESS\"}}"]
    ident = g.cn_mobile() if g.chance(0.6) else g.cn_email()
    return [f"{_cnts(d)} alipay.fund.trans.uni.transfer request: {{\"out_biz_no\":\"", D(g.order18(d), "order_no"), f"\",\"trans_amount\":\"{g.num(1, 5000)}.00\",\"payee_info\":{{\"identity\":\"",
            P(ident, PH if ident.isdigit() else EM), "\",\"identity_type\":\"ALIPAY_LOGON_ID\",\"name\":\"", P(g.cn(), PER), "\"}}"]


def _t_lpr(g: _Gen) -> list:
    d = g.dt()
    gate = D(g.pick(("B2东入口", "P1北出口", "地面南门", "B1西入口")), "gate")
    cam = D("DS-" + g.chars(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + g.digits(8), "device_serial")
    if g.bare:
        return [f"[LPR] {_cnts(d)} 通道:", gate, " 车牌:无牌车 置信度:0.00 相机SN:", cam, " 位置:", D(f"{g.num(113, 121)}.{g.digits(6, False)},{g.num(22, 39)}.{g.digits(6, False)}", "coordinates")]
    nev = g.chance(0.35)
    plate = g.plate_cn(nev)
    if g.chance(0.7):
        return [f"[LPR] {_cnts(d)} 通道:", gate, " 车牌:", P(plate, PLATE), f" 颜色:{'绿' if nev else '蓝'} 置信度:0.{g.num(80, 99)} 相机SN:", cam, " 入场"]
    return [f"[LPR] {_cnts(d)} 出场 车牌:", P(plate, PLATE), f" 停车时长:{g.num(0, 20)}小时{g.num(0, 59)}分 应收:{g.num(0, 80)}.00元 支付方式:无感支付 车主手机:", D(g.mask_cn_phone(g.cn_mobile()), "masked")]


def _t_weifa(g: _Gen) -> list:
    d = g.dt()
    spot = D(g.pick(("G60沪昆高速K12+300", "中山北路与延安路路口", "京藏高速北沙滩桥", "深南大道华强路口")), "place")
    if g.bare:
        return [f"违法记录 {_cnts(d)} 设备编号:", D(f"{g.digits(12)}", "device_serial"), " 违法地点:", spot, " 设备自检:正常 版本:", D(g.version(), "version")]
    if g.chance(0.6):
        return [f"违法记录 {_cnts(d)} 号牌号码:", P(g.plate_cn(), PLATE), " 号牌种类:小型汽车 违法地点:", spot, " 违法行为:超速20%以下 当事人:", P(g.cn(), PER), " 驾驶证号:", P(g.cn_id(), CNID)]
    return [f"违法处理 {_cnts(d)} 号牌:", P(g.plate_cn(), PLATE), " 处理人:", P(g.cn(), PER), " 联系电话:", P(g.cn_mobile(), PH), " 罚款200元 记3分 决定书编号:", D(g.digits(15), "decision_no")]


def _t_maidian(g: _Gen) -> list:
    d = g.dt()
    ts = f"{_epoch(d)}{_ms(d)}"
    if g.bare:
        return ['{"event":"quiz_answer","time":', ts, ',"distinct_id":"', D(g.uuid4(), "uuid"), '","properties":{"question":"《静夜思》的作者是谁","answer":"',
                D(g.pick(_CN_FIGURES), "public_figure"), '","$app_version":"', D(g.version(), "version"), '"}}']
    k = g.num(0, 2)
    if k == 0:
        return ['{"event":"register","time":', ts, ',"distinct_id":"', D(g.uuid4(), "uuid"), '","properties":{"$os":"Android","phone":"', P(g.cn_mobile(), PH),
                '","nickname":"小鱼儿","$app_version":"', D(g.version(), "version"), '"}}']
    if k == 1:
        return ['{"event":"realname_verify","time":', ts, ',"properties":{"real_name":"', P(g.cn(), PER), '","id_card":"', P(g.cn_id(), CNID), '","result":"pass"}}']
    return ['{"event":"address_add","time":', ts, ',"properties":{"consignee":"', P(g.cn(), PER), '","mobile":"', P(g.cn_mobile(), PH), '","city":"', g.f["zh_CN"].city(), '"}}']


def _t_oa(g: _Gen) -> list:
    d = g.dt()
    flow = D(f"FK-{d:%Y-%m}-{g.digits(4)}", "flow_no")
    if g.bare:
        return [f"OA审批 {_cnts(d)} 流程:", flow, " 节点:财务复核 处理人:", D("finance-robot", "role_account"), f" 金额:¥{g.num(1000, 90000):,}.00 状态:已归档"]
    if g.chance(0.6):
        return [f"OA审批 {_cnts(d)} 流程:", flow, " 申请人:", P(g.cn(), PER), " 事项:差旅报销 收款人:", P(g.cn(), PER), " 收款账号:", P(g.card("unionpay"), CC),
                f" 开户行:{g.pick(('招商银行上海分行', '工商银行北京分行', '建设银行深圳分行'))} 金额:¥{g.num(100, 20000):,}.00"]
    return [f"OA审批 {_cnts(d)} 流程:", flow, " 申请人:", P(g.cn(), PER), " 事项:新员工入职 身份证:", P(g.cn_id(), CNID), " 部门:研发中心 工号:", D("E" + g.digits(5), "employee_id")]


def _t_wangba(g: _Gen) -> list:
    d = g.dt()
    site = D(g.pick(_CN_AREAS) + g.digits(4), "venue_code")
    if g.bare:
        return [f"[网吧实名] {_cnts(d)} 场所编码:", site, f" 在线人数:{g.num(0, 120)} 终端总数:{g.num(60, 200)} 上报状态:成功"]
    ip = f"192.168.{g.num(0, 9)}.{g.num(10, 250)}"
    return [f"[网吧实名] {_cnts(d)} 场所编码:", site, f" 终端:{g.pick('ABCD')}-{g.num(1, 99):03d} IP:", P(ip, IP), " 上网人员:", P(g.cn(), PER), " 证件号:", P(g.cn_id(), CNID),
            f" {g.pick(('上机', '下机'))}"]


def _t_songda(g: _Gen) -> list:
    d = g.dt()
    case = D(f"（{d.year}）{g.pick(('沪0104', '京0105', '粤0305', '浙0106'))}{g.pick(('民初', '民终', '执'))}{g.num(100, 30000)}号", "case_no")
    if g.bare:
        return [f"电子送达 {_cnts(d)} 案号:", case, " 批量送达任务完成 成功:", str(g.num(10, 500)), " 失败:0 诉讼服务热线:", D("12368", "hotline")]
    if g.chance(0.7):
        return [f"电子送达 {_cnts(d)} 案号:", case, " 受送达人:", P(g.cn(), PER), " 送达号码:", P(g.cn_mobile(), PH), f" 文书:{g.pick(('传票', '判决书', '举证通知书'))} 状态:已送达"]
    return [f"电子送达 {_cnts(d)} 案号:", case, " 受送达人:", P(g.cn(), PER), " 送达邮箱:", P(g.cn_email(), EM), " 状态:已阅读"]


def _t_einvoice(g: _Gen) -> list:
    d = g.dt()
    inv = D(g.chars(2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + g.digits(8, False), "invoice_no")
    ban = g.digits(8)
    if g.bare:
        return [f"[E-Invoice] {_cnts(d)} 發票號碼:", inv, " 賣方統編:", D(ban, "company_tax_id"), f" 字軌配號完成 剩餘張數:{g.num(10, 5000)}"]
    tw = g.f["zh_TW"].name()
    if g.chance(0.6):
        return [f"[E-Invoice] {_cnts(d)} 發票號碼:", inv, " 買受人:", P(tw, PER), " 手機:", P(g.phone("TW", g.pick(("nat", "plain"))), PH), f" 金額:NT${g.num(50, 9000):,} 賣方統編:",
                D(ban, "company_tax_id")]
    return [f"[E-Invoice] {_cnts(d)} 發票號碼:", inv, " 買受人:", P(tw, PER), " 電子郵件:", P(g.f["zh_TW"].free_email(), EM), " 中獎通知已寄送"]


# ---------------------------------------------------------------- registry

_TEMPLATES = (
    ("android_logcat", _t_logcat),
    ("ios_nslog", _t_ios),
    ("twilio_sms_gateway", _t_twilio),
    ("postfix", _t_postfix),
    ("email_headers", _t_mailhdr),
    ("dns_query_log", _t_dns),
    ("dhcp_leases", _t_dhcp),
    ("wireguard", _t_wireguard),
    ("stripe_webhook_laravel", _t_stripe),
    ("jira_zendesk_audit", _t_jira),
    ("salesforce_debug", _t_salesforce),
    ("pharmacy_dispensing", _t_pharmacy),
    ("airline_pnr_apis", _t_pnr),
    ("hotel_pms_ifc", _t_hotel),
    ("car_rental", _t_rental),
    ("game_server", _t_game),
    ("smart_lock", _t_lock),
    ("postgresql", _t_postgres),
    ("redis", _t_redis),
    ("python_traceback", _t_python),
    ("java_exception", _t_java),
    ("git_log", _t_git),
    ("docker_containerd", _t_docker),
    ("elasticsearch_slowlog", _t_es),
    ("node_api_graphql_jwt", _t_node),
    ("s3_presigned_boto", _t_s3),
    ("paypal_ipn", _t_paypal),
    ("hl7_v2", _t_hl7),
    ("fhir_json", _t_fhir),
    ("slack_m365_audit_json", _t_slack),
    ("hr_payroll_csv", _t_hr),
    ("asterisk_cdr_csv", _t_cdr),
    ("env_dump", _t_env),
    ("logfmt", _t_logfmt),
    ("xml_sepa_soap", _t_xml),
    ("yaml_rails_params", _t_yaml),
    ("cn_110_jiejing", _t_jiejing),
    ("cn_patrol_check", _t_pancha),
    ("cn_ride_hailing", _t_wangyueche),
    ("cn_carpool_safety", _t_shunfeng),
    ("cn_shared_bike", _t_bike),
    ("cn_12306", _t_12306),
    ("cn_flight_checkin", _t_checkin),
    ("cn_medical_insurance", _t_yibao),
    ("cn_hospital_registration", _t_guahao),
    ("cn_emr_summary", _t_emr),
    ("cn_parcel_locker", _t_locker),
    ("cn_grid_visit", _t_wangge),
    ("cn_property_access", _t_wuye),
    ("cn_utility_payment", _t_jiaofei),
    ("cn_telecom_hall", _t_yingyeting),
    ("cn_recruitment", _t_zhaopin),
    ("cn_dating_risk", _t_hunlian),
    ("cn_security_incident", _t_anquan),
    ("cn_support_ticket", _t_gongdan),
    ("cn_sms_gateway", _t_sms),
    ("cn_wechat_pay", _t_wxpay),
    ("cn_alipay", _t_alipay),
    ("cn_parking_lpr", _t_lpr),
    ("cn_traffic_violation", _t_weifa),
    ("cn_app_tracking_json", _t_maidian),
    ("cn_oa_payment", _t_oa),
    ("cn_internet_cafe", _t_wangba),
    ("cn_court_service", _t_songda),
    ("tw_einvoice", _t_einvoice),
)
TEMPLATE_NAMES = tuple(name for name, _ in _TEMPLATES)


def _assemble(pieces: list, tid: int) -> dict:
    text: list[str] = []
    spans: list[list] = []
    decoys: list[list] = []
    pos = 0
    for piece in pieces:
        if isinstance(piece, str):
            text.append(piece)
            pos += len(piece)
            continue
        value, label, planted = piece
        (spans if planted else decoys).append([pos, pos + len(value), label])
        text.append(value)
        pos += len(value)
    return {"text": "".join(text), "spans": spans, "decoys": decoys, "template": tid}


def _check_record(rec: dict) -> list[str]:
    errs: list[str] = []
    text = rec.get("text")
    if not isinstance(text, str) or "\n" in text:
        return ["text must be a single-line str"]
    if not isinstance(rec.get("template"), int) or not 0 <= rec["template"] < len(_TEMPLATES):
        errs.append("bad template index")
    spans, decoys = rec.get("spans", []), rec.get("decoys", [])
    if len(spans) > 3 or len(decoys) > 3:
        errs.append(f"too many spans/decoys ({len(spans)}/{len(decoys)})")
    intervals = []
    for s, e, lab in spans:
        if not (0 <= s < e <= len(text)) or lab not in TYPES:
            errs.append(f"bad span {s, e, lab}")
            continue
        intervals.append((s, e))
        if not _value_ok(text[s:e], lab):
            errs.append(f"invalid {lab}: {text[s:e]!r}")
    for s, e, kind in decoys:
        if not (0 <= s < e <= len(text)) or not isinstance(kind, str) or not kind:
            errs.append(f"bad decoy {s, e, kind}")
            continue
        intervals.append((s, e))
        v = text[s:e]
        if kind == "masked" and not re.search(r"[*X]|FILTERED", v):
            errs.append(f"masked decoy without mask: {v!r}")
        if kind == "order_no" and len(v) == 18 and v.isdigit() and _cn_id_ok(v):
            errs.append(f"18-digit order number passes id check: {v!r}")
        if kind == "luhn_valid_sku" and not _luhn_ok(v):
            errs.append(f"sku not luhn-valid: {v!r}")
    intervals.sort()
    for (_, e1), (s2, _) in pairwise(intervals):
        if s2 < e1:
            errs.append(f"overlap at {s2}")
    exact = {(s, e) for s, e, _ in spans}
    for s, e, lab in spans:
        v = text[s:e]
        i = text.find(v)
        while i != -1:
            if (i, i + len(v)) not in exact:
                errs.append(f"{lab} value {v!r} also occurs unlabelled at {i}")
                break
            i = text.find(v, i + 1)
    return errs


def validate(records: list[dict]) -> bool:
    """Raise AssertionError on the first bad record; return True otherwise."""
    for n, rec in enumerate(records):
        errs = _check_record(rec)
        if errs:
            raise AssertionError(f"record {n}: {errs} :: {rec.get('text')!r}")
    return True


def blind_log4(n: int = 6000, seed: int = 59) -> list[dict]:
    g = _Gen(seed)
    out: list[dict] = []
    for _ in range(n):
        tid = g.r.randrange(len(_TEMPLATES))
        g.bare = g.r.random() < _BARE_RATE
        fn = _TEMPLATES[tid][1]
        for _attempt in range(60):
            rec = _assemble(fn(g), tid)
            if not _check_record(rec) and (g.bare or rec["spans"]):
                break
        else:
            raise AssertionError(f"template {TEMPLATE_NAMES[tid]} cannot produce a valid line: {_check_record(rec)} {rec['text']!r}")
        out.append(rec)
    return out


def _main() -> None:
    recs = blind_log4(6000, 59)
    validate(recs)
    types = Counter(lab for r in recs for _, _, lab in r["spans"])
    kinds = Counter(k for r in recs for _, _, k in r["decoys"])
    tpls = Counter(r["template"] for r in recs)
    empty = sum(1 for r in recs if not r["spans"])
    print(f"records: {len(recs)}  without planted value: {empty} ({empty / len(recs):.1%})")
    print("spans per TYPE:")
    for t in TYPES:
        print(f"  {t:16s} {types[t]}")
    print("decoys per KIND:")
    for k, c in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:22s} {c}")
    print("lines per template:")
    for i, name in enumerate(TEMPLATE_NAMES):
        print(f"  {i:2d} {name:28s} {tpls[i]}")
    print("samples:")
    firsts: dict[int, dict] = {}
    for r in recs:
        firsts.setdefault(r["template"], r)
    for r in [firsts[t] for t in sorted(firsts)][::4][:15]:
        print("  " + r["text"])
        print("     spans:", [(r["text"][s:e], t) for s, e, t in r["spans"]], "decoys:", [(r["text"][s:e], k) for s, e, k in r["decoys"]])


if __name__ == "__main__":
    _main()
