"""Blind benchmark 41: personal data in event-ticketing / concert-venue logs.

Written independently of the redactor.  ``blind_log41(n, seed)`` returns ``n``
single-line log records, each a dict with ``text``, ``spans`` (personal values),
``decoys`` (look-alike values that are not personal and must survive) and
``template`` (index of the producing template).  Only the standard library and
Faker are used.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
import string
import unicodedata

from faker import Faker

__all__ = ["blind_log41", "TEMPLATES", "TYPES"]

TYPES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDENTIAL",
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "PASSPORT", "CN_RESIDENT_ID",
    "LICENSE_PLATE",
}

LOCALES = [
    "en_US", "en_GB", "en_IN", "zh_CN", "zh_TW", "fr_FR", "de_DE", "es_ES",
    "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL", "pl_PL", "tr_TR",
    "vi_VN",
]
COUNTRY = {
    "en_US": "US", "en_GB": "GB", "en_IN": "IN", "zh_CN": "CN", "zh_TW": "TW",
    "fr_FR": "FR", "de_DE": "DE", "es_ES": "ES", "pt_BR": "BR", "ja_JP": "JP",
    "ko_KR": "KR", "ru_RU": "RU", "it_IT": "IT", "nl_NL": "NL", "pl_PL": "PL",
    "tr_TR": "TR", "vi_VN": "VN",
}
# locale weights for people appearing in English-language lines
EN_MIX = (["en_US"] * 8 + ["en_GB"] * 4 + ["en_IN"] * 3 + ["zh_CN", "zh_TW", "fr_FR",
          "de_DE", "es_ES", "pt_BR", "ja_JP", "ko_KR", "ru_RU", "it_IT", "nl_NL",
          "pl_PL", "tr_TR", "vi_VN"])

_FAKERS: dict[str, Faker] = {}


def _fakers() -> dict[str, Faker]:
    if not _FAKERS:
        for loc in LOCALES:
            _FAKERS[loc] = Faker(loc)
    return _FAKERS


# ----------------------------------------------------------------------------
# static vocabularies
# ----------------------------------------------------------------------------

ARTISTS = [
    "Taylor Swift", "Beyoncé", "Ed Sheeran", "Adele", "Bruno Mars", "Billie Eilish",
    "Coldplay", "Harry Styles", "Olivia Rodrigo", "Dua Lipa", "The Weeknd", "Bad Bunny",
    "Shakira", "Elton John", "Bruce Springsteen", "Paul McCartney", "Lady Gaga",
    "Stromae", "Rosalía", "Helene Fischer", "Andrea Bocelli", "BTS", "BLACKPINK",
    "Karol G", "Metallica", "P!nk", "Travis Scott", "SZA", "Sabrina Carpenter",
    "Post Malone", "Kendrick Lamar", "Måneskin", "Rammstein", "Hikaru Utada", "Anitta",
    "Ivete Sangalo", "Tarkan", "Laura Pausini", "Dawid Podsiadło", "André Rieu",
    "Mylène Farmer", "Herbert Grönemeyer", "Alejandro Sanz", "Stray Kids", "Yoasobi",
]
ARTISTS_CN = [
    "周杰伦", "五月天", "张学友", "邓紫棋", "林俊杰", "蔡依林", "陈奕迅", "王菲", "薛之谦",
    "李荣浩", "刘德华", "华晨宇", "张惠妹", "孙燕姿", "毛不易", "周深", "汪苏泷", "告五人",
    "伍佰", "李宗盛", "罗大佑", "梁静茹",
]
TOURS = ["The Eras Tour", "World Tour 2024", "Stadium Tour", "Live 2025", "Farewell Tour",
         "Unplugged", "Summer Nights", "Arena Tour", "Greatest Hits Live"]
TOURS_CN = ["嘉年华世界巡回演唱会", "巡回演唱会", "世界巡演", "「好好好想见到你」演唱会",
            "演唱会", "LIVE TOUR", "十周年巡演"]
VENUES = [
    "Madison Square Garden", "Royal Albert Hall", "Wembley Stadium", "Red Rocks Amphitheatre",
    "Carnegie Hall", "Radio City Music Hall", "Ryman Auditorium", "Hollywood Bowl",
    "Rod Laver Arena", "Accor Arena", "Mercedes-Benz Arena", "Olympiahalle", "Ziggo Dome",
    "Palau Sant Jordi", "Allianz Parque", "Tokyo Dome", "Estadio Santiago Bernabéu",
    "Arena di Verona", "Stade de France", "Kia Forum", "Johan Cruijff ArenA",
    "Crypto.com Arena", "The O2", "Lanxess Arena", "PGE Narodowy", "Volkswagen Arena",
    "Wiener Stadthalle", "Sphere", "Gocheok Sky Dome", "Ahoy Rotterdam",
]
VENUES_CN = ["国家体育场（鸟巢）", "梅赛德斯-奔驰文化中心", "台北小巨蛋", "深圳湾体育中心",
             "上海体育场", "广州天河体育中心", "成都凤凰山体育公园", "高雄巨蛋", "杭州奥体中心",
             "华熙LIVE·五棵松", "香港红磡体育馆", "武汉体育中心"]
CITIES_CN = ["北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "南京", "西安", "重庆", "长沙"]
COMPANIES = ["Live Nation", "AEG Presents", "Ticketmaster", "CTS Eventim", "See Tickets",
             "StubHub", "viagogo", "Goldenvoice", "Stripe", "Adyen", "Twilio", "DICE",
             "AXS", "Eventbrite", "SeatGeek", "Vivid Seats", "Ticketek", "FKP Scorpio"]
COMPANIES_CN = ["大麦网", "猫眼演出", "秀动", "摩天轮票务", "票星球", "聚橙网", "永乐票务",
                "拓元售票", "KKTIX", "年代售票"]
QUOTES_CN = [("横眉冷对千夫指，俯首甘为孺子牛", "鲁迅"), ("世上本没有路，走的人多了，也便成了路", "鲁迅"),
             ("人生得意须尽欢", "李白"), ("面朝大海，春暖花开", "海子"),
             ("生活不止眼前的苟且，还有诗和远方", "高晓松"), ("你站在桥上看风景", "卞之琳")]
PLAYS_CN = ["阿Q正传", "雷雨", "茶馆", "恋爱的犀牛", "暗恋桃花源", "狂人日记"]
SONGS = ["Love Story", "Yellow", "Shallow", "Bohemian Rhapsody", "Halo", "Fix You",
         "Blinding Lights", "Levitating", "Birds of a Feather", "Espresso", "drivers license",
         "Perfect", "Alors on danse", "Despechá"]
ROLES = ["support", "noreply", "no-reply", "billing", "boxoffice", "accessibility", "security",
         "lostandfound", "settlements", "refunds", "help", "guestservices", "info", "ops-alerts",
         "resale", "ticketing"]
DOMAINS = ["tixhub.com", "venuepass.io", "arenatix.co.uk", "showgate.de", "billetterie-live.fr",
           "gatepass.events", "seatwave.example", "tickets.ziggodome.nl", "boxoffice.redrocks.example",
           "piaoyou.cn", "ticketpro.es"]
SVC_ACCOUNTS = ["svc-scanner", "svc-backup", "root", "jenkins", "ticket-sync", "etl_batch",
                "admin", "deploy-bot", "svc_settlement", "kiosk-02", "pos-sync", "gitlab-runner",
                "airflow", "svc-resale"]
PERSONAL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
    "GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "TW": ["gmail.com", "yahoo.com.tw", "hotmail.com", "pchome.com.tw"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "icloud.com"],
    "KR": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "RU": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "NL": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
    "PL": ["wp.pl", "o2.pl", "gmail.com", "onet.pl", "interia.pl"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "VN": ["gmail.com", "yahoo.com.vn"],
}
ZH_PINYIN = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang",
    "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu",
    "胡": "hu", "郭": "guo", "何": "he", "高": "gao", "林": "lin", "罗": "luo", "郑": "zheng",
    "梁": "liang", "谢": "xie", "宋": "song", "唐": "tang", "许": "xu", "韩": "han", "冯": "feng",
    "邓": "deng", "曹": "cao", "彭": "peng", "曾": "zeng", "肖": "xiao", "田": "tian", "董": "dong",
    "袁": "yuan", "潘": "pan", "于": "yu", "蒋": "jiang", "蔡": "cai", "余": "yu", "杜": "du",
    "叶": "ye", "程": "cheng", "苏": "su", "魏": "wei", "吕": "lv", "丁": "ding", "任": "ren",
    "沈": "shen", "姚": "yao", "卢": "lu", "姜": "jiang", "崔": "cui", "钟": "zhong", "谭": "tan",
    "陆": "lu", "汪": "wang", "范": "fan", "金": "jin", "石": "shi", "廖": "liao", "贾": "jia",
    "夏": "xia", "韦": "wei", "付": "fu", "方": "fang", "白": "bai", "邹": "zou", "孟": "meng",
    "熊": "xiong", "秦": "qin", "邱": "qiu", "江": "jiang", "尹": "yin", "薛": "xue", "闫": "yan",
    "段": "duan", "雷": "lei", "侯": "hou", "龙": "long", "史": "shi", "陶": "tao", "黎": "li",
    "贺": "he", "顾": "gu", "毛": "mao", "郝": "hao", "龚": "gong", "邵": "shao", "万": "wan",
    "钱": "qian", "严": "yan", "覃": "qin", "武": "wu", "戴": "dai", "莫": "mo", "孔": "kong",
    "向": "xiang", "汤": "tang", "陳": "chen", "張": "zhang", "劉": "liu", "黃": "huang",
    "趙": "zhao", "吳": "wu", "許": "hsu", "鄭": "cheng", "謝": "hsieh", "蔡": "tsai", "葉": "yeh",
    "蘇": "su", "呂": "lu", "鍾": "chung", "曾": "tseng", "賴": "lai", "楊": "yang", "簡": "chien",
}
KO_ROMAN = {
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
    "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
    "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "홍": "hong", "전": "jeon", "고": "ko",
    "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo", "유": "yoo",
    "남": "nam", "심": "shim", "노": "noh", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha",
    "주": "joo", "우": "woo", "구": "koo", "민": "min", "류": "ryu", "나": "na", "진": "jin",
}
KO_GIVEN = ["minjun", "seoyeon", "jiwoo", "hyunwoo", "jisoo", "yuna", "dohyun", "eunji",
            "sungmin", "haeun", "jihoon", "soyeon", "taeyang", "mina"]
RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                  "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                  "yu", "ya"]))
VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
           "Đỗ", "Hồ", "Ngô", "Dương"]
VN_MID = ["Văn", "Thị", "Minh", "Đức", "Ngọc", "Thu", "Quốc", "Thanh", "Hữu", "Bảo"]
VN_GIVEN = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hằng", "Hùng", "Lan", "Linh", "Long",
            "Mai", "Nam", "Phương", "Quân", "Thảo", "Trang", "Tuấn", "Việt", "Khoa", "Vy"]
CN_AREAS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106",
            "320102", "510107", "420111", "500103", "610113", "370202", "210102", "350203",
            "430104", "120101", "230102", "410105", "530102", "450103", "360102", "130102"]
CN_MOBILE_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                 "152", "153", "155", "156", "157", "158", "159", "166", "170", "176", "177",
                 "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "198",
                 "199"]
CN_PLATE_PROV = "京沪粤浙苏川鄂湘闽鲁津渝陕辽豫皖赣桂"
CN_NAT = ["美国", "日本", "韩国", "英国", "法国", "德国", "新加坡", "马来西亚", "澳大利亚", "加拿大"]
NAT_LOCALE = {"美国": "en_US", "日本": "ja_JP", "韩国": "ko_KR", "英国": "en_GB", "法国": "fr_FR",
              "德国": "de_DE", "新加坡": "en_GB", "马来西亚": "en_GB", "澳大利亚": "en_GB",
              "加拿大": "en_US"}
LF_ITEMS = ["black iPhone 15", "brown leather wallet", "car keys (Toyota fob)", "denim jacket",
            "prescription glasses", "AirPods case", "kid's backpack", "Samsung Galaxy S23",
            "silver bracelet", "green umbrella"]
LF_ITEMS_CN = ["黑色钱包", "白色iPhone 14", "蓝色双肩包", "雨伞", "儿童水壶", "银色手链", "车钥匙"]
TIERS = ["Floor GA", "Pit", "Lower Bowl 114", "VIP Box", "Balcony", "Club Level", "Sec 212"]
TIERS_CN = ["内场VIP", "看台A区", "看台B区", "880档", "1280档", "1880档", "站票"]

_PH = re.compile(r"@\{(\w+)\}")
_SPLIT_CACHE: dict[str, list[str]] = {}
_KIND_RE = re.compile(r"^[a-z][a-z_]*$")


def _luhn_check(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def _ascii(s: str) -> str:
    s = "".join(RU_TR.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s)


class Person:
    __slots__ = ("first", "last", "full", "loc", "lf", "ll")

    def __init__(self, first, last, full, loc, lf, ll):
        self.first, self.last, self.full, self.loc = first, last, full, loc
        self.lf, self.ll = lf, ll  # latin handles (lowercase ascii)

    @property
    def cc(self):
        return COUNTRY[self.loc]


class G:
    """Per-call generation context."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.f = _fakers()
        for i, loc in enumerate(LOCALES):
            self.f[loc].seed_instance(seed * 131 + i)

    # --------------------------------------------------------------- people
    def person(self, loc: str | None = None) -> Person:
        r = self.r
        if loc is None:
            loc = r.choice(EN_MIX)
        elif loc == "zh":
            loc = "zh_CN" if r.random() < 0.85 else "zh_TW"
        fk = self.f[loc]
        fem = r.random() < 0.5
        if loc == "vi_VN":
            last, first = r.choice(VN_LAST), r.choice(VN_MID) + " " + r.choice(VN_GIVEN)
        elif fem:
            first, last = fk.first_name_female(), fk.last_name_female()
        else:
            first, last = fk.first_name_male(), fk.last_name_male()
        if loc in ("zh_CN", "zh_TW", "ko_KR"):
            full = last + first
        elif loc == "ja_JP":
            full = last + (" " if r.random() < 0.4 else "") + first
        elif loc == "vi_VN":
            full = last + " " + first
        else:
            full = first + " " + last
        # latin handles
        if loc in ("zh_CN", "zh_TW"):
            ll = ZH_PINYIN.get(last) or _ascii(fk.last_romanized_name())
            lf = _ascii(fk.first_romanized_name())
        elif loc == "ja_JP":
            ll, lf = _ascii(fk.last_romanized_name()), _ascii(fk.first_romanized_name())
        elif loc == "ko_KR":
            ll, lf = KO_ROMAN.get(last, "kim"), r.choice(KO_GIVEN)
        elif loc == "vi_VN":
            ll, lf = _ascii(last), _ascii(first.split()[-1])
        else:
            ll, lf = _ascii(last.split()[-1]), _ascii(first.split()[0])
        return Person(first, last, full, loc, lf or "user", ll or "x")

    def uname(self, p: Person) -> str:
        r = self.r
        f, l = p.lf, p.ll
        k = r.randrange(8)
        if k == 0:
            u = f[0] + l
        elif k == 1:
            u = f + "." + l
        elif k == 2:
            u = l + f[0]
        elif k == 3:
            u = f + l + str(r.randint(1, 99))
        elif k == 4:
            u = f[0] + l + str(r.randint(1, 999))
        elif k == 5:
            u = f + "_" + l[0]
        elif k == 6:
            u = l + "." + f
        else:
            u = f + str(r.randint(1970, 2008))
        return u

    def email(self, p: Person | None = None) -> str:
        r = self.r
        if p is None:
            p = self.person()
        dom = r.choice(PERSONAL_DOMAINS[p.cc])
        if dom == "qq.com" and r.random() < 0.6:
            return str(r.randint(10000000, 2999999999)) + "@qq.com"
        k = r.randrange(5)
        if k == 0:
            h = p.lf + "." + p.ll
        elif k == 1:
            h = p.lf[0] + p.ll + str(r.randint(1, 99))
        elif k == 2:
            h = p.lf + p.ll
        elif k == 3:
            h = p.lf + "_" + p.ll + str(r.randint(70, 99))
        else:
            h = p.ll + "." + p.lf[0]
        return h + "@" + dom

    # --------------------------------------------------------------- phones
    def d(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def phone(self, cc: str = "US", mobile: bool = False) -> str:
        r, d = self.r, self.d
        k = r.randrange(3 if mobile else 4)
        if cc == "US":
            a = str(r.randint(2, 9)) + d(2)
            e = str(r.randint(2, 9)) + d(2)
            s = d(4)
            return [f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"+1 {a} {e} {s}", f"+1{a}{e}{s}"][k]
        if cc == "GB":
            m = "7" + str(r.randint(4, 9)) + d(2)
            s6 = d(6)
            return [f"0{m} {s6}", f"+44 {m} {s6}", f"+44{m}{s6}", f"020 {r.randint(3, 8)}{d(3)} {d(4)}"][k]
        if cc == "IN":
            m = str(r.randint(6, 9)) + d(4)
            s = d(5)
            return [f"+91 {m} {s}", f"0{m} {s}", f"{m}{s}", f"+91-{m}{s}"][k]
        if cc == "CN":
            m = r.choice(CN_MOBILE_PFX)
            a, b = d(4), d(4)
            return [f"{m}{a}{b}", f"+86 {m} {a} {b}", f"{m}-{a}-{b}",
                    r.choice(["010-", "021-", "0755-", "020-"]) + str(r.randint(2, 8)) + d(7)][k]
        if cc == "TW":
            m = "9" + d(2)
            a, b = d(3), d(3)
            return [f"0{m}-{a}-{b}", f"0{m} {a} {b}", f"+886 {m} {a} {b}", f"(02) 2{d(3)}-{d(4)}"][k]
        if cc == "FR":
            p = [r.choice("67")] + [d(2) for _ in range(4)]
            return [f"0{p[0]} " + " ".join(p[1:]), f"+33 {p[0]} " + " ".join(p[1:]),
                    "0" + "".join(p), f"+33{''.join(p)}"][k]
        if cc == "DE":
            m = r.choice(["151", "152", "160", "170", "171", "176", "157"])
            return [f"0{m} {d(8)}", f"+49 {m} {d(8)}", f"030 {d(8)}", f"+49 (0)89 {d(7)}"][k]
        if cc == "ES":
            m = r.choice("67") + d(2)
            return [f"{m} {d(3)} {d(3)}", f"+34 {m} {d(2)} {d(2)} {d(2)}", f"{m}{d(6)}", f"+34{m}{d(6)}"][k]
        if cc == "BR":
            a = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
            return [f"({a}) 9{d(4)}-{d(4)}", f"+55 {a} 9{d(4)}-{d(4)}", f"+55{a}9{d(8)}", f"{a} 9{d(4)} {d(4)}"][k]
        if cc == "JP":
            m = r.choice(["90", "80", "70"])
            return [f"0{m}-{d(4)}-{d(4)}", f"+81 {m}-{d(4)}-{d(4)}", f"0{m}{d(8)}", f"03-{d(4)}-{d(4)}"][k]
        if cc == "KR":
            return [f"010-{d(4)}-{d(4)}", f"+82 10-{d(4)}-{d(4)}", f"010{d(8)}", f"+82 10 {d(4)} {d(4)}"][k]
        if cc == "RU":
            m = "9" + d(2)
            return [f"+7 {m} {d(3)}-{d(2)}-{d(2)}", f"8 ({m}) {d(3)}-{d(2)}-{d(2)}", f"+7{m}{d(7)}", f"8{m}{d(7)}"][k]
        if cc == "IT":
            m = "3" + str(r.randint(20, 93))
            return [f"{m} {d(3)} {d(4)}", f"+39 {m} {d(7)}", f"{m}{d(7)}", f"+39 {m} {d(3)} {d(4)}"][k]
        if cc == "NL":
            return [f"06-{d(8)}", f"+31 6 {d(8)}", f"06 {d(4)} {d(4)}", f"+316{d(8)}"][k]
        if cc == "PL":
            m = r.choice("5678") + d(2)
            return [f"{m} {d(3)} {d(3)}", f"+48 {m} {d(3)} {d(3)}", f"{m}-{d(3)}-{d(3)}", f"+48{m}{d(6)}"][k]
        if cc == "TR":
            m = "5" + r.choice("03456") + d(1)
            return [f"0{m} {d(3)} {d(2)} {d(2)}", f"+90 {m} {d(3)} {d(2)} {d(2)}", f"0{m}{d(7)}", f"+90{m}{d(7)}"][k]
        if cc == "VN":
            m = r.choice(["90", "91", "93", "97", "98", "86", "88", "70"])
            return [f"0{m} {d(3)} {d(2)} {d(2)}", f"+84 {m} {d(3)} {d(4)}", f"0{m}{d(7)}", f"+84{m}{d(7)}"][k]
        return self.phone("US")

    def pphone(self, p: Person) -> str:
        return self.phone(p.cc)

    # --------------------------------------------------------------- network
    def ip(self) -> str:
        r = self.r
        while True:
            a = r.randint(1, 223)
            if a not in (10, 100, 127, 169, 172, 192, 198, 0):
                break
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip6(self) -> str:
        r = self.r
        pfx = r.choice(["2a02", "2001:4860", "2600:1700", "2409:8a00", "2a01:cb1c", "240e:3b4"])
        n = 8 - len(pfx.split(":"))
        groups = [format(r.randint(0, 0xFFFF), "x") for _ in range(n)]
        if r.random() < 0.5:
            return pfx + ":" + ":".join(groups[:2]) + "::" + groups[-1]
        return pfx + ":" + ":".join(groups)

    def sip(self) -> str:
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 1:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"

    def host(self) -> str:
        r = self.r
        return r.choice([
            f"gate-scan-{r.randint(1, 40):02d}", f"tix-api-{self.hexs(4)}", f"pos-bo-{r.randint(1, 12):02d}",
            f"web{r.randint(1, 24):02d}.prod.{r.choice(DOMAINS)}", f"scan-gw-{r.randint(1, 6)}.venue.local",
            f"resale-worker-{r.randint(0, 9)}", f"kiosk-{r.randint(1, 30):02d}.boxoffice.lan",
        ])

    # --------------------------------------------------------------- secrets
    def hexs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, chars: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(chars) for _ in range(n))

    def pw(self) -> str:
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return r.choice(["Summer", "Concert", "Tickets", "Arena", "Coldplay", "Welcome", "Dragon",
                             "Sunshine", "Music"]) + str(r.randint(1, 2025)) + r.choice("!#$*")
        if k == 1:
            return self.alnum(r.randint(10, 16), string.ascii_letters + string.digits + "!#$%*-_.^+")
        if k == 2:
            return r.choice(["p4ss", "Qwerty", "letmein", "Tr0ub4dor", "hunter2x"]) + self.alnum(4) + r.choice("!?#")
        return self.alnum(6, string.ascii_lowercase) + "-" + self.alnum(6, string.ascii_lowercase) + "-" + self.d(3)

    def apikey(self) -> str:
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return "sk_live_" + self.alnum(24)
        if k == 1:
            return "AKIA" + self.alnum(16, string.ascii_uppercase + "234567")
        if k == 2:
            return "ghp_" + self.alnum(36)
        if k == 3:
            return "xoxb-" + self.d(12) + "-" + self.d(13) + "-" + self.alnum(24)
        return self.hexs(40)

    def jwt(self) -> str:
        b64 = string.ascii_letters + string.digits + "-_"
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + self.alnum(self.r.randint(40, 90), b64)
                + "." + self.alnum(43, b64))

    def sid(self) -> str:
        if self.r.random() < 0.5:
            return self.hexs(32)
        return self.alnum(40, string.ascii_letters + string.digits + "-_")

    # --------------------------------------------------------------- ids
    def card(self, kind: str | None = None) -> str:
        r = self.r
        kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "up"])
        if kind == "visa":
            body = "4" + self.d(14)
        elif kind == "mc":
            body = r.choice(["51", "52", "53", "54", "55", "22"]) + self.d(13)
        elif kind == "amex":
            body = r.choice(["34", "37"]) + self.d(12)
        elif kind == "disc":
            body = "6011" + self.d(11)
        else:
            body = "62" + self.d(r.choice([13, 16]))
        num = body + _luhn_check(body)
        fmt = r.randrange(3)
        if fmt == 0:
            return num
        sep = " " if fmt == 1 else "-"
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "NL": "a4n10", "IT": "a1n22",
                 "PL": "n24", "TR": "n5z1n16", "BE": "n12", "AT": "n16", "PT": "n21", "IE": "a4n14",
                 "CH": "n17"}

    def iban(self, cc: str | None = None) -> str:
        r = self.r
        cc = cc if cc in self.IBAN_SPEC else r.choice(list(self.IBAN_SPEC))
        bban = ""
        for kind, cnt in re.findall(r"([anz])(\d+)", self.IBAN_SPEC[cc]):
            cnt = int(cnt)
            if kind == "a":
                bban += self.alnum(cnt, string.ascii_uppercase)
            elif kind == "z":
                bban += "0" * cnt
            else:
                bban += self.d(cnt)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        iban = f"{cc}{98 - int(num) % 97:02d}{bban}"
        if r.random() < 0.5:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def bic(self) -> str:
        return self.r.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "BSCHESMM",
                              "UNCRITMM", "NWBKGB2L", "PKOPPLPW", "TGBATRIS"])

    def ssn(self) -> str:
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return s if r.random() < 0.8 else s.replace("-", " " if r.random() < 0.5 else "")

    def passport(self, cc: str = "US") -> str:
        r, d = self.r, self.d
        up = string.ascii_uppercase
        if cc == "US":
            return r.choice(["5", "6", "A", "C"]) + d(8)
        if cc in ("GB", "TW"):
            return str(r.randint(1, 9)) + d(8)
        if cc == "CN":
            return r.choice(["E", "G", "EA", "EB"]) + (d(8) if r.random() < 0.7 else d(7))
        if cc == "DE":
            return "C" + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return d(2) + self.alnum(2, up) + d(5)
        if cc == "JP":
            return r.choice(["TK", "TR", "MZ", "TZ"]) + d(7)
        if cc == "KR":
            return r.choice("MS") + d(8)
        if cc == "IN":
            return r.choice("JKLMNPRSTZ") + d(7)
        if cc == "ES":
            return self.alnum(3, up) + d(6)
        if cc == "IT":
            return self.alnum(2, up) + d(7)
        if cc == "BR":
            return self.alnum(2, up) + d(6)
        if cc == "NL":
            return self.alnum(2, "NPBR") + self.alnum(6, up + string.digits) + d(1)
        return self.alnum(2, up) + d(7)

    def cnid(self) -> str:
        r = self.r
        area = r.choice(CN_AREAS)
        day = _dt.date(1955, 1, 1) + _dt.timedelta(days=r.randint(0, 18000))
        body = area + day.strftime("%Y%m%d") + self.d(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(c) * k for c, k in zip(body, w))
        return body + "10X98765432"[s % 11]

    def plate(self, cc: str = "US") -> str:
        r, d = self.r, self.d
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if cc == "US":
            return r.choice([str(r.randint(1, 9)) + self.alnum(3, up) + d(3),
                             self.alnum(3, up) + "-" + d(4), self.alnum(3, up) + " " + d(4),
                             d(3) + " " + self.alnum(3, up)])
        if cc == "GB":
            return self.alnum(2, up) + d(2) + " " + self.alnum(3, up)
        if cc == "CN":
            p = r.choice(CN_PLATE_PROV) + r.choice("ABCDEFG")
            tail = (r.choice("DF") + d(5)) if r.random() < 0.3 else self.alnum(5, "ABCDEFGHJKLMNPQ0123456789")
            return p + r.choice(["·", "", " "]) + tail
        if cc == "TW":
            return r.choice([self.alnum(3, up) + "-" + d(4), d(4) + "-" + self.alnum(2, up)])
        if cc == "DE":
            return r.choice(["B", "M", "HH", "K", "F", "S", "D"]) + r.choice(["-", " "]) + \
                self.alnum(2, up) + " " + str(r.randint(1, 9999))
        if cc == "FR":
            return self.alnum(2, up) + "-" + d(3) + "-" + self.alnum(2, up)
        if cc == "IT":
            return self.alnum(2, up) + " " + d(3) + " " + self.alnum(2, up)
        if cc == "NL":
            return d(2) + "-" + self.alnum(3, "BDFGHJKLNPRSTVXZ") + "-" + d(1)
        if cc == "ES":
            return d(4) + " " + self.alnum(3, "BCDFGHJKLMNPRSTVWXYZ")
        if cc == "PL":
            return r.choice(["WA", "KR", "PO", "GD", "WR"]) + " " + d(5)
        return self.plate("US")

    # --------------------------------------------------------------- decoys
    def order(self) -> str:
        r = self.r
        return r.choice([f"ORD-{r.randint(2023, 2025)}-{self.d(7)}", f"TM{self.alnum(6, string.ascii_uppercase + string.digits)}",
                         f"{self.d(2)}-{self.d(5)}/{r.choice(['NY', 'LA', 'LDN', 'BER'])}", f"#{self.d(9)}",
                         f"A{self.d(10)}"])

    def order_cn(self) -> str:
        body = _dt.date(2024, 1, 1).strftime("%Y") + self.d(13)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(c) * k for c, k in zip(body, w))
        good = "10X98765432"[s % 11]
        last = self.r.choice([c for c in "0123456789" if c != good])
        return body + last  # 18 digits, deliberately NOT a valid resident-id checksum

    def barcode(self) -> str:
        body = self.d(15)
        good = _luhn_check(body)
        return body + self.r.choice([c for c in "0123456789" if c != good])  # 16 digits, Luhn-invalid

    def ticket(self) -> str:
        r = self.r
        return r.choice([f"TKT-{self.alnum(8, string.ascii_uppercase + string.digits)}", f"T{self.d(11)}",
                         f"{self.alnum(3, string.ascii_uppercase)}-{self.d(4)}-{self.d(4)}"])

    def amount(self, cur: str | None = None) -> str:
        r = self.r
        cur = cur or r.choice("$$$£€€¥")
        v = r.randint(15, 1500) + r.choice([0, 0.5, 0.99, 0.25])
        if cur == "€":
            return r.choice([f"€{v:,.2f}", f"{v:.2f} €".replace(".", ","), f"EUR {v:.2f}"])
        if cur == "¥":
            return r.choice([f"¥{int(v):,}", f"{int(v)}元", f"￥{v:.2f}", f"CNY {v:.2f}"])
        if cur == "£":
            return f"£{v:,.2f}"
        return r.choice([f"${v:,.2f}", f"USD {v:.2f}"])

    def big_amount(self, cur: str = "$") -> str:
        v = self.r.randint(40000, 9000000) + self.r.randint(0, 99) / 100
        if cur == "¥":
            return f"¥{v:,.2f}"
        return f"{cur}{v:,.2f}"

    def artist(self) -> str:
        return self.r.choice(ARTISTS)

    def venue(self) -> str:
        return self.r.choice(VENUES)

    def role(self, dom: str | None = None) -> str:
        return self.r.choice(ROLES) + "@" + (dom or self.r.choice(DOMAINS))

    def masked_card(self) -> str:
        l4 = self.d(4)
        return self.r.choice([f"****{l4}", f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}",
                              f"4{self.d(5)}******{l4}", f"•••• {l4}"])

    def masked_phone(self) -> str:
        r = self.r
        return r.choice([f"{r.choice(CN_MOBILE_PFX)}****{self.d(4)}", f"***-***-{self.d(4)}",
                         f"+44 7*** ***{self.d(3)}", f"(***) ***-{self.d(4)}"])

    def masked_email(self) -> str:
        r = self.r
        return f"{r.choice(string.ascii_lowercase)}***@{r.choice(['gmail.com', 'qq.com', 'web.de', 'outlook.com'])}"

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"

    def ver(self) -> str:
        r = self.r
        return f"{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 20)}"

    def eid(self) -> str:
        r = self.r
        return r.choice([f"EVT-{self.dt().strftime('%Y%m%d')}-{self.alnum(3, string.ascii_uppercase)}",
                         f"E{self.d(8)}", f"{self.hexs(8)}-{self.d(4)}"])

    def dev(self) -> str:
        return self.r.choice([f"HH-{self.d(4)}", f"ZEBRA-TC52-{self.d(5)}", f"SCN{self.d(6)}"])

    # --------------------------------------------------------------- time
    def dt(self) -> _dt.datetime:
        return _dt.datetime(2023, 1, 1) + _dt.timedelta(seconds=self.r.randint(0, 3 * 365 * 86400))

    def ts(self, style: str = "iso") -> str:
        t = self.dt()
        if style == "iso":
            k = self.r.randrange(3)
            if k == 0:
                return t.strftime("%Y-%m-%dT%H:%M:%SZ")
            if k == 1:
                return t.strftime("%Y-%m-%dT%H:%M:%S.") + self.d(3) + "Z"
            return t.strftime("%Y-%m-%dT%H:%M:%S") + self.r.choice(["+00:00", "+01:00", "-05:00", "+08:00"])
        if style == "sys":
            return t.strftime("%b %d %H:%M:%S")
        if style == "clf":
            return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if style == "cn":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if style == "date":
            return t.strftime("%Y-%m-%d")
        if style == "epoch":
            return str(int(t.replace(tzinfo=_dt.timezone.utc).timestamp() * 1000))
        if style == "rfc":
            return t.strftime("%a, %d %b %Y %H:%M:%S +0000")
        if style == "hm":
            return t.strftime("%H:%M")
        raise ValueError(style)


# ----------------------------------------------------------------------------
# line assembly
# ----------------------------------------------------------------------------

def fill(fmt: str, **kw) -> dict:
    parts = _SPLIT_CACHE.get(fmt)
    if parts is None:
        parts = _PH.split(fmt)
        _SPLIT_CACHE[fmt] = parts
    out, spans, decoys = [], [], []
    n = 0
    for i, p in enumerate(parts):
        if i % 2 == 0:
            out.append(p)
            n += len(p)
            continue
        v = kw[p]
        if isinstance(v, tuple):
            s, lab = v
            s = str(s)
            if lab in TYPES:
                spans.append([n, n + len(s), lab])
            elif lab:
                decoys.append([n, n + len(s), lab])
        else:
            s = str(v)
        out.append(s)
        n += len(s)
    return {"text": "".join(out), "spans": spans, "decoys": decoys}


def P(v):
    return (v, "PERSON")


def E(v):
    return (v, "EMAIL_ADDRESS")


def PH(v):
    return (v, "PHONE_NUMBER")


def IP(v):
    return (v, "IP_ADDRESS")


def CR(v):
    return (v, "CREDENTIAL")


TEMPLATES: list = []


def tpl(fn):
    TEMPLATES.append(fn)
    return fn


# ============================================================================
# English / European templates
# ============================================================================

@tpl
def t_gate_accept(g):
    r = g.r
    return fill("<134>@{ts} @{host} scand[@{pid}]: ACCEPT barcode=@{bc} gate=@{gate} sec=@{sec} row=@{row} "
                "seat=@{seat} scanner=@{dev} fw=@{ver} uplink=@{sip}",
                ts=(g.ts("sys"), "timestamp"), host=(g.host(), "hostname"), pid=r.randint(300, 40000),
                bc=(g.barcode(), "barcode"), gate=r.choice(["North-4", "S2", "VIP-East", "Gate C"]),
                sec=r.randint(101, 330), row=r.choice("ABCDEFGHJKLMN"), seat=r.randint(1, 30),
                dev=(g.dev(), "device_id"), ver=(g.ver(), "version"), sip=(g.sip(), "server_ip"))


@tpl
def t_gate_deny(g):
    r = g.r
    p = g.person()
    return fill("<132>@{ts} @{host} scand[@{pid}]: DENY code=@{code} barcode=@{bc} holder=\"@{name}\" "
                "first_scan=@{t2} gate=@{gate}",
                ts=(g.ts("sys"), "timestamp"), host=(g.host(), "hostname"), pid=r.randint(300, 40000),
                code=r.choice(["DUPLICATE", "WRONG_EVENT", "VOIDED", "TRANSFERRED"]),
                bc=(g.barcode(), "barcode"), name=P(p.full), t2=g.ts("hm"), gate=r.choice(["N4", "S2", "E1", "W7"]))


@tpl
def t_order_json(g):
    r = g.r
    p = g.person()
    return fill('{"event":"order.completed","order_id":"@{oid}","event_name":"@{artist} - @{tour}",'
                '"venue":"@{venue}","buyer":{"name":"@{name}","email":"@{email}","phone":"@{phone}"},'
                '"qty":@{q},"total":"@{amt}","client_ip":"@{ip}","ts":"@{ts}"}',
                oid=(g.order(), "order_id"), artist=(g.artist(), "public_figure"), tour=r.choice(TOURS),
                venue=(g.venue(), "venue"), name=P(p.full), email=E(g.email(p)), phone=PH(g.pphone(p)),
                q=r.randint(1, 6), amt=(g.amount(), "amount"), ip=IP(g.ip()), ts=(g.ts(), "timestamp"))


@tpl
def t_transfer_camel(g):
    r = g.r
    a, b = g.person(), g.person()
    return fill('{"eventType":"ticketTransfer","ticketIds":["@{t1}","@{t2}"],"fromUser":"@{u}",'
                '"toEmail":"@{email}","toName":"@{name}","status":"PENDING_ACCEPT","requestedAt":"@{ts}"}',
                t1=(g.ticket(), "ticket_id"), t2=(g.ticket(), "ticket_id"), u=P(g.uname(a)),
                email=E(g.email(b)), name=P(b.full), ts=(g.ts(), "timestamp"))


@tpl
def t_settlement_pascal(g):
    r = g.r
    p = g.person(r.choice(["de_DE", "fr_FR", "nl_NL", "en_GB", "it_IT", "es_ES"]))
    appr = g.person()
    return fill('{"SettlementId":"@{sid}","Promoter":"@{co}","Artist":"@{artist}","GrossSales":@{gross},'
                '"Currency":"EUR","PayeeName":"@{name}","PayeeIban":"@{iban}","ApprovedBy":"@{appr}"}',
                sid=(f"SETL-{g.d(6)}", "settlement_id"), co=(r.choice(COMPANIES), "company"),
                artist=(g.artist(), "public_figure"), gross=(f"{r.randint(50000, 4000000)}.{g.d(2)}", "amount"),
                name=P(p.full), iban=(g.iban(p.cc), "IBAN_CODE"), appr=P(g.uname(appr)))


@tpl
def t_checkout_dotted(g):
    p = g.person()
    return fill("@{ts} INFO checkout user.name=@{u} user.email=@{email} http.client_ip=@{ip} "
                "host.name=@{host} server.address=@{sip} order.id=@{oid} order.total=@{amt}",
                ts=(g.ts(), "timestamp"), u=P(g.uname(p)), email=E(g.email(p)), ip=IP(g.ip()),
                host=(g.host(), "hostname"), sip=(g.sip(), "server_ip"), oid=(g.order(), "order_id"),
                amt=(g.amount(), "amount"))


@tpl
def t_apache(g):
    r = g.r
    p = g.person()
    u = P(g.uname(p)) if r.random() < 0.6 else "-"
    return fill('@{ip} - @{u} [@{ts}] "GET /account/tickets/@{oid} HTTP/1.1" 200 @{b} '
                '"https://@{dom}/account" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"',
                ip=IP(g.ip()), u=u, ts=(g.ts("clf"), "timestamp"), oid=(g.order().lstrip("#"), "order_id"),
                b=r.randint(300, 90000), dom=r.choice(DOMAINS))


@tpl
def t_nginx_token(g):
    r = g.r
    return fill('@{ip} - - [@{ts}] "GET /v1/transfer/accept?token=@{tok}&email=@{email} HTTP/2.0" 302 0 '
                '"-" "okhttp/4.12.0" rt=0.@{ms} upstream=@{sip}:8080',
                ip=IP(g.ip()), ts=(g.ts("clf"), "timestamp"), tok=CR(g.sid()), email=E(g.email()),
                ms=g.d(3), sip=(g.sip(), "server_ip"))


@tpl
def t_login_failed(g):
    r = g.r
    p = g.person()
    return fill("@{ts} auth-svc WARN login_failed user=@{u} src_ip=@{ip} reason=@{why} attempt=@{n} lockout=@{lk}",
                ts=(g.ts(), "timestamp"), u=P(g.uname(p)), ip=IP(g.ip()),
                why=r.choice(["bad_password", "mfa_timeout", "captcha_failed"]), n=r.randint(1, 6),
                lk=r.choice(["false", "true"]))


@tpl
def t_session_created(g):
    p = g.person()
    return fill('@{ts} auth-svc INFO session_created user_id=@{uid} username=@{u} sid=@{sid} ip=@{ip} '
                'ua="TixApp/@{ver} Android 14"',
                ts=(g.ts(), "timestamp"), uid=(g.d(8), "user_id"), u=P(g.uname(p)), sid=CR(g.sid()),
                ip=IP(g.ip()), ver=(g.ver(), "version"))


@tpl
def t_willcall_csv(g):
    r = g.r
    p = g.person()
    staff = g.person("en_US")
    if r.random() < 0.5:
        idt, idn = "PASSPORT", (g.passport(p.cc), "PASSPORT")
    else:
        idt, idn = "DL-verified", ""
    agent = P(staff.first) if r.random() < 0.6 else (r.choice(["kiosk-02", "kiosk-07"]), "service_account")
    return fill("@{date},@{wc},@{last},@{first},@{idt},@{idn},@{q},@{ev},@{agent}",
                date=(g.ts("date"), "timestamp"), wc=(f"WC-{g.d(5)}", "order_id"), last=P(p.last),
                first=P(p.first), idt=idt, idn=idn, q=r.randint(1, 4), ev=(g.eid(), "event_id"), agent=agent)


@tpl
def t_audit_refund(g):
    r = g.r
    staff, cust = g.person(), g.person()
    return fill('AUDIT @{ts} actor=@{actor} role=box_office_supervisor action=REFUND order=@{oid} '
                'customer="@{name}" card=@{mc} amount=@{amt} reason="@{why}"',
                ts=(g.ts(), "timestamp"), actor=P(g.uname(staff)), oid=(g.order(), "order_id"),
                name=P(cust.full), mc=(g.masked_card(), "masked"), amt=(g.amount(), "amount"),
                why=r.choice(["event postponed", "duplicate charge", "goodwill", "ADA seating unavailable"]))


@tpl
def t_boxoffice_note(g):
    r = g.r
    staff, cust = g.person("en_US"), g.person()
    return fill("Note by @{staff} @{ts}: Customer @{name} came to window @{w} - lost mobile tickets, verified ID "
                "(passport @{pp}), reissued @{q} GA wristbands. Ph @{phone}.",
                staff=P(staff.first), ts=(g.ts("cn"), "timestamp"), name=P(cust.full), w=r.randint(1, 9),
                pp=(g.passport(cust.cc), "PASSPORT"), q=r.randint(1, 4), phone=PH(g.pphone(cust)))


@tpl
def t_security_incident(g):
    r = g.r
    p, off = g.person(), g.person(r.choice(["en_US", "en_GB"]))
    return fill("[SECURITY] INC-@{n} @{ts} Sec @{sec}: patron @{name} ejected for @{why}; escorted by officer "
                "@{off} (badge @{badge}); vehicle @{plate} flagged at Lot @{lot}.",
                n=(g.d(5), "incident_id"), ts=(g.ts(), "timestamp"), sec=r.randint(101, 330), name=P(p.full),
                why=r.choice(["fighting", "smoking in seating bowl", "laser pointer", "trespassing on stage"]),
                off=P(off.last), badge=(g.d(4), "badge_no"), plate=(g.plate(off.cc), "LICENSE_PLATE"),
                lot=r.choice("ABCDEF"))


@tpl
def t_lost_found(g):
    r = g.r
    p, staff = g.person(), g.person("en_US")
    return fill("LF-@{n} | found: @{item} @ @{loc} | claimant: @{name} | contact: @{phone} | status: RETURNED | logged by @{st}",
                n=(g.d(5), "item_id"), item=r.choice(LF_ITEMS),
                loc=r.choice(["Row K Seat 5", "Sec 118 concourse", "merch stand 3", "Gate B restroom"]),
                name=P(p.full), phone=PH(g.pphone(p)), st=P(g.uname(staff)))


@tpl
def t_access_json(g):
    r = g.r
    p = g.person()
    comp = g.person(p.loc)
    return fill('{"request_type":"accessible_seating","needs":["wheelchair","companion_seat"],"guest_name":"@{name}",'
                '"companion":"@{comp}","mobile":"@{phone}","parking_plate":"@{plate}","event_id":"@{eid}","submitted_via":"web"}',
                name=P(p.full), comp=P(comp.full), phone=PH(g.pphone(p)), plate=(g.plate(p.cc), "LICENSE_PLATE"),
                eid=(g.eid(), "event_id"))


@tpl
def t_chat_customer_card(g):
    p = g.person()
    return fill("[chat #@{cid}] @{ts} customer (@{name}): hi, i was charged twice for order @{oid}, card @{card}",
                cid=(g.d(6), "chat_id"), ts=(g.ts("hm"), "timestamp"), name=P(p.full),
                oid=(g.order(), "order_id"), card=(g.card(), "CREDIT_CARD"))


@tpl
def t_chat_agent(g):
    r = g.r
    agent, cust = g.person("en_US"), g.person()
    return fill("[chat #@{cid}] @{ts} agent @{agent}: Thanks @{first}! I've escalated this to @{role}, case SR-@{n}. "
                "You'll get a reply within 48h.",
                cid=(g.d(6), "chat_id"), ts=(g.ts("hm"), "timestamp"), agent=P(agent.first), first=P(cust.first),
                role=(g.role(), "role_mailbox"), n=(g.d(6), "case_id"))


@tpl
def t_payment_webhook(g):
    r = g.r
    p = g.person()
    return fill('POST /webhooks/payments 200 body={"id":"evt_@{e}","type":"charge.succeeded","data":{"object":{"amount":@{c},'
                '"currency":"usd","billing_details":{"name":"@{name}","email":"@{email}","phone":"@{phone}"},'
                '"payment_method_details":{"card":{"brand":"visa","last4":"@{l4}","exp_month":@{m},"exp_year":@{y}}}}}}',
                e=(g.alnum(24), "event_id"), c=(r.randint(1500, 150000), "amount"), name=P(p.full),
                email=E(g.email(p)), phone=PH(g.pphone(p)), l4=(g.d(4), "masked"), m=r.randint(1, 12),
                y=r.randint(2025, 2031))


@tpl
def t_mail_from(g):
    p = g.person()
    return fill('mail-in: From: "@{name}" <@{email}> To: <@{role}> Subject: Re: Refund request for order @{oid} '
                'Date: @{date} Message-ID: <@{mid}>',
                name=P(p.full), email=E(g.email(p)), role=(g.role(), "role_mailbox"), oid=(g.order(), "order_id"),
                date=(g.ts("rfc"), "timestamp"),
                mid=(f"CA+{g.alnum(20)}@mail.gmail.com", "message_id"))


@tpl
def t_smtp_orig_ip(g):
    r = g.r
    return fill("postfix/smtpd[@{pid}]: @{qid}: from=<@{email}> to=<@{role}> relay=@{relay}[@{sip}] "
                "x-originating-ip=[@{ip}] size=@{sz} status=accepted",
                pid=r.randint(1000, 60000), qid=(g.hexs(10).upper(), "queue_id"), email=E(g.email()),
                role=(g.role(), "role_mailbox"), relay=(f"mx{r.randint(1, 4)}.{r.choice(DOMAINS)}", "hostname"),
                sip=(g.sip(), "server_ip"), ip=IP(g.ip()), sz=r.randint(2000, 900000))


@tpl
def t_sms_out(g):
    r = g.r
    p = g.person()
    return fill('@{ts} sms-gw OUT to=@{phone} from=@{short} body="Hi @{first}, your tickets for @{artist} @ @{venue} '
                'are in your wallet. Order @{oid}. Reply STOP to opt out"',
                ts=(g.ts(), "timestamp"), phone=PH(g.pphone(p)), short=(str(r.randint(20000, 99999)), "short_code"),
                first=P(p.first), artist=(g.artist(), "public_figure"), venue=(g.venue(), "venue"),
                oid=(g.order(), "order_id"))


@tpl
def t_java_stack(g):
    r = g.r
    return fill("ERROR [transfer-worker-@{w}] c.t.transfer.TransferService - Transfer failed: "
                "com.tix.transfer.RecipientNotFoundException: no account for email '@{email}' (ticket @{tk}) "
                "at com.tix.transfer.TransferService.resolveRecipient(TransferService.java:@{l1}) "
                "at com.tix.transfer.TransferService.execute(TransferService.java:@{l2})",
                w=r.randint(1, 8), email=E(g.email()), tk=(g.ticket(), "ticket_id"), l1=r.randint(80, 400),
                l2=r.randint(20, 79))


@tpl
def t_py_traceback(g):
    r = g.r
    p = g.person()
    return fill('Traceback (most recent call last): File "/srv/boxoffice/pos/charge.py", line @{ln}, in charge_card; '
                'pos.errors.CardDeclined: declined pan=@{card} holder=@{name} terminal=@{host} code=@{code}',
                ln=r.randint(40, 300), card=(g.card(), "CREDIT_CARD"), name=P(p.full), host=(g.host(), "hostname"),
                code=r.choice(["05", "51", "54", "N7"]))


@tpl
def t_db_conn(g):
    r = g.r
    return fill("@{ts} FATAL orders-db pool: could not connect to postgresql://@{u}:@{pw}@@{h}:5432/tickets "
                "(timeout after 30s)",
                ts=(g.ts(), "timestamp"), u=(r.choice(["tix_app", "svc_orders", "postgres", "resale_rw"]), "service_account"),
                pw=CR(g.pw()), h=(g.sip() if r.random() < 0.5 else f"orders-db.{r.choice(DOMAINS)}", "server_ip"))


@tpl
def t_config_dump(g):
    r = g.r
    return fill("@{ts} DEBUG config loaded: PAYMENT_PROVIDER=@{co} PAYMENT_API_KEY=@{key} SMS_SENDER=@{short} "
                "APP_VERSION=@{ver} REGION=@{reg}",
                ts=(g.ts(), "timestamp"), co=(r.choice(["stripe", "adyen", "braintree"]), "company"),
                key=CR(g.apikey()), short=(str(r.randint(20000, 99999)), "short_code"),
                ver=(g.ver(), "version"), reg=r.choice(["eu-west-1", "us-east-2", "ap-east-1"]))


@tpl
def t_resale_listing(g):
    r = g.r
    p = g.person(r.choice(["de_DE", "fr_FR", "nl_NL", "en_GB", "it_IT", "es_ES", "en_US"]))
    return fill("marketplace: listing @{lid} created by @{u} - @{q}x @{tier} for @{artist} (@{date}), ask @{amt} ea, "
                "payout IBAN @{iban}",
                lid=(f"L{g.d(7)}", "listing_id"), u=P(g.uname(p)), q=r.randint(1, 4), tier=r.choice(TIERS),
                artist=(g.artist(), "public_figure"), date=(g.ts("date"), "timestamp"), amt=(g.amount("€"), "amount"),
                iban=(g.iban(p.cc if p.cc != "US" else None), "IBAN_CODE"))


@tpl
def t_resale_sold(g):
    r = g.r
    cur = r.choice("$£€")
    return fill("marketplace: listing @{lid} SOLD @{q}x price=@{a1} buyer_fee=@{a2} seller_fee=@{a3} txn=@{txn} event=@{eid}",
                lid=(f"L{g.d(7)}", "listing_id"), q=r.randint(1, 6), a1=(g.amount(cur), "amount"),
                a2=(g.amount(cur), "amount"), a3=(g.amount(cur), "amount"), txn=(g.d(16), "transaction_id"),
                eid=(g.eid(), "event_id"))


@tpl
def t_settlement_text(g):
    r = g.r
    return fill("Settlement @{sid} - @{artist} at @{venue} @{date}: gross @{a1}, tax @{a2}, promoter @{co}, "
                "artist guarantee @{a3}, status FINAL v@{ver}",
                sid=(f"SETL-{g.d(6)}", "settlement_id"), artist=(g.artist(), "public_figure"),
                venue=(g.venue(), "venue"), date=(g.ts("date"), "timestamp"), a1=(g.big_amount("£"), "amount"),
                a2=(g.big_amount("£"), "amount"), co=(r.choice(COMPANIES), "company"),
                a3=(g.big_amount("£"), "amount"), ver=(str(r.randint(1, 9)), "version"))


@tpl
def t_settlement_wire(g):
    r = g.r
    p = g.person(r.choice(["de_DE", "fr_FR", "nl_NL", "en_GB", "it_IT", "es_ES", "pl_PL", "tr_TR"]))
    return fill("@{ts} finance: SEPA wire @{wid} to @{name} (tour manager, @{artist}) IBAN @{iban} BIC @{bic} "
                "amount @{amt} ref @{sid}",
                ts=(g.ts(), "timestamp"), wid=(f"W{g.d(9)}", "transaction_id"), name=P(p.full),
                artist=(g.artist(), "public_figure"), iban=(g.iban(p.cc), "IBAN_CODE"), bic=(g.bic(), "bic"),
                amt=(g.big_amount("€"), "amount"), sid=(f"SETL-{g.d(6)}", "settlement_id"))


@tpl
def t_scanner_heartbeat(g):
    r = g.r
    return fill('{"device_id":"@{dev}","type":"heartbeat","battery_pct":@{b},"firmware":"@{ver}","gateway_ip":"@{sip}",'
                '"scans_last_5m":@{n},"venue":"@{venue}","ts":@{epoch}}',
                dev=(g.dev(), "device_id"), b=r.randint(5, 100), ver=(g.ver(), "version"), sip=(g.sip(), "server_ip"),
                n=r.randint(0, 900), venue=(g.venue(), "venue"), epoch=(g.ts("epoch"), "timestamp"))


@tpl
def t_haproxy(g):
    r = g.r
    return fill('haproxy[@{pid}]: @{ip}:@{port} [@{ts}] fe_https~ be_tickets/@{srv} 0/0/1/@{t}/@{t2} 200 @{b} - - ---- '
                '@{c}/@{c2}/0/0/0 0/0 "POST /api/checkout HTTP/1.1"',
                pid=r.randint(1000, 9000), port=r.randint(1024, 65535),
                ip=IP(g.ip()) if r.random() < 0.7 else (g.sip(), "lb_health_check"),
                ts=(g.ts("clf"), "timestamp"), srv=(f"web{r.randint(1, 24):02d}", "hostname"),
                t=r.randint(5, 300), t2=r.randint(300, 900), b=r.randint(200, 9000), c=r.randint(100, 4000),
                c2=r.randint(50, 900))


@tpl
def t_k8s_seatmap(g):
    r = g.r
    return fill('level=info ts=@{ts} caller=seatmap.go:@{ln} msg="seat map rendered" event_id=@{eid} venue="@{venue}" '
                'sections=@{n} latency_ms=@{ms} pod=@{pod} trace_id=@{trace}',
                ts=(g.ts(), "timestamp"), ln=r.randint(20, 400), eid=(g.eid(), "event_id"),
                venue=(g.venue(), "venue"), n=r.randint(20, 120), ms=r.randint(3, 900),
                pod=(f"seatmap-{g.hexs(9)}-{g.alnum(5, string.ascii_lowercase)}", "hostname"),
                trace=(g.hexs(32), "trace_id"))


@tpl
def t_fr_note(g):
    r = g.r
    p = g.person("fr_FR")
    return fill("Note guichet @{ts} : le client @{name} a appelé au @{phone} au sujet de ses billets pour @{artist} ; "
                "remboursement refusé (hors délai), revente officielle proposée.",
                ts=(g.ts("cn"), "timestamp"), name=P(p.full), phone=PH(g.phone("FR")),
                artist=(r.choice(["Stromae", "Mylène Farmer", "Angèle", "Indochine", "Aya Nakamura"]), "public_figure"))


@tpl
def t_de_note(g):
    r = g.r
    a, b = g.person("de_DE"), g.person("de_DE")
    return fill("@{ts} Kundendienst: Kunde @{name} (@{email}) bittet um Umschreibung von @{q} Tickets für @{artist} "
                "auf @{name2}; Rückruf unter @{phone}.",
                ts=(g.ts("cn"), "timestamp"), name=P(a.full), email=E(g.email(a)), q=r.randint(1, 4),
                artist=(r.choice(["Helene Fischer", "Herbert Grönemeyer", "Rammstein", "Die Toten Hosen"]), "public_figure"),
                name2=P(b.full), phone=PH(g.phone("DE")))


@tpl
def t_es_claim(g):
    p = g.person("es_ES")
    return fill("Reclamación #@{n}: @{name} indica que la entrada @{tk} para @{artist} en @{venue} no se escanea en "
                "puerta. Teléfono de contacto: @{phone}.",
                n=(g.d(6), "case_id"), name=P(p.full), tk=(g.ticket(), "ticket_id"),
                artist=(g.r.choice(["Rosalía", "Alejandro Sanz", "Bad Bunny", "Shakira"]), "public_figure"),
                venue=(g.r.choice(["WiZink Center", "Palau Sant Jordi", "Estadio Santiago Bernabéu"]), "venue"),
                phone=PH(g.phone("ES")))


@tpl
def t_pt_support(g):
    r = g.r
    p = g.person("pt_BR")
    return fill("[atendimento] Cliente @{name} comprou @{q} ingressos para o show de @{artist} e pede reembolso no "
                "cartão final @{l4}. Celular: @{phone}. E-mail: @{email}",
                name=P(p.full), q=r.randint(1, 6), artist=(r.choice(["Anitta", "Ivete Sangalo", "Coldplay", "Ludmilla"]), "public_figure"),
                l4=(g.d(4), "masked"), phone=PH(g.phone("BR")), email=E(g.email(p)))


@tpl
def t_it_access(g):
    a, b = g.person("it_IT"), g.person("it_IT")
    return fill("Richiesta accessibilità @{ts}: @{name}, sedia a rotelle, accompagnatore @{name2}, tel. @{phone}, "
                "targa per parcheggio disabili @{plate}.",
                ts=(g.ts("cn"), "timestamp"), name=P(a.full), name2=P(b.full), phone=PH(g.phone("IT")),
                plate=(g.plate("IT"), "LICENSE_PLATE"))


@tpl
def t_nl_contact(g):
    r = g.r
    a, b = g.person("nl_NL"), g.person("nl_NL")
    return fill("Klantcontact @{ts}: @{name} heeft @{q} tickets doorgestuurd naar @{email}; ontvanger heeft niets "
                "ontvangen. Terugbellen op @{phone}.",
                ts=(g.ts("cn"), "timestamp"), name=P(a.full), q=r.randint(1, 4), email=E(g.email(b)),
                phone=PH(g.phone("NL")))


@tpl
def t_pl_refund(g):
    p = g.person("pl_PL")
    return fill("Zwrot biletu @{oid}: klient @{name}, tel. @{phone}, numer konta @{iban}, kwota @{amt}.",
                oid=(g.order(), "order_id"), name=P(p.full), phone=PH(g.phone("PL")), iban=(g.iban("PL"), "IBAN_CODE"),
                amt=(f"{g.r.randint(80, 900)},00 zł", "amount"))


@tpl
def t_willcall_intl(g):
    r = g.r
    loc = r.choice(["ja_JP", "ko_KR", "zh_TW", "en_IN", "de_DE", "fr_FR", "es_ES", "pt_BR"])
    p, staff = g.person(loc), g.person("en_US")
    return fill("will-call @{ts} window @{w}: @{name} (@{cc} passport @{pp}) picked up @{q} tickets for @{artist}; staff @{st}",
                ts=(g.ts(), "timestamp"), w=r.randint(1, 8), name=P(p.full), cc=p.cc, pp=(g.passport(p.cc), "PASSPORT"),
                q=r.randint(1, 4), artist=(g.artist(), "public_figure"), st=P(g.uname(staff)))


@tpl
def t_fraud_alert(g):
    r = g.r
    return fill("@{ts} risk-engine ALERT score=0.@{sc} order=@{oid} bin=@{bin} email=@{email} ip=@{ip} geo=@{geo} "
                "velocity=@{v}/10m action=HOLD",
                ts=(g.ts(), "timestamp"), sc=g.d(2), oid=(g.order(), "order_id"), bin=(r.choice(["4"]) + g.d(5), "card_bin"),
                email=E(g.email()), ip=IP(g.ip()), geo=r.choice(["US", "NG", "RU", "VN", "BR", "GB"]), v=r.randint(3, 40))


@tpl
def t_pw_reset(g):
    return fill("@{ts} WARN account-svc password reset completed for @{email} (user_id=@{uid}) temp_password=@{pw} "
                "expires_in=3600",
                ts=(g.ts(), "timestamp"), email=E(g.email()), uid=(g.d(8), "user_id"), pw=CR(g.pw()))


@tpl
def t_auth_header(g):
    r = g.r
    return fill("@{ts} DEBUG http request POST /v2/orders headers={Host: api.@{dom}, Authorization: Bearer @{jwt}, "
                "X-Forwarded-For: @{ip}, X-Request-Id: @{rid}}",
                ts=(g.ts(), "timestamp"), dom=r.choice(DOMAINS), jwt=CR(g.jwt()), ip=IP(g.ip()), rid=(g.uuid(), "request_id"))


@tpl
def t_notify_config(g):
    r = g.r
    dom = r.choice(DOMAINS)
    return fill("@{ts} notify-svc config reload: alerts -> @{r1}, refunds -> @{r2}, accessibility -> @{r3}; sender @{r4}; "
                "smtp relay @{host}",
                ts=(g.ts(), "timestamp"), r1=(g.role(dom), "role_mailbox"), r2=(g.role(dom), "role_mailbox"),
                r3=(g.role(dom), "role_mailbox"), r4=(g.role(dom), "role_mailbox"), host=(g.host(), "hostname"))


@tpl
def t_garage_ada(g):
    r = g.r
    p = g.person(r.choice(["en_US", "en_US", "en_GB", "de_DE", "fr_FR", "nl_NL"]))
    return fill("@{ts} garage-@{gg} LPR ENTRY plate=@{plate} permit=@{permit} holder=@{name} lane=@{lane} cam=@{cam}",
                ts=(g.ts(), "timestamp"), gg=r.choice("ABC"), plate=(g.plate(p.cc), "LICENSE_PLATE"),
                permit=(f"ADA-{g.d(5)}", "permit_id"), name=P(p.full), lane=r.randint(1, 6), cam=(g.dev(), "device_id"))


@tpl
def t_lpr_violation(g):
    r = g.r
    return fill("@{ts} lpr-cam-@{n} fire_lane_violation plate=@{plate} confidence=0.@{c} zone=@{z} action=tow_requested",
                ts=(g.ts(), "timestamp"), n=r.randint(1, 40),
                plate=(g.plate(r.choice(["US", "US", "GB", "DE", "FR", "NL", "ES", "PL"])), "LICENSE_PLATE"),
                c=g.d(2), z=r.choice(["P1", "P2", "Loading Dock", "VIP Drop-off"]))


@tpl
def t_vendor_1099(g):
    p = g.person("en_US")
    return fill('@{ts} finance-ap vendor_created vendor_id=@{vid} payee="@{name}" tin_type=SSN tin=@{ssn} '
                'w9_received=true remit_to=@{email}',
                ts=(g.ts(), "timestamp"), vid=(f"V{g.d(6)}", "vendor_id"), name=P(p.full), ssn=(g.ssn(), "US_SSN"),
                email=E(g.email(p)))


@tpl
def t_hr_background(g):
    r = g.r
    p = g.person("en_US")
    return fill("HR-sec: applicant @{name} (event security, @{venue}) SSN @{ssn} background check @{st}, phone @{phone}",
                name=P(p.full), venue=(g.venue(), "venue"), ssn=(g.ssn(), "US_SSN"),
                st=r.choice(["CLEARED", "PENDING", "REVIEW"]), phone=PH(g.phone("US")))


@tpl
def t_radio_lost_child(g):
    r = g.r
    kid, mom = g.person("en_US"), g.person("en_US")
    return fill("[RADIO CH@{c} @{hm}] Unit @{u}: lost child @{kid}, age @{a}, @{desc}; parent @{mom} reachable at @{phone}; "
                "reunite at Guest Services @{gs}",
                c=r.randint(1, 8), hm=(g.ts("hm"), "timestamp"), u=r.randint(1, 30), kid=P(kid.first), a=r.randint(3, 10),
                desc=r.choice(["red hoodie", "pink light-up shoes", "Swiftie t-shirt", "blue cap"]),
                mom=P(mom.full), phone=PH(g.phone("US")), gs=r.choice(["North", "Sec 112", "Main Lobby"]))


@tpl
def t_setlist(g):
    r = g.r
    return fill('@{ts} content-svc: setlist updated for @{eid} - @{artist} adds "@{song}" as encore; push to @{n} subscribers queued',
                ts=(g.ts(), "timestamp"), eid=(g.eid(), "event_id"), artist=(g.artist(), "public_figure"),
                song=r.choice(SONGS), n=r.randint(1000, 900000))


@tpl
def t_cash_recon(g):
    r = g.r
    return fill("BOX OFFICE RECON @{date} drawer @{d}: open @{a1} cash sales @{a2} card sales @{a3} refunds @{a4} "
                "close @{a5} variance @{a6} (pos @{host})",
                date=(g.ts("date"), "timestamp"), d=r.randint(1, 12), a1=(g.amount("$"), "amount"), a2=(g.amount("$"), "amount"),
                a3=(g.amount("$"), "amount"), a4=(g.amount("$"), "amount"), a5=(g.amount("$"), "amount"),
                a6=(f"-${r.randint(0, 20)}.{g.d(2)}", "amount"), host=(g.host(), "hostname"))


@tpl
def t_guestlist_csv(g):
    r = g.r
    p = g.person()
    return fill('GUESTLIST,@{eid},"@{artist}",@{lst},@{last},@{first},+@{n},@{phone},@{st}',
                eid=(g.eid(), "event_id"), artist=(g.artist(), "public_figure"),
                lst=r.choice(["Artist comp", "Promoter", "Label", "Press", "Venue mgmt"]),
                last=P(p.last), first=P(p.first), n=r.randint(0, 3), phone=PH(g.pphone(p)),
                st=r.choice(["CONFIRMED", "WAITLIST", "PICKED_UP"]))


@tpl
def t_masked_only(g):
    return fill("@{ts} support-ui: verified caller phone @{mp}, card on file @{mc}, email @{me}; no changes made (agent @{ag})",
                ts=(g.ts(), "timestamp"), mp=(g.masked_phone(), "masked"), mc=(g.masked_card(), "masked"),
                me=(g.masked_email(), "masked"), ag=(f"AG{g.d(4)}", "agent_id"))


@tpl
def t_deploy(g):
    r = g.r
    return fill("@{ts} deploy ticket-api @{v1} -> @{v2} by @{svc} (commit @{sha}) replicas=@{n} region=@{reg}",
                ts=(g.ts(), "timestamp"), v1=(g.ver(), "version"), v2=(g.ver(), "version"),
                svc=(r.choice(SVC_ACCOUNTS), "service_account"), sha=(g.hexs(40), "hash"), n=r.randint(2, 40),
                reg=r.choice(["eu-west-1", "us-east-1", "ap-northeast-1"]))


@tpl
def t_webhook_secret(g):
    r = g.r
    return fill("@{ts} ERROR resale-webhooks signature mismatch for endpoint https://hooks.@{dom}/resale: "
                "configured secret @{sec} header t=@{epoch},v1=@{sig}",
                ts=(g.ts(), "timestamp"), dom=r.choice(DOMAINS), sec=CR("whsec_" + g.alnum(32)),
                epoch=(g.ts("epoch")[:10], "timestamp"), sig=(g.hexs(64), "hash"))


@tpl
def t_edge_ipv6(g):
    r = g.r
    return fill("@{ts} edge: @{ip} GET /events/@{eid}/seats 200 @{ms}ms cache=@{c} pop=@{pop} origin=@{sip}",
                ts=(g.ts(), "timestamp"), ip=IP(g.ip6() if r.random() < 0.7 else g.ip()), eid=(g.eid(), "event_id"),
                ms=r.randint(3, 800), c=r.choice(["HIT", "MISS"]), pop=r.choice(["FRA", "LHR", "IAD", "NRT", "HKG"]),
                sip=(g.sip(), "server_ip"))


@tpl
def t_otel_json(g):
    r = g.r
    p = g.person()
    return fill('{"timestamp":"@{ts}","severity":"INFO","body":"ticket scanned","attributes":{"enduser.id":"@{u}",'
                '"client.address":"@{ip}","server.address":"@{sip}","ticket.barcode":"@{bc}","gate.name":"@{gate}"}}',
                ts=(g.ts(), "timestamp"), u=P(g.uname(p)), ip=IP(g.ip()), sip=(g.sip(), "server_ip"),
                bc=(g.barcode(), "barcode"), gate=r.choice(["North-4", "S2", "VIP-East", "Gate C"]))


@tpl
def t_ticket_export_csv(g):
    r = g.r
    p, ag = g.person(), g.person("en_US")
    return fill('@{tid},@{ts},"@{name}",@{email},@{phone},"@{subj}",@{st},@{agent}',
                tid=(f"ZD-{g.d(7)}", "case_id"), ts=(g.ts(), "timestamp"), name=P(p.full), email=E(g.email(p)),
                phone=PH(g.pphone(p)),
                subj=r.choice(["Tickets not in app", "Wrong seats", "Refund for cancelled show", "Transfer stuck"]),
                st=r.choice(["open", "pending", "solved"]), agent=P(g.uname(ag)))


@tpl
def t_fanclub_presale(g):
    r = g.r
    p = g.person(r.choice(["ja_JP", "ko_KR", "ja_JP", "ko_KR", "zh_TW", "en_US"]))
    return fill("presale: fanclub code validated member=@{name} member_no=@{mno} email=@{email} artist=@{artist} allocation=@{q}",
                name=P(p.full), mno=(g.d(9), "member_id"), email=E(g.email(p)),
                artist=(r.choice(["BTS", "Stray Kids", "Hikaru Utada", "Yoasobi", "BLACKPINK"]), "public_figure"),
                q=r.randint(1, 4))


@tpl
def t_ru_support(g):
    r = g.r
    p = g.person("ru_RU")
    return fill("Обращение @{n}: @{name} не получил(а) электронные билеты на концерт @{artist}; тел. @{phone}, почта @{email}.",
                n=(g.d(6), "case_id"), name=P(p.full),
                artist=(r.choice(["Земфира", "Сплин", "Metallica", "Rammstein"]), "public_figure"),
                phone=PH(g.phone("RU")), email=E(g.email(p)))


@tpl
def t_en_in_support(g):
    r = g.r
    p = g.person("en_IN")
    return fill("support-ticket @{n}: @{name} reports UPI payment debited but booking for @{artist} at @{venue} not confirmed; "
                "mobile @{phone}, mail @{email}",
                n=(g.d(7), "case_id"), name=P(p.full),
                artist=(r.choice(["Arijit Singh", "Diljit Dosanjh", "Coldplay", "A. R. Rahman"]), "public_figure"),
                venue=(r.choice(["DY Patil Stadium", "Jawaharlal Nehru Stadium", "NSCI Dome"]), "venue"),
                phone=PH(g.phone("IN")), email=E(g.email(p)))


@tpl
def t_uk_doctor_note(g):
    r = g.r
    p = g.person(r.choice(["en_GB", "en_US", "en_IN", "fr_FR", "de_DE"]))
    medic = g.person(r.choice(["en_GB", "en_US"]))
    return fill("@{ts} first-aid: Dr. @{doc} treated guest @{name} (Sec @{sec}) for @{why}; released to friend; "
                "follow-up number @{phone}",
                ts=(g.ts(), "timestamp"), doc=P(medic.last), name=P(p.full), sec=r.randint(101, 330),
                why=r.choice(["dehydration", "minor cut", "fainting", "ankle sprain"]), phone=PH(g.pphone(p)))


# ============================================================================
# Chinese templates
# ============================================================================

def _cn_artist(g):
    return (g.r.choice(ARTISTS_CN), "public_figure")


@tpl
def c_order_json(g):
    r = g.r
    p = g.person("zh_CN")
    return fill('{"订单号":"@{oid}","购票人":"@{name}","手机号":"@{phone}","证件类型":"身份证","证件号码":"@{cnid}",'
                '"演出":"@{artist}@{tour}","场馆":"@{venue}","金额":"@{amt}"}',
                oid=(g.order_cn(), "order_id"), name=P(p.full), phone=PH(g.phone("CN", True)), cnid=(g.cnid(), "CN_RESIDENT_ID"),
                artist=_cn_artist(g), tour=r.choice(TOURS_CN), venue=(r.choice(VENUES_CN), "venue"),
                amt=(g.amount("¥"), "amount"))


@tpl
def c_gate_realname(g):
    r = g.r
    p = g.person("zh_CN")
    return fill("@{ts} 闸机@{gg} 实名核验 通过 姓名=@{name} 证件号=@{cnid} 票号=@{tk} 人脸比对分=0.@{s}",
                ts=(g.ts("cn"), "timestamp"), gg=r.randint(1, 40), name=P(p.full), cnid=(g.cnid(), "CN_RESIDENT_ID"),
                tk=(g.ticket(), "ticket_id"), s=g.d(3))


@tpl
def c_chat_transfer(g):
    p = g.person("zh_CN")
    return fill("[在线客服 @{ts}] 用户@{uid}：你好，我想把票转给朋友@{name}，她手机号是@{phone}，可以吗？",
                ts=(g.ts("cn"), "timestamp"), uid=(g.d(9), "user_id"), name=P(p.full), phone=PH(g.phone("CN", True)))


@tpl
def c_manager_refund(g):
    p = g.person("zh_CN")
    return fill("@{ts} 售票处@{sur}经理批准退款，订单@{oid}，退款金额@{amt}，原路退回尾号@{l4}的银行卡。",
                ts=(g.ts("cn"), "timestamp"), sur=P(p.last), oid=(g.order_cn(), "order_id"), amt=(g.amount("¥"), "amount"),
                l4=(g.d(4), "masked"))


@tpl
def c_lost_found(g):
    r = g.r
    p = g.person("zh_CN")
    return fill("失物招领登记 #@{n}：@{item}，拾获地点@{loc}，内有身份证（@{name}，@{cnid}），已电话联系失主 @{phone}。",
                n=(g.d(5), "item_id"), item=r.choice(LF_ITEMS_CN), loc=r.choice(["内场B区", "3号检票口", "看台211区", "卫生间门口"]),
                name=P(p.full), cnid=(g.cnid(), "CN_RESIDENT_ID"), phone=PH(g.phone("CN")))


@tpl
def c_security(g):
    r = g.r
    p, cap = g.person("zh_CN"), g.person("zh_CN")
    return fill("【安保事件】@{ts} @{area}区观众@{name}与邻座发生冲突，已由安保@{sur}队长带离，报警回执号@{rc}。",
                ts=(g.ts("cn"), "timestamp"), area=r.choice("ABCDEFG"), name=P(p.full), sur=P(cap.last),
                rc=(g.d(12), "case_id"))


@tpl
def c_accessible(g):
    r = g.r
    a = g.person("zh_CN")
    b = g.person("zh_CN")
    return fill("无障碍服务申请：申请人@{name}，轮椅席位@{q}张，陪同人@{name2}，联系电话@{phone}，停车车牌@{plate}。",
                name=P(a.full), q=r.randint(1, 2), name2=P(b.full), phone=PH(g.phone("CN")),
                plate=(g.plate("CN"), "LICENSE_PLATE"))


@tpl
def c_resale_listing(g):
    r = g.r
    p = g.person("zh_CN")
    return fill("@{ts} 转售平台 挂单成功 卖家账号=@{u} 场次=@{artist} @{date} 票档=@{tier} 挂单价=@{a1} 平台服务费=@{a2}",
                ts=(g.ts("cn"), "timestamp"), u=P(g.uname(p)), artist=_cn_artist(g), date=(g.ts("date"), "timestamp"),
                tier=r.choice(TIERS_CN), a1=(g.amount("¥"), "amount"), a2=(g.amount("¥"), "amount"))


@tpl
def c_settlement(g):
    r = g.r
    return fill("结算单@{sid}：主办方@{co}，演出「@{artist}@{tour}」@{venue}站，票房总收入@{a1}，平台佣金@{a2}，应付主办@{a3}。",
                sid=(f"JS{g.d(10)}", "settlement_id"), co=(r.choice(COMPANIES_CN), "company"), artist=_cn_artist(g),
                tour=r.choice(TOURS_CN), venue=(r.choice(VENUES_CN), "venue"), a1=(g.big_amount("¥"), "amount"),
                a2=(g.big_amount("¥"), "amount"), a3=(g.big_amount("¥"), "amount"))


@tpl
def c_announcement(g):
    r = g.r
    return fill("@{ts} 运营公告：@{artist}演唱会@{city}站加开一场，@{date}开票，预约人数已超@{n}万。",
                ts=(g.ts("cn"), "timestamp"), artist=_cn_artist(g), city=r.choice(CITIES_CN),
                date=(g.ts("date"), "timestamp"), n=r.randint(10, 500))


@tpl
def c_quote_push(g):
    r = g.r
    q, author = r.choice(QUOTES_CN)
    return fill("推送文案审核通过：“@{q}”——@{author}。话剧《@{play}》@{venue}上演，票价@{amt}起。",
                q=q, author=(author, "public_figure"), play=r.choice(PLAYS_CN), venue=(r.choice(VENUES_CN), "venue"),
                amt=(g.amount("¥"), "amount"))


@tpl
def c_sms_title(g):
    r = g.r
    p = g.person("zh_CN")
    return fill("【@{co}】尊敬的@{sur}@{title}，您购买的@{artist}演唱会门票（订单@{oid}）已出票，请于演出当天凭身份证入场。客服@{hot}",
                co=(r.choice(COMPANIES_CN), "company"), sur=P(p.last), title=r.choice(["先生", "女士"]),
                artist=_cn_artist(g), oid=(g.order_cn(), "order_id"),
                hot=(f"400-{r.randint(100, 999)}-{g.d(4)}", "venue_phone"))


@tpl
def c_login(g):
    p = g.person("zh_CN")
    return fill("@{ts} 用户登录 用户名=@{u} 登录IP=@{ip} 设备=@{dev} 结果=成功",
                ts=(g.ts("cn"), "timestamp"), u=P(g.uname(p)), ip=IP(g.ip()), dev=(g.dev(), "device_id"))


@tpl
def c_temp_password(g):
    return fill("@{ts} 密码重置 账号=@{phone} 临时密码=@{pw} 已通过短信发送 网关=@{sip}",
                ts=(g.ts("cn"), "timestamp"), phone=PH(g.phone("CN", True)), pw=CR(g.pw()), sip=(g.sip(), "server_ip"))


@tpl
def c_refund_card(g):
    r = g.r
    p = g.person("zh_CN")
    return fill("退票申请 订单@{oid} 持卡人@{name} 银行卡号@{card} 退款@{amt} 状态=处理中",
                oid=(g.order_cn(), "order_id"), name=P(p.full), card=(g.card(r.choice(["up", "up", "visa", "mc"])), "CREDIT_CARD"),
                amt=(g.amount("¥"), "amount"))


@tpl
def c_tw_service(g):
    r = g.r
    p = g.person("zh_TW")
    return fill("客服紀錄 @{ts}：@{sur}@{title}來電（@{phone}），詢問@{artist}演唱會票券轉讓，已引導至官方轉售平台。",
                ts=(g.ts("cn"), "timestamp"), sur=P(p.last), title=r.choice(["小姐", "先生"]), phone=PH(g.phone("TW")),
                artist=(r.choice(["五月天", "張惠妹", "周杰倫", "告五人", "伍佰"]), "public_figure"))


@tpl
def c_tw_parking(g):
    r = g.r
    p = g.person("zh_TW")
    return fill("保全通報 @{ts}：停車場@{z}區車牌@{plate}違規停放於消防通道，車主@{name}已聯繫（@{phone}）。",
                ts=(g.ts("cn"), "timestamp"), z=r.choice("ABCD"), plate=(g.plate("TW"), "LICENSE_PLATE"),
                name=P(p.full), phone=PH(g.phone("TW")))


@tpl
def c_foreign_passport(g):
    r = g.r
    nat = r.choice(CN_NAT)
    p = g.person(NAT_LOCALE[nat])
    return fill("境外观众实名登记：姓名 @{name}，国籍 @{nat}，护照号 @{pp}，手机 @{phone}，场次 @{artist} @{date}",
                name=P(p.full), nat=nat, pp=(g.passport(p.cc), "PASSPORT"), phone=PH(g.phone(r.choice(["CN", p.cc]), True)),
                artist=_cn_artist(g), date=(g.ts("date"), "timestamp"))


@tpl
def c_mixed_json(g):
    r = g.r
    p = g.person("zh_CN")
    return fill('{"userName":"@{name}","手机":"@{phone}","email":"@{email}","座位":"@{sec}区@{row}排@{seat}号","下单IP":"@{ip}"}',
                name=P(p.full), phone=PH(g.phone("CN", True)), email=E(g.email(p)), sec=r.choice("ABCDEF"),
                row=r.randint(1, 30), seat=r.randint(1, 40), ip=IP(g.ip()))


@tpl
def c_scalper(g):
    r = g.r
    p = g.person("zh_CN")
    return fill("@{ts} 风控拦截 疑似黄牛 账号=@{u} IP=@{ip} 设备指纹=@{fp} 1分钟下单@{n}次 已冻结",
                ts=(g.ts("cn"), "timestamp"), u=P(g.uname(p)) if r.random() < 0.6 else PH(g.phone("CN", True)),
                ip=IP(g.ip()), fp=(g.hexs(32), "hash"), n=r.randint(5, 80))


@tpl
def c_masked(g):
    return fill("@{ts} 实名信息已脱敏 手机号=@{mp} 身份证=@{mid} 银行卡=@{mc} 订单=@{oid}",
                ts=(g.ts("cn"), "timestamp"), mp=(f"{g.r.choice(CN_MOBILE_PFX)}****{g.d(4)}", "masked"),
                mid=(f"{g.r.choice(CN_AREAS)}********{g.d(3)}{g.r.choice('0123456789X')}", "masked"),
                mc=(g.masked_card(), "masked"), oid=(g.order_cn(), "order_id"))


@tpl
def c_shift(g):
    r = g.r
    a, b, c, s = (g.person("zh_CN") for _ in range(4))
    return fill("@{date} 检票排班：@{g1}号口 @{n1}、@{n2}；@{g2}号口 @{n3}；带班主管 @{sur}主管",
                date=(g.ts("date"), "timestamp"), g1=r.randint(1, 9), n1=P(a.full), n2=P(b.full), g2=r.randint(10, 20),
                n3=P(c.full), sur=P(s.last))


@tpl
def c_ticket_csv(g):
    r = g.r
    p = g.person("zh")
    return fill('@{tid},@{ts},@{name},@{phone},"@{issue}",@{st},@{agent}',
                tid=(f"GD{g.d(10)}", "case_id"), ts=(g.ts("cn"), "timestamp"), name=P(p.full),
                phone=PH(g.phone(p.cc)), issue=r.choice(["电子票未显示", "想改观演人", "重复扣款", "退票进度查询"]),
                st=r.choice(["已解决", "处理中", "待回访"]), agent=(f"KF{g.d(4)}", "agent_id"))


@tpl
def c_wechat_pay(g):
    r = g.r
    return fill('{"return_code":"SUCCESS","transaction_id":"@{txn}","out_trade_no":"@{oid}","total_fee":@{fee},'
                '"time_end":"@{te}","bank_type":"@{bt}","mch_id":"@{mch}"}',
                txn=(f"42000{g.d(23)}", "transaction_id"), oid=(g.order_cn(), "order_id"),
                fee=(r.randint(5000, 300000), "amount"), te=(g.dt().strftime("%Y%m%d%H%M%S"), "timestamp"),
                bt=r.choice(["CMB_CREDIT", "ICBC_DEBIT", "OTHERS"]), mch=(g.d(10), "merchant_id"))


@tpl
def c_locker_pin(g):
    r = g.r
    return fill("@{ts} 寄存柜@{box} 存包成功 手机号=@{phone} 取件密码=@{pin}",
                ts=(g.ts("cn"), "timestamp"), box=(f"{r.choice('ABCD')}-{r.randint(1, 80):02d}", "locker_id"),
                phone=PH(g.phone("CN", True)), pin=CR(g.d(6)))


@tpl
def c_redis(g):
    r = g.r
    return fill("@{ts} ERROR 库存服务 连接Redis失败 url=redis://:@{pw}@@{sip}:6379/0 重试@{n}次",
                ts=(g.ts("cn"), "timestamp"), pw=CR(g.pw()), sip=(g.sip(), "server_ip"), n=r.randint(1, 5))


@tpl
def c_tw_order_json(g):
    r = g.r
    p = g.person("zh_TW")
    return fill('{"訂單編號":"@{oid}","購票人姓名":"@{name}","手機":"@{phone}","電子郵件":"@{email}",'
                '"場次":"@{artist} @{date}","付款方式":"信用卡 @{mc}"}',
                oid=(f"KK{g.d(10)}", "order_id"), name=P(p.full), phone=PH(g.phone("TW", True)), email=E(g.email(p)),
                artist=(r.choice(["五月天", "張惠妹", "蔡依林", "告五人"]), "public_figure"), date=(g.ts("date"), "timestamp"),
                mc=(g.masked_card(), "masked"))


@tpl
def c_artist_arrival(g):
    r = g.r
    p = g.person("zh_CN")
    return fill("艺人通道登记：@{artist}团队@{n}人抵达，对接人@{name}（@{phone}），车辆@{plate}。",
                artist=_cn_artist(g), n=r.randint(5, 40), name=P(p.full), phone=PH(g.phone("CN")),
                plate=(g.plate("CN"), "LICENSE_PLATE"))


@tpl
def c_refund_rule(g):
    r = g.r
    return fill("@{ts} 退票规则变更 演出ID=@{eid} 开演前@{h}小时停止退票 手续费@{p}% 操作人=@{svc}",
                ts=(g.ts("cn"), "timestamp"), eid=(g.eid(), "event_id"), h=r.choice([24, 48, 72]),
                p=r.choice([5, 10, 20]), svc=(r.choice(SVC_ACCOUNTS), "service_account"))


@tpl
def c_device_only(g):
    r = g.r
    return fill("@{ts} 检票机心跳 设备=@{dev} 固件=@{ver} 网关=@{sip} 今日检票@{n}张 场馆=@{venue}",
                ts=(g.ts("cn"), "timestamp"), dev=(g.dev(), "device_id"), ver=(g.ver(), "version"),
                sip=(g.sip(), "server_ip"), n=r.randint(0, 40000), venue=(r.choice(VENUES_CN), "venue"))


# ----------------------------------------------------------------------------
# public entry point
# ----------------------------------------------------------------------------

def _check(rec: dict, idx: int) -> None:
    text = rec["text"]
    assert "\n" not in text and "\r" not in text, (idx, text)
    items = []
    for s, e, lab in rec["spans"]:
        assert lab in TYPES, (idx, lab)
        assert 0 <= s < e <= len(text), (idx, s, e)
        assert text[s:e].strip() == text[s:e], (idx, text[s:e])
        items.append((s, e))
    for s, e, kind in rec["decoys"]:
        assert _KIND_RE.match(kind), (idx, kind)
        assert 0 <= s < e <= len(text), (idx, s, e)
        items.append((s, e))
    items.sort()
    for (s1, e1), (s2, e2) in zip(items, items[1:]):
        assert e1 <= s2, (idx, text, s1, e1, s2, e2)


def blind_log41(n: int, seed: int = 0) -> list[dict]:
    g = G(seed)
    out = []
    nt = len(TEMPLATES)
    for _ in range(n):
        idx = g.r.randrange(nt)
        rec = TEMPLATES[idx](g)
        rec["template"] = idx
        _check(rec, idx)
        out.append(rec)
    return out


if __name__ == "__main__":  # pragma: no cover
    import collections
    import sys
    import time

    t0 = time.time()
    recs = blind_log41(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    dt = time.time() - t0
    c = collections.Counter(lab for r_ in recs for *_, lab in r_["spans"])
    print(f"{len(TEMPLATES)} templates, {len(recs)} lines in {dt:.2f}s")
    for k, v in sorted(c.items(), key=lambda kv: -kv[1]):
        print(f"  {k:16s} {v}")
    print("  lines without spans:", sum(1 for r_ in recs if not r_["spans"]))
