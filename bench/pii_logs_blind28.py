"""Blind benchmark set 28: log lines from a law firm and the courts it files with.

Matter management, e-filing, court dockets, client intake, billing and trust
accounts, process servers and document review.  Written without looking at the
redactor.  Standard library + Faker only.

    blind_log28(n, seed=0) -> list[dict]

Each dict: {"text", "spans", "decoys", "template"}; spans/decoys are
[start, end, label] with text[start:end] == the planted value.
"""

import datetime as _dt
import json as _json
import random as _random
import string as _string
import unicodedata as _ud

from faker import Faker

TYPES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
    "LICENSE_PLATE",
})

LATIN = ["en_US", "en_GB", "en_IN", "fr_FR", "de_DE", "es_ES", "pt_BR", "it_IT",
         "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
NONLATIN = ["zh_CN", "zh_TW", "ja_JP", "ko_KR", "ru_RU"]
ALL_LOCALES = LATIN + NONLATIN
# English-language systems: mostly anglophone names, but clients come from everywhere
EN_MIX = (["en_US"] * 6 + ["en_GB"] * 3 + ["en_IN"] * 2 + LATIN + NONLATIN)
ZH = ["zh_CN"] * 5 + ["zh_TW"]

LOC_CC = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW",
          "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP",
          "ko_KR": "KR", "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
          "tr_TR": "TR", "vi_VN": "VN"}

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                       "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                 "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                 "", "e", "yu", "ya"]))
_KO_LAST = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin"]
_KO_FIRST = ["minjun", "seoyeon", "jiho", "hayoon", "dohyun", "jiwoo", "eunji", "sungmin",
             "hyejin", "taeyang", "soyeon", "jaehyun"]


def _fold(s):
    s = s.lower()
    if any("\u0400" <= c <= "\u04ff" for c in s):
        s = "".join(_CYR.get(c, c) for c in s)
    s = _ud.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and c.isalnum())


class _B:
    """Line builder that records label offsets as the text is appended."""

    __slots__ = ("parts", "n", "spans", "decoys")

    def __init__(self):
        self.parts, self.n, self.spans, self.decoys = [], 0, [], []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def x(self, s, label):
        assert s and s == s.strip(), repr(s)
        st = self.n
        self.t(s)
        (self.spans if label.isupper() else self.decoys).append([st, self.n, label])
        return self

    p = x
    d = x

    def text(self):
        return "".join(self.parts)


class _P:
    __slots__ = ("full", "first", "last", "loc", "cc", "rfirst", "rlast", "male")


AREAS_CN = ["110101", "110105", "110108", "310104", "310115", "440106", "440305", "330106",
            "320102", "510107", "420106", "370202", "500103", "610113", "210102", "350203",
            "430104", "120101", "410105", "530102"]
PWD_WORDS = ["Summer", "Winter", "Justice", "Verdict", "Counsel", "Tiger", "Dragon", "Welcome",
             "Spring", "Falcon", "Harbor", "Maple", "Liberty", "Orchid", "Lawyer", "Docket"]
ROLE_LOCAL = ["intake", "billing", "docketing", "efiling", "noreply", "no-reply", "records",
              "support", "accounts", "calendar", "helpdesk", "info", "trust", "conflicts"]
FIRMS = [("Hartley & Reeves LLP", "hartleyreeves.com"),
         ("Whitmore Castellanos LLP", "whitmorelaw.com"),
         ("Brandt Okafor Partners", "brandtokafor.co.uk"),
         ("Delacroix Vance PC", "delacroixvance.com"),
         ("Sterling Ashby Solicitors", "sterlingashby.co.uk"),
         ("Morrow Feldman & Pike", "morrowfeldman.law")]
ZH_FIRMS = [("北京衡正律师事务所", "hengzhenglaw.cn"), ("上海明理律师事务所", "mingli-law.com.cn"),
            ("广东粤信律师事务所", "yuexinlaw.com"), ("浙江钱塘律师事务所", "qiantanglaw.cn")]
COURTS_US = ["U.S. District Court for the Northern District of Illinois",
             "Superior Court of California, County of Los Angeles",
             "Circuit Court of Cook County", "U.S. Bankruptcy Court, S.D.N.Y.",
             "Supreme Court of the State of New York, County of New York",
             "U.S. District Court, District of Delaware", "Harris County District Court",
             "King County Superior Court"]
COURTS_ZH = ["北京市朝阳区人民法院", "上海市第一中级人民法院", "广州互联网法院", "杭州市西湖区人民法院",
             "深圳市南山区人民法院", "北京金融法院", "成都市武侯区人民法院"]
PUBLIC_EN = ["Ruth Bader Ginsburg", "Thurgood Marshall", "Abraham Lincoln", "Oliver Wendell Holmes",
             "Sandra Day O'Connor", "Clarence Darrow", "John Grisham", "Atticus Finch",
             "Taylor Swift", "Lord Denning"]
CITATIONS = ["Miranda v. Arizona, 384 U.S. 436 (1966)", "Marbury v. Madison, 5 U.S. 137 (1803)",
             "Donoghue v Stevenson [1932] AC 562", "Brown v. Board of Education, 347 U.S. 483 (1954)",
             "Gideon v. Wainwright, 372 U.S. 335 (1963)", "Palsgraf v. Long Island R.R., 248 N.Y. 339 (1928)"]
PUBLIC_ZH = ["鲁迅", "孔子", "包拯", "沈家本", "韩非子", "苏轼"]
PRODUCTS = ["Clio Manage", "iManage Work 10", "Relativity", "NetDocuments", "Westlaw Edge",
            "Lexis+", "Tyler Odyssey", "PACER", "DocuSign", "Everlaw"]
COMPANIES_EN = ["Acme Logistics, Inc.", "Northwind Traders LLC", "Globex Corporation",
                "Wells Fargo Bank, N.A.", "Initech Software", "Umbrella Health Systems",
                "Stark Freight Co.", "Pinnacle Mutual Insurance", "Blue Harbor Realty",
                "GEICO", "State Farm Mutual", "Allstate Insurance Co."]
PRACTICE = ["personal_injury", "family", "immigration", "employment", "bankruptcy",
            "criminal_defense", "estate_planning", "commercial_lit", "ip", "real_estate"]
US_STATES = ["CA", "NY", "TX", "IL", "FL", "WA", "NJ", "PA", "MA", "GA"]


class _G:
    def __init__(self, seed):
        self.r = _random.Random(seed)
        self.fk = Faker(ALL_LOCALES)
        self.fk.seed_instance(seed)
        self.firm, self.firm_dom = FIRMS[self.r.randrange(len(FIRMS))]

    # ---------- basics ----------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def dig(self, k):
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def alnum(self, k, chars=_string.ascii_letters + _string.digits):
        return "".join(self.r.choice(chars) for _ in range(k))

    def hexs(self, k):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def upper(self, k, chars=_string.ascii_uppercase):
        return "".join(self.r.choice(chars) for _ in range(k))

    def dt(self):
        base = _dt.datetime(2023, 1, 1)
        return base + _dt.timedelta(seconds=self.r.randrange(0, 900 * 86400))

    def ts(self, fmt="iso"):
        d = self.dt()
        if fmt == "iso":
            v = self.r.random()
            if v < 0.4:
                return d.strftime("%Y-%m-%dT%H:%M:%SZ")
            if v < 0.7:
                return d.strftime("%Y-%m-%dT%H:%M:%S.") + self.dig(3) + "Z"
            return d.strftime("%Y-%m-%dT%H:%M:%S") + self.pick(["-05:00", "-08:00", "+00:00", "+08:00", "+01:00"])
        if fmt == "syslog":
            return d.strftime("%b ") + str(d.day).rjust(2) + d.strftime(" %H:%M:%S")
        if fmt == "clf":
            return d.strftime("%d/%b/%Y:%H:%M:%S ") + self.pick(["+0000", "-0500", "-0800"])
        if fmt == "us":
            return d.strftime("%m/%d/%Y")
        if fmt == "usdt":
            return f"{d.month}/{d.day}/{d.year} at {(d.hour % 12) or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        if fmt == "eu":
            return d.strftime("%d.%m.%Y")
        if fmt == "fr":
            return d.strftime("%d/%m/%Y")
        if fmt == "cn":
            return d.strftime("%Y-%m-%d %H:%M:%S")
        if fmt == "cnd":
            return f"{d.year}年{d.month}月{d.day}日"
        if fmt == "date":
            return d.strftime("%Y-%m-%d")
        if fmt == "hm":
            return d.strftime("%H:%M")
        raise ValueError(fmt)

    # ---------- people ----------
    def person(self, locs=None):
        r = self.r
        loc = self.pick(locs or ALL_LOCALES)
        f = self.fk[loc]
        male = r.random() < 0.5
        first = f.first_name_male() if male else f.first_name_female()
        last = f.last_name_male() if male else f.last_name_female()
        p = _P()
        p.loc, p.cc, p.male = loc, LOC_CC[loc], male
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            full = last + first
        elif loc == "ja_JP":
            full = last + (" " if r.random() < 0.3 else "") + first
        elif loc == "vi_VN":
            full = f"{last} {f.middle_name()} {first}" if r.random() < 0.6 else f"{last} {first}"
        elif loc == "ru_RU":
            full = f"{first} {last}" if r.random() < 0.6 else f"{last} {first}"
        else:
            full = f"{first} {last}"
        p.full, p.first, p.last = full, first, last
        if loc in ("zh_CN", "zh_TW", "ja_JP"):
            p.rfirst, p.rlast = _fold(f.first_romanized_name()), _fold(f.last_romanized_name())
        elif loc == "ko_KR":
            p.rfirst, p.rlast = self.pick(_KO_FIRST), self.pick(_KO_LAST)
        else:
            p.rfirst, p.rlast = _fold(first) or "user", _fold(last) or "x"
        return p

    def login(self, p):
        fi, la = p.rfirst, p.rlast
        v = self.r.randrange(8)
        if v == 0:
            return f"{fi[0]}{la}"
        if v == 1:
            return f"{fi}.{la}"
        if v == 2:
            return f"{fi[0]}{la}{self.r.randint(1, 99)}"
        if v == 3:
            return f"{la}.{fi}" if p.loc in ("zh_CN", "zh_TW") else f"{fi}{la[0]}"
        if v == 4:
            return f"{fi}_{la}"
        if v == 5:
            return f"{la}{fi}"
        if v == 6:
            return f"{fi[0]}.{la}"
        return f"{fi}{la}{self.r.randint(1, 9)}"

    def email(self, p, work=False):
        r = self.r
        if work:
            return f"{self.pick([p.rfirst + '.' + p.rlast, p.rfirst[0] + p.rlast, p.rfirst])}@{self.firm_dom}"
        doms = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
                "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"],
                "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
                "CN": ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com"],
                "TW": ["gmail.com", "yahoo.com.tw", "hotmail.com"],
                "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
                "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
                "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
                "BR": ["gmail.com", "uol.com.br", "bol.com.br"],
                "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"],
                "KR": ["naver.com", "daum.net", "gmail.com"],
                "RU": ["yandex.ru", "mail.ru", "gmail.com"],
                "IT": ["libero.it", "gmail.com", "virgilio.it"],
                "NL": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
                "PL": ["wp.pl", "onet.pl", "gmail.com"],
                "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
                "VN": ["gmail.com", "yahoo.com.vn"]}[p.cc]
        dom = self.pick(doms)
        if dom == "qq.com" and r.random() < 0.7:
            return f"{r.randint(10000, 3999999999)}@qq.com"
        fi, la = p.rfirst, p.rlast
        local = self.pick([f"{fi}.{la}", f"{fi}{la}", f"{fi[0]}{la}", f"{fi}_{la}{r.randint(1, 99)}",
                           f"{la}.{fi}", f"{fi}{r.randint(70, 2005)}", f"{fi}.{la[0]}"])
        return f"{local}@{dom}"

    def role_mail(self, dom=None):
        return f"{self.pick(ROLE_LOCAL)}@{dom or self.firm_dom}"

    # ---------- phones ----------
    def phone(self, cc=None):
        r, d, pk = self.r, self.dig, self.pick
        cc = cc or pk(list(LOC_CC.values()))
        v = r.randrange(5)
        if cc == "US":
            a = f"{r.randint(2, 9)}{r.randint(0, 8)}{r.randint(0, 9)}"
            e = f"{r.randint(2, 9)}{d(2)}"
            l = d(4)
            return [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"+1 {a} {e} {l}", f"{a}.{e}.{l}", f"+1-{a}-{e}-{l}"][v]
        if cc == "GB":
            return [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"020 7{d(3)} {d(4)}",
                    f"+44 (0)161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}"][v]
        if cc == "IN":
            m, rest = pk("6789") + d(4), d(5)
            return [f"+91 {m} {rest}", f"+91-{m}{rest}", f"{m} {rest}", f"0{m}{rest}", f"+91 {m[:2]} {m[2:]}{rest[:1]} {rest[1:]}"][v]
        if cc == "CN":
            p = pk(["138", "139", "135", "136", "186", "187", "150", "151", "158", "177", "199", "133", "181", "189"])
            a, b = d(4), d(4)
            return [f"{p}{a}{b}", f"{p} {a} {b}", f"{p}-{a}-{b}", f"+86 {p} {a} {b}",
                    pk([f"010-{d(8)}", f"021-{d(8)}", f"0755-{d(8)}", f"+86-{p}{a}{b}"])][v]
        if cc == "TW":
            return [f"09{d(2)}-{d(3)}-{d(3)}", f"09{d(8)}", f"+886 9{d(2)} {d(3)} {d(3)}",
                    f"(02) {d(4)}-{d(4)}", f"09{d(2)} {d(3)} {d(3)}"][v]
        if cc == "FR":
            m = pk("67")
            pr = " ".join(d(2) for _ in range(4))
            return [f"0{m} {pr}", f"+33 {m} {pr}", f"0{m}.{pr.replace(' ', '.')}", f"01 {pr}", f"+33 (0){m} {pr}"][v]
        if cc == "DE":
            mob = pk(["151", "160", "170", "171", "176", "152", "157"])
            return [f"+49 {mob} {d(8)}", f"0{mob} {d(8)}", f"030 {d(8)}", f"+49 (0)89 {d(7)}", f"089/{d(7)}"][v]
        if cc == "ES":
            return [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}",
                    f"+34 7{d(2)} {d(3)} {d(3)}", f"6{d(8)}"][v]
        if cc == "BR":
            ddd = pk(["11", "21", "31", "41", "51", "61", "71", "81"])
            return [f"+55 {ddd} 9{d(4)}-{d(4)}", f"({ddd}) 9{d(4)}-{d(4)}", f"({ddd}) {d(4)}-{d(4)}",
                    f"+55 ({ddd}) 9{d(4)}-{d(4)}", f"{ddd} 9{d(4)} {d(4)}"][v]
        if cc == "JP":
            return [f"090-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}",
                    f"+81 90-{d(4)}-{d(4)}", f"070{d(8)}"][v]
        if cc == "KR":
            return [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"02-{d(3)}-{d(4)}",
                    f"010 {d(4)} {d(4)}", f"+82-10-{d(4)}-{d(4)}"][v]
        if cc == "RU":
            return [f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"8 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}",
                    f"+7 (495) {d(3)}-{d(2)}-{d(2)}", f"89{d(9)}", f"+7-9{d(2)}-{d(3)}-{d(2)}-{d(2)}"][v]
        if cc == "IT":
            return [f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"02 {d(4)} {d(4)}",
                    f"+39 06 {d(4)} {d(4)}", f"3{d(2)}-{d(7)}"][v]
        if cc == "NL":
            return [f"06-{d(8)}", f"+31 6 {d(8)}", f"020-{d(3)} {d(4)}", f"06 {d(4)} {d(4)}", f"+31 (0)6 {d(8)}"][v]
        if cc == "PL":
            a = pk("5678") + d(2)
            return [f"+48 {a} {d(3)} {d(3)}", f"{a}-{d(3)}-{d(3)}", f"{a} {d(3)} {d(3)}",
                    f"+48 22 {d(3)} {d(2)} {d(2)}", f"(22) {d(3)} {d(2)} {d(2)}"][v]
        if cc == "TR":
            a = "5" + pk("03459") + d(1)
            return [f"0{a} {d(3)} {d(2)} {d(2)}", f"+90 {a} {d(3)} {d(2)} {d(2)}", f"0 ({a}) {d(3)} {d(2)} {d(2)}",
                    f"0212 {d(3)} {d(2)} {d(2)}", f"+90{a}{d(7)}"][v]
        if cc == "VN":
            a = pk(["09", "03", "08", "07"]) + d(1)
            return [f"{a} {d(3)} {d(4)}", f"+84 {a[1:]} {d(3)} {d(4)}", f"{a}{d(7)}",
                    f"{a}.{d(3)}.{d(4)}", f"(028) {d(4)} {d(4)}"][v]
        raise ValueError(cc)

    def office_phone(self):
        return self.pick([f"(312) 555-0{self.dig(3)}", f"+1 800 {self.dig(3)} {self.dig(4)}",
                          f"020 7{self.dig(3)} 0000", f"(213) 830-0{self.dig(3)}"])

    # ---------- network ----------
    def cip(self):
        r = self.r
        if r.random() < 0.12:
            return f"2{r.choice(['001', '600', '409', '003', '406'])}:{self.hexs(4).lstrip('0') or '1'}:{self.hexs(3)}:{self.hexs(4).lstrip('0') or '0'}::{self.hexs(3).lstrip('0') or '1'}"
        o1 = r.choice([23, 24, 31, 37, 45, 47, 62, 66, 68, 71, 73, 76, 81, 89, 91, 98, 103, 108, 110, 115,
                       117, 121, 124, 139, 151, 162, 171, 174, 182, 185, 188, 196, 201, 203, 209, 213, 217, 222, 223])
        return f"{o1}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def sip(self):
        r = self.r
        v = r.randrange(3)
        if v == 0:
            return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}"
        if v == 1:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 250)}"
        return f"192.168.{r.randint(0, 20)}.{r.randint(2, 250)}"

    def host(self, prefix=None):
        prefix = prefix or self.pick(["matter-app", "dms", "efile-gw", "billing", "conf-app", "portal-web", "intake-api"])
        return f"{prefix}{self.r.randint(1, 12):02d}" + self.pick(["", "", ".firm.local", ".corp.internal", ".prod"])

    # ---------- identifiers (personal) ----------
    def card(self, brand=None):
        r = self.r
        brand = r.randrange(8) if brand is None else brand
        if brand in (0, 1):
            pre, ln = "4" + self.dig(5), 16
        elif brand in (2, 3):
            pre, ln = (str(r.randint(51, 55)) if brand == 2 else str(r.randint(2221, 2720))), 16
        elif brand == 4:
            pre, ln = r.choice(["34", "37"]), 15
        elif brand == 5:
            pre, ln = "6011", 16
        elif brand == 6:
            pre, ln = "62" + r.choice(["2202", "2848", "1700", "5888"]), r.choice([16, 16, 19])
        else:
            pre, ln = "35" + str(r.randint(28, 89)), 16
        body = pre + self.dig(ln - 1 - len(pre))
        tot = 0
        for i, ch in enumerate(reversed(body)):
            k = int(ch)
            if i % 2 == 0:
                k *= 2
                if k > 9:
                    k -= 9
            tot += k
        num = body + str((10 - tot % 10) % 10)
        sep = r.choice([" ", " ", "-", ""])
        if ln == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif ln == 19:
            groups = [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
        else:
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(groups)

    def iban(self, cc=None):
        r, d = self.r, self.dig
        cc = cc or self.pick(["DE", "GB", "FR", "ES", "NL", "IT", "BE", "CH", "PL", "PT", "AT", "IE"])
        U = self.upper
        bban = {"DE": lambda: d(18), "GB": lambda: U(4) + d(14), "FR": lambda: d(23),
                "ES": lambda: d(20), "NL": lambda: U(4) + d(10), "IT": lambda: U(1) + d(22),
                "BE": lambda: d(12), "CH": lambda: d(17), "PL": lambda: d(24), "PT": lambda: d(21),
                "AT": lambda: d(16), "IE": lambda: U(4) + d(14)}[cc]()
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        s = f"{cc}{98 - int(num) % 97:02d}{bban}"
        if r.random() < 0.5:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self):
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        sep = r.choice(["-", "-", "-", " "])
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

    def passport(self, cc=None):
        r, d, U = self.r, self.dig, self.upper
        cc = cc or self.pick(["US", "GB", "CN", "DE", "FR", "IN", "JP", "KR", "BR", "IT"])
        if cc == "US":
            return d(9) if r.random() < 0.6 else U(1) + d(8)
        if cc == "GB":
            return d(9)
        if cc == "CN":
            return "E" + d(8) if r.random() < 0.6 else "E" + U(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + d(7)
        if cc == "DE":
            return U(1, "CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if cc == "FR":
            return d(2) + U(2) + d(5)
        if cc == "IN":
            return U(1) + d(7)
        if cc == "JP":
            return U(2) + d(7)
        if cc == "KR":
            return "M" + d(8)
        if cc == "BR":
            return U(2) + d(6)
        return U(2) + d(7)

    def cnid(self):
        r = self.r
        area = self.pick(AREAS_CN)
        b = _dt.date(1955, 1, 1) + _dt.timedelta(days=r.randrange(0, 18250))
        body = area + b.strftime("%Y%m%d") + f"{r.randint(0, 999):03d}"
        w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        return body + "10X98765432"[sum(int(a) * c for a, c in zip(body, w)) % 11]

    def plate(self, cc="US"):
        r, d, U = self.r, self.dig, self.upper
        NOIO = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if cc == "US":
            return self.pick([f"{r.randint(1, 9)}{U(3)}{d(3)}", f"{U(3)}-{d(4)}", f"{U(3)} {d(4)}",
                              f"{U(3)}{d(4)}", f"{d(3)} {U(3)}"])
        if cc == "GB":
            return f"{U(2, NOIO)}{r.choice(['19', '21', '22', '23', '24', '71', '72', '73'])} {U(3, NOIO)}"
        if cc == "DE":
            return f"{self.pick(['M', 'B', 'HH', 'K', 'F', 'S', 'D', 'BN', 'HD', 'MZ'])}-{U(r.randint(1, 2))} {r.randint(1, 9999)}"
        if cc == "FR":
            return f"{U(2, NOIO)}-{d(3)}-{U(2, NOIO)}"
        if cc == "IT":
            return f"{U(2, NOIO)} {d(3)}{U(2, NOIO)}" if r.random() < 0.5 else f"{U(2, NOIO)}{d(3)}{U(2, NOIO)}"
        if cc == "NL":
            return self.pick([f"{d(2)}-{U(3, 'BDFGHJKLNPRSTXZ')}-{d(1)}", f"{U(2, 'BDFGHJKLNPRSTXZ')}-{d(3)}-{U(1, 'BDFGHJKLNPRSTXZ')}"])
        if cc == "CN":
            prov = self.pick("京沪粤浙苏川鄂鲁闽渝津湘皖")
            sep = self.pick(["", "·", " "])
            if r.random() < 0.25:
                return f"{prov}{U(1, 'ABCDEFGH')}{sep}{r.choice('DF')}{d(5)}"
            tail = d(3) + "".join(r.choice("0123456789" + NOIO) for _ in range(2))
            return f"{prov}{U(1, 'ABCDEFGH')}{sep}{tail}"
        if cc == "TW":
            return f"{U(3, NOIO)}-{d(4)}"
        raise ValueError(cc)

    # ---------- credentials ----------
    def pwd(self, url_safe=False):
        r = self.r
        v = r.randrange(5)
        sym = "!#$%&*?" if not url_safe else "!*-_."
        if v == 0:
            return f"{self.pick(PWD_WORDS)}{r.randint(2015, 2025)}{r.choice(sym)}"
        if v == 1:
            return self.alnum(r.randint(10, 16), _string.ascii_letters + _string.digits + sym)
        if v == 2:
            return f"{self.pick(PWD_WORDS).lower()}{r.choice(sym)}{self.dig(4)}{self.pick(PWD_WORDS)}"
        if v == 3:
            return f"{self.alnum(3, _string.ascii_lowercase)}{self.dig(6)}"
        return f"{self.pick(PWD_WORDS)}{r.choice(sym)}{self.dig(2)}"

    def apikey(self):
        v = self.r.randrange(5)
        if v == 0:
            return "sk_live_" + self.alnum(24)
        if v == 1:
            return "ghp_" + self.alnum(36)
        if v == 2:
            return "AKIA" + self.upper(16, _string.ascii_uppercase + "234567")
        if v == 3:
            return f"xoxb-{self.dig(12)}-{self.dig(13)}-{self.alnum(24)}"
        return self.hexs(40)

    def jwt(self):
        b64 = _string.ascii_letters + _string.digits + "-_"
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + self.alnum(self.r.randint(40, 90), b64)
                + "." + self.alnum(43, b64))

    def sess(self):
        return self.hexs(32) if self.r.random() < 0.5 else self.alnum(26, _string.ascii_lowercase + _string.digits)

    # ---------- decoys ----------
    def matter(self):
        r = self.r
        return self.pick([f"M-{r.randint(2019, 2025)}-{r.randint(1, 99999):05d}", f"{r.randint(2019, 2025)}-LIT-{r.randint(1, 9999):04d}",
                          f"{r.randint(10000, 99999)}-{r.randint(1, 99):03d}", f"MAT{r.randint(100000, 999999)}"])

    def inv(self):
        return f"INV-{self.r.randint(2022, 2025)}-{self.r.randint(1, 999999):06d}"

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sha256(self):
        return self.hexs(64)

    def md5(self):
        return self.hexs(32)

    def version(self):
        return f"v{self.r.randint(1, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 20)}"

    def envelope(self):
        return self.pick([str(self.r.randint(10000000, 99999999)), f"ENV-{self.r.randint(2023, 2025)}-{self.dig(7)}"])

    def case_no(self, kind="us"):
        r, d = self.r, self.dig
        yy = r.randint(19, 25)
        if kind == "us":
            return self.pick([f"{r.randint(1, 4)}:{yy}-{self.pick(['cv', 'cv', 'cr'])}-{d(5)}-{self.upper(3)}",
                              f"{yy}STCV{d(5)}", f"20{yy}L{d(6)}", f"{r.randint(1, 3)}:{yy}-cv-{d(5)}",
                              f"20{yy}-CH-{d(5)}", f"{yy}-2-{d(5)}-1 SEA"])
        if kind == "bk":
            return f"{yy}-{r.randint(10000, 13999)} ({self.upper(3)})"
        if kind == "zh":
            return f"({r.randint(2019, 2025)}){self.pick('京沪粤浙苏川')}{self.pick(['0105', '0104', '0305', '0106', '01', '0113'])}{self.pick(['民初', '民终', '商初', '执', '知民初', '刑初', '民特'])}{r.randint(1, 39999)}号"
        if kind == "tw":
            return f"{r.randint(108, 114)}年度{self.pick(['訴', '重訴', '家訴', '勞訴', '簡上'])}字第{r.randint(1, 3999)}號"
        if kind == "uk":
            return self.pick([f"KB-20{yy}-{d(6)}", f"CL-20{yy}-{d(6)}", f"BL-20{yy}-{d(6)}", f"H{d(2)}YX{d(3)}"])
        if kind == "de":
            return f"{r.randint(1, 40)} O {r.randint(1, 999)}/{yy}"
        if kind == "fr":
            return f"RG n° {yy}/{d(5)}"
        if kind == "br":
            return f"{d(7)}-{d(2)}.20{yy}.8.26.{d(4)}"
        if kind == "it":
            return f"R.G. n. {r.randint(1, 29999)}/20{yy}"
        if kind == "nl":
            return f"C/13/{d(6)} / HA ZA {yy}-{r.randint(1, 999)}"
        if kind == "pl":
            return f"{self.pick(['I', 'II', 'III', 'XV'])} {self.pick(['C', 'Ca', 'Nc', 'GC'])} {r.randint(1, 2999)}/{yy}"
        if kind == "es":
            return f"{r.randint(1, 1999)}/20{yy}"
        raise ValueError(kind)

    def amount(self, cur="usd", lo=50, hi=250000):
        r = self.r
        x = r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, r.randint(0, 99) / 100])
        if cur == "usd":
            return f"${x:,.2f}"
        if cur == "gbp":
            return f"£{x:,.2f}"
        if cur == "cny":
            return self.pick([f"¥{x:,.2f}", f"{x:,.2f}元", f"人民币{x:,.2f}元"])
        if cur == "twd":
            return f"新臺幣{int(x):,}元"
        s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        if cur == "eur":
            return self.pick([f"€ {s}", f"{s} €", f"EUR {s}"])
        if cur == "brl":
            return f"R$ {s}"
        if cur == "pln":
            return f"{s.replace('.', ' ')} zł"
        if cur == "inr":
            return f"₹{x:,.2f}"
        raise ValueError(cur)

    def masked_phone(self, cc="CN"):
        if cc == "CN":
            return f"1{self.pick('3589')}{self.dig(1)}****{self.dig(4)}"
        return self.pick([f"(***) ***-{self.dig(4)}", f"+1 ***-***-{self.dig(4)}", f"07*** ***{self.dig(3)}"])

    def masked_card(self):
        return self.pick([f"****{self.dig(4)}", f"**** **** **** {self.dig(4)}", f"XXXX-XXXX-XXXX-{self.dig(4)}",
                          f"{self.pick(['4', '5'])}{self.dig(5)}******{self.dig(4)}"])

    def company_zh(self):
        return self.fk["zh_CN"].company()

    def credit_code(self):
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return "91" + self.dig(6) + "".join(self.r.choice(chars) for _ in range(10))

    # ---------- structured helpers ----------
    def jobj(self, b, items, sep=", ", colon=": "):
        """items: (key, value, label|None); value may be a list of items (nested object)."""
        b.t("{")
        for i, (k, v, lab) in enumerate(items):
            if i:
                b.t(sep)
            b.t(_json.dumps(k, ensure_ascii=False) + colon)
            if isinstance(v, list):
                self.jobj(b, v, sep, colon)
            elif isinstance(v, (int, float)) or v is None:
                b.t(_json.dumps(v))
            elif lab is None:
                b.t(_json.dumps(v, ensure_ascii=False))
            else:
                enc = _json.dumps(v, ensure_ascii=False)
                assert enc[1:-1] == v, v
                b.t('"').x(v, lab).t('"')
        b.t("}")

    def kvs(self, b, items, sep=" ", eq="="):
        for i, (k, v, lab) in enumerate(items):
            if i:
                b.t(sep)
            b.t(k + eq)
            q = " " in v or "," in v
            if q:
                b.t('"')
            if lab:
                b.x(v, lab)
            else:
                b.t(v)
            if q:
                b.t('"')


_T = []


def _tpl(fn):
    _T.append(fn)
    return fn


# =====================================================================================
# English templates
# =====================================================================================

@_tpl
def _efile_syslog(g, b):
    p = g.person(EN_MIX)
    b.t(f"<{g.pick([134, 131, 86])}>{g.ts('syslog')} ").d(g.host("efile-gw"), "hostname")
    b.t(f" efiled[{g.r.randint(900, 32000)}]: submission accepted envelope=").d(g.envelope(), "envelope_id")
    b.t(" case=").d(g.case_no("us"), "case_number").t(" filer=").p(g.login(p), "PERSON")
    b.t(" client_ip=").p(g.cip(), "IP_ADDRESS").t(" lead_doc_sha256=").d(g.sha256(), "hash")


@_tpl
def _intake_json_snake(g, b):
    p = g.person(EN_MIX)
    items = [("ts", g.ts("iso"), "timestamp"), ("event", "intake.created", None),
             ("matter_id", g.matter(), "matter_id"), ("practice_area", g.pick(PRACTICE), None),
             ("client_name", p.full, "PERSON")]
    if g.r.random() < 0.8:
        items.append(("client_email", g.email(p), "EMAIL_ADDRESS"))
    if g.r.random() < 0.8:
        items.append(("client_phone", g.phone(p.cc), "PHONE_NUMBER"))
    items += [("referral_source", g.pick(["google_ads", "avvo", "bar_referral", "past_client", "billboard"]), None),
              ("submitted_from", g.cip(), "IP_ADDRESS"), ("form_version", g.version(), "version")]
    g.jobj(b, items, sep=g.pick([", ", ","]), colon=g.pick([": ", ":"]))


@_tpl
def _invoice_json_camel(g, b):
    p = g.person(EN_MIX)
    att = g.person(["en_US", "en_GB", "en_US", "en_IN", "es_ES"])
    items = [("invoiceId", g.inv(), "invoice_id"), ("matterNumber", g.matter(), "matter_id"),
             ("clientName", p.full, "PERSON"), ("billingAttorney", att.full, "PERSON"),
             ("hoursBilled", round(g.r.uniform(0.3, 80), 1), None), ("amountDue", g.amount("usd"), "amount"),
             ("trustBalance", g.amount("usd"), "amount")]
    if g.r.random() < 0.6:
        items.append(("cardOnFile", g.masked_card(), "masked"))
    items.append(("dueDate", g.ts("date"), "timestamp"))
    g.jobj(b, items, sep=",", colon=":")


@_tpl
def _trust_deposit_kv(g, b):
    p = g.person(LATIN + ["ru_RU", "en_US", "en_GB"])
    cc = {"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "nl_NL": "NL", "it_IT": "IT", "pl_PL": "PL",
          "en_GB": "GB"}.get(p.loc)
    b.t(f"{g.ts('iso')} INFO trust-ledger ")
    g.kvs(b, [("event", "trust.deposit", None), ("account", "IOLTA-" + g.dig(4), "account_ref"),
              ("matter", g.matter(), "matter_id"), ("payor", p.full, "PERSON"),
              ("payor_iban", g.iban(cc), "IBAN_CODE"), ("amount", g.amount("eur"), "amount"),
              ("cleared", g.pick(["true", "false"]), None)])


@_tpl
def _portal_access_log(g, b):
    p = g.person(EN_MIX)
    b.p(g.cip(), "IP_ADDRESS").t(" - ")
    if g.r.random() < 0.7:
        b.p(g.login(p), "PERSON")
    else:
        b.t("-")
    path = g.pick(["/portal/matters/{m}/documents", "/portal/invoices/{i}/pay", "/portal/matters/{m}/messages",
                   "/api/v2/matters/{m}/timeline"])
    m, i = g.matter(), g.inv()
    b.t(f" [{g.ts('clf')}] \"{g.pick(['GET', 'GET', 'POST'])} ")
    pre, _, post = path.partition("{m}" if "{m}" in path else "{i}")
    b.t(pre).d(m if "{m}" in path else i, "matter_id" if "{m}" in path else "invoice_id").t(post)
    b.t(f" HTTP/1.1\" {g.pick([200, 200, 200, 302, 304, 403])} {g.r.randint(200, 90000)} \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"")


@_tpl
def _cmecf_nef(g, b):
    plaintiff = g.person(EN_MIX)
    atty = g.person(["en_US", "en_US", "en_GB", "en_IN", "es_ES", "it_IT"])
    b.t("NEF from ").d(g.pick(["ecf_helpdesk@ilnd.uscourts.gov", "cmecf@nysd.uscourts.gov", "noreply@ded.uscourts.gov"]), "role_mailbox")
    b.t(": transaction entered by ").p(f"{atty.last}, {atty.first}", "PERSON").t(f" on {g.ts('usdt')} | Case Name: ")
    b.p(plaintiff.last, "PERSON").t(" v. ").d(g.pick(COMPANIES_EN), "company").t(" | Case Number: ").d(g.case_no("us"), "case_number")
    b.t(f" | Document Number: {g.r.randint(1, 300)} | Docket Text: {g.pick(['MOTION to Compel Discovery', 'RESPONSE in Opposition', 'NOTICE of Appearance', 'MOTION for Extension of Time'])} filed by Plaintiff ")
    b.p(plaintiff.full, "PERSON").t(". (")
    b.p(atty.last, "PERSON").t(", ").p(atty.first, "PERSON").t(")")


@_tpl
def _process_server_note(g, b):
    p = g.person(EN_MIX)
    st = g.pick(US_STATES)
    b.t(f"[{g.ts('iso')}] serve-log job=PS-{g.dig(5)} note: \"Served ")
    b.p(p.full, "PERSON").t(f" personally at {g.ts('hm')}, subject confirmed identity. Vehicle in driveway ")
    b.p(g.plate("US"), "LICENSE_PLATE").t(f" ({st}). Cell on file ")
    b.p(g.phone("US"), "PHONE_NUMBER").t(".\" status=SERVED")


@_tpl
def _java_conflict_trace(g, b):
    p = g.person(EN_MIX)
    b.t(f"{g.ts('cn')} ERROR [conflict-check-worker-{g.r.randint(1, 8)}] c.f.conflicts.PartyIndex - java.lang.IllegalStateException: Party{{name='")
    b.p(p.full, "PERSON").t("', ssn='").p(g.ssn(), "US_SSN").t("', role=ADVERSE} already indexed for matter ")
    b.d(g.matter(), "matter_id").t(f" at com.firm.conflicts.PartyIndex.add(PartyIndex.java:{g.r.randint(100, 400)}) at com.firm.conflicts.Runner.run(Runner.java:{g.r.randint(30, 99)})")


@_tpl
def _email_headers(g, b):
    p = g.person(EN_MIX)
    para = g.person(["en_US", "en_GB"])
    b.t("From: \"").p(p.full, "PERSON").t("\" <").p(g.email(p), "EMAIL_ADDRESS").t("> | To: ").d(g.role_mail(), "role_mailbox")
    b.t(" | Cc: ").p(para.full, "PERSON").t(" <").p(g.email(para, work=True), "EMAIL_ADDRESS").t(">")
    b.t(f" | Subject: Re: {g.pick(['Retainer agreement', 'Signed engagement letter', 'Documents for my case', 'Question about invoice'])} - matter ")
    b.d(g.matter(), "matter_id").t(" | Message-ID: <").d(g.uuid() + "@mail.gmail.com", "message_id").t(">")


@_tpl
def _sms_reminder(g, b):
    p = g.person(EN_MIX)
    b.t("sms.queue to=").p(g.phone(p.cc), "PHONE_NUMBER").t(' body="Hi ').p(p.first, "PERSON")
    b.t(", this is ").d(g.firm, "company").t(f" reminding you of your {g.pick(['deposition', 'hearing', 'mediation', 'consultation'])} on {g.ts('us')} at 10:00. Questions? Call ")
    b.d(g.office_phone(), "office_phone").t('." sid=').d("SM" + g.hexs(32), "message_id")


@_tpl
def _billing_csv(g, b):
    tk = g.person(["en_US", "en_US", "en_GB", "en_IN", "fr_FR", "de_DE", "zh_CN", "ko_KR"])
    b.d(g.ts("date"), "timestamp").t(",").d(g.matter(), "matter_id").t(",").p(tk.full, "PERSON")
    hrs = round(g.r.choice([0.1, 0.2, 0.3, 0.5, 0.6, 1.0, 1.5, 2.4, 3.0]), 1)
    b.t(f",{hrs},").d(g.amount("usd").replace(",", ""), "amount").t(f",{g.pick(['L110', 'L120', 'L250', 'L310', 'A103', 'A106'])},\"")
    if g.r.random() < 0.6:
        cl = g.person(EN_MIX)
        b.t(g.pick(["T/c w/ client ", "Conf. with ", "Email to ", "Prep session with "])).p(cl.full, "PERSON").t(" re " + g.pick(["settlement", "discovery responses", "deposition prep", "fee agreement"]))
    else:
        b.t(g.pick(["Draft motion to dismiss", "Review production set 4", "Legal research re statute of limitations", "Prepare exhibit list"]))
    b.t('"')


@_tpl
def _doc_review(g, b):
    rv = g.person(["en_US", "en_US", "en_GB", "en_IN", "zh_CN", "es_ES"])
    cu = g.person(EN_MIX)
    b.t(f"{g.ts('iso')} review batch=RB-{g.dig(4)} doc=").d(f"{g.upper(3)}{g.dig(7)}", "bates_number")
    b.t(" reviewer=").p(g.login(rv), "PERSON").t(f" coding={g.pick(['Responsive', 'Not Responsive', 'Privileged', 'Hot', 'Needs Redaction'])} custodian=\"")
    b.p(cu.full, "PERSON").t("\" md5=").d(g.md5(), "hash").t(f" elapsed={g.r.randint(4, 240)}s")


@_tpl
def _auth_failure(g, b):
    p = g.person(EN_MIX)
    b.t(f"{g.ts('iso')} WARN auth: login failed user=")
    if g.r.random() < 0.5:
        b.p(g.login(p), "PERSON")
    else:
        b.p(g.email(p, work=g.r.random() < 0.5), "EMAIL_ADDRESS")
    b.t(" from ").p(g.cip(), "IP_ADDRESS").t(f" reason=INVALID_PASSWORD attempt={g.r.randint(1, 5)} debug_pw=\"").p(g.pwd(), "CREDENTIAL").t('"')


@_tpl
def _password_reset(g, b):
    p = g.person(EN_MIX)
    b.t("mailer: sent template=password_reset to=").p(g.email(p), "EMAIL_ADDRESS")
    b.t(" from=").d(f"noreply@{g.firm_dom}", "role_mailbox").t(f" link=https://portal.{g.firm_dom}/reset?token=")
    b.p(g.alnum(40, _string.ascii_letters + _string.digits + "-_"), "CREDENTIAL").t(" ttl=3600")


@_tpl
def _conn_string(g, b):
    acct = g.pick(["svc_matters", "app_billing", "clio_sync", "dms_reader", "svc-intake"])
    b.t(f"{g.ts('iso')} ERROR matter-svc: could not connect to postgresql://").d(acct, "system_account").t(":")
    b.p(g.pwd(url_safe=True), "CREDENTIAL").t("@").d(g.sip(), "server_ip").t(f":5432/practice (timeout 30s) pod=").d(g.host("matter-app"), "hostname")


@_tpl
def _pacer_bearer(g, b):
    b.t(f"{g.ts('iso')} DEBUG pacer-sync GET https://ecf.ilnd.uscourts.gov/cgi-bin/DktRpt.pl?caseid={g.dig(6)} case=")
    b.d(g.case_no("us"), "case_number").t(" headers={Authorization: Bearer ").p(g.jwt(), "CREDENTIAL")
    b.t(f"}} status={g.pick([200, 200, 401, 429])} bytes={g.r.randint(900, 90000)}")


@_tpl
def _payment_webhook(g, b):
    p = g.person(EN_MIX)
    b.t(f"DEBUG webhook stripe evt_{g.alnum(24)} type=charge.{g.pick(['succeeded', 'failed', 'refunded'])} amount=")
    b.d(str(g.r.randint(5000, 2500000)), "amount").t(" currency=usd billing_details.name=\"").p(p.full, "PERSON")
    b.t("\" raw_card=").p(g.card(), "CREDIT_CARD").t(" invoice=").d(g.inv(), "invoice_id")


@_tpl
def _iolta_wire(g, b):
    p = g.person(LATIN + ["ru_RU", "en_GB", "en_GB"])
    b.t(f"IOLTA CREDIT {g.ts('date')} ref=FT{g.dig(10)} ordering_customer=\"").p(p.full, "PERSON")
    b.t("\" ordering_iban=").p(g.iban(), "IBAN_CODE").t(" bic=").d(g.pick(["DEUTDEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "CAIXESBBXXX", "BARCGB22", "UNCRITMM"]), "bic")
    b.t(" amount=").d(g.amount("eur"), "amount").t(" remittance=\"Retainer ").d(g.matter(), "matter_id").t('"')


@_tpl
def _intake_staff_note(g, b):
    staff = g.person(["en_US", "en_US", "en_GB"])
    pc = g.person(EN_MIX)
    other = g.person(EN_MIX)
    b.t("Note by ").p(staff.first, "PERSON").t(": PC ").p(pc.full, "PERSON").t(" called from cell ").p(g.phone(pc.cc if pc.cc in ("US", "GB", "IN") else "US"), "PHONE_NUMBER")
    b.t(f" - rear-ended {g.ts('us')} by veh. plate ").p(g.plate("US"), "LICENSE_PLATE").t("; other driver ").p(other.full, "PERSON")
    b.t(", insured by ").d(g.pick(["GEICO", "State Farm Mutual", "Allstate", "Progressive"]), "company")
    b.t("; SSN on file ").d(f"***-**-{g.dig(4)}", "masked").t(".")


@_tpl
def _immigration_packet(g, b):
    p = g.person(["en_IN", "zh_CN", "ko_KR", "pt_BR", "es_ES", "vi_VN", "ru_RU", "tr_TR", "ja_JP", "pl_PL"])
    cc = {"en_IN": "IN", "zh_CN": "CN", "ko_KR": "KR", "pt_BR": "BR", "ja_JP": "JP"}.get(p.loc, None)
    b.t(f"immig-forms: I-{g.pick(['130', '485', '765', '129F'])} packet assembled beneficiary=\"").p(p.full, "PERSON")
    b.t("\" passport_no=").p(g.passport(cc), "PASSPORT").t(f" country={p.cc} receipt=").d(f"IOE{g.dig(10)}", "receipt_number")
    b.t(" preparer=").d(g.pick(["svc-forms", "formsbot"]), "system_account")


@_tpl
def _conflict_ok(g, b):
    b.t(f"{g.ts('iso')} INFO conflict-check run=CC-{g.r.randint(2023, 2025)}-{g.dig(4)} matter=").d(g.matter(), "matter_id")
    b.t(f" parties={g.r.randint(1, 12)} hits=0 duration_ms={g.r.randint(80, 3000)} host=").d(g.host("conf-app"), "hostname")
    b.t(" db=").d(g.sip(), "server_ip")


@_tpl
def _calendar_sync(g, b):
    b.t(f"calendar-sync: imported {g.r.randint(1, 60)} hearing dates from ").d(g.pick(COURTS_US), "court")
    b.t(f" for {g.r.randint(1, 30)} matters; next=").d(g.ts("iso"), "timestamp").t(" source=").d(g.pick(["courtlistener", "Tyler Odyssey", "PACER"]), "product")
    b.t(" ").d(g.version(), "version")


@_tpl
def _cle_public_figure(g, b):
    b.t(f"events: CLE webinar \"{g.pick(['Lessons from ', 'The Legacy of ', 'Dissent and Duty: ', 'Reading '])}").d(g.pick(PUBLIC_EN), "public_figure")
    b.t("\" with discussion of ").d(g.pick(CITATIONS), "case_citation")
    b.t(f" registration open seats={g.r.randint(20, 300)} credits=1.5 contact=").d(g.role_mail(), "role_mailbox")


@_tpl
def _healthz(g, b):
    b.d(g.sip(), "server_ip").t(f" - - [{g.ts('clf')}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\" upstream=")
    b.d(g.sip() + ":8443", "server_ip").t(f" rt={g.r.randint(1, 30)}ms")


@_tpl
def _deploy(g, b):
    b.t("deploy: ").d(g.pick(["matter-svc", "efile-gw", "trust-ledger", "intake-api"]), "service").t(" ").d(g.version(), "version")
    b.t(" (").d(g.hexs(7), "commit").t(") rolled out to prod by ").d(g.pick(["jenkins", "argocd", "github-actions"]), "system_account")
    b.t(f"; {g.r.randint(2, 6)}/{g.r.randint(6, 6)} pods healthy")


@_tpl
def _backup_job(g, b):
    b.d("svc-backup", "system_account").t(f"[{g.r.randint(1000, 9999)}]: nightly DMS export complete docs={g.r.randint(1000, 99999):,} size={g.r.uniform(1, 90):.1f}GB dest=s3://firm-archive/")
    b.t(f"{g.r.randint(2020, 2025)}/ manifest_sha256=").d(g.sha256(), "hash")


@_tpl
def _docusign_webhook(g, b):
    p = g.person(EN_MIX)
    g.jobj(b, [("event", "envelope-completed", None), ("envelopeId", g.uuid(), "envelope_id"),
               ("signerName", p.full, "PERSON"), ("signerEmail", g.email(p), "EMAIL_ADDRESS"),
               ("clientIPAddress", g.cip(), "IP_ADDRESS"), ("completedDateTime", g.ts("iso"), "timestamp"),
               ("templateName", g.pick(["Engagement Letter", "Contingency Fee Agreement", "HIPAA Authorization"]), None)],
           sep=",", colon=":")


@_tpl
def _helpdesk_ticket(g, b):
    p = g.person(EN_MIX)
    b.t(f"#{g.r.randint(1000, 99999)} | Priority: {g.pick(['High', 'Normal', 'Urgent'])} | Requester: ").p(p.full, "PERSON")
    b.t(" <").p(g.email(p), "EMAIL_ADDRESS").t("> | Subject: Can't log into client portal | Body: hi, I tried my password ")
    b.p(g.pwd(), "CREDENTIAL").t(" three times and now it's locked, can you reset it? thanks, ").p(p.first, "PERSON")


@_tpl
def _matter_json_pascal(g, b):
    cl = g.person(EN_MIX)
    ra = g.person(["en_US", "en_US", "en_GB", "en_IN"])
    oc = g.person(["en_US", "en_GB", "es_ES", "it_IT"])
    items = [("MatterNumber", g.matter(), "matter_id"), ("ClientName", cl.full, "PERSON"),
             ("ResponsibleAttorney", ra.full, "PERSON"), ("OpposingCounsel", oc.full, "PERSON"),
             ("OpposingCounselPhone", g.phone("US"), "PHONE_NUMBER"), ("Court", g.pick(COURTS_US), "court"),
             ("Status", g.pick(["Open", "Pending", "Closed"]), None)]
    g.jobj(b, items)


@_tpl
def _client_json_dotted(g, b):
    p = g.person(["en_US", "en_US", "es_ES", "vi_VN", "zh_CN", "en_IN"])
    items = [("client.name", p.full, "PERSON"), ("client.ssn", g.ssn(), "US_SSN"),
             ("client.contact.mobile", g.phone("US"), "PHONE_NUMBER"),
             ("client.contact.email", g.email(p), "EMAIL_ADDRESS"),
             ("matter.type", g.pick(["Personal Injury", "Workers Comp", "Chapter 7", "Divorce"]), None),
             ("intake.agent", g.pick(["svc-intake-bot", "webform"]), "system_account")]
    g.jobj(b, items, sep=",", colon=":")


@_tpl
def _court_reporter(g, b):
    w = g.person(EN_MIX)
    rep = g.person(["en_US", "en_GB"])
    b.t("reporting order: witness=").t(g.pick(["Dr. ", "Dr. ", "Mr. ", "Ms. "])).p(w.last, "PERSON")
    b.t(f" ({g.pick(['treating physician', 'expert', 'corporate rep', 'fact witness'])}), reporter=").p(rep.full, "PERSON")
    b.t(f", pages={g.r.randint(40, 400)}, rate=$4.25/pg, total=").d(g.amount("usd", 200, 2500), "amount").t(", agency=").d(g.pick(["Veritext", "Esquire Deposition Solutions", "Magna Legal"]), "company")


@_tpl
def _mfa_otp(g, b):
    p = g.person(EN_MIX)
    b.t(f"{g.ts('iso')} auth.mfa: otp ").p(g.dig(6), "CREDENTIAL").t(" sent via sms to ").p(g.phone(p.cc), "PHONE_NUMBER")
    b.t(" for user ").p(g.login(p), "PERSON").t(" (expires 300s) provider=").d("twilio", "product")


@_tpl
def _pacer_usage(g, b):
    b.t(f"billing: PACER usage Q{g.r.randint(1, 4)} {g.r.randint(2023, 2025)} pages={g.r.randint(100, 9000):,} fee=")
    b.d(g.amount("usd", 1, 900), "amount").t(" account=").d("firm-main", "system_account").t(" cap_applied=").d("$3.00", "amount")


@_tpl
def _efile_rejection(g, b):
    a = g.person(["en_US", "en_US", "en_GB", "es_ES", "en_IN"])
    b.t("Envelope ").d(g.envelope(), "envelope_id").t(" REJECTED by clerk (").d(g.pick(COURTS_US), "court")
    b.t(f"): \"{g.pick(['Missing proof of service', 'Wrong filing code', 'Document not text-searchable', 'Fee not paid'])}\" case=")
    b.d(g.case_no("us"), "case_number").t(" filer=").p(a.full, "PERSON").t(" <").p(g.email(a, work=True), "EMAIL_ADDRESS").t(">")


@_tpl
def _vpn_login(g, b):
    p = g.person(["en_US", "en_US", "en_GB", "en_IN", "zh_CN", "de_DE"])
    lg = g.login(p)
    b.t(f"{g.ts('syslog')} vpn01 openvpn[{g.r.randint(100, 9000)}]: ").p(lg, "PERSON").t("/").p(g.cip(), "IP_ADDRESS")
    b.t(f":{g.r.randint(1024, 65535)} TLS: Username/Password authentication succeeded for username '").p(lg, "PERSON")
    b.t("' gateway=").d(g.sip(), "server_ip")


@_tpl
def _judge_reassign(g, b):
    j1 = g.person(["en_US", "en_US", "en_US", "es_ES", "en_IN"])
    j2 = g.person(["en_US", "en_US", "en_GB"])
    b.t("docket: case ").d(g.case_no("us"), "case_number").t(" reassigned from Hon. ").p(j1.full, "PERSON")
    b.t(" to Hon. ").p(j2.full, "PERSON").t(f" per General Order {g.r.randint(20, 25)}-{g.r.randint(1, 40):02d}")


@_tpl
def _newsletter(g, b):
    b.t(f"mailer: campaign '{g.pick(['Employment Law Update', 'Estate Planning Insights', 'Litigation Alert'])} - {g.pick(['March', 'June', 'Q3', 'Winter'])}' sent from ")
    b.d(f"news@{g.firm_dom}", "role_mailbox").t(f" to {g.r.randint(500, 9000):,} subscribers, bounces={g.r.randint(0, 80)}, opens={g.r.randint(10, 60)}%")


@_tpl
def _retention(g, b):
    b.t(f"retention-job: {g.r.randint(10, 900)} closed matters past 7y moved to s3://firm-archive/{g.r.randint(2014, 2018)}/ manifest=").d(g.sha256(), "hash")
    b.t(" run_by=").d("svc-retention", "system_account").t(" host=").d(g.host("dms"), "hostname")


@_tpl
def _teams_chat(g, b):
    p = g.person(["en_US", "en_US", "en_GB", "en_IN"])
    q = g.person(["en_US", "en_GB"])
    b.t(f"[Teams {g.ts('hm')}] ").p(p.full, "PERSON").t(": hey ").p(q.first, "PERSON").t(", can you pull the docket on Westlaw for me? login is ")
    b.p(g.login(p), "PERSON").t(" pw ").p(g.pwd(), "CREDENTIAL").t(" - thx")


@_tpl
def _set_cookie(g, b):
    p = g.person(EN_MIX)
    b.t("HTTP/1.1 302 Found Location: /portal/home Set-Cookie: portal_session=").p(g.sess(), "CREDENTIAL")
    b.t("; Path=/; HttpOnly; Secure; SameSite=Lax x-user=").p(g.email(p), "EMAIL_ADDRESS").t(" x-request-id=").d(g.uuid(), "request_id")


@_tpl
def _court_fee_paid(g, b):
    b.t("efile fee paid ").d(g.amount("usd", 20, 450), "amount").t(" case=").d(g.case_no("us"), "case_number")
    b.t(f" card={g.pick(['VISA', 'MC', 'AMEX'])} ending ").d(g.dig(4), "masked").t(" auth_code=").d(g.upper(6, _string.ascii_uppercase + _string.digits), "auth_code")
    b.t(" txn=").d(g.uuid(), "transaction_id")


@_tpl
def _ad_new_user(g, b):
    p = g.person(["en_US", "en_US", "en_GB", "en_IN", "es_ES", "zh_CN", "de_DE"])
    b.t("PS> New-ADUser -SamAccountName ").p(g.login(p), "PERSON").t(' -Name "').p(p.full, "PERSON")
    b.t(f"\" -Path \"OU={g.pick(['Associates', 'Paralegals', 'Partners', 'Staff'])},DC=firm,DC=local\" -AccountPassword (ConvertTo-SecureString \"")
    b.p(g.pwd(), "CREDENTIAL").t('" -AsPlainText -Force) -Enabled $true')


@_tpl
def _india_vakalatnama(g, b):
    p = g.person(["en_IN"])
    b.t("vakalatnama executed by ").p(p.full, "PERSON").t(" (mobile ").p(g.phone("IN"), "PHONE_NUMBER")
    b.t("); Aadhaar ").d(f"XXXX XXXX {g.dig(4)}", "masked").t(f"; CS(COMM) {g.r.randint(1, 999)}/{g.r.randint(2021, 2025)} before ")
    b.d(g.pick(["High Court of Delhi", "Bombay High Court", "City Civil Court, Bengaluru"]), "court").t("; fee ").d(g.amount("inr"), "amount")


@_tpl
def _honeypot(g, b):
    b.t(f"{g.ts('iso')} spam-filter: dropped contact-form submission from ").p(g.cip(), "IP_ADDRESS")
    b.t(f" reason={g.pick(['honeypot_field_filled', 'rate_limited', 'recaptcha_score_0.1'])} form=free-consultation ua=\"python-requests/2.31\"")


@_tpl
def _waf_block(g, b):
    b.t(f"WAF BLOCK rule={g.r.randint(900000, 949999)} {g.pick(['SQLi', 'XSS', 'PathTraversal'])} src=").p(g.cip(), "IP_ADDRESS")
    b.t(" dst=").d(g.sip() + ":443", "server_ip").t(" host=").d(f"portal.{g.firm_dom}", "hostname")
    b.t(" uri=\"/portal/search?q=%27%20OR%201%3D1--\"")


@_tpl
def _docket_poll(g, b):
    n = g.r.randint(5, 200)
    b.t("docket-poller: ").d(g.case_no("us"), "case_number").t(f" 3 new entries (#{n}-#{n + 2}); latest \"{g.pick(['ORDER granting motion for extension of time', 'MINUTE ENTRY', 'SCHEDULING ORDER', 'STIPULATION of dismissal'])}\" next poll in 15m")


@_tpl
def _legal_hold(g, b):
    ps = [g.person(["en_US", "en_US", "en_GB", "en_IN", "zh_CN"]) for _ in range(g.r.randint(2, 4))]
    b.t("legalhold: notice ").d(f"LH-{g.r.randint(2023, 2025)}-{g.r.randint(1, 99):02d}", "hold_id").t(" issued matter=").d(g.matter(), "matter_id").t(" custodians=[")
    for i, p in enumerate(ps):
        if i:
            b.t(", ")
        b.p(g.login(p), "PERSON")
    b.t(f"] ack=1/{len(ps)} reminder_in=72h")


@_tpl
def _uk_letter(g, b):
    p = g.person(["en_GB", "en_GB", "en_IN", "pl_PL", "en_US"])
    sol = g.person(["en_GB"])
    b.t(f"outbound-letter body: \"Dear {g.pick(['Mr', 'Ms', 'Mrs', 'Dr'])} ").p(p.last, "PERSON")
    b.t(", further to our call, please ring me on ").p(g.phone("GB"), "PHONE_NUMBER").t(" to discuss the hearing listed in the ")
    b.d(g.pick(["High Court of Justice, King's Bench Division", "County Court at Central London", "Employment Tribunal (Leeds)"]), "court")
    b.t(". Kind regards, ").p(sol.full, "PERSON").t("\" our_ref=").d(g.case_no("uk"), "case_number")


@_tpl
def _zoom_depo(g, b):
    p = g.person(EN_MIX)
    b.t("calendar invite: Deposition of ").p(p.full, "PERSON").t(" via Zoom - Meeting ID: ").d(f"{g.dig(3)} {g.dig(4)} {g.dig(4)}", "meeting_id")
    b.t(" Passcode: ").p(g.alnum(g.r.randint(6, 10)), "CREDENTIAL").t(" - court reporter: ").d(g.pick(["Veritext", "Esquire Deposition Solutions", "US Legal Support"]), "company")


@_tpl
def _skiptrace(g, b):
    p = g.person(["en_US", "en_US", "es_ES", "en_IN"])
    b.t("skiptrace.result subject=\"").p(p.full, "PERSON").t("\" ssn=").p(g.ssn(), "US_SSN").t(" phones=[")
    b.p(g.phone("US"), "PHONE_NUMBER").t(", ").p(g.phone("US"), "PHONE_NUMBER").t("] vehicles=[").p(g.plate("US"), "LICENSE_PLATE")
    b.t(f"] confidence=0.{g.r.randint(50, 99)} vendor=").d(g.pick(["TLOxp", "LexisNexis Accurint", "IRB Search"]), "product")


@_tpl
def _ecf_xml(g, b):
    p = g.person(EN_MIX)
    b.t("<FilingParty><PersonName><GivenName>").p(p.first, "PERSON").t("</GivenName><Surname>").p(p.last, "PERSON")
    b.t("</Surname></PersonName><ContactEmail>").p(g.email(p), "EMAIL_ADDRESS").t("</ContactEmail><Phone>").p(g.phone(p.cc), "PHONE_NUMBER")
    b.t("</Phone><CaseTrackingID>").d(g.case_no("us"), "case_number").t("</CaseTrackingID></FilingParty>")


@_tpl
def _jp_client_intake(g, b):
    p = g.person(["ja_JP", "ja_JP", "ko_KR", "zh_TW"])
    ec = g.person(["en_US", "en_US", p.loc])
    b.t("intake: client=").p(p.full, "PERSON").t(" emergency_contact=\"").p(ec.full, "PERSON").t(f"\" lang={dict(JP='ja', KR='ko', TW='zh-TW')[p.cc]} interpreter_required=true contact=")
    b.p(g.phone(p.cc), "PHONE_NUMBER").t(" matter=").d(g.matter(), "matter_id")


@_tpl
def _fee_agreement_free_text(g, b):
    lead = g.person(["en_US", "en_US", "en_GB"])
    cl = g.person(EN_MIX)
    b.t("matter note (").p(g.login(lead), "PERSON").t("): ").p(cl.first, "PERSON").t(" signed the 33% contingency agreement; wants updates by text only at ")
    b.p(g.phone(cl.cc if cl.cc in ("US", "GB", "IN") else "US"), "PHONE_NUMBER").t(f". Do NOT call {'his' if cl.male else 'her'} employer (").d(g.pick(COMPANIES_EN), "company").t(").")


@_tpl
def _process_server_invoice_decoy(g, b):
    b.t("AP import: vendor=").d(g.pick(["ABC Legal Services", "Nationwide Process Servers Inc.", "One Legal"]), "company")
    b.t(" invoice=").d(f"PSI-{g.dig(6)}", "invoice_id").t(" jobs=").t(str(g.r.randint(1, 40))).t(" total=").d(g.amount("usd", 75, 6000), "amount")
    b.t(" gl=6120-COURIER matter=").d(g.matter(), "matter_id")


# =====================================================================================
# Other European languages
# =====================================================================================

@_tpl
def _fr_dossier(g, b):
    p = g.person(["fr_FR"])
    b.t(f"[{g.ts('fr')}] dossier ").d(g.case_no("fr"), "case_number").t(" – audience fixée au ")
    b.d(g.pick(["Tribunal judiciaire de Paris", "Tribunal de commerce de Lyon", "Cour d'appel de Versailles"]), "court")
    b.t(f" ; client {'M.' if p.male else 'Mme'} ").p(p.full, "PERSON").t(", tél. ").p(g.phone("FR"), "PHONE_NUMBER")
    b.t(", courriel ").p(g.email(p), "EMAIL_ADDRESS").t(" ; provision sur honoraires ").d(g.amount("eur"), "amount")


@_tpl
def _de_mandant(g, b):
    p = g.person(["de_DE", "de_DE", "tr_TR", "pl_PL"])
    q = g.person(["de_DE"])
    b.t("Aktennotiz: Mandant ").p(p.full, "PERSON").t(" (Tel. ").p(g.phone("DE"), "PHONE_NUMBER")
    b.t(") – Vollmacht eingegangen; Unfallgegner ").p(q.full, "PERSON").t(", amtl. Kennzeichen ").p(g.plate("DE"), "LICENSE_PLATE")
    b.t("; Az. ").d(g.case_no("de"), "case_number").t(" ").d(g.pick(["LG München I", "LG Berlin", "AG Hamburg"]), "court")
    b.t("; Streitwert ").d(g.amount("eur"), "amount")


@_tpl
def _es_expediente(g, b):
    p = g.person(["es_ES"])
    b.t("Expediente ").d(g.case_no("es"), "case_number").t(" ").d(g.pick(["Juzgado de Primera Instancia nº 5 de Madrid", "Juzgado de lo Social nº 2 de Barcelona", "Audiencia Provincial de Sevilla"]), "court")
    b.t(f" – notificación a {'D.' if p.male else 'D.ª'} ").p(p.full, "PERSON").t(", tel. ").p(g.phone("ES"), "PHONE_NUMBER")
    b.t("; provisión de fondos recibida desde ").p(g.iban("ES"), "IBAN_CODE").t(" por ").d(g.amount("eur"), "amount")


@_tpl
def _br_processo(g, b):
    p = g.person(["pt_BR"])
    b.t("Processo nº ").d(g.case_no("br"), "case_number").t(" – intimação do réu ").p(p.full, "PERSON")
    b.t(", tel. ").p(g.phone("BR"), "PHONE_NUMBER").t(", e-mail ").p(g.email(p), "EMAIL_ADDRESS").t("; custas ").d(g.amount("brl"), "amount").t(" pagas via ").d("PJe", "product")


@_tpl
def _it_fascicolo(g, b):
    p = g.person(["it_IT"])
    pec = f"{p.rfirst}.{p.rlast}@{g.pick(['pec.it', 'legalmail.it', 'pec.libero.it'])}"
    b.t("Fascicolo ").d(g.case_no("it"), "case_number").t(" ").d(g.pick(["Tribunale di Milano", "Tribunale di Roma", "Corte d'Appello di Torino"]), "court")
    b.t(" – cliente ").p(p.full, "PERSON").t(", tel. ").p(g.phone("IT"), "PHONE_NUMBER").t(", PEC ").p(pec, "EMAIL_ADDRESS")
    b.t("; targa veicolo ").p(g.plate("IT"), "LICENSE_PLATE").t("; deposito telematico via ").d(f"depositi@{g.pick(['cert.giustizia.it', 'civile.ptel.giustiziacert.it'])}", "role_mailbox")


@_tpl
def _nl_dossier(g, b):
    p = g.person(["nl_NL", "nl_NL", "tr_TR"])
    b.t("Dossier ").d(g.case_no("nl"), "case_number").t(" ").d(g.pick(["Rechtbank Amsterdam", "Rechtbank Rotterdam", "Gerechtshof Den Haag"]), "court")
    b.t(" – cliënt ").p(p.full, "PERSON").t(", tel. ").p(g.phone("NL"), "PHONE_NUMBER").t(", kenteken ").p(g.plate("NL"), "LICENSE_PLATE")
    b.t("; griffierecht ").d(g.amount("eur"), "amount").t(" voldaan")


@_tpl
def _pl_sygnatura(g, b):
    b.t("Sygn. akt ").d(g.case_no("pl"), "case_number").t(" ").d(g.pick(["Sąd Okręgowy w Warszawie", "Sąd Rejonowy dla Krakowa-Śródmieścia", "Sąd Apelacyjny w Gdańsku"]), "court")
    if g.r.random() < 0.5:
        p = g.person(["pl_PL"])
        b.t(" – pełnomocnik r. pr. ").p(p.full, "PERSON").t(", tel. ").p(g.phone("PL"), "PHONE_NUMBER")
    else:
        b.t(f" – termin rozprawy {g.ts('eu')} godz. {g.ts('hm')}, sala {g.r.randint(1, 300)}")
    b.t("; wpis sądowy ").d(g.amount("pln"), "amount")


# =====================================================================================
# Chinese templates (simplified, some traditional)
# =====================================================================================

@_tpl
def _zh_json_keys(g, b):
    p = g.person(["zh_CN"])
    g.jobj(b, [("案号", g.case_no("zh"), "case_number"), ("当事人", p.full, "PERSON"),
               ("身份证号", g.cnid(), "CN_RESIDENT_ID"), ("手机", g.phone("CN"), "PHONE_NUMBER"),
               ("案由", g.pick(["民间借贷纠纷", "劳动争议", "离婚纠纷", "买卖合同纠纷", "机动车交通事故责任纠纷"]), None),
               ("标的额", g.amount("cny"), "amount")], sep=g.pick([",", ", "]), colon=":")


@_tpl
def _zh_lian(g, b):
    pl = g.person(["zh_CN"])
    lw = g.person(["zh_CN"])
    b.t(f"[立案] {g.ts('cn')} 案号").d(g.case_no("zh"), "case_number").t(" 原告").p(pl.full, "PERSON")
    b.t(" 被告").d(g.company_zh(), "company").t(" 代理律师").p(lw.full, "PERSON").t(" 联系电话").p(g.phone("CN"), "PHONE_NUMBER")
    b.t(" 受理法院:").d(g.pick(COURTS_ZH), "court")


@_tpl
def _zh_manager_call(g, b):
    p = g.person(["zh_CN"])
    lw = g.person(["zh_CN"])
    b.t(f"{g.ts('cn')} 前台记录: 客户").p(p.last, "PERSON").t(g.pick(["经理", "总", "先生", "女士", "老师"])).t("来电(电话 ")
    b.p(g.phone("CN"), "PHONE_NUMBER").t(")询问案件进度,已转").p(lw.last, "PERSON").t("律师处理")


@_tpl
def _zh_fee_notice(g, b):
    p = g.person(["zh_CN"])
    b.t("收费通知: 委托人").p(p.full, "PERSON").t(" 律师费 ").d(g.amount("cny"), "amount").t(" 已收讫, 交易流水号 ")
    b.d(g.dig(20), "transaction_id").t(" 开票单位 ").d(g.pick(ZH_FIRMS)[0], "company")


@_tpl
def _zh_unionpay(g, b):
    p = g.person(["zh_CN"])
    b.t(f"{g.ts('cn')} [财务] 客户转账入账: 付款人 ").p(p.full, "PERSON").t(" 付款卡号 ").p(g.card(g.pick([6, 6, 6, 0, 2])), "CREDIT_CARD")
    b.t(" 金额 ").d(g.amount("cny"), "amount").t(" 用途: 代理费 案件编号 ").d(g.matter(), "matter_id")


@_tpl
def _zh_service(g, b):
    p = g.person(["zh_CN"])
    b.t("[送达] 快递单号 ").d("SF" + g.dig(12), "waybill").t(" 受送达人 ").p(p.full, "PERSON").t(" 电话 ").p(g.phone("CN"), "PHONE_NUMBER")
    b.t(f" 签收状态: {g.pick(['本人签收', '他人代收', '拒收', '查无此人'])} 文书: 起诉状副本、应诉通知书")


@_tpl
def _zh_traffic(g, b):
    p = g.person(["zh_CN"])
    b.t("交通事故案件登记: 事故车辆 ").p(g.plate("CN"), "LICENSE_PLATE").t(" 驾驶员 ").p(p.full, "PERSON")
    b.t(" 身份证 ").p(g.cnid(), "CN_RESIDENT_ID").t(" 保险公司 ").d(g.pick(["中国人民财产保险股份有限公司", "平安财产保险股份有限公司", "太平洋财产保险股份有限公司"]), "company")


@_tpl
def _zh_foreign_passport(g, b):
    if g.r.random() < 0.5:
        p = g.person(["zh_CN"])
        pp = g.passport("CN")
    else:
        p = g.person(["en_US", "en_GB", "ko_KR", "ja_JP", "de_DE", "ru_RU"])
        pp = g.passport({"US": "US", "GB": "GB", "KR": "KR", "JP": "JP", "DE": "DE"}.get(p.cc))
    b.t("涉外案件 当事人 ").p(p.full, "PERSON").t(" 护照号码 ").p(pp, "PASSPORT").t(" 需安排翻译, 授权委托书已办理公证认证, 归档编号 ").d(g.matter(), "matter_id")


@_tpl
def _zh_oa_login(g, b):
    p = g.person(["zh_CN"])
    b.t(f"{g.ts('cn')} [律所OA] 用户 ").p(g.login(p), "PERSON").t(" 从 ").p(g.cip(), "IP_ADDRESS")
    b.t(f" 登录成功 设备={g.pick(['Windows 11', 'macOS', 'iPhone', 'Android'])} 服务器 ").d(g.sip(), "server_ip")


@_tpl
def _zh_pwd_reset(g, b):
    p = g.person(["zh_CN"])
    b.t(f"{g.ts('cn')} 重置密码: 用户 ").p(g.login(p), "PERSON").t(" 新密码 ").p(g.pwd(), "CREDENTIAL")
    b.t(" 操作人 ").d(g.pick(["admin", "sysadmin", "root"]), "system_account").t(" 已通过短信通知 ").d(g.masked_phone("CN"), "masked")


@_tpl
def _tw_court(g, b):
    pl = g.person(["zh_TW"])
    lw = g.person(["zh_TW"])
    b.d(g.pick(["臺灣臺北地方法院", "臺灣高等法院", "臺灣新北地方法院", "臺灣臺中地方法院"]), "court").t(" ").d(g.case_no("tw"), "case_number")
    b.t(" 原告 ").p(pl.full, "PERSON").t(" 訴訟代理人 ").p(lw.last, "PERSON").t("律師 言詞辯論期日 ").t(g.ts("cnd"))


@_tpl
def _zh_sms_masked(g, b):
    b.t(f"{g.ts('cn')} 短信发送成功 手机号 ").d(g.masked_phone("CN"), "masked").t(f" 模板 SMS_{g.dig(6)} 签名【")
    b.d(g.pick(ZH_FIRMS)[0][:4], "company").t("】 回执 ").d(g.uuid(), "request_id")


@_tpl
def _zh_archive_job(g, b):
    b.t(f"[定时任务] {g.ts('cn')} 案件归档完成 共 {g.r.randint(10, 900)} 件 耗时 {g.r.uniform(0.5, 60):.1f}s 服务器 ").d(g.sip(), "server_ip")
    b.t(" 存储桶 ").d(f"case-archive-{g.r.randint(2019, 2025)}", "bucket")


@_tpl
def _zh_lecture(g, b):
    b.t("[活动] 法律讲座《").d(g.pick(PUBLIC_ZH), "public_figure").t(g.pick(["笔下的法与情", "与法治精神", "思想中的契约观"]))
    b.t(f"》报名人数 {g.r.randint(20, 300)} 场地 {g.r.randint(2, 30)}楼会议室 联系邮箱 ").d(g.role_mail(g.pick(ZH_FIRMS)[1]), "role_mailbox")


@_tpl
def _zh_wechat(g, b):
    p = g.person(["zh_CN"])
    b.t(f"[微信客服] {g.ts('cn')} 来自 客户 ").p(p.full, "PERSON").t(": 你好,我的身份证号是")
    b.p(g.cnid(), "CN_RESIDENT_ID").t(",手机号").p(g.phone("CN"), "PHONE_NUMBER").t(",麻烦尽快帮我立案,谢谢")


@_tpl
def _zh_java_exc(g, b):
    p = g.person(["zh_CN"])
    b.t(f"{g.ts('cn')} ERROR [http-nio-8080-exec-{g.r.randint(1, 40)}] com.lawfirm.case.CaseService - 保存当事人失败 com.lawfirm.common.BizException: 当事人[")
    b.p(p.full, "PERSON").t("]身份证号[").p(g.cnid(), "CN_RESIDENT_ID").t("]已存在于案件 ").d(g.case_no("zh"), "case_number")
    b.t(" at com.lawfirm.case.CaseService.saveParty(CaseService.java:").t(str(g.r.randint(50, 500))).t(")")


@_tpl
def _zh_audit(g, b):
    p = g.person(["zh_CN"])
    b.t("审计日志|操作人:").p(p.full, "PERSON").t(f"|操作:{g.pick(['导出案卷', '下载证据材料', '修改收费记录', '删除备忘录'])}|IP:")
    b.p(g.cip(), "IP_ADDRESS").t("|时间:").d(g.ts("cn"), "timestamp").t("|结果:成功")


@_tpl
def _zh_invoice_decoy(g, b):
    firm = g.pick(ZH_FIRMS)[0]
    b.t("开票申请: 发票抬头 ").d(g.company_zh(), "company").t(" 纳税人识别号 ").d(g.credit_code(), "tax_id")
    b.t(" 金额 ").d(g.amount("cny"), "amount").t(" 开票方 ").d(firm, "company").t(" 状态 已开具")


@_tpl
def _zh_hearing(g, b):
    j = g.person(["zh_CN"])
    c = g.person(["zh_CN"])
    b.t("庭审排期: 案号").d(g.case_no("zh"), "case_number").t(" 承办法官 ").p(j.full, "PERSON").t(" 书记员 ").p(c.full, "PERSON")
    b.t(f" 开庭时间 {g.ts('cnd')} {g.ts('hm')} 第{g.pick('一二三四五六七八')}法庭")


@_tpl
def _zh_bill_decoy(g, b):
    b.t("账单 ").d(g.inv(), "invoice_id").t(" 客户编号 ").d(f"KH{g.dig(8)}", "customer_id").t(" 金额 ").d(g.amount("cny"), "amount")
    b.t(f" 状态 {g.pick(['已支付', '待支付', '部分支付'])} 订单号 ").d(g.ts("date").replace("-", "") + g.dig(10), "order_id")


@_tpl
def _tw_line_msg(g, b):
    p = g.person(["zh_TW"])
    b.t(f"[LINE 官方帳號] {g.ts('cn')} 客戶 ").p(p.full, "PERSON").t(" (").p(g.phone("TW"), "PHONE_NUMBER")
    b.t(f") 詢問{g.pick(['開庭時間', '委任契約', '律師費用', '調解期日'])}, 已由").p(g.person(["zh_TW"]).last, "PERSON").t("律師助理回覆")


@_tpl
def _zh_csv_export(g, b):
    p = g.person(ZH)
    b.t(f"{g.r.randint(1, 9999)},").p(p.full, "PERSON").t(",").p(g.phone(p.cc), "PHONE_NUMBER").t(",")
    b.p(g.email(p), "EMAIL_ADDRESS").t(f",{g.pick(['劳动争议', '合同纠纷', '继承纠纷', '知识产权'])},").d(g.ts("date"), "timestamp")


@_tpl
def _zh_kv_lawyer(g, b):
    lw = g.person(["zh_CN"])
    cl = g.person(["zh_CN"])
    b.t(f"{g.ts('cn')} INFO matter-assign 律师=").p(lw.last, "PERSON").t("律师 客户=").p(cl.full, "PERSON")
    b.t(" 案件编号=").d(g.matter(), "matter_id").t(f" 类型={g.pick(['诉讼', '非诉', '仲裁', '常年法律顾问'])}")


@_tpl
def _zh_api_secret(g, b):
    b.t(f"{g.ts('cn')} DEBUG 调用电子诉讼平台接口 /api/v1/filing/submit appId=").d(f"wx{g.hexs(16)}", "app_id")
    b.t(" appSecret=").p(g.hexs(32), "CREDENTIAL").t(" 返回码 ").t(g.pick(["0", "40001", "45009"])).t(" traceId=").d(g.hexs(32), "trace_id")


@_tpl
def _zh_jdbc(g, b):
    b.t(f"{g.ts('cn')} WARN 数据源初始化失败 url=jdbc:mysql://").d(g.sip(), "server_ip").t(":3306/lawcase?user=")
    b.d(g.pick(["case_app", "oa_reader", "finance_rw"]), "system_account").t("&password=").p(g.pwd(url_safe=True), "CREDENTIAL").t("&useSSL=false")


@_tpl
def _zh_consult(g, b):
    p = g.person(["zh_CN"])
    b.t("咨询记录: ").p(p.last, "PERSON").t(g.pick(["女士", "先生"]))
    b.t(f"来电咨询{g.pick(['离婚财产分割', '工伤赔偿', '房屋买卖合同违约', '拖欠工资'])}问题,回拨电话 ").p(g.phone("CN"), "PHONE_NUMBER")
    b.t(",已预约 ").t(g.ts("cnd")).t(" 面谈,接待人 ").p(g.person(["zh_CN"]).full, "PERSON")


@_tpl
def _zh_crossborder(g, b):
    p = g.person(["de_DE", "fr_FR", "nl_NL", "it_IT", "en_GB", "es_ES"])
    cc = {"de_DE": "DE", "fr_FR": "FR", "nl_NL": "NL", "it_IT": "IT", "en_GB": "GB", "es_ES": "ES"}[p.loc]
    b.t("[境外汇款入账] 付款人 ").p(p.full, "PERSON").t(" 付款账户 ").p(g.iban(cc), "IBAN_CODE")
    b.t(" 金额 ").d(g.amount("eur"), "amount").t(" 收款银行 ").d(g.pick(["中国银行北京分行", "招商银行上海分行", "工商银行深圳分行"]), "company").t(" 附言: 律师费")


@_tpl
def _tw_otp(g, b):
    b.t(f"{g.ts('cn')} 簡訊驗證碼 ").p(g.dig(6), "CREDENTIAL").t(" 已發送至 ").p(g.phone("TW"), "PHONE_NUMBER")
    b.t(" 用途: 委任人線上簽署 有效時間 5 分鐘 服務 ").d(g.pick(["e-sign-tw", "signhub"]), "service")


@_tpl
def _zh_review_masked(g, b):
    rv = g.person(["zh_CN"])
    b.t("[文书审阅] 审阅人 ").p(g.login(rv), "PERSON").t(" 文档 ").d(f"DOC-{g.dig(8)}", "doc_id").t(" 当事人 ")
    b.d(g.person(["zh_CN"]).last + g.pick(["*", "**", "某"]), "masked").t(f" 标注 {g.pick(['特权', '相关', '不相关', '需脱敏'])} 哈希 ").d(g.md5(), "hash")


@_tpl
def _zh_ev_plate(g, b):
    p = g.person(["zh_CN"])
    b.t("鉴定委托: 车辆 ").p(g.plate("CN"), "LICENSE_PLATE").t(" 车主 ").p(p.full, "PERSON")
    b.t(" 鉴定机构 ").d(g.company_zh(), "company").t(" 委托编号 ").d(f"JD{g.ts('date').replace('-', '')}{g.dig(4)}", "order_id")


@_tpl
def _tw_maintenance_decoy(g, b):
    b.t(f"[系統公告] 司法院電子訴訟文書服務平台將於 {g.ts('cnd')} 22:00 停機維護 影響服務: 線上起訴、書狀傳送 主機 ")
    b.d(g.sip(), "server_ip").t(" 版本 ").d(g.version(), "version")


# =====================================================================================

def _check(text, spans, decoys):
    assert "\n" not in text and "\r" not in text, text
    allv = sorted([tuple(s) for s in spans] + [tuple(d) for d in decoys])
    for s, e, lab in allv:
        assert 0 <= s < e <= len(text), (s, e, text)
        v = text[s:e]
        assert v == v.strip() and v, (v, text)
    for a, c in zip(allv, allv[1:]):
        assert a[1] <= c[0], ("overlap", a, c, text)
    for s, e, lab in spans:
        assert lab in TYPES, lab
    for s, e, lab in decoys:
        assert lab == lab.lower() and lab.isascii(), lab


def blind_log28(n: int, seed: int = 0) -> list:
    g = _G(seed)
    out = []
    nt = len(_T)
    for _ in range(n):
        k = g.r.randrange(nt)
        b = _B()
        _T[k](g, b)
        text = b.text()
        _check(text, b.spans, b.decoys)
        out.append({"text": text, "spans": b.spans, "decoys": b.decoys, "template": k})
    return out


TEMPLATE_COUNT = len(_T)

if __name__ == "__main__":
    import collections
    import sys
    import time
    t0 = time.time()
    rows = blind_log28(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    print(f"{len(rows)} lines in {time.time() - t0:.2f}s, templates={TEMPLATE_COUNT}")
    print(collections.Counter(s[2] for r in rows for s in r["spans"]))
