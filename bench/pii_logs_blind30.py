"""Blind benchmark data set #30: logs of a chain of gyms and wellness studios.

Written without looking at the redactor.  ``blind_log30(n, seed)`` returns ``n``
synthetic log lines (membership sign-ups, door access, class bookings, personal
trainers, payments and direct debits, app push messages, nutrition coaching,
member complaints ...) with every planted personal value labelled as a span and
every look-alike non-personal value labelled as a decoy.

Each line is a dict::

    {"text": str, "spans": [[start, end, TYPE], ...],
     "decoys": [[start, end, kind], ...], "template": int}

Only the standard library and Faker are used.
"""

import datetime as _dt
import json
import random
import re
import unicodedata
import uuid

from faker import Faker

__all__ = ["blind_log30", "TEMPLATES", "TYPES"]

PER = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
IP = "IP_ADDRESS"
CR = "CREDENTIAL"
CC = "CREDIT_CARD"
IBAN = "IBAN_CODE"
SSN = "US_SSN"
PP = "PASSPORT"
CNID = "CN_RESIDENT_ID"
LP = "LICENSE_PLATE"
TYPES = (PER, EM, PH, IP, CR, CC, IBAN, SSN, PP, CNID, LP)

# --------------------------------------------------------------------------
# parts: a template returns a (nested) list of plain strings, spans and decoys


def S(value, typ):
    return (0, str(value), typ)


def D(value, kind):
    return (1, str(value), kind)


def _flatten(parts, out):
    for p in parts:
        if isinstance(p, list):
            _flatten(p, out)
        else:
            out.append(p)
    return out


_KIND_RE = re.compile(r"^[a-z][a-z0-9_]*$")


def _assemble(parts):
    chunks, spans, decoys = [], [], []
    pos = 0
    for p in _flatten(parts, []):
        if isinstance(p, str):
            chunks.append(p)
            pos += len(p)
            continue
        flag, v, label = p
        assert v and v == v.strip(), repr(v)
        if flag == 0:
            assert label in TYPES, label
            spans.append([pos, pos + len(v), label])
        else:
            assert _KIND_RE.match(label), label
            decoys.append([pos, pos + len(v), label])
        chunks.append(v)
        pos += len(v)
    return "".join(chunks), spans, decoys


def _check(text, spans, decoys, parts_values):
    assert "\n" not in text and "\r" not in text
    allr = sorted([(s, e) for s, e, _ in spans] + [(s, e) for s, e, _ in decoys])
    for (s1, e1), (s2, e2) in zip(allr, allr[1:]):
        assert e1 <= s2, (text, s1, e1, s2, e2)
    for (s, e, _), v in zip(spans + decoys, parts_values):
        assert 0 <= s < e <= len(text) and text[s:e] == v, (text, s, e, v)


def js(*pairs, compact=False):
    """JSON object as parts.  Values: str (plain), number/bool/None, span or
    decoy tuple (quoted), list (raw parts, e.g. a nested object)."""
    sep, colon = (",", ":") if compact else (", ", ": ")
    out = ["{"]
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(json.dumps(k, ensure_ascii=False) + colon)
        if isinstance(v, tuple):
            assert '"' not in v[1] and "\\" not in v[1], v
            out += ['"', v, '"']
        elif isinstance(v, list):
            out.append(v)
        else:
            out.append(json.dumps(v, ensure_ascii=False))
    out.append("}")
    return out


# --------------------------------------------------------------------------
# vocabularies

NAME_LOCALES = ["en_US"] * 5 + ["en_GB"] * 4 + ["en_IN"] * 2 + [
    "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR", "ja_JP", "ko_KR",
    "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
ALL_LOCALES = sorted(set(NAME_LOCALES))

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net"],
    "en_GB": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com", "sky.com"],
    "en_IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "zh_CN": ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "gmail.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "de_DE": ["web.de", "gmx.de", "gmail.com", "t-online.de", "gmx.net", "posteo.de"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt_BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    "ja_JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "ko_KR": ["naver.com", "daum.net", "gmail.com", "hanmail.net"],
    "ru_RU": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "alice.it"],
    "nl_NL": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pl_PL": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "vi_VN": ["gmail.com", "yahoo.com.vn"],
}

PHONE_FMTS = {
    "en_US": ["(N##) N##-####", "N##-N##-####", "+1 N##-N##-####", "+1 (N##) N##-####", "N##.N##.####", "+1N##N######"],
    "en_GB": ["07### ######", "+44 7### ######", "+44 (0)7### ######", "020 7### ####", "0161 ### ####", "07#########"],
    "en_IN": ["+91 M#### #####", "M#########", "+91-M#########", "0M#### #####"],
    "zh_TW": ["09##-###-###", "09## ### ###", "+886 9## ### ###", "+886-9########", "09########"],
    "fr_FR": ["06 ## ## ## ##", "07 ## ## ## ##", "+33 6 ## ## ## ##", "+33 (0)7 ## ## ## ##", "06########"],
    "de_DE": ["0151 ########", "+49 152 ########", "+49 (0)171 #######", "0176/########", "030 ########", "+49 160 #######"],
    "es_ES": ["6## ## ## ##", "6## ### ###", "+34 6## ### ###", "+34 6########", "7## ### ###"],
    "pt_BR": ["(N#) 9####-####", "+55 N# 9####-####", "+55 (N#) 9####-####", "N#9########"],
    "ja_JP": ["090-####-####", "080-####-####", "+81 90-####-####", "070-####-####", "+81-80-####-####"],
    "ko_KR": ["010-####-####", "+82 10-####-####", "010 #### ####", "+82-10-####-####"],
    "ru_RU": ["+7 9## ###-##-##", "8 (9##) ###-##-##", "+7 (9##) ###-##-##", "89#########"],
    "it_IT": ["3## ### ####", "+39 3## ### ####", "+39 3#########", "3##-#######"],
    "nl_NL": ["06-########", "06 ## ## ## ##", "+31 6 ########", "+31 (0)6 ########"],
    "pl_PL": ["5## ### ###", "+48 5## ### ###", "+48 6## ### ###", "7## ### ###", "+48 7##-###-###"],
    "tr_TR": ["05## ### ## ##", "+90 5## ### ## ##", "0 (5##) ### ## ##", "+905#########"],
    "vi_VN": ["09## ### ###", "+84 9## ### ###", "03########", "+84 3## ### ###"],
}
CN_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
             "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182",
             "183", "185", "186", "187", "188", "189", "191", "198", "199"]

RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                  "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
KO_LAST = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
           "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
           "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "홍": "hong"}
KO_GIVEN = ["minjun", "seoyeon", "jiwoo", "hayoon", "doyoon", "jihoon", "soyeon", "yejin", "hyunwoo",
            "sungmin", "jiyoung", "eunji", "taeyang", "minseo"]
_ASCII_TR = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d",
                           "Đ": "D", "æ": "ae", "œ": "oe"})

BRANDS = ["IronPeak Fitness", "PulseGym", "Lotus Wellness Studio", "FitNation", "CoreHouse", "Kraftwerk Studios"]
BRAND_DOMAINS = ["ironpeak.fit", "pulsegym.com", "lotuswellness.co.uk", "fitnation.de", "corehouse.io"]
ROLE_BOXES = ["support", "noreply", "no-reply", "billing", "membership", "info", "hello", "bookings",
              "accounts", "privacy", "dpo", "members", "studio.camden", "frontdesk.leeds", "coaching",
              "nutrition.team", "complaints"]
SERVICE_ACCOUNTS = ["svc-backup", "root", "jenkins", "svc-billing", "door-sync", "cron", "admin", "gymapp",
                    "billing_svc", "postgres", "deploy", "mindbody-sync", "api-gateway", "system",
                    "scheduler", "www-data", "svc-crm", "etl_runner"]
CLUBS_EN = ["Victoria", "Camden", "Leeds Central", "King's Cross", "Chelsea", "Austin Downtown", "Madison Ave",
            "Georgetown", "St Albans", "Shoreditch", "Florence Park", "Charlotte Uptown", "Jackson Heights",
            "Kingston", "Manchester Piccadilly", "Brooklyn Heights", "Dublin Docklands"]
CLUBS_DE = ["Berlin-Mitte", "München Schwabing", "Hamburg Altona", "Köln Ehrenfeld", "Frankfurt Westend"]
CLUBS_FR = ["Lyon Part-Dieu", "Paris Bastille", "Marseille Prado", "Lille Centre", "Nantes Commerce"]
CLUBS_ZH = ["上海静安店", "北京朝阳大悦城店", "深圳南山店", "杭州西湖店", "成都春熙路店", "广州天河店", "武汉光谷店", "南京新街口店"]
CLUBS_TW = ["信義店", "台中公益店", "高雄巨蛋店", "板橋店", "新竹竹北店"]
PUBLIC_EN = ["Taylor Swift", "Dua Lipa", "Beyoncé", "Joe Wicks", "Arnold Schwarzenegger", "Jane Fonda",
             "Serena Williams", "Usain Bolt", "Cristiano Ronaldo", "Ed Sheeran", "Dwayne Johnson",
             "Simone Biles", "Chris Hemsworth", "Kayla Itsines", "Eliud Kipchoge"]
SONGS = [("Shake It Off", "Taylor Swift"), ("Levitating", "Dua Lipa"), ("Lose Yourself", "Eminem"),
         ("Halo", "Beyoncé"), ("Shape of You", "Ed Sheeran"), ("Titanium", "David Guetta"),
         ("Stronger", "Kanye West"), ("Physical", "Dua Lipa"), ("Uptown Funk", "Bruno Mars"),
         ("Don't Stop Me Now", "Freddie Mercury"), ("Blinding Lights", "The Weeknd"),
         ("Flowers", "Miley Cyrus"), ("Till I Collapse", "Eminem")]
PUBLIC_ZH_QUOTES = [("李小龙", "出拳像{}一样快"), ("鲁迅", "就像{}说的，世上本没有路"), ("姚明", "身材快赶上{}了"),
                    ("谷爱凌", "说要像{}一样自律"), ("苏炳添", "冲刺的时候感觉自己是{}"), ("刘畊宏", "跳{}的毽子操跳到出汗")]
PRODUCTS = ["Garmin Forerunner 265", "Apple Watch Series 9", "WHOOP 4.0", "Technogym Skillrun", "InBody 570",
            "Peloton Bike+", "Concept2 RowErg", "Fitbit Charge 6", "Polar H10"]
LICENSED_CLASSES = ["Les Mills BODYPUMP", "Les Mills RPM", "Les Mills BODYCOMBAT", "Zumba Gold", "Les Mills GRIT",
                    "STRONG Nation", "Jillian Michaels BODY"]
CLASSES_EN = ["Spin 45", "HIIT Express", "Vinyasa Flow", "Reformer Pilates", "Boxfit", "Yin Yoga", "Barre",
              "Kettlebell Club", "Aqua Aerobics", "Mobility 30", "Hot Yoga", "Bootcamp"]
CLASSES_ZH = ["普拉提", "动感单车", "流瑜伽", "搏击操", "HIIT燃脂", "尊巴", "核心训练", "拉伸放松", "壶铃训练"]
PLANS_KV = ["premium_12m", "off_peak", "flex_monthly", "student", "couples", "corporate", "day_pass", "platinum"]
PLANS = ["Premium 12M", "Off-Peak", "Flex Monthly", "Student", "Couples", "Corporate", "Platinum"]
CN_AREAS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106", "510107",
            "420111", "320102", "370202", "500103", "610113", "210102", "350203", "430104", "120101"]
CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPDIG = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
PW_WORDS = ["Summer", "Gym", "Fitness", "Liverpool", "Sunshine", "Dragon", "Iron", "Tiger", "Squat", "Yoga",
            "Chelsea", "Welcome", "Qwerty", "Monkey", "Beast"]
LOC_COUNTRY = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW", "fr_FR": "FR",
               "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP", "ko_KR": "KR", "ru_RU": "RU",
               "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL", "tr_TR": "TR", "vi_VN": "VN"}
ISO3 = {"US": "USA", "GB": "GBR", "IN": "IND", "CN": "CHN", "TW": "TWN", "FR": "FRA", "DE": "DEU", "ES": "ESP",
        "BR": "BRA", "JP": "JPN", "KR": "KOR", "RU": "RUS", "IT": "ITA", "NL": "NLD", "PL": "POL", "TR": "TUR",
        "VN": "VNM"}

_FAKERS = {}


def _get_fakers():
    if not _FAKERS:
        for loc in ALL_LOCALES:
            _FAKERS[loc] = Faker(loc)
        _FAKERS["company"] = Faker(["en_US", "en_GB", "de_DE", "fr_FR"])
    return _FAKERS


class P:
    __slots__ = ("full", "first", "last", "loc", "g")

    def __init__(self, full, first, last, loc, g):
        self.full, self.first, self.last, self.loc, self.g = full, first, last, loc, g


def _ascii(s):
    s = unicodedata.normalize("NFKD", s.translate(_ASCII_TR))
    return "".join(ch for ch in s if ch.isascii() and ch.isalpha()).lower()


def _luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def _iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(s) % 97)


assert _iban_check("DE", "370400440532013000") == "89"
assert _iban_check("GB", "NWBK60161331926819") == "29"


class G:
    """Per-call generator context."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = _get_fakers()
        for i, (loc, f) in enumerate(sorted(self.fk.items())):
            f.seed_instance(seed * 131 + i)

    # ---- basic random
    def c(self, seq):
        return seq[self.r.randrange(len(seq))]

    def n(self, a, b):
        return self.r.randint(a, b)

    def dg(self, k):
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    def hexs(self, k):
        return "%0*x" % (k, self.r.getrandbits(4 * k))

    def alnum(self, k, alphabet=ALNUM):
        return "".join(self.r.choices(alphabet, k=k))

    def fmt(self, pat):
        r = self.r
        out = []
        for ch in pat:
            if ch == "#":
                out.append(str(r.randrange(10)))
            elif ch == "N":
                out.append(str(r.randint(2, 9)))
            elif ch == "M":
                out.append(str(r.randint(6, 9)))
            elif ch == "L":
                out.append(r.choice(PLATE_L))
            else:
                out.append(ch)
        return "".join(out)

    # ---- time
    def dt(self):
        return _dt.datetime(2023, 1, 1) + _dt.timedelta(seconds=self.r.randrange(3 * 365 * 86400))

    def ts_iso(self):
        d = self.dt()
        return d.strftime("%Y-%m-%dT%H:%M:%S") + self.c(["Z", ".%03dZ" % self.n(0, 999), "+00:00", "+01:00", "+08:00"])

    def ts_sys(self):
        d = self.dt()
        return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))

    def ts_clf(self):
        d = self.dt()
        return "%02d/%s/%d:%s %s" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"),
                                     self.c(["+0000", "+0100", "+0800", "-0500"]))

    def ts_cn(self):
        return self.dt().strftime("%Y-%m-%d %H:%M:%S")

    # ---- people
    def person(self, loc=None):
        loc = loc or self.c(NAME_LOCALES)
        f = self.fk[loc]
        g = "m" if self.r.random() < 0.5 else "f"
        if g == "m":
            first, last = f.first_name_male(), f.last_name_male()
        else:
            first, last = f.first_name_female(), f.last_name_female()
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            full = last + first
        elif loc == "ja_JP":
            full = last + self.c([" ", "", "\u3000"]) + first
        elif loc == "vi_VN":
            mid = self.c(["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thu", "Quang", "Thanh"])
            full = "%s %s %s" % (last, mid, first)
        else:
            full = first + " " + last
        return P(full, first, last, loc, g)

    def rom(self, p):
        if p.loc in ("zh_CN", "zh_TW", "ja_JP"):
            f = self.fk[p.loc]
            a, b = _ascii(f.first_romanized_name()), _ascii(f.last_romanized_name())
        elif p.loc == "ko_KR":
            a, b = self.c(KO_GIVEN), KO_LAST.get(p.last) or self.c(list(KO_LAST.values()))
        elif p.loc == "ru_RU":
            a = "".join(RU_TR.get(ch, "") for ch in p.first.lower())
            b = "".join(RU_TR.get(ch, "") for ch in p.last.lower())
        else:
            a, b = _ascii(p.first), _ascii(p.last)
        return (a or "alex"), (b or "lee")

    def username(self, p):
        a, b = self.rom(p)
        k = self.r.randrange(8)
        if k == 0:
            return a[0] + b
        if k == 1:
            return a + "." + b
        if k == 2:
            return b + a[0] + str(self.n(1, 99))
        if k == 3:
            return a + b[0]
        if k == 4:
            return a + "_" + b
        if k == 5:
            return a[0] + b + str(self.n(1, 99))
        if k == 6:
            return b + a
        return a + b + str(self.n(70, 99))

    def email(self, p, domain=None):
        r = self.r
        if domain is None and p.loc == "zh_CN" and r.random() < 0.3:
            return "%d@%s" % (r.randint(10000, 2999999999), r.choice(["qq.com", "foxmail.com"]))
        a, b = self.rom(p)
        k = r.randrange(8)
        local = [a + "." + b, a[0] + b, "%s%s%d" % (a, b, r.randint(1, 99)), a + "_" + b, b + "." + a,
                 a + "." + b[0], "%s%d" % (a, r.randint(1970, 2006)), "%s.%s%d" % (a, b, r.randint(1, 9))][k]
        dom = domain or r.choice(MAIL_DOMAINS.get(p.loc, MAIL_DOMAINS["en_US"]))
        return local + "@" + dom

    def phone(self, loc):
        if loc == "zh_CN":
            return self.phone_cn()
        return self.fmt(self.c(PHONE_FMTS.get(loc, PHONE_FMTS["en_US"])))

    def phone_cn(self, compact=None):
        p, a, b = self.c(CN_PREFIX), self.dg(4), self.dg(4)
        if compact or (compact is None and self.r.random() < 0.4):
            return p + a + b
        return self.c(["%s %s %s", "%s-%s-%s", "+86 %s %s %s", "+86-%s%s%s", "+86 %s%s%s", "(+86) %s-%s-%s",
                       "86-%s-%s-%s"]) % (p, a, b)

    def masked_phone(self):
        k = self.r.randrange(4)
        if k == 0:
            return "%s****%s" % (self.c(CN_PREFIX), self.dg(4))
        if k == 1:
            return "+44 **** ***%s" % self.dg(3)
        if k == 2:
            return "***-***-%s" % self.dg(4)
        return "09**-***-%s" % self.dg(3)

    # ---- network
    def ip(self, v6=None):
        r = self.r
        if v6 or (v6 is None and r.random() < 0.12):
            head = r.choice(["2a02:c7f", "2001:db8", "2600:1700", "2a01:e0a", "240e:3b7", "2409:8a1e", "2003:e2"])
            return head + ":" + ":".join("%x" % r.getrandbits(16) for _ in range(7 - head.count(":")))
        while True:
            a = r.randint(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def priv_ip(self):
        k = self.r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (self.n(0, 40), self.n(0, 255), self.n(1, 254))
        if k == 1:
            return "172.%d.%d.%d" % (self.n(16, 31), self.n(0, 255), self.n(1, 254))
        return "192.168.%d.%d" % (self.n(0, 20), self.n(1, 254))

    def host(self, role=None):
        role = role or self.c(["api", "web", "db", "door-ctl", "pay", "crm", "push", "booking"])
        return "%s-%02d.%s.%s" % (role, self.n(1, 12), self.c(["lon", "man", "nyc", "fra", "sha", "prod", "eu1"]),
                                  self.c(["ironpeak.internal", "pulsegym.local", "corehouse.io", "fitnation.cloud"]))

    def version(self):
        return "%d.%d.%d" % (self.n(1, 12), self.n(0, 30), self.n(0, 60))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    # ---- ids / amounts
    def member_id(self):
        k = self.r.randrange(5)
        nn = self.n(1000, 9999999)
        return ["M-%08d" % nn, "MBR%07d" % nn, "GYM-UK-%07d" % nn, "%010d" % self.n(10 ** 9, 10 ** 10 - 1),
                "m_%s" % self.hexs(10)][k]

    def vip_id(self):
        return "VIP%d%06d" % (self.n(2019, 2025), self.n(0, 999999))

    def money(self, cur=None):
        v = self.n(500, 99900) / 100.0
        cur = cur or self.c(["GBP", "EUR", "USD", "EUR2"])
        if cur == "GBP":
            return "£%.2f" % v
        if cur == "EUR":
            return "€%.2f" % v
        if cur == "EUR2":
            return ("%.2f EUR" % v).replace(".", ",")
        if cur == "USD":
            return "$%.2f" % v
        if cur == "CNY":
            return "¥{:,.2f}".format(self.n(30, 9000) + self.c([0, 0.9, 0.5, 0]))
        if cur == "TWD":
            return "NT${:,}".format(self.n(300, 30000))
        if cur == "BRL":
            return "R$ %d,%02d" % (self.n(50, 400), self.n(0, 99))
        if cur == "PLN":
            return "%d,%02d zł" % (self.n(60, 400), self.n(0, 99))
        return "%.2f" % v

    def order16_bad(self):
        while True:
            s = "2" + self.dg(15)
            if not _luhn_ok(s):
                return s

    # ---- secrets
    def password(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return "%s%d%s" % (r.choice(PW_WORDS), r.randint(1, 2025), r.choice(["!", "#", "$", "*", "", "?"]))
        if k == 1:
            base = r.choices(ALNUM, k=r.randint(9, 15))
            for _ in range(2):
                base.insert(r.randrange(len(base)), r.choice("!#$%^&*_-+=?"))
            return "".join(base)
        return "%s%s%s%d" % (r.choice(PW_WORDS).lower(), r.choice(["_", ".", "#", ""]),
                             r.choice(["rat", "queen", "king", "life", "fit"]), r.randint(10, 99))

    def api_key(self):
        k = self.r.randrange(6)
        if k == 0:
            return "sk_live_" + self.alnum(self.n(24, 40))
        if k == 1:
            return "SG." + self.alnum(22, B64) + "." + self.alnum(43, B64)
        if k == 2:
            return self.hexs(32)
        if k == 3:
            return "AIza" + self.alnum(35, B64)
        if k == 4:
            return "rk_live_" + self.alnum(32)
        return "%s-us%d" % (self.hexs(32), self.n(1, 21))

    def jwt(self):
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + self.alnum(self.n(40, 90), B64) + "." + self.alnum(43, B64)

    def otp(self):
        return self.dg(self.c([6, 6, 4]))

    # ---- regulated numbers
    def card(self, brand=None, sep=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        pre, ln = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
                   "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16), "jcb": ("35" + str(r.randint(28, 89)), 16),
                   "up": ("62" + r.choice(["2202", "2848", "2588", "1700", "1483", "2609"]), r.choice([16, 19]))}[brand]
        body = pre + self.dg(ln - len(pre) - 1)
        for cd in "0123456789":
            if _luhn_ok(body + cd):
                num = body + cd
                break
        sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
        if ln == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, ln, 4)]
        return sep.join(groups)

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(["DE", "GB", "FR", "NL", "ES", "IT", "PL", "BE", "AT", "IE", "PT"])
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + self.dg(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS"]) + self.dg(14)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"]) + self.dg(10)
        elif cc == "IT":
            bban = r.choice(PLATE_L) + self.dg(22)
        else:
            bban = self.dg({"DE": 18, "FR": 23, "ES": 20, "PL": 24, "BE": 12, "AT": 16, "PT": 21}[cc])
        s = cc + _iban_check(cc, bban) + bban
        if r.random() < 0.5:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def iban_for(self, p):
        return self.iban({"de_DE": "DE", "en_GB": "GB", "fr_FR": "FR", "nl_NL": "NL", "es_ES": "ES",
                          "it_IT": "IT", "pl_PL": "PL"}.get(p.loc))

    def ssn(self):
        while True:
            a = self.n(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, self.n(1, 99), self.n(1, 9999))

    def passport(self, cc):
        r, f = self.r, self.fmt
        if cc == "US":
            return r.choice([self.dg(9), r.choice("ACEFGHJK") + self.dg(8)])
        if cc == "GB":
            return r.choice("15") + self.dg(8)
        if cc == "CN":
            return r.choice(["E" + self.dg(8), "E" + r.choice("ABCDEFGHJKLMN") + self.dg(7), "G" + self.dg(8)])
        if cc == "DE":
            return r.choice("CFGHJK") + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return self.dg(2) + r.choice(PLATE_L) + r.choice(PLATE_L) + self.dg(5)
        if cc == "IN":
            return r.choice("JKLMNPRSTUVZ") + self.dg(7)
        if cc == "JP":
            return r.choice(["TK", "TR", "TZ", "MZ", "TS"]) + self.dg(7)
        if cc == "KR":
            return "M" + self.dg(8)
        if cc == "ES":
            return f("LLL") + self.dg(6)
        if cc == "IT":
            return f("LL") + self.dg(7)
        if cc == "RU":
            return self.dg(2) + r.choice([" ", ""]) + self.dg(7)
        if cc == "BR":
            return f("LL") + self.dg(6)
        if cc == "TW":
            return "3" + self.dg(8)
        return f("L") + self.dg(8)

    def cn_id(self):
        d = _dt.date(1955, 1, 1) + _dt.timedelta(days=self.r.randrange(52 * 365))
        body = self.c(CN_AREAS) + d.strftime("%Y%m%d") + self.dg(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]

    def plate(self, cc=None):
        r, f = self.r, self.fmt
        cc = cc or r.choice(["GB", "GB", "US", "US", "CN", "DE", "FR", "NL", "ES", "IT", "PL", "BR"])
        if cc == "GB":
            return f("LL") + "%02d" % r.choice([r.randint(2, 24), r.randint(51, 74)]) + " " + f("LLL")
        if cc == "US":
            return r.choice([str(r.randint(4, 9)) + f("LLL###"), f("LLL-####"), f("LLL ####"), f("###-LLL")])
        if cc == "CN":
            return self.plate_cn()
        if cc == "DE":
            return r.choice(["M", "B", "HH", "K", "F", "S", "D", "HB", "DO"]) + "-" + f(r.choice(["L", "LL"])) + " " + str(r.randint(1, 9999))
        if cc == "FR":
            return f("LL-###-LL")
        if cc == "NL":
            return r.choice([f("##-LLL-#"), f("LL-###-L"), f("L-###-LL")])
        if cc == "ES":
            return self.dg(4) + " " + "".join(r.choices("BCDFGHJKLMNPRSTVWXYZ", k=3))
        if cc == "IT":
            return f("LL ### LL")
        if cc == "PL":
            return r.choice(["WA", "KR", "PO", "GD", "WR"]) + " " + r.choice([self.dg(5), f("#LL##")])
        return r.choice([f("LLL#L##"), f("LLL-####")])

    def plate_cn(self):
        r = self.r
        prov = r.choice(CN_PROV)
        city = r.choice("ABCDEFGH")
        if r.random() < 0.25:
            tail = r.choice("DF") + self.dg(5)
        else:
            tail = list(self.dg(5))
            for _ in range(r.randint(0, 2)):
                tail[r.randrange(5)] = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            tail = "".join(tail)
        return prov + city + r.choice(["", "", "·", " "]) + tail

    # ---- misc decoys
    def club(self):
        return self.c(CLUBS_EN)

    def role_mail(self):
        return self.c(ROLE_BOXES) + "@" + self.c(BRAND_DOMAINS)

    def company(self):
        return self.fk["company"].company()


# --------------------------------------------------------------------------
# templates

TEMPLATES = []


def tpl(fn):
    TEMPLATES.append(fn)
    return fn


# ---------------------------- English and other European languages -------

@tpl
def t_signup_syslog(g):
    p = g.person()
    return [g.ts_sys(), " web-0%d signup[%d]: new member id=" % (g.n(1, 6), g.n(1000, 32000)),
            D(g.member_id(), "member_id"), ' name="', S(p.full, PER), '" email=', S(g.email(p), EM),
            ' phone="', S(g.phone(p.loc), PH), '" plan=', g.c(PLANS_KV), ' club="', D(g.club(), "club"),
            '" src_ip=', S(g.ip(), IP)]


@tpl
def t_member_created_camel(g):
    p = g.person()
    return js(("event", "member.created"), ("memberId", D(g.member_id(), "member_id")),
              ("firstName", S(p.first, PER)), ("lastName", S(p.last, PER)), ("email", S(g.email(p), EM)),
              ("mobile", S(g.phone(p.loc), PH)), ("homeClub", D(g.club(), "club")), ("plan", g.c(PLANS)),
              ("monthlyFee", [D("%.2f" % (g.n(1999, 8999) / 100), "amount")]), ("createdAt", g.ts_iso()),
              compact=g.r.random() < 0.5)


@tpl
def t_door_granted(g):
    p = g.person()
    return [g.ts_iso(), " ", D(g.host("door-ctl"), "hostname"), " ACCESS_GRANTED reader=R-%02d fob=" % g.n(1, 40),
            D(g.hexs(8).upper(), "badge_uid"), " user=", S(g.username(p), PER), ' name="', S(p.full, PER),
            '" zone=', g.c(["gym_floor", "studio_2", "spa", "pool", "pt_zone", "ladies_only"])]


@tpl
def t_door_denied(g):
    return [g.ts_iso(), " ", D(g.host("door-ctl"), "hostname"), " ACCESS_DENIED reader=R-%02d fob=0x" % g.n(1, 40),
            D(g.hexs(8).upper(), "badge_uid"), " member=", D(g.member_id(), "member_id"), " reason=",
            g.c(["membership_frozen", "outside_access_hours", "payment_overdue", "tailgating_detected", "unknown_fob"]),
            " controller=", D(g.priv_ip(), "server_ip"), " fw=", D(g.version(), "version")]


@tpl
def t_pin_reset(g):
    p, staff = g.person(), g.person(g.c(["en_GB", "en_US", "en_IN"]))
    return ["[", g.ts_iso(), "] frontdesk: door PIN reset for member ", D(g.member_id(), "member_id"),
            " by staff '", S(g.username(staff), PER), "' - new PIN ", S(g.dg(g.c([4, 6])), CR),
            " sent by SMS to ", S(g.phone(p.loc), PH)]


@tpl
def t_booking_kv(g):
    inst, p = g.person(), g.person()
    return ["booking.created id=", D("BK-%s-%04d" % (g.dt().strftime("%y%m%d"), g.n(0, 9999)), "booking_id"),
            ' class="', g.c(CLASSES_EN), '" instructor="', S(inst.full, PER), '" member_email=', S(g.email(p), EM),
            " slot=", g.ts_iso(), ' studio="', D(g.club(), "club"), '" waitlist=%d' % g.n(0, 12)]


@tpl
def t_class_cancelled(g):
    return ["WARN scheduler: class cancelled \"", D(g.c(LICENSED_CLASSES), "product"), "\" %02d:%02d studio=\"" %
            (g.n(6, 20), g.c([0, 15, 30, 45])), D(g.club(), "club"), "\" reason=",
            g.c(["instructor_sick", "room_maintenance", "low_bookings", "aircon_fault"]),
            " notified=%d members from " % g.n(3, 40), D(g.role_mail(), "role_mailbox")]


@tpl
def t_nginx_app(g):
    path = g.c(["/api/v2/bookings", "/api/v2/classes?club=%d&date=2024-03-%02d" % (g.n(1, 80), g.n(1, 28)),
                "/api/v2/checkin/qr", "/api/v2/members/me", "/api/v2/payments/methods", "/api/v2/pt/slots"])
    return [S(g.ip(), IP), " - - [", g.ts_clf(), '] "', g.c(["GET", "POST", "PUT"]), " ", path, ' HTTP/1.1" ',
            g.c(["200", "201", "204", "401", "404", "500"]), " %d \"-\" \"PulseGym/" % g.n(0, 9000),
            D(g.version(), "version"), " (", g.c(["iPhone; iOS 17.3", "Android 14; SM-S911B", "iPad; iPadOS 16.6"]), ')"']


@tpl
def t_access_search_email(g):
    staff, p = g.person(g.c(["en_GB", "en_US"])), g.person()
    return [S(g.ip(v6=False), IP), " - ", S(g.username(staff), PER), " [", g.ts_clf(),
            '] "GET /admin/members/search?email=', S(g.email(p), EM), "&page=1 HTTP/1.1\" 200 %d" % g.n(300, 9000)]


@tpl
def t_alb(g):
    return ["h2 ", g.ts_iso(), " app/gym-prod-alb/", D(g.hexs(16), "resource_id"), " ", S(g.ip(v6=False), IP),
            ":%d " % g.n(1024, 65535), D(g.priv_ip(), "server_ip"), ":8080 0.000 0.0%02d 0.000 %s %s %d %d " %
            (g.n(1, 99), "200", "200", g.n(30, 900), g.n(200, 9000)),
            '"GET https://api.', g.c(BRAND_DOMAINS), ':443/v2/classes HTTP/2.0" "okhttp/4.12.0"']


@tpl
def t_stripe_webhook(g):
    p = g.person()
    em = g.email(p)
    card = js(("brand", "visa"), ("last4", D(g.dg(4), "masked")), ("exp_month", g.n(1, 12)), ("exp_year", g.n(2025, 2031)))
    inner = js(("id", D("ch_" + g.alnum(24), "charge_id")), ("amount", [D(str(g.n(999, 12999)), "amount")]),
               ("currency", g.c(["gbp", "eur", "usd"])),
               ("billing_details", js(("name", S(p.full, PER)), ("email", S(em, EM)))),
               ("payment_method_details", js(("card", card))), ("failure_code", "card_declined"),
               ("receipt_email", S(em, EM)))
    return js(("id", D("evt_" + g.alnum(24), "event_id")), ("type", "charge.failed"), ("data", js(("object", inner))))


@tpl
def t_tokenize_debug(g):
    p = g.person(g.c(["en_US", "en_GB", "fr_FR", "de_DE", "en_IN"]))
    return [g.ts_cn(), " DEBUG [PaymentService] tokenize request pan=", S(g.card(sep=""), CC), " exp=%02d/%d" %
            (g.n(1, 12), g.n(25, 31)), ' holder="', S(_ascii_upper(p.full), PER), '" merchant=',
            D("MID%s" % g.dg(9), "merchant_id"), " gateway=", D(g.host("pay"), "hostname")]


def _ascii_upper(s):
    return unicodedata.normalize("NFKD", s.translate(_ASCII_TR)).encode("ascii", "ignore").decode().upper()


@tpl
def t_sepa_mandate(g):
    p = g.person(g.c(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB", "pl_PL"]))
    return ["mandate.created ref=", D("MNDT-%d-%06d" % (g.n(2022, 2025), g.n(0, 999999)), "mandate_ref"),
            ' debtor="', S(p.full, PER), '" iban=', S(g.iban_for(p), IBAN), " bic=",
            D(g.c(["COBADEFFXXX", "DEUTDEFF", "BNPAFRPP", "ABNANL2A", "INGBNL2A", "BARCGB22", "CAIXESBB"]), "bic"),
            " creditor_id=", D("DE%02dZZZ%s" % (g.n(10, 99), g.dg(11)), "creditor_id"), " amount=",
            D(g.money("EUR2"), "amount"), " first_collection=", g.dt().strftime("%Y-%m-%d")]


@tpl
def t_dd_batch(g):
    return ["direct debit run batch=", D("DD-%s-%02d" % (g.dt().strftime("%Y%m%d"), g.n(1, 20)), "batch_id"),
            " submitted=%d failed=%d top_reason=%s total=" % (g.n(2000, 40000), g.n(10, 600), g.c(["AC04", "AM04", "MD06", "MS03"])),
            D("EUR {:,.2f}".format(g.n(10 ** 5, 10 ** 8) / 100), "amount"), " creditor_id=",
            D("GB%02dZZZ%s" % (g.n(10, 99), g.dg(6)), "creditor_id"), " file=", D("pain.008_%s.xml" % g.hexs(8), "filename")]


@tpl
def t_push_personal(g):
    p, inst = g.person(g.c(["en_US", "en_GB", "en_IN"])), g.person()
    return ["push.sent provider=", g.c(["apns", "fcm"]), " device_id=", D(g.uuid(), "device_id"), " user=",
            S(g.username(p), PER), ' title="Your class starts in 30 min" body="Hi ', S(p.first, PER), ", ",
            g.c(CLASSES_EN), " with Coach ", S(inst.first, PER), " starts at %02d:%02d in " % (g.n(6, 21), g.c([0, 30])),
            D(g.club(), "club"), '"']


@tpl
def t_coach_note(g):
    coach, cl = g.person(g.c(["en_IN", "en_GB", "en_US"])), g.person(g.c(["en_IN", "en_GB", "en_US"]))
    pr = "him" if cl.g == "m" else "her"
    return ["Coach note (", S(coach.full, PER), "): client ", S(cl.first, PER),
            " reports knee pain after lunges, swap to leg press. Wants meal plan under %d kcal. Call %s on " % (g.n(14, 24) * 100, pr),
            S(g.phone(cl.loc), PH), " before Friday."]


@tpl
def t_nutrition_pascal(g):
    cl, coach = g.person(), g.person()
    return js(("PlanId", D("NP-%06d" % g.n(0, 999999), "plan_id")), ("ClientName", S(cl.full, PER)),
              ("ClientEmail", S(g.email(cl), EM)), ("CoachName", S(coach.full, PER)), ("DailyKcal", g.n(14, 30) * 100),
              ("MacroSplit", g.c(["40/30/30", "50/25/25", "35/35/30"])),
              ("Allergies", [g.c(['["peanuts"]', '[]', '["lactose","gluten"]'])]), ("Supplement", D(g.c(["Myprotein Impact Whey", "Optimum Nutrition Gold Standard", "Huel Black"]), "product")))


@tpl
def t_complaint_text(g):
    tr, p, mgr = g.person(g.c(["en_GB", "en_US"])), g.person(g.c(["en_GB", "en_US", "en_IN"])), g.person("en_GB")
    return ["Member rang very upset - says trainer ", S(tr.first, PER), " was rude during induction. Wants callback on ",
            S(g.phone(p.loc), PH), ". Goodwill credit ", D(g.money("GBP"), "amount"), " approved by mgr ",
            S(g.username(mgr), PER), "."]


@tpl
def t_mail_inbound(g):
    p = g.person()
    return ["mail.in From: \"", S(p.full, PER), "\" <", S(g.email(p), EM), "> To: ", D(g.role_mail(), "role_mailbox"),
            " Subject: \"", g.c(["Cancel my membership", "Refund request", "Freeze request", "Complaint about class"]),
            "\" Message-ID: <", D("%s.%s@mail.%s" % (g.dt().strftime("%Y%m%d%H%M%S"), g.hexs(5).upper(), g.c(BRAND_DOMAINS)), "message_id"), ">"]


@tpl
def t_sms_otp_fr(g):
    p = g.person("fr_FR")
    return ["sms.out to=", S(g.phone("fr_FR"), PH), " provider=twilio sid=", D("SM" + g.hexs(32), "message_sid"),
            ' status=delivered body="Bonjour ', S(p.first, PER), ", votre code de connexion : ", S(g.otp(), CR),
            '. Ne le partagez pas."']


@tpl
def t_password_reset(g):
    p = g.person()
    return ["auth: password reset requested user=", S(g.username(p), PER), " email=", S(g.email(p), EM), " ip=",
            S(g.ip(), IP), " reset_token=", S(g.c([g.hexs(40), g.alnum(43, B64)]), CR), " expires_in=3600"]


@tpl
def t_waf_block(g):
    return [g.ts_iso(), " WAF blocked credential stuffing from ", S(g.ip(), IP), " user=",
            D(g.c(["admin", "root", "test", "administrator"]), "service_account"), " attempts=%d window=60s rule=" % g.n(10, 500),
            D("R-%d" % g.n(1000, 9999), "rule_id"), " edge=", D(g.priv_ip(), "server_ip")]


@tpl
def t_py_traceback(g):
    p = g.person()
    return ["ERROR booking-svc Traceback (most recent call last): File \"/app/members/validators.py\", line %d, in validate_phone ValueError: invalid phone number '" % g.n(20, 300),
            S(g.phone(p.loc), PH), "' for member '", S(p.full, PER), "' (id=", D(g.member_id(), "member_id"), ")"]


@tpl
def t_pg_exception(g):
    acct = g.c(["gymapp", "billing_svc", "crm_rw", "etl_runner"])
    return ["Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"",
            D(acct, "service_account"), "\" url=jdbc:postgresql://", D(g.host("db"), "hostname"), ":5432/members?user=",
            D(acct, "service_account"), "&password=", S(g.password(), CR)]


@tpl
def t_database_url(g):
    acct = g.c(["billing_svc", "gymapp", "svc_crm", "postgres"])
    return ["config loaded: DATABASE_URL=postgres://", D(acct, "service_account"), ":", S(g.password(), CR), "@",
            D(g.priv_ip(), "server_ip"), ":5432/billing REDIS_URL=redis://", D(g.host("cache"), "hostname"), ":6379/0"]


@tpl
def t_api_key(g):
    svc = g.c(["mindbody", "stripe", "sendgrid", "twilio", "mailchimp", "google_maps"])
    return ["WARN integrations: ", svc, " client initialised site_id=", D("-%d" % g.n(10, 99999), "site_id"),
            " api_key=", S(g.api_key(), CR), " env=prod build=", D(g.hexs(40), "commit")]


@tpl
def t_bearer_dump(g):
    return ["DEBUG http request POST /v2/bookings headers={Authorization: Bearer ", S(g.jwt(), CR), ", X-Request-Id: ",
            D(g.uuid(), "request_id"), ", User-Agent: PulseGym/", D(g.version(), "version"), "}"]


@tpl
def t_1099(g):
    p = g.person("en_US")
    return ["payroll: contractor onboarding trainer=\"", S(p.full, PER), "\" tin_type=SSN tin=", S(g.ssn(), SSN),
            " rate=", D("$%d.00" % g.n(25, 90), "amount"), "/session club=\"", D(g.club(), "club"), "\""]


@tpl
def t_kyc_passport(g):
    p = g.person(g.c(["en_US", "en_GB", "en_IN", "ja_JP", "ko_KR", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "ru_RU", "zh_CN"]))
    cc = LOC_COUNTRY[p.loc]
    return ["KYC guest-pass verification name=\"", S(p.full, PER), "\" doc_type=passport doc_no=", S(g.passport(cc), PP),
            " issuing_country=", ISO3[cc], " result=MATCH score=0.%02d ref=" % g.n(80, 99), D(g.uuid(), "check_id")]


@tpl
def t_anpr(g):
    return ["ANPR cam-%d lane=%s plate=" % (g.n(1, 6), g.c(["in", "out"])), S(g.plate(), LP),
            " confidence=0.%02d bay=" % g.n(60, 99), D("P%d-%03d" % (g.n(1, 4), g.n(1, 300)), "bay"),
            " matched=", D(g.member_id(), "member_id")]


@tpl
def t_parq(g):
    return ["forms: parq_v3 submitted member_ref=", D(g.member_id(), "member_id"), " answers=7 flagged=",
            g.c(["false", "true"]), " reviewed_by=", D(g.c(["system", "scheduler"]), "service_account"), " at ", D(g.ts_iso(), "timestamp")]


@tpl
def t_audit_phone(g):
    staff, p = g.person(g.c(["en_GB", "en_US"])), g.person()
    return ["AUDIT ", g.ts_iso(), " actor=", S(g.username(staff), PER), " action=UPDATE entity=member/",
            D(g.member_id(), "member_id"), ' field=mobile old="', S(g.phone(p.loc), PH), '" new="', S(g.phone(p.loc), PH), '"']


@tpl
def t_audit_freeze(g):
    return ["AUDIT ", g.ts_iso(), " actor=", D(g.c(["svc-billing", "scheduler", "system", "svc-crm"]), "service_account"),
            " action=FREEZE entity=member/", D(g.member_id(), "member_id"), " reason=arrears_60d ref=",
            D("INV-%d-%06d" % (g.n(2022, 2025), g.n(0, 999999)), "invoice_id"), " masked_phone=", D(g.masked_phone(), "masked")]


@tpl
def t_dsar(g):
    p = g.person()
    return ["privacy: DSAR-%d erasure request from " % g.n(100, 9999), S(g.email(p), EM), " verified via card ending ",
            D("****" + g.dg(4), "masked"), " status=queued sla_days=30 owner=", D("privacy@" + g.c(BRAND_DOMAINS), "role_mailbox")]


@tpl
def t_studio_music(g):
    p = g.person(g.c(["en_GB", "en_US", "es_ES", "it_IT"]))
    song, artist = g.c(SONGS)
    return ["studio-audio: instructor ", S(p.first, PER), ' queued "', song, '" by ', D(artist, "public_figure"),
            " for ", g.c(CLASSES_EN), " %02d:00 room=%d" % (g.n(6, 21), g.n(1, 4))]


@tpl
def t_marketing(g):
    return ['crm.campaign "New Year New You" featuring ', D(g.c(PUBLIC_EN), "public_figure"),
            " launched segment=lapsed_90d size=%d channel=email from=" % g.n(1000, 90000), D(g.role_mail(), "role_mailbox"),
            " sponsor=", D(g.company(), "company")]


@tpl
def t_wearable(g):
    return js(("source", g.c(["garmin", "apple_health", "whoop", "fitbit"])), ("event", "activity.synced"),
              ("userId", D("u_" + g.hexs(12), "user_id")), ("device", D(g.c(PRODUCTS), "product")),
              ("calories", g.n(100, 1200)), ("avgHr", g.n(90, 170)), ("ts", D(g.ts_iso(), "timestamp")), compact=True)


@tpl
def t_freeze_note(g):
    p, staff = g.person(g.c(["en_GB", "en_US", "en_IN"])), g.person("en_GB")
    title = g.c(["Mr", "Mr."]) if p.g == "m" else g.c(["Mrs", "Ms", "Miss"])
    return ["Freeze 2 months for ", title, " ", S(p.last, PER), " (", D(g.member_id(), "member_id"),
            ") - GP letter seen, back in May. Contact: ", S(g.email(p), EM), " -- ", S(staff.first, PER)]


@tpl
def t_dotted_json(g):
    p = g.person(g.c(["de_DE", "nl_NL", "fr_FR", "en_GB", "it_IT", "es_ES"]))
    return js(("member.name", S(p.full, PER)), ("member.contact.phone", S(g.phone(p.loc), PH)),
              ("payment.iban", S(g.iban_for(p), IBAN)), ("payment.mandate.id", D("MD%s" % g.alnum(12, UPDIG), "mandate_ref")),
              ("payment.amount", D(g.money("EUR"), "amount")), ("event.ts", g.ts_iso()))


@tpl
def t_checkin_json(g):
    return js(("level", "info"), ("ts", g.ts_iso()), ("msg", "checkin ok"), ("member_id", D(g.member_id(), "member_id")),
              ("club_id", g.n(1, 200)), ("door", "main"), ("client_ip", S(g.ip(), IP)),
              ("app_version", D(g.version(), "version")), ("lb", D(g.priv_ip(), "server_ip")), compact=g.r.random() < 0.5)


@tpl
def t_pos(g):
    return ["POS T-%03d sale " % g.n(1, 60), D(g.money("GBP"), "amount"), ' item="', g.c(["Protein shake", "Towel hire", "Energy bar", "Day pass"]),
            '" card=', D("**** **** **** " + g.dg(4), "masked"), " auth_code=", D(g.dg(6), "auth_code"),
            " resp=00 tid=", D(g.dg(8), "terminal_id")]


@tpl
def t_chargeback(g):
    p = g.person()
    return ["chargeback.received case=", D("CB-%s" % g.dg(8), "case_id"), " card=", S(g.card(), CC), ' cardholder="',
            S(p.full, PER), '" reason_code=%d amount=' % g.c([4837, 4853, 10, 13]), D(g.money(), "amount"),
            " order=", D(g.order16_bad(), "order_id")]


@tpl
def t_occupancy_csv(g):
    return [D(g.ts_iso(), "timestamp"), ",", D(g.club(), "club"), ",Studio %d,%d,%d," % (g.n(1, 4), 30, g.n(0, 30)),
            D("SNS-%s" % g.hexs(6).upper(), "sensor_id")]


@tpl
def t_chat(g):
    p, agent = g.person(g.c(["en_GB", "en_US", "en_IN"])), g.person(g.c(["en_GB", "en_US"]))
    return ["[livechat ", D(g.uuid()[:8], "conversation_id"), "] member(", S(g.username(p), PER), "): my card ",
            S(g.card(), CC), " got charged twice!! | agent ", S(agent.first, PER), ": sorry ", S(p.first, PER),
            ", refund of ", D(g.money(), "amount"), " issued"]


@tpl
def t_k8s_probe(g):
    return [D("10.244.%d.%d" % (g.n(0, 40), g.n(1, 254)), "server_ip"), " - - [", g.ts_clf(),
            '] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/', D("1.%d" % g.n(24, 30), "version"), '"']


@tpl
def t_backup(g):
    return [g.ts_sys(), " ", D(g.host("db"), "hostname"), " ", D("svc-backup", "service_account"),
            ": pg_dump members %.1fGB -> s3://ironpeak-backups/%s/ sha256=" % (g.n(5, 90) / 10, g.dt().strftime("%Y-%m-%d")),
            D(g.hexs(64), "hash")]


@tpl
def t_de_member(g):
    p = g.person("de_DE")
    return ["Neues Mitglied angelegt: ", "Herr " if p.g == "m" else "Frau ", S(p.full, PER), ", Tel. ",
            S(g.phone("de_DE"), PH), ", IBAN ", S(g.iban("DE"), IBAN), ", Tarif ", g.c(["Flex", "Premium", "Basic"]),
            ", Studio ", D(g.c(CLUBS_DE), "club"), ", Gläubiger-ID ", D("DE%02dZZZ%s" % (g.n(10, 99), g.dg(11)), "creditor_id")]


@tpl
def t_fr_complaint(g):
    p = g.person("fr_FR")
    return ["Réclamation #%d : " % g.n(1000, 99999), "M. " if p.g == "m" else "Mme ", S(p.full, PER), " (",
            S(g.email(p), EM), ") se plaint de l'état des vestiaires à ", D(g.c(CLUBS_FR), "club"),
            " ; rappeler au ", S(g.phone("fr_FR"), PH), "."]


@tpl
def t_es_booking(g):
    p, inst = g.person("es_ES"), g.person("es_ES")
    return ["Reserva confirmada: Pilates Reformer %02d:00, socio/a " % g.n(7, 21), S(p.full, PER), ", móvil ",
            S(g.phone("es_ES"), PH), ", instructor/a ", S(inst.first, PER), ". Sala ", str(g.n(1, 4)),
            ". Atención al cliente: ", D("900 %s %s" % (g.dg(3), g.dg(3)), "hotline")]


@tpl
def t_pt_payment(g):
    p = g.person("pt_BR")
    return ["Pagamento recusado: aluno(a) ", S(p.full, PER), ", cartão ", S(g.card(), CC), ", contato ",
            S(g.phone("pt_BR"), PH), ", valor ", D(g.money("BRL"), "amount"), ", NSU ", D(g.dg(12), "nsu")]


@tpl
def t_it_cancel(g):
    p = g.person("it_IT")
    return ["Disdetta abbonamento: ", "sig. " if p.g == "m" else "sig.ra ", S(p.full, PER), ", IBAN ",
            S(g.iban("IT"), IBAN), ", motivo: trasferimento, pratica ", D("PR-%d/%05d" % (g.n(2022, 2025), g.n(0, 99999)), "case_id")]


@tpl
def t_nl_incasso(g):
    p = g.person("nl_NL")
    return ["Incasso mislukt voor lid ", S(p.full, PER), ", IBAN ", S(g.iban("NL"), IBAN), ", reden MD06, bedrag ",
            D("€ %d,%02d" % (g.n(15, 80), g.n(0, 99)), "amount"), ", kenmerk ", D(g.alnum(16, UPDIG), "reference")]


@tpl
def t_pl_member(g):
    p = g.person("pl_PL")
    return ["Nowy karnet: ", S(p.full, PER), ", tel. ", S(g.phone("pl_PL"), PH), ", e-mail ", S(g.email(p), EM),
            ", klub ", D(g.c(["Warszawa Mokotów", "Kraków Kazimierz", "Gdańsk Wrzeszcz"]), "club"), ", cena ",
            D(g.money("PLN"), "amount")]


@tpl
def t_ja_reservation(g):
    p, tr = g.person("ja_JP"), g.person("ja_JP")
    return ["予約確認メール送信: ", S(p.full, PER), " 様 (", S(g.phone("ja_JP"), PH), ") パーソナルトレーニング %d/%d %02d:00 担当 " %
            (g.n(1, 12), g.n(1, 28), g.n(7, 21)), S(tr.last, PER), " トレーナー 送信元 ", D(g.role_mail(), "role_mailbox")]


@tpl
def t_vi_member(g):
    p = g.person("vi_VN")
    return ["Hội viên ", S(p.full, PER), " đăng ký gói 12 tháng tại ", D(g.club(), "club"), ", SĐT ",
            S(g.phone("vi_VN"), PH), ", email ", S(g.email(p), EM)]


@tpl
def t_ko_json(g):
    p = g.person("ko_KR")
    return js(("user_name", S(p.full, PER)), ("phone", S(g.phone("ko_KR"), PH)), ("email", S(g.email(p), EM)),
              ("plan", "12개월"), ("branch", D(g.c(["강남점", "홍대점", "잠실점"]), "club")), ("agreed_marketing", g.c([True, False])))


@tpl
def t_gocardless(g):
    p = g.person(g.c(["en_GB", "en_GB", "fr_FR", "de_DE", "nl_NL"]))
    cust = js(("id", D("CU" + g.alnum(12, UPDIG), "customer_id")), ("given_name", S(p.first, PER)),
              ("family_name", S(p.last, PER)), ("email", S(g.email(p), EM)), ("country_code", LOC_COUNTRY[p.loc]), compact=True)
    return js(("events", ["[", js(("id", D("EV" + g.alnum(12, UPDIG), "event_id")), ("resource_type", "mandates"),
                                    ("action", "created"), ("links", js(("mandate", D("MD" + g.alnum(12, UPDIG), "mandate_ref")), compact=True)),
                                    compact=True), "]"]), ("customers", ["[", cust, "]"]), compact=True)


@tpl
def t_mailgun_bounce(g):
    p = g.person()
    headers = js(("message-id", D("%s@%s" % (g.hexs(20), g.c(BRAND_DOMAINS)), "message_id")),
                 ("from", D(g.role_mail(), "role_mailbox")))
    return js(("event", "failed"), ("severity", "permanent"), ("recipient", S(g.email(p), EM)),
              ("delivery-status", js(("code", 550), ("message", "5.1.1 mailbox unavailable"))),
              ("message", js(("headers", headers))), ("log-level", "error"))


@tpl
def t_fraud(g):
    p = g.person()
    return ["risk: signup score=%d decision=%s email=" % (g.n(40, 99), g.c(["review", "reject", "allow"])),
            S(g.email(p), EM), " ip=", S(g.ip(), IP), " card_bin=", D(g.c(["411111", "520082", "457173", "535522"]), "card_bin"),
            " device_fp=", D(g.hexs(32), "fingerprint")]


@tpl
def t_handover(g):
    return ["Handover (late shift): treadmill #%d belt slipping, Technogym ticket " % g.n(1, 30),
            D("TG-%d" % g.n(10000, 99999), "ticket_id"), " raised via ", D("0800 %s %s" % (g.dg(3), g.dg(4)), "hotline"),
            "; sauna thermostat reset; till float ", D(g.money("GBP"), "amount"), " counted."]


@tpl
def t_corporate_csv(g):
    comp = g.fk["company"].company()
    dom = re.sub(r"[^a-z]", "", _ascii(comp.split()[0]))[:14] or "acme"
    dom += g.c([".com", ".co.uk", ".de", ".io"])
    p = g.person(g.c(["en_GB", "en_US", "de_DE", "en_IN", "fr_FR"]))
    return ['"', D(comp, "company"), '",', D("CORP-%05d" % g.n(0, 99999), "contract_id"), ",", S(p.first, PER), ",",
            S(p.last, PER), ",", S(g.email(p, domain=dom), EM), ",active"]


# ---------------------------- Chinese (simplified / traditional) ---------

@tpl
def c_real_name(g):
    p = g.person("zh_CN")
    return ["[实名认证] 结果=通过 姓名=", S(p.full, PER), " 身份证号=", S(g.cn_id(), CNID), " 手机=", S(g.phone_cn(), PH),
            " 门店=", D(g.c(CLUBS_ZH), "club"), " 渠道=小程序"]


@tpl
def c_json_cn_keys(g):
    p, sales = g.person("zh_CN"), g.person("zh_CN")
    return js(("会员姓名", S(p.full, PER)), ("手机号", S(g.phone_cn(), PH)), ("会员卡号", D(g.vip_id(), "member_id")),
              ("套餐", g.c(["年卡", "季卡", "次卡", "私教课包"])), ("金额", D(g.money("CNY"), "amount")),
              ("办理门店", D(g.c(CLUBS_ZH), "club")), ("销售顾问", S(sales.full, PER)))


@tpl
def c_frontdesk_note(g):
    mgr, mem = g.person("zh_CN"), g.person("zh_CN")
    return ["前台备注：", S(mgr.last, PER), "经理说会员", S(mem.last, PER), "先生" if mem.g == "m" else "女士",
            "投诉淋浴间没有热水，已报修（工单", D("WX%s" % g.dg(8), "ticket_id"), "），回访电话", S(g.phone_cn(), PH), "。"]


@tpl
def c_face_gate(g):
    p = g.person("zh_CN")
    return ["门禁 闸机#%d 人脸识别通过 会员=" % g.n(1, 8), S(p.full, PER), " 会员号=", D(g.vip_id(), "member_id"),
            " 相似度=0.%02d 时间=" % g.n(80, 99), D(g.ts_cn(), "timestamp")]


@tpl
def c_gate_offline(g):
    return ["[告警] 门禁控制器 ", D(g.priv_ip(), "server_ip"), " 离线，设备编号 ", D("GATE-%s-%02d" % (g.c(["SH", "BJ", "SZ", "HZ"]), g.n(1, 20)), "device_id"),
            "，固件 ", D("v" + g.version(), "version"), "，已通知运维"]


@tpl
def c_group_class(g):
    coach, p = g.person("zh_CN"), g.person("zh_CN")
    return ["团课预约成功：", D("刘畊宏", "public_figure"), "毽子操 %02d:30 " % g.n(7, 21), D(g.c(CLUBS_ZH), "club"),
            " 教练：", S(coach.full, PER), " 学员：", S(p.full, PER), " 手机 ", S(g.phone_cn(), PH)]


@tpl
def c_pt_package(g):
    p, coach = g.person("zh_CN"), g.person("zh_CN")
    return ["私教课包购买 学员=", S(p.full, PER), " 教练=", S(coach.last, PER), "教练 课时=%d 金额=" % g.c([10, 20, 30, 50]),
            D(g.money("CNY"), "amount"), " 支付方式=微信支付 交易单号=", D("42000%s%s%s" % (g.n(10000, 29999), g.dt().strftime("%Y%m%d"), g.dg(10)), "transaction_id")]


@tpl
def c_alipay_refund(g):
    return ["支付宝退款成功 out_trade_no=", D("GYM%s%s" % (g.dt().strftime("%Y%m%d%H%M%S"), g.dg(4)), "order_id"),
            " trade_no=", D(g.dt().strftime("%Y%m%d") + "2200141" + g.dg(13), "transaction_id"), " refund_amount=",
            D(g.money("CNY"), "amount"), " 买家=", D(g.masked_phone(), "masked"), " 门店=", D(g.c(CLUBS_ZH), "club")]


@tpl
def c_wechat_push(g):
    p = g.person("zh_CN")
    return ["模板消息推送 openid=", D("o" + g.alnum(27, B64), "openid"), " 内容=\"尊敬的", S(p.last, PER),
            "先生" if p.g == "m" else "女士", "，您预约的", g.c(CLASSES_ZH), "课将于明天 %02d:00 开始，请准时到店\" 结果=ok" % g.n(7, 21)]


@tpl
def c_sms_code(g):
    return ["短信下发 手机号=", S(g.phone_cn(), PH), " 模板=", D("SMS_%d" % g.n(10 ** 8, 10 ** 9 - 1), "template_id"),
            " 内容=\"【", D(g.c(["悦动健身", "蓝鲸健身", "超级猩猩", "乐刻运动"]), "company"), "】您的验证码为", S(g.otp(), CR),
            "，5分钟内有效，请勿泄露。\" 状态=DELIVRD"]


@tpl
def c_ticket_csv(g):
    p = g.person("zh_CN")
    return [D("GD%s%03d" % (g.dt().strftime("%Y%m%d"), g.n(1, 999)), "ticket_id"), ",", g.ts_cn(), ",", S(p.full, PER), ",",
            S(g.phone_cn(), PH), ",\"", g.c(["跑步机太少，高峰期排队", "储物柜被撬", "教练推销太频繁", "空调不制冷"]), "\",待处理,",
            D(g.c(CLUBS_ZH), "club")]


@tpl
def c_nutrition(g):
    cl, nu = g.person("zh_CN"), g.person("zh_CN")
    return ["营养咨询记录：客户", S(cl.full, PER), "，BMI %.1f，建议每日摄入%dkcal，蛋白质%dg；营养师" % (g.n(185, 330) / 10, g.n(14, 24) * 100, g.n(80, 160)),
            S(nu.full, PER), "，微信同号", S(g.phone_cn(), PH)]


@tpl
def c_freeze_log(g):
    return ["操作日志 操作人=", D(g.c(["admin", "system", "scheduler"]), "service_account"), " 操作=冻结会员卡 卡号=",
            D(g.vip_id(), "member_id"), " 原因=欠费超过60天 时间=", D(g.ts_cn(), "timestamp")]


@tpl
def c_autorenew_fail(g):
    p = g.person("zh_CN")
    return ["自动续费扣款失败 持卡人=", S(p.full, PER), " 卡号=", S(g.card("up", sep=g.c(["", " "])), CC), " 银行=",
            D(g.c(["招商银行", "中国工商银行", "中国建设银行", "交通银行"]), "company"), " 金额=", D(g.money("CNY"), "amount"), " 原因=余额不足"]


@tpl
def c_parking(g):
    return ["停车场车牌识别 车牌=", S(g.plate_cn(), LP), " 入场时间=", D(g.ts_cn(), "timestamp"), " 匹配会员=",
            D(g.vip_id(), "member_id"), " 免费时长=2小时"]


@tpl
def c_parking_fail(g):
    return ["停车场 相机=", D("CAM-%02d" % g.n(1, 12), "device_id"), " 车牌识别失败 置信度=0.%02d 服务器=" % g.n(10, 59),
            D(g.priv_ip(), "server_ip"), " 客服热线 ", D("400-%s-%s" % (g.dg(3), g.dg(4)), "hotline")]


@tpl
def c_foreign_member(g):
    p = g.person(g.c(["en_US", "en_GB", "fr_FR", "de_DE", "ja_JP", "ko_KR", "ru_RU", "it_IT"]))
    cc = LOC_COUNTRY[p.loc]
    return ["外籍会员登记 姓名=", S(p.full, PER), " 国籍=", ISO3[cc], " 护照号=", S(g.passport(cc), PP), " 手机=",
            S(g.phone_cn(), PH), " 门店=", D(g.c(CLUBS_ZH), "club")]


@tpl
def c_tw_register(g):
    p = g.person("zh_TW")
    return ["會員註冊成功 姓名=", S(p.full, PER), " 手機=", S(g.phone("zh_TW"), PH), " 電子郵件=", S(g.email(p), EM),
            " 方案=", g.c(["月繳", "年繳", "學生方案"]), " 分店=", D(g.c(CLUBS_TW), "club")]


@tpl
def c_tw_complaint(g):
    p, coach = g.person("zh_TW"), g.person("zh_TW")
    return ["客訴紀錄：", S(p.last, PER), "先生" if p.g == "m" else "小姐", "反映", S(coach.last, PER),
            "教練遲到二十分鐘，請店長回電 ", S(g.phone("zh_TW"), PH), "。"]


@tpl
def c_tw_notice(g):
    return ["系統公告：", D(g.c(CLUBS_TW), "club"), " 三溫暖 %d/%d 起維修暫停開放，客服專線 " % (g.n(1, 12), g.n(1, 28)),
            D("0800-%s-%s" % (g.dg(3), g.dg(3)), "hotline")]


@tpl
def c_tw_card_auth(g):
    return ["信用卡授權成功 卡號=", D("**** **** **** " + g.dg(4), "masked"), " 金額=", D(g.money("TWD"), "amount"),
            " 授權碼=", D(g.alnum(6, UPDIG), "auth_code"), " 特店代號=", D(g.dg(15), "merchant_id")]


@tpl
def c_nginx_mobile(g):
    return [S(g.ip(), IP), " - - [", g.ts_clf(), '] "GET /api/member/query?mobile=', S(g.phone_cn(compact=True), PH),
            "&store=%d HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) MicroMessenger/" % (g.n(1, 300), g.n(100, 5000)),
            D("8.0.%d" % g.n(30, 50), "version"), '"']


@tpl
def c_json_realname(g):
    p = g.person("zh_CN")
    return js(("userName", S(g.username(p), PER)), ("realName", S(p.full, PER)), ("idCard", S(g.cn_id(), CNID)),
              ("mobile", S(g.phone_cn(), PH)), ("vipLevel", g.n(1, 5)), ("storeId", g.n(1, 300)), compact=True)


@tpl
def c_dup_mobile(g):
    p = g.person("zh_CN")
    return ["com.gym.member.exception.DuplicateMobileException: 手机号已被注册: ", S(g.phone_cn(), PH), "，会员: ", S(p.full, PER),
            " at com.gym.member.service.MemberServiceImpl.register(MemberServiceImpl.java:%d)" % g.n(50, 400)]


@tpl
def c_review(g):
    p, coach = g.person("zh_CN"), g.person("zh_CN")
    fig, phrase = g.c(PUBLIC_ZH_QUOTES)
    a, b = phrase.split("{}")
    return ["课程评价 %d星 会员" % g.n(3, 5), S(p.full, PER), "：\"", S(coach.last, PER), "教练太专业了，", a, D(fig, "public_figure"), b,
            "！\" 课程=", g.c(CLASSES_ZH), " 门店=", D(g.c(CLUBS_ZH), "club")]


@tpl
def c_call_center(g):
    p = g.person("zh_CN")
    return ["呼叫中心 来电 被叫=", D("400-%s-%s" % (g.dg(3), g.dg(4)), "hotline"), " 主叫=", S(g.phone_cn(), PH),
            " 坐席工号=", D(str(g.n(8000, 8999)), "agent_id"), " 会员=", S(p.full, PER), " 诉求=咨询退卡流程 时长=%02d:%02d" % (g.n(0, 20), g.n(0, 59))]


@tpl
def c_body_scan(g):
    return ["体测数据同步 设备=", D(g.c(["InBody770", "InBody570", "Tanita MC-980"]), "product"), " 门店=", D(g.c(CLUBS_ZH), "club"),
            " 成功=%d 失败=%d 批次=" % (g.n(10, 300), g.n(0, 3)), D("B%s" % g.dg(12), "batch_id")]


@tpl
def c_meituan(g):
    return ["美团团购核销 券码=", D("%s %s %s" % (g.dg(4), g.dg(4), g.dg(4)), "voucher_code"), " 套餐=单次体验课 金额=",
            D(g.money("CNY"), "amount"), " 用户=", D(g.masked_phone(), "masked"), " 门店=", D(g.c(CLUBS_ZH), "club")]


@tpl
def c_admin_login(g):
    p = g.person("zh_CN")
    return ["管理后台登录成功 账号=", S(g.username(p), PER), " 来源IP=", S(g.ip(), IP), " 浏览器=Chrome ", D(str(g.n(100, 125)), "version")]


@tpl
def c_db_fail(g):
    return ["数据库连接失败: mysql://", D(g.c(["gym_rw", "crm_app", "root"]), "service_account"), ":", S(g.password(), CR), "@",
            D(g.priv_ip(), "server_ip"), ":3306/crm 超时 %dms" % g.c([3000, 5000, 10000])]


@tpl
def c_refund_card(g):
    p, mgr = g.person("zh_CN"), g.person("zh_CN")
    return ["退卡退款 会员=", S(p.full, PER), " 退款至银行卡 ", S(g.card("up", sep=g.c(["", " "])), CC), " 户名 ", S(p.full, PER),
            " 金额 ", D(g.money("CNY"), "amount"), " 审批人 ", S(mgr.last, PER), "店长"]


@tpl
def c_transfer(g):
    a, b = g.person("zh_CN"), g.person("zh_CN")
    return ["会员转让 原会员=", S(a.full, PER), " 身份证=", S(g.cn_id(), CNID), " 新会员=", S(b.full, PER), " 身份证=",
            S(g.cn_id(), CNID), " 手续费=", D(g.money("CNY"), "amount"), " 原身份证(脱敏)=",
            D("%s********%s" % (g.c(CN_AREAS), g.dg(4)), "masked")]


@tpl
def c_tw_pt_booking(g):
    p, coach = g.person("zh_TW"), g.person("zh_TW")
    return ["私人教練預約：學員 ", S(p.full, PER), " (", S(g.email(p), EM), ") 預約 ", S(coach.full, PER),
            " 教練 %d/%d %02d:00，備註：膝蓋舊傷" % (g.n(1, 12), g.n(1, 28), g.n(7, 21))]


@tpl
def c_shop_order(g):
    p = g.person("zh_CN")
    return ["商城订单 ", D("OD%s%s" % (g.dt().strftime("%Y%m%d"), g.dg(6)), "order_id"), " 商品=乳清蛋白粉2kg 收货人=",
            S(p.full, PER), " 联系电话=", S(g.phone_cn(), PH), " 金额=", D(g.money("CNY"), "amount"), " 快递=顺丰 运单号=",
            D("SF%s" % g.dg(13), "tracking_no")]


# --------------------------------------------------------------------------


def blind_log30(n: int, seed: int = 0) -> list:
    g = G(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        ti = g.r.randrange(nt)
        parts = TEMPLATES[ti](g)
        text, spans, decoys = _assemble(parts)
        vals = [p[1] for p in _flatten(parts, []) if isinstance(p, tuple) and p[0] == 0]
        vals += [p[1] for p in _flatten(parts, []) if isinstance(p, tuple) and p[0] == 1]
        _check(text, spans, decoys, vals)
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": ti})
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time

    t0 = time.time()
    rows = blind_log30(5000, int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    cnt = collections.Counter(t for r in rows for _, _, t in r["spans"])
    print(len(TEMPLATES), "templates", "%.2fs" % (time.time() - t0))
    for k in TYPES:
        print(k, cnt[k])
