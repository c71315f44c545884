"""Blind labelled evaluation set no. 26 for a log-line PII redactor.

Theme: a restaurant chain ("Harvest Wok" / 禾记) and its food-delivery operations -- POS and cashier
terminals, kitchen display system, Meituan / Ele.me / foodpanda / Uber Eats / DoorDash / Deliveroo /
Menulog / Zomato order webhooks and rider dispatch, membership, points and coupons, reservations and
queue numbers, payment terminals and refunds, cold-chain sensors and food-safety inspections, staff
scheduling, payroll and health certificates, customer-service chats and complaints, and English lines
from overseas franchise stores.

Provenance
----------
Written blind on 2026-12-06.  What was read of the project: nothing -- no rules, tests, seeds, docs,
training data, curation code or other evaluation sets, and the redactor was never imported or run.
The only inputs were the task brief, general knowledge of how the named systems print their logs,
and the public APIs of the Python standard library, Faker (40.x) and phonenumbers (9.x).

API
---
blind_log26(n: int, seed: int = 0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans / decoys are [start, end, TYPE / KIND]
    with Python code-point offsets into text; text[start:end] is the value exactly as printed
    (percent-encoded, \\u-escaped or JSON-escaped where the line prints it so).  One
    random.Random(seed) drives everything; the Faker instances are seeded from it, so a given seed
    always gives the same output.  Templates are used round-robin over one shuffled order; template
    numbers are 0..K-1 (K = 87, table below).  About one record in ten is "clean": every planted
    value is replaced by a masked placeholder (recorded as decoy "masked") or by a dash "-".
    A generated record that fails the self-check (e.g. a surname that also appears unlabelled
    elsewhere in the line) is regenerated from the same stream.
validate(records) -> dict
    Self-check; raises AssertionError on any problem: keys, offsets in range, at most 4 spans and
    3 decoys, spans not overlapping each other or decoys, no line break inside a text, every value
    of the type it claims (Luhn-valid cards with real brand prefixes, phones valid per phonenumbers,
    IBAN mod-97, GB 11643 check digit / known area code / real birth date on Chinese IDs, SSN
    area/group/serial rules, passport and plate shapes, parseable IPs, role mailboxes only as
    decoys, masks look masked ...), and every other occurrence of a planted value (printed or
    decoded form) is itself labelled -- a PERSON value may also sit inside a decoy or another span
    (张 in 张亮麻辣烫, a login inside an e-mail).  Returns counters: records, types, kinds,
    templates, no_span_records.
python pii_logs_blind26.py [seed]
    Generates 5,000 lines (seed 0 by default), validates them and prints counts per TYPE and per
    decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES (first + last,
                Spanish double surnames, "Last, First", "Marcus T.", upper-cased card-holder names,
                romanised "LIANG GANG"); compound surnames (欧阳, 司马, 诸葛, 上官 ...) and rare ones
                (仉, 禚, 冼, 訾, 亓 ...) with Faker given names; minority names (Uyghur "古丽米拉·吾斯曼",
                Tibetan, Mongolian, Yi); surname-only before a title; person logins built from
                English names or pinyin (jsmith, zhang.wei, wangfang88, valerie_may); a first name
                inside a DHCP host name ("Noahs-MacBook-Air" -> Noah).
EMAIL_ADDRESS   pinyin locals at 163/126/sina/foxmail/139..., numeric QQ (12345678@qq.com), English
                names at gmail/outlook/yahoo/web.de/orange.fr/..., staff addresses at the chain's
                domains; sometimes percent-encoded in a query string.
PHONE_NUMBER    CN mobiles (valid prefixes) printed 13812345678, 138 1234 5678, 138-1234-5678,
                +86 138 1234 5678, +8613812345678, +86-..., (+86)..., 0086 ..., 86-...; CN landlines
                010-65529988, (021)..., 0571 xxxx xxxx, +86 10 ...; other regions from
                phonenumbers.example_number_for_type with randomised tails, kept only if valid,
                printed E.164 / international / national / RFC 3966 body / dashed / dotted / digits
                (US, CA, GB, AU, IN, FR, ES, TW, and more); "%2B..." percent-encoded in form bodies.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex (4-6-5), UnionPay 16/19
                digits with real-looking BINs; plain, spaced or dashed.
IBAN_CODE       DE, GB, FR, ES, NL, IT, BE, AT, IE, CH with correct length and mod-97 check digits,
                compact or grouped by four.
US_SSN          area 001-899 except 666, group 01-99, serial 0001-9999; dashed, plain or spaced.
CN_RESIDENT_ID  real area codes (110101, 310104, 440305, 650102 ...), birth 1962-2005, GB 11643 check.
PASSPORT        CN (E+8 digits, E+letter+7, G+8), US (9 digits or letter+8), GB (9 digits),
                IN (letter+7), ES (3 letters+6).
LICENSE_PLATE   CN (province + letter, optional "·" or space, 5 chars or new-energy D/F + 5),
                US (7ABC123, ABC-1234), UK (AB12 CDE).
IP_ADDRESS      clients only: CN carrier and world IPv4, LAN workstation / terminal / phone
                addresses, attacker addresses, IPv6 (2408:, 240e:, 2409:, 2601: ...).
CREDENTIAL      passwords (pinyin@year, Word1234!, random), URL / connection-string password parts
                (percent-encoded), Stripe sk_live_/rk_live_, AWS AKIA/ASIA ids, Aliyun LTAI ids and
                secrets, GitHub ghp_, WeChat Pay API v3 keys, Meituan consumer secrets, WeCom webhook
                keys, JWTs and opaque bearer tokens (token only), Basic-auth blobs, JSESSIONID /
                PHPSESSID / Django / express connect.sid cookie values, reset tokens, PEM private-key
                bodies (single line or with JSON "\\n" escapes, armour lines excluded).

Label conventions
-----------------
* any address of a person's account -> EMAIL_ADDRESS (numeric QQ too); role mailboxes (service@,
  noreply@, alerts@, invoice@, kefu@ ...) -> decoy role_mailbox.
* server / upstream / proxy / DB / resolver / mail-relay address -> decoy server_ip; a client's or
  user's (workstation, POS terminal, phone, attacker) address -> IP_ADDRESS.
* surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel, "王(女士)") -> PERSON on the
  surname only; full names of staff (engineers, agents, riders, inspectors, 值班人员) are PERSON.
* famous historical people / fictional characters -> decoy public_figure; brands named after people
  (杨国福麻辣烫, 康师傅, 李先生牛肉面, Wendy's, Dr Pepper, Tim Hortons) -> decoy company; streets,
  districts, scenic spots, stations, airports, hospitals, buildings -> decoy place (store names
  label only the place part: [南京西路]店).
* passwords, API / access / secret keys, session ids and cookie values, bearer tokens and JWTs (token
  only), private-key bodies, connection-string and URL password parts -> CREDENTIAL; one-time SMS /
  verification codes and pickup codes -> decoy pickup_code.
* person-looking logins -> PERSON; root, admin, pos, svc-*, DB users and service accounts -> decoy
  system_account.
* order ids (including Luhn-valid 16-digit ids and 11-digit ids starting with 1), case / ticket
  numbers, 工号, waybills, train / flight numbers, UUIDs, commit hashes, image digests, trace ids,
  epoch timestamps, amounts, ports, versions, merchant / store / device ids ... -> decoys with a
  descriptive kind.
* postal addresses, dates of birth, ages, genders, nicknames, MAC addresses and card last-4 are left
  unlabelled.
* a PERSON value may occur inside a decoy (张 in 张小泉) but every other occurrence of a planted value
  in the line is itself labelled.  0-4 spans and 0-3 decoys a line; spans never overlap each other or
  a decoy.  Templates marked "-" in the spans column carry only decoys (over-redaction probes).

Template table  (number: language / system -- spans | decoys; "or" separates variants,
[...] marks optional labels)
---------------------------------------------------------------------------------------------
 0: Chinese / Meituan Waimai order push, Java logback -- PERSON(surname) PHONE_NUMBER | order_id amount
 1: Chinese / Ele.me order callback, Go logrus logfmt -- PERSON(surname) PHONE_NUMBER | order_id queue_number
 2: Chinese / rider dispatch service, plain Chinese text -- PERSON PHONE_NUMBER | order_id rider_id place
 3: Chinese / POS shift handover, Python logging -- PERSON(login) x2, PERSON(surname) | amount
 4: Chinese / kitchen display system (KDS) timeout, pipe-separated -- - | order_id table_number [company]
 5: Chinese / nginx access log, member registration query string (percent-encoded name) -- IP_ADDRESS PHONE_NUMBER PERSON(%-encoded) | invite_code
 6: Chinese / Druid SQL statement log, points update -- PHONE_NUMBER PERSON | points
 7: Chinese / coupon redemption, Go zap JSON -- PHONE_NUMBER | coupon_code place trace_id
 8: Chinese / Aliyun SMS gateway, reservation confirmation -- PHONE_NUMBER PERSON(surname) | pickup_code request_id
 9: Chinese / queue / number-calling service (decoys only) -- - | place queue_number
10: Chinese / UnionPay POS terminal (银联) sale -- CREDIT_CARD | merchant_id amount reference_number
11: Chinese / WeChat Pay v2 notify XML (decoys only) -- - | merchant_id order_id amount
12: Chinese / cold-chain IoT temperature alarm -- PERSON PHONE_NUMBER | device_serial temperature
13: Chinese / food-safety inspection record -- PERSON x2, CN_RESIDENT_ID | case_number place
14: Chinese / staff schedule CSV import warning -- PERSON PHONE_NUMBER | employee_id
15: Chinese / health-certificate OCR, Python json.dumps (\\u-escaped) -- PERSON(\\u-escaped) CN_RESIDENT_ID | cert_number
16: Chinese / customer-service IM chat transcript -- PERSON(surname) PHONE_NUMBER or EMAIL_ADDRESS | case_number order_id
17: Chinese / complaint ticket system -- PERSON(surname) EMAIL_ADDRESS PERSON PERSON(login) | case_number role_mailbox
18: Chinese / rider real-name KYC verification -- PERSON CN_RESIDENT_ID LICENSE_PLATE | rider_id
19: Chinese / e-invoice issuing service -- EMAIL_ADDRESS PERSON | invoice_number role_mailbox amount
20: Chinese / store Wi-Fi captive portal SMS login -- PHONE_NUMBER IP_ADDRESS | pickup_code place
21: Chinese / Nacos config-center publish with secrets -- PERSON(login) CREDENTIAL x2 | checksum
22: Chinese / secret-scanning alert on git commit (Aliyun AccessKey) -- CREDENTIAL x2 PERSON EMAIL_ADDRESS | commit_hash
23: Chinese / central-kitchen gate, cold-chain truck entry -- LICENSE_PLATE PERSON(surname) PHONE_NUMBER | temperature waybill
24: Chinese / Meituan delivery (peisong) status callback JSON -- PERSON PHONE_NUMBER | waybill order_id epoch_ts
25: Chinese / table reservation, Node.js pino JSON -- PERSON PHONE_NUMBER | epoch_ts table_number
26: Chinese / payroll disbursement (薪资代发) -- PERSON CREDIT_CARD | batch_number employee_id amount
27: Chinese / car-park plate recognition with member discount -- LICENSE_PLATE PHONE_NUMBER | place
28: Chinese / Spring Kafka dead-letter with JSON payload -- PERSON PHONE_NUMBER | store_id amount
29: Chinese / pickup-ready SMS (decoys only) -- - | company pickup_code place
30: Chinese / HR onboarding with passport or resident ID -- PERSON PASSPORT or CN_RESIDENT_ID | place employee_id
31: Chinese / foodpanda Taiwan order (traditional Chinese) -- PERSON PHONE_NUMBER | order_id
32: Chinese / customer-service quality check with public figure and brand -- PERSON | case_number public_figure company
33: Chinese / WeCom (企业微信) robot webhook, schedule swap -- CREDENTIAL(webhook key) PERSON x2 PERSON(surname) | -
34: Chinese / membership registration event -- PHONE_NUMBER PERSON | member_id
35: Chinese / staff business-travel booking (train / flight) -- PERSON CN_RESIDENT_ID | train_number or flight_number place x2
36: Chinese / POS agent login lockout / brute force, syslog -- PERSON(login) IP_ADDRESS or IP_ADDRESS | [system_account port]
37: Chinese / brand sentiment monitor (decoys only) -- - | company place public_figure
38: Chinese / Meituan open-platform signature failure -- CREDENTIAL(consumer secret) | epoch_ts signature
39: English / Uber Eats order webhook, Node/winston JSON -- PERSON(first) PHONE_NUMBER | uuid order_id phone_pin
40: English / DoorDash Drive webhook, Python logging key=value -- PERSON x2 PHONE_NUMBER | order_id case_number
41: English / Square payment.updated webhook JSON -- EMAIL_ADDRESS | merchant_id uuid amount
42: English / Oracle MICROS Simphony workstation journal -- PERSON(Last, First) | order_id employee_id table_number
43: English / stripe-python debug request log -- CREDENTIAL(bearer secret key) | uuid version charge_id
44: English / Stripe checkout.session.completed customer_details -- EMAIL_ADDRESS PERSON PHONE_NUMBER | event_id
45: English / Apache combined log, loyalty lookup by e-mail (percent-encoded) -- IP_ADDRESS EMAIL_ADDRESS(%-encoded) | store_id
46: English / OpenSSH auth log on store server -- IP_ADDRESS [PERSON(login)] | system_account or ssh_fingerprint port
47: English / Windows Security 4625 via Snare (tab-separated) -- PERSON(login) IP_ADDRESS | port
48: English / kitchen display expo bump (decoys only) -- - | order_id table_number [company]
49: English / MQTT walk-in cooler temperature alarm -- PERSON | device_serial temperature
50: English / Postfix smtp/qmgr delivery log -- EMAIL_ADDRESS or - | server_ip port or role_mailbox
51: English / health-department inspection report -- PERSON(surname after title) PERSON | case_number place temperature
52: English / 7shifts user.created sync JSON -- PERSON(first) PERSON(last) EMAIL_ADDRESS PHONE_NUMBER | user_id
53: English / E-Verify onboarding submission -- PERSON US_SSN | case_number
54: English / EU payroll export with IBAN -- PERSON(Last, First) IBAN_CODE | bic amount
55: English / Intercom conversation part -- PERSON EMAIL_ADDRESS PERSON(surname after title) | case_number place
56: English / Jira webhook, complaint escalation -- PERSON(login) x2 PERSON | case_number system_account
57: English / OpenTable reservation webhook JSON -- PERSON(first) PERSON(last) EMAIL_ADDRESS PHONE_NUMBER | store_id order_id
58: English / twilio-python HTTP debug, form body percent-encoded -- PHONE_NUMBER(%-encoded) PERSON(first) | account_sid messaging_service_sid
59: English / Rails request log: Started / Parameters -- IP_ADDRESS or EMAIL_ADDRESS PHONE_NUMBER | request_id [masked]
60: English / coupon fraud detector, IPv6 client -- IP_ADDRESS EMAIL_ADDRESS | coupon_code uuid
61: English / Verifone EMV terminal journal with full PAN -- CREDIT_CARD | emv_aid amount
62: English / Adyen AUTHORISATION notification -- PERSON EMAIL_ADDRESS IP_ADDRESS | psp_reference order_id
63: English / Kubernetes env dump with connection strings -- CREDENTIAL x2 | system_account server_ip x2
64: English / AWS CloudTrail CreateAccessKey record -- PERSON(login) x2 IP_ADDRESS CREDENTIAL(access key id) | -
65: English / GitHub Actions step log leaking a token -- CREDENTIAL | commit_hash
66: English / kubelet image pull event (decoys only) -- - | version image_digest
67: English / nginx access log with logged Authorization bearer JWT -- IP_ADDRESS CREDENTIAL(JWT) | version
68: English / HAProxy HTTP log with captured session cookie -- IP_ADDRESS CREDENTIAL(session id) | port
69: English / Deliveroo UK rider assignment -- PERSON LICENSE_PLATE PHONE_NUMBER | order_id
70: English / curbside pickup licence-plate recognition -- LICENSE_PLATE PERSON PHONE_NUMBER | order_id
71: English / Menulog (Australia) order warning -- PERSON PHONE_NUMBER | order_id
72: English / Zomato (India) partner webhook JSON -- PERSON x2 PHONE_NUMBER x2 | order_id store_id
73: English / HR work-visa document check -- PERSON PASSPORT | -
74: English / SendGrid event webhook batch -- EMAIL_ADDRESS | server_ip epoch_ts
75: English / auth service password reset, logfmt -- EMAIL_ADDRESS IP_ADDRESS CREDENTIAL(reset token) | -
76: English / French franchise click&collect order -- PERSON PHONE_NUMBER | order_id
77: English / SEPA direct-debit mandate (Germany) -- PERSON IBAN_CODE | creditor_id amount
78: English / Spanish franchise reservation -- PERSON PHONE_NUMBER | table_number place
79: English / review ingestion with public figure -- PERSON(login) | public_figure
80: English / dnsmasq query / forward / reply / DHCPACK -- IP_ADDRESS [PERSON(first name in hostname)] or - | [server_ip]
81: English / load balancer health check (decoys only) -- - | server_ip port version
82: English / Twilio Verify OTP send -- PHONE_NUMBER | pickup_code verification_sid
83: English / GCP service-account key loaded (JSON-escaped PEM body) -- CREDENTIAL(private key body) | system_account key_id
84: English / Envoy JSON access log with Basic auth header -- IP_ADDRESS CREDENTIAL(basic) | server_ip port
85: English / Zendesk ticket comment with card number -- PERSON CREDIT_CARD | case_number
86: English / Sentry event with user context -- EMAIL_ADDRESS IP_ADDRESS PERSON(login) | event_id version
"""

from __future__ import annotations

import base64
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter
from urllib.parse import quote, unquote

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

__all__ = ["blind_log26", "validate", "TYPES"]

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
    "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS", "CREDENTIAL",
)
LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
EN_LOCALES = ("en_US", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")

MAX_SPANS = 4
MAX_DECOYS = 3

# --------------------------------------------------------------------------- data
_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64 = string.ascii_letters + string.digits + "+/"
_B64URL = string.ascii_letters + string.digits + "-_"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"      # no I / O
_UK_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"          # no I / Q / Z

COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "慕容", "东方", "司徒", "尉迟",
                     "公孙", "长孙", "夏侯", "端木", "宇文", "澹台", "呼延", "南宫", "闻人", "轩辕")
RARE_SURNAMES = ("仉", "禚", "冼", "訾", "亓", "逯", "蒯", "佘", "隗", "缑", "厍", "邝", "覃", "靳",
                 "岑", "苟", "璩", "晁", "鄢", "禤", "笪", "甯")
UY_GIVEN = ("阿依古丽", "热依拉", "迪丽娜尔", "古丽米拉", "努尔艾力", "艾力", "买买提江", "阿不都热合曼",
            "帕提古丽", "米热阿依", "阿迪力", "祖力皮亚")
UY_FATHER = ("买买提", "艾买提", "阿不都", "吐尔逊", "阿不力孜", "吾斯曼", "依明", "肉孜", "托合提", "喀迪尔")
TIBETAN_NAMES = ("次仁卓玛", "扎西多吉", "格桑梅朵", "索朗旺堆", "达瓦次仁", "央金拉姆", "尼玛顿珠",
                 "白玛央宗", "拉巴次仁", "德吉卓嘎")
MONGOL_NAMES = ("巴特尔", "乌云其木格", "阿拉坦仓", "朝鲁门", "那仁花", "额尔敦", "苏日娜", "哈斯巴根",
                "图雅", "宝音德力格尔")
YI_NAMES = ("阿果伍牛", "吉克阿依", "沙马拉毅", "阿苏史古", "曲比阿且")
ZH_TITLES_CUSTOMER = ("先生", "女士", "小姐")
ZH_TITLES_STAFF = ("经理", "店长", "主管", "师傅", "老师")

PUBLIC_FIGURES_ZH = ("苏东坡", "李白", "孔子", "诸葛亮", "曹操", "杜甫", "鲁迅", "孙悟空", "猪八戒",
                     "林黛玉", "包拯", "岳飞", "关羽", "花木兰", "济公", "唐僧")
PUBLIC_FIGURES_EN = ("Sherlock Holmes", "Abraham Lincoln", "William Shakespeare", "Mickey Mouse",
                     "Harry Potter", "Napoleon Bonaparte", "Ronald McDonald", "Colonel Sanders",
                     "Julius Caesar", "Santa Claus", "Winnie the Pooh", "Elvis Presley", "Robin Hood",
                     "Gordon Gekko", "Homer Simpson")
COMPANIES_ZH = ("杨国福麻辣烫", "张亮麻辣烫", "李先生牛肉面", "王老吉", "周黑鸭", "袁记云饺", "马记永",
                "谭鸭血", "陈香贵", "康师傅", "李锦记", "张小泉", "吴裕泰", "王致和", "杨铭宇黄焖鸡米饭")
DRINK_BRANDS_ZH = ("王老吉", "康师傅", "李锦记")
COMPANIES_EN = ("McDonald's", "Wendy's", "Papa John's", "Tim Hortons", "Carl's Jr.", "Ben & Jerry's",
                "Dave's Hot Chicken", "Ruth's Chris Steak House", "Marie Callender's", "Dr Pepper",
                "Sara Lee", "Hellmann's", "Heinz", "Kellogg's", "Jimmy John's", "Nando's")
DRINK_BRANDS_EN = ("Dr Pepper", "Ben & Jerry's", "Heinz", "Hellmann's")
PLACES_ZH = ("南京西路", "王府井", "春熙路", "西湖", "陆家嘴", "中山公园", "解放碑", "人民广场",
             "静安寺", "太古里", "五道口", "徐家汇", "张江高科", "李公堤", "岳麓山", "鼓浪屿",
             "宽窄巷子", "中关村", "三里屯", "夫子庙", "观前街", "江汉路", "天河城", "华强北")
STATIONS_ZH = ("上海虹桥", "北京南", "广州南", "深圳北", "杭州东", "成都东", "南京南", "武汉", "西安北")
AIRPORTS_ZH = ("浦东机场", "首都机场", "白云机场", "宝安机场", "双流机场", "萧山机场")
PLACES_EN = ("Baker Street", "King's Cross", "Victoria Station", "Lincoln Road", "Washington Square",
             "Oxford Street", "Abbey Road", "Jefferson Ave", "Fenway Park", "Piccadilly Circus",
             "Bondi Junction", "Queen Street Mall", "Union Square", "Columbus Circle", "Grand Central")
PLACES_ES = ("Gran Vía", "Plaza Mayor", "Paseo de Gracia", "Puerta del Sol", "La Rambla")

CN_AREA_CODES = ("110101", "110105", "110108", "120101", "130102", "140105", "150102", "210102",
                 "220102", "230103", "310101", "310104", "310115", "320102", "320505", "330106",
                 "330212", "340104", "350203", "360102", "370202", "410105", "420106", "430104",
                 "440103", "440106", "440304", "440305", "450103", "460105", "500103", "510104",
                 "520102", "530102", "540102", "610113", "620102", "630104", "640104", "650102")
CN_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
CN_MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147",
                      "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
                      "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186",
                      "187", "188", "189", "191", "193", "195", "198", "199")
CN_LANDLINE_AREAS = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029",
                     "0571", "0755", "0512", "0532", "0591", "0731", "0871", "0898")
UNIONPAY_BINS = ("622202", "622848", "621700", "622588", "621483", "622609", "620522", "622700",
                 "621226", "623058")
INTL_REGIONS = ("US", "GB", "AU", "IN", "DE", "FR", "ES", "CA", "SG", "HK", "JP", "NZ", "IE", "TW",
                "MY", "AE", "TH", "PH", "KR", "IT", "NL")
_PHONE_REGIONS = ("CN",) + INTL_REGIONS

ROLE_LOCALS = frozenset({"invoice", "service", "noreply", "no-reply", "donotreply", "alerts", "alert", "support",
                         "orders", "billing", "postmaster", "hr", "ops", "receipts", "notifications",
                         "kefu", "info", "admin", "security", "payroll", "reservations",
                         "mailer-daemon", "feedback"})
SYSTEM_ACCOUNTS = frozenset({"root", "admin", "administrator", "postgres", "mysql", "ubuntu",
                             "ec2-user", "oracle", "test", "guest", "pi", "ftp", "deploy", "jenkins",
                             "git", "www-data", "nginx", "support", "user", "pos_app", "loyalty_rw",
                             "kds_rw", "order_svc", "sa", "backup", "pos"})
SVC_ACCOUNTS = ("svc-pos-sync", "svc-jira-automation", "svc-backup", "svc-kds", "svc-loyalty",
                "svc-menu-publisher")
CN_FREE_MAIL = ("163.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net", "aliyun.com",
                "sohu.com")
INTL_FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me",
                  "btinternet.com", "bigpond.com", "web.de", "gmx.de", "orange.fr", "free.fr",
                  "yahoo.es", "rediffmail.com", "aol.com", "hotmail.co.uk")
CHAIN_DOMAINS = ("harvestwok.com", "heji-food.cn")

DISHES_ZH = ("宫保鸡丁", "麻婆豆腐", "鱼香肉丝", "水煮牛肉", "回锅肉", "小炒黄牛肉", "酸菜鱼", "清蒸鲈鱼",
             "干锅花菜", "番茄炒蛋", "蒜蓉西兰花", "扬州炒饭", "红烧狮子头", "糖醋里脊", "口水鸡")
DISHES_EN = ("Philly Cheesesteak", "Caesar Salad", "Eggs Benedict", "Beef Wellington", "Reuben Sandwich",
             "Kung Pao Chicken", "General Tso's Chicken", "Orange Chicken", "Fish & Chips", "Cobb Salad",
             "Loaded Nachos", "Chicken Alfredo", "Veggie Spring Rolls", "Dan Dan Noodles")
ZH_ROADS = ("淮海中路", "虹桥路", "天目山路", "建国门外大街", "科技园南路", "人民南路", "解放大道",
            "长江路", "滨江大道", "文二路", "云锦路", "龙华路", "科苑路", "翠微路")
ZH_DISTRICTS = ("浦东新区", "徐汇区", "朝阳区", "海淀区", "天河区", "南山区", "西湖区", "锦江区",
                "武昌区", "鼓楼区")
CAUTIONS = ("少放辣", "不要香菜", "餐具1份", "放门口即可", "多给点醋", "不要葱", "请尽快送达",
            "【如遇高峰时段，请耐心等待】")
UA_WX = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
         "Mobile/15E148 MicroMessenger/8.0.49(0x18003129) NetType/4G Language/zh_CN")
UA_ANDROID = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/131.0.0.0 Mobile Safari/537.36")


# --------------------------------------------------------------------------- check digits
def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(num: str) -> bool:
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
_ID_C = "10X98765432"


def _cnid_check(body17: str) -> str:
    return _ID_C[sum(int(a) * b for a, b in zip(body17, _ID_W)) % 11]


_IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16, "AT": 20,
             "IE": 22, "CH": 21}


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


def _j(v: str, ascii_only: bool = False) -> str:
    """JSON-escape a value as it appears between quotes."""
    return json.dumps(v, ensure_ascii=ascii_only)[1:-1]


# --------------------------------------------------------------------------- time formats
def _java(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)


def _pylog(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)


def _iso(d, frac=3, zulu=False):
    if zulu:
        d = d.astimezone(_dt.timezone.utc)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + ("%06d" % d.microsecond)[:frac]
    if zulu:
        return s + "Z"
    off = d.strftime("%z")
    return s + off[:3] + ":" + off[3:]


def _clf(d):
    return d.strftime("%d/%b/%Y:%H:%M:%S %z")


def _syslog(d):
    return "%s %2d %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"))


def _epoch(d):
    return str(int(d.timestamp()))


def _epoch_ms(d):
    return str(int(d.timestamp() * 1000))


# --------------------------------------------------------------------------- generators
class _Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.fk = {}
        for loc in LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f

    # ---- primitives
    def ch(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def p(self, x):
        return self.r.random() < x

    def digits(self, n, lead=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if lead and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = self.chars(_HEX, n)
        return s.upper() if upper else s

    def alnum(self, n):
        return self.chars(_ALNUM, n)

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def when(self, tz=8):
        tzinfo = _dt.timezone(_dt.timedelta(hours=tz))
        base = _dt.datetime(2026, 12, 1, tzinfo=tzinfo)
        return base + _dt.timedelta(seconds=self.r.randrange(6 * 86400),
                                    microseconds=self.r.randrange(1000000))

    def amount(self, lo=8, hi=600):
        return "%.2f" % (self.r.uniform(lo, hi))

    # ---- PERSON
    def minority_name(self):
        k = self.r.random()
        if k < 0.4:
            return self.ch(UY_GIVEN) + "·" + self.ch(UY_FATHER)
        if k < 0.7:
            return self.ch(TIBETAN_NAMES)
        if k < 0.9:
            return self.ch(MONGOL_NAMES)
        return self.ch(YI_NAMES)

    def zh_name(self, mode=None):
        if mode is None:
            k = self.r.random()
            mode = ("compound" if k < 0.10 else "rare" if k < 0.18 else "minority" if k < 0.26
                    else "tw" if k < 0.33 else "cn")
        if mode == "compound":
            return self.ch(COMPOUND_SURNAMES) + self.fk["zh_CN"].first_name()
        if mode == "rare":
            return self.ch(RARE_SURNAMES) + self.fk["zh_CN"].first_name()
        if mode == "minority":
            return self.minority_name()
        if mode == "tw":
            return self.fk["zh_TW"].name()
        return self.fk["zh_CN"].name()

    def zh_surname(self):
        k = self.r.random()
        if k < 0.08:
            return self.ch(COMPOUND_SURNAMES)
        if k < 0.16:
            return self.ch(RARE_SURNAMES)
        return self.fk["zh_CN"].last_name()

    def en_loc(self):
        return self.ch(EN_LOCALES)

    def en_first(self, loc=None):
        return self.fk[loc or self.en_loc()].first_name()

    def en_last(self, loc=None):
        return self.fk[loc or self.en_loc()].last_name()

    def en_name(self, loc=None):
        loc = loc or self.en_loc()
        f = self.fk[loc]
        first, last = f.first_name(), f.last_name()
        if loc == "es_ES" and self.p(0.5):
            last = last + " " + f.last_name()
        return first + " " + last

    def login(self):
        for _ in range(50):
            if self.p(0.45):
                f = _fold(self.en_first()).lower()
                l = _fold(self.en_last()).lower()
                if not f or not l:
                    continue
                pats = (f[0] + l, f + "." + l, f + l[0], f + "_" + l, l + f[0], f[0] + l + str(self.ri(1, 99)))
            else:
                f = _fold(self.fk["zh_CN"].first_romanized_name()).lower()
                l = _fold(self.fk["zh_CN"].last_romanized_name()).lower()
                pats = (l + "." + f, l + f, l + f + self.digits(2), f + "." + l, l + "_" + f, l + f[0])
            s = self.ch(pats)
            if len(s) >= 4 and s not in SYSTEM_ACCOUNTS and re.fullmatch(r"[a-z][a-z0-9._]+", s):
                return s
        return "zhang.wei"

    # ---- EMAIL
    def email(self, kind=None):
        kind = kind or self.ch(("cn", "qq", "intl", "intl", "corp"))
        if kind == "qq":
            return self.digits(self.ri(6, 10), lead=True) + "@qq.com"
        for _ in range(50):
            if kind == "cn":
                f = _fold(self.fk["zh_CN"].first_romanized_name()).lower()
                l = _fold(self.fk["zh_CN"].last_romanized_name()).lower()
                local = self.ch((l + f + self.digits(4), l + "." + f, f + l + self.digits(2), l + "_" + f,
                                 l + f[0] + self.digits(3)))
                dom = self.ch(CN_FREE_MAIL)
            elif kind == "corp":
                if self.p(0.5):
                    f = _fold(self.fk["zh_CN"].first_romanized_name()).lower()
                    l = _fold(self.fk["zh_CN"].last_romanized_name()).lower()
                else:
                    f = _fold(self.en_first()).lower()
                    l = _fold(self.en_last()).lower()
                local = self.ch((f + "." + l, f[0] + l, l + "." + f))
                dom = self.ch(CHAIN_DOMAINS)
            else:
                f = _fold(self.en_first()).lower()
                l = _fold(self.en_last()).lower()
                if not f or not l:
                    continue
                local = self.ch((f + "." + l, f + l + self.digits(2), f[0] + "." + l, l + "." + f, f + "_" + l,
                                 f + self.digits(4)))
                dom = self.ch(INTL_FREE_MAIL)
            if local not in ROLE_LOCALS and local[0].isalnum():
                return local + "@" + dom
        return "zhangwei88@163.com"

    def role_mailbox(self):
        return self.ch(("service", "noreply", "no-reply", "alerts", "receipts", "orders", "billing",
                        "kefu", "reservations", "notifications")) + "@" + self.ch(CHAIN_DOMAINS)

    # ---- PHONE
    def cn_mobile(self, style=None):
        while True:
            d = self.ch(CN_MOBILE_PREFIXES) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "CN")):
                break
        style = style or self.ch(("plain", "plain", "plain", "s344", "d344", "+86s", "+86", "+86-", "(+86)",
                                  "0086", "86-"))
        s = {
            "plain": d,
            "s344": "%s %s %s" % (d[:3], d[3:7], d[7:]),
            "d344": "%s-%s-%s" % (d[:3], d[3:7], d[7:]),
            "+86s": "+86 %s %s %s" % (d[:3], d[3:7], d[7:]),
            "+86": "+86" + d,
            "+86-": "+86-" + d,
            "(+86)": "(+86)" + d,
            "0086": "0086 " + d,
            "86-": "86-" + d,
        }[style]
        return s if _phone_ok(s) else d

    def cn_landline(self, style=None):
        while True:
            area = self.ch(CN_LANDLINE_AREAS)
            sub = str(self.ri(2, 8)) + self.digits(7)
            num = phonenumbers.parse(area + sub, "CN")
            if phonenumbers.is_valid_number(num):
                break
        style = style or self.ch(("dash", "dash", "paren", "space", "+86", "plain"))
        s = {
            "dash": area + "-" + sub,
            "paren": "(" + area + ")" + sub,
            "space": area + " " + sub[:4] + " " + sub[4:],
            "+86": "+86 " + area[1:] + " " + sub[:4] + " " + sub[4:],
            "plain": area + sub,
        }[style]
        return s if _phone_ok(s) else area + "-" + sub

    def intl_phone(self, region, style=None, mobile=True):
        pt = _PNT.MOBILE if mobile else _PNT.FIXED_LINE
        ex = phonenumbers.example_number_for_type(region, pt) or phonenumbers.example_number(region)
        nsn = str(ex.national_number)
        num = ex
        for _ in range(60):
            hi = max(3, len(nsn) - 2)
            k = max(self.ri(3, hi), self.ri(3, hi))
            cand = nsn[:len(nsn) - k] + self.digits(k)
            n = phonenumbers.parse("+%d%s" % (ex.country_code, cand), None)
            if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == phonenumbers.number_type(ex):
                num = n
                break
        style = style or self.ch(("E164", "INTL", "INTL", "NATL", "RFC"))
        natl = phonenumbers.format_number(num, _PNF.NATIONAL)
        if style == "E164":
            s = phonenumbers.format_number(num, _PNF.E164)
        elif style == "INTL":
            s = phonenumbers.format_number(num, _PNF.INTERNATIONAL)
        elif style == "NATL":
            s = natl
        elif style == "RFC":
            s = phonenumbers.format_number(num, _PNF.RFC3966)[4:]
        elif style == "DASH":
            s = re.sub(r"[ ()]+", "-", natl).strip("-")
        elif style == "DOT":
            s = re.sub(r"[ ()\-]+", ".", natl).strip(".")
        else:  # DIGITS
            s = re.sub(r"\D", "", natl)
        return s if _phone_ok(s) else phonenumbers.format_number(num, _PNF.E164)

    # ---- CARDS / BANK / IDS
    def card(self, brand=None, style=None):
        brand = brand or self.ch(("visa", "visa", "mc", "amex", "unionpay"))
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            pre = self.ch(("51", "52", "53", "54", "55", str(self.ri(2221, 2720))))
            body = pre + self.digits(15 - len(pre))
        elif brand == "amex":
            body = self.ch(("34", "37")) + self.digits(12)
        else:
            pre = self.ch(UNIONPAY_BINS)
            body = pre + self.digits(self.ch((16, 19, 19)) - 1 - len(pre))
        num = body + _luhn_digit(body)
        style = style or self.ch(("plain", "plain", "space", "dash"))
        if style == "plain":
            return num
        sep = " " if style == "space" else "-"
        if len(num) == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, len(num), 4)]
        return sep.join(groups)

    def iban(self, cc=None, spaced=None):
        cc = cc or self.ch(("DE", "GB", "FR", "ES", "NL", "IT", "BE", "AT", "IE", "CH"))
        if cc in ("DE",):
            bban = self.digits(18)
        elif cc == "ES":
            bban = self.digits(20)
        elif cc == "BE":
            bban = self.digits(12)
        elif cc == "AT":
            bban = self.digits(16)
        elif cc == "CH":
            bban = self.digits(17)
        elif cc in ("GB", "IE"):
            bank = self.ch(("NWBK", "BARC", "LOYD", "MIDL", "HBUK")) if cc == "GB" else self.ch(("AIBK", "BOFI"))
            bban = bank + self.digits(14)
        elif cc == "NL":
            bban = self.ch(("ABNA", "INGB", "RABO", "SNSB")) + self.digits(10)
        elif cc == "FR":
            bban = self.digits(10) + self.chars(string.digits + string.ascii_uppercase[:6], 11) + self.digits(2)
        else:  # IT
            bban = self.ch(string.ascii_uppercase) + self.digits(10) + self.chars(string.digits, 12)
        chk = 98 - _mod97(bban + cc + "00")
        ib = "%s%02d%s" % (cc, chk, bban)
        if spaced is None:
            spaced = self.p(0.5)
        if spaced:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ssn(self, style=None):
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        b, c = self.ri(1, 99), self.ri(1, 9999)
        style = style or self.ch(("dash", "dash", "dash", "dash", "plain", "space"))
        sep = {"dash": "-", "plain": "", "space": " "}[style]
        return "%03d%s%02d%s%04d" % (a, sep, b, sep, c)

    def cn_id(self):
        area = self.ch(CN_AREA_CODES)
        birth = _dt.date(1962, 1, 1) + _dt.timedelta(days=self.ri(0, 15700))
        body = area + birth.strftime("%Y%m%d") + "%03d" % self.ri(0, 999)
        return body + _cnid_check(body)

    def passport(self, cc=None):
        cc = cc or self.ch(("CN", "US", "GB", "IN", "ES"))
        if cc == "CN":
            return self.ch(("E" + self.digits(8), "E" + self.ch(_PLATE_LETTERS) + self.digits(7),
                            "G" + self.digits(8)))
        if cc == "US":
            return self.ch((self.digits(9, lead=True), self.ch(_PLATE_LETTERS) + self.digits(8)))
        if cc == "GB":
            return self.digits(9, lead=True)
        if cc == "IN":
            return self.ch(_PLATE_LETTERS) + self.digits(7)
        return self.chars(string.ascii_uppercase, 3) + self.digits(6)

    def plate(self, kind=None):
        kind = kind or self.ch(("cn", "cn", "cn_ne", "us", "uk"))
        if kind in ("cn", "cn_ne"):
            sep = self.ch(("", "·", "·", " "))
            head = self.ch(CN_PROVINCES) + self.ch("ABCDEFGH")
            if kind == "cn_ne":
                tail = self.ch("DF") + self.ch(_PLATE_LETTERS + string.digits) + self.digits(4)
            else:
                tail = list(self.digits(5))
                for i in self.r.sample(range(5), self.ri(0, 2)):
                    tail[i] = self.ch(_PLATE_LETTERS)
                tail = "".join(tail)
            return head + sep + tail
        if kind == "us":
            if self.p(0.5):
                return str(self.ri(1, 9)) + self.chars(_PLATE_LETTERS, 3) + self.digits(3)
            return self.chars(_PLATE_LETTERS, 3) + self.ch(("-", " ", "")) + self.digits(4)
        return (self.chars(_UK_LETTERS, 2) + "%02d" % self.ri(2, 75) + self.ch((" ", "")) +
                self.chars(_UK_LETTERS, 3))

    # ---- IP
    def client_ip(self, kind=None):
        kind = kind or self.ch(("cn4", "cn4", "world4", "v6"))
        if kind == "cn4":
            pre = self.ch(("223.104", "117.136", "112.97", "36.110", "114.84", "183.192", "120.229", "58.246",
                           "101.88", "39.144", "182.150", "27.38"))
            return "%s.%d.%d" % (pre, self.ri(0, 255), self.ri(1, 254))
        if kind == "world4":
            pre = self.ch(("73.162", "98.207", "174.63", "24.18", "68.45", "76.102", "99.113", "107.77",
                           "86.14", "81.102", "5.151", "49.36", "122.161", "1.144", "90.214", "203.0"))
            if pre == "203.0":
                return "203.0.113.%d" % self.ri(1, 254)
            return "%s.%d.%d" % (pre, self.ri(0, 255), self.ri(1, 254))
        if kind == "lan":
            k = self.r.random()
            if k < 0.4:
                return "192.168.%d.%d" % (self.ri(0, 30), self.ri(2, 254))
            if k < 0.8:
                return "10.%d.%d.%d" % (self.ri(0, 99), self.ri(0, 255), self.ri(2, 254))
            return "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 254))
        if kind == "attacker":
            pre = self.ch(("185.220.101", "45.95.147", "193.42.33", "141.98.10", "103.145.13", "91.240.118",
                           "194.26.29", "80.94.95", "61.177.172", "218.92.0"))
            return "%s.%d" % (pre, self.ri(1, 254))
        pre = self.ch(("2408:8207", "240e:3a1", "2409:8a28", "2601:645", "2a02:c7c", "2600:1700", "2405:201"))
        raw = pre + ":" + ":".join("%x" % self.ri(0, 0xffff) for _ in range(6))
        return str(ipaddress.ip_address(raw))

    def server_ip(self, kind=None):
        kind = kind or self.ch(("10", "10", "172", "192", "cloud"))
        if kind == "10":
            return "10.%d.%d.%d" % (self.ri(0, 63), self.ri(0, 255), self.ri(2, 254))
        if kind == "172":
            return "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 254))
        if kind == "192":
            return "192.168.%d.%d" % (self.ri(0, 20), self.ri(2, 254))
        pre = self.ch(("47.100", "47.102", "39.105", "52.84", "54.239", "34.117", "13.248", "20.42", "101.37",
                       "119.29"))
        return "%s.%d.%d" % (pre, self.ri(0, 255), self.ri(2, 254))

    # ---- CREDENTIAL
    def password(self):
        sym = "!@#$^*-_.+=?~"
        k = self.r.random()
        if k < 0.3:
            py = (_fold(self.fk["zh_CN"].last_romanized_name()).lower() +
                  _fold(self.fk["zh_CN"].first_romanized_name()).lower())
            return self.ch((py + "@" + self.digits(4), py.capitalize() + self.digits(3) + "!", py + self.digits(6)))
        if k < 0.6:
            w = self.ch(("Summer", "Winter", "Welcome", "Harvest", "Kitchen", "Dragon", "Tiger", "Qwer",
                         "Passw0rd", "Monkey", "Sunshine", "Hw"))
            return w + self.digits(self.ri(2, 4)) + self.ch(sym)
        return self.chars(_ALNUM + sym, self.ri(10, 18))

    def jwt(self):
        d = self.when()
        hdr = {"alg": self.ch(("HS256", "RS256", "ES256")), "typ": "JWT"}
        pl = {"sub": self.ch((self.uuid4(), self.digits(8, lead=True))), "iat": int(d.timestamp()),
              "exp": int(d.timestamp()) + self.ch((900, 3600, 7200, 86400)),
              "scope": self.ch(("orders:write", "pos", "member", "rider", "kds:read"))}
        if self.p(0.5):
            pl["iss"] = self.ch(("https://auth.harvestwok.com", "heji-auth", "passport.heji-food.cn"))

        def b(x):
            return base64.urlsafe_b64encode(json.dumps(x, separators=(",", ":")).encode()).rstrip(b"=").decode()

        sig = base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(self.ch((32, 64, 256))))
                                       ).rstrip(b"=").decode()
        return b(hdr) + "." + b(pl) + "." + sig

    def pem_body(self, sep="\\n"):
        lines = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + self.chars(_B64, 14)]
        lines += [self.chars(_B64, 64) for _ in range(self.ri(3, 7))]
        lines.append(self.chars(_B64, self.ri(8, 60)) + self.ch(("", "=", "==")))
        return sep.join(lines)

    def secret(self, kind):
        if kind == "stripe":
            return self.ch(("sk_live_", "rk_live_")) + self.alnum(self.ch((24, 34, 99)))
        if kind == "aws_akid":
            return self.ch(("AKIA", "AKIA", "ASIA")) + self.chars(string.ascii_uppercase + "234567", 16)
        if kind == "aws_secret":
            return self.chars(_ALNUM + "/+", 40)
        if kind == "ali_akid":
            return "LTAI5t" + self.alnum(18)
        if kind == "ali_secret":
            return self.alnum(30)
        if kind == "tc_id":
            return "AKID" + self.alnum(32)
        if kind == "github":
            return self.ch(("ghp_", "gho_", "ghs_")) + self.alnum(36)
        if kind == "slack":
            return "xoxb-" + self.digits(12, True) + "-" + self.digits(13, True) + "-" + self.alnum(24)
        if kind == "google":
            return "AIza" + self.chars(_ALNUM + "-_", 35)
        if kind == "sendgrid":
            return "SG." + self.chars(_B64URL, 22) + "." + self.chars(_B64URL, 43)
        if kind == "hex32":
            return self.hexs(32)
        if kind == "jsession":
            return self.hexs(32, upper=True) + self.ch(("", "", ".node0", ".pos-web02"))
        if kind == "phpsess":
            return self.chars("abcdefghijklmnopqrstuv0123456789", 26)
        if kind == "django":
            return self.chars(string.ascii_lowercase + string.digits, 32)
        if kind == "express":
            return "s%3A" + self.chars(_B64URL, 32) + "." + quote(self.chars(_B64, 43), safe="")
        if kind == "whsec":
            return "whsec_" + self.chars(_ALNUM, 32)
        if kind == "reset":
            return self.chars(_B64URL, 43)
        if kind == "opaque":
            return self.alnum(self.ch((32, 40, 48)))
        if kind == "basic":
            user = self.ch(("pos", "kds", "store" + self.digits(4), "webhook", "printer"))
            return base64.b64encode((user + ":" + self.password()).encode()).decode()
        if kind == "jwt":
            return self.jwt()
        return self.password()

    # ---- decoys & misc
    def store_zh(self):
        return [(self.ch(PLACES_ZH), "place"), "店"]

    def zh_addr(self):
        return self.ch(ZH_DISTRICTS) + self.ch(ZH_ROADS) + "%d号" % self.ri(1, 1999) + self.ch(
            ("", "%d栋%d室" % (self.ri(1, 30), self.ri(101, 2808)), "%d单元" % self.ri(1, 6)))

    def luhn16_id(self):
        body = "2026" + "12" + "0" + str(self.ri(1, 6)) + self.digits(7)
        return body + _luhn_digit(body)

    def order_id_zh(self):
        k = self.r.random()
        if k < 0.3:
            return self.luhn16_id()
        if k < 0.55:
            return "1" + self.digits(10)
        if k < 0.8:
            return self.digits(self.ch((17, 18, 19)), lead=True)
        return "HW2026120" + str(self.ri(1, 6)) + self.digits(8)

    def case_no(self, prefix="TS"):
        return "%s-2026120%d-%04d" % (prefix, self.ri(1, 6), self.ri(1, 9999))

    def emp_id(self):
        return self.ch(("A%04d" % self.ri(1, 9999), "SH%05d" % self.ri(1, 99999), "E-%05d" % self.ri(1, 99999),
                        "HW%06d" % self.ri(1, 999999)))

    def pickup(self):
        return self.ch((self.digits(4, lead=True), self.digits(6, lead=True),
                        self.ch("ABCD") + self.digits(3)))

    def temp(self, lo, hi):
        return "%.1f" % self.r.uniform(lo, hi)


# --------------------------------------------------------------------------- templates
_TEMPLATES = []


def _tpl(lang, system, spans, decoys):
    def deco(fn):
        _TEMPLATES.append((fn, lang, system, spans, decoys))
        return fn
    return deco


P, E, PH, CC, IB, SSN, CID, PP, LP, IP, CR = TYPES


# ============================ Chinese lines ============================

@_tpl("zh", "Meituan Waimai order push, Java logback", "PERSON(surname) PHONE_NUMBER", "order_id amount")
def _z_mt_push(g):
    d = g.when()
    sur, title = g.zh_surname(), g.ch(("先生", "女士"))
    tpart = "(" + title + ")" if g.p(0.6) else title
    return [_java(d), " INFO  [http-nio-8080-exec-", str(g.ri(1, 200)),
            '] c.h.waimai.mt.MtOrderPushController : 美团订单推送 body={"wm_order_id_view":"',
            (g.digits(g.ch((17, 18)), lead=True), "order_id"), '","recipient_name":"', (sur, P), tpart,
            '","recipient_phone":"', (g.cn_mobile("plain"), PH), '","recipient_address":"', g.zh_addr(),
            '","caution":"', g.ch(CAUTIONS), '","total":', (g.amount(), "amount"), ',"status":2}']


@_tpl("zh", "Ele.me order callback, Go logrus logfmt", "PERSON(surname) PHONE_NUMBER", "order_id queue_number")
def _z_eleme(g):
    d = g.when()
    sur, title = g.zh_surname(), g.ch(ZH_TITLES_CUSTOMER)
    tpart = "(" + title + ")" if g.p(0.5) else title
    return ['time="', _iso(d, 0), '" level=info msg="eleme push received" type=10 shopId=', g.digits(9, True),
            " orderId=", ("30" + g.digits(17), "order_id"), ' consignee="', (sur, P), tpart,
            '" phoneList="[\\"', (g.cn_mobile("plain"), PH), '\\"]" daySn=', (str(g.ri(1, 180)), "queue_number"),
            " deliverTime=null"]


@_tpl("zh", "rider dispatch service, plain Chinese text", "PERSON PHONE_NUMBER", "order_id rider_id place")
def _z_dispatch(g):
    d = g.when()
    return ["[dispatch-svc] ", d.strftime("%Y/%m/%d %H:%M:%S"), " 订单 ", (g.order_id_zh(), "order_id"),
            " 已指派骑手 ", (g.zh_name(), P), "（骑手ID ", ("R" + g.digits(8), "rider_id"), "，电话 ",
            (g.cn_mobile(), PH), "），预计 ", (d + _dt.timedelta(minutes=g.ri(15, 50))).strftime("%H:%M"),
            " 送达，取餐门店：", g.store_zh()]


@_tpl("zh", "POS shift handover, Python logging", "PERSON(login) x2, PERSON(surname)", "amount")
def _z_shift(g):
    d = g.when()
    return [_pylog(d), " - pos.shift - INFO - 交班完成 收银员=", (g.login(), P), " 接班人=", (g.login(), P),
            " 终端=POS-0", str(g.ri(1, 8)), " 现金差额=", (g.ch(("0.00", "-" + g.amount(1, 50), g.amount(1, 20))), "amount"),
            " 复核=", (g.zh_surname(), P), g.ch(("经理", "店长", "主管"))]


@_tpl("zh", "kitchen display system (KDS) timeout, pipe-separated", "-", "order_id table_number [company]")
def _z_kds(g):
    d = g.when()
    dishes = g.r.sample(DISHES_ZH, g.ri(1, 3))
    parts = ["KDS|", _java(d), "|", g.ch(("炒锅1", "炒锅2", "蒸柜", "凉菜间", "面点")), "|出餐超时|单号 #",
             ("%03d" % g.ri(1, 400), "order_id"), "|桌号 ", (g.ch(("A", "B", "")) + str(g.ri(1, 40)), "table_number"),
             "|", ",".join("%sx%d" % (x, g.ri(1, 3)) for x in dishes)]
    if g.p(0.5):
        parts += [",", (g.ch(DRINK_BRANDS_ZH), "company"), "x%d" % g.ri(1, 4)]
    return parts + ["|已等待 %d分%02d秒" % (g.ri(12, 40), g.ri(0, 59))]


@_tpl("zh", "nginx access log, member registration query string (percent-encoded name)",
      "IP_ADDRESS PHONE_NUMBER PERSON(%-encoded)", "invite_code")
def _z_nginx_member(g):
    d = g.when()
    ph = g.cn_mobile("plain") if g.p(0.7) else "%2B86" + g.cn_mobile("plain")
    return [(g.client_ip("cn4"), IP), " - - [", _clf(d), '] "GET /api/member/register?mobile=', (ph, PH),
            "&name=", (quote(g.zh_name(), safe=""), P), "&inviteCode=", (g.chars(_PLATE_LETTERS + "23456789", 6), "invite_code"),
            '&channel=wxapp HTTP/1.1" 200 ', str(g.ri(60, 400)), ' "https://servicewechat.com/wx', g.hexs(16), "/",
            str(g.ri(1, 90)), '/page-frame.html" "', UA_WX, '" ', "%.3f" % g.r.uniform(0.005, 0.3)]


@_tpl("zh", "Druid SQL statement log, points update", "PHONE_NUMBER PERSON", "points")
def _z_sql_points(g):
    d = g.when()
    return ["[", _java(d), "] [DEBUG] [druid.sql.Statement] - {conn-", str(g.ri(10000, 10999)), ", pstmt-",
            str(g.ri(20000, 29999)), "} executed. UPDATE t_member SET points = points + ", (str(g.ri(5, 900)), "points"),
            ", updated_at = NOW() WHERE mobile = '", (g.cn_mobile("plain"), PH), "' AND real_name = '",
            (g.zh_name(g.ch(("compound", "rare", "cn", "minority"))), P), "'"]


@_tpl("zh", "coupon redemption, Go zap JSON", "PHONE_NUMBER", "coupon_code place trace_id")
def _z_zap_coupon(g):
    d = g.when()
    return ['{"level":"info","ts":', "%s.%06d" % (_epoch(d), d.microsecond), ',"caller":"coupon/redeem.go:',
            str(g.ri(40, 200)), '","msg":"券核销成功","couponCode":"', (g.ch(("MT", "HJ", "DP")) + g.chars(_PLATE_LETTERS + string.digits, 8), "coupon_code"),
            '","memberMobile":"', (g.cn_mobile(g.ch(("plain", "+86", "+86s"))), PH), '","store":"'] + g.store_zh() + [
            '","traceId":"', (g.hexs(32), "trace_id"), '"}']


@_tpl("zh", "Aliyun SMS gateway, reservation confirmation", "PHONE_NUMBER PERSON(surname)", "pickup_code request_id")
def _z_sms_resv(g):
    d = g.when()
    return ["[sms-gateway] ", _java(d), " 发送成功 PhoneNumbers=", (g.cn_mobile(g.ch(("plain", "plain", "+86"))), PH),
            " TemplateCode=SMS_", g.digits(9, True), ' content="【禾记】尊敬的', (g.zh_surname(), P),
            g.ch(ZH_TITLES_CUSTOMER), "，您已成功预订12月%d日 %s " % (g.ri(7, 28), g.ch(("11:30", "12:00", "18:00", "18:30", "19:00"))),
            g.ch(("牡丹厅", "玉兰厅", "芙蓉厅", "听雨轩", "望江阁")), "包间（%d位），核销码" % g.ri(2, 16),
            (g.digits(6, True), "pickup_code"), '，如需改期请回复本短信。" BizId=',
            (g.digits(18, True) + "^0", "request_id")]


@_tpl("zh", "queue / number-calling service (decoys only)", "-", "place queue_number")
def _z_queue(g):
    d = g.when()
    return ["queue-svc ", _java(d), " INFO 门店["] + g.store_zh() + ["] 叫号 ", (g.ch("ABCD") + "%03d" % g.ri(1, 199), "queue_number"),
            " 桌型=", g.ch(("小桌(1-2人)", "中桌(3-4人)", "大桌(5-8人)", "包间")), " 前方等待 %d 桌 预计 %d 分钟 取号渠道=" % (g.ri(0, 30), g.ri(5, 90)),
            g.ch(("美团", "大众点评", "微信小程序", "现场取号"))]


@_tpl("zh", "UnionPay POS terminal (银联) sale", "CREDIT_CARD", "merchant_id amount reference_number")
def _z_upos(g):
    d = g.when()
    card = g.card(g.ch(("unionpay", "unionpay", "unionpay", "visa", "mc")))
    return ["[UPOS][", d.strftime("%Y%m%d %H%M%S"), "] 交易类型=消费 应答码=00(交易成功) 商户号=",
            ("898" + g.digits(12), "merchant_id"), " 终端号=", g.digits(8, True), " 卡号=", (card, CC), " 金额=",
            (g.amount(), "amount"), " 检索参考号=", (g.digits(12, True), "reference_number"), " 批次号=", "%06d" % g.ri(1, 999)]


@_tpl("zh", "WeChat Pay v2 notify XML (decoys only)", "-", "merchant_id order_id amount")
def _z_wxpay_xml(g):
    d = g.when()
    return ["wxpay notify body=<xml><appid><![CDATA[wx", g.hexs(16), "]]></appid><mch_id><![CDATA[",
            ("1" + g.digits(9), "merchant_id"), "]]></mch_id><result_code><![CDATA[SUCCESS]]></result_code>"
            "<out_trade_no><![CDATA[", (g.order_id_zh(), "order_id"), "]]></out_trade_no><total_fee>",
            (str(g.ri(100, 60000)), "amount"), "</total_fee><trade_type><![CDATA[JSAPI]]></trade_type><time_end><![CDATA[",
            d.strftime("%Y%m%d%H%M%S"), "]]></time_end></xml>"]


@_tpl("zh", "cold-chain IoT temperature alarm", "PERSON PHONE_NUMBER", "device_serial temperature")
def _z_coldchain(g):
    d = g.when()
    return ["[IoT-ColdChain] ", _iso(d), " device=", ("CC-FRZ-%04d" % g.ri(1, 9999), "device_serial"), " 探头=T%d" % g.ri(1, 4),
            " 当前温度=", (g.temp(-15, -5) + "℃", "temperature"), " 阈值=-18℃ 已持续%d分钟，已电话通知值班人员" % g.ri(10, 90),
            (g.zh_name(), P), "(", (g.cn_mobile(), PH), ")"]


@_tpl("zh", "food-safety inspection record", "PERSON x2, CN_RESIDENT_ID", "case_number place")
def _z_inspect(g):
    return ["食安巡检 单号=", (g.case_no("FS"), "case_number"), " 门店="] + g.store_zh() + [" 检查人=", (g.zh_name(), P),
            " 结论=限期整改 问题项: 员工", (g.zh_name(), P), "健康证已过期(身份证号", (g.cn_id(), CID), ")"]


@_tpl("zh", "staff schedule CSV import warning", "PERSON PHONE_NUMBER", "employee_id")
def _z_schedule_csv(g):
    return ["WARN schedule-import 第%d行校验失败: \"2026-12-%02d,%s,%s," % (
        g.ri(2, 300), g.ri(7, 31), g.ch(("早班", "中班", "晚班")), g.ch(("07:00-15:00", "10:00-14:00,17:00-21:00", "14:00-22:00"))),
        (g.zh_name(), P), ",", (g.cn_mobile(g.ch(("plain", "d344", "s344"))), PH), ",", g.ch(("后厨", "前厅", "收银", "洗碗间")), ",",
        (g.emp_id(), "employee_id"), '" 原因=岗位未配置']


@_tpl("zh", "health-certificate OCR, Python json.dumps (\\u-escaped)", "PERSON(\\u-escaped) CN_RESIDENT_ID",
      "cert_number")
def _z_healthcert(g):
    issuer = g.ch(("上海市长宁区疾病预防控制中心", "北京市朝阳区卫生健康委员会", "广州市天河区疾病预防控制中心",
                   "成都市锦江区卫生健康局"))
    return ['INFO:healthcert.ocr:result={"name": "', (_j(g.zh_name(), True), P), '", "id_number": "', (g.cn_id(), CID),
            '", "cert_no": "', ("JK" + g.digits(12), "cert_number"), '", "valid_until": "2027-%02d-%02d", "issuer": "' % (
                g.ri(1, 12), g.ri(1, 28)), _j(issuer, True), '", "confidence": 0.9%d}' % g.ri(0, 9)]


@_tpl("zh", "customer-service IM chat transcript", "PERSON(surname) PHONE_NUMBER or EMAIL_ADDRESS", "case_number order_id")
def _z_cs_chat(g):
    d = g.when()
    head = ["[客服][会话 ", ("KF%s%05d" % (d.strftime("%Y%m%d"), g.ri(1, 99999)), "case_number"), "] ", d.strftime("%H:%M:%S"),
            " 顾客: 你好我是", (g.zh_surname(), P), g.ch(ZH_TITLES_CUSTOMER), "，订单", (g.order_id_zh(), "order_id")]
    if g.p(0.6):
        return head + ["少送了一份米饭，麻烦回电", (g.cn_mobile(), PH)]
    return head + ["的发票还没收到，麻烦发到我邮箱 ", (g.email(g.ch(("qq", "cn"))), E), " 谢谢"]


@_tpl("zh", "complaint ticket system", "PERSON(surname) EMAIL_ADDRESS PERSON PERSON(login)", "case_number role_mailbox")
def _z_complaint(g):
    return ["工单 ", (g.case_no("TS"), "case_number"), " 已创建 类型=投诉 投诉人=", (g.zh_surname(), P), g.ch(("女士", "先生")),
            " 邮箱=", (g.email(), E), " 抄送=", (g.role_mailbox(), "role_mailbox"), ' 描述="骑手', (g.zh_name(), P), g.ch(("态度恶劣，汤洒了一半", "送错地址还挂电话", "超时40分钟")),
            '" 处理人=', (g.login(), P)]


@_tpl("zh", "rider real-name KYC verification", "PERSON CN_RESIDENT_ID LICENSE_PLATE", "rider_id")
def _z_rider_kyc(g):
    return ["rider.kyc 实名核验 riderId=", ("R" + g.digits(8), "rider_id"), " name=", (g.zh_name(), P), " idcard=", (g.cn_id(), CID),
            " vehicle=", g.ch(("摩托车", "汽车", "电动汽车")), " plate=", (g.plate(g.ch(("cn", "cn_ne"))), LP),
            " result=PASS score=0.9%d" % g.ri(0, 9)]


@_tpl("zh", "e-invoice issuing service", "EMAIL_ADDRESS PERSON", "invoice_number role_mailbox amount")
def _z_invoice(g):
    d = g.when()
    return ["[e-invoice] ", _java(d), " 开票成功 发票号码=", ("2631" + g.digits(16), "invoice_number"), " 抬头=个人 发件邮箱=",
            ("invoice@" + g.ch(CHAIN_DOMAINS), "role_mailbox"), " 接收邮箱=", (g.email(g.ch(("qq", "qq", "cn"))), E),
            " 价税合计=", (g.amount(), "amount"), " 开票人=", (g.zh_name(), P)]


@_tpl("zh", "store Wi-Fi captive portal SMS login", "PHONE_NUMBER IP_ADDRESS", "pickup_code place")
def _z_portal(g):
    mac = ":".join("%02x" % g.ri(0, 255) for _ in range(6))
    return ["portal[%d]: 手机号" % g.ri(100, 9999), (g.cn_mobile("plain"), PH), "申请上网验证码 ", (g.digits(g.ch((4, 6)), True), "pickup_code"),
            " client=", (g.client_ip("lan"), IP), " mac=", mac, " ap="] + g.store_zh() + ["-%dF" % g.ri(1, 3)]


@_tpl("zh", "Nacos config-center publish with secrets", "PERSON(login) CREDENTIAL x2", "checksum")
def _z_nacos(g):
    d = g.when()
    return ["[Nacos] ", _java(d), " 配置发布 dataId=pay-service.yaml group=PROD 操作人=", (g.login(), P),
            " 变更项: wechat.pay.apiv3-key=", (g.alnum(32), CR), ", alipay.app-private-key=", (g.pem_body(sep=""), CR),
            " md5=", (g.hexs(32), "checksum")]


@_tpl("zh", "secret-scanning alert on git commit (Aliyun AccessKey)", "CREDENTIAL x2 PERSON EMAIL_ADDRESS", "commit_hash")
def _z_ak_leak(g):
    return ["【安全告警】代码仓库 pos-backend 提交 ", (g.hexs(g.ch((7, 8, 40))), "commit_hash"), " 中检测到阿里云 AccessKey 明文：",
            (g.secret("ali_akid"), CR), " / ", (g.secret("ali_secret"), CR), "，提交人 ", (g.zh_name("cn"), P), " <",
            (g.email("corp"), E), ">"]


@_tpl("zh", "central-kitchen gate, cold-chain truck entry", "LICENSE_PLATE PERSON(surname) PHONE_NUMBER",
      "temperature waybill")
def _z_truck(g):
    d = g.when()
    return ["[中央厨房-门岗] ", _java(d), " 车辆入场 车牌=", (g.plate("cn"), LP), " 司机=", (g.zh_surname(), P), "师傅 电话=",
            (g.cn_mobile(), PH), " 车厢温度=", (g.temp(0.5, 7.5), "temperature"), "℃ 运单号=",
            (g.ch(("SF", "JDVA", "ZTO")) + g.digits(13, True), "waybill")]


@_tpl("zh", "Meituan delivery (peisong) status callback JSON", "PERSON PHONE_NUMBER", "waybill order_id epoch_ts")
def _z_peisong(g):
    d = g.when()
    return ['mt-peisong callback: {"delivery_id":', g.digits(10, True), ',"mt_peisong_id":"', ("MT" + g.digits(16, True), "waybill"),
            '","order_id":"', (g.order_id_zh(), "order_id"), '","status":', g.ch(("20", "30", "50")), ',"courier_name":"',
            (g.zh_name(g.ch(("rare", "compound", "cn", "cn"))), P), '","courier_phone":"', (g.cn_mobile("plain"), PH),
            '","timestamp":', (_epoch(d), "epoch_ts"), "}"]


@_tpl("zh", "table reservation, Node.js pino JSON", "PERSON PHONE_NUMBER", "epoch_ts table_number")
def _z_pino_resv(g):
    d = g.when()
    return ['{"level":30,"time":', (_epoch_ms(d), "epoch_ts"), ',"pid":', str(g.ri(7, 40000)), ',"hostname":"resv-',
            g.hexs(10), '-', g.chars(string.ascii_lowercase + string.digits, 5), '","msg":"创建预订","guest":"', (g.zh_name(), P),
            '","mobile":"', (g.cn_mobile(), PH), '","partySize":', str(g.ri(1, 12)), ',"tableNo":"', (g.ch(("A", "B", "V")) + "%02d" % g.ri(1, 40), "table_number"),
            '","arriveAt":"2026-12-%02d 18:30"}' % g.ri(7, 31)]


@_tpl("zh", "payroll disbursement (薪资代发)", "PERSON CREDIT_CARD", "batch_number employee_id amount")
def _z_payroll(g):
    return ["[薪资代发] 批次", ("PAY202612%02d" % g.ri(1, 6), "batch_number"), " 员工=", (g.zh_name(), P), "(", (g.emp_id(), "employee_id"),
            ") 收款卡号=", (g.card("unionpay", g.ch(("plain", "space"))), CC), " 实发=", (g.amount(3000, 12000), "amount"), "元 状态=成功"]


@_tpl("zh", "car-park plate recognition with member discount", "LICENSE_PLATE PHONE_NUMBER", "place")
def _z_parking(g):
    return ["停车场 "] + g.store_zh() + ["B2 入口 识别车牌 ", (g.plate(g.ch(("cn", "cn_ne"))), LP), " 会员手机 ", (g.cn_mobile(), PH),
                                         " 消费满%d元 已抵扣停车 2 小时" % g.ri(100, 300)]


@_tpl("zh", "Spring Kafka dead-letter with JSON payload", "PERSON PHONE_NUMBER", "store_id amount")
def _z_kafka_dlq(g):
    d = g.when()
    return [_java(d), " ERROR [order-consumer-%d] o.s.k.l.DeadLetterPublishingRecoverer : 消息进入死信 topic=order-events-DLT partition=%d offset=%d payload={\"userName\":\"" % (
        g.ri(0, 9), g.ri(0, 11), g.ri(1000, 999999)), (g.zh_name(), P), '","mobile":"', (g.cn_mobile(g.ch(("plain", "+86"))), PH),
            '","storeId":', (str(g.ri(1001, 1999)), "store_id"), ',"payAmount":', (g.amount(), "amount"),
            "} cause=com.fasterxml.jackson.databind.JsonMappingException"]


@_tpl("zh", "pickup-ready SMS (decoys only)", "-", "company pickup_code place")
def _z_pickup_sms(g):
    return ['[短信] 模板=PICKUP_READY 发送成功 content="【', (g.ch(COMPANIES_ZH[:10]), "company"), "】您的餐品已备好，取餐码 ",
            (g.pickup(), "pickup_code"), "，请到"] + g.store_zh() + ['前台取餐" channel=aliyun']


@_tpl("zh", "HR onboarding with passport or resident ID", "PERSON PASSPORT or CN_RESIDENT_ID", "place employee_id")
def _z_hr_onboard(g):
    if g.p(0.6):
        doc = ["证件类型=护照 证件号码=", (g.passport("CN"), PP)]
    else:
        doc = ["证件类型=居民身份证 证件号码=", (g.cn_id(), CID)]
    return ["[HR] 入职登记 姓名=", (g.zh_name(g.ch(("minority", "cn", "compound", "tw"))), P), " "] + doc + [
        " 岗位=", g.ch(("服务员", "厨师", "收银员", "配菜员")), " 入职门店="] + g.store_zh() + [" 工号=", (g.emp_id(), "employee_id")]


@_tpl("zh", "foodpanda Taiwan order (traditional Chinese)", "PERSON PHONE_NUMBER", "order_id")
def _z_foodpanda_tw(g):
    d = g.when()
    code = g.chars(string.ascii_lowercase + string.digits, 4) + "-" + g.chars(string.ascii_lowercase + string.digits, 4)
    addr = g.ch(("台北市大安區忠孝東路四段", "新北市板橋區文化路一段", "台中市西屯區台灣大道三段", "高雄市苓雅區四維三路"))
    return ["[foodpanda-tw] ", d.strftime("%Y-%m-%d %H:%M:%S"), " 新訂單 ", (code, "order_id"), " 顧客 ", (g.zh_name("tw"), P),
            " 手機 ", (g.intl_phone("TW", g.ch(("NATL", "DASH", "DIGITS", "INTL"))), PH), " 外送地址 ", addr, "%d號%d樓" % (g.ri(1, 300), g.ri(2, 15)),
            " 備註：", g.ch(("不要香菜", "餐具不用", "請放管理室", "到了請打電話"))]


@_tpl("zh", "customer-service quality check with public figure and brand", "PERSON", "case_number public_figure company")
def _z_cs_qa(g):
    return ["[客服质检] 会话 ", ("KF%d" % g.ri(10 ** 9, 10 ** 10 - 1), "case_number"), ' 命中关键词「等太久」 顾客原话："等了快一个小时，',
            (g.ch(PUBLIC_FIGURES_ZH), "public_figure"), "来了都得饿晕，还不如去吃", (g.ch(COMPANIES_ZH), "company"), '" 坐席=',
            (g.zh_name(), P)]


@_tpl("zh", "WeCom (企业微信) robot webhook, schedule swap", "CREDENTIAL(webhook key) PERSON x2 PERSON(surname)", "-")
def _z_wecom(g):
    d = g.when()
    return ["[企业微信机器人] POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=", (g.uuid4(), CR),
            ' markdown="**排班变更** ', d.strftime("%m-%d"), " 晚班 ", (g.zh_name(), P), " ⇄ ", (g.zh_name(), P), "，请",
            (g.zh_surname(), P), '店长审批" errcode=0 errmsg=ok']


@_tpl("zh", "membership registration event", "PHONE_NUMBER PERSON", "member_id")
def _z_member_reg(g):
    nick = g.ch(("甜甜圈", "小确幸", "追风少年", "一只猫", "momo", "Lucky", "南风", "吃货一枚", "橘子汽水"))
    dob = _dt.date(1970, 1, 1) + _dt.timedelta(days=g.ri(0, 13000))
    return ["member.register 新会员 memberNo=", ("M" + g.digits(11), "member_id"), " 手机=", (g.cn_mobile(), PH), " 昵称=", nick,
            " 生日=", dob.isoformat(), " 性别=", g.ch(("男", "女")), " 推荐人=", (g.zh_name(), P), " 来源=",
            g.ch(("扫码点餐", "小程序", "收银台"))]


@_tpl("zh", "staff business-travel booking (train / flight)", "PERSON CN_RESIDENT_ID", "train_number or flight_number place x2")
def _z_travel(g):
    if g.p(0.6):
        a, b = g.r.sample(STATIONS_ZH, 2)
        trip = [(g.ch("GDK") + str(g.ri(1, 2999)), "train_number"), " ", (a, "place"), "→", (b, "place"), " 二等座"]
    else:
        a, b = g.r.sample(AIRPORTS_ZH, 2)
        trip = [(g.ch(("MU", "CA", "CZ", "HU", "FM")) + str(g.ri(1001, 9999)), "flight_number"), " ", (a, "place"), "→", (b, "place"), " 经济舱"]
    return ["[差旅] ", (g.zh_name(), P), " 预订 2026-12-%02d " % g.ri(7, 31)] + trip + [" 证件号 ", (g.cn_id(), CID)]


@_tpl("zh", "POS agent login lockout / brute force, syslog", "PERSON(login) IP_ADDRESS or IP_ADDRESS",
      "[system_account port]")
def _z_pos_lock(g):
    d = g.when()
    head = [_syslog(d), " pos-%04d pos-agent[%d]: " % (g.ri(1001, 1999), g.ri(100, 30000))]
    if g.p(0.5):
        return head + ["收银员 ", (g.login(), P), " 在终端 ", (g.client_ip("lan"), IP), " 连续登录失败 3 次，账号已锁定"]
    return head + ["检测到暴力破解：用户 ", (g.ch(("root", "admin", "pos", "administrator")), "system_account"), " 来自 ",
                   (g.client_ip("attacker"), IP), " 端口 ", (str(g.ri(1024, 65535)), "port"), "，已加入黑名单"]


@_tpl("zh", "brand sentiment monitor (decoys only)", "-", "company place public_figure")
def _z_sentiment(g):
    pf = g.ch(PUBLIC_FIGURES_ZH)
    return ["[舆情监控] 命中关键词 品牌=", (g.ch(COMPANIES_ZH), "company"), " 门店="] + g.store_zh() + [
        ' 摘要="号称', (pf, "public_figure"), g.ch(("同款，实际一般", "最爱，味道还行", "都没吃过的做法，排队两小时"))]


@_tpl("zh", "Meituan open-platform signature failure", "CREDENTIAL(consumer secret)", "epoch_ts signature")
def _z_mt_sign(g):
    d = g.when()
    return ["[mt-open] ", _java(d), " WARN 签名校验失败 app_id=", str(g.ri(1000, 9999)), " timestamp=", (_epoch(d), "epoch_ts"),
            " sign=", (g.hexs(32), "signature"), " consumer_secret=", (g.hexs(32), CR), " 请检查服务器时间"]


# ============================ English lines ============================

@_tpl("en", "Uber Eats order webhook, Node/winston JSON", "PERSON(first) PHONE_NUMBER", "uuid order_id phone_pin")
def _e_ubereats(g):
    d = g.when(-5)
    ph = g.intl_phone(g.ch(("US", "US", "CA", "GB", "AU")), g.ch(("E164", "INTL")))
    return ["[ubereats-webhook] ", _iso(d, 3, True), ' info: order {"event_type":"orders.notification","meta":{"resource_id":"',
            (g.uuid4(), "uuid"), '","status":"pos"},"order":{"display_id":"', (g.hexs(5, True), "order_id"),
            '","eater":{"first_name":"', (_j(g.en_first()), P), '","phone":"', (ph, PH), '","phone_code":"',
            ("%s %s %s" % (g.digits(3), g.digits(2), g.digits(3)), "phone_pin"), '"},"cart":{"items":%d}}}' % g.ri(1, 9)]


@_tpl("en", "DoorDash Drive webhook, Python logging key=value", "PERSON x2 PHONE_NUMBER", "order_id case_number")
def _e_doordash(g):
    d = g.when(-7)
    loc = g.en_loc()
    return [_pylog(d), " INFO doordash.webhooks: event=DASHER_CONFIRMED_PICKUP_ARRIVAL external_delivery_id=",
            ("D-%06d" % g.ri(1, 999999), "order_id"), ' dasher_name="', (g.en_first(loc) + " " + g.en_last(loc)[0] + ".", P),
            '" dasher_phone_number=', (g.intl_phone("US", "E164"), PH), " dropoff_contact_given_name=", (g.en_first(), P),
            " support_reference=", (g.digits(9, True), "case_number")]


@_tpl("en", "Square payment.updated webhook JSON", "EMAIL_ADDRESS", "merchant_id uuid amount")
def _e_square(g):
    return ['square.webhook type=payment.updated body={"merchant_id":"', (g.chars(string.ascii_uppercase + string.digits, 13), "merchant_id"),
            '","type":"payment.updated","event_id":"', (g.uuid4(), "uuid"), '","data":{"type":"payment","object":{"payment":{"amount_money":{"amount":',
            (str(g.ri(300, 25000)), "amount"), ',"currency":"USD"},"card_details":{"status":"CAPTURED","card":{"card_brand":"',
            g.ch(("VISA", "MASTERCARD", "AMERICAN_EXPRESS")), '","last_4":"', g.digits(4), '","exp_month":%d,"exp_year":%d}},"buyer_email_address":"' % (
                g.ri(1, 12), g.ri(2027, 2031)), (g.email("intl"), E), '","status":"COMPLETED"}}}}']


@_tpl("en", "Oracle MICROS Simphony workstation journal", "PERSON(Last, First)", "order_id employee_id table_number")
def _e_simphony(g):
    d = g.when(-5)
    loc = g.en_loc()
    return ["Simphony[WS%d] " % g.ri(1, 9), d.strftime("%H:%M:%S"), " Check ", (str(g.ri(1000, 9999)), "order_id"), " opened by Emp ",
            (str(g.ri(100, 9999)), "employee_id"), " (", (g.en_last(loc) + ", " + g.en_first(loc), P), ") Tbl ", (str(g.ri(1, 60)), "table_number"),
            " Cvr %d RVC 1 \"Dining Room\"" % g.ri(1, 8)]


@_tpl("en", "stripe-python debug request log", "CREDENTIAL(bearer secret key)", "uuid version charge_id")
def _e_stripe_dbg(g):
    d = g.when(-5)
    return [_iso(d, 3), " DEBUG stripe: message='Request to Stripe api' method=post url=https://api.stripe.com/v1/refunds headers={'Authorization': 'Bearer ",
            (g.secret("stripe"), CR), "', 'Idempotency-Key': '", (g.uuid4(), "uuid"), "', 'Stripe-Version': '",
            (g.ch(("2024-06-20", "2023-10-16", "2025-03-31.basil")), "version"), "'} post_data=charge=", ("ch_3" + g.alnum(23), "charge_id"),
            "&reason=requested_by_customer"]


@_tpl("en", "Stripe checkout.session.completed customer_details", "EMAIL_ADDRESS PERSON PHONE_NUMBER", "event_id")
def _e_stripe_cust(g):
    us = g.fk["en_US"]
    return ["stripe-webhook: Received event ", ("evt_1" + g.alnum(23), "event_id"), ' type=checkout.session.completed customer_details={"address":{"city":"',
            us.city(), '","country":"US","line1":"', us.street_address(), '","postal_code":"', us.postcode(), '","state":"', us.state_abbr(),
            '"},"email":"', (g.email("intl"), E), '","name":"', (_j(g.en_name()), P), '","phone":"', (g.intl_phone("US", "E164"), PH),
            '","tax_exempt":"none"}']


@_tpl("en", "Apache combined log, loyalty lookup by e-mail (percent-encoded)", "IP_ADDRESS EMAIL_ADDRESS(%-encoded)", "store_id")
def _e_apache_email(g):
    d = g.when(-5)
    return [(g.client_ip(g.ch(("world4", "v6"))), IP), " - - [", _clf(d), '] "GET /loyalty/api/lookup?email=', (quote(g.email(), safe=""), E),
            "&store=", (str(g.ri(1001, 1999)), "store_id"), ' HTTP/1.1" 200 %d "https://order.harvestwok.com/rewards" "' % g.ri(120, 4000),
            UA_ANDROID, '"']


@_tpl("en", "OpenSSH auth log on store server", "IP_ADDRESS [PERSON(login)]", "system_account or ssh_fingerprint port")
def _e_sshd(g):
    d = g.when(-5)
    head = [_syslog(d), " pos-store%d sshd[%d]: " % (g.ri(1001, 1999), g.ri(1000, 60000))]
    if g.p(0.5):
        return head + ["Failed password for invalid user ", (g.ch(("admin", "root", "ubuntu", "pi", "oracle", "test")), "system_account"),
                       " from ", (g.client_ip("attacker"), IP), " port ", (str(g.ri(1024, 65535)), "port"), " ssh2"]
    return head + ["Accepted publickey for ", (g.login(), P), " from ", (g.client_ip("lan"), IP), " port ", (str(g.ri(1024, 65535)), "port"),
                   " ssh2: ED25519 SHA256:", (g.chars(_B64, 43), "ssh_fingerprint")]


@_tpl("en", "Windows Security 4625 via Snare (tab-separated)", "PERSON(login) IP_ADDRESS", "port")
def _e_win4625(g):
    d = g.when(-5)
    host = "POS-%d-%02d" % (g.ri(1001, 1999), g.ri(1, 9))
    return ["<13>", _syslog(d), " ", host, "\tMSWinEventLog\t1\tSecurity\t%d\t" % g.ri(1000, 99999), d.strftime("%a %b %d %H:%M:%S %Y"),
            "\t4625\tMicrosoft-Windows-Security-Auditing\tN/A\tN/A\tFailure Audit\t", host,
            "\tLogon\t\tAn account failed to log on.  Subject:  Security ID: S-1-0-0  Account Name: -  Account Domain: -  Logon ID: 0x0  "
            "Logon Type: 3  Account For Which Logon Failed:  Security ID: S-1-0-0  Account Name: ", (g.login(), P),
            "  Account Domain: STORE%d  Failure Information:  Failure Reason: Unknown user name or bad password.  Status: 0xC000006D  "
            "Sub Status: 0xC000006A  Network Information:  Workstation Name: KDS-%02d  Source Network Address: " % (g.ri(1001, 1999), g.ri(1, 9)),
            (g.client_ip("lan"), IP), "  Source Port: ", (str(g.ri(49152, 65535)), "port")]


@_tpl("en", "kitchen display expo bump (decoys only)", "-", "order_id table_number [company]")
def _e_kds(g):
    items = ["%dx %s" % (g.ri(1, 3), x) for x in g.r.sample(DISHES_EN, g.ri(1, 3))]
    parts = ["KDS expo: ticket #", (str(g.ri(100, 999)), "order_id"), " bumped from ", g.ch(("GRILL", "FRY", "WOK", "SALAD", "EXPO")),
             " after %dm%02ds; items: %s" % (g.ri(3, 25), g.ri(0, 59), ", ".join(items))]
    if g.p(0.5):
        parts += [", %dx " % g.ri(1, 4), (g.ch(DRINK_BRANDS_EN), "company")]
    return parts + ["; table ", (str(g.ri(1, 60)), "table_number")]


@_tpl("en", "MQTT walk-in cooler temperature alarm", "PERSON", "device_serial temperature")
def _e_mqtt(g):
    return ["mqtt.in topic=stores/%d/walkin-%d/temp qos=1 payload={\"sensor\":\"" % (g.ri(1001, 1999), g.ri(1, 3)),
            ("SENS-%04d" % g.ri(1, 9999), "device_serial"), '","tempF":', (g.temp(41.5, 52), "temperature"),
            ',"thresholdF":41.0,"alarm":true,"ackBy":"', (_j(g.en_name(g.ch(("en_US", "en_IN", "es_ES", "en_GB")))), P), '"}']


@_tpl("en", "Postfix smtp/qmgr delivery log", "EMAIL_ADDRESS or -", "server_ip port or role_mailbox")
def _e_postfix(g):
    d = g.when(-5)
    qid = g.hexs(10, True)
    head = [_syslog(d), " mail01 postfix/"]
    if g.p(0.4):
        return head + ["qmgr[%d]: %s: from=<" % (g.ri(100, 9999), qid), (g.role_mailbox(), "role_mailbox"),
                       ">, size=%d, nrcpt=1 (queue active)" % g.ri(2000, 90000)]
    mx = g.ch(("gmail-smtp-in.l.google.com", "outlook-com.olc.protection.outlook.com", "mx-biz.mail.am0.yahoodns.net", "mx1.qq.com"))
    return head + ["smtp[%d]: %s: to=<" % (g.ri(100, 9999), qid), (g.email(), E), ">, relay=", mx, "[", (g.server_ip("cloud"), "server_ip"),
                   "]:", ("25", "port"), ", delay=%.1f, delays=0.01/0/0.%d/0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (
                       g.r.uniform(0.2, 4), g.ri(10, 99), g.ri(10, 99))]


@_tpl("en", "health-department inspection report", "PERSON(surname after title) PERSON", "case_number place temperature")
def _e_inspection(g):
    return ["inspection.report id=", ("2026-%05d" % g.ri(1, 99999), "case_number"), ' store="', (g.ch(PLACES_EN), "place"),
            '" inspector=', g.ch(("Dr.", "Mr.", "Ms.", "Mrs.")), " ", (g.en_last(), P), ' person_in_charge="', (g.en_name(), P),
            '" score=%d violations=["cold holding ' % g.ri(70, 99), (g.temp(42, 50), "temperature"), 'F"]']


@_tpl("en", "7shifts user.created sync JSON", "PERSON(first) PERSON(last) EMAIL_ADDRESS PHONE_NUMBER", "user_id")
def _e_7shifts(g):
    loc = g.en_loc()
    return ['7shifts sync user.created {"user":{"id":', (str(g.ri(100000, 9999999)), "user_id"), ',"first_name":"', (_j(g.en_first(loc)), P),
            '","last_name":"', (_j(g.en_last(loc)), P), '","email":"', (g.email(), E), '","mobile_number":"',
            (g.intl_phone(g.ch(("US", "CA", "GB", "AU")), g.ch(("E164", "NATL", "DIGITS"))), PH),
            '","type":"employee","hire_date":"2026-11-%02d"}}' % g.ri(1, 30)]


@_tpl("en", "E-Verify onboarding submission", "PERSON US_SSN", "case_number")
def _e_everify(g):
    dob = _dt.date(1965, 1, 1) + _dt.timedelta(days=g.ri(0, 14000))
    return ["hr-onboarding[%d] INFO E-Verify case " % g.ri(100, 9999), ("2026%09d" % g.ri(1, 999999999) + g.ch(("FC", "AB", "XY")), "case_number"),
            " submitted for ", (g.en_name("en_US"), P), " ssn=", (g.ssn(), SSN), " dob=", dob.isoformat(), " result=EMPLOYMENT_AUTHORIZED"]


@_tpl("en", "EU payroll export with IBAN", "PERSON(Last, First) IBAN_CODE", "bic amount")
def _e_payroll_iban(g):
    cc = g.ch(("DE", "FR", "ES", "GB", "NL", "IE", "IT", "AT", "BE"))
    loc = {"DE": "de_DE", "AT": "de_DE", "FR": "fr_FR", "BE": "fr_FR", "ES": "es_ES", "GB": "en_GB", "IE": "en_GB"}.get(cc, g.en_loc())
    bic = {"DE": "COBADEFFXXX", "AT": "BKAUATWW", "FR": "BNPAFRPPXXX", "BE": "GEBABEBB", "ES": "CAIXESBBXXX", "GB": "NWBKGB2L",
           "IE": "AIBKIE2D", "NL": "INGBNL2A", "IT": "UNCRITMM"}[cc]
    return ["payroll.export row=%d name=\"" % g.ri(1, 400), (g.en_last(loc) + ", " + g.en_first(loc), P), '" iban=', (g.iban(cc), IB),
            " bic=", (bic, "bic"), " net=", (g.amount(900, 4200), "amount"), " ", "GBP" if cc == "GB" else "EUR"]


@_tpl("en", "Intercom conversation part", "PERSON EMAIL_ADDRESS PERSON(surname after title)", "case_number place")
def _e_intercom(g):
    loc = g.en_loc()
    return ["intercom: conversation ", (str(g.ri(10 ** 11, 10 ** 12 - 1)), "case_number"), ' part by user "', (g.en_name(loc), P), '" <',
            (g.email("intl"), E), ">: \"hi it's ", g.ch(("Mrs.", "Mr.", "Ms.", "Dr.")), " ", (g.en_last(loc), P),
            " again, I was charged twice at the ", (g.ch(PLACES_EN), "place"), ' store"']


@_tpl("en", "Jira webhook, complaint escalation", "PERSON(login) x2 PERSON", "case_number system_account")
def _e_jira(g):
    return ["jira-webhook: issue_updated ", ("CS-%d" % g.ri(100, 9999), "case_number"), " by ", (g.ch(SVC_ACCOUNTS), "system_account"),
            " assignee: ", (g.login(), P), " -> ", (g.login(), P), ', reporter: "', (g.en_name(), P), '"']


@_tpl("en", "OpenTable reservation webhook JSON", "PERSON(first) PERSON(last) EMAIL_ADDRESS PHONE_NUMBER", "store_id order_id")
def _e_opentable(g):
    return ['opentable.webhook reservation.created {"rid":', (str(g.ri(10000, 999999)), "store_id"), ',"confirmation_number":',
            (str(g.ri(10 ** 9, 10 ** 10 - 1)), "order_id"), ',"party_size":%d,"date_time":"2026-12-%02dT19:30","guest":{"first_name":"' % (g.ri(1, 10), g.ri(7, 31)),
            (_j(g.en_first("en_US")), P), '","last_name":"', (_j(g.en_last("en_US")), P), '","email":"', (g.email("intl"), E),
            '","phone":{"number":"', (g.intl_phone("US", g.ch(("NATL", "DIGITS", "DASH"))), PH), '","country_code":"US"}}}']


@_tpl("en", "twilio-python HTTP debug, form body percent-encoded", "PHONE_NUMBER(%-encoded) PERSON(first)",
      "account_sid messaging_service_sid")
def _e_twilio_http(g):
    ph = g.intl_phone(g.ch(("US", "US", "GB", "AU", "CA")), "E164")
    return ["twilio.http_client DEBUG -- BEGIN Twilio API Request -- POST https://api.twilio.com/2010-04-01/Accounts/",
            ("AC" + g.hexs(32), "account_sid"), "/Messages.json data: To=", (quote(ph, safe=""), PH), "&MessagingServiceSid=",
            ("MG" + g.hexs(32), "messaging_service_sid"), "&Body=Hi+", (quote(_fold(g.en_first()) or "Sam"), P),
            "%2C+your+table+for+" + str(g.ri(2, 8)) + "+is+ready.+Reply+C+to+cancel."]


@_tpl("en", "Rails request log: Started / Parameters", "IP_ADDRESS or EMAIL_ADDRESS PHONE_NUMBER", "request_id [masked]")
def _e_rails(g):
    d = g.when(-5)
    head = ["I, [", d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d #%d]  INFO -- : [" % (d.microsecond, g.ri(100, 30000)), (g.uuid4(), "request_id"), "] "]
    if g.p(0.4):
        return head + ['Started POST "/api/v2/loyalty/redeem" for ', (g.client_ip(g.ch(("world4", "v6"))), IP), " at ",
                       d.strftime("%Y-%m-%d %H:%M:%S %z")]
    return head + ['Parameters: {"member"=>{"email"=>"', (g.email(), E), '", "phone"=>"', (g.intl_phone("US", g.ch(("NATL", "DASH", "E164"))), PH),
                   '", "password"=>"', ("[FILTERED]", "masked"), '"}, "points"=>%d, "store_id"=>"%d"}' % (g.ri(50, 2000), g.ri(1001, 1999))]


@_tpl("en", "coupon fraud detector, IPv6 client", "IP_ADDRESS EMAIL_ADDRESS", "coupon_code uuid")
def _e_coupon_fraud(g):
    return ["fraud-svc WARN coupon=", (g.ch(("WELCOME20", "FREESHIP", "BOGO-WINGS", "HW-FAMILY15")), "coupon_code"),
            " redeemed %dx in 10m from ip=" % g.ri(5, 40), (g.client_ip("v6"), IP), " device_id=", (g.uuid4(), "uuid"), " account=", (g.email(), E)]


@_tpl("en", "Verifone EMV terminal journal with full PAN", "CREDIT_CARD", "emv_aid amount")
def _e_emv(g):
    d = g.when(-5)
    brand = g.ch(("visa", "mc", "amex", "visa"))
    aid = {"visa": "A0000000031010", "mc": "A0000000041010", "amex": "A00000002501"}[brand]
    return ["VX520 EMV ", d.strftime("%m/%d %H:%M:%S"), " APPROVED PAN=", (g.card(brand), CC), " AID=", (aid, "emv_aid"),
            " TVR=0000008000 AMT=$", (g.amount(5, 300), "amount"), " AUTH=%s STAN=%06d" % (g.chars(string.ascii_uppercase + string.digits, 6), g.ri(1, 999999))]


@_tpl("en", "Adyen AUTHORISATION notification", "PERSON EMAIL_ADDRESS IP_ADDRESS", "psp_reference order_id")
def _e_adyen(g):
    nm = g.en_name()
    return ["adyen notification eventCode=AUTHORISATION success=true pspReference=", (g.chars(string.ascii_uppercase + string.digits, 16), "psp_reference"),
            " merchantReference=", ("HW-%d-%06d" % (g.ri(1001, 1999), g.ri(1, 999999)), "order_id"),
            ' additionalData={"cardHolderName":"', (_j(nm.upper() if g.p(0.5) else nm), P), '","cardSummary":"', g.digits(4),
            '","shopperEmail":"', (g.email(), E), '","shopperIP":"', (g.client_ip(g.ch(("world4", "v6"))), IP), '"}']


@_tpl("en", "Kubernetes env dump with connection strings", "CREDENTIAL x2", "system_account server_ip x2")
def _e_k8s_env(g):
    pw = quote(g.password(), safe="")
    return ["order-api-%s-%s Environment: DATABASE_URL=postgresql://" % (g.hexs(9), g.chars(string.ascii_lowercase + string.digits, 5)),
            (g.ch(("pos_app", "order_svc", "loyalty_rw")), "system_account"), ":", (pw, CR), "@", (g.server_ip(), "server_ip"),
            ":5432/orders REDIS_URL=redis://:", (g.alnum(g.ri(16, 32)), CR), "@", (g.server_ip(), "server_ip"), ":6379/0 TZ=UTC"]


@_tpl("en", "AWS CloudTrail CreateAccessKey record", "PERSON(login) x2 IP_ADDRESS CREDENTIAL(access key id)", "-")
def _e_cloudtrail(g):
    d = g.when(0)
    u = g.login()
    return ['{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA', g.chars(string.ascii_uppercase + "234567", 17),
            '","userName":"', (u, P), '"},"eventTime":"', _iso(d, 0, True), '","eventSource":"iam.amazonaws.com","eventName":"CreateAccessKey",'
            '"awsRegion":"us-east-1","sourceIPAddress":"', (g.client_ip(g.ch(("world4", "world4", "v6"))), IP),
            '","userAgent":"aws-cli/2.15.30","responseElements":{"accessKey":{"accessKeyId":"', (g.secret("aws_akid"), CR),
            '","status":"Active","userName":"', (u, P), '"}}}']


@_tpl("en", "GitHub Actions step log leaking a token", "CREDENTIAL", "commit_hash")
def _e_gha(g):
    d = g.when(0)
    return [_iso(d, 6, True)[:-1] + g.digits(1) + "Z ##[group]Run curl -sf -H \"Authorization: token ", (g.secret("github"), CR),
            "\" https://api.github.com/repos/harvestwok/kds/deployments -d '{\"ref\":\"", (g.hexs(40), "commit_hash"), "\"}'"]


@_tpl("en", "kubelet image pull event (decoys only)", "-", "version image_digest")
def _e_kubelet(g):
    d = g.when(0)
    pid = g.ri(800, 3000)
    return [d.strftime("%b %d %H:%M:%S"), " node-%d kubelet[%d]: I%s %8d event.go:307] \"Event occurred\" object=\"kds/kds-api-%s-%s\" kind=\"Pod\" reason=\"Pulled\" message=\"Successfully pulled image \\\"registry.harvestwok.com/kds/api:" % (
        g.ri(1, 30), pid, d.strftime("%m%d %H:%M:%S.") + "%06d" % d.microsecond, pid, g.hexs(9), g.chars(string.ascii_lowercase, 5)),
            ("v%d.%d.%d" % (g.ri(1, 4), g.ri(0, 30), g.ri(0, 20)), "version"), "@", ("sha256:" + g.hexs(64), "image_digest"),
            "\\\" in %.3fs\"" % g.r.uniform(0.5, 9)]


@_tpl("en", "nginx access log with logged Authorization bearer JWT", "IP_ADDRESS CREDENTIAL(JWT)", "version")
def _e_nginx_jwt(g):
    d = g.when(-5)
    return [(g.client_ip(g.ch(("world4", "v6", "cn4"))), IP), " - - [", _clf(d), '] "POST /api/orders HTTP/2.0" 201 %d "-" "HarvestWok/' % g.ri(80, 900),
            ("%d.%d.%d" % (g.ri(4, 6), g.ri(0, 20), g.ri(0, 9)), "version"), ' (iPhone; iOS 17.5; Scale/3.00)" rt=0.0%02d auth="Bearer ' % g.ri(1, 99),
            (g.jwt(), CR), '"']


@_tpl("en", "HAProxy HTTP log with captured session cookie", "IP_ADDRESS CREDENTIAL(session id)", "port")
def _e_haproxy(g):
    d = g.when(-5)
    ck = g.ch((("JSESSIONID", "jsession"), ("PHPSESSID", "phpsess"), ("sessionid", "django"), ("connect.sid", "express")))
    return [_syslog(d), " lb01 haproxy[%d]: " % g.ri(1000, 9999), (g.client_ip(g.ch(("world4", "cn4"))), IP), ":", (str(g.ri(1024, 65535)), "port"),
            " [", d.strftime("%d/%b/%Y:%H:%M:%S.") + "%03d" % (d.microsecond // 1000),
            "] fe_https~ be_order/web0%d 0/0/1/%d/%d 200 %d - - --NI 12/12/3/1/0 0/0 {%s=" % (g.ri(1, 4), g.ri(5, 90), g.ri(90, 200), g.ri(300, 9000), ck[0]),
            (g.secret(ck[1]), CR), '} "GET /menu/%d HTTP/1.1"' % g.ri(1001, 1999)]


@_tpl("en", "Deliveroo UK rider assignment", "PERSON LICENSE_PLATE PHONE_NUMBER", "order_id")
def _e_deliveroo(g):
    return ["deliveroo.dispatch rider_assigned order=", ("gb:" + g.uuid4(), "order_id"), ' rider="', (g.en_name("en_GB"), P), '" vehicle=car reg="',
            (g.plate("uk"), LP), '" phone="', (g.intl_phone("GB", g.ch(("NATL", "INTL", "E164"))), PH), '" eta=%dm' % g.ri(5, 30)]


@_tpl("en", "curbside pickup licence-plate recognition", "LICENSE_PLATE PERSON PHONE_NUMBER", "order_id")
def _e_curbside(g):
    return ["curbside-lpr cam=BAY%d plate=" % g.ri(1, 6), (g.plate("us"), LP), " state=%s conf=0.%d matched order #" % (g.ch(("CA", "NY", "TX", "WA", "IL")), g.ri(80, 99)),
            ("A%04d" % g.ri(1, 9999), "order_id"), ' customer "', (g.en_name(g.ch(("en_US", "es_ES", "en_IN"))), P), '" mobile ',
            (g.intl_phone("US", g.ch(("NATL", "DOT", "DASH"))), PH)]


@_tpl("en", "Menulog (Australia) order warning", "PERSON PHONE_NUMBER", "order_id")
def _e_menulog(g):
    d = g.when(11)
    return ["[", _iso(d, 0), "] WARN  menulog.orders: order ", (str(g.ri(10 ** 7, 10 ** 8 - 1)), "order_id"), " customer '", (g.en_name("en_AU"), P),
            "' mobile ", (g.intl_phone("AU", g.ch(("NATL", "INTL", "DIGITS"))), PH), ' note="', g.ch(("leave at door", "ring buzzer 12", "no cutlery")), '"']


@_tpl("en", "Zomato (India) partner webhook JSON", "PERSON x2 PHONE_NUMBER x2", "order_id store_id")
def _e_zomato(g):
    return ['zomato-webhook POST /partner/orders 200 payload={"order_id":', (str(g.ri(10 ** 9, 10 ** 10 - 1)), "order_id"), ',"customer_name":"',
            (g.en_name("en_IN"), P), '","customer_phone":"', (g.intl_phone("IN", g.ch(("E164", "INTL"))), PH), '","restaurant_id":',
            (str(g.ri(18000000, 19999999)), "store_id"), ',"rider":{"name":"', (g.en_name("en_IN"), P), '","phone":"',
            (g.intl_phone("IN", "E164"), PH), '"}}']


@_tpl("en", "HR work-visa document check", "PERSON PASSPORT", "-")
def _e_visa(g):
    cc = g.ch(("US", "GB", "IN", "ES", "CN"))
    loc = {"US": "en_US", "GB": "en_GB", "IN": "en_IN", "ES": "es_ES"}.get(cc)
    name = g.en_name(loc) if loc else g.fk["zh_CN"].last_romanized_name().upper() + " " + g.fk["zh_CN"].first_romanized_name().upper()
    return ['hr.visa_check employee="', (name, P), '" nationality=', {"US": "USA", "GB": "GBR", "IN": "IND", "ES": "ESP", "CN": "CHN"}[cc],
            " passport_no=", (g.passport(cc), PP), " expiry=20%d-%02d-%02d status=OK" % (g.ri(27, 36), g.ri(1, 12), g.ri(1, 28))]


@_tpl("en", "SendGrid event webhook batch", "EMAIL_ADDRESS", "server_ip epoch_ts")
def _e_sendgrid(g):
    d = g.when(0)
    return ['sendgrid event batch: [{"email":"', (g.email(), E), '","event":"', g.ch(("delivered", "open", "processed", "bounce")),
            '","ip":"', ("167.89.%d.%d" % (g.ri(0, 127), g.ri(1, 254)), "server_ip"), '","sg_event_id":"', g.chars(_B64URL, 22),
            '","sg_message_id":"', g.chars(_B64URL, 22), '.filterdrecv-', g.hexs(9), '-', g.chars(string.ascii_lowercase, 5),
            '-1-', g.hexs(8, True), '-1.0","timestamp":', (_epoch(d), "epoch_ts"), ',"category":["receipt"]}]']


@_tpl("en", "auth service password reset, logfmt", "EMAIL_ADDRESS IP_ADDRESS CREDENTIAL(reset token)", "-")
def _e_reset(g):
    d = g.when(0)
    return ["ts=", _iso(d, 3, True), " level=warn caller=auth/reset.go:%d msg=\"password reset requested\" email=" % g.ri(80, 200), (g.email(), E),
            " ip=", (g.client_ip(), IP), " token=", (g.secret("reset"), CR), " ttl=15m"]


@_tpl("en", "French franchise click&collect order", "PERSON PHONE_NUMBER", "order_id")
def _e_fr_order(g):
    return ["[fr-paris-0%d] commande #" % g.ri(1, 9), (str(g.ri(10000, 99999)), "order_id"), ' client="', (g.en_name("fr_FR"), P), '" tel="',
            (g.intl_phone("FR", g.ch(("NATL", "INTL", "E164"))), PH), '" creneau=19:%02d-19:%02d mode=click&collect' % (g.ri(0, 2) * 15, g.ri(3, 3) * 15)]


@_tpl("en", "SEPA direct-debit mandate (Germany)", "PERSON IBAN_CODE", "creditor_id amount")
def _e_sepa(g):
    return ["sepa.mandate created mandate_ref=MND-%d debtor=\"" % g.ri(100000, 999999), (g.en_name("de_DE"), P), '" iban=', (g.iban("DE"), IB),
            " creditor_id=", ("DE98ZZZ0" + g.digits(10), "creditor_id"), " amount=", (g.amount(9, 90), "amount"), " EUR seq=FRST"]


@_tpl("en", "Spanish franchise reservation", "PERSON PHONE_NUMBER", "table_number place")
def _e_es_resv(g):
    return ["reservas-es INFO reserva confirmada: ", (g.en_name("es_ES"), P), " (%d pax) tel. " % g.ri(1, 10),
            (g.intl_phone("ES", g.ch(("NATL", "INTL"))), PH), " mesa ", (str(g.ri(1, 40)), "table_number"), " local=", (g.ch(PLACES_ES), "place")]


@_tpl("en", "review ingestion with public figure", "PERSON(login)", "public_figure")
def _e_review(g):
    return ["reviews-ingest rating=%d author=" % g.ri(1, 3), (g.login(), P), ' text="Waited %d minutes, ' % g.ri(30, 90),
            (g.ch(PUBLIC_FIGURES_EN), "public_figure"), ' could have cooked it faster. Fries cold." source=google']


@_tpl("en", "dnsmasq query / forward / reply / DHCPACK", "IP_ADDRESS [PERSON(first name in hostname)] or -", "[server_ip]")
def _e_dnsmasq(g):
    d = g.when(-5)
    dom = g.ch(("api.doordash.com", "merchant-api.ubereats.com", "connect.squareup.com", "api.stripe.com", "ws.toasttab.com"))
    head = [_syslog(d), " store%d-gw dnsmasq[%d]: " % (g.ri(1001, 1999), g.ri(200, 9000))]
    k = g.r.random()
    if k < 0.3:
        return head + ["query[A] %s from " % dom, (g.client_ip("lan"), IP)]
    if k < 0.55:
        return head + ["forwarded %s to " % dom, (g.ch(("8.8.8.8", "1.1.1.1", "9.9.9.9", "208.67.222.222", "223.5.5.5")), "server_ip")]
    if k < 0.75:
        return head + ["reply %s is " % dom, ("104.18.%d.%d" % (g.ri(0, 40), g.ri(1, 254)), "server_ip")]
    head[1] = head[1].replace("dnsmasq[", "dnsmasq-dhcp[")
    first = _fold(g.en_first("en_US")) or "Sam"
    return head + ["DHCPACK(br0) ", (g.client_ip("lan"), IP), " ", ":".join("%02x" % g.ri(0, 255) for _ in range(6)), " ", (first, P),
                   g.ch(("s-iPhone", "s-Galaxy-S24", "-iPad", "s-MacBook-Air"))]


@_tpl("en", "load balancer health check (decoys only)", "-", "server_ip port version")
def _e_lb(g):
    return ["[lb] health check failed for backend order-api-%d " % g.ri(1, 9), (g.server_ip(), "server_ip"), ":", (g.ch(("8080", "8443", "9000", "3000")), "port"),
            " (build ", ("%d.%d.%d" % (g.ri(1, 3), g.ri(0, 40), g.ri(0, 20)), "version"), "), 3/3 failures, marking DOWN"]


@_tpl("en", "Twilio Verify OTP send", "PHONE_NUMBER", "pickup_code verification_sid")
def _e_verify(g):
    return ["verify-svc INFO sent verification code ", (g.digits(6, True), "pickup_code"), " to ",
            (g.intl_phone(g.ch(INTL_REGIONS), g.ch(("E164", "INTL"))), PH), " channel=sms sid=", ("VE" + g.hexs(32), "verification_sid")]


@_tpl("en", "GCP service-account key loaded (JSON-escaped PEM body)", "CREDENTIAL(private key body)", "system_account key_id")
def _e_gcp_key(g):
    return ['config-loader DEBUG loaded secret payment-gateway: {"type":"service_account","project_id":"harvestwok-prod","private_key_id":"',
            (g.hexs(40), "key_id"), '","private_key":"-----BEGIN PRIVATE KEY-----\\n', (g.pem_body(), CR), '\\n-----END PRIVATE KEY-----\\n","client_email":"',
            (g.ch(("pos-sync", "kds-export", "menu-publisher")) + "@harvestwok-prod.iam.gserviceaccount.com", "system_account"), '"}']


@_tpl("en", "Envoy JSON access log with Basic auth header", "IP_ADDRESS CREDENTIAL(basic)", "server_ip port")
def _e_envoy(g):
    d = g.when(0)
    return ['{"start_time":"', _iso(d, 3, True), '","method":"POST","path":"/v1/settle","response_code":200,"x_forwarded_for":"',
            (g.client_ip(g.ch(("world4", "lan"))), IP), '","authorization":"Basic ', (g.secret("basic"), CR), '","upstream_host":"',
            (g.server_ip(), "server_ip"), ":", (g.ch(("8443", "9443", "8080")), "port"), '","duration":%d}' % g.ri(3, 400)]


@_tpl("en", "Zendesk ticket comment with card number", "PERSON CREDIT_CARD", "case_number")
def _e_zendesk(g):
    return ["zendesk ticket #", (str(g.ri(10000, 999999)), "case_number"), " comment by ", (g.en_name(), P), ': "please refund to my card ',
            (g.card(g.ch(("visa", "mc", "amex")), g.ch(("plain", "space", "dash"))), CC), ', thanks"']


@_tpl("en", "Sentry event with user context", "EMAIL_ADDRESS IP_ADDRESS PERSON(login)", "event_id version")
def _e_sentry(g):
    return ["sentry: event ", (g.hexs(32), "event_id"), ' captured user={"id":"', str(g.ri(10000, 9999999)), '","email":"', (g.email(), E),
            '","ip_address":"', (g.client_ip(), IP), '","username":"', (g.login(), P), '"} release=harvestwok-ios@',
            ("%d.%d.%d" % (g.ri(4, 6), g.ri(0, 20), g.ri(0, 9)), "version")]


# --------------------------------------------------------------------------- rendering
_GENERIC_MASKS = ("***", "****", "******", "[REDACTED]", "<redacted>", "[MASKED]", "***REDACTED***")
_MASK_HEAD_TAIL = {PH: (3, 4), CC: (6, 4), CID: (6, 4), IB: (4, 4), SSN: (0, 4), PP: (1, 2), LP: (2, 1)}


def _mask(v, typ, rng):
    if rng.random() < 0.3 or "%" in v or "\\" in v:
        return rng.choice(_GENERIC_MASKS)
    if typ == E and "@" in v:
        local, dom = v.split("@", 1)
        return local[0] + "***@" + dom
    if typ == IP and v.count(".") == 3:
        a = v.split(".")
        return "%s.%s.*.*" % (a[0], a[1])
    if typ in _MASK_HEAD_TAIL:
        head, tail = _MASK_HEAD_TAIL[typ]
        idx = [i for i, c in enumerate(v) if c.isalnum()]
        keep = set(idx[:head]) | set(idx[len(idx) - tail:])
        return "".join(c if (i in keep or not c.isalnum()) else "*" for i, c in enumerate(v))
    if typ == CR:
        return rng.choice(("********", "[FILTERED]", "***", "<hidden>", "[REDACTED]"))
    return rng.choice(_GENERIC_MASKS)


def _flatten(parts):
    for p in parts:
        if isinstance(p, list):
            yield from _flatten(p)
        else:
            yield p


def _render(parts, clean, rng):
    parts = list(_flatten(parts))
    n_dec = sum(1 for p in parts if isinstance(p, tuple) and p[1] not in TYPES)
    budget = MAX_DECOYS - n_dec
    out, spans, decoys, pos = [], [], [], 0
    for p in parts:
        if isinstance(p, str):
            out.append(p)
            pos += len(p)
            continue
        val, lab = p[0], p[1]
        if lab in TYPES:
            if clean:
                if budget > 0 and rng.random() < 0.75:
                    m = _mask(val, lab, rng)
                    budget -= 1
                    decoys.append([pos, pos + len(m), "masked"])
                else:
                    m = "-"
                out.append(m)
                pos += len(m)
                continue
            spans.append([pos, pos + len(val), lab])
        else:
            decoys.append([pos, pos + len(val), lab])
        out.append(val)
        pos += len(val)
    return "".join(out), spans, decoys


# --------------------------------------------------------------------------- validation
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PLATE_RES = (
    re.compile("[%s][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{5,6}" % CN_PROVINCES),
    re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}"),
    re.compile(r"\d[A-Z]{3}\d{3}"),
    re.compile(r"[A-Z]{3}[- ]?\d{3,4}"),
)
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
_MASK_RE = re.compile(r"\*|REDACTED|MASKED|FILTERED|redacted|masked|hidden")


def _decode(v):
    s = v
    if re.search(r"%[0-9A-Fa-f]{2}", s):
        s = unquote(s)
    if "\\" in s:
        try:
            s = json.loads('"' + s + '"')
        except ValueError:
            pass
    return s


def _phone_ok(v):
    s = _decode(v).strip()
    if s.lower().startswith("tel:"):
        s = s[4:]
    if len(re.sub(r"\D", "", s)) < 7 or not re.fullmatch(r"[0-9+()\-. ]+", s):
        return False
    regions = (None,) if s.startswith("+") else _PHONE_REGIONS
    for reg in regions:
        try:
            n = phonenumbers.parse(s, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


def _card_ok(v):
    s = re.sub(r"[ \-]", "", v)
    return (s.isdigit() and len(s) in (15, 16, 19) and _luhn_ok(s)
            and re.match(r"4|5[1-5]|2[2-7]|3[47]|62", s) is not None
            and (len(s) != 15 or s[:2] in ("34", "37")))


def _iban_ok(v):
    s = v.replace(" ", "")
    return (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) is not None and _IBAN_LEN.get(s[:2]) == len(s)
            and _mod97(s[4:] + s[:4]) == 1)


def _ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and b > 0 and c > 0


def _cnid_ok(v):
    if not re.fullmatch(r"\d{17}[\dXx]", v) or v[:6] not in CN_AREA_CODES:
        return False
    try:
        b = _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return _dt.date(1900, 1, 1) <= b <= _dt.date(2026, 12, 6) and _cnid_check(v[:17]) == v[17].upper()


def _type_ok(v, typ):
    if v != v.strip() or not v:
        return False
    dv = _decode(v)
    if typ == P:
        return (len(dv) <= 40 and "@" not in dv and not dv.isdigit() and any(c.isalpha() for c in dv)
                and dv.lower() not in SYSTEM_ACCOUNTS and not dv.startswith("svc-"))
    if typ == E:
        return _EMAIL_RE.fullmatch(dv) is not None and dv.split("@")[0].lower() not in ROLE_LOCALS
    if typ == PH:
        return _phone_ok(v)
    if typ == CC:
        return _card_ok(v)
    if typ == IB:
        return _iban_ok(v)
    if typ == SSN:
        return _ssn_ok(v)
    if typ == CID:
        return _cnid_ok(v)
    if typ == PP:
        return re.fullmatch(r"[A-Z]{1,3}\d{6,8}|\d{9}", v) is not None and 8 <= len(v) <= 9
    if typ == LP:
        return any(r.fullmatch(v) for r in _PLATE_RES)
    if typ == IP:
        try:
            ipaddress.ip_address(dv)
        except ValueError:
            return False
        return True
    if typ == CR:
        return len(dv) >= 6 and not re.search(r"\s", v) and _MASK_RE.fullmatch(dv) is None
    return False


def _decoy_ok(v, kind):
    if not v or v != v.strip() or not isinstance(kind, str) or not kind or kind in TYPES:
        return False
    if kind == "server_ip":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return False
        return True
    if kind == "role_mailbox":
        return _EMAIL_RE.fullmatch(v) is not None and v.split("@")[0].lower() in ROLE_LOCALS
    if kind == "masked":
        return _MASK_RE.search(v) is not None
    if kind == "epoch_ts":
        return re.fullmatch(r"1\d{9}(\d{3})?", v) is not None
    if kind in ("uuid", "request_id") and "-" in v and len(v) == 36:
        return _UUID_RE.fullmatch(v) is not None
    if kind == "commit_hash":
        return re.fullmatch(r"[0-9a-f]{7,40}", v) is not None
    if kind == "image_digest":
        return re.fullmatch(r"sha256:[0-9a-f]{64}", v) is not None
    if kind == "port":
        return v.isdigit() and 0 < int(v) < 65536
    if kind == "trace_id":
        return re.fullmatch(r"[0-9a-f]{16,32}", v) is not None
    if kind == "pickup_code":
        return re.fullmatch(r"[A-Z]?\d{3,8}", v) is not None
    if kind == "system_account":
        return v in SYSTEM_ACCOUNTS or v.startswith("svc-") or v.endswith(".iam.gserviceaccount.com")
    if kind == "public_figure":
        return v in PUBLIC_FIGURES_ZH or v in PUBLIC_FIGURES_EN
    if kind == "company":
        return v in COMPANIES_ZH or v in COMPANIES_EN
    return True


def _problems(rec, K=None):
    """Return a list of problems with one record (empty when it is fine)."""
    errs = []
    if not isinstance(rec, dict) or set(rec) != {"text", "spans", "decoys", "template"}:
        return ["bad record keys"]
    text = rec["text"]
    if not isinstance(text, str) or not text:
        return ["text not a non-empty str"]
    if len(text.splitlines()) != 1 or "\n" in text or "\r" in text:
        errs.append("line break inside text")
    t = rec["template"]
    if not isinstance(t, int) or t < 0 or (K is not None and t >= K):
        errs.append("bad template number %r" % (t,))
    spans, decoys = rec["spans"], rec["decoys"]
    if len(spans) > MAX_SPANS:
        errs.append("too many spans")
    if len(decoys) > MAX_DECOYS:
        errs.append("too many decoys")
    ivals = []
    for kind, lst in (("span", spans), ("decoy", decoys)):
        for item in lst:
            if not (isinstance(item, list) and len(item) == 3 and isinstance(item[0], int) and isinstance(item[1], int)):
                errs.append("malformed %s %r" % (kind, item))
                continue
            s, e, lab = item
            if not (0 <= s < e <= len(text)):
                errs.append("%s offsets out of range %r" % (kind, item))
                continue
            v = text[s:e]
            if kind == "span":
                if lab not in TYPES:
                    errs.append("unknown TYPE %r" % (lab,))
                elif not _type_ok(v, lab):
                    errs.append("bad %s value %r" % (lab, v))
            elif not _decoy_ok(v, lab):
                errs.append("bad decoy %s value %r" % (lab, v))
            ivals.append((s, e, kind, lab))
    ivals.sort()
    for a, b in zip(ivals, ivals[1:]):
        if b[0] < a[1]:
            errs.append("overlap %r %r" % (a, b))
    if errs:
        return errs
    span_set = {(s, e) for s, e, _ in spans}
    for s, e, lab in spans:
        v = text[s:e]
        forms = {v}
        dv = _decode(v)
        if dv and dv != v:
            forms.add(dv)
        for f in forms:
            start = 0
            while True:
                i = text.find(f, start)
                if i < 0:
                    break
                j = i + len(f)
                start = i + 1
                if (i, j) in span_set and text[i:j] == v:
                    continue
                if (i, j) in span_set and f == dv:
                    continue
                if lab == P and any(a <= i and j <= b and (a, b) != (i, j) for a, b, _, _ in ivals):
                    continue
                errs.append("unlabelled occurrence of %s %r at %d" % (lab, f, i))
    return errs


def validate(records):
    """Self-check a list of records; raise AssertionError on any problem, return counters."""
    assert isinstance(records, list), "records must be a list"
    K = len(_TEMPLATES)
    types, kinds, tmpl = Counter(), Counter(), Counter()
    clean = 0
    for n, rec in enumerate(records):
        errs = _problems(rec, K)
        assert not errs, "record %d: %s | %r" % (n, "; ".join(errs[:5]), rec.get("text") if isinstance(rec, dict) else rec)
        for _, _, lab in rec["spans"]:
            types[lab] += 1
        for _, _, kind in rec["decoys"]:
            kinds[kind] += 1
        tmpl[rec["template"]] += 1
        if not rec["spans"]:
            clean += 1
    return {"records": len(records), "types": dict(types), "kinds": dict(kinds), "templates": len(tmpl),
            "no_span_records": clean}


# --------------------------------------------------------------------------- API
def blind_log26(n: int, seed: int = 0) -> list:
    """Generate n labelled log lines (see module docstring)."""
    rng = random.Random(seed)
    g = _Gen(rng)
    K = len(_TEMPLATES)
    order = list(range(K))
    rng.shuffle(order)
    out = []
    for i in range(n):
        t = order[i % K]
        clean = rng.random() < 0.1
        for _attempt in range(300):
            text, spans, decoys = _render(_TEMPLATES[t][0](g), clean, rng)
            rec = {"text": text, "spans": spans, "decoys": decoys, "template": t}
            if not _problems(rec, K):
                break
        else:
            raise RuntimeError("template %d failed to produce a valid record: %s" % (t, _problems(rec, K)))
        out.append(rec)
    return out


def _template_table():
    return "\n".join("%2d: %s / %s -- %s | %s" % (i, {"zh": "Chinese", "en": "English"}[lang], system, sp, dc)
                     for i, (_, lang, system, sp, dc) in enumerate(_TEMPLATES))


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    recs = blind_log26(5000, seed)
    c = validate(recs)
    print("records: %d  templates: %d  no-span records: %d" % (c["records"], c["templates"], c["no_span_records"]))
    print("per TYPE:")
    for k in TYPES:
        print("  %-15s %d" % (k, c["types"].get(k, 0)))
    print("per decoy KIND:")
    for k, v in sorted(c["kinds"].items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-22s %d" % (k, v))
