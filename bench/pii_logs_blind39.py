# -*- coding: utf-8 -*-
"""Blind benchmark set 39: log lines of a hotel chain's properties.

Reservations (website, travel agencies' channel manager), front-desk check-in with
passports / ID cards and police registration of foreign guests, key cards and door
locks, minibar and restaurant charges, housekeeping and maintenance tickets, loyalty
accounts, guest messages and reviews, night audit and payments.

    blind_log39(n, seed=0) -> list of {"text", "spans", "decoys", "template"}

Only the standard library and Faker are used.  Every line is built from labelled
segments, so offsets are exact by construction; they are re-checked in _finish().
"""
import json
import random
import string
import unicodedata
from datetime import datetime, timedelta

from faker import Faker

TYPES = frozenset((
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE",
))

_FMT = string.Formatter()
_DIG = "0123456789"
_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_AN = _UP + _DIG
_B62 = string.ascii_letters + _DIG
_B64U = _B62 + "-_"
_HEX = "0123456789abcdef"

# --------------------------------------------------------------------------- segments


def F(fmt, **kw):
    """Format into segments.  A field value is str (plain), (value, label) or a segment list."""
    out = []
    for lit, field, spec, _conv in _FMT.parse(fmt):
        if lit:
            out.append((lit, None))
        if field is not None:
            v = kw[field]
            if isinstance(v, tuple):
                out.append((format(v[0], spec) if spec else str(v[0]), v[1]))
            elif isinstance(v, list):
                out.extend(v)
            else:
                out.append((format(v, spec) if spec else str(v), None))
    return out


def _jval(v):
    if isinstance(v, list):
        return v
    if isinstance(v, tuple):
        val, lab = v
        if isinstance(val, str):
            esc = json.dumps(val, ensure_ascii=False)[1:-1]
            assert esc == val, val
            return [('"', None), (val, lab), ('"', None)]
        return [(json.dumps(val), lab)]
    return [(json.dumps(v, ensure_ascii=False), None)]


def J(pairs, sp=True):
    out = [("{", None)]
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append((", " if sp else ",", None))
        out.append((json.dumps(k, ensure_ascii=False) + (": " if sp else ":"), None))
        out.extend(_jval(v))
    out.append(("}", None))
    return out


def JA(vals, sp=True):
    out = [("[", None)]
    for i, v in enumerate(vals):
        if i:
            out.append((", " if sp else ",", None))
        out.extend(_jval(v))
    out.append(("]", None))
    return out


def KV(pairs, sep=" ", eq="=", q=False):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append((sep, None))
        out.append((k + eq, None))
        if isinstance(v, list):
            out.extend(v)
            continue
        val, lab = v if isinstance(v, tuple) else (v, None)
        val = str(val)
        if q or " " in val:
            out += [('"', None), (val, lab), ('"', None)]
        else:
            out.append((val, lab))
    return out


def CSV(vals, sep=","):
    out = []
    for i, v in enumerate(vals):
        if i:
            out.append((sep, None))
        val, lab = v if isinstance(v, tuple) else (v, None)
        val = str(val)
        if sep in val:
            out += [('"', None), (val, lab), ('"', None)]
        else:
            out.append((val, lab))
    return out


def _finish(segs, tid):
    parts, spans, decoys, pos = [], [], [], 0
    for s, lab in segs:
        if lab:
            assert s, (tid, lab)
            if lab in TYPES:
                spans.append([pos, pos + len(s), lab])
            else:
                assert lab == lab.lower() and lab.replace("_", "").isalpha(), lab
                decoys.append([pos, pos + len(s), lab])
        parts.append(s)
        pos += len(s)
    text = "".join(parts)
    assert "\n" not in text and "\r" not in text, (tid, text)
    vals = {}
    for s, lab in segs:
        if lab:
            vals.setdefault(lab, set()).add(s)
    allr = sorted([(a, b) for a, b, _ in spans] + [(a, b) for a, b, _ in decoys])
    for (a1, b1), (a2, b2) in zip(allr, allr[1:]):
        assert b1 <= a2, (tid, text, allr)
    for a, b, lab in spans + decoys:
        assert text[a:b] in vals[lab], (tid, text[a:b], lab)
        assert text[a:b] == text[a:b].strip(), (tid, text[a:b])
    return {"text": text, "spans": spans, "decoys": decoys, "template": tid}


# --------------------------------------------------------------------------- validators


def _luhn_ok(num):
    t = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def _luhn_digit(body):
    t = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return str((10 - t % 10) % 10)


def _iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


_CNW = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CNC = "10X98765432"


def _cnid_ok(s):
    return len(s) == 18 and _CNC[sum(int(a) * b for a, b in zip(s[:17], _CNW)) % 11] == s[17]


def _mrz_cd(s):
    w, t = (7, 3, 1), 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        t += v * w[i % 3]
    return str(t % 10)


# --------------------------------------------------------------------------- people

_LOCS = ("en_US", "en_GB", "en_IN", "en_IE", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES",
         "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN")
_CC = {
    "en_US": ("US", "USA"), "en_GB": ("GB", "GBR"), "en_IN": ("IN", "IND"), "en_IE": ("IE", "IRL"),
    "zh_CN": ("CN", "CHN"), "zh_TW": ("TW", "TWN"), "fr_FR": ("FR", "FRA"), "de_DE": ("DE", "DEU"),
    "es_ES": ("ES", "ESP"), "pt_BR": ("BR", "BRA"), "ja_JP": ("JP", "JPN"), "ko_KR": ("KR", "KOR"),
    "ru_RU": ("RU", "RUS"), "it_IT": ("IT", "ITA"), "nl_NL": ("NL", "NLD"), "pl_PL": ("PL", "POL"),
    "tr_TR": ("TR", "TUR"), "vi_VN": ("VN", "VNM"),
}
_NONLATIN = {"zh_CN", "zh_TW", "ja_JP", "ko_KR", "ru_RU"}
_FOREIGN = tuple(l for l in _LOCS if l not in ("zh_CN", "zh_TW"))
_WEST_STAFF = ("en_US", "en_GB", "en_IN", "en_IE", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR",
               "nl_NL", "pl_PL", "vi_VN", "tr_TR")
_KO_LAST = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Oh", "Seo")
_KO_FIRST = ("Minjun", "Seoyeon", "Jiho", "Hayoon", "Doyun", "Jiwoo", "Eunji", "Sungmin", "Hyunwoo",
             "Yejin", "Jisoo", "Taeyang", "Sanghoon", "Hyejin")
_RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                   "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_FOLD = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
         "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}


def _translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        t = _RU_TR.get(lo, ch)
        out.append(t.capitalize() if ch != lo else t)
    return "".join(out)


def _fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _slug(s):
    return "".join(c for c in _fold(s).lower() if c.isascii() and c.isalnum())


class Person:
    __slots__ = ("loc", "cc", "nat", "male", "first", "last", "full", "lfirst", "llast")

    @property
    def lfull(self):
        return self.lfirst + " " + self.llast

    @property
    def latin(self):
        return self.loc not in _NONLATIN


_FAKERS = {}


def _fakers(seed):
    for i, loc in enumerate(_LOCS):
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        _FAKERS[loc].seed_instance(seed * 1000 + i)
    return _FAKERS


# --------------------------------------------------------------------------- static pools

_PROPS = (("LON01", "Harbourview Grand London"), ("PAR02", "Hôtel Belle Rive Paris"),
          ("BER01", "Lindenhof Residenz Berlin"), ("MAD01", "Casa del Mar Madrid"),
          ("NYC03", "Meridian Park New York"), ("ROM01", "Palazzo Aurelia Roma"),
          ("AMS02", "Grachtenhuis Amsterdam"), ("IST01", "Bosphorus Pearl Istanbul"),
          ("SHA01", "云栖酒店上海外滩店"), ("HGH02", "云栖酒店杭州西湖店"), ("TPE01", "雲棲酒店台北信義"),
          ("DXB01", "Meridian Park Dubai Marina"))
_HOTEL_DOMS = ("harbourview-hotels.com", "meridianparkhotels.com", "lindenhof-hotels.de",
               "bellerive-hotels.fr", "yunqihotels.cn", "casadelmar-resorts.es")
_ROLES = ("reservations", "frontdesk", "noreply", "no-reply", "billing", "groups", "nightaudit",
          "concierge", "guestrelations", "support", "info", "privacy", "accounts.receivable")
_FREE_DOMS = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"),
    "GB": ("gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk"),
    "IN": ("gmail.com", "rediffmail.com", "yahoo.in"),
    "IE": ("gmail.com", "eircom.net", "hotmail.com"),
    "CN": ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com"),
    "TW": ("gmail.com", "yahoo.com.tw", "hinet.net"),
    "FR": ("orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"),
    "DE": ("gmx.de", "web.de", "t-online.de", "gmail.com"),
    "ES": ("gmail.com", "hotmail.es", "telefonica.net"),
    "BR": ("uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"),
    "JP": ("yahoo.co.jp", "docomo.ne.jp", "gmail.com"),
    "KR": ("naver.com", "daum.net", "gmail.com"),
    "RU": ("mail.ru", "yandex.ru", "rambler.ru"),
    "IT": ("libero.it", "gmail.com", "virgilio.it", "tiscali.it"),
    "NL": ("ziggo.nl", "kpnmail.nl", "gmail.com"),
    "PL": ("wp.pl", "onet.pl", "o2.pl", "interia.pl"),
    "TR": ("gmail.com", "hotmail.com", "yandex.com.tr"),
    "VN": ("gmail.com", "yahoo.com.vn"),
    "HK": ("gmail.com", "netvigator.com", "yahoo.com.hk"),
}
_CORP = (("Siemens AG", "siemens-mail.de"), ("Accenture", "accenture-corp.com"),
         ("Deloitte LLP", "deloitte-uk.co.uk"), ("华为技术有限公司", "huawei-travel.cn"),
         ("Banco Atlântico S.A.", "bancoatlantico.com.br"), ("Nordwind Logistik GmbH", "nordwind-logistik.de"),
         ("Pacific Rim Ventures", "pacificrimventures.com"), ("Tata Consultancy Services", "tcs-travel.in"),
         ("Rakuten Travel", "rakuten-corp.jp"), ("Vinfast JSC", "vinfast-corp.vn"))
_CHANNELS = ("Booking.com", "Expedia", "Agoda", "Trip.com", "Hotelbeds", "HRS", "Airbnb", "Despegar",
             "Traveloka", "Hotels.com")
_CHANNELS_ZH = ("携程", "飞猪", "美团", "去哪儿", "同程旅行", "Booking.com", "Agoda")
_CM = ("SiteMinder", "RateGain", "D-EDGE", "Cloudbeds", "STAAH", "TravelClick")
_AGENCIES = ("Sunrise Travel GmbH", "Viajes Iberia Sol S.L.", "Globetrotter Tours Ltd", "Voyages Azur SARL",
             "中国国旅北京分公司", "Kuoni Reisen AG", "JTB Corp.", "Thomas Cook India", "Anadolu Turizm A.Ş.")
_SYS = ("svc-pms", "svc-backup", "root", "jenkins", "opera_ifc", "nightaudit", "siteminder_sync", "pos_ifc",
        "lockifc", "www-data", "postgres", "svc-loyalty", "ansible", "svc-keyenc", "system", "admin")
_PUBFIG = ("Taylor Swift", "Ernest Hemingway", "Leonardo da Vinci", "Frank Sinatra", "Coco Chanel",
           "Wolfgang Amadeus Mozart", "William Shakespeare", "Ed Sheeran", "Claude Monet", "Lionel Messi",
           "Agatha Christie", "Audrey Hepburn", "Beyoncé", "Pablo Picasso", "Gustav Klimt")
_PUBFIG_ZH = ("鲁迅", "李白", "周杰伦", "苏轼", "成龙", "张爱玲", "邓丽君", "金庸", "王菲", "徐志摩")
_PRODUCTS = ("iPhone 15 Pro", "Nespresso Vertuo", "Dyson Supersonic", "Samsonite Cosmolite", "Kindle Paperwhite",
             "AirPods Pro", "Moët & Chandon", "Toblerone", "Pringles", "Evian 50cl", "Heineken 33cl")
_UAS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Mobile Safari/537.36",
        "okhttp/4.12.0", "SiteMinder-Connector/3.8.1", "python-requests/2.31.0")
_ROOMTYPES = ("Deluxe King", "Superior Twin", "Junior Suite", "Classic Double", "Executive King", "Family Room")
_ROOMTYPES_ZH = ("高级大床房", "豪华双床房", "行政套房", "商务大床房", "亲子家庭房", "江景大床房")
_STREETS_ZH = ("南京东路", "外滩", "西湖", "信义路")
_US_STATES = ("CA", "NY", "TX", "FL", "IL", "WA", "MA", "NJ")


# --------------------------------------------------------------------------- generator context

class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = _fakers(seed)

    # basics
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def dg(self, n):
        return "".join(self.r.choice(_DIG) for _ in range(n))

    def ch(self, p):
        return self.r.random() < p

    def rs(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # people
    def person(self, locs=None):
        loc = self.pick(locs or _LOCS)
        f, r = self.f[loc], self.r
        p = Person()
        p.loc = loc
        p.cc, p.nat = _CC[loc]
        p.male = r.random() < 0.5
        p.first = f.first_name_male() if p.male else f.first_name_female()
        p.last = f.last_name_male() if p.male else f.last_name_female()
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            p.full = p.last + p.first
        elif loc == "ja_JP":
            p.full = p.last + self.pick(("", " ", "\u3000"))+ p.first
        elif loc == "vi_VN":
            p.full = p.last + " " + p.first
        else:
            p.full = p.first + " " + p.last
        if loc in ("zh_CN", "zh_TW", "ja_JP"):
            p.lfirst = f.first_romanized_name().title()
            p.llast = f.last_romanized_name().title()
        elif loc == "ko_KR":
            p.lfirst, p.llast = self.pick(_KO_FIRST), self.pick(_KO_LAST)
        elif loc == "ru_RU":
            p.lfirst, p.llast = _translit(p.first), _translit(p.last)
        else:
            p.lfirst, p.llast = p.first, p.last
        return p

    def cn(self):
        return self.person(("zh_CN",))

    def tw(self):
        return self.person(("zh_TW",))

    def foreigner(self):
        return self.person(_FOREIGN)

    def staff(self):
        return self.person(_WEST_STAFF)

    def nm(self, p):
        """Name as a western PMS shows it."""
        if p.latin or self.r.random() < 0.7:
            return p.lfull
        return p.full

    def user(self, p):
        a, b = _slug(p.lfirst) or "x", _slug(p.llast) or "y"
        k = self.r.randrange(7)
        if k == 0:
            return a[0] + b
        if k == 1:
            return a + "." + b
        if k == 2:
            return b + a[0]
        if k == 3:
            return a[0] + b + str(self.r.randint(2, 99))
        if k == 4:
            return a + "_" + b
        if k == 5:
            return b + "." + a
        return a + b[0] + str(self.r.randint(1, 9))

    def email(self, p, dom=None):
        r = self.r
        if dom is None:
            if p.cc == "CN" and r.random() < 0.35:
                return str(r.randint(10000, 2999999999)) + "@qq.com"
            dom = self.pick(_FREE_DOMS.get(p.cc, _FREE_DOMS["US"]))
        a, b = _slug(p.lfirst) or "x", _slug(p.llast) or "y"
        k = r.randrange(7)
        local = (a + "." + b, a[0] + b, a + b + str(r.randint(1, 99)), a + "_" + b, b + "." + a,
                 a + str(r.randint(1960, 2005)), a[0] + "." + b)[k]
        return local + "@" + dom

    def relay_email(self, p):
        a, b = _slug(p.lfirst) or "x", _slug(p.llast) or "y"
        k = self.r.randrange(3)
        if k == 0:
            return a[0] + b + "." + self.dg(6) + "@guest.booking.com"
        if k == 1:
            return self.rs("abcdefghijklmnopqrstuvwxyz0123456789", 12) + "@m.expediapartnercentral.com"
        return a + "." + b + "." + self.dg(4) + "@agoda-messaging.com"

    def role(self, dom=None):
        return self.pick(_ROLES) + "@" + (dom or self.pick(_HOTEL_DOMS))

    # phones
    def phone(self, who):
        cc = who if isinstance(who, str) else who.cc
        r, d = self.r, self.dg
        k = r.randrange(4)
        if cc == "US":
            a, e, l = r.randint(201, 989), r.randint(201, 999), d(4)
            return (f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}")[k] if r.random() < .8 else f"{a}.{e}.{l}"
        if cc == "GB":
            m = "7" + str(r.randint(400, 999)) + d(6)
            return (f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44{m}", f"020 7{d(3)} {d(4)}")[k]
        if cc == "IN":
            m = str(r.randint(6, 9)) + d(9)
            return (f"+91 {m[:5]} {m[5:]}", f"+91-{m}", f"0{m}", f"{m[:5]} {m[5:]}")[k]
        if cc == "IE":
            return (f"+353 8{r.randint(3, 9)} {d(3)} {d(4)}", f"08{r.randint(3, 9)} {d(3)} {d(4)}",
                    f"+3538{r.randint(3, 9)}{d(7)}", f"(01) {d(3)} {d(4)}")[k]
        if cc == "CN":
            m = self.pick(("130", "131", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159",
                           "176", "177", "180", "182", "186", "187", "188", "189", "199")) + d(8)
            return (f"{m[:3]} {m[3:7]} {m[7:]}", f"+86 {m}", f"+86-{m[:3]}-{m[3:7]}-{m[7:]}", m)[k]
        if cc == "CN_LAND":
            return self.pick((f"021-6{d(7)}", f"010-8{d(7)}", f"(0571) 8{d(7)}", f"020-3{d(7)}"))
        if cc == "TW":
            m = "9" + d(8)
            return (f"0{m[:3]}-{m[3:6]}-{m[6:]}", f"+886 {m[:3]} {m[3:6]} {m[6:]}", f"0{m}", f"+886-{m}")[k]
        if cc == "HK":
            m = self.pick("5679") + d(7)
            return (f"+852 {m[:4]} {m[4:]}", f"{m[:4]} {m[4:]}", f"+852-{m}", f"(852) {m}")[k]
        if cc == "FR":
            m = self.pick("67") + d(8)
            g = " ".join(m[i:i + 2] for i in range(1, 9, 2))
            return (f"0{m[0]} {g}", f"+33 {m[0]} {g}", f"+33 (0){m[0]} {g}", f"0{m}")[k]
        if cc == "DE":
            pre = self.pick(("151", "152", "160", "162", "170", "171", "172", "175", "176", "179"))
            tail = d(r.choice((7, 8)))
            return (f"+49 {pre} {tail}", f"0{pre} {tail}", f"+49 (0){pre} {tail}", f"030 {d(8)}")[k]
        if cc == "ES":
            m = self.pick("67") + d(8)
            return (f"+34 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+34{m}",
                    f"+34 91 {d(3)} {d(2)} {d(2)}")[k]
        if cc == "BR":
            ddd = self.pick(("11", "21", "31", "41", "51", "61", "71", "81", "85"))
            m = "9" + d(8)
            return (f"+55 {ddd} {m[:5]}-{m[5:]}", f"({ddd}) {m[:5]}-{m[5:]}", f"+55 ({ddd}) {m[:5]}-{m[5:]}",
                    f"+55{ddd}{m}")[k]
        if cc == "JP":
            p = self.pick(("90", "80", "70"))
            a, b = d(4), d(4)
            return (f"0{p}-{a}-{b}", f"+81 {p}-{a}-{b}", f"+81-{p}-{a}{b}", f"03-{d(4)}-{d(4)}")[k]
        if cc == "KR":
            a, b = d(4), d(4)
            return (f"010-{a}-{b}", f"+82 10-{a}-{b}", f"+82-10-{a}-{b}", f"010{a}{b}")[k]
        if cc == "RU":
            p, a, b, c = "9" + d(2), d(3), d(2), d(2)
            return (f"+7 {p} {a}-{b}-{c}", f"8 ({p}) {a}-{b}-{c}", f"+7 ({p}) {a} {b} {c}", f"+7{p}{a}{b}{c}")[k]
        if cc == "IT":
            p = "3" + d(2)
            return (f"+39 {p} {d(3)} {d(4)}", f"{p} {d(7)}", f"+39 {p}{d(7)}", f"+39 06 {d(4)} {d(4)}")[k]
        if cc == "NL":
            m = d(8)
            return (f"+31 6 {m}", f"06-{m}", f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+31 (0)6 {m}")[k]
        if cc == "PL":
            m = self.pick("5678") + d(8)
            return (f"+48 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}", f"+48{m}", f"{m[:3]} {m[3:6]} {m[6:]}")[k]
        if cc == "TR":
            p = "5" + self.pick(("30", "32", "33", "35", "41", "42", "44", "05", "55"))
            a, b, c = d(3), d(2), d(2)
            return (f"+90 {p} {a} {b} {c}", f"0{p} {a} {b} {c}", f"0 ({p}) {a} {b} {c}", f"+90{p}{a}{b}{c}")[k]
        if cc == "VN":
            p = self.pick(("90", "91", "98", "97", "86", "35", "38", "70", "77"))
            a, b = d(3), d(3)
            return (f"+84 {p[0]}{p[1]}{d(1)} {a} {b}", f"0{p}{d(1)} {a} {b}", f"+84{p}{d(7)}", f"0{p}{d(7)}")[k]
        return self.phone("US")

    def mphone(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return "1" + self.pick(("38", "39", "86", "59", "88")) + "****" + self.dg(4)
        if k == 1:
            return "+44 7*** ***" + self.dg(3)
        if k == 2:
            return "***-***-" + self.dg(4)
        if k == 3:
            return "+49 17* ****" + self.dg(3)
        return "+33 6 ** ** ** " + self.dg(2)

    # network
    def cip(self):
        r = self.r
        while True:
            a = r.randint(1, 223)
            if a not in (10, 100, 127, 169, 172, 192, 0):
                break
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def cip6(self):
        h = lambda: "%x" % self.r.randint(1, 0xFFFF)
        pre = self.pick(("2a02", "2001", "2600", "2409", "240e", "2804", "2a01"))
        if self.ch(0.5):
            return f"{pre}:{h()}:{h()}:{h()}::{h()}"
        return ":".join([pre] + [h() for _ in range(7)])

    def sip(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if k == 1:
            return f"192.168.{r.randint(0, 30)}.{r.randint(2, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"

    def host(self):
        prop = self.pick(_PROPS)[0].lower()
        return self.pick(("pms-app-0%d.%s.internal", "lock-srv-0%d.%s.local", "pos-gw-0%d.%s.hotelcorp.net",
                          "ifc-0%d.%s.internal", "db-0%d.%s.internal", "fo-ws-0%d.%s.local")) % (
            self.r.randint(1, 4), prop)

    def mac(self):
        return ":".join("%02x" % self.r.randint(0, 255) for _ in range(6))

    # secrets
    def pw(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return self.pick(("Summer", "Winter", "Hotel", "Sunshine", "Dragon", "Welcome", "Berlin", "Paris",
                              "London", "Qwerty", "Tiger", "Coffee", "Shanghai")) + str(r.randint(1, 2025)) + self.pick("!#$%*.")
        if k == 1:
            return self.rs(_B62 + "!#%*_-.", r.randint(10, 18))
        if k == 2:
            return "-".join(self.pick(("blue", "river", "lamp", "orbit", "maple", "tango", "cedar", "pixel",
                                       "quartz", "velvet"))
                            for _ in range(3)) + str(r.randint(10, 99))
        if k == 3:
            return self.pick(("woaini", "zhang", "wang", "li", "abc", "qq")) + str(r.randint(100, 999999))
        return self.rs(_B62, 4) + self.pick("!#%*") + self.rs(_B62, 5) + str(r.randint(0, 99))

    def apikey(self):
        k = self.r.randrange(5)
        if k == 0:
            return "sk_live_" + self.rs(_B62, 24)
        if k == 1:
            return "AKIA" + self.rs(_UP + "234567", 16)
        if k == 2:
            return self.rs(_HEX, 40)
        if k == 3:
            return "cmk_" + self.rs(_B62, 32)
        return "rk_" + self.rs(_B62, 8) + "." + self.rs(_B62, 28)

    def jwt(self):
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + self.rs(_B64U, self.r.randint(40, 90)) + "."
                + self.rs(_B64U, 43))

    def sess(self):
        return self.rs(_HEX, 32) if self.ch(.5) else self.rs(_B64U, 32)

    def pin(self):
        return self.dg(self.pick((4, 4, 6, 6, 5)))

    # payment
    def card(self, brand=None):
        r = self.r
        brand = brand or self.pick(("visa", "visa", "mc", "mc", "amex", "jcb", "up", "discover", "diners"))
        if brand == "visa":
            body = "4" + self.dg(14)
        elif brand == "mc":
            pre = str(r.randint(51, 55)) if r.random() < .8 else str(r.randint(2221, 2720))
            body = pre + self.dg(15 - len(pre))
        elif brand == "amex":
            body = self.pick(("34", "37")) + self.dg(12)
        elif brand == "jcb":
            body = "35" + str(r.randint(28, 89)) + self.dg(11)
        elif brand == "up":
            body = "62" + self.dg(self.pick((14, 17)))
        elif brand == "discover":
            body = "6011" + self.dg(11)
        else:
            body = "36" + self.dg(11)
        num = body + _luhn_digit(body)
        assert _luhn_ok(num)
        n = len(num)
        k = r.randrange(3)
        if k == 0:
            return num
        sep = " " if k == 1 else "-"
        if n == 15:
            return sep.join((num[:4], num[4:10], num[10:]))
        if n == 14:
            return sep.join((num[:4], num[4:10], num[10:]))
        return sep.join(num[i:i + 4] for i in range(0, n, 4))

    def mcard(self):
        l4 = self.dg(4)
        k = self.r.randrange(6)
        return ("************" + l4, "**** **** **** " + l4, "4" + self.dg(5) + "******" + l4,
                "XXXX-XXXX-XXXX-" + l4, "****" + l4, "5" + self.dg(5) + "xxxxxx" + l4)[k]

    _IBAN = {"DE": "n" * 18, "GB": "B" + "n" * 14, "FR": "n" * 10 + "c" * 11 + "n" * 2, "ES": "n" * 20,
             "IT": "a" + "n" * 10 + "c" * 12, "NL": "B" + "n" * 10, "PL": "n" * 24, "BE": "n" * 12,
             "CH": "n" * 5 + "c" * 12, "AT": "n" * 16, "PT": "n" * 21, "IE": "B" + "n" * 14,
             "TR": "n" * 5 + "0" + "n" * 16}
    _BANKS = {"GB": ("NWBK", "BARC", "HBUK", "LOYD", "MIDL"), "NL": ("ABNA", "INGB", "RABO", "TRIO"),
              "IE": ("AIBK", "BOFI")}

    def iban(self, cc=None):
        cc = cc or self.pick(tuple(self._IBAN))
        out = []
        for c in self._IBAN[cc]:
            if c == "n":
                out.append(self.pick(_DIG))
            elif c == "a":
                out.append(self.pick(_UP))
            elif c == "c":
                out.append(self.pick(_DIG) if self.ch(.7) else self.pick(_UP))
            elif c == "B":
                out.append(self.pick(self._BANKS[cc]))
            else:
                out.append(c)
        bban = "".join(out)
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        iban = cc + "%02d" % (98 - num % 97) + bban
        assert _iban_ok(iban)
        if self.ch(.5):
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        return s if r.random() < .85 else s.replace("-", " ")

    # documents
    def passport(self, cc, compact=False):
        r, d, P = self.r, self.dg, self.pick
        if cc == "US":
            v = d(9) if r.random() < .5 else P("ACE") + d(8)
        elif cc == "GB":
            v = d(9)
        elif cc in ("IN", "VN"):
            v = P("ABCJKLMNPRSTUVZ") + d(7)
        elif cc in ("IE", "JP", "IT", "PL"):
            v = P(_UP) + P(_UP) + d(7)
        elif cc == "CN":
            v = "E" + d(8) if r.random() < .6 else "E" + P("ABCDEGHJ") + d(7)
        elif cc == "TW":
            v = "3" + d(8)
        elif cc == "HK":
            v = P("HK") + d(8)
        elif cc == "FR":
            v = d(2) + P(_UP) + P(_UP) + d(5)
        elif cc == "DE":
            v = P("CFGHJK") + self.rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
        elif cc == "ES":
            v = P(("PAA", "PAB", "XDA", "AAB", "PAC")) + d(6)
        elif cc == "BR":
            v = P(("FZ", "FT", "GA", "YB")) + d(6)
        elif cc == "KR":
            v = "M" + d(8) if r.random() < .6 else "M" + d(3) + P("ABCDEFGH") + d(4)
        elif cc == "RU":
            v = d(9)
            if not compact:
                v = v[:2] + (" " if r.random() < .6 else "") + v[2:]
        elif cc == "NL":
            v = P(_UP) + P(_UP) + self.rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + d(1)
        elif cc == "TR":
            v = P("UZS") + d(8)
        else:
            v = d(9)
        return v

    def cnid(self):
        r = self.r
        area = self.pick(("110101", "110105", "110108", "310104", "310115", "440103", "440305", "320102",
                          "330106", "510104", "420102", "370202", "350203", "210102", "610113", "500103",
                          "120101", "230102", "530102", "330102", "440106", "320583"))
        b = datetime(1950, 1, 1) + timedelta(days=r.randint(0, 20000))
        body = area + b.strftime("%Y%m%d") + self.dg(3)
        s = body + _CNC[sum(int(a) * w for a, w in zip(body, _CNW)) % 11]
        assert _cnid_ok(s)
        return s

    def mcnid(self):
        s = self.cnid()
        return self.pick((s[:6] + "********" + s[14:], s[:3] + "***********" + s[14:], s[:1] + "****************" + s[17:],
                          s[:4] + "**********" + s[14:]))

    def plate(self, cc):
        r, d, P = self.r, self.dg, self.pick
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if cc == "CN":
            pv = P("京沪粤浙苏川鄂湘鲁闽津渝辽陕皖")
            if r.random() < .25:
                return pv + P("ABCDEF") + P(("", "·", " ")) + P("DF") + d(5)
            tail = "".join(P(_DIG) if r.random() < .75 else P("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
            return pv + P("ABCDEFGHJK") + P(("", "·", " ", "-")) + tail
        if cc == "US":
            k = r.randrange(3)
            return (str(r.randint(1, 9)) + self.rs(L, 3) + d(3), self.rs(L, 3) + "-" + d(4), self.rs(L, 3) + " " + d(3))[k]
        if cc in ("GB", "IE"):
            if cc == "IE":
                return P(("191", "201", "221", "231", "242")) + "-" + P(("D", "C", "G", "KY", "L")) + "-" + d(r.randint(3, 5))
            return self.rs(L, 2) + d(2) + " " + self.rs(L, 3)
        if cc == "DE":
            return P(("M", "B", "HH", "K", "F", "S", "D", "N", "MZ")) + P(("-", " ")) + self.rs(L, r.randint(1, 2)) + " " + str(r.randint(1, 9999))
        if cc == "FR":
            return self.rs(L, 2) + "-" + d(3) + "-" + self.rs(L, 2)
        if cc == "IT":
            return self.rs(L, 2) + P((" ", "")) + d(3) + P((" ", "")) + self.rs(L, 2)
        if cc == "ES":
            return d(4) + P((" ", "-", "")) + self.rs("BCDFGHJKLMNPRSTVWXYZ", 3)
        if cc == "NL":
            return P((self.rs(L, 2) + "-" + d(3) + "-" + self.rs(L, 1), d(2) + "-" + self.rs(L, 3) + "-" + d(1),
                      self.rs(L, 1) + "-" + d(3) + "-" + self.rs(L, 2)))
        if cc == "PL":
            return P(("WA", "KR", "PO", "GD", "WR", "WX")) + " " + P((d(5), d(1) + self.rs(L, 1) + d(3), d(3) + self.rs(L, 2)))
        if cc == "BR":
            return self.rs(L, 3) + (d(1) + self.rs(L, 1) + d(2) if r.random() < .6 else "-" + d(4))
        if cc == "TR":
            return "%02d %s %d" % (r.randint(1, 81), self.rs(L, r.randint(1, 3)), r.randint(10, 9999))
        if cc == "JP":
            return P(("品川", "練馬", "横浜", "なにわ", "札幌")) + " " + str(r.randint(300, 599)) + " " + P("さすせそたちつてとなにぬねの") + " " + d(2) + "-" + d(2)
        if cc == "KR":
            return str(r.randint(10, 399)) + P("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주") + " " + d(4)
        if cc == "RU":
            C = "АВЕКМНОРСТУХ"
            return P(C) + d(3) + P(C) + P(C) + " " + P(("77", "99", "177", "197", "78", "50", "750"))
        if cc == "TW":
            return self.rs(L, 3) + "-" + d(4)
        if cc == "HK":
            return self.rs(L, 2) + " " + str(r.randint(1, 9999))
        return self.plate("DE")

    # time
    def dt(self):
        r = self.r
        return datetime(self.pick((2024, 2025)), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                        r.randint(0, 59), r.randint(0, 59))

    def iso(self):
        return self.dt().strftime("%Y-%m-%dT%H:%M:%S") + self.pick(("Z", "+00:00", "+08:00", ".%03dZ" % self.r.randint(0, 999), "+01:00"))

    def ts(self):
        return self.dt().strftime("%Y-%m-%d %H:%M:%S")

    def sys_ts(self):
        t = self.dt()
        return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")

    def apache_ts(self):
        return self.dt().strftime("%d/%b/%Y:%H:%M:%S ") + self.pick(("+0000", "+0100", "+0800", "-0500"))

    def date(self):
        return self.dt().strftime("%Y-%m-%d")

    # decoys
    def amt(self, cur=None, lo=5.0, hi=900.0):
        cur = cur or self.pick(("EUR", "GBP", "USD", "CNY", "JPY", "CHF", "TRY", "AED"))
        v = self.r.uniform(lo, hi)
        if cur == "JPY":
            v *= 150
        sym = {"EUR": "€", "GBP": "£", "USD": "$", "CNY": "¥", "JPY": "¥"}.get(cur)
        k = self.r.randrange(3)
        if k == 0 or not sym:
            return f"{cur} {v:,.2f}"
        if k == 1:
            return f"{sym}{v:,.2f}"
        return f"{v:.2f} {cur}"

    def conf(self):
        return self.pick(("8", "9", "4", "1")) + self.dg(self.r.randint(7, 9))

    def resv(self):
        return self.pick(("RSV-", "R", "RES", "BK-")) + self.dg(self.r.randint(6, 9))

    def chref(self):
        return self.dg(10) if self.ch(.6) else self.dg(13)

    def folio(self):
        return self.pick(("F-", "FOL", "")) + self.dg(7)

    def room(self):
        return str(self.r.randint(1, 28)) + "%02d" % self.r.randint(1, 40)

    def uid(self):
        if self.ch(.5):
            return ":".join(self.rs("0123456789ABCDEF", 2) for _ in range(self.pick((4, 7))))
        return self.rs("0123456789ABCDEF", 8)

    def loyal(self):
        return self.pick(("", "", "GLD-", "HV")) + self.dg(self.pick((9, 10)))

    def emp(self):
        return self.pick(("E", "EMP", "HK", "")) + self.dg(5)

    def sha(self):
        return self.rs(_HEX, 64)

    def uuid(self):
        h = self.rs(_HEX, 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def prop(self):
        return self.pick(_PROPS)

    def sysacct(self):
        return self.pick(_SYS)


# --------------------------------------------------------------------------- templates

TEMPLATES = []


def tpl(fn):
    TEMPLATES.append(fn)
    return fn


def _title(g, p):
    if p.male:
        return g.pick(("Mr", "Mr.", "Herr", "M."))
    return g.pick(("Ms", "Mrs", "Ms.", "Frau", "Mme"))


def _zh_title(g, p):
    return g.pick(("先生",)) if p.male else g.pick(("女士", "小姐"))


# ---- English / European -----------------------------------------------------------

@tpl  # booking engine access log
def _t(g):
    ip = g.cip6() if g.ch(.15) else g.cip()
    dom = "book." + g.pick(_HOTEL_DOMS)
    if g.ch(.5):
        p = g.person()
        req = F("GET /manage-booking?conf={c}&email={e}&lang=en HTTP/1.1", c=(g.conf(), "confirmation_no"),
                e=(g.email(p), "EMAIL_ADDRESS"))
    else:
        req = F("POST /api/v2/reservations?hotel={h}&arrival={a}&nights={n} HTTP/2.0", h=g.prop()[0], a=g.date(),
                n=g.r.randint(1, 9))
    return F('{ip} - - [{ts}] "{req}" {st} {sz} "https://{dom}/" "{ua}"', ip=(ip, "IP_ADDRESS"), ts=g.apache_ts(),
             req=req, st=g.pick((200, 201, 302, 404, 500)), sz=g.r.randint(200, 48000), dom=dom, ua=g.pick(_UAS))


@tpl  # nginx kv with proxies
def _t(g):
    ip = g.cip()
    return KV([("time", g.iso()), ("remote_addr", (ip, "IP_ADDRESS")),
               ("xff", [('"', None), (ip, "IP_ADDRESS"), (", ", None), (g.sip(), "lb_ip"), ('"', None)]),
               ("host", (g.host(), "hostname")),
               ("request", [('"GET /api/rates?hotel=%s&arr=%s HTTP/1.1"' % (g.prop()[0], g.date()), None)]),
               ("status", g.pick((200, 200, 304, 429))),
               ("upstream", [(g.sip(), "server_ip"), (":" + g.pick(("8080", "9000", "443")), None)]),
               ("rt", "%.3f" % g.r.uniform(0.002, 2.5))])


@tpl  # channel manager webhook, camelCase
def _t(g):
    p = g.foreigner() if g.ch(.8) else g.person()
    ch = g.pick(_CHANNELS)
    em = g.relay_email(p) if g.ch(.4) else g.email(p)
    guest = J([("firstName", (p.lfirst, "PERSON")), ("lastName", (p.llast, "PERSON")),
               ("email", (em, "EMAIL_ADDRESS")), ("phone", (g.phone(p), "PHONE_NUMBER")),
               ("countryCode", p.cc)], sp=False)
    return F("{cm} webhook ", cm=(g.pick(_CM), "company")) + J([
        ("eventType", "reservation.created"), ("channel", (ch, "company")), ("channelRef", (g.chref(), "channel_ref")),
        ("hotelCode", g.prop()[0]), ("guest", guest), ("arrival", g.date()), ("nights", g.r.randint(1, 8)),
        ("totalAmount", J([("amount", (round(g.r.uniform(80, 3000), 2), "amount")), ("currency", "EUR")], sp=False))],
        sp=False)


@tpl  # OTA XML in one line
def _t(g):
    p = g.foreigner()
    holder = g.nm(p).upper() if g.ch(.5) else g.nm(p)
    brand, code = g.pick((("visa", "VI"), ("mc", "MC"), ("amex", "AX"), ("jcb", "JC"), ("up", "UP")))
    return F('<OTA_HotelResNotifRQ EchoToken="{tok}"><HotelReservation><ResGuests><ResGuest><Profile><Customer>'
             '<PersonName><GivenName>{gn}</GivenName><Surname>{sn}</Surname></PersonName>'
             '<Telephone PhoneNumber="{ph}"/><Email>{em}</Email></Customer></Profile></ResGuest></ResGuests>'
             '<ResGlobalInfo><Guarantee><GuaranteesAccepted><GuaranteeAccepted><PaymentCard CardCode="{cc}" '
             'CardNumber="{card}" ExpireDate="{exp}"><CardHolderName>{holder}</CardHolderName></PaymentCard>'
             '</GuaranteeAccepted></GuaranteesAccepted></Guarantee><HotelReservationIDs><HotelReservationID '
             'ResID_Value="{rid}"/></HotelReservationIDs></ResGlobalInfo></HotelReservation></OTA_HotelResNotifRQ>',
             tok=(g.uuid(), "request_id"), gn=(p.lfirst, "PERSON"), sn=(p.llast, "PERSON"),
             ph=(g.phone(p), "PHONE_NUMBER"), em=(g.email(p), "EMAIL_ADDRESS"), cc=code,
             card=(g.card(brand), "CREDIT_CARD"), exp="%02d%02d" % (g.r.randint(1, 12), g.r.randint(25, 31)),
             holder=(holder, "PERSON"), rid=(g.chref(), "channel_ref"))


@tpl  # Opera-like syslog check-in
def _t(g):
    p, clerk = g.foreigner(), g.staff()
    return F('{ts} {host} opera-fo[{pid}]: CHECKIN conf={c} room={room} guest="{ln}/{fn} {t}" doc=PASSPORT '
             'docno={pp} nat={nat} clerk={ck}', ts=g.sys_ts(), host=(g.host(), "hostname"), pid=g.r.randint(300, 40000),
             c=(g.conf(), "confirmation_no"), room=g.room(), ln=(p.llast.upper(), "PERSON"),
             fn=(p.lfirst.upper(), "PERSON"), t="MR" if p.male else g.pick(("MRS", "MS")),
             pp=(g.passport(p.cc), "PASSPORT"), nat=p.nat, ck=(g.user(clerk), "PERSON"))


@tpl  # Spain SES.HOSPEDAJES police report
def _t(g):
    p = g.foreigner()
    pairs = [("establecimiento", "H" + g.dg(7)), ("nombre", (p.lfirst, "PERSON")),
             ("apellido1", (p.llast, "PERSON")), ("tipoDocumento", "PAS"),
             ("numDocumento", (g.passport(p.cc), "PASSPORT")), ("nacionalidad", p.nat)]
    if g.ch(.7):
        pairs.append(("telefono", (g.phone(p), "PHONE_NUMBER")))
    if g.ch(.5):
        pairs.append(("correo", (g.email(p), "EMAIL_ADDRESS")))
    pairs.append(("resultado", g.pick(("OK", "OK", "ERROR_VALIDACION"))))
    return F("{ts} SES.HOSPEDAJES parte {n} enviado: ", ts=g.ts(), n=(g.dg(10), "batch_id")) + KV(pairs)


@tpl  # Italy Alloggiati Web
def _t(g):
    p = g.foreigner()
    return F("Alloggiati Web - schedina inviata: Cognome: {ln} | Nome: {fn} | Cittadinanza: {nat} | "
             "Tipo documento: PASOR | Numero documento: {pp} | Arrivo: {d} | Permanenza: {k} gg | ricevuta n. {rc}",
             ln=(p.llast.upper(), "PERSON"), fn=(p.lfirst.upper(), "PERSON"), nat=p.nat,
             pp=(g.passport(p.cc), "PASSPORT"), d=g.dt().strftime("%d/%m/%Y"), k=g.r.randint(1, 12),
             rc=(g.dg(4) + "/" + g.dg(8), "receipt_no"))


@tpl  # German Meldeschein
def _t(g):
    p, s = g.foreigner(), g.staff()
    segs = F("Meldeschein Nr. {n} erstellt – Gast: {name}, Staatsangehörigkeit: {nat}, Reisepass-Nr.: {pp}",
             n=(g.date()[:4] + "-" + g.dg(5), "form_id"), name=(g.nm(p), "PERSON"), nat=p.nat,
             pp=(g.passport(p.cc), "PASSPORT"))
    if g.ch(.5):
        segs += F(", Kfz-Kennzeichen: {pl}", pl=(g.plate(p.cc if g.ch(.5) else "DE"), "LICENSE_PLATE"))
    segs += F(", Mitreisende: {k} – erfasst von {st}", k=g.r.randint(0, 3), st=(s.lfull, "PERSON"))
    return segs


@tpl  # French fiche de police
def _t(g):
    p = g.foreigner()
    return F("Fiche individuelle de police n°{n} — Nom : {ln} — Prénom : {fn} — Nationalité : {nat} — "
             "Passeport n° {pp} — Tél. : {ph} — saisie par {u}", n=(g.dg(6), "form_id"),
             ln=(p.llast.upper(), "PERSON"), fn=(p.lfirst, "PERSON"), nat=p.nat, pp=(g.passport(p.cc), "PASSPORT"),
             ph=(g.phone(p), "PHONE_NUMBER"), u=(g.user(g.person(("fr_FR",))), "PERSON"))


def _mrzname(s):
    s = _fold(s).upper()
    return "".join(c if "A" <= c <= "Z" else ("" if c in "'." else "<") for c in s)


@tpl  # passport MRZ scanner at kiosk
def _t(g):
    p = g.foreigner()
    num = g.passport(p.cc, compact=True)
    sur, giv = _mrzname(p.llast), _mrzname(p.lfirst)
    room = 44 - 5 - len(sur) - 2
    giv = giv[:max(room, 1)].rstrip("<") or "X"
    l1a = "P<" + p.nat
    fill1 = "<" * max(0, 44 - len(l1a) - len(sur) - 2 - len(giv))
    dob = "%02d%02d%02d" % (g.r.randint(50, 99), g.r.randint(1, 12), g.r.randint(1, 28))
    exp = "%02d%02d%02d" % (g.r.randint(26, 34), g.r.randint(1, 12), g.r.randint(1, 28))
    num9 = num.ljust(9, "<")
    tail = (num9[len(num):] + _mrz_cd(num9) + p.nat + dob + _mrz_cd(dob) + ("M" if p.male else "F") + exp
            + _mrz_cd(exp) + "<" * 14 + "<")
    final = _mrz_cd(num9 + _mrz_cd(num9) + dob + _mrz_cd(dob) + exp + _mrz_cd(exp) + "<" * 15)
    return F("{ts} kiosk-{k} ocr: doc=TD3 mrz1=", ts=g.iso(), k="%02d" % g.r.randint(1, 6)) + [
        (l1a, None), (sur, "PERSON"), ("<<", None), (giv, "PERSON"), (fill1, None), (" mrz2=", None),
        (num, "PASSPORT"), (tail + final, None)] + F(" conf={c} quality={q}", c=(g.conf(), "confirmation_no"),
                                                      q="%.2f" % g.r.uniform(.6, 1))


@tpl  # key card encoding
def _t(g):
    op = (g.user(g.staff()), "PERSON") if g.ch(.6) else (g.sysacct(), "system_account")
    segs = F("{ts} lockifc KEY_ISSUE encoder=ENC-0{e} room={room} card_uid={uid} copies={k} valid_to={d}T12:00 ",
             ts=g.iso(), e=g.r.randint(1, 4), room=g.room(), uid=(g.uid(), "keycard_uid"), k=g.r.randint(1, 3),
             d=g.date())
    if g.ch(.6):
        p = g.person()
        segs += F('guest="{n}" ', n=(g.nm(p), "PERSON"))
    return segs + F("op={op} result=OK", op=op)


@tpl  # door lock audit CSV
def _t(g):
    k = g.r.randrange(4)
    if k == 0:
        holder = (g.nm(g.person()), "PERSON")
    elif k == 1:
        holder = (g.staff().lfull, "PERSON")
    else:
        holder = g.pick(("HK MASTER 3F", "EMERGENCY", "ENGINEERING GRAND", "FLOOR MASTER", "MOBILE KEY"))
    return CSV([g.ts(), "L-" + g.room(), g.room(), g.pick(("OPEN_OK", "OPEN_OK", "DENIED_EXPIRED", "DEADBOLT_ON",
                                                        "DOOR_AJAR", "LOW_BATTERY")),
                (g.uid(), "keycard_uid"), holder, "fw" + g.pick(("3.1.7", "4.0.2", "2.9.12"))])


@tpl  # mobile key with PIN
def _t(g):
    p = g.person()
    to = (g.email(p), "EMAIL_ADDRESS") if g.ch(.5) else (g.phone(p), "PHONE_NUMBER")
    return F("mobilekey-svc: digital key issued conf={c} room={room} invite sent to {to}; keypad PIN {pin} valid until "
             "{d} 11:00 (request {rq})", c=(g.conf(), "confirmation_no"), room=g.room(), to=to,
             pin=(g.pin(), "CREDENTIAL"), d=g.date(), rq=(g.uuid(), "request_id"))


@tpl  # minibar posting (no personal data)
def _t(g):
    return KV([("ts", g.iso()), ("evt", "MINIBAR_POST"), ("room", g.room()), ("folio", (g.folio(), "folio_id")),
               ("sku", "MB" + g.dg(4)), ("item", (g.pick(_PRODUCTS), "product")), ("qty", g.r.randint(1, 3)),
               ("amount", (g.amt(hi=60), "amount")), ("by", (g.sysacct(), "system_account")),
               ("sensor", "MB-" + g.dg(4))])


@tpl  # restaurant POS charge to room
def _t(g):
    p, srv = g.person(), g.staff()
    return F("POS[{outlet}] chk#{n} tbl {t} -> room charge {room} total {tot} tip {tip} signed: {name} server: {sv}",
             outlet=g.pick(("Brasserie", "Lobby Bar", "Sky Lounge", "Pool Grill", "Sakura")), n=g.dg(4),
             t=g.r.randint(1, 40), room=g.room(), tot=(g.amt(lo=12, hi=400), "amount"),
             tip=(g.amt(lo=1, hi=40), "amount"), name=(g.nm(p), "PERSON"), sv=(srv.first, "PERSON"))


@tpl  # maintenance ticket typed by staff, with guest details
def _t(g):
    p, tech, me = g.person(), g.staff(), g.staff()
    issue = g.pick(("AC dripping water onto carpet", "shower drain blocked", "TV remote not pairing",
                    "safe locked with guest valuables inside", "window won't close, very noisy"))
    return F("[WO-{n}] Rm {room}: {issue}. Guest ({t} {ln}) upset, wants a call on {ph} when fixed. "
             "Assigned to {tech}. -{me}", n=(g.dg(5), "ticket_id"), room=g.room(), issue=issue, t=_title(g, p),
             ln=(p.llast, "PERSON"), ph=(g.phone(p), "PHONE_NUMBER"), tech=(tech.first, "PERSON"),
             me=(me.first, "PERSON"))


@tpl  # maintenance work order, no personal data
def _t(g):
    return F('WO-{n} prio={p} asset={a} loc="{loc}" issue="{iss}" vendor={v} sla={s}h status={st} created_by={by}',
             n=(g.dg(5), "ticket_id"), p=g.pick(("P1", "P2", "P3")), a=(g.pick(("CHL", "AHU", "BLR", "ELV")) + "-" + g.dg(3), "asset_tag"),
             loc=g.pick(("Plant Room B2", "Roof Level", "Kitchen Main", "Laundry")),
             iss=g.pick(("Chiller 2 high head pressure", "Lift 3 door sensor fault", "Boiler flame failure",
                         "Dishwasher rinse temp low")), v=(g.pick(("Carrier Corp", "Otis Elevator", "Viessmann",
                                                                   "Hobart UK", "KONE")), "company"),
             s=g.pick((2, 4, 8, 24)), st=g.pick(("OPEN", "ACK", "CLOSED")), by=(g.sysacct(), "system_account"))


@tpl  # loyalty enrolment JSON snake_case
def _t(g):
    p = g.person()
    pairs = [("event", "member.enrolled"), ("member_id", (g.loyal(), "loyalty_id")),
             ("first_name", (p.lfirst if p.latin or g.ch(.5) else p.first, "PERSON")),
             ("last_name", (p.llast if p.latin or g.ch(.5) else p.last, "PERSON")),
             ("email", (g.email(p), "EMAIL_ADDRESS")), ("mobile", (g.phone(p), "PHONE_NUMBER")),
             ("tier", g.pick(("Blue", "Silver", "Gold", "Platinum")))]
    if g.ch(.4):
        pairs.append(("password", (g.pw(), "CREDENTIAL")))
    pairs += [("enroll_source", g.pick(("web", "app", "front_desk"))), ("client_ip", (g.cip(), "IP_ADDRESS"))]
    return J(pairs, sp=g.ch(.5))


@tpl  # loyalty login failure
def _t(g):
    p = g.person()
    who = (g.user(p), "PERSON") if g.ch(.6) else (g.email(p), "EMAIL_ADDRESS")
    ip = g.cip6() if g.ch(.2) else g.cip()
    return F("{ts} WARN loyalty-auth[{pid}]: login failed for user '{who}' from {ip} (attempt {k}/5, reason={why})",
             ts=g.iso(), pid=g.r.randint(100, 9999), who=who, ip=(ip, "IP_ADDRESS"), k=g.r.randint(1, 5),
             why=g.pick(("bad_password", "locked", "mfa_timeout")))


@tpl  # review with a famous person as topic
def _t(g):
    p = g.person()
    fig = g.pick(_PUBFIG)
    txt = g.pick(('Stayed in the {fig} Suite - kitsch but fun. Breakfast great, {staff} at reception was lovely.',
                  'We came for the {fig} concert, hotel was 10 min walk. Thanks to {staff} for the late checkout!',
                  'Lobby has a huge {fig} portrait, a bit odd. Room clean. {staff} sorted our parking quickly.'))
    st = g.staff()
    name = p.lfirst + " " + p.llast[0] + "." if g.ch(.6) else p.lfirst
    return F('review id={rid} site={site} rating={r}/5 by "{name}": "', rid=(g.dg(9), "review_id"),
             site=(g.pick(("TripAdvisor", "Google", "Booking.com", "HolidayCheck")), "company"), r=g.r.randint(1, 5),
             name=(name, "PERSON")) + F(txt, fig=(fig, "public_figure"), staff=(st.first, "PERSON")) + [('"', None)]


@tpl  # SMS gateway door code
def _t(g):
    p = g.person()
    hn = g.prop()[1]
    return F('sms-gw: to={to} provider={pv} status={st} body="{hn}: Hi {fn}, room {room} is ready. Door code {pin}. '
             'Reply STOP to opt out." id={mid}', to=(g.phone(p), "PHONE_NUMBER"),
             pv=(g.pick(("Twilio", "Vonage", "MessageBird", "Sinch")), "company"),
             st=g.pick(("DELIVERED", "QUEUED", "FAILED")), hn=(hn, "company"), fn=(p.lfirst, "PERSON"),
             room=g.room(), pin=(g.pin(), "CREDENTIAL"), mid=("SM" + g.rs(_HEX, 32), "message_id"))


@tpl  # inbound e-mail header
def _t(g):
    p = g.person()
    dom = g.pick(_HOTEL_DOMS)
    return F('From: "{n}" <{e}> | To: {to} | Cc: {cc} | Subject: Re: Booking {c} - late arrival around midnight | '
             'Message-ID: <{m}@mail.gmail.com>', n=(g.nm(p), "PERSON"), e=(g.email(p), "EMAIL_ADDRESS"),
             to=(g.role(dom), "role_mailbox"), cc=(g.role(dom), "role_mailbox"), c=(g.conf(), "confirmation_no"),
             m=(g.rs(_B62, 24), "message_id"))


@tpl  # postfix outbound confirmation
def _t(g):
    p = g.person()
    if g.ch(.5):
        return F("postfix/smtp[{pid}]: {q}: to=<{e}>, relay={mx}[{mxip}]:25, delay={d}, status=sent (250 2.0.0 OK)",
                 pid=g.r.randint(1000, 60000), q=(g.rs("0123456789ABCDEF", 10), "queue_id"),
                 e=(g.email(p), "EMAIL_ADDRESS"), mx=g.pick(("gmail-smtp-in.l.google.com", "mx1.mail.ru",
                                                             "mx00.gmx.net", "mx.qq.com")),
                 mxip=(g.cip(), "mx_ip"), d="%.2f" % g.r.uniform(0.1, 5))
    return F("postfix/qmgr[{pid}]: {q}: from=<{f}>, size={s}, nrcpt=1 (queue active) subject=\"Your stay at {h}\"",
             pid=g.r.randint(1000, 60000), q=(g.rs("0123456789ABCDEF", 10), "queue_id"),
             f=(g.pick(("noreply@", "no-reply@", "reservations@")) + g.pick(_HOTEL_DOMS), "role_mailbox"),
             s=g.r.randint(2000, 90000), h=(g.prop()[1], "company"))


@tpl  # night audit summary (no personal data)
def _t(g):
    code, name = g.prop()
    return F("NIGHT AUDIT {d} property={c} ({n}) occ={o:.1f}% ADR={adr} RevPAR={rp} rooms_sold={rs} no_shows={ns} "
             "run_by={by} duration={m}m{s}s version={v}", d=g.date(), c=code, n=(name, "company"),
             o=g.r.uniform(40, 99), adr=(g.amt(lo=80, hi=400), "amount"), rp=(g.amt(lo=40, hi=350), "amount"),
             rs=g.r.randint(40, 600), ns=g.r.randint(0, 12), by=(g.pick(("nightaudit", "svc-pms", "system")), "system_account"),
             m=g.r.randint(2, 40), s=g.r.randint(0, 59), v=(g.pick(("5.6.19.20", "5.0.04.03", "24.2.1")), "version"))


@tpl  # night audit exception
def _t(g):
    p = g.person()
    return F("NA-EXC {d} room {room} guest {n} balance {b} exceeds credit limit {l}; card {mc} declined (resp {rc}); "
             "action: FO to contact guest at check-out", d=g.date(), room=g.room(), n=(g.nm(p), "PERSON"),
             b=(g.amt(lo=300, hi=4000), "amount"), l=(g.amt(lo=200, hi=1500), "amount"), mc=(g.mcard(), "masked"),
             rc=g.pick(("05", "51", "54", "61")))


@tpl  # payment gateway debug leaking PAN
def _t(g):
    p = g.person()
    return F('{ts} DEBUG payment-svc authorize req: pan={pan} exp={e} holder="{h}" amount={a} merchant={m} -> '
             '{res} auth_code={ac}', ts=g.iso(), pan=(g.card(), "CREDIT_CARD"),
             e="%02d/%02d" % (g.r.randint(1, 12), g.r.randint(25, 31)), h=(g.nm(p).upper(), "PERSON"),
             a=(g.amt(), "amount"), m=(g.dg(15), "merchant_id"), res=g.pick(("APPROVED", "DECLINED")),
             ac=(g.rs(_AN, 6), "auth_code"))


@tpl  # payment capture with token (no personal data)
def _t(g):
    return KV([("ts", g.iso()), ("lvl", "INFO"), ("svc", "payment-svc"), ("op", "capture"),
               ("txn", (g.uuid(), "transaction_id")), ("token", (g.pick(("tok_", "pm_", "card_")) + g.rs(_B62, 24), "card_token")),
               ("pan", (g.mcard(), "masked")), ("amount", (g.amt(), "amount")),
               ("acquirer", (g.pick(("Adyen", "Worldpay", "Stripe", "Nexi", "Global Payments")), "company")),
               ("result", "SUCCESS")])


@tpl  # Java stack trace with card data
def _t(g):
    p = g.person()
    return F("ERROR [http-nio-8443-exec-{n}] c.h.pms.payment.CardService - com.hotelcorp.pms.payment."
             "CardValidationException: BIN blocked for cardNumber={c}, holderName={h}, folio={f} "
             "at com.hotelcorp.pms.payment.CardService.validate(CardService.java:{ln}) "
             "at com.hotelcorp.pms.checkout.CheckoutController.settle(CheckoutController.java:{ln2})",
             n=g.r.randint(1, 200), c=(g.card(), "CREDIT_CARD"), h=(g.nm(p), "PERSON"), f=(g.folio(), "folio_id"),
             ln=g.r.randint(40, 600), ln2=g.r.randint(40, 600))


@tpl  # python traceback with IBAN and e-mail
def _t(g):
    p = g.person(("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "en_IE", "tr_TR"))
    cc = {"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
          "en_GB": "GB", "en_IE": "IE", "tr_TR": "TR"}[p.loc]
    return F('Traceback (most recent call last): File "/srv/refunds/sepa.py", line {l}, in submit: '
             "sepa.errors.BankRejected: IBAN {ib} rejected ({code}) for guest_email='{e}' refund_id={rid}",
             l=g.r.randint(20, 400), ib=(g.iban(cc), "IBAN_CODE"),
             code=g.pick(("AC04 account closed", "AM05 duplicate", "MD07 debtor deceased")),
             e=(g.email(p), "EMAIL_ADDRESS"), rid=(g.uuid(), "refund_id"))


@tpl  # refund to IBAN
def _t(g):
    p, st = g.person(("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_GB", "pl_PL")), g.staff()
    cc = {"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL", "en_GB": "GB", "pl_PL": "PL"}[p.loc]
    return F("REFUND {ref} {a} to IBAN {ib} (BIC {bic}) account holder {n} - reason: {why} - approved by {by}",
             ref=("RF" + g.dg(8), "refund_id"), a=(g.amt("EUR"), "amount"), ib=(g.iban(cc), "IBAN_CODE"),
             bic=({"DE": "DEUTDEFF", "FR": "BNPAFRPP", "ES": "CAIXESBB", "IT": "UNCRITMM", "NL": "ABNANL2A",
                   "GB": "NWBKGB2L", "PL": "PKOPPLPW"}[cc], "bic"),
             n=(p.lfull, "PERSON"), why=g.pick(("minibar overcharge", "double charge", "cancelled within policy")),
             by=(g.user(st), "PERSON"))


@tpl  # travel agency commission payout (agency IBAN)
def _t(g):
    return F('commission-batch {d}: agency="{ag}" IATA {iata} bookings={b} amount {a} IBAN {ib} status=SCHEDULED',
             d=g.date(), ag=(g.pick(_AGENCIES), "company"), iata=(g.dg(8), "iata_code"), b=g.r.randint(1, 80),
             a=(g.amt("EUR", 50, 9000), "amount"), ib=(g.iban(), "IBAN_CODE"))


@tpl  # SSN: US HR onboarding / direct-bill application
def _t(g):
    p = g.person(("en_US",))
    if g.ch(.5):
        hr = g.person(("en_US",))
        return F("hr-onboarding: new hire {n} position={pos} SSN={s} start={d} I-9 verified by {hr}",
                 n=(p.full, "PERSON"), pos=g.pick(("Night Auditor", "Room Attendant", "Bell Captain", "Line Cook")),
                 s=(g.ssn(), "US_SSN"), d=g.date(), hr=(g.user(hr), "PERSON"))
    return F("Direct-bill credit application #{k}: applicant {n}, SSN {s}, phone {ph}, employer {c}, limit {a} - "
             "pending review", k=(g.dg(6), "application_id"), n=(p.full, "PERSON"), s=(g.ssn(), "US_SSN"),
             ph=(g.phone("US"), "PHONE_NUMBER"), c=(g.pick(_CORP)[0], "company"), a=(g.amt("USD", 1000, 20000), "amount"))


@tpl  # valet
def _t(g):
    p, drv = g.person(("en_US",) * 3 + _FOREIGN), g.staff()
    cc = "US" if g.ch(.6) else p.cc
    pl = g.plate(cc)
    state = " (" + g.pick(_US_STATES) + ")" if cc == "US" else ""
    return F("VALET tag #{t} plate {pl}{st} {car} guest {n} rm {room} call {ph} when ready - driver {d}",
             t=g.dg(4), pl=(pl, "LICENSE_PLATE"), st=state,
             car=(g.pick(("Tesla Model Y", "BMW X5", "Toyota Camry", "Audi A6", "VW Golf")), "product"),
             n=(g.nm(p), "PERSON"), room=g.room(), ph=(g.phone(p), "PHONE_NUMBER"), d=(drv.first, "PERSON"))


@tpl  # ANPR garage camera
def _t(g):
    cc = g.pick(("GB", "DE", "FR", "NL", "IT", "ES", "PL", "TR", "US"))
    return F("{ts} anpr[{pid}]: cam=garage-entry-{k} plate={pl} country={cc} conf={c:.2f} matched_resv={r} barrier={b}",
             ts=g.sys_ts(), pid=g.r.randint(100, 9999), k=g.r.randint(1, 3), pl=(g.plate(cc), "LICENSE_PLATE"), cc=cc,
             c=g.r.uniform(.5, 1), r=(g.resv(), "reservation_id") if g.ch(.6) else "none",
             b=g.pick(("OPEN", "CLOSED")))


@tpl  # arrivals CSV export
def _t(g):
    p = g.person()
    return CSV([g.date(), (g.conf(), "confirmation_no"), (p.llast if g.ch(.6) else p.last, "PERSON"),
                (p.lfirst if g.ch(.6) else p.first, "PERSON"), p.nat, (g.phone(p), "PHONE_NUMBER"),
                (g.email(p), "EMAIL_ADDRESS"), g.r.randint(1, 9), g.pick(_ROOMTYPES), (g.amt(), "amount"),
                (g.pick(_CHANNELS), "company")], sep=g.pick((",", ";", "|")))


@tpl  # housekeeping CSV (no personal data)
def _t(g):
    return CSV([g.date(), g.room(), g.pick(("VD", "VC", "OD", "OC", "OOO", "VI")), (g.emp(), "employee_id"),
                "%.1f" % g.r.uniform(0.5, 2), g.r.randint(12, 60), g.pick(("full", "towels", "none")),
                (g.pick(("svc-pms", "hk-tablet-03", "hk-tablet-11")), "device")])


@tpl  # audit trail of staff unmasking card
def _t(g):
    st = g.staff()
    segs = F('AUDIT {ts} actor={u} role=FO_AGENT action=CARD_UNMASK object=resv:{c} ws={ws} reason="{why}" result={res}',
             ts=g.iso(), u=(g.user(st), "PERSON"), c=(g.conf(), "confirmation_no"), ws=(g.host(), "hostname"),
             why=g.pick(("guest requested receipt", "chargeback review", "manual auth")),
             res=g.pick(("ALLOWED", "DENIED")))
    if g.ch(.35):
        segs += F(" value={c}", c=(g.card(), "CREDIT_CARD"))
    return segs


@tpl  # sshd
def _t(g):
    if g.ch(.6):
        return F("{ts} {h} sshd[{pid}]: Failed password for {u} from {ip} port {pt} ssh2", ts=g.sys_ts(),
                 h=(g.host(), "hostname"), pid=g.r.randint(100, 60000),
                 u=(g.pick(("root", "admin", "postgres", "opera_ifc")), "system_account"), ip=(g.cip(), "IP_ADDRESS"),
                 pt=g.r.randint(1024, 65000))
    return F("{ts} {h} sshd[{pid}]: Accepted publickey for {u} from {ip} port {pt} ssh2: ED25519 SHA256:{fp}",
             ts=g.sys_ts(), h=(g.host(), "hostname"), pid=g.r.randint(100, 60000),
             u=(g.pick(("jenkins", "ansible", "svc-backup")), "system_account"), ip=(g.sip(), "server_ip"),
             pt=g.r.randint(1024, 65000), fp=(g.rs(_B62 + "+/", 43), "hash"))


@tpl  # fail2ban
def _t(g):
    ip = g.cip()
    return F("{ts},{ms} fail2ban.actions [{pid}]: NOTICE [{jail}] {act} {ip}", ts=g.ts(), ms="%03d" % g.r.randint(0, 999),
             pid=g.r.randint(100, 9999), jail=g.pick(("sshd", "nginx-booking", "loyalty-login", "wp-login")),
             act=g.pick(("Ban", "Unban", "Found")), ip=(ip, "IP_ADDRESS"))


@tpl  # connection string with password
def _t(g):
    pw = g.pw()
    if g.ch(.5):
        return F("ERROR pms-sync: could not connect to postgresql://{u}:{pw}@{h}:5432/{db} (timeout after {s}s)",
                 u=(g.pick(("pms_app", "opera_ifc", "svc-pms", "postgres")), "system_account"), pw=(pw, "CREDENTIAL"),
                 h=(g.host(), "hostname"), db=g.pick(("opera", "pms", "loyalty")), s=g.r.randint(5, 60))
    return F('WARN IfcHost: using connection "Server={ip};Database=OperaIfc;User Id={u};Password={pw};Encrypt=True"',
             ip=(g.sip(), "server_ip"), u=(g.pick(("opera_ifc", "pos_ifc", "sa")), "system_account"),
             pw=(pw, "CREDENTIAL"))


@tpl  # channel manager API key / bearer token
def _t(g):
    if g.ch(.5):
        return F("channel-sync GET https://api.{cm}.com/v3/ari?propertyId={pid}&apiKey={k} {st} {ms}ms",
                 cm=g.pick(("siteminder", "rategain", "staah", "cloudbeds")), pid=g.dg(6), k=(g.apikey(), "CREDENTIAL"),
                 st=g.pick((200, 401, 503)), ms=g.r.randint(20, 4000))
    return F("DEBUG httpclient request headers={{'Authorization': 'Bearer {t}', 'X-Request-Id': '{rq}', "
             "'User-Agent': '{ua}'}}", t=(g.jwt(), "CREDENTIAL"), rq=(g.uuid(), "request_id"),
             ua=g.pick(("SiteMinder-Connector/3.8.1", "okhttp/4.12.0")))


@tpl  # password reset
def _t(g):
    p = g.person()
    return F('loyalty-web: password reset completed for {e}; temporary password "{pw}" sent via SMS to {ph} '
             '(ticket {t})', e=(g.email(p), "EMAIL_ADDRESS"), pw=(g.pw(), "CREDENTIAL"),
             ph=(g.phone(p), "PHONE_NUMBER"), t=(g.dg(7), "ticket_id"))


@tpl  # captive portal
def _t(g):
    p = g.person()
    ln = p.llast if p.latin or g.ch(.6) else p.last
    return KV([("ts", g.iso()), ("portal", "guest-wifi"), ("auth", g.pick(("ok", "ok", "fail"))), ("room", g.room()),
               ("lastname", (ln, "PERSON")), ("mac", (g.mac(), "device_mac")), ("ap", (g.sip(), "server_ip")),
               ("controller", ("wlc0" + str(g.r.randint(1, 3)), "hostname")), ("plan", g.pick(("free", "premium")))])


@tpl  # concierge log
def _t(g):
    p, contact = g.person(), g.staff()
    return F("Concierge {d}: {t} {ln} (rm {room}) wants a table for {k} at {rest} 20:00 - booked under {fn} {ln2}, "
             "confirmed by {c} at the restaurant. Also asked about the {fig} exhibition.", d=g.date(),
             t=_title(g, p), ln=(p.llast, "PERSON"), room=g.room(), k=g.r.randint(2, 8),
             rest=(g.pick(("Nobu", "Dishoom", "Le Grand Véfour", "Zuma", "Hakkasan")), "company"),
             fn=(p.lfirst, "PERSON"), ln2=(p.llast, "PERSON"), c=(contact.first, "PERSON"),
             fig=(g.pick(_PUBFIG), "public_figure"))


@tpl  # complaint ticket
def _t(g):
    p, st = g.person(), g.staff()
    return F('Ticket #{n} [Complaint][{tier}] guest={g} room={room}: "Couldn\'t sleep - {fig} fans partying in the '
             'corridor until 2am." owner={o} status=OPEN', n=(g.dg(6), "ticket_id"),
             tier=g.pick(("Gold", "Platinum", "Blue")), g=(g.nm(p), "PERSON"), room=g.room(),
             fig=(g.pick(_PUBFIG), "public_figure"), o=(g.user(st), "PERSON"))


@tpl  # group rooming list from a travel agency
def _t(g):
    segs = F("GRP {c} rooming list from {ag}: ", c=(g.pick(("GRP", "TO", "MICE")) + g.dg(5), "group_code"),
             ag=(g.pick(_AGENCIES), "company"))
    loc = g.pick(_FOREIGN)
    for i in range(g.r.randint(2, 4)):
        a = g.person((loc,))
        segs += F("{i}) {a}", i=i + 1, a=(g.nm(a).upper(), "PERSON"))
        if g.ch(.5):
            b = g.person((loc,))
            segs += F(" / {b} DBL", b=(g.nm(b).upper(), "PERSON"))
        else:
            segs += [(" SGL", None)]
        segs += [("; ", None)]
    segs += F("TL mobile {ph}", ph=(g.phone(a), "PHONE_NUMBER"))
    return segs


@tpl  # corporate booker
def _t(g):
    comp, dom = g.pick(_CORP)
    b, t = g.person(), g.person()
    return F("Corporate booking: account={c} (CID {cid}) booker={b} <{be}> tel {ph} traveller={t} cost_center={cc} "
             "rate={rc}", c=(comp, "company"), cid=(g.dg(6), "account_id"), b=(g.nm(b), "PERSON"),
             be=(g.email(b, dom), "EMAIL_ADDRESS"), ph=(g.phone(b), "PHONE_NUMBER"), t=(g.nm(t), "PERSON"),
             cc=g.dg(4), rc=g.pick(("CORP1", "LRA", "NEG25")))


@tpl  # Dutch front desk
def _t(g):
    p, st = g.person(("nl_NL",) * 3 + _FOREIGN), g.person(("nl_NL",))
    return F("Gast {n} ingecheckt op kamer {room}, tel. {ph}, e-mail {e}; paspoortnummer {pp} gecontroleerd door {s}.",
             n=(g.nm(p), "PERSON"), room=g.room(), ph=(g.phone(p), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"),
             pp=(g.passport(p.cc), "PASSPORT"), s=(st.first, "PERSON"))


@tpl  # Polish reservation
def _t(g):
    p, st = g.person(("pl_PL",)), g.person(("pl_PL",))
    return F("Rezerwacja {c}: gość {n}, tel. {ph}, e-mail {e}, przyjazd {d}, kwota {a} – wprowadził(a) {s}",
             c=(g.conf(), "confirmation_no"), n=(p.full, "PERSON"), ph=(g.phone(p), "PHONE_NUMBER"),
             e=(g.email(p), "EMAIL_ADDRESS"), d=g.date(), a=(g.amt("PLN", 200, 3000), "amount"), s=(st.full, "PERSON"))


@tpl  # Turkish check-in
def _t(g):
    p = g.person(("tr_TR",) * 2 + _FOREIGN)
    segs = F("Misafir {n} {room} numaralı odaya giriş yaptı; pasaport no: {pp}, cep: {ph}", n=(g.nm(p), "PERSON"),
             room=g.room(), pp=(g.passport(p.cc), "PASSPORT"), ph=(g.phone(p), "PHONE_NUMBER"))
    if g.ch(.5):
        segs += F(", araç plakası: {pl}", pl=(g.plate("TR"), "LICENSE_PLATE"))
    return segs + F(" (KBS bildirimi {k})", k=g.pick(("gönderildi", "beklemede")))


@tpl  # Brazilian Portuguese note
def _t(g):
    p = g.person(("pt_BR",))
    return F("Hóspede {n} fez check-in no quarto {room}; celular {ph}; passaporte {pp}; obs.: alergia a amendoim, "
             "avisar restaurante. Atendente: {s}", n=(p.full, "PERSON"), room=g.room(), ph=(g.phone(p), "PHONE_NUMBER"),
             pp=(g.passport("BR"), "PASSPORT"), s=(g.person(("pt_BR",)).first, "PERSON"))


@tpl  # Kafka event, dotted keys
def _t(g):
    p = g.person()
    return F("kafka topic=guest-profile partition={pt} offset={o} value=", pt=g.r.randint(0, 11), o=g.r.randint(1, 10 ** 8)) + J([
        ("event.type", "guest.profile.updated"), ("guest.id", (g.uuid(), "guest_id")),
        ("guest.name.given", (p.lfirst, "PERSON")), ("guest.name.family", (p.llast, "PERSON")),
        ("guest.contact.email", (g.email(p), "EMAIL_ADDRESS")), ("guest.contact.phone", (g.phone(p), "PHONE_NUMBER")),
        ("source.ip", (g.cip(), "IP_ADDRESS")), ("source.app", g.pick(("ios-app", "web", "kiosk")))], sp=g.ch(.5))


@tpl  # .NET PascalCase JSON
def _t(g):
    p = g.person()
    return F("[{ts} ERR] PaymentRequest rejected ", ts=g.ts()) + J([
        ("ReservationId", (g.resv(), "reservation_id")), ("GuestName", (g.nm(p), "PERSON")),
        ("CardNumber", (g.card(), "CREDIT_CARD")), ("CardExpiry", "%02d/%d" % (g.r.randint(1, 12), g.r.randint(2025, 2031))),
        ("Amount", (round(g.r.uniform(50, 2000), 2), "amount")), ("HotelName", (g.prop()[1], "company")),
        ("CorrelationId", (g.uuid(), "request_id"))], sp=False)


@tpl  # rate plan change (no personal data)
def _t(g):
    return F("ratemgr: plan {rp} hotel={h} {d}..{d2} BAR {a} -> {b} by {by} push={cm} v{v}", rp=g.pick(("BAR", "NRF", "BB", "AAA")),
             h=g.prop()[0], d=g.date(), d2=g.date(), a=(g.amt(lo=80, hi=400), "amount"), b=(g.amt(lo=80, hi=400), "amount"),
             by=(g.pick(("svc-revenue", "siteminder_sync", "system")), "system_account"), cm=(g.pick(_CM), "company"),
             v=(g.pick(("2.14.0", "3.0.1", "2.9.7")), "version"))


@tpl  # interface heartbeat / monitoring (no personal data)
def _t(g):
    if g.ch(.5):
        return F("IFC heartbeat PBX {a} ok; POS {b} ok; LOCK {c} {st}; PMS {h} latency {ms}ms",
                 a=(g.sip(), "server_ip"), b=(g.sip(), "server_ip"), c=(g.sip(), "server_ip"),
                 st=g.pick(("ok", "timeout")), h=(g.host(), "hostname"), ms=g.r.randint(1, 900))
    return F("ALERT cpu_high host={h} ({ip}) value={v}% for 5m runbook=https://wiki.{d}/ops/cpu sha={s}",
             h=(g.host(), "hostname"), ip=(g.sip(), "server_ip"), v=g.r.randint(85, 100),
             d=g.pick(_HOTEL_DOMS), s=(g.sha()[:12], "hash"))


@tpl  # PBX call accounting
def _t(g):
    p = g.person()
    return KV([("CDR", g.ts()), ("ext", g.room()), ("trunk", "SIP-0" + str(g.r.randint(1, 4))),
               ("dialed", (g.phone(p), "PHONE_NUMBER")), ("dur", "00:%02d:%02d" % (g.r.randint(0, 59), g.r.randint(0, 59))),
               ("cost", (g.amt(lo=0.2, hi=30), "amount")), ("posted_to_folio", (g.folio(), "folio_id"))])


@tpl  # chargeback
def _t(g):
    p = g.person()
    return F("Chargeback {cb} {br} reason {rc} card {mc} cardholder {n} amount {a} resv {r} due {d}",
             cb=("CB-" + g.dg(6), "case_id"), br=g.pick(("Visa", "Mastercard", "Amex")),
             rc=g.pick(("10.4", "13.1", "4837", "4853")), mc=(g.mcard(), "masked"), n=(g.nm(p), "PERSON"),
             a=(g.amt(), "amount"), r=(g.resv(), "reservation_id"), d=g.date())


@tpl  # GDPR DSAR
def _t(g):
    p = g.foreigner()
    dom = g.pick(_HOTEL_DOMS)
    return F("DSAR-{y}-{n} received from {e} ({nm}); identity verified via passport {pp}; export sent from {pv} "
             "within {k} days", y=g.date()[:4], n=g.dg(4), e=(g.email(p), "EMAIL_ADDRESS"), nm=(g.nm(p), "PERSON"),
             pp=(g.passport(p.cc), "PASSPORT"), pv=("privacy@" + dom, "role_mailbox"), k=g.r.randint(3, 30))


@tpl  # mail relay between role mailboxes (no personal data)
def _t(g):
    dom = g.pick(_HOTEL_DOMS)
    return F("{ts} mail-relay: from=<{a}> to=<{b}> subject=\"Daily pickup report {d}\" size={s} status=sent relay={ip}",
             ts=g.iso(), a=(g.role(dom), "role_mailbox"), b=(g.role(dom), "role_mailbox"), d=g.date(),
             s=g.r.randint(1000, 500000), ip=(g.sip(), "server_ip"))


@tpl  # Japanese confirmation
def _t(g):
    p, st = g.person(("ja_JP",)), g.person(("ja_JP",))
    return F("予約確認 {c} {n} 様 ご到着 {d} 電話 {ph} メール {e} 担当 {s}", c=(g.conf(), "confirmation_no"),
             n=(p.full, "PERSON"), d=g.date(), ph=(g.phone(p), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"),
             s=(st.last, "PERSON"))


@tpl  # Korean confirmation
def _t(g):
    p = g.person(("ko_KR",))
    return F("[예약확인] {n}님 {d} 체크인, 객실 {room}, 연락처 {ph}, 여권번호 {pp}, 결제 {a}", n=(p.full, "PERSON"),
             d=g.date(), room=g.room(), ph=(g.phone(p), "PHONE_NUMBER"), pp=(g.passport("KR"), "PASSPORT"),
             a=(g.amt("KRW", 100000, 900000), "amount"))


@tpl  # Russian check-in
def _t(g):
    p, st = g.person(("ru_RU",)), g.person(("ru_RU",))
    return F("Гость {n} заселён в номер {room}; паспорт {pp}; тел. {ph}; e-mail {e}; администратор {s}",
             n=(p.full, "PERSON"), room=g.room(), pp=(g.passport("RU"), "PASSPORT"), ph=(g.phone(p), "PHONE_NUMBER"),
             e=(g.email(p), "EMAIL_ADDRESS"), s=(st.first, "PERSON"))


# ---- Chinese (simplified / traditional) -----------------------------------------------

@tpl  # 前台入住
def _t(g):
    p, st = g.cn(), g.cn()
    return F("{ts} [前台] 入住登记成功 房号:{room} 客人:{n} 身份证:{id} 手机:{ph} 操作员:{s}", ts=g.ts(), room=g.room(),
             n=(p.full, "PERSON"), id=(g.cnid(), "CN_RESIDENT_ID"), ph=(g.phone("CN"), "PHONE_NUMBER"),
             s=(st.full, "PERSON"))


@tpl  # 治安系统上传
def _t(g):
    p = g.cn()
    return KV([("旅业治安系统上传 结果", "成功"), ("姓名", (p.full, "PERSON")), ("性别", "男" if p.male else "女"),
               ("民族", g.pick(("汉", "汉", "回", "满", "壮"))), ("证件类型", "居民身份证"),
               ("证件号码", (g.cnid(), "CN_RESIDENT_ID")), ("入住时间", g.ts().replace(" ", "T")), ("房间号", g.room()),
               ("上传批次", (g.dg(12), "batch_id"))])


@tpl  # 境外人员临时住宿登记
def _t(g):
    p = g.foreigner()
    return F("境外人员临时住宿登记 英文姓={ln} 英文名={fn} 国籍={nat} 证件类型=普通护照 证件号码={pp} 联系电话={ph} "
             "入住房号={room} 派出所回执号={rc}", ln=(p.llast.upper(), "PERSON"), fn=(p.lfirst.upper(), "PERSON"),
             nat=p.nat, pp=(g.passport(p.cc), "PASSPORT"), ph=(g.phone(p), "PHONE_NUMBER"), room=g.room(),
             rc=(g.dg(14), "receipt_no"))


@tpl  # 携程订单 JSON 中文键
def _t(g):
    p = g.cn()
    return F("OTA推送 ") + J([("订单号", (g.dg(g.pick((10, 16))), "order_id")), ("渠道", (g.pick(_CHANNELS_ZH), "company")),
                             ("入住人", (p.full, "PERSON")), ("联系电话", (g.phone("CN"), "PHONE_NUMBER")),
                             ("房型", g.pick(_ROOMTYPES_ZH)), ("间夜", g.r.randint(1, 5)),
                             ("总价", (g.amt("CNY", 200, 5000), "amount")), ("备注", g.pick(("需要无烟房", "高楼层", "晚到，请保留房间", "无")))],
                            sp=g.ch(.3))


@tpl  # 美团订单 隐私号
def _t(g):
    p = g.cn()
    return J([("orderId", (g.dg(16), "order_id")), ("channel", ("美团", "company")), ("guestName", (p.full, "PERSON")),
              ("phone", ("1" + g.pick(("38", "39", "86", "59")) + "****" + g.dg(4), "masked")),
              ("arriveDate", g.date()), ("roomType", g.pick(_ROOMTYPES_ZH)),
              ("payAmount", (round(g.r.uniform(150, 3000), 2), "amount"))], sp=False)


@tpl  # 客需单：王先生
def _t(g):
    p, st = g.cn(), g.cn()
    return F("客需单 {n}：{room}房{ln}{t}要求加床一张并送两瓶矿泉水，已通知客房部{sl}{role}跟进。", n=(g.dg(8), "ticket_id"),
             room=g.room(), ln=(p.last, "PERSON"), t=_zh_title(g, p), sl=(st.last, "PERSON"),
             role=g.pick(("领班", "主管", "经理")))


@tpl  # 工程部刘工
def _t(g):
    tech, fd = g.cn(), g.cn()
    return F("工程维修单{n}：{room}房{iss}，工程部{tl}工已处理，耗时{k}分钟。报修人：前台{fd}", n=(g.dg(6), "ticket_id"),
             room=g.room(), iss=g.pick(("空调不制冷", "淋浴房漏水", "电视无信号", "门锁电池没电", "马桶堵塞")),
             tl=(tech.last, "PERSON"), k=g.r.randint(5, 120), fd=(fd.full if g.ch(.5) else fd.first, "PERSON"))


@tpl  # 门锁开门记录
def _t(g):
    k = g.r.randrange(3)
    holder = (g.cn().full, "PERSON") if k else g.pick(("楼层总卡", "客房部总卡", "应急卡"))
    return KV([("门锁系统 开门记录 锁号", "L" + g.room()), ("房号", g.room()), ("卡号", (g.uid(), "keycard_uid")),
               ("卡类型", "宾客卡" if k else "员工卡"), ("持卡人", holder), ("结果", g.pick(("成功", "成功", "卡已过期"))),
               ("时间", g.ts().replace(" ", "_"))])


@tpl  # 门锁低电量（无个人信息）
def _t(g):
    return F("[告警] 门锁低电量 锁编号={l} 房号={room} 电量={b}% 固件={v} 网关={ip}", l="L-" + g.room(),
             room=g.room(), b=g.r.randint(3, 20), v=(g.pick(("V3.2.1", "V4.0.8")), "version"), ip=(g.sip(), "server_ip"))


@tpl  # 迷你吧入账（无个人信息）
def _t(g):
    return F("迷你吧入账 房号{room} 商品 {p} ×{q} 金额 {a} 账单号 {f} 操作 {by}", room=g.room(),
             p=(g.pick(("农夫山泉", "可口可乐", "青岛啤酒", "乐事薯片", "士力架", "百威啤酒")), "product"),
             q=g.r.randint(1, 4), a=(g.amt("CNY", 8, 120), "amount"), f=(g.folio(), "folio_id"),
             by=(g.pick(("svc-pms", "minibar_sensor")), "system_account"))


@tpl  # 餐厅挂账
def _t(g):
    p = g.cn()
    return F("{outlet} 桌号{t} 挂房账 {room} 金额{a} 签单人 {n} 服务员工号 {e}", outlet=g.pick(("中餐厅", "全日餐厅", "大堂吧", "日料")),
             t=g.pick("ABC") + str(g.r.randint(1, 30)), room=g.room(), a=(g.amt("CNY", 60, 3000), "amount"),
             n=(p.full, "PERSON"), e=(g.emp(), "employee_id"))


@tpl  # 会员注册
def _t(g):
    p = g.cn()
    segs = F("会员注册 会员号 {m} 姓名 {n} 手机 {ph} 邮箱 {e}", m=(g.loyal(), "loyalty_id"), n=(p.full, "PERSON"),
             ph=(g.phone("CN"), "PHONE_NUMBER"), e=(g.email(p), "EMAIL_ADDRESS"))
    if g.ch(.5):
        segs += F(" 初始密码 {pw}", pw=(g.pw(), "CREDENTIAL"))
    return segs + F(" 来源 {s}", s=g.pick(("官网", "小程序", "前台")))


@tpl  # 会员积分（无个人信息）
def _t(g):
    return F("积分变动 会员号={m} 变动=+{n} 原因=住宿积分 订单={o} 余额={b} 等级={lv}", m=(g.loyal(), "loyalty_id"),
             n=g.r.randint(100, 9000), o=(g.dg(12), "order_id"), b=g.r.randint(0, 200000),
             lv=g.pick(("银卡", "金卡", "铂金卡")))


@tpl  # 夜审完成（无个人信息）
def _t(g):
    return F("夜审完成 营业日期={d} 酒店={h} 出租率={o:.1f}% 平均房价={a} 房费收入={r} 操作员={by}", d=g.date(),
             h=(g.pick(_PROPS[8:11])[1], "company"), o=g.r.uniform(40, 99), a=(g.amt("CNY", 300, 1200), "amount"),
             r=(g.amt("CNY", 50000, 600000), "amount"), by=(g.pick(("system", "nightaudit")), "system_account"))


@tpl  # 夜审异常 掩码卡号
def _t(g):
    p = g.cn()
    return F("夜审异常：{room}房 {n} 挂账 {a} 超过信用额度，预授权卡 {mc} 扣款失败，请前台次日联系客人", room=g.room(),
             n=(p.full, "PERSON"), a=(g.amt("CNY", 2000, 20000), "amount"), mc=(g.mcard(), "masked"))


@tpl  # 支付宝回调（无个人信息）
def _t(g):
    return F("alipay notify ") + J([("notify_type", "trade_status_sync"), ("out_trade_no", (g.dg(18), "order_id")),
                                    ("trade_no", (g.date().replace("-", "") + g.dg(20), "transaction_id")),
                                    ("buyer_logon_id", ("1" + g.pick(("38", "39", "86")) + "****" + g.dg(4), "masked")),
                                    ("total_amount", (str(round(g.r.uniform(50, 3000), 2)), "amount")),
                                    ("trade_status", "TRADE_SUCCESS"), ("seller_email", ("pay@yunqihotels.cn", "role_mailbox"))],
                                   sp=False)


@tpl  # 银联刷卡
def _t(g):
    p = g.cn()
    return F("POS 银联消费 终端{t} 卡号 {c} 持卡人 {n} 金额 {a} 参考号 {ref} 授权码 {ac}", t=g.dg(8),
             c=(g.card(g.pick(("up", "up", "visa", "mc"))), "CREDIT_CARD"), n=(p.full, "PERSON"),
             a=(g.amt("CNY", 100, 9000), "amount"), ref=(g.dg(12), "reference_no"), ac=(g.dg(6), "auth_code"))


@tpl  # 携程评价：小李、鲁迅
def _t(g):
    st = g.cn()
    fig = g.pick(_PUBFIG_ZH)
    return F("客人评价（{ch}）{r}分：前台小{sl}服务很热情，房间里放着{fig}的书，很有文化氛围。唯一不足是隔音一般。订单{o}",
             ch=(g.pick(("携程", "美团", "飞猪")), "company"), r=g.r.randint(3, 5), sl=(st.last, "PERSON"),
             fig=(fig, "public_figure"), o=(g.dg(12), "order_id"))


@tpl  # 投诉工单
def _t(g):
    p, st = g.cn(), g.cn()
    return F("投诉单#{n} 客人 {cn} 电话 {ph} 房号 {room} 内容：隔壁太吵，要求换房 处理人 {s}经理 状态 {stt}",
             n=(g.dg(7), "ticket_id"), cn=(p.full, "PERSON"), ph=(g.phone("CN" if g.ch(.8) else "CN_LAND"), "PHONE_NUMBER"), room=g.room(),
             s=(st.last, "PERSON"), stt=g.pick(("处理中", "已关闭")))


@tpl  # 停车场
def _t(g):
    segs = F("停车场入场 {ts} 车牌 {pl} 通道 {gate}", ts=g.ts(), pl=(g.plate("CN"), "LICENSE_PLATE"), gate=g.pick(("东1", "西2", "地库B1")))
    if g.ch(.6):
        p = g.cn()
        segs += F(" 关联房号 {room} 客人 {n}{t}", room=g.room(), n=(p.last, "PERSON"), t=_zh_title(g, p))
    return segs + F(" 免费时长 {h} 小时", h=g.r.randint(2, 24))


@tpl  # 充电桩 新能源
def _t(g):
    pv = g.pick("京沪粤浙苏")
    pl = pv + g.pick("ABCDEF") + g.pick(("", "·")) + g.pick("DF") + g.dg(5)
    return F("充电桩{k}号 开始充电 车牌={pl} 电量={e}kWh 费用={a} 订单={o}", k=g.r.randint(1, 12), pl=(pl, "LICENSE_PLATE"),
             e=g.r.randint(5, 80), a=(g.amt("CNY", 10, 200), "amount"), o=(g.dg(16), "order_id"))


@tpl  # 短信 门锁密码
def _t(g):
    p = g.cn()
    return F("短信下发 手机号={ph} 内容=【{h}】尊敬的{ln}{t}，您预订的{rt}已可入住，房号{room}，门锁密码{pin}，祝您入住愉快。 状态={st}",
             ph=(g.phone("CN"), "PHONE_NUMBER"), h=(g.pick(("云栖酒店", "望江大酒店", "锦澜国际酒店")), "company"),
             ln=(p.last, "PERSON"), t=_zh_title(g, p), rt=g.pick(_ROOMTYPES_ZH), room=g.room(), pin=(g.pin(), "CREDENTIAL"),
             st=g.pick(("成功", "失败")))


@tpl  # 邮件
def _t(g):
    p = g.cn()
    return F("发件人: {n} <{e}> 收件人: 预订部 <{to}> 主题: 关于订单{o}的发票", n=(p.full, "PERSON"),
             e=(g.email(p), "EMAIL_ADDRESS"), to=(g.pick(("reservations", "rsv", "fo")) + "@yunqihotels.cn", "role_mailbox"),
             o=(g.dg(12), "order_id"))


@tpl  # 繁體 入住登記（台灣 / 香港）
def _t(g):
    p = g.tw()
    cc = "TW" if g.ch(.6) else "HK"
    return F("入住登記 房號 {room} 旅客 {n} 電話 {ph} 護照號碼 {pp} 車牌 {pl} 經辦 {s}", room=g.room(), n=(p.full, "PERSON"),
             ph=(g.phone(cc), "PHONE_NUMBER"), pp=(g.passport(cc), "PASSPORT"), pl=(g.plate(cc), "LICENSE_PLATE"),
             s=(g.tw().full, "PERSON"))


@tpl  # 繁體 評論
def _t(g):
    st = g.tw()
    return F("住客評論（{site}）：服務很好，感謝櫃檯的{sl}小姐幫忙安排接駁車，早餐有{fig}主題甜點。評分 {r}/10",
             site=(g.pick(("Google", "Agoda", "Booking.com")), "company"), sl=(st.last, "PERSON"),
             fig=(g.pick(("鄧麗君", "周杰倫", "金庸")), "public_figure"), r=g.r.randint(6, 10))


@tpl  # 繁體 刷卡授權
def _t(g):
    p = g.tw()
    return F("刷卡授權 卡號 {c} 持卡人 {n} 金額 NT${a:,} 授權碼 {ac} 端末機 {t}", c=(g.card(g.pick(("visa", "mc", "jcb"))), "CREDIT_CARD"),
             n=(p.full, "PERSON"), a=g.r.randint(1000, 60000), ac=(g.rs(_AN, 6), "auth_code"), t=g.dg(8))


@tpl  # Java 异常 身份证校验
def _t(g):
    p = g.cn()
    return F("ERROR c.y.pms.guest.IdCardValidator - 身份证校验失败 java.lang.IllegalArgumentException: idCard={id}, name={n}, "
             "mobile={ph} at com.yunqi.pms.guest.IdCardValidator.check(IdCardValidator.java:{l})",
             id=(g.cnid(), "CN_RESIDENT_ID"), n=(p.full, "PERSON"), ph=(g.phone("CN"), "PHONE_NUMBER"), l=g.r.randint(30, 300))


@tpl  # 维修工单（无个人信息）
def _t(g):
    return F("维修工单 WX{d}{n} {room}房 {iss} 状态={st} 处理部门=工程部 耗材={m} 成本={a}", d=g.date().replace("-", ""),
             n=g.dg(4), room=g.room(), iss=g.pick(("马桶堵塞", "灯泡更换", "窗帘轨道脱落", "热水温度低")),
             st=g.pick(("已完成", "待处理")), m=g.pick(("无", "灯泡×2", "密封圈")), a=(g.amt("CNY", 0, 300), "amount"))


@tpl  # 客房清洁 阿姨
def _t(g):
    hk = g.cn()
    return F("客房部：{n}阿姨 完成 {room} 清扫，用时 {m} 分钟，查房 {c} 主管 {r}", n=(hk.last, "PERSON"), room=g.room(),
             m=g.r.randint(15, 60), c=(g.cn().full, "PERSON"), r=g.pick(("合格", "不合格，需返工")))


@tpl  # 交班记录
def _t(g):
    p, st = g.cn(), g.cn()
    k = g.r.randrange(2)
    if k:
        return F("交班记录：{room}房客人{ln}{t}的护照（{pp}）落在前台，已电话{ph}联系，客人晚上来取。交班人 {s}",
                 room=g.room(), ln=(p.last, "PERSON"), t=_zh_title(g, p), pp=(g.passport("CN"), "PASSPORT"),
                 ph=(g.phone("CN"), "PHONE_NUMBER"), s=(st.full, "PERSON"))
    return F("交班记录：{room}房{n}身份证{id}已复印存档，押金{a}已收。交班人 {s}", room=g.room(), n=(p.full, "PERSON"),
             id=(g.cnid(), "CN_RESIDENT_ID"), a=(g.amt("CNY", 200, 2000), "amount"), s=(st.full, "PERSON"))


@tpl  # 发票（税号、公司）
def _t(g):
    code = "91" + g.pick(("3100", "1100", "4403", "3301")) + g.dg(2) + g.rs("0123456789ABCDEFGHJKLMNPQRTUWXY", 9) + g.pick("0123456789X")
    segs = F("开票成功 抬头={c} 税号={t} 金额={a} 发票号码={n}", c=(g.pick(("上海云帆科技有限公司", "华为技术有限公司", "杭州青禾文化传媒有限公司")), "company"),
             t=(code, "tax_id"), a=(g.amt("CNY", 300, 20000), "amount"), n=(g.dg(20), "invoice_no"))
    if g.ch(.4):
        p = g.cn()
        segs += F(" 接收邮箱={e}", e=(g.email(p), "EMAIL_ADDRESS"))
    return segs


@tpl  # 小程序预订 mixed keys
def _t(g):
    p = g.cn()
    return F("[miniapp] createOrder ") + J([("openid", ("o" + g.rs(_B64U, 27), "openid")), ("realName", (p.full, "PERSON")),
                                            ("phoneNumber", (g.phone("CN"), "PHONE_NUMBER")), ("idNo", (g.cnid(), "CN_RESIDENT_ID")),
                                            ("hotelId", g.pick(("SHA01", "HGH02"))), ("price", (round(g.r.uniform(200, 2000), 2), "amount")),
                                            ("clientIp", (g.cip(), "IP_ADDRESS"))], sp=False)


# --------------------------------------------------------------------------- entry point


def blind_log39(n: int, seed: int = 0) -> list:
    g = G(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        tid = g.r.randrange(nt)
        out.append(_finish(TEMPLATES[tid](g), tid))
    return out


if __name__ == "__main__":
    import sys
    import time
    from collections import Counter

    t0 = time.time()
    rows = blind_log39(5000, int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    print("templates", len(TEMPLATES), "secs %.2f" % (time.time() - t0))
    print(Counter(t for r in rows for *_, t in r["spans"]))
