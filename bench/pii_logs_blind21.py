#!/usr/bin/env python3
"""Blind labelled evaluation set no. 21 for the log PII redactor.

Provenance
----------
Written blind on 2026-12-06.  What was read of the project: nothing.  No
file of the project (redactor, rules, seeds, tests, docs, other evaluation
sets) was opened, listed, grepped or imported while writing this module;
the log formats come from general knowledge of how the named systems print
their lines (nginx, HAProxy, Envoy, Kong, OpenResty, AWS ALB, Heroku router,
Spring Boot / logback, logrus, zap, Python logging, syslog / sshd / sudo /
postfix / dnsmasq, kubelet, Alertmanager, Hikvision ISAPI, WeChat / WeChat
Pay / UnionPay / Aliyun SMS, WeCom and DingTalk robots, Chinese property
management back offices).  Only the Python standard library, Faker (40.x)
and phonenumbers (9.x) are used.

Theme: one property-management / smart-community company (汇嘉物业,
Huijia Property Services, with overseas sites in Singapore and the UK):
access control and visitor registration, face-recognition gates, car-park
barriers and ANPR, repair and complaint tickets, property-fee and utility
payments, smart water / electricity meters, elevator and fire-alarm IoT, a
WeChat mini-program API, SMS and push notifications, nginx / API-gateway
access lines, message-queue consumers, 物业管家 / 保安 / 维修师傅 / 客服 lines
and group-chat robot alerts.

API
---
blind_log21(n: int, seed: int = 0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans and decoys
    are lists of [start, end, TYPE] / [start, end, KIND] with Python
    code-point offsets; text[start:end] is the value exactly as printed
    (percent-encoded, \\u-escaped or JSON-escaped where the line prints it
    so).  A single random.Random(seed) drives everything; the Faker
    instances are seeded from it, so a given seed always gives the same
    output.  Templates are used round-robin over one shuffled order of the
    template numbers 0..K-1.  About one record in ten is "clean": every
    planted value is replaced by a masked placeholder (recorded as decoy
    "masked") or by a dash "-" (unlabelled); placeholders never push a line
    above 3 decoys.
validate(records) -> dict
    Self-check; raises AssertionError on any problem: keys, offsets in
    range, no newline in a text, 0-4 spans and 0-3 decoys a line, spans not
    overlapping each other or decoys, every other occurrence of a planted
    value in the line also labelled (a PERSON value may sit strictly inside
    a decoy), each value is what its type says (see generators), decoy
    kinds known and plausible.  Returns counters (per TYPE, per KIND, per
    template, records, lines without spans).
python pii_logs_blind21.py [n] [seed]
    Generates 5,000 lines (seed 0) by default, validates them and prints
    the counts per TYPE and per decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR,
                es_ES (first + last name); compound Chinese surnames (欧阳,
                司马, 上官, 诸葛 ...), rare surnames (禤, 覃, 亓, 阚, 仉 ...),
                minority names (阿依古丽·买买提, 扎西多吉, 乌云其木格 ...),
                Singapore Chinese / Malay names; person logins built from
                pinyin or English names (jsmith, zhang.wei, wangfang88,
                oliver_brown); surname-only before a title (王先生, Mrs.
                Thompson).  Checked: starts with a letter, no digits except in
                logins, no '@'.
EMAIL_ADDRESS   login-style local parts at 163 / 126 / qq / foxmail / gmail /
                outlook / hotmail.co.uk / yahoo.com.sg / btinternet etc.,
                numeric QQ addresses (123456789@qq.com), company staff
                addresses.  Checked by regex; role local parts are refused.
PHONE_NUMBER    CN mobiles (valid prefixes, kept only if phonenumbers says
                valid) printed plain, 3-4-4 spaced / dashed, +86 / +86- /
                (+86) / 0086 forms, percent-encoded E.164 in URLs; CN
                landlines (010-62345678, (0755)86123456, 021 6123 4567,
                +86 10 6234 5678); numbers built from
                phonenumbers.example_number_for_type for ~20 regions with a
                random tail, kept only if valid, printed INTERNATIONAL /
                E164 / NATIONAL / RFC3966 (span without "tel:").  Checked
                with phonenumbers.is_valid_number (international, or national
                for CN, SG, GB, HK, US, AU, MY).
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55, 2221-2720), Amex (34/37,
                15 digits), UnionPay (62..., 16 or 19 digits); plain, spaced or
                dashed.  Checked: 13-19 digits, Luhn.
IBAN_CODE       GB, IE, DE, FR, NL, ES, IT, BE, CH with correct length and
                ISO 7064 mod-97 check digits; compact or in groups of four.
US_SSN          area 001-899 without 666, group 01-99, serial 0001-9999;
                123-45-6789 / 123 45 6789 / 123456789.
CN_RESIDENT_ID  real-looking area codes (110101, 310104, 440305 ...), birth
                dates 1950-2006, sequence, GB 11643 check digit (may be X).
PASSPORT        CN (E12345678, EA1234567), GB / US (9 digits), US next-gen
                (A12345678), SG (K1234567A), IN (J1234567), MY (A12345678),
                FR (12AB34567), DE (C01X00T47), ES (PAA123456).
LICENSE_PLATE   CN (粤B·12345, 沪AD12345 new-energy, with or without ·), UK
                (LB19 XKD / LB19XKD), Singapore (SKP1234X with the LTA
                checksum letter).
IP_ADDRESS      client / user / attacker addresses: public IPv4 from CN / SG
                / UK ISP blocks, LAN workstations, IPv6 (2409:..., 240e:...).
CREDENTIAL      passwords (Faker and human patterns), JWTs, AWS / Aliyun /
                Tencent access and secret keys, WeChat appsecret /
                session_key / access_token / API v3 key, Stripe / GitHub /
                Slack tokens, JSESSIONID / PHPSESSID / session cookies, opaque
                bearer tokens, PEM private-key bodies, passwords inside
                connection strings and URLs (percent-encoded).

Label conventions
-----------------
* Any address of a person's account is EMAIL_ADDRESS (QQ numeric too); role
  mailboxes (service@, noreply@, alerts@, kefu@ ...) are decoy role_mailbox.
* Server / upstream / proxy / DB / resolver / mail-relay addresses are decoy
  server_ip; addresses of devices (cameras, gates, meter gateways) are decoy
  device_ip; a client's or user's address (workstation, phone, attacker) is
  IP_ADDRESS.
* A surname before a title (王先生, 李经理, 孙师傅, Mrs. Thompson, Dr. Patel)
  is PERSON on the surname only; full names of staff (engineers, agents,
  doctors, 运维, 值班人员, 保安, 管家, 师傅) are PERSON.
* Famous historical people / fictional characters are decoy public_figure;
  brands named after people (张小泉, 李宁, Tesla, Ford) are decoy company;
  streets, districts, stations, scenic spots, hospitals, schools and named
  buildings are decoy place.  Postal addresses, room numbers, dates of
  birth, ages and genders are left unlabelled.
* Passwords, API keys, access / secret keys, session ids and cookie values,
  bearer tokens and JWTs (token only, not "Bearer "), private-key bodies and
  connection-string / URL password parts are CREDENTIAL; one-time SMS codes,
  visitor pass codes and parcel pickup codes are decoy pickup_code.
* Person-looking logins are PERSON; root, admin, svc-*, service and database
  accounts are decoy system_account.
* Order ids (including Luhn-valid 16-digit ids and 11-digit ids starting
  with 1), transaction ids, case / ticket numbers, 工号, waybills, train and
  flight numbers, UUIDs, commit hashes, image digests, trace ids, epoch
  timestamps, amounts, ports, versions, meter / device / card serials are
  decoys with a descriptive kind.
* A PERSON value may occur strictly inside a decoy (张 in 张小泉), but every
  other occurrence of a planted value in the line is itself labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a
  line; some templates carry only decoys, to measure over-redaction.

Templates ("number: language / system -- spans | decoys")
---------------------------------------------------------
0: en / nginx combined access log, mini-program visitor invite -- IP_ADDRESS, PHONE_NUMBER (plain or %2B-encoded), PERSON (percent-encoded) | -
1: en / nginx custom log_format with upstream timings (admin basic-auth) -- IP_ADDRESS, PERSON (remote_user login) | server_ip, port
2: en / nginx error log, upstream timeout with token in query (token printed twice) -- IP_ADDRESS, CREDENTIAL x2 | server_ip, port
3: en / HAProxy HTTP log via syslog -- IP_ADDRESS, PHONE_NUMBER | port (client port)
4: en / Envoy default access log (gRPC-web owner service) -- IP_ADDRESS (x-forwarded-for) | uuid (x-request-id), server_ip (upstream host, proxy)
5: en / Kong file-log plugin JSON (face enrolment route) -- CREDENTIAL (JWT after 'Bearer '), IP_ADDRESS x2 (x-forwarded-for, client_ip) | epoch_ts (started_at ms), port (service port)
6: en / OpenResty JSON access log (log_format escape=json), real-name check -- IP_ADDRESS, PERSON (percent-encoded), CN_RESIDENT_ID | server_ip (upstream_addr)
7: en / AWS ALB access log, Singapore residents portal -- IP_ADDRESS, EMAIL_ADDRESS (percent-encoded) | server_ip x2 (target), trace_id
8: en / Heroku router log, UK tenants portal -- IP_ADDRESS (fwd) | uuid (request_id)
9: zh / Spring Boot logback, mini-program OwnerController -- PERSON, PHONE_NUMBER | trace_id
10: en / Spring Boot DEBUG, WeChat code2Session response -- CREDENTIAL (session_key) | app_id (sometimes)
11: en / logrus text, WeChat access_token refresh -- CREDENTIAL (access_token) | app_id
12: en / Hikvision ISAPI AccessControllerEvent JSON (face terminal) -- PERSON (name) | device_ip, employee_id (employeeNoString)
13: zh / 门禁控制器 swipe record -- PERSON (持卡人) | device_serial, access_card_id
14: zh / 访客登记 guard-post record -- PERSON (访客), 3 of PHONE_NUMBER / CN_RESIDENT_ID / PERSON (surname of host 先生/女士) / PERSON (登记保安) / LICENSE_PLATE | -
15: zh / 小程序 访客邀请 / 通行码 -- PERSON (业主), PHONE_NUMBER, PERSON (访客), LICENSE_PLATE (optional) | pickup_code (通行码)
16: zh / 人脸闸机 recognition with snapshot URL -- PERSON | device_ip x2
17: zh / 人脸库 新增人员 -- PERSON, CN_RESIDENT_ID | uuid (photo key)
18: zh / 黑名单预警 (no spans) -- - | device_ip, uuid, masked (optional)
19: zh / 小程序 远程开门 -- PERSON (login), IP_ADDRESS | -
20: zh / 停车场 ANPR 入场 -- LICENSE_PLATE | company (car brand named after a person)
21: zh / 停车场 出场缴费 -- LICENSE_PLATE | amount x2, order_id (11 digits starting with 1)
22: zh / 停车 月卡续费 -- LICENSE_PLATE, PERSON, PHONE_NUMBER | amount, system_account
23: en / Singapore car park (EPS) exit, CEPAS deduction -- LICENSE_PLATE (SG) | place, iu_number, amount
24: en / UK ANPR barrier camera -- LICENSE_PLATE (UK) | place
25: en / Django logging, UK parking permit issued -- LICENSE_PLATE (UK), PERSON, EMAIL_ADDRESS | -
26: zh / 工单中心 新建报修 + 派单 -- PERSON (报修人), PHONE_NUMBER, PERSON (surname before 师傅) | case_number, employee_id
27: zh / 客服系统 投诉单 -- PERSON (客户), PHONE_NUMBER (landline or mobile), PERSON (客服) | case_number, employee_id
28: zh / 维修APP 师傅接单 -- PERSON (师傅 full name), PERSON (surname before 女士/先生) | employee_id, case_number
29: zh / 装修备案 -- PERSON (业主), PERSON (施工负责人), CN_RESIDENT_ID, PHONE_NUMBER (optional) | amount (押金)
30: zh / 保安 交接班 -- PERSON x2 | case_number
31: zh / 呼叫中心 来电记录 -- PHONE_NUMBER, PERSON (坐席) | employee_id, uuid (recording)
32: en / WeChat Pay v3 notify, decrypted resource (no spans) -- - | order_id (out_trade_no), transaction_id, amount (fen)
33: en / UnionPay gateway DEBUG request (form params) -- CREDIT_CARD (accNo) | order_id, amount
34: zh / 短信网关 物业费催缴 content -- PHONE_NUMBER, PERSON (surname before 先生/女士) | amount
35: zh / 缴费中心 水电费 -- PERSON (付款人) | utility_account (户号), amount
36: zh / 缴费中心 物业费订单 (Luhn-valid 16-digit order id) -- PERSON (缴费人) | order_id (16 digits, Luhn), amount
37: zh / 财务 银行卡代扣签约 -- PERSON (户名), CREDIT_CARD | contract_id
38: en / MQTT bridge, smart water meter uplink (no spans) -- - | meter_id x2, epoch_ts
39: zh / 智能电表 欠费拉闸 -- PERSON (surname before 先生/女士), PHONE_NUMBER | meter_id, amount
40: zh / 远传水表 疑似漏水 -- PERSON (管家) | meter_id
41: zh / 电梯物联网 困人告警 -- PERSON (维保人员), PHONE_NUMBER | elevator_reg_code
42: zh / 电梯五方通话 转接 -- PERSON (值班人员), PHONE_NUMBER | extension
43: en / fire-alarm gateway event (ack by person login or service account) -- PERSON (ack_by login) or none | system_account (when acked by service)
44: zh / 消防主机 火警确认 -- PERSON (值班人员) | -
45: en / Aliyun SMS SendSms response, verification code -- PHONE_NUMBER | request_id (RequestId UUID), pickup_code (code)
46: en / Spring Kafka consumer, visitor sync payload -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER, LICENSE_PLATE (optional) | record_id (key)
47: en / Python logging, RabbitMQ (pika) consumer printing a bytes body with \\\\u escapes -- PERSON (\\\\u-escaped inside bytes repr), EMAIL_ADDRESS | amount, order_id
48: zh / 企业微信机器人 门岗告警 -- PERSON (值班保安), PHONE_NUMBER, PERSON (surname before 经理/主管) | -
49: zh / 钉钉机器人 维修超时 (phone in text and atMobiles) -- PERSON, PHONE_NUMBER x2 | case_number
50: zh / 物业管家 工作记录 -- PERSON (管家), PERSON (surname before 女士/先生), PHONE_NUMBER | -
51: zh / 保安 巡更记录 -- PERSON (巡更员) | device_serial (巡更棒)
52: en / Spring Boot DEBUG, password reset request body -- PHONE_NUMBER, CREDENTIAL (newPassword) | pickup_code (smsCode)
53: zh / 用户中心 重置密码 (plaintext password logged) -- PERSON (login), CREDENTIAL, IP_ADDRESS | -
54: en / HikariCP start with JDBC URL (password in query, percent-encoded) -- CREDENTIAL | server_ip, port, system_account
55: en / Celery / redis-py connection error with redis:// URL -- CREDENTIAL (URL password) | server_ip x2
56: en / Aliyun OSS upload failure with AccessKey pair -- CREDENTIAL x2 (AccessKeyId, AccessKeySecret) | uuid (object key), request_id
57: en / merchant private key parse failure (PEM body on one line) -- CREDENTIAL (key body) | merchant_id
58: en / config loader dump with one masked and one leaked secret -- CREDENTIAL (api-v3-key or secret) | masked, merchant_id
59: en / Spring request logging filter with Cookie header -- CREDENTIAL x2 (JSESSIONID, wx_sid) | epoch_ts (analytics cookie)
60: en / Django logging, UK direct-debit mandate -- PERSON, EMAIL_ADDRESS, IBAN_CODE | mandate_id
61: en / Singapore visitor pass issued (NRIC masked) -- PERSON, PHONE_NUMBER, LICENSE_PLATE (SG, optional) | place, masked (NRIC)
62: en / tenant screening request (US applicant) -- PERSON, US_SSN | case_number (ref)
63: zh / 外籍访客登记 (passport) -- PERSON, PASSPORT, PHONE_NUMBER (optional) | -
64: en / Singapore tenancy onboarding (Employment Pass holder) -- PERSON, PASSPORT, EMAIL_ADDRESS | -
65: en / admin audit JSON (owner list export) -- IP_ADDRESS (admin workstation), PERSON (actor login) or none | system_account (when actor is admin)
66: en / sshd auth log (publickey accepted / failed password) -- PERSON (login) + IP_ADDRESS, or IP_ADDRESS (attacker) | system_account (root/admin), port
67: en / sudo via syslog (login printed twice: user and PWD) -- PERSON x2 (login) | system_account (USER=root)
68: en / kubelet event, image pulled (no spans) -- - | version, image_digest
69: en / CI deploy log (no spans) -- - | commit_hash, system_account, version
70: en / dnsmasq query / forward / reply -- IP_ADDRESS (querying client) or none | server_ip (resolver / answer)
71: en / psycopg2 OperationalError (no spans) -- - | server_ip, port, system_account
72: en / Singapore lift monitoring alert -- PERSON (technician), PHONE_NUMBER | case_number
73: en / UK concierge parcel log -- PERSON (surname after Mr./Mrs./Ms./Dr.), PERSON (staff full name) | waybill, place
74: en / Django DEBUG form cleaned_data (Python dict repr) -- PERSON, CREDIT_CARD or IBAN_CODE | -
75: en / owner-app login event JSON with ensure_ascii (\\u-escaped name) -- PERSON (\\u-escaped), PHONE_NUMBER, IP_ADDRESS | -
76: en / postfix smtp delivery (to person) or qmgr (from role mailbox) -- EMAIL_ADDRESS or none | queue_id, server_ip (relay) or role_mailbox
77: zh / 用户中心 绑定QQ邮箱 -- PERSON, EMAIL_ADDRESS (numeric QQ) | role_mailbox
78: zh / 社区活动 读书会报名 -- PERSON (管家), PHONE_NUMBER | public_figure
79: en / push campaign, Singapore Christmas event -- PERSON (sender login) or none | public_figure, place, system_account (when sent by service)
80: en / zap JSON, visitor QR verified -- PERSON (visitor) | epoch_ts (float), trace_id
81: zh / 管家服务 代约接站 -- PERSON (surname before 先生/女士), PHONE_NUMBER | train_number or flight_number, place (station)
82: zh / 智能快递柜 投递 (no spans) -- - | waybill, pickup_code, masked (phone)
83: zh / 菜鸟驿站 入库 -- PERSON (收件人), PHONE_NUMBER | waybill, company (sender shop), pickup_code
84: zh / 快递员 送货登记 -- PERSON (快递员), PHONE_NUMBER | waybill
85: zh / 小程序API 实名认证 request body (ensure_ascii JSON) -- PERSON (\\u-escaped), CN_RESIDENT_ID, PHONE_NUMBER | -
86: en / PHP-FPM JSON (json_encode: \\/ and \\u escapes), Singapore parcel notice -- PERSON (\\u-escaped when CJK), EMAIL_ADDRESS | role_mailbox, uuid
87: zh / 运维群 告警 (staff on duty)  -- PERSON (运维), PHONE_NUMBER | server_ip
88: zh / 社区医院 上门服务预约 -- PERSON (doctor name before 主任医师), PERSON (surname before 阿姨/先生) | place (hospital)
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
import urllib.parse
import uuid as _uuid
from collections import Counter

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as _PNF
from phonenumbers import PhoneNumberType as _PNT

__all__ = ["blind_log21", "validate", "TYPES", "KINDS"]

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
    "US_SSN", "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS",
    "CREDENTIAL",
)

KINDS = (
    "masked", "role_mailbox", "server_ip", "device_ip", "public_figure",
    "company", "place", "pickup_code", "system_account", "order_id",
    "transaction_id", "case_number", "employee_id", "waybill",
    "train_number", "flight_number", "uuid", "commit_hash", "image_digest",
    "trace_id", "request_id", "epoch_ts", "amount", "port", "version",
    "device_serial", "access_card_id", "meter_id", "utility_account",
    "elevator_reg_code", "queue_id", "merchant_id", "mandate_id",
    "iu_number", "contract_id", "record_id", "extension", "app_id",
)

_LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE",
            "fr_FR", "es_ES")

# ---------------------------------------------------------------- encoders


def _pct(s):
    return urllib.parse.quote(s, safe="")


def _pctp(s):
    return urllib.parse.quote_plus(s, safe="")


def _uesc(s):
    return json.dumps(s, ensure_ascii=True)[1:-1]


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _uesc2(s):
    # \u escapes as shown inside a Python bytes repr: b'{"a": "\\u5f20"}'
    return _uesc(s).replace("\\", "\\\\")


# ---------------------------------------------------------------- data

_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
             "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木", "百里",
             "呼延", "南宫", "独孤", "澹台"]
_RARE = ["禤", "覃", "亓", "阚", "仉", "厍", "訾", "佘", "郗", "昝", "逄",
         "眭", "笪", "蒯", "麴", "冼", "钭", "琚", "邝", "缪"]
_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟"
              "建峰波辉鹏飞宇浩然梓涵欣怡轩诺嘉琪晨曦睿泽")
_MINORITY = ["阿依古丽·买买提", "买买提·艾力", "热依拉·吐尔逊",
             "古丽娜尔·阿不都", "艾尔肯·吐尔洪", "扎西多吉", "次仁卓玛",
             "格桑梅朵", "巴特尔", "乌云其木格", "阿卜杜拉·艾尼瓦尔",
             "努尔兰·哈力木", "其美多吉", "央金拉姆", "那仁格日勒"]
_SG_SUR = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan",
           "Koh", "Teo", "Low", "Yeo", "Sim"]
_SG_GIV = ["Wei", "Ming", "Jun", "Hui", "Xin", "Kai", "Jia", "Mei", "Zhi",
           "Hao", "Yi", "Ling", "Boon", "Kiat", "Siew", "Choon"]
_MALAY_M = ["Muhammad Faizal", "Ahmad Hafiz", "Mohamed Irfan", "Muhammad Danial",
            "Azman"]
_MALAY_F = ["Siti Nurhaliza", "Nur Aisyah", "Nurul Huda", "Farah Diyana"]
_MALAY_FATHER = ["Rahman", "Ismail", "Hassan", "Osman", "Abdullah", "Yusof"]

_PY_SUR = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao",
           "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin",
           "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han",
           "feng", "deng", "cao", "peng"]
_PY_GIV = ["wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yang",
           "yong", "yan", "jie", "tao", "ming", "chao", "xiuying", "xia",
           "ping", "gang", "hui", "xin", "yu", "hao", "jian", "bo", "ting",
           "kai", "jianguo", "xiaoming", "lili", "dan", "yun", "fei"]

_SYS_ACCTS = ["root", "admin", "svc-gate", "svc-billing", "svc-visitor",
              "svc-parking", "svc-fas", "pm_app", "pm_report", "postgres",
              "www-data", "jenkins", "ci-bot", "deploy", "ubuntu", "ec2-user",
              "gitlab-runner", "administrator", "default", "oracle"]
_ROLE_LOCALS = ["service", "noreply", "no-reply", "alerts", "kefu",
                "support", "billing", "notice", "postmaster", "ops",
                "concierge", "lettings"]

_PUBLIC_ZH = ["鲁迅", "李白", "杜甫", "苏轼", "孔子", "曹雪芹", "孙悟空",
              "林黛玉", "诸葛亮", "贾宝玉", "花木兰", "岳飞"]
_PUBLIC_ZH_WORK = {"鲁迅": "朝花夕拾", "李白": "将进酒", "杜甫": "春望",
                   "苏轼": "东坡志林", "孔子": "论语", "曹雪芹": "红楼梦",
                   "孙悟空": "西游记", "林黛玉": "红楼梦", "诸葛亮": "出师表",
                   "贾宝玉": "红楼梦", "花木兰": "木兰辞", "岳飞": "满江红"}
_PUBLIC_EN = ["Santa Claus", "Sherlock Holmes", "Winston Churchill",
              "Isaac Newton", "William Shakespeare", "Harry Potter",
              "Peter Rabbit", "Charles Dickens", "Queen Victoria",
              "Sir Stamford Raffles", "Father Christmas"]
_COMPANY_ZH = ["张小泉", "王老吉", "李宁", "周大福", "李锦记", "马应龙",
               "陈李济", "谭木匠", "王守义"]
_CAR_ZH = ["特斯拉", "福特", "保时捷", "奔驰", "本田", "丰田", "林肯",
           "法拉利", "兰博基尼", "雪佛兰", "宾利", "劳斯莱斯"]
_CAR_EN = ["Tesla", "Ford", "Porsche", "Mercedes-Benz", "Honda", "Toyota",
           "Ferrari", "Lamborghini", "Chevrolet", "Bentley", "Rolls-Royce"]
_PLACE_ZH = ["中山路", "人民广场", "陆家嘴", "南山区", "西湖", "瑞金医院",
             "华山医院", "深圳北站", "虹桥火车站", "广州南站", "北京西站",
             "深圳湾公园", "福田区", "天河体育中心", "实验小学", "科技园"]
_PLACE_EN = ["Tampines Central", "Orchard Road", "Jurong West", "Punggol",
             "Marina Bay", "Toa Payoh", "Canary Wharf", "Holborn Court",
             "Kings Cross", "Shoreditch", "Stratford", "Croydon",
             "Bishan Park", "Woodlands"]
_COMMUNITY = ["翠湖花园", "锦绣华庭", "滨江壹号", "云顶雅苑", "星河湾",
              "御景华府", "碧水湾", "香樟园"]

_GENERIC_MASKS = ["***", "******", "[REDACTED]", "<redacted>", "[MASKED]",
                  "<hidden>"]

_CN_AREAS = ["110101", "110105", "110108", "310104", "310115", "310112",
             "440106", "440305", "440304", "440103", "330106", "330108",
             "320102", "320582", "510107", "420106", "500103", "610113",
             "370202", "350203", "430104", "210102", "120101", "330212",
             "441900", "130102", "410105", "230103"]
_CN_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

_CN_MOB = ["130", "131", "132", "133", "134", "135", "136", "137", "138",
           "139", "147", "150", "151", "152", "153", "155", "156", "157",
           "158", "159", "166", "173", "175", "176", "177", "178", "180",
           "181", "182", "183", "184", "185", "186", "187", "188", "189",
           "191", "195", "198", "199"]
_CN_AREA_TEL = ["10", "20", "21", "22", "23", "24", "25", "27", "28", "29",
                "755", "571", "512", "731", "591", "871", "532", "769", "757"]
_INTL_REGIONS = ["SG", "SG", "SG", "GB", "GB", "GB", "HK", "MO", "TW", "US",
                 "CA", "AU", "NZ", "MY", "JP", "KR", "DE", "FR", "IN", "TH",
                 "PH", "ID", "VN", "AE", "ES", "NL", "IE"]
_NAT_REGIONS = ("CN", "SG", "GB", "HK", "US", "AU", "MY")

_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PROV_W = "粤粤粤沪沪京京浙浙苏苏川鄂湘闽鲁津渝豫皖赣桂陕辽"
_PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_SG_CHK = "AZYXUTSRPMLKJHGEDCB"

_IBAN_SPEC = {  # country: (length, bban pieces)
    "GB": (22, ["B:NWBK,BARC,LOYD,HBUK,MIDL,NAIA,MONZ,SRLG", "n6", "n8"]),
    "IE": (22, ["B:AIBK,BOFI,IPBS", "n6", "n8"]),
    "DE": (22, ["n8", "n10"]),
    "FR": (27, ["n5", "n5", "c11", "n2"]),
    "NL": (18, ["B:ABNA,INGB,RABO,TRIO", "n10"]),
    "ES": (24, ["n4", "n4", "n2", "n10"]),
    "IT": (27, ["a1", "n5", "n5", "c12"]),
    "BE": (16, ["n3", "n7", "n2"]),
    "CH": (21, ["n5", "c12"]),
}

_PUB_FIRST = [27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112,
              113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124,
              125, 171, 175, 180, 182, 183, 218, 219, 220, 221, 222, 223,
              81, 86, 92, 151, 165, 175, 202]
_V6_PREFIX = ["2409:8a55", "240e:3b7", "2408:8207", "2409:891f", "240e:46c",
              "2001:e68", "2a00:23c5", "2a02:c7c", "2406:3003"]

_DIG = string.digits
_HEX = "0123456789abcdef"
_HEXU = "0123456789ABCDEF"
_ALNUM = string.ascii_letters + string.digits
_UPNUM = string.ascii_uppercase + string.digits
_LONUM = string.ascii_lowercase + string.digits
_B64U = _ALNUM + "-_"
_B64 = _ALNUM + "+/"

_UA_WIN = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
           "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")
_UA_IOS_WX = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
              "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
              "MicroMessenger/8.0.50(0x1800322d) NetType/WIFI Language/zh_CN")
_UA_AND_WX = ("Mozilla/5.0 (Linux; Android 14; V2307A Build/UP1A.231005.007; "
              "wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 "
              "Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1220133 "
              "MMWEBSDK/20240404 MicroMessenger/8.0.49.2600(0x28003133) "
              "WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64 "
              "miniProgram")
_UA_SAFARI = ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
              "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
              "Mobile/15E148 Safari/604.1")

_CJK = re.compile(r"[\u3400-\u9fff]")

# ---------------------------------------------------------------- checks


def _luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def _luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return str((10 - total % 10) % 10)


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def _iban_ok(v):
    c = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    spec = _IBAN_SPEC.get(c[:2])
    if spec is None or len(c) != spec[0]:
        return False
    return _iban_num(c[4:] + c[:4]) % 97 == 1


def _cnid_check(body17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, _CN_ID_W)) % 11]


def _cnid_ok(v):
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    if v[:6] not in _CN_AREAS:
        return False
    try:
        d = _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    if not (1940 <= d.year <= 2026):
        return False
    return _cnid_check(v[:17]) == v[17]


def _sg_plate_chk(letters2, num):
    vals = [ord(c) - 64 for c in letters2] + [int(x) for x in "%04d" % num]
    return _SG_CHK[sum(a * b for a, b in zip(vals, [9, 4, 5, 4, 3, 2])) % 19]


def _plate_ok(v):
    if re.fullmatch(r"[%s][A-HJ-NP-Z]·?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4})"
                    % _PROV, v):
        return True
    if re.fullmatch(r"[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}", v):
        return True
    m = re.fullmatch(r"S([A-HJ-NP-Z]{2})(\d{1,4})([A-Z])", v)
    if m:
        return _sg_plate_chk(m.group(1), int(m.group(2))) == m.group(3)
    return False


def _phone_ok(v):
    if sum(c.isdigit() for c in v) < 7 or v.startswith("tel:"):
        return False
    if not re.fullmatch(r"[+(]?[\d()+ .-]+\d", v):
        return False
    regions = [None] if v.startswith("+") else list(_NAT_REGIONS)
    for reg in regions:
        try:
            p = phonenumbers.parse(v, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p):
            return True
    return False


def _ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = m.group(1), m.group(3), m.group(4)
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and s != "0000"


def _card_ok(v):
    if not re.fullmatch(r"\d[\d -]*\d", v):
        return False
    d = re.sub(r"[ -]", "", v)
    return 13 <= len(d) <= 19 and d[0] in "23456" and _luhn_ok(d)


def _ip_ok(v):
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


def _email_ok(v):
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+"
                        r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v):
        return False
    return v.split("@", 1)[0].lower() not in _ROLE_LOCALS


def _person_ok(v):
    if not v or v != v.strip() or len(v) > 60 or "@" in v:
        return False
    if not re.fullmatch(r"[^\W\d_](?:[\w·.' -]*[^\W_])?", v):
        return False
    if any(c.isdigit() for c in v):  # only logins carry digits
        return bool(re.fullmatch(r"[a-z][a-z._]*[a-z]\d{1,4}", v))
    return True


def _passport_ok(v):
    return bool(re.fullmatch(
        r"E\d{8}|E[A-HJ-NP-Z]\d{7}|\d{9}|[A-Z]\d{8}|[KEFS]\d{7}[A-Z]|[A-Z]\d{7}"
        r"|\d{2}[A-Z]{2}\d{5}|C[0-9CFGHJKLMNPRTVWXYZ]{8}|[A-Z]{3}\d{6}", v))


def _cred_ok(v):
    return len(v) >= 6 and not any(c.isspace() for c in v)


_TYPE_OK = {
    "PERSON": _person_ok, "EMAIL_ADDRESS": _email_ok, "PHONE_NUMBER": _phone_ok,
    "CREDIT_CARD": _card_ok, "IBAN_CODE": _iban_ok, "US_SSN": _ssn_ok,
    "CN_RESIDENT_ID": _cnid_ok, "PASSPORT": _passport_ok,
    "LICENSE_PLATE": _plate_ok, "IP_ADDRESS": _ip_ok, "CREDENTIAL": _cred_ok,
}


def _decode(v, typ):
    """Undo the printing of a span (JSON / \\u escapes, percent-encoding)."""
    t = v
    for _ in range(2):
        if "\\" in t:
            try:
                t = json.loads('"' + t + '"')
            except ValueError:
                break
    if typ != "CREDENTIAL" and re.search(r"%[0-9A-Fa-f]{2}", t):
        t = urllib.parse.unquote(t)
        if typ == "PERSON":
            t = t.replace("+", " ")
    return t


def _uuid_ok(v):
    try:
        _uuid.UUID(v)
        return True
    except ValueError:
        return False


def _masked_ok(v):
    return "*" in v or any(k in v.lower() for k in ("redact", "mask", "hidden"))


_DECOY_OK = {
    "masked": _masked_ok,
    "role_mailbox": lambda v: "@" in v and v.split("@")[0].lower() in _ROLE_LOCALS,
    "server_ip": _ip_ok,
    "device_ip": _ip_ok,
    "public_figure": lambda v: v in _PUBLIC_ZH or v in _PUBLIC_EN,
    "company": lambda v: v in _COMPANY_ZH or v in _CAR_ZH or v in _CAR_EN,
    "place": lambda v: v in _PLACE_ZH or v in _PLACE_EN,
    "pickup_code": lambda v: bool(re.fullmatch(r"[0-9][0-9-]{3,9}", v)),
    "system_account": lambda v: v in _SYS_ACCTS,
    "uuid": _uuid_ok,
    "commit_hash": lambda v: bool(re.fullmatch(r"[0-9a-f]{7,40}", v)),
    "image_digest": lambda v: bool(re.fullmatch(r"sha256:[0-9a-f]{64}", v)),
    "trace_id": lambda v: bool(re.fullmatch(r"[0-9a-fA-F-]{16,40}", v)),
    "epoch_ts": lambda v: bool(re.fullmatch(r"1[78]\d{8}(?:\d{3})?(?:\.\d+)?", v)),
    "port": lambda v: v.isdigit() and 0 < int(v) < 65536,
    "amount": lambda v: any(c.isdigit() for c in v),
    "version": lambda v: bool(re.fullmatch(r"v?\d+(?:\.\d+)+", v)),
    "order_id": lambda v: bool(re.fullmatch(r"[A-Z0-9-]{8,32}", v)),
}

# ---------------------------------------------------------------- builder


class S:
    """Span marker for the JSON emitter."""

    def __init__(self, v, typ, pre=None):
        self.v, self.typ, self.pre = v, typ, pre


class D:
    """Decoy marker for the JSON emitter; raw=True prints it unquoted."""

    def __init__(self, v, kind, raw=False):
        self.v, self.kind, self.raw = v, kind, raw


class J:
    """A JSON string made of literal pieces and markers."""

    def __init__(self, *parts):
        self.parts = parts


class _B:
    def __init__(self):
        self.parts = []

    def t(self, s):
        self.parts.append(("t", s, None, None))
        return self

    def s(self, v, typ, enc=None):
        assert typ in TYPES, typ
        self.parts.append(("s", v, typ, enc))
        return self

    def d(self, v, kind, enc=None):
        assert kind in KINDS, kind
        self.parts.append(("d", v, kind, enc))
        return self

    def json(self, obj, ea=False, sep=(",", ":"), slash=False):
        def esc(x):
            out = json.dumps(x, ensure_ascii=ea)[1:-1]
            return out.replace("/", "\\/") if slash else out

        def mk(pre):
            return (lambda x: esc(pre(x))) if pre else esc

        def piece(p):
            if isinstance(p, S):
                self.s(p.v, p.typ, enc=mk(p.pre))
            elif isinstance(p, D):
                self.d(p.v, p.kind, enc=esc)
            else:
                self.t(esc(p))

        def rec(o):
            if isinstance(o, dict):
                self.t("{")
                for i, (k, v) in enumerate(o.items()):
                    if i:
                        self.t(sep[0])
                    self.t('"' + esc(k) + '"' + sep[1])
                    rec(v)
                self.t("}")
            elif isinstance(o, list):
                self.t("[")
                for i, v in enumerate(o):
                    if i:
                        self.t(sep[0])
                    rec(v)
                self.t("]")
            elif isinstance(o, D) and o.raw:
                self.d(o.v, o.kind)
            elif isinstance(o, (S, D)):
                self.t('"')
                piece(o)
                self.t('"')
            elif isinstance(o, J):
                self.t('"')
                for p in o.parts:
                    piece(p)
                self.t('"')
            elif isinstance(o, str):
                self.t('"' + esc(o) + '"')
            else:
                self.t(json.dumps(o))
        rec(obj)
        return self

    def render(self, clean, r):
        ndec = sum(1 for p in self.parts if p[0] == "d")
        sidx = [i for i, p in enumerate(self.parts) if p[0] == "s"]
        masked = set()
        if clean and sidx:
            room = max(0, 3 - ndec)
            cand = sidx[:]
            r.shuffle(cand)
            k = min(room, len(cand))
            if r.random() < 0.35:
                k = r.randint(0, k)
            masked = set(cand[:k])
        out, spans, decoys, pos = [], [], [], 0
        for i, (kind, v, lab, enc) in enumerate(self.parts):
            if kind == "t":
                txt = v
            elif kind == "d":
                txt = enc(v) if enc else v
                decoys.append([pos, pos + len(txt), lab])
            elif clean:
                if i in masked:
                    m = _mask(v, lab, r)
                    txt = enc(m) if enc else m
                    decoys.append([pos, pos + len(txt), "masked"])
                else:
                    txt = "-"
            else:
                txt = enc(v) if enc else v
                spans.append([pos, pos + len(txt), lab])
            out.append(txt)
            pos += len(txt)
        return "".join(out), spans, decoys


def _mask(v, typ, r):
    if r.random() < 0.2:
        return r.choice(_GENERIC_MASKS)
    if typ == "PERSON":
        if _CJK.search(v):
            return v[0] + "*" * (len(v) - 1) if len(v) > 1 else "*"
        return v[0] + "***"
    if typ in ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN"):
        pos = [i for i, c in enumerate(v) if c.isdigit()]
        hide = set(pos[-8:-4]) if typ == "PHONE_NUMBER" else set(pos[:-4])
        if typ == "CREDIT_CARD" and r.random() < 0.5:
            hide = set(pos[6:-4])
        return "".join("*" if i in hide else c for i, c in enumerate(v))
    if typ == "EMAIL_ADDRESS":
        loc, dom = v.split("@", 1)
        return loc[0] + "***@" + dom
    if typ == "IBAN_CODE":
        return "".join(c if (i < 4 or i >= len(v) - 4 or c == " ") else "*"
                       for i, c in enumerate(v))
    if typ == "CN_RESIDENT_ID":
        return v[:6] + "********" + v[-4:] if r.random() < 0.5 else v[:3] + "*" * 11 + v[-4:]
    if typ == "PASSPORT":
        return v[0] + "*" * (len(v) - 4) + v[-3:]
    if typ == "LICENSE_PLATE":
        if _CJK.search(v):
            return v[:2] + ("·" if "·" in v else "") + "***" + v[-2:]
        return v[:2] + "***" + v[-1:]
    if typ == "IP_ADDRESS":
        if ":" in v:
            return v.split(":")[0] + ":****:****"
        a = v.split(".")
        return a[0] + "." + a[1] + ".*.*"
    return r.choice(["******", "***", "[REDACTED]", "<hidden>", "********"])


# ---------------------------------------------------------------- generators


def _ascii(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalpha()).lower()


class _G:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in _LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.base = _dt.datetime(2026, 12, 4, 0, 0, 0)

    # -- misc
    def rs(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def dig(self, n):
        return self.rs(_DIG, n)

    def hexs(self, n):
        return self.rs(_HEX, n)

    def dt(self):
        return self.base + _dt.timedelta(seconds=self.r.randint(0, 3 * 86400 - 1),
                                         microseconds=self.r.randint(0, 999999))

    # -- names
    def zh_name(self):
        r = self.r
        x = r.random()
        if x < 0.50:
            return self.fk["zh_CN"].name()
        if x < 0.66:
            return self.fk["zh_TW"].name()
        if x < 0.78:
            return r.choice(_COMPOUND) + self._given()
        if x < 0.90:
            return r.choice(_RARE) + self._given()
        return r.choice(_MINORITY)

    def _given(self):
        return "".join(self.r.choice(_GIVEN) for _ in range(self.r.choice([1, 2, 2])))

    def zh_sur(self):
        x = self.r.random()
        if x < 0.8:
            return self.fk["zh_CN"].last_name()
        if x < 0.9:
            return self.r.choice(_COMPOUND)
        return self.r.choice(_RARE)

    def en_name(self, loc=None):
        loc = loc or self.r.choice(["en_US", "en_GB", "en_GB", "en_AU", "en_IN",
                                    "de_DE", "fr_FR", "es_ES"])
        f = self.fk[loc]
        return f.first_name() + " " + f.last_name()

    def en_sur(self, loc=None):
        loc = loc or self.r.choice(["en_US", "en_GB", "en_GB", "en_AU", "en_IN",
                                    "de_DE", "fr_FR"])
        return self.fk[loc].last_name()

    def sg_name(self):
        r = self.r
        x = r.random()
        if x < 0.55:
            return r.choice(_SG_SUR) + " " + r.choice(_SG_GIV) + " " + r.choice(_SG_GIV)
        if x < 0.75:
            if r.random() < 0.6:
                return r.choice(_MALAY_M) + " bin " + r.choice(_MALAY_FATHER)
            return r.choice(_MALAY_F) + " binte " + r.choice(_MALAY_FATHER)
        if x < 0.9:
            return self.en_name("en_IN")
        return self.en_name("en_GB")

    def person(self):
        return self.zh_name() if self.r.random() < 0.6 else self.en_name()

    def login(self):
        r = self.r
        for _ in range(20):
            if r.random() < 0.55:
                s, g = r.choice(_PY_SUR), r.choice(_PY_GIV)
                n = str(r.randint(1, 99)) if r.random() < 0.5 else str(r.choice([88, 666, 123, 2008, 1990]))
                v = r.choice(["{s}.{g}", "{s}{g}", "{s}_{g}", "{g}.{s}", "{s}{g}{n}",
                              "{s}.{g}{n}", "{s}{g}"]).format(s=s, g=g, n=n)
            else:
                f = self.fk[r.choice(["en_US", "en_GB", "en_AU", "en_IN"])]
                first, last = _ascii(f.first_name()), _ascii(f.last_name())
                if not first or not last:
                    continue
                v = r.choice(["{f0}{l}", "{f}.{l}", "{l}{f0}", "{f}_{l}", "{f0}.{l}",
                              "{f0}{l}"]).format(f=first, l=last, f0=first[0])
            if 4 <= len(v) <= 24 and v not in _SYS_ACCTS and _person_ok(v):
                return v
        return "zhang.wei"

    # -- email
    def email(self, kind=None):
        r = self.r
        kind = kind or r.choice(["cn", "cn", "qq", "intl", "intl"])
        if kind == "qq":
            return self.qq()
        loc = self.login()
        if kind == "cn":
            dom = r.choice(["163.com", "126.com", "sina.com", "foxmail.com", "139.com",
                            "yeah.net", "aliyun.com", "outlook.com"])
        elif kind == "sg":
            dom = r.choice(["gmail.com", "yahoo.com.sg", "singnet.com.sg", "hotmail.com"])
        elif kind == "uk":
            dom = r.choice(["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com",
                            "yahoo.co.uk", "icloud.com"])
        elif kind == "staff":
            dom = r.choice(["huijia-pm.com", "huijia.com.sg", "huijia.co.uk"])
        else:
            dom = r.choice(["gmail.com", "outlook.com", "icloud.com", "hotmail.co.uk",
                            "yahoo.com.sg", "protonmail.com"])
        return loc + "@" + dom

    def qq(self):
        return str(self.r.randint(10000, 3999999999)) + "@qq.com"

    def role_mail(self, dom=None):
        return self.r.choice(_ROLE_LOCALS) + "@" + (dom or self.r.choice(
            ["huijia-pm.com", "huijia.com.sg", "huijia.co.uk"]))

    # -- phones
    def cn_mobile_raw(self):
        for _ in range(60):
            n = self.r.choice(_CN_MOB) + self.dig(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")):
                return n
        return "13912345678"

    def mobile(self, style=None):
        n = self.cn_mobile_raw()
        a, b, c = n[:3], n[3:7], n[7:]
        style = style or self.r.choice(
            ["plain"] * 7 + ["sp", "dash", "+86sp", "+86", "+86-", "(+86)", "0086", "+86 "])
        return {"plain": n, "sp": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}",
                "+86sp": f"+86 {a} {b} {c}", "+86": "+86" + n, "+86-": "+86-" + n,
                "(+86)": "(+86)" + n, "0086": "0086 " + n, "+86 ": "+86 " + n}[style]

    def landline(self, style=None):
        r = self.r
        for _ in range(60):
            ac = r.choice(_CN_AREA_TEL)
            loc = str(r.randint(2, 8)) + self.dig(7)
            p = phonenumbers.parse("+86" + ac + loc, None)
            if phonenumbers.is_valid_number(p):
                break
        else:
            ac, loc = "10", "62345678"
        style = style or r.choice(["dash", "dash", "paren", "sp", "intl", "plain"])
        if style == "dash":
            return f"0{ac}-{loc}"
        if style == "paren":
            return f"(0{ac}){loc}"
        if style == "sp":
            return f"0{ac} {loc[:4]} {loc[4:]}"
        if style == "intl":
            return phonenumbers.format_number(p, _PNF.INTERNATIONAL)
        return f"0{ac}{loc}"

    def intl(self, region=None, mobile=True, style=None):
        r = self.r
        region = region or r.choice(_INTL_REGIONS)
        ex = phonenumbers.example_number_for_type(region, _PNT.MOBILE if mobile else _PNT.FIXED_LINE)
        if ex is None:
            ex = phonenumbers.example_number(region)
        nn = str(ex.national_number)
        p = ex
        for _ in range(40):
            k = r.randint(2, min(5, len(nn) - 2))
            cand = phonenumbers.parse("+%d%s%s" % (ex.country_code, nn[:-k], self.dig(k)), None)
            if phonenumbers.is_valid_number(cand):
                p = cand
                break
        choices = ["intl", "intl", "e164", "rfc"]
        if region in _NAT_REGIONS:
            choices += ["nat", "nat"]
        style = style or r.choice(choices)
        if style == "e164":
            return phonenumbers.format_number(p, _PNF.E164)
        if style == "rfc":
            return phonenumbers.format_number(p, _PNF.RFC3966)[4:]
        if style == "nat":
            return phonenumbers.format_number(p, _PNF.NATIONAL)
        return phonenumbers.format_number(p, _PNF.INTERNATIONAL)

    def sg_phone(self):
        return self.intl("SG", mobile=self.r.random() < 0.8)

    def uk_phone(self):
        return self.intl("GB", mobile=self.r.random() < 0.7)

    # -- cards / bank
    def card(self, brand=None, style=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "unionpay", "unionpay"])
        if brand == "visa":
            pre, ln = "4" + self.dig(5), 16
        elif brand == "mc":
            pre, ln = (str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))), 16
        elif brand == "amex":
            pre, ln = r.choice(["34", "37"]), 15
        else:
            pre = r.choice(["622202", "621700", "622848", "623058", "625807", "620522", "622588", "621483"])
            ln = r.choice([16, 16, 19])
        body = pre + self.dig(ln - 1 - len(pre))
        n = body + _luhn_digit(body)
        style = style or r.choice(["plain", "plain", "space", "dash"])
        if style == "plain":
            return n
        if ln == 15:
            groups = [n[:4], n[4:10], n[10:]]
        elif ln == 19 and r.random() < 0.5:
            groups = [n[:6], n[6:]]
        else:
            groups = [n[i:i + 4] for i in range(0, ln, 4)]
        return (" " if style == "space" else "-").join(groups)

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or r.choice(["GB", "GB", "GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE", "CH"])
        ln, pieces = _IBAN_SPEC[cc]
        bban = ""
        for p in pieces:
            if p.startswith("B:"):
                bban += r.choice(p[2:].split(","))
            elif p[0] == "n":
                bban += self.dig(int(p[1:]))
            elif p[0] == "a":
                bban += self.rs(string.ascii_uppercase, int(p[1:]))
            else:
                bban += self.rs(_UPNUM, int(p[1:]))
        chk = 98 - _iban_num(bban + cc + "00") % 97
        v = "%s%02d%s" % (cc, chk, bban)
        assert len(v) == ln
        if grouped is None:
            grouped = r.random() < 0.5
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v

    def ssn(self, style=None):
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        a, g, s = "%03d" % a, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)
        style = style or r.choice(["dash", "dash", "dash", "space", "plain"])
        return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": a + g + s}[style]

    def cnid(self):
        r = self.r
        d = _dt.date(1950, 1, 1) + _dt.timedelta(days=r.randint(0, 20800))
        body = r.choice(_CN_AREAS) + d.strftime("%Y%m%d") + "%03d" % r.randint(1, 999)
        return body + _cnid_check(body)

    def passport(self, kind=None):
        r = self.r
        kind = kind or r.choice(["CN", "GB", "US", "SG", "IN", "MY"])
        if kind == "CN":
            return "E" + self.dig(8) if r.random() < 0.5 else "E" + r.choice(_PL[:8]) + self.dig(7)
        if kind in ("GB", "US"):
            if kind == "US" and r.random() < 0.4:
                return r.choice("ACEH") + self.dig(8)
            return str(r.randint(1, 5)) + self.dig(8)
        if kind == "SG":
            return r.choice("KE") + self.dig(7) + r.choice(string.ascii_uppercase)
        if kind == "IN":
            return r.choice("JKLMNPRSTUVWZ") + self.dig(7)
        if kind == "FR":
            return self.dig(2) + self.rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.dig(5)
        if kind == "DE":
            return "C" + self.rs("0123456789CFGHJKLMNPRTVWXYZ", 8)
        if kind == "ES":
            return r.choice(["PA", "PB", "AA", "XD"]) + self.rs(string.ascii_uppercase, 1) + self.dig(6)
        return "A" + self.dig(8)

    def plate_cn(self, sep=None):
        r = self.r
        prov = r.choice(_PROV_W)
        city = r.choice(_PL[:12])
        if r.random() < 0.25:
            tail = r.choice("DF") + r.choice(_PL + _DIG * 3) + self.dig(4)
        else:
            chars = [r.choice(_DIG) for _ in range(5)]
            for _ in range(r.choice([0, 1, 1, 2])):
                chars[r.randint(0, 4)] = r.choice(_PL)
            tail = "".join(chars)
        if sep is None:
            sep = r.choice(["·", "", ""])
        return prov + city + sep + tail

    def plate_uk(self, spaced=None):
        r = self.r
        mem = r.choice("ABCDEFGHKLMNOPRSVWY") + r.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        age = r.choice(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "24", "74", "25", "75", "16", "66"])
        tail = self.rs("ABCDEFGHJKLMNOPRSTUVWXYZ", 3)
        if spaced is None:
            spaced = r.random() < 0.6
        return mem + age + (" " if spaced else "") + tail

    def plate_sg(self):
        r = self.r
        letters = r.choice("BDEFGJKL") + r.choice(_PL)
        num = r.randint(1, 9999)
        return "S" + letters + str(num) + _sg_plate_chk(letters, num)

    # -- IPs
    def ip_client(self, v6=None):
        r = self.r
        if v6 or (v6 is None and r.random() < 0.12):
            return self.ip6()
        return "%d.%d.%d.%d" % (r.choice(_PUB_FIRST), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def ip6(self):
        r = self.r
        s = r.choice(_V6_PREFIX) + ":" + ":".join("%x" % r.randint(0, 0xffff) for _ in range(6))
        return ipaddress.IPv6Address(s).compressed if s.count(":") == 7 else \
            ipaddress.IPv6Address(s + "::").compressed

    def ip_lan(self):
        return "192.168.%d.%d" % (self.r.randint(0, 31), self.r.randint(2, 254))

    def ip_server(self):
        r = self.r
        x = r.random()
        if x < 0.5:
            return "10.%d.%d.%d" % (r.randint(0, 30), r.randint(0, 255), r.randint(2, 254))
        if x < 0.7:
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
        if x < 0.85:
            return "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254))
        return "%d.%d.%d.%d" % (r.choice([47, 39, 120, 8, 101, 13, 52]), r.randint(0, 255),
                                r.randint(0, 255), r.randint(2, 254))

    # -- credentials
    def password(self):
        r = self.r
        x = r.random()
        if x < 0.4:
            return self.fk["en_US"].password(length=r.randint(8, 16))
        if x < 0.6:
            return r.choice(["Wf", "Pm", "Hj", "Gate", "Admin", "Abc", "Qwe"]) + r.choice("@#!$") + \
                self.dig(r.randint(3, 6)) + self.rs(string.ascii_lowercase, r.randint(0, 3))
        if x < 0.8:
            return r.choice(_PY_SUR) + r.choice(["@", "#", "_", ""]) + self.dig(r.randint(4, 8))
        return self.rs(_ALNUM, r.randint(10, 20))

    def jwt(self):
        r = self.r
        alg = r.choice(["HS256", "HS256", "RS256"])

        def b64u(b):
            return base64.urlsafe_b64encode(b).decode().rstrip("=")
        hdr = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        iat = 1796400000 + r.randint(0, 300000)
        pl = {"sub": str(r.randint(100000, 9999999)), "iat": iat, "exp": iat + 7200,
              "scope": r.choice(["owner", "staff", "visitor"])}
        if r.random() < 0.5:
            pl["cid"] = r.randint(1, 40)
        body = b64u(json.dumps(pl, separators=(",", ":")).encode())
        sig = self.rs(_B64U, 43 if alg == "HS256" else 342)
        return f"{hdr}.{body}.{sig}"

    def cred(self, kind=None):
        r = self.r
        kind = kind or r.choice(["password", "jwt", "opaque", "hex32", "ali_sk", "aws_sk"])
        if kind == "password":
            return self.password()
        if kind == "jwt":
            return self.jwt()
        if kind == "aws_ak":
            return "AKIA" + self.rs(_UPNUM, 16)
        if kind == "aws_sk":
            return self.rs(_ALNUM + "/+", 40)
        if kind == "ali_ak":
            return "LTAI5t" + self.rs(_ALNUM, 18)
        if kind == "ali_sk":
            return self.rs(_ALNUM, 30)
        if kind == "tc_sid":
            return "AKID" + self.rs(_ALNUM, 32)
        if kind in ("wx_secret", "hex32"):
            return self.hexs(32)
        if kind == "wx_sk":
            return base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
        if kind == "wx_at":
            return "%d_%s" % (r.randint(80, 89), self.rs(_B64U, r.randint(120, 150)))
        if kind == "stripe":
            return r.choice(["sk_live_", "rk_live_"]) + self.rs(_ALNUM, r.choice([24, 99]))
        if kind == "github":
            return "ghp_" + self.rs(_ALNUM, 36)
        if kind == "slack":
            return "xoxb-%s-%s-%s" % (self.dig(12), self.dig(13), self.rs(_ALNUM, 24))
        if kind == "php":
            return self.rs(_LONUM, 26)
        if kind == "jsess":
            return self.rs(_HEXU, 32)
        if kind == "apiv3":
            return self.rs(_ALNUM, 32)
        if kind == "google":
            return "AIza" + self.rs(_B64U, 35)
        if kind == "pem":
            return "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + self.rs(_B64, r.randint(120, 260))
        return self.rs(_ALNUM, 40)

    # -- decoy values
    def uuid4(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def openid(self):
        return "o" + self.rs(_B64U, 27)

    def appid(self):
        return "wx" + self.hexs(16)

    def luhn16(self):
        body = self.r.choice(["2026", "8816", "9001", "3120"]) + self.dig(11)
        return body + _luhn_digit(body)

    def order11(self):
        return "1" + self.dig(10)

    def order_pf(self, d, pre="PF"):
        return pre + d.strftime("%Y%m%d%H%M%S") + self.dig(4)

    def amount_cny(self, lo=5, hi=5000):
        v = self.r.uniform(lo, hi)
        return self.r.choice(["¥{:,.2f}", "¥{:.2f}", "{:.2f}元", "￥{:.2f}"]).format(v)

    def epoch(self, d, ms=False):
        e = int((d - _dt.timedelta(hours=8) - _dt.datetime(1970, 1, 1)).total_seconds())
        return str(e * 1000 + d.microsecond // 1000) if ms else str(e)

    def ver(self):
        r = self.r
        return "v%d.%d.%d" % (r.randint(1, 4), r.randint(0, 19), r.randint(0, 30))

    def case_no(self, d, pre=None):
        r = self.r
        pre = pre or r.choice(["WX", "TS", "GD", "BX"])
        if r.random() < 0.5:
            return "%s%s-%05d" % (pre, d.strftime("%Y%m%d"), r.randint(1, 9999))
        return "%s%s%05d" % (pre, d.strftime("%Y%m%d"), r.randint(1, 99999))

    def emp_no(self):
        r = self.r
        return r.choice(["M", "KF", "BA", "GJ", "HJ", "WB"]) + "%04d" % r.randint(1, 9999)

    def waybill(self):
        r = self.r
        x = r.random()
        if x < 0.35:
            return "SF" + self.dig(13)
        if x < 0.55:
            return "YT" + self.dig(13)
        if x < 0.75:
            return "JD" + self.rs("ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + self.dig(10)
        return "7" + self.dig(14)

    def room(self):
        r = self.r
        return "%d栋%d单元%d%02d" % (r.randint(1, 18), r.randint(1, 4), r.randint(1, 32), r.randint(1, 4))

    def room_short(self):
        r = self.r
        return "%d-%d-%d%02d" % (r.randint(1, 18), r.randint(1, 4), r.randint(1, 32), r.randint(1, 4))

    def sg_unit(self):
        return "#%02d-%d" % (self.r.randint(1, 30), self.r.randint(10, 999))


# time formats
def _f_nginx(d, tz="+0800"):
    return d.strftime("%d/%b/%Y:%H:%M:%S ") + tz


def _ms(d):
    return "%03d" % (d.microsecond // 1000)


def _f_iso(d, tz="+08:00"):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + tz


def _f_isoms(d, tz="+08:00"):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(d) + tz


def _f_lb(d):
    return d.strftime("%Y-%m-%d %H:%M:%S.") + _ms(d)


def _f_py(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + _ms(d)


def _f_plain(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def _f_sys(d):
    return d.strftime("%b ") + "%2d " % d.day + d.strftime("%H:%M:%S")


def _f_utcz(d, us=False):
    u = d - _dt.timedelta(hours=8)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % u.microsecond if us else _ms(u)) + "Z"


# ---------------------------------------------------------------- templates

TEMPLATES = []


def _tpl(lang, system, spans, decoys):
    def deco(fn):
        TEMPLATES.append((fn, lang, system, spans, decoys))
        return fn
    return deco


@_tpl("en", "nginx combined access log, mini-program visitor invite",
      "IP_ADDRESS, PHONE_NUMBER (plain or %2B-encoded), PERSON (percent-encoded)", "-")
def _t_nginx_combined(b, g):
    r = g.r
    d = g.dt()
    b.s(g.ip_client(), "IP_ADDRESS").t(' - - [%s] "GET /api/v1/visitor/invite?mobile=' % _f_nginx(d))
    if r.random() < 0.6:
        b.s(g.mobile("plain"), "PHONE_NUMBER")
    else:
        b.s(g.mobile("+86"), "PHONE_NUMBER", enc=_pct)
    b.t("&name=").s(g.zh_name(), "PERSON", enc=_pct)
    b.t('&houseId=%d HTTP/1.1" 200 %d "https://servicewechat.com/%s/%d/page-frame.html" "%s"'
        % (r.randint(10000, 99999), r.randint(90, 2400), g.appid(), r.randint(1, 80),
           r.choice([_UA_IOS_WX, _UA_AND_WX])))


@_tpl("en", "nginx custom log_format with upstream timings (admin basic-auth)",
      "IP_ADDRESS, PERSON (remote_user login)", "server_ip, port")
def _t_nginx_upstream(b, g):
    r = g.r
    d = g.dt()
    rt = r.uniform(0.02, 2.5)
    b.s(g.ip_client(), "IP_ADDRESS").t(" - ").s(g.login(), "PERSON")
    b.t(' [%s] "GET /admin/api/fee/export?communityId=%d&month=2026-11 HTTP/1.1" 200 %d '
        '"https://admin.huijia-pm.com/fee/list" "%s" rt=%.3f uct="0.001" uht="%.3f" urt="%.3f" ua="'
        % (_f_nginx(d), r.randint(1, 40), r.randint(2000, 90000), _UA_WIN, rt, rt - 0.004, rt - 0.002))
    b.d(g.ip_server(), "server_ip").t(":").d(r.choice(["8080", "8081", "9000", "18080"]), "port")
    b.t('" us="200"')


@_tpl("en", "nginx error log, upstream timeout with token in query (token printed twice)",
      "IP_ADDRESS, CREDENTIAL x2", "server_ip, port")
def _t_nginx_error(b, g):
    r = g.r
    d = g.dt()
    pid = r.randint(1000, 30000)
    tok = g.cred(r.choice(["hex32", "opaque", "jwt"]))
    msg = r.choice(["upstream timed out (110: Connection timed out) while reading response header from upstream",
                    "connect() failed (111: Connection refused) while connecting to upstream",
                    "upstream prematurely closed connection while reading response header from upstream"])
    b.t("%s [error] %d#%d: *%d %s, client: " % (d.strftime("%Y/%m/%d %H:%M:%S"), pid, pid,
                                               r.randint(10000, 9999999), msg))
    b.s(g.ip_client(), "IP_ADDRESS").t(', server: api.huijia-pm.com, request: "GET /wx/owner/profile?access_token=')
    b.s(tok, "CREDENTIAL").t(' HTTP/1.1", upstream: "http://').d(g.ip_server(), "server_ip").t(":")
    b.d(r.choice(["8081", "8080", "9001"]), "port").t("/wx/owner/profile?access_token=").s(tok, "CREDENTIAL")
    b.t('", host: "api.huijia-pm.com"')


@_tpl("en", "HAProxy HTTP log via syslog", "IP_ADDRESS, PHONE_NUMBER", "port (client port)")
def _t_haproxy(b, g):
    r = g.r
    d = g.dt()
    a, c = r.randint(0, 3), r.randint(3, 400)
    b.t("%s lb01 haproxy[%d]: " % (_f_sys(d), r.randint(1000, 9000))).s(g.ip_client(v6=False), "IP_ADDRESS")
    b.t(":").d(str(r.randint(1024, 65535)), "port")
    b.t(" [%s.%s] fe_https~ be_wxapi/wxapi0%d 0/0/%d/%d/%d 200 %d - - ---- %d/%d/%d/%d/0 0/0 "
        '"GET /api/v2/bill/list?ownerMobile=' % (d.strftime("%d/%b/%Y:%H:%M:%S"), _ms(d), r.randint(1, 4),
                                                 a, c, a + c + 1, r.randint(200, 9000), r.randint(50, 400),
                                                 r.randint(50, 400), r.randint(1, 40), r.randint(0, 9)))
    if r.random() < 0.7:
        b.s(g.mobile("plain"), "PHONE_NUMBER")
    else:
        b.s(g.mobile("+86"), "PHONE_NUMBER", enc=_pct)
    b.t('&page=1 HTTP/1.1"')


@_tpl("en", "Envoy default access log (gRPC-web owner service)",
      "IP_ADDRESS (x-forwarded-for)", "uuid (x-request-id), server_ip (upstream host, proxy)")
def _t_envoy(b, g):
    r = g.r
    d = g.dt()
    dur = r.randint(3, 400)
    b.t('[%s] "POST /owner.v1.OwnerService/%s HTTP/2" 200 - via_upstream - "-" %d %d %d %d "'
        % (_f_utcz(d), r.choice(["BindHouse", "GetBills", "UpdateProfile", "ListVisitors"]),
           r.randint(20, 900), r.randint(20, 4000), dur, dur - 1))
    b.s(g.ip_client(), "IP_ADDRESS")
    if r.random() < 0.5:
        b.t(",").d(g.ip_server(), "server_ip")
    b.t('" "%s" "' % r.choice(["grpc-web-javascript/0.1", "okhttp/4.12.0", _UA_IOS_WX]))
    b.d(g.uuid4(), "uuid").t('" "owner-svc.pm-prod.svc.cluster.local:8080" "').d(g.ip_server(), "server_ip")
    b.t(':8080"')


@_tpl("en", "Kong file-log plugin JSON (face enrolment route)",
      "CREDENTIAL (JWT after 'Bearer '), IP_ADDRESS x2 (x-forwarded-for, client_ip)",
      "epoch_ts (started_at ms), port (service port)")
def _t_kong(b, g):
    r = g.r
    d = g.dt()
    ip = g.ip_client()
    b.json({
        "request": {"method": "POST", "uri": "/owner/v1/face/enroll",
                    "url": "https://api.huijia-pm.com:8443/owner/v1/face/enroll",
                    "size": r.randint(300, 90000), "querystring": {},
                    "headers": {"host": "api.huijia-pm.com", "content-type": "application/json",
                                "authorization": J("Bearer ", S(g.jwt(), "CREDENTIAL")),
                                "x-forwarded-for": S(ip, "IP_ADDRESS"),
                                "user-agent": "okhttp/4.12.0"}},
        "upstream_uri": "/face/enroll",
        "response": {"status": 200, "size": r.randint(100, 900)},
        "latencies": {"kong": r.randint(0, 5), "proxy": r.randint(20, 900), "request": r.randint(30, 950)},
        "client_ip": S(ip, "IP_ADDRESS"),
        "started_at": D(g.epoch(d, ms=True), "epoch_ts", raw=True),
        "service": {"host": "face-svc.internal", "port": D(r.choice(["8080", "9090"]), "port", raw=True),
                    "protocol": "http", "name": "face-svc"},
    })


@_tpl("en", "OpenResty JSON access log (log_format escape=json), real-name check",
      "IP_ADDRESS, PERSON (percent-encoded), CN_RESIDENT_ID", "server_ip (upstream_addr)")
def _t_openresty(b, g):
    r = g.r
    d = g.dt()
    b.json({
        "time_local": _f_nginx(d), "remote_addr": S(g.ip_client(), "IP_ADDRESS"),
        "request": J("GET /api/realname/verify?name=", S(g.zh_name(), "PERSON", pre=_pct),
                     "&idcard=", S(g.cnid(), "CN_RESIDENT_ID"), " HTTP/1.1"),
        "status": "200", "body_bytes_sent": str(r.randint(40, 400)),
        "request_time": "%.3f" % r.uniform(0.01, 1.2),
        "upstream_addr": J(D(g.ip_server(), "server_ip"), ":9000"),
        "http_user_agent": r.choice([_UA_IOS_WX, _UA_AND_WX]),
    })


@_tpl("en", "AWS ALB access log, Singapore residents portal",
      "IP_ADDRESS, EMAIL_ADDRESS (percent-encoded)", "server_ip x2 (target), trace_id")
def _t_alb(b, g):
    r = g.r
    d = g.dt()
    tip = g.ip_server()
    tp = r.choice(["8080", "3000"])
    b.t("https %s app/sg-portal-alb/%s " % (_f_utcz(d, us=True), g.hexs(16)))
    b.s(g.ip_client(v6=False), "IP_ADDRESS").t(":%d " % r.randint(1024, 65535)).d(tip, "server_ip")
    b.t(":%s 0.001 %.3f 0.000 200 200 %d %d \"GET https://residents.huijia.com.sg:443/api/visitors/lookup?email="
        % (tp, r.uniform(0.005, 0.9), r.randint(200, 900), r.randint(300, 5000)))
    b.s(g.email(r.choice(["sg", "intl"])), "EMAIL_ADDRESS", enc=_pct)
    b.t(' HTTP/1.1" "%s" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:ap-southeast-1:'
        '123456789012:targetgroup/sg-portal-tg/%s "Root=' % (_UA_SAFARI, g.hexs(16)))
    b.d("1-%s-%s" % (g.hexs(8), g.hexs(24)), "trace_id")
    b.t('" "residents.huijia.com.sg" "arn:aws:acm:ap-southeast-1:123456789012:certificate/%s" 0 %s "forward" "-" "-" "'
        % (g.uuid4(), _f_utcz(d, us=True)))
    b.d(tip, "server_ip").t(':%s" "200" "-" "-"' % tp)


@_tpl("en", "Heroku router log, UK tenants portal", "IP_ADDRESS (fwd)", "uuid (request_id)")
def _t_heroku(b, g):
    r = g.r
    d = g.dt()
    b.t("%s+00:00 heroku[router]: at=info method=%s path=\"%s\" host=tenants.huijia.co.uk request_id="
        % (d.strftime("%Y-%m-%dT%H:%M:%S.%f"), r.choice(["POST", "GET"]),
           r.choice(["/api/v1/maintenance-requests", "/api/v1/rent/schedule", "/login", "/api/v1/parcels"])))
    b.d(g.uuid4(), "uuid").t(' fwd="').s(g.ip_client(), "IP_ADDRESS")
    b.t('" dyno=web.%d connect=0ms service=%dms status=%d bytes=%d protocol=https'
        % (r.randint(1, 3), r.randint(5, 900), r.choice([200, 201, 302]), r.randint(100, 9000)))


@_tpl("zh", "Spring Boot logback, mini-program OwnerController",
      "PERSON, PHONE_NUMBER", "trace_id")
def _t_spring_owner(b, g):
    r = g.r
    d = g.dt()
    if r.random() < 0.5:
        b.t("%s  INFO 1 --- [nio-8080-exec-%d] c.h.p.wx.controller.OwnerController      : " % (_f_lb(d), r.randint(1, 10)))
    else:
        b.t("%s  INFO 1 --- [owner-api] [nio-8080-exec-%d] c.h.p.wx.controller.OwnerController      : "
            % (_f_isoms(d), r.randint(1, 10)))
    b.t(r.choice(["业主绑定房屋成功", "业主认证通过", "租户入住登记完成"]) + ", name=").s(g.zh_name(), "PERSON")
    b.t(", mobile=").s(g.mobile(), "PHONE_NUMBER").t(", roomId=%d, traceId=" % r.randint(10000, 99999))
    b.d(g.hexs(32), "trace_id")


@_tpl("en", "Spring Boot DEBUG, WeChat code2Session response",
      "CREDENTIAL (session_key)", "app_id (sometimes)")
def _t_code2session(b, g):
    r = g.r
    d = g.dt()
    b.t("%s DEBUG 1 --- [nio-8080-exec-%d] c.h.p.wx.service.WxAuthService          : code2Session "
        % (_f_lb(d), r.randint(1, 10)))
    if r.random() < 0.5:
        b.t("appid=").d(g.appid(), "app_id").t(" ")
    b.t('resp={"session_key":"').s(g.cred("wx_sk"), "CREDENTIAL").t('","openid":"%s"' % g.openid())
    if r.random() < 0.5:
        b.t(',"unionid":"oTGF%s"' % g.rs(_B64U, 24))
    b.t("}")


@_tpl("en", "logrus text, WeChat access_token refresh", "CREDENTIAL (access_token)", "app_id")
def _t_logrus_token(b, g):
    r = g.r
    d = g.dt()
    b.t('time="%s" level=info msg="wechat access_token refreshed" appid=' % _f_iso(d)).d(g.appid(), "app_id")
    b.t(" access_token=").s(g.cred("wx_at"), "CREDENTIAL")
    b.t(" expires_in=7200 component=wxclient cost=%dms" % r.randint(30, 900))


@_tpl("en", "Hikvision ISAPI AccessControllerEvent JSON (face terminal)",
      "PERSON (name)", "device_ip, employee_id (employeeNoString)")
def _t_hikvision(b, g):
    r = g.r
    d = g.dt()
    name = g.zh_name() if r.random() < 0.75 else g.en_name()
    b.json({
        "ipAddress": D(g.ip_lan(), "device_ip"), "portNo": 80, "protocol": "HTTP",
        "macAddress": ":".join(g.hexs(2) for _ in range(6)), "channelID": 1,
        "dateTime": _f_iso(d), "activePostCount": 1, "eventType": "AccessControllerEvent",
        "eventState": "active", "eventDescription": "Access Controller Event",
        "AccessControllerEvent": {
            "deviceName": "Access Controller", "majorEventType": 5, "subEventType": 75,
            "name": S(name, "PERSON"), "cardReaderNo": 1,
            "employeeNoString": D(str(r.randint(1, 99999)), "employee_id"),
            "serialNo": r.randint(100, 99999), "userType": "normal",
            "currentVerifyMode": r.choice(["cardOrFace", "cardOrFaceOrFp", "face"]),
            "attendanceStatus": "undefined", "label": "", "mask": r.choice(["no", "yes"]),
            "purePwdVerifyEnable": True, "picturesNumber": 1},
    }, sep=(",", ":") if r.random() < 0.5 else (", ", ": "))


@_tpl("zh", "门禁控制器 swipe record", "PERSON (持卡人)", "device_serial, access_card_id")
def _t_door_card(b, g):
    r = g.r
    d = g.dt()
    b.t("[门禁控制器] %s 设备=%s栋%s门-%02d(SN:" % (_f_plain(d), r.choice("ABCDEFG"), r.choice("东南西北"), r.randint(1, 6)))
    b.d("DS-K%dT%s%s" % (r.randint(1000, 2999), d.strftime("%Y%m"), g.dig(6)), "device_serial")
    b.t(") 事件=%s 卡号=" % r.choice(["合法卡比对通过", "刷卡开门", "合法卡认证通过"]))
    b.d(g.dig(10), "access_card_id").t(" 持卡人=").s(g.zh_name(), "PERSON")
    b.t(" 房号=%s 方向=%s" % (g.room_short(), r.choice("进出")))


@_tpl("zh", "访客登记 guard-post record",
      "PERSON (访客), 3 of PHONE_NUMBER / CN_RESIDENT_ID / PERSON (surname of host 先生/女士) / PERSON (登记保安) / LICENSE_PLATE",
      "-")
def _t_visitor_reg(b, g):
    r = g.r
    d = g.dt()
    extra = r.sample(["phone", "id", "host", "guard", "plate"], 3)
    b.t("%s [访客登记] 岗亭=%s 访客=" % (_f_plain(d), r.choice(["北门", "南门", "东门岗", "地库入口"])))
    b.s(g.zh_name(), "PERSON")
    if "phone" in extra:
        b.t(" 手机=").s(g.mobile(), "PHONE_NUMBER")
    if "id" in extra:
        b.t(" 身份证=").s(g.cnid(), "CN_RESIDENT_ID")
    b.t(" 被访=%s" % g.room())
    if "host" in extra:
        b.t(" ").s(g.zh_sur(), "PERSON").t(r.choice(["先生", "女士"]))
    b.t(" 事由=%s" % r.choice(["送货", "探亲", "装修", "家政", "维修"]))
    if "plate" in extra:
        b.t(" 车牌=").s(g.plate_cn(), "LICENSE_PLATE")
    if "guard" in extra:
        b.t(" 登记人=保安 ").s(g.zh_name(), "PERSON")


@_tpl("zh", "小程序 访客邀请 / 通行码", "PERSON (业主), PHONE_NUMBER, PERSON (访客), LICENSE_PLATE (optional)",
      "pickup_code (通行码)")
def _t_visitor_invite(b, g):
    r = g.r
    d = g.dt()
    b.t("[访客邀请] %s 业主 " % _f_plain(d)).s(g.zh_name(), "PERSON").t("(").s(g.mobile(), "PHONE_NUMBER")
    b.t(") 为访客 ").s(g.zh_name(), "PERSON").t(" 生成通行码 ").d(g.dig(6), "pickup_code")
    b.t("，有效期至 %s 18:00，车辆 " % d.strftime("%Y-%m-%d"))
    if r.random() < 0.6:
        b.s(g.plate_cn(), "LICENSE_PLATE")
    else:
        b.t("无")


@_tpl("zh", "人脸闸机 recognition with snapshot URL", "PERSON", "device_ip x2")
def _t_face_gate(b, g):
    r = g.r
    d = g.dt()
    ip = g.ip_lan()
    b.t("[人脸闸机] %s 通道=%s 比对成功 人员=" % (_f_plain(d), r.choice(["南门2号闸", "北门1号闸", "地库电梯厅闸机"])))
    b.s(g.zh_name(), "PERSON").t(" 类型=%s 相似度=%.2f 抓拍机=" % (r.choice(["业主", "租户", "家属"]), r.uniform(0.8, 0.99)))
    b.d(ip, "device_ip").t(" 图片=http://").d(ip, "device_ip")
    b.t("/picture/Streaming/tracks/203/?name=ch00001_%s%s&size=%d" % (d.strftime("%Y%m%d%H%M%S"), g.dig(3),
                                                                     r.randint(20000, 90000)))


@_tpl("zh", "人脸库 新增人员", "PERSON, CN_RESIDENT_ID", "uuid (photo key)")
def _t_face_db(b, g):
    r = g.r
    d = g.dt()
    b.t("%s INFO [face-sync] 人脸库新增人员 personId=P%06d 姓名=" % (_f_lb(d), r.randint(1, 999999)))
    b.s(g.zh_name(), "PERSON").t(" 身份证号=").s(g.cnid(), "CN_RESIDENT_ID")
    b.t(" 人员类型=%s 照片=face/%s/" % (r.choice(["业主", "租户", "家政", "物业员工"]), d.strftime("%Y/%m/%d")))
    b.d(g.uuid4(), "uuid").t(".jpg 下发设备数=%d" % r.randint(1, 12))


@_tpl("zh", "黑名单预警 (no spans)", "-", "device_ip, uuid, masked (optional)")
def _t_blacklist(b, g):
    r = g.r
    d = g.dt()
    b.t("【黑名单预警】%s %d号门 人脸比对命中 黑名单库 相似度=%.2f 抓拍机 " % (_f_plain(d), r.randint(1, 6), r.uniform(0.8, 0.97)))
    b.d(g.ip_lan(), "device_ip").t(" 事件ID=").d(g.uuid4(), "uuid")
    if r.random() < 0.5:
        b.t(" 人员=").d(_mask(g.zh_name(), "PERSON", r), "masked")
    b.t(" 已推送值班室")


@_tpl("zh", "小程序 远程开门", "PERSON (login), IP_ADDRESS", "-")
def _t_remote_open(b, g):
    r = g.r
    d = g.dt()
    b.t("%s [远程开门] 用户 " % _f_plain(d)).s(g.login(), "PERSON")
    b.t(" 通过小程序开门 设备=%s区%d栋单元门 结果=%s 来源IP=" % (r.choice("ABC"), r.randint(1, 18), r.choice(["成功", "成功", "设备离线"])))
    b.s(g.ip_client(), "IP_ADDRESS").t(" 耗时=%dms" % r.randint(80, 3000))


@_tpl("zh", "停车场 ANPR 入场", "LICENSE_PLATE", "company (car brand named after a person)")
def _t_anpr_in(b, g):
    r = g.r
    d = g.dt()
    b.t("[停车场][入口%d] %s 车牌识别 plate=" % (r.randint(1, 3), _f_plain(d))).s(g.plate_cn(), "LICENSE_PLATE")
    b.t(" 颜色=%s 置信度=%d 车辆品牌=" % (r.choice(["蓝", "绿", "黄"]), r.randint(80, 99))).d(r.choice(_CAR_ZH), "company")
    b.t(" 类型=%s 动作=抬杆" % r.choice(["月租车", "临时车", "业主车辆"]))


@_tpl("zh", "停车场 出场缴费", "LICENSE_PLATE", "amount x2, order_id (11 digits starting with 1)")
def _t_parking_exit(b, g):
    r = g.r
    d = g.dt()
    amt = "%.2f" % (r.randint(1, 12) * r.choice([2, 3, 5]))
    b.t("[停车场][出口%d] 车牌 " % r.randint(1, 3)).s(g.plate_cn(), "LICENSE_PLATE")
    b.t(" 入场 %02d:%02d 出场 %s 停车时长 %d小时%d分 应收 ¥" % (r.randint(0, 12), r.randint(0, 59), d.strftime("%H:%M"),
                                                        r.randint(0, 9), r.randint(0, 59)))
    b.d(amt, "amount").t(" 实收 ¥").d(amt, "amount").t(" 支付=%s 订单号=" % r.choice(["微信", "支付宝", "ETC"]))
    b.d(g.order11(), "order_id")


@_tpl("zh", "停车 月卡续费", "LICENSE_PLATE, PERSON, PHONE_NUMBER", "amount, system_account")
def _t_monthly_pass(b, g):
    r = g.r
    d = g.dt()
    b.t("%s [月卡续费] 车牌=" % _f_plain(d)).s(g.plate_cn(), "LICENSE_PLATE").t(" 车主=").s(g.zh_name(), "PERSON")
    b.t(" 手机=").s(g.mobile(), "PHONE_NUMBER").t(" 续费%d个月 金额=" % r.choice([1, 3, 6, 12]))
    b.d(g.amount_cny(200, 3600), "amount").t(" 操作员=").d("svc-parking", "system_account")


@_tpl("en", "Singapore car park (EPS) exit, CEPAS deduction",
      "LICENSE_PLATE (SG)", "place, iu_number, amount")
def _t_sg_carpark(b, g):
    r = g.r
    d = g.dt()
    b.t('%s INFO [epms] site="' % _f_iso(d)).d(r.choice(["Tampines Central", "Punggol", "Jurong West", "Toa Payoh", "Woodlands"]), "place")
    b.t('" gantry=EXIT-%d iu=' % r.randint(1, 3)).d("1" + g.dig(9), "iu_number").t(" vehicle=")
    b.s(g.plate_sg(), "LICENSE_PLATE").t(" entry=%02d:%02d:%02d exit=%s charge=" % (r.randint(6, 17), r.randint(0, 59), r.randint(0, 59), d.strftime("%H:%M:%S")))
    b.d("SGD %.2f" % r.uniform(0.6, 18), "amount").t(" deducted=CEPAS")


@_tpl("en", "UK ANPR barrier camera", "LICENSE_PLATE (UK)", "place")
def _t_uk_anpr(b, g):
    r = g.r
    d = g.dt()
    b.t("ANPR %sZ site=\"" % d.strftime("%Y-%m-%d %H:%M:%S")).d(r.choice(["Canary Wharf", "Stratford", "Croydon", "Kings Cross"]), "place")
    b.t('" lane=%d vrm=' % r.randint(1, 4)).s(g.plate_uk(), "LICENSE_PLATE")
    b.t(" conf=%d permit=%s bay=B-%d barrier=%s" % (r.randint(70, 99), r.choice(["RESIDENT", "VISITOR", "NONE"]),
                                                   r.randint(1, 300), r.choice(["OPEN", "HOLD"])))


@_tpl("en", "Django logging, UK parking permit issued", "LICENSE_PLATE (UK), PERSON, EMAIL_ADDRESS", "-")
def _t_uk_permit(b, g):
    r = g.r
    d = g.dt()
    b.t("INFO %s permits.views Permit issued: vrm=" % _f_py(d)).s(g.plate_uk(spaced=False), "LICENSE_PLATE")
    b.t(' holder="').s(g.en_name(r.choice(["en_GB", "en_GB", "en_IN", "fr_FR", "es_ES", "de_DE"])), "PERSON")
    b.t('" email=').s(g.email("uk"), "EMAIL_ADDRESS").t(" expires=2027-%02d-28 type=%s" % (r.randint(1, 12), r.choice(["resident", "visitor-day", "contractor"])))


@_tpl("zh", "工单中心 新建报修 + 派单", "PERSON (报修人), PHONE_NUMBER, PERSON (surname before 师傅)",
      "case_number, employee_id")
def _t_repair(b, g):
    r = g.r
    d = g.dt()
    b.t("[工单中心] %s 新建报修 单号=" % _f_plain(d)).d(g.case_no(d, "WX"), "case_number").t(" 报修人=")
    b.s(g.zh_name(), "PERSON").t(" 电话=").s(g.mobile(), "PHONE_NUMBER")
    b.t(" 地址=%s%d期%s 内容=%s 已派单 " % (r.choice(_COMMUNITY), r.randint(1, 3), g.room(),
                                         r.choice(["厨房水管漏水", "卫生间下水堵塞", "入户门锁损坏", "客厅灯不亮", "空调漏水"])))
    b.s(g.zh_sur(), "PERSON").t("师傅(工号").d(g.emp_no(), "employee_id").t(")")


@_tpl("zh", "客服系统 投诉单", "PERSON (客户), PHONE_NUMBER (landline or mobile), PERSON (客服)",
      "case_number, employee_id")
def _t_complaint(b, g):
    r = g.r
    d = g.dt()
    b.t("[客服系统] 投诉单 ").d(g.case_no(d, "TS"), "case_number").t(" 状态=%s 客户=" % r.choice(["已受理", "处理中", "已回访"]))
    b.s(g.zh_name(), "PERSON").t(" 联系方式=").s(g.landline() if r.random() < 0.5 else g.mobile(), "PHONE_NUMBER")
    b.t(" 内容=%s 处理人=客服 " % r.choice(["楼上装修噪音", "电梯频繁故障", "垃圾清运不及时", "地库积水", "宠物扰民"]))
    b.s(g.zh_name(), "PERSON").t("(工号").d(g.emp_no(), "employee_id").t(")")


@_tpl("zh", "维修APP 师傅接单", "PERSON (师傅 full name), PERSON (surname before 女士/先生)",
      "employee_id, case_number")
def _t_fixer_accept(b, g):
    r = g.r
    d = g.dt()
    b.t("%s [维修APP] 师傅 " % _f_lb(d)).s(g.zh_name(), "PERSON").t("(工号 ").d(g.emp_no(), "employee_id")
    b.t(") 接单 ").d(g.case_no(d, "BX"), "case_number").t("，预计%d分钟到达；业主" % r.randint(10, 60))
    b.s(g.zh_sur(), "PERSON").t(r.choice(["女士", "先生"]) + "已电话确认")


@_tpl("zh", "装修备案", "PERSON (业主), PERSON (施工负责人), CN_RESIDENT_ID, PHONE_NUMBER (optional)",
      "amount (押金)")
def _t_renovation(b, g):
    r = g.r
    d = g.dt()
    b.t("[装修备案] %s 房号=%s 业主=" % (_f_plain(d), g.room_short())).s(g.zh_name(), "PERSON")
    b.t(" 施工负责人=").s(g.zh_name(), "PERSON").t(" 身份证=").s(g.cnid(), "CN_RESIDENT_ID")
    if r.random() < 0.5:
        b.t(" 电话=").s(g.mobile(), "PHONE_NUMBER")
    b.t(" 工期=%d天 押金=" % r.randint(15, 120)).d(g.amount_cny(1000, 5000), "amount")


@_tpl("zh", "保安 交接班", "PERSON x2", "case_number")
def _t_shift(b, g):
    r = g.r
    d = g.dt()
    b.t("[交接班] %s 白班 " % d.strftime("%m-%d %H:%M")).s(g.zh_name(), "PERSON").t(" → 夜班 ").s(g.zh_name(), "PERSON")
    b.t("，未结事项：%d号岗道闸故障 报修单 " % r.randint(1, 5)).d(g.case_no(d, "GD"), "case_number")


@_tpl("zh", "呼叫中心 来电记录", "PHONE_NUMBER, PERSON (坐席)", "employee_id, uuid (recording)")
def _t_callcenter(b, g):
    r = g.r
    d = g.dt()
    b.t("[呼叫中心] %s 来电 " % _f_plain(d)).s(g.mobile() if r.random() < 0.7 else g.landline(), "PHONE_NUMBER")
    b.t(" 坐席 ").s(g.zh_name(), "PERSON").t("(工号").d(g.emp_no(), "employee_id")
    b.t(") 通话时长 00:%02d:%02d 录音 rec/%s/" % (r.randint(0, 20), r.randint(0, 59), d.strftime("%Y%m%d")))
    b.d(g.uuid4(), "uuid").t(".wav 满意度=%d" % r.randint(1, 5))


@_tpl("en", "WeChat Pay v3 notify, decrypted resource (no spans)", "-",
      "order_id (out_trade_no), transaction_id, amount (fen)")
def _t_wxpay_notify(b, g):
    r = g.r
    d = g.dt()
    amt = str(r.randint(1000, 900000))
    b.t("%s INFO [pay-notify] WxPayNotifyHandler - decrypted resource: " % _f_lb(d))
    b.json({"mchid": "1230000109", "appid": g.appid(), "out_trade_no": D(g.order_pf(d), "order_id"),
            "transaction_id": D("42000%s%s%s" % (g.dig(5), d.strftime("%Y%m%d"), g.dig(10)), "transaction_id"),
            "trade_type": "JSAPI", "trade_state": "SUCCESS", "trade_state_desc": "支付成功",
            "bank_type": r.choice(["CMB_DEBIT", "ICBC_CREDIT", "OTHERS", "CCB_DEBIT"]),
            "success_time": _f_iso(d), "payer": {"openid": g.openid()},
            "amount": {"total": D(amt, "amount", raw=True), "payer_total": int(amt), "currency": "CNY",
                       "payer_currency": "CNY"}})


@_tpl("en", "UnionPay gateway DEBUG request (form params)", "CREDIT_CARD (accNo)", "order_id, amount")
def _t_unionpay(b, g):
    r = g.r
    d = g.dt()
    b.t("%s DEBUG [pay-gw] c.h.p.pay.UnionPayClient - frontTrans req: version=5.1.0&encoding=UTF-8&txnType=01"
        "&txnSubType=01&bizType=000201&channelType=08&accessType=0&merId=777290058110048&orderId=" % _f_lb(d))
    b.d(g.order_pf(d, "UP"), "order_id").t("&txnTime=%s&txnAmt=" % d.strftime("%Y%m%d%H%M%S"))
    b.d(str(r.randint(100, 900000)), "amount").t("&currencyCode=156&accNo=")
    b.s(g.card(r.choice(["unionpay", "unionpay", "visa", "mc"]), "plain"), "CREDIT_CARD")


@_tpl("zh", "短信网关 物业费催缴 content", "PHONE_NUMBER, PERSON (surname before 先生/女士)", "amount")
def _t_sms_dun(b, g):
    r = g.r
    d = g.dt()
    b.t("[短信网关] %s send mobile=" % _f_plain(d)).s(g.mobile(r.choice(["plain", "plain", "+86"])), "PHONE_NUMBER")
    b.t(' sign=【汇嘉物业】 content="尊敬的').s(g.zh_sur(), "PERSON").t(r.choice(["先生", "女士"]))
    b.t("，您名下%s 2026年度物业费" % g.room()).d(g.amount_cny(800, 9000), "amount")
    b.t("尚未缴纳，请于12月31日前通过“汇嘉生活”小程序缴纳。回T退订\" status=%s" % r.choice(["DELIVRD", "DELIVRD", "UNDELIV"]))


@_tpl("zh", "缴费中心 水电费", "PERSON (付款人)", "utility_account (户号), amount")
def _t_utility_pay(b, g):
    r = g.r
    d = g.dt()
    b.t("[缴费中心] %s %s缴纳成功 户号=" % (_f_plain(d), r.choice(["电费", "水费", "燃气费"])))
    b.d(r.choice(["31", "44", "11", "33"]) + g.dig(11), "utility_account").t(" 金额=").d(g.amount_cny(20, 900), "amount")
    b.t(" 付款人=").s(g.zh_name(), "PERSON").t(" 渠道=%s" % r.choice(["支付宝", "微信支付", "云闪付"]))


@_tpl("zh", "缴费中心 物业费订单 (Luhn-valid 16-digit order id)", "PERSON (缴费人)", "order_id (16 digits, Luhn), amount")
def _t_fee_order(b, g):
    r = g.r
    d = g.dt()
    b.t("[缴费中心] %s 订单 " % _f_lb(d)).d(g.luhn16(), "order_id").t(" 支付成功 金额 ")
    b.d(g.amount_cny(300, 9000), "amount").t(" 缴费人 ").s(g.zh_name(), "PERSON").t(" 房号 %s" % g.room_short())


@_tpl("zh", "财务 银行卡代扣签约", "PERSON (户名), CREDIT_CARD", "contract_id")
def _t_debit_sign(b, g):
    r = g.r
    d = g.dt()
    b.t("[财务] %s 物业费银行卡代扣签约成功 户名=" % _f_plain(d)).s(g.zh_name(), "PERSON").t(" 卡号=")
    b.s(g.card(r.choice(["unionpay", "unionpay", "visa", "mc"])), "CREDIT_CARD")
    b.t(" 银行=%s 签约号=" % r.choice(["招商银行", "工商银行", "建设银行", "平安银行"])).d("SGN%s%s" % (d.strftime("%Y%m%d"), g.dig(6)), "contract_id")


@_tpl("en", "MQTT bridge, smart water meter uplink (no spans)", "-", "meter_id x2, epoch_ts")
def _t_water_mqtt(b, g):
    r = g.r
    d = g.dt()
    mid = "WM%s" % g.dig(10)
    b.t("%s mqtt-bridge INFO rx topic=meter/water/" % _f_utcz(d)).d(mid, "meter_id").t("/up qos=1 payload=")
    b.json({"meterId": D(mid, "meter_id"), "reading": round(r.uniform(10, 9000), 2), "unit": "m3",
            "valve": r.choice(["open", "closed"]), "battery": round(r.uniform(3.1, 3.7), 2),
            "rssi": -r.randint(60, 110), "ts": D(g.epoch(d), "epoch_ts", raw=True)})



@_tpl("zh", "智能电表 欠费拉闸", "PERSON (surname before 先生/女士), PHONE_NUMBER", "meter_id, amount")
def _t_meter_cutoff(b, g):
    r = g.r
    d = g.dt()
    b.t("[智能电表] %s 表号 " % _f_plain(d)).d("0000" + g.dig(8), "meter_id")
    b.t(" 余额 ").d("-¥%.2f" % r.uniform(0.1, 20), "amount").t(" 已自动拉闸，已短信通知户主 ")
    b.s(g.zh_sur(), "PERSON").t(r.choice(["先生", "女士"]) + " ").s(g.mobile(), "PHONE_NUMBER")


@_tpl("zh", "远传水表 疑似漏水", "PERSON (管家)", "meter_id")
def _t_water_leak(b, g):
    r = g.r
    d = g.dt()
    b.t("[远传水表] %s 表号=" % _f_plain(d)).d("WM" + g.dig(10), "meter_id")
    b.t(" 连续%dh持续流量%.2fm³/h 疑似漏水，管家 " % (r.choice([24, 48, 72]), r.uniform(0.02, 0.5)))
    b.s(g.zh_name(), "PERSON").t(" 已%s" % r.choice(["上门", "电话联系业主", "关阀"]))


@_tpl("zh", "电梯物联网 困人告警", "PERSON (维保人员), PHONE_NUMBER", "elevator_reg_code")
def _t_elevator_trap(b, g):
    r = g.r
    d = g.dt()
    b.t("[电梯物联网] %s 告警 注册代码=" % _f_plain(d)).d("311%s%s" % (r.choice(["04403", "03101", "01101"]), g.dig(12)), "elevator_reg_code")
    b.t(" 位置=%d栋%d号梯 类型=%s 楼层=%d-%d 已通知维保 " % (r.randint(1, 18), r.randint(1, 4), r.choice(["困人", "冲顶", "门区外停梯"]),
                                                    r.randint(2, 30), r.randint(3, 31)))
    b.s(g.zh_name(), "PERSON").t(" ").s(g.mobile(), "PHONE_NUMBER")


@_tpl("zh", "电梯五方通话 转接", "PERSON (值班人员), PHONE_NUMBER", "extension")
def _t_elevator_call(b, g):
    r = g.r
    d = g.dt()
    b.t("[电梯五方通话] %s 呼叫来自 %d栋%d号梯轿厢 分机 " % (_f_plain(d), r.randint(1, 18), r.randint(1, 4)))
    b.d(str(r.randint(8001, 8099)), "extension").t(" 转接值班人员 ").s(g.zh_name(), "PERSON")
    b.t(" 手机 ").s(g.mobile(), "PHONE_NUMBER").t(" 接通=%s" % r.choice(["是", "否"]))


@_tpl("en", "fire-alarm gateway event (ack by person login or service account)",
      "PERSON (ack_by login) or none", "system_account (when acked by service)")
def _t_fas(b, g):
    r = g.r
    d = g.dt()
    b.t("%s fas-gw FAS EVENT panel=FP-%02d loop=%d addr=%03d dev=%s zone=\"%s\" state=%s ack_by="
        % (_f_iso(d), r.randint(1, 4), r.randint(1, 8), r.randint(1, 250), r.choice(["SMOKE", "HEAT", "MCP"]),
           r.choice(["B1 Car Park", "Level 3 Lobby", "Plant Room", "Block 2 Stairwell"]),
           r.choice(["ALARM", "FAULT", "PREALARM"])))
    if r.random() < 0.7:
        b.s(g.login(), "PERSON")
    else:
        b.d("svc-fas", "system_account")
    b.t(" ack_at=%s" % (d + _dt.timedelta(seconds=r.randint(5, 300))).strftime("%H:%M:%S"))


@_tpl("zh", "消防主机 火警确认", "PERSON (值班人员)", "-")
def _t_fire_panel(b, g):
    r = g.r
    d = g.dt()
    b.t("[消防主机] %s %s 回路%d 地址%03d %s %s 已确认 确认人=值班人员 " % (
        _f_plain(d), r.choice(["火警", "故障", "预警"]), r.randint(1, 8), r.randint(1, 250),
        r.choice(["烟感", "温感", "手报"]), r.choice(["B1车库", "3栋大堂", "水泵房", "会所二层"])))
    b.s(g.zh_name(), "PERSON")


@_tpl("en", "Aliyun SMS SendSms response, verification code",
      "PHONE_NUMBER", "request_id (RequestId UUID), pickup_code (code)")
def _t_aliyun_sms(b, g):
    r = g.r
    d = g.dt()
    b.t("%s INFO [sms-sender] AliyunSmsClient - SendSms resp={\"RequestId\":\"" % _f_lb(d))
    b.d(g.uuid4().upper(), "request_id").t('","Message":"OK","BizId":"%s^0","Code":"OK"} phone=' % g.dig(18))
    b.s(g.mobile(r.choice(["plain", "plain", "+86"])), "PHONE_NUMBER")
    b.t(" template=SMS_%d params={\"code\":\"" % r.randint(100000000, 299999999)).d(g.dig(r.choice([4, 6])), "pickup_code")
    b.t('"}')


@_tpl("en", "Spring Kafka consumer, visitor sync payload",
      "PERSON, CN_RESIDENT_ID, PHONE_NUMBER, LICENSE_PLATE (optional)", "record_id (key)")
def _t_kafka(b, g):
    r = g.r
    d = g.dt()
    b.t("%s  INFO 1 --- [ntainer#0-0-C-1] c.h.p.mq.VisitorSyncConsumer : consume topic=visitor-registered partition=%d "
        "offset=%d key=" % (_f_lb(d), r.randint(0, 11), r.randint(1000, 9999999)))
    b.d("V%s%s" % (d.strftime("%Y%m%d"), g.dig(6)), "record_id").t(" value=")
    obj = {"visitorName": S(g.zh_name(), "PERSON"), "idCardNo": S(g.cnid(), "CN_RESIDENT_ID"),
           "mobile": S(g.cn_mobile_raw(), "PHONE_NUMBER"), "hostRoom": g.room_short()}
    if r.random() < 0.4:
        obj["plateNo"] = S(g.plate_cn(sep=""), "LICENSE_PLATE")
    obj["gate"] = r.choice(["N1", "S2", "E1"])
    b.json(obj)


@_tpl("en", "Python logging, RabbitMQ (pika) consumer printing a bytes body with \\\\u escapes",
      "PERSON (\\\\u-escaped inside bytes repr), EMAIL_ADDRESS", "amount, order_id")
def _t_rabbit(b, g):
    r = g.r
    d = g.dt()
    b.t("%s INFO [fee-consumer] consumed delivery_tag=%d routing_key=fee.paid body=b'{\"payer\": \"" % (_f_py(d), r.randint(1, 99999)))
    b.s(g.zh_name(), "PERSON", enc=_uesc2).t('", "email": "').s(g.email(), "EMAIL_ADDRESS")
    b.t('", "amount": ').d("%.1f" % r.uniform(100, 9000), "amount").t(', "order_id": "').d(g.order_pf(d), "order_id")
    b.t("\"}'")


@_tpl("zh", "企业微信机器人 门岗告警", "PERSON (值班保安), PHONE_NUMBER, PERSON (surname before 经理/主管)", "-")
def _t_wecom(b, g):
    r = g.r
    d = g.dt()
    b.t("%s [企业微信机器人] 推送成功 errcode=0 content=\"【门岗告警】%d号门 %s，值班保安：" % (
        _f_lb(d), r.randint(1, 6), r.choice(["陌生人尾随进入", "车辆强行闯杆", "门禁长时间未关"])))
    b.s(g.zh_name(), "PERSON").t(" ").s(g.mobile(), "PHONE_NUMBER").t("，请 @").s(g.zh_sur(), "PERSON")
    b.t(r.choice(["经理", "主管", "队长"]) + " 尽快处理\"")


@_tpl("zh", "钉钉机器人 维修超时 (phone in text and atMobiles)", "PERSON, PHONE_NUMBER x2", "case_number")
def _t_dingtalk(b, g):
    r = g.r
    d = g.dt()
    ph = g.cn_mobile_raw()
    b.t("[钉钉机器人] msgtype=text content=\"【维修超时】工单").d(g.case_no(d, "WX"), "case_number")
    b.t("已超时%d小时，责任人 " % r.randint(1, 8)).s(g.zh_name(), "PERSON").t(" @").s(ph, "PHONE_NUMBER")
    b.t(' 请跟进" atMobiles=["').s(ph, "PHONE_NUMBER").t('"] isAtAll=false')


@_tpl("zh", "物业管家 工作记录", "PERSON (管家), PERSON (surname before 女士/先生), PHONE_NUMBER", "-")
def _t_butler(b, g):
    r = g.r
    d = g.dt()
    b.t("[管家-").s(g.zh_name(), "PERSON").t("] %s 已联系%d栋业主" % (d.strftime("%Y-%m-%d %H:%M"), r.randint(1, 18)))
    b.s(g.zh_sur(), "PERSON").t(r.choice(["女士", "先生"]) + "(").s(g.mobile(r.choice(["sp", "plain", "dash"])), "PHONE_NUMBER")
    b.t(")，确认%s" % r.choice(["明天上午上门抄表", "周六下午维修热水器", "车位续租事宜", "快递代收"]))


@_tpl("zh", "保安 巡更记录", "PERSON (巡更员)", "device_serial (巡更棒)")
def _t_patrol(b, g):
    r = g.r
    d = g.dt()
    b.t("巡更记录 巡更员=").s(g.zh_name(), "PERSON").t(" 点位=%s 时间=%s 状态=%s 设备号=" % (
        r.choice(["地库B2-07", "3栋天台", "北门岗", "水泵房", "会所后门"]), _f_plain(d), r.choice(["正常", "正常", "漏检", "异常"])))
    b.d("XG-%04d" % r.randint(1, 9999), "device_serial")


@_tpl("en", "Spring Boot DEBUG, password reset request body",
      "PHONE_NUMBER, CREDENTIAL (newPassword)", "pickup_code (smsCode)")
def _t_reset_api(b, g):
    r = g.r
    d = g.dt()
    b.t("%s DEBUG 7 --- [owner-api] [nio-8080-exec-%d] c.h.p.auth.PasswordController : POST /api/auth/password/reset body="
        % (_f_isoms(d), r.randint(1, 10)))
    b.json({"mobile": S(g.mobile(r.choice(["+86sp", "plain", "+86"])), "PHONE_NUMBER"),
            "smsCode": D(g.dig(6), "pickup_code"), "newPassword": S(g.password(), "CREDENTIAL")})


@_tpl("zh", "用户中心 重置密码 (plaintext password logged)", "PERSON (login), CREDENTIAL, IP_ADDRESS", "-")
def _t_reset_zh(b, g):
    r = g.r
    d = g.dt()
    b.t("%s [用户中心] 用户 " % _f_plain(d)).s(g.login(), "PERSON").t(" 重置密码成功 新密码=").s(g.password(), "CREDENTIAL")
    b.t(" 操作IP=").s(g.ip_client(), "IP_ADDRESS").t(" 渠道=%s" % r.choice(["小程序", "H5", "管理后台"]))


@_tpl("en", "HikariCP start with JDBC URL (password in query, percent-encoded)",
      "CREDENTIAL", "server_ip, port, system_account")
def _t_hikari(b, g):
    r = g.r
    d = g.dt()
    b.t("%s  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting... url=jdbc:mysql://" % _f_lb(d))
    b.d(g.ip_server(), "server_ip").t(":").d("3306", "port").t("/property?user=").d(r.choice(["pm_app", "pm_report", "root"]), "system_account")
    b.t("&password=").s(g.password(), "CREDENTIAL", enc=_pct).t("&useSSL=false&serverTimezone=Asia/Shanghai")


@_tpl("en", "Celery / redis-py connection error with redis:// URL", "CREDENTIAL (URL password)",
      "server_ip x2")
def _t_redis(b, g):
    r = g.r
    d = g.dt()
    ip = g.ip_server()
    b.t("[%s: ERROR/MainProcess] consumer: Cannot connect to redis://:" % _f_py(d)).s(g.password(), "CREDENTIAL", enc=_pct)
    b.t("@").d(ip, "server_ip").t(":6379/%d: Error 111 connecting to " % r.randint(0, 15)).d(ip, "server_ip")
    b.t(":6379. Connection refused..")


@_tpl("en", "Aliyun OSS upload failure with AccessKey pair", "CREDENTIAL x2 (AccessKeyId, AccessKeySecret)",
      "uuid (object key), request_id")
def _t_oss(b, g):
    r = g.r
    d = g.dt()
    b.t("%s ERROR 1 --- [pool-3-thread-%d] c.h.p.face.OssUploader : upload failed bucket=pm-face-photos key=face/%s/"
        % (_f_lb(d), r.randint(1, 8), d.strftime("%Y/%m/%d")))
    b.d(g.uuid4(), "uuid").t(".jpg endpoint=oss-cn-shenzhen.aliyuncs.com accessKeyId=").s(g.cred("ali_ak"), "CREDENTIAL")
    b.t(" accessKeySecret=").s(g.cred("ali_sk"), "CREDENTIAL").t(" code=SignatureDoesNotMatch requestId=")
    b.d(g.rs(_HEXU, 24), "request_id")


@_tpl("en", "merchant private key parse failure (PEM body on one line)", "CREDENTIAL (key body)", "merchant_id")
def _t_privkey(b, g):
    r = g.r
    d = g.dt()
    b.t("%s ERROR [pay-gw] WxPayConfig - mchid=" % _f_lb(d)).d("1" + g.dig(9), "merchant_id")
    b.t(" failed to load merchant private key: -----BEGIN PRIVATE KEY-----" + r.choice(["", " ", "\\n"]))
    b.s(g.cred("pem"), "CREDENTIAL")
    b.t(r.choice(["", " ", "\\n"]) + "-----END PRIVATE KEY----- (java.security.spec.InvalidKeySpecException: "
        "java.security.InvalidKeyException: IOException : algid parse error, not a sequence)")


@_tpl("en", "config loader dump with one masked and one leaked secret", "CREDENTIAL (api-v3-key or secret)",
      "masked, merchant_id")
def _t_config_dump(b, g):
    r = g.r
    d = g.dt()
    b.t("%s INFO [config] loaded profile=prod spring.redis.password=" % _f_lb(d)).d(r.choice(["******", "[REDACTED]", "****"]), "masked")
    b.t(" wechat.pay.mch-id=").d("1" + g.dig(9), "merchant_id")
    key, kind = r.choice([("wechat.pay.api-v3-key", "apiv3"), ("wechat.mp.secret", "wx_secret"),
                          ("aliyun.sms.access-key-secret", "ali_sk"), ("stripe.secret-key", "stripe")])
    b.t(" %s=" % key).s(g.cred(kind), "CREDENTIAL")


@_tpl("en", "Spring request logging filter with Cookie header",
      "CREDENTIAL x2 (JSESSIONID, wx_sid)", "epoch_ts (analytics cookie)")
def _t_cookie(b, g):
    r = g.r
    d = g.dt()
    b.t('%s DEBUG 1 --- [nio-8080-exec-%d] o.s.w.f.CommonsRequestLoggingFilter : Before request [GET /owner/home, headers=[host:"m.huijia-pm.com", cookie:"JSESSIONID='
        % (_f_lb(d), r.randint(1, 10)))
    b.s(g.cred("jsess"), "CREDENTIAL").t("; wx_sid=").s(g.cred(r.choice(["php", "hex32", "opaque"])), "CREDENTIAL")
    b.t("; Hm_lvt_%s=" % g.hexs(32)).d(g.epoch(d - _dt.timedelta(days=r.randint(0, 20))), "epoch_ts")
    b.t('", user-agent:"%s"]]' % _UA_IOS_WX)


@_tpl("en", "Django logging, UK direct-debit mandate", "PERSON, EMAIL_ADDRESS, IBAN_CODE", "mandate_id")
def _t_uk_dd(b, g):
    r = g.r
    d = g.dt()
    b.t('INFO %s tenancy.views DD mandate created tenant="' % _f_py(d)).s(g.en_name(r.choice(["en_GB", "en_GB", "en_IN", "fr_FR", "es_ES", "de_DE", "en_AU"])), "PERSON")
    b.t('" email=').s(g.email("uk"), "EMAIL_ADDRESS").t(" iban=")
    b.s(g.iban(r.choice(["GB", "GB", "GB", "IE", "FR", "DE", "ES", "NL"])), "IBAN_CODE").t(" mandate=").d("MD-%07d" % r.randint(1, 9999999), "mandate_id")


@_tpl("en", "Singapore visitor pass issued (NRIC masked)", "PERSON, PHONE_NUMBER, LICENSE_PLATE (SG, optional)",
      "place, masked (NRIC)")
def _t_sg_visitor(b, g):
    r = g.r
    d = g.dt()
    b.t("[%s] visitor.pass.issued site=" % _f_plain(d)).d(r.choice(["Tampines Central", "Punggol", "Bishan Park", "Marina Bay"]), "place")
    b.t(' name="').s(g.sg_name(), "PERSON").t('" nric=').d("%s****%03d%s" % (r.choice("STFG"), r.randint(0, 999), r.choice(string.ascii_uppercase)), "masked")
    b.t(" mobile=").s(g.sg_phone(), "PHONE_NUMBER").t(" unit=%s vehicle=" % g.sg_unit())
    if r.random() < 0.6:
        b.s(g.plate_sg(), "LICENSE_PLATE")
    else:
        b.t("-")


@_tpl("en", "tenant screening request (US applicant)", "PERSON, US_SSN", "case_number (ref)")
def _t_us_screening(b, g):
    r = g.r
    d = g.dt()
    b.t('%s screening-svc INFO request applicant="' % _f_utcz(d)).s(g.en_name("en_US"), "PERSON")
    b.t('" ssn=').s(g.ssn(), "US_SSN").t(" dob=%d-%02d-%02d provider=TransUnion result=%s ref=" % (
        r.randint(1955, 2004), r.randint(1, 12), r.randint(1, 28), r.choice(["ACCEPT", "REVIEW", "DECLINE"])))
    b.d("SCR-%06d" % r.randint(1, 999999), "case_number")


@_tpl("zh", "外籍访客登记 (passport)", "PERSON, PASSPORT, PHONE_NUMBER (optional)", "-")
def _t_foreign_visitor(b, g):
    r = g.r
    d = g.dt()
    nat, loc = r.choice([("GBR", "en_GB"), ("USA", "en_US"), ("SGP", None), ("IND", "en_IN"),
                         ("MYS", None), ("FRA", "fr_FR"), ("DEU", "de_DE"), ("ESP", "es_ES")])
    name = g.sg_name() if loc is None else g.en_name(loc)
    pk = {"GBR": "GB", "USA": "US", "SGP": "SG", "IND": "IN", "MYS": "MY", "FRA": "FR", "DEU": "DE",
          "ESP": "ES"}[nat]
    b.t("%s [访客登记] 外籍访客 姓名=" % _f_plain(d)).s(name, "PERSON").t(" 国籍=%s 护照号=" % nat)
    b.s(g.passport(pk), "PASSPORT")
    if r.random() < 0.5:
        b.t(" 电话=").s(g.intl(r.choice(["SG", "GB", "US", "MY", "IN"]), style="intl"), "PHONE_NUMBER")
    b.t(" 被访=%s 有效期=当日" % g.room())


@_tpl("en", "Singapore tenancy onboarding (Employment Pass holder)", "PERSON, PASSPORT, EMAIL_ADDRESS", "-")
def _t_sg_tenant(b, g):
    r = g.r
    d = g.dt()
    nat = r.choice(["IND", "IND", "CHN", "MYS", "GBR", "USA"])
    pk = {"IND": "IN", "CHN": "CN", "MYS": "MY", "GBR": "GB", "USA": "US"}[nat]
    name = {"IND": g.en_name("en_IN"), "CHN": g.zh_name(), "MYS": g.sg_name(), "GBR": g.en_name("en_GB"),
            "USA": g.en_name("en_US")}[nat]
    b.t("%s INFO tenancy.onboard unit=%s tenant=\"" % (_f_py(d), g.sg_unit())).s(name, "PERSON")
    b.t('" passport=').s(g.passport(pk), "PASSPORT").t(" nationality=%s pass=%s email=" % (nat, r.choice(["EP", "SP", "DP"])))
    b.s(g.email("sg"), "EMAIL_ADDRESS")


@_tpl("en", "admin audit JSON (owner list export)", "IP_ADDRESS (admin workstation), PERSON (actor login) or none",
      "system_account (when actor is admin)")
def _t_audit(b, g):
    r = g.r
    d = g.dt()
    actor = S(g.login(), "PERSON") if r.random() < 0.6 else D(r.choice(["admin", "administrator", "svc-billing"]), "system_account")
    b.json({"ts": _f_isoms(d), "level": "audit", "actor": actor,
            "action": r.choice(["owner.export", "fee.adjust", "visitor.blacklist.add", "face.delete"]),
            "resource": "community/%d/owners" % r.randint(1, 40), "count": r.randint(1, 3000),
            "src_ip": S(g.ip_lan() if r.random() < 0.6 else g.ip_client(), "IP_ADDRESS"), "result": "ok"},
           sep=(", ", ": "))


@_tpl("en", "sshd auth log (publickey accepted / failed password)",
      "PERSON (login) + IP_ADDRESS, or IP_ADDRESS (attacker)", "system_account (root/admin), port")
def _t_sshd(b, g):
    r = g.r
    d = g.dt()
    b.t("%s %s sshd[%d]: " % (_f_sys(d), r.choice(["gate-gw-01", "bastion", "pm-prod-03"]), r.randint(1000, 60000)))
    if r.random() < 0.5:
        b.t("Accepted publickey for ").s(g.login(), "PERSON").t(" from ").s(g.ip_client(v6=False), "IP_ADDRESS")
        b.t(" port ").d(str(r.randint(1024, 65535)), "port").t(" ssh2: ED25519 SHA256:%s" % g.rs(_B64, 43))
    else:
        b.t("Failed password for ").d(r.choice(["root", "admin", "ubuntu", "oracle"]), "system_account").t(" from ")
        b.s(g.ip_client(), "IP_ADDRESS").t(" port ").d(str(r.randint(1024, 65535)), "port").t(" ssh2")


@_tpl("en", "sudo via syslog (login printed twice: user and PWD)", "PERSON x2 (login)", "system_account (USER=root)")
def _t_sudo(b, g):
    r = g.r
    d = g.dt()
    u = g.login()
    b.t("%s gate-gw-01 sudo:   " % _f_sys(d)).s(u, "PERSON").t(" : TTY=pts/%d ; PWD=/home/" % r.randint(0, 5)).s(u, "PERSON")
    b.t(" ; USER=").d("root", "system_account").t(" ; COMMAND=/usr/bin/systemctl restart %s" % r.choice(["gate-agent", "anpr-sync", "mqtt-bridge"]))


@_tpl("en", "kubelet event, image pulled (no spans)", "-", "version, image_digest")
def _t_k8s(b, g):
    r = g.r
    d = g.dt()
    svc = r.choice(["visitor-svc", "owner-api", "fee-svc", "face-sync"])
    b.t('I%s %s    %d event.go:389] "Event occurred" object="pm-prod/%s-%s-%s" kind="Pod" apiVersion="v1" type="Normal" '
        'reason="Pulled" message="Successfully pulled image \\"registry.cn-shenzhen.aliyuncs.com/huijia/%s:'
        % (d.strftime("%m%d"), d.strftime("%H:%M:%S.%f"), r.randint(1000, 9000), svc, g.hexs(9), g.rs(_LONUM, 5), svc))
    b.d(g.ver(), "version").t('@').d("sha256:" + g.hexs(64), "image_digest")
    b.t('\\" in %.3fs. Image size: %d bytes."' % (r.uniform(0.5, 9), r.randint(10 ** 7, 4 * 10 ** 8)))


@_tpl("en", "CI deploy log (no spans)", "-", "commit_hash, system_account, version")
def _t_deploy(b, g):
    r = g.r
    d = g.dt()
    b.t("[ci] %s pipeline #%d deploy %s commit=" % (_f_iso(d, "Z"), r.randint(10000, 99999), r.choice(["visitor-svc", "owner-api", "gate-agent"])))
    b.d(g.hexs(40) if r.random() < 0.5 else g.hexs(8), "commit_hash").t(" tag=").d(g.ver(), "version")
    b.t(" by=").d(r.choice(["ci-bot", "gitlab-runner", "jenkins", "deploy"]), "system_account").t(" status=success")


@_tpl("en", "dnsmasq query / forward / reply", "IP_ADDRESS (querying client) or none", "server_ip (resolver / answer)")
def _t_dnsmasq(b, g):
    r = g.r
    d = g.dt()
    host = r.choice(["gate-api.huijia.internal", "mqtt.huijia.internal", "api.weixin.qq.com", "oss-cn-shenzhen.aliyuncs.com"])
    b.t("%s gw-ap01 dnsmasq[%d]: " % (_f_sys(d), r.randint(300, 3000)))
    x = r.random()
    if x < 0.5:
        b.t("query[%s] %s from " % (r.choice(["A", "AAAA"]), host)).s(g.ip_lan(), "IP_ADDRESS")
    elif x < 0.75:
        b.t("forwarded %s to " % host).d(g.ip_server(), "server_ip")
    else:
        b.t("reply %s is " % host).d(g.ip_server(), "server_ip")


@_tpl("en", "psycopg2 OperationalError (no spans)", "-", "server_ip, port, system_account")
def _t_psycopg(b, g):
    r = g.r
    d = g.dt()
    b.t('%s ERROR [report-job] psycopg2.OperationalError: connection to server at "' % _f_py(d)).d(g.ip_server(), "server_ip")
    b.t('", port ').d("5432", "port").t(' failed: FATAL:  password authentication failed for user "')
    b.d(r.choice(["pm_report", "postgres", "pm_app"]), "system_account").t('"')


@_tpl("en", "Singapore lift monitoring alert", "PERSON (technician), PHONE_NUMBER", "case_number")
def _t_sg_lift(b, g):
    r = g.r
    d = g.dt()
    b.t("LiftMon %s SGT ALERT lift=L%d blk=%d status=%s floors=L%d-L%d technician=\"" % (
        _f_plain(d), r.randint(1, 4), r.randint(100, 999), r.choice(["STALLED", "DOOR_FAULT", "TRAPPED"]),
        r.randint(1, 20), r.randint(2, 21)))
    b.s(g.sg_name(), "PERSON").t('" contact=').s(g.sg_phone(), "PHONE_NUMBER").t(" eta=%dmin ticket=" % r.randint(5, 45))
    b.d(g.case_no(d, "LM"), "case_number")


@_tpl("en", "UK concierge parcel log", "PERSON (surname after Mr./Mrs./Ms./Dr.), PERSON (staff full name)",
      "waybill, place")
def _t_uk_concierge(b, g):
    r = g.r
    d = g.dt()
    b.t("%s [Concierge] Parcel %s " % (d.strftime("%Y-%m-%d %H:%M:%S"), r.choice(["DPD", "Royal Mail", "Evri", "DHL"])))
    b.d(g.dig(14), "waybill").t(" for %s " % r.choice(["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs"])).s(g.en_sur(), "PERSON")
    b.t(", Flat %d - received by " % r.randint(1, 120)).s(g.en_name(r.choice(["en_GB", "en_GB", "en_IN", "es_ES"])), "PERSON")
    b.t(" at ").d(r.choice(["Holborn Court", "Canary Wharf", "Kings Cross", "Shoreditch"]), "place").t(" front desk")


@_tpl("en", "Django DEBUG form cleaned_data (Python dict repr)", "PERSON, CREDIT_CARD or IBAN_CODE", "-")
def _t_django_form(b, g):
    r = g.r
    d = g.dt()
    b.t("DEBUG %s payments.forms cleaned_data={'name_on_account': '" % _f_py(d))
    b.s(g.en_name(r.choice(["en_GB", "en_GB", "en_US", "en_AU", "fr_FR", "de_DE"])), "PERSON").t("', ")
    if r.random() < 0.6:
        b.t("'card_number': '").s(g.card(r.choice(["visa", "mc", "amex"])), "CREDIT_CARD")
        b.t("', 'expiry': '%02d/%d', 'postcode': 'E14 %d%s'}" % (r.randint(1, 12), r.randint(27, 31), r.randint(1, 9), g.rs("ABDEFGHJLNPQRSTUWXYZ", 2)))
    else:
        b.t("'iban': '").s(g.iban(), "IBAN_CODE").t("', 'collection_day': %d}" % r.choice([1, 15, 28]))


@_tpl("en", "owner-app login event JSON with ensure_ascii (\\u-escaped name)",
      "PERSON (\\u-escaped), PHONE_NUMBER, IP_ADDRESS", "-")
def _t_app_login(b, g):
    r = g.r
    d = g.dt()
    b.json({"event": "login", "ts": _f_isoms(d), "user": {"name": S(g.zh_name(), "PERSON"),
                                                          "mobile": S(g.cn_mobile_raw(), "PHONE_NUMBER")},
            "ip": S(g.ip_client(), "IP_ADDRESS"), "ua": r.choice(["HuijiaLife/3.8.2 (iPhone; iOS 17.5)",
                                                                 "HuijiaLife/3.8.1 (Android 14)"])},
           ea=True, sep=(", ", ": "))



@_tpl("en", "postfix smtp delivery (to person) or qmgr (from role mailbox)",
      "EMAIL_ADDRESS or none", "queue_id, server_ip (relay) or role_mailbox")
def _t_postfix(b, g):
    r = g.r
    d = g.dt()
    qid = g.rs(_HEXU, 10)
    if r.random() < 0.65:
        b.t("%s mail01 postfix/smtp[%d]: " % (_f_sys(d), r.randint(1000, 60000))).d(qid, "queue_id").t(": to=<")
        b.s(g.email(), "EMAIL_ADDRESS").t(">, relay=%s[" % r.choice(["mx1.qq.com", "gmail-smtp-in.l.google.com", "mx.163.com"]))
        b.d(g.ip_server(), "server_ip").t("]:25, delay=%.1f, delays=0.01/0/%.1f/%.2f, dsn=2.0.0, status=sent (250 2.0.0 OK  %s)"
                                          % (r.uniform(0.2, 3), r.uniform(0.1, 1), r.uniform(0.1, 2), g.epoch(d)))
    else:
        b.t("%s mail01 postfix/qmgr[%d]: " % (_f_sys(d), r.randint(1000, 60000))).d(qid, "queue_id").t(": from=<")
        b.d(g.role_mail(), "role_mailbox").t(">, size=%d, nrcpt=1 (queue active)" % r.randint(900, 90000))


@_tpl("zh", "用户中心 绑定QQ邮箱", "PERSON, EMAIL_ADDRESS (numeric QQ)", "role_mailbox")
def _t_qq_bind(b, g):
    r = g.r
    d = g.dt()
    b.t("%s [用户中心] 业主 " % _f_plain(d)).s(g.zh_name(), "PERSON").t(" 绑定邮箱 ").s(g.qq(), "EMAIL_ADDRESS")
    b.t(" 成功，验证邮件由 ").d(g.role_mail("huijia-pm.com"), "role_mailbox").t(" 发出")


@_tpl("zh", "社区活动 读书会报名", "PERSON (管家), PHONE_NUMBER", "public_figure")
def _t_bookclub(b, g):
    r = g.r
    d = g.dt()
    fig = r.choice(_PUBLIC_ZH)
    b.t("[社区活动] %s 12月读书会 主题=" % _f_plain(d)).d(fig, "public_figure").t("《%s》 报名人数=%d 联系人=管家 " % (_PUBLIC_ZH_WORK[fig], r.randint(5, 60)))
    b.s(g.zh_name(), "PERSON").t(" ").s(g.mobile(), "PHONE_NUMBER")


@_tpl("en", "push campaign, Singapore Christmas event", "PERSON (sender login) or none",
      "public_figure, place, system_account (when sent by service)")
def _t_sg_xmas(b, g):
    r = g.r
    d = g.dt()
    b.t('[push] %s SGT campaign=xmas-2026 title="Meet ' % _f_plain(d)).d(r.choice(["Santa Claus", "Father Christmas", "Peter Rabbit"]), "public_figure")
    b.t(' at the Clubhouse!" body="Join us this Saturday at ').d(r.choice(["Tampines Central", "Punggol", "Bishan Park"]), "place")
    b.t(' clubhouse, 3pm" sent=%d failed=%d by=' % (r.randint(100, 3000), r.randint(0, 30)))
    if r.random() < 0.7:
        b.s(g.login(), "PERSON")
    else:
        b.d("svc-visitor", "system_account")


@_tpl("en", "zap JSON, visitor QR verified", "PERSON (visitor)", "epoch_ts (float), trace_id")
def _t_zap(b, g):
    r = g.r
    d = g.dt()
    b.json({"level": "info", "ts": D("%s.%06d" % (g.epoch(d), d.microsecond), "epoch_ts", raw=True),
            "caller": "gate/verify.go:%d" % r.randint(40, 200), "msg": "qr code verified",
            "visitor": S(g.person(), "PERSON"), "host_unit": r.choice([g.sg_unit(), g.room_short()]),
            "gate": r.choice(["B2", "N1", "S1"]), "trace_id": D(g.hexs(32), "trace_id")})


@_tpl("zh", "管家服务 代约接站", "PERSON (surname before 先生/女士), PHONE_NUMBER",
      "train_number or flight_number, place (station)")
def _t_pickup_station(b, g):
    r = g.r
    d = g.dt()
    b.t("[管家服务] %s 代约接站 业主" % _f_plain(d)).s(g.zh_sur(), "PERSON").t(r.choice(["先生", "女士"]) + " ")
    b.s(g.mobile(), "PHONE_NUMBER")
    if r.random() < 0.6:
        b.t(" 车次").d(r.choice("GDC") + str(r.randint(1, 9999)), "train_number").t(" %02d:%02d到达 " % (r.randint(6, 22), r.randint(0, 59)))
        b.d(r.choice(["深圳北站", "虹桥火车站", "广州南站", "北京西站"]), "place")
    else:
        b.t(" 航班").d(r.choice(["CZ", "MU", "CA", "SQ", "ZH", "HU"]) + str(r.randint(100, 9999)), "flight_number")
        b.t(" %02d:%02d落地 " % (r.randint(6, 22), r.randint(0, 59))).d(r.choice(["福田区", "南山区", "陆家嘴"]), "place")
    b.t(" 已安排商务车")


@_tpl("zh", "智能快递柜 投递 (no spans)", "-", "waybill, pickup_code, masked (phone)")
def _t_locker(b, g):
    r = g.r
    d = g.dt()
    b.t("[智能快递柜] %s 柜号=HJ-%04d 格口=%s-%02d 投递成功 运单号=" % (_f_plain(d), r.randint(1, 9999), r.choice("ABC"), r.randint(1, 40)))
    b.d(g.waybill(), "waybill").t(" 取件码=").d(g.dig(8), "pickup_code").t(" 已短信通知 ")
    m = g.cn_mobile_raw()
    b.d(m[:3] + "****" + m[7:], "masked")


@_tpl("zh", "菜鸟驿站 入库", "PERSON (收件人), PHONE_NUMBER", "waybill, company (sender shop), pickup_code")
def _t_station(b, g):
    r = g.r
    d = g.dt()
    b.t("[驿站] %s 入库 运单号=" % _f_plain(d)).d(g.waybill(), "waybill").t(" 发件方=").d(r.choice(_COMPANY_ZH), "company")
    b.t("官方旗舰店 收件人=").s(g.zh_name(), "PERSON").t(" 手机=").s(g.mobile(), "PHONE_NUMBER")
    b.t(" 取件码=").d("%d-%d-%04d" % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 9999)), "pickup_code")


@_tpl("zh", "快递员 送货登记", "PERSON (快递员), PHONE_NUMBER", "waybill")
def _t_courier(b, g):
    r = g.r
    d = g.dt()
    b.t("%s [岗亭] 快递员登记 %s " % (_f_plain(d), r.choice(["顺丰", "京东", "圆通", "中通"]))).s(g.zh_name(), "PERSON")
    b.t(" 手机").s(g.mobile(), "PHONE_NUMBER").t(" 单号").d(g.waybill(), "waybill").t(" 送%s" % g.room())


@_tpl("zh", "小程序API 实名认证 request body (ensure_ascii JSON)",
      "PERSON (\\u-escaped), CN_RESIDENT_ID, PHONE_NUMBER", "-")
def _t_mp_auth(b, g):
    r = g.r
    d = g.dt()
    b.t("[小程序API] %s POST /api/owner/auth body=" % _f_plain(d))
    b.json({"realName": S(g.zh_name(), "PERSON"), "idCard": S(g.cnid(), "CN_RESIDENT_ID"),
            "mobile": S(g.cn_mobile_raw(), "PHONE_NUMBER")}, ea=True)
    b.t(" resp=%d cost=%dms" % (r.choice([200, 200, 400]), r.randint(30, 900)))


@_tpl("en", "PHP-FPM JSON (json_encode: \\/ and \\u escapes), Singapore parcel notice",
      "PERSON (\\u-escaped when CJK), EMAIL_ADDRESS", "role_mailbox, uuid")
def _t_php_json(b, g):
    r = g.r
    d = g.dt()
    b.t("[%s] production.INFO: parcel.notify " % _f_plain(d))
    b.json({"to": S(g.email("sg"), "EMAIL_ADDRESS"), "name": S(g.sg_name() if r.random() < 0.6 else g.zh_name(), "PERSON"),
            "from": D(g.role_mail("huijia.com.sg"), "role_mailbox"),
            "link": "https://residents.huijia.com.sg/parcels/%d" % r.randint(1000, 99999),
            "job_id": D(g.uuid4(), "uuid")}, ea=True, slash=True)
    b.t(" []")




@_tpl("zh", "运维群 告警 (staff on duty) ", "PERSON (运维), PHONE_NUMBER", "server_ip")
def _t_ops_duty(b, g):
    r = g.r
    d = g.dt()
    b.t("【运维告警】%s 服务器 " % _f_plain(d)).d(g.ip_server(), "server_ip")
    b.t(" %s 使用率 %d%% 持续5分钟，值班运维 " % (r.choice(["CPU", "内存", "磁盘"]), r.randint(85, 100))).s(g.zh_name(), "PERSON")
    b.t("(").s(g.mobile(), "PHONE_NUMBER").t(") 请处理")


@_tpl("zh", "社区医院 上门服务预约", "PERSON (doctor name before 主任医师), PERSON (surname before 阿姨/先生)",
      "place (hospital)")
def _t_doctor_visit(b, g):
    r = g.r
    d = g.dt()
    b.t("[健康服务] %s " % _f_plain(d)).d(r.choice(["瑞金医院", "华山医院"]), "place").t(" ")
    b.s(g.zh_name(), "PERSON").t(r.choice(["主任医师", "副主任医师", "医生"]) + " 预约上门随访 %d栋 " % r.randint(1, 18))
    title, sex = r.choice([("阿姨", "女"), ("先生", "男"), ("奶奶", "女"), ("爷爷", "男"), ("女士", "女")])
    b.s(g.zh_sur(), "PERSON").t(title + "，年龄%d，%s，%s" % (r.randint(60, 95), sex, r.choice(["高血压", "糖尿病", "术后康复", "慢阻肺"])))



# ---------------------------------------------------------------- driver


def _check_record(rec, k):
    assert isinstance(rec, dict) and set(rec) == {"text", "spans", "decoys", "template"}, rec
    text = rec["text"]
    assert isinstance(text, str) and text, rec
    assert "\n" not in text and "\r" not in text, text
    assert isinstance(rec["template"], int) and 0 <= rec["template"] < k, rec["template"]
    spans, decoys = rec["spans"], rec["decoys"]
    assert len(spans) <= 4, ("too many spans", text)
    assert len(decoys) <= 3, ("too many decoys", text)
    for lst, is_span in ((spans, True), (decoys, False)):
        for it in lst:
            assert isinstance(it, list) and len(it) == 3, it
            s, e, lab = it
            assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), (it, text)
            v = text[s:e]
            assert v == v.strip(), (it, v)
            if is_span:
                assert lab in TYPES, lab
                assert _TYPE_OK[lab](_decode(v, lab) if lab != "CREDENTIAL" else v), (lab, v, text)
            else:
                assert lab in KINDS, lab
                chk = _DECOY_OK.get(lab)
                assert chk is None or chk(_decode(v, lab)), (lab, v, text)
    ivs = sorted((s, e) for s, e, _ in spans + decoys)
    for (s1, e1), (s2, e2) in zip(ivs, ivs[1:]):
        assert e1 <= s2, ("overlap", text, ivs)
    for s, e, lab in spans:
        v = text[s:e]
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            ok = any(a <= i and j <= c for a, c, _ in spans)
            if not ok and lab == "PERSON":
                ok = any(a <= i and j <= c and c - a > len(v) for a, c, _ in decoys)
            assert ok, ("unlabelled occurrence", lab, v, text)
            i = text.find(v, i + 1)


def blind_log21(n: int, seed: int = 0) -> list:
    rng = random.Random(seed)
    g = _G(rng)
    k = len(TEMPLATES)
    order = list(range(k))
    rng.shuffle(order)
    out = []
    for i in range(n):
        t = order[i % k]
        fn = TEMPLATES[t][0]
        clean = rng.random() < 0.1
        for attempt in range(60):
            b = _B()
            fn(b, g)
            text, spans, decoys = b.render(clean, rng)
            rec = {"text": text, "spans": spans, "decoys": decoys, "template": t}
            try:
                _check_record(rec, k)
            except AssertionError:
                if attempt == 59:
                    raise
                continue
            break
        out.append(rec)
    return out


def validate(records) -> dict:
    k = len(TEMPLATES)
    types, kinds, tpls = Counter(), Counter(), Counter()
    nospan = 0
    for rec in records:
        _check_record(rec, k)
        types.update(lab for _, _, lab in rec["spans"])
        kinds.update(lab for _, _, lab in rec["decoys"])
        tpls[rec["template"]] += 1
        nospan += not rec["spans"]
    return {"records": len(records), "types": types, "kinds": kinds, "templates": tpls,
            "lines_without_spans": nospan}


def _table():
    return "\n".join("%d: %s / %s -- %s | %s" % (i, lang, system, sp, de)
                     for i, (_, lang, system, sp, de) in enumerate(TEMPLATES))


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 5000
    seed = int(argv[2]) if len(argv) > 2 else 0
    recs = blind_log21(n, seed)
    c = validate(recs)
    print("records: %d  templates: %d  lines without spans: %d" % (c["records"], len(TEMPLATES), c["lines_without_spans"]))
    print("per TYPE:")
    for t in TYPES:
        print("  %-15s %d" % (t, c["types"][t]))
    print("per decoy KIND:")
    for kd, v in sorted(c["kinds"].items(), key=lambda x: (-x[1], x[0])):
        print("  %-18s %d" % (kd, v))


if __name__ == "__main__":
    main(sys.argv)
