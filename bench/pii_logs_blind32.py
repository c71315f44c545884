"""Blind synthetic log lines for a PII redactor benchmark (set 32).

Theme: a retail pharmacy chain with telehealth -- prescriptions and refills,
pharmacist consultations, insurance claims, loyalty cards, home delivery,
vaccination bookings, controlled-substance audit logs, patient portal.

Written independently of the redactor.  Only the standard library and Faker.

    blind_log32(n, seed=0) -> list[dict]

Each dict: {"text": str, "spans": [[s, e, TYPE], ...],
            "decoys": [[s, e, kind], ...], "template": int}

Spans mark personal values; decoys mark look-alike values that are not
personal (ids, amounts, hashes, masked values, server addresses, service
accounts, role mailboxes, companies, products, public figures ...).
Titles ("Dr.", "先生", "药师") are kept outside PERSON spans.
"""

import json
import random
import unicodedata
from datetime import datetime, timedelta

from faker import Faker

__all__ = ["blind_log32", "TEMPLATES", "TYPES"]

TYPES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
    "LICENSE_PLATE",
})

PE, EM, PH, IP, CR = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL"
CC, IB, SS, PP, CN, LP = "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID", "LICENSE_PLATE"

_LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES",
            "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR", "vi_VN"]
_FAKERS = {}


def _fakers():
    if not _FAKERS:
        for loc in _LOCALES:
            _FAKERS[loc] = Faker(loc)
    return _FAKERS


# --------------------------------------------------------------------------- tables
_CN_SUR = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
           ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
           ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"),
           ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
           ("唐", "tang"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"),
           ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("潘", "pan"), ("袁", "yuan"),
           ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"), ("杜", "du"), ("叶", "ye"), ("程", "cheng"),
           ("魏", "wei"), ("苏", "su"), ("吕", "lv"), ("丁", "ding"), ("任", "ren"), ("沈", "shen"),
           ("姚", "yao"), ("卢", "lu"), ("钟", "zhong"), ("崔", "cui"), ("谭", "tan"), ("陆", "lu"),
           ("范", "fan"), ("石", "shi"), ("金", "jin"), ("贾", "jia"), ("夏", "xia"), ("方", "fang"),
           ("白", "bai"), ("孟", "meng"), ("秦", "qin"), ("邱", "qiu"), ("侯", "hou"), ("江", "jiang"),
           ("薛", "xue"), ("雷", "lei"), ("龙", "long"), ("史", "shi"), ("欧阳", "ouyang"),
           ("司马", "sima"), ("诸葛", "zhuge"), ("上官", "shangguan")]
_CN_GIV = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"), ("静", "jing"),
           ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"),
           ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"),
           ("秀兰", "xiulan"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂英", "guiying"),
           ("建华", "jianhua"), ("志强", "zhiqiang"), ("子涵", "zihan"), ("梓萱", "zixuan"),
           ("浩然", "haoran"), ("宇轩", "yuxuan"), ("欣怡", "xinyi"), ("俊杰", "junjie"), ("思雨", "siyu"),
           ("晨", "chen"), ("婷婷", "tingting"), ("雪", "xue"), ("鹏", "peng"), ("辉", "hui"),
           ("玲", "ling"), ("佳", "jia"), ("嘉怡", "jiayi"), ("一鸣", "yiming"), ("文博", "wenbo"),
           ("晓东", "xiaodong"), ("春梅", "chunmei"), ("国强", "guoqiang"), ("海燕", "haiyan"),
           ("雨桐", "yutong"), ("诗涵", "shihan")]
_TW_SUR = ["chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang", "hsu", "cheng",
           "hsieh", "kuo", "hung"]
_TW_GIV = ["meiling", "chihming", "chiahao", "yating", "shufen", "yuchen", "weilun", "hsinyi",
           "chunhung", "peiyu", "tzuhan", "kuanting"]
_KO_SUR = [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
           ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"),
           ("서", "seo"), ("신", "shin"), ("권", "kwon"), ("황", "hwang"), ("안", "ahn"), ("송", "song"),
           ("홍", "hong"), ("문", "moon")]
_KO_GIV = [("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("지민", "jimin"), ("수빈", "subin"),
           ("현우", "hyunwoo"), ("예은", "yeeun"), ("도윤", "doyun"), ("하은", "haeun"), ("성민", "sungmin"),
           ("은지", "eunji"), ("준서", "junseo"), ("미숙", "misook"), ("영호", "youngho"), ("지아", "jia"),
           ("태현", "taehyun")]
_VI_SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
           "Hồ", "Ngô", "Dương"]
_VI_MID = ["Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh", "Hữu", "Quốc", "Thu"]
_VI_GIV = ["An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phương",
           "Quang", "Thảo", "Trang", "Tuấn", "Vy", "Khoa", "Huy"]
_RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                   "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_FOLD = {"ł": "l", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"}

_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com"],
    "en_GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com", "yahoo.co.uk"],
    "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "zh_CN": ["163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com", "139.com"],
    "zh_TW": ["yahoo.com.tw", "gmail.com", "hinet.net", "msa.hinet.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "es_ES": ["hotmail.es", "telefonica.net", "gmail.com", "yahoo.es"],
    "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "ja_JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"],
    "ko_KR": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
    "ru_RU": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
    "it_IT": ["libero.it", "virgilio.it", "alice.it", "gmail.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
    "pl_PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr_TR": ["hotmail.com", "yandex.com.tr", "gmail.com"],
    "vi_VN": ["gmail.com", "yahoo.com.vn", "outlook.com"],
}
_MIX = (["en_US"] * 8 + ["en_GB"] * 2 + ["en_IN"] * 2 + ["es_ES", "fr_FR", "de_DE", "pt_BR", "it_IT",
        "nl_NL", "pl_PL", "tr_TR", "zh_CN", "ja_JP", "ko_KR", "ru_RU", "vi_VN"])
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_CN_AREAS = ["110101", "110105", "110108", "120101", "310101", "310104", "310115", "320102", "320583",
             "330106", "330102", "340104", "350203", "370202", "420106", "430104", "440103", "440304",
             "440305", "440106", "500103", "510107", "610113", "210102", "220102", "230103", "410105",
             "360102", "450103", "530102"]
_CN_PROV = "京沪粤浙苏川鲁渝津鄂湘闽皖赣豫冀晋辽吉黑陕甘云贵桂琼"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_B64U = _ALNUM + "-_"
_PWCH = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%&*-_+=?@"

_SVC = ["svc-rxsync", "svc-backup", "jenkins", "root", "rx_app", "pharmacy-bot", "svc_claims",
        "cron", "nagios", "postgres", "svc-delivery", "deploy", "svc-ivr", "etl_loader"]
_ROLE = ["noreply", "no-reply", "rx-support", "support", "billing", "claims", "privacy", "vaccines",
         "pharmacy", "dispatch", "refills", "care-team", "info"]
_INSURERS_US = ["Aetna", "Cigna", "Humana", "UnitedHealthcare", "Express Scripts", "Optum Rx",
                "CVS Caremark", "Blue Cross Blue Shield", "Kaiser Permanente", "Anthem"]
_INSURERS_DE = ["AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit", "IKK classic"]
_DRUGS = ["Lisinopril 10 mg tab", "Atorvastatin 20 mg tab", "Metformin ER 500 mg", "Amlodipine 5 mg",
          "Levothyroxine 50 mcg", "Omeprazole 20 mg cap", "Sertraline 50 mg", "Albuterol HFA inhaler",
          "Amoxicillin 500 mg cap", "Ozempic 0.5 mg pen", "Eliquis 5 mg", "Losartan 50 mg",
          "Gabapentin 300 mg", "Montelukast 10 mg", "Insulin glargine 100 U/mL"]
_CII = ["Oxycodone HCl 5 mg", "Hydrocodone/APAP 10-325", "Adderall XR 20 mg", "Methylphenidate ER 36 mg",
        "Fentanyl 25 mcg/hr patch", "Morphine sulfate ER 15 mg", "Hydromorphone 2 mg"]
_CN_DRUGS = ["苯磺酸氨氯地平片", "二甲双胍缓释片", "阿托伐他汀钙片", "布洛芬缓释胶囊", "阿莫西林胶囊",
             "奥美拉唑肠溶胶囊", "缬沙坦胶囊", "连花清瘟胶囊", "硝苯地平控释片", "甘精胰岛素注射液"]
_CN_CII = ["盐酸吗啡缓释片", "芬太尼透皮贴剂", "盐酸羟考酮缓释片", "哌醋甲酯缓释片", "地西泮片"]
_CN_STORES = ["康众大药房(徐汇店)", "康众大药房(朝阳店)", "康众大药房(天河店)", "康众大药房(西湖店)",
              "康众大药房(武侯店)", "康众大药房(南山店)", "康众大药房(鼓楼店)"]
_TW_STORES = ["康眾藥局 信義門市", "康眾藥局 板橋門市", "康眾藥局 台中公益門市", "康眾藥局 高雄左營門市"]
_VACCINES = ["Flu (Fluzone HD)", "COVID-19 (Comirnaty 2024-25)", "Shingrix dose 2", "Tdap (Boostrix)",
             "RSV (Arexvy)", "Hep B (Heplisav-B)"]
_CN_VACCINES = ["九价HPV疫苗", "四价流感疫苗", "带状疱疹疫苗", "23价肺炎疫苗", "乙肝疫苗"]
_PF_EN = ["Alexander Fleming", "Florence Nightingale", "Louis Pasteur", "Jonas Salk", "Edward Jenner",
          "Marie Curie", "Robert Koch", "Hippocrates", "Anthony Fauci", "Paracelsus"]
_SONGS = [("Shake It Off", "Taylor Swift"), ("Halo", "Beyoncé"), ("Yesterday", "Paul McCartney"),
          ("Rolling in the Deep", "Adele"), ("Shape of You", "Ed Sheeran"), ("Hello", "Lionel Richie"),
          ("Despacito", "Luis Fonsi"), ("Bad Guy", "Billie Eilish")]
_PF_CN = [("", "李时珍", "《本草纲目》里的四季养生智慧"), ("", "钟南山", "院士谈流感季如何科学用药"),
          ("", "屠呦呦", "与青蒿素：一株小草改变世界"), ("", "鲁迅", "笔下的中药铺与“医者仁心”"),
          ("药王", "孙思邈", "《千金方》中的食疗方"), ("", "张仲景", "与《伤寒杂病论》的冬季调养"),
          ("听", "周杰伦", "的《本草纲目》，认识这些中药材")]


def _fold(s):
    s = "".join(_FOLD.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if "a" <= c <= "z")
    return s or "user"


def _luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(num):
    return _luhn_digit(num[:-1]) == num[-1]


class _P:
    __slots__ = ("loc", "first", "last", "rf", "rl", "full")

    def __init__(self, loc, first, last, rf, rl, full):
        self.loc, self.first, self.last, self.rf, self.rl, self.full = loc, first, last, rf, rl, full


class O(list):
    """Nested JSON object: list of (key, value) pairs."""


class A(list):
    """JSON array."""


# --------------------------------------------------------------------------- generator context
class _G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = _fakers()
        for f in self.fk.values():
            f.seed_instance(seed)
        self.t0 = datetime(2024, 1, 1) + timedelta(seconds=self.r.randrange(86400 * 500))

    # ---- small helpers
    def d(self, n):
        r = self.r
        return "".join("0123456789"[r.randrange(10)] for _ in range(n))

    def hx(self, n):
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def an(self, n, chars=_ALNUM):
        r = self.r
        return "".join(chars[r.randrange(len(chars))] for _ in range(n))

    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, prob):
        return self.r.random() < prob

    # ---- time
    def dt(self):
        self.t0 += timedelta(seconds=self.r.randint(1, 900))
        return self.t0

    def iso(self):
        t = self.dt()
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % self.r.randrange(1000)

    def sysl(self):
        t = self.dt()
        return "%s %2d %s" % (_MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))

    def clf(self):
        t = self.dt()
        return "%02d/%s/%d:%s %s" % (t.day, _MON[t.month - 1], t.year, t.strftime("%H:%M:%S"),
                                     self.ch(["+0000", "-0500", "-0700", "+0100"]))

    def ts(self):
        return self.dt().strftime("%Y-%m-%d %H:%M:%S")

    def day(self, fmt="%Y-%m-%d", ahead=True):
        t = self.t0 + timedelta(days=self.r.randint(1, 40) if ahead else -self.r.randint(1, 40))
        return t.strftime(fmt)

    def dob(self, fmt="%Y-%m-%d"):
        t = datetime(1935, 1, 1) + timedelta(days=self.r.randrange(365 * 70))
        return t.strftime(fmt)

    def epoch(self):
        return str(int(self.dt().timestamp() * 1000))

    # ---- people
    def person(self, loc=None):
        r = self.r
        if loc is None:
            loc = self.ch(_MIX)
        if loc == "zh_CN" and r.random() < 0.7:
            s, sp = self.ch(_CN_SUR)
            gv, gp = self.ch(_CN_GIV)
            return _P(loc, gv, s, gp, sp, s + gv)
        if loc == "zh_CN":
            f = self.fk[loc]
            last, first = f.last_name(), f.first_name()
            return _P(loc, first, last, self.ch(_CN_GIV)[1], self.ch(_CN_SUR)[1], last + first)
        if loc == "zh_TW":
            f = self.fk[loc]
            last, first = f.last_name(), f.first_name()
            return _P(loc, first, last, self.ch(_TW_GIV), self.ch(_TW_SUR), last + first)
        if loc == "ja_JP":
            f = self.fk[loc]
            first, _, rf = f.first_name_pair()
            last, _, rl = f.last_name_pair()
            return _P(loc, first, last, rf.lower(), rl.lower(), last + self.ch([" ", "", "\u3000"]) + first)
        if loc == "ko_KR":
            s, sp = self.ch(_KO_SUR)
            gv, gp = self.ch(_KO_GIV)
            return _P(loc, gv, s, gp, sp, s + gv)
        if loc == "vi_VN":
            s, m, gv = self.ch(_VI_SUR), self.ch(_VI_MID), self.ch(_VI_GIV)
            return _P(loc, gv, s, _fold(gv), _fold(s), "%s %s %s" % (s, m, gv))
        if loc == "ru_RU":
            f = self.fk[loc]
            if r.random() < 0.5:
                first, last = f.first_name_male(), f.last_name_male()
            else:
                first, last = f.first_name_female(), f.last_name_female()
            tr = lambda w: "".join(_RU_TR.get(c, "") for c in w.lower()) or "user"
            full = first + " " + last if r.random() < 0.6 else last + " " + first
            return _P(loc, first, last, tr(first), tr(last), full)
        if loc in ("pl_PL",):
            f = self.fk[loc]
            if r.random() < 0.5:
                first, last = f.first_name_male(), f.last_name_male()
            else:
                first, last = f.first_name_female(), f.last_name_female()
        else:
            f = self.fk[loc]
            first, last = f.first_name(), f.last_name()
            if loc == "es_ES" and r.random() < 0.4:
                last = last + " " + f.last_name()
        return _P(loc, first, last, _fold(first), _fold(last), first + " " + last)

    def latin(self, p):
        """Romanized display name (for passports, Western systems)."""
        if p.loc in ("zh_CN", "zh_TW", "ja_JP", "ko_KR", "ru_RU"):
            f, l = p.rf.capitalize(), p.rl.capitalize()
            return self.ch(["%s %s" % (f, l), "%s %s" % (l.upper(), f.upper()), "%s, %s" % (l.upper(), f.upper())])
        return p.full

    def login(self, p):
        r = self.r
        f, l = p.rf, p.rl
        k = r.randrange(9)
        return [f[0] + l, f + "." + l, l + f[0] + str(r.randint(1, 99)), f + "_" + l, l + "." + f,
                f + l + str(r.randint(1, 999)), f[0] + "." + l, l + f, f + str(r.randint(10, 99))][k]

    def email(self, p, dom=None):
        r = self.r
        if dom is None and p.loc == "zh_CN" and r.random() < 0.25:
            return "%d@qq.com" % r.randint(10000000, 2999999999)
        f, l = p.rf, p.rl
        k = r.randrange(8)
        local = [f + "." + l, f[0] + l, f + l + str(r.randint(1, 99)), l + "." + f, f + "_" + l,
                 l + f[0] + str(r.randint(1950, 2006)), f + str(r.randint(1, 999)), f + "-" + l][k]
        if dom is None:
            dom = self.ch(_DOMAINS.get(p.loc, _DOMAINS["en_US"]))
        return local + "@" + dom

    def staff_email(self, p):
        return self.email(p, self.ch(["medimart.com", "rx.medimart.com", "medimart-health.com"]))

    def role_mail(self, dom=None):
        return self.ch(_ROLE) + "@" + (dom or self.ch(["medimart.com", "rx.medimart.com", "mail.medimart.com"]))

    # ---- phones
    def phone(self, loc=None, mobile=False):
        """A person's phone number in the country's own formats.

        mobile=True where the field says mobile/cell/手机; otherwise about one
        number in six is a landline."""
        loc = loc or "en_US"
        r, d, ch = self.r, self.d, self.ch
        land = (not mobile) and r.random() < 0.17
        if loc == "en_US":
            a = ch(["212", "213", "312", "415", "503", "617", "702", "713", "206", "305", "404", "480",
                    "602", "646", "718", "773", "818", "917", "929", "972", "314", "612"])
            e = str(r.randint(201, 989))
            n = d(4)
            return ch(["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "+1 %s %s %s" % (a, e, n),
                       "%s.%s.%s" % (a, e, n), "1-%s-%s-%s" % (a, e, n), "+1%s%s%s" % (a, e, n),
                       "+1 (%s) %s-%s" % (a, e, n)])
        if loc == "en_GB":
            if land:
                return ch(["020 7%s %s" % (d(3), d(4)), "0161 %s %s" % (str(r.randint(2, 9)) + d(2), d(4)),
                           "+44 113 %s %s" % (str(r.randint(2, 9)) + d(2), d(4)), "0131 %s %s" % (str(r.randint(2, 9)) + d(2), d(4))])
            m = "7" + ch(["4", "5", "7", "8", "9"]) + d(2)
            return ch(["0%s %s" % (m, d(6)), "+44 %s %s" % (m, d(6)), "+44 (0)%s %s %s" % (m, d(3), d(3)),
                       "0%s%s" % (m, d(6)), "+44%s%s" % (m, d(6))])
        if loc == "en_IN":
            if land:
                return ch(["011-%s" % (str(r.randint(2, 6)) + d(7)), "+91 22 %s %s" % (str(r.randint(2, 6)) + d(3), d(4)),
                           "080 %s" % (str(r.randint(2, 6)) + d(7))])
            m = ch("6789") + d(9)
            return ch(["+91 %s %s" % (m[:5], m[5:]), "+91-%s" % m, "0%s %s" % (m[:5], m[5:]), m,
                       "+91 %s-%s" % (m[:5], m[5:]), "+91%s" % m])
        if loc == "zh_CN":
            if land:
                city = ch(["010", "021", "020", "022", "023", "0755", "0571", "028", "025", "027", "0512"])
                n = str(r.randint(2, 8)) + d(7)
                return ch(["%s-%s" % (city, n), "%s-%s %s" % (city, n[:4], n[4:]), "(%s)%s" % (city, n),
                           "+86 %s %s" % (city[1:], n)])
            pre = ch(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                      "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181",
                      "182", "183", "185", "186", "187", "188", "189", "198", "199"])
            m = pre + d(8)
            return ch([m, m, "%s %s %s" % (m[:3], m[3:7], m[7:]), "+86 %s-%s-%s" % (m[:3], m[3:7], m[7:]),
                       "+86 %s" % m, "+86-%s" % m, "(+86)%s" % m, "%s-%s-%s" % (m[:3], m[3:7], m[7:]),
                       "+86%s" % m])
        if loc == "zh_TW":
            if land:
                return ch(["(02) %s-%s" % (str(r.randint(2, 8)) + d(3), d(4)), "02-%s-%s" % (str(r.randint(2, 8)) + d(3), d(4)),
                           "(04)%s-%s" % (str(r.randint(2, 8)) + d(3), d(4)), "+886 2 %s %s" % (str(r.randint(2, 8)) + d(3), d(4))])
            m = "9" + d(8)
            return ch(["0%s-%s-%s" % (m[:3], m[3:6], m[6:]), "0%s %s %s" % (m[:3], m[3:6], m[6:]),
                       "+886 %s %s %s" % (m[:3], m[3:6], m[6:]), "+886-%s-%s" % (m[:3], m[3:]), "0" + m])
        if loc == "fr_FR":
            m = (ch("12345") if land else ch("67")) + d(8)
            g = " ".join(m[i:i + 2] for i in range(1, 9, 2))
            return ch(["0%s %s" % (m[0], g), "+33 %s %s" % (m[0], g), "0%s" % m, "+33%s" % m,
                       "0%s.%s" % (m[0], g.replace(" ", ".")), "+33 (0)%s %s" % (m[0], g)])
        if loc == "de_DE":
            if land:
                return ch(["030 %s" % (str(r.randint(2, 9)) + d(7)), "089/%s" % (str(r.randint(2, 9)) + d(6)),
                           "+49 40 %s" % (str(r.randint(2, 9)) + d(6)), "0221 %s" % (str(r.randint(2, 9)) + d(6))])
            pre = ch(["151", "152", "157", "160", "162", "170", "171", "172", "173", "176", "177", "179"])
            n = d(r.choice([7, 8]))
            return ch(["0%s %s" % (pre, n), "+49 %s %s" % (pre, n), "+49 (0)%s %s" % (pre, n),
                       "0%s/%s" % (pre, n), "0%s-%s" % (pre, n), "+49%s%s" % (pre, n)])
        if loc == "es_ES":
            m = (ch("89") if land else ch("67")) + d(8)
            return ch(["%s %s %s" % (m[:3], m[3:6], m[6:]), "+34 %s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]),
                       "+34 %s" % m, m, "%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:])])
        if loc == "pt_BR":
            ddd = ch(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            m = (ch("2345") + d(7)) if land else "9" + d(8)
            k = len(m) - 4
            return ch(["(%s) %s-%s" % (ddd, m[:k], m[k:]), "+55 %s %s-%s" % (ddd, m[:k], m[k:]),
                       "%s %s-%s" % (ddd, m[:k], m[k:]), "+55%s%s" % (ddd, m), "+55 (%s) %s-%s" % (ddd, m[:k], m[k:])])
        if loc == "ja_JP":
            if land:
                return ch(["03-%s-%s" % (d(4), d(4)), "06-%s-%s" % (d(4), d(4)), "+81 3-%s-%s" % (d(4), d(4)),
                           "045-%s-%s" % (d(3), d(4))])
            pre = ch(["090", "080", "070"])
            a, b = d(4), d(4)
            return ch(["%s-%s-%s" % (pre, a, b), "+81 %s-%s-%s" % (pre[1:], a, b), "%s%s%s" % (pre, a, b),
                       "+81-%s-%s-%s" % (pre[1:], a, b), "%s %s %s" % (pre, a, b)])
        if loc == "ko_KR":
            if land:
                return ch(["02-%s-%s" % (str(r.randint(2, 9)) + d(2), d(4)), "031-%s-%s" % (str(r.randint(2, 9)) + d(2), d(4)),
                           "+82 2-%s-%s" % (str(r.randint(2, 9)) + d(3), d(4))])
            a, b = d(4), d(4)
            return ch(["010-%s-%s" % (a, b), "+82 10-%s-%s" % (a, b), "010 %s %s" % (a, b), "010%s%s" % (a, b),
                       "+82-10-%s-%s" % (a, b), "+8210%s%s" % (a, b)])
        if loc == "ru_RU":
            pre = ch(["495", "499", "812", "343"]) if land else \
                ch(["916", "915", "903", "905", "925", "926", "985", "999", "921"])
            a, b, c = d(3), d(2), d(2)
            return ch(["+7 %s %s-%s-%s" % (pre, a, b, c), "8 (%s) %s-%s-%s" % (pre, a, b, c),
                       "+7 (%s) %s-%s-%s" % (pre, a, b, c), "8%s%s%s%s" % (pre, a, b, c),
                       "+7%s%s%s%s" % (pre, a, b, c), "8-%s-%s-%s-%s" % (pre, a, b, c)])
        if loc == "it_IT":
            if land:
                return ch(["+39 06 %s %s" % (d(4), d(4)), "02 %s %s" % (d(4), d(4)), "06-%s" % d(8)])
            m = "3" + d(9)
            return ch(["+39 %s %s %s" % (m[:3], m[3:6], m[6:]), "%s %s" % (m[:3], m[3:]), m,
                       "+39 %s %s" % (m[:3], m[3:]), "%s-%s" % (m[:3], m[3:]), "+39%s" % m])
        if loc == "nl_NL":
            if land:
                return ch(["020-%s" % (str(r.randint(2, 9)) + d(6)), "010 %s %s" % (str(r.randint(2, 9)) + d(2), d(4)),
                           "+31 30 %s" % (str(r.randint(2, 9)) + d(6))])
            m = d(8)
            return ch(["06-%s" % m, "+31 6 %s" % m, "06 %s %s" % (m[:4], m[4:]), "+31 (0)6 %s" % m,
                       "06%s" % m, "+316%s" % m])
        if loc == "pl_PL":
            if land:
                return ch(["22 %s %s %s" % (d(3), d(2), d(2)), "+48 12 %s %s %s" % (d(3), d(2), d(2)),
                           "(22) %s-%s-%s" % (d(3), d(2), d(2))])
            m = ch("5678") + d(8)
            return ch(["+48 %s %s %s" % (m[:3], m[3:6], m[6:]), "%s-%s-%s" % (m[:3], m[3:6], m[6:]),
                       "%s %s %s" % (m[:3], m[3:6], m[6:]), "+48%s" % m, m])
        if loc == "tr_TR":
            pre = ch(["212", "216", "312", "232"]) if land else \
                ch(["532", "533", "535", "542", "505", "555", "544", "530"])
            a, b, c = str(r.randint(2, 9)) + d(2), d(2), d(2)
            return ch(["0%s %s %s %s" % (pre, a, b, c), "+90 %s %s %s %s" % (pre, a, b, c),
                       "0 (%s) %s %s %s" % (pre, a, b, c), "0%s%s%s%s" % (pre, a, b, c),
                       "+90 (%s) %s %s %s" % (pre, a, b, c)])
        if loc == "vi_VN":
            if land:
                return ch(["024 %s %s" % (d(4), d(4)), "028 %s %s" % (d(4), d(4)), "+84 24 %s %s" % (d(4), d(4))])
            pre = ch(["090", "091", "093", "097", "098", "086", "035", "070"])
            m = pre + d(7)
            return ch(["%s %s %s" % (m[:3], m[3:6], m[6:]), "+84 %s %s %s" % (m[1:3], m[3:6], m[6:]),
                       "%s.%s.%s" % (m[:4], m[4:7], m[7:]), "%s %s %s" % (m[:4], m[4:7], m[7:]), m,
                       "+84%s" % m[1:]])
        return self.phone("en_US")

    def mphone(self):
        """Masked phone (decoy)."""
        return self.ch(["1%s****%s" % (self.ch(["38", "39", "86", "59", "77"]), self.d(4)),
                        "***-***-%s" % self.d(4), "(***) ***-%s" % self.d(4), "+1 *** *** %s" % self.d(4),
                        "07*** ***%s" % self.d(3)])

    # ---- network
    def cip(self, cn=False):
        r = self.r
        if r.random() < 0.13:
            pre = self.ch(["2409:8a1e", "240e:3b4", "2408:8207"]) if cn else \
                self.ch(["2600:1700", "2a02:810d", "2601:647", "2a01:cb00", "2603:8080", "2001:4860"])
            return pre + ":" + ":".join("%x" % r.getrandbits(16) for _ in range(r.choice([4, 6])))
        if cn:
            a = self.ch([58, 60, 61, 101, 111, 112, 113, 114, 115, 116, 117, 119, 120, 121, 123, 125,
                         180, 182, 183, 211, 218, 220, 221, 222, 223])
        else:
            a = self.ch([23, 24, 31, 37, 46, 49, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 81, 82, 86, 88,
                         89, 91, 94, 96, 97, 98, 99, 107, 108, 142, 151, 162, 173, 174, 184, 185, 188,
                         197, 198, 203, 207, 208, 209, 212, 213, 216, 217])
        return "%d.%d.%d.%d" % (a, r.randrange(256), r.randrange(256), r.randint(1, 254))

    def sip(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randint(1, 254))
        if k == 1:
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randrange(256), r.randint(1, 254))
        return "192.168.%d.%d" % (r.randrange(256), r.randint(1, 254))

    def host(self):
        return "%s-%02d.%s" % (self.ch(["rx-api", "portal-web", "tele-gw", "claims-svc", "pos", "db",
                                         "deliv-disp", "vax-book", "loyalty", "edge-lb"]),
                               self.r.randint(1, 24),
                               self.ch(["prod.medimart.internal", "use1.medimart.net", "dc2.local",
                                        "k8s.medimart.internal", "cn-sh.kangzhong.local"]))

    # ---- secrets
    def pw(self):
        r = self.r
        if r.random() < 0.45:
            w = self.ch(["Sunflower", "Maple", "Winter", "Blue", "Rocky", "Lucky", "Spring", "Tiger",
                         "Dragon", "Summer", "Mango", "Peanut", "Bailey", "Pharm"])
            return w + self.d(r.choice([2, 4])) + self.ch(["!", "#", "$", "@", "*", "?", ""])
        return self.an(r.randint(10, 18), _PWCH)

    def apikey(self):
        k = self.r.randrange(5)
        if k == 0:
            return "sk_live_" + self.an(24)
        if k == 1:
            return "rxk_" + self.hx(32)
        if k == 2:
            return "mm_api_" + self.an(32)
        if k == 3:
            return "SK" + self.hx(32)
        return "AIza" + self.an(35, _B64U)

    def jwt(self):
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + self.an(self.r.randint(40, 90), _B64U) + \
               "." + self.an(43, _B64U)

    def sess(self):
        return self.ch([self.hx(32), self.an(40, _B64U), "s%3A" + self.an(32) + "." + self.an(27)])

    def otp(self):
        return self.d(6)

    # ---- regulated ids
    def card(self, brand=None):
        r = self.r
        brand = brand or self.ch(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "up"])
        if brand == "visa":
            body, ln = "4" + self.d(5), 16
        elif brand == "mc":
            body, ln = (self.ch(["51", "52", "53", "54", "55"]) + self.d(4)) if r.random() < 0.8 else \
                str(r.randint(2221, 2720)) + self.d(2), 16
        elif brand == "amex":
            body, ln = self.ch(["34", "37"]) + self.d(4), 15
        elif brand == "disc":
            body, ln = "6011" + self.d(2), 16
        elif brand == "jcb":
            body, ln = "35" + str(r.randint(28, 89)) + self.d(2), 16
        else:
            body, ln = "62" + self.ch(["2202", "2848", "1700", "5887", "2588"]), self.ch([16, 19])
        body += self.d(ln - 1 - len(body))
        num = body + _luhn_digit(body)
        sep = self.ch([" ", "-", "", " "])
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if ln == 19 and sep:
            return sep.join([num[:4], num[4:8], num[8:12], num[12:16], num[16:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if ln == 16 else num

    def mcard(self):
        return self.ch(["****%s" % self.d(4), "**** **** **** %s" % self.d(4), "XXXX-XXXX-XXXX-%s" % self.d(4),
                        "4%s******%s" % (self.d(5), self.d(4)), "ending in %s" % self.d(4)])

    def iban(self, cc=None):
        cc = cc or self.ch(["DE", "FR", "GB", "ES", "NL", "IT", "PL", "BE", "PT", "TR", "AT"])
        d, an = self.d, self.an
        bban = {
            "DE": lambda: d(18), "FR": lambda: d(10) + an(11, "0123456789ABCDEFGHJK") + d(2),
            "GB": lambda: self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14),
            "ES": lambda: d(20), "NL": lambda: self.ch(["ABNA", "INGB", "RABO", "SNSB"]) + d(10),
            "IT": lambda: an(1, _UP) + d(10) + an(12, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            "PL": lambda: d(24), "BE": lambda: d(12), "PT": lambda: d(21),
            "TR": lambda: d(5) + "0" + d(16), "AT": lambda: d(16),
        }[cc]()
        conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = "%02d" % (98 - int(conv) % 97)
        raw = cc + chk + bban
        if self.r.random() < 0.45:
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        return s if r.random() < 0.85 else s.replace("-", self.ch(["", " "]))

    def passport(self, loc="en_US"):
        d, an = self.d, self.an
        if loc == "en_US":
            return self.ch([d(9), an(1, _UP) + d(8)])
        if loc == "en_GB":
            return d(9)
        if loc in ("zh_CN",):
            return self.ch(["E" + d(8), "EA" + d(7), "EB" + d(7), "G" + d(8)])
        if loc == "zh_TW":
            return "3" + d(8)
        if loc == "de_DE":
            return "C" + an(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if loc == "fr_FR":
            return d(2) + an(2, _UP) + d(5)
        if loc == "en_IN":
            return an(1, "ABCJKLMNPRSTUVWZ") + d(7)
        if loc == "ja_JP":
            return self.ch(["TK", "TR", "MU", "TZ"]) + d(7)
        if loc == "ko_KR":
            return "M" + d(8)
        if loc == "es_ES":
            return an(3, _UP) + d(6)
        if loc == "it_IT":
            return an(2, _UP) + d(7)
        if loc == "pt_BR":
            return an(2, _UP) + d(6)
        if loc == "ru_RU":
            return d(2) + " " + d(7)
        return an(2, _UP) + d(7)

    def cnid(self):
        r = self.r
        born = datetime(1940, 1, 1) + timedelta(days=r.randrange(365 * 66))
        body = self.ch(_CN_AREAS) + born.strftime("%Y%m%d") + self.d(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(c) * k for c, k in zip(body, w))
        return body + "10X98765432"[s % 11]

    def mcnid(self):
        return self.ch(_CN_AREAS) + "********" + self.d(3) + self.ch("0123456789X")

    def plate(self, loc="en_US"):
        d, an, ch = self.d, self.an, self.ch
        if loc == "zh_CN":
            tail = "".join(ch(_PLATE_L) if self.r.random() < 0.2 else d(1) for _ in range(5))
            if self.r.random() < 0.2:
                tail = ch("DF") + d(5)
            return ch(_CN_PROV) + ch(_PLATE_L) + ch(["·", "", " "]) + tail
        if loc == "zh_TW":
            return an(3, _PLATE_L) + "-" + d(4)
        if loc == "en_GB":
            return an(2, _PLATE_L) + d(2) + ch([" ", ""]) + an(3, _PLATE_L)
        if loc == "de_DE":
            return ch(["M", "B", "HH", "K", "F", "S", "DO", "KA"]) + "-" + an(2, _PLATE_L) + " " + str(self.r.randint(1, 9999))
        if loc == "fr_FR":
            return an(2, _PLATE_L) + "-" + d(3) + "-" + an(2, _PLATE_L)
        if loc == "es_ES":
            return d(4) + " " + an(3, "BCDFGHJKLMNPRSTVWXYZ")
        if loc == "it_IT":
            return an(2, _PLATE_L) + " " + d(3) + " " + an(2, _PLATE_L)
        if loc == "nl_NL":
            return ch([d(2) + "-" + an(3, "BDFGHJKLNPRSTVXZ") + "-" + d(1), an(2, "BDFGHJKLNPRSTVXZ") + "-" + d(3) + "-" + an(1, "BDFGHJKLNPRSTVXZ")])
        if loc == "pl_PL":
            return ch(["WA", "KR", "PO", "GD", "WR"]) + " " + d(5)
        if loc == "pt_BR":
            return an(3, _UP) + d(1) + an(1, _UP) + d(2)
        return ch([d(1) + an(3, _PLATE_L) + d(3), an(3, _PLATE_L) + "-" + d(4), an(3, _PLATE_L) + " " + d(4),
                   d(3) + " " + an(3, _PLATE_L)])

    # ---- decoy generators
    def order(self):
        return self.ch(["ORD-%s-%s" % (self.t0.year, self.d(7)), "MM" + self.d(10), "DLV-" + self.an(8, _UP + "0123456789"),
                        "#" + self.d(9)])

    def rxno(self):
        return self.ch([self.d(7), "RX" + self.d(8), "%s-%s" % (self.d(7), self.d(5))])

    def ndc(self):
        d = self.d
        return self.ch(["%s-%s-%s" % (d(5), d(4), d(2)), "%s-%s-%s" % (d(4), d(4), d(2)),
                        "%s-%s-%s" % (d(5), d(3), d(2))])

    def uuid(self):
        h = self.hx(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.ch("89ab"), h[17:20], h[20:])

    def sha(self, n=64):
        return self.hx(n)

    def usd(self, hi=300):
        return "$%d.%02d" % (self.r.randint(0, hi), self.r.randrange(100))

    def eur(self):
        return self.ch(["%d,%02d €" % (self.r.randint(1, 120), self.r.randrange(100)),
                        "€%d.%02d" % (self.r.randint(1, 120), self.r.randrange(100)),
                        "EUR %d.%02d" % (self.r.randint(1, 120), self.r.randrange(100))])

    def cny(self):
        v = "%d.%02d" % (self.r.randint(3, 900), self.r.randrange(100))
        return self.ch(["¥" + v, v + "元", "￥" + v, "RMB " + v])

    def store(self):
        return "#%04d" % self.r.randint(1, 4800)

    def version(self):
        return "%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 30), self.r.randint(0, 40))

    def loyalty(self):
        while True:
            num = "6008" + self.d(12)
            if not _luhn_ok(num):
                break
        return self.ch([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num, "MMR-" + num[4:]])

    def lot(self):
        return self.an(2, _UP) + self.d(4) + self.ch(["", self.an(1, _UP)])

    def svc(self):
        return self.ch(_SVC)

    def company(self, loc="en_US"):
        return self.fk[loc].company()

    def J(self, pairs):
        sp = self.r.random() < 0.6
        return _json(pairs, sp)


def _json(pairs, sp):
    out = ["{"]
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(", " if sp else ",")
        out.append(json.dumps(k, ensure_ascii=False) + (": " if sp else ":"))
        out.append(_jv(v, sp))
    out.append("}")
    return out


def _jv(v, sp):
    if isinstance(v, O):
        return _json(v, sp)
    if isinstance(v, A):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(", " if sp else ",")
            out.append(_jv(x, sp))
        out.append("]")
        return out
    if isinstance(v, tuple):
        s = json.dumps(v[0], ensure_ascii=False)
        assert s[1:-1] == v[0], v
        return ['"', (v[0], v[1]), '"']
    return json.dumps(v, ensure_ascii=False)


# =========================================================================== templates
# Each template takes the generator context g and returns a list of pieces:
# str (plain text), (value, LABEL) tuples, or nested lists.  Upper-case labels
# are personal spans, lower-case labels are decoys.

def t_portal_login(g):
    p = g.person()
    ok = g.p(0.7)
    user = (g.email(p), EM) if g.p(0.6) else (g.login(p), PE)
    return [g.sysl(), " ", (g.host(), "hostname"), " rxportal[", str(g.r.randint(1000, 40000)), "]: ",
            "login ok" if ok else "login failed (bad credentials)", " user=", user, " src=", (g.cip(), IP),
            " mfa=", g.ch(["totp", "sms", "none", "webauthn"]),
            [" session=", (g.sess(), CR)] if ok else " session=-"]


def t_auth_debug(g):
    p = g.person()
    return [g.iso(), " DEBUG [http-nio-8443-exec-", str(g.r.randint(1, 64)), "] c.m.portal.AuthController - ",
            "authentication failed for principal '", (g.login(p), PE), "' (remote=", (g.cip(), IP),
            ") submitted password='", (g.pw(), CR), "' attempt=", str(g.r.randint(1, 5)), "/5"]


def t_access_refill(g):
    p = g.person()
    user = [(g.login(p), PE)] if g.p(0.6) else ["-"]
    path = g.ch(["/api/v2/patients/me/prescriptions?status=refillable", "/api/v2/refills",
                 "/api/v2/rx/%s/refill" % g.d(7), "/portal/orders/history?page=2",
                 "/api/v2/vaccinations/slots?zip=%s" % g.d(5)])
    ver = g.version()
    return [(g.cip(), IP), " - ", user, " [", g.clf(), "] \"", g.ch(["GET", "POST"]), " ", path,
            " HTTP/1.1\" ", g.ch(["200", "200", "201", "304", "404"]), " ", str(g.r.randint(120, 48000)),
            " \"https://portal.medimart.com/rx\" \"MediMartApp/", (ver, "version"), " (",
            g.ch(["iPhone; iOS 17.4", "Android 14; Pixel 7", "iPad; iPadOS 16.6"]), ")\""]


def t_access_reset(g):
    p = g.person()
    e = g.email(p)
    ev = e.replace("@", "%40") if g.p(0.5) else e
    return [(g.cip(), IP), " - - [", g.clf(), "] \"GET /portal/password/reset?token=", (g.an(40, _B64U), CR),
            "&email=", (ev, EM), " HTTP/1.1\" 302 0 \"-\" \"", g.fk["en_US"].user_agent(), "\""]


def t_nginx_xff(g):
    return [(g.sip(), "load_balancer"), " - - [", g.clf(), "] \"POST /api/v1/auth/login HTTP/2.0\" ",
            g.ch(["401", "200", "429"]), " ", str(g.r.randint(40, 900)), " \"-\" \"okhttp/4.12.0\" rt=0.0",
            g.d(2), " xff=\"", (g.cip(), IP) if g.p(0.7) else "-", "\" upstream=", (g.sip(), "server_ip"), ":8080"]


def t_elb_health(g):
    return [(g.sip(), "load_balancer"), " - - [", g.clf(), "] \"GET /healthz HTTP/1.1\" 200 2 \"-\" ",
            "\"ELB-HealthChecker/2.0\" host=", (g.host(), "hostname"), " upstream=", (g.sip(), "server_ip"),
            ":", g.ch(["8080", "9000", "3000"]), " rt=0.00", g.d(1)]


def t_json_refill(g):
    p = g.person()
    pairs = [("event", "refill.requested"), ("ts", g.iso()), ("rx_number", (g.rxno(), "rx_number")),
             ("patient_name", (p.full, PE)), ("patient_phone", (g.phone(p.loc), PH)),
             ("store_id", (g.store(), "store")), ("ndc", (g.ndc(), "ndc")), ("drug", (g.ch(_DRUGS), "product")),
             ("qty", g.ch([30, 60, 90])), ("channel", g.ch(["ivr", "app", "web", "sms"]))]
    return [g.J(pairs)]


def t_json_tele(g):
    pt, rph = g.person(), g.person("en_US")
    pairs = [("type", "telehealth.session.started"), ("sessionId", (g.uuid(), "session_ref")),
             ("patient", O([("displayName", (pt.full, PE)), ("email", (g.email(pt), EM))])),
             ("pharmacist", O([("name", (rph.full, PE)), ("license", "RPh-" + g.d(6))])),
             ("joinToken", (g.jwt(), CR)), ("clientIp", (g.cip(), IP)), ("mediaRelay", (g.sip(), "server_ip")),
             ("startedAt", g.iso())]
    return [g.J(pairs)]


def t_json_claim(g):
    p = g.person("en_US")
    pairs = [("ClaimId", ("CLM" + g.d(10), "claim_id")), ("MemberName", (p.full, PE)),
             ("MemberSSN", (g.ssn(), SS)), ("PayerName", (g.ch(_INSURERS_US), "company")),
             ("Bin", ("0" + g.d(5), "bin")), ("Pcn", g.an(6, _UP)), ("Copay", (g.usd(60), "amount")),
             ("Status", g.ch(["PAID", "REJECTED", "REVERSED"])), ("SubmittedUtc", g.iso())]
    return [g.J(pairs)]


def t_json_ecs(g):
    p = g.person()
    pairs = [("@timestamp", g.iso()), ("event.action", "user-password-change"), ("user.name", (g.login(p), PE)),
             ("user.email", (g.email(p), EM)), ("source.ip", (g.cip(), IP)), ("host.ip", (g.sip(), "server_ip")),
             ("host.name", (g.host(), "hostname")), ("user.changes.password", (g.pw(), CR)),
             ("event.outcome", "success")]
    return [g.J(pairs)]


def t_kv_checkout(g):
    p = g.person()
    return [g.iso(), " level=INFO svc=pos-checkout store=", (g.store(), "store"), " order=", (g.order(), "order_id"),
            " customer=\"", (p.full, PE), "\" card=", (g.card(), CC), " exp=", "%02d/%d" % (g.r.randint(1, 12), g.r.randint(25, 31)),
            " amount=", (g.usd(), "amount"), " loyalty=", (g.loyalty(), "loyalty_no")]


def t_kv_masked(g):
    return [g.iso(), " level=INFO svc=payments msg=\"authorization approved\" order_id=", (g.order(), "order_id"),
            " card=", (g.mcard(), "masked"), " brand=", g.ch(["VISA", "MASTERCARD", "AMEX", "DISCOVER"]),
            " auth_code=", (g.an(6, _UP + "0123456789"), "auth_code"), " amount=", (g.usd(), "amount"),
            " terminal=", (g.host(), "hostname")]


def t_csv_delivery(g):
    p, drv = g.person(), g.person()
    addr = g.fk[p.loc if p.loc in ("en_US", "en_GB") else "en_US"].street_address().replace("\n", ", ")
    return [(g.order(), "order_id"), ",", (p.full, PE), ",", (g.phone(p.loc), PH), ",\"", addr, "\",",
            g.ch(["09:00-12:00", "12:00-15:00", "15:00-18:00"]), ",", g.ch(["cold_chain", "standard", "signature_required"]),
            ",driver=", (g.login(drv), PE)]


def t_csv_vaccine(g):
    p = g.person()
    return [("VB" + g.d(8), "booking_id"), ",", (p.full, PE), ",", g.dob("%m/%d/%Y"), ",", (g.phone(p.loc), PH), ",",
            (g.email(p), EM), ",", (g.ch(_VACCINES), "product"), ",", (g.lot(), "lot"), ",", g.day("%Y-%m-%d %H:%M")]


def t_audit_cii(g):
    a, b = g.person("en_US"), g.person()
    exp = g.r.randint(20, 300)
    cnt = exp - g.ch([0, 0, 0, 1, 2])
    return [g.iso(), " AUDIT CII_COUNT store=", (g.store(), "store"), " ndc=", (g.ndc(), "ndc"), " drug=\"",
            (g.ch(_CII), "product"), "\" expected=", str(exp), " counted=", str(cnt), " pharmacist=",
            (g.login(a), PE), " witness=", (g.login(b), PE), " dea_reg=",
            (g.an(2, "ABFGM") + g.d(7), "dea_registration"), " discrepancy=", str(cnt - exp)]


def t_note_refill(g):
    p, hub = g.person("en_US"), g.person("en_US")
    staff = g.person()
    return ["note by ", (staff.first, PE), ": pt ", (p.full, PE), " called from ", (g.phone("en_US"), PH),
            " asking for early refill of ", (g.ch(_DRUGS), "product"), "; told her insurance allows on ",
            g.day("%m/%d"), ". Husband ", (hub.first, PE), " will pick up."]


def t_consult_note(g):
    rph, p = g.person("en_IN"), g.person("en_IN")
    return ["Consult completed by RPh ", (rph.full, PE), " for ", (p.full, PE), " (", g.ch(["video", "phone", "in-store"]),
            ", ", str(g.r.randint(5, 25)), " min); counselled on warfarin + ", g.ch(["aspirin", "ibuprofen", "turmeric"]),
            " interaction; follow-up call on ", (g.phone("en_IN"), PH)]


def t_stack_trace(g):
    p = g.person()
    if g.p(0.5):
        return ["java.lang.IllegalStateException: duplicate patient record for email=", (g.email(p), EM),
                ", ssn=", (g.ssn(), SS), " at com.medimart.rx.PatientService.merge(PatientService.java:",
                str(g.r.randint(80, 600)), ")"]
    return ["ValueError: card number '", (g.card(), CC), "' rejected by gateway for customer ", (p.full, PE),
            " (order ", (g.order(), "order_id"), ") [File \"/srv/rx/payments/charge.py\", line ",
            str(g.r.randint(20, 400)), "]"]


def t_email_header(g):
    p = g.person()
    return ["From: \"", (p.full, PE), "\" <", (g.email(p), EM), ">; To: ", (g.role_mail(), "role_mailbox"),
            "; Subject: Refill for Rx#", (g.rxno(), "rx_number"), "; Message-ID: <", (g.hx(16), "message_id"),
            "@mail.medimart.com>; Received: from ", (g.cip(), IP)]


def t_sms_ready(g):
    p = g.person("en_US")
    return ["sms.out to=", (g.phone("en_US"), PH), " body=\"MediMart: Hi ", (p.first, PE),
            ", your prescription Rx#", (g.rxno(), "rx_number"), " is ready for pickup at store ", (g.store(), "store"),
            ". Reply STOP to opt out.\""]


def t_sms_otp(g):
    p = g.person()
    return [g.iso(), " sms.send provider=twilio to=", (g.phone(p.loc, True), PH), " template=portal_login body=\"",
            "Your MediMart verification code is ", (g.otp(), CR), ". It expires in 10 minutes.\" sid=",
            ("SM" + g.hx(32), "message_id")]


def t_webhook_payment(g):
    p = g.person()
    pairs = [("id", ("evt_" + g.an(24), "event_id")), ("type", "charge.succeeded"),
             ("data", O([("object", O([("amount", g.r.randint(100, 30000)), ("currency", "usd"),
                                       ("billing_details", O([("name", (p.full, PE)), ("email", (g.email(p), EM)),
                                                              ("phone", (g.phone(p.loc), PH))])),
                                       ("payment_method_details", O([("card", O([("brand", "visa"),
                                                                                  ("last4", (g.d(4), "masked"))]))])),
                                       ("metadata", O([("order_id", (g.order(), "order_id"))]))]))]))]
    return ["POST /webhooks/payments ", g.J(pairs)]


def t_webhook_headers(g):
    k = g.r.random()
    auth = ["authorization=Bearer ", (g.jwt(), CR), "; "] if k < 0.4 else \
        (["x-api-key=", (g.apikey(), CR), "; "] if k < 0.65 else [])
    return ["inbound webhook /hooks/delivery headers: content-type=application/json; ", auth,
            "x-signature=t=", g.epoch(), ",v1=", (g.sha(), "hash"), "; x-request-id=", (g.uuid(), "request_id"),
            "; x-envoy-upstream-host=", (g.sip(), "server_ip")]


def t_db_conn(g):
    h = g.host()
    if g.p(0.75):
        pw = [(g.pw(), CR)]
    else:
        pw = [("********", "masked")]
    return [g.iso(), " ERROR db.pool: could not connect to postgresql://", ("rx_app", "service_account"), ":",
            pw, "@", (h, "hostname"), ":5432/pharmacy (", (g.sip(), "server_ip"), "): timeout after 30s"]


def t_config_dump(g):
    out = ["config loaded: smtp.user=", (g.role_mail(), "role_mailbox"), " smtp.host=", (g.host(), "hostname"),
           " smtp.password="]
    out.append((g.pw(), CR) if g.p(0.7) else ("<redacted>", "masked"))
    out += [" surescripts.api_key=", (g.apikey(), CR) if g.p(0.6) else ("${SURESCRIPTS_API_KEY}", "placeholder"), " feature.flags=tele_v2,rx_sync build=", (g.hx(7), "hash")]
    return out


def t_ticket_export(g):
    p = g.person(g.ch(["en_GB", "en_US", "en_IN"]))
    ag = g.person("en_GB")
    return ["Ticket #", (g.d(6), "ticket_id"), " | Requester: ", (p.full, PE), " <", (g.email(p), EM), "> | Phone: ",
            (g.phone(p.loc), PH), " | Subject: ", g.ch(["Wrong pills in delivery", "Refill not ready", "Charged twice",
                                                         "Cannot log in to portal", "Vaccine appointment cancelled"]),
            " | Assignee: ", (ag.first, PE), " | Priority: ", g.ch(["low", "normal", "high", "urgent"])]


def t_ticket_card(g):
    p = g.person()
    exp = "%02d/%02d" % (g.r.randint(1, 12), g.r.randint(25, 31))
    return ["Ticket ", (g.d(6), "ticket_id"), " comment from ", (p.full, PE), ": \"hi, please refund the copay to my card ",
            (g.card(), CC), " exp ", exp, ", the ", (g.usd(80), "amount"), " charge was a mistake. thanks, ", (p.first, PE),
            "\""]


def t_ncpdp(g):
    p = g.person("en_US")
    nm = "%s,%s" % (p.last.upper(), p.first.upper()) if g.p(0.5) else "%s, %s" % (p.last.upper(), p.first.upper())
    return ["NCPDP B1 REJECT bin=", ("0" + g.d(5), "bin"), " pcn=", g.an(5, _UP), " grp=", g.an(7, _UP + "0123456789"),
            " rej=75 'Prior Authorization Required' pt=", (nm, PE), " dob=", g.dob("%Y%m%d"), " rx=",
            (g.rxno(), "rx_number"), " payer=\"", (g.ch(_INSURERS_US), "company"), "\""]


def t_loyalty_enroll(g):
    p = g.person()
    return ["loyalty.enroll card_no=", (g.loyalty(), "loyalty_no"), " name=\"", (p.full, PE), "\" phone=",
            (g.phone(p.loc), PH), " email=", (g.email(p), EM), " tier=", g.ch(["Silver", "Gold", "Platinum"]),
            " points=", (g.ch(["75", "250", "1,250", "500"]), "points")]


def t_curbside(g):
    loc = g.ch(["en_US", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR"])
    p = g.person(loc)
    return ["Curbside check-in store ", (g.store(), "store"), " order ", (g.order(), "order_id"), ": ", (p.full, PE),
            " arrived in a ", g.ch(["silver", "black", "white", "red", "blue"]), " ",
            (g.ch(["Toyota Camry", "Honda CR-V", "Ford F-150", "VW Golf", "Tesla Model 3", "Kia Sportage"]), "product"),
            ", plate ", (g.plate(loc), LP), ", bay ", str(g.r.randint(1, 6))]


def t_fr(g):
    p, ph = g.person("fr_FR"), g.person("fr_FR")
    return ["[", g.ts(), "] INFO ordonnance renouvelée pour ", g.ch(["Mme", "M.", "Mlle"]), " ", (p.full, PE),
            ", tél. ", (g.phone("fr_FR"), PH), ", pharmacien : ", (ph.full, PE), ", reste à charge ", (g.eur(), "amount"),
            ", mutuelle ", (g.ch(["Harmonie Mutuelle", "MGEN", "AXA Santé", "Malakoff Humanis"]), "company")]


def t_de(g):
    p = g.person("de_DE")
    return ["Rezept eingelöst: Patient ", (p.full, PE), ", Tel. ", (g.phone("de_DE"), PH), ", Zuzahlung ",
            (g.eur(), "amount"), " per Lastschrift von IBAN ", (g.iban("DE"), IB), ", Kasse: ",
            (g.ch(_INSURERS_DE), "company"), ", Filiale ", (g.store(), "store")]


def t_es(g):
    p, f = g.person("es_ES"), g.person("es_ES")
    return ["Receta electrónica dispensada a ", (p.full, PE), " (tel. ", (g.phone("es_ES"), PH), ") en farmacia ",
            (g.store(), "store"), "; importe ", (g.eur(), "amount"), "; farmacéutica: ", (f.full, PE)]


def t_pt(g):
    p = g.person("pt_BR")
    key = (g.email(p), EM) if g.p(0.6) else (g.phone("pt_BR", True), PH)
    return ["Entrega agendada para ", (p.full, PE), ", celular ", (g.phone("pt_BR", True), PH),
            ", pagamento via PIX chave ", key, ", valor ", ("R$ %d,%02d" % (g.r.randint(5, 400), g.r.randrange(100)), "amount"),
            ", pedido ", (g.order(), "order_id")]


def t_it(g):
    p = g.person("it_IT")
    return ["Prenotazione vaccino antinfluenzale: ", (p.full, PE), ", cell. ", (g.phone("it_IT", True), PH), ", e-mail ",
            (g.email(p), EM), ", farmacia ", (g.store(), "store"), ", ", g.day("%d/%m/%Y ore %H:%M")]


def t_nl(g):
    p = g.person("nl_NL")
    return ["Herhaalrecept aangevraagd door ", (p.full, PE), " (", (g.phone("nl_NL"), PH), "), incasso via IBAN ",
            (g.iban("NL"), IB), ", apotheek ", (g.store(), "store"), ", eigen bijdrage ", (g.eur(), "amount")]


def t_pl(g):
    p = g.person("pl_PL")
    return ["Zamówienie dostawy ", (g.order(), "order_id"), ": ", (p.full, PE), ", tel. ", (g.phone("pl_PL"), PH),
            ", paczkomat ", (g.an(3, _UP) + g.d(2) + "M", "locker_id"), ", kod odbioru ", (g.d(6), CR),
            ", kwota ", ("%d,%02d zł" % (g.r.randint(5, 300), g.r.randrange(100)), "amount")]


def t_tr(g):
    p, e = g.person("tr_TR"), g.person("tr_TR")
    return ["Reçete yenileme talebi: ", (p.full, PE), ", tel ", (g.phone("tr_TR"), PH), ", e-posta ", (g.email(p), EM),
            ", eczacı ", (e.full, PE), ", tutar ", ("%d,%02d TL" % (g.r.randint(20, 900), g.r.randrange(100)), "amount")]


def t_ru(g):
    p, c = g.person("ru_RU"), g.person("ru_RU")
    return ["Заказ на доставку ", (g.order(), "order_id"), ": получатель ", (p.full, PE), ", тел. ",
            (g.phone("ru_RU"), PH), ", оплата картой ", (g.mcard(), "masked"), ", курьер ", (c.first, PE)]


def t_tele_chat(g):
    p, mom = g.person("en_US"), g.person("en_US")
    rph = g.person()
    return ["[chat ", (g.uuid(), "session_ref"), "] ", (p.first, PE), ": hi, this is ", (mom.full, PE),
            "'s daughter, her number changed to ", (g.phone("en_US"), PH), " - can Dr. ", (rph.last, PE),
            " call her back about the ", (g.ch(_DRUGS), "product"), "?"]


def t_reset_audit(g):
    p = g.person()
    return [g.iso(), " AUDIT action=password_reset user=", (g.email(p), EM), " reset_token=", (g.an(32, _B64U), CR),
            " xff=\"", (g.cip(), IP), ", ", (g.sip(), "load_balancer"), "\" result=sent"]


def t_api_leak(g):
    partner = g.ch(["surescripts", "covermymeds", "change-health", "goodrx"])
    return [g.iso(), " DEBUG urllib3.connectionpool: POST https://api.", (partner, "company"), ".example/v1/eligibility ",
            "headers={'Authorization': 'Bearer ", (g.jwt(), CR), "', 'X-Api-Key': '", (g.apikey(), CR),
            "', 'X-Request-Id': '", (g.uuid(), "request_id"), "'}"]


def t_cron(g):
    return [g.sysl(), " ", (g.host(), "hostname"), " CRON[", str(g.r.randint(1000, 60000)), "]: (", (g.svc(), "service_account"),
            ") CMD (/opt/rx/bin/sync_inventory --store ", (g.store(), "store"), " --since ", g.epoch(), ")"]


def t_inventory(g):
    return ["inventory.low_stock store=", (g.store(), "store"), " ndc=", (g.ndc(), "ndc"), " drug=\"",
            (g.ch(_DRUGS), "product"), "\" on_hand=", str(g.r.randint(0, 9)), " reorder_point=", str(g.r.randint(10, 60)),
            " supplier=", (g.ch(["McKesson", "Cardinal Health", "AmerisourceBergen"]), "company"), " po=",
            ("PO-" + g.d(8), "order_id")]


def t_deploy(g):
    return [g.iso(), " deploy: rx-api ", (g.version(), "version"), " (commit ", (g.hx(7), "hash"), ") rolled out by ",
            (g.ch(["jenkins", "deploy", "argocd"]), "service_account"), " to ", (g.host(), "hostname"), " [",
            (g.sip(), "server_ip"), "] duration=", str(g.r.randint(30, 400)), "s"]


def t_content(g):
    a = g.person()
    pf = g.ch(_PF_EN)
    return ["cms.publish article=\"", g.ch(["Why ", "Lessons from ", "What "]), (pf, "public_figure"),
            g.ch([" would tell you about flu shots", " and the story of vaccines", " teaches us about hand hygiene"]),
            "\" author=", (a.full, PE), " status=live id=", (g.d(5), "article_id")]


def t_instore_audio(g):
    song, artist = g.ch(_SONGS)
    return ["instore.audio store=", (g.store(), "store"), " now_playing=\"", (song, "product"), "\" artist=\"",
            (artist, "public_figure"), "\" zone=front volume=", str(g.r.randint(20, 60))]


def t_erx(g):
    dr, p = g.person("en_US"), g.person()
    return ["eRx NewRx received msg=", (g.uuid(), "message_id"), " from prescriber Dr. ", (dr.full, PE), " (NPI ",
            "1" + g.d(9), ") for patient ", (p.full, PE), " DOB ", g.dob("%m/%d/%Y"), " drug=\"", (g.ch(_DRUGS), "product"),
            "\" refills=", str(g.r.randint(0, 5))]


def t_courier(g):
    drv = g.person()
    return ["courier.update order=", (g.order(), "order_id"), " driver=", (g.login(drv), PE), " lat=",
            "%.5f" % g.r.uniform(25, 48), " lon=", "%.5f" % g.r.uniform(-122, -71), " eta=", str(g.r.randint(3, 40)),
            "min customer_phone=", (g.mphone(), "masked")]


def t_driver_note(g):
    d, nb = g.person(), g.person("en_US")
    return ["Driver note (", (d.first, PE), "): nobody home at ", "%d:%02d" % (g.r.randint(9, 19), g.r.randint(0, 59)),
            ", left card. Called ", (g.phone("en_US"), PH), " no answer. Neighbour ", (nb.first, PE),
            " offered to sign for it - declined (controlled item)."]


def t_cii_id(g):
    loc = g.ch(["en_US", "en_GB", "de_DE", "fr_FR", "en_IN", "ja_JP", "ko_KR", "zh_CN", "es_ES", "it_IT"])
    p, staff = g.person(loc), g.person("en_US")
    return ["ID check for C-II pickup: ", (g.latin(p), PE), " presented passport ", (g.passport(loc), PP), " (exp ",
            "%d-%02d-%02d" % (g.r.randint(2025, 2034), g.r.randint(1, 12), g.r.randint(1, 28)), "); verified by ", (g.login(staff), PE), " at store ", (g.store(), "store")]


def t_medicare(g):
    p = g.person("en_US")
    return ["medicare.enroll name=\"", (p.full, PE), "\" ssn=", (g.ssn(), SS), " plan=", ("PDP-S" + g.d(4), "plan_id"),
            " effective=", g.day("%Y-%m-01"), " agent=", (g.svc(), "service_account")]


def t_refund_iban(g):
    loc = g.ch(["de_DE", "fr_FR", "en_GB", "es_ES", "nl_NL", "it_IT", "pl_PL", "tr_TR"])
    p = g.person(loc)
    cc = {"de_DE": "DE", "fr_FR": "FR", "en_GB": "GB", "es_ES": "ES", "nl_NL": "NL", "it_IT": "IT",
          "pl_PL": "PL", "tr_TR": "TR"}[loc]
    return ["refund.issued claim=", ("CLM" + g.d(10), "claim_id"), " holder=\"", (p.full, PE), "\" iban=",
            (g.iban(cc), IB), " amount=", (g.eur(), "amount"), " reason=duplicate_copay"]


def t_dsar(g):
    p = g.person()
    return ["privacy.dsar received from ", (g.email(p), EM), " (account ", (g.login(p), PE),
            ") type=export; ack sent from ", (g.role_mail(), "role_mailbox"), "; job=", (g.uuid(), "job_id")]


def t_signup_csv(g):
    p = g.person()
    return [g.day("%Y-%m-%d", ahead=False), ",", (p.first, PE), ",", (p.last, PE), ",", (g.email(p), EM), ",",
            (g.phone(p.loc), PH), ",", g.d(5), ",opt_in=", g.ch(["Y", "N"])]


def t_mobile_crash(g):
    p = g.person()
    return ["Fatal Exception: java.lang.NullPointerException at RefillAdapter.bind(RefillAdapter.kt:",
            str(g.r.randint(30, 300)), ") userEmail=", (g.email(p), EM), " deviceId=", (g.uuid(), "device_id"),
            " appVersion=", (g.version(), "version"), " os=Android ", str(g.r.randint(10, 15))]


def t_waf(g):
    return [g.iso(), " WAF BLOCK rule=942100 SQLi src=", (g.cip(), IP), " dst=", (g.sip(), "server_ip"),
            " uri=/api/v2/rx/search?q=%27%20OR%201%3D1-- ua=\"sqlmap/1.7.", g.d(1), "\" count=", str(g.r.randint(1, 400))]


def t_shipping(g):
    p = g.person("en_US")
    return ["label.created carrier=UPS tracking=", ("1Z" + g.an(6, _UP + "0123456789") + g.d(10), "tracking_no"),
            " ship_to=\"", (p.full, PE), "\" phone=", (g.phone("en_US"), PH), " service=2DAY cold_chain=",
            g.ch(["true", "false"])]


def t_tele_confirm(g):
    p, rph = g.person(), g.person("en_US")
    return ["email.send to=", (g.email(p), EM), " from=", (g.role_mail(), "role_mailbox"),
            " subject=\"Your video consultation is confirmed\" body=\"Dear ", (p.first, PE),
            ", your consultation with pharmacist ", (rph.full, PE), " is on ", g.day("%b %d at %I:%M %p"),
            ". Join: https://tele.medimart.com/j/", (g.d(11), "meeting_id"), "?pwd=", (g.an(20), CR), "\""]


def t_profile_update(g):
    p = g.person(g.ch(["ko_KR", "ja_JP", "en_US", "vi_VN", "en_IN"]))
    return ["portal.profile_update user=", (g.login(p), PE), " field=phone old=", (g.phone(p.loc), PH), " new=",
            (g.phone(p.loc), PH), " ip=", (g.cip(), IP), " ts=", g.epoch()]


def t_sso(g):
    p = g.person("en_US")
    return [g.iso(), " saml: assertion accepted NameID=", (g.staff_email(p), EM), " idp=", (g.host(), "hostname"),
            " (", (g.sip(), "server_ip"), ") role=pharmacist store=", (g.store(), "store"), " session=",
            (g.sess(), CR)]


def t_rx_transfer(g):
    p, rph = g.person(), g.person("en_US")
    return ["Rx transfer in: from ", (g.ch(["CVS Pharmacy", "Walgreens", "Rite Aid", "Kroger Pharmacy"]), "company"),
            " #", g.d(5), " to store ", (g.store(), "store"), " patient ", (p.full, PE), " phone ", (g.phone(p.loc), PH),
            " transferring RPh ", (rph.full, PE), " rx=", (g.rxno(), "rx_number")]


def t_reset_masked(g):
    e = g.ch(["j", "m", "a", "s", "k", "d"]) + "***@" + g.ch(["gmail.com", "yahoo.com", "outlook.com", "163.com"])
    return ["password reset link sent to ", (e, "masked"), " from ", (g.role_mail(), "role_mailbox"),
            " request_id=", (g.uuid(), "request_id"), " ttl=900s"]


# ------------------------------------------------------------------ Chinese (simplified / traditional)

def c_refill_json(g):
    p = g.person("zh_CN")
    pairs = [("事件", "处方续配申请"), ("处方号", (g.rxno(), "rx_number")), ("患者姓名", (p.full, PE)),
             ("手机号", (g.phone("zh_CN", True), PH)), ("身份证号", (g.cnid(), CN)), ("门店", (g.ch(_CN_STORES), "store")),
             ("药品", (g.ch(_CN_DRUGS), "product")), ("数量", g.r.randint(1, 6)), ("时间", g.ts())]
    return [g.J(pairs)]


def c_consult(g):
    rph, p = g.person("zh_CN"), g.person("zh_CN")
    return [g.ts(), " 药事服务记录：", (rph.last, PE), "药师为患者", (p.full, PE), "（", g.ch(["男", "女"]), "，",
            str(g.r.randint(18, 88)), "岁）提供用药咨询，患者电话 ", (g.phone("zh_CN"), PH), "，主诉服用",
            (g.ch(_CN_DRUGS), "product"), "后头晕，已建议复诊。"]


def c_yibao(g):
    p = g.person("zh_CN")
    return ["[医保结算] 流水号=", (g.d(20), "txn_id"), " 参保人=", (p.full, PE), " 身份证=", (g.cnid(), CN),
            " 险种=", g.ch(["城镇职工", "城乡居民"]), " 统筹支付=", (g.cny(), "amount"), " 个人支付=",
            (g.cny(), "amount"), " 定点药店=", (g.ch(_CN_STORES), "store")]


def c_delivery(g):
    p, rider = g.person("zh_CN"), g.person("zh_CN")
    return ["配送单 ", ("PS" + g.d(14), "order_id"), " 收件人 ", (p.full, PE), " 电话 ", (g.phone("zh_CN"), PH),
            " 地址 ", g.fk["zh_CN"].address().replace("\n", " "), " 骑手 ", (rider.last, PE), "师傅（", (g.mphone(), "masked"),
            "）预计 ", str(g.r.randint(15, 60)), " 分钟送达"]


def c_vaccine(g):
    p = g.person("zh_CN")
    return ["【疫苗预约】", (p.full, PE), " 预约 ", (g.ch(_CN_VACCINES), "product"), " 第", str(g.r.randint(1, 3)),
            "针，", g.day("%Y-%m-%d %H:%M"), "，门店：", (g.ch(_CN_STORES), "store"), "，联系电话 ",
            (g.phone("zh_CN"), PH)]


def c_pickup_sms(g):
    p = g.person("zh_CN")
    return ["短信下发 手机号=", (g.phone("zh_CN", True), PH), " 内容=【康众大药房】尊敬的", (p.last, PE),
            g.ch(["先生", "女士"]), "，您的处方药（处方号", (g.rxno(), "rx_number"), "）已备好，取药码 ",
            (g.d(6), CR), "，请于3日内到", (g.ch(_CN_STORES), "store"), "领取。"]


def c_otp(g):
    to = (g.phone("zh_CN", True), PH) if g.p(0.6) else (g.mphone(), "masked")
    return [g.ts(), " [sms-gateway] 发送成功 mobile=", to, " 内容=【康众健康】验证码 ",
            (g.otp(), CR), "，您正在登录患者服务平台，5分钟内有效，请勿泄露。 msgid=", (g.hx(20), "message_id")]


def c_cii_count(g):
    a, b = g.person("zh_CN"), g.person("zh_CN")
    n = g.r.randint(10, 200)
    return ["麻精药品盘点 门店=", (g.ch(_CN_STORES), "store"), " 药品=", (g.ch(_CN_CII), "product"), " 批号=",
            (g.d(8), "lot"), " 账面=", str(n), " 实盘=", str(n), " 盘点人=", (a.full, PE), " 复核人=",
            (g.login(b), PE), " 时间=", g.ts()]


def c_points(g):
    return ["会员积分变动 卡号=", (g.loyalty(), "loyalty_no"), " 变动=+", str(g.r.randint(1, 300)), " 余额=",
            ("{:,}".format(g.r.randint(100, 40000)), "points"), " 订单=", (g.order(), "order_id"), " 门店=",
            (g.ch(_CN_STORES), "store")]


def c_member_reg(g):
    p = g.person("zh_CN")
    return ["会员注册成功 姓名=", (p.full, PE), " 手机=", (g.phone("zh_CN", True), PH), " 邮箱=", (g.email(p), EM),
            " 渠道=微信小程序 推荐人=", (g.mphone(), "masked"), " 会员卡=", (g.loyalty(), "loyalty_no")]


def c_login(g):
    p = g.person("zh_CN")
    return [g.ts(), " INFO [portal-auth] 用户 ", (g.login(p), PE), " 从 IP ", (g.cip(cn=True), IP),
            " 登录成功，设备=", g.ch(["iPhone15,2", "HUAWEI P60", "Xiaomi 14", "Windows Chrome"]), " 版本=",
            (g.version(), "version")]


def c_login_fail(g):
    return [g.ts(), " WARN 登录失败: 账号=", (g.phone("zh_CN", True), PH), " 密码=", (g.pw(), CR),
            " 原因=密码错误 来源IP=", (g.cip(cn=True), IP), " 网关=", (g.sip(), "server_ip")]


def c_tele_json(g):
    dr, p = g.person("zh_CN"), g.person("zh_CN")
    pairs = [("consultId", ("WZ" + g.d(12), "consult_id")), ("doctorName", (dr.full, PE)),
             ("patientName", (p.full, PE)), ("patientMobile", (g.phone("zh_CN", True), PH)),
             ("roomToken", (g.an(32), CR)), ("clientIp", (g.cip(cn=True), IP)),
             ("symptom", g.ch(["咳嗽三天，伴低热", "血糖控制不佳", "皮肤瘙痒一周", "咨询降压药能否减量"])),
             ("fee", (g.cny(), "amount"))]
    return [g.J(pairs)]


def c_refund_card(g):
    p = g.person("zh_CN")
    return ["退款成功 退款单号=", ("TK" + g.d(16), "refund_id"), " 原订单=", (g.order(), "order_id"), " 退至银行卡 ",
            (g.card(g.ch(["up", "up", "visa", "mc"])), CC), " 持卡人 ", (p.full, PE), " 金额 ", (g.cny(), "amount")]


def c_ticket(g):
    p, ag = g.person("zh_CN"), g.person("zh_CN")
    return ["工单#", (g.day("%Y%m%d") + "-" + g.d(3), "ticket_id"), " 客户：", (p.last, PE), g.ch(["先生", "女士"]),
            "（电话 ", (g.phone("zh_CN"), PH), "）反映配送的", (g.ch(_CN_DRUGS), "product"),
            "外包装破损，要求补发。处理人：客服小", (ag.last[0], PE), "；状态：处理中"]


def c_content(g):
    pre, pf, post = g.ch(_PF_CN)
    return ["内容推送 文章《", pre, (pf, "public_figure"), post, "》 阅读量=", ("{:,}".format(g.r.randint(100, 90000)), "count"),
            " 点赞=", str(g.r.randint(3, 900)), " 发布账号=", ("康众健康编辑部", "company")]


def c_rx_review(g):
    dr, p, rph = g.person("zh_CN"), g.person("zh_CN"), g.person("zh_CN")
    return ["处方审核不通过 处方号=", (g.rxno(), "rx_number"), " 开方医生=", (dr.full, PE), " 科室=",
            g.ch(["心内科", "内分泌科", "呼吸科", "全科"]), " 患者=", (p.full, PE), " 原因=",
            g.ch(["剂量超限", "重复用药", "配伍禁忌", "超说明书用药"]), " 审核药师=", (rph.full, PE)]


def c_tw_dispense(g):
    p, rph = g.person("zh_TW"), g.person("zh_TW")
    return ["【健保】慢性病連續處方箋調劑 病患 ", (p.full, PE), " 電話 ", (g.phone("zh_TW"), PH), " 藥師 ",
            (rph.full, PE), " 調劑日 ", g.day("%Y/%m/%d"), " 部分負擔 ", ("NT$%d" % g.r.randint(0, 200), "amount")]


def c_tw_vaccine(g):
    p = g.person("zh_TW")
    return ["預約成功：", (p.last, PE), g.ch(["先生", "小姐", "太太"]), "，", (g.ch(["流感疫苗", "新冠疫苗 XBB", "帶狀皰疹疫苗"]), "product"),
            "，", g.day("%Y/%m/%d %H:%M"), "，聯絡電話 ", (g.phone("zh_TW"), PH), "，門市：", (g.ch(_TW_STORES), "store")]


def c_tw_order(g):
    p = g.person("zh_TW")
    return ["外送訂單 ", (g.order(), "order_id"), " 收件人 ", (p.full, PE), " 手機 ", (g.phone("zh_TW", True), PH),
            " Email ", (g.email(p), EM), " 付款 信用卡 ", (g.mcard(), "masked"), " 金額 ", ("NT$%d" % g.r.randint(100, 5000), "amount")]


def c_alert(g):
    return ["【告警】", (g.host(), "hostname"), "（", (g.sip(), "server_ip"), "）CPU 使用率 ", str(g.r.randint(85, 99)),
            "%，持续 5 分钟，值班账号 ", (g.svc(), "service_account"), "，告警ID ", (g.uuid(), "alert_id")]


def c_jdbc(g):
    return [g.ts(), " ERROR 数据库连接失败: jdbc:mysql://", (g.sip(), "server_ip"), ":3306/pharmacy?user=",
            ("rx_app", "service_account"), "&password=", (g.pw(), CR), "&useSSL=true 原因: Communications link failure"]


def c_invoice(g):
    return ["电子发票开具成功 发票号码=", (g.d(20), "invoice_no"), " 购方=", (g.company("zh_CN"), "company"), " 税号=",
            ("91" + g.d(6) + g.an(10, "0123456789ABCDEFGHJKLMNPQRTUWXY"), "tax_id"), " 金额=", (g.cny(), "amount"),
            " 开票方式=系统自动"]


def c_foreign_passport(g):
    loc = g.ch(["ja_JP", "ko_KR", "en_US", "ru_RU", "fr_FR"])
    p = g.person(loc)
    name = [(g.latin(p), PE)]
    if loc in ("ja_JP", "ko_KR", "ru_RU"):
        name += [" / ", (p.full, PE)]
    return ["境外人员购药实名登记：姓名 ", name, "，护照号 ", (g.passport(loc), PP), "，电话 ", (g.phone(loc), PH),
            "，药品 ", (g.ch(_CN_DRUGS), "product")]


def c_drive_thru(g):
    p = g.person("zh_CN")
    return ["得来速取药 车牌 ", (g.plate("zh_CN"), LP), " 订单 ", (g.order(), "order_id"), " 客户 ", (p.last, PE),
            g.ch(["先生", "女士"]), " 车道 ", str(g.r.randint(1, 3)), " 到达 ", g.ts()]


def c_pay_notify(g):
    pairs = [("out_trade_no", (g.order(), "order_id")), ("trade_no", (g.d(28), "trade_no")),
             ("buyer_logon_id", (g.mphone(), "masked")), ("total_amount", ("%d.%02d" % (g.r.randint(5, 900), g.r.randrange(100)), "amount")),
             ("trade_status", "TRADE_SUCCESS"), ("notify_time", g.ts()),
             ("seller_email", (g.role_mail("kangzhong.cn"), "role_mailbox"))]
    return ["支付宝异步通知 ", g.J(pairs)]


def c_reminder(g):
    p = g.person("zh_CN")
    return ["【康众】", (p.last, PE), g.ch(["阿姨", "叔叔", "大爷", "奶奶"]), "您好，您的", (g.ch(_CN_DRUGS), "product"),
            "还剩", str(g.r.randint(1, 7)), "天用量，回复1即可续配，退订回T。 -> ", (g.phone("zh_CN", True), PH)]


def c_sf(g):
    p = g.person("zh_CN")
    return ["顺丰运单 ", ("SF" + g.d(13), "tracking_no"), " 收件人:", (p.full, PE), " 手机:", (g.phone("zh_CN", True), PH),
            " 寄件人:", ("康众大药房华东仓", "company"), " 保价:", (g.cny(), "amount")]


def c_op_audit(g):
    p = g.person("zh_CN")
    return ["[操作审计] 时间=", g.ts(), " 操作员=", (g.login(p), PE), "(", (p.full, PE), ") 动作=导出患者名单 条数=",
            ("{:,}".format(g.r.randint(10, 5000)), "count"), " 终端=", ("PC-RX-%04d-%02d" % (g.r.randint(1, 999), g.r.randint(1, 9)), "hostname")]


def c_risk(g):
    return ["风控命中 规则=R-EPH-07 同一身份证 ", (g.cnid(), CN), " 30天内在 ", str(g.r.randint(3, 9)),
            " 家门店购买含麻黄碱制剂，最近手机号 ", (g.phone("zh_CN", True), PH), "，已冻结会员卡 ", (g.loyalty(), "loyalty_no"),
            "（对照：", (g.mcnid(), "masked"), "）"]


def c_cold_chain(g):
    return ["冷链监控 疫苗冰箱#", str(g.r.randint(1, 8)), " 温度 ", "%.1f" % g.r.uniform(2.1, 7.9), "℃ 正常 采集器 ",
            (g.sip(), "server_ip"), " 固件 ", (g.version(), "version"), " 门店=", (g.ch(_CN_STORES), "store")]


TEMPLATES = [
    t_portal_login, t_auth_debug, t_access_refill, t_access_reset, t_nginx_xff, t_elb_health, t_json_refill,
    t_json_tele, t_json_claim, t_json_ecs, t_kv_checkout, t_kv_masked, t_csv_delivery, t_csv_vaccine, t_audit_cii,
    t_note_refill, t_consult_note, t_stack_trace, t_email_header, t_sms_ready, t_sms_otp, t_webhook_payment,
    t_webhook_headers, t_db_conn, t_config_dump, t_ticket_export, t_ticket_card, t_ncpdp, t_loyalty_enroll,
    t_curbside, t_fr, t_de, t_es, t_pt, t_it, t_nl, t_pl, t_tr, t_ru, t_tele_chat, t_reset_audit, t_api_leak,
    t_cron, t_inventory, t_deploy, t_content, t_instore_audio, t_erx, t_courier, t_driver_note, t_cii_id,
    t_medicare, t_refund_iban, t_dsar, t_signup_csv, t_mobile_crash, t_waf, t_shipping, t_tele_confirm,
    t_profile_update, t_sso, t_rx_transfer, t_reset_masked,
    c_refill_json, c_consult, c_yibao, c_delivery, c_vaccine, c_pickup_sms, c_otp, c_cii_count, c_points,
    c_member_reg, c_login, c_login_fail, c_tele_json, c_refund_card, c_ticket, c_content, c_rx_review,
    c_tw_dispense, c_tw_vaccine, c_tw_order, c_alert, c_jdbc, c_invoice, c_foreign_passport, c_drive_thru,
    c_pay_notify, c_reminder, c_sf, c_op_audit, c_risk, c_cold_chain,
]


# =========================================================================== assembly
def _assemble(pieces):
    parts, spans, decoys = [], [], []
    pos = 0
    stack = [iter(pieces)]
    while stack:
        try:
            x = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        if isinstance(x, str):
            parts.append(x)
            pos += len(x)
        elif isinstance(x, tuple):
            val, lab = x
            assert isinstance(val, str) and val and val == val.strip(), x
            start = pos
            parts.append(val)
            pos += len(val)
            if lab in TYPES:
                spans.append([start, pos, lab])
            else:
                assert lab == lab.lower() and lab.replace("_", "").isalpha(), lab
                decoys.append([start, pos, lab])
        elif isinstance(x, list):
            stack.append(iter(x))
        else:
            raise TypeError(repr(x))
    return "".join(parts), spans, decoys


def _check(rec):
    text = rec["text"]
    assert "\n" not in text and "\r" not in text, text
    marks = sorted([(s, e) for s, e, _ in rec["spans"]] + [(s, e) for s, e, _ in rec["decoys"]])
    prev = 0
    for s, e in marks:
        assert 0 <= s < e <= len(text), (s, e, text)
        assert s >= prev, ("overlap", text)
        prev = e


def blind_log32(n: int, seed: int = 0) -> list:
    g = _G(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        ti = g.r.randrange(nt)
        text, spans, decoys = _assemble(TEMPLATES[ti](g))
        rec = {"text": text, "spans": spans, "decoys": decoys, "template": ti}
        _check(rec)
        out.append(rec)
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time

    t = time.time()
    rows = blind_log32(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    dt = time.time() - t
    c = collections.Counter(s[2] for r in rows for s in r["spans"])
    k = collections.Counter(s[2] for r in rows for s in r["decoys"])
    print("templates", len(TEMPLATES), "lines", len(rows), "secs %.2f" % dt)
    print("no-PII lines", sum(1 for r in rows if not r["spans"]))
    print(dict(c))
    print(dict(k))
