"""Blind benchmark 46: synthetic log lines of a food-delivery and ride-hailing app.

Written independently of the redactor.  ``blind_log46(n, seed)`` returns ``n``
deterministic log lines, each a dict::

    {"text": str, "spans": [[start, end, TYPE], ...],
     "decoys": [[start, end, kind], ...], "template": int}

``spans`` hold every personal value planted in the line; ``decoys`` hold
non-personal values that look like personal ones and must survive redaction.
Only the standard library and Faker are used.
"""

import datetime as _dt
import json
import random
import string
import unicodedata

from faker import Faker

TYPES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
    "LICENSE_PLATE",
})

LOC_OF = {
    "US": "en_US", "GB": "en_GB", "IN": "en_IN", "CN": "zh_CN", "TW": "zh_TW",
    "FR": "fr_FR", "DE": "de_DE", "ES": "es_ES", "MX": "es_MX", "BR": "pt_BR",
    "JP": "ja_JP", "KR": "ko_KR", "RU": "ru_RU", "IT": "it_IT", "NL": "nl_NL",
    "PL": "pl_PL", "TR": "tr_TR", "VN": "vi_VN",
}
COUNTRIES = list(LOC_OF)
EU_IBAN = ["DE", "FR", "ES", "NL", "GB", "IT", "PL", "TR"]

_FAKERS = {}


def _fakers():
    if not _FAKERS:
        for cc, loc in LOC_OF.items():
            _FAKERS[cc] = Faker(loc)
    return _FAKERS


# ---------------------------------------------------------------------------
# line assembly
# ---------------------------------------------------------------------------

class N(tuple):
    """A tagged value written unquoted inside JSON (numbers)."""


class O(list):
    """Nested JSON object: list of (key, value)."""


class A(list):
    """JSON array of values."""


def _flat(parts, out):
    for p in parts:
        if isinstance(p, list):
            _flat(p, out)
        else:
            out.append(p)
    return out


def _assemble(parts):
    buf, spans, decoys, vals, pos = [], [], [], [], 0
    for p in _flat(parts, []):
        if isinstance(p, tuple):
            val, lab = p[0], p[1]
            assert isinstance(val, str) and val, p
            buf.append(val)
            rec = [pos, pos + len(val), lab]
            vals.append((pos, pos + len(val), val))
            if lab in TYPES:
                spans.append(rec)
            else:
                assert lab == lab.lower(), lab
                decoys.append(rec)
            pos += len(val)
        else:
            assert isinstance(p, str), p
            buf.append(p)
            pos += len(p)
    text = "".join(buf)
    for s, e, val in vals:
        assert text[s:e] == val, (text, s, e, val)
    return text, spans, decoys


def _jv(v, sep, colon):
    if isinstance(v, N):
        return [tuple(v)]
    if isinstance(v, tuple):
        assert json.dumps(v[0], ensure_ascii=False)[1:-1] == v[0], v
        return ['"', v, '"']
    if isinstance(v, O):
        return js(v, sep, colon)
    if isinstance(v, A):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(sep)
            out.append(_jv(x, sep, colon))
        out.append("]")
        return out
    if v is None:
        return ["null"]
    if v is True:
        return ["true"]
    if v is False:
        return ["false"]
    if isinstance(v, (int, float)):
        return [str(v)]
    return [json.dumps(v, ensure_ascii=False)]


def js(pairs, sep=", ", colon=": "):
    out = ["{"]
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(json.dumps(k, ensure_ascii=False) + colon)
        out.append(_jv(v, sep, colon))
    out.append("}")
    return out


def kv(pairs, sep=" ", eq="=", q='"'):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(sep)
        out.append(k + eq)
        if isinstance(v, list):
            out.append(v)
            continue
        val = v[0] if isinstance(v, tuple) else str(v)
        need = bool(q) and (" " in val or val == "")
        if need:
            out.append(q)
        out.append(v if isinstance(v, tuple) else val)
        if need:
            out.append(q)
    return out


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

_RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                   "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                   "yu", "ya"]))
_KO_SUR = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin"]
_KO_GIV = ["minjun", "seoyeon", "jiho", "hayun", "doyun", "jiwoo", "sumin", "yejin", "hyunwoo", "eunji"]


def _asc(s):
    s = s.lower()
    if any("\u0400" <= c <= "\u04ff" for c in s):
        s = "".join(_RU_TR.get(c, c) for c in s)
    for a, b in (("đ", "d"), ("ß", "ss"), ("ł", "l"), ("ı", "i"), ("ø", "o"), ("æ", "ae")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum())


class Persona:
    __slots__ = ("cc", "given", "sur", "full", "af", "al", "male")


_EMAIL_DOM = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "CN": ["163.com", "126.com", "sina.com", "foxmail.com"],
    "TW": ["gmail.com", "yahoo.com.tw", "hotmail.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "KR": ["naver.com", "daum.net", "gmail.com"],
    "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
    "IT": ["libero.it", "gmail.com", "virgilio.it"],
    "NL": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "VN": ["gmail.com", "yahoo.com.vn"],
}

_RESTAURANTS = {
    "US": ["McDonald's", "Wendy's", "Chipotle", "Papa John's", "Jimmy John's", "Chick-fil-A",
           "Dave's Hot Chicken", "Panda Express", "Shake Shack", "Carl's Jr.", "Sweetgreen"],
    "GB": ["Nando's", "Greggs", "Wagamama", "Dishoom", "Pret A Manger", "Leon", "Franco Manca"],
    "IN": ["Haldiram's", "Behrouz Biryani", "Domino's", "Paradise Biryani", "Sagar Ratna"],
    "CN": ["肯德基", "麦当劳", "海底捞", "张亮麻辣烫", "杨国福麻辣烫", "老乡鸡", "喜茶", "瑞幸咖啡",
           "西贝莜面村", "真功夫", "袁记云饺", "吉野家"],
    "TW": ["鼎泰豐", "八方雲集", "春水堂", "麥當勞", "繼光香香雞"],
    "FR": ["Paul", "Big Fernand", "Chez Janou", "Le Relais de l'Entrecôte", "Pokawa"],
    "DE": ["Vapiano", "L'Osteria", "Burgermeister", "Hans im Glück", "Peter Pane"],
    "ES": ["Telepizza", "100 Montaditos", "Goiko", "Casa Lucio"],
    "MX": ["Tacos El Güero", "El Califa", "Sanborns", "Taquería Don Juan"],
    "BR": ["Habib's", "Madero", "Giraffas", "Coco Bambu", "Bob's"],
    "JP": ["吉野家", "すき家", "松屋", "CoCo壱番屋", "モスバーガー"],
    "KR": ["교촌치킨", "BBQ치킨", "백종원의 원조쌈밥집", "맘스터치", "놀부부대찌개"],
    "RU": ["Вкусно — и точка", "Теремок", "Шоколадница", "Додо Пицца"],
    "IT": ["Rossopomodoro", "Old Wild West", "Pizzeria da Michele", "Spontini"],
    "NL": ["FEBO", "New York Pizza", "Wagamama", "Burgerzaak"],
    "PL": ["Pizza Hut", "Da Grasso", "Sphinx", "Pasibus"],
    "TR": ["Simit Sarayı", "Kahve Dünyası", "Köfteci Yusuf", "Burger King"],
    "VN": ["Phở 24", "Bánh Mì Huỳnh Hoa", "Highlands Coffee", "Cơm Tấm Ba Ghiền"],
}

_STREETS = {
    "US": ["Martin Luther King Jr Blvd", "Cesar Chavez Ave", "John F Kennedy Blvd", "Lincoln Ave"],
    "GB": ["Victoria Street", "Churchill Way", "Nelson Road", "Shakespeare Street"],
    "FR": ["Rue Victor Hugo", "Avenue Jean Jaurès", "Boulevard Voltaire", "Place Charles de Gaulle"],
    "DE": ["Karl-Marx-Allee", "Konrad-Adenauer-Straße", "Goethestraße", "Bismarckstraße"],
    "ES": ["Calle de Cervantes", "Avenida Blasco Ibáñez", "Calle Alfonso XII"],
    "MX": ["Avenida Benito Juárez", "Calle Miguel Hidalgo", "Av. Álvaro Obregón"],
    "BR": ["Rua Oscar Freire", "Avenida Getúlio Vargas", "Rua Tiradentes"],
    "IT": ["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Via Dante Alighieri"],
    "NL": ["Johan Cruijff Boulevard", "Willemsparkweg", "Van Baerlestraat"],
    "PL": ["ulica Jana Pawła II", "aleja Józefa Piłsudskiego", "ulica Mikołaja Kopernika"],
    "TR": ["Atatürk Bulvarı", "İstiklal Caddesi", "Fevzi Çakmak Caddesi"],
    "RU": ["улица Пушкина", "проспект Гагарина", "улица Ленина"],
    "IN": ["Mahatma Gandhi Road", "Nehru Place", "Subhash Chandra Bose Road"],
    "VN": ["Đường Nguyễn Huệ", "Đường Lê Lợi", "Đường Trần Hưng Đạo"],
    "CN": ["中山路", "中山北路", "鲁迅路", "逸仙路"],
    "TW": ["中山北路", "中正路", "逸仙路"],
    "JP": ["外苑東通り", "明治通り"],
    "KR": ["세종대로", "을지로", "퇴계로"],
}

_PUBLIC_EN = ["Taylor Swift", "Ed Sheeran", "Beyoncé", "Adele", "Bad Bunny", "Drake", "Harry Styles",
              "Dua Lipa", "The Weeknd", "Billie Eilish"]
_PUBLIC_CHEF = ["Gordon Ramsay", "Jamie Oliver", "Anthony Bourdain", "Nigella Lawson", "Massimo Bottura"]
_PUBLIC_SPORT = ["Lionel Messi", "Cristiano Ronaldo", "LeBron James", "Serena Williams", "Usain Bolt"]
_PUBLIC_CN_SING = ["周杰伦", "邓丽君", "王菲", "林俊杰", "陈奕迅", "蔡依林"]
_PUBLIC_CN_WRITER = ["鲁迅", "李白", "苏轼", "杜甫", "老舍", "莫言"]

_HAN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_CN_REGIONS = ["110101", "110105", "120101", "310104", "310115", "320102", "320506", "330106",
               "330203", "340104", "350203", "370202", "410105", "420106", "430104", "440105",
               "440305", "440606", "500103", "510107", "530102", "610113", "210202", "230103"]
_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _CN_W)) % 11]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_BASE = _dt.datetime(2024, 1, 3, 0, 0, 0)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = _fakers()
        for i, cc in enumerate(COUNTRIES):
            self.fk[cc].seed_instance(seed * 101 + i)
        self.now = _BASE

    # ---- small helpers ----
    def d(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def hx(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def an(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def up(self, n, alphabet=string.ascii_uppercase):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def cc(self, pool=None):
        return self.r.choice(pool or COUNTRIES)

    # ---- time ----
    def tick(self):
        self.now = _BASE + _dt.timedelta(seconds=self.r.randint(0, 600 * 86400))
        return self.now

    def ts_iso(self):
        t = self.tick()
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % self.r.randint(0, 999)

    def ts_cn(self):
        return self.tick().strftime("%Y-%m-%d %H:%M:%S")

    def ts_sys(self):
        t = self.tick()
        return "%s %2d %s" % (_MONTHS[t.month - 1], t.day, t.strftime("%H:%M:%S"))

    def ts_clf(self):
        t = self.tick()
        return "%02d/%s/%d:%s +0000" % (t.day, _MONTHS[t.month - 1], t.year, t.strftime("%H:%M:%S"))

    def date(self):
        return self.tick().strftime("%Y-%m-%d")

    def epoch_ms(self):
        t = self.tick()
        return str(int((t - _dt.datetime(1970, 1, 1)).total_seconds()) * 1000 + self.r.randint(0, 999))

    # ---- people ----
    def persona(self, cc=None, male=None):
        cc = cc or self.cc()
        f = self.fk[cc]
        if male is None:
            male = self.chance(0.55)
        p = Persona()
        p.cc, p.male = cc, male
        given = f.first_name_male() if male else f.first_name_female()
        sur = f.last_name_male() if male else f.last_name_female()
        p.given, p.sur = given, sur
        if cc in ("CN", "TW", "KR"):
            full = sur + given
        elif cc == "JP":
            full = sur + self.pick(["", " ", "\u3000"]) + given
        elif cc == "VN":
            full = "%s %s %s" % (sur, "Văn" if male else "Thị", given)
        elif cc == "RU":
            mid = f.middle_name_male() if male else f.middle_name_female()
            full = self.pick(["%s %s" % (given, sur), "%s %s %s" % (sur, given, mid),
                              "%s %s" % (sur, given)])
        elif cc in ("ES", "MX"):
            full = "%s %s" % (given, sur)
            if self.chance(0.5):
                full += " " + (f.last_name())
        else:
            full = "%s %s" % (given, sur)
        p.full = full
        if cc in ("CN", "TW"):
            fz = self.fk["CN"]
            p.af, p.al = _asc(fz.first_romanized_name()), _asc(fz.last_romanized_name())
        elif cc == "JP":
            p.af, p.al = _asc(f.first_romanized_name()), _asc(f.last_romanized_name())
        elif cc == "KR":
            p.af, p.al = self.pick(_KO_GIV), self.pick(_KO_SUR)
        else:
            p.af, p.al = _asc(given.split()[0]) or "user", _asc(sur.split()[-1]) or "x"
        return p

    def name_form(self, p):
        """Full name most of the time, sometimes given only or initial + surname."""
        if p.cc in ("CN", "TW", "KR", "JP"):
            return p.full
        x = self.r.random()
        if x < 0.72:
            return p.full
        if x < 0.86:
            return p.given
        return "%s. %s" % (p.given[0], p.sur)

    def login(self, p):
        af, al = p.af or "a", p.al or "b"
        k = self.r.randint(0, 6)
        if k == 0:
            return af[0] + al
        if k == 1:
            return af + "." + al
        if k == 2:
            return af[0] + al + self.d(2)
        if k == 3:
            return af + "_" + al[0]
        if k == 4:
            return al + "." + af
        if k == 5:
            return af + al[:3] + self.d(self.r.randint(1, 4))
        return af + self.d(2)

    def email(self, p=None):
        p = p or self.persona()
        if p.cc == "CN" and self.chance(0.4):
            return self.d(self.r.randint(6, 10)).lstrip("0").rjust(6, "1") + "@qq.com"
        loc = self.login(p)
        return loc + "@" + self.pick(_EMAIL_DOM[p.cc])

    # ---- phones ----
    def phone(self, cc):
        r, d, pk = self.r, self.d, self.pick
        if cc == "US":
            a = "%d%d%d" % (r.randint(2, 9), r.randint(0, 8), r.randint(0, 9))
            while a[1:] == "11":
                a = "%d%d%d" % (r.randint(2, 9), r.randint(0, 8), r.randint(0, 9))
            e = "%d%s" % (r.randint(2, 9), d(2))
            l4 = d(4)
            return pk(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "+1%s%s%s", "%s.%s.%s",
                       "+1 (%s) %s-%s"]) % (a, e, l4)
        if cc == "GB":
            m = "7" + pk(["4", "5", "7", "8", "9"]) + d(2)
            rest = d(6)
            return pk(["0%s %s", "+44 %s %s", "+44%s%s", "0%s%s"]) % (m, rest)
        if cc == "IN":
            n = str(r.randint(6, 9)) + d(9)
            return pk(["+91 %s %s", "0%s %s", "%s%s", "+91-%s%s"]) % (n[:5], n[5:])
        if cc == "CN":
            n = pk(["13", "15", "18", "17", "19"]) + str(r.randint(0, 9)) + d(8)
            return pk(["%s%s%s", "%s %s %s", "+86 %s %s %s", "+86-%s-%s-%s", "+86%s%s%s"]) % (
                n[:3], n[3:7], n[7:])
        if cc == "TW":
            n = "9" + d(8)
            return pk(["0%s-%s-%s", "+886 %s %s %s", "0%s%s%s", "+886-%s-%s-%s"]) % (
                n[:3], n[3:6], n[6:])
        if cc == "FR":
            n = pk(["6", "7"]) + d(8)
            g = [n[1:3], n[3:5], n[5:7], n[7:9]]
            return pk(["0%s %s %s %s %s", "+33 %s %s %s %s %s", "0%s.%s.%s.%s.%s"]) % (n[0], *g) \
                if self.chance(0.8) else "0" + n
        if cc == "DE":
            pre = pk(["151", "152", "157", "160", "170", "171", "172", "175", "176", "177", "178", "179"])
            rest = d(r.choice([7, 8]))
            return pk(["0%s %s", "+49 %s %s", "+49 (0)%s %s", "0%s/%s", "+49%s%s"]) % (pre, rest)
        if cc == "ES":
            n = pk(["6", "7"]) + d(8)
            return pk(["%s %s %s", "+34 %s %s %s", "+34%s%s%s"]) % (n[:3], n[3:6], n[6:])
        if cc == "MX":
            ar = pk(["55", "33", "81", "222", "664"])
            rest = d(10 - len(ar))
            return pk(["+52 %s %s %s", "%s %s %s", "+52 1 %s %s %s"]) % (ar, rest[:-4], rest[-4:])
        if cc == "BR":
            ddd = pk(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            n = "9" + d(8)
            return pk(["(%s) %s-%s", "+55 %s %s-%s", "+55 (%s) %s-%s", "%s%s%s"]) % (ddd, n[:5], n[5:])
        if cc == "JP":
            pre = pk(["090", "080", "070"])
            a, b = d(4), d(4)
            if self.chance(0.25):
                return "+81 %s-%s-%s" % (pre[1:], a, b)
            return pk(["%s-%s-%s", "%s%s%s"]) % (pre, a, b)
        if cc == "KR":
            a, b = d(4), d(4)
            return pk(["010-%s-%s", "+82 10-%s-%s", "010%s%s", "010 %s %s"]) % (a, b)
        if cc == "RU":
            op = "9" + d(2)
            a, b, c = d(3), d(2), d(2)
            return pk(["+7 %s %s-%s-%s", "8 (%s) %s-%s-%s", "+7 (%s) %s-%s-%s", "8%s%s%s%s"]) % (
                op, a, b, c)
        if cc == "IT":
            pre = "3" + pk(["20", "28", "33", "35", "39", "40", "47", "49", "66", "93"])
            rest = d(7)
            return pk(["+39 %s %s %s", "%s %s%s", "+39%s%s%s"]) % (pre, rest[:3], rest[3:])
        if cc == "NL":
            n = d(8)
            return pk(["06-%s", "+31 6 %s", "06 %s", "+316%s"]) % n if self.chance(0.7) else \
                "06 %s %s" % (n[:4], n[4:])
        if cc == "PL":
            n = pk(["5", "6", "7", "8"]) + d(8)
            return pk(["%s %s %s", "+48 %s %s %s", "+48 %s-%s-%s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
        if cc == "TR":
            op = "5" + pk(["30", "32", "33", "35", "42", "44", "05", "06", "55"])
            a, b, c = d(3), d(2), d(2)
            return pk(["0%s %s %s %s", "+90 %s %s %s %s", "+90 (%s) %s %s%s", "0%s%s%s%s"]) % (op, a, b, c)
        if cc == "VN":
            n = pk(["9", "3", "8", "7"]) + d(8)
            return pk(["0%s %s %s", "+84 %s %s %s", "0%s%s%s", "+84%s%s%s"]) % (n[:3], n[3:6], n[6:])
        raise ValueError(cc)

    def masked_phone(self, cc="CN"):
        if cc == "CN":
            return self.pick(["13", "15", "18", "17"]) + str(self.r.randint(0, 9)) + "****" + self.d(4)
        if cc == "US":
            return self.pick(["(***) ***-", "+1 ***-***-", "***-***-"]) + self.d(4)
        return self.pick(["+44 **** ***", "+49 *** *****", "+33 6 ** ** **", "******"]) + self.d(3)

    def hotline(self, cc):
        if cc == "CN":
            return "400-%s-%s" % (self.d(3), self.d(4))
        if cc == "TW":
            return "0800-%s-%s" % (self.d(3), self.d(3))
        if cc == "US":
            return self.pick(["1-800-%s-%s", "(888) %s-%s", "1-877-%s-%s"]) % (self.d(3), self.d(4))
        if cc == "GB":
            return "0800 %s %s" % (self.d(3), self.d(4))
        if cc == "DE":
            return "0800 %s %s" % (self.d(3), self.d(4))
        if cc == "FR":
            return "0 800 %s %s %s" % (self.d(2), self.d(2), self.d(2))
        return "+%s 800 %s %s" % (self.r.randint(30, 49), self.d(3), self.d(3))

    # ---- network ----
    def ip(self):
        if self.chance(0.12):
            return self.ip6()
        a = self.pick([5, 23, 31, 37, 41, 45, 58, 61, 77, 81, 89, 91, 94, 101, 103, 112, 117, 122,
                       138, 151, 176, 177, 183, 185, 187, 188, 189, 193, 197, 201, 203, 212, 213, 217, 222])
        return "%d.%d.%d.%d" % (a, self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))

    def ip4(self):
        ip = self.ip()
        while ":" in ip:
            ip = self.ip()
        return ip

    def ip6(self):
        head = self.pick(["2a02", "2a01", "2001:4860", "2607:fb90", "2409:8a1e", "240e:3b4", "2804:14c",
                          "2a00:1fa0", "2405:4802"])
        tail = ":".join("%x" % self.r.randint(0, 0xffff) for _ in range(8 - head.count(":") - 1))
        return head + ":" + tail

    def srv_ip(self):
        k = self.r.randint(0, 2)
        if k == 0:
            return "10.%d.%d.%d" % (self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))
        if k == 1:
            return "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(1, 254))
        return "192.168.%d.%d" % (self.r.randint(0, 255), self.r.randint(1, 254))

    def host(self):
        svc = self.pick(["dispatch", "orders", "payments", "payouts", "geo", "pricing", "chat", "auth",
                         "kyc", "fraud", "notify", "eta", "menu", "courier-gw", "trip-svc"])
        if self.chance(0.5):
            return "%s-%s-%s" % (svc, self.hx(5), self.an(5, string.ascii_lowercase + string.digits))
        return "%s-%02d.%s.%s" % (svc, self.r.randint(1, 40),
                                  self.pick(["prod", "stg", "eu-west-1", "ap-east-1", "sa-east-1", "cn-sh"]),
                                  self.pick(["internal", "zipo.net", "kuaima.local"]))

    def ua(self):
        return self.pick([
            "ZipoRider/%d.%d.%d (iPhone; iOS 17.%d)" % (self.r.randint(4, 9), self.r.randint(0, 30),
                                                       self.r.randint(0, 9), self.r.randint(0, 5)),
            "ZipoCourier/%d.%d.%d (Android 14; SM-A546B)" % (self.r.randint(3, 7), self.r.randint(0, 30),
                                                             self.r.randint(0, 9)),
            "okhttp/4.12.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.0.0",
            "ZipoDriver/%d.%d (Android 13)" % (self.r.randint(2, 8), self.r.randint(0, 60)),
        ])

    # ---- secrets ----
    def password(self):
        k = self.r.randint(0, 3)
        if k == 0:
            return self.pick(["Summer", "Winter", "Pizza", "Dragon", "Monkey", "Sunshine", "Qwerty"]) + \
                self.pick(["2023", "2024", "123", "!", "#1"]) + self.pick(["!", "", "$", "?"]) + self.d(1)
        if k == 1:
            return self.an(self.r.randint(10, 16), string.ascii_letters + string.digits + "!#$%&*+-_")
        if k == 2:
            return self.pick(["Tr0ub4dor", "Passw0rd", "Welcome", "Letmein", "Zipo"]) + "&" + self.d(3)
        return self.an(4, string.ascii_lowercase) + self.d(4) + self.an(2, string.ascii_uppercase) + "!"

    def api_key(self):
        k = self.r.randint(0, 4)
        if k == 0:
            return "sk_live_" + self.an(24)
        if k == 1:
            return "AKIA" + self.up(16, string.ascii_uppercase + string.digits)
        if k == 2:
            return "AIza" + self.an(35, string.ascii_letters + string.digits + "-_")
        if k == 3:
            return "ghp_" + self.an(36)
        return "zk_prod_" + self.hx(40)

    def jwt(self):
        b64 = string.ascii_letters + string.digits + "-_"
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + self.an(self.r.randint(40, 80), b64) + \
            "." + self.an(43, b64)

    def session(self):
        return self.pick([self.hx(32), self.hx(40), "s%3A" + self.an(32), self.an(24)])

    # ---- finance ----
    def card(self, brand=None):
        r = self.r
        brand = brand or self.pick(["visa", "visa", "mc", "mc", "amex", "unionpay", "discover", "jcb"])
        if brand == "visa":
            pre, ln = "4" + self.d(5), 16
        elif brand == "mc":
            pre, ln = (str(r.randint(51, 55)) + self.d(4)) if self.chance(0.7) else str(r.randint(2221, 2720)) + \
                self.d(2), 16
        elif brand == "amex":
            pre, ln = self.pick(["34", "37"]) + self.d(4), 15
        elif brand == "unionpay":
            pre, ln = "62" + self.pick(["2202", "2848", "1700", "2588", "1483"]), self.pick([16, 16, 19])
        elif brand == "discover":
            pre, ln = "6011" + self.d(2), 16
        else:
            pre, ln = "35" + str(r.randint(28, 89)) + self.d(2), 16
        body = pre + self.d(ln - 1 - len(pre))
        num = body + luhn_digit(body)
        sep = self.pick([" ", "-", "", ""])
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if ln == 19:
            return num if not sep else sep.join([num[i:i + 4] for i in range(0, 19, 4)])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def card_tail(self):
        return self.pick(["****", "**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "*"]) + self.d(4)

    def bin_masked(self):
        return self.pick(["4", "5", "6"]) + self.d(5) + "******" + self.d(4)

    def iban(self, cc=None):
        cc = cc or self.pick(EU_IBAN)
        d, u = self.d, self.up
        aln = string.ascii_uppercase + string.digits
        bban = {
            "DE": lambda: d(8) + d(10),
            "FR": lambda: d(5) + d(5) + d(11) + d(2),
            "ES": lambda: d(4) + d(4) + d(2) + d(10),
            "NL": lambda: self.pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + d(10),
            "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + d(6) + d(8),
            "IT": lambda: u(1) + d(5) + d(5) + self.up(12, aln),
            "PL": lambda: d(8) + d(16),
            "TR": lambda: d(5) + "0" + d(16),
            "BR": lambda: d(8) + d(5) + d(10) + "C" + u(1, "12"),
        }[cc]()
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        chk = "%02d" % (98 - int(num) % 97)
        iban = cc + chk + bban
        if self.chance(0.5):
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self):
        area = self.r.randint(1, 899)
        while area == 666:
            area = self.r.randint(1, 899)
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        return self.pick(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (area, g, s)

    def passport(self, cc):
        d, u = self.d, self.up
        if cc in ("US",):
            return self.pick([d(9), u(1) + d(8)])
        if cc in ("GB", "TW"):
            return d(9)
        if cc == "CN":
            return self.pick(["E" + d(8), "E" + u(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + d(7), "G" + d(8)])
        if cc == "DE":
            return self.pick("CFGHJK") + self.up(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return d(2) + u(2) + d(5)
        if cc == "IN":
            return u(1, "ABCDEFGHJKLMNPRSTUVWZ") + d(7)
        if cc == "JP":
            return self.pick(["TK", "TR", "MZ", "TZ"]) + d(7)
        if cc == "KR":
            return "M" + d(8)
        if cc == "BR":
            return u(2) + d(6)
        if cc in ("ES", "MX"):
            return self.pick(["PA", "XD", "AA", "G"]) + u(1) + d(6)
        if cc == "IT":
            return u(2) + d(7)
        if cc == "RU":
            return d(2) + " " + d(7)
        if cc == "TR":
            return "U" + d(8)
        if cc == "VN":
            return self.pick(["C", "B", "N"]) + d(7)
        if cc == "NL":
            return u(2) + self.up(6, "ABCDEFGHJKLNPRSTUVWXYZ0123456789") + d(1)
        if cc == "PL":
            return u(2) + d(7)
        return u(2) + d(7)

    def cn_id(self):
        region = self.pick(_CN_REGIONS)
        bd = _dt.date(1962, 1, 1) + _dt.timedelta(days=self.r.randint(0, 15000))
        body = region + bd.strftime("%Y%m%d") + self.d(3)
        return body + cn_id_check(body)

    def cn_order18(self):
        while True:
            v = self.tick().strftime("%Y%m%d") + self.d(10)
            if cn_id_check(v[:17]) != v[17]:
                return v

    def waybill16(self):
        while True:
            v = self.pick(["7", "8", "9"]) + self.d(15)
            if not luhn_ok(v):
                return v

    # ---- plates ----
    def plate(self, cc):
        d, u, pk = self.d, self.up, self.pick
        L = _PLATE_L
        if cc == "CN":
            prov = pk(_HAN_PROV)
            city = u(1, L)
            if self.chance(0.25):
                tail = pk("DF") + d(5)
            else:
                tail = "".join(self.r.choice(L + "0123456789" * 4) for _ in range(5))
            return prov + city + pk(["", "·", " "]) + tail
        if cc == "TW":
            return pk(["%s-%s" % (u(3, L), d(4)), "%s-%s" % (u(2, L), d(4)), "%s-%s" % (d(4), u(2, L))])
        if cc == "US":
            return pk([d(1) + u(3, L) + d(3), u(3, L) + "-" + d(4), u(3, L) + " " + d(4), d(3) + "-" + u(3, L)])
        if cc == "GB":
            return u(2, L) + pk(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73"]) + \
                pk([" ", ""]) + u(3, L)
        if cc == "IN":
            st = pk(["MH", "KA", "DL", "TN", "UP", "GJ", "TS", "WB", "HR"])
            sp = pk([" ", "", "-"])
            return sp.join([st, "%02d" % self.r.randint(1, 60), u(pk([1, 2]), L), d(4)])
        if cc == "FR":
            return "%s-%s-%s" % (u(2, L), d(3), u(2, L))
        if cc == "DE":
            city = pk(["B", "M", "HH", "K", "F", "S", "D", "HB", "L", "DD", "KA", "N"])
            return city + pk(["-", " "]) + u(self.r.randint(1, 2), L) + " " + str(self.r.randint(1, 9999)) + \
                ("E" if self.chance(0.1) else "")
        if cc == "ES":
            return d(4) + pk([" ", "", "-"]) + u(3, "BCDFGHJKLMNPRSTVWXYZ")
        if cc == "IT":
            return pk(["%s %s %s", "%s%s%s"]) % (u(2, L), d(3), u(2, L))
        if cc == "NL":
            return pk(["%s-%s-%s" % (u(2, L), d(3), u(1, L)), "%s-%s-%s" % (d(2), u(3, L), d(1)),
                       "%s-%s-%s" % (d(1), u(3, L), d(2)), "%s-%s-%s" % (u(2, L), d(2), u(2, L))])
        if cc == "PL":
            return pk(["W", "K", "P", "G", "D"]) + u(pk([1, 2]), L) + " " + d(pk([4, 5]))
        if cc == "TR":
            return "%02d %s %s" % (self.r.randint(1, 81), u(pk([1, 2, 3]), L), d(pk([2, 3, 4])))
        if cc == "RU":
            rl = "АВЕКМНОРСТУХ"
            return u(1, rl) + d(3) + u(2, rl) + pk([" ", ""]) + pk(["77", "97", "177", "78", "199", "50", "777"])
        if cc == "KR":
            return d(pk([2, 3])) + pk("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호") + \
                pk([" ", ""]) + d(4)
        if cc == "JP":
            return pk(["品川", "練馬", "横浜", "なにわ", "名古屋", "札幌", "福岡"]) + " " + d(3) + " " + \
                pk("あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ") + " " + \
                d(2) + "-" + d(2)
        if cc == "BR":
            return pk([u(3, L) + d(1) + u(1, L) + d(2), u(3, L) + "-" + d(4)])
        if cc == "MX":
            return pk([u(3, L) + "-" + d(3) + "-" + u(1, L), u(3, L) + "-" + d(2) + "-" + d(2)])
        if cc == "VN":
            return "%02d%s-%s.%s" % (self.r.randint(11, 99), u(1, L), d(3), d(2))
        raise ValueError(cc)

    def vin(self):
        return self.pick(["JTD", "WVW", "1HG", "5YJ", "LSV", "KMH", "VF1", "WBA", "LGX"]) + \
            self.up(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    # ---- business decoys ----
    def restaurant(self, cc):
        return self.pick(_RESTAURANTS[cc])

    def street(self, cc):
        return self.pick(_STREETS[cc])

    def amount(self, cc, lo=3.0, hi=90.0):
        x = self.r.uniform(lo, hi)
        c2 = ("%.2f" % x)
        cm = c2.replace(".", ",")
        return {
            "US": lambda: "$" + c2, "GB": lambda: "£" + c2, "IN": lambda: "₹" + str(int(x * 10)),
            "CN": lambda: self.pick(["¥" + c2, c2 + "元"]), "TW": lambda: "NT$" + str(int(x * 8)),
            "FR": lambda: cm + " €", "DE": lambda: cm + " €", "ES": lambda: cm + " €",
            "IT": lambda: "€ " + cm, "NL": lambda: "€ " + cm, "MX": lambda: "$%.2f MXN" % (x * 10),
            "BR": lambda: "R$ " + cm, "JP": lambda: self.pick(["¥{:,}", "{:,}円"]).format(int(x * 30)),
            "KR": lambda: self.pick(["₩{:,}", "{:,}원"]).format(int(x * 300)), "RU": lambda: "%d ₽" % (x * 20),
            "PL": lambda: cm + " zł", "TR": lambda: "₺" + ("%.2f" % (x * 8)).replace(".", ","),
            "VN": lambda: "{:,}₫".format(int(x * 3000)).replace(",", "."),
        }[cc]()

    def cur(self, cc):
        return {"US": "USD", "GB": "GBP", "IN": "INR", "CN": "CNY", "TW": "TWD", "FR": "EUR", "DE": "EUR",
                "ES": "EUR", "IT": "EUR", "NL": "EUR", "MX": "MXN", "BR": "BRL", "JP": "JPY", "KR": "KRW",
                "RU": "RUB", "PL": "PLN", "TR": "TRY", "VN": "VND"}[cc]

    def num_amount(self, lo=3.0, hi=90.0):
        return "%.2f" % self.r.uniform(lo, hi)

    def order_id(self):
        k = self.r.randint(0, 3)
        if k == 0:
            return "ORD-%d" % self.r.randint(10 ** 7, 10 ** 8 - 1)
        if k == 1:
            return self.up(1, "ABCDEFGH") + self.d(6)
        if k == 2:
            return "DD" + self.tick().strftime("%Y%m%d") + self.d(8)
        return "o_" + self.an(12, string.ascii_lowercase + string.digits)

    def uuid(self):
        return "%s-%s-4%s-%s%s-%s" % (self.hx(8), self.hx(4), self.hx(3), self.pick("89ab"), self.hx(3), self.hx(12))

    def courier_id(self):
        return self.pick(["C-", "CR", "rider_", "K"]) + self.d(self.r.randint(5, 7))

    def driver_id(self):
        return self.pick(["D-", "DRV", "drv_"]) + self.d(self.r.randint(5, 8))

    def user_id(self):
        return self.pick(["u_" + self.d(7), "usr-" + self.hx(10), self.d(9)])

    def promo(self):
        return self.pick(["WELCOME", "SAVE", "EATS", "RIDE", "FREEDEL", "LUNCH", "NIGHT", "HAPPY"]) + \
            str(self.pick([5, 10, 15, 20, 25, 30, 50]))

    def svc(self):
        return self.pick(["svc-dispatch", "svc-payouts", "root", "jenkins", "deploy", "airflow", "postgres",
                          "etl_reader", "dispatch-bot", "svc_orders", "kyc-worker", "ops-automation"])

    def role_mail(self):
        return self.pick(["support", "noreply", "no-reply", "billing", "payouts", "fraud-alerts", "help",
                          "drivers", "partners", "receipts", "dpo"]) + "@" + \
            self.pick(["zipo.app", "zipo-eats.com", "mail.zipo.app", "kuaima.cn", "zipo.com.br"])

    def sha(self, n=64):
        return self.hx(n)

    def version(self):
        return "%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 40), self.r.randint(0, 20))

    def geo(self):
        return "%.6f" % self.r.uniform(-40, 60), "%.6f" % self.r.uniform(-120, 140)


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------

TEMPLATES = []


def tpl(fn):
    TEMPLATES.append(fn)
    return fn


def P(v):
    return (v, "PERSON")


# ---------------- English / European templates ----------------

@tpl
def t_syslog_dispatch(g):
    cc = g.cc()
    head = ["<134>", g.ts_sys(), " ", (g.host(), "hostname"), " dispatchd[%d]: order " % g.r.randint(200, 39999),
            (g.order_id(), "order_id"), " assigned"]
    if g.chance(0.35):
        return head + [" courier_id=", (g.courier_id(), "courier_id"), " pickup=",
                       (g.restaurant(cc), "company"), " eta=%dmin" % g.r.randint(3, 45)]
    p = g.persona(cc)
    return head + [" to courier ", P(g.name_form(p)), " (", (g.courier_id(), "courier_id"), ") pickup at ",
                   (g.restaurant(cc), "company"), " eta=%dmin" % g.r.randint(3, 45)]


@tpl
def t_nginx_access(g):
    path = g.pick(["/api/v3/orders/%s/track", "/api/v2/trips/%s", "/v1/receipts/%s.pdf", "/api/v3/orders/%s/rate"])
    oid = g.order_id()
    a, b = path.split("%s")
    return [(g.ip(), "IP_ADDRESS"), " - - [", g.ts_clf(), '] "GET ', a, (oid, "order_id"), b,
            ' HTTP/1.1" %d %d "-" "' % (g.pick([200, 200, 200, 304, 404]), g.r.randint(120, 9000)), g.ua(),
            '" rt=0.%03d upstream=' % g.r.randint(1, 999), (g.srv_ip(), "server_ip"), ":%d" % g.pick([8080, 9000, 3000])]


@tpl
def t_lb_access_xff(g):
    st = g.pick([200, 401, 401, 429, 200])
    parts = [(g.srv_ip(), "lb_ip"), " - - [", g.ts_clf(), '] "POST /v1/auth/login HTTP/2.0" %d %d "-" "' % (
        st, g.r.randint(40, 300)), g.ua(), '" xff="', (g.ip(), "IP_ADDRESS")]
    if g.chance(0.5):
        parts += [", ", (g.srv_ip(), "proxy_ip")]
    parts += ['" req_id=', (g.hx(32), "request_id")]
    return parts


@tpl
def t_json_order_snake(g):
    cc = g.cc()
    p = g.persona(cc)
    pairs = [("ts", g.ts_iso()), ("level", "info"), ("event", "order_created"), ("order_id", (g.order_id(), "order_id")),
             ("customer_name", P(p.full)), ("customer_phone", (g.phone(cc), "PHONE_NUMBER")),
             ("restaurant", (g.restaurant(cc), "company")), ("total", N((g.num_amount(), "amount"))),
             ("currency", g.cur(cc)), ("promo_code", (g.promo(), "promo_code")) if g.chance(0.5) else ("promo_code", None)]
    if g.chance(0.4):
        pairs.append(("customer_email", (g.email(p), "EMAIL_ADDRESS")))
    return js(pairs, sep=g.pick([", ", ","]), colon=g.pick([": ", ":"]))


@tpl
def t_json_trip_camel(g):
    cc = g.cc()
    rider = g.persona(cc)
    lat, lng = g.geo()
    pairs = [("tripId", (g.uuid(), "trip_id")), ("status", g.pick(["REQUESTED", "ACCEPTED", "ARRIVED"])),
             ("riderName", P(g.name_form(rider))), ("riderPhone", (g.phone(cc), "PHONE_NUMBER")),
             ("pickup", O([("lat", N((lat, "geo"))), ("lng", N((lng, "geo")))])),
             ("fareEstimate", N((g.num_amount(5, 60), "amount"))), ("surge", round(g.r.uniform(1, 2.5), 1))]
    if g.chance(0.6):
        d = g.persona(cc)
        pairs += [("driverName", P(d.full)), ("vehiclePlate", (g.plate(cc), "LICENSE_PLATE"))]
    else:
        pairs += [("driverId", (g.driver_id(), "driver_id"))]
    return js(pairs, sep=",", colon=":")


@tpl
def t_json_payout_pascal(g):
    cc = g.pick(EU_IBAN)
    p = g.persona(cc)
    pairs = [("PayoutId", ("po_" + g.an(14), "payout_id")), ("DriverId", (g.driver_id(), "driver_id")),
             ("AccountHolder", P(p.full)), ("Iban", (g.iban(cc), "IBAN_CODE")),
             ("Amount", N((g.num_amount(40, 900), "amount"))), ("Currency", g.cur(cc)),
             ("Bank", (g.pick(["Deutsche Bank", "BNP Paribas", "Santander", "ING", "Barclays", "UniCredit",
                               "PKO Bank Polski", "Ziraat Bankası", "Monzo"]), "company")),
             ("Status", g.pick(["Pending", "Sent", "Failed"]))]
    return js(pairs)


@tpl
def t_json_dotted(g):
    cc = g.cc()
    p = g.persona(cc)
    pairs = [("@timestamp", g.ts_iso()), ("log.level", "INFO"), ("event.action", g.pick(["profile.update", "signup", "login"])),
             ("user.id", (g.user_id(), "user_id")), ("user.email", (g.email(p), "EMAIL_ADDRESS")),
             ("user.phone", (g.phone(cc), "PHONE_NUMBER")), ("client.ip", (g.ip(), "IP_ADDRESS")),
             ("host.name", (g.host(), "hostname")), ("app.version", (g.version(), "version"))]
    return js(pairs)


@tpl
def t_kv_login(g):
    p = g.persona()
    ok = g.chance(0.6)
    pairs = [("ts", g.ts_iso()), ("level", "info" if ok else "warn"),
             ("msg", "login ok" if ok else "login failed"), ("user", (g.login(p), "PERSON")),
             ("src_ip", (g.ip(), "IP_ADDRESS")), ("ua", g.pick(["ios", "android", "web"]))]
    if ok:
        pairs.append(("session", (g.session(), "CREDENTIAL")))
    else:
        pairs.append(("reason", g.pick(["bad_password", "otp_mismatch", "locked"])))
    pairs.append(("node", (g.host(), "hostname")))
    return kv(pairs)


@tpl
def t_kv_ato(g):
    p = g.persona()
    return kv([("level", "warn"), ("event", "ato_suspected"), ("account", (g.email(p), "EMAIL_ADDRESS")),
               ("new_ip", (g.ip4(), "IP_ADDRESS")), ("prev_ip", (g.ip4(), "IP_ADDRESS")),
               ("geo_distance_km", str(g.r.randint(300, 12000))), ("risk", "0.%02d" % g.r.randint(70, 99)),
               ("device", ("dev_" + g.hx(12), "device_id")), ("action", g.pick(["step_up_otp", "force_logout", "lock"]))])


@tpl
def t_csv_payout(g):
    cc = g.pick(EU_IBAN)
    p = g.persona(cc)
    name = p.full
    q = '"' if ("," in name or g.chance(0.3)) else ""
    return [("PO-" + g.d(8), "payout_id"), ",", (g.driver_id(), "driver_id"), ",", q, P(name), q, ",",
            (g.iban(cc), "IBAN_CODE"), ",", (g.num_amount(30, 1200), "amount"), ",", g.cur(cc), ",", g.date(), ",",
            g.pick(["SEPA", "SEPA_INSTANT", "FPS", "EFT"])]


@tpl
def t_csv_onboarding(g):
    cc = g.cc(["US", "GB", "DE", "FR", "BR", "MX", "IN", "PL", "ES", "NL"])
    p = g.persona(cc)
    return [(g.driver_id(), "driver_id"), ";", P(p.full), ";", (g.phone(cc), "PHONE_NUMBER"), ";",
            (g.plate(cc), "LICENSE_PLATE"), ";", g.pick(["Toyota Prius", "Skoda Octavia", "Kia Niro", "VW Golf",
                                                          "Honda Civic", "Hyundai Ioniq", "Renault Clio"]),
            ";", g.pick(["docs_pending", "approved", "rejected", "background_check"]), ";", g.date()]


@tpl
def t_note_support_en(g):
    cc = g.cc(["US", "GB", "IN"])
    p = g.persona(cc)
    agent = g.persona(g.cc(["IN", "GB", "US"]))
    form = g.pick(["Customer %s called from ", "Cx %s rang in from ", "Spoke w/ %s on "])
    a, b = form.split("%s")
    return ["[note by ", P(agent.given), "] ", a, P(g.name_form(p)), b, (g.phone(cc), "PHONE_NUMBER"),
            " re missing ", g.pick(["fries", "drink", "dessert", "side", "sauce"]), " on order ",
            (g.order_id(), "order_id"), ". Refunded ", (g.amount(cc, 2, 20), "amount"), " to card ending ",
            (g.card_tail(), "masked"), "."]


@tpl
def t_chat_rider(g):
    cc = g.cc(["US", "GB", "IN", "FR", "DE", "ES", "IT", "NL"])
    msg = g.pick([
        ["Hi, I'm at gate B in a red jacket, call me on ", None, " if you can't find me"],
        ["running 2 min late, text ", None, " pls"],
        ["my phone is dying, this is my friend's number ", None],
    ])
    out = ["[chat] trip=", (g.uuid(), "trip_id"), " from=rider to=driver: \""]
    for m in msg:
        out.append((g.phone(cc), "PHONE_NUMBER") if m is None else m)
    out.append("\"")
    return out


@tpl
def t_chat_driver(g):
    cc = g.cc(["US", "GB", "FR", "DE", "ES", "IT", "NL", "PL", "BR", "MX", "IN"])
    d = g.persona(cc)
    car = g.pick(["grey Toyota Prius", "white Kia Niro", "black Skoda", "blue Tesla Model 3", "silver Corolla"])
    return ["[chat] ", g.ts_iso(), " driver ", P(d.given), ": \"I'm outside in the ", car, ", plate ",
            (g.plate(cc), "LICENSE_PLATE"), "\""]


@tpl
def t_webhook_payment(g):
    cc = g.cc(["US", "GB", "FR", "DE", "NL", "ES", "IT"])
    p = g.persona(cc)
    pairs = [("type", "payment_intent.succeeded"), ("id", ("pi_" + g.an(24), "payment_id")),
             ("amount", N((str(g.r.randint(300, 9000)), "amount"))), ("currency", g.cur(cc).lower()),
             ("receipt_email", (g.email(p), "EMAIL_ADDRESS")),
             ("billing_details", O([("name", P(p.full)), ("phone", (g.phone(cc), "PHONE_NUMBER") if g.chance(0.5) else None)])),
             ("card", O([("brand", g.pick(["visa", "mastercard", "amex"])), ("last4", (g.d(4), "masked")),
                         ("exp_month", g.r.randint(1, 12))]))]
    return ["POST /webhooks/stripe ", js(pairs, sep=",", colon=":")]


@tpl
def t_java_trace_card(g):
    p = g.persona(g.cc(["US", "GB", "DE", "FR"]))
    return ["ERROR [payments-worker-%d] c.z.payments.ChargeService - charge failed: " % g.r.randint(1, 16),
            "com.zipo.payments.CardDeclinedException: card ", (g.card(), "CREDIT_CARD"), " declined (do_not_honor) for ",
            (g.email(p), "EMAIL_ADDRESS"), " at com.zipo.payments.ChargeService.charge(ChargeService.java:%d)" % g.r.randint(40, 400)]


@tpl
def t_py_trace_iban(g):
    cc = g.pick(EU_IBAN)
    return ["Traceback (most recent call last): File \"/srv/payouts/sepa.py\", line %d, in submit_batch; " % g.r.randint(20, 300),
            "payouts.errors.BankRejected: beneficiary IBAN '", (g.iban(cc), "IBAN_CODE"), "' rejected by ",
            (g.pick(["Adyen", "Wise", "Stripe Connect", "Modulr"]), "company"), " (batch=", ("b_" + g.hx(10), "batch_id"), ")"]


@tpl
def t_mail_header(g):
    cc = g.cc(["US", "GB", "FR", "DE", "ES", "IT", "NL", "IN"])
    p = g.persona(cc)
    if g.chance(0.5):
        return ["From: \"", P(p.full), "\" <", (g.email(p), "EMAIL_ADDRESS"), ">; To: ", (g.role_mail(), "role_mailbox"),
                "; Subject: Refund for order ", (g.order_id(), "order_id"), "; Date: ", g.ts_iso()]
    return ["Return-Path: <", (g.email(p), "EMAIL_ADDRESS"), ">; X-Originating-IP: [", (g.ip4(), "IP_ADDRESS"),
            "]; Received: from ", (g.pick(["mail-ej1-f54.google.com", "mx.outlook.com", "smtp.web.de"]), "hostname"),
            " ([", (g.srv_ip(), "server_ip"), "])"]


@tpl
def t_sms_otp(g):
    cc = g.cc()
    return ["sms.out provider=", g.pick(["twilio", "vonage", "sinch"]), " to=", (g.phone(cc), "PHONE_NUMBER"),
            " body=\"Your Zipo code is ", (g.d(6), "CREDENTIAL"), ". Don't share it with anyone.\" sid=",
            ("SM" + g.hx(32), "message_id")]


@tpl
def t_sms_arriving(g):
    cc = g.cc(["US", "GB", "IN", "BR", "MX", "FR", "DE"])
    d = g.persona(cc)
    return ["notify sms to=", (g.phone(cc), "PHONE_NUMBER"), " tmpl=driver_arriving body=\"", P(d.given),
            " is arriving in a ", g.pick(["white Prius", "grey Octavia", "black Camry", "red Clio"]), " (",
            (g.plate(cc), "LICENSE_PLATE"), "). Share trip: zipo.app/t/", (g.an(8), "short_link"), "\""]


@tpl
def t_audit_payout(g):
    cc = g.pick(EU_IBAN)
    p = g.persona(cc)
    return ["AUDIT ", g.ts_iso(), " actor=", (g.svc(), "service_account"), " action=payout.release target_driver=",
            (g.driver_id(), "driver_id"), " holder=\"", P(p.full), "\" iban=", (g.iban(cc).replace(" ", ""), "IBAN_CODE"),
            " amount=", (g.amount(cc, 50, 1500), "amount")]


@tpl
def t_audit_unmask(g):
    admin = g.persona(g.cc(["US", "GB", "IN", "DE", "PL"]))
    fld = g.pick(["phone", "email", "card_number", "id_document"])
    return ["AUDIT ", g.ts_iso(), " actor=", (g.login(admin), "PERSON"), " role=support_l2 action=pii.unmask field=",
            fld, " target_user=", (g.user_id(), "user_id"), " reason=\"ticket #", (g.d(6), "ticket_id"), "\" from=",
            (g.srv_ip(), "vpn_ip")]


@tpl
def t_fraud_card_testing(g):
    return ["FRAUD rule=card_testing score=0.%02d card=" % g.r.randint(80, 99), (g.card(), "CREDIT_CARD"), " bin=",
            (g.d(6), "bin"), " ip=", (g.ip(), "IP_ADDRESS"), " attempts=%d window=10m merchant=" % g.r.randint(5, 60),
            (g.restaurant(g.cc()), "company"), " action=block"]


@tpl
def t_promo_abuse(g):
    n = g.r.randint(2, 4)
    out = ["promo_abuse code=", (g.promo(), "promo_code"), " device=", ("dev_" + g.hx(12), "device_id"),
           " redemptions=%d accounts=[" % (n + g.r.randint(0, 5))]
    for i in range(n):
        if i:
            out.append(", ")
        out.append((g.email(g.persona()), "EMAIL_ADDRESS"))
    out.append("]")
    return out


@tpl
def t_onboarding_ssn(g):
    p = g.persona("US")
    if g.chance(0.5):
        return ["onboarding step=background_check provider=", (g.pick(["Checkr", "Sterling", "HireRight"]), "company"),
                " driver=\"", P(p.full), "\" ssn=", (g.ssn(), "US_SSN"), " dl_state=", g.pick(["CA", "NY", "TX", "FL", "IL"]),
                " status=submitted"]
    return ["tax.1099k generated year=%d driver_id=" % g.pick([2023, 2024]), (g.driver_id(), "driver_id"), " payee=\"",
            P(p.full), "\" tin=", (g.ssn(), "US_SSN"), " gross=", (g.amount("US", 2000, 60000), "amount")]


@tpl
def t_kyc_passport(g):
    cc = g.cc(["GB", "US", "DE", "FR", "IN", "BR", "IT", "ES", "PL", "TR", "NL", "JP", "KR"])
    p = g.persona(cc)
    return ["kyc.document_uploaded type=passport country=", cc, " number=", (g.passport(cc), "PASSPORT"), " holder=\"",
            P(p.full), "\" expires=%d-%02d-%02d" % (g.r.randint(2026, 2035), g.r.randint(1, 12), g.r.randint(1, 28)),
            " file=s3://kyc-docs/", (g.hx(24), "object_key"), ".jpg"]


@tpl
def t_vehicle_registered(g):
    cc = g.cc(["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "MX", "TR", "IN"])
    p = g.persona(cc)
    return ["vehicle.registered owner=\"", P(p.full), "\" plate=", (g.plate(cc), "LICENSE_PLATE"), " vin=",
            (g.vin(), "vin"), " make=", g.pick(["Toyota", "Kia", "Hyundai", "Skoda", "Tesla", "BYD"]),
            " year=%d insurance_policy=" % g.r.randint(2012, 2024), (g.up(3) + "-" + g.d(8), "policy_id")]


@tpl
def t_ticket_export(g):
    cc = g.cc(["US", "GB", "IN", "NL", "DE"])
    p = g.persona(cc)
    return ["#", (g.d(6), "ticket_id"), " | Refund request | requester: ", P(p.full), " <",
            (g.email(p), "EMAIL_ADDRESS"), "> | \"Order arrived cold, please refund ", (g.amount(cc), "amount"),
            "\" | assignee: ", (g.pick(["tier1-queue", "refunds-bot", "escalations"]), "queue"), " | priority=normal"]


@tpl
def t_tip_added(g):
    cc = g.cc()
    rider = g.persona(cc)
    drv = g.persona(cc)
    return ["tip.added trip=", (g.uuid(), "trip_id"), " rider=", (g.login(rider), "PERSON"), " driver_id=",
            (g.driver_id(), "driver_id"), " amount=", (g.amount(cc, 1, 15), "amount"), " note=\"",
            g.pick(["thanks ", "great ride ", "merci ", "danke "]), P(drv.given), "!\""]


@tpl
def t_db_dsn(g):
    scheme = g.pick(["postgres", "postgresql", "mysql", "mongodb", "redis"])
    user = g.pick(["svc_orders", "payouts_rw", "etl_reader", "dispatch", "app"])
    return ["db pool init dsn=", scheme, "://", (user, "service_account"), ":", (g.password(), "CREDENTIAL"), "@",
            (g.srv_ip(), "server_ip"), ":%d/" % g.pick([5432, 3306, 27017, 6379]), g.pick(["orders", "payouts", "trips", "0"]),
            " pool_size=%d" % g.pick([10, 20, 50])]


@tpl
def t_config_apikey(g):
    key = g.pick(["maps_api_key", "STRIPE_SECRET_KEY", "sms.auth_token", "aws_secret", "GITHUB_TOKEN"])
    return ["config loaded from /etc/zipo/", g.pick(["app.yaml", "env", "secrets.json"]), ": ", key, "=",
            (g.api_key(), "CREDENTIAL"), " region=", g.pick(["eu-west-1", "us-east-2", "ap-southeast-1", "sa-east-1"]),
            " host=", (g.host(), "hostname")]


@tpl
def t_http_headers_jwt(g):
    return ["> POST /v2/trips HTTP/1.1 | Host: ", (g.pick(["api.zipo.app", "rides.zipo.app", "eats-gw.zipo.app"]), "hostname"),
            " | Authorization: Bearer ", (g.jwt(), "CREDENTIAL"), " | X-Forwarded-For: ", (g.ip(), "IP_ADDRESS"),
            " | X-Request-Id: ", (g.uuid(), "request_id")]


@tpl
def t_healthcheck(g):
    return [g.ts_iso(), " GET /healthz 200 from ", (g.srv_ip(), "lb_ip"), " (elb-healthchecker/2.0) upstream=",
            (g.host(), "hostname"), " latency_ms=%d" % g.r.randint(1, 30)]


@tpl
def t_metrics(g):
    if g.chance(0.5):
        return ["metrics dispatch.match_latency_ms p50=%d p99=%d region=" % (g.r.randint(50, 400), g.r.randint(500, 4000)),
                g.pick(["sao-paulo", "london", "shanghai", "mumbai", "berlin", "mexico-city"]), " host=",
                (g.host(), "hostname"), " ts=", (g.epoch_ms(), "timestamp")]
    return ["surge zone=", ("z_" + g.d(5), "zone_id"), " multiplier=%.1f demand=%d supply=%d" % (
        g.r.uniform(1.1, 3), g.r.randint(40, 900), g.r.randint(5, 300)), " model=", ("pricing-" + g.version(), "version")]


@tpl
def t_menu_sync(g):
    cc = g.cc()
    return ["menu.sync merchant_id=", ("m_" + g.d(7), "merchant_id"), " name=\"", (g.restaurant(cc), "company"),
            "\" items=%d updated=%d removed=%d source=" % (g.r.randint(10, 400), g.r.randint(0, 50), g.r.randint(0, 9)),
            g.pick(["pos_webhook", "csv_upload", "api"]), " took=%dms" % g.r.randint(20, 4000)]


@tpl
def t_deploy(g):
    if g.chance(0.5):
        return ["deploy ", g.pick(["dispatch", "payouts", "menu", "chat"]), " ", ("v" + g.version(), "version"), " by ",
                (g.svc(), "service_account"), " commit=", (g.sha(40), "commit_hash"), " canary=%d%%" % g.pick([5, 10, 25, 50])]
    return [g.ts_sys(), " ", (g.host(), "hostname"), " CRON[%d]: (" % g.r.randint(1000, 60000),
            (g.pick(["root", "airflow", "payouts"]), "service_account"), ") CMD (/opt/zipo/bin/settle_payouts --date ",
            g.date(), ")"]


@tpl
def t_fr_note(g):
    p = g.persona("FR")
    return ["Note agent : ", "M. " if p.male else g.pick(["Mme ", "Mme "]), P(p.sur), " signale que le livreur n'a pas sonné. Tél : ",
            (g.phone("FR"), "PHONE_NUMBER"), ". Geste commercial de ", (g.amount("FR", 3, 15), "amount"),
            " accordé sur la commande ", (g.order_id(), "order_id"), "."]


@tpl
def t_de_cancel(g):
    d = g.persona("DE")
    out = ["Fahrt ", (g.uuid(), "trip_id"), " storniert durch Fahrer ", P(d.full), ", Kennzeichen ",
           (g.plate("DE"), "LICENSE_PLATE")]
    if g.chance(0.6):
        out += ["; Rückruf an Fahrgast unter ", (g.phone("DE"), "PHONE_NUMBER")]
    out += ["; Stornogebühr ", (g.amount("DE", 3, 10), "amount")]
    return out


@tpl
def t_es_refund(g):
    cc = g.pick(["ES", "MX"])
    p = g.persona(cc)
    return ["Reembolso aprobado para ", P(g.name_form(p)), " (", (g.email(p), "EMAIL_ADDRESS"), ") por el pedido ",
            (g.order_id(), "order_id"), " de ", (g.restaurant(cc), "company"), ": ", (g.amount(cc), "amount"),
            g.pick([" — motivo: pedido incompleto", " — motivo: llegó frío", ""])]


@tpl
def t_br_pix(g):
    p = g.persona("BR")
    key_kind = g.pick(["telefone", "email"])
    key = (g.phone("BR"), "PHONE_NUMBER") if key_kind == "telefone" else (g.email(p), "EMAIL_ADDRESS")
    return ["[repasse] Entregador ", P(p.full), " cadastrou chave Pix (", key_kind, ") ", key,
            "; placa da moto ", (g.plate("BR"), "LICENSE_PLATE"), "; saldo ", (g.amount("BR", 50, 900), "amount")]


@tpl
def t_it_delivery(g):
    rider = g.persona("IT")
    cust = g.persona("IT")
    return ["Il rider ", P(rider.full), " ha consegnato l'ordine ", (g.order_id(), "order_id"), " a ", P(cust.given),
            " (", (g.phone("IT"), "PHONE_NUMBER"), ") in ", (g.street("IT"), "street"), "; mancia ",
            (g.amount("IT", 1, 8), "amount")]


@tpl
def t_nl_payout(g):
    d = g.persona("NL")
    return ["Uitbetaling chauffeur ", P(d.full), ", kenteken ", (g.plate("NL"), "LICENSE_PLATE"), ", rekening ",
            (g.iban("NL"), "IBAN_CODE"), ", bedrag ", (g.amount("NL", 80, 1200), "amount"), " — status: verwerkt"]


@tpl
def t_pl_courier(g):
    k = g.persona("PL")
    return ["Kurier ", P(k.full), " tel. ", (g.phone("PL"), "PHONE_NUMBER"), " odebrał zamówienie ",
            (g.order_id(), "order_id"), " z ", (g.restaurant("PL"), "company"), ", ", (g.street("PL"), "street")]


@tpl
def t_tr_ride(g):
    d = g.persona("TR")
    r = g.persona("TR")
    return ["Sürücü ", P(d.full), " plaka ", (g.plate("TR"), "LICENSE_PLATE"), " yolcu ", P(g.name_form(r)), " tel ",
            (g.phone("TR"), "PHONE_NUMBER"), " — yolculuk başladı, ", (g.street("TR"), "street")]


@tpl
def t_ru_driver(g):
    d = g.persona("RU")
    return ["Водитель ", P(d.full), " принял заказ ", (g.order_id(), "order_id"), "; госномер ",
            (g.plate("RU"), "LICENSE_PLATE"), "; телефон ", (g.phone("RU"), "PHONE_NUMBER"), "; подача к ",
            (g.street("RU"), "street")]


@tpl
def t_vi_driver(g):
    d = g.persona("VN")
    out = ["Tài xế ", P(d.full), " biển số ", (g.plate("VN"), "LICENSE_PLATE"), " đã nhận chuyến ",
           (g.uuid()[:13], "trip_id")]
    if g.chance(0.6):
        out += [", SĐT khách ", (g.phone("VN"), "PHONE_NUMBER")]
    out += [", cước ", (g.amount("VN", 10, 60), "amount")]
    return out


@tpl
def t_ja_courier(g):
    c = g.persona("JP")
    cust = g.persona("JP")
    return ["配達員 ", P(c.full), " が注文 ", (g.order_id(), "order_id"), " を受け取りました。お客様: ", P(cust.sur),
            "様 TEL ", (g.phone("JP"), "PHONE_NUMBER"), " 店舗: ", (g.restaurant("JP"), "company")]


@tpl
def t_ko_driver(g):
    d = g.persona("KR")
    out = ["[배차] 기사 ", P(d.full), "님 차량번호 ", (g.plate("KR"), "LICENSE_PLATE"), " 연락처 ",
           (g.phone("KR"), "PHONE_NUMBER")]
    if g.chance(0.4):
        out += [" 픽업 매장 ", (g.restaurant("KR"), "company")]
    return out


@tpl
def t_in_partner(g):
    p = g.persona("IN")
    if g.chance(0.5):
        return ["Delivery partner ", P(p.full), " (", (g.phone("IN"), "PHONE_NUMBER"), ") reached ",
                (g.restaurant("IN"), "company"), ", ", (g.street("IN"), "street"), "; order ", (g.order_id(), "order_id")]
    return ["Captain ", P(p.given), " | vehicle ", (g.plate("IN"), "LICENSE_PLATE"), " | ride OTP ",
            (g.d(4), "CREDENTIAL"), " | fare ", (g.amount("IN", 10, 60), "amount")]


@tpl
def t_chat_music(g):
    who = g.pick(_PUBLIC_EN)
    return ["[chat] trip=", (g.uuid(), "trip_id"), " rider->driver: \"could you put on some ", (who, "public_figure"),
            g.pick(["? thanks", " please", ", or anything chill"]), "\""]


@tpl
def t_campaign(g):
    who = g.pick(_PUBLIC_CHEF + _PUBLIC_SPORT)
    return ["campaign.launch id=", ("cmp_" + g.d(5), "campaign_id"), " name=\"", g.pick(["Cook like ", "Eat like ", "Ride with "]),
            (who, "public_figure"), "\" sender=", (g.role_mail(), "role_mailbox"), " audience=%d promo=" % g.r.randint(1000, 900000),
            (g.promo(), "promo_code")]


@tpl
def t_masked_view(g):
    cc = g.pick(["US", "GB", "DE", "CN"])
    return ["support.view user=", (g.user_id(), "user_id"), " phone=", (g.masked_phone(cc), "masked"), " card=",
            (g.card_tail(), "masked"), " email=", (g.pick("abcdefghjklmnprst") + "***@" + g.pick(["gmail.com", "web.de", "qq.com"]), "masked"),
            " agent_queue=", (g.pick(["tier1", "refunds", "safety"]), "queue")]


@tpl
def t_mail_queued(g):
    p = g.persona()
    if g.chance(0.2):
        return ["mail.queued id=", (g.hx(10).upper(), "message_id"), " from=", (g.role_mail(), "role_mailbox"), " to=",
                (g.role_mail(), "role_mailbox"), " subject=\"", g.pick(["Daily payout report", "Fraud digest", "SLA breach"]), "\""]
    if g.chance(0.6):
        return ["mail.queued id=", (g.hx(10).upper(), "message_id"), " from=", (g.role_mail(), "role_mailbox"), " to=",
                (g.email(p), "EMAIL_ADDRESS"), " subject=\"", g.pick(["Your receipt", "Your weekly earnings", "Reset your password"]),
                "\""]
    mx, mx_ip = g.pick([("gmail-smtp-in.l.google.com", "142.250.%d.%d" % (g.r.randint(0, 159), g.r.randint(1, 254))),
                        ("alt1.gmail-smtp-in.l.google.com", "64.233.%d.%d" % (g.r.randint(160, 191), g.r.randint(1, 254))),
                        ("mx.yandex.ru", "77.88.21.%d" % g.r.randint(1, 254)),
                        ("mx00.gmx.net", "212.227.17.%d" % g.r.randint(1, 254))])
    return [g.ts_sys(), " mx1 postfix/smtp[%d]: %s: to=<" % (g.r.randint(1000, 60000), g.hx(10).upper()),
            (g.email(p), "EMAIL_ADDRESS"), ">, relay=", (mx, "hostname"), "[", (mx_ip, "server_ip"), "]:25, status=", g.pick(["sent (250 2.0.0 OK)", "bounced (user unknown)"])]


@tpl
def t_ato_changed(g):
    cc = g.cc()
    p = g.persona(cc)
    return ["SECURITY account.credentials_changed user=", (g.email(p), "EMAIL_ADDRESS"), " from_ip=", (g.ip(), "IP_ADDRESS"),
            " old_phone=", (g.phone(cc), "PHONE_NUMBER"), " new_phone=", (g.phone(g.cc()), "PHONE_NUMBER"),
            " mfa=", g.pick(["disabled", "sms", "none"]), " flagged=true"]


@tpl
def t_debug_body_password(g):
    p = g.persona()
    body = js([("email", (g.email(p), "EMAIL_ADDRESS")), ("password", (g.password(), "CREDENTIAL")),
               ("device_id", ("dev_" + g.hx(12), "device_id"))], sep=",", colon=":")
    return ["DEBUG legacy /v1/login body=", body, " took=%dms" % g.r.randint(5, 300)]


@tpl
def t_card_attached(g):
    p = g.persona()
    return ["payment_method.attached user=", (g.login(p), "PERSON"), " brand=", g.pick(["visa", "mc", "amex"]),
            " pan=", (g.card(), "CREDIT_CARD"), " exp=%02d/%02d" % (g.r.randint(1, 12), g.r.randint(25, 31)),
            " fingerprint=", (g.an(16), "fingerprint")]


@tpl
def t_graphql_vars(g):
    cc = g.cc()
    p = g.persona(cc)
    vars_ = js([("input", O([("firstName", P(p.given)), ("lastName", P(p.sur)), ("phone", (g.phone(cc), "PHONE_NUMBER"))]))],
               sep=",", colon=":")
    return ["GraphQL error \"Unauthorized\" operation=UpdateProfile variables=", vars_, " trace=", (g.hx(16), "trace_id")]


@tpl
def t_location_ping(g):
    lat, lng = g.geo()
    return ["loc.ping courier=", (g.courier_id(), "courier_id"), " lat=", (lat, "geo"), " lng=", (lng, "geo"),
            " speed=%.1f battery=%d%% ts=" % (g.r.uniform(0, 45), g.r.randint(5, 100)), (g.epoch_ms(), "timestamp")]


@tpl
def t_trip_completed(g):
    cc = g.cc(["US", "GB", "FR", "DE", "ES", "MX", "BR", "IT", "NL", "PL", "TR", "IN"])
    r = g.persona(cc)
    return ["trip.completed id=", (g.uuid(), "trip_id"), " rider=\"", P(g.name_form(r)), "\" pickup=\"",
            (g.street(cc), "street"), "\" dropoff=\"", (g.street(cc), "street"), "\" km=%.1f fare=" % g.r.uniform(1, 40),
            (g.amount(cc, 4, 80), "amount")]


@tpl
def t_rating_comment(g):
    cc = g.cc(["US", "GB", "IN"])
    r = g.persona(cc)
    d = g.persona(cc)
    return ["rating stars=%d by=" % g.r.randint(1, 2), (g.login(r), "PERSON"), " trip=", (g.uuid(), "trip_id"),
            " comment=\"driver ", P(d.given), g.pick([" was rude and smoked in the car", " took a weird route",
                                                     " asked for my number"]), "\""]


@tpl
def t_support_transcript(g):
    cc = g.cc(["US", "GB", "IN"])
    agent = g.persona(g.cc(["IN", "GB", "US"]))
    cust = g.persona(cc)
    out = ["[agent ", P(agent.given), "] Hi ", P(cust.given), ", can you confirm the email on the account? [customer] "]
    if g.chance(0.7):
        out += ["it's ", (g.email(cust), "EMAIL_ADDRESS")]
    else:
        out += ["same as always, you guys have it"]
    return out


@tpl
def t_rate_limit(g):
    return [g.ts_iso(), " WARN 429 rate_limited client=", (g.ip(), "IP_ADDRESS"), " path=/v1/promo/redeem rps=%d" % g.r.randint(30, 900),
            " edge=", (g.host(), "hostname"), " edge_ip=", (g.srv_ip(), "server_ip")]


@tpl
def t_twilio_inbound(g):
    cc = g.cc(["US", "GB", "MX", "BR", "IN"])
    return ["POST /webhooks/sms/inbound From=", (g.phone(cc).replace(" ", ""), "PHONE_NUMBER"), "&To=",
            (g.hotline("US"), "hotline"), "&Body=", g.pick(["STOP", "where is my order", "driver left without me"]).replace(" ", "+"),
            "&MessageSid=", ("SM" + g.hx(32), "message_id")]


# ---------------- Chinese templates (simplified / traditional) ----------------

_CN_SUR_TITLES = ["师傅", "先生", "女士", "经理", "小姐", "老师", "总"]


@tpl
def c_rider_assigned(g):
    p = g.persona("CN")
    if g.chance(0.3):
        return ["[INFO] ", g.ts_cn(), " 订单 ", (g.order_id(), "order_id"), " 已分配骑手 rider_id=", (g.courier_id(), "courier_id"),
                "，骑手手机 ", (g.masked_phone("CN"), "masked"), "，预计 %d 分钟送达" % g.r.randint(15, 50)]
    return ["[INFO] ", g.ts_cn(), " 订单 ", (g.order_id(), "order_id"), " 已分配骑手 ", P(p.full), "（",
            (g.phone("CN"), "PHONE_NUMBER"), "），预计 %d 分钟送达" % g.r.randint(15, 50)]


@tpl
def c_driver_arrived(g):
    p = g.persona("CN")
    return ["推送: 您的司机", P(p.sur), "师傅（", (g.plate("CN"), "LICENSE_PLATE"), "，",
            g.pick(["白色", "黑色", "银色"]), g.pick(["比亚迪秦", "大众朗逸", "丰田卡罗拉", "吉利帝豪"]),
            "）已到达上车点，请在 %d 分钟内上车" % g.pick([2, 3, 5])]


@tpl
def c_json_cn_keys(g):
    p = g.persona("CN")
    pairs = [("订单号", (g.order_id(), "order_id")), ("收货人", P(p.full)), ("手机号", (g.phone("CN"), "PHONE_NUMBER")),
             ("商家", (g.restaurant("CN"), "company")), ("实付金额", N((g.num_amount(10, 200), "amount"))),
             ("配送状态", g.pick(["待接单", "配送中", "已送达"]))]
    return js(pairs, sep=g.pick([", ", ","]), colon=g.pick([": ", ":"]))


@tpl
def c_realname(g):
    p = g.persona("CN")
    return ["实名认证通过 姓名=", P(p.full), " 身份证号=", (g.cn_id(), "CN_RESIDENT_ID"), " 手机=",
            (g.phone("CN"), "PHONE_NUMBER"), " 渠道=", g.pick(["公安网核验", "支付宝授权", "人脸识别"])]


@tpl
def c_driver_onboard(g):
    p = g.persona("CN")
    return ["司机入驻审核：", P(p.full), "，驾驶证号 ", (g.cn_id(), "CN_RESIDENT_ID"), "，车牌 ",
            (g.plate("CN"), "LICENSE_PLATE"), "，车型 "] + [
        [(mk, "company"), md] for mk, md in [g.pick([("比亚迪", "秦PLUS"), ("吉利", "几何A"), ("广汽埃安", "AION S"),
                                                   ("特斯拉", "Model 3")])]] + ["，状态：", g.pick(["待复核", "已通过", "资料不全"])]


@tpl
def c_ticket(g):
    p = g.persona("CN")
    title = "先生" if p.male else g.pick(["女士", "小姐"])
    return ["工单#", (g.d(8), "ticket_id"), " 用户", P(p.sur), title, "反馈骑手未送达，联系电话", (g.phone("CN"), "PHONE_NUMBER"),
            "，已退款", (g.amount("CN", 10, 120), "amount"), "，处理人：", (g.pick(["客服一组", "售后专员", "夜班组"]), "queue")]


@tpl
def c_masked_order(g):
    return ["用户手机 ", (g.masked_phone("CN"), "masked"), " 下单成功，订单号 ", (g.cn_order18(), "order_id"),
            "，商家 ", (g.restaurant("CN"), "company"), "，金额 ", (g.amount("CN"), "amount")]


@tpl
def c_risk_ato(g):
    return ["【风控】账号 ", (g.phone("CN"), "PHONE_NUMBER"), " 疑似被盗：异地登录 IP ", (g.ip(), "IP_ADDRESS"),
            "，设备 ", ("dev_" + g.hx(12), "device_id"), " 首次出现，已冻结提现，规则 ", ("R" + g.d(4), "rule_id")]


@tpl
def c_payment_card(g):
    p = g.persona("CN")
    return ["支付成功 用户=", P(p.full), " 银行卡=", (g.card("unionpay"), "CREDIT_CARD"), " 金额=",
            (g.amount("CN", 10, 300), "amount"), " 流水号=", (g.d(20), "transaction_id")]


@tpl
def c_withdraw(g):
    p = g.persona("CN")
    return ["骑手提现申请：", P(p.full), " 提现 ", (g.amount("CN", 100, 3000), "amount"), " 至 ",
            (g.pick(["招商银行", "工商银行", "建设银行", "中国银行"]), "company"), " 尾号 ", (g.d(4), "masked"),
            "，预计 T+1 到账"]


@tpl
def c_chat_passenger(g):
    return ["[聊天] 行程 ", (g.uuid()[:18], "trip_id"), " 乘客: 师傅我在", g.pick(["南门", "北门", "地铁B口", "停车场入口"]),
            "，穿", g.pick(["白色", "黑色", "红色"]), "衣服，找不到打我电话", (g.phone("CN"), "PHONE_NUMBER")]


@tpl
def c_chat_driver(g):
    p = g.persona("CN")
    return ["[聊天] 司机", P(p.sur), "师傅: 我到了，车牌", (g.plate("CN"), "LICENSE_PLATE"), "，您出来一下，这里不能久停"]


@tpl
def c_music(g):
    return ["[行程备注] 乘客要求播放", (g.pick(_PUBLIC_CN_SING), "public_figure"), "的歌，空调调低，行程 ",
            (g.uuid()[:18], "trip_id")]


@tpl
def c_review_quote(g):
    w = g.pick(_PUBLIC_CN_WRITER)
    return ["用户评价（", (g.order_id(), "order_id"), "）：\"", (w, "public_figure"), g.pick(["说过：世上本没有路", "的诗都没这碗面有味道"]),
            "\" 评分 %d 星" % g.r.randint(1, 5)]


@tpl
def c_brand(g):
    return ["商家 ", (g.pick(["张亮麻辣烫", "杨国福麻辣烫", "老乡鸡", "袁记云饺", "李先生牛肉面"]), "company"), "（",
            g.pick(["徐家汇", "望京", "天河", "春熙路"]), "店）已接单，出餐预计 %d 分钟，门店 ID " % g.r.randint(5, 30),
            ("S" + g.d(8), "store_id")]


@tpl
def c_hotline(g):
    return ["用户取消订单 ", (g.order_id(), "order_id"), "，原因：", g.pick(["等待太久", "地址填错", "不想要了"]),
            "。如有疑问请拨打客服热线 ", (g.hotline("CN"), "hotline")]


@tpl
def c_sms_code(g):
    return ["短信下发 手机号=", (g.phone("CN"), "PHONE_NUMBER"), " 内容=【快马外卖】您的验证码为", (g.d(6), "CREDENTIAL"),
            "，5分钟内有效，请勿泄露。 通道=", g.pick(["阿里云", "腾讯云"])]


@tpl
def c_refund(g):
    return ["退款单 ", ("RF" + g.d(14), "refund_id"), " 订单 ", (g.cn_order18(), "order_id"), " 退款金额 ",
            (g.amount("CN", 5, 150), "amount"), " 原路退回 状态=成功 运单号 ", (g.waybill16(), "waybill")]


@tpl
def c_login_kv(g):
    p = g.persona("CN")
    return ["用户登录失败 uid=", (g.d(9), "user_id"), " 账号=", (g.email(p), "EMAIL_ADDRESS"), " ip=",
            (g.ip(), "IP_ADDRESS"), " 密码错误次数=%d 服务器=" % g.r.randint(1, 5), (g.srv_ip(), "server_ip")]


@tpl
def c_debug_body(g):
    body = js([("mobile", (g.phone("CN").replace(" ", ""), "PHONE_NUMBER")), ("password", (g.password(), "CREDENTIAL")),
               ("captcha", (g.an(4, string.ascii_uppercase), "captcha"))], sep=",", colon=":")
    return ["调试日志: 登录请求体 ", body, " 耗时 %dms" % g.r.randint(10, 400)]


@tpl
def c_tw_courier(g):
    p = g.persona("TW")
    return ["外送員 ", P(p.full), " 已取餐，訂單 ", (g.order_id(), "order_id"), "，店家 ", (g.restaurant("TW"), "company"),
            "，顧客電話 ", (g.phone("TW"), "PHONE_NUMBER")]


@tpl
def c_tw_driver(g):
    d = g.persona("TW")
    r = g.persona("TW", male=False)
    return ["司機 ", P(d.full), " 車牌 ", (g.plate("TW"), "LICENSE_PLATE"), " 已抵達，乘客 ", P(r.sur),
            g.pick(["小姐", "女士"]), " 請至", (g.street("TW"), "street"), "路口上車"]


@tpl
def c_tw_refund(g):
    return ["退款已處理，信用卡 ", (g.card(g.pick(["visa", "mc", "jcb"])), "CREDIT_CARD"), "，金額 ",
            (g.amount("TW", 10, 100), "amount"), "，訂單 ", (g.order_id(), "order_id"), "，客服專線 ", (g.hotline("TW"), "hotline")]


@tpl
def c_store_manager(g):
    p = g.persona("CN")
    out = ["门店", P(p.sur), "经理确认出餐延迟，", ]
    if g.chance(0.5):
        out += ["手机 ", (g.phone("CN"), "PHONE_NUMBER"), "，"]
    out += ["商家 ", (g.restaurant("CN"), "company"), "，补偿骑手等待费 ", (g.amount("CN", 1, 10), "amount")]
    return out


@tpl
def c_foreign_driver(g):
    cc = g.cc(["RU", "KR", "US", "GB", "DE", "JP", "VN", "TR"])
    p = g.persona(cc)
    return ["外籍司机入驻 姓名=", P(p.full), " 国籍=", cc, " 护照号=", (g.passport(cc), "PASSPORT"), " 居留许可到期=",
            "%d-%02d" % (g.r.randint(2025, 2030), g.r.randint(1, 12)), " 审核人=", (g.pick(["kyc-worker", "ops-automation"]), "service_account")]


@tpl
def c_insurance(g):
    p = g.persona("CN")
    return ["骑手 ", P(p.full), " 身份证 ", (g.cn_id(), "CN_RESIDENT_ID"), " 投保成功，保单号 ",
            (g.pick(["PICC", "PAIC", "CPIC"]) + g.d(16), "policy_id"), "，保险公司 ",
            (g.pick(["中国人保", "平安保险", "太平洋保险"]), "company")]


@tpl
def c_dispatch_stats(g):
    return ["调度统计 区域=", g.pick(["浦东", "海淀", "南山", "天河", "武侯"]), " 在线骑手=%d 待分配订单=%d 平均接单时长=%.1fs 节点=" % (
        g.r.randint(100, 9000), g.r.randint(0, 800), g.r.uniform(1, 40)), (g.host(), "hostname")]


@tpl
def c_gateway_timeout(g):
    return ["[WARN] ", g.ts_cn(), " 支付网关超时 host=", (g.host(), "hostname"), " ip=", (g.srv_ip(), "server_ip"),
            " 重试 %d 次，trace_id=" % g.r.randint(1, 5), (g.hx(32), "trace_id")]


@tpl
def c_csv_export(g):
    p = g.persona("CN")
    return [(g.cn_order18(), "order_id"), ",", P(p.full), ",", (g.phone("CN"), "PHONE_NUMBER"), ",",
            (g.masked_phone("CN"), "masked"), ",", (g.num_amount(10, 200), "amount"), ",", g.ts_cn()]


@tpl
def c_coupon(g):
    acct = (g.phone("CN"), "PHONE_NUMBER") if g.chance(0.65) else (g.masked_phone("CN"), "masked")
    return ["优惠券 ", (g.promo(), "promo_code"), " 被账号 ", acct, " 领取，批次 ",
            ("B" + g.d(6), "batch_id"), "，面额 ", (g.amount("CN", 3, 30), "amount"), "，同设备已领取 %d 次" % g.r.randint(1, 9)]


@tpl
def c_emergency(g):
    r = g.persona("CN")
    c = g.persona("CN")
    return ["安全中心: 行程录音已开启，乘客 ", P(r.full), " 触发一键报警，已通知紧急联系人 ", P(c.full), "（",
            (g.phone("CN"), "PHONE_NUMBER"), "），定位 ", (g.geo()[0], "geo")]


@tpl
def c_admin_audit(g):
    admin = g.persona("CN")
    return ["操作审计 时间=", g.ts_cn(), " 操作人=", (g.login(admin), "PERSON"), " 动作=导出骑手名单 数量=%d 来源IP=" % g.r.randint(10, 5000),
            (g.srv_ip(), "office_ip"), " 审批单=", ("OA" + g.d(8), "ticket_id")]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def _check(text, spans, decoys):
    assert "\n" not in text and "\r" not in text, text
    items = sorted(spans + decoys)
    last = 0
    for s, e, _ in items:
        assert 0 <= s < e <= len(text), (s, e, text)
        assert s >= last, ("overlap", text, items)
        last = e
    for s, e, lab in spans:
        assert lab in TYPES, lab
        assert text[s:e] and text[s:e].strip() == text[s:e], (text, s, e)


def blind_log46(n: int, seed: int = 0) -> list:
    g = Gen(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        ti = g.r.randrange(nt)
        parts = TEMPLATES[ti](g)
        text, spans, decoys = _assemble(parts)
        # every planted value must be exactly where the offsets say
        for s, e, lab in spans + decoys:
            assert text[s:e], (text, s, e, lab)
        _check(text, spans, decoys)
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": ti})
    return out


if __name__ == "__main__":  # pragma: no cover
    import collections
    import sys
    import time

    t0 = time.time()
    rows = blind_log46(5000, int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    dt = time.time() - t0
    cnt = collections.Counter(s[2] for r in rows for s in r["spans"])
    dcnt = collections.Counter(s[2] for r in rows for s in r["decoys"])
    print("templates", len(TEMPLATES), "time %.2fs" % dt)
    print(dict(sorted(cnt.items())))
    print(dict(sorted(dcnt.items())))
    print("lines without spans", sum(1 for r in rows if not r["spans"]))
