#!/usr/bin/env python3
"""Blind labelled evaluation set no. 15 for a PII redactor for logs: one mixed log of a Chinese
mobility company (car-sharing, bike-sharing, smart parking, EV charging, membership app and a
payment back-end), collected in one place by its operations team.

Provenance
----------
Written blind on 2026-12-05.  Nothing of the project was read while writing it: no redactor
code, rules, seeds, tests, docs, training data, notes or other evaluation sets; the redactor
was never imported or run.  The line shapes come only from general knowledge of how the named
systems print their logs (nginx, Envoy, Kong, Logback, Log4j2, Spring Boot, zap, zerolog,
logrus, python logging / python-json-logger, pino, winston, morgan, MySQL, PostgreSQL, Redis
clients, Kafka consumers, EMQX/MQTT, OCPP, HAProxy, ModSecurity, sshd, CloudTrail, Debezium,
payment and SMS providers) and of how Chinese operations staff write notes and alerts.
Only the Python standard library, Faker (40.x) and phonenumbers (9.x) are used.

API
---
blind_log15(n: int, seed: int = 0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans and decoys are lists of
    [start, end, TYPE_or_KIND] with Python code-point offsets; text[start:end] is the value
    exactly as printed (percent-encoded, \\uXXXX-escaped, nginx \\xHH-escaped, JSON-escaped or
    XML-escaped where the line prints it so).  One random.Random(seed) drives everything; the
    Faker instances are seeded from it, so output is stable for a given seed.  Templates are
    used round-robin over one shuffled order of 0..K-1.  About one record in ten is "clean":
    every planted value is replaced by a masked placeholder (recorded as decoy "masked") or by
    a dash "-".
validate(records) -> dict
    Self-check; raises AssertionError on any problem (offsets in range, no overlap between
    spans and/or decoys, at most 4 spans and 3 decoys a line, every other occurrence of a
    planted value in the line labelled too, no newline in a text, each value is what its type
    says: Luhn-valid cards, phones valid per phonenumbers, GB 11643 check digit and known area
    code on Chinese IDs, mod-97 IBANs, parseable IPs, ...).  Returns counters.
python pii_logs_blind15.py
    Generates 5,000 lines (seed 0), validates them and prints counts per TYPE and decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES names;
                compound (欧阳, 司马, 诸葛, 慕容, ...) and rare (邝, 仉, 亓, 乜, 訾, ...) Chinese
                surnames with hand-made given names; Uyghur (with "·"), Tibetan, Mongolian and
                Yi names; surnames alone before a title (王先生, 李经理, 张师傅, Mr. Smith,
                Dr. Patel); pinyin / English person logins (zhang.wei, wangfang88, jsmith);
                passport-style upper-case and MRZ (ZHANG<<WEI) forms.
EMAIL_ADDRESS   numeric QQ mail, pinyin logins at 163/126/sina/foxmail/139/..., staff mail at
                the company domain, Faker user names at Faker free-mail domains.
PHONE_NUMBER    CN mobiles (checked valid) printed plain, spaced, dashed, +86, 0086, (+86),
                86-; CN landlines (010-, (021), +86 10 ..., with 转 extension after the span);
                foreign numbers built from phonenumbers example numbers of ~25 regions with a
                random tail, kept only if valid, printed E.164 / international / national.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex, UnionPay (16/19),
                JCB; plain, spaced, dashed.
IBAN_CODE       mod-97-valid IBANs of 15 countries, compact or in groups of four.
US_SSN          area 001-899 without 666, group 01-99, serial 0001-9999; dashed or plain.
CN_RESIDENT_ID  real-looking 6-digit area codes, birth 1955-2004, GB 11643 check digit
                (X, sometimes printed lower-case x).
PASSPORT        CN (E+8 digits, E+letter+7 digits, G+8 digits), US, GB, DE, FR, JP, KR, IN.
LICENSE_PLATE   mainland plates (blue, new-energy 8-character D/F plates, 学/挂 plates,
                粤Z...港/澳 cross-border plates) with "", "·", " " or "-" separators; a few from
                Hong Kong, Taiwan, California, the UK and Germany.
IP_ADDRESS      client addresses: Chinese carrier IPv4, IPv6 (2409:/240e:/2408:), Node's
                ::ffff:-mapped form, office workstation private addresses, attacker addresses.
CREDENTIAL      passwords, AWS/Aliyun/Tencent access key ids and secrets, JWTs, opaque bearer
                tokens, Kong API keys, DingTalk robot access tokens, WeChat Pay APIv3 keys,
                JSESSIONID / connect.sid cookie values, EC private-key bodies (JSON-escaped
                newlines inside), connection-string and URL password parts.

Label conventions
-----------------
* Any address of a person's account is EMAIL_ADDRESS (numeric QQ too); role mailboxes
  (service@, noreply@, alerts@, finance@, ...) are decoy role_mailbox.
* Server / upstream / proxy / load-balancer / DB / camera addresses are decoy server_ip; a
  client's or user's address (phone, workstation, attacker) is IP_ADDRESS.
* A surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) is PERSON on the
  surname only; "王建国主任医师" is PERSON on 王建国; full names of staff are PERSON.
* Famous historical people and fictional characters are decoy public_figure; brands named
  after people (特斯拉, 王老吉, Siemens, ...) are decoy company; streets, districts, scenic
  spots, hospitals, stations, airports and buildings are decoy place.
* Passwords, API keys, access keys and secrets, session ids / cookie values, bearer tokens and
  JWTs (token only), private-key bodies, connection-string and URL password parts are
  CREDENTIAL; one-time SMS codes and pickup codes are decoy pickup_code.
* Person-looking logins are PERSON; root, admin, default, svc-*/app_* service accounts are
  decoy system_account.
* Order ids (also Luhn-valid 16-digit ids and 11-digit ids starting with 1), case numbers,
  工号, waybills, device serials, IMEI/ICCID, flight/train numbers, UUIDs, commit hashes,
  image digests, trace/span ids, epoch timestamps, amounts, ports, versions, ... are decoys
  with a descriptive kind.  Values that are already masked in the source are decoy masked.
* Postal addresses, dates of birth, ages, genders and cities are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张江高科), but every other occurrence of a
  planted value in the line is itself labelled.  Spans never overlap each other or a decoy;
  0-4 spans and 0-3 decoys a line.  Some templates have no spans at all.

Template table (number: language / system -- spans | decoys)
------------------------------------------------------------
 0: en / nginx combined + upstream fields -- IP_ADDRESS, PHONE_NUMBER | server_ip, port
 1: en / nginx combined, basic-auth ops console -- IP_ADDRESS, PERSON | system_account
 2: en / nginx log_format escape=json behind SLB -- IP_ADDRESS, EMAIL_ADDRESS | server_ip
 3: zh / nginx default escaping, raw UTF-8 query from parking kiosk -- IP_ADDRESS, PERSON, LICENSE_PLATE | amount
 4: en / Envoy default access log -- IP_ADDRESS, EMAIL_ADDRESS | request_id, server_ip
 5: en / Kong file-log plugin JSON (cjson, escaped slashes) -- CREDENTIAL, PERSON, IP_ADDRESS | server_ip, uuid, epoch_ts
 6: en / Kong nginx access log with kong_request_id, apikey in query -- IP_ADDRESS, CREDENTIAL | request_id
 7: en / Logback PatternLayout, auth failure -- PERSON, IP_ADDRESS | (none)
 8: en / Log4j2 PatternLayout, HikariCP init failure with JDBC URL -- CREDENTIAL | server_ip, port, system_account
 9: en / Log4j2 JsonLayout compact, bike unlock -- PHONE_NUMBER | epoch_ts, device_serial
10: en / Spring Boot 3 default console, UnionPay tokenize error -- CREDIT_CARD | order_id
11: zh / Spring Cloud Sleuth console, Chinese message -- PHONE_NUMBER | trace_id, span_id, invite_code
12: zh / Log4j2 pattern, 实名认证失败 -- PERSON, CN_RESIDENT_ID | (none)
13: zh / Logback LogstashEncoder JSON, Chinese message -- PHONE_NUMBER | order_id, trace_id
14: zh / Lettuce/Spring Redis connect failure, Chinese message -- CREDENTIAL | system_account, server_ip, port
15: zh / zap production JSON, dispatch (Chinese msg) -- PERSON, PHONE_NUMBER, LICENSE_PLATE | epoch_ts, order_id
16: zh / zap production JSON, charging session ended -- LICENSE_PLATE, PHONE_NUMBER | epoch_ts, place, charger_id
17: en / zap development console (tab separated) -- IP_ADDRESS | user_id, port, version
18: zh / zerolog JSON, barrier timeout -- LICENSE_PLATE | parking_lot_id, device_serial
19: en / logrus TextFormatter, refund rejected -- CREDIT_CARD, PERSON | order_id
20: en / zap JSON, private key parse failure -- CREDENTIAL | epoch_ts
21: en / python logging, Alipay async notify dict -- (none) | role_mailbox, order_id, masked
22: en / python-json-logger (ensure_ascii), KYC mismatch -- PERSON, CN_RESIDENT_ID | request_id
23: zh / python logging, refund payout dict repr -- PERSON, CREDIT_CARD | order_id, amount
24: en / Celery worker, broker connection error (password masked by kombu) -- (none) | masked, server_ip
25: en / uvicorn access log -- IP_ADDRESS, EMAIL_ADDRESS | port
26: en / pino JSON with req serializer -- IP_ADDRESS, EMAIL_ADDRESS | epoch_ts, port
27: zh / winston JSON, Aliyun SMS failure with JSON-in-JSON param -- PHONE_NUMBER | template_id, pickup_code
28: en / morgan combined (Express), card in query -- IP_ADDRESS, CREDIT_CARD | version
29: en / MongoDB driver error (Node), URI with password -- CREDENTIAL | server_ip, system_account
30: en / Node debug dump of request headers (cookies) -- CREDENTIAL | analytics_id
31: en / Twilio SMS status callback (form body) -- PHONE_NUMBER | message_sid, account_sid
32: en / WeChat Pay v3 refund notify, decrypted resource -- (none) | merchant_id, transaction_id, refund_id
33: zh / 微信支付回调验签失败 (APIv3 key leaked) -- CREDENTIAL | merchant_id, transaction_id
34: en / Stripe webhook summary (overseas rentals) -- EMAIL_ADDRESS | event_id, masked, amount
35: en / payout batch logfmt, IBAN rejected -- PERSON, IBAN_CODE | payout_id, bic
36: en / SEPA pain.001 credit transfer fragment (XML, one line) -- PERSON, IBAN_CODE | amount, end_to_end_id
37: en / invoice service line, Luhn-valid order id -- (none) | luhn_order_id, amount, epoch_ts
38: en / MySQL 8 error log, access denied -- PERSON, IP_ADDRESS | system_account
39: en / PostgreSQL stderr, log_line_prefix with user/db/client -- PERSON, IP_ADDRESS | pid
40: en / Kafka Java consumer, deserialization error -- PHONE_NUMBER, CREDIT_CARD | kafka_offset, order_id
41: en / Go Kafka consumer (sarama) std log -- EMAIL_ADDRESS, PASSPORT | kafka_offset, user_id
42: zh / Kafka 消费失败 (Chinese ops wording) -- CREDIT_CARD, PERSON | kafka_offset, user_id
43: en / Debezium MySQL change event -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | epoch_ts, version
44: zh / DBA 备注 (slow SQL, Chinese prose) -- PERSON, CN_RESIDENT_ID | server_ip
45: en / EMQX 5 log, MQTT authentication failure -- PERSON, IP_ADDRESS | client_id, port
46: en / OCPP 1.6J frame from a charge point -- (none) | charger_id, message_id, rfid_tag, company
47: zh / mosquitto_sub -v, barrier payload with Chinese keys -- LICENSE_PLATE | parking_lot_id
48: en / bike-lock IoT gateway key=value -- PERSON | imei, iccid
49: en / Hikvision ISAPI ANPR alert XML (one line) -- LICENSE_PLATE | server_ip, mac_address
50: zh / RFC3164 syslog from ANPR camera, Chinese fields -- LICENSE_PLATE | (none)
51: zh / 道闸月租车识别记录 -- LICENSE_PLATE, PERSON, PHONE_NUMBER | parking_lot_id
52: zh / 口岸停车场 cross-border plate, HK phone -- LICENSE_PLATE, PERSON, PHONE_NUMBER | place
53: zh / Aliyun SMS delivery report (JSON array) -- PHONE_NUMBER | request_id
54: zh / 短信下发日志 (verification code) -- PHONE_NUMBER | template_id, pickup_code
55: en / AWS SES bounce notification (one-line JSON) -- EMAIL_ADDRESS | role_mailbox, message_id
56: en / Android logcat, OkHttp body logging -- PHONE_NUMBER, CREDENTIAL | device_id
57: en / US driver onboarding, background check submit -- PERSON, US_SSN | candidate_id
58: en / rental KYC passport check (MRZ-style holder) -- PASSPORT, PERSON | (none)
59: zh / 外籍会员实名登记 -- PERSON, PASSPORT | (none)
60: zh / 司机入驻审核 (minority name) -- PERSON, CN_RESIDENT_ID | (none)
61: en / HAProxy HTTP log, KYC verify request -- IP_ADDRESS, CN_RESIDENT_ID, PERSON | port
62: en / nginx + ModSecurity CRS block -- IP_ADDRESS | rule_id, version, server_ip
63: en / nginx error log, upstream timed out (plate percent-encoded twice) -- IP_ADDRESS, LICENSE_PLATE | server_ip, port
64: en / sshd auth log on bastion -- PERSON, IP_ADDRESS | port, key_fingerprint, system_account
65: en / AWS CloudTrail record (one line) -- PERSON, CREDENTIAL, IP_ADDRESS | request_id
66: en / bootstrap config dump (cloud keys) -- CREDENTIAL | (none)
67: en / CI deploy step -- PERSON | image_digest, commit_hash
68: zh / 【发布通知】 (no PII) -- (none) | version, image_digest, commit_hash
69: en / support ticket, English prose -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | case_number, role_mailbox
70: en / support call note, title + surname -- PERSON, PHONE_NUMBER | case_number
71: en / airport shuttle planner (no PII) -- (none) | flight_no, public_figure, uuid
72: zh / 值班记录 (night shift prose) -- PERSON, PHONE_NUMBER | employee_no, place
73: zh / 巡检记录 (pipe separated, 师傅) -- PERSON, LICENSE_PLATE, PHONE_NUMBER | place, charger_id
74: zh / 调度记录 -- PERSON, LICENSE_PLATE | order_id, place
75: zh / 客服工单 (女士, card, landline) -- PERSON, CREDIT_CARD, PHONE_NUMBER | case_number
76: zh / 企业微信告警 -- PERSON | alert_id
77: zh / 钉钉机器人 webhook (token in URL, @mobile twice) -- CREDENTIAL, PERSON, PHONE_NUMBER | (none)
78: zh / 运营通报 (public figure + scenic spot) -- PERSON, PHONE_NUMBER | public_figure, place
79: zh / 停车场日报 (car brands named after people) -- PERSON | place, company
80: zh / 取车提醒推送 (先生/女士, pickup code) -- PERSON, LICENSE_PLATE | pickup_code, place
81: zh / 安全中心 异地登录 -- PHONE_NUMBER, IP_ADDRESS | (none)
82: zh / 在线客服会话 (工号, waybill) -- PERSON, EMAIL_ADDRESS | employee_no, waybill
83: zh / 医院停车场车位预留 (主任医师) -- PERSON, LICENSE_PLATE | place
84: zh / 财务备注 (European IBAN) -- IBAN_CODE, PERSON | amount
85: zh / 日报 (11-digit order id, no PII) -- (none) | order_id_11, amount, template_id
86: zh / 接机/接站调度 (flight or train) -- LICENSE_PLATE, PERSON, PHONE_NUMBER | flight_no, train_no, place
87: zh / 客户回访 (经理, QQ mail, landline with 转) -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | company
88: zh / 巡逻记录 (no PII) -- (none) | place, charger_id, employee_no
"""
import base64
import html
import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape as xml_escape

import phonenumbers
from faker import Faker

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
         "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS", "CREDENTIAL")
PER, EM, PH, CC, IB, SSN, CID, PP, LP, IP, CR = TYPES

KINDS = {
    "masked", "server_ip", "role_mailbox", "system_account", "public_figure", "company",
    "place", "pickup_code", "order_id", "luhn_order_id", "order_id_11", "case_number",
    "employee_no", "waybill", "device_serial", "device_id", "imei", "iccid", "mac_address",
    "train_no", "flight_no", "uuid", "request_id", "commit_hash", "image_digest", "trace_id",
    "span_id", "epoch_ts", "amount", "port", "version", "pid", "kafka_offset", "user_id",
    "merchant_id", "transaction_id", "refund_id", "event_id", "payout_id", "bic",
    "end_to_end_id", "message_sid", "account_sid", "charger_id", "rfid_tag", "parking_lot_id",
    "template_id", "invite_code", "alert_id", "candidate_id", "rule_id", "key_fingerprint",
    "analytics_id", "message_id", "client_id",
}

CST = timezone(timedelta(hours=8))
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER_NUM = "abcdefghijklmnopqrstuvwxyz0123456789"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

FAKER_LOCALES = ["zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES"]
EN_LOCALES = ["en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES"]

COMMON_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
                  "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎"
                  "贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND_SUR = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙",
                "宇文", "司徒", "夏侯", "端木", "澹台", "呼延", "南宫", "独孤", "百里", "申屠", "闻人", "濮阳"]
RARE_SUR = list("邝鄢仉亓乜禚佘訾逄冼靳隗麴寇蒯谯卞虞郗晁嵇檀漆")
GIVEN_1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏华飞玲英红梅琳健斌宇浩凯帆瑶婷雪峰")
GIVEN_2 = ["建国", "晓峰", "思远", "子轩", "浩然", "欣怡", "梓涵", "一诺", "雨桐", "志强", "秀英", "丽娟",
           "海燕", "俊杰", "嘉怡", "宇航", "文博", "佳琪", "明轩", "若曦", "振华", "国庆", "春梅", "德胜"]
UYGHUR_1 = ["阿依古丽", "热依拉", "古丽娜尔", "买买提", "阿迪力", "努尔兰", "艾尔肯", "迪丽娜尔", "帕提古丽",
            "吐尔洪"]
UYGHUR_2 = ["买买提", "艾力", "吐尔逊", "阿不都", "努尔", "哈力克", "热合曼", "司马义", "阿西木"]
OTHER_MINORITY = ["扎西多吉", "次仁卓玛", "格桑梅朵", "丹增尼玛", "央金拉姆", "旦增次仁", "拉巴次仁", "巴特尔",
                  "乌云其木格", "苏日娜", "额尔敦", "那仁图雅", "朝鲁门", "阿苏拉则", "吉克阿依"]
PY_SUR = ["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
          "hu", "zhu", "gao", "lin", "guo", "ma", "luo", "zheng", "liang", "xie", "song", "tang",
          "han", "feng", "deng", "cao", "peng", "ouyang", "sima", "shangguan"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
          "juan", "tao", "ming", "chao", "xiuying", "xia", "ping", "gang", "hao", "xin", "jian",
          "haoran", "zixuan", "yinuo", "jianguo", "xiaofeng", "siyuan", "lina", "yuhang"]
CN_MAIL = ["163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "yeah.net", "aliyun.com",
           "outlook.com", "gmail.com", "hotmail.com", "icloud.com"]
ROLE_LOCALS = ["service", "noreply", "no-reply", "alerts", "support", "finance", "ops", "dba",
               "kefu", "notify", "postmaster", "billing", "invoice"]
COMPANY_DOMAINS = ["yitu-mobility.com", "yitu.cn", "mail.yitu-mobility.com"]
CN_MOB_PFX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147",
              "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
              "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188",
              "189", "191", "193", "195", "198", "199"]
CN_AREAS = ["10", "21", "20", "22", "23", "24", "25", "27", "28", "29", "755", "571", "512", "532",
            "731", "871", "591", "898", "531", "769"]
FOREIGN_REGIONS = ["US", "GB", "DE", "FR", "JP", "KR", "SG", "HK", "TW", "MO", "AU", "IN", "MY",
                   "TH", "VN", "ID", "CA", "ES", "IT", "NL", "RU", "AE", "BR", "PH", "NZ"]
CHECK_REGIONS = ["CN"] + FOREIGN_REGIONS
ID_AREAS = ["110101", "110105", "110108", "310104", "310115", "310112", "440106", "440305",
            "440304", "330106", "330108", "510107", "510104", "420106", "320102", "320106",
            "500103", "610113", "370202", "120101", "350203", "430104", "210102", "230103",
            "530102", "650102", "650104", "540102", "150102", "450103", "460105", "620102",
            "640104", "630102", "520102", "360102", "410105", "130102", "140105", "220104",
            "340104", "321282", "441900"]
CLIENT_V4 = ["223.104", "117.136", "112.96", "36.110", "183.192", "114.86", "120.229", "39.144",
             "106.39", "58.246", "111.30", "221.220", "101.88", "27.38", "124.64", "61.148",
             "180.160", "218.17", "113.57", "171.43"]
CLIENT_V6 = ["2409:8a00", "2409:8934", "240e:3b0", "240e:47c", "2408:8456", "2408:8207"]
ATTACK_V4 = ["45.155.205", "185.220.101", "91.240.118", "194.26.29", "80.94.95", "141.98.11",
             "193.42.33", "103.145.13"]
IBAN_SPEC = {  # country: list of (kind, length) with kind a=letters n=digits, bank-code pools
    "DE": "18n", "GB": "4a14n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n",
    "BE": "12n", "CH": "17n", "AT": "16n", "PL": "24n", "AE": "19n", "SA": "20n", "PT": "21n",
    "IE": "4a14n", "LU": "16n",
}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "HBUK", "MIDL", "LOYD"], "NL": ["ABNA", "INGB", "RABO"],
              "IE": ["AIBK", "BOFI"], "IT": list("XYZABC")}
UNIONPAY_BINS = ["622202", "621700", "622848", "621483", "622588", "625965", "623058", "621226",
                 "622700", "621661", "622609"]
PLACES = ["望京SOHO", "国贸三期", "陆家嘴环路", "南京西路", "西湖风景区", "中关村软件园", "深圳湾科技生态园",
          "虹桥火车站", "王府井", "春熙路", "天府广场", "中山公园", "逸仙路", "张自忠路", "五道口", "徐家汇",
          "科兴科学园", "解放碑", "杨浦区五角场", "海淀区学院路", "滨江区江南大道", "张江高科"]
HOSPITALS = ["北京协和医院", "四川大学华西医院", "上海瑞金医院", "中山大学附属第一医院", "北京大学第三医院",
             "中南大学湘雅医院", "浙江大学医学院附属第二医院"]
AIRPORTS = ["浦东国际机场T2", "首都机场T3", "白云机场T2", "双流机场T1", "宝安机场T3", "萧山机场T4", "大兴机场"]
STATIONS = ["虹桥站", "北京南站", "广州南站", "杭州东站", "成都东站", "深圳北站"]
FIGURE_SITES = [("孔子", "曲阜三孔景区"), ("鲁迅", "绍兴鲁迅故里"), ("李白", "江油李白纪念馆"), ("苏轼", "杭州苏堤"),
                ("诸葛亮", "成都武侯祠"), ("郑和", "南京郑和公园"), ("岳飞", "杭州岳王庙"), ("孙悟空", "花果山景区"),
                ("杜甫", "成都杜甫草堂")]
EN_FIGURES = ["Leonardo da Vinci", "Sherlock Holmes", "Albert Einstein", "Marco Polo", "Confucius",
              "Sun Wukong", "Isaac Newton", "Hua Mulan"]
CAR_BRANDS_ZH = ["特斯拉", "保时捷", "法拉利", "福特", "雪佛兰", "兰博基尼", "雪铁龙", "标致"]
PERSON_BRANDS_ZH = ["张小泉", "王老吉", "李锦记", "杨国福", "马应龙", "陈李济", "李宁", "王守义"]
EN_VENDORS = ["Tesla", "Siemens", "Schneider Electric", "Porsche Engineering", "Ford Pro"]
UA_APP = ["okhttp/4.12.0", "okhttp/3.14.9", "Dart/3.3 (dart:io)",
          "Dalvik/2.1.0 (Linux; U; Android 13; V2218A Build/TP1A.220624.014)",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
          "Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x1800312d) NetType/WIFI Language/zh_CN",
          "Mozilla/5.0 (Linux; Android 12; M2102J2SC Build/SKQ1.211006.001; wv) AppleWebKit/537.36 "
          "(KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 AlipayClient/10.5.86"]
UA_DESK = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/126.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
           "Version/17.4 Safari/605.1.15",
           "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"]
MASK_MARKERS = ("*", "REDACTED", "FILTERED", "masked", "redacted", "MASKED")


# ----------------------------------------------------------------------------- small helpers
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def gb11643(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def nx(s):
    """nginx default access-log escaping of a string (bytes > 0x7e, '"' and '\\' as \\xHH)."""
    out = []
    for b in s.encode("utf-8"):
        if b < 0x20 or b > 0x7E or b in (0x22, 0x5C):
            out.append("\\x%02X" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def pct(s):
    return quote(s, safe="")


def _b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def _pn_valid(s, region=None):
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
    except phonenumbers.NumberParseException:
        return False


def _is_cjk(ch):
    return "\u3400" <= ch <= "\u9fff"


# ----------------------------------------------------------------------------- labelled items
class V:
    """A labelled value inside a template: lab is a TYPE (span) or a decoy KIND."""
    __slots__ = ("v", "lab", "bare")

    def __init__(self, v, lab, bare=False):
        self.v, self.lab, self.bare = v, lab, bare


def S(v, t):
    assert t in TYPES, t
    return V(v, t)


def D(v, k):
    assert k in KINDS, k
    return V(v, k)


def DN(v, k):
    """decoy printed as a bare JSON number"""
    assert k in KINDS, k
    return V(str(v), k, bare=True)


def SN(v, t):
    assert t in TYPES, t
    return V(str(v), t, bare=True)


class M:
    """A JSON string value built of literal parts and labelled values."""

    def __init__(self, *items):
        self.items = items


class O:
    """A nested JSON object (list of pairs)."""

    def __init__(self, pairs):
        self.pairs = pairs


def _flat(items, out=None):
    if out is None:
        out = []
    for it in items:
        if isinstance(it, V) or isinstance(it, str):
            out.append(it)
        elif isinstance(it, (list, tuple)):
            _flat(it, out)
        else:
            out.append(str(it))
    return out


def jesc(s, ea=False, slash=False, htm=False):
    out = json.dumps(s, ensure_ascii=ea)[1:-1]
    if slash:
        out = out.replace("/", "\\/")
    if htm:
        out = out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return out


def esc_items(items, **kw):
    out = []
    for it in _flat(items):
        if isinstance(it, V):
            out.append(V(jesc(it.v, **kw), it.lab))
        else:
            out.append(jesc(it, **kw))
    return out


def _jval(val, sep, kw):
    if isinstance(val, V):
        if val.bare:
            return [val]
        return ['"', V(jesc(val.v, **kw), val.lab), '"']
    if isinstance(val, M):
        return ['"'] + esc_items(val.items, **kw) + ['"']
    if isinstance(val, O):
        return J(val.pairs, sep=sep, **kw)
    if isinstance(val, list):
        out = ["["]
        for i, x in enumerate(val):
            if i:
                out.append(sep[0])
            out.extend(_jval(x, sep, kw))
        out.append("]")
        return out
    if isinstance(val, str):
        return ['"' + jesc(val, **kw) + '"']
    return [json.dumps(val)]


def J(pairs, sep=(",", ":"), ea=False, slash=False, htm=False):
    kw = dict(ea=ea, slash=slash, htm=htm)
    out = ["{"]
    for i, (k, val) in enumerate(pairs):
        if i:
            out.append(sep[0])
        out.append('"' + jesc(k, **kw) + '"' + sep[1])
        out.extend(_jval(val, sep, kw))
    out.append("}")
    return out


def PY(pairs):
    """Python dict repr with labelled values."""
    out = ["{"]
    for i, (k, val) in enumerate(pairs):
        if i:
            out.append(", ")
        out.append(repr(k) + ": ")
        if isinstance(val, V):
            r = repr(val.v)
            out += [r[0], V(r[1:-1], val.lab), r[-1]]
        else:
            out.append(repr(val))
    out.append("}")
    return out


# ----------------------------------------------------------------------------- generator
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in FAKER_LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.dt = None

    # basics
    def pick(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def n(self, a, b):
        return str(self.r.randint(a, b))

    def digits(self, k):
        return "".join(self.r.choice("0123456789") for _ in range(k))

    def hex(self, k, up=False):
        s = "%0*x" % (k, self.r.getrandbits(4 * k))
        return s.upper() if up else s

    def an(self, k, chars=ALNUM):
        return "".join(self.r.choice(chars) for _ in range(k))

    def rbytes(self, k):
        return self.r.getrandbits(8 * k).to_bytes(k, "big")

    # time
    def new_time(self):
        base = datetime(2026, 1, 1, tzinfo=CST)
        self.dt = base + timedelta(seconds=self.r.randrange(365 * 86400),
                                   microseconds=self.r.randrange(1000000))

    def utc(self):
        return self.dt.astimezone(timezone.utc)

    def t_nginx(self, utc=False):
        d = self.utc() if utc else self.dt
        return d.strftime("%d/%b/%Y:%H:%M:%S ") + ("+0000" if utc else "+0800")

    def t_iso(self, ms=True, sep=True):
        s = self.dt.strftime("%Y-%m-%dT%H:%M:%S")
        if ms:
            s += ".%03d" % (self.dt.microsecond // 1000)
        return s + ("+08:00" if sep else "+0800")

    def t_iso_us(self):
        return self.dt.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+08:00"

    def t_utc(self, ms=True, us=False):
        d = self.utc()
        s = d.strftime("%Y-%m-%dT%H:%M:%S")
        if us:
            s += ".%06d" % d.microsecond
        elif ms:
            s += ".%03d" % (d.microsecond // 1000)
        return s + "Z"

    def t_log4j(self):
        return self.dt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (self.dt.microsecond // 1000)

    def t_logback(self):
        return self.dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (self.dt.microsecond // 1000)

    def t_plain(self):
        return self.dt.strftime("%Y-%m-%d %H:%M:%S")

    def t_slash(self):
        return self.dt.strftime("%Y/%m/%d %H:%M:%S")

    def t_syslog(self):
        return "%s %2d %s" % (self.dt.strftime("%b"), self.dt.day, self.dt.strftime("%H:%M:%S"))

    def t_date(self):
        return self.dt.strftime("%Y-%m-%d")

    def t_hm(self):
        return self.dt.strftime("%H:%M")

    def epoch(self):
        return int(self.dt.timestamp())

    def epoch_ms(self):
        return int(self.dt.timestamp() * 1000)

    def epoch_f(self):
        return "%d.%06d" % (self.epoch(), self.dt.microsecond)

    def rt(self):
        return "%.3f" % (self.r.randint(1, 2500) / 1000)

    def ua_app(self):
        return self.pick(UA_APP)

    def ua_desk(self):
        return self.pick(UA_DESK)

    # ---- PERSON
    def zh_given(self):
        x = self.r.random()
        if x < 0.35:
            return self.pick(GIVEN_1)
        if x < 0.8:
            return self.pick(GIVEN_2)
        return self.pick(GIVEN_1) + self.pick(GIVEN_1)

    def minority(self):
        x = self.r.random()
        if x < 0.55:
            return self.pick(UYGHUR_1) + "·" + self.pick(UYGHUR_2)
        return self.pick(OTHER_MINORITY)

    def person_zh(self, minority=None):
        if minority:
            return self.minority()
        x = self.r.random()
        if x < 0.5:
            return self.fk["zh_CN"].name()
        if x < 0.6:
            return self.fk["zh_TW"].name()
        if x < 0.72:
            return self.pick(COMPOUND_SUR) + self.zh_given()
        if x < 0.84:
            return self.pick(RARE_SUR) + self.zh_given()
        return self.minority()

    def surname_zh(self):
        x = self.r.random()
        if x < 0.8:
            return self.pick(COMMON_SUR)
        if x < 0.9:
            return self.pick(COMPOUND_SUR)
        return self.pick(RARE_SUR)

    def person_en(self, loc=None):
        f = self.fk[loc or self.pick(EN_LOCALES)]
        return "%s %s" % (f.first_name(), f.last_name())

    def surname_en(self):
        return self.fk[self.pick(EN_LOCALES)].last_name()

    def person_any(self):
        return self.person_zh() if self.p(0.5) else self.person_en()

    @staticmethod
    def _ascii(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
        return re.sub(r"[^a-z]", "", s)

    def login(self):
        s, gv = self.pick(PY_SUR), self.pick(PY_GIV)
        k = self.r.randrange(8)
        if k == 0:
            return "%s.%s" % (s, gv)
        if k == 1:
            return "%s%s%02d" % (s, gv, self.r.randint(1, 99))
        if k == 2:
            return "%s.%s" % (gv, s)
        if k == 3:
            return "%s_%s" % (s, gv)
        if k == 4:
            return "%s%s" % (s, gv)
        f = self.fk[self.pick(["en_US", "en_GB", "en_AU"])]
        first, last = self._ascii(f.first_name()), self._ascii(f.last_name())
        if k == 5 and first and last:
            return first[0] + last
        if first and last:
            return "%s.%s" % (first, last)
        return "%s.%s" % (s, gv)

    def pinyin_upper(self):
        return self.pick(PY_SUR).upper(), self.pick(PY_GIV).upper()

    # ---- EMAIL
    def qq(self):
        return str(self.r.randint(10000, 3999999999))

    def email(self):
        x = self.r.random()
        if x < 0.18:
            return self.qq() + "@qq.com"
        if x < 0.5:
            return self.login() + "@" + self.pick(CN_MAIL)
        if x < 0.58:
            return self.mobile_digits() + "@139.com"
        if x < 0.7:
            return "%s.%s@yitu-mobility.com" % (self.pick(PY_SUR), self.pick(PY_GIV))
        for _ in range(20):
            f = self.fk[self.pick(EN_LOCALES)]
            e = "%s@%s" % (f.user_name(), f.free_email_domain())
            if re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", e):
                return e
        return "%s%02d@gmail.com" % (self.pick(PY_GIV), self.r.randint(1, 99))

    def role_mail(self):
        return "%s@%s" % (self.pick(ROLE_LOCALS), self.pick(COMPANY_DOMAINS))

    # ---- PHONE
    def mobile_digits(self):
        while True:
            d = self.pick(CN_MOB_PFX) + self.digits(8)
            if _pn_valid("+86" + d):
                return d

    def mobile(self, style=None):
        d = self.mobile_digits()
        if style is None:
            style = 0 if self.p(0.45) else self.r.randrange(1, 10)
        a, b, c = d[:3], d[3:7], d[7:]
        return [d, "%s %s %s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+86 %s %s %s" % (a, b, c),
                "+86" + d, "+86-" + d, "(+86) %s-%s-%s" % (a, b, c), "0086 " + d, "86-" + d,
                "+86 " + d][style]

    def landline(self, style=None):
        while True:
            ac = self.pick(CN_AREAS)
            sub = str(self.r.randint(2, 8)) + self.digits(7)
            if _pn_valid("+86" + ac + sub):
                break
        if style is None:
            style = self.r.randrange(6)
        return ["0%s-%s" % (ac, sub), "(0%s)%s" % (ac, sub), "0%s %s %s" % (ac, sub[:4], sub[4:]),
                "+86 %s %s %s" % (ac, sub[:4], sub[4:]), "+86-%s-%s" % (ac, sub),
                "0%s-%s-%s" % (ac, sub[:4], sub[4:])][style]

    def fphone(self, region=None, fmt=None):
        num = None
        for _ in range(200):
            reg = region or self.pick(FOREIGN_REGIONS)
            if self.p(0.7):
                ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
            else:
                ex = phonenumbers.example_number(reg)
            if ex is None:
                continue
            nsn = phonenumbers.national_significant_number(ex)
            k = min(4, len(nsn) - 3)
            cand = phonenumbers.parse("+%d%s" % (ex.country_code, nsn[:-k] + self.digits(k)), None)
            if phonenumbers.is_valid_number(cand):
                num = cand
                break
        if num is None:
            num = ex
        if fmt is None:
            fmt = self.pick(["E164", "INTERNATIONAL", "INTERNATIONAL", "NATIONAL"])
        return phonenumbers.format_number(num, getattr(phonenumbers.PhoneNumberFormat, fmt))

    def phone(self):
        x = self.r.random()
        if x < 0.6:
            return self.mobile()
        if x < 0.75:
            return self.landline()
        return self.fphone()

    # ---- cards, banks, ids
    def card(self, brand=None, style=None):
        brand = brand or self.pick(["visa", "mc", "amex", "unionpay", "unionpay", "jcb"])
        if brand == "visa":
            pfx, L = "4" + self.digits(5), 16
        elif brand == "mc":
            pfx = (self.pick(["51", "52", "53", "54", "55"]) + self.digits(4)) if self.p(0.7) else \
                (str(self.r.randint(2221, 2720)) + self.digits(2))
            L = 16
        elif brand == "amex":
            pfx, L = self.pick(["34", "37"]) + self.digits(4), 15
        elif brand == "jcb":
            pfx, L = str(self.r.randint(3528, 3589)) + self.digits(2), 16
        else:
            pfx, L = self.pick(UNIONPAY_BINS), self.pick([16, 16, 19])
        body = pfx + self.digits(L - 1 - len(pfx))
        num = body + luhn_digit(body)
        if style is None:
            style = self.pick(["plain", "plain", "plain", "space", "space", "dash"])
        if style == "plain":
            return num
        if L == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, L, 4)]
        return (" " if style == "space" else "-").join(groups)

    def iban(self, country=None, grouped=None):
        cc = country or self.pick(list(IBAN_SPEC))
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
            cnt = int(cnt)
            if kind == "a":
                pool = IBAN_BANKS.get(cc)
                bban += self.pick(pool) if pool and len(pool[0]) == cnt else self.an(cnt, PLATE_LETTERS)
            else:
                bban += self.digits(cnt)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        s = cc + "%02d" % (98 - int(num) % 97) + bban
        if grouped is None:
            grouped = self.p(0.5)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))
        return s.replace("-", "") if self.p(0.15) else s

    def cnid(self):
        b = date(1955, 1, 1) + timedelta(days=self.r.randrange(365 * 50))
        body = self.pick(ID_AREAS) + b.strftime("%Y%m%d") + "%03d" % self.r.randrange(1000)
        c = gb11643(body)
        if c == "X" and self.p(0.2):
            c = "x"
        return body + c

    def passport(self, kind=None):
        kind = kind or self.pick(["cn", "cn", "cn", "cn", "us", "gb", "de", "fr", "jp", "kr", "in"])
        if kind == "cn":
            x = self.r.random()
            if x < 0.5:
                return "E" + self.digits(8)
            if x < 0.8:
                return "E" + self.pick(PLATE_LETTERS) + self.digits(7)
            return "G" + self.digits(8)
        if kind == "us":
            return self.pick("ACEFGHJKLMNPRSTUVWXYZ") + self.digits(8)
        if kind == "gb":
            return str(self.r.randint(1, 9)) + self.digits(8)
        if kind == "de":
            return self.pick("CFGHJK") + self.an(8, "CFGHJKLMNPRTVWXYZ0123456789")
        if kind == "fr":
            return self.digits(2) + self.an(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(5)
        if kind == "jp":
            return self.pick(["TK", "TR", "MZ", "TZ", "MU"]) + self.digits(7)
        if kind == "kr":
            return "M" + self.digits(8)
        return self.pick("JKLMNPRSTUVWZ") + self.digits(7)

    # ---- plates
    def plate_cn(self, sep=None, kind=None):
        if sep is None:
            sep = self.pick(["", "", "·", "·", " ", "-"])
        prov, city = self.pick(PROVINCES), self.pick(PLATE_LETTERS)
        kind = kind or self.pick(["blue"] * 10 + ["nev"] * 5 + ["nevbig"] * 2 + ["special"])
        if kind == "blue":
            ch = list(self.digits(5))
            for _ in range(self.pick([0, 0, 1, 1, 2])):
                ch[self.r.randrange(5)] = self.pick(PLATE_LETTERS)
            tail = "".join(ch)
        elif kind == "nev":
            tail = self.pick("DF") + (self.digits(5) if self.p(0.6) else
                                      self.pick(PLATE_LETTERS) + self.digits(4))
        elif kind == "nevbig":
            tail = self.digits(5) + self.pick("DF")
        else:
            tail = self.an(4, "0123456789") + self.pick("学挂")
        return prov + city + sep + tail

    def plate_cross(self, sep=None):
        if sep is None:
            sep = self.pick(["", "·", " "])
        return "粤Z" + sep + self.an(4, PLATE_LETTERS + "0123456789") + self.pick("港澳")

    def plate_foreign(self):
        k = self.r.randrange(5)
        if k == 0:
            return self.an(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + str(self.r.randint(1, 9999))
        if k == 1:
            return self.an(3, PLATE_LETTERS) + "-" + self.digits(4)
        if k == 2:
            return str(self.r.randint(1, 9)) + self.an(3, PLATE_LETTERS) + self.digits(3)
        if k == 3:
            return self.an(2, PLATE_LETTERS) + self.digits(2) + " " + self.an(3, PLATE_LETTERS)
        return self.pick(["M", "B", "HH", "S", "F"]) + "-" + self.an(2, PLATE_LETTERS) + " " + \
            str(self.r.randint(1, 9999))

    def plate(self):
        x = self.r.random()
        if x < 0.9:
            return self.plate_cn()
        if x < 0.95:
            return self.plate_cross()
        return self.plate_foreign()

    # ---- IPs
    def cip4(self):
        return "%s.%d.%d" % (self.pick(CLIENT_V4), self.r.randint(0, 255), self.r.randint(1, 254))

    def cip6(self):
        pfx = self.pick(CLIENT_V6).split(":")
        groups = pfx + ["%x" % self.r.randrange(0x10000) for _ in range(8 - len(pfx))]
        return str(ipaddress.IPv6Address(":".join(groups)))

    def cip(self):
        return self.cip6() if self.p(0.15) else self.cip4()

    def office_ip(self):
        if self.p(0.5):
            return "192.168.%d.%d" % (self.r.randint(1, 12), self.r.randint(20, 250))
        return "10.10.%d.%d" % (self.r.randint(1, 60), self.r.randint(20, 250))

    def attacker_ip(self):
        return "%s.%d" % (self.pick(ATTACK_V4), self.r.randint(1, 254))

    def sip(self):
        x = self.r.random()
        if x < 0.6:
            return "10.%d.%d.%d" % (self.r.randint(0, 40), self.r.randint(0, 255), self.r.randint(2, 254))
        if x < 0.85:
            return "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(2, 254))
        return "192.168.%d.%d" % (self.r.randint(0, 20), self.r.randint(2, 254))

    # ---- credentials
    def password(self, url_safe=False):
        k = self.r.randrange(5)
        if k == 0:
            w = self.pick(["Yitu", "Parking", "Charge", "Bike", "Welcome", "Qwer", "Admin", "Summer"])
            return w + ("_" if url_safe else self.pick("@#!")) + self.n(2019, 2027)
        if k == 1:
            return self.pick(PY_SUR) + self.pick(PY_GIV) + self.n(1970, 2005)
        if k == 2:
            return self.an(16, ALNUM)
        chars = ALNUM + ("_-." if url_safe else "!#$^_-.=~?")
        while True:
            s = self.an(self.r.randint(10, 18), chars)
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s

    def jwt(self):
        hdr = _b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        body = {"sub": self.n(10000000, 99999999), "iat": self.epoch(), "exp": self.epoch() + 7200,
                "iss": self.pick(["yitu-auth", "member-svc", "https://sso.yitu.cn"])}
        if self.p(0.5):
            body["scope"] = self.pick(["member:read", "ride park", "charge:write"])
        pl = _b64u(json.dumps(body, separators=(",", ":")).encode())
        return "%s.%s.%s" % (hdr, pl, _b64u(self.rbytes(32)))

    def cloud_keys(self):
        k = self.r.randrange(3)
        if k == 0:
            return ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5t" + self.an(18),
                    "ALIBABA_CLOUD_ACCESS_KEY_SECRET", self.an(30))
        if k == 1:
            return ("AWS_ACCESS_KEY_ID", "AKIA" + self.an(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                    "AWS_SECRET_ACCESS_KEY", self.an(40, ALNUM + "/+"))
        return ("TENCENTCLOUD_SECRET_ID", "AKID" + self.an(32), "TENCENTCLOUD_SECRET_KEY", self.an(32))

    def ec_key_body(self):
        der = bytes.fromhex("30770201010420") + self.rbytes(32) + \
            bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + self.rbytes(64)
        b = base64.b64encode(der).decode()
        return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))

    # ---- decoys
    def order_id(self, pfx=None):
        pfx = pfx if pfx is not None else self.pick(["R", "PK", "CH", "BK", "RD", ""])
        return pfx + self.dt.strftime("%Y%m%d%H%M%S") + self.digits(4)

    def luhn16(self):
        body = (self.dt.strftime("%Y%m%d") + self.digits(7)) if self.p(0.6) else \
            (self.pick(["62", "88", "40", "35"]) + self.digits(13))
        return body + luhn_digit(body)

    def id11(self):
        return "1" + self.digits(10)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def amount(self):
        return "%d.%02d" % (self.r.randint(1, 399), self.pick([0, 0, 50, 5, 99, 80, 25]))

    def empno(self):
        return self.pick(["A", "YT", "KF", "OP", ""]) + self.digits(self.r.randint(4, 6))

    def charger(self):
        return "%s-%s-%03d-%02d" % (self.pick(["SZ", "SH", "BJ", "HZ", "CD", "GZ"]),
                                    self.pick(["NS", "PD", "CY", "XH", "GX", "TH"]),
                                    self.r.randint(1, 300), self.r.randint(1, 8))

    def lot_id(self):
        return "%s-%s-%03d" % (self.pick(["0571", "021", "010", "0755", "028"]),
                               self.pick(["XH", "PD", "CY", "NS", "JH"]), self.r.randint(1, 120))

    def dev_sn(self):
        return self.pick(["BK", "CP", "LK", "CAM", "GW"]) + self.dt.strftime("%Y") + \
            self.pick(PLATE_LETTERS) + self.digits(5)

    def imei(self):
        body = self.pick(["86", "35"]) + self.digits(12)
        return body + luhn_digit(body)

    def ver(self):
        return "%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 20), self.r.randint(0, 30))

    def pickup(self):
        return self.digits(self.pick([4, 6, 6]))

    def flight(self):
        return self.pick(["CA", "MU", "CZ", "HU", "3U", "ZH", "FM", "HO"]) + str(self.r.randint(101, 9899))

    def train(self):
        return self.pick("GDCK") + str(self.r.randint(1, 2999))


# ----------------------------------------------------------------------------- templates
TEMPLATES = []


def tpl(lang, system, spans, decoys):
    def deco(fn):
        TEMPLATES.append((fn, lang, system, tuple(spans.split()), tuple(decoys.split())))
        return fn
    return deco


# ---------------------------------------------------------------- gateways / proxies
@tpl("en", "nginx combined + upstream fields", "IP_ADDRESS PHONE_NUMBER", "server_ip port")
def _(g):
    path = g.pick(["/api/v2/member/profile", "/api/v1/sms/login", "/member/v3/bind", "/bike/api/user/query"])
    return [S(g.cip4(), IP), ' - - [', g.t_nginx(), '] "GET ', path, '?',
            g.pick(["mobile", "phone", "tel", "phoneNo"]), '=', S(pct(g.mobile()), PH), '&_t=',
            str(g.epoch_ms()), ' HTTP/1.1" 200 ', g.n(120, 4096), ' "-" "', g.ua_app(), '" rt=', g.rt(),
            ' uct="0.000" urt="', g.rt(), '" ups="', D(g.sip(), "server_ip"), ':',
            D(g.pick(["8080", "8081", "9000", "18080"]), "port"), '"']


@tpl("en", "nginx combined, basic-auth ops console", "IP_ADDRESS PERSON", "system_account")
def _(g):
    user = D(g.pick(["admin", "root", "ops", "deploy", "grafana"]), "system_account") if g.p(0.3) \
        else S(g.login(), PER)
    req = g.pick(['GET /admin/ HTTP/1.1', 'POST /admin/login HTTP/1.1',
                  'GET /grafana/d/park-overview?orgId=1 HTTP/2.0', 'GET /kibana/app/discover HTTP/1.1',
                  'GET /nacos/v1/cs/configs?dataId=pay-callback.yaml&group=DEFAULT_GROUP HTTP/1.1'])
    return [S(g.office_ip() if g.p(0.5) else g.cip4(), IP), ' - ', user, ' [', g.t_nginx(), '] "', req, '" ',
            g.pick(["200", "302", "401", "304"]), ' ', g.n(0, 9000), ' "https://ops.yitu-mobility.com/" "',
            g.ua_desk(), '"']


@tpl("en", "nginx log_format escape=json behind SLB", "IP_ADDRESS EMAIL_ADDRESS", "server_ip")
def _(g):
    em = g.email()
    return ['{"time_iso8601":"', g.t_iso(ms=False), '","remote_addr":"', D(g.sip(), "server_ip"),
            '","http_x_forwarded_for":"', S(g.cip(), IP), '","request":"GET /v1/coupon/claim?email=',
            S(pct(em) if g.p(0.6) else em, EM), '&src=h5 HTTP/2.0","status":"200","body_bytes_sent":"',
            g.n(40, 900), '","request_time":"', g.rt(), '","upstream_addr":"', D(g.sip(), "server_ip"),
            ':9000","http_user_agent":"', g.ua_app(), '"}']


@tpl("zh", "nginx default escaping, raw UTF-8 query from parking kiosk",
     "IP_ADDRESS PERSON LICENSE_PLATE", "amount")
def _(g):
    return [S(g.cip4(), IP), ' - - [', g.t_nginx(), '] "GET /kiosk/v1/invoice/title?plate=',
            S(nx(g.plate_cn(sep=g.pick(["", "·"]))), LP), '&buyer=', S(nx(g.person_zh()), PER), '&amt=',
            D(g.amount(), "amount"), ' HTTP/1.1" 200 61 "-" '
            '"Dalvik/2.1.0 (Linux; U; Android 7.1.2; rk3288 Build/NHG47K)"']


@tpl("en", "Envoy default access log", "IP_ADDRESS EMAIL_ADDRESS", "request_id server_ip")
def _(g):
    em = g.email()
    return ['[', g.t_utc(), '] "GET /api/v1/users/', S(pct(em) if g.p(0.5) else em, EM),
            '/devices HTTP/2" 200 - 0 ', g.n(80, 2000), ' ', g.n(3, 90), ' ', g.n(2, 80), ' "', S(g.cip(), IP),
            '" "', g.ua_app(), '" "', D(g.uuid(), "request_id"), '" "member.yitu.internal:8080" "',
            D(g.sip(), "server_ip"), ':8080"']


@tpl("en", "Kong file-log plugin JSON (cjson, escaped slashes)", "CREDENTIAL PERSON IP_ADDRESS",
     "server_ip uuid epoch_ts")
def _(g):
    user, ms = g.login(), g.epoch_ms()
    req = O([("querystring", O([])), ("size", g.n(200, 900)), ("uri", "/member/v1/points"),
             ("url", "https://api.yitu.cn:8443/member/v1/points"),
             ("headers", O([("host", "api.yitu.cn"), ("authorization", M("Bearer ", S(g.jwt(), CR))),
                            ("user-agent", g.ua_app()), ("x-consumer-username", S(user, PER))])),
             ("method", "GET")])
    pairs = [("request", req), ("upstream_uri", "/v1/points"),
             ("response", O([("status", 200), ("size", g.n(300, 2000))])),
             ("latencies", O([("request", 38), ("kong", 2), ("proxy", 36)])),
             ("tries", [O([("balancer_latency", 0), ("port", 8080), ("ip", D(g.sip(), "server_ip"))])]),
             ("consumer", O([("username", S(user, PER)), ("id", D(g.uuid(), "uuid"))])),
             ("client_ip", S(g.cip(), IP)), ("started_at", DN(ms, "epoch_ts"))]
    return J(pairs, slash=True)


@tpl("en", "Kong nginx access log with kong_request_id, apikey in query", "IP_ADDRESS CREDENTIAL",
     "request_id")
def _(g):
    return [S(g.cip4(), IP), ' - - [', g.t_nginx(), '] "GET /open/v1/stations/nearby?lng=121.4737&lat=31.2304&',
            g.pick(["apikey", "api_key", "key"]), '=', S(g.an(32), CR), ' HTTP/1.1" 200 ', g.n(300, 5000),
            ' "-" "', g.pick(["okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/1.1"]),
            '" kong_request_id: "', D(g.hex(32), "request_id"), '"']


# ---------------------------------------------------------------- Java
@tpl("en", "Logback PatternLayout, auth failure", "PERSON IP_ADDRESS", "")
def _(g):
    return [g.t_logback(), ' [http-nio-8080-exec-', g.n(1, 200), '] WARN  c.y.member.service.AuthService - ',
            'Login failed for user=', S(g.login(), PER), ' from ', S(g.cip(), IP), ': Bad credentials (attempt ',
            g.n(1, 5), '/5)']


@tpl("en", "Log4j2 PatternLayout, HikariCP init failure with JDBC URL", "CREDENTIAL",
     "server_ip port system_account")
def _(g):
    kind, port, db = g.pick([("mysql", "3306", "charging"), ("postgresql", "5432", "park"),
                             ("mysql", "3306", "member")])
    return [g.t_log4j(), ' ERROR [main] com.zaxxer.hikari.pool.HikariPool (HikariPool.java:593) - ',
            'HikariPool-1 - Exception during pool initialization. jdbcUrl=jdbc:', kind, '://',
            D(g.sip(), "server_ip"), ':', D(port, "port"), '/', db, '?user=',
            D(g.pick(["charge_rw", "park_app", "member_w", "app_rw"]), "system_account"), '&password=',
            S(g.password(url_safe=True), CR), '&useSSL=false&serverTimezone=Asia/Shanghai']


@tpl("en", "Log4j2 JsonLayout compact, bike unlock", "PHONE_NUMBER", "epoch_ts device_serial")
def _(g):
    pairs = [("instant", O([("epochSecond", DN(g.epoch(), "epoch_ts")),
                            ("nanoOfSecond", g.dt.microsecond * 1000)])),
             ("thread", "kafka-listener-" + g.n(1, 8)), ("level", "INFO"),
             ("loggerName", "com.yitu.bike.unlock.UnlockService"),
             ("message", M("unlock ok bikeSn=", D(g.dev_sn(), "device_serial"), " userMobile=",
                           S(g.mobile(), PH), " lockType=NB-IoT cost=", g.n(80, 900), "ms")),
             ("endOfBatch", False), ("loggerFqcn", "org.apache.logging.log4j.spi.AbstractLogger"),
             ("threadId", int(g.n(20, 90))), ("threadPriority", 5)]
    return J(pairs)


@tpl("en", "Spring Boot 3 default console, UnionPay tokenize error", "CREDIT_CARD", "order_id")
def _(g):
    return [g.t_iso(), ' ERROR 1 --- [payment-gateway] [nio-8443-exec-', g.n(1, 9),
            '] c.y.p.gateway.unionpay.UnionPayClient    : tokenize failed: orderId=', D(g.order_id(), "order_id"),
            ', accNo=', S(g.card(), CC), ', respCode=14, respMsg=无效卡号']


@tpl("zh", "Spring Cloud Sleuth console, Chinese message", "PHONE_NUMBER", "trace_id span_id invite_code")
def _(g):
    return [g.t_logback(), '  INFO [member-svc,', D(g.hex(16), "trace_id"), ',', D(g.hex(16), "span_id"),
            '] 1 --- [nio-8080-exec-', g.n(1, 9), '] c.y.m.controller.MemberController        : ',
            '用户注册成功，手机号：', S(g.mobile(), PH), '，邀请码：', D(g.an(6, UPPER_NUM), "invite_code")]


@tpl("zh", "Log4j2 pattern, 实名认证失败", "PERSON CN_RESIDENT_ID", "")
def _(g):
    return [g.t_log4j(), ' WARN  [kyc-worker-', g.n(1, 8), '] c.y.kyc.RealNameService - 实名认证失败：姓名=',
            S(g.person_zh(), PER), '，身份证号=', S(g.cnid(), CID), '，原因=姓名与身份证号不一致（公安接口返回 code=2）']


@tpl("zh", "Logback LogstashEncoder JSON, Chinese message", "PHONE_NUMBER", "order_id trace_id")
def _(g):
    pairs = [("@timestamp", g.t_iso()), ("@version", "1"),
             ("message", M("退款回调处理成功，订单号 ", D(g.order_id("RF"), "order_id"), "，付款人手机 ",
                           S(g.mobile(), PH))),
             ("logger_name", "com.yitu.pay.refund.RefundCallbackHandler"),
             ("thread_name", "http-nio-8080-exec-" + g.n(1, 50)), ("level", "INFO"), ("level_value", 20000),
             ("traceId", D(g.hex(32), "trace_id"))]
    return J(pairs)


@tpl("zh", "Lettuce/Spring Redis connect failure, Chinese message", "CREDENTIAL",
     "system_account server_ip port")
def _(g):
    return [g.t_logback(), ' ERROR [order-svc,,] 1 --- [lettuce-eventExecutorLoop-1-', g.n(1, 8),
            '] c.y.order.config.RedisConfig            : Redis 连接失败，url=redis://',
            D(g.pick(["default", "app_order", "svc-order"]), "system_account"), ':', S(g.password(url_safe=True), CR),
            '@', D(g.sip(), "server_ip"), ':', D("6379", "port"), '/0，错误：NOAUTH Authentication required.']


# ---------------------------------------------------------------- Go
@tpl("zh", "zap production JSON, dispatch (Chinese msg)", "PERSON PHONE_NUMBER LICENSE_PLATE",
     "epoch_ts order_id")
def _(g):
    pairs = [("level", "info"), ("ts", DN(g.epoch_f(), "epoch_ts")), ("caller", "dispatch/assign.go:88"),
             ("msg", "司机已接单"), ("order_id", D(g.order_id("R"), "order_id")),
             ("driver", S(g.person_zh(), PER)), ("driver_phone", S(g.mobile(), PH)), ("plate", S(g.plate_cn(), LP)),
             ("eta_sec", int(g.n(60, 900)))]
    return J(pairs)


@tpl("zh", "zap production JSON, charging session ended", "LICENSE_PLATE PHONE_NUMBER",
     "epoch_ts place charger_id")
def _(g):
    pairs = [("level", "warn"), ("ts", DN(g.epoch_f(), "epoch_ts")), ("caller", "charge/session.go:211"),
             ("msg", "充电异常结束"), ("station", D(g.pick(PLACES) + "充电站", "place")),
             ("gun", D(g.charger(), "charger_id")), ("plate", S(g.plate_cn(), LP)), ("phone", S(g.mobile(), PH)),
             ("soc", int(g.n(20, 99))), ("kwh", float(g.n(100, 6000)) / 100), ("stop_reason", "EVDisconnected")]
    return J(pairs)


@tpl("en", "zap development console (tab separated)", "IP_ADDRESS", "user_id port version")
def _(g):
    return [g.t_iso(sep=False), '\tINFO\tws/hub.go:', g.n(40, 300), '\tclient connected\t{"uid": ',
            D(g.n(10000000, 99999999), "user_id"), ', "remote": "', S(g.cip4(), IP), ':',
            D(g.n(20000, 65000), "port"), '", "appVersion": "', D(g.ver(), "version"), '"}']


@tpl("zh", "zerolog JSON, barrier timeout", "LICENSE_PLATE", "parking_lot_id device_serial")
def _(g):
    pairs = [("level", "error"), ("service", "park-gw"), ("lot", D(g.lot_id(), "parking_lot_id")),
             ("camera", D(g.dev_sn(), "device_serial")), ("plate", S(g.plate(), LP)),
             ("time", g.t_iso(ms=False)), ("message", "道闸抬杆超时，车辆滞留")]
    return J(pairs)


@tpl("en", "logrus TextFormatter, refund rejected", "CREDIT_CARD PERSON", "order_id")
def _(g):
    card = g.card()
    cv = ['"', S(card, CC), '"'] if re.search(r"[^0-9]", card) else [S(card, CC)]
    return ['time="', g.t_iso(ms=False), '" level=warning msg="refund rejected by issuer" card=', cv,
            ' order=', D(g.order_id(), "order_id"), ' user=', S(g.login(), PER), ' code=05']


@tpl("en", "zap JSON, private key parse failure", "CREDENTIAL", "epoch_ts")
def _(g):
    pairs = [("level", "error"), ("ts", DN(g.epoch_f(), "epoch_ts")), ("caller", "alipay/client.go:57"),
             ("msg", "failed to parse app private key"),
             ("key", M("-----BEGIN EC PRIVATE KEY-----\n", S(g.ec_key_body(), CR), "\n-----END EC PRIVATE KEY-----")),
             ("error", "x509: failed to parse private key (use ParseECPrivateKey instead for this key format)")]
    return J(pairs)


# ---------------------------------------------------------------- Python
@tpl("en", "python logging, Alipay async notify dict", "", "role_mailbox order_id masked")
def _(g):
    pairs = [("gmt_create", g.t_plain()), ("charset", "utf-8"), ("seller_email", D(g.role_mail(), "role_mailbox")),
             ("subject", "单车骑行费"), ("buyer_id", "2088" + g.digits(12)), ("notify_type", "trade_status_sync"),
             ("trade_no", D(g.dt.strftime("%Y%m%d") + "2200" + g.digits(16), "order_id")),
             ("buyer_logon_id", D(g.mobile_digits()[:3] + "****" + g.digits(4), "masked")),
             ("total_amount", g.amount()), ("trade_status", "TRADE_SUCCESS"), ("sign_type", "RSA2")]
    return [g.t_log4j(), ' - pay.alipay.notify - INFO - notify params: ', PY(pairs)]


@tpl("en", "python-json-logger (ensure_ascii), KYC mismatch", "PERSON CN_RESIDENT_ID", "request_id")
def _(g):
    pairs = [("asctime", g.t_log4j()), ("levelname", "WARNING"), ("name", "member.kyc"),
             ("message", "id verification mismatch"), ("real_name", S(g.person_zh(), PER)),
             ("id_no", S(g.cnid(), CID)), ("request_id", D(g.uuid(), "request_id"))]
    return J(pairs, sep=(", ", ": "), ea=True)


@tpl("zh", "python logging, refund payout dict repr", "PERSON CREDIT_CARD", "order_id amount")
def _(g):
    pairs = [("out_refund_no", D(g.order_id("RF"), "order_id")), ("payee_name", S(g.person_zh(), PER)),
             ("bank_card", S(g.card(brand="unionpay"), CC)), ("amount", D(g.amount(), "amount")),
             ("remark", "押金退还")]
    return [g.t_log4j(), ' INFO refund.worker 退款打款参数: ', PY(pairs)]


@tpl("en", "Celery worker, broker connection error (password masked by kombu)", "",
     "masked server_ip")
def _(g):
    ip = g.sip()
    return ['[', g.t_log4j(), ': ERROR/MainProcess] consumer: Cannot connect to redis://:', D("**", "masked"), '@',
            D(ip, "server_ip"), ':6379/0: Error 111 connecting to ', D(ip, "server_ip"),
            ':6379. Connection refused..']


@tpl("en", "uvicorn access log", "IP_ADDRESS EMAIL_ADDRESS", "port")
def _(g):
    em = g.email()
    return ['INFO:     ', S(g.cip4(), IP), ':', D(g.n(20000, 65000), "port"),
            ' - "GET /api/v1/members/lookup?email=', S(pct(em), EM), ' HTTP/1.1" ', g.pick(["200 OK", "404 Not Found"])]


# ---------------------------------------------------------------- Node
@tpl("en", "pino JSON with req serializer", "IP_ADDRESS EMAIL_ADDRESS", "epoch_ts port")
def _(g):
    pairs = [("level", 30), ("time", DN(g.epoch_ms(), "epoch_ts")), ("pid", int(g.n(1, 9000))),
             ("hostname", "member-api-7d9f8b6c5-" + g.an(5, LOWER_NUM)), ("reqId", "req-" + g.n(1, 9999)),
             ("req", O([("method", "POST"), ("url", "/v1/account/email"), ("host", "api.yitu.cn"),
                        ("remoteAddress", S("::ffff:" + g.cip4(), IP)), ("remotePort", DN(g.n(20000, 65000), "port"))])),
             ("newEmail", S(g.email(), EM)), ("msg", "email change requested")]
    return J(pairs)


@tpl("zh", "winston JSON, Aliyun SMS failure with JSON-in-JSON param", "PHONE_NUMBER",
     "template_id pickup_code")
def _(g):
    pairs = [("level", "error"), ("message", "短信发送失败: isv.BUSINESS_LIMIT_CONTROL 触发小时级流控"),
             ("PhoneNumbers", S(g.mobile(style=0), PH)), ("SignName", "驿途出行"),
             ("TemplateCode", D("SMS_" + g.digits(9), "template_id")),
             ("TemplateParam", M(J([("code", D(g.pickup(), "pickup_code"))]))), ("timestamp", g.t_utc())]
    return J(pairs)


@tpl("en", "morgan combined (Express), card in query", "IP_ADDRESS CREDIT_CARD", "version")
def _(g):
    return [S("::ffff:" + g.cip4(), IP), ' - - [', g.t_nginx(utc=True), '] "POST /api/wallet/bind?cardNo=',
            S(pct(g.card()), CC), ' HTTP/1.1" 200 87 "-" "YiTu/', D(g.ver(), "version"),
            ' (iPhone; iOS 17.5.1; Scale/3.00)"']


@tpl("en", "MongoDB driver error (Node), URI with password", "CREDENTIAL", "server_ip system_account")
def _(g):
    ip = g.sip()
    return [g.t_utc(), ' ride-history MongoServerSelectionError: connect ECONNREFUSED ', D(ip, "server_ip"),
            ':27017 (uri=mongodb://', D(g.pick(["ops_reader", "ride_app", "svc-ride"]), "system_account"), ':',
            S(g.password(url_safe=True), CR), '@', D(ip, "server_ip"), ':27017/ride?authSource=admin&replicaSet=rs0)']


@tpl("en", "Node debug dump of request headers (cookies)", "CREDENTIAL", "analytics_id")
def _(g):
    sid = "s%3A" + g.an(32, ALNUM + "-_") + "." + g.an(43, ALNUM)
    return ['debug: incoming headers { host: \'m.yitu.cn\', cookie: \'JSESSIONID=', S(g.hex(32, up=True), CR),
            '; _ga=', D("GA1.2.%s.%d" % (g.n(100000000, 1999999999), g.epoch() - 86400 * 30), "analytics_id"),
            '; connect.sid=', S(sid, CR), '\', \'user-agent\': \'', g.ua_desk(), '\' }']


# ---------------------------------------------------------------- payments
@tpl("en", "Twilio SMS status callback (form body)", "PHONE_NUMBER", "message_sid account_sid")
def _(g):
    sid = "SM" + g.hex(32)
    return ['twilio.status ', g.t_utc(), ' POST /hooks/sms/status body="SmsSid=', D(sid, "message_sid"),
            '&SmsStatus=undelivered&MessageStatus=undelivered&To=', S(pct(g.fphone(fmt="E164")), PH),
            '&MessagingServiceSid=MG', g.hex(32), '&MessageSid=', D(sid, "message_sid"), '&AccountSid=',
            D("AC" + g.hex(32), "account_sid"), '&ApiVersion=2010-04-01&ErrorCode=30003"']


@tpl("en", "WeChat Pay v3 refund notify, decrypted resource", "", "merchant_id transaction_id refund_id")
def _(g):
    amt = int(g.n(150, 30000))
    pairs = [("mchid", D("19" + g.digits(8), "merchant_id")), ("out_trade_no", g.order_id("R")),
             ("transaction_id", D("42000" + g.digits(5) + g.dt.strftime("%Y%m%d") + g.digits(10), "transaction_id")),
             ("out_refund_no", g.order_id("RF")), ("refund_id", D("503" + g.digits(26), "refund_id")),
             ("refund_status", "SUCCESS"), ("success_time", g.t_iso(ms=False)),
             ("user_received_account", "支付用户零钱"),
             ("amount", O([("total", amt), ("refund", amt), ("payer_total", amt), ("payer_refund", amt)]))]
    return ['wxpay.v3 refund notify resource decrypted: ', J(pairs)]


@tpl("zh", "微信支付回调验签失败 (APIv3 key leaked)", "CREDENTIAL", "merchant_id transaction_id")
def _(g):
    return [g.t_logback(), ' ERROR [pay-callback] 微信支付回调验签失败：商户号 ', D("16" + g.digits(8), "merchant_id"),
            '，transaction_id=', D("42000" + g.digits(5) + g.dt.strftime("%Y%m%d") + g.digits(10), "transaction_id"),
            '，请核对 APIv3 密钥（当前配置 ', S(g.an(32), CR), '）']


@tpl("en", "Stripe webhook summary (overseas rentals)", "EMAIL_ADDRESS", "event_id masked amount")
def _(g):
    return ['stripe.webhook id=', D("evt_" + g.an(24), "event_id"), ' type=charge.refunded livemode=true customer=cus_',
            g.an(14), ' receipt_email=', S(g.email(), EM), ' card=', g.pick(["visa", "mastercard", "amex"]), ' ',
            D("****" + g.digits(4), "masked"), ' amount_refunded=', D(g.n(500, 30000), "amount"), ' currency=hkd']


@tpl("en", "payout batch logfmt, IBAN rejected", "PERSON IBAN_CODE", "payout_id bic")
def _(g):
    cc = g.pick(["DE", "FR", "ES", "NL", "IT", "GB", "BE", "AT", "IE", "PT"])
    loc = {"DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "GB": "en_GB", "IE": "en_GB"}.get(cc, g.pick(EN_LOCALES))
    return ['time=', g.t_utc(ms=False), ' level=warn msg="payout item rejected" batch=',
            D("PO-2026-%06d" % int(g.n(1, 999999)), "payout_id"), ' beneficiary="', S(g.person_en(loc), PER),
            '" iban="', S(g.iban(cc), IB), '" bic=', D(g.an(4, PLATE_LETTERS) + cc + g.an(2, UPPER_NUM) + "XXX", "bic"),
            ' reason=', g.pick(["AC04", "AC01", "MD07", "AM05"])]


@tpl("en", "SEPA pain.001 credit transfer fragment (XML, one line)", "PERSON IBAN_CODE",
     "amount end_to_end_id")
def _(g):
    cc = g.pick(["DE", "FR", "ES", "NL", "IT", "BE", "AT", "LU", "PT"])
    loc = {"DE": "de_DE", "FR": "fr_FR", "ES": "es_ES"}.get(cc, g.pick(EN_LOCALES))
    return ['sepa.export <CdtTrfTxInf><PmtId><EndToEndId>', D("E2E" + g.dt.strftime("%Y%m%d") + g.digits(8), "end_to_end_id"),
            '</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">', D(g.amount(), "amount"),
            '</InstdAmt></Amt><Cdtr><Nm>', S(xml_escape(g.person_en(loc)), PER), '</Nm></Cdtr><CdtrAcct><Id><IBAN>',
            S(g.iban(cc, grouped=False), IB), '</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Deposit refund</Ustrd></RmtInf></CdtTrfTxInf>']


@tpl("en", "invoice service line, Luhn-valid order id", "", "luhn_order_id amount epoch_ts")
def _(g):
    return ['invoice.issued fpdm=0', g.digits(11), ' orderId=', D(g.luhn16(), "luhn_order_id"), ' amount=',
            D(g.amount(), "amount"), ' issuedAt=', D(str(g.epoch()), "epoch_ts"), ' channel=nuonuo status=OK']


# ---------------------------------------------------------------- databases / queues
@tpl("en", "MySQL 8 error log, access denied", "PERSON IP_ADDRESS", "system_account")
def _(g):
    user = D(g.pick(["root", "admin", "repl"]), "system_account") if g.p(0.3) else S(g.login(), PER)
    return [g.t_utc(us=True), ' ', g.n(8, 9999), " [Note] [MY-010926] [Server] Access denied for user '", user,
            "'@'", S(g.office_ip() if g.p(0.6) else g.cip4(), IP), "' (using password: YES)"]


@tpl("en", "PostgreSQL stderr, log_line_prefix with user/db/client", "PERSON IP_ADDRESS", "pid")
def _(g):
    u = g.login()
    return [g.t_plain(), ' CST [', D(g.n(1000, 60000), "pid"), ']: [1-1] user=', S(u, PER), ',db=',
            g.pick(["billing", "member", "park"]), ',app=[unknown],client=', S(g.office_ip(), IP),
            ' FATAL:  password authentication failed for user "', S(u, PER), '"']


@tpl("en", "Kafka Java consumer, deserialization error", "PHONE_NUMBER CREDIT_CARD", "kafka_offset order_id")
def _(g):
    val = J([("rideId", D(g.order_id("R"), "order_id")), ("riderPhone", S(g.mobile(), PH)),
             ("payCard", S(g.card(), CC)), ("fare", g.amount())])
    return ['[', g.t_log4j(), '] ERROR [Consumer clientId=consumer-ride-settle-1, groupId=ride-settle] ',
            'Failed to deserialize record at offset ', D(g.n(1000, 9999999), "kafka_offset"),
            ' in ride.completed-', g.n(0, 11), ', value=', val, ' (com.yitu.ride.settle.RideEventListener)']


@tpl("en", "Go Kafka consumer (sarama) std log", "EMAIL_ADDRESS PASSPORT", "kafka_offset user_id")
def _(g):
    val = J([("event", "member.registered"), ("email", S(g.email(), EM)), ("passport", S(g.passport(), PP)),
             ("nationality", g.pick(["CHN", "DEU", "GBR", "USA", "JPN", "KOR"]))])
    return [g.t_slash(), ' consumer.go:77: topic=member.registered partition=', g.n(0, 5), ' offset=',
            D(g.n(1000, 9999999), "kafka_offset"), ' key=', D(g.n(10000000, 99999999), "user_id"), ' value=', val]


@tpl("zh", "Kafka 消费失败 (Chinese ops wording)", "CREDIT_CARD PERSON", "kafka_offset user_id")
def _(g):
    msg = J([("uid", DN(g.n(10000000, 99999999), "user_id")), ("cardNo", S(g.card(brand="unionpay"), CC)),
             ("holder", S(g.person_zh(), PER)), ("amt", g.amount())])
    return ['[ride-settle-consumer] 消费失败，已写入死信队列 topic=order_paid partition=', g.n(0, 11), ' offset=',
            D(g.n(1000, 9999999), "kafka_offset"), ' msg=', msg]


@tpl("en", "Debezium MySQL change event", "PERSON EMAIL_ADDRESS PHONE_NUMBER", "epoch_ts version")
def _(g):
    after = O([("id", int(g.n(10000000, 99999999))), ("real_name", S(g.person_any(), PER)),
               ("email", S(g.email(), EM)), ("mobile", S(g.mobile(style=0), PH)), ("status", 1)])
    src = O([("version", D(g.pick(["2.5.0.Final", "2.7.3.Final", "1.9.7.Final"]), "version")),
             ("connector", "mysql"), ("name", "member"), ("ts_ms", g.epoch_ms() - 3), ("db", "member"),
             ("table", "t_member")])
    return J([("before", None), ("after", after), ("source", src), ("op", "c"), ("ts_ms", DN(g.epoch_ms(), "epoch_ts"))])


@tpl("zh", "DBA 备注 (slow SQL, Chinese prose)", "PERSON CN_RESIDENT_ID", "server_ip")
def _(g):
    return ['[DBA备注] 慢 SQL 来源应用服务器 ', D(g.sip(), "server_ip"), '，执行账号 ', S(g.login(), PER),
            '（个人账号，已提醒改用只读账号），语句：SELECT * FROM member WHERE id_card = \'', S(g.cnid(), CID),
            '\' LIMIT 1; 耗时 ', g.n(2, 9), '.', g.n(0, 9), 's']


# ---------------------------------------------------------------- IoT / MQTT / parking
@tpl("en", "EMQX 5 log, MQTT authentication failure", "PERSON IP_ADDRESS", "client_id port")
def _(g):
    return [g.t_iso_us(), ' [warning] msg: authentication_failure, clientid: ', D("app_" + g.hex(12), "client_id"),
            ', peername: ', S(g.cip4(), IP), ':', D(g.n(20000, 65000), "port"), ', username: ', S(g.login(), PER),
            ', reason: bad_username_or_password']


@tpl("en", "OCPP 1.6J frame from a charge point", "", "charger_id message_id rfid_tag company")
def _(g):
    cp, mid = g.charger(), g.n(10000000, 99999999)
    if g.p(0.5):
        body = J([("connectorId", int(g.n(1, 2))), ("idTag", D(g.hex(8, up=True), "rfid_tag")),
                  ("meterStart", int(g.n(0, 90000))), ("timestamp", g.t_utc(ms=False))])
        act = "StartTransaction"
    else:
        body = J([("chargePointVendor", D(g.pick(EN_VENDORS), "company")),
                  ("chargePointModel", g.pick(["Wallbox DC60", "Wall Connector", "EVlink Pro DC"])),
                  ("firmwareVersion", g.ver())])
        act = "BootNotification"
    return ['ocpp.ws <- ', D(cp, "charger_id"), ': [2,"', D(mid, "message_id"), '","', act, '",', body, ']']


@tpl("zh", "mosquitto_sub -v, barrier payload with Chinese keys", "LICENSE_PLATE", "parking_lot_id")
def _(g):
    return ['[MQTT] topic=park/lot/', D(g.lot_id(), "parking_lot_id"), '/barrier/in qos=1 retain=0 payload=',
            J([("车牌", S(g.plate_cn(), LP)), ("颜色", g.pick(["蓝", "绿", "黄", "白"])), ("置信度", int(g.n(80, 99))),
               ("入场时间", g.t_plain())])]


@tpl("en", "bike-lock IoT gateway key=value", "PERSON", "imei iccid")
def _(g):
    return [g.t_logback(), ' [LOCK-GW] imei=', D(g.imei(), "imei"), ' iccid=', D("8986" + g.digits(16), "iccid"),
            ' cmd=UNLOCK seq=', g.n(1, 9999), ' lat=31.', g.digits(6), ' lng=121.', g.digits(6), ' batt=', g.n(5, 100),
            ' result=OK user=', S(g.login(), PER)]


@tpl("en", "Hikvision ISAPI ANPR alert XML (one line)", "LICENSE_PLATE", "server_ip mac_address")
def _(g):
    mac = ":".join(g.hex(2) for _ in range(6))
    return ['<EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><ipAddress>',
            D(g.sip(), "server_ip"), '</ipAddress><portNo>80</portNo><protocol>HTTP</protocol><macAddress>',
            D(mac, "mac_address"), '</macAddress><channelID>1</channelID><dateTime>', g.t_iso(ms=False),
            '</dateTime><eventType>ANPR</eventType><eventState>active</eventState><ANPR><licensePlate>',
            S(g.plate(), LP), '</licensePlate><confidenceLevel>', g.n(80, 99),
            '</confidenceLevel><plateColor>blue</plateColor></ANPR></EventNotificationAlert>']


@tpl("zh", "RFC3164 syslog from ANPR camera, Chinese fields", "LICENSE_PLATE", "")
def _(g):
    return ['<134>', g.t_syslog(), ' gate-cam-0', g.n(1, 9), ' anpr[', g.n(100, 9999), ']: 车道=入口', g.n(1, 4),
            ' 车牌=“', S(g.plate_cn(), LP), '” 颜色=', g.pick(["蓝", "绿", "黄"]), ' 置信度=0.', g.n(80, 99),
            ' 抓拍=/snap/', g.dt.strftime("%Y%m%d"), '/', g.dt.strftime("%H%M%S"), '_0', g.n(1, 4), '.jpg']


@tpl("zh", "道闸月租车识别记录", "LICENSE_PLATE PERSON PHONE_NUMBER", "parking_lot_id")
def _(g):
    return ['道闸[', D(g.lot_id(), "parking_lot_id"), '-北门入口] 识别车牌 ', S(g.plate_cn(), LP), '，匹配月租车主 ',
            S(g.person_zh(), PER), '，有效期至 2027-01-31，车主手机 ', S(g.mobile(), PH), '，自动抬杆。']


@tpl("zh", "口岸停车场 cross-border plate, HK phone", "LICENSE_PLATE PERSON PHONE_NUMBER", "place")
def _(g):
    return ['【口岸停车场】', D(g.pick(["皇岗口岸", "深圳湾口岸", "港珠澳大桥珠海口岸", "拱北口岸"]), "place"),
            ' 车辆 ', S(g.plate_cross(), LP), ' 入场，司机 ', S(g.surname_zh(), PER), '先生，',
            g.pick(["香港", "澳门"]), '手机 ', S(g.fphone(region=g.pick(["HK", "MO"]), fmt="INTERNATIONAL"), PH),
            '，已登记临时停车。']


# ---------------------------------------------------------------- SMS / push / mail
@tpl("zh", "Aliyun SMS delivery report (JSON array)", "PHONE_NUMBER", "request_id")
def _(g):
    return ['['] + J([("phone_number", S(g.mobile(style=0), PH)), ("send_time", g.t_plain()),
                      ("report_time", g.t_plain()), ("success", True), ("err_code", "DELIVERED"),
                      ("err_msg", "用户接收成功"), ("sms_size", "1"),
                      ("biz_id", D(g.n(100000, 999999) + g.digits(12) + "^0", "request_id")), ("out_id", "")]) + [']']


@tpl("zh", "短信下发日志 (verification code)", "PHONE_NUMBER", "template_id pickup_code")
def _(g):
    return ['短信发送成功 手机号=', S(g.mobile(), PH), ' 模板=', D("SMS_" + g.digits(9), "template_id"),
            ' 内容=【驿途出行】您的验证码为', D(g.digits(6), "pickup_code"), '，5分钟内有效，请勿泄露。']


@tpl("en", "AWS SES bounce notification (one-line JSON)", "EMAIL_ADDRESS", "role_mailbox message_id")
def _(g):
    em = g.email()
    mid = "0100018c%s-%s-000000" % (g.hex(8), g.uuid())
    bounce = O([("bounceType", "Permanent"), ("bounceSubType", "General"),
                ("bouncedRecipients", [O([("emailAddress", S(em, EM)), ("action", "failed"), ("status", "5.1.1"),
                                          ("diagnosticCode", "smtp; 550 5.1.1 user unknown")])]),
                ("timestamp", g.t_utc())])
    mail = O([("timestamp", g.t_utc()), ("source", D(g.role_mail(), "role_mailbox")), ("messageId", D(mid, "message_id")),
              ("destination", [S(em, EM)])])
    return J([("notificationType", "Bounce"), ("bounce", bounce), ("mail", mail)])


@tpl("en", "Android logcat, OkHttp body logging", "PHONE_NUMBER CREDENTIAL", "device_id")
def _(g):
    d = g.dt.strftime("%m-%d %H:%M:%S.") + "%03d" % (g.dt.microsecond // 1000)
    return [d, '  ', g.n(1000, 30000), '  ', g.n(1000, 30000), ' D OkHttp  : ',
            J([("mobile", S(g.mobile(style=0), PH)), ("password", S(g.password(), CR)),
               ("deviceId", D(g.hex(16), "device_id")), ("loginType", "PASSWORD")])]


# ---------------------------------------------------------------- identity / KYC
@tpl("en", "US driver onboarding, background check submit", "PERSON US_SSN", "candidate_id")
def _(g):
    return [g.t_utc(), ' info onboarding/us-drivers background check submitted candidate_id=',
            D(g.hex(24), "candidate_id"), ' full_name="', S(g.person_en("en_US"), PER), '" ssn=', S(g.ssn(), SSN),
            ' dl_state=', g.pick(["CA", "WA", "NY", "TX"]), ' package=driver_pro']


@tpl("en", "rental KYC passport check (MRZ-style holder)", "PASSPORT PERSON", "")
def _(g):
    kind = g.pick(["cn", "cn", "us", "gb", "de", "fr", "jp", "kr"])
    if kind == "cn":
        s, gv = g.pinyin_upper()
    elif kind == "jp":
        s, gv = g.pick(["SATO", "SUZUKI", "TAKAHASHI", "TANAKA", "WATANABE", "ITO", "NAKAMURA"]), \
            g.pick(["HARUTO", "YUKI", "SAKURA", "REN", "AOI", "HINATA", "KAITO"])
    elif kind == "kr":
        s, gv = g.pick(["KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG"]), \
            g.pick(["MINJUN", "SEOYEON", "JIHO", "HAEUN", "DOYUN", "SUBIN"])
    else:
        f = g.fk[{"us": "en_US", "gb": "en_GB", "de": "de_DE", "fr": "fr_FR"}[kind]]
        s, gv = Gen._ascii(f.last_name()).upper() or "SMITH", Gen._ascii(f.first_name()).upper() or "JOHN"
    holder = ("%s<<%s" % (s, gv)) if g.p(0.5) else ("%s %s" % (s, gv))
    nat = {"cn": "CHN", "us": "USA", "gb": "GBR", "de": "D", "fr": "FRA", "jp": "JPN", "kr": "KOR"}[kind]
    return ['rental.kyc verify passport=', S(g.passport(kind), PP), ' holder="', S(holder, PER), '" nationality=', nat,
            ' result=MATCH score=0.9', g.n(0, 9)]


@tpl("zh", "外籍会员实名登记", "PERSON PASSPORT", "")
def _(g):
    kind = g.pick(["de", "fr", "us", "gb", "jp", "kr"])
    loc = {"de": "de_DE", "fr": "fr_FR", "us": "en_US", "gb": "en_GB"}.get(kind, "en_AU")
    f = g.fk[loc]
    country = {"de": "德国", "fr": "法国", "us": "美国", "gb": "英国", "jp": "日本", "kr": "韩国"}[kind]
    return ['外籍会员实名登记：姓名 ', S("%s, %s" % (f.last_name(), f.first_name()), PER), '；护照号 ',
            S(g.passport(kind), PP), '；国籍 ', country, '；有效期至 20', g.n(28, 35), '-0', g.n(1, 9), '-1', g.n(0, 9)]


@tpl("zh", "司机入驻审核 (minority name)", "PERSON CN_RESIDENT_ID", "")
def _(g):
    return ['司机入驻审核通过：', S(g.person_zh(minority=True), PER), '，身份证 ', S(g.cnid(), CID),
            '，准驾车型 C1，所属站点 ', g.pick(["乌鲁木齐", "拉萨", "呼和浩特", "西宁", "成都"]), '。']


@tpl("en", "HAProxy HTTP log, KYC verify request", "IP_ADDRESS CN_RESIDENT_ID PERSON", "port")
def _(g):
    return [g.t_syslog(), ' lb01 haproxy[', g.n(1000, 9999), ']: ', S(g.cip4(), IP), ':', D(g.n(20000, 65000), "port"),
            ' [', g.dt.strftime("%d/%b/%Y:%H:%M:%S."), '%03d' % (g.dt.microsecond // 1000),
            '] fe_https~ be_member/member02 0/0/1/', g.n(5, 90), '/', g.n(6, 95), ' 200 ', g.n(100, 900),
            ' - - ---- 12/12/0/0/0 0/0 "GET /member/v1/verify?idcard=', S(g.cnid(), CID), '&name=',
            S(pct(g.person_zh()), PER), ' HTTP/1.1"']


# ---------------------------------------------------------------- security / infra
@tpl("en", "nginx + ModSecurity CRS block", "IP_ADDRESS", "rule_id version server_ip")
def _(g):
    ip = g.attacker_ip()
    return [g.t_slash(), ' [error] ', g.n(1000, 9999), '#', g.n(1000, 9999), ': *', g.n(1000, 999999), ' [client ',
            S(ip, IP), '] ModSecurity: Access denied with code 403 (phase 2). Matched "Operator `Ge\' with parameter ',
            '`5\' against variable `TX:ANOMALY_SCORE\' (Value: `10\' ) [file "/etc/nginx/modsec/coreruleset/rules/',
            'REQUEST-949-BLOCKING-EVALUATION.conf"] [line "80"] [id "', D("949110", "rule_id"),
            '"] [msg "Inbound Anomaly Score Exceeded (Total Score: 10)"] [ver "OWASP_CRS/', D(g.pick(["3.3.5", "4.2.0"]), "version"),
            '"] [hostname "', D(g.sip(), "server_ip"), '"] [uri "/api/v1/member/login"] [unique_id "', g.digits(18),
            '"], client: ', S(ip, IP), ', server: api.yitu.cn, request: "POST /api/v1/member/login HTTP/1.1", host: "api.yitu.cn"']


@tpl("en", "nginx error log, upstream timed out (plate percent-encoded twice)", "IP_ADDRESS LICENSE_PLATE",
     "server_ip port")
def _(g):
    pl = pct(g.plate_cn())
    return [g.t_slash(), ' [error] ', g.n(1000, 9999), '#', g.n(1000, 9999), ': *', g.n(1000, 999999),
            ' upstream timed out (110: Connection timed out) while reading response header from upstream, client: ',
            S(g.cip4(), IP), ', server: api.yitu.cn, request: "GET /v1/parking/fee?plate=', S(pl, LP),
            ' HTTP/1.1", upstream: "http://', D(g.sip(), "server_ip"), ':', D("8080", "port"),
            '/v1/parking/fee?plate=', S(pl, LP), '", host: "api.yitu.cn"']


@tpl("en", "sshd auth log on bastion", "PERSON IP_ADDRESS", "port key_fingerprint system_account")
def _(g):
    k = g.r.randrange(3)
    pre = [g.t_syslog(), ' bastion-01 sshd[', g.n(1000, 60000), ']: ']
    if k == 0:
        return pre + ['Accepted publickey for ', S(g.login(), PER), ' from ', S(g.office_ip(), IP), ' port ',
                      D(g.n(20000, 65000), "port"), ' ssh2: ED25519 SHA256:',
                      D(base64.b64encode(g.rbytes(32)).decode().rstrip("="), "key_fingerprint")]
    if k == 1:
        return pre + ['Failed password for invalid user ', D(g.pick(["admin", "root", "oracle", "test"]), "system_account"),
                      ' from ', S(g.attacker_ip(), IP), ' port ', D(g.n(20000, 65000), "port"), ' ssh2']
    return pre + ['Failed password for ', S(g.login(), PER), ' from ', S(g.cip4(), IP), ' port ',
                  D(g.n(20000, 65000), "port"), ' ssh2']


@tpl("en", "AWS CloudTrail record (one line)", "PERSON CREDENTIAL IP_ADDRESS", "request_id")
def _(g):
    u = g.login()
    acct = g.digits(12)
    ident = O([("type", "IAMUser"), ("principalId", "AIDA" + g.an(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
               ("arn", M("arn:aws:iam::", acct, ":user/", S(u, PER))), ("accountId", acct),
               ("accessKeyId", S("AKIA" + g.an(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), CR)), ("userName", S(u, PER))])
    return J([("eventVersion", "1.09"), ("userIdentity", ident), ("eventTime", g.t_utc(ms=False)),
              ("eventSource", "s3.amazonaws.com"), ("eventName", "GetObject"), ("awsRegion", "ap-east-1"),
              ("sourceIPAddress", S(g.cip4(), IP)), ("userAgent", "[aws-cli/2.15.30 Python/3.11.8]"),
              ("requestID", D(g.hex(16, up=True), "request_id"))])


@tpl("en", "bootstrap config dump (cloud keys)", "CREDENTIAL", "")
def _(g):
    k1, v1, k2, v2 = g.cloud_keys()
    return [g.t_logback(), ' WARN  [bootstrap] effective env: ', k1, '=', S(v1, CR), ' ', k2, '=', S(v2, CR),
            ' OSS_BUCKET=yitu-invoice REGION=cn-shanghai']


@tpl("en", "CI deploy step", "PERSON", "image_digest commit_hash")
def _(g):
    return ['[deploy] ', g.t_iso(ms=False), ' rolling out park-api image registry.cn-hangzhou.aliyuncs.com/yitu/park-api@',
            D("sha256:" + g.hex(64), "image_digest"), ' (commit ', D(g.hex(40), "commit_hash"), ') triggered by ',
            S(g.login(), PER)]


@tpl("zh", "【发布通知】 (no PII)", "", "version image_digest commit_hash")
def _(g):
    return ['【发布通知】park-api v', D(g.ver(), "version"), ' 灰度 ', g.pick(["5", "10", "20", "50"]),
            '%，镜像 registry.cn-hangzhou.aliyuncs.com/yitu/park-api@', D("sha256:" + g.hex(64), "image_digest"),
            '，提交 ', D(g.hex(7), "commit_hash"), '，流水线自动触发。']


# ---------------------------------------------------------------- people: support, ops, alerts
@tpl("en", "support ticket, English prose", "PERSON EMAIL_ADDRESS PHONE_NUMBER", "case_number role_mailbox")
def _(g):
    return ['Ticket #', D("CS-2026-%06d" % int(g.n(1, 999999)), "case_number"), ' opened by ', S(g.person_en(), PER),
            ' <', S(g.email(), EM), '>: "Charged twice for my ride on ', g.dt.strftime("%b %d"),
            ', please refund." Callback number: ', S(g.fphone(), PH), '. Auto-reply sent from ',
            D(g.role_mail(), "role_mailbox")]


@tpl("en", "support call note, title + surname", "PERSON PHONE_NUMBER", "case_number")
def _(g):
    return ['Call note (agent ', S(g.person_en(), PER), '): spoke with ', g.pick(["Mr.", "Mrs.", "Ms.", "Dr."]), ' ',
            S(g.surname_en(), PER), ' about the deposit refund, confirmed callback number ', S(g.fphone(), PH),
            '; escalated as ', D("CASE-" + g.n(10000, 99999), "case_number"), '.']


@tpl("en", "airport shuttle planner (no PII)", "", "flight_no public_figure uuid")
def _(g):
    return ['shuttle-planner: flight ', D(g.flight(), "flight_no"), ' delayed to ', g.t_hm(), ', rebooked ', g.n(2, 40),
            ' pickups for the "', D(g.pick(EN_FIGURES), "public_figure"), '" exhibition shuttle, batch=',
            D(g.uuid(), "uuid")]


@tpl("zh", "值班记录 (night shift prose)", "PERSON PHONE_NUMBER", "employee_no place")
def _(g):
    return ['【值班记录】', g.t_date(), ' 夜班 值班人员：', S(g.person_zh(), PER), '（工号 ', D(g.empno(), "employee_no"),
            '）；', g.t_hm(), ' 收到告警，', D(g.pick(PLACES), "place"), '停车场 ', g.n(1, 6),
            ' 号道闸抬杆异常，已电话联系物业', S(g.surname_zh(), PER), '经理（', S(g.mobile(), PH), '）现场处理。']


@tpl("zh", "巡检记录 (pipe separated, 师傅)", "PERSON LICENSE_PLATE PHONE_NUMBER", "place charger_id")
def _(g):
    place = g.pick(PLACES)
    sur = "张" if ("张" in place and g.p(0.6)) else g.surname_zh()
    return ['巡检 | ', g.t_date(), ' ', g.t_hm(), ' | 巡检员 ', S(sur, PER), '师傅 | ', D(place, "place"),
            '充电站 桩号 ', D(g.charger(), "charger_id"), ' 枪头温度 ', g.n(70, 95), '℃，已断电 | 占位车辆 ',
            S(g.plate_cn(), LP), ' 车主 ', S(g.mobile(), PH), ' 已电话通知挪车']


@tpl("zh", "调度记录", "PERSON LICENSE_PLATE", "order_id place")
def _(g):
    return ['[调度] 订单 ', D(g.order_id("R"), "order_id"), ' 司机 ', S(g.person_zh(), PER), ' 车牌 ',
            S(g.plate_cn(), LP), ' 已接单，预计 ', g.n(2, 15), ' 分钟到达 ', D(g.pick(PLACES), "place"),
            '，乘客手机尾号 ', g.digits(4)]


@tpl("zh", "客服工单 (女士, card, landline)", "PERSON CREDIT_CARD PHONE_NUMBER", "case_number")
def _(g):
    return ['工单#', D("GD" + g.dt.strftime("%Y%m%d") + "-" + g.digits(4), "case_number"), ' 用户 ', S(g.surname_zh(), PER),
            '女士 来电反映 ', g.t_date(), ' 骑行被重复扣费，要求退款至银行卡 ', S(g.card(brand="unionpay"), CC),
            '，回访电话 ', S(g.landline(), PH), '，已转财务处理。']


@tpl("zh", "企业微信告警", "PERSON", "alert_id")
def _(g):
    return ['【告警】[P', g.n(1, 3), '] 支付回调失败率 ', g.n(6, 30), '.', g.n(0, 9), '% > 5%（服务 pay-callback，集群 prod-sh），',
            '负责人 @', S(g.person_zh(), PER), ' 请及时处理，告警ID ', D(g.hex(12), "alert_id")]


@tpl("zh", "钉钉机器人 webhook (token in URL, @mobile twice)", "CREDENTIAL PERSON PHONE_NUMBER", "")
def _(g):
    mob = g.mobile(style=0)
    body = J([("msgtype", "text"),
              ("text", O([("content", M("【P1告警】充电服务 5xx 比例 ", g.n(6, 40), "%，请值班人员", S(g.person_zh(), PER),
                                         "(", S(mob, PH), ")处理"))])),
              ("at", O([("atMobiles", [S(mob, PH)]), ("isAtAll", False)]))])
    return ['POST https://oapi.dingtalk.com/robot/send?access_token=', S(g.hex(64), CR), ' body=', body]


@tpl("zh", "运营通报 (public figure + scenic spot)", "PERSON PHONE_NUMBER", "public_figure place")
def _(g):
    fig, site = g.pick(FIGURE_SITES)
    return ['【运营通报】为配合“', D(fig, "public_figure"), '文化节”，', D(site, "place"), '周边临时增投共享单车 ',
            g.n(50, 800), ' 辆，活动对接人 ', S(g.person_zh(), PER), '（', S(g.mobile(), PH), '）。']


@tpl("zh", "停车场日报 (car brands named after people)", "PERSON", "place company")
def _(g):
    return ['停车场日报 ', g.t_date(), '：', D(g.pick(PLACES), "place"), ' 地库入场 ', g.n(300, 3000), ' 车次，其中 ',
            D(g.pick(CAR_BRANDS_ZH), "company"), ' ', g.n(2, 60), ' 台占用快充车位超时，已由值班员 ',
            S(g.person_zh(), PER), ' 贴单提醒。']


@tpl("zh", "取车提醒推送 (先生/女士, pickup code)", "PERSON LICENSE_PLATE", "pickup_code place")
def _(g):
    return ['推送内容：【取车提醒】尊敬的', S(g.surname_zh(), PER), g.pick(["先生", "女士"]), '，您预订的 ',
            S(g.plate_cn(), LP), ' 已就绪，取车码 ', D(g.pickup(), "pickup_code"), '，请至 ',
            D(g.pick(AIRPORTS + STATIONS), "place"), ' 取车。']


@tpl("zh", "安全中心 异地登录", "PHONE_NUMBER IP_ADDRESS", "")
def _(g):
    return ['【安全中心】检测到账号 ', S(g.mobile(), PH), ' 异地登录：登录 IP ', S(g.cip(), IP), '（',
            g.pick(["广东广州", "四川成都", "浙江杭州", "境外"]), '），常用登录地 ', g.pick(["上海", "北京", "深圳"]),
            '，已触发短信二次验证。']


@tpl("zh", "在线客服会话 (工号, waybill)", "PERSON EMAIL_ADDRESS", "employee_no waybill")
def _(g):
    return ['[在线客服] 客服 ', S(g.person_zh(), PER), '（工号 ', D(g.empno(), "employee_no"),
            '）：您好，发票已通过顺丰 ', D("SF" + g.digits(13), "waybill"), ' 寄出，电子版请提供邮箱。 用户：',
            S(g.email(), EM)]


@tpl("zh", "医院停车场车位预留 (主任医师)", "PERSON LICENSE_PLATE", "place")
def _(g):
    return ['【车位预留】', D(g.pick(HOSPITALS), "place"), ' 停车场为 ', S(g.person_zh(), PER),
            g.pick(["主任医师", "副主任医师", "教授", "主治医师"]), ' 预留 B1-', g.n(1, 300), ' 车位，车牌 ',
            S(g.plate_cn(), LP), '，', g.t_date(), ' 全天有效。']


@tpl("zh", "财务备注 (European IBAN)", "IBAN_CODE PERSON", "amount")
def _(g):
    cc = g.pick(["DE", "FR", "ES", "NL", "IT", "GB", "CH", "AT", "PL"])
    loc = {"DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "GB": "en_GB", "CH": "de_DE", "AT": "de_DE"}.get(cc, "en_GB")
    return ['财务备注：欧洲合作方押金退款，收款账户 IBAN ', S(g.iban(cc), IB), '，户名 ', S(g.person_en(loc), PER),
            '，金额 EUR ', D(g.amount(), "amount"), '，请于周五前付款。']


@tpl("zh", "日报 (11-digit order id, no PII)", "", "order_id_11 amount template_id")
def _(g):
    return ['【日报】', g.t_date(), ' 单车订单 ', D(g.id11(), "order_id_11"), ' 异常扣费已退款 ¥', D(g.amount(), "amount"),
            '，短信模板 ', D("SMS_" + g.digits(9), "template_id"), ' 已通知用户（尾号 ', g.digits(4), '）。']


@tpl("zh", "接机/接站调度 (flight or train)", "LICENSE_PLATE PERSON PHONE_NUMBER", "flight_no train_no place")
def _(g):
    if g.p(0.5):
        head = ['【接机】航班 ', D(g.flight(), "flight_no"), ' 预计 ', g.t_hm(), ' 到达 ', D(g.pick(AIRPORTS), "place")]
    else:
        head = ['【接站】', D(g.train(), "train_no"), ' 次列车 预计 ', g.t_hm(), ' 到达 ', D(g.pick(STATIONS), "place")]
    return head + ['，预约车辆 ', S(g.plate_cn(), LP), '，司机 ', S(g.person_zh(), PER), '，电话 ', S(g.mobile(), PH), '。']


@tpl("zh", "客户回访 (经理, QQ mail, landline with 转)", "PERSON EMAIL_ADDRESS PHONE_NUMBER", "company")
def _(g):
    return ['【客户回访】', S(g.surname_zh(), PER), '经理（', D(g.pick(PERSON_BRANDS_ZH), "company"),
            ' 行政部）反馈月租发票未收到，邮箱 ', S(g.qq() + "@qq.com", EM), '，座机 ', S(g.landline(style=0), PH),
            '转', g.n(100, 8999), '，请财务 ', S(g.person_zh(), PER), ' 跟进。']


@tpl("zh", "巡逻记录 (no PII)", "", "place charger_id employee_no")
def _(g):
    return ['【巡逻记录】', g.t_hm(), ' ', D(g.pick(PLACES), "place"), ' B', g.n(1, 3), ' 层巡逻完成，消防通道畅通，充电桩 ',
            D(g.charger(), "charger_id"), ' 运行正常，交接班 工号 ', D(g.empno(), "employee_no"), '。']


# ----------------------------------------------------------------------------- rendering
def _mask_digits(v, head, tail):
    idx = [i for i, ch in enumerate(v) if ch.isdigit()]
    m = set(idx[head:max(head, len(idx) - tail)])
    if not m:
        return "****"
    return "".join("*" if i in m else ch for i, ch in enumerate(v))


def _mask(v, typ, rng):
    generic = ["***", "******", "[REDACTED]", "<masked>", "[FILTERED]"]
    if "\\" in v or "%" in v or "&" in v or typ == CR:
        return rng.choice(generic)
    if typ == PER:
        if _is_cjk(v[0]):
            return v[0] + "*" * max(1, len(v) - 1) if len(v) > 1 else "*"
        return v[0] + "***" if rng.random() < 0.6 else rng.choice(generic)
    if typ == EM and "@" in v:
        loc, dom = v.split("@", 1)
        return loc[0] + "***@" + dom
    if typ == PH:
        nd = sum(ch.isdigit() for ch in v)
        return _mask_digits(v, max(2, nd - 8), 4)
    if typ == CC:
        return _mask_digits(v, 6 if rng.random() < 0.5 else 0, 4)
    if typ == CID:
        return _mask_digits(v, 6 if rng.random() < 0.5 else 1, 4 if rng.random() < 0.5 else 1)
    if typ == IB:
        return _mask_digits(v, 2, 4)
    if typ == SSN:
        return _mask_digits(v, 0, 4)
    if typ == PP:
        return _mask_digits(v, 0, 3)
    if typ == LP:
        return v[:2] + "*" * max(1, len(v) - 3) + v[-1]
    if typ == IP:
        m = re.fullmatch(r"(.*?)(\d+)\.(\d+)\.(\d+)\.(\d+)", v)
        if m:
            return "%s%s.%s.*.*" % (m.group(1), m.group(2), m.group(3))
        return ":".join(v.split(":")[:2]) + ":****:****"
    return rng.choice(generic)


def _render(items, clean, rng):
    segs = _flat(items)
    repl = {}
    if clean:
        budget = 3 - sum(1 for s in segs if isinstance(s, V) and s.lab not in TYPES)
        counts = Counter((s.v, s.lab) for s in segs if isinstance(s, V) and s.lab in TYPES)
        for key in [k for k in dict.fromkeys((s.v, s.lab) for s in segs if isinstance(s, V) and s.lab in TYPES)]:
            c = counts[key]
            if c <= budget and rng.random() < 0.75:
                repl[key] = _mask(key[0], key[1], rng)
                budget -= c
            else:
                repl[key] = "-"
    parts, spans, decoys, pos = [], [], [], 0
    for s in segs:
        if isinstance(s, str):
            parts.append(s)
            pos += len(s)
            continue
        v, lab = s.v, s.lab
        if lab in TYPES and clean:
            r = repl[(v, lab)]
            if r != "-":
                decoys.append([pos, pos + len(r), "masked"])
            parts.append(r)
            pos += len(r)
            continue
        (spans if lab in TYPES else decoys).append([pos, pos + len(v), lab])
        parts.append(v)
        pos += len(v)
    return "".join(parts), spans, decoys


def _occurrence_problem(text, spans, decoys):
    seen = {}
    for s, e, t in spans:
        seen.setdefault(text[s:e], t)
    for v, t in seen.items():
        i = text.find(v)
        while i >= 0:
            j = i + len(v)
            ok = any(s <= i and j <= e for s, e, _ in spans)
            if not ok and t == PER:
                ok = any(s <= i and j <= e for s, e, _ in decoys)
            if not ok:
                return "unlabelled occurrence of %r at %d" % (v, i)
            i = text.find(v, i + 1)
    return None


def _record_problem(text, spans, decoys):
    if "\n" in text or "\r" in text or "\u2028" in text or "\u2029" in text:
        return "newline in text"
    if len(spans) > 4:
        return "more than 4 spans"
    if len(decoys) > 3:
        return "more than 3 decoys"
    iv = sorted([(s, e) for s, e, _ in spans + decoys])
    for (a, b), (c, d) in zip(iv, iv[1:]):
        if c < b:
            return "overlap"
    return _occurrence_problem(text, spans, decoys)


def blind_log15(n, seed=0):
    rng = random.Random(seed)
    g = Gen(rng)
    K = len(TEMPLATES)
    order = list(range(K))
    rng.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % K]
        fn = TEMPLATES[ti][0]
        clean = rng.random() < 0.1
        for _attempt in range(300):
            g.new_time()
            text, spans, decoys = _render(fn(g), clean, rng)
            if _record_problem(text, spans, decoys) is None:
                break
        else:
            raise RuntimeError("template %d: could not produce a consistent line" % ti)
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": ti})
    return out


# ----------------------------------------------------------------------------- validation
def _decode(v):
    s = v
    if "\\" in s:
        if "\\x" in s:
            s = re.sub(r"(?:\\x[0-9A-Fa-f]{2})+",
                       lambda m: bytes.fromhex(m.group(0).replace("\\x", "")).decode("utf-8"), s)
        if "\\" in s:
            try:
                s = json.loads('"' + s + '"')
            except ValueError:
                pass
    if re.search(r"%[0-9A-Fa-f]{2}", s):
        s = unquote(s, errors="strict")
    if "&" in s:
        s = html.unescape(s)
    return s


PLATE_RES = [
    re.compile(r"[%s][A-HJ-NP-Z][·\- ]?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF]|"
               r"[0-9]{4}[学挂])" % PROVINCES),
    re.compile(r"粤Z[· ]?[A-HJ-NP-Z0-9]{4}[港澳]"),
    re.compile(r"[A-Z]{2} [0-9]{1,4}"), re.compile(r"[A-Z]{3}-[0-9]{4}"), re.compile(r"[0-9][A-Z]{3}[0-9]{3}"),
    re.compile(r"[A-Z]{2}[0-9]{2} [A-Z]{3}"), re.compile(r"[A-Z]{1,3}-[A-Z]{1,2} [0-9]{1,4}"),
]
PASSPORT_RES = [re.compile(p) for p in (
    r"E[0-9]{8}", r"E[A-HJ-NP-Z][0-9]{7}", r"G[0-9]{8}", r"[A-Z][0-9]{8}", r"[1-9][0-9]{8}",
    r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}", r"[0-9]{2}[A-Z]{2}[0-9]{5}", r"[A-Z]{2}[0-9]{7}", r"M[0-9]{8}",
    r"[A-Z][0-9]{7}")]


def _phone_ok(d):
    norm = re.sub(r"[^\d+]", "", d)
    if norm.startswith("00"):
        norm = "+" + norm[2:]
    if norm.startswith("+"):
        return _pn_valid(norm)
    return any(_pn_valid(norm, r) for r in CHECK_REGIONS)


def _card_ok(d):
    x = re.sub(r"[ \-]", "", d)
    if not re.fullmatch(r"[0-9]{13,19}", x) or not luhn_ok(x):
        return False
    return (x[0] == "4" or 51 <= int(x[:2]) <= 55 or 2221 <= int(x[:4]) <= 2720 or x[:2] in ("34", "37")
            or x[:2] == "62" or 3528 <= int(x[:4]) <= 3589)


def _cnid_ok(d):
    if not re.fullmatch(r"[0-9]{17}[0-9Xx]", d) or d[:6] not in ID_AREAS:
        return False
    try:
        datetime.strptime(d[6:14], "%Y%m%d")
    except ValueError:
        return False
    return gb11643(d[:17]) == d[17].upper()


def _ip_ok(d):
    try:
        ipaddress.ip_address(d)
        return True
    except ValueError:
        return False


def _type_ok(t, raw):
    try:
        d = _decode(raw)
    except (UnicodeDecodeError, ValueError):
        return False
    if d != d.strip() or not d:
        return False
    if t == PER:
        return (any(ch.isalpha() for ch in d) and "@" not in d and "*" not in d and len(d) <= 40
                and not re.search(r"[\\%]", d))
    if t == EM:
        return bool(re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", d))
    if t == PH:
        return _phone_ok(d)
    if t == CC:
        return _card_ok(d)
    if t == IB:
        return iban_ok(d)
    if t == SSN:
        m = re.fullmatch(r"([0-9]{3})-?([0-9]{2})-?([0-9]{4})", d)
        return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" and m.group(2) != "00" \
            and m.group(3) != "0000"
    if t == CID:
        return _cnid_ok(d)
    if t == PP:
        return any(p.fullmatch(d) for p in PASSPORT_RES)
    if t == LP:
        return any(p.fullmatch(d) for p in PLATE_RES)
    if t == IP:
        return _ip_ok(d)
    if t == CR:  # checked as printed: JSON-escaped newlines inside a key body are allowed
        return len(raw) >= 6 and not re.search(r"\s", raw) and "*" not in d
    return False


def _decoy_ok(k, v):
    if k not in KINDS or not v:
        return False
    if k == "masked":
        return any(m in v for m in MASK_MARKERS)
    if k == "server_ip":
        return _ip_ok(v)
    if k == "port":
        return v.isdigit() and 1 <= int(v) <= 65535
    if k == "luhn_order_id":
        return bool(re.fullmatch(r"[0-9]{16}", v)) and luhn_ok(v)
    if k == "order_id_11":
        return bool(re.fullmatch(r"1[0-9]{10}", v))
    if k == "imei":
        return bool(re.fullmatch(r"[0-9]{15}", v)) and luhn_ok(v)
    if k in ("uuid", "request_id") and re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-.*", v):
        return str(uuid.UUID(v)) == v
    if k == "epoch_ts":
        return bool(re.fullmatch(r"1[0-9]{9}(\.[0-9]+)?|1[0-9]{12}", v))
    if k == "role_mailbox":
        return v.split("@")[0] in ROLE_LOCALS
    if k == "image_digest":
        return bool(re.fullmatch(r"sha256:[0-9a-f]{64}", v))
    if k == "commit_hash":
        return bool(re.fullmatch(r"[0-9a-f]{7,40}", v))
    if k == "amount":
        return bool(re.fullmatch(r"[0-9]+(\.[0-9]{2})?", v))
    return True


def validate(records):
    K = len(TEMPLATES)
    types, kinds, per_tpl = Counter(), Counter(), Counter()
    clean = 0
    for r in records:
        assert set(r) == {"text", "spans", "decoys", "template"}, r.keys()
        text, spans, decoys, ti = r["text"], r["spans"], r["decoys"], r["template"]
        assert isinstance(text, str) and isinstance(ti, int) and 0 <= ti < K, r
        assert "\n" not in text and "\r" not in text, text
        assert len(spans) <= 4 and len(decoys) <= 3, r
        for lst in (spans, decoys):
            for x in lst:
                assert isinstance(x, list) and len(x) == 3, x
                s, e, lab = x
                assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), (x, text)
        iv = sorted([(s, e) for s, e, _ in spans + decoys])
        for (a, b), (c, d) in zip(iv, iv[1:]):
            assert c >= b, ("overlap", text, iv)
        prob = _occurrence_problem(text, spans, decoys)
        assert prob is None, (prob, text)
        _, _, ttypes, tkinds = TEMPLATES[ti][1:]
        for s, e, t in spans:
            assert t in TYPES, t
            assert t in ttypes, ("type not declared for template", ti, t)
            assert _type_ok(t, text[s:e]), ("bad value", t, text[s:e], text)
            types[t] += 1
        for s, e, k in decoys:
            assert k == "masked" or k in tkinds, ("kind not declared for template", ti, k)
            assert _decoy_ok(k, text[s:e]), ("bad decoy", k, text[s:e], text)
            kinds[k] += 1
        if not spans and ttypes:
            clean += 1
        per_tpl[ti] += 1
    return {"records": len(records), "templates": len(per_tpl), "clean": clean,
            "types": dict(sorted(types.items())), "decoys": dict(sorted(kinds.items()))}


if __name__ == "__main__":
    recs = blind_log15(5000, 0)
    c = validate(recs)
    print("records %d  templates %d/%d  clean %d" % (c["records"], c["templates"], len(TEMPLATES), c["clean"]))
    print("spans per TYPE:")
    for k, v in sorted(c["types"].items(), key=lambda kv: -kv[1]):
        print("  %-16s %6d" % (k, v))
    print("decoys per KIND:")
    for k, v in sorted(c["decoys"].items(), key=lambda kv: -kv[1]):
        print("  %-16s %6d" % (k, v))
    sys.exit(0)
