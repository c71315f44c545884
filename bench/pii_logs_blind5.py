"""Blind synthetic evaluation set #5 for a log-file PII redactor.

Provenance
----------
Written blind on 2026-12-05.  The author did not read the redactor, its rules,
its tests, its docs, its seeds or any other evaluation set while writing this
module; the log formats and wordings below come from general knowledge of how
real software (nginx, Apache, HAProxy, Envoy/Istio, Caddy, Tomcat, IIS, Kong,
CDNs, AWS ALB, Laravel, Django, Rails, Express, Spring Boot, zap, logrus,
uWSGI, sshd, Serilog, Bunyan, ECS, Chinese ops/customer-service/logistics
systems) prints its lines.  Pure standard library plus Faker and phonenumbers;
no network access.

API
---
``blind_log5(n, seed=0) -> list[dict]``; each record is
``{"text", "spans": [[start, end, TYPE]], "decoys": [[start, end, KIND]], "template"}``.
``text[start:end]`` is exactly the planted value.  About one line in ten carries no planted value: 7.5% of lines are "clean"
lines in which every planted value is replaced by a masked/loopback form
(recorded as a decoy), and a few template variants have no personal field.

Value generators
----------------
* PERSON: Faker first/last names in en_US, en_GB, en_IN, en_AU, de_DE, fr_FR,
  es_ES, it_IT, pt_BR, zh_CN, zh_TW (full names, sometimes first-only or
  last-only, and a Chinese surname alone when followed by 先生/女士/师傅/经理/主任).
  A name inside a URL is labelled in its URL-encoded form.
* EMAIL_ADDRESS: built from ASCII-folded names / pinyin (Faker romanized
  names) / QQ numbers with dots, underscores, digits, plus-tags, sub-domains;
  free-mail and Faker company domains.  URL-encoded forms (``%40``) are
  labelled as they appear.
* PHONE_NUMBER: ``phonenumbers`` numbers for CN, US, GB, DE, FR, IN, AU, JP,
  SG, HK, TW, BR, ES, IT (mobile and fixed line), every one passing
  ``is_valid_number``; printed E164 / INTERNATIONAL / NATIONAL / raw digits,
  plus Chinese styles (``86-138...``, ``138 0013 8000``, ``(+86)``, ``010-...``,
  ``0755-...``) and Taiwan ``0912-345-678``.
* CREDIT_CARD: real BIN prefixes (Visa, Mastercard 51-55/2221-2720, Amex,
  Discover, JCB, Diners, UnionPay 62xxxx), 13-19 digits, Luhn-valid, with or
  without space/dash groups.
* CN_RESIDENT_ID: real 6-digit region codes, birth dates 1950-2005, GB 11643
  check digit.
* IBAN_CODE: DE GB FR ES IT NL BE AT CH PL with correct mod-97, compact or
  grouped in fours.
* US_SSN: area 001-899 (not 666), group 01-99, serial 0001-9999.
* PASSPORT: CN E/G + 8 digits or E + letter + 7 digits, US 9 digits, UK 9
  digits, DE C + 8, IN letter + 7, FR 2d2L5d, JP 2L7d -- only where the key
  or wording says passport / 护照 / 護照.
* LICENSE_PLATE: Chinese regular (京A12345, 京A·12345) and new-energy
  (粤BD12345, 沪A12345F) plates.
* IP_ADDRESS: client / user-device IPv4 (global and RFC1918), IPv6 in Chinese
  and other ISP prefixes, IPv4-mapped IPv6 (``::ffff:a.b.c.d``).
* CREDENTIAL: OpenAI-style ``sk-``/``sk-proj-``, GitHub ``ghp_``, AWS
  ``AKIA`` key ids and secret keys, Slack ``xoxb-``, Stripe ``sk_live_``,
  Aliyun ``LTAI``, Google ``AIza``, JWTs, opaque bearer tokens, session ids
  (PHPSESSID, JSESSIONID, Django sessionid, hex), passwords, TOTP base32
  secrets.

Decoys (non-personal look-alikes): order ids (incl. Luhn-valid 16-digit order
numbers without card context), tracking numbers, trace/span/request ids,
UUIDs, md5/sha1/sha256/git hashes and SSH fingerprints, epochs, timestamps,
version strings (incl. 4-part), durations, byte counts, ports, HTTP status
codes, masked values, company hotlines, SKUs, public figures / fictional
characters, places, server hostnames, server/upstream IPs, loopback/bind
addresses, amounts, company credit codes, flight numbers, pickup codes,
employee ids.

Templates (index: name)
-----------------------
Web / app server lines:
 0 nginx_combined            1 nginx_custom_cookie_xff   2 nginx_error
 3 apache_combined           4 apache_error_php          5 haproxy_http
 6 envoy_istio_json          7 caddy_json                8 tomcat_access
 9 iis_w3c                  10 kong_http_log_json       11 cdn_aliyun
12 aws_alb                  13 laravel_monolog          14 django_app
15 rails_parameters         16 express_morgan           17 spring_boot_lombok
18 go_zap_console           19 go_logrus_text           20 uwsgi_request
21 sshd_syslog
Application JSON lines:
22 json_order_snake         23 json_payment_camel       24 json_logistics_cn_keys
25 json_serilog_crm         26 json_auth_failed         27 json_http_headers
28 json_escaped_body        29 json_ticket_kebab        30 json_hr_pascal
31 json_appointment         32 json_ride_trip           33 json_hotel_booking
34 json_bank_transfer       35 json_opaque_keys         36 json_contacts_array
37 json_masked_and_raw      38 json_bunyan_req          39 json_realname_cn
40 json_audit_apikey        41 json_ecs_dotted          42 json_sms_gateway
Chinese ops lines:
43 cn_order_created         44 cn_courier_pickup        45 cn_duty_roster
46 cn_ticket_handler        47 cn_gov_identity          48 cn_gate_vehicle
49 cn_parking_exit          50 cn_bind_bank_card        51 cn_checkin_passport
52 cn_hospital_register     53 cn_cs_chat_message       54 cn_contact_change
55 cn_sms_notice            56 cn_login_anomaly         57 cn_debug_password
58 tw_order                 59 tw_cs_callback           60 cn_ride_dispatch
61 cn_locker_notice         62 cn_oncall_alert          63 cn_hotel_checkin
"""

from __future__ import annotations

import base64
import datetime as _dt
import ipaddress
import itertools
import json
import random
import re
import string
import unicodedata
import urllib.parse
from collections import Counter

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

TYPES = (
    "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "IP_ADDRESS", "CREDIT_CARD",
    "CN_RESIDENT_ID", "LICENSE_PLATE", "CREDENTIAL", "IBAN_CODE", "US_SSN",
    "PASSPORT",
)

TEMPLATE_NAMES = (
    "nginx_combined", "nginx_custom_cookie_xff", "nginx_error",
    "apache_combined", "apache_error_php", "haproxy_http",
    "envoy_istio_json", "caddy_json", "tomcat_access",
    "iis_w3c", "kong_http_log_json", "cdn_aliyun",
    "aws_alb", "laravel_monolog", "django_app",
    "rails_parameters", "express_morgan", "spring_boot_lombok",
    "go_zap_console", "go_logrus_text", "uwsgi_request",
    "sshd_syslog",
    "json_order_snake", "json_payment_camel", "json_logistics_cn_keys",
    "json_serilog_crm", "json_auth_failed", "json_http_headers",
    "json_escaped_body", "json_ticket_kebab", "json_hr_pascal",
    "json_appointment", "json_ride_trip", "json_hotel_booking",
    "json_bank_transfer", "json_opaque_keys", "json_contacts_array",
    "json_masked_and_raw", "json_bunyan_req", "json_realname_cn",
    "json_audit_apikey", "json_ecs_dotted", "json_sms_gateway",
    "cn_order_created", "cn_courier_pickup", "cn_duty_roster",
    "cn_ticket_handler", "cn_gov_identity", "cn_gate_vehicle",
    "cn_parking_exit", "cn_bind_bank_card", "cn_checkin_passport",
    "cn_hospital_register", "cn_cs_chat_message", "cn_contact_change",
    "cn_sms_notice", "cn_login_anomaly", "cn_debug_password",
    "tw_order", "tw_cs_callback", "cn_ride_dispatch",
    "cn_locker_notice", "cn_oncall_alert", "cn_hotel_checkin",
)

LOCALES = ("en_US", "en_GB", "en_IN", "en_AU", "de_DE", "fr_FR", "es_ES",
           "it_IT", "pt_BR", "zh_CN", "zh_TW")
WESTERN = LOCALES[:9]
PHONE_REGIONS = ("CN", "US", "GB", "DE", "FR", "IN", "AU", "JP", "SG", "HK",
                 "TW", "BR", "ES", "IT")

# ---------------------------------------------------------------- validators

_CNID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CNID_C = "10X98765432"
_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PLATE_RE = re.compile(
    "^[" + _PROV + "][A-HJ-NP-Z][·・ ]?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])$")


def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def cnid_check(body17: str) -> str:
    return _CNID_C[sum(int(a) * b for a, b in zip(body17, _CNID_W)) % 11]


def cnid_ok(s: str) -> bool:
    if not re.fullmatch(r"[1-8]\d{16}[\dX]", s):
        return False
    try:
        _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return cnid_check(s[:17]) == s[17]


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"


def phone_ok(s: str) -> bool:
    cands = {s, urllib.parse.unquote(s), urllib.parse.unquote_plus(s)}
    for t in cands:
        t = t.strip()
        digits = re.sub(r"\D", "", t)
        if not digits:
            continue
        tries = ["+" + digits]
        if digits.startswith("00"):
            tries.append("+" + digits[2:])
        for c in tries:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(c, None)):
                    return True
            except phonenumbers.NumberParseException:
                pass
        for reg in PHONE_REGIONS:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(t, reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _value_ok(typ: str, s: str) -> bool:
    if typ == "EMAIL_ADDRESS":
        return bool(_EMAIL_RE.fullmatch(urllib.parse.unquote(s)))
    if typ == "PHONE_NUMBER":
        return phone_ok(s)
    if typ == "PERSON":
        u = urllib.parse.unquote_plus(s)
        return any(c.isalpha() for c in u) and all(c.isalpha() or c in " -'’·." for c in u)
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", s)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CN_RESIDENT_ID":
        return cnid_ok(s)
    if typ == "LICENSE_PLATE":
        return bool(_PLATE_RE.match(s))
    if typ == "CREDENTIAL":
        return len(s) >= 6 and not any(c.isspace() for c in s)
    if typ == "IBAN_CODE":
        return iban_ok(s)
    if typ == "US_SSN":
        return ssn_ok(s)
    if typ == "PASSPORT":
        return bool(re.fullmatch(r"[A-Z0-9]{7,9}", s)) and any(c.isdigit() for c in s)
    return False


# ---------------------------------------------------------------- generator

_FREE_MAIL = ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
              "proton.me", "gmx.de", "web.de", "orange.fr", "libero.it",
              "uol.com.br", "yahoo.co.in", "bigpond.com", "btinternet.com",
              "hotmail.co.uk", "yahoo.co.jp")
_CN_MAIL = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com",
            "aliyun.com", "sohu.com")
_TW_MAIL = ("gmail.com", "yahoo.com.tw", "hotmail.com", "ms1.hinet.net")

_CN_REGION = ("110101", "110105", "110108", "310104", "310115", "440305", "440106",
              "330106", "510107", "420106", "320102", "500103", "610113", "370202",
              "210102", "350203", "120101", "430104", "410105", "130102", "340104",
              "450103", "530102", "230103", "620102")

_BINS = (("4", 16), ("4", 16), ("4", 13), ("51", 16), ("53", 16), ("55", 16),
         ("2221", 16), ("2720", 16), ("34", 15), ("37", 15), ("6011", 16),
         ("65", 16), ("3528", 16), ("3589", 16), ("36", 14), ("622202", 19),
         ("621700", 19), ("622848", 19), ("623058", 19), ("622588", 16),
         ("625906", 16), ("621226", 19))

_IBAN = {"DE": "8n10n", "GB": "4a6n8n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n",
         "NL": "4a10n", "BE": "12n", "AT": "16n", "CH": "17n", "PL": "24n"}

_CN_MOB_PREFIX = ("130", "131", "132", "133", "135", "136", "137", "138", "139",
                  "150", "151", "152", "155", "156", "157", "158", "159", "166",
                  "176", "177", "178", "180", "181", "182", "183", "185", "186",
                  "187", "188", "189", "191", "198", "199")
_CN_AREA = ("010", "021", "020", "0755", "0571", "028", "025", "027", "0512", "0731", "023", "029")

_PUBLIC = ("Taylor Swift", "Elon Musk", "Harry Potter", "Sherlock Holmes", "Lionel Messi",
           "Albert Einstein", "Mickey Mouse", "Barack Obama", "William Shakespeare",
           "Darth Vader", "Frodo Baggins")
_PUBLIC_ZH = ("鲁迅", "李白", "孙悟空", "姚明", "诸葛亮", "哪吒", "苏轼", "杜甫", "林黛玉", "贾宝玉")
_PLACE_ZH = ("北京市朝阳区", "上海市浦东新区", "深圳市南山区", "杭州市西湖区", "成都市武侯区",
             "广州市天河区", "南京市鼓楼区", "武汉市洪山区", "西安市雁塔区", "苏州工业园区",
             "重庆市渝中区", "天津市和平区")
_PLACE_TW = ("台北市信義區", "高雄市前鎮區", "台中市西屯區", "新北市板橋區", "桃園市中壢區")
_PLACE_EN = ("Shenzhen", "Munich", "Manchester", "Bangalore", "Sydney", "Lyon",
             "Barcelona", "Milan", "Sao Paulo", "Singapore", "Osaka")
_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 13; M2012K11AC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
       "okhttp/4.12.0", "curl/8.4.0", "python-requests/2.31.0", "Go-http-client/2.0",
       "Mozilla/5.0 (Linux; Android 12; V2118A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/101.0.4951.74 Mobile Safari/537.36 MicroMessenger/8.0.44.2502",
       "Dalvik/2.1.0 (Linux; U; Android 11; Redmi Note 9 Pro Build/RKQ1.200826.002)")
_HOSTS = ("api.shop-example.cn", "m.example-mall.com", "passport.example.net",
          "app.ledgerly.io", "www.example-travel.com", "gw.payfast.cn", "crm.internal.acme.com")

PLACEHOLDER = re.compile("⟦(\\w+)⟧")


class _G:
    """Value and decoy generators around one seeded Random and seeded Fakers."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(LOCALES):
            f = Faker(loc)
            f.seed_instance(seed * 131 + i)
            self.fk[loc] = f
        self.dt = _dt.datetime(2024, 1, 1)

    # ---- helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def new_time(self):
        self.dt = _dt.datetime(2024, 1, 1) + _dt.timedelta(
            seconds=self.r.randint(0, 730 * 86400), microseconds=self.r.randint(0, 999999))

    # timestamps in common formats (plain strings, not decoys)
    def ts_nginx(self):
        return self.dt.strftime("%d/%b/%Y:%H:%M:%S +0800")

    def ts_iso(self, z=True):
        s = self.dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.dt.microsecond // 1000:03d}"
        return s + ("Z" if z else "+08:00")

    def ts_cn(self):
        return self.dt.strftime("%Y-%m-%d %H:%M:%S")

    def ts_ms(self, sep=","):
        return self.dt.strftime("%Y-%m-%d %H:%M:%S") + f"{sep}{self.dt.microsecond // 1000:03d}"

    def epoch(self):
        return int(self.dt.replace(tzinfo=_dt.timezone.utc).timestamp())

    # ---- PERSON
    def person(self, loc=None):
        loc = loc or self.ch(LOCALES)
        f = self.fk[loc]
        first, last = f.first_name(), f.last_name()
        if loc in ("zh_CN", "zh_TW"):
            full = last + first
        else:
            full = f"{first} {last}"
        return {"full": full, "first": first, "last": last, "loc": loc}

    def cn_name(self):
        return self.person("zh_CN")

    def tw_name(self):
        return self.person("zh_TW")

    def west(self):
        return self.person(self.ch(WESTERN))

    # ---- EMAIL
    @staticmethod
    def _fold(s):
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s.lower() if c in string.ascii_lowercase)

    def email(self, p=None, cn=None):
        r = self.r
        if p is None:
            p = self.person()
        if p["loc"] in ("zh_CN", "zh_TW"):
            f = self.fk["zh_CN"]
            first, last = self._fold(f.first_romanized_name()), self._fold(f.last_romanized_name())
            domains = _CN_MAIL if p["loc"] == "zh_CN" else _TW_MAIL
            if p["loc"] == "zh_CN" and r.random() < 0.2:
                return self.digits(r.randint(6, 10), True) + "@qq.com"
        else:
            first, last = self._fold(p["first"]) or "user", self._fold(p["last"]) or "mail"
            domains = _FREE_MAIL
        style = r.randint(0, 7)
        local = [f"{first}.{last}", f"{first}{last}{r.randint(1, 99)}", f"{first[0]}.{last}",
                 f"{first}_{last}", f"{first}.{last}+{self.ch(['shop', 'news', 'work', 'tw', 'test'])}",
                 f"{last}.{first}", f"{first}{r.randint(1970, 2005)}", f"{last}{first[0]}"][style]
        d = r.random()
        if d < 0.6:
            dom = self.ch(domains)
        elif d < 0.85:
            dom = self.fk["en_US"].domain_name()
        else:
            dom = self.ch(["mail.", "eu.", "corp.", "staff."]) + self.fk[self.ch(WESTERN)].domain_name()
        return f"{local}@{dom}"

    # ---- PHONE
    def _valid_from_example(self, region, ptype):
        ex = phonenumbers.example_number_for_type(region, ptype)
        nsn = str(ex.national_number)
        for _ in range(500):
            keep = self.r.randint(1, min(3, len(nsn) - 4))
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            num = phonenumbers.parse(f"+{ex.country_code}{cand}", None)
            if phonenumbers.is_valid_number(num):
                return num
        return ex

    def phone(self, region=None, fixed=False, fmt=None):
        region = region or self.ch(PHONE_REGIONS)
        num = self._valid_from_example(region, PNT.FIXED_LINE if fixed else PNT.MOBILE)
        fmt = fmt or self.ch(["E164", "INTL", "NATL", "NATL", "RAW"])
        if fmt == "E164":
            return phonenumbers.format_number(num, PNF.E164)
        if fmt == "INTL":
            return phonenumbers.format_number(num, PNF.INTERNATIONAL)
        if fmt == "NATL":
            return phonenumbers.format_number(num, PNF.NATIONAL)
        return re.sub(r"\D", "", phonenumbers.format_number(num, PNF.NATIONAL))

    def cn_mobile(self, style=None):
        for _ in range(100):
            n = self.ch(_CN_MOB_PREFIX) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse("+86" + n, None)):
                break
        style = style if style is not None else self.r.choice([0, 0, 0, 0, 1, 2, 3, 4, 5, 6])
        return [n, "+86" + n, f"+86 {n[:3]} {n[3:7]} {n[7:]}", "86-" + n,
                f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", "(+86)" + n][style]

    def cn_landline(self):
        for _ in range(200):
            area = self.ch(_CN_AREA)
            sub = str(self.r.randint(2, 8)) + self.digits(7)
            if phonenumbers.is_valid_number(phonenumbers.parse(area + sub, "CN")):
                break
        return self.ch([f"{area}-{sub}", f"{area}-{sub}", f"({area}){sub}", f"+86 {area[1:]} {sub[:4]} {sub[4:]}"])

    def tw_mobile(self):
        for _ in range(200):
            n = "9" + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse("+886" + n, None)):
                break
        return self.ch([f"0{n[:3]}-{n[3:6]}-{n[6:]}", "0" + n, f"+886 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}"])

    def tw_landline(self):
        for _ in range(200):
            sub = str(self.r.randint(2, 8)) + self.digits(7)
            if phonenumbers.is_valid_number(phonenumbers.parse("+8862" + sub, None)):
                break
        return self.ch([f"02-{sub[:4]}-{sub[4:]}", f"(02){sub[:4]}-{sub[4:]}", f"02-{sub}"])

    def any_phone(self):
        r = self.r.random()
        if r < 0.45:
            return self.cn_mobile()
        if r < 0.55:
            return self.cn_landline()
        return self.phone(fixed=self.r.random() < 0.2)

    # ---- IP
    def ipv4(self, private=None):
        r = self.r
        if private is None:
            private = r.random() < 0.25
        if private:
            return self.ch([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                            f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        while True:
            s = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            a = ipaddress.ip_address(s)
            if a.is_global and not a.is_multicast:
                return s

    def ipv6(self):
        pre = self.ch(["2408:8207", "240e:3b4", "2409:8a55", "2a02:c7f", "2600:1700", "2a01:cb00", "2001:b011"])
        groups = pre.split(":") + [format(self.r.randint(0, 0xFFFF), "x") for _ in range(8 - len(pre.split(":")))]
        if self.r.random() < 0.3:
            groups[4] = groups[5] = "0"
        return str(ipaddress.ip_address(":".join(groups)))

    def ip(self):
        x = self.r.random()
        return self.ipv6() if x < 0.12 else self.ipv4()

    # ---- CARD / IDs
    def card(self, sep=None):
        pre, ln = self.ch(_BINS)
        if pre == "4" and self.r.random() < 0.5:
            pre = self.ch(["411111", "427020", "438088", "453201", "476173", "400115"])
        num = luhn_complete(pre + self.digits(ln - len(pre) - 1))
        sep = sep if sep is not None else self.ch(["", "", " ", "-"])
        if not sep:
            return num
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        if ln == 14:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, ln, 4))

    def cnid(self):
        d = _dt.date(1950, 1, 1) + _dt.timedelta(days=self.r.randint(0, 20000))
        body = self.ch(_CN_REGION) + d.strftime("%Y%m%d") + self.digits(3)
        return body + cnid_check(body)

    def iban(self, cc=None, grouped=None):
        cc = cc or self.ch(list(_IBAN))
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([an])", _IBAN[cc]):
            bban += (self.alnum(int(cnt), string.ascii_uppercase) if kind == "a" else self.digits(int(cnt)))
        chk = 98 - _iban_num(bban + cc + "00") % 97
        s = f"{cc}{chk:02d}{bban}"
        if grouped if grouped is not None else self.r.random() < 0.4:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, dash=True):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
        return s if dash else s.replace("-", "")

    def passport(self, kind=None):
        kind = kind or self.ch(["CN", "CN", "CN", "US", "GB", "DE", "IN", "FR", "JP"])
        if kind == "CN":
            return self.ch(["E" + self.digits(8), "G" + self.digits(8),
                            "E" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)])
        if kind in ("US", "GB"):
            return self.digits(9, True)
        if kind == "DE":
            return "C" + self.alnum(4, "CFGHJKLMNPRTVWXYZ0123456789") + self.digits(2) + self.alnum(2, "CFGHJKLMNPRTVWXYZ0123456789")
        if kind == "IN":
            return self.ch("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(7)
        if kind == "FR":
            return self.digits(2) + self.alnum(2, string.ascii_uppercase) + self.digits(5)
        return self.alnum(2, "TMRN") + self.digits(7)

    def plate(self, energy=None, sep=None):
        p = self.ch(_PROV) + self.ch(_PLATE_L)
        energy = self.r.random() < 0.3 if energy is None else energy
        if energy:
            tail = (self.ch("DF") + self.ch(_PLATE_L + string.digits) + self.digits(4)
                    if self.r.random() < 0.8 else self.digits(5) + self.ch("DF"))
        else:
            chars = [self.ch(string.digits) for _ in range(5)]
            for _ in range(self.r.choice([0, 0, 1, 1, 2])):
                chars[self.r.randint(0, 4)] = self.ch(_PLATE_L)
            tail = "".join(chars)
        sep = sep if sep is not None else self.ch(["", "", "·"])
        return p + sep + tail

    # ---- CREDENTIAL
    def jwt(self):
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        hdr = b({"alg": self.ch(["HS256", "RS256"]), "typ": "JWT"})
        pl = b({"sub": str(self.r.randint(10000, 9999999)), "iat": self.epoch(), "exp": self.epoch() + 3600,
                "scope": self.ch(["read", "openid profile", "user"])})
        sig = base64.urlsafe_b64encode(bytes(self.r.randrange(256) for _ in range(32))).rstrip(b"=").decode()
        return f"{hdr}.{pl}.{sig}"

    def password(self):
        r = self.r
        if r.random() < 0.5:
            w = self.ch(["Summer", "Welcome", "Qwerty", "Dragon", "Monkey", "Shanghai", "Passw0rd", "Admin", "Sunshine", "Tiger"])
            return w + str(r.randint(1, 2025)) + self.ch(["!", "@", "$", "*", "", "#1", "_"])
        return self.alnum(r.randint(10, 16), string.ascii_letters + string.digits + "!@$*_-.")

    def cred(self, kind=None):
        kind = kind or self.ch(["sk", "skproj", "ghp", "akia", "xoxb", "stripe", "jwt", "bearer",
                                "ltai", "aiza", "totp", "password", "session"])
        a = string.ascii_letters + string.digits
        return {
            "sk": lambda: "sk-" + self.alnum(48, a),
            "skproj": lambda: "sk-proj-" + self.alnum(64, a + "-_"),
            "ghp": lambda: "ghp_" + self.alnum(36, a),
            "akia": lambda: "AKIA" + self.alnum(16, string.ascii_uppercase + "234567"),
            "awssecret": lambda: self.alnum(40, a + "+/"),
            "xoxb": lambda: f"xoxb-{self.digits(12, True)}-{self.digits(13, True)}-{self.alnum(24, a)}",
            "stripe": lambda: "sk_live_" + self.alnum(24, a),
            "jwt": self.jwt,
            "bearer": lambda: self.alnum(40, a + "-_"),
            "ltai": lambda: "LTAI5t" + self.alnum(18, a),
            "aiza": lambda: "AIza" + self.alnum(35, a + "-_"),
            "totp": lambda: self.alnum(self.ch([16, 32]), string.ascii_uppercase + "234567"),
            "password": self.password,
            "session": lambda: self.ch([self.hexs(32), self.alnum(26, string.ascii_lowercase + string.digits),
                                        self.alnum(32, string.ascii_lowercase + string.digits)]),
            "jsession": lambda: self.hexs(32, True),
            "hex40": lambda: self.hexs(40),
        }[kind]()

    # ---- decoys
    def dec(self, kind):
        r = self.r
        d = self.dt
        f = {
            "order_id": lambda: self.ch([d.strftime("%Y%m%d") + self.digits(10), "ORD" + d.strftime("%y%m%d") + self.digits(6),
                                         "E" + d.strftime("%Y%m%d%H%M") + self.digits(4), self.digits(19, True)]),
            "luhn_order_id": lambda: luhn_complete(self.ch(["4", "5", "6"]) + self.digits(14)),
            "tracking_no": lambda: self.ch(["SF" + self.digits(13, True), "YT" + self.digits(13, True), "JD00" + self.digits(11),
                                            "7" + self.digits(11), "1Z" + self.alnum(6, string.ascii_uppercase + string.digits) + self.digits(10),
                                            "ZTO" + self.digits(12)]),
            "trace_id": lambda: self.hexs(32),
            "span_id": lambda: self.hexs(16),
            "uuid": lambda: "-".join([self.hexs(8), self.hexs(4), "4" + self.hexs(3), self.ch("89ab") + self.hexs(3), self.hexs(12)]),
            "md5": lambda: self.hexs(32),
            "sha1": lambda: self.hexs(40),
            "sha256": lambda: self.hexs(64),
            "git_sha": lambda: self.hexs(self.ch([7, 8, 12])),
            "ssh_fingerprint": lambda: "SHA256:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("="),
            "epoch": lambda: str(self.epoch()),
            "epoch_ms": lambda: str(self.epoch() * 1000 + d.microsecond // 1000),
            "timestamp": lambda: self.ch([self.ts_iso(), self.ts_cn(), d.strftime("%Y%m%d%H%M%S")]),
            "version": lambda: self.ch([f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
                                        f"10.0.{self.ch(['19045', '22631', '17763', '20348'])}.{r.randint(1, 4000)}",
                                        f"v{r.randint(1, 3)}.{r.randint(0, 29)}.{r.randint(0, 12)}",
                                        f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 9999)}"]),
            "duration": lambda: self.ch([f"{r.randint(1, 2999)}ms", f"{r.random() * 3:.3f}s", f"{r.randint(1, 900)}.{r.randint(0, 999):03d}ms"]),
            "bytes": lambda: str(r.randint(120, 2_000_000)),
            "port": lambda: str(r.randint(1024, 65535)),
            "status": lambda: self.ch(["200", "201", "204", "301", "302", "400", "401", "403", "404", "429", "500", "502", "504"]),
            "masked_phone": lambda: self.ch(_CN_MOB_PREFIX) + "****" + self.digits(4),
            "masked_card": lambda: self.ch(["****", "**** **** **** ", "6222 **** **** "]) + self.digits(4),
            "masked_id": lambda: self.ch(_CN_REGION)[:3] + "*" * 11 + self.digits(3) + self.ch("0123456789X"),
            "masked": lambda: self.ch([self.ch(_CN_MOB_PREFIX) + "****" + self.digits(4), "****" + self.digits(4),
                                       self.ch(_CN_REGION)[:3] + "*" * 11 + self.digits(3) + self.ch("0123456789X"),
                                       "**** **** **** " + self.digits(4), self.ch("abcdefghjklmnpwxyz") + "***@" + self.ch(_CN_MAIL + _FREE_MAIL)]),
            "hotline": lambda: self.ch([f"400-{self.digits(3)}-{self.digits(4)}", f"800-{self.digits(3)}-{self.digits(4)}",
                                        self.ch(["95588", "95533", "95555", "95599", "10086", "10010", "12306", "95338", "12345"]),
                                        f"4008{self.digits(6)}"]),
            "sku": lambda: self.ch([f"SKU-{self.digits(5)}-{self.ch(['BLK', 'WHT', 'RED', 'XL', 'M'])}",
                                    f"{self.alnum(2, string.ascii_uppercase)}{self.digits(4)}{self.ch(['CH/A', 'LL/A', 'ZA/A'])}",
                                    f"P{self.digits(9)}", f"{self.alnum(3, string.ascii_uppercase)}-{self.digits(6)}"]),
            "public_figure": lambda: self.ch(_PUBLIC),
            "public_figure_zh": lambda: self.ch(_PUBLIC_ZH),
            "place": lambda: self.ch(_PLACE_ZH),
            "place_tw": lambda: self.ch(_PLACE_TW),
            "place_en": lambda: self.ch(_PLACE_EN),
            "hostname": lambda: self.ch([f"web-prod-{r.randint(1, 24):02d}", f"ip-10-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}.ec2.internal",
                                         f"app{r.randint(1, 9)}.bj.internal", f"k8s-node-{self.hexs(5)}", f"nginx-ingress-{self.hexs(10)}-{self.alnum(5, string.ascii_lowercase)}"]),
            "loopback": lambda: self.ch(["127.0.0.1", "0.0.0.0", "::1", "localhost"]),
            "server_ip": lambda: self.ipv4(private=True),
            "amount": lambda: self.ch([f"¥{r.randint(1, 9999)}.{r.randint(0, 99):02d}", f"{r.randint(1, 99999) / 100:.2f}",
                                       f"${r.randint(1, 999)}.{r.randint(0, 99):02d}", f"€{r.randint(1, 999)},{r.randint(0, 99):02d}"]),
            "company_code": lambda: "91" + self.ch(_CN_REGION) + self.alnum(10, "0123456789ABCDEFGHJKLMNPQRTUWXY"),
            "flight_no": lambda: self.ch(["CA", "MU", "CZ", "HU", "LH", "BA", "SQ", "CX"]) + str(r.randint(100, 9999)),
            "pickup_code": lambda: self.digits(6, True) if r.random() < 0.5 else f"{r.randint(1, 30)}-{r.randint(1, 6)}-{self.digits(4)}",
            "employee_id": lambda: self.ch(["E", "EMP", "W", "HR-"]) + self.digits(self.ch([5, 6, 8])),
        }[kind]
        return f()

    def D(self, kind):
        lab = "masked" if kind.startswith("masked") else kind.replace("_zh", "").replace("_tw", "").replace("_en", "")
        return (self.dec(kind), lab)


# ---------------------------------------------------------------- rendering

def _mask(val: str, typ: str, g: _G):
    """Non-personal replacement for a planted value on a clean line."""
    if typ == "IP_ADDRESS":
        return ("::1" if ":" in val else "127.0.0.1"), "loopback"
    if typ == "EMAIL_ADDRESS":
        for at in ("%40", "@"):
            if at in val:
                loc, dom = val.split(at, 1)
                return loc[0] + "***" + at + dom, "masked"
    if typ == "PERSON":
        u = val
        if "%" in u:
            return "%2A%2A%2A", "masked"
        return (u[0] + "*" * max(1, min(2, len(u) - 1))) if ord(u[0]) > 0x2E80 else (u[0] + "***"), "masked"
    if typ == "CREDENTIAL":
        return g.ch(["******", "[REDACTED]", "[FILTERED]", "***"]), "masked"
    if typ in ("PHONE_NUMBER", "CREDIT_CARD", "CN_RESIDENT_ID", "IBAN_CODE", "US_SSN", "PASSPORT", "LICENSE_PLATE"):
        keep_head = {"PHONE_NUMBER": 3, "CREDIT_CARD": 0, "CN_RESIDENT_ID": 3, "IBAN_CODE": 4,
                     "US_SSN": 0, "PASSPORT": 1, "LICENSE_PLATE": 2}[typ]
        head = val[:keep_head]
        return head + "****" + val[-4:] if typ != "LICENSE_PLATE" else head + "***" + val[-2:], "masked"
    return "***", "masked"


def _render(fmt: str, fields: dict, clean: bool, g: _G):
    parts, spans, decoys = [], [], []
    pos = 0
    last = 0
    for m in PLACEHOLDER.finditer(fmt):
        lit = fmt[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        last = m.end()
        v = fields[m.group(1)]
        if isinstance(v, tuple):
            val, lab = v
            if lab in TYPES:
                if clean:
                    val, lab = _mask(val, lab, g)
                    decoys.append([pos, pos + len(val), lab])
                else:
                    spans.append([pos, pos + len(val), lab])
            else:
                decoys.append([pos, pos + len(val), lab])
        else:
            val = str(v)
        parts.append(val)
        pos += len(val)
    parts.append(fmt[last:])
    return "".join(parts), spans, decoys


def J(g: _G, obj) -> str:
    seps = g.ch([(",", ":"), (", ", ": ")])
    return json.dumps(obj, ensure_ascii=False, separators=seps)


_REG: dict = {}


def _tpl(name):
    def deco(fn):
        _REG[name] = fn
        return fn
    return deco


def q(s):  # URL-encode a query value (form style)
    return urllib.parse.quote_plus(s, safe="")


def qp(s):  # percent-encode strictly (spaces as %20)
    return urllib.parse.quote(s, safe="")


# ================================================================ web / server

@_tpl("nginx_combined")
def _t(g):
    r = g.r
    p = g.person()
    em = g.email(p)
    ph = g.any_phone() if r.random() < 0.5 else g.phone(fmt="E164")
    path = g.ch([
        "/api/v1/users/lookup?email=⟦em⟧&source=web",
        "/account/verify?mobile=⟦ph⟧&sms=1",
        "/newsletter/subscribe?email=⟦em⟧&lang=zh-CN",
        "/search?q=⟦pf⟧&page=⟦pg⟧",
        "/track?order_no=⟦oid⟧&phone=⟦ph⟧",
        "/invite/accept?name=⟦nm⟧&email=⟦em⟧&ref=⟦sha⟧",
        "/static/js/app.⟦sha⟧.js",
        "/api/orders/⟦oid⟧",
    ])
    ref = g.ch(["-", "https://m.example-mall.com/cart?from=app&uid=⟦uid⟧",
                "https://www.google.com/", "https://passport.example.net/login?redirect=%2Fhome&email=⟦em2⟧"])
    fmt = '⟦ip⟧ - ⟦ru⟧ [⟦ts⟧] "⟦meth⟧ ' + path + ' HTTP/1.1" ⟦st⟧ ⟦by⟧ "' + ref + '" "⟦ua⟧"'
    if r.random() < 0.3:
        fmt += ' "⟦xff⟧"'
    em_enc = qp(em) if r.random() < 0.6 else em
    ph_enc = qp(ph) if ph.startswith("+") and r.random() < 0.6 else ph.replace(" ", "%20")
    ru = ("-", None) if r.random() < 0.8 else (em, "EMAIL_ADDRESS")
    return fmt, {
        "ip": (g.ip(), "IP_ADDRESS"), "ru": ru if ru[1] else "-", "ts": g.ts_nginx(),
        "meth": g.ch(["GET", "GET", "POST", "HEAD"]),
        "em": (em_enc, "EMAIL_ADDRESS"), "em2": (qp(g.email()), "EMAIL_ADDRESS"),
        "ph": (ph_enc, "PHONE_NUMBER"), "pf": (q(g.dec(g.ch(["public_figure", "public_figure_zh"]))), "public_figure"),
        "pg": str(r.randint(1, 9)), "oid": g.D("order_id"), "nm": (q(p["full"]), "PERSON"),
        "sha": g.D(g.ch(["md5", "git_sha"])), "uid": str(r.randint(1000, 9999999)),
        "st": g.D("status") if r.random() < 0.3 else g.dec("status"), "by": g.dec("bytes"),
        "ua": g.ch(_UA), "xff": (g.ipv4(), "IP_ADDRESS"),
    }


@_tpl("nginx_custom_cookie_xff")
def _t(g):
    r = g.r
    # log_format main '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent
    #   "$http_referer" "$http_user_agent" "$http_x_forwarded_for" rt=$request_time uct=... ua="$upstream_addr" cookie="$http_cookie"'
    ck = g.ch(["sessionid=⟦sid⟧; csrftoken=⟦csrf⟧", "PHPSESSID=⟦sid⟧; lang=zh-cn",
               "_ga=GA1.2.⟦ga⟧; token=⟦tok⟧", "JSESSIONID=⟦jsid⟧; remember_me=⟦em⟧", "-"])
    fmt = ('⟦lb⟧ - - [⟦ts⟧] "GET /api/me?fields=name,email HTTP/1.1" ⟦st⟧ ⟦by⟧ "-" "⟦ua⟧" "⟦xff⟧" '
           'rt=⟦rt⟧ uct="0.000" uht="⟦rt⟧" urt="⟦rt⟧" ua="⟦up⟧:8080" req_id=⟦rid⟧ cookie="' + ck + '"')
    return fmt, {
        "lb": g.D("server_ip"), "ts": g.ts_nginx(), "st": g.dec("status"), "by": g.dec("bytes"), "ua": g.ch(_UA),
        "xff": (g.ip(), "IP_ADDRESS"), "rt": f"{r.random():.3f}", "up": g.D("server_ip"), "rid": g.D("trace_id"),
        "sid": (g.cred("session"), "CREDENTIAL"), "csrf": g.alnum(32), "ga": f"{r.randint(10**8, 10**9)}.{g.epoch()}",
        "tok": (g.cred(g.ch(["jwt", "bearer"])), "CREDENTIAL"), "jsid": (g.cred("jsession"), "CREDENTIAL"),
        "em": (qp(g.email()), "EMAIL_ADDRESS"),
    }


@_tpl("nginx_error")
def _t(g):
    r = g.r
    ph = g.cn_mobile(0) if r.random() < 0.6 else g.phone(fmt="E164").replace("+", "%2B")
    qs = g.ch(["mobile=⟦ph⟧", "email=⟦em⟧&captcha=1", "idcard=⟦idn⟧&name=⟦nm⟧", "access_token=⟦tok⟧"])
    fmt = ('⟦date⟧ [⟦lvl⟧] ⟦pid⟧#⟦pid⟧: *⟦cid⟧ ⟦msg⟧, client: ⟦ip⟧, server: ⟦host⟧, request: "POST /api/login?' + qs +
           ' HTTP/1.1", upstream: "http://⟦up⟧:8080/api/login?' + qs + '", host: "⟦host⟧"')
    nm = g.cn_name()
    return fmt, {
        "date": g.dt.strftime("%Y/%m/%d %H:%M:%S"), "lvl": g.ch(["error", "warn"]), "pid": str(r.randint(1000, 40000)),
        "cid": str(r.randint(1, 9999999)),
        "msg": g.ch(["upstream timed out (110: Connection timed out) while reading response header from upstream",
                     "connect() failed (111: Connection refused) while connecting to upstream",
                     "upstream prematurely closed connection while reading response header from upstream"]),
        "ip": (g.ip(), "IP_ADDRESS"), "host": g.ch(_HOSTS), "up": g.D("server_ip"),
        "ph": (ph, "PHONE_NUMBER"), "em": (qp(g.email()), "EMAIL_ADDRESS"), "idn": (g.cnid(), "CN_RESIDENT_ID"),
        "nm": (qp(nm["full"]), "PERSON"), "tok": (g.cred("bearer"), "CREDENTIAL"),
    }


@_tpl("apache_combined")
def _t(g):
    r = g.r
    p = g.west()
    path = g.ch(["/wp-login.php?log=⟦em⟧&pwd=⟦pw⟧", "/cgi-bin/profile.cgi?first=⟦fn⟧&last=⟦ln⟧&tel=⟦ph⟧",
                 "/index.php?route=account/forgotten&email=⟦em⟧", "/download/setup-⟦ver⟧.exe",
                 "/members/⟦em⟧/avatar.png"])
    fmt = '⟦ip⟧ - ⟦ru⟧ [⟦ts⟧] "GET ' + path + ' HTTP/1.1" ⟦st⟧ ⟦by⟧ "⟦ref⟧" "⟦ua⟧"'
    return fmt, {
        "ip": (g.ip(), "IP_ADDRESS"), "ru": g.ch(["-", "-", "-"]), "ts": g.dt.strftime("%d/%b/%Y:%H:%M:%S +0100"),
        "em": (qp(g.email(p)), "EMAIL_ADDRESS"), "pw": (qp(g.password()), "CREDENTIAL"),
        "fn": (q(p["first"]), "PERSON"), "ln": (q(p["last"]), "PERSON"),
        "ph": (q(g.phone(g.ch(["GB", "DE", "FR", "US", "AU", "IT", "ES"]))), "PHONE_NUMBER"), "ver": g.D("version"),
        "st": g.dec("status"), "by": g.D("bytes") if r.random() < 0.2 else g.dec("bytes"),
        "ref": g.ch(["-", "https://www.bing.com/", "http://intranet.local/"]), "ua": g.ch(_UA),
    }


@_tpl("apache_error_php")
def _t(g):
    r = g.r
    p = g.west()
    msg = g.ch(["PHP Warning:  mail(): Failed to connect to mailserver for ⟦em⟧ in /var/www/html/inc/notify.php on line ⟦ln⟧",
                "PHP Notice:  Undefined index: phone in /var/www/html/checkout.php on line ⟦ln⟧, referer: https://⟦host⟧/checkout?name=⟦nm⟧&phone=⟦ph⟧",
                "PHP Fatal error:  Uncaught PDOException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '⟦em⟧' for key 'users.email' in /var/www/app/Db.php:⟦ln⟧",
                "AH01630: client denied by server configuration: /var/www/html/.git/config"])
    fmt = "[⟦ts⟧] [php:error] [pid ⟦pid⟧:tid ⟦tid⟧] [client ⟦ip⟧:⟦port⟧] " + msg
    return fmt, {
        "ts": g.dt.strftime("%a %b %d %H:%M:%S.%f %Y"), "pid": str(r.randint(1000, 60000)), "tid": str(r.randint(10**14, 10**15)),
        "ip": (g.ip(), "IP_ADDRESS"), "port": g.dec("port"), "em": (g.email(p), "EMAIL_ADDRESS"), "ln": str(r.randint(10, 900)),
        "host": g.ch(_HOSTS), "nm": (q(p["full"]), "PERSON"), "ph": (q(g.phone(fmt="INTL")), "PHONE_NUMBER"),
    }


@_tpl("haproxy_http")
def _t(g):
    r = g.r
    cap = g.ch(["{⟦host⟧|⟦ua⟧|⟦xff⟧}", "{⟦host⟧||⟦em⟧}", "{⟦host⟧|Bearer ⟦tok⟧|}"])
    fmt = ("⟦syslog⟧ ⟦lb⟧ haproxy[⟦pid⟧]: ⟦ip⟧:⟦port⟧ [⟦ts⟧] fe_https~ be_api/api-0⟦n⟧ 0/0/1/⟦tr⟧/⟦tt⟧ ⟦st⟧ ⟦by⟧ - - ---- "
           "87/87/5/2/0 0/0 " + cap + ' "⟦meth⟧ /v2/⟦ep⟧ HTTP/1.1"')
    return fmt, {
        "syslog": g.dt.strftime("%b %e %H:%M:%S"), "lb": g.D("hostname"), "pid": str(r.randint(1000, 40000)),
        "ip": (g.ipv4(), "IP_ADDRESS"), "port": str(r.randint(1024, 65535)), "ts": g.dt.strftime("%d/%b/%Y:%H:%M:%S.") + f"{r.randint(0, 999):03d}",
        "n": str(r.randint(1, 9)), "tr": str(r.randint(1, 300)), "tt": str(r.randint(300, 900)), "st": g.dec("status"),
        "by": g.dec("bytes"), "host": g.ch(_HOSTS), "ua": g.ch(_UA[4:8]), "xff": (g.ip(), "IP_ADDRESS"),
        "em": (g.email(), "EMAIL_ADDRESS"), "tok": (g.cred("jwt"), "CREDENTIAL"), "meth": g.ch(["GET", "POST", "PUT"]),
        "ep": g.ch(["login", "orders", "users/me", "payments/confirm"]),
    }


@_tpl("envoy_istio_json")
def _t(g):
    r = g.r
    path = g.ch(["/v1/customers?phone=⟦ph⟧", "/v1/customers/search?email=⟦em⟧", "/healthz", "/v1/orders/⟦oid⟧"])
    obj = {"start_time": g.ts_iso(), "method": g.ch(["GET", "POST"]), "path": path, "protocol": "HTTP/1.1",
           "response_code": "⟦st⟧", "response_flags": "-", "bytes_received": 0, "bytes_sent": r.randint(100, 9000),
           "duration": r.randint(1, 900), "upstream_service_time": str(r.randint(1, 800)),
           "x_forwarded_for": "⟦ip⟧", "user_agent": g.ch(_UA), "request_id": "⟦rid⟧", "authority": g.ch(_HOSTS),
           "upstream_host": "⟦up⟧:8080", "upstream_cluster": "outbound|8080||customer.prod.svc.cluster.local",
           "downstream_remote_address": "⟦ip2⟧:⟦port⟧", "downstream_local_address": "⟦lb⟧:443"}
    return J(g, obj), {
        "ph": (qp(g.any_phone()), "PHONE_NUMBER"), "em": (qp(g.email()), "EMAIL_ADDRESS"), "oid": g.D("order_id"),
        "st": g.dec("status"), "ip": (g.ip(), "IP_ADDRESS"), "rid": g.D("uuid"), "up": g.D("server_ip"),
        "ip2": (g.ipv4(private=True), "IP_ADDRESS"), "port": str(r.randint(1024, 65535)), "lb": g.D("server_ip"),
    }


@_tpl("caddy_json")
def _t(g):
    r = g.r
    hdr = {"User-Agent": [g.ch(_UA)], "Accept": ["*/*"]}
    k = r.randint(0, 2)
    if k == 0:
        hdr["Authorization"] = ["Bearer ⟦tok⟧"]
    elif k == 1:
        hdr["Cookie"] = ["session=⟦tok⟧; theme=dark"]
    else:
        hdr["X-Forwarded-For"] = ["⟦xff⟧"]
    obj = {"level": "info", "ts": float(f"{g.epoch()}.{r.randint(100, 999)}"), "logger": "http.log.access.log0",
           "msg": "handled request",
           "request": {"remote_ip": "⟦ip⟧", "remote_port": str(r.randint(1024, 65535)), "client_ip": "⟦ip⟧", "proto": "HTTP/2.0",
                       "method": "GET", "host": g.ch(_HOSTS), "uri": g.ch(["/profile?user=⟦em⟧", "/assets/app.css", "/api/v2/me"]),
                       "headers": hdr, "tls": {"resumed": False, "version": 772, "cipher_suite": 4865, "proto": "h2"}},
           "bytes_read": 0, "user_id": "", "duration": round(r.random() / 10, 6), "size": r.randint(100, 50000),
           "status": 200, "resp_headers": {"Server": ["Caddy"], "Content-Type": ["text/html; charset=utf-8"]}}
    return J(g, obj), {
        "tok": (g.cred(g.ch(["jwt", "bearer", "session"])), "CREDENTIAL"), "xff": (g.ip(), "IP_ADDRESS"),
        "ip": (g.ip(), "IP_ADDRESS"), "em": (qp(g.email()), "EMAIL_ADDRESS"),
    }


@_tpl("tomcat_access")
def _t(g):
    r = g.r
    path = g.ch(["/portal/profile;jsessionid=⟦js⟧?uid=⟦uid⟧", "/app/j_security_check", "/hr/employee/view.do?ssn=⟦ssn⟧",
                 "/crm/contact.jsp?name=⟦nm⟧&tel=⟦ph⟧"])
    fmt = '⟦ip⟧ - ⟦ru⟧ [⟦ts⟧] "⟦meth⟧ ' + path + ' HTTP/1.1" ⟦st⟧ ⟦by⟧ ⟦ms⟧'
    ru = g.ch(["-", "-", "⟦em⟧"])
    fmt = fmt.replace("⟦ru⟧", ru)
    return fmt, {
        "ip": (g.ip(), "IP_ADDRESS"), "ts": g.dt.strftime("%d/%b/%Y:%H:%M:%S +0000"), "meth": g.ch(["GET", "POST"]),
        "js": (g.cred("jsession"), "CREDENTIAL"), "uid": str(r.randint(1000, 99999)), "ssn": (g.ssn(r.random() < 0.5), "US_SSN"),
        "nm": (q(g.person()["full"]), "PERSON"), "ph": (q(g.phone(fmt=g.ch(["E164", "RAW"]))), "PHONE_NUMBER"),
        "em": (g.email(), "EMAIL_ADDRESS"), "st": g.dec("status"), "by": g.ch(["-", g.dec("bytes")]), "ms": str(r.randint(1, 3000)),
    }


@_tpl("iis_w3c")
def _t(g):
    r = g.r
    qs = g.ch(["-", "email=⟦em⟧&reason=2", "UserName=⟦em⟧", "ClientVer=⟦ver⟧&Build=⟦ver2⟧"])
    fmt = ("⟦date⟧ ⟦sip⟧ ⟦meth⟧ ⟦stem⟧ " + qs + " 443 ⟦user⟧ ⟦ip⟧ ⟦ua⟧ ⟦ref⟧ ⟦st⟧ 0 0 ⟦tt⟧")
    user = g.ch(["-", "⟦em2⟧"])
    fmt = fmt.replace("⟦user⟧", user)
    return fmt, {
        "date": g.dt.strftime("%Y-%m-%d %H:%M:%S"), "sip": g.D("server_ip"), "meth": g.ch(["GET", "POST"]),
        "stem": g.ch(["/owa/auth.owa", "/ecp/default.aspx", "/Microsoft-Server-ActiveSync/default.eas", "/api/account/reset"]),
        "em": (qp(g.email()), "EMAIL_ADDRESS"), "em2": (g.email(), "EMAIL_ADDRESS"), "ver": g.D("version"), "ver2": g.D("version"),
        "ip": (g.ip(), "IP_ADDRESS"), "ua": g.ch(_UA[:4]).replace(" ", "+"), "ref": "-", "st": g.dec("status"),
        "tt": str(r.randint(1, 5000)),
    }


@_tpl("kong_http_log_json")
def _t(g):
    r = g.r
    qs = g.ch([{"phone": "⟦ph⟧"}, {"email": "⟦em⟧", "page": "1"}, {}])
    hdrs = {"host": g.ch(_HOSTS), "user-agent": g.ch(_UA[4:])}
    if r.random() < 0.6:
        hdrs["apikey"] = "⟦key⟧"
    if r.random() < 0.5:
        hdrs["x-consumer-username"] = "⟦em2⟧"
    obj = {"client_ip": "⟦ip⟧", "started_at": g.epoch() * 1000,
           "request": {"method": "GET", "uri": "/partner/v1/members", "url": "https://" + hdrs["host"] + ":8443/partner/v1/members",
                       "querystring": qs, "headers": hdrs, "size": r.randint(100, 900)},
           "response": {"status": 200, "size": r.randint(100, 9000), "headers": {"x-kong-upstream-latency": str(r.randint(1, 300))}},
           "latencies": {"kong": r.randint(0, 9), "proxy": r.randint(1, 400), "request": r.randint(1, 500)},
           "route": {"id": "⟦rid⟧", "name": "members-route"}, "upstream_uri": "/v1/members"}
    return J(g, obj), {
        "ph": (g.any_phone(), "PHONE_NUMBER"), "em": (g.email(), "EMAIL_ADDRESS"), "em2": (g.email(), "EMAIL_ADDRESS"),
        "key": (g.cred(g.ch(["bearer", "sk", "hex40"])), "CREDENTIAL"), "ip": (g.ip(), "IP_ADDRESS"), "rid": g.D("uuid"),
    }


@_tpl("cdn_aliyun")
def _t(g):
    r = g.r
    url = g.ch(["https://img.example-mall.com/avatar/⟦md5⟧.jpg?auth_key=⟦ek⟧-0-0-⟦md5b⟧",
                "https://static.example-mall.com/invoice/⟦oid⟧.pdf?Expires=⟦ek⟧&OSSAccessKeyId=⟦ak⟧&Signature=⟦sig⟧",
                "https://dl.example.com/app/release-⟦ver⟧.apk"])
    fmt = '[⟦ts⟧] ⟦ip⟧ - ⟦rt⟧ "⟦ref⟧" "GET ' + url + '" ⟦st⟧ ⟦hs⟧ ⟦by⟧ ⟦hit⟧ "⟦ua⟧" "⟦ct⟧"'
    return fmt, {
        "ts": g.dt.strftime("%-d/%b/%Y:%H:%M:%S +0800"), "ip": (g.ip(), "IP_ADDRESS"), "rt": str(r.randint(1, 9000)),
        "ref": "-", "md5": g.D("md5"), "md5b": g.D("md5"), "ek": g.D("epoch"), "oid": g.D("order_id"),
        "ak": (g.cred("ltai"), "CREDENTIAL"), "sig": q(base64.b64encode(bytes(r.randrange(256) for _ in range(20))).decode()),
        "ver": g.D("version"), "st": g.dec("status"), "hs": str(r.randint(200, 600)), "by": g.dec("bytes"),
        "hit": g.ch(["HIT", "MISS", "REFRESH_HIT"]), "ua": g.ch(_UA), "ct": g.ch(["image/jpeg", "application/pdf", "application/vnd.android.package-archive"]),
    }


@_tpl("aws_alb")
def _t(g):
    r = g.r
    path = g.ch(["/v1/users?email=⟦em⟧", "/v1/sessions", "/v1/cards/verify?pan=⟦cc⟧", "/v1/health"])
    fmt = ('https ⟦ts⟧ app/prod-alb/⟦lbid⟧ ⟦ip⟧:⟦port⟧ ⟦tgt⟧:8080 0.000 0.0⟦a⟧ 0.000 ⟦st⟧ ⟦st⟧ 34 ⟦by⟧ '
           '"⟦meth⟧ https://⟦host⟧:443' + path + ' HTTP/1.1" "⟦ua⟧" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 '
           'arn:aws:elasticloadbalancing:ap-southeast-1:⟦acct⟧:targetgroup/api-tg/⟦lbid⟧ "Root=1-⟦xr1⟧-⟦xr2⟧" "⟦host⟧" '
           '"arn:aws:acm:ap-southeast-1:⟦acct⟧:certificate/⟦cert⟧" 0 ⟦ts⟧ "forward" "-" "-" "⟦tgt⟧:8080" "⟦st⟧" "-" "-"')
    return fmt, {
        "ts": g.dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{g.dt.microsecond:06d}Z", "lbid": g.hexs(16), "ip": (g.ipv4(), "IP_ADDRESS"),
        "port": str(r.randint(1024, 65535)), "tgt": g.D("server_ip"), "a": str(r.randint(10, 99)), "st": g.dec("status"),
        "by": g.dec("bytes"), "meth": g.ch(["GET", "POST"]), "host": g.ch(_HOSTS), "em": (qp(g.email()), "EMAIL_ADDRESS"),
        "cc": (g.card(""), "CREDIT_CARD"), "ua": g.ch(_UA), "acct": g.digits(12, True), "xr1": g.hexs(8),
        "xr2": g.D("trace_id")[0][:24], "cert": g.D("uuid")[0],
    }


@_tpl("laravel_monolog")
def _t(g):
    r = g.r
    p = g.person()
    msg = g.ch([
        'production.ERROR: Mail delivery failed for ⟦em⟧ {"userId":⟦uid⟧,"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 554): Expected response code \\"250\\" but got code \\"554\\")"}',
        'production.INFO: Customer registered {"name":"⟦nm⟧","email":"⟦em⟧","phone":"⟦ph⟧","ip":"⟦ip⟧"}',
        'local.DEBUG: select * from `users` where `email` = ? limit 1 ["⟦em⟧"] {"time":⟦ms⟧}',
        'production.WARNING: Stripe charge declined {"card_last4":"⟦l4⟧","customer":"⟦nm⟧","amount":⟦amt⟧}',
    ])
    return "[⟦ts⟧] " + msg, {
        "ts": g.ts_cn(), "em": (g.email(p), "EMAIL_ADDRESS"), "uid": str(r.randint(1, 999999)), "nm": (p["full"], "PERSON"),
        "ph": (g.phone(), "PHONE_NUMBER"), "ip": (g.ip(), "IP_ADDRESS"), "ms": f"{r.random() * 20:.2f}",
        "l4": (g.digits(4), "masked"), "amt": str(r.randint(100, 99999)),
    }


@_tpl("django_app")
def _t(g):
    r = g.r
    p = g.west()
    msg = g.ch([
        'INFO ⟦ts⟧ views ⟦pid⟧ ⟦tid⟧ Password reset requested for email=⟦em⟧ from ip=⟦ip⟧',
        'WARNING ⟦ts⟧ log ⟦pid⟧ ⟦tid⟧ Unauthorized: /api/v1/profile/ (user=⟦em⟧)',
        'ERROR ⟦ts⟧ tasks ⟦pid⟧ ⟦tid⟧ send_sms failed: to=⟦ph⟧ name=⟦nm⟧ provider=twilio status=⟦st⟧',
        'INFO ⟦ts⟧ signals ⟦pid⟧ ⟦tid⟧ User(id=⟦uid⟧, username=\'⟦em⟧\', first_name=\'⟦fn⟧\', last_name=\'⟦ln⟧\') logged in via sessionid=⟦sid⟧',
    ])
    return msg, {
        "ts": g.ts_ms(), "pid": str(r.randint(100, 60000)), "tid": str(r.randint(10**14, 10**15)),
        "em": (g.email(p), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"), "ph": (g.phone(fmt="E164"), "PHONE_NUMBER"),
        "nm": (p["full"], "PERSON"), "st": g.D("status"), "uid": str(r.randint(1, 99999)), "fn": (p["first"], "PERSON"),
        "ln": (p["last"], "PERSON"), "sid": (g.alnum(32, string.ascii_lowercase + string.digits), "CREDENTIAL"),
    }


@_tpl("rails_parameters")
def _t(g):
    r = g.r
    p = g.west()
    body = g.ch([
        'Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"⟦em⟧", "password"=>"[FILTERED]", "remember_me"=>"1"}, "commit"=>"Log in"}',
        'Parameters: {"order"=>{"full_name"=>"⟦nm⟧", "phone"=>"⟦ph⟧", "sku"=>"⟦sku⟧", "quantity"=>"2"}}',
        'Parameters: {"account"=>{"iban"=>"⟦iban⟧", "holder"=>"⟦nm⟧"}, "id"=>"⟦uid⟧"}',
        'Started POST "/users/sign_in" for ⟦ip⟧ at ⟦ts2⟧',
    ])
    return "I, [⟦ts⟧ #⟦pid⟧]  INFO -- : [⟦rid⟧] " + body, {
        "ts": g.dt.strftime("%Y-%m-%dT%H:%M:%S.%f"), "pid": str(r.randint(100, 60000)), "rid": g.D("uuid"),
        "em": (g.email(p), "EMAIL_ADDRESS"), "nm": (p["full"], "PERSON"), "ph": (g.phone(), "PHONE_NUMBER"), "sku": g.D("sku"),
        "iban": (g.iban(), "IBAN_CODE"), "uid": str(r.randint(1, 99999)), "ip": (g.ip(), "IP_ADDRESS"),
        "ts2": g.dt.strftime("%Y-%m-%d %H:%M:%S +0000"),
    }


@_tpl("express_morgan")
def _t(g):
    r = g.r
    ip4 = g.ipv4()
    ip = g.ch(["::ffff:" + ip4, ip4, g.ipv6()])
    path = g.ch(["/api/v1/orders?customerEmail=⟦em⟧", "/api/v1/auth/otp?phone=⟦ph⟧", "/api/v1/orders/⟦oid⟧/receipt",
                 "/socket.io/?EIO=4&transport=polling&t=⟦t⟧"])
    fmt = '⟦ip⟧ - - [⟦ts⟧] "GET ' + path + ' HTTP/1.1" ⟦st⟧ ⟦by⟧ "-" "⟦ua⟧" - ⟦rt⟧ ms'
    return fmt, {
        "ip": (ip, "IP_ADDRESS"), "ts": g.dt.strftime("%a, %d %b %Y %H:%M:%S GMT"), "em": (qp(g.email()), "EMAIL_ADDRESS"),
        "ph": (qp(g.phone(fmt="E164")), "PHONE_NUMBER"), "oid": g.D("luhn_order_id"), "t": g.alnum(7), "st": g.dec("status"),
        "by": g.dec("bytes"), "ua": g.ch(_UA), "rt": f"{r.random() * 500:.3f}",
    }


@_tpl("spring_boot_lombok")
def _t(g):
    r = g.r
    p = g.person()
    cls, msg = g.ch([
        ("c.e.shop.service.OrderService", "Created order ⟦oid⟧ for Customer(id=⟦uid⟧, name=⟦nm⟧, email=⟦em⟧, phone=⟦ph⟧)"),
        ("c.e.u.web.UserController", "Saving UserDTO(userId=⟦uid⟧, realName=⟦nm⟧, idCard=⟦idn⟧, mobile=⟦ph⟧, vip=false)"),
        ("c.e.pay.client.GatewayClient", "Sending PaymentRequest(orderNo=⟦oid⟧, cardNo=⟦cc⟧, holderName=⟦nm⟧, amount=⟦amt⟧, currency=CNY)"),
        ("o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): ⟦port⟧ (http) with context path ''"),
    ])
    fmt = "⟦ts⟧  ⟦lvl⟧ ⟦pid⟧ --- [⟦th⟧] ⟦cls⟧ : " + msg
    return fmt, {
        "ts": g.ts_ms("."), "lvl": g.ch(["INFO", "DEBUG", " WARN"]), "pid": str(r.randint(1000, 60000)),
        "th": g.ch(["nio-8080-exec-7", "main", "http-nio-8080-exec-12", "scheduling-1"]),
        "cls": cls,
        "oid": g.D(g.ch(["order_id", "luhn_order_id"])), "uid": str(r.randint(1, 999999)), "nm": (p["full"], "PERSON"),
        "em": (g.email(p), "EMAIL_ADDRESS"), "ph": (g.any_phone(), "PHONE_NUMBER"), "idn": (g.cnid(), "CN_RESIDENT_ID"),
        "cc": (g.card(), "CREDIT_CARD"), "amt": g.D("amount"), "port": g.D("port"),
    }


@_tpl("go_zap_console")
def _t(g):
    r = g.r
    fields = g.ch(['{"user": "⟦em⟧", "ip": "⟦ip⟧", "session": "⟦sid⟧"}',
                   '{"phone": "⟦ph⟧", "attempt": ⟦n⟧, "trace_id": "⟦tr⟧"}',
                   '{"addr": "⟦lb⟧:8443", "version": "⟦ver⟧"}',
                   '{"driver": "⟦nm⟧", "plate": "⟦pl⟧", "latency": "⟦dur⟧"}'])
    msg = g.ch(["login succeeded", "otp sent", "server listening", "trip assigned", "request completed"])
    return "⟦ts⟧\t⟦lvl⟧\t⟦caller⟧\t" + msg + "\t" + fields, {
        "ts": g.dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}+0800", "lvl": g.ch(["INFO", "WARN", "DEBUG"]),
        "caller": g.ch(["auth/handler.go:88", "sms/sender.go:142", "cmd/server/main.go:57", "dispatch/match.go:203"]),
        "em": (g.email(), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"), "sid": (g.cred(g.ch(["session", "jwt"])), "CREDENTIAL"),
        "ph": (g.any_phone(), "PHONE_NUMBER"), "n": str(r.randint(1, 5)), "tr": g.D("trace_id"), "lb": g.D("loopback"),
        "ver": g.D("version"), "nm": (g.cn_name()["full"], "PERSON"), "pl": (g.plate(), "LICENSE_PLATE"), "dur": g.D("duration"),
    }


@_tpl("go_logrus_text")
def _t(g):
    r = g.r
    kv = g.ch(['msg="otp verification failed" phone="⟦ph⟧" attempts=⟦n⟧ remote_addr="⟦ip⟧:⟦port⟧"',
               'msg="user updated" user_id=⟦uid⟧ email=⟦em⟧ display_name="⟦nm⟧"',
               'msg="aws client init" region=ap-east-1 access_key_id=⟦ak⟧ secret_access_key=⟦sk⟧',
               'msg="build info" version=⟦ver⟧ commit=⟦git⟧ go=go1.22.1'])
    return 'time="⟦ts⟧" level=⟦lvl⟧ ' + kv, {
        "ts": g.dt.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "lvl": g.ch(["info", "warning", "debug", "error"]),
        "ph": (g.phone(), "PHONE_NUMBER"), "n": str(r.randint(1, 5)), "ip": (g.ip(), "IP_ADDRESS"), "port": str(r.randint(1024, 65535)),
        "uid": str(r.randint(1, 10**6)), "em": (g.email(), "EMAIL_ADDRESS"), "nm": (g.person()["full"], "PERSON"),
        "ak": (g.cred("akia"), "CREDENTIAL"), "sk": (g.cred("awssecret"), "CREDENTIAL"), "ver": g.D("version"), "git": g.D("git_sha"),
    }


@_tpl("uwsgi_request")
def _t(g):
    r = g.r
    path = g.ch(["/reset-password?token=⟦tok⟧", "/unsubscribe?e=⟦em⟧", "/api/profile", "/verify?code=⟦pc⟧&uid=⟦uid⟧"])
    fmt = ("[pid: ⟦pid⟧|app: 0|req: ⟦a⟧/⟦b⟧] ⟦ip⟧ () {44 vars in 912 bytes} [⟦ts⟧] GET " + path +
           " => generated ⟦by⟧ bytes in ⟦ms⟧ msecs (HTTP/1.1 ⟦st⟧) 7 headers in 300 bytes (1 switches on core 0)")
    return fmt, {
        "pid": str(r.randint(100, 40000)), "a": str(r.randint(1, 500)), "b": str(r.randint(500, 90000)), "ip": (g.ip(), "IP_ADDRESS"),
        "ts": g.dt.strftime("%a %b %e %H:%M:%S %Y"), "tok": (g.cred(g.ch(["bearer", "hex40"])), "CREDENTIAL"),
        "em": (qp(g.email()), "EMAIL_ADDRESS"), "pc": g.D("pickup_code"), "uid": str(r.randint(1, 99999)),
        "by": g.dec("bytes"), "ms": str(r.randint(1, 900)), "st": g.dec("status"),
    }


@_tpl("sshd_syslog")
def _t(g):
    r = g.r
    msg = g.ch(["Accepted publickey for deploy from ⟦ip⟧ port ⟦port⟧ ssh2: RSA ⟦fp⟧",
                "Failed password for invalid user admin from ⟦ip⟧ port ⟦port⟧ ssh2",
                "Accepted password for ⟦user⟧ from ⟦ip⟧ port ⟦port⟧ ssh2",
                "Server listening on ⟦lb⟧ port 22."])
    return "⟦ts⟧ ⟦host⟧ sshd[⟦pid⟧]: " + msg, {
        "ts": g.dt.strftime("%b %e %H:%M:%S"), "host": g.D("hostname"), "pid": str(r.randint(100, 60000)),
        "ip": (g.ip(), "IP_ADDRESS"), "port": str(r.randint(1024, 65535)), "fp": g.D("ssh_fingerprint"),
        "user": g.ch(["ubuntu", "root", "ops", "ec2-user"]), "lb": g.D("loopback"),
    }


# ================================================================ JSON lines

@_tpl("json_order_snake")
def _t(g):
    r = g.r
    p = g.person()
    obj = {"ts": g.ts_iso(), "level": "INFO", "event": "order_created", "order_id": "⟦oid⟧",
           "buyer": {"name": "⟦nm⟧", "phone": "⟦ph⟧", "email": "⟦em⟧"}, "items": [{"sku": "⟦sku⟧", "qty": r.randint(1, 4)}],
           "total_amount": "⟦amt⟧", "channel": g.ch(["app", "mini_program", "h5", "web"]), "client_ip": "⟦ip⟧"}
    if r.random() < 0.4:
        del obj["buyer"]["email"]
    return J(g, obj), {
        "oid": g.D(g.ch(["order_id", "luhn_order_id"])), "nm": (p["full"], "PERSON"), "ph": (g.any_phone(), "PHONE_NUMBER"),
        "em": (g.email(p), "EMAIL_ADDRESS"), "sku": g.D("sku"), "amt": g.D("amount"), "ip": (g.ip(), "IP_ADDRESS"),
    }


@_tpl("json_payment_camel")
def _t(g):
    r = g.r
    p = g.person()
    cc = g.card()
    digits = cc.replace(" ", "").replace("-", "")
    obj = {"timestamp": g.ts_iso(), "service": "payment-svc", "traceId": "⟦tr⟧", "spanId": "⟦sp⟧", "event": "authorize",
           "cardNumber": "⟦cc⟧", "cardHolder": "⟦nm⟧", "expiry": f"{r.randint(1, 12):02d}/{r.randint(25, 31)}",
           "maskedPan": "⟦mp⟧", "amount": r.randint(100, 999999), "currency": g.ch(["CNY", "USD", "EUR", "HKD"]),
           "merchantOrderNo": "⟦oid⟧", "result": g.ch(["APPROVED", "DECLINED", "3DS_REQUIRED"])}
    return J(g, obj), {
        "tr": g.D("trace_id"), "sp": g.D("span_id"), "cc": (cc, "CREDIT_CARD"), "nm": (p["full"].upper() if r.random() < 0.4 else p["full"], "PERSON"),
        "mp": (digits[:6] + "******" + digits[-4:], "masked"), "oid": g.D("luhn_order_id"),
    }


@_tpl("json_logistics_cn_keys")
def _t(g):
    r = g.r
    obj = {"时间": g.ts_cn(), "运单号": "⟦tn⟧", "收货人": "⟦nm⟧", "联系电话": "⟦ph⟧", "收货地址": "⟦pl⟧",
           "寄件人": "⟦nm2⟧", "寄件人电话": "⟦ph2⟧", "状态": g.ch(["已揽收", "运输中", "派送中", "已签收"]),
           "快递员": {"姓名": "⟦cour⟧", "工号": "⟦emp⟧"}}
    if r.random() < 0.5:
        del obj["寄件人"], obj["寄件人电话"]
    return J(g, obj), {
        "tn": g.D("tracking_no"), "nm": (g.cn_name()["full"], "PERSON"), "ph": (g.cn_mobile(), "PHONE_NUMBER"), "pl": g.D("place"),
        "nm2": (g.cn_name()["full"], "PERSON"), "ph2": (g.ch([g.cn_mobile(), g.cn_landline()]), "PHONE_NUMBER"),
        "cour": (g.cn_name()["full"], "PERSON"), "emp": g.D("employee_id"),
    }


@_tpl("json_serilog_crm")
def _t(g):
    r = g.r
    p = g.west()
    u = g.person()
    obj = {"@t": g.ts_iso(), "@mt": "Contact {ContactId} updated by {UserName}", "@l": g.ch(["Information", "Warning"]),
           "ContactId": r.randint(1000, 999999), "FullName": "⟦nm⟧", "Email": "⟦em⟧", "Mobile": "⟦ph⟧",
           "UserName": "⟦un⟧", "SourceContext": "Crm.Api.Controllers.ContactsController", "RequestId": "⟦rid⟧",
           "MachineName": "⟦host⟧"}
    return J(g, obj), {
        "nm": (p["full"], "PERSON"), "em": (g.email(p), "EMAIL_ADDRESS"), "ph": (g.phone(p["loc"][-2:] if p["loc"][-2:] in PHONE_REGIONS else None), "PHONE_NUMBER"),
        "un": (g.email(u), "EMAIL_ADDRESS"), "rid": g.D("uuid"), "host": g.D("hostname"),
    }


@_tpl("json_auth_failed")
def _t(g):
    r = g.r
    obj = {"level": g.ch(["warn", "warning", "WARN"]), "time": g.epoch(), "msg": g.ch(["login failed", "authentication failure"]),
           "username": "⟦em⟧", "password": "⟦pw⟧", "ip": "⟦ip⟧", "ua": g.ch(_UA), "reason": g.ch(["bad_credentials", "account_locked", "mfa_required"]),
           "attempt": r.randint(1, 6)}
    if r.random() < 0.4:
        obj["username"] = "⟦ph⟧"
    if r.random() < 0.3:
        obj["mfa_secret"] = "⟦totp⟧"
    return J(g, obj), {
        "em": (g.email(), "EMAIL_ADDRESS"), "ph": (g.cn_mobile(0), "PHONE_NUMBER"), "pw": (g.password(), "CREDENTIAL"),
        "ip": (g.ip(), "IP_ADDRESS"), "totp": (g.cred("totp"), "CREDENTIAL"),
    }


@_tpl("json_http_headers")
def _t(g):
    r = g.r
    hdr = {"Content-Type": "application/json", "Authorization": g.ch(["Bearer ⟦tok⟧", "Basic ⟦basic⟧", "token ⟦gh⟧"]),
           "X-Request-Id": "⟦rid⟧", "User-Agent": g.ch(_UA[4:8])}
    if r.random() < 0.5:
        hdr["X-Api-Key"] = "⟦key⟧"
    if r.random() < 0.5:
        hdr["Cookie"] = "sid=⟦sid⟧; theme=dark; lang=en"
    obj = {"level": "debug", "logger": g.ch(["http.client", "okhttp3.OkHttpClient", "axios"]), "msg": "outgoing request",
           "method": "POST", "url": "https://api.partner-example.com/v2/" + g.ch(["charges", "messages", "users"]), "headers": hdr}
    return J(g, obj), {
        "tok": (g.cred(g.ch(["jwt", "sk", "skproj", "xoxb", "stripe"])), "CREDENTIAL"),
        "basic": (base64.b64encode(f"{g.fk['en_US'].user_name()}:{g.password()}".encode()).decode(), "CREDENTIAL"),
        "gh": (g.cred("ghp"), "CREDENTIAL"), "rid": g.D("uuid"), "key": (g.cred(g.ch(["aiza", "bearer", "hex40"])), "CREDENTIAL"),
        "sid": (g.cred("session"), "CREDENTIAL"),
    }


@_tpl("json_escaped_body")
def _t(g):
    r = g.r
    p = g.cn_name() if r.random() < 0.6 else g.west()
    inner = g.ch([{"name": "⟦nm⟧", "idCard": "⟦idn⟧", "mobile": "⟦ph⟧"},
                  {"email": "⟦em⟧", "password": "⟦pw⟧"},
                  {"orderNo": "⟦oid⟧", "receiver": {"name": "⟦nm⟧", "tel": "⟦ph⟧"}},
                  {"code": 0, "data": {"userId": r.randint(1, 10**6), "nickName": "⟦nm⟧", "avatar": "https://cdn.example.com/a/⟦md5⟧.png"}}])
    key = g.ch(["request_body", "requestBody", "body", "payload", "resp"])
    obj = {"level": g.ch(["debug", "info"]), "logger": "http.server", key: json.dumps(inner, ensure_ascii=False),
           "status": 200, "latency_ms": r.randint(1, 900), "path": g.ch(["/api/kyc/submit", "/api/login", "/api/order/create", "/api/user/info"])}
    return J(g, obj), {
        "nm": (p["full"], "PERSON"), "idn": (g.cnid(), "CN_RESIDENT_ID"), "ph": (g.any_phone(), "PHONE_NUMBER"),
        "em": (g.email(p), "EMAIL_ADDRESS"), "pw": (g.password(), "CREDENTIAL"), "oid": g.D("order_id"), "md5": g.D("md5"),
    }


@_tpl("json_ticket_kebab")
def _t(g):
    r = g.r
    c = g.person()
    a = g.west()
    subj = g.ch(["Refund for order ⟦oid⟧", "Cannot log in since update ⟦ver⟧", "Wrong delivery address",
                 "Question about ⟦pf⟧ box set"])
    obj = {"ticket-id": f"TCK-{r.randint(10000, 99999)}", "created-at": g.ts_iso(), "customer-name": "⟦cn⟧",
           "customer-email": "⟦ce⟧", "subject": subj, "priority": g.ch(["low", "normal", "high"]),
           "assignee": "⟦an⟧", "assignee-first-name": "⟦af⟧" if r.random() < 0.3 else None, "channel": g.ch(["email", "chat", "phone"]),
           "callback-number": "⟦ph⟧"}
    obj = {k: v for k, v in obj.items() if v is not None}
    return J(g, obj), {
        "cn": (c["full"], "PERSON"), "ce": (g.email(c), "EMAIL_ADDRESS"), "oid": g.D("order_id"), "ver": g.D("version"),
        "pf": g.D("public_figure"), "an": (a["full"], "PERSON"), "af": (a["first"], "PERSON"), "ph": (g.phone(), "PHONE_NUMBER"),
    }


@_tpl("json_hr_pascal")
def _t(g):
    r = g.r
    p = g.person(g.ch(["en_US", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT"]))
    m = g.west()
    obj = {"Timestamp": g.ts_iso(), "Level": "Information", "Event": "EmployeeRecordUpdated", "EmployeeId": "⟦emp⟧",
           "DisplayName": "⟦nm⟧", "WorkEmail": "⟦em⟧", "Department": g.ch(["Finance", "Engineering", "Sales", "HR"]),
           "Manager": {"Name": "⟦mn⟧"}}
    if p["loc"] == "en_US":
        obj["SSN"] = "⟦ssn⟧"
    else:
        obj["BankAccount"] = {"IBAN": "⟦iban⟧", "BIC": {"de_DE": "DEUTDEFF", "fr_FR": "BNPAFRPP", "es_ES": "CAIXESBB",
                                                       "en_GB": "NWBKGB2L", "it_IT": "UNCRITMM"}[p["loc"]]}
    return J(g, obj), {
        "emp": g.D("employee_id"), "nm": (p["full"], "PERSON"), "em": (g.email(p), "EMAIL_ADDRESS"), "mn": (m["full"], "PERSON"),
        "ssn": (g.ssn(r.random() < 0.8), "US_SSN"),
        "iban": (g.iban({"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "en_GB": "GB"}.get(p["loc"])), "IBAN_CODE"),
    }


@_tpl("json_appointment")
def _t(g):
    r = g.r
    p = g.person()
    d = g.person()
    obj = {"appointment_id": f"APT{r.randint(100000, 999999)}", "slot": g.ts_iso(False), "department": g.ch(["cardiology", "dermatology", "pediatrics", "orthopedics"]),
           "patient": {"name": "⟦pn⟧", "phone": "⟦ph⟧", "email": "⟦em⟧"},
           "doctor": {"name": "Dr. ⟦dn⟧", "room": f"{r.randint(1, 9)}{r.randint(0, 3)}{r.randint(1, 20):02d}"},
           "reminder_sent": r.random() < 0.5}
    return J(g, obj), {
        "pn": (p["full"], "PERSON"), "ph": (g.phone(), "PHONE_NUMBER"), "em": (g.email(p), "EMAIL_ADDRESS"),
        "dn": (d["last"] if r.random() < 0.5 else d["full"], "PERSON"),
    }


@_tpl("json_ride_trip")
def _t(g):
    r = g.r
    obj = {"trip_id": "⟦tid⟧", "status": g.ch(["ACCEPTED", "ARRIVED", "COMPLETED"]),
           "rider": {"name": "⟦rn⟧", "phone": "⟦rp⟧", "phone_masked": "⟦mask⟧"},
           "driver": {"name": "⟦dn⟧", "vehicle": {"plate": "⟦pl⟧", "model": g.ch(["BYD Qin PLUS", "Tesla Model Y", "Toyota Camry", "Aion S"])}},
           "pickup": {"district": "⟦place⟧", "lat": round(22 + r.random() * 10, 6), "lng": round(104 + r.random() * 16, 6)},
           "fare": "⟦amt⟧", "eta_sec": r.randint(60, 900)}
    return J(g, obj), {
        "tid": g.D("order_id"), "rn": (g.cn_name()["full"], "PERSON"), "rp": (g.cn_mobile(), "PHONE_NUMBER"),
        "dn": (g.cn_name()["full"], "PERSON"), "pl": (g.plate(), "LICENSE_PLATE"), "place": g.D("place"), "amt": g.D("amount"),
        "mask": g.D("masked_phone"),
    }


@_tpl("json_hotel_booking")
def _t(g):
    r = g.r
    kind = g.ch(["CN", "US", "GB", "DE", "FR", "IN", "JP"])
    loc = {"CN": "zh_CN", "US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "IN": "en_IN", "JP": "en_US"}[kind]
    p = g.person(loc)
    obj = {"bookingRef": "⟦ref⟧", "hotel": g.ch(["Shangri-La Pudong", "Hilton Garden Inn", "Hampton by Hilton", "Atour Hotel"]),
           "guest": {"firstName": "⟦fn⟧", "lastName": "⟦ln⟧", "passportNo": "⟦pp⟧", "nationality": kind},
           "contact": {"email": "⟦em⟧", "tel": "⟦ph⟧"}, "checkIn": g.dt.strftime("%Y-%m-%d"), "nights": r.randint(1, 7),
           "rate": "⟦amt⟧"}
    return J(g, obj), {
        "ref": (g.alnum(6, string.ascii_uppercase + string.digits), "booking_ref"), "fn": (p["first"], "PERSON"), "ln": (p["last"], "PERSON"),
        "pp": (g.passport(kind if kind in ("CN", "US", "GB", "DE", "IN", "FR", "JP") else None), "PASSPORT"),
        "em": (g.email(p), "EMAIL_ADDRESS"), "ph": (g.phone(kind), "PHONE_NUMBER"), "amt": g.D("amount"),
    }


@_tpl("json_bank_transfer")
def _t(g):
    r = g.r
    b = g.person(g.ch(["de_DE", "fr_FR", "es_ES", "it_IT", "en_GB"]))
    obj = {"txn_id": "⟦tx⟧", "ts": g.ts_iso(), "channel": g.ch(["SEPA", "SEPA_INSTANT", "SWIFT"]), "from_iban": "⟦i1⟧",
           "to_iban": "⟦i2⟧", "beneficiary_name": "⟦bn⟧", "amount": "⟦amt⟧", "currency": "EUR",
           "remittance_info": g.ch(["Invoice ⟦inv⟧", "Miete Mai", "Loyer", "Rent"]), "status": "ACSC"}
    return J(g, obj), {
        "tx": g.D("uuid"), "i1": (g.iban(), "IBAN_CODE"), "i2": (g.iban(), "IBAN_CODE"), "bn": (b["full"].upper() if r.random() < 0.3 else b["full"], "PERSON"),
        "amt": g.D("amount"), "inv": g.D("order_id"),
    }


@_tpl("json_opaque_keys")
def _t(g):
    r = g.r
    obj = g.ch([{"fn": "UserService.updateContact", "arg0": "⟦ph⟧", "arg1": "⟦em⟧", "ret": "ok", "cost": "⟦dur⟧"},
                {"k": "user.name", "v": "⟦nm⟧", "op": "SET", "ttl": 3600},
                {"field": "id_number", "value": "⟦idn⟧", "rule": "not_blank", "valid": True},
                {"key": "cache:session:⟦uid⟧", "value": "⟦sid⟧", "op": "GET", "hit": True},
                {"method": "lookup", "args": ["⟦em⟧", "⟦ip⟧"], "elapsed": "⟦dur⟧"}])
    return J(g, obj), {
        "ph": (g.any_phone(), "PHONE_NUMBER"), "em": (g.email(), "EMAIL_ADDRESS"), "dur": g.D("duration"),
        "nm": (g.person()["full"], "PERSON"), "idn": (g.cnid(), "CN_RESIDENT_ID"), "uid": str(r.randint(1, 10**6)),
        "sid": (g.cred("session"), "CREDENTIAL"), "ip": (g.ip(), "IP_ADDRESS"),
    }


@_tpl("json_contacts_array")
def _t(g):
    r = g.r
    n = r.randint(1, 3)
    contacts = []
    fields = {"own": (g.email(), "EMAIL_ADDRESS")}
    cn = r.random() < 0.5
    for i in range(n):
        p = g.cn_name() if cn else g.person()
        contacts.append({"name": f"⟦n{i}⟧", "tel": f"⟦t{i}⟧"} if cn else {"displayName": f"⟦n{i}⟧", "phoneNumbers": [f"⟦t{i}⟧"]})
        fields[f"n{i}"] = (p["full"], "PERSON")
        fields[f"t{i}"] = (g.cn_mobile() if cn else g.phone(), "PHONE_NUMBER")
    obj = {"event": "import_contacts", "owner": "⟦own⟧", "contacts": contacts, "count": n, "source": g.ch(["vcard", "sim", "google"])}
    return J(g, obj), fields


@_tpl("json_masked_and_raw")
def _t(g):
    r = g.r
    ph = g.cn_mobile(0)
    idn = g.cnid()
    obj = {"user_id": r.randint(1, 10**7), "mobile_masked": "⟦pm⟧", "mobile": "⟦ph⟧", "id_no_masked": "⟦im⟧", "id_no": "⟦idn⟧",
           "real_name_masked": "⟦nmm⟧", "real_name": "⟦nm⟧", "kyc_level": 2}
    nm = g.cn_name()["full"]
    return J(g, obj), {
        "pm": (ph[:3] + "****" + ph[-4:], "masked"), "ph": (ph, "PHONE_NUMBER"), "im": (idn[:3] + "*" * 11 + idn[-4:], "masked"),
        "idn": (idn, "CN_RESIDENT_ID"), "nmm": (nm[0] + "*" * (len(nm) - 1), "masked"), "nm": (nm, "PERSON"),
    }


@_tpl("json_bunyan_req")
def _t(g):
    r = g.r
    obj = {"name": "api", "hostname": "⟦host⟧", "pid": r.randint(10, 9999), "level": 30,
           "req": {"method": "GET", "url": g.ch(["/me", "/v1/account?email=⟦em⟧"]),
                   "headers": {"authorization": "Bearer ⟦tok⟧", "x-forwarded-for": "⟦ip⟧"},
                   "remoteAddress": "⟦ra⟧", "remotePort": r.randint(1024, 65535)},
           "msg": "request start", "time": g.ts_iso(), "v": 0}
    ip4 = g.ipv4(private=True)
    return J(g, obj), {
        "host": g.D("hostname"), "em": (qp(g.email()), "EMAIL_ADDRESS"), "tok": (g.cred("jwt"), "CREDENTIAL"),
        "ip": (g.ip(), "IP_ADDRESS"), "ra": (g.ch(["::ffff:" + ip4, ip4]), "IP_ADDRESS"),
    }


@_tpl("json_realname_cn")
def _t(g):
    obj = {"时间": g.ts_cn(), "操作": g.ch(["实名认证", "开户", "绑定手机"]), "姓名": "⟦nm⟧", "身份证号": "⟦idn⟧",
           "手机号": "⟦ph⟧", "结果": g.ch(["通过", "不通过", "待人工审核"]), "渠道": g.ch(["APP", "小程序", "柜面"]), "流水号": "⟦sn⟧"}
    return J(g, obj), {
        "nm": (g.cn_name()["full"], "PERSON"), "idn": (g.cnid(), "CN_RESIDENT_ID"), "ph": (g.cn_mobile(), "PHONE_NUMBER"),
        "sn": g.D(g.ch(["order_id", "uuid"])),
    }


@_tpl("json_audit_apikey")
def _t(g):
    vendor, kind = g.ch([("openai", "sk"), ("openai", "skproj"), ("github", "ghp"), ("slack", "xoxb"),
                         ("stripe", "stripe"), ("aws", "akia")])
    obj = {"audit": True, "at": g.ts_iso(), "actor": {"email": "⟦em⟧", "ip": "⟦ip⟧"},
           "action": g.ch(["api_key.create", "api_key.rotate", "integration.connect"]),
           "target": {"type": vendor, "key": "⟦key⟧"}, "org_id": "⟦org⟧", "result": "success"}
    return J(g, obj), {
        "em": (g.email(), "EMAIL_ADDRESS"), "ip": (g.ip(), "IP_ADDRESS"),
        "key": (g.cred(kind), "CREDENTIAL"), "org": g.D("uuid"),
    }


@_tpl("json_ecs_dotted")
def _t(g):
    r = g.r
    p = g.person()
    obj = {"@timestamp": g.ts_iso(), "log.level": "info", "message": "request handled", "client.ip": "⟦ip⟧",
           "user.name": "⟦nm⟧", "user.email": "⟦em⟧", "url.path": "/api/v3/profile", "url.query": g.ch(["tel=⟦ph⟧", "lang=en"]),
           "http.response.status_code": 200, "event.duration": r.randint(10**5, 10**9), "trace.id": "⟦tr⟧",
           "service.version": "⟦ver⟧", "host.name": "⟦host⟧"}
    return J(g, obj), {
        "ip": (g.ip(), "IP_ADDRESS"), "nm": (p["full"], "PERSON"), "em": (g.email(p), "EMAIL_ADDRESS"),
        "ph": (qp(g.phone(fmt="E164")), "PHONE_NUMBER"), "tr": g.D("trace_id"), "ver": g.D("version"), "host": g.D("hostname"),
    }


@_tpl("json_sms_gateway")
def _t(g):
    r = g.r
    inner = g.ch([{"name": "⟦nm⟧", "orderNo": "⟦oid⟧"}, {"consignee": "⟦nm⟧", "code": "⟦pc⟧"}])
    obj = {"provider": g.ch(["aliyun_sms", "tencent_sms"]), "PhoneNumbers": "⟦ph⟧", "SignName": g.ch(["优选商城", "极速快递", "云医通"]),
           "TemplateCode": f"SMS_{r.randint(10**8, 10**9)}", "TemplateParam": json.dumps(inner, ensure_ascii=False),
           "BizId": f"{r.randint(10**14, 10**15)}^0", "Code": "OK", "RequestId": "⟦rid⟧"}
    return J(g, obj), {
        "nm": (g.cn_name()["full"], "PERSON"), "oid": g.D("order_id"), "pc": g.D("pickup_code"),
        "ph": (g.ch([g.cn_mobile(0), g.cn_mobile(1)]), "PHONE_NUMBER"), "rid": g.D("uuid"),
    }


# ================================================================ Chinese ops

def _lvl(g):
    return g.ch(["INFO", "INFO", "WARN", "ERROR", "DEBUG"])


def _title(g):
    return g.ch(["先生", "女士", "经理", "师傅", "主任", "老师"])


@_tpl("cn_order_created")
def _t(g):
    s = g.ch(["[⟦ts⟧] ⟦lvl⟧ 用户⟦nm⟧(⟦ph⟧)下单成功，订单号：⟦oid⟧，金额：⟦amt⟧",
              "⟦ts⟧ ⟦lvl⟧ [order-service] 订单⟦oid⟧创建成功 买家=⟦nm⟧ 手机=⟦ph⟧ 商品=⟦sku⟧",
              "[⟦ts⟧] ⟦lvl⟧ 用户 ⟦nm⟧ 取消订单 ⟦oid⟧，原因：不想要了"])
    return s, {"ts": g.ts_cn(), "lvl": _lvl(g), "nm": (g.cn_name()["full"], "PERSON"), "ph": (g.cn_mobile(), "PHONE_NUMBER"),
               "oid": g.D("order_id"), "amt": g.D("amount"), "sku": g.D("sku")}


@_tpl("cn_courier_pickup")
def _t(g):
    s = g.ch(["⟦ts⟧ [物流] 派送员⟦cn⟧（联系电话 ⟦cp⟧）已取件，收件人：⟦rn⟧，电话：⟦rp⟧，运单号 ⟦tn⟧",
              "⟦ts⟧ 快件 ⟦tn⟧ 正在派送，派件员：⟦cn⟧，电话：⟦cp⟧",
              "【⟦place⟧营业部】⟦ts⟧ 收件人⟦rn⟧已签收，签收人：本人，运单⟦tn⟧"])
    return s, {"ts": g.ts_cn(), "cn": (g.cn_name()["full"], "PERSON"), "cp": (g.cn_mobile(), "PHONE_NUMBER"),
               "rn": (g.cn_name()["full"], "PERSON"), "rp": (g.cn_mobile(), "PHONE_NUMBER"), "tn": g.D("tracking_no"),
               "place": g.D("place")}


@_tpl("cn_duty_roster")
def _t(g):
    p = g.cn_name()
    s = g.ch(["值班人员：⟦nm⟧ 手机 ⟦ph⟧ 座机 ⟦ll⟧ 邮箱 ⟦em⟧ 值班时间 ⟦t1⟧",
              "【今日值班】运维：⟦nm⟧ ⟦ph⟧；DBA：⟦nm2⟧ ⟦ph2⟧；升级电话 ⟦hl⟧",
              "[⟦t1⟧] oncall 交接完成，值班人员由 ⟦nm⟧ 交接给 ⟦nm2⟧，紧急联系 ⟦ph2⟧"])
    return s, {"nm": (p["full"], "PERSON"), "ph": (g.cn_mobile(), "PHONE_NUMBER"), "ll": (g.cn_landline(), "PHONE_NUMBER"),
               "em": (g.email(p), "EMAIL_ADDRESS"), "t1": g.ts_cn(), "nm2": (g.cn_name()["full"], "PERSON"),
               "ph2": (g.cn_mobile(), "PHONE_NUMBER"), "hl": g.D("hotline")}


@_tpl("cn_ticket_handler")
def _t(g):
    r = g.r
    h = g.cn_name()
    c = g.cn_name()
    s = g.ch(["[工单#⟦no⟧] 处理人：⟦hn⟧经理，客户：⟦cl⟧⟦tt⟧（手机尾号⟦tail⟧），问题：退款未到账",
              "⟦ts⟧ 工单⟦no⟧ 已转派给 ⟦hn⟧，客户 ⟦cn⟧ 来电 ⟦cp⟧ 反映物流延迟",
              "⟦ts⟧ 工单⟦no⟧ 已关闭，处理人 ⟦hn⟧，满意度 5 星，客服热线 ⟦hl⟧"])
    return s, {"no": str(r.randint(100000, 9999999)), "hn": (h["full"], "PERSON"), "cl": (c["last"], "PERSON"),
               "tt": g.ch(["先生", "女士"]), "tail": (g.digits(4), "masked"), "ts": g.ts_cn(), "cn": (c["full"], "PERSON"),
               "cp": (g.ch([g.cn_mobile(), g.cn_landline()]), "PHONE_NUMBER"), "hl": g.D("hotline")}


@_tpl("cn_gov_identity")
def _t(g):
    r = g.r
    s = g.ch(["⟦ts⟧ [http-nio-8080-exec-⟦n⟧] INFO  c.g.zw.IdentityService - 实名核验通过 name=⟦nm⟧ idNo=⟦idn⟧ mobile=⟦ph⟧",
              "⟦ts⟧ [http-nio-8080-exec-⟦n⟧] WARN  c.g.zw.IdentityService - 身份证号校验失败: ⟦idn⟧, 申请人: ⟦nm⟧",
              "⟦ts⟧ 政务服务网 事项⟦code⟧ 受理成功，申请人⟦nm⟧，证件号码⟦idn⟧，统一社会信用代码⟦cc⟧"])
    return s, {"ts": g.ts_ms("."), "n": str(r.randint(1, 200)), "nm": (g.cn_name()["full"], "PERSON"), "idn": (g.cnid(), "CN_RESIDENT_ID"),
               "ph": (g.cn_mobile(), "PHONE_NUMBER"), "code": str(r.randint(10**9, 10**10)), "cc": g.D("company_code")}


@_tpl("cn_gate_vehicle")
def _t(g):
    s = g.ch(["【门禁告警】⟦ts⟧ 车辆⟦pl⟧进入园区B2停车场，登记车主：⟦nm⟧ ⟦ph⟧",
              "⟦ts⟧ [安防] 黑名单车辆 ⟦pl⟧ 于 ⟦place⟧ 卡口被抓拍，设备 ⟦host⟧",
              "⟦ts⟧ 访客登记：⟦nm⟧，身份证 ⟦idn⟧，车牌 ⟦pl⟧，被访人 ⟦nm2⟧"])
    return s, {"ts": g.ts_cn(), "pl": (g.plate(), "LICENSE_PLATE"), "nm": (g.cn_name()["full"], "PERSON"), "ph": (g.cn_mobile(), "PHONE_NUMBER"),
               "place": g.D("place"), "host": g.D("hostname"), "idn": (g.cnid(), "CN_RESIDENT_ID"), "nm2": (g.cn_name()["full"], "PERSON")}


@_tpl("cn_parking_exit")
def _t(g):
    r = g.r
    s = g.ch(["停车场出场 车牌:⟦pl⟧ 入场 ⟦t1⟧ 时长 ⟦h⟧小时⟦m⟧分 应收 ⟦amt⟧ 支付方式 ⟦pay⟧",
              "⟦t1⟧ 入场识别 plate=⟦pl⟧ confidence=0.9⟦c⟧ lane=2 type=⟦ty⟧",
              "⟦t1⟧ 月卡车辆 ⟦pl⟧ 到期提醒已发送至 ⟦ph⟧"])
    return s, {"pl": (g.plate(r.random() < 0.5), "LICENSE_PLATE"), "t1": g.ts_cn(), "h": str(r.randint(0, 12)), "m": str(r.randint(0, 59)),
               "amt": g.D("amount"), "pay": g.ch(["微信", "支付宝", "ETC"]), "c": str(r.randint(0, 9)),
               "ty": g.ch(["蓝牌", "绿牌", "新能源"]), "ph": (g.cn_mobile(), "PHONE_NUMBER")}


@_tpl("cn_bind_bank_card")
def _t(g):
    r = g.r
    s = g.ch(["[支付] 用户 ⟦nm⟧(uid=⟦uid⟧) 绑定银行卡 ⟦cc⟧ 成功，预留手机 ⟦mask⟧",
              "⟦ts⟧ ERROR 代扣失败 卡号=⟦cc⟧ 户名=⟦nm⟧ 原因=余额不足 客服⟦hl⟧",
              "⟦ts⟧ 退款 ⟦amt⟧ 已原路退回尾号⟦tail⟧的银行卡，订单 ⟦oid⟧"])
    return s, {"nm": (g.cn_name()["full"], "PERSON"), "uid": str(r.randint(1000, 9999999)), "cc": (g.card(g.ch(["", " "])), "CREDIT_CARD"),
               "mask": g.D("masked_phone"), "ts": g.ts_cn(), "hl": g.D("hotline"), "amt": g.D("amount"), "tail": (g.digits(4), "masked"),
               "oid": g.D("luhn_order_id")}


@_tpl("cn_checkin_passport")
def _t(g):
    s = g.ch(["旅客 ⟦nm⟧ 护照号 ⟦pp⟧ 航班 ⟦fl⟧ 值机完成 座位 ⟦seat⟧",
              "⟦ts⟧ [出入境] 证件类型=护照 证件号=⟦pp⟧ 姓名=⟦nm⟧ 国籍=CHN",
              "⟦ts⟧ 航班 ⟦fl⟧ 延误通知已发送，旅客⟦nm⟧，手机⟦ph⟧"])
    return s, {"nm": (g.cn_name()["full"], "PERSON"), "pp": (g.passport("CN"), "PASSPORT"), "fl": g.D("flight_no"),
               "seat": f"{g.r.randint(1, 60)}{g.ch('ABCDEFHJK')}", "ts": g.ts_cn(), "ph": (g.cn_mobile(), "PHONE_NUMBER")}


@_tpl("cn_hospital_register")
def _t(g):
    s = g.ch(["【挂号成功】患者：⟦nm⟧，科室：⟦dep⟧，医生：⟦dl⟧主任，就诊时间：⟦ts⟧，手机：⟦ph⟧",
              "⟦ts⟧ HIS 患者建档 姓名=⟦nm⟧ 身份证=⟦idn⟧ 联系电话=⟦ph⟧",
              "⟦ts⟧ 检验报告已推送，患者⟦nm⟧，报告单号⟦no⟧"])
    d = g.cn_name()
    return s, {"nm": (g.cn_name()["full"], "PERSON"), "dep": g.ch(["心内科", "皮肤科", "儿科", "骨科", "消化内科"]),
               "dl": (d["last"], "PERSON"), "ts": g.ts_cn(), "ph": (g.ch([g.cn_mobile(), g.cn_landline()]), "PHONE_NUMBER"),
               "idn": (g.cnid(), "CN_RESIDENT_ID"), "no": g.D("order_id")}


@_tpl("cn_cs_chat_message")
def _t(g):
    p = g.cn_name()
    s = g.ch(['客服会话 #⟦no⟧ 访客留言："我是⟦ln⟧⟦tt⟧，电话⟦ph⟧，邮箱 ⟦em⟧，订单还没到"',
              '⟦ts⟧ [在线客服] 访客(⟦ip⟧) 说: 你好我叫⟦nm⟧，手机号是⟦ph⟧，帮我查下快递⟦tn⟧',
              '⟦ts⟧ [在线客服] 坐席⟦an⟧ 接入会话，访客来自 ⟦place⟧'])
    return s, {"no": str(g.r.randint(10**6, 10**8)), "ln": (p["last"], "PERSON"), "tt": g.ch(["先生", "女士"]),
               "ph": (g.ch([g.cn_mobile(), g.cn_landline()]), "PHONE_NUMBER"), "em": (g.email(p), "EMAIL_ADDRESS"),
               "ts": g.ts_cn(), "ip": (g.ip(), "IP_ADDRESS"), "nm": (p["full"], "PERSON"), "tn": g.D("tracking_no"),
               "an": (g.cn_name()["full"], "PERSON"), "place": g.D("place")}


@_tpl("cn_contact_change")
def _t(g):
    s = g.ch(["⟦ts⟧ 用户[uid=⟦uid⟧] 修改联系电话: 旧=⟦p1⟧, 新=⟦p2⟧, 操作IP=⟦ip⟧",
              "⟦ts⟧ 用户[uid=⟦uid⟧] 修改收货人: ⟦n1⟧ -> ⟦n2⟧",
              "⟦ts⟧ 用户[uid=⟦uid⟧] 绑定邮箱 ⟦em⟧ 验证邮件已发送"])
    return s, {"ts": g.ts_cn(), "uid": str(g.r.randint(1000, 9999999)), "p1": (g.cn_mobile(), "PHONE_NUMBER"),
               "p2": (g.cn_mobile(), "PHONE_NUMBER"), "ip": (g.ip(), "IP_ADDRESS"), "n1": (g.cn_name()["full"], "PERSON"),
               "n2": (g.cn_name()["full"], "PERSON"), "em": (g.email(g.cn_name()), "EMAIL_ADDRESS")}


@_tpl("cn_sms_notice")
def _t(g):
    s = g.ch(['短信发送成功 mobile=⟦ph⟧ 模板=SMS_⟦tid⟧ 内容="【极速快递】⟦nm⟧您好，您的快递已到⟦place⟧驿站，取件码⟦pc⟧"',
              '⟦ts⟧ 短信发送失败 手机号:⟦ph⟧ 错误码:isv.BUSINESS_LIMIT_CONTROL',
              '⟦ts⟧ 语音通知 被叫=⟦ph⟧ 主叫=⟦hl⟧ 时长=⟦dur⟧'])
    return s, {"ph": (g.cn_mobile(g.ch([0, 1, 3])), "PHONE_NUMBER"), "tid": str(g.r.randint(10**6, 10**9)),
               "nm": (g.cn_name()["full"], "PERSON"), "place": g.D("place"), "pc": g.D("pickup_code"), "ts": g.ts_cn(),
               "hl": g.D("hotline"), "dur": g.D("duration")}


@_tpl("cn_login_anomaly")
def _t(g):
    s = g.ch(["【安全告警】账号 ⟦em⟧ 于 ⟦ts⟧ 在 IP ⟦ip⟧ (⟦place⟧) 异地登录，上次登录IP ⟦ip2⟧",
              "⟦ts⟧ [风控] 手机号 ⟦ph⟧ 短时间内登录失败 ⟦n⟧ 次，来源 ⟦ip⟧，已锁定",
              "⟦ts⟧ [风控] 服务 ⟦host⟧ 监听 ⟦lb⟧:⟦port⟧ 异常连接数上升"])
    return s, {"em": (g.email(), "EMAIL_ADDRESS"), "ts": g.ts_cn(), "ip": (g.ip(), "IP_ADDRESS"), "place": g.D("place"),
               "ip2": (g.ipv4(), "IP_ADDRESS"), "ph": (g.cn_mobile(), "PHONE_NUMBER"), "n": str(g.r.randint(3, 20)),
               "host": g.D("hostname"), "lb": g.D("loopback"), "port": g.D("port")}


@_tpl("cn_debug_password")
def _t(g):
    s = g.ch(["⟦ts⟧ DEBUG [UserController] 重置密码 user=⟦em⟧ newPassword=⟦pw⟧ token=⟦tok⟧",
              "⟦ts⟧ DEBUG 数据库连接 jdbc:mysql://⟦host⟧:3306/shop?user=app&password=⟦pw⟧",
              "⟦ts⟧ INFO 配置加载完成 阿里云AccessKeyId=⟦ak⟧ 版本 ⟦ver⟧"])
    return s, {"ts": g.ts_ms(), "em": (g.ch([g.email(), g.cn_mobile(0)]), None), "pw": (g.password(), "CREDENTIAL"),
               "tok": (g.cred(g.ch(["bearer", "jwt", "hex40"])), "CREDENTIAL"), "host": g.D("hostname"),
               "ak": (g.cred("ltai"), "CREDENTIAL"), "ver": g.D("version")}


@_tpl("tw_order")
def _t(g):
    p = g.tw_name()
    s = g.ch(["[⟦ts⟧] 訂單成立：顧客 ⟦nm⟧，手機 ⟦ph⟧，電子郵件 ⟦em⟧，取貨門市 ⟦place⟧",
              "⟦ts⟧ 訂單 ⟦oid⟧ 已出貨，收件人⟦nm⟧，聯絡電話⟦ph⟧",
              "⟦ts⟧ 會員⟦nm⟧ 以信用卡 ⟦cc⟧ 付款 ⟦amt⟧ 成功"])
    return s, {"ts": g.dt.strftime("%Y/%m/%d %H:%M:%S"), "nm": (p["full"], "PERSON"), "ph": (g.tw_mobile(), "PHONE_NUMBER"),
               "em": (g.email(p), "EMAIL_ADDRESS"), "place": g.D("place_tw"), "oid": g.D("order_id"),
               "cc": (g.card(g.ch(["-", " ", ""])), "CREDIT_CARD"), "amt": ("NT$" + str(g.r.randint(100, 30000)), "amount")}


@_tpl("tw_cs_callback")
def _t(g):
    p = g.tw_name()
    s = g.ch(["客服紀錄：⟦ln⟧⟦tt⟧來電（⟦ph⟧）詢問退款，承辦人 ⟦an⟧",
              "⟦ts⟧ 客服回撥 ⟦nm⟧ 電話 ⟦ph⟧ 未接通，將於稍後再撥",
              "⟦ts⟧ 旅客 ⟦nm⟧ 護照號碼 ⟦pp⟧ 已完成線上報到"])
    return s, {"ln": (p["last"], "PERSON"), "tt": g.ch(["先生", "小姐", "女士"]), "ph": (g.ch([g.tw_landline(), g.tw_mobile()]), "PHONE_NUMBER"),
               "an": (g.tw_name()["full"], "PERSON"), "ts": g.dt.strftime("%Y/%m/%d %H:%M"), "nm": (p["full"], "PERSON"),
               "pp": (g.digits(9, True), "PASSPORT")}


@_tpl("cn_ride_dispatch")
def _t(g):
    d = g.cn_name()
    s = g.ch(["[派单] ⟦ts⟧ 司机 ⟦dl⟧师傅 车牌 ⟦pl⟧ 已接单，乘客手机尾号⟦tail⟧，上车点 ⟦place⟧",
              "[派单] ⟦ts⟧ 订单⟦oid⟧ 司机=⟦dn⟧ 手机=⟦ph⟧ 车辆=⟦pl⟧ 预计⟦m⟧分钟到达",
              "[行程] ⟦ts⟧ 乘客 ⟦pn⟧ 发起行程分享，紧急联系人 ⟦en⟧ ⟦ph2⟧"])
    return s, {"ts": g.ts_cn(), "dl": (d["last"], "PERSON"), "pl": (g.plate(), "LICENSE_PLATE"), "tail": (g.digits(4), "masked"),
               "place": g.D("place"), "oid": g.D("order_id"), "dn": (d["full"], "PERSON"), "ph": (g.cn_mobile(), "PHONE_NUMBER"),
               "m": str(g.r.randint(1, 15)), "pn": (g.cn_name()["full"], "PERSON"), "en": (g.cn_name()["full"], "PERSON"),
               "ph2": (g.cn_mobile(), "PHONE_NUMBER")}


@_tpl("cn_locker_notice")
def _t(g):
    s = g.ch(["丰巢快递柜 取件通知已发送 收件人手机 ⟦ph⟧ 取件码 ⟦pc⟧ 柜机 ⟦host⟧",
              "⟦ts⟧ 快递柜超时提醒：⟦ph⟧ 的包裹 ⟦tn⟧ 已滞留 ⟦h⟧ 小时",
              "⟦ts⟧ 驿站入库 运单⟦tn⟧ 收件人⟦nm⟧ 手机⟦mask⟧ 货架⟦pc⟧"])
    return s, {"ph": (g.cn_mobile(g.ch([0, 2, 4, 5])), "PHONE_NUMBER"), "pc": g.D("pickup_code"), "host": g.D("hostname"),
               "ts": g.ts_cn(), "tn": g.D("tracking_no"), "h": str(g.r.randint(24, 96)), "nm": (g.cn_name()["full"], "PERSON"),
               "mask": g.D("masked_phone")}


@_tpl("cn_oncall_alert")
def _t(g):
    p2 = g.cn_name()
    s = g.ch(["[告警][P1] ⟦host⟧ CPU 95% 已通知值班 ⟦n1⟧ (⟦p1⟧) / 备份 ⟦n2⟧ (⟦em⟧)",
              "[告警恢复] ⟦host⟧ 磁盘使用率恢复正常，处理人 ⟦n1⟧，耗时 ⟦dur⟧",
              "[告警][P2] 服务 ⟦host⟧ 版本 ⟦ver⟧ 发布失败，提交 ⟦git⟧，负责人 ⟦n1⟧ ⟦p1⟧"])
    return s, {"host": g.D("hostname"), "n1": (g.cn_name()["full"], "PERSON"), "p1": (g.cn_mobile(), "PHONE_NUMBER"),
               "n2": (p2["full"], "PERSON"), "em": (g.email(p2), "EMAIL_ADDRESS"), "dur": g.D("duration"),
               "ver": g.D("version"), "git": g.D("git_sha")}


@_tpl("cn_hotel_checkin")
def _t(g):
    s = g.ch(["入住登记：姓名 ⟦nm⟧ 证件类型 身份证 证件号码 ⟦idn⟧ 房号 ⟦room⟧ 入住 ⟦n⟧ 晚",
              "入住登记：姓名 ⟦en⟧ 证件类型 护照 证件号码 ⟦pp⟧ 国籍 ⟦nat⟧ 房号 ⟦room⟧",
              "⟦ts⟧ 前台 ⟦nm⟧ 续住 ⟦n⟧ 晚，押金 ⟦amt⟧，联系电话 ⟦ph⟧"])
    k = g.ch(["US", "GB", "DE", "FR", "IN", "JP"])
    p = g.person({"US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "IN": "en_IN", "JP": "en_US"}[k])
    return s, {"nm": (g.cn_name()["full"], "PERSON"), "idn": (g.cnid(), "CN_RESIDENT_ID"), "room": str(g.r.randint(201, 3520)),
               "n": str(g.r.randint(1, 7)), "en": (p["full"].upper() if g.r.random() < 0.5 else p["full"], "PERSON"),
               "pp": (g.passport(k), "PASSPORT"), "nat": k, "ts": g.ts_cn(), "amt": g.D("amount"), "ph": (g.cn_mobile(), "PHONE_NUMBER")}


# ---------------------------------------------------------------- driver

assert tuple(_REG) == TEMPLATE_NAMES, (tuple(_REG), TEMPLATE_NAMES)


def _fix_fields(fields):
    """(value, None) means: infer the label from the value (email vs phone)."""
    out = {}
    for k, v in fields.items():
        if isinstance(v, tuple) and v[1] is None:
            v = (v[0], "EMAIL_ADDRESS" if "@" in v[0] else "PHONE_NUMBER")
        out[k] = v
    return out


# Structural look-alikes that occur on many lines are listed as decoys only on a
# sample of lines (the text is the same either way), so the decoy list stays near
# one entry per two lines and is not dominated by ids and hostnames.
_DECOY_KEEP = {"uuid": 0.1, "server_ip": 0.12, "hostname": 0.1, "order_id": 0.2, "amount": 0.12,
               "place": 0.3, "trace_id": 0.15, "span_id": 0.15, "tracking_no": 0.2, "employee_id": 0.15,
               "booking_ref": 0.15, "masked": 0.5, "pickup_code": 0.5, "sku": 0.5, "duration": 0.6}


def blind_log5(n: int, seed: int = 0) -> list[dict]:
    g = _G(seed)
    order: list[int] = []
    out = []
    for i in range(n):
        if not order:
            order = list(range(len(TEMPLATE_NAMES)))
            g.r.shuffle(order)
        t = order.pop()
        g.new_time()
        clean = g.r.random() < 0.075
        fmt, fields = _REG[TEMPLATE_NAMES[t]](g)
        text, spans, decoys = _render(fmt, _fix_fields(fields), clean, g)
        decoys = [d for d in decoys if g.r.random() < _DECOY_KEEP.get(d[2], 1.0)]
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": t})
    return out


def _self_check(records) -> None:
    for rec in records:
        text = rec["text"]
        assert "⟦" not in text and "⟧" not in text, text
        assert 0 <= rec["template"] < len(TEMPLATE_NAMES)
        allr = [(s, e, "S:" + t) for s, e, t in rec["spans"]] + [(s, e, "D:" + k) for s, e, k in rec["decoys"]]
        allr.sort()
        for (s1, e1, l1), (s2, e2, l2) in itertools.pairwise(allr):
            assert e1 <= s2, (text, l1, l2)
        for s, e, t in rec["spans"]:
            assert t in TYPES, t
            v = text[s:e]
            assert 0 <= s < e <= len(text) and v == v.strip(), (text, v)
            assert _value_ok(t, v), (t, v, text)
        for s, e, k in rec["decoys"]:
            assert 0 <= s < e <= len(text) and k == k.lower() and k, (text, k)
        if rec["template"] in range(22, 43):
            json.loads(text)


if __name__ == "__main__":
    recs = blind_log5(6000, seed=5)
    _self_check(recs)
    assert recs == blind_log5(6000, seed=5)
    tc, dc, pc = Counter(), Counter(), Counter()
    empty = 0
    for rec in recs:
        tc.update(t for _, _, t in rec["spans"])
        dc.update(k for _, _, k in rec["decoys"])
        pc[rec["template"]] += 1
        empty += not rec["spans"]
    print("records", len(recs), "no-value lines", empty, "spans", sum(tc.values()), "decoys", sum(dc.values()))
    print("TYPES", dict(tc.most_common()))
    print("DECOYS", dict(dc.most_common()))
    print("TEMPLATES", {TEMPLATE_NAMES[k]: v for k, v in sorted(pc.items())})
    for t in (0, 5, 9, 17, 25, 28, 37, 44, 50, 59):
        print("--", t, TEMPLATE_NAMES[t])
        for rec in [x for x in recs if x["template"] == t][:3]:
            print("  ", rec["text"])
            print("     spans:", [(rec["text"][s:e], ty) for s, e, ty in rec["spans"]])
            print("     decoys:", [(rec["text"][s:e], k) for s, e, k in rec["decoys"]])
