"""Blind benchmark data #37: log lines of a retail bank (branches, ATMs, call centre,
KYC, loans and mortgages, card disputes, wires and standing orders, teller logs, fraud
alerts, collections, online banking sessions, core-banking batch jobs).

    blind_log37(n, seed=0) -> list of {"text", "spans", "decoys", "template"}

Written independently of the redactor; standard library + Faker only.
"""

import random
import re
import unicodedata
from datetime import datetime, timedelta

from faker import Faker

TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE",
}

_PH = re.compile(r"\{\{(\w+)\}\}")
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64U = _B62 + "-_"
_HEX = "0123456789abcdef"
_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIG = "0123456789"


# --------------------------------------------------------------------------- builder
class B:
    """Accumulates a line and the offsets of labelled values."""

    def __init__(self, compact=False):
        self.buf = []
        self.n = 0
        self.spans = []
        self.decoys = []
        self.sep = (",", ":") if compact else (", ", ": ")

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def v(self, val, lab):
        if lab is None:
            return self.t(val)
        assert val and val == val.strip(), repr(val)
        st = self.n
        self.t(val)
        if lab.isupper():
            assert lab in TYPES, lab
            self.spans.append([st, self.n, lab])
        else:
            self.decoys.append([st, self.n, lab])
        return self

    def f(self, _tpl, **kw):
        i = 0
        for m in _PH.finditer(_tpl):
            self.t(_tpl[i:m.start()])
            x = kw[m.group(1)]
            if isinstance(x, tuple):
                self.v(x[0], x[1])
            else:
                self.t(str(x))
            i = m.end()
        self.t(_tpl[i:])
        return self

    def j(self, obj):
        """JSON: list of (key, value) pairs -> object; Arr -> array; (val, lab) -> labelled
        string; (val, lab, 1) -> labelled raw token; str/int/float/bool/None -> plain."""
        if isinstance(obj, Arr):
            self.t("[")
            for k, x in enumerate(obj):
                if k:
                    self.t(self.sep[0])
                self.j(x)
            self.t("]")
        elif isinstance(obj, list):
            self.t("{")
            for k, (key, val) in enumerate(obj):
                if k:
                    self.t(self.sep[0])
                self.t('"' + key + '"' + self.sep[1])
                self.j(val)
            self.t("}")
        elif isinstance(obj, tuple):
            assert '"' not in obj[0] and "\\" not in obj[0], obj
            if len(obj) == 3:
                self.v(obj[0], obj[1])
            else:
                self.t('"').v(obj[0], obj[1]).t('"')
        elif obj is None:
            self.t("null")
        elif obj is True or obj is False:
            self.t("true" if obj else "false")
        elif isinstance(obj, (int, float)):
            self.t(repr(obj))
        else:
            assert '"' not in obj and "\\" not in obj, obj
            self.t('"' + obj + '"')
        return self

    def text(self):
        return "".join(self.buf)


class Arr(list):
    pass


# --------------------------------------------------------------------------- name data
_LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES", "pt_BR",
            "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
_WEST_W = {"en_US": 7, "en_GB": 3, "en_IN": 3, "fr_FR": 1.2, "de_DE": 1.2, "es_ES": 1.2,
           "pt_BR": 1.2, "it_IT": 1, "nl_NL": 1, "pl_PL": 1, "tr_TR": 1, "ru_RU": 1,
           "vi_VN": 1, "ja_JP": 1, "ko_KR": 1, "zh_CN": 1, "zh_TW": 0.8}
_LOC_CC = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW",
           "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP",
           "ko_KR": "KR", "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
           "tr_TR": "TR", "vi_VN": "VN"}
_MAILDOM = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "en_GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "zh_CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "zh_TW": ["gmail.com", "yahoo.com.tw", "hinet.net", "pchome.com.tw"],
    "fr_FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "es_ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "ja_JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "ezweb.ne.jp"],
    "ko_KR": ["naver.com", "daum.net", "gmail.com", "hanmail.net"],
    "ru_RU": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"],
    "it_IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl_PL": ["wp.pl", "onet.pl", "interia.pl", "gmail.com"],
    "tr_TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}
_CN_SUR = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
           ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"),
           ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"),
           ("林", "Lin"), ("何", "He"), ("郭", "Guo"), ("马", "Ma"), ("罗", "Luo"),
           ("梁", "Liang"), ("宋", "Song"), ("郑", "Zheng"), ("谢", "Xie"), ("韩", "Han"),
           ("唐", "Tang"), ("冯", "Feng"), ("于", "Yu"), ("董", "Dong"), ("萧", "Xiao"),
           ("程", "Cheng"), ("曹", "Cao"), ("袁", "Yuan"), ("邓", "Deng"), ("许", "Xu"),
           ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge")]
_CN_GIV_M = [("伟", "Wei"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"),
             ("勇", "Yong"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"),
             ("刚", "Gang"), ("平", "Ping"), ("建华", "Jianhua"), ("晓东", "Xiaodong"),
             ("浩然", "Haoran"), ("宇轩", "Yuxuan"), ("思远", "Siyuan"), ("志明", "Zhiming"),
             ("国强", "Guoqiang"), ("文博", "Wenbo"), ("俊", "Jun"), ("鹏", "Peng"),
             ("子豪", "Zihao"), ("海", "Hai"), ("斌", "Bin")]
_CN_GIV_F = [("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"),
             ("艳", "Yan"), ("娟", "Juan"), ("秀英", "Xiuying"), ("霞", "Xia"),
             ("桂英", "Guiying"), ("子涵", "Zihan"), ("欣怡", "Xinyi"), ("雨桐", "Yutong"),
             ("海燕", "Haiyan"), ("佳琪", "Jiaqi"), ("婷", "Ting"), ("雪", "Xue"),
             ("慧", "Hui"), ("梦琪", "Mengqi"), ("晓燕", "Xiaoyan"), ("莉", "Li")]
_KO_SUR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"]
_KO_GIV = ["Minjun", "Seoyeon", "Jiho", "Hyunwoo", "Jiwoo", "Soyeon", "Dohyun", "Eunji",
           "Yuna", "Sungmin", "Jihoon", "Haeun"]
_VI_SUR = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ho"]
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                 "yu", "ya"]))
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i",
                          "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                          "İ": "I"})


def _ascii(s):
    s = s.translate(_SPECIAL)
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in _CYR:
            tr = _CYR[lo]
            out.append(tr.capitalize() if ch != lo else tr)
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in s if ord(c) < 128 and not unicodedata.combining(c)).strip()


def _slug(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Person:
    __slots__ = ("full", "first", "last", "afirst", "alast", "loc", "male")

    def __init__(self, full, first, last, afirst, alast, loc, male):
        self.full, self.first, self.last = full, first, last
        self.afirst, self.alast, self.loc, self.male = afirst, alast, loc, male

    @property
    def afull(self):
        if self.loc in ("zh_CN", "zh_TW", "ko_KR", "ja_JP", "vi_VN"):
            return self.alast + " " + self.afirst
        return self.afirst + " " + self.alast


# --------------------------------------------------------------------------- static decoy data
_BANKDOM = ["northbridgebank.com", "harborfederal.com", "kestrelbank.co.uk", "meridian-cu.org"]
_ROLES = ["support", "noreply", "no-reply", "billing", "disputes", "kyc-ops", "collections",
          "fraud-alerts", "postmaster", "service", "statements", "mortgages"]
_SVC = ["svc-backup", "root", "jenkins", "svc-kyc-engine", "batch_eod", "sys_core",
        "ops-automation", "svc-payments", "ledger_app", "SYSTEM", "airflow", "cron",
        "svc-atm-monitor", "etl_loader"]
_MERCH = ["AMZN Mktp US", "UBER *TRIP", "NETFLIX.COM", "APPLE.COM/BILL", "SHELL OIL 57442",
          "WALMART SUPERCENTER", "BOOKING.COM", "RYANAIR", "STEAMGAMES.COM", "PAYPAL *EBAY",
          "SQ *BLUE BOTTLE COFFEE", "TST* JOES PIZZA", "DELTA AIR LINES", "AIRBNB * HMQ2ZK",
          "SPOTIFY P1A2B3", "TARGET 00021", "BEST BUY 00412", "ALIEXPRESS", "ZALANDO SE"]
_CN_MERCH = ["京东商城", "美团外卖", "拼多多", "携程旅行", "滴滴出行", "天猫超市", "苏宁易购",
             "支付宝-淘宝", "唯品会", "抖音电商"]
_PF = ["Taylor Swift", "Warren Buffett", "Lionel Messi", "Serena Williams", "Elon Musk",
       "Oprah Winfrey", "LeBron James", "Adele", "Ed Sheeran", "Beyoncé", "Cristiano Ronaldo"]
_SONGS = [("Shake It Off", "Taylor Swift"), ("Hello", "Adele"), ("Shape of You", "Ed Sheeran"),
          ("Halo", "Beyoncé"), ("Bad Guy", "Billie Eilish"), ("Yesterday", "The Beatles"),
          ("Clair de Lune", "Claude Debussy"), ("Moon River", "Frank Sinatra")]
_CN_PF_CARD = ["周杰伦", "姚明", "刘德华", "邓丽君", "王菲", "谷爱凌"]
_CN_QUOTES = [("鲁迅", "其实地上本没有路，走的人多了，也便成了路"),
              ("孔子", "学而时习之，不亦说乎"), ("李白", "天生我材必有用"),
              ("苏轼", "但愿人长久，千里共婵娟"), ("诸葛亮", "非淡泊无以明志")]
_CN_BR = ["北京朝阳支行", "上海浦东支行", "深圳福田支行", "广州天河支行", "杭州西湖支行",
          "成都高新支行", "武汉江汉支行", "南京鼓楼支行", "西安雁塔支行", "重庆解放碑支行"]
_TW_BR = ["台北信義分行", "台中文心分行", "高雄苓雅分行", "新竹科學園區分行", "台南東寧分行"]
_CN_BANKS = ["招商银行", "工商银行", "建设银行", "农业银行", "汇通银行", "浦发银行"]
_CN_COMP_SUFFIX = ["贸易有限公司", "科技有限公司", "商贸有限责任公司", "投资管理有限公司"]
_BIC = ["DEUTDEFF", "BNPAFRPP", "CHASUS33", "HSBCGB2L", "ICBKCNBJ", "CMBCCNBS", "INGBNL2A",
        "BSCHESMM", "UNCRITMM", "BOFAUS3N", "COBADEFFXXX", "NWBKGB2LXXX", "BOTKJPJT",
        "PKOPPLPW", "TGBATRIS", "ITAUBRSP"]
_BUREAU = ["Experian", "Equifax", "TransUnion"]
_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "NBMobile/5.4.1 (Android 14; SM-S911B)", "NBMobile/5.3.9 (iOS 17.2; iPhone14,2)",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]
_PATHS = ["/ob/accounts/summary", "/ob/transfers/new", "/ob/statements/2024-02.pdf",
          "/ob/cards/manage", "/ob/payees", "/ob/login", "/ob/profile/contact",
          "/ob/loans/mortgage/status", "/static/js/app.4f9c2e.js", "/ob/standing-orders"]
_IBAN_CC = ["DE", "GB", "FR", "ES", "NL", "IT", "PL", "BE", "TR", "CH", "AT", "IE", "PT"]
_CN_AREA = ["110101", "110105", "310104", "310115", "440305", "440106", "330106", "510107",
            "420106", "320102", "370202", "610113", "500103", "120101", "350203", "430102"]
_CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

_FK = {}


def _faker(loc):
    f = _FK.get(loc)
    if f is None:
        f = _FK[loc] = Faker(loc)
    return f


# --------------------------------------------------------------------------- generator context
class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {}
        for loc in _LOCALES:
            f = _faker(loc)
            f.seed_instance(seed)
            self.fk[loc] = f
        self.fk_en = self.fk["en_US"]
        self._wl = list(_WEST_W)
        self._ww = [_WEST_W[k] for k in self._wl]
        self.base = datetime(2023, 1, 1)

    # -- small helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice(_DIG) for _ in range(n))

    def chars(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def pick_loc(self):
        return self.r.choices(self._wl, self._ww)[0]

    # -- people
    def person(self, loc=None, male=None):
        r = self.r
        loc = loc or self.pick_loc()
        male = (r.random() < 0.5) if male is None else male
        if loc == "zh_CN":
            return self.cn_person(male)
        f = self.fk[loc]
        if loc == "ja_JP":
            first, _, af = f.first_name_male_pair() if male else f.first_name_female_pair()
            last, _, al = f.last_name_pair()
            full = last + r.choice([" ", "", " "]) + first
            return Person(full, first, last, af, al, loc, male)
        first = f.first_name_male() if male else f.first_name_female()
        try:
            last = f.last_name_male() if male else f.last_name_female()
        except AttributeError:
            last = f.last_name()
        if loc == "zh_TW":
            return Person(last + first, first, last, f.first_romanized_name().title(),
                          f.last_romanized_name().title(), loc, male)
        if loc == "ko_KR":
            return Person(last + first, first, last, r.choice(_KO_GIV), r.choice(_KO_SUR),
                          loc, male)
        if loc == "vi_VN":
            mid = r.choice(["Văn ", "Thị ", "Minh ", "Đức ", "Ngọc ", ""])
            if mid == "Thị " and male:
                mid = "Văn "
            first2 = mid + first
            return Person(last + " " + first2, first2, last, _ascii(first2), _ascii(last),
                          loc, male)
        return Person(first + " " + last, first, last, _ascii(first) or "Alex",
                      _ascii(last) or "Smith", loc, male)

    def cn_person(self, male=None):
        r = self.r
        male = (r.random() < 0.5) if male is None else male
        sur = _CN_SUR[r.randrange(len(_CN_SUR))] if r.random() < 0.93 else r.choice(_CN_SUR[-3:])
        pool = _CN_GIV_M if male else _CN_GIV_F
        g1 = r.choice(pool)
        if len(g1[0]) == 1 and r.random() < 0.45:
            g2 = r.choice(pool)
            g1 = (g1[0] + g2[0][0], g1[1] + (g2[1].lower() if len(g2[0]) == 1 else g2[1][:3].lower()))
        return Person(sur[0] + g1[0], g1[0], sur[0], g1[1], sur[1], "zh_CN", male)

    def login(self, p):
        r = self.r
        f, l = _slug(p.afirst) or "user", _slug(p.alast) or "x"
        k = r.randrange(9)
        if k == 0:
            s = f[0] + l
        elif k == 1:
            s = f + "." + l
        elif k == 2:
            s = l + f[0]
        elif k == 3:
            s = f[0] + l + str(r.randint(1, 99))
        elif k == 4:
            s = f + "_" + l
        elif k == 5:
            s = l + "." + f
        elif k == 6:
            s = f + l[0] + str(r.randint(70, 99))
        elif k == 7:
            s = f[0] + "." + l
        else:
            s = l + f
        return s[:24]

    def email(self, p, dom=None):
        r = self.r
        if dom is None:
            if p.loc == "zh_CN" and r.random() < 0.35:
                return str(r.randint(100000, 3999999999)) + "@qq.com"
            dom = r.choice(_MAILDOM.get(p.loc, _MAILDOM["en_US"]))
        f, l = _slug(p.afirst) or "user", _slug(p.alast) or "x"
        k = r.randrange(6)
        local = [f + "." + l, f[0] + l, f + l + str(r.randint(1, 99)), l + "." + f,
                 f + "_" + l + str(r.randint(60, 99)), f + "." + l[0]][k]
        return local + "@" + dom

    def staff_email(self, p):
        return (_slug(p.afirst)[:1] or "a") + "." + (_slug(p.alast) or "x") + "@" + self.bankdom

    @property
    def bankdom(self):
        return self.r.choice(_BANKDOM)

    def role_mail(self, dom=None):
        return self.r.choice(_ROLES) + "@" + (dom or self.bankdom)

    def title(self, p, lang="en"):
        if lang == "en":
            return self.r.choice(["Mr.", "Mr", "Dr."]) if p.male else self.r.choice(["Ms.", "Mrs.", "Ms", "Dr."])
        if lang == "fr":
            return "M." if p.male else "Mme"
        if lang == "de":
            return "Herr" if p.male else "Frau"
        if lang == "es":
            return "Sr." if p.male else "Sra."
        return ""

    # -- phones
    def phone(self, loc=None):
        r = self.r
        loc = loc or "en_US"
        d = self.digits
        k = r.randrange(5)
        if loc == "en_US":
            a = str(r.randint(2, 9)) + d(2)
            e = str(r.randint(2, 9)) + d(2)
            s = d(4)
            return [f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}", f"+1 {a}-{e}-{s}",
                    f"+1{a}{e}{s}"][k]
        if loc == "en_GB":
            m = "7" + str(r.randint(4, 9)) + d(2)
            return [f"0{m} {d(6)}", f"+44 {m} {d(6)}", f"+44 (0)20 {d(4)} {d(4)}",
                    f"020 {d(4)} {d(4)}", f"0{m}{d(6)}"][k]
        if loc == "en_IN":
            m = str(r.randint(6, 9)) + d(4)
            t = d(5)
            return [f"+91 {m} {t}", f"+91-{m}{t}", f"0{m}{t}", f"{m} {t}", f"+91{m}{t}"][k]
        if loc == "zh_CN":
            p3 = r.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139",
                           "150", "151", "152", "155", "158", "159", "176", "177", "180",
                           "181", "185", "186", "187", "188", "189", "198", "199"])
            a, b = d(4), d(4)
            return [f"{p3}{a}{b}", f"{p3} {a} {b}", f"{p3}-{a}-{b}", f"+86 {p3} {a} {b}",
                    f"+86{p3}{a}{b}", f"{p3}{a}{b}", f"{p3}{a}{b}"][r.randrange(7)]
        if loc == "zh_TW":
            m = "9" + d(2)
            return [f"0{m}-{d(3)}-{d(3)}", f"0{m} {d(3)} {d(3)}", f"+886 {m} {d(3)} {d(3)}",
                    f"(02) {d(4)}-{d(4)}", f"0{m}{d(6)}"][k]
        if loc == "fr_FR":
            g = [r.choice("67")] + [d(2) for _ in range(4)]
            return [f"0{g[0]} {' '.join(g[1:])}", f"+33 {g[0]} {' '.join(g[1:])}",
                    f"0{g[0]}.{'.'.join(g[1:])}", f"+33 (0){g[0]} {' '.join(g[1:])}",
                    f"0{g[0]}{''.join(g[1:])}"][k]
        if loc == "de_DE":
            m = "1" + r.choice(["51", "52", "57", "60", "70", "71", "76"])
            return [f"+49 {m} {d(8)}", f"0{m} {d(8)}", f"0{m}/{d(7)}", f"+49 (0)30 {d(8)}",
                    f"030 {d(8)}"][k]
        if loc == "es_ES":
            m = r.choice("67") + d(2)
            return [f"+34 {m} {d(3)} {d(3)}", f"{m} {d(2)} {d(2)} {d(2)}", f"{m}{d(6)}",
                    f"91 {d(3)} {d(2)} {d(2)}", f"+34{m}{d(6)}"][k]
        if loc == "pt_BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            return [f"({ddd}) 9{d(4)}-{d(4)}", f"+55 {ddd} 9{d(4)}-{d(4)}",
                    f"+55 ({ddd}) 9{d(4)}-{d(4)}", f"{ddd}9{d(8)}", f"({ddd}) {d(4)}-{d(4)}"][k]
        if loc == "ja_JP":
            m = r.choice(["090", "080", "070"])
            return [f"{m}-{d(4)}-{d(4)}", f"+81 {m[1:]}-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}",
                    f"{m}{d(8)}", f"+81-{m[1:]}-{d(4)}-{d(4)}"][k]
        if loc == "ko_KR":
            return [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"010 {d(4)} {d(4)}",
                    f"02-{d(3)}-{d(4)}", f"+82-10-{d(4)}-{d(4)}"][k]
        if loc == "ru_RU":
            m = "9" + d(2)
            return [f"+7 {m} {d(3)}-{d(2)}-{d(2)}", f"8 ({m}) {d(3)}-{d(2)}-{d(2)}",
                    f"+7 (495) {d(3)}-{d(2)}-{d(2)}", f"8{m}{d(7)}", f"+7{m}{d(7)}"][k]
        if loc == "it_IT":
            m = "3" + d(2)
            return [f"+39 {m} {d(3)} {d(4)}", f"{m} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}",
                    f"+39 06 {d(8)}", f"{m}{d(7)}"][k]
        if loc == "nl_NL":
            return [f"06-{d(8)}", f"+31 6 {d(8)}", f"06 {d(4)} {d(4)}", f"020-{d(7)}",
                    f"+31 (0)6 {d(4)} {d(4)}"][k]
        if loc == "pl_PL":
            m = r.choice("5678") + d(2)
            return [f"+48 {m} {d(3)} {d(3)}", f"{m}-{d(3)}-{d(3)}", f"{m} {d(3)} {d(3)}",
                    f"22 {d(3)} {d(2)} {d(2)}", f"+48{m}{d(6)}"][k]
        if loc == "tr_TR":
            m = "5" + r.choice(["05", "32", "33", "42", "44", "52", "55"])
            return [f"+90 {m} {d(3)} {d(2)} {d(2)}", f"0{m} {d(3)} {d(2)} {d(2)}",
                    f"0 ({m}) {d(3)} {d(2)} {d(2)}", f"0{m}{d(7)}", f"+90{m}{d(7)}"][k]
        if loc == "vi_VN":
            m = r.choice(["90", "91", "98", "97", "86", "88", "70", "38"]) + d(1)
            return [f"+84 {m} {d(3)} {d(3)}", f"0{m} {d(3)} {d(3)}", f"0{m}{d(6)}",
                    f"+84 (0){m}-{d(3)}-{d(3)}", f"0{m}.{d(3)}.{d(3)}"][k]
        return self.phone("en_US")

    def cn_masked_phone(self):
        return self.ch(["138", "139", "186", "158", "135"]) + "****" + self.digits(4)

    def hotline(self, cc="US"):
        r = self.r
        if cc == "CN":
            return r.choice(["95555", "95588", "400-820-5555", "96110", "95533"])
        if cc == "TW":
            return r.choice(["0800-024-365", "0800-255-777", "(02)2182-1988"])
        if cc == "GB":
            return r.choice(["0345 734 5345", "0800 056 0056", "+44 345 600 2290"])
        return r.choice(["1-800-935-9935", "1-800-432-1000", "(800) 869-3557", "1-866-216-8100"])

    # -- network
    def ip(self, v6=0.08):
        r = self.r
        if r.random() < v6:
            pre = r.choice(["2a02", "2600", "2001:4860", "2a01", "2409", "240e", "2804"])
            n = 8 - pre.count(":") - 1
            if r.random() < 0.5:
                return pre + ":" + ":".join(f"{r.randrange(65536):x}" for _ in range(n))
            return pre + ":" + ":".join(f"{r.randrange(65536):x}" for _ in range(2)) + "::" + f"{r.randrange(1, 65536):x}"
        while True:
            a = r.randint(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203, 0):
                continue
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def srv_ip(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 1:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 40)}.{r.randint(1, 254)}"

    def host(self, kind="app"):
        r = self.r
        if kind == "atm":
            return f"atm-{r.choice(['nyc', 'chi', 'lon', 'sfo', 'bos', 'mia', 'sha', 'szx'])}-{r.randint(1, 999):04d}"
        if kind == "db":
            return r.choice(["corebank-db01.internal", "ledger-pg-02.prod.nb.local",
                             "kyc-mongo-1.internal", "cbs-ora-rac2.nb.local"])
        return r.choice(["cbs-app-", "ob-web-", "core-batch-", "kyc-worker-", "pay-gw-",
                         "cards-api-", "hx-core-app-"]) + f"{r.randint(1, 24):02d}" + r.choice(["", ".prod.nb.local", ".dc2.internal"])

    # -- money and ids
    def num(self, lo, hi, style="us"):
        v = self.r.uniform(lo, hi)
        if self.r.random() < 0.35:
            v = round(v, -1 if hi < 5000 else -2)
        if style == "plain":
            return f"{v:.2f}"
        if style == "int":
            return f"{int(v)}"
        s = f"{v:,.2f}"
        if style == "eu":
            return s.replace(",", "_").replace(".", ",").replace("_", ".")
        if style == "pl":
            return s.replace(",", " ").replace(".", ",")
        return s

    def amt(self, cur="USD", lo=10, hi=5000):
        r = self.r
        if cur == "USD":
            return r.choice(["$" + self.num(lo, hi), "USD " + self.num(lo, hi, "plain"), "$" + self.num(lo, hi)])
        if cur == "GBP":
            return r.choice(["£" + self.num(lo, hi), "GBP " + self.num(lo, hi, "plain")])
        if cur == "EUR":
            return r.choice([self.num(lo, hi, "eu") + " EUR", "€ " + self.num(lo, hi, "eu"),
                             "EUR " + self.num(lo, hi, "plain"), self.num(lo, hi, "eu") + " €"])
        if cur == "CNY":
            return r.choice(["¥" + self.num(lo, hi), "￥" + self.num(lo, hi), "CNY " + self.num(lo, hi, "plain")])
        if cur == "BRL":
            return "R$ " + self.num(lo, hi, "eu")
        if cur == "PLN":
            return self.num(lo, hi, "pl") + " PLN"
        if cur == "JPY":
            return r.choice(["¥" + f"{r.randint(lo, hi) * 100:,}", f"JPY {r.randint(lo, hi) * 100}"])
        if cur == "RUB":
            return self.num(lo, hi, "pl") + " ₽"
        return cur + " " + self.num(lo, hi, "plain")

    def cur_for(self, loc):
        return {"en_US": "USD", "en_GB": "GBP", "pt_BR": "BRL", "pl_PL": "PLN",
                "ja_JP": "JPY", "zh_CN": "CNY"}.get(loc, "EUR" if loc in ("fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL") else "USD")

    def cif(self):
        return self.ch(["CIF", "C", "CUST-", ""]) + self.digits(self.ch([8, 9, 10]))

    def branch(self):
        return self.ch(["BR", "BR-", "B"]) + f"{self.r.randint(1, 899):04d}"

    def term(self):
        return self.ch(["ATM-", "T", "TID"]) + f"{self.r.randint(1, 9999):04d}"

    def ref(self, pfx):
        return pfx + "-" + str(self.r.randint(2023, 2025)) + "-" + self.digits(6)

    def acct_ref(self):
        return self.ch(["ACCT-", "AC", "SAV-", "CHK-"]) + self.digits(4) + "-" + self.digits(2)

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice(_HEX) for _ in range(n))
        return s.upper() if upper else s

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def ver(self):
        r = self.r
        return f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"

    def company(self, loc="en_US"):
        if loc == "zh_CN":
            return self.ch(["深圳市", "上海", "北京", "杭州", "广州市"]) + self.ch(
                ["鑫源", "华泰", "恒达", "瑞丰", "中科", "万通", "博远", "金桥"]) + self.ch(_CN_COMP_SUFFIX)
        return self.fk[loc].company()

    def aba(self):
        r = self.r
        while True:
            d = [r.randint(0, 1)] + [r.randint(0, 9) for _ in range(7)]
            if d[0] == 0 and d[1] == 0:
                continue
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            d.append((10 - s % 10) % 10)
            return "".join(map(str, d))

    def ts(self, style="iso"):
        r = self.r
        d = self.base + timedelta(seconds=r.randrange(94608000))
        if style == "iso":
            return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randrange(1000):03d}Z"
        if style == "isoz":
            return d.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "isooff":
            return d.strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["+08:00", "+00:00", "-05:00", "+01:00"])
        if style == "sp":
            return d.strftime("%Y-%m-%d %H:%M:%S")
        if style == "spms":
            return d.strftime("%Y-%m-%d %H:%M:%S") + f",{r.randrange(1000):03d}"
        if style == "syslog":
            return f"{_MON[d.month - 1]} {d.day:>2} {d:%H:%M:%S}"
        if style == "clf":
            return f"{d.day:02d}/{_MON[d.month - 1]}/{d.year}:{d:%H:%M:%S} +0000"
        if style == "date":
            return d.strftime("%Y-%m-%d")
        if style == "us":
            return d.strftime("%m/%d/%Y")
        if style == "eu":
            return d.strftime("%d.%m.%Y")
        if style == "zh":
            return f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}"
        if style == "zhmd":
            return f"{d.month:02d}月{d.day:02d}日{d:%H:%M}"
        if style == "swift":
            return d.strftime("%y%m%d")
        if style == "hm":
            return d.strftime("%H:%M")
        return d.isoformat()

    # -- regulated values
    def _luhn(self, prefix, length):
        body = prefix + self.digits(length - len(prefix) - 1)
        tot = 0
        for i, c in enumerate(reversed(body)):
            x = int(c)
            if i % 2 == 0:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        return body + str((10 - tot % 10) % 10)

    def card_raw(self, brand=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "up", "jcb"])
        if brand == "visa":
            return self._luhn("4", 16)
        if brand == "mc":
            return self._luhn(str(r.randint(51, 55)) if r.random() < .8 else str(r.randint(2221, 2720)), 16)
        if brand == "amex":
            return self._luhn(r.choice(["34", "37"]), 15)
        if brand == "disc":
            return self._luhn("6011", 16)
        if brand == "jcb":
            return self._luhn(str(r.randint(3528, 3589)), 16)
        return self._luhn(r.choice(["6222", "6217", "6228", "6212", "6259"]), r.choice([16, 16, 19]))

    def card(self, brand=None, fmt=None):
        c = self.card_raw(brand)
        fmt = fmt or self.ch(["sp", "sp", "plain", "dash"])
        if fmt == "plain":
            return c
        sep = " " if fmt == "sp" else "-"
        if len(c) == 15:
            return c[:4] + sep + c[4:10] + sep + c[10:]
        return sep.join(c[i:i + 4] for i in range(0, len(c), 4))

    def masked_card(self):
        r = self.r
        l4 = self.digits(4)
        return r.choice([f"****{l4}", f"**** **** **** {l4}", f"4{self.digits(5)}******{l4}",
                         f"XXXX-XXXX-XXXX-{l4}", f"5{self.digits(3)} **** **** {l4}",
                         f"************{l4}"])

    def cn_masked_card(self):
        return self.ch(["6222", "6217", "6228", "6214"]) + self.ch(["********", "*********", "**** **** "]) + self.digits(4)

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or r.choice(_IBAN_CC)
        d = self.digits
        al = lambda n: self.chars(_UP, n)
        an = lambda n: self.chars(_UP + _DIG, n)
        bban = {
            "DE": lambda: d(18), "GB": lambda: al(4) + d(14), "FR": lambda: d(10) + an(11) + d(2),
            "ES": lambda: d(20), "NL": lambda: al(4) + d(10), "IT": lambda: al(1) + d(10) + an(12),
            "PL": lambda: d(24), "BE": lambda: d(12), "TR": lambda: d(5) + "0" + an(16),
            "CH": lambda: d(5) + an(12), "AT": lambda: d(16), "IE": lambda: al(4) + d(14),
            "PT": lambda: d(21),
        }[cc]()
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        iban = cc + f"{98 - int(num) % 97:02d}" + bban
        if grouped is None:
            grouped = r.random() < 0.5
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def masked_iban(self):
        cc = self.ch(["DE", "GB", "FR", "NL", "ES"])
        return self.ch([f"{cc}{self.digits(2)} **** **** **** {self.digits(4)}",
                        f"{cc}**************{self.digits(4)}", f"{cc}{self.digits(2)}XXXXXXXXXXXX{self.digits(4)}"])

    def ssn(self, fmt=None):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        fmt = fmt or r.choice(["-", "-", "-", "-", " ", ""])
        return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"

    def masked_ssn(self):
        return self.ch(["***-**-", "XXX-XX-", "xxx-xx-", "***-**-"]) + self.digits(4)

    def cnid(self):
        r = self.r
        d = datetime(1950, 1, 1) + timedelta(days=r.randrange(20000))
        body = r.choice(_CN_AREA) + d.strftime("%Y%m%d") + self.digits(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]

    def passport(self, cc="US"):
        r = self.r
        d = self.digits
        al = lambda n: self.chars(_UP, n)
        if cc == "US":
            return r.choice([d(9), al(1) + d(8)])
        if cc in ("GB", "RU"):
            return d(9)
        if cc == "CN":
            return r.choice(["E" + d(8), "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + d(7), "G" + d(8)])
        if cc == "DE":
            return r.choice("CFGHJK") + self.chars("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if cc == "FR":
            return d(2) + al(2) + d(5)
        if cc in ("IN", "VN"):
            return al(1) + d(7)
        if cc in ("JP", "IT", "PL"):
            return al(2) + d(7)
        if cc == "KR":
            return "M" + d(8)
        if cc == "ES":
            return al(3) + d(6)
        if cc == "BR":
            return al(2) + d(6)
        if cc == "TR":
            return "U" + d(8)
        if cc == "TW":
            return "3" + d(8)
        if cc == "NL":
            return al(2) + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + d(1)
        return al(1) + d(8)

    def plate(self, cc="US"):
        r = self.r
        d = self.digits
        al = lambda n: self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", n)
        if cc == "US":
            return r.choice([d(1) + al(3) + d(3), al(3) + "-" + d(4), al(3) + " " + d(4), d(1) + al(3) + d(3)])
        if cc == "GB":
            return al(2) + d(2) + " " + al(3)
        if cc == "DE":
            return r.choice(["B", "M", "HH", "K", "F", "S", "D", "HB", "DO"]) + r.choice(["-", " "]) + al(r.randint(1, 2)) + " " + str(r.randint(1, 9999))
        if cc == "FR":
            return al(2) + "-" + d(3) + "-" + al(2)
        if cc == "ES":
            return d(4) + " " + self.chars("BCDFGHJKLMNPRSTVWXYZ", 3)
        if cc == "IT":
            return r.choice([al(2) + " " + d(3) + " " + al(2), al(2) + d(3) + al(2)])
        if cc == "NL":
            return r.choice([d(2) + "-" + al(3) + "-" + d(1), al(2) + "-" + d(3) + "-" + al(1), d(1) + "-" + al(3) + "-" + d(2)])
        if cc == "PL":
            return r.choice(["WA", "KR", "PO", "GD", "WR"]) + " " + r.choice([d(5), d(4) + al(1)])
        if cc == "BR":
            return r.choice([al(3) + d(1) + al(1) + d(2), al(3) + "-" + d(4)])
        if cc == "TR":
            return f"{r.randint(1, 81):02d} " + al(r.randint(1, 3)) + " " + d(r.randint(2, 4))
        if cc == "RU":
            cy = "АВЕКМНОРСТУХ"
            return self.chars(cy, 1) + d(3) + self.chars(cy, 2) + " " + r.choice(["77", "99", "197", "50", "78"])
        if cc == "JP":
            return r.choice(["品川", "練馬", "横浜", "なにわ", "名古屋"]) + " " + d(3) + " " + r.choice("あいうえかきくけこさすせそたちつてとなにぬねの") + " " + d(2) + "-" + d(2)
        if cc == "CN":
            p = r.choice(_CN_PROV) + r.choice("ABCDEFGHJK")
            tail = self.chars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 5) if r.random() < 0.6 else r.choice("DF") + d(5)
            return p + r.choice(["·", "", " ", "·"]) + tail
        if cc == "TW":
            return al(3) + "-" + d(4)
        return al(3) + "-" + d(4)

    # -- secrets
    def pwd(self):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return r.choice(["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Welcome", "Football",
                             "Liverpool", "Qwerty", "Letmein", "Shadow", "Princess"]) + str(r.randint(1, 2025)) + r.choice("!@#$*")
        if k == 1:
            return self.chars(_B62 + "!@#$%^*_-+=", r.randint(10, 18))
        if k == 2:
            return self.chars(_B62, r.randint(12, 24))
        return r.choice(["P@ssw0rd", "Tr0ub4dor", "Abc@", "Qw3rty!", "Zx!"]) + self.digits(r.randint(2, 5))

    def apikey(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return "sk_live_" + self.chars(_B62, 24)
        if k == 1:
            return "AKIA" + self.chars(_UP + "234567", 16)
        if k == 2:
            return self.hexs(32)
        if k == 3:
            return "nbk_" + self.chars(_B62, 32)
        return "ghp_" + self.chars(_B62, 36)

    def jwt(self):
        return ("eyJhbGciOiJ" + self.ch(["IUzI1NiIsInR5cCI6IkpXVCJ9", "SUzI1NiIsInR5cCI6IkpXVCJ9"])
                + ".eyJ" + self.chars(_B64U, self.r.randint(40, 90)) + "." + self.chars(_B64U, 43))

    def session(self):
        return self.ch([self.hexs(32, upper=True), self.chars(_B64U, 43), self.hexs(40)])


# --------------------------------------------------------------------------- templates
_T = []


def T(zh=False):
    def deco(fn):
        _T.append((fn, zh))
        return fn
    return deco


P = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
IP = "IP_ADDRESS"
CR = "CREDENTIAL"
CC = "CREDIT_CARD"
IB = "IBAN_CODE"
SSN = "US_SSN"
PP = "PASSPORT"
CN = "CN_RESIDENT_ID"
LP = "LICENSE_PLATE"


# ---- English / European ---------------------------------------------------------------
@T()
def atm_syslog(g):
    r = g.r
    return B().f("{{ts}} {{host}} atmd[{{pid}}]: {{ev}} card={{card}} amt={{amt}} stan={{stan}} rc={{rc}} term={{term}}",
                 ts=(g.ts("syslog"), "timestamp"), host=(g.host("atm"), "hostname"), pid=r.randint(800, 9999),
                 ev=r.choice(["CASH_WITHDRAWAL", "BALANCE_INQUIRY", "CARD_RETAINED", "DEPOSIT_ACCEPTED", "FAST_CASH"]),
                 card=(g.masked_card(), "masked"), amt=(g.amt("USD", 20, 800), "amount"),
                 stan=(g.digits(6), "trace_id"), rc=r.choice(["00", "00", "51", "55", "91"]), term=(g.term(), "terminal_id"))


@T()
def atm_emv_debug(g):
    pan = (g.masked_card(), "masked") if g.r.random() < 0.35 else (g.card(fmt="plain"), CC)
    return B().f("{{ts}} DEBUG [emv-kernel] {{term}} track2 parsed pan={{pan}} aid={{aid}} cvm=ONLINE_PIN host={{srv}}",
                 ts=(g.ts("iso"), "timestamp"), term=(g.term(), "terminal_id"), pan=pan,
                 aid=(g.ch(["A0000000031010", "A0000000041010", "A000000333010101"]), "aid"), srv=(g.srv_ip(), "server_ip"))


@T()
def teller_csv(g):
    r = g.r
    p = g.person()
    t = g.person(g.ch(["en_US", "en_GB", "en_IN"]))
    return B().f("{{ts}},{{br}},{{tid}},{{op}},{{name}},{{amt}},{{acct}},{{teller}}",
                 ts=(g.ts("sp"), "timestamp"), br=(g.branch(), "branch_code"), tid="T" + g.digits(2),
                 op=r.choice(["CASH_DEPOSIT", "CASH_WITHDRAWAL", "CHEQUE_DEPOSIT", "CASHIERS_CHEQUE"]),
                 name=(p.full, P), amt=(g.num(20, 9000, "plain"), "amount"), acct=(g.acct_ref(), "account_ref"),
                 teller=(g.login(t), P))


@T()
def kyc_json_snake(g):
    r = g.r
    p = g.person("en_US")
    pairs = [("event", "kyc.submitted"), ("ts", (g.ts("iso"), "timestamp")), ("customer_id", (g.cif(), "customer_id")),
             ("customer_name", (p.full, P))]
    if r.random() < 0.85:
        pairs.append(("ssn", (g.ssn(), SSN)))
    if r.random() < 0.8:
        pairs.append(("phone", (g.phone("en_US"), PH)))
    if r.random() < 0.8:
        pairs.append(("email", (g.email(p), EM)))
    pairs += [("channel", r.choice(["branch", "web", "mobile"])), ("branch_id", (g.branch(), "branch_code")),
              ("risk_rating", r.choice(["LOW", "MEDIUM", "HIGH"])), ("pep", False)]
    return B(compact=r.random() < 0.5).j(pairs)


@T()
def kyc_json_camel(g):
    r = g.r
    p = g.person()
    cc = _LOC_CC[p.loc]
    L = B(compact=r.random() < 0.5)
    L.f("{{ts}} kyc-service ", ts=(g.ts("iso"), "timestamp"))
    return L.j([("eventType", "KycDocumentVerified"), ("customerId", (g.cif(), "customer_id")), ("fullName", (p.full, P)),
                ("passportNumber", (g.passport(cc), PP)), ("issuingCountry", cc),
                ("documentSha256", (g.hexs(64), "hash")), ("verifiedBy", (g.ch(_SVC), "system_account")),
                ("confidence", round(r.uniform(0.8, 0.999), 3))])


@T()
def pascal_standing_order(g):
    r = g.r
    deb = g.person(g.ch(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB"]))
    cred = (g.person().full, P) if r.random() < 0.5 else (g.company(g.ch(["de_DE", "fr_FR", "nl_NL", "en_GB"])).replace('"', ""), "company")
    return B().j([("Timestamp", (g.ts("isooff"), "timestamp")), ("Level", "Information"),
                  ("MessageTemplate", "Standing order {OrderId} created for {CreditorName}"),
                  ("Properties", [("OrderId", (g.ref("SO"), "order_id")), ("DebtorName", (deb.full, P)),
                                  ("DebtorIban", (g.iban(_LOC_CC[deb.loc] if _LOC_CC[deb.loc] in _IBAN_CC else None), IB)),
                                  ("CreditorIban", (g.iban(), IB)), ("CreditorName", cred),
                                  ("Amount", (g.num(10, 3000, "plain"), "amount", 1)), ("Currency", "EUR"),
                                  ("Frequency", r.choice(["Monthly", "Weekly", "Quarterly"])),
                                  ("SourceContext", "Nb.Payments.StandingOrders")])])


@T()
def dotted_kv(g):
    r = g.r
    p = g.person()
    L = B().f('ts={{ts}} level=info msg="profile updated" customer.id={{cif}} customer.name="{{name}}"',
              ts=(g.ts("isoz"), "timestamp"), cif=(g.cif(), "customer_id"), name=(p.full, P))
    if r.random() < 0.8:
        L.f(" customer.email={{e}}", e=(g.email(p), EM))
    if r.random() < 0.7:
        L.f(' customer.phone="{{ph}}"', ph=(g.phone(p.loc), PH))
    if r.random() < 0.5:
        L.f(" changed_by={{who}}", who=(g.login(g.person("en_US")), P))
    else:
        L.f(" changed_by=self http.client_ip={{ip}}", ip=(g.ip(), IP))
    return L


@T()
def apache_combined(g):
    r = g.r
    L = B()
    if r.random() < 0.2:
        L.f('{{ip}} - - [{{ts}}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"',
            ip=(g.srv_ip(), "internal_ip"), ts=(g.ts("clf"), "timestamp"))
        return L
    L.v(g.ip(), IP).t(" - ")
    if r.random() < 0.6:
        L.v(g.login(g.person()), P)
    else:
        L.t("-")
    return L.f(' [{{ts}}] "{{m}} {{path}} HTTP/1.1" {{st}} {{sz}} "-" "{{ua}}"', ts=(g.ts("clf"), "timestamp"),
               m=r.choice(["GET", "GET", "POST"]), path=r.choice(_PATHS), st=r.choice([200, 200, 302, 401, 403, 500]),
               sz=r.randint(200, 90000), ua=r.choice(_UA))


@T()
def nginx_lb_xff(g):
    r = g.r
    return B().f('{{lb}} - - [{{ts}}] "POST {{path}} HTTP/2.0" {{st}} {{sz}} "-" "{{ua}}" xff="{{ip}}, {{px}}" rt={{rt}} upstream={{up}}:8443',
                 lb=(g.srv_ip(), "lb_ip"), ts=(g.ts("clf"), "timestamp"),
                 path=r.choice(["/api/v1/transfers", "/api/v1/payees", "/api/v2/login", "/api/v1/cards/freeze"]),
                 st=r.choice([200, 201, 400, 401, 429]), sz=r.randint(80, 4000), ua=r.choice(_UA), ip=(g.ip(), IP),
                 px=(g.srv_ip(), "proxy_ip"), rt=f"{r.uniform(0.01, 2):.3f}", up=(g.srv_ip(), "server_ip"))


@T()
def login_ok(g):
    r = g.r
    p = g.person()
    who = (g.email(p), EM) if r.random() < 0.3 else (g.login(p), P)
    ip = (g.ip(), IP)
    if r.random() < 0.18:
        who, ip = (g.ch(_SVC), "system_account"), (g.srv_ip(), "internal_ip")
    return B().f('{{ts}} INFO  [auth-service] Login succeeded user={{u}} src_ip={{ip}} mfa={{mfa}} device="{{dev}}" trace_id={{tr}}',
                 ts=(g.ts("spms"), "timestamp"), u=who, ip=ip, mfa=r.choice(["TOTP", "SMS_OTP", "PUSH", "NONE"]),
                 dev=r.choice(["iPhone14,2", "SM-S911B", "Chrome 122 / Windows", "Pixel 8"]), tr=(g.hexs(32), "trace_id"))


@T()
def fraud_velocity(g):
    r = g.r
    return B().f("FRAUD-ALERT {{ts}} rule=VELOCITY_LOGIN attempts={{n}} window=300s src_ip={{ip}} target_user={{u}} geo={{geo}} action=ACCOUNT_LOCK case={{case}}",
                 ts=(g.ts("isoz"), "timestamp"), n=r.randint(6, 60), ip=(g.ip(), IP), u=(g.login(g.person()), P),
                 geo=r.choice(["RO", "NG", "VN", "BR", "RU", "US", "NL"]), case=(g.ref("FRD"), "case_id"))


@T()
def pw_reset_leak(g):
    p = g.person()
    return B().f("{{ts}} WARN  c.n.ob.PasswordResetController - temp password issued for {{e}}: {{pw}} (TODO remove before release)",
                 ts=(g.ts("spms"), "timestamp"), e=(g.email(p), EM), pw=(g.pwd(), CR))


@T()
def jdbc_error(g):
    r = g.r
    pw = g.pwd().replace("&", "")
    if r.random() < 0.6:
        return B().f("{{ts}} ERROR [HikariPool-1] pool init failed: FATAL password authentication failed; url=jdbc:postgresql://{{h}}:5432/ledger?user={{u}}&password={{pw}}&sslmode=require",
                     ts=(g.ts("spms"), "timestamp"), h=(g.host("db"), "hostname"), u=(g.ch(_SVC), "system_account"), pw=(pw, CR))
    return B().f("{{ts}} ERROR kyc-sync MongoTimeoutException connecting to mongodb://{{u}}:{{pw}}@{{h}}:27017/kyc?authSource=admin",
                 ts=(g.ts("spms"), "timestamp"), u=(g.ch(_SVC), "system_account"), pw=(pw.replace("@", "").replace(":", ""), CR),
                 h=(g.host("db"), "hostname"))


@T()
def mt103(g):
    r = g.r
    p1 = g.person(g.ch(["en_US", "en_GB", "de_DE", "fr_FR", "en_IN", "zh_CN", "es_ES", "it_IT"]))
    n1 = _ascii(p1.afull).upper()
    L = B().f("MT103 {{ref}} :32A:{{dt}}{{cur}}{{amt}} :50K:/{{ib1}} {{n1}} :59:/{{ib2}} ",
              ref=(g.ref("FT"), "reference"), dt=g.ts("swift"), cur=r.choice(["USD", "EUR", "GBP"]),
              amt=(g.num(500, 90000, "eu").replace(".", ""), "amount"), ib1=(g.iban(grouped=False), IB),
              n1=(n1, P), ib2=(g.iban(grouped=False), IB))
    if r.random() < 0.6:
        L.v(_ascii(g.person().afull).upper(), P)
    else:
        L.v(_ascii(g.company(g.ch(["en_US", "de_DE", "fr_FR"]))).upper().replace('"', ""), "company")
    return L.f(" :57A:{{bic}} :70:{{rem}} :71A:SHA", bic=(g.ch(_BIC), "bic"),
               rem=r.choice(["INVOICE 2024-118", "TUITION FEES", "FAMILY SUPPORT", "PROPERTY DEPOSIT"]))


@T()
def dispute_note(g):
    r = g.r
    p = g.person()
    agent = g.person("en_US")
    return B().f("Note by {{ag}} on {{case}}: cust {{name}} called re charge at {{m}} for {{amt}} on card ending {{l4}}; says card never left {{pr}} wallet. Cb {{ph}}.",
                 ag=(agent.first if r.random() < 0.5 else g.login(agent), P), case=(g.ref("DSP"), "case_id"),
                 name=(p.full, P), m=(r.choice(_MERCH), "merchant"), amt=(g.amt("USD", 5, 2500), "amount"),
                 l4=(g.digits(4), "last4"), pr="his" if p.male else "her", ph=(g.phone(p.loc), PH))


@T()
def dispute_csv(g):
    r = g.r
    p = g.person()
    return B().f("{{id}},{{name}},{{e}},{{pan}},{{m}},{{amt}},{{rc}},{{st}},{{dt}}",
                 id=(g.ref("DSP"), "case_id"), name=(p.full, P), e=(g.email(p), EM), pan=(g.card(fmt=g.ch(["plain", "sp"])), CC),
                 m=(r.choice(_MERCH), "merchant"), amt=(g.num(5, 3000, "plain"), "amount"),
                 rc=r.choice(["10.4", "13.1", "4853", "4837", "12.6.1"]), st=r.choice(["OPEN", "PENDING_DOCS", "CHARGEBACK_SENT"]),
                 dt=(g.ts("date"), "date"))


@T()
def chargeback_webhook(g):
    r = g.r
    p = g.person()
    return B(compact=r.random() < 0.5).j([
        ("type", "dispute.created"), ("created", (str(r.randint(1672531200, 1767225600)), "timestamp", 1)),
        ("data", [("dispute_id", (g.ref("dp"), "case_id")), ("arn", (g.digits(23), "arn")),
                  ("card_number", (g.card(fmt="plain"), CC)), ("cardholder_name", (p.full, P)),
                  ("merchant", [("name", (r.choice(_MERCH), "merchant")), ("mcc", r.choice(["5812", "5411", "4121", "5732"]))]),
                  ("amount", [("value", (g.num(5, 3000, "plain"), "amount", 1)), ("currency", "USD")]),
                  ("reason_code", r.choice(["10.4", "13.1", "13.3"]))])])


@T()
def otp_sms(g):
    r = g.r
    loc = g.pick_loc()
    return B().f('sms-gw OUT to={{ph}} tpl={{tpl}} body="NorthBridge: your one-time code is {{otp}}. We will never call to ask for it." provider={{pv}} sid={{sid}}',
                 ph=(g.phone(loc), PH), tpl=r.choice(["OTP_LOGIN", "OTP_PAYEE", "OTP_WIRE"]), otp=(g.digits(6), CR),
                 pv=r.choice(["twilio", "sinch", "vonage"]), sid=("SM" + g.hexs(32), "message_id"))


@T()
def collections_kv(g):
    r = g.r
    p = g.person(g.ch(["en_US", "en_US", "en_GB", "es_ES", "pt_BR", "en_IN"]))
    ag = g.person("en_US")
    return B().f("COLL call_id={{cid}} agent={{ag}} debtor={{name}} dialed={{ph}} dpd={{dpd}} outcome={{oc}} promise_amt={{amt}} promise_date={{pd}}",
                 cid=(g.uuid(), "call_id"), ag=(g.login(ag), P), name=(p.full.replace(" ", "_") if r.random() < 0.2 else p.full, P),
                 ph=(g.phone(p.loc), PH), dpd=r.randint(5, 180), oc=r.choice(["PTP", "NO_ANSWER", "LEFT_VM", "REFUSED", "DISPUTE"]),
                 amt=(g.num(25, 2000, "plain"), "amount"), pd=(g.ts("date"), "date"))


@T()
def collections_note(g):
    r = g.r
    p = g.person("en_US", male=True)
    sp = g.person("en_US", male=False)
    sp_full = sp.first + " " + p.last if r.random() < 0.6 else sp.full
    return B().f("Spoke w/ {{f}}, lost job in Jan, will pay {{amt}} Fri. Spouse {{sp}} is joint holder, her cell {{ph}}. Do not call before 9am.",
                 f=(p.first, P), amt=(g.amt("USD", 50, 800), "amount"), sp=(sp_full, P), ph=(g.phone("en_US"), PH))


@T()
def loan_json(g):
    r = g.r
    p = g.person("en_US")
    app = [("firstName", (p.first, P)), ("lastName", (p.last, P)), ("ssn", (g.ssn(), SSN)), ("email", (g.email(p), EM))]
    if r.random() < 0.6:
        app.append(("mobile", (g.phone("en_US"), PH)))
    return B(compact=r.random() < 0.6).j([
        ("applicationId", (g.ref("LA"), "application_id")), ("product", r.choice(["HELOC", "30Y_FIXED", "PERSONAL_LOAN", "AUTO_60M"])),
        ("applicant", app), ("requestedAmount", (g.num(5000, 600000, "int"), "amount", 1)),
        ("employer", (g.company().replace('"', ""), "company")), ("submittedAt", (g.ts("isoz"), "timestamp"))])


@T()
def uw_note(g):
    r = g.r
    a = g.person(g.ch(["en_US", "en_US", "en_IN", "es_ES", "zh_CN", "ko_KR", "vi_VN"]))
    b = g.person(a.loc)
    return B().f("UW note {{app}}: borrower {{a}}, co-borrower {{b}}; employer {{emp}} verified; appraisal {{amt}} by {{apr}}; LTV {{ltv}}%, DTI {{dti}}%.",
                 app=(g.ref("MTG"), "application_id"), a=(a.full, P), b=(b.full, P), emp=(g.company(), "company"),
                 amt=(g.amt("USD", 150000, 1500000), "amount"), apr=(g.company(), "company"),
                 ltv=f"{r.uniform(50, 97):.1f}", dti=f"{r.uniform(15, 48):.1f}")


@T()
def auto_loan(g):
    r = g.r
    cc = r.choice(["US", "US", "GB", "DE", "FR", "IT", "ES", "NL", "PL", "BR", "TR"])
    loc = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "IT": "it_IT", "ES": "es_ES",
           "NL": "nl_NL", "PL": "pl_PL", "BR": "pt_BR", "TR": "tr_TR"}[cc]
    p = g.person(loc)
    veh = r.choice(["2021 Toyota Camry", "2019 Honda Civic", "2022 VW Golf", "2020 Ford F-150", "2023 Tesla Model 3", "2018 Renault Clio"])
    return B().f('AUTO-LOAN app={{app}} status={{st}} borrower="{{name}}" vehicle="{{veh}}" plate={{pl}} reg_country={{cc}} dealer="{{dl}}" amount={{amt}}',
                 app=(g.ref("AL"), "application_id"), st=r.choice(["FUNDED", "APPROVED", "DOCS_PENDING"]), name=(p.full, P),
                 veh=veh, pl=(g.plate(cc), LP), cc=cc, dl=(g.company(loc).replace('"', ""), "company"),
                 amt=(g.amt(g.cur_for(loc), 4000, 60000), "amount"))


@T()
def batch_eod(g):
    r = g.r
    return B().f("[batch {{job}}] {{ts}} job_id={{jid}} processed={{n}} failed={{f}} duration={{dur}} host={{h}} version={{v}}",
                 job=r.choice(["EOD-INTEREST", "EOD-FEES", "GL-RECON", "DORMANCY-SCAN", "CARD-AUTH-PURGE"]),
                 ts=(g.ts("isoz"), "timestamp"), jid=(g.uuid(), "job_id"), n=r.randint(1000, 2000000), f=r.randint(0, 9),
                 dur=f"00:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", h=(g.host(), "hostname"), v=(g.ver(), "version"))


@T()
def stmt_gen_error(g):
    p = g.person()
    return B().f('[batch STMT-GEN] {{ts}} ERROR render failed cif={{cif}} name="{{name}}" email={{e}} template=stmt_v7.ftl cause=MissingFieldException(field=mailingAddress.line2)',
                 ts=(g.ts("isoz"), "timestamp"), cif=(g.cif(), "customer_id"), name=(p.full, P), e=(g.email(p), EM))


@T()
def ach_file(g):
    r = g.r
    return B().f('ACH file {{fn}} accepted: entries={{n}} debit_total={{d}} credit_total={{c}} originator="{{co}}" odfi={{aba}} batch_count={{bc}} checksum={{h}}',
                 fn=(f"ACH{g.ts('swift')}{r.randint(1, 9)}.txt", "filename"), n=r.randint(100, 20000),
                 d=(g.amt("USD", 1000, 900000), "amount"), c=(g.amt("USD", 1000, 900000), "amount"),
                 co=(g.company().replace('"', ""), "company"), aba=(g.aba(), "routing_number"), bc=r.randint(1, 40),
                 h=(g.hexs(40), "hash"))


@T()
def email_header_in(g):
    r = g.r
    p = g.person()
    return B().f('From: "{{name}}" <{{e}}> | To: <{{to}}> | Subject: {{subj}} | Date: {{dt}} | Message-ID: <{{mid}}>',
                 name=(p.full, P), e=(g.email(p), EM), to=(g.role_mail(), "role_mailbox"),
                 subj=r.choice(["Dispute - card ending " + g.digits(4), "Re: mortgage documents", "Wire not received", "Complaint about branch"]),
                 dt=(g.ts("isooff"), "timestamp"),
                 mid=(g.chars(_B62, 24) + "@mail." + r.choice(["gmail.com", "outlook.com", "yahoo.com"]), "message_id"))


@T()
def postfix(g):
    r = g.r
    qid = (g.hexs(10, True), "queue_id")
    if r.random() < 0.45:
        return B().f("{{ts}} mx01 postfix/qmgr[{{pid}}]: {{qid}}: from=<{{fr}}>, size={{sz}}, nrcpt=1 (queue active)",
                     ts=(g.ts("syslog"), "timestamp"), pid=r.randint(900, 9999), qid=qid, fr=(g.role_mail(), "role_mailbox"),
                     sz=r.randint(2000, 90000))
    p = g.person()
    return B().f("{{ts}} mx01 postfix/smtp[{{pid}}]: {{qid}}: to=<{{e}}>, relay={{mx}}[{{mxip}}]:25, delay={{dl}}, dsn=2.0.0, status=sent (250 2.0.0 OK)",
                 ts=(g.ts("syslog"), "timestamp"), pid=r.randint(900, 9999), qid=qid, e=(g.email(p), EM),
                 mx=(r.choice(["gmail-smtp-in.l.google.com", "mx1.mail.yahoo.com", "mx.gmx.net", "mxbiz1.qq.com"]), "hostname"),
                 mxip=(g.ip(0), "mx_ip"), dl=f"{r.uniform(0.1, 5):.1f}")


@T()
def audit_view(g):
    r = g.r
    st = g.person(g.ch(["en_US", "en_GB", "en_IN"]))
    p = g.person()
    return B().f('AUDIT {{ts}} actor={{a}} role={{role}} action={{act}} cif={{cif}} subject="{{name}}" reason={{why}} ws={{ws}}',
                 ts=(g.ts("isoz"), "timestamp"), a=(g.login(st), P), role=r.choice(["CSR", "TELLER", "BRANCH_MGR", "FRAUD_ANALYST"]),
                 act=r.choice(["VIEW_CUSTOMER", "VIEW_STATEMENT", "EXPORT_PROFILE", "UNMASK_PAN"]), cif=(g.cif(), "customer_id"),
                 name=(p.full, P), why=r.choice(["CALL_VERIFICATION", "DISPUTE", "KYC_REFRESH", "NONE"]),
                 ws=(f"WS-{g.branch()}-{r.randint(1, 20):02d}", "hostname"))


@T()
def audit_system(g):
    r = g.r
    return B().f("AUDIT {{ts}} actor={{a}} action=UPDATE_RATE product={{prod}} old={{o}} new={{n}} approved_by=change-mgmt ticket={{t}} src={{ip}}",
                 ts=(g.ts("isoz"), "timestamp"), a=(g.ch(_SVC), "system_account"),
                 prod=r.choice(["SAV-EASY", "CD-12M", "MTG-30F", "CC-PLAT"]), o=f"{r.uniform(0.5, 7):.2f}", n=f"{r.uniform(0.5, 7):.2f}",
                 t=(f"CHG{r.randint(1000, 99999):07d}", "ticket_id"), ip=(g.srv_ip(), "server_ip"))


@T()
def ivr_pin(g):
    r = g.r
    loc = g.ch(["en_US", "en_US", "en_GB", "en_IN"])
    return B().f("{{ts}} ivr01 ivr[{{pid}}]: call {{cid}} ani={{ani}} dnis={{dnis}} menu={{menu}} entered_pin={{pin}} result={{res}}",
                 ts=(g.ts("syslog"), "timestamp"), pid=r.randint(1000, 9999), cid=(g.hexs(16), "call_id"), ani=(g.phone(loc), PH),
                 dnis=(g.hotline(_LOC_CC[loc]), "hotline"), menu=r.choice(["CARD_ACTIVATE", "BALANCE", "PIN_VERIFY"]),
                 pin=(g.digits(r.choice([4, 4, 6])), CR), res=r.choice(["OK", "OK", "MISMATCH"]))


@T()
def cti_json(g):
    r = g.r
    p = g.person()
    ag = g.person("en_US")
    return B(compact=True).j([("callId", (g.uuid(), "call_id")), ("ani", (g.phone(p.loc), PH)), ("dnis", (g.hotline(), "hotline")),
                              ("queue", r.choice(["COLLECTIONS", "CARDS", "MORTGAGE", "FRAUD"])), ("agentId", (g.login(ag), P)),
                              ("wrapCode", r.choice(["PTP", "INFO", "ESCALATED"])), ("durationSec", r.randint(20, 2400))])


@T()
def api_key_leak(g):
    r = g.r
    return B().f("DEBUG http-client POST https://api.{{bu}}.com/v2/reports headers={'Authorization': 'Bearer {{jwt}}', 'X-Api-Key': '{{key}}', 'Content-Type': 'application/json'} trace={{tr}}",
                 bu=r.choice(["experian", "equifax", "transunion", "creditsafe"]), jwt=(g.jwt(), CR), key=(g.apikey(), CR),
                 tr=(g.hexs(32), "trace_id"))


@T()
def credit_pull(g):
    r = g.r
    p = g.person("en_US")
    return B().f('CREDIT_PULL bureau={{bu}} subject="{{name}}" ssn={{ssn}} score={{sc}} pull={{pl}} request_id={{rid}}',
                 bu=(r.choice(_BUREAU), "company"), name=(p.full, P), ssn=(g.masked_ssn(), "masked"), sc=r.randint(450, 850),
                 pl=r.choice(["HARD", "SOFT"]), rid=(g.uuid(), "request_id"))


@T()
def set_cookie(g):
    r = g.r
    return B().f("{{ts}} resp 200 POST /ob/login user={{u}} Set-Cookie: NBSESSION={{s}}; Path=/; Secure; HttpOnly; SameSite=Strict",
                 ts=(g.ts("iso"), "timestamp"), u=(g.login(g.person()), P), s=(g.session(), CR))


@T()
def payee_added(g):
    r = g.r
    p = g.person(g.ch(["en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL", "it_IT", "pl_PL", "en_US"]))
    o = g.person(p.loc)
    return B().f('Payee added: name="{{n}}" iban={{ib}} bic={{bic}} by={{u}} ip={{ip}} cooling_off=24h',
                 n=(p.full, P), ib=(g.iban(), IB), bic=(g.ch(_BIC), "bic"), u=(g.login(o), P), ip=(g.ip(), IP))


@T()
def atm_tamper(g):
    r = g.r
    cc = r.choice(["US", "GB", "DE", "FR"])
    loc = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR"}[cc]
    return B().f("{{atm}} SECURITY tamper alert: {{what}}; guard {{n}} noted vehicle {{pl}} leaving at {{hm}}; camera clip {{clip}}",
                 atm=(g.term(), "terminal_id"), what=r.choice(["skimmer suspected on card slot", "fascia opened without service ticket", "camera lens covered"]),
                 n=(g.person(loc).full, P), pl=(g.plate(cc), LP), hm=g.ts("hm"), clip=(f"CLIP-{g.hexs(8)}.mp4", "filename"))


@T()
def visitor_log(g):
    r = g.r
    cc = r.choice(["US", "GB", "DE", "NL", "IT", "ES"])
    loc = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "NL": "nl_NL", "IT": "it_IT", "ES": "es_ES"}[cc]
    v = g.person(loc)
    host = g.person(loc)
    return B().f("Visitor log {{br}}: {{n}} (car {{pl}}) signed in {{hm}} to see {{t}} {{h}}",
                 br=(g.branch(), "branch_code"), n=(v.full, P), pl=(g.plate(cc), LP), hm=g.ts("hm"), t=g.title(host), h=(host.last, P))


@T()
def npe_stack(g):
    p = g.person()
    return B().f('Exception in thread "ob-worker-{{w}}" java.lang.NullPointerException: Cannot invoke "Customer.getMobile()" because "customer" is null (login={{u}}, email={{e}}) at com.northbridge.ob.ProfileService.sync(ProfileService.java:{{ln}})',
                 w=g.r.randint(1, 16), u=(g.login(p), P), e=(g.email(p), EM), ln=g.r.randint(40, 900))


@T()
def python_keyerror(g):
    p = g.person()
    cc = _LOC_CC[p.loc]
    return B().f("{{ts}} kyc.verify ERROR KeyError: 'expiry_date' while validating passport record {'number': '{{pp}}', 'holder': '{{n}}', 'nationality': '{{cc}}'} (File \"/opt/kyc/verify.py\", line {{ln}}, in check_passport)",
                 ts=(g.ts("spms"), "timestamp"), pp=(g.passport(cc), PP), n=(p.full.replace("'", "’"), P), cc=cc, ln=g.r.randint(50, 400))


@T()
def health_or_start(g):
    r = g.r
    if r.random() < 0.5:
        return B().f("{{ts}} GET /healthz 200 upstream={{up}}:8443 lb=lb-prod-{{n}} latency={{ms}}ms pod={{h}}",
                     ts=(g.ts("iso"), "timestamp"), up=(g.srv_ip(), "server_ip"), n=r.randint(1, 4), ms=r.randint(1, 40),
                     h=(g.host(), "hostname"))
    return B().f("core-banking-api {{v}} started on {{h}} ({{ip}}) pid {{pid}} profile=prod db={{db}} build={{sha}}",
                 v=(g.ver(), "version"), h=(g.host(), "hostname"), ip=(g.srv_ip(), "server_ip"), pid=r.randint(100, 65000),
                 db=(g.host("db"), "hostname"), sha=(g.hexs(7), "hash"))


@T()
def sshd(g):
    r = g.r
    k = r.randrange(3)
    ts = (g.ts("syslog"), "timestamp")
    if k == 0:
        return B().f("{{ts}} jump01 sshd[{{pid}}]: Accepted publickey for {{u}} from {{ip}} port {{port}} ssh2: ED25519 SHA256:{{fp}}",
                     ts=ts, pid=r.randint(1000, 60000), u=(g.ch(["jenkins", "ansible", "root", "svc-backup"]), "system_account"),
                     ip=(g.srv_ip(), "internal_ip"), port=r.randint(30000, 65000), fp=(g.chars(_B62, 43), "fingerprint"))
    if k == 1:
        return B().f("{{ts}} jump01 sshd[{{pid}}]: Failed password for {{u}} from {{ip}} port {{port}} ssh2",
                     ts=ts, pid=r.randint(1000, 60000), u=(g.login(g.person("en_US")), P), ip=(g.ip(0), IP), port=r.randint(30000, 65000))
    return B().f("{{ts}} jump01 sshd[{{pid}}]: Invalid user {{u}} from {{ip}} port {{port}}",
                 ts=ts, pid=r.randint(1000, 60000), u=(g.ch(["admin", "oracle", "test", "ubuntu"]), "system_account"),
                 ip=(g.ip(0), IP), port=r.randint(30000, 65000))


@T()
def fr_account_open(g):
    p = g.person("fr_FR")
    adv = g.person("fr_FR")
    return B().f("{{ts}} Ouverture de compte : client {{t}} {{n}}, tél. {{ph}}, IBAN {{ib}}, conseiller {{a}}, agence {{ag}}",
                 ts=(g.ts("sp"), "timestamp"), t=g.title(p, "fr"), n=(p.full, P), ph=(g.phone("fr_FR"), PH), ib=(g.iban("FR"), IB),
                 a=(adv.full, P), ag=g.ch(["Lyon Part-Dieu", "Paris Opéra", "Lille Centre", "Nantes Commerce"]))


@T()
def de_transfer(g):
    r = g.r
    p = g.person("de_DE")
    o = g.person("de_DE")
    return B().f('Überweisung ausgeführt: Empfänger {{n}}, IBAN {{ib}}, Betrag {{amt}}, Verwendungszweck "{{vz}}", Auftraggeber {{o}}, Ausführung {{d}}',
                 n=(p.full, P), ib=(g.iban(g.ch(["DE", "DE", "AT"])), IB), amt=(g.amt("EUR", 20, 4000), "amount"),
                 vz=r.choice(["Miete März", "Rechnung 2024-118", "Kaution", "Geschenk"]), o=(o.full, P), d=(g.ts("eu"), "date"))


@T()
def es_collections(g):
    p = g.person("es_ES")
    ag = g.person("es_ES")
    return B().f("Llamada de cobranza {{id}}: cliente {{n}}, móvil {{ph}}, promete pagar {{amt}} el viernes. Gestor: {{ag}}",
                 id=(g.ref("COB"), "case_id"), n=(p.full, P), ph=(g.phone("es_ES"), PH), amt=(g.amt("EUR", 50, 1500), "amount"),
                 ag=(ag.first, P))


@T()
def pt_dispute(g):
    p = g.person("pt_BR")
    return B().f("Contestação de compra {{id}}: cliente {{n}}, cartão {{c}}, celular {{ph}}, e-mail {{e}}, estabelecimento {{m}}, valor {{amt}}",
                 id=(g.ref("CTS"), "case_id"), n=(p.full, P), c=(g.card(), CC), ph=(g.phone("pt_BR"), PH), e=(g.email(p), EM),
                 m=(g.ch(["MERCADOLIVRE*", "IFOOD *", "UBER *TRIP", "MAGALU"]), "merchant"), amt=(g.amt("BRL", 10, 5000), "amount"))


@T()
def it_transfer(g):
    p = g.person("it_IT")
    return B().f('Bonifico SEPA disposto da {{n}} verso IBAN {{ib}} importo {{amt}} causale "{{c}}" CRO {{cro}}',
                 n=(p.full, P), ib=(g.iban("IT"), IB), amt=(g.amt("EUR", 20, 8000), "amount"),
                 c=g.ch(["saldo fattura", "affitto aprile", "rimborso spese"]), cro=(g.digits(11), "reference"))


@T()
def nl_direct_debit(g):
    p = g.person("nl_NL")
    return B().f("Incasso gestorneerd: klant {{n}}, IBAN {{ib}}, bedrag {{amt}}, incassant {{co}}, machtigingskenmerk {{m}}",
                 n=(p.full, P), ib=(g.iban("NL"), IB), amt=(g.amt("EUR", 5, 300), "amount"),
                 co=(g.ch(["Vattenfall", "Ziggo", "KPN", "Eneco", "Basic-Fit"]), "company"), m=(g.ref("MND"), "mandate_id"))


@T()
def pl_credit(g):
    p = g.person("pl_PL")
    return B().f("Wniosek kredytowy {{id}}: {{n}}, tel. {{ph}}, kwota {{amt}}, paszport {{pp}}, oddział {{br}}",
                 id=(g.ref("WK"), "application_id"), n=(p.full, P), ph=(g.phone("pl_PL"), PH), amt=(g.amt("PLN", 5000, 400000), "amount"),
                 pp=(g.passport("PL"), PP), br=(g.branch(), "branch_code"))


@T()
def marketing(g):
    r = g.r
    return B().f('cms: campaign "{{c}}{{pf}}" banner served {{n}} times on {{p}} variant={{v}} ctr={{ctr}}%',
                 c=r.choice(["Save like ", "Invest like ", "Game day with ", "Tickets for "]), pf=(r.choice(_PF), "public_figure"),
                 n=r.randint(1000, 900000), p=r.choice(["/home", "/ob/dashboard", "/cards"]), v=r.choice("AB"),
                 ctr=f"{r.uniform(0.1, 4):.2f}")


@T()
def hold_music(g):
    r = g.r
    song, art = r.choice(_SONGS)
    return B().f('ivr-media queue={{q}} hold_track="{{s}}" artist="{{a}}" plays={{n}} avg_wait={{w}}s',
                 q=r.choice(["CARDS", "MORTGAGE", "COLLECTIONS", "GENERAL"]), s=song, a=(art, "public_figure"),
                 n=r.randint(10, 5000), w=r.randint(5, 900))


@T()
def secure_msg(g):
    r = g.r
    p = g.person()
    return B().f('secure-msg inbound thread={{th}} body="Hi, this is {{n}}. I did not authorise the {{amt}} payment to {{co}}. Please call me on {{ph}}."',
                 th=(g.ref("MSG"), "thread_id"), n=(p.first if r.random() < 0.3 else p.full, P), amt=(g.amt(g.cur_for(p.loc), 10, 3000), "amount"),
                 co=(r.choice(_MERCH), "merchant"), ph=(g.phone(p.loc), PH))


@T()
def esign_webhook(g):
    r = g.r
    p = g.person()
    return B(compact=r.random() < 0.5).j([
        ("event", "envelope.completed"), ("envelopeId", (g.uuid(), "envelope_id")),
        ("signer", [("name", (p.full, P)), ("email", (g.email(p), EM)), ("ipAddress", (g.ip(), IP))]),
        ("document", r.choice(["Mortgage_Agreement.pdf", "Loan_Disclosure.pdf", "Account_Terms_v12.pdf"])),
        ("completedAt", (g.ts("isoz"), "timestamp"))])


@T()
def new_accounts_csv(g):
    p = g.person()
    return B().f("{{cif}};{{n}};{{e}};{{ph}};{{br}};{{d}};{{prod}}",
                 cif=(g.cif(), "customer_id"), n=(p.full, P), e=(g.email(p), EM), ph=(g.phone(p.loc), PH),
                 br=(g.branch(), "branch_code"), d=(g.ts("date"), "date"), prod=g.ch(["CHK-BASIC", "SAV-EASY", "CD-12M", "STUDENT"]))


@T()
def apigw_json(g):
    r = g.r
    ip, u = (g.ip(), IP), (g.login(g.person()), P)
    if r.random() < 0.2:
        ip, u = (g.srv_ip(), "internal_ip"), (g.ch(_SVC), "system_account")
    return B(compact=True).j([("@timestamp", (g.ts("iso"), "timestamp")), ("http.client_ip", ip),
                              ("http.method", "POST"), ("url.path", r.choice(["/v1/transfers", "/v1/payees", "/v1/cards/limits"])),
                              ("user.id", u), ("http.status", r.choice([200, 201, 403, 422])),
                              ("trace.id", (g.hexs(32), "trace_id")), ("service.version", (g.ver(), "version"))])


@T()
def svc2svc(g):
    r = g.r
    return B(compact=r.random() < 0.5).j([("ts", (g.ts("iso"), "timestamp")), ("src", (g.srv_ip(), "server_ip")),
                                          ("dst", (g.srv_ip(), "server_ip")), ("service", r.choice(["ledger", "limits", "fx", "cards-auth"])),
                                          ("op", r.choice(["PostEntry", "CheckLimit", "Quote", "Authorize"])),
                                          ("latency_ms", r.randint(1, 900)), ("status", r.choice(["OK", "OK", "TIMEOUT"]))])


@T()
def vault_token(g):
    r = g.r
    return B().f("{{ts}} vault-agent[{{pid}}]: renewed token for role={{role}} accessor={{acc}} token={{tok}} ttl=768h",
                 ts=(g.ts("syslog"), "timestamp"), pid=r.randint(100, 9000), role=(g.ch(_SVC), "system_account"),
                 acc=(g.chars(_B62, 24), "accessor"), tok=("hvs." + g.chars(_B62 + "_-", 90), CR))


@T()
def teller_ssn_note(g):
    p = g.person("en_US")
    return B().f("Teller note {{d}}: cust {{n}} forgot card, verified via SSN {{ssn}} + DL, withdrew {{amt}} (T{{t}}/{{tl}})",
                 d=(g.ts("us"), "date"), n=(p.full, P), ssn=(g.ssn(g.ch(["-", "-", " "])), SSN), amt=(g.amt("USD", 50, 3000), "amount"),
                 t=g.digits(2), tl=(g.login(g.person("en_US")), P))


@T()
def doc_upload(g):
    r = g.r
    p = g.person(g.ch(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]))
    last = _ascii(p.last).replace(" ", "")
    return B().f("upload ok file={{pre}}{{ln}}_{{y}}.pdf size={{kb}}KB app={{app}} sha256={{h}}",
                 pre=r.choice(["paystub_", "W2_", "bank_stmt_", "id_scan_"]), ln=(last, P), y=r.choice(["2023", "2024-02", "2024Q1"]),
                 kb=r.randint(40, 5000), app=(g.ref("MTG"), "application_id"), h=(g.hexs(64), "hash"))


@T()
def lockout_email(g):
    p = g.person(g.ch(["en_US", "en_GB", "en_IN"]))
    return B().f('mailer: sent tpl=ACCESS_LOCKED from={{fr}} to={{e}} body="Dear {{t}} {{ln}}, online banking access was locked after 5 failed attempts from IP {{ip}}."',
                 fr=(g.role_mail(), "role_mailbox"), e=(g.email(p), EM), t=g.title(p), ln=(p.last, P), ip=(g.ip(), IP))


@T()
def jp_remittance(g):
    p = g.person("ja_JP")
    return B().f("Remittance {{ref}} to JP: beneficiary {{n}} tel {{ph}} bank MUFG Bank ({{bic}}) amount {{amt}} purpose=FAMILY",
                 ref=(g.ref("RM"), "reference"), n=(p.full if g.r.random() < 0.6 else _ascii(p.afull).upper(), P),
                 ph=(g.phone("ja_JP"), PH), bic=("BOTKJPJT", "bic"), amt=(g.amt("JPY", 100, 20000), "amount"))


@T()
def loan_decision(g):
    r = g.r
    return B().f("DECISION app={{app}} result={{res}} limit={{amt}} rate={{rate}}% model=pd-scorecard {{v}} latency={{ms}}ms",
                 app=(g.ref("LA"), "application_id"), res=r.choice(["APPROVED", "DECLINED", "REFER"]),
                 amt=(g.amt("USD", 1000, 50000), "amount"), rate=f"{r.uniform(3, 24):.2f}", v=(g.ver(), "version"), ms=r.randint(20, 400))


@T()
def card_settlement(g):
    r = g.r
    return B().f("{{ts}} settlement: {{net}} file {{fn}} received records={{n}} net={{amt}} bin={{bin}} rejects={{rj}} batch={{b}}",
                 ts=(g.ts("isoz"), "timestamp"), net=r.choice(["VISA BASE II", "MC IPM", "AMEX GRRCN", "CUP"]),
                 fn=(f"TT{r.randint(100, 999)}T0.{g.ts('swift')}.{r.randint(1, 9)}", "filename"), n=r.randint(1000, 400000),
                 amt=(g.amt("USD", 10000, 9000000), "amount"), bin=(r.choice(["4", "5"]) + g.digits(5), "bin"),
                 rj=r.randint(0, 40), b=(g.digits(10), "batch_id"))


# ---- Chinese -------------------------------------------------------------------------
@T(zh=True)
def zh_counter_open(g):
    p = g.cn_person()
    return B().f("{{ts}} [柜员{{tid}}] 客户{{n}}办理个人开户，身份证号{{id}}，手机{{ph}}，开户网点{{br}}",
                 ts=(g.ts("sp"), "timestamp"), tid=(g.digits(6), "teller_id"), n=(p.full, P), id=(g.cnid(), CN),
                 ph=(g.phone("zh_CN"), PH), br=(g.ch(_CN_BR), "branch"))


@T(zh=True)
def zh_json_keys(g):
    r = g.r
    p = g.cn_person()
    pairs = [("客户姓名", (p.full, P)), ("身份证号", (g.cnid(), CN))]
    if r.random() < 0.8:
        pairs.append(("手机号", (g.phone("zh_CN"), PH)))
    pairs += [("开户网点", (g.ch(_CN_BR), "branch")), ("客户号", (g.cif(), "customer_id")), ("风险等级", r.choice(["R1", "R2", "R3"])),
              ("创建时间", (g.ts("sp"), "timestamp"))]
    return B(compact=r.random() < 0.5).j(pairs)


@T(zh=True)
def zh_collections(g):
    c = g.cn_person()
    p = g.cn_person()
    return B().f("催收记录：催收员{{c}}于{{ts}}致电客户{{n}}（手机{{m}}），客户承诺{{d}}前还款{{amt}}元",
                 c=(c.full, P), ts=(g.ts("zh"), "timestamp"), n=(p.full, P), m=(g.cn_masked_phone(), "masked"),
                 d=(g.ts("date"), "date"), amt=(g.num(200, 50000), "amount"))


@T(zh=True)
def zh_manager_approve(g):
    p = g.cn_person()
    return B().f("{{s}}{{t}}已审批贷款申请{{app}}，金额{{amt}}，期限{{n}}期，年化利率{{rate}}%",
                 s=(p.last, P), t=g.ch(["经理", "行长", "主管", "总"]), app=(g.ref("LN"), "application_id"),
                 amt=(g.amt("CNY", 10000, 2000000), "amount"), n=g.ch([12, 24, 36, 60, 360]), rate=f"{g.r.uniform(3, 8):.2f}")


@T(zh=True)
def zh_card_dispute(g):
    p = g.cn_person()
    return B().f("持卡人{{n}}来电称卡号{{c}}于{{d}}在{{m}}的消费{{amt}}非本人所为，已登记争议单{{dsp}}",
                 n=(p.full, P), c=(g.card(g.ch(["up", "up", "visa", "mc"]), fmt=g.ch(["plain", "sp"])), CC),
                 d=(g.ts("zhmd"), "timestamp"), m=(g.ch(_CN_MERCH), "merchant"), amt=(g.amt("CNY", 50, 20000), "amount"),
                 dsp=(g.ref("ZY"), "case_id"))


@T(zh=True)
def zh_risk_alert(g):
    r = g.r
    p = g.cn_person()
    return B().f("【风控告警】网银异常登录 用户名={{u}} IP={{ip}} 归属地={{loc}} 设备={{dev}} 处置={{act}}",
                 u=(g.login(p), P), ip=(g.ip(0.15), IP), loc=r.choice(["越南", "柬埔寨", "广东深圳", "缅甸", "美国"]),
                 dev=r.choice(["新设备", "模拟器", "已绑定设备"]), act=r.choice(["二次验证", "冻结", "短信提醒"]))


@T(zh=True)
def zh_balance_sms(g):
    p = g.cn_person()
    return B().f("【{{bank}}】尊敬的{{s}}{{t}}，您尾号{{l4}}的账户于{{d}}转出人民币{{amt}}元，余额{{bal}}元。",
                 bank=(g.ch(_CN_BANKS), "company"), s=(p.last, P), t="先生" if p.male else "女士", l4=(g.digits(4), "last4"),
                 d=(g.ts("zhmd"), "timestamp"), amt=(g.num(10, 50000), "amount"), bal=(g.num(10, 500000), "amount"))


@T(zh=True)
def zh_otp_sms(g):
    return B().f("短信网关 发送至{{ph}} 内容：【{{bank}}】验证码{{otp}}，您正在进行{{op}}，切勿告知他人。",
                 ph=(g.phone("zh_CN"), PH), bank=(g.ch(_CN_BANKS), "company"), otp=(g.digits(6), CR),
                 op=g.ch(["网银转账", "绑定新设备", "修改手机号", "大额支付"]))


@T(zh=True)
def zh_car_loan_kv(g):
    p = g.cn_person()
    s = g.cn_person()
    return B().f("贷款申请 申请人={{n}} 证件号={{id}} 车牌={{pl}} 贷款金额={{amt}} 经办={{s}}",
                 n=(p.full, P), id=(g.cnid(), CN), pl=(g.plate("CN"), LP), amt=(g.num(30000, 600000, "int"), "amount"),
                 s=(s.full if g.r.random() < 0.5 else g.login(s), P))


@T(zh=True)
def zh_mortgage_sign(g):
    a = g.cn_person(True)
    b = g.cn_person(False)
    return B().f("房贷面签：借款人{{a}}、共同借款人{{b}}，联系电话{{ph}}，抵押房产评估价{{amt}}，评估机构{{co}}",
                 a=(a.full, P), b=(b.full, P), ph=(g.phone("zh_CN"), PH), amt=(g.amt("CNY", 500000, 9000000), "amount"),
                 co=(g.company("zh_CN"), "company"))


@T(zh=True)
def zh_cross_border(g):
    p = g.cn_person()
    f = g.person(g.ch(["en_US", "en_GB", "de_DE", "fr_FR"]))
    return B().f("跨境汇款 汇款人{{n}} 护照号{{pp}} 收款人{{f}} 收款账号{{ib}} SWIFT {{bic}} 金额{{amt}}",
                 n=(p.full, P), pp=(g.passport("CN"), PP), f=(f.full, P), ib=(g.iban(g.ch(["GB", "DE", "FR"])), IB),
                 bic=(g.ch(_BIC), "bic"), amt=(g.amt(g.ch(["USD", "EUR"]), 1000, 50000), "amount"))


@T(zh=True)
def zh_atm_retain(g):
    return B().f("{{ts}} ATM设备{{atm}}发生吞卡，卡号{{c}}，原因：{{why}}，已通知{{br}}",
                 ts=(g.ts("sp"), "timestamp"), atm=(g.term(), "terminal_id"), c=(g.cn_masked_card(), "masked"),
                 why=g.ch(["密码错误超限", "客户未及时取卡", "卡片过期"]), br=(g.ch(_CN_BR), "branch"))


@T(zh=True)
def zh_eod_batch(g):
    r = g.r
    return B().f("日终批处理{{job}}完成，处理账户{{n}}户，失败{{f}}户，耗时{{dur}}，主机{{h}}（{{ip}}）",
                 job=r.choice(["EOD", "计息", "对账", "批量代发"]), n=r.randint(10000, 9000000), f=r.randint(0, 5),
                 dur=f"{r.randint(0, 2):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", h=(g.host(), "hostname"),
                 ip=(g.srv_ip(), "server_ip"))


@T(zh=True)
def zh_celebrity_card(g):
    p = g.cn_person()
    return B().f("客户{{s}}{{t}}咨询{{pf}}联名信用卡的办理条件，已引导至线上申请，工单{{tk}}",
                 s=(p.last, P), t="先生" if p.male else "女士", pf=(g.ch(_CN_PF_CARD), "public_figure"), tk=(g.ref("GD"), "ticket_id"))


@T(zh=True)
def zh_tw_card_apply(g):
    p = g.person("zh_TW")
    return B().f("客戶{{n}}於{{br}}申請信用卡，手機{{ph}}，電子郵件{{e}}，核卡額度NT${{amt}}",
                 n=(p.full, P), br=(g.ch(_TW_BR), "branch"), ph=(g.phone("zh_TW"), PH), e=(g.email(p), EM),
                 amt=(g.num(20000, 500000, "int"), "amount"))


@T(zh=True)
def zh_tw_collections(g):
    p = g.person("zh_TW")
    a = g.person("zh_TW")
    return B().f("催收紀錄：致電{{n}}{{t}}{{ph}}，承諾{{d}}還款NT${{amt}}，催收專員{{a}}",
                 n=(p.full, P), t="先生" if p.male else "小姐", ph=(g.phone("zh_TW"), PH), d=(g.ts("date"), "date"),
                 amt=(g.num(1000, 90000, "int"), "amount"), a=(a.full, P))


@T(zh=True)
def zh_tw_login_fail(g):
    return B().f("網路銀行登入失敗 帳號={{u}} 來源IP={{ip}} 失敗次數={{n}} 狀態=已鎖定 時間={{ts}}",
                 u=(g.login(g.person("zh_TW")), P), ip=(g.ip(), IP), n=g.r.randint(3, 10), ts=(g.ts("sp"), "timestamp"))


@T(zh=True)
def zh_ticket_csv(g):
    p = g.cn_person()
    a = g.cn_person()
    return B().f("{{tk}},{{n}},{{ph}},{{q}},{{ts}},待处理,{{a}}",
                 tk=(g.ref("GD"), "ticket_id"), n=(p.full, P), ph=(g.phone("zh_CN"), PH),
                 q=g.ch(["信用卡盗刷", "ATM吞卡", "转账未到账", "房贷提前还款"]), ts=(g.ts("sp"), "timestamp"), a=(g.login(a), P))


@T(zh=True)
def zh_corp_account(g):
    p = g.cn_person()
    uscc = "91" + g.ch(_CN_AREA) + g.chars("0123456789ABCDEFGHJKLMNPQRTUWXY", 9) + g.ch("0123456789ABCDEFGHJKLMNPQRTUWXY")
    return B().f("企业开户 公司名称={{co}} 统一社会信用代码={{u}} 法定代表人={{n}} 法人身份证={{id}} 联系人手机={{ph}}",
                 co=(g.company("zh_CN"), "company"), u=(uscc, "org_code"), n=(p.full, P), id=(g.cnid(), CN), ph=(g.phone("zh_CN"), PH))


@T(zh=True)
def zh_pwd_leak(g):
    p = g.cn_person()
    pw = g.ch([g.pwd(), _slug(p.alast) + g.digits(4) + "!", "woaini" + g.digits(3), "Abc@" + g.digits(5)])
    return B().f("DEBUG 用户{{u}}重置登录密码成功，新密码={{pw}}，请求IP={{ip}}",
                 u=(g.login(p), P), pw=(pw, CR), ip=(g.ip(0.1), IP))


@T(zh=True)
def zh_aml_report(g):
    p = g.cn_person()
    return B().f("反洗钱可疑交易报告：客户{{n}}，身份证{{id}}，{{d}}日内累计转入{{amt}}，对手方{{co}}，报告编号{{rpt}}",
                 n=(p.full, P), id=(g.cnid(), CN), d=g.r.randint(3, 30), amt=(g.amt("CNY", 100000, 9000000), "amount"),
                 co=(g.company("zh_CN"), "company"), rpt=(g.ref("AML"), "report_id"))


@T(zh=True)
def zh_ev_loan(g):
    p = g.cn_person()
    return B().f("车贷放款成功 借款人：{{n}} 车牌：{{pl}} 放款金额：{{amt}} 合同号：{{c}}",
                 n=(p.full, P), pl=(g.plate("CN"), LP), amt=(g.amt("CNY", 50000, 500000), "amount"), c=(g.ref("HT"), "contract_id"))


@T(zh=True)
def zh_startup(g):
    return B().f("[INFO] 核心系统{{v}}在{{ip}}启动完成，耗时{{s}}秒，连接池={{n}}，操作员={{op}}",
                 v=(g.ver(), "version"), ip=(g.srv_ip(), "server_ip"), s=g.r.randint(5, 90), n=g.ch([50, 100, 200]),
                 op=(g.ch(_SVC), "system_account"))


@T(zh=True)
def zh_complaint_note(g):
    s = g.cn_person()
    p = g.cn_person()
    return B().f("客户投诉：{{n}}称上周在{{br}}办业务，柜员小{{s}}态度不好，要求回电{{ph}}。",
                 n=(p.full, P), br=(g.ch(_CN_BR), "branch"),
                 s=(s.last, P), ph=(g.phone("zh_CN"), PH))


@T(zh=True)
def zh_fraud_call(g):
    return B().f("客户来电{{ph}}称收到冒充客服的诈骗短信，已提醒勿泄露验证码，转反诈专线{{hl}}",
                 ph=(g.phone("zh_CN"), PH), hl=(g.ch(["96110", "110", "400-820-5555"]), "hotline"))


@T(zh=True)
def zh_debit_agreement(g):
    p = g.cn_person()
    return B().f("定期代扣 协议号={{a}} 扣款人={{n}} 卡号={{c}} 金额={{amt}} 结果={{res}}",
                 a=(g.ref("DK"), "agreement_id"), n=(p.full, P), c=(g.card("up", fmt="plain"), CC),
                 amt=(g.num(10, 20000), "amount"), res=g.ch(["成功", "成功", "余额不足"]))


@T(zh=True)
def zh_foreign_kyc(g):
    f = g.person(g.ch(["en_US", "es_ES", "fr_FR", "de_DE", "ja_JP", "ko_KR", "ru_RU", "vi_VN"]))
    mgr = g.cn_person()
    ctry = {"en_US": "美国", "es_ES": "西班牙", "fr_FR": "法国", "de_DE": "德国", "ja_JP": "日本", "ko_KR": "韩国",
            "ru_RU": "俄罗斯", "vi_VN": "越南"}[f.loc]
    return B().f("外籍客户{{f}}办理开户，护照号{{pp}}，国籍{{c}}，手机{{ph}}，客户经理{{m}}",
                 f=(f.full, P), pp=(g.passport(_LOC_CC[f.loc]), PP), c=ctry, ph=(g.phone(g.ch([f.loc, "zh_CN"])), PH),
                 m=(mgr.full, P))


@T(zh=True)
def zh_tw_cash_refill(g):
    return B().f("{{br}} ATM 鈔箱補鈔完成 金額NT${{amt}} 操作員{{op}} 時間{{ts}}",
                 br=(g.ch(_TW_BR), "branch"), amt=(g.num(100000, 4000000, "int"), "amount"), op=(g.ch(_SVC), "system_account"),
                 ts=(g.ts("sp"), "timestamp"))


@T(zh=True)
def zh_director_cash(g):
    a = g.cn_person()
    b = g.cn_person(False)
    return B().f("{{s1}}主任批准大额取现{{amt}}，客户{{s2}}女士，已核验身份证{{id}}",
                 s1=(a.last, P), amt=(g.amt("CNY", 50000, 500000), "amount"), s2=(b.last, P), id=(g.cnid(), CN))


@T(zh=True)
def zh_screen_quote(g):
    who, q = g.r.choice(_CN_QUOTES)
    return B().f("网点{{br}}大屏轮播：{{w}}名言“{{q}}”，播放时长{{n}}秒",
                 br=(g.ch(_CN_BR), "branch"), w=(who, "public_figure"), q=q, n=g.r.randint(5, 60))


@T(zh=True)
def zh_recon_diff(g):
    r = g.r
    return B().f("对账差异：渠道={{ch}} 清算日期={{d}} 差异笔数={{n}} 差异金额={{amt}} 批次号={{b}} 处理人={{op}}",
                 ch=r.choice(["银联", "网联", "人行大额", "超级网银"]), d=(g.ts("date"), "date"), n=r.randint(1, 30),
                 amt=(g.amt("CNY", 1, 90000), "amount"), b=(g.digits(12), "batch_id"), op=(g.ch(_SVC), "system_account"))


@T(zh=True)
def zh_call_transcript(g):
    a = g.cn_person()
    p = g.cn_person()
    return B().f("坐席{{a}}：您好，请问是{{n}}{{t}}吗？客户：是的，我的手机号是{{ph}}，卡丢了要挂失。",
                 a=(g.login(a) if g.r.random() < 0.4 else a.full, P), n=(p.full, P), t="先生" if p.male else "女士",
                 ph=(g.phone("zh_CN"), PH))


# --------------------------------------------------------------------------- entry point
def _check(text, spans, decoys):
    assert "\n" not in text and "\r" not in text, text
    iv = []
    for s, e, lab in spans:
        assert lab in TYPES, lab
        assert 0 <= s < e <= len(text)
        iv.append((s, e))
    for s, e, kind in decoys:
        assert kind and kind == kind.lower(), kind
        assert 0 <= s < e <= len(text)
        iv.append((s, e))
    iv.sort()
    for (s1, e1), (s2, e2) in zip(iv, iv[1:]):
        assert e1 <= s2, (text, (s1, e1), (s2, e2))


def blind_log37(n: int, seed: int = 0) -> list[dict]:
    g = G(seed)
    out = []
    nt = len(_T)
    for _ in range(n):
        k = g.r.randrange(nt)
        L = _T[k][0](g)
        text = L.text()
        vals = [(s, e, text[s:e]) for s, e, _ in L.spans + L.decoys]
        _check(text, L.spans, L.decoys)
        for s, e, v in vals:
            assert v and v == v.strip()
        out.append({"text": text, "spans": [list(x) for x in L.spans],
                    "decoys": [list(x) for x in L.decoys], "template": k})
    return out


N_TEMPLATES = len(_T)


if __name__ == "__main__":
    import collections
    import sys
    import time

    t0 = time.time()
    rows = blind_log37(5000, int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    dt = time.time() - t0
    c = collections.Counter(lab for r in rows for _, _, lab in r["spans"])
    print(f"templates={N_TEMPLATES} zh={sum(z for _, z in _T)} time={dt:.2f}s "
          f"no_pii_lines={sum(not r['spans'] for r in rows)}")
    for k, v in sorted(c.items()):
        print(k, v)
