"""Blind synthetic evaluation set #6 for a log-file PII redactor.

Provenance
----------
Written blind on 2026-12-05.  The author did not read the redactor, its rules,
its tests, its docs, its seed data or any other evaluation set; only the task
brief (list of entity types, decoy idea, label conventions) was known.  Every
line format below was written from general knowledge of the software named in
the template list, not from the redactor's inputs.

Record format
-------------
``blind_log6(n, seed)`` returns ``n`` dicts::

    {"text": str,
     "spans":  [[start, end, TYPE], ...],   # planted personal values
     "decoys": [[start, end, KIND], ...],   # non-personal look-alikes
     "template": int}                       # index into TEMPLATE_NAMES

``text[start:end]`` is exactly the planted value (as it appears: a value that
sits in a URL is labelled percent-encoded).  Roughly one line in ten is a
"clean" line: every personal slot of the template is filled with an already
masked form (138****5678, 张*, ****1234, [REDACTED], ...) that is recorded as a
``masked`` decoy, so the line carries no planted value.

TYPES: EMAIL_ADDRESS, PHONE_NUMBER, PERSON, IP_ADDRESS, CREDIT_CARD,
CN_RESIDENT_ID, LICENSE_PLATE, CREDENTIAL, IBAN_CODE, US_SSN, PASSPORT.

Label conventions
-----------------
* PERSON covers only the name; titles (先生/女士/经理/师傅/老师/医生/Dr.) are
  outside the span; a surname alone before a title is a PERSON by itself.
* Client addresses are IP_ADDRESS; addresses of servers (upstream, backend,
  relay, load-balancer target, NAS) are ``server_ip`` decoys; 127.0.0.1,
  0.0.0.0, ::1 are ``loopback`` decoys.
* CREDENTIAL covers the secret only (password, key, token, cookie value, OTP
  secret, the password part of a database URL), never the key name.
* PASSPORT is planted only where a word or key says passport/护照/護照.
* Role mailboxes are never planted; every e-mail planted is a person's.
* Public figures / fictional characters / places are decoys, not PERSON.
* WeChat openid, Alipay buyer_id, nicknames, usernames of system accounts and
  Windows SAM names are left unlabelled or marked as decoys (see KIND).

Value generators
----------------
* Names: Faker (40.x) locales en_US, en_GB, en_CA, en_AU, en_IN, de_DE, fr_FR,
  es_MX, pt_PT, it_IT, nl_NL, pl_PL, ja_JP (romanized and kanji), ko_KR,
  zh_CN, zh_TW; names with quotes are rejected.
* Phones: ``phonenumbers`` random numbers kept only when ``is_valid_number``
  for CN HK TW SG MY JP KR IN US CA GB DE FR ES IT NL AU BR MX, printed as
  E164 / INTERNATIONAL / NATIONAL / raw national digits / cc digits / 00-prefix
  / dashed; Chinese mobiles (real prefixes) and landlines (010, 021, 0755, ...)
  printed raw, dashed, spaced, +86, (+86), 0086.
* E-mails: Faker, name-derived (ASCII-folded, dots, initials, digits), pinyin,
  plus-tags, corporate subdomains, QQ numbers @qq.com.
* CREDIT_CARD: real BIN prefixes (Visa, Mastercard 51-55/2221-2720, Amex,
  Discover, JCB, Diners, UnionPay 62xxxx), 13-19 digits, Luhn valid, raw /
  spaced / dashed.
* CN_RESIDENT_ID: real 6-digit region codes, birth dates 1950-2008, GB 11643
  check digit.  IBAN: DE GB FR ES IT NL PL PT BE CH AT IE, ISO 13616 mod-97,
  compact or grouped by four.  US_SSN: area 001-899 except 666, group 01-99,
  serial 0001-9999.  PASSPORT: CN, US, GB, DE, FR, JP, KR, IN, IT, ES, NL, HK,
  TW shapes.  LICENSE_PLATE: Chinese regular and new-energy (small D/F-first,
  large D/F-last), optional "·" or space.  IP_ADDRESS: global IPv4, private
  IPv4, global IPv6 (ISP prefixes).  CREDENTIAL: passwords, sk_live_, sk-proj-,
  ghp_, github_pat_, glpat-, xoxb-, AKIA, AWS secret keys, AIza, SG., npm_,
  shpat_, bearer tokens, HS256 JWTs, PHPSESSID/JSESSIONID/connect.sid/
  laravel_session values, base32 OTP secrets, DB/Redis/AMQP URL passwords.
* Decoys: order ids (incl. Luhn-valid 16-digit and 11-digit 1xxxxxxxxxx ones
  with no card/phone context), tracking numbers, trace/span/request ids,
  UUIDs, hashes, timestamps and epochs (10/13 digits), versions (incl. 4-part),
  durations, masked values, hotlines, SKUs, public figures, fictional
  characters, places, hostnames, loopback, server ips, amounts, pickup and
  verification codes, snowflake ids (18 digits), publishable keys, queue ids,
  signatures, nicknames, SIDs.

Templates (index: name)
-----------------------
Web / edge / infra
  0 ingress_nginx_access        1 traefik_clf                 2 traefik_json
  3 cloudflare_logpush_json     4 cloudfront_std_tsv          5 fastly_syslog
  6 akamai_datastream_json      7 gcp_http_lb_json            8 azure_appgw_json
  9 aliyun_slb_sls_kv          10 tencent_cls_clb_json       11 openresty_lua_error
 12 squid_native               13 varnish_ncsa_xff           14 modsecurity_error
 15 postfix_smtpd_qmgr         16 dovecot_auth               17 openssh_sshd
 18 sudo_pam                   19 freeradius_auth            20 cisco_asa_vpn
 21 fortigate_kv               22 windows_security_4624_4625
Application
 23 log4j2_mdc                 24 spring_logback             25 python_logging_dict
 26 go_slog_text               27 go_slog_json               28 serilog_compact_json
 29 pino_http_json             30 winston_sms_callback       31 rails_lograge
 32 php_monolog                33 graphql_resolver           34 grpc_metadata_dump
 35 kafka_consumer_record      36 audit_trail                37 stripe_webhook
 38 wechatpay_callback         39 alipay_notify              40 email_sms_provider_events
 41 helpdesk_csv_export        42 hr_onboarding              43 clinic_appointment_reminder
 44 insurance_claim            45 loan_application_json      46 kyc_check
 47 connection_string_debug
Chinese ops (简体 / 繁體)
 48 waimai_dispatch            49 express_pickup_station     50 hotel_checkin
 51 tour_group_guide           52 hospital_registration      53 social_security_fund
 54 bank_transfer_risk         55 hotline_12345_ticket       56 property_access_visitor
 57 school_parent_notice       58 vehicle_violation_parking  59 security_patrol_alarm
 60 cs_ticket_chat             61 recruitment_interview      62 oa_approval
 63 ecommerce_aftersale        64 ride_hailing_trip          65 rail_air_ticketing
 66 zh_tw_clinic_registration  67 zh_tw_hk_parcel_pickup
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
import uuid
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "IP_ADDRESS", "CREDIT_CARD",
         "CN_RESIDENT_ID", "LICENSE_PLATE", "CREDENTIAL", "IBAN_CODE", "US_SSN",
         "PASSPORT")

TEMPLATE_NAMES = (
    "ingress_nginx_access", "traefik_clf", "traefik_json", "cloudflare_logpush_json",
    "cloudfront_std_tsv", "fastly_syslog", "akamai_datastream_json", "gcp_http_lb_json",
    "azure_appgw_json", "aliyun_slb_sls_kv", "tencent_cls_clb_json", "openresty_lua_error",
    "squid_native", "varnish_ncsa_xff", "modsecurity_error", "postfix_smtpd_qmgr",
    "dovecot_auth", "openssh_sshd", "sudo_pam", "freeradius_auth", "cisco_asa_vpn",
    "fortigate_kv", "windows_security_4624_4625",
    "log4j2_mdc", "spring_logback", "python_logging_dict", "go_slog_text", "go_slog_json",
    "serilog_compact_json", "pino_http_json", "winston_sms_callback", "rails_lograge",
    "php_monolog", "graphql_resolver", "grpc_metadata_dump", "kafka_consumer_record",
    "audit_trail", "stripe_webhook", "wechatpay_callback", "alipay_notify",
    "email_sms_provider_events", "helpdesk_csv_export", "hr_onboarding",
    "clinic_appointment_reminder", "insurance_claim", "loan_application_json", "kyc_check",
    "connection_string_debug",
    "waimai_dispatch", "express_pickup_station", "hotel_checkin", "tour_group_guide",
    "hospital_registration", "social_security_fund", "bank_transfer_risk",
    "hotline_12345_ticket", "property_access_visitor", "school_parent_notice",
    "vehicle_violation_parking", "security_patrol_alarm", "cs_ticket_chat",
    "recruitment_interview", "oa_approval", "ecommerce_aftersale", "ride_hailing_trip",
    "rail_air_ticketing", "zh_tw_clinic_registration", "zh_tw_hk_parcel_pickup",
)

# --------------------------------------------------------------------------
# static pools
# --------------------------------------------------------------------------
LATIN_LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "en_IN", "de_DE", "fr_FR", "es_MX",
                 "pt_PT", "it_IT", "nl_NL", "pl_PL")
ALL_LOCALES = LATIN_LOCALES + ("ja_JP", "ko_KR", "zh_CN", "zh_TW")
PHONE_REGIONS = ("CN", "HK", "TW", "SG", "MY", "JP", "KR", "IN", "US", "CA", "GB", "DE",
                 "FR", "ES", "IT", "NL", "AU", "BR", "MX")
CN_MOBILE_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                    "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                    "173", "175", "176", "177", "178", "180", "181", "182", "183", "185",
                    "186", "187", "188", "189", "191", "198", "199")
CN_AREA = ("010", "021", "0755", "020", "0571", "028", "027", "025", "022", "023", "0512",
           "0731", "029", "0532")
FREE_DOMAINS = ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
                "proton.me", "gmx.de", "web.de", "t-online.de", "orange.fr", "free.fr",
                "libero.it", "wp.pl", "o2.pl", "ziggo.nl", "sapo.pt", "yahoo.co.uk",
                "btinternet.com", "bigpond.com", "rediffmail.com", "naver.com", "daum.net",
                "yahoo.co.jp", "shaw.ca", "prodigy.net.mx")
CN_DOMAINS = ("163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "aliyun.com",
              "yeah.net", "139.com")
CORP_DOMAINS = ("mail.northwind-logistics.com", "corp.tailspin.io", "staff.hzbank-tech.cn",
                "eu.fabrikam.de", "ops.lumen-health.co.uk", "hq.kaiyuan-trade.com.cn",
                "sales.bluefin-retail.com.au", "in.contoso-pharma.com")
CN_REGIONS = ("110101", "110105", "110108", "310104", "310115", "440305", "440106",
              "440304", "330106", "330108", "510107", "420106", "320102", "320506",
              "370102", "370212", "500103", "610113", "350203", "430104", "210102",
              "120101", "130102", "410105", "450103", "530102", "520102", "360102",
              "340104", "230102", "220102", "150102", "620102", "640104", "650102",
              "460106", "441900", "442000")
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_CHARS = PLATE_LETTERS + "0123456789"
CARD_BINS = (("4", 16), ("4", 16), ("4", 13), ("4", 19), ("51", 16), ("53", 16), ("55", 16),
             ("2221", 16), ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16),
             ("3528", 16), ("3589", 16), ("36", 14), ("622202", 19), ("622848", 19),
             ("621700", 19), ("622588", 16), ("625998", 16), ("620522", 19))
IBAN_SPECS = {  # country: list of (kind, length) with optional fixed bank codes
    "DE": [("n", 8), ("n", 10)], "GB": [("bank", 4), ("n", 6), ("n", 8)],
    "FR": [("n", 5), ("n", 5), ("n", 11), ("n", 2)], "ES": [("n", 4), ("n", 4), ("n", 2), ("n", 10)],
    "IT": [("a", 1), ("n", 5), ("n", 5), ("n", 12)], "NL": [("bank", 4), ("n", 10)],
    "PL": [("n", 8), ("n", 16)], "PT": [("n", 4), ("n", 4), ("n", 11), ("n", 2)],
    "BE": [("n", 3), ("n", 7), ("n", 2)], "CH": [("n", 5), ("n", 12)],
    "AT": [("n", 5), ("n", 11)], "IE": [("bank", 4), ("n", 6), ("n", 8)],
}
IBAN_BANKS = {"GB": ("NWBK", "BARC", "HBUK", "LOYD", "MIDL"), "NL": ("INGB", "ABNA", "RABO", "TRIO"),
              "IE": ("AIBK", "BOFI")}
PUBLIC_FIGURES = ("Elon Musk", "Taylor Swift", "Lionel Messi", "Barack Obama", "Albert Einstein",
                  "William Shakespeare", "Serena Williams", "Jeff Bezos", "Angela Merkel",
                  "鲁迅", "李白", "姚明", "马云", "周杰伦", "袁隆平", "苏轼", "杜甫", "屠呦呦")
FICTIONAL = ("Sherlock Holmes", "Harry Potter", "Mickey Mouse", "Pikachu", "Hello Kitty",
             "Peppa Pig", "孙悟空", "林黛玉", "猪八戒", "哪吒", "喜羊羊", "Doraemon")
PLACES_ZH = ("上海市浦东新区", "北京市朝阳区", "深圳市南山区", "杭州市西湖区", "广州市天河区",
             "成都市武侯区", "南京市鼓楼区", "武汉市洪山区", "苏州工业园区", "西安市雁塔区",
             "重庆市渝北区", "厦门市思明区")
PLACES_TW = ("台北市大安區", "新北市板橋區", "台中市西屯區", "高雄市前鎮區", "桃園市中壢區")
PLACES_EN = ("Berlin", "Amsterdam", "Manchester", "Toronto", "Melbourne", "Lyon", "Bengaluru",
             "Guadalajara", "Porto", "Milan", "Krakow", "Osaka", "Seoul", "Singapore")
HOTLINES = ("95588", "95533", "95555", "95566", "10086", "10010", "12345", "12315", "95338",
            "400-820-8820", "400-889-5558", "400-600-8888", "800-820-5100", "4008-123-123")
UAS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323c) NetType/WIFI Language/zh_CN",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 14; 23127PN0CC Build/UKQ1.230804.001)",
       "curl/8.5.0", "python-requests/2.32.3", "Go-http-client/2.0",
       "Mozilla/5.0 (Linux; Android 13; SM-S9110) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36")
BASE_TIME = _dt.datetime(2026, 12, 5, 9, 0, 0)
SURNAMES_CN_PINYIN = ("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu",
                      "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao")

_PH = re.compile(r"«(\w+)»")


def P(value, typ):
    return ("P", value, typ)


def D(value, kind):
    return ("D", value, kind)


def J(obj, compact=True):
    if compact:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False)


def _luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check(first17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, _ID_W)) % 11]


def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(v):
    v = v.replace(" ", "")
    s = v[4:] + v[:4]
    return len(v) >= 15 and int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _fold(s):
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower())


# --------------------------------------------------------------------------
# value generator
# --------------------------------------------------------------------------
class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(ALL_LOCALES):
            f = Faker(loc)
            f.seed_instance(seed * 1009 + i * 7919 + 1)
            self.fk[loc] = f
        self.clean = False

    # ---- generic helpers
    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return "".join(self.r.choice(chars) for _ in range(n))

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero:
            s = self.r.choice("123456789") + s[1:]
        return s

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def dt(self):
        return BASE_TIME + _dt.timedelta(seconds=self.r.randint(-3 * 86400, 2 * 86400),
                                         microseconds=self.r.randint(0, 999999))

    def ua(self):
        return self.r.choice(UAS)

    # ---- PII wrapper (clean lines get masked decoys instead)
    def _pii(self, value, typ):
        if not self.clean:
            return P(value, typ)
        return D(self._mask(value, typ), "masked")

    def _mask(self, v, typ):
        r = self.r
        if typ == "PERSON":
            if re.search(r"[\u4e00-\u9fff]", v):
                return v[0] + "*" * max(1, len(v) - 1) if r.random() < 0.7 else v[0] + "*" + v[-1] if len(v) > 2 else v[0] + "*"
            return " ".join(w[0] + "***" for w in v.split())
        if typ == "EMAIL_ADDRESS":
            loc, _, dom = v.partition("@")
            return loc[0] + "***@" + dom
        if typ == "PHONE_NUMBER":
            d = re.sub(r"\D", "", v)
            if len(d) >= 13 and d.lstrip("0").startswith("86"):
                d = d[-11:]
            return d[:3] + "****" + d[-4:] if len(d) >= 9 else "****" + d[-4:]
        if typ == "IP_ADDRESS":
            if ":" in v:
                return v.split(":")[0] + ":****:****"
            return ".".join(v.split(".")[:2]) + ".*.*"
        if typ == "CREDIT_CARD":
            d = re.sub(r"\D", "", v)
            return r.choice(["************" + d[-4:], d[:6] + "******" + d[-4:], "**** **** **** " + d[-4:]])
        if typ == "CN_RESIDENT_ID":
            return v[:6] + "********" + v[-4:] if r.random() < 0.6 else v[0] + "****************" + v[-1]
        if typ == "LICENSE_PLATE":
            return v[:2] + "***" + v[-2:]
        if typ == "CREDENTIAL":
            return r.choice(["******", "[REDACTED]", "***", "<redacted>", "[FILTERED]"])
        if typ == "IBAN_CODE":
            c = v.replace(" ", "")
            return c[:4] + " **** **** " + c[-4:]
        if typ == "US_SSN":
            return "***-**-" + re.sub(r"\D", "", v)[-4:]
        if typ == "PASSPORT":
            return v[0] + "*****" + v[-3:]
        return "***"

    @staticmethod
    def enc(t, plus=False):
        q = (lambda s: quote_plus(s, safe="")) if plus else (lambda s: quote(s, safe=""))
        if isinstance(t, tuple):
            return (t[0], q(t[1]), t[2])
        return q(t)

    # ---- names
    def _latin_parts(self, loc=None):
        r = self.r
        for _ in range(30):
            l2 = loc or r.choice(LATIN_LOCALES + ("ja_JP",))
            f = self.fk[l2]
            if l2 == "ja_JP":
                first, last = f.first_romanized_name(), f.last_romanized_name()
            else:
                first, last = f.first_name(), f.last_name()
            if not re.search(r"['\"\\,]", first + last):
                return first, last
        return "Maria", "Keller"

    def name_parts(self, loc=None):
        return self._latin_parts(loc)

    def person(self, style="full", loc=None, parts=None):
        first, last = parts or self._latin_parts(loc)
        v = {"full": f"{first} {last}", "first": first, "last": last,
             "upper": f"{last.upper()} {first.upper()}", "comma": f"{last}, {first}",
             "initial": f"{first[0]}. {last}"}[style]
        return self._pii(v, "PERSON")

    def intl_person(self):
        r = self.r.random()
        if r < 0.72:
            return self.person()
        if r < 0.82:
            return self._pii(self.fk["zh_CN"].name(), "PERSON")
        if r < 0.88:
            return self._pii(self.fk["ko_KR"].name(), "PERSON")
        if r < 0.94:
            return self._pii(self.fk["ja_JP"].name().replace("\u3000", " "), "PERSON")
        return self._pii(self.fk["zh_TW"].name(), "PERSON")

    def zh(self, loc=None):
        loc = loc or ("zh_TW" if self.r.random() < 0.08 else "zh_CN")
        return self._pii(self.fk[loc].name(), "PERSON")

    def zh_surname(self, loc="zh_CN"):
        return self._pii(self.fk[loc].last_name(), "PERSON")

    def zh_names(self, k, loc="zh_CN"):
        out = []
        seen = set()
        while len(out) < k:
            n = self.fk[loc].name()
            if n not in seen:
                seen.add(n)
                out.append(self._pii(n, "PERSON"))
        return out

    # ---- phones
    def _phone_obj(self, region, mobile=True):
        ex = phonenumbers.example_number_for_type(region, PNT.MOBILE if mobile else PNT.FIXED_LINE)
        cc = ex.country_code
        nsn = phonenumbers.national_significant_number(ex)
        ok_types = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE) if mobile else (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
        for i in range(400):
            keep = 1 if i < 200 else 3
            cand = nsn[:keep] + self.digits(len(nsn) - keep)
            n = phonenumbers.parse("+%d%s" % (cc, cand))
            if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in ok_types:
                return n
        return ex

    def phone(self, region=None, fmt=None, mobile=True):
        r = self.r
        region = region or r.choice(PHONE_REGIONS)
        n = self._phone_obj(region, mobile)
        fmt = fmt or r.choice(("e164", "e164", "intl", "intl", "intl", "national", "national",
                               "dash", "00", "ccdigits", "nsn"))
        e164 = phonenumbers.format_number(n, PNF.E164)
        v = {"e164": e164,
             "intl": phonenumbers.format_number(n, PNF.INTERNATIONAL),
             "national": phonenumbers.format_number(n, PNF.NATIONAL),
             "dash": phonenumbers.format_number(n, PNF.INTERNATIONAL).replace(" ", "-"),
             "00": "00" + e164[1:],
             "ccdigits": e164[1:],
             "nsn": phonenumbers.national_significant_number(n)}[fmt]
        return self._pii(v, "PHONE_NUMBER")

    def cn_mobile_digits(self):
        while True:
            d = self.r.choice(CN_MOBILE_PREFIX) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "CN")):
                return d

    def cn_mobile(self, fmt=None):
        r = self.r
        d = self.cn_mobile_digits()
        fmt = fmt or r.choices(("raw", "dash", "space", "p86s", "p86d", "p86", "paren", "0086"),
                               (12, 2, 2, 1, 1, 1, 1, 1))[0]
        v = {"raw": d, "dash": f"{d[:3]}-{d[3:7]}-{d[7:]}", "space": f"{d[:3]} {d[3:7]} {d[7:]}",
             "p86s": f"+86 {d[:3]} {d[3:7]} {d[7:]}", "p86d": f"+86-{d}", "p86": f"+86{d}",
             "paren": f"(+86){d}", "0086": f"0086 {d}"}[fmt]
        return self._pii(v, "PHONE_NUMBER")

    def cn_landline(self):
        r = self.r
        while True:
            area = r.choice(CN_AREA)
            local = r.choice("2345678") + self.digits(7)
            if phonenumbers.is_valid_number(phonenumbers.parse(area + local, "CN")):
                break
        v = r.choice((f"{area}-{local}", f"({area}){local}", f"{area} {local[:4]} {local[4:]}",
                      f"{area}{local}", f"+86-{area[1:]}-{local}"))
        return self._pii(v, "PHONE_NUMBER")

    def any_phone(self):
        return self.cn_mobile() if self.r.random() < 0.3 else self.phone()

    # ---- e-mails
    def email(self, parts=None, style=None):
        r = self.r
        style = style or r.choice(("faker", "dotted", "dotted", "initial", "plus", "corp",
                                   "pinyin", "qq"))
        if parts is None and style in ("dotted", "initial", "plus", "corp"):
            parts = self._latin_parts()
        for _ in range(10):
            if style == "faker":
                loc = r.choice(LATIN_LOCALES)
                v = self.fk[loc].free_email()
            elif style == "pinyin":
                f = self.fk["zh_CN"]
                a, b = f.last_romanized_name().lower(), f.first_romanized_name().lower()
                v = r.choice((f"{a}{b}", f"{b}.{a}", f"{a}{b}{r.randint(1970, 2005)}",
                              f"{a}_{b}{r.randint(1, 99)}", f"{b}{a}")) + "@" + r.choice(CN_DOMAINS + ("gmail.com", "outlook.com"))
            elif style == "qq":
                v = self.digits(r.randint(6, 10), True) + "@qq.com"
            else:
                first, last = _fold(parts[0]) or "user", _fold(parts[1]) or "mail"
                if style == "dotted":
                    loc = r.choice((f"{first}.{last}", f"{first}{last}", f"{first}_{last}",
                                    f"{first}.{last}{r.randint(1, 99)}", f"{last}.{first}"))
                    v = loc + "@" + r.choice(FREE_DOMAINS)
                elif style == "initial":
                    v = f"{first[0]}{last}{r.choice(['', str(r.randint(1, 999))])}@" + r.choice(FREE_DOMAINS)
                elif style == "plus":
                    v = f"{first}.{last}+{r.choice(['shop', 'news', 'amazon', 'bank', 'test', '2026'])}@" + r.choice(("gmail.com", "fastmail.com", "proton.me", "outlook.com"))
                else:
                    v = f"{first}.{last}@" + r.choice(CORP_DOMAINS)
            if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", v) and not v.split("@")[0].startswith(("info", "noreply", "support", "admin", "contact")):
                return self._pii(v, "EMAIL_ADDRESS")
            style = "dotted"
            parts = self._latin_parts()
        return self._pii("k.lindqvist@gmail.com", "EMAIL_ADDRESS")

    # ---- IPs
    def ipv4_public(self):
        r = self.r
        while True:
            a = ipaddress.IPv4Address(r.getrandbits(32))
            if a.is_global and not a.is_multicast and a.packed[0] not in (0, 255):
                return str(a)

    def ipv4_private(self):
        r = self.r
        c = r.random()
        if c < 0.4:
            return f"192.168.{r.randint(0, 31)}.{r.randint(2, 254)}"
        if c < 0.75:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"

    def ipv6(self):
        r = self.r
        pre = r.choice(("2408:8207", "240e:3b4", "2409:8a28", "2a02:908", "2600:1700", "2001:ee0",
                        "2405:6580", "2a01:e0a", "2604:3d08", "2403:6200", "2a00:23c7", "2406:da14"))
        groups = pre.split(":") + [f"{r.getrandbits(16):x}" for _ in range(6)]
        if r.random() < 0.4:
            groups[4] = groups[5] = "0"
        return str(ipaddress.IPv6Address(":".join(groups)))

    def ip(self, kind=None):
        r = self.r
        kind = kind or r.choices(("pub", "priv", "v6"), (70, 15, 15))[0]
        v = {"pub": self.ipv4_public, "priv": self.ipv4_private, "v6": self.ipv6}[kind]()
        return self._pii(v, "IP_ADDRESS")

    def server_ip(self):
        return D(self.ipv4_private() if self.r.random() < 0.75 else self.ipv4_public(), "server_ip")

    # ---- numbers
    def card(self, fmt=None, bins=None):
        r = self.r
        prefix, ln = r.choice(bins or CARD_BINS)
        if prefix == "2221":
            prefix = str(r.randint(2221, 2720))
        elif prefix == "3528":
            prefix = str(r.randint(3528, 3589))
        body = prefix + self.digits(ln - len(prefix) - 1)
        d = body + _luhn_digit(body)
        fmt = fmt or r.choices(("raw", "space", "dash"), (6, 3, 1))[0]
        if fmt == "raw":
            v = d
        elif ln == 15:
            v = f"{d[:4]} {d[4:10]} {d[10:]}"
        else:
            v = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
        if fmt == "dash":
            v = v.replace(" ", "-")
        return self._pii(v, "CREDIT_CARD")

    def cn_card(self):
        return self.card(bins=(("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16),
                               ("625998", 16), ("620522", 19), ("621483", 16), ("622609", 16)))

    def cnid(self, x_lower=False):
        r = self.r
        reg = r.choice(CN_REGIONS)
        bd = _dt.date(1950, 1, 1) + _dt.timedelta(days=r.randint(0, 58 * 365))
        body = reg + bd.strftime("%Y%m%d") + self.digits(3)
        v = body + cn_id_check(body)
        return self._pii(v, "CN_RESIDENT_ID")

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or r.choice(tuple(IBAN_SPECS))
        bban = ""
        for kind, ln in IBAN_SPECS[cc]:
            if kind == "bank":
                bban += r.choice(IBAN_BANKS[cc])
            elif kind == "a":
                bban += r.choice(string.ascii_uppercase)
            else:
                bban += self.digits(ln)
        v = cc + _iban_check(cc, bban) + bban
        if grouped if grouped is not None else r.random() < 0.4:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return self._pii(v, "IBAN_CODE")

    def ssn(self, fmt=None):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g_, s = r.randint(1, 99), r.randint(1, 9999)
        fmt = fmt or r.choices(("dash", "raw", "space"), (7, 2, 1))[0]
        sep = {"dash": "-", "raw": "", "space": " "}[fmt]
        return self._pii(f"{a:03d}{sep}{g_:02d}{sep}{s:04d}", "US_SSN")

    def passport(self, cc=None):
        r = self.r
        cc = cc or r.choice(("CN", "CN", "US", "GB", "DE", "FR", "JP", "KR", "IN", "IT", "ES", "NL", "HK", "TW"))
        U = string.ascii_uppercase
        v = {"CN": lambda: r.choice(["E" + self.digits(8), "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7), "G" + self.digits(8)]),
             "US": lambda: r.choice([self.digits(9, True), r.choice("ACEFH") + self.digits(8)]),
             "GB": lambda: self.digits(9, True),
             "DE": lambda: r.choice("CFGHJK") + self.digits(2) + self.alnum(1, "CFGHJKLMNPRTVWXYZ") + self.digits(2) + self.alnum(1, "CFGHJKLMNPRTVWXYZ0123456789") + self.digits(2),
             "FR": lambda: self.digits(2) + self.alnum(2, U) + self.digits(5),
             "JP": lambda: "T" + r.choice("KRSZ") + self.digits(7),
             "KR": lambda: "M" + self.digits(8),
             "IN": lambda: r.choice("JKLMNPRSTUVWZ") + self.digits(7),
             "IT": lambda: "Y" + r.choice("ABC") + self.digits(7),
             "ES": lambda: self.alnum(3, U) + self.digits(6),
             "NL": lambda: self.alnum(2, "ABCDEFGHIJKLMNPRSTUVWXYZ") + self.alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + self.digits(4) + self.digits(1),
             "HK": lambda: r.choice("HK") + self.digits(8),
             "TW": lambda: self.digits(9, True)}[cc]()
        return self._pii(v, "PASSPORT")

    def plate(self, sep=None):
        r = self.r
        prov = r.choice(PROVINCES)
        city = r.choice(PLATE_LETTERS[:14])
        c = r.random()
        if c < 0.65:
            nletters = r.choice((0, 0, 1, 1, 2))
            chars = [r.choice(PLATE_LETTERS) for _ in range(nletters)] + [r.choice(string.digits) for _ in range(5 - nletters)]
            r.shuffle(chars)
            tail = "".join(chars)
        elif c < 0.9:
            tail = r.choice("DF") + r.choice(PLATE_CHARS) + self.digits(4)
        else:
            tail = self.digits(5) + r.choice("DF")
        sep = sep if sep is not None else r.choices(("", "·", " "), (6, 3, 1))[0]
        return self._pii(prov + city + sep + tail, "LICENSE_PLATE")

    # ---- credentials
    def password(self, url_safe=False):
        r = self.r
        c = r.random()
        if c < 0.3:
            v = r.choice(("Summer", "Winter", "Welcome", "Passw0rd", "Qwerty", "Dragon", "Monkey", "Shanghai", "Beijing")) + str(r.randint(1, 2026)) + r.choice(("!", "#", "", "@@", "*"))
        elif c < 0.45:
            v = r.choice(SURNAMES_CN_PINYIN) + str(r.randint(1960, 2010)) + self.digits(r.randint(0, 4))
        else:
            chars = string.ascii_letters + string.digits + ("_-" if url_safe else "!#$^*_-.")
            v = self.alnum(r.randint(10, 18), chars)
        if url_safe:
            v = re.sub(r"[^A-Za-z0-9_\-]", "_", v)
        return self._pii(v, "CREDENTIAL")

    def jwt(self):
        r = self.r
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        ep = 1764900000 + r.randint(0, 200000)
        h = b({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"})
        p = b({"sub": str(r.randint(10000, 9999999)), "iat": ep, "exp": ep + 3600, "scope": r.choice(["read", "api", "openid profile"])})
        sig = base64.urlsafe_b64encode(r.getrandbits(256).to_bytes(32, "big")).decode().rstrip("=")
        return f"{h}.{p}.{sig}"

    def cred(self, kind=None):
        r = self.r
        A = string.ascii_letters + string.digits
        kind = kind or r.choice(("stripe", "openai", "ghp", "ghpat", "glpat", "slack", "aws_secret", "akia",
                                 "google", "sendgrid", "npm", "shopify", "bearer", "jwt", "twilio", "otp"))
        v = {"stripe": lambda: r.choice(["sk_live_", "rk_live_", "sk_test_"]) + self.alnum(24 + r.randint(0, 75)),
             "openai": lambda: "sk-proj-" + self.alnum(48, A + "_-"),
             "ghp": lambda: r.choice(["ghp_", "gho_", "ghs_"]) + self.alnum(36),
             "ghpat": lambda: "github_pat_11" + self.alnum(20, string.ascii_uppercase + string.digits) + "_" + self.alnum(59),
             "glpat": lambda: "glpat-" + self.alnum(20, A + "_-"),
             "slack": lambda: r.choice(["xoxb-", "xoxp-"]) + self.digits(11, True) + "-" + self.digits(13, True) + "-" + self.alnum(24),
             "aws_secret": lambda: self.alnum(40, A + "/+"),
             "akia": lambda: r.choice(["AKIA", "ASIA"]) + self.alnum(16, string.ascii_uppercase + "234567"),
             "google": lambda: "AIza" + self.alnum(35, A + "_-"),
             "sendgrid": lambda: "SG." + self.alnum(22, A + "_-") + "." + self.alnum(43, A + "_-"),
             "npm": lambda: "npm_" + self.alnum(36),
             "shopify": lambda: "shpat_" + self.hexs(32),
             "bearer": lambda: self.alnum(r.choice([32, 40, 64]), A + "_-"),
             "jwt": self.jwt,
             "twilio": lambda: self.hexs(32),
             "otp": lambda: self.alnum(r.choice([16, 32]), string.ascii_uppercase + "234567"),
             "hex32": lambda: self.hexs(32),
             "phpsess": lambda: self.alnum(26, "abcdefghijklmnopqrstuv0123456789"),
             "jsession": lambda: self.hexs(32, True),
             "connectsid": lambda: "s%3A" + self.alnum(32, A + "_-") + "." + self.alnum(43, A + "%"),
             "laravel": lambda: "eyJpdiI6I" + self.alnum(r.randint(120, 180), A) + "%3D%3D",
             "wxkey": lambda: self.alnum(32),
             }[kind]()
        return self._pii(v, "CREDENTIAL")

    # ---- decoys
    def d_trace(self):
        return D(self.hexs(32), "trace_id")

    def d_span(self):
        return D(self.hexs(16), "span_id")

    def d_uuid(self, kind="request_id"):
        return D(self.uuid(), kind)

    def d_hash(self):
        return D(self.r.choice((self.hexs(64), self.hexs(40), self.hexs(32))), "hash")

    def d_luhn_order(self):
        body = self.r.choice(("2026", "1000", "8800", "5012")) + self.digits(11)
        return D(body + _luhn_digit(body), "order_id")

    def d_phoneish_order(self):
        return D("1" + self.r.choice("3456789") + self.digits(9), "order_id")

    def d_order(self, prefix=""):
        r = self.r
        c = r.random()
        if c < 0.35:
            return D(prefix + "2026120" + str(r.randint(1, 6)) + self.digits(r.randint(8, 12)), "order_id")
        if c < 0.55:
            return self.d_luhn_order()
        if c < 0.7:
            return self.d_phoneish_order()
        return D(prefix + r.choice(("ORD-", "SO", "PO-", "")) + self.digits(r.randint(8, 14), True), "order_id")

    def d_snowflake(self):
        return D(self.r.choice("123456789") + self.digits(17), "snowflake_id")

    def d_epoch(self, ms=False):
        e = 1764900000 + self.r.randint(-300000, 200000)
        return D(str(e * 1000 + self.r.randint(0, 999)) if ms else str(e), "timestamp")

    def d_version(self):
        r = self.r
        return D(r.choice((f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                           f"10.0.{r.randint(17763, 26100)}.{r.randint(100, 5000)}",
                           f"v{r.randint(1, 5)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
                           f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(1000, 9999)}")), "version")

    def d_hotline(self):
        return D(self.r.choice(HOTLINES), "hotline")

    def d_amount(self, cur="¥"):
        r = self.r
        x = r.randint(1, 500000) / 100
        s = f"{x:,.2f}"
        return D({"¥": f"¥{s}", "$": f"${s}", "EUR": f"EUR {s}", "元": f"{s}元", "RMB": f"RMB {s}", "£": f"£{s}"}[cur], "amount")

    def d_public(self):
        r = self.r
        return D(r.choice(PUBLIC_FIGURES), "public_figure") if r.random() < 0.55 else D(r.choice(FICTIONAL), "fictional_character")

    def d_place(self, which="zh"):
        return D(self.r.choice({"zh": PLACES_ZH, "tw": PLACES_TW, "en": PLACES_EN}[which]), "place")

    def d_masked_phone(self):
        d = self.cn_mobile_digits()
        return D(self.r.choice((d[:3] + "****" + d[-4:], "*******" + d[-4:], "尾号" + d[-4:])), "masked")

    def d_loopback(self):
        return D(self.r.choice(("127.0.0.1", "0.0.0.0", "::1", "127.0.0.53")), "loopback")

    def d_code(self, kind="verification_code", n=6):
        return D(self.digits(n), kind)

    def d_host(self):
        r = self.r
        return D(r.choice((f"ip-10-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(2, 254)}.ec2.internal",
                           f"web-{r.randint(1, 40):02d}.prod.sh.internal", f"k8s-node-{self.hexs(5)}",
                           f"api-{self.hexs(10)}-{self.alnum(5, string.ascii_lowercase + string.digits)}",
                           f"iZbp1{self.alnum(17, string.ascii_lowercase + string.digits)}Z")), "hostname")

    def d_sku(self):
        r = self.r
        return D(r.choice((f"SKU-{self.alnum(3, string.ascii_uppercase)}-{self.digits(5)}", f"{self.digits(13, True)}",
                           f"B0{self.alnum(8, string.ascii_uppercase + string.digits)}", f"P{self.digits(10)}")), "product_code")


# --------------------------------------------------------------------------
# helpers for time formats
# --------------------------------------------------------------------------
def clf(d, tz="+0800"):
    return d.strftime("%d/%b/%Y:%H:%M:%S ") + tz


def iso(d, ms=3, tz="Z"):
    base = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        base += "." + ("%06d" % d.microsecond)[:ms]
    return base + tz


def zhs(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def sysl(d):
    return d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")


# --------------------------------------------------------------------------
# templates: each returns (fmt, kw); «key» in fmt is replaced by kw[key]
# --------------------------------------------------------------------------
def _web_path(g, allow_cred=True):
    """a request path (with query) that may carry personal values"""
    r = g.r
    c = r.randrange(9 if allow_cred else 8)
    kw = {}
    if c == 0:
        kw["q"] = g.enc(g.email())
        return "/api/v1/users/lookup?email=«q»&fields=id,status", kw
    if c == 1:
        kw["q"] = g.enc(g.any_phone())
        return "/api/v2/sms/send?mobile=«q»&scene=login&ts=" + str(1764900000 + r.randint(0, 99999)), kw
    if c == 2:
        kw["q"] = g.enc(g.person(), plus=r.random() < 0.5)
        return "/search/customers?name=«q»&page=1", kw
    if c == 3:
        kw["o"] = g.d_order()
        return "/checkout/orders/«o»/confirm", kw
    if c == 4:
        kw["h"] = D(g.hexs(8), "hash")
        return "/static/js/main.«h».chunk.js", kw
    if c == 5:
        kw["q"] = g.enc(g.email())
        return "/unsubscribe?u=«q»&list=weekly-digest", kw
    if c == 6:
        kw["u"] = g.d_uuid("resource_id")
        return "/v1/invoices/«u»/pdf", kw
    if c == 7:
        return r.choice(("/healthz", "/favicon.ico", "/api/v1/products?page=3&size=20", "/metrics")), kw
    kw["t"] = g.cred(r.choice(("bearer", "hex32", "jwt")))
    return r.choice(("/reset-password?token=«t»", "/api/export.csv?access_token=«t»", "/auth/callback?code=«t»&state=xyz")), kw


def t_ingress_nginx(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["user"] = g.email() if r.random() < 0.2 else "-"
    port = r.choice((8080, 3000, 80, 9000))
    kw["up"] = g.server_ip()
    kw["rid"] = D(g.hexs(32), "request_id")
    st = r.choice((200, 200, 200, 201, 302, 304, 401, 404, 499, 502))
    b = r.randint(0, 90000)
    rt = "%.3f" % (r.random() * 2)
    ns, svc = r.choice((("default", "web"), ("shop", "checkout-api"), ("prod", "gateway"), ("crm", "frontend")))
    m = r.choice(("GET", "GET", "POST", "PUT"))
    fmt = (f'«ip» - «user» [{clf(d, "+0000")}] "{m} {path} HTTP/{r.choice(["1.1", "2.0"])}" {st} {b} "-" "{g.ua()}" '
           f'{r.randint(200, 1500)} {rt} [{ns}-{svc}-{port}] [] «up»:{port} {b} {rt} {st} «rid»')
    return fmt, kw


def t_traefik_clf(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["user"] = g.email() if r.random() < 0.25 else "-"
    kw["srv"] = g.server_ip()
    fmt = (f'«ip» - «user» [{clf(d, "+0000")}] "{r.choice(["GET", "POST", "DELETE"])} {path} HTTP/2.0" '
           f'{r.choice([200, 204, 301, 403, 404])} {r.randint(0, 40000)} "-" "{g.ua()}" {r.randint(1, 900000)} '
           f'"{r.choice(["api", "web", "auth"])}@kubernetes" "http://«srv»:{r.choice([80, 8000, 3000])}" {r.randint(1, 2400)}ms')
    return fmt, kw


def t_traefik_json(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["srv"] = g.server_ip()
    port = str(r.randint(1024, 65535))
    host = r.choice(("api.northwind.io", "shop.bluefin.com.au", "app.tailspin.io"))
    obj = {"ClientAddr": "«ip»:" + port if ":" not in kw["ip"][1] else "[«ip»]:" + port, "ClientHost": "«ip»",
           "ClientPort": port, "ClientUsername": "-", "DownstreamContentSize": r.randint(0, 9000),
           "DownstreamStatus": r.choice([200, 401, 429]), "Duration": r.randint(100000, 90000000),
           "OriginStatus": 200, "RequestHost": host, "RequestMethod": r.choice(["GET", "POST"]),
           "RequestPath": path, "RequestProtocol": "HTTP/2.0", "RouterName": "websecure-api@file",
           "ServiceAddr": "«srv»:8080", "ServiceName": "api@file", "entryPointName": "websecure",
           "level": "info", "msg": "", "time": iso(d, 0)}
    if r.random() < 0.5:
        kw["auth"] = g.cred(r.choice(("jwt", "bearer")))
        obj["request_Authorization"] = "Bearer «auth»"
    if r.random() < 0.3:
        kw["rid"] = g.d_uuid()
        obj["request_X-Request-Id"] = "«rid»"
    return J(obj), kw


def t_cloudflare(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["ray"] = D(g.hexs(16), "trace_id")
    kw["origin"] = g.server_ip()
    obj = {"ClientIP": "«ip»", "ClientRequestHost": r.choice(["www.fabrikam.de", "m.kaiyuan-trade.cn", "shop.lumen.co.uk"]),
           "ClientRequestMethod": r.choice(["GET", "POST"]), "ClientRequestURI": path,
           "EdgeEndTimestamp": iso(d, 0), "EdgeResponseBytes": r.randint(200, 80000),
           "EdgeResponseStatus": r.choice([200, 200, 403, 520]), "EdgeStartTimestamp": iso(d, 0),
           "RayID": "«ray»", "ClientCountry": r.choice(["de", "cn", "gb", "us", "in", "jp"]),
           "ClientRequestUserAgent": g.ua(), "OriginIP": "«origin»", "CacheCacheStatus": r.choice(["hit", "miss", "dynamic"]),
           "ClientASN": r.randint(1000, 140000), "SecurityAction": r.choice(["", "managed_challenge", "block"])}
    if r.random() < 0.3:
        kw["ck"] = g.cred("hex32")
        obj["RequestHeaders"] = {"cookie": "__cf_bm=" + g.alnum(20) + "; sessionid=«ck»"}
    return J(obj), kw


def t_cloudfront(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip(), "rid": D(g.alnum(22, string.ascii_letters + string.digits + "_-") + "==", "request_id")}
    c = r.randrange(4)
    if c == 0:
        kw["q"] = g.enc(g.enc(g.any_phone()))  # CloudFront double-encodes % in cs-uri-query
        query = "phone=«q»&src=app"
    elif c == 1:
        kw["q"] = g.enc(g.enc(g.email()))
        query = "email=«q»&utm_source=newsletter"
    elif c == 2:
        kw["v"] = D(g.hexs(10), "hash")
        query = "v=«v»"
    else:
        query = "-"
    if r.random() < 0.4:
        kw["ck"] = g.cred(r.choice(("hex32", "phpsess", "jsession")))
        cookie = r.choice(("session_id", "PHPSESSID", "JSESSIONID")) + "=«ck»"
    else:
        cookie = "-"
    ua = quote(g.ua(), safe="/;()")
    fields = [d.strftime("%Y-%m-%d"), d.strftime("%H:%M:%S"), r.choice(["FRA56-P1", "NRT57-C2", "SIN2-C1", "LHR61-P3", "IAD89-C1"]),
              str(r.randint(300, 90000)), "«ip»", "GET", "d1q2w3e4r5t6y7.cloudfront.net",
              r.choice(["/index.html", "/account/verify", "/img/banner.webp", "/api/profile"]), str(r.choice([200, 304, 403])),
              "-", ua, query, cookie, r.choice(["Hit", "Miss", "RefreshHit"]), "«rid»", "cdn.fabrikam.de", "https",
              str(r.randint(100, 900)), f"{r.random():.3f}", "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", "Hit", "HTTP/2.0",
              "-", "-", str(r.randint(1024, 65535)), f"{r.random():.3f}", "Hit", "text/html", str(r.randint(100, 9000)), "-", "-"]
    return "\t".join(fields), kw


def t_fastly(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["user"] = g.person("first") if r.random() < 0.15 else "-"
    pop = r.choice(["cache-fra-eddf8230", "cache-lcy-eglc8600", "cache-nrt-rjtf7700", "cache-sjc1000"])
    fmt = (f'<134>{iso(d, 0)} {pop}{r.randint(20, 99)} fastly-logs-svc[{r.randint(1000, 500000)}]: «ip» "-" "«user»" '
           f'{d.strftime("%a, %d %b %Y %H:%M:%S GMT")} {r.choice(["GET", "POST"])} {path} {r.choice([200, 301, 503])} {r.choice(["(none)", str(r.randint(10, 9000))])}')
    return fmt, kw


def t_akamai(g):
    r = g.r
    g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["rid"] = D(g.hexs(8), "request_id")
    obj = {"version": 1, "cp": str(r.randint(100000, 999999)), "reqId": "«rid»", "reqTimeSec": "%d.%03d" % (1764900000 + r.randint(0, 99999), r.randint(0, 999)),
           "bytes": str(r.randint(100, 9000)), "cliIP": "«ip»", "statusCode": str(r.choice([200, 206, 403])),
           "proto": "HTTPS", "reqHost": "assets.bluefin-retail.com.au", "reqMethod": "GET", "reqPath": path.split("?")[0],
           "queryStr": path.split("?")[1] if "?" in path else "-", "UA": quote(g.ua(), safe=""), "country": r.choice(["AU", "NZ", "SG"]),
           "edgeIP": "«edge»", "tlsVersion": "TLSv1.3"}
    kw["edge"] = D(g.ipv4_public(), "server_ip")
    return J(obj), kw


def t_gcp_lb(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["srv"] = g.server_ip()
    kw["tr"] = g.d_trace()
    host = r.choice(["api.tailspin.io", "checkout.fabrikam.de", "portal.lumen-health.co.uk"])
    obj = {"insertId": g.alnum(14, string.ascii_lowercase + string.digits),
           "jsonPayload": {"@type": "type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry",
                           "statusDetails": r.choice(["response_sent_by_backend", "backend_timeout"]),
                           "backendTargetProjectNumber": "projects/" + g.digits(12, True)},
           "httpRequest": {"requestMethod": r.choice(["GET", "POST", "PATCH"]), "requestUrl": f"https://{host}{path}",
                           "requestSize": str(r.randint(100, 3000)), "status": r.choice([200, 201, 404, 502]),
                           "responseSize": str(r.randint(100, 50000)), "userAgent": g.ua(), "remoteIp": "«ip»",
                           "serverIp": "«srv»", "latency": f"{r.random():.6f}s", "protocol": "HTTP/1.1"},
           "resource": {"type": "http_load_balancer", "labels": {"forwarding_rule_name": "prod-https-fr", "url_map_name": "prod-urlmap"}},
           "timestamp": iso(d, 6), "severity": "INFO", "logName": "projects/tailspin-prod/logs/requests",
           "trace": "projects/tailspin-prod/traces/«tr»", "receiveTimestamp": iso(d, 6)}
    return J(obj), kw


def t_azure_appgw(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip(r.choice(["pub", "pub", "v6"]))
    kw["srv"] = g.server_ip()
    kw["tx"] = D(g.hexs(32), "transaction_id")
    obj = {"time": iso(d, 7), "resourceId": "/SUBSCRIPTIONS/" + g.uuid().upper() + "/RESOURCEGROUPS/RG-PROD/PROVIDERS/MICROSOFT.NETWORK/APPLICATIONGATEWAYS/AGW-WEU-01",
           "operationName": "ApplicationGatewayAccess", "category": "ApplicationGatewayAccessLog",
           "properties": {"instanceId": "appgw_%d" % r.randint(0, 3), "clientIP": "«ip»", "clientPort": r.randint(1024, 65535),
                          "httpMethod": r.choice(["GET", "POST"]), "requestUri": path.split("?")[0],
                          "requestQuery": path.split("?")[1] if "?" in path else "", "userAgent": g.ua(),
                          "httpStatus": r.choice([200, 302, 400]), "httpVersion": "HTTP/1.1", "receivedBytes": r.randint(200, 4000),
                          "sentBytes": r.randint(200, 40000), "timeTaken": round(r.random(), 3), "sslEnabled": "on",
                          "host": "portal.contoso-pharma.com", "originalHost": "portal.contoso-pharma.com",
                          "transactionId": "«tx»", "serverRouted": "«srv»:443", "serverStatus": "200",
                          "serverResponseLatency": f"{r.random():.3f}"}}
    return J(obj, compact=r.random() < 0.5), kw


def t_aliyun_slb(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip(r.choice(["pub", "pub", "v6"]))
    kw["up"] = g.server_ip()
    kw["host"] = g.d_host()
    fields = [("__topic__", "slb_layer7_access_log"), ("__source__", "log_service"), ("body_bytes_sent", str(r.randint(0, 50000))),
              ("client_ip", "«ip»"), ("client_port", str(r.randint(1024, 65535))), ("host", "m.kaiyuan-trade.com.cn"),
              ("http_user_agent", g.ua()), ("http_x_forwarded_for", "-"), ("request_method", r.choice(["GET", "POST"])),
              ("request_time", f"{r.random():.3f}"), ("request_uri", path), ("slb_vport", "443"), ("status", str(r.choice([200, 499, 504]))),
              ("upstream_addr", "«up»:80"), ("upstream_response_time", f"{r.random():.3f}"), ("upstream_status", "200"),
              ("__tag__:__hostname__", "«host»"), ("time", d.strftime("%Y-%m-%dT%H:%M:%S+08:00"))]
    return "\t".join(f"{k}:{v}" for k, v in fields), kw


def t_tencent_cls(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["up"] = g.server_ip()
    kw["vip"] = D(g.ipv4_public(), "server_ip")
    obj = {"time_local": clf(d), "protocol_type": "HTTPS", "server_addr": "«vip»", "server_port": 443, "server_name": "api.hzbank-tech.cn",
           "remote_addr": "«ip»", "remote_port": r.randint(1024, 65535), "status": r.choice([200, 200, 404]), "upstream_addr": "«up»:8080",
           "upstream_status": "200", "request": f"{r.choice(['GET', 'POST'])} {path} HTTP/1.1", "http_user_agent": g.ua(),
           "request_time": round(r.random(), 3), "upstream_response_time": f"{r.random():.3f}", "vip_vpcid": -1,
           "ssl_protocol": "TLSv1.2", "tcpinfo_rtt": r.randint(1000, 90000)}
    return J(obj, compact=False), kw


def t_openresty(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip(), "conn": D(str(r.randint(10, 999999)), "connection_id")}
    c = r.randrange(4)
    if c == 0:
        kw["u"] = g.cn_mobile()
        msg = "[lua] auth.lua:88: verify_otp(): otp mismatch for mobile «u», retries=%d" % r.randint(1, 5)
    elif c == 1:
        kw["u"] = g.email()
        msg = "[lua] access_by_lua(nginx.conf:142):23: rate limited user=«u» key=login"
    elif c == 2:
        kw["t"] = g.cred(r.choice(("jwt", "bearer")))
        msg = "[lua] jwt.lua:57: invalid signature, token: «t»"
    else:
        kw["rd"] = D(r.choice(("127.0.0.1:6379", "10.0.3.21:6379")), "server_ip")
        msg = "[lua] limit.lua:31: failed to connect redis «rd»: timeout"
        if kw["rd"][1].startswith("127."):
            kw["rd"] = D("127.0.0.1", "loopback")
            msg = "[lua] limit.lua:31: failed to connect redis «rd»:6379: timeout"
    pid = r.randint(1000, 30000)
    fmt = (f'{d.strftime("%Y/%m/%d %H:%M:%S")} [{r.choice(["warn", "error", "info"])}] {pid}#{pid}: *«conn» {msg}, client: «ip», '
           f'server: api.kaiyuan-trade.com.cn, request: "POST /v1/login HTTP/1.1", host: "api.kaiyuan-trade.com.cn"')
    return fmt, kw


def t_squid(g):
    r = g.r
    kw = {"ip": g.ip(r.choice(["priv", "priv", "pub"])), "dst": g.server_ip()}
    if r.random() < 0.4:
        kw["u"] = g.email(style=r.choice(["corp", "dotted"]))
    else:
        kw["u"] = "-"
    c = r.random()
    if c < 0.5:
        req = f"CONNECT {r.choice(['www.google.com', 'login.microsoftonline.com', 'api.github.com', 'wx.qq.com'])}:443"
    else:
        kw["q"] = g.enc(g.email())
        req = "GET http://intranet.tailspin.io/hr/search?mail=«q»"
    fmt = (f"{1764900000 + r.randint(0, 99999)}.{r.randint(0, 999):03d} {r.randint(1, 99999):6d} «ip» "
           f"{r.choice(['TCP_TUNNEL/200', 'TCP_MISS/200', 'TCP_DENIED/403', 'TCP_HIT/200'])} {r.randint(300, 90000)} {req} «u» HIER_DIRECT/«dst» -")
    return fmt, kw


def t_varnish(g):
    r = g.r
    d = g.dt()
    path, kw = _web_path(g)
    kw["ip"] = g.ip()
    kw["px"] = g.server_ip()
    kw["u"] = g.person("first") if r.random() < 0.1 else "-"
    fmt = (f'«px» - «u» [{clf(d, "+0100")}] "GET http://www.fabrikam.de{path} HTTP/1.1" {r.choice([200, 304, 404])} {r.randint(0, 50000)} '
           f'"https://www.fabrikam.de/" "{g.ua()}" xff="«ip»" hit={r.choice(["hit", "miss", "pass"])} ttfb={r.random():.6f}')
    return fmt, kw


def t_modsecurity(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip(), "uid": D(g.alnum(27, string.ascii_letters + string.digits + "@-"), "request_id")}
    c = r.randrange(3)
    if c == 0:
        kw["v"] = g.email()
        arg, data = "ARGS:email", "«v»' or 1=1--"
        rid, msg = "942100", "SQL Injection Attack Detected via libinjection"
    elif c == 1:
        kw["v"] = g.password()
        arg, data = "ARGS:password", "«v»<script>"
        rid, msg = "941100", "XSS Attack Detected via libinjection"
    else:
        kw["v"] = g.person()
        arg, data = "ARGS:full_name", "«v»; cat /etc/passwd"
        rid, msg = "932100", "Remote Command Execution: Unix Command Injection"
    port = r.randint(1024, 65535)
    fmt = (f'[{d.strftime("%a %b %d %H:%M:%S")}.{d.microsecond:06d} {d.year}] [:error] [pid {r.randint(1000, 60000)}] [client «ip»:{port}] '
           f'[client «ip»] ModSecurity: Warning. detected at {arg}. [file "/etc/modsecurity/crs/rules/REQUEST-{rid[:3]}.conf"] '
           f'[line "{r.randint(40, 900)}"] [id "{rid}"] [msg "{msg}"] [data "Matched Data: found within {arg}: {data}"] '
           f'[severity "CRITICAL"] [ver "OWASP_CRS/3.3.5"] [hostname "shop.bluefin-retail.com.au"] [uri "/account/register"] [unique_id "«uid»"]')
    return fmt, kw


def t_postfix(g):
    r = g.r
    d = g.dt()
    kw = {"qid": D(g.alnum(10, "0123456789ABCDEF"), "queue_id")}
    c = r.randrange(3)
    host = r.choice(["mx1", "mail", "smtp-out-02"])
    if c == 0:
        kw["ip"] = g.ip("pub")
        kw["f"] = g.email()
        kw["t"] = g.email(style="corp")
        fmt = (f"{sysl(d)} {host} postfix/smtpd[{r.randint(1000, 99999)}]: NOQUEUE: reject: RCPT from unknown[«ip»]: 450 4.7.1 "
               f"<«t»>: Recipient address rejected: Greylisted; from=<«f»> to=<«t»> proto=ESMTP helo=<[«ip»]>")
    elif c == 1:
        kw["f"] = g.email()
        fmt = f"{sysl(d)} {host} postfix/qmgr[{r.randint(1000, 9999)}]: «qid»: from=<«f»>, size={r.randint(900, 90000)}, nrcpt=1 (queue active)"
    else:
        kw["t"] = g.email()
        kw["relay"] = D(g.ipv4_public(), "server_ip")
        fmt = (f"{sysl(d)} {host} postfix/smtp[{r.randint(1000, 99999)}]: «qid»: to=<«t»>, relay={r.choice(['gmail-smtp-in.l.google.com', 'mx.qq.com', 'mx01.mail.icloud.com'])}[«relay»]:25, "
               f"delay={r.random() * 3:.2f}, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK {1764900000 + r.randint(0, 99999)} {g.alnum(14)} - gsmtp)")
    return fmt, kw


def t_dovecot(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip(), "lip": g.server_ip(), "sess": D(g.alnum(16, string.ascii_letters + string.digits + "/+"), "session_id")}
    kw["u"] = g.email()
    c = r.randrange(3)
    if c == 0:
        fmt = f"{sysl(d)} mail dovecot: imap-login: Login: user=<«u»>, method=PLAIN, rip=«ip», lip=«lip», mpid={r.randint(1000, 99999)}, TLS, session=<«sess»>"
    elif c == 1:
        kw["pw"] = g.password()
        fmt = f"{sysl(d)} mail dovecot: auth-worker({r.randint(100, 9999)}): sql(«u»,«ip»,<«sess»>): Password mismatch (given password: «pw»)"
    else:
        fmt = f"{sysl(d)} mail dovecot: imap(«u»)<{r.randint(1000, 99999)}><«sess»>: Disconnected: Logged out in={r.randint(10, 999)} out={r.randint(100, 99999)} deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0"
    return fmt, kw


def t_sshd(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip(r.choice(["pub", "pub", "priv", "v6"]))}
    pid = r.randint(1000, 99999)
    port = r.randint(1024, 65535)
    acct = r.choice(["deploy", "ubuntu", "root", "git", "ec2-user", "admin", "oracle", "jenkins"])
    c = r.randrange(4)
    if c == 0:
        kw["fp"] = D("SHA256:" + g.alnum(43, string.ascii_letters + string.digits + "+/"), "hash")
        fmt = f"{sysl(d)} bastion-01 sshd[{pid}]: Accepted publickey for {acct} from «ip» port {port} ssh2: ED25519 «fp»"
    elif c == 1:
        fmt = f"{sysl(d)} bastion-01 sshd[{pid}]: Failed password for invalid user {acct} from «ip» port {port} ssh2"
    elif c == 2:
        kw["u"] = g.email(style="corp")
        fmt = f"{sysl(d)} vpn-jump sshd[{pid}]: Accepted keyboard-interactive/pam for «u» from «ip» port {port} ssh2"
    else:
        kw["lb"] = D("0.0.0.0", "loopback")
        fmt = f"{sysl(d)} bastion-01 sshd[{pid}]: Connection closed by authenticating user {acct} «ip» port {port} [preauth] (listen «lb»:22)"
    return fmt, kw


def t_sudo(g):
    r = g.r
    d = g.dt()
    acct = r.choice(["ops", "deploy", "jenkins", "ansible", "svc-backup"])
    kw = {}
    c = r.randrange(4)
    if c == 0:
        kw["pw"] = g.password()
        kw["db"] = g.server_ip()
        cmd = "/usr/bin/mysql -u app_rw -p«pw» -h «db» orders"
    elif c == 1:
        kw["t"] = g.cred(r.choice(("ghp", "glpat", "bearer", "jwt")))
        cmd = '/usr/bin/curl -sS -H "Authorization: Bearer «t»" https://registry.internal/v2/_catalog'
    elif c == 2:
        kw["pw"] = g.password(url_safe=True)
        cmd = "/usr/bin/psql postgresql://report:«pw»@db-ro.internal:5432/analytics -c select 1"
    else:
        cmd = "/usr/bin/systemctl restart nginx.service"
    if c == 3 or r.random() < 0.3:
        kw["rip"] = g.ip("priv")
        return f"{sysl(d)} app-03 sudo: pam_unix(sudo:auth): authentication failure; logname={acct} uid=1001 euid=0 tty=/dev/pts/1 ruser={acct} rhost=«rip»  user={acct} ; COMMAND={cmd}", kw
    return f"{sysl(d)} app-03 sudo:   {acct} : TTY=pts/{r.randint(0, 5)} ; PWD=/home/{acct} ; USER=root ; COMMAND={cmd}", kw


def t_freeradius(g):
    r = g.r
    d = g.dt()
    kw = {"u": g.email(style=r.choice(["corp", "dotted"])) if r.random() < 0.7 else g.person("full")}
    cli_ip = r.random() < 0.5
    kw["cli"] = g.ip("priv") if cli_ip else D("-".join(g.hexs(2, True) for _ in range(6)), "mac_address")
    nas = r.choice(["wlc01", "ap-3f-east", "vpn-gw"])
    c = r.randrange(3)
    if c == 0:
        fmt = f"{d.strftime('%a %b %d %H:%M:%S %Y')} : Auth: ({r.randint(1, 99999)}) Login OK: [«u»] (from client {nas} port {r.randint(0, 60)} cli «cli»)"
    elif c == 1:
        kw["pw"] = g.password()
        fmt = (f'{d.strftime("%a %b %d %H:%M:%S %Y")} : Auth: ({r.randint(1, 99999)}) Login incorrect (pap: Cleartext password does not match "known good" password): '
               f"[«u»/«pw»] (from client {nas} port {r.randint(0, 60)} cli «cli»)")
    else:
        fmt = (f"{d.strftime('%a %b %d %H:%M:%S %Y')} : Auth: ({r.randint(1, 99999)}) Login incorrect (mschap: MS-CHAP2-Response is incorrect): "
               f"[«u»] (from client {nas} port {r.randint(0, 60)} cli «cli»)")
    return fmt, kw


def t_cisco_asa(g):
    r = g.r
    d = g.dt()
    kw = {"u": g.email(style="corp") if r.random() < 0.5 else g.email(style="dotted"),
          "ip": g.ip(r.choice(["pub", "pub", "v6"])), "aip": g.ip("priv"), "srv": g.server_ip()}
    c = r.randrange(3)
    ts = d.strftime("%b %d %Y %H:%M:%S")
    if c == 0:
        fmt = f"{ts} asa-edge : %ASA-6-722051: Group <GP-Remote> User <«u»> IP <«ip»> IPv4 Address <«aip»> IPv6 address <::> assigned to session"
    elif c == 1:
        fmt = f"{ts} asa-edge : %ASA-6-113004: AAA user authentication Successful : server = «srv» : user = «u»"
        kw.pop("ip"), kw.pop("aip")
    else:
        fmt = f"{ts} asa-edge : %ASA-4-113019: Group = GP-Remote, Username = «u», IP = «ip», Session disconnected. Session Type: SSL, Duration: 2h:{r.randint(10, 59)}m:{r.randint(10, 59)}s, Bytes xmt: {r.randint(1000, 10**8)}, Bytes rcv: {r.randint(1000, 10**8)}, Reason: Idle Timeout"
        kw.pop("aip")
    return fmt, kw


def t_fortigate(g):
    r = g.r
    d = g.dt()
    kw = {"src": g.ip("priv"), "dst": g.server_ip(), "sn": D("FGT60F" + g.alnum(10, string.ascii_uppercase + string.digits), "serial_no")}
    user = ""
    if r.random() < 0.6:
        kw["u"] = g.email(style="corp") if r.random() < 0.5 else g.person("full")
        user = ' user="«u»" group="SSO-Staff"'
    fmt = (f'date={d.strftime("%Y-%m-%d")} time={d.strftime("%H:%M:%S")} devname="FGT-HQ-01" devid="«sn»" eventtime={1764900000 + r.randint(0, 99999)}{g.digits(9)} tz="+0800" '
           f'logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=«src» srcport={r.randint(1024, 65535)} srcintf="internal" '
           f'srcintfrole="lan" dstip=«dst» dstport=443 dstintf="wan1" dstintfrole="wan" sessionid={r.randint(10**6, 10**8)} proto=6 action="close" '
           f'policyid={r.randint(1, 80)} service="HTTPS" duration={r.randint(1, 900)} sentbyte={r.randint(100, 10**6)} rcvdbyte={r.randint(100, 10**7)}{user} '
           f'srcname="LAPTOP-{g.alnum(7, string.ascii_uppercase + string.digits)}" osname="Windows"')
    return fmt, kw


def t_windows_sec(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip(r.choice(["priv", "pub"])), "sid": D("S-1-5-21-" + "-".join(str(r.randint(10**8, 4 * 10**9)) for _ in range(3)) + "-" + str(r.randint(1000, 9999)), "sid")}
    if r.random() < 0.5:
        kw["acct"] = g.email(style="corp")
    else:
        first, last = g.name_parts()
        kw["acct"] = (_fold(first)[:1] + _fold(last))[:20] or "jdoe"
    ev = r.choice([4624, 4625])
    title = "An account was successfully logged on." if ev == 4624 else "An account failed to log on."
    fmt = (f"<13>{sysl(d)} DC01.corp.tailspin.io MSWinEventLog\t1\tSecurity\t{r.randint(10000, 999999)}\t{d.strftime('%a %b %d %H:%M:%S %Y')}\t{ev}\t"
           f"Microsoft-Windows-Security-Auditing\tN/A\tN/A\t{'Success Audit' if ev == 4624 else 'Failure Audit'}\tDC01.corp.tailspin.io\tLogon\t\t{title}    "
           f"Subject:   Security ID:  S-1-0-0   Account Name:  -    New Logon:   Security ID:  «sid»   Account Name:  «acct»   Account Domain:  CORP    "
           f"Logon Type:   {r.choice([3, 10, 2])}    Network Information:   Workstation Name: WKS-{g.digits(4)}   Source Network Address: «ip»   Source Port:  {r.randint(1024, 65535)}")
    return fmt, kw


# ---------------------------------------------------------------- application
def t_log4j2(g):
    r = g.r
    d = g.dt()
    kw = {"uid": D(str(r.randint(10**5, 10**9)), "user_id"), "tr": g.d_trace()}
    c = r.randrange(4)
    if c == 0:
        kw["n"] = g.intl_person()
        kw["e"] = g.email()
        kw["o"] = g.d_order()
        msg = "Created order «o» for customer «n» <«e»>"
    elif c == 1:
        kw["p"] = g.any_phone()
        msg = "SMS OTP dispatched to «p» via provider=aliyun template=SMS_4711"
    elif c == 2:
        kw["c"] = g.card()
        msg = "Payment declined: card=«c» reason=DO_NOT_HONOR acquirer=adyen"
    else:
        kw["n"] = g.intl_person()
        kw["i"] = g.iban()
        msg = "Payout beneficiary updated: holder=«n», iban=«i»"
    thr = r.choice(["http-nio-8080-exec-7", "kafka-listener-2", "scheduling-1", "reactor-http-epoll-3"])
    fmt = (f"{zhs(d)}.{d.microsecond // 1000:03d} {r.choice(['INFO ', 'WARN ', 'ERROR', 'DEBUG'])} [{thr}] [userId=«uid», traceId=«tr»] "
           f"c.n.{r.choice(['order', 'payment', 'notify'])}.service.{r.choice(['OrderService', 'PaymentFacade', 'NotifyServiceImpl'])} - {msg}")
    return fmt, kw


def t_spring(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip()}
    c = r.randrange(3)
    if c == 0:
        kw["u"] = g.email()
        msg = "Login failed for user '«u»' from «ip» (attempt %d/5)" % r.randint(1, 5)
    elif c == 1:
        kw["u"] = g.email()
        kw["pw"] = g.password()
        msg = "Binding request LoginRequest(username=«u», password=«pw», rememberMe=true) from «ip»"
    else:
        kw["ck"] = g.cred("jsession")
        msg = "Session «ck» expired for remote address «ip»"
    fmt = (f"{iso(d, 3, '+08:00')}  {r.choice(['WARN', 'INFO', 'DEBUG'])} {r.randint(1000, 99999)} --- [member-svc] [nio-8080-exec-{r.randint(1, 10)}] "
           f"c.t.member.web.AuthController           : {msg}")
    return fmt, kw


def t_python_logging(g):
    r = g.r
    d = g.dt()
    kw = {}
    c = r.randrange(3)
    if c == 0:
        kw["n"] = g.intl_person()
        kw["e"] = g.email()
        kw["l4"] = D(g.digits(4), "masked")
        body = "charge succeeded: {'customer': '«n»', 'email': '«e»', 'card_last4': '«l4»', 'amount': %d, 'currency': 'eur'}" % r.randint(100, 99999)
    elif c == 1:
        kw["c"] = g.card("raw")
        kw["n"] = g.person("upper")
        body = "tokenize request payload={'number': '«c»', 'exp_month': %d, 'exp_year': %d, 'holder': '«n»'}" % (r.randint(1, 12), r.randint(2027, 2031))
    else:
        kw["s"] = g.ssn()
        kw["n"] = g.person()
        kw["p"] = g.phone("US")
        body = "background check queued: {'applicant': '«n»', 'ssn': '«s»', 'phone': '«p»', 'state': 'TX'}"
    name = r.choice(["billing.worker", "kyc.tasks", "payments.client"])
    lvl = r.choice(["INFO", "WARNING", "DEBUG"])
    if r.random() < 0.5:
        return f"{zhs(d)},{d.microsecond // 1000:03d} - {name} - {lvl} - {body}", kw
    return f"{lvl}:{name}:{body}", kw


def t_slog_text(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip()}
    c = r.randrange(3)
    if c == 0:
        kw["n"] = g.intl_person()
        kw["e"] = g.email()
        kw["p"] = g.any_phone()
        attrs = 'msg="user registered" user.name="«n»" user.email=«e» user.phone="«p»"'
    elif c == 1:
        kw["t"] = g.cred(r.choice(("stripe", "openai", "sendgrid", "slack")))
        attrs = 'msg="outbound call failed" provider=billing api_key=«t» status=401'
    else:
        kw["id"] = g.d_uuid()
        attrs = 'msg="request done" request_id=«id» status=200'
    return f"time={iso(d, 3, '+08:00')} level={r.choice(['INFO', 'WARN', 'DEBUG'])} {attrs} remote_addr=«ip»:{r.randint(1024, 65535)} latency={r.randint(1, 900)}ms", kw


def t_slog_json(g):
    r = g.r
    d = g.dt()
    kw = {}
    obj = {"time": iso(d, 6, "+00:00"), "level": r.choice(["ERROR", "WARN", "INFO"])}
    c = r.randrange(3)
    if c == 0:
        kw["n"] = g.person()
        kw["s"] = g.ssn()
        obj.update({"msg": "kyc check failed", "req": {"method": "POST", "path": "/v1/kyc"},
                    "applicant": {"name": "«n»", "ssn": "«s»", "dob": "19%02d-%02d-%02d" % (r.randint(50, 99), r.randint(1, 12), r.randint(1, 28))},
                    "err": "provider timeout"})
    elif c == 1:
        kw["e"] = g.email()
        kw["ip"] = g.ip()
        obj.update({"msg": "password reset requested", "email": "«e»", "client_ip": "«ip»", "ua": g.ua()})
    else:
        kw["lb"] = g.d_loopback()
        kw["v"] = g.d_version()
        obj.update({"msg": "server started", "addr": "«lb»:8443", "version": "«v»", "pid": r.randint(1, 40000)})
    return J(obj), kw


def t_serilog(g):
    r = g.r
    d = g.dt()
    kw = {"rid": D("0HN" + g.alnum(10, string.ascii_uppercase + string.digits) + ":0000000" + str(r.randint(1, 9)), "request_id")}
    c = r.randrange(2)
    if c == 0:
        kw["n"] = g.intl_person()
        kw["doc"] = g.person("last")
        kw["p"] = g.phone(r.choice(["GB", "AU", "CA", "US", "IN"]))
        obj = {"@t": iso(d, 7), "@mt": "Reminder sent to {PatientName} ({Phone}) for appointment with Dr. {Doctor} at {Slot}",
               "@l": "Information", "PatientName": "«n»", "Phone": "«p»", "Doctor": "«doc»", "Slot": d.strftime("%Y-%m-%dT%H:%M"),
               "SourceContext": "Clinic.Reminders.SmsJob", "RequestId": "«rid»"}
    else:
        kw["e"] = g.email()
        kw["pw"] = g.password()
        obj = {"@t": iso(d, 7), "@mt": "Created account {Email} with temporary password {TempPassword}", "@l": "Warning",
               "Email": "«e»", "TempPassword": "«pw»", "SourceContext": "Identity.Admin.UserProvisioner", "RequestId": "«rid»"}
    return J(obj), kw


def t_pino(g):
    r = g.r
    g.dt()
    kw = {"ip": g.ip(), "px": D(g.ipv4_private(), "server_ip"), "px2": D("::ffff:" + g.ipv4_private(), "server_ip"),
          "rid": D("req-" + g.alnum(4, string.ascii_lowercase + string.digits), "request_id")}
    headers = {"host": "api.tailspin.io", "user-agent": g.ua(), "x-forwarded-for": "«ip», «px»"}
    if r.random() < 0.6:
        kw["t"] = g.cred(r.choice(("jwt", "bearer")))
        headers["authorization"] = "Bearer «t»"
    if r.random() < 0.3:
        kw["ck"] = g.cred("connectsid")
        headers["cookie"] = "connect.sid=«ck»"
    obj = {"level": 30, "time": 1764900000000 + r.randint(0, 99999999), "pid": r.randint(1, 999), "hostname": "api-7d9f5c-" + g.alnum(5, string.ascii_lowercase),
           "reqId": "«rid»", "req": {"method": r.choice(["GET", "POST"]), "url": r.choice(["/v1/me", "/v1/password/reset", "/v1/orders"]),
                                     "headers": headers, "remoteAddress": "«px2»", "remotePort": r.randint(1024, 65535)},
           "res": {"statusCode": r.choice([200, 401])}, "responseTime": round(r.random() * 80, 3), "msg": "request completed"}
    return J(obj), kw


def t_winston(g):
    r = g.r
    d = g.dt()
    kw = {"to": g.enc(g.phone(), plus=True), "from": D("%2B1" + "8005550" + g.digits(3), "hotline"),
          "sid": D("SM" + g.hexs(32), "message_id"), "ac": D("AC" + g.hexs(32), "account_id")}
    body = "ApiVersion=2010-04-01&AccountSid=«ac»&SmsSid=«sid»&SmsStatus=delivered&MessageStatus=delivered&To=«to»&From=«from»&MessageSid=«sid»"
    obj = {"level": r.choice(["info", "debug"]), "message": "twilio status callback", "rawBody": body, "service": "notify-gw",
           "timestamp": iso(d, 3)}
    return J(obj), kw


def t_lograge(g):
    r = g.r
    kw = {"ip": g.ip()}
    c = r.randrange(3)
    if c == 0:
        kw["n"] = g.person()
        kw["p"] = g.any_phone()
        kw["e"] = g.email()
        params = '{"user"=>{"name"=>"«n»", "phone"=>"«p»", "email"=>"«e»"}, "id"=>"%d"}' % r.randint(1, 99999)
        path, ctrl = "/admin/users/%d" % r.randint(1, 99999), "Admin::UsersController action=update"
    elif c == 1:
        kw["e"] = g.email()
        params = '{"session"=>{"email"=>"«e»", "password"=>"[FILTERED]"}}'
        path, ctrl = "/login", "SessionsController action=create"
    else:
        kw["sku"] = g.d_sku()
        params = '{"sku"=>"«sku»", "qty"=>"%d"}' % r.randint(1, 5)
        path, ctrl = "/cart/items", "CartItemsController action=create"
    return (f"method={r.choice(['PATCH', 'POST', 'PUT'])} path={path} format=json controller={ctrl} status={r.choice([200, 302, 422])} "
            f"duration={r.random() * 200:.2f} view={r.random() * 20:.2f} db={r.random() * 50:.2f} remote_ip=«ip» params={params}"), kw


def t_monolog(g):
    r = g.r
    d = g.dt()
    kw = {"ip": g.ip(), "uid": D(g.hexs(7), "request_id")}
    c = r.randrange(3)
    if c == 0:
        kw["e"] = g.email()
        kw["p"] = g.any_phone()
        kw["n"] = g.intl_person()
        msg, ctx = "Customer updated shipping address", {"customer_id": r.randint(1, 99999), "name": "«n»", "email": "«e»", "phone": "«p»"}
    elif c == 1:
        kw["t"] = g.cred("laravel")
        msg, ctx = "Session token rejected", {"cookie": "laravel_session=«t»", "reason": "mac invalid"}
    else:
        kw["i"] = g.iban()
        kw["n"] = g.intl_person()
        msg, ctx = "SEPA mandate created", {"debtor": "«n»", "iban": "«i»", "mandate": "MD-" + g.digits(8)}
    return f"[{iso(d, 6, '+00:00')}] {r.choice(['app', 'billing', 'security'])}.{r.choice(['INFO', 'NOTICE', 'WARNING'])}: {msg} {J(ctx)} {J({'ip': '«ip»', 'uid': '«uid»'})}", kw


def t_graphql(g):
    r = g.r
    d = g.dt()
    kw = {"uid": D("usr_" + g.alnum(14), "user_id")}
    c = r.randrange(3)
    if c == 0:
        kw["n"] = g.intl_person()
        kw["e"] = g.email()
        kw["p"] = g.any_phone()
        op, var = "UpdateProfile", {"input": {"fullName": "«n»", "email": "«e»", "mobile": "«p»"}}
    elif c == 1:
        kw["c"] = g.card()
        op, var = "AddPaymentMethod", {"card": {"number": "«c»", "expMonth": r.randint(1, 12), "expYear": r.randint(2027, 2032)}}
    else:
        kw["pub"] = g.d_public()
        op, var = "SearchBooks", {"query": "«pub»", "first": 20}
    return f"{iso(d, 3)} [graphql] operation={op} resolver=Mutation.{op[0].lower() + op[1:]} duration={r.randint(2, 900)}ms variables={J(var)} user=«uid»", kw


def t_grpc(g):
    r = g.r
    kw = {"ip": g.ip()}
    peer = "ipv6:[«ip»]" if ":" in kw["ip"][1] else "ipv4:«ip»"
    meta = [":authority:[payments.svc:9090]", "content-type:[application/grpc]"]
    if r.random() < 0.7:
        kw["t"] = g.cred(r.choice(("jwt", "bearer", "akia")))
        meta.append("authorization:[Bearer «t»]")
    if r.random() < 0.6:
        kw["e"] = g.email()
        meta.append("x-user-email:[«e»]")
    kw["tr"] = D(g.hexs(32) + "-" + g.hexs(16) + "-01", "trace_id")
    meta.append("traceparent:[00-«tr»]")
    meta.append("user-agent:[grpc-go/1.%d.%d]" % (r.randint(50, 68), r.randint(0, 3)))
    return f"grpc: server: method=/payments.v1.PaymentService/{r.choice(['Authorize', 'Capture', 'Refund'])} peer={peer}:{r.randint(1024, 65535)} metadata=map[{' '.join(meta)}] code={r.choice(['OK', 'Unauthenticated', 'DeadlineExceeded'])}", kw


def t_kafka(g):
    r = g.r
    kw = {"key": g.d_uuid("message_key")}
    c = r.randrange(3)
    if c == 0:
        kw["e"] = g.email()
        kw["i"] = g.iban()
        inner = {"event": "ACCOUNT_UPDATED", "payload": J({"email": "«e»", "iban": "«i»", "country": kw["i"][1][:2] if not g.clean else "DE"})}
    elif c == 1:
        kw["p"] = g.cn_mobile()
        kw["id"] = g.cnid()
        kw["n"] = g.zh()
        inner = {"event": "REAL_NAME_VERIFIED", "payload": J({"name": "«n»", "idNo": "«id»", "mobile": "«p»"})}
    else:
        kw["ts"] = g.d_epoch(True)
        inner = {"event": "STOCK_CHANGED", "payload": J({"sku": "SKU-" + g.digits(6), "delta": -r.randint(1, 9), "at": "«ts»"})}
    return (f"Consumed record: ConsumerRecord(topic = user-events, partition = {r.randint(0, 11)}, leaderEpoch = {r.randint(1, 40)}, offset = {r.randint(1, 10**7)}, "
            f"CreateTime = {1764900000000 + r.randint(0, 10**8)}, serialized key size = 36, serialized value size = {r.randint(100, 900)}, "
            f"headers = RecordHeaders(headers = [], isReadOnly = false), key = «key», value = {J(inner)})"), kw


def t_audit(g):
    r = g.r
    d = g.dt()
    kw = {}
    c = r.randrange(3)
    if c == 0:
        kw["a"] = g.intl_person()
        kw["b"] = g.intl_person()
        kw["by"] = g.email(style="corp")
        return f"{iso(d, 0)} AUDIT entity=Ticket#{r.randint(10000, 99999)} action=UPDATE field=assignee before=\"«a»\" after=\"«b»\" updated_by=«by»", kw
    if c == 1:
        kw["p1"] = g.any_phone()
        kw["p2"] = g.any_phone()
        kw["e"] = g.email(style="corp")
        kw["ip"] = g.ip("priv")
        obj = {"event": "customer.updated", "at": iso(d, 3), "actor": {"email": "«e»", "ip": "«ip»"},
               "changes": {"phone": {"from": "«p1»", "to": "«p2»"}}, "customer_id": "cus_" + g.alnum(14)}
        return J(obj), kw
    kw["n"] = g.person()
    kw["m"] = g.person()
    return f"[audit] {zhs(d)} Lead L-{r.randint(1000, 9999)} assigned to «n» by «m» (rule: round-robin EMEA)", kw


def t_stripe(g):
    r = g.r
    g.dt()
    first, last = g.name_parts()
    kw = {"evt": D("evt_" + g.alnum(24), "event_id"), "ch": D("ch_" + g.alnum(24), "charge_id"), "n": g.person(parts=(first, last)),
          "e": g.email(parts=(first, last)), "l4": D(g.digits(4), "masked")}
    bd = {"address": {"city": r.choice(PLACES_EN), "country": r.choice(["DE", "GB", "NL", "FR"])}, "email": "«e»", "name": "«n»"}
    if r.random() < 0.5:
        kw["p"] = g.phone(r.choice(["DE", "GB", "NL", "FR", "IT", "ES"]))
        bd["phone"] = "«p»"
    if r.random() < 0.3:
        kw["pk"] = D("pk_live_" + g.alnum(24), "public_key")
        bd_note = " publishable=«pk»"
    else:
        bd_note = ""
    obj = {"id": "«evt»", "object": "event", "type": "charge.succeeded", "created": 1764900000 + r.randint(0, 99999),
           "data": {"object": {"id": "«ch»", "amount": r.randint(100, 99999), "currency": "eur", "billing_details": bd,
                               "payment_method_details": {"card": {"brand": "visa", "last4": "«l4»", "exp_month": r.randint(1, 12), "exp_year": 2029}},
                               "receipt_email": "«e»"}}}
    return f"Received webhook «evt»{bd_note}: {J(obj)}", kw


def t_wechatpay(g):
    r = g.r
    kw = {"otn": g.d_order(), "tid": D("42000" + g.digits(23), "transaction_id"), "amt": D(str(r.randint(1, 99999)), "amount")}
    openid = "o" + g.alnum(27, string.ascii_letters + string.digits + "_-")
    if r.random() < 0.5:
        kw["p"] = g.cn_mobile()
        kw["n"] = g.zh()
        attach = "<attach><![CDATA[收货人:«n»;电话:«p»]]></attach>"
    else:
        attach = ""
    if r.random() < 0.5:
        xml = (f"<xml><appid><![CDATA[wx{g.hexs(16)}]]></appid>{attach}<bank_type><![CDATA[CMB_DEBIT]]></bank_type><cash_fee>«amt»</cash_fee>"
               f"<mch_id>{g.digits(10, True)}</mch_id><nonce_str><![CDATA[{g.alnum(32)}]]></nonce_str><openid><![CDATA[{openid}]]></openid>"
               f"<out_trade_no><![CDATA[«otn»]]></out_trade_no><result_code><![CDATA[SUCCESS]]></result_code><sign><![CDATA[{g.hexs(32, True)}]]></sign>"
               f"<total_fee>«amt»</total_fee><transaction_id><![CDATA[«tid»]]></transaction_id></xml>")
        return f"[wxpay-notify] raw={xml}", kw
    res = {"mchid": g.digits(10, True), "appid": "wx" + g.hexs(16), "out_trade_no": "«otn»", "transaction_id": "«tid»", "trade_state": "SUCCESS",
           "payer": {"openid": openid}, "amount": {"total": "«amt»", "currency": "CNY"}}
    if attach:
        res["attach"] = "收货人:«n»;电话:«p»"
    return "wechatpay v3 callback decrypted resource: " + J(res).replace('"«amt»"', "«amt»"), kw


def t_alipay(g):
    r = g.r
    d = g.dt()
    kw = {"otn": g.d_order(), "tno": D(d.strftime("%Y%m%d") + "22001" + g.digits(15), "transaction_id"),
          "sign": D(g.alnum(40, string.ascii_letters + string.digits + "+/") + "%3D%3D", "signature")}
    c = r.random()
    if c < 0.4:
        kw["bl"] = g.d_masked_phone() if r.random() < 0.5 else D(g.alnum(3, string.ascii_lowercase) + "***@163.com", "masked")
    elif c < 0.7:
        kw["bl"] = g.enc(g.email(), plus=True)
    else:
        kw["bl"] = g.cn_mobile("raw")
    s = (f"notify_time={quote_plus(zhs(d))}&notify_type=trade_status_sync&notify_id={g.hexs(32)}&app_id=2021{g.digits(12)}&charset=utf-8&version=1.0"
         f"&sign_type=RSA2&sign=«sign»&trade_no=«tno»&out_trade_no=«otn»&buyer_id=2088{g.digits(12)}&buyer_logon_id=«bl»"
         f"&trade_status=TRADE_SUCCESS&total_amount={r.randint(1, 9999)}.{r.randint(0, 99):02d}")
    return f"{zhs(d)} INFO  AlipayNotifyController - received notify: {s}", kw


def t_provider_events(g):
    r = g.r
    d = g.dt()
    kw = {}
    c = r.randrange(3)
    if c == 0:
        kw["e"] = g.email()
        kw["sip"] = D(g.ipv4_public(), "server_ip")
        ev = {"email": "«e»", "timestamp": 1764900000 + r.randint(0, 99999), "smtp-id": f"<{g.hexs(12)}.{g.hexs(3)}.{g.hexs(6)}@ismtpd-{r.randint(100, 999)}>",
              "event": r.choice(["bounce", "delivered", "open", "dropped"]), "sg_event_id": g.alnum(22), "sg_message_id": g.alnum(22) + ".filter0001",
              "reason": "550 5.1.1 The email account that you tried to reach does not exist", "ip": "«sip»"}
        return f"sendgrid event webhook batch=1 {J([ev])}", kw
    if c == 1:
        kw["p"] = g.cn_mobile("raw")
        kw["biz"] = D(g.digits(6) + "^" + g.digits(10), "message_id")
        rec = {"phone_number": "«p»", "send_time": zhs(d), "report_time": zhs(d), "success": r.random() < 0.8,
               "err_code": r.choice(["DELIVERED", "MK:0001", "IC:0055"]), "err_msg": "用户接收成功", "sms_size": "1", "biz_id": "«biz»", "out_id": g.digits(8)}
        return f"[aliyun-sms-report] {J([rec])}", kw
    kw["e"] = g.email()
    kw["mid"] = D("<" + g.uuid() + "@eu-west-1.amazonses.com>", "message_id")
    return f"SES notification: {J({'notificationType': 'Complaint', 'complaint': {'complainedRecipients': [{'emailAddress': '«e»'}], 'complaintFeedbackType': 'abuse'}, 'mail': {'messageId': '«mid»'}})}", kw


def t_helpdesk_csv(g):
    r = g.r
    d = g.dt()
    first, last = g.name_parts()
    kw = {"n": g.person(r.choice(["comma", "full"]), parts=(first, last)), "e": g.email(parts=(first, last)),
          "p": g.phone(), "ag": g.person("first")}
    subj = r.choice([f"Refund for order {g.digits(9, True)}", "Cannot log in", "Change of address", "Invoice request"])
    return f'{r.randint(10000, 99999)},"«n»",«e»,«p»,{r.choice(["Open", "Pending", "Solved"])},{r.choice(["High", "Normal"])},"{subj}",«ag»,{d.strftime("%m/%d/%Y %H:%M")}', kw


def t_hr_onboarding(g):
    r = g.r
    d = g.dt()
    first, last = g.name_parts(r.choice(("en_US", "en_US", "en_CA", "es_MX")))
    kw = {"n": g.person(parts=(first, last)), "e": g.email(parts=(first, last), style="dotted"), "s": g.ssn(),
          "m": g.person(), "eid": D("E" + g.digits(5), "employee_id")}
    extra = ""
    if r.random() < 0.4:
        kw["i"] = g.iban(r.choice(["DE", "NL", "GB", "IE"]))
        extra = " payroll_iban=«i»"
    return f"[onboarding] {zhs(d)} new hire created: employee_id=«eid» name=\"«n»\" personal_email=«e» ssn=«s» start_date={d.date()} manager=\"«m»\"{extra} workday_status=READY", kw


def t_clinic_reminder(g):
    r = g.r
    d = g.dt()
    kw = {"n": g.person("first"), "doc": g.person("last"), "p": g.phone(r.choice(["GB", "AU", "CA", "US", "NL"])),
          "apt": D("APT-" + g.digits(7), "appointment_id")}
    sms = f"Hi «n», this is a reminder of your appointment with Dr «doc» on {d.strftime('%a %d %b at %H:%M')}. Reply C to confirm."
    return f"{iso(d, 0)} reminders-worker INFO sending sms to=«p» appointment=«apt» body=\"{sms}\"", kw


def t_insurance(g):
    r = g.r
    d = g.dt()
    kw = {"n": g.person(loc=r.choice(["de_DE", "nl_NL", "fr_FR", "it_IT", "pt_PT", "pl_PL"])), "pp": g.passport(r.choice(["DE", "NL", "FR", "IT", "ES"])),
          "i": g.iban(), "amt": g.d_amount("EUR"), "cl": D("CLM-2026-" + g.digits(6), "claim_id")}
    return f"{iso(d, 3)} claims-api claim.submitted claimId=«cl» policyHolder=\"«n»\" policyNo=POL-{g.digits(8)} passportNo=«pp» payoutIban=«i» amount=«amt» channel=web", kw


def t_loan(g):
    r = g.r
    kw = {"n": g.person(loc="en_US"), "s": g.ssn(), "e": g.email(), "p": g.phone("US"),
          "aid": D("LA-" + g.digits(9), "application_id"), "rt": D("021000021", "routing_number")}
    app = {"application_id": "«aid»", "applicant": {"full_name": "«n»", "ssn": "«s»", "email": "«e»", "phone": "«p»", "annual_income": r.randint(30, 300) * 1000},
           "bank": {"routing": "«rt»", "account_last4": g.digits(4)}, "decision": r.choice(["APPROVE", "REFER", "DECLINE"])}
    if r.random() < 0.4:
        kw["co"] = g.person(loc="en_US")
        kw["s2"] = g.ssn()
        app["co_applicant"] = {"full_name": "«co»", "ssn": "«s2»"}
    return J(app), kw


def t_kyc(g):
    r = g.r
    d = g.dt()
    kw = {"n": g.person("upper"), "pp": g.passport(), "ip": g.ip(), "chk": g.d_uuid("check_id")}
    return (f"{iso(d, 3)} kyc provider=onfido check_id=«chk» result={r.choice(['clear', 'consider'])} document_type=passport "
            f"document_number=«pp» nationality={r.choice(['DEU', 'CHN', 'GBR', 'IND', 'JPN', 'KOR', 'USA'])} name=\"«n»\" ip=«ip» face_match={r.random():.2f}"), kw


def t_connstr(g):
    r = g.r
    kw = {"pw": g.password(url_safe=True)}
    c = r.randrange(4)
    host = r.choice(["db-prod.internal", "pg-primary.rds.amazonaws.com", "rm-bp1" + g.alnum(10, string.ascii_lowercase + string.digits) + ".mysql.rds.aliyuncs.com"])
    if c == 0:
        return f"INFO sqlalchemy.engine.Engine: create_engine url=postgresql+psycopg2://app_user:«pw»@{host}:5432/orders pool_size=10", kw
    if c == 1:
        kw["lb"] = D("127.0.0.1", "loopback")
        return "[celery] Connected to redis://:«pw»@«lb»:6379/0", kw
    if c == 2:
        return f"DEBUG config loaded: SPRING_DATASOURCE_URL=jdbc:mysql://{host}:3306/crm SPRING_DATASOURCE_USERNAME=crm SPRING_DATASOURCE_PASSWORD=«pw»", kw
    kw["k"] = g.cred(r.choice(("aws_secret", "google", "npm", "shopify", "otp")))
    kw["ak"] = g.cred("akia")
    return f"env dump (pid {r.randint(100, 9999)}): AWS_ACCESS_KEY_ID=«ak» SECRET=«k» AMQP_URL=amqp://svc:«pw»@mq.internal:5672/", kw


# ---------------------------------------------------------------- Chinese ops
def t_waimai(g):
    r = g.r
    d = g.dt()
    kw = {"o": g.d_order(), "rider": g.zh(), "rp": g.cn_mobile(), "cust": g.zh(), "tail": g.d_masked_phone(), "pl": g.d_place()}
    c = r.randrange(3)
    if c == 0:
        return f"[派单] {zhs(d)} 订单号={'«o»'} 骑手=«rider»(工号R{g.digits(4)}, 电话«rp») 顾客：«cust» «tail» 地址：«pl»{r.choice(['张江路', '科技园南路', '文三路'])}{r.randint(1, 999)}号", kw
    if c == 1:
        kw.pop("cust")
        return f"{zhs(d)} dispatch-svc INFO 订单«o»已由骑手«rider»接单，预计{r.randint(10, 40)}分钟送达，如有问题联系«rp»；顾客手机«tail»，配送至«pl»", kw
    kw.pop("tail")
    return "【骑手改派】订单 «o» 原骑手 «rider» 超时未取餐，改派给 «cust» 师傅，站长电话 «rp»，商家位于«pl»", kw


def t_express(g):
    r = g.r
    d = g.dt()
    kw = {"tn": D(r.choice(["SF", "YT", "JT", "ZTO", "JDV"]) + g.digits(13), "tracking_no"), "code": D(f"{r.randint(1, 9)}-{r.randint(1, 5)}-{r.randint(1000, 9999)}", "pickup_code")}
    c = r.randrange(4)
    if c == 0:
        kw["n"] = g.zh()
        kw["m"] = g.d_masked_phone()
        return f"【{r.choice(['中通快递', '菜鸟驿站', '兔喜生活'])}】您的快件«tn»已到达{r.choice(['锦绣花园', '阳光小区', '学府路'])}驿站，取件码«code»，请凭取件码领取。收件人：«n» «m»", kw
    if c == 1:
        kw["s"] = g.zh_surname()
        kw["p"] = g.cn_mobile()
        return f"{zhs(d)} 派件中：快件«tn»由派件员«s»师傅（电话：«p»）正在派送，请保持电话畅通", kw
    if c == 2:
        kw["n"] = g.zh()
        return f"{zhs(d)} [签收] 运单«tn» 已签收，签收人：本人（«n»），如有疑问请拨打«hl»", {**kw, "hl": g.d_hotline()}
    kw["n"] = g.zh()
    kw["n2"] = g.zh()
    kw["p"] = g.cn_mobile()
    return f"揽收成功|运单号:«tn»|寄件人:«n»|寄件人电话:«p»|收件人=«n2»|揽收员 工号{g.digits(6)}|{zhs(d)}", kw


def t_hotel(g):
    r = g.r
    d = g.dt()
    if r.random() < 0.75:
        kw = {"n": g.zh(), "id": g.cnid(), "p": g.cn_mobile(), "co": g.zh()}
        return (f"入住登记|房号{r.randint(2, 30)}{r.randint(1, 40):02d}|旅客姓名:«n»|证件类型:身份证|证件号码:«id»|手机:«p»|"
                f"入住:{zhs(d)}|离店:{(d + _dt.timedelta(days=2)).date()}|同住人:«co»|公安上传:成功"), kw
    kw = {"n": g.person("upper"), "pp": g.passport(r.choice(["US", "GB", "DE", "FR", "JP", "KR"])), "p": g.phone()}
    return f"入住登记|房号{r.randint(2, 30)}{r.randint(1, 40):02d}|旅客姓名:«n»|证件类型:护照|护照号码:«pp»|国籍:{r.choice(['美国', '英国', '德国', '法国', '日本', '韩国'])}|联系电话:«p»|入住:{zhs(d)}", kw


def t_tour(g):
    r = g.r
    d = g.dt()
    names = g.zh_names(r.randint(3, 5))
    kw = {f"t{i}": n for i, n in enumerate(names)}
    lst = "、".join(f"«t{i}»" for i in range(len(names)))
    kw["guide"] = g.zh()
    kw["gp"] = g.cn_mobile()
    kw["spot"] = D(r.choice(["西湖断桥", "故宫午门", "外滩观景台", "大雁塔北广场", "鼓浪屿轮渡码头"]), "place")
    c = r.randrange(2)
    if c == 0:
        return f"[旅行团 HZ{d.strftime('%Y%m%d')}-{r.randint(1, 9):02d}] 导游：«guide»（导游证D-{g.digits(4)}-{g.digits(6)}，电话«gp»） 游客名单：{lst} 集合地点：«spot» {d.strftime('%H:%M')}", kw
    kw["pub"] = D(r.choice(["李白", "苏轼", "白居易", "孙悟空"]), "public_figure" if r.random() < 0.7 else "fictional_character")
    return f"{zhs(d)} 景区讲解预约：讲解员 «guide» 老师，主题“«pub»与«spot»”，团员 {lst}，联系人电话 «gp»", kw


def t_hospital(g):
    r = g.r
    d = g.dt()
    c = r.randrange(3)
    if c == 0:
        kw = {"n": g.zh(), "doc": g.zh(), "p": g.cn_mobile(), "id": g.cnid(), "card": D(g.digits(10), "patient_card_no")}
        return (f"挂号成功：患者 «n» 就诊卡号 «card» 科室 {r.choice(['心内科', '消化内科', '儿科', '皮肤科'])} 医生 «doc» 主任医师 "
                f"就诊时间 {d.strftime('%m月%d日 %H:%M')} 联系电话 «p» 身份证 «id»"), kw
    if c == 1:
        kw = {"s": g.zh_surname(), "url": D("https://his.example-hospital.cn/r/" + g.alnum(8), "url")}
        return f"【检验报告】{'«s»'}{r.choice(['女士', '先生'])}您好，您于{d.month}月{d.day}日的血常规报告已出，请登录 «url» 查看，客服电话12320。", kw
    kw = {"n": g.zh(), "doc": g.zh_surname(), "ward": D(f"{r.randint(3, 20)}病区{r.randint(1, 40)}床", "bed_no")}
    return f"{zhs(d)} HIS-INPATIENT 入院登记 姓名={'«n»'} 床位=«ward» 主管医生={'«doc»'}医生 过敏史=无", kw


def t_social(g):
    r = g.r
    d = g.dt()
    kw = {"n": g.zh(), "id": g.cnid(), "base": g.d_amount("¥")}
    c = r.randrange(2)
    if c == 0:
        return f"社保缴费核定 | 参保人：«n» | 社会保障号码：«id» | 单位：{r.choice(['深圳市前海数科有限公司', '杭州云帆网络科技有限公司'])} | 缴费基数：«base» | 核定日期：{d.date()}", kw
    kw["acct"] = D(g.digits(12), "account_no")
    kw["p"] = g.cn_mobile()
    return f"{zhs(d)} [公积金] 提取申请 受理 职工姓名={'«n»'} 证件号码={'«id»'} 公积金账号={'«acct»'} 提取金额=«base» 联系电话={'«p»'}", kw


def t_bank_risk(g):
    r = g.r
    d = g.dt()
    kw = {"tx": D("TX" + d.strftime("%Y%m%d") + g.digits(10), "transaction_id"), "a": g.zh(), "ca": g.cn_card(), "b": g.zh(),
          "cb": g.cn_card(), "amt": g.d_amount("¥"), "ip": g.ip(r.choice(["pub", "v6"])), "hl": g.d_hotline()}
    return (f"[风控] {zhs(d)} 交易流水 «tx» 付款人 «a» 卡号 «ca» 收款人 «b» 账户 «cb» 金额 «amt» 设备IP «ip» "
            f"命中规则 R-{r.randint(100, 399)} {r.choice(['大额夜间转账', '新设备首次转账', '异地登录转账'])}，已短信提醒，客服热线«hl»"), kw


def t_hotline12345(g):
    r = g.r
    d = g.dt()
    kw = {"s": g.zh_surname(), "p": g.cn_landline() if r.random() < 0.5 else g.cn_mobile(), "h": g.zh(), "pl": g.d_place(),
          "wo": D(r.choice(["SH", "BJ", "GZ", "HZ"]) + d.strftime("%Y%m%d") + g.digits(5), "ticket_id")}
    return (f"工单编号：«wo» 来电人：«s»{r.choice(['女士', '先生'])} 来电号码：«p» 反映：«pl»{r.choice(['某小区夜间施工噪音扰民', '路灯损坏', '共享单车乱停放'])} "
            f"承办单位：{r.choice(['区城管执法局', '街道办事处', '区住建委'])} " + r.choice(["处理人：«h»", "由«h»处理", "转交给«h»跟进", "联系«h»核实"]) + f" 办结时限：{(d + _dt.timedelta(days=5)).date()}"), kw


def t_property(g):
    r = g.r
    d = g.dt()
    c = r.randrange(3)
    if c == 0:
        kw = {"n": g.zh()}
        return f"[门禁] {zhs(d)} {r.randint(1, 20)}号楼{r.choice(['东', '西', '南'])}门 刷脸通过 住户 «n» ({r.randint(1, 30)}-{r.randint(1, 33)}{r.randint(1, 4):02d}) 设备 FACE-{g.digits(4)}", kw
    if c == 1:
        kw = {"v": g.zh(), "p": g.cn_mobile(), "pl": g.plate(), "h": g.zh()}
        return f"访客登记：访客 «v» 手机 «p» 车牌 «pl» 被访人 «h» {r.randint(1, 20)}栋{r.randint(1, 33)}{r.randint(1, 4):02d} 事由 {r.choice(['送货', '装修', '探亲'])} 登记时间 {zhs(d)}", kw
    kw = {"s": g.zh_surname(), "code": g.d_code("verification_code", 6)}
    return f"【XX物业】{'«s»'}{r.choice(['先生', '女士'])}您好，您的访客通行码为«code»，{d.strftime('%H:%M')}前有效。", kw


def t_school(g):
    r = g.r
    d = g.dt()
    kw = {"c": g.zh(), "t": g.zh_surname(), "p": g.cn_mobile(), "sch": D(r.choice(["实验小学", "第二中学", "育才小学"]), "place")}
    c = r.randrange(2)
    if c == 0:
        return f"【«sch»】尊敬的«c»家长您好：本周五下午{r.randint(2, 4)}点召开家长会，请准时参加。班主任 «t»老师 电话 «p»", kw
    kw["par"] = g.zh()
    return f"{zhs(d)} 家校通 消息已送达 学生={'«c»'} 家长={'«par»'} 家长手机={'«p»'} 发送人={'«t»'}老师 回执={r.choice(['已读', '未读'])}", kw


def t_vehicle(g):
    r = g.r
    d = g.dt()
    c = r.randrange(3)
    if c == 0:
        kw = {"pl": g.plate(), "amt": g.d_amount("¥")}
        return f"[停车场] 车牌 «pl» 入场 {(d - _dt.timedelta(hours=r.randint(1, 10))).strftime('%H:%M')} 出场 {d.strftime('%H:%M')} 应收 «amt» 支付方式 {r.choice(['微信', '支付宝', 'ETC'])} 道闸 A{r.randint(1, 4)}", kw
    if c == 1:
        kw = {"pl": g.plate(), "n": g.zh(), "pl2": g.d_place()}
        return f"您的车辆 «pl» 于{d.strftime('%Y-%m-%d %H:%M')} 在«pl2»{r.choice(['文三路', '人民路', '解放大道'])} 违反禁止标线指示 罚款200元 记3分 车主 «n»", kw
    kw = {"pl": g.plate(), "m": D(r.choice(PROVINCES) + r.choice("ABCDE") + "***" + g.digits(2), "masked")}
    return f"{zhs(d)} LPR cam=gate-{r.randint(1, 9)} plate=«pl» conf=0.{r.randint(80, 99)} prev_plate=«m» result=OPEN", kw


def t_security(g):
    r = g.r
    d = g.dt()
    c = r.randrange(2)
    if c == 0:
        kw = {"g": g.zh(), "pl": g.plate(), "cam": D("CAM-B2-" + g.digits(3), "device_id")}
        return f"[安防] {zhs(d)} 告警 摄像头 «cam» 检测到车辆«pl»违停消防通道 位置：B2停车场 巡逻员 «g» 已到场处置", kw
    names = g.zh_names(2)
    kw = {"a": names[0], "b": names[1], "p": g.cn_mobile()}
    return f"巡逻记录 {d.date()} 夜班 {r.choice(['22:00', '23:30', '01:00'])} 巡更点{r.randint(1, 30)}正常，当班：«a»、«b»，值班电话«p»", kw


def t_cs_chat(g):
    r = g.r
    d = g.dt()
    kw = {"nick": D(r.choice(["小鱼儿", "快乐星球", "momo", "阿狸", "半糖"]) + str(r.randint(1, 99)), "nickname"), "p": g.cn_mobile(), "e": g.email(style=r.choice(["qq", "pinyin"])), "agent": g.zh()}
    c = r.randrange(2)
    if c == 0:
        return f"[会话 {g.digits(6)}] {d.strftime('%H:%M:%S')} 客户(昵称: «nick»)：我的手机号换成 «p» 了，邮箱 «e» 也改一下 | 客服 «agent»：好的，已为您提交修改", kw
    kw["n"] = g.zh()
    if c == 1 and r.random() < 0.4:
        kw["a2"] = g.zh()
        return f"【«agent»】{d.strftime('%H:%M')} 已接入会话，用户«nick»（实名：«n»）咨询退款进度，已交给«a2»跟进，回访电话«p»", kw
    kw["o"] = g.d_order()
    return f"客服工单#{g.digits(7)} 客户«n»（«nick»）反馈订单«o»未收到货，回访电话«p»，邮箱«e»，处理人：«agent»，状态：处理中", kw


def t_recruit(g):
    r = g.r
    d = g.dt()
    kw = {"c": g.zh(), "m": g.zh_surname(), "e2": g.zh_surname(), "p": g.cn_mobile(), "e": g.email(style=r.choice(["pinyin", "qq"]))}
    return (f"【面试通知】候选人 «c» 应聘 {r.choice(['Java开发工程师', '产品经理', '数据分析师'])}，面试时间 {d.strftime('%m月%d日 %H:%M')}，"
            f"面试官 «m»经理 / «e2»工，会议室 A-{r.randint(100, 999)}，候选人电话 «p»，简历邮箱 «e»"), kw


def t_oa(g):
    r = g.r
    d = g.dt()
    kw = {"no": D(f"BX-{d.strftime('%Y-%m%d')}-{g.digits(4)}", "ticket_id"), "a": g.zh(), "amt": g.d_amount("¥"), "b": g.zh(), "c": g.zh(), "acct": g.cn_card()}
    return (f"[OA] 审批单 «no» {r.choice(['报销', '付款', '差旅'])} 申请人：«a» 部门：{r.choice(['市场部', '研发中心', '财务部'])} 金额：«amt» "
            f"当前节点：财务审核 审批人：«b»（已同意）→ «c»（待审批） 收款账户：«acct»"), kw


def t_aftersale(g):
    r = g.r
    d = g.dt()
    kw = {"as": D("AS" + d.strftime("%Y%m%d") + g.digits(8), "ticket_id"), "n": g.zh(), "p": g.cn_mobile(), "amt": g.d_amount("¥"),
          "sku": g.d_sku()}
    c = r.randrange(2)
    if c == 0:
        kw["m"] = g.d_masked_phone()
        return f"售后单 «as» 买家 tb_{g.digits(8)} 收货人 «n» 电话 «p» 退款 «amt» 原路退回 支付宝账号 «m» 商品 «sku» 状态 退款成功", kw
    kw["addr"] = g.d_place()
    return f"{zhs(d)} [退货] 寄回地址：«addr»{r.randint(1, 300)}号 收件人：«n» 联系方式：«p» 商品«sku» 退款«amt»", kw


def t_ride(g):
    r = g.r
    d = g.dt()
    kw = {"s": g.zh_surname(), "pl": g.plate(), "tail": D(g.digits(4), "masked"), "p": g.cn_mobile(), "trip": g.d_order()}
    c = r.randrange(2)
    if c == 0:
        return f"[行程 «trip»] 乘客尾号«tail» 上车点 {r.choice(['虹桥站P9', '首都机场T3', '宝安机场'])} 司机 «s»师傅 车牌 «pl» 已接单，司机电话 «p»", kw
    kw["n"] = g.zh()
    kw.pop("s")
    return f"{zhs(d)} 网约车订单 «trip» 完成 司机={'«n»'} 车牌={'«pl»'} 乘客手机={'«p»'} 乘客尾号«tail»", kw


def t_ticketing(g):
    r = g.r
    d = g.dt()
    if r.random() < 0.6:
        kw = {"n": g.zh(), "id": g.cnid(), "p": g.cn_mobile(), "seat": D(f"{r.randint(1, 16):02d}车{r.randint(1, 20):02d}{r.choice('ABCDF')}号", "seat_no")}
        return f"购票成功 旅客 «n» 证件类型 身份证 证件号 «id» 车次 G{r.randint(1, 9999)} «seat» 手机 «p»", kw
    kw = {"n": g.person("upper"), "pp": g.passport(), "e": g.email(), "pnr": D(g.alnum(6, string.ascii_uppercase + string.digits), "booking_ref")}
    return f"{zhs(d)} 机票出票 PNR «pnr» 乘机人 «n» 护照 «pp» 航班 {r.choice(['MU', 'CA', 'CZ'])}{r.randint(100, 999)} 行程单邮箱 «e»", kw


def t_tw_clinic(g):
    r = g.r
    d = g.dt()
    c = r.randrange(2)
    if c == 0:
        kw = {"n": g.zh("zh_TW"), "doc": g.zh_surname("zh_TW"), "p": g.phone("TW", r.choice(["national", "intl"]), mobile=False)}
        return f"【掛號通知】«n» 您好，您已完成 {d.month}/{d.day} 上午 {r.choice(['家醫科', '耳鼻喉科', '眼科'])} «doc»醫師 門診掛號（號碼 {r.randint(1, 60)} 號），如需取消請撥 «p»", kw
    kw = {"n": g.zh("zh_TW"), "p": g.phone("TW", r.choice(["national", "e164", "nsn"])), "e": g.email()}
    return f"{zhs(d)} 病歷系統 更新聯絡資料 病患姓名：«n» 手機：«p» 電子郵件：«e»", kw


def t_tw_hk_parcel(g):
    r = g.r
    d = g.dt()
    c = r.randrange(3)
    if c == 0:
        kw = {"n": g.zh("zh_TW"), "pl": g.d_place("tw"), "code": g.d_code("pickup_code", 4), "p": g.phone("TW", "national")}
        return "【7-11取貨通知】«n» 先生/小姐，您的包裹已送達 «pl»門市，取貨驗證碼 «code»，手機 «p»，請於7日內取貨。", kw
    if c == 1:
        kw = {"n": g.zh("zh_TW"), "p": g.phone("HK", r.choice(["intl", "national", "e164"])), "tn": D("SF" + g.digits(13), "tracking_no")}
        return f"{zhs(d)} 順豐速運 運單«tn» 派件中 收件人：«n» 電話：«p» 地址：香港九龍旺角{r.choice(['彌敦道', '亞皆老街'])}", kw
    kw = {"n": g.zh("zh_TW"), "pp": g.passport(r.choice(["TW", "HK"])), "p": g.phone(r.choice(["TW", "HK"]))}
    return f"入境包裹報關 收件人 «n» 護照號碼 «pp» 聯絡電話 «p» 申報價值 TWD {r.randint(100, 9999)}", kw


_TEMPLATES = (
    t_ingress_nginx, t_traefik_clf, t_traefik_json, t_cloudflare, t_cloudfront, t_fastly, t_akamai, t_gcp_lb, t_azure_appgw,
    t_aliyun_slb, t_tencent_cls, t_openresty, t_squid, t_varnish, t_modsecurity, t_postfix, t_dovecot, t_sshd, t_sudo,
    t_freeradius, t_cisco_asa, t_fortigate, t_windows_sec,
    t_log4j2, t_spring, t_python_logging, t_slog_text, t_slog_json, t_serilog, t_pino, t_winston, t_lograge, t_monolog,
    t_graphql, t_grpc, t_kafka, t_audit, t_stripe, t_wechatpay, t_alipay, t_provider_events, t_helpdesk_csv,
    t_hr_onboarding, t_clinic_reminder, t_insurance, t_loan, t_kyc, t_connstr,
    t_waimai, t_express, t_hotel, t_tour, t_hospital, t_social, t_bank_risk, t_hotline12345, t_property, t_school,
    t_vehicle, t_security, t_cs_chat, t_recruit, t_oa, t_aftersale, t_ride, t_ticketing, t_tw_clinic, t_tw_hk_parcel,
)
assert len(_TEMPLATES) == len(TEMPLATE_NAMES)


def _render(fmt, kw):
    out, spans, decoys = [], [], []
    pos = last = 0
    for m in _PH.finditer(fmt):
        lit = fmt[last:m.start()]
        out.append(lit)
        pos += len(lit)
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            kind, val, lab = v
            (spans if kind == "P" else decoys).append([pos, pos + len(val), lab])
        else:
            val = str(v)
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(fmt[last:])
    return "".join(out), spans, decoys


def blind_log6(n: int, seed: int = 0) -> list[dict]:
    g = G(seed)
    r = g.r
    order = list(range(len(_TEMPLATES)))
    recs = []
    k = 0
    while len(recs) < n:
        if k % len(order) == 0:
            r.shuffle(order)
        t = order[k % len(order)]
        k += 1
        g.clean = r.random() < 0.08
        fmt, kw = _TEMPLATES[t](g)
        text, spans, decoys = _render(fmt, kw)
        recs.append({"text": text, "spans": spans, "decoys": decoys, "template": t})
    g.clean = False
    return recs


# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------
_PLATE_RE = re.compile("^[" + PROVINCES + "][A-HJ-NP-Z][·\\s]?[A-HJ-NP-Z0-9]{5,6}$")


def _phone_ok(v):
    cands = [v]
    digits = re.sub(r"\D", "", v)
    if not v.startswith("+"):
        cands.append("+" + digits)
    for c in cands:
        for reg in (None,) + PHONE_REGIONS:
            try:
                num = phonenumbers.parse(c, reg)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                return True
    return False


def _value_ok(v, typ):
    """accept a value if it, or its (double) percent-decoded form, passes the type's validator"""
    cands = [v]
    if "%" in v or "+" in v:
        cands += [unquote(v), unquote(unquote(v)), unquote_plus(v), unquote_plus(unquote(v))]
    return any(_value_ok1(u, typ) for u in dict.fromkeys(cands))


def _value_ok1(u, typ):
    if typ == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", u))
    if typ == "PHONE_NUMBER":
        return _phone_ok(u)
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", u)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CN_RESIDENT_ID":
        if not re.fullmatch(r"\d{17}[\dX]", u):
            return False
        try:
            _dt.date(int(u[6:10]), int(u[10:12]), int(u[12:14]))
        except ValueError:
            return False
        return cn_id_check(u[:17]) == u[17]
    if typ == "IBAN_CODE":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", u)) and iban_ok(u)
    if typ == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", u)
        return bool(m) and m.group(1) not in ("000", "666") and int(m.group(1)) < 900 and m.group(2) != "00" and m.group(3) != "0000"
    if typ == "PASSPORT":
        return bool(re.fullmatch(r"[A-Z0-9]{7,9}", u)) and sum(ch.isdigit() for ch in u) >= 3
    if typ == "LICENSE_PLATE":
        return bool(_PLATE_RE.match(u))
    if typ == "IP_ADDRESS":
        try:
            a = ipaddress.ip_address(u)
        except ValueError:
            return False
        return not a.is_loopback and not a.is_unspecified
    if typ == "CREDENTIAL":
        return len(u) >= 6 and not re.search(r"\s", u)
    if typ == "PERSON":
        return bool(u.strip()) and not re.search(r"\d", u) and u == u.strip()
    return False


def _self_check(records):
    for i, rec in enumerate(records):
        text = rec["text"]
        assert 0 <= rec["template"] < len(TEMPLATE_NAMES)
        allsp = []
        for s, e, t in rec["spans"]:
            assert t in TYPES, (i, t)
            assert 0 <= s < e <= len(text), (i, s, e)
            assert _value_ok(text[s:e], t), (i, t, text[s:e], text)
            allsp.append((s, e))
        for s, e, k in rec["decoys"]:
            assert k and k == k.lower() and 0 <= s < e <= len(text), (i, k)
            allsp.append((s, e))
        allsp.sort()
        for (a, b), (c, d) in itertools.pairwise(allsp):
            assert b <= c, (i, "overlap", text)
        assert "«" not in text and "»" not in text, (i, text)
    return True


if __name__ == "__main__":
    import collections
    import sys
    recs = blind_log6(6000, seed=5)
    _self_check(recs)
    assert recs == blind_log6(6000, seed=5)
    ct = collections.Counter(t for rec in recs for _, _, t in rec["spans"])
    cd = collections.Counter(k for rec in recs for _, _, k in rec["decoys"])
    ctpl = collections.Counter(rec["template"] for rec in recs)
    print("records", len(recs), "no-span lines", sum(1 for x in recs if not x["spans"]))
    print("TYPES", dict(ct.most_common()))
    print("DECOYS", dict(cd.most_common()), "total", sum(cd.values()))
    print("TEMPLATES", {TEMPLATE_NAMES[k]: v for k, v in sorted(ctpl.items())})
    show = [int(x) for x in sys.argv[1:]] or list(range(0, len(TEMPLATE_NAMES), 7))[:10]
    for t in show:
        print("==", t, TEMPLATE_NAMES[t])
        for rec in [x for x in recs if x["template"] == t][:3]:
            print("  ", rec["text"])
            print("     ", [(rec["text"][s:e], ty) for s, e, ty in rec["spans"]], [(rec["text"][s:e], k) for s, e, k in rec["decoys"]])
