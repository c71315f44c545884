"""Blind PII benchmark #31: airline and airport operations logs.

Written independently of the redactor (its code, rules and tests were never
read).  Theme: an airline ("Silverwing Airways", SW / 741, 银翼航空) and its
airports -- reservations and ticketing, check-in and boarding, baggage
tracing, loyalty programme, crew rostering, call-centre notes, disruption
rebooking, lounge access and APIS passenger data.

    blind_log31(n, seed=0) -> list of {"text", "spans", "decoys", "template"}

* spans:  [start, end, TYPE] for every personal value planted in the line.
* decoys: [start, end, kind] for non-personal values that resemble personal
  ones (server addresses, role mailboxes, masked values, ids, amounts,
  aircraft registrations, famous people, airports named after people...).

Only the standard library and Faker are used.  Output is deterministic for a
seed (random.Random(seed) plus Faker.seed_instance(seed)).
"""
from __future__ import annotations

import base64
import json
import random
import re
import unicodedata
from urllib.parse import quote

from faker import Faker

__all__ = ["blind_log31", "TEMPLATE_COUNT", "TYPES"]

TYPES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
    "LICENSE_PLATE",
})

# --------------------------------------------------------------------------
# labelled values and line assembly
# --------------------------------------------------------------------------


def P(v):
    return ("S", v, "PERSON")


def E(v):
    return ("S", v, "EMAIL_ADDRESS")


def PH(v):
    return ("S", v, "PHONE_NUMBER")


def IP(v):
    return ("S", v, "IP_ADDRESS")


def CR(v):
    return ("S", v, "CREDENTIAL")


def CC(v):
    return ("S", v, "CREDIT_CARD")


def IB(v):
    return ("S", v, "IBAN_CODE")


def SSN(v):
    return ("S", v, "US_SSN")


def PP(v):
    return ("S", v, "PASSPORT")


def CID(v):
    return ("S", v, "CN_RESIDENT_ID")


def LP(v):
    return ("S", v, "LICENSE_PLATE")


def D(v, kind):
    return ("D", v, kind)


def _emit(a, out, spans, decoys, pos):
    if isinstance(a, tuple):
        tag, v, lab = a
        v = str(v)
        end = pos + len(v)
        (spans if tag == "S" else decoys).append([pos, end, lab])
        out.append(v)
        return end
    if isinstance(a, list):
        for x in a:
            pos = _emit(x, out, spans, decoys, pos)
        return pos
    s = str(a)
    out.append(s)
    return pos + len(s)


def _fmt(fmt, *args):
    """Fill each "{}" of fmt with an arg: str literal, labelled tuple or list."""
    pieces = fmt.split("{}")
    if len(pieces) != len(args) + 1:
        raise AssertionError(f"placeholder mismatch ({len(pieces) - 1} vs {len(args)}): {fmt[:60]}")
    out, spans, decoys, pos = [], [], [], 0
    for i, piece in enumerate(pieces):
        out.append(piece)
        pos += len(piece)
        if i < len(args):
            pos = _emit(args[i], out, spans, decoys, pos)
    return "".join(out), spans, decoys


# --------------------------------------------------------------------------
# static vocabularies
# --------------------------------------------------------------------------

_LOCALES = ("en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE",
            "es_ES", "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL",
            "pl_PL", "tr_TR", "vi_VN")
_LATIN_LOCALES = ("en_US", "en_GB", "en_IN", "fr_FR", "de_DE", "es_ES", "pt_BR",
                  "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN", "zh_CN", "zh_TW",
                  "ja_JP", "ko_KR", "ru_RU")
_LOC_CC = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW",
           "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP",
           "ko_KR": "KR", "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
           "tr_TR": "TR", "vi_VN": "VN"}
_ISO3 = {"US": "USA", "GB": "GBR", "IN": "IND", "CN": "CHN", "TW": "TWN", "FR": "FRA",
         "DE": "DEU", "ES": "ESP", "BR": "BRA", "JP": "JPN", "KR": "KOR", "RU": "RUS",
         "IT": "ITA", "NL": "NLD", "PL": "POL", "TR": "TUR", "VN": "VNM"}
_CALLING = {"US": "1", "GB": "44", "IN": "91", "CN": "86", "TW": "886", "FR": "33",
            "DE": "49", "ES": "34", "BR": "55", "JP": "81", "KR": "82", "RU": "7",
            "IT": "39", "NL": "31", "PL": "48", "TR": "90", "VN": "84"}
_KO_SUR = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin")
_KO_GIVEN = ("Minjun", "Seoyeon", "Jiwoo", "Hyunwoo", "Jisoo", "Eunji", "Dohyun", "Yuna",
             "Sungmin", "Hayoon", "Jaehyun", "Soyeon")
_RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                   "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                   "", "e", "yu", "ya"]))
_SPECIAL = {"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "d", "Đ": "D",
            "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}

_MAIL_DOMAINS = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"),
    "GB": ("gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"),
    "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
    "CN": ("163.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net"),
    "TW": ("gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net"),
    "FR": ("orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"),
    "DE": ("web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"),
    "ES": ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"),
    "BR": ("gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"),
    "JP": ("yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"),
    "KR": ("naver.com", "daum.net", "gmail.com", "hanmail.net"),
    "RU": ("mail.ru", "yandex.ru", "gmail.com", "rambler.ru"),
    "IT": ("libero.it", "gmail.com", "virgilio.it", "tiscali.it"),
    "NL": ("ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"),
    "PL": ("wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"),
    "TR": ("gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"),
    "VN": ("gmail.com", "yahoo.com.vn", "outlook.com"),
}
_ROLE_MAIL = ("support@silverwing-air.com", "noreply@silverwing-air.com",
              "baggage@silverwing-air.com", "groups@silverwing-air.com",
              "refunds@silverwing-air.com", "customer.relations@silverwing-air.com",
              "no-reply@notify.silverwing-air.com", "ops-control@silverwing-air.com",
              "crew.control@silverwing-air.com", "crew.scheduling@silverwing-air.com",
              "lounge.lhr@silverwing-air.com", "apis@silverwing-air.com")
_ROLE_MAIL_CN = ("service@silverwing.cn", "noreply@silverwing.cn", "kefu@silverwing.cn",
                 "invoice@silverwing.cn")
_COMPANIES = ("Amadeus", "Sabre", "SITA", "Swissport", "dnata", "Menzies Aviation",
              "Lufthansa", "Cathay Pacific", "Emirates", "Booking.com", "Expedia",
              "Worldpay", "Adyen", "Collins Aerospace", "Travelport", "WorldTracer")
_HOTELS = ("Hilton Garden Inn", "Holiday Inn Express", "Novotel", "Ibis Styles",
           "Marriott Courtyard", "Sheraton", "Premier Inn", "Radisson Blu", "Crowne Plaza")
_TRANSPORT = ("Addison Lee", "National Express", "Uber for Business", "FlixBus", "Blacklane")
_SMS_PROVIDERS = ("Twilio", "Vonage", "Infobip", "Sinch", "MessageBird")
_AIRPORTS = ("LHR", "JFK", "CDG", "FRA", "PEK", "PVG", "CAN", "SZX", "HKG", "TPE", "NRT",
             "HND", "ICN", "DXB", "SIN", "BOM", "DEL", "GRU", "MAD", "BCN", "FCO", "AMS",
             "WAW", "IST", "SVO", "SGN", "HAN", "ORD", "LAX", "SFO", "MUC", "MXP", "LIS",
             "ZRH", "CTU", "KMG", "XIY", "MAN", "EDI", "BOS")
_CN_AIRPORTS = ("北京首都", "北京大兴", "上海浦东", "上海虹桥", "广州白云", "深圳宝安",
                "成都天府", "重庆江北", "杭州萧山", "西安咸阳", "昆明长水", "厦门高崎")
_TW_AIRPORTS = ("桃園", "松山", "高雄", "台中")
_NAMED_AIRPORTS = (("John F. Kennedy International", "JFK"), ("Charles de Gaulle", "CDG"),
                   ("Indira Gandhi International", "DEL"),
                   ("Chhatrapati Shivaji Maharaj International", "BOM"),
                   ("Ninoy Aquino International", "MNL"), ("Leonardo da Vinci-Fiumicino", "FCO"),
                   ("Ronald Reagan Washington National", "DCA"),
                   ("George Bush Intercontinental", "IAH"),
                   ("Adolfo Suárez Madrid-Barajas", "MAD"), ("Lech Wałęsa Gdańsk", "GDN"),
                   ("Václav Havel Prague", "PRG"), ("Jomo Kenyatta International", "NBO"),
                   ("O. R. Tambo International", "JNB"), ("Ben Gurion", "TLV"),
                   ("Marco Polo Venice", "VCE"), ("Warsaw Chopin", "WAW"),
                   ("Louis Armstrong New Orleans", "MSY"), ("John Lennon Liverpool", "LPL"),
                   ("George Best Belfast City", "BHD"), ("Sabiha Gökçen", "SAW"))
_SONGS = (("Shake It Off", "Taylor Swift"), ("Hello", "Adele"), ("Shape of You", "Ed Sheeran"),
          ("Halo", "Beyoncé"), ("Bad Guy", "Billie Eilish"), ("Dynamite", "BTS"),
          ("La Vie en rose", "Édith Piaf"), ("Despacito", "Luis Fonsi"))
_FILMS = (("Cast Away", "Tom Hanks"), ("Inception", "Leonardo DiCaprio"),
          ("The Devil Wears Prada", "Meryl Streep"), ("John Wick", "Keanu Reeves"),
          ("Amélie", "Audrey Tautou"), ("Parasite", "Song Kang-ho"),
          ("Top Gun: Maverick", "Tom Cruise"), ("Barbie", "Margot Robbie"))
_CN_SONGS = (("周杰伦", "晴天"), ("王菲", "红豆"), ("邓丽君", "月亮代表我的心"), ("林俊杰", "江南"),
             ("陈奕迅", "十年"))
_CN_FILMS = (("成龙", "警察故事"), ("吴京", "流浪地球"), ("周星驰", "功夫"), ("巩俐", "大红灯笼高高挂"),
             ("沈腾", "西虹市首富"))
_CN_QUOTES = (("横眉冷对千夫指，俯首甘为孺子牛", "鲁迅"), ("天生我材必有用", "李白"),
              ("路漫漫其修远兮，吾将上下而求索", "屈原"), ("弱小和无知不是生存的障碍，傲慢才是", "刘慈欣"),
              ("世上本没有路，走的人多了，也便成了路", "鲁迅"))
_CN_COMPANIES = ("北京星河科技有限公司", "上海澜海贸易有限公司", "深圳前海云帆信息技术有限公司",
                 "成都天府国际旅行社有限公司", "杭州青禾网络科技有限公司")
_CN_BANKS = ("招商银行", "中国工商银行", "中国建设银行", "交通银行", "中国银行")
_CN_PHONE_PREFIX = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                    "152", "155", "158", "159", "166", "176", "177", "180", "181", "186",
                    "187", "188", "189", "199")
_CN_AREAS = ("110101", "110105", "110108", "120101", "310101", "310104", "310115", "320102",
             "320106", "330102", "330106", "340104", "350203", "370202", "410105", "420102",
             "430104", "440103", "440106", "440305", "440306", "450103", "500103", "510104",
             "510107", "610113", "210102", "220102", "230103", "530102")
_CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIG = "0123456789"
_ALNUM = _UPPER + _DIG
_B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_PNR_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_PW_WORDS = ("Summer", "Winter", "London", "Heathrow", "Skyclub", "Dragon", "Monkey",
             "Sunshine", "Football", "Welcome", "Pilot", "Aurora", "Bangkok", "Qwerty")
_PW_PINYIN = ("wangfang", "zhangwei", "liuyang", "chenjing", "iloveyou", "woaini", "ahmet",
              "maria", "princess", "jordan")
_RANKS = ("CPT", "FO", "SO", "CSD", "CS", "CC", "PUR")
_BASES = ("LHR", "MAN", "PVG", "PEK", "JFK", "FRA", "SIN")
_TIERS = ("BLUE", "SILVER", "GOLD", "PLATINUM")
_CN_TIERS = ("普卡", "银卡", "金卡", "白金卡")
_UAS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Mobile Safari/537.36",
        "SilverwingApp/8.14.2 (iOS 17.4; iPhone15,2)", "okhttp/4.12.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15")
_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MON_T = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PUBLIC_V4 = (23, 31, 37, 41, 45, 46, 49, 58, 59, 60, 61, 62, 66, 71, 73, 77, 78, 79, 80, 81,
              82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 101, 103, 106, 110, 111,
              112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 139, 140,
              151, 152, 171, 175, 176, 177, 178, 180, 181, 182, 183, 185, 186, 187, 188, 189,
              190, 191, 193, 194, 195, 197, 200, 201, 210, 211, 212, 213, 217, 218, 219, 220,
              221, 222)
_V6_PREFIX = ("2a02:c7f", "2a01:cb00", "2001:56a", "2600:1700", "2607:fb90", "240e:3b4",
              "2409:8a1e", "2408:8207", "2a00:23c6", "2001:4456", "2400:4050")

_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def _luhn_ok(num: str) -> bool:
    return _luhn_digit(num[:-1]) == num[-1]


def _cn_check(body17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, _ID_W)) % 11]


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _ascii(s: str) -> str:
    s = "".join((_RU_TR[c.lower()].capitalize() if c.isupper() else _RU_TR[c.lower()])
                if c.lower() in _RU_TR else c for c in s)
    s = "".join(_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s if c.isascii() and (c.isalpha() or c in " -'")).strip()


def _cap(s: str) -> str:
    return "-".join(p.capitalize() for p in s.split("-"))


_FAKERS = None


def _fakers():
    global _FAKERS
    if _FAKERS is None:
        _FAKERS = {loc: Faker(loc) for loc in _LOCALES}
    return _FAKERS


class _Person:
    __slots__ = ("loc", "cc", "male", "given", "surname", "full", "lg", "ls")


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


class _G:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.fk = _fakers()
        for f in self.fk.values():
            f.seed_instance(seed)

    # ---- small helpers -------------------------------------------------
    def dg(self, n):
        r = self.r
        return "".join(r.choice(_DIG) for _ in range(n))

    def al(self, n, alphabet=_UPPER):
        r = self.r
        return "".join(r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    # ---- time ------------------------------------------------------------
    def _dt(self):
        r = self.r
        return (r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28),
                r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))

    def iso(self):
        y, mo, d, h, mi, s = self._dt()
        r = self.r
        tail = r.choice(("Z", f".{r.randint(0, 999):03d}Z", "+00:00", "+08:00", "+01:00"))
        return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{tail}"

    def cnts(self):
        y, mo, d, h, mi, s = self._dt()
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"

    def logts(self):
        y, mo, d, h, mi, s = self._dt()
        return f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{self.r.randint(0, 999):03d}"

    def sysl(self):
        _, mo, d, h, mi, s = self._dt()
        return f"{_MON_T[mo - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d}"

    def apache(self):
        y, mo, d, h, mi, s = self._dt()
        return f"{d:02d}/{_MON_T[mo - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"

    def ddmon(self):
        return f"{self.r.randint(1, 28):02d}{self.r.choice(_MON)}"

    def ddmonyy(self, lo=1940, hi=2016):
        return f"{self.r.randint(1, 28):02d}{self.r.choice(_MON)}{self.r.randint(lo, hi) % 100:02d}"

    def date(self):
        y, mo, d, *_ = self._dt()
        return f"{y}-{mo:02d}-{d:02d}"

    def hhmm(self):
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    # ---- people ----------------------------------------------------------
    def person(self, loc=None):
        r = self.r
        if loc is None:
            loc = r.choice(_LOCALES)
        f = self.fk[loc]
        p = _Person()
        p.loc, p.cc = loc, _LOC_CC[loc]
        p.male = r.random() < 0.5
        given = f.first_name_male() if p.male else f.first_name_female()
        surname = f.last_name_male() if p.male else f.last_name_female()
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            full = surname + given
        elif loc == "ja_JP":
            full = surname + r.choice((" ", ""))
            full += given
        elif loc == "vi_VN":
            full = f"{surname} {f.middle_name()} {given}" if r.random() < 0.6 else f"{surname} {given}"
        elif loc == "ru_RU":
            k = r.randrange(3)
            if k == 0:
                full = f"{given} {surname}"
            elif k == 1:
                mid = f.middle_name_male() if p.male else f.middle_name_female()
                full = f"{surname} {given} {mid}"
            else:
                full = f"{surname} {given}"
        else:
            full = f"{given} {surname}"
        p.given, p.surname, p.full = given, surname, full
        if loc in ("zh_CN", "zh_TW", "ja_JP"):
            lg, ls = _cap(f.first_romanized_name().lower()), _cap(f.last_romanized_name().lower())
        elif loc == "ko_KR":
            lg, ls = r.choice(_KO_GIVEN), r.choice(_KO_SUR)
        else:
            lg, ls = _ascii(given), _ascii(surname)
        p.lg, p.ls = (lg or "Alex"), (ls or "Morgan")
        return p

    def latin_person(self):
        return self.person(self.r.choice(_LATIN_LOCALES))

    def zh(self, tw=False):
        return self.person("zh_TW" if tw else "zh_CN")

    @staticmethod
    def gds(p, maxlen=None):
        s = re.sub(r"[^A-Z]", "", p.ls.upper())
        g = re.sub(r"[^A-Z ]", "", p.lg.upper()).strip()
        g = re.sub(r" +", " ", g)
        if maxlen:
            s = s[: max(2, maxlen - 3)]
            g = g[: max(1, maxlen - len(s) - 1)].strip()
        return f"{s}/{g}"

    def title(self, p, style="en"):
        if style == "en":
            return "MR" if p.male else self.r.choice(("MRS", "MS", "MISS"))
        return ""

    @staticmethod
    def _low(s):
        return re.sub(r"[^a-z]", "", s.lower())

    def email(self, p):
        r = self.r
        lg, ls = self._low(p.lg) or "alex", self._low(p.ls) or "morgan"
        if p.cc == "CN" and r.random() < 0.3:
            return f"{r.randint(10000, 2999999999)}@qq.com"
        local = r.choice((f"{lg}.{ls}", f"{lg}{ls}", f"{lg[0]}{ls}", f"{lg}_{ls}", f"{ls}.{lg}",
                          f"{lg}{ls[0]}{r.randint(1, 99)}", f"{lg}.{ls}{r.randint(60, 99)}",
                          f"{ls}{lg}{r.randint(1970, 2006)}", f"{lg[0]}.{ls}"))
        return f"{local}@{r.choice(_MAIL_DOMAINS[p.cc])}"

    def staff_email(self, p):
        lg, ls = self._low(p.lg) or "alex", self._low(p.ls) or "morgan"
        return self.r.choice((f"{lg}.{ls}", f"{lg[0]}.{ls}", f"{lg[0]}{ls}")) + "@silverwing-air.com"

    def login(self, p):
        r = self.r
        lg, ls = self._low(p.lg) or "alex", (self._low(p.ls) or "morgan")[:10]
        return r.choice((f"{lg[0]}{ls}", f"{lg}.{ls}", f"{ls}{lg[0]}", f"{lg[0]}{ls}{r.randint(1, 99)}",
                         f"{ls}.{lg}", f"{lg}{ls}", f"{lg}_{ls[0]}"))

    # ---- phones ----------------------------------------------------------
    def phone(self, cc=None, style=None):
        r, dg = self.r, self.dg
        if cc is None:
            cc = r.choice(tuple(_CALLING))
        if cc == "US":
            a = r.choice(("212", "312", "415", "617", "646", "713", "206", "305", "404", "702", "503", "818"))
            b, c = str(r.randint(201, 999)), dg(4)
            nsn = a + b + c
            opts = (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}",
                    f"{a}.{b}.{c}", f"1 ({a}) {b}-{c}")
        elif cc == "GB":
            m = "7" + r.choice(("400", "507", "700", "723", "800", "825", "911", "956")) + dg(6)
            nsn = m
            opts = (f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}", f"+44{m}", f"0{m}")
            if r.random() < 0.2:
                m = "20" + r.choice("378") + dg(7)
                nsn = m
                opts = (f"020 {m[2:6]} {m[6:]}", f"+44 20 {m[2:6]} {m[6:]}")
        elif cc == "IN":
            m = r.choice("9876") + dg(9)
            nsn = m
            opts = (f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"0{m}", f"{m[:5]} {m[5:]}", f"+91{m}", f"91-{m}")
        elif cc == "CN":
            m = r.choice(_CN_PHONE_PREFIX) + dg(8)
            nsn = m
            opts = (m, m, f"+86 {m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86-{m}",
                    f"{m[:3]} {m[3:7]} {m[7:]}", f"+86{m}", f"(+86){m}")
        elif cc == "TW":
            m = "9" + dg(8)
            nsn = m
            opts = (f"0{m[:3]}-{m[3:6]}-{m[6:]}", f"0{m[:3]} {m[3:6]} {m[6:]}",
                    f"+886 {m[:3]} {m[3:6]} {m[6:]}", f"+886-{m[:3]}-{m[3:]}", f"0{m}")
        elif cc == "FR":
            m = r.choice("67") + dg(8)
            n = "0" + m
            nsn = m
            opts = (" ".join(n[i:i + 2] for i in range(0, 10, 2)), f"+33 {m[0]} " + " ".join(m[i:i + 2] for i in range(1, 9, 2)),
                    n, f"+33{m}", ".".join(n[i:i + 2] for i in range(0, 10, 2)))
        elif cc == "DE":
            m = r.choice(("151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176",
                          "177", "178", "179")) + dg(r.choice((7, 8)))
            nsn = m
            opts = (f"0{m[:3]} {m[3:]}", f"+49 {m[:3]} {m[3:]}", f"+49 (0){m[:3]} {m[3:]}", f"0{m[:3]}/{m[3:]}",
                    f"+49{m}", f"0{m[:3]}-{m[3:]}")
        elif cc == "ES":
            m = r.choice("67") + dg(8)
            nsn = m
            opts = (f"+34 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", m, f"+34{m}", f"0034 {m}")
        elif cc == "BR":
            ddd = r.choice(("11", "21", "31", "41", "51", "61", "71", "81", "85", "19"))
            n = "9" + dg(8)
            nsn = ddd + n
            opts = (f"({ddd}) {n[:5]}-{n[5:]}", f"+55 {ddd} {n[:5]}-{n[5:]}", f"+55 ({ddd}) {n[:5]}-{n[5:]}",
                    f"{ddd}{n}", f"+55{ddd}{n}")
        elif cc == "JP":
            pre, n = r.choice(("90", "80", "70")), dg(8)
            nsn = pre + n
            opts = (f"0{pre}-{n[:4]}-{n[4:]}", f"+81 {pre}-{n[:4]}-{n[4:]}", f"+81 {pre} {n[:4]} {n[4:]}",
                    f"0{pre}{n}", f"+81{pre}{n}")
        elif cc == "KR":
            n = str(r.randint(2, 9)) + dg(7)
            nsn = "10" + n
            opts = (f"010-{n[:4]}-{n[4:]}", f"+82 10-{n[:4]}-{n[4:]}", f"010{n}", f"+82 10 {n[:4]} {n[4:]}", f"+8210{n}")
        elif cc == "RU":
            m = "9" + dg(9)
            nsn = m
            opts = (f"+7 {m[:3]} {m[3:6]}-{m[6:8]}-{m[8:]}", f"8 ({m[:3]}) {m[3:6]}-{m[6:8]}-{m[8:]}",
                    f"+7 ({m[:3]}) {m[3:6]} {m[6:8]} {m[8:]}", f"8{m}", f"+7{m}")
        elif cc == "IT":
            m = "3" + r.choice(("20", "28", "33", "35", "38", "39", "40", "47", "48", "49")) + dg(7)
            nsn = m
            opts = (f"+39 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:]}", f"+39 {m}", f"{m[:3]}-{m[3:]}",
                    f"0039 {m[:3]} {m[3:]}")
        elif cc == "NL":
            m = "6" + dg(8)
            nsn = m
            opts = (f"06-{m[1:]}", f"+31 6 {m[1:]}", f"06 {m[1:5]} {m[5:]}", f"+31{m}", f"0{m}")
        elif cc == "PL":
            m = r.choice("5678") + dg(8)
            nsn = m
            opts = (f"+48 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}", m, f"+48{m}",
                    f"{m[:3]} {m[3:6]} {m[6:]}")
        elif cc == "TR":
            m = "5" + r.choice(("05", "06", "07", "30", "32", "33", "35", "36", "42", "44", "52", "53", "55")) + dg(7)
            nsn = m
            opts = (f"+90 {m[:3]} {m[3:6]} {m[6:8]} {m[8:]}", f"0{m[:3]} {m[3:6]} {m[6:8]} {m[8:]}",
                    f"0 ({m[:3]}) {m[3:6]} {m[6:8]} {m[8:]}", f"0{m}", f"+90{m}")
        else:  # VN
            m = r.choice(("91", "90", "98", "97", "96", "86", "88", "93", "35", "36", "70", "77", "83")) + dg(7)
            nsn = m
            opts = (f"0{m[:2]} {m[2:5]} {m[5:]}", f"+84 {m[:2]} {m[2:5]} {m[5:]}", f"0{m}", f"+84{m}",
                    f"0{m[:3]}.{m[3:6]}.{m[6:]}")
        e164 = "+" + _CALLING[cc] + nsn
        if style == "e164":
            return e164
        if style == "digits":
            return e164[1:]
        return r.choice(opts)

    # ---- payment / identity numbers -------------------------------------
    def card(self, brand=None, sep=None):
        r = self.r
        brand = brand or r.choice(("visa", "visa", "mc", "mc", "amex", "unionpay", "jcb", "discover"))
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = (str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))), 16
        elif brand == "amex":
            pre, n = r.choice(("34", "37")), 15
        elif brand == "unionpay":
            pre, n = r.choice(("6222", "6228", "6217", "6214", "6259", "6226", "6212")), r.choice((16, 19))
        elif brand == "jcb":
            pre, n = str(r.randint(3528, 3589)), 16
        else:
            pre, n = "6011", 16
        body = pre + self.dg(n - 1 - len(pre))
        num = body + _luhn_digit(body)
        assert _luhn_ok(num) and len(num) == n
        if sep is None:
            sep = r.choice(("", "", " ", " ", "-"))
        if n == 15:
            groups = (num[:4], num[4:10], num[10:])
        elif n == 19:
            groups = (num[:4], num[4:8], num[8:12], num[12:16], num[16:])
        else:
            groups = (num[:4], num[4:8], num[8:12], num[12:])
        return sep.join(groups) if sep else num

    def masked_card(self):
        r = self.r
        last4 = self.dg(4)
        return r.choice((f"{'*' * 12}{last4}", f"**** **** **** {last4}", f"4{self.dg(5)}******{last4}",
                         f"XXXX-XXXX-XXXX-{last4}", f"****{last4}", f"5{self.dg(5)}XXXXXX{last4}"))

    _IBAN_SPEC = {
        "DE": (("n", 18),), "GB": (("bank", ("NWBK", "BARC", "HBUK", "LOYD", "MIDL")), ("n", 14)),
        "FR": (("n", 23),), "ES": (("n", 20),),
        "NL": (("bank", ("ABNA", "INGB", "RABO", "TRIO", "SNSB")), ("n", 10)),
        "IT": (("a", 1), ("n", 22)), "PL": (("n", 24),), "BE": (("n", 12),), "AT": (("n", 16),),
        "IE": (("bank", ("AIBK", "BOFI")), ("n", 14)), "PT": (("n", 21),), "CH": (("n", 17),),
        "TR": (("n", 5), ("z", 1), ("n", 16)),
    }

    def iban(self, cc=None, spaced=None):
        r = self.r
        cc = cc or r.choice(tuple(self._IBAN_SPEC))
        parts = []
        for kind, arg in self._IBAN_SPEC[cc]:
            if kind == "n":
                parts.append(self.dg(arg))
            elif kind == "a":
                parts.append(self.al(arg))
            elif kind == "z":
                parts.append("0")
            else:
                parts.append(r.choice(arg))
        bban = "".join(parts)
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        iban = f"{cc}{98 - num % 97:02d}{bban}"
        assert _iban_ok(iban)
        if spaced is None:
            spaced = r.random() < 0.5
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaced else iban

    def bic(self):
        r = self.r
        return r.choice(("DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "CAIXESBB", "INGBNL2A", "UNCRITMM",
                         "PKOPPLPW", "AIBKIE2D", "BARCGB22", "COBADEFFXXX", "RABONL2U"))

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        k = r.random()
        if k < 0.75:
            return f"{a:03d}-{g:02d}-{s:04d}"
        if k < 0.88:
            return f"{a:03d} {g:02d} {s:04d}"
        return f"{a:03d}{g:02d}{s:04d}"

    def passport(self, cc=None):
        r, dg, al = self.r, self.dg, self.al
        cc = cc or r.choice(tuple(_ISO3))
        if cc == "CN":
            return r.choice(("E" + dg(8), "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + dg(7), "G" + dg(8)))
        if cc == "US":
            return r.choice((str(r.randint(1, 9)) + dg(8), r.choice("ACEFGHJK") + dg(8)))
        if cc == "GB":
            return str(r.randint(1, 9)) + dg(8)
        if cc == "IN":
            return r.choice("JKLMNPRSTUVWZ") + dg(7)
        if cc == "DE":
            return r.choice("CFGHJK") + al(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return dg(2) + al(2) + dg(5)
        if cc == "JP":
            return r.choice(("TK", "TR", "MZ", "TH", "TZ")) + dg(7)
        if cc == "KR":
            return r.choice(("M" + dg(8), "M" + dg(3) + r.choice("ABCDEFG") + dg(4)))
        if cc == "RU":
            return r.choice((dg(2) + dg(7), dg(2) + " " + dg(7)))
        if cc == "BR":
            return al(2) + dg(6)
        if cc == "TW":
            return "3" + dg(8)
        if cc == "ES":
            return al(3) + dg(6)
        if cc == "IT":
            return al(2) + dg(7)
        if cc == "NL":
            return al(2, "ABCDEFGHIJKLMNPRSTUVWXYZ") + al(6, "ABCDEFGHIJKLMNPRSTUVWXYZ0123456789") + dg(1)
        if cc == "PL":
            return al(2) + dg(7)
        if cc == "TR":
            return "U" + dg(8)
        return r.choice("BCN") + dg(7)  # VN

    def cnid(self):
        r = self.r
        y = r.randint(1950, 2012)
        body = (r.choice(_CN_AREAS) + f"{y:04d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                + f"{r.randint(0, 999):03d}")
        out = body + _cn_check(body)
        assert len(out) == 18
        return out

    def uscc(self):
        """Chinese unified social credit code (company tax id) -- a decoy."""
        r = self.r
        al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        mid = self.al(9, al)
        if not any(c.isalpha() for c in mid):
            mid = mid[:2] + "MA" + mid[4:]
        return "91" + r.choice(_CN_AREAS) + mid + r.choice(al)

    def plate(self, cc=None):
        r, dg, al = self.r, self.dg, self.al
        cc = cc or r.choice(("GB", "US", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "CN", "TW", "JP",
                             "KR", "RU", "IN", "TR", "VN"))
        if cc == "GB":
            return f"{al(2, 'ABCDEFGHJKLMNOPRSTUVWXY')}{r.choice(('19', '69', '20', '70', '21', '71', '22', '72', '23', '73', '24', '74'))} {al(3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}"
        if cc == "US":
            return r.choice((f"{r.randint(1, 9)}{al(3)}{dg(3)}", f"{al(3)}-{dg(4)}", f"{al(3)} {dg(4)}",
                             f"{dg(3)} {al(3)}"))
        if cc == "DE":
            return (f"{r.choice(('B', 'M', 'HH', 'F', 'K', 'S', 'D', 'DO', 'HB', 'L', 'OF'))}-"
                    f"{al(r.choice((1, 2)))} {r.randint(1, 9999)}{r.choice(('', '', '', 'E'))}")
        if cc == "FR":
            return r.choice((f"{al(2, _PLATE_AL)}-{dg(3)}-{al(2, _PLATE_AL)}", f"{al(2, _PLATE_AL)}{dg(3)}{al(2, _PLATE_AL)}"))
        if cc == "ES":
            return f"{dg(4)} {al(3, 'BCDFGHJKLMNPRSTVWXYZ')}"
        if cc == "IT":
            return r.choice((f"{al(2, _PLATE_AL)} {dg(3)} {al(2, _PLATE_AL)}", f"{al(2, _PLATE_AL)}{dg(3)}{al(2, _PLATE_AL)}"))
        if cc == "NL":
            c = "BDFGHJKLNPRSTVXZ"
            return r.choice((f"{dg(2)}-{al(3, c)}-{dg(1)}", f"{al(2, c)}-{dg(3)}-{al(1, c)}",
                             f"{dg(1)}-{al(3, c)}-{dg(2)}", f"{al(1, c)}-{dg(3)}-{al(2, c)}"))
        if cc == "PL":
            return r.choice((f"W{al(1, 'AEFHIJKNPRSTWXYZ')} {dg(5)}", f"KR {dg(1)}{al(2, _PLATE_AL)}{dg(2)}",
                             f"PO {dg(4)}{al(1, _PLATE_AL)}"))
        if cc == "BR":
            return r.choice((f"{al(3)}{dg(1)}{al(1)}{dg(2)}", f"{al(3)}-{dg(4)}"))
        if cc == "CN":
            prov = r.choice(_CN_PROV)
            city = r.choice(_PLATE_AL)
            if r.random() < 0.25:
                tail = r.choice("DF") + dg(5)
            else:
                tail = "".join(r.choice(_PLATE_AL + _DIG + _DIG) for _ in range(5))
            return prov + city + r.choice(("", "", "·", " ")) + tail
        if cc == "TW":
            return r.choice((f"{al(3, _PLATE_AL)}-{dg(4)}", f"{al(2, _PLATE_AL)}-{dg(4)}", f"{dg(4)}-{al(2, _PLATE_AL)}"))
        if cc == "JP":
            return (f"{r.choice(('品川', '練馬', '横浜', '大阪', 'なにわ', '成田', '千葉'))} {r.randint(300, 599)} "
                    f"{r.choice('さすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ')} {r.randint(10, 99)}-{r.randint(10, 99)}")
        if cc == "KR":
            return f"{r.randint(10, 399)}{r.choice('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호')} {dg(4)}"
        if cc == "RU":
            c = "АВЕКМНОРСТУХ"
            return f"{r.choice(c)}{dg(3)}{al(2, c)} {r.choice(('77', '97', '99', '177', '197', '78', '50', '750'))}"
        if cc == "IN":
            return r.choice((f"{r.choice(('MH', 'DL', 'KA', 'TN', 'GJ'))} {dg(2)} {al(2)} {dg(4)}",
                             f"{r.choice(('MH', 'DL', 'KA', 'TN', 'GJ'))}{dg(2)}{al(2)}{dg(4)}"))
        if cc == "TR":
            return f"{r.choice(('34', '06', '35', '07', '16'))} {al(r.choice((1, 2, 3)), _PLATE_AL)} {dg(r.choice((2, 3, 4)))}"
        return r.choice((f"{r.choice(('51', '30', '29', '43', '92'))}{al(1, _PLATE_AL)}-{dg(3)}.{dg(2)}",
                         f"{r.choice(('51', '30', '29'))}{al(1, _PLATE_AL)}-{dg(5)}"))

    def aircraft_reg(self, cn=False):
        r, dg, al = self.r, self.dg, self.al
        if cn:
            return "B-" + r.choice(("1", "3", "5", "6", "8", "3", "2")) + dg(3)
        return r.choice((f"G-{al(4)}", f"N{r.randint(100, 999)}{al(2)}", f"D-A{al(3)}", f"F-H{al(3)}",
                         "B-" + r.choice("1356") + dg(3), f"JA{dg(3)}{al(1)}", f"HL{dg(4)}", f"VT-{al(3)}",
                         f"PR-{al(3)}", f"EC-{al(3)}", f"I-{al(4)}", f"PH-{al(3)}", f"SP-{al(3)}",
                         f"TC-{al(3)}", f"VN-A{dg(3)}", f"9V-{al(3)}"))

    # ---- network ---------------------------------------------------------
    def client_ip(self, v6=0.15):
        r = self.r
        if r.random() < v6:
            return r.choice(_V6_PREFIX) + "".join(f":{r.getrandbits(16):x}" for _ in range(6))
        return f"{r.choice(_PUBLIC_V4)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def server_ip(self, public=0.1):
        r = self.r
        k = r.random()
        if k < public:
            return f"{r.choice((52, 34, 13, 35, 18))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < 0.55:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < 0.8:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < 0.95:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"fd12:3456:789a:{r.getrandbits(16):x}::{r.getrandbits(12):x}"

    def host(self, kind=None):
        r = self.r
        kind = kind or r.choice(("dcs-app", "pss-api", "loyalty-svc", "bag-msg", "apis-gw", "crew-roster",
                                 "ibe-web", "kiosk", "ivr", "lounge-pos"))
        st = r.choice(("lhr", "man", "pvg", "pek", "jfk", "fra", "sin")).lower()
        return r.choice((f"{kind}-{r.randint(1, 24):02d}.{st}.silverwing.internal", f"{kind}-{st}-{r.randint(1, 40):02d}",
                         f"{kind}{r.randint(1, 9)}.prod.sw-air.net"))

    # ---- secrets -------------------------------------------------------
    def password(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return r.choice(_PW_WORDS) + str(r.randint(1, 2025)) + r.choice("!#$%*.")
        if k == 1:
            w = r.choice(_PW_WORDS)
            return w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1") + self.dg(2) + r.choice("!#$")
        if k == 2:
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%*_-.")
                           for _ in range(r.randint(10, 16)))
        if k == 3:
            return r.choice(_PW_PINYIN) + str(r.randint(1970, 2010))
        if k == 4:
            return r.choice(_PW_WORDS) + r.choice("_.-") + r.choice(_PW_WORDS).lower() + self.dg(2)
        return "".join(r.choice(_B64U) for _ in range(20))

    def api_key(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return "sk_live_" + "".join(r.choice(_B64U[:62]) for _ in range(24))
        if k == 1:
            return "AKIA" + self.al(16, _ALNUM)
        if k == 2:
            return "AIza" + "".join(r.choice(_B64U) for _ in range(35))
        if k == 3:
            return "ghp_" + "".join(r.choice(_B64U[:62]) for _ in range(36))
        if k == 4:
            return "SG." + "".join(r.choice(_B64U) for _ in range(22)) + "." + "".join(r.choice(_B64U) for _ in range(43))
        return self.hexs(32)

    def jwt(self):
        r = self.r
        head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        payload = json.dumps({"sub": str(r.randint(10 ** 7, 10 ** 9)), "iss": "auth.silverwing-air.com",
                              "scope": r.choice(("pss.read", "loyalty.write", "dcs")),
                              "exp": r.randint(1_700_000_000, 1_760_000_000)}, separators=(",", ":"))
        pl = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        sig = "".join(r.choice(_B64U) for _ in range(43))
        return f"{head}.{pl}.{sig}"

    # ---- airline ids (decoys) --------------------------------------------
    def pnr(self):
        return self.al(6, _PNR_AL)

    def ticket(self, compact=None):
        r = self.r
        d = self.dg(10)
        if compact is None:
            compact = r.random() < 0.5
        return f"741{d}" if compact else r.choice((f"741-{d}", f"741 {d}"))

    def bagtag(self):
        r = self.r
        return r.choice((f"0741{self.dg(6)}", f"SW{self.dg(6)}", f"SW {self.dg(6)}"))

    def ffn(self):
        r = self.r
        return r.choice((f"SW{self.dg(9)}", self.dg(9), f"WM {self.dg(4)} {self.dg(4)}"))

    def flight(self, style=None):
        r = self.r
        n = r.randint(1, 2999)
        return r.choice((f"SW{n}", f"SW{n:04d}", f"SW {n}", f"SW{n:03d}")) if style is None else f"SW{n:04d}"

    def seat(self):
        return f"{self.r.randint(1, 58)}{self.r.choice('ABCDEFGHJK')}"

    def gate(self):
        return f"{self.r.choice('ABCDE')}{self.r.randint(1, 60)}"

    def amount(self, lo=20, hi=4000):
        return f"{self.r.randint(lo, hi)}.{self.r.randint(0, 99):02d}"

    def staff_no(self):
        return self.r.choice((f"S{self.dg(5)}", f"E{self.dg(6)}", self.dg(6)))

    def case_id(self):
        return self.r.choice((f"CS-{self.dg(7)}", f"INC{self.dg(8)}", f"{self.dg(8)}"))

    def file_ref(self):
        return f"{self.r.choice(_AIRPORTS)}SW{self.dg(5)}"

    def hotline(self, cc=None):
        r = self.r
        if cc == "CN":
            return r.choice(("95" + self.dg(3), f"400-{self.dg(3)}-{self.dg(4)}", f"400{self.dg(7)}"))
        if cc == "DE":
            return f"+49 69 {self.dg(4)} {self.dg(4)}"
        if cc == "TW":
            return f"0800-{self.dg(3)}-{self.dg(3)}"
        if cc == "FR":
            return f"0 8{r.choice('09')} {self.dg(2)} {self.dg(2)} {self.dg(2)}"
        return r.choice((f"+1 800 {self.dg(3)} {self.dg(4)}", f"0344 {self.dg(3)} {self.dg(4)}",
                         f"1-888-{self.dg(3)}-{self.dg(4)}", f"0800 {self.dg(3)} {self.dg(4)}"))


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------

_TEMPLATES = []


def _tpl(fn):
    _TEMPLATES.append(fn)
    return fn


# ===== English: reservations, check-in, boarding ===========================

@_tpl
def _kiosk_syslog(g):
    r, p = g.r, g.latin_person()
    return _fmt("{} {} checkin[{}]: PNR {} pax {}{} checked in seat {} seq {} flt {} bags={}",
                g.sysl(), D(g.host("kiosk"), "hostname"), r.randint(1000, 32000), D(g.pnr(), "pnr"),
                P(g.gds(p)), g.title(p), g.seat(), r.randint(1, 250), D(g.flight(), "flight"), r.randint(0, 3))


@_tpl
def _json_booking_created(g):
    r, p = g.r, g.person()
    return _fmt('{"event":"booking.created","ts":"{}","pnr":"{}","passenger_name":"{}","contact_email":"{}",'
                '"contact_phone":"{}","fare_total":{},"currency":"{}","channel":"{}"}',
                D(g.iso(), "timestamp"), D(g.pnr(), "pnr"), P(p.full), E(g.email(p)), PH(g.phone(p.cc)),
                D(g.amount(), "amount"), r.choice(("GBP", "EUR", "USD", "CNY")), r.choice(("web", "app", "ndc", "gds")))


@_tpl
def _json_payment_camel(g):
    r, p = g.r, g.latin_person()
    holder = f"{p.lg} {p.ls}"
    if r.random() < 0.5:
        holder = holder.upper()
    return _fmt('{"orderId":"{}","paymentMethod":"CARD","cardNumber":"{}","cardHolderName":"{}","expiry":"{}",'
                '"amount":{},"billingEmail":"{}","merchantRef":"{}"}',
                D(f"ORD-{g.dg(9)}", "order_id"), CC(g.card()), P(holder),
                f"{r.randint(1, 12):02d}/{r.randint(25, 31)}", D(g.amount(), "amount"), E(g.email(p)),
                D(g.uuid(), "uuid"))


@_tpl
def _json_apis_pascal(g):
    r, p = g.r, g.latin_person()
    return _fmt('{"FlightNumber":"{}","DepartureDate":"{}","Surname":"{}","GivenNames":"{}","Nationality":"{}",'
                '"DocumentType":"P","DocumentNumber":"{}","DocumentExpiry":"{}","Gender":"{}"}',
                D(g.flight("x"), "flight"), g.date(), P(p.ls.upper()), P(p.lg.upper()), _ISO3[p.cc],
                PP(g.passport(p.cc)), f"{r.randint(2025, 2034)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                "M" if p.male else "F")


@_tpl
def _ssr_docs(g):
    r, p = g.r, g.latin_person()
    n = g.gds(p)
    iso = _ISO3[p.cc]
    return _fmt("{} SSR DOCS SW HK1 P/{}/{}/{}/{}/{}/{}/{}-1{}{}",
                r.randint(2, 9), iso, PP(g.passport(p.cc)), iso, g.ddmonyy(), "M" if p.male else "F",
                g.ddmonyy(2026, 2035), P(n), P(n), g.title(p))


@_tpl
def _ssr_ctc(g):
    r, p = g.r, g.latin_person()
    n = g.gds(p)
    if r.random() < 0.5:
        em = g.email(p).upper().replace("_", "..").replace("-", "./").replace("@", "//")
        return _fmt("{} SSR CTCE SW HK1/{}-1{}{}", r.randint(3, 9), E(em), P(n), g.title(p))
    return _fmt("{} SSR CTCM SW HK1/{}/{}-1{}{}", r.randint(3, 9), PH(g.phone(p.cc, "digits")),
                r.choice(("EN", "FR", "ZH", "DE")), P(n), g.title(p))


@_tpl
def _apache_loyalty(g):
    r = g.r
    if r.random() < 0.25:  # load-balancer health check: nothing personal
        return _fmt('{} - - [{}] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"',
                    D(g.server_ip(0), "load_balancer"), g.apache())
    p = g.latin_person()
    user = r.choice((P(g.login(p)), E(g.email(p)), "-"))
    path = r.choice((["/api/v2/loyalty/login"], ["/en-gb/manage-booking?pnr=", D(g.pnr(), "pnr"), "&lastName=", P(p.ls)],
                     ["/api/v2/members/", D(g.ffn().replace(" ", ""), "ff_number"), "/statement"],
                     ["/checkin/boarding-pass/", D(g.pnr(), "pnr")]))
    return _fmt('{} - {} [{}] "{} {} HTTP/1.1" {} {} "-" "{}"', IP(g.client_ip()), user, g.apache(),
                r.choice(("GET", "POST")), path, r.choice((200, 200, 302, 401, 403)), r.randint(200, 40000),
                r.choice(_UAS))


@_tpl
def _nginx_upstream(g):
    r = g.r
    if r.random() < 0.3:  # service-to-service call, no client involved
        return _fmt('{} upstream_addr={}:{} remote_addr={} xff="-" req="{} {}" status={} rt={}',
                    D(g.iso(), "timestamp"), D(g.server_ip(), "server_ip"), r.choice((8080, 8443, 9000)),
                    D(g.server_ip(0), "internal_service"), "POST",
                    r.choice(("/internal/v1/inventory/sync", "/internal/bags/bsm", "/internal/apis/batch")),
                    r.choice((200, 204, 503)), f"{r.random():.3f}")
    return _fmt('{} upstream_addr={}:{} remote_addr={} xff="{}, {}" req="{} {}" status={} rt={}',
                D(g.iso(), "timestamp"), D(g.server_ip(), "server_ip"), r.choice((8080, 8443, 9000)),
                D(g.server_ip(0), "load_balancer"), IP(g.client_ip()), D(g.server_ip(0), "proxy_ip"),
                r.choice(("GET", "POST")),
                r.choice(("/ndc/v1/OrderRetrieve", "/ibe/search", "/api/seatmap", "/api/bags/track")),
                r.choice((200, 200, 499, 502)), f"{r.random():.3f}")


@_tpl
def _cred_stuffing(g):
    r = g.r
    return _fmt("{} WARN auth-guard: {} failed logins in {}s for member {} from {} (ASN {}, {}), account locked; "
                "WAF rule {} applied at edge {}",
                D(g.iso(), "timestamp"), r.randint(5, 80), r.choice((30, 60, 120)), D(g.ffn(), "ff_number"),
                IP(g.client_ip()), r.randint(1000, 65000), r.choice(("NL", "RU", "VN", "BR", "US", "CN", "NG")),
                r.randint(100000, 999999), D(g.server_ip(0.5), "server_ip"))


@_tpl
def _oauth_debug(g):
    r, p = g.r, g.latin_person()
    em, pw = g.email(p), g.password()
    if r.random() < 0.4:
        em, pw = quote(em, safe=""), quote(pw, safe="")
    return _fmt("{} DEBUG [{}] c.s.loyalty.AuthClient - POST https://auth.silverwing-air.com/oauth/token "
                "body=grant_type=password&username={}&password={}&client_id={}&scope=profile",
                g.logts(), r.choice(("main", "pool-3-thread-7", "http-nio-8080-exec-12")), E(em), CR(pw),
                r.choice(("mobile-ios", "mobile-android", "ibe-web")))


@_tpl
def _conn_string(g):
    r = g.r
    host = g.host(r.choice(("pss-db", "loyalty-db", "apis-db")))
    user = r.choice(("res_app", "loyalty_rw", "apis_writer", "dcs_svc"))
    scheme, port = r.choice((("postgresql", 5432), ("mysql", 3306), ("mongodb", 27017)))
    return _fmt('{} ERROR [{}] OperationalError: connection to server at "{}" ({}), port {} failed: '
                'password authentication failed for user "{}" [url={}://{}:{}@{}:{}/{}]',
                g.logts(), r.choice(("worker-2", "celery@bag-msg-01", "main")), D(host, "hostname"),
                D(g.server_ip(), "server_ip"), port, D(user, "service_account"), scheme, D(user, "service_account"),
                CR(g.password()), D(host, "hostname"), port, r.choice(("pss", "loyalty", "apis", "dcs")))


@_tpl
def _gds_headers(g):
    r = g.r
    return _fmt("{} INFO gds-gateway outbound -> {} POST /v1/shopping/flight-offers headers=[Authorization: Bearer {}, "
                "x-api-key: {}, x-request-id: {}] took {}ms",
                D(g.iso(), "timestamp"), D(r.choice(("Amadeus", "Sabre", "Travelport")), "company"), CR(g.jwt()),
                CR(g.api_key()), D(g.uuid(), "request_id"), r.randint(80, 3000))


# ===== English: call centre, baggage =========================================

@_tpl
def _callcentre_note(g):
    r = g.r
    agent, p = g.person(r.choice(("en_GB", "en_IN", "en_US"))), g.person()
    ttl = r.choice(("Mr", "Mr.")) if p.male else r.choice(("Mrs", "Ms", "Miss"))
    if r.random() < 0.15:
        ttl = "Dr."
    return _fmt("Agent note ({}): {} {} called from {} re {} {} on {}. Rebooked on {}, change fee waived (goodwill). "
                "Confirmation to be sent to {}. Case {}",
                P(agent.given), ttl, P(p.surname), PH(g.phone(p.cc)), r.choice(("cancelled", "delayed", "missed connection")),
                D(g.flight(), "flight"), g.ddmon(), D(g.flight(), "flight"), E(g.email(p)), D(g.case_id(), "case_id"))


@_tpl
def _worldtracer_ahl(g):
    r, p = g.r, g.latin_person()
    init = (p.lg[0] + (r.choice(_UPPER) if r.random() < 0.3 else "")).upper()
    return _fmt("AHL {} NM {} IT {} TN {} CT {} RT {}/{} PN {} EA {} FD {}/{} AG {}",
                D(g.file_ref(), "file_ref"), P(re.sub(r"[^A-Z]", "", p.ls.upper())), init, D(g.bagtag(), "bag_tag"),
                r.choice(("BK22X", "BU02W", "RD25X", "GY22D", "BN01W")), r.choice(_AIRPORTS), r.choice(_AIRPORTS),
                PH(g.phone(p.cc, r.choice(("digits", "e164", None)))), E(g.email(p).upper()),
                D(g.flight("x"), "flight"), g.ddmon(), f"{r.choice(_AIRPORTS)}SW/{g.al(2)}")


@_tpl
def _bsm(g):
    r = g.r
    extra = []
    if r.random() < 0.65:
        p = g.latin_person()
        extra = [" .P/1", P(g.gds(p)), g.title(p)]
    return _fmt("BSM .V/1L{} .F/{}/{}/{}/Y .N/{}001 .S/Y/{}/C/{} .W/K/1/{}{} ENDBSM",
                r.choice(_AIRPORTS), D(g.flight("x"), "flight"), g.ddmon(), r.choice(_AIRPORTS),
                D("0741" + g.dg(6), "bag_tag"), g.seat(), f"{r.randint(1, 250):03d}", r.randint(8, 32), extra)


@_tpl
def _gate_boarding(g):
    r = g.r
    cap = r.choice((150, 174, 180, 214, 299, 331))
    return _fmt("{} gate-svc {} {} BOARDING seq={} scanned={}/{} zone={} door_close_eta={} station={}",
                D(g.iso(), "timestamp"), D(g.gate(), "gate"), D(g.flight(), "flight"), r.randint(1, cap),
                r.randint(1, cap), cap, r.randint(1, 5), g.hhmm(), D(g.host("bgr"), "hostname"))


@_tpl
def _bcbp_scan(g):
    r, p = g.r, g.latin_person()
    nm = g.gds(p, maxlen=18)
    t = "MR" if p.male else "MS"
    namefield = nm + t
    pad = " " * max(1, 20 - len(namefield))
    pnr = g.pnr()
    return _fmt('{} bcbp-reader {}: decoded "M1{}{}{}E{} {}{}SW {} {}Y{}{} 100" result=VALID',
                D(g.iso(), "timestamp"), D(g.host("bgr"), "hostname"), P(nm), t, pad, D(pnr, "pnr"),
                r.choice(_AIRPORTS), r.choice(_AIRPORTS), f"{r.randint(1, 2999):04d}", f"{r.randint(1, 365):03d}",
                f"{r.randint(1, 58):03d}{r.choice('ABCDEFJK')}", f"{r.randint(1, 300):04d}")


# ===== English: crew rostering ===============================================

@_tpl
def _crew_csv(g):
    r, p = g.r, g.person(g.r.choice(("en_GB", "en_US", "en_IN", "de_DE", "fr_FR", "es_ES", "pl_PL", "it_IT", "zh_CN")))
    return _fmt("{},{},{},{},{},{},{},{}",
                D(g.staff_no(), "staff_id"), P(p.full), r.choice(_RANKS), r.choice(_BASES),
                D(f"P{g.dg(4)}", "pairing"), f"{g.date()} {g.hhmm()}", PH(g.phone(p.cc)), E(g.staff_email(p)))


@_tpl
def _crew_swap(g):
    r = g.r
    a, b, c = g.latin_person(), g.latin_person(), g.latin_person()
    rk = r.choice(("FO", "CPT", "CC", "CS"))
    return _fmt("{} roster-svc AUDIT swap approved: {} {} (#{}) <-> {} {} (#{}) pairing {} {}, approved_by={} via CrewPortal",
                D(g.iso(), "timestamp"), rk, P(f"{a.lg} {a.ls}"), D(g.staff_no(), "staff_id"), rk, P(f"{b.lg} {b.ls}"),
                D(g.staff_no(), "staff_id"), D(f"P{g.dg(4)}", "pairing"), g.ddmon(), P(g.login(c)))


@_tpl
def _ftl_warning(g):
    r = g.r
    return _fmt("{} WARN ftl-monitor pairing {} duty {}h{} exceeds limit 13h00 (ORO.FTL.205) for {} crew on {}; notified {}",
                D(g.iso(), "timestamp"), D(f"P{g.dg(4)}", "pairing"), r.randint(13, 15), f"{r.randint(1, 59):02d}",
                r.randint(2, 14), D(g.flight(), "flight"), D(r.choice(_ROLE_MAIL[7:10]), "role_mailbox"))


# ===== English: lounge =========================================================

@_tpl
def _lounge_kv(g):
    r, p = g.r, g.person()
    guest = P(g.person(p.loc).full) if r.random() < 0.5 else "-"
    return _fmt('ts={} lounge={} event=entry card={} tier={} holder="{}" guests={} guest_name="{}" pos={}',
                D(g.iso(), "timestamp"), r.choice(("LHR-T5-Galleries", "JFK-T8", "PVG-T1-Intl", "SIN-T3", "FRA-B")),
                D(g.ffn(), "ff_number"), r.choice(_TIERS), P(p.full), 0 if guest == "-" else 1, guest,
                D(f"LNG-{g.dg(2)}", "terminal_id"))


@_tpl
def _lounge_daypass(g):
    r, p = g.r, g.latin_person()
    return _fmt('{} POS {} lounge day-pass {} {} card {} exp {} holder "{}" auth {} rrn {}',
                D(g.iso(), "timestamp"), D(f"LNG-{g.dg(2)}", "terminal_id"), r.choice(("GBP", "EUR", "USD")),
                D(g.amount(30, 80), "amount"), CC(g.card()), f"{r.randint(1, 12):02d}{r.randint(25, 31)}",
                P(f"{p.lg} {p.ls}".upper()), D(g.al(6, _ALNUM), "auth_code"), D(g.dg(12), "rrn"))


# ===== English: disruption ===================================================

@_tpl
def _irop_summary(g):
    r = g.r
    tot = r.randint(90, 320)
    return _fmt('{} IROP {} {} CXL reason={} pax_total={} reaccommodated={} pending={} hotel_vouchers={} hotel="{}" transport="{}"',
                D(g.iso(), "timestamp"), D(g.flight(), "flight"), g.ddmon(), r.choice(("WX", "TECH", "ATC", "CREW", "STRIKE")),
                tot, tot - r.randint(0, 30), r.randint(0, 30), r.randint(0, 120), D(r.choice(_HOTELS), "company"),
                D(r.choice(_TRANSPORT), "company"))


@_tpl
def _rebook_sms(g):
    r, p = g.r, g.person(g.r.choice(("en_GB", "en_US", "en_IN", "de_DE", "fr_FR", "it_IT", "nl_NL", "es_ES", "pt_BR", "tr_TR")))
    return _fmt("SMS to {} [{}]: Dear {}, flight {} on {} is cancelled. You are now on {} departing {} {}. "
                "Manage your trip: sw-air.co/t/{} Reply STOP to opt out.",
                PH(g.phone(p.cc, r.choice(("e164", None)))), D(f"SM{g.hexs(16)}", "message_id"), P(p.given),
                D(g.flight(), "flight"), g.ddmon(), D(g.flight(), "flight"), g.hhmm(), r.choice(_AIRPORTS), g.al(7, _B64U[:62]))


@_tpl
def _email_headers(g):
    r, p = g.r, g.person()
    a, b = r.sample(_AIRPORTS, 2)
    return _fmt('Message-ID: <{}@mail.silverwing-air.com> From: "Silverwing Airways" <{}> To: "{}" <{}> '
                "Subject: Your e-ticket receipt {} - {} to {}",
                D(g.hexs(24), "message_id"), D(r.choice(_ROLE_MAIL[:3]), "role_mailbox"), P(p.full), E(g.email(p)),
                D(g.ticket(), "ticket_number"), a, b)


@_tpl
def _refund_webhook(g):
    r, p = g.r, g.person(g.r.choice(("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "tr_TR")))
    cc = {"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
          "en_GB": "GB", "tr_TR": "TR"}[p.loc]
    return _fmt('webhook=refund.issued id={} pnr={} amount={} currency=EUR method=SEPA iban={} bic={} account_holder="{}" status=pending',
                D(f"rf_{g.hexs(14)}", "refund_id"), D(g.pnr(), "pnr"), D(g.amount(), "amount"), IB(g.iban(cc, False)),
                D(g.bic(), "bic"), P(p.full))


@_tpl
def _java_passenger(g):
    r, p = g.r, g.latin_person()
    return _fmt("{} ERROR [http-nio-8080-exec-{}] c.s.apis.DocValidator - Rejected document for "
                "Passenger{id={}, surname='{}', givenName='{}', passportNo='{}', email='{}'}: expiry before travel date "
                "at com.silverwing.apis.DocValidator.validate(DocValidator.java:{})",
                g.logts(), r.randint(1, 50), D(g.dg(10), "passenger_id"), P(p.ls), P(p.lg), PP(g.passport(p.cc)),
                E(g.email(p)), r.randint(40, 400))


@_tpl
def _hris_crew(g):
    r, p, m = g.r, g.person("en_US"), g.person("en_US")
    return _fmt('{} hris-sync INFO created employee {} name="{}" ssn={} base={} position="{}" manager={} start={}',
                D(g.iso(), "timestamp"), D(g.staff_no(), "staff_id"), P(p.full), SSN(g.ssn()),
                r.choice(("JFK", "ORD", "LAX", "BOS", "SFO")),
                r.choice(("Flight Attendant", "First Officer", "Ramp Agent", "Customer Service Agent")),
                P(g.login(m)), g.date())


@_tpl
def _cobrand_application(g):
    r, p = g.r, g.person("en_US")
    return _fmt('{} cobrand-api POST /applications {} applicant={"first":"{}","last":"{}","ssn":"{}","phone":"{}",'
                '"annualIncome":{}} decision={}',
                D(g.iso(), "timestamp"), D(f"APP-{g.dg(8)}", "application_id"), P(p.given), P(p.surname),
                SSN(g.ssn()), PH(g.phone("US")), D(str(r.randint(20, 400) * 1000), "amount"),
                r.choice(("APPROVED", "PENDING_REVIEW", "DECLINED")))


# ===== English: car park, kerbside ===========================================

@_tpl
def _anpr(g):
    r = g.r
    em = E(g.email(g.latin_person())) if r.random() < 0.6 else "-"
    return _fmt("{} anpr-cam {} lane {} {} plate={} conf={} booking={} prebooked_by={}",
                D(g.iso(), "timestamp"), D(g.host("anpr"), "hostname"), r.randint(1, 6), r.choice(("ENTRY", "EXIT")),
                LP(g.plate(r.choice(("GB", "GB", "GB", "US", "DE", "FR", "NL", "IT", "ES", "PL")))),
                f"0.{r.randint(70, 99)}", D(f"CP{g.dg(8)}", "booking_id"), em)


@_tpl
def _meet_assist(g):
    r, p = g.r, g.person()
    esc = g.person(r.choice(("en_GB", "en_IN", "pl_PL", "pt_BR")))
    return _fmt("Meet & Assist {}: {} passenger {} arriving by private car, plate {}, drop-off door {} at {}; escort {} to Fast Track",
                D(f"MA-{g.dg(6)}", "job_id"), r.choice(("First", "Gold", "VIP", "Platinum")), P(p.full),
                LP(g.plate(r.choice(("GB", "US", "DE", "CN", "JP", "KR", "FR", "IN")))), r.randint(1, 12), g.hhmm(),
                P(esc.given))


# ===== English: decoy-only operational lines =================================

@_tpl
def _fids(g):
    r = g.r
    return _fmt("{} FIDS {} {} {} STD {} ETD {} gate {} belt {} remark {} codeshare {}",
                D(g.iso(), "timestamp"), D(g.flight(), "flight"), r.choice(("DEP", "ARR")), r.choice(_AIRPORTS),
                g.hhmm(), g.hhmm(), D(g.gate(), "gate"), r.randint(1, 14),
                r.choice(("DELAYED", "GATE CHANGE", "BOARDING", "FINAL CALL", "CANCELLED")),
                D(r.choice(("LH ", "CX ", "EK ", "MU ", "AY ")) + str(r.randint(1000, 9999)), "flight"))


@_tpl
def _techlog(g):
    r = g.r
    return _fmt("{} MX techlog {} reg {} ({}) entry {}: {} - deferred under MEL {}, released by engineer #{}, next check {}",
                D(g.iso(), "timestamp"), D(f"TL{g.dg(6)}", "techlog_id"), D(g.aircraft_reg(), "aircraft_reg"),
                r.choice(("A320neo", "A321LR", "B787-9", "A350-900", "B737-8")), D(g.dg(4), "entry_id"),
                r.choice(("APU bleed fault", "lav 3 inop", "IFE seat 23C inop", "pack 2 temp high", "wiper L slow")),
                f"{r.randint(21, 49)}-{r.randint(10, 99)}-{r.randint(1, 9):02d}", D(f"E{g.dg(4)}", "staff_id"), g.date())


@_tpl
def _fare_quote_json(g):
    r = g.r
    return _fmt('{"fareBasis":"{}","bookingClass":"{}","baseFare":"{}","taxes":"{}","totalAmount":"{}","currency":"{}",'
                '"validatingCarrier":"SW","ticketDesignator":"{}","quoteId":"{}"}',
                r.choice(("YLOWGB", "QSAVER", "JFLEX", "KOWEU", "VPROMO")), r.choice("YBMHKQVJ"),
                D(g.amount(), "amount"), D(g.amount(10, 400), "amount"), D(g.amount(), "amount"),
                r.choice(("GBP", "EUR", "USD", "CNY")), r.choice(("CH25", "IN90", "STAFF", "")), D(g.uuid(), "quote_id"))


@_tpl
def _dotted_masked(g):
    r = g.r
    return _fmt("booking.pnr={} booking.segments={} payment.card.masked={} payment.card.brand={} payment.amount={} "
                "payment.status=AUTHORIZED trace.id={}",
                D(g.pnr(), "pnr"), r.randint(1, 6), D(g.masked_card(), "masked"), r.choice(("VISA", "MC", "AMEX")),
                D(g.amount(), "amount"), D(g.hexs(32), "trace_id"))


@_tpl
def _loyalty_dotted_json(g):
    r, p = g.r, g.person()
    a, b = r.sample(_TIERS, 2)
    return _fmt('{"member.id":"{}","member.name":"{}","member.email":"{}","tier.old":"{}","tier.new":"{}",'
                '"tier.qualifyingMiles":{},"event.ts":"{}"}',
                D(g.ffn(), "ff_number"), P(p.full), E(g.email(p)), a, b, D(str(r.randint(1000, 180000)), "miles"),
                D(g.iso(), "timestamp"))


@_tpl
def _manifest_csv(g):
    r, p = g.r, g.latin_person()
    return _fmt("{},{},{},{},{},{},{},{},{},{}",
                D(g.flight("x"), "flight"), g.ddmon(), g.seat(), P(p.ls.upper()), P(p.lg.upper()), "M" if p.male else "F",
                _ISO3[p.cc], PP(g.passport(p.cc)), g.ddmonyy(), D(g.pnr(), "pnr"))


@_tpl
def _umnr(g):
    r = g.r
    c = g.person()
    gd = g.person(c.loc)
    staff = g.latin_person()
    return _fmt("UMNR handover {} flt {} at {}: child {} (age {}) released to {} ({}), ID checked: passport {}, phone {}. Staff: {}",
                D(f"UM{g.dg(6)}", "um_id"), D(g.flight(), "flight"), r.choice(_AIRPORTS), P(c.full), r.randint(5, 14),
                P(gd.full), r.choice(("mother", "father", "aunt", "grandparent", "guardian")), PP(g.passport(gd.cc)),
                PH(g.phone(gd.cc)), P(g.login(staff)))


@_tpl
def _ticket_export(g):
    r = g.r
    if r.random() < 0.3:
        req = D(r.choice(("bookings@fctg-travel.example", "groups@travelhub.example", "ops@corporatetravel.example")),
                "role_mailbox")
    else:
        req = E(g.email(g.person()))
    return _fmt("#{} | {} | {} | requester: {} | assignee: {} | via: web | ip: {} | tags: {}",
                D(g.dg(6), "ticket_id"), r.choice(("Open", "Pending", "Solved")),
                r.choice(("Lost bag at JFK", "Refund not received", "Seat not honoured", "Name correction", "Miles missing")),
                req, P(g.login(g.latin_person())), IP(g.client_ip()), r.choice(("baggage,eu261", "refund", "loyalty,claim")))


@_tpl
def _ife_stats(g):
    r = g.r
    song, artist = r.choice(_SONGS)
    film, actor = r.choice(_FILMS)
    return _fmt('{} ife-stats {} seat {}: played "{}" by {} x{}, film "{}" ({}) {} min, wifi {} MB',
                D(g.iso(), "timestamp"), D(g.flight(), "flight"), g.seat(), song, D(artist, "public_figure"),
                r.randint(1, 5), film, D(actor, "public_figure"), r.randint(20, 180), r.randint(0, 900))


@_tpl
def _diversion(g):
    r = g.r
    (n1, c1), (n2, c2) = r.sample(_NAMED_AIRPORTS, 2)
    return _fmt("{} OCC: {} diverted to {} ({}), original destination {} ({}); crew to rest at {}, pax transfer by {}",
                D(g.iso(), "timestamp"), D(g.flight(), "flight"), D(n1, "airport_name"), c1, D(n2, "airport_name"), c2,
                D(r.choice(_HOTELS), "company"), D(r.choice(_TRANSPORT), "company"))


# ===== English: accounts, security ===========================================

@_tpl
def _pwd_reset(g):
    r, p = g.r, g.person()
    tok = "".join(r.choice(_B64U) for _ in range(r.choice((32, 43))))
    return _fmt("{} mailer INFO template=pwd_reset to={} token={} expires_in=1800 "
                "link=https://www.silverwing-air.com/account/reset?t={} requested_from={}",
                D(g.iso(), "timestamp"), E(g.email(p)), CR(tok), CR(tok), IP(g.client_ip()))


@_tpl
def _ivr_pin(g):
    r = g.r
    cc = r.choice(("GB", "US", "IN", "DE", "FR", "CN", "JP"))
    return _fmt("{} ivr[{}] call {} ANI={} DNIS={} member={} auth=PIN pin_entered={} result={} queue={}",
                D(g.iso(), "timestamp"), r.randint(100, 9999), D(g.uuid(), "call_id"), PH(g.phone(cc, r.choice(("e164", None)))),
                D(g.hotline(), "hotline"), D(g.ffn(), "ff_number"), CR(g.dg(r.choice((4, 6)))),
                r.choice(("OK", "OK", "FAIL")), r.choice(("GOLD_DESK", "GENERAL", "BAGGAGE")))


@_tpl
def _payment_webhook(g):
    r, p = g.r, g.person()
    return _fmt('{"id":"{}","type":"charge.succeeded","data":{"object":{"amount":{},"currency":"{}",'
                '"billing_details":{"name":"{}","email":"{}","phone":"{}"},"payment_method_details":{"card":'
                '{"brand":"{}","last4":"{}","exp_month":{},"exp_year":{}}},"metadata":{"pnr":"{}"}}}}',
                D(f"evt_{g.hexs(24)}", "event_id"), D(str(r.randint(2000, 400000)), "amount"),
                r.choice(("gbp", "eur", "usd")), P(p.full), E(g.email(p)), PH(g.phone(p.cc, "e164")),
                r.choice(("visa", "mastercard", "amex")), D(g.dg(4), "masked"), r.randint(1, 12), r.randint(2025, 2031),
                D(g.pnr(), "pnr"))


@_tpl
def _fraud_screen(g):
    r, p = g.r, g.latin_person()
    return _fmt("{} fraud-engine score={} decision={} pnr={} bin={} card_country={} ip={} ip_country={} email={} "
                "email_age_days={} device_id={} rules=[{}]",
                D(g.iso(), "timestamp"), r.randint(0, 99), r.choice(("ACCEPT", "REVIEW", "REJECT")), D(g.pnr(), "pnr"),
                D(r.choice(("4", "5")) + g.dg(5), "card_bin"), r.choice(("GB", "US", "NG", "BR", "FR")),
                IP(g.client_ip()), r.choice(("GB", "US", "NG", "BR", "VN", "RO")), E(g.email(p)), r.randint(0, 4000),
                D(g.uuid(), "device_id"), r.choice(("velocity_ip", "bin_mismatch", "new_email", "none")))


@_tpl
def _cron_apis(g):
    r = g.r
    return _fmt("{} {} CRON[{}]: ({}) CMD (/opt/apis/bin/export --flight {} --dest {} --sftp-user {} --host {})",
                g.sysl(), D(g.host("apis-gw"), "hostname"), r.randint(1000, 60000),
                D(r.choice(("svc-apis", "root", "apisbatch")), "service_account"), D(g.flight("x"), "flight"),
                r.choice(("CBP", "UKBF", "CBSA", "APP-AU")), D(r.choice(("apis_sftp", "svc_apis_out")), "service_account"),
                D(g.server_ip(), "server_ip"))


@_tpl
def _audit_view(g):
    r, p = g.r, g.latin_person()
    if r.random() < 0.3:
        user = D(r.choice(("svc-reaccom", "jenkins", "batch-irop", "svc-ndc-sync", "root")), "service_account")
    else:
        user = P(g.login(p))
    return _fmt('AUDIT ts={} user={} role={} action={} pnr={} reason="{}" src={} result=OK',
                D(g.iso(), "timestamp"), user, r.choice(("CC_AGENT", "SUPERVISOR", "STATION_AGENT")),
                r.choice(("VIEW_PNR", "EDIT_APIS", "REISSUE_TKT", "VIEW_PAYMENT")), D(g.pnr(), "pnr"),
                r.choice(("customer call", "IROP rebook", "name correction", "chargeback")),
                D(f"WS-{r.choice(_AIRPORTS)}-{g.dg(3)}", "workstation"))


@_tpl
def _eu261(g):
    r, p = g.r, g.person(g.r.choice(("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB")))
    cc = _LOC_CC[p.loc]
    return _fmt("EU261 claim {} ({} {}, delay {}h{}): compensation EUR {} approved; payout via SEPA to IBAN {} (BIC {}), "
                "beneficiary {}; handled by {}",
                D(f"EU{g.dg(7)}", "claim_id"), D(g.flight(), "flight"), g.ddmon(), r.randint(3, 9), f"{r.randint(0, 59):02d}",
                D(r.choice(("250", "400", "600")), "amount"), IB(g.iban(cc)), D(g.bic(), "bic"), P(p.full),
                P(g.login(g.latin_person())))


@_tpl
def _app_login_json(g):
    r = g.r
    return _fmt('{"event":"app.login","memberId":"{}","clientIp":"{}","serverIp":"{}","userAgent":"SilverwingApp/{} ({})",'
                '"mfa":{},"sessionId":"{}"}',
                D(g.ffn(), "ff_number"), IP(g.client_ip(0.4)), D(g.server_ip(), "server_ip"),
                D(f"8.{r.randint(0, 20)}.{r.randint(0, 9)}", "version"), r.choice(("iOS 17.4", "Android 14")),
                r.choice(("true", "false")), CR(g.hexs(32)))


@_tpl
def _otp_gateway(g):
    r = g.r
    cc = r.choice(("GB", "IN", "US", "BR", "TR", "VN", "ES", "KR"))
    return _fmt('{} sms-gw INFO provider={} to={} template=OTP_CHECKIN body="Your Silverwing verification code is {}. '
                'Valid 5 minutes." msg_id={} status=DELIVERED',
                D(g.iso(), "timestamp"), D(r.choice(_SMS_PROVIDERS), "company"), PH(g.phone(cc, "e164")),
                CR(g.dg(6)), D(f"SM{g.hexs(32)}", "message_id"))


@_tpl
def _pnl(g):
    r, p = g.r, g.latin_person()
    extra = []
    if r.random() < 0.35:
        q = g.latin_person()
        extra = [" 1", P(g.gds(q)), g.title(q)]
    return _fmt("PNL {}/{} {} PART1 -{}{}Y 1{}{} .L/{} .R/TKNE HK1 {}C1{}",
                D(g.flight("x"), "flight"), g.ddmon(), r.choice(_AIRPORTS), r.choice(_AIRPORTS), f"{r.randint(1, 250):03d}",
                P(g.gds(p)), g.title(p), D(g.pnr(), "pnr"), D(g.ticket(True), "ticket_number"), extra)


@_tpl
def _session_cookie(g):
    r = g.r
    return _fmt('{} - - [{}] "GET /my-trips HTTP/2" 200 {} cookie="sw_session={}; sw_member={}; _ga={}" ua="{}"',
                IP(g.client_ip()), g.apache(), r.randint(1000, 90000), CR(g.hexs(r.choice((32, 40)))),
                D(g.dg(9), "ff_number"), D(f"GA1.2.{g.dg(10)}.{g.dg(10)}", "analytics_id"), r.choice(_UAS))


@_tpl
def _roster_publish(g):
    r = g.r
    a, b = g.latin_person(), g.latin_person()
    bounce = E(g.staff_email(g.latin_person())) if r.random() < 0.4 else "none"
    return _fmt("{} crew-notify: roster period {} published; emailed {} crew incl. {} and {}; bounces: {}; reply-to {}",
                D(g.iso(), "timestamp"), f"{r.choice(_MON)}{r.randint(24, 25)}", r.randint(40, 900),
                E(g.staff_email(a)), E(g.staff_email(b)), bounce, D(_ROLE_MAIL[9], "role_mailbox"))


@_tpl
def _chat_transcript(g):
    r, p = g.r, g.person()
    return _fmt("chat[{}] {} visitor({}): hi, my name is {} and my booking ref is {}, can someone call me back on {}? thx",
                D(g.hexs(10), "chat_id"), g.hhmm(), IP(g.client_ip()), P(p.full), D(g.pnr(), "pnr"), PH(g.phone(p.cc)))


# ===== Other European languages =============================================

@_tpl
def _de_callcentre(g):
    r, p, a = g.r, g.person("de_DE"), g.person("de_DE")
    return _fmt("Hinweis Callcenter {}: {} {} bittet um Rückruf unter {} wegen fehlendem Gepäck (Vorgang {}), Flug {} vom {}. Bearbeiter: {}",
                g.date(), "Herr" if p.male else "Frau", P(p.surname), PH(g.phone("DE")), D(g.file_ref(), "file_ref"),
                D(g.flight(), "flight"), g.ddmon(), P(g.login(a)))


@_tpl
def _de_delay(g):
    r = g.r
    return _fmt("Flug {} nach {} verspätet sich um {} Minuten, neue Abflugzeit {}, Abfluggate {}. Grund: {}. Service-Hotline {}",
                D(g.flight(), "flight"), r.choice(("Frankfurt", "München", "London", "Shanghai", "New York")),
                r.randint(15, 240), g.hhmm(), D(g.gate(), "gate"),
                r.choice(("Wetter", "verspätete Ankunft des Flugzeugs", "Streik", "technischer Defekt")),
                D(g.hotline("DE"), "hotline"))


@_tpl
def _fr_baggage_claim(g):
    r, p, a = g.r, g.person("fr_FR"), g.person("fr_FR")
    return _fmt("Réclamation bagage {} : {} {} ({}) signale une valise endommagée sur le vol {}, montant demandé {} EUR. Dossier suivi par {}.",
                D(g.file_ref(), "file_ref"), "M." if p.male else "Mme", P(p.surname), E(g.email(p)),
                D(g.flight(), "flight"), D(g.amount(50, 1500), "amount"), P(a.given))


@_tpl
def _fr_denied_boarding(g):
    r, p = g.r, g.person()
    return _fmt("Embarquement refusé {} : passager {}, passeport {} expiré le {}, nationalité {}. Contacter la PAF au {}.",
                D(g.flight(), "flight"), P(p.full), PP(g.passport(p.cc)), g.date(), _ISO3[p.cc], D(g.hotline("FR"), "hotline"))


@_tpl
def _es_booking_change(g):
    r, p, a = g.r, g.person("es_ES"), g.person("es_ES")
    return _fmt("Reserva {} modificada por el cliente {}; teléfono {}; pago de la diferencia ({} EUR) con tarjeta {}; agente {}",
                D(g.pnr(), "pnr"), P(p.full), PH(g.phone("ES")), D(g.amount(10, 900), "amount"), CC(g.card()),
                P(g.login(a)))


@_tpl
def _pt_reaccommodation(g):
    r, p = g.r, g.person("pt_BR")
    return _fmt("Atendimento {}: cliente {} pediu reacomodação do voo {} para {}; contato WhatsApp {}; e-mail {}. Protocolo {}.",
                g.date(), P(p.full), D(g.flight(), "flight"), g.ddmon(), PH(g.phone("BR")), E(g.email(p)),
                D(g.dg(12), "protocol_id"))


@_tpl
def _it_excess_baggage(g):
    r, p = g.r, g.person("it_IT")
    return _fmt("Nota banco check-in {}: {} {} con bagaglio in eccesso ({} kg), pagato {} EUR con carta {}, ricevuta {}",
                r.choice(("FCO", "MXP", "VCE", "NAP")), "sig." if p.male else "sig.ra", P(p.surname), r.randint(2, 15),
                D(g.amount(20, 300), "amount"), CC(g.card()), D(f"RIC{g.dg(8)}", "receipt_id"))


@_tpl
def _nl_lost_bag(g):
    r, p = g.r, g.person("nl_NL")
    holder = f"{p.given[0]}. {p.surname}"
    return _fmt("Klant {} belde over verloren koffer ({}), terugbellen op {}. Vergoeding {} EUR over te maken naar {} t.n.v. {}.",
                P(p.full), D(g.file_ref(), "file_ref"), PH(g.phone("NL")), D(g.amount(50, 1500), "amount"),
                IB(g.iban("NL")), P(holder))


@_tpl
def _pl_damage(g):
    r, p, a = g.r, g.person("pl_PL"), g.person("pl_PL")
    return _fmt("Pasażer {} zgłosił uszkodzenie bagażu na locie {} ({}). Tel. kontaktowy {}, e-mail {}. Zgłoszenie przyjął(a): {}.",
                P(p.full), D(g.flight(), "flight"), g.ddmon(), PH(g.phone("PL")), E(g.email(p)), P(a.full))


# ===== Chinese (simplified, some traditional) ===============================

@_tpl
def _zh_checkin(g):
    r, p = g.r, g.zh()
    return _fmt("{} [INFO] 值机成功 旅客={} 航班={} 座位={} 证件类型=身份证 证件号={} 登机序号={} 终端={}",
                g.cnts(), P(p.full), D(g.flight(), "flight"), g.seat(), CID(g.cnid()), r.randint(1, 300),
                D(g.host("kiosk"), "hostname"))


@_tpl
def _zh_cs_note(g):
    r, a, p = g.r, g.zh(), g.zh()
    return _fmt("客服备注：{}{}来电，称旅客{}的行李在{}未到，联系电话{}，已登记差错单{}。",
                P(a.surname), r.choice(("经理", "女士", "先生", "主任", "总")), P(p.full), r.choice(_CN_AIRPORTS),
                PH(g.phone("CN")), D(g.file_ref(), "file_ref"))


@_tpl
def _zh_json_keys(g):
    r, p = g.r, g.zh()
    return _fmt('{"姓名":"{}","手机号":"{}","身份证号":"{}","航班号":"{}","舱位":"{}","票号":"{}","订单金额":{}}',
                P(p.full), PH(g.phone("CN")), CID(g.cnid()), D(g.flight("x"), "flight"), r.choice("YBMHKLQFJ"),
                D(g.ticket(True), "ticket_number"), D(g.amount(300, 9000), "amount"))


@_tpl
def _zh_ff_json(g):
    r, p = g.r, g.zh()
    return _fmt('{"会员卡号":"{}","会员姓名":"{}","邮箱":"{}","会员等级":"{}","可用里程":{},"更新时间":"{}"}',
                D(g.ffn(), "ff_number"), P(p.full), E(g.email(p)), r.choice(_CN_TIERS), D(str(r.randint(0, 300000)), "miles"),
                D(g.cnts(), "timestamp"))


@_tpl
def _zh_bag_query(g):
    r, p = g.r, g.zh()
    return _fmt("{} 行李查询 行李牌号={} 旅客={} 电话={} 状态={} 航班={} 查询工号={}",
                g.cnts(), D(g.bagtag(), "bag_tag"), P(p.full), PH(g.phone("CN")),
                r.choice(("已找到，待派送", "运输中", "未找到", "已签收")), D(g.flight(), "flight"), D(g.staff_no(), "staff_id"))


@_tpl
def _zh_sms_rebook(g):
    r, p = g.r, g.zh()
    if r.random() < 0.5:
        who = [P(p.full), "旅客"]
    else:
        who = [P(p.surname), "先生" if p.male else "女士"]
    return _fmt("【银翼航空】尊敬的{}，您预订的{}月{}日{}航班因{}取消，已为您改签至{}航班，起飞时间{}。如有疑问请致电{}。",
                who, r.randint(1, 12), r.randint(1, 28), D(g.flight(), "flight"),
                r.choice(("天气原因", "航空管制", "机械故障", "航班计划调整")), D(g.flight(), "flight"), g.hhmm(),
                D(g.hotline("CN"), "hotline"))


@_tpl
def _zh_parking(g):
    r = g.r
    if r.random() < 0.5:
        who = ["预约会员：", D(g.ffn(), "ff_number")]
    else:
        who = ["预约人：", P(g.zh().full)]
    return _fmt("{} 停车场P{} 入场 车牌号：{} 入场时间：{} {} 订单号：{}",
                g.cnts(), r.randint(1, 9), LP(g.plate("CN")), g.hhmm(), who, D(g.dg(16), "order_id"))


@_tpl
def _zh_lounge(g):
    r, p = g.r, g.zh()
    guest = ["，随行人", P(g.zh().full)] if r.random() < 0.5 else ""
    return _fmt("{} 贵宾室[{}] 入场登记 会员{}（{}，卡号{}）携带随行人员{}人{}",
                g.cnts(), r.choice(("T3-国际", "T2-国内", "T1-头等舱")), P(p.full), r.choice(_CN_TIERS),
                D(g.ffn(), "ff_number"), 1 if guest else 0, guest)


@_tpl
def _zh_roster(g):
    r, p, m = g.r, g.zh(), g.zh()
    return _fmt("排班变更：乘务长{}（工号{}）由{}调整至{}，原因：{}，审批人：{}经理",
                P(p.full), D(g.staff_no(), "staff_id"), D(g.flight(), "flight"), D(g.flight(), "flight"),
                r.choice(("病假", "换班申请", "超时风险", "培训")), P(m.surname))


@_tpl
def _zh_captain(g):
    r, c, d = g.r, g.zh(), g.zh()
    return _fmt("{} {}机长报告：{}航班推出后发现{}，已返回机位，预计延误{}分钟。签派员：{}",
                g.cnts(), P(c.surname), D(g.flight(), "flight"),
                r.choice(("液压告警", "左发滑油压力低", "舱门指示异常", "空调组件故障")), r.randint(30, 240), P(d.full))


@_tpl
def _zh_pay_callback(g):
    r, p = g.r, g.zh()
    order = g.date().replace("-", "") + g.dg(11)
    return _fmt("{} 支付回调 orderNo={} channel={} cardNo={} holder={} amount={} status=SUCCESS",
                g.cnts(), D(order, "order_id"), r.choice(("UNIONPAY", "VISA", "MASTERCARD")),
                CC(g.card(r.choice(("unionpay", "visa", "mc")), "")), P(p.full), D(g.amount(300, 9000), "amount"))


@_tpl
def _zh_refund(g):
    r, p = g.r, g.zh()
    return _fmt("退款成功：订单{}，退款金额¥{}已原路退回{}的银行卡{}（{}），预计3-7个工作日到账。",
                D(g.dg(18), "order_id"), D(g.amount(100, 6000), "amount"), P(p.full), CC(g.card("unionpay")),
                D(r.choice(_CN_BANKS), "company"))


@_tpl
def _zh_complaint_quote(g):
    r, p = g.r, g.zh()
    q, who = r.choice(_CN_QUOTES)
    return _fmt("旅客留言：“{}”——{}。本人{}，{}航班延误{}小时无人解释，请回电{}。",
                q, D(who, "public_figure"), P(p.full), D(g.flight(), "flight"), r.randint(2, 9), PH(g.phone("CN")))


@_tpl
def _zh_ife(g):
    r = g.r
    s, song = r.choice(_CN_SONGS)
    a, film = r.choice(_CN_FILMS)
    return _fmt("{}航班机上娱乐点播排行：1.{}《{}》 2.{}主演《{}》 3.纪录片《{}》，Wi-Fi使用{}人",
                D(g.flight(), "flight"), D(s, "public_figure"), song, D(a, "public_figure"), film,
                r.choice(("航拍中国", "舌尖上的中国", "河西走廊")), r.randint(0, 200))


@_tpl
def _zh_masked(g):
    r = g.r
    mphone = f"{r.choice(_CN_PHONE_PREFIX)}****{g.dg(4)}"
    mid = r.choice(_CN_AREAS) + "********" + g.dg(3) + r.choice(_DIG + "X")
    return _fmt("{} 短信验证码已发送至{}，会员{}身份核验通过，证件号{}，绑定银行卡{}",
                g.cnts(), D(mphone, "masked"), D(g.ffn(), "ff_number"), D(mid, "masked"),
                D(f"6222 **** **** {g.dg(4)}", "masked"))


@_tpl
def _zh_login_debug(g):
    r = g.r
    if r.random() < 0.5:
        user = P(g.login(g.zh()))
    else:
        user = PH(g.phone("CN", None).replace(" ", "").replace("-", ""))
    return _fmt("{} [DEBUG] 登录请求 username={} password={} clientIp={} device={}",
                g.cnts(), user, CR(g.password()), IP(g.client_ip()), D(g.uuid(), "device_id"))


@_tpl
def _zh_apis(g):
    r, p = g.r, g.zh()
    return _fmt("APIS报送 航班{} 旅客{} 姓名(拼音)：{} 护照号：{} 国籍：CHN 出生日期：{} 性别：{}",
                D(g.flight("x"), "flight"), P(p.full), P(g.gds(p)), PP(g.passport("CN")), g.ddmonyy(),
                "M" if p.male else "F")


@_tpl
def _tw_checkin(g):
    r, p = g.r, g.zh(True)
    return _fmt("{} 旅客{}於{}櫃檯完成報到，護照號碼{}，聯絡電話{}，託運行李{}件",
                g.cnts(), P(p.full), r.choice(_TW_AIRPORTS), PP(g.passport("TW")), PH(g.phone("TW")), r.randint(0, 3))


@_tpl
def _tw_cs_record(g):
    r, p = g.r, g.zh(True)
    return _fmt("客服紀錄：{}{}來電詢問行李遺失進度，手機{}，電子郵件{}，案件編號{}。",
                P(p.surname), "先生" if p.male else "小姐", PH(g.phone("TW")), E(g.email(p)), D(g.case_id(), "case_id"))


@_tpl
def _tw_delay(g):
    r = g.r
    return _fmt("航班{}延誤，新起飛時間{}，登機門{}。服務專線{}，造成不便敬請見諒。",
                D(g.flight(), "flight"), g.hhmm(), D(g.gate(), "gate"), D(g.hotline("TW"), "hotline"))


@_tpl
def _tw_upgrade(g):
    r, p = g.r, g.zh(True)
    return _fmt("會員{}（卡號{}）已升等為{}，本年度累積里程{}，升等通知已寄至{}",
                P(p.full), D(g.ffn(), "ff_number"), r.choice(("金卡", "白金卡", "鑽石卡")), D(f"{r.randint(10, 200)},{g.dg(3)}", "miles"),
                E(g.email(p)))


@_tpl
def _zh_sys_alarm(g):
    r = g.r
    return _fmt("{} [ERROR] 系统告警 服务={} 实例={} 主机={} 响应超时{}ms 上游={}:{} traceId={}",
                g.cnts(), r.choice(("dcs-checkin", "seat-select", "ffp-points", "bag-track")), D(f"i-0{g.hexs(16)}", "instance_id"),
                D(g.server_ip(), "server_ip"), r.randint(3000, 30000), D(g.server_ip(), "server_ip"),
                r.choice((8080, 9090, 443)), D(g.hexs(32), "trace_id"))


@_tpl
def _zh_door_close(g):
    r = g.r
    return _fmt("{} {}航班舱门关闭 实际登机{}人 行李{}件 机号{} 机型{} 停机位{}",
                g.cnts(), D(g.flight(), "flight"), r.randint(80, 330), r.randint(60, 400),
                D(g.aircraft_reg(cn=True), "aircraft_reg"), r.choice(("A320", "A321", "B737-800", "A330-300", "B787-9")),
                r.randint(100, 599))


@_tpl
def _zh_transfer(g):
    r, p, c = g.r, g.zh(), g.zh()
    return _fmt("中转旅客{}（身份证{}）行李直挂至{}，接机人{}，电话{}",
                P(p.full), CID(g.cnid()), r.choice(_AIRPORTS), P(c.full), PH(g.phone("CN")))


@_tpl
def _zh_lost_found(g):
    r, p, s = g.r, g.person(g.r.choice(("zh_CN", "zh_CN", "ja_JP", "ko_KR", "en_US", "ru_RU"))), g.zh()
    return _fmt("失物招领：{}安检口拾获护照一本，持有人{}，护照号{}，已移交机场公安，联系人{}（工号{}）",
                r.choice(("T1", "T2", "T3")), P(p.full), PP(g.passport(p.cc)), P(s.full), D(g.staff_no(), "staff_id"))


@_tpl
def _zh_umnr(g):
    r, c, a, b = g.r, g.zh(), g.zh(), g.zh()
    return _fmt("无成人陪伴儿童服务单{}：儿童{}，{}岁，航班{}；送机人{}（身份证{}，电话{}）；接机人{}，电话{}",
                D(f"UM{g.dg(8)}", "um_id"), P(c.full), r.randint(5, 12), D(g.flight(), "flight"), P(a.full), CID(g.cnid()),
                PH(g.phone("CN")), P(b.full), PH(g.phone("CN")))


@_tpl
def _zh_operator_kv(g):
    r, op, p = g.r, g.zh(), g.zh()
    return _fmt("操作员={} 动作={} 订单号={} 旅客={} 旧航班={} 新航班={} 差价={} 时间={}",
                P(g.login(op)), r.choice(("改签", "退票", "升舱", "更改姓名")), D(g.dg(16), "order_id"), P(p.full),
                D(g.flight(), "flight"), D(g.flight(), "flight"), D(g.amount(0, 3000), "amount"), D(g.cnts(), "timestamp"))


@_tpl
def _zh_invoice(g):
    r = g.r
    return _fmt("{} 电子发票开具成功 发票号码{} 购买方：{} 纳税人识别号：{} 金额：¥{} 开票方：银翼航空股份有限公司",
                g.cnts(), D(g.dg(20), "invoice_no"), D(r.choice(_CN_COMPANIES), "company"), D(g.uscc(), "tax_id"),
                D(g.amount(300, 20000), "amount"))


@_tpl
def _zh_csv(g):
    r, p = g.r, g.zh()
    return _fmt("{},{},{},{},{},{}", r.randint(1, 300), P(p.full), CID(g.cnid()), PH(g.phone("CN")),
                D(g.flight("x"), "flight"), g.seat())


@_tpl
def _zh_rate_limit(g):
    r = g.r
    return _fmt("{} [WARN] 接口限流触发 clientIp={} uri={} 次数={}/min 网关={} 规则={}",
                g.cnts(), IP(g.client_ip()), r.choice(("/api/seat/select", "/api/ffp/login", "/api/order/query")),
                r.randint(60, 2000), D(g.server_ip(), "server_ip"), r.choice(("ip-qps-100", "anti-crawl-3")))


@_tpl
def _zh_mail_header(g):
    r, p = g.r, g.zh()
    return _fmt("发件人: 银翼航空 <{}> 收件人: {} <{}> 主题: 您的电子客票行程单（票号{}）",
                D(r.choice(_ROLE_MAIL_CN), "role_mailbox"), P(p.full), E(g.email(p)), D(g.ticket(), "ticket_number"))


TEMPLATE_COUNT = len(_TEMPLATES)


# --------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------


def _check(rec):
    text = rec["text"]
    assert "\n" not in text and "\r" not in text, text
    items = []
    for s, e, t in rec["spans"]:
        assert t in TYPES, t
        items.append((s, e))
    for s, e, k in rec["decoys"]:
        assert isinstance(k, str) and k and k == k.lower(), k
        items.append((s, e))
    for s, e in items:
        assert 0 <= s < e <= len(text), (s, e, text)
        v = text[s:e]
        assert v == v.strip() and v, (v, text)
    items.sort()
    for (s1, e1), (s2, e2) in zip(items, items[1:]):
        assert e1 <= s2, ("overlap", text[s1:e1], text[s2:e2], text)
    for s, e, t in rec["spans"]:
        v = text[s:e]
        if t == "CN_RESIDENT_ID":
            assert len(v) == 18 and _cn_check(v[:17]) == v[17], v
        elif t == "CREDIT_CARD":
            assert _luhn_ok(re.sub(r"\D", "", v)), v
        elif t == "IBAN_CODE":
            assert _iban_ok(v), v


def blind_log31(n: int, seed: int = 0) -> list[dict]:
    """Return n synthetic airline/airport log lines with labelled PII spans and decoys."""
    g = _G(seed)
    out = []
    for _ in range(n):
        idx = g.r.randrange(TEMPLATE_COUNT)
        text, spans, decoys = _TEMPLATES[idx](g)
        rec = {"text": text, "spans": spans, "decoys": decoys, "template": idx}
        _check(rec)
        out.append(rec)
    return out


if __name__ == "__main__":  # pragma: no cover
    import collections
    import sys
    import time

    t0 = time.time()
    rows = blind_log31(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    dt = time.time() - t0
    cnt = collections.Counter(t for r_ in rows for *_, t in r_["spans"])
    print(f"{len(rows)} lines, {TEMPLATE_COUNT} templates, {dt:.2f}s")
    for k, v in sorted(cnt.items()):
        print(f"  {k:15s} {v}")
