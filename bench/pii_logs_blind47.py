"""Blind benchmark data (set 47): log lines of a city government's digital services.

Permits and inspections, parking and towing, 311, water billing, benefits and housing,
business licences, library and recreation, council records, police non-emergency reports
and the call centre -- in English, Chinese (simplified and traditional) and a few other
European languages.

    blind_log47(n, seed=0) -> list of {"text", "spans", "decoys", "template"}

Standard library plus Faker only.
"""
import base64
import json
import random
import string
import unicodedata
import uuid

from faker import Faker

__all__ = ["blind_log47", "TEMPLATES"]

P = "PERSON"
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
TYPES = {P, EM, PH, IP, CR, CC, IB, SSN, PP, CNID, LP}

_LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR",
            "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
# residents of an English-speaking city: mostly en_US but from everywhere
_RES_LOCS = ["en_US"] * 8 + ["en_GB", "en_IN", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES",
                              "es_ES", "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL",
                              "tr_TR", "vi_VN", "vi_VN"]
_FAKERS = {}


def _faker(loc):
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    return f


def S(t, v):
    assert t in TYPES, t
    return (str(v), t, "S")


def D(k, v):
    return (str(v), k, "D")


DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"

# ---------------------------------------------------------------- romanisation helpers
_TR = {"ı": "i", "đ": "d", "Đ": "d", "ß": "ss", "ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "œ": "oe"}
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_KO_SUR = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
           "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
           "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "홍": "hong", "전": "jeon",
           "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo",
           "남": "nam", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha", "주": "joo",
           "우": "woo", "구": "koo", "민": "min", "유": "yoo", "나": "na", "진": "jin", "지": "ji",
           "엄": "eom", "채": "chae", "원": "won", "천": "cheon", "방": "bang", "공": "kong", "현": "hyun"}
_KO_I = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_KO_V = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
         "wi", "yu", "eu", "ui", "i"]
_KO_F = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
         "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def _ko_rom(s):
    out = []
    for ch in s:
        c = ord(ch) - 0xAC00
        if 0 <= c < 11172:
            out.append(_KO_I[c // 588] + _KO_V[(c % 588) // 28] + _KO_F[c % 28])
    return "".join(out)


def _ascii(s):
    s = "".join(_TR.get(c, c) for c in s)
    s = "".join(_RU.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c in LOW)


class Person:
    __slots__ = ("full", "first", "last", "loc", "male", "rfirst", "rlast")


# ---------------------------------------------------------------- data tables
_CITIES = [("Riverton", "riverton.gov"), ("Port Halden", "porthalden.gov"), ("Eastbrook", "eastbrookcity.org"),
           ("Cedar Falls Township", "cedarfalls-tx.gov"), ("Lakemont", "lakemontca.gov")]
_CITIES_ZH = [("滨江市", "binjiang.gov.cn"), ("临海市", "linhai.gov.cn"), ("云溪市", "yunxi.gov.cn")]
_CITIES_TW = [("新港市", "xingang.gov.tw"), ("桃竹市", "taozhu.gov.tw")]
_STREETS = ["Oak St", "Maple Ave", "Harbor Blvd", "4th Ave", "Pine St", "Cedar Ln", "River Rd", "Elm St",
            "Market St", "Mill Creek Dr", "Industrial Pkwy", "Hillcrest Ave", "9th St", "Bayview Ter",
            "Old Mission Rd", "Quarry Ln", "Sunset Blvd", "Railroad Ave", "Orchard Way", "Canal St"]
_PERSON_STREETS = ["Martin Luther King Jr Blvd", "Cesar Chavez Ave", "Lincoln Ave", "Washington St",
                   "Roosevelt Rd", "Jefferson Ave", "Harriet Tubman Way", "Kennedy Pkwy"]
_STREETS_ZH = ["滨江路", "人民路", "解放大道", "中山北路", "建设路", "和平街", "文化路", "新华路", "长江路"]
_STREETS_TW = ["中正路", "民生東路", "復興南路", "忠孝西路", "光復路"]
_FIG_EN = ["Taylor Swift", "Toni Morrison", "Stephen King", "Beyoncé", "Dr. Seuss", "Agatha Christie",
           "William Shakespeare", "Frida Kahlo", "Abraham Lincoln", "Maya Angelou", "Bruce Springsteen",
           "Mark Twain", "J.K. Rowling", "Yo-Yo Ma", "Serena Williams", "Shakira", "Ernest Hemingway"]
_FIG_ZH = ["鲁迅", "李白", "苏轼", "孔子", "金庸", "莫言", "周杰伦", "邓丽君", "杜甫", "老舍", "巴金"]
_BOOKS_EN = [("Beloved", "Toni Morrison"), ("The Shining", "Stephen King"), ("Murder on the Orient Express",
             "Agatha Christie"), ("Hamlet", "William Shakespeare"), ("Green Eggs and Ham", "Dr. Seuss"),
             ("I Know Why the Caged Bird Sings", "Maya Angelou"), ("Adventures of Huckleberry Finn", "Mark Twain"),
             ("The Old Man and the Sea", "Ernest Hemingway"), ("Harry Potter and the Goblet of Fire", "J.K. Rowling"),
             ("Born to Run", "Bruce Springsteen"), ("Becoming", "Michelle Obama")]
_EVENTS_EN = [("Family Sing-Along: ", "Taylor Swift", " Hits"), ("Book Club: ", "Toni Morrison", "'s Beloved"),
              ("Film Night: A Tribute to ", "Frida Kahlo", ""), ("Teen Trivia: ", "Beyoncé", " Edition"),
              ("Story Time with ", "Dr. Seuss", ""), ("Lecture: The Legacy of ", "Martin Luther King Jr.", ""),
              ("Jazz Brunch: ", "Louis Armstrong", " Songbook"), ("Shakespeare in the Park: ", "William Shakespeare",
                                                                  "'s Twelfth Night")]
_BOOKS_ZH = [("呐喊", "鲁迅"), ("彷徨", "鲁迅"), ("李太白全集", "李白"), ("东坡志林", "苏轼"), ("论语译注", "孔子"),
             ("射雕英雄传", "金庸"), ("红高粱家族", "莫言"), ("骆驼祥子", "老舍"), ("家", "巴金"), ("杜工部集", "杜甫")]
_BOOKS_TW = [("天龍八部", "金庸"), ("半生緣", "張愛玲"), ("撒哈拉的故事", "三毛"), ("台北人", "白先勇"), ("傾城之戀", "張愛玲")]
_FIG_TW = ["金庸", "張愛玲", "鄧麗君", "周杰倫", "三毛", "白先勇", "林懷民"]
_SVC = ["svc-backup", "root", "jenkins", "svc-permits-sync", "etl_batch", "cis_batch", "svc-311-autoclose",
        "ansible", "postgres", "www-data", "legistar-sync", "svc-ivr", "gis_loader", "sysadmin",
        "svc-paygw", "svc-ldap-bind", "nagios", "batch01"]
_ROLES = ["permits", "noreply", "no-reply", "311", "billing", "support", "clerk", "housing", "parking",
          "library", "info", "helpdesk", "council", "records", "inspections", "utilities", "licensing"]
_MAIL = {"en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net",
                   "aol.com", "att.net"],
         "en_GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com"],
         "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
         "zh_CN": ["163.com", "126.com", "sina.com", "foxmail.com"],
         "zh_TW": ["yahoo.com.tw", "gmail.com", "hinet.net"],
         "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
         "de_DE": ["web.de", "gmx.de", "t-online.de"],
         "es_ES": ["telefonica.net", "gmail.com", "hotmail.es"],
         "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com"],
         "ja_JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
         "ko_KR": ["naver.com", "daum.net", "gmail.com"],
         "ru_RU": ["mail.ru", "yandex.ru", "gmail.com"],
         "it_IT": ["libero.it", "virgilio.it", "gmail.com"],
         "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
         "pl_PL": ["wp.pl", "onet.pl", "o2.pl"],
         "tr_TR": ["hotmail.com", "gmail.com", "yandex.com.tr"],
         "vi_VN": ["gmail.com", "yahoo.com.vn"]}
_PUB_OCT = [24, 47, 50, 66, 67, 68, 69, 71, 73, 76, 96, 97, 98, 99, 104, 107, 108, 142, 162, 173, 174,
            184, 185, 188, 209, 2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
            90, 91, 92, 93, 94, 95, 176, 178, 193, 194, 195, 212, 213, 217]
_CN_OCT = [36, 39, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
           122, 123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223]
_CN_REGION = ["110101", "110105", "110108", "310104", "310115", "440103", "440305", "440106", "330106",
              "320102", "320506", "510107", "420106", "610113", "370202", "350203", "430104", "500103",
              "120101", "210202", "230103", "410105", "360102", "450103", "530102"]
_CN_PROV = "京沪粤浙苏川鄂陕鲁闽湘渝津辽黑豫赣桂云"
_CN_MOB = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
           "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "185",
           "186", "187", "188", "189", "191", "195", "198", "199"]
_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
       "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/121.0 Mobile Safari/537.36",
       "CityApp/4.2.0 (Android 13)", "curl/8.4.0", "python-requests/2.31.0"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class _Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        for loc in _LOCALES:
            _faker(loc).seed_instance(seed)

    # ------------------------------------------------------------ basics
    def ch(self, seq):
        return self.r.choice(seq)

    def d(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))

    def u(self, n):
        return "".join(self.r.choice(UP) for _ in range(n))

    def ri(self, a, b):
        return self.r.randint(a, b)

    def city(self):
        return self.ch(_CITIES)

    def street(self):
        return "%d %s" % (self.ri(1, 9899), self.ch(_STREETS))

    # ------------------------------------------------------------ people
    def person(self, loc=None):
        loc = loc or self.ch(_RES_LOCS)
        f = _faker(loc)
        p = Person()
        p.loc = loc
        p.male = self.r.random() < 0.5
        p.first = f.first_name_male() if p.male else f.first_name_female()
        p.last = f.last_name_male() if p.male else f.last_name_female()
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            p.full = p.last + p.first
        elif loc == "ja_JP":
            p.full = p.last + self.ch(["", " ", "\u3000"]) + p.first
        elif loc == "vi_VN":
            p.full = "%s %s %s" % (p.last, self.ch(["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh"]), p.first)
        elif loc == "ru_RU" and self.r.random() < 0.3:
            p.full = p.last + " " + p.first
        else:
            p.full = p.first + " " + p.last
        if loc in ("zh_CN", "zh_TW", "ja_JP"):
            p.rfirst = _ascii(f.first_romanized_name())
            p.rlast = _ascii(f.last_romanized_name())
        elif loc == "ko_KR":
            p.rfirst = _ko_rom(p.first)
            p.rlast = _KO_SUR.get(p.last) or _ko_rom(p.last)
        else:
            p.rfirst = _ascii(p.first.split()[0]) or "user"
            p.rlast = _ascii(p.last.replace(" ", "")) or "x"
        return p

    def zh(self, trad=False):
        return self.person("zh_TW" if trad else "zh_CN")

    def user(self, p):
        fi, la = p.rfirst, p.rlast
        st = self.ri(0, 8)
        if st == 0:
            return fi[0] + la
        if st == 1:
            return fi + "." + la
        if st == 2:
            return fi + "_" + la
        if st == 3:
            return la + fi[0]
        if st == 4:
            return fi + la + str(self.ri(1, 99))
        if st == 5:
            return fi[0] + la + str(self.ri(1, 99))
        if st == 6:
            return la + fi
        if st == 7:
            return fi + str(self.ch([self.ri(1, 99), self.ri(1960, 2006)]))
        return fi[0] + "." + la

    def email(self, p):
        dom = self.ch(_MAIL.get(p.loc, ["gmail.com"]))
        if p.loc == "zh_CN" and self.r.random() < 0.35:
            return "%s@qq.com" % self.ri(10000000, 2999999999)
        u = self.user(p)
        if self.r.random() < 0.15:
            u = u.replace(".", "") + self.ch(["", "+city", "+permits"])
        return u + "@" + dom

    # ------------------------------------------------------------ phones
    def phone(self, loc="en_US"):
        r, d = self.r, self.d
        if loc in ("en_US", "us"):
            a = "%d%s" % (self.ri(2, 9), d(2))
            e = "%d%s" % (self.ri(2, 9), d(2))
            s = d(4)
            return self.ch(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s", "1-%s-%s-%s",
                            "+1 (%s) %s-%s", "%s%s%s"]) % (a, e, s)
        if loc == "en_GB":
            return self.ch(["07%s %s" % (d(3), d(6)), "+44 7%s %s" % (d(3), d(6)),
                            "020 %s %s" % (d(4), d(4)), "+44 (0)161 %s %s" % (d(3), d(4)),
                            "07%s%s" % (d(3), d(6))])
        if loc == "en_IN":
            m = self.ch("6789") + d(4)
            return self.ch(["+91 %s %s" % (m, d(5)), "0%s %s" % (m, d(5)), "+91-%s%s" % (m, d(5)),
                            "%s%s" % (m, d(5))])
        if loc == "zh_CN":
            m = self.ch(_CN_MOB)
            a, b = d(4), d(4)
            return self.ch(["%s%s%s", "%s %s %s", "%s-%s-%s", "+86 %s %s %s", "+86-%s%s%s"]) % (m, a, b) \
                if r.random() < 0.85 else self.ch(["010-%s %s", "021-%s%s", "0755-%s%s", "0571-%s-%s",
                                                   "(020)%s%s"]) % (str(self.ri(2, 8)) + d(3), d(4))
        if loc == "zh_TW":
            return self.ch(["09%s-%s-%s" % (d(2), d(3), d(3)), "09%s %s %s" % (d(2), d(3), d(3)),
                            "+886 9%s %s %s" % (d(2), d(3), d(3)), "(02)%d%s-%s" % (self.ri(2, 9), d(3), d(4)),
                            "09%s%s" % (d(2), d(6))])
        if loc == "fr_FR":
            g = [self.ch("67") ] + [d(2) for _ in range(4)]
            return self.ch(["0%s %s %s %s %s", "+33 %s %s %s %s %s", "0%s.%s.%s.%s.%s"]) % tuple(g)
        if loc == "de_DE":
            return self.ch(["+49 15%s %s" % (d(1), d(8)), "015%s %s" % (d(1), d(7)),
                            "030 %d%s" % (self.ri(2, 9), d(7)), "+49 (0)89 %s" % d(7), "0171/%s" % d(7)])
        if loc == "es_ES":
            m = self.ch("67") + d(2)
            return self.ch(["+34 %s %s %s" % (m, d(3), d(3)), "%s %s %s %s" % (m, d(2), d(2), d(2)),
                            "%s%s" % (m, d(6))])
        if loc == "pt_BR":
            dd = self.ch(["11", "21", "31", "41", "51", "61", "71", "81"])
            return self.ch(["(%s) 9%s-%s" % (dd, d(4), d(4)), "+55 %s 9%s-%s" % (dd, d(4), d(4)),
                            "+55 (%s) 9%s%s" % (dd, d(4), d(4))])
        if loc == "ja_JP":
            return self.ch(["0%s0-%s-%s" % (self.ch("789"), d(4), d(4)),
                            "+81 %s0-%s-%s" % (self.ch("789"), d(4), d(4)), "03-%s-%s" % (d(4), d(4))])
        if loc == "ko_KR":
            return self.ch(["010-%s-%s" % (d(4), d(4)), "+82 10-%s-%s" % (d(4), d(4)), "010%s%s" % (d(4), d(4))])
        if loc == "ru_RU":
            a = "9" + d(2)
            return self.ch(["+7 %s %s-%s-%s", "8 (%s) %s-%s-%s", "+7(%s)%s%s%s"]) % (a, d(3), d(2), d(2))
        if loc == "it_IT":
            return self.ch(["+39 3%s %s %s" % (d(2), d(3), d(4)), "3%s %s%s" % (d(2), d(3), d(4)),
                            "06 %s %s" % (d(4), d(4))])
        if loc == "nl_NL":
            return self.ch(["06-%s" % d(8), "+31 6 %s" % d(8), "06 %s %s" % (d(4), d(4)), "020-%s" % d(7)])
        if loc == "pl_PL":
            return self.ch(["+48 %s %s %s" % (self.ch("5678") + d(2), d(3), d(3)),
                            "%s-%s-%s" % (self.ch("5678") + d(2), d(3), d(3))])
        if loc == "tr_TR":
            m = "5" + d(2)
            return self.ch(["+90 %s %s %s %s" % (m, d(3), d(2), d(2)), "0%s %s %s %s" % (m, d(3), d(2), d(2)),
                            "0 (%s) %s %s %s" % (m, d(3), d(2), d(2))])
        if loc == "vi_VN":
            m = self.ch(["09", "03", "08", "07"]) + d(1)
            return self.ch(["%s %s %s" % (m, d(3), d(4)), "+84 %s %s %s" % (m[1:], d(3), d(4)),
                            "%s%s" % (m, d(7))])
        return self.phone("en_US")

    def pphone(self, p, home_p=0.5):
        """phone of a resident: own country's format sometimes, else local US."""
        return self.phone(p.loc if self.r.random() < home_p else "en_US")

    def cn_mobile(self):
        return self.ch(_CN_MOB) + self.d(8)

    # ------------------------------------------------------------ network
    def cip(self, cn=False):
        if not cn and self.r.random() < 0.1:
            return "%s:%x:%x:%x::%x" % (self.ch(["2601:644", "2600:1700", "2a02:8108", "2409:8a1e",
                                                 "2001:569"]), self.ri(1, 0xffff), self.ri(1, 0xffff),
                                        self.ri(0, 0xffff), self.ri(1, 0xffff))
        o = self.ch(_CN_OCT if cn else _PUB_OCT)
        return "%d.%d.%d.%d" % (o, self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))

    def sip_raw(self):
        k = self.ri(0, 2)
        if k == 0:
            return "10.%d.%d.%d" % (self.ri(0, 40), self.ri(0, 255), self.ri(2, 250))
        if k == 1:
            return "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 250))
        return "192.168.%d.%d" % (self.ri(0, 20), self.ri(2, 250))

    def sip(self):
        return D("server_ip", self.sip_raw())

    def host(self, pre=None):
        pre = pre or self.ch(["permits", "cis", "311", "pay", "lib", "rec", "bl", "cc", "cad", "gis", "api"])
        h = "%s-%s-%02d" % (pre, self.ch(["web", "app", "api", "db", "batch", "worker", "gw"]), self.ri(1, 12))
        if self.r.random() < 0.4:
            h += self.ch([".internal", ".prod.local", "." + self.city()[1]])
        return D("hostname", h)

    # ------------------------------------------------------------ secrets
    def pw(self, simple=False):
        k = self.ri(0, 3)
        sym = "!*_-." if simple else "!@#$%*_-."
        if k == 0:
            w = self.ch(["Summer", "Winter", "Riverton", "Welcome", "Dragon", "Sunshine", "Monkey", "Tigers",
                         "Password", "Chelsea", "Bailey", "Maple"])
            return w + str(self.ri(1, 2025)) + self.ch(sym)
        if k == 1:
            n = self.ri(10, 18)
            return "".join(self.ch(B62 + sym) for _ in range(n)) + self.ch(DIG)
        if k == 2:
            return self.ch(["Abc", "Qwe", "Zxc", "Pa55", "P@ss"]).replace("@", "a" if simple else "@") + \
                self.ch(sym) + self.d(self.ri(3, 6))
        return "".join(self.ch(LOW) for _ in range(5)) + self.ch(sym) + \
            "".join(self.ch(UP) for _ in range(3)) + self.d(3)

    def apikey(self):
        k = self.ri(0, 5)
        rs = lambda n, a=B62: "".join(self.ch(a) for _ in range(n))
        if k == 0:
            return "sk_live_" + rs(24)
        if k == 1:
            return "AKIA" + rs(16, UP + DIG)
        if k == 2:
            return "xoxb-%s-%s-%s" % (self.d(11), self.d(12), rs(24))
        if k == 3:
            return "ghp_" + rs(36)
        if k == 4:
            return rs(32, HEX)
        return "SG." + rs(22) + "." + rs(43)

    def jwt(self):
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        h = b({"alg": self.ch(["HS256", "RS256"]), "typ": "JWT"})
        pl = b({"sub": str(self.ri(10000, 999999)), "iat": self.ri(1700000000, 1730000000),
                "scope": self.ch(["resident", "permits:write", "311:read"])})
        sig = "".join(self.ch(B62 + "-_") for _ in range(43))
        return "%s.%s.%s" % (h, pl, sig)

    def sess(self):
        return "".join(self.ch(HEX) for _ in range(self.ch([32, 40, 64])))

    def pin(self):
        return self.d(self.ch([4, 4, 4, 6]))

    # ------------------------------------------------------------ financial / ids
    def _luhn(self, prefix, length):
        body = prefix + self.d(length - len(prefix) - 1)
        tot = 0
        for i, c in enumerate(reversed(body)):
            v = int(c)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        return body + str((10 - tot % 10) % 10)

    def card(self, kind=None):
        kind = kind or self.ch(["visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
        if kind == "visa":
            n = self._luhn("4", 16)
        elif kind == "mc":
            n = self._luhn(self.ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
        elif kind == "amex":
            n = self._luhn(self.ch(["34", "37"]), 15)
            return self.ch(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:4], n[4:10], n[10:])
        elif kind == "disc":
            n = self._luhn("6011", 16)
        elif kind == "cup":
            n = self._luhn(self.ch(["622202", "621700", "622848", "623668", "625965"]), self.ch([16, 19]))
            if len(n) == 19:
                return self.ch(["%s %s %s %s %s", "%s%s%s%s%s"]) % (n[:4], n[4:8], n[8:12], n[12:16], n[16:])
        else:
            n = self._luhn("35" + str(self.ri(28, 89)), 16)
        return self.ch(["%s %s %s %s", "%s-%s-%s-%s", "%s%s%s%s"]) % (n[:4], n[4:8], n[8:12], n[12:])

    def masked_card(self):
        l4 = self.d(4)
        return self.ch(["****%s" % l4, "**** **** **** %s" % l4, "XXXX-XXXX-XXXX-%s" % l4,
                        "4%s** **** %s" % (self.d(3), l4), "ending in %s" % l4])

    def iban(self, cc=None, grouped=None):
        cc = cc or self.ch(["DE", "GB", "FR", "ES", "NL", "IT", "PL", "BE", "PT", "TR"])
        d, u = self.d, self.u
        bban = {"DE": lambda: d(18), "GB": lambda: u(4) + d(14), "FR": lambda: d(23), "ES": lambda: d(20),
                "NL": lambda: u(4) + d(10), "IT": lambda: u(1) + d(10) + d(12), "PL": lambda: d(24),
                "BE": lambda: d(12), "PT": lambda: d(21), "TR": lambda: d(5) + "0" + d(16)}[cc]()
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        ib = "%s%02d%s" % (cc, 98 - int(num) % 97, bban)
        if grouped is None:
            grouped = self.r.random() < 0.6
        if grouped:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ssn(self, fmt=None):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        s = "%03d" % a, "%02d" % self.ri(1, 99), "%04d" % self.ri(1, 9999)
        fmt = fmt or self.ch(["-"] * 6 + [" ", ""])
        return fmt.join(s)

    def passport(self, cc=None):
        cc = cc or self.ch(["US", "GB", "CN", "DE", "FR", "IN", "JP", "KR", "ES", "BR", "IT", "RU"])
        d, u = self.d, self.u
        return {"US": lambda: self.ch([d(9), self.ch("ACE") + d(8)]),
                "GB": lambda: d(9),
                "CN": lambda: self.ch(["E" + d(8), "E" + self.ch("ABCDEFGHJK") + d(7), "G" + d(8)]),
                "DE": lambda: "C" + "".join(self.ch("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
                "FR": lambda: d(2) + u(2) + d(5),
                "IN": lambda: self.ch("JKLMNPRSTUVWZ") + d(7),
                "JP": lambda: self.ch(["TK", "TR", "MU", "TZ"]) + d(7),
                "KR": lambda: "M" + d(8),
                "ES": lambda: u(3) + d(6),
                "BR": lambda: u(2) + d(6),
                "IT": lambda: u(2) + d(7),
                "RU": lambda: "7%s %s" % (d(1), d(7))}[cc]()

    def cnid(self):
        y, m, dd = self.ri(1945, 2005), self.ri(1, 12), self.ri(1, 28)
        body = "%s%04d%02d%02d%s" % (self.ch(_CN_REGION), y, m, dd, self.d(3))
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]

    def plate(self, kind="us"):
        d, u = self.d, self.u
        noio = "ABCDEFGHJKLMNPRSTUVWXYZ"
        lt = lambda n: "".join(self.ch(noio) for _ in range(n))
        if kind == "us":
            return self.ch(["%s%s%s" % (self.ri(1, 9), lt(3), d(3)), "%s-%s" % (lt(3), d(4)),
                            "%s %s" % (lt(3), d(4)), "%s%s" % (lt(3), d(4)), "%s %s" % (lt(2), d(5)),
                            "%s %s" % (d(3), lt(3)), "%s%s%s" % (d(3), lt(2), d(1))])
        if kind == "gb":
            return "%s%s %s" % (lt(2), d(2), lt(3))
        if kind == "cn":
            pre = self.ch(_CN_PROV) + self.ch(noio[:12])
            sep = self.ch(["", "·", "·", " "])
            if self.r.random() < 0.25:
                tail = self.ch("DF") + d(5)
            else:
                tail = "".join(self.ch(noio + DIG + DIG) for _ in range(5))
            return pre + sep + tail
        if kind == "tw":
            return self.ch(["%s-%s" % (lt(3), d(4)), "%s-%s" % (d(4), lt(2)), "%s-%s" % (lt(2), d(4))])
        if kind == "de":
            return "%s-%s %d" % (self.ch(["B", "M", "HH", "K", "F", "S", "D", "HB", "DO"]), lt(self.ri(1, 2)),
                                 self.ri(1, 9999))
        if kind == "fr":
            return "%s-%s-%s" % (lt(2), d(3), lt(2))
        if kind == "nl":
            return self.ch(["%s-%s-%s" % (d(2), lt(3), d(1)), "%s-%s-%s" % (lt(2), d(3), lt(1))])
        if kind == "es":
            return "%s %s" % (d(4), "".join(self.ch("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)))
        if kind == "it":
            return "%s %s%s" % (lt(2), d(3), lt(2))
        if kind == "pl":
            return "%s %s" % (self.ch(["WA", "KR", "PO", "GD", "WR"]), self.ch([d(5), d(4) + lt(1)]))
        if kind == "br":
            return "%s%s%s%s" % (lt(3), d(1), lt(1), d(2))
        return self.plate("us")

    # ------------------------------------------------------------ decoys
    def ts(self, style=None):
        y, mo, dd = self.ri(2022, 2025), self.ri(1, 12), self.ri(1, 28)
        hh, mi, ss = self.ri(0, 23), self.ri(0, 59), self.ri(0, 59)
        style = style or self.ch(["iso", "isoz", "sp", "ms"])
        if style == "iso":
            v = "%04d-%02d-%02dT%02d:%02d:%02d%s" % (y, mo, dd, hh, mi, ss, self.ch(["-05:00", "-07:00", "-04:00"]))
        elif style == "isoz":
            v = "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, dd, hh, mi, ss, self.ri(0, 999))
        elif style == "sp":
            v = "%04d-%02d-%02d %02d:%02d:%02d" % (y, mo, dd, hh, mi, ss)
        elif style == "ms":
            v = "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, mo, dd, hh, mi, ss, self.ri(0, 999))
        elif style == "syslog":
            v = "%s %2d %02d:%02d:%02d" % (_MON[mo - 1], dd, hh, mi, ss)
        elif style == "clf":
            v = "%02d/%s/%04d:%02d:%02d:%02d -0500" % (dd, _MON[mo - 1], y, hh, mi, ss)
        elif style == "us":
            v = "%02d/%02d/%04d %d:%02d %s" % (mo, dd, y, hh % 12 + 1, mi, self.ch(["AM", "PM"]))
        elif style == "date":
            v = "%04d-%02d-%02d" % (y, mo, dd)
        elif style == "zh":
            v = "%04d年%d月%d日 %02d:%02d" % (y, mo, dd, hh, mi)
        elif style == "eu":
            v = "%02d.%02d.%04d %02d:%02d" % (dd, mo, y, hh, mi)
        elif style == "epoch":
            v = str(self.ri(1672531200000, 1735689600000))
        else:
            raise ValueError(style)
        return D("timestamp", v)

    def amt(self, cur="usd", lo=1, hi=900):
        v = self.r.uniform(lo, hi)
        whole = int(v)
        cents = self.ri(0, 99)
        if cur == "usd":
            return D("amount", self.ch(["$%s.%02d" % (format(whole, ","), cents), "USD %d.%02d" % (whole, cents)]))
        if cur == "cny":
            return D("amount", self.ch(["¥%s.%02d" % (format(whole, ","), cents), "%d.%02d元" % (whole, cents),
                                        "%d元" % whole, "￥%d.%02d" % (whole, cents)]))
        if cur == "eur":
            return D("amount", self.ch(["%d,%02d €" % (whole, cents), "€ %d,%02d" % (whole, cents),
                                        "EUR %d.%02d" % (whole, cents)]))
        if cur == "gbp":
            return D("amount", "£%d.%02d" % (whole, cents))
        if cur == "twd":
            return D("amount", self.ch(["NT$%d" % whole, "新台幣 %s 元" % format(whole, ",")]))
        if cur == "brl":
            return D("amount", "R$ %d,%02d" % (whole, cents))
        if cur == "pln":
            return D("amount", "%d,%02d zł" % (whole, cents))
        if cur == "try":
            return D("amount", "%d,%02d TL" % (whole, cents))
        raise ValueError(cur)

    def svc(self):
        return D("service_account", self.ch(_SVC))

    def role(self, box=None, dom=None):
        return D("role_mailbox", "%s@%s" % (box or self.ch(_ROLES), dom or self.city()[1]))

    def co(self, loc="en_US"):
        return D("company", _faker(loc).company())

    def fig(self, lang="en"):
        return D("public_figure", self.ch({"en": _FIG_EN, "zh": _FIG_ZH, "tw": _FIG_TW}[lang]))

    def uid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def hexs(self, n):
        return "".join(self.ch(HEX) for _ in range(n))

    def ver(self):
        return D("version", "%s%d.%d.%d" % (self.ch(["v", "", ""]), self.ri(1, 9), self.ri(0, 30), self.ri(0, 40)))

    def yr(self):
        return self.ri(2022, 2025)

    def masked_phone_cn(self):
        return self.ch(_CN_MOB) + "****" + self.d(4)


# ---------------------------------------------------------------- format helpers
def J(pairs, compact=False):
    """JSON object as parts; tuple values become quoted labelled strings, lists are nested parts."""
    out = ["{"]
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append("," if compact else ", ")
        out.append(json.dumps(k, ensure_ascii=False) + (":" if compact else ": "))
        if isinstance(v, tuple):
            assert '"' not in v[0] and "\\" not in v[0]
            out += ['"', v, '"']
        elif isinstance(v, list):
            out += v
        else:
            out.append(json.dumps(v, ensure_ascii=False))
    out.append("}")
    return out


def KV(pairs, sep=" ", eq="="):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + eq)
        val = v[0] if isinstance(v, tuple) else str(v)
        q = (" " in val or "," in val) and sep == " "
        if q:
            out.append('"')
        out.append(v if isinstance(v, tuple) else str(v))
        if q:
            out.append('"')
    return out


def CSV(cells):
    out = []
    for i, v in enumerate(cells):
        if i:
            out.append(",")
        val = v[0] if isinstance(v, tuple) else str(v)
        q = "," in val or " " in val and val.startswith(" ")
        if q:
            out.append('"')
        out.append(v)
        if q:
            out.append('"')
    return out


TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


# =================================================================== ENGLISH / EUROPEAN
# --- building permits and inspections
@T
def permit_login_syslog(g):
    p = g.person()
    return ["<134>", g.ts("syslog"), " ", g.host("permits"), " permitportal[", g.ri(1000, 40000),
            "]: login ok user=", S(P, g.user(p)), " src=", S(IP, g.cip()), " mfa=",
            g.ch(["totp", "sms", "none", "email"]), " latency_ms=", g.ri(40, 900)]


@T
def permit_submitted_json(g):
    p = g.person()
    y = g.yr()
    return J([("ts", g.ts("isoz")), ("level", "info"), ("event", "permit.submitted"),
              ("permit_no", D("permit_id", "BP-%d-%06d" % (y, g.ri(1, 99999)))),
              ("permit_type", g.ch(["RES-ADDITION", "ADU", "REROOF", "SOLAR-PV", "DEMO", "POOL", "FENCE"])),
              ("applicant_name", S(P, p.full)), ("applicant_email", S(EM, g.email(p))),
              ("applicant_phone", S(PH, g.pphone(p, 0.3))), ("contractor", g.co()),
              ("valuation", g.amt("usd", 2000, 400000)), ("site_address", g.street())])


@T
def inspector_note(g):
    p = g.person()
    tag = (("Mr." if p.male else g.ch(["Ms.", "Mrs."])) if g.r.random() < 0.5 else None)
    who = [tag, " ", S(P, p.last)] if tag else [S(P, p.full)]
    return ["Inspector note (", D("inspector_id", "E%d" % g.ri(1000, 1999)), "): called homeowner "] + who + \
        [" at ", S(PH, g.pphone(p, 0.2)), " to reschedule ", g.ch(["framing", "final electrical", "rough plumbing",
                                                                   "foundation", "insulation"]),
         " insp for ", D("permit_id", "BP-%d-%06d" % (g.yr(), g.ri(1, 99999))), ". ",
         g.ch(["Lockbox code ", "Gate code is ", "Side gate combo "]), S(CR, g.d(4)),
         g.ch([", dog in yard.", ". Use rear entrance.", "; will leave ladder out."])]


@T
def inspection_result_kv(g):
    return KV([("inspection_id", D("inspection_id", "INS-%d" % g.ri(1000000, 9999999))),
               ("permit", D("permit_id", "BP-%d-%06d" % (g.yr(), g.ri(1, 99999)))),
               ("type", g.ch(["FINAL_ELECTRICAL", "ROUGH_MECH", "FOOTING", "SHEAR_WALL", "FINAL_BLDG"])),
               ("result", g.ch(["PASS", "FAIL", "PARTIAL", "CANCELLED"])),
               ("inspector_id", D("inspector_id", "E%d" % g.ri(1000, 1999))),
               ("duration_min", g.ri(10, 120)), ("host", g.host("insp")), ("upstream", g.sip())])


@T
def permit_audit_status(g):
    return ["AUDIT ", g.ts("sp"), " actor=", g.svc(), " action=UPDATE_STATUS entity=permit id=",
            D("permit_id", "BP-%d-%06d" % (g.yr(), g.ri(1, 99999))), " from=",
            g.ch(["UNDER_REVIEW", "CORRECTIONS", "APPROVED"]), " to=", g.ch(["ISSUED", "APPROVED", "EXPIRED", "FINALED"]),
            " req=", D("request_id", g.uid())]


@T
def plan_review_email_header(g):
    p = g.person()
    city, dom = g.city()
    return ["smtp-in: from=<", S(EM, g.email(p)), "> hdr_from=\"", S(P, p.full), "\" to=<", g.role("permits", dom),
            "> cc=<", g.role("planreview", dom), "> subject=\"Re: ",
            D("permit_id", "BP-%d-%06d" % (g.yr(), g.ri(1, 99999))), " plan check corrections\" msgid=<",
            D("message_id", "%s@mail.%s" % (g.hexs(16), g.ch(["gmail.com", "outlook.com", "yahoo.com"]))),
            "> size=", g.ri(2000, 9000000)]


@T
def applicant_merge_stacktrace(g):
    p = g.person()
    return ["java.lang.IllegalStateException: duplicate applicant record email=", S(EM, g.email(p)),
            " ssn=", S(SSN, g.ssn("-")), " existingId=", D("applicant_id", g.ri(100000, 999999)),
            " at gov.", g.city()[0].lower().replace(" ", ""),
            ".permits.ApplicantService.merge(ApplicantService.java:", g.ri(80, 400), ")"]


@T
def permit_csv_export(g):
    p = g.person()
    name = "%s, %s" % (p.last, p.first) if p.loc not in ("zh_CN", "zh_TW", "ja_JP", "ko_KR") else p.full
    return CSV([D("permit_id", "BP-%d-%06d" % (g.yr(), g.ri(1, 99999))),
                g.ch(["RES-ADDITION", "REROOF", "SOLAR-PV", "WATER-HEATER", "SIGN"]),
                g.ts("date"), S(P, name), S(PH, g.pphone(p, 0.2)), S(EM, g.email(p)),
                D("amount", "%d.%02d" % (g.ri(100, 90000), g.ri(0, 99))), g.ch(["ISSUED", "IN REVIEW", "FINALED"])])


@T
def contractor_license_check(g):
    return ["[lic-verify] state board lookup lic#=", D("contractor_license", str(g.ri(100000, 1099999))),
            " contractor=\"", g.co(), "\" class=", g.ch(["B", "C-10", "C-36", "C-39", "A"]), " status=",
            g.ch(["ACTIVE", "SUSPENDED", "EXPIRED"]), " bond=", g.amt("usd", 15000, 25000),
            " checked_at=", g.ts("isoz"), " cache=", g.ch(["HIT", "MISS"])]


@T
def permit_fee_raw_pan(g):
    return ["WARN ", g.ts("ms"), " pay-gw[", g.ri(100, 999), "] legacy adapter logged raw PAN: card=",
            S(CC, g.card()), " exp=", "%02d/%02d" % (g.ri(1, 12), g.ri(25, 31)), " amount=", g.amt("usd", 50, 3000),
            " ref=", D("permit_id", "BP-%d-%06d" % (g.yr(), g.ri(1, 99999))), " merchant=",
            D("merchant_id", "MID%s" % g.d(10))]


# --- parking and towing
@T
def parking_citation_kv(g):
    return KV([("citation", D("citation_id", "PC-%s" % g.d(8))), ("plate", S(LP, g.plate("us"))),
               ("state", g.ch(["CA", "NY", "TX", "WA", "IL", "OR", "AZ", "NV"])),
               ("violation", g.ch(["Expired meter", "Street cleaning", "Red zone", "Blocking driveway",
                                   "No permit zone Z4", "Double parked"])),
               ("fine", g.amt("usd", 35, 120)), ("officer_badge", D("badge_no", g.d(4))),
               ("issued", g.ts("iso")), ("device", D("device_id", "HH-%s" % g.d(3)))])


@T
def tow_record_json(g):
    p = g.person()
    return J([("towId", D("tow_id", "TW-%s-%s" % (g.d(4), g.d(4)))), ("plateNumber", S(LP, g.plate("us"))),
              ("vehicle", "%d %s" % (g.ri(2004, 2024), g.ch(["Honda Civic", "Toyota Camry", "Ford F-150",
                                                              "Tesla Model 3", "Nissan Altima", "Kia Soul"]))),
              ("ownerName", S(P, p.full)), ("ownerPhone", S(PH, g.pphone(p, 0.2))),
              ("towCompany", g.co()), ("impoundLot", g.ch(["Lot A", "Lot B", "North Yard"])),
              ("fee", g.amt("usd", 150, 400)), ("reason", g.ch(["72-hour violation", "Tow-away zone",
                                                                  "Abandoned vehicle", "5+ unpaid citations"]))])


@T
def parking_dispute_access(g):
    return [S(IP, g.cip()), " - - [", g.ts("clf"), "] \"POST /parking/disputes?citation=",
            D("citation_id", "PC-%s" % g.d(8)), "&plate=", S(LP, g.plate("us").replace(" ", "").replace("-", "")),
            " HTTP/1.1\" ", g.ch(["201", "201", "400", "409"]), " ", g.ri(80, 2000), " \"-\" \"", g.ch(_UA), "\""]


@T
def parking_paid_masked(g):
    return ["[parking-pay] ", g.ts("isoz"), " citation ", D("citation_id", "PC-%s" % g.d(8)), " paid ",
            g.amt("usd", 35, 300), " via ", g.ch(["Visa", "Mastercard", "Amex", "Apple Pay"]), " ",
            D("masked", g.masked_card()), " auth=", D("auth_code", g.u(2) + g.d(4)), " txn=",
            D("txn_id", "ch_" + "".join(g.ch(B62) for _ in range(24)))]


@T
def uk_pcn(g):
    p = g.person("en_GB")
    return ["PCN ", D("pcn_id", g.u(2) + g.d(8)), " issued ", g.ts("sp"), " to vehicle ", S(LP, g.plate("gb")),
            " at ", g.ch(["Cowley Rd", "High St", "Station Approach", "Market Sq"]), "; registered keeper ",
            S(P, p.full), ", tel ", S(PH, g.phone("en_GB")), "; contravention code ", g.ch(["01", "12", "30", "62"]),
            ", charge ", g.amt("gbp", 35, 130)]


@T
def abschleppauftrag_de(g):
    p = g.person("de_DE")
    return ["Abschleppauftrag ", D("tow_id", "AS-%d-%s" % (g.yr(), g.d(5))), " vom ", g.ts("eu"),
            ": Kennzeichen ", S(LP, g.plate("de")), ", Halter: ", S(P, p.full), ", Tel. ",
            S(PH, g.phone("de_DE")), ", Abschleppdienst ", g.co("de_DE"), ", Gebühr ", g.amt("eur", 120, 320)]


# --- 311
@T
def sr_json_pascal(g):
    p = g.person()
    return J([("RequestId", D("sr_id", "311-%d-%s" % (g.ri(22, 25), g.d(8)))),
              ("Category", g.ch(["Pothole", "Streetlight Out", "Illegal Dumping", "Graffiti", "Tree Down",
                                 "Abandoned Vehicle", "Noise"])),
              ("Address", g.street()), ("ReporterName", S(P, p.full)), ("ReporterPhone", S(PH, g.pphone(p, 0.3))),
              ("Channel", g.ch(["Phone", "App", "Web", "Email"])), ("Status", "Open"), ("CreatedUtc", g.ts("isoz"))],
             compact=True)


@T
def sr_closed_nopii(g):
    return ["SR ", D("sr_id", "311-%d-%s" % (g.ri(22, 25), g.d(8))), " type=",
            g.ch(["Graffiti", "Pothole", "Missed Recycling", "Sidewalk Trip Hazard"]), " status=CLOSED",
            " dept=\"", g.ch(["Public Works", "Streets & Sanitation", "Parks"]), "\" crew=",
            D("crew_id", "PW-%d" % g.ri(1, 40)), " closed_by=", g.svc(), " sla_hours=", g.ri(2, 400),
            " near ", D("street", g.ch(_PERSON_STREETS))]


@T
def open311_webhook_dotted(g):
    p = g.person()
    return ["webhook delivered to https://hooks.", g.city()[1], "/open311 status=200 payload: service_request.id=",
            D("sr_id", g.d(9)), " service_request.contact.first_name=", S(P, p.first),
            " service_request.contact.email=", S(EM, g.email(p)), " service_request.device.ip=", S(IP, g.cip()),
            " service_request.lat=", "%.5f" % g.r.uniform(30, 47), " attempt=", g.ri(1, 3)]


@T
def mobile_api_bearer(g):
    return ["DEBUG ", g.ts("ms"), " mobile-api  > GET /v3/requests/mine Authorization: Bearer ", S(CR, g.jwt()),
            " client_ip=", S(IP, g.cip()), " app_version=", g.ver(), " upstream=", g.sip()]


@T
def call_note_surname(g):
    p = g.person()
    t = g.ch(["Mr.", "Dr."] if p.male else ["Ms.", "Mrs.", "Dr."])
    return [g.ch(["Caller", "Resident", "Cust"]), " (", t, " ", S(P, p.last), ") reported ",
            g.ch(["streetlight out at Pine & 9th", "sink hole forming on Elm", "overflowing bin at the park",
                  "a hydrant leaking on Canal St"]), "; callback ", S(PH, g.pphone(p, 0.2)),
            g.ch(["; wants SMS updates.", " after 5pm.", ", prefers Spanish.", "."])]


@T
def sms_311_closed(g):
    p = g.person()
    city, dom = g.city()
    return ["SMS OUT to=", S(PH, g.phone("en_US")), " from=", D("short_code", g.ch(["311311", "88311", "75311"])),
            " body=\"", city, " 311: Your request ", D("sr_id", "311-%d-%s" % (g.ri(22, 25), g.d(8))),
            " (", g.ch(["Missed trash pickup", "Pothole", "Graffiti"]), ") has been closed. Reply STOP to opt out.\"",
            " twilio_sid=", D("message_sid", "SM" + g.hexs(32))]


# --- water billing
@T
def billing_run_nopii(g):
    return ["billing_run=", D("batch_id", "BR-%d-%02d" % (g.yr(), g.ri(1, 12))), " cycle=", g.ri(1, 20),
            " accounts=", g.ri(2000, 60000), " total=", g.amt("usd", 100000, 3000000), " exceptions=", g.ri(0, 80),
            " duration=", g.ri(30, 900), "s host=", g.host("cis"), " started_by=", g.svc()]


@T
def water_payment_failure_json(g):
    p = g.person()
    return J([("eventType", "payment.failed"), ("accountNumber", D("account_id", "WA-%s-%s" % (g.d(8), g.d(2)))),
              ("payerEmail", S(EM, g.email(p))), ("cardNumber", S(CC, g.card())),
              ("amountDue", g.amt("usd", 20, 600)), ("declineCode", g.ch(["insufficient_funds", "do_not_honor",
                                                                          "expired_card"])),
              ("processedAt", g.ts("isoz")), ("gateway", g.sip())])


@T
def meter_read_csv(g):
    return CSV([D("meter_id", "M%s" % g.d(9)), g.ts("date"), str(g.ri(1000, 999999)),
                g.ch(["CCF", "GAL", "KGAL"]), D("route_id", "RT-%02d" % g.ri(1, 60)),
                g.ch(["AMI", "MANUAL", "ESTIMATED"]), D("firmware", "fw%d.%d" % (g.ri(1, 9), g.ri(0, 20)))])


@T
def betaling_nl(g):
    p = g.person("nl_NL")
    short = "%s. %s" % (p.first[0], p.last)
    return ["Betaling ontvangen van ", S(P, short if g.r.random() < 0.5 else p.full), ", IBAN ",
            S(IB, g.iban("NL")), ", bedrag ", g.amt("eur", 20, 400), ", klantnummer ",
            D("account_id", g.d(9)), ", kenmerk ", D("payment_ref", g.d(16))]


# --- social benefits and housing
@T
def benefits_application_json(g):
    p = g.person()
    return J([("program", g.ch(["SNAP", "LIHEAP", "Section 8", "Rental Assistance", "Child Care Subsidy"])),
              ("applicant", J([("firstName", S(P, p.first)), ("lastName", S(P, p.last)),
                               ("ssn", S(SSN, g.ssn())), ("phone", S(PH, g.pphone(p, 0.2)))])),
              ("household_size", g.ri(1, 8)), ("monthly_income", g.amt("usd", 0, 6000)),
              ("caseId", D("case_id", "HA-%d-%05d" % (g.yr(), g.ri(1, 99999))))])


@T
def housing_audit_view(g):
    cw, ap = g.person("en_US"), g.person()
    return [g.ts("isoz"), " AUDIT READ user=", S(P, g.user(cw)), " role=caseworker object=application/",
            D("case_id", "HA-%d-%05d" % (g.yr(), g.ri(1, 99999))), " subject=\"", S(P, ap.full), "\" fields=",
            g.ch(["income,ssn", "address,household", "documents"]), " ws=", D("workstation", "HSG-WS-%03d" % g.ri(1, 200))]


@T
def caseworker_free_text(g):
    ap, ll = g.person(), g.person()
    return ["CW note: client ", S(P, ap.first), " stated landlord ", "Mr." if ll.male else "Mrs.", " ", S(P, ll.last),
            " refuses to fix heating; SSN ", S(SSN, g.ssn()), " verified w/ SSA; referred to ",
            g.co(), " for legal aid; next appt ", g.ts("us")]


@T
def document_upload_passport(g):
    return ["upload ok file=passport_scan_", g.ri(1, 9), ".pdf doc_type=PASSPORT doc_number=",
            S(PP, g.passport()), " applicant_id=", D("case_id", "HA-%d-%05d" % (g.yr(), g.ri(1, 99999))),
            " size=", "%.1fMB" % g.r.uniform(0.2, 9), " sha256=", D("hash", g.hexs(64))]


@T
def eligibility_engine_nopii(g):
    return ["eligibility rule=", g.ch(["AMI_80", "AMI_50", "SNAP_GROSS_130", "SENIOR_62"]), " household=",
            D("household_id", "HH-%s" % g.d(7)), " income=", g.amt("usd", 5000, 90000), " ami_pct=",
            "%.1f" % g.r.uniform(10, 140), " result=", g.ch(["ELIGIBLE", "INELIGIBLE", "REVIEW"]), " engine=",
            g.ver(), " node=", g.sip()]


@T
def vivienda_es(g):
    p = g.person("es_ES")
    return ["Solicitud de vivienda recibida (", D("case_id", "VIV-%d-%s" % (g.yr(), g.d(5))), "): ",
            S(P, p.full), ", tel. ", S(PH, g.phone("es_ES")), ", correo ", S(EM, g.email(p)),
            ", unidad familiar de ", g.ri(1, 7), " miembros, ingresos declarados ", g.amt("eur", 400, 3000), "/mes"]


@T
def atendimento_pt(g):
    p = g.person("pt_BR")
    return ["Atendimento ", D("protocol", "%d%s" % (g.yr(), g.d(8))), ": a munícipe ", S(P, p.full),
            " ligou do ", S(PH, g.phone("pt_BR")), " sobre o auxílio aluguel; valor ", g.amt("brl", 200, 1500),
            "; encaminhado à ", g.ch(["Secretaria de Habitação", "Assistência Social"])]


# --- business licences
@T
def business_licence_issued(g):
    p = g.person()
    return ["BL issued id=", D("licence_id", "BL-%d-%05d" % (g.yr(), g.ri(1, 99999))), " business=\"", g.co(),
            "\" dba=\"", g.ch(["Sunrise Cafe", "Quick Fix Auto", "Lotus Nails", "Main St Barber", "Green Leaf Cannabis"]),
            "\" owner=\"", S(P, p.full), "\" ein=", D("ein", "%s-%s" % (g.d(2), g.d(7))), " owner_phone=",
            S(PH, g.pphone(p, 0.3)), " naics=", D("naics", g.d(6)), " fee=", g.amt("usd", 50, 900)]


@T
def licence_lookup_access_nopii(g):
    return [g.sip(), " - ", g.svc(), " [", g.ts("clf"), "] \"GET /api/v2/licenses?status=active&naics=",
            D("naics", g.d(6)), " HTTP/1.1\" 200 ", g.ri(200, 90000), " ", "%.3f" % g.r.uniform(0.01, 2)]


@T
def licence_fr(g):
    p = g.person("fr_FR")
    return ["Licence commerciale ", D("licence_id", "LC-%d-%s" % (g.yr(), g.d(4))), " délivrée à ",
            g.co("fr_FR"), " (SIRET ", D("siret", g.d(14)), "), gérant ", S(P, p.full), ", tél. ",
            S(PH, g.phone("fr_FR")), ", droits acquittés ", g.amt("eur", 50, 600)]


# --- library and recreation
@T
def library_checkout_nopii(g):
    title, author = g.ch(_BOOKS_EN)
    return ["circ CHECKOUT patron=", D("patron_barcode", "2%s" % g.d(13)), " item=", D("item_barcode", "3%s" % g.d(13)),
            " title=\"", title, "\" author=\"", D("public_figure", author), "\" branch=",
            g.ch(["MAIN", "EAST", "NORTHPARK", "BOOKMOBILE"]), " due=", g.ts("date")]


@T
def rec_booking_json(g):
    p = g.person()
    return J([("booking_id", D("booking_id", "RB%s" % g.d(7))),
              ("facility", g.ch(["Pool lane 3", "Tennis Court 2", "Picnic Shelter B", "Gym Half Court"])),
              ("booker", J([("name", S(P, p.full)), ("email", S(EM, g.email(p))), ("phone", S(PH, g.pphone(p, 0.3)))])),
              ("slot", g.ts("sp")), ("amount", g.amt("usd", 5, 250)), ("resident_rate", g.ch([True, False]))])


@T
def library_pin_fail(g):
    p = g.person()
    return ["auth FAIL patron_login=", S(P, g.user(p)), " reason=bad_pin pin_entered=", S(CR, g.pin()),
            " ip=", S(IP, g.cip()), " attempts=", g.ri(1, 5), " sierra=", g.host("lib")]


@T
def event_registration_fig(g):
    p = g.person()
    pre, fig, post = g.ch(_EVENTS_EN)
    return ["Registered: ", S(P, p.full), " (+", g.ri(0, 3), " guests) for \"", pre, D("public_figure", fig), post,
            "\" at ", g.ch(["Main Library Auditorium", "Eastside Rec Center", "Riverside Park Amphitheater"]), " on ",
            g.ts("date"), "; confirmation ", D("confirmation", g.u(3) + g.d(5))]


@T
def room_booking_nopii(g):
    return ["room=\"", g.ch(["Community Room B", "Studio 2", "Teen Lab", "Senior Center Hall"]), "\" date=",
            g.ts("date"), " slot=", g.ch(["09:00-11:00", "18:00-20:00", "13:00-15:00"]), " status=HOLD hold_by=",
            g.svc(), " price=", g.amt("usd", 0, 200), " hold_id=", D("hold_id", g.uid())]


# --- council
@T
def council_minutes(g):
    a, b, c = g.person("en_US"), g.person(), g.person()
    return ["Item ", g.ri(1, 25), ": Councilmember ", S(P, a.last), " moved to approve Ordinance ",
            D("ordinance_no", "%d-%02d" % (g.yr(), g.ri(1, 60))), ", seconded by Councilmember ", S(P, b.last),
            ". Public comment: ", S(P, c.full), " (", g.ch(["Ward 3", "District 1", "Ward 5"]), ") spoke in ",
            g.ch(["support", "opposition"]), ". Motion carried ", g.ch(["7-0", "5-2", "6-1"]), "."]


@T
def public_comment_json(g):
    p = g.person()
    return J([("meeting_id", D("meeting_id", "CC-%s" % g.ts("date")[0])), ("agenda_item", g.ri(1, 30)),
              ("commenter.name", S(P, p.full)), ("commenter.email", S(EM, g.email(p))),
              ("position", g.ch(["support", "oppose", "neutral"])), ("submitted_from", S(IP, g.cip())),
              ("captcha_score", round(g.r.uniform(0.1, 1), 2))], compact=g.r.random() < 0.5)


@T
def agenda_publish_nopii(g):
    return ["agenda published meeting_id=", D("meeting_id", "CC-%s" % g.ts("date")[0]), " items=", g.ri(5, 40),
            " pdf_sha1=", D("hash", g.hexs(40)), " by=", g.svc(), " cdn=", g.host("cdn"),
            " notify=", g.role("clerk")]


# --- police non-emergency
@T
def online_police_report(g):
    p = g.person()
    return ["NE report ", D("report_id", "NE-%d-%06d" % (g.ri(22, 25), g.ri(1, 999999))),
            " type=\"", g.ch(["Theft from vehicle", "Vandalism", "Lost property", "Hit and run (no injury)"]),
            "\" reporter=\"", S(P, p.full), "\" phone=", S(PH, g.pphone(p, 0.2)), " veh_plate=", S(LP, g.plate("us")),
            " loss_value=", g.amt("usd", 20, 5000), " submitted=", g.ts("iso")]


@T
def noise_complaint_rp(g):
    p, n = g.person(), g.person()
    return ["RP ", S(P, p.full), " (", S(PH, g.pphone(p, 0.2)), ") states neighbor ", S(P, n.first),
            " at ", g.street(), " hosting loud party since ", g.ch(["2200", "2330", "0100"]),
            " hrs; RP requests no contact. Unit ", D("unit_id", "%d%s%d" % (g.ri(1, 9), g.ch("ABLK"), g.ri(10, 99))),
            " advised."]


@T
def cad_sync_nopii(g):
    return [g.ts("isoz"), " INFO cad-bridge sync ok incidents=", g.ri(0, 120), " latency_ms=", g.ri(5, 900),
            " endpoint=https://", g.host("cad"), ":8443 peer=", g.sip(), " build=", g.ver()]


@T
def found_property(g):
    p = g.person()
    return ["Found property ", D("property_id", "FP-%s" % g.d(6)), ": wallet turned in at front desk, contains ID of ",
            S(P, p.full), ", card ", S(CC, g.card()), " and passport ", S(PP, g.passport()),
            "; owner notified by phone ", S(PH, g.pphone(p, 0.4))]


# --- call centre
@T
def ivr_log(g):
    p, agent = g.person(), g.person("en_US")
    return ["ivr call_id=", D("call_id", g.uid()), " ani=", S(PH, "+1%d%s" % (g.ri(2, 9), g.d(9)) if g.r.random() < 0.6 else g.phone("en_US")),
            " dnis=", D("dnis", g.ch(["311", "8005550311", "+18885550142"])), " menu_path=",
            g.ch(["1>3>2", "2>1", "4>0", "1>1>5"]), " wait_s=", g.ri(0, 900), " agent=", S(P, g.user(agent)),
            " disposition=", g.ch(["RESOLVED", "TRANSFER", "CALLBACK"])]


@T
def crm_screenpop_dotted(g):
    p = g.person()
    return KV([("crm.screenpop.contact.name", S(P, p.full)), ("crm.screenpop.contact.phone", S(PH, g.pphone(p, 0.3))),
               ("crm.screenpop.contact.email", S(EM, g.email(p))),
               ("crm.screenpop.account", D("account_id", "WA-%s-%s" % (g.d(8), g.d(2)))),
               ("crm.queue", g.ch(["WaterBilling", "Permits", "Parking", "General"]))], sep=" | ", eq=": ")


@T
def callback_office_phone(g):
    p = g.person()
    city = g.city()[0]
    return ["Callback scheduled for ", S(P, p.full), " at ", S(PH, g.pphone(p, 0.2)), " (", g.ts("us"),
            "). Script: remind caller the ", city, " Permit Center line is ",
            D("office_phone", g.ch(["(555) 010-4400", "1-800-555-0199", "555-0100 ext 3"])), " and hours are 8-4."]


# --- infrastructure / security
@T
def waf_block(g):
    return [g.ts("isoz"), " WAF BLOCK rule=", g.ch(["942100", "930120", "913100", "941160"]), " client=",
            S(IP, g.cip()), " -> vip=", g.sip(), " host=", g.city()[1], " uri=",
            g.ch(["/wp-login.php", "/permits/../../etc/passwd", "/search?q=%27%20OR%201=1--", "/.env"]),
            " action=deny"]


@T
def fail2ban_ban(g):
    return [g.ts("ms"), " fail2ban.actions [", g.ri(300, 9000), "]: NOTICE [",
            g.ch(["sshd", "portal-auth", "nginx-limit-req"]), "] Ban ", S(IP, g.cip())]


@T
def db_connstring_error(g):
    user = g.ch(["permits_app", "cis_ro", "svc_311", "housing_api"])
    return ["psycopg2.OperationalError: could not connect to \"postgresql://", D("service_account", user), ":",
            S(CR, g.pw(simple=True)), "@", g.host("db"), ":5432/", g.ch(["permits", "cis", "housing", "sr"]),
            "\": connection timed out (", g.sip(), ")"]


@T
def env_dump_secrets(g):
    return ["WARN config dump on startup: STRIPE_SECRET_KEY=", S(CR, g.apikey()), " TWILIO_AUTH_TOKEN=",
            S(CR, g.hexs(32)), " APP_ENV=prod BUILD=", g.ver(), " GIT_SHA=", D("hash", g.hexs(40))]


@T
def password_reset(g):
    p = g.person()
    return ["pwreset requested email=", S(EM, g.email(p)), " ip=", S(IP, g.cip()), " token=",
            S(CR, "".join(g.ch(B62 + "-_") for _ in range(43))), " expires_in=3600 sent_via=",
            g.role(g.ch(["noreply", "no-reply"]))]


@T
def deploy_nopii(g):
    return ["deploy ", g.ch(["permits-web", "cis-api", "311-gateway", "lib-opac"]), " ", g.ver(), " commit=",
            D("hash", g.hexs(40)), " by=", g.svc(), " env=prod hosts=", g.host(), ",", g.host(), " duration=",
            g.ri(20, 600), "s result=", g.ch(["success", "success", "rolled_back"])]


@T
def haproxy_backend_nopii(g):
    return [g.ts("syslog"), " lb01 haproxy[", g.ri(1000, 9999), "]: Server ",
            g.ch(["permits_web", "cis_api", "sr_app"]), "/web0", g.ri(1, 6), " is ", g.ch(["UP", "DOWN"]),
            ", reason: Layer7 check ", g.ch(["passed", "timeout"]), ", check duration: ", g.ri(1, 3000),
            "ms. addr=", g.sip(), ":", g.ch(["8080", "443", "8443"])]


@T
def segnalazione_it(g):
    p = g.person("it_IT")
    return ["Segnalazione ", D("ticket_id", "SEG-%s" % g.d(6)), " del ", g.ts("eu"), ": il cittadino ",
            S(P, p.full), " (", S(PH, g.phone("it_IT")), ", ", S(EM, g.email(p)), ") segnala una buca in ",
            g.ch(["via Roma", "corso Garibaldi", "piazza Dante"]), "."]


@T
def zasilek_pl(g):
    p = g.person("pl_PL")
    return ["Wniosek o zasiłek mieszkaniowy nr ", D("case_id", "ZM/%d/%s" % (g.yr(), g.d(4))), ": ", S(P, p.full),
            ", tel. ", S(PH, g.phone("pl_PL")), ", rachunek ", S(IB, g.iban("PL")), ", kwota ",
            g.amt("pln", 100, 900)]


# =================================================================== CHINESE
@T
def zh_permit_json(g):
    p = g.zh()
    return J([("申请人", S(P, p.full)), ("联系电话", S(PH, g.phone("zh_CN"))), ("身份证号", S(CNID, g.cnid())),
              ("许可证编号", D("permit_id", "建字第%d%s号" % (g.yr(), g.d(6)))),
              ("项目名称", g.ch(["住宅加建", "店面装修", "围墙改造", "屋顶光伏"])), ("规费", g.amt("cny", 100, 20000)),
              ("提交时间", g.ts("sp"))])


@T
def zh_parking_ticket_kv(g):
    return KV([("罚单号", D("citation_id", "TC%s" % g.d(12))), ("车牌", S(LP, g.plate("cn"))),
               ("违章", g.ch(["超时停车", "占用消防通道", "违停人行道", "未按规定停放"])),
               ("罚款", g.amt("cny", 50, 200)), ("执法证号", D("badge_no", g.d(6))), ("时间", g.ts("sp"))])


@T
def zh_12345_masked(g):
    p = g.zh()
    city = g.ch(_CITIES_ZH)[0]
    return ["工单", D("ticket_id", "GD%s" % g.d(12)), "：市民", S(P, p.last), g.ch(["先生", "大爷", "师傅"] if p.male else ["女士", "阿姨"]),
            "来电反映", g.ch(_STREETS_ZH), "路灯不亮，联系电话", D("masked", g.masked_phone_cn()),
            "（已脱敏），已转", g.ch(["市政", "城管", "住建"]), "部门处理。来电号码归属地：", city]


@T
def zh_water_payment(g):
    p = g.zh()
    return ["[水费] 户号=", D("account_id", g.d(10)), " 户主=", S(P, p.full), " 缴费金额=", g.amt("cny", 20, 500),
            " 支付方式=", g.ch(["微信", "支付宝", "银联"]), " 交易号=", D("txn_id", "42000%s" % g.d(23)), " 时间=",
            g.ts("sp")]


@T
def zh_dibao_review(g):
    rv, ap = g.zh(), g.zh()
    return ["审核员 ", S(P, rv.full), " 通过了 ", S(P, ap.full), " 的低保申请，身份证 ", S(CNID, g.cnid()),
            "，补助发放至银行卡 ", S(CC, g.card("cup")), "，月补助 ", g.amt("cny", 300, 1500)]


@T
def zh_public_housing_csv(g):
    p = g.zh()
    return CSV([str(g.ri(1, 3000)), S(P, p.full), S(CNID, g.cnid()), S(PH, g.cn_mobile()), str(g.ri(1, 6)),
                g.ch(["待审核", "已通过", "公示中", "未通过"]), D("batch_id", "GZF%d-%02d" % (g.yr(), g.ri(1, 12)))])


@T
def zh_business_licence(g):
    p = g.zh()
    return ["营业执照核发：企业名称=", g.co("zh_CN"), "，统一社会信用代码=",
            D("company_code", "91%s%s%s" % (g.ch(_CN_REGION), "".join(g.ch(UP + DIG) for _ in range(9)), g.ch(DIG + "X"))),
            "，法定代表人=", S(P, p.full), "，注册资本=", D("amount", "%d万元" % g.ri(10, 5000)), "，登记机关=",
            g.ch(_CITIES_ZH)[0], "市场监督管理局"]


@T
def zh_library_borrow(g):
    p = g.zh()
    book, author = g.ch(_BOOKS_ZH)
    return ["借阅记录：读者证号 ", D("patron_barcode", "D%s" % g.d(10)), "（", S(P, p.full), "）借出《", book, "》（",
            D("public_figure", author), " 著），应还日期 ", g.ts("date"), "，馆藏地 ", g.ch(["总馆三楼", "少儿分馆", "滨江分馆"])]


@T
def zh_council_record(g):
    a, b = g.zh(), g.zh()
    return ["市人大常委会第", g.ri(2, 40), "次会议记录：主任 ", S(P, a.full), " 主持，委员 ", S(P, b.last),
            g.ch(["委员", "代表"]), "就《", g.ch(["城市供水条例（草案）", "停车管理办法", "物业管理条例修订"]),
            "》发言。会议编号 ", D("meeting_id", "RD-%d-%03d" % (g.yr(), g.ri(1, 200)))]


@T
def zh_police_report(g):
    p = g.zh()
    return ["非紧急警情 ", D("report_id", "JQ%s" % g.d(14)), "：报警人", S(P, p.full), "（", S(PH, g.phone("zh_CN")),
            "）称其停放在", g.ch(_STREETS_ZH), "的车辆", S(LP, g.plate("cn")), "被刮擦，肇事车辆已驶离，损失约",
            g.amt("cny", 200, 5000), "。"]


@T
def zh_callcenter_kv(g):
    ag = g.zh()
    return KV([("坐席工号", D("agent_id", g.d(4))), ("坐席", S(P, ag.full)), ("主叫号码", S(PH, g.phone("zh_CN"))),
               ("被叫", D("hotline", "12345")), ("通话时长", "%d秒" % g.ri(10, 900)),
               ("满意度", g.ch(["满意", "基本满意", "不满意"])), ("录音", D("recording_id", g.uid()))], sep=" ", eq="=")


@T
def zh_sync_nopii(g):
    return [g.ts("sp"), " INFO [permit-svc] 数据同步完成，共处理 ", "{:,}".format(g.ri(10, 90000)),
            " 条，耗时 ", "%.1f" % g.r.uniform(0.1, 60), "s，服务器=", g.sip(), "，操作账号=", g.svc()]


@T
def zh_sms_parking(g):
    p = g.zh()
    city = g.ch(_CITIES_ZH)[0]
    return ["短信下发 手机=", S(PH, g.cn_mobile()), " 内容=【", city, "政务】尊敬的", S(P, p.last),
            "先生" if p.male else "女士", "，您的车辆", S(LP, g.plate("cn")), "停车费", g.amt("cny", 2, 80),
            "已缴纳成功，订单号", D("order_id", g.d(18)), "。"]


@T
def zh_login_pinyin(g):
    p = g.zh()
    return ["用户 ", S(P, g.user(p)), " 登录成功 IP=", S(IP, g.cip(cn=True)), " 设备=",
            g.ch(["iPhone 15", "HUAWEI Mate 60", "Windows Chrome", "小米 14"]), " 时间=", g.ts("sp"),
            " 节点=", g.host("gw")]


@T
def zh_password_reset(g):
    return ["[安全] 手机号 ", S(PH, g.cn_mobile()), " 通过短信验证重置密码，新密码=", S(CR, g.pw()),
            "（明文记录，需整改） 来源IP=", S(IP, g.cip(cn=True)), " 工单=", D("ticket_id", "SEC-%s" % g.d(5))]


@T
def zh_foreigner_passport(g):
    loc = g.ch(["ko_KR", "ja_JP", "en_US", "ru_RU", "de_DE", "fr_FR"])
    p = g.person(loc)
    cc = {"ko_KR": "KR", "ja_JP": "JP", "en_US": "US", "ru_RU": "RU", "de_DE": "DE", "fr_FR": "FR"}[loc]
    return ["外籍人员办事登记：姓名 ", S(P, p.full), "，国籍 ", cc, "，护照号 ", S(PP, g.passport(cc)),
            "，办理事项 ", g.ch(["居住登记", "营业执照申请", "租房备案"]), "，受理编号 ", D("ticket_id", "WJ%s" % g.d(8))]


@T
def tw_1999_hotline(g):
    p = g.zh(trad=True)
    return ["1999市民熱線 案件", D("ticket_id", "%d%s" % (g.ri(111, 113), g.d(8))), "：市民 ", S(P, p.full), " ",
            "先生" if p.male else g.ch(["小姐", "女士"]), "致電反映", g.ch(_STREETS_TW), "人行道破損，聯絡電話 ", S(PH, g.phone("zh_TW")),
            "，已派", g.ch(["工務局", "養工處", "環保局"]), "處理。"]


@T
def tw_parking_fee(g):
    return ["停車費繳納 車號=", S(LP, g.plate("tw")), " 單號=", D("bill_id", g.d(16)), " 金額=", g.amt("twd", 20, 600),
            " 卡號=", D("masked", "****" + g.d(4)), " 通路=", g.ch(["超商", "悠遊卡", "信用卡"]), " 時間=",
            g.ts("sp")]


@T
def tw_social_housing_json(g):
    p = g.zh(trad=True)
    return J([("申請人", S(P, p.full)), ("手機", S(PH, g.phone("zh_TW"))), ("電子郵件", S(EM, g.email(p))),
              ("申請類別", g.ch(["社會住宅", "租金補貼", "包租代管"])), ("家戶人數", g.ri(1, 6)),
              ("案號", D("case_id", "SH%d%s" % (g.ri(111, 113), g.d(6))))])


@T
def zh_backup_nopii(g):
    return ["数据库备份完成 实例=", g.host("db"), " 大小=", "%.1fGB" % g.r.uniform(0.5, 900), " 校验=",
            D("hash", g.hexs(64)), " 执行账号=", g.svc(), " 目标=", g.sip()]


@T
def zh_daily_stats_nopii(g):
    return [g.ch(_CITIES_ZH)[0], "12345热线 ", g.ts("date"), " 日报：受理 ", "{:,}".format(g.ri(300, 9000)), " 件，办结率 ",
            "%.1f%%" % g.r.uniform(80, 99.9), "，平均响应 ", "%.1f" % g.r.uniform(0.5, 9), " 分钟，热点诉求：",
            g.ch(["停水", "噪音扰民", "占道经营", "供暖"]), "。报表编号 ", D("report_id", "RB%s" % g.d(8))]


@T
def zh_water_outage_sms_nopii(g):
    return ["【", g.ch(_CITIES_ZH)[0], "水务】因管网维修，", g.ch(_STREETS_ZH), "沿线将于", g.ts("zh"),
            "起停水约", g.ri(2, 12), "小时，请提前储水。客服热线", D("hotline", g.ch(["96116", "12345", "96390"])),
            "。模板ID ", D("template_id", "SMS_%s" % g.d(9))]


@T
def zh_tow_record(g):
    p = g.zh()
    return ["拖车单号：", D("tow_id", "TC-%d%s" % (g.yr(), g.d(6))), "；车牌：", S(LP, g.plate("cn")), "；车主：",
            S(P, p.full), "；电话：", S(PH, g.phone("zh_CN")), "；停车场：", g.ch(["北郊停车场", "第二保管场"]),
            "；拖车费：", g.amt("cny", 150, 600), "；拖车公司：", g.co("zh_CN")]


@T
def zh_annual_report_contact(g):
    p = g.zh()
    return ["企业年报提交成功 company=\"", g.co("zh_CN"), "\" 联系人=", S(P, p.full), " 邮箱=", S(EM, g.email(p)),
            " 回执邮箱=", g.role(g.ch(["noreply", "service"]), g.ch(_CITIES_ZH)[1]), " 年度=", g.yr() - 1]


@T
def zh_subsidy_payout(g):
    p = g.zh()
    return ["补贴发放明细 序号", g.ri(1, 9999), " 姓名:", S(P, p.full), " 银行卡:", S(CC, g.card("cup")), " 开户行:",
            g.ch(["工商银行", "农业银行", "建设银行", "农商银行"]), " 金额:", g.amt("cny", 100, 3000), " 批次:",
            D("batch_id", "BT%d%02d" % (g.yr(), g.ri(1, 12)))]


@T
def zh_realname_stacktrace(g):
    p = g.zh()
    return ["ERROR ", g.ts("ms"), " 实名认证失败 name=", S(P, p.full), " idNo=", S(CNID, g.cnid()),
            " code=", g.ch(["ID_NAME_MISMATCH", "PHOTO_FAIL", "TIMEOUT"]),
            " at com.city.auth.RealNameService.verify(RealNameService.java:", g.ri(40, 300), ")"]


@T
def zh_venue_booking_json(g):
    p = g.zh()
    return J([("venueName", g.ch(["体育馆羽毛球3号场", "游泳馆成人泳道", "文化馆多功能厅"])), ("bookerName", S(P, p.full)),
              ("mobile", S(PH, g.cn_mobile())), ("payAmount", g.amt("cny", 10, 300)),
              ("orderNo", D("order_id", g.d(20))), ("createTime", g.ts("sp"))], compact=True)


@T
def zh_exec_meeting_nopii(g):
    return [g.ch(_CITIES_ZH)[0], "政府第", g.ri(1, 60), "次常务会议 议题", g.ri(3, 12), "项 纪要编号=",
            D("meeting_id", "CW%d-%03d" % (g.yr(), g.ri(1, 200))), " 记录=", g.svc(), " 归档时间=", g.ts("zh")]


@T
def zh_waf_intercept(g):
    return ["[WAF] 拦截恶意请求 来源IP=", S(IP, g.cip(cn=g.r.random() < 0.6)), " 目标=", g.sip(), " 规则=",
            g.ch(["SQL注入", "XSS", "目录遍历", "CC攻击"]), " 路径=", g.ch(["/api/permit/query", "/login", "/12345/upload"]),
            " 时间=", g.ts("sp")]


@T
def tw_library_jinyong(g):
    p = g.zh(trad=True)
    book, author = g.ch(_BOOKS_TW)
    return ["借閱紀錄：讀者 ", S(P, p.full), "（證號 ", D("patron_barcode", g.d(10)), "）借閱《", book, "》（作者 ",
            D("public_figure", author), "），到期日 ", g.ts("date"), "，分館 ", g.ch(["總館", "東區分館", "兒童館"])]


@T
def zh_manager_contact(g):
    p = g.zh()
    title = g.ch(["经理", "主任", "科长", "师傅", "老师"])
    return ["施工单位", g.co("zh_CN"), "现场联系人：", S(P, p.last), title, "，电话 ", S(PH, g.phone("zh_CN")),
            "；许可证 ", D("permit_id", "建字第%d%s号" % (g.yr(), g.d(6))), "，监理热线 ",
            D("hotline", "12345")]


@T
def tw_inspection_fail(g):
    p = g.zh(trad=True)
    return ["建管處 勘驗結果：", g.ch(["不合格", "合格", "限期改善"]), "，建照號碼 ",
            D("permit_id", "%d建字第%s號" % (g.ri(111, 113), g.d(5))), "，起造人 ", S(P, p.full), "，聯絡人手機 ",
            S(PH, g.phone("zh_TW")), "，勘驗員編號 ", D("inspector_id", "T%s" % g.d(3))]


@T
def zh_api_key_leak(g):
    return ["WARN ", g.ts("ms"), " [支付回调] 验签失败 appId=", D("app_id", "wx%s" % g.hexs(16)), " 商户密钥=",
            S(CR, g.hexs(32)), " 订单号=", D("order_id", g.d(20)), " 回调地址IP=", g.sip()]


# ---------------------------------------------------------------- assembly
def _flatten(parts, out):
    for p in parts:
        if p is None:
            continue
        if isinstance(p, list):
            _flatten(p, out)
        else:
            out.append(p)
    return out


def _assemble(parts, tidx):
    buf, pos = [], 0
    spans, decoys = [], []
    for p in _flatten(parts, []):
        if isinstance(p, tuple):
            v, lab, kind = p
            assert v and v == v.strip(), (tidx, v)
            rec = [pos, pos + len(v), lab]
            if kind == "S":
                assert lab in TYPES
                spans.append((rec, v))
            else:
                assert lab and lab == lab.lower(), lab
                decoys.append((rec, v))
            buf.append(v)
            pos += len(v)
        else:
            s = str(p)
            buf.append(s)
            pos += len(s)
    text = "".join(buf)
    assert "\n" not in text and "\r" not in text, tidx
    for rec, v in spans + decoys:
        assert text[rec[0]:rec[1]] == v, (tidx, rec, v)
    allr = sorted([r for r, _ in spans + decoys])
    for a, b in zip(allr, allr[1:]):
        assert a[1] <= b[0], (tidx, a, b, text)
    return {"text": text, "spans": [r for r, _ in spans], "decoys": [r for r, _ in decoys], "template": tidx}


def blind_log47(n: int, seed: int = 0) -> list:
    g = _Gen(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        i = g.r.randrange(nt)
        out.append(_assemble(TEMPLATES[i](g), i))
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time
    t0 = time.time()
    rows = blind_log47(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    c = collections.Counter(s[2] for r in rows for s in r["spans"])
    print(len(TEMPLATES), "templates;", len(rows), "lines in %.2fs" % (time.time() - t0))
    print(dict(c.most_common()))
