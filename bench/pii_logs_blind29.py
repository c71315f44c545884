"""Blind benchmark data: log lines of a car dealership group and its repair shops.

Sales CRM, test drives, financing applications, service bay work orders, parts,
roadside assistance, rental fleet and telematics, in English, Chinese (simplified
and traditional) and a few other European languages.

    blind_log29(n, seed=0) -> list of {"text", "spans", "decoys", "template"}

spans:  [start, end, TYPE]  personal values planted in the line
decoys: [start, end, kind]  look-alike values that are not personal data
Only the standard library and Faker are used.
"""
import datetime
import json
import random
import string
import unicodedata

from faker import Faker

TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
    "LICENSE_PLATE",
}

LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES",
           "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR",
           "vi_VN"]

EN_MIX = (["en_US"] * 8 + ["en_GB"] * 3 + ["en_IN"] * 2 +
          ["es_ES", "fr_FR", "de_DE", "pt_BR", "it_IT", "nl_NL", "pl_PL", "tr_TR",
           "ru_RU", "ja_JP", "ko_KR", "zh_CN", "vi_VN"])
# names of customers of a US store (phone / plate stay American)
US_MIX = (["en_US"] * 10 + ["en_IN", "es_ES", "zh_CN", "ko_KR", "vi_VN", "ru_RU",
                            "pt_BR", "ja_JP", "pl_PL", "it_IT"])
EU_MIX = ["en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL", "pl_PL", "tr_TR", "pt_BR"]
FOREIGN_MIX = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU", "ko_KR", "ja_JP", "it_IT",
               "es_ES", "en_IN", "tr_TR", "vi_VN", "pl_PL", "nl_NL", "pt_BR"]

_FAKER = None


def _faker():
    global _FAKER
    if _FAKER is None:
        _FAKER = Faker(LOCALES)
    return _FAKER


# --------------------------------------------------------------------------
# segment machinery: a line is a nested list of str and (value, label) tuples;
# an UPPERCASE label is a personal span, a lowercase one a decoy.
# --------------------------------------------------------------------------
_FMT = string.Formatter()
_PARSED = {}


def F(fmt, **kw):
    parsed = _PARSED.get(fmt)
    if parsed is None:
        parsed = list(_FMT.parse(fmt))
        _PARSED[fmt] = parsed
    out = []
    for lit, field, _spec, _conv in parsed:
        if lit:
            out.append(lit)
        if field is not None:
            out.append(kw[field])
    return out


class O(list):
    """JSON object: list of (key, value) pairs."""


class A(list):
    """JSON array."""


class Q(list):
    """JSON string made of several segments (labels inside a longer string)."""


def raw(v, lab):
    """labelled JSON value written without quotes (numbers)."""
    return (v, lab, "raw")


def _jstr_ok(s):
    q = json.dumps(s, ensure_ascii=False)
    assert q == '"' + s + '"', ("needs escaping", s)


def _jv(v, out, sp):
    if isinstance(v, O):
        out.append("{")
        for i, (k, x) in enumerate(v):
            if i:
                out.append(", " if sp else ",")
            out.append(json.dumps(k, ensure_ascii=False) + (": " if sp else ":"))
            _jv(x, out, sp)
        out.append("}")
    elif isinstance(v, A):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(", " if sp else ",")
            _jv(x, out, sp)
        out.append("]")
    elif isinstance(v, Q):
        out.append('"')
        flat = []
        _flatten(list(v), flat)
        for s, lab in flat:
            _jstr_ok(s)
            out.append(s if lab is None else (s, lab))
        out.append('"')
    elif isinstance(v, tuple):
        if len(v) == 3:
            out.append((v[0], v[1]))
        else:
            _jstr_ok(v[0])
            out.extend(['"', (v[0], v[1]), '"'])
    elif isinstance(v, bool):
        out.append("true" if v else "false")
    elif v is None:
        out.append("null")
    elif isinstance(v, (int, float)):
        out.append(str(v))
    else:
        out.append(json.dumps(v, ensure_ascii=False))


def J(obj, sp=None):
    out = []
    _jv(obj, out, True if sp is None else sp)
    return out


def _flatten(seg, out):
    if isinstance(seg, str):
        if seg:
            out.append((seg, None))
    elif isinstance(seg, tuple):
        out.append((seg[0], seg[1]))
    else:
        for s in seg:
            _flatten(s, out)


def _build(segs, tid):
    flat = []
    _flatten(segs, flat)
    parts, spans, decoys, vals = [], [], [], []
    pos = 0
    for v, lab in flat:
        if lab is not None:
            assert isinstance(v, str) and v, (tid, lab, v)
            assert v == v.strip(), (tid, lab, v)
            if lab.isupper():
                assert lab in TYPES, (tid, lab)
                spans.append([pos, pos + len(v), lab])
            else:
                assert lab.replace("_", "").isalpha() and lab.islower(), (tid, lab)
                decoys.append([pos, pos + len(v), lab])
            vals.append((pos, pos + len(v), v))
        parts.append(v)
        pos += len(v)
    text = "".join(parts)
    assert "\n" not in text and "\r" not in text, (tid, text)
    for s, e, v in vals:
        assert text[s:e] == v, (tid, v)
    allr = sorted([(s, e) for s, e, _ in spans] + [(s, e) for s, e, _ in decoys])
    for (s1, e1), (s2, e2) in zip(allr, allr[1:]):
        assert e1 <= s2, (tid, "overlap", text[s1:e1], text[s2:e2])
    return {"text": text, "spans": spans, "decoys": decoys, "template": tid}


# --------------------------------------------------------------------------
# value tables
# --------------------------------------------------------------------------
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
BASE = datetime.datetime(2024, 1, 1)

PINYIN = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang",
    "黄": "huang", "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun",
    "马": "ma", "朱": "zhu", "胡": "hu", "郭": "guo", "何": "he", "高": "gao",
    "林": "lin", "罗": "luo", "郑": "zheng", "梁": "liang", "谢": "xie", "宋": "song",
    "唐": "tang", "许": "xu", "韩": "han", "冯": "feng", "邓": "deng", "曹": "cao",
    "彭": "peng", "曾": "zeng", "肖": "xiao", "田": "tian", "董": "dong", "袁": "yuan",
    "潘": "pan", "于": "yu", "蒋": "jiang", "蔡": "cai", "余": "yu", "杜": "du",
    "叶": "ye", "程": "cheng", "苏": "su", "魏": "wei", "吕": "lv", "丁": "ding",
    "任": "ren", "沈": "shen", "姚": "yao", "卢": "lu", "姜": "jiang", "崔": "cui",
    "钟": "zhong", "谭": "tan", "陆": "lu", "汪": "wang", "范": "fan", "金": "jin",
    "石": "shi", "廖": "liao", "贾": "jia", "夏": "xia", "韦": "wei", "付": "fu",
    "方": "fang", "白": "bai", "邹": "zou", "孟": "meng", "熊": "xiong", "秦": "qin",
    "邱": "qiu", "江": "jiang", "尹": "yin", "薛": "xue", "闫": "yan", "段": "duan",
    "雷": "lei", "侯": "hou", "龙": "long", "史": "shi", "陶": "tao", "黎": "li",
    "贺": "he", "顾": "gu", "毛": "mao", "郝": "hao", "龚": "gong", "邵": "shao",
    "万": "wan", "钱": "qian", "严": "yan", "武": "wu", "戴": "dai", "莫": "mo",
    "孔": "kong", "向": "xiang", "汤": "tang", "常": "chang", "温": "wen", "康": "kang",
    "施": "shi", "文": "wen", "牛": "niu", "樊": "fan", "葛": "ge", "邢": "xing",
    "安": "an", "齐": "qi", "易": "yi", "乔": "qiao", "伍": "wu", "庞": "pang",
    "颜": "yan", "倪": "ni", "庄": "zhuang", "聂": "nie", "章": "zhang", "鲁": "lu",
    "岳": "yue", "翟": "zhai", "殷": "yin", "詹": "zhan", "申": "shen", "欧": "ou",
    "耿": "geng", "关": "guan", "兰": "lan", "焦": "jiao", "俞": "yu", "左": "zuo",
    "柳": "liu", "甘": "gan", "祝": "zhu", "包": "bao", "宁": "ning", "尚": "shang",
    "陳": "chen", "黃": "huang", "張": "zhang", "劉": "liu", "楊": "yang", "趙": "zhao",
    "吳": "wu", "許": "xu", "鄭": "zheng", "謝": "xie", "賴": "lai", "蕭": "xiao",
    "葉": "ye", "羅": "luo", "呂": "lu", "蘇": "su", "鍾": "zhong", "盧": "lu",
    "顏": "yan", "莊": "zhuang", "簡": "jian", "游": "you", "洪": "hong", "歐陽": "ouyang",
    "欧阳": "ouyang", "司马": "sima", "上官": "shangguan", "诸葛": "zhuge",
}
KO_SUR = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
    "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh",
    "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song",
    "류": "ryu", "전": "jeon", "홍": "hong", "고": "ko", "문": "moon", "양": "yang",
    "손": "son", "배": "bae", "백": "baek", "허": "heo", "유": "yoo", "남": "nam",
    "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha",
    "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na",
}
KO_GIVEN = ["minjun", "seoyeon", "jiwoo", "hyunwoo", "jisoo", "yejin", "dohyun",
            "sumin", "jihoon", "eunji", "seungmin", "hayoon", "junho", "minseo",
            "taeyang", "soyeon", "jaehyun", "dayoung"]
VI_GIVEN = ["Văn An", "Thị Hoa", "Minh Tuấn", "Thu Trang", "Quốc Bảo", "Ngọc Lan",
            "Đức Anh", "Hoàng Nam", "Thanh Hương", "Hữu Phước", "Thị Mai", "Gia Huy",
            "Bảo Ngọc", "Quang Vinh", "Khánh Linh", "Tiến Dũng"]
CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
       "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
       "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
       "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
       "я": "ya"}
FOLD = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
        "ı": "i", "đ": "d", "Đ": "D", "œ": "oe"}

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "zh_CN": ["163.com", "126.com", "sina.com", "foxmail.com", "gmail.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "ja_JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "ko_KR": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "ru_RU": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl_PL": ["wp.pl", "onet.pl", "gmail.com", "interia.pl"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}
DEALER_DOMAINS = ["lakesidetoyota.com", "metrohonda.com", "northgatemotors.co.uk",
                  "autohaus-brandt.de", "riversideford.com", "pacificautogroup.com",
                  "garage-dumont.fr", "concesionariosol.es", "crownkia.com", "dg-auto.cn",
                  "huatong-auto.com.cn", "valleychevy.com"]
DEALERS = ["Lakeside Toyota", "Metro Honda of Queens", "Northgate BMW", "Riverside Ford Lincoln",
           "Frank Dalton Ford", "Pacific Auto Group", "Sunset Hyundai", "Crown Kia",
           "Valley Chevrolet", "Harbor Volkswagen", "Summit Subaru", "Northgate Motors Ltd",
           "Autohaus Brandt GmbH", "Garage Dumont SAS", "Concesionario Sol Motor",
           "Bayview Nissan", "Peak Mazda"]
DEALERS_CN = ["深圳华通比亚迪4S店", "上海永达宝马", "广州广物丰田", "北京亚之杰奔驰",
              "杭州元通大众", "成都建国汽车", "南京东风日产城东店", "武汉吉利星越体验中心",
              "苏州理想汽车交付中心"]
DEALERS_TW = ["台北和泰汽車", "台中國都汽車", "高雄匯豐汽車", "新竹中華三菱"]
LENDERS = ["Ally Financial", "Toyota Financial Services", "Capital One Auto Finance",
           "Santander Consumer USA", "Chase Auto", "Westlake Financial",
           "Honda Financial Services", "BMW Financial Services", "Wells Fargo Dealer Services"]
LENDERS_CN = ["平安银行", "招商银行", "上汽通用汽车金融", "丰田汽车金融（中国）", "微众银行", "比亚迪汽车金融"]
INSURERS = ["State Farm", "GEICO", "Progressive", "Allstate", "Aviva", "Direct Line",
            "Allianz", "AXA", "Liberty Mutual", "USAA"]
INSURERS_CN = ["中国人保财险", "平安产险", "太平洋保险", "大地保险"]
TOW = ["QuickTow LLC", "AAA Northern California", "Road Rescue Ltd", "ADAC Straßenwacht",
       "Dépannage Express", "Agero", "Allstate Roadside", "Bluebird Towing Co."]
TOW_CN = ["安联救援", "路路通道路救援", "中石化易捷救援", "途虎救援"]
MODELS = ["Toyota Camry SE", "Toyota RAV4 XLE", "Honda CR-V EX-L", "Ford F-150 Lariat",
          "Ford Mustang Mach-E", "Chevrolet Silverado 1500", "BMW X5 xDrive40i",
          "Mercedes-Benz C 300", "Volkswagen Golf GTI", "Tesla Model Y", "Hyundai Tucson SEL",
          "Kia Sportage", "Subaru Outback", "Nissan Rogue", "Porsche Macan",
          "Jeep Grand Cherokee", "Lincoln Aviator", "Peugeot 3008", "Renault Clio",
          "Skoda Octavia", "Fiat 500e", "Volvo XC60", "Dodge Durango", "Lexus RX 350h"]
MODELS_CN = ["比亚迪 汉EV", "比亚迪 秦PLUS DM-i", "吉利 星越L", "大众 帕萨特", "丰田 凯美瑞",
             "本田 雅阁", "宝马 5系", "奔驰 E级", "理想 L7", "小米 SU7", "长安 UNI-V",
             "蔚来 ET5", "特斯拉 Model 3", "日产 轩逸"]
MODELS_TW = ["TOYOTA Corolla Cross", "Lexus NX 350h", "Honda HR-V", "Mazda CX-5",
             "Ford Kuga", "Nissan Kicks"]
PUBLIC_FIGURES = ["Lewis Hamilton", "Elon Musk", "Enzo Ferrari", "Ayrton Senna",
                  "Michael Schumacher", "Henry Ford", "Ferdinand Porsche", "Max Verstappen",
                  "Dale Earnhardt Jr.", "Jeremy Clarkson", "Taylor Swift", "Ken Block"]
PUBLIC_FIGURES_CN = ["雷军", "王传福", "李书福", "李想", "何小鹏", "周杰伦", "刘德华"]
SYSACCTS = ["svc-dms", "svc_backup", "root", "jenkins", "cdk-sync", "dealertrack-api",
            "etl_batch", "www-data", "telematics-ingest", "svc-parts-replenish",
            "system", "admin", "crm-worker", "ansible"]
PARTS = [("90915-YZZD3", "oil filter"), ("04465-33450", "front brake pad kit"),
         ("17801-0H080", "air filter element"), ("15400-PLM-A02", "oil filter"),
         ("LR031439", "cabin filter"), ("5Q0 698 151 B", "rear brake pads"),
         ("FL-910S", "oil filter"), ("0 986 494 618", "brake pads"),
         ("31 33 6 852 157", "strut mount"), ("52129-0R909", "bumper cover"),
         ("H6-AGM", "battery H6 AGM"), ("SP-493", "spark plug")]
DTCS = ["P0420", "P0301", "P0171", "C1201", "U0100", "P0455", "B1318", "P0128", "P0700", "P2463"]
COMPLAINTS = ["grinding noise from front left when braking", "check engine light on",
              "A/C blows warm air", "vibration at highway speed", "oil leak under engine",
              "battery keeps dying overnight", "infotainment screen reboots",
              "pulls to the right", "rattle from dashboard", "TPMS light on"]
COMPLAINTS_CN = ["左前轮异响", "发动机故障灯亮", "空调不制冷", "高速方向盘抖动",
                 "车机黑屏重启", "底盘漏油", "电瓶亏电无法启动", "刹车异响"]
WMI = ["1HG", "JTD", "WBA", "WVW", "5YJ", "LGX", "LSV", "KMH", "VF1", "ZFA", "3FA",
       "1FT", "WDD", "TMB", "KNA", "SAL", "YV1", "LFV", "JN1", "2T3"]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2,
                                               3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
CN_AREAS = ["110101", "110105", "110108", "310101", "310115", "320102", "330106", "440106",
            "440305", "440304", "510107", "420106", "500103", "610113", "370202", "350203",
            "210102", "120101", "430104", "410105", "340104", "360102", "450103", "130102"]
CN_PROV = "京沪粤苏浙川鄂渝陕鲁闽辽津湘豫皖赣桂冀"
PUBLIC_OCT = [23, 24, 31, 37, 45, 46, 50, 58, 61, 66, 68, 71, 73, 76, 77, 78, 81, 82, 84, 86,
              88, 89, 91, 93, 95, 98, 101, 103, 106, 110, 112, 113, 114, 115, 117, 118, 119,
              120, 121, 122, 123, 124, 125, 171, 175, 176, 178, 180, 182, 183, 185, 186, 187,
              188, 189, 190, 191, 193, 194, 195, 197, 200, 201, 206, 212, 213, 217, 218, 219,
              220, 221, 222, 223]
V6_PREFIX = ["2600:1700", "2a02:810d", "240e:3b7", "2409:8a28", "2001:16b8", "2a01:cb00",
             "2804:14c", "2607:fb90", "2a00:23c5"]
PW_WORDS = ["Camry", "Mustang", "Summer", "Falcon", "dragon", "Welcome", "Sunshine", "Tiger",
            "Porsche", "qwerty", "Chelsea", "Liverpool", "Bella", "Shadow", "monkey", "Passw0rd"]
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/121.0 Mobile",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Version/17.3 Safari"]


def _luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def _mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


class Person:
    __slots__ = ("loc", "cc", "first", "last", "full", "lf", "ll")


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = _faker()
        self.f.seed_instance(seed)

    # ---- basics
    def ch(self, seq):
        return self.r.choice(seq)

    def pct(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def d(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))

    def s(self, n, alpha=UP):
        return "".join(self.r.choice(alpha) for _ in range(n))

    # ---- people
    def person(self, loc=None, mix=EN_MIX, cc=None):
        loc = loc or self.ch(mix)
        fk = self.f[loc]
        p = Person()
        p.loc = loc
        p.cc = cc or loc
        if loc == "vi_VN":
            p.last, p.first = fk.last_name(), self.ch(VI_GIVEN)
        elif loc == "ru_RU":
            if self.pct(0.5):
                p.first, p.last = fk.first_name_male(), fk.last_name_male()
            else:
                p.first, p.last = fk.first_name_female(), fk.last_name_female()
        else:
            p.first, p.last = fk.first_name(), fk.last_name()
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            p.full = p.last + p.first
        elif loc == "ja_JP":
            p.full = p.last + self.ch([" ", "", "\u3000"]) + p.first
        elif loc == "vi_VN":
            p.full = p.last + " " + p.first
        else:
            p.full = p.first + " " + p.last
        if loc in ("zh_CN", "zh_TW"):
            p.ll = PINYIN.get(p.last) or self._ascii(fk.last_romanized_name())
            p.lf = self._ascii(self.f["zh_CN"].first_romanized_name())
        elif loc == "ja_JP":
            p.ll = self._ascii(fk.last_romanized_name())
            p.lf = self._ascii(fk.first_romanized_name())
        elif loc == "ko_KR":
            p.ll = KO_SUR.get(p.last, "kim")
            p.lf = self.ch(KO_GIVEN)
        elif loc == "ru_RU":
            p.ll = self._ascii("".join(CYR.get(c, c) for c in p.last.lower()))
            p.lf = self._ascii("".join(CYR.get(c, c) for c in p.first.lower()))
        else:
            p.ll = self._ascii(p.last)
            p.lf = self._ascii(p.first)
        p.ll = p.ll or "user"
        p.lf = p.lf or "driver"
        return p

    @staticmethod
    def _ascii(s):
        s = "".join(FOLD.get(c, c) for c in s)
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s.lower() if c in LOW)

    def P(self, p):
        return (p.full, "PERSON")

    def FN(self, p):
        return (p.first, "PERSON")

    def LN(self, p):
        return (p.last, "PERSON")

    def PV(self, p):
        """a name in one of several written forms, one span."""
        if p.loc in ("zh_CN", "zh_TW", "ko_KR", "ja_JP"):
            return (p.full, "PERSON")
        k = self.r.random()
        if k < 0.15:
            return (p.last + ", " + p.first, "PERSON")
        if k < 0.22:
            return (p.full.upper(), "PERSON")
        return (p.full, "PERSON")

    def login(self, p):
        f, l = p.lf, p.ll
        k = self.ri(0, 6)
        if k == 0:
            v = f[0] + l
        elif k == 1:
            v = f + "." + l
        elif k == 2:
            v = f[0] + l + str(self.ri(1, 99))
        elif k == 3:
            v = f + "_" + l
        elif k == 4:
            v = l + f[0]
        elif k == 5:
            v = l + "." + f
        else:
            v = f + l[0] + str(self.ri(1, 9))
        return (v, "PERSON")

    def email_str(self, p, domain=None):
        if domain is None and p.loc == "zh_CN" and self.pct(0.35):
            return str(self.ri(100000, 2999999999)) + "@qq.com"
        f, l = p.lf, p.ll
        k = self.ri(0, 7)
        n = str(self.ri(1, 9999))
        local = [f + "." + l, f[0] + l, f + l + n, l + "." + f, f + "_" + l, f + n,
                 l + f[0] + n[:2], f + "." + l + n[:2]][k]
        if domain is None:
            domain = self.ch(MAIL_DOMAINS.get(p.loc, ["gmail.com"]) + ["gmail.com", "outlook.com"])
        return local + "@" + domain

    def EM(self, p, domain=None):
        return (self.email_str(p, domain), "EMAIL_ADDRESS")

    # ---- phones
    def phone_str(self, cc, intl=None):
        d, ri, ch = self.d, self.ri, self.ch
        if intl is None:
            intl = self.pct(0.25)
        if cc == "en_US":
            a = ch(["212", "312", "415", "646", "702", "713", "818", "917", "305", "404",
                    "503", "617", "720", "214", "480", "206", "773", "510"])
            x, l = str(ri(201, 989)), d(4)
            if intl:
                return ch(["+1 " + a + "-" + x + "-" + l, "+1" + a + x + l, "1-" + a + "-" + x + "-" + l,
                           "+1 (" + a + ") " + x + "-" + l])
            return ch(["(" + a + ") " + x + "-" + l, a + "-" + x + "-" + l, a + "." + x + "." + l,
                       a + x + l, a + " " + x + " " + l])
        if cc == "en_GB":
            if self.pct(0.7):
                m = "7" + ch(["700", "911", "812", "723", "446", "984", "535"]) + " " + d(6)
                return ("+44 " + m) if intl else ("0" + m)
            ln = ch(["20 7946 " + d(4), "161 496 " + d(4), "121 496 " + d(4), "113 496 " + d(4)])
            return ("+44 " + ln) if intl else ("0" + ln)
        if cc == "en_IN":
            m = ch("6789") + d(4)
            r5 = d(5)
            return ch(["+91 " + m + " " + r5, "+91-" + m + r5, "0" + m + r5]) if intl else ch([m + " " + r5, m + r5])
        if cc == "zh_CN":
            if self.pct(0.88):
                pre = ch(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                          "151", "152", "155", "156", "158", "159", "166", "176", "177", "180",
                          "181", "182", "185", "186", "187", "188", "189", "198", "199"])
                a, b = d(4), d(4)
                if intl:
                    return ch(["+86 " + pre + " " + a + " " + b, "+86" + pre + a + b, "+86-" + pre + "-" + a + "-" + b])
                return ch([pre + a + b, pre + a + b, pre + " " + a + " " + b, pre + "-" + a + "-" + b])
            return ch(["010-" + ch("68") + d(7), "021-" + ch("56") + d(7), "0755-" + ch("28") + d(7),
                       "(020) " + ch("38") + d(7)])
        if cc == "zh_TW":
            if self.pct(0.8):
                a, b, c = "9" + d(2), d(3), d(3)
                return ("+886 " + a + " " + b + " " + c) if intl else ch(["0" + a + "-" + b + "-" + c, "0" + a + b + c])
            return ch(["(02) 2" + d(3) + "-" + d(4), "02-2" + d(3) + "-" + d(4), "(04) 2" + d(3) + "-" + d(4)])
        if cc == "fr_FR":
            g = [d(2) for _ in range(4)]
            p = ch(["6", "7", "1", "4"])
            if intl:
                return "+33 " + p + " " + " ".join(g)
            return ch(["0" + p + " " + " ".join(g), "0" + p + "." + ".".join(g), "0" + p + "".join(g)])
        if cc == "de_DE":
            if self.pct(0.65):
                p = ch(["151", "152", "160", "170", "171", "172", "175", "176", "179"])
                r = d(ri(7, 8))
                return ("+49 " + p + " " + r) if intl else ch(["0" + p + " " + r, "0" + p + "/" + r, "0" + p + "-" + r])
            a = ch(["30", "89", "40", "221", "69", "711"])
            r = d(ri(6, 8))
            return ("+49 (0)" + a + " " + r) if intl else ("0" + a + " " + r)
        if cc == "es_ES":
            if self.pct(0.7):
                a = ch("67") + d(2)
                return ("+34 " + a + " " + d(3) + " " + d(3)) if intl else ch([a + " " + d(2) + " " + d(2) + " " + d(2), a + d(6)])
            return ("+34 91 " + d(3) + " " + d(2) + " " + d(2)) if intl else ("91 " + d(3) + " " + d(2) + " " + d(2))
        if cc == "pt_BR":
            ddd = ch(["11", "21", "31", "41", "51", "61", "71", "81", "19", "48"])
            if self.pct(0.75):
                n = "9" + d(4) + "-" + d(4)
            else:
                n = ch("2345") + d(3) + "-" + d(4)
            return ("+55 " + ddd + " " + n) if intl else ch(["(" + ddd + ") " + n, ddd + " " + n])
        if cc == "ja_JP":
            if self.pct(0.7):
                p = ch(["090", "080", "070"])
                a, b = d(4), d(4)
                return ("+81 " + p[1:] + "-" + a + "-" + b) if intl else ch([p + "-" + a + "-" + b, p + a + b])
            return ch(["03-" + d(4) + "-" + d(4), "06-" + d(4) + "-" + d(4), "045-" + d(3) + "-" + d(4)])
        if cc == "ko_KR":
            a, b = d(4), d(4)
            if self.pct(0.8):
                return ("+82 10-" + a + "-" + b) if intl else ch(["010-" + a + "-" + b, "010" + a + b])
            return "02-" + d(3) + "-" + d(4)
        if cc == "ru_RU":
            a = "9" + d(2)
            b, c, e = d(3), d(2), d(2)
            return ch(["+7 (" + a + ") " + b + "-" + c + "-" + e, "8 " + a + " " + b + "-" + c + "-" + e,
                       "+7" + a + b + c + e, "8 (" + a + ") " + b + " " + c + " " + e])
        if cc == "it_IT":
            if self.pct(0.75):
                p = "3" + d(2)
                return ("+39 " + p + " " + d(7)) if intl else ch([p + " " + d(3) + " " + d(4), p + d(7), p + " " + d(7)])
            return ("+39 06 " + d(4) + " " + d(4)) if intl else ("06 " + d(4) + " " + d(4))
        if cc == "nl_NL":
            if self.pct(0.75):
                r = d(8)
                return ("+31 6 " + r) if intl else ch(["06-" + r, "06 " + r[:2] + " " + r[2:5] + " " + r[5:], "06" + r])
            return ("+31 20 " + d(7)) if intl else ("020-" + d(7))
        if cc == "pl_PL":
            a = ch("5678") + d(2)
            return ("+48 " + a + " " + d(3) + " " + d(3)) if intl else ch([a + " " + d(3) + " " + d(3), a + "-" + d(3) + "-" + d(3), a + d(6)])
        if cc == "tr_TR":
            a = "5" + ch(["32", "33", "05", "42", "44", "55", "30"])
            b, c, e = d(3), d(2), d(2)
            return ("+90 " + a + " " + b + " " + c + " " + e) if intl else ch(["0" + a + " " + b + " " + c + " " + e, "0" + a + b + c + e, "0 (" + a + ") " + b + " " + c + " " + e])
        if cc == "vi_VN":
            a = ch(["90", "91", "93", "98", "97", "86", "70", "38"])
            return ("+84 " + a + " " + d(3) + " " + d(4)) if intl else ch(["0" + a + " " + d(3) + " " + d(4), "0" + a + d(7), "0" + a + "." + d(3) + "." + d(4)])
        return self.phone_str("en_US", intl)

    def PH(self, p, intl=None):
        cc = p if isinstance(p, str) else p.cc
        return (self.phone_str(cc, intl), "PHONE_NUMBER")

    # ---- network
    def cip_str(self):
        if self.pct(0.85):
            return "%d.%d.%d.%d" % (self.ch(PUBLIC_OCT), self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))
        pre = self.ch(V6_PREFIX)
        groups = ["%x" % self.ri(0, 0xffff) for _ in range(self.ri(2, 3))]
        tail = ["%x" % self.ri(1, 0xffff) for _ in range(self.ri(1, 2))]
        return pre + ":" + ":".join(groups) + "::" + ":".join(tail)

    def CIP(self):
        return (self.cip_str(), "IP_ADDRESS")

    def sip(self, kind="server_ip"):
        k = self.ri(0, 2)
        if k == 0:
            v = "10.%d.%d.%d" % (self.ri(0, 40), self.ri(0, 255), self.ri(1, 254))
        elif k == 1:
            v = "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(1, 254))
        else:
            v = "192.168.%d.%d" % (self.ri(0, 30), self.ri(1, 254))
        return (v, kind)

    def host(self):
        base = self.ch(["dms", "crm-api", "fni-gw", "svc-sched", "parts-db", "rental-core",
                        "telematics-gw", "roadside-disp", "portal-web", "pay-gw", "lead-router",
                        "ocpp-hub", "dms-db"])
        k = self.ri(0, 2)
        if k == 0:
            v = base + "-%02d" % self.ri(1, 12)
        elif k == 1:
            v = base + "-%02d.dg.internal" % self.ri(1, 12)
        else:
            v = base + "-" + self.s(5, "bcdfghjklmnpqrstvwxz0123456789")
        return (v, "hostname")

    def mac(self):
        return (":".join("%02x" % self.ri(0, 255) for _ in range(6)), "mac")

    # ---- secrets
    def PW(self):
        k = self.ri(0, 3)
        if k == 0:
            v = self.ch(PW_WORDS) + str(self.ri(1970, 2025)) + self.ch("!@#$*")
        elif k == 1:
            v = "".join(self.ch(ALNUM + "!#$%*+-") for _ in range(self.ri(10, 16)))
        elif k == 2:
            v = self.ch(PW_WORDS).lower() + self.d(self.ri(2, 4))
        else:
            v = self.ch(PW_WORDS) + self.ch("_.-") + self.s(4, ALNUM) + self.ch("!?%")
        return (v, "CREDENTIAL")

    def KEY(self):
        k = self.ri(0, 4)
        if k == 0:
            v = "sk_live_" + self.s(24, ALNUM)
        elif k == 1:
            v = "AKIA" + self.s(16, UP + DIG)
        elif k == 2:
            v = self.s(32, HEX)
        elif k == 3:
            v = "AIza" + self.s(35, B64U)
        else:
            v = "key-" + self.s(8, HEX) + "-" + self.s(24, ALNUM)
        return (v, "CREDENTIAL")

    def JWT(self):
        v = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + self.s(self.ri(40, 90), B64U) +
             "." + self.s(43, B64U))
        return (v, "CREDENTIAL")

    def PIN(self, n=None):
        return (self.d(n or self.ch([4, 4, 4, 6])), "CREDENTIAL")

    # ---- finance / ids
    def card_str(self, kind=None):
        kind = kind or self.ch(["visa", "visa", "mc", "mc", "amex", "disc", "up", "jcb"])
        if kind == "visa":
            pre, ln = "4" + self.d(5), 16
        elif kind == "mc":
            pre, ln = (str(self.ri(51, 55)) if self.pct(0.8) else str(self.ri(2221, 2720))), 16
        elif kind == "amex":
            pre, ln = self.ch(["34", "37"]), 15
        elif kind == "disc":
            pre, ln = "6011", 16
        elif kind == "up":
            pre, ln = "62" + self.ch(["2202", "2588", "1700", "1226", "1483"]), self.ch([16, 19])
        else:
            pre, ln = "35" + str(self.ri(28, 89)), 16
        body = pre + self.d(ln - len(pre) - 1)
        num = body + _luhn_digit(body)
        sep = self.ch([" ", " ", "-", ""])
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if ln == 19 and sep:
            return sep.join([num[:4], num[4:8], num[8:12], num[12:16], num[16:]])
        return sep.join(num[i:i + 4] for i in range(0, ln, 4))

    def CARD(self, kind=None):
        return (self.card_str(kind), "CREDIT_CARD")

    def IBAN(self, cc=None, grouped=None):
        cc = cc or self.ch(["DE", "FR", "ES", "IT", "NL", "GB", "PL", "PT", "BE", "AT", "TR"])
        d = self.d
        if cc == "DE":
            bban = d(8) + d(10)
        elif cc == "FR":
            bank, br, acc = d(5), d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
            bban = bank + br + acc + "%02d" % key
        elif cc == "ES":
            bank, br, acc = d(4), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s):
                x = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
                return "0" if x == 11 else ("1" if x == 10 else str(x))
            bban = bank + br + dc("00" + bank + br) + dc(acc) + acc
        elif cc == "IT":
            rest = d(5) + d(5) + d(12)
            odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
            tot = sum(odd[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(rest))
            bban = chr(ord("A") + tot % 26) + rest
        elif cc == "NL":
            bban = self.ch(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + d(10)
        elif cc == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8)
        elif cc == "PL":
            bban = d(24)
        elif cc == "PT":
            bban = d(21)
        elif cc == "BE":
            f10 = d(10)
            c = int(f10) % 97 or 97
            bban = f10 + "%02d" % c
        elif cc == "AT":
            bban = d(16)
        else:  # TR
            bban = d(5) + "0" + d(16)
        chk = 98 - _mod97(bban + cc + "00")
        v = "%s%02d%s" % (cc, chk, bban)
        assert _mod97(v[4:] + v[:4]) == 1
        if grouped is None:
            grouped = self.pct(0.6)
        if grouped:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return (v, "IBAN_CODE")

    def SSN(self, fmt=None):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        g, s = self.ri(1, 99), self.ri(1, 9999)
        fmt = fmt if fmt is not None else self.ch(["-", "-", "-", " ", ""])
        return ("%03d%s%02d%s%04d" % (a, fmt, g, fmt, s), "US_SSN")

    def PASS(self, cc):
        d, s = self.d, self.s
        if cc == "en_US":
            v = d(9) if self.pct(0.5) else self.ch("ACEFGHJKLMNPRSTUVWXZ") + d(8)
        elif cc in ("zh_CN",):
            v = self.ch(["E", "E", "G"]) + d(8) if self.pct(0.7) else "E" + s(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + d(7)
        elif cc == "en_GB":
            v = d(9)
        elif cc == "de_DE":
            v = self.ch("CFGHJK") + s(8, "CFGHJKLMNPRTVWXYZ0123456789")
        elif cc == "fr_FR":
            v = d(2) + s(2) + d(5)
        elif cc == "en_IN":
            v = self.ch("JKLMNPRSTVZ") + d(7)
        elif cc == "ja_JP":
            v = self.ch(["TK", "TR", "MZ", "TZ"]) + d(7)
        elif cc == "ko_KR":
            v = self.ch("MSR") + d(8)
        elif cc == "zh_TW":
            v = "3" + d(8)
        elif cc == "es_ES":
            v = s(3) + d(6)
        elif cc == "it_IT":
            v = s(2) + d(7)
        elif cc == "pt_BR":
            v = s(2) + d(6)
        elif cc == "ru_RU":
            v = d(2) + " " + d(7)
        elif cc == "nl_NL":
            v = s(2) + s(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + d(1)
        elif cc == "pl_PL":
            v = s(2) + d(7)
        elif cc == "tr_TR":
            v = "U" + d(8)
        else:
            v = self.ch("BCN") + d(7)
        return (v, "PASSPORT")

    def CNID(self):
        area = self.ch(CN_AREAS)
        bd = datetime.date(1955, 1, 1) + datetime.timedelta(days=self.ri(0, 18000))
        body = area + bd.strftime("%Y%m%d") + self.d(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        c = "10X98765432"[sum(int(x) * y for x, y in zip(body, w)) % 11]
        return (body + c, "CN_RESIDENT_ID")

    def PLATE(self, cc):
        d, s, ch = self.d, self.s, self.ch
        if cc == "en_US":
            k = self.ri(0, 3)
            v = [d(1) + s(3) + d(3), s(3) + "-" + d(4), s(3) + " " + d(4), d(3) + " " + s(3)][k]
        elif cc == "en_GB":
            v = s(2, "ABCDEFGHKLMNOPRSTVWXY") + ch(["24", "73", "19", "69", "22", "71", "18", "15"]) + " " + s(3, "ABCDEFGHJKLMNOPRSTUVWXYZ")
        elif cc == "zh_CN":
            pv, city = ch(CN_PROV), s(1, "ABCDEFGHJK")
            if self.pct(0.25):
                tail = ch("DF") + s(self.ri(0, 1), "ABCDEFGHJKLMNPQRSTUVWXYZ")
                tail = tail + d(6 - len(tail))
            else:
                nl = self.ri(0, 2)
                tail = list(s(nl, "ABCDEFGHJKLMNPQRSTUVWXYZ") + d(5 - nl))
                self.r.shuffle(tail)
                tail = "".join(tail)
            v = pv + city + ch(["", "", "·", " "]) + tail
        elif cc == "zh_TW":
            v = ch([s(3) + "-" + d(4), s(2) + "-" + d(4), d(4) + "-" + s(2)])
        elif cc == "de_DE":
            v = ch(["M", "B", "HH", "K", "F", "S", "D", "N", "KA", "MZ"]) + "-" + s(self.ri(1, 2)) + " " + d(self.ri(1, 4))
        elif cc == "fr_FR":
            v = s(2) + "-" + d(3) + "-" + s(2)
        elif cc == "es_ES":
            v = d(4) + ch([" ", "", "-"]) + s(3, "BCDFGHJKLMNPRSTVWXYZ")
        elif cc == "it_IT":
            v = s(2) + ch([" ", ""]) + d(3) + ch([" ", ""]) + s(2)
        elif cc == "nl_NL":
            v = ch([d(2) + "-" + s(3, "BDFGHJKLNPRSTXZ") + "-" + d(1), s(2, "BDFGHJKLNPRSTXZ") + "-" + d(3) + "-" + s(1, "BDFGHJKLNPRSTXZ"),
                    d(1) + "-" + s(3, "BDFGHJKLNPRSTXZ") + "-" + d(2)])
        elif cc == "pl_PL":
            v = ch(["WA", "WPR", "KR", "PO", "GD", "WR", "DW", "SK"]) + " " + ch([d(5), d(4) + s(1), d(3) + s(2)])
        elif cc == "tr_TR":
            v = "%02d" % self.ri(1, 81) + " " + ch([s(3) + " " + d(3), s(2) + " " + d(4), s(1) + " " + d(4)])
        elif cc == "pt_BR":
            v = ch([s(3) + d(1) + s(1) + d(2), s(3) + "-" + d(4)])
        elif cc == "ja_JP":
            v = ch(["品川", "横浜", "名古屋", "大阪", "なにわ", "練馬", "札幌"]) + " " + d(3) + " " + ch("あいうさすせたちなほまやらわ") + " " + d(2) + "-" + d(2)
        elif cc == "ko_KR":
            v = d(ch([2, 3])) + ch("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호") + " " + d(4)
        elif cc == "ru_RU":
            L = "АВЕКМНОРСТУХ"
            v = s(1, L) + d(3) + s(2, L) + ch(["", " "]) + ch(["77", "97", "177", "199", "50", "78", "750", "16"])
        elif cc == "vi_VN":
            v = ch(["30", "29", "51", "43", "92", "36"]) + s(1, "ABCDEFGHKL") + "-" + d(3) + "." + d(2)
        elif cc == "en_IN":
            v = ch(["MH", "KA", "DL", "TN", "GJ", "UP", "HR"]) + ch([" ", ""]) + "%02d" % self.ri(1, 50) + ch([" ", ""]) + s(2) + ch([" ", ""]) + d(4)
        else:
            v = s(3) + "-" + d(4)
        return (v, "LICENSE_PLATE")

    # ---- decoys
    def ts(self, style="plain"):
        t = BASE + datetime.timedelta(seconds=self.ri(0, 364 * 86400))
        ms = self.ri(0, 999)
        Y, m, dd, H, M, S = t.year, t.month, t.day, t.hour, t.minute, t.second
        if style == "iso":
            v = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (Y, m, dd, H, M, S)
        elif style == "isoms":
            v = "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s" % (Y, m, dd, H, M, S, ms, self.ch(["Z", "+08:00", "-05:00", "+01:00"]))
        elif style == "syslog":
            v = "%s %2d %02d:%02d:%02d" % (MON[m - 1], dd, H, M, S)
        elif style == "apache":
            v = "%02d/%s/%04d:%02d:%02d:%02d %s" % (dd, MON[m - 1], Y, H, M, S, self.ch(["+0000", "-0500", "+0800", "+0100"]))
        elif style == "epoch":
            v = str(int((t - datetime.datetime(1970, 1, 1)).total_seconds()))
        elif style == "epochms":
            v = str(int((t - datetime.datetime(1970, 1, 1)).total_seconds())) + "%03d" % ms
        elif style == "cn":
            v = "%d年%d月%d日 %02d:%02d" % (Y, m, dd, H, M)
        elif style == "us":
            v = "%02d/%02d/%04d %d:%02d %s" % (m, dd, Y, (H % 12) or 12, M, "AM" if H < 12 else "PM")
        elif style == "eu":
            v = "%02d.%02d.%04d %02d:%02d" % (dd, m, Y, H, M)
        elif style == "date":
            v = "%04d-%02d-%02d" % (Y, m, dd)
        elif style == "slash":
            v = "%04d/%02d/%02d %02d:%02d:%02d" % (Y, m, dd, H, M, S)
        elif style == "rfc":
            v = "%s, %02d %s %04d %02d:%02d:%02d %s" % (WDAY[t.weekday()], dd, MON[m - 1], Y, H, M, S, self.ch(["+0000", "-0700", "+0100"]))
        elif style == "log4j":
            v = "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (Y, m, dd, H, M, S, ms)
        else:
            v = "%04d-%02d-%02d %02d:%02d:%02d" % (Y, m, dd, H, M, S)
        return (v, "timestamp")

    def vin(self):
        body = self.ch(WMI) + self.s(5, VIN_CH) + "0" + self.ch("LMNPRS") + self.s(1, VIN_CH) + self.d(6)
        tot = sum((VIN_VAL[c] if c.isalpha() else int(c)) * w for c, w in zip(body, VIN_W))
        c = tot % 11
        v = body[:8] + ("X" if c == 10 else str(c)) + body[9:]
        return (v, "vin")

    def amount(self, cur="$", lo=1.3, hi=4.8):
        n = round(10 ** self.r.uniform(lo, hi), 2)
        if cur == "$":
            v = "$" + "{:,.2f}".format(n)
        elif cur == "€":
            s = "{:,.2f}".format(n).replace(",", "X").replace(".", ",").replace("X", ".")
            v = self.ch(["€ " + s, s + " €", "EUR " + s])
        elif cur == "£":
            v = "£" + "{:,.2f}".format(n)
        elif cur == "¥":
            v = self.ch(["¥", "￥", "RMB "]) + "{:,.2f}".format(n * 7)
        elif cur == "元":
            v = "{:.2f}".format(n * 7) + "元"
        elif cur == "R$":
            v = "R$ " + "{:,.2f}".format(n * 5).replace(",", "X").replace(".", ",").replace("X", ".")
        elif cur == "₺":
            v = "{:,.2f}".format(n * 30).replace(",", "X").replace(".", ",").replace("X", ".") + " TL"
        elif cur == "NT$":
            v = "NT$" + "{:,}".format(int(n * 30))
        elif cur == "zł":
            v = "{:.2f}".format(n * 4).replace(".", ",") + " zł"
        elif cur == "raw":
            v = "%.2f" % n
        elif cur == "cents":
            v = str(int(n * 100))
        else:
            v = "%.2f" % n
        return (v, "amount")

    def miles(self):
        return ("{:,}".format(self.ri(12, 189000)), "odometer")

    def ro(self):
        return (self.ch(["RO", "RO-", "WO", "R"]) + self.d(6), "ro_number")

    def stock(self):
        return (self.ch(["STK", "U", "N", "P"]) + self.d(self.ri(4, 5)) + self.ch(["", "A", "B"]), "stock_no")

    def lead_id(self):
        return ("LD-" + self.d(7), "lead_id")

    def app_id(self):
        return (self.ch(["FA-2024-", "CA", "APP-"]) + self.d(6), "app_id")

    def claim(self):
        return (self.ch(["CLM-", "WC", "24-", ""]) + self.d(8), "claim_no")

    def ra(self):
        return (self.ch(["RA", "RA-", "K", "R"]) + self.d(7), "agreement_no")

    def case(self):
        return (self.ch(["RSA-", "CS", "INC"]) + self.d(7), "case_id")

    def deal(self):
        return ("D" + self.d(6), "deal_no")

    def uuid(self):
        h = self.s(32, HEX)
        return ("%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.ch("89ab"), h[17:20], h[20:]), "uuid")

    def hash(self, n=40):
        return (self.s(n, HEX), "hash")

    def version(self):
        k = self.ri(0, 2)
        if k == 0:
            v = "%d.%d.%d" % (self.ri(1, 9), self.ri(0, 30), self.ri(0, 40))
        elif k == 1:
            v = "v%d.%d.%d" % (self.ri(1, 9), self.ri(0, 30), self.ri(0, 40))
        else:
            v = "%d.%d.%d.%d" % (self.ri(1, 12), self.ri(0, 9), self.ri(0, 40), self.ri(100, 4999))
        return (v, "version")

    def dealer(self):
        return (self.ch(DEALERS), "company")

    def dealer_cn(self):
        return (self.ch(DEALERS_CN), "company")

    def company(self, loc="en_US"):
        return (self.f[loc].company(), "company")

    def model(self):
        return (self.ch(MODELS), "product")

    def model_cn(self):
        return (self.ch(MODELS_CN), "product")

    def role(self, domain=None):
        box = self.ch(["service", "parts", "finance", "noreply", "no-reply", "sales", "rentals",
                       "roadside", "support", "billing", "appointments", "info", "fleet", "kefu"])
        return (box + "@" + (domain or self.ch(DEALER_DOMAINS)), "role_mailbox")

    def sysacct(self):
        return (self.ch(SYSACCTS), "system_account")

    def pf(self):
        return (self.ch(PUBLIC_FIGURES), "public_figure")

    def pf_cn(self):
        return (self.ch(PUBLIC_FIGURES_CN), "public_figure")

    def masked_card(self):
        l4 = self.d(4)
        return (self.ch(["****" + l4, "**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4,
                         "4" + self.d(3) + " **** **** " + l4, self.d(6) + "******" + l4]), "masked")

    def masked_phone(self, cc="zh_CN"):
        if cc == "zh_CN":
            v = self.ch(["138", "139", "186", "135", "177"]) + "****" + self.d(4)
        else:
            v = self.ch(["(***) ***-", "***-***-", "+1 ***-***-"]) + self.d(4)
        return (v, "masked")

    def masked_ssn(self):
        return (self.ch(["***-**-", "XXX-XX-", "xxx-xx-"]) + self.d(4), "masked")

    def hotline(self, cc="en_US"):
        d = self.d
        if cc == "zh_CN":
            v = self.ch(["400-" + d(3) + "-" + d(4), "400 " + d(3) + " " + d(4), "4008" + d(6), "95" + d(3)])
        elif cc == "en_GB":
            v = "0800 " + d(3) + " " + d(4)
        elif cc == "de_DE":
            v = "0800 " + d(7)
        elif cc == "zh_TW":
            v = "0800-" + d(3) + "-" + d(3)
        else:
            v = self.ch(["1-800-" + d(3) + "-" + d(4), "(888) " + d(3) + "-" + d(4), "1-866-" + d(3) + "-" + d(4)])
        return (v, "dealer_hotline")

    def part(self):
        pn, desc = self.ch(PARTS)
        return (pn, "part_no"), desc

    def dtc(self):
        return (self.ch(DTCS), "dtc")

    def imei(self):
        body = self.ch(["35", "86", "01"]) + self.d(12)
        return (body + _luhn_digit(body), "imei")

    def geo(self):
        return ("%.6f" % (self.r.uniform(22.0, 51.0)), "geo"), ("%.6f" % (self.r.uniform(-122.0, 121.0)), "geo")

    def order18(self):
        return ("2024" + "%02d%02d" % (self.ri(1, 12), self.ri(1, 28)) + self.d(10), "order_id")

    def tax_id_cn(self):
        return ("91" + self.ch(CN_AREAS) + self.s(9, "0123456789ABCDEFGHJKLMNPQRTUWXY") + self.s(1, "0123456789ABCDEFGHJKLMNPQRTUWXY"), "tax_id")

    def rack(self):
        return (self.ch("ABCDEFGH") + "-%02d-%02d" % (self.ri(1, 30), self.ri(1, 12)), "bin_location")


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


# ======================= English / European =================================

@T
def _crm_lead_syslog(g):
    p = g.person(mix=US_MIX, cc="en_US")
    return F('<{pri}>{ts} {host} leadsvc[{pid}]: lead.created id={lid} name="{nm}" phone={ph} email={em} '
             'source={src} vehicle="{mdl}" store="{dl}"',
             pri=g.ch(["134", "142", "165"]), ts=g.ts("syslog"), host=g.host(), pid=str(g.ri(300, 65000)),
             lid=g.lead_id(), nm=g.P(p), ph=g.PH(p), em=g.EM(p),
             src=g.ch(["web", "autotrader", "cars.com", "walk-in", "facebook", "oem-portal"]),
             mdl=g.model(), dl=g.dealer())


@T
def _testdrive_json_camel(g):
    p = g.person()
    staff = g.person(mix=US_MIX)
    obj = O([("eventType", "testDrive.scheduled"), ("eventId", g.uuid()), ("occurredAt", g.ts("isoms")),
             ("customer", O([("firstName", g.FN(p)), ("lastName", g.LN(p)), ("mobilePhone", g.PH(p)),
                             ("emailAddress", g.EM(p)), ("marketingOptIn", g.pct(0.5))])),
             ("vehicle", O([("vin", g.vin()), ("stockNumber", g.stock()), ("model", g.model())])),
             ("salesConsultant", g.P(staff)), ("slotStart", g.ts("iso")), ("store", g.dealer())])
    return [g.ch(["INFO  [scheduler] ", "", "testdrive-svc | "]), J(obj, sp=g.pct(0.5))]


@T
def _portal_access_log(g):
    p = g.person(mix=US_MIX, cc="en_US")
    user = g.login(p) if g.pct(0.6) else g.EM(p)
    path = g.ch(["/myaccount/service-history?vin=", "/api/v2/vehicles/", "/recalls/lookup?vin="])
    return F('{ip} - {user} [{ts}] "GET {path}{vin} HTTP/1.1" {st} {b} "https://portal.{dom}/login" "{ua}"',
             ip=g.CIP(), user=user, ts=g.ts("apache"), path=path, vin=g.vin(),
             st=g.ch(["200", "200", "304", "404"]), b=str(g.ri(200, 48000)), dom=g.ch(DEALER_DOMAINS), ua=g.ch(UA))


@T
def _lb_healthcheck(g):
    return F('{lb} - - [{ts}] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.00{n} '
             'upstream={up}:8080 host={host}',
             lb=g.sip("lb_ip"), ts=g.ts("apache"), n=str(g.ri(1, 9)), up=g.sip(), host=g.host())


@T
def _credit_app_kv(g):
    p = g.person(mix=US_MIX, cc="en_US")
    return F('{ts} fni-gw INFO credit_app.submitted app_id={app} applicant="{nm}" ssn={ssn} phone={ph} '
             'email={em} income_monthly={inc} amount_financed={amt} term={term} lender="{ld}" dealer_code={dc}',
             ts=g.ts("log4j"), app=g.app_id(), nm=g.P(p), ssn=g.SSN(), ph=g.PH(p), em=g.EM(p),
             inc=g.amount("$"), amt=g.amount("$"), term=g.ch(["60", "72", "84", "48"]),
             ld=(g.ch(LENDERS), "company"), dc=("D" + g.d(5), "dealer_code"))


@T
def _credit_pull_audit(g):
    staff = g.person(mix=US_MIX)
    return F('AUDIT {ts} user={u} role=FI_MANAGER action=CREDIT_PULL bureau={b} subject_ssn={m} deal={deal} '
             'score_band={sb} result=OK terminal=FNI-WS-{t}',
             ts=g.ts("iso"), u=g.login(staff), b=g.ch(["Experian", "Equifax", "TransUnion"]), m=g.masked_ssn(),
             deal=g.deal(), sb=g.ch("ABCD"), t="%02d" % g.ri(1, 12))


@T
def _ro_csv(g):
    p = g.person(mix=US_MIX, cc="en_US")
    tech = g.person(mix=US_MIX)
    return F('{ro},{dt},"{nm}",{ph},{vin},{pl},{mi},"{c}",{tech},{amt}',
             ro=g.ro(), dt=g.ts("date"), nm=g.PV(p), ph=g.PH(p, intl=False), vin=g.vin(), pl=g.PLATE("en_US"),
             mi=("%d" % g.ri(100, 180000), "odometer"), c=g.ch(COMPLAINTS), tech=g.P(tech), amt=g.amount("raw"))


@T
def _tech_notes(g):
    cust = g.person(mix=US_MIX, cc="en_US")
    tech = g.person(mix=US_MIX)
    return F('[{ro}] tech note ({tf}): Cust states {c}. Verified concern, found {find}. Called {cf} at {ph} '
             'for approval of {amt}, {ok}. Recommend {rec} at next visit.',
             ro=g.ro(), tf=g.FN(tech), c=g.ch(COMPLAINTS),
             find=g.ch(["pads at 2mm and rotors scored", "EVAP purge valve stuck open", "low refrigerant, leak at condenser",
                        "rear tire belt separation", "corroded battery terminal"]),
             cf=g.FN(cust), ph=g.PH(cust, intl=False), amt=g.amount("$", 1.8, 3.6),
             ok=g.ch(["approved", "declined, will think about it", "left voicemail"]),
             rec=g.ch(["coolant flush", "wiper blades", "alignment", "cabin filter", "tire rotation"]))


@T
def _parts_po_json(g):
    pn1, d1 = g.part()
    pn2, d2 = g.part()
    obj = O([("event", "parts.po.created"), ("po_number", ("PO-" + g.d(7), "po_number")),
             ("supplier", g.company()), ("created_at", g.ts("iso")),
             ("lines", A([O([("part_no", pn1), ("desc", d1), ("qty", g.ri(1, 10)), ("unit_cost", raw(*g.amount("raw")))]),
                          O([("part_no", pn2), ("desc", d2), ("qty", g.ri(1, 4)), ("unit_cost", raw(*g.amount("raw")))])])),
             ("ship_to", g.dealer()), ("requested_by", g.sysacct()),
             ("tracking", ("1Z" + g.s(6, UP + DIG) + g.d(10), "tracking"))])
    return J(obj, sp=False)


@T
def _roadside_pascal(g):
    p = g.person()
    obj = O([("CaseId", g.case()), ("OpenedAt", g.ts("isoms")), ("CallerName", g.P(p)),
             ("CallbackNumber", g.PH(p)), ("Plate", g.PLATE(p.cc)), ("Vin", g.vin()),
             ("Location", g.ch(["I-80 E mile 42", "M6 J15 northbound hard shoulder", "A7 Ausfahrt 21",
                                "Main St & 5th Ave parking lot", "Route 9 near exit 14"])),
             ("Issue", g.ch(["flat tire", "no start", "lockout", "out of fuel", "accident tow"])),
             ("Provider", (g.ch(TOW), "company")), ("EtaMinutes", g.ri(15, 90)), ("Coverage", "OEM Roadside")])
    return ["roadside-dispatch ", J(obj)]


@T
def _roadside_sms(g):
    p = g.person(mix=US_MIX, cc="en_US")
    drv = g.person(mix=US_MIX)
    return F('SMS out {ts} to={ph}: "Hi {fn}, {prov} is on the way to help with your {mdl}. Your driver {dr} '
             'will arrive in about {n} min. Questions? Call {hl}."',
             ts=g.ts("iso"), ph=g.PH(p, intl=True), fn=g.FN(p), prov=(g.ch(TOW), "company"), mdl=g.model(),
             dr=g.FN(drv), n=str(g.ri(10, 75)), hl=g.hotline())


@T
def _rental_open_gb(g):
    p = g.person(mix=["en_GB"] * 6 + ["en_IN", "pl_PL", "fr_FR", "de_DE"], cc="en_GB")
    return F('{ts} rental-svc RA {ra} OPEN branch={br} renter={nm} mob={ph} plate={pl} card={cd} '
             'preauth={amt} fuel=8/8 odo={odo}',
             ts=g.ts("plain"), ra=g.ra(), br=g.ch(["MAN01", "LHR03", "BHM02", "GLA01"]), nm=g.P(p), ph=g.PH(p),
             pl=g.PLATE("en_GB"), cd=g.CARD(), amt=g.amount("£", 2.0, 3.2), odo=g.miles())


@T
def _gateway_card_debug(g):
    p = g.person(mix=US_MIX)
    obj = O([("merchant_id", ("MID" + g.d(9), "merchant_id")), ("order_ref", g.ro()),
             ("amount", raw(*g.amount("cents"))), ("currency", "USD"),
             ("card_number", (g.card_str().replace(" ", "").replace("-", ""), "CREDIT_CARD")),
             ("exp_month", "%02d" % g.ri(1, 12)), ("exp_year", str(g.ri(2025, 2031))),
             ("cardholder", g.P(p)), ("entry_mode", g.ch(["keyed", "ecom"]))])
    return F('{ts} DEBUG pay-gw POST /v1/authorize body={b}', ts=g.ts("log4j"), b=J(obj, sp=False))


@T
def _telematics_dotted(g):
    lat, lon = g.geo()
    obj = O([("vehicle.vin", g.vin()), ("device.imei", g.imei()), ("gps.lat", raw(*lat)), ("gps.lon", raw(*lon)),
             ("odometer.km", g.ri(10, 250000)), ("battery.soc", g.ri(5, 100)),
             ("fw.version", g.version()), ("ts", raw(*g.ts("epochms")))])
    return J(obj, sp=g.pct(0.3))


@T
def _mqtt_recv(g):
    vin = g.vin()
    return F('{ts} mqtt-bridge[{pid}]: recv topic=fleet/{vin}/telemetry qos=1 bytes={b} from {ip}:1883 seq={seq}',
             ts=g.ts("syslog"), pid=str(g.ri(100, 9999)), vin=vin, b=str(g.ri(80, 900)), ip=g.sip("broker_ip"),
             seq=str(g.ri(1, 999999)))


@T
def _ecall(g):
    p = g.person()
    ec = g.person(loc=p.loc, cc=p.cc)
    lat, lon = g.geo()
    return F('{ts} CRITICAL ecall crash_detected vin={vin} plate={pl} driver="{nm}" emergency_contact="{ec}" '
             'ec_phone={ecph} lat={lat} lon={lon} airbag=DEPLOYED delta_v={dv}kph callback={ph}',
             ts=g.ts("isoms"), vin=g.vin(), pl=g.PLATE(p.cc), nm=g.P(p), ec=g.P(ec), ecph=g.PH(ec),
             lat=lat, lon=lon, dv=str(g.ri(12, 70)), ph=g.PH(p))


@T
def _email_header(g):
    p = g.person()
    return F('From: "{nm}" <{em}> To: {role} Subject: Re: Service appointment {ro} Date: {dt} '
             'Message-ID: <{mid}@mail.gmail.com>',
             nm=g.P(p), em=g.EM(p), role=g.role(), ro=g.ro(), dt=g.ts("rfc"), mid=g.hash(24))


@T
def _java_trace(g):
    p = g.person()
    staff = g.person(mix=US_MIX)
    return F('{ts} ERROR [http-nio-8080-exec-{n}] c.d.crm.LeadService - Failed to upsert contact: '
             'com.dealergroup.crm.DuplicateContactException: contact with email \'{em}\' already exists '
             '(id={cid}, owner={own}) at com.dealergroup.crm.LeadService.upsert(LeadService.java:{ln}) '
             'at com.dealergroup.crm.api.LeadController.create(LeadController.java:88)',
             ts=g.ts("log4j"), n=str(g.ri(1, 40)), em=g.EM(p), cid=("C" + g.d(8), "customer_id"),
             own=g.login(staff), ln=str(g.ri(100, 400)))


@T
def _esign_webhook(g):
    p = g.person()
    fi = g.person(mix=US_MIX)
    dom = g.ch(DEALER_DOMAINS)
    obj = O([("EnvelopeId", g.uuid()), ("Status", "completed"),
             ("Recipients", A([O([("Name", g.P(p)), ("Email", g.EM(p)), ("RoutingOrder", 1), ("SignedAt", g.ts("iso"))]),
                               O([("Name", g.P(fi)), ("Email", g.EM(fi, domain=dom)), ("RoutingOrder", 2),
                                  ("SignedAt", g.ts("iso"))])])),
             ("DocumentName", g.ch(["Retail Installment Sale Contract", "Buyers Order", "Lease Agreement"])),
             ("SenderAccount", g.role(dom))])
    return ["POST /hooks/esign 200 payload=", J(obj, sp=False)]


@T
def _payment_webhook(g):
    p = g.person()
    return F('{ts} stripe-webhook evt=evt_{e} type=charge.succeeded amount={amt} card={mc} brand={br} '
             'customer_email={em} description="Service {ro}"',
             ts=g.ts("iso"), e=g.s(24, ALNUM), amt=g.amount("cents"), mc=g.masked_card(),
             br=g.ch(["visa", "mastercard", "amex"]), em=g.EM(p), ro=g.ro())


@T
def _sms_inbound(g):
    p = g.person(mix=US_MIX, cc="en_US")
    return F('{ts} sms-inbound From={ph} To={hl} Body="Hi this is {fn}, can I move my {svc} to {day}? '
             'if not call me on my work line {ph2}" MessageSid=SM{sid}',
             ts=g.ts("iso"), ph=g.PH(p, intl=True), hl=g.hotline(),
             fn=g.FN(p), svc=g.ch(["oil change", "tire rotation", "recall appointment", "state inspection"]),
             day=g.ch(["Friday", "Monday morning", "next Tuesday", "Saturday"]), ph2=g.PH(p, intl=False),
             sid=g.s(32, HEX))


@T
def _dms_svc_login(g):
    return F('{ts} {host} sshd[{pid}]: Accepted publickey for {acct} from {ip} port {port} ssh2: RSA SHA256:{fp}',
             ts=g.ts("syslog"), host=g.host(), pid=str(g.ri(1000, 60000)), acct=g.sysacct(), ip=g.sip(),
             port=str(g.ri(30000, 65000)), fp=(g.s(43, ALNUM + "+/"), "fingerprint"))


@T
def _failed_login_pw(g):
    p = g.person()
    user = g.EM(p) if g.pct(0.5) else g.login(p)
    return F('{ts} portal-auth WARN login failed user={u} password={pw} reason=bad_credentials attempts={n} '
             'ip={ip} ua="{ua}"',
             ts=g.ts("isoms"), u=user, pw=g.PW(), n=str(g.ri(1, 6)), ip=g.CIP(), ua=g.ch(UA))


@T
def _db_conn_error(g):
    dbu = (g.ch(["dms_app", "crm_rw", "reporting", "rental_svc", "postgres"]), "db_user")
    return F('{ts} ERROR dms-sync: could not connect to postgresql://{u}:{pw}@{h}:5432/dms_prod '
             '(connection timed out after 30s, resolved {ip})',
             ts=g.ts("log4j"), u=dbu, pw=g.PW(), h=g.host(), ip=g.sip())


@T
def _config_dump_key(g):
    return F('{ts} INFO bootstrap loaded env: VIN_DECODER_URL=https://api.vindecoder.example/v3 '
             'VIN_DECODER_KEY={k} SMS_SENDER={hl} SUPPORT_MAIL={role} LOG_LEVEL=info BUILD={b}',
             ts=g.ts("iso"), k=g.KEY(), hl=g.hotline(), role=g.role(), b=g.hash(7))


@T
def _bearer_out(g):
    return F('{ts} DEBUG http-out POST https://api.{l}.example/v2/applications Authorization: Bearer {t} '
             'X-Request-Id: {rid} status={st} elapsed={ms}ms',
             ts=g.ts("isoms"), l=g.ch(["routeone", "dealertrack", "lenderhub"]), t=g.JWT(), rid=g.uuid(),
             st=g.ch(["201", "200", "422"]), ms=str(g.ri(40, 3000)))


@T
def _keydrop_pin(g):
    p = g.person(mix=US_MIX, cc="en_US")
    drv = g.person(mix=US_MIX)
    return F('After-hours key drop: {nm} ({ph}) will leave the {mdl} keys in locker {n}, access PIN {pin}. '
             'Shuttle driver {dr} picks up at 7:30.',
             nm=g.P(p), ph=g.PH(p), mdl=g.model(), n=str(g.ri(1, 24)), pin=g.PIN(), dr=g.FN(drv))


@T
def _fr_financement(g):
    p = g.person(loc="fr_FR")
    return F('{ts} [financement] Dossier {app} créé pour {civ} {nm} — tél. {ph} — e-mail {em} — IBAN {iban} — '
             'montant {amt} sur {m} mois, organisme {org}',
             ts=g.ts("eu"), app=g.app_id(), civ=g.ch(["M.", "Mme", "Mlle"]), nm=g.P(p), ph=g.PH(p), em=g.EM(p),
             iban=g.IBAN("FR"), amt=g.amount("€"), m=g.ch(["36", "48", "60"]),
             org=(g.ch(["BNP Paribas Personal Finance", "Cetelem", "Stellantis Financial Services", "RCI Banque"]), "company"))


@T
def _de_werkstatt(g):
    p = g.person(loc="de_DE")
    sa = g.person(loc="de_DE")
    return F('{ts} Werkstattauftrag {ro} angelegt: Kunde {nm}, Tel. {ph}, Kennzeichen {pl}, FIN {vin}, '
             'KM-Stand {km}, Arbeiten: {job}, Serviceberater {sa}',
             ts=g.ts("eu"), ro=g.ro(), nm=g.P(p), ph=g.PH(p), pl=g.PLATE("de_DE"), vin=g.vin(),
             km=("{:,}".format(g.ri(100, 250000)).replace(",", "."), "odometer"),
             job=g.ch(["Inspektion mit Ölwechsel", "Bremsen vorne erneuern", "HU/AU", "Klimaservice", "Reifenwechsel"]),
             sa=g.P(sa))


@T
def _es_cita(g):
    p = g.person(loc="es_ES")
    asesor = g.person(loc="es_ES")
    return F('Cita de taller confirmada: {nm}, matrícula {pl}, móvil {ph}, correo {em}, fecha {ts}, asesor {a}. '
             'Concesionario {dl}.',
             nm=g.P(p), pl=g.PLATE("es_ES"), ph=g.PH(p), em=g.EM(p), ts=g.ts("eu"), a=g.FN(asesor),
             dl=(g.ch(["Concesionario Sol Motor", "Automóviles Ibérica S.L.", "Motor Castilla"]), "company"))


@T
def _ptbr_testdrive(g):
    p = g.person(loc="pt_BR")
    c = g.person(loc="pt_BR")
    return F('[test-drive] Agendado: cliente {nm}, celular {ph}, e-mail {em}, veículo {mdl}, placa {pl} '
             '(carro de demonstração), consultor {c}, horário {ts}',
             nm=g.P(p), ph=g.PH(p), em=g.EM(p), mdl=g.model(), pl=g.PLATE("pt_BR"), c=g.P(c), ts=g.ts("plain"))


@T
def _it_noleggio(g):
    p = g.person(loc="it_IT")
    return F('{ts} NOLEGGIO contratto {ra} cliente {nm} tel {ph} targa {pl} addebito SEPA IBAN {iban} '
             'deposito {amt}',
             ts=g.ts("eu"), ra=g.ra(), nm=g.P(p), ph=g.PH(p), pl=g.PLATE("it_IT"), iban=g.IBAN("IT"),
             amt=g.amount("€"))


@T
def _nl_apk(g):
    p = g.person(loc="nl_NL")
    return F('APK-keuring ingepland voor {nm} ({ph}), kenteken {pl}, datum {dt}, werkplaats {dl}. '
             'Bevestiging verstuurd naar {em} vanaf {role}.',
             nm=g.P(p), ph=g.PH(p), pl=g.PLATE("nl_NL"), dt=g.ts("date"),
             dl=(g.ch(["Autobedrijf Van Dijk B.V.", "Garage De Vries", "Stern Auto Amsterdam"]), "company"),
             em=g.EM(p), role=g.role())


@T
def _pl_zlecenie(g):
    p = g.person(loc="pl_PL")
    d = g.person(loc="pl_PL")
    return F('Zlecenie serwisowe {ro}: klient {nm}, tel. {ph}, nr rej. {pl}, VIN {vin}, przebieg {km} km, '
             'doradca {d}, szacunkowy koszt {amt}',
             ro=g.ro(), nm=g.P(p), ph=g.PH(p), pl=g.PLATE("pl_PL"), vin=g.vin(), km=(str(g.ri(100, 300000)), "odometer"),
             d=g.P(d), amt=g.amount("zł"))


@T
def _tr_kiralama(g):
    p = g.person(loc="tr_TR")
    return F('{ts} Kiralama sözleşmesi {ra} açıldı: müşteri {nm}, tel {ph}, plaka {pl}, kart {mc}, depozito {amt}',
             ts=g.ts("eu"), ra=g.ra(), nm=g.P(p), ph=g.PH(p), pl=g.PLATE("tr_TR"), mc=g.masked_card(),
             amt=g.amount("₺", 1.5, 2.5))


@T
def _recall_batch(g):
    return F('{ts} recall-notify campaign={c} make={mk} batch={b} sent={s} bounced={bo} from={role} '
             'template={v} host={h}',
             ts=g.ts("iso"), c=("%dV-%03d" % (g.ri(22, 24), g.ri(1, 899)), "campaign_id"),
             mk=g.ch(["Ford", "Honda", "Toyota", "Kia", "Hyundai", "Chevrolet"]), b=str(g.ri(1, 80)),
             s=str(g.ri(100, 9000)), bo=str(g.ri(0, 60)), role=g.role(), v=g.version(), h=g.host())


@T
def _marketing_pf(g):
    return F('{ts} cms INFO published landing page /campaigns/{slug} headline="Drive like {pf}" '
             'views_24h={n} ctr={c}% store="{dl}"',
             ts=g.ts("iso"), slug=g.ch(["spring-sales-event", "ev-week", "track-day", "summer-clearance"]),
             pf=g.pf(), n=str(g.ri(100, 90000)), c="%.1f" % g.r.uniform(0.3, 9.0), dl=g.dealer())


@T
def _crm_note_pf(g):
    staff = g.person(mix=US_MIX)
    cust = g.person(mix=US_MIX, cc="en_US")
    spouse = g.person(loc=cust.loc)
    return F('CRM note by {st}: {cf} asked whether the {mdl} is the one {pf} drives, told them we cannot confirm. '
             'Wants a callback at {ph} after 5pm; spouse {sf} may join the test drive.',
             st=g.login(staff), cf=g.FN(cust), mdl=g.model(), pf=g.pf(), ph=g.PH(cust), sf=g.FN(spouse))


@T
def _trade_appraisal(g):
    p = g.person(mix=US_MIX, cc="en_US")
    ap = g.person(mix=US_MIX)
    return F('{ts} appraisal.completed vin={vin} plate={pl} owner="{nm}" miles={mi} kbb_trade={k} offer={o} '
             'appraiser={ap} stock_in={stk}',
             ts=g.ts("iso"), vin=g.vin(), pl=g.PLATE("en_US"), nm=g.P(p), mi=g.miles(), k=g.amount("$"),
             o=g.amount("$"), ap=g.login(ap), stk=g.stock())


@T
def _export_passport(g):
    p = g.person(mix=FOREIGN_MIX)
    return F('{ts} export-desk: buyer {nm} (nationality {cc}) passport {pp} phone {ph} - {mdl} VIN {vin} '
             'cleared for shipment, invoice {inv} {amt}',
             ts=g.ts("plain"), nm=g.P(p), cc=p.loc[-2:], pp=g.PASS(p.loc), ph=g.PH(p, intl=True), mdl=g.model(),
             vin=g.vin(), inv=("INV-" + g.d(7), "invoice_no"), amt=g.amount("$"))


@T
def _coapplicant_pascal(g):
    a = g.person(mix=US_MIX, cc="en_US")
    b = g.person(loc=a.loc, cc="en_US")
    obj = O([("ApplicationId", g.app_id()),
             ("Applicant", O([("FullName", g.P(a)), ("SSN", g.SSN()), ("HomePhone", g.PH(a)), ("Email", g.EM(a))])),
             ("CoApplicant", O([("FullName", g.P(b)), ("SSN", g.SSN()), ("CellPhone", g.PH(b))])),
             ("Lender", (g.ch(LENDERS), "company")), ("Status", "Submitted"),
             ("AmountRequested", raw(*g.amount("raw"))), ("SubmittedUtc", g.ts("iso"))])
    return ["routeone.outbound ", J(obj)]


@T
def _de_sepa(g):
    p = g.person(loc="de_DE")
    return F('{ts} SEPA-Lastschriftmandat {mr} für Servicevertrag erteilt: Kontoinhaber {nm}, IBAN {iban}, '
             'BIC {bic}, E-Mail {em}, Gläubiger-ID {gid}',
             ts=g.ts("eu"), mr=("MR-" + g.d(8), "mandate_ref"), nm=g.P(p), iban=g.IBAN(g.ch(["DE", "DE", "AT", "NL"])),
             bic=(g.ch(["DEUTDEFFXXX", "COBADEFFXXX", "GENODEM1GLS", "INGDDEFFXXX", "BYLADEMMXXX"]), "bic"),
             em=g.EM(p), gid=("DE" + "%02d" % g.ri(10, 99) + "ZZZ0000" + g.d(7), "creditor_id"))


@T
def _bodyshop_claim(g):
    p = g.person(mix=US_MIX, cc="en_US")
    adj = g.person(mix=US_MIX, cc="en_US")
    ins = g.ch(INSURERS)
    return F('{ts} bodyshop claim {cl} insurer="{ins}" insured="{nm}" phone={ph} plate={pl} adjuster="{adj}" '
             'adjuster_email={ae} estimate={amt} DRP=yes',
             ts=g.ts("us"), cl=g.claim(), ins=(ins, "company"), nm=g.P(p), ph=g.PH(p), pl=g.PLATE("en_US"),
             adj=g.P(adj), ae=g.EM(adj, domain=ins.lower().replace(" ", "") + ".com"), amt=g.amount("$"))


@T
def _mot_sms_gb(g):
    p = g.person(mix=["en_GB"] * 5 + ["en_IN", "pl_PL"], cc="en_GB")
    return F('SMS {ts} to {ph}: Hi {fn}, your MOT for {pl} is due {dt}. Book online with {dl} or call {hl}. '
             'Reply STOP to opt out.',
             ts=g.ts("iso"), ph=g.PH(p), fn=g.FN(p), pl=g.PLATE("en_GB"), dt=g.ts("date"),
             dl=(g.ch(["Northgate Motors Ltd", "Pennine Ford", "Thames Valley Audi"]), "company"), hl=g.hotline("en_GB"))


@T
def _nps_webhook(g):
    p = g.person()
    tech = g.person(mix=US_MIX)
    obj = O([("survey_id", ("SV" + g.d(6), "survey_id")), ("score", g.ri(0, 10)),
             ("comment", Q([g.FN(tech), " was great, explained everything about my ", g.model(), " and the ",
                            g.ch(["brake job", "recall", "warranty repair", "tires"]), "."])),
             ("respondent_email", g.EM(p)), ("ro", g.ro()), ("submitted_at", g.ts("iso"))])
    return ["survey.response ", J(obj)]


@T
def _k8s_no_pii(g):
    return F('{ts} kubelet pod={pod} container={c} image=registry.dg.internal/{c}:{v} restart_count={r} '
             'node={node} podIP={ip} status=Running',
             ts=g.ts("isoms"), pod=g.host(), c=g.ch(["crm-api", "rental-core", "telematics-ingest", "parts-sync"]),
             v=g.version(), r=str(g.ri(0, 4)), node=g.host(), ip=g.sip("pod_ip"))


@T
def _nginx_error(g):
    p = g.person()
    dom = g.ch(DEALER_DOMAINS)
    return F('{ts} [error] {pid}#0: *{n} upstream timed out (110: Connection timed out) while reading response '
             'header from upstream, client: {cip}, server: portal.{dom}, request: "GET /api/customers/lookup?email={em} '
             'HTTP/1.1", upstream: "http://{up}:8080/api/customers/lookup", host: "portal.{dom}"',
             ts=g.ts("slash"), pid=str(g.ri(100, 9999)), n=str(g.ri(1000, 999999)), cip=g.CIP(), dom=dom,
             em=g.EM(p), up=g.sip())


@T
def _deposit_by_phone(g):
    p = g.person(mix=US_MIX, cc="en_US")
    sp = g.person(mix=US_MIX)
    return F('{ts} deal {deal} deposit taken by phone: {nm} paid {amt} with card {cd} exp {exp}, auth code {ac}. '
             'Salesperson {sp}.',
             ts=g.ts("us"), deal=g.deal(), nm=g.P(p), amt=g.amount("$"), cd=g.CARD(),
             exp="%02d/%02d" % (g.ri(1, 12), g.ri(25, 31)), ac=(g.s(6, UP + DIG), "auth_code"), sp=g.P(sp))


@T
def _warranty_no_pii(g):
    pn, _ = g.part()
    return F('{ts} warranty-submit dealer={dc} claim={cl} vin={vin} labor_op={op} causal_part={pn} dtc={dtc} '
             'hours={h} amount={amt} status={st}',
             ts=g.ts("iso"), dc=(g.d(5), "dealer_code"), cl=g.claim(), vin=g.vin(),
             op=(g.s(2) + g.d(4), "labor_op"), pn=pn, dtc=g.dtc(), h="%.1f" % g.r.uniform(0.2, 9.5),
             amt=g.amount("$"), st=g.ch(["ACCEPTED", "PENDING", "RETURNED"]))


@T
def _geofence_exit(g):
    p = g.person()
    lat, lon = g.geo()
    return F('{ts} WARN fleet geofence.exit unit={u} plate={pl} renter="{nm}" renter_phone={ph} lat={lat} lon={lon} '
             'zone="{z}" action=notify',
             ts=g.ts("iso"), u=("U" + g.d(4), "unit_no"), pl=g.PLATE(p.cc), nm=g.P(p), ph=g.PH(p), lat=lat, lon=lon,
             z=g.ch(["Metro area", "State border", "Airport lot", "Mainland only"]))


@T
def _voicemail(g):
    p = g.person(mix=US_MIX, cc="en_US")
    return F('voicemail transcript (ext {ext}, {dur}s): "Hi, this is {nm} calling about my {mdl}, the check engine '
             'light came back on after you guys fixed it. You can reach me at {ph}. Thanks."',
             ext=str(g.ri(200, 299)), dur=str(g.ri(8, 90)), nm=g.P(p), mdl=g.model(), ph=g.PH(p, intl=False))


@T
def _livechat(g):
    p = g.person()
    ag = g.person(mix=US_MIX)
    return F('livechat session {sid} visitor_ip={ip} transcript: [visitor] hi, interested in the {mdl} stock {stk} '
             '[agent {af}] sure! can I get your name and email? [visitor] {nm}, {em}',
             sid=g.uuid(), ip=g.CIP(), mdl=g.model(), stk=g.stock(), af=g.FN(ag), nm=g.P(p), em=g.EM(p))


@T
def _deploy_no_pii(g):
    return F('{ts} deploy: {svc} {v} ({h}) rolled out to {host} by {acct}; previous {pv}, {n} pods healthy',
             ts=g.ts("iso"), svc=g.ch(["crm-api", "rental-core", "fni-gw", "parts-sync", "ocpp-hub"]),
             v=g.version(), h=g.hash(7), host=g.host(), acct=g.sysacct(), pv=g.version(), n=str(g.ri(2, 12)))


@T
def _oauth_secret(g):
    return F('{ts} WARN oauth token request logged verbatim: grant_type=client_credentials&client_id={cid}'
             '&client_secret={sec}&scope=inventory.read -> 200 from {ip}',
             ts=g.ts("isoms"), cid=(g.ch(["dealer-portal-prod", "dms-bridge", "rental-kiosk"]), "client_id"),
             sec=(g.s(g.ri(32, 48), ALNUM + "-_~"), "CREDENTIAL"), ip=g.sip())


@T
def _guest_wifi(g):
    p = g.person(mix=US_MIX)
    return F('{ts} showroom-wifi dhcpd: DHCPACK on {ip} to {mac} via eth1; captive portal accepted {nm} <{em}> '
             'lease={n}s gateway={gw}',
             ts=g.ts("syslog"), ip=("192.168.%d.%d" % (g.ri(50, 60), g.ri(2, 250)), "IP_ADDRESS"), mac=g.mac(),
             nm=g.P(p), em=g.EM(p), n=str(g.ch([3600, 7200, 86400])), gw=("192.168.%d.1" % g.ri(50, 60), "gateway_ip"))


@T
def _fraud_alert(g):
    a = g.person(mix=US_MIX, cc="en_US")
    b = g.person(mix=US_MIX, cc="en_US")
    return F('{ts} FRAUD-RULE fni-risk: application {app} flagged: SSN {ssn} is on file for {a} but applicant is '
             '{b}; submitted from {ip} (geo mismatch), phone {ph} is VOIP',
             ts=g.ts("iso"), app=g.app_id(), ssn=g.SSN(), a=g.P(a), b=g.P(b), ip=g.CIP(), ph=g.PH(b))


@T
def _estimate_no_pii(g):
    return F('{ts} estimate {e} insurer={ins} vin={vin} parts={p} labor={l} paint={pt} total={t} '
             'estimator_system=CCC ONE {v}',
             ts=g.ts("iso"), e=("EST-" + g.d(6), "estimate_no"), ins=(g.ch(INSURERS), "company"), vin=g.vin(),
             p=g.amount("$"), l=g.amount("$"), pt=g.amount("$"), t=g.amount("$"), v=g.version())


@T
def _de_reifen(g):
    p = g.person(loc="de_DE")
    return F('Reifeneinlagerung {ts}: {nm}, Kennzeichen {pl}, Satz {art} 225/45 R17, Lagerplatz {rk}, Tel. {ph}',
             ts=g.ts("eu"), nm=g.P(p), pl=g.PLATE("de_DE"), art=g.ch(["Winterreifen", "Sommerreifen", "Allwetter"]),
             rk=g.rack(), ph=g.PH(p))


@T
def _dear_mr_mail(g):
    p = g.person()
    title = g.ch(["Mr.", "Ms.", "Mrs.", "Dr."])
    return F('{ts} mailer queued to={em} from={role} subject="Your {mdl} is ready" body_preview="Dear {t} {ln}, your '
             'vehicle ({ro}) is ready for pickup. Balance due {amt}."',
             ts=g.ts("iso"), em=g.EM(p), role=g.role(), mdl=g.model(), t=title, ln=g.LN(p), ro=g.ro(),
             amt=g.amount("$"))


@T
def _roadside_csv(g):
    p = g.person()
    agent = g.person(mix=US_MIX)
    return F('{case},{ts},{nm},{ph},{pl},{vin},"{iss}",{prov},{eta},{ag}',
             case=g.case(), ts=g.ts("iso"), nm=g.P(p), ph=g.PH(p), pl=g.PLATE(p.cc), vin=g.vin(),
             iss=g.ch(["flat tire, no spare", "battery dead", "keys locked in car", "engine overheated"]),
             prov=(g.ch(TOW), "company"), eta=str(g.ri(10, 120)), ag=g.login(agent))


@T
def _fleet_onboarding(g):
    p = g.person(mix=US_MIX, cc="en_US")
    co = g.f["en_US"].company()
    dom = g._ascii(co)[:14] + ".com"
    return F('{ts} fleet-accounts: new account "{co}" EIN {ein} guarantor {nm} SSN {ssn} contact {em} '
             'phone {ph}, credit limit {amt}',
             ts=g.ts("iso"), co=(co, "company"), ein=(g.d(2) + "-" + g.d(7), "ein"), nm=g.P(p), ssn=g.SSN(),
             em=g.EM(p, domain=dom), ph=g.PH(p), amt=g.amount("$"))


@T
def _ocpp_no_pii(g):
    return F('{ts} ocpp[{pid}]: StartTransaction connector={c} idTag={tag} meterStart={m} chargePoint=DG-CP-{cp} '
             '({ip}) fw={v}',
             ts=g.ts("isoms"), pid=str(g.ri(100, 9999)), c=str(g.ri(1, 4)), tag=(g.s(8, "0123456789ABCDEF"), "rfid_tag"),
             m=str(g.ri(0, 999999)), cp="%03d" % g.ri(1, 120), ip=g.sip(), v=g.version())


# ============================ Chinese =======================================

@T
def _cn_lead(g):
    p = g.person(loc="zh_CN")
    return F('[{ts}] INFO  线索创建 来源={src} 客户={nm} 手机={ph} 意向车型={mdl} 门店={dl} 线索ID={lid}',
             ts=g.ts("plain"), src=g.ch(["懂车帝", "汽车之家", "抖音直播", "到店", "易车"]), nm=g.P(p), ph=g.PH(p),
             mdl=g.model_cn(), dl=g.dealer_cn(), lid=g.lead_id())


@T
def _cn_json_keys(g):
    p = g.person(loc="zh_CN")
    staff = g.person(loc="zh_CN")
    obj = O([("客户姓名", g.P(p)), ("联系电话", g.PH(p)), ("身份证号", g.CNID()), ("车牌号", g.PLATE("zh_CN")),
             ("车架号", g.vin()), ("意向金", raw(*g.amount("raw"))), ("录入人", g.P(staff)), ("创建时间", g.ts("plain"))])
    return ["customer-svc 新建客户档案 ", J(obj, sp=False)]


@T
def _cn_loan_kv(g):
    p = g.person(loc="zh_CN")
    return F('{ts} 金融 提交贷款申请 申请编号={app} 申请人={nm} 身份证={cid} 还款卡号={cd} 预留手机={ph} '
             '贷款金额={amt} 期数={n} 金融机构={ld}',
             ts=g.ts("plain"), app=g.app_id(), nm=g.P(p), cid=g.CNID(), cd=g.CARD("up"), ph=g.PH(p),
             amt=g.amount("¥"), n=g.ch(["12", "24", "36", "60"]), ld=(g.ch(LENDERS_CN), "company"))


@T
def _cn_workorder_note(g):
    tech = g.person(loc="zh_CN")
    cust = g.person(loc="zh_CN")
    return F('{ts} 工单{ro} 备注：{t}师傅反馈，客户{c}{hon}的车（{pl}）{cp}，已电话联系{ph}，客户同意更换，报价{amt}。',
             ts=g.ts("plain"), ro=g.ro(), t=g.LN(tech), c=g.LN(cust), hon=g.ch(["先生", "女士", "总"]),
             pl=g.PLATE("zh_CN"), cp=g.ch(COMPLAINTS_CN), ph=g.PH(cust), amt=g.amount("元"))


@T
def _cn_roadside(g):
    p = g.person(loc="zh_CN")
    return F('{ts} 救援派单 单号={case} 求助人={nm} 电话={ph} 位置={loc} 车牌={pl} 故障={f} 救援商={prov} 预计到达={n}分钟',
             ts=g.ts("plain"), case=g.case(), nm=g.P(p), ph=g.PH(p),
             loc=g.ch(["G4京港澳高速K1023+500南行", "沪昆高速杭州段K178", "深南大道与科苑路交叉口", "G15沈海高速K2301北行"]),
             pl=g.PLATE("zh_CN"), f=g.ch(["爆胎", "电瓶亏电", "钥匙锁车内", "事故拖车", "没油"]),
             prov=(g.ch(TOW_CN), "company"), n=str(g.ri(15, 90)))


@T
def _cn_testdrive_sms(g):
    c = g.person(loc="zh_CN")
    s = g.person(loc="zh_CN")
    return F('【{dl}】尊敬的{c}{hon}，您预约的{mdl}试驾已确认，时间{ts}。销售顾问{s}（{sph}）将在展厅等候。客服热线{hl}。',
             dl=g.dealer_cn(), c=g.LN(c), hon=g.ch(["女士", "先生"]), mdl=g.model_cn(), ts=g.ts("cn"), s=g.P(s),
             sph=g.PH(s, intl=False), hl=g.hotline("zh_CN"))


@T
def _tw_rental(g):
    p = g.person(loc="zh_TW")
    return F('{ts} 租車訂單 {ra} 承租人：{nm}，手機：{ph}，車牌：{pl}，信用卡：{cd}，押金 {amt}，取車據點 {br}',
             ts=g.ts("slash"), ra=g.ra(), nm=g.P(p), ph=g.PH(p), pl=g.PLATE("zh_TW"), cd=g.CARD(g.ch(["visa", "mc", "jcb"])),
             amt=g.amount("NT$", 2.0, 3.0), br=g.ch(["桃園機場站", "台北車站站", "高鐵台中站"]))


@T
def _tw_telematics_no_pii(g):
    return F('{ts} [車聯網] 車輛 {vin} 上報：里程 {km} 公里，胎壓 左前 {tp}bar，電量 {soc}%，終端 IMEI {imei}，韌體版本 {v}',
             ts=g.ts("slash"), vin=g.vin(), km=(str(g.ri(10, 200000)), "odometer"), tp="%.1f" % g.r.uniform(1.8, 2.9),
             soc=str(g.ri(5, 100)), imei=g.imei(), v=g.version())


@T
def _cn_wxpay_no_pii(g):
    obj = O([("out_trade_no", g.order18()), ("transaction_id", ("4200" + g.d(24), "transaction_id")),
             ("openid", ("o" + g.s(27, ALNUM + "-_"), "openid")), ("total_fee", raw(*g.amount("cents", 2.0, 4.7))),
             ("trade_state", "SUCCESS"), ("attach", Q(["定金-", g.model_cn()])), ("time_end", (g.ts("date")[0].replace("-", "") + "%02d%02d%02d" % (g.ri(0, 23), g.ri(0, 59), g.ri(0, 59)), "timestamp"))])
    return ["微信支付回调 ", J(obj, sp=False)]


@T
def _cn_ticket_pf(g):
    p = g.person(loc="zh_CN")
    s = g.person(loc="zh_CN")
    return F('工单号:{t} | 客户:{nm} | 手机:{mp} | 内容:客户想订{pf}同款{mdl}，询问交付周期和置换补贴 | 处理人:{s} | 状态:待回访',
             t=("TK" + g.d(8), "ticket_id"), nm=g.P(p), mp=g.masked_phone(), pf=g.pf_cn(), mdl=g.model_cn(), s=g.P(s))


@T
def _cn_parts_out_no_pii(g):
    pn, _ = g.part()
    return F('{ts} 配件出库 单号={o} 配件编号={pn} 名称={nm} 数量={q} 库位={rk} 操作人={op} 仓库服务器={ip}',
             ts=g.ts("plain"), o=("CK" + g.d(10), "order_id"), pn=pn,
             nm=g.ch(["机油滤清器", "前刹车片", "空调滤芯", "火花塞", "雨刮片"]), q=str(g.ri(1, 12)), rk=g.rack(),
             op=g.sysacct(), ip=g.sip())


@T
def _cn_claim(g):
    p = g.person(loc="zh_CN")
    return F('{ts} 理赔报案 报案号={cl} 保险公司={ins} 被保险人={nm} 身份证号={cid} 车牌={pl} 联系电话={ph} 定损金额={amt}',
             ts=g.ts("plain"), cl=("RDAA" + g.d(16), "claim_no"), ins=(g.ch(INSURERS_CN), "company"), nm=g.P(p),
             cid=g.CNID(), pl=g.PLATE("zh_CN"), ph=g.PH(p), amt=g.amount("元"))


@T
def _cn_maint_sms(g):
    p = g.person(loc="zh_CN")
    return F('【{dl}】{s}先生您好，您的爱车{pl}已行驶{km}公里，建议近期回店保养。预约请致电{hl}或回复1。',
             dl=g.dealer_cn(), s=g.LN(p), pl=g.PLATE("zh_CN"), km=(str(g.ri(5000, 120000)), "odometer"),
             hl=g.hotline("zh_CN"))


@T
def _cn_login_audit(g):
    p = g.person(loc="zh_CN")
    return F('{ts} [审计] 用户 {u} 登录DMS成功，来源IP {ip}，终端 {h}，会话 {sid}',
             ts=g.ts("plain"), u=g.login(p), ip=g.CIP(), h=g.host(), sid=g.uuid())


@T
def _cn_jdbc(g):
    return F('{ts} ERROR 数据同步任务失败：无法连接 jdbc:mysql://{ip}:3306/dms?user={u}&password={pw}&useSSL=false，已重试{n}次',
             ts=g.ts("log4j"), ip=g.sip(), u=(g.ch(["dms_rw", "sync_user", "report_ro"]), "db_user"), pw=g.PW(),
             n=str(g.ri(1, 5)))


@T
def _cn_usedcar(g):
    p = g.person(loc="zh_CN")
    a = g.person(loc="zh_CN")
    return F('{ts} 二手车评估 车主={nm} 电话={ph} 车牌={pl} 车架号={vin} 表显里程={km}公里 评估价={amt} 评估师={a}',
             ts=g.ts("plain"), nm=g.P(p), ph=g.PH(p), pl=g.PLATE("zh_CN"), vin=g.vin(),
             km=(str(g.ri(1000, 300000)), "odometer"), amt=g.amount("¥"), a=g.P(a))


@T
def _cn_delivery(g):
    c = g.person(loc="zh_CN")
    s = g.person(loc="zh_CN")
    return F('{ts} 交车完成：{c}{hon}提车 {mdl}，车牌{pl}，销售顾问{s}，合同号{ct}，尾款{amt}已结清。',
             ts=g.ts("cn"), c=g.LN(c), hon=g.ch(["女士", "先生"]), mdl=g.model_cn(), pl=g.PLATE("zh_CN"), s=g.P(s),
             ct=("HT" + g.d(10), "contract_no"), amt=g.amount("元"))


@T
def _cn_otp(g):
    p = g.person(loc="zh_CN")
    return F('{ts} 短信网关 发送至 {ph}：【{dl}】您的登录验证码为{otp}，5分钟内有效，请勿泄露。 msgid={mid}',
             ts=g.ts("plain"), ph=g.PH(p), dl=g.dealer_cn(), otp=g.PIN(6), mid=("M" + g.d(12), "msg_id"))


@T
def _cn_gateway_no_pii(g):
    return F('{ip} - - [{ts}] "POST /api/v1/telematics/batch HTTP/1.1" 200 {b} "-" "Go-http-client/1.1" 上游={up} 耗时={ms}ms',
             ip=g.sip(), ts=g.ts("apache"), b=str(g.ri(100, 4000)), up=g.sip("upstream_ip"), ms=str(g.ri(1, 400)))


@T
def _cn_daily_no_pii(g):
    return F('{dt} 门店日报 {dl}：进店 {a} 批次，试驾 {b} 台，成交 {c} 台，销售额 {s}，售后产值 {h}，由 {acct} 自动生成',
             dt=g.ts("date"), dl=g.dealer_cn(), a=str(g.ri(10, 200)), b=str(g.ri(2, 60)), c=str(g.ri(0, 30)),
             s=g.amount("¥"), h=g.amount("¥"), acct=g.sysacct())


@T
def _tw_service_booking(g):
    p = g.person(loc="zh_TW")
    s = g.person(loc="zh_TW")
    return F('預約保養：{nm} {hon}，手機 {ph}，車牌 {pl}，車型 {mdl}，預約時間 {ts}，服務專員 {s}。',
             nm=g.P(p), hon=g.ch(["先生", "小姐"]), ph=g.PH(p), pl=g.PLATE("zh_TW"),
             mdl=(g.ch(MODELS_TW), "product"), ts=g.ts("slash"), s=g.P(s))


@T
def _cn_csv_export(g):
    p = g.person(loc="zh_CN")
    return F('{nm},{ph},{em},{pl},{mdl},{dt},{dl}',
             nm=g.P(p), ph=g.PH(p, intl=False), em=g.EM(p), pl=g.PLATE("zh_CN"), mdl=g.model_cn(), dt=g.ts("date"),
             dl=g.dealer_cn())


@T
def _cn_foreign_passport(g):
    if g.pct(0.6):
        p = g.person(mix=FOREIGN_MIX)
        return F('{ts} 外籍客户购车登记：姓名 {nm}，护照号 {pp}，国籍代码 {cc}，联系电话 {ph}，车型 {mdl}，销售 {s}',
                 ts=g.ts("plain"), nm=g.P(p), pp=g.PASS(p.loc), cc=p.loc[-2:], ph=g.PH(p, intl=True), mdl=g.model_cn(),
                 s=g.P(g.person(loc="zh_CN")))
    p = g.person(loc="zh_CN")
    return F('{ts} 境外自驾租车预审：承租人 {nm}，护照 {pp}，手机 {ph}，取车地 {c}，订单 {o}',
             ts=g.ts("plain"), nm=g.P(p), pp=g.PASS("zh_CN"), ph=g.PH(p), c=g.ch(["洛杉矶", "奥克兰", "慕尼黑", "曼谷"]),
             o=g.order18())


@T
def _cn_pinyin_keys(g):
    p = g.person(loc="zh_CN")
    s = g.person(loc="zh_CN")
    obj = O([("khxm", g.P(p)), ("sfzh", g.CNID()), ("sjhm", g.PH(p, intl=False)), ("dkje", raw(*g.amount("raw"))),
             ("spzt", "通过"), ("jbr", g.login(s)), ("sqsj", g.ts("plain"))])
    return ["loan-approve result=", J(obj, sp=False)]


@T
def _cn_theft_alert(g):
    p = g.person(loc="zh_CN")
    lat, lon = g.geo()
    return F('{ts} 【车联网告警】车辆{pl}（车主{nm}，{ph}）于 {lat},{lon} 触发非法移动告警，已推送至APP。VIN={vin}',
             ts=g.ts("plain"), pl=g.PLATE("zh_CN"), nm=g.P(p), ph=g.PH(p), lat=lat, lon=lon, vin=g.vin())


@T
def _cn_wecom_bot(g):
    s = g.person(loc="zh_CN")
    c = g.person(loc="zh_CN")
    return F('企业微信机器人 → 售后群：@{s} 请跟进客户{c}（{ph}）的尾款，订单{o}，金额{amt}，今天18点前回复。',
             s=g.P(s), c=g.P(c), ph=g.PH(c), o=g.order18(), amt=g.amount("元"))


@T
def _cn_stacktrace(g):
    p = g.person(loc="zh_CN")
    return F('{ts} ERROR [customer-svc] 客户建档失败 com.dg.customer.DuplicateIdCardException: 身份证号 {cid} '
             '已被客户 {nm} 使用 at com.dg.customer.CustomerService.create(CustomerService.java:{ln}) '
             'at com.dg.customer.api.CustomerController.save(CustomerController.java:64)',
             ts=g.ts("log4j"), cid=g.CNID(), nm=g.P(p), ln=str(g.ri(90, 300)))


@T
def _cn_charging_no_pii(g):
    return F('{ts} 充电订单 {o} 桩号={pile} 充电量={kwh}kWh 金额={amt} 用户={mp} 支付=微信',
             ts=g.ts("plain"), o=g.order18(), pile=("CP" + g.d(8), "pile_id"), kwh="%.2f" % g.r.uniform(3, 90),
             amt=g.amount("元", 0.5, 2.3), mp=g.masked_phone())


@T
def _cn_invoice_no_pii(g):
    pn, _ = g.part()
    return F('{ts} 开具发票：抬头={co} 税号={tax} 配件={pn} 金额={amt} 开票员={op}',
             ts=g.ts("plain"), co=g.company("zh_CN"), tax=g.tax_id_cn(), pn=pn, amt=g.amount("¥"), op=g.sysacct())


@T
def _tw_renewal_note(g):
    p = g.person(loc="zh_TW")
    return F('續保電訪：{nm}（{ph}，{em}）表示考慮換保險公司，已報價 {amt}。備註：客戶很喜歡{pf}代言的廣告。',
             nm=g.P(p), ph=g.PH(p), em=g.EM(p), amt=g.amount("NT$"), pf=(g.ch(["周杰倫", "林志玲", "蔡依林"]), "public_figure"))


# --------------------------------------------------------------------------

def blind_log29(n: int, seed: int = 0) -> list:
    g = G(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        tid = g.r.randrange(nt)
        out.append(_build(TEMPLATES[tid](g), tid))
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time
    t0 = time.time()
    rows = blind_log29(5000, seed=int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    c = collections.Counter(s[2] for r in rows for s in r["spans"])
    print(len(TEMPLATES), "templates", "%.2fs" % (time.time() - t0))
    for k, v in sorted(c.items()):
        print(k, v)
