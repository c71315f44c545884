#!/usr/bin/env python3
"""Blind benchmark set 35: logs of a freight forwarder and customs broker.

    blind_log35(n, seed=0) -> list[dict]

Each line is {"text", "spans", "decoys", "template"}; spans mark personal values,
decoys mark look-alike values that are not personal and must survive redaction.
Written independently of the redactor; uses only the standard library and Faker.
"""
from __future__ import annotations

import base64
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta

from faker import Faker

TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE",
}

# --------------------------------------------------------------------------- formatting

_PH = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_KIND = re.compile(r"[a-z][a-z0-9_]*")


def S(value, typ):
    """A personal value (span)."""
    assert typ in TYPES, typ
    return ("S", str(value), typ)


def D(value, kind):
    """A non-personal look-alike value (decoy)."""
    assert _KIND.fullmatch(kind), kind
    return ("D", str(value), kind)


def fmt(tpl, **kw):
    """Fill {name} placeholders; S()/D() values are recorded with their offsets.

    A value may also be a list of parts (strings, S(), D(), nested lists)."""
    out, spans, decoys, checks = [], [], [], []
    pos = 0
    used = set()

    def emit(val):
        nonlocal pos
        if isinstance(val, list):
            for part in val:
                emit(part)
            return
        if isinstance(val, tuple):
            tag, v, lab = val
            assert v, "empty labelled value"
            (spans if tag == "S" else decoys).append([pos, pos + len(v), lab])
            checks.append((pos, v))
        else:
            v = str(val)
        out.append(v)
        pos += len(v)

    last = 0
    for m in _PH.finditer(tpl):
        emit(tpl[last:m.start()])
        used.add(m.group(1))
        emit(kw[m.group(1)])
        last = m.end()
    emit(tpl[last:])
    assert used == set(kw), (set(kw) - used, tpl[:40])
    text = "".join(out)
    for p, v in checks:
        assert text[p:p + len(v)] == v
    return text, spans, decoys


def _check(text, spans, decoys):
    assert "\n" not in text and "\r" not in text, text
    items = sorted([(s, e) for s, e, _ in spans] + [(s, e) for s, e, _ in decoys])
    prev = 0
    for s, e in items:
        assert 0 <= s < e <= len(text), (s, e, text)
        assert s >= prev, ("overlap", text, spans, decoys)
        prev = e
    for s, e, t in spans:
        assert t in TYPES
        assert text[s:e] == text[s:e].strip(), ("span has outer blanks", text[s:e])
    for s, e, k in decoys:
        assert _KIND.fullmatch(k)


# --------------------------------------------------------------------------- static pools

LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR",
           "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
P_WEIGHTS = [4, 2, 2, 3, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
LOC_CC = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW", "fr_FR": "FR",
          "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP", "ko_KR": "KR", "ru_RU": "RU",
          "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL", "tr_TR": "TR", "vi_VN": "VN"}
NONLATIN = {"zh_CN", "zh_TW", "ja_JP", "ko_KR", "ru_RU"}
FREEMAIL = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "zh_CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "es_ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com"],
    "ja_JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "ko_KR": ["naver.com", "daum.net", "gmail.com"],
    "ru_RU": ["yandex.ru", "mail.ru", "gmail.com"],
    "it_IT": ["libero.it", "virgilio.it", "gmail.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "pl_PL": ["wp.pl", "onet.pl", "o2.pl"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "vi_VN": ["gmail.com", "yahoo.com.vn"],
}
CORP_DOMAINS = ["oceanbridge-log.com", "silkroute-fwd.cn", "hanseatic-cargo.de", "pacificrim-freight.com",
                "bluewater-customs.com", "eastwind-shipping.com.cn", "atlas-brokerage.us",
                "nordlink-spedition.de", "transmar-logistica.es", "kowloon-freight.hk",
                "formosa-cargo.com.tw", "meridian-fwd.co.uk", "maasvlakte-expeditie.nl",
                "lusocargo.com.br", "anadolu-lojistik.com.tr", "saigon-forwarding.vn", "vistula-spedycja.pl"]
ROLES = ["support", "noreply", "no-reply", "billing", "customs", "docs", "booking", "ops", "edi",
         "import", "export", "info", "accounts", "dispatch", "gate-ops", "claims", "notifications"]
SERVICE_ACCOUNTS = ["svc-backup", "root", "jenkins", "edi_batch", "svc-docs", "as2gw", "sftp-cargo",
                    "tms-scheduler", "ocr-worker", "svc-customs-filer", "deploy", "postgres", "www-data",
                    "edi_inbound", "ansible", "gitlab-runner", "svc-ratequote"]
FORWARDERS = ["Kuehne+Nagel", "C.H. Robinson", "DB Schenker", "DHL Global Forwarding", "Expeditors", "DSV",
              "Nippon Express", "Kerry Logistics", "Sinotrans", "CEVA Logistics", "Hellmann Worldwide Logistics",
              "Dachser", "Geodis", "Yusen Logistics", "Agility", "Toll Group", "Hillebrand", "Fr. Meyer's Sohn"]
CARRIERS = ["Maersk", "MSC", "CMA CGM", "COSCO Shipping", "Hapag-Lloyd", "ONE", "Evergreen", "HMM",
            "Yang Ming", "ZIM", "OOCL", "Wan Hai", "PIL"]
SCAC = ["MAEU", "MSCU", "CMDU", "COSU", "HLCU", "ONEY", "EGLV", "HDMU", "YMLU", "ZIMU", "OOLU", "WHLC"]
VESSELS = ["MSC GÜLSÜN", "CMA CGM JACQUES SAADE", "EVER GIVEN", "MAERSK MC-KINNEY MØLLER", "MSC IRINA",
           "COSCO SHIPPING UNIVERSE", "HMM ALGECIRAS", "ONE APUS", "MADRID MAERSK", "CMA CGM MARCO POLO",
           "OOCL HONG KONG", "MSC LORETO", "EVER ACE", "BERLIN EXPRESS", "MSC ANNA", "CSCL GLOBE",
           "YM WELLNESS", "ZIM SAMMY OFER", "MSC TESSA", "APL RAFFLES", "CMA CGM ANTOINE DE SAINT EXUPERY"]
PORTS = ["CNSHA", "CNNGB", "CNYTN", "CNTAO", "CNTXG", "CNXMN", "HKHKG", "TWKHH", "TWKEL", "SGSIN", "KRPUS",
         "JPTYO", "JPYOK", "USLAX", "USLGB", "USNYC", "USSAV", "USHOU", "USSEA", "NLRTM", "BEANR", "DEHAM",
         "DEBRV", "GBFXT", "GBSOU", "FRLEH", "ESVLC", "ESALG", "ITGOA", "PLGDN", "TRAMB", "BRSSZ", "VNSGN",
         "VNHPH", "INNSA", "INMUN", "AEJEA"]
OWNER_CODES = ["MSCU", "MSKU", "MRKU", "CMAU", "TGHU", "TCLU", "SEGU", "HLXU", "CSNU", "OOLU", "BMOU", "TEMU",
               "FCIU", "GESU", "EMCU", "ONEU", "CAIU", "TRHU", "TLLU", "BEAU", "DRYU", "TCNU"]
BIC = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "CAIXESBB", "HSBCGB2L", "BKCHCNBJ", "ICBKCNBJ",
       "RABONL2U", "BSCHESMM", "UNCRITMM", "PKOPPLPW", "TGBATRIS", "CHASUS33"]
AIRLINE_PREFIX = ["176", "180", "618", "020", "157", "112", "999", "784", "297", "160", "235", "074"]
US_AREA = ["212", "213", "310", "312", "415", "424", "562", "646", "713", "718", "732", "773", "786", "832",
           "908", "917", "201", "305", "404", "503", "206", "253", "909", "951", "912", "843", "757"]
CN_MOB = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156",
          "157", "158", "159", "166", "176", "177", "180", "181", "182", "185", "186", "187", "188", "189",
          "198", "199"]
CN_AREAS = ["110101", "110105", "310101", "310104", "310115", "440106", "440305", "440304", "330106",
            "330203", "320102", "320583", "510107", "500103", "420106", "610113", "370202", "350203",
            "120101", "210202", "130102", "410105", "430104", "450103", "530102", "330212", "440402"]
CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
KO_FAM = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]
KO_GIVEN = ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Soo-ah", "Jae-won", "Hyun-woo",
            "Ji-min", "Eun-ji", "Sung-ho", "Ye-jin"]
RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                  "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE",
                       "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE"})
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PUBLIC_FIGURES_EN = [
    ("Taylor Swift", "", " Eras Tour tote bags"), ("Lionel Messi", "", " #10 replica jerseys"),
    ("Elvis Presley", "", " vinyl box sets"), ("Vincent van Gogh", "", " 'Sunflowers' canvas prints"),
    ("Mozart", "", " Kugeln chocolate pralines"), ("Cristiano Ronaldo", "CR7 by ", " eau de toilette"),
    ("Michael Jordan", "", " signed replica basketballs"), ("Leonardo da Vinci", "", " wooden model kits"),
    ("Albert Einstein", "", " bobblehead figurines"), ("Frida Kahlo", "", " printed cotton tote bags"),
    ("Bob Marley", "", " reggae poster sets"), ("Shakespeare", "Complete Works of ", ", hardcover"),
]
PUBLIC_FIGURES_ZH = [
    ("鲁迅", "《", "全集》精装版"), ("李白", "《", "诗选》线装本"), ("姚明", "", "签名纪念篮球"),
    ("孔子", "", "青铜像摆件"), ("周杰伦", "", "演唱会周边T恤"), ("成龙", "", "电影海报（复刻）"),
    ("苏轼", "", "书法字帖"), ("李小龙", "", "手办模型"), ("邓丽君", "", "黑胶唱片"),
]
TERMINALS = ["LBCT", "APM Pier 400", "TraPac", "Fenix Marine", "ECT Delta", "Eurogate", "CTA Altenwerder",
             "PSA Pasir Panjang", "Felixstowe Trinity", "Port Newark Container Terminal"]
US_TERMINALS = ["LBCT", "APM Pier 400", "TraPac", "Fenix Marine", "Port Newark Container Terminal"]
ZH_TERMINALS = ["洋山四期", "外高桥五期", "盐田国际", "宁波北仑", "青岛前湾", "天津东疆", "厦门海天", "南沙三期"]
ZH_WAREHOUSES = ["外高桥保税仓", "前海监管仓", "临港物流园3号库", "空港保税区B仓", "东疆保税港区5号库"]
ZH_DISTRICTS = ["上海市浦东新区", "深圳市南山区", "广州市黄埔区", "宁波市北仑区", "杭州市萧山区", "北京市朝阳区",
                "成都市双流区", "青岛市黄岛区", "厦门市湖里区", "天津市滨海新区"]
GOODS = ["ceramic tiles", "LED panels", "cotton T-shirts", "auto parts", "frozen shrimp", "lithium batteries",
         "office chairs", "solar inverters", "machine parts", "toys", "footwear", "wine", "coffee beans"]
ZH_GOODS = ["陶瓷餐具", "LED灯具", "棉质T恤", "汽车配件", "冷冻虾仁", "锂电池", "办公椅", "光伏逆变器", "机械零件",
            "玩具", "运动鞋", "红酒", "咖啡豆", "奶粉", "保健品"]
CITY_ZH = ["上海", "深圳", "广州", "宁波", "杭州", "北京", "成都", "青岛", "厦门", "天津", "苏州", "武汉"]
_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_EPOCH = datetime(1970, 1, 1)
_ISO_LET = {c: v for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                 [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29,
                                  30, 31, 32, 34, 35, 36, 37, 38])}
PUB_FIRST_OCTET = [23, 31, 37, 45, 46, 62, 77, 78, 81, 82, 85, 86, 91, 94, 95, 101, 103, 110, 112, 114, 116,
                   117, 119, 120, 121, 122, 123, 124, 125, 139, 171, 175, 176, 178, 180, 182, 183, 185, 188,
                   190, 193, 194, 195, 197, 201, 202, 203, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 Version/17.2 Safari/605.1.15",
      "okhttp/4.12.0", "python-requests/2.31.0", "Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B)"]


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


def translit(s):
    out = []
    for ch in s:
        low = ch.lower()
        if low in RU_TR:
            t = RU_TR[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def cn_id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _ID_W)) % 11]


# --------------------------------------------------------------------------- people

class Person:
    def __init__(self, g, loc=None, script=None):
        r = g.rng
        self.g = g
        self.loc = loc = loc or r.choices(LOCALES, P_WEIGHTS)[0]
        self.cc = LOC_CC[loc]
        f = g.fk[loc]
        male = r.random() < 0.55
        self.male = male
        fn = getattr(f, "first_name_male" if male else "first_name_female", f.first_name)()
        ln = getattr(f, "last_name_male" if male else "last_name_female", f.last_name)()
        if loc in ("zh_CN", "zh_TW", "ja_JP"):
            rfn, rln = f.first_romanized_name(), f.last_romanized_name()
        elif loc == "ko_KR":
            rfn, rln = r.choice(KO_GIVEN), r.choice(KO_FAM)
        elif loc == "ru_RU":
            rfn, rln = translit(fn), translit(ln)
        else:
            rfn, rln = fn, ln
        if loc == "vi_VN":
            mid = getattr(f, "middle_name_male" if male else "middle_name_female", f.middle_name)()
            fn = rfn = mid + " " + fn
        if loc not in NONLATIN:
            script = "latin"
        elif script is None:
            script = "native" if r.random() < 0.3 else "latin"
        self.script = script
        if script == "native":
            self.first, self.last = fn, ln
        else:
            self.first, self.last = rfn, rln
        self.cjk = script == "native" and loc in ("zh_CN", "zh_TW", "ja_JP", "ko_KR")
        self.asc_first = fold(rfn).lower().replace(" ", "").replace("-", "").replace("'", "")
        self.asc_last = fold(rln).lower().replace(" ", "").replace("-", "").replace("'", "")
        if not self.asc_first:
            self.asc_first = "user"
        if not self.asc_last:
            self.asc_last = "x"
        self._login = None
        self._email = None

    def full(self):
        if self.cjk:
            if self.loc == "ja_JP" and self.g.rng.random() < 0.5:
                return self.last + " " + self.first
            return self.last + self.first
        if self.loc == "vi_VN":
            return self.last + " " + self.first
        return self.first + " " + self.last

    def formal(self):
        """'LAST, First' / 'Last, First' as used on manifests."""
        if self.cjk:
            return self.full()
        if self.g.rng.random() < 0.5:
            return self.last.upper() + ", " + self.first
        return self.last + ", " + self.first

    def upper(self):
        return self.full().upper() if not self.cjk else self.full()

    def title(self, lang="en"):
        r = self.g.rng
        if lang == "de":
            return "Herr" if self.male else "Frau"
        if lang == "fr":
            return "M." if self.male else "Mme"
        if lang == "es":
            return "Sr." if self.male else "Sra."
        if lang == "it":
            return "Sig." if self.male else "Sig.ra"
        return r.choice(["Mr", "Mr."] if self.male else ["Ms", "Mrs.", "Ms."]) if r.random() < 0.8 else "Dr."

    def login(self):
        if self._login is None:
            r = self.g.rng
            a, b = self.asc_first, self.asc_last
            self._login = r.choice([a[0] + b, a + "." + b, a + b[0], b + a[0] + str(r.randint(1, 99)),
                                    a + "_" + b, a[0] + "." + b, b + "." + a, a + str(r.randint(10, 99))])
        return self._login

    def email(self, domain=None):
        if self._email is None or domain:
            r = self.g.rng
            a, b = self.asc_first, self.asc_last
            if domain is None and self.loc == "zh_CN" and r.random() < 0.35:
                return_local = str(r.randint(10000000, 3999999999))
                self._email = return_local + "@qq.com"
                return self._email
            local = r.choice([a + "." + b, a[0] + b, a + b, b + "." + a, a + "_" + b + str(r.randint(1, 99)),
                              a + str(r.randint(70, 99)), a[0] + "." + b])
            dom = domain or r.choice(FREEMAIL[self.loc])
            self._email = local + "@" + dom
        return self._email

    def phone(self):
        return self.g.phone(self.cc)


# --------------------------------------------------------------------------- generator context

_FAKERS = {}


class G:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        for i, loc in enumerate(LOCALES):
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            _FAKERS[loc].seed_instance(seed * 7919 + i)
        self.fk = _FAKERS
        self.base = datetime(2024, 1, 1)

    # -- basic
    def d(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def L(self, n, alpha=PLATE_LET):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def an(self, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def person(self, loc=None, script=None):
        return Person(self, loc, script)

    def zperson(self, trad=False):
        if trad:
            return Person(self, "zh_TW", "native")
        return Person(self, "zh_CN" if self.rng.random() < 0.9 else "zh_TW", "native")

    # -- time
    def dt(self):
        return self.base + timedelta(seconds=self.rng.randint(0, 86400 * 540))

    def ts(self, kind="iso", d=None):
        d = d or self.dt()
        r = self.rng
        if kind == "iso":
            return d.strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+08:00", "+00:00"])
        if kind == "syslog":
            return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))
        if kind == "clf":
            return "%02d/%s/%d:%s +0000" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))
        if kind == "sql":
            return d.strftime("%Y-%m-%d %H:%M:%S")
        if kind == "ms":
            return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % r.randint(0, 999)
        if kind == "date":
            return d.strftime("%Y-%m-%d")
        if kind == "zh":
            return "%d年%d月%d日 %s" % (d.year, d.month, d.day, d.strftime("%H:%M"))
        if kind == "edi":
            return d.strftime("%y%m%d:%H%M")
        if kind == "eu":
            return d.strftime("%d.%m.%Y %H:%M")
        if kind == "epoch":
            return str(int((d - _EPOCH).total_seconds()))
        if kind == "epochf":
            return "%d.%03d" % (int((d - _EPOCH).total_seconds()), r.randint(0, 999))
        raise ValueError(kind)

    # -- phones
    def phone(self, cc, mobile=None):
        r, d = self.rng, self.d
        if mobile is None:
            mobile = r.random() < 0.8
        if cc == "US":
            a, e, l_ = r.choice(US_AREA), str(r.randint(201, 989)), d(4)
            return r.choice([f"({a}) {e}-{l_}", f"{a}-{e}-{l_}", f"+1 {a} {e} {l_}", f"{a}.{e}.{l_}",
                             f"+1{a}{e}{l_}", f"1-{a}-{e}-{l_}", f"+1 ({a}) {e}-{l_}"])
        if cc == "GB":
            if mobile:
                m, rest = "7" + r.choice("4579") + d(2), d(6)
                return r.choice([f"0{m} {rest}", f"+44 {m} {rest}", f"+44 (0){m} {rest}", f"0{m}{rest}",
                                 f"+44{m}{rest}", f"0{m} {rest[:3]} {rest[3:]}"])
            return r.choice([f"020 {r.choice('378')}{d(3)} {d(4)}", f"+44 20 {r.choice('378')}{d(3)} {d(4)}",
                             f"0161 {d(3)} {d(4)}", f"01394 {d(6)}"])
        if cc == "IN":
            if mobile:
                m = r.choice("6789") + d(4)
                n = d(5)
                return r.choice([f"+91 {m} {n}", f"+91-{m}{n}", f"0{m}{n}", f"{m} {n}", f"+91{m}{n}"])
            return r.choice([f"+91 22 {d(4)} {d(4)}", f"022-{d(8)}", f"011 {d(4)} {d(4)}", f"044-{d(8)}"])
        if cc == "CN":
            if mobile:
                p, rest = r.choice(CN_MOB), d(8)
                num = p + rest
                return r.choice([num, num, f"{p} {rest[:4]} {rest[4:]}", f"+86 {p} {rest[:4]} {rest[4:]}",
                                 f"+86-{num}", f"+86{num}", f"{p}-{rest[:4]}-{rest[4:]}", f"(+86){num}"])
            a = r.choice(["010", "021", "020", "0755", "0571", "0532", "0574", "022", "0592"])
            return r.choice([f"{a}-{d(8)}", f"({a}){d(8)}", f"+86 {a[1:]} {d(4)} {d(4)}", f"{a}-{d(4)} {d(4)}"])
        if cc == "TW":
            if mobile:
                m = "9" + d(2)
                x, y = d(3), d(3)
                return r.choice([f"0{m}-{x}-{y}", f"0{m} {x} {y}", f"+886 {m} {x} {y}", f"+886-{m}-{x}-{y}",
                                 f"0{m}{x}{y}"])
            return r.choice([f"(02){d(4)}-{d(4)}", f"02-{d(4)}-{d(4)}", f"(07){d(3)}-{d(4)}",
                             f"+886 2 {d(4)} {d(4)}"])
        if cc == "HK":
            n = r.choice("5679") + d(3)
            m = d(4)
            return r.choice([f"+852 {n} {m}", f"(852) {n} {m}", f"+852-{n}{m}", f"+852 {n}-{m}"])
        if cc == "SG":
            return f"+65 {r.choice('89')}{d(3)} {d(4)}"
        if cc == "FR":
            if mobile:
                m = r.choice("67")
            else:
                m = r.choice("12345")
            pairs = [d(2) for _ in range(4)]
            return r.choice([f"0{m} " + " ".join(pairs), f"+33 {m} " + " ".join(pairs),
                             f"+33 (0){m} " + " ".join(pairs), f"0{m}" + "".join(pairs),
                             f"0{m}." + ".".join(pairs)])
        if cc == "DE":
            if mobile:
                p = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "179"])
                n = d(r.choice([7, 8]))
            else:
                p = r.choice(["30", "40", "69", "89", "221", "211", "421", "711", "471"])
                n = d(7)
            return r.choice([f"0{p} {n}", f"+49 {p} {n}", f"+49 (0){p} {n}", f"0{p}-{n}", f"0{p}/{n}",
                             f"+49{p}{n}"])
        if cc == "ES":
            if mobile:
                m = r.choice("67") + d(2)
            else:
                m = "9" + r.choice("1356") + d(1)
            return r.choice([f"+34 {m} {d(2)} {d(2)} {d(2)}", f"{m} {d(3)} {d(3)}", f"+34 {m} {d(3)} {d(3)}",
                             f"+34{m}{d(6)}", f"{m} {d(2)} {d(2)} {d(2)}"])
        if cc == "BR":
            ddd = r.choice(["11", "21", "13", "31", "41", "51", "47", "81"])
            if mobile:
                m, l_ = "9" + d(4), d(4)
            else:
                m, l_ = r.choice("234") + d(3), d(4)
            return r.choice([f"+55 {ddd} {m}-{l_}", f"({ddd}) {m}-{l_}", f"+55 ({ddd}) {m}-{l_}", f"{ddd} {m}{l_}",
                             f"+55{ddd}{m}{l_}"])
        if cc == "JP":
            if mobile:
                m = r.choice(["90", "80", "70"])
                a, b = d(4), d(4)
                return r.choice([f"0{m}-{a}-{b}", f"+81 {m}-{a}-{b}", f"+81-{m}-{a}-{b}", f"0{m}{a}{b}",
                                 f"0{m} {a} {b}"])
            return r.choice([f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}", f"045-{d(3)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}"])
        if cc == "KR":
            if mobile:
                a, b = d(4), d(4)
                return r.choice([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"+82-10-{a}-{b}", f"010 {a} {b}",
                                 f"010{a}{b}", f"+82 10 {a} {b}"])
            return r.choice([f"02-{d(3)}-{d(4)}", f"051-{d(3)}-{d(4)}", f"+82 2-{d(4)}-{d(4)}"])
        if cc == "RU":
            op = r.choice(["916", "915", "903", "905", "926", "985", "921", "911"]) if mobile else r.choice(["495", "812"])
            a, b, c = d(3), d(2), d(2)
            return r.choice([f"+7 {op} {a}-{b}-{c}", f"8 ({op}) {a}-{b}-{c}", f"+7 ({op}) {a}-{b}-{c}",
                             f"+7{op}{a}{b}{c}", f"8{op}{a}{b}{c}", f"+7-{op}-{a}-{b}-{c}"])
        if cc == "IT":
            if mobile:
                m = "3" + r.choice(["20", "28", "33", "35", "38", "39", "40", "45", "47", "48", "49"])
                return r.choice([f"+39 {m} {d(3)} {d(4)}", f"{m} {d(7)}", f"{m}-{d(3)}-{d(4)}", f"+39{m}{d(7)}",
                                 f"+39 {m} {d(7)}"])
            return r.choice([f"+39 02 {d(4)} {d(4)}", f"06 {d(4)} {d(4)}", f"+39 010 {d(6)}"])
        if cc == "NL":
            if mobile:
                return r.choice([f"+31 6 {d(8)}", f"06-{d(8)}", f"06 {d(4)} {d(4)}", f"+31 (0)6 {d(8)}",
                                 f"+316{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"])
            return r.choice([f"010 {d(3)} {d(4)}", f"+31 10 {d(3)} {d(4)}", f"020-{d(7)}"])
        if cc == "PL":
            if mobile:
                m = r.choice("5678") + d(2)
                return r.choice([f"+48 {m} {d(3)} {d(3)}", f"{m}-{d(3)}-{d(3)}", f"{m} {d(3)} {d(3)}",
                                 f"+48{m}{d(6)}", f"+48 {m}-{d(3)}-{d(3)}"])
            return r.choice([f"+48 22 {d(3)} {d(2)} {d(2)}", f"(58) {d(3)} {d(2)} {d(2)}"])
        if cc == "TR":
            if mobile:
                m = "5" + r.choice(["30", "32", "33", "35", "41", "42", "43", "44", "05", "06", "52", "53", "54", "55"])
            else:
                m = r.choice(["212", "216", "232", "312"])
            a, b, c = d(3), d(2), d(2)
            return r.choice([f"+90 {m} {a} {b} {c}", f"0{m} {a} {b} {c}", f"0 ({m}) {a} {b} {c}",
                             f"+90{m}{a}{b}{c}", f"+90 ({m}) {a} {b}{c}"])
        if cc == "VN":
            if mobile:
                m = r.choice(["90", "91", "93", "94", "96", "97", "98", "86", "88", "32", "33", "35", "70", "77",
                              "81", "83", "84"]) + d(1)
                a, b = d(3), d(3)
                return r.choice([f"+84 {m} {a} {b}", f"0{m} {a} {b}", f"0{m}.{a}.{b}", f"+84{m}{a}{b}",
                                 f"0{m}{a}{b}"])
            return r.choice([f"+84 28 {d(4)} {d(4)}", f"024 {d(4)} {d(4)}", f"(028) {d(4)} {d(4)}"])
        raise ValueError(cc)

    # -- network
    def ip_pub(self):
        r = self.rng
        return "%d.%d.%d.%d" % (r.choice(PUB_FIRST_OCTET), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def ip6_pub(self):
        r = self.rng
        pre = r.choice(["2a02", "2a01", "2409", "240e", "2001:4860", "2600:1700", "2a00:1450", "2408", "2003"])
        groups = pre.split(":") + ["%x" % r.randint(0, 0xFFFF) for _ in range(8 - len(pre.split(":")))]
        if r.random() < 0.5:
            cut = r.randint(2, 5)
            return ":".join(groups[:cut]) + "::" + ":".join(groups[cut + 2:])
        return ":".join(groups)

    def client_ip(self):
        return self.ip6_pub() if self.rng.random() < 0.15 else self.ip_pub()

    def ip_priv(self):
        r = self.rng
        k = r.random()
        if k < 0.45:
            return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if k < 0.75:
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))

    def host(self, kind="app"):
        r = self.rng
        return r.choice([f"{kind}-{r.randint(1, 12):02d}.prod.internal", f"{kind}{r.randint(1, 9)}.fwd.local",
                         f"{kind}-{self.hexs(4)}", f"ip-10-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}"])

    # -- secrets
    def password(self):
        r = self.rng
        k = r.random()
        words = ["Harbor", "Cargo", "Summer", "Dragon", "Welcome", "Shanghai", "Rotterdam", "Anchor", "Monkey",
                 "Freight", "Pacific", "Winter", "Qwerty", "Hamburg"]
        if k < 0.4:
            return r.choice(words) + str(r.randint(1, 2025)) + r.choice("!@#$%*?")
        if k < 0.75:
            return self.an(r.randint(10, 16), "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*-_")
        return r.choice(["wang", "li", "zhang", "liu", "chen", "admin", "P@ss", "Pa55w0rd"]) + self.d(r.randint(4, 8)) + r.choice(["", "!", "@", ".."])

    def api_key(self):
        r = self.rng
        k = r.randint(0, 5)
        al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        if k == 0:
            return "sk_live_" + self.an(24, al)
        if k == 1:
            return "ghp_" + self.an(36, al)
        if k == 2:
            return self.hexs(32)
        if k == 3:
            return "xoxb-" + self.d(12) + "-" + self.d(13) + "-" + self.an(24, al)
        if k == 4:
            return "AIza" + self.an(35, al + "-_")
        return "key-" + self.hexs(8) + "-" + self.hexs(4) + "-" + self.hexs(4) + "-" + self.hexs(12)

    def aws_pair(self):
        return ("AKIA" + self.an(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                self.an(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"))

    def jwt(self, sub=None):
        def b64(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        head = b64({"alg": "HS256", "typ": "JWT"})
        body = b64({"sub": sub or self.hexs(12), "iat": self.rng.randint(1704067200, 1750000000),
                    "scope": "shipments:read docs:write"})
        sig = self.an(43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        return f"{head}.{body}.{sig}"

    def token(self, n=32):
        return self.an(n, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    # -- financial / identity
    def card(self, kind=None):
        r = self.rng
        kind = kind or r.choice(["visa", "visa", "mc", "mc2", "amex", "cup", "jcb"])
        pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
                  "amex": (r.choice(["34", "37"]), 15), "cup": ("62" + r.choice(["22", "28", "17", "14"]), r.choice([16, 16, 19])),
                  "jcb": (str(r.randint(3528, 3589)), 16)}[kind]
        body = pre + self.d(n - 1 - len(pre))
        num = body + luhn_digit(body)
        style = r.choice(["space", "space", "dash", "plain"])
        if style == "plain":
            return num
        sep = " " if style == "space" else "-"
        if n == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, n, 4))

    def iban(self, cc=None):
        r = self.rng
        cc = cc or r.choice(["DE", "GB", "FR", "NL", "ES", "IT", "PL", "BE", "PT", "AT", "IE", "TR", "CH"])
        if cc in ("GB", "IE"):
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI"]) + self.d(14)
        elif cc == "NL":
            bban = r.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + self.d(10)
        elif cc == "IT":
            bban = self.L(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + self.d(22)
        elif cc == "TR":
            bban = self.d(5) + "0" + self.d(16)
        else:
            bban = self.d({"DE": 18, "FR": 23, "ES": 20, "PL": 24, "BE": 12, "PT": 21, "AT": 16, "CH": 17}[cc])
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        iban = "%s%02d%s" % (cc, 98 - int(num) % 97, bban)
        if r.random() < 0.55:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self, plain_ok=False):
        r = self.rng
        area = r.choice([r.randint(1, 665), r.randint(667, 899)])
        s = "%03d-%02d-%04d" % (area, r.randint(1, 99), r.randint(1, 9999))
        if plain_ok and r.random() < 0.25:
            return s.replace("-", "")
        if r.random() < 0.1:
            return s.replace("-", " ")
        return s

    def passport(self, cc):
        r, d, L = self.rng, self.d, self.L
        A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if cc == "US":
            return d(9) if r.random() < 0.5 else L(1, A) + d(8)
        if cc == "GB":
            return d(9)
        if cc == "CN":
            return "E" + d(8) if r.random() < 0.5 else "E" + L(1, "ABCDEFGHJKLMN") + d(7)
        if cc == "TW":
            return "3" + d(8)
        if cc == "DE":
            return r.choice("CFGHJK") + self.an(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return d(2) + L(2, A) + d(5)
        if cc == "IN":
            return L(1, "JKLMNPRSTUVWZ") + d(7)
        if cc == "JP":
            return r.choice(["TK", "TR", "MZ", "TZ"]) + d(7)
        if cc == "KR":
            return "M" + d(8)
        if cc == "PL":
            return L(2, A) + d(7)
        if cc == "RU":
            return d(2) + " " + d(7) if r.random() < 0.5 else d(9)
        if cc == "BR":
            return L(2, A) + d(6)
        if cc == "ES":
            return L(3, A) + d(6)
        if cc == "IT":
            return L(2, A) + d(7)
        if cc == "NL":
            return self.an(9, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789")
        if cc == "TR":
            return "U" + d(8)
        if cc == "VN":
            return r.choice("BCN") + d(7)
        return L(2, A) + d(7)

    def cn_id(self):
        r = self.rng
        birth = datetime(1960, 1, 1) + timedelta(days=r.randint(0, 15700))
        body = r.choice(CN_AREAS) + birth.strftime("%Y%m%d") + self.d(3)
        return body + cn_id_check(body)

    def plate(self, cc):
        r, d, L = self.rng, self.d, self.L
        if cc == "CN":
            p = r.choice(CN_PROV) + L(1)
            k = r.random()
            if k < 0.2:
                return p + r.choice("DF") + d(5)
            tail = list(d(5))
            if r.random() < 0.5:
                tail[r.randint(0, 4)] = L(1)
            tail = "".join(tail)
            return p + ("·" if k < 0.45 else "") + tail
        if cc == "CN_TRAILER":
            return r.choice(CN_PROV) + L(1) + d(4) + "挂"
        if cc == "US":
            return r.choice([d(1) + L(3) + d(3), L(3) + "-" + d(4), L(3) + " " + d(4), d(2) + L(1) + d(5)])
        if cc == "GB":
            return L(2) + d(2) + " " + L(3) if r.random() < 0.8 else L(2) + d(2) + L(3)
        if cc == "DE":
            city = r.choice(["HH", "B", "M", "HB", "K", "F", "S", "DU", "D", "H", "BI", "MA", "BRV"])
            return city + r.choice(["-", " "]) + L(r.randint(1, 2)) + " " + str(r.randint(1, 9999))
        if cc == "FR":
            return L(2) + "-" + d(3) + "-" + L(2)
        if cc == "ES":
            return d(4) + r.choice([" ", ""]) + L(3, "BCDFGHJKLMNPRSTVWXYZ")
        if cc == "IT":
            return L(2) + r.choice([" ", ""]) + d(3) + r.choice([" ", ""]) + L(2)
        if cc == "NL":
            c = "BDFGHJKLNPRSTVXZ"
            return r.choice([d(2) + "-" + L(3, c) + "-" + d(1), L(2, c) + "-" + d(3) + "-" + L(1, c),
                             d(1) + "-" + L(3, c) + "-" + d(2), "B" + L(1, c) + "-" + d(3) + "-" + L(1, c)])
        if cc == "PL":
            return r.choice(["WA", "WE", "KR", "PO", "GD", "WR", "LU", "SZ", "EL"]) + " " + r.choice([d(5), d(3) + L(2), d(1) + L(2) + d(2)])
        if cc == "BR":
            return L(3) + d(1) + L(1) + d(2) if r.random() < 0.6 else L(3) + "-" + d(4)
        if cc == "TW":
            return r.choice([L(3) + "-" + d(4), "KL" + L(1) + "-" + d(4), d(3) + "-" + L(2)])
        if cc == "HK":
            return L(2) + r.choice([" ", ""]) + str(r.randint(1, 9999))
        if cc == "JP":
            kana = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ"
            return "%s %s %s %s-%s" % (r.choice(["品川", "横浜", "名古屋", "大阪", "神戸", "なにわ", "足立", "千葉"]),
                                       r.choice(["100", "130", "300", "400", "500", "800", "11", "88"]),
                                       r.choice(kana), d(2), d(2))
        if cc == "KR":
            return d(r.choice([2, 3])) + r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주") + " " + d(4)
        if cc == "RU":
            c = "АВЕКМНОРСТУХ"
            return L(1, c) + d(3) + L(2, c) + " " + r.choice(["77", "97", "177", "78", "50", "199", "777", "39"])
        if cc == "TR":
            return r.choice(["34", "06", "35", "16", "41", "01", "33"]) + " " + r.choice([L(1) + " " + d(4), L(2) + " " + d(3), L(3) + " " + d(2)])
        if cc == "IN":
            return r.choice(["MH", "DL", "GJ", "TN", "KA", "WB"]) + r.choice([" ", ""]) + d(2) + r.choice([" ", ""]) + L(2) + r.choice([" ", ""]) + d(4)
        if cc == "VN":
            return d(2) + L(1, "ABCDEFGHKLMNPSTUVXYZ") + "-" + d(3) + "." + d(2)
        return L(3) + "-" + d(4)

    # -- trade identifiers (decoys)
    def container(self):
        r = self.rng
        owner = r.choice(OWNER_CODES)
        serial = self.d(6)
        vals = [_ISO_LET[c] for c in owner] + [int(c) for c in serial]
        chk = sum(v * (2 ** i) for i, v in enumerate(vals)) % 11 % 10
        c = owner + serial + str(chk)
        if r.random() < 0.12:
            return f"{owner} {serial} {chk}"
        return c

    def bl(self):
        r = self.rng
        return r.choice([r.choice(["MAEU", "MEDU", "COSU", "HLCU", "ONEY", "EGLV", "CMDU", "OOLU"]) + self.d(r.choice([9, 10])),
                         "SHA" + self.d(7), r.choice(["HBL", "OBF", "SRF"]) + self.d(8)])

    def booking(self):
        r = self.rng
        return r.choice([self.d(9), self.d(10), "BKG" + self.d(8), r.choice(SCAC) + self.an(8, "0123456789ABCDEF")])

    def awb(self, sep="-"):
        serial = self.d(7)
        return self.rng.choice(AIRLINE_PREFIX) + sep + serial + str(int(serial) % 7)

    def hs(self):
        r = self.rng
        ch = r.choice(["8471", "8517", "6403", "9503", "8708", "0306", "8507", "9403", "8504", "6109", "2204", "0901", "3926"])
        return r.choice([f"{ch}.{self.d(2)}", f"{ch}.{self.d(2)}.{self.d(2)}", f"{ch}{self.d(6)}", f"{ch}.{self.d(2)}.{self.d(4)}"])

    def hs_cn(self):
        return self.rng.choice(["8471", "8517", "6403", "9503", "8708", "0306", "8507", "9403", "6109", "2204", "4901"]) + self.d(6)

    def mrn(self, cc=None):
        cc = cc or self.rng.choice(["DE", "NL", "BE", "FR", "PL", "IT", "ES"])
        return "%02d%s%s%s%s" % (self.rng.randint(23, 25), cc, self.an(12), self.rng.choice("ABCDEJ"), self.d(1))

    def eori(self, cc=None):
        cc = cc or self.rng.choice(["DE", "NL", "GB", "FR", "PL", "IT", "ES", "BE"])
        if cc == "GB":
            return "GB" + self.d(9) + "000"
        return cc + self.d(self.rng.choice([9, 11, 13, 15]))

    def entry_no(self):
        num = self.d(7)
        return f"{self.an(3)}-{num}-{self.d(1)}"

    def importer_no(self):
        return f"{self.d(2)}-{self.d(7)}{self.rng.choice(['00', '01', '02'])}"

    def sscc(self):
        while True:
            body = self.rng.choice("0123") + self.d(16)
            tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
            s = body + str((10 - tot % 10) % 10)
            if cn_id_check(s[:17]) != s[17]:
                return s

    def decl_no(self):
        """18-digit Chinese customs declaration number; never a valid resident-ID check digit."""
        while True:
            s = self.rng.choice(["2201", "2244", "2248", "5316", "5301", "3104", "4218", "0209"]) + \
                str(self.rng.randint(2023, 2025)) + self.rng.choice("01") + self.d(9)
            if cn_id_check(s[:17]) != s[17]:
                return s

    def uscc(self):
        body = "91" + self.rng.choice(CN_AREAS) + self.an(9, "0123456789ABCDEFGHJKLMNPQRTUWXY")
        tot = sum(_USCC_CH.index(c) * w for c, w in zip(body, _USCC_W))
        return body + _USCC_CH[(31 - tot % 31) % 31]

    def seal(self):
        return self.rng.choice(["SL", "ML-", "CN", "H", "EU"]) + self.d(self.rng.choice([6, 7, 8]))

    def imo(self):
        digits = [int(c) for c in str(self.rng.randint(900000, 999999))]
        chk = sum(dg * w for dg, w in zip(digits, [7, 6, 5, 4, 3, 2])) % 10
        return "".join(map(str, digits)) + str(chk)

    def voyage(self):
        return self.d(3) + self.rng.choice("EWNS") if self.rng.random() < 0.6 else self.d(4) + self.rng.choice(["E", "W", "N", "S", "R"])

    def amount(self, cur=None, lo=50, hi=90000):
        r = self.rng
        cur = cur or r.choice(["USD", "EUR", "CNY", "GBP"])
        x = r.randint(lo * 100, hi * 100) / 100
        if cur == "EUR" and r.random() < 0.5:
            s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return s + " €" if r.random() < 0.5 else "EUR " + s
        if cur == "CNY":
            return r.choice(["¥", "CNY ", "RMB "]) + f"{x:,.2f}"
        sym = {"USD": "$", "GBP": "£"}.get(cur, "")
        if sym and r.random() < 0.5:
            return sym + f"{x:,.2f}"
        return f"{cur} {x:,.2f}"

    def weight(self):
        return f"{self.rng.randint(1200, 28500):,}"

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.rng.choice('89ab')}{h[17:20]}-{h[20:]}"

    def company(self, loc=None):
        r = self.rng
        k = r.random()
        if loc is None and k < 0.3:
            return r.choice(FORWARDERS)
        loc = loc or r.choice(["en_US", "en_GB", "de_DE", "zh_CN", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_IN"])
        if loc == "zh_CN" and r.random() < 0.6:
            return r.choice(CITY_ZH) + self.fk["zh_CN"].company()
        return self.fk[loc].company()

    def domain(self):
        return self.rng.choice(CORP_DOMAINS)

    def role_mailbox(self, domain=None):
        return self.rng.choice(ROLES) + "@" + (domain or self.domain())

    def svc(self):
        return self.rng.choice(SERVICE_ACCOUNTS)

    def masked_phone(self):
        r = self.rng
        return r.choice([r.choice(CN_MOB) + "****" + self.d(4), "+1 ***-***-" + self.d(4), "*******" + self.d(4),
                         "+44 7*** ***" + self.d(3), "09**-***-" + self.d(3)])

    def masked_card(self):
        r = self.rng
        last = self.d(4)
        return r.choice(["****" + last, "**** **** **** " + last, "XXXX-XXXX-XXXX-" + last,
                         r.choice(["4", "5"]) + self.d(5) + "******" + last, "ending in " + last])

    def masked_id(self):
        return self.rng.choice(CN_AREAS)[:4] + "*" * 10 + self.d(3) + self.rng.choice("0123456789X")


# --------------------------------------------------------------------------- templates

TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


PER = lambda v: S(v, "PERSON")  # noqa: E731
EM = lambda v: S(v, "EMAIL_ADDRESS")  # noqa: E731
PH = lambda v: S(v, "PHONE_NUMBER")  # noqa: E731
IP = lambda v: S(v, "IP_ADDRESS")  # noqa: E731
CRED = lambda v: S(v, "CREDENTIAL")  # noqa: E731
PLATE = lambda v: S(v, "LICENSE_PLATE")  # noqa: E731


# ---- English -------------------------------------------------------------------------

@T
def t_gate_in_syslog(g):
    r = g.rng
    p = g.person()
    return fmt('<134>{ts} {host} gatekeeper[{pid}]: GATE-IN lane={lane} truck={plate} driver="{drv}" ctr={ctr} '
               'seal={seal} appt={appt} ocr_conf=0.{conf}',
               ts=g.ts("syslog"), host=D(g.host("gate"), "hostname"), pid=r.randint(1000, 32000), lane=r.randint(1, 16),
               plate=PLATE(g.plate(r.choice(["US", "US", "NL", "DE", "GB"]))), drv=PER(p.full()),
               ctr=D(g.container(), "container"), seal=D(g.seal(), "seal"),
               appt=D("TAP" + g.d(8), "appointment_id"), conf=r.randint(80, 99))


@T
def t_gate_out_syslog(g):
    r = g.rng
    return fmt("<134>{ts} {host} gatekeeper[{pid}]: GATE-OUT lane={lane} ctr={ctr} chassis={chassis} status=RELEASED "
               "dwell={dw}d{dh}h upstream={up}",
               ts=g.ts("syslog"), host=D(g.host("gate"), "hostname"), pid=r.randint(1000, 32000), lane=r.randint(1, 16),
               ctr=D(g.container(), "container"), chassis=D(r.choice(["TRAC", "DCLZ", "FLXZ"]) + g.d(6), "chassis"),
               dw=r.randint(0, 9), dh=r.randint(0, 23), up=D(g.ip_priv() + ":8443", "server_ip"))


@T
def t_booking_created_json(g):
    r = g.rng
    p = g.person()
    dom = g.domain()
    return fmt('{"event":"booking.created","booking_no":"{bk}","shipper":{"company":"{co}","contact_name":"{nm}",'
               '"email":"{em}","phone":"{ph}"},"cc":"{cc}","pol":"{pol}","pod":"{pod}","equipment":"{eq}","qty":{q},'
               '"created_at":"{ts}"}',
               bk=D(g.booking(), "booking_id"), co=D(g.company(), "company"), nm=PER(p.full()),
               em=EM(p.email(r.choice([None, dom]))), ph=PH(p.phone()), cc=D(g.role_mailbox(dom), "role_mailbox"),
               pol=r.choice(PORTS), pod=r.choice(PORTS), eq=r.choice(["20GP", "40GP", "40HC", "45HC", "40RF"]),
               q=r.randint(1, 12), ts=g.ts("iso"))


@T
def t_dcsa_event_webhook(g):
    r = g.rng
    return fmt('{"eventType":"TRANSPORT","eventClassifierCode":"ACT","transportEventTypeCode":"{code}",'
               '"carrierBookingReference":"{bk}","equipmentReference":"{ctr}","transportCall":{"UNLocationCode":"{port}",'
               '"vessel":{"vesselIMONumber":"{imo}","vesselName":"{vsl}"},"carrierVoyageNumber":"{voy}"},'
               '"eventDateTime":"{ts}"}',
               code=r.choice(["ARRI", "DEPA"]), bk=D(g.booking(), "booking_id"), ctr=D(g.container(), "container"),
               port=r.choice(PORTS), imo=D(g.imo(), "imo_number"), vsl=D(r.choice(VESSELS), "vessel"),
               voy=D(g.voyage(), "voyage"), ts=g.ts("iso"))


@T
def t_api_gw_kv(g):
    r = g.rng
    p = g.person()
    return fmt("{ts} INFO api-gw method={m} path=/v2/shipments/{sid}/documents client_ip={ip} user={u} status={st} "
               "latency_ms={lat} upstream={up} req_id={rid}",
               ts=g.ts("iso"), m=r.choice(["GET", "POST", "PUT"]), sid=D("SHP" + g.d(9), "shipment_id"),
               ip=IP(g.client_ip()), u=PER(p.login()), st=r.choice([200, 201, 204, 403, 404]), lat=r.randint(8, 900),
               up=D(g.ip_priv() + ":" + str(r.choice([8080, 9000, 3000])), "server_ip"), rid=D(g.uuid(), "request_id"))


@T
def t_nginx_tracking(g):
    r = g.rng
    p = g.person()
    return fmt('{ip} - {u} [{ts}] "GET /track?bl={bl}&lang=en HTTP/1.1" {st} {sz} "https://portal.{dom}/shipments" "{ua}"',
               ip=IP(g.client_ip()), u=PER(p.login()), ts=g.ts("clf"), bl=D(g.bl(), "bl_number"),
               st=r.choice([200, 200, 304]), sz=r.randint(400, 60000), dom=g.domain(), ua=r.choice(UA))


@T
def t_lb_healthcheck(g):
    r = g.rng
    return fmt('{ip} - - [{ts}] "GET /healthz HTTP/1.1" 200 {sz} "-" "ELB-HealthChecker/2.0" host={host} build={ver}',
               ip=D(g.ip_priv(), "load_balancer_ip"), ts=g.ts("clf"), sz=r.randint(2, 40),
               host=D(g.host("tms-api"), "hostname"),
               ver=D("%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99), r.randint(100, 9999)), "version"))


@T
def t_ace_entry_summary(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "en_US", "es_ES", "en_IN", "zh_CN", "ko_KR", "vi_VN"]))
    return fmt('ACE ES submitted entry={en} IOR={ior} type=01 port={port} consignee="{co}" notify="{nm}" tel {ph} '
               'HTS {hs} value {amt} status=ACCEPTED',
               en=D(g.entry_no(), "entry_number"), ior=D(g.importer_no(), "importer_number"),
               port=r.choice(["2704", "2709", "1001", "5301", "3002"]), co=D(g.company("en_US"), "company"),
               nm=PER(p.full()), ph=PH(g.phone("US")), hs=D(g.hs(), "hs_code"), amt=D(g.amount("USD"), "amount"))


@T
def t_cbp5106_individual(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "en_US", "es_ES", "en_IN", "vi_VN", "en_GB"]))
    return fmt('CBP5106 create: importer_type=INDIVIDUAL name="{nm}" importer_id={ssn} id_type=SSN '
               'email={em} broker_ref={ref} filer={filer}',
               nm=PER(p.formal()), ssn=S(g.ssn(plain_ok=True), "US_SSN"), em=EM(p.email()),
               ref=D("BR-" + g.d(6), "reference"), filer=D(g.an(3), "filer_code"))


@T
def t_duty_payment_card(g):
    r = g.rng
    p = g.person()
    return fmt("payment.succeeded txn={txn} entry={en} amount={amt} card={card} exp={mm}/{yy} avs=Y payer=\"{nm}\" "
               "gateway=adyen",
               txn=D("pi_" + g.token(24), "transaction_id"), en=D(g.entry_no(), "entry_number"),
               amt=D(g.amount("USD", 20, 9000), "amount"), card=S(g.card(), "CREDIT_CARD"),
               mm="%02d" % r.randint(1, 12), yy=r.randint(25, 31), nm=PER(p.full()))


@T
def t_duty_refund_masked(g):
    r = g.rng
    return fmt("{ts} payment.refunded txn={txn} card={card} amount={amt} reason=duplicate_duty_payment entry={en}",
               ts=g.ts("sql"), txn=D("re_" + g.token(24), "transaction_id"), card=D(g.masked_card(), "masked"),
               amt=D(g.amount("USD", 20, 9000), "amount"), en=D(g.entry_no(), "entry_number"))


@T
def t_sepa_refund(g):
    r = g.rng
    loc = r.choice(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "en_GB"])
    p = g.person(loc)
    return fmt('duty refund queued: beneficiary="{nm}" iban={iban} bic={bic} amount={amt} ref MRN {mrn} batch={b}',
               nm=PER(p.full()), iban=S(g.iban(LOC_CC[loc]), "IBAN_CODE"), bic=D(r.choice(BIC), "bic"),
               amt=D(g.amount("EUR", 10, 20000), "amount"), mrn=D(g.mrn(), "mrn"), b=D("SEPA" + g.d(8), "batch_id"))


@T
def t_edifact_iftmin(g):
    r = g.rng
    p = g.person()
    return fmt("UNB+UNOC:3+{snd}:ZZZ+{rcv}:ZZZ+{ts}+{icn}'UNH+1+IFTMIN:D:99B:UN'BGM+335+{bk}+9'"
               "NAD+CZ+++{co}'CTA+IC+:{nm}'COM+{ph}:TE'COM+{em}:EM'EQD+CN++45G1'UNT+8+1'UNZ+1+{icn2}'",
               snd=r.choice(["FWDR01", "SILKRT", "OCNBRG"]), rcv=r.choice(SCAC), ts=g.ts("edi"),
               icn=D(g.d(9), "interchange_ref"), bk=D(g.booking(), "booking_id"),
               co=D(g.company().upper(), "company"), nm=PER(p.upper()), ph=PH(p.phone()), em=EM(p.email()),
               icn2=D(g.d(9), "interchange_ref"))


@T
def t_x12_315(g):
    r = g.rng
    d = g.dt()
    return fmt("ISA*00*          *00*          *ZZ*{snd}*ZZ*FWDRPROD       *{dd}*{tt}*U*00401*{icn}*0*P*>~"
               "B4***{st}*{date}*{tt}**{pre}*{num}*L*45G1*{port}***~N9*BM*{bl}~Q2*{imo}**{date}***{voy}*L**{vsl}~",
               snd=r.choice(SCAC) + " " * 11, dd=d.strftime("%y%m%d"), tt=d.strftime("%H%M"),
               icn=D(g.d(9), "interchange_ref"), st=r.choice(["VA", "AE", "UV", "OA", "AV"]), date=d.strftime("%Y%m%d"),
               pre=r.choice(OWNER_CODES), num=D(g.d(7), "container_serial"), port=r.choice(PORTS),
               bl=D(g.bl(), "bl_number"), imo=D(g.imo(), "imo_number"), voy=D(g.voyage(), "voyage"),
               vsl=D(r.choice(VESSELS), "vessel"))


@T
def t_bl_json_pascal(g):
    r = g.rng
    p = g.person()
    ctrs = []
    for i in range(r.randint(1, 3)):
        if i:
            ctrs.append(",")
        ctrs += ['"', D(g.container(), "container"), '"']
    return fmt('{"BLNumber":"{bl}","Shipper":"{sh}","Consignee":"{cn}","NotifyParty":"{nm}","NotifyPhone":"{ph}",'
               '"Vessel":"{vsl}","Voyage":"{voy}","PortOfLoading":"{pol}","Containers":[{ctrs}],"Freight":"PREPAID"}',
               bl=D(g.bl(), "bl_number"), sh=D(g.company(), "company"), cn=D(g.company(), "company"),
               nm=PER(p.full()), ph=PH(p.phone()), vsl=D(r.choice(VESSELS), "vessel"), voy=D(g.voyage(), "voyage"),
               pol=r.choice(PORTS), ctrs=ctrs)


@T
def t_doc_upload_audit(g):
    r = g.rng
    p = g.person()
    return fmt('AUDIT {ts} user={u} ip={ip} action=DOC_UPLOAD doc_type={dt} file="{fn}" sha256={h} size={sz}',
               ts=g.ts("sql"), u=PER(p.login()), ip=IP(g.client_ip()),
               dt=r.choice(["COMMERCIAL_INVOICE", "PACKING_LIST", "CERT_OF_ORIGIN", "POWER_OF_ATTORNEY", "MSDS"]),
               fn=D("invoice_" + g.d(8) + ".pdf", "filename"), h=D(g.hexs(64), "hash"), sz=r.randint(20000, 5000000))


@T
def t_note_callback(g):
    r = g.rng
    staff = g.person(r.choice(["en_US", "en_GB", "en_IN"]))
    c = g.person()
    pro = "she" if not c.male else "he"
    return fmt("note by {st}: called {nm} on {ph} re missing packing list for {bl}; {pro}'ll email it to {em} by EOD.",
               st=PER(staff.login()), nm=PER(c.full()), ph=PH(c.phone()), bl=D(g.bl(), "bl_number"), pro=pro,
               em=EM(c.email()))


@T
def t_note_passport(g):
    r = g.rng
    c = g.person()
    return fmt("Consignee {t} {ln} says cargo is personal effects (unaccompanied baggage) - got passport copy "
               "{pp} ({cc}), forwarded to customs desk. Ref {ref}",
               t=c.title(), ln=PER(c.last), pp=S(g.passport(c.cc), "PASSPORT"), cc=c.cc, ref=D("UB-" + g.d(6), "reference"))


@T
def t_border_checkin(g):
    r = g.rng
    p = g.person(r.choice(["pl_PL", "pl_PL", "ru_RU", "tr_TR", "de_DE", "nl_NL"]))
    pc = r.choice(["PL", "DE", "NL", "TR"])
    return fmt('border.checkin crossing={x} driver_name="{nm}" passport_no={pp} nationality={cc} tractor={tr} '
               'trailer={tl} tir_carnet={tir} t1_mrn={mrn}',
               x=r.choice(["Terespol", "Kapitan Andreevo", "Medyka", "Kapikule"]), nm=PER(p.full()),
               pp=S(g.passport(p.cc), "PASSPORT"), cc=p.cc, tr=PLATE(g.plate(pc)), tl=PLATE(g.plate(pc)),
               tir=D("XK" + g.d(8), "carnet_number"), mrn=D(g.mrn(), "mrn"))


@T
def t_sms_release_pin(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "en_US", "es_ES", "en_GB", "en_IN"]))
    cc = "GB" if p.loc == "en_GB" else "US"
    return fmt("SMS to {ph}: Hi {fn}, container {ctr} is available for pickup at {term}. Release PIN: {pin}. "
               "Reply STOP to opt out.",
               ph=PH(g.phone(cc, True)), fn=PER(p.first), ctr=D(g.container(), "container"),
               term="Felixstowe Trinity" if cc == "GB" else r.choice(US_TERMINALS), pin=CRED(g.d(r.choice([4, 6]))))


@T
def t_email_header(g):
    r = g.rng
    p = g.person()
    dom = g.domain()
    return fmt('From: "{nm}" <{em}> | To: {to} | Subject: RE: BL {bl} draft approval | Message-ID: <{mid}@mail.{dom}>',
               nm=PER(p.full()), em=EM(p.email()), to=D(g.role_mailbox(dom), "role_mailbox"),
               bl=D(g.bl(), "bl_number"), mid=D(g.hexs(16), "message_id"), dom=dom)


@T
def t_email_noreply(g):
    r = g.rng
    carrier = r.choice(["maersk.com", "msc.com", "cma-cgm.com", "hlag.com", "one-line.com", "evergreen-line.com"])
    return fmt("From: {fr} | To: {to} | Subject: Arrival Notice {bl} / ETA {eta} {port} | X-Mailer: carrier-notify {ver}",
               fr=D(r.choice(["noreply@", "no-reply@", "notifications@"]) + carrier, "role_mailbox"),
               to=D(g.role_mailbox(), "role_mailbox"), bl=D(g.bl(), "bl_number"), eta=g.ts("date"),
               port=r.choice(PORTS), ver=D("%d.%d.%d" % (r.randint(1, 5), r.randint(0, 9), r.randint(0, 30)), "version"))


@T
def t_java_stack_validation(g):
    r = g.rng
    p = g.person()
    return fmt('{ts} ERROR [customs-filer] c.f.c.AceValidator - {"msg":"ValidationException: invalid importer '
               'contact phone \'{ph}\' for consignee \'{nm}\'","stack":"com.fwd.customs.ValidationException\\n\\tat '
               'com.fwd.customs.AceValidator.validate(AceValidator.java:{ln})\\n\\tat '
               'com.fwd.customs.EntryService.submit(EntryService.java:{ln2})"}',
               ts=g.ts("ms"), ph=PH(p.phone()), nm=PER(p.full()), ln=r.randint(40, 400), ln2=r.randint(40, 400))


@T
def t_db_conn_error(g):
    r = g.rng
    return fmt("{ts} FATAL sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to "
               "postgresql://{u}:{pw}@{ip}:5432/tms (Background on this error at: https://sqlalche.me/e/14/e3q8)",
               ts=g.ts("ms"), u=D(r.choice(["edi_app", "tms_rw", "postgres"]), "service_account"),
               pw=CRED(g.password()), ip=D(g.ip_priv(), "server_ip"))


@T
def t_config_dump_key(g):
    r = g.rng
    return fmt("carrier-connector[{pid}] loaded config: {car}.api_base=https://api.{car}.com/v2 {car}.consumer_key={k} "
               "timeout=30s retries=3 client_id={cid}",
               pid=r.randint(1000, 40000), car=r.choice(["maersk", "hlag", "cma-cgm", "msc"]), k=CRED(g.api_key()),
               cid=D("fwd-" + g.hexs(8), "client_id"))


@T
def t_auth_failure_pw(g):
    p = g.person()
    return fmt('{ts} WARN auth: login failed user={em} ip={ip} reason=bad_password attempted="{pw}" attempts={n}',
               ts=g.ts("iso"), em=EM(p.email()), ip=IP(g.client_ip()), pw=CRED(g.password()), n=g.rng.randint(1, 6))


@T
def t_fail2ban(g):
    r = g.rng
    return fmt("{ts} fail2ban.actions [{pid}]: NOTICE [{jail}] Ban {ip} (attempts={n}, host {host})",
               ts=g.ts("ms"), pid=r.randint(500, 9000), jail=r.choice(["sshd", "sftp-edi", "portal-auth"]),
               ip=IP(g.ip_pub()), n=r.randint(5, 40), host=D(g.host("sftp"), "hostname"))


@T
def t_sftp_internal(g):
    r = g.rng
    return fmt("{ts} {host} sftp-server[{pid}]: session opened for local user {u} from [{ip}] - received {fn} ({sz} bytes)",
               ts=g.ts("syslog"), host=D(g.host("sftp"), "hostname"), pid=r.randint(1000, 60000),
               u=D(r.choice(["edi_inbound", "sftp-cargo", "as2gw"]), "service_account"), ip=D(g.ip_priv(), "server_ip"),
               fn=D("IFTSTA_" + g.d(12) + ".edi", "filename"), sz=r.randint(800, 90000))


@T
def t_csv_export_contact(g):
    r = g.rng
    p = g.person()
    return fmt('{bl},{ctr},"{co}","{nm}",{ph},{em},{pol},{pod},{wt},{dt}',
               bl=D(g.bl(), "bl_number"), ctr=D(g.container(), "container"), co=D(g.company(), "company"),
               nm=PER(p.formal()), ph=PH(p.phone()), em=EM(p.email()), pol=r.choice(PORTS), pod=r.choice(PORTS),
               wt=D(str(r.randint(800, 28000)), "weight"), dt=g.ts("date"))


@T
def t_csv_row_plain(g):
    r = g.rng
    return fmt("{dt},{ctr},{ty},{wt},{pol},{pod},FCL,{vsl},{voy},{hs}",
               dt=g.ts("date"), ctr=D(g.container(), "container"), ty=r.choice(["22G1", "45G1", "45R1", "42G1"]),
               wt=D(str(r.randint(1500, 30480)), "weight"), pol=r.choice(PORTS), pod=r.choice(PORTS), vsl=D(r.choice(VESSELS), "vessel"),
               voy=D(g.voyage(), "voyage"), hs=D(g.hs(), "hs_code"))


@T
def t_truck_appt_dotted(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "es_ES", "en_US", "pt_BR", "vi_VN"]))
    return fmt('{"appt.id":"{aid}","appt.slot":"{ts}","terminal.code":"{term}","driver.name":"{nm}","driver.mobile":"{ph}",'
               '"truck.plate":"{pl}","truck.scac":"{scac}","move.type":"IMPORT_PICKUP","unit.id":"{ctr}"}',
               aid=D("TAP" + g.d(8), "appointment_id"), ts=g.ts("iso"), term=r.choice(["LBCT", "TRAPAC", "FMS", "WBCT"]),
               nm=PER(p.full()), ph=PH(g.phone("US", True)), pl=PLATE(g.plate("US")), scac=D(g.L(4), "scac"),
               ctr=D(g.container(), "container"))


@T
def t_wms_putaway(g):
    r = g.rng
    return fmt("{ts} WMS putaway sku={sku} qty={q} loc={loc} pallet={sscc} operator=RF-GUN-{gun} asn={asn}",
               ts=g.ts("sql"), sku=D(g.an(3) + "-" + g.d(6), "sku"), q=r.randint(1, 480),
               loc="%s-%02d-%02d-%d" % (r.choice("ABCDEF"), r.randint(1, 40), r.randint(1, 12), r.randint(1, 5)),
               sscc=D(g.sscc(), "sscc"), gun="%02d" % r.randint(1, 40), asn=D("ASN" + g.d(9), "asn_number"))


@T
def t_pickup_passport(g):
    r = g.rng
    rec = g.person()
    staff = g.person(r.choice(["en_GB", "en_US", "nl_NL", "de_DE"]))
    return fmt("{ts} pickup released to {nm} (ID checked: passport {pp}, {cc}) for order {o}; released by {st}",
               ts=g.ts("sql"), nm=PER(rec.full()), pp=S(g.passport(rec.cc), "PASSPORT"), cc=rec.cc,
               o=D("WO-" + g.d(7), "order_id"), st=PER(staff.login()))


@T
def t_isf_accepted(g):
    r = g.rng
    return fmt('ISF-10 accepted bill={bl} manufacturer="{m}" buyer="{b}" ship_to="{s}" importer_no={ior} '
               'consolidator="{c}" txn={t}',
               bl=D(g.bl(), "bl_number"), m=D(g.company("zh_CN") if r.random() < .3 else g.company(), "company"),
               b=D(g.company("en_US"), "company"), s=D(g.company("en_US"), "company"),
               ior=D(g.importer_no(), "importer_number"), c=D(r.choice(FORWARDERS), "company"), t=D(g.d(12), "transaction_id"))


@T
def t_webhook_api_key(g):
    r = g.rng
    return fmt("POST /webhooks/{src} X-Signature=sha256={h} X-Api-Key={k} bytes={n} via {lb} -> {up} 202",
               src=r.choice(["project44", "fourkites", "vizion", "portcast"]), h=D(g.hexs(64), "hash"),
               k=CRED(g.api_key()), n=r.randint(300, 9000), lb=D(g.ip_priv(), "load_balancer_ip"),
               up=D(g.host("hooks"), "hostname"))


@T
def t_oauth_issued(g):
    p = g.person()
    login = p.login()
    return fmt("oauth2 token issued client_id=fwd-portal grant_type=refresh_token sub={sub} access_token={at} "
               "refresh_token={rt} expires_in=3600",
               sub=PER(login), at=CRED(g.jwt()), rt=CRED(g.token(48)))


@T
def t_portal_signup(g):
    r = g.rng
    p = g.person()
    return fmt('portal.signup email={em} name="{nm}" company="{co}" phone={ph} ip={ip} ua="{ua}" plan=SME',
               em=EM(p.email()), nm=PER(p.full()), co=D(g.company(), "company"), ph=PH(p.phone()),
               ip=IP(g.client_ip()), ua=r.choice(UA))


@T
def t_vessel_schedule(g):
    r = g.rng
    return fmt("schedule update: {vsl} (IMO {imo}) ETA {port} revised to {eta}, delay {h}h, reason={why}",
               vsl=D(r.choice(VESSELS), "vessel"), imo=D(g.imo(), "imo_number"), port=r.choice(PORTS),
               eta=g.ts("sql"), h=r.randint(2, 96), why=r.choice(["berth congestion", "weather", "canal transit", "crane outage"]))


@T
def t_commodity_public_figure(g):
    r = g.rng
    name, pre, post = r.choice(PUBLIC_FIGURES_EN)
    return fmt('commodity check: "{pre}{pf}{post}" HS {hs} qty {q} ctns shipper "{co}" - licensed merchandise, '
               'verify IPR recordation {rec}',
               pre=pre, pf=D(name, "public_figure"), post=post, hs=D(g.hs(), "hs_code"), q=r.randint(20, 2000),
               co=D(g.company(), "company"), rec=D("TM " + g.d(8), "recordation_no"))


@T
def t_uk_cds(g):
    r = g.rng
    p = g.person(r.choice(["en_GB", "en_GB", "en_IN", "pl_PL"]))
    return fmt("CDS decl DUCR {ducr} EORI {eori} importer contact {t} {nm} tel {ph}; duty {amt} via DDA; status {st}",
               ducr=D("4GB" + g.d(12) + "-" + g.an(6), "ducr"), eori=D(g.eori("GB"), "eori"), t=p.title(),
               nm=PER(p.full()), ph=PH(g.phone("GB")), amt=D(g.amount("GBP", 10, 40000), "amount"),
               st=r.choice(["CLEARED", "ACCEPTED", "QUERY"]))


@T
def t_awb_fwb(g):
    r = g.rng
    return fmt("FWB/16 {awb}{o}{d}/T{pcs}K{wt} received from {car} - flight {fl} {dt}, house count {hc}",
               awb=D(g.awb(), "awb_number"), o=r.choice(["PVG", "HKG", "ICN", "FRA", "AMS", "LAX"]),
               d=r.choice(["ORD", "JFK", "LHR", "CDG", "DXB", "SIN"]), pcs=r.randint(1, 80), wt="%.1f" % (r.randint(10, 9000) / 10),
               car=r.choice(["EK", "KE", "SQ", "LH", "QR", "CK", "CX"]), fl=D(g.L(2) + g.d(3), "flight_number"),
               dt=g.ts("date"), hc=r.randint(1, 40))


@T
def t_ticket_export(g):
    r = g.rng
    p = g.person()
    return fmt('ticket #{id} | opened_by={em} | subject="Where is my shipment {bl}?" | body="Hi, this is {nm}, my '
               'number is {ph}. Nobody called me back in {n} days." | priority=high | assignee={asg}',
               id=D(g.d(6), "ticket_id"), em=EM(p.email()), bl=D(g.bl(), "bl_number"), nm=PER(p.full()),
               ph=PH(p.phone()), n=r.randint(2, 9), asg=D(r.choice(["queue:import-cs", "queue:export-cs", "unassigned"]), "queue"))


@T
def t_notify_masked(g):
    r = g.rng
    return fmt("{ts} notify: delivery notice queued to {mp} for waybill {tr}, channel={ch}, template=ARRIVAL_v{v}",
               ts=g.ts("iso"), mp=D(g.masked_phone(), "masked"),
               tr=D("1Z" + g.an(6) + g.d(10), "tracking_number"), ch=r.choice(["sms", "whatsapp", "email"]),
               v=r.randint(1, 9))


@T
def t_kyc_masked_ssn(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "en_US", "es_ES", "vi_VN", "ko_KR"]))
    return fmt("KYC importer check name=\"{nm}\" ssn_last4={m} watchlist=CLEAR score={sc} case={case}",
               nm=PER(p.full()), m=D("***-**-" + g.d(4), "masked"), sc=r.randint(0, 40), case=D("KYC-" + g.d(7), "case_id"))


@T
def t_dispatch(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "es_ES", "pt_BR", "en_US", "pl_PL"]))
    return fmt("dispatch: load {ld} assigned to driver {nm} ({ph}) truck {pl} trailer {tl} pickup {term} {hh}:00",
               ld=D("LD" + g.d(7), "load_id"), nm=PER(p.full()), ph=PH(g.phone("US", True)), pl=PLATE(g.plate("US")),
               tl=D("TRL-" + g.d(4), "trailer_id"), term=r.choice(US_TERMINALS), hh=r.randint(5, 20))


@T
def t_demurrage_invoice(g):
    r = g.rng
    days = r.randint(1, 15)
    return fmt("invoice {inv} demurrage {ctr} {days} days x USD {rate}.00 = USD {tot}.00 billed to {co} terms NET30",
               inv=D("INV-" + g.d(8), "invoice_number"), ctr=D(g.container(), "container"), days=days,
               rate=(rt := r.choice([75, 100, 150, 200])), tot=rt * days, co=D(g.company(), "company"))


@T
def t_cron(g):
    r = g.rng
    u = r.choice(["svc-backup", "root", "tms-scheduler", "edi_batch"])
    return fmt("{ts} {host} CRON[{pid}]: ({u}) CMD (/opt/tms/bin/{job} --older-than {n}d)",
               ts=g.ts("syslog"), host=D(g.host("tms"), "hostname"), pid=r.randint(1000, 60000),
               u=D(u, "service_account"), job=r.choice(["archive_edi.sh", "purge_tmp.sh", "sync_tariffs.py"]),
               n=r.choice([30, 60, 90]))


@T
def t_sudo(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "en_GB", "en_IN", "de_DE", "pl_PL"]))
    lg = p.login()
    return fmt("{ts} {host} sudo: {u} : TTY=pts/{t} ; PWD=/home/{u2} ; USER={ru} ; COMMAND=/usr/bin/systemctl restart {svc}",
               ts=g.ts("syslog"), host=D(g.host("edi"), "hostname"), u=PER(lg), t=r.randint(0, 9), u2=PER(lg),
               ru=D("root", "service_account"), svc=r.choice(["as2-gateway", "edi-translator", "gatekeeper"]))


@T
def t_ad_lockout(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "en_GB", "de_DE", "nl_NL", "zh_CN"]), "latin")
    return fmt("EventID=4740 AD account locked: CN={nm},OU=Customs,DC=fwd,DC=local sAMAccountName={u} "
               "caller_workstation=WS-{ws} source={ip} dc={dc}",
               nm=PER(p.full()), u=PER(p.login()), ws=D(g.an(6), "workstation"), ip=IP(g.ip_priv()),
               dc=D(g.host("dc"), "hostname"))


@T
def t_duty_calc(g):
    r = g.rng
    return fmt("duty calc: HS {hs} customs value {cv} rate {rt}% duty {du} import VAT {vr}% {va} (TARIC {tq})",
               hs=D(g.hs(), "hs_code"), cv=D(g.amount("EUR"), "amount"), rt=r.choice(["0", "2.7", "4.7", "6.5", "12"]),
               du=D(g.amount("EUR", 1, 9000), "amount"), vr=r.choice([19, 21, 20, 22, 23]),
               va=D(g.amount("EUR", 1, 20000), "amount"), tq=D(g.d(10), "taric_code"))


@T
def t_xff_chain(g):
    r = g.rng
    return fmt('{ts} portal access path=/shipments/{sid} xff="{cip}, {lb1}" remote_addr={lb2} status={st} '
               'ua="{ua}"',
               ts=g.ts("iso"), sid=D("SHP" + g.d(9), "shipment_id"), cip=IP(g.client_ip()),
               lb1=D(g.ip_priv(), "load_balancer_ip"), lb2=D(g.ip_priv(), "load_balancer_ip"),
               st=r.choice([200, 302, 401]), ua=r.choice(UA))


@T
def t_as2_mdn(g):
    r = g.rng
    return fmt("AS2 MDN received msg-id=<{mid}@{host}> from={frm} to=FWDPROD disposition=processed "
               "MIC={mic}, sha-256 file={fn}",
               mid=D(g.uuid(), "message_id"), host=D(g.host("as2"), "hostname"),
               frm=r.choice(["MAERSK_AS2", "CUSTOMS_AS2", "DBSCHENKER"]), mic=D(base64.b64encode(bytes(g.rng.getrandbits(8) for _ in range(32))).decode(), "hash"),
               fn=D("IFTSTA_" + g.d(12) + ".edi", "filename"))


@T
def t_chat_card_iban(g):
    r = g.rng
    p = g.person(r.choice(["en_GB", "de_DE", "nl_NL", "fr_FR", "es_ES", "it_IT"]))
    return fmt('chat msg from visitor: "Hi it\'s {fn} from {co}. My card {card} was charged twice for the duty on '
               'entry {en}, please refund to IBAN {iban} asap"',
               fn=PER(p.first), co=D(g.company(), "company"), card=S(g.card(), "CREDIT_CARD"),
               en=D(g.mrn(), "mrn"), iban=S(g.iban(p.cc if p.cc in ("DE", "NL", "FR", "ES", "IT", "GB") else None), "IBAN_CODE"))


@T
def t_python_traceback(g):
    r = g.rng
    p = g.person()
    return fmt("Traceback (most recent call last): File \"/srv/brokerage/filing.py\", line {ln}, in build_payload "
               "KeyError: 'eori' -- payload={'consignee': '{nm}', 'phone': '{ph}', 'passport': '{pp}', "
               "'entry': '{en}'}",
               ln=r.randint(30, 600), nm=PER(p.full()), ph=PH(p.phone()), pp=S(g.passport(p.cc), "PASSPORT"),
               en=D(g.entry_no(), "entry_number"))


@T
def t_reefer_alarm(g):
    r = g.rng
    return fmt("reefer alarm {ctr} setpoint {sp}C supply {su}C power={pw} yard={y} controller fw {fw}",
               ctr=D(g.container(), "container"), sp=r.choice(["-18.0", "-25.0", "2.0", "13.0"]),
               su="%.1f" % r.uniform(-20, 15), pw=r.choice(["OFF", "ON"]), y="%d%s" % (r.randint(1, 12), r.choice("ABCD")),
               fw=D("%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), r.randint(0, 999)), "version"))


# ---- other European languages ------------------------------------------------------------

@T
def t_de_zollanmeldung(g):
    r = g.rng
    p = g.person("de_DE")
    return fmt("{ts} ATLAS Zollanmeldung {mrn} eingereicht; Anmelder: {t} {nm}, Tel. {ph}, E-Mail {em}; "
               "EORI {eori}; Zollwert {amt}",
               ts=g.ts("eu"), mrn=D(g.mrn("DE"), "mrn"), t=p.title("de"), nm=PER(p.full()), ph=PH(p.phone()),
               em=EM(p.email(r.choice([None, "hanseatic-cargo.de", "nordlink-spedition.de"]))),
               eori=D(g.eori("DE"), "eori"), amt=D(g.amount("EUR"), "amount"))


@T
def t_de_lager(g):
    r = g.rng
    return fmt("{ts} Lagerbewegung: Palette {sscc} von Tor {tor} nach Regal {reg} gebucht, Gewicht {kg} kg, Auftrag {auf}",
               ts=g.ts("eu"), sscc=D(g.sscc(), "sscc"), tor=r.randint(1, 24),
               reg="%s-%02d" % (r.choice("ABCDEFG"), r.randint(1, 60)), kg=r.randint(40, 1200),
               auf=D("AUF-" + g.d(8), "order_id"))


@T
def t_fr_chauffeur(g):
    r = g.rng
    p = g.person(r.choice(["fr_FR", "fr_FR", "pt_BR", "es_ES"]))
    return fmt("{ts} [Le Havre] Chauffeur {t} {nm} (tél. {ph}) arrivé au quai {q}, immatriculation {pl}, "
               "conteneur {ctr}, créneau {slot}",
               ts=g.ts("eu"), t=p.title("fr"), nm=PER(p.full()), ph=PH(g.phone("FR")), q=r.randint(1, 40),
               pl=PLATE(g.plate("FR")), ctr=D(g.container(), "container"), slot=D("RDV" + g.d(7), "appointment_id"))


@T
def t_es_despacho(g):
    r = g.rng
    p = g.person("es_ES")
    return fmt("Despacho aduanero {dua}: contacto del importador {nm}, móvil {ph}; IBAN para devolución de aranceles "
               "{iban}; importe {amt}",
               dua=D(g.mrn("ES"), "mrn"), nm=PER(p.full()), ph=PH(g.phone("ES", True)), iban=S(g.iban("ES"), "IBAN_CODE"),
               amt=D(g.amount("EUR", 10, 30000), "amount"))


@T
def t_pt_motorista(g):
    r = g.rng
    p = g.person("pt_BR")
    return fmt("{ts} Porto de Santos - motorista {nm} liberado no gate {gt}, placa {pl}, celular {ph}, contêiner {ctr}",
               ts=g.ts("eu"), nm=PER(p.full()), gt=r.randint(1, 12), pl=PLATE(g.plate("BR")), ph=PH(g.phone("BR", True)),
               ctr=D(g.container(), "container"))


@T
def t_it_nota(g):
    r = g.rng
    staff = g.person("it_IT")
    c = g.person("it_IT")
    return fmt("Nota operatore {st}: {t} {nm} ha chiesto la polizza {bl}, richiamare al {ph} entro le {h}:00",
               st=PER(staff.login()), t=c.title("it"), nm=PER(c.full()), bl=D(g.bl(), "bl_number"), ph=PH(c.phone()),
               h=r.randint(9, 18))


@T
def t_nl_vrijgave(g):
    r = g.rng
    return fmt("{ts} Container {ctr} vrijgegeven door Douane Rotterdam, terminal {term}, status GEREED, "
               "aangifte {mrn}, pin-ophaalcode naar {mb}",
               ts=g.ts("eu"), ctr=D(g.container(), "container"), term=r.choice(["ECT Delta", "RWG", "APMT MVII", "Euromax"]),
               mrn=D(g.mrn("NL"), "mrn"), mb=D(g.role_mailbox("maasvlakte-expeditie.nl"), "role_mailbox"))


@T
def t_pl_kierowca(g):
    r = g.rng
    p = g.person("pl_PL")
    return fmt("{ts} Kierowca {nm}, paszport {pp}, ciągnik {pl}, naczepa {nc} - wjazd na terminal DCT Gdańsk, awizacja {aw}",
               ts=g.ts("eu"), nm=PER(p.full()), pp=S(g.passport("PL"), "PASSPORT"), pl=PLATE(g.plate("PL")),
               nc=PLATE(g.plate("PL")), aw=D("AW/" + g.d(6) + "/" + g.ts("date")[:4], "appointment_id"))


# ---- Chinese (simplified / traditional) -------------------------------------------------------

@T
def t_zh_cbec_json(g):
    r = g.rng
    p = g.zperson()
    return fmt('{"清单编号":"{qd}","订单编号":"{od}","电商平台":"{pt}","订购人姓名":"{nm}","订购人证件类型":"1",'
               '"订购人证件号码":"{idn}","订购人电话":"{ph}","收货城市":"{city}","商品名称":"{gd}","申报总价":"{amt}"}',
               qd=D(g.decl_no(), "declaration_no"), od=D("SO" + g.d(16), "order_id"),
               pt=D(r.choice(["天猫国际", "京东国际", "考拉海购", "抖音电商"]), "company"), nm=PER(p.full()),
               idn=S(g.cn_id(), "CN_RESIDENT_ID"), ph=PH(g.phone("CN", True)), city=r.choice(ZH_DISTRICTS),
               gd=r.choice(ZH_GOODS), amt=D("%.2f" % r.uniform(20, 4000), "amount"))


@T
def t_zh_decl_snake(g):
    r = g.rng
    p = g.zperson()
    return fmt('{"decl_no":"{dn}","customs_code":"{cc}","consignee_name":"{nm}","id_card_no":"{idn}",'
               '"mobile":"{ph}","trade_mode":"9610","status":"放行"}',
               dn=D(g.decl_no(), "declaration_no"), cc=D(r.choice(["2244", "5316", "2201", "3104"]), "customs_code"),
               nm=PER(p.full()), idn=S(g.cn_id(), "CN_RESIDENT_ID"), ph=PH(g.phone("CN", True)))


@T
def t_zh_gate_in(g):
    r = g.rng
    p = g.zperson()
    return fmt("{ts} [闸口{no}] 进场 车牌={pl} 司机={nm} 手机={ph} 箱号={ctr} 铅封号={seal} 预约号={ap}",
               ts=g.ts("sql"), no=r.randint(1, 20), pl=PLATE(g.plate("CN")), nm=PER(p.full()), ph=PH(g.phone("CN", True)),
               ctr=D(g.container(), "container"), seal=D(g.seal(), "seal"), ap=D("YY" + g.d(10), "appointment_id"))


@T
def t_zh_gate_out(g):
    r = g.rng
    return fmt("{ts} 出闸完成 箱号 {ctr} 箱型 {ty} 堆场位置 {pos} 作业时长 00:{mm}:{ss} 服务器 {host}",
               ts=g.ts("sql"), ctr=D(g.container(), "container"), ty=r.choice(["20GP", "40HC", "40GP", "45HC"]),
               pos="%s%02d-%02d-%02d" % (r.choice("ABCD"), r.randint(1, 40), r.randint(1, 30), r.randint(1, 6)),
               mm="%02d" % r.randint(2, 40), ss="%02d" % r.randint(0, 59), host=D(g.host("tos"), "hostname"))


@T
def t_zh_cs_note(g):
    r = g.rng
    caller = g.zperson()
    staff = g.zperson()
    title = r.choice(["经理", "总", "女士", "先生", "老板"])
    return fmt("客服备注：{sn}{ti}来电，称提单{bl}尚未放货，要求回拨{ph}，已转操作部{st}跟进。",
               sn=PER(caller.last), ti=title, bl=D(g.bl(), "bl_number"), ph=PH(g.phone("CN")), st=PER(staff.full()))


@T
def t_zh_sms_pickup(g):
    r = g.rng
    p = g.zperson()
    return fmt("【{co}】尊敬的{nm}，您的货物（运单号{wb}）已清关，请凭提货码{code}于{dd}前到{wh}提货。客服热线{hl}",
               co=D(r.choice(["顺丰国际", "中外运", "速达通关", "海程邦达"]), "company"), nm=PER(p.full()),
               wb=D("SF" + g.d(12), "waybill_number"), code=CRED(g.d(6)), dd=g.ts("date"), wh=r.choice(ZH_WAREHOUSES),
               hl=D(r.choice(["95338", "95311", "400-820-" + g.d(4)]), "hotline"))


@T
def t_zh_sms_otp(g):
    r = g.rng
    return fmt("【{app}】验证码{code}，您正在登录{sys}，{m}分钟内有效，请勿泄露给他人。",
               app=D(r.choice(["货运通", "关务云", "单一窗口助手", "订舱宝"]), "company"), code=CRED(g.d(6)),
               sys=r.choice(["报关系统", "订舱平台", "客户门户"]), m=r.choice([5, 10]))


@T
def t_zh_decl_plain(g):
    r = g.rng
    return fmt("报关单{dn}申报成功，经营单位{co}，统一社会信用代码{uscc}，HS编码{hs}，申报金额USD {amt}，口岸{port}",
               dn=D(g.decl_no(), "declaration_no"), co=D(g.company("zh_CN"), "company"), uscc=D(g.uscc(), "uscc"),
               hs=D(g.hs_cn(), "hs_code"), amt=D("%.2f" % r.uniform(1000, 900000), "amount"),
               port=r.choice(["洋山港区", "外港海关", "蛇口海关", "大鹏海关", "北仑海关"]))


@T
def t_zh_driver_register(g):
    r = g.rng
    p = g.zperson()
    return fmt("司机实名登记 姓名:{nm} 身份证:{idn} 车牌:{pl} 挂车:{tl} 手机:{ph} 登记人:{op}",
               nm=PER(p.full()), idn=S(g.cn_id(), "CN_RESIDENT_ID"), pl=PLATE(g.plate("CN")),
               tl=PLATE(g.plate("CN_TRAILER")), ph=PH(g.phone("CN", True)), op=D(r.choice(["system", "gate-kiosk-03", "admin"]), "service_account"))


@T
def t_tw_broker_notice(g):
    r = g.rng
    p = g.zperson(trad=True)
    hon = "先生" if p.male else "小姐"
    return fmt("報關行通知：{nm}{hon}您好，進口報單 {no} 已放行，稅費 NT${amt}，如有疑問請洽 {ph}。",
               nm=PER(p.full()), hon=hon, no=D("AA/" + g.d(2) + "/" + g.d(4) + "/" + g.d(4), "declaration_no"),
               amt=D(f"{r.randint(500, 90000):,}", "amount"), ph=PH(g.phone("TW")))


@T
def t_tw_discharge(g):
    r = g.rng
    return fmt("{ts} 貨櫃 {ctr} 於{port}卸船完成，船名 {vsl}，航次 {voy}，櫃位 {bay}",
               ts=g.ts("sql"), ctr=D(g.container(), "container"), port=r.choice(["基隆港", "高雄港", "台中港"]),
               vsl=D(r.choice(VESSELS), "vessel"), voy=D(g.voyage(), "voyage"),
               bay="%02d%02d%02d" % (r.randint(1, 60), r.randint(0, 16), r.randint(2, 90)))


@T
def t_hk_bl_consignee(g):
    r = g.rng
    p = g.zperson(trad=True) if r.random() < .6 else g.person(r.choice(["en_GB", "en_IN"]))
    return fmt("提單 {bl} 收貨人：{nm}，電話 {ph}，電郵 {em}，請於 {dd} 前繳付碼頭處理費 {amt}",
               bl=D(g.bl(), "bl_number"), nm=PER(p.full()), ph=PH(g.phone("HK")), em=EM(p.email()), dd=g.ts("date"),
               amt=D("HK$" + f"{r.randint(300, 8000):,}", "amount"))


@T
def t_zh_duty_card(g):
    r = g.rng
    p = g.zperson()
    return fmt("{ts} 关税缴纳 付款人={nm} 卡号={card} 金额={amt} 流水号={sn} 渠道=银联",
               ts=g.ts("sql"), nm=PER(p.full()), card=S(g.card(r.choice(["cup", "cup", "cup", "visa", "mc"])), "CREDIT_CARD"), amt=D(g.amount("CNY", 10, 50000), "amount"),
               sn=D(g.d(20), "transaction_id"))


@T
def t_zh_tax_transfer(g):
    r = g.rng
    return fmt("税费划款成功 海关专用缴款书号{no} 金额{amt} 付款单位{co} 开户行{bank} 处理节点{ip}",
               no=D(g.decl_no() + "-" + r.choice(["A01", "L04", "Y01"]), "payment_doc_no"),
               amt=D(g.amount("CNY", 100, 900000), "amount"), co=D(g.company("zh_CN"), "company"),
               bank=r.choice(["中国银行上海分行", "工商银行深圳分行", "建设银行宁波分行"]), ip=D(g.ip_priv(), "server_ip"))


@T
def t_zh_booking_camel(g):
    r = g.rng
    p = g.zperson()
    return fmt('{"bookingNo":"{bk}","shipperName":"{co}","shipperContact":"{nm}","shipperTel":"{ph}",'
               '"shipperEmail":"{em}","pol":"{pol}","pod":"{pod}","cargoDesc":"{gd}","remark":"请尽快放舱"}',
               bk=D(g.booking(), "booking_id"), co=D(g.company("zh_CN"), "company"), nm=PER(p.full()),
               ph=PH(g.phone("CN")), em=EM(p.email()), pol=r.choice(["CNSHA", "CNNGB", "CNYTN", "CNTAO"]),
               pod=r.choice(PORTS), gd=r.choice(ZH_GOODS))


@T
def t_zh_stack(g):
    r = g.rng
    p = g.zperson()
    return fmt("{ts} ERROR [报关服务] 调用单一窗口接口失败: 身份证号{idn}校验不通过, 收件人{nm}, 手机{ph}\\n\\tat "
               "com.fwd.cbec.SingleWindowClient.push(SingleWindowClient.java:{ln})",
               ts=g.ts("ms"), idn=S(g.cn_id(), "CN_RESIDENT_ID"), nm=PER(p.full()), ph=PH(g.phone("CN", True)),
               ln=r.randint(40, 500))


@T
def t_zh_login(g):
    r = g.rng
    p = g.zperson()
    return fmt("{ts} 用户{u}从{ip}登录成功，终端：{term}，会话令牌={tok}",
               ts=g.ts("sql"), u=PER(p.login()), ip=IP(g.client_ip()), term=r.choice(["Windows 10", "macOS", "微信小程序"]),
               tok=CRED(g.token(32)))


@T
def t_zh_db_error(g):
    r = g.rng
    return fmt("{ts} 连接数据库失败 url=jdbc:mysql://{ip}:3306/wms?useSSL=false user={u} password={pw} 重试次数={n}",
               ts=g.ts("ms"), ip=D(g.ip_priv(), "server_ip"), u=D(r.choice(["wms_rw", "root", "tms_app"]), "service_account"),
               pw=CRED(g.password()), n=r.randint(1, 5))


@T
def t_zh_public_figure(g):
    r = g.rng
    name, pre, post = r.choice(PUBLIC_FIGURES_ZH)
    return fmt("品名：{pre}{pf}{post}，HS编码 {hs}，数量 {q} 件，申报单价 {amt}，发货人 {co}",
               pre=pre, pf=D(name, "public_figure"), post=post, hs=D(g.hs_cn(), "hs_code"), q=r.randint(10, 3000),
               amt=D(g.amount("CNY", 5, 900), "amount"), co=D(g.company("zh_CN"), "company"))


@T
def t_zh_wms_inbound(g):
    r = g.rng
    return fmt("{ts} 入库单{no}上架完成 库位{loc} 托盘{sscc} 数量{q} 操作员工号WH{emp}",
               ts=g.ts("sql"), no=D("RK" + g.d(12), "order_id"),
               loc="%s-%02d-%02d" % (r.choice("ABCD"), r.randint(1, 30), r.randint(1, 9)), sscc=D(g.sscc(), "sscc"),
               q=r.randint(1, 500), emp="%04d" % r.randint(1, 9999))


@T
def t_zh_email_header(g):
    r = g.rng
    p = g.zperson()
    dom = r.choice(["silkroute-fwd.cn", "eastwind-shipping.com.cn"])
    return fmt("发件人: {nm} <{em}>; 收件人: 单证部 <{to}>; 主题: 提单确认 {bl} 请今日回复",
               nm=PER(p.full()), em=EM(p.email(r.choice([None, dom]))), to=D("docs@" + dom, "role_mailbox"),
               bl=D(g.bl(), "bl_number"))


@T
def t_zh_masked(g):
    r = g.rng
    sur = g.zperson().last
    return fmt("{ts} 通知已发送至 {mp}，收件人 {mn}，证件号 {mid}，运单 {wb}",
               ts=g.ts("sql"), mp=D(r.choice(CN_MOB) + "****" + g.d(4), "masked"), mn=D(sur + "**", "masked"),
               mid=D(g.masked_id(), "masked"), wb=D("YT" + g.d(13), "waybill_number"))


@T
def t_zh_wecom(g):
    r = g.rng
    a = g.zperson()
    b = g.zperson()
    return fmt("[企业微信] {a}: @{b} 明天上午{h}点{pl}的车去{term}提{ctr}，司机电话{ph}，{sur}师傅开车",
               a=PER(a.full()), b=PER(b.full()), h=r.randint(6, 11), pl=PLATE(g.plate("CN")), term=r.choice(ZH_TERMINALS),
               ctr=D(g.container(), "container"), ph=PH(g.phone("CN", True)), sur=PER(g.zperson().last))


@T
def t_zh_foreign_passport(g):
    r = g.rng
    p = g.person(r.choice(["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU", "ko_KR", "ja_JP"]), "latin")
    nat = {"US": "美国", "GB": "英国", "DE": "德国", "FR": "法国", "RU": "俄罗斯", "KR": "韩国", "JP": "日本"}[p.cc]
    return fmt("外籍收货人 {nm}，护照号 {pp}，国籍：{nat}，联系电话 {ph}，个人物品申报单 {no}",
               nm=PER(p.full()), pp=S(g.passport(p.cc), "PASSPORT"), nat=nat, ph=PH(p.phone()),
               no=D(g.decl_no(), "declaration_no"))


@T
def t_zh_change_phone_kv(g):
    r = g.rng
    op = g.zperson()
    return fmt("操作人={op} 操作=修改收货人电话 旧值={old} 新值={new} 运单={wb} 来源IP={ip}",
               op=PER(op.full()), old=PH(g.phone("CN")), new=PH(g.phone("CN")), wb=D("SF" + g.d(12), "waybill_number"),
               ip=IP(g.client_ip()))


@T
def t_zh_gateway_sign(g):
    r = g.rng
    return fmt("{ts} [网关] 签名校验失败 appKey={ak} appSecret={sk} timestamp={ep} 转发节点 {ip}",
               ts=g.ts("ms"), ak=D("fwd_partner_" + g.d(2), "app_key"), sk=CRED(g.hexs(32)), ep=D(g.ts("epoch"), "timestamp"),
               ip=D(g.ip_priv(), "server_ip"))


@T
def t_tw_driver_dispatch(g):
    r = g.rng
    p = g.zperson(trad=True)
    return fmt("派車單 {no}：{sur}師傅（{nm}）駕駛 {pl} 至{port}領櫃 {ctr}，手機 {ph}",
               no=D("DP" + g.d(8), "order_id"), sur=PER(p.last), nm=PER(p.full()), pl=PLATE(g.plate("TW")),
               port=r.choice(["高雄港第五貨櫃中心", "基隆港西岸碼頭", "台中港"]), ctr=D(g.container(), "container"),
               ph=PH(g.phone("TW", True)))


@T
def t_zh_csv(g):
    r = g.rng
    p = g.zperson()
    return fmt("{wb},{nm},{ph},{city},{gd},{kg}",
               wb=D("JD" + g.d(13), "waybill_number"), nm=PER(p.full()), ph=PH(g.phone("CN", True)), city=r.choice(CITY_ZH),
               gd=r.choice(ZH_GOODS), kg="%.2f" % r.uniform(0.2, 30))


@T
def t_zh_inspection(g):
    r = g.rng
    return fmt("海关查验通知：报关单{dn} 箱号{ctr} 查验方式{way}，查验场地{site}，申报人证件 {mid}",
               dn=D(g.decl_no(), "declaration_no"), ctr=D(g.container(), "container"),
               way=r.choice(["人工查验", "机检", "机检+人工"]), site=r.choice(ZH_TERMINALS), mid=D(g.masked_id(), "masked"))


@T
def t_zh_manifest_receipt(g):
    r = g.rng
    return fmt("舱单回执 船名{vsl} 航次{voy} 提单数{n} 回执代码{code} 处理结果：{res} 报文ID {mid}",
               vsl=D(r.choice(VESSELS), "vessel"), voy=D(g.voyage(), "voyage"), n=r.randint(1, 900),
               code=r.choice(["01", "02", "11"]), res=r.choice(["成功", "入库成功", "退单"]), mid=D(g.uuid(), "message_id"))


@T
def t_tw_invoice(g):
    r = g.rng
    p = g.zperson(trad=True)
    return fmt("發票抬頭 {co}，統一編號 {ban}，聯絡人 {nm}，手機 {ph}，電子郵件 {em}",
               co=D(g.fk["zh_TW"].company(), "company"), ban=D(g.d(8), "company_tax_id"), nm=PER(p.full()),
               ph=PH(g.phone("TW", True)), em=EM(p.email()))


@T
def t_zh_upload_json(g):
    r = g.rng
    p = g.zperson()
    return fmt('{"操作人":"{nm}","操作类型":"上传随附单证","单证类型":"{dt}","文件名":"{fn}","客户端IP":"{ip}","时间":"{ts}"}',
               nm=PER(p.full()), dt=r.choice(["发票", "装箱单", "原产地证", "合同"]),
               fn=D("FP" + g.d(10) + ".pdf", "filename"), ip=IP(g.client_ip()), ts=g.ts("sql"))


# --------------------------------------------------------------------------- entry point

def blind_log35(n: int, seed: int = 0) -> list[dict]:
    g = G(seed)
    out = []
    k = len(TEMPLATES)
    for _ in range(n):
        idx = g.rng.randrange(k)
        text, spans, decoys = TEMPLATES[idx](g)
        _check(text, spans, decoys)
        out.append({"text": text, "spans": sorted(spans), "decoys": sorted(decoys), "template": idx})
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time

    t0 = time.time()
    lines = blind_log35(5000, int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    print("templates:", len(TEMPLATES), "time: %.2fs" % (time.time() - t0))
    print(collections.Counter(t for L in lines for _, _, t in L["spans"]))
