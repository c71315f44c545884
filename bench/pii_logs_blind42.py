"""Blind benchmark data #42: log lines of a mobile and broadband telecom operator.

Written independently of the redactor.  ``blind_log42(n, seed)`` returns ``n``
dicts ``{"text", "spans", "decoys", "template"}``; every personal value planted
in ``text`` is listed in ``spans`` as ``[start, end, TYPE]`` and every
non-personal look-alike that must survive redaction in ``decoys`` as
``[start, end, kind]``.

Label notes
  * A person's name is PERSON in any script.  For a Chinese surname followed by
    a title (王经理, 周先生) only the surname is the span; for a Latin-script
    honorific written before a surname (Dr. Okafor, Mrs. Patel, Herr Weber) the
    honorific is part of the span.
  * Log-ins made from a person's name (jsmith, li.wei) are PERSON; system and
    service accounts are decoys.
  * IMSI, ICCID, IMEI, EID, order/ticket ids, short codes, hotlines, masked
    values, hashes, amounts, server / NAS / load-balancer addresses and famous
    people mentioned as a topic are decoys.
  * The subscriber's address on the network (UE / framed / DHCP client IP) and
    an attacker's address are IP_ADDRESS.
"""
import base64
import datetime as _dt
import random
import string
import unicodedata

from faker import Faker

__all__ = ["blind_log42", "TEMPLATES", "TYPES"]

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
         "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
         "LICENSE_PLATE")

PER, EM, PH, IP, CR = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL"
CC, IBAN, SSN, PP, CNID, PLATE = ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT",
                                  "CN_RESIDENT_ID", "LICENSE_PLATE")


# --------------------------------------------------------------------------
# pieces
# --------------------------------------------------------------------------
def S(value, typ):
    """A personal value (span)."""
    return (str(value), typ, "s")


def D(value, kind):
    """A non-personal look-alike (decoy)."""
    return (str(value), kind, "d")


class Raw:
    """JSON value written without quotes."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class Obj:
    """Nested JSON object."""
    __slots__ = ("pairs",)

    def __init__(self, *pairs):
        self.pairs = pairs


class Arr:
    """JSON array."""
    __slots__ = ("items",)

    def __init__(self, *items):
        self.items = items


def _jval(v, sep, colon):
    if isinstance(v, Raw):
        return [v.v]
    if isinstance(v, Obj):
        return J(*v.pairs, sep=sep, colon=colon)
    if isinstance(v, Arr):
        out = ["["]
        for i, it in enumerate(v.items):
            if i:
                out.append(sep)
            out.extend(_jval(it, sep, colon))
        out.append("]")
        return out
    if v is None:
        return ["null"]
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if isinstance(v, (int, float)):
        return [str(v)]
    return ['"', v, '"']


def J(*pairs, sep=", ", colon=": "):
    out = ["{"]
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append('"%s"%s' % (k, colon))
        out.extend(_jval(v, sep, colon))
    out.append("}")
    return out


def KV(*pairs, sep=" ", eq="=", quote='"'):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + eq)
        val = v[0] if isinstance(v, tuple) else str(v)
        if quote and (" " in val or val == ""):
            out.extend([quote, v, quote])
        else:
            out.append(v)
    return out


def _flatten(parts, acc):
    for p in parts:
        if isinstance(p, list):
            _flatten(p, acc)
        else:
            acc.append(p)
    return acc


def _assemble(parts):
    buf, spans, decoys, pos = [], [], [], 0
    for p in _flatten(parts, []):
        if isinstance(p, str):
            buf.append(p)
            pos += len(p)
            continue
        val, lab, kind = p
        assert val, "empty labelled value"
        buf.append(val)
        rec = [pos, pos + len(val), lab]
        pos += len(val)
        (spans if kind == "s" else decoys).append(rec)
    return "".join(buf), spans, decoys


def _key(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dotted":
        return ".".join(words)
    if style == "kebab":
        return "-".join(words)
    return "_".join(words).upper()


# --------------------------------------------------------------------------
# static tables
# --------------------------------------------------------------------------
_LOCALES = ["en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES",
            "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR",
            "vi_VN"]
_COUNTRY = {"en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW",
            "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP",
            "ko_KR": "KR", "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
            "tr_TR": "TR", "vi_VN": "VN"}
_WORLD = (["en_US"] * 4 + ["en_GB"] * 3 + ["en_IN"] * 2 +
          ["fr_FR", "de_DE", "es_ES", "pt_BR", "it_IT", "nl_NL", "pl_PL", "tr_TR",
           "ru_RU", "ja_JP", "ko_KR", "vi_VN", "zh_CN", "zh_TW"])
_ANGLO = ["en_US", "en_US", "en_US", "en_GB", "en_GB", "en_IN"]

_ZH_SUR = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
           ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
           ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
           ("郭", "guo"), ("何", "he"), ("林", "lin"), ("高", "gao"), ("罗", "luo"),
           ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
           ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"),
           ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("潘", "pan"),
           ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"), ("杜", "du"),
           ("叶", "ye"), ("程", "cheng"), ("魏", "wei"), ("苏", "su"), ("吕", "lv"),
           ("丁", "ding"), ("任", "ren"), ("卢", "lu"), ("姚", "yao"), ("沈", "shen"),
           ("钟", "zhong"), ("姜", "jiang"), ("崔", "cui"), ("谭", "tan"), ("范", "fan"),
           ("廖", "liao"), ("石", "shi"), ("金", "jin"), ("贾", "jia"), ("夏", "xia"),
           ("方", "fang"), ("白", "bai"), ("孟", "meng"), ("秦", "qin"), ("邱", "qiu"),
           ("侯", "hou"), ("薛", "xue"), ("雷", "lei"), ("龙", "long"), ("贺", "he"),
           ("顾", "gu"), ("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan")]
_ZH_GIV = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
           ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
           ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"),
           ("明", "ming"), ("超", "chao"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
           ("华", "hua"), ("婷", "ting"), ("秀英", "xiuying"), ("桂英", "guiying"),
           ("建国", "jianguo"), ("志强", "zhiqiang"), ("浩然", "haoran"), ("子涵", "zihan"),
           ("欣怡", "xinyi"), ("宇轩", "yuxuan"), ("梓萱", "zixuan"), ("一鸣", "yiming"),
           ("思远", "siyuan"), ("雨桐", "yutong"), ("俊杰", "junjie"), ("嘉怡", "jiayi"),
           ("文博", "wenbo"), ("晓东", "xiaodong"), ("海燕", "haiyan"), ("春梅", "chunmei")]
_KO_SUR = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
           "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh",
           "서": "seo", "신": "shin", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song",
           "홍": "hong", "전": "jeon", "고": "ko", "문": "moon", "양": "yang", "손": "son",
           "배": "bae", "백": "baek", "노": "noh", "하": "ha", "유": "yoo", "민": "min"}
_KO_GIV = ["minjun", "seoyeon", "jiho", "haeun", "doyun", "jiwoo", "yejin", "junho",
           "sujin", "hyunwoo", "jisoo", "eunji", "taeyang", "dahye"]
_RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
                   "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                   "", "y", "", "e", "yu", "ya"]))
_FOLD = {"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ı": "i", "œ": "oe"}

_SERVICE_ACCTS = ["svc-backup", "root", "jenkins", "svc-billing", "ocs-batch",
                  "provisioning-bot", "sys_ivr", "admin", "crm_app", "svc-porting",
                  "nagios", "zabbix", "ansible", "oracle", "etl_cdr", "svc-mediation"]
_ROLE_BOX = ["support", "noreply", "billing", "roaming-ops", "noc", "abuse", "porting",
             "no-reply", "care", "fraud-desk", "invoices", "dpo"]
_FAMOUS_EN = [("Shake It Off", "Taylor Swift"), ("Shape of You", "Ed Sheeran"),
              ("Hello", "Adele"), ("Halo", "Beyoncé"), ("Uptown Funk", "Bruno Mars"),
              ("Hips Don't Lie", "Shakira"), ("Dynamite", "BTS"),
              ("Bad Guy", "Billie Eilish"), ("Blinding Lights", "The Weeknd")]
_FAMOUS_ZH = [("晴天", "周杰伦"), ("红豆", "王菲"), ("光年之外", "邓紫棋"), ("江南", "林俊杰"),
              ("十年", "陈奕迅"), ("忘情水", "刘德华"), ("吻别", "张学友"), ("日不落", "蔡依林")]
_PLANS_EN = ["Unlimited Plus", "5G Max 100GB", "Prepaid Flex 20", "Family Share 4",
             "Business Pro", "Data Only 50GB", "Fibre 500", "Fibre 1G + TV"]
_PLANS_ZH = ["5G畅享129元套餐", "全家享199元", "大王卡", "宽带300M包年", "千兆融合套餐",
             "流量王59元", "4G飞享38元", "5G智享套餐(个人版)"]
_PARTNERS = ["Vodafone UK", "Orange France", "Telefónica Móviles", "Deutsche Telekom",
             "NTT DOCOMO", "SK Telecom", "Turkcell", "TIM Italia", "KPN", "Play Polska",
             "Viettel", "Chunghwa Telecom", "AT&T Mobility", "T-Mobile US", "Airtel India"]
_CN_OPS = ["中国移动", "中国联通", "中国电信", "中国广电"]
_CN_CITIES = ["深圳", "广州", "北京", "上海", "杭州", "成都", "武汉", "南京", "西安", "重庆",
              "苏州", "长沙", "天津", "青岛", "厦门"]
_CN_DIST = ["南山区", "福田区", "天河区", "海淀区", "朝阳区", "浦东新区", "西湖区", "武侯区",
            "江汉区", "鼓楼区", "雁塔区", "渝中区"]
_CN_REGION = ["110101", "110105", "310104", "310115", "440305", "440106", "330106",
              "510107", "420106", "320102", "500103", "610113", "370202", "350203",
              "430104", "120101", "130102", "410105", "210102", "230103"]
_CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_PWD_WORDS = ["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Football", "Qwerty",
              "Liverpool", "Shadow", "Galaxy", "Tiger", "Rainbow", "Mustang", "Welcome"]

_FAKERS = {}


def _faker(loc):
    f = _FAKERS.get(loc)
    if f is None:
        f = _FAKERS[loc] = Faker(loc)
    return f


def _fold(s):
    s = "".join(_FOLD.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if "a" <= c <= "z")


def _luhn_digit(payload):
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
    return _luhn_digit(num[:-1]) == num[-1]


def _iban_from(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def _iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


_CNID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cnid_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _CNID_W)) % 11]


class _Person:
    __slots__ = ("first", "last", "full", "lf", "ll", "loc", "cc", "female")


# --------------------------------------------------------------------------
# value generator
# --------------------------------------------------------------------------
class _Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        for loc in _LOCALES:
            _faker(loc).seed_instance(seed)

    # -- primitives ---------------------------------------------------------
    def d(self, n):
        r = self.r
        return "".join(r.choice("0123456789") for _ in range(n))

    def ch(self, seq):
        return self.r.choice(seq)

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        r = self.r
        return "".join(r.choice(alphabet) for _ in range(n))

    def up(self, n):
        return self.alnum(n, string.ascii_uppercase + string.digits)

    def hexs(self, n, upper=False):
        s = self.alnum(n, "0123456789abcdef")
        return s.upper() if upper else s

    def pct(self, p):
        return self.r.random() < p

    # -- time ---------------------------------------------------------------
    def dt(self):
        return _dt.datetime(2024, 1, 1) + _dt.timedelta(seconds=self.r.randint(0, 400 * 86400))

    def sys_ts(self, t=None):
        t = t or self.dt()
        return "%s %2d %s" % (_MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))

    def iso(self, t=None):
        t = t or self.dt()
        tail = self.ch(["Z", ".%03dZ" % self.r.randint(0, 999), "+08:00", "+00:00", ""])
        return t.strftime("%Y-%m-%dT%H:%M:%S") + tail

    def cn_ts(self, t=None):
        return (t or self.dt()).strftime("%Y-%m-%d %H:%M:%S")

    def apache_ts(self, t=None):
        t = t or self.dt()
        return "%02d/%s/%d:%s +0000" % (t.day, _MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))

    def date(self, t=None):
        return (t or self.dt()).strftime("%Y-%m-%d")

    # -- people ---------------------------------------------------------------
    def person(self, loc=None, pool=None):
        r = self.r
        if loc is None:
            loc = r.choice(pool or _WORLD)
        p = _Person()
        p.loc, p.cc = loc, _COUNTRY[loc]
        p.female = fem = r.random() < 0.5
        if loc == "zh_CN" and r.random() < 0.6:
            sn, sp = r.choice(_ZH_SUR)
            gn, gp = r.choice(_ZH_GIV)
            if len(gn) == 1 and r.random() < 0.4:
                g2, p2 = r.choice(_ZH_GIV[:22])
                gn, gp = gn + g2, gp + p2
            p.first, p.last, p.full, p.lf, p.ll = gn, sn, sn + gn, gp, sp
            return p
        f = _faker(loc)
        p.first = f.first_name_female() if fem else f.first_name_male()
        p.last = f.last_name_female() if fem else f.last_name_male()
        if loc in ("zh_CN", "zh_TW"):
            p.full = p.last + p.first
            p.ll = dict((a, b) for a, b in _ZH_SUR).get(p.last) or r.choice(_ZH_SUR)[1]
            p.lf = r.choice(_ZH_GIV)[1]
        elif loc == "ja_JP":
            p.full = p.last + r.choice(["", " ", "\u3000"]) + p.first
            p.ll, p.lf = f.last_romanized_name().lower(), f.first_romanized_name().lower()
        elif loc == "ko_KR":
            p.full = p.last + p.first
            p.ll, p.lf = _KO_SUR.get(p.last, "kim"), r.choice(_KO_GIV)
        elif loc == "vi_VN":
            mid = r.choice(["Thị", "Ngọc", "Thanh"] if fem else ["Văn", "Đức", "Minh"])
            p.full = "%s %s %s" % (p.last, mid, p.first)
            p.ll, p.lf = _fold(p.last), _fold(p.first)
        elif loc == "ru_RU":
            p.full = p.first + " " + p.last
            p.lf = "".join(_RU_TR.get(c, "") for c in p.first.lower())
            p.ll = "".join(_RU_TR.get(c, "") for c in p.last.lower())
        else:
            p.full = p.first + " " + p.last
            p.lf, p.ll = _fold(p.first.split()[0]), _fold(p.last.split()[-1])
        if not p.lf:
            p.lf = "alex"
        if not p.ll:
            p.ll = "lee"
        return p

    def login(self, p):
        r, f, l = self.r, p.lf, p.ll
        return r.choice([f[0] + l, f + "." + l, f + "_" + l, l + f[0], f[0] + l + str(r.randint(1, 99)),
                         f + l[0], l + "." + f, f + "." + l + str(r.randint(1, 9)), l + f])

    def email(self, p):
        r, f, l = self.r, p.lf, p.ll
        dom = {
            "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
            "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"],
            "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
            "CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com"],
            "TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "pchome.com.tw"],
            "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
            "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
            "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
            "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
            "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "icloud.com"],
            "KR": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
            "RU": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"],
            "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
            "NL": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
            "PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
            "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
            "VN": ["gmail.com", "yahoo.com.vn"],
        }[p.cc]
        d = r.choice(dom)
        if d == "qq.com" and r.random() < 0.6:
            return str(r.randint(10000, 2999999999)) + "@qq.com"
        local = r.choice([f + "." + l, f + l, f[0] + l, l + "." + f, f + "_" + l,
                          f + str(r.randint(1, 99)), f + "." + l + str(r.randint(60, 99)),
                          l + f + str(r.randint(1980, 2005))])
        return local + "@" + d

    def staff_email(self, p):
        return "%s.%s@%s" % (p.lf, p.ll, self.ch(["skylink-mobile.com", "skylink.co.uk",
                                                  "xinglian-tel.cn", "partners.skylink-mobile.com"]))

    def role(self, box=None):
        return "%s@%s" % (box or self.ch(_ROLE_BOX),
                          self.ch(["skylink-mobile.com", "skylink.co.uk", "xinglian-tel.cn",
                                   "mail.skylink-mobile.com"]))

    # -- phones ---------------------------------------------------------------
    def phone(self, cc, style=None):
        """style: None (any national or international form), 'e164', 'digits', 'nat', 'intl'."""
        r, d = self.r, self.d
        if cc == "CN":
            p3 = r.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                           "151", "152", "155", "156", "157", "158", "159", "166", "176",
                           "177", "178", "180", "181", "182", "183", "185", "186", "187",
                           "188", "189", "191", "195", "198", "199"])
            nsn, code = p3 + d(8), "86"
            nat = [nsn, nsn, "%s-%s-%s" % (p3, nsn[3:7], nsn[7:]), "%s %s %s" % (p3, nsn[3:7], nsn[7:])]
            intl = ["+86 %s %s %s" % (p3, nsn[3:7], nsn[7:]), "+86-" + nsn, "+86" + nsn,
                    "0086" + nsn, "(+86)" + nsn]
        elif cc == "CNL":
            area = r.choice(["010", "021", "0755", "020", "0571", "028", "027", "025"])
            num = d(8)
            nsn, code = area[1:] + num, "86"
            nat = ["%s-%s" % (area, num), "%s-%s %s" % (area, num[:4], num[4:]), "(%s)%s" % (area, num)]
            intl = ["+86 %s %s" % (area[1:], num), "+86-%s-%s" % (area[1:], num)]
        elif cc == "US":
            a = r.choice(["212", "415", "312", "213", "646", "917", "305", "617", "206", "512",
                          "702", "404", "773", "469", "602", "720"])
            x, ln = str(r.randint(2, 9)) + d(2), d(4)
            nsn, code = a + x + ln, "1"
            nat = ["(%s) %s-%s" % (a, x, ln), "%s-%s-%s" % (a, x, ln), "%s.%s.%s" % (a, x, ln),
                   "(%s)%s-%s" % (a, x, ln)]
            intl = ["+1 %s-%s-%s" % (a, x, ln), "+1 (%s) %s-%s" % (a, x, ln), "1-%s-%s-%s" % (a, x, ln)]
        elif cc == "GB":
            nsn, code = "7" + str(r.randint(4, 9)) + d(8), "44"
            nat = ["0%s %s" % (nsn[:4], nsn[4:]), "0%s%s" % (nsn[:4], nsn[4:]),
                   "0%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:])]
            intl = ["+44 %s %s" % (nsn[:4], nsn[4:]), "+44 (0)%s %s" % (nsn[:4], nsn[4:]),
                    "+44%s" % nsn]
        elif cc == "IN":
            nsn, code = r.choice("9876") + d(9), "91"
            nat = ["%s %s" % (nsn[:5], nsn[5:]), "0" + nsn, nsn]
            intl = ["+91 %s %s" % (nsn[:5], nsn[5:]), "+91-" + nsn, "+91 " + nsn]
        elif cc == "FR":
            nsn, code = r.choice("67") + d(8), "33"
            pr = " ".join(nsn[i:i + 2] for i in range(1, 9, 2))
            nat = ["0%s %s" % (nsn[0], pr), "0%s.%s" % (nsn[0], pr.replace(" ", ".")), "0" + nsn]
            intl = ["+33 %s %s" % (nsn[0], pr), "+33" + nsn, "+33 (0)%s %s" % (nsn[0], pr)]
        elif cc == "DE":
            pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173",
                            "175", "176", "177", "178", "179"])
            rest = d(r.choice([7, 8]))
            nsn, code = pre + rest, "49"
            nat = ["0%s %s" % (pre, rest), "0%s-%s" % (pre, rest), "0%s/%s" % (pre, rest),
                   "0%s %s %s" % (pre, rest[:4], rest[4:])]
            intl = ["+49 %s %s" % (pre, rest), "+49 (0)%s %s" % (pre, rest), "+49%s" % nsn]
        elif cc == "ES":
            nsn, code = r.choice("67") + d(8), "34"
            nat = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), nsn]
            intl = ["+34 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "+34 " + nsn, "0034" + nsn]
        elif cc == "IT":
            nsn, code = "3" + r.choice(["20", "28", "33", "35", "38", "39", "40", "47", "48",
                                        "49", "66", "89", "93"]) + d(7), "39"
            nat = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s %s" % (nsn[:3], nsn[3:]), nsn]
            intl = ["+39 %s %s" % (nsn[:3], nsn[3:]), "+39 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])]
        elif cc == "BR":
            ddd, num = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "19", "48"]), "9" + d(8)
            nsn, code = ddd + num, "55"
            nat = ["(%s) %s-%s" % (ddd, num[:5], num[5:]), "%s %s-%s" % (ddd, num[:5], num[5:]),
                   "(%s)%s-%s" % (ddd, num[:5], num[5:])]
            intl = ["+55 %s %s-%s" % (ddd, num[:5], num[5:]), "+55 (%s) %s-%s" % (ddd, num[:5], num[5:])]
        elif cc == "JP":
            pre, a, b = r.choice(["90", "80", "70"]), d(4), d(4)
            nsn, code = pre + a + b, "81"
            nat = ["0%s-%s-%s" % (pre, a, b), "0%s%s%s" % (pre, a, b)]
            intl = ["+81 %s-%s-%s" % (pre, a, b), "+81-%s-%s-%s" % (pre, a, b)]
        elif cc == "KR":
            a, b = d(4), d(4)
            nsn, code = "10" + a + b, "82"
            nat = ["010-%s-%s" % (a, b), "010 %s %s" % (a, b), "010%s%s" % (a, b)]
            intl = ["+82 10-%s-%s" % (a, b), "+82-10-%s-%s" % (a, b)]
        elif cc == "RU":
            nsn, code = "9" + d(9), "7"
            f = "%s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
            nat = ["8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "8" + nsn]
            intl = ["+7 " + f, "+7 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "+7" + nsn]
        elif cc == "NL":
            nsn, code = "6" + d(8), "31"
            nat = ["06-%s" % nsn[1:], "06 %s" % nsn[1:], "06 %s %s" % (nsn[1:5], nsn[5:])]
            intl = ["+31 6 %s" % nsn[1:], "+31 6 %s %s" % (nsn[1:5], nsn[5:]), "+31" + nsn]
        elif cc == "PL":
            nsn, code = r.choice("5678") + d(8), "48"
            nat = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), nsn]
            intl = ["+48 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "+48 " + nsn]
        elif cc == "TR":
            nsn, code = "5" + r.choice(["30", "32", "33", "35", "36", "38", "41", "42", "43",
                                        "05", "06", "07", "53", "55", "59"]) + d(7), "90"
            nat = ["0%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "0" + nsn,
                   "0 (%s) %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])]
            intl = ["+90 %s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]),
                    "+90 (%s) %s %s" % (nsn[:3], nsn[3:6], nsn[6:])]
        elif cc == "VN":
            nsn, code = r.choice(["90", "91", "93", "94", "96", "97", "98", "86", "88", "32",
                                  "33", "35", "37", "39", "70", "77", "79", "81", "83"]) + d(7), "84"
            nat = ["0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "0" + nsn, "0%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])]
            intl = ["+84 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "+84 %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])]
        elif cc == "TW":
            nsn, code = "9" + d(8), "886"
            nat = ["0%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
                   "0" + nsn]
            intl = ["+886 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "+886-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                    "+886" + nsn]
        elif cc == "HK":
            nsn, code = r.choice("5679") + d(7), "852"
            nat = ["%s %s" % (nsn[:4], nsn[4:]), nsn]
            intl = ["+852 %s %s" % (nsn[:4], nsn[4:]), "+852-" + nsn, "(852) %s %s" % (nsn[:4], nsn[4:])]
        else:
            raise ValueError(cc)
        if style == "e164":
            return "+" + code + nsn
        if style == "digits":
            return code + nsn
        if style == "nat":
            return r.choice(nat)
        if style == "intl":
            return r.choice(intl)
        return r.choice(nat + intl)

    def cn_mobile(self, style=None):
        return self.phone("CN", style)

    def masked_cn(self):
        p = self.cn_mobile("digits")[2:]
        return self.ch([p[:3] + "****" + p[7:], p[:3] + "*****" + p[8:], p[:3] + "****" + p[7:]])

    # -- network --------------------------------------------------------------
    def ip_client(self, v6=0.15):
        r = self.r
        if r.random() < v6:
            pre = r.choice(["2409:8a55", "240e:3b4", "2408:8207", "2a02:c7f", "2600:1700",
                            "2a01:cb04", "2003:e6", "2804:14c"])
            return pre + ":" + ":".join("%x" % r.randint(0, 0xffff) for _ in range(r.choice([3, 4, 6])))
        while True:
            a = r.randint(1, 223)
            if a not in (10, 100, 127, 169, 172, 192, 198, 203):
                break
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def ip_cgnat(self):
        r = self.r
        return "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254))

    def ip_server(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if k == 1:
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
        if k == 2:
            return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
        if k == 3:
            return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(1, 30))
        return "203.0.113.%d" % r.randint(1, 254)

    def mac(self):
        parts = ["%02x" % self.r.randint(0, 255) for _ in range(6)]
        return self.ch([":", "-"]).join(parts).upper() if self.pct(0.5) else ":".join(parts)

    def host(self, prefix):
        h = "%s-%02d" % (prefix, self.r.randint(1, 24))
        return h + self.ch(["", "", ".skylink.internal", ".core.skylink.net", ".dc2.prod"])

    # -- identifiers (decoys) -------------------------------------------------
    def iccid(self, cc="CN"):
        cp = {"CN": "8986", "US": "8901", "GB": "8944", "DE": "8949", "FR": "8933"}.get(cc, "8986")
        body = cp + self.d(self.ch([14, 15]))
        return body + _luhn_digit(body)

    def imei(self, fmt=False):
        body = self.ch(["35", "86", "01", "35", "99"]) + self.d(12)
        s = body + _luhn_digit(body)
        if fmt:
            return "%s-%s-%s-%s" % (s[:2], s[2:8], s[8:14], s[14])
        return s

    def imsi(self, mccmnc=None):
        p = mccmnc or self.ch(["46000", "46001", "46011", "310260", "23410", "26201", "20801",
                               "21407", "44010", "45005", "25001", "22210", "20404", "26001",
                               "28601", "45201", "46692"])
        return p + self.d(15 - len(p))

    def eid(self):
        return "89049032" + self.d(24)

    def ont_sn(self):
        return self.ch(["HWTC", "ZTEG", "FHTT", "ALCL"]) + self.hexs(8, upper=True)

    def oid(self, prefix, n=8):
        return prefix + self.d(n)

    def store(self):
        return "%s-%04d" % (self.ch(["SF", "NYC", "LDN", "MAN", "BLR", "SEA", "CHI", "BER", "PAR"]),
                            self.r.randint(1, 9999))

    def sha256(self):
        return self.hexs(64)

    def amount(self, cur=None):
        r = self.r
        v = r.choice([5, 10, 15, 20, 25, 30, 50, 100]) if r.random() < 0.5 else r.randint(100, 25000) / 100
        cur = cur or r.choice(["USD", "GBP", "EUR", "INR", "CNY"])
        if cur == "USD":
            return "$%.2f" % v
        if cur == "GBP":
            return "£%.2f" % v
        if cur == "EUR":
            return r.choice(["€%.2f" % v, ("%.2f €" % v).replace(".", ","), "%.2f EUR" % v])
        if cur == "INR":
            return "₹%d" % int(v * 10)
        if cur == "CNY":
            return r.choice(["¥%.2f" % v, "%.2f元" % v, "%d元" % int(v)])
        if cur == "BRL":
            return ("R$ %.2f" % v).replace(".", ",")
        if cur == "TRY":
            return "%d TL" % int(v * 3)
        if cur == "TWD":
            return "NT$%d" % int(v * 10)
        if cur == "PLN":
            return ("%.2f zł" % v).replace(".", ",")
        return "%s %.2f" % (cur, v)

    # -- personal identifiers -------------------------------------------------
    def card(self, brand=None, fmt=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "unionpay", "jcb", "discover"])
        if brand == "visa":
            pre, ln = "4", 16
        elif brand == "mc":
            pre, ln = r.choice(["51", "52", "53", "54", "55"]), 16
        elif brand == "amex":
            pre, ln = r.choice(["34", "37"]), 15
        elif brand == "unionpay":
            pre, ln = r.choice(["622202", "622588", "621700", "622848", "625807", "621483", "623668"]), r.choice([16, 19])
        elif brand == "jcb":
            pre, ln = "35" + str(r.randint(28, 89)), 16
        else:
            pre, ln = "6011", 16
        body = pre + self.d(ln - len(pre) - 1)
        num = body + _luhn_digit(body)
        fmt = fmt or r.choice(["plain", "space", "space", "dash"])
        if fmt == "plain":
            return num
        sep = " " if fmt == "space" else "-"
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, ln, 4))

    def iban(self, cc=None, spaced=None):
        r, d = self.r, self.d
        cc = cc or r.choice(["DE", "FR", "GB", "ES", "NL", "IT", "PL", "TR", "BE", "PT"])
        if cc == "DE":
            bban = d(8) + d(10)
        elif cc == "FR":
            bban = d(5) + d(5) + d(11) + d(2)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(6) + d(8)
        elif cc == "ES":
            bban = d(20)
        elif cc == "NL":
            bban = r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + d(10)
        elif cc == "IT":
            bban = r.choice(string.ascii_uppercase) + d(5) + d(5) + d(12)
        elif cc == "PL":
            bban = d(24)
        elif cc == "TR":
            bban = d(5) + "0" + d(16)
        elif cc == "BE":
            bban = d(12)
        else:
            bban = d(21)
        iban = _iban_from(cc, bban)
        assert _iban_ok(iban)
        if spaced is None:
            spaced = r.random() < 0.6
        if spaced:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def creditor_id(self):
        return "DE%02dZZZ0%s" % (self.r.randint(10, 99), self.d(10))

    def ssn(self, dashed=None):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        if dashed is None:
            dashed = r.random() < 0.8
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:]) if dashed else s

    def passport(self, cc):
        r, d = self.r, self.d
        if cc in ("US", "GB"):
            return d(9)
        if cc == "CN":
            return r.choice(["E" + d(8), "E" + d(8), "EA" + d(7), "G" + d(8)])
        if cc == "DE":
            return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if cc == "FR":
            return d(2) + r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase) + d(5)
        if cc == "IN":
            return r.choice("JKLMNPRSTVZ") + d(7)
        if cc == "JP":
            return r.choice(["TK", "TR", "MZ", "TZ"]) + d(7)
        if cc == "KR":
            return "M" + d(8)
        if cc == "BR":
            return r.choice(["FZ", "GA", "YB"]) + d(6)
        return r.choice(string.ascii_uppercase) + d(8)

    def cnid(self):
        r = self.r
        birth = _dt.date(1950, 1, 1) + _dt.timedelta(days=r.randint(0, 20000))
        body = r.choice(_CN_REGION) + birth.strftime("%Y%m%d") + self.d(3)
        return body + _cnid_check(body)

    def plate(self, cc):
        r, d = self.r, self.d
        L = _PLATE_L
        if cc == "CN":
            sep = r.choice(["", "", "·", " "])
            head = r.choice(_CN_PROV) + r.choice("ABCDEFGH")
            if r.random() < 0.25:
                tail = r.choice("DF") + r.choice([d(5), r.choice(L) + d(4)])
            else:
                tail = "".join(r.choice(L) if r.random() < 0.2 else r.choice("0123456789") for _ in range(5))
            return head + sep + tail
        if cc == "US":
            return r.choice([str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(3)) + d(3),
                             "".join(r.choice(L) for _ in range(3)) + "-" + d(4),
                             "".join(r.choice(L) for _ in range(3)) + " " + d(4)])
        if cc == "GB":
            return "%s%s%s %s" % (r.choice(L), r.choice(L), d(2), "".join(r.choice(L) for _ in range(3)))
        if cc == "DE":
            city = r.choice(["B", "M", "HH", "K", "F", "S", "D", "HB", "L"])
            letters = "".join(r.choice(L) for _ in range(r.choice([1, 2])))
            return "%s%s%s %s" % (city, r.choice(["-", " "]), letters, r.randint(1, 9999))
        if cc == "FR":
            return "%s%s-%s-%s%s" % (r.choice(L), r.choice(L), d(3), r.choice(L), r.choice(L))
        if cc == "IT":
            return "%s%s %s%s" % (r.choice(L), r.choice(L), d(3), r.choice(L) + r.choice(L))
        if cc == "NL":
            return "%s-%s-%s" % (d(2), "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(3)), d(1))
        return "%s%s %s" % (r.choice(L), r.choice(L), d(4))

    # -- secrets --------------------------------------------------------------
    def password(self, url_safe=False):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            pw = r.choice(_PWD_WORDS) + str(r.randint(1990, 2025)) + r.choice(["!", "#", "$", "", "@"])
        elif k == 1:
            pw = self.alnum(r.randint(10, 16), string.ascii_letters + string.digits + "!#$^*_-+")
        elif k == 2:
            pw = r.choice(["P@ssw0rd", "Passw0rd", "Adm1n", "Welc0me", "Skyl1nk"]) + self.d(r.randint(2, 4))
        elif k == 3:
            pw = r.choice([s[1] for s in _ZH_SUR]) + r.choice(["@", "_", ""]) + self.d(r.randint(4, 6))
        elif k == 4:
            pw = self.alnum(8, string.ascii_lowercase + string.digits)
        else:
            pw = r.choice(_PWD_WORDS).lower() + r.choice(["_", ".", ""]) + self.d(3) + r.choice(["!", "?", "*"])
        if url_safe:
            pw = pw.replace("@", "").replace("#", "").replace("$", "").replace("?", "") or "x7Kq2p9"
        return pw

    def api_key(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return "sk_live_" + self.alnum(24)
        if k == 1:
            return "AKIA" + self.alnum(16, string.ascii_uppercase + "234567")
        if k == 2:
            return "ghp_" + self.alnum(36)
        if k == 3:
            return self.hexs(32)
        if k == 4:
            return "xoxb-%s-%s-%s" % (self.d(11), self.d(13), self.alnum(24))
        return "SKL-" + "-".join(self.up(5) for _ in range(4))

    def jwt(self):
        def b64(s):
            return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
        head = b64('{"alg":"HS256","typ":"JWT"}')
        body = b64('{"sub":"%s","iat":%d}' % (self.d(8), 1700000000 + self.r.randint(0, 30000000)))
        return "%s.%s.%s" % (head, body, self.alnum(43, string.ascii_letters + string.digits + "-_"))

    def token(self):
        return self.ch([self.hexs(32), self.hexs(40), self.alnum(43, string.ascii_letters + string.digits + "-_")])

    def pin(self, n=None):
        return self.d(n or self.ch([4, 4, 6]))


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


def _js(g):
    return {"sep": ", ", "colon": ": "} if g.pct(0.5) else {"sep": ",", "colon": ":"}


def _ver(g):
    return "%d.%d.%d" % (g.r.randint(1, 9), g.r.randint(0, 30), g.r.randint(0, 99))


def _pid(g):
    return str(g.r.randint(300, 65000))


def _title(g, p, lang="en"):
    if lang == "de":
        return "Frau" if p.female else "Herr"
    if lang == "fr":
        return "Mme" if p.female else "M."
    return g.ch(["Mrs.", "Ms.", "Dr."]) if p.female else g.ch(["Mr.", "Dr."])


# ============================ English and European ==========================

@T  # syslog: SIM activation
def _t_activation(g):
    p = g.person()
    return [g.sys_ts(), " ", D(g.host("bss-act"), "hostname"), " simactd[", _pid(g),
            "]: activation ok msisdn=", S(g.phone(p.cc, "e164"), PH), " iccid=", D(g.iccid(p.cc), "iccid"),
            " imsi=", D(g.imsi(), "imsi"), ' customer="', S(p.full, PER), '" store=',
            D(g.store(), "store_id"), ' plan="', g.ch(_PLANS_EN), '"']


@T  # JSON camelCase: KYC with passport
def _t_kyc(g):
    p = g.person(pool=["en_GB", "en_US", "fr_FR", "de_DE", "ja_JP", "ko_KR", "en_IN", "pt_BR"])
    return J(("event", "kyc.verified"), ("ts", g.iso()), ("customerName", S(p.full, PER)),
             ("idType", "passport"), ("idNumber", S(g.passport(p.cc), PP)), ("nationality", p.cc),
             ("msisdn", S(g.phone(p.cc, "e164"), PH)), ("agentId", D("AG-%05d" % g.r.randint(1, 99999), "agent_id")),
             ("faceMatch", Raw("0.%02d" % g.r.randint(80, 99))), **_js(g))


@T  # audit line: SIM swap
def _t_simswap(g):
    agent, cust = g.person(pool=_ANGLO), g.person()
    return ["AUDIT ", g.iso(), " action=SIM_SWAP agent=", S(g.login(agent), PER), " subscriber=",
            S(g.phone(cust.cc, "e164"), PH), ' holder="', S(cust.full, PER), '" old_iccid=',
            D(g.iccid(cust.cc), "iccid"), " new_iccid=", D(g.iccid(cust.cc), "iccid"), " channel=",
            g.ch(["retail", "callcentre", "app"]), ' reason="',
            g.ch(["lost device", "damaged SIM", "stolen phone", "upgrade to eSIM"]), '" otp_verified=',
            g.ch(["true", "false"])]


@T  # eSIM transfer with LPA activation code
def _t_esim(g):
    p = g.person()
    mid = "-".join(g.up(5) for _ in range(4))
    smdp = g.ch(["smdp.skylink-mobile.com", "rsp.skylink.net", "sm-dp-plus.rsp-provider.com"])
    return [g.iso(), " INFO esim-transfer eid=", D(g.eid(), "eid"), " src_imei=", D(g.imei(), "imei"),
            " dst_imei=", D(g.imei(), "imei"), " activation_code=LPA:1$", D(smdp, "hostname"), "$",
            S(mid, CR), " notify=", S(g.email(p), EM), " status=",
            g.ch(["DOWNLOADED", "INSTALLED", "PENDING_CONFIRMATION"])]


@T  # US port-in request
def _t_portin(g):
    p = g.person("en_US")
    return ["PORT-IN req=", D(g.oid("PR-2024-", 6), "order_id"), " tn=", S(g.phone("US", "nat"), PH),
            ' losing_carrier="', D(g.ch(["Verizon Wireless", "AT&T Mobility", "T-Mobile US", "US Cellular"]), "company"),
            '" acct=', D(g.d(9), "account_no"), " pin=", S(g.pin(), CR), ' name="', S(p.full, PER),
            '" status=', g.ch(["SUBMITTED", "FOC_RECEIVED", "REJECTED_6C", "COMPLETE"])]


@T  # JSON PascalCase: port-out (Germany)
def _t_portout(g):
    p = g.person("de_DE")
    return J(("PortOutId", D(g.oid("PO", 10), "order_id")), ("Msisdn", S(g.phone("DE", "intl"), PH)),
             ("RecipientOperator", D(g.ch(["Telekom Deutschland", "Vodafone GmbH", "Telefónica Germany", "1&1"]), "company")),
             ("CustomerName", S(p.full, PER)), ("AuthCode", S(g.up(8), CR)), ("RequestedDate", g.date()),
             ("Status", g.ch(["ACCEPTED", "REJECTED", "PENDING"])), **_js(g))


@T  # key=value: prepaid top-up from the app
def _t_topup(g):
    p = g.person()
    return KV(("ts", g.iso()), ("event", "topup"), ("txn", D(g.oid("TP", 12), "txn_id")),
              ("msisdn", S(g.phone(p.cc, "e164"), PH)), ("amount", D(g.amount(), "amount")),
              ("voucher", D("****-****-" + g.d(4), "masked")), ("channel", g.ch(["app", "web", "ussd"])),
              ("client_ip", S(g.ip_client(), IP)), ("result", g.ch(["OK", "OK", "DECLINED"])))


@T  # card payment authorised
def _t_cardpay(g):
    p = g.person(pool=_ANGLO + ["fr_FR", "de_DE", "es_ES"])
    mm = "%02d/%02d" % (g.r.randint(1, 12), g.r.randint(25, 31))
    return [g.iso(), " [payment-gw] authorised card=", S(g.card(), CC), " exp=", mm, " amount=",
            D(g.amount(), "amount"), " msisdn=", S(g.phone(p.cc), PH), ' cardholder="',
            S(p.full.upper() if g.pct(0.4) else p.full, PER), '" auth_code=', D(g.up(6), "auth_code"),
            " 3ds=", g.ch(["Y", "N", "A"])]


@T  # CSV: postpaid invoice export
def _t_billcsv(g):
    p = g.person(pool=["en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL"])
    return [D(g.oid("INV-2024-", 7), "invoice_id"), ",", g.date(), ',"', S(p.full, PER), '",',
            S(g.email(p), EM), ",", S(g.iban(p.cc, spaced=False), IBAN), ",",
            D("%.2f" % (g.r.randint(999, 19999) / 100), "amount"), ",EUR,", g.ch(["DD", "DD", "CARD", "TRANSFER"]),
            ",", g.ch(["PAID", "DUE", "OVERDUE"])]


@T  # German SEPA direct-debit mandate
def _t_sepa(g):
    p = g.person("de_DE")
    return ["SEPA-Lastschrift: Mandat ", D("MD-" + g.d(9), "mandate_id"), " erteilt von ", S(p.full, PER),
            ", IBAN ", S(g.iban("DE"), IBAN), ", Gläubiger-ID ", D(g.creditor_id(), "creditor_id"),
            ", Betrag ", D(g.amount("EUR"), "amount"), ", Fälligkeit ", g.dt().strftime("%d.%m.%Y")]


@T  # roaming partner TAP3 record
def _t_tap(g):
    p = g.person(pool=["zh_CN", "en_US", "en_GB", "de_DE", "fr_FR", "ja_JP"])
    kind = g.ch(["MOC", "MTC", "GPRS", "SMS-MO"])
    out = ["TAP3 ", D(g.ch(["GBRVF", "FRAF1", "DEUD1", "ESPTE", "ITATM", "JPNDO", "KORSK", "TURTC"]), "tadig"),
           "->", D("CHNSK", "tadig"), " file=", D("CD" + g.up(10) + g.d(5), "file_id"), " rec=",
           str(g.r.randint(1, 9999)), " type=", kind, " imsi=", D(g.imsi(), "imsi"), " msisdn=",
           S(g.phone(p.cc, "digits"), PH)]
    if kind == "GPRS":
        out += [" apn=", g.ch(["internet", "cmnet", "skylink.roam"]), " vol=", str(g.r.randint(1, 900000)), "KB"]
    else:
        other = g.person()
        out += [" other=", S(g.phone(other.cc, "digits"), PH), " dur=", str(g.r.randint(3, 3600)), "s"]
    return out + [" charge=", D("SDR %.4f" % (g.r.randint(1, 90000) / 10000), "amount")]


@T  # roaming partner operations mail line
def _t_partner_mail(g):
    p = g.person(pool=["zh_CN", "en_US", "de_DE", "ko_KR", "ja_JP", "en_GB"])
    return ["Dear Partner, our customer ", S(g.phone(p.cc, "intl"), PH), " is unable to register on your network (",
            D(g.ch(_PARTNERS), "company"), ", PLMN ", D(g.ch(["23415", "20801", "26202", "21407", "44010", "45005"]), "plmn"),
            ") since ", g.iso(), ". Location update rejected with cause #", str(g.ch([11, 13, 15, 17])),
            ". Please reply to ", D(g.role("roaming-ops"), "role_mailbox"), " - Ref ", D(g.oid("IR-", 6), "ticket_id")]


@T  # roaming welcome SMS
def _t_welcome_sms(g):
    p = g.person()
    cur = g.ch(["EUR", "GBP", "USD"])
    return [g.sys_ts(), " smsc-out: to=", S(g.phone(p.cc, "e164"), PH), ' sender=SKYLINK text="Welcome to ',
            g.ch(["Spain", "France", "Italy", "the USA", "Japan", "Turkey", "Thailand", "Germany"]),
            "! Calls from ", D(g.amount(cur), "amount"), "/min, 1GB data pass ", D(g.amount(cur), "amount"),
            ". Customer care ", D(g.ch(["+44 333 700 1234", "+1 888 555 0142", "150", "+86 10086"]), "hotline"),
            ' (free)."']


@T  # CSV call-detail record
def _t_cdr_csv(g):
    t, a, b = g.dt(), g.person(), g.person()
    return [D(t.strftime("%Y%m%d%H%M%S"), "timestamp"), ",", g.ch(["MOC", "MTC", "FWD"]), ",",
            S(g.phone(a.cc, "digits"), PH), ",", S(g.phone(b.cc, "digits"), PH), ",", str(g.r.randint(0, 7200)),
            ",", D("460-00-%d-%d" % (g.r.randint(1000, 65000), g.r.randint(1, 255)), "cell_id"), ",",
            D(g.imei(), "imei"), ",", g.ch(["0", "16", "17", "31"])]


@T  # pipe CDR: SMS from a short code
def _t_cdr_sms(g):
    t = g.dt()
    return ["CDR|", g.ch(["MTSMS", "MOSMS"]), "|",
            D(g.ch(["10086", "10010", "95588", "106575", "1069012345", "60777", "88888"]), "short_code"), "|",
            S(g.cn_mobile("digits"), PH), "|", t.strftime("%Y%m%d%H%M%S"), "|", D(g.imsi("46000"), "imsi"), "|",
            D("+8613800" + g.d(3) + "500", "smsc"), "|", str(g.r.randint(1, 4)), "|0"]


@T  # radio access alarm, no personal data
def _t_enb_alarm(g):
    kind = g.ch(["eNodeB", "gNodeB"])
    return [g.iso(), " ALARM ", kind, "=", D(kind[0].upper() + "NB-" + g.d(6), "site_id"), " cell=",
            str(g.r.randint(1, 6)), " severity=", g.ch(["CRITICAL", "MAJOR", "MINOR"]), " code=",
            str(g.r.randint(25000, 29999)), ' text="',
            g.ch(["RF Unit VSWR Threshold Crossed", "Cell Unavailable", "S1 Interface Fault",
                  "Clock Reference Problem", "Board Temperature Too High", "X2 link down"]),
            '" oam=', D(g.ip_server(), "server_ip"), " ne_sw=",
            D("V100R0%02dC10SPC%03d" % (g.r.randint(10, 22), g.r.randint(100, 999)), "version")]


@T  # core network alarm, no personal data
def _t_core_alarm(g):
    return ["<", str(g.ch([130, 131, 132])), ">", g.sys_ts(), " ",
            D(g.host(g.ch(["mme", "amf", "smf", "upf", "hss", "pgw", "sbc"])), "hostname"), " alarmd[", _pid(g), "]: ",
            g.ch(["SCTP association down", "Diameter peer unreachable", "GTP-U path failure",
                  "N2 setup failure", "DRA overload"]),
            " peer=", D(g.ip_server(), "server_ip"), ":", str(g.ch([36412, 38412, 3868, 2152, 8805])), " realm=",
            D(g.ch(["epc.mnc000.mcc460.3gppnetwork.org", "ims.mnc015.mcc234.3gppnetwork.org",
                    "5gc.mnc001.mcc262.3gppnetwork.org"]), "hostname"),
            " count=", str(g.r.randint(1, 500))]


@T  # 5G SMF PDU session
def _t_smf(g):
    p = g.person(pool=["zh_CN", "zh_CN"] + _WORLD)
    ue = g.ip_cgnat() if g.pct(0.5) else g.ip_client(0.3)
    return [g.iso(), " smf[", _pid(g), "] PDU session established supi=imsi-", D(g.imsi(), "imsi"),
            " gpsi=msisdn-", S(g.phone(p.cc, "digits"), PH), " pdu_id=", str(g.r.randint(1, 15)), " dnn=",
            g.ch(["internet", "ims", "cmnet", "iot.skylink"]), " ue_ip=", S(ue, IP), " upf=",
            D(g.ip_server(), "server_ip"), " snssai=1-", D(g.hexs(6), "slice_id")]


@T  # broadband install work order
def _t_install_wo(g):
    eng, cust = g.person(pool=_ANGLO), g.person(pool=_ANGLO)
    return ["WO ", D(g.oid("WO-", 7), "order_id"), " | FTTH install | engineer: ", S(eng.full, PER), " (emp ",
            D(g.d(5), "staff_id"), ") | customer: ", S(cust.full, PER), " ", S(g.phone(cust.cc, "nat"), PH),
            " | ONT ", D(g.ont_sn(), "serial"), " | PPPoE pass ", S(g.password(), CR), " | slot ",
            g.ch(["AM", "PM"]), " ", g.date()]


@T  # free text typed by a field engineer
def _t_eng_note(g):
    eng, cust = g.person(pool=_ANGLO), g.person(pool=_ANGLO + ["en_IN"])
    return ["Note by field eng. ", S(eng.first, PER), ": customer ", S(_title(g, cust) + " " + cust.last, PER),
            " not home at ", str(g.r.randint(1, 5)), "pm, called ", S(g.phone(cust.cc, "nat"), PH),
            " no answer, left card. Router admin pw reset to '", S(g.password(), CR),
            "' at customer request. Ticket ", D(g.oid("INC", 7), "ticket_id"), " parked."]


@T  # US credit check for a postpaid contract
def _t_credit(g):
    p = g.person("en_US")
    return [g.iso(), ' credit-check applicant="', S(p.full, PER), '" ssn=', S(g.ssn(), SSN), " bureau=",
            D(g.ch(["Equifax", "Experian", "TransUnion"]), "company"), " score=", str(g.r.randint(480, 840)),
            " decision=", g.ch(["APPROVED", "DEPOSIT_REQUIRED", "DECLINED"]), " deposit=", D(g.amount("USD"), "amount")]


@T  # fraud: wangiri call-back alert
def _t_wangiri(g):
    p = g.person()
    fr = "+%s %s %s" % (g.ch(["882", "881", "269", "371", "222", "216", "225"]), g.d(3), g.d(g.ch([4, 5])))
    return [g.iso(), " FRAUD-ALERT rule=WANGIRI_CALLBACK origin=", S(fr, PH), " victims=", str(g.r.randint(20, 4000)),
            " sample_b=", S(g.phone(p.cc, "e164"), PH), " ring_ms=", str(g.r.randint(400, 3000)), " action=",
            g.ch(["BLOCK_PREFIX", "MONITOR"]), " case=", D(g.oid("FR-", 6), "case_id")]


@T  # combined access log: app login
def _t_access_login(g):
    p = g.person()
    return [S(g.ip_client(), IP), " - ", S(g.login(p), PER), " [", g.apache_ts(),
            '] "POST /api/v2/auth/login HTTP/1.1" ', g.ch(["200", "401", "429"]), " ", str(g.r.randint(200, 2000)),
            ' "-" "SkylinkApp/', D(_ver(g), "version"), " (",
            g.ch(["iPhone; iOS 17.4", "Android 14; SM-S918B", "Android 13; Pixel 7"]), ')"']


@T  # access log: password reset with e-mail in the query string
def _t_access_reset(g):
    p = g.person()
    e = g.email(p)
    if g.pct(0.6):
        e = e.replace("@", "%40")
    return [S(g.ip_client(), IP), " - - [", g.apache_ts(), '] "GET /selfcare/password/reset?email=', S(e, EM),
            "&lang=", g.ch(["en", "fr", "de", "zh-CN"]), ' HTTP/2.0" 302 0 "https://',
            D("my.skylink-mobile.com", "hostname"), '/login" "Mozilla/5.0"']


@T  # nginx error log
def _t_nginx(g):
    return [g.cn_ts().replace("-", "/"), " [error] ", str(g.r.randint(1000, 9999)), "#0: *",
            str(g.r.randint(1, 999999)),
            " upstream timed out (110: Connection timed out) while reading response header from upstream, client: ",
            S(g.ip_client(), IP), ", server: ", D("selfcare.skylink-mobile.com", "hostname"),
            ', request: "GET /api/v1/usage/current HTTP/1.1", upstream: "http://', D(g.ip_server(), "server_ip"),
            ':8080/api/v1/usage/current"']


@T  # Java stack trace with a mandate IBAN
def _t_java_iban(g):
    p = g.person(pool=["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB"])
    return [g.cn_ts(), ",", str(g.r.randint(100, 999)), " ERROR [billing-worker-", str(g.r.randint(1, 16)),
            "] c.s.billing.PaymentMapper - java.lang.IllegalStateException: mandate rejected for account ",
            D(g.oid("ACC", 9), "account_id"), " iban='", S(g.iban(p.cc), IBAN), "' holder='", S(p.full, PER),
            "' at com.skylink.billing.PaymentMapper.map(PaymentMapper.java:", str(g.r.randint(40, 400)), ")"]


@T  # Python traceback with a request dict
def _t_py_trace(g):
    p = g.person(pool=["fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB", "en_IN"])
    return ['ERROR ocs.topup: Traceback (most recent call last): File "/opt/ocs/topup/handler.py", line ',
            str(g.r.randint(20, 300)), ", in apply KeyError: 'bundle_id' while processing {'msisdn': '",
            S(g.phone(p.cc, "nat"), PH), "', 'pin': '", S(g.pin(), CR), "', 'amount': ", str(g.r.randint(5, 50)), "}"]


@T  # DB connection string in an error
def _t_dsn(g):
    return [g.iso(), " FATAL sqlalchemy.exc.OperationalError: could not connect to server: ",
            g.ch(["postgresql", "mysql+pymysql", "oracle+cx_oracle"]), "://",
            D(g.ch(["crm_app", "billing_rw", "svc-porting", "etl_cdr", "ocs"]), "service_account"), ":",
            S(g.password(url_safe=True), CR), "@", D(g.ip_server(), "server_ip"), ":",
            str(g.ch([5432, 3306, 1521])), "/", g.ch(["crm", "billing", "porting", "cdr"])]


@T  # partner API key printed at start-up
def _t_apikey(g):
    key = g.ch(["api_key=", "apiKey=", "X-Api-Key: ", "token="])
    return [g.sys_ts(), " ", D(g.host("roam-hub"), "hostname"), " partner-sync[", _pid(g), "]: loaded partner=",
            D(g.ch(["syniverse", "bics", "comfone", "tata-comms"]), "company"), " endpoint=https://",
            D(g.ch(["api.syniverse.com", "roaming-api.bics.com", "hub.comfone.com"]), "hostname"), "/v2 ", key,
            S(g.api_key(), CR), " timeout=30s"]


@T  # e-mail header of a billing dispute
def _t_mail_hdr(g):
    p = g.person()
    t = g.dt()
    return ['From: "', S(p.full, PER), '" <', S(g.email(p), EM), ">; To: ",
            D(g.role(g.ch(["billing", "support", "care"])), "role_mailbox"), "; Subject: Dispute on invoice ",
            D(g.oid("INV-2024-", 7), "invoice_id"), "; Date: ", t.strftime("%a, %d %b %Y %H:%M:%S +0000")]


@T  # Received header, no personal data
def _t_received(g):
    h = g.ch(["mail.partner-ops.co.uk", "smtp.bics.com", "mx2.roamhub.net", "out.syniverse.com"])
    t = g.dt()
    return ["Received: from ", D(h, "hostname"), " (", D(h, "hostname"), " [", D(g.ip_server(), "server_ip"),
            "]) by ", D("mx1.skylink-mobile.com", "hostname"), " with ESMTPS id ", D(g.up(12), "message_id"),
            "; ", t.strftime("%a, %d %b %Y %H:%M:%S +0000")]


@T  # payment webhook, snake_case JSON
def _t_webhook_pay(g):
    p = g.person()
    js = _js(g)
    return J(("id", D("evt_" + g.alnum(24), "event_id")), ("type", "charge.succeeded"),
             ("data", Obj(("customer_email", S(g.email(p), EM)), ("card_last4", D(g.d(4), "masked")),
                          ("amount", Raw(D(str(g.r.randint(500, 20000)), "amount"))),
                          ("currency", g.ch(["eur", "gbp", "usd"])), ("description", "Postpaid bill " + g.date()[:7]))),
             ("created", Raw(str(1704067200 + g.r.randint(0, 34000000)))), **js)


@T  # exported ticket CSV
def _t_ticket_csv(g):
    p = g.person()
    return [D(g.oid("TCK-", 6), "ticket_id"), ',"', g.date(), '","', g.ch(["Billing", "Roaming", "Network", "Porting"]),
            '","Customer ', S(p.full, PER), " (", S(g.email(p), EM), ", ", S(g.phone(p.cc), PH), ") says ",
            g.ch(["roaming charges in UK are wrong", "no signal at home since Monday", "number transfer is stuck",
                  "was charged twice for top-up"]), '","', g.ch(["open", "pending", "resolved"]), '"']


@T  # French retail store
def _t_fr_store(g):
    v, c = g.person("fr_FR"), g.person("fr_FR")
    return ["[boutique ", g.ch(["Lyon Part-Dieu", "Paris Opéra", "Lille Euralille", "Marseille Prado"]),
            "] Vendeur : ", S(v.full, PER), " - souscription forfait ",
            g.ch(["5G 100Go", "Série Free", "Box Fibre 2Gb/s", "2€ illimité"]), " pour ",
            S(_title(g, c, "fr") + " " + c.full, PER), ", tél. ", S(g.phone("FR", "nat"), PH),
            ", prélèvement sur ", S(g.iban("FR"), IBAN), ", 1re échéance ", D(g.amount("EUR"), "amount")]


@T  # German technician appointment
def _t_de_tech(g):
    c, t = g.person("de_DE"), g.person("de_DE")
    return ["Technikertermin bestätigt ", g.dt().strftime("%d.%m.%Y"), ": Kunde ", S(_title(g, c, "de") + " " + c.last, PER),
            ", Rufnummer ", S(g.phone("DE", "nat"), PH), ", Techniker ", S(t.full, PER), ", Servicefahrzeug ",
            S(g.plate("DE"), PLATE), ", Auftrag ", D(g.oid("AZ-", 8), "order_id")]


@T  # Spanish number portability
def _t_es_port(g):
    p = g.person("es_ES")
    name = p.full + (" " + _faker("es_ES").last_name() if g.pct(0.7) else "")
    return [g.cn_ts(), " PORTA solicitud ", D(g.oid("ES", 10), "order_id"), ": línea ", S(g.phone("ES"), PH),
            ", titular ", S(name, PER), ", operador donante ",
            D(g.ch(["Movistar", "Orange España", "Vodafone España", "MásMóvil", "Digi"]), "company"), ", ICC ",
            D(g.iccid(), "iccid"), ", estado ", g.ch(["ACEPTADA", "RECHAZADA (AREC EXIST)", "PENDIENTE"])]


@T  # Italian top-up
def _t_it_topup(g):
    p = g.person("it_IT")
    return [g.cn_ts(), " INFO ricarica OK: ", D(g.amount("EUR"), "amount"), " sul numero ", S(g.phone("IT"), PH),
            " effettuata da ", S(p.full, PER), " con carta ",
            D(g.ch(["**** ", "XXXX-XXXX-XXXX-"]) + g.d(4), "masked"), " (canale ",
            g.ch(["app", "tabaccheria", "sito"]), ")"]


@T  # Brazilian Portuguese ticket
def _t_br_ticket(g):
    p, a = g.person("pt_BR"), g.person("pt_BR")
    return ["Chamado #", D(g.d(8), "ticket_id"), " aberto - cliente ", S(p.full, PER), " ", S(g.phone("BR"), PH),
            " reclama de queda de sinal perto da ERB ", D("SP-" + g.d(4), "site_id"),
            "; e-mail para retorno ", S(g.email(p), EM), "; atendente ", S(a.first, PER)]


@T  # Dutch number porting
def _t_nl_port(g):
    p = g.person("nl_NL")
    return [g.iso(), " Nummerbehoud aanvraag ", D(g.oid("NB", 8), "order_id"), " voor ", S(g.phone("NL"), PH),
            " - klant ", S(p.first[0] + ". " + p.last, PER), ", klantnummer ", D(g.d(9), "customer_id"),
            ", overstapdatum ", g.date(), ", donor ", D(g.ch(["KPN", "Vodafone NL", "Odido", "Lebara"]), "company")]


@T  # Polish spam report
def _t_pl_spam(g):
    p = g.person("pl_PL")
    spam = g.ch(["+48 22 %s %s %s" % (g.d(3), g.d(2), g.d(2)), g.phone("PL")])
    return ["Zgłoszenie spamu ", D(g.oid("ZS/", 6), "report_id"), ": numer ", S(spam, PH),
            " dzwoni wielokrotnie (", str(g.r.randint(3, 40)), " razy), zgłaszający ", S(p.full, PER), ", tel. ",
            S(g.phone("PL"), PH), ", status: ", g.ch(["weryfikacja", "zablokowany", "odrzucone"])]


@T  # Turkish top-up SMS
def _t_tr_sms(g):
    p = g.person("tr_TR")
    return ["SMS ", S(g.phone("TR", "e164"), PH), ' <- "Sayın ', S(p.full, PER), ", hattınıza ",
            D(g.amount("TRY"), "amount"), " yükleme yapılmıştır. İşlem no: ", D(g.d(10), "txn_id"),
            ". Müşteri hizmetleri ", D("444 0 " + g.d(3), "hotline"), '"']


@T  # RADIUS accounting for broadband
def _t_radius(g):
    p = g.person()
    return [g.sys_ts(), " radiusd[", _pid(g), "]: Acct-Status-Type=", g.ch(["Start", "Stop", "Interim-Update"]),
            ' User-Name="', S(g.login(p), PER), g.ch(["", "@adsl", "@ftth"]), '" Framed-IP-Address=',
            S(g.ip_cgnat() if g.pct(0.4) else g.ip_client(0), IP), " Calling-Station-Id=", D(g.mac(), "mac"),
            " NAS-IP-Address=", D(g.ip_server(), "server_ip"), " Acct-Session-Id=",
            D(g.hexs(16, upper=True), "session_id"), " Acct-Input-Octets=", str(g.r.randint(0, 10 ** 9))]


@T  # DHCP lease on a broadband gateway
def _t_dhcp(g):
    out = [g.sys_ts(), " ", D(g.host("bng"), "hostname"), " dhcpd: DHCPACK on ", S(g.ip_client(0), IP), " to ",
           D(g.mac(), "mac"), " ("]
    if g.pct(0.35):
        p = g.person(pool=_ANGLO + ["fr_FR", "de_DE", "es_ES"])
        out += [S(p.lf.capitalize(), PER), g.ch(["s-iPhone", "s-Galaxy", "-PC", "s-MacBook-Air"])]
    else:
        out.append(g.ch(["HG8245H", "F670L", "Archer-C6", "ZXHN-H298A", "FRITZ-Box-7590"]))
    return out + [") via ", D(g.ip_server(), "server_ip")]


@T  # point-of-sale receipt
def _t_pos(g):
    staff = g.person(pool=_ANGLO)
    return [g.iso(), " POS store=", D(g.store(), "store_id"), " till=", str(g.r.randint(1, 8)), " sku=",
            g.ch(["IPH15-128-BLK", "SM-S928B-256", "PIXEL8-128", "ROUTER-AX3000", "SIM-PAYG-TRIO"]), " total=",
            D(g.amount(), "amount"), " tender=card pan=",
            D(g.ch([g.d(4) + " **** **** " + g.d(4), "************" + g.d(4), "XXXX" + g.d(4)]), "masked"),
            " staff=", S(g.login(staff), PER)]


@T  # store car-park validation
def _t_parking(g):
    cc = g.ch(["US", "GB"])
    p = g.person("en_US" if cc == "US" else "en_GB")
    return [g.iso(), " store-parking validation store=", D(g.store(), "store_id"), " plate=", S(g.plate(cc), PLATE),
            ' visitor="', S(p.full, PER), '" minutes=', str(g.r.randint(15, 120)), " validated_by=",
            S(g.login(g.person(pool=_ANGLO)), PER)]


@T  # system login of a service account, no personal data
def _t_desk_login(g):
    return [g.iso(), " AUTH ok user=", D(g.ch(_SERVICE_ACCTS), "service_account"), " host=",
            D("cc-desk-%03d" % g.r.randint(1, 400), "hostname"), " src=", D(g.ip_server(), "server_ip"),
            " method=", g.ch(["kerberos", "ssh-key", "password"]), " session=", D(g.hexs(8), "session_id")]


@T  # IVR call log
def _t_ivr(g):
    return [g.iso(), " ivr call_id=", D(g.hexs(12), "call_id"), " ani=", S(g.phone("US", "intl"), PH), " dnis=",
            D(g.ch(["1-800-555-0199", "1-888-759-3000", "611", "*611"]), "hotline"), " path=",
            g.ch(["1>3>2", "2>4", "1>1>9", "0"]), " auth=", g.ch(["PIN_OK", "PIN_FAIL", "SKIPPED"]), " queue=",
            g.ch(["billing", "tech", "retention"]), " wait=", str(g.r.randint(5, 900)), "s"]


@T  # one-time code SMS
def _t_otp(g):
    p = g.person()
    return [g.sys_ts(), " smsgw: MT to ", S(g.phone(p.cc, "intl"), PH), ' text="Skylink: ', S(g.d(6), CR),
            ' is your verification code. Never share it." status=DELIVRD msgid=', D(g.hexs(10), "message_id")]


@T  # kubelet restart, no personal data
def _t_k8s(g):
    svc = g.ch(["ocs-rating", "cdr-mediation", "porting-gw", "selfcare-api", "pcrf-adapter"])
    lo = string.ascii_lowercase + string.digits
    return [g.iso(), " kubelet: pod/", svc, "-", g.alnum(10, lo), "-", g.alnum(5, lo), " in ns ",
            g.ch(["bss-prod", "core", "selfcare"]), " restarted (OOMKilled, exit 137) image=",
            "registry.skylink.internal/", svc, ":", D(_ver(g), "version"), " node=", D(g.host("k8s-worker"), "hostname"),
            " podIP=", D(g.ip_server(), "server_ip")]


@T  # IDS: SIP brute force from an attacker
def _t_ids(g):
    return [g.iso(), " IDS alert sid=", str(g.r.randint(2000000, 2999999)), ' "SIP REGISTER brute force" src=',
            S(g.ip_client(0.1), IP), ":", str(g.r.randint(1024, 65535)), " dst=", D(g.ip_server(), "server_ip"),
            ":5060 (", D(g.host("sbc-edge"), "hostname"), ") ua=",
            g.ch(["friendly-scanner", "sipvicious", "VaxSIPUserAgent/3.1", "sipcli/v1.8"]), " attempts=",
            str(g.r.randint(50, 9000)), " action=blocked"]


@T  # IMS REGISTER over VoWiFi
def _t_sip(g):
    p = g.person(pool=["de_DE", "en_GB", "fr_FR", "nl_NL", "es_ES", "it_IT"])
    return [g.iso(), " ims-pcscf: REGISTER sip:", S(g.phone(p.cc, "e164"), PH), "@",
            D("ims.mnc0%02d.mcc%s.3gppnetwork.org" % (g.r.randint(1, 30), g.ch(["262", "234", "208", "204", "214", "222"])), "hostname"),
            " from ", S(g.ip_client(0.25), IP), ":", str(g.r.randint(1024, 65535)),
            " ua=Skylink-VoWiFi/", D(_ver(g), "version"), " expires=3600 result=", g.ch(["200 OK", "401 Unauthorized"])]


@T  # SIM-box fraud detection
def _t_simbox(g):
    return [g.iso(), " fms: SIMBOX_SUSPECT msisdn=", S(g.phone(g.ch(["GB", "NL", "DE", "FR", "PL"]), "e164"), PH),
            " imei=", D(g.imei(), "imei"), " imsi=", D(g.imsi(), "imsi"), " cells_24h=1 moc_24h=",
            str(g.r.randint(300, 2000)), " unique_b=", str(g.r.randint(200, 1900)), " score=0.",
            str(g.r.randint(70, 99)), " action=", g.ch(["BAR_OUTGOING", "REVIEW"])]


@T  # data-subject access request
def _t_dsar(g):
    p, dpo = g.person(pool=["en_GB", "de_DE", "fr_FR", "nl_NL", "it_IT", "pl_PL"]), g.person("en_GB")
    return [g.iso(), " privacy: DSAR ", D(g.oid("DSAR-", 5), "request_id"), " received from ", S(p.full, PER), " <",
            S(g.email(p), EM), "> via ", D(g.role("dpo"), "role_mailbox"), "; identity verified by ",
            S(g.login(dpo), PER), "; scope=", g.ch(["CDR 12 months", "location data", "all personal data"]),
            "; due ", g.date()]


@T  # ring-back tone with a famous artist
def _t_ringback(g):
    song, artist = g.ch(_FAMOUS_EN)
    p = g.person()
    return [g.iso(), " vas: ringback_tone subscribed msisdn=", S(g.phone(p.cc, "e164"), PH), ' tone="', song, " - ",
            D(artist, "public_figure"), '" price=', D(g.ch(["$1.99", "£0.99", "€1.49", "$0.99"]), "amount"),
            "/month renew=auto"]


@T  # SMS campaign statistics, no personal data
def _t_campaign(g):
    sent = g.r.randint(10000, 900000)
    return [g.iso(), " campaign=", D(g.ch(["SPRING24_ROAM", "BF_FIBRE", "5G_UPSELL_Q3", "WINBACK_PAYG"]), "campaign_id"),
            " sent=", str(sent), " delivered=", str(sent - g.r.randint(0, 5000)), " sender_id=SKYLINK optout_kw=STOP reply_to=",
            D(g.role("noreply"), "role_mailbox"), " cost=", D(g.amount(), "amount")]


@T  # CDR archive backup, no personal data
def _t_backup(g):
    t = g.dt()
    return [g.cn_ts(t), " backup ok file=/backup/cdr/cdr_", t.strftime("%Y%m%d"), ".tar.zst sha256=",
            D(g.sha256(), "hash"), " size=", str(g.r.randint(10 ** 8, 10 ** 11)), " dest=s3://skylink-cdr-archive/ user=",
            D(g.ch(["svc-backup", "etl_cdr", "root"]), "service_account")]


@T  # bank refund
def _t_refund(g):
    p = g.person(pool=["en_GB", "en_GB", "en_GB", "en_IN", "pl_PL"])
    cc = "PL" if p.loc == "pl_PL" else "GB"
    return [g.iso(), " refund ", D(g.oid("REF-", 8), "refund_id"), " approved amount=", D(g.amount("GBP"), "amount"),
            ' beneficiary="', S(p.full, PER), '" iban=', S(g.iban(cc), IBAN), " bic=",
            D(g.ch(["NWBKGB2L", "BARCGB22", "LOYDGB21", "BPKOPLPW"]), "bic"), " approver=",
            S(g.login(g.person(pool=_ANGLO)), PER)]


@T  # Hong Kong airport tourist SIM (English)
def _t_tourist(g):
    p = g.person(pool=["en_US", "en_GB", "ja_JP", "ko_KR", "de_DE", "fr_FR", "en_IN", "vi_VN"])
    return ["[HKG T1 kiosk] tourist SIM sold ", g.iso(), " msisdn ", S(g.phone("HK", "intl"), PH), " holder ",
            S(p.full, PER), " passport ", S(g.passport(p.cc), PP), " (", p.cc, ") pack=",
            g.ch(["Tourist 8-day 50GB", "Asia 15-day", "HK 5-day Unlimited"]), " paid ", D(g.amount("HKD"), "amount")]


@T  # JSON customer record, random key style
def _t_json_customer(g):
    style = g.ch(["snake", "camel", "pascal", "dotted", "kebab", "upper"])
    p = g.person()
    fields = [(["customer", "id"], D(g.oid("C", 8), "customer_id")), (["full", "name"], S(p.full, PER)),
              (["email"], S(g.email(p), EM)), (["contact", "phone"], S(g.phone(p.cc), PH)),
              (["last", "login", "ip"], S(g.ip_client(), IP)), (["plan"], g.ch(_PLANS_EN)),
              (["balance"], Raw(D("%.2f" % (g.r.randint(0, 20000) / 100), "amount"))),
              (["created", "at"], g.iso())]
    g.r.shuffle(fields)
    keep = fields[:g.r.randint(4, len(fields))]
    return J(*[(_key(w, style), v) for w, v in keep], **_js(g))


@T  # roaming partner IR.21 notice, no personal data
def _t_ir21(g):
    return ["[", D(g.ch(_PARTNERS), "company"), "] IR.21 update: new HLR global title ",
            D("+" + g.ch(["4477", "3367", "4917", "3460", "8190"]) + g.d(8), "global_title"), " effective ", g.date(),
            ", Diameter realm ", D("epc.mnc0%02d.mcc%s.3gppnetwork.org" % (g.r.randint(1, 30), g.ch(["234", "208", "262", "440"])), "hostname"),
            ". Contact ", D(g.role("roaming-ops"), "role_mailbox")]


@T  # chat transcript: customer pastes a password
def _t_chat(g):
    p, a = g.person(pool=_ANGLO), g.person(pool=_ANGLO)
    return ["chat ", D(g.oid("CH", 8), "chat_id"), " ", g.iso(), " customer(", S(p.first, PER),
            "): hi my app login is ", S(g.email(p), EM), " and password ", S(g.password(), CR),
            " but it keeps saying locked | agent(", S(a.first, PER),
            "): please never share your password here, I have reset your account"]


@T  # roaming partner NRTRDE high-usage alert
def _t_nrtrde(g):
    p = g.person(pool=["zh_CN", "en_GB", "de_DE", "fr_FR"])
    prem = "+" + g.ch(["881", "882", "269", "371", "239"]) + g.d(8)
    return ["NRTRDE HUR alert from ", D(g.ch(_PARTNERS), "company"), ": IMSI ", D(g.imsi(), "imsi"), " MSISDN ",
            S(g.phone(p.cc, "e164"), PH), " SDR ", D("%.2f" % (g.r.randint(5000, 900000) / 100), "amount"),
            " in 4h, top B-number ", S(prem, PH), " (", str(g.r.randint(5, 400)), " calls). Please confirm barring by ",
            g.iso()]


@T  # audit trail, dotted JSON keys
def _t_audit_dotted(g):
    a, c = g.person(pool=_ANGLO), g.person()
    action = g.ch(["msisdn.change", "puk.view", "plan.change", "sim.suspend"])
    pairs = [("@timestamp", g.iso()), ("event.action", action), ("actor.login", S(g.login(a), PER)),
             ("actor.host", D("cc-desk-%03d" % g.r.randint(1, 400), "hostname")),
             ("target.msisdn", S(g.phone(c.cc, "e164"), PH)), ("target.name", S(c.full, PER))]
    if action == "puk.view":
        pairs.append(("target.puk", S(g.d(8), CR)))
    pairs.append(("event.outcome", "success"))
    return J(*pairs, **_js(g))


@T  # porting batch summary, no personal data
def _t_port_batch(g):
    return [g.iso(), " porting-batch window=02:00 ported_in=", str(g.r.randint(100, 5000)), " ported_out=",
            str(g.r.randint(100, 5000)), " rejected=", str(g.r.randint(0, 90)), " npdb_sync=OK host=",
            D(g.host("npdb"), "hostname"), " file=", D("NP_%s_%s.csv" % (g.dt().strftime("%Y%m%d"), g.d(4)), "file_id"),
            " md5=", D(g.hexs(32), "hash")]


# ================================ Chinese ===================================

def _cn_staff(g):
    return g.ch("AEGKS") + g.d(5)


def _sir(p):
    return "女士" if p.female else "先生"


@T  # 实名登记
def _c_realname(g):
    p = g.person("zh_CN")
    return [g.cn_ts(), " [实名制] 登记成功 姓名=", S(p.full, PER), " 证件类型=居民身份证 证件号=", S(g.cnid(), CNID),
            " 手机号=", S(g.cn_mobile(), PH), " 营业厅=", g.ch(_CN_CITIES), g.ch(_CN_DIST), "营业厅 工号=",
            D(_cn_staff(g), "staff_id")]


@T  # JSON 中文键: 开户
def _c_json_open(g):
    p = g.person("zh_CN")
    return J(("业务类型", "新装开户"), ("客户姓名", S(p.full, PER)), ("身份证号", S(g.cnid(), CNID)),
             ("联系电话", S(g.cn_mobile(), PH)), ("套餐", g.ch(_PLANS_ZH)), ("月费", D(g.amount("CNY"), "amount")),
             ("受理渠道", g.ch(["线上商城", "营业厅", "社会渠道"])), ("订单号", D(g.oid("SO", 14), "order_id")), **_js(g))


@T  # 补换卡
def _c_simswap(g):
    p = g.person("zh_CN")
    return [g.cn_ts(), " [补换卡] 营业员(工号", D(_cn_staff(g), "staff_id"), ")为", S(p.last, PER), _sir(p),
            "办理补卡，号码", D(g.masked_cn(), "masked"), "，原ICCID ", D(g.iccid(), "iccid"), " 新ICCID ",
            D(g.iccid(), "iccid"), "，人证比对", g.ch(["通过", "通过", "人工复核"])]


@T  # 携号转网申请
def _c_mnp(g):
    p = g.person("zh_CN")
    return ["携号转网申请 ", D(g.oid("XZ", 12), "order_id"), " 号码:", S(g.cn_mobile(), PH), " 机主:", S(p.full, PER),
            " 携转授权码:", S(g.up(6), CR), " 携出方:", D(g.ch(_CN_OPS), "company"), " 携入方:",
            D(g.ch(_CN_OPS), "company"), " 状态:", g.ch(["校验通过", "携出资格校验失败(存在合约)", "已生效"])]


@T  # 充值
def _c_topup(g):
    return [g.cn_ts(), " INFO 充值成功 用户", S(g.cn_mobile("nat"), PH), " 充值金额", D(g.amount("CNY"), "amount"),
            " 支付方式:", g.ch(["微信支付", "支付宝", "云闪付", "银行卡"]), " 订单号", D(g.d(18), "order_id"),
            " 账户余额", D("%.2f" % (g.r.randint(0, 50000) / 100), "amount")]


@T  # 月结账单 银联代扣
def _c_bill(g):
    p = g.person("zh_CN")
    return ["月结账单 账期", g.dt().strftime("%Y%m"), " 客户", S(p.full, PER), " 应缴", D(g.amount("CNY"), "amount"),
            " 代扣银行卡", S(g.card("unionpay"), CC), " 扣款结果:", g.ch(["成功", "余额不足", "卡状态异常"])]


@T  # 国际漫游开通
def _c_roam(g):
    p = g.person("zh_CN")
    return [g.cn_ts(), " 国际漫游开通：用户", S(p.full, PER), "(", S(g.cn_mobile("intl"), PH), ")前往",
            g.ch(["日本", "韩国", "泰国", "美国", "英国", "法国", "新加坡", "澳大利亚"]), "，已订购",
            g.ch(["日套餐", "7天流量包", "多国通用包"]), D(g.amount("CNY"), "amount"), "，当地运营商",
            D(g.ch(_PARTNERS), "company")]


@T  # 话单 CSV
def _c_cdr(g):
    t = g.dt()
    return [D(g.cn_ts(t), "timestamp"), ",", g.ch(["主叫", "被叫", "呼转"]), ",", S(g.cn_mobile("nat"), PH), ",",
            S(g.phone(g.ch(["CN", "CN", "CN", "CNL", "HK", "US"]), "nat"), PH), ",",
            g.ch(["本地", "省内漫游", "国内漫游", "国际漫游"]), ",", str(g.r.randint(1, 5400)), ",",
            D("460-01-%d-%d" % (g.r.randint(1000, 65000), g.r.randint(1, 255)), "cell_id"), ",",
            D(g.imsi("46001"), "imsi")]


@T  # 基站告警，无个人信息
def _c_bts_alarm(g):
    site = (g.ch(_CN_CITIES) + g.ch(_CN_DIST) + g.ch(["科技园", "万达广场", "高铁站", "大学城", "工业园"]) + "_" +
            g.ch(["HL", "D", "F", "NR"]))
    return ["【告警】", g.cn_ts(), " 基站 ", D(site, "site_id"), " 小区", str(g.r.randint(1, 6)), " ",
            g.ch(["小区退服", "射频单元驻波比异常", "传输链路中断", "市电停电", "GPS失锁"]), " 级别:",
            g.ch(["紧急", "重要", "次要"]), " 网管IP ", D(g.ip_server(), "server_ip"), " 派单至",
            g.ch(["代维组", "无线优化组", "传输组"])]


@T  # 核心网告警，无个人信息
def _c_core(g):
    ne = "%s-%s-%02d" % (g.ch(["AMF", "SMF", "UPF", "MME", "HSS", "UDM", "PCF"]), g.ch(["GD", "BJ", "SH", "ZJ"]),
                         g.r.randint(1, 20))
    return ["[核心网] ", g.cn_ts(), " 网元 ", D(ne, "hostname"), " 与对端 ", D(g.ip_server(), "server_ip"), " 的",
            g.ch(["N11", "N4", "S6a", "Gx", "SCTP"]), "链路中断，影响用户数约", str(g.r.randint(100, 90000)),
            "，版本 ", D(_ver(g), "version")]


@T  # 装维工单
def _c_install(g):
    eng, cust = g.person("zh_CN"), g.person("zh_CN")
    pw = g.ch([g.pin(6), g.password()])
    return ["装维工单", D(g.oid("ZW", 10), "order_id"), "：装维", S(eng.last, PER), "师傅 手机", S(g.cn_mobile(), PH),
            "，用户", S(cust.full, PER), " 联系电话", S(g.phone(g.ch(["CN", "CN", "CNL"]), "nat"), PH),
            "，光猫SN ", D(g.ont_sn(), "serial"), "，宽带账号", D(g.ch(["0755", "020", "010"]) + g.d(8), "account_no"),
            " 初始密码", S(pw, CR), "，预约", g.date(), g.ch(["上午", "下午"])]


@T  # 营业员备注，车牌
def _c_store_note(g):
    p, clerk = g.person("zh_CN"), g.person("zh_CN")
    return ["营业员备注：客户", S(p.last, PER), _sir(p), "来厅办理副卡及", g.ch(["宽带续费", "合约机", "号码过户"]),
            "，车牌", S(g.plate("CN"), PLATE), "已登记停车券，", g.ch(["已电话回访", "待店长审批", "资料已扫描归档"]),
            "。经办：", S(clerk.full, PER)]


@T  # 繁體 客服紀錄（台灣）
def _c_tw_cs(g):
    p, agent = g.person("zh_TW"), g.person("zh_TW")
    return ["客服紀錄 ", g.cn_ts().replace("-", "/"), "：用戶", S(p.full, PER), "（", S(g.phone("TW"), PH), "）反映",
            g.ch(["帳單金額有誤", "國際漫遊費用過高", "網路訊號不穩", "門號移轉未完成"]), "，已",
            g.ch(["退款", "折抵"]), D(g.amount("TWD"), "amount"), "，處理人員 ", S(agent.full, PER)]


@T  # 诈骗电话举报
def _c_fraud(g):
    sus = g.ch([g.cn_mobile(), "+%s %s %s %s" % (g.ch(["855", "95", "63", "60"]), g.d(3), g.d(3), g.d(3)),
                "170" + g.d(8)])
    return [g.cn_ts(), " 诈骗电话举报：举报人", S(g.cn_mobile(), PH), "，被举报号码", S(sus, PH), "，对方冒充",
            g.ch(["公安局", "客服退款", "快递理赔", "银行信用卡中心"]), "，", g.ch(["已关停", "已加入拦截库", "核查中"]),
            "，工单", D(g.oid("JB", 10), "ticket_id")]


@T  # 彩铃订购，明星为话题
def _c_ringback(g):
    song, artist = g.ch(_FAMOUS_ZH)
    return [g.cn_ts(), " 彩铃订购 用户", S(g.cn_mobile("nat"), PH), " 歌曲《", song, "》-", D(artist, "public_figure"),
            " 资费", D(g.ch(["5元/月", "3元/首", "2.00元"]), "amount"), " 渠道 ", g.ch(["短信", "APP", "IVR"])]


@T  # 短信模板审核，名人名言，无个人信息
def _c_sms_tpl(g):
    q, who = g.ch([("时间就像海绵里的水，只要愿挤，总还是有的", "鲁迅"), ("读书破万卷，下笔如有神", "杜甫"),
                   ("天生我材必有用", "李白"), ("知之为知之，不知为不知", "孔子")])
    return ["短信模板审核 模板ID ", D(g.oid("TPL", 6), "template_id"), "：「", q, "——", D(who, "public_figure"), "」",
            D("星联通信", "company"), "祝您", g.ch(["开学快乐", "读书日快乐", "新春快乐"]), "，退订回T。状态:",
            g.ch(["通过", "驳回"]), " 发送量 ", str(g.r.randint(1000, 900000))]


@T  # 坐席登录
def _c_agent_login(g):
    p = g.person("zh_CN")
    return [g.cn_ts(), " [坐席系统] 坐席 ", S(g.login(p), PER), " 登录成功 工位 ",
            D("CC-%s-%03d" % (g.ch(["SZ", "GZ", "CD"]), g.r.randint(1, 500)), "hostname"), " IP ",
            D(g.ip_server(), "server_ip"), " 技能组 ", g.ch(["话费查询", "携号转网", "投诉处理", "宽带报障"])]


@T  # APP 登录 JSON
def _c_app_login(g):
    return J(("userId", D(g.oid("U", 10), "user_id")), ("phone", S(g.cn_mobile("nat"), PH)),
             ("loginIp", S(g.ip_client(0.3), IP)), ("loginType", g.ch(["短信验证码", "一键登录", "密码"])),
             ("device", g.ch(["iPhone15,2", "HUAWEI Mate 60", "Xiaomi 14", "OPPO Find X7"])),
             ("appVersion", D(_ver(g), "version")), ("登录时间", g.cn_ts()), **_js(g))


@T  # 支付回调，脱敏账号，无个人信息
def _c_pay_cb(g):
    return [g.cn_ts(), " 支付回调 ",
            J(("out_trade_no", D(g.dt().strftime("%Y%m%d") + g.d(12), "order_id")),
              ("trade_no", D(g.dt().strftime("%Y%m%d") + "2200" + g.d(16), "txn_id")),
              ("buyer_logon_id", D(g.masked_cn(), "masked")),
              ("total_amount", D("%.2f" % (g.r.randint(1000, 30000) / 100), "amount")),
              ("trade_status", "TRADE_SUCCESS"), **_js(g))]


@T  # 实名核验接口异常堆栈
def _c_trace(g):
    p = g.person("zh_CN")
    return [g.cn_ts(), " ERROR [realname-check-", str(g.r.randint(1, 32)),
            "] com.xinglian.kyc.PoliceGatewayClient - 调用公安实名核验接口超时 idNo=", S(g.cnid(), CNID), " name=",
            S(p.full, PER), " retry=", str(g.r.randint(1, 3)),
            " at com.xinglian.kyc.PoliceGatewayClient.verify(PoliceGatewayClient.java:", str(g.r.randint(40, 300)), ")"]


@T  # 繁體 eSIM 手錶開通
def _c_esim_watch(g):
    p = g.person("zh_TW")
    return [g.cn_ts(), " eSIM手錶開通 主號 ", S(g.phone("TW"), PH), " 用戶 ", S(p.full, PER), " EID ",
            D(g.eid(), "eid"), " 裝置 ", g.ch(["Apple Watch S9", "Galaxy Watch6", "華為 Watch 4"]), " 結果:",
            g.ch(["成功", "失敗(EID不符)", "待驗證"])]


@T  # 宽带拨号认证失败
def _c_pppoe_fail(g):
    p = g.person("zh_CN")
    login = p.ll + p.lf + g.ch(["", "", g.d(4), str(g.r.randint(1970, 2005))])
    return [g.cn_ts(), " 宽带拨号认证失败 账号 ", S(login, PER), g.ch(["", "@adsl"]), " 原因:",
            g.ch(["密码错误", "账号欠费停机", "MAC绑定不符", "并发超限"]), " 次数", str(g.r.randint(1, 9)),
            " BRAS ", D(g.ip_server(), "server_ip"), " 端口 eth-trunk", str(g.r.randint(1, 9)), ".",
            str(g.r.randint(100, 4000))]


@T  # 流量提醒短信
def _c_sms_usage(g):
    p = g.person("zh_CN")
    return ["短信下发 ", S(g.cn_mobile("nat"), PH), "：【", D("星联通信", "company"), "】尊敬的", S(p.last, PER), _sir(p),
            "，您本月已使用流量", str(g.r.randint(5, 80)), "GB，超出部分按", D(g.ch(["3元/GB", "5元/GB"]), "amount"),
            "计费。办理流量包请回复LLB，客服热线", D(g.ch(["10086", "10010", "10000", "10099"]), "short_code"), "。"]


@T  # 大客户经理邮件头
def _c_mail_hdr(g):
    p = g.person("zh_CN")
    return ["发件人: ", S(p.last, PER), g.ch(["经理", "总监", "主管"]), " <", S(g.staff_email(p), EM), ">; 收件人: ",
            D(g.role(g.ch(["care", "billing", "support"])), "role_mailbox"), "; 主题: 关于",
            D(g.ch(["腾讯科技有限公司", "顺丰速运集团", "比亚迪股份有限公司", "美团"]), "company"), "专线续约报价"]


_NAT_ZH = {"US": "美国", "GB": "英国", "KR": "韩国", "JP": "日本", "RU": "俄罗斯", "FR": "法国", "DE": "德国"}


@T  # 外籍用户开户 护照
def _c_foreigner(g):
    p = g.person(pool=["en_US", "en_GB", "ko_KR", "ja_JP", "ru_RU", "fr_FR", "de_DE"])
    name = p.full if p.loc in ("en_US", "en_GB", "fr_FR", "de_DE") or g.pct(0.5) else (p.ll + " " + p.lf).upper()
    return [g.cn_ts(), " 外籍用户开户 姓名:", S(name, PER), " 国籍:", _NAT_ZH[p.cc], " 护照号:", S(g.passport(p.cc), PP),
            " 手机号:", S(g.cn_mobile(), PH), " 居留有效期至", g.date()]


@T  # 繁體 門市申辦
def _c_tw_store(g):
    p = g.person("zh_TW")
    return ["門市 ", g.ch(["台北信義店", "台中逢甲店", "高雄巨蛋店", "新竹站前店"]), " 客戶 ", S(p.full, PER), " 申辦",
            g.ch(["5G 1399 吃到飽", "4G 599 方案", "光世代 500M"]), "，電子帳單寄送 ", S(g.email(p), EM),
            "，聯絡電話 ", S(g.phone("TW"), PH), "，專案價 ", D(g.amount("TWD"), "amount")]


@T  # 装维车辆调度
def _c_vehicle(g):
    p = g.person("zh_CN")
    return [g.cn_ts(), " 车辆调度：装维车辆 ", S(g.plate("CN"), PLATE), " 出车，驾驶员 ", S(p.full, PER), "，任务 ",
            D(g.oid("PC", 8), "order_id"), " ", g.ch(_CN_CITIES), g.ch(_CN_DIST), "光缆抢修，里程",
            str(g.r.randint(3, 180)), "km"]


@T  # 合约机分期 信用卡
def _c_installment(g):
    p = g.person("zh_CN")
    return ["合约机分期 订单", D(g.oid("HY", 12), "order_id"), " 机型",
            g.ch(["iPhone 15 Pro Max 256G", "华为Mate 60 Pro", "小米14 Ultra"]), " 分", g.ch(["12", "24"]), "期 信用卡",
            S(g.card(g.ch(["unionpay", "visa", "mc"])), CC), " 持卡人", S(p.full, PER), " 预留手机",
            S(g.cn_mobile(), PH), " 首期", D(g.amount("CNY"), "amount")]


@T  # 反诈黑名单同步，无个人信息
def _c_blacklist(g):
    return [g.cn_ts(), " [反诈平台] 黑名单同步完成 新增号码", str(g.r.randint(10, 9000)), "条 删除",
            str(g.r.randint(0, 900)), "条 重点号段 ", D(g.ch(["170", "171", "165", "167"]) + "x", "number_range"),
            " 耗时", "%.1f" % (g.r.randint(5, 300) / 10), "s 来源 ", g.ch(["工信部诈骗电话库", "公安反诈中心", "内部模型"])]


@T  # 批量开卡 CSV，无个人信息
def _c_batch_csv(g):
    return [D(g.oid("B2024", 4), "batch_id"), ",", D(g.iccid(), "iccid"), ",", D(g.imsi("46000"), "imsi"), ",",
            g.ch(["待激活", "已激活", "已作废"]), ",", g.ch(_CN_CITIES), "分公司,", g.ch(["5G畅享卡", "物联网卡", "大王卡"])]


@T  # 携转验证码短信
def _c_mnp_sms(g):
    return [g.cn_ts(), " SMS下发 ", S(g.cn_mobile("intl"), PH), "：【携号转网】您正在办理携号转网，验证码", S(g.d(6), CR),
            "，5分钟内有效，请勿泄露。如非本人操作请致电", D(g.ch(["10086", "10010", "10000"]), "short_code"), "。"]


# --------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------
def _check(text, spans, decoys, values):
    assert "\n" not in text and "\r" not in text, text
    for (s, e, lab), v in zip(spans + decoys, values):
        assert 0 <= s < e <= len(text) and text[s:e] == v, (text, s, e, v)
    for s, e, lab in spans:
        assert lab in TYPES, lab
        v = text[s:e]
        digits = "".join(c for c in v if c.isdigit())
        if lab == CC:
            assert _luhn_ok(digits), v
        elif lab == IBAN:
            assert _iban_ok(v.replace(" ", "")), v
        elif lab == CNID:
            assert len(v) == 18 and _cnid_check(v[:17]) == v[17], v
        elif lab == SSN:
            assert len(digits) == 9 and digits[:3] not in ("000", "666") and digits[3:5] != "00", v
    for s, e, lab in decoys:
        assert lab and lab == lab.lower() and " " not in lab, lab
    iv = sorted((s, e) for s, e, _ in spans + decoys)
    for (s1, e1), (s2, e2) in zip(iv, iv[1:]):
        assert e1 <= s2, ("overlap", text, (s1, e1), (s2, e2))


def blind_log42(n: int, seed: int = 0) -> list:
    g = _Gen(seed)
    k = len(TEMPLATES)
    out = []
    for _ in range(n):
        ti = g.r.randrange(k)
        parts = _flatten(TEMPLATES[ti](g), [])
        values = [p[0] for p in parts if not isinstance(p, str) and p[2] == "s"] + \
                 [p[0] for p in parts if not isinstance(p, str) and p[2] == "d"]
        text, spans, decoys = _assemble(parts)
        _check(text, spans, decoys, values)
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": ti})
    return out


if __name__ == "__main__":
    import collections
    import sys
    import time

    t0 = time.time()
    rows = blind_log42(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    c = collections.Counter(lab for r in rows for _, _, lab in r["spans"])
    print(len(TEMPLATES), "templates,", len(rows), "lines in %.2fs" % (time.time() - t0))
    for typ in TYPES:
        print("%-16s %d" % (typ, c[typ]))
    print("lines without spans:", sum(1 for r in rows if not r["spans"]))
