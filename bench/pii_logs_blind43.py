"""Blind benchmark data #43: log lines of an airline and its airports.

Written independently of the redactor.  ``blind_log43(n, seed)`` returns ``n``
log lines; every line is a dict with

    text      one log line (no newline)
    spans     [[start, end, TYPE], ...]   personal values planted in the line
    decoys    [[start, end, kind], ...]   look-alike values that must survive
    template  index of the template that produced the line

Templates are plain functions that return a list of parts: a ``str`` is
literal text, a ``(value, label)`` tuple is a planted value.  Upper-case labels
are PII types, lower-case labels are decoy kinds.  Offsets are computed by the
assembler, and checked again before a line is returned.
"""

import base64
import random
import re
import unicodedata
from datetime import datetime, timedelta

from faker import Faker

__all__ = ["blind_log43", "TEMPLATES", "PII_TYPES"]

PII_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
    "LICENSE_PLATE",
)
PER, EM, PH, IP, CR = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL"
CC, IB, SSN, PP, CNID, LP = "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE"

LOCALES = [
    "en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR",
    "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN",
]
# weighted pool for passengers of an international carrier
_POOL = (["en_US"] * 4 + ["en_GB"] * 3 + ["en_IN"] * 2 + ["zh_CN"] * 2
         + [l for l in LOCALES if l not in ("en_US", "en_GB", "en_IN", "zh_CN")])
_LATIN_LOCS = {"en_US", "en_GB", "en_IN", "fr_FR", "de_DE", "es_ES", "pt_BR", "it_IT",
               "nl_NL", "pl_PL", "tr_TR", "vi_VN"}

ISO3 = {"en_US": "USA", "en_GB": "GBR", "en_IN": "IND", "zh_CN": "CHN", "zh_TW": "TWN",
        "fr_FR": "FRA", "de_DE": "DEU", "es_ES": "ESP", "pt_BR": "BRA", "ja_JP": "JPN",
        "ko_KR": "KOR", "ru_RU": "RUS", "it_IT": "ITA", "nl_NL": "NLD", "pl_PL": "POL",
        "tr_TR": "TUR", "vi_VN": "VNM"}

_FAKERS = {}


def _fakers(seed):
    for loc in LOCALES:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        _FAKERS[loc].seed_instance(seed)
    return _FAKERS


# --------------------------------------------------------------------------
# name romanisation tables (so hanzi / hangul names have a matching latin form)
# --------------------------------------------------------------------------
_ZH_SUR = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
           ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
           ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
           ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("高", "Gao"), ("罗", "Luo"),
           ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"),
           ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"),
           ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("潘", "Pan"),
           ("袁", "Yuan"), ("蔡", "Cai"), ("蒋", "Jiang"), ("余", "Yu"), ("杜", "Du"),
           ("叶", "Ye"), ("程", "Cheng"), ("魏", "Wei"), ("苏", "Su"), ("丁", "Ding"),
           ("任", "Ren"), ("沈", "Shen"), ("欧阳", "Ouyang"), ("司马", "Sima"), ("上官", "Shangguan")]
_ZH_GIV = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
           ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
           ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"),
           ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"),
           ("刚", "gang"), ("英", "ying"), ("华", "hua"), ("建", "jian"), ("国", "guo"),
           ("文", "wen"), ("玉", "yu"), ("兰", "lan"), ("红", "hong"), ("志", "zhi"),
           ("宇", "yu"), ("浩", "hao"), ("欣", "xin"), ("婷", "ting"), ("晨", "chen"),
           ("子", "zi"), ("涵", "han"), ("轩", "xuan"), ("雨", "yu"), ("思", "si"),
           ("嘉", "jia"), ("俊", "jun"), ("博", "bo"), ("鹏", "peng"), ("辉", "hui"),
           ("鑫", "xin"), ("倩", "qian"), ("雪", "xue"), ("琳", "lin"), ("晓", "xiao"),
           ("海", "hai"), ("天", "tian"), ("佳", "jia"), ("一", "yi"), ("昊", "hao"),
           ("然", "ran"), ("怡", "yi"), ("诗", "shi"), ("梓", "zi"), ("睿", "rui")]
_TW_SUR = [("陳", "Chen"), ("林", "Lin"), ("黃", "Huang"), ("張", "Chang"), ("李", "Lee"),
           ("王", "Wang"), ("吳", "Wu"), ("劉", "Liu"), ("蔡", "Tsai"), ("楊", "Yang"),
           ("許", "Hsu"), ("鄭", "Cheng"), ("謝", "Hsieh"), ("郭", "Kuo"), ("洪", "Hung"),
           ("曾", "Tseng"), ("邱", "Chiu"), ("廖", "Liao"), ("賴", "Lai"), ("周", "Chou")]
_TW_GIV = [("志", "Chih"), ("明", "Ming"), ("美", "Mei"), ("玲", "Ling"), ("俊", "Chun"),
           ("傑", "Chieh"), ("怡", "Yi"), ("君", "Chun"), ("淑", "Shu"), ("芬", "Fen"),
           ("家", "Chia"), ("豪", "Hao"), ("宗", "Tsung"), ("翰", "Han"), ("雅", "Ya"),
           ("婷", "Ting"), ("建", "Chien"), ("宏", "Hung"), ("欣", "Hsin"), ("穎", "Ying")]
_KO_SUR = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
           ("강", "Kang"), ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"),
           ("한", "Han"), ("오", "Oh"), ("서", "Seo"), ("신", "Shin"), ("권", "Kwon")]
_KO_GIV = [("민", "min"), ("준", "jun"), ("서", "seo"), ("연", "yeon"), ("지", "ji"),
           ("현", "hyun"), ("우", "woo"), ("수", "su"), ("영", "young"), ("진", "jin"),
           ("하", "ha"), ("은", "eun"), ("성", "sung"), ("호", "ho"), ("유", "yu"),
           ("도", "do"), ("예", "ye"), ("혜", "hye"), ("상", "sang"), ("재", "jae")]
_VI_MID = ["Văn", "Thị", "Minh", "Thanh", "Đức", "Ngọc", "Hữu", "Quốc", "Thu", "Hoàng"]
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n",
                "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                "", "e", "yu", "ya"]))
_SPECIAL = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "İ": "I",
            "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe"}


def _ascii(s):
    s = "".join(_SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _translit_ru(s):
    out = []
    for c in s:
        lc = c.lower()
        t = _RU.get(lc, lc)
        out.append(t.capitalize() if c != lc else t)
    return "".join(out)


def _compact(s):
    return re.sub(r"[^A-Za-z]", "", _ascii(s))


class _Person:
    __slots__ = ("loc", "g", "first", "last", "full", "afirst", "alast", "lf", "ll")

    @property
    def afull(self):
        return self.afirst + " " + self.alast

    @property
    def pnr(self):
        return _compact(self.alast).upper() + "/" + _compact(self.afirst).upper()

    @property
    def ptitle(self):
        return "MR" if self.g == "M" else ("MRS" if len(self.first) % 2 else "MS")

    @property
    def title(self):
        return "Mr" if self.g == "M" else ("Mrs" if len(self.first) % 2 else "Ms")

    @property
    def cn_title(self):
        return "先生" if self.g == "M" else "女士"


# --------------------------------------------------------------------------
# decoy vocabularies
# --------------------------------------------------------------------------
_IATA = ["LHR", "CDG", "FRA", "AMS", "MAD", "FCO", "JFK", "LAX", "SFO", "ORD", "NRT", "HND",
         "ICN", "SIN", "HKG", "DXB", "IST", "WAW", "GRU", "DEL", "BOM", "SVO", "SGN", "HAN",
         "MUC", "BCN", "MXP", "MAN", "EDI", "YYZ", "PEK", "PVG", "CAN", "TPE"]
_CN_APT = [("北京首都", "PEK"), ("北京大兴", "PKX"), ("上海浦东", "PVG"), ("上海虹桥", "SHA"),
           ("广州白云", "CAN"), ("深圳宝安", "SZX"), ("成都天府", "TFU"), ("重庆江北", "CKG"),
           ("杭州萧山", "HGH"), ("西安咸阳", "XIY"), ("昆明长水", "KMG"), ("厦门高崎", "XMN"),
           ("武汉天河", "WUH"), ("南京禄口", "NKG"), ("青岛胶东", "TAO")]
_TW_APT = [("桃園", "TPE"), ("松山", "TSA"), ("高雄", "KHH"), ("台中", "RMQ"),
           ("東京羽田", "HND"), ("大阪關西", "KIX"), ("香港", "HKG")]
_CARRIERS = ["QX", "QX", "QX", "BA", "LH", "AF", "KL", "IB", "UA", "DL", "AA", "NH", "JL",
             "KE", "TK", "LO", "AZ", "VN", "AI", "EK", "SQ", "CX"]
_CN_CARRIERS = ["CA", "MU", "CZ", "HU", "3U", "ZH", "MF", "FM", "HO", "9C"]
_TW_CARRIERS = ["CI", "BR", "JX", "AE"]
_HANDLERS = ["Swissport", "Menzies Aviation", "dnata", "WFS", "Aviapartner", "SATS",
             "Groundforce", "Acciona Airport Services"]
_CATERERS = ["Gate Gourmet", "LSG Sky Chefs", "Newrest", "dnata Catering", "Do & Co"]
_CN_CATERERS = ["东航食品", "北京空港配餐", "南航食品", "上海东方航空食品有限公司", "厦门佳肴"]
_AGENCIES = ["Flight Centre", "Expedia", "Amex GBT", "CWT", "BCD Travel", "Trip.com",
             "Kiwi.com", "lastminute.com", "eDreams", "STA Travel"]
_CN_AGENCIES = ["携程旅行网", "同程旅行", "飞猪旅行", "北京凯撒国际旅行社", "上海春秋国际旅行社",
                "广之旅国际旅行社", "去哪儿网"]
_HOTELS = ["Hilton Garden Inn", "Novotel Airport", "Holiday Inn Express", "ibis Styles",
           "Crowne Plaza", "Sheraton Airport Hotel", "Premier Inn Heathrow", "Radisson Blu"]
_CN_HOTELS = ["首都机场希尔顿酒店", "浦东机场大酒店", "白云机场铂尔曼酒店", "全季酒店(机场店)",
              "汉庭酒店(空港店)", "大兴机场华瑞酒店"]
_PSPS = ["Adyen", "Stripe", "Worldpay", "Checkout.com", "Elavon", "Global Payments"]
_FILMS = [("Oppenheimer", "Cillian Murphy"), ("Forrest Gump", "Tom Hanks"),
          ("Titanic", "Leonardo DiCaprio"), ("The Devil Wears Prada", "Meryl Streep"),
          ("Top Gun: Maverick", "Tom Cruise"), ("Barbie", "Margot Robbie"),
          ("Notting Hill", "Julia Roberts"), ("Dune", "Timothee Chalamet")]
_MUSIC = [("1989", "Taylor Swift"), ("21", "Adele"), ("Divide", "Ed Sheeran"),
          ("Renaissance", "Beyonce"), ("Thriller", "Michael Jackson"),
          ("Abbey Road", "The Beatles"), ("Future Nostalgia", "Dua Lipa")]
_BOOKS = [("Becoming", "Michelle Obama"), ("A Promised Land", "Barack Obama"),
          ("Steve Jobs", "Walter Isaacson"), ("Harry Potter", "J.K. Rowling"),
          ("The Spirit of St. Louis", "Charles Lindbergh")]
_UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0",
        "SkyVela/5.2.1 (Android 14; Pixel 8)", "okhttp/4.12.0", "curl/8.5.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15"]
_SVC = ["svc-dcs", "svc-backup", "root", "jenkins", "batch_ops", "svc_ffp_sync",
        "amadeus-sync", "sabre_ws", "airflow", "svc-bagtrack", "ansible", "etl_loader",
        "svc.crewsync", "gitlab-runner", "svc-crm"]
_ROLE_LOCAL = ["noreply", "no-reply", "support", "customercare", "baggage", "lostandfound",
               "refunds", "billing", "groups", "ops", "occ", "crewcontrol", "catering",
               "security", "partners", "reservations", "notifications", "service"]
_ROLE_DOM = ["skyvela.com", "mail.skyvela.com", "skyvela.cn", "lhr-ops.co.uk", "partner-xy.com"]
_CORP_DOM = ["siemens.com", "accenture.com", "huawei.com", "deloitte.co.uk", "bosch.de",
             "infosys.com", "sony.co.jp", "samsung.com", "tata.com", "renault.fr",
             "santander.es", "eni.com", "philips.com", "turkcell.com.tr", "vingroup.net"]
_MAIL_DOM = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
    "en_IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "zh_CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "de_DE": ["web.de", "gmx.de", "gmx.net", "t-online.de", "gmail.com"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "ja_JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com"],
    "ko_KR": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
    "ru_RU": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pl_PL": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}
_CN_REGIONS = ["110101", "110105", "110108", "310104", "310115", "440106", "440305",
               "510107", "330106", "420106", "320102", "370202", "500103", "610113",
               "350203", "430104", "410105", "210102", "120101", "530102"]
_CN_PROV = "京沪粤浙苏川鄂湘鲁豫闽津渝陕"
_PLATE_L = "ABCDEFGHJKLMNPRSTUVWXYZ"
_PUB_OCT = [23, 31, 37, 41, 45, 46, 49, 58, 59, 60, 61, 62, 77, 78, 79, 80, 81, 82, 83, 84,
            85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 101, 103, 106, 110, 111, 112, 113,
            114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 139, 141, 145, 151,
            152, 154, 156, 159, 161, 163, 171, 175, 176, 178, 180, 182, 183, 185, 186, 187,
            188, 189, 190, 193, 194, 195, 197, 200, 201, 202, 210, 211, 212, 213, 217, 218,
            220, 221, 222]


def _luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


_CNID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cnid_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _CNID_W)) % 11]


class Raw(str):
    """unquoted JSON literal"""


class Obj(list):
    """JSON object: list of (key, value)"""


class Arr(list):
    """JSON array"""


def _json(o, sp=""):
    out = []
    if isinstance(o, Obj):
        out.append("{")
        for i, (k, v) in enumerate(o):
            if i:
                out.append("," + sp)
            out.append('"' + k + '":' + sp)
            out.extend(_json(v, sp))
        out.append("}")
    elif isinstance(o, Arr):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append("," + sp)
            out.extend(_json(v, sp))
        out.append("]")
    elif isinstance(o, tuple):
        if len(o) == 3:          # (value, label, "raw") -> unquoted
            out.append((o[0], o[1]))
        else:
            out += ['"', o, '"']
    elif isinstance(o, bool):
        out.append("true" if o else "false")
    elif o is None:
        out.append("null")
    elif isinstance(o, (int, float, Raw)):
        out.append(str(o))
    else:
        out += ['"', str(o), '"']
    return out


def _kv(pairs, eq="=", sep=" ", q=""):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out += [k + eq + q, v, q]
    return out


# --------------------------------------------------------------------------
# the value generator
# --------------------------------------------------------------------------
class _Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = _fakers(seed)
        self.base = datetime(2023, 1, 1)

    # ---- basics ----
    def ch(self, seq):
        return self.r.choice(seq)

    def d(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def up(self, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ"):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def an(self, n, alpha="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hx(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def b64(self, nbytes, url=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        s = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
        return s.decode().rstrip("=")

    def dt(self):
        return self.base + timedelta(seconds=self.r.randrange(0, 2 * 365 * 86400),
                                     microseconds=self.r.randrange(0, 1000) * 1000)

    def ts_iso(self):
        t = self.dt()
        z = self.ch(["Z", "+00:00", "+08:00", "+01:00", "-05:00"])
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + z

    def ts_sql(self):
        return self.dt().strftime("%Y-%m-%d %H:%M:%S")

    def ts_sys(self):
        t = self.dt()
        return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")

    def ts_clf(self):
        return self.dt().strftime("%d/%b/%Y:%H:%M:%S ") + self.ch(["+0000", "+0100", "+0800", "-0500"])

    def ts_java(self):
        t = self.dt()
        return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)

    def ddmon(self):
        return self.dt().strftime("%d%b").upper()

    def hm(self):
        return "%02d:%02d" % (self.r.randint(0, 23), self.r.randrange(0, 60, 5))

    def date(self):
        return self.dt().strftime("%Y-%m-%d")

    def dob(self, lo=1950, hi=2004):
        t = datetime(lo, 1, 1) + timedelta(days=self.r.randrange(0, (hi - lo) * 365))
        return t

    # ---- airline decoys ----
    def pnr(self):
        return self.an(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def flight(self, carriers=None, space=False):
        c = self.ch(carriers or _CARRIERS)
        return c + (" " if space else "") + str(self.r.randint(1, 9899))

    def ticket(self):
        pre = self.ch(["784", "781", "999", "176", "125", "220", "057", "297", "618", "235"])
        return pre + self.ch(["-", "", " "]) + self.d(10)

    def bagtag(self):
        k = self.r.random()
        if k < 0.6:
            return "0" + self.ch(["784", "125", "220", "057", "999", "297", "176"]) + self.d(6)
        if k < 0.85:
            return self.ch(["QX", "CA", "BA", "LH", "MU"]) + self.d(6)
        return self.ch(["QX", "CA", "BA"]) + " " + self.d(6)

    def seat(self):
        return str(self.r.randint(1, 58)) + self.ch("ABCDEFHJK")

    def gate(self):
        return self.ch("ABCDEGHK") + str(self.r.randint(1, 60))

    def iata(self):
        return self.ch(_IATA)

    def route(self, sep="-"):
        a, b = self.r.sample(_IATA, 2)
        return a + sep + b

    def reg(self):
        k = self.r.randrange(12)
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if k == 0:
            return "B-" + self.ch([self.d(4), self.d(2) + self.up(2)])
        if k == 1:
            return "N" + str(self.r.randint(100, 999)) + self.up(2, L)
        if k == 2:
            return "G-" + self.up(4, L)
        if k == 3:
            return "D-A" + self.up(3, L)
        if k == 4:
            return "F-G" + self.up(3, L)
        if k == 5:
            return "JA" + self.d(3) + self.up(1, "ABCDJ")
        if k == 6:
            return "HL" + self.d(4)
        if k == 7:
            return "PH-" + self.up(3, L)
        if k == 8:
            return "EC-" + self.up(3, L)
        if k == 9:
            return "TC-" + self.up(3, L)
        if k == 10:
            return "VT-" + self.up(3, L)
        return "B-" + str(self.r.randint(1000, 9999))

    def ffno(self):
        k = self.r.random()
        if k < 0.4:
            return "QX" + self.d(9)
        if k < 0.8:
            return self.ch("123456789") + self.d(9)
        return self.d(3) + " " + self.d(3) + " " + self.d(3)

    def staff(self):
        return self.ch(["E", "C", "F", "GH", ""]) + self.d(5)

    def amount(self, cur=None):
        v = self.r.randint(15, 4800) + self.r.randrange(0, 100) / 100
        return "%.2f" % v

    def host(self, svc):
        if self.r.random() < 0.5:
            return "%s-%s-%02d.%s.skyvela.internal" % (
                svc, self.ch(["prod", "prd", "p"]), self.r.randint(1, 12),
                self.ch(["fra1", "lhr2", "pek1", "sha3", "iad1", "sin1"]))
        return "%s%02d" % (svc, self.r.randint(1, 24))

    def svc(self):
        return self.ch(_SVC)

    def role_mail(self, locals_=None):
        return self.ch(locals_ or _ROLE_LOCAL) + "@" + self.ch(_ROLE_DOM)

    def uuid(self):
        h = self.hx(32)
        return "-".join([h[:8], h[8:12], "4" + h[13:16], h[16:20], h[20:]])

    def sha(self, n=64):
        return self.hx(n)

    def version(self):
        return "%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 30), self.r.randint(0, 40))

    def order18(self):
        body = self.dt().strftime("%Y%m%d") + self.d(9)
        c = _cnid_check(body)
        last = self.ch([x for x in "0123456789" if x != c])
        return body + last

    def company(self, loc="en_US"):
        return self.f[loc].company()

    # ---- network ----
    def pub_ip(self):
        if self.r.random() < 0.08:
            return "%x:%x:%x:%x::%x" % (self.ch([0x2a02, 0x2001, 0x2600, 0x2409, 0x240e]),
                                        self.r.randint(1, 0xffff), self.r.randint(1, 0xffff),
                                        self.r.randint(1, 0xffff), self.r.randint(1, 0xffff))
        return "%d.%d.%d.%d" % (self.ch(_PUB_OCT), self.r.randint(0, 255),
                                self.r.randint(0, 255), self.r.randint(1, 254))

    def priv_ip(self):
        k = self.r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))
        if k == 1:
            return "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(1, 254))
        return "192.168.%d.%d" % (self.r.randint(0, 255), self.r.randint(1, 254))

    # ---- people ----
    def person(self, locs=None, latin=False, gender=None):
        loc = self.ch(locs) if locs else self.ch(_POOL)
        g = gender or self.ch("MF")
        f = self.f[loc]
        p = _Person()
        p.loc, p.g = loc, g
        if loc in ("zh_CN", "zh_TW", "ko_KR") and (latin or self.r.random() < 0.45):
            sur, giv = {"zh_CN": (_ZH_SUR, _ZH_GIV), "zh_TW": (_TW_SUR, _TW_GIV),
                        "ko_KR": (_KO_SUR, _KO_GIV)}[loc]
            s = self.ch(sur)
            n = 2 if loc != "zh_CN" else self.ch([1, 2, 2])
            gs = [self.ch(giv) for _ in range(n)]
            p.last, p.first = s[0], "".join(x[0] for x in gs)
            p.alast = s[1]
            if loc == "zh_TW":
                p.afirst = "-".join(x[1] for x in gs)
            elif loc == "ko_KR":
                p.afirst = self.ch(["-", ""]).join(x[1] for x in gs).capitalize()
            else:
                p.afirst = "".join(x[1] for x in gs).capitalize()
            p.full = p.last + p.first
        elif loc in ("zh_CN", "zh_TW", "ko_KR"):
            p.last = f.last_name()
            p.first = f.first_name_male() if g == "M" else f.first_name_female()
            p.full = p.last + p.first
            p.afirst, p.alast = "Xiaoming", "Li"      # placeholder, only used if latin
        elif loc == "ja_JP":
            ln = f.last_name_pair()
            fn = f.first_name_male_pair() if g == "M" else f.first_name_female_pair()
            p.last, p.first, p.alast, p.afirst = ln[0], fn[0], ln[2], fn[2]
            p.full = p.last + self.ch(["", " ", "\u3000"]) + p.first
        elif loc == "ru_RU":
            p.first = f.first_name_male() if g == "M" else f.first_name_female()
            p.last = f.last_name_male() if g == "M" else f.last_name_female()
            p.afirst, p.alast = _translit_ru(p.first), _translit_ru(p.last)
            p.full = self.ch([p.first + " " + p.last, p.last + " " + p.first])
        elif loc == "vi_VN":
            p.last = f.last_name()
            p.first = self.ch(_VI_MID) + " " + (f.first_name_male() if g == "M" else f.first_name_female())
            p.full = p.last + " " + p.first
            p.afirst, p.alast = _ascii(p.first), _ascii(p.last)
        else:
            p.first = f.first_name_male() if g == "M" else f.first_name_female()
            p.last = f.last_name_male() if g == "M" else f.last_name_female()
            if loc == "es_ES" and self.r.random() < 0.5:
                p.last = p.last + " " + f.last_name()
            p.full = p.first + " " + p.last
            p.afirst, p.alast = _ascii(p.first), _ascii(p.last)
        p.afirst, p.alast = p.afirst.strip(), p.alast.strip()
        toks_f = _ascii(p.afirst).lower().replace("-", " ").split()
        toks_l = _ascii(p.alast).lower().replace("'", "").split()
        p.lf = re.sub(r"[^a-z]", "", toks_f[-1] if loc == "vi_VN" else toks_f[0]) or "x"
        p.ll = re.sub(r"[^a-z]", "", "".join(toks_l) if loc == "nl_NL" else toks_l[0]) or "x"
        return p

    def nm(self, p):
        """name as an English-language system would print it"""
        if p.loc in _LATIN_LOCS:
            return p.full
        if p.loc in ("zh_CN", "zh_TW", "ko_KR") and p.afirst == "Xiaoming":
            return p.full
        return p.afull if self.r.random() < 0.7 else p.full

    def login(self, p):
        f, l = p.lf, p.ll
        k = self.r.randrange(8)
        return [f[0] + l, f + "." + l, f + l[0], l + f[0] + str(self.r.randint(1, 99)),
                f + "_" + l, f + l + str(self.r.randint(70, 99)), l + "." + f,
                f[0] + l + str(self.r.randint(1, 9))][k]

    def email(self, p, corp=False):
        if corp or self.r.random() < 0.12:
            return self.ch([p.lf + "." + p.ll, p.lf[0] + "." + p.ll, p.lf + p.ll[0]]) + "@" + self.ch(_CORP_DOM)
        if p.loc == "zh_CN" and self.r.random() < 0.25:
            return str(self.r.randint(10000, 3999999999)) + "@qq.com"
        return self.login(p) + "@" + self.ch(_MAIL_DOM[p.loc])

    # ---- phones, in each country's own formats ----
    def _phones(self, loc, mobile):
        r, d = self.r, self.d
        if loc == "en_US":
            a = str(r.randint(2, 9)) + str(r.randint(0, 8)) + str(r.randint(0, 9))
            e, n = str(r.randint(2, 9)) + d(2), d(4)
            return ["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s.%s.%s" % (a, e, n)], \
                   ["+1 %s %s %s" % (a, e, n), "+1-%s-%s-%s" % (a, e, n), "+1 (%s) %s-%s" % (a, e, n)]
        if loc == "en_GB":
            if mobile:
                m = "7" + str(r.randint(4, 9)) + d(2)
                s = d(6)
                return ["0%s %s" % (m, s), "0%s%s" % (m, s), "0%s %s %s" % (m, s[:3], s[3:])], \
                       ["+44 %s %s" % (m, s), "+44%s%s" % (m, s), "+44 (0)%s %s" % (m, s)]
            a, b = d(4), d(4)
            return ["020 %s %s" % (a, b), "0161 %s %s" % (d(3), d(4))], ["+44 20 %s %s" % (a, b)]
        if loc == "en_IN":
            m = str(r.randint(6, 9)) + d(4)
            s = d(5)
            return ["0%s %s" % (m, s), "%s%s" % (m, s), "%s-%s" % (m, s)], \
                   ["+91 %s %s" % (m, s), "+91-%s%s" % (m, s), "+91%s%s" % (m, s)]
        if loc == "zh_CN":
            if mobile or r.random() < 0.8:
                p = self.ch(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                             "151", "152", "155", "156", "157", "158", "159", "166", "176", "177",
                             "180", "181", "186", "187", "188", "189", "198", "199"])
                a, b = d(4), d(4)
                return ["%s%s%s" % (p, a, b), "%s %s %s" % (p, a, b), "%s-%s-%s" % (p, a, b)], \
                       ["+86 %s %s %s" % (p, a, b), "+86-%s%s%s" % (p, a, b), "+86 %s%s%s" % (p, a, b)]
            c = self.ch(["010", "021", "020", "0755", "028", "023", "0571"])
            return ["%s-%s" % (c, d(8)), "(%s) %s %s" % (c, d(4), d(4))], ["+86 %s %s" % (c[1:], d(8))]
        if loc == "zh_TW":
            if mobile:
                m = "09" + d(2)
                a, b = d(3), d(3)
                return ["%s-%s-%s" % (m, a, b), "%s %s %s" % (m, a, b), "%s%s%s" % (m, a, b)], \
                       ["+886 %s %s %s" % (m[1:], a, b), "+886-%s-%s-%s" % (m[1:], a, b)]
            a, b = d(4), d(4)
            return ["(02) %s-%s" % (a, b), "02-%s-%s" % (a, b), "(07) %s-%s" % (d(3), d(4))], \
                   ["+886 2 %s %s" % (a, b)]
        if loc == "fr_FR":
            first = self.ch(["6", "7"]) if mobile else self.ch(["1", "2", "3", "4", "5"])
            g = [d(2) for _ in range(4)]
            return ["0%s %s" % (first, " ".join(g)), "0%s.%s" % (first, ".".join(g)), "0%s%s" % (first, "".join(g))], \
                   ["+33 %s %s" % (first, " ".join(g)), "+33%s%s" % (first, "".join(g)),
                    "+33 (0)%s %s" % (first, " ".join(g))]
        if loc == "de_DE":
            if mobile:
                m = self.ch(["151", "152", "157", "160", "162", "163", "170", "171", "172", "176", "177", "178", "179"])
                s = d(self.ch([7, 8]))
                return ["0%s %s" % (m, s), "0%s/%s" % (m, s), "0%s-%s" % (m, s)], \
                       ["+49 %s %s" % (m, s), "+49 (0)%s %s" % (m, s), "+49%s%s" % (m, s)]
            c = self.ch(["30", "40", "69", "89", "221", "211"])
            s = d(7)
            return ["0%s %s" % (c, s), "(0%s) %s" % (c, s)], ["+49 %s %s" % (c, s)]
        if loc == "es_ES":
            if mobile:
                a, b, c = self.ch("67") + d(2), d(3), d(3)
                return ["%s %s %s" % (a, b, c), "%s%s%s" % (a, b, c), "%s %s %s %s" % (a, b[:2], b[2] + c[0], c[1:])], \
                       ["+34 %s %s %s" % (a, b, c), "+34%s%s%s" % (a, b, c), "0034 %s %s %s" % (a, b, c)]
            a, b, c = d(3), d(2), d(2)
            return ["91 %s %s %s" % (a, b, c), "93 %s %s %s" % (a, b, c)], ["+34 91 %s %s %s" % (a, b, c)]
        if loc == "pt_BR":
            ddd = self.ch(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            if mobile:
                a, b = "9" + d(4), d(4)
            else:
                a, b = self.ch("2345") + d(3), d(4)
            return ["(%s) %s-%s" % (ddd, a, b), "%s %s-%s" % (ddd, a, b), "(%s)%s%s" % (ddd, a, b)], \
                   ["+55 %s %s-%s" % (ddd, a, b), "+55 (%s) %s-%s" % (ddd, a, b), "+55%s%s%s" % (ddd, a, b)]
        if loc == "ja_JP":
            if mobile:
                m = self.ch(["090", "080", "070"])
                a, b = d(4), d(4)
                return ["%s-%s-%s" % (m, a, b), "%s %s %s" % (m, a, b), "%s%s%s" % (m, a, b)], \
                       ["+81 %s-%s-%s" % (m[1:], a, b), "+81 %s %s %s" % (m[1:], a, b), "+81-%s-%s-%s" % (m[1:], a, b)]
            a, b = d(4), d(4)
            return ["03-%s-%s" % (a, b), "06-%s-%s" % (a, b)], ["+81 3 %s %s" % (a, b)]
        if loc == "ko_KR":
            if mobile:
                a, b = d(4), d(4)
                return ["010-%s-%s" % (a, b), "010 %s %s" % (a, b), "010%s%s" % (a, b)], \
                       ["+82 10-%s-%s" % (a, b), "+82 10 %s %s" % (a, b), "+82-10-%s-%s" % (a, b)]
            a, b = d(3), d(4)
            return ["02-%s-%s" % (a, b), "031-%s-%s" % (a, b)], ["+82 2 %s %s" % (a, b)]
        if loc == "ru_RU":
            c = self.ch(["916", "903", "925", "985", "999", "926", "915"]) if mobile else self.ch(["495", "812", "343"])
            a, b, e = d(3), d(2), d(2)
            return ["8 (%s) %s-%s-%s" % (c, a, b, e), "8%s%s%s%s" % (c, a, b, e), "8-%s-%s-%s-%s" % (c, a, b, e)], \
                   ["+7 %s %s-%s-%s" % (c, a, b, e), "+7 (%s) %s-%s-%s" % (c, a, b, e), "+7%s%s%s%s" % (c, a, b, e)]
        if loc == "it_IT":
            if mobile:
                m = self.ch(["320", "328", "333", "335", "338", "340", "347", "349", "366", "380", "392"])
                s = d(7)
                return ["%s %s" % (m, s), "%s %s %s" % (m, s[:3], s[3:]), "%s%s" % (m, s)], \
                       ["+39 %s %s" % (m, s), "+39 %s %s %s" % (m, s[:3], s[3:]), "0039 %s %s" % (m, s)]
            return ["06 %s %s" % (d(4), d(4)), "02 %s%s" % (d(4), d(4))], ["+39 06 %s %s" % (d(4), d(4))]
        if loc == "nl_NL":
            if mobile:
                s = d(8)
                return ["06-%s" % s, "06 %s %s" % (s[:4], s[4:]), "06 %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:])], \
                       ["+31 6 %s" % s, "+31 (0)6 %s" % s, "+316%s" % s]
            return ["020 %s %s" % (d(3), d(4)), "010-%s%s" % (d(3), d(4))], ["+31 20 %s %s" % (d(3), d(4))]
        if loc == "pl_PL":
            m = self.ch(["5", "6", "7", "8"]) + d(2)
            a, b = d(3), d(3)
            return ["%s %s %s" % (m, a, b), "%s-%s-%s" % (m, a, b), "%s%s%s" % (m, a, b)], \
                   ["+48 %s %s %s" % (m, a, b), "+48%s%s%s" % (m, a, b), "0048 %s %s %s" % (m, a, b)]
        if loc == "tr_TR":
            m = "5" + self.ch(["30", "32", "33", "35", "42", "44", "05", "06", "55"])
            a, b, c = d(3), d(2), d(2)
            return ["0%s %s %s %s" % (m, a, b, c), "0 (%s) %s %s %s" % (m, a, b, c), "0%s%s%s%s" % (m, a, b, c)], \
                   ["+90 %s %s %s %s" % (m, a, b, c), "+90 (%s) %s %s%s" % (m, a, b, c), "+90%s%s%s%s" % (m, a, b, c)]
        # vi_VN
        m = self.ch(["90", "91", "93", "94", "96", "97", "98", "86", "88", "70", "77", "83"])
        a, b = d(3), d(3)
        return ["0%s %s %s" % (m, a, b), "0%s%s%s" % (m, a, b), "0%s.%s.%s" % (m, a, b)], \
               ["+84 %s %s %s" % (m, a, b), "+84%s%s%s" % (m, a, b)]

    def phone(self, loc, style="any", mobile=True):
        nat, intl = self._phones(loc, mobile)
        if style == "intl":
            return self.ch(intl)
        if style == "nat":
            return self.ch(nat)
        return self.ch(nat + intl)

    def company_phone(self):
        return self.ch(["+1 800 555 0199", "1-800-759-8352", "95583", "400-820-8888",
                        "+44 344 493 0787", "0800 028 4028", "+49 69 86 799 799",
                        "0 825 800 800", "+86 400 100 9999", "+1 (888) 359-2345"])

    # ---- secrets ----
    def password(self, safe=False):
        sym = "!#%^*_-+." if safe else "!@#$%^*_-+.?"
        k = self.r.randrange(4)
        if k == 0:
            w = self.ch(["Summer", "Winter", "Paris", "London", "Dragon", "Sunshine", "Welcome",
                         "Skyvela", "Boeing", "Flyhigh", "Password", "Monkey", "Shanghai"])
            return w + str(self.r.randint(1, 2025)) + self.ch(sym)
        if k == 1:
            return self.an(self.r.randint(10, 16), "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789" + sym)
        if k == 2:
            return self.ch(["Zw", "Lw", "Qq", "Ab", "Mx"]) + self.ch(sym) + str(self.r.randint(1990, 2025)) + self.an(3, "abcdefghijkmnpqrstuvwxyz")
        return self.an(4, "abcdefghijkmnopqrstuvwxyz") + self.ch(sym) + self.an(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + self.d(3)

    def api_key(self):
        k = self.r.randrange(6)
        if k == 0:
            return "sk_live_" + self.an(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        if k == 1:
            return "AKIA" + self.an(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        if k == 2:
            return "AIza" + self.an(35, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        if k == 3:
            return "ak_" + self.hx(32)
        if k == 4:
            return self.b64(30, url=False)
        return "xoxb-" + self.d(12) + "-" + self.d(13) + "-" + self.an(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    def jwt(self):
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + self.b64(self.r.randint(40, 90)) + "." + self.b64(32)

    # ---- cards, bank, identity documents, plates ----
    def card(self, brand=None, fmt=None):
        brand = brand or self.ch(["visa", "visa", "mc", "mc", "amex", "unionpay", "jcb"])
        if brand == "visa":
            pre, ln = "4", 16
        elif brand == "mc":
            pre, ln = self.ch([str(self.r.randint(51, 55)), str(self.r.randint(2221, 2720))]), 16
        elif brand == "amex":
            pre, ln = self.ch(["34", "37"]), 15
        elif brand == "unionpay":
            pre, ln = self.ch(["6222", "6225", "6228", "6217", "6212"]), self.ch([16, 16, 19])
        else:
            pre, ln = "35" + str(self.r.randint(28, 89)), 16
        body = pre + self.d(ln - len(pre) - 1)
        num = body + _luhn_digit(body)
        fmt = fmt if fmt is not None else self.r.randrange(3)
        if fmt == 0:
            return num
        sep = " " if fmt == 1 else "-"
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        groups = [num[i:i + 4] for i in range(0, ln, 4)]
        return sep.join(groups)

    def masked_card(self):
        l4 = self.d(4)
        return self.ch(["************" + l4, "**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4,
                        "****" + l4, "4" + self.d(5) + "******" + l4, "5" + self.d(5) + "XXXXXX" + l4])

    def iban(self, cc=None, grouped=None):
        cc = cc or self.ch(["DE", "FR", "GB", "ES", "NL", "IT", "PL", "BE", "PT", "AT", "CH", "IE", "TR"])
        spec = {"DE": [("n", 18)], "FR": [("n", 10), ("c", 11), ("n", 2)], "GB": [("b", 4), ("n", 14)],
                "ES": [("n", 20)], "NL": [("b", 4), ("n", 10)], "IT": [("a", 1), ("n", 10), ("c", 12)],
                "PL": [("n", 24)], "TR": [("n", 5), ("z", 1), ("c", 16)], "BE": [("n", 12)],
                "CH": [("n", 5), ("c", 12)], "PT": [("n", 21)], "AT": [("n", 16)],
                "IE": [("b", 4), ("n", 14)], "BR": [("n", 23), ("a", 1), ("c", 1)]}[cc]
        banks = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"],
                 "IE": ["AIBK", "BOFI"]}
        bban = ""
        for t, n in spec:
            if t == "n":
                bban += self.d(n)
            elif t == "z":
                bban += "0"
            elif t == "a":
                bban += self.up(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            elif t == "b":
                bban += self.ch(banks[cc])
            else:
                bban += "".join(self.ch("0123456789" * 4 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        iban = "%s%02d%s" % (cc, 98 - int(num) % 97, bban)
        if grouped is None:
            grouped = self.r.random() < 0.5
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self):
        area = self.r.choice([self.r.randint(1, 665), self.r.randint(667, 899)])
        s = "%03d%02d%04d" % (area, self.r.randint(1, 99), self.r.randint(1, 9999))
        return self.ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:], s,
                        s[:3] + " " + s[3:5] + " " + s[5:]])

    def passport(self, c3):
        d, up = self.d, self.up
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if c3 == "USA":
            return self.ch("123456789") + d(8)
        if c3 == "GBR":
            return self.ch("12345") + d(8)
        if c3 == "TWN":
            return "3" + d(8)
        if c3 == "CHN":
            return self.ch(["E" + d(8), "E" + up(1, "ABCDEFGH") + d(7), "G" + d(8)])
        if c3 == "DEU":
            return "C" + self.an(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if c3 == "FRA":
            return d(2) + up(2, L) + d(5)
        if c3 == "JPN":
            return self.ch(["TK", "TZ", "MZ", "TR", "TS", "MU"]) + d(7)
        if c3 == "KOR":
            return self.ch(["M" + d(8), "M" + d(3) + up(1, L) + d(4)])
        if c3 == "IND":
            return up(1, "ABCDEFGHJKLMNPRSTUVWZ") + d(7)
        if c3 == "BRA":
            return up(2, L) + d(6)
        if c3 == "ESP":
            return up(3, L) + d(6)
        if c3 == "ITA":
            return up(2, L) + d(7)
        if c3 == "NLD":
            return up(2, "ABCDEFGHIJKLMNPRSTUVWXYZ") + self.an(6, "ABCDEFGHIJKLMNPRSTUVWXYZ0123456789") + d(1)
        if c3 == "RUS":
            return d(2) + self.ch(["", " "]) + d(7)
        if c3 == "POL":
            return up(2, L) + d(7)
        if c3 == "TUR":
            return "U" + d(8)
        return up(1, "BCN") + d(7)      # VNM

    def cnid(self):
        t = self.dob(1950, 2006)
        body = self.ch(_CN_REGIONS) + t.strftime("%Y%m%d") + self.d(3)
        return body + _cnid_check(body)

    def plate(self, loc):
        r, d, up = self.r, self.d, self.up
        if loc == "en_US":
            return self.ch([str(r.randint(1, 9)) + up(3) + d(3), up(3) + "-" + d(4), up(3) + " " + d(4), d(3) + " " + up(3)])
        if loc == "en_GB":
            return up(2) + "%02d" % r.choice([r.randint(12, 24), r.randint(62, 74)]) + self.ch([" ", ""]) + up(3)
        if loc in ("zh_CN",):
            p = self.ch(_CN_PROV) + up(1, "ABCDEFGH")
            tail = self.an(5, "0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVWXYZ")
            if r.random() < 0.2:
                tail = self.ch("DF") + d(5)
            return p + self.ch(["", "·", " "]) + tail
        if loc == "zh_TW":
            return self.ch([up(3) + "-" + d(4), d(4) + "-" + up(2)])
        if loc == "de_DE":
            return self.ch(["M", "B", "F", "HH", "K", "S", "D", "OF", "MZ"]) + "-" + up(2) + " " + str(r.randint(1, 9999))
        if loc == "fr_FR":
            return up(2) + "-" + d(3) + "-" + up(2)
        if loc == "es_ES":
            return d(4) + " " + up(3, "BCDFGHJKLMNPRSTVWXYZ")
        if loc == "it_IT":
            return up(2) + " " + d(3) + " " + up(2)
        if loc == "nl_NL":
            return self.ch([d(2) + "-" + up(3) + "-" + d(1), up(2) + "-" + d(3) + "-" + up(1)])
        if loc == "pl_PL":
            return self.ch(["WA", "KR", "PO", "GD", "WR"]) + " " + d(5)
        if loc == "ja_JP":
            return self.ch(["品川", "成田", "大阪", "横浜", "練馬"]) + " " + d(3) + " " + self.ch("あいうえかきくけさすせ") + " " + d(2) + "-" + d(2)
        if loc == "pt_BR":
            return up(3) + d(1) + up(1) + d(2)
        if loc == "ko_KR":
            return d(2) + self.ch("가나다라마거너더러머") + " " + d(4)
        if loc == "tr_TR":
            return "34 " + up(self.ch([1, 2, 3])) + " " + d(self.ch([2, 3, 4]))
        return up(2) + "-" + d(3) + "-" + up(2)

    def cn_apt(self):
        return self.ch(_CN_APT)


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
TEMPLATES = []


def _t(fn):
    TEMPLATES.append(fn)
    return fn


# ============================ English ====================================

@_t
def _dcs_checkin_syslog(g):
    p = g.person(latin=True)
    parts = ["<%d>" % g.ch([134, 142, 150]), (g.ts_sys(), "timestamp"), " ", (g.host("dcs-checkin"), "hostname"),
             " checkin[%d]: CHECKIN_OK pnr=" % g.r.randint(1000, 39999), (g.pnr(), "pnr"),
             " pax=", (p.pnr, PER), " " + p.ptitle + " flt=", (g.flight(), "flight_no"),
             " " + g.route() + " seat=" + g.seat() + " bags=%d" % g.r.randint(0, 3)]
    if g.r.random() < 0.5:
        parts += [" channel=WEB client_ip=", (g.pub_ip(), IP)]
    else:
        parts += [" channel=KIOSK kiosk=T%d-K%02d kiosk_ip=" % (g.r.randint(1, 5), g.r.randint(1, 40)),
                  (g.priv_ip(), "server_ip")]
    return parts


@_t
def _booking_created_json(g):
    p = g.person(latin=True)
    sp = g.ch(["", " "])
    lead = Obj([("first_name", (p.afirst if p.loc not in _LATIN_LOCS else p.first, PER)),
                ("last_name", (p.alast if p.loc not in _LATIN_LOCS else p.last, PER)),
                ("email", (g.email(p), EM)), ("phone", (g.phone(p.loc, "intl"), PH))])
    o = Obj([("event", "booking.created"), ("ts", (g.ts_iso(), "timestamp")), ("pnr", (g.pnr(), "pnr")),
             ("channel", g.ch(["web", "app", "call_center", "ndc"])), ("lead_pax", lead),
             ("segments", Arr([(g.flight(), "flight_no"), (g.flight(), "flight_no")])),
             ("total", Obj([("amount", (g.amount(), "amount", "raw")), ("currency", g.ch(["EUR", "GBP", "USD"]))]))])
    return _json(o, sp)


@_t
def _payment_auth_camel(g):
    p = g.person(latin=True)
    o = Obj([("paymentId", ("pay_" + g.hx(20), "order_id")), ("bookingRef", (g.pnr(), "pnr")),
             ("cardHolderName", (g.nm(p).upper() if g.r.random() < 0.4 else g.nm(p), PER)),
             ("cardNumber", (g.card(fmt=0), CC)), ("expiryMonth", g.r.randint(1, 12)),
             ("expiryYear", g.r.randint(2025, 2031)),
             ("amount", Obj([("value", (g.amount(), "amount", "raw")), ("currency", g.ch(["USD", "EUR", "CNY", "JPY"]))])),
             ("threeDsResult", g.ch(["Y", "A", "N"])), ("acquirer", (g.ch(_PSPS), "company"))])
    return [(g.ts_iso(), "timestamp"), " DEBUG pay-gw ", "authorize request=", _json(o, "")]


@_t
def _access_log_lookup(g):
    p = g.person(latin=True)
    last = p.alast.replace(" ", "%20")
    return [(g.pub_ip(), IP), " - - [", (g.ts_clf(), "timestamp"), '] "GET /api/v2/bookings/', (g.pnr(), "pnr"),
            "?lastName=", (last, PER), ' HTTP/1.1" ', g.ch(["200", "200", "404", "403"]),
            " %d " % g.r.randint(200, 9000), '"https://www.skyvela.com/manage" "', g.ch(_UAS), '"']


@_t
def _nginx_json_xff(g):
    lb = g.priv_ip()
    client = g.pub_ip()
    o = Obj([("time", (g.ts_iso(), "timestamp")), ("remote_addr", (lb, "server_ip")),
             ("x_forwarded_for", None), ("server_addr", (g.pub_ip(), "server_ip")),
             ("request", "POST /ffp/v1/login HTTP/2.0"), ("status", g.ch([200, 401, 401, 429])),
             ("body_bytes_sent", g.r.randint(80, 900)), ("upstream_addr", None),
             ("request_time", round(g.r.random(), 3)), ("http_user_agent", g.ch(_UAS))])
    out = []
    for part in _json(o, ""):
        out.append(part)
    # splice the composite values in place of the two nulls
    res = []
    nulls = 0
    for part in out:
        if part == "null":
            if nulls == 0:
                res += ['"', (client, IP), ", ", (g.priv_ip(), "server_ip"), '"']
            else:
                res += ['"', (g.priv_ip(), "server_ip"), ":8080", '"']
            nulls += 1
        else:
            res.append(part)
    return res


@_t
def _upstream_metrics_nopii(g):
    return [(g.ts_iso(), "timestamp"), " level=info svc=ndc-gateway upstream_addr=", (g.priv_ip(), "server_ip"),
            ":%d" % g.ch([8080, 8443, 9000]), " uri=/flights/status/", (g.flight(), "flight_no"),
            " status=200 request_time=%.3f cache=%s pod=" % (g.r.random(), g.ch(["HIT", "MISS"])),
            (g.host("ndc-gw"), "hostname"), " build=", (g.version(), "version")]


@_t
def _bsm_typeb(g):
    p = g.person(latin=True)
    dest = g.iata()
    return ["BSM .V/1L", g.iata(), " .F/", (g.flight(), "flight_no"), "/" + g.ddmon() + "/" + dest + "/Y .N/",
            ("0" + g.ch(["784", "125", "220"]) + g.d(6), "bag_tag"), "001 .S/Y/",
            g.seat(), "/C/%03d/N .W/K/1/%d .P/1" % (g.r.randint(1, 300), g.r.randint(8, 32)),
            (p.pnr, PER), " .L/", (g.pnr(), "pnr"), " ENDBSM"]


@_t
def _worldtracer_ahl(g):
    p = g.person(latin=True)
    sta = g.iata()
    name = (p.alast.upper() + " " + p.afirst.upper()) if g.r.random() < 0.5 else g.nm(p)
    parts = ["AHL ", (sta + "QX" + g.d(5), "file_ref"), " | PAX ", p.title.upper(), " ", (name, PER),
             " | PERM TEL ", (g.phone(p.loc), PH)]
    if g.r.random() < 0.7:
        parts += [" | EMAIL ", (g.email(p).upper() if g.r.random() < 0.3 else g.email(p), EM)]
    parts += [" | TAG ", (g.bagtag(), "bag_tag"), " | CT ", g.ch(["BK22", "BU25", "RD22X", "GY27"]),
              " | BRAND ", (g.ch(["Samsonite", "Rimowa", "Delsey", "American Tourister"]), "company"),
              " | STATUS OPEN"]
    return parts


@_t
def _ffp_login_audit(g):
    p = g.person(latin=True)
    return [(g.ts_iso(), "timestamp"), " ", (g.host("ffp-api"), "hostname"), " auth INFO ",
            g.ch(["login_success", "login_failed", "mfa_challenge"]), " member_id=", (g.ffno().replace(" ", ""), "ff_number"),
            " username=", (g.login(p), PER), " ip=", (g.pub_ip(), IP), " mfa=", g.ch(["totp", "sms", "none"]),
            ' ua="', g.ch(_UAS), '"']


@_t
def _ffp_password_reset(g):
    p = g.person(latin=True)
    return ["[ffp-account] ", (g.ts_sql(), "timestamp"), " password reset requested for ", (g.email(p), EM),
            "; temporary password issued: '", (g.password(), CR), "' (expires 24h) request_id=",
            (g.uuid(), "request_id")]


@_t
def _crew_roster_csv(g):
    p = g.person(g.ch([None, ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "pl_PL"]]))
    a, b = g.r.sample(_IATA, 2)
    return [g.date(), ",", (g.flight(["QX"]), "flight_no"), ",", a, ",", b, ",",
            g.ch(["CPT", "FO", "SFO", "CSD", "PUR", "FA", "FA"]), ",", (g.staff(), "staff_id"), ",",
            (g.nm(p), PER), ",", g.hm().replace(":", "") + "Z,", g.hm().replace(":", "") + "Z,",
            g.ch(["B789", "A359", "A321", "B738", "A20N", "B77W"]), ",", (g.reg(), "aircraft_reg")]


@_t
def _techlog_pirep(g):
    c = g.person(latin=True)
    fo = g.person(latin=True)
    defect = g.ch(["HYD SYS 2 LOW PRESS caution on climb FL230, reset IAW QRH",
                   "PACK 1 FAULT at TOC, pack selected off, cabin temp normal",
                   "bird strike on short final RWY 27L, no abnormal indications",
                   "L1 door slide armed indication flickering after arrival",
                   "severe turbulence encountered FL350, seatbelt sign on"])
    return ["TECHLOG ", (g.reg(), "aircraft_reg"), " ", (g.flight(["QX"]), "flight_no"), " ", g.ddmon(), ": ",
            defect, ". ", g.ch(["Capt.", "Capt", "CPT"]), " ", (c.alast if c.loc not in _LATIN_LOCS else c.last, PER),
            " / FO ", (fo.alast if fo.loc not in _LATIN_LOCS else fo.last, PER), ". ATA ",
            g.ch(["29-10", "21-51", "05-51", "52-10", "36-11"]), ". MEL ", g.ch(["cat C", "not applicable", "cat B"])]


@_t
def _security_screening(g):
    p = g.person(latin=True)
    c3 = ISO3[p.loc]
    return ["SEC-SCREEN ", g.iata(), " T%d lane %d " % (g.r.randint(1, 5), g.r.randint(1, 12)), (g.ts_sql(), "timestamp"),
            ": pax ", (g.nm(p), PER), ", passport ", (g.passport(c3), PP), " (" + c3 + "), secondary search: ",
            g.ch(["LAGs over 100ml", "power bank 27000mAh", "multi-tool with blade", "ETD alarm on laptop"]),
            ", item ", g.ch(["surrendered", "returned", "placed in hold baggage"]), ", officer #%d" % g.r.randint(1000, 9999)]


@_t
def _special_assistance_pascal(g):
    p = g.person(latin=True)
    o = Obj([("RequestId", ("SA-" + g.d(8), "order_id")), ("Flight", (g.flight(), "flight_no")),
             ("PassengerName", (g.nm(p), PER)), ("SsrCode", g.ch(["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA", "MEDA"])),
             ("ContactPhone", (g.phone(p.loc), PH)),
             ("Notes", "escort required from gate " + g.gate() + " to transfer desk"),
             ("CreatedBy", (g.ch(["svc-ssr-sync", "svc-crm", "batch_ops"]), "service_account"))])
    return ["SSR-SYNC ", (g.ts_iso(), "timestamp"), " ", _json(o, g.ch(["", " "]))]


@_t
def _refund_kv_iban(g):
    p = g.person(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB", "pl_PL"], latin=True)
    cc = {"de_DE": "DE", "fr_FR": "FR", "nl_NL": "NL", "es_ES": "ES", "it_IT": "IT", "en_GB": "GB", "pl_PL": "PL"}[p.loc]
    return _kv([("ts", (g.ts_iso(), "timestamp")), ("level", "info"), ("svc", "refunds"),
                ("refund_id", ("RF-" + g.d(8) + "-" + g.d(4), "order_id")), ("pnr", (g.pnr(), "pnr")),
                ("amount", (g.amount(), "amount")), ("currency", "EUR" if cc != "GB" else "GBP"),
                ("method", "SEPA"), ("iban", (g.iban(cc, grouped=False), IB)),
                ("account_holder", ['"', (p.full, PER), '"']), ("status", g.ch(["SENT", "QUEUED", "REJECTED"]))])


@_t
def _sms_irrops(g):
    p = g.person(latin=True)
    pn = g.pnr()
    return ["SMS-OUT to=", (g.phone(p.loc, "intl"), PH), ' body="SkyVela: Hi ', (p.first if p.loc in _LATIN_LOCS else p.afirst, PER),
            ", flight ", (g.flight(["QX"]), "flight_no"), " on " + g.ddmon() + " is cancelled. You are rebooked on ",
            (g.flight(["QX"]), "flight_no"), " dep " + g.hm() + " seat " + g.seat() + ". Manage: skyvela.com/m/",
            (pn, "pnr"), '" provider=', (g.ch(["Twilio", "Sinch", "Infobip"]), "company"), " status=queued"]


@_t
def _catering_nopii(g):
    return ["CATERING order ", ("CT-" + g.d(8), "order_id"), " flight ", (g.flight(), "flight_no"), " ", g.ddmon(),
            " meals Y %d / W %d / J %d, special: VGML x%d, KSML x%d, CHML x%d, supplier " % (
                g.r.randint(90, 300), g.r.randint(0, 40), g.r.randint(8, 40), g.r.randint(0, 6),
                g.r.randint(0, 3), g.r.randint(0, 4)),
            (g.ch(_CATERERS), "company"), ", uplift " + g.hm() + ", trolley count %d" % g.r.randint(8, 40)]


@_t
def _turnaround_nopii(g):
    return ["TURN ", (g.flight(), "flight_no"), " ", (g.reg(), "aircraft_reg"), " stand %d on-blocks %s off-blocks %s" % (
        g.r.randint(100, 580), g.hm(), g.hm()), " fuel %.1ft pax %d handler " % (g.r.randint(40, 900) / 10, g.r.randint(40, 350)),
            (g.ch(_HANDLERS), "company"), " delay_code=", g.ch(["00", "93", "87", "15", "63", "81"]),
            " ref=", (g.uuid(), "request_id")]


@_t
def _typeb_ctce(g):
    p = g.person(latin=True)
    em = g.email(p).upper().replace("@", "//")
    ph = re.sub(r"\D", "", g.phone(p.loc, "intl"))
    c3 = ISO3[p.loc]
    parts = ["QX-RES <- ", g.ch(["XY", "LH", "AF", "UA"]), " TTY ", (g.ts_sql(), "timestamp"), ": PNR ", (g.pnr(), "pnr"),
             " 1", (p.pnr, PER), " " + p.ptitle + " SSR CTCE QX HK1 ", (em, EM), " SSR CTCM QX HK1 ", (ph, PH)]
    if g.r.random() < 0.5:
        parts += [" SSR FOID QX HK1 PP", (g.passport(c3), PP)]
    parts += [" TKNE ", (g.ticket().replace("-", "").replace(" ", ""), "ticket_no"), "C1"]
    return parts


@_t
def _ndc_dotted(g):
    p = g.person(latin=True)
    ag = g.ch(_AGENCIES)
    return _kv([("ndc.order.id", ("ORD-" + g.an(10), "order_id")),
                ("ndc.pax[0].givenName", (p.afirst if p.loc not in _LATIN_LOCS else p.first, PER)),
                ("ndc.pax[0].surname", (p.alast if p.loc not in _LATIN_LOCS else p.last, PER)),
                ("ndc.pax[0].contact.email", (g.email(p), EM)),
                ("agency.iataNumber", (g.d(8), "office_id")), ("agency.name", ['"', (ag, "company"), '"']),
                ("agency.contact", (g.role_mail(["groups", "ops", "ticketing", "support"]), "role_mailbox")),
                ("offer.total", (g.amount(), "amount"))])


@_t
def _java_card_trace(g):
    p = g.person(latin=True)
    return [(g.ts_java(), "timestamp"), " ERROR [http-nio-8443-exec-%d] c.s.pay.CardValidator - CardValidationException: " % g.r.randint(1, 40),
            g.ch(["expiry in past", "AVS mismatch", "issuer declined 05"]), " for card ", (g.card(), CC),
            " (holder=", (g.nm(p), PER), ") at com.skyvela.pay.CardValidator.validate(CardValidator.java:%d)" % g.r.randint(40, 300),
            " at com.skyvela.pay.PaymentService.authorize(PaymentService.java:%d)" % g.r.randint(100, 500)]


@_t
def _py_trace_phone(g):
    p = g.person()
    return ['Traceback (most recent call last): File "/srv/ssr/notify.py", line %d, in send_sms ' % g.r.randint(20, 300),
            "phonenumbers.NumberParseException: could not parse '", (g.phone(p.loc), PH),
            "' for passenger_id=", (str(g.r.randint(10000, 999999)), "order_id"), " (pnr ", (g.pnr(), "pnr"), ")"]


@_t
def _email_header(g):
    p = g.person(latin=True)
    k = g.r.random()
    if k < 0.2:
        return ["MTA relay: From: ", (g.role_mail(["ops", "occ", "crewcontrol"]), "role_mailbox"), " To: ",
                (g.role_mail(["partners", "groups", "catering"]), "role_mailbox"), " Subject: Schedule change ",
                (g.flight(), "flight_no"), " ", g.ddmon(), " status=sent relay=", (g.priv_ip(), "server_ip")]
    if k < 0.6:
        return ["MTA in: From: ", (g.nm(p), PER), " <", (g.email(p), EM), "> To: ",
                (g.role_mail(["baggage", "lostandfound", "customercare", "refunds"]), "role_mailbox"),
                " Subject: Lost bag claim ", (g.iata() + "QX" + g.d(5), "file_ref"), " Message-ID: <",
                (g.hx(16), "request_id"), "@mail.gmail.com>"]
    return ["MTA out: From: SkyVela Airlines <", (g.role_mail(["noreply", "no-reply", "notifications"]), "role_mailbox"),
            "> To: ", (g.email(p), EM), " Subject: Your e-ticket receipt ", (g.ticket(), "ticket_no"),
            " status=sent relay=", (g.priv_ip(), "server_ip")]


@_t
def _psp_webhook(g):
    p = g.person(latin=True)
    card = Obj([("brand", g.ch(["visa", "mastercard", "amex"])), ("last4", (g.d(4), "masked")),
                ("exp_year", g.r.randint(2025, 2031))])
    items = [("id", ("ch_" + g.an(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "order_id")),
             ("amount", g.r.randint(1500, 480000)), ("currency", g.ch(["usd", "eur", "gbp"]))]
    if g.r.random() < 0.7:
        items.append(("billing_details", Obj([("name", (g.nm(p), PER)), ("email", (g.email(p), EM)),
                                               ("phone", (g.phone(p.loc, "intl"), PH))])))
    items.append(("payment_method_details", Obj([("card", card)])))
    return ["POST /webhooks/psp 200 evt=", ("evt_" + g.an(24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "request_id"),
            " type=", g.ch(["charge.refunded", "charge.succeeded", "charge.dispute.created"]), " data=", _json(Obj(items), "")]


@_t
def _db_conn_password(g):
    user = g.ch(["dcs_app", "ffp_rw", "bagtrack", "crew_ro", "etl_loader"])
    host = g.priv_ip()
    return [(g.ts_sql(), "timestamp"), " FATAL ", g.ch(["psycopg2.OperationalError", "HikariPool-1", "sqlalchemy.exc"]),
            ": could not connect to ", g.ch(["postgresql", "mysql", "postgres"]), "://", (user, "service_account"), ":",
            (g.password(safe=True), CR) if g.r.random() < 0.7 else ("*" * g.r.randint(3, 8), "masked"), "@", (host, "server_ip"), ":", g.ch(["5432", "3306", "6432"]), "/",
            g.ch(["dcs", "ffp", "baggage", "crew"]), " (timeout after %ds)" % g.r.randint(5, 60)]


@_t
def _config_dump_keys(g):
    return ["[boot] ", (g.host("gds-adapter"), "hostname"), " loaded config: gds.endpoint=https://api.",
            g.ch(["amadeus.com", "sabre.com", "travelport.com"]), "/v2 gds.office=", (g.ch(["LON", "FRA", "PEK", "NYC"]) + "QX" + g.d(4), "office_id"),
            " gds.api_key=", (g.api_key(), CR) if g.r.random() < 0.7 else ("<redacted>", "masked"),
            " gds.api_secret=", (g.b64(24), CR) if g.r.random() < 0.7 else ("*" * 8, "masked"), " pool.size=%d timeout_ms=%d" % (g.r.randint(4, 64), g.r.randint(1000, 30000))]


@_t
def _http_header_dump(g):
    parts = ["DEBUG http.client > POST /ndc/v21.3/OrderCreate Host: ndc.", g.ch(["partner-xy.com", "skyvela.com", "agency-hub.net"])]
    k = g.r.random()
    if k < 0.45:
        parts += [" Authorization: Bearer ", (g.jwt(), CR)]
    elif k < 0.75:
        parts += [" x-api-key: ", (g.api_key(), CR)]
    else:
        parts += [" Cookie: SESSIONID=", (g.hx(32), CR), "; consent=1"]
    parts += [" X-Request-Id: ", (g.uuid(), "request_id"), " Content-Type: application/xml Content-Length: %d" % g.r.randint(800, 9000)]
    return parts


@_t
def _kiosk_nopii(g):
    return ["KIOSK T%d-K%02d (" % (g.r.randint(1, 5), g.r.randint(1, 40)), (g.priv_ip(), "server_ip"), ") ",
            (g.ts_sys(), "timestamp"), " print bag tag ", (g.bagtag(), "bag_tag"), " status=", g.ch(["OK", "OK", "PAPER_LOW", "JAM"]),
            " printer=BTP-%d firmware " % g.r.randint(1, 4), (g.version(), "version"), " session=", (g.hx(12), "request_id")]


@_t
def _bcbp_scan(g):
    p = g.person(latin=True)
    nm = p.pnr[:20].rstrip("/")
    pn = g.pnr()
    a, b = g.r.sample(_IATA, 2)
    return ["BRD gate ", g.gate(), " ", (g.flight(["QX"]), "flight_no"), " seq%03d scan=OK bcbp=\"M1" % g.r.randint(1, 300),
            (nm, PER), " " * (20 - len(nm)), "E", (pn, "pnr"), " ", a, b, "QX ", "%04d %03dY%03d%s%04d 100\"" % (
                g.r.randint(1, 9899), g.r.randint(1, 366), g.r.randint(1, 60), g.ch("ABCDEFHJK"), g.r.randint(1, 300))]


@_t
def _gate_note(g):
    p = g.person(latin=True, gender="M")
    w = g.person([p.loc], latin=True, gender="F")
    last = p.alast if p.loc not in _LATIN_LOCS else p.last
    wf = w.afirst if w.loc not in _LATIN_LOCS else w.first
    return ["GATE NOTE ", g.gate(), " ", (g.flight(), "flight_no"), ": pax in ", g.seat(), " (Mr ", (last, PER),
            ") asked for seat change, offered ", g.seat(), ", declined. Wife ", (wf, PER), " reachable on ",
            (g.phone(p.loc), PH), ". -- agent %d" % g.r.randint(1000, 9999)]


@_t
def _csv_ticket_export(g):
    p = g.person(latin=True)
    return [("TCK-" + g.date().replace("-", "") + "-%04d" % g.r.randint(1, 9999), "order_id"), ",", (g.ts_sql(), "timestamp"), ",",
            g.ch(["Refund request", "Lost baggage", "Name correction", "Schedule change", "Complaint"]), ",",
            (g.nm(p), PER), ",", (g.email(p), EM), ",", (g.phone(p.loc), PH), ",",
            g.ch(["Open", "Pending", "Closed"]), ",", (g.svc(), "service_account")]


@_t
def _audit_trail(g):
    if g.r.random() < 0.6:
        p = g.person(["en_US", "en_GB", "en_IN", "de_DE", "nl_NL"], latin=True)
        actor = [("agent." + p.lf[0] + p.ll, PER)]
        act = g.ch(["VIEW_PNR", "EDIT_CONTACT", "VIEW_DOCS", "ISSUE_EMD"])
    else:
        actor = [(g.svc(), "service_account")]
        act = g.ch(["SYNC_PNR", "PURGE_PNR", "EXPORT_MANIFEST"])
    return ["AUDIT ", (g.ts_iso(), "timestamp"), " actor=", actor, " role=", g.ch(["CSA", "SUP", "SYS"]), " action=", act,
            " target=", (g.pnr(), "pnr"), ' reason="', g.ch(["customer call", "schedule change", "gdpr request", "batch"]),
            '" terminal=', ("CS-" + g.iata() + "-%03d" % g.r.randint(1, 200), "hostname")]


@_t
def _valet_parking(g):
    loc = g.ch(["en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "zh_CN", "ja_JP", "pt_BR", "tr_TR"])
    p = g.person([loc], latin=True)
    return ["VALET T%d ticket " % g.r.randint(1, 5), ("V-" + g.d(5), "order_id"), " in " + g.hm() + " plate ", (g.plate(loc), LP),
            " (", g.ch(["black Audi A4", "white Tesla Model 3", "grey VW Golf", "blue Toyota Prius", "red Mini"]),
            ") owner ", (g.nm(p), PER), " mob ", (g.phone(loc), PH), " return ", (g.flight(), "flight_no"), " ", g.ddmon(), " " + g.hm()]


@_t
def _apis_csv(g):
    p = g.person(latin=True)
    c3 = ISO3[p.loc]
    t = g.dob()
    return ["APIS,", (g.flight(), "flight_no"), ",P,", c3, ",", (g.passport(c3), PP), ",", c3, ",", t.strftime("%Y-%m-%d"), ",",
            p.g, ",", str(g.r.randint(2025, 2034)) + "-%02d-%02d" % (g.r.randint(1, 12), g.r.randint(1, 28)), ",",
            (_compact(p.alast).upper(), PER), ",", (_compact(p.afirst).upper(), PER)]


@_t
def _ssr_docs(g):
    p = g.person(latin=True)
    c3 = ISO3[p.loc]
    t = g.dob()
    return ["SSR DOCS QX HK1 P/", c3, "/", (g.passport(c3).replace(" ", ""), PP), "/", c3, "/", t.strftime("%d%b%y").upper(),
            "/", p.g if g.r.random() < 0.9 else p.g + "I", "/", "%02d%s%02d" % (g.r.randint(1, 28), g.ch(["JAN", "MAR", "AUG", "NOV"]), g.r.randint(25, 34)),
            "/", (p.pnr, PER), "-1.1 seg ", (g.flight(), "flight_no")]


@_t
def _cobrand_app(g):
    p = g.person(["en_US"], latin=True)
    return ["cobrand-app ", ("APP-" + g.d(10), "order_id"), ' applicant="', (p.full, PER), '" ssn=', (g.ssn(), SSN),
            " dob=", g.dob().strftime("%Y-%m-%d"), " income=%d ff=" % (g.r.randint(30, 400) * 1000), (g.ffno(), "ff_number"),
            " phone=", (g.phone("en_US"), PH), " decision=", g.ch(["APPROVED", "DECLINED", "PENDING_REVIEW"]),
            " partner=", (g.ch(["Chase", "Barclays US", "Citi", "Amex"]), "company")]


@_t
def _fraud_alert(g):
    p = g.person(latin=True)
    return ["FRAUD-ENGINE score=%.2f decision=%s pnr=" % (g.r.random(), g.ch(["REVIEW", "DECLINE", "ACCEPT"])), (g.pnr(), "pnr"),
            " card=", (g.card(), CC), " bin_country=", g.ch(["NG", "US", "GB", "RO", "BR", "CN"]), " email=", (g.email(p), EM),
            " ip=", (g.pub_ip(), IP), " route=", g.route(), " amount=", (g.amount(), "amount"), " ", g.ch(["GBP", "USD", "EUR"]),
            " rules=[velocity_card,email_age<1d]"]


@_t
def _waf_block(g):
    if g.r.random() < 0.25:
        src = [(g.priv_ip(), "server_ip"), " (internal scanner)"]
    else:
        src = [(g.pub_ip(), IP)]
    return ["WAF ", g.ch(["BLOCK", "DENY", "CHALLENGE"]), " rule=%d src=" % g.ch([942100, 941100, 920350, 913101]), src,
            " dst=", (g.pub_ip(), "server_ip"), " host=api.skyvela.com path=/ffp/v1/login attempts=%d/5m" % g.r.randint(50, 5000),
            " ts=", (g.ts_iso(), "timestamp")]


@_t
def _deploy_nopii(g):
    return ["deploy ", g.ch(["dcs-checkin", "bag-recon", "ffp-api", "crew-roster", "pay-gw", "ife-sync"]), " ", (g.version(), "version"),
            " to ", g.ch(["prod-eu-1", "prod-ap-2", "staging"]), " by ", (g.ch(["jenkins", "gitlab-runner", "argocd", "ansible"]), "service_account"),
            " build #%d commit " % g.r.randint(100, 9999), (g.hx(12), "hash"), " result=", g.ch(["SUCCESS", "SUCCESS", "ROLLBACK"])]


@_t
def _flifo_nopii(g):
    return ["FLIFO ", (g.flight(), "flight_no"), " ", g.ddmon(), " ", g.route(" "), " STD ", g.hm(), " ETD ", g.hm(),
            " gate ", g.gate(), " delay code %d reason: " % g.ch([93, 41, 71, 81, 11, 64]),
            g.ch(["late inbound aircraft", "ATC restriction", "weather at destination", "crew rest", "technical"]), " tail ",
            (g.reg(), "aircraft_reg")]


@_t
def _loadsheet_nopii(g):
    pax = g.r.randint(90, 300)
    return ["LOADSHEET FINAL ", (g.flight(), "flight_no"), " ", (g.reg(), "aircraft_reg"), " EDNO %d PAX %d/%d/%d TOB %d ZFW %d TOW %d LAW %d MACTOW %.1f" % (
        g.r.randint(1, 4), pax, g.r.randint(0, 20), g.r.randint(0, 3), pax + g.r.randint(6, 16), g.r.randint(50000, 180000),
        g.r.randint(60000, 250000), g.r.randint(55000, 200000), g.r.randint(180, 340) / 10), " prepared by ",
            (g.ch(_HANDLERS), "company")]


@_t
def _lounge_access(g):
    p = g.person(latin=True)
    return ["LOUNGE SkyVela Club ", g.iata(), " entry ", g.hm(), " member ", (g.ffno(), "ff_number"), " tier ",
            g.ch(["GOLD", "SILVER", "PLATINUM", "ONEWORLD EMERALD"]), " name ", p.title, " ", (g.nm(p), PER),
            " guests=%d card_scan=OK" % g.r.randint(0, 2)]


@_t
def _upgrade_bid(g):
    p = g.person(latin=True)
    return ["upgrade-bid accepted pnr=", (g.pnr(), "pnr"), ' pax="', (g.nm(p), PER), '" from Y to ', g.ch(["J", "W"]),
            " bid=", (g.amount(), "amount"), " ", g.ch(["GBP", "EUR", "USD"]), " charged to card ", (g.masked_card(), "masked"),
            " txn=", ("TXN" + g.d(12), "order_id")]


@_t
def _ivr_pin(g):
    p = g.person(["en_US", "en_GB", "en_IN"])
    return ["IVR call-id ", (g.hx(16), "request_id"), " ANI ", (g.phone(p.loc), PH), " verified FF member ", (g.ffno(), "ff_number"),
            " via PIN ", (g.d(g.ch([4, 4, 6])), CR), " -> queue ", g.ch(["REFUNDS", "BAGGAGE", "GOLD_DESK", "SCHEDULE_CHANGE"]),
            " wait %ds dnis " % g.r.randint(5, 900), (g.company_phone(), "company_phone")]


@_t
def _umnr(g):
    loc = g.ch(["en_US", "en_GB", "zh_CN", "ja_JP", "de_DE", "fr_FR", "ko_KR", "en_IN"])
    child = g.person([loc], latin=True)
    par = g.person([loc], latin=True)
    col = g.person([loc], latin=True)
    if loc not in _LATIN_LOCS:
        par.alast = col.alast = child.alast
        par.last = col.last = child.last
    else:
        par.last = col.last = child.last
    c3 = ISO3[loc]
    cn = (child.afirst + " " + child.alast) if loc not in _LATIN_LOCS else (child.first + " " + child.last)
    pn = (par.afirst + " " + par.alast) if loc not in _LATIN_LOCS else (par.first + " " + par.last)
    kn = (col.afirst + " " + col.alast) if loc not in _LATIN_LOCS else (col.first + " " + col.last)
    return ["UMNR ", (g.flight(["QX"]), "flight_no"), " ", g.route(), " seat ", g.seat(), " child ", (cn, PER),
            " (age %d) handed over by " % g.r.randint(5, 14), (pn, PER), ", to be collected by ", (kn, PER), " ",
            (g.phone(loc), PH), ", ID passport ", (g.passport(c3), PP)]


@_t
def _hotel_voucher_nopii(g):
    return ["HOTEL-VOUCHER ", ("HV-" + g.d(7), "order_id"), " flight ", (g.flight(), "flight_no"), " cancelled: %d rooms at " % g.r.randint(5, 140),
            (g.ch(_HOTELS), "company"), " for %d pax, meal vouchers " % g.r.randint(10, 280), (g.amount(), "amount"), ", coach ",
            ("GSE-%04d" % g.r.randint(1, 9999), "vehicle_id"), " dep " + g.hm() + " contact ", (g.company_phone(), "company_phone")]


@_t
def _ife_nopii(g):
    k = g.r.randrange(3)
    if k == 0:
        t, who = g.ch(_FILMS)
        what = ["movie '", t, "' (starring ", (who, "public_figure"), ")"]
    elif k == 1:
        t, who = g.ch(_MUSIC)
        what = ["album '", t, "' by ", (who, "public_figure")]
    else:
        t, who = g.ch(_BOOKS)
        what = ["audiobook '", t, "' by ", (who, "public_figure")]
    return ["IFE fault ", (g.reg(), "aircraft_reg"), " seat ", g.seat(), ": ", what, " stops at 00:%02d, SEB reset ok, unit S/N " % g.r.randint(1, 59),
            ("IFE-" + g.d(6), "order_id")]


@_t
def _chargeback(g):
    p = g.person(latin=True)
    return ["chargeback ", ("CB-" + g.d(4) + "-" + g.d(4), "order_id"), " reason=", g.ch(["4837", "10.4", "4853", "13.1"]),
            " card=", (g.card(), CC), " holder=", (g.nm(p).upper(), PER), " amount=", (g.amount(), "amount"), " ",
            g.ch(["USD", "EUR"]), " pnr=", (g.pnr(), "pnr"), " acquirer=", (g.ch(_PSPS), "company")]


@_t
def _wifi_portal(g):
    p = g.person(latin=True)
    return ["onboard-wifi ", (g.reg(), "aircraft_reg"), " ", (g.flight(), "flight_no"), " session start user=", (g.email(p), EM),
            " plan=", g.ch(["FULL_FLIGHT", "MESSAGING", "1H"]), " gw=", (g.priv_ip(), "server_ip"), " price=",
            (g.amount(), "amount"), " sat=", g.ch(["Ka", "Ku"])]


@_t
def _ops_chat(g):
    staff = g.person(["en_GB", "en_US", "en_IN", "nl_NL", "de_DE"], latin=True)
    p = g.person(latin=True)
    return ["[#ops-", g.iata().lower(), " ", g.hm(), "] ", (staff.lf + "." + staff.ll[0], PER), ": pax ", (g.nm(p), PER), " (",
            (g.flight(), "flight_no"), ", seat ", g.seat(), ") missed connection at ", g.gate(), " - pls call ",
            "him" if p.g == "M" else "her", " on ", (g.phone(p.loc, "intl"), PH), ", rebook on ", (g.flight(), "flight_no")]


@_t
def _ftl_nopii(g):
    return ["FTL ALERT crew ", (g.staff(), "staff_id"), " duty %dh%02d exceeds limit 13h00 on " % (g.r.randint(12, 15), g.r.randint(0, 59)),
            (g.flight(["QX"]), "flight_no"), " ", g.ddmon(), " discretion form required, rostering ref ", ("RR-" + g.d(6), "order_id"),
            " notified ", (g.role_mail(["crewcontrol", "ops", "occ"]), "role_mailbox")]


@_t
def _payroll_export(g):
    if g.r.random() < 0.5:
        p = g.person(["en_US"])
        pay = [" ssn=", (g.ssn(), SSN), " deposit=ACH"]
    else:
        loc = g.ch(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT"])
        p = g.person([loc])
        pay = [" iban=", (g.iban(loc[-2:]), IB), " deposit=SEPA"]
    return ["PAYROLL-EXPORT crew_id=", (g.staff(), "staff_id"), ' name="', (p.full, PER), '" base=', g.iata(),
            " rank=", g.ch(["FA", "FO", "CPT", "PUR"]), pay, " gross=", (g.amount(), "amount"), " run=", g.date()]


# ======================= other European languages =========================

@_t
def _fr_bag_claim(g):
    p = g.person(["fr_FR"], latin=True)
    return ["Réclamation bagage ", ("CDGQX" + g.d(5), "file_ref"), " : ", "Mme" if p.g == "F" else "M.", " ", (p.full, PER),
            ", tél. ", (g.phone("fr_FR"), PH), ", courriel ", (g.email(p), EM), " — valise ", g.ch(["bleue", "noire", "rouge", "grise"]),
            ", étiquette ", (g.bagtag(), "bag_tag"), ", livraison à l'hôtel ", (g.ch(_HOTELS), "company")]


@_t
def _fr_delay_nopii(g):
    return ["Vol ", (g.flight(), "flight_no"), " ", g.route("→"), " : départ prévu ", g.hm().replace(":", "h"), ", nouvelle heure ",
            g.hm().replace(":", "h"), ", porte ", g.gate(), ", motif : ", g.ch(["arrivée tardive de l'avion", "grève du contrôle aérien",
                                                                              "conditions météo", "problème technique"]),
            " ", (g.reg(), "aircraft_reg")]


@_t
def _de_bag_rental(g):
    p = g.person(["de_DE"], latin=True)
    return ["Gepäckermittlung ", ("MUCQX" + g.d(5), "file_ref"), ": ", "Passagier" if p.g == "M" else "Passagierin", " ", (p.full, PER),
            " (Tel. ", (g.phone("de_DE"), PH), ") meldet fehlenden Koffer; Mietwagen mit Kennzeichen ", (g.plate("de_DE"), LP),
            " wartet am Terminal %d, Vermieter " % g.r.randint(1, 2), (g.ch(["Sixt", "Europcar", "Hertz", "Avis"]), "company")]


@_t
def _de_refund_iban(g):
    p = g.person(["de_DE"], latin=True)
    return ["Erstattung ", ("ERST-" + g.d(4) + "-" + g.d(4), "order_id"), " über ", (g.amount().replace(".", ","), "amount"), " € an IBAN ",
            (g.iban(g.ch(["DE", "DE", "AT", "CH"])), IB), ", ", "Kontoinhaber" if p.g == "M" else "Kontoinhaberin", ": ", (p.full, PER),
            ", Buchung ", (g.pnr(), "pnr")]


@_t
def _de_gate_nopii(g):
    return ["Flug ", (g.flight(["LH", "QX", "EW"]), "flight_no"), " nach ", g.ch(["München", "Frankfurt", "Hamburg", "Berlin"]),
            ": Gate geändert von ", g.gate(), " auf ", g.gate(), ", Boarding ", g.hm(), ", Flugzeug ", (g.reg(), "aircraft_reg"),
            ", Abfertigung ", (g.ch(_HANDLERS), "company")]


@_t
def _es_pmr(g):
    p = g.person(["es_ES"], latin=True)
    return ["Asistencia PMR solicitada: ", "pasajero" if p.g == "M" else "pasajera", " ", (p.full, PER), ", vuelo ",
            (g.flight(["IB", "QX", "VY"]), "flight_no"), ", silla de ruedas ", g.ch(["WCHR", "WCHS", "WCHC"]), ", móvil ",
            (g.phone("es_ES"), PH), ", correo ", (g.email(p), EM), ", aviso a ", (g.role_mail(["asistencia", "pmr", "ops"]), "role_mailbox")]


@_t
def _pt_refund(g):
    p = g.person(["pt_BR"], latin=True)
    return ["Reembolso aprovado para ", (p.full, PER), " (", (g.email(p), EM), ", ", (g.phone("pt_BR"), PH), "), cartão final ",
            (g.d(4), "masked"), ", valor R$ ", (g.amount().replace(".", ","), "amount"), ", protocolo ", (g.date().replace("-", "") + g.d(5), "order_id")]


@_t
def _it_lost_bag(g):
    p = g.person(["it_IT"], latin=True)
    return ["Bagaglio smarrito ", ("FCOQX" + g.d(5), "file_ref"), ": ", "sig." if p.g == "M" else "sig.ra", " ", (p.full, PER),
            ", cell. ", (g.phone("it_IT"), PH), ", bagaglio ", g.ch(["nero", "blu", "rosso"]), " ",
            (g.ch(["Samsonite", "Roncato", "Piquadro"]), "company"), ", consegna presso ", (g.ch(_HOTELS), "company")]


@_t
def _nl_compensation(g):
    p = g.person(["nl_NL"], latin=True)
    return ["Compensatie EU261 €", g.ch(["250", "400", "600"]), " overgemaakt naar IBAN ", (g.iban("NL"), IB), " t.n.v. ", (p.full, PER),
            ", vlucht ", (g.flight(["KL", "QX", "HV"]), "flight_no"), " geannuleerd, dossier ", ("EU-" + g.d(7), "order_id")]


@_t
def _pl_checkin(g):
    p = g.person(["pl_PL"], latin=True)
    return ["Odprawa: ", "pasażer" if p.g == "M" else "pasażerka", " ", (p.full, PER), ", paszport ", (g.passport("POL"), PP),
            ", tel. ", (g.phone("pl_PL"), PH), ", lot ", (g.flight(["LO", "QX"]), "flight_no"), " ", g.route(), ", miejsce ", g.seat()]


@_t
def _tr_baggage(g):
    p = g.person(["tr_TR"], latin=True)
    return ["Bagaj kaybı bildirimi ", ("ISTQX" + g.d(5), "file_ref"), ": yolcu ", (p.full, PER), ", telefon ", (g.phone("tr_TR"), PH),
            ", e-posta ", (g.email(p), EM), ", uçuş ", (g.flight(["TK", "PC", "QX"]), "flight_no")]


# ============================== Chinese ==================================

def _zh(g, latin=False):
    return g.person(["zh_CN"], latin=latin)


def _tw(g, latin=False):
    return g.person(["zh_TW"], latin=latin)


@_t
def _zh_checkin_syslog(g):
    p = _zh(g)
    return [(g.ts_sql(), "timestamp"), " [INFO] [", (g.host("checkin-svc"), "hostname"), "] 值机成功 旅客=", (p.full, PER),
            " 证件类型=身份证 证件号=", (g.cnid(), CNID), " 航班=", (g.flight(_CN_CARRIERS), "flight_no"), " 座位=", g.seat(),
            " 登机口=", g.gate(), " 行李件数=%d" % g.r.randint(0, 3)]


@_t
def _zh_json_keys(g):
    p = _zh(g)
    o = Obj([("订单号", (g.order18(), "order_id")), ("旅客姓名", (p.full, PER)), ("手机号", (g.phone("zh_CN", "nat"), PH)),
             ("身份证号", (g.cnid(), CNID)), ("航班号", (g.flight(_CN_CARRIERS), "flight_no")), ("舱位", g.ch(["Y", "B", "M", "J", "F"])),
             ("票价", (g.amount(), "amount", "raw")), ("支付方式", g.ch(["支付宝", "微信支付", "银联"]))])
    return ["下单成功 ", _json(o, g.ch(["", " "]))]


@_t
def _zh_lost_bag(g):
    p = _zh(g)
    apt, _ = g.cn_apt()
    return ["【行李查询】旅客", (p.full, PER), "于", g.date(), "乘坐", (g.flight(_CN_CARRIERS), "flight_no"), "抵达", apt,
            "，报失托运行李一件（", g.ch(["黑色24寸拉杆箱", "银色铝框箱", "蓝色旅行袋"]), "），行李牌号", (g.bagtag(), "bag_tag"),
            "，联系电话", (g.phone("zh_CN", "nat"), PH), "，要求送至", (g.ch(_CN_HOTELS), "company"), "。"]


@_t
def _zh_manager_note(g):
    p = _zh(g)
    return ["地服值班记录：航班", (g.flight(_CN_CARRIERS), "flight_no"), "延误%d小时，" % g.r.randint(2, 8), (p.last, PER),
            g.ch(["经理", "主任", "主管", "值班长"]), "已协调", (g.ch(_CN_HOTELS), "company"), "安排%d名旅客住宿，大巴%d辆%s出发。" % (
                g.r.randint(20, 300), g.r.randint(1, 6), g.hm())]


@_t
def _zh_crew_roster(g):
    c, f, s = _zh(g), _zh(g), _zh(g, ) 
    a, b = g.r.sample(_CN_APT, 2)
    return ["排班发布 ", g.date(), " 航班 ", (g.flight(_CN_CARRIERS), "flight_no"), " ", a[1], "-", b[1], " 机长 ", (c.full, PER),
            "(工号 ", (g.staff(), "staff_id"), ") 副驾驶 ", (f.full, PER), "(工号 ", (g.staff(), "staff_id"), ") 乘务长 ", (s.full, PER),
            " 乘务员 %d 名 报到时间 %s" % (g.r.randint(3, 10), g.hm())]


@_t
def _zh_security(g):
    p = _zh(g)
    return ["安检 T%d-通道%02d " % (g.r.randint(1, 3), g.r.randint(1, 30)), (g.ts_sql(), "timestamp"), " 旅客 ", (p.full, PER),
            " 身份证 ", (g.cnid(), CNID), " 随身行李发现", g.ch(["超规格充电宝(30000mAh)", "打火机", "管制刀具", "液体超过100ml"]),
            " 已", g.ch(["暂扣", "自弃", "办理托运"]), " 处理人工号 ", (g.d(6), "staff_id")]


@_t
def _zh_wheelchair(g):
    p = _zh(g, )
    q = g.person(["zh_CN"])
    q.last = p.last
    q.full = p.last + q.first
    return ["特殊旅客服务 ", g.ch(["WCHC", "WCHR", "WCHS"]), " 申请：航班", (g.flight(_CN_CARRIERS), "flight_no"), " 旅客", (p.last, PER),
            p.cn_title, "（座位", g.seat(), "）需要轮椅全程协助，陪同人", (q.full, PER), "，联系电话", (g.phone("zh_CN"), PH), "。"]


@_t
def _zh_refund_card(g):
    p = _zh(g)
    return ["退款成功 订单号 ", (g.order18(), "order_id"), " 金额 ¥", (g.amount(), "amount"), " 原路退回 银行卡 ",
            (g.card(g.ch(["unionpay", "unionpay", "visa", "mc"]), fmt=g.ch([0, 1])), CC), " 持卡人 ", (p.full, PER),
            " 预计 3-7 个工作日到账"]


@_t
def _zh_sms_rebook(g):
    p = _zh(g)
    a, b = g.r.sample(_CN_APT, 2)
    return ["【天穹航空】尊敬的", (p.last, PER), p.cn_title, "，您预订的", g.dt().strftime("%m月%d日").lstrip("0"),
            (g.flight(_CN_CARRIERS), "flight_no"), "航班（", a[0], "-", b[0], "）因", g.ch(["天气原因", "航路管制", "机械故障"]),
            "取消，已为您改签至", (g.flight(_CN_CARRIERS), "flight_no"), "航班，起飞时间", g.hm(), "，如需帮助请致电",
            (g.ch(["95583", "95530", "95539", "400-820-8888"]), "company_phone"), "。"]


@_t
def _zh_flifo_nopii(g):
    a, b = g.r.sample(_CN_APT, 2)
    return ["[FLIFO] ", (g.ts_sql(), "timestamp"), " 航班 ", (g.flight(_CN_CARRIERS), "flight_no"), " ", a[0], "(", a[1], ")-", b[0],
            "(", b[1], ") 计划 ", g.hm(), " 预计 ", g.hm(), " 登机口 ", g.gate(), " 机号 ", (g.reg(), "aircraft_reg"),
            " 状态：", g.ch(["延误", "取消", "正常", "备降"]), " 原因：", g.ch(["流量控制", "天气", "前序航班晚到", "机务维护"])]


@_t
def _zh_catering_nopii(g):
    return ["配餐单 ", ("CT" + g.date().replace("-", "") + "-%04d" % g.r.randint(1, 9999), "order_id"), " 航班 ",
            (g.flight(_CN_CARRIERS), "flight_no"), " 经济舱 %d 份 公务舱 %d 份 特殊餐：清真餐 %d 份 素食 %d 份 儿童餐 %d 份 供应商 " % (
                g.r.randint(100, 300), g.r.randint(8, 40), g.r.randint(0, 6), g.r.randint(0, 5), g.r.randint(0, 3)),
            (g.ch(_CN_CATERERS), "company"), " 装机时间 ", g.hm()]


@_t
def _zh_sms_otp(g):
    m = g.phone("zh_CN", "nat").replace(" ", "").replace("-", "")
    masked = m[:3] + "****" + m[7:]
    return ["短信网关 ", (g.ts_sql(), "timestamp"), " 发送验证码 手机 ", (masked, "masked"), " 验证码 ", (g.d(6), CR),
            " 有效期 5 分钟 模板 SMS_LOGIN_", g.d(4), " 渠道 ", (g.ch(["阿里云短信", "腾讯云短信", "创蓝253"]), "company")]


@_t
def _zh_complaint(g):
    p = _zh(g)
    return ["客户投诉 工单 ", ("CS-" + g.date().replace("-", "") + "-%04d" % g.r.randint(1, 9999), "order_id"), "：旅客", (p.last, PER),
            p.cn_title, "（电话 ", (g.phone("zh_CN"), PH), "）反映", g.ch(["托运行李箱轮子损坏", "航班延误未获通知", "餐食有异物", "座位被重复分配"]),
            "，要求赔偿 ", (str(g.r.randint(2, 20) * 100), "amount"), " 元，已转", g.ch(["行李部", "客服中心", "地服部"]), "处理。"]


@_t
def _tw_checkin(g):
    p = _tw(g)
    return ["旅客姓名：", (p.full, PER), "｜護照號碼：", (g.passport("TWN"), PP), "｜聯絡電話：", (g.phone("zh_TW"), PH), "｜航班：",
            (g.flight(_TW_CARRIERS, space=True), "flight_no"), "｜登機門：", g.gate(), "｜座位：", g.seat()]


@_t
def _tw_lost_bag(g):
    p = _tw(g, latin=True)
    return ["遺失行李申報 ", g.date().replace("-", "/"), " 旅客 ", (p.full, PER), " 電話 ", (g.phone("zh_TW", mobile=g.r.random() < 0.5), PH),
            " 電子郵件 ", (g.email(p), EM), " 行李條碼 ", (g.bagtag(), "bag_tag"), " 描述：", g.ch(["紅色行李箱", "黑色登機箱", "灰色背包"])]


@_t
def _tw_delay_nopii(g):
    apt = g.ch(_TW_APT)[0]
    return ["航班 ", (g.flight(_TW_CARRIERS, space=True), "flight_no"), " 往 ", apt, " 延誤，預計起飛時間 ", g.hm(), "，登機門變更為 ",
            g.gate(), "，機號 ", (g.reg(), "aircraft_reg"), "，地勤 ", (g.ch(["桃園航勤", "長榮航勤", "華膳空廚"]), "company")]


@_t
def _zh_parking(g):
    p = _zh(g)
    return ["停车场 P%d 入场 " % g.r.randint(1, 9), (g.ts_sql(), "timestamp"), " 车牌 ", (g.plate("zh_CN"), LP), " 会员 ", (p.full, PER),
            " 手机 ", (g.phone("zh_CN", "nat"), PH), " 预约离场 ", g.date(), " ", g.hm(), " 费用 ¥", (str(g.r.randint(30, 600)), "amount")]


@_t
def _zh_vip_pickup(g):
    p, d = _zh(g), _zh(g, )
    return ["贵宾接送订单 ", ("VIP-" + g.d(5), "order_id"), "：旅客 ", (p.full, PER), " 航班 ", (g.flight(_CN_CARRIERS), "flight_no"),
            " 抵达 T%d，司机 " % g.r.randint(1, 3), (d.full, PER), " 车牌 ", (g.plate("zh_CN"), LP), " 司机电话 ", (g.phone("zh_CN"), PH)]


@_t
def _zh_ffp_login_fail(g):
    return ["[WARN] ffp-auth 会员 ", (g.ffno(), "ff_number"), " 登录失败 原因=密码错误 次数=%d 来源IP=" % g.r.randint(1, 6),
            (g.pub_ip(), IP), " 设备=", g.ch(["iPhone15,2", "HUAWEI P60", "Xiaomi 14", "Web"]), " 网关=", (g.priv_ip(), "server_ip"),
            " 已触发图形验证码"]


@_t
def _zh_pwd_reset(g):
    p = _zh(g, latin=True)
    return ["用户 ", (g.login(p), PER), " 通过邮箱 ", (g.email(p), EM), " 重置密码成功，新密码：", (g.password(), CR),
            "（明文日志，需整改） 工单 ", ("SEC-" + g.d(5), "order_id")]


@_t
def _zh_ife_nopii(g):
    k = g.r.randrange(3)
    if k == 0:
        what = ["音乐频道 ", (g.ch(["周杰伦", "王菲", "邓紫棋", "陈奕迅"]), "public_figure"), "《", g.ch(["七里香", "红豆", "泡沫", "十年"]), "》无法播放"]
    elif k == 1:
        what = ["电影频道 ", (g.ch(["张艺谋", "成龙", "吴京"]), "public_figure"), "作品无字幕"]
    else:
        what = ["电子书 ", (g.ch(["鲁迅", "刘慈欣", "金庸", "余华"]), "public_figure"), "作品集打不开"]
    return ["机上娱乐故障 航班 ", (g.flight(_CN_CARRIERS), "flight_no"), " 座位 ", g.seat(), " ", what, "，已重启座椅单元 S/N ",
            ("IFE-" + g.d(5), "order_id")]


@_t
def _zh_apis(g):
    p = _zh(g, latin=True)
    t = g.dob()
    return ["出境旅客信息 航班 ", (g.flight(_CN_CARRIERS), "flight_no"), " 姓名 ", (p.full, PER), " 拼音 ",
            (p.alast.upper() + "/" + p.afirst.upper(), PER), " 性别 ", p.g, " 出生日期 ", t.strftime("%Y-%m-%d"),
            " 护照号 ", (g.passport("CHN"), PP), " 国籍 CHN"]


@_t
def _zh_ticket_csv(g):
    p = _zh(g, latin=True)
    return [("CS" + g.date().replace("-", "") + g.d(3), "order_id"), ",", (g.ts_sql(), "timestamp"), ",",
            g.ch(["退票咨询", "改签", "行李破损", "发票开具", "会员积分"]), ",", (p.full, PER), ",", (g.phone("zh_CN", "nat"), PH), ",",
            (g.email(p), EM), ",", g.ch(["处理中", "已关闭", "待回访"]), ",客服", g.d(4)]


@_t
def _zh_java_exc(g):
    p = _zh(g)
    return [(g.ts_java(), "timestamp"), " ERROR com.skyvela.dcs.IdCardException: ", g.ch(["证件已过期", "证件与订单不符", "公安核验超时"]),
            " idNo=", (g.cnid(), CNID), " name=", (p.full, PER), " at com.skyvela.dcs.CheckinService.verify(CheckinService.java:%d)" % g.r.randint(50, 400)]


@_t
def _zh_master_note(g):
    p = _zh(g)
    return ["装卸组日志：%d号行李转盘故障，" % g.r.randint(1, 20), (p.last, PER), g.ch(["师傅", "工", "班长"]), "已到场抢修，预计%d分钟恢复，受影响航班 " % g.r.randint(10, 90),
            (g.flight(_CN_CARRIERS), "flight_no"), "、", (g.flight(_CN_CARRIERS), "flight_no")]


@_t
def _zh_captain_report(g):
    c, a = _zh(g), _zh(g, )
    return ["机长报告 ", (g.flight(_CN_CARRIERS), "flight_no"), " ", (g.reg(), "aircraft_reg"), "：", g.ch(["巡航阶段遇中度颠簸", "下降阶段遭遇风切变", "起飞滑跑时鸟击"]),
            "，乘务员", (a.full, PER), g.ch(["轻微擦伤", "协助处置", "报告客舱正常"]), "，机长", (c.full, PER), "决定", g.ch(["正常落地", "返航", "备降"]), "，已通知",
            g.ch(["航医", "机务", "运控中心"])]


@_t
def _zh_pay_callback_nopii(g):
    m = g.phone("zh_CN", "nat").replace(" ", "").replace("-", "")
    o = Obj([("out_trade_no", (g.order18(), "order_id")), ("trade_no", (g.date().replace("-", "") + "2200" + g.d(16), "order_id")),
             ("buyer_logon_id", (m[:3] + "****" + m[7:], "masked")), ("total_amount", (g.amount(), "amount")),
             ("trade_status", "TRADE_SUCCESS"), ("gmt_payment", (g.ts_sql(), "timestamp"))])
    return ["支付宝回调 验签通过 ", _json(o, "")]


@_t
def _zh_dotted(g):
    p = _zh(g)
    return _kv([("passenger.name", (p.full, PER)), ("passenger.mobile", (g.phone("zh_CN", "intl"), PH)),
                ("passenger.idCard", (g.cnid(), CNID)), ("booking.pnr", (g.pnr(), "pnr")),
                ("agent.office", (g.ch(["PEK", "SHA", "CAN"]) + g.d(3), "office_id")), ("channel", "B2C")])


@_t
def _zh_agency_ticket(g):
    p = _zh(g)
    a, b = g.r.sample(_CN_APT, 2)
    return ["代理人 ", (g.ch(_CN_AGENCIES), "company"), " OFFICE ", (g.ch(["PEK", "SHA", "CAN"]) + g.d(3), "office_id"), " 出票 票号 ",
            (g.ticket(), "ticket_no"), " 旅客 ", (p.full, PER), " 航程 ", a[1], "-", b[1], " 票价 ¥", (g.amount(), "amount"), " 代理费 ¥0"]


@_t
def _zh_ground_nopii(g):
    return ["地服保障 航班 ", (g.flight(_CN_CARRIERS), "flight_no"), " 机位 %d 廊桥对接 %s 加油 %.1f 吨 客舱清洁完成 %s 保障组 %s 组 %s" % (
        g.r.randint(100, 600), g.hm(), g.r.randint(30, 900) / 10, g.hm(), g.ch("ABCDE"), g.ch(["无异常", "晚到10分钟", "等待摆渡车"]))]


@_t
def _tw_card_refund(g):
    p = _tw(g)
    return ["退款通知：會員 ", (p.full, PER), " 之訂單 ", ("TW" + g.d(10), "order_id"), " 已退款至信用卡 ", (g.card(g.ch(["visa", "mc", "jcb"]), fmt=1), CC),
            "，金額 NT$", (str(g.r.randint(1000, 90000)), "amount"), "，客服專線 ", (g.ch(["0800-098-666", "(02) 412-9000"]), "company_phone")]


@_t
def _tw_lounge_nopii(g):
    return ["貴賓室公告：今日背景音樂為", (g.ch(["鄧麗君", "周杰倫", "蔡依林"]), "public_figure"), "經典歌曲，書報區新增",
            (g.ch(["金庸", "張愛玲", "三毛"]), "public_figure"), "作品全集，營業時間 05:30-23:30，洽詢 ",
            (g.role_mail(["service", "lounge"]), "role_mailbox")]


# --------------------------------------------------------------------------
# assembly and checks
# --------------------------------------------------------------------------
def _flatten(parts, out):
    for it in parts:
        if isinstance(it, list):
            _flatten(it, out)
        else:
            out.append(it)
    return out


def _assemble(parts, tid):
    buf, spans, decoys = [], [], []
    pos = 0
    for it in _flatten(parts, []):
        if isinstance(it, tuple):
            v, lab = it
            assert isinstance(v, str) and v and v == v.strip(), (tid, it)
            rec = [pos, pos + len(v), lab]
            if lab in PII_TYPES:
                spans.append(rec)
            else:
                assert lab == lab.lower() and lab.replace("_", "").isalpha(), (tid, lab)
                decoys.append(rec)
            buf.append(v)
            pos += len(v)
        else:
            assert isinstance(it, str), (tid, it)
            buf.append(it)
            pos += len(it)
    text = "".join(buf)
    return text, spans, decoys, _flatten(parts, [])


def _check(text, spans, decoys, flat, tid):
    assert "\n" not in text and "\r" not in text, tid
    vals = [it for it in flat if isinstance(it, tuple)]
    allr = sorted(spans + decoys)
    assert len(vals) == len(allr)
    for s, e, lab in spans + decoys:
        assert 0 <= s < e <= len(text), (tid, s, e)
        assert text[s:e] == text[s:e].strip(), (tid, text[s:e])
    for (s1, e1, _), (s2, e2, _) in zip(allr, allr[1:]):
        assert e1 <= s2, (tid, text, allr)
    # every planted value sits exactly where recorded
    recs = sorted(spans + decoys, key=lambda x: x[0])
    for (s, e, lab), (v, vl) in zip(recs, vals):
        assert text[s:e] == v and lab == vl, (tid, text[s:e], v)


def blind_log43(n: int, seed: int = 0) -> list:
    g = _Gen(seed)
    out = []
    for _ in range(n):
        tid = g.r.randrange(len(TEMPLATES))
        parts = TEMPLATES[tid](g)
        text, spans, decoys, flat = _assemble(parts, tid)
        _check(text, spans, decoys, flat, tid)
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": tid})
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time
    t0 = time.time()
    rows = blind_log43(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    c = collections.Counter(s[2] for r in rows for s in r["spans"])
    print(len(TEMPLATES), "templates", "%.2fs" % (time.time() - t0))
    print(dict(sorted(c.items())))
