"""Blind test data #38: log lines from a construction contractor's sites.

Worker registration and gate attendance, wage payments to workers and
subcontractors, equipment and crane logs, safety incidents and inspections,
material deliveries (drivers, trucks), site cameras, project-management and
document-approval systems.

    blind_log38(n, seed=0) -> list of {"text", "spans", "decoys", "template"}

Only the standard library and Faker are used.  Every line is built from
literal text and labelled values, so offsets are exact by construction; the
generator also asserts it.
"""

import random
import re
import unicodedata
from datetime import datetime, timedelta

from faker import Faker

PE = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
IP = "IP_ADDRESS"
CR = "CREDENTIAL"
CC = "CREDIT_CARD"
IB = "IBAN_CODE"
SS = "US_SSN"
PP = "PASSPORT"
ID = "CN_RESIDENT_ID"
LP = "LICENSE_PLATE"
TYPES = {PE, EM, PH, IP, CR, CC, IB, SS, PP, ID, LP}

LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES",
           "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
LATIN = ["en_US", "en_GB", "en_IN", "fr_FR", "de_DE", "es_ES", "pt_BR", "it_IT",
         "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
LOC_CC = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW",
          "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP",
          "ko_KR": "KR", "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
          "tr_TR": "TR", "vi_VN": "VN"}
# weights for "any person" in English-language templates
ANY_POOL = (["en_US"] * 4 + ["en_GB"] * 3 + ["en_IN"] * 2 + ["cn"] * 2 +
            ["zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR", "ja_JP", "ko_KR", "ru_RU",
             "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"])
ROMAN_POOL = (["en_US"] * 4 + ["en_GB"] * 3 + ["en_IN"] * 2 + ["cn"] * 2 +
              ["fr_FR", "de_DE", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL", "tr_TR",
               "vi_VN"])

CN_SUR = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
          ("杨", "yang"), ("赵", "zhao"), ("黄", "huang"), ("周", "zhou"), ("吴", "wu"),
          ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"), ("高", "gao"),
          ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"), ("罗", "luo"),
          ("梁", "liang"), ("宋", "song"), ("郑", "zheng"), ("谢", "xie"), ("韩", "han")]
CN_GIV = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"),
          ("静", "jing"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
          ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"),
          ("超", "chao"), ("建华", "jianhua"), ("志强", "zhiqiang"), ("海燕", "haiyan"),
          ("国平", "guoping"), ("建国", "jianguo"), ("晓东", "xiaodong"), ("丽娟", "lijuan"),
          ("文博", "wenbo"), ("宇航", "yuhang"), ("春生", "chunsheng"), ("德胜", "desheng"),
          ("桂兰", "guilan"), ("永福", "yongfu"), ("红梅", "hongmei")]
VI_GIV = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Linh", "Minh", "Nam",
          "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Việt", "Hoa", "Hương", "Khánh"]
VI_MID = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Hữu", "Quốc", ""]

EN_COMPANIES = ["Harrow & Vale Construction Ltd", "Northgate Civil Engineering",
                "BlueRidge Concrete Supply", "Apex Scaffolding Services", "Keystone Steel Erectors",
                "Meridian Crane Hire", "Ironbridge Formwork Co.", "Summit Rebar Inc.",
                "Crestline Electrical Contractors", "Granite State Aggregates", "Tarmac",
                "Cemex UK", "Holcim", "Sunbelt Rentals", "United Rentals", "Speedy Hire",
                "Kier Group", "Balfour Beatty", "Turner Construction", "Bechtel",
                "Pinnacle Plant Services", "Redline Groundworks Ltd", "Oakfield Drylining",
                "Atlas Hoist & Lift", "Coastal Waterproofing LLC"]
DOMAINS_CO = ["harrowvale.co.uk", "northgate-civil.com", "keystonesteel.com",
              "meridiancranes.com", "apexscaff.co.uk", "summitrebar.com", "redlinegw.co.uk"]
FREE_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com",
             "web.de", "gmx.de", "orange.fr", "libero.it", "wp.pl", "uol.com.br",
             "hotmail.com", "proton.me", "yahoo.co.in", "ziggo.nl", "yandex.ru"]
ROLE_LOCAL = ["support", "noreply", "no-reply", "billing", "payroll", "safety", "submittals",
              "it-helpdesk", "accounts-payable", "hr", "gate-office", "dispatch", "info",
              "security", "site-admin", "docs"]
SVC_ACCOUNTS = ["svc-backup", "svc-timesync", "svc-gate", "jenkins", "root", "deploy",
                "ansible", "svc-payroll", "procore-sync", "nvr-agent", "www-data", "postgres",
                "svc-telematics", "admin", "operator", "ci-runner"]
TRADES = ["Carpentry", "Rebar", "Concrete", "Scaffolding", "Electrical", "Plumbing",
          "Steel erection", "Drylining", "Groundworks", "Crane operator", "Banksman",
          "Welding", "Roofing", "Painting", "Plant operator"]
CN_TRADES = ["钢筋工", "木工", "混凝土工", "架子工", "电工", "焊工", "塔吊司机", "信号工",
             "抹灰工", "水暖工", "普工", "防水工", "砌筑工"]
CN_CITY = ["上海", "北京", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆",
           "苏州", "天津", "长沙", "郑州"]
CN_WORD = ["宏达", "鑫源", "华建", "中恒", "永盛", "安泰", "金城", "远大", "鼎盛", "瑞丰",
           "恒基", "广厦", "隆鑫", "建元"]
CN_KIND = ["建筑劳务有限公司", "建设工程有限公司", "商品混凝土有限公司", "钢结构工程有限公司",
           "机械设备租赁有限公司", "建材贸易有限公司", "起重设备安装有限公司", "检测技术有限公司"]
TW_COMPANIES = ["宏昌營造股份有限公司", "大陸工程股份有限公司", "國統國際股份有限公司",
                "潤弘精密工程事業股份有限公司", "新亞建設開發股份有限公司"]
CN_MATERIALS = ["商品混凝土 C30", "商品混凝土 C35", "螺纹钢 HRB400 Φ16", "盘螺 Φ8",
                "蒸压加气块", "铝模板", "钢管 Φ48×3.0", "扣件", "防水卷材", "水泥 P.O 42.5"]
EN_MATERIALS = ["ready-mix C32/40", "rebar B500B 12mm", "rebar B500B 25mm", "structural steel",
                "plasterboard 12.5mm", "Type 1 sub-base", "precast stair units",
                "scaffold tubes", "blockwork 7N", "drainage pipe 150mm"]
PUBLIC_FIG_EN = ["Mike Rowe", "Zaha Hadid", "Frank Lloyd Wright", "Norman Foster",
                 "Mike Holmes", "Bob Vila", "Renzo Piano", "Antoni Gaudí", "Le Corbusier",
                 "Gustave Eiffel", "I. M. Pei", "Elon Musk"]
SONGS = [("Shake It Off", "Taylor Swift"), ("Bohemian Rhapsody", "Freddie Mercury"),
         ("Born in the U.S.A.", "Bruce Springsteen"), ("Rolling in the Deep", "Adele"),
         ("Jolene", "Dolly Parton"), ("Shape of You", "Ed Sheeran"),
         ("We Will Rock You", "Brian May")]
PUBLIC_FIG_CN = ["鲁迅", "詹天佑", "梁思成", "贝聿铭", "雷锋", "茅以升", "钱学森"]
CN_QUOTES = ["世上本没有路，走的人多了，也便成了路", "时间就是生命", "安全第一，预防为主",
             "其实地上本没有路", "不积跬步，无以至千里"]
CREW_CAMS = ["CAM-GATE-01", "CAM-GATE-02", "CAM-TOWER-NE", "CAM-HOIST-B", "CAM-YARD-03",
             "CAM-PERIM-07", "CAM-WB-01"]
CAM_MODELS = ["DS-2CD2143G2-I", "DS-2DE4425IW-DE", "IPC-HFW2431S", "AXIS P1455-LE",
              "DS-7616NI-K2"]
CRANE_MODELS = ["Liebherr 280 EC-H 12", "Potain MDT 389", "Terex CTT 202", "Wolff 7532",
                "Zoomlion TC6013", "XCMG XGT7528"]
PLANT_MODELS = ["CAT 320", "JCB 3CX", "Komatsu PC210", "Volvo EC220E", "JLG 600S",
                "Genie GS-3246", "Bobcat S650", "Manitou MT 1840"]
CN_PLANT = ["三一 SY215C", "徐工 XE270DK", "中联 ZTC250", "柳工 CLG922E", "QTZ80 塔机",
            "SC200/200 施工升降机"]

CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青宁琼川"
CN_AREAS = ["110101", "110105", "120103", "310104", "310115", "320102", "320506",
            "330106", "330203", "340104", "350203", "370102", "410105", "420106",
            "430104", "440106", "440305", "450103", "500103", "510107", "520102",
            "610113", "130102", "210102", "230103", "360102"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
US_AREAS = ["212", "312", "415", "617", "713", "214", "305", "404", "602", "206", "303",
            "702", "512", "919", "646", "917", "469", "832", "480", "720"]
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
DIG = "0123456789"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_PH = re.compile(r"\{\{(\w+)\}\}")
_FOLD = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O",
                       "đ": "d", "Đ": "D", "æ": "ae", "œ": "oe", "İ": "I"})


def _fold(s):
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


class Person:
    __slots__ = ("first", "last", "full", "loc", "af", "al")

    def __init__(self, first, last, full, loc, af=None, al=None):
        self.first, self.last, self.full, self.loc = first, last, full, loc
        self.af, self.al = af, al

    @property
    def cc(self):
        return "CN" if self.loc == "cn" else LOC_CC[self.loc]


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = {}
        for loc in LOCALES:
            fk = Faker(loc)
            fk.seed_instance(seed)
            self.f[loc] = fk

    # ------------------------------------------------------------ assembly
    def mk(self, fmt, **kw):
        out, spans, decoys = [], [], []
        pos = last = 0
        for m in _PH.finditer(fmt):
            lit = fmt[last:m.start()]
            out.append(lit)
            pos += len(lit)
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                val, lab = v
                val = str(val)
                if val:
                    (spans if lab in TYPES else decoys).append([pos, pos + len(val), lab])
            else:
                val = str(v)
            out.append(val)
            pos += len(val)
            last = m.end()
        out.append(fmt[last:])
        text = "".join(out)
        vals = {str(v[0]) for v in kw.values() if isinstance(v, tuple)}
        for s, e, _ in spans + decoys:
            assert text[s:e] in vals, (text, s, e)
        return text, spans, decoys

    # ------------------------------------------------------------ basics
    def d(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))

    def up(self, n, alpha=UP):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hx(self, n):
        return "".join(self.r.choice(HEX) for _ in range(n))

    def b64(self, n):
        return "".join(self.r.choice(B64) for _ in range(n))

    def dt(self):
        return datetime(2023, 1, 1) + timedelta(seconds=self.r.randrange(2 * 365 * 86400))

    def iso(self):
        t = self.dt()
        k = self.r.randrange(3)
        if k == 0:
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if k == 1:
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + self.d(3) + "+00:00"
        return t.strftime("%Y-%m-%d %H:%M:%S,") + self.d(3)

    def sys_ts(self):
        t = self.dt()
        return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))

    def clf(self):
        t = self.dt()
        return "%02d/%s/%d:%s %s" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"),
                                     self.r.choice(["+0000", "+0100", "-0500", "+0800"]))

    def cn_ts(self):
        return self.dt().strftime("%Y-%m-%d %H:%M:%S")

    def date(self):
        return self.dt().strftime("%Y-%m-%d")

    def hm(self):
        return "%02d:%02d" % (self.r.randint(5, 19), self.r.randrange(60))

    def uuid(self):
        h = self.hx(32)
        return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], h[16:20], h[20:])

    def version(self):
        return "%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 30), self.r.randint(0, 40))

    def amount(self, cur="$", lo=50, hi=9000):
        v = self.r.uniform(lo, hi)
        s = "{:,.2f}".format(v)
        if cur in ("EUR_DE", "PLN"):
            s = s.replace(",", " ").replace(".", ",").replace(" ", ".")
            if cur == "PLN":
                s = s.replace(".", " ")
            return s
        if cur == "":
            return s
        return cur + s

    # ------------------------------------------------------------ people
    def person(self, pool=None, loc=None):
        r = self.r
        loc = loc or r.choice(pool or ANY_POOL)
        if loc == "cn":
            s, sp = r.choice(CN_SUR)
            gv, gp = r.choice(CN_GIV)
            return Person(gv, s, s + gv, "cn", gp, sp)
        f = self.f[loc]
        if loc == "zh_CN" or loc == "zh_TW":
            s, g = f.last_name(), f.first_name()
            return Person(g, s, s + g, loc)
        if loc == "ja_JP":
            s, g = f.last_name(), f.first_name()
            return Person(g, s, s + r.choice(["", " ", "\u3000"]) + g, loc)
        if loc == "ko_KR":
            s, g = f.last_name(), f.first_name()
            return Person(g, s, s + g, loc)
        if loc == "ru_RU":
            if r.random() < 0.6:
                g, s = f.first_name_male(), f.last_name_male()
            else:
                g, s = f.first_name_female(), f.last_name_female()
            return Person(g, s, g + " " + s if r.random() < 0.6 else s + " " + g, loc)
        if loc == "vi_VN":
            s, g, m = f.last_name(), r.choice(VI_GIV), r.choice(VI_MID)
            full = " ".join(x for x in (s, m, g) if x)
            return Person(g, s, full, loc, _fold(g), _fold(s))
        g, s = f.first_name(), f.last_name()
        return Person(g, s, g + " " + s, loc, _fold(g) or "x", _fold(s) or "y")

    def rperson(self, pool=None):
        """A person whose name can be romanised (for logins and mailboxes)."""
        return self.person(pool or ROMAN_POOL)

    def cnp(self):
        """Chinese person: half from Faker zh_CN, half from the pinyin table."""
        if self.r.random() < 0.5:
            return self.person(loc="zh_CN")
        return self.person(loc="cn")

    def login(self, p):
        r = self.r
        f, l = p.af or "user", p.al or "x"
        k = r.randrange(8)
        if k == 0:
            return f[0] + l
        if k == 1:
            return f + "." + l
        if k == 2:
            return f[0] + l + str(r.randint(1, 99))
        if k == 3:
            return l + f[0]
        if k == 4:
            return f + "_" + l
        if k == 5:
            return l + "." + f
        if k == 6:
            return f + l
        return (f[0] + "." + l).upper() if r.random() < 0.3 else f[0] + "." + l

    def email(self, p, work=False):
        r = self.r
        if p.loc == "cn" and not work and r.random() < 0.25:
            return str(r.randint(10000000, 2999999999)) + "@qq.com"
        if work:
            dom = r.choice(DOMAINS_CO)
        elif p.loc == "cn":
            dom = r.choice(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com"])
        else:
            dom = r.choice(FREE_MAIL)
        f, l = p.af or "user", p.al or "x"
        k = r.randrange(6)
        local = [f + "." + l, f[0] + l, f + l + str(r.randint(1, 99)), l + "." + f,
                 f + "_" + l, f + str(r.randint(70, 2005))][k]
        return local + "@" + dom

    def role_mail(self, dom=None):
        return self.r.choice(ROLE_LOCAL) + "@" + (dom or self.r.choice(DOMAINS_CO))

    def company(self):
        r = self.r
        if r.random() < 0.75:
            return r.choice(EN_COMPANIES)
        return self.f[r.choice(["en_US", "en_GB"])].company()

    def cn_company(self):
        r = self.r
        return r.choice(CN_CITY) + r.choice(CN_WORD) + r.choice(CN_KIND)

    def svc(self):
        return self.r.choice(SVC_ACCOUNTS)

    # ------------------------------------------------------------ phones
    def phone(self, cc):
        r, d = self.r, self.d
        k = r.randrange(4)
        if cc == "US":
            a, e, l = r.choice(US_AREAS), str(r.randint(201, 989)), d(4)
            if e == "555":
                e = "556"
            return [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"+1 {a} {e} {l}", f"{a}.{e}.{l}"][k]
        if cc == "GB":
            m = "7" + r.choice("4579") + d(2)
            rest = d(6)
            return [f"0{m} {rest}", f"+44 {m} {rest}", f"+44{m}{rest}",
                    f"0{m} {rest[:3]} {rest[3:]}"][k]
        if cc == "IN":
            n = r.choice("6789") + d(9)
            return [f"+91 {n[:5]} {n[5:]}", f"0{n[:5]} {n[5:]}", n, f"+91-{n}"][k]
        if cc == "CN":
            n = r.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139",
                          "150", "151", "152", "155", "158", "159", "166", "177", "180",
                          "181", "186", "187", "188", "189", "198", "199"]) + d(8)
            return [n, f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n[:3]} {n[3:7]} {n[7:]}",
                    f"{n[:3]}-{n[3:7]}-{n[7:]}"][k]
        if cc == "TW":
            n = "9" + d(8)
            return [f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"+886 {n[:3]} {n[3:6]} {n[6:]}",
                    f"0{n}", f"+886-{n}"][k]
        if cc == "FR":
            n = r.choice("67") + d(8)
            p = " ".join(n[i:i + 2] for i in range(1, 9, 2))
            return [f"0{n[0]} {p}", f"+33 {n[0]} {p}", f"+33{n}", f"0{n[0]}.{p.replace(' ', '.')}"][k]
        if cc == "DE":
            pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176"])
            n = d(r.choice([7, 8]))
            return [f"+49 {pre} {n}", f"0{pre} {n}", f"0{pre}-{n}", f"+49 (0){pre} {n}"][k]
        if cc == "ES":
            n = r.choice("67") + d(8)
            return [f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                    f"+34 {n}", f"+34{n}"][k]
        if cc == "BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            n = "9" + d(8)
            return [f"+55 {ddd} {n[:5]}-{n[5:]}", f"({ddd}) {n[:5]}-{n[5:]}",
                    f"+55{ddd}{n}", f"{ddd} {n[:5]} {n[5:]}"][k]
        if cc == "JP":
            p, a, b = r.choice(["090", "080", "070"]), d(4), d(4)
            return [f"{p}-{a}-{b}", f"+81 {p[1:]}-{a}-{b}", f"{p}{a}{b}", f"{p} {a} {b}"][k]
        if cc == "KR":
            a, b = d(4), d(4)
            return [f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010 {a} {b}", f"010{a}{b}"][k]
        if cc == "RU":
            op = r.choice(["916", "925", "903", "926", "985", "977", "999", "912"])
            a, b, c = d(3), d(2), d(2)
            return [f"+7 {op} {a}-{b}-{c}", f"8 ({op}) {a}-{b}-{c}", f"+7 ({op}) {a} {b} {c}",
                    f"+7{op}{a}{b}{c}"][k]
        if cc == "IT":
            op = r.choice(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"])
            n = d(7)
            return [f"+39 {op} {n[:3]} {n[3:]}", f"{op} {n}", f"{op}-{n}", f"+39{op}{n}"][k]
        if cc == "NL":
            n = d(8)
            return [f"06-{n}", f"+31 6 {n}", f"06 {n[:4]} {n[4:]}", f"+316{n}"][k]
        if cc == "PL":
            n = r.choice("5678") + d(8)
            return [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}",
                    f"{n[:3]} {n[3:6]} {n[6:]}", f"+48{n}"][k]
        if cc == "TR":
            op = r.choice(["532", "533", "535", "542", "505", "506", "552", "555"])
            a, b, c = d(3), d(2), d(2)
            return [f"+90 {op} {a} {b} {c}", f"0{op} {a} {b} {c}", f"0 ({op}) {a} {b} {c}",
                    f"+90{op}{a}{b}{c}"][k]
        if cc == "VN":
            op = r.choice(["090", "091", "093", "096", "097", "098", "086", "032"])
            n = d(7)
            return [f"{op} {n[:3]} {n[3:]}", f"+84 {op[1:]} {n[:3]} {n[3:]}", f"{op}{n}",
                    f"{op[:3]}.{n[:3]}.{n[3:]}"][k]
        return self.phone("US")

    def cn_landline_masked(self):
        n = self.phone("CN").replace(" ", "").replace("-", "").replace("+86", "")
        return n[:3] + "****" + n[-4:]

    def hotline(self):
        return self.r.choice(["400-", "400 ", "400"]) + self.d(3) + "-" + self.d(4)

    # ------------------------------------------------------------ network
    def pub_ip(self):
        r = self.r
        if r.random() < 0.08:
            return "2a02:%x:%x:%x::%x" % (r.randrange(0x100, 0xffff), r.randrange(0xffff),
                                          r.randrange(0xffff), r.randrange(1, 0xffff))
        a = r.choice([23, 31, 36, 39, 42, 45, 58, 61, 77, 81, 86, 91, 101, 103, 110, 112,
                      113, 114, 116, 117, 119, 120, 121, 122, 123, 125, 151, 171, 176, 178,
                      180, 183, 185, 188, 193, 203, 212, 213, 217, 220, 222, 223])
        return "%d.%d.%d.%d" % (a, r.randrange(256), r.randrange(256), r.randint(1, 254))

    def priv_ip(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randint(1, 254))
        if k == 1:
            return "192.168.%d.%d" % (r.randrange(256), r.randint(1, 254))
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randrange(256), r.randint(1, 254))

    def host(self):
        r = self.r
        return "%s-%02d.%s" % (r.choice(["gate-ctrl", "lb-site", "nvr", "pm-app", "payroll-db",
                                         "docctl", "api-gw", "vms"]), r.randint(1, 12),
                               r.choice(["site117.hvc.local", "internal", "corp.northgate.net",
                                         "prod.hvc.cloud"]))

    # ------------------------------------------------------------ secrets
    def pwd(self, url=False):
        """A password; url=True keeps it free of characters that URLs would escape."""
        pw = self._pwd()
        if url:
            pw = "".join(c if c not in "@&:/?#%" else self.r.choice("!*-_.~") for c in pw)
        return pw

    def _pwd(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            w = r.choice(["Summer", "Crane", "Concrete", "Harbour", "Dragon", "Welcome",
                          "Scaffold", "Liverpool", "Shanghai", "Monkey"])
            return w + str(r.randint(1, 2025)) + r.choice("!@#$%&*?")
        if k == 1:
            return self.b64(r.randint(10, 16)) + r.choice("!#%")
        if k == 2:
            return r.choice(["Tr0ub4dor&3", "P@ssw0rd!23", "Qwerty!234", "Zx#9vB2m!pL"]) + self.d(2)
        if k == 3:
            return self.b64(4) + r.choice("-_.") + self.b64(6) + self.d(3)
        return self.hx(6) + "!" + self.b64(5)

    def token(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return "sk_live_" + self.b64(24)
        if k == 1:
            return "ghp_" + self.b64(36)
        if k == 2:
            return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + self.b64(r.randint(40, 70)) + "." + self.b64(43)
        if k == 3:
            return self.hx(40)
        if k == 4:
            return "xoxb-" + self.d(12) + "-" + self.d(13) + "-" + self.b64(24)
        return self.b64(32)

    # ------------------------------------------------------------ documents
    def card(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            pre, ln = "4", 16
        elif k == 1:
            pre, ln = str(r.randint(51, 55)), 16
        elif k == 2:
            pre, ln = r.choice(["34", "37"]), 15
        elif k == 3:
            pre, ln = r.choice(["6222", "6228", "6217", "6214"]), r.choice([16, 19])
        else:
            pre, ln = "2" + str(r.randint(221, 720)), 16
        body = pre + self.d(ln - len(pre) - 1)
        tot = 0
        for i, ch in enumerate(reversed(body)):
            v = int(ch)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        num = body + str((10 - tot % 10) % 10)
        sep = r.choice([" ", "-", "", " "])
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if ln == 19 and sep:
            return sep.join([num[:4], num[4:8], num[8:12], num[12:16], num[16:]])
        return sep.join(num[i:i + 4] for i in range(0, ln, 4))

    def cn_card(self):
        r = self.r
        pre = r.choice(["6222", "6228", "6217", "6214", "6225", "6226"])
        ln = r.choice([16, 19])
        body = pre + self.d(ln - 5)
        tot = 0
        for i, ch in enumerate(reversed(body)):
            v = int(ch)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        num = body + str((10 - tot % 10) % 10)
        if r.random() < 0.5:
            return num
        return " ".join(num[i:i + 4] for i in range(0, ln, 4))

    def iban(self, cc=None):
        r, d = self.r, self.d
        cc = cc or r.choice(["DE", "GB", "FR", "ES", "NL", "PL", "TR", "DE", "GB"])
        if cc == "DE":
            bban = str(r.randint(1, 8)) + d(7) + d(10)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SCBL"]) + d(6) + d(8)
        elif cc == "FR":
            bank, br, acc = d(5), d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
            bban = bank + br + acc + "%02d" % key
        elif cc == "ES":
            bank, br, acc = d(4), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def ctl(s):
                c = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                return 0 if c == 11 else (1 if c == 10 else c)
            bban = bank + br + str(ctl("00" + bank + br)) + str(ctl(acc)) + acc
        elif cc == "NL":
            while True:
                a = d(9)
                last = (-sum(int(x) * (10 - i) for i, x in enumerate(a))) % 11
                if last < 10:
                    break
            bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + a + str(last)
        elif cc == "PL":
            bban = d(24)
        else:  # TR
            cc = "TR"
            bban = d(5) + "0" + d(16)
        s = bban + cc + "00"
        num = "".join(str(int(c, 36)) for c in s)
        iban = "%s%02d%s" % (cc, 98 - int(num) % 97, bban)
        if r.random() < 0.5:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        return s if r.random() < 0.85 else s.replace("-", r.choice(["", " "]))

    def passport(self, cc):
        r, d, up = self.r, self.d, self.up
        if cc == "US":
            return d(9) if r.random() < 0.6 else r.choice("ACEFGH") + d(8)
        if cc == "GB":
            return d(9)
        if cc == "IN":
            return r.choice("JKLMNPRSTUVZ") + d(7)
        if cc in ("CN", "TW"):
            if cc == "TW":
                return "3" + d(8)
            return "E" + d(8) if r.random() < 0.6 else "E" + r.choice(UP) + d(7)
        if cc == "DE":
            return "C" + up(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return d(2) + up(2) + d(5)
        if cc == "PL":
            return up(2) + d(7)
        if cc == "TR":
            return "U" + d(8)
        if cc == "VN":
            return r.choice("BCN") + d(7)
        if cc == "BR":
            return up(2) + d(6)
        if cc == "JP":
            return r.choice(["TK", "TR", "MZ", "TZ"]) + d(7)
        if cc == "KR":
            return "M" + d(8)
        if cc == "RU":
            return d(2) + " " + d(7) if r.random() < 0.5 else d(9)
        if cc == "ES":
            return up(3) + d(6)
        if cc == "IT":
            return up(2) + d(7)
        if cc == "NL":
            return up(2) + up(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + d(1)
        return d(9)

    def cnid(self):
        r = self.r
        t = datetime(1960, 1, 1) + timedelta(days=r.randrange(16000))
        body = r.choice(CN_AREAS) + t.strftime("%Y%m%d") + "%03d" % r.randint(1, 999)
        return body + ID_C[sum(int(a) * b for a, b in zip(body, ID_W)) % 11]

    def uscc(self):
        """Unified social credit code of a company (18 chars, decoy for resident IDs)."""
        return "91" + self.r.choice(CN_AREAS) + self.up(9, "0123456789ABCDEFGHJKLMNPQRTUWXY") + \
            self.r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")

    def plate(self, cc):
        r, d, up = self.r, self.d, self.up
        if cc == "CN":
            p = r.choice(CN_PROV) + r.choice("ABCDEFGHJK")
            if r.random() < 0.25:
                tail = r.choice("DF") + d(5)
            else:
                tail = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ" if i < 2 else DIG)
                               for i in range(5))
            return p + r.choice(["", "·", "", " "]) + tail
        if cc == "TW":
            return up(3) + "-" + d(4)
        if cc == "US":
            k = r.randrange(3)
            return [d(1) + up(3) + d(3), up(3) + "-" + d(4), up(3) + " " + d(4)][k]
        if cc == "GB":
            return up(2) + r.choice(["19", "20", "21", "22", "23", "69", "70", "71", "72", "73"]) + \
                " " + up(3, "ABCDEFGHJKLMNPRSTUVWXYZ")
        if cc == "DE":
            city = r.choice(["B", "M", "HH", "K", "F", "S", "D", "DO", "E", "HB", "L", "DD", "N"])
            return city + r.choice(["-", " "]) + up(r.randint(1, 2)) + " " + str(r.randint(1, 9999))
        if cc == "FR":
            return up(2) + "-" + d(3) + "-" + up(2)
        if cc == "ES":
            return d(4) + " " + up(3, "BCDFGHJKLMNPRSTVWXYZ")
        if cc == "NL":
            return r.choice([d(2) + "-" + up(3) + "-" + d(1), up(2) + "-" + d(3) + "-" + up(1),
                             d(1) + "-" + up(3) + "-" + d(2)])
        if cc == "IT":
            return up(2) + " " + d(3) + " " + up(2)
        if cc == "PL":
            return r.choice(["WA", "KR", "PO", "GD", "WR", "LU"]) + " " + d(5)
        if cc == "BR":
            return up(3) + d(1) + up(1) + d(2) if r.random() < 0.6 else up(3) + "-" + d(4)
        if cc == "TR":
            return "%02d %s %s" % (r.choice([34, 6, 35, 16, 7, 41]), up(r.randint(1, 3)), d(3))
        if cc == "JP":
            return r.choice(["品川", "練馬", "横浜", "なにわ", "名古屋"]) + " " + d(3) + " " + \
                r.choice("あいうかきさすたなは") + " " + d(2) + "-" + d(2)
        if cc == "KR":
            return d(r.choice([2, 3])) + r.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호") + " " + d(4)
        if cc == "IN":
            return r.choice(["MH", "KA", "DL", "TN", "GJ"]) + " " + d(2) + " " + up(2) + " " + d(4)
        if cc == "RU":
            L = "АВЕКМНОРСТУХ"
            return r.choice(L) + d(3) + r.choice(L) + r.choice(L) + " " + r.choice(["77", "97", "177", "78", "50"])
        if cc == "VN":
            return d(2) + up(1) + "-" + d(3) + "." + d(2)
        return self.plate("US")

    # ------------------------------------------------------------ ids (decoys)
    def site(self):
        return "S-%03d" % self.r.randint(100, 420)

    def wid(self):
        return self.r.choice(["W-", "WK-", "EMP"]) + self.d(5)

    def badge(self):
        return self.r.choice(["B-", "BDG", "0x"]) + self.d(6)

    def crane(self):
        return self.r.choice(["TC-", "TC", "MC-", "CR-"]) + "%02d" % self.r.randint(1, 12)

    def fleet(self):
        return self.r.choice(["EX-", "GEN-", "TH-", "MEWP-", "DMP-", "RL-"]) + self.d(4)

    def masked_card(self):
        k = self.r.randrange(3)
        l4 = self.d(4)
        return ["****" + l4, "**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4][k]


TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


# =====================================================================
# Worker registration and gate attendance (English)
# =====================================================================

@T
def _t_turnstile_syslog(g):
    p = g.person()
    return g.mk('<134>{{ts}} gate-ctrl-0{{n}} turnstile[{{pid}}]: badge={{badge}} name="{{name}}" '
                'dir={{dir}} site={{site}} reader={{rip}}',
                ts=g.sys_ts(), n=g.r.randint(1, 4), pid=g.r.randint(1000, 9999),
                badge=(g.badge(), "badge_id"), name=(p.full, PE), dir=g.r.choice(["IN", "OUT"]),
                site=(g.site(), "site_id"), rip=(g.priv_ip(), "server_ip"))


@T
def _t_register_json_camel(g):
    p = g.rperson(["en_US"] * 5 + ["cn", "vi_VN", "es_ES", "pl_PL"])
    return g.mk('{"event":"worker.registered","workerId":"{{wid}}","fullName":"{{name}}",'
                '"mobile":"{{ph}}","email":"{{em}}","trade":"{{trade}}","employer":"{{co}}",'
                '"inductionDate":"{{d}}","ssn":"{{ssn}}","createdBy":"{{svc}}"}',
                wid=(g.wid(), "worker_id"), name=(p.full, PE), ph=(g.phone("US"), PH),
                em=(g.email(p), EM), trade=g.r.choice(TRADES), co=(g.company(), "company"),
                d=(g.date(), "date"), ssn=(g.ssn(), SS), svc=(g.svc(), "service_account"))


@T
def _t_register_kv_passport(g):
    p = g.person(["en_IN", "pl_PL", "tr_TR", "vi_VN", "pt_BR", "ru_RU", "cn", "es_ES", "it_IT"])
    cc = p.cc
    return g.mk('{{ts}} INFO  onboarding.svc - new worker registered worker_id={{wid}} '
                'given_name="{{fn}}" family_name="{{ln}}" nationality={{nat}} passport_no={{pp}} '
                'mobile={{ph}} sponsor="{{co}}" created_by={{svc}}',
                ts=g.iso(), wid=(g.wid(), "worker_id"), fn=(p.first, PE), ln=(p.last, PE), nat=cc,
                pp=(g.passport(cc), PP), ph=(g.phone(g.r.choice([cc, "GB"])), PH),
                co=(g.company(), "company"), svc=(g.svc(), "service_account"))


@T
def _t_attendance_csv(g):
    p = g.person(["en_GB"] * 3 + ["en_US", "en_IN", "pl_PL", "cn", "it_IT"])
    h = round(g.r.uniform(4, 11.5), 2)
    return g.mk('{{d}},{{site}},{{wid}},{{ln}},{{fn}},{{tin}},{{tout}},{{hrs}},{{trade}},"{{co}}"',
                d=(g.date(), "date"), site=(g.site(), "site_id"), wid=(g.wid(), "worker_id"),
                ln=(p.last, PE), fn=(p.first, PE), tin=g.hm(), tout=g.hm(), hrs=h,
                trade=g.r.choice(TRADES), co=(g.company(), "company"))


@T
def _t_access_log_user(g):
    p = g.rperson()
    return g.mk('{{ip}} - {{user}} [{{clf}}] "GET /api/v2/timesheets?week={{wk}}&site={{site}} HTTP/1.1" '
                '200 {{sz}} "-" "SiteTime/{{ver}} (Android 13; SM-A536B)"',
                ip=(g.pub_ip(), IP), user=(g.login(p), PE), clf=g.clf(), wk=g.r.randint(1, 52),
                site=(g.site(), "site_id"), sz=g.r.randint(200, 90000), ver=(g.version(), "version"))


@T
def _t_access_log_service(g):
    return g.mk('{{ip}} - {{svc}} [{{clf}}] "POST /internal/gate/sync?batch={{b}} HTTP/1.1" 204 0 "-" '
                '"python-requests/2.31.0" rt={{rt}}',
                ip=(g.priv_ip(), "internal_ip"), svc=(g.svc(), "service_account"), clf=g.clf(),
                b=(g.uuid(), "batch_id"), rt="0.%03d" % g.r.randint(1, 999))


@T
def _t_induction_sms(g):
    p = g.person(["en_GB", "en_GB", "en_US", "en_IN", "pl_PL"])
    cc = "US" if p.loc == "en_US" else "GB"
    return g.mk('SMS OUT to={{ph}} sender=SITEGATE msg="Hi {{fn}}, your site induction at {{site}} '
                'is booked for {{d}} 07:00. Bring photo ID and safety boots. Reply STOP to opt out" '
                'msg_id={{mid}}',
                ph=(g.phone(cc), PH), fn=(p.first, PE),
                site=g.r.choice(["Riverside Tower", "Harbour Point Block B", "Kingsway Depot",
                                 "Eastfield School extension"]),
                d=(g.date(), "date"), mid=(g.hx(16), "message_id"))


@T
def _t_gate_rollup(g):
    a = g.r.randint(40, 400)
    return g.mk('{{ts}} INFO attendance.rollup site={{site}} date={{d}} headcount_in={{a}} '
                'headcount_out={{b}} still_on_site={{c}} subcontractors={{k}} job_id={{u}} host={{h}}',
                ts=g.iso(), site=(g.site(), "site_id"), d=(g.date(), "date"), a=a,
                b=a - g.r.randint(0, 30), c=g.r.randint(0, 30), k=g.r.randint(3, 25),
                u=(g.uuid(), "job_id"), h=(g.host(), "hostname"))


# =====================================================================
# Wages (English)
# =====================================================================

@T
def _t_payroll_ach_masked(g):
    p = g.person(["en_US"] * 4 + ["es_ES", "cn", "vi_VN"])
    return g.mk('payroll-export: batch {{batch}} line {{ln}}: pay {{name}} net {{amt}} via ACH routing '
                '{{rt}} account {{acct}} (SSN on file {{mssn}})',
                batch=(f"PR-{g.d(6)}", "batch_id"), ln=g.r.randint(1, 400), name=(p.full, PE),
                amt=(g.amount("$", 400, 3000), "amount"), rt=(g.d(9), "routing_number"),
                acct=(g.r.choice(["****", "xxxx", "XXXXXX"]) + g.d(4), "masked"),
                mssn=("***-**-" + g.d(4), "masked"))


@T
def _t_ap_subcontractor(g):
    p = g.person(["en_GB", "en_US", "de_DE", "nl_NL", "fr_FR"])
    cc = {"de_DE": "DE", "nl_NL": "NL", "fr_FR": "FR"}.get(p.loc, g.r.choice(["GB", "DE"]))
    return g.mk('AP-APPROVAL invoice {{inv}} from {{co}} ({{amt}}) approved by {{name}}; remittance '
                'to {{iban}}; copy sent to {{mbox}}',
                inv=(f"INV-{g.r.randint(2022, 2025)}-{g.d(4)}", "invoice_no"), co=(g.company(), "company"),
                amt=(g.amount(g.r.choice(["€", "£", "$"]), 5000, 250000), "amount"),
                name=(p.full, PE), iban=(g.iban(cc), IB), mbox=(g.role_mail(), "role_mailbox"))


@T
def _t_java_ssn_trace(g):
    p = g.person(["en_US"] * 3 + ["es_ES", "en_IN", "cn"])
    return g.mk('ERROR [payroll-worker-{{t}}] c.h.payroll.TaxIdValidator - Duplicate SSN {{ssn}} for '
                'employee {{name}} (emp_id={{eid}}) java.lang.IllegalStateException: duplicate tax '
                'identifier at com.harrowvale.payroll.TaxIdValidator.check(TaxIdValidator.java:{{l1}}) '
                'at com.harrowvale.payroll.PayRunService.run(PayRunService.java:{{l2}})',
                t=g.r.randint(1, 8), ssn=(g.ssn(), SS), name=(p.full, PE), eid=(f"E{g.d(5)}", "employee_id"),
                l1=g.r.randint(20, 300), l2=g.r.randint(20, 900))


@T
def _t_wage_json_pascal(g):
    p = g.person(["de_DE", "nl_NL", "pl_PL", "en_GB", "fr_FR", "es_ES", "it_IT"])
    a = g.rperson(["en_GB", "de_DE", "nl_NL"])
    cc = {"de_DE": "DE", "nl_NL": "NL", "pl_PL": "PL", "fr_FR": "FR", "es_ES": "ES"}.get(p.loc, "GB")
    return g.mk('{"PayPeriod":"{{pp}}","EmployeeName":"{{name}}","HoursRegular":{{hr}},'
                '"HoursOvertime":{{ho}},"GrossPay":"{{gross}}","BankIban":"{{iban}}","ApprovedBy":"{{appr}}"}',
                pp=(f"{g.r.randint(2023, 2024)}-{g.r.randint(1, 12):02d}", "period"), name=(p.full, PE),
                hr=g.r.randint(120, 176), ho=g.r.randint(0, 40), gross=(g.amount("", 1500, 6000), "amount"),
                iban=(g.iban(cc), IB), appr=(g.login(a), PE))


@T
def _t_wage_dispute_note(g):
    hr = g.rperson(["en_GB", "en_US"])
    p = g.person(["en_GB", "en_GB", "en_US", "pl_PL", "en_IN", "pt_BR"])
    fm = g.person(["en_GB", "en_US", "en_IN"])
    return g.mk('CASE {{case}} note ({{hr}}): {{name}} called about missing overtime for week {{wk}}; '
                'says foreman {{fm}} signed the sheet. Call back on {{ph}}.',
                case=(f"HR-{g.d(5)}", "case_id"), hr=(g.login(hr), PE), name=(p.full, PE),
                wk=g.r.randint(1, 52), fm=(fm.first, PE), ph=(g.phone(p.cc if p.cc in ("US", "GB") else "GB"), PH))


@T
def _t_payrun_summary(g):
    run = f"PR-{g.r.randint(2023, 2024)}-W{g.r.randint(1, 52):02d}"
    return g.mk('{{ts}} INFO payrun {{run}} completed: employees={{n}} gross={{g}} net={{net}} '
                'tax={{t}} file=/exports/payroll/{{run2}}.csv sha256={{h}}',
                ts=g.iso(), run=(run, "run_id"), n=g.r.randint(20, 900),
                g=(g.amount("$", 100000, 900000), "amount"), net=(g.amount("$", 60000, 600000), "amount"),
                t=(g.amount("$", 10000, 200000), "amount"), run2=run, h=(g.hx(64), "hash"))


@T
def _t_expense_card(g):
    p = g.rperson()
    return g.mk('Expense {{exp}} submitted by {{em}}: hotel {{amt}} charged to card {{card}} exp '
                '{{ex}}; status PENDING_APPROVAL',
                exp=(f"EXP-{g.d(5)}", "expense_id"), em=(g.email(p, work=g.r.random() < 0.6), EM),
                amt=(g.amount(g.r.choice(["£", "$", "€"]), 80, 900), "amount"), card=(g.card(), CC),
                ex="%02d/%02d" % (g.r.randint(1, 12), g.r.randint(25, 30)))


@T
def _t_stripe_webhook(g):
    return g.mk('webhook stripe evt={{evt}} type=charge.succeeded customer={{cus}} card_last4={{l4}} '
                'amount={{amt}} currency=usd livemode=true src={{ip}}',
                evt=(f"evt_{g.b64(24)}", "event_id"), cus=(f"cus_{g.b64(14)}", "customer_id"),
                l4=(g.d(4), "masked"), amt=(str(g.r.randint(1000, 900000)), "amount"),
                ip=(g.priv_ip(), "gateway_ip"))


# =====================================================================
# Equipment and cranes (English)
# =====================================================================

@T
def _t_crane_lmi(g):
    return g.mk('CRANE {{cid}} LMI: load={{load}}t radius={{rad}}m moment={{mom}}% wind={{w}}m/s '
                'hook={{h}}m slew={{s}}deg status=OK fw={{v}}',
                cid=(g.crane(), "equipment_id"), load=round(g.r.uniform(0.2, 12), 2),
                rad=round(g.r.uniform(3, 70), 1), mom=g.r.randint(5, 99), w=round(g.r.uniform(0, 18), 1),
                h=round(g.r.uniform(5, 80), 1), s=g.r.randint(0, 359), v=(g.version(), "version"))


@T
def _t_telemetry_json(g):
    return g.mk('{"asset_id":"{{aid}}","ts":"{{ts}}","engine_hours":{{eh}},"fuel_pct":{{fp}},'
                '"lat":{{lat}},"lon":{{lon}},"gateway":"{{gw}}","fw":"{{v}}"}',
                aid=(g.fleet(), "equipment_id"), ts=g.iso(), eh=round(g.r.uniform(10, 12000), 1),
                fp=g.r.randint(1, 100), lat=round(g.r.uniform(50.5, 53.5), 5),
                lon=round(g.r.uniform(-2.5, 0.5), 5), gw=(g.priv_ip(), "server_ip"), v=(g.version(), "version"))


@T
def _t_telematics_apikey(g):
    return g.mk("{{ts}} DEBUG telematics.client GET https://api.fleetlink.io/v3/assets/{{aid}}/positions "
                "headers={'X-Api-Key': '{{key}}', 'Accept': 'application/json'} status={{st}}",
                ts=g.iso(), aid=(g.fleet(), "equipment_id"), key=(g.token(), CR),
                st=g.r.choice([200, 401, 429, 503]))


# =====================================================================
# Safety (English)
# =====================================================================

@T
def _t_incident_note(g):
    p, fa, w = g.person(), g.person(), g.person(["en_GB", "en_US", "en_IN", "pl_PL"])
    return g.mk('Incident {{inc}}: {{name}} ({{co}}) slipped on scaffold lift {{lvl}} at {{site}}, '
                'laceration to left hand. First aid by {{fa}}. Witness {{wit}} reachable on {{ph}}.',
                inc=(f"INC-{g.d(5)}", "incident_id"), name=(p.full, PE), co=(g.company(), "company"),
                lvl=g.r.randint(1, 9), site=(g.site(), "site_id"), fa=(fa.first, PE), wit=(w.full, PE),
                ph=(g.phone(w.cc), PH))


@T
def _t_near_miss(g):
    return g.mk('NEAR MISS {{nm}} {{site}} zone {{z}}: unsecured load on hoist stopped by banksman; '
                'corrective action {{ca}} assigned to Site Safety Lead; reported via {{mbox}}',
                nm=(f"NM-{g.d(4)}", "report_id"), site=(g.site(), "site_id"), z=g.up(1) + str(g.r.randint(1, 9)),
                ca=(f"CA-{g.d(3)}", "action_id"), mbox=(g.role_mail(), "role_mailbox"))


@T
def _t_inspection_title(g):
    p = g.person(["en_GB", "en_US", "en_IN", "fr_FR", "de_DE"])
    return g.mk('Inspection {{insp}} ({{d}}): scaffold tag expired on bay {{b}}; inspector {{title}} {{sn}} '
                'issued notice {{ntc}}; reinspection {{d2}}',
                insp=(f"INSP-{g.d(4)}", "inspection_id"), d=(g.date(), "date"), b=g.r.randint(1, 40),
                title=g.r.choice(["Dr.", "Mr.", "Ms.", "Mrs.", "Eng."]), sn=(p.last, PE),
                ntc=(f"N-{g.d(5)}", "notice_id"), d2=(g.date(), "date"))


@T
def _t_osha300(g):
    p = g.person(["en_US"] * 4 + ["es_ES", "pt_BR"])
    r = g.rperson(["en_US"])
    return g.mk('OSHA300 case {{case}} | employee {{name}} | SSN {{ssn}} | job {{job}} | event: fall from '
                'ladder | days away {{n}} | recorded by {{login}}',
                case=(f"{g.r.randint(2023, 2024)}-{g.d(3)}", "case_id"), name=(p.full, PE), ssn=(g.ssn(), SS),
                job=g.r.choice(TRADES), n=g.r.randint(0, 60), login=(g.login(r), PE))


@T
def _t_ptw(g):
    a, b, c = g.person(), g.person(), g.person()
    return g.mk('PTW {{ptw}} hot work approved - issuer {{a}}, receiver {{b}}, fire watch {{c}}, valid '
                '{{t1}}-{{t2}}, area {{area}}',
                ptw=(f"PTW-{g.d(4)}", "permit_id"), a=(a.full, PE), b=(b.full, PE), c=(c.first, PE),
                t1=g.hm(), t2=g.hm(), area=g.r.choice(["Level 3 core", "Basement B2", "Roof plant room"]))


@T
def _t_weather_stop(g):
    return g.mk('{{ts}} WARN site-weather {{site}} wind gust {{gu}}m/s exceeds crane limit 20m/s - tower '
                'cranes {{c1}},{{c2}} stood down; anemometer {{ip}}',
                ts=g.iso(), site=(g.site(), "site_id"), gu=round(g.r.uniform(20, 30), 1),
                c1=(g.crane(), "equipment_id"), c2=(g.crane(), "equipment_id"), ip=(g.priv_ip(), "device_ip"))


# =====================================================================
# Deliveries (English)
# =====================================================================

@T
def _t_delivery_note(g):
    p = g.person(["en_GB", "en_GB", "en_US", "pl_PL", "en_IN", "tr_TR"])
    return g.mk('DELIVERY {{dn}} {{mat}} from {{co}} truck {{plate}} driver {{name}} ({{ph}}) arrived '
                'gate {{gt}} {{t}}',
                dn=(f"DN-{g.d(6)}", "delivery_id"), mat=g.r.choice(EN_MATERIALS), co=(g.company(), "company"),
                plate=(g.plate(g.r.choice(["GB", "GB", "US", "PL", "DE"])), LP), name=(p.full, PE),
                ph=(g.phone(p.cc), PH), gt=g.r.randint(1, 4), t=g.hm())


@T
def _t_weighbridge(g):
    gr = g.r.randint(18000, 44000)
    ta = g.r.randint(9000, 16000)
    return g.mk('weighbridge WB-{{n}} ticket={{tk}} plate={{plate}} gross={{gr}}kg tare={{ta}}kg net={{ne}}kg '
                'material="{{mat}}"',
                n=g.r.randint(1, 3), tk=(f"T-{g.d(5)}", "ticket_id"),
                plate=(g.plate(g.r.choice(["GB", "US", "DE", "NL", "FR"])), LP), gr=gr, ta=ta, ne=gr - ta,
                mat=g.r.choice(EN_MATERIALS))


@T
def _t_epod_json(g):
    p = g.person(["en_GB", "en_US", "en_IN", "pl_PL", "pt_BR"])
    s = g.person()
    return g.mk('{"podId":"{{pod}}","driverName":"{{name}}","driverPhone":"{{ph}}","vehicleReg":"{{plate}}",'
                '"signedBy":"{{sb}}","signatureHash":"{{h}}","deliveredAt":"{{ts}}"}',
                pod=(f"POD-{g.d(7)}", "pod_id"), name=(p.full, PE), ph=(g.phone(p.cc), PH),
                plate=(g.plate(p.cc if p.cc in ("GB", "US", "PL", "BR", "IN") else "GB"), LP),
                sb=(s.full, PE), h=(g.hx(40), "hash"), ts=g.iso())


@T
def _t_purchase_order(g):
    return g.mk('PO {{po}} {{mat}} {{q}} @ {{price}} supplier {{co}} deliver to {{site}} gate {{gt}}, '
                'tracking {{trk}}',
                po=(f"45{g.d(8)}", "po_number"), mat=g.r.choice(EN_MATERIALS),
                q=g.r.choice([f"{g.r.randint(1, 40)}.0t", f"{g.r.randint(1, 12)}m3", f"{g.r.randint(10, 900)} units"]),
                price=(g.amount("$", 20, 900), "amount"), co=(g.company(), "company"),
                site=(g.site(), "site_id"), gt=g.r.randint(1, 4), trk=(f"1Z{g.up(6)}{g.d(10)}", "tracking_no"))


# =====================================================================
# Cameras (English)
# =====================================================================

@T
def _t_anpr_json(g):
    return g.mk('{"camera":"{{cam}}","event":"ANPR","plate":"{{plate}}","confidence":{{c}},"direction":"{{dir}}",'
                '"nvr":"{{nvr}}","image":"{{img}}"}',
                cam=(g.r.choice(CREW_CAMS), "camera_id"),
                plate=(g.plate(g.r.choice(["GB", "US", "DE", "FR", "NL", "ES", "IT", "PL"])), LP),
                c=round(g.r.uniform(0.6, 0.99), 2), dir=g.r.choice(["in", "out"]), nvr=(g.priv_ip(), "server_ip"),
                img=(f"snap_{g.hx(16)}.jpg", "file"))


@T
def _t_nvr_offline(g):
    ip = g.priv_ip()
    ch = g.r.randint(1, 16)
    return g.mk('NVR-{{n}} ch{{ch}} ({{cam}}) video loss at {{t}}, stream rtsp://{{ip}}:554/Streaming/Channels/'
                '{{ch}}01 model {{model}} fw {{v}}',
                n=g.r.randint(1, 4), ch=ch, cam=(g.r.choice(CREW_CAMS), "camera_id"), t=g.hm(),
                ip=(ip, "device_ip"), model=(g.r.choice(CAM_MODELS), "product"), v=(g.version(), "version"))


@T
def _t_camera_rtsp_creds(g):
    return g.mk('{{ts}} ERROR vms.ingest failed to open rtsp://{{user}}:{{pwd}}@{{ip}}:554/h264/ch1/main/'
                'av_stream (401 Unauthorized)',
                ts=g.iso(), user=(g.r.choice(["admin", "nvr-agent", "operator", "viewer"]), "service_account"),
                pwd=(g.pwd(url=True), CR), ip=(g.priv_ip(), "device_ip"))


@T
def _t_camera_bruteforce(g):
    return g.mk('{{ts}} cam-{{n}} httpd[{{pid}}]: login failed for user {{u}} from {{ip}} (attempt {{k}}/5)',
                ts=g.sys_ts(), n=g.r.randint(1, 30), pid=g.r.randint(100, 9999),
                u=(g.r.choice(["admin", "root", "service", "supervisor"]), "service_account"),
                ip=(g.pub_ip(), IP), k=g.r.randint(1, 5))


# =====================================================================
# Project management, documents, auth (English)
# =====================================================================

@T
def _t_rfi(g):
    p, q = g.rperson(), g.person()
    return g.mk('DocFlow: {{rfi}} "{{title}}" submitted by {{name}} <{{em}}>; assigned to {{name2}} ({{co}}); '
                'due {{d}}',
                rfi=(f"RFI-{g.d(4)}", "rfi_id"),
                title=g.r.choice(["Level 4 slab penetrations", "Stair core setting-out", "Facade bracket spacing",
                                  "Drainage invert levels"]),
                name=(p.full, PE), em=(g.email(p, work=True), EM), name2=(q.full, PE),
                co=(g.company(), "company"), d=(g.date(), "date"))


@T
def _t_webhook_snake(g):
    p = g.rperson()
    return g.mk('{"event_type":"submittal.status_changed","resource_id":{{rid}},"project_id":{{pid}},'
                '"user":{"id":{{uid}},"login":"{{login}}","email":"{{em}}"},"status":"{{st}}","ts":"{{ts}}"}',
                rid=(g.d(8), "resource_id"), pid=(g.d(6), "project_id"), uid=(g.d(7), "user_id"),
                login=(g.login(p), PE), em=(g.email(p, work=True), EM),
                st=g.r.choice(["approved", "revise_resubmit", "rejected", "open"]), ts=g.iso())


@T
def _t_email_noreply(g):
    p = g.rperson()
    return g.mk('From: Procore <{{nr}}> To: "{{name}}" <{{em}}> Subject: [{{proj}}] Drawing {{dwg}} rev {{rev}} '
                'issued for construction',
                nr=(g.r.choice(["noreply@procore.com", "no-reply@aconex.com", "notifications@autodesk.com"]), "role_mailbox"),
                name=(p.full, PE), em=(g.email(p, work=g.r.random() < 0.7), EM),
                proj=g.r.choice(["Riverside Tower", "HPB-B", "Kingsway Depot"]),
                dwg=(f"{g.up(1)}-{g.d(3)}", "drawing_no"), rev=g.up(1))


@T
def _t_audit_bank(g):
    a = g.rperson(["en_GB", "en_US"])
    return g.mk('AUDIT {{ts}} actor={{actor}} action=UPDATE_BANK_DETAILS target=worker:{{wid}} old={{old}} '
                'new={{iban}} src_ip={{ip}}',
                ts=g.iso(), actor=(g.login(a), PE), wid=(g.wid(), "worker_id"), old=("****" + g.d(4), "masked"),
                iban=(g.iban(), IB), ip=(g.pub_ip(), IP))


@T
def _t_password_reset(g):
    p = g.rperson()
    return g.mk('auth[{{pid}}]: password reset for {{em}} from {{ip}}; temporary password {{pwd}} issued, '
                'must change at next login',
                pid=g.r.randint(100, 99999), em=(g.email(p), EM), ip=(g.pub_ip(), IP), pwd=(g.pwd(), CR))


@T
def _t_sshd_accepted(g):
    return g.mk('{{ts}} pm-app-01 sshd[{{pid}}]: Accepted publickey for {{svc}} from {{ip}} port {{port}} '
                'ssh2: RSA SHA256:{{fp}}',
                ts=g.sys_ts(), pid=g.r.randint(100, 99999),
                svc=(g.r.choice(["jenkins", "deploy", "ansible", "ci-runner"]), "service_account"),
                ip=(g.priv_ip(), "internal_ip"), port=g.r.randint(30000, 65000), fp=(g.b64(43), "fingerprint"))


@T
def _t_session_create(g):
    p = g.rperson()
    return g.mk('session.create sid={{sid}} user={{login}} ip={{ip}} ua="SiteApp/{{v}} (iPhone; iOS 17.2)" '
                'ttl=28800',
                sid=(g.token(), CR), login=(g.login(p), PE), ip=(g.pub_ip(), IP), v=(g.version(), "version"))


@T
def _t_config_aws(g):
    return g.mk('{{ts}} INFO config: loaded env PHOTO_BUCKET=site-photos-prod AWS_ACCESS_KEY_ID={{akid}} '
                'AWS_SECRET_ACCESS_KEY={{sk}} REGION=eu-west-2',
                ts=g.iso(), akid=("AKIA" + g.up(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), CR), sk=(g.b64(40), CR))


@T
def _t_db_conn(g):
    return g.mk('{{ts}} WARN pool: retrying connection postgresql://{{dbu}}:{{pwd}}@{{ip}}:5432/projects '
                '(attempt {{k}})',
                ts=g.iso(), dbu=(g.r.choice(["site_app", "payroll_rw", "postgres", "docctl"]), "service_account"),
                pwd=(g.pwd(url=True), CR), ip=(g.priv_ip(), "server_ip"), k=g.r.randint(1, 5))


@T
def _t_doc_approval(g):
    return g.mk('{{ts}} INFO docctl: {{doc}} rev {{rev}} state IFC->Approved, sha256={{h}}, workflow {{wf}}, '
                '{{n}} reviewers',
                ts=g.iso(), doc=(f"{g.r.choice(['A', 'S', 'M', 'E'])}-{g.d(3)}-{g.up(2)}", "drawing_no"),
                rev=g.up(1) + str(g.r.randint(1, 9)), h=(g.hx(64), "hash"), wf=(g.uuid(), "workflow_id"),
                n=g.r.randint(1, 6))


@T
def _t_helpdesk_ticket(g):
    p = g.rperson()
    return g.mk('TICKET #{{t}} | opened by {{em}} | "cannot log in to SiteApp, new phone number is {{ph}}" | '
                'assignee {{mbox}} | priority P3',
                t=(g.d(5), "ticket_id"), em=(g.email(p, work=g.r.random() < 0.5), EM), ph=(g.phone(p.cc), PH),
                mbox=(g.role_mail(), "role_mailbox"))


@T
def _t_teams_webhook(g):
    p = g.person(["en_GB", "en_US", "en_IN"])
    return g.mk('teams.webhook channel=site-ops from="{{name}}" text="Crane {{cid}} down again, call me on '
                '{{ph}} - {{fn}}"',
                name=(p.full, PE), cid=(g.crane(), "equipment_id"), ph=(g.phone(p.cc), PH), fn=(p.first, PE))


@T
def _t_unique_violation(g):
    p = g.rperson()
    return g.mk('psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint '
                '"workers_email_key" DETAIL: Key (email)=({{em}}) already exists. [worker import row {{row}}, '
                'file {{file}}]',
                em=(g.email(p), EM), row=g.r.randint(2, 900), file=(f"import_{g.d(8)}.xlsx", "file"))


@T
def _t_healthcheck(g):
    return g.mk('{{ip}} - - [{{clf}}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" upstream={{up}}:8080 '
                'lb={{h}}',
                ip=(g.priv_ip(), "internal_ip"), clf=g.clf(), up=(g.priv_ip(), "internal_ip"), h=(g.host(), "hostname"))


@T
def _t_i9_passport(g):
    p = g.person(["en_US"] * 3 + ["es_ES", "en_IN"])
    r = g.rperson(["en_US"])
    return g.mk('I-9 section 2 completed for {{name}}: List A document US passport {{pp}} exp {{d}}; verified by '
                '{{login}}',
                name=(p.full, PE), pp=(g.passport("US"), PP), d=(g.date(), "date"), login=(g.login(r), PE))


@T
def _t_vendor_onboard(g):
    p = g.rperson(["en_US", "en_US", "en_GB"])
    return g.mk('vendor.onboarded id={{v}} name="{{co}}" ein={{ein}} contact="{{name}}" phone={{ph}} email={{em}} '
                'insurance_exp={{d}}',
                v=(f"VND-{g.d(4)}", "vendor_id"), co=(g.company(), "company"), ein=(f"{g.d(2)}-{g.d(7)}", "tax_id"),
                name=(p.full, PE), ph=(g.phone(p.cc), PH), em=(g.email(p, work=True), EM), d=(g.date(), "date"))


@T
def _t_dotted_json(g):
    p = g.rperson()
    return g.mk('{"user.id":"{{uid}}","user.name":"{{login}}","client.ip":"{{ip}}","server.ip":"{{sip}}",'
                '"http.method":"POST","url.path":"/api/approvals/{{aid}}","event.outcome":"success"}',
                uid=(g.uuid(), "user_id"), login=(g.login(p), PE), ip=(g.pub_ip(), IP),
                sip=(g.priv_ip(), "server_ip"), aid=(g.d(6), "approval_id"))


@T
def _t_site_radio(g):
    song, artist = g.r.choice(SONGS)
    return g.mk('site radio request log: "{{song}}" by {{pf}} played at {{t}} in canteen (kiosk {{k}})',
                song=song, pf=(artist, "public_figure"), t=g.hm(), k=(f"K-{g.d(2)}", "device_id"))


# =====================================================================
# Other European languages, Japanese, Korean
# =====================================================================

@T
def _t_fr_pointage(g):
    p = g.person(loc="fr_FR")
    return g.mk('Pointage chantier {{site}} : {{name}} entré à {{h}}h{{m}}, badge {{b}}, tél. {{ph}}',
                site=(g.site(), "site_id"), name=(p.full, PE), h="%02d" % g.r.randint(6, 9),
                m="%02d" % g.r.randrange(60), b=(g.badge(), "badge_id"), ph=(g.phone("FR"), PH))


@T
def _t_fr_accident(g):
    p, w = g.person(loc="fr_FR"), g.person(loc="fr_FR")
    return g.mk("Déclaration d'accident {{ref}} : M. {{ln}} ({{co}}) chute de plain-pied, témoin {{wit}}, "
                "joignable au {{ph}}",
                ref=(f"AT-{g.d(5)}", "report_id"), ln=(p.last, PE),
                co=(g.r.choice(["Vinci Construction", "Bouygues Bâtiment", "Eiffage", "Spie batignolles"]), "company"),
                wit=(w.full, PE), ph=(g.phone("FR"), PH))


@T
def _t_de_lohn(g):
    p = g.person(loc=g.r.choice(["de_DE", "de_DE", "pl_PL", "tr_TR"]))
    return g.mk('Lohnabrechnung {{mo}}/{{y}}: Überweisung an {{name}}, IBAN {{iban}}, Betrag {{amt}} EUR, '
                'Verwendungszweck LOHN-{{ref}}',
                mo="%02d" % g.r.randint(1, 12), y=g.r.randint(2023, 2024), name=(p.full, PE),
                iban=(g.iban("DE"), IB), amt=(g.amount("EUR_DE", 1200, 4800), "amount"), ref=(g.d(6), "reference"))


@T
def _t_de_kran(g):
    p = g.person(loc="de_DE")
    return g.mk('Kranprotokoll {{cid}} ({{model}}): Kranführer {{name}}, Schicht {{s}}, Windwarnung {{w}} m/s, '
                'keine Mängel, Bauleiter Hr. {{bl}}',
                cid=(g.crane(), "equipment_id"), model=(g.r.choice(CRANE_MODELS), "product"), name=(p.full, PE),
                s=g.r.choice(["Früh", "Spät"]), w=str(round(g.r.uniform(5, 20), 1)).replace(".", ","),
                bl=(g.person(loc="de_DE").last, PE))


@T
def _t_es_incidente(g):
    p, w = g.person(loc="es_ES"), g.person(loc="es_ES")
    return g.mk('Incidente de seguridad {{ref}}: el trabajador {{name}} sufrió una caída desde andamio; '
                'testigo {{wit}}, móvil {{ph}}',
                ref=(f"INC-{g.d(4)}", "incident_id"), name=(p.full, PE), wit=(w.first, PE), ph=(g.phone("ES"), PH))


@T
def _t_pt_entrega(g):
    p = g.person(loc="pt_BR")
    return g.mk('Entrega de material {{ref}}: motorista {{name}}, placa {{plate}}, celular {{ph}}, nota fiscal '
                '{{nf}}, fornecedor {{co}}',
                ref=(f"ENT-{g.d(5)}", "delivery_id"), name=(p.full, PE), plate=(g.plate("BR"), LP),
                ph=(g.phone("BR"), PH), nf=(g.d(9), "invoice_no"),
                co=(g.r.choice(["Votorantim Cimentos", "Gerdau", "Concreto Forte Ltda", "Tigre"]), "company"))


@T
def _t_it_ispezione(g):
    p = g.person(loc="it_IT")
    return g.mk('Verbale ispezione {{ref}}: ispettore Ing. {{sn}}, gru {{cid}} conforme, prossima verifica {{d}}',
                ref=(f"VI-{g.d(4)}", "report_id"), sn=(p.last, PE), cid=(g.crane(), "equipment_id"),
                d=(g.date(), "date"))


@T
def _t_nl_toegang(g):
    p = g.person(loc="nl_NL")
    return g.mk('Toegang geweigerd poort {{gt}}: {{name}} (kenteken {{plate}}) heeft geen geldig VCA-certificaat; '
                'contact {{ph}}',
                gt=g.r.randint(1, 3), name=(p.full, PE), plate=(g.plate("NL"), LP), ph=(g.phone("NL"), PH))


@T
def _t_pl_wyplata(g):
    p = g.person(loc="pl_PL")
    return g.mk('Wypłata {{ref}}: {{name}}, konto {{iban}}, kwota {{amt}} PLN, tel. {{ph}}',
                ref=(f"WYP/{g.d(4)}/{g.r.randint(2023, 2024)}", "reference"), name=(p.full, PE),
                iban=(g.iban("PL"), IB), amt=(g.amount("PLN", 2000, 9000), "amount"), ph=(g.phone("PL"), PH))


@T
def _t_tr_kayit(g):
    p = g.person(loc="tr_TR")
    return g.mk('İşçi kaydı {{wid}}: {{name}}, tel {{ph}}, e-posta {{em}}, şantiye {{site}}',
                wid=(g.wid(), "worker_id"), name=(p.full, PE), ph=(g.phone("TR"), PH), em=(g.email(p), EM),
                site=(g.site(), "site_id"))


@T
def _t_ja_nyujo(g):
    p = g.person(loc="ja_JP")
    return g.mk('入場記録 {{site}} {{t}} {{name}} 様 (協力会社 {{co}}) 携帯 {{ph}} 車両 {{plate}}',
                site=(g.site(), "site_id"), t=g.hm(), name=(p.full, PE),
                co=(g.r.choice(["大林組", "鹿島建設", "清水建設", "山田工務店"]), "company"),
                ph=(g.phone("JP"), PH), plate=(g.plate("JP"), LP))


@T
def _t_ko_chulip(g):
    p = g.person(loc="ko_KR")
    return g.mk('출입 기록 {{site}} {{t}} {{name}} 연락처 {{ph}} 차량 {{plate}} 게이트 {{gt}}',
                site=(g.site(), "site_id"), t=g.hm(), name=(p.full, PE), ph=(g.phone("KR"), PH),
                plate=(g.plate("KR"), LP), gt=g.r.randint(1, 4))


# =====================================================================
# Chinese (simplified and traditional)
# =====================================================================

def _proj(g):
    return "XM" + g.d(8)


@T
def _t_zh_attendance_json(g):
    p = g.cnp()
    return g.mk('{"项目编号":"{{pj}}","姓名":"{{name}}","身份证号":"{{id}}","工种":"{{trade}}",'
                '"考勤时间":"{{ts}}","方向":"{{dir}}","闸机":"{{gate}}"}',
                pj=(_proj(g), "project_id"), name=(p.full, PE), id=(g.cnid(), ID), trade=g.r.choice(CN_TRADES),
                ts=g.cn_ts(), dir=g.r.choice(["进场", "出场"]), gate=(f"ZJ-{g.d(2)}", "device_id"))


@T
def _t_zh_wage_batch(g):
    p = g.cnp()
    gross = g.r.randint(4000, 15000)
    return g.mk('工资代发批次 {{batch}}：{{name}} 工资卡 {{card}} 应发 {{gross}} 实发 {{net}} 状态 成功',
                batch=(f"PAY{g.r.randint(2023, 2024)}{g.r.randint(1, 12):02d}-{g.d(4)}", "batch_id"),
                name=(p.full, PE), card=(g.cn_card(), CC), gross=("¥{:,.2f}".format(gross), "amount"),
                net=("¥{:,.2f}".format(gross * 0.93), "amount"))


@T
def _t_zh_chat_titles(g):
    s1, s2 = g.r.choice(CN_SUR)[0], g.r.choice(CN_SUR)[0]
    p = g.cnp()
    return g.mk('[工地群] {{s1}}经理：明天上午{{cid}}塔吊检修，请{{s2}}师傅通知司机{{name}}，有事打我电话{{ph}}',
                s1=(s1, PE), cid=(g.crane(), "equipment_id"), s2=(s2, PE), name=(p.full, PE),
                ph=(g.phone("CN"), PH))


@T
def _t_zh_crane_lmi(g):
    return g.mk('塔吊 {{cid}} 吊重 {{load}}t 幅度 {{rad}}m 力矩 {{mom}}% 风速 {{w}}m/s 高度 {{h}}m 状态 正常 '
                '设备IP {{ip}}',
                cid=(g.r.choice(["QTZ80-", "QTZ125-", "TC6013-"]) + "%02d" % g.r.randint(1, 9), "equipment_id"),
                load=round(g.r.uniform(0.2, 8), 2), rad=round(g.r.uniform(3, 60), 1), mom=g.r.randint(5, 99),
                w=round(g.r.uniform(0, 15), 1), h=round(g.r.uniform(10, 120), 1), ip=(g.priv_ip(), "device_ip"))


@T
def _t_zh_accident(g):
    p = g.cnp()
    return g.mk('事故快报：{{bld}}号楼{{fl}}层 工人{{name}}被坠物砸伤左臂，已送{{hosp}}，现场负责人{{s}}工，'
                '联系电话{{ph}}',
                bld=g.r.randint(1, 12), fl=g.r.randint(1, 33), name=(p.full, PE),
                hosp=g.r.choice(["市第一人民医院", "区中心医院", "市第六人民医院"]),
                s=(g.r.choice(CN_SUR)[0], PE), ph=(g.phone("CN"), PH))


@T
def _t_zh_patrol_masked(g):
    return g.mk('安全巡检 {{d}} 发现隐患 {{n}} 项，整改通知单 {{zg}}，责任单位 {{co}}，联系电话 {{mp}}，'
                '整改期限 {{d2}}',
                d=(g.date(), "date"), n=g.r.randint(1, 12), zg=(f"ZG-{g.r.randint(2023, 2024)}-{g.d(3)}", "notice_id"),
                co=(g.cn_company(), "company"), mp=(g.cn_landline_masked(), "masked"), d2=(g.date(), "date"))


@T
def _t_zh_material_in(g):
    p = g.cnp()
    return g.mk('材料进场登记 {{dn}}：{{mat}}，供应商 {{co}}，车牌 {{plate}}，司机 {{name}}（{{ph}}），'
                '进场时间 {{t}}',
                dn=(f"JC{g.d(8)}", "delivery_id"), mat=g.r.choice(CN_MATERIALS), co=(g.cn_company(), "company"),
                plate=(g.plate("CN"), LP), name=(p.full, PE), ph=(g.phone("CN"), PH), t=g.hm())


@T
def _t_zh_anpr(g):
    return g.mk('{{ts}} [ANPR] 出入口{{gt}} 车牌 {{plate}} 置信度 {{c}} 方向 {{dir}} 抓拍 {{img}} 设备 {{ip}}',
                ts=g.cn_ts(), gt=g.r.randint(1, 4), plate=(g.plate("CN"), LP), c=round(g.r.uniform(0.7, 0.99), 2),
                dir=g.r.choice(["入场", "出场"]), img=(f"{g.hx(12)}.jpg", "file"), ip=(g.priv_ip(), "device_ip"))


@T
def _t_zh_oa_approval(g):
    a = g.cnp()
    return g.mk('OA审批 流程[{{flow}}] 发起人:{{a}} 审批人:{{s}}总 意见:同意 时间:{{ts}}',
                flow=(g.r.choice(["图纸变更", "签证单", "付款申请", "材料计划"]) + f" BG-{g.d(3)}", "workflow_id"),
                a=(a.full, PE), s=(g.r.choice(CN_SUR)[0], PE), ts=g.cn_ts())


@T
def _t_zh_quote_board(g):
    return g.mk('宣传栏更新 第{{n}}期：引用{{pf}}名言“{{q}}”，安全标语由{{co}}提供',
                n=g.r.randint(1, 80), pf=(g.r.choice(["鲁迅", "雷锋", "茅以升"]), "public_figure"),
                q=g.r.choice(CN_QUOTES), co=(g.cn_company(), "company"))


@T
def _t_zh_wecom(g):
    p = g.cnp()
    return g.mk('企业微信通知 @{{name}} 请于17:00前提交今日施工日志，如有问题联系小{{s}}（{{ph}}）',
                name=(p.full, PE), s=(g.r.choice(CN_SUR)[0], PE), ph=(g.phone("CN"), PH))


@T
def _t_tw_attendance(g):
    p = g.person(loc="zh_TW")
    return g.mk('工地出勤 {{site}} {{name}} 手機 {{ph}} 打卡 {{t}} 班別 {{cls}}',
                site=(g.site(), "site_id"), name=(p.full, PE), ph=(g.phone("TW"), PH), t=g.hm(),
                cls=g.r.choice(["日班", "夜班"]))


@T
def _t_tw_payslip_mail(g):
    p = g.person(loc="zh_TW")
    q = g.rperson(["cn"])
    return g.mk('薪資單已寄送 {{name}} <{{em}}> 金額 NT${{amt}} 批次 {{b}} 承攬商 {{co}}',
                name=(p.full, PE), em=(g.email(q), EM), amt=("{:,}".format(g.r.randint(28000, 90000)), "amount"),
                b=(f"PS{g.d(6)}", "batch_id"), co=(g.r.choice(TW_COMPANIES), "company"))


@T
def _t_zh_dotted_kv(g):
    p = g.cnp()
    op = g.rperson(["cn"])
    return g.mk('worker.name={{name}} worker.idcard={{id}} worker.phone={{ph}} worker.team={{team}} op=新增 '
                'operator={{op}}',
                name=(p.full, PE), id=(g.cnid(), ID), ph=(g.phone("CN"), PH),
                team=g.r.choice(["钢筋一班", "木工二班", "架子班", "水电班"]), op=(g.login(op), PE))


@T
def _t_zh_idcard_trace(g):
    p = g.cnp()
    return g.mk('{{ts}} ERROR c.s.labor.IdCardValidator - 身份证校验失败(年龄超过60周岁): 姓名={{name}}, '
                '身份证={{id}}, 行号={{row}} at com.site.labor.IdCardValidator.validate(IdCardValidator.java:{{ln}})',
                ts=g.cn_ts(), name=(p.full, PE), id=(g.cnid(), ID), row=g.r.randint(2, 500), ln=g.r.randint(20, 300))


@T
def _t_zh_sub_settlement(g):
    return g.mk('分包结算单 {{no}} 收款单位 {{co}} 统一社会信用代码 {{uscc}} 结算金额 {{amt}} 审核状态 已通过',
                no=(f"FB-{g.r.randint(2023, 2024)}-{g.d(4)}", "settlement_id"), co=(g.cn_company(), "company"),
                uscc=(g.uscc(), "company_code"), amt=(g.amount("¥", 50000, 3000000), "amount"))


@T
def _t_zh_wage_sms(g):
    p = g.cnp()
    return g.mk('【{{brand}}】尊敬的{{name}}，您{{m}}月工资{{amt}}元已发放至尾号{{tail}}的银行卡，如有疑问请致电{{hot}}。',
                brand=(g.r.choice(["华城建工", "中恒建设", "鑫源劳务"]), "company"), name=(p.full, PE),
                m=g.r.randint(1, 12), amt=(str(g.r.randint(3000, 15000)), "amount"), tail=(g.d(4), "masked"),
                hot=(g.hotline(), "hotline"))


@T
def _t_zh_foreign_passport(g):
    p = g.person(["en_GB", "en_US", "vi_VN", "ko_KR", "ja_JP", "ru_RU", "de_DE", "en_IN"])
    op = g.rperson(["cn"])
    return g.mk('外籍人员登记 姓名：{{name}} 国籍：{{nat}} 护照号：{{pp}} 手机：{{ph}} 登记人：{{op}}',
                name=(p.full, PE), nat=p.cc, pp=(g.passport(p.cc), PP), ph=(g.phone("CN"), PH), op=(g.login(op), PE))


@T
def _t_zh_dispatch_abroad(g):
    p = g.cnp()
    return g.mk('劳务派遣出境备案 {{name}} 护照 {{pp}} 身份证 {{id}} 派往 {{country}} 项目 {{pj}}',
                name=(p.full, PE), pp=(g.passport("CN"), PP), id=(g.cnid(), ID),
                country=g.r.choice(["阿联酋", "沙特", "新加坡", "阿尔及利亚", "印尼"]), pj=(_proj(g), "project_id"))


@T
def _t_zh_login_fail(g):
    p = g.rperson(["cn"])
    return g.mk('{{ts}} 项目管理系统 用户 {{login}} 从 {{ip}} 登录失败（密码错误）第{{k}}次',
                ts=g.cn_ts(), login=(g.login(p), PE), ip=(g.pub_ip(), IP), k=g.r.randint(1, 5))


@T
def _t_zh_jdbc(g):
    return g.mk('{{ts}} WARN 数据源初始化 jdbc:mysql://{{ip}}:3306/labor?user={{u}}&password={{pwd}}&useSSL=false '
                '连接超时',
                ts=g.cn_ts(), ip=(g.priv_ip(), "server_ip"), u=(g.r.choice(["labor_app", "root", "lw_rw"]), "service_account"),
                pwd=(g.pwd(url=True), CR))


@T
def _t_zh_equipment_accept(g):
    p = g.cnp()
    return g.mk('设备进场验收 {{model}} 出厂编号 {{sn}} 租赁单位 {{co}} 操作手 {{name}} 验收人 {{s}}工 结论 合格',
                model=(g.r.choice(CN_PLANT), "product"), sn=(g.up(2) + g.d(8), "serial_no"),
                co=(g.cn_company(), "company"), name=(p.full, PE), s=(g.r.choice(CN_SUR)[0], PE))


@T
def _t_zh_lift_report(g):
    return g.mk('起重机械检测报告 {{rep}} 设备 {{cid}} 检测机构 {{co}} 结论 合格 有效期至 {{d}} 报告哈希 {{h}}',
                rep=(f"QZ{g.d(10)}", "report_no"), cid=(g.crane(), "equipment_id"), co=(g.cn_company(), "company"),
                d=(g.date(), "date"), h=(g.hx(32), "hash"))


@T
def _t_tw_supervisor(g):
    p = g.person(loc="zh_TW")
    return g.mk('監理巡查 {{site}} 監理工程師 {{s}}先生 發現 {{n}} 項缺失，承攬商 {{co}}，聯絡人 {{name}}',
                site=(g.site(), "site_id"), s=(g.person(loc="zh_TW").last, PE), n=g.r.randint(1, 9),
                co=(g.r.choice(TW_COMPANIES), "company"), name=(p.full, PE))


@T
def _t_zh_access_log_mobile(g):
    p = g.rperson(["cn"])
    n = g.phone("CN")
    n = n.replace(" ", "").replace("-", "").replace("+86", "")
    return g.mk('{{ip}} - {{login}} [{{clf}}] "POST /api/attendance/clock?mobile={{ph}}&site={{site}} HTTP/1.1" 200 {{sz}}',
                ip=(g.pub_ip(), IP), login=(g.login(p), PE), clf=g.clf(), ph=(n, PH), site=(g.site(), "site_id"),
                sz=g.r.randint(50, 3000))


@T
def _t_zh_muck_truck(g):
    p = g.cnp()
    return g.mk('渣土车监管 车牌 {{plate}} 驾驶员 {{name}} 驾驶证号 {{id}} 超速 {{sp}}km/h 抓拍设备 {{cam}}',
                plate=(g.plate("CN"), LP), name=(p.full, PE), id=(g.cnid(), ID), sp=g.r.randint(41, 80),
                cam=(f"CAM-{g.d(4)}", "camera_id"))


@T
def _t_zh_broadcast(g):
    return g.mk('工地广播 {{t}} 播放《{{prog}}》——{{pf}}的故事，安全教育第{{n}}讲，音量 {{v}}%',
                t=g.hm(), prog=g.r.choice(["铁路之父", "大国工匠", "中国桥梁"]),
                pf=(g.r.choice(["詹天佑", "茅以升", "梁思成"]), "public_figure"), n=g.r.randint(1, 50),
                v=g.r.randint(30, 90))


@T
def _t_zh_pay_callback(g):
    p = g.cnp()
    return g.mk('{"事件":"工资支付","批次号":"{{b}}","收款人":"{{name}}","收款账户":"{{mc}}","金额":"{{amt}}",'
                '"回调IP":"{{ip}}"}',
                b=(f"B{g.d(12)}", "batch_id"), name=(p.full, PE),
                mc=(g.r.choice(["6222", "6228", "6217"]) + "********" + g.d(4), "masked"),
                amt=(g.amount("", 3000, 15000), "amount"), ip=(g.priv_ip(), "gateway_ip"))


@T
def _t_tw_incident(g):
    p = g.person(loc="zh_TW")
    return g.mk('工安事故通報 {{ref}}：{{name}} 於 {{fl}} 樓跌倒，送醫 {{hosp}}，家屬電話 {{ph}}',
                ref=(f"AC-{g.d(5)}", "incident_id"), name=(p.full, PE), fl=g.r.randint(1, 30),
                hosp=g.r.choice(["台大醫院", "長庚醫院", "榮總"]), ph=(g.phone("TW"), PH))


@T
def _t_zh_email_header(g):
    p = g.rperson(["cn"])
    return g.mk('From: {{name}} <{{em}}> To: {{mbox}} Subject: 关于{{site}}项目钢筋进场复检的函 Date: {{ts}}',
                name=(p.full, PE), em=(g.email(p), EM), mbox=(g.r.choice(["zlb", "xmb", "jl", "office"]) + "@" +
                                                              g.r.choice(["hcjg.com.cn", "zhjs.cn"]), "role_mailbox"),
                site=(g.site(), "site_id"), ts=g.cn_ts())


@T
def _t_zh_register_csv(g):
    p = g.cnp()
    return g.mk('{{name}},{{sex}},{{id}},{{ph}},{{trade}},{{co}},{{d}}',
                name=(p.full, PE), sex=g.r.choice(["男", "女"]), id=(g.cnid(), ID), ph=(g.phone("CN"), PH),
                trade=g.r.choice(CN_TRADES), co=(g.cn_company(), "company"), d=(g.date(), "date"))


# =====================================================================

def _check(text, spans, decoys):
    assert "\n" not in text and "\r" not in text, text
    items = sorted([(s, e, t, "span") for s, e, t in spans] + [(s, e, k, "decoy") for s, e, k in decoys])
    prev = 0
    for s, e, lab, _ in items:
        assert 0 <= s < e <= len(text), (text, s, e)
        assert s >= prev, ("overlap", text, items)
        assert text[s:e].strip() == text[s:e], (text, s, e)
        prev = e
    for s, e, t in spans:
        assert t in TYPES, t


def blind_log38(n: int, seed: int = 0) -> list:
    g = G(seed)
    out = []
    for _ in range(n):
        i = g.r.randrange(len(TEMPLATES))
        text, spans, decoys = TEMPLATES[i](g)
        _check(text, spans, decoys)
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": i})
    return out


if __name__ == "__main__":
    import sys
    import time
    from collections import Counter
    t0 = time.time()
    rows = blind_log38(int(sys.argv[1]) if len(sys.argv) > 1 else 5000,
                       int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    print("templates", len(TEMPLATES), "lines", len(rows), "secs %.2f" % (time.time() - t0))
    print(Counter(t for r in rows for _, _, t in r["spans"]))
