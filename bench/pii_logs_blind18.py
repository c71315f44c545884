#!/usr/bin/env python3
"""Blind labelled evaluation set no. 18 for a PII redactor for logs.

Provenance
----------
Written blind on 2026-12-06.  Nothing of the project was read while writing it:
no rules, seeds, curation code, tests, docs, training data or other evaluation
sets, and the redactor was never imported or run.  The log shapes come from
general knowledge of how the named systems print their lines (field order, key
names, quoting, escaping, wording).  Only the Python standard library, Faker
(40.x) and phonenumbers (9.x) are used.

Theme: one K-12 education group's mixed log stream -- online-tutoring app and
live-class back-end JSON, school management (家校通) and attendance-gate lines,
parent payment and refund callbacks, SMS / WeChat template-message providers,
nginx access lines, LMS and video-platform webhooks, and Chinese teacher /
class-adviser / customer-service / ops lines and group-chat bot alerts.

API
---
blind_log18(n: int, seed: int = 0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans and decoys are
    [start, end, TYPE] / [start, end, KIND] with Python code-point offsets;
    text[start:end] is the value exactly as printed (percent-encoded,
    \\u-escaped or JSON-escaped where the line prints it so).  One
    random.Random(seed) drives everything; the Faker instances are seeded from
    it, so the output is stable for a given seed.  Templates are used
    round-robin over one shuffled order; template numbers are 0..K-1.  About
    one record in ten is "clean": every planted value is replaced by a masked
    placeholder (labelled as decoy "masked") or by a dash (unlabelled).
validate(records) -> dict
    Self-check; raises AssertionError on any problem: offsets in range, spans
    not overlapping each other or decoys, every other occurrence of a planted
    value in the line also labelled, no newline inside a text, 0-4 spans and
    0-3 decoys a line, and values are what their type says (Luhn-valid cards,
    phones valid per phonenumbers, IBAN mod-97, GB 11643 check digit and real
    province code on Chinese IDs, SSN area/group/serial rules, ...).  Returns
    counters.
python pii_logs_blind18.py
    Generates 5,000 lines (seed 0), validates them and prints the counts per
    TYPE and per decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR,
                es_ES names; compound (欧阳, 司马, 诸葛, 上官 ...) and rare (亓, 禤,
                佘, 覃 ...) Chinese surnames with Faker or hand-picked given
                names; Uyghur / Tibetan / Mongolian / Yi names; person logins
                (jsmith, zhang.wei, wangfang88, lwang, emma.wilson).
EMAIL_ADDRESS   pinyin / login / numeric-QQ locals at Chinese free-mail
                domains, name-derived locals at international free-mail
                domains, staff mailboxes at the group's domains.
PHONE_NUMBER    CN mobiles (valid prefixes) and landlines (area codes) in many
                printings (plain, 3-4-4 dashed / spaced, +86, 0086, (+86),
                (010) 6234 5678, +86 10 ...); numbers built from
                phonenumbers.example_number_for_type for ~20 regions with
                random tails, kept only if valid, printed E.164, international
                or national.
CREDIT_CARD     Luhn-valid Visa / Mastercard (51-55, 2221-2720) / Amex /
                UnionPay (16 and 19 digits), plain, spaced or dashed.
IBAN_CODE       14 SEPA / UK countries, BBAN shapes per country, mod-97 check
                digits, compact or paper format.
US_SSN          area 001-899 except 666, group 01-99, serial 0001-9999;
                dashed or plain.
CN_RESIDENT_ID  real-looking county codes, valid birth dates (students
                2008-2020, adults 1968-1996), GB 11643 check digit.
PASSPORT        CN (E+8 digits, E+letter+7, G+8), US, GB, CA, AU, NZ, IN, DE,
                FR, ES, MX, KR, JP shapes.
LICENSE_PLATE   CN plates (with / without middle dot, new-energy D/F plates),
                UK current-format plates, US (CA / NY) plates.
IP_ADDRESS      client / user / attacker addresses: CN ISP and foreign IPv4,
                LAN workstation 192.168.x.x, IPv6 (incl. ::ffff: mapped).
CREDENTIAL      passwords (human and random), AWS / Aliyun / Tencent access and
                secret keys, Stripe sk_live / rk_live keys, opaque bearer tokens, JWTs,
                WeChat access_token, DingTalk / WeCom / Slack webhook secrets,
                Agora RTC tokens, PHPSESSID / JSESSIONID / MoodleSession /
                Canvas session ids, password-reset tokens, private-key bodies,
                URL and connection-string password parts.

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (numeric QQ mail too);
  role mailboxes (service@, noreply@, alerts@, finance@, billing@ ...) ->
  decoy role_mailbox.
* Server / upstream / proxy / DB / device address -> decoy server_ip; a
  client's or user's (workstation, phone, attacker) address -> IP_ADDRESS.
* Surname before a title (王先生, 李老师, 张师傅, Mr. Smith, Dr. Patel) ->
  PERSON on the surname only; "王建国主任医师" -> PERSON on 王建国; full names of
  staff (teachers, agents, doctors, 运维, 值班人员) are PERSON.
* Famous historical people / fictional characters -> decoy public_figure;
  brands named after people -> decoy company; streets, districts, scenic
  spots, hospitals, schools and buildings -> decoy place.
* Passwords, API keys, access and secret keys, session ids / cookie values,
  bearer tokens and JWTs (token only), private-key bodies, connection-string
  and URL password parts -> CREDENTIAL; one-time SMS codes -> decoy
  pickup_code.
* Person-looking logins -> PERSON; root, admin, svc-*, service accounts ->
  decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1),
  case numbers, 工号, student numbers, waybills, train / flight numbers, UUIDs,
  commit hashes, image digests, trace / request ids, epoch timestamps,
  amounts, ports, versions ... -> decoys with a descriptive kind.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张江高科, 诸葛 in 诸葛亮) but
  every other occurrence of a planted value in the line is itself labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.

Templates ("number: language / system -- spans | decoys")
----------------------------------------------------------
("x2" = that many labels of the kind in one line, "?" = present in some lines
only; clean lines replace the spans by "masked" decoys or dashes.)
 0: Chinese / 家校通 notice service, Spring Boot logback -- PERSON x2, PHONE_NUMBER | class_id
 1: Chinese / attendance gate terminal, bracketed text -- PERSON | student_id, campus_card_id
 2: Chinese / Hikvision ISAPI AccessControllerEvent JSON push -- PERSON | server_ip, student_id
 3: Chinese / school-gate ANPR for parent cars -- LICENSE_PLATE, PERSON | masked
 4: Chinese / WeChat Pay v3 notify, decrypted resource (Java) -- PERSON, PHONE_NUMBER | order_id,
        transaction_id, amount
 5: Chinese / Alipay async notify, raw form body -- PERSON | role_mailbox, order_id, masked
 6: Chinese / refund callback, UnionPay card -- PERSON, CREDIT_CARD | refund_id, amount
 7: Chinese / Aliyun SMS SendSms debug (Java SDK) -- PHONE_NUMBER | template_id, pickup_code,
        request_id
 8: Chinese / Tencent Cloud SMS, Python SDK (ensure_ascii JSON) -- PHONE_NUMBER x2, PERSON |
        template_id
 9: Chinese / WeChat official-account template message send -- CREDENTIAL, PERSON x3 | template_id
10: Chinese / WeCom (企业微信) group-robot markdown alert -- CREDENTIAL, PERSON x2 | server_ip
11: Chinese / DingTalk robot alert -- CREDENTIAL, PERSON, PHONE_NUMBER | epoch_timestamp, server_ip
12: Chinese / 家校通 leave approval by class adviser -- PERSON x3, PHONE_NUMBER | (none)
13: Chinese / customer-service ticket, pipe separated -- PERSON x2, PHONE_NUMBER | case_number,
        employee_id, place
14: Chinese / ops audit: ansible deploy by on-call -- PERSON | server_ip, version, commit_hash
15: Chinese / student-registry (学籍) import row -- PERSON x2, CN_RESIDENT_ID, PHONE_NUMBER | (none)
16: Chinese / school infirmary (校医室) note -- PERSON x2, PHONE_NUMBER | place
17: Chinese / school-bus GPS arrival -- LICENSE_PLATE, PERSON x2 | place
18: Chinese / cross-border refund to a foreign bank account -- PERSON x2, IBAN_CODE | swift_code,
        amount
19: Chinese / HR onboarding of a foreign teacher -- PERSON x2, PASSPORT | employee_id
20: Chinese / study-tour (研学) order with passport and flight -- PERSON x2, PASSPORT | order_id,
        flight_number
21: Chinese / security audit: account lockout -- PERSON, IP_ADDRESS | system_account
22: Chinese / online-tutoring match log -- PHONE_NUMBER, PERSON | employee_id, room_id
23: Chinese / live-class bullet-comment moderation -- PERSON, PHONE_NUMBER | room_id
24: Chinese / SMS verification-code issue -- PHONE_NUMBER | pickup_code, epoch_timestamp
25: Chinese / timetable (排课) -- no spans -- (none) | public_figure, place, course_id
26: Chinese / canteen / logistics receiving -- no spans -- (none) | company, order_id, waybill
27: Chinese / textbook shipping with postal address -- PERSON, PHONE_NUMBER | waybill
28: Chinese / quick-pay bank-card binding -- PERSON, CREDIT_CARD, CN_RESIDENT_ID, PHONE_NUMBER |
        (none)
29: Chinese / home-visit (家访) record, minority names -- PERSON x2 | place
30: Chinese / Feishu bot alert with image digest -- PERSON | version, image_digest
31: Chinese / Spring Boot startup args leaking DB password -- CREDENTIAL | server_ip, port,
        system_account
32: Chinese / online customer-service visitor message -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | uuid
33: Chinese / report-card push to parent mailbox -- EMAIL_ADDRESS, PERSON x2 | (none)
34: Chinese / visitor registration at the gate -- PERSON x2, CN_RESIDENT_ID, LICENSE_PLATE | (none)
35: Chinese / study-tour train itinerary -- PERSON, PHONE_NUMBER | train_number
36: Chinese / refund approval workflow -- PERSON x2 | refund_id, amount
37: Chinese / parent lecture with a chief physician -- PERSON | place, room_id
38: Chinese / parent-app login with IPv6 -- PHONE_NUMBER, IP_ADDRESS | version
39: English / nginx combined access, query with phone and e-mail -- IP_ADDRESS, PHONE_NUMBER,
        EMAIL_ADDRESS | (none)
40: English / nginx custom log_format with remote_user and upstream -- IP_ADDRESS, PERSON |
        server_ip, port
41: English / nginx error log, upstream timeout with token in URL -- IP_ADDRESS, CREDENTIAL x2 |
        server_ip, port
42: English / Zoom webhook meeting.participant_joined -- PERSON, EMAIL_ADDRESS | epoch_timestamp,
        meeting_id, uuid
43: English / Stripe webhook charge.succeeded (tuition) -- EMAIL_ADDRESS x2, PERSON |
        epoch_timestamp, amount, card_last4
44: English / stripe-python debug with secret key in headers -- CREDENTIAL | uuid, version
45: English / Canvas LMS live event submission_created -- PERSON, CREDENTIAL, IP_ADDRESS |
        student_id, request_id
46: English / Moodle log report CSV row -- PERSON, IP_ADDRESS | (none)
47: English / Mux video webhook video.asset.ready -- EMAIL_ADDRESS | uuid, course_id
48: English / Twilio SMS status callback, form body -- PHONE_NUMBER | version, message_id
49: English / SendGrid event webhook batch -- EMAIL_ADDRESS | epoch_timestamp, message_id
50: English / tutoring app back end, pino JSON -- PERSON x2, PHONE_NUMBER, IP_ADDRESS |
        epoch_timestamp, employee_id
51: English / live-class SFU, Go zap JSON -- PERSON, IP_ADDRESS, CREDENTIAL | epoch_timestamp,
        room_id
52: English / Rails request parameters (filtered or not) -- EMAIL_ADDRESS, CREDENTIAL? | request_id,
        masked?
53: English / uvicorn access, percent-encoded name lookup -- IP_ADDRESS, PERSON | port
54: English / Spring datasource init with JDBC URL password -- CREDENTIAL | server_ip, port,
        system_account
55: English / connection-URL errors (MongoDB / Redis / AMQP) -- CREDENTIAL | server_ip, port,
        system_account?
56: English / sshd failed password for system account -- IP_ADDRESS | system_account, port
57: English / sudo log line -- PERSON x2 | system_account
58: English / kubectl events: image pulled -- no spans -- (none) | version, image_digest
59: English / Argo CD sync -- no spans -- (none) | commit_hash, version, system_account
60: English / Okta system log user.session.start -- EMAIL_ADDRESS, PERSON, IP_ADDRESS | place
61: English / payroll W-2 export with SSN -- PERSON, US_SSN | employee_id
62: English / Checkr background-check webhook -- PERSON x2, EMAIL_ADDRESS | masked
63: English / SEPA credit-transfer refund -- PERSON, IBAN_CODE | refund_id, amount
64: English / Zendesk ticket webhook -- PERSON x2, EMAIL_ADDRESS | case_number
65: English / live-chat transcript with national phone format -- PERSON, PHONE_NUMBER | card_last4
66: English / Cloudflare WAF log, PAN in query -- IP_ADDRESS, CREDIT_CARD | trace_id
67: English / HAProxy httplog with captured session cookie -- IP_ADDRESS, CREDENTIAL | port
68: English / AWS CloudTrail GetObject event -- PERSON x2, CREDENTIAL, IP_ADDRESS | aws_account_id
        x2
69: English / Express morgan with bearer JWT -- IP_ADDRESS, CREDENTIAL | (none)
70: English / Slack incoming-webhook alert -- CREDENTIAL, PERSON, PHONE_NUMBER | (none)
71: English / Postfix smtp delivery line -- EMAIL_ADDRESS | server_ip, port
72: English / lesson planner -- no spans -- (none) | public_figure, place, course_id
73: English / campus procurement shipping -- no spans -- (none) | order_id, company, waybill
74: English / APNs key load failure with private-key body -- CREDENTIAL | (none)
75: English / password-reset mailer -- EMAIL_ADDRESS, PERSON, CREDENTIAL | (none)
76: English / PayPal IPN refund, form-encoded -- PERSON x2, EMAIL_ADDRESS | transaction_id,
        role_mailbox, amount
77: English / ZKTeco ADMS iclock push (OPERLOG USER) -- PERSON, CREDENTIAL? | device_id, student_id,
        campus_card_id
78: English / financial-aid application API, plain SSN -- PERSON, US_SSN | amount
79: English / LTI 1.3 launch claims -- PERSON x3, EMAIL_ADDRESS | uuid, course_id
80: English / ParentSquare-style message relay, US national phone -- PERSON, PHONE_NUMBER | (none)
81: English / Winlogbeat Security 4625 (lab PC) -- PERSON, IP_ADDRESS | port
82: English / OpenVPN peer connection -- IP_ADDRESS x2, PERSON | port
83: English / container entrypoint env dump with cloud keys -- CREDENTIAL x2 | version
84: English / international admissions (DS-2019) with passport -- PERSON, PASSPORT | (none)
85: English / car-park ANPR (UK / US plates) -- LICENSE_PLATE, PERSON | permit_id
86: English / payment KYC real-name check, ensure_ascii JSON -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER
        | trace_id
"""

from __future__ import annotations

import base64
import calendar
import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, quote_plus, unquote_plus

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

__all__ = ["blind_log18", "validate", "TYPES"]

P = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
CC = "CREDIT_CARD"
IB = "IBAN_CODE"
SSN = "US_SSN"
CID = "CN_RESIDENT_ID"
PP = "PASSPORT"
LP = "LICENSE_PLATE"
IP = "IP_ADDRESS"
CR = "CREDENTIAL"
TYPES = (P, EM, PH, CC, IB, SSN, CID, PP, LP, IP, CR)

MAX_SPANS = 4
MAX_DECOYS = 3


# --------------------------------------------------------------------------- encoders
def pct(s):
    """Percent-encode everything but unreserved characters (URL path / query)."""
    return quote(s, safe="")


def pctp(s):
    """application/x-www-form-urlencoded (space -> '+')."""
    return quote_plus(s, safe="")


def jsu(s):
    """JSON string body with ensure_ascii=True (non-ASCII -> \\uXXXX)."""
    return json.dumps(s)[1:-1]


def jse(s):
    """JSON string body, UTF-8 kept (only quotes / backslashes / controls escaped)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def S(value, typ, enc=None):
    """A planted PII value; printed as enc(value) when enc is given."""
    return ("S", typ, value, enc)


def D(value, kind):
    """A labelled decoy, printed as is."""
    return ("D", kind, value, None)


# --------------------------------------------------------------------------- data
_LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
_EN_LOCS = ("en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
_EN_W = (30, 18, 10, 14, 10, 9, 9)
_TZ8 = timezone(timedelta(hours=8))
_BASE = datetime(2026, 12, 6, tzinfo=_TZ8)
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_B64 = _ALNUM + "+/"
_B64U = _ALNUM + "-_"

_CN_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙",
                "端木", "长孙", "夏侯", "宇文", "南宫", "司徒", "澹台", "呼延", "独孤", "西门")
_CN_RARE = ("亓", "禤", "佘", "缪", "昝", "逯", "笪", "眭", "蹇", "暨", "麴", "覃", "仉", "闫",
            "逄", "檀", "靳", "隗", "厍", "冼", "郏", "帅", "苌", "蒯", "訾", "揭", "栾", "鞠")
_CN_GIVEN = tuple("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚英华玉兰萍宇浩然涵梓轩诺欣怡桐思远沐阳"
                  "佳琪晨曦嘉俊博文若汐语嫣锦程睿泽奕辰可馨雅婷昊天一鸣子墨书瑶诗琪")
_UY_GIVEN = ("阿依古丽", "迪丽娜尔", "努尔艾力", "古丽娜扎", "帕提古丽", "阿卜杜拉", "玉苏普", "艾克拜尔",
             "热依拉", "麦尔旦", "米热班", "阿力木")
_UY_FATHER = ("买买提", "艾力", "阿不都", "库尔班", "吐尔逊", "热合曼", "艾买提", "艾则孜", "依明", "托合提")
_TIB = ("扎西", "次仁", "格桑", "央金", "丹增", "卓玛", "多吉", "尼玛", "拉姆", "德吉", "平措", "旺堆")
_MONGOL = ("巴特尔", "乌兰托娅", "莫日根", "其其格", "阿古达木", "苏日娜", "额尔敦", "那仁花", "宝音", "图雅")
_YI = ("吉克阿依", "阿苏拉则", "曲比阿果", "海来阿卓", "阿西木呷", "吉布日哈")

_PY_SUR = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu", "sun",
           "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang",
           "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai",
           "jiang", "du", "ye", "cheng", "su", "lv", "ding", "ren", "shen", "yao", "lu", "jin", "zhong",
           "cui", "tan", "fan", "ouyang", "sima", "zhuge", "shangguan", "qin", "yan")
_PY_GIV = ("wei", "fang", "na", "min", "jing", "lei", "qiang", "jun", "yang", "yong", "yan", "jie",
           "tao", "ming", "chao", "xiu", "hua", "hong", "ping", "gang", "xin", "yu", "hao", "yi", "ting",
           "zihan", "yutong", "haoran", "yuxuan", "xinyi", "jiahui", "siyuan", "muyang", "zixuan",
           "yichen", "ruoxi", "jianguo", "lihua", "xiaoming", "wenjing", "jiaqi", "zhiqiang", "shuyao")

_SYSTEM_ACCOUNTS = ("root", "admin", "administrator", "sysadmin", "ubuntu", "oracle", "postgres", "git",
                    "deploy", "jenkins", "www-data", "nginx", "test", "guest")
_ROLE_LOCALS = ("service", "noreply", "no-reply", "alerts", "billing", "finance", "support", "admissions",
                "notice", "postmaster", "info", "hr", "payments", "do-not-reply")
_GROUP_DOMAINS = ("qiming-edu.cn", "qiming-edu.com", "qiming-intl.org", "jxt.qiming-edu.cn", "qmedu.com.cn")
_STAFF_DOMAINS = ("qiming-edu.cn", "qiming-intl.org", "teacher.qiming-edu.cn", "qiming-edu.com")
_CN_MAIL = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net", "aliyun.com",
            "sohu.com", "outlook.com", "vip.qq.com")
_INTL_MAIL = ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "orange.fr", "web.de",
              "gmx.de", "btinternet.com", "bigpond.com", "hotmail.co.uk", "yahoo.co.in", "proton.me",
              "live.com.au", "telefonica.net")

_CN_MOB = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
           "151", "152", "153", "155", "156", "157", "158", "159", "166", "171", "173", "175", "176",
           "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
           "193", "195", "196", "198", "199")
_CN_LAND = ("10", "20", "21", "22", "23", "24", "25", "27", "28", "29", "311", "351", "371", "411",
            "431", "451", "512", "531", "532", "551", "571", "574", "591", "592", "731", "755", "757",
            "769", "791", "851", "871", "898")
_PHONE_REGIONS = ("US", "CA", "GB", "AU", "NZ", "HK", "MO", "TW", "SG", "MY", "JP", "KR", "DE", "FR",
                  "ES", "IN", "TH", "AE", "IE", "NL")
_VALIDATE_REGIONS = ("CN",) + _PHONE_REGIONS

_CN_AREAS = ("110101", "110105", "110108", "110114", "120101", "120104", "130102", "130604", "140105",
             "150102", "210102", "210203", "220102", "230103", "310101", "310104", "310110", "310115",
             "320102", "320505", "330106", "330110", "330203", "340104", "350203", "360102", "370202",
             "370102", "410105", "420106", "420111", "430104", "440106", "440305", "440604", "441900",
             "450103", "460106", "500103", "500112", "510107", "510104", "520102", "530102", "540102",
             "610113", "620102", "630102", "640104", "650102", "652801")
_CN_PROVINCES = ("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                 "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
                 "65")
_GB11643_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)

_IBAN_SPEC = {  # country: (total length, BBAN pattern as (class, count) pairs)
    "DE": (22, (("n", 18),)), "GB": (22, (("b", 4), ("n", 14))), "FR": (27, (("n", 10), ("c", 11), ("n", 2))),
    "ES": (24, (("n", 20),)), "IT": (27, (("a", 1), ("n", 10), ("c", 12))), "NL": (18, (("b", 4), ("n", 10))),
    "BE": (16, (("n", 12),)), "AT": (20, (("n", 16),)), "CH": (21, (("n", 5), ("c", 12))),
    "IE": (22, (("b", 4), ("n", 14))), "PL": (28, (("n", 24),)), "SE": (24, (("n", 20),)),
    "PT": (25, (("n", 21),)), "LU": (20, (("n", 3), ("c", 13))),
}
_IBAN_BANKS = {"GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"), "IE": ("AIBK", "BOFI", "IPBS"),
               "NL": ("ABNA", "INGB", "RABO", "TRIO")}

_CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PL_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

_ZH_PLACES = ("海淀区", "朝阳区", "浦东新区", "徐汇区", "天河区", "南山区", "西湖区", "武侯区", "中关村大街",
              "陆家嘴", "王府井", "徐家汇", "五道口", "张江高科", "李村公园", "陈家祠", "周庄古镇", "颐和园",
              "岳麓山", "石牌桥", "科技园", "黄浦江畔", "钟楼广场", "何园")
_ZH_HOSPITALS = ("北京儿童医院", "首都儿科研究所附属儿童医院", "复旦大学附属儿科医院", "上海市第一人民医院",
                 "四川大学华西医院", "北京协和医院", "广州市妇女儿童医疗中心", "北京安定医院",
                 "浙江大学医学院附属儿童医院", "深圳市儿童医院")
_ZH_SCHOOLS = ("人大附中", "北京四中", "上海中学", "华师大二附中", "深圳中学", "杭州二中", "南京外国语学校",
               "启明实验学校", "逸夫楼", "图书馆报告厅")
_ZH_DISTRICTS = ("天山区", "城关区", "新城区", "赛罕区", "西夏区", "盘龙区", "青秀区", "南明区", "城东区",
                 "沙依巴克区", "昆都仑区", "兴庆区")
_ZH_FIGURES = (("鲁迅", "《朝花夕拾》精读"), ("李白", "诗词赏析"), ("杜甫", "《春望》细读"), ("苏轼", "《赤壁赋》研读"),
               ("诸葛亮", "《出师表》背诵"), ("屈原", "与楚辞"), ("孙悟空", "人物形象分析"), ("林黛玉", "人物分析"),
               ("孔子", "《论语》选读"), ("王羲之", "《兰亭集序》临摹"), ("岳飞", "《满江红》赏析"),
               ("曹操", "《观沧海》"), ("贾宝玉", "与大观园"), ("花木兰", "《木兰诗》"))
_ZH_COMPANIES = ("王老吉", "李宁", "张小泉", "马应龙", "周大福", "陈李济", "谭木匠", "王致和", "李锦记")
_EN_FIGURES = (("Shakespeare", "'s Macbeth: Act I"), ("Isaac Newton", "'s Laws of Motion lab"),
               ("Marie Curie", " and radioactivity reading"), ("Charles Darwin", " natural selection project"),
               ("Abraham Lincoln", "'s Gettysburg Address close reading"),
               ("Sherlock Holmes", " mystery writing workshop"), ("Harry Potter", " book club week 3"),
               ("Leonardo da Vinci", " sketchbook art unit"), ("Albert Einstein", " relativity primer"),
               ("Jane Austen", "'s Pride and Prejudice seminar"), ("Confucius", " Analects in translation"),
               ("Ada Lovelace", " and the first algorithm"))
_EN_PLACES = ("Lincoln Middle School", "Roosevelt High School", "Washington Elementary", "Kennedy Academy",
              "Jefferson Hall", "Pudong Campus", "St Mary's Hospital", "Central Park", "Kings Cross",
              "Baker Street", "Hyde Park", "the Science Museum")
_EN_COMPANIES = (("Dell", "Chromebook 3110 x30"), ("Hewlett-Packard", "LaserJet toner x12"),
                 ("Disney", "Frozen costume set x24"), ("Kellogg's", "cereal cases x40"),
                 ("Cadbury", "Dairy Milk x200"), ("Ford", "Transit shuttle spare parts"),
                 ("Casio", "fx-991CN X calculators x60"), ("Johnson & Johnson", "first-aid kits x15"))

_UAS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 "
    "MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "QimingParent/5.12.0 (iPhone; iOS 17.5; Scale/3.00)",
    "okhttp/4.12.0",
)


# --------------------------------------------------------------------------- check helpers
def _luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_digit(body):
    for d in "0123456789":
        if _luhn_ok(body + d):
            return d
    raise AssertionError("unreachable")


def _mod97(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def _gb11643(body17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, _GB11643_W)) % 11]


def _phone_valid(s, region):
    try:
        num = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


def _is_cjk(ch):
    return "\u3400" <= ch <= "\u9fff"


# --------------------------------------------------------------------------- generator
class _Gen:
    """All value generators; every random choice goes through self.r."""

    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in _LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.dt = _BASE

    def new_record(self):
        self.dt = _BASE + timedelta(seconds=self.r.randrange(86400), microseconds=self.r.randrange(1000000))

    # ---- primitives
    def pick(self, seq):
        return self.r.choice(seq)

    def dig(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def dnz(self, n):
        return self.r.choice("123456789") + self.dig(n - 1)

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.chars(_ALNUM, n)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(self.rbytes(nbytes)).rstrip(b"=").decode()

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def ms(self):
        return f"{self.dt.microsecond // 1000:03d}"

    # ---- time (all on 2026-12-06, local +08:00)
    def t_log(self, sep="."):
        return self.dt.strftime("%Y-%m-%d %H:%M:%S") + sep + self.ms()

    def t_sec(self):
        return self.dt.strftime("%Y-%m-%d %H:%M:%S")

    def t_iso(self):
        return self.dt.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"

    def t_utc(self, ms=True):
        u = self.dt.astimezone(timezone.utc)
        return u.strftime("%Y-%m-%dT%H:%M:%S") + (f".{u.microsecond // 1000:03d}" if ms else "") + "Z"

    def t_clf(self, utc=False):
        d = self.dt.astimezone(timezone.utc) if utc else self.dt
        return d.strftime("%d/%b/%Y:%H:%M:%S ") + ("+0000" if utc else "+0800")

    def t_sys(self):
        return self.dt.strftime("%b ") + f"{self.dt.day:>2} " + self.dt.strftime("%H:%M:%S")

    def t_slash(self):
        return self.dt.strftime("%Y/%m/%d %H:%M:%S")

    def epoch(self):
        return calendar.timegm(self.dt.astimezone(timezone.utc).timetuple())

    def epoch_ms(self):
        return self.epoch() * 1000 + self.dt.microsecond // 1000

    # ---- people
    def zh_surname(self):
        x = self.r.random()
        if x < 0.12:
            return self.pick(_CN_COMPOUND)
        if x < 0.24:
            return self.pick(_CN_RARE)
        return self.fk["zh_CN"].last_name()

    def zh_given(self):
        if self.r.random() < 0.6:
            return self.fk["zh_CN"].first_name()
        return "".join(self.pick(_CN_GIVEN) for _ in range(self.pick((1, 2, 2))))

    def minority(self):
        x = self.r.random()
        if x < 0.4:
            return self.pick(_UY_GIVEN) + "·" + self.pick(_UY_FATHER)
        if x < 0.65:
            a, b = self.r.sample(_TIB, 2)
            return a + b
        if x < 0.85:
            return self.pick(_MONGOL)
        return self.pick(_YI)

    def zh_name(self):
        x = self.r.random()
        if x < 0.08:
            return self.minority()
        if x < 0.18:
            f = self.fk["zh_TW"]
            return f.last_name() + f.first_name()
        return self.zh_surname() + self.zh_given()

    def en_loc(self):
        return self.r.choices(_EN_LOCS, _EN_W)[0]

    def en_first(self, loc=None):
        return self.fk[loc or self.en_loc()].first_name()

    def en_last(self, loc=None):
        return self.fk[loc or self.en_loc()].last_name()

    def en_name(self, loc=None):
        loc = loc or self.en_loc()
        return self.fk[loc].first_name() + " " + self.fk[loc].last_name()

    def pinyin_name(self):
        """A Chinese person's name as printed in English systems: 'Jing Chen'."""
        return self.pick(_PY_GIV).capitalize() + " " + self.pick(_PY_SUR).capitalize()

    def title_surname(self):
        """A surname used after Mr./Ms./Dr. in English lines (English or pinyin)."""
        if self.r.random() < 0.3:
            return self.pick(_PY_SUR).capitalize()
        return self.en_last()

    @staticmethod
    def asc(s):
        return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower())

    def login(self):
        r = self.r
        while True:
            if r.random() < 0.45:
                sur, giv = self.pick(_PY_SUR), self.pick(_PY_GIV)
                y = r.random()
                if y < 0.45:
                    s = f"{sur}.{giv}"
                elif y < 0.8:
                    s = f"{sur}{giv}{r.randint(1, 99):02d}"
                else:
                    s = f"{giv[0]}{sur}"
            else:
                loc = self.pick(("en_US", "en_GB", "en_AU", "en_IN"))
                f, l = self.asc(self.fk[loc].first_name()), self.asc(self.fk[loc].last_name())
                if not f or not l:
                    continue
                y = r.random()
                s = f[0] + l if y < 0.5 else (f"{f}.{l}" if y < 0.8 else f"{f[0]}.{l}")
            if len(s) >= 4 and s not in _SYSTEM_ACCOUNTS:
                return s

    # ---- email
    def email_cn(self):
        x = self.r.random()
        if x < 0.3:
            return f"{self.r.randint(10000, 3999999999)}@qq.com"
        if x < 0.65:
            local = self.pick(_PY_SUR) + self.pick(_PY_GIV) + self.dig(self.r.randint(0, 4))
        else:
            local = self.login()
        return local + "@" + self.pick(_CN_MAIL)

    def email_intl(self, first=None, last=None):
        if first is None:
            loc = self.en_loc()
            first, last = self.fk[loc].first_name(), self.fk[loc].last_name()
        f, l = self.asc(first) or "x", self.asc(last) or "y"
        local = self.pick((f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{self.dig(2)}", f"{l}.{f}",
                           f"{f}_{l}", f"{f}{self.dig(4)}"))
        return local + "@" + self.pick(_INTL_MAIL)

    def email_staff(self):
        return self.login() + "@" + self.pick(_STAFF_DOMAINS)

    def role_mail(self):
        return self.pick(_ROLE_LOCALS) + "@" + self.pick(_GROUP_DOMAINS)

    # ---- phones
    def cn_mobile_digits(self):
        while True:
            s = self.pick(_CN_MOB) + self.dig(8)
            if _phone_valid(s, "CN"):
                return s

    def cn_mobile(self, style=None):
        s = self.cn_mobile_digits()
        style = style or self.pick(("plain", "plain", "plain", "dash", "space", "p86sp", "p86", "p86dash",
                                    "0086", "paren86"))
        a, b, c = s[:3], s[3:7], s[7:]
        return {"plain": s, "dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "p86sp": f"+86 {a} {b} {c}",
                "p86": "+86" + s, "p86dash": f"+86-{a}-{b}-{c}", "0086": self.pick(("0086", "0086 ")) + s,
                "paren86": "(+86)" + s}[style]

    def cn_landline(self, style=None):
        while True:
            area = self.pick(_CN_LAND)
            n = 8 if len(area) == 2 or self.r.random() < 0.8 else 7
            local = self.pick("2345678") + self.dig(n - 1)
            if _phone_valid("0" + area + local, "CN"):
                break
        style = style or self.pick(("dash", "dash", "paren", "parensp", "space", "intl", "intldash", "plain"))
        h = len(local) - 4
        return {"dash": f"0{area}-{local}", "paren": f"(0{area}){local}",
                "parensp": f"(0{area}) {local[:h]} {local[h:]}", "space": f"0{area} {local[:h]} {local[h:]}",
                "intl": f"+86 {area} {local[:h]} {local[h:]}", "intldash": f"+86-{area}-{local}",
                "plain": f"0{area}{local}"}[style]

    def intl_phone(self, region=None, fmt=None):
        region = region or self.pick(_PHONE_REGIONS)
        ex = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE) or \
            phonenumbers.example_number(region)
        nn, cc = str(ex.national_number), ex.country_code
        num = ex
        for _ in range(200):
            k = min(self.r.randint(3, 5), len(nn) - 2)
            cand = phonenumbers.parse("+%d%s" % (cc, nn[:-k] + self.dig(k)))
            if phonenumbers.is_valid_number(cand):
                num = cand
                break
        fmt = fmt or self.pick(("e164", "intl", "intl"))
        f = {"e164": PhoneNumberFormat.E164, "intl": PhoneNumberFormat.INTERNATIONAL,
             "national": PhoneNumberFormat.NATIONAL}[fmt]
        return phonenumbers.format_number(num, f)

    # ---- cards / banks / ids
    def card_digits(self, brand=None):
        brand = brand or self.pick(("visa", "visa", "mc", "mc", "amex", "unionpay", "unionpay"))
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = self.pick((str(self.r.randint(51, 55)), str(self.r.randint(2221, 2720)))), 16
        elif brand == "amex":
            pre, n = self.pick(("34", "37")), 15
        else:
            pre = self.pick(("622202", "622848", "621700", "622588", "625807", "623058", "621483", "622260"))
            n = self.pick((16, 19, 19))
        body = pre + self.dig(n - len(pre) - 1)
        return body + _luhn_digit(body)

    def card(self, brand=None, style=None):
        s = self.card_digits(brand)
        style = style or self.pick(("plain", "plain", "space", "dash"))
        if style == "plain":
            return s
        groups = [s[:4], s[4:10], s[10:]] if len(s) == 15 else [s[i:i + 4] for i in range(0, len(s), 4)]
        return (" " if style == "space" else "-").join(groups)

    def luhn_id(self, n=16):
        body = self.dnz(n - 1)
        return body + _luhn_digit(body)

    def iban(self, cc=None, spaced=None):
        cc = cc or self.pick(tuple(_IBAN_SPEC))
        parts = []
        for cls, k in _IBAN_SPEC[cc][1]:
            if cls == "n":
                parts.append(self.dig(k))
            elif cls == "a":
                parts.append(self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", k))
            elif cls == "b":
                parts.append(self.pick(_IBAN_BANKS[cc]))
            else:
                parts.append(self.chars(_UPNUM, k))
        bban = "".join(parts)
        s = cc + f"{98 - _mod97(bban + cc + '00'):02d}" + bban
        if spaced is None:
            spaced = self.r.random() < 0.4
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s

    def bic(self, iban):
        c = iban.replace(" ", "")
        bank = c[4:8] if c[:2] in _IBAN_BANKS else self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4)
        return bank + c[:2] + self.chars(_UPNUM, 2) + self.pick(("", "XXX"))

    def cn_id(self, y0=1968, y1=1996):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, calendar.monthrange(y, m)[1])
        body = f"{self.pick(_CN_AREAS)}{y:04d}{m:02d}{d:02d}{self.r.randint(1, 999):03d}"
        return body + _gb11643(body)

    def ssn(self, dashed=True):
        area = self.r.randint(1, 898)
        if area >= 666:
            area += 1
        s = f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"
        return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s

    def passport(self, country):
        r, d = self.r, self.dig
        if country == "CN":
            return self.pick(("E" + d(8), "E" + self.pick(_PL_LET) + d(7), "G" + d(8)))
        if country == "USA":
            return self.pick((self.pick("56") + d(8), self.pick("ACEFH") + d(8)))
        if country in ("GBR", "IRL"):
            return self.pick("12345") + d(8)
        if country == "CAN":
            return self.chars("ABCGHJKLMNPRSTW", 2) + d(6)
        if country in ("AUS",):
            return self.pick(("PA", "PB", "N", "E", "M")) + d(7)
        if country == "NZL":
            return self.chars("ABCDEFGHJKLMN", 2) + d(6)
        if country == "IND":
            return self.pick("JKLMNPRSTUVWZ") + d(7)
        if country == "DEU":
            body = [c for c in d(6) + self.chars("CFGHJKLMNPRTVWXYZ", 2)]
            r.shuffle(body)
            return "C" + "".join(body)
        if country == "FRA":
            return d(2) + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(5)
        if country == "ESP":
            return self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + d(6)
        if country == "MEX":
            return "G" + d(8)
        if country == "KOR":
            return "M" + d(8)
        if country == "JPN":
            return self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + d(7)
        return "A" + d(8)

    def cn_plate(self, sep=None):
        prov = self.pick(_CN_PROV)
        city = self.pick("ABCDEFGHAABBC")
        if self.r.random() < 0.3:
            tail = self.pick("DF") + self.pick(_PL_LET + "0123456789") + self.dig(4)
        else:
            pos = self.r.sample(range(5), self.pick((0, 0, 1, 1, 2)))
            tail = "".join(self.pick(_PL_LET) if i in pos else self.pick("0123456789") for i in range(5))
        if sep is None:
            sep = self.pick(("", "", "·", " "))
        return prov + city + sep + tail

    def uk_plate(self):
        age = self.pick(tuple(range(51, 77)) + tuple(range(1, 27)))
        return self.chars("ABCDEFGHJKLMNOPRSTUVWXY", 2) + f"{age:02d} " + self.chars("ABCDEFGHJKLMNOPRSTUVWXYZ", 3)

    def us_plate(self):
        if self.r.random() < 0.5:
            return self.pick("123456789") + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + self.dig(3)
        return self.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + "-" + self.dig(4)

    # ---- network
    def client_ip(self, intl=False):
        r = self.r
        firsts = (24, 50, 66, 67, 68, 71, 73, 76, 81, 82, 86, 90, 92, 98, 99, 109, 151, 173, 174, 176, 185, 188) \
            if intl else (36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118,
                          119, 120, 122, 123, 124, 125, 171, 175, 180, 182, 183, 202, 211, 218, 219, 220, 221,
                          222, 223)
        return f"{self.pick(firsts)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ws_ip(self):
        return f"192.168.{self.r.randint(1, 60)}.{self.r.randint(2, 254)}"

    def client_ip6(self):
        pre = self.pick((0x240E, 0x2408, 0x2409, 0x2A01, 0x2A02, 0x2600, 0x2605, 0x2001))
        val = (pre << 112) | self.r.getrandbits(112)
        if self.r.random() < 0.3:
            val &= ~((1 << 48) - 1)
            val |= self.r.getrandbits(16)
        return str(ipaddress.IPv6Address(val))

    def server_ip(self):
        r = self.r
        x = r.random()
        if x < 0.45:
            return f"10.{r.randint(0, 63)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if x < 0.75:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if x < 0.85:
            return f"192.168.{r.randint(100, 250)}.{r.randint(2, 254)}"
        return f"{self.pick((47, 43, 52, 54, 81, 139))}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"

    def port_eph(self):
        return str(self.r.randint(32768, 65535))

    def mac(self):
        return ":".join(self.hexs(2) for _ in range(6))

    def ua(self):
        return self.pick(_UAS)

    # ---- decoy-ish identifiers
    def order_no(self, prefix="QM"):
        return prefix + self.dt.strftime("%Y%m%d") + self.dig(self.r.randint(6, 9))

    def order11(self):
        return "1" + self.pick("3456789") + self.dig(9)

    def version(self):
        return self.pick(("v", "", "v")) + f"{self.r.randint(1, 6)}.{self.r.randint(0, 24)}.{self.r.randint(0, 30)}"

    def class_id(self):
        return self.pick((f"C{self.r.randint(2019, 2026)}{self.dig(4)}", f"CLS-{self.dig(6)}",
                          f"G{self.r.randint(1, 12)}-{self.r.randint(1, 12):02d}"))

    def student_no(self):
        return f"{self.r.randint(2015, 2026)}{self.dig(4)}"

    def course_id(self):
        return self.pick((f"CR{self.r.randint(2024, 2026)}-{self.dig(4)}",
                          f"{self.pick(('MATH', 'SCI', 'ENG', 'LIT', 'PHY', 'CS'))}-{self.r.randint(1, 12)}-"
                          f"{self.dig(3)}", f"G{self.r.randint(1, 12)}-{self.pick(('SCI', 'MAT', 'ENG'))}-"
                                            f"{self.dig(3)}"))

    def meeting_id(self):
        return self.pick("89") + self.dig(10)

    # ---- credentials
    def cred(self, kind="pwd"):
        r = self.r
        if kind == "pwd":
            x = r.random()
            if x < 0.3:
                return self.pick(("Qiming", "Summer", "Welcome", "Teacher", "Jxt", "Edu", "Parent", "Math",
                                  "Spring", "Winter", "Class", "Tutor", "Panda", "Dragon")) + \
                    self.pick(("@", "#", "_", "", ".")) + str(r.randint(2015, 2027)) + self.pick(("!", "", "#", "*"))
            if x < 0.55:
                return self.pick(_PY_SUR) + self.pick(_PY_GIV) + self.dig(r.randint(3, 6))
            if x < 0.8:
                return self.chars(_ALNUM + "!#$*-_.", r.randint(10, 18))
            return self.pick(("P@ssw0rd", "Abc@", "Qwe!", "Admin#", "Zx", "Aa")) + self.dig(r.randint(4, 7))
        if kind == "akia":
            return self.pick(("AKIA", "AKIA", "ASIA")) + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        if kind == "aws_secret":
            return self.chars(_B64, 40)
        if kind == "sk_live":
            return self.pick(("sk_live_", "rk_live_", "sk_live_51")) + self.alnum(self.pick((24, 32, 96)))
        if kind == "jwt":
            hdr = base64.urlsafe_b64encode(json.dumps(
                {"alg": self.pick(("HS256", "RS256")), "typ": "JWT"}, separators=(",", ":")).encode()
            ).rstrip(b"=").decode()
            body = {"sub": str(r.randint(100000, 9999999)), "role": self.pick(("parent", "student", "teacher")),
                    "iat": self.epoch(), "exp": self.epoch() + self.pick((3600, 7200, 86400))}
            pl = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).rstrip(b"=").decode()
            return f"{hdr}.{pl}.{self.b64u(self.pick((32, 64)))}"
        if kind == "phpsess":
            return self.chars("abcdefghijklmnopqrstuv0123456789", 26)
        if kind == "jsess":
            return self.hexs(32, upper=True)
        if kind == "moodle":
            return self.chars(_LOWNUM, 26)
        if kind == "ltai":
            return "LTAI5t" + self.alnum(18)
        if kind == "ali_secret":
            return self.alnum(30)
        if kind == "akid":
            return "AKID" + self.alnum(32)
        if kind == "tc_secret":
            return self.alnum(32)
        if kind == "wx_token":
            return f"{r.randint(70, 89)}_" + self.chars(_B64U, 136)
        if kind == "agora":
            return "006" + self.hexs(32) + self.b64(r.randint(70, 100)).rstrip("=")
        if kind == "bearer":
            return self.alnum(self.pick((32, 40, 48)))
        if kind == "reset":
            return self.b64u(self.pick((24, 32)))
        if kind == "slack":
            return self.alnum(24)
        if kind == "hex32":
            return self.hexs(32)
        raise ValueError(kind)

    def pkey_body(self):
        if self.r.random() < 0.5:
            head, lines = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 2
        else:
            head, lines = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", self.r.randint(3, 6)
        raw = head + self.chars(_B64, 64 * lines - len(head) + self.r.randint(0, 40))
        return "\\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


# --------------------------------------------------------------------------- templates
_TEMPLATES = []  # (function, language, system)


def _tpl(lang, system):
    def deco(fn):
        _TEMPLATES.append((fn, lang, system))
        return fn
    return deco


# ======================= Chinese lines =======================

@_tpl("zh", "家校通 notice service, Spring Boot logback")
def _z_jxt_notice(g):
    sur = g.zh_surname()
    stu, par = sur + g.zh_given(), sur + g.zh_given()
    return [g.t_log(), "  INFO ", str(g.r.randint(1, 9999)), " --- [notify-exec-", str(g.r.randint(1, 8)),
            "] c.q.jxt.service.NoticeService          : 推送家长通知 studentName=", S(stu, P),
            " parentName=", S(par, P), " parentPhone=", S(g.cn_mobile("plain"), PH),
            " classId=", D(g.class_id(), "class_id"), " channel=WX_TEMPLATE result=OK cost=",
            f"{g.r.randint(12, 480)}ms"]


@_tpl("zh", "attendance gate terminal, bracketed text")
def _z_gate(g):
    return [f"[GATE-{g.r.randint(1, 12):02d}][{g.t_sec()}] 人脸识别通过 姓名:", S(g.zh_name(), P),
            " 学号:", D(g.student_no(), "student_id"), " 卡号:", D(g.dnz(10), "campus_card_id"),
            f" 体温:{g.pick(('36.3', '36.5', '36.6', '36.8'))}℃ 方向:{g.pick(('入校', '离校'))} 设备:DS-K1T671MF"]


@_tpl("zh", "Hikvision ISAPI AccessControllerEvent JSON push")
def _z_isapi(g):
    return ['{"ipAddress":"', D(g.server_ip(), "server_ip"), '","portNo":80,"protocol":"HTTP","macAddress":"',
            g.mac(), '","channelID":1,"dateTime":"', g.t_iso(),
            '","activePostCount":1,"eventType":"AccessControllerEvent","eventState":"active",'
            '"eventDescription":"Access Controller Event","AccessControllerEvent":{"deviceName":"',
            g.pick(("东门闸机", "南门通道2", "北门人脸机", "宿舍楼闸机")),
            '","majorEventType":5,"subEventType":75,"name":"', S(g.zh_name(), P, jse),
            '","cardReaderNo":1,"employeeNoString":"', D(g.student_no(), "student_id"), '","serialNo":',
            str(g.r.randint(1000, 99999)),
            ',"userType":"normal","currentVerifyMode":"cardOrFace","mask":"', g.pick(("no", "yes")), '"}}']


@_tpl("zh", "school-gate ANPR for parent cars")
def _z_anpr(g):
    mp = g.cn_mobile_digits()
    return [g.t_log(), f" [anpr-{g.pick(('east', 'west', 'north'))}] {g.pick(('东门', '西门', '地下车库'))}入口 识别车牌 ",
            S(g.cn_plate(), LP), f" 置信度{g.r.uniform(0.85, 0.99):.2f} 匹配家长车辆白名单 车主 ",
            S(g.zh_surname(), P), g.pick(("先生", "女士")), " 登记手机 ", D(mp[:3] + "****" + mp[-4:], "masked"),
            f" 放行 抬杆耗时{g.r.randint(200, 900)}ms"]


@_tpl("zh", "WeChat Pay v3 notify, decrypted resource (Java)")
def _z_wxpay(g):
    total = g.pick((99900, 199900, 299900, 399900, 459900, 128000, 680000))
    return [g.t_log(), " INFO [pay-notify-", str(g.r.randint(1, 16)),
            '] c.q.pay.WxPayNotifyController - 微信支付回调解密成功: {"mchid":"16', g.dig(8), '","appid":"wx',
            g.hexs(16), '","out_trade_no":"', D(g.order_no("QM"), "order_id"), '","transaction_id":"',
            D("42000" + g.dig(23), "transaction_id"),
            '","trade_type":"JSAPI","trade_state":"SUCCESS","trade_state_desc":"支付成功","bank_type":"',
            g.pick(("CMB_DEBIT", "ICBC_CREDIT", "OTHERS", "CCB_DEBIT")), '","attach":"{\\"student\\":\\"',
            S(g.zh_name(), P), '\\",\\"mobile\\":\\"', S(g.cn_mobile_digits(), PH), '\\",\\"course\\":\\"',
            g.pick(("寒假数学培优", "春季英语阅读", "少儿编程L2", "初三物理冲刺")), '\\"}","success_time":"', g.t_iso(),
            '","payer":{"openid":"o', g.b64u(21)[:27], '"},"amount":{"total":', D(str(total), "amount"),
            ',"payer_total":', str(total), ',"currency":"CNY","payer_currency":"CNY"}}']


@_tpl("zh", "Alipay async notify, raw form body")
def _z_alipay(g):
    amt = g.pick(("2980.00", "1580.00", "3699.00", "899.00", "4280.00"))
    mp = g.cn_mobile_digits()
    return [g.t_sec(), " [alipay-notify] verify=true raw=gmt_create=", pctp(g.t_sec()),
            "&charset=utf-8&seller_email=", D(pct(g.role_mail()), "role_mailbox"), "&subject=",
            pct(g.pick(("寒假数学培优班", "春季英语阅读课", "编程启蒙一期", "初三物理冲刺"))), "&body=", pct("学员:"),
            S(g.zh_name(), P, pct), "&buyer_id=2088", g.dig(12), "&invoice_amount=", amt, "&notify_id=",
            g.dt.strftime("%Y%m%d") + g.hexs(24), "&fund_bill_list=",
            pct('[{"amount":"' + amt + '","fundChannel":"ALIPAYACCOUNT"}]'),
            "&notify_type=trade_status_sync&out_trade_no=", D(g.order_no("QM"), "order_id"),
            "&total_amount=", amt, "&trade_status=TRADE_SUCCESS&trade_no=",
            g.dt.strftime("%Y%m%d") + "22001" + g.dig(14), "&buyer_logon_id=",
            D(pct(mp[:3] + "****" + mp[-4:]), "masked"), "&sign_type=RSA2&version=1.0"]


@_tpl("zh", "refund callback, UnionPay card")
def _z_refund_card(g):
    return [f"[refund-callback] {g.t_sec()} 退款成功 out_refund_no=",
            D("RF" + g.dt.strftime("%Y%m%d") + g.dig(5), "refund_id"), " refund_fee=",
            D(g.pick(("1500.00", "880.00", "2380.00", "450.00", "3200.00")), "amount"), " 原路退回 家长=",
            S(g.zh_surname(), P), g.pick(("女士", "先生")), " 银行卡=",
            S(g.card("unionpay", g.pick(("space", "plain"))), CC), " 预计1-3个工作日到账"]


@_tpl("zh", "Aliyun SMS SendSms debug (Java SDK)")
def _z_aliyun_sms(g):
    return [g.t_log(), " DEBUG [sms-sender-", str(g.r.randint(1, 4)),
            "] c.q.msg.AliyunSmsClient - SendSms request: PhoneNumbers=", S(g.cn_mobile("plain"), PH),
            ", SignName=启明教育, TemplateCode=", D("SMS_" + g.dnz(9), "template_id"),
            ', TemplateParam={"code":"', D(g.dig(6), "pickup_code"), '"}; response: {"Message":"OK","RequestId":"',
            D(g.uuid4().upper(), "request_id"), '","Code":"OK","BizId":"', g.dnz(18), '^0"}']


@_tpl("zh", "Tencent Cloud SMS, Python SDK (ensure_ascii JSON)")
def _z_tencent_sms(g):
    cls = g.pick(("初二(3)班", "高一(5)班", "五年级2班", "初一(7)班", "三年级4班"))
    return ["[", g.t_log(","), '] INFO tencentcloud.sms: SendSms req={"PhoneNumberSet": ["',
            S("+86" + g.cn_mobile_digits(), PH), '", "', S("+86" + g.cn_mobile_digits(), PH),
            '"], "SmsSdkAppId": "1400', g.dig(6), '", "SignName": "', jsu("启明教育"), '", "TemplateId": "',
            D(g.dnz(7), "template_id"), '", "TemplateParamSet": ["', S(g.zh_name(), P, jsu), '", "', jsu(cls),
            '", "', f"2026-12-{g.r.randint(7, 20):02d} 19:00", '"]}']


@_tpl("zh", "WeChat official-account template message send")
def _z_wx_tmpl(g):
    stu = g.zh_name()
    return [g.t_sec(), " [wx-tmpl] POST https://api.weixin.qq.com/cgi-bin/message/template/send?access_token=",
            S(g.cred("wx_token"), CR), ' body={"touser":"o', g.b64u(21)[:27], '","template_id":"',
            D(g.b64u(32)[:43], "template_id"), '","url":"https://jxt.qiming-edu.cn/notice/', g.dig(5),
            '","data":{"first":{"value":"', S(stu, P), "家长您好，您的孩子今日已", g.pick(("离校", "到校")),
            '"},"keyword1":{"value":"', S(stu, P), '"},"keyword2":{"value":"', g.dt.strftime("%H:%M"),
            '"},"remark":{"value":"如有疑问请联系班主任', S(g.zh_surname(), P), '老师"}}} errcode=0']


@_tpl("zh", "WeCom (企业微信) group-robot markdown alert")
def _z_wecom_bot(g):
    return [g.t_sec(), " [alert-bot] POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=",
            S(g.uuid4(), CR), ' payload={"msgtype":"markdown","markdown":{"content":"**<font color=\\"warning\\">'
            '[P1] 直播课推流中断</font>**\\n>课程：', g.pick(("初三物理 第12讲", "高二数学 导数专题", "四年级英语 Unit 5")),
            "\\n>主讲：", S(g.zh_name(), P), "\\n>推流节点：", D(g.server_ip(), "server_ip"), "\\n>值班运维：<@",
            S(g.login(), P), '>"}}']


@_tpl("zh", "DingTalk robot alert")
def _z_dingtalk(g):
    return [g.t_log(), " WARN [alarm] DingTalkRobot send url=https://oapi.dingtalk.com/robot/send?access_token=",
            S(g.hexs(64), CR), "&timestamp=", D(str(g.epoch_ms()), "epoch_timestamp"),
            ' body={"msgtype":"text","text":{"content":"【告警】教务系统数据库连接池耗尽 实例 ',
            D(g.server_ip(), "server_ip"), ":3306 负责人 ", S(g.zh_name(), P), ' 请尽快处理"},"at":{"atMobiles":["',
            S(g.cn_mobile_digits(), PH), '"],"isAtAll":false}}']


@_tpl("zh", "家校通 leave approval by class adviser")
def _z_leave(g):
    sur = g.zh_surname()
    d1 = g.r.randint(7, 20)
    return ["[家校通][请假审批] ", g.t_sec(), " 班主任 ", S(g.zh_name(), P), " 审批通过 学生 ", S(sur + g.zh_given(), P),
            " ", g.pick(("病假", "事假")), f" 2026-12-{d1:02d} 至 2026-12-{d1 + 1:02d} 家长 ", S(sur, P),
            g.pick(("先生", "女士")), " 联系电话 ", S(g.cn_landline(), PH)]


@_tpl("zh", "customer-service ticket, pipe separated")
def _z_cs_ticket(g):
    return ["工单 ", D(f"CS-{g.dt:%Y%m%d}-{g.dig(4)}", "case_number"), " | 客服 ", S(g.zh_name(), P), "(工号 ",
            D("QM" + g.dig(5), "employee_id"), ") | 来电 ", S(g.cn_mobile("space"), PH), " | 家长 ",
            S(g.zh_surname(), P), g.pick(("女士", "先生")), " 反映 ", D(g.pick(_ZH_PLACES), "place"), " 校区",
            g.pick(("直播课无法回放", "退费进度查询", "孩子账号被锁定", "课时扣费有误")), " | 状态 已转技术"]


@_tpl("zh", "ops audit: ansible deploy by on-call")
def _z_ops_deploy(g):
    return ["[ops-audit] ", g.t_sec(), " 值班人员 ", S(g.zh_name(), P), " 执行 ansible-playbook ",
            g.pick(("deploy-live.yml", "deploy-jxt.yml", "rollback-pay.yml")), " --limit ",
            D(g.server_ip(), "server_ip"), " 版本 ", D(g.version(), "version"), " 提交 ",
            D(g.hexs(7), "commit_hash"), f" 结果 ok={g.r.randint(8, 30)} changed={g.r.randint(0, 6)} failed=0"]


@_tpl("zh", "student-registry (学籍) import row")
def _z_xueji(g):
    sur = g.zh_surname()
    idn = g.cn_id(2009, 2019)
    return ["[学籍导入] 批次 ", g.dt.strftime("%Y%m%d") + g.dig(3), " 第", str(g.r.randint(2, 480)), "行 姓名=",
            S(sur + g.zh_given(), P), " 身份证号=", S(idn, CID), " 性别=", "男" if int(idn[16]) % 2 else "女",
            f" 出生日期={idn[6:10]}-{idn[10:12]}-{idn[12:14]} 监护人=", S(sur + g.zh_given(), P), " 监护人手机=",
            S(g.cn_mobile("plain"), PH), " 校验通过"]


@_tpl("zh", "school infirmary (校医室) note")
def _z_infirmary(g):
    sur = g.zh_surname()
    return ["[校医室] ", g.dt.strftime("%Y-%m-%d %H:%M"), " 学生 ", S(sur + g.zh_given(), P),
            f" 体温 {g.pick(('37.9', '38.2', '38.5', '39.0'))}℃ 已电话通知家长 ", S(sur, P), g.pick(("女士", "先生")),
            "(", S(g.cn_mobile(g.pick(("space", "plain", "dash"))), PH), ") 建议前往 ",
            D(g.pick(_ZH_HOSPITALS), "place"), " 就诊"]


@_tpl("zh", "school-bus GPS arrival")
def _z_bus(g):
    return ["[校车GPS] ", g.t_sec(), f" 线路 {g.r.randint(1, 9)}号线 车辆 ", S(g.cn_plate(), LP), " 司机 ",
            S(g.zh_surname(), P), "师傅 跟车老师 ", S(g.zh_name(), P), " 到达 ", D(g.pick(_ZH_PLACES), "place"),
            f" 站 上车 {g.r.randint(3, 40)} 人 速度 0km/h"]


@_tpl("zh", "cross-border refund to a foreign bank account")
def _z_intl_refund(g):
    loc = g.pick(("en_GB", "en_US", "en_AU", "de_DE", "fr_FR", "es_ES"))
    cc = {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES"}.get(loc) or g.pick(("GB", "IE", "NL"))
    iban = g.iban(cc)
    cur = "GBP" if cc == "GB" else "EUR"
    return ["[跨境退费] ", g.t_sec(), " 家长 ", S(g.en_name(loc), P), " 申请退费 收款账户 ", S(iban, IB),
            " SWIFT ", D(g.bic(iban), "swift_code"), f" 币种 {cur} 金额 ",
            D(g.pick(("1,250.00", "860.00", "2,400.00", "395.50")), "amount"), " 审核人 ", S(g.zh_name(), P),
            " 状态 待财务复核"]


@_tpl("zh", "HR onboarding of a foreign teacher")
def _z_hr_foreign(g):
    nat, loc = g.pick((("GBR", "en_GB"), ("USA", "en_US"), ("CAN", "en_US"), ("AUS", "en_AU"), ("IRL", "en_GB"),
                       ("NZL", "en_AU"), ("DEU", "de_DE"), ("FRA", "fr_FR"), ("ESP", "es_ES"), ("IND", "en_IN")))
    return ["[HR系统] 外籍教师入职登记 姓名: ", S(g.en_name(loc), P), f" 国籍: {nat} 护照号: ", S(g.passport(nat), PP),
            f" 工作许可有效期至 {g.r.randint(2027, 2029)}-{g.r.randint(1, 12):02d}-28 工号 ",
            D("FT" + g.dig(7), "employee_id"), " 经办人 ", S(g.zh_name(), P)]


@_tpl("zh", "study-tour (研学) order with passport and flight")
def _z_study_tour(g):
    return ["研学订单 ", D("ST" + g.dt.strftime("%Y%m%d") + g.dig(3), "order_id"), " 学生 ", S(g.zh_name(), P),
            " 护照 ", S(g.passport("CN"), PP), " 出发航班 ",
            D(g.pick(("CA", "MU", "CZ", "HU", "CX")) + str(g.r.randint(100, 999)), "flight_number"),
            f" 2027-01-{g.r.randint(10, 28)} ", g.pick(("北京首都-伦敦希思罗", "上海浦东-悉尼", "广州白云-新加坡樟宜")),
            " 领队老师 ", S(g.zh_name(), P), " 状态 已出票"]


@_tpl("zh", "security audit: account lockout")
def _z_lockout(g):
    return ["[安全审计] ", g.t_sec(), " 用户 ", S(g.login(), P), " 从 ", S(g.client_ip(), IP),
            " 连续登录失败 5 次，账号已锁定 30 分钟；告警已抄送管理员账号 ",
            D(g.pick(("admin", "root", "sysadmin", "jxt_admin", "secops")), "system_account")]


@_tpl("zh", "online-tutoring match log")
def _z_tutor_match(g):
    return [g.t_log(), " INFO [tutor-match] 学生手机 ", S(g.cn_mobile("p86sp"), PH), " 预约 ",
            g.pick(("数学 一对一", "英语口语 一对一", "物理 小班")), " 匹配老师 ", S(g.zh_name(), P), "(工号 ",
            D("T" + g.dig(4), "employee_id"), ") 房间号 ", D(g.dig(6), "room_id")]


@_tpl("zh", "live-class bullet-comment moderation")
def _z_danmaku(g):
    return ["[直播间 ", D(g.dig(7), "room_id"), "] ", g.t_sec(), " 弹幕审核拦截 用户 ", S(g.zh_name(), P),
            " 发送内容含手机号 ", S(g.cn_mobile(g.pick(("plain", "space"))), PH), " 已屏蔽 规则 R-PHONE-01"]


@_tpl("zh", "SMS verification-code issue")
def _z_captcha(g):
    return [g.t_log(), " INFO [captcha] 验证码下发 mobile=", S(g.cn_mobile(g.pick(("plain", "p86"))), PH),
            " code=", D(g.dig(g.pick((4, 6))), "pickup_code"), " ttl=300s channel=",
            g.pick(("aliyun", "tencent", "chuanglan")), " scene=parent_login ts=", D(str(g.epoch()), "epoch_timestamp")]


@_tpl("zh", "timetable (排课) -- no spans")
def _z_timetable(g):
    fig, work = g.pick(_ZH_FIGURES)
    return ["[教务排课] ", g.t_sec(), " 课程「", D(fig, "public_figure"), work, "」排课成功 上课地点 ",
            D(g.pick(_ZH_SCHOOLS), "place"), f" {g.pick('ABC')}{g.r.randint(101, 520)} 课程编号 ",
            D(g.course_id(), "course_id"), f" 周{g.pick('一二三四五')} 第{g.r.randint(1, 8)}节"]


@_tpl("zh", "canteen / logistics receiving -- no spans")
def _z_logistics(g):
    return ["[后勤采购] ", g.t_sec(), " 供应商 ", D(g.pick(_ZH_COMPANIES), "company"), " 到货 订单号 ",
            D(g.order11(), "order_id"), " 顺丰运单 ", D("SF" + g.dnz(13), "waybill"), " 签收人 食堂仓管 数量 ",
            str(g.r.randint(10, 300)), " 件"]


@_tpl("zh", "textbook shipping with postal address")
def _z_ship_books(g):
    return ["[教材寄送] 运单号 ", D(g.pick(("YT", "JT", "ZTO")) + g.dnz(13), "waybill"), " 收件人 ",
            S(g.zh_name(), P), " 电话 ", S(g.pick((g.cn_landline("dash"), g.cn_mobile())), PH), " 地址 ",
            g.fk["zh_CN"].address(), " 已揽收"]


@_tpl("zh", "quick-pay bank-card binding")
def _z_bind_card(g):
    return ["[快捷支付] ", g.t_sec(), " 家长 ", S(g.zh_name(), P), " 绑定银行卡 ",
            S(g.card(g.pick(("unionpay", "unionpay", "visa", "mc")), "space"), CC), " 身份证 ", S(g.cn_id(), CID),
            " 预留手机 ", S(g.cn_mobile("dash"), PH), " 绑卡成功 协议号 AGR", g.dig(12)]


@_tpl("zh", "home-visit (家访) record, minority names")
def _z_home_visit(g):
    return ["[家访记录] ", g.dt.strftime("%Y-%m-%d"), " 班主任 ", S(g.zh_surname(), P), "老师 家访 学生 ",
            S(g.minority(), P), f" (高{g.pick('一二三')}{g.r.randint(1, 9)}班) 所在 ",
            D(g.pick(_ZH_DISTRICTS), "place"), " 家长反馈良好"]


@_tpl("zh", "Feishu bot alert with image digest")
def _z_feishu(g):
    return ["[feishu-bot] 【P2】视频转码队列积压 ", str(g.r.randint(300, 5000)), " 条 负责人 @", S(g.zh_name(), P),
            " 镜像 registry.cn-hangzhou.aliyuncs.com/qm/transcoder:", D(g.version(), "version"), "@",
            D("sha256:" + g.hexs(64), "image_digest"), f" 已自动扩容至 {g.r.randint(4, 16)} 副本"]


@_tpl("zh", "Spring Boot startup args leaking DB password")
def _z_boot_args(g):
    return [g.t_log(), "  INFO 1 --- [           main] c.q.jxt.JxtApplication                   : 启动参数 "
            "--spring.datasource.url=jdbc:mysql://", D(g.server_ip(), "server_ip"), ":",
            D(g.pick(("3306", "3307", "13306")), "port"), "/edu_jxt?useSSL=false&characterEncoding=utf8 "
            "--spring.datasource.username=", D(g.pick(("jxt_app", "jxt_rw", "edu_svc", "svc-jxt")), "system_account"),
            " --spring.datasource.password=", S(g.cred("pwd"), CR)]


@_tpl("zh", "online customer-service visitor message")
def _z_cs_chat(g):
    return ["[在线客服][会话 ", D(g.uuid4(), "uuid"), "] 访客留言：我是", g.pick(("高三(2)班", "初一(4)班", "六年级1班")),
            S(g.zh_name(), P), "的", g.pick(("妈妈", "爸爸", "家长")), "，邮箱 ", S(g.email_cn(), EM), " 手机 ",
            S(g.cn_mobile(), PH), " 麻烦老师回电"]


@_tpl("zh", "report-card push to parent mailbox")
def _z_report_card(g):
    sur = g.zh_surname()
    return ["[成绩推送] ", g.t_sec(), " 期中成绩单已发送至 ", S(f"{g.r.randint(10000, 3999999999)}@qq.com", EM),
            " (家长 ", S(sur, P), g.pick(("先生", "女士")), ") 学生 ", S(sur + g.zh_given(), P),
            f" 总分 {g.r.randint(380, 720)} 班级排名 {g.r.randint(1, 50)}"]


@_tpl("zh", "visitor registration at the gate")
def _z_visitor(g):
    return ["访客登记 ", g.t_sec(), " 姓名:", S(g.zh_name(), P), " 证件:身份证 ", S(g.cn_id(), CID),
            " 事由:", g.pick(("接孩子", "家长会", "送物品")), " 被访人:", S(g.zh_name(), P), " 车牌:",
            S(g.cn_plate(""), LP), " 门岗:", g.pick(("北门", "南门", "东门"))]


@_tpl("zh", "study-tour train itinerary")
def _z_train(g):
    return ["[研学行程] ", g.dt.strftime("%Y-%m-%d"), " ",
            D(g.pick("GGDC") + str(g.r.randint(1, 2999)), "train_number"), " 次 ",
            g.pick(("北京南→上海虹桥", "广州南→长沙南", "杭州东→南京南", "成都东→西安北")),
            f" 12月{g.r.randint(15, 30)}日 08:00 发车 带队老师 ", S(g.zh_name(), P), " 手机 ",
            S(g.cn_mobile("p86dash"), PH), f" 学生 {g.r.randint(20, 60)} 人"]


@_tpl("zh", "refund approval workflow")
def _z_refund_approval(g):
    return ["[退费审批] 申请单 ", D(f"RF-{g.dt:%Y-%m%d}-{g.dig(3)}", "refund_id"), " 家长 ", S(g.zh_surname(), P),
            g.pick(("先生", "女士")), " 申请退课《", g.pick(("剑桥少儿英语", "思维数学", "科学实验营")), "》 退款 ",
            D(g.pick(("¥2,380.00", "¥980.00", "¥4,560.00", "¥1,200.00")), "amount"), " 审批人 运营主管 ",
            S(g.zh_name(), P), " 原因 ", g.pick(("时间冲突", "搬家", "课程不适合"))]


@_tpl("zh", "parent lecture with a chief physician")
def _z_parent_lecture(g):
    return ["[家长课堂] ", g.t_sec(), " 专题讲座《", g.pick(("青春期心理健康", "儿童近视防控", "考前焦虑疏导")),
            "》主讲 ", S(g.zh_name(), P), g.pick(("主任医师", "副主任医师", "教授")), "(",
            D(g.pick(_ZH_HOSPITALS), "place"), f") 报名家长 {g.r.randint(30, 400)} 人 直播间 ",
            D(g.dig(8), "room_id")]


@_tpl("zh", "parent-app login with IPv6")
def _z_app_login(g):
    return ["[家长端] ", g.t_sec(), f" uid={g.r.randint(100000, 999999)} 登录成功 手机号 ", S(g.cn_mobile("plain"), PH),
            " IP ", S(g.client_ip6(), IP), " 设备 ", g.pick(("iPhone15,3", "HUAWEI ALN-AL00", "Xiaomi 23127PN0CC")),
            " 版本 ", D(g.version(), "version")]


# ======================= English lines =======================

@_tpl("en", "nginx combined access, query with phone and e-mail")
def _e_nginx_query(g):
    return [S(g.client_ip(), IP), " - - [", g.t_clf(), '] "GET ',
            g.pick(("/api/v2/parent/profile", "/api/v2/parent/bind", "/jxt/h5/register")), "?phone=",
            S("+86" + g.cn_mobile_digits(), PH, pct), "&email=", S(g.email_cn(), EM, pct), "&from=",
            g.pick(("wx_menu", "sms_link", "qr")), ' HTTP/1.1" ', str(g.pick((200, 200, 302, 400))), " ",
            str(g.r.randint(120, 4000)), ' "https://m.qiming-edu.cn/parent/" "', g.ua(), '"']


@_tpl("en", "nginx custom log_format with remote_user and upstream")
def _e_nginx_upstream(g):
    rt = g.r.uniform(0.01, 0.9)
    return [S(g.client_ip(g.r.random() < 0.4), IP), " - ", S(g.login(), P), " [", g.t_clf(),
            '] "POST /login/index.php HTTP/2.0" 303 0 "https://lms.qiming-intl.org/login/" "', g.ua(), f'" rt={rt:.3f}',
            f' uct="0.001" uht="{rt - 0.002:.3f}" urt="{rt - 0.001:.3f}" upstream=', D(g.server_ip(), "server_ip"), ":",
            D(g.pick(("8080", "9000", "8443")), "port")]


@_tpl("en", "nginx error log, upstream timeout with token in URL")
def _e_nginx_error(g):
    tok, room, pid = g.cred("jwt"), g.dig(7), str(g.r.randint(1000, 9999))
    return [g.t_slash(), " [error] ", pid, "#", pid, ": *", str(g.r.randint(10000, 9999999)),
            " upstream timed out (110: Connection timed out) while reading response header from upstream, client: ",
            S(g.client_ip(), IP), ', server: live.qiming-edu.com, request: "GET /room/', room, "/join?token=",
            S(tok, CR), ' HTTP/1.1", upstream: "http://', D(g.server_ip(), "server_ip"), ":", D("9000", "port"),
            "/room/", room, "/join?token=", S(tok, CR), '", host: "live.qiming-edu.com"']


@_tpl("en", "Zoom webhook meeting.participant_joined")
def _e_zoom(g):
    loc = g.en_loc()
    f, l = g.en_first(loc), g.en_last(loc)
    return ['{"event":"meeting.participant_joined","event_ts":', D(str(g.epoch_ms()), "epoch_timestamp"),
            ',"payload":{"account_id":"', g.b64u(16)[:22], '","object":{"id":"', D(g.meeting_id(), "meeting_id"),
            '","uuid":"', g.b64(16), '","host_id":"', g.b64u(16)[:22], '","topic":"',
            g.pick(("Grade 8 Algebra - Live", "IELTS Speaking Club", "Year 10 Chemistry Revision", "AP Physics Q&A")),
            '","type":8,"start_time":"', g.t_utc(False), '","timezone":"Asia/Shanghai","participant":{"user_id":"',
            str(g.r.randint(16778240, 16999999)), '","user_name":"', S(f + " " + l, P, jse),
            '","participant_uuid":"', D(g.uuid4().upper(), "uuid"), '","join_time":"', g.t_utc(False),
            '","email":"', S(g.email_intl(f, l), EM), '"}}}}']


@_tpl("en", "Stripe webhook charge.succeeded (tuition)")
def _e_stripe_evt(g):
    loc = g.en_loc()
    f, l = g.en_first(loc), g.en_last(loc)
    em = g.email_intl(f, l)
    return [g.t_utc(), ' info [billing] stripe event {"id":"evt_', g.alnum(24),
            '","object":"event","api_version":"2024-06-20","created":', D(str(g.epoch()), "epoch_timestamp"),
            ',"data":{"object":{"id":"ch_', g.alnum(24), '","object":"charge","amount":',
            D(str(g.pick((129900, 45000, 89900, 250000))), "amount"), ',"billing_details":{"email":"', S(em, EM),
            '","name":"', S(f + " " + l, P, jse), '","phone":null},"currency":"', g.pick(("usd", "hkd", "gbp")),
            '","payment_method_details":{"card":{"brand":"visa","exp_month":', str(g.r.randint(1, 12)),
            ',"exp_year":', str(g.r.randint(2027, 2031)), ',"last4":"', D(g.dig(4), "card_last4"),
            '"},"type":"card"},"receipt_email":"', S(em, EM), '","status":"succeeded"}},"type":"charge.succeeded"}']


@_tpl("en", "stripe-python debug with secret key in headers")
def _e_stripe_key(g):
    return [g.t_log(","), " DEBUG stripe: message='Request to Stripe api' method=post "
            "url=https://api.stripe.com/v1/refunds headers={'Authorization': 'Bearer ", S(g.cred("sk_live"), CR),
            "', 'Idempotency-Key': '", D(g.uuid4(), "uuid"), "', 'Stripe-Version': '",
            D(g.pick(("2024-06-20", "2023-10-16", "2025-03-31.basil")), "version"),
            "', 'User-Agent': 'Stripe/v1 PythonBindings/10.12.0'} post_data=charge=ch_", g.alnum(24),
            "&amount=", str(g.pick((45000, 129900, 20000)))]


@_tpl("en", "Canvas LMS live event submission_created")
def _e_canvas(g):
    return ['{"metadata":{"root_account_id":"10000000000001","root_account_lti_guid":"', g.alnum(40),
            ':canvas-lms","user_login":"', S(g.login(), P), '","user_account_id":"10000000000001","user_sis_id":"',
            D("S" + g.dig(7), "student_id"), '","user_id":"1000000', g.dig(7),
            '","time_zone":"Asia/Shanghai","context_type":"Course","context_id":"1000000', g.dig(5),
            '","request_id":"', D(g.uuid4(), "request_id"), '","session_id":"', S(g.hexs(32), CR),
            '","hostname":"qiming.instructure.com","http_method":"POST","user_agent":"', g.ua(),
            '","client_ip":"', S(g.client_ip(), IP), '","producer":"canvas","event_name":"submission_created",'
            '"event_time":"', g.t_utc(), '"},"body":{"submission_id":"1000000', g.dig(7), '","assignment_id":"1000000',
            g.dig(6), '","submission_type":"online_upload","attempt":1,"late":false}}']


@_tpl("en", "Moodle log report CSV row")
def _e_moodle(g):
    uid, oid, cm = g.r.randint(100, 9999), g.r.randint(100, 99999), g.r.randint(10, 999)
    ctx, comp, ev, desc = g.pick((
        ("Assignment: Lab report 3", "Assignment", "A submission has been submitted.",
         f"The user with id '{uid}' has submitted the submission with id '{oid}' for the assignment with course "
         f"module id '{cm}'."),
        ("Course: Year 9 Physics", "System", "Course viewed", f"The user with id '{uid}' viewed the course with id '{cm}'."),
        ("Quiz: Unit 4 checkpoint", "Quiz", "Quiz attempt submitted",
         f"The user with id '{uid}' has submitted the attempt with id '{oid}' for the quiz with course module id "
         f"'{cm}'."),
        ("System", "System", "User has logged in", f"The user with id '{uid}' has logged in.")))
    d = g.dt
    return [f'"{d.day}/{d.month}/{d.year % 100}, {d:%H:%M}","',
            S(g.pinyin_name() if g.r.random() < 0.4 else g.en_name(), P), '","-","', ctx, '","', comp, '","', ev,
            '","', desc, '","web","', S(g.client_ip(g.r.random() < 0.5), IP), '"']


@_tpl("en", "Mux video webhook video.asset.ready")
def _e_mux(g):
    return [g.t_utc(), ' INFO webhooks.mux {"type":"video.asset.ready","object":{"type":"asset","id":"', g.alnum(38),
            '"},"id":"', D(g.uuid4(), "uuid"), '","environment":{"name":"Production","id":"', g.chars(_LOWNUM, 6),
            '"},"data":{"status":"ready","passthrough":"uploader=', S(g.email_staff(), EM), ";lesson=",
            D(g.course_id(), "course_id"), f'","duration":{g.r.uniform(600, 3600):.2f},"max_stored_resolution":"HD",'
            '"aspect_ratio":"16:9","playback_ids":[{"policy":"signed","id":"', g.alnum(38), '"}]},"created_at":"',
            g.t_utc(), '"}']


@_tpl("en", "Twilio SMS status callback, form body")
def _e_twilio(g):
    sid, st = "SM" + g.hexs(32), g.pick(("delivered", "sent", "undelivered"))
    tail = "&ErrorCode=30003" if st == "undelivered" else ""
    return [g.t_log(","), " INFO sms.callbacks: twilio status POST /hooks/twilio/status body=AccountSid=AC",
            g.hexs(32), "&ApiVersion=", D("2010-04-01", "version"), "&ChannelPrefix=sms", tail, "&MessageSid=",
            D(sid, "message_id"), "&MessageStatus=", st, "&MessagingServiceSid=MG", g.hexs(32), "&SmsSid=", sid,
            "&SmsStatus=", st, "&To=",
            S(g.intl_phone(g.pick(("US", "CA", "GB", "AU", "HK", "SG", "NZ")), "e164"), PH, pct)]


@_tpl("en", "SendGrid event webhook batch")
def _e_sendgrid(g):
    ev = g.pick((("bounce", ',"reason":"550 5.1.1 The email account that you tried to reach does not exist.",'
                            '"status":"5.1.1","type":"bounce"'),
                 ("delivered", ',"response":"250 2.0.0 OK"'), ("open", ',"useragent":"Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"'),
                 ("dropped", ',"reason":"Bounced Address"')))
    return [g.t_utc(), ' sendgrid-webhook [{"email":"', S(g.email_intl(), EM), '","timestamp":',
            D(str(g.epoch()), "epoch_timestamp"), ',"smtp-id":"<', g.hexs(11), ".", g.hexs(3), ".", g.hexs(6),
            '@ismtpd0001p1lon1.sendgrid.net>","event":"', ev[0], '","category":["',
            g.pick(("report-card", "fee-reminder", "newsletter")), '"],"sg_event_id":"', g.b64u(16)[:22],
            '","sg_message_id":"', D(g.b64u(16)[:22] + ".filterdrecv-" + g.hexs(10) + "-1", "message_id"), '"',
            ev[1], "}]"]


@_tpl("en", "tutoring app back end, pino JSON")
def _e_pino(g):
    region = g.pick(("IN", "GB", "AU", "US", "SG", "HK", "MY", "CA"))
    loc = {"IN": "en_IN", "GB": "en_GB", "AU": "en_AU", "US": "en_US"}.get(region) or g.en_loc()
    return ['{"level":30,"time":', D(str(g.epoch_ms()), "epoch_timestamp"), ',"pid":', str(g.r.randint(7, 40000)),
            ',"hostname":"tutor-api-', g.hexs(10), "-", g.chars(_LOWNUM, 5), '","reqId":"req-',
            g.chars(_LOWNUM, 4), '","msg":"session booked","student":{"name":"', S(g.en_name(loc), P, jse),
            '","phone":"', S(g.intl_phone(region), PH), '"},"tutor":{"name":"',
            g.pick(("Dr.", "Mr.", "Ms.", "Mrs.")), " ", S(g.title_surname(), P, jse), '","id":"',
            D("T-" + g.dig(4), "employee_id"), '"},"remoteAddress":"', S(g.client_ip(True), IP),
            '","responseTime":', str(g.r.randint(5, 900)), "}"]


@_tpl("en", "live-class SFU, Go zap JSON")
def _e_zap(g):
    return ['{"level":"info","ts":', D(f"{g.epoch()}.{g.dig(7)}", "epoch_timestamp"), ',"caller":"room/handler.go:',
            str(g.r.randint(80, 400)), '","msg":"participant joined","room":"', D("lc-" + g.dig(5), "room_id"),
            '","uid":"u_', g.dig(7), '","display_name":"',
            S(g.zh_name() if g.r.random() < 0.4 else g.en_name(), P, jse), '","remote":"[', S(g.client_ip6(), IP),
            "]:", g.port_eph(), '","role":"student","rtc_token":"', S(g.cred("agora"), CR), '"}']


@_tpl("en", "Rails request parameters (filtered or not)")
def _e_rails(g):
    pw = [S(g.cred("pwd"), CR)] if g.r.random() < 0.4 else [D("[FILTERED]", "masked")]
    return ["I, [", g.dt.strftime("%Y-%m-%dT%H:%M:%S"), f".{g.dt.microsecond:06d} #", str(g.r.randint(10, 9999)),
            "]  INFO -- : [", D(g.uuid4(), "request_id"),
            '] Parameters: {"authenticity_token"=>"[FILTERED]", "parent"=>{"email"=>"', S(g.email_intl(), EM),
            '", "password"=>"'] + pw + ['", "remember_me"=>"1"}, "commit"=>"Log in"}']


@_tpl("en", "uvicorn access, percent-encoded name lookup")
def _e_uvicorn(g):
    y = g.r.randint(2009, 2019)
    return ["INFO:     ", S(g.client_ip(g.r.random() < 0.5), IP), ":", D(g.port_eph(), "port"),
            ' - "GET /v1/students/lookup?name=', S(g.en_name(), P, pct),
            f"&dob={y}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}", ' HTTP/1.1" ',
            g.pick(("200 OK", "404 Not Found", "200 OK"))]


@_tpl("en", "Spring datasource init with JDBC URL password")
def _e_jdbc(g):
    return [g.t_log(), "  INFO 1 --- [           main] c.q.lms.config.DataSourceConfig          : "
            "init datasource url=jdbc:postgresql://", D(g.server_ip(), "server_ip"), ":", D("5432", "port"),
            "/lms?user=", D(g.pick(("lms_rw", "lms_app", "svc-lms", "report_ro")), "system_account"),
            "&password=", S(g.cred("pwd"), CR, pct), "&sslmode=require"]


@_tpl("en", "connection-URL errors (MongoDB / Redis / AMQP)")
def _e_conn_url(g):
    kind = g.pick(("mongo", "redis", "amqp"))
    ip = g.server_ip()
    if kind == "mongo":
        return [g.t_utc(), " ERROR [db] MongoServerSelectionError: connection <monitor> to ", D(ip, "server_ip"),
                ":", D("27017", "port"), " closed; uri=mongodb+srv://",
                D(g.pick(("tutor_svc", "svc-tutor", "app")), "system_account"), ":", S(g.cred("pwd"), CR, pct),
                "@cluster0.", g.chars(_LOWNUM, 5), ".mongodb.net/tutoring?retryWrites=true&w=majority"]
    if kind == "redis":
        return ["E, [", g.dt.strftime("%Y-%m-%dT%H:%M:%S"), f".{g.dt.microsecond:06d} #", str(g.r.randint(10, 9999)),
                "] ERROR -- : Redis::CannotConnectError: Error connecting to Redis on ", D(ip, "server_ip"), ":",
                D("6379", "port"), ' (Errno::ECONNREFUSED) url="redis://:', S(g.cred("pwd"), CR, pct), "@", ip,
                ':6379/2"']
    return ["[", g.t_log(","), "] ERROR pika.adapters.utils.connection_workflow: AMQPConnector - reporting failure: "
            "AMQPConnectionWorkflowFailed url=amqp://", D(g.pick(("mq_live", "svc-mq", "guest")), "system_account"),
            ":", S(g.cred("pwd"), CR, pct), "@", D(ip, "server_ip"), ":", D("5672", "port"), "/%2Flive"]


@_tpl("en", "sshd failed password for system account")
def _e_sshd_fail(g):
    acct = g.pick(("root", "admin", "ubuntu", "oracle", "postgres", "git", "test", "deploy"))
    return [g.t_sys(), f" bastion-01 sshd[{g.r.randint(1000, 60000)}]: Failed password for ",
            "" if acct == "root" else "invalid user ", D(acct, "system_account"), " from ",
            S(g.client_ip(g.r.random() < 0.6), IP), " port ", D(g.port_eph(), "port"), " ssh2"]


@_tpl("en", "sudo log line")
def _e_sudo(g):
    u = g.login()
    return [g.t_sys(), " bastion-01 sudo:   ", S(u, P), f" : TTY=pts/{g.r.randint(0, 9)} ; PWD=/home/", S(u, P),
            " ; USER=", D("root", "system_account"), " ; COMMAND=",
            g.pick(("/usr/bin/systemctl restart live-gateway", "/usr/bin/journalctl -u jxt-notify -n 200",
                    "/usr/bin/docker ps", "/bin/cat /var/log/nginx/error.log"))]


@_tpl("en", "kubectl events: image pulled -- no spans")
def _e_k8s_pull(g):
    svc = g.pick(("live-gateway", "lms-api", "tutor-match", "jxt-notify", "transcoder"))
    t = g.r.uniform(0.5, 20)
    return [f"{g.r.randint(2, 59)}s         Normal   Pulled    pod/{svc}-{g.hexs(10)}-{g.chars(_LOWNUM, 5)}   "
            f'Successfully pulled image "registry.qiming.io/{svc}:', D(g.version(), "version"), "@",
            D("sha256:" + g.hexs(64), "image_digest"),
            f'" in {t:.3f}s ({t + 0.01:.3f}s including waiting). Image size: {g.r.randint(20000000, 900000000)} bytes.']


@_tpl("en", "Argo CD sync -- no spans")
def _e_argocd(g):
    return ["time=\"", g.t_utc(False), '" level=info msg="Sync operation to ', D(g.hexs(40), "commit_hash"),
            f' succeeded" application=argocd/{g.pick(("lms-api", "pay-gw", "live-sfu"))} dest-namespace=prod '
            "image=registry.qiming.io/lms-api:", D(g.version(), "version"), " initiatedBy=",
            D(g.pick(("svc-deploy", "argocd-image-updater", "svc-ci", "automated")), "system_account")]


@_tpl("en", "Okta system log user.session.start")
def _e_okta(g):
    loc = g.pick(("en_GB", "en_US", "en_AU"))
    f, l = g.en_first(loc), g.en_last(loc)
    city = {"en_GB": ("London", "Manchester", "Leeds"), "en_US": ("Boston", "Seattle", "Austin"),
            "en_AU": ("Sydney", "Melbourne", "Perth")}[loc]
    return ['{"actor":{"id":"00u', g.alnum(17), '","type":"User","alternateId":"',
            S(f"{g.asc(f)}.{g.asc(l)}@qiming-intl.org", EM), '","displayName":"', S(f + " " + l, P, jse),
            '"},"client":{"ipAddress":"', S(g.client_ip(True), IP), '","geographicalContext":{"city":"',
            D(g.pick(city), "place"), '"}},"eventType":"user.session.start","outcome":{"result":"',
            g.pick(("FAILURE", "SUCCESS")), '","reason":"INVALID_CREDENTIALS"},"published":"', g.t_utc(), '"}']


@_tpl("en", "payroll W-2 export with SSN")
def _e_payroll(g):
    return [g.t_utc(), " ERROR payroll-sync [job=w2-export] employee ", D("E" + g.dig(5), "employee_id"), " (",
            S(g.en_name("en_US"), P), ") rejected: SSN ", S(g.ssn(), SSN),
            f" failed IRS TIN matching (code {g.pick('235')})"]


@_tpl("en", "Checkr background-check webhook")
def _e_checkr(g):
    f, l = g.en_first("en_US"), g.en_last("en_US")
    return [g.t_utc(), ' INFO hr.background-check {"id":"', g.hexs(24), '","object":"event","type":"report.completed",'
            '"created_at":"', g.t_utc(False), '","data":{"object":{"id":"', g.hexs(24),
            '","object":"report","status":"', g.pick(("clear", "consider")),
            '","package":"driver_pro","candidate":{"first_name":"', S(f, P, jse), '","last_name":"', S(l, P, jse),
            '","email":"', S(g.email_intl(f, l), EM), '","ssn":"', D("XXX-XX-" + g.dig(4), "masked"), '","dob":"',
            f"{g.r.randint(1975, 1999)}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}", '","zipcode":"',
            g.dig(5), '"}}}}']


@_tpl("en", "SEPA credit-transfer refund")
def _e_sepa(g):
    cc = g.pick(("DE", "FR", "ES", "IT", "NL", "BE", "AT", "IE", "PT", "LU"))
    loc = {"DE": "de_DE", "AT": "de_DE", "LU": "de_DE", "FR": "fr_FR", "BE": "fr_FR", "ES": "es_ES",
           "PT": "es_ES"}.get(cc, "en_GB")
    iban = g.iban(cc)
    return [g.t_log(","), " INFO refunds.sepa: queued SCT EndToEndId=", D(f"RFND-2026-{g.dig(6)}", "refund_id"),
            ' creditor="', S(g.en_name(loc), P), '" iban=', S(iban, IB), " bic=", g.bic(iban), " amount=",
            D(f"EUR {g.r.randint(80, 3000)}.{g.pick(('00', '50'))}", "amount")]


@_tpl("en", "Zendesk ticket webhook")
def _e_zendesk(g):
    loc = g.en_loc()
    f, l = g.en_first(loc), g.en_last(loc)
    return [g.t_utc(), ' zendesk.webhook ticket.created {"ticket":{"id":', D(str(g.r.randint(10000, 99999)), "case_number"),
            ',"subject":"', g.pick(("Refund for cancelled tutoring package", "Cannot join live class",
                                    "Wrong invoice amount", "Change class schedule")),
            '","requester":{"name":"', g.pick(("Mrs.", "Mr.", "Ms.", "Dr.")), " ", S(l, P, jse), '","email":"',
            S(g.email_intl(f, l), EM), '"},"assignee":{"name":"', S(g.en_name(), P, jse),
            '"},"via":{"channel":"web"},"status":"new","priority":"normal"}}']


@_tpl("en", "live-chat transcript with national phone format")
def _e_chat(g):
    return [g.t_utc(), f" intercom conversation.user.replied conv={g.dig(12)} part_body=\"hi, this is ",
            S(g.en_name(), P), "'s ", g.pick(("dad", "mum", "mom")), ", my number is ",
            S(g.intl_phone(g.pick(("GB", "AU", "US", "IE", "NZ", "SG")), "national"), PH), " and the card ending ",
            D(g.dig(4), "card_last4"), ' was charged twice for the same tutoring pack"']


@_tpl("en", "Cloudflare WAF log, PAN in query")
def _e_cloudflare(g):
    return ['{"ClientIP":"', S(g.client_ip(g.r.random() < 0.5), IP),
            '","ClientRequestHost":"pay.qiming-intl.org","ClientRequestMethod":"GET",'
            '"ClientRequestURI":"/checkout/confirm?card_number=', S(g.card(style=g.pick(("plain", "dash"))), CC),
            f'&exp={g.r.randint(1, 12):02d}%2F{g.r.randint(27, 31)}","EdgeResponseStatus":403,"RayID":"',
            D(g.hexs(16), "trace_id"), '","SecurityAction":"block","SecurityRuleDescription":"PAN in query string"}']


@_tpl("en", "HAProxy httplog with captured session cookie")
def _e_haproxy(g):
    tr = g.r.randint(5, 400)
    cookie, kind, be, path = g.pick((("MoodleSession", "moodle", "lms_backend/lms", "/course/view.php?id="),
                                     ("PHPSESSID", "phpsess", "jxt_php/web", "/jxt/notice.php?nid="),
                                     ("JSESSIONID", "jsess", "pay_java/pay", "/pay/order/detail?oid=")))
    return [g.t_sys(), f" lb01 haproxy[{g.r.randint(1000, 9000)}]: ", S(g.client_ip(g.r.random() < 0.5), IP), ":",
            D(g.port_eph(), "port"), " [", g.dt.strftime("%d/%b/%Y:%H:%M:%S"), ".", g.ms(),
            f"] https-in~ {be}{g.r.randint(1, 4)} 0/0/1/{tr}/{tr + 1} 200 {g.r.randint(800, 90000)} ",
            cookie, "=", S(g.cred(kind), CR), f" - ---- {g.r.randint(100, 900)}/{g.r.randint(100, 900)}/12/6/0 0/0 "
            '"GET ', path, str(g.r.randint(2, 900)), ' HTTP/1.1"']


@_tpl("en", "AWS CloudTrail GetObject event")
def _e_cloudtrail(g):
    user, acct = g.login(), g.dig(12)
    return ['{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA', g.chars(_UPNUM, 17),
            '","arn":"arn:aws:iam::', D(acct, "aws_account_id"), ":user/", S(user, P), '","accountId":"',
            D(acct, "aws_account_id"), '","accessKeyId":"', S(g.cred("akia"), CR), '","userName":"', S(user, P),
            '"},"eventTime":"', g.t_utc(False), '","eventSource":"s3.amazonaws.com","eventName":"GetObject",'
            '"awsRegion":"ap-east-1","sourceIPAddress":"', S(g.client_ip(g.r.random() < 0.5), IP),
            '","userAgent":"[aws-cli/2.15.30 Python/3.11.8 Darwin/23.3.0 exe/x86_64 prompt/off command/s3.cp]",'
            '"requestParameters":{"bucketName":"qm-lesson-recordings","key":"2026/12/', g.hexs(12), '.mp4"}}']


@_tpl("en", "Express morgan with bearer JWT")
def _e_morgan(g):
    return [S("::ffff:" + g.client_ip(), IP), " - - [", g.t_clf(True), '] "GET ',
            g.pick(("/api/v1/me", "/api/v1/lessons/today", "/api/v1/wallet")), ' HTTP/1.1" 200 ',
            str(g.r.randint(200, 9000)), ' "-" "', g.pick(("okhttp/4.12.0", "QimingParent/5.12.0 CFNetwork/1494.0.7 Darwin/23.4.0")),
            '" auth="Bearer ', S(g.cred("jwt"), CR), '"']


@_tpl("en", "Slack incoming-webhook alert")
def _e_slack(g):
    return [g.t_log(","), " WARNING alerting.slack: POST https://hooks.slack.com/services/T0", g.chars(_UPNUM, 8),
            "/B0", g.chars(_UPNUM, 8), "/", S(g.cred("slack"), CR),
            ' payload={"text": ":rotating_light: *lms-api* 5xx rate ', f"{g.r.uniform(2, 20):.1f}",
            '% over 5m - on-call: ', S(g.en_name(), P, jsu), " (", S(g.intl_phone(), PH), ')"}']


@_tpl("en", "Postfix smtp delivery line")
def _e_postfix(g):
    return [g.t_sys(), f" mx1 postfix/smtp[{g.r.randint(1000, 60000)}]: {g.hexs(10, True)}: to=<",
            S(g.email_intl() if g.r.random() < 0.6 else g.email_cn(), EM),
            ">, relay=mx.", g.pick(("hotmail-com.olc.protection.outlook.com", "gmail-smtp-in.l.google.com",
                                    "mxbiz1.qq.com")), "[", D(g.server_ip(), "server_ip"), "]:", D("25", "port"),
            f", delay={g.r.uniform(0.2, 9):.1f}, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK ",
            g.dig(10), " - gsmtp)"]


@_tpl("en", "lesson planner -- no spans")
def _e_planner(g):
    fig, rest = g.pick(_EN_FIGURES)
    return [g.t_utc(), ' INFO lesson-planner: generated unit "', D(fig, "public_figure"), rest, '" for class ',
            f"{g.r.randint(5, 12)}{g.pick('ABCD')} at ", D(g.pick(_EN_PLACES), "place"), " (course ",
            D(g.course_id(), "course_id"), ")"]


@_tpl("en", "campus procurement shipping -- no spans")
def _e_shipping(g):
    co, item = g.pick(_EN_COMPANIES)
    return [g.t_utc(), " INFO procurement: order ", D(g.luhn_id(16), "order_id"), " (", D(co, "company"), " ", item,
            ") shipped via FedEx tracking ", D(f"{g.dnz(4)} {g.dig(4)} {g.dig(4)}", "waybill"),
            " to Pudong campus mailroom"]


@_tpl("en", "APNs key load failure with private-key body")
def _e_pkey(g):
    rsa = g.r.random() < 0.5
    label = "RSA PRIVATE KEY" if rsa else "PRIVATE KEY"
    return ['{"level":"error","ts":"', g.t_utc(), '","logger":"push","msg":"failed to load APNs auth key",'
            '"team_id":"', g.chars(_UPNUM, 10), '","key_id":"', g.chars(_UPNUM, 10), '","p8":"-----BEGIN ', label,
            '-----\\n', S(g.pkey_body(), CR), "\\n-----END ", label, '-----","error":"asn1: structure error"}']


@_tpl("en", "password-reset mailer")
def _e_reset(g):
    return [g.t_log(","), " INFO accounts.mailer: password reset link sent to ", S(g.email_intl(), EM),
            " for account ", S(g.login(), P), " (https://portal.qiming-intl.org/reset?token=", S(g.cred("reset"), CR),
            ")"]


@_tpl("en", "PayPal IPN refund, form-encoded")
def _e_paypal(g):
    loc = g.pick(("en_US", "en_GB", "es_ES", "fr_FR", "en_AU"))
    f, l = g.en_first(loc), g.en_last(loc)
    amt = g.pick(("450.00", "129.00", "980.00", "75.50"))
    return [g.t_sec(), " INFO paypal.ipn: verified mc_gross=-", amt,
            "&protection_eligibility=Eligible&payer_id=", g.chars(_UPNUM, 13), "&payment_date=",
            pctp(g.dt.strftime("%H:%M:%S Dec %d, %Y") + " PST"), "&payment_status=Refunded&charset=UTF-8&first_name=",
            S(f, P, pctp), "&mc_fee=-", f"{g.r.uniform(1, 30):.2f}", "&notify_version=3.9&reason_code=refund"
            "&payer_status=verified&payer_email=", S(g.email_intl(f, l), EM, pctp), "&parent_txn_id=",
            g.chars(_UPNUM, 17), "&txn_id=", D(g.chars(_UPNUM, 17), "transaction_id"), "&last_name=", S(l, P, pctp),
            "&receiver_email=", D(pctp(g.role_mail()), "role_mailbox"), "&mc_currency=USD&refund_amount=",
            D(amt, "amount")]


@_tpl("en", "ZKTeco ADMS iclock push (OPERLOG USER)")
def _e_zkteco(g):
    pw = [S(g.dig(6), CR)] if g.r.random() < 0.3 else []
    name = g.pinyin_name() if g.r.random() < 0.5 else g.en_name()
    return [g.t_sec(), " [iclock] POST /iclock/cdata?SN=", D("CQQC" + g.dig(9), "device_id"),
            f"&table=OPERLOG&Stamp={g.r.randint(1000, 9999999)} body=\"USER PIN=", D(g.dig(5), "student_id"),
            "\\tName=", S(name, P), "\\tPri=0\\tPasswd="] + pw + ["\\tCard=", D(g.dig(10), "campus_card_id"),
                                                                  '\\tGrp=1\\tTZ=0000000100000000"']


@_tpl("en", "financial-aid application API, plain SSN")
def _e_finaid(g):
    return [g.t_utc(), f" INFO finaid-api POST /finaid/applications 201 {g.r.randint(5, 90)}ms applicant=\"",
            S(g.en_name("en_US"), P), '" ssn=', S(g.ssn(False), SSN), f" household_size={g.r.randint(2, 7)} agi=",
            D(str(g.r.randint(18000, 160000)), "amount")]


@_tpl("en", "LTI 1.3 launch claims")
def _e_lti(g):
    loc = g.en_loc()
    f, l = g.en_first(loc), g.en_last(loc)
    return [g.t_utc(), " INFO lti: launch ok iss=https://canvas.instructure.com client_id=1000000000", g.dig(4),
            " sub=", D(g.uuid4(), "uuid"), ' name="', S(f + " " + l, P), '" given_name="', S(f, P),
            '" family_name="', S(l, P), '" email=', S(f"{g.asc(f)}.{g.asc(l)}@students.qiming-intl.org", EM),
            " roles=[Learner] context_label=", D(g.course_id(), "course_id")]


@_tpl("en", "ParentSquare-style message relay, US national phone")
def _e_relay(g):
    return [g.t_utc(), f" INFO relay: msg {g.r.randint(10000, 99999)} delivered to parent ",
            S(g.en_name(g.pick(("en_US", "es_ES", "en_IN"))), P), " <",
            S(g.intl_phone(g.pick(("US", "CA")), "national"), PH), "> via sms segments=",
            str(g.r.randint(1, 3))]


@_tpl("en", "Winlogbeat Security 4625 (lab PC)")
def _e_win4625(g):
    return ['{"@timestamp":"', g.t_utc(), '","event":{"code":"4625","action":"logon-failed","outcome":"failure"},'
            '"winlog":{"channel":"Security","computer_name":"DC01.qiming.local","event_data":{"TargetUserName":"',
            S(g.login(), P), '","TargetDomainName":"QIMING","WorkstationName":"LAB-PC-', str(g.r.randint(1, 60)),
            '","IpAddress":"', S(g.ws_ip(), IP), '","IpPort":"', D(g.port_eph(), "port"),
            '","LogonType":"3","FailureReason":"%%2313","Status":"0xc000006d","SubStatus":"0xc000006a"}}}']


@_tpl("en", "OpenVPN peer connection")
def _e_openvpn(g):
    ip, port = g.client_ip(g.r.random() < 0.5), g.port_eph()
    return [g.t_sec(), f" us={g.r.randint(0, 999999)} ", S(ip, IP), ":", D(port, "port"), " [", S(g.login(), P),
            "] Peer Connection Initiated with [AF_INET]", S(ip, IP), ":", port]


@_tpl("en", "container entrypoint env dump with cloud keys")
def _e_env_dump(g):
    k = g.pick(("aws", "ali", "tc"))
    if k == "aws":
        a = ["AWS_ACCESS_KEY_ID=", S(g.cred("akia"), CR), " AWS_SECRET_ACCESS_KEY=", S(g.cred("aws_secret"), CR),
             " AWS_DEFAULT_REGION=ap-east-1"]
    elif k == "ali":
        a = ["ALIBABA_CLOUD_ACCESS_KEY_ID=", S(g.cred("ltai"), CR), " ALIBABA_CLOUD_ACCESS_KEY_SECRET=",
             S(g.cred("ali_secret"), CR), " OSS_REGION=oss-cn-hangzhou"]
    else:
        a = ["TENCENTCLOUD_SECRET_ID=", S(g.cred("akid"), CR), " TENCENTCLOUD_SECRET_KEY=",
             S(g.cred("tc_secret"), CR), " TENCENTCLOUD_REGION=ap-guangzhou"]
    return ["[entrypoint] starting live-recorder ", D(g.version(), "version"), " with env: "] + a + \
        [" S3_BUCKET=qm-lesson-recordings LOG_LEVEL=debug"]


@_tpl("en", "international admissions (DS-2019) with passport")
def _e_admissions(g):
    nat, loc = g.pick((("MEX", "es_ES"), ("ESP", "es_ES"), ("USA", "en_US"), ("GBR", "en_GB"), ("FRA", "fr_FR"),
                       ("DEU", "de_DE"), ("IND", "en_IN"), ("KOR", None), ("JPN", None), ("AUS", "en_AU")))
    name = g.en_name(loc) if loc else g.pinyin_name()
    return [g.t_utc(False), ' INFO admissions.i20: DS-2019 request created for student "', S(name, P),
            '" passport_no=', S(g.passport(nat), PP), f" nationality={nat} dob={g.r.randint(2008, 2014)}-"
            f"{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d} program=Grade {g.r.randint(6, 12)}"]


@_tpl("en", "car-park ANPR (UK / US plates)")
def _e_anpr(g):
    plate = g.uk_plate() if g.r.random() < 0.6 else g.us_plate()
    return [g.t_sec(), f" anpr cam-{g.r.randint(1, 4)} read \"", S(plate, LP), f'" conf={g.r.uniform(0.8, 0.99):.2f}'
            " lot=Staff permit=", D("P-" + g.dig(4), "permit_id"), ' holder="', g.pick(("Mr.", "Ms.", "Dr.", "Mrs.")),
            " ", S(g.title_surname(), P), '" action=open_barrier']


@_tpl("en", "payment KYC real-name check, ensure_ascii JSON")
def _e_kyc(g):
    return ['{"level":"warn","svc":"pay-kyc","msg":"realname verify mismatch","req":{"name":"',
            S(g.zh_name(), P, jsu), '","id_no":"', S(g.cn_id(), CID), '","mobile":"', S(g.cn_mobile_digits(), PH),
            '"},"provider":"aliyun-cloudauth","code":"NAME_ID_MISMATCH","trace_id":"', D(g.hexs(32), "trace_id"),
            '","ts":"', g.t_iso(), '"}']


# --------------------------------------------------------------------------- masking / rendering
def _mask(typ, v, rng):
    if typ == P:
        if _is_cjk(v[0]):
            if len(v) == 1:
                return rng.choice(("*", "某"))
            return rng.choice((v[0] + "*" * (len(v) - 1), "*" * len(v), v[0] + "某"))
        return rng.choice((v[0] + "***", "***", "[REDACTED]", "<name>"))
    if typ == EM:
        local, dom = v.split("@", 1)
        return rng.choice((local[0] + "***@" + dom, "***@" + dom, "[REDACTED]"))
    if typ == PH:
        ds = re.sub(r"\D", "", v)
        return rng.choice((ds[:3] + "****" + ds[-4:], "*" * len(ds), "****" + ds[-4:], "[PHONE]*"))
    if typ == CC:
        ds = re.sub(r"\D", "", v)
        return rng.choice(("**** **** **** " + ds[-4:], ds[:6] + "*" * (len(ds) - 10) + ds[-4:], "*" * 12 + ds[-4:]))
    if typ == IB:
        c = v.replace(" ", "")
        return rng.choice((c[:4] + "*" * (len(c) - 8) + c[-4:], c[:2] + "** **** **** " + c[-4:]))
    if typ == SSN:
        return rng.choice(("***-**-" + v[-4:], "XXX-XX-" + v[-4:]))
    if typ == CID:
        return rng.choice((v[:6] + "********" + v[-4:], v[:3] + "*" * 11 + v[-4:], "*" * 14 + v[-4:]))
    if typ == PP:
        return v[0] + "*" * (len(v) - 3) + v[-2:]
    if typ == LP:
        return v[:2] + "***" + v[-2:]
    if typ == IP:
        if ":" in v:
            return v.split(":")[0] + ":****:****"
        a = v.split(".")
        return rng.choice((f"{a[0]}.{a[1]}.*.*", f"{a[0]}.{a[1]}.{a[2]}.*", "*.*.*.*"))
    return rng.choice(("******", "[REDACTED]", "***", "<masked>", "[FILTERED]", "********"))


def _render(items, clean, rng):
    repl = {}
    if clean:
        n_dec = sum(1 for it in items if isinstance(it, tuple) and it[0] == "D")
        order, occ = [], {}
        for it in items:
            if isinstance(it, tuple) and it[0] == "S":
                key = (it[1], it[2])
                if key not in occ:
                    order.append(key)
                    occ[key] = 0
                occ[key] += 1
        for key in order:
            if n_dec + occ[key] <= MAX_DECOYS and rng.random() < 0.7:
                repl[key] = _mask(key[0], key[1], rng)
                n_dec += occ[key]
            else:
                repl[key] = None
    parts, spans, decoys, pos = [], [], [], 0
    for it in items:
        if isinstance(it, str):
            parts.append(it)
            pos += len(it)
            continue
        kind, lab, v, enc = it
        if kind == "S":
            if clean:
                m = repl[(lab, v)]
                if m is None:
                    out, target = "-", None
                else:
                    out, target = (enc(m) if enc else m), (decoys, "masked")
            else:
                out, target = (enc(v) if enc else v), (spans, lab)
        else:
            out, target = v, (decoys, lab)
        parts.append(out)
        if target is not None:
            target[0].append([pos, pos + len(out), target[1]])
        pos += len(out)
    return {"text": "".join(parts), "spans": spans, "decoys": decoys}


def blind_log18(n: int, seed: int = 0) -> list:
    """Generate n labelled log lines (see module docstring)."""
    rng = random.Random(seed)
    g = _Gen(rng)
    k = len(_TEMPLATES)
    order = list(range(k))
    rng.shuffle(order)
    out = []
    for i in range(n):
        tid = order[i % k]
        clean = rng.random() < 0.1
        for _attempt in range(80):
            g.new_record()
            rec = _render(_TEMPLATES[tid][0](g), clean, rng)
            rec["template"] = tid
            try:
                _check_record(rec, k)
            except AssertionError:
                continue
            break
        else:
            raise RuntimeError(f"template {tid} keeps failing its self-check")
        out.append(rec)
    return out


# --------------------------------------------------------------------------- validation
_CN_PLATE_RE = re.compile(r"^[" + _CN_PROV + r"][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{5,6}$")
_UK_PLATE_RE = re.compile(r"^[A-Z]{2}\d{2} ?[A-Z]{3}$")
_US_PLATE_RE = re.compile(r"^(?:\d[A-Z]{3}\d{3}|[A-Z]{3}-\d{4})$")
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_MASK_MARKS = ("*", "REDACTED", "FILTERED", "masked", "某", "XXX", "<name>")


def _decode(v):
    s = v
    for _ in range(2):
        if "\\" in s:
            try:
                s = json.loads('"' + s + '"')
            except ValueError:
                break
    if re.search(r"%[0-9A-Fa-f]{2}", s):
        s = unquote_plus(s)
    return s


def _ascii_alnum(ch):
    return ch.isascii() and ch.isalnum()


def _occurrences(text, v):
    start = 0
    while True:
        p = text.find(v, start)
        if p < 0:
            return
        q = p + len(v)
        if not ((_ascii_alnum(v[0]) and p > 0 and _ascii_alnum(text[p - 1])) or
                (_ascii_alnum(v[-1]) and q < len(text) and _ascii_alnum(text[q]))):
            yield p, q
        start = p + 1


def _check_value(typ, raw):
    assert raw and raw == raw.strip(), (typ, raw)
    v = _decode(raw)
    if typ == P:
        assert "@" not in v and not v.isdigit() and len(v) <= 40 and v.lower() not in _SYSTEM_ACCOUNTS, v
        assert not re.search(r"\d", v) or re.fullmatch(r"[a-z][a-z.]*\d{0,3}", v), v
    elif typ == EM:
        assert _EMAIL_RE.match(v), v
        assert v.split("@")[0].lower() not in _ROLE_LOCALS, v
    elif typ == PH:
        digits = re.sub(r"\D", "", v)
        assert 7 <= len(digits) <= 15, v
        assert any(_phone_valid(v, reg) for reg in _VALIDATE_REGIONS), v
    elif typ == CC:
        ds = re.sub(r"[ -]", "", v)
        assert ds.isdigit() and 13 <= len(ds) <= 19 and _luhn_ok(ds), v
        assert re.match(r"^(4|5[1-5]|2[2-7]|3[47]|62)", ds), v
    elif typ == IB:
        c = v.replace(" ", "")
        assert c[:2] in _IBAN_SPEC and len(c) == _IBAN_SPEC[c[:2]][0], v
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) and _mod97(c[4:] + c[:4]) == 1, v
    elif typ == SSN:
        m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
        assert m, v
        a, gr, se = m.groups()
        assert a not in ("000", "666") and a[0] != "9" and gr != "00" and se != "0000", v
    elif typ == CID:
        assert re.fullmatch(r"\d{17}[\dXx]", v), v
        assert v[:2] in _CN_PROVINCES and v[:6] in _CN_AREAS, v
        y, m, d = int(v[6:10]), int(v[10:12]), int(v[12:14])
        assert 1900 <= y <= 2026 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1], v
        assert _gb11643(v[:17]) == v[17].upper(), v
    elif typ == PP:
        assert re.fullmatch(r"[A-Z0-9]{8,9}", v) and sum(c.isdigit() for c in v) >= 5, v
    elif typ == LP:
        assert _CN_PLATE_RE.match(v) or _UK_PLATE_RE.match(v) or _US_PLATE_RE.match(v), v
    elif typ == IP:
        ipaddress.ip_address(v)
    elif typ == CR:
        assert len(raw) >= 6 and not re.search(r"\s", raw), raw
    else:
        raise AssertionError(typ)


def _check_decoy(kind, raw):
    assert raw and raw == raw.strip() and kind and kind == kind.lower(), (kind, raw)
    v = _decode(raw)
    if kind == "server_ip":
        ipaddress.ip_address(v)
    elif kind == "uuid" or kind == "request_id" and "-" in v:
        assert _UUID_RE.match(v), v
    elif kind == "commit_hash":
        assert re.fullmatch(r"[0-9a-f]{7,40}", v), v
    elif kind == "image_digest":
        assert re.fullmatch(r"sha256:[0-9a-f]{64}", v), v
    elif kind == "epoch_timestamp":
        assert re.fullmatch(r"\d{10}(?:\d{3})?(?:\.\d+)?", v), v
    elif kind == "port":
        assert v.isdigit() and 1 <= int(v) <= 65535, v
    elif kind == "masked":
        assert any(mk in v for mk in _MASK_MARKS), v
    elif kind == "role_mailbox":
        assert _EMAIL_RE.match(v) and v.split("@")[0] in _ROLE_LOCALS, v
    elif kind == "pickup_code":
        assert re.fullmatch(r"\d{4,8}", v), v
    elif kind == "system_account":
        assert re.fullmatch(r"[a-z][a-z0-9_.-]*", v), v


def _check_record(rec, n_templates):
    assert isinstance(rec, dict) and set(rec) == {"text", "spans", "decoys", "template"}, rec
    text = rec["text"]
    assert isinstance(text, str) and text, rec
    assert "\n" not in text and "\r" not in text, text
    assert isinstance(rec["template"], int) and 0 <= rec["template"] < n_templates, rec["template"]
    spans, decoys = rec["spans"], rec["decoys"]
    assert isinstance(spans, list) and isinstance(decoys, list)
    assert len(spans) <= MAX_SPANS and len(decoys) <= MAX_DECOYS, (len(spans), len(decoys), text)
    ivs = []
    for item in spans + decoys:
        assert isinstance(item, list) and len(item) == 3, item
        s, e, lab = item
        assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), (item, text)
        assert isinstance(lab, str) and lab, item
        ivs.append((s, e))
    for s, e, t in spans:
        assert t in TYPES, t
        _check_value(t, text[s:e])
    for s, e, k in decoys:
        assert k not in TYPES, k
        _check_decoy(k, text[s:e])
    ivs.sort()
    for (s1, e1), (s2, e2) in zip(ivs, ivs[1:]):
        assert e1 <= s2, ("overlap", (s1, e1), (s2, e2), text)
    for s, e, t in spans:
        raw = text[s:e]
        for val in {raw, _decode(raw)}:
            for p, q in _occurrences(text, val):
                ok = any(ss <= p and q <= ee for ss, ee, _ in spans)
                if not ok and t == P:
                    ok = any(ds <= p and q <= de for ds, de, _ in decoys)
                assert ok, ("unlabelled occurrence", t, val, p, text)


def validate(records) -> dict:
    """Self-check the records; raise AssertionError on any problem, return counters."""
    k = len(_TEMPLATES)
    types, kinds, per_template = Counter(), Counter(), Counter()
    no_span = masked_lines = 0
    for rec in records:
        _check_record(rec, k)
        per_template[rec["template"]] += 1
        types.update(t for _, _, t in rec["spans"])
        kinds.update(x for _, _, x in rec["decoys"])
        no_span += not rec["spans"]
        masked_lines += any(x == "masked" for _, _, x in rec["decoys"])
    return {"records": len(records), "templates": k, "templates_used": len(per_template),
            "lines_without_spans": no_span, "lines_with_masked": masked_lines,
            "types": dict(sorted(types.items())), "kinds": dict(sorted(kinds.items()))}


if __name__ == "__main__":
    recs = blind_log18(5000, seed=0)
    res = validate(recs)
    print(f"records={res['records']} templates={res['templates']} used={res['templates_used']} "
          f"lines_without_spans={res['lines_without_spans']} lines_with_masked={res['lines_with_masked']}")
    print("per TYPE:")
    for t in TYPES:
        print(f"  {t:16s} {res['types'].get(t, 0)}")
    print("per decoy KIND:")
    for kd, c in sorted(res["kinds"].items(), key=lambda x: (-x[1], x[0])):
        print(f"  {kd:16s} {c}")
    sys.exit(0)
