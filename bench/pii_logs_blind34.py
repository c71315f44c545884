"""Blind benchmark data: log lines of a veterinary clinic group and its pet services.

Written independently of the redactor.  ``blind_log34(n, seed)`` returns ``n`` log lines,
each a dict ``{"text", "spans", "decoys", "template"}``:

* ``spans``  -- ``[start, end, TYPE]`` for every personal value planted in the line;
* ``decoys`` -- ``[start, end, kind]`` for non-personal look-alikes that must survive
  (pet names, ids, microchips, masked values, role mailboxes, server addresses, ...).

Only the standard library and Faker are used.  Deterministic for a given seed.
"""

import base64
import hashlib
import json
import random
import re
import unicodedata
import uuid
from datetime import datetime, timedelta

from faker import Faker

TYPES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE",
})

LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR",
           "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
# locales whose names are written in Latin script
LATIN = ["en_US", "en_GB", "en_IN", "fr_FR", "de_DE", "es_ES", "pt_BR", "it_IT", "nl_NL",
         "pl_PL", "tr_TR"]
# weights for "any owner" in international (English-language) systems
ANY_LOC = ["en_US"] * 4 + ["en_GB"] * 3 + ["en_IN"] * 2 + LOCALES

_FAKER = None


def _faker():
    global _FAKER
    if _FAKER is None:
        _FAKER = Faker(LOCALES)
    return _FAKER


# --------------------------------------------------------------------------- line builder

_PH = re.compile(r"\{(\d+)\}")


class _Line:
    __slots__ = ("parts", "pos", "spans", "decoys", "jsep", "jcol")

    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []
        self.decoys = []
        self.jsep = ","
        self.jcol = ":"

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def lab(self, val, lab):
        start = self.pos
        self.t(val)
        if lab in TYPES:
            self.spans.append([start, self.pos, lab])
        elif lab:
            self.decoys.append([start, self.pos, lab])
        return self

    def v(self, a):
        if a is None:
            return
        if isinstance(a, tuple):
            self.lab(str(a[0]), a[1])
        else:
            self.t(str(a))

    def f(self, fmt, *args):
        pieces = _PH.split(fmt)
        for i, piece in enumerate(pieces):
            if i % 2:
                self.v(args[int(piece)])
            elif piece:
                self.t(piece)
        return self

    # JSON: dict -> object, list -> array, tuple (value, label) -> labelled scalar
    def j(self, obj):
        if isinstance(obj, dict):
            self.t("{")
            for i, (k, v) in enumerate(obj.items()):
                if i:
                    self.t(self.jsep)
                self.t(json.dumps(k, ensure_ascii=False) + self.jcol)
                self.j(v)
            self.t("}")
        elif isinstance(obj, list):
            self.t("[")
            for i, v in enumerate(obj):
                if i:
                    self.t(self.jsep)
                self.j(v)
            self.t("]")
        elif isinstance(obj, tuple):
            val, lab = obj
            if isinstance(val, (int, float)):
                self.lab(json.dumps(val), lab)
            else:
                enc = json.dumps(val, ensure_ascii=False)
                assert enc[1:-1] == val, val
                self.t('"').lab(val, lab).t('"')
        else:
            self.t(json.dumps(obj, ensure_ascii=False))
        return self

    # key=value pairs; values containing spaces are quoted (quotes outside the span)
    def kv(self, items, sep=" ", eq="=", quote_all=False):
        for i, (k, v) in enumerate(items):
            if i:
                self.t(sep)
            self.t(k + eq)
            raw = v[0] if isinstance(v, tuple) else v
            q = quote_all or (" " in str(raw)) or str(raw) == ""
            if q:
                self.t('"')
            self.v(v)
            if q:
                self.t('"')
        return self

    def done(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------- value pools

PETS = {
    "en": ["Bella", "Max", "Luna", "Charlie", "Coco", "Rocky", "Milo", "Daisy", "Simba", "Nala",
           "Oreo", "Biscuit", "Pepper", "Bruno", "Toby", "Rex", "Mochi", "Shadow", "Ginger",
           "Mittens", "Thor", "Filou", "Bommel", "Pamuk", "Burek", "Kiki", "Lola", "Zeus",
           "Sushi", "Peanut", "Maple", "Ziggy", "Nugget", "Bailey", "Duke", "Teddy", "Loki",
           "Willow", "Poppy", "Hazel", "Mr Whiskers", "Sir Barksalot", "Pixel", "Nacho"],
    "zh": ["豆豆", "旺财", "小白", "球球", "咪咪", "乐乐", "团团", "元宝", "可乐", "布丁", "年糕",
           "花花", "大黄", "毛毛", "糖糖", "土豆", "馒头", "芝麻", "橘子", "来福"],
    "tw": ["麻糬", "小黑", "布丁", "豆花", "咪咪", "阿福", "皮蛋", "湯圓", "黑糖", "饅頭"],
    "ja": ["ポチ", "モモ", "ハナ", "ソラ", "コタロウ", "きなこ", "マロン", "さくら"],
    "ko": ["초코", "보리", "콩이", "해피", "뭉치", "두부", "별이"],
    "ru": ["Барсик", "Мурка", "Шарик", "Рыжик", "Пушок", "Джек", "Снежок"],
    "vi": ["Mực", "Vàng", "Bông", "Na", "Mít", "Lu", "Xoài"],
}
_PETKEY = {"zh_CN": "zh", "zh_TW": "tw", "ja_JP": "ja", "ko_KR": "ko", "ru_RU": "ru", "vi_VN": "vi"}

SPECIES = ["canine", "feline", "rabbit", "guinea pig", "ferret", "parrot", "hamster", "tortoise"]
BREEDS = ["Labrador Retriever", "French Bulldog", "Cocker Spaniel", "Maine Coon", "Border Collie",
          "Dachshund", "British Shorthair", "Golden Retriever", "Beagle", "Ragdoll", "Shih Tzu",
          "German Shepherd", "Siamese", "Staffordshire Bull Terrier", "Holland Lop"]
ZH_BREEDS = ["柯基", "金毛", "泰迪", "柴犬", "英短", "布偶猫", "美短", "比熊", "边牧", "拉布拉多",
             "中华田园犬", "橘猫", "哈士奇", "萨摩耶"]
TW_BREEDS = ["柴犬", "米克斯", "貴賓", "法鬥", "英短", "布偶貓", "臘腸", "博美"]

DRUGS = ["Meloxicam 1.5mg/ml oral susp", "Amoxicillin/Clavulanate 250mg", "Gabapentin 100mg",
         "Apoquel 16mg", "Bravecto 500mg chewable", "Cerenia 24mg", "Metacam 0.5mg/ml",
         "Enrofloxacin 50mg", "Prednisolone 5mg", "Buprenorphine 0.3mg/ml", "Frontline Plus M",
         "Vetmedin 5mg", "Cytopoint 20mg"]
ZH_DRUGS = ["阿莫西林克拉维酸钾片 50mg×14", "美洛昔康口服混悬液 10ml", "大宠爱 驱虫滴剂 2.5ml",
            "拜宠清 驱虫片 1片", "多西环素片 100mg×10", "恩诺沙星注射液 5ml", "妙三多 猫三联疫苗 1支",
            "卫佳捌 犬八联疫苗 1支", "速诺 250mg×10"]
VACCINES = ["Rabies", "DHPP", "DHPPi+L4", "Leptospirosis L4", "Bordetella (KC)", "FVRCP",
            "FeLV", "RHDV2", "Nobivac Tricat", "Canigen DHPPi/L"]
COMPANIES = ["Zoetis", "IDEXX Laboratories", "Antech Diagnostics", "Boehringer Ingelheim",
             "MSD Animal Health", "Elanco", "Virbac", "Royal Canin", "Hill's Pet Nutrition",
             "Covetrus", "Petplan", "Trupanion", "Agria Pet Insurance", "Nationwide Pet",
             "Figo Pet Insurance", "Lemonade Pet", "HomeAgain", "PetLog", "Animalcare"]
CLINICS = ["Paws & Claws Veterinary Centre", "Riverside Animal Hospital", "Northgate Vets",
           "Happy Tails Pet Resort", "Cedar Park Veterinary Group", "Harbourside Vets",
           "BlueCross Animal Clinic", "Meadowbank Veterinary Practice", "VetPoint 24h Emergency"]
ZH_CLINICS = ["瑞鹏宠物医院(福田店)", "新瑞鹏宠物医院(徐汇店)", "芭比堂动物医院", "爱宠动物医院",
              "宠e家宠物医院(朝阳店)", "美联众合动物医院", "安安宠医(天河店)", "萌宠之家寄养中心"]
TW_CLINICS = ["毛孩動物醫院", "大安動物醫院", "全國動物醫院(信義店)", "汪喵寵物美容", "愛寶寵物旅館"]
SERVICE_ACCOUNTS = ["svc-backup", "root", "jenkins", "pms-sync", "vetlink-api", "postgres",
                    "www-data", "cron", "ansible", "svc-reminders", "deploy", "nobody",
                    "svc-petlog", "admin", "system", "scheduler"]
ROLE_LOCAL = ["support", "noreply", "no-reply", "billing", "appointments", "reception", "claims",
              "info", "pharmacy", "lab-results", "boarding", "grooming", "accounts", "hello",
              "donotreply", "privacy", "dpo"]
ROLE_DOMAINS = ["pawsandclaws.co.uk", "riversideanimalhospital.com", "northgatevets.com",
                "happytails-resort.com", "cedarparkvets.com", "petplan.co.uk", "vetpoint24.com",
                "trupanion.com", "rp-pet.cn", "chongyijia.com.cn", "maohai-vet.com.tw"]
HOSTS = ["pms-web01", "pms-web02", "vet-his-app01", "notify-7f9c4", "booking-api-2", "lab-gw01",
         "pos-bridge", "claims-svc-0", "chip-registry-proxy", "sms-gw-eu1", "boarding-app",
         "pharmacy-db02", "edge-lb-1"]
PUBLIC_FIGURES = ["James Herriot", "Steve Irwin", "Cesar Millan", "David Attenborough",
                  "Jane Goodall", "Taylor Swift", "Dolly Parton", "Betty White", "Bob Marley",
                  "Paul McCartney"]
ZH_FIGURES = ["周杰伦", "邓丽君", "鲁迅", "王菲", "李白", "苏轼", "林俊杰", "梅艳芳"]

EMAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "en_GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "zh_CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "pchome.com.tw"],
    "fr_FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "es_ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "ja_JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "icloud.com"],
    "ko_KR": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "ru_RU": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "alice.it"],
    "nl_NL": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
    "pl_PL": ["wp.pl", "o2.pl", "gmail.com", "onet.pl", "interia.pl"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}

PY_FAM = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
          "ma", "zhu", "hu", "guo", "he", "lin", "luo", "zheng"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "lei", "yang", "jie", "tao", "ming", "xiaoyu", "hao",
          "yan", "jun", "li", "qiang", "xin", "yue", "lan", "peng"]
JA_ROM = (["sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura"],
          ["yuki", "haruto", "aoi", "sota", "yui", "ren", "hina", "daiki"])
KO_ROM = (["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon"],
          ["minjun", "seoyeon", "jiwoo", "hajun", "suah", "doyun", "jiho", "yerin"])
RU_ROM = (["ivanov", "smirnova", "kuznetsov", "popova", "sokolov", "volkova", "morozov"],
          ["ivan", "olga", "dmitry", "anna", "sergey", "elena", "alexei", "maria"])
VI_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi"]
VI_MID = ["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh", "Hữu", "Thu"]
VI_GIV = ["An", "Bình", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phương", "Quân", "Tuấn", "Trang",
          "Hà", "Dũng", "Hương"]

CN_REGIONS = ["110101", "110105", "110108", "310101", "310104", "310115", "440103", "440106",
              "440305", "440304", "330106", "330102", "320102", "320506", "510107", "500103",
              "420102", "610113", "370202", "120101", "210202", "350203", "430104", "230103"]
CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ascii(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = s.replace("ı", "i")
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128 and c.isalnum())
    return out.lower()


class _Person:
    __slots__ = ("full", "first", "last", "loc", "af", "al")

    def __init__(self, full, first, last, loc, af, al):
        self.full, self.first, self.last, self.loc, self.af, self.al = full, first, last, loc, af, al


# --------------------------------------------------------------------------- generator context

class _Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = _faker()
        self.fk.seed_instance(seed)
        self.base = datetime(2024, 1, 1)

    # -- small helpers
    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def nz(self, n):  # n digits, no leading zero
        return str(self.r.randint(10 ** (n - 1), 10 ** n - 1))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def dt(self):
        return self.base + timedelta(seconds=self.r.randrange(600 * 86400))

    def iso(self):
        d = self.dt()
        k = self.r.randrange(4)
        if k == 0:
            return d.strftime("%Y-%m-%dT%H:%M:%SZ")
        if k == 1:
            return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.r.randrange(1000):03d}Z"
        if k == 2:
            return d.strftime("%Y-%m-%dT%H:%M:%S+08:00")
        return d.strftime("%Y-%m-%d %H:%M:%S,") + f"{self.r.randrange(1000):03d}"

    def syslog_ts(self):
        d = self.dt()
        return f"{_MONTHS[d.month - 1]} {d.day:>2} {d:%H:%M:%S}"

    def clf_ts(self):
        d = self.dt()
        return f"{d.day:02d}/{_MONTHS[d.month - 1]}/{d.year}:{d:%H:%M:%S} +0000"

    def cn_ts(self):
        return self.dt().strftime("%Y-%m-%d %H:%M:%S")

    def date(self, fmt="%Y-%m-%d"):
        return self.dt().strftime(fmt)

    def epoch_ms(self):
        return str(int(self.dt().timestamp() * 1000))

    def host(self):
        h = self.r.choice(HOSTS)
        return h + self.r.choice(["", "", ".internal", ".prod.vetgroup.local", ".eu-west-1.compute.internal"])

    def level(self):
        return self.r.choice(["INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"])

    # -- people
    def person(self, loc=None):
        r = self.r
        if loc is None:
            loc = r.choice(ANY_LOC)
        g = self.fk[loc]
        if loc in ("zh_CN", "zh_TW"):
            first, last = g.first_name(), g.last_name()
            full = last + first
            af, al = r.choice(PY_GIV), r.choice(PY_FAM)
        elif loc == "ja_JP":
            first, last = g.first_name(), g.last_name()
            full = last + r.choice([" ", "", "\u3000"]) + first
            al, af = r.choice(JA_ROM[0]), r.choice(JA_ROM[1])
        elif loc == "ko_KR":
            first, last = g.first_name(), g.last_name()
            full = last + first
            al, af = r.choice(KO_ROM[0]), r.choice(KO_ROM[1])
        elif loc == "ru_RU":
            if r.random() < 0.5:
                first, last = g.first_name_male(), g.last_name_male()
            else:
                first, last = g.first_name_female(), g.last_name_female()
            full = f"{first} {last}" if r.random() < 0.6 else f"{last} {first}"
            al, af = r.choice(RU_ROM[0]), r.choice(RU_ROM[1])
        elif loc == "vi_VN":
            last, first = r.choice(VI_FAM), r.choice(VI_GIV)
            full = f"{last} {r.choice(VI_MID)} {first}"
            af, al = _ascii(first), _ascii(last)
        else:
            first, last = g.first_name(), g.last_name()
            full = f"{first} {last}"
            af = _ascii(first.split()[0]) or "user"
            al = _ascii(last) or "x"
        return _Person(full, first, last, loc, af, al)

    def login(self, p):
        r = self.r
        k = r.randrange(7)
        if k == 0:
            return p.af[0] + p.al
        if k == 1:
            return f"{p.af}.{p.al}"
        if k == 2:
            return p.al + p.af[0]
        if k == 3:
            return p.af[0] + p.al + str(r.randint(1, 99))
        if k == 4:
            return f"{p.af}_{p.al}"
        if k == 5:
            return f"{p.al}.{p.af}"
        return p.af + p.al[0]

    def email(self, p):
        r = self.r
        dom = r.choice(EMAIL_DOMAINS.get(p.loc, ["gmail.com"]))
        if p.loc == "zh_CN" and r.random() < 0.35:
            return self.nz(r.randint(8, 10)) + "@qq.com"
        k = r.randrange(6)
        if k == 0:
            local = f"{p.af}.{p.al}"
        elif k == 1:
            local = p.af[0] + p.al
        elif k == 2:
            local = f"{p.af}{p.al}{r.randint(1, 99)}"
        elif k == 3:
            local = f"{p.al}.{p.af}{r.choice(['', str(r.randint(1970, 2005))])}"
        elif k == 4:
            local = f"{p.af}_{p.al[0]}"
        else:
            local = f"{p.af}{r.randint(100, 9999)}"
        return local + "@" + dom

    def role_mail(self):
        return self.r.choice(ROLE_LOCAL) + "@" + self.r.choice(ROLE_DOMAINS)

    def pet(self, loc="en_US"):
        return self.r.choice(PETS[_PETKEY.get(loc, "en")])

    # -- phones in each country's own formats
    def phone(self, loc):
        r, d, nz = self.r, self.digits, self.nz
        k = r.randrange(4)
        if loc == "en_US":
            a, e, l = str(r.randint(201, 989)), str(r.randint(201, 989)), d(4)
            return [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"+1 {a} {e} {l}", f"{a}.{e}.{l}"][k]
        if loc == "en_GB":
            if k == 3:
                return f"020 7{d(3)} {d(4)}"
            m = "7" + r.choice("4579") + d(2)
            return [f"0{m} {d(6)}", f"+44 {m} {d(6)}", f"+44 (0){m} {d(3)} {d(3)}"][k]
        if loc == "en_IN":
            m = r.choice("6789") + d(4)
            rest = d(5)
            return [f"+91 {m} {rest}", f"+91-{m}{rest}", f"0{m} {rest}", f"{m}{rest}"][k]
        if loc == "zh_CN":
            p = r.choice(["130", "131", "135", "136", "137", "138", "139", "150", "151", "158",
                          "159", "166", "177", "180", "186", "187", "188", "189", "198", "199"])
            a, b = d(4), d(4)
            if r.random() < 0.15:
                return r.choice([f"021-6{d(3)} {d(4)}", f"010-8{d(7)}", f"0755-2{d(7)}",
                                 f"(020) 3{d(3)} {d(4)}"])
            return [f"{p}{a}{b}", f"{p} {a} {b}", f"{p}-{a}-{b}", f"+86 {p} {a} {b}"][k]
        if loc == "zh_TW":
            m = "9" + d(2)
            a, b = d(3), d(3)
            return [f"0{m}-{a}-{b}", f"+886 {m} {a} {b}", f"0{m}{a}{b}", f"(02){d(4)}-{d(4)}"][k]
        if loc == "fr_FR":
            m = r.choice("67")
            g = [d(2) for _ in range(4)]
            return [f"0{m} {' '.join(g)}", f"+33 {m} {' '.join(g)}", f"0{m}{''.join(g)}",
                    f"+33 (0){m} {' '.join(g)}"][k]
        if loc == "de_DE":
            m = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177"])
            n = d(r.choice([7, 8]))
            return [f"0{m} {n}", f"+49 {m} {n}", f"0{m}/{n}", f"+49 (0){m} {n}"][k]
        if loc == "es_ES":
            m = r.choice("67") + d(2)
            return [f"{m} {d(3)} {d(3)}", f"+34 {m} {d(2)} {d(2)} {d(2)}", f"{m}{d(6)}",
                    f"+34 {m}{d(6)}"][k]
        if loc == "pt_BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            n1, n2 = "9" + d(4), d(4)
            return [f"({ddd}) {n1}-{n2}", f"+55 {ddd} {n1}-{n2}", f"+55 ({ddd}) {n1}-{n2}",
                    f"{ddd} {n1}-{n2}"][k]
        if loc == "ja_JP":
            m = r.choice(["090", "080", "070"])
            a, b = d(4), d(4)
            return [f"{m}-{a}-{b}", f"+81 {m[1:]}-{a}-{b}", f"{m}{a}{b}", f"03-{d(4)}-{d(4)}"][k]
        if loc == "ko_KR":
            a, b = d(4), d(4)
            return [f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}", f"02-{d(3)}-{d(4)}"][k]
        if loc == "ru_RU":
            m = "9" + d(2)
            a, b, c = d(3), d(2), d(2)
            return [f"+7 {m} {a}-{b}-{c}", f"8 ({m}) {a}-{b}-{c}", f"+7 (495) {a}-{b}-{c}",
                    f"8{m}{a}{b}{c}"][k]
        if loc == "it_IT":
            m = "3" + d(2)
            return [f"+39 {m} {d(3)} {d(4)}", f"{m} {d(7)}", f"{m}-{d(7)}", f"06 {d(4)} {d(4)}"][k]
        if loc == "nl_NL":
            n = d(8)
            return [f"06-{n}", f"+31 6 {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                    f"020-{d(7)}"][k]
        if loc == "pl_PL":
            m = r.choice("5678") + d(2)
            return [f"+48 {m} {d(3)} {d(3)}", f"{m}-{d(3)}-{d(3)}", f"{m} {d(3)} {d(3)}",
                    f"+48{m}{d(6)}"][k]
        if loc == "tr_TR":
            m = "5" + r.choice("0345") + d(1)
            return [f"+90 {m} {d(3)} {d(2)} {d(2)}", f"0{m} {d(3)} {d(2)} {d(2)}",
                    f"0 ({m}) {d(3)} {d(2)} {d(2)}", f"0{m}{d(7)}"][k]
        if loc == "vi_VN":
            m = r.choice(["91", "98", "90", "97", "86", "70", "77"]) + d(1)
            return [f"0{m} {d(3)} {d(3)}", f"+84 {m} {d(3)} {d(3)}", f"0{m}{d(6)}",
                    f"+84{m}{d(6)}"][k]
        return self.phone("en_US")

    def hotline(self, loc="en_GB"):
        r, d = self.r, self.digits
        if loc in ("zh_CN",):
            return r.choice([f"400-{d(3)}-{d(4)}", f"400 {d(3)} {d(4)}", f"4008{d(6)}"])
        if loc == "zh_TW":
            return f"0800-{d(3)}-{d(3)}"
        if loc == "en_US":
            return r.choice([f"1-800-{d(3)}-{d(4)}", f"(888) {d(3)}-{d(4)}", f"1-877-{d(3)}-{d(4)}"])
        if loc == "fr_FR":
            return f"0 800 {d(2)} {d(2)} {d(2)}"
        if loc == "de_DE":
            return f"0800 {d(3)} {d(4)}"
        return r.choice([f"0800 {d(3)} {d(4)}", f"0808 {d(3)} {d(4)}", f"0345 {d(3)} {d(4)}"])

    def masked_phone(self, loc="zh_CN"):
        d = self.digits
        if loc == "zh_CN":
            return self.r.choice([f"1{self.r.choice('3578')}{d(1)}****{d(4)}", f"1{self.r.choice('3578')}*****{d(3)}",
                                  f"1*********{d(1)}"])
        return self.r.choice([f"+44 ****** {d(3)}", f"*******{d(4)}", f"(***) ***-{d(4)}",
                              f"07*** ***{d(3)}"])

    # -- network
    def client_ip(self):
        r = self.r
        if r.random() < 0.12:
            return "{:x}:{:x}:{:x}:{:x}::{:x}".format(r.choice([0x2a02, 0x2001, 0x2600, 0x240e, 0x2409]),
                                                    r.randrange(0x10000), r.randrange(0x10000),
                                                    r.randrange(0x10000), r.randrange(1, 0x10000))
        while True:
            a = r.randint(1, 223)
            if a not in (10, 127, 169, 172, 192, 100, 0):
                break
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def server_ip(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 1:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 50)}.{r.randint(1, 254)}"

    # -- secrets
    def password(self, pet=None):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return r.choice(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Doggo"]) + str(r.randint(2015, 2025)) + r.choice("!@#$")
        if k == 1:
            return self.chars(ALNUM, r.randint(10, 16))
        if k == 2:
            return (pet or r.choice(PETS["en"])).replace(" ", "") + str(r.randint(1, 2024))
        if k == 3:
            return r.choice(["abc@", "Aa@", "qwe!", "pw#"]) + self.digits(r.randint(6, 8))
        if k == 4:
            return self.chars(ALNUM, 4) + r.choice("!#%&*") + self.chars(ALNUM, 5) + r.choice("!?$")
        return "Tr0ub4dor&" + str(r.randint(1, 9))

    def api_key(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return r.choice(["sk_live_", "rk_live_", "sk_test_"]) + self.chars(ALNUM, 24)
        if k == 1:
            return "SG." + self.chars(ALNUM + "-_", 22) + "." + self.chars(ALNUM + "-_", 43)
        if k == 2:
            return self.chars(HEX, 32)
        if k == 3:
            return "AKIA" + self.chars(UPPER + "234567", 16)
        return "vl_pat_" + self.chars(ALNUM, 36)

    def jwt(self):
        r = self.r

        def b64(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()

        head = b64({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
        body = b64({"sub": str(r.randint(10000, 999999)), "iat": r.randint(1700000000, 1750000000),
                    "scope": r.choice(["owner", "staff", "portal"])})
        return f"{head}.{body}.{self.chars(ALNUM + '-_', 43)}"

    def otp(self):
        return self.digits(6)

    def sha(self):
        return hashlib.sha256(str(self.r.random()).encode()).hexdigest()

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    # -- financial
    def card(self, kind=None):
        r = self.r
        kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "cup"])
        if kind == "visa":
            pre, n = "4" + self.digits(5), 16
        elif kind == "mc":
            pre, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
        elif kind == "amex":
            pre, n = r.choice(["34", "37"]), 15
        elif kind == "disc":
            pre, n = "6011", 16
        elif kind == "jcb":
            pre, n = "35" + str(r.randint(28, 89)), 16
        else:
            pre, n = r.choice(["622202", "621483", "622848", "620000", "625807"]), r.choice([16, 19])
        body = pre + self.digits(n - len(pre) - 1)
        tot = 0
        for i, c in enumerate(reversed(body)):
            x = int(c)
            if i % 2 == 0:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        num = body + str((10 - tot % 10) % 10)
        sep = r.choice([" ", " ", "-", ""])
        if n == 15:
            return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        if n == 19:
            return sep.join([num[:4], num[4:8], num[8:12], num[12:16], num[16:]]) if sep else num
        return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num

    def masked_card(self):
        r, d = self.r, self.digits
        return r.choice([f"****{d(4)}", f"**** **** **** {d(4)}", f"4{d(5)}******{d(4)}",
                         f"XXXX-XXXX-XXXX-{d(4)}", f"************{d(4)}", f"5{d(3)} **** **** {d(4)}"])

    def iban(self, cc=None):
        r, d = self.r, self.digits
        cc = cc or r.choice(["DE", "GB", "FR", "ES", "NL", "IT", "PL", "BE", "PT", "AT", "TR", "IE"])
        if cc == "DE":
            bban = d(18)
        elif cc == "GB":
            bban = self.chars(UPPER, 4) + d(14)
        elif cc == "IE":
            bban = self.chars(UPPER, 4) + d(14)
        elif cc == "FR":
            bban = d(23)
        elif cc == "ES":
            bban = d(20)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + d(10)
        elif cc == "IT":
            bban = r.choice(UPPER) + d(22)
        elif cc == "PL":
            bban = d(24)
        elif cc == "BE":
            bban = d(12)
        elif cc == "PT":
            bban = d(21)
        elif cc == "AT":
            bban = d(16)
        else:  # TR
            bban = d(5) + "0" + d(16)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        iban = f"{cc}{98 - int(num) % 97:02d}{bban}"
        if r.random() < 0.5:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        sep = r.choice(["-", "-", "-", " "])
        return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"

    def passport(self, loc):
        r, d = self.r, self.digits
        if loc == "zh_CN":
            return r.choice(["E" + d(8), "E" + r.choice(PLATE_LET) + d(7), "EH" + d(7)])
        if loc == "en_US":
            return r.choice([self.nz(9), r.choice("ACEFGHJKLMNPRSTUVWXYZ") + d(8)])
        if loc == "en_GB":
            return self.nz(9)
        if loc == "de_DE":
            return r.choice("CFGHJK") + self.chars("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if loc == "fr_FR":
            return d(2) + self.chars(UPPER, 2) + d(5)
        if loc == "en_IN":
            return r.choice("JKLMNPRSTVZ") + d(7)
        if loc == "ja_JP":
            return r.choice(["TK", "TR", "MZ", "TZ"]) + d(7)
        if loc == "ko_KR":
            return "M" + d(8)
        if loc == "pt_BR":
            return self.chars(UPPER, 2) + d(6)
        if loc == "es_ES":
            return self.chars(UPPER, 3) + d(6)
        if loc == "it_IT":
            return self.chars(UPPER, 2) + d(7)
        if loc == "zh_TW":
            return "3" + d(8)
        return self.chars(UPPER, 2) + d(7)

    def cn_id(self):
        r = self.r
        b = datetime(1950, 1, 1) + timedelta(days=r.randrange(20000))
        body = f"{r.choice(CN_REGIONS)}{b:%Y%m%d}{r.randrange(1000):03d}"
        s = sum(int(c) * w for c, w in zip(body, _W)) % 11
        return body + "10X98765432"[s]

    def plate(self, loc):
        r, d, ch = self.r, self.digits, self.chars
        if loc == "zh_CN":
            p = r.choice(CN_PROV) + r.choice(PLATE_LET)
            tail = ch(PLATE_LET + "0123456789", 5) if r.random() < 0.7 else r.choice("DF") + d(5)
            return p + r.choice(["·", "", " ", "·"]) + tail
        if loc == "en_GB":
            return f"{ch(PLATE_LET, 2)}{r.randint(10, 74)} {ch(PLATE_LET, 3)}"
        if loc == "de_DE":
            return f"{r.choice(['M', 'B', 'HH', 'K', 'F', 'S', 'D', 'KA', 'HD'])}-{ch(PLATE_LET, 2)} {r.randint(1, 9999)}"
        if loc == "fr_FR":
            return f"{ch(PLATE_LET, 2)}-{d(3)}-{ch(PLATE_LET, 2)}"
        if loc == "es_ES":
            return f"{d(4)} {ch('BCDFGHJKLMNPRSTVWXYZ', 3)}"
        if loc == "it_IT":
            return f"{ch(PLATE_LET, 2)} {d(3)}{ch(PLATE_LET, 2)}"
        if loc == "nl_NL":
            return f"{d(2)}-{ch('BDFGHJKLNPRSTXZ', 3)}-{d(1)}"
        if loc == "pl_PL":
            return f"{r.choice(['WA', 'KR', 'PO', 'GD', 'WR'])} {d(4)}{r.choice(PLATE_LET)}"
        if loc == "pt_BR":
            return f"{ch(PLATE_LET, 3)}{d(1)}{r.choice(PLATE_LET)}{d(2)}"
        if loc == "tr_TR":
            return f"{r.choice(['34', '06', '35', '16'])} {ch(PLATE_LET, 3)} {r.randint(10, 999)}"
        if loc == "ru_RU":
            return f"{r.choice('АВЕКМНОРСТУХ')}{d(3)}{ch('АВЕКМНОРСТУХ', 2)} {r.choice(['77', '78', '99', '197', '50'])}"
        if loc == "zh_TW":
            return f"{ch(PLATE_LET, 3)}-{d(4)}"
        if loc == "ko_KR":
            return f"{r.randint(10, 399)}{r.choice('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주')} {d(4)}"
        if loc == "ja_JP":
            return f"{r.choice(['品川', '練馬', '横浜', '大阪', '名古屋'])} {r.randint(300, 599)} {r.choice('あいうえかきくけこさすせそたちつてと')} {d(2)}-{d(2)}"
        return r.choice([f"{r.randint(1, 9)}{ch(PLATE_LET, 3)}{d(3)}", f"{ch(PLATE_LET, 3)}-{d(4)}",
                         f"{ch(PLATE_LET, 3)} {d(4)}"])

    # -- decoy ids
    def chip(self):
        return self.r.choice(["985", "982", "981", "900", "941", "250", "276", "826", "840", "156"]) + self.digits(12)

    def appt_id(self):
        return self.r.choice(["APT-", "A", "BK-", "appt_"]) + self.nz(self.r.randint(5, 8))

    def owner_id(self):
        return self.r.choice(["OW-", "CL", "C-", "owner_"]) + self.nz(self.r.randint(4, 7))

    def patient_id(self):
        return self.r.choice(["PT-", "P", "PAT", "pat_"]) + self.digits(self.r.randint(5, 7))

    def invoice(self):
        return f"INV-{self.r.randint(2023, 2025)}-{self.digits(6)}"

    def claim_id(self):
        return self.r.choice(["CLM-", "CL", "C2024-", "CLAIM#"]) + self.nz(7)

    def policy(self):
        return f"{self.r.choice(['PL', 'POL', 'PP', 'TRU'])}-{self.r.choice(['US', 'UK', 'DE', 'FR', 'NL'])}-{self.digits(7)}"

    def money(self, cur=None):
        r = self.r
        v = r.randint(900, 480000) / 100
        cur = cur or r.choice(["$", "£", "€", "USD", "EUR", "GBP"])
        if cur in ("$", "£"):
            return f"{cur}{v:,.2f}"
        if cur == "€":
            return r.choice([f"€{v:,.2f}", f"{v:.2f} €".replace(".", ",")])
        if cur == "¥":
            return f"¥{v:,.2f}"
        if cur == "元":
            return f"{v:.2f}元"
        if cur == "NT$":
            return f"NT${int(v):,}"
        if cur == "R$":
            return "R$ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        if cur == "₹":
            return f"₹{v * 10:,.2f}"
        if cur == "zł":
            return f"{v:.2f} zł".replace(".", ",")
        if cur == "₩":
            return f"{int(v) * 1000:,}원"
        if cur == "円":
            return f"{int(v) * 100:,}円"
        if cur == "₽":
            return f"{int(v) * 90:,} ₽".replace(",", " ")
        if cur == "₺":
            return f"₺{v * 30:,.2f}"
        return f"{v:.2f} {cur}"


# --------------------------------------------------------------------------- templates

TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


def _title_en(r):
    return r.choice(["Dr. ", "Dr ", "Dr. ", ""])


# ---- English / international ------------------------------------------------------------

@T
def _syslog_booking(g, b):
    r = g.r
    o = g.person()
    vet = g.person(r.choice(LATIN))
    b.f("<{0}>{1} {2} booking[{3}]: appointment {4} created pet=\"{5}\" species={6} owner=\"{7}\" tel={8} vet=Dr. {9}",
        r.choice(["134", "166", "14", "30"]), g.syslog_ts(), (g.host(), "hostname"), r.randint(200, 40000),
        (g.appt_id(), "appointment_id"), (g.pet(o.loc), "pet_name"), r.choice(SPECIES),
        (o.full, "PERSON"), (g.phone(o.loc), "PHONE_NUMBER"), (vet.last, "PERSON"))


@T
def _nginx_portal(g, b):
    r = g.r
    o = g.person()
    path = r.choice(["/portal/owners/lookup?email=", "/api/v2/appointments?owner_email=",
                     "/reminders/unsubscribe?addr="])
    b.f("{0} - - [{1}] \"GET {2}{3}&clinic={4} HTTP/1.1\" {5} {6} \"-\" \"{7}\" upstream={8}:8080 rt={9}",
        (g.client_ip(), "IP_ADDRESS"), g.clf_ts(), path, (g.email(o), "EMAIL_ADDRESS"),
        r.choice(["NGV", "RAH", "CPV", "HBV"]) + str(r.randint(1, 40)), r.choice([200, 200, 304, 404]),
        r.randint(120, 90000), r.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)",
                                         "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "okhttp/4.12.0"]),
        (g.server_ip(), "server_ip"), f"0.{r.randint(1, 999):03d}")


@T
def _health_probe(g, b):
    r = g.r
    b.f("{0} - - [{1}] \"GET {2} HTTP/1.1\" 200 {3} \"-\" \"{4}\" upstream={5}:{6}",
        (g.server_ip(), "lb_ip"), g.clf_ts(), r.choice(["/healthz", "/readyz", "/status", "/metrics"]),
        r.randint(2, 900), r.choice(["kube-probe/1.27", "ELB-HealthChecker/2.0", "Prometheus/2.48.1"]),
        (g.server_ip(), "server_ip"), r.choice([8080, 9090, 3000]))


@T
def _json_patient_snake(g, b):
    r = g.r
    o = g.person()
    b.jsep, b.jcol = r.choice([(",", ":"), (", ", ": ")])
    owner = {"owner_id": (g.owner_id(), "owner_id"), "full_name": (o.full, "PERSON")}
    if r.random() < 0.7:
        owner["email"] = (g.email(o), "EMAIL_ADDRESS")
    owner["mobile"] = (g.phone(o.loc), "PHONE_NUMBER")
    b.j({"ts": g.iso(), "level": "info", "event": "patient_record_updated",
         "patient_id": (g.patient_id(), "patient_id"), "pet_name": (g.pet(o.loc), "pet_name"),
         "species": r.choice(SPECIES), "breed": r.choice(BREEDS), "weight_kg": round(r.uniform(0.8, 48), 1),
         "microchip": (g.chip(), "microchip"), "owner": owner})


@T
def _json_reminder_camel(g, b):
    r = g.r
    o = g.person()
    b.jsep, b.jcol = r.choice([(",", ":"), (", ", ": ")])
    b.j({"reminderId": (g.uuid(), "uuid"), "channel": "sms", "templateKey": r.choice(["rabies_due", "booster_due", "dental_check", "flea_tick_monthly"]),
         "petName": (g.pet(o.loc), "pet_name"), "ownerFirstName": (o.first, "PERSON"),
         "to": (g.phone(o.loc), "PHONE_NUMBER"), "sendAt": g.iso(), "attempt": r.randint(1, 3)})


@T
def _sms_reminder_en(g, b):
    r = g.r
    o = g.person(r.choice(["en_US", "en_GB", "en_GB", "en_IN"]))
    hl = r.choice(["en_GB", "en_US"])
    b.f("SMS to {0}: \"Hi {1}, {2} is due for {3} on {4}. Reply YES to confirm or call {5}. - {6}\"",
        (g.phone(o.loc), "PHONE_NUMBER"), (o.first, "PERSON"), (g.pet(), "pet_name"),
        r.choice(["their rabies booster", "an annual check-up", "a DHPP booster", "a dental scale & polish"]),
        g.date("%d/%m"), (g.hotline(hl), "hotline"), (r.choice(CLINICS), "company"))


@T
def _pos_full_pan(g, b):
    r = g.r
    o = g.person(r.choice(LATIN))
    b.kv([("ts", g.iso()), ("terminal", ("TID" + g.digits(8), "terminal_id")),
          ("mid", (g.digits(15), "merchant_id")), ("pan", (g.card(), "CREDIT_CARD")),
          ("exp", g.date("%m/%y")), ("amount", (g.money(), "amount")), ("auth", (g.chars("0123456789ABCDEF", 6), "auth_code")),
          ("status", r.choice(["APPROVED", "DECLINED", "REFERRAL"])),
          ("cardholder", (o.full.upper(), "PERSON"))])


@T
def _pos_masked(g, b):
    r = g.r
    b.f("POS#{0} {1} {2} {3} {4} AUTH {5} RRN {6} {7} invoice={8}",
        r.randint(1, 6), r.choice(["SALE", "REFUND", "PREAUTH"]), (g.masked_card(), "masked"),
        r.choice(["VISA", "MASTERCARD", "AMEX", "MAESTRO"]), (g.money(), "amount"),
        (g.chars("0123456789ABCDEF", 6), "auth_code"), (g.digits(12), "rrn"),
        r.choice(["APPROVED", "APPROVED", "DECLINED"]), (g.invoice(), "invoice_id"))


@T
def _csv_boarding(g, b):
    r = g.r
    o = g.person()
    d1 = g.dt()
    d2 = d1 + timedelta(days=r.randint(1, 14))
    b.f("{0},{1},{2},{3},{4},{5},{6},{7},{8},\"{9}\"",
        (f"BRD-{d1.year}-{g.digits(4)}", "booking_id"), (g.pet(o.loc), "pet_name"), r.choice(["dog", "cat", "rabbit"]),
        d1.strftime("%Y-%m-%d"), d2.strftime("%Y-%m-%d"), (f"K-{r.randint(1, 40)}", "kennel"),
        (o.full, "PERSON"), (g.phone(o.loc), "PHONE_NUMBER"), (g.email(o), "EMAIL_ADDRESS"),
        r.choice(["Special diet", "Meds twice daily", "Nervous with other dogs", "No notes", "Insulin 8am/8pm"]))


@T
def _note_grooming_plate(g, b):
    r = g.r
    loc = r.choice(["en_GB", "en_US", "de_DE", "fr_FR", "nl_NL", "es_ES"])
    o = g.person(loc)
    staff = g.person(r.choice(LATIN))
    b.f("note by {0}: Owner ({1}, {2}) asked for a {3} on {4}, collect at {5}. Car reg {6} parked in bay {7}.",
        (g.login(staff), "PERSON"), (o.full, "PERSON"), (g.phone(loc), "PHONE_NUMBER"),
        r.choice(["short trim", "full groom", "nail clip", "de-shed treatment"]), (g.pet(), "pet_name"),
        r.choice(["5pm", "16:30", "noon", "3.15pm"]), (g.plate(loc), "LICENSE_PLATE"), r.randint(1, 12))


@T
def _claim_webhook_pascal(g, b):
    r = g.r
    loc = r.choice(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB"])
    o = g.person(loc)
    cc = {"de_DE": "DE", "fr_FR": "FR", "nl_NL": "NL", "es_ES": "ES", "it_IT": "IT", "en_GB": "GB"}[loc]
    b.jsep, b.jcol = r.choice([(",", ":"), (", ", ": ")])
    b.j({"ClaimId": (g.claim_id(), "claim_id"), "PolicyNumber": (g.policy(), "policy_number"),
         "Insurer": (r.choice(["Petplan", "Agria Pet Insurance", "Trupanion", "Figo Pet Insurance"]), "company"),
         "PolicyHolder": (o.full, "PERSON"), "PayoutIban": (g.iban(cc), "IBAN_CODE"),
         "PetName": (g.pet(), "pet_name"), "Diagnosis": r.choice(["Cruciate ligament rupture", "Gastroenteritis", "Otitis externa", "Foreign body ingestion"]),
         "Amount": (g.money("€"), "amount"), "Status": r.choice(["Submitted", "Approved", "PendingVetReport"])})


@T
def _hl7_oru(g, b):
    r = g.r
    o = g.person(r.choice(LATIN))
    b.f("MSH|^~\\&|{0}|LAB|PMS|{1}|{2}||ORU^R01|{3}|P|2.5.1 PID|1||{4}^^^PMS||{5}^^^^||{6}|{7}|||||{8}^{9}||{10}",
        (r.choice(["IDEXX", "ANTECH", "VETLAB"]), "company"), (r.choice(["NGV", "RAH", "CPV"]), "clinic_id"),
        g.date("%Y%m%d%H%M%S"), (g.digits(10), "message_id"), (g.patient_id(), "patient_id"),
        (g.pet(), "pet_name"), g.date("%Y%m%d"), r.choice(["M", "F", "MN", "FS"]),
        (o.last, "PERSON"), (o.first, "PERSON"), (g.phone(o.loc), "PHONE_NUMBER"))


@T
def _lab_no_pii(g, b):
    r = g.r
    b.f("{0} {1} {2} complete for patient {3} ({4}): WBC {5} x10^9/L, HCT {6}%, ALT {7} U/L -- flagged {8} sample_hash={9}",
        g.iso(), (f"LAB{r.randint(23, 25)}-{g.digits(6)}", "accession"), r.choice(["CBC", "Chem 17", "SDMA panel", "T4 total"]),
        (g.patient_id(), "patient_id"), (g.pet(), "pet_name"), round(r.uniform(3, 25), 1), r.randint(25, 60),
        r.randint(10, 400), r.choice(["H", "L", "N"]), (g.sha()[:16], "hash"))


@T
def _pharmacy_audit(g, b):
    r = g.r
    staff = g.person(r.choice(LATIN))
    o = g.person()
    b.kv([("AUDIT rx", (f"RX-{g.nz(6)}", "rx_number")), ("drug", r.choice(DRUGS)), ("qty", f"{r.randint(1, 60)}"),
          ("dispensed_by", (g.login(staff), "PERSON")), ("patient", (g.patient_id(), "patient_id")),
          ("pet", (g.pet(o.loc), "pet_name")), ("owner", (o.full, "PERSON")), ("lot", (g.chars(UPPER, 2) + g.digits(5), "lot_number"))])


@T
def _sshd_fail(g, b):
    r = g.r
    b.f("{0} {1} sshd[{2}]: Failed password for invalid user {3} from {4} port {5} ssh2",
        g.syslog_ts(), (g.host(), "hostname"), r.randint(1000, 65000),
        (r.choice(SERVICE_ACCOUNTS), "service_account"), (g.client_ip(), "IP_ADDRESS"), r.randint(1024, 65535))


@T
def _web_login_ok(g, b):
    r = g.r
    o = g.person()
    b.f("{0} {1} auth.login success user={2} ip={3} mfa={4} session={5}",
        g.iso(), g.level(), (g.login(o), "PERSON"), (g.client_ip(), "IP_ADDRESS"), r.choice(["totp", "sms", "none"]),
        (g.chars(HEX, 32), "CREDENTIAL"))


@T
def _login_fail_password(g, b):
    r = g.r
    o = g.person()
    pet = g.pet(o.loc)
    b.f("WARN [owner-portal] login failed for user '{0}' with password '{1}' from {2} (attempt {3}/5)",
        (g.login(o), "PERSON"), (g.password(pet), "CREDENTIAL"), (g.client_ip(), "IP_ADDRESS"), r.randint(1, 5))


@T
def _py_traceback(g, b):
    r = g.r
    o = g.person()
    b.f("Traceback (most recent call last): File \"/srv/pms/owners/views.py\", line {0}, in update_contact -- ValueError: "
        "phone '{1}' rejected by carrier lookup for owner {2} ({3})",
        r.randint(40, 900), (g.phone(o.loc), "PHONE_NUMBER"), (g.owner_id(), "owner_id"), (o.full, "PERSON"))


@T
def _java_iban(g, b):
    r = g.r
    loc = r.choice(["nl_NL", "de_DE", "fr_FR", "en_GB", "pl_PL", "es_ES"])
    o = g.person(loc)
    cc = {"nl_NL": "NL", "de_DE": "DE", "fr_FR": "FR", "en_GB": "GB", "pl_PL": "PL", "es_ES": "ES"}[loc]
    b.f("{0} ERROR [claims-payout-{1}] c.v.claims.PayoutService - java.lang.IllegalStateException: payout rejected for {2} "
        "(holder {3}, iban {4}) at com.vetgroup.claims.PayoutService.validate(PayoutService.java:{5})",
        g.iso(), r.randint(1, 8), (g.claim_id(), "claim_id"), (o.full, "PERSON"), (g.iban(cc), "IBAN_CODE"), r.randint(60, 400))


@T
def _conn_string(g, b):
    r = g.r
    user = r.choice(["vetapp", "pms_rw", "boarding", "postgres", "svc-petlog"])
    b.f("{0} FATAL db-pool: could not connect using {1}://{2}:{3}@{4}:{5}/{6} (timeout after {7}ms)",
        g.iso(), r.choice(["postgresql", "mysql", "mongodb"]), (user, "service_account"), (g.password(), "CREDENTIAL"),
        (g.server_ip(), "server_ip"), r.choice([5432, 3306, 27017]), r.choice(["pms", "boarding", "pharmacy"]),
        r.randint(1000, 30000))


@T
def _sms_gateway_init(g, b):
    r = g.r
    b.f("{0} INFO notify: sms provider={1} account_sid={2} auth_token={3} from={4} region={5}",
        g.iso(), r.choice(["twilio", "vonage", "messagebird"]), ("AC" + g.chars(HEX, 32), "account_id"),
        (g.api_key(), "CREDENTIAL"), (r.choice(["PAWSVETS", "VetReminder", "72583"]), "sender_id"),
        r.choice(["eu1", "us1", "ap2"]))


@T
def _http_headers(g, b):
    r = g.r
    b.f("{0} DEBUG http-in POST /api/v1/pets/{1}/vaccinations headers={Host: booking.vetgroup.example, Authorization: Bearer {2}, "
        "X-Forwarded-For: {3}, {4}, X-Request-Id: {5}}",
        g.iso(), (g.patient_id(), "patient_id"), (g.jwt(), "CREDENTIAL"), (g.client_ip(), "IP_ADDRESS"),
        (g.server_ip(), "lb_ip"), (g.uuid(), "request_id"))


@T
def _postfix_sent(g, b):
    r = g.r
    if r.random() < 0.65:
        o = g.person()
        b.f("{0} {1} postfix/smtp[{2}]: {3}: to=<{4}>, relay={5}[{6}]:25, delay={7}, status=sent (250 2.0.0 OK)",
            g.syslog_ts(), (g.host(), "hostname"), r.randint(1000, 60000), (g.chars("0123456789ABCDEF", 10), "queue_id"),
            (g.email(o), "EMAIL_ADDRESS"), r.choice(["gmail-smtp-in.l.google.com", "mx1.mail.yahoo.com", "mxs.mail.ru"]),
            (f"{r.randint(64, 209)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "mx_ip"),
            round(r.uniform(0.1, 4), 2))
    else:
        b.f("{0} {1} postfix/qmgr[{2}]: {3}: from=<{4}>, size={5}, nrcpt={6} (queue active)",
            g.syslog_ts(), (g.host(), "hostname"), r.randint(1000, 60000), (g.chars("0123456789ABCDEF", 10), "queue_id"),
            (g.role_mail(), "role_mailbox"), r.randint(900, 90000), r.randint(1, 40))


@T
def _it_note(g, b):
    r = g.r
    o = g.person("it_IT")
    vet = g.person("it_IT")
    b.f("Chiamata da {0} ({1}): il gatto {2} non mangia da due giorni, appuntamento fissato con il dott. {3} per {4}.",
        (o.full, "PERSON"), (g.phone("it_IT"), "PHONE_NUMBER"), (g.pet(), "pet_name"), (vet.last, "PERSON"),
        g.date("%d/%m alle %H:%M"))


@T
def _fr_sms(g, b):
    r = g.r
    o = g.person("fr_FR")
    b.f("SMS envoyé au {0} : Bonjour {1}, le rappel de vaccin de {2} est prévu le {3}. Pour annuler, appelez le {4}. {5}",
        (g.phone("fr_FR"), "PHONE_NUMBER"), (o.first, "PERSON"), (g.pet(), "pet_name"), g.date("%d/%m à %Hh%M"),
        (g.hotline("fr_FR"), "hotline"), (r.choice(["Clinique Vétérinaire du Parc", "Vétérinaires des Lilas"]), "company"))


@T
def _de_claim(g, b):
    r = g.r
    o = g.person("de_DE")
    b.f("Schadensmeldung {0}: Versicherungsnehmer {1}, IBAN {2}, Tier: {3} ({4}), Betrag {5}, Tierarzt: Dr. {6}",
        (f"SM-{r.randint(2023, 2025)}-{g.nz(5)}", "claim_id"), (o.full, "PERSON"), (g.iban("DE"), "IBAN_CODE"),
        (g.pet(), "pet_name"), r.choice(["Labrador", "Dackel", "Hauskatze", "Kaninchen"]), (g.money("€"), "amount"),
        (g.person("de_DE").last, "PERSON"))


@T
def _es_reminder(g, b):
    r = g.r
    o = g.person("es_ES")
    b.f("Recordatorio enviado a {0} ({1}) para la {2} de {3}. Estado: {4}",
        (g.phone("es_ES"), "PHONE_NUMBER"), (o.full, "PERSON"), r.choice(["desparasitación", "vacuna antirrábica", "revisión anual"]),
        (g.pet(), "pet_name"), r.choice(["entregado", "pendiente", "fallido"]))


@T
def _br_grooming(g, b):
    r = g.r
    o = g.person("pt_BR")
    b.f("[banho-tosa] Tutor {0} {1} agendou {2} para o {3} às {4}. Pagamento: {5} via Pix.",
        (o.full, "PERSON"), (g.phone("pt_BR"), "PHONE_NUMBER"), r.choice(["banho e tosa", "tosa higiênica", "hidratação"]),
        (g.pet(), "pet_name"), g.date("%Hh%M"), (g.money("R$"), "amount"))


@T
def _nl_appt(g, b):
    r = g.r
    o = g.person("nl_NL")
    b.f("Afspraak bevestigd voor {0}, tel. {1}, e-mail {2}, huisdier: {3}, dierenarts: dr. {4}",
        (o.full, "PERSON"), (g.phone("nl_NL"), "PHONE_NUMBER"), (g.email(o), "EMAIL_ADDRESS"),
        (g.pet(), "pet_name"), (g.person("nl_NL").last, "PERSON"))


@T
def _pl_sms(g, b):
    r = g.r
    o = g.person("pl_PL")
    b.f("Przypomnienie SMS do {0} ({1}): szczepienie {2} w dniu {3}. Status bramki: {4}",
        (o.full, "PERSON"), (g.phone("pl_PL"), "PHONE_NUMBER"), (g.pet(), "pet_name"), g.date("%d.%m.%Y"),
        r.choice(["DELIVERED", "QUEUED", "FAILED"]))


@T
def _tr_appt(g, b):
    r = g.r
    o = g.person("tr_TR")
    b.f("Randevu kaydı: {0}, {1}, hasta: {2} ({3}), veteriner: Dr. {4}, tarih {5}",
        (o.full, "PERSON"), (g.phone("tr_TR"), "PHONE_NUMBER"), (g.pet(), "pet_name"),
        r.choice(["kedi", "köpek", "tavşan"]), (g.person("tr_TR").full, "PERSON"), g.date("%d.%m.%Y %H:%M"))


@T
def _ru_owner(g, b):
    r = g.r
    o = g.person("ru_RU")
    b.f("Владелец: {0}, тел. {1}, питомец: {2}, вакцинация {3}, врач {4}",
        (o.full, "PERSON"), (g.phone("ru_RU"), "PHONE_NUMBER"), (g.pet("ru_RU"), "pet_name"),
        r.choice(["Нобивак Rabies", "Мультикан-8", "Пуревакс RCP"]), (g.person("ru_RU").last, "PERSON"))


@T
def _ja_booking(g, b):
    r = g.r
    o = g.person("ja_JP")
    b.f("予約確認: {0} 様 ({1}) ペット: {2} {3} {4} 担当: {5}",
        (o.full, "PERSON"), (g.phone("ja_JP"), "PHONE_NUMBER"), (g.pet("ja_JP"), "pet_name"),
        r.choice(["ワクチン接種", "健康診断", "トリミング"]), g.date("%m月%d日 %H:%M"), (g.person("ja_JP").last, "PERSON"))


@T
def _ko_reminder(g, b):
    r = g.r
    o = g.person("ko_KR")
    b.f("[알림톡] {0} 님, 반려동물 {1}의 {2} 예약이 {3}에 있습니다. 문의 {4} / 수신번호 {5}",
        (o.full, "PERSON"), (g.pet("ko_KR"), "pet_name"), r.choice(["미용", "예방접종", "건강검진"]),
        g.date("%m/%d %H:%M"), (f"1588-{g.digits(4)}", "hotline"), (g.phone("ko_KR"), "PHONE_NUMBER"))


@T
def _vi_reminder(g, b):
    r = g.r
    o = g.person("vi_VN")
    b.f("Nhắc lịch tiêm phòng: chủ nuôi {0}, SĐT {1}, thú cưng: {2}, ngày hẹn {3}",
        (o.full, "PERSON"), (g.phone("vi_VN"), "PHONE_NUMBER"), (g.pet("vi_VN"), "pet_name"), g.date("%d/%m/%Y"))


@T
def _in_otp(g, b):
    r = g.r
    o = g.person("en_IN")
    b.f("{0} otp-service: OTP {1} sent to {2} for owner {3} (login to PetCare app), ttl=300s, msg_id={4}",
        g.iso(), (g.otp(), "CREDENTIAL"), (g.phone("en_IN"), "PHONE_NUMBER"), (o.full, "PERSON"),
        (g.chars(HEX, 24), "message_id"))


@T
def _us_ssn_plan(g, b):
    r = g.r
    o = g.person("en_US")
    if r.random() < 0.6:
        b.f("{0} INFO financing: payment plan application {1} applicant={2} ssn={3} amount={4} decision={5}",
            g.iso(), (f"PP-{g.nz(5)}", "application_id"), (o.full, "PERSON"), (g.ssn(), "US_SSN"),
            (g.money("$"), "amount"), r.choice(["approved", "declined", "manual_review"]))
    else:
        b.f("{0} INFO financing: identity check for application {1} matched SSN on file {2}, score={3}",
            g.iso(), (f"PP-{g.nz(5)}", "application_id"), (r.choice(["***-**-", "XXX-XX-"]) + g.digits(4), "masked"),
            r.randint(300, 850))


@T
def _csv_claims_us(g, b):
    r = g.r
    o = g.person("en_US")
    b.f("{0},{1},\"{2}, {3}\",{4},{5},{6},{7},{8},{9}",
        (g.claim_id(), "claim_id"), (g.policy(), "policy_number"), (o.last, "PERSON"), (o.first, "PERSON"),
        (g.email(o), "EMAIL_ADDRESS"), (g.ssn(), "US_SSN"), (g.pet(), "pet_name"),
        r.choice(["ACL repair", "Mass removal", "Dental extraction", "Pyometra surgery"]), (f"{r.randint(90, 9000)}.00", "amount"),
        r.choice(["PENDING", "PAID", "DENIED"]))


@T
def _stripe_webhook(g, b):
    r = g.r
    o = g.person()
    b.jsep, b.jcol = ",", ":"
    b.j({"id": ("evt_" + g.chars(ALNUM, 24), "event_id"), "type": "payment_intent.succeeded",
         "data": {"object": {"amount": (r.randint(1500, 250000), "amount"), "currency": r.choice(["usd", "gbp", "eur"]),
                             "receipt_email": (g.email(o), "EMAIL_ADDRESS"),
                             "billing_details": {"name": (o.full, "PERSON"), "phone": (g.phone(o.loc), "PHONE_NUMBER")},
                             "payment_method_details": {"card": {"brand": "visa", "last4": (g.digits(4), "masked"), "exp_year": r.randint(2025, 2030)}}}}})


@T
def _sms_status_webhook(g, b):
    r = g.r
    if r.random() < 0.5:
        b.f("POST /webhooks/sms-status 200 body=MessageSid={0}&MessageStatus={1}&ErrorCode={2}&From={3}",
            ("SM" + g.chars(HEX, 32), "message_id"), r.choice(["delivered", "undelivered", "sent"]),
            r.choice(["", "30003", "30005"]), (r.choice(["PAWSVETS", "72583", "VetReminder"]), "sender_id"))
    else:
        o = g.person()
        b.f("POST /webhooks/sms-status 200 body=MessageSid={0}&MessageStatus={1}&To={2}&From={3}",
            ("SM" + g.chars(HEX, 32), "message_id"), r.choice(["delivered", "undelivered", "sent"]),
            (g.phone(o.loc).replace(" ", "").replace("-", "").replace("(", "").replace(")", ""), "PHONE_NUMBER"),
            (r.choice(["PAWSVETS", "72583", "VetReminder"]), "sender_id"))


@T
def _k8s_batch(g, b):
    r = g.r
    b.f("level=info ts={0} caller=batch.go:{1} msg=\"reminder batch complete\" sent={2} failed={3} queue=sms-reminders pod={4} node_ip={5}",
        g.iso(), r.randint(20, 300), r.randint(10, 5000), r.randint(0, 40), (f"notify-{g.chars(HEX, 5)}-{g.chars('abcdefghjk', 5)}", "hostname"),
        (g.server_ip(), "server_ip"))


@T
def _audit_view(g, b):
    r = g.r
    staff = g.person(r.choice(LATIN))
    b.f("{0} AUDIT user={1} action={2} patient={3} owner_id={4} via={5} svc_addr={6}",
        g.iso(), (g.login(staff), "PERSON"), r.choice(["VIEW_RECORD", "EXPORT_HISTORY", "EDIT_WEIGHT", "PRINT_CERT"]),
        (g.patient_id(), "patient_id"), (g.owner_id(), "owner_id"), (g.host(), "hostname"), (g.server_ip(), "server_ip"))


@T
def _boarding_checkin(g, b):
    r = g.r
    loc = r.choice(["en_GB", "en_US", "en_IN"])
    o = g.person(loc)
    ec = g.person(loc)
    b.f("Checked in {0} ({1}) to kennel {2}. Owner {3} away until {4}; emergency contact {5} {6}. Vet on call: Dr {7}.",
        (g.pet(), "pet_name"), r.choice(BREEDS), (f"K-{r.randint(1, 40)}", "kennel"), (o.full, "PERSON"),
        g.date("%a %d %b"), (ec.first, "PERSON"), (g.phone(loc), "PHONE_NUMBER"), (g.person(loc).last, "PERSON"))


@T
def _pet_taxi(g, b):
    r = g.r
    loc = r.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "tr_TR", "pt_BR"])
    drv = g.person(loc)
    o = g.person(loc)
    b.kv([("dispatch job", (f"TX-{g.nz(4)}", "job_id")), ("driver", (drv.full, "PERSON")), ("vehicle", (g.plate(loc), "LICENSE_PLATE")),
          ("pickup_contact", (g.phone(loc), "PHONE_NUMBER")), ("owner", (o.full, "PERSON")), ("pet", (g.pet(), "pet_name")),
          ("eta_min", str(r.randint(5, 60)))])


@T
def _anpr(g, b):
    r = g.r
    loc = r.choice(["en_GB", "en_GB", "de_DE", "nl_NL", "fr_FR", "es_ES", "ru_RU"])
    b.f("{0} anpr cam{1} plate={2} confidence={3} lane={4} site={5} snapshot={6}.jpg",
        g.iso(), r.randint(1, 4), (g.plate(loc), "LICENSE_PLATE"), round(r.uniform(0.6, 0.99), 2),
        r.choice(["entry", "exit"]), (r.choice(["NGV-car-park", "RAH-rear"]), "site_id"), (g.uuid(), "uuid"))


@T
def _chip_api_json(g, b):
    r = g.r
    o = g.person()
    b.jsep, b.jcol = r.choice([(",", ":"), (", ", ": ")])
    keeper = {"name": (o.full, "PERSON"), "phone": (g.phone(o.loc), "PHONE_NUMBER")}
    if r.random() < 0.6:
        keeper["email"] = (g.email(o), "EMAIL_ADDRESS")
    b.j({"chipNumber": (g.chip(), "microchip"), "status": "registered", "animal": {"name": (g.pet(o.loc), "pet_name"), "species": r.choice(["dog", "cat"])},
         "keeper": keeper, "registry": (r.choice(["PetLog", "HomeAgain", "Europetnet", "AVID"]), "company"), "lookupMs": r.randint(40, 900)})


@T
def _chip_not_found(g, b):
    r = g.r
    b.f("{0} WARN chip-registry lookup chip={1} result=NOT_FOUND registries_checked={2} latency_ms={3} caller={4}",
        g.iso(), (g.chip(), "microchip"), r.randint(1, 6), r.randint(50, 4000), (g.server_ip(), "server_ip"))


@T
def _pet_travel(g, b):
    r = g.r
    loc = r.choice(["en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "ja_JP", "ko_KR", "en_IN", "pt_BR"])
    o = g.person(loc)
    b.f("pet-travel: EU pet passport {0} issued for {1} (chip {2}); owner {3}, passport {4} verified by {5}",
        (f"{r.choice(['GB', 'DE', 'FR', 'ES', 'IT'])}-{g.digits(7)}", "pet_passport"), (g.pet(), "pet_name"),
        (g.chip(), "microchip"), (o.full, "PERSON"), (g.passport(loc), "PASSPORT"), (g.login(g.person(r.choice(LATIN))), "PERSON"))


@T
def _gw_declined(g, b):
    r = g.r
    b.f("{0} ERROR payment-gw: {1} card {2} exp {3} for invoice {4} (reason={5}) terminal={6}",
        g.iso(), r.choice(["declined", "soft-declined", "timeout on"]),
        (g.card(), "CREDIT_CARD") if r.random() < 0.7 else (g.masked_card(), "masked"), g.date("%m/%y"),
        (g.invoice(), "invoice_id"), r.choice(["05_do_not_honour", "51_insufficient_funds", "91_issuer_unavailable"]),
        ("TID" + g.digits(8), "terminal_id"))


@T
def _sepa_mandate(g, b):
    r = g.r
    loc = r.choice(["nl_NL", "de_DE", "fr_FR", "es_ES", "it_IT"])
    o = g.person(loc)
    cc = {"nl_NL": "NL", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT"}[loc]
    b.f("SEPA mandate {0} created: debtor={1} iban={2} creditor_id={3} scheme=CORE plan=Puppy Health Plan {4}/month",
        (f"MNDT-{g.nz(6)}", "mandate_id"), (o.full, "PERSON"), (g.iban(cc), "IBAN_CODE"),
        (f"{cc}{g.digits(2)}ZZZ{g.digits(12)}", "creditor_id"), (g.money("€"), "amount"))


@T
def _pw_reset(g, b):
    r = g.r
    o = g.person()
    b.f("{0} INFO account: password reset requested for {1} token={2} expires_in=3600 ip={3}",
        g.iso(), (g.email(o), "EMAIL_ADDRESS"), (g.chars(ALNUM + "-_", 43), "CREDENTIAL"), (g.client_ip(), "IP_ADDRESS"))


@T
def _signup_dotted(g, b):
    r = g.r
    o = g.person()
    b.jsep, b.jcol = r.choice([(",", ":"), (", ", ": ")])
    b.j({"event": "owner.signup", "owner.name": (o.full, "PERSON"), "owner.email": (g.email(o), "EMAIL_ADDRESS"),
         "owner.phone": (g.phone(o.loc), "PHONE_NUMBER"), "client.ip": (g.client_ip(), "IP_ADDRESS"),
         "utm.source": r.choice(["google", "facebook", "referral"]), "clinic.id": (r.choice(["NGV", "RAH", "CPV"]) + g.digits(2), "clinic_id")})


@T
def _playlist_figures(g, b):
    r = g.r
    a, c = r.sample(PUBLIC_FIGURES, 2)
    b.f("{0} INFO signage: waiting-room playlist updated by {1}: '{2}' ({3}), '{4}' ({5}); screens={6}",
        g.iso(), (r.choice(["svc-signage", "scheduler", "system"]), "service_account"),
        r.choice(["All Creatures Great and Small", "Crocodile Hunter Classics", "Shake It Off", "Jolene"]),
        (a, "public_figure"), r.choice(["Dog Whisperer S2", "Blue Planet II", "Three Little Birds"]), (c, "public_figure"),
        r.randint(1, 8))


@T
def _campaign_stats(g, b):
    r = g.r
    b.f("{0} campaign {1} sent to {2} owners via sms-gw (ok={3}, bounced={4}) from {5} cost={6}",
        g.iso(), (r.choice(["SPRING-DENTAL", "SENIOR-PET-CHECK", "FLEA-TICK-24", "XMAS-BOARDING"]), "campaign_id"),
        f"{r.randint(200, 9000):,}", r.randint(150, 8900), r.randint(0, 80), (g.role_mail(), "role_mailbox"), (g.money("£"), "amount"))


@T
def _stock(g, b):
    r = g.r
    b.f("STOCK {0} lot {1} exp {2} qty={3} location={4} supplier={5} gtin={6}",
        r.choice(VACCINES + DRUGS), (g.chars(UPPER, 1) + g.digits(3) + g.chars(UPPER, 1) + g.digits(2), "lot_number"),
        g.date("%Y-%m"), r.randint(0, 200), r.choice(["PHARM-2", "FRIDGE-1", "CD-SAFE"]),
        (r.choice(COMPANIES), "company"), (g.digits(14), "gtin"))


@T
def _telemed(g, b):
    r = g.r
    vet = g.person(r.choice(LATIN))
    o = g.person()
    b.f("{0} video: session started room=vc-{1} host={2} guest=\"{3}\" guest_ip={4} join_token={5}",
        g.iso(), (g.nz(5), "room_id"), (g.login(vet), "PERSON"), (o.full, "PERSON"), (g.client_ip(), "IP_ADDRESS"),
        (g.jwt() if r.random() < 0.5 else g.chars(ALNUM, 32), "CREDENTIAL"))


@T
def _profile_pascal(g, b):
    r = g.r
    o = g.person()
    b.jsep, b.jcol = r.choice([(",", ":"), (", ", ": ")])
    b.j({"UserId": (r.randint(10000, 999999), "user_id"), "FirstName": (o.first, "PERSON"), "LastName": (o.last, "PERSON"),
         "MobilePhone": (g.phone(o.loc), "PHONE_NUMBER"), "Email": (g.email(o), "EMAIL_ADDRESS"),
         "MarketingOptIn": r.choice([True, False]), "PreferredClinic": (r.choice(CLINICS), "company")})


@T
def _whatsapp(g, b):
    r = g.r
    o = g.person()
    ph = "".join(c for c in g.phone(o.loc) if c.isdigit())
    b.jsep, b.jcol = ",", ":"
    b.j({"messages": [{"from": (ph, "PHONE_NUMBER"), "id": ("wamid." + g.chars(ALNUM, 28), "message_id"),
                       "timestamp": (g.epoch_ms()[:10], "timestamp"), "profile": {"name": (o.first, "PERSON")},
                       "text": {"body": r.choice(["Can I move the appointment to Thursday?", "Is the clinic open Sunday?", "Thanks, see you tomorrow"])}}]})


@T
def _sms_failed_masked(g, b):
    r = g.r
    b.f("{0} WARN sms delivery failed to {1} (carrier error {2}) reminder {3}, retry in {4}s",
        g.iso(), (g.masked_phone(r.choice(["en_GB", "zh_CN"])), "masked"), r.choice(["30003", "30005", "21610"]),
        (f"RM-{g.nz(7)}", "reminder_id"), r.choice([60, 300, 900]))


@T
def _email_header_line(g, b):
    r = g.r
    o = g.person()
    b.f("From: \"{0}\" <{1}> To: {2} Subject: Re: {3}'s {4} Message-ID: <{5}@mail.gmail.com>",
        (o.full, "PERSON"), (g.email(o), "EMAIL_ADDRESS"), (g.role_mail(), "role_mailbox"), (g.pet(o.loc), "pet_name"),
        r.choice(["dental appointment", "lab results", "insurance claim", "boarding stay"]), (g.chars(ALNUM, 24), "message_id"))


@T
def _vet_note_free(g, b):
    r = g.r
    o = g.person(r.choice(["en_US", "en_GB", "en_IN"]))
    b.f("Clinical note ({0}): {1} presented with {2}. Discussed options with owner {3}{4} by phone ({5}); {6} agreed to estimate {7}. Dr {8}",
        g.date("%d/%m/%Y"), (g.pet(), "pet_name"), r.choice(["vomiting x3 days", "limping RH leg", "itchy ears", "reduced appetite"]),
        ("Mrs " if r.random() < 0.5 else "Mr "), (o.last, "PERSON"), (g.phone(o.loc), "PHONE_NUMBER"),
        r.choice(["she", "he", "they"]), (g.money(), "amount"), (g.person(o.loc).last, "PERSON"))


# ---- Chinese (simplified / traditional) --------------------------------------------------

def _zh_surname(g):
    return g.fk["zh_CN"].last_name()


@T
def _zh_booking_sms(g, b):
    r = g.r
    b.f("【{0}】{1}{2}您好，您已为{3}预约{4}的{5}，就诊医生：{6}医生。如需改约请致电{7}。",
        (r.choice(ZH_CLINICS), "company"), (_zh_surname(g), "PERSON"), r.choice(["先生", "女士"]),
        (g.pet("zh_CN"), "pet_name"), g.date("%m月%d日 %H:%M"), r.choice(["疫苗接种", "体检", "绝育手术", "洗牙"]),
        (_zh_surname(g), "PERSON"), (g.hotline("zh_CN"), "hotline"))


@T
def _zh_json_keys(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.jsep, b.jcol = r.choice([(",", ":"), (", ", ": ")])
    b.j({"主人姓名": (o.full, "PERSON"), "手机号": (g.phone("zh_CN"), "PHONE_NUMBER"), "宠物名": (g.pet("zh_CN"), "pet_name"),
         "品种": r.choice(ZH_BREEDS), "芯片号": (g.chip(), "microchip"), "建档时间": g.cn_ts(), "病历号": (f"BL{g.digits(8)}", "record_id")})


@T
def _zh_cashier(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("{0} 收银台{1} 交易成功 卡号 {2} 金额 {3} 客户：{4} 流水号 {5}",
        g.cn_ts(), f"{r.randint(1, 6):02d}", (g.card("cup"), "CREDIT_CARD") if r.random() < 0.7 else (g.masked_card(), "masked"),
        (g.money("¥"), "amount"), (o.full, "PERSON") if r.random() < 0.7 else (o.last + "**", "masked"),
        (g.digits(20), "transaction_id"))


@T
def _zh_boarding_csv(g, b):
    r = g.r
    o = g.person("zh_CN")
    d1 = g.dt()
    b.f("{0},{1},{2},{3},{4},{5},{6},{7},{8}",
        (f"JY{d1:%Y%m%d}-{g.digits(3)}", "booking_id"), (g.pet("zh_CN"), "pet_name"), r.choice(["猫", "犬"]),
        d1.strftime("%Y-%m-%d"), (d1 + timedelta(days=r.randint(1, 20))).strftime("%Y-%m-%d"),
        (f"{r.choice('ABC')}-{r.randint(1, 30):02d}", "kennel"), (o.full, "PERSON"), (g.phone("zh_CN"), "PHONE_NUMBER"),
        (g.cn_id(), "CN_RESIDENT_ID"))


@T
def _zh_grooming_note(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("美容备注：客户{0}说{1}（{2}）皮肤敏感，洗护用低敏沐浴露，联系电话 {3}，车牌{4}停在B2。",
        (o.full, "PERSON"), r.choice(["狗狗", "猫咪"]), (g.pet("zh_CN"), "pet_name"), (g.phone("zh_CN"), "PHONE_NUMBER"),
        (g.plate("zh_CN"), "LICENSE_PLATE"))


@T
def _zh_claim(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("理赔申请 {0}：被保险人 {1}，身份证号 {2}，开户行 {3}，银行卡号 {4}，理赔金额 {5}，宠物：{6}",
        (f"LP{g.date('%Y%m%d')}{g.digits(5)}", "claim_id"), (o.full, "PERSON"), (g.cn_id(), "CN_RESIDENT_ID"),
        r.choice(["招商银行", "中国工商银行", "建设银行", "中国银行"]), (g.card("cup"), "CREDIT_CARD"),
        (g.money("¥"), "amount"), (g.pet("zh_CN"), "pet_name"))


@T
def _zh_vaccine_sms(g, b):
    r = g.r
    b.f("【{0}】尊敬的{1}{2}，您家的{3}{4}将于{5}到期，请及时预约。退订回T",
        (r.choice(ZH_CLINICS), "company"), (_zh_surname(g), "PERSON"), r.choice(["女士", "先生"]),
        (g.pet("zh_CN"), "pet_name"), r.choice(["狂犬疫苗", "猫三联疫苗", "犬八联疫苗", "体内驱虫"]), g.date("%m月%d日"))


@T
def _zh_lab(g, b):
    r = g.r
    b.f("检验单 {0} {1} 宠物：{2} 白细胞 {3} ×10^9/L {4} 主治医生：{5}",
        (f"JY-LAB-{g.digits(4)}-{g.digits(3)}", "accession"), r.choice(["血常规", "生化全项", "SDMA", "尿检"]),
        (g.pet("zh_CN"), "pet_name"), round(r.uniform(3, 30), 1), r.choice(["↑", "↓", "正常"]),
        (g.person("zh_CN").full, "PERSON"))


@T
def _zh_pharmacy(g, b):
    r = g.r
    b.f("发药记录 处方号{0} 药品：{1} 发药人：{2} 领药人：{3} 手机 {4}",
        (f"CF{g.date('%Y%m%d')}-{g.digits(4)}", "rx_number"), r.choice(ZH_DRUGS), (g.person("zh_CN").full, "PERSON"),
        (g.person("zh_CN").full, "PERSON"), (g.masked_phone("zh_CN"), "masked"))


@T
def _zh_syslog_nopii(g, b):
    r = g.r
    b.f("{0} {1} pms[{2}]: 同步芯片数据库完成，共 {3} 条，耗时 {4}s，源 {5}",
        g.syslog_ts(), (g.host(), "hostname"), r.randint(300, 30000), f"{r.randint(10, 9000):,}", round(r.uniform(0.2, 30), 1),
        (g.server_ip(), "server_ip"))


@T
def _zh_login(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("{0} [INFO] 用户 {1} 从 {2} 登录成功，终端：{3}",
        g.cn_ts(), (g.login(o), "PERSON"), (g.client_ip(), "IP_ADDRESS"), r.choice(["微信小程序", "iOS App", "前台PC", "网页端"]))


@T
def _zh_login_fail(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("{0} 登录失败：账号 {1} 密码 {2} 错误，来源IP {3}，已连续失败 {4} 次",
        g.cn_ts(), (g.login(o), "PERSON"), (g.password(), "CREDENTIAL"), (g.client_ip(), "IP_ADDRESS"), r.randint(1, 5))


@T
def _tw_sms(g, b):
    r = g.r
    b.f("【{0}】{1}{2}您好，您的寶貝「{3}」預約於 {4} {5}，如需取消請來電 {6}。",
        (r.choice(TW_CLINICS), "company"), (g.fk["zh_TW"].last_name(), "PERSON"), r.choice(["小姐", "先生"]),
        (g.pet("zh_TW"), "pet_name"), g.date("%m/%d %H:%M"), r.choice(["美容", "洗澡", "疫苗注射", "健康檢查"]),
        (g.hotline("zh_TW"), "hotline"))


@T
def _tw_claim(g, b):
    r = g.r
    o = g.person("zh_TW")
    b.f("寵物保險理賠：保戶 {0}，手機 {1}，理賠編號 {2}，金額 {3}，毛孩：{4}（{5}）",
        (o.full, "PERSON"), (g.phone("zh_TW"), "PHONE_NUMBER"), (f"TW-CLM-{g.nz(5)}", "claim_id"),
        (g.money("NT$"), "amount"), (g.pet("zh_TW"), "pet_name"), r.choice(TW_BREEDS))


@T
def _tw_notice(g, b):
    r = g.r
    b.f("系統公告：本院將於 {0} 進行系統維護，預約服務暫停 {1} 小時，維護主機 {2}（{3}）。",
        g.date("%m/%d %H:%M"), r.randint(1, 4), (g.host(), "hostname"), (g.server_ip(), "server_ip"))


@T
def _zh_wxpay(g, b):
    r = g.r
    b.jsep, b.jcol = ",", ":"
    b.j({"out_trade_no": (f"VET{g.date('%Y%m%d%H%M%S')}{g.digits(3)}", "order_id"),
         "transaction_id": (f"4200{g.digits(24)}", "transaction_id"), "total_fee": (r.randint(1000, 500000), "amount"),
         "bank_type": r.choice(["CMB_DEBIT", "ICBC_CREDIT", "OTHERS"]), "result_code": "SUCCESS",
         "attach": r.choice(["寄养押金", "美容套餐", "诊疗费"]), "nonce_str": (g.chars(ALNUM, 32), "nonce")})


@T
def _zh_export_passport(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("宠物出境检疫申请 {0}：申请人 {1}，护照号 {2}，联系电话 {3}，宠物 {4}（{5}），目的地 {6}",
        (f"CJ{g.digits(10)}", "application_id"), (o.full, "PERSON"), (g.passport("zh_CN"), "PASSPORT"),
        (g.phone("zh_CN"), "PHONE_NUMBER"), (g.pet("zh_CN"), "pet_name"), r.choice(ZH_BREEDS), r.choice(["日本", "新加坡", "英国", "加拿大"]))


@T
def _zh_kv_cancel(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.kv([("事件", "预约取消"), ("预约号", (f"YY{g.nz(6)}", "appointment_id")), ("宠物", (g.pet("zh_CN"), "pet_name")),
          ("主人", (o.full, "PERSON")), ("原因", r.choice(["临时出差", "宠物已康复", "时间冲突"])),
          ("操作员", (f"前台{r.randint(1, 9):02d}", "workstation"))], sep=r.choice([" ", "，", "|"]))


@T
def _zh_mail_header(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("发件人：检验中心 <{0}> 收件人：{1} <{2}> 主题：{3}的体检报告（{4}）",
        (g.role_mail(), "role_mailbox"), (o.full, "PERSON"), (g.email(o), "EMAIL_ADDRESS"),
        (g.pet("zh_CN"), "pet_name"), (f"JY-LAB-{g.digits(4)}-{g.digits(3)}", "accession"))


@T
def _zh_otp(g, b):
    r = g.r
    b.f("【{0}】您的验证码是 {1}，5分钟内有效。请勿泄露给他人。（发送至 {2}）",
        (r.choice(["宠e家", "瑞鹏宠物", "萌宠之家"]), "company"), (g.otp(), "CREDENTIAL"), (g.masked_phone("zh_CN"), "masked"))


@T
def _zh_java_error(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("{0} ERROR c.v.b.OwnerService - 保存主人信息失败: 唯一约束冲突 mobile={1} name={2} ownerId={3}",
        g.iso(), (g.phone("zh_CN").replace(" ", "").replace("-", ""), "PHONE_NUMBER"), (o.full, "PERSON"),
        (g.owner_id(), "owner_id"))


@T
def _zh_boarding_daily(g, b):
    r = g.r
    d, c = r.randint(0, 20), r.randint(0, 15)
    b.f("寄养日报 {0}：在院 {1} 只（犬 {2} / 猫 {3}），空笼位 {4}，A区温度 {5}℃，值班：{6}",
        g.date(), d + c, d, c, r.randint(0, 12), round(r.uniform(20, 27), 1), (f"前台{r.randint(1, 9):02d}", "workstation"))


@T
def _zh_meituan(g, b):
    r = g.r
    b.jsep, b.jcol = ",", ":"
    b.j({"orderId": (f"MT{g.date('%Y%m%d')}{g.digits(6)}", "order_id"), "shopName": (r.choice(ZH_CLINICS), "company"),
         "userName": (_zh_surname(g) + "**", "masked"), "phone": (g.masked_phone("zh_CN"), "masked"),
         "amount": (f"{r.randint(30, 2000)}.00", "amount"), "status": r.choice(["已核销", "待使用", "已退款"])})


@T
def _zh_ticket(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("工单#{0} | 客户: {1} | 电话: {2} | 邮箱: {3} | 问题: {4} | 处理人: {5}",
        (f"{g.date('%Y%m%d')}-{r.randint(1, 300)}", "ticket_id"), (o.full, "PERSON"), (g.phone("zh_CN"), "PHONE_NUMBER"),
        (g.email(o), "EMAIL_ADDRESS"), r.choice(["洗澡后狗狗耳朵红肿", "寄养期间食欲不振", "发票抬头开错", "疫苗本丢失补办"]),
        (g.person("zh_CN").full, "PERSON"))


@T
def _zh_roster(g, b):
    r = g.r
    b.f("排班更新：{0} 门诊 {1}医生、{2}医生；手术 {3}主任；美容 {4}老师",
        g.date("%m月%d日"), (_zh_surname(g), "PERSON"), (_zh_surname(g), "PERSON"), (_zh_surname(g), "PERSON"),
        (_zh_surname(g), "PERSON"))


@T
def _zh_jdbc(g, b):
    r = g.r
    b.f("{0} ERROR 数据库连接失败 jdbc:mysql://{1}:3306/pet_his?user={2}&password={3}&useSSL=false 重试{4}次",
        g.cn_ts(), (g.server_ip(), "server_ip"), (r.choice(["his_app", "pet_ro", "root"]), "service_account"),
        (g.password(), "CREDENTIAL"), r.randint(1, 5))


@T
def _zh_figures(g, b):
    r = g.r
    a, c = r.sample(ZH_FIGURES, 2)
    b.f("店内背景音乐歌单更新：{0}《{1}》、{2}《{3}》；海报标语引用{4}名言，操作账号 {5}",
        (a, "public_figure"), r.choice(["稻香", "甜蜜蜜", "红豆", "晴天"]), (c, "public_figure"), r.choice(["夜曲", "月亮代表我的心", "江南"]),
        (r.choice(["鲁迅", "李白"]), "public_figure"), (r.choice(["admin", "system"]), "service_account"))


@T
def _tw_json_keys(g, b):
    r = g.r
    o = g.person("zh_TW")
    b.jsep, b.jcol = r.choice([(",", ":"), (", ", ": ")])
    b.j({"飼主姓名": (o.full, "PERSON"), "聯絡電話": (g.phone("zh_TW"), "PHONE_NUMBER"), "寵物名稱": (g.pet("zh_TW"), "pet_name"),
         "品種": r.choice(TW_BREEDS), "晶片號碼": (g.chip(), "microchip"), "建檔日期": g.date("%Y/%m/%d")})


@T
def _zh_parking(g, b):
    r = g.r
    b.f("{0} 停车场 {1} 车牌 {2} 时间 {3} 关联会员 {4} 闸机 {5}",
        g.cn_ts(), r.choice(["入场", "出场"]), (g.plate("zh_CN"), "LICENSE_PLATE"), g.date("%H:%M"),
        (g.masked_phone("zh_CN"), "masked"), (g.server_ip(), "device_ip"))


@T
def _zh_member_nopii(g, b):
    r = g.r
    b.f("会员等级变更 {0} 从 {1} 升级为 {2}，累计消费 {3}，门店 {4}",
        (f"VIP{g.nz(5)}", "member_id"), "银卡", "金卡", (g.money("¥"), "amount"), (r.choice(ZH_CLINICS), "company"))


@T
def _zh_wechat_service(g, b):
    r = g.r
    o = g.person("zh_CN")
    b.f("[客服会话] {0} 客户{1}：“我家{2}打完疫苗一直发抖，我电话 {3}，麻烦医生回电” 接待：{4}",
        g.cn_ts(), (o.full, "PERSON"), (g.pet("zh_CN"), "pet_name"), (g.phone("zh_CN"), "PHONE_NUMBER"),
        (g.person("zh_CN").full, "PERSON"))


# --------------------------------------------------------------------------- public API

def _check(rec):
    text = rec["text"]
    assert "\n" not in text and "\r" not in text, text
    items = [(s, e, "span", t) for s, e, t in rec["spans"]] + [(s, e, "decoy", k) for s, e, k in rec["decoys"]]
    items.sort()
    prev_end = -1
    for s, e, kind, lab in items:
        assert 0 <= s < e <= len(text), (rec, s, e)
        assert s >= prev_end, ("overlap", rec)
        prev_end = e
        val = text[s:e]
        assert val.strip() == val and val, (rec, val)
        if kind == "span":
            assert lab in TYPES, lab
        else:
            assert lab and lab.islower() and lab not in TYPES, lab
    for s, e, t in rec["spans"]:
        if t == "CN_RESIDENT_ID":
            v = text[s:e]
            assert len(v) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], _W)) % 11] == v[17], v
        elif t == "CREDIT_CARD":
            v = "".join(c for c in text[s:e] if c.isdigit())
            assert 15 <= len(v) <= 19 and sum(int(c) if i % 2 == 0 else (int(c) * 2 - 9 if int(c) > 4 else int(c) * 2)
                                              for i, c in enumerate(reversed(v))) % 10 == 0, v
        elif t == "IBAN_CODE":
            v = text[s:e].replace(" ", "")
            assert int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1, v
        elif t == "US_SSN":
            assert re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", text[s:e]), text[s:e]


def blind_log34(n: int, seed: int = 0) -> list:
    g = _Gen(seed)
    r = g.r
    out = []
    for _ in range(n):
        idx = r.randrange(len(TEMPLATES))
        b = _Line()
        TEMPLATES[idx](g, b)
        rec = {"text": b.done(), "spans": b.spans, "decoys": b.decoys, "template": idx}
        _check(rec)
        out.append(rec)
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time

    t = time.time()
    rows = blind_log34(5000, int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    print(f"{len(TEMPLATES)} templates, {len(rows)} lines in {time.time() - t:.2f}s")
    c = collections.Counter(s[2] for row in rows for s in row["spans"])
    print(dict(sorted(c.items())))
