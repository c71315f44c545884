"""Blind benchmark #44: log lines of a real-estate brokerage and rental platform.

Written independently of the redactor.  ``blind_log44(n, seed)`` returns ``n``
synthetic log lines (syslog, JSON with many key styles, key=value, CSV, access
logs, audit trails, staff notes, SMS/e-mail bodies, webhooks, stack traces ...)
covering listings, agents, viewings, landlords, leases and sales, deposits and
escrow, mortgage pre-approvals, smart locks and key handovers, maintenance,
tenant screening, complaints and the overseas offices.

Each line is a dict ``{"text", "spans", "decoys", "template"}``; ``spans`` are
personal values ``[start, end, TYPE]`` and ``decoys`` look-alike values that must
survive ``[start, end, kind]``.  Only the standard library and Faker are used.
"""

import base64
import datetime as _dt
import json
import random
import string
import unicodedata
import uuid as _uuid

from faker import Faker

TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE",
}

LOCALES = ["en_US", "en_GB", "en_IN", "en_AU", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES",
           "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
LOC_W = [6, 3, 3, 2, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1]
LOC2CC = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "en_AU": "AU", "zh_CN": "CN",
          "zh_TW": "TW", "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR",
          "ja_JP": "JP", "ko_KR": "KR", "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL",
          "pl_PL": "PL", "tr_TR": "TR", "vi_VN": "VN"}
NAT_EN = {"US": "USA", "GB": "GBR", "IN": "IND", "AU": "AUS", "CN": "CHN", "TW": "TWN",
          "FR": "FRA", "DE": "DEU", "ES": "ESP", "BR": "BRA", "JP": "JPN", "KR": "KOR",
          "RU": "RUS", "IT": "ITA", "NL": "NLD", "PL": "POL", "TR": "TUR", "VN": "VNM"}
NAT_ZH = {"US": "美国", "GB": "英国", "IN": "印度", "AU": "澳大利亚", "FR": "法国", "DE": "德国",
          "ES": "西班牙", "BR": "巴西", "JP": "日本", "KR": "韩国", "RU": "俄罗斯", "IT": "意大利",
          "NL": "荷兰", "PL": "波兰", "TR": "土耳其", "VN": "越南", "TW": "中国台湾", "CN": "中国"}

KO_FIRST_A = ["minjun", "seoyeon", "jiho", "haeun", "doyoon", "jiwoo", "minseo", "junho",
              "yuna", "hyunwoo", "soyeon", "jihoon", "eunji", "sungmin", "dahye"]
KO_LAST_A = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin"]
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                 "yu", "ya"]))
_TR = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D",
                     "ø": "o", "Ø": "O", "æ": "ae", "œ": "oe"})

FREE_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "en_AU": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
    "zh_CN": ["163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "ja_JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"],
    "ko_KR": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "ru_RU": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
    "pl_PL": ["wp.pl", "o2.pl", "gmail.com", "onet.pl", "interia.pl"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}
WORK_DOMAINS = ["nestbridge.com", "nestbridge.co.uk", "nestbridge.sg", "nestbridge.ae",
                "nestbridge.com.au", "anjiaqiao.cn"]
ROLE_BOXES = ["leasing", "support", "noreply", "no-reply", "escrow", "billing", "maintenance",
              "viewings", "compliance", "lettings", "notifications", "kefu", "service"]
SVC_ACCOUNTS = ["svc-backup", "svc-lease-sync", "svc-lockbridge", "jenkins", "root", "www-data",
                "deploy", "airflow", "svc-mls-import", "nb-etl", "svc-payments", "system",
                "svc-screening", "ansible"]
RE_COMPANIES = ["Knight Frank", "Douglas Elliman", "Keller Williams", "Coldwell Banker",
                "Ray White", "Marcus & Millichap", "Sotheby's International Realty", "Savills",
                "Compass", "Century 21", "RE/MAX", "Foxtons", "Barfoot & Thompson",
                "Jones Lang LaSalle", "Harcourts", "Berkshire Hathaway HomeServices"]
LENDERS = ["Wells Fargo", "Rocket Mortgage", "Chase Home Lending", "Guild Mortgage",
           "Bank of America", "loanDepot", "HSBC UK", "Nationwide", "Barclays", "Santander"]
CN_COMPANIES = ["链家", "贝壳找房", "我爱我家", "中原地产", "万科物业", "碧桂园服务", "自如", "相寓",
                "招商银行", "中国建设银行", "中国工商银行", "平安银行", "支付宝", "微信支付"]
LOCK_VENDORS = ["August", "Yale Assure", "Nuki", "Aqara", "Schlage Encode", "igloohome",
                "Kwikset Halo", "Level Lock"]
CN_LOCK_VENDORS = ["小米智能门锁", "德施曼", "凯迪仕", "鹿客", "Aqara", "萤石"]
FAMOUS_EN = ["Frank Lloyd Wright", "Elvis Presley", "Ernest Hemingway", "Le Corbusier",
             "Zaha Hadid", "Taylor Swift", "Marilyn Monroe", "Charles Dickens", "Jane Austen",
             "Winston Churchill", "Abraham Lincoln", "Frida Kahlo", "Jimi Hendrix"]
FAMOUS_CN = ["鲁迅", "苏轼", "李白", "杜甫", "林徽因", "梁思成", "贝聿铭", "张爱玲", "徐志摩",
             "周杰伦", "老舍", "齐白石"]
CN_ESTATES = ["望京SOHO", "万科城市花园", "绿地海珀", "碧桂园凤凰城", "中海国际社区", "保利天悦",
              "世纪公园小区", "翠湖天地", "龙湖春江郦城", "华润城", "融创壹号院", "金地格林小镇",
              "远洋山水", "招商蛇口花园城"]
TW_ESTATES = ["信義之星", "大安森林公園旁", "內湖科學園區", "板橋新板特區", "台中七期", "淡水新市鎮"]
HK_ESTATES = ["太古城", "美孚新邨", "黃埔花園", "沙田第一城", "將軍澳日出康城", "海怡半島"]
SG_ADDR = ["The Sail @ Marina Bay #32-05", "Reflections at Keppel Bay #21-11", "d'Leedon #15-02",
           "Tampines GreenView #08-19", "Punggol Waterway Terraces #12-33", "Marina One Residences #40-07"]
CITIES_EN = ["Austin", "Seattle", "Denver", "Manchester", "Leeds", "Bristol", "Toronto",
             "Sydney", "Melbourne", "Brooklyn", "Oakland", "Phoenix", "Edinburgh", "Dublin"]
PTYPES_EN = ["2 bed flat", "3 bed semi", "Studio", "1BR condo", "4BR detached", "Townhouse",
             "Penthouse", "2BR/2BA apartment", "Loft", "Bungalow"]
PW_WORDS = ["sunflower", "dragon", "london", "summer", "winter", "keys", "homesweet", "maple",
            "tiger", "blue", "rental", "nest", "penguin", "coffee", "autumn", "chelsea"]
CN_PROV = "京沪粤浙苏川鄂湘鲁津渝闽陕豫皖辽"
CN_REGIONS = ["110101", "110105", "110108", "310104", "310115", "310112", "440305", "440106",
              "440304", "330106", "330102", "320102", "320505", "510107", "420106", "500103",
              "120101", "370202", "350203", "610113", "430104", "210102", "410105", "110102"]
CN_MOBILE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
             "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
             "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]
US_AREAS = ["212", "213", "305", "312", "415", "512", "617", "646", "702", "713", "718", "773",
            "206", "404", "469", "503", "602", "720", "857", "929", "737", "480"]
CA_AREAS = ["416", "647", "437", "604", "778", "514", "403", "905"]
PUB_OCTETS = [24, 31, 37, 41, 46, 49, 58, 59, 60, 61, 66, 67, 68, 71, 73, 76, 77, 78, 79, 81, 82,
              83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 98, 99, 101, 103, 106, 108,
              110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125,
              137, 139, 142, 146, 151, 154, 171, 173, 174, 175, 176, 178, 180, 182, 183, 185,
              186, 187, 188, 189, 190, 194, 195, 197, 201, 209, 212, 213, 217, 218, 219, 220,
              221, 222, 223]
V6_PREFIX = ["2409:8a1e", "240e:3b4", "2408:8207", "2a02:c7c", "2600:1700", "2601:647",
             "2a01:e0a", "2003:e6", "2001:ee0", "2405:4802"]
IBAN_SPEC = {"DE": [("n", 18)], "GB": [("b", 4), ("n", 14)], "IE": [("b", 4), ("n", 14)],
             "NL": [("b", 4), ("n", 10)], "FR": [("n", 23)], "ES": [("n", 20)],
             "IT": [("a", 1), ("n", 22)], "PL": [("n", 24)], "TR": [("n", 5), ("z", 1), ("n", 16)],
             "BE": [("n", 12)], "CH": [("n", 17)], "AE": [("n", 19)], "PT": [("n", 21)],
             "AT": [("n", 16)]}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"], "IE": ["AIBK", "BOFI"],
              "NL": ["ABNA", "INGB", "RABO", "SNSB", "KNAB"]}
IBAN_LOC = {"DE": "de_DE", "AT": "de_DE", "CH": "de_DE", "GB": "en_GB", "IE": "en_GB",
            "NL": "nl_NL", "FR": "fr_FR", "BE": "fr_FR", "ES": "es_ES", "IT": "it_IT",
            "PL": "pl_PL", "TR": "tr_TR", "PT": "pt_BR", "AE": "en_IN"}
UPPER = string.ascii_uppercase
PLATE_L = "ABCDEFGHJKLMNPRSTUVWXYZ"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_FAKERS = {}


def _faker(loc):
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    return f


def _asc(s):
    s = s.translate(_TR)
    s = "".join(_CYR.get(c.lower(), c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def _clean(s):
    return " ".join(s.replace("\n", ", ").split())


def _luhn_digit(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def _key(words, style):
    w = words.split()
    if style == "snake":
        return "_".join(w)
    if style == "camel":
        return w[0] + "".join(x[:1].upper() + x[1:] for x in w[1:])
    if style == "pascal":
        return "".join(x[:1].upper() + x[1:] for x in w)
    if style == "dotted":
        return ".".join(w)
    if style == "kebab":
        return "-".join(w)
    return words


class O(list):
    """A nested JSON object: a list of (key, value) pairs."""


def J(pairs, style=None, compact=False):
    """JSON text as tokens; labelled values are (value, label) tuples."""
    sep, kv = (",", ":") if compact else (", ", ": ")
    toks = []

    def val(v):
        if isinstance(v, O):
            obj(v)
        elif isinstance(v, tuple):
            x, lab = v
            if isinstance(x, str):
                assert '"' not in x and "\\" not in x, x
                toks.extend(['"', (x, lab), '"'])
            else:
                toks.append((str(x), lab))
        elif isinstance(v, list):
            toks.append("[")
            for i, e in enumerate(v):
                if i:
                    toks.append(sep)
                val(e)
            toks.append("]")
        else:
            toks.append(json.dumps(v, ensure_ascii=False))

    def obj(ps):
        toks.append("{")
        for i, (k, v) in enumerate(ps):
            if i:
                toks.append(sep)
            kk = _key(k, style) if (style and k.isascii()) else k
            toks.append(json.dumps(kk, ensure_ascii=False) + kv)
            val(v)
        toks.append("}")

    obj(pairs)
    return toks


class Person:
    __slots__ = ("loc", "g", "first", "last", "af", "al", "full", "cjk")

    def __init__(self, loc, g, first, last, af, al, full, cjk):
        self.loc, self.g, self.first, self.last = loc, g, first, last
        self.af, self.al, self.full, self.cjk = af, al, full, cjk


class Gen:
    N = 120

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.pool = {}
        for loc in LOCALES:
            f = _faker(loc)
            f.seed_instance(seed)
            n = self.N
            p = {"m": [f.first_name_male() for _ in range(n)],
                 "f": [f.first_name_female() for _ in range(n)]}
            if loc == "ru_RU":
                p["lm"] = [f.last_name_male() for _ in range(n)]
                p["lf"] = [f.last_name_female() for _ in range(n)]
            else:
                p["lm"] = p["lf"] = [f.last_name() for _ in range(n)]
            if loc in ("zh_CN", "zh_TW", "ja_JP"):
                p["ra"] = [f.first_romanized_name() for _ in range(n)]
                p["rl"] = [f.last_romanized_name() for _ in range(n)]
            self.pool[loc] = p
        fu, fg, fc = _faker("en_US"), _faker("en_GB"), _faker("zh_CN")
        self.addr_us = [_clean(f"{fu.street_address()}, {fu.city()}, {fu.state_abbr()}") for _ in range(80)]
        self.addr_gb = [_clean(f"{fg.street_address()}, {fg.city()} {fg.postcode()}") for _ in range(80)]
        self.co_en = [_clean(fu.company()) for _ in range(60)]
        self.co_cn = [_clean(fc.company()) for _ in range(60)]
        self.co_de = [c for c in (_clean(_faker("de_DE").company()) for _ in range(200))
                      if c.rsplit(" ", 1)[-1] in ("GmbH", "AG", "KG", "OHG", "GbR", "e.G.", "e.V.", "KGaA", "mbH")][:40] or ["Immobilien Verwaltungs GmbH"]

    # ---------------------------------------------------------------- basics
    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def dn(self, n):  # no leading zero
        return str(self.r.randint(1, 9)) + self.d(n - 1)

    def L(self, n, alphabet=UPPER):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def hex(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def b64u(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))

    def dt(self):
        base = _dt.datetime(2023, 1, 1)
        return base + _dt.timedelta(seconds=self.r.randint(0, 910 * 86400))

    def ts_iso(self):
        t = self.dt()
        c = self.r.random()
        if c < 0.4:
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if c < 0.7:
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + self.d(3) + self.r.choice(["Z", "+00:00", "+08:00"])
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def ts_sys(self):
        t = self.dt()
        return f"{MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"

    def ts_clf(self):
        t = self.dt()
        return f"{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:{t:%H:%M:%S} " + self.r.choice(["+0000", "+0800", "+0100", "-0500"])

    def ts_cn(self):
        return self.dt().strftime("%Y-%m-%d %H:%M:%S")

    def date(self):
        t = self.dt()
        return self.r.choice([t.strftime("%Y-%m-%d"), t.strftime("%d/%m/%Y"), t.strftime("%Y-%m-%d")])

    def slot(self):
        r = self.r
        return f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])} {r.randint(9, 19)}:{r.choice(['00', '15', '30', '45'])}"

    def ver(self):
        r = self.r
        return f"v{r.randint(1, 6)}.{r.randint(0, 20)}.{r.randint(0, 40)}"

    def mac(self):
        return ":".join(f"{self.r.randint(0, 255):02X}" for _ in range(6))

    def host(self):
        r = self.r
        svc = r.choice(["web", "sched", "lease-api", "lockd", "screening", "pay", "mls-sync", "notify", "crm"])
        if r.random() < 0.5:
            return f"{svc}-{r.randint(1, 12):02d}"
        return f"{svc}-{r.randint(1, 9)}.{r.choice(['prod', 'prod-eu', 'prod-ap', 'stg'])}.nestbridge.internal"

    # ---------------------------------------------------------------- people
    def loc_any(self):
        return self.r.choices(LOCALES, LOC_W)[0]

    def person(self, loc=None, g=None):
        r = self.r
        loc = loc or self.loc_any()
        g = g or r.choice("mf")
        p = self.pool[loc]
        first = r.choice(p[g])
        last = r.choice(p["l" + g])
        cjk = loc in ("zh_CN", "zh_TW", "ja_JP", "ko_KR")
        if loc in ("zh_CN", "zh_TW", "ja_JP"):
            af, al = _asc(r.choice(p["ra"])), _asc(r.choice(p["rl"]))
        elif loc == "ko_KR":
            af, al = r.choice(KO_FIRST_A), r.choice(KO_LAST_A)
        else:
            af, al = _asc(first) or "alex", _asc(last) or "lee"
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            full = last + first
        elif loc == "ja_JP":
            full = last + r.choice(["", " ", "\u3000"]) + first
        else:
            full = f"{first} {last}"
        return Person(loc, g, first, last, af, al, full, cjk)

    def agent(self, locs=("en_US", "en_US", "en_GB", "en_AU", "en_IN", "zh_CN", "en_GB")):
        return self.person(self.r.choice(locs))

    def cn(self, loc="zh_CN"):
        return self.person(loc)

    def uname(self, p):
        r = self.r
        f, l = p.af, p.al
        return r.choice([f[0] + l, f"{f}.{l}", l + f[0], f"{f[0]}{l}{r.randint(1, 99)}", f"{f}_{l[0]}",
                         f + l, f"{l}.{f}", f"{f}{r.randint(70, 99)}"])

    def email(self, p, work=False):
        r = self.r
        f, l = p.af, p.al
        if work:
            loc = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}", f"{l}{f}"])
            dom = "anjiaqiao.cn" if p.loc in ("zh_CN", "zh_TW") else r.choice(WORK_DOMAINS[:5])
            return f"{loc}@{dom}"
        if p.loc == "zh_CN" and r.random() < 0.3:
            return f"{self.dn(r.randint(6, 10))}@qq.com"
        loc = r.choice([f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}", f"{f}_{l}",
                        f"{f}{r.randint(1970, 2004)}", f"{l}{f[0]}"])
        return f"{loc}@{r.choice(FREE_DOMAINS[p.loc])}"

    def role_box(self, dom=None):
        return f"{self.r.choice(ROLE_BOXES)}@{dom or self.r.choice(WORK_DOMAINS)}"

    def mr(self, p):
        if p.g == "m":
            return self.r.choice(["Mr.", "Mr", "Mr."])
        return self.r.choice(["Ms.", "Mrs.", "Ms", "Miss"])

    def cn_title(self, p):
        return "先生" if p.g == "m" else self.r.choice(["女士", "女士", "小姐"])

    def company(self):
        r = self.r
        return r.choice(self.co_en) if r.random() < 0.5 else r.choice(RE_COMPANIES)

    def addr(self):
        return self.r.choice(self.addr_us if self.r.random() < 0.55 else self.addr_gb)

    # ---------------------------------------------------------------- phones
    def phone(self, p):
        return self.phone_cc(LOC2CC[p.loc])

    def phone_cc(self, cc):
        r, d = self.r, self.d
        ch = r.choice
        if cc in ("US", "CA"):
            a = ch(US_AREAS if cc == "US" else CA_AREAS)
            e = str(r.randint(2, 9)) + d(2)
            if e[1:] == "11":
                e = e[0] + "21"
            l4 = d(4)
            return ch([f"({a}) {e}-{l4}", f"{a}-{e}-{l4}", f"{a}.{e}.{l4}", f"+1 {a} {e} {l4}",
                       f"+1-{a}-{e}-{l4}", f"+1 ({a}) {e}-{l4}", f"{a}{e}{l4}", f"+1{a}{e}{l4}"])
        if cc == "GB":
            if r.random() < 0.7:
                m = "7" + str(ch([4, 5, 7, 8, 9])) + d(8)
                return ch([f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44{m}", f"+44 (0){m[:4]} {m[4:]}", f"0{m}"])
            if r.random() < 0.5:
                n = ch("378") + d(7)
                return ch([f"020 {n[:4]} {n[4:]}", f"+44 20 {n[:4]} {n[4:]}", f"(020) {n[:4]} {n[4:]}"])
            a = ch(["161", "121", "131", "113", "117", "141"])
            n = str(r.randint(2, 9)) + d(6)
            return ch([f"0{a} {n[:3]} {n[3:]}", f"+44 {a} {n[:3]} {n[3:]}"])
        if cc == "IN":
            m = ch("6789") + d(9)
            return ch([f"+91 {m[:5]} {m[5:]}", f"{m[:5]} {m[5:]}", f"+91-{m}", f"0{m}", m, f"+91 {m}"])
        if cc == "AU":
            if r.random() < 0.75:
                m = "4" + d(8)
                return ch([f"0{m[:3]} {m[3:6]} {m[6:]}", f"+61 {m[:3]} {m[3:6]} {m[6:]}", f"+61{m}", f"0{m}"])
            a = ch("2378")
            n = d(8)
            return ch([f"(0{a}) {n[:4]} {n[4:]}", f"+61 {a} {n[:4]} {n[4:]}", f"0{a} {n[:4]} {n[4:]}"])
        if cc == "CN":
            if r.random() < 0.8:
                p3 = ch(CN_MOBILE)
                rest = d(8)
                a, b = rest[:4], rest[4:]
                return ch([f"{p3}{a}{b}", f"{p3}{a}{b}", f"{p3} {a} {b}", f"{p3}-{a}-{b}", f"+86 {p3} {a} {b}",
                           f"+86-{p3}{a}{b}", f"(+86){p3}{a}{b}", f"+86{p3}{a}{b}"])
            area = ch(["010", "021", "020", "0755", "0571", "028", "027", "025"])
            num = str(r.randint(2, 8)) + d(7)
            return ch([f"{area}-{num}", f"({area}){num}", f"+86 {area[1:]} {num}", f"{area}-{num[:4]} {num[4:]}"])
        if cc == "TW":
            if r.random() < 0.8:
                m = "9" + d(8)
                return ch([f"0{m[:3]}-{m[3:6]}-{m[6:]}", f"0{m}", f"+886 {m[:3]} {m[3:6]} {m[6:]}",
                           f"+886-{m}", f"0{m[:3]} {m[3:6]} {m[6:]}"])
            n = "2" + d(7)
            return ch([f"(02){n[:4]}-{n[4:]}", f"02-{n[:4]}-{n[4:]}", f"+886 2 {n[:4]} {n[4:]}"])
        if cc == "HK":
            n = ch("569") + d(7)
            return ch([f"{n[:4]} {n[4:]}", f"+852 {n[:4]} {n[4:]}", f"+852-{n[:4]}-{n[4:]}", f"(852) {n}", n])
        if cc == "SG":
            m = ch("89") + d(7)
            return ch([f"{m[:4]} {m[4:]}", f"+65 {m[:4]} {m[4:]}", f"+65-{m[:4]}-{m[4:]}", f"+65{m}"])
        if cc == "AE":
            op = ch(["50", "52", "54", "55", "56", "58"])
            n = d(7)
            return ch([f"0{op} {n[:3]} {n[3:]}", f"+971 {op} {n[:3]} {n[3:]}", f"+971-{op}-{n}", f"+971{op}{n}"])
        if cc == "FR":
            m = ch("67") + d(8) if r.random() < 0.75 else str(r.randint(1, 5)) + d(8)
            pr = [m[1:3], m[3:5], m[5:7], m[7:9]]
            return ch(["0" + m[0] + " " + " ".join(pr), f"+33 {m[0]} " + " ".join(pr), "0" + m,
                       f"+33 (0){m[0]} " + " ".join(pr), "0" + m[0] + "." + ".".join(pr), f"+33{m}"])
        if cc == "DE":
            if r.random() < 0.7:
                pre = ch(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
                rest = d(ch([7, 8]))
                return ch([f"0{pre} {rest}", f"+49 {pre} {rest}", f"+49 (0){pre} {rest}", f"0{pre}/{rest}",
                           f"0{pre}-{rest}", f"+49{pre}{rest}"])
            a, n = ch([("30", 8), ("40", 8), ("89", 7), ("69", 7), ("221", 7), ("211", 7)])
            num = str(r.randint(2, 9)) + d(n - 1)
            return ch([f"0{a} {num}", f"+49 {a} {num}", f"(0{a}) {num}", f"0{a}/{num}"])
        if cc == "ES":
            m = ch("67") + d(8) if r.random() < 0.8 else "91" + d(7)
            return ch([f"{m[:3]} {m[3:6]} {m[6:]}", f"+34 {m[:3]} {m[3:6]} {m[6:]}",
                       f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+34{m}", m])
        if cc == "BR":
            ddd = ch(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            m = "9" + str(r.randint(6, 9)) + d(7)
            return ch([f"({ddd}) {m[:5]}-{m[5:]}", f"+55 {ddd} {m[:5]}-{m[5:]}", f"+55 ({ddd}) {m[:5]}-{m[5:]}",
                       f"{ddd} {m[:5]}-{m[5:]}", f"+55{ddd}{m}"])
        if cc == "JP":
            if r.random() < 0.8:
                pre = ch(["090", "080", "070"])
                a, b = d(4), d(4)
                return ch([f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"+81-{pre[1:]}-{a}-{b}", f"{pre}{a}{b}",
                           f"+81 {pre[1:]} {a} {b}"])
            return ch([f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}"])
        if cc == "KR":
            a, b = d(4), d(4)
            return ch([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"+82-10-{a}-{b}", f"010{a}{b}", f"010 {a} {b}",
                       f"02-{d(3)}-{b}"])
        if cc == "RU":
            op = ch(["912", "915", "916", "917", "903", "905", "926", "985", "999", "921", "495"])
            a, b, c = d(3), d(2), d(2)
            return ch([f"+7 {op} {a}-{b}-{c}", f"8 ({op}) {a}-{b}-{c}", f"+7 ({op}) {a}-{b}-{c}",
                       f"8{op}{a}{b}{c}", f"+7{op}{a}{b}{c}", f"+7 {op} {a} {b} {c}"])
        if cc == "IT":
            if r.random() < 0.8:
                m = "3" + str(ch([2, 3, 4, 5, 6, 8, 9])) + str(r.randint(0, 9)) + d(7)
                return ch([f"{m[:3]} {m[3:6]} {m[6:]}", f"+39 {m[:3]} {m[3:6]} {m[6:]}", f"+39 {m[:3]} {m[3:]}",
                           m, f"{m[:3]}-{m[3:]}"])
            return ch([f"06 {d(4)} {d(4)}", f"+39 02 {d(4)} {d(4)}", f"02 {d(8)}"])
        if cc == "NL":
            if r.random() < 0.8:
                m = d(8)
                return ch([f"06-{m}", f"06 {m[:4]} {m[4:]}", f"+31 6 {m}", f"+31 (0)6 {m[:4]} {m[4:]}",
                           f"+316{m}", f"06{m}"])
            return ch([f"020-{self.dn(7)}", f"010 {self.dn(3)} {d(4)}", f"+31 20 {self.dn(3)} {d(4)}"])
        if cc == "PL":
            m = ch("5678") + d(8)
            return ch([f"{m[:3]} {m[3:6]} {m[6:]}", f"+48 {m[:3]} {m[3:6]} {m[6:]}", f"+48 {m[:3]}-{m[3:6]}-{m[6:]}",
                       f"+48{m}", f"{m[:3]}-{m[3:6]}-{m[6:]}"])
        if cc == "TR":
            m = "5" + ch(["30", "32", "33", "35", "36", "41", "42", "43", "44", "05", "06", "07", "52", "53", "54", "55"]) + d(7)
            return ch([f"0{m[:3]} {m[3:6]} {m[6:8]} {m[8:]}", f"+90 {m[:3]} {m[3:6]} {m[6:8]} {m[8:]}",
                       f"(0{m[:3]}) {m[3:6]} {m[6:]}", f"+90{m}", f"0{m}"])
        if cc == "VN":
            m = ch(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "38", "39", "70",
                    "76", "77", "79", "83", "84", "85", "86", "88", "89"]) + d(7)
            return ch([f"0{m[:2]} {m[2:5]} {m[5:]}", f"+84 {m[:2]} {m[2:5]} {m[5:]}", f"0{m}",
                       f"+84 {m[:3]} {m[3:6]} {m[6:]}", f"+84{m}"])
        raise ValueError(cc)

    def hotline(self):
        r, d = self.r, self.d
        return r.choice([f"400-{d(3)}-{d(4)}", f"400 {d(3)} {d(4)}", f"1-800-{d(3)}-{d(4)}",
                         f"+1 (888) {d(3)}-{d(4)}", f"0800 {d(3)} {d(4)}", f"1800 {d(3)} {d(3)}",
                         f"800-{d(3)}-{d(4)}", f"4008{d(6)}"])

    def hotline_cn(self):
        d = self.d
        return self.r.choice([f"400-{d(3)}-{d(4)}", f"400 {d(3)} {d(4)}", f"4008{d(6)}", f"800-{d(3)}-{d(4)}", f"95{d(3)}"])

    def masked_phone(self):
        r, d = self.r, self.d
        return r.choice([f"{r.choice(CN_MOBILE)}****{d(4)}", f"+1 ***-***-{d(4)}", f"07*** ***{d(3)}",
                         f"******{d(4)}", f"{r.choice(CN_MOBILE)}****{d(4)}"])

    # ---------------------------------------------------------------- IPs
    def cip(self):
        r = self.r
        if r.random() < 0.12:
            pre = r.choice(V6_PREFIX)
            n = 8 - pre.count(":") - 1
            groups = [f"{r.randint(0, 65535):x}" for _ in range(n)]
            if r.random() < 0.5:
                return f"{pre}:{groups[0]}:{groups[1]}::{groups[-1]}"
            return pre + ":" + ":".join(groups)
        return f"{r.choice(PUB_OCTETS)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def sip(self):
        r = self.r
        c = r.random()
        if c < 0.5:
            return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if c < 0.8:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"

    # ---------------------------------------------------------------- secrets
    def password(self, url_safe=False):
        r = self.r
        if r.random() < 0.45:
            w = r.choice(PW_WORDS)
            w = w.capitalize() if r.random() < 0.7 else w
            return w + str(r.choice([r.randint(1, 99), r.randint(1985, 2025)])) + r.choice(["!", "#", "$", "*", "", "!!"])
        sp = "_-!*." if url_safe else "!@#$%^&*_-+=?"
        n = r.randint(10, 18)
        s = [r.choice(string.ascii_letters + string.digits + sp) for _ in range(n)]
        s[r.randrange(n)] = r.choice(sp)
        s[r.randrange(n)] = r.choice(string.digits)
        return "".join(s)

    def api_key(self):
        r = self.r
        c = r.randrange(7)
        if c == 0:
            return ("STRIPE_SECRET_KEY", "sk_live_" + self.alnum(r.choice([24, 34, 99])))
        if c == 1:
            return ("GITHUB_TOKEN", "ghp_" + self.alnum(36))
        if c == 2:
            return ("SLACK_BOT_TOKEN", f"xoxb-{self.dn(12)}-{self.dn(13)}-{self.alnum(24)}")
        if c == 3:
            return ("SENDGRID_API_KEY", f"SG.{self.b64u(22)}.{self.b64u(43)}")
        if c == 4:
            return ("GOOGLE_MAPS_API_KEY", "AIza" + self.b64u(35))
        if c == 5:
            return ("AWS_SECRET_ACCESS_KEY", "".join(r.choice(string.ascii_letters + string.digits + "+/") for _ in range(40)))
        return ("DOCUSIGN_RSA_PASSPHRASE", self.password())

    def jwt(self):
        r = self.r
        head = r.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                         "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9"])
        body = json.dumps({"sub": self.dn(7), "iat": r.randint(1672531200, 1750000000), "scope": "tenant"})
        pay = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
        return f"{head}.{pay}.{self.b64u(43)}"

    # ---------------------------------------------------------------- documents
    def card(self):
        r = self.r
        kind = r.choices(["visa", "mc", "amex", "disc", "up", "jcb"], [5, 4, 2, 1, 2, 1])[0]
        if kind == "visa":
            pre, n = "4", 16
        elif kind == "mc":
            pre, n = (str(r.randint(51, 55)) if r.random() < 0.8 else str(r.randint(2221, 2720))), 16
        elif kind == "amex":
            pre, n = r.choice(["34", "37"]), 15
        elif kind == "disc":
            pre, n = "6011", 16
        elif kind == "up":
            pre, n = r.choice(["6222", "6228", "6217", "6212", "6225"]), r.choice([16, 19])
        else:
            pre, n = "35" + str(r.randint(28, 89)), 16
        body = pre + self.d(n - len(pre) - 1)
        num = body + _luhn_digit(body)
        sep = r.choice([" ", " ", "-", ""])
        if n == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, n, 4))

    def union_card(self):
        body = self.r.choice(["6222", "6228", "6217", "6225", "6214"]) + self.d(self.r.choice([11, 14]))
        num = body + _luhn_digit(body)
        return num if self.r.random() < 0.6 else " ".join(num[i:i + 4] for i in range(0, len(num), 4))

    def not_card(self):  # 16 digits that fail Luhn
        body = self.dn(15)
        good = int(_luhn_digit(body))
        return body + str((good + self.r.randint(1, 9)) % 10)

    def mask_card(self):
        r, d = self.r, self.d
        return r.choice([f"****{d(4)}", f"**** **** **** {d(4)}", f"4{d(3)} **** **** {d(4)}",
                         f"XXXX-XXXX-XXXX-{d(4)}", f"ending {d(4)}", f"{r.choice(['5', '4'])}{d(5)}******{d(4)}"])

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(list(IBAN_SPEC))
        bban = ""
        for kind, n in IBAN_SPEC[cc]:
            if kind == "n":
                bban += self.d(n)
            elif kind == "a":
                bban += self.L(n)
            elif kind == "z":
                bban += "0"
            else:
                bban += r.choice(IBAN_BANKS[cc])
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        ib = f"{cc}{98 - int(num) % 97:02d}{bban}"
        if r.random() < 0.5:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib, cc

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        fmt = r.choices(["-", " ", ""], [8, 1, 1])[0]
        return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"

    def mask_ssn(self):
        return self.r.choice([f"***-**-{self.d(4)}", f"XXX-XX-{self.d(4)}", f"*****{self.d(4)}"])

    def passport(self, cc):
        r, d, L = self.r, self.d, self.L
        if cc == "US":
            return r.choice([self.dn(9), L(1) + d(8)])
        if cc == "GB":
            return self.dn(9)
        if cc == "CN":
            return r.choice(["E" + d(8), "E" + L(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + d(7), "G" + d(8)])
        if cc == "DE":
            return r.choice("CFGHJK") + L(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return d(2) + L(2) + d(5)
        if cc == "IN":
            return L(1, "ABCEGHJKLMNPRSTUVWZ") + d(7)
        if cc == "JP":
            return r.choice(["TK", "TR", "TZ", "MZ", "TS", "RE"]) + d(7)
        if cc == "KR":
            return r.choice(["M" + d(8), "M" + d(3) + L(1) + d(4)])
        if cc == "RU":
            return r.choice([d(2) + " " + d(7), "7" + d(8)])
        if cc in ("IT", "PL"):
            return L(2) + d(7)
        if cc == "ES":
            return L(3) + d(6)
        if cc == "NL":
            return L(2) + L(6, PLATE_L + "0123456789") + d(1)
        if cc == "BR":
            return L(2) + d(6)
        if cc == "TR":
            return "U" + d(8)
        if cc == "VN":
            return r.choice("BCN") + d(7)
        if cc == "AU":
            return r.choice(["PA", "PB", "PE", "N", "E"]) + d(7)
        if cc == "TW":
            return "3" + d(8)
        raise ValueError(cc)

    def cnid(self):
        r = self.r
        b = _dt.date(1950, 1, 1) + _dt.timedelta(days=r.randint(0, 20000))
        body = r.choice(CN_REGIONS) + b.strftime("%Y%m%d") + self.d(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]

    def mask_cnid(self):
        r = self.r
        return r.choice([f"{r.choice(CN_REGIONS)}********{self.d(3)}{r.choice('0123456789X')}",
                         f"{r.choice(CN_REGIONS)[:3]}***********{self.d(4)}", f"**************{self.d(4)}"])

    def plate(self, cc):
        r, d, L = self.r, self.d, self.L
        if cc == "CN":
            prov = r.choice(CN_PROV) + r.choice("ABCDEFGH")
            if r.random() < 0.3:
                tail = r.choice("DF") + d(5)
            else:
                tail = "".join(r.choice("0123456789") if r.random() < 0.75 else r.choice(PLATE_L) for _ in range(5))
            return prov + r.choice(["", "·", "·", " "]) + tail
        if cc == "US":
            return r.choice([f"{r.randint(1, 9)}{L(3)}{d(3)}", f"{L(3)}-{d(4)}", f"{L(3)}{d(4)}", f"{L(3)} {d(3)}"])
        if cc == "GB":
            return f"{L(2, PLATE_L)}{r.choice(['19', '20', '69', '70', '21', '71', '22', '72', '23', '73', '24'])} {L(3, 'ABCDEFGHJKLMNOPRSTUVWXY')}"
        if cc == "DE":
            return f"{r.choice(['B', 'M', 'HH', 'K', 'F', 'S', 'D', 'HB', 'L', 'DO'])}{r.choice(['-', ' '])}{L(r.randint(1, 2))} {r.randint(1, 9999)}"
        if cc == "FR":
            return f"{L(2, PLATE_L)}-{d(3)}-{L(2, PLATE_L)}"
        if cc == "NL":
            return r.choice([f"{L(2)}-{d(3)}-{L(1)}", f"{d(1)}-{L(3)}-{d(2)}", f"{L(3)}-{d(2)}-{L(1)}"])
        if cc == "IT":
            return f"{L(2, PLATE_L)} {d(3)}{r.choice(['', ' '])}{L(2, PLATE_L)}"
        if cc == "ES":
            return f"{d(4)} {L(3, 'BCDFGHJKLMNPRSTVWXYZ')}"
        if cc == "JP":
            return f"{r.choice(['品川', '練馬', '横浜', '世田谷', '大阪', '名古屋'])} {r.choice(['3', '5'])}{d(2)} {r.choice('あいうえかさすせたなはまやらわ')} {d(2)}-{d(2)}"
        if cc == "KR":
            return f"{d(r.choice([2, 3]))}{r.choice('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주')} {d(4)}"
        if cc == "TW":
            return f"{L(3, PLATE_L)}-{d(4)}"
        if cc == "SG":
            return f"S{L(2, PLATE_L)} {r.randint(1, 9999)} {L(1, PLATE_L)}"
        if cc == "AU":
            return r.choice([f"{L(3)}{d(2)}{L(1)}", f"{d(1)}{L(2)} {d(1)}{L(2)}", f"{L(3)}-{d(3)}"])
        raise ValueError(cc)

    # ---------------------------------------------------------------- decoy ids
    def lid(self):
        r = self.r
        return r.choice([f"LST-{r.randint(2021, 2025)}-{self.d(6)}", f"NB{self.d(8)}", f"L{self.dn(7)}",
                         f"RNT-{self.L(2)}-{self.d(5)}"])

    def lease_id(self):
        return self.r.choice([f"LSE-{self.d(7)}", f"LEASE-{self.r.randint(2022, 2025)}-{self.d(5)}"])

    def cn_contract(self):
        return f"HT{self.dt():%Y%m%d}{self.d(4)}"

    def cn_lid(self):
        return f"{self.r.choice(['BJ', 'SH', 'SZ', 'GZ', 'HZ', 'CD'])}-{self.L(2)}-{self.d(6)}"

    def money(self, cur, lo, hi, step=50, dec=False):
        v = self.r.randint(lo // step, hi // step) * step
        s = f"{v:,.2f}" if dec else f"{v:,}"
        if cur == "EUR":
            s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
            return f"{s} €"
        if cur == "CNY":
            return self.r.choice([f"¥{s}", f"￥{s}", f"{v}元"])
        pre = {"USD": "$", "GBP": "£", "AUD": "A$", "CAD": "C$", "SGD": "S$", "HKD": "HK$",
               "AED": "AED ", "TWD": "NT$", "BRL": "R$ ", "KRW": "₩", "JPY": "¥"}[cur]
        if cur == "BRL":
            s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return pre + s

    def sha(self):
        return self.hex(64)


# ====================================================================== templates
T = []


def tpl(fn):
    T.append(fn)
    return fn


# ---------------------------------------------------------------- English
@tpl  # syslog: viewing booked
def _t(g):
    r = g.r
    b, a = g.person(), g.agent()
    return [(g.ts_sys(), "timestamp"), " ", (g.host(), "hostname"), f" viewing-svc[{r.randint(900, 32000)}]: viewing booked listing=",
            (g.lid(), "listing_id"), ' buyer="', (b.full, "PERSON"), '" tel=', (g.phone(b), "PHONE_NUMBER"),
            " agent=", (g.uname(a), "PERSON"), " slot=", (g.ts_iso(), "timestamp")]


@tpl  # nginx access log
def _t(g):
    r = g.r
    lid = g.lid()
    path = r.choice([f"/api/v2/listings/{lid}/photos?page={r.randint(1, 9)}", "/rent/austin-tx?beds=2&max=2500",
                     f"/api/v2/viewings/{g.d(6)}", "/static/js/app.9f3c1e.js", f"/listing/{lid}/contact",
                     "/buy/london/e14?sort=newest", "/api/v2/me/applications", f"/api/v2/leases/{g.d(7)}/pdf"])
    user = ["-"] if r.random() < 0.6 else [(g.uname(g.person()), "PERSON")]
    ua = r.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/122.0.0.0", "NestBridge/5.12.0 (Android 14)",
                   "okhttp/4.12.0"])
    return [(g.cip(), "IP_ADDRESS"), " - "] + user + [" [", (g.ts_clf(), "timestamp"), '] "', r.choice(["GET", "GET", "POST"]),
                                                      f' {path} HTTP/1.1" {r.choice([200, 200, 304, 404, 302])} {r.randint(120, 90000)} "https://www.nestbridge.com/" "{ua}"']


@tpl  # JSON lease.signed, random key style
def _t(g):
    r = g.r
    t = g.person()
    landlord = (g.person().full, "PERSON") if r.random() < 0.5 else (g.company(), "company")
    cur = r.choice(["USD", "GBP", "AUD", "CAD"])
    pairs = [("event", "lease.signed"), ("lease id", (g.lease_id(), "lease_id")), ("tenant name", (t.full, "PERSON")),
             ("tenant email", (g.email(t), "EMAIL_ADDRESS")), ("landlord name", landlord),
             ("monthly rent", (r.randint(18, 90) * 50, "amount")), ("currency", cur),
             ("deposit held", (r.randint(20, 180) * 50, "amount")), ("signed via", ("DocuSign", "company")),
             ("signer ip", (g.cip(), "IP_ADDRESS")), ("signed at", (g.ts_iso(), "timestamp"))]
    return J(pairs, style=r.choice(["camel", "snake", "pascal"]), compact=r.random() < 0.5)


@tpl  # smart lock: code issued
def _t(g):
    r = g.r
    p = g.person()
    by = (g.uname(g.agent()), "PERSON") if r.random() < 0.5 else (r.choice(SVC_ACCOUNTS), "service_account")
    return [(g.ts_iso(), "timestamp"), f" lockd[{r.randint(100, 9999)}] INFO code_issued device=", (f"LK-{g.hex(4).upper()}-{g.hex(4).upper()}", "device_id"),
            " mac=", (g.mac(), "mac"), " code=", (g.d(r.choice([4, 6, 6, 8])), "CREDENTIAL"), ' recipient="', (p.full, "PERSON"),
            '" phone=', (g.phone(p), "PHONE_NUMBER"), " valid_until=", (g.ts_iso(), "timestamp"), " issued_by=", by]


@tpl  # smart lock: unlock event, no personal data
def _t(g):
    r = g.r
    return [(g.ts_iso(), "timestamp"), f" lockd[{r.randint(100, 9999)}] INFO unlock device=", (f"LK-{g.hex(4).upper()}-{g.hex(4).upper()}", "device_id"),
            f" method={r.choice(['keypad', 'fingerprint', 'app', 'nfc', 'mechanical_key'])} result={r.choice(['ok', 'ok', 'ok', 'denied', 'jammed'])}",
            f" battery={r.randint(3, 100)}% fw=", (g.ver(), "version"), " gw=", (g.sip(), "server_ip"), " vendor=", (r.choice(LOCK_VENDORS), "product")]


@tpl  # maintenance: staff note
def _t(g):
    r = g.r
    a, p = g.agent(), g.person()
    issue = r.choice(["leaking kitchen faucet", "no hot water since Sunday", "mould on the bathroom ceiling",
                      "broken intercom", "dishwasher not draining", "heating stuck on", "smoke alarm chirping",
                      "front door lock jammed", "washing machine flooding"])
    return ["[", (f"WO-{g.d(6)}", "work_order"), "] note by ", (a.first, "PERSON"), ": Tenant ", (p.full, "PERSON"),
            f" in unit {r.randint(1, 30)}{r.choice('ABCDEF')} called from ", (g.phone(p), "PHONE_NUMBER"), f" re: {issue}. ",
            r.choice(["Plumber", "Handyman", "Electrician"]), f" booked {r.choice(['Mon', 'Tue', 'Thu', 'Fri'])} AM via ", (g.company(), "company"),
            ". Lockbox code is ", (g.d(4), "CREDENTIAL"), ", keys inside."]


@tpl  # tenant screening JSON snake
def _t(g):
    r = g.r
    p = g.person("en_US")
    pairs = [("applicant_id", (f"AP-{g.d(7)}", "applicant_id")), ("applicant_name", (p.full, "PERSON")),
             ("ssn", (g.ssn(), "US_SSN")), ("bureau", (r.choice(["TransUnion", "Experian", "Equifax"]), "company")),
             ("credit_score", (r.randint(520, 830), "score")), ("income_verified", r.random() < 0.7),
             ("monthly_income", (r.randint(30, 200) * 100, "amount")), ("decision", r.choice(["approve", "review", "decline"])),
             ("report_id", (g.uuid(), "report_id"))]
    return J(pairs, compact=r.random() < 0.4)


@tpl  # mortgage pre-approval key=value
def _t(g):
    r = g.r
    p = g.person("en_US")
    out = ["preapproval.issued ref=", (f"PA-{g.d(8)}", "preapproval_id"), ' borrower="', (p.full, "PERSON"), '"']
    if r.random() < 0.4:
        out += [' co_borrower="', (g.person("en_US").full, "PERSON"), '"']
    out += [" loan_amount=", (g.money("USD", 150000, 1500000, 1000), "amount"), " lender=", (r.choice(LENDERS), "company"),
            " investor=", (r.choice(["Fannie Mae", "Freddie Mac", "Ginnie Mae"]), "company"), " ssn=", (g.mask_ssn(), "masked"),
            f" rate={r.randint(5, 7)}.{r.choice(['125', '25', '375', '5', '625', '875'])}% expires=", (g.date(), "timestamp")]
    return out


@tpl  # escrow wire with IBAN
def _t(g):
    r = g.r
    ib, cc = g.iban()
    p = g.person(IBAN_LOC[cc])
    cur = "GBP" if cc == "GB" else "EUR"
    return ["escrow: wire received from ", (p.full, "PERSON"), " IBAN ", (ib, "IBAN_CODE"), " amount ", (g.money(cur, 5000, 400000, 100, True), "amount"),
            " for sale ", (f"SALE-{g.d(6)}", "sale_id"), "; escrow acct ", (f"ESC-{r.randint(2022, 2025)}-{g.d(5)}", "escrow_account"),
            " balance ", (g.money(cur, 5000, 900000, 100, True), "amount")]


@tpl  # card payment for deposit
def _t(g):
    r = g.r
    p = g.person()
    holder = p.full.upper() if (not p.cjk and r.random() < 0.4) else p.full
    return ["payment.captured id=", ("ch_" + g.alnum(24), "payment_id"), " card=", (g.card(), "CREDIT_CARD"),
            " exp=", (f"{r.randint(1, 12):02d}/{r.randint(25, 31)}", "expiry"), ' holder="', (holder, "PERSON"), '" amount=',
            (g.money(r.choice(["USD", "GBP", "AUD"]), 200, 9000, 50, True), "amount"),
            f" purpose={r.choice(['security_deposit', 'holding_deposit', 'first_month_rent', 'application_fee'])} lease=", (g.lease_id(), "lease_id")]


@tpl  # autopay: masked card only
def _t(g):
    r = g.r
    return ["rent.autopay status=", r.choice(["ok", "ok", "retry", "failed"]), " tenant_id=", (f"TN-{g.d(7)}", "tenant_id"),
            " card=", (g.mask_card(), "masked"), " amount=", (g.money(r.choice(["USD", "GBP"]), 700, 6000, 25, True), "amount"),
            " next_run=", (g.date(), "timestamp"), " attempt=1/3 processor=", ("Stripe", "company"), " txn=", (g.not_card(), "txn_id")]


@tpl  # Python traceback, provider timeout, no personal data
def _t(g):
    r = g.r
    return [f'Traceback (most recent call last): File "/srv/screening/client.py", line {r.randint(40, 400)}, in fetch_report -> requests.exceptions.ReadTimeout: HTTPSConnectionPool(host=',
            "'", (r.choice(["api.smartmove.transunion.com", "rentbureau.experian.com", "api.goodlord.co"]), "hostname"),
            "', port=443): Read timed out. (read timeout=30) report_id=", (g.uuid(), "report_id"), " upstream=", (g.sip(), "server_ip")]

@tpl  # Java exception with e-mail
def _t(g):
    r = g.r
    p = g.person()
    return [(g.ts_iso(), "timestamp"), " ERROR [lease-svc,", (g.hex(16), "trace_id"),
            "] c.n.lease.LeaseService - com.nestbridge.lease.DuplicateTenantException: email ", (g.email(p), "EMAIL_ADDRESS"),
            " already bound to lease ", (g.lease_id(), "lease_id"),
            f" at com.nestbridge.lease.LeaseService.addTenant(LeaseService.java:{r.randint(50, 900)})"]


@tpl  # e-mail header
def _t(g):
    r = g.r
    p = g.person()
    mid = (f"{g.hex(24)}@mail.gmail.com", "message_id")
    if r.random() < 0.5:
        return ['From: "', (p.full, "PERSON"), '" <', (g.email(p), "EMAIL_ADDRESS"), "> To: ", (g.role_box(), "role_mailbox"),
                " Subject: Re: Viewing at ", (g.addr(), "listing_address"), " Message-ID: <", mid, ">"]
    return ["From: NestBridge Lettings <", (g.role_box(), "role_mailbox"), '> To: "', (p.full, "PERSON"), '" <', (g.email(p), "EMAIL_ADDRESS"),
            "> Subject: Your offer on ", (g.addr(), "listing_address"), " was accepted Message-ID: <", mid, ">"]


@tpl  # CSV listing export with agent contact
def _t(g):
    r = g.r
    a = g.agent()
    an = f"{a.last}, {a.first}" if (not a.cjk and r.random() < 0.4) else a.full
    cur = r.choice(["USD", "GBP", "AUD"])
    return [(g.lid(), "listing_id"), f',"{r.choice(PTYPES_EN)}",{r.choice(CITIES_EN)},"', (g.money(cur, 900, 9000, 25), "amount"), '","',
            (an, "PERSON"), '",', (g.phone(a), "PHONE_NUMBER"), ",", (g.email(a, work=True), "EMAIL_ADDRESS"),
            f",{r.choice(['active', 'let_agreed', 'under_offer', 'withdrawn'])},", (g.date(), "timestamp")]


@tpl  # CSV listing row, no personal data
def _t(g):
    r = g.r
    return [(g.lid(), "listing_id"), f",{r.choice(CITIES_EN)},", (str(r.randint(90, 4000) * 500), "amount"),
            f",{r.randint(350, 4200)},{r.randint(0, 5)},{r.randint(1, 4)},{r.choice(['for_sale', 'for_rent', 'sold', 'let'])},",
            (g.ts_iso(), "timestamp"), ",", (f"AG-{g.d(5)}", "agent_id")]


@tpl  # audit trail: staff export
def _t(g):
    r = g.r
    return ["AUDIT ", (g.ts_iso(), "timestamp"), " actor=", (g.uname(g.agent()), "PERSON"),
            f" role={r.choice(['agent', 'branch_manager', 'leasing_coordinator'])} action={r.choice(['EXPORT_TENANT_LIST', 'VIEW_SCREENING_REPORT', 'DOWNLOAD_LEASE_PDF', 'BULK_SMS'])} target=",
            (f"portfolio/PF-{g.d(5)}", "resource_id"), f" rows={r.randint(1, 5000)} ip=", (g.cip(), "IP_ADDRESS"), " result=success"]


@tpl  # audit trail: system account, no personal data
def _t(g):
    r = g.r
    return ["AUDIT ", (g.ts_iso(), "timestamp"), " actor=", (r.choice(SVC_ACCOUNTS), "service_account"),
            f" role=system action={r.choice(['ROTATE_SIGNING_KEY', 'PURGE_EXPIRED_APPLICATIONS', 'REINDEX_LISTINGS', 'ARCHIVE_LEASES'])} kid=",
            (g.hex(16), "key_id"), " ip=", (g.sip(), "server_ip"), " host=", (g.host(), "hostname"), " result=success"]


@tpl  # DocuSign envelope status, no personal data
def _t(g):
    r = g.r
    return ["webhook provider=docusign envelopeId=", (g.uuid(), "envelope_id"), f" status={r.choice(['sent', 'delivered', 'completed', 'voided'])} template=",
            (r.choice(["AST-England-v7", "NY-Lease-2024", "NSW-Residential-Tenancy"]), "template_name"), " sentAt=", (g.ts_iso(), "timestamp"),
            " account=", (g.uuid(), "account_id"), " hmac=", (g.sha(), "hash")]

@tpl  # Stripe webhook JSON
def _t(g):
    r = g.r
    p = g.person()
    bill = O([("name", (p.full, "PERSON")), ("email", (g.email(p), "EMAIL_ADDRESS")), ("phone", (g.phone(p), "PHONE_NUMBER"))])
    obj = O([("amount", (r.randint(200, 9000) * 100, "amount")), ("currency", r.choice(["usd", "gbp", "aud"])),
             ("billing_details", bill),
             ("payment_method_details", O([("card", O([("brand", r.choice(["visa", "mastercard", "amex"])), ("last4", (g.d(4), "masked")),
                                                       ("exp_month", r.randint(1, 12)), ("exp_year", r.randint(2025, 2031))]))])),
             ("metadata", O([("lease_id", (g.lease_id(), "lease_id"))]))])
    return ["stripe.webhook "] + J([("id", ("evt_" + g.alnum(24), "event_id")), ("type", "charge.succeeded"), ("data", O([("object", obj)]))],
                                   compact=r.random() < 0.5)


@tpl  # exported complaint ticket
def _t(g):
    r = g.r
    p, a = g.person(), g.agent()
    u2 = f"{r.randint(1, 20)}{r.choice('ABCD')}"
    body = r.choice([
        [f"Neighbour in {u2} plays loud music after 11pm every night, I told ", (a.first, "PERSON"), " twice"],
        ["Deposit still not returned 6 weeks after move-out, ", (a.first, "PERSON"), " stopped answering"],
        ["Heating broken for 9 days, nobody from ", (g.company(), "company"), " came"],
        [f"Car park gate code changed without notice, residents of {u2} locked out"]])
    return ["#", (f"TCK-{g.d(6)}", "ticket_id"), "|Complaint|Reported by: ", (p.full, "PERSON"), " <", (g.email(p), "EMAIL_ADDRESS"),
            f">|Unit {r.randint(1, 20)}{r.choice('ABCD')}|\""] + body + ['"|Assignee: ', (g.uname(a), "PERSON"),
                                                                         f"|Status: {r.choice(['open', 'pending', 'escalated'])}"]


@tpl  # listing copy with a famous person, no personal data
def _t(g):
    r = g.r
    fam = r.choice(FAMOUS_EN)
    pre, post = r.choice([("", "-inspired 4BR ranch"), ("Steps from ", "'s former home"), ("Blue plaque: ", " lived here"),
                          ("Loft where ", " wrote a hit")])
    return ["listing.updated id=", (g.lid(), "listing_id"), f' title="{pre}', (fam, "public_figure"), f'{post}" price=',
            (g.money("USD", 300000, 4000000, 5000), "amount"), " prev=", (g.money("USD", 300000, 4000000, 5000), "amount"),
            " agent_id=", (f"AG-{g.d(5)}", "agent_id"), " by=", (r.choice(SVC_ACCOUNTS), "service_account")]


@tpl  # DB connection string with password
def _t(g):
    r = g.r
    return ["psycopg2.OperationalError: could not connect to server: Connection refused (dsn=postgresql://",
            (r.choice(["lease_app", "nb_rw", "screening_svc", "postgres"]), "service_account"), ":", (g.password(url_safe=True), "CREDENTIAL"),
            "@", (f"db-{r.choice(['leases', 'crm', 'listings'])}-0{r.randint(1, 4)}.internal", "hostname"), f":5432/{r.choice(['leases', 'crm', 'listings'])})"]


@tpl  # config dump leaking a secret
def _t(g):
    r = g.r
    k, v = g.api_key()
    return [f"config: loaded env {k}=", (v, "CREDENTIAL"), " MAPBOX_STYLE=", ("mapbox://styles/nestbridge/" + g.alnum(25).lower(), "url"),
            " LOG_LEVEL=info AWS_REGION=", (r.choice(["us-east-1", "eu-west-2", "ap-southeast-1", "me-central-1"]), "region"),
            " BUILD=", (g.hex(7), "hash")]


@tpl  # password reset leaks temp password
def _t(g):
    p = g.person()
    return ["auth: password reset completed for ", (g.email(p), "EMAIL_ADDRESS"), " temp_password=", (g.password(), "CREDENTIAL"),
            " sent_via=email request_id=", (g.uuid(), "request_id")]


@tpl  # HTTP debug with bearer token
def _t(g):
    r = g.r
    return [f"DEBUG http.request {r.choice(['GET', 'PATCH', 'POST'])} {r.choice(['/api/v2/tenants/me', '/api/v2/me/viewings', '/api/v2/applications/current'])} headers={{Authorization: Bearer ",
            (g.jwt(), "CREDENTIAL"), ", X-Forwarded-For: ", (g.cip(), "IP_ADDRESS"), ", ", (g.sip(), "lb_ip"), "} ua=",
            (f"NestBridge/5.{r.randint(0, 14)}.{r.randint(0, 9)} (Android {r.randint(11, 15)})", "user_agent")]


@tpl  # key handover note with passport
def _t(g):
    r = g.r
    p, a = g.person(), g.agent()
    cc = LOC2CC[p.loc]
    return ["Key handover ", (g.lease_id(), "lease_id"), ": 2x front door, 1x mailbox, fob ", (f"F-{g.d(4)}", "fob_id"), " handed to ",
            (p.full, "PERSON"), ". ID checked: passport ", (g.passport(cc), "PASSPORT"), f" ({NAT_EN[cc]}). Witness: ", (a.full, "PERSON"), "."]


@tpl  # parking permit with plate
def _t(g):
    r = g.r
    cc = r.choice(["GB", "US", "DE", "FR", "NL", "AU", "SG", "IT", "ES"])
    loc = {"GB": "en_GB", "US": "en_US", "DE": "de_DE", "FR": "fr_FR", "NL": "nl_NL", "AU": "en_AU", "SG": "zh_CN",
           "IT": "it_IT", "ES": "es_ES"}[cc]
    p = g.person(loc)
    return ["parking.permit issued bay=", (f"P{r.randint(1, 4)}-{r.randint(1, 80)}", "bay"), " plate=", (g.plate(cc), "LICENSE_PLATE"),
            ' tenant="', (p.full, "PERSON"), '" vehicle=', (r.choice(["Tesla Model 3", "VW Golf", "Toyota Prius", "BMW X1", "Kia Niro"]), "product"),
            " valid_to=", (g.date(), "timestamp")]


@tpl  # mortgage application JSON PascalCase
def _t(g):
    r = g.r
    p, a = g.person("en_US"), g.agent(("en_US",))
    pairs = [("ApplicationId", (f"MA-{g.d(8)}", "application_id")), ("ApplicantName", (p.full, "PERSON")), ("SSN", (g.ssn(), "US_SSN")),
             ("AnnualIncome", (r.randint(40, 400) * 1000, "amount")), ("EmployerName", (g.company(), "company")),
             ("MobilePhone", (g.phone_cc("US"), "PHONE_NUMBER")), ("LoanOfficer", (a.full, "PERSON")),
             ("Investor", (r.choice(["Fannie Mae", "Freddie Mac"]), "company")), ("Status", "PreApproved")]
    return J(pairs, compact=r.random() < 0.5)


@tpl  # Singapore office
def _t(g):
    r = g.r
    p, a = g.person(r.choice(["zh_CN", "en_IN", "en_GB", "en_US", "ja_JP"])), g.agent(("zh_CN", "en_IN", "en_GB"))
    return ["[SG] viewing booked: ", (p.full, "PERSON"), " (", (g.phone_cc("SG"), "PHONE_NUMBER"), ") at ", (r.choice(SG_ADDR), "listing_address"),
            ", NRIC ", (f"{r.choice('ST')}****{g.d(3)}{r.choice(PLATE_L)}", "masked"), ", agent ", (a.full, "PERSON"),
            " CEA reg ", (f"R{g.d(6)}{r.choice(UPPER)}", "agent_licence")]


@tpl  # Dubai office: Ejari
def _t(g):
    r = g.r
    p = g.person(r.choice(["en_IN", "ru_RU", "en_GB", "fr_FR", "de_DE", "it_IT", "tr_TR"]))
    return ["[DXB] Ejari registration submitted contract=", (f"EJ-{g.d(10)}", "contract_id"), " tenant=", (p.full, "PERSON"),
            " passport=", (g.passport(LOC2CC[p.loc]), "PASSPORT"), " mobile=", (g.phone_cc("AE"), "PHONE_NUMBER"),
            " landlord=", (g.r.choice(g.co_en) + " LLC", "company"), " rent=", (g.money("AED", 45000, 400000, 1000), "amount")]


@tpl  # London office: Right to Rent
def _t(g):
    r = g.r
    p = g.person(r.choice(["en_GB", "en_GB", "pl_PL", "en_IN", "es_ES", "it_IT", "pt_BR", "vi_VN"]))
    a = g.agent(("en_GB",))
    cc = LOC2CC[p.loc]
    return ["[LDN] Right to Rent check PASSED for ", (p.full, "PERSON"), ", passport ", (g.passport(cc), "PASSPORT"),
            f" ({NAT_EN[cc]}), checked by ", (a.full, "PERSON"), " on ", (g.date(), "timestamp"), " ref ", (f"RTR-{g.d(6)}", "check_id")]


@tpl  # Sydney office: bond
def _t(g):
    r = g.r
    p = g.person(r.choice(["en_AU", "en_AU", "zh_CN", "en_IN", "vi_VN", "ko_KR"]))
    return ["[SYD] bond lodged ", (g.money("AUD", 1600, 9000, 50), "amount"), " with NSW Fair Trading, bond no ", (g.dn(7), "bond_id"),
            " tenant ", (p.full, "PERSON"), " mobile ", (g.phone_cc("AU"), "PHONE_NUMBER"), " email ", (g.email(p), "EMAIL_ADDRESS")]


@tpl  # Toronto office: offer
def _t(g):
    r = g.r
    p = g.person(r.choice(["en_US", "en_US", "zh_CN", "en_IN", "fr_FR", "ko_KR"]))
    a = g.agent(("en_US", "en_GB"))
    return ["[YYZ] offer received on MLS# ", ("X" + g.d(7), "mls_number"), " from ", (p.full, "PERSON"), " (", (g.phone_cc("CA"), "PHONE_NUMBER"),
            ") via ", (a.full, "PERSON"), " of ", (r.choice(RE_COMPANIES), "company"), ", deposit ", (g.money("CAD", 10000, 150000, 1000), "amount"),
            " irrevocable until ", (g.ts_iso(), "timestamp")]


@tpl  # metrics, no personal data
def _t(g):
    r = g.r
    return ["metrics ts=", (g.ts_iso(), "timestamp"), f" listings.active={r.randint(1000, 90000)} viewings.today={r.randint(10, 3000)}",
            f" leases.signed={r.randint(0, 400)} lock.offline={r.randint(0, 60)} p95_ms={r.randint(40, 900)} host=", (g.host(), "hostname")]


@tpl  # cron, service account
def _t(g):
    r = g.r
    cmd = r.choice(["/opt/nestbridge/bin/sync_mls.sh --region=us-west", "/usr/bin/python3 -m nb.jobs.expire_holds",
                    "/opt/nestbridge/bin/rotate_lock_codes --dry-run", "pg_dump leases | gzip > /backup/leases.sql.gz"])
    return [(g.ts_sys(), "timestamp"), " ", (g.host(), "hostname"), f" CRON[{r.randint(1000, 60000)}]: (",
            (r.choice(["jenkins", "root", "www-data", "svc-backup", "airflow"]), "service_account"), f") CMD ({cmd})"]


@tpl  # Kafka record, dotted JSON
def _t(g):
    r = g.r
    p = g.person()
    pairs = [("event.type", "viewing.cancelled"), ("buyer.name", (p.full, "PERSON")), ("buyer.phone", (g.phone(p), "PHONE_NUMBER")),
             ("listing.id", (g.lid(), "listing_id")), ("cancel.reason", r.choice(["found another place", "price too high", "sick", "no reason"])),
             ("agent.id", (f"AG-{g.d(5)}", "agent_id")), ("ts", (g.ts_iso(), "timestamp"))]
    return [f"kafka consumer=viewings-sink partition={r.randint(0, 11)} offset={r.randint(1000, 9999999)} value="] + J(pairs, compact=r.random() < 0.5)


@tpl  # tenant chat message
def _t(g):
    r = g.r
    p = g.person()
    return ["chat.msg conv=", (f"C{g.hex(10)}", "conversation_id"), " from=tenant text=\"hi it's ", (p.first, "PERSON"),
            f" from {r.randint(1, 20)}{r.choice('ABCD')}, my new number is ", (g.phone(p), "PHONE_NUMBER"), " and the door code you sent (",
            (g.d(r.choice([4, 6])), "CREDENTIAL"), ") doesn't work\""]


@tpl  # direct debit e-mail with IBAN
def _t(g):
    r = g.r
    ib, cc = g.iban(r.choice(["GB", "DE", "NL", "IE", "FR", "ES", "IT"]))
    p = g.person(IBAN_LOC[cc])
    cur = "GBP" if cc == "GB" else "EUR"
    return ["mail.out to=", (g.email(p), "EMAIL_ADDRESS"), ' subject="Your rent direct debit" body="Dear ', g.mr(p), " ", (p.last, "PERSON"),
            ", we will collect ", (g.money(cur, 500, 4000, 5, True), "amount"), " on ", (g.date(), "timestamp"), " from your account ",
            (ib, "IBAN_CODE"), ". Mandate ref ", (f"MNDT-{g.d(8)}", "mandate_id"), '."']


@tpl  # landlord payout
def _t(g):
    r = g.r
    ib, cc = g.iban()
    p = g.person(IBAN_LOC[cc])
    cur = "GBP" if cc == "GB" else "EUR"
    return ['payout.created landlord="', (p.full, "PERSON"), '" iban=', (ib, "IBAN_CODE"), " amount=", (g.money(cur, 400, 9000, 5, True), "amount"),
            " fee=", (g.money(cur, 20, 900, 5, True), "amount"), f" period={r.randint(2023, 2025)}-{r.randint(1, 12):02d} ref=", (f"PO-{g.d(9)}", "payout_id")]


@tpl  # deposit dispute, no personal data
def _t(g):
    r = g.r
    return ["deposit.dispute opened case=", (f"DSP-{g.d(6)}", "case_id"), " lease=", (g.lease_id(), "lease_id"), " claimed=",
            (g.money("GBP", 100, 5000, 10, True), "amount"), " evidence=[", (g.sha(), "hash"), ",", (g.sha(), "hash"), "] scheme=",
            (r.choice(["TDS", "DPS", "mydeposits"]), "company")]


@tpl  # screening summary, no personal data
def _t(g):
    r = g.r
    return ["screening.completed applicant_id=", (f"AP-{g.d(7)}", "applicant_id"), f" evictions={r.randint(0, 2)} criminal={r.choice(['clear', 'clear', 'review'])}",
            " provider=", (r.choice(["TransUnion SmartMove", "Experian RentBureau", "Goodlord", "HomeLet"]), "company"),
            " score=", (str(r.randint(450, 850)), "score"), f" decision={r.choice(['approve', 'conditional', 'decline'])} model=", (g.ver(), "version")]


@tpl  # smart lock vendor webhook JSON camel
def _t(g):
    r = g.r
    p = g.person()
    by = (g.uname(g.agent()), "PERSON") if r.random() < 0.5 else (r.choice(SVC_ACCOUNTS), "service_account")
    t0 = g.dt()
    pairs = [("deviceId", (g.hex(12), "device_id")), ("event", "guest_code_created"), ("guestName", (p.full, "PERSON")),
             ("pin", (g.d(r.choice([4, 6])), "CREDENTIAL")), ("startsAt", (t0.strftime("%Y-%m-%dT%H:%M:%SZ"), "timestamp")),
             ("endsAt", ((t0 + _dt.timedelta(hours=r.randint(2, 240))).strftime("%Y-%m-%dT%H:%M:%SZ"), "timestamp")),
             ("vendor", (r.choice(LOCK_VENDORS), "product")), ("createdBy", by)]
    return ["lock.webhook "] + J(pairs, compact=r.random() < 0.5)


@tpl  # short-let check-in message with Wi-Fi password and lockbox code
def _t(g):
    r = g.r
    p = g.person()
    return [f"msg.out channel={r.choice(['whatsapp', 'sms', 'sms'])} to=", (g.phone(p), "PHONE_NUMBER"), ' text="Welcome ', (p.first, "PERSON"),
            "! Wi-Fi ", (f"NestGuest-{r.randint(1, 40)}{r.choice('ABC')}", "wifi_ssid"), " / password ", (g.password(), "CREDENTIAL"),
            ". Lockbox code ", (g.d(4), "CREDENTIAL"), '. Checkout by 11:00."']


@tpl  # partner API call with api_key in query
def _t(g):
    r = g.r
    return [f"GET /v1/listings?city={r.choice(CITIES_EN).lower()}&beds={r.randint(1, 4)}&api_key=", ("nbk_live_" + g.alnum(32), "CREDENTIAL"),
            f" 200 {r.randint(3, 900)}ms client=", (g.cip(), "IP_ADDRESS"), " partner=", (g.company(), "company")]


@tpl  # WAF, attacker IP
def _t(g):
    r = g.r
    return ["waf: blocked ", r.choice(["SQLi", "XSS", "credential-stuffing", "path-traversal"]), " attempt from ", (g.cip(), "IP_ADDRESS"),
            " on POST /api/v2/login rule=", (str(r.choice([942100, 941100, 930120, 913100])), "rule_id"), " edge=", (g.sip(), "server_ip")]


@tpl  # deploy, no personal data
def _t(g):
    r = g.r
    return ["deploy ", r.choice(["lease-api", "lockd", "screening", "web"]), " ", (g.ver(), "version"), " (", (g.hex(12), "hash"),
            ") to ", (r.choice(["prod-eu", "prod-us", "prod-ap"]), "region"), " by ", (r.choice(["jenkins", "deploy", "ansible"]), "service_account"),
            f": {r.randint(2, 40)} pods rolled, 0 failed"]


@tpl  # Tokyo office
def _t(g):
    r = g.r
    p = g.person("ja_JP")
    a = g.agent(("ja_JP", "en_US", "en_GB"))
    return ["[TYO] viewing confirmed: ", (p.last, "PERSON"), "-sama, tel ", (g.phone(p), "PHONE_NUMBER"), ", Minato-ku 1LDK ",
            (g.lid(), "listing_id"), ", agent ", (a.full, "PERSON"), ", key money ", (g.money("JPY", 100000, 600000, 1000), "amount")]


@tpl  # Seoul office
def _t(g):
    r = g.r
    p = g.person("ko_KR")
    return ["[SEL] jeonse deposit ", (g.money("KRW", 100000000, 900000000, 1000000), "amount"), " received from ", (p.full, "PERSON"),
            " (", (g.phone(p), "PHONE_NUMBER"), ") for contract ", (f"KR-{g.d(8)}", "contract_id"), ", escrow bank ",
            (r.choice(["KB Kookmin Bank", "Shinhan Bank", "Woori Bank", "Hana Bank"]), "company")]


@tpl  # smart-lock firmware rollout, no personal data
def _t(g):
    r = g.r
    return ["ota.batch vendor=", (r.choice(LOCK_VENDORS), "product"), " from=", (g.ver(), "version"), " to=", (g.ver(), "version"),
            f" devices={r.randint(10, 9000)} ok={r.randint(10, 9000)} failed={r.randint(0, 40)} batch=", (g.uuid(), "batch_id"),
            " mqtt=", (g.sip(), "server_ip"), " checksum=", (g.sha(), "hash")]

@tpl  # webhook from e-sign on sale contract, ids only
def _t(g):
    r = g.r
    return ["sale.contract status=", r.choice(["exchanged", "completed", "fallen_through"]), " sale=", (f"SALE-{g.d(6)}", "sale_id"),
            " price=", (g.money("GBP", 150000, 3000000, 1000), "amount"), " solicitor=", (r.choice(["Slater and Gordon", "Irwin Mitchell", "Knights plc", "Simpson Millar"]), "company"),
            " completion=", (g.date(), "timestamp"), " sig=", (g.sha(), "hash")]


@tpl  # tenant reference request e-mail body
def _t(g):
    r = g.r
    p, ref = g.person(), g.person()
    return ["mail.out to=", (g.email(ref), "EMAIL_ADDRESS"), ' subject="Reference request" body="Hello ', (ref.first, "PERSON"), ", ",
            (p.full, "PERSON"), " has listed you as a previous landlord. Please reply to ", (g.role_box(), "role_mailbox"),
            ' or call ', (g.hotline(), "hotline"), '."']


@tpl  # stack trace with card number in payload
def _t(g):
    r = g.r
    p = g.person()
    return ["ERROR payments.tokenize failed: InvalidRequestError: {'number': '", (g.card(), "CREDIT_CARD"), "', 'name': '", (p.full, "PERSON"),
            "'} at nb/payments/gateway.py:", str(r.randint(20, 300)), " request_id=", (g.uuid(), "request_id")]


# ---------------------------------------------------------------- other European languages
@tpl  # French viewing
def _t(g):
    r = g.r
    p, a = g.person("fr_FR"), g.person("fr_FR")
    civ = "M." if p.g == "m" else "Mme"
    nm = (p.last.upper() + " " + p.first) if r.random() < 0.3 else p.last
    return ["Visite programmée : ", civ, " ", (nm, "PERSON"), " (", (g.phone(p), "PHONE_NUMBER"), f"), T{r.randint(1, 5)} Lyon {r.randint(1, 9)}e, le ",
            (g.date(), "timestamp"), " à 18h — agent : ", (a.full, "PERSON"), " <", (g.email(a, work=True), "EMAIL_ADDRESS"), ">"]


@tpl  # French deposit with IBAN
def _t(g):
    ib, _ = g.iban("FR")
    p = g.person("fr_FR")
    return ["Dépôt de garantie reçu : ", (g.money("EUR", 500, 4000, 10, True), "amount"), " de ", (p.full, "PERSON"), ", IBAN ", (ib, "IBAN_CODE"),
            ", bail n° ", (f"BAIL-{g.d(6)}", "lease_id")]


@tpl  # German lease signed
def _t(g):
    r = g.r
    p = g.person("de_DE")
    ib, _ = g.iban("DE")
    return ["Mietvertrag unterzeichnet: Mieter ", "Herr" if p.g == "m" else "Frau", " ", (p.last, "PERSON"), ", Tel. ", (g.phone(p), "PHONE_NUMBER"),
            ", Kaution ", (g.money("EUR", 900, 6000, 50, True), "amount"), " auf IBAN ", (ib, "IBAN_CODE"), ", Vermieter: ",
            (r.choice(g.co_de), "company")]


@tpl  # German key handover
def _t(g):
    r = g.r
    p, a = g.person(r.choice(["de_DE", "de_DE", "tr_TR", "pl_PL"])), g.person("de_DE")
    return [f"Schlüsselübergabe Whg. {r.randint(1, 5)}.OG {r.choice(['links', 'rechts'])} an ", (p.full, "PERSON"), ", Reisepass-Nr. ",
            (g.passport(LOC2CC[p.loc]), "PASSPORT"), ", Türcode ", (g.d(r.choice([4, 6])), "CREDENTIAL"), " — übergeben von ", (a.full, "PERSON")]


@tpl  # Spanish maintenance
def _t(g):
    r = g.r
    p, t = g.person("es_ES"), g.person("es_ES")
    return ["Solicitud de mantenimiento #", (g.d(6), "ticket_id"), ": inquilino ", (p.full, "PERSON"), ", tel. ", (g.phone(p), "PHONE_NUMBER"),
            f", {r.choice(['fuga de agua en la cocina', 'no funciona la calefacción', 'cerradura inteligente sin batería'])}. Técnico asignado: ",
            (t.first, "PERSON"), "."]


@tpl  # Brazilian Portuguese rental proposal
def _t(g):
    p = g.person("pt_BR")
    return ["Proposta de locação recebida de ", (p.full, "PERSON"), " (", (g.phone(p), "PHONE_NUMBER"), ", ", (g.email(p), "EMAIL_ADDRESS"),
            ") para o imóvel ", (f"COD-{g.d(5)}", "listing_id"), ", aluguel ", (g.money("BRL", 1200, 15000, 50, True), "amount")]


@tpl  # Italian viewing
def _t(g):
    p = g.person("it_IT")
    return ["Visita confermata con ", "il sig." if p.g == "m" else "la sig.ra", " ", (p.last, "PERSON"), " (cell. ", (g.phone(p), "PHONE_NUMBER"),
            ") per l'immobile ", (f"RIF-{g.d(5)}", "listing_id"), " alle ", f"{g.r.randint(9, 19)}:30", "."]


@tpl  # Dutch maintenance
def _t(g):
    p = g.person("nl_NL")
    nm = f"{p.first[0]}. {p.last}" if g.r.random() < 0.4 else p.full
    return ["Huurder ", (nm, "PERSON"), " meldt lekkage badkamer, tel ", (g.phone(p), "PHONE_NUMBER"), ", e-mail ", (g.email(p), "EMAIL_ADDRESS"),
            ". Monteur van ", (g.r.choice(["Feenstra", "Vattenfall", "Eneco"]), "company"), " ingepland."]


@tpl  # Polish fault report
def _t(g):
    p = g.person("pl_PL")
    return ["Zgłoszenie usterki: najemca ", (p.full, "PERSON"), ", tel. ", (g.phone(p), "PHONE_NUMBER"), ", nie działa zamek ",
            (g.r.choice(LOCK_VENDORS), "product"), ", bateria ", f"{g.r.randint(0, 15)}%."]


# ---------------------------------------------------------------- Chinese (simplified / traditional)
@tpl  # 带看预约 syslog
def _t(g):
    r = g.r
    c, a = g.cn(), g.cn()
    return [(g.ts_sys(), "timestamp"), " ", (g.host(), "hostname"), f" showing-svc[{r.randint(900, 32000)}]: 带看预约成功 房源=", (g.cn_lid(), "listing_id"),
            " 客户=", (c.full, "PERSON"), " 手机=", (g.phone(c), "PHONE_NUMBER"), " 经纪人=", (a.last, "PERSON"),
            r.choice(["经理", "经纪人", "顾问"]), " 时间=", (g.ts_cn(), "timestamp")]


@tpl  # 租赁合同 JSON 中文键
def _t(g):
    r = g.r
    c = g.cn()
    landlord = (g.cn().full, "PERSON") if r.random() < 0.6 else (r.choice(g.co_cn), "company")
    pairs = [("合同编号", (g.cn_contract(), "contract_id")), ("租客姓名", (c.full, "PERSON")), ("身份证号", (g.cnid(), "CN_RESIDENT_ID")),
             ("手机号", (g.phone(c), "PHONE_NUMBER")), ("月租金", (r.randint(20, 300) * 100, "amount")), ("押金", (r.randint(20, 600) * 100, "amount")),
             ("房东", landlord), ("签约门店", (r.choice(["望京店", "徐汇滨江店", "南山科技园店", "天河体育中心店"]), "branch"))]
    return J(pairs, compact=r.random() < 0.5)


@tpl  # 智能门锁 临时密码
def _t(g):
    r = g.r
    c = g.cn()
    return [(g.ts_cn(), "timestamp"), " [门锁] 下发临时密码 设备=", (f"DL{g.hex(10).upper()}", "device_id"), " 品牌=", (r.choice(CN_LOCK_VENDORS), "product"),
            " 密码=", (g.d(6), "CREDENTIAL"), " 有效期至 ", (g.ts_cn(), "timestamp"), " 接收人=", (c.last, "PERSON"), g.cn_title(c),
            " 手机=", (g.phone(c), "PHONE_NUMBER")]


@tpl  # 报修工单
def _t(g):
    r = g.r
    c, w = g.cn(), g.person("zh_CN", "m")
    issue = r.choice(["卫生间漏水", "空调不制冷", "热水器打不着火", "门锁电池没电打不开", "厨房下水道堵塞", "墙面发霉"])
    return ["报修工单 ", (f"WX{g.d(10)}", "work_order"), "：租户", (c.last, "PERSON"), g.cn_title(c), f"反映{issue}，联系电话 ",
            (g.phone(c), "PHONE_NUMBER"), "，已派单给维修", (w.last, "PERSON"), f"师傅，预计{r.choice(['明天上午', '今天下午', '周六'])}上门。"]


@tpl  # 客服备注 自由文本
def _t(g):
    r = g.r
    a, c = g.cn(), g.cn()
    return ["客服备注：客户投诉经纪人小", (a.last, "PERSON"), f"带看迟到{r.randint(10, 90)}分钟，态度差，要求更换经纪人。客户姓名 ", (c.full, "PERSON"),
            "，回访电话 ", (g.phone(c), "PHONE_NUMBER"), "。"]


@tpl  # 押金退还 银行卡
def _t(g):
    r = g.r
    c = g.cn()
    return ["押金退还 合同=", (g.cn_contract(), "contract_id"), " 金额=", (g.money("CNY", 1000, 30000, 100, True), "amount"), " 收款卡号=",
            (g.union_card(), "CREDIT_CARD"), " 户名=", (c.full, "PERSON"), " 开户行=", (r.choice(CN_COMPANIES[8:12]), "company"),
            " 状态=", r.choice(["成功", "处理中", "失败:户名不符"])]


@tpl  # 网签 JSON camelCase
def _t(g):
    r = g.r
    b, s = g.cn(), g.cn()
    pairs = [("contractNo", (g.cn_contract(), "contract_id")), ("buyerName", (b.full, "PERSON")), ("buyerIdNo", (g.cnid(), "CN_RESIDENT_ID")),
             ("sellerName", (s.full, "PERSON")), ("sellerIdNo", (g.cnid(), "CN_RESIDENT_ID")),
             ("totalPrice", (r.randint(80, 3000) * 10000, "amount")), ("agency", ("安家桥", "company")), ("houseId", (g.cn_lid(), "listing_id"))]
    return ["网签备案请求 "] + J(pairs, compact=r.random() < 0.5)


@tpl  # 房贷预审
def _t(g):
    r = g.r
    c, m = g.cn(), g.cn()
    return ["房贷预审通过 申请号=", (f"LA{g.d(12)}", "application_id"), " 借款人=", (c.full, "PERSON"), " 身份证=", (g.cnid(), "CN_RESIDENT_ID"),
            " 预批额度=", (f"{r.randint(50, 800)}万", "amount"), " 银行=", (r.choice(CN_COMPANIES[8:12]), "company"), " 客户经理=", (m.last, "PERSON"), "经理"]


@tpl  # 门禁车牌登记
def _t(g):
    r = g.r
    c = g.cn()
    return ["门禁车牌登记 车牌=", (g.plate("CN"), "LICENSE_PLATE"), " 业主=", (c.full, "PERSON"),
            f" 房号={r.randint(1, 20)}-{r.randint(1, 4)}-{r.randint(1, 33)}{r.randint(1, 4):02d} 车位=", (f"B{r.randint(1, 3)}-{r.randint(1, 500):03d}", "bay"),
            " 登记时间=", (g.ts_cn(), "timestamp")]


@tpl  # 房源上架 无个人信息
def _t(g):
    r = g.r
    return ["房源上架 编号=", (g.cn_lid(), "listing_id"), " 小区=", (r.choice(CN_ESTATES), "estate"), f" 面积={r.randint(35, 260)}.{r.randint(0, 9)}㎡",
            " 挂牌价=", (f"{r.randint(80, 3000)}万", "amount"), f" 朝向={r.choice(['南北', '朝南', '东南'])} 楼层={r.randint(1, 30)}/{r.randint(30, 45)}",
            " 经纪人工号=", (f"AG{g.d(6)}", "agent_id")]


@tpl  # 定时任务 无个人信息
def _t(g):
    r = g.r
    return [(g.ts_cn(), "timestamp"), " [定时任务] 同步", (r.choice(CN_COMPANIES[:4]), "company"), f"房源 完成，新增 {r.randint(0, 900)} 条，更新 {r.randint(0, 9000)} 条，耗时 {r.randint(1, 90)}.{r.randint(0, 9)}s，节点 ",
            (g.sip(), "server_ip")]


@tpl  # 短信网关回执 掩码
def _t(g):
    r = g.r
    return ["短信网关回执：发送至 ", (g.masked_phone(), "masked"), " 的", r.choice(["验证短信", "看房提醒", "缴租提醒"]), " 状态=",
            r.choice(["DELIVRD", "UNDELIV", "EXPIRED"]), " 模板=", (f"SMS_{g.d(9)}", "template_id"), " 客户=", (r.choice(["王**", "李*", "张*华", "陈**"]), "masked")]


@tpl  # 短信正文 看房提醒
def _t(g):
    r = g.r
    c, a = g.cn(), g.cn()
    return ["【安家桥】尊敬的", (c.last, "PERSON"), g.cn_title(c), "，您预约的", (r.choice(CN_ESTATES), "estate"),
            f"看房时间为{r.randint(1, 12)}月{r.randint(1, 28)}日 {r.randint(9, 19)}:00，经纪人", (a.full, "PERSON"), "，电话", (g.phone(a), "PHONE_NUMBER"),
            "，如需改期请回复。"]


@tpl  # 投诉工单导出 CSV
def _t(g):
    r = g.r
    c, n, h = g.cn(), g.cn(), g.cn()
    return [(f"TS{g.d(8)}", "ticket_id"), ",", (g.ts_cn(), "timestamp"), ",", (c.full, "PERSON"), ",", (g.phone(c), "PHONE_NUMBER"),
            ",\"楼上住户", (n.last, "PERSON"), "先生每晚装修噪音，多次沟通无果\",", (h.full, "PERSON"), ",", r.choice(["处理中", "已关闭", "待回访"])]


@tpl  # 审计日志
def _t(g):
    r = g.r
    a = g.cn()
    return ["[审计] 操作人=", (g.uname(a), "PERSON"), f" 角色={r.choice(['店长', '经纪人', '区域经理'])} 动作={r.choice(['导出客户名单', '查看身份证照片', '批量发送短信', '下载合同'])}",
            f" 条数={r.randint(1, 3000)} 来源IP=", (g.cip(), "IP_ADDRESS"), " 结果=成功"]


@tpl  # 房源文案 名人 无个人信息
def _t(g):
    r = g.r
    fam = r.choice(FAMOUS_CN)
    pre, post = r.choice([("标题“", "故居旁·精装三居室”"), ("文案引用", "诗句"), ("近", "纪念馆 步行5分钟"), ("", "同款江景大平层")])
    return ["房源文案审核：", (g.cn_lid(), "listing_id"), " ", pre, (fam, "public_figure"), post, " 审核人=", ("system", "service_account"),
            " 结果=", r.choice(["通过", "驳回:夸大宣传"])]


@tpl  # 钥匙交接
def _t(g):
    r = g.r
    o, a = g.cn(), g.cn()
    return ["钥匙交接：业主", (o.full, "PERSON"), f"将{r.randint(1, 4)}把钥匙交给经纪人", (a.full, "PERSON"), "，门禁卡号", (g.d(10), "access_card"),
            "，交接时间", (g.ts_cn(), "timestamp")]


@tpl  # 外籍租客登记
def _t(g):
    r = g.r
    p = g.person(r.choice(["en_US", "en_GB", "ja_JP", "ko_KR", "fr_FR", "de_DE", "ru_RU", "vi_VN"]))
    cc = LOC2CC[p.loc]
    return ["外籍租客登记：", (p.full, "PERSON"), " 护照号 ", (g.passport(cc), "PASSPORT"), f" 国籍 {NAT_ZH[cc]} 手机 ",
            (g.phone_cc(r.choice(["CN", cc])), "PHONE_NUMBER"), " 入住 ", (r.choice(CN_ESTATES), "estate")]


@tpl  # Java 异常 身份证
def _t(g):
    r = g.r
    c = g.cn()
    return [(g.ts_cn(), "timestamp"), " ERROR c.a.contract.IdCardVerifier - 身份证号 ", (g.cnid(), "CN_RESIDENT_ID"), " 与姓名 ", (c.full, "PERSON"),
            " 不匹配（公安接口返回 code=2） 合同号=", (g.cn_contract(), "contract_id"),
            f" java.lang.IllegalStateException at com.anjiaqiao.contract.IdCardVerifier.check(IdCardVerifier.java:{r.randint(30, 300)})"]


@tpl  # JDBC 连接串密码
def _t(g):
    r = g.r
    return ["jdbc连接失败 url=jdbc:mysql://", (g.sip(), "server_ip"), ":3306/house?user=", (r.choice(["house_rw", "crm_app", "root"]), "service_account"),
            "&password=", (g.password(url_safe=True), "CREDENTIAL"), " 原因=Communications link failure 重试=", str(r.randint(1, 5))]


@tpl  # 微信支付回调 无个人信息
def _t(g):
    r = g.r
    pairs = [("appid", ("wx" + g.hex(16), "app_id")), ("mch_id", (g.dn(10), "merchant_id")), ("out_trade_no", (f"YJ{g.d(18)}", "order_id")),
             ("transaction_id", ("42000" + g.d(23), "txn_id")), ("total_fee", (r.randint(100, 3000000), "amount")),
             ("openid", ("o" + g.b64u(27), "openid")), ("trade_state", "SUCCESS"), ("attach", "押金")]
    return ["微信支付回调 "] + J(pairs, compact=True)


@tpl  # 看屋預約 (繁體, 台灣)
def _t(g):
    r = g.r
    c, a = g.cn("zh_TW"), g.cn("zh_TW")
    return ["看屋預約 物件編號=", (f"TPE-{g.d(6)}", "listing_id"), " 社區=", (r.choice(TW_ESTATES), "estate"), " 客戶=", (c.full, "PERSON"),
            " 手機=", (g.phone(c), "PHONE_NUMBER"), " 仲介=", (a.last, "PERSON"), "先生" if a.g == "m" else "小姐", " 時間=", (g.ts_cn(), "timestamp")]


@tpl  # 睇樓紀錄 (繁體, 香港)
def _t(g):
    r = g.r
    c, a = g.cn("zh_TW"), g.cn("zh_TW")
    return ["[HK] 睇樓紀錄：客戶", (c.full, "PERSON"), " 電話", (g.phone_cc("HK"), "PHONE_NUMBER"), " 物業", (r.choice(HK_ESTATES), "estate"),
            f"{r.randint(1, 40)}樓{r.choice('ABCDEFGH')}室 代理", (a.last, "PERSON"), "生" if a.g == "m" else "小姐", " 叫價",
            (g.money("HKD", 3000000, 30000000, 10000), "amount")]


@tpl  # 物业通知 无个人信息
def _t(g):
    r = g.r
    return ["物业通知：", (r.choice(CN_ESTATES), "estate"), f" {r.randint(1, 20)}号楼 {r.randint(1, 12)}月{r.randint(1, 28)}日 9:00-17:00 ",
            r.choice(["停水检修", "电梯维保", "消防演练", "外墙清洗"]), "，咨询电话 ", (g.hotline_cn(), "hotline"), "，", (r.choice(CN_COMPANIES[4:6]), "company")]


@tpl  # 门锁事件 JSON 中文键 无个人信息
def _t(g):
    r = g.r
    pairs = [("设备号", (f"DL{g.hex(10).upper()}", "device_id")), ("事件", r.choice(["开锁", "上锁", "低电量", "撬锁告警"])),
             ("方式", r.choice(["指纹", "密码", "蓝牙", "NFC门卡"])), ("电量", f"{r.randint(1, 100)}%"), ("固件", (g.ver(), "version")),
             ("网关IP", (g.sip(), "server_ip")), ("时间", (g.ts_cn(), "timestamp"))]
    return J(pairs, compact=r.random() < 0.5)


@tpl  # 住户留言 邻居投诉
def _t(g):
    r = g.r
    n, c = g.cn(), g.cn()
    return [f"住户留言：楼上{r.randint(2, 30)}0{r.randint(1, 4)}的", (n.last, "PERSON"), g.cn_title(n), "家每晚11点后还在装修，电钻声很大，请物业协调。留言人：",
            (c.first if r.random() < 0.4 else c.full, "PERSON"), "，", (g.phone(c), "PHONE_NUMBER")]


@tpl  # 短信验证码
def _t(g):
    c = g.cn()
    return ["sms.send to=", (g.phone(c), "PHONE_NUMBER"), " content=【安家桥】验证码", (g.d(6), "CREDENTIAL"), "，用于", g.r.choice(["登录", "签约确认", "开锁授权"]),
            "，5分钟内有效，请勿泄露给他人。"]


@tpl  # 租賃合約 (繁體)
def _t(g):
    r = g.r
    o, t = g.cn("zh_TW"), g.cn("zh_TW")
    return ["租賃合約簽署完成 合約編號=", (f"TW{g.d(10)}", "contract_id"), " 房東=", (o.full, "PERSON"), " 承租人=", (t.full, "PERSON"),
            " 押金=", (g.money("TWD", 20000, 150000, 1000), "amount"), " 電子簽章IP=", (g.cip(), "IP_ADDRESS")]


@tpl  # 资金监管入账
def _t(g):
    r = g.r
    c = g.cn()
    return ["资金监管入账 交易编号=", (f"JY{g.d(14)}", "order_id"), " 买方=", (c.full, "PERSON"), " 付款账户=", (g.union_card(), "CREDIT_CARD"),
            " 金额=", (g.money("CNY", 100000, 5000000, 1000, True), "amount"), " 监管银行=", (r.choice(CN_COMPANIES[8:12]), "company")]


@tpl  # 報修單 (繁體)
def _t(g):
    r = g.r
    c = g.cn("zh_TW")
    return ["報修單 ", (f"RP{g.d(8)}", "work_order"), "：租客", (c.last, "PERSON"), "先生" if c.g == "m" else "小姐",
            f"反映{r.choice(['冷氣不冷', '熱水器故障', '電子鎖沒反應', '浴室漏水'])}，電話 ", (g.phone(c), "PHONE_NUMBER"), "，已安排師傅。"]


@tpl  # 租客背调
def _t(g):
    r = g.r
    c = g.cn()
    return ["租客背调完成 姓名=", (c.full, "PERSON"), " 身份证=", (g.cnid(), "CN_RESIDENT_ID"), " 征信评分=", (str(r.randint(450, 900)), "score"),
            f" 涉诉记录={r.randint(0, 2)} 结论={r.choice(['通过', '人工复核', '拒绝'])} 证件照=", (g.mask_cnid(), "masked")]


@tpl  # 访客车辆 新能源 key=value
def _t(g):
    r = g.r
    c = g.cn()
    return ["visitor_car plate=", (g.plate("CN"), "LICENSE_PLATE"), " host=", (c.last, "PERSON"), g.cn_title(c),
            f" unit={r.randint(1, 30)}-{r.randint(1, 3)}-{r.randint(1, 33)}0{r.randint(1, 4)} charger=", (f"CP-{g.d(5)}", "charger_id"),
            " gate_ip=", (g.sip(), "server_ip")]


# ====================================================================== driver
def _build(tokens, tidx):
    out, spans, decoys, vals = [], [], [], []
    pos = 0

    def walk(ts):
        nonlocal pos
        for t in ts:
            if isinstance(t, list):
                walk(t)
            elif isinstance(t, str):
                out.append(t)
                pos += len(t)
            else:
                v, lab = t
                v = str(v)
                assert v and v == v.strip(), (tidx, v)
                rec = [pos, pos + len(v), lab]
                (spans if lab.isupper() else decoys).append(rec)
                vals.append((rec, v))
                out.append(v)
                pos += len(v)

    walk(tokens)
    text = "".join(out)
    assert "\n" not in text and "\r" not in text, (tidx, text)
    for rec, v in vals:
        assert text[rec[0]:rec[1]] == v, (tidx, rec, v)
    for s in spans:
        assert s[2] in TYPES, (tidx, s)
    for d in decoys:
        assert d[2].replace("_", "").isalpha() and d[2].islower(), (tidx, d)
    allr = sorted(spans + decoys)
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (tidx, a, b, text)
    return {"text": text, "spans": spans, "decoys": decoys, "template": tidx}


def blind_log44(n: int, seed: int = 0) -> list:
    g = Gen(seed)
    rows = []
    for _ in range(n):
        i = g.r.randrange(len(T))
        rows.append(_build(T[i](g), i))
    return rows


if __name__ == "__main__":
    import collections
    import sys
    import time

    t0 = time.time()
    for sd in (1, 2):
        rows = blind_log44(5000, sd)
        assert rows == blind_log44(5000, sd) if sd == 1 else True
        c = collections.Counter(s[2] for r in rows for s in r["spans"])
        print(f"seed {sd}: {len(rows)} lines, templates={len(T)}, {time.time() - t0:.2f}s", dict(sorted(c.items())))
    if len(sys.argv) > 1:
        for r in blind_log44(int(sys.argv[1]), 7):
            print(r["template"], r["text"])
