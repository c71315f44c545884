"""Blind PII log-line generator #33.

Theme: a charity, its donors and volunteers -- donation processing and recurring
gifts, gift-aid / tax receipts, volunteer rosters, event registrations,
beneficiary case notes, CRM exports, payment-gateway webhooks, mailing campaigns.

    blind_log33(n, seed=0) -> list[dict]

Each dict: {"text", "spans", "decoys", "template"}; spans are
[start, end, TYPE] for every personal value planted, decoys are
[start, end, kind] for look-alike non-personal values that must survive.

Only the standard library and Faker are used.
"""
from __future__ import annotations

import random
import string
import unicodedata

from faker import Faker

__all__ = ["blind_log33", "TEMPLATES", "TYPES"]

TYPES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
    "LICENSE_PLATE",
})

LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE",
           "es_ES", "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL",
           "pl_PL", "tr_TR", "vi_VN"]
LOC_CC = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN",
          "zh_TW": "TW", "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES",
          "pt_BR": "BR", "ja_JP": "JP", "ko_KR": "KR", "ru_RU": "RU",
          "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL", "tr_TR": "TR",
          "vi_VN": "VN"}
# locales whose names are used in English-language logs of a UK/US charity
MIXED = ["en_US", "en_US", "en_GB", "en_GB", "en_GB", "en_IN", "fr_FR",
         "de_DE", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL", "tr_TR",
         "vi_VN", "ja_JP", "ko_KR", "ru_RU", "zh_CN"]
LATIN = ["en_US", "en_GB", "en_IN", "fr_FR", "de_DE", "es_ES", "pt_BR",
         "it_IT", "nl_NL", "pl_PL", "tr_TR", "en_GB", "en_US"]

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]

VI_GIVEN = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng",
            "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam",
            "Ngọc", "Phong", "Phương", "Quân", "Tâm", "Thảo", "Thắng",
            "Trang", "Tuấn", "Vy", "Yến"]

PINYIN_SUR = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen",
    "杨": "yang", "黄": "huang", "赵": "zhao", "吴": "wu", "周": "zhou",
    "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu", "郭": "guo",
    "何": "he", "高": "gao", "林": "lin", "罗": "luo", "郑": "zheng",
    "梁": "liang", "谢": "xie", "宋": "song", "唐": "tang", "许": "xu",
    "韩": "han", "冯": "feng", "邓": "deng", "曹": "cao", "彭": "peng",
    "曾": "zeng", "肖": "xiao", "田": "tian", "董": "dong", "袁": "yuan",
    "潘": "pan", "于": "yu", "蒋": "jiang", "蔡": "cai", "余": "yu",
    "杜": "du", "叶": "ye", "程": "cheng", "苏": "su", "魏": "wei",
    "丁": "ding", "任": "ren", "沈": "shen", "姚": "yao", "卢": "lu",
    "姜": "jiang", "崔": "cui", "钟": "zhong", "谭": "tan", "陆": "lu",
    "汪": "wang", "范": "fan", "金": "jin", "石": "shi", "廖": "liao",
    "贾": "jia", "夏": "xia", "韦": "wei", "方": "fang", "白": "bai",
    "邹": "zou", "孟": "meng", "熊": "xiong", "秦": "qin", "邱": "qiu",
    "江": "jiang", "尹": "yin", "薛": "xue", "段": "duan", "雷": "lei",
    "侯": "hou", "龙": "long", "史": "shi", "陶": "tao", "黎": "li",
    "贺": "he", "顾": "gu", "毛": "mao", "郝": "hao", "龚": "gong",
    "邵": "shao", "万": "wan", "钱": "qian", "严": "yan", "武": "wu",
    "戴": "dai", "莫": "mo", "孔": "kong", "汤": "tang", "陳": "chen",
    "張": "zhang", "劉": "liu", "黃": "huang", "楊": "yang", "吳": "wu",
    "許": "hsu", "鄭": "cheng", "謝": "hsieh", "洪": "hung", "賴": "lai",
    "葉": "yeh", "蘇": "su", "莊": "chuang", "呂": "lu", "蕭": "hsiao",
    "羅": "lo", "簡": "chien", "鍾": "chung", "游": "yu", "詹": "chan",
    "施": "shih", "盧": "lu", "趙": "chao", "顏": "yen", "柯": "ko",
    "翁": "weng", "孫": "sun", "鄧": "teng", "傅": "fu", "卓": "cho",
    "馬": "ma", "阮": "juan", "温": "wen", "藍": "lan", "蔣": "chiang",
}
PINYIN_GIVEN = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei",
                "jun", "yang", "yong", "yan", "jie", "juan", "tao", "ming",
                "chao", "xiuying", "xiaohong", "jianhua", "haiyan",
                "zhiqiang", "yuting", "jiahao", "zihan", "yating", "zhiming",
                "meiling", "shufen", "hao", "xin", "yu", "lin"]
KO_SUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon",
          "jang", "lim", "han", "oh", "seo", "shin"]
KO_GIVEN = ["minjun", "seoyeon", "jiho", "hayoon", "doyun", "jiwoo",
            "seojun", "sumin", "yejin", "hyunwoo", "jisoo", "eunji"]
CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k",
                "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts",
                "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))

GATEWAYS = ["Stripe", "PayPal", "GoCardless", "Worldpay", "Adyen", "Braintree",
            "SagePay", "Square", "Checkout.com", "Mollie"]
VENDORS = ["Blackbaud", "Salesforce", "Mailchimp", "Twilio", "JustGiving",
           "Benevity", "Dotdigital", "Donorfy", "Beacon CRM", "SendGrid",
           "Eventbrite", "Classy", "Bloomerang", "Zapier"]
EMPLOYERS = ["Barclays", "Tesco", "Unilever", "Deloitte", "Aviva", "Siemens",
             "Accenture", "Microsoft", "Google", "Vodafone", "BT Group",
             "HSBC", "Nestlé", "Sainsbury's"]
CN_COMPANIES = ["腾讯公益", "支付宝", "微信支付", "阿里巴巴", "中国银行", "招商银行",
                "华为技术有限公司", "京东物流", "美团", "中国移动", "顺丰速运"]
ORGS = ["Hope Foundation", "Brightwater Trust", "Open Hands Charity",
        "Riverside Food Bank", "Shelter Together", "Clean Water Now",
        "Lantern Hospice", "Second Chance Animal Rescue"]
ORGS_ZH = ["希望工程", "爱心公益基金会", "春蕾计划", "阳光助学基金会", "蓝天救援队",
           "心连心志愿者协会"]
ORGS_TW = ["希望之家基金會", "愛心協會", "陽光社會福利基金會", "伊甸基金會"]
CHARITY_DOMAINS = ["hopefoundation.org", "brightwater.org.uk", "openhands.org",
                   "riversidefoodbank.org.uk", "cleanwaternow.org",
                   "lanternhospice.org.uk"]
CHARITY_DOMAINS_ZH = ["aixin.org.cn", "xiwang.org.cn", "yangguang-zx.org",
                      "lantian.org.cn"]
ROLES = ["donations", "noreply", "no-reply", "support", "giving", "info",
         "volunteers", "events", "privacy", "supportercare", "finance",
         "giftaid", "receipts", "fundraising", "hello", "bounce"]
SVC = ["svc-backup", "svc-crm-sync", "root", "jenkins", "admin", "postgres",
       "www-data", "crm_app", "svc-giftaid", "etl_user", "system", "api-bot",
       "svc-mailer", "deploy", "svc-reporting", "ops-automation"]
HOSTS = ["donate-web-01", "donate-web-02", "crm-prod-02.internal",
         "giftaid-worker-3", "mq-01.dc1.local", "api-gw-2", "payments-svc-1",
         "mailer-04", "events-app-1.prod", "etl-runner-7"]
CELEBS = ["Taylor Swift", "Marcus Rashford", "Nelson Mandela", "Mother Teresa",
          "Malala Yousafzai", "Greta Thunberg", "Princess Diana",
          "David Attenborough", "Ed Sheeran", "Florence Nightingale",
          "Martin Luther King Jr.", "Audrey Hepburn", "Oprah Winfrey",
          "Elton John", "Dolly Parton", "Serena Williams", "Captain Tom Moore",
          "Lionel Messi"]
SONGS = [("Shake It Off", "Taylor Swift"), ("Perfect", "Ed Sheeran"),
         ("Jolene", "Dolly Parton"), ("Rocket Man", "Elton John"),
         ("Imagine", "John Lennon"), ("Hello", "Adele"),
         ("Dancing Queen", "ABBA"), ("Halo", "Beyoncé")]
AUCTION = [("signed shirt", "David Beckham"), ("signed guitar", "Ed Sheeran"),
           ("signed book", "Michelle Obama"), ("signed racket", "Andy Murray"),
           ("signed boots", "Marcus Rashford"), ("print", "Banksy")]
SOLICITORS = ["Irwin Mitchell LLP", "Slater and Gordon", "Wilsons Solicitors", "Foot Anstey",
              "Thrings LLP", "Co-op Legal Services", "Brabners"]
CELEBS_ZH = ["鲁迅", "袁隆平", "成龙", "钟南山", "雷锋", "屠呦呦", "姚明", "李白",
             "周杰伦", "邓丽君", "张桂梅"]
QUOTES_ZH = [("鲁迅", "救救孩子"), ("雷锋", "人的生命是有限的，可是为人民服务是无限的"),
             ("李白", "天生我材必有用"), ("鲁迅", "愿中国青年都摆脱冷气，只是向上走"),
             ("张桂梅", "我生来就是高山而非溪流")]

FREE_MAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
           "hotmail.com", "proton.me"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk",
           "outlook.com", "sky.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "CN": ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com",
           "aliyun.com"],
    "TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "hinet.net"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "KR": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "RU": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "NL": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}
CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼"
CN_REGIONS = ["110101", "110105", "310104", "310115", "440305", "440106",
              "510104", "330106", "420102", "320102", "370102", "500103",
              "610113", "210102", "350203", "430104", "120101", "130102"]
PLATE_L = "ABCDEFGHJKLMNPRSTUVWXY"
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def _ascii(s: str) -> str:
    s = s.lower()
    if any("\u0400" <= c <= "\u04ff" for c in s):
        return "".join(CYR.get(c, "") for c in s if c.isalpha())
    for a, b in (("ß", "ss"), ("ł", "l"), ("ø", "o"), ("đ", "d"),
                 ("ı", "i"), ("æ", "ae"), ("œ", "oe")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if "a" <= c <= "z")


class Person:
    __slots__ = ("first", "last", "full", "loc", "lf", "ll", "female")

    def __init__(self, first, last, full, loc, lf, ll, female):
        self.first, self.last, self.full, self.loc = first, last, full, loc
        self.lf, self.ll, self.female = lf or "user", ll or "x", female


_FAKERS: dict = {}


def _faker(loc: str) -> Faker:
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    return f


def _clean(s: str) -> str:
    return s.replace(",", "").replace('"', "").replace("\\", "").strip()


class G:
    """Per-call value factory (deterministic for a seed)."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.pool = {}
        for loc in LOCALES:
            f = _faker(loc)
            f.seed_instance(seed)
            firsts = [_clean(f.first_name()) for _ in range(90)]
            lasts = [_clean(f.last_name()) for _ in range(90)]
            if loc == "vi_VN":
                firsts = VI_GIVEN
                self.vi_mid = [f.middle_name() for _ in range(30)]
            if loc == "ja_JP":
                self.ja_rom = ([f.first_romanized_name().lower() for _ in range(40)],
                               [f.last_romanized_name().lower() for _ in range(40)])
            self.pool[loc] = ([x for x in firsts if x], [x for x in lasts if x])
        fe = _faker("en_US")
        self.companies = [_clean(fe.company()) for _ in range(40)]
        fz = _faker("zh_CN")
        self.cn_companies = [fz.company() for _ in range(20)]

    # ------------------------------------------------------------ basics
    def d(self, n: int) -> str:
        return str(self.r.randrange(10 ** n)).zfill(n)

    def c(self, seq):
        return self.r.choice(seq)

    def rs(self, alphabet: str, n: int) -> str:
        ch = self.r.choice
        return "".join(ch(alphabet) for _ in range(n))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # ------------------------------------------------------------ people
    def person(self, loc: str | None = None) -> Person:
        r = self.r
        loc = loc or r.choice(LOCALES)
        firsts, lasts = self.pool[loc]
        first, last = r.choice(firsts), r.choice(lasts)
        female = r.random() < 0.5
        if loc in ("zh_CN", "zh_TW"):
            full = last + first
            lf = r.choice(PINYIN_GIVEN)
            ll = PINYIN_SUR.get(last[:1]) or r.choice(list(PINYIN_SUR.values()))
        elif loc == "ja_JP":
            full = last + first if r.random() < 0.6 else f"{last} {first}"
            lf, ll = r.choice(self.ja_rom[0]), r.choice(self.ja_rom[1])
        elif loc == "ko_KR":
            full = last + first
            lf, ll = r.choice(KO_GIVEN), r.choice(KO_SUR)
        elif loc == "vi_VN":
            full = f"{last} {r.choice(self.vi_mid)} {first}"
            lf, ll = _ascii(first), _ascii(last)
        else:
            full = f"{first} {last}"
            lf, ll = _ascii(first.split(" ")[0]), _ascii(last)
        return Person(first, last, full, loc, lf, ll, female)

    def mixed(self) -> Person:
        return self.person(self.r.choice(MIXED))

    def latin(self) -> Person:
        return self.person(self.r.choice(LATIN))

    def zh(self, tw: bool = False) -> Person:
        return self.person("zh_TW" if tw else "zh_CN")

    def login(self, p: Person) -> str:
        r = self.r
        f, l = p.lf, p.ll
        return r.choice([f"{f[0]}{l}", f"{f}.{l}", f"{l}{f[0]}",
                         f"{f[0]}{l}{r.randint(1, 99)}", f"{f}_{l[0]}",
                         f"{f}{l}", f"{l}.{f}", f"{f}.{l[0]}"])

    def email(self, p: Person) -> str:
        r = self.r
        cc = LOC_CC[p.loc]
        f, l = p.lf, p.ll
        if cc == "CN" and r.random() < 0.3:
            return f"{r.randint(10000, 3999999999)}@qq.com"
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}",
                          f"{l}.{f}", f"{f}_{l}", f"{f}{r.randint(1960, 2005)}",
                          f"{f[0]}.{l}", f"{l}{f}", f"{f}.{l}{r.randint(1, 9)}"])
        return f"{local}@{r.choice(FREE_MAIL[cc])}"

    # ------------------------------------------------------------ phones
    def phone(self, cc: str | Person = "GB", mobile: bool = False) -> str:
        if isinstance(cc, Person):
            cc = LOC_CC[cc.loc]
        if mobile and cc in ("GB", "CN"):
            for _ in range(50):
                v = self._phone(cc)
                if cc == "GB" and not (" 20 " in v or v.startswith(("020", "0161"))):
                    return v
                if cc == "CN" and not v.startswith(("0", "(")):
                    return v
        return self._phone(cc)

    def _phone(self, cc: str) -> str:
        r, d = self.r, self.d
        if cc == "US":
            a = f"{r.randint(2, 9)}{d(2)}"
            b = f"{r.randint(2, 9)}{d(2)}"
            c = d(4)
            return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}",
                             f"{a}.{b}.{c}", f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}"])
        if cc == "GB":
            m = f"7{r.choice('4579')}{d(2)}"
            t = d(6)
            return r.choice([f"0{m} {t}", f"+44 {m} {t}", f"+44 (0){m} {t[:3]} {t[3:]}",
                             f"0{m}{t}", f"+44{m}{t}", f"+44 20 7{d(3)} {d(4)}",
                             f"020 {r.randint(3, 8)}{d(3)} {d(4)}", f"0161 {d(3)} {d(4)}"])
        if cc == "IN":
            m = f"{r.choice('6789')}{d(4)}"
            t = d(5)
            return r.choice([f"+91 {m} {t}", f"+91-{m}{t}", f"0{m}{t}", f"{m} {t}",
                             f"+91{m}{t}"])
        if cc == "CN":
            p = r.choice(["130", "131", "132", "133", "135", "136", "137", "138",
                          "139", "150", "151", "152", "155", "156", "157", "158",
                          "159", "166", "176", "177", "180", "181", "182", "183",
                          "185", "186", "187", "188", "189", "191", "198", "199"])
            a, b = d(4), d(4)
            if r.random() < 0.12:
                return r.choice([f"010-{r.randint(5, 8)}{d(7)}", f"021-{r.randint(5, 6)}{d(7)}",
                                 f"0755-{r.randint(2, 8)}{d(7)}", f"(028){r.randint(8, 8)}{d(7)}"])
            return r.choice([f"{p}{a}{b}", f"{p}{a}{b}", f"+86 {p} {a} {b}",
                             f"+86-{p}{a}{b}", f"{p}-{a}-{b}", f"{p} {a} {b}",
                             f"+86{p}{a}{b}"])
        if cc == "TW":
            m = f"9{d(2)}"
            a, b = d(3), d(3)
            return r.choice([f"0{m}-{a}-{b}", f"0{m}{a}{b}", f"+886 {m} {a} {b}",
                             f"+886-{m}-{a}{b}", f"(02)2{d(3)}-{d(4)}",
                             f"0{m} {a} {b}"])
        if cc == "FR":
            g = [d(2) for _ in range(4)]
            m = r.choice("67")
            return r.choice([f"0{m} {' '.join(g)}", f"+33 {m} {' '.join(g)}",
                             f"+33{m}{''.join(g)}", f"0{m}.{'.'.join(g)}",
                             f"01 {' '.join(g)}"])
        if cc == "DE":
            m = r.choice(["151", "152", "157", "160", "170", "171", "172", "176",
                          "177", "178", "179", "162"])
            t = d(r.choice([7, 8]))
            return r.choice([f"0{m} {t}", f"+49 {m} {t}", f"+49 (0){m} {t}",
                             f"0{m}/{t}", f"030 {d(8)}", f"+49 89 {d(7)}",
                             f"0{m}-{t}"])
        if cc == "ES":
            m = f"{r.choice('67')}{d(2)}"
            return r.choice([f"{m} {d(3)} {d(3)}", f"+34 {m} {d(2)} {d(2)} {d(2)}",
                             f"+34 {m} {d(3)} {d(3)}", f"+34{m}{d(6)}",
                             f"91 {d(3)} {d(2)} {d(2)}"])
        if cc == "BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            t = f"9{d(4)}-{d(4)}"
            return r.choice([f"({ddd}) {t}", f"+55 {ddd} {t}", f"+55 ({ddd}) {t}",
                             f"+55{ddd}9{d(8)}", f"{ddd} {t}"])
        if cc == "JP":
            m = r.choice(["090", "080", "070"])
            a, b = d(4), d(4)
            return r.choice([f"{m}-{a}-{b}", f"+81 {m[1:]}-{a}-{b}", f"{m}{a}{b}",
                             f"03-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}",
                             f"+81-{m[1:]}-{a}-{b}"])
        if cc == "KR":
            a, b = d(4), d(4)
            return r.choice([f"010-{a}-{b}", f"+82 10-{a}-{b}", f"010{a}{b}",
                             f"+82-10-{a}-{b}", f"02-{d(3)}-{d(4)}", f"010 {a} {b}"])
        if cc == "RU":
            m = f"9{d(2)}"
            a, b, c = d(3), d(2), d(2)
            return r.choice([f"+7 {m} {a}-{b}-{c}", f"8 ({m}) {a}-{b}-{c}",
                             f"+7 ({m}) {a}-{b}-{c}", f"+7{m}{a}{b}{c}",
                             f"8 {m} {a} {b} {c}"])
        if cc == "IT":
            m = f"3{r.choice('2345689')}{d(1)}"
            return r.choice([f"+39 {m} {d(3)} {d(4)}", f"{m} {d(3)} {d(4)}",
                             f"{m} {d(7)}", f"+39{m}{d(7)}", f"06 {d(4)} {d(4)}"])
        if cc == "NL":
            t = d(8)
            return r.choice([f"06-{t}", f"+31 6 {t}", f"06 {t[:2]} {t[2:4]} {t[4:6]} {t[6:]}",
                             f"+316{t}", f"020-{d(7)}", f"+31 (0)6 {t}"])
        if cc == "PL":
            m = f"{r.choice('5678')}{d(2)}"
            a, b = d(3), d(3)
            return r.choice([f"+48 {m} {a} {b}", f"{m}-{a}-{b}", f"{m} {a} {b}",
                             f"+48{m}{a}{b}", f"(22) {d(3)} {d(2)} {d(2)}"])
        if cc == "TR":
            m = f"5{r.choice('0345')}{d(1)}"
            a, b, c = d(3), d(2), d(2)
            return r.choice([f"+90 {m} {a} {b} {c}", f"0{m} {a} {b} {c}",
                             f"0 ({m}) {a} {b} {c}", f"+90{m}{a}{b}{c}",
                             f"0{m}{a}{b}{c}"])
        if cc == "VN":
            m = f"9{d(2)}"
            a, b = d(3), d(3)
            return r.choice([f"+84 {m} {a} {b}", f"0{m} {a} {b}", f"0{m}{a}{b}",
                             f"+84{m}{a}{b}", f"0{m}.{a}.{b}"])
        raise ValueError(cc)

    # ------------------------------------------------------------ financial
    def _luhn(self, prefix: str, length: int) -> str:
        body = prefix + self.d(length - len(prefix) - 1)
        s = 0
        for i, ch in enumerate(reversed(body)):
            n = int(ch)
            if i % 2 == 0:
                n *= 2
                if n > 9:
                    n -= 9
            s += n
        return body + str((10 - s % 10) % 10)

    def card(self, kind: str | None = None) -> str:
        r = self.r
        kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "discover"])
        if kind == "visa":
            num = self._luhn("4", 16)
        elif kind == "mc":
            num = self._luhn(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
        elif kind == "amex":
            num = self._luhn(r.choice(["34", "37"]), 15)
        elif kind == "discover":
            num = self._luhn("6011", 16)
        else:  # unionpay
            num = self._luhn(r.choice(["622202", "621700", "622848", "622588", "623668"]),
                             r.choice([16, 19]))
        sep = r.choice([" ", " ", "-", ""])
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        if len(num) == 19:
            return sep.join([num[i:i + 4] for i in range(0, 19, 4)]) if sep else num
        return sep.join([num[i:i + 4] for i in range(0, 16, 4)])

    def iban(self, cc: str | None = None, spaced: bool | None = None) -> str:
        r, d = self.r, self.d
        cc = cc or r.choice(["GB", "DE", "FR", "NL", "ES", "IT", "PL", "BE", "IE", "AT"])
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + d(14)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + d(10)
        elif cc == "DE":
            bban = d(18)
        elif cc == "FR":
            bban = d(23)
        elif cc == "ES":
            bban = d(20)
        elif cc == "IT":
            bban = r.choice(UP) + d(22)
        elif cc == "PL":
            bban = d(24)
        elif cc == "BE":
            bban = d(12)
        else:  # AT
            bban = d(16)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        chk = 98 - int(num) % 97
        iban = f"{cc}{chk:02d}{bban}"
        if spaced is None:
            spaced = r.random() < 0.5
        if spaced:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self) -> str:
        r = self.r
        area = r.choice([r.randint(1, 665), r.randint(667, 899)])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        sep = r.choice(["-", "-", "-", " "])
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

    def passport(self, cc: str | Person = "US") -> str:
        if isinstance(cc, Person):
            cc = LOC_CC[cc.loc]
        r, d = self.r, self.d
        if cc in ("US", "GB"):
            return f"{r.randint(1, 9)}{d(8)}"
        if cc == "CN":
            return r.choice([f"E{d(8)}", f"E{r.choice('ABCDEFGH')}{d(7)}", f"G{d(8)}"])
        if cc == "DE":
            return "C" + self.rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if cc == "FR":
            return f"{d(2)}{self.rs(UP, 2)}{d(5)}"
        if cc == "IN":
            return f"{r.choice('JKLMNPRSTUVWZ')}{d(7)}"
        if cc == "JP":
            return f"{r.choice(['TK', 'TZ', 'MU', 'TR'])}{d(7)}"
        if cc == "ES":
            return f"{self.rs(UP, 3)}{d(6)}"
        if cc == "IT":
            return f"{self.rs(UP, 2)}{d(7)}"
        if cc == "KR":
            return f"M{d(8)}"
        if cc == "TW":
            return f"3{d(8)}"
        return f"{self.rs(UP, 2)}{d(7)}"

    def cnid(self) -> str:
        r = self.r
        body = (r.choice(CN_REGIONS) + f"{r.randint(1945, 2006)}{r.randint(1, 12):02d}"
                f"{r.randint(1, 28):02d}" + self.d(3))
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(a) * b for a, b in zip(body, w))
        return body + "10X98765432"[s % 11]

    def plate(self, cc: str = "GB") -> str:
        r, d, rs = self.r, self.d, self.rs
        if cc == "GB":
            return f"{rs(PLATE_L, 2)}{d(2)}{r.choice([' ', ' ', ''])}{rs(PLATE_L, 3)}"
        if cc == "US":
            return r.choice([f"{r.randint(1, 9)}{rs(UP, 3)}{d(3)}", f"{rs(UP, 3)}-{d(4)}",
                             f"{rs(UP, 3)} {d(4)}", f"{rs(UP, 3)}{d(4)}"])
        if cc == "CN":
            tail = rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 1) + d(4)
            return r.choice([f"{r.choice(CN_PROV)}{r.choice(PLATE_L)}{tail}",
                             f"{r.choice(CN_PROV)}{r.choice(PLATE_L)}·{tail}",
                             f"{r.choice(CN_PROV)}{r.choice(PLATE_L)}{r.choice('DF')}{d(5)}",
                             f"{r.choice(CN_PROV)}{r.choice(PLATE_L)} {tail}"])
        if cc == "DE":
            city = r.choice(["B", "M", "HH", "K", "F", "S", "D", "HB", "DO"])
            return f"{city}-{rs(UP, r.choice([1, 2]))} {r.randint(1, 9999)}" \
                if r.random() < 0.6 else f"{city} {rs(UP, 2)} {r.randint(10, 999)}"
        if cc == "FR":
            return f"{rs(PLATE_L, 2)}-{d(3)}-{rs(PLATE_L, 2)}"
        if cc == "NL":
            return r.choice([f"{rs('BDFGHJKLNPRSTVXZ', 2)}-{d(3)}-{r.choice('BDFGHJKLNPRSTVXZ')}",
                             f"{d(2)}-{rs('BDFGHJKLNPRSTVXZ', 3)}-{d(1)}"])
        if cc == "ES":
            return f"{d(4)} {rs('BCDFGHJKLMNPRSTVWXYZ', 3)}"
        if cc == "IT":
            return f"{rs(PLATE_L, 2)} {d(3)}{r.choice([' ', ''])}{rs(PLATE_L, 2)}"
        if cc == "PL":
            return f"{r.choice(['WA', 'KR', 'PO', 'GD', 'WX', 'DW'])} {d(5)}"
        if cc == "TW":
            return r.choice([f"{rs(UP, 3)}-{d(4)}", f"{d(4)}-{rs(UP, 2)}"])
        if cc == "JP":
            return (f"{r.choice(['品川', '練馬', '横浜', '名古屋', '大阪', '神戸'])} {d(3)} "
                    f"{r.choice('あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ')} "
                    f"{d(2)}-{d(2)}")
        raise ValueError(cc)

    # ------------------------------------------------------------ secrets
    def password(self, url_safe: bool = False) -> str:
        r = self.r
        sym = "!$*_-." if url_safe else "!#$%*_-.+^"
        words = ["Summer", "Winter", "Charity", "Hope", "Donate", "Sunshine",
                 "Dragon", "Monkey", "Football", "Autumn", "Spring", "Rainbow",
                 "Giving", "Welcome", "Liverpool", "Password"]
        k = r.random()
        if k < 0.4:
            return f"{r.choice(words)}{r.randint(1, 2025)}{r.choice(sym)}"
        if k < 0.8:
            alpha = ALNUM + sym
            return self.rs(alpha, r.randint(10, 18)) + r.choice(sym) + str(r.randint(0, 9))
        return f"{r.choice(words).lower()}{r.choice(sym)}{r.choice(words)}{r.randint(10, 99)}"

    def apikey(self) -> str:
        r, rs = self.r, self.rs
        k = r.randrange(9)
        if k == 0:
            return "sk_live_" + rs(ALNUM, 24)
        if k == 1:
            return rs(HEX, 32) + f"-us{r.randint(1, 21)}"
        if k == 2:
            return f"SG.{rs(ALNUM + '_-', 22)}.{rs(ALNUM + '_-', 43)}"
        if k == 3:
            return "live_" + rs(ALNUM + "_-", 40)
        if k == 4:
            return "AIza" + rs(ALNUM + "_-", 35)
        if k == 5:
            return f"xoxb-{self.d(12)}-{self.d(13)}-{rs(ALNUM, 24)}"
        if k == 6:
            return "rk_live_" + rs(ALNUM, 32)
        if k == 7:
            return "ghp_" + rs(ALNUM, 36)
        return rs(HEX, 32)

    def jwt(self) -> str:
        rs = self.rs
        b64 = ALNUM + "-_"
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rs(b64, self.r.randint(40, 90))
                + "." + rs(b64, 43))

    def session(self) -> str:
        r = self.r
        return r.choice([self.rs(HEX, 32), self.rs(ALNUM, 26), "s%3A" + self.rs(ALNUM, 32),
                         self.rs(HEX, 40)])

    def token(self) -> str:
        return self.r.choice([self.rs(ALNUM + "-_", 43), self.rs(HEX, 48), self.rs(ALNUM, 32)])

    def pin(self) -> str:
        return self.d(self.r.choice([4, 4, 4, 6]))

    # ------------------------------------------------------------ decoys
    def client_ip(self) -> str:
        r = self.r
        if r.random() < 0.1:
            return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"
        first = r.choice([23, 31, 37, 46, 51, 62, 77, 78, 81, 82, 86, 89, 90, 92, 94, 101,
                          103, 110, 112, 113, 114, 116, 117, 118, 120, 121, 123, 139, 171,
                          175, 180, 182, 183, 185, 188, 193, 195, 203, 212, 213, 217, 220])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def server_ip(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.5:
            return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k < 0.8:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"

    def ts(self, kind: str = "iso") -> str:
        r = self.r
        y, mo, dd = r.choice([2023, 2024, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)
        h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        if kind == "iso":
            return r.choice([f"{y}-{mo:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
                             f"{y}-{mo:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}Z",
                             f"{y}-{mo:02d}-{dd:02d}T{h:02d}:{mi:02d}:{s:02d}+01:00"])
        if kind == "cn":
            return f"{y}-{mo:02d}-{dd:02d} {h:02d}:{mi:02d}:{s:02d}"
        if kind == "syslog":
            return f"{MON[mo - 1]} {dd:2d} {h:02d}:{mi:02d}:{s:02d}"
        if kind == "clf":
            return f"{dd:02d}/{MON[mo - 1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"
        if kind == "date":
            return f"{y}-{mo:02d}-{dd:02d}"
        if kind == "uk":
            return f"{dd:02d}/{mo:02d}/{y}"
        if kind == "us":
            return f"{mo:02d}/{dd:02d}/{y}"
        if kind == "epoch":
            return str(r.randint(1672531200, 1767225600))
        if kind == "cnday":
            return f"{y}年{mo}月{dd}日"
        if kind == "time":
            return f"{h:02d}:{mi:02d}"
        raise ValueError(kind)

    def money(self, cur: str = "GBP") -> str:
        r = self.r
        v = r.choice([3, 5, 10, 12, 15, 20, 25, 30, 50, 75, 100, 150, 250, 500, 1000]) \
            if r.random() < 0.75 else round(r.uniform(2, 5000), 2)
        if cur == "GBP":
            return f"£{v:,.2f}"
        if cur == "USD":
            return r.choice([f"${v:,.2f}", f"USD {v:.2f}"])
        if cur == "EUR":
            eu = f"{v:,.2f}".replace(",", " ").replace(".", ",")
            return r.choice([f"€{v:.2f}", f"{eu} €", f"EUR {v:.2f}"])
        if cur == "CNY":
            v = v * r.choice([1, 2, 5])
            return r.choice([f"¥{v:,.2f}", f"{v:.2f}元", f"￥{v:.2f}"])
        if cur == "TWD":
            return f"NT${int(v) * 30:,}"
        if cur == "INR":
            return f"₹{int(v) * 80 + 1:,}"
        if cur == "PLN":
            return f"{v:.2f} zł".replace(".", ",")
        if cur == "BRL":
            return f"R$ {v:.2f}".replace(".", ",")
        if cur == "RUB":
            return f"{int(v) * 100} ₽"
        if cur == "KRW":
            return f"₩{int(v) * 1000:,}"
        if cur == "JPY":
            return f"¥{int(v) * 150:,}"
        if cur == "TRY":
            return f"{int(v) * 30} TL"
        raise ValueError(cur)

    def num(self) -> str:
        return self.c([str(self.r.randint(2, 99)), str(self.r.randint(100, 5000))])

    def oid(self, prefix: str = "DON", digits: int = 6) -> str:
        r = self.r
        return r.choice([f"{prefix}-{self.d(digits)}", f"{prefix}-{r.choice([2023, 2024, 2025])}-{self.d(digits)}",
                         f"{prefix}{self.d(digits + 2)}"])

    def stripe_id(self, prefix: str) -> str:
        return prefix + "_" + self.rs(ALNUM, 24)

    def uuid(self) -> str:
        h = self.rs(HEX, 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def hexhash(self, n: int = 64) -> str:
        return self.rs(HEX, n)

    def host(self) -> str:
        return self.c(HOSTS)

    def svc(self) -> str:
        return self.c(SVC)

    def role_mail(self, zh: bool = False) -> str:
        return f"{self.c(ROLES)}@{self.c(CHARITY_DOMAINS_ZH if zh else CHARITY_DOMAINS)}"

    def org(self) -> str:
        return self.c(ORGS)

    def company(self) -> str:
        return self.c(self.companies + EMPLOYERS)

    def version(self) -> str:
        r = self.r
        return f"v{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 30)}"

    def last4(self) -> str:
        return self.d(4)

    def masked_card(self) -> str:
        l4 = self.d(4)
        return self.c([f"****{l4}", f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}",
                       f"•••• {l4}", f"{self.c(['4', '5'])}{self.d(5)}******{l4}"])

    def masked_phone(self, cc: str = "CN") -> str:
        if cc == "CN":
            return f"1{self.c('3589')}{self.d(1)}****{self.d(4)}"
        return self.c([f"+44 **** ***{self.d(3)}", f"07*** ***{self.d(3)}",
                       f"(***) ***-{self.d(4)}", f"*******{self.d(4)}"])

    def masked_email(self, p: Person) -> str:
        e = self.email(p)
        local, dom = e.split("@", 1)
        return f"{local[0]}***@{dom}"

    def campaign(self) -> str:
        r = self.r
        return f"{r.choice(['XMAS', 'SPRING', 'SUMMER', 'WINTER', 'EASTER', 'GIVINGTUES', 'RAMADAN', 'APPEAL'])}" \
               f"{r.randint(23, 25)}-{r.choice(['EM', 'DM', 'SMS', 'SOC', 'TV'])}-{r.choice('ABC')}"


# =========================================================================
# templates: each returns a list of parts; a part is a literal str or a
# (value, label) tuple; UPPER-case label = PII span, lower-case = decoy.
# =========================================================================
TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


# ---------------------------------------------------------------- English
@T
def t_syslog_donation(g):
    p = g.mixed()
    head = [(g.ts("syslog"), "timestamp"), " ", (g.host(), "hostname"),
            f" payments[{g.r.randint(300, 32000)}]: donation ", (g.oid("DON"), "donation_id"),
            " succeeded amount=", (g.money(g.c(["GBP", "USD", "EUR"])), "amount")]
    if g.chance(0.35):  # anonymous gift: only masked contact kept
        who = [' donor="anonymous" email=', (g.masked_email(p), "masked")]
    else:
        who = [' donor="', (p.full, "PERSON"), '" email=', (g.email(p), "EMAIL_ADDRESS")]
    return head + who + [" card=", (g.masked_card(), "masked"), " gateway=", (g.c(GATEWAYS), "company")]


@T
def t_refund(g):
    return [(g.ts("iso"), "timestamp"), " refund ", (g.stripe_id("re"), "refund_id"), " for charge ",
            (g.stripe_id("ch"), "charge_id"), " amount=", (g.money("USD"), "amount"),
            " reason=duplicate requested_by=", (g.svc(), "service_account")]


@T
def t_cron(g):
    return [(g.ts("syslog"), "timestamp"), " ", (g.host(), "hostname"), " CRON[", str(g.r.randint(1000, 60000)),
            "]: (", (g.c(["jenkins", "root", "svc-reporting", "www-data"]), "service_account"),
            ") CMD (/opt/crm/bin/nightly_export.sh --since ", (g.ts("date"), "date"), ")"]


@T
def t_json_recurring_created(g):
    p = g.person(g.c(["en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB"]))
    cc = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "nl_NL": "NL", "es_ES": "ES",
          "it_IT": "IT"}[p.loc]
    return ['{"event":"recurring_gift.created","gift_id":"', (g.oid("RG"), "gift_id"),
            '","donor_name":"', (p.full, "PERSON"), '","email":"', (g.email(p), "EMAIL_ADDRESS"),
            '","amount":"', (f"{g.r.choice([5, 8, 10, 12, 15, 20, 25])}.00", "amount"),
            '","currency":"', g.c(["GBP", "EUR"]), '","frequency":"monthly","iban":"',
            (g.iban(cc, spaced=False), "IBAN_CODE"), '","created_at":"', (g.ts("iso"), "timestamp"), '"}']


@T
def t_stripe_webhook(g):
    p = g.mixed()
    out = ['{"id":"', (g.stripe_id("evt"), "event_id"), '","type":"charge.succeeded","data":{"object":{"id":"',
           (g.stripe_id("ch"), "charge_id"), '","amount":', (str(g.r.choice([500, 1000, 2500, 5000, 10000])), "amount"),
           ',"currency":"gbp","billing_details":{"name":"', (p.full, "PERSON"), '","email":"',
           (g.email(p), "EMAIL_ADDRESS"), '"']
    if g.chance(0.6):
        out += [',"phone":"', (g.phone(p), "PHONE_NUMBER"), '"']
    else:
        out += [',"phone":null']
    out += ['},"payment_method_details":{"card":{"brand":"visa","last4":"', (g.last4(), "masked"),
            '","exp_year":2027}}}}}']
    return out


@T
def t_access_log_donate(g):
    p = g.latin()
    em = g.email(p)
    enc = em.replace("@", "%40") if g.chance(0.5) else em
    return [(g.client_ip(), "IP_ADDRESS"), ' - - [', (g.ts("clf"), "timestamp"),
            '] "GET /donate/thank-you?campaign=', (g.campaign(), "campaign_code"), '&email=',
            (enc, "EMAIL_ADDRESS"), '&gift=', (g.oid("DON"), "donation_id"),
            ' HTTP/1.1" 200 ', str(g.r.randint(800, 30000)), ' "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"']


@T
def t_giftaid_csv(g):
    p = g.person("en_GB")
    title = g.c(["Mr", "Mrs", "Ms", "Miss", "Dr"])
    return [(g.oid("GAD"), "declaration_id"), ",", (g.ts("uk"), "date"), ",", title, ",",
            (p.first, "PERSON"), ",", (p.last, "PERSON"), ",", (g.email(p), "EMAIL_ADDRESS"),
            ",Y,", (g.money("GBP").replace(",", ""), "amount"), ",online"]


@T
def t_giftaid_batch(g):
    return [(g.ts("iso"), "timestamp"), " INFO giftaid.submit batch=", (g.oid("GA", 5), "batch_id"),
            " hmrc_charity_ref=", (f"{g.rs(UP, 2)}{g.d(5)}", "charity_ref"), " claims=", g.num(),
            " total=", (g.money("GBP"), "amount"), " correlation_id=", (g.uuid(), "uuid"),
            " submitted_by=", (g.svc(), "service_account"), " status=ACCEPTED"]


@T
def t_roster_csv(g):
    p = g.person(g.c(["en_GB", "en_GB", "en_IN", "pl_PL", "tr_TR", "en_US"]))
    cc = "US" if p.loc == "en_US" else "GB"
    site = g.c(["Food Bank - Hackney", "Night Shelter - Leeds", "Warehouse B", "Charity Shop Camden",
                "Soup Run - Bristol", "Hospice Garden"])
    return [(g.oid("SH", 4), "shift_id"), ",", (g.ts("date"), "date"), ",", (g.ts("time"), "time"),
            ",", site, ",", (p.full, "PERSON"), ",", (g.phone(cc), "PHONE_NUMBER"), ",",
            g.c(["Driver", "Packer", "Team Leader", "Befriender", "Kitchen", "Sorter"]), ",confirmed"]


@T
def t_staff_note_dd(g):
    p = g.person("en_GB")
    staff = g.latin()
    title = g.c(["Mrs", "Mr", "Ms"])
    return ["Note [", (g.ts("uk"), "date"), "]: Called ", title, " ", (p.last, "PERSON"),
            " back re lapsed DD, wants to switch to annual. New card ending ", (g.last4(), "masked"),
            ", updated in CRM. Mobile now ", (g.phone("GB", mobile=True), "PHONE_NUMBER"), " -- ", (g.login(staff), "PERSON")]


@T
def t_case_note(g):
    p = g.mixed()
    worker = g.latin()
    return ["Case ", (g.oid("CASE", 5), "case_id"), ": met beneficiary ", (p.full, "PERSON"),
            " at drop-in; referred to housing team and ", (g.org(), "org"),
            ". Best contact ", (g.phone("GB"), "PHONE_NUMBER"), ". Worker: ", (worker.full, "PERSON"),
            ". Next review ", (g.ts("uk"), "date")]


@T
def t_email_header(g):
    p = g.mixed()
    return ['From: "', (p.full, "PERSON"), '" <', (g.email(p), "EMAIL_ADDRESS"), '>; To: ',
            (g.role_mail(), "role_mailbox"), "; Subject: Re: Your receipt ", (g.oid("RC"), "receipt_id"),
            "; Message-ID: <", (g.hexhash(24), "message_id"), "@mail.gmail.com>"]


@T
def t_bounce(g):
    p = g.mixed()
    return ["postfix/smtp[", str(g.r.randint(1000, 60000)), "]: ", (g.rs("0123456789ABCDEF", 10), "queue_id"),
            ": to=<", (g.email(p), "EMAIL_ADDRESS"), ">, relay=mx.", g.c(["google.com", "outlook.com", "yahoodns.net"]),
            "[", (g.c(["142.250.102.27", "52.101.40.12", "67.195.204.72"]), "server_ip"),
            "]:25, status=bounced (550 5.1.1 user unknown) from=<", (g.role_mail(), "role_mailbox"), ">"]


@T
def t_unsub_webhook(g):
    p = g.latin()
    return ["POST /hooks/mailchimp type=unsubscribe&fired_at=", (g.ts("cn"), "timestamp"),
            "&data[email]=", (g.email(p), "EMAIL_ADDRESS"), "&data[merges][FNAME]=", (p.first, "PERSON"),
            "&data[merges][LNAME]=", (p.last, "PERSON"), "&data[ip_opt]=", (g.client_ip(), "IP_ADDRESS"),
            "&data[list_id]=", (g.rs(HEX, 10), "list_id")]


@T
def t_sms_out(g):
    p = g.person(g.c(["en_GB", "en_GB", "en_IN", "en_US"]))
    cc = LOC_CC[p.loc]
    return ["SMS OUT to=", (g.phone(cc, mobile=True), "PHONE_NUMBER"), ' body="Hi ', (p.first, "PERSON"),
            ", thank you for your ", (g.money("GBP" if cc != "US" else "USD"), "amount"), " gift to ",
            (g.org(), "org"), '! Reply STOP to opt out." sid=', ("SM" + g.rs(HEX, 32), "message_id")]


@T
def t_event_reg_kv(g):
    p = g.mixed()
    ec = g.latin()
    return ["event_reg event=", (g.c(["FUNRUN-2024", "SKYDIVE-JUN", "GALA-24", "TREK-PERU-25"]), "event_code"),
            " bib=", str(g.r.randint(1, 4000)), ' name="', (p.full, "PERSON"), '" email=',
            (g.email(p), "EMAIL_ADDRESS"), " mobile=", (g.phone(p), "PHONE_NUMBER"),
            ' emergency_contact="', (ec.full, "PERSON"), '" tshirt=', g.c(["S", "M", "L", "XL"])]


@T
def t_event_reg_pascal(g):
    p = g.person(g.c(["en_GB", "en_US", "en_IN", "en_GB"]))
    return ['{"RegistrationId":"', (g.uuid(), "uuid"), '","EventName":"', g.c(["London Marathon 2024 - Team Hope",
            "Great North Run", "Three Peaks Challenge", "Sleep Out 2024"]), '","FirstName":"', (p.first, "PERSON"),
            '","LastName":"', (p.last, "PERSON"), '","Email":"', (g.email(p), "EMAIL_ADDRESS"),
            '","Mobile":"', (g.phone(p), "PHONE_NUMBER"), '","FundraisingTarget":', str(g.c([500, 1000, 2000])),
            ',"Source":"', g.c(["Eventbrite", "Website", "Facebook"]), '"}']


@T
def t_crm_export_csv(g):
    p = g.person(g.c(["en_US", "en_US", "en_GB"]))
    cc = LOC_CC[p.loc]
    return [("0033" + g.rs(ALNUM, 14), "record_id"), ",", (p.first, "PERSON"), ",", (p.last, "PERSON"), ",",
            (g.email(p), "EMAIL_ADDRESS"), ",", (g.phone(cc), "PHONE_NUMBER"), ",",
            g.c(["Major Donor", "Regular Giver", "Lapsed", "Prospect", "Legacy Pledger"]), ",",
            (g.money("USD" if cc == "US" else "GBP").replace(",", ""), "amount"), ",", (g.ts("date"), "date")]


@T
def t_audit_export(g):
    staff = g.latin()
    return ["AUDIT ", (g.ts("iso"), "timestamp"), " user=", (g.login(staff), "PERSON"), " action=EXPORT object=Contact count=",
            str(g.r.randint(10, 20000)), " filter=\"segment='", g.c(["lapsed", "major", "giftaid_eligible"]),
            "'\" src_ip=", (g.client_ip(), "IP_ADDRESS"), " app=", (g.c(VENDORS[:3]), "company")]


@T
def t_sshd_fail(g):
    return [(g.ts("syslog"), "timestamp"), " ", (g.host(), "hostname"), " sshd[", str(g.r.randint(1000, 60000)),
            "]: Failed password for invalid user ", (g.c(["admin", "oracle", "test", "ubuntu", "postgres"]), "service_account"),
            " from ", (g.client_ip(), "IP_ADDRESS"), " port ", str(g.r.randint(1024, 65535)), " ssh2"]


@T
def t_java_stack(g):
    p = g.mixed()
    return ["ERROR [giftaid-worker] c.h.giftaid.DeclarationValidator - ValidationException: missing house number for donor ",
            (p.full, "PERSON"), " <", (g.email(p), "EMAIL_ADDRESS"), "> declaration=", (g.oid("GAD"), "declaration_id"),
            " at com.hope.giftaid.DeclarationValidator.validate(DeclarationValidator.java:", str(g.r.randint(40, 300)), ")"]


@T
def t_python_trace(g):
    p = g.mixed()
    ph = g.phone(p) if g.chance(0.5) else None
    return ['  File "/srv/crm/sync.py", line ', str(g.r.randint(50, 400)), ", in push_contact: KeyError: 'postcode' while processing {'name': '",
            (p.full, "PERSON"), "', 'email': '", (g.email(p), "EMAIL_ADDRESS"), "', 'phone': ",
            *(["'", (ph, "PHONE_NUMBER"), "'"] if ph else ["None"]), ", 'source': 'web'}"]


@T
def t_db_conn_error(g):
    pw = g.password(url_safe=True)
    return ["sqlalchemy.exc.OperationalError: could not connect to server: postgresql://",
            (g.c(["crm_app", "donor_rw", "etl_user", "postgres"]), "service_account"), ":", (pw, "CREDENTIAL"),
            "@", (g.server_ip(), "server_ip"), ":5432/donors (timeout after 30s)"]


@T
def t_config_leak(g):
    return ["DEBUG loaded settings: ENV=production STRIPE_SECRET_KEY=", ("sk_live_" + g.rs(ALNUM, 24), "CREDENTIAL"),
            " MAILCHIMP_API_KEY=", (g.rs(HEX, 32) + f"-us{g.r.randint(1, 21)}", "CREDENTIAL"),
            " DB_HOST=", (g.server_ip(), "server_ip"), " RELEASE=", (g.version(), "version")]


@T
def t_http_header_bearer(g):
    return [(g.ts("iso"), "timestamp"), " DEBUG http.client > POST https://api.gocardless.com/mandates Authorization: Bearer ",
            ("live_" + g.rs(ALNUM + "_-", 40), "CREDENTIAL"), " Idempotency-Key: ", (g.uuid(), "uuid"),
            " GoCardless-Version: 2015-07-06"]


@T
def t_pw_reset(g):
    p = g.mixed()
    return ["auth: password reset requested email=", (g.email(p), "EMAIL_ADDRESS"), " ip=", (g.client_ip(), "IP_ADDRESS"),
            " reset_token=", (g.token(), "CREDENTIAL"), " expires=", (g.ts("iso"), "timestamp")]


@T
def t_portal_login(g):
    p = g.mixed()
    return ["donor-portal login ok user=", (g.email(p), "EMAIL_ADDRESS"), " ip=", (g.client_ip(), "IP_ADDRESS"),
            " session=", (g.session(), "CREDENTIAL"), " via lb=", (g.server_ip(), "server_ip"),
            ' ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"']


@T
def t_sepa_mandate(g):
    p = g.person(g.c(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT"]))
    cc = LOC_CC[p.loc]
    return ["SEPA mandate ", (f"MNDT-{g.d(8)}", "mandate_id"), " signed: debtor=\"", (p.full, "PERSON"), "\" IBAN=",
            (g.iban(cc), "IBAN_CODE"), " BIC=", (g.c(["COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "BSCHESMM", "UNCRITMM"]), "bic"),
            " creditor_id=", (f"DE{g.d(2)}ZZZ{g.d(11)}", "creditor_id"), " amount=", (g.money("EUR"), "amount"), " monthly"]


@T
def t_us_tax_receipt(g):
    p = g.person("en_US")
    return ["Tax receipt ", (g.oid("TR"), "receipt_id"), " issued to ", (p.full, "PERSON"), " for ",
            (g.money("USD"), "amount"), "; org EIN ", (f"{g.d(2)}-{g.d(7)}", "ein"), "; donor TIN on file ",
            (f"***-**-{g.d(4)}", "masked"), "; emailed to ", (g.email(p), "EMAIL_ADDRESS")]


@T
def t_w9_stipend(g):
    p = g.person("en_US")
    return ["payables: W-9 received for volunteer stipend payee ", (p.full, "PERSON"), " ssn=", (g.ssn(), "US_SSN"),
            " vendor_no=", (g.oid("V", 5), "vendor_id"), " uploaded_by=", (g.svc(), "service_account")]


@T
def t_bgcheck(g):
    p = g.person("en_US")
    return ["bgcheck vendor=", g.c(["Sterling", "Checkr", "HireRight"]), " volunteer_id=", (g.oid("VOL", 5), "volunteer_id"),
            ' candidate="', (p.full, "PERSON"), '" ssn=', (g.ssn(), "US_SSN"), " status=", g.c(["clear", "consider", "pending"]),
            " report=", (g.hexhash(20), "report_id")]


@T
def t_driver_plate(g):
    p = g.person(g.c(["en_GB", "en_GB", "en_IN", "pl_PL"]))
    return ["Volunteer driver ", (p.full, "PERSON"), " vehicle ", (g.plate("GB"), "LICENSE_PLATE"),
            " insurance verified; mileage claim ", (g.oid("MC", 5), "claim_id"), " ", (g.money("GBP"), "amount"),
            " approved by ", (g.svc(), "service_account")]


@T
def t_parking_pass(g):
    p = g.person("en_US")
    return ["Parking pass ", (g.oid("PK", 4), "pass_id"), " issued: plate ", (g.plate("US"), "LICENSE_PLATE"),
            " (", g.c(["CA", "NY", "TX", "WA", "IL"]), ") guest ", (p.full, "PERSON"), " event ",
            (g.c(["GALA-2024", "GOLF-DAY-25", "AUCTION-NIGHT"]), "event_code"), " lot ", g.c("ABCD")]


@T
def t_travel_passport(g):
    p = g.person(g.c(["en_GB", "en_US", "de_DE", "fr_FR", "en_IN", "es_ES", "it_IT"]))
    return ["Travel booking ", (g.oid("TB", 5), "booking_id"), " overseas volunteer ", (p.full, "PERSON"),
            " passport ", (g.passport(p), "PASSPORT"), " exp ", (f"{g.r.randint(2026, 2034)}-{g.r.randint(1, 12):02d}", "date"),
            " flight ", (f"{g.c(['BA', 'KQ', 'ET', 'LH', 'AF'])}{g.r.randint(10, 999)}", "flight_no"), " to ",
            g.c(["Nairobi", "Kampala", "Lima", "Kathmandu", "Dhaka"])]


@T
def t_raw_card_warn(g):
    p = g.mixed()
    return ["WARN payments: payload logged before tokenisation! card_number=", (g.card(), "CREDIT_CARD"),
            " exp=", (f"{g.r.randint(1, 12):02d}/{g.r.randint(25, 31)}", "expiry"), ' cardholder="',
            (p.full, "PERSON"), '" order=', (g.oid("DON"), "donation_id")]


@T
def t_healthz(g):
    return [(g.server_ip(), "server_ip"), ' - - [', (g.ts("clf"), "timestamp"), '] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.00',
            str(g.r.randint(1, 9)), " upstream=", (g.server_ip(), "server_ip"), ":8080 build=", (g.version(), "version")]


@T
def t_campaign_stats(g):
    return ["campaign ", (g.campaign(), "campaign_code"), " sent=", str(g.r.randint(5000, 90000)),
            " opens=", str(g.r.randint(1000, 20000)), " clicks=", str(g.r.randint(100, 3000)),
            " bounces=", str(g.r.randint(10, 900)), " unsub=", str(g.r.randint(1, 200)),
            " attributed=", (g.money("GBP"), "amount"), " sender=", (g.role_mail(), "role_mailbox")]


@T
def t_gala_song(g):
    song, artist = g.c(SONGS)
    p = g.mixed()
    return ["Gala playlist request: '", song, "' by ", (artist, "public_figure"), " - requested by table ",
            str(g.r.randint(1, 40)), " guest ", (p.full, "PERSON"), ", donated ", (g.money("GBP"), "amount"), " to play it"]


@T
def t_tribute(g):
    dec, donor, fam = g.latin(), g.mixed(), g.latin()
    return ["Tribute gift ", (g.oid("TG"), "gift_id"), ": in memory of ", (dec.full, "PERSON"), ", from ",
            (donor.full, "PERSON"), " (", (g.email(donor), "EMAIL_ADDRESS"), ") ", (g.money("GBP"), "amount"),
            "; card to be sent to ", (fam.full, "PERSON")]


@T
def t_legacy(g):
    dec, ex = g.person("en_GB"), g.person("en_GB")
    return ["Legacy notified ", (g.ts("uk"), "date"), ": estate of the late ", (dec.full, "PERSON"), ", executor ",
            (ex.full, "PERSON"), " mob ", (g.phone("GB", mobile=True), "PHONE_NUMBER"), ", solicitors ", (g.c(SOLICITORS), "company"),
            ", expected ", (g.money("GBP"), "amount"), ", charity no ", (str(g.r.randint(1000000, 1199999)), "charity_number")]


@T
def t_paypal_ipn(g):
    p = g.mixed()
    return ["ipn: payment_status=Completed&payer_email=", (g.email(p), "EMAIL_ADDRESS"), "&first_name=",
            (p.first, "PERSON"), "&last_name=", (p.last, "PERSON"), "&mc_gross=",
            (f"{g.r.choice([5, 10, 20, 50, 100])}.00", "amount"), "&txn_id=", (g.rs(UP + string.digits, 17), "txn_id"),
            "&receiver_email=", (g.role_mail(), "role_mailbox"), "&ipn_track_id=", (g.rs(HEX, 13), "track_id")]


@T
def t_gocardless_dotted(g):
    p = g.person(g.c(["en_GB", "en_GB", "fr_FR", "de_DE"]))
    cc = {"en_GB": "GB", "fr_FR": "FR", "de_DE": "DE"}[p.loc]
    return ['{"resource_type":"mandates","customer.given_name":"', (p.first, "PERSON"),
            '","customer.family_name":"', (p.last, "PERSON"), '","customer.email":"', (g.email(p), "EMAIL_ADDRESS"),
            '","mandate.id":"', ("MD" + g.rs(UP + string.digits, 12), "mandate_id"), '","bank_account.iban":"',
            (g.iban(cc, spaced=False), "IBAN_CODE"), '","links.creditor":"', ("CR" + g.rs(UP + string.digits, 12), "creditor_id"), '"}']


@T
def t_dedupe(g):
    a = g.latin()
    staff = g.latin()
    b_first = a.first + g.c(["", "", "a", "ie"])
    return ["dedupe: merged contact ", (g.oid("C", 7), "contact_id"), " (", (a.full, "PERSON"), ", ",
            (g.email(a), "EMAIL_ADDRESS"), ") into ", (g.oid("C", 7), "contact_id"), " (", (b_first, "PERSON"), " ",
            (a.last, "PERSON"), ", ", (g.email(a), "EMAIL_ADDRESS"), ") by ", (g.login(staff), "PERSON")]


@T
def t_ivr(g):
    p = g.person("en_US")
    agent = g.latin()
    return ["ivr call_id=", (g.uuid(), "uuid"), " ani=", (g.phone("US"), "PHONE_NUMBER"), ' cnam="',
            (f"{p.last.upper()} {p.first.upper()}", "PERSON"), '" dnis=', (f"1-800-{g.d(3)}-{g.d(4)}", "org_phone"),
            " duration=", str(g.r.randint(20, 900)), "s outcome=pledge agent=", (g.login(agent), "PERSON")]


@T
def t_slack_notify(g):
    p = g.mixed()
    staff = g.latin()
    return ["slack #major-gifts: :tada: New gift ", (g.money("GBP"), "amount"), " from ", (p.full, "PERSON"),
            " (", (g.company(), "company"), ") - nice work @", (g.login(staff), "PERSON"), "!"]


@T
def t_recon(g):
    return ["recon batch ", (g.oid("RB", 5), "batch_id"), " matched=", str(g.r.randint(50, 900)), " unmatched=",
            str(g.r.randint(0, 12)), " stmt_ref=", (g.rs(UP + string.digits, 16), "statement_ref"), " total=",
            (g.money("GBP"), "amount"), " account=", (f"GB** **** **** **** {g.d(2)}{g.d(2)}", "masked"),
            " bank=", (g.c(["Barclays", "HSBC", "NatWest", "Lloyds"]), "company")]


@T
def t_gala_note(g):
    staff = g.person(g.c(["en_GB", "en_IN", "de_DE", "en_US"]))
    p = g.mixed()
    return ["Note by Dr. ", (staff.last, "PERSON"), ": spoke with ", g.c(["Mrs.", "Mr.", "Ms."]), " ", (p.last, "PERSON"),
            " at the gala, keen to fund a well in ", g.c(["Malawi", "Uganda", "Nepal"]), ". Follow up at ",
            (g.email(p), "EMAIL_ADDRESS"), " before ", (g.ts("uk"), "date")]


@T
def t_razorpay(g):
    p = g.person("en_IN")
    return ['{"entity":"event","event":"payment.captured","payload":{"payment":{"entity":{"id":"',
            ("pay_" + g.rs(ALNUM, 14), "payment_id"), '","amount":', (str(g.r.choice([50000, 100100, 250000])), "amount"),
            ',"currency":"INR","email":"', (g.email(p), "EMAIL_ADDRESS"), '","contact":"', (g.phone("IN"), "PHONE_NUMBER"),
            '","notes":{"donor_name":"', (p.full, "PERSON"), '","80g":"yes"}}}}}']


@T
def t_jwt_middleware(g):
    return ["auth-mw: verified token=", (g.jwt(), "CREDENTIAL"), " user_id=", (g.oid("U", 6), "user_id"),
            " role=volunteer_coordinator exp=", (g.ts("epoch"), "timestamp")]


@T
def t_key_rotation(g):
    return [(g.ts("iso"), "timestamp"), " secrets: rotated api key ", (f"sk_live_****{g.rs(ALNUM, 4)}", "masked"),
            " for ", (g.c(GATEWAYS), "company"), " by ", (g.svc(), "service_account"), " fingerprint=sha256:",
            (g.hexhash(64), "hash")]


@T
def t_auction(g):
    item, celeb = g.c(AUCTION)
    p = g.mixed()
    return ["Silent auction lot ", str(g.r.randint(1, 60)), " '", item.capitalize(), " from ", (celeb, "public_figure"),
            "' won by ", (p.full, "PERSON"), " bid ", (g.money("GBP"), "amount"), " paddle ", str(g.r.randint(1, 300))]


@T
def t_webhook_sig_fail(g):
    return ["webhook: signature verification failed for ", (g.stripe_id("evt"), "event_id"), " using secret ",
            ("whsec_" + g.rs(ALNUM, 32), "CREDENTIAL"), " from ", (g.client_ip(), "IP_ADDRESS"),
            " received by ", (g.server_ip(), "server_ip")]


@T
def t_volunteer_signup_form(g):
    p = g.mixed()
    return ["form_submit id=", (g.uuid(), "uuid"), " form=volunteer_signup fields[full_name]=", (p.full, "PERSON"),
            " fields[email]=", (g.email(p), "EMAIL_ADDRESS"), " fields[phone]=", (g.phone(p), "PHONE_NUMBER"),
            " fields[availability]=weekends remote_addr=", (g.client_ip(), "IP_ADDRESS")]


@T
def t_phone_pin(g):
    p = g.person("en_GB")
    return ["Supporter care: caller verified as ", (p.full, "PERSON"), " using telephone PIN ", (g.pin(), "CREDENTIAL"),
            "; requested change of DD date; helpline ", (f"0800 {g.d(3)} {g.d(4)}", "org_phone")]


@T
def t_beneficiary_csv(g):
    p = g.mixed()
    return [(g.oid("BEN", 5), "beneficiary_id"), ";", (p.full, "PERSON"), ";", (g.phone(p), "PHONE_NUMBER"), ";",
            g.c(["food parcel", "fuel voucher", "school uniform grant", "emergency grant"]), ";",
            (g.money("GBP"), "amount"), ";", (g.ts("uk"), "date")]


# ------------------------------------------------------- other European
@T
def t_es_donacion(g):
    p = g.person("es_ES")
    return ["Donación recibida: ", (g.money("EUR"), "amount"), " de ", (p.full, "PERSON"), " (",
            (g.email(p), "EMAIL_ADDRESS"), "), tel. ", (g.phone("ES"), "PHONE_NUMBER"),
            ", certificado fiscal ", (g.oid("CF"), "receipt_id")]


@T
def t_fr_recu(g):
    p = g.person("fr_FR")
    return ["Reçu fiscal n° ", (g.oid("RF"), "receipt_id"), " émis pour ", g.c(["M.", "Mme"]), " ", (p.full, "PERSON"),
            ", montant ", (g.money("EUR"), "amount"), ", réduction d'impôt 66 %, envoyé à ", (g.email(p), "EMAIL_ADDRESS")]


@T
def t_de_quittung(g):
    p = g.person("de_DE")
    return ["Zuwendungsbestätigung ", (g.oid("ZB"), "receipt_id"), " für ", g.c(["Frau", "Herrn"]), " ",
            (p.full, "PERSON"), ", IBAN ", (g.iban("DE"), "IBAN_CODE"), ", Betrag ", (g.money("EUR"), "amount"),
            ", Rückfragen unter ", (g.phone("DE"), "PHONE_NUMBER")]


@T
def t_pt_cancel(g):
    p = g.person("pt_BR")
    return ["Doação recorrente cancelada por ", (p.full, "PERSON"), ", celular ", (g.phone("BR"), "PHONE_NUMBER"),
            ", motivo: desemprego. Valor ", (g.money("BRL"), "amount"), " assinatura ", (g.oid("ASS"), "subscription_id")]


@T
def t_it_volontario(g):
    p = g.person("it_IT")
    return ["Volontario registrato: ", (p.full, "PERSON"), " per il turno mensa del ", (g.ts("uk"), "date"),
            ", tel ", (g.phone("IT"), "PHONE_NUMBER"), ", email ", (g.email(p), "EMAIL_ADDRESS")]


@T
def t_nl_machtiging(g):
    p = g.person("nl_NL")
    return ["Machtiging ", (f"MACH{g.d(7)}", "mandate_id"), " ingetrokken door ", (p.full, "PERSON"), ", IBAN ",
            (g.iban("NL"), "IBAN_CODE"), ", bedrag ", (g.money("EUR"), "amount"), " per maand"]


@T
def t_pl_darowizna(g):
    p = g.person("pl_PL")
    return ["Darowizna od ", (p.full, "PERSON"), ", tel. ", (g.phone("PL"), "PHONE_NUMBER"), ", kwota ",
            (g.money("PLN"), "amount"), ", przelew z rachunku ", (g.iban("PL"), "IBAN_CODE"), " (1,5% podatku? nie)"]


@T
def t_ru_donation(g):
    p = g.person("ru_RU")
    return ["Пожертвование ", (g.oid("D"), "donation_id"), " от ", (p.full, "PERSON"), ", тел. ",
            (g.phone("RU"), "PHONE_NUMBER"), ", сумма ", (g.money("RUB"), "amount"), ", e-mail ", (g.email(p), "EMAIL_ADDRESS")]


@T
def t_asia_partner(g):
    p = g.person(g.c(["ja_JP", "ko_KR", "vi_VN"]))
    cur = {"ja_JP": "JPY", "ko_KR": "KRW", "vi_VN": "USD"}[p.loc]
    return ["partner-sync region=APAC donor=", (p.full, "PERSON"), " tel=", (g.phone(p), "PHONE_NUMBER"),
            " amount=", (g.money(cur), "amount"), " partner=", (g.c(["Kakao Together", "Yahoo! Japan Donation", "GlobalGiving"]), "company"),
            " batch=", (g.oid("AP", 5), "batch_id")]


# ---------------------------------------------------------------- Chinese
@T
def z_donation_ok(g):
    p = g.zh()
    if g.chance(0.35):  # 匿名捐赠: 手机号已脱敏
        who = [g.c(["爱心人士", "匿名", "一位好心人"]), " 手机=", (g.masked_phone("CN"), "masked")]
    else:
        who = [(p.full, "PERSON"), " 手机=", (g.phone("CN"), "PHONE_NUMBER")]
    return [(g.ts("cn"), "timestamp"), " [INFO] 捐赠成功 订单号=", (g.oid("DON", 8), "order_id"), " 捐赠人=",
            *who, " 金额=", (g.money("CNY"), "amount"),
            " 支付方式=", (g.c(["微信支付", "支付宝", "银联"]), "company")]


@T
def z_batch_deduct(g):
    return ["定时任务 月捐扣款 批次=", (g.oid("B", 8), "batch_id"), " 成功=", str(g.r.randint(100, 5000)), " 失败=",
            str(g.r.randint(0, 80)), " 总额=", (g.money("CNY"), "amount"), " 耗时=", str(g.r.randint(3, 300)), "s 节点=",
            (g.server_ip(), "server_ip")]


@T
def z_json_cn_keys(g):
    p = g.zh()
    return ['{"捐赠人":"', (p.full, "PERSON"), '","手机号":"', (g.phone("CN"), "PHONE_NUMBER"), '","身份证号":"',
            (g.cnid(), "CN_RESIDENT_ID"), '","金额":"', (f"{g.r.choice([100, 200, 500, 1000])}.00", "amount"),
            '","票据类型":"公益事业捐赠票据","项目":"', g.c(ORGS_ZH), '"}']


@T
def z_roster(g):
    p, lead = g.zh(), g.zh()
    return ["志愿者排班 ", (g.ts("date"), "date"), " 上午 社区食堂 ", (p.full, "PERSON"), " ", (g.phone("CN"), "PHONE_NUMBER"),
            " 组长:", (lead.last, "PERSON"), g.c(["经理", "老师", "组长", "主任"])]


@T
def z_case_note(g):
    sw, ben = g.zh(), g.zh()
    return ["个案记录 ", (g.oid("CASE", 5), "case_id"), "：社工", (sw.full, "PERSON"), "走访受助人", (ben.last, "PERSON"),
            g.c(["大爷", "阿姨", "奶奶", "大哥"]), "，其女儿电话 ", (g.phone("CN"), "PHONE_NUMBER"),
            "，已申请临时救助 ", (g.money("CNY"), "amount")]


@T
def z_event_signup(g):
    p = g.zh()
    return ["活动报名成功: 姓名=", (p.full, "PERSON"), " 证件号=", (g.cnid(), "CN_RESIDENT_ID"), " 手机=",
            (g.phone("CN"), "PHONE_NUMBER"), " 活动=", g.c(["公益徒步", "爱心义卖", "助学夏令营", "99公益日"]),
            " 报名编号=", (g.oid("BM", 6), "signup_id")]


@T
def z_invoice(g):
    p = g.zh()
    return ["电子捐赠票据已开具 票据号 ", (f"{g.d(8)}{g.d(10)}", "invoice_no"), " 抬头 ", (p.full, "PERSON"),
            " 金额 ", (g.money("CNY"), "amount"), " 已发送至 ", (g.email(p), "EMAIL_ADDRESS")]


@T
def z_alipay_notify(g):
    return ["alipay notify: notify_type=trade_status_sync&buyer_logon_id=", (g.masked_phone("CN"), "masked"),
            "&trade_no=", (f"{g.ts('date').replace('-', '')}2200{g.d(14)}", "trade_no"), "&total_amount=",
            (f"{g.r.choice([10, 50, 100, 200])}.00", "amount"), "&buyer_id=", (f"2088{g.d(12)}", "buyer_id"),
            "&trade_status=TRADE_SUCCESS&notify_id=", (g.hexhash(32), "notify_id")]


@T
def z_wechat_pay(g):
    p = g.zh()
    return ['{"appid":"', ("wx" + g.rs(HEX, 16), "app_id"), '","mch_id":"', (g.d(10), "merchant_id"),
            '","out_trade_no":"', (g.oid("WX", 10), "order_id"), '","total_fee":', (str(g.r.choice([1000, 5000, 10000])), "amount"),
            ',"attach":"捐赠人:', (p.full, "PERSON"), ' 电话:', (g.phone("CN"), "PHONE_NUMBER"), '","result_code":"SUCCESS"}']


@T
def z_sms_thanks(g):
    p = g.zh()
    return ["短信发送 to=", (g.phone("CN", mobile=True), "PHONE_NUMBER"), " 内容:【", g.c(ORGS_ZH), "】尊敬的", (p.last, "PERSON"),
            g.c(["先生", "女士"]), "，感谢您捐赠", (g.money("CNY"), "amount"), "，您的爱心将帮助山区儿童。退订回T"]


@T
def z_sms_code(g):
    return ["短信网关 下发 手机 ", (g.phone("CN", mobile=True), "PHONE_NUMBER"), " 内容:【", g.c(ORGS_ZH), "】您的验证码为",
            (g.d(6), "CREDENTIAL"), "，5分钟内有效，请勿泄露。 msgid=", (g.hexhash(16), "message_id")]


@T
def z_ticket(g):
    p, agent = g.zh(), g.zh()
    return ["工单 ", (f"T{g.d(8)}", "ticket_id"), " | 来电人: ", (p.last, "PERSON"), g.c(["女士", "先生"]),
            " | 电话: ", (g.phone("CN"), "PHONE_NUMBER"), " | 诉求: 申请退款 | 处理人: 客服小", (agent.last, "PERSON")]


@T
def z_luxun_post(g):
    who, q = g.c(QUOTES_ZH)
    return ["公众号推文发布: 《", (who, "public_figure"), "说\u201c", q, "\u201d——我们在行动》 作者账号 ",
            (g.svc(), "service_account"), " 阅读 ", str(g.r.randint(100, 50000)), " 时间 ", (g.ts("cn"), "timestamp")]


@T
def z_pool_warn(g):
    return [(g.ts("cn"), "timestamp"), " [WARN] 数据库连接池耗尽 host=", (g.server_ip(), "server_ip"),
            " pool=crm max=50 服务 ", (g.host(), "hostname"), " 版本 ", (g.version(), "version")]


@T
def z_admin_login(g):
    p = g.zh()
    return ["后台审计: 用户 ", (f"{p.ll}{g.c(PINYIN_GIVEN)}", "PERSON"), " 登录成功 IP ", (g.client_ip(), "IP_ADDRESS"),
            " 时间 ", (g.ts("cn"), "timestamp"), " 操作 导出捐赠人名单 ", str(g.r.randint(10, 5000)), "条"]


@T
def z_mysql_err(g):
    return ["连接失败: mysql://", (g.c(["donor_rw", "charity_app", "root"]), "service_account"), ":",
            (g.password(url_safe=True), "CREDENTIAL"), "@", (g.server_ip(), "server_ip"),
            ":3306/charity 请检查账号密码 (错误码 1045)"]


@T
def z_tw_receipt(g):
    p = g.zh(tw=True)
    return ["捐款收據已寄出 收據編號 ", (g.oid("R", 8), "receipt_id"), " 捐款人 ", (p.full, "PERSON"), " 電話 ",
            (g.phone("TW"), "PHONE_NUMBER"), " 金額 ", (g.money("TWD"), "amount"), " 單位 ", (g.c(ORGS_TW), "org")]


@T
def z_tw_volunteer(g):
    p, sup = g.zh(tw=True), g.zh(tw=True)
    return ["志工報到 ", (p.full, "PERSON"), " 手機 ", (g.phone("TW"), "PHONE_NUMBER"), " 服務時數 ",
            str(g.r.randint(1, 8)), " 小時 督導 ", (sup.last, "PERSON"), g.c(["組長", "老師", "主任"])]


@T
def z_tw_event_plate(g):
    p = g.zh(tw=True)
    return ["活動報名 姓名:", (p.full, "PERSON"), " Email:", (g.email(p), "EMAIL_ADDRESS"), " 停車車牌:",
            (g.plate("TW"), "LICENSE_PLATE"), " 場次:", (g.ts("date"), "date")]


@T
def z_transport_plate(g):
    p = g.zh()
    return ["物资运输登记 车牌 ", (g.plate("CN"), "LICENSE_PLATE"), " 司机 ", (p.full, "PERSON"), " 电话 ",
            (g.phone("CN"), "PHONE_NUMBER"), " 物资 大米", str(g.r.randint(10, 500)), "袋 发货方 ", (g.c(CN_COMPANIES), "company")]


@T
def z_passport_trip(g):
    p = g.zh()
    return ["海外志愿者出行 ", (p.full, "PERSON"), " 护照号 ", (g.passport("CN"), "PASSPORT"), " 航班 ",
            (f"{g.c(['CA', 'MU', 'CZ'])}{g.r.randint(100, 999)}", "flight_no"), " 目的地 ", g.c(["内罗毕", "金边", "加德满都"])]


@T
def z_corporate_transfer(g):
    return ["对公转账到账 付款方 ", (g.c(g.cn_companies), "company"), " 账号尾号 ", (g.d(4), "masked"), " 金额 ",
            (g.money("CNY"), "amount"), " 流水号 ", (g.d(20), "serial_no"), " 用途 ", g.c(["抗洪救灾", "助学", "乡村医疗"])]


@T
def z_wecom_notify(g):
    staff, donor = g.zh(), g.zh()
    return ["企业微信通知: @", (staff.full, "PERSON"), " 新的大额捐赠 ", (g.money("CNY"), "amount"), " 来自 ",
            (donor.last, "PERSON"), g.c(["先生", "女士", "总"]), "，请尽快致电 ", (g.phone("CN"), "PHONE_NUMBER"), " 致谢"]


@T
def z_email_header(g):
    p = g.zh()
    return ["发件人: ", (p.full, "PERSON"), " <", (g.email(p), "EMAIL_ADDRESS"), "> 收件人: ", (g.role_mail(zh=True), "role_mailbox"),
            " 主题: 申请开具捐赠票据 日期: ", (g.ts("cn"), "timestamp")]


@T
def z_unsubscribe(g):
    p = g.zh()
    return ["邮件退订: ", (g.email(p), "EMAIL_ADDRESS"), " 活动 ", g.c(["春节募捐", "99公益日", "冬衣计划"]), " 来源IP ",
            (g.client_ip(), "IP_ADDRESS"), " 处理节点 ", (g.server_ip(), "server_ip")]


@T
def z_deduct_fail(g):
    p = g.zh()
    return ["代扣失败 协议号 ", (f"AG{g.d(14)}", "agreement_id"), " 持卡人 ", (p.full, "PERSON"), " 卡号 ",
            (g.card("unionpay"), "CREDIT_CARD"), " 原因 余额不足 客服热线 ", (f"400-{g.d(3)}-{g.d(4)}", "org_phone")]


@T
def z_tw_card(g):
    p = g.zh(tw=True)
    return ["線上捐款 信用卡 ", (g.card(g.c(["visa", "mc"])), "CREDIT_CARD"), " 持卡人 ", (p.full, "PERSON"), " 授權碼 ",
            (g.d(6), "auth_code"), " 金額 ", (g.money("TWD"), "amount")]


@T
def z_gala_ambassador(g):
    p = g.zh()
    return ["慈善晚会 公益大使 ", (g.c(["成龙", "姚明", "周杰伦", "钟南山", "韩红", "李连杰"]), "public_figure"), " 出席；现场签到志愿者 ", (p.full, "PERSON"),
            " 联系邮箱 ", (g.email(p), "EMAIL_ADDRESS"), " 签到码 ", (g.oid("QD", 6), "checkin_code")]


@T
def z_api_key_leak(g):
    return [(g.ts("cn"), "timestamp"), " [DEBUG] 调用腾讯云短信 SecretId=", ("AKID" + g.rs(ALNUM, 32), "CREDENTIAL"),
            " SecretKey=", (g.rs(ALNUM, 32), "CREDENTIAL"), " 请求ID ", (g.uuid(), "uuid")]


@T
def z_json_camel_volunteer(g):
    p = g.zh()
    return ['{"volunteerId":"', (g.oid("V", 6), "volunteer_id"), '","realName":"', (p.full, "PERSON"),
            '","idCardNo":"', (g.cnid(), "CN_RESIDENT_ID"), '","mobile":"', (g.phone("CN"), "PHONE_NUMBER"),
            '","serviceHours":', str(g.r.randint(1, 400)), ',"team":"', g.c(ORGS_ZH), '"}']


@T
def z_masked_only(g):
    return ["捐赠记录查询 手机 ", (g.masked_phone("CN"), "masked"), " 卡号 ", (g.masked_card(), "masked"),
            " 共 ", str(g.r.randint(1, 30)), " 笔 累计 ", (g.money("CNY"), "amount"), " 查询来源 ", (g.server_ip(), "server_ip")]


# =========================================================================
def _assemble(parts, tidx):
    text, spans, decoys = [], [], []
    pos = 0
    for part in parts:
        if isinstance(part, str):
            s = part
        else:
            s, lab = part
            assert isinstance(s, str) and s, (tidx, part)
            if lab.isupper():
                assert lab in TYPES, (tidx, lab)
                spans.append([pos, pos + len(s), lab])
            else:
                assert lab and lab == lab.lower(), (tidx, lab)
                decoys.append([pos, pos + len(s), lab])
        text.append(s)
        pos += len(s)
    return "".join(text), spans, decoys


def _check(rec, values):
    text = rec["text"]
    assert "\n" not in text and "\r" not in text, rec
    allv = sorted([tuple(x) + ("S",) for x in rec["spans"]] + [tuple(x) + ("D",) for x in rec["decoys"]])
    prev_end = 0
    for s, e, lab, _k in allv:
        assert 0 <= s < e <= len(text), rec
        assert s >= prev_end, ("overlap", rec)
        prev_end = e
    for (s, e, _lab), v in zip(rec["spans"] + rec["decoys"], values):
        assert text[s:e] == v, (rec, v)


def blind_log33(n: int, seed: int = 0) -> list[dict]:
    g = G(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        ti = g.r.randrange(nt)
        parts = TEMPLATES[ti](g)
        text, spans, decoys = _assemble(parts, ti)
        vals_s = [p[0] for p in parts if not isinstance(p, str) and p[1].isupper()]
        vals_d = [p[0] for p in parts if not isinstance(p, str) and not p[1].isupper()]
        rec = {"text": text, "spans": spans, "decoys": decoys, "template": ti}
        _check(rec, vals_s + vals_d)
        out.append(rec)
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time

    for sd in (1, 2):
        t0 = time.time()
        recs = blind_log33(5000, seed=sd)
        dt = time.time() - t0
        assert recs == blind_log33(5000, seed=sd) if sd == 1 else True
        cnt = collections.Counter(s[2] for r in recs for s in r["spans"])
        dcnt = collections.Counter(d[2] for r in recs for d in r["decoys"])
        nopii = sum(1 for r in recs if not r["spans"])
        print(f"seed={sd} templates={len(TEMPLATES)} lines={len(recs)} time={dt:.2f}s no_pii_lines={nopii}")
        print(" spans:", dict(sorted(cnt.items())))
        print(" decoys:", sum(dcnt.values()), "kinds:", len(dcnt))
    if "-v" in sys.argv:
        for r in blind_log33(40, seed=7):
            print(r["template"], r["text"])
