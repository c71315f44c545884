"""Blind evaluation set 20 for a PII redactor for logs: an insurance company's mixed log.

Provenance
----------
Written blind on 2026-12-06.  Nothing of the project was read while writing it: no
source, tests, rules, seeds, docs, training data or other evaluation sets; the redactor was
never imported or run.  The formats come from general knowledge of how the named systems
print their logs (nginx, Envoy, Heroku router, Express morgan, Spring Boot / logback, MyBatis, Dubbo,
Kafka clients, Asterisk, Genesys-style CTI, postfix, sshd, sudo, CloudTrail, Rails, Laravel,
Serilog, zap, structlog, Baidu OCR, WeChat Pay / Alipay / UnionPay, XXL-JOB, DingTalk bots, ...).
Only the Python standard library, Faker (40.x) and phonenumbers (9.x) are used.

API
---
    blind_log20(n: int, seed: int = 0) -> list[dict]
        n records {"text", "spans", "decoys", "template"}.  spans and decoys are lists of
        [start, end, LABEL] (Python code-point offsets, end exclusive); LABEL is a span TYPE
        or a decoy KIND.  text[start:end] is the value exactly as the line prints it
        (percent-encoded, \\u-escaped, nginx \\xHH-escaped, JSON-escaped where the line
        prints it so).  One random.Random(seed) drives everything; the Faker instances are
        seeded from it, so a given seed always gives the same records (for a given Faker /
        phonenumbers release).  Templates are used round-robin over one shuffled order of
        the template numbers 0..K-1.  About one record in ten is "clean": every planted
        value is replaced by a masked placeholder (recorded as decoy "masked") or by "-".
    validate(records) -> dict
        Self-check; raises AssertionError on any problem: keys, offsets in range, no
        newline (or other line separator) inside a text, spans not overlapping each other or
        decoys, 0-4 spans and 0-3 decoys a line, each span value is what its TYPE says
        (decoded from its printing first), and every other occurrence of a planted value in
        the line is labelled too.  Returns counters (per TYPE, per KIND, per template).
    python pii_logs_blind20.py [n] [seed]
        generates 5,000 lines (seed 0) by default, validates them and prints the counts
        per TYPE and per decoy KIND.

Value generators per TYPE
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES names
                (first + last, Chinese surname + given name), compound surnames (欧阳, 司马,
                上官, 诸葛, ...), rare surnames (禤, 亓, 仉, 蒯, 訾, ...), Uyghur / Tibetan /
                Mongolian names (阿依古丽·买买提, 次仁多吉, 巴特尔, ...), pinyin names in
                English lines, surnames alone before a title, and person-looking logins
                (jsmith, zhang.wei, wangfang88, maria.garcia).
EMAIL_ADDRESS   personal mailboxes built from the person (first.last, flast, pinyin+year) on
                consumer and regional domains, staff mailboxes on the company domain, QQ
                numeric mailboxes (12345678@qq.com).
PHONE_NUMBER    CN mobiles (valid prefixes) printed plain, spaced, dashed, +86, 0086, (+86);
                CN landlines with real area codes printed 010-..., (0755)..., +86 10 ...;
                numbers built from phonenumbers.example_number_for_type for ~25 regions with
                a random tail, kept only if phonenumbers says valid, printed E.164 /
                international / hand-spaced.  Every printing parses as valid with
                phonenumbers.parse(value, "CN").
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex, UnionPay (62xxxx,
                16 or 19 digits), printed plain, spaced or dashed.
IBAN_CODE       mod-97 valid IBANs for DE GB FR ES IT NL BE AT CH IE PL PT SE, compact or in
                groups of four.
US_SSN          valid area/group/serial, printed 123-45-6789, 123 45 6789 or 123456789.
CN_RESIDENT_ID  real area codes, birth dates 1950-2004, GB 11643 check digit (X upper case,
                occasionally lower case).
PASSPORT        CN (E12345678, EA1234567, G12345678), US (9 digits / A12345678), UK (9
                digits), HK (K12345678), IN (K1234567), DE (C + 8 of CFGHJKLMNPRTVWXYZ0-9).
LICENSE_PLATE   CN plates (京A12345, 沪B·3X8K2, 粤B D12345 new-energy), UK (AB12 CDE), US
                (7ABC123, ABC-1234).
IP_ADDRESS      client / user / attacker addresses: public IPv4, CN mobile-carrier ranges,
                office LAN workstations, IPv6 (240e:/2408:/2409:), IPv4-mapped IPv6.
CREDENTIAL      passwords, AWS access key ids and secrets, Aliyun AccessKey id/secret,
                Stripe / GitHub / Slack style keys, JWTs (token only), Basic-auth blobs,
                JSESSIONID / PHPSESSID / connect.sid values, reset tokens, private-key bodies,
                password parts of connection strings and URLs (percent-encoded if so printed).

Label conventions
-----------------
* any address of a person's account -> EMAIL_ADDRESS (QQ numeric too); role mailboxes
  (service@, noreply@, alerts@, claims@, kefu@ ...) -> decoy role_mailbox.
* server / upstream / proxy / DB / resolver / relay address -> decoy server_ip; a client's or
  user's (workstation, phone, attacker) address -> IP_ADDRESS.
* surname before a title (王先生, 李女士, Mr. Smith, Dr. Patel) -> PERSON on the surname only;
  "王建国主任医师" -> PERSON on 王建国; full names of staff (adjusters, agents, doctors,
  运维, 值班人员) are PERSON.
* famous historical people / fictional characters -> decoy public_figure; brands named
  after people -> decoy company; streets, districts, scenic spots, hospitals -> decoy place.
* passwords, API keys, access keys and secret keys, session ids / cookie values, bearer
  tokens and JWTs (token only), private-key bodies, connection-string and URL password
  parts -> CREDENTIAL; one-time SMS codes / pickup codes -> decoy pickup_code.
* person-looking logins -> PERSON; root, admin, default, jenkins, svc-*, *_app service
  accounts -> decoy system_account.
* order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1), case / claim /
  policy / application numbers, 工号, waybills, train / flight numbers, UUIDs, commit
  hashes, image digests, trace ids, epoch timestamps, amounts, ports, versions, VINs, BICs
  ... -> decoys with a descriptive kind.
* postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (李 in 李宁体育用品有限公司) but every other
  occurrence of a planted value in the line is itself labelled.  "Occurrence" is an exact,
  case-sensitive substring match; for a value that begins (ends) with an ASCII letter or
  digit the match must not be preceded (followed) by an ASCII letter or digit.  An
  occurrence that lies inside another span counts as labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.  Some templates
  carry decoys only, to measure over-redaction.

Template table  (number: language / system -- spans | decoys)
--------------------------------------------------------------
 0: en / nginx combined + timing (policy lookup API) -- IP_ADDRESS, EMAIL_ADDRESS (pct), PHONE_NUMBER (pct) | server_ip
 1: en / Envoy default access log (gRPC quote service) -- IP_ADDRESS (x-forwarded-for) | uuid (x-request-id), server_ip (upstream host)
 2: en / Spring Boot logback (policy administration) -- PERSON, EMAIL_ADDRESS | policy_number, amount
 3: en / structlog JSON, ensure_ascii (claims intake FNOL) -- PERSON (\\u-escaped), PHONE_NUMBER, EMAIL_ADDRESS | claim_number
 4: en / Kafka Java consumer error with record value -- PHONE_NUMBER, PERSON | claim_number
 5: en / legacy payment gateway auth request (log4j DEBUG) -- PERSON, CREDIT_CARD | amount, order_id
 6: en / refund gateway XML request -- PERSON, IBAN_CODE | uuid, bic, amount
 7: en / OCR worker, Python dict repr (US claim form) -- PERSON, US_SSN | uuid
 8: en / Twilio SMS send (form-encoded request body) -- PHONE_NUMBER (pct) | account_id, pickup_code
 9: en / postfix/smtp delivery -- EMAIL_ADDRESS | server_ip (relay)
10: en / Genesys-style T-Server CTI event -- PHONE_NUMBER x2 (OtherDN, ANI), PERSON (agent login) | hotline, uuid
11: en / Asterisk app_read (IVR SSN capture) -- US_SSN (9 digits) | call_id
12: en / Asterisk pbx.c NoOp with caller id -- PERSON, PHONE_NUMBER | hotline
13: en / agents' mobile app API login body (winston) -- PERSON (login), CREDENTIAL, IP_ADDRESS | uuid
14: en / HikariCP pool init failure with JDBC URL -- CREDENTIAL (pct) | server_ip, system_account
15: en / Spring Batch job completion (no PII) -- - | epoch_timestamp
16: en / kubectl get events: image pulled (no PII) -- - | version, image_digest
17: en / Jenkins deploy step (no PII) -- - | version, commit_hash, system_account
18: en / sshd publickey accepted (bastion) -- PERSON (login), IP_ADDRESS | port, key_fingerprint
19: en / sshd failed password / invalid user (attacker) -- IP_ADDRESS | system_account, port
20: en / AWS CloudTrail record (S3 GetObject) -- PERSON x2 (IAM user), CREDENTIAL (access key id), IP_ADDRESS | aws_account_id x2, principal_id
21: en / Apache HttpClient wire log: Authorization Bearer JWT -- CREDENTIAL (JWT) | -
22: en / Undertow request dump: Cookie header -- CREDENTIAL (session id) | analytics_id, epoch_timestamp
23: en / Python app config dump: Redis URL with password -- CREDENTIAL (pct) | system_account, server_ip
24: en / underwriting rule engine decision -- PERSON (applicant), PERSON (underwriter) | application_number, version
25: en / claims workflow assignment (title + surname) -- PERSON (adjuster), PERSON (surname only), PHONE_NUMBER | claim_number
26: en / fraud scoring service logfmt -- CREDIT_CARD, IP_ADDRESS | claim_number, version
27: en / SEPA pain.001 batch line -- PERSON, IBAN_CODE | message_id, payment_reference, amount
28: en / Alertmanager-to-Slack alert with on-call engineer -- PERSON, EMAIL_ADDRESS (staff) | server_ip
29: en / AML / sanctions screening of synthetic test records (no PII) -- - | public_figure, case_number
30: en / group policy admin: employer brand named after people -- PERSON (broker) | policy_number, company
31: en / Go zap JSON (SEPA refund rejected) -- IBAN_CODE | epoch_timestamp, trace_id
32: en / Heroku router logfmt -- IP_ADDRESS (fwd client) | uuid (request_id), server_ip (fwd proxy)
33: en / Express morgan combined, IPv4-mapped IPv6 client -- IP_ADDRESS (whole ::ffff:a.b.c.d) | claim_number
34: en / Serilog rendered message (.NET quote service) -- PERSON (agent), PERSON (customer) | quote_number, customer_id
35: en / Rails sign-in parameters (filter_parameters misconfigured) -- EMAIL_ADDRESS, CREDENTIAL | -
36: en / Laravel PDO access denied (no PII) -- - | system_account, server_ip
37: en / MySQL slow query log statement -- US_SSN, EMAIL_ADDRESS | epoch_timestamp
38: en / config loader leaking an OpenSSH private key (JSON-escaped \\n) -- CREDENTIAL (key body) | system_account
39: en / OCR vendor client: basic-auth URL -- CREDENTIAL (URL password, pct) | system_account, uuid
40: en / travel-insurance delay claim -- PERSON, PASSPORT | flight_number, amount
41: en / UK motor FNOL -- LICENSE_PLATE, PERSON, PHONE_NUMBER | claim_number
42: en / US auto claim: plate + card on file -- LICENSE_PLATE, PERSON, CREDIT_CARD | claim_number
43: en / password-reset mail notification -- EMAIL_ADDRESS, CREDENTIAL (reset token) | user_id
44: en / payment gateway client init with API key -- CREDENTIAL (API key) | account_id
45: en / sudo auth log (ops engineer) -- PERSON x2 (login) | system_account
46: en / Windows Security 4625 via NXLog key=value -- PERSON (login), IP_ADDRESS (workstation) | system_account
47: zh / 理赔报案 Spring logback -- PERSON, PHONE_NUMBER | case_number
48: zh / 核保结论 -- PERSON (投保人), CN_RESIDENT_ID, PERSON (核保员) | application_number
49: zh / 查勘调度派工 -- PERSON (查勘员), PHONE_NUMBER, LICENSE_PLATE | claim_number, place
50: zh / 定损完成 -- LICENSE_PLATE, PERSON (定损员) | case_number, employee_id, amount
51: zh / 在线客服 会话接入 (surname + 先生/女士) -- PERSON (坐席), PERSON (surname only) | ticket_number, employee_id
52: zh / 企业微信机器人 P1 告警 (值班人员) -- PERSON, PHONE_NUMBER | server_ip
53: zh / 短信网关 验证码下发 -- PHONE_NUMBER | pickup_code, message_id
54: zh / 短信下发 结案赔款通知 -- PHONE_NUMBER, PERSON (surname only) | claim_number, amount
55: zh / 银联代付请求 -- CREDIT_CARD (UnionPay), PERSON | order_id, amount
56: zh / 百度OCR 身份证识别 JSON (ensure_ascii varies) -- PERSON, CN_RESIDENT_ID | trace_id (log_id)
57: zh / OCR 行驶证识别 -- LICENSE_PLATE, PERSON | vin
58: zh / 医疗发票 OCR (主任医师) -- PERSON (医师 before title), PERSON (患者) | place (hospital), amount, invoice_number
59: zh / IVR 来电 节点日志 -- PHONE_NUMBER (主叫) | call_id, hotline
60: zh / 代理人APP 登录请求 -- PERSON (login), CREDENTIAL, IP_ADDRESS | uuid
61: zh / MyBatis ==> Parameters (理赔人入库) -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER | claim_number
62: en / Dubbo netty channel close (no PII) -- - | server_ip x3 (local address twice)
63: zh / 微信支付回调通知 XML (no PII) -- - | order_id, amount, transaction_id
64: zh / 支付宝退款响应 (buyer_logon_id already masked; no PII) -- - | masked, order_id, amount
65: zh / 保单寄送 顺丰 (surname + 女士) -- PERSON (surname only), PHONE_NUMBER | policy_number, waybill
66: zh / 航延险自动理赔 -- PERSON, PASSPORT | flight_number, amount
67: zh / 乘意险出单 (车次) -- PERSON, CN_RESIDENT_ID | train_number, policy_number
68: zh / 电子保单邮件发送 (QQ mailbox) -- EMAIL_ADDRESS (QQ numeric) | role_mailbox, policy_number, message_id
69: zh / 投诉工单 (客户 + 跟进人员) -- PERSON (客户), PERSON (跟进人), PHONE_NUMBER | ticket_number
70: zh / 风控规则命中 -- IP_ADDRESS, CN_RESIDENT_ID | rule_id
71: zh / XXL-JOB 续期提醒批处理 (no PII) -- - | epoch_timestamp, server_ip
72: zh / 数据校验 测试数据黑名单 (no PII) -- - | public_figure, application_number
73: zh / 查勘回传 (景点 + 医院) -- PERSON (查勘员) | place x2
74: zh / 客户画像 工作单位为人名品牌 -- PERSON (surname only) | company
75: zh / nginx 带 $request_body (\\xHH 转义) -- IP_ADDRESS, PERSON (\\x-escaped), PHONE_NUMBER, CN_RESIDENT_ID | -
76: zh / Kafka 消费 报案消息 (fastjson) -- PERSON, PHONE_NUMBER, LICENSE_PLATE | case_number
77: zh / 客服回访 (座机) -- PERSON (客户), PHONE_NUMBER (landline), PERSON (坐席) | task_id
78: zh / 车险投保 车架号/发动机号 -- LICENSE_PLATE, PERSON, CN_RESIDENT_ID | vin, engine_number
79: zh / 境外医疗理赔 付款指令 (IBAN) -- PERSON, IBAN_CODE | bic, amount
80: zh / OSS 客户端初始化 (阿里云 AccessKey) -- CREDENTIAL x2 (AccessKeyId, AccessKeySecret) | -
81: zh / SessionFilter 登录成功 token -- PERSON (login), CREDENTIAL (token) | epoch_timestamp
82: zh / 港澳台理赔 (繁体, HK/TW phone, passport) -- PERSON, PHONE_NUMBER, PASSPORT | claim_number
83: zh / 理赔审核 领款人 (少数民族姓名) 银行卡 -- PERSON, CREDIT_CARD | -
84: zh / 钉钉机器人 webhook payload (markdown, \\n escapes) -- PERSON, PHONE_NUMBER | claim_number
85: zh / 运维登录审计 (堡垒机) -- PERSON (运维 full name), PERSON (login), IP_ADDRESS | server_ip
86: zh / 理赔邮件通知 (个人邮箱 + 客服邮箱) -- PERSON, EMAIL_ADDRESS | role_mailbox, claim_number
87: zh / 退费网关 订单号 (Luhn 16-digit / 11-digit ids; no PII) -- - | order_id x2, amount

K = 88 templates: 40 Chinese-language (zh), 48 English (en); templates with spans "-" carry decoys only.
"""

import base64
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import urllib.parse
from collections import Counter

import phonenumbers
from faker import Faker

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
         "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS", "CREDENTIAL")

LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
WEST_LOCALES = ("en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")


# ----------------------------------------------------------------------------- labels
class S:
    """A planted value (span).  text = as printed, raw = decoded value (for masks)."""
    __slots__ = ("text", "type", "raw")

    def __init__(self, text, type_, raw=None):
        assert type_ in TYPES, type_
        self.text = text
        self.type = type_
        self.raw = text if raw is None else raw


class D:
    """A decoy: looks sensitive but is not PII under the conventions."""
    __slots__ = ("text", "kind")

    def __init__(self, text, kind):
        self.text = text
        self.kind = kind


# ----------------------------------------------------------------------------- static data
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫", "尉迟", "令狐",
                     "端木", "公孙", "长孙", "宇文", "司徒", "夏侯", "澹台", "呼延", "百里"]
RARE_SURNAMES = ["禤", "亓", "仉", "蒯", "訾", "佴", "逯", "斛", "宓", "昝", "冼", "佘", "璩",
                 "郗", "芮", "靳", "甄", "鞠", "厍", "晏"]
UYGHUR_GIVEN = ["阿依古丽", "买买提江", "古丽娜尔", "热依拉", "阿布都热西提", "努尔艾力",
                "帕提古丽", "艾克拜尔", "阿迪力", "米热古丽"]
UYGHUR_FATHER = ["买买提", "吐尔逊", "艾力", "阿不都", "卡德尔", "依明", "热合曼", "艾则孜"]
TIBETAN = ["次仁多吉", "扎西卓玛", "格桑旺姆", "达瓦次仁", "央金拉姆", "平措扎西", "尼玛顿珠",
           "拉巴卓嘎", "索朗曲珍"]
MONGOL = ["巴特尔", "乌兰图雅", "其其格", "哈斯巴根", "苏和", "额尔敦", "宝音图", "娜仁花",
          "图门吉日嘎拉"]
OTHER_MINORITY = ["金顺姬", "朴成哲", "韦秀梅", "覃海燕", "蒙丽娟", "阿木古呷", "吉克阿依"]

CN_AREAS = ["110101", "110105", "110108", "110114", "120101", "120104", "130102", "130104",
            "140105", "150102", "210102", "210203", "220102", "230103", "310101", "310104",
            "310110", "310115", "320102", "320506", "330106", "330108", "330203", "340104",
            "350203", "360102", "370202", "370102", "410105", "420106", "420111", "430104",
            "440106", "440304", "440305", "441900", "450103", "460106", "500103", "500112",
            "510107", "510104", "520102", "530102", "540102", "610113", "620102", "630102",
            "640104", "650102"]

CN_MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                      "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                      "159", "166", "171", "173", "175", "176", "177", "178", "180", "181",
                      "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
                      "195", "198", "199"]
CN_LANDLINE_AREAS = [("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8),
                     ("025", 8), ("027", 8), ("028", 8), ("029", 8), ("0755", 8), ("0571", 8),
                     ("0512", 8), ("0532", 8), ("0731", 8), ("0591", 8), ("0371", 8),
                     ("0531", 8), ("0551", 8), ("0871", 8), ("0769", 8), ("0757", 8),
                     ("0574", 8), ("0898", 8)]
INTL_REGIONS = ["US", "CA", "GB", "AU", "IN", "DE", "FR", "ES", "IT", "NL", "JP", "KR", "SG",
                "HK", "TW", "MY", "TH", "PH", "NZ", "IE", "CH", "AE", "BR", "MX", "ZA"]

CN_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

CN_CITY_DISTRICT = [("北京市", "朝阳区"), ("北京市", "海淀区"), ("上海市", "浦东新区"),
                    ("上海市", "徐汇区"), ("广州市", "天河区"), ("深圳市", "南山区"),
                    ("杭州市", "西湖区"), ("南京市", "鼓楼区"), ("成都市", "武侯区"),
                    ("武汉市", "洪山区"), ("西安市", "雁塔区"), ("重庆市", "渝北区"),
                    ("苏州市", "工业园区"), ("天津市", "河西区"), ("长沙市", "岳麓区")]
CN_ROADS = ["中山北路", "人民路", "建设大道", "解放路", "科技园南路", "文一西路", "长江路",
            "世纪大道", "高新四路", "滨江大道", "新华路", "学院路", "东风路", "光华路"]
SCENIC = ["西湖断桥", "外滩观景平台", "故宫午门", "颐和园东宫门", "黄山风景区", "鼓浪屿",
          "南京路步行街", "春熙路", "解放碑", "宽窄巷子", "夫子庙", "大雁塔北广场", "洪崖洞"]
HOSPITALS = ["北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "中山大学附属第一医院",
             "浙江大学医学院附属第一医院", "上海交通大学医学院附属瑞金医院",
             "华中科技大学同济医学院附属协和医院", "中南大学湘雅医院", "北京大学第三医院"]
ZH_PUBLIC = ["孙悟空", "诸葛亮", "李白", "林黛玉", "贾宝玉", "鲁迅", "孔子", "秦始皇", "哪吒",
             "猪八戒", "杜甫", "曹操", "岳飞", "花木兰", "武则天"]
EN_PUBLIC = ["Abraham Lincoln", "Sherlock Holmes", "Harry Potter", "Winston Churchill",
             "Mickey Mouse", "Albert Einstein", "Napoleon Bonaparte", "Marie Curie",
             "Homer Simpson", "James Bond", "Florence Nightingale", "William Shakespeare",
             "Isaac Newton", "Bruce Wayne"]
ZH_PERSON_BRANDS = ["李宁体育用品有限公司", "王老吉大健康产业有限公司", "张小泉股份有限公司",
                    "李锦记(新会)食品有限公司", "马应龙药业集团股份有限公司",
                    "王致和食品有限公司", "周大福珠宝金行有限公司", "陈李济药厂",
                    "张裕葡萄酿酒股份有限公司", "胡庆余堂国药号有限公司"]
EN_PERSON_BRANDS = ["Johnson & Johnson", "Ford Motor Company", "Dell Technologies",
                    "The Walt Disney Company", "Hewlett Packard Enterprise", "Ferrari N.V.",
                    "Porsche AG", "Siemens AG", "Boeing", "Kellogg Company", "Cadbury",
                    "Louis Vuitton", "Goldman Sachs", "Procter & Gamble", "Mercedes-Benz Group"]
BICS = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "NWBKGB2L", "INGBNL2A", "BSCHESMM", "UBSWCHZH80A",
        "BKAUATWW", "AIBKIE2D", "GEBABEBB", "UNCRITMM", "HANDSESS"]
FLIGHTS = ["MU5101", "CA1501", "CZ3101", "HU7601", "MU583", "CA981", "UA857", "BA9", "LH720",
           "SQ830", "EK303", "CX365", "NH920", "QF130", "3U8633", "ZH9102"]
ROLE_MAILBOXES = ["noreply@evergreen-mutual.com", "no-reply@notify.evergreen-mutual.com",
                  "claims@evergreen-mutual.com", "alerts@evergreen-mutual.com",
                  "underwriting@evergreen-mutual.com", "service@cqbx.com.cn",
                  "kefu@cqbx.com.cn", "lipei@cqbx.com.cn", "postmaster@evergreen-mutual.com",
                  "notice@cqbx.com.cn"]
UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) '
       'Chrome/120.0.0.0 Safari/537.36',
       'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 '
       '(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
       'okhttp/4.11.0',
       'EvergreenAgent/5.2.1 (com.evergreen.agent; build:5210; iOS 17.1.2) Alamofire/5.8.0',
       'Dalvik/2.1.0 (Linux; U; Android 13; V2219A Build/TP1A.220624.014)',
       'Mozilla/5.0 (Linux; Android 12; M2012K11AC Build/SKQ1.220303.001; wv) '
       'AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile '
       'Safari/537.36 XWEB/5061 MMWEBSDK/20230805 MicroMessenger/8.0.42.2460(0x28002A58) '
       'WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
       'curl/8.4.0', 'python-requests/2.31.0', 'axios/1.6.2']
CN_CARRIER_PREFIXES = ["117.136", "223.104", "112.97", "39.144", "183.192", "120.229",
                       "36.112", "114.247", "58.246", "106.39", "111.18", "27.38", "223.88"]


# ----------------------------------------------------------------------------- pure helpers
def luhn_check_digit(body):
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
    return num.isdigit() and luhn_check_digit(num[:-1]) == num[-1]


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_check(body17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, _ID_W)) % 11]


def cn_id_ok(v):
    if not re.fullmatch(r"[1-6][0-9]{16}[0-9Xx]", v):
        return False
    if v[:2] not in {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
                     "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
                     "53", "54", "61", "62", "63", "64", "65"}:
        return False
    try:
        _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return cn_id_check(v[:17]) == v[17].upper()


def phone_ok(v):
    try:
        n = phonenumbers.parse(v, "CN")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


PLATE_RES = [
    re.compile(r"[" + CN_PROVINCES + r"][A-HJ-NP-Z][·• -]?[A-HJ-NP-Z0-9]{5,6}"),
    re.compile(r"[A-Z]{2}[0-9]{2} ?[A-Z]{3}"),
    re.compile(r"[0-9][A-Z]{3}[0-9]{3}"),
    re.compile(r"[A-Z]{3}[- ]?[0-9]{4}"),
]
PASSPORT_RES = [re.compile(r"[A-Z]{1,2}[0-9]{7,8}"), re.compile(r"[0-9]{9}"),
                re.compile(r"C[CFGHJKLMNPRTVWXYZ0-9]{8}")]


def decode_printed(v):
    """Undo the printing of a value: \\u / JSON escapes, nginx \\xHH, percent-encoding."""
    if "\\x" in v:
        v = re.sub(rb"\\x([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                   v.encode("utf-8")).decode("utf-8")
    if "\\" in v:
        try:
            v = json.loads('"' + v + '"')
        except ValueError:
            pass
    if re.search(r"%[0-9A-Fa-f]{2}", v):
        v = urllib.parse.unquote_plus(v)
    return v


def value_ok(type_, printed):
    """True when the printed value is what its TYPE says."""
    if type_ == "CREDENTIAL":
        return len(printed) >= 6 and not re.search(r"\s", printed)
    v = decode_printed(printed)
    if type_ == "PERSON":
        return (0 < len(v) <= 40 and "@" not in v and v == v.strip()
                and any(c.isalpha() for c in v) and not re.search(r"[\n\r\t]", v))
    if type_ == "EMAIL_ADDRESS":
        return re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}",
                            v) is not None
    if type_ == "PHONE_NUMBER":
        return phone_ok(v)
    if type_ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        return (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
                and re.match(r"4|5[1-5]|2[2-7]|3[47]|62", d) is not None)
    if type_ == "IBAN_CODE":
        return iban_ok(v)
    if type_ == "US_SSN":
        return ssn_ok(v)
    if type_ == "CN_RESIDENT_ID":
        return cn_id_ok(v)
    if type_ == "PASSPORT":
        return any(r.fullmatch(v) for r in PASSPORT_RES)
    if type_ == "LICENSE_PLATE":
        return any(r.fullmatch(v) for r in PLATE_RES)
    if type_ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return False
        return True
    return False


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def ja(s):
    """JSON string body, ensure_ascii=True (Python json / Jackson with escaping)."""
    return json.dumps(s, ensure_ascii=True)[1:-1]


def jn(s):
    """JSON string body, UTF-8 kept (ensure_ascii=False / fastjson / Jackson default)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def ngx(s):
    """nginx log escaping (escape=default): ", \\, controls and bytes >= 0x7f as \\xHH."""
    out = []
    for b in s.encode("utf-8"):
        if b < 0x20 or b >= 0x7F or b in (0x22, 0x5C):
            out.append("\\x%02X" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def pct(s):
    return urllib.parse.quote(s, safe="")


def pctp(s):
    return urllib.parse.quote_plus(s, safe="")


# ----------------------------------------------------------------------------- generator state
_INTL_EXAMPLES = {}


def _intl_examples():
    if not _INTL_EXAMPLES:
        for reg in INTL_REGIONS:
            for t in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
                ex = phonenumbers.example_number_for_type(reg, t)
                if ex is not None and phonenumbers.is_valid_number(ex):
                    _INTL_EXAMPLES.setdefault(reg, []).append(ex)
    return _INTL_EXAMPLES


class G:
    """Value generators; one per blind_log20 call, driven by one random.Random."""

    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.dt = None
        self.new_record()

    # -- basic randomness
    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def p(self, x):
        return self.r.random() < x

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b64(self, nbytes, urlsafe=False, pad=True):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        return s if pad else s.rstrip("=")

    # -- time
    def new_record(self):
        base = _dt.datetime(2026, 12, 6, tzinfo=_dt.timezone.utc)
        self.dt = base + _dt.timedelta(seconds=self.r.randint(0, 86399),
                                       microseconds=self.r.randint(0, 999999))

    @property
    def cst(self):
        return self.dt.astimezone(_dt.timezone(_dt.timedelta(hours=8)))

    def iso_z(self):
        return self.dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.dt.microsecond // 1000)

    def iso_cst(self):
        t = self.cst
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+08:00" % (t.microsecond // 1000)

    def local(self, sep=".", utc=False):
        t = self.dt if utc else self.cst
        return t.strftime("%Y-%m-%d %H:%M:%S") + sep + "%03d" % (t.microsecond // 1000)

    def local_s(self, utc=False):
        t = self.dt if utc else self.cst
        return t.strftime("%Y-%m-%d %H:%M:%S")

    def clf(self, utc=False):
        t = self.dt if utc else self.cst
        return t.strftime("%d/%b/%Y:%H:%M:%S ") + ("+0000" if utc else "+0800")

    def syslog(self, utc=False):
        t = self.dt if utc else self.cst
        return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")

    def epoch(self):
        return str(int(self.dt.timestamp()))

    def epoch_ms(self):
        return str(int(self.dt.timestamp() * 1000))

    # -- persons
    def zh_given(self):
        return self.fk["zh_CN"].first_name()

    def zh_name(self, plain=False):
        x = self.r.random()
        if plain or x < 0.72:
            return self.fk["zh_CN"].last_name() + self.zh_given()
        if x < 0.82:
            return self.c(COMPOUND_SURNAMES) + self.zh_given()
        if x < 0.90:
            return self.c(RARE_SURNAMES) + self.zh_given()
        y = self.r.random()
        if y < 0.4:
            return self.c(UYGHUR_GIVEN) + "·" + self.c(UYGHUR_FATHER)
        if y < 0.6:
            return self.c(TIBETAN)
        if y < 0.8:
            return self.c(MONGOL)
        return self.c(OTHER_MINORITY)

    def tw_name(self):
        f = self.fk["zh_TW"]
        return f.last_name() + f.first_name()

    def zh_surname(self):
        x = self.r.random()
        if x < 0.85:
            s = self.fk["zh_CN"].last_name()
            return s
        if x < 0.93:
            return self.c(COMPOUND_SURNAMES)
        return self.c(RARE_SURNAMES)

    def west_name(self, locs=WEST_LOCALES):
        f = self.fk[self.c(locs)]
        return f.first_name() + " " + f.last_name()

    def pinyin_name(self):
        f = self.fk["zh_CN"]
        if self.p(0.5):
            return f.first_romanized_name() + " " + f.last_romanized_name()
        return f.last_romanized_name() + " " + f.first_romanized_name()

    def en_name(self):
        """A name for an English-language line: mostly western, some pinyin / Chinese."""
        x = self.r.random()
        if x < 0.8:
            return self.west_name()
        if x < 0.92:
            return self.pinyin_name()
        return self.zh_name(plain=True)

    def west_surname(self, locs=WEST_LOCALES):
        return self.fk[self.c(locs)].last_name()

    def login(self, style=None):
        style = style if style is not None else self.i(0, 5)
        if style in (0, 1):
            f = self.fk[self.c(("en_US", "en_GB", "en_AU", "en_IN", "es_ES", "fr_FR", "de_DE"))]
            first, last = ascii_fold(f.first_name()), ascii_fold(f.last_name())
            if style == 0:
                return first[0] + last
            return first + "." + last
        z = self.fk["zh_CN"]
        last, first = ascii_fold(z.last_romanized_name()), ascii_fold(z.first_romanized_name())
        if style in (2, 3):
            return last + "." + first
        if style == 4:
            return last + first + self.digits(2)
        return first[0] + last + str(self.i(1, 9))

    # -- mail
    def email(self, name=None, cn=None):
        cn = self.p(0.45) if cn is None else cn
        if cn:
            if self.p(0.25):
                return self.qq_email()
            z = self.fk["zh_CN"]
            last, first = ascii_fold(z.last_romanized_name()), ascii_fold(z.first_romanized_name())
            local = self.c([last + first, last + "." + first, first + last + str(self.i(1970, 2005)),
                            last + first + self.digits(3), last + "_" + first])
            dom = self.c(["163.com", "126.com", "sina.com", "foxmail.com", "sohu.com", "yeah.net",
                          "139.com", "aliyun.com", "outlook.com", "gmail.com"])
            return local + "@" + dom
        loc = self.c(WEST_LOCALES)
        f = self.fk[loc]
        first = ascii_fold(f.first_name()) or "anna"
        last = ascii_fold(f.last_name()) or "lee"
        local = self.c([first + "." + last, first[0] + last, first + last + self.digits(2),
                        first + "_" + last, last + "." + first, first + "." + last + str(self.i(1, 99))])
        dom = {
            "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
            "en_GB": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"],
            "en_AU": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
            "en_IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
            "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
            "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
            "es_ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
        }[loc]
        return local + "@" + self.c(dom)

    def qq_email(self):
        return str(self.i(10000, 3999999999)) + "@" + self.c(["qq.com", "qq.com", "QQ.com", "vip.qq.com"])

    def staff_email(self):
        if self.p(0.5):
            f = self.fk[self.c(("en_US", "en_GB", "en_AU", "en_IN"))]
            return ascii_fold(f.first_name()) + "." + ascii_fold(f.last_name()) + "@evergreen-mutual.com"
        z = self.fk["zh_CN"]
        return (ascii_fold(z.last_romanized_name()) + "." + ascii_fold(z.first_romanized_name())
                + "@cqbx.com.cn")

    def role_mailbox(self):
        return self.c(ROLE_MAILBOXES)

    # -- phones
    def cn_mobile_digits(self):
        while True:
            n = self.c(CN_MOBILE_PREFIXES) + self.digits(8)
            if phone_ok(n):
                return n

    def cn_mobile(self, style=None):
        n = self.cn_mobile_digits()
        forms = [n, n, n, n[:3] + " " + n[3:7] + " " + n[7:], n[:3] + "-" + n[3:7] + "-" + n[7:],
                 "+86 " + n[:3] + " " + n[3:7] + " " + n[7:], "+86-" + n, "+86" + n,
                 "0086 " + n, "(+86)" + n, "+86 " + n]
        s = forms[style] if style is not None else self.c(forms)
        return s if phone_ok(s) else n

    def cn_landline(self):
        while True:
            code, ln = self.c(CN_LANDLINE_AREAS)
            local = self.c("2345678") + self.digits(ln - 1)
            plain = code + local
            if not phone_ok(plain):
                continue
            forms = [code + "-" + local, "(" + code + ")" + local, code + " " + local[:4] + " " + local[4:],
                     "+86 " + code[1:] + " " + local[:4] + " " + local[4:], "+86-" + code[1:] + "-" + local,
                     code + "-" + local[:4] + "-" + local[4:], "(" + code + ") " + local]
            s = self.c(forms)
            return s if phone_ok(s) else code + "-" + local

    def intl_phone(self, regions=None):
        ex = _intl_examples()
        reg = self.c(regions or list(ex))
        base = self.c(ex[reg])
        num = base
        for _ in range(30):
            nsn = phonenumbers.national_significant_number(base)
            k = min(4, len(nsn) - 3)
            cand = phonenumbers.parse("+%d%s" % (base.country_code, nsn[:-k] + self.digits(k)))
            if phonenumbers.is_valid_number(cand):
                num = cand
                break
        x = self.r.random()
        if x < 0.4:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif x < 0.75:
            s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        elif x < 0.9 and num.country_code == 1:
            nsn = phonenumbers.national_significant_number(num)
            s = "+1 (%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:])
        else:
            s = "+%d %s" % (num.country_code, phonenumbers.national_significant_number(num))
        return s if phone_ok(s) else phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)

    def phone_any(self):
        x = self.r.random()
        if x < 0.55:
            return self.cn_mobile()
        if x < 0.7:
            return self.cn_landline()
        return self.intl_phone()

    def en_phone(self):
        return self.intl_phone() if self.p(0.75) else self.cn_mobile(self.c([5, 6, 7, 10]))

    # -- cards, banks, ids
    def card(self, kind=None, fmt=None):
        kind = kind or self.c(["visa", "visa", "mc", "mc2", "amex", "unionpay"])
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = "5" + self.c("12345") + self.digits(13)
        elif kind == "mc2":
            body = str(self.i(2221, 2720)) + self.digits(11)
        elif kind == "amex":
            body = self.c(["34", "37"]) + self.digits(12)
        else:
            pre = self.c(["622202", "622848", "621700", "621483", "622588", "621226", "623668",
                          "622260", "625807"])
            body = pre + self.digits((19 if self.p(0.5) else 16) - 7)
        num = body + luhn_check_digit(body)
        fmt = fmt if fmt is not None else self.c(["plain", "plain", "space", "dash"])
        if fmt == "plain":
            return num
        sep = " " if fmt == "space" else "-"
        if len(num) == 15:
            return num[:4] + sep + num[4:10] + sep + num[10:]
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    IBAN_SPECS = {
        "DE": [("n", 18)], "GB": [("bank", 4), ("n", 14)], "FR": [("n", 10), ("c", 11), ("n", 2)],
        "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("bank", 4), ("n", 10)],
        "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)],
        "IE": [("bank", 4), ("n", 14)], "PL": [("n", 24)], "PT": [("n", 21)], "SE": [("n", 20)],
    }
    BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO"],
             "IE": ["AIBK", "BOFI", "IPBS"]}

    def iban(self, cc=None, grouped=None):
        cc = cc or self.c(list(self.IBAN_SPECS))
        bban = ""
        for kind, n in self.IBAN_SPECS[cc]:
            if kind == "n":
                bban += self.digits(n)
            elif kind == "a":
                bban += self.alnum(n, string.ascii_uppercase)
            elif kind == "c":
                bban += self.alnum(n, string.ascii_uppercase + string.digits * 3)
            else:
                bban += self.c(self.BANKS[cc])
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        s = cc + "%02d" % (98 - num % 97) + bban
        grouped = self.p(0.5) if grouped is None else grouped
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def ssn(self, fmt=None):
        while True:
            a = self.i(1, 899)
            if a != 666:
                break
        a, gr, s = "%03d" % a, "%02d" % self.i(1, 99), "%04d" % self.i(1, 9999)
        fmt = fmt or self.c(["-", "-", "-", " ", ""])
        return a + fmt + gr + fmt + s

    def cn_id(self):
        birth = _dt.date(1950, 1, 1) + _dt.timedelta(days=self.i(0, 20000))
        body = self.c(CN_AREAS) + birth.strftime("%Y%m%d") + self.digits(3)
        ck = cn_id_check(body)
        if ck == "X" and self.p(0.15):
            ck = "x"
        return body + ck

    def passport(self, kind=None):
        kind = kind or self.c(["cn", "cn", "us", "uk", "hk", "in", "de"])
        if kind == "cn":
            x = self.r.random()
            if x < 0.5:
                return "E" + self.digits(8)
            if x < 0.8:
                return "E" + self.c("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
            return "G" + self.digits(8)
        if kind == "us":
            return self.digits(9, True) if self.p(0.5) else self.c("ACEFGHJKLMNPRSTUVWXYZ") + self.digits(8)
        if kind == "uk":
            return self.digits(9, True)
        if kind == "hk":
            return self.c("KH") + self.digits(8)
        if kind == "in":
            return self.c("JKLMNPRSTUVWZ") + self.digits(7)
        return "C" + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")

    def cn_plate(self, sep=None):
        prov = self.c(CN_PROVINCES)
        city = self.c(PLATE_LETTERS)
        if self.p(0.25):
            tail = self.c("DF") + self.c(PLATE_LETTERS + string.digits * 3) + self.digits(4)
        else:
            chars = list(self.digits(5))
            for pos in self.r.sample(range(5), self.i(0, 2)):
                chars[pos] = self.c(PLATE_LETTERS)
            tail = "".join(chars)
        sep = sep if sep is not None else self.c(["", "", "·", " "])
        return prov + city + sep + tail

    def uk_plate(self):
        return (self.alnum(2, "ABCDEFGHJKLMNOPRSTUVWXY") + self.c(["19", "20", "69", "70", "21", "71", "22", "72", "23", "73"])
                + self.c(["", " "]) + self.alnum(3, "ABCDEFGHJKLMNOPRSTUVWXYZ"))

    def us_plate(self):
        if self.p(0.5):
            return str(self.i(1, 9)) + self.alnum(3, string.ascii_uppercase) + self.digits(3)
        return self.alnum(3, string.ascii_uppercase) + self.c(["-", " ", ""]) + self.digits(4)

    # -- ip
    def client_ip(self):
        while True:
            ip = "%d.%d.%d.%d" % (self.i(1, 223), self.i(0, 255), self.i(0, 255), self.i(1, 254))
            a = ipaddress.ip_address(ip)
            if a.is_global and not a.is_multicast:
                return ip

    def cn_client_ip(self):
        if self.p(0.15):
            return self.ipv6_client(self.c(["240e:", "2408:", "2409:"]))
        return self.c(CN_CARRIER_PREFIXES) + ".%d.%d" % (self.i(0, 255), self.i(1, 254))

    def ipv6_client(self, pre=None):
        pre = pre or self.c(["240e:", "2408:", "2409:", "2a02:", "2a01:cb00:", "2600:1700:", "2001:56a:"])
        groups = pre.rstrip(":").split(":")
        while len(groups) < 8:
            groups.append("%x" % self.i(0, 0xFFFF))
        return str(ipaddress.ip_address(":".join(groups)))

    def lan_ip(self):
        if self.p(0.5):
            return "192.168.%d.%d" % (self.i(0, 30), self.i(2, 254))
        return "10.%d.%d.%d" % (self.i(100, 200), self.i(0, 255), self.i(2, 254))

    def server_ip(self):
        x = self.r.random()
        if x < 0.5:
            return "10.%d.%d.%d" % (self.i(0, 60), self.i(0, 255), self.i(2, 254))
        if x < 0.8:
            return "172.%d.%d.%d" % (self.i(16, 31), self.i(0, 255), self.i(2, 254))
        return "192.168.%d.%d" % (self.i(100, 250), self.i(2, 254))

    # -- credentials
    def password(self):
        x = self.r.random()
        if x < 0.2:
            return self.c(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Evergreen", "Claims",
                           "Monday", "Dragon", "Sunshine"]) + str(self.i(2019, 2026)) + self.c("!@#$*.")
        if x < 0.4:
            return self.c(["Abc@", "Aa@", "Qwe@", "Zxc!", "P@ss"]) + self.digits(self.i(4, 6))
        if x < 0.55:
            z = self.fk["zh_CN"]
            return ascii_fold(z.last_romanized_name()) + self.digits(6) + self.c(["", "!", "."])
        if x < 0.85:
            return self.alnum(self.i(10, 16), string.ascii_letters + string.digits + "!@#$%^*-_+=.")
        return self.alnum(self.i(20, 32), string.ascii_letters + string.digits)

    def aws_akid(self):
        return self.c(["AKIA", "ASIA"]) + self.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def aws_secret(self):
        return self.alnum(40, string.ascii_letters + string.digits + "/+")

    def jwt(self):
        hdr = {"alg": self.c(["RS256", "HS256", "ES256"]), "typ": "JWT"}
        if hdr["alg"] != "HS256":
            hdr["kid"] = self.hexs(16)
        iat = int(self.dt.timestamp()) - self.i(0, 3000)
        pl = {"sub": self.c([self.uuid(), str(self.i(100000, 9999999))]),
              "iss": self.c(["https://sso.evergreen-mutual.com", "agent-app", "auth.cqbx.com.cn"]),
              "iat": iat, "exp": iat + self.c([900, 3600, 7200, 86400]),
              "scope": self.c(["claims:read claims:write", "policy:read", "agent"])}
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.b64(256 if hdr["alg"] == "RS256" else 32 if hdr["alg"] == "HS256" else 64,
                       urlsafe=True, pad=False)
        return enc(hdr) + "." + enc(pl) + "." + sig

    def session_id(self, kind=None):
        kind = kind or self.c(["jsession", "php", "aspnet", "hex"])
        if kind == "jsession":
            s = self.hexs(32, upper=True)
            return s + (".node%d" % self.i(1, 4) if self.p(0.3) else "")
        if kind == "php":
            return self.alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789")
        if kind == "aspnet":
            return self.alnum(24, "abcdefghijklmnopqrstuvwxyz012345")
        return self.hexs(40)

    def api_key(self):
        x = self.r.random()
        if x < 0.2:
            return "sk_live_" + self.alnum(24)
        if x < 0.35:
            return "ghp_" + self.alnum(36)
        if x < 0.5:
            return "xoxb-%s-%s-%s" % (self.digits(12, True), self.digits(13, True), self.alnum(24))
        if x < 0.7:
            return self.hexs(32)
        return self.b64(30, urlsafe=True, pad=False)

    def key_body(self):
        lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
        lines[0] += self.b64(18)[:70 - len(lines[0])]
        for _ in range(self.i(2, 4)):
            lines.append(self.b64(60)[:70])
        return lines

    # -- decoys
    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def luhn_order(self):
        body = self.c(["2026", "2025", "9100", "8800"]) + self.digits(11)
        return body + luhn_check_digit(body)

    def order11(self):
        return "1" + self.c("012") + self.digits(9)

    def order_id(self):
        x = self.r.random()
        if x < 0.3:
            return self.luhn_order()
        if x < 0.5:
            return self.order11()
        return self.cst.strftime("%Y%m%d") + self.digits(self.i(8, 12))

    def amount(self, style=None):
        v = self.c([self.i(20, 2000), self.i(200, 30000), self.i(1000, 150000)]) + self.i(0, 99) / 100.0
        style = style if style is not None else self.i(0, 3)
        if style == 0:
            return "%.2f" % v
        if style == 1:
            return "{:,.2f}".format(v)
        if style == 2:
            return "¥" + "{:,.2f}".format(v)
        return str(int(v * 100))

    def claim_no(self):
        return self.c(["CLM-%d-%07d" % (self.cst.year, self.i(1, 9999999)),
                       "C%s%06d" % (self.cst.strftime("%y%m%d"), self.i(1, 999999)),
                       "CL%s" % self.digits(12)])

    def report_no(self):
        return self.c(["RPT" + self.cst.strftime("%Y%m%d") + self.digits(6),
                       "905" + self.cst.strftime("%Y%m%d") + self.digits(7),
                       "BA" + self.digits(16)])

    def policy_no(self):
        return self.c(["PDAA" + str(self.cst.year) + self.digits(14), "P" + self.digits(15),
                       "EVG-%s-%s" % (self.alnum(2, string.ascii_uppercase), self.digits(8)),
                       "6" + self.digits(17)])

    def app_no(self):
        return self.c(["TDAA" + str(self.cst.year) + self.digits(14), "UW-%d-%06d" % (self.cst.year, self.i(1, 999999)),
                       "AP" + self.digits(12)])

    def version(self):
        return "%d.%d.%d" % (self.i(1, 9), self.i(0, 30), self.i(0, 20))

    def emp_id(self):
        return self.c(["A" + self.digits(5), self.digits(8, True), "EVG" + self.digits(5), "CQ" + self.digits(6)])


# ----------------------------------------------------------------------------- templates
TEMPLATES = []


def tpl(lang, system, spans, decoys):
    def deco(fn):
        TEMPLATES.append((lang, system, spans, decoys, fn))
        return fn
    return deco


# ===== English lines ==========================================================
@tpl("en", "nginx combined + timing (policy lookup API)",
     "IP_ADDRESS, EMAIL_ADDRESS (pct), PHONE_NUMBER (pct)", "server_ip")
def t_nginx_lookup(g):
    em, ph = g.email(), g.phone_any()
    rt = "%.3f" % (g.i(5, 900) / 1000)
    return ('{cip} - - [{ts}] "GET /api/v2/policies/lookup?email={em}&mobile={ph}&channel=portal HTTP/1.1" '
            '200 {b} "https://portal.evergreen-mutual.com/my-policies" "{ua}" rt={rt} uct="0.000" '
            'uht="{rt}" urt="{rt}" upstream={up}:8080',
            dict(cip=S(g.client_ip(), "IP_ADDRESS"), ts=g.clf(), em=S(pct(em), "EMAIL_ADDRESS", em),
                 ph=S(pct(ph), "PHONE_NUMBER", ph), b=str(g.i(200, 9000)), ua=g.c(UAS), rt=rt,
                 up=D(g.server_ip(), "server_ip")))


@tpl("en", "Envoy default access log (gRPC quote service)", "IP_ADDRESS (x-forwarded-for)",
     "uuid (x-request-id), server_ip (upstream host)")
def t_envoy(g):
    return ('[{ts}] "POST /agent.v1.QuoteService/CreateQuote HTTP/2" 200 - via_upstream - "-" {rx} {tx} {d} {d2} '
            '"{xff}" "grpc-java-okhttp/1.58.0" "{rid}" "quote.evergreen.svc.cluster.local:8443" "{up}:8443"',
            dict(ts=g.iso_z(), rx=str(g.i(80, 2000)), tx=str(g.i(100, 9000)), d=str(g.i(10, 90)),
                 d2=str(g.i(5, 9)), xff=S(g.client_ip() if g.p(0.7) else g.ipv6_client(), "IP_ADDRESS"),
                 rid=D(g.uuid(), "uuid"), up=D(g.server_ip(), "server_ip")))


@tpl("en", "Spring Boot logback (policy administration)", "PERSON, EMAIL_ADDRESS",
     "policy_number, amount")
def t_spring_policy(g):
    return ('{ts}  INFO {pid} --- [nio-8080-exec-{t}] c.e.policy.web.PolicyController        : '
            'Policy {pol} issued; holder={nm}, email={em}, annualPremium={amt} USD, paymentMode=MONTHLY',
            dict(ts=g.local(utc=True), pid=str(g.i(1, 9999)), t=str(g.i(1, 10)), pol=D(g.policy_no(), "policy_number"),
                 nm=S(g.en_name(), "PERSON"), em=S(g.email(), "EMAIL_ADDRESS"), amt=D(g.amount(g.c([0, 1])), "amount")))


@tpl("en", "structlog JSON, ensure_ascii (claims intake FNOL)",
     "PERSON (\\u-escaped), PHONE_NUMBER, EMAIL_ADDRESS", "claim_number")
def t_structlog_fnol(g):
    nm = g.c([g.west_name(("fr_FR", "es_ES", "de_DE")), g.zh_name(), g.west_name()])
    return ('{"event": "claim.fnol.received", "claim_id": "{clm}", "claimant": {"name": "{nm}", "phone": "{ph}", '
            '"email": "{em}"}, "channel": "web", "loss_type": "water_damage", "level": "info", "timestamp": "{ts}"}',
            dict(clm=D(g.claim_no(), "claim_number"), nm=S(ja(nm), "PERSON", nm), ph=S(g.phone_any(), "PHONE_NUMBER"),
                 em=S(g.email(), "EMAIL_ADDRESS"), ts=g.iso_z().replace("Z", "+00:00")))


@tpl("en", "Kafka Java consumer error with record value", "PHONE_NUMBER, PERSON", "claim_number")
def t_kafka_consumer(g):
    return ('[{ts}] ERROR [Consumer clientId=notify-sms-{n}, groupId=notify-sms] Failed to process record '
            'topic=claims.status.v1 partition={part} offset={off} key={clm} value={"status":"APPROVED",'
            '"recipientPhone":"{ph}","recipientName":"{nm}","locale":"en"} (com.evergreen.notify.SmsListener)',
            dict(ts=g.local(",", utc=True), n=str(g.i(0, 5)), part=str(g.i(0, 11)), off=str(g.i(1000, 9999999)),
                 clm=D(g.claim_no(), "claim_number"), ph=S(g.en_phone(), "PHONE_NUMBER"), nm=S(jn(g.en_name()), "PERSON")))


@tpl("en", "legacy payment gateway auth request (log4j DEBUG)", "PERSON, CREDIT_CARD",
     "amount, order_id")
def t_gateway_auth(g):
    return ('{ts} DEBUG [pool-3-thread-{t}] com.evergreen.pay.gw.AuthClient - >> AUTH merchantId=EVG000118 '
            'cardholder="{nm}" pan={card} exp={exp} cvv2=*** amount={amt} currency=USD orderRef={ord}',
            dict(ts=g.local(",", utc=True), t=str(g.i(1, 40)), nm=S(g.en_name(), "PERSON"),
                 card=S(g.card(), "CREDIT_CARD"), exp="%02d/%02d" % (g.i(1, 12), g.i(27, 31)),
                 amt=D(g.amount(0), "amount"), ord=D(g.order_id(), "order_id")))


@tpl("en", "refund gateway XML request", "PERSON, IBAN_CODE", "uuid, bic, amount")
def t_refund_xml(g):
    nm = g.west_name(("en_GB", "de_DE", "fr_FR", "es_ES"))
    return ('{ts} INFO  refund-gw  -> <RefundRequest><RequestId>{rid}</RequestId><Beneficiary><Name>{nm}</Name>'
            '<IBAN>{iban}</IBAN><BIC>{bic}</BIC></Beneficiary><Amount currency="EUR">{amt}</Amount></RefundRequest>',
            dict(ts=g.local(utc=True), rid=D(g.uuid(), "uuid"),
                 nm=S(nm.replace("&", "&amp;").replace("'", "&apos;"), "PERSON", nm),
                 iban=S(g.iban(grouped=False), "IBAN_CODE"), bic=D(g.c(BICS), "bic"), amt=D(g.amount(0), "amount")))


@tpl("en", "OCR worker, Python dict repr (US claim form)", "PERSON, US_SSN", "uuid")
def t_ocr_us(g):
    nm = g.west_name(("en_US", "en_US", "es_ES", "en_IN"))
    q = repr(nm)[0]
    return ("ocr-worker[{pid}]: {ts} job={job} doc=CMS1500_p1.png engine=tesseract-5.3.3 conf=0.{cf} "
            "fields={'patient_name': " + q + "{nm}" + q + ", 'ssn': '{ssn}', 'dob': '{dob}', 'plan': 'PPO-2'}",
            dict(pid=str(g.i(100, 40000)), ts=g.iso_z(), job=D(g.uuid(), "uuid"), cf=str(g.i(70, 99)),
                 nm=S(repr(nm)[1:-1], "PERSON", nm), ssn=S(g.ssn(), "US_SSN"),
                 dob="%02d/%02d/%d" % (g.i(1, 12), g.i(1, 28), g.i(1950, 2004))))


@tpl("en", "Twilio SMS send (form-encoded request body)", "PHONE_NUMBER (pct)",
     "account_id, pickup_code")
def t_twilio(g):
    ph = g.en_phone()
    code = g.digits(6)
    return ('{ts} INFO sms-notifier POST https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json '
            'body=To={ph}&MessagingServiceSid=MG{mg}&Body=Evergreen%3A+your+verification+code+is+{otp}.'
            '+It+expires+in+10+minutes.',
            dict(ts=g.iso_z(), sid=D("AC" + g.hexs(32), "account_id"), ph=S(pctp(ph), "PHONE_NUMBER", ph),
                 mg=g.hexs(32), otp=D(code, "pickup_code")))


@tpl("en", "postfix/smtp delivery", "EMAIL_ADDRESS", "server_ip (relay)")
def t_postfix_smtp(g):
    return ('{ts} mx01 postfix/smtp[{pid}]: {qid}: to=<{em}>, relay={rh}[{rip}]:25, delay=1.{d}, '
            'delays=0.08/0.01/0.42/0.{d}, dsn=2.0.0, status=sent (250 2.0.0 OK  {ep} {gid} - gsmtp)',
            dict(ts=g.syslog(), pid=str(g.i(1000, 40000)), qid=g.hexs(10, upper=True), em=S(g.email(), "EMAIL_ADDRESS"),
                 rh=g.c(["gmail-smtp-in.l.google.com", "mx1.hotmail.com", "mx.qq.com", "mta7.am0.yahoodns.net"]),
                 rip=D(g.client_ip(), "server_ip"), d=str(g.i(10, 99)), ep=g.epoch(),
                 gid=g.alnum(20, string.ascii_lowercase + string.digits) + "." + str(g.i(100, 999))))


@tpl("en", "Genesys-style T-Server CTI event", "PHONE_NUMBER x2 (OtherDN, ANI), PERSON (agent login)",
     "hotline, uuid")
def t_cti_tserver(g):
    ani = g.c([g.intl_phone(["US", "CA", "GB", "AU"]), g.cn_mobile(0)])
    if ani.startswith("+"):
        ani = "+" + re.sub(r"\D", "", ani)
    return ('{ts} [T-Server] EventRinging ConnID={conn} ThisDN={ext} OtherDN={ani} ANI={ani} DNIS={dnis} '
            'AgentID={ag} CallUUID={cu} CallType=Inbound',
            dict(ts=g.local(utc=True), conn=g.hexs(16), ext=str(g.i(6000, 6999)), ani=S(ani, "PHONE_NUMBER"),
                 dnis=D(g.c(["8005550199", "4008009595", "95519"]), "hotline"), ag=S(g.login(), "PERSON"),
                 cu=D(g.uuid().upper(), "uuid")))


@tpl("en", "Asterisk app_read (IVR SSN capture)", "US_SSN (9 digits)", "call_id")
def t_asterisk_read(g):
    return ("[{ts}] VERBOSE[{pid}][{cid}] app_read.c: User entered '{ssn}' at node ivr-claims-verify",
            dict(ts=g.syslog(utc=True), pid=str(g.i(1000, 40000)), cid=D("C-%08x" % g.i(1, 0xFFFFFFF), "call_id"),
                 ssn=S(g.ssn(""), "US_SSN")))


@tpl("en", "Asterisk pbx.c NoOp with caller id", "PERSON, PHONE_NUMBER", "hotline")
def t_asterisk_callerid(g):
    ph = g.intl_phone(["US", "CA", "GB", "AU", "IN"])
    return ('[{ts}] VERBOSE[{pid}][C-{cid}] pbx.c: Executing [s@from-carrier:2] NoOp("PJSIP/carrier-{ch}", '
            '"Inbound call from \\"{nm}\\" <{ph}> to {dnis}") in new stack',
            dict(ts=g.syslog(utc=True), pid=str(g.i(1000, 40000)), cid="%08x" % g.i(1, 0xFFFFFFF),
                 ch="%08x" % g.i(1, 0xFFFF), nm=S(g.en_name(), "PERSON"), ph=S(ph, "PHONE_NUMBER"),
                 dnis=D(g.c(["+18005550199", "8005550199", "+448000869595"]), "hotline")))


@tpl("en", "agents' mobile app API login body (winston)", "PERSON (login), CREDENTIAL, IP_ADDRESS", "uuid")
def t_agent_login(g):
    return ('{ts} agent-api info: POST /v3/auth/login body={"username":"{u}","password":"{pw}",'
            '"deviceId":"{dev}","platform":"{pf}"} ip={ip}',
            dict(ts=g.iso_z(), u=S(g.login(), "PERSON"), pw=S(jn(g.password()), "CREDENTIAL"),
                 dev=D(g.uuid().upper(), "uuid"), pf=g.c(["ios", "android"]),
                 ip=S(g.client_ip() if g.p(0.6) else g.ipv6_client(), "IP_ADDRESS")))


@tpl("en", "HikariCP pool init failure with JDBC URL", "CREDENTIAL (pct)", "server_ip, system_account")
def t_hikari(g):
    pw = g.password()
    return ('{ts} ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - '
            'Exception during pool initialization. url=jdbc:postgresql://{db}:5432/policy_admin?user={u}'
            '&password={pw}&ssl=true&sslmode=require',
            dict(ts=g.local(utc=True), db=D(g.server_ip(), "server_ip"),
                 u=D(g.c(["policy_rw", "svc_policy", "claims_app", "pa_batch"]), "system_account"),
                 pw=S(pct(pw), "CREDENTIAL", pw)))


@tpl("en", "Spring Batch job completion (no PII)", "-", "epoch_timestamp")
def t_spring_batch(g):
    return ('{ts}  INFO 1 --- [           main] o.s.b.c.l.support.SimpleJobLauncher      : Job: [FlowJob: '
            '[name=premiumRenewalNoticeJob]] completed with the following parameters: [{run.id={rid}, '
            'run.ts={ep}}] and the following status: [COMPLETED] in {m}m{s}s{ms}ms',
            dict(ts=g.local(utc=True), rid=str(g.i(100, 5000)), ep=D(g.epoch_ms(), "epoch_timestamp"),
                 m=str(g.i(1, 59)), s=str(g.i(0, 59)), ms=str(g.i(0, 999))))


@tpl("en", "kubectl get events: image pulled (no PII)", "-", "version, image_digest")
def t_k8s_pulled(g):
    return ('{age}       Normal    Pulled              pod/ocr-worker-{rs}-{pod}   Successfully pulled image '
            '"registry.evergreen.internal/claims/ocr-worker:{v}@sha256:{dg}" in {t}s ({t2}s including waiting)',
            dict(age=g.c(["12s", "3m", "41s", "7m12s"]), rs=g.hexs(9), pod=g.alnum(5, "bcdfghjklmnpqrstvwxz2456789"),
                 v=D(g.version(), "version"), dg=D(g.hexs(64), "image_digest"),
                 t="%.3f" % (g.i(300, 9000) / 1000), t2="%.3f" % (g.i(9000, 19000) / 1000)))


@tpl("en", "Jenkins deploy step (no PII)", "-", "version, commit_hash, system_account")
def t_jenkins(g):
    return ('[Pipeline] echo {ts} Deploying claims-api {v} (commit {sha}) to prod-cn-east-2 as {sa}',
            dict(ts=g.iso_z(), v=D(g.version(), "version"), sha=D(g.hexs(40) if g.p(0.5) else g.hexs(7), "commit_hash"),
                 sa=D(g.c(["jenkins", "svc-deploy", "svc-argocd"]), "system_account")))


@tpl("en", "sshd publickey accepted (bastion)", "PERSON (login), IP_ADDRESS", "port, key_fingerprint")
def t_sshd_ok(g):
    return ('{ts} bastion-01 sshd[{pid}]: Accepted publickey for {u} from {ip} port {port} ssh2: ED25519 SHA256:{fp}',
            dict(ts=g.syslog(), pid=str(g.i(1000, 60000)), u=S(g.login(), "PERSON"),
                 ip=S(g.lan_ip() if g.p(0.5) else g.client_ip(), "IP_ADDRESS"), port=D(str(g.i(1024, 65535)), "port"),
                 fp=D(g.b64(32, pad=False), "key_fingerprint")))


@tpl("en", "sshd failed password / invalid user (attacker)", "IP_ADDRESS", "system_account, port")
def t_sshd_fail(g):
    inv = g.p(0.4)
    return ('{ts} bastion-01 sshd[{pid}]: Failed password for ' + ('invalid user ' if inv else '') +
            '{u} from {ip} port {port} ssh2',
            dict(ts=g.syslog(), pid=str(g.i(1000, 60000)), u=D(g.c(["root", "admin", "oracle", "test", "ubuntu"]) if inv
                                                                 else g.c(["root", "admin"]), "system_account"),
                 ip=S(g.client_ip(), "IP_ADDRESS"), port=D(str(g.i(1024, 65535)), "port")))


@tpl("en", "AWS CloudTrail record (S3 GetObject)", "PERSON x2 (IAM user), CREDENTIAL (access key id), IP_ADDRESS",
     "aws_account_id x2, principal_id")
def t_cloudtrail(g):
    acct = g.digits(12, True)
    return ('{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"{pid}","arn":"arn:aws:iam::{acct}:user/{u}",'
            '"accountId":"{acct}","accessKeyId":"{ak}","userName":"{u}"},"eventTime":"{ts}","eventSource":"s3.amazonaws.com",'
            '"eventName":"GetObject","awsRegion":"ap-east-1","sourceIPAddress":"{ip}","userAgent":"[aws-cli/2.13.25]",'
            '"requestParameters":{"bucketName":"evg-claim-docs","key":"2026/12/{k}.pdf"}}',
            dict(pid=D("AIDA" + g.alnum(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "principal_id"), acct=D(acct, "aws_account_id"),
                 u=S(g.login(), "PERSON"), ak=S(g.aws_akid(), "CREDENTIAL"), ts=g.iso_z()[:19] + "Z",
                 ip=S(g.client_ip(), "IP_ADDRESS"), k=g.hexs(12)))


@tpl("en", "Apache HttpClient wire log: Authorization Bearer JWT", "CREDENTIAL (JWT)", "-")
def t_httpclient_bearer(g):
    return ('{ts} DEBUG [org.apache.http.headers] http-outgoing-{n} >> Authorization: Bearer {jwt}',
            dict(ts=g.local(",", utc=True), n=str(g.i(0, 30)), jwt=S(g.jwt(), "CREDENTIAL")))


@tpl("en", "Undertow request dump: Cookie header", "CREDENTIAL (session id)", "analytics_id, epoch_timestamp")
def t_cookie(g):
    name = g.c(["JSESSIONID", "PHPSESSID", "ASP.NET_SessionId", "connect.sid"])
    if name == "connect.sid":
        val = "s%3A" + g.alnum(32, string.ascii_letters + string.digits + "-_") + "." + g.b64(32, pad=False).replace("/", "%2F").replace("+", "%2B")
    else:
        val = g.session_id({"JSESSIONID": "jsession", "PHPSESSID": "php", "ASP.NET_SessionId": "aspnet"}[name])
    return ('{ts} DEBUG [io.undertow.request.dump] (default task-{t}) Cookie: _ga=GA1.2.{ga}.{ep}; {name}={sid}; lang=en-US',
            dict(ts=g.local(",", utc=True), t=str(g.i(1, 64)), ga=D(str(g.i(100000000, 2147483647)), "analytics_id"),
                 ep=D(str(int(g.dt.timestamp()) - g.i(1000, 9000000)), "epoch_timestamp"), name=name,
                 sid=S(val, "CREDENTIAL")))


@tpl("en", "Python app config dump: Redis URL with password", "CREDENTIAL (pct)", "system_account, server_ip")
def t_redis_url(g):
    pw = g.password()
    return ('{ts} INFO [config] CACHE_URL=redis://{u}:{pw}@{ip}:6379/2 (from env, override=False)',
            dict(ts=g.local(",", utc=True), u=D(g.c(["default", "svc-cache", "claims_app"]), "system_account"),
                 pw=S(pct(pw), "CREDENTIAL", pw), ip=D(g.server_ip(), "server_ip")))


@tpl("en", "underwriting rule engine decision", "PERSON (applicant), PERSON (underwriter)",
     "application_number, version")
def t_uw_engine(g):
    return ('{ts} uw-engine[ruleset={v}] app={app} applicant="{nm}" age={age} sex={sx} bmi={bmi} smoker=N '
            'decision=REFER reasons=[HT-02,BMI-03] underwriter={uw}',
            dict(ts=g.iso_cst(), v=D(g.version(), "version"), app=D(g.app_no(), "application_number"),
                 nm=S(g.en_name(), "PERSON"), age=str(g.i(18, 70)), sx=g.c("MF"), bmi="%.1f" % (g.i(170, 360) / 10),
                 uw=S(g.en_name(), "PERSON")))


@tpl("en", "claims workflow assignment (title + surname)", "PERSON (adjuster), PERSON (surname only), PHONE_NUMBER",
     "claim_number")
def t_adjuster_assign(g):
    return ('{ts} INFO claims-workflow - claim {clm} assigned to adjuster {adj}; insured {title} {sn} '
            'requests callback at {ph}',
            dict(ts=g.iso_z(), clm=D(g.claim_no(), "claim_number"), adj=S(g.en_name(), "PERSON"),
                 title=g.c(["Mr.", "Mrs.", "Ms.", "Dr.", "Prof."]), sn=S(g.west_surname(), "PERSON"), ph=S(g.en_phone(), "PHONE_NUMBER")))


@tpl("en", "fraud scoring service logfmt", "CREDIT_CARD, IP_ADDRESS", "claim_number, version")
def t_fraud(g):
    return ('time={ts} level=warn msg="high risk score" claim={clm} card_number={card} device_ip={ip} '
            'score=0.{sc} model=gbm-{v}',
            dict(ts=g.iso_z(), clm=D(g.claim_no(), "claim_number"), card=S(g.card(fmt="plain"), "CREDIT_CARD"),
                 ip=S(g.client_ip(), "IP_ADDRESS"), sc=str(g.i(80, 99)), v=D(g.version(), "version")))


@tpl("en", "SEPA pain.001 batch line", "PERSON, IBAN_CODE", "message_id, payment_reference, amount")
def t_sepa(g):
    return ('{ts} sepa-batch INFO pain.001 MsgId={msg} EndToEndId={e2e} Cdtr.Nm="{nm}" CdtrAcct.IBAN={iban} '
            'InstdAmt={amt} EUR ChrgBr=SLEV',
            dict(ts=g.local(utc=True), msg=D("EVG" + g.cst.strftime("%Y%m%d") + g.digits(6), "message_id"),
                 e2e=D("RF" + g.digits(2) + g.alnum(10, string.ascii_uppercase + string.digits), "payment_reference"),
                 nm=S(g.west_name(("de_DE", "fr_FR", "es_ES", "en_GB")), "PERSON"), iban=S(g.iban(), "IBAN_CODE"),
                 amt=D(g.amount(0), "amount")))


@tpl("en", "Alertmanager-to-Slack alert with on-call engineer", "PERSON, EMAIL_ADDRESS (staff)", "server_ip")
def t_alert_oncall(g):
    return ('[FIRING:1] ClaimsApiHighLatency claims-api (instance={ip}:9100 severity=critical p99=2.{d}s) '
            'on-call: {nm} <{em}> runbook=https://wiki.evergreen.internal/rb/claims-latency',
            dict(ip=D(g.server_ip(), "server_ip"), d=str(g.i(1, 9)), nm=S(g.en_name(), "PERSON"),
                 em=S(g.staff_email(), "EMAIL_ADDRESS")))


@tpl("en", "AML / sanctions screening of synthetic test records (no PII)", "-", "public_figure, case_number")
def t_aml_test(g):
    return ('{ts} aml-screen INFO name="{pf}" list=OFAC-SDN,UN-1267 result=SYNTHETIC_TEST_RECORD action=DROP case={case}',
            dict(ts=g.iso_z(), pf=D(g.c(EN_PUBLIC), "public_figure"), case=D("AML-%06d" % g.i(1, 999999), "case_number")))


@tpl("en", "group policy admin: employer brand named after people", "PERSON (broker)", "policy_number, company")
def t_group_policy(g):
    return ('{ts} INFO  [policy-admin] group policy {pol} renewed employer="{co}" insured_count={n} broker={nm}',
            dict(ts=g.local(utc=True), pol=D(g.policy_no(), "policy_number"), co=D(g.c(EN_PERSON_BRANDS), "company"),
                 n=str(g.i(20, 5000)), nm=S(g.en_name(), "PERSON")))


@tpl("en", "Go zap JSON (SEPA refund rejected)", "IBAN_CODE", "epoch_timestamp, trace_id")
def t_zap_refund(g):
    return ('{"level":"error","ts":{ep}.{frac},"caller":"refund/sepa.go:142","msg":"refund rejected by bank",'
            '"iban":"{iban}","reason":"AC04","trace_id":"{tr}"}',
            dict(ep=D(g.epoch(), "epoch_timestamp"), frac=g.digits(4), iban=S(g.iban(), "IBAN_CODE"),
                 tr=D(g.hexs(32), "trace_id")))


@tpl("en", "Heroku router logfmt", "IP_ADDRESS (fwd client)", "uuid (request_id), server_ip (fwd proxy)")
def t_heroku_router(g):
    return ('{ts} heroku[router]: at=info method=POST path="/v1/quotes" host=quotes.evergreen-mutual.com '
            'request_id={rid} fwd="{cip},{pip}" dyno=web.{d} connect=0ms service={sv}ms status=201 bytes={b} protocol=https',
            dict(ts=g.iso_z().replace("Z", "+00:00"), rid=D(g.uuid(), "uuid"), cip=S(g.client_ip(), "IP_ADDRESS"),
                 pip=D(g.server_ip(), "server_ip"), d=str(g.i(1, 6)), sv=str(g.i(5, 900)), b=str(g.i(200, 4000))))


@tpl("en", "Express morgan combined, IPv4-mapped IPv6 client", "IP_ADDRESS (whole ::ffff:a.b.c.d)", "claim_number")
def t_morgan(g):
    return ('{ip} - - [{ts}] "POST /api/v1/claims/{clm}/documents HTTP/1.1" 201 87 '
            '"https://claims.evergreen-mutual.com/upload" "{ua}"',
            dict(ip=S("::ffff:" + g.client_ip(), "IP_ADDRESS"), ts=g.clf(utc=True), clm=D(g.claim_no(), "claim_number"), ua=g.c(UAS)))


@tpl("en", "Serilog rendered message (.NET quote service)", "PERSON (agent), PERSON (customer)",
     "quote_number, customer_id")
def t_serilog(g):
    return ('[{ts} INF] Quote "{q}" bound by "{ag}" for customer "{cu}" (CustomerId: {cid}) in {ms} ms',
            dict(ts=g.cst.strftime("%H:%M:%S"), q=D("Q-" + g.digits(8), "quote_number"), ag=S(g.en_name(), "PERSON"),
                 cu=S(g.en_name(), "PERSON"), cid=D(str(g.i(10000, 999999)), "customer_id"), ms=str(g.i(20, 900))))


@tpl("en", "Rails sign-in parameters (filter_parameters misconfigured)", "EMAIL_ADDRESS, CREDENTIAL", "-")
def t_rails_params(g):
    pw = g.password()
    return ('I, [{ts} #{pid}]  INFO -- : [{rid}]   Parameters: {"authenticity_token"=>"[FILTERED]", '
            '"user"=>{"email"=>"{em}", "password"=>"{pw}", "remember_me"=>"0"}, "commit"=>"Log in"}',
            dict(ts=g.dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % g.dt.microsecond, pid=str(g.i(10, 9999)),
                 rid=g.uuid(), em=S(g.email(), "EMAIL_ADDRESS"), pw=S(pw.replace("\\", "\\\\").replace('"', '\\"'), "CREDENTIAL", pw)))


@tpl("en", "Laravel PDO access denied (no PII)", "-", "system_account, server_ip")
def t_laravel(g):
    return ("[{ts}] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user '{u}'@'{ip}' (using password: YES) "
            '{"exception":"[object] (PDOException(code: 1045): SQLSTATE[HY000] [1045] at /var/www/claims/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:70)"}',
            dict(ts=g.local_s(), u=D(g.c(["claims_app", "svc_refund", "laravel", "admin"]), "system_account"),
                 ip=D(g.server_ip(), "server_ip")))


@tpl("en", "MySQL slow query log statement", "US_SSN, EMAIL_ADDRESS", "epoch_timestamp")
def t_mysql_slow(g):
    return ("SET timestamp={ep}; SELECT policy_no, status FROM policy_holder WHERE holder_ssn = '{ssn}' OR "
            "holder_email = '{em}' LIMIT 50;",
            dict(ep=D(g.epoch(), "epoch_timestamp"), ssn=S(g.ssn(), "US_SSN"), em=S(g.email(cn=False), "EMAIL_ADDRESS")))


@tpl("en", "config loader leaking an OpenSSH private key (JSON-escaped \\n)", "CREDENTIAL (key body)", "system_account")
def t_private_key(g):
    body = "\\n".join(g.key_body())
    return ('{ts} WARN config-loader secret material logged for {sa}: SFTP_KEY="-----BEGIN OPENSSH PRIVATE KEY-----\\n'
            '{kb}\\n-----END OPENSSH PRIVATE KEY-----\\n"',
            dict(ts=g.iso_z(), sa=D(g.c(["svc-sftp", "svc-ocr-upload", "batch_app"]), "system_account"),
                 kb=S(body, "CREDENTIAL")))


@tpl("en", "OCR vendor client: basic-auth URL", "CREDENTIAL (URL password, pct)", "system_account, uuid")
def t_basic_url(g):
    pw = g.password()
    return ('{ts} INFO ocr-client fetching https://{u}:{pw}@ocr.vendor-docai.com/v2/jobs/{job}/result attempt=2',
            dict(ts=g.local(utc=True), u=D(g.c(["svc_ocr", "svc-claims-ocr", "evg_api"]), "system_account"),
                 pw=S(pct(pw), "CREDENTIAL", pw), job=D(g.uuid(), "uuid")))


@tpl("en", "travel-insurance delay claim", "PERSON, PASSPORT", "flight_number, amount")
def t_travel_claim(g):
    return ('{ts} travel-claims INFO TRV-{n} traveller="{nm}" passport={pp} flight={fl} delay_min={dm} payout={amt}',
            dict(ts=g.iso_z(), n=g.digits(7), nm=S(g.en_name(), "PERSON"), pp=S(g.passport(), "PASSPORT"),
                 fl=D(g.c(FLIGHTS), "flight_number"), dm=str(g.i(121, 900)), amt=D(g.amount(0), "amount")))


@tpl("en", "UK motor FNOL", "LICENSE_PLATE, PERSON, PHONE_NUMBER", "claim_number")
def t_uk_fnol(g):
    return ('{ts} motor-fnol INFO FNOL created ref={ref} vrm={vrm} driver="{nm}" tel={ph} postcode={pc}',
            dict(ts=g.iso_z(), ref=D("MTR" + g.digits(9), "claim_number"), vrm=S(g.uk_plate(), "LICENSE_PLATE"),
                 nm=S(g.west_name(("en_GB",)), "PERSON"), ph=S(g.intl_phone(["GB"]), "PHONE_NUMBER"),
                 pc=g.fk["en_GB"].postcode()))


@tpl("en", "US auto claim: plate + card on file", "LICENSE_PLATE, PERSON, CREDIT_CARD", "claim_number")
def t_us_auto(g):
    return ('{ts} [auto-claims] claim={clm} plate={pl} state={st} owner={nm} refund_card={card}',
            dict(ts=g.local(utc=True), clm=D(g.claim_no(), "claim_number"), pl=S(g.us_plate(), "LICENSE_PLATE"),
                 st=g.c(["CA", "TX", "NY", "WA", "FL"]), nm=S(jn(g.west_name(("en_US",))), "PERSON"),
                 card=S(g.card(g.c(["visa", "mc", "amex"]), "dash"), "CREDIT_CARD")))


@tpl("en", "password-reset mail notification", "EMAIL_ADDRESS, CREDENTIAL (reset token)", "user_id")
def t_reset_mail(g):
    return ('{ts} notify-mail INFO sent template=password_reset to={em} link=https://portal.evergreen-mutual.com/'
            'reset?token={tok}&uid={uid}',
            dict(ts=g.iso_z(), em=S(g.email(), "EMAIL_ADDRESS"), tok=S(g.b64(32, urlsafe=True, pad=False), "CREDENTIAL"),
                 uid=D(str(g.i(100000, 9999999)), "user_id")))


@tpl("en", "payment gateway client init with API key", "CREDENTIAL (API key)", "account_id")
def t_api_key(g):
    return ('{ts} WARN  [payment-gw] stripe client initialised with api_key={k} (live mode) account=acct_{a}',
            dict(ts=g.local(utc=True), k=S(g.api_key(), "CREDENTIAL"),
                 a=D(g.alnum(16), "account_id")))


@tpl("en", "sudo auth log (ops engineer)", "PERSON x2 (login)", "system_account")
def t_sudo(g):
    u = g.login()
    return ('{ts} claims-db-02 sudo: {u} : TTY=pts/{t} ; PWD=/home/{u} ; USER={root} ; COMMAND=/usr/bin/systemctl restart claim-core',
            dict(ts=g.syslog(), u=S(u, "PERSON"), t=str(g.i(0, 9)), root=D("root", "system_account")))


@tpl("en", "Windows Security 4625 via NXLog key=value", "PERSON (login), IP_ADDRESS (workstation)", "system_account")
def t_win4625(g):
    return ('{ts} DC01 MSWinEventLog 1 Security 4625 An account failed to log on. TargetUserName={u} '
            'TargetDomainName=EVERGREEN WorkstationName=CC-AGENT-{w} IpAddress={ip} IpPort=0 LogonType=3 SubjectUserName={sys}',
            dict(ts=g.syslog(), u=S(g.login(), "PERSON"), w=g.digits(3), ip=S(g.lan_ip(), "IP_ADDRESS"),
                 sys=D("DC01$", "system_account")))


# ===== Chinese lines ==========================================================
def zh_addr(g):
    city, dist = g.c(CN_CITY_DISTRICT)
    return "%s%s%s%d号%d栋%d室" % (city, dist, g.c(CN_ROADS), g.i(1, 2000), g.i(1, 30), g.i(101, 2808))


@tpl("zh", "理赔报案 Spring logback", "PERSON, PHONE_NUMBER", "case_number")
def z_report(g):
    return ('{ts} [http-nio-8080-exec-{t}] INFO  c.e.claim.service.ReportServiceImpl - 报案成功, 报案号:{rpt}, '
            '报案人:{nm}, 联系电话:{ph}, 出险时间:{lt}, 出险经过:{why}',
            dict(ts=g.local(), t=str(g.i(1, 200)), rpt=D(g.report_no(), "case_number"), nm=S(g.zh_name(), "PERSON"),
                 ph=S(g.cn_mobile(), "PHONE_NUMBER"), lt=(g.cst - _dt.timedelta(hours=g.i(1, 40))).strftime("%Y-%m-%d %H:%M"),
                 why=g.c(["倒车时碰撞石柱", "追尾前车", "暴雨导致车辆涉水", "停车时被刮擦", "小区内被落物砸中"])))


@tpl("zh", "核保结论", "PERSON (投保人), CN_RESIDENT_ID, PERSON (核保员)", "application_number")
def z_uw(g):
    return ('[核保] 投保单号 {app} 投保人 {nm} 证件号 {idn} 年龄 {age} 性别 {sx} 核保结论: {res} 核保员: {uw}',
            dict(app=D(g.app_no(), "application_number"), nm=S(g.zh_name(), "PERSON"), idn=S(g.cn_id(), "CN_RESIDENT_ID"),
                 age=str(g.i(18, 65)), sx=g.c("男女"), res=g.c(["标准体承保", "加费承保", "除外承保", "延期", "拒保"]),
                 uw=S(g.zh_name(plain=True), "PERSON")))


@tpl("zh", "查勘调度派工", "PERSON (查勘员), PHONE_NUMBER, LICENSE_PLATE", "claim_number, place")
def z_survey(g):
    return ('{ts} INFO [dispatch] 查勘调度: 案件 {clm} 已派工 查勘员 {nm}({ph}) 标的车牌 {pl} 出险地点 {place}附近 预计{m}分钟到达',
            dict(ts=g.local(), clm=D(g.claim_no(), "claim_number"), nm=S(g.zh_name(), "PERSON"), ph=S(g.cn_mobile(), "PHONE_NUMBER"),
                 pl=S(g.cn_plate(), "LICENSE_PLATE"), place=D(g.c(SCENIC), "place"), m=str(g.i(10, 90))))


@tpl("zh", "定损完成", "LICENSE_PLATE, PERSON (定损员)", "case_number, employee_id, amount")
def z_loss_assess(g):
    return ('定损完成 报案号={rpt} 车牌号={pl} 定损员={nm} 工号={emp} 定损金额={amt}元 维修厂=一汽大众{c}4S店',
            dict(rpt=D(g.report_no(), "case_number"), pl=S(g.cn_plate(), "LICENSE_PLATE"), nm=S(g.zh_name(), "PERSON"),
                 emp=D(g.emp_id(), "employee_id"), amt=D(g.amount(g.c([0, 1])), "amount"), c=g.c(["城东", "滨江", "高新", "江北"])))


@tpl("zh", "在线客服 会话接入 (surname + 先生/女士)", "PERSON (坐席), PERSON (surname only)", "ticket_number, employee_id")
def z_im(g):
    return ('[在线客服] 工单 {tk} 坐席 {ag}(工号 {emp}) 已接入, 客户 {sn}{title} 手机尾号 {t4}, 咨询 理赔进度',
            dict(tk=D("KF" + g.cst.strftime("%Y%m%d") + g.digits(5), "ticket_number"), ag=S(g.zh_name(), "PERSON"),
                 emp=D(g.emp_id(), "employee_id"), sn=S(g.zh_surname(), "PERSON"), title=g.c(["先生", "女士", "小姐"]),
                 t4=g.digits(4)))


@tpl("zh", "企业微信机器人 P1 告警 (值班人员)", "PERSON, PHONE_NUMBER", "server_ip")
def z_wecom_alert(g):
    return ('【P1告警】{ts} 服务 claim-core 实例 {ip}:8080 错误率 {e}% 持续 5 分钟, 值班人员 {nm} {ph} 请尽快处理',
            dict(ts=g.local_s(), ip=D(g.server_ip(), "server_ip"), e="%.1f" % (g.i(50, 400) / 10),
                 nm=S(g.zh_name(), "PERSON"), ph=S(g.cn_mobile(), "PHONE_NUMBER")))


@tpl("zh", "短信网关 验证码下发", "PHONE_NUMBER", "pickup_code, message_id")
def z_sms_otp(g):
    return ('{ts} INFO [SmsSender] 发送成功 mobile={ph} tplId=SMS_{tpl} content=【长青保险】您的验证码为{otp}，5分钟内有效，'
            '请勿泄露。 bizId={biz}',
            dict(ts=g.local(), ph=S(g.cn_mobile(g.c([0, 0, 6, 7])), "PHONE_NUMBER"), tpl=g.digits(9, True),
                 otp=D(g.digits(6), "pickup_code"), biz=D(g.digits(15, True) + "^" + g.digits(10), "message_id")))


@tpl("zh", "短信下发 结案赔款通知", "PHONE_NUMBER, PERSON (surname only)", "claim_number, amount")
def z_sms_payout(g):
    return ('短信下发 {ph} 尊敬的{sn}{title}，您的理赔案件{clm}已结案，赔款{amt}元已转入您尾号{t4}的账户，请注意查收。',
            dict(ph=S(g.cn_mobile(0), "PHONE_NUMBER"), sn=S(g.zh_surname(), "PERSON"), title=g.c(["先生", "女士"]),
                 clm=D(g.claim_no(), "claim_number"), amt=D(g.amount(0), "amount"), t4=g.digits(4)))


@tpl("zh", "银联代付请求", "CREDIT_CARD (UnionPay), PERSON", "order_id, amount")
def z_unionpay(g):
    return ('{ts} [unionpay] 代付请求 orderId={ord} accNo={card} customerNm={nm} txnAmt={amt} currencyCode=156 respCode=00 respMsg=成功[0000000]',
            dict(ts=g.local(), ord=D(g.order_id(), "order_id"), card=S(g.card("unionpay", "plain"), "CREDIT_CARD"),
                 nm=S(g.zh_name(), "PERSON"), amt=D(g.amount(3), "amount")))


@tpl("zh", "百度OCR 身份证识别 JSON (ensure_ascii varies)", "PERSON, CN_RESIDENT_ID", "trace_id (log_id)")
def z_ocr_idcard(g):
    asc = g.p(0.5)
    e = ja if asc else jn
    nm = g.zh_name()
    idn = g.cn_id()
    return ('{ts} INFO  c.e.ocr.BaiduOcrClient - idcard front result={"words_result":{"' + e("住址") + '":{"words":"'
            + e(zh_addr(g)) + '"},"' + e("公民身份号码") + '":{"words":"{idn}"},"' + e("出生") + '":{"words":"'
            + idn[6:14] + '"},"' + e("姓名") + '":{"words":"{nm}"},"' + e("性别") + '":{"words":"' + e("男" if int(idn[16]) % 2 else "女")
            + '"},"' + e("民族") + '":{"words":"' + e("汉") + '"}},"words_result_num":6,"log_id":{lid}}',
            dict(ts=g.local(), idn=S(idn, "CN_RESIDENT_ID"), nm=S(e(nm), "PERSON", nm), lid=D(g.digits(19, True), "trace_id")))


@tpl("zh", "OCR 行驶证识别", "LICENSE_PLATE, PERSON", "vin")
def z_ocr_vehicle(g):
    return ('[OCR][行驶证] 号牌号码={pl} 车辆类型=小型轿车 所有人={nm} 品牌型号=大众汽车牌SVW7{m}BU 车辆识别代号={vin} 注册日期={d}',
            dict(pl=S(g.cn_plate(""), "LICENSE_PLATE"), nm=S(g.zh_name(), "PERSON"), m=g.digits(4),
                 vin=D("LSV" + g.alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "vin"),
                 d="%d-%02d-%02d" % (g.i(2010, 2025), g.i(1, 12), g.i(1, 28))))


@tpl("zh", "医疗发票 OCR (主任医师)", "PERSON (医师 before title), PERSON (患者)", "place (hospital), amount, invoice_number")
def z_ocr_medical(g):
    return ('医疗发票识别完成 医院={h} 科室={dep} 医师={dr}{title} 患者={pt} 金额合计={amt} 票据号={inv}',
            dict(h=D(g.c(HOSPITALS), "place"), dep=g.c(["骨科", "急诊科", "心内科", "普外科", "眼科"]),
                 dr=S(g.zh_name(plain=True), "PERSON"), title=g.c(["主任医师", "副主任医师", "主治医师"]),
                 pt=S(g.zh_name(), "PERSON"), amt=D(g.amount(0), "amount"), inv=D(g.digits(10, True), "invoice_number")))


@tpl("zh", "IVR 来电 节点日志", "PHONE_NUMBER (主叫)", "call_id, hotline")
def z_ivr(g):
    ph = g.cn_landline() if g.p(0.5) else g.cn_mobile()
    return ('{ts} [IVR] callid={cid} 主叫={ph} 被叫={hot} 进入节点=理赔进度查询 按键=2#',
            dict(ts=g.local_s(), cid=D(g.cst.strftime("%Y%m%d%H%M%S") + g.digits(6), "call_id"),
                 ph=S(ph, "PHONE_NUMBER"), hot=D(g.c(["95519", "4008009595", "400-800-9595"]), "hotline")))


@tpl("zh", "代理人APP 登录请求", "PERSON (login), CREDENTIAL, IP_ADDRESS", "uuid")
def z_agent_login(g):
    return ('{ts} INFO 代理人APP 登录请求 account={u} password={pw} deviceId={dev} clientIp={ip}',
            dict(ts=g.local(), u=S(g.login(g.c([2, 3, 4, 5])), "PERSON"), pw=S(g.password(), "CREDENTIAL"),
                 dev=D(g.uuid(), "uuid"), ip=S(g.cn_client_ip(), "IP_ADDRESS")))


@tpl("zh", "MyBatis ==> Parameters (理赔人入库)", "PERSON, CN_RESIDENT_ID, PHONE_NUMBER", "claim_number")
def z_mybatis(g):
    return ('{ts} DEBUG [http-nio-8080-exec-{t}] c.e.c.m.ClaimantMapper.insert - ==> Parameters: {clm}(String), '
            '{nm}(String), {idn}(String), {ph}(String), 1(Integer)',
            dict(ts=g.local(), t=str(g.i(1, 200)), clm=D(g.claim_no(), "claim_number"), nm=S(g.zh_name(), "PERSON"),
                 idn=S(g.cn_id(), "CN_RESIDENT_ID"), ph=S(g.cn_mobile(0), "PHONE_NUMBER")))


@tpl("en", "Dubbo netty channel close (no PII)", "-", "server_ip x3 (local address twice)")
def z_dubbo(g):
    a, b = g.server_ip(), g.server_ip()
    return ('{ts}  INFO [NettyServerWorker-thread-{t}] o.a.d.r.t.netty4.NettyServerHandler:  [DUBBO] '
            'Close netty channel [id: 0x{h}, L:/{a}:20880 - R:/{b}:{p}], dubbo version: {v}, current host: {a}',
            dict(ts=g.local(), a=D(a, "server_ip"), t=str(g.i(1, 200)), h=g.hexs(8), b=D(b, "server_ip"),
                 p=str(g.i(30000, 65000)), v=g.c(["2.7.8", "2.7.15", "3.0.12", "3.2.4"])))


@tpl("zh", "微信支付回调通知 XML (no PII)", "-", "order_id, amount, transaction_id")
def z_wxpay(g):
    return ('{ts} INFO 微信支付回调: <xml><appid><![CDATA[wx{ap}]]></appid><mch_id>{mch}</mch_id><out_trade_no>{ord}</out_trade_no>'
            '<result_code><![CDATA[SUCCESS]]></result_code><total_fee>{fee}</total_fee><transaction_id>{txn}</transaction_id></xml>',
            dict(ts=g.local(), ap=g.hexs(16), mch=g.digits(10, True), ord=D(g.order_id(), "order_id"),
                 fee=D(str(g.i(100, 2000000)), "amount"), txn=D("42000" + g.digits(23), "transaction_id")))


@tpl("zh", "支付宝退款响应 (buyer_logon_id already masked; no PII)", "-", "masked, order_id, amount")
def z_alipay(g):
    m = g.c([g.cn_mobile_digits()[:3] + "******" + g.digits(2), g.email(cn=True).split("@")[0][:3] + "***@" + g.c(["163.com", "qq.com"])])
    return ('{ts} INFO 支付宝退款结果 alipay_trade_refund_response={"code":"10000","msg":"Success","buyer_logon_id":"{m}",'
            '"buyer_user_id":"2088{bu}","fund_change":"Y","gmt_refund_pay":"{t2}","out_trade_no":"{ord}","refund_fee":"{amt}"}',
            dict(ts=g.local(), m=D(m, "masked"), bu=g.digits(12), t2=g.local_s(), ord=D(g.order_id(), "order_id"),
                 amt=D(g.amount(0), "amount")))


@tpl("zh", "保单寄送 顺丰 (surname + 女士)", "PERSON (surname only), PHONE_NUMBER", "policy_number, waybill")
def z_sf(g):
    return ('保单寄送 保单号={pol} 顺丰运单号={wb} 收件人={sn}{title} 电话={ph} 地址={addr}',
            dict(pol=D(g.policy_no(), "policy_number"), wb=D("SF" + g.digits(13, True), "waybill"),
                 sn=S(g.zh_surname(), "PERSON"), title=g.c(["女士", "先生", "经理", "老师"]), ph=S(g.cn_mobile(), "PHONE_NUMBER"),
                 addr=zh_addr(g)))


@tpl("zh", "航延险自动理赔", "PERSON, PASSPORT", "flight_number, amount")
def z_flight_delay(g):
    return ('航延险自动理赔触发 航班={fl} 计划起飞={a} 实际起飞={b} 被保险人={nm} 护照号={pp} 赔付={amt}元',
            dict(fl=D(g.c(FLIGHTS), "flight_number"), a=g.cst.strftime("%Y-%m-%d %H:%M"),
                 b=(g.cst + _dt.timedelta(minutes=g.i(121, 600))).strftime("%Y-%m-%d %H:%M"),
                 nm=S(g.zh_name(), "PERSON"), pp=S(g.passport("cn"), "PASSPORT"), amt=D(str(g.c([200, 300, 400, 600, 800])), "amount")))


@tpl("zh", "乘意险出单 (车次)", "PERSON, CN_RESIDENT_ID", "train_number, policy_number")
def z_train(g):
    return ('{ts} 乘意险出单成功 车次 {tr} 乘客 {nm} 身份证 {idn} 保单 {pol}',
            dict(ts=g.local(), tr=D(g.c("GDKZTC") + str(g.i(1, 9999)), "train_number"), nm=S(g.zh_name(), "PERSON"),
                 idn=S(g.cn_id(), "CN_RESIDENT_ID"), pol=D(g.policy_no(), "policy_number")))


@tpl("zh", "电子保单邮件发送 (QQ mailbox)", "EMAIL_ADDRESS (QQ numeric)", "role_mailbox, policy_number, message_id")
def z_mail_policy(g):
    return ('{ts} INFO [MailSender] 电子保单已发送 to={em} from={rm} subject=您的电子保单{pol} messageId=<{mid}>',
            dict(ts=g.local(), em=S(g.qq_email(), "EMAIL_ADDRESS"), rm=D(g.role_mailbox(), "role_mailbox"),
                 pol=D(g.policy_no(), "policy_number"), mid=D(g.uuid() + "@cqbx.com.cn", "message_id")))


@tpl("zh", "投诉工单 (客户 + 跟进人员)", "PERSON (客户), PERSON (跟进人), PHONE_NUMBER", "ticket_number")
def z_complaint(g):
    return ('投诉工单 {tk} 客户 {cu} 来电反映理赔时效问题, 已转{dept} {st} 跟进, 承诺24小时内回电 {ph}',
            dict(tk=D("TS" + g.cst.strftime("%Y%m%d") + g.digits(6), "ticket_number"), cu=S(g.zh_name(), "PERSON"),
                 dept=g.c(["理赔部", "客服中心", "车险理赔二组", "运营部"]), st=S(g.zh_name(plain=True), "PERSON"),
                 ph=S(g.phone_any() if g.p(0.3) else g.cn_mobile(), "PHONE_NUMBER")))


@tpl("zh", "风控规则命中", "IP_ADDRESS, CN_RESIDENT_ID", "rule_id")
def z_risk(g):
    return ('[风控] 规则 {rule} 命中: 同一设备24h内{n}次报案 deviceIp={ip} idCard={idn} riskScore={s}',
            dict(rule=D("R" + g.digits(4, True), "rule_id"), n=str(g.i(3, 9)), ip=S(g.cn_client_ip(), "IP_ADDRESS"),
                 idn=S(g.cn_id(), "CN_RESIDENT_ID"), s=str(g.i(60, 99))))


@tpl("zh", "XXL-JOB 续期提醒批处理 (no PII)", "-", "epoch_timestamp, server_ip")
def z_xxljob(g):
    return ('>>>>>>>>>>> xxl-job, 任务 续期提醒批处理(jobId={j}) 执行成功, 处理保单 {n} 件, 触发时间戳 {ep}, 执行器地址 http://{ip}:9999/',
            dict(j=str(g.i(1, 80)), n=str(g.i(100, 90000)), ep=D(g.epoch_ms(), "epoch_timestamp"), ip=D(g.server_ip(), "server_ip")))


@tpl("zh", "数据校验 测试数据黑名单 (no PII)", "-", "public_figure, application_number")
def z_test_data(g):
    return ('{ts} WARN [数据校验] 投保人姓名 "{pf}" 命中测试数据黑名单, 投保单 {app} 已拦截',
            dict(ts=g.local(), pf=D(g.c(ZH_PUBLIC), "public_figure"), app=D(g.app_no(), "application_number")))


@tpl("zh", "查勘回传 (景点 + 医院)", "PERSON (查勘员)", "place x2")
def z_survey_back(g):
    return ('查勘回传: 出险地点 {sc} 附近, 伤者已送往{h}, 查勘员 {nm} 已到场拍照',
            dict(sc=D(g.c(SCENIC), "place"), h=D(g.c(HOSPITALS), "place"), nm=S(g.zh_name(), "PERSON")))


@tpl("zh", "客户画像 工作单位为人名品牌", "PERSON (surname only)", "company")
def z_profile(g):
    co = g.c(ZH_PERSON_BRANDS)
    sn = co[0] if g.p(0.4) else g.zh_surname()
    return ('[客户画像] 客户 {sn}先生 工作单位 {co} 职业类别 {k} 类 风险等级 {r}',
            dict(sn=S(sn, "PERSON"), co=D(co, "company"), k=str(g.i(1, 6)), r=g.c("ABC")))


@tpl("zh", "nginx 带 $request_body (\\xHH 转义)", "IP_ADDRESS, PERSON (\\x-escaped), PHONE_NUMBER, CN_RESIDENT_ID", "-")
def z_nginx_body(g):
    nm = g.zh_name()
    return ('{ip} - - [{ts}] "POST /api/claim/report HTTP/1.1" 200 86 "-" "{ua}" "{\\x22name\\x22:\\x22{nm}\\x22,'
            '\\x22mobile\\x22:\\x22{ph}\\x22,\\x22idNo\\x22:\\x22{idn}\\x22}"',
            dict(ip=S(g.cn_client_ip(), "IP_ADDRESS"), ts=g.clf(), ua=g.c(UAS), nm=S(ngx(nm), "PERSON", nm),
                 ph=S(g.cn_mobile(0), "PHONE_NUMBER"), idn=S(g.cn_id(), "CN_RESIDENT_ID")))


@tpl("zh", "Kafka 消费 报案消息 (fastjson)", "PERSON, PHONE_NUMBER, LICENSE_PLATE", "case_number")
def z_kafka(g):
    return ('{ts} INFO [claim-consumer-{n}] 消费消息 topic=claim-report partition={p} offset={o} key={rpt} '
            'value={"plateNo":"{pl}","reporterMobile":"{ph}","reporterName":"{nm}","source":"APP"}',
            dict(ts=g.local(), n=str(g.i(0, 7)), p=str(g.i(0, 11)), o=str(g.i(1000, 99999999)), rpt=D(g.report_no(), "case_number"),
                 pl=S(g.cn_plate(), "LICENSE_PLATE"), ph=S(g.cn_mobile(), "PHONE_NUMBER"), nm=S(g.zh_name(), "PERSON")))


@tpl("zh", "客服回访 (座机)", "PERSON (客户), PHONE_NUMBER (landline), PERSON (坐席)", "task_id")
def z_callback(g):
    return ('[回访] 任务 {tk} 回访客户 {nm} 座机 {ph} 结果=已接通 满意度={s} 坐席={ag}',
            dict(tk=D("HF" + g.digits(10), "task_id"), nm=S(g.zh_name(), "PERSON"), ph=S(g.cn_landline(), "PHONE_NUMBER"),
                 s=str(g.i(1, 5)), ag=S(g.zh_name(plain=True), "PERSON")))


@tpl("zh", "车险投保 车架号/发动机号", "LICENSE_PLATE, PERSON, CN_RESIDENT_ID", "vin, engine_number")
def z_motor_quote(g):
    return ('车险投保 车牌 {pl} 车架号 {vin} 发动机号 {eng} 被保险人 {nm} 身份证 {idn}',
            dict(pl=S(g.cn_plate(), "LICENSE_PLATE"), vin=D("L" + g.alnum(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "vin"),
                 eng=D(g.alnum(2, "ABCDEFGHJK") + g.digits(6), "engine_number"), nm=S(g.zh_name(), "PERSON"),
                 idn=S(g.cn_id(), "CN_RESIDENT_ID")))


@tpl("zh", "境外医疗理赔 付款指令 (IBAN)", "PERSON, IBAN_CODE", "bic, amount")
def z_overseas(g):
    nm = g.c([g.zh_name(plain=True), g.tw_name(), g.west_name(("de_DE", "fr_FR", "en_GB"))])
    return ('境外医疗理赔 付款指令 收款人 {nm} IBAN {iban} SWIFT {bic} 金额 {amt} EUR',
            dict(nm=S(nm, "PERSON"), iban=S(g.iban(grouped=True), "IBAN_CODE"), bic=D(g.c(BICS), "bic"), amt=D(g.amount(1), "amount")))


@tpl("zh", "OSS 客户端初始化 (阿里云 AccessKey)", "CREDENTIAL x2 (AccessKeyId, AccessKeySecret)", "-")
def z_oss(g):
    return ('{ts} INFO [OSS] 初始化客户端 endpoint=oss-cn-hangzhou.aliyuncs.com accessKeyId={ak} accessKeySecret={sk} bucket=claim-docs',
            dict(ts=g.local(), ak=S("LTAI5t" + g.alnum(18), "CREDENTIAL"), sk=S(g.alnum(30), "CREDENTIAL")))


@tpl("zh", "SessionFilter 登录成功 token", "PERSON (login), CREDENTIAL (token)", "epoch_timestamp")
def z_session(g):
    return ('{ts} INFO [SessionFilter] 用户 {u} 登录成功 token={tok} 过期时间 {ep}',
            dict(ts=g.local(), u=S(g.login(g.c([2, 3, 4])), "PERSON"), tok=S(g.c([g.jwt(), g.session_id("hex"), g.uuid().replace("-", "")]), "CREDENTIAL"),
                 ep=D(str(int(g.dt.timestamp()) + 7200), "epoch_timestamp")))


@tpl("zh", "港澳台理赔 (繁体, HK/TW phone, passport)", "PERSON, PHONE_NUMBER, PASSPORT", "claim_number")
def z_hktw(g):
    return ('[港澳台理賠] 案件 {clm} 受益人 {nm} 電話 {ph} 護照 {pp} 狀態=待覆核',
            dict(clm=D(g.claim_no(), "claim_number"), nm=S(g.tw_name(), "PERSON"), ph=S(g.intl_phone(["HK", "TW"]), "PHONE_NUMBER"),
                 pp=S(g.passport(g.c(["hk", "uk", "cn"])), "PASSPORT")))


@tpl("zh", "理赔审核 领款人 (少数民族姓名) 银行卡", "PERSON, CREDIT_CARD", "-")
def z_payee(g):
    nm = g.c([g.c(UYGHUR_GIVEN) + "·" + g.c(UYGHUR_FATHER), g.c(TIBETAN), g.c(MONGOL), g.c(OTHER_MINORITY), g.zh_name()])
    return ('[理赔审核] 领款人 {nm} 与被保险人关系=本人 开户行=中国工商银行{city}分行 卡号={card}',
            dict(nm=S(nm, "PERSON"), city=g.c(["乌鲁木齐", "拉萨", "呼和浩特", "延吉", "南宁"]),
                 card=S(g.card("unionpay", g.c(["plain", "space"])), "CREDIT_CARD")))


@tpl("zh", "钉钉机器人 webhook payload (markdown, \\n escapes)", "PERSON, PHONE_NUMBER", "claim_number")
def z_dingtalk(g):
    asc = g.p(0.4)
    e = ja if asc else jn
    nm = g.zh_name()
    return ('{ts} INFO DingTalkNotifier payload={"msgtype":"markdown","markdown":{"title":"' + e("理赔打款失败")
            + '","text":"' + e("### 理赔打款失败\n- 案件号: ") + '{clm}' + e("\n- 收款人: ") + '{nm}' + e("\n- 原因: 户名与账号不符")
            + '"},"at":{"atMobiles":["{ph}"],"isAtAll":false}}',
            dict(ts=g.local(), clm=D(g.claim_no(), "claim_number"), nm=S(e(nm), "PERSON", nm), ph=S(g.cn_mobile(0), "PHONE_NUMBER")))


@tpl("zh", "运维登录审计 (堡垒机)", "PERSON (运维 full name), PERSON (login), IP_ADDRESS", "server_ip")
def z_bastion(g):
    return ('{ts} [堡垒机审计] 运维人员 {nm}({u}) 从 {ip} 登录资产 {sip} 协议=SSH 会话时长={m}分钟',
            dict(ts=g.local_s(), nm=S(g.zh_name(plain=True), "PERSON"), u=S(g.login(g.c([2, 3, 4, 5])), "PERSON"),
                 ip=S(g.lan_ip(), "IP_ADDRESS"), sip=D(g.server_ip(), "server_ip"), m=str(g.i(1, 120))))


@tpl("zh", "理赔邮件通知 (个人邮箱 + 客服邮箱)", "PERSON, EMAIL_ADDRESS", "role_mailbox, claim_number")
def z_mail_notice(g):
    return ('{ts} [邮件通知] 收件人 {nm} <{em}> 抄送 {rm} 主题: 案件{clm}补充材料提醒 发送状态=成功',
            dict(ts=g.local(), nm=S(g.zh_name(), "PERSON"), em=S(g.email(cn=True), "EMAIL_ADDRESS"),
                 rm=D(g.role_mailbox(), "role_mailbox"), clm=D(g.claim_no(), "claim_number")))


@tpl("zh", "退费网关 订单号 (Luhn 16-digit / 11-digit ids; no PII)", "-", "order_id x2, amount")
def z_refund_ids(g):
    return ('{ts} INFO [退费网关] 退费成功 退费单号={a} 原支付订单={b} 退费金额={amt}元 渠道=银联',
            dict(ts=g.local(), a=D(g.luhn_order(), "order_id"), b=D(g.order11(), "order_id"), amt=D(g.amount(2), "amount")))


# ----------------------------------------------------------------------------- rendering
_PH = re.compile(r"\{(\w+)\}")


def _mask(sv, rng):
    raw, t = sv.raw, sv.type
    if sv.text != raw:
        return rng.choice(["***", "[REDACTED]", "******", "<masked>"])
    if t == "CREDENTIAL" or rng.random() < 0.15:
        return rng.choice(["******", "[REDACTED]", "***", "<redacted>", "[FILTERED]"])
    if t == "PERSON":
        if any("\u4e00" <= ch <= "\u9fff" for ch in raw):
            return raw[0] + "*" * (len(raw) - 1) if len(raw) > 1 else "*"
        return " ".join(w[0] + "***" for w in raw.split())
    if t == "EMAIL_ADDRESS":
        loc, dom = raw.split("@", 1)
        return loc[0] + "***@" + dom
    if t == "IP_ADDRESS":
        if ":" in raw:
            return raw.split(":")[0] + ":****:****"
        return raw.rsplit(".", 1)[0] + ".*"
    if t in ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "CN_RESIDENT_ID", "IBAN_CODE", "PASSPORT"):
        keep_head = {"PHONE_NUMBER": 3, "CREDIT_CARD": 6, "US_SSN": 0, "CN_RESIDENT_ID": 6,
                     "IBAN_CODE": 4, "PASSPORT": 1}[t]
        alnum = [i for i, ch in enumerate(raw) if ch.isalnum()]
        keep = set(alnum[:keep_head]) | set(alnum[-4 if t != "PASSPORT" else -2:])
        return "".join(ch if (i in keep or not ch.isalnum()) else "*" for i, ch in enumerate(raw))
    if t == "LICENSE_PLATE":
        return raw[:2] + "*" * (len(raw) - 3) + raw[-1]
    return "***"


def _render(fmt, fields, clean, rng):
    segs = []
    pos = 0
    for m in _PH.finditer(fmt):
        segs.append((fmt[pos:m.start()], None))
        segs.append((fields[m.group(1)], m.group(1)))
        pos = m.end()
    segs.append((fmt[pos:], None))
    repl = {}
    if clean:
        cap = 3 - sum(1 for v, _ in segs if isinstance(v, D))
        occ = Counter(k for v, k in segs if isinstance(v, S))
        for v, k in segs:
            if isinstance(v, S) and k not in repl:
                if cap >= occ[k] and rng.random() < 0.75:
                    repl[k] = D(_mask(v, rng), "masked")
                    cap -= occ[k]
                else:
                    repl[k] = "-"
    out, spans, decoys, off = [], [], [], 0
    for v, k in segs:
        if isinstance(v, S) and clean:
            v = repl[k]
        if isinstance(v, S):
            spans.append([off, off + len(v.text), v.type])
            v = v.text
        elif isinstance(v, D):
            decoys.append([off, off + len(v.text), v.kind])
            v = v.text
        out.append(v)
        off += len(v)
    return "".join(out), spans, decoys


_LINEBREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _ascii_alnum(ch):
    return ch.isascii() and ch.isalnum()


def _occurrences(text, value):
    out = []
    start = 0
    while True:
        i = text.find(value, start)
        if i < 0:
            return out
        j = i + len(value)
        ok = True
        if _ascii_alnum(value[0]) and i > 0 and _ascii_alnum(text[i - 1]):
            ok = False
        if _ascii_alnum(value[-1]) and j < len(text) and _ascii_alnum(text[j]):
            ok = False
        if ok:
            out.append((i, j))
        start = i + 1


def _problems(rec, k_templates=None):
    probs = []
    if set(rec) != {"text", "spans", "decoys", "template"}:
        return ["bad keys %r" % sorted(rec)]
    text = rec["text"]
    if not isinstance(text, str) or not text:
        return ["empty or non-str text"]
    if any(b in text for b in _LINEBREAKS):
        probs.append("line break inside text")
    if not isinstance(rec["template"], int) or (k_templates is not None and not 0 <= rec["template"] < k_templates):
        probs.append("bad template number")
    spans, decoys = rec["spans"], rec["decoys"]
    if len(spans) > 4:
        probs.append("more than 4 spans")
    if len(decoys) > 3:
        probs.append("more than 3 decoys")
    ivs = []
    for lst, is_span in ((spans, True), (decoys, False)):
        for item in lst:
            if not (isinstance(item, list) and len(item) == 3 and isinstance(item[0], int)
                    and isinstance(item[1], int) and isinstance(item[2], str) and item[2]):
                probs.append("malformed label %r" % (item,))
                continue
            s, e, lab = item
            if not 0 <= s < e <= len(text):
                probs.append("offsets out of range %r" % (item,))
                continue
            if is_span and lab not in TYPES:
                probs.append("unknown TYPE %r" % lab)
            if is_span and not value_ok(lab, text[s:e]):
                probs.append("value is not a valid %s: %r" % (lab, text[s:e]))
            ivs.append((s, e, is_span))
    ivs.sort()
    for a, b in zip(ivs, ivs[1:]):
        if b[0] < a[1]:
            probs.append("overlap %r %r" % (a, b))
    for s, e, lab in spans:
        val = text[s:e]
        for i, j in _occurrences(text, val):
            if (i, j) == (s, e):
                continue
            if any(ss <= i and j <= se for ss, se, _ in spans):
                continue
            if lab == "PERSON" and any(ds <= i and j <= de for ds, de, _ in decoys):
                continue
            probs.append("unlabelled other occurrence of %s %r at %d" % (lab, val, i))
    return probs


# ----------------------------------------------------------------------------- API
def blind_log20(n, seed=0):
    rng = random.Random(seed)
    g = G(rng)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    records = []
    for idx in range(n):
        k = order[idx % len(order)]
        fn = TEMPLATES[k][4]
        clean = rng.random() < 0.1
        for _attempt in range(200):
            g.new_record()
            fmt, fields = fn(g)
            text, spans, decoys = _render(fmt, fields, clean, rng)
            rec = {"text": text, "spans": spans, "decoys": decoys, "template": k}
            if not _problems(rec, len(TEMPLATES)):
                break
        else:
            raise RuntimeError("template %d could not produce a valid record: %r" % (k, _problems(rec)))
        records.append(rec)
    return records


def validate(records):
    types, kinds, tpls = Counter(), Counter(), Counter()
    clean = 0
    for n, rec in enumerate(records):
        probs = _problems(rec, len(TEMPLATES))
        assert not probs, "record %d: %s | %r" % (n, "; ".join(probs), rec.get("text"))
        types.update(lab for _, _, lab in rec["spans"])
        kinds.update(lab for _, _, lab in rec["decoys"])
        tpls[rec["template"]] += 1
        if not rec["spans"] and any(k == "masked" for _, _, k in rec["decoys"]):
            clean += 1
    return {"records": len(records), "types": types, "kinds": kinds, "templates": tpls,
            "n_templates": len(TEMPLATES), "with_masked_only": clean}


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    recs = blind_log20(n, seed)
    res = validate(recs)
    print("records: %d  templates: %d (used %d)" % (res["records"], res["n_templates"], len(res["templates"])))
    print("per TYPE:")
    for t in TYPES:
        print("  %-15s %d" % (t, res["types"].get(t, 0)))
    print("per decoy KIND:")
    for k, v in sorted(res["kinds"].items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-18s %d" % (k, v))
