"""Blind benchmark data: log lines of an EV-charging network and energy retailer.

Written independently of the redactor.  ``blind_log40(n, seed)`` returns ``n`` log
lines, each a dict::

    {"text": str, "spans": [[start, end, TYPE], ...],
     "decoys": [[start, end, kind], ...], "template": int}

``spans`` are the personal values planted in the line, ``decoys`` non-personal
values that look like personal ones and must survive redaction.  Only the
standard library and Faker are used; output is deterministic for a seed.
"""

import base64
import random
import re
import unicodedata
from datetime import datetime, timedelta

from faker import Faker

__all__ = ["blind_log40", "TYPES", "TEMPLATE_COUNT"]

TYPES = frozenset(
    "PERSON EMAIL_ADDRESS PHONE_NUMBER IP_ADDRESS CREDENTIAL CREDIT_CARD IBAN_CODE "
    "US_SSN PASSPORT CN_RESIDENT_ID LICENSE_PLATE".split()
)

PER = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
IP = "IP_ADDRESS"
CR = "CREDENTIAL"
CC = "CREDIT_CARD"
IB = "IBAN_CODE"
SSN = "US_SSN"
PP = "PASSPORT"
CNID = "CN_RESIDENT_ID"
LP = "LICENSE_PLATE"

# --------------------------------------------------------------------------------------
# line assembly
# --------------------------------------------------------------------------------------

_PH_RE = re.compile(r"\$\{(\w+)\}")


def _fmt(tpl, /, **kw):
    """Fill ``${name}`` slots.  A value is a plain str/int (unlabelled), a tuple
    ``(value, LABEL)`` (TYPE -> span, lowercase kind -> decoy) or a list of those."""
    out, spans, decoys, planted = [], [], [], []
    pos = last = 0
    for m in _PH_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        v = kw[m.group(1)]
        for item in (v if isinstance(v, list) else (v,)):
            if isinstance(item, tuple):
                val, lab = item
                val = str(val)
                rng = [pos, pos + len(val), lab]
                (spans if lab in TYPES else decoys).append(rng)
                planted.append((rng, val))
            else:
                val = str(item)
            out.append(val)
            pos += len(val)
    out.append(tpl[last:])
    text = "".join(out)
    for (s, e, _), val in planted:
        assert text[s:e] == val, (text, s, e, val)
    return text, spans, decoys


def _check(rec):
    text = rec["text"]
    assert isinstance(text, str) and text
    assert "\n" not in text and "\r" not in text, text
    marks = []
    for s, e, lab in rec["spans"]:
        assert lab in TYPES, lab
        marks.append((s, e, lab))
    for s, e, kind in rec["decoys"]:
        assert kind not in TYPES and kind.islower() and kind.replace("_", "").isalpha(), kind
        marks.append((s, e, kind))
    marks.sort()
    prev = 0
    for s, e, lab in marks:
        assert 0 <= s < e <= len(text), (text, s, e, lab)
        val = text[s:e]
        assert val == val.strip() and val, (text, val, lab)
        assert s >= prev, ("overlap", text, marks)
        prev = e


# --------------------------------------------------------------------------------------
# static data
# --------------------------------------------------------------------------------------

_LOCALES = ("en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR",
            "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN")
_CC_OF = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW",
          "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP",
          "ko_KR": "KR", "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
          "tr_TR": "TR", "vi_VN": "VN"}
_INTL_W = {"en_GB": 5, "en_US": 4, "en_IN": 3, "de_DE": 3, "fr_FR": 3, "nl_NL": 2, "es_ES": 2,
           "it_IT": 2, "pl_PL": 2, "pt_BR": 2, "tr_TR": 1, "ru_RU": 1, "ja_JP": 1, "ko_KR": 1,
           "vi_VN": 1, "zh_CN": 1, "zh_TW": 1}
_INTL_LOCS = list(_INTL_W)
_INTL_WTS = [_INTL_W[k] for k in _INTL_LOCS]

_CN_SUR = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
           ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
           ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
           ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
           ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
           ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("袁", "yuan"),
           ("潘", "pan"), ("于", "yu"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"),
           ("叶", "ye"), ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"),
           ("任", "ren"), ("沈", "shen"), ("姚", "yao"), ("卢", "lu"), ("姜", "jiang"), ("崔", "cui"),
           ("钟", "zhong"), ("谭", "tan"), ("陆", "lu"), ("汪", "wang"), ("范", "fan"), ("金", "jin"),
           ("石", "shi"), ("廖", "liao"), ("贾", "jia"), ("夏", "xia"), ("韦", "wei"), ("付", "fu"),
           ("方", "fang"), ("白", "bai"), ("邹", "zou"), ("孟", "meng"), ("熊", "xiong"), ("秦", "qin"),
           ("邱", "qiu"), ("江", "jiang"), ("尹", "yin"), ("薛", "xue"), ("段", "duan"), ("雷", "lei"),
           ("侯", "hou"), ("龙", "long"), ("史", "shi"), ("欧阳", "ouyang"), ("司马", "sima"),
           ("上官", "shangguan"), ("诸葛", "zhuge")]
_CN_GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
             ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
             ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"),
             ("秀英", "xiuying"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂英", "guiying"),
             ("晓", "xiao"), ("华", "hua"), ("建国", "jianguo"), ("子涵", "zihan"), ("浩然", "haoran"),
             ("欣怡", "xinyi"), ("梓轩", "zixuan"), ("雨桐", "yutong"), ("思远", "siyuan"),
             ("佳琪", "jiaqi"), ("宇", "yu"), ("鑫", "xin"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"),
             ("斌", "bin"), ("辉", "hui"), ("鹏", "peng"), ("慧", "hui"), ("红", "hong"), ("玉兰", "yulan"),
             ("志强", "zhiqiang"), ("海燕", "haiyan"), ("文", "wen"), ("博", "bo"), ("晨", "chen"),
             ("一鸣", "yiming"), ("嘉怡", "jiayi"), ("俊杰", "junjie"), ("亮", "liang"), ("成", "cheng"),
             ("凯", "kai"), ("倩", "qian"), ("颖", "ying"), ("璐", "lu"), ("丹", "dan"), ("萍", "ping"),
             ("梅", "mei"), ("立新", "lixin"), ("国庆", "guoqing"), ("春燕", "chunyan"), ("宏", "hong")]
_CN_SINGLE = [x for x in _CN_GIVEN if len(x[0]) == 1]
_CN_PY = dict(_CN_SUR)
_TW_PY = {"陳": "Chen", "林": "Lin", "黃": "Huang", "張": "Chang", "李": "Lee", "王": "Wang", "吳": "Wu",
          "劉": "Liu", "蔡": "Tsai", "楊": "Yang", "許": "Hsu", "鄭": "Cheng", "謝": "Hsieh", "洪": "Hung",
          "郭": "Kuo", "邱": "Chiu", "曾": "Tseng", "廖": "Liao", "賴": "Lai", "周": "Chou", "葉": "Yeh",
          "蘇": "Su", "莊": "Chuang", "呂": "Lu", "江": "Chiang", "何": "Ho", "高": "Kao", "羅": "Lo",
          "蕭": "Hsiao", "簡": "Chien", "游": "Yu", "詹": "Chan", "鄧": "Teng", "馮": "Feng", "盧": "Lu"}
_TW_GIVEN_LAT = ["Yi-Jun", "Chih-Ming", "Shu-Fen", "Chia-Hao", "Ya-Ting", "Wei-Lun", "Hsin-Yi",
                 "Chun-Hung", "Mei-Ling", "Po-Wei", "Yu-Chen", "Kuan-Ting", "Pei-Shan", "Tzu-Hsuan"]
_TW_SUR = list(_TW_PY)
_KO_PY = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
          "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
          "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "홍": "Hong"}
_KO_GIVEN_LAT = ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon", "Su-ah", "Ye-jun", "Ji-woo",
                 "Hyun-woo", "Ji-min", "Seo-jun", "Yu-jin", "Dong-hyun", "Eun-ji", "Sung-min"]
_RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                   "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_FOLD = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "d", "Đ": "D", "æ": "ae",
         "œ": "oe", "ð": "d", "þ": "th"}

_MAIL_DOM = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "en_GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "en_IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "zh_CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "gmx.net"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "ja_JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "icloud.com", "ezweb.ne.jp"],
    "ko_KR": ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net"],
    "ru_RU": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "outlook.com", "hotmail.nl"],
    "pl_PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}

_SITES = {
    "GB": ["Tesco Extra Watford", "Gatwick North Terminal", "Bristol Cabot Circus",
           "Milton Keynes Services", "Leeds Trinity P2", "Gloucester Services", "King's Cross P1",
           "St George's Retail Park", "Aberdeen Union Square", "Cardiff Mermaid Quay",
           "Sainsbury's Nine Elms", "Oxford Redbridge P&R"],
    "DE": ["Rasthof Garbsen Nord", "Kaufland Berlin-Mitte", "Allianz Arena P1", "Köln Hbf P3",
           "Autohof Wörnitz", "IKEA Hamburg-Altona"],
    "FR": ["Aire de Beaune-Tailly", "Carrefour Villeneuve-la-Garenne", "Gare Montparnasse P2",
           "Centre Commercial Part-Dieu"],
    "NL": ["Utrecht Jaarbeurs P1", "Schiphol P3", "Zwolle Stadshagen", "Veenendaal A12"],
    "ES": ["Centro Comercial La Vaguada", "Estación de Atocha P1", "Área de servicio La Jonquera"],
    "IT": ["Autogrill Cantagallo", "Il Centro Arese", "Milano Centrale P2"],
    "PL": ["Galeria Mokotów", "Port Łódź", "MOP Wiśniowa Góra"],
    "BR": ["Shopping Eldorado", "Shopping Iguatemi", "Posto Graal Km 54"],
    "US": ["Westfield Valley Fair", "Walmart Supercenter #2231", "Whole Foods Market Austin",
           "Tysons Corner Center"],
    "CN": ["深圳湾科技生态园充电站", "望京SOHO充电站", "虹桥枢纽P9充电站", "西湖银泰城充电站",
           "成都天府广场充电站", "武汉光谷广场充电站", "南京新街口充电站", "广州天河城充电站",
           "北京国贸三期充电站", "苏州中心充电站"],
    "TW": ["台北101 B3", "信義威秀", "高鐵台中站", "林口三井Outlet"],
    "JP": ["品川駅港南口", "イオンモール幕張新都心", "Shinagawa Station East"],
}
_CITY3 = {"GB": ["LDN", "MAN", "BRS", "LDS", "GLA", "BHM", "MKS", "OXF"],
          "DE": ["BER", "MUC", "HAM", "CGN", "FRA", "STR"], "NL": ["AMS", "UTR", "RTM", "EIN"],
          "FR": ["PAR", "LYO", "MRS", "BDX"], "ES": ["MAD", "BCN", "VLC"], "IT": ["MIL", "ROM", "FLR"],
          "PL": ["WAW", "KRK", "LOD"], "US": ["SFO", "AUS", "NYC", "SEA"], "BR": ["SAO", "RIO"]}
_VEHICLES = ["Tesla Model 3", "Tesla Model Y", "VW ID.4", "Kia EV6", "Hyundai Ioniq 5", "Renault Zoe",
             "Nissan Leaf", "BMW i4", "Polestar 2", "Ford Mustang Mach-E", "MG4", "Rolls-Royce Spectre",
             "Mercedes EQS", "Porsche Taycan", "BYD Atto 3", "Skoda Enyaq", "Peugeot e-208",
             "Fiat 500e", "Audi e-tron GT", "Lotus Eletre", "Jaguar I-Pace"]
_VEHICLES_CN = ["比亚迪 汉EV", "比亚迪 海豹", "小米SU7", "蔚来ET5", "理想L9", "小鹏P7", "极氪001",
                "特斯拉 Model Y", "问界M7", "埃安S", "五菱宏光MINI EV"]
_CHARGERS = ["Alfen Eve Single", "ABB Terra AC", "Wallbox Pulsar Plus", "Easee One", "Zaptec Go",
             "Ohme Home Pro", "myenergi zappi v2.1", "Kempower S-Series", "Tritium RTM75",
             "Autel MaxiCharger AC", "Pod Point Solo 3", "Hypervolt Home 3 Pro"]
_CHARGERS_CN = ["特来电 7kW 交流桩", "星星充电 11kW 家用桩", "公牛 7kW 随车充", "普诺得 21kW", "绿能 120kW 直流桩"]
_FLEETS = [("Hamilton & Reed Logistics", "hamiltonreed.co.uk"), ("Morgan Fleet Services", "morganfleet.com"),
           ("Acme Logistics Ltd", "acmelogistics.co.uk"), ("Northwind Couriers", "northwind-couriers.com"),
           ("Bluebird Taxis", "bluebirdtaxis.co.uk"), ("Addison Lee", "addisonlee-fleet.com"),
           ("Arnold Clark Rental", "arnoldclark-rental.co.uk"), ("Keller Kurierdienst GmbH", "keller-kurier.de"),
           ("Transports Moreau SAS", "transports-moreau.fr"), ("Van der Meer Logistiek", "vdmeer-logistiek.nl")]
_ENERGY_COS = ["Octopus Energy", "British Gas", "E.ON Next", "EDF Energy", "Vattenfall", "Eneco",
               "Iberdrola", "Enel X", "Ovo Energy", "So Energy"]
_CN_COS = ["上海申通物流有限公司", "深圳市鹏程出租汽车有限公司", "北京首汽约车科技有限公司", "杭州顺丰速运有限公司",
           "广州白云出租汽车集团有限公司", "成都天府新能源运营有限公司"]
_CN_APPS = ["小桔充电", "特来电", "星星充电", "e充电", "快电", "云快充"]
_CN_BANKS = ["招商银行", "工商银行", "建设银行", "农业银行", "中国银行", "交通银行", "平安银行"]
_PUBLIC_EN = ["Elon Musk", "Greta Thunberg", "Lewis Hamilton", "Taylor Swift", "Jeremy Clarkson",
              "Nikola Tesla", "Marques Brownlee", "Mary Barra", "Jim Farley"]
_PROVINCES = "京沪粤苏浙川鄂湘鲁豫闽皖津渝陕辽吉黑冀晋桂琼贵云"
_CN_AREAS = ["110105", "110108", "310104", "310115", "440305", "440106", "330106", "510107", "420106",
             "320102", "370202", "500103", "610113", "350203", "430104", "210102", "120101", "440304"]
_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_C = "10X98765432"
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_EPOCH = datetime(1970, 1, 1)
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64URL = _ALNUM + "-_"
_PW_WORDS = ["Summer", "Winter", "Bonjour", "Sonne", "Tr0ub4dor", "Dragon", "Monkey", "Sunshine", "Charger",
             "Tesla", "London", "Madrid", "Sakura", "Qwerty", "Letmein", "Password", "Welkom", "Haslo",
             "Mustang", "Volt", "Arsenal", "Liverpool", "Seoul", "Istanbul", "Bella"]


def _fold(s):
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    if any("\u0400" <= ch <= "\u04ff" for ch in s):
        out = []
        for ch in s:
            tr = _RU_TR.get(ch.lower())
            out.append(ch if tr is None else (tr.capitalize() if ch.isupper() else tr))
        s = "".join(out)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _slug(s):
    return "".join(ch for ch in _fold(s).lower() if ch.isascii() and ch.isalnum())


def _luhn_cd(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def _luhn_ok(num):
    return _luhn_cd(num[:-1]) == num[-1]


def _iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


_FAKERS = {}


def _fakers():
    if not _FAKERS:
        for loc in _LOCALES:
            _FAKERS[loc] = Faker(loc)
    return _FAKERS


# --------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------


class _Person:
    __slots__ = ("loc", "cc", "female", "first", "last", "full", "lfirst", "llast", "latin",
                 "login", "email")

    def display(self, r):
        if self.full == self.latin:
            return self.full
        return self.full if r.random() < 0.6 else self.latin


class _G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = _fakers()
        for loc in _LOCALES:
            self.fk[loc].seed_instance(seed)
        self.t = datetime(2024, 1, 1) + timedelta(seconds=self.r.randrange(0, 300 * 86400))

    # ---- primitives -------------------------------------------------------------------
    def d(self, n):
        return str(self.r.randrange(10 ** n)).zfill(n)

    def dn(self, n):
        return str(self.r.randrange(10 ** (n - 1), 10 ** n))

    def hx(self, n, upper=False):
        s = "%0*x" % (n, self.r.getrandbits(4 * n))
        return s.upper() if upper else s

    def an(self, n, alphabet=_ALNUM):
        return "".join(self.r.choices(alphabet, k=n))

    def L(self, n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choices(alphabet, k=n))

    def uuid(self):
        h = self.hx(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def c(self, seq):
        return self.r.choice(seq)

    # ---- time ------------------------------------------------------------------------
    def now(self):
        self.t += timedelta(seconds=self.r.randrange(0, 95), microseconds=self.r.randrange(1000000))
        return self.t

    def iso(self):
        t = self.now()
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

    def iso_off(self):
        t = self.now()
        return t.strftime("%Y-%m-%dT%H:%M:%S") + self.c(["+01:00", "+02:00", "+00:00", "+08:00"])

    def sysl(self):
        t = self.now()
        return f"{_MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"

    def apache(self):
        t = self.now()
        return f"{t.day:02d}/{_MON[t.month - 1]}/{t.year}:{t:%H:%M:%S} +0000"

    def cnts(self):
        return self.now().strftime("%Y-%m-%d %H:%M:%S")

    def javats(self):
        t = self.now()
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"

    def epoch_ms(self):
        return str(int((self.now() - _EPOCH).total_seconds() * 1000))

    def date(self):
        return self.now().strftime("%Y-%m-%d")

    def later(self, days=(1, 20)):
        return self.t + timedelta(days=self.r.randint(*days))

    # ---- network ---------------------------------------------------------------------
    def pub_ip(self):
        r = self.r
        while True:
            a = r.randint(1, 223)
            if a in (10, 127):
                continue
            b = r.randint(0, 255)
            if (a == 172 and 16 <= b <= 31) or (a == 192 and b in (0, 168)) or (a == 169 and b == 254) \
                    or (a == 100 and 64 <= b <= 127) or (a == 198 and b in (18, 19, 51)) \
                    or (a == 203 and b == 0):
                continue
            return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def priv_ip(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 1:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 40)}.{r.randint(1, 254)}"

    def ip6(self):
        r = self.r
        pre = self.c(["2a02:c7c", "2a01:4b00", "2a00:23c5", "2600:1700", "2409:8a1e", "240e:3b7",
                      "2001:b011", "2a01:e0a", "2003:e2", "2a02:a44"])
        tail = ":".join("%x" % r.getrandbits(16) for _ in range(6))
        if r.random() < 0.3:
            tail = ":".join("%x" % r.getrandbits(16) for _ in range(2)) + "::" + "%x" % r.getrandbits(16)
        return f"{pre}:{tail}"

    def client_ip(self):
        return self.ip6() if self.r.random() < 0.12 else self.pub_ip()

    def version4(self):
        r = self.r
        return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}.{r.randint(1, 250)}"

    # ---- domain ids ------------------------------------------------------------------
    def cp_id(self, cc=None):
        cc = cc or self.c(list(_CITY3))
        if self.r.random() < 0.3:
            return f"VG{self.d(7)}"
        return f"VG-{cc}-{self.c(_CITY3[cc])}-{self.d(4)}"

    def evse(self, cc=None):
        cc = cc or self.c(["DE", "NL", "GB", "FR", "BE", "AT", "IT", "ES"])
        op = self.c(["VGD", "ION", "FAS", "ALL", "SHL", "EVB", "TNM"])
        return f"{cc}*{op}*E{self.d(self.c([5, 7]))}*{self.r.randint(1, 4)}"

    def contract(self, cc=None):
        cc = cc or self.c(["DE", "NL", "GB", "FR", "BE", "AT"])
        return f"{cc}-{self.c(['VGD', 'TNM', 'SHL', 'EMP'])}-C{self.d(8)}-{self.L(1)}"

    def rfid(self):
        return self.hx(self.c([8, 8, 14]), upper=True)

    def sid(self):
        return str(self.r.randint(10000, 9999999))

    def kwh(self):
        return f"{self.r.uniform(1.5, 78):.2f}"

    def amount(self, lo=1.0, hi=90.0):
        return f"{self.r.uniform(lo, hi):.2f}"

    def money(self, cur=None):
        cur = cur or self.c(["£", "€", "$"])
        return f"{cur}{self.amount()}"

    def site(self, cc):
        return self.c(_SITES[cc])

    def nonluhn(self, n):
        s = self.dn(n)
        if _luhn_ok(s):
            s = s[:-1] + str((int(s[-1]) + 1) % 10)
        return s

    def orderno_cn(self):
        return self.t.strftime("%Y%m%d%H%M%S") + self.d(4)

    # ---- secrets ---------------------------------------------------------------------
    def password(self):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return f"{self.c(_PW_WORDS)}{r.randint(1, 2025)}{self.c('!#$%&*?')}"
        if k == 1:
            return f"{self.c(_PW_WORDS).lower()}{self.c('._-')}{self.c(_PW_WORDS)}{r.randint(10, 99)}"
        if k == 2:
            return self.an(r.randint(10, 18), _ALNUM + "!#%&*+=?")
        return f"{self.c(_PW_WORDS)}{self.c('@#!')}{self.d(4)}"

    def api_key(self):
        k = self.r.randrange(4)
        if k == 0:
            return "sk_live_" + self.an(24)
        if k == 1:
            return "vg_" + self.c(["live", "prod"]) + "_" + self.an(32)
        if k == 2:
            return self.hx(40)
        return "AKIA" + self.an(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def jwt(self):
        head = self.c(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                       "eyJraWQiOiJ2ZzEiLCJhbGciOiJFUzI1NiJ9"])
        return f"{head}.eyJ{self.an(self.r.randint(60, 110), _B64URL)}.{self.an(43, _B64URL)}"

    # ---- regulated numbers -------------------------------------------------------------
    def card(self, brand=None):
        r = self.r
        brand = brand or self.c(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "cup"])
        length = 16
        if brand == "visa":
            pre = "4"
        elif brand == "mc":
            pre = str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))
        elif brand == "amex":
            pre, length = self.c(["34", "37"]), 15
        elif brand == "disc":
            pre = self.c(["6011", "65"])
        elif brand == "jcb":
            pre = str(r.randint(3528, 3589))
        else:
            pre, length = self.c(["622202", "622848", "621700", "621483", "622588", "623058"]), \
                self.c([16, 19])
        body = pre + self.d(length - 1 - len(pre))
        num = body + _luhn_cd(body)
        sep = self.c([" ", " ", "-", ""])
        if length == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        groups = [num[i:i + 4] for i in range(0, length, 4)]
        return sep.join(groups)

    def masked_card(self):
        r = self.r
        last4 = self.d(4)
        return self.c([f"****{last4}", f"**** **** **** {last4}", f"{self.c(['411111', '545454', '601100'])}******{last4}",
                       f"XXXX-XXXX-XXXX-{last4}", f"************{last4}"]) if r.random() < 0.9 else f"ending {last4}"

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or self.c(["DE", "FR", "NL", "GB", "ES", "IT", "BE", "PL", "AT", "IE", "PT"])
        if cc == "DE":
            bban = self.d(8) + self.d(10)
        elif cc == "FR":
            bban = self.d(5) + self.d(5) + self.d(11) + self.d(2)
        elif cc == "NL":
            bban = self.c(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]) + self.d(10)
        elif cc == "GB":
            bban = self.c(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + self.d(6) + self.d(8)
        elif cc == "IE":
            bban = self.c(["AIBK", "BOFI"]) + self.d(6) + self.d(8)
        elif cc == "ES":
            bban = self.d(20)
        elif cc == "IT":
            bban = self.L(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + self.d(10) + self.d(12)
        elif cc == "BE":
            bban = self.d(12)
        elif cc == "PL":
            bban = self.d(24)
        elif cc == "AT":
            bban = self.d(16)
        else:  # PT
            bban = self.d(21)
        iban = _iban_check(cc, bban)
        if grouped is None:
            grouped = r.random() < 0.55
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

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

    def passport(self, cc):
        r = self.r
        if cc == "US":
            return self.c(["5", "6"]) + self.d(8) if r.random() < 0.7 else "A" + self.d(8)
        if cc == "GB":
            return self.c("12345") + self.d(8)
        if cc == "DE":
            return self.c("CFGHJK") + self.an(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return self.d(2) + self.L(2) + self.d(5)
        if cc == "CN":
            return self.c(["E" + self.d(8), "E" + self.L(1) + self.d(7), "G" + self.d(8)])
        if cc == "IN":
            return self.L(1) + self.d(7)
        if cc == "JP":
            return self.c(["TK", "TR", "MZ", "TZ", "MU"]) + self.d(7)
        if cc == "KR":
            return "M" + self.d(8)
        if cc in ("IT", "BR"):
            return self.L(2) + self.d(7 if cc == "IT" else 6)
        if cc == "ES":
            return self.L(3) + self.d(6)
        if cc == "RU":
            return f"{r.randint(70, 79)} {self.d(7)}"
        if cc == "NL":
            return self.L(2, "BCDFGHJKLMNPRSTVWXZ") + self.an(6, "BCDFGHJKLMNPRSTVWXZ0123456789") + self.d(1)
        return self.L(2) + self.d(7)

    def cn_id(self, valid=True):
        r = self.r
        body = (self.c(_CN_AREAS) + f"{r.randint(1956, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                + self.d(3))
        s = sum(int(ch) * w for ch, w in zip(body, _ID_W)) % 11
        chk = _ID_C[s]
        if not valid:
            chk = _ID_C[(s + r.randint(1, 10)) % 11]
        return body + chk

    def uscc(self):
        return "91" + self.c(_CN_AREAS) + self.an(9, "0123456789ABCDEFGHJKLMNPQRTUWXY") + \
            self.c("0123456789ABCDEFGHJKLMNPQRTUWXY")

    # ---- licence plates ----------------------------------------------------------------
    def plate(self, cc):
        r, L, d = self.r, self.L, self.d
        if cc == "GB":
            return (self.c(["LN", "LB", "AB", "BD", "YK", "MA", "SF", "WR", "EA", "KX", "DV", "GU", "HN",
                            "CE", "PN", "RK", "LV", "ML"]) +
                    self.c(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "24", "74"]) +
                    self.c([" ", " ", ""]) + L(3, "ABCDEFGHJKLMNOPRSTUVWXYZ"))
        if cc == "DE":
            city = self.c(["B", "M", "HH", "K", "F", "S", "D", "DO", "E", "HB", "H", "L", "N", "KA", "MA",
                           "BN", "A", "DA", "WI"])
            num = f"{L(r.randint(1, 2))} {r.randint(1, 9999)}{'E' if r.random() < 0.45 else ''}"
            return f"{city}-{num}" if r.random() < 0.7 else f"{city} {num}"
        if cc == "FR":
            return f"{L(2)}-{d(3)}-{L(2)}" if r.random() < 0.85 else f"{L(2)} {d(3)} {L(2)}"
        if cc == "NL":
            a = "BDFGHJKLNPRSTVXZ"
            return self.c([f"{L(2, a)}-{d(3)}-{L(1, a)}", f"{d(1)}-{L(3, a)}-{d(2)}",
                           f"{L(1, a)}-{d(3)}-{L(2, a)}", f"{L(3, a)}-{d(2)}-{L(1, a)}",
                           f"{d(2)}-{L(3, a)}-{d(1)}"])
        if cc == "ES":
            return f"{d(4)}{self.c([' ', '', '-'])}{L(3, 'BCDFGHJKLMNPRSTVWXYZ')}"
        if cc == "IT":
            return f"{L(2)} {d(3)} {L(2)}" if r.random() < 0.6 else f"{L(2)}{d(3)}{L(2)}"
        if cc == "PL":
            p = self.c(["WA", "WB", "WE", "WI", "KR", "KK", "PO", "GD", "WR", "DW", "LU", "SK", "PZ"])
            return f"{p} {self.c([d(5), d(1) + L(2) + d(2), d(4) + L(1), d(3) + L(2)])}"
        if cc == "US":
            return self.c([f"{r.randint(1, 9)}{L(3)}{d(3)}", f"{L(3)}-{d(4)}", f"{L(3)} {d(4)}",
                           f"{L(3)}{d(4)}", f"{d(3)} {L(3)}"])
        if cc == "IN":
            st = self.c(["MH", "KA", "DL", "TN", "HR", "UP", "GJ", "TS", "KL", "WB", "RJ"])
            dd, ll, nnnn = f"{r.randint(1, 50):02d}", L(2), d(4)
            return self.c([f"{st} {dd} {ll} {nnnn}", f"{st}-{dd}-{ll}-{nnnn}", f"{st}{dd}{ll}{nnnn}"])
        if cc == "BR":
            return f"{L(3)}{d(1)}{L(1)}{d(2)}" if r.random() < 0.7 else f"{L(3)}-{d(4)}"
        if cc == "TR":
            k = r.randint(1, 3)
            return f"{r.randint(1, 81):02d} {L(k)} {d({1: 4, 2: 3, 3: 2}[k] + r.randint(0, 1) if k > 1 else 4)}"
        if cc == "RU":
            a = "АВЕКМНОРСТУХ"
            return f"{L(1, a)}{d(3)}{L(2, a)}{self.c([' ', ''])}{self.c(['77', '97', '177', '199', '777', '50', '78', '197', '750'])}"
        if cc == "JP":
            area = self.c(["品川", "練馬", "横浜", "なにわ", "名古屋", "札幌", "福岡", "世田谷", "湘南", "大阪"])
            kana = self.c("あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ")
            return f"{area} {self.c(['300', '330', '500', '530', '301', '331'])} {kana} {d(2)}-{d(2)}"
        if cc == "KR":
            h = self.c("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호배")
            return f"{r.randint(10, 399)}{h}{self.c([' ', ''])}{d(4)}"
        if cc == "TW":
            return self.c([f"{L(3)}-{d(4)}", f"E{L(2)}-{d(4)}", f"{d(4)}-{L(2)}", f"{L(3)}-{d(4)}"])
        if cc == "VN":
            return f"{r.randint(11, 99)}{L(1)}{self.c(['-', ''])}{d(3)}.{d(2)}"
        if cc == "CN":
            prov = self.c(_PROVINCES)
            city = self.c("ABCDEFGH")
            sep = self.c(["", "", "·", " "])
            cl = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            if r.random() < 0.6:
                tail = self.c("DF") + self.c([d(5), L(1, cl) + d(4)])
            else:
                tail = self.c([d(5), L(1, cl) + d(4), d(3) + L(2, cl), L(2, cl) + d(3), d(2) + L(1, cl) + d(2)])
            return f"{prov}{city}{sep}{tail}"
        return f"{L(3)}-{d(4)}"

    # ---- phones ----------------------------------------------------------------------
    def phone(self, loc, landline=None):
        r, d, c = self.r, self.d, self.c
        if landline is None:
            landline = r.random() < 0.15
        if loc == "en_US":
            a = c([212, 213, 305, 310, 312, 404, 415, 469, 503, 512, 617, 646, 702, 718, 773, 808, 917, 972])
            ex, s = r.randint(201, 989), d(4)
            return c([f"({a}) {ex}-{s}", f"{a}-{ex}-{s}", f"{a}.{ex}.{s}", f"+1 {a}-{ex}-{s}",
                      f"+1{a}{ex}{s}", f"1-{a}-{ex}-{s}", f"+1 ({a}) {ex}-{s}"])
        if loc == "en_GB":
            if landline:
                return c([f"020 {r.randint(3, 8)}{d(3)} {d(4)}", f"0161 {r.randint(2, 9)}{d(2)} {d(4)}",
                          f"+44 20 {r.randint(3, 8)}{d(3)} {d(4)}", f"0117 {r.randint(2, 9)}{d(2)} {d(4)}",
                          f"0131 {r.randint(2, 9)}{d(2)} {d(4)}"])
            m = "7" + str(r.randint(300, 999)) + d(6)
            return c([f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44{m}", f"0{m[:4]} {m[4:7]} {m[7:]}",
                      f"0{m}", f"+44 (0){m[:4]} {m[4:]}"])
        if loc == "en_IN":
            if landline:
                return c([f"022 {r.randint(2, 6)}{d(3)} {d(4)}", f"080-{r.randint(2, 6)}{d(7)}",
                          f"+91 11 {r.randint(2, 6)}{d(3)} {d(4)}"])
            m = c("6789") + d(9)
            return c([f"+91 {m[:5]} {m[5:]}", f"{m[:5]} {m[5:]}", f"+91-{m}", f"0{m}", m, f"+91{m}",
                      f"+91 {m}"])
        if loc == "zh_CN":
            if landline:
                ac = c(["010", "021", "020", "0755", "0571", "028", "027", "025"])
                n = str(r.randint(2, 8)) + d(7)
                return c([f"{ac}-{n}", f"({ac}){n}", f"{ac}-{n[:4]} {n[4:]}", f"+86 {ac[1:]} {n}"])
            pre = c(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                     "155", "156", "157", "158", "159", "170", "176", "177", "178", "180", "181", "183",
                     "185", "186", "187", "188", "189", "198", "199"])
            m = pre + d(8)
            return c([m, m, f"{m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86 {m[:3]} {m[3:7]} {m[7:]}",
                      f"+86{m}", f"+86-{m}", f"86-{m}"])
        if loc == "zh_TW":
            if landline:
                return c([f"(02) {r.randint(2, 8)}{d(3)}-{d(4)}", f"02-{r.randint(2, 8)}{d(3)}-{d(4)}",
                          f"+886-2-{r.randint(2, 8)}{d(3)}-{d(4)}", f"(04) {r.randint(2, 8)}{d(3)}-{d(4)}"])
            m = "9" + d(8)
            return c([f"0{m[:3]}-{m[3:6]}-{m[6:]}", f"0{m[:3]} {m[3:6]} {m[6:]}", f"+886 {m[:3]} {m[3:6]} {m[6:]}",
                      f"0{m}", f"+886-{m}", f"0{m[:3]}-{m[3:]}"])
        if loc == "fr_FR":
            m = (c("12345") if landline else c("67")) + d(8)
            p = [m[i:i + 2] for i in range(1, 9, 2)]
            return c([f"0{m[0]} {' '.join(p)}", f"0{m[0]}.{'.'.join(p)}", f"+33 {m[0]} {' '.join(p)}",
                      f"+33{m}", f"0{m}", f"+33 (0){m[0]} {' '.join(p)}"])
        if loc == "de_DE":
            if landline:
                return c([f"030 {d(8)}", f"089 {d(7)}", f"040 {d(8)}", f"+49 30 {d(8)}", f"0221 {d(7)}",
                          f"069/{d(7)}", f"+49 (0)711 {d(7)}"])
            pre = c(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173", "174", "175",
                     "176", "177", "178", "179"])
            rest = d(c([7, 8]))
            return c([f"0{pre} {rest}", f"+49 {pre} {rest}", f"0{pre}/{rest}", f"+49 (0){pre} {rest}",
                      f"0{pre}-{rest}", f"+49{pre}{rest}"])
        if loc == "es_ES":
            m = (c("89") if landline else c("67")) + d(8)
            return c([f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"{m[:3]} {m[3:6]} {m[6:]}",
                      f"+34 {m[:3]} {m[3:6]} {m[6:]}", f"+34{m}", m, f"+34 {m[:3]} {m[3:5]} {m[5:7]} {m[7:]}"])
        if loc == "pt_BR":
            ddd = c(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "48"])
            if landline:
                n = c("2345") + d(7)
                return c([f"({ddd}) {n[:4]}-{n[4:]}", f"+55 {ddd} {n[:4]}-{n[4:]}"])
            m = "9" + d(8)
            return c([f"({ddd}) {m[:5]}-{m[5:]}", f"+55 {ddd} {m[:5]}-{m[5:]}", f"{ddd} {m[:5]} {m[5:]}",
                      f"+55{ddd}{m}", f"+55 ({ddd}) {m[:5]}-{m[5:]}", f"({ddd}) {m}"])
        if loc == "ja_JP":
            if landline:
                return c([f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}", f"045-{d(3)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}"])
            pre = c(["090", "080", "070"])
            a, b = d(4), d(4)
            return c([f"{pre}-{a}-{b}", f"+81 {pre[1:]}-{a}-{b}", f"{pre}{a}{b}", f"+81{pre[1:]}{a}{b}",
                      f"{pre} {a} {b}"])
        if loc == "ko_KR":
            if landline:
                return c([f"02-{d(3)}-{d(4)}", f"031-{d(3)}-{d(4)}", f"+82 2-{d(4)}-{d(4)}"])
            a, b = d(4), d(4)
            return c([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"+82-10-{a}-{b}", f"010 {a} {b}"])
        if loc == "ru_RU":
            if landline:
                return c([f"+7 (495) {d(3)}-{d(2)}-{d(2)}", f"8 (812) {d(3)}-{d(2)}-{d(2)}"])
            m = "9" + d(9)
            return c([f"+7 {m[:3]} {m[3:6]}-{m[6:8]}-{m[8:]}", f"8 ({m[:3]}) {m[3:6]}-{m[6:8]}-{m[8:]}",
                      f"+7{m}", f"8{m}", f"+7 ({m[:3]}) {m[3:6]}-{m[6:8]}-{m[8:]}", f"8-{m[:3]}-{m[3:6]}-{m[6:8]}-{m[8:]}"])
        if loc == "it_IT":
            if landline:
                return c([f"06 {d(4)} {d(4)}", f"02 {d(8)}", f"+39 06 {d(8)}", f"055 {d(6)}"])
            m = "3" + c(["20", "28", "29", "30", "33", "34", "35", "36", "38", "39", "40", "45", "47", "48",
                         "49", "66", "80", "88", "89", "91", "92", "93"]) + d(7)
            return c([f"{m[:3]} {m[3:6]} {m[6:]}", f"+39 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:]}",
                      f"+39{m}", f"{m[:3]} {m[3:]}", f"+39 {m}"])
        if loc == "nl_NL":
            if landline:
                return c([f"020-{r.randint(2, 8)}{d(6)}", f"010 {r.randint(2, 8)}{d(2)} {d(4)}",
                          f"+31 30 {r.randint(2, 8)}{d(6)}"])
            m = "6" + d(8)
            return c([f"0{m[0]}-{m[1:]}", f"0{m[0]} {m[1:]}", f"+31 {m[0]} {m[1:]}", f"+31{m}",
                      f"0{m[0]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+31 (0){m[0]} {m[1:]}"])
        if loc == "pl_PL":
            if landline:
                return c([f"22 {d(3)} {d(2)} {d(2)}", f"+48 12 {d(3)} {d(2)} {d(2)}", f"(22) {d(3)}-{d(2)}-{d(2)}"])
            m = c("5678") + d(8)
            return c([f"{m[:3]} {m[3:6]} {m[6:]}", f"+48 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}",
                      f"+48{m}", m])
        if loc == "tr_TR":
            if landline:
                return c([f"0212 {d(3)} {d(2)} {d(2)}", f"+90 312 {d(3)} {d(2)} {d(2)}"])
            m = "5" + c(["30", "31", "32", "33", "34", "35", "36", "05", "06", "07", "42", "43", "44", "45",
                         "46", "52", "53", "54", "55"]) + d(7)
            return c([f"0{m[:3]} {m[3:6]} {m[6:8]} {m[8:]}", f"+90 {m[:3]} {m[3:6]} {m[6:8]} {m[8:]}",
                      f"(0{m[:3]}) {m[3:6]} {m[6:8]} {m[8:]}", f"0{m}", f"+90{m}"])
        if loc == "vi_VN":
            m = c(["90", "91", "93", "94", "96", "97", "98", "86", "88", "89", "70", "76", "77", "78", "79",
                   "32", "33", "34", "35", "36", "37", "38", "39"]) + d(7)
            return c([f"0{m[:2]} {m[2:5]} {m[5:]}", f"+84 {m[:2]} {m[2:5]} {m[5:]}", f"0{m[:3]} {m[3:6]} {m[6:]}",
                      f"+84{m}", f"0{m}"])
        raise ValueError(loc)

    def hotline(self, cc):
        c, d, r = self.c, self.d, self.r
        if cc == "GB":
            return c([f"0800 {d(3)} {d(4)}", f"0330 {r.randint(1, 9)}{d(2)} {d(4)}", f"0345 {d(3)} {d(4)}"])
        if cc == "US":
            return c([f"1-800-{d(3)}-{d(4)}", f"(888) {r.randint(200, 999)}-{d(4)}", f"1-877-VOLTGRD"])
        if cc == "DE":
            return c([f"0800 {d(7)}", f"0800 {d(3)} {d(4)}"])
        if cc == "CN":
            return c([f"400-{d(3)}-{d(4)}", "95598", f"4008-{d(3)}-{d(3)}", f"400 {d(3)} {d(4)}"])
        return f"0800 {d(3)} {d(3)}"

    # ---- people ----------------------------------------------------------------------
    def person(self, loc=None):
        r = self.r
        if loc is None:
            loc = r.choices(_INTL_LOCS, _INTL_WTS)[0]
        fk = self.fk[loc]
        p = _Person()
        p.loc, p.cc = loc, _CC_OF[loc]
        p.female = female = r.random() < 0.5
        if loc == "zh_CN" and r.random() < 0.7:
            last, llast = self.c(_CN_SUR)
            if r.random() < 0.55:
                first, lfirst = self.c(_CN_GIVEN)
            else:
                (a, pa), (b, pb) = self.c(_CN_SINGLE), self.c(_CN_SINGLE)
                first, lfirst = a + b, pa + pb
            lfirst, llast = lfirst.capitalize(), llast.capitalize()
        else:
            first = fk.first_name_female() if female else fk.first_name_male()
            last = fk.last_name_female() if female else fk.last_name_male()
            if loc == "zh_CN":
                llast = _CN_PY.get(last, fk.last_romanized_name()).capitalize()
                lfirst = fk.first_romanized_name()
            elif loc == "zh_TW":
                llast = _TW_PY.get(last) or self.c(list(_TW_PY.values()))
                lfirst = self.c(_TW_GIVEN_LAT)
            elif loc == "ja_JP":
                llast, lfirst = fk.last_romanized_name(), fk.first_romanized_name()
            elif loc == "ko_KR":
                llast = _KO_PY.get(last) or self.c(list(_KO_PY.values()))
                lfirst = self.c(_KO_GIVEN_LAT)
            elif loc == "ru_RU":
                llast, lfirst = _fold(last), _fold(first)
            else:
                llast, lfirst = last, first
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            full = last + first
            latin = f"{lfirst} {llast}" if r.random() < 0.6 else f"{llast} {lfirst}"
        elif loc == "ja_JP":
            full = last + self.c([" ", "", "\u3000"]) + first
            latin = f"{lfirst} {llast}"
        elif loc == "vi_VN":
            mid = self.fk[loc].middle_name()
            full = f"{last} {mid} {first}"
            latin = full
        elif loc == "es_ES" and r.random() < 0.4:
            last = f"{last} {fk.last_name()}"
            llast = last
            full = latin = f"{first} {last}"
        else:
            full = latin = f"{first} {last}"
        p.first, p.last, p.full, p.lfirst, p.llast, p.latin = first, last, full, lfirst, llast, latin
        f, l = _slug(lfirst), _slug(llast)
        if loc == "vi_VN":
            f, l = _slug(first), _slug(last)
        f, l = f or "user", l or "x"
        p.login = self._login(f, l, loc)
        p.email = self._email(f, l, loc)
        return p

    def _login(self, f, l, loc):
        r = self.r
        num = self.c(["", "", "", str(r.randint(1, 99)), str(r.randint(1970, 2005))])
        if loc in ("zh_CN", "zh_TW") and r.random() < 0.5:
            return f"{l}{f}{num}"
        k = r.randrange(9)
        base = [f"{f[0]}{l}", f"{f}.{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l}", f"{f}{l[0]}", f"{l}{f[0]}",
                f"{f[0]}.{l}", f"{f}"][k]
        if k == 8 and not num:
            num = str(r.randint(1, 999))
        return base + num

    def _email(self, f, l, loc):
        r = self.r
        dom = self.c(_MAIL_DOM[loc])
        if dom == "qq.com" and r.random() < 0.6:
            return f"{r.randint(10000, 3999999999)}@qq.com"
        num = self.c(["", "", str(r.randint(1, 99)), str(r.randint(1970, 2005))])
        local = self.c([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{l}.{f}", f"{f}_{l}", f"{f}.{l[0]}", f"{l}{f}"])
        return f"{local}{num}@{dom}"

    def work_email(self, p, domain):
        f, l = _slug(p.lfirst), _slug(p.llast)
        return self.c([f"{f}.{l}@{domain}", f"{f[0]}{l}@{domain}", f"{f}@{domain}", f"{f[0]}.{l}@{domain}"])

    def title(self, p):
        if self.r.random() < 0.1:
            return self.c(["Dr", "Dr."])
        return self.c(["Ms", "Mrs", "Ms."]) if p.female else self.c(["Mr", "Mr."])

    def cn_sur(self):
        return self.c(_CN_SUR)[0]

    def tw_sur(self):
        return self.fk["zh_TW"].last_name() if self.r.random() < 0.5 else self.c(_TW_SUR)


# --------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------

_TEMPLATES = []


def _t(fn):
    _TEMPLATES.append(fn)
    return fn


# ---- OCPP / chargers (English) ---------------------------------------------------------

@_t
def _ocpp_authorize(g):
    return _fmt('${ts} [ocpp16-j] <= ${cp} [2,"${mid}","Authorize",{"idTag":"${tag}"}]',
                ts=g.iso(), cp=(g.cp_id(), "charger_id"), mid=(g.uuid(), "message_id"),
                tag=(g.rfid(), "rfid_uid"))


@_t
def _ocpp_start_conf(g):
    return _fmt('${ts} [ocpp16-j] => ${cp} [3,"${mid}",{"idTagInfo":{"status":"${st}","expiryDate":"${exp}",'
                '"parentIdTag":"${parent}"},"transactionId":${tx}}]',
                ts=g.iso(), cp=(g.cp_id(), "charger_id"), mid=(g.uuid(), "message_id"),
                st=g.c(["Accepted", "Accepted", "Blocked", "Expired", "Invalid"]),
                exp=g.later((30, 400)).strftime("%Y-%m-%dT00:00:00Z"),
                parent=(f"FLEET-{g.d(4)}", "parent_tag"), tx=(g.sid(), "transaction_id"))


@_t
def _ocpp_status(g):
    return _fmt('${ts} WARN  [cp-gw-${n}] c.v.ocpp.StatusNotificationHandler - cp=${cp} connectorId=${c} '
                'status=Faulted errorCode=${ec} vendorErrorCode=${vec} fw=${fw} remote=${ip}:${port}',
                ts=g.javats(), n=g.r.randint(1, 8), cp=(g.cp_id(), "charger_id"), c=g.r.randint(1, 2),
                ec=g.c(["GroundFailure", "OverCurrentFailure", "PowerMeterFailure", "ConnectorLockFailure",
                        "HighTemperature", "EVCommunicationError"]),
                vec=f"0x{g.hx(2, True)}", fw=(g.version4(), "version"), ip=(g.priv_ip(), "charger_ip"),
                port=g.r.randint(30000, 65000))


@_t
def _ocpp_boot(g):
    body = g.c(["8944", "8931", "8949", "8933"]) + g.d(14)
    iccid = body + _luhn_cd(body)
    return _fmt('${ts} INFO ocpp BootNotification cp=${cp} payload={"chargePointVendor":"${vendor}",'
                '"chargePointModel":"${model}","chargePointSerialNumber":"${serial}","firmwareVersion":"${fw}",'
                '"iccid":"${iccid}","imsi":"${imsi}","meterType":"${mt}","meterSerialNumber":"${ms}"}',
                ts=g.iso(), cp=(g.cp_id(), "charger_id"), vendor=g.c(["Alfen BV", "ABB", "Kempower", "Wallbox",
                                                                     "Zaptec", "Autel", "Tritium"]),
                model=g.c(["NG920", "Terra AC W22", "S-Series", "Pulsar Plus", "Pro", "MaxiCharger", "RTM75"]),
                serial=(f"{g.L(3)}{g.d(7)}", "serial"), fw=(g.version4(), "version"),
                iccid=(iccid, "iccid"), imsi=(g.c(["23415", "20404", "26201", "20801"]) + g.d(10), "imsi"),
                mt=g.c(["Eastron SDM630", "Carlo Gavazzi EM340", "Iskra WM3M4"]),
                ms=(g.d(g.c([8, 10, 12])), "meter_id"))


@_t
def _ocpp_ws_basic(g):
    cp = g.cp_id()
    tok = base64.b64encode(f"{cp}:{g.password()}".encode()).decode()
    return _fmt('${ts} DEBUG ws.upgrade GET /ocpp/${cp} Host: ocpp.voltgrid.io Sec-WebSocket-Protocol: ocpp1.6 '
                'Authorization: Basic ${tok} peer=${peer}',
                ts=g.iso(), cp=(cp, "charger_id"), tok=(tok, CR), peer=(g.priv_ip(), "charger_ip"))


# ---- app / web access ------------------------------------------------------------------

_UAS = ["iPhone; iOS 17.4.1", "iPhone; iOS 16.7.2", "Android 14; SM-S918B", "Android 13; Pixel 7",
        "Android 12; M2101K6G", "iPad; iPadOS 17.3"]


@_t
def _access_login(g):
    r = g.r
    if r.random() < 0.8:
        user = (g.person().login, PER)
    else:
        user = "-"
    return _fmt('${ip} - ${user} [${ts}] "POST /api/v2/auth/login HTTP/1.1" ${code} ${size} "-" "VoltGrid/${ver} (${dev})"',
                ip=(g.client_ip(), IP), user=user, ts=g.apache(), code=g.c([200, 200, 200, 401, 429]),
                size=r.randint(180, 2400), ver=f"5.{r.randint(0, 9)}.{r.randint(0, 20)}", dev=g.c(_UAS))


@_t
def _nginx_xff_email(g):
    p = g.person()
    return _fmt('${lb} - - [${ts}] "GET /v1/receipts/${sid}?email=${em}&lang=${lang} HTTP/1.1" 200 ${size} "-" '
                '"okhttp/4.12.0" xff="${xff}" upstream=${up}:8080 rt=0.0${rt}',
                lb=(g.priv_ip(), "lb_ip"), ts=g.apache(), sid=g.sid(), em=(p.email.replace("@", "%40"), EM),
                lang=g.c(["en", "de", "fr", "nl", "es"]), size=g.r.randint(900, 9000), xff=(g.client_ip(), IP),
                up=(g.priv_ip(), "server_ip"), rt=g.d(2))


@_t
def _app_event_camel(g):
    p = g.person()
    return _fmt('{"ts":"${ts}","event":"session.started","userId":"${uid}","displayName":"${name}","email":"${em}",'
                '"evseId":"${evse}","idTag":"${tag}","clientIp":"${ip}","vehicle":"${veh}"}',
                ts=g.iso(), uid=(f"u_{g.d(6)}", "user_id"), name=(p.display(g.r), PER), em=(p.email, EM),
                evse=(g.evse(), "evse_id"), tag=(g.rfid(), "rfid_uid"), ip=(g.client_ip(), IP),
                veh=(g.c(_VEHICLES), "vehicle_model"))


@_t
def _serilog_refund(g):
    p = g.person()
    return _fmt('{"Timestamp":"${ts}","Level":"Information","MessageTemplate":"Refund {RefundId} of {Amount} issued to '
                '{CustomerName}","Properties":{"RefundId":"${rid}","Amount":${amt},"Currency":"${cur}","CustomerName":'
                '"${name}","SessionId":${sid},"SourceContext":"Billing.Refunds.RefundService"}}',
                ts=g.iso_off(), rid=(f"RF-{g.t.year}-{g.d(6)}", "refund_id"), amt=(g.amount(2, 60), "amount"),
                cur=g.c(["GBP", "EUR", "USD", "PLN"]), name=(p.display(g.r), PER), sid=(g.sid(), "session_id"))


@_t
def _ecs_dotted(g):
    p = g.person()
    return _fmt('{"@timestamp":"${ts}","log.level":"info","event.action":"payment-method-added","user.name":"${login}",'
                '"user.email":"${em}","source.ip":"${src}","destination.ip":"${dst}","http.response.status_code":201,'
                '"service.name":"wallet-api"}',
                ts=g.iso(), login=(p.login, PER), em=(p.email, EM), src=(g.client_ip(), IP),
                dst=(g.priv_ip(), "server_ip"))


@_t
def _kv_pan_leak(g):
    return _fmt('ts=${ts} level=error svc=payments-adapter msg="authorisation declined" psp=${psp} pan="${pan}" '
                'exp=${exp} cvc=*** amount=${amt} currency=${cur} reason="${reason}" evse=${evse}',
                ts=g.iso(), psp=g.c(["adyen", "worldpay", "stripe", "nexi"]), pan=(g.card(), CC),
                exp=f"{g.r.randint(1, 12):02d}/{g.r.randint(25, 30)}", amt=(g.amount(), "amount"),
                cur=g.c(["EUR", "GBP", "USD"]), reason=g.c(["05 Do not honour", "51 Insufficient funds",
                                                            "54 Expired card", "14 Invalid card number"]),
                evse=(g.evse(), "evse_id"))


@_t
def _masked_card_ok(g):
    return _fmt('ts=${ts} level=info svc=payments-adapter msg="capture ok" session=${sid} card=${masked} brand=${brand} '
                'amount=${amt} currency=${cur} psp_ref=${ref} auth_code=${auth}',
                ts=g.iso(), sid=(g.sid(), "session_id"), masked=(g.masked_card().replace("ending ", ""), "masked"),
                brand=g.c(["VISA", "MASTERCARD", "AMEX", "MAESTRO"]), amt=(g.amount(), "amount"),
                cur=g.c(["EUR", "GBP"]), ref=(g.nonluhn(16), "psp_ref"), auth=g.an(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))


@_t
def _callcentre_ticket(g):
    agent = g.person("en_GB")
    cust = g.person()
    cname = cust.llast if cust.loc in ("zh_CN", "zh_TW", "ko_KR", "ja_JP", "ru_RU") else cust.last
    return _fmt('Ticket #CS-${tid} | ${date} | agent: ${agent} | ${title} ${cust} called from ${phone} re: charger at '
                '${site} stopped at ${pct}% - refunded ${amt} to card ending ${last4}.',
                tid=(g.d(6), "ticket_id"), date=g.cnts()[:16], agent=(agent.full, PER), title=g.title(cust),
                cust=(cname, PER), phone=(g.phone(cust.loc), PH), site=(g.site("GB"), "site"),
                pct=g.r.randint(5, 95), amt=(g.money("£"), "amount"), last4=(g.d(4), "masked"))


@_t
def _fleet_csv(g):
    comp, dom = g.c(_FLEETS)
    p = g.person(g.c(["en_GB", "en_GB", "en_IN", "pl_PL", "pt_BR", "tr_TR", "fr_FR", "de_DE"]))
    cc = {"Keller Kurierdienst GmbH": "DE", "Transports Moreau SAS": "FR", "Van der Meer Logistiek": "NL"}.get(comp, "GB")
    return _fmt('FLT-${fid},${comp},driver,${last},${first},${em},${phone},${plate},${tag},${cap},active',
                fid=g.d(4), comp=(comp, "company"), last=(p.last, PER), first=(p.first, PER),
                em=(g.work_email(p, dom), EM), phone=(g.phone(p.loc, landline=False), PH), plate=(g.plate(cc), LP),
                tag=(g.rfid(), "rfid_uid"), cap=(g.c(["150.00", "250.00", "400.00", "500.00"]), "amount"))


@_t
def _fleet_vehicle_de(g):
    p = g.person(g.c(["de_DE", "de_DE", "de_DE", "tr_TR", "pl_PL", "it_IT"]))
    return _fmt('${ts} fleet-svc INFO Fahrzeug ${plate} (${veh}) zugewiesen an Fahrer ${name} (Personalnr. ${pn}), '
                'Ladekarte ${contract}, Kostenstelle ${ks}',
                ts=g.cnts(), plate=(g.plate("DE"), LP), veh=(g.c(_VEHICLES), "vehicle_model"), name=(p.full, PER),
                pn=(g.d(6), "employee_id"), contract=(g.contract("DE"), "contract_id"), ks=g.d(4))


@_t
def _ocpi_cdr(g):
    cc = g.c(["NL", "DE", "BE", "FR", "AT"])
    t1 = g.now()
    t2 = t1 + timedelta(minutes=g.r.randint(12, 240))
    kwh = g.kwh()
    ex = float(kwh) * g.r.uniform(0.29, 0.69)
    return _fmt('${ts} ocpi.cdrs POST from party ${cc}-${pid} {"id":"${cdr}","start_date_time":"${t1}",'
                '"end_date_time":"${t2}","cdr_token":{"uid":"${uid}","type":"RFID","contract_id":"${contract}"},'
                '"auth_method":"WHITELIST","total_energy":${kwh},"total_cost":{"excl_vat":${ex},"incl_vat":${inc}},'
                '"currency":"EUR"}',
                ts=g.iso(), cc=cc, pid=g.c(["FAS", "ION", "ALL", "SHL", "TNM"]),
                cdr=(f"CDR{g.d(10)}", "cdr_id"), t1=t1.strftime("%Y-%m-%dT%H:%M:%SZ"),
                t2=t2.strftime("%Y-%m-%dT%H:%M:%SZ"), uid=(g.rfid(), "rfid_uid"),
                contract=(g.contract(cc), "contract_id"), kwh=kwh, ex=(f"{ex:.2f}", "amount"),
                inc=(f"{ex * 1.21:.2f}", "amount"))


@_t
def _meter_syslog(g):
    return _fmt('${ts} hes-0${n} meterd[${pid}]: MPAN ${mpan} read ok import=${imp} kWh export=${exp} kWh ct_ratio=1 '
                'fw=${fw} via dcc-gw ${gw}',
                ts=g.sysl(), n=g.r.randint(1, 4), pid=g.r.randint(1000, 32000), mpan=(g.dn(13), "mpan"),
                imp=f"{g.r.uniform(100, 60000):09.1f}", exp=f"{g.r.uniform(0, 4000):08.1f}",
                fw=(g.version4(), "version"), gw=(g.priv_ip(), "server_ip"))


@_t
def _install_job(g):
    tech = g.person("en_GB")
    cust = g.person()
    return _fmt('JOB-${y}-${n} ${date} tech=${tech} (${tphone}) customer=${cust} tel ${cphone} - installed ${prod} on '
                'garage wall, earth rod fitted, RCD type A 30mA, commissioned ${hhmm}, photos uploaded',
                y=g.t.year, n=g.d(5), date=g.date(), tech=(tech.full, PER),
                tphone=(g.phone("en_GB", landline=False), PH), cust=(cust.display(g.r), PER),
                cphone=(g.phone(cust.loc), PH), prod=(g.c(_CHARGERS), "product"),
                hhmm=f"{g.r.randint(8, 18):02d}:{g.r.randint(0, 59):02d}")


@_t
def _commission_wifi(g):
    p = g.person()
    return _fmt('${ts} installer-app commission charger=HC-${hc} ssid="${ssid}" wifi_psk="${psk}" pairing_pin=${pin} '
                'owner=${login} fw=${fw} result=OK',
                ts=g.iso(), hc=g.d(6), ssid=(g.c([f"BT-{g.L(6)}", f"Livebox-{g.hx(4, True)}", f"VM{g.d(7)}",
                                                  f"FRITZ!Box 7590 {g.L(2)}", f"SKY{g.L(5)}", f"Ziggo{g.d(7)}"]), "ssid"),
                psk=(g.password(), CR), pin=(g.d(g.c([4, 6])), CR), login=(p.login, PER),
                fw=(g.version4(), "version"))


@_t
def _mailer(g):
    p = g.person()
    return _fmt('${ts} mailer[${pid}]: queued template=${tpl} to=<${em}> from=<${role}> msgid=<${mid}> provider=ses status=250',
                ts=g.sysl(), pid=g.r.randint(1000, 30000), tpl=g.c(["password_reset", "welcome", "receipt",
                                                                   "card_expiring", "direct_debit_notice"]),
                em=(p.email, EM), role=(g.c(["noreply@voltgrid.io", "no-reply@notify.voltgrid.io",
                                             "billing@voltgrid.co.uk", "receipts@voltgrid.io"]), "role_mailbox"),
                mid=(f"{g.t:%Y%m%d%H%M%S}.{g.hx(8)}@mail.voltgrid.io", "message_id"))


@_t
def _email_header(g):
    p = g.person(g.c(["de_DE", "de_DE", "en_GB", "nl_NL", "fr_FR", "pl_PL"]))
    subj = g.c(["Einspruch gegen Rechnung RE-2024-04-118823", "Complaint: charged twice at Leeds Trinity",
                "Ladekarte funktioniert nicht", "Réclamation facture avril", "Vraag over mijn laadpas"])
    relay = g.c([("mail-ej1-f54.google.com", f"209.85.218.{g.r.randint(2, 250)}"),
                 ("mail-am6eur05on2041.outbound.protection.outlook.com", f"40.107.22.{g.r.randint(2, 250)}"),
                 ("mout.web.de", f"212.227.15.{g.r.randint(2, 250)}"),
                 ("mout.gmx.net", f"212.227.17.{g.r.randint(2, 250)}")])
    return _fmt('From: "${name}" <${em}> | To: <${role}> | Subject: ${subj} | Received: from ${rh} ([${rip}]) by '
                'mx1.voltgrid.de | X-Originating-IP: [${ip}]',
                name=(p.full, PER), em=(p.email, EM), role=(g.c(["kundenservice@voltgrid.de", "support@voltgrid.io",
                                                                 "billing@voltgrid.io"]), "role_mailbox"),
                subj=subj, rh=(relay[0], "hostname"), rip=(relay[1], "mail_relay"), ip=(g.pub_ip(), IP))


@_t
def _sms_receipt(g):
    p = g.person(g.c(["en_GB", "en_GB", "en_US", "en_IN", "nl_NL", "de_DE"]))
    first = ["Hi ", (p.first, PER)] if g.r.random() < 0.75 else "Hi there"
    return _fmt('sms-gw OUT to=${phone} sender=VoltGrid body="${hi}, your charge at ${site} is complete: ${kwh} kWh, '
                '${amt}. Receipt: ${url}" status=DELIVERED part=1/1',
                phone=(g.phone(p.loc, landline=False), PH), hi=first, site=(g.site("GB"), "site"), kwh=g.kwh(),
                amt=(g.money("£"), "amount"), url=(f"vgd.io/r/{g.an(6)}", "short_url"))


@_t
def _outage_sms(g):
    d = g.later((1, 6))
    return _fmt('${ts} notify: broadcast OUT-${n} channel=sms text="VoltGrid: chargers at ${site} (${cp1}..${cp2}) will '
                'be offline ${t1}-${t2} on ${date} for ${reason}. Updates: ${url} or call ${hot}" recipients=${cnt}',
                ts=g.iso(), n=g.d(4), site=(g.site("GB"), "site"), cp1=(f"VG-GB-MKS-{g.d(2)}01", "charger_id"),
                cp2=(f"VG-GB-MKS-{g.d(2)}08", "charger_id"), t1=f"{g.r.randint(20, 23)}:00",
                t2=f"0{g.r.randint(1, 5)}:00", date=d.strftime("%d/%m"),
                reason=g.c(["grid maintenance by National Grid", "UK Power Networks works", "firmware upgrade",
                            "transformer replacement"]),
                url=(f"status.voltgrid.co.uk/{g.an(5)}", "url"), hot=(g.hotline("GB"), "hotline"),
                cnt=g.r.randint(40, 9000))


@_t
def _notify_masked(g):
    d = g.d
    m1 = g.c([f"07*******{d(3)}", f"+44 77** ***{d(3)}", f"+49 151 ****{d(4)}", f"06 ** ** ** {d(2)}",
              f"+31 6 ****{d(4)}"])
    m2 = g.c([f"07*** ***{d(3)}", f"+44 7*** ***{d(3)}", f"0171/*****{d(2)}", f"+33 6 ** ** {d(2)} {d(2)}"])
    return _fmt('${ts} notify batch=${b} region=${reg} channel=sms recipients=${cnt} sample=[${m1}, ${m2}] failed=${f}',
                ts=g.iso(), b=(f"OUT-{g.d(4)}", "batch_id"), reg=g.c(["SE-LDN", "NW-MAN", "DE-BY", "NL-UT", "FR-IDF"]),
                cnt=g.r.randint(30, 20000), m1=(m1, "masked"), m2=(m2, "masked"), f=g.r.randint(0, 40))


@_t
def _py_keyerror(g):
    p = g.person(g.c(["it_IT", "es_ES", "de_DE", "fr_FR", "nl_NL", "en_GB"]))
    return _fmt("${ts} ERROR billing.invoice: KeyError('vat_id') rendering invoice ${inv} for customer={'name': '${name}', "
                "'phone': '${phone}', 'iban': '${iban}', 'tariff': '${tariff}'}",
                ts=g.javats(), inv=(f"INV-{g.t.year}-{g.d(6)}", "invoice_id"), name=(p.full, PER),
                phone=(g.phone(p.loc), PH), iban=(g.iban(p.cc if p.cc in ("IT", "ES", "DE", "FR", "NL", "GB") else None), IB),
                tariff=g.c(["HOME-EV-NIGHT", "FLEX-22", "AC22-B", "GO-ANYTIME"]))


@_t
def _java_dup_email(g):
    p = g.person()
    return _fmt('${ts} ERROR [http-nio-8080-exec-${n}] c.v.accounts.AccountService - merge failed: '
                'java.lang.IllegalStateException: duplicate account for email=${em} (accountId=${acc}, rfid=${tag}) '
                'at com.voltgrid.accounts.AccountService.merge(AccountService.java:${line})',
                ts=g.javats(), n=g.r.randint(1, 200), em=(p.email, EM), acc=(f"AC-{g.d(6)}", "account_id"),
                tag=(g.rfid(), "rfid_uid"), line=g.r.randint(80, 400))


@_t
def _sepa_de(g):
    p = g.person(g.c(["de_DE", "de_DE", "de_DE", "tr_TR", "pl_PL"]))
    return _fmt('${ts} SEPA-Lastschriftmandat angelegt: Mandatsreferenz ${mref}, Kontoinhaber ${name}, IBAN ${iban}, '
                'BIC ${bic}, Gläubiger-ID ${cid}, erste Abbuchung ${date}',
                ts=g.cnts(), mref=(f"VG-M-{g.d(6)}", "mandate_ref"), name=(p.full, PER), iban=(g.iban("DE"), IB),
                bic=(g.c(["COBADEFFXXX", "DEUTDEFFXXX", "GENODEF1S04", "BYLADEM1001", "INGDDEFFXXX"]), "bic"),
                cid=(f"DE{g.d(2)}ZZZ{g.d(11)}", "creditor_id"), date=g.later((3, 30)).strftime("%d.%m.%Y"))


@_t
def _prelevement_fr(g):
    p = g.person("fr_FR")
    return _fmt('[facturation] ${ts} Prélèvement rejeté pour ${civ} ${name} (client ${cl}) — IBAN ${iban}, motif ${motif}, '
                'montant ${amt} €, relance par SMS au ${phone}',
                ts=g.cnts(), civ="Mme" if p.female else "M.", name=(p.full, PER), cl=(g.d(7), "customer_id"),
                iban=(g.iban("FR"), IB), motif=g.c(["AM04", "MD01", "AC04", "MS03"]),
                amt=(g.amount(8, 120).replace(".", ","), "amount"), phone=(g.phone("fr_FR", landline=False), PH))


@_t
def _incidencia_es(g):
    p = g.person("es_ES")
    agent = g.person("es_ES")
    return _fmt('Incidencia ${y}/${n}: ${art} ${name} (tel. ${phone}) indica que el punto de carga ${evse} no acepta su '
                'tarjeta RFID ${tag}; se le envía una tarjeta nueva. Agente: ${agent}',
                y=g.t.year, n=g.d(5), art="la clienta" if p.female else "el cliente", name=(p.full, PER),
                phone=(g.phone("es_ES"), PH), evse=(g.evse("ES"), "evse_id"), tag=(g.rfid(), "rfid_uid"),
                agent=(agent.login, PER))


@_t
def _laadpas_nl(g):
    p = g.person("nl_NL")
    return _fmt('${ts} Laadpas ${contract} van ${name} geblokkeerd na 3 mislukte pogingen op ${evse}; klant teruggebeld op ${phone}',
                ts=g.cnts(), contract=(g.contract("NL"), "contract_id"), name=(p.full, PER),
                evse=(g.evse("NL"), "evse_id"), phone=(g.phone("nl_NL"), PH))


@_t
def _rimborso_it(g):
    p = g.person("it_IT")
    return _fmt('Richiesta rimborso n. ${n}: ${tit} ${name}, sessione ${sid} presso ${site}, importo ${amt} €, '
                'email ${em}, esito: ${esito}',
                n=g.d(5), tit="sig.ra" if p.female else "sig.", name=(p.full, PER), sid=(g.sid(), "session_id"),
                site=(g.site("IT"), "site"), amt=(g.amount(2, 40).replace(".", ","), "amount"), em=(p.email, EM),
                esito=g.c(["approvato", "in verifica", "respinto"]))


@_t
def _zgloszenie_pl(g):
    tech = g.person("pl_PL")
    cust = g.person("pl_PL")
    return _fmt('Zgłoszenie serwisowe ${n}: technik ${tech}, ładowarka ${prod} w garażu klienta ${cust}, tel. ${phone}, '
                'wymiana licznika MID, status: ${st}',
                n=g.d(6), tech=(tech.full, PER), prod=(g.c(_CHARGERS), "product"), cust=(cust.full, PER),
                phone=(g.phone("pl_PL"), PH), st=g.c(["zamknięte", "w toku", "oczekuje na części"]))


@_t
def _credit_check(g):
    p = g.person("en_US")
    return _fmt('${ts} onboarding[${pid}]: credit check requested applicant="${name}" ssn=${ssn} state=${st} '
                'bureau=${bureau} result=${res} ref=${ref}',
                ts=g.sysl(), pid=g.r.randint(1000, 30000), name=(p.full, PER), ssn=(g.ssn(), SSN),
                st=g.c(["CA", "TX", "NY", "WA", "FL", "MA"]), bureau=(g.c(["Experian", "Equifax", "TransUnion"]), "company"),
                res=g.c(["PASS", "PASS", "REFER", "DECLINE"]), ref=(g.hx(12), "request_id"))


@_t
def _business_ein(g):
    comp, dom = g.c([("Hamilton & Reed Freight LLC", "hamiltonreed-freight.com"), ("Morgan Fleet Services Inc", "morganfleet.com"),
                     ("Lincoln Transit Co", "lincolntransit.com"), ("Jackson Rideshare LLC", "jacksonride.com")])
    return _fmt('${ts} fleet-onboarding: business account "${comp}" EIN ${ein} DUNS ${duns} approved, ${n} vehicles, '
                'admin contact ${role}, credit limit ${amt}',
                ts=g.iso(), comp=(comp, "company"), ein=(f"{g.r.randint(10, 99)}-{g.d(7)}", "ein"),
                duns=(g.d(9), "duns"), n=g.r.randint(3, 400),
                role=(f"{g.c(['fleet', 'accounts', 'ap', 'ops'])}@{dom}", "role_mailbox"),
                amt=(f"${g.r.randint(5, 200)},000", "amount"))


@_t
def _kyc_passport(g):
    p = g.person(g.c(["en_GB", "en_GB", "en_US", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "ja_JP", "ko_KR",
                      "pt_BR", "ru_RU", "nl_NL"]))
    return _fmt('${ts} kyc-svc: driver ${name} document=PASSPORT number=${pp} country=${cc} expiry=${exp} '
                'match_score=0.${ms} vehicle ${plate} assigned',
                ts=g.iso(), name=(p.latin, PER), pp=(g.passport(p.cc), PP), cc=p.cc,
                exp=g.later((200, 3000)).strftime("%Y-%m-%d"), ms=g.r.randint(80, 99),
                plate=(g.plate("GB"), LP))


@_t
def _anpr(g):
    if g.r.random() < 0.15:
        plate = "UNREAD"
    else:
        plate = (g.plate(g.c(["GB", "GB", "GB", "FR", "DE", "NL", "PL"])), LP)
    return _fmt('${ts} anpr cam=BAY-${cam} site="${site}" plate="${plate}" conf=0.${c} bay=${bay} dwell=${dwell} '
                'idle_fee=${fee} session=${sid}',
                ts=g.iso(), cam=g.d(2), site=(g.site("GB"), "site"), plate=plate, c=g.r.randint(20, 99),
                bay=(f"P{g.r.randint(1, 4)}-{g.d(3)}", "bay"), dwell=f"0{g.r.randint(0, 5)}:{g.r.randint(10, 59)}:00",
                fee=(g.money("£"), "amount"), sid=(g.sid(), "session_id"))


@_t
def _config_secrets(g):
    return _fmt('${ts} INFO config reloaded from /etc/voltgrid/roaming.yaml: hubject.client_id=${cid} '
                'hubject.client_secret=${sec} gireve.api_key=${key} ocpi.version=2.2.1',
                ts=g.javats(), cid=(f"vg-{g.hx(8)}", "client_id"), sec=(g.an(40, _B64URL), CR), key=(g.api_key(), CR))


@_t
def _dsn(g):
    pw = g.an(g.r.randint(10, 20), _ALNUM + "!*_-")
    host = g.c([(g.priv_ip(), "server_ip"), (f"pg-{g.c(['billing', 'ocpp', 'crm'])}-0{g.r.randint(1, 3)}.internal", "hostname")])
    scheme, port = g.c([("postgresql", 5432), ("postgresql", 5432), ("mysql", 3306), ("mongodb", 27017)])
    return _fmt('${ts} [pool] connecting dsn=${scheme}://${user}:${pw}@${host}:${port}/${db}?sslmode=require',
                ts=g.javats(), scheme=scheme,
                user=(g.c(["billing_rw", "ocpp_app", "meter_etl", "crm_ro"]), "service_account"), pw=(pw, CR),
                host=host, port=port, db=g.c(["billing", "ocpp", "crm", "meters"]))


@_t
def _bearer(g):
    return _fmt('${ts} DEBUG httpx > POST ${url} | Authorization: Bearer ${jwt} | X-Request-Id: ${rid}',
                ts=g.iso(), url=g.c(["https://api.hubject.example/charging/v2/authorize",
                                     "https://ocpi.partner-emsp.eu/2.2.1/tokens/authorize",
                                     "https://api.voltgrid.io/internal/billing/refunds"]),
                jwt=(g.jwt(), CR), rid=(g.uuid(), "request_id"))


@_t
def _sshd(g):
    inv = g.c(["", "invalid user "])
    return _fmt('${ts} ${host} sshd[${pid}]: Failed password for ${inv}${user} from ${ip} port ${port} ssh2',
                ts=g.sysl(), host=(f"bastion-0{g.r.randint(1, 3)}", "hostname"), pid=g.r.randint(1000, 60000),
                inv=inv, user=(g.c(["root", "admin", "ubuntu", "oracle", "postgres", "test", "git", "jenkins"]),
                                "service_account"), ip=(g.pub_ip(), IP), port=g.r.randint(30000, 65000))


@_t
def _receipt_body(g):
    p = g.person(g.c(["ja_JP", "ja_JP", "en_GB", "en_US", "ko_KR", "de_DE"]))
    site = g.site("JP") if p.loc == "ja_JP" else g.site("GB")
    amt = f"¥{g.r.randint(300, 3000):,}" if p.loc == "ja_JP" else g.money("£")
    return _fmt('${ts} mail-render receipt body="Dear ${tit} ${last}, thank you for charging with VoltGrid. Session ${sid} '
                'at ${site}: ${kwh} kWh, ${amt}. Questions? ${role}"',
                ts=g.iso(), tit=g.title(p), last=(p.llast, PER), sid=(g.sid(), "session_id"), site=(site, "site"),
                kwh=g.kwh(), amt=(amt, "amount"), role=(g.c(["support@voltgrid.jp", "support@voltgrid.io",
                                                          "help@voltgrid.co.uk"]), "role_mailbox"))


@_t
def _tariff(g):
    return _fmt('${ts} tariff-svc: published ${tid} price_kwh=${p} ${cur} idle_fee=${idle}/min session_fee=${sf} '
                'valid_from=${vf} applied_to=${n} EVSEs by ${svc}',
                ts=g.iso(), tid=(f"TRF-AC{g.c(['11', '22'])}-{g.t.year}Q{g.r.randint(1, 4)}", "tariff_id"),
                p=f"0.{g.r.randint(25, 79)}", cur=g.c(["EUR", "GBP"]), idle=f"0.{g.r.randint(5, 50):02d}",
                sf=f"0.{g.r.randint(0, 99):02d}", vf=g.later((1, 40)).strftime("%Y-%m-%dT00:00:00Z"),
                n=g.r.randint(10, 3000), svc=(g.c(["tariff-bot", "svc-pricing", "deploy"]), "service_account"))


@_t
def _haproxy(g):
    return _fmt('${ts} lb-0${n} haproxy[${pid}]: Server ocpp_ws/ocpp-0${k} (${ip}:8080) is DOWN, reason: Layer4 timeout, '
                'check duration: ${ms}ms. ${left} active and 0 backup servers left.',
                ts=g.sysl(), n=g.r.randint(1, 3), pid=g.r.randint(1000, 30000), k=g.r.randint(1, 9),
                ip=(g.priv_ip(), "server_ip"), ms=g.r.randint(1000, 3001), left=g.r.randint(1, 6))


@_t
def _openadr(g):
    return _fmt('${ts} openadr-ven: oadrDistributeEvent from VTN ${vtn} (${util}) event=${eid} signal=LOAD_DISPATCH '
                'level=${lvl} start=${st} duration=PT${h}H sites=${sites}',
                ts=g.iso(), vtn=(g.pub_ip(), "server_ip"), util=(g.c(_ENERGY_COS + ["National Grid ESO", "UK Power Networks"]), "company"),
                eid=(f"DR-{g.t:%Y%m%d}-{g.d(2)}", "event_id"), lvl=g.r.randint(1, 3),
                st=g.later((0, 2)).strftime("%Y-%m-%dT%H:00:00Z"), h=g.r.randint(1, 4),
                sites=",".join(str(g.r.randint(1, 300)) for _ in range(g.r.randint(1, 4))))


@_t
def _chat_tr(g):
    p = g.person("tr_TR")
    agent = g.person("tr_TR")
    return _fmt('chat #${n} [${t1}] Müşteri (${name}): şarj istasyonu kartımı kabul etmiyor, numaram ${phone} '
                '[${t2}] Temsilci ${agent}: kartınızı yeniden aktifleştirdim, ${evse} üzerinde tekrar dener misiniz?',
                n=g.d(6), t1=g.now().strftime("%H:%M"), name=(p.full, PER), phone=(g.phone("tr_TR"), PH),
                t2=g.now().strftime("%H:%M"), agent=(agent.first, PER), evse=(g.evse("DE"), "evse_id"))


@_t
def _fleet_report(g):
    comp, _ = g.c(_FLEETS)
    return _fmt('${month},FLT-${fid},${comp},${s},${e},${c},${cur},${co2},${site}',
                month=g.now().strftime("%Y-%m"), fid=g.d(4), comp=(comp, "company"), s=g.r.randint(20, 900),
                e=f"{g.r.uniform(200, 20000):.1f}", c=(g.amount(100, 8000), "amount"), cur=g.c(["GBP", "EUR"]),
                co2=g.r.randint(100, 9000), site=(g.site("GB"), "site"))


@_t
def _sms_meter_appt(g):
    p = g.person(g.c(["en_GB", "en_GB", "en_IN", "pl_PL"]))
    eng = g.person("en_GB")
    d = g.later((2, 14))
    return _fmt('${ts} sms OUT to ${phone}: "Hi ${first}, your engineer ${eng} will arrive between ${w} on ${day} to fit '
                'your smart meter (job ${job}). Reply STOP to opt out."',
                ts=g.iso(), phone=(g.phone(p.loc, landline=False), PH), first=(p.first, PER), eng=(eng.first, PER),
                w=g.c(["8-12", "12-4", "8am-1pm", "1pm-6pm"]), day=d.strftime("%a %d %b"),
                job=(f"SM-{g.d(7)}", "job_id"))


@_t
def _fraud(g):
    pan = g.card()
    digits = pan.replace(" ", "").replace("-", "")
    return _fmt('${ts} fraud-engine rule=${rule} action=BLOCK card=${pan} bin=${bin} issuer_country=${cc} ip=${ip} '
                'attempts_10m=${n} evse=${evse}',
                ts=g.iso(), rule=g.c(["R12_VELOCITY", "R07_GEO_MISMATCH", "R21_BIN_ATTACK"]), pan=(pan, CC),
                bin=(digits[:6], "bin"), cc=g.c(["PL", "GB", "RO", "US", "BR", "NG"]), ip=(g.client_ip(), IP),
                n=g.r.randint(4, 60), evse=(g.evse(), "evse_id"))


@_t
def _sessao_br(g):
    p = g.person("pt_BR")
    return _fmt('${ts} Sessão de recarga ${sid} iniciada por ${name} no eletroposto ${site}, conector CCS2, contato ${phone}, '
                'pagamento aprovado R$ ${amt}',
                ts=g.cnts(), sid=(g.sid(), "session_id"), name=(p.full, PER), site=(g.site("BR"), "site"),
                phone=(g.phone("pt_BR"), PH), amt=(g.amount(10, 150).replace(".", ","), "amount"))


@_t
def _zayavka_ru(g):
    p = g.person("ru_RU")
    tech = g.person("ru_RU")
    return _fmt('Заявка ${n}: клиент ${name}, тел. ${phone}, не начинается зарядка на станции ${cp}, ошибка ${err}. '
                'Исполнитель: ${tech}',
                n=g.d(5), name=(p.full, PER), phone=(g.phone("ru_RU"), PH), cp=(g.cp_id(), "charger_id"),
                err=g.c(["EV_COMM_ERROR", "Isolation fault", "E-042"]), tech=(f"{tech.last} {tech.first[0]}.", PER))


@_t
def _paytm(g):
    p = g.person("en_IN")
    m = g.c("6789") + g.d(9)
    return _fmt('${ts} POST /webhooks/paytm 200 body={"ORDERID":"${oid}","TXNAMOUNT":"${amt}","STATUS":"TXN_SUCCESS",'
                '"CUSTID":"${login}","MOBILE_NO":"${m}","EMAIL":"${em}","BANKTXNID":"${btx}"}',
                ts=g.iso(), oid=(f"VG{g.t:%Y%m%d}{g.d(5)}", "order_id"), amt=(f"{g.r.randint(50, 2500)}.00", "amount"),
                login=(p.login, PER), m=(m, PH), em=(p.email, EM), btx=(g.d(12), "transaction_id"))



@_t
def _audit_admin(g):
    return _fmt('${ts} AUDIT actor=${svc} role=${role} action=VIEW_CUSTOMER target=${cust} fields=[email,phone,iban] '
                'src=${ip} ticket=${tid} result=ALLOWED',
                ts=g.iso(), svc=(g.c(["ops-admin", "support-bot", "sa-crm-sync", "svc-billing"]), "service_account"),
                role=g.c(["SUPPORT_L2", "BILLING_ADMIN", "SYSTEM"]), cust=(f"CUST-{g.d(7)}", "customer_id"),
                ip=(g.priv_ip(), "vpn_ip"), tid=(f"CS-{g.d(6)}", "ticket_id"))


@_t
def _gdpr(g):
    return _fmt('${ts} privacy: DSR ${dsr} type=${typ} subject_ref=sha256:${h} records_anonymised=${n} '
                'systems=[crm,billing,ocpp] completed_by=${svc}',
                ts=g.iso(), dsr=(f"DSR-{g.t.year}-{g.d(4)}", "request_id"), typ=g.c(["ERASURE", "ACCESS", "RECTIFICATION"]),
                h=(g.hx(64), "hash"), n=g.r.randint(0, 400), svc=(g.c(["privacy-bot", "svc-dsr"]), "service_account"))


@_t
def _cms_public(g):
    pf = (g.c(_PUBLIC_EN), "public_figure")
    tpl = g.c(['${ts} cms: published article id=${n} title="${pf} praises UK rapid-charging roll-out" author=content-team tags=news,policy',
               '${ts} cms: published article id=${n} title="What ${pf}\'s road trip teaches us about range anxiety" author=content-team tags=blog',
               '${ts} cms: scheduled newsletter id=${n} subject="Charge like ${pf}: our new motorsport partnership" segment=all_members',
               '${ts} social: mention from @${handle} quoting ${pf} on battery recycling, sentiment=0.${s}'])
    return _fmt(tpl, ts=g.iso(), n=g.d(5), pf=pf, handle=(g.c(["electrekco", "insideevs", "BBCNews", "FT"]), "org_handle"),
                s=g.r.randint(10, 99))


@_t
def _staff_note(g):
    staff = g.person("en_GB")
    cust = g.person()
    return _fmt('${date} note by ${staff}: rang back ${first} re failed RFID on ${evse}, sent replacement card ${masked}, closed',
                date=g.date(), staff=(staff.login, PER), first=(cust.first, PER), evse=(g.evse("GB"), "evse_id"),
                masked=(f"****{g.d(4)}", "masked"))


@_t
def _ipv6_nearby(g):
    p = g.person()
    return _fmt('${ts} app-api GET /v2/chargers/nearby?lat=${lat}&lon=${lon}&radius=5km 200 from ${ip} user=${login} ua="VoltGrid/${ver} (${dev})"',
                ts=g.iso(), lat=f"{g.r.uniform(48, 56):.2f}", lon=f"{g.r.uniform(-3, 12):.2f}", ip=(g.ip6(), IP),
                login=(p.login, PER), ver=f"5.{g.r.randint(0, 9)}.{g.r.randint(0, 20)}", dev=g.c(_UAS))


@_t
def _postfix_bounce(g):
    p = g.person(g.c(["fr_FR", "de_DE", "it_IT", "en_GB", "nl_NL"]))
    dom = p.email.split("@")[1]
    rip = g.pub_ip()
    rhost = f"mx{g.r.randint(1, 4)}.{dom}"
    return _fmt('${ts} mx-out postfix/smtp[${pid}]: ${qid}: to=<${em}>, relay=${rh}[${rip}]:25, delay=${d}, '
                'status=bounced (host ${rh2}[${rip2}] said: 550 5.1.1 user unknown)',
                ts=g.sysl(), pid=g.r.randint(1000, 30000), qid=(g.hx(10, True), "queue_id"), em=(p.email, EM),
                rh=(rhost, "hostname"), rip=(rip, "mail_relay"), d=f"{g.r.uniform(0.1, 4):.2f}",
                rh2=(rhost, "hostname"), rip2=(rip, "mail_relay"))


@_t
def _password_leak(g):
    p = g.person()
    return _fmt('${ts} WARN auth-svc password change rejected user=${login} new_password="${pw}" reason=${reason} ip=${ip}',
                ts=g.javats(), login=(p.login, PER), pw=(g.password(), CR),
                reason=g.c(["reuse", "too_short", "breached_list", "no_symbol"]), ip=(g.client_ip(), IP))


@_t
def _ticket_export(g):
    p = g.person()
    return _fmt('{"ticket":{"id":${id},"subject":"${subj}","requester":{"name":"${name}","email":"${em}","phone":"${phone}"},'
                '"assignee":"${bot}","tags":["${t1}","${t2}"],"created_at":"${ts}"}}',
                id=(g.d(6), "ticket_id"), subj=g.c(["Charged twice", "RFID card not working", "Home charger offline",
                                                    "Refund request", "Smart meter not sending readings"]),
                name=(p.display(g.r), PER), em=(p.email, EM), phone=(g.phone(p.loc), PH),
                bot=(g.c(["support-bot", "triage-bot", "unassigned"]), "service_account"),
                t1=g.c(["billing", "rfid", "hardware", "app"]), t2=g.c(["refund", "p2", "vip", "roaming"]), ts=g.iso())


@_t
def _ocpi_credentials(g):
    tok = g.uuid() if g.r.random() < 0.5 else g.an(40, _B64URL)
    return _fmt('${ts} ocpi: credentials handshake with ${cc}*${pid} from ${pip} ok, versions=2.2.1, new token_b=${tok} '
                'stored, old token revoked',
                ts=g.iso(), cc=g.c(["NL", "DE", "BE", "FR"]), pid=g.c(["FAS", "ION", "ALL", "SHL", "EVB"]),
                pip=(g.pub_ip(), "partner_ip"), tok=(tok, CR))


@_t
def _roaming_jp(g):
    p = g.person(g.c(["ja_JP", "ja_JP", "ko_KR"]))
    return _fmt('${ts} roaming: inbound auth from partner ${pp} for member ${name} (tel ${phone}) contract ${contract} '
                'at ${evse} -> ${res}',
                ts=g.iso(), pp=g.c(["JP*ECO", "JP*ENE", "KR*KEP"]), name=(p.full, PER), phone=(g.phone(p.loc), PH),
                contract=(f"{p.cc}-{g.L(3)}-C{g.d(8)}-{g.L(1)}", "contract_id"), evse=(g.evse(), "evse_id"),
                res=g.c(["ACCEPTED", "ACCEPTED", "BLOCKED"]))




# ---- Chinese ----------------------------------------------------------------------------


@_t
def _cn_order_start(g):
    p = g.person("zh_CN")
    return _fmt('${ts} INFO [order-svc] 用户 ${name}(手机号 ${phone}) 在 ${site} ${n}号桩 开始充电，订单号 ${oid}，车辆 ${veh}',
                ts=g.cnts(), name=(p.full, PER), phone=(g.phone("zh_CN", landline=False), PH),
                site=(g.site("CN"), "site"), n=g.r.randint(1, 40), oid=(g.orderno_cn(), "order_id"),
                veh=(g.c(_VEHICLES_CN), "vehicle_model"))


@_t
def _cn_realname(g):
    p = g.person("zh_CN")
    return _fmt('${ts} [实名认证] 认证通过 姓名=${name} 身份证号=${id} 手机=${phone} 渠道=${ch} 流水号=${flow}',
                ts=g.cnts(), name=(p.full, PER), id=(g.cn_id(), CNID), phone=(g.phone("zh_CN", landline=False), PH),
                ch=g.c(["公安二代证核验", "支付宝实名", "运营商三要素"]), flow=(g.orderno_cn(), "flow_id"))


@_t
def _cn_realname_masked(g):
    s = g.cn_sur()
    mname = g.c([s + "*", s + "**", "*" + g.c(_CN_SINGLE)[0]])
    cid = g.cn_id()
    mid = g.c([cid[:6] + "********" + cid[-4:], cid[:3] + "*" * 11 + cid[-4:], cid[:1] + "*" * 16 + cid[-1:]])
    m = g.c(["138", "139", "186", "150"]) + g.d(8)
    return _fmt('${ts} [实名认证] 结果=一致 姓名=${mname} 身份证=${mid} 手机=${mphone} 来源服务=${ip} 耗时=${ms}ms',
                ts=g.cnts(), mname=(mname, "masked"), mid=(mid, "masked"), mphone=(m[:3] + "****" + m[-4:], "masked"),
                ip=(g.priv_ip(), "server_ip"), ms=g.r.randint(40, 900))


@_t
def _cn_kf_ticket(g):
    s1, s2 = g.cn_sur(), g.cn_sur()
    return _fmt('工单#KF${date}-${n} 客户${s1}${t1}来电反映 ${site} ${k}号桩 扫码后无法启动，已远程重启，由客服${x}${s2}跟进，回访电话 ${phone}',
                date=g.now().strftime("%Y%m%d"), n=g.d(4), s1=(s1, PER), t1=g.c(["先生", "女士", "老师", "总"]),
                site=(g.site("CN"), "site"), k=g.r.randint(1, 30), x=g.c(["小", "小", "老"]), s2=(s2, PER),
                phone=(g.phone("zh_CN"), PH))


@_t
def _cn_dispatch_install(g):
    s1, s2 = g.cn_sur(), g.cn_sur()
    return _fmt('${ts} 派单 安装工单 ${job} 指派给 ${s1}师傅(电话 ${tphone})，客户 ${s2}${t2} 车位 ${bay}，预约 ${appt}，桩型号 ${prod}',
                ts=g.cnts(), job=(f"AZ-{g.t.year}-{g.d(5)}", "job_id"), s1=(s1, PER),
                tphone=(g.phone("zh_CN", landline=False), PH), s2=(s2, PER), t2=g.c(["女士", "先生", "小姐"]),
                bay=(f"B{g.r.randint(1, 3)}-{g.d(3)}", "bay"),
                appt=g.later((1, 7)).strftime("%m-%d ") + f"{g.r.randint(9, 17)}:00", prod=(g.c(_CHARGERS_CN), "product"))


@_t
def _cn_json_keys(g):
    p = g.person("zh_CN")
    return _fmt('{"时间":"${ts}","用户名":"${name}","手机号":"${phone}","车牌号":"${plate}","充电量":"${kwh}度",'
                '"金额":"¥${amt}","电站":"${site}"}',
                ts=g.cnts(), name=(p.full, PER), phone=(g.phone("zh_CN", landline=False), PH), plate=(g.plate("CN"), LP),
                kwh=g.kwh(), amt=(g.amount(3, 120), "amount"), site=(g.site("CN"), "site"))


@_t
def _cn_outage_sms(g):
    d = g.later((1, 5))
    return _fmt('${ts} 短信群发 任务${n} 内容="【闪电充】尊敬的用户，因电网检修，${site}将于${d} ${t1}-${t2} 暂停服务，'
                '给您带来不便敬请谅解。客服热线 ${hot}" 发送量=${cnt}',
                ts=g.cnts(), n=g.d(6), site=(g.site("CN"), "site"), d=f"{d.month}月{d.day}日",
                t1=f"{g.r.randint(20, 23)}:00", t2=f"次日0{g.r.randint(1, 6)}:00", hot=(g.hotline("CN"), "hotline"),
                cnt=g.r.randint(100, 50000))


@_t
def _cn_otp(g):
    return _fmt('${ts} 短信发送 mobile=${phone} tpl=SMS_${tpl} 内容="【闪电充】您的验证码为${otp}，5分钟内有效，请勿泄露。" 状态=成功 bizId=${biz}',
                ts=g.cnts(), phone=(g.phone("zh_CN", landline=False), PH), tpl=g.d(9), otp=(g.d(6), CR),
                biz=(f"{g.d(15)}^{g.d(10)}", "biz_id"))


@_t
def _cn_refund(g):
    p = g.person("zh_CN")
    return _fmt('${ts} 退款成功 退款单号=${rf} 原订单=${oid} 用户=${name} 金额=${amt}元 原路退回 ${bank}储蓄卡(尾号${last4})',
                ts=g.cnts(), rf=(f"RF{g.t:%Y%m%d}{g.d(4)}", "refund_id"), oid=(g.orderno_cn(), "order_id"),
                name=(p.full, PER), amt=(g.amount(1, 80), "amount"), bank=(g.c(_CN_BANKS), "company"),
                last4=(g.d(4), "masked"))


@_t
def _cn_bind_card(g):
    p = g.person("zh_CN")
    return _fmt('${ts} WARN [pay-gw] 绑卡请求 cardNo=${card} holder=${name} reservedMobile=${phone} bank=${bank} result=${res}',
                ts=g.javats(), card=(g.card(g.c(["cup", "cup", "cup", "visa", "mc"])), CC), name=(p.full, PER),
                phone=(g.phone("zh_CN", landline=False), PH), bank=(g.c(_CN_BANKS), "company"),
                res=g.c(["SUCCESS", "CARD_INFO_MISMATCH", "SUCCESS"]))


@_t
def _tw_record(g):
    p = g.person("zh_TW")
    return _fmt('充電紀錄：會員 ${name} 於 ${site} 使用 RFID 卡 ${tag} 充電 ${kwh} 度，費用 NT$${amt}，聯絡電話 ${phone}',
                name=(p.full, PER), site=(g.site("TW"), "site"), tag=(g.rfid(), "rfid_uid"), kwh=g.kwh(),
                amt=(str(g.r.randint(40, 900)), "amount"), phone=(g.phone("zh_TW"), PH))


@_t
def _tw_parking(g):
    p = g.person("zh_TW")
    return _fmt('${ts} 停車場車牌辨識：車牌 ${plate} 進場，充電車位 ${bay}，會員 ${name}，折抵停車 ${h} 小時',
                ts=g.now().strftime("%Y/%m/%d %H:%M"), plate=(g.plate("TW"), LP), bay=(f"E-{g.d(2)}", "bay"),
                name=(p.full, PER), h=g.r.randint(1, 4))


@_t
def _cn_fleet(g):
    p = g.person("zh_CN")
    return _fmt('${ts} [车队管理] 司机 ${name}(工号 ${emp}) 驾驶 ${plate} 于 ${site} 充电 ${kwh}kWh，费用 ${amt} 元计入 ${comp} 月结账户',
                ts=g.cnts(), name=(p.full, PER), emp=(f"DRV{g.d(5)}", "employee_id"), plate=(g.plate("CN"), LP),
                site=(g.site("CN"), "site"), kwh=g.kwh(), amt=(g.amount(5, 150), "amount"), comp=(g.c(_CN_COS), "company"))


@_t
def _cn_meter(g):
    return _fmt('${ts} [抄表] 表号 ${meter} 正向有功总 ${imp}kWh 反向有功总 ${exp}kWh 集中器 ${conc} 采集器IP ${ip} 规约 DL/T645-2007',
                ts=g.cnts(), meter=(g.dn(12), "meter_id"), imp=f"{g.r.uniform(10, 90000):.2f}",
                exp=f"{g.r.uniform(0, 300):.2f}", conc=(g.dn(9), "meter_id"), ip=(g.priv_ip(), "server_ip"))


@_t
def _cn_cp_fault(g):
    return _fmt('${ts} 桩 ${cp} 上报故障: ${fault}, 固件版本 ${fw}, 枪号 ${gun}, 模块温度 ${t}℃',
                ts=g.cnts(), cp=(f"{g.c(['SZ-NS', 'BJ-CY', 'SH-MH', 'HZ-XH'])}-{g.d(4)}", "charger_id"),
                fault=g.c(["急停按钮按下", "绝缘检测故障", "输出过压", "BMS通信超时", "门禁告警"]),
                fw=(g.version4(), "version"), gun=g.r.randint(1, 2), t=g.r.randint(30, 95))


@_t
def _cn_complaint(g):
    s = g.cn_sur()
    return _fmt('客户投诉：${s}${t}称其在 ${app} App 上被重复扣费两次（订单 ${oid}），要求退款；已于 ${time} 回访 ${phone}',
                s=(s, PER), t=g.c(["女士", "先生"]), app=(g.c(_CN_APPS), "company"), oid=(g.orderno_cn(), "order_id"),
                time=g.now().strftime("%H:%M"), phone=(g.phone("zh_CN", landline=False), PH))


@_t
def _cn_wxpay(g):
    return _fmt('${ts} 微信支付回调 out_trade_no=${otn} transaction_id=${tid} total_fee=${fee} result_code=SUCCESS sign=${sign}',
                ts=g.cnts(), otn=(f"VG{g.t:%Y%m%d}{g.d(6)}", "order_id"), tid=(f"42000{g.d(23)}", "transaction_id"),
                fee=(str(g.r.randint(100, 20000)), "amount"), sign=(g.hx(32, True), "hash"))


@_t
def _cn_register(g):
    p = g.person("zh_CN")
    return _fmt('{"event":"register","ts":${epoch},"realName":"${name}","mobile":"${phone}","email":"${em}","regIp":"${ip}",'
                '"channel":"${ch}","inviteCode":"${inv}"}',
                epoch=(g.epoch_ms(), "timestamp"), name=(p.full, PER), phone=(g.phone("zh_CN", landline=False), PH),
                em=(p.email, EM), ip=(g.client_ip(), IP), ch=g.c(["wechat_mp", "app_store", "huawei", "h5"]),
                inv=(g.an(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "invite_code"))


@_t
def _cn_login(g):
    p = g.person("zh_CN")
    return _fmt('${ts} 登录成功 账号=${login} IP=${ip} 设备=${dev} 版本=${ver} 归属地=${loc}',
                ts=g.cnts(), login=(p.login, PER), ip=(g.client_ip(), IP),
                dev=g.c(["iPhone 15 Pro", "HUAWEI Mate 60", "Xiaomi 14", "OPPO Find X7", "vivo X100"]),
                ver=f"5.{g.r.randint(0, 9)}.{g.r.randint(0, 20)}", loc=g.c(["广东深圳", "北京", "上海", "浙江杭州", "四川成都"]))


@_t
def _cn_java_exc(g):
    p = g.person("zh_CN")
    return _fmt('${ts} ERROR [charge-svc] com.shandian.order.exception.BizException: 用户[${name},${phone}]余额不足，无法启动充电 '
                'at com.shandian.order.service.ChargeService.start(ChargeService.java:${line})',
                ts=g.javats(), name=(p.full, PER), phone=(g.phone("zh_CN", landline=False), PH), line=g.r.randint(60, 500))


@_t
def _cn_push_public(g):
    title = g.c([("「", "鲁迅", "说：其实地上本没有路，走的人多了，也便成了路」绿色出行从充电开始"),
                 ("", "雷军", "发布小米SU7，首充享5折"),
                 ("", "王传福", "：比亚迪车主专属充电福利上线"),
                 ("跟着", "李白", "游蜀道，沿途超充站全覆盖"),
                 ("", "李斌", "宣布蔚来换电站开放给更多品牌"),
                 ("", "马斯克", "称超充网络将向所有电动车开放")])
    return _fmt('${ts} [运营推送] 活动 ${id} 标题「${pre}${pf}${post}」 推送用户数 ${n} 点击率 ${ctr}%',
                ts=g.cnts(), id=(f"MKT{g.d(5)}", "campaign_id"), pre=title[0], pf=(title[1], "public_figure"),
                post=title[2], n=g.r.randint(1000, 900000), ctr=f"{g.r.uniform(0.5, 9):.1f}")


@_t
def _cn_invoice(g):
    p = g.person("zh_CN")
    return _fmt('${ts} 电子发票开具成功 发票号码 ${fp} 抬头=${comp} 税号=${uscc} 金额=${amt} 接收邮箱=${em}',
                ts=g.cnts(), fp=(f"{g.t.year % 100}{g.d(18)}", "invoice_id"), comp=(g.c(_CN_COS), "company"),
                uscc=(g.uscc(), "tax_id"), amt=(g.amount(20, 3000), "amount"), em=(p.email, EM))


@_t
def _cn_alert_role(g):
    return _fmt('${ts} 告警邮件已发送至 ${r1}, ${r2}：${region} ${n} 个充电站离线，最近心跳 ${hb}',
                ts=g.cnts(), r1=(g.c(["ops@shandianchong.com", "noc@shandianchong.com"]), "role_mailbox"),
                r2=(g.c(["alert@shandianchong.com", "oncall@shandianchong.com"]), "role_mailbox"),
                region=g.c(["华东区", "华南区", "华北区", "西南区"]), n=g.r.randint(2, 60), hb=g.cnts())


@_t
def _cn_barrier(g):
    return _fmt('${ts} 道闸 ${gate} 出场 车牌=${plate} 充电订单已核验 减免停车 ${h} 小时 操作员=${op}',
                ts=g.cnts(), gate=(f"G{g.d(2)}", "gate_id"), plate=(g.plate("CN"), LP), h=g.r.randint(1, 3),
                op=(g.c(["system", "auto", "admin"]), "service_account"))


@_t
def _cn_passport(g):
    loc = g.c(["en_US", "en_GB", "de_DE", "fr_FR", "ja_JP", "ko_KR", "ru_RU", "zh_CN"])
    p = g.person(loc)
    nat = {"en_US": "美国", "en_GB": "英国", "de_DE": "德国", "fr_FR": "法国", "ja_JP": "日本", "ko_KR": "韩国",
           "ru_RU": "俄罗斯", "zh_CN": "中国"}[loc]
    name = p.full if loc in ("zh_CN", "ja_JP") else p.latin
    return _fmt('${ts} 境外用户实名认证 姓名=${name} 证件类型=护照 证件号=${pp} 国籍=${nat} 结果=通过',
                ts=g.cnts(), name=(name, PER), pp=(g.passport(p.cc), PP), nat=nat)


@_t
def _tw_kf(g):
    s1, s2 = g.tw_sur(), g.tw_sur()
    d = g.later((1, 6))
    return _fmt('客服紀錄 #TW-${n}：${s1}${t1} 來電表示家用充電樁安裝後跳電，已安排技師${s2}師傅於 ${d} 到府檢修，聯絡手機 ${phone}',
                n=g.d(5), s1=(s1, PER), t1=g.c(["先生", "小姐", "太太"]), s2=(s2, PER), d=f"{d.month}/{d.day}",
                phone=(g.phone("zh_TW", landline=False), PH))


@_t
def _cn_aliyun(g):
    return _fmt('${ts} 配置加载 sms.provider=aliyun sms.signName=闪电充 sms.accessKeySecret=${sec} sms.templateCode=SMS_${tpl} '
                'oss.bucket=sdc-invoice',
                ts=g.javats(), sec=(g.an(30), CR), tpl=g.d(9))


@_t
def _cn_call_popup(g):
    s = g.cn_sur()
    return _fmt('${ts} 来电弹屏 主叫=${phone} 被叫=${hot} 坐席工号=${agent} 客户=${s}${t} 历史工单 ${n} 条',
                ts=g.cnts(), phone=(g.phone("zh_CN"), PH), hot=(g.hotline("CN"), "hotline"),
                agent=(g.d(4), "agent_id"), s=(s, PER), t=g.c(["先生", "女士"]), n=g.r.randint(0, 12))


@_t
def _cn_audit_export(g):
    p = g.person("zh_CN")
    return _fmt('${ts} [审计] 操作人 ${login}(${name}) 导出用户数据 ${n} 条，来源IP ${ip}，审批单 ${oa}',
                ts=g.cnts(), login=(p.login, PER), name=(p.full, PER), n=g.r.randint(10, 50000),
                ip=(g.priv_ip(), "office_ip"), oa=(f"OA-{g.t.year}-{g.d(4)}", "approval_id"))


@_t
def _cn_home_install(g):
    p = g.person("zh_CN")
    return _fmt('${ts} [家充报装] 申请单 ${no} 业主=${name} 证件号=${id} 联系电话=${phone} 小区=${xq} 车位=${bay} 电网户号=${hh}',
                ts=g.cnts(), no=(f"JC{g.t:%Y%m%d}{g.d(4)}", "application_id"), name=(p.full, PER), id=(g.cn_id(), CNID),
                phone=(g.phone("zh_CN", landline=False), PH),
                xq=(g.c(["万科城市花园", "碧桂园凤凰城", "保利香槟国际", "绿城桂花园", "龙湖春江郦城"]), "site"),
                bay=(f"B{g.r.randint(1, 3)}-{g.d(3)}", "bay"), hh=(g.dn(10), "account_id"))


@_t
def _tw_sms_install(g):
    s1, s2 = g.tw_sur(), g.tw_sur()
    d = g.later((2, 10))
    return _fmt('${ts} 簡訊發送 ${phone} 內容="【VoltGrid】親愛的${s1}${t1}，您預約的家用充電樁安裝已確認：${d}，技師${s2}師傅（${tphone}）將提前致電聯繫。"',
                ts=g.now().strftime("%Y/%m/%d %H:%M:%S"), phone=(g.phone("zh_TW", landline=False), PH), s1=(s1, PER),
                t1=g.c(["先生", "小姐"]), d=f"{d.month}月{d.day}日 {g.c(['上午', '下午'])}", s2=(s2, PER),
                tphone=(g.phone("zh_TW", landline=False), PH))



@_t
def _cn_fleet_idcard(g):
    p = g.person("zh_CN")
    return _fmt('${ts} [车队] 新增司机 ${name} 身份证 ${id} 驾驶证档案号 ${lic} 绑定车辆 ${plate} 所属 ${comp}',
                ts=g.cnts(), name=(p.full, PER), id=(g.cn_id(), CNID), lic=(g.d(12), "licence_file_no"),
                plate=(g.plate("CN"), LP), comp=(g.c(_CN_COS), "company"))



TEMPLATE_COUNT = len(_TEMPLATES)


# --------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------


def blind_log40(n: int, seed: int = 0) -> list:
    g = _G(seed)
    out = []
    k_templates = len(_TEMPLATES)
    for _ in range(n):
        k = g.r.randrange(k_templates)
        text, spans, decoys = _TEMPLATES[k](g)
        rec = {"text": text, "spans": spans, "decoys": decoys, "template": k}
        _check(rec)
        out.append(rec)
    return out


if __name__ == "__main__":  # pragma: no cover
    import collections
    import sys
    import time

    t0 = time.time()
    lines = blind_log40(5000, int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    dt = time.time() - t0
    cnt = collections.Counter(s[2] for rec in lines for s in rec["spans"])
    print(f"templates={TEMPLATE_COUNT} lines={len(lines)} time={dt:.2f}s")
    for k, v in sorted(cnt.items()):
        print(f"  {k:16s} {v}")
    print("  no-PII lines:", sum(1 for rec in lines if not rec["spans"]))
