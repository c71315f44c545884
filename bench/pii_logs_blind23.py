#!/usr/bin/env python3
"""Blind labelled evaluation set #23 for a PII redactor working on log lines.

Provenance
----------
Written blind on 2026-12-06.  Nothing of the project was read while writing
it: no redactor code, rules, seeds, docs, tests, training data nor any other
evaluation set.  The log formats come from general knowledge of how the named
systems print their logs.  Only the Python standard library, Faker (40.x) and
phonenumbers (9.x) are used.  Theme: an online game and live-streaming company
(account/login service, anti-cheat, purchases and top-ups, streamer payouts,
real-name verification and anti-addiction, moderation and reports, customer
service tickets, CDN/edge and game-server ops, global servers with
Steam/PSN/Xbox, Discord webhooks, Stripe/PayPal).

API
---
blind_log23(n, seed=0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans and decoys are
    [start, end, TYPE-or-KIND] in Python code-point offsets; text[start:end]
    is the value exactly as printed (percent-encoded, \\u-escaped or
    JSON-escaped where the line prints it so).  One random.Random(seed)
    drives everything and the Faker instances are seeded from it, so output
    is stable for a given seed.  Templates are used round-robin over one
    shuffled order; template numbers are 0..K-1.  About one record in ten is
    "clean": every planted value is replaced by a masked placeholder
    (recorded as decoy "masked") or by a dash.
validate(records) -> dict
    Self-check; raises AssertionError on any problem (offsets in range, spans
    not overlapping each other or decoys, every other occurrence of a planted
    value also labelled, no newline in a text, 0-4 spans and 0-3 decoys a
    line, values are what their type says).  Returns counters.
python pii_logs_blind23.py [seed ...]
    Generates 5,000 lines (seed 0 by default), validates them and prints
    the counts per TYPE and per decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR,
                es_ES names; compound Chinese surnames (欧阳, 上官, 慕容 ...),
                rare surnames (佘, 仝, 訾, 亓, 禚 ...), Uyghur / Tibetan /
                Mongolian / Yi names; bare surnames before a title; person
                logins (jsmith, zhang.wei, wangfang88).
EMAIL_ADDRESS   personal mailboxes built from names / logins on webmail
                domains, QQ numeric mailboxes.
PHONE_NUMBER    CN mobiles (plain, spaced, dashed, +86, 0086, (+86), 86-) and
                CN landlines with area codes; numbers built from
                phonenumbers.example_number for many regions with a random
                tail, kept only if phonenumbers says they are valid; printed
                E.164, international or national.
CREDIT_CARD     Luhn-valid Visa / Mastercard (51-55, 2221-2720) / Amex /
                UnionPay (16 and 19 digits); plain, spaced or dashed.
IBAN_CODE       mod-97 valid IBANs for 14 SEPA countries, compact or grouped.
US_SSN          area 001-899 minus 666, group 01-99, serial 0001-9999.
CN_RESIDENT_ID  real county codes, real birth dates (minors for
                anti-addiction), GB 11643 check digit.
PASSPORT        CN (E/EA/G), US, GB, DE, TW, HK, FR, JP shapes.
LICENSE_PLATE   CN plates (incl. new-energy D/F plates, with or without ·)
                and UK plates.
IP_ADDRESS      client / player / attacker IPv4 from CN and global ISP
                ranges, and IPv6 client addresses.
CREDENTIAL      passwords, Steam / Stripe / AWS / Aliyun / GitHub / Discord
                keys and tokens, JWTs, XBL tokens, session ids and cookies,
                CDN signing hashes, private-key bodies, URL / DSN passwords.

Label conventions
-----------------
* Any address of a person's account is EMAIL_ADDRESS (QQ numeric too); role
  mailboxes (service@, noreply@, payments@ ...) are decoy role_mailbox.
* Server / upstream / proxy / DB / resolver addresses are decoy server_ip;
  a client's or user's address (workstation, phone, attacker) is IP_ADDRESS.
* A surname before a title (王先生, 张师傅, Mr. Smith, Dr. Patel) is PERSON on
  the surname only; "王建国主任医师" is PERSON on 王建国; full names of staff
  (agents, engineers, doctors, 运维, 值班人员) are PERSON.
* Famous historical people and fictional characters are decoy public_figure;
  brands named after people are decoy company; streets, districts, scenic
  spots, hospitals, venues, schools and buildings are decoy place.
* Passwords, API / access / secret keys, session ids and cookie values,
  bearer tokens and JWTs (the token only), private-key bodies, connection
  string and URL password parts are CREDENTIAL; one-time SMS codes and pickup
  codes are decoy pickup_code.
* Person-looking logins are PERSON; root, admin, svc-*, DB and service
  accounts are decoy system_account.
* Order ids (including Luhn-valid 16-digit ids and 11-digit ids starting
  with 1), case numbers, 工号, waybills, flight numbers, UUIDs, commit hashes,
  image digests, trace ids, epoch timestamps, amounts, ports and versions are
  decoys with a descriptive kind.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (李 in 李宁) but every other
  occurrence of a planted value in the line is itself labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.

Templates (number: language / system -- spans | decoys)
-------------------------------------------------------
 0: zh / Java logback / account-service SMS login -- PHONE_NUMBER, IP_ADDRESS
      | user_id, trace_id
 1: zh / Go service / NPPA 防沉迷 real-name check request+response JSON --
      PERSON, CN_RESIDENT_ID | account_id, nppa_pi
 2: zh / Python logging + json.dumps (ensure_ascii) / 实名认证 submit -- PERSON
      (JSON-escaped), CN_RESIDENT_ID | user_id
 3: zh / Java logback / streamer withdrawal (主播提现) -- PERSON, CREDIT_CARD,
      PHONE_NUMBER | streamer_id, amount
 4: zh / 工单系统 / customer-service ticket summary -- PERSON (surname+title),
      PHONE_NUMBER, PERSON (staff) | case_number, order_id
 5: zh / moderation service key=value / 举报处理 -- PERSON (login), PERSON (staff)
      | report_id, user_id, room_id
 6: zh / anti-cheat engine / 加速外挂 detection -- IP_ADDRESS | user_id,
      server_ip, version
 7: zh / WeChat Pay v2 notify XML body (no spans) -- - | amount, order_id,
      transaction_id
 8: zh / Alipay async notify form params, url-encoded (no spans) -- - |
      role_mailbox (form-encoded), masked, transaction_id
 9: zh / Tencent Cloud CDN offline access log (live FLV pull with txSecret) --
      IP_ADDRESS, CREDENTIAL | stream_id, epoch_timestamp (hex)
10: zh / nginx-rtmp on_publish callback / Aliyun live auth_key -- IP_ADDRESS,
      CREDENTIAL (md5 part of auth_key) | stream_id, epoch_timestamp
11: zh / 实名核验 two-factor check (二要素) with compound / rare / minority names --
      PERSON, CN_RESIDENT_ID | request_id (UUID)
12: zh / 防沉迷 minor-login block with guardian phone -- PERSON (login),
      PHONE_NUMBER | -
13: zh / 企业微信/钉钉 alert robot (on-call name twice) -- PERSON x2 (same value),
      PHONE_NUMBER | server_ip
14: zh / 客服会话 chat transcript (agent, surname+师傅, QQ/163 mail) -- PERSON
      (staff), PERSON (surname), EMAIL_ADDRESS | employee_id
15: zh / top-up callback success (no spans, masked phone) -- - | order_id,
      amount, masked
16: zh / session service debug (Redis key sess:<id>) -- CREDENTIAL (session
      id), IP_ADDRESS | user_id
17: zh / MySQL slow query log flattened to one line (real-name table) --
      CN_RESIDENT_ID, PERSON | system_account x2, server_ip
18: zh / 举报工单 fraud report impersonating a public figure -- CREDIT_CARD |
      case_number, room_id, public_figure
19: zh / esports sign-up (postal address unlabelled) -- PERSON, PHONE_NUMBER |
      place
20: zh / 周边商城 shipping (SF waybill) -- PERSON, PHONE_NUMBER | order_id,
      waybill
21: zh / streamer contract approval (minority names, agent) -- PERSON,
      CN_RESIDENT_ID, PERSON (staff) | -
22: zh / Go zap JSON / payout success (raw UTF-8) -- PERSON, CREDIT_CARD |
      epoch_timestamp, amount, trace_id
23: zh / SMS gateway / verification code -- PHONE_NUMBER | pickup_code,
      sms_biz_id
24: zh / risk engine / 异地登录 (two locations) -- PERSON (login), IP_ADDRESS x2 |
      place x2
25: zh / esports ops / player medical check (doctor name + title) -- PERSON
      (player), PERSON (doctor before 主任医师) | place (hospital)
26: zh / 活动配置 crossover announcement (no spans) -- - | public_figure, company,
      place
27: zh / Hive/ODPS login table export, tab separated -- PHONE_NUMBER,
      IP_ADDRESS | user_id, version
28: zh / ticket mailer (player mailbox vs role mailbox) -- EMAIL_ADDRESS |
      case_number, role_mailbox
29: zh / 港澳台及外籍 real-name with passport -- PERSON, PASSPORT | -
30: zh / office park barrier gate (staff car) -- LICENSE_PLATE, PERSON |
      employee_id
31: zh / Taiwan customer service (traditional Chinese, TW phone) -- PERSON
      (zh_TW), PHONE_NUMBER | order_id
32: zh / 客服 complaint about a person-named brand gift pack -- PERSON
      (surname+title), PHONE_NUMBER | company, redeem_code
33: zh / gift flow ledger (no spans) -- - | room_id, amount, epoch_timestamp
      (ms)
34: zh / nginx access log, real-name check query string percent-encoded --
      IP_ADDRESS, PERSON (%-encoded), CN_RESIDENT_ID, PHONE_NUMBER | -
35: zh / config center leaking Aliyun OSS AccessKey -- CREDENTIAL x2 | -
36: zh / 堡垒机 (JumpServer) ops login -- PERSON (staff), PERSON (login),
      IP_ADDRESS | server_ip, system_account
37: zh / esports team rail travel booking (12306-style) -- PERSON,
      CN_RESIDENT_ID | train_number, place
38: zh / Java logback / JDBC URL with password in query -- CREDENTIAL (URL
      password) | server_ip, port, system_account
39: en / nginx combined log, account lookup with %-encoded email --
      IP_ADDRESS, EMAIL_ADDRESS (%-encoded) | -
40: en / Python urllib3 debug / Steam Web API key in URL -- CREDENTIAL |
      steam_id
41: en / Source dedicated server (srcds) connect line -- PERSON (login),
      IP_ADDRESS | steam_id, port
42: en / Minecraft server log join -- PERSON (login), IP_ADDRESS | port
43: en / BattlEye server (connect / GUID verified variants) -- PERSON (login),
      IP_ADDRESS (connect variant) | port (connect variant) or be_guid (GUID
      variant)
44: en / pino JSON / anti-cheat integrity violation -- PERSON (login),
      IP_ADDRESS | epoch_timestamp (ms), match_id (UUID)
45: en / winston / Stripe webhook charge.succeeded -- EMAIL_ADDRESS, PERSON |
      event_id, amount, customer_id
46: en / PayPal IPN form body (form-encoded names, emails) -- PERSON (first),
      EMAIL_ADDRESS, PERSON (last) | payer_id, transaction_id, role_mailbox
47: en / Discord webhook POST rate limited (token in URL) -- CREDENTIAL |
      webhook_id
48: en / Xbox Live profile call with XBL3.0 Authorization header -- CREDENTIAL
      (XSTS token) | xuid, user_hash
49: en / PSN OAuth token exchange -- CREDENTIAL x2 (access, refresh) |
      psn_account_id
50: en / Python logging / rejected Bearer JWT -- IP_ADDRESS, CREDENTIAL (JWT
      only) | -
51: en / logrus / Postgres DSN with password -- CREDENTIAL (URL password,
      %-encoded) | system_account, server_ip
52: en / sshd auth.log (failed invalid user / accepted publickey) --
      IP_ADDRESS, PERSON (login, publickey variant) | system_account + port
      (failed variant) or port + key_fingerprint
53: en / Envoy access log (client XFF vs upstream) -- IP_ADDRESS | request_id
      (UUID), server_ip
54: en / HAProxy HTTP log with captured session cookie -- IP_ADDRESS,
      CREDENTIAL (cookie value) | port
55: en / Cloudflare Logpush JSON (WAF block) -- IP_ADDRESS | epoch_timestamp
      (ns), ray_id
56: en / Zendesk ticket created (requester + assignee) -- PERSON,
      EMAIL_ADDRESS, PERSON (agent) | case_number
57: en / logfmt / Redis URL with password -- CREDENTIAL | server_ip, port
58: en / container entrypoint env dump with AWS keys -- CREDENTIAL x2 | -
59: en / disputes service chargeback (card dashed/spaced) -- CREDIT_CARD,
      PERSON | dispute_id, amount
60: en / creator payout KYC with IBAN (DOB unlabelled) -- PERSON, IBAN_CODE |
      creator_id
61: en / tax service W-9 received (SSN) -- PERSON, US_SSN | creator_id
62: en / KYC vendor document check (passport) -- PASSPORT, PERSON | check_id
      (UUID)
63: en / Discord moderation bot (logins, surname after Mr./Ms./Dr.) -- PERSON
      (login) x2, PERSON (surname) | discord_user_id
64: en / Unreal Engine dedicated server LogNet (login / accept variants) --
      PERSON (login variant) or IP_ADDRESS (accept variant) | steam_id or port
65: en / Sentry SDK event with user context (Python repr-ish JSON) -- PERSON
      (login), EMAIL_ADDRESS, IP_ADDRESS | event_id, version
66: en / postfix/smtp delivery to player mailbox -- EMAIL_ADDRESS | server_ip
      (MX relay), port
67: en / IIS W3C extended log (server ip, user, client ip) -- PERSON
      (cs-username), IP_ADDRESS (c-ip) | server_ip, port
68: en / account service password reset (masked email) -- PERSON (login),
      IP_ADDRESS | masked
69: en / Argo CD sync of game-server fleet (no spans) -- - | image_digest,
      commit_hash, version
70: en / order service paid (Luhn-valid 16-digit order id, no spans) -- - |
      order_id, amount
71: en / esports travel booking (flight, passport, hotel) -- PERSON, PASSPORT
      | flight_number, place
72: en / Twilio voice status callback, form-encoded caller -- PHONE_NUMBER
      (%2B-encoded) | call_sid
73: en / privacy / GDPR export delivered (login inside email) -- PERSON
      (login), EMAIL_ADDRESS | -
74: en / Windows 4625 via rsyslog (#011 tab escapes) -- PERSON (login),
      IP_ADDRESS | port
75: en / structured JSON / 2FA SMS to international number -- PHONE_NUMBER |
      pickup_code, message_sid
76: en / HikariCP / MySQL access denied (no spans) -- - | system_account,
      server_ip
77: en / SEPA credit transfer batch -- PERSON, IBAN_CODE | batch_id, bic,
      amount
78: en / HTTP client debug Set-Cookie (express connect.sid) -- CREDENTIAL
      (cookie value) | -
79: en / deploy script prints OpenSSH private key on one line -- CREDENTIAL
      (key body) | -
80: en / GitHub Actions step log, installation token in clone URL --
      CREDENTIAL | -
81: en / support chat transcript (agent, Mr./Dr. surname) -- PERSON (agent),
      PERSON (surname) | case_number
82: en / Apache httpd error log, auth_basic failure -- IP_ADDRESS, PERSON
      (login) | port
83: en / UK venue ANPR car park (UK plate, GB phone) -- LICENSE_PLATE, PERSON,
      PHONE_NUMBER | place
84: en / nginx JSON access log, IPv6 client -- IP_ADDRESS | request_id,
      server_ip
85: en / Stripe Connect account update, form-encoded individual fields --
      PERSON x2, US_SSN | connected_account_id
86: en / Discord bot relays ban appeal as JSON (escaped quotes) -- PERSON
      (login), EMAIL_ADDRESS | -
87: en / game API JSON request log with password field (JSON-escaped) --
      PERSON (login), CREDENTIAL (JSON-escaped), IP_ADDRESS | request_id
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
import uuid as _uuid
from collections import Counter
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import phonenumbers
from faker import Faker

SPAN_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
    "US_SSN", "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS",
    "CREDENTIAL",
)

_LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE",
            "fr_FR", "es_ES")
_WEST = ("en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")

# ---------------------------------------------------------------------------
# reference data
# ---------------------------------------------------------------------------

_CN_COMPOUND = ["欧阳", "司马", "上官", "慕容", "令狐", "皇甫", "端木", "东方",
                "尉迟", "公孙", "夏侯", "司徒", "长孙", "宇文", "南宫", "澹台",
                "呼延", "万俟", "轩辕", "独孤"]
_CN_RARE = ["佘", "仝", "訾", "亓", "禚", "厍", "隗", "缑", "逄", "靳", "蒯",
            "阚", "麴", "冼", "覃", "莘", "鄢", "晏", "邝", "甄", "阙", "笪",
            "郗", "眭", "昝"]
_CN_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉"
                 "宇浩然子涵欣怡梓轩诺思雨嘉俊晨博文婷雪琳琪瑶佳泽昊睿凯颖悦")
_UYGHUR_GIVEN = ["阿依古丽", "古丽娜尔", "迪丽拜尔", "艾力", "买买提江", "热依拉",
                 "努尔艾力", "帕提古丽", "依明江", "阿迪力", "米热古丽"]
_UYGHUR_FATHER = ["买买提", "吐尔逊", "热合曼", "阿不力孜", "艾则孜", "司马义",
                  "托合提", "玉素甫", "阿不都热依木"]
_TIBETAN = ["扎西", "次仁", "格桑", "旦增", "达瓦", "尼玛", "拉姆", "卓玛", "顿珠",
            "平措", "央金", "索朗"]
_MONGOL = ["巴特尔", "乌兰图雅", "其其格", "那仁花", "苏和", "额尔敦", "宝音",
           "朝鲁", "敖日格乐", "阿拉坦仓", "孟和巴雅尔"]
_YI = ["吉克阿依", "阿苏拉则", "沙马伍呷", "吉伍木呷", "阿尔日布"]

_PUBLIC_CN = ["李白", "杜甫", "孙悟空", "诸葛亮", "花木兰", "关羽", "曹操", "鲁迅",
              "孔子", "猪八戒", "貂蝉", "岳飞", "武则天", "王昭君", "林黛玉",
              "贾宝玉", "哪吒", "苏轼", "秦始皇", "嫦娥"]
_PUBLIC_EN = ["Napoleon Bonaparte", "Abraham Lincoln", "Sherlock Holmes",
              "Harry Potter", "Albert Einstein", "Lara Croft", "King Arthur",
              "Cleopatra", "Julius Caesar", "Darth Vader", "Geralt of Rivia",
              "Joan of Arc", "Nikola Tesla", "Master Chief"]
_BRANDS_CN = ["李宁", "张小泉", "王老吉", "周大福", "陈李济", "马应龙", "胡庆余堂",
              "谭木匠", "王守义"]
_BRANDS_EN = ["Ford", "Ferrari", "Porsche", "McDonald's", "Disney", "Dell",
              "Boeing", "Hilton", "Dyson", "Heineken", "Kellogg's", "Chanel",
              "Lamborghini", "Tesla"]
_PLACES_CN = ["西湖", "外滩", "王府井大街", "中关村", "陆家嘴", "三里屯", "春熙路",
              "鼓浪屿", "张家界国家森林公园", "深圳湾体育中心", "杭州电竞中心",
              "梅赛德斯-奔驰文化中心", "故宫博物院", "南京路步行街", "解放碑",
              "五道口", "天河体育中心", "清华大学"]
_VENUES_CN = ["杭州电竞中心", "深圳湾体育中心", "梅赛德斯-奔驰文化中心",
              "成都东安湖体育公园", "上海静安体育中心", "西安曲江电竞馆"]
_HOSPITALS = ["北京协和医院", "复旦大学附属华山医院", "四川大学华西医院",
              "中山大学附属第一医院", "浙江大学医学院附属邵逸夫医院",
              "上海交通大学医学院附属瑞金医院", "武汉同济医院"]
_CITIES_CN = ["北京市朝阳区", "上海市浦东新区", "广东省深圳市", "四川省成都市",
              "浙江省杭州市", "湖北省武汉市", "江苏省南京市", "陕西省西安市",
              "重庆市渝中区", "福建省厦门市", "辽宁省沈阳市", "云南省昆明市"]
_PLACES_EN = ["Madison Square Garden", "Wembley Arena", "Oxford Street",
              "Times Square", "LANXESS Arena", "Spodek Arena", "Barclays Center",
              "Golden Gate Park", "Abbey Road", "Ericsson Globe"]
_HOTELS_EN = ["Marina Bay Sands", "The Savoy", "Hotel Adlon Kempinski",
              "Bellagio Las Vegas", "Park Hyatt Tokyo"]

_SYSTEM_ACCOUNTS = ["root", "admin", "administrator", "svc-payments",
                    "svc-anticheat", "svc-cdn", "svc-matchmaker", "postgres",
                    "mysql", "www-data", "nginx", "deploy", "jenkins",
                    "gitlab-runner", "ubuntu", "ec2-user", "game_rw", "payout_rw",
                    "game_ro", "realname_ro", "backup", "monitor", "zabbix", "oracle", "test"]
_ROLE_LOCALS = ["service", "noreply", "no-reply", "alerts", "support",
                "billing", "payments", "kefu", "notify", "security", "ops",
                "postmaster", "help", "admin", "pay"]
_COMPANY_DOMAINS = ["xinghe-game.cn", "starriver.gg", "mail.starriver.gg",
                    "xinghe-live.com"]
_CN_MAIL = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com",
            "aliyun.com", "yeah.net", "139.com", "sohu.com"]
_WEST_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
              "icloud.com", "proton.me", "gmx.de", "web.de", "orange.fr",
              "yahoo.co.uk", "live.com", "hotmail.fr", "yahoo.es", "aol.com"]

_CN_MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137",
                     "138", "139", "147", "150", "151", "152", "153", "155",
                     "156", "157", "158", "159", "166", "173", "175", "176",
                     "177", "178", "180", "181", "182", "183", "184", "185",
                     "186", "187", "188", "189", "191", "193", "195", "198",
                     "199"]
_CN_AREA_CODES = ["10", "20", "21", "22", "23", "24", "25", "27", "28", "29",
                  "755", "571", "512", "591", "731", "871", "532", "574", "769",
                  "757", "311", "371", "531", "551"]
_INTL_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "PL", "JP",
                 "KR", "IN", "AU", "BR", "MX", "CA", "SG", "HK", "TW", "MY",
                 "TH", "ID", "PH", "VN", "TR", "AE", "SA"]
_NATIONAL_OK = ["US", "GB", "DE", "FR", "JP", "KR", "IN", "AU", "TW", "HK",
                "CA"]
_PHONE_REGIONS = ["CN"] + _NATIONAL_OK

_UP_BINS = ["622202", "621700", "622848", "621483", "622588", "623062",
            "621226", "622700", "625965", "621661", "622262"]

_IBAN_SPEC = {"DE": "8n10n", "GB": "4a14n", "FR": "23n", "ES": "20n",
              "NL": "4a10n", "IT": "1a22n", "AT": "16n", "PL": "24n",
              "IE": "4a14n", "SE": "20n", "CH": "17n", "PT": "21n",
              "FI": "14n", "BE": "12n"}
_IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27,
             "AT": 20, "PL": 28, "IE": 22, "SE": 24, "CH": 21, "PT": 25,
             "FI": 18, "BE": 16}
_IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"],
               "IE": ["AIBK", "BOFI", "IPBS"], "NL": ["ABNA", "INGB", "RABO",
                                                      "SNSB"]}

_CN_AREAS = ["110101", "110105", "110108", "120101", "130102", "140105",
             "150102", "210102", "220102", "230102", "310101", "310104",
             "310115", "320102", "320505", "330106", "330108", "340104",
             "350203", "360102", "370102", "410105", "420106", "430104",
             "440103", "440106", "440304", "440305", "450103", "460106",
             "500103", "510104", "510107", "520102", "530102", "540102",
             "610113", "620102", "630102", "640104", "650102"]
_CN_PROV = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50",
            "51", "52", "53", "54", "61", "62", "63", "64", "65"}
_GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_GB_CHK = "10X98765432"

_PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_UK_AREA = ["LA", "LB", "LC", "AB", "AE", "BD", "BF", "CA", "CE", "DA", "EA",
            "FD", "GF", "HF", "KM", "LN", "MA", "NA", "OU", "PE", "RK", "SN",
            "VK", "WR", "YK", "YS"]
_UK_AGE = ["19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "24",
           "74", "25", "75", "26", "76"]

_CN_IP_PREFIX = ["223.104", "117.136", "183.2", "36.110", "112.97", "113.88",
                 "171.221", "39.144", "120.229", "27.38", "114.249", "218.17",
                 "106.39", "42.236", "111.30", "59.172"]
_WEST_IP_PREFIX = ["73.162", "98.207", "24.48", "86.144", "81.2", "91.64",
                   "185.220", "45.155", "68.4", "76.104", "151.36", "92.184",
                   "79.116", "94.23", "188.120", "203.0.113", "198.51.100",
                   "2.58", "5.146", "82.132", "174.63"]
_V6_PREFIX = ["2409:8a1e", "240e:3b4", "2408:8207", "2a02:c7f", "2600:1700",
              "2a01:cb00", "2601:646", "2405:201"]
_PUBLIC_RESOLVERS = ["114.114.114.114", "223.5.5.5", "119.29.29.29",
                     "8.8.8.8", "1.1.1.1", "180.76.76.76"]

_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.53(0x18003531) NetType/WIFI Language/zh_CN",
    "okhttp/4.12.0",
    "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)",
    "Valve/Steam HTTP Client 1.0 (730)",
    "Dalvik/2.1.0 (Linux; U; Android 14; 23127PN0CC Build/UKQ1.230804.001)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "EpicGamesLauncher/17.2.1-36583617+++Portal+Release-Live Windows/10.0.22631.1.256.64bit",
]
_PW_WORDS = ["Summer", "Dragon", "Monkey", "Sunshine", "Shadow", "Qwerty",
             "Letmein", "Starriver", "Xinghe", "Welcome", "Passw0rd", "Football",
             "Tiger", "woaini", "Aa", "zxcvbnm", "Iloveyou", "Winter"]

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def _luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if _luhn_ok(body + c):
            return c
    raise AssertionError("unreachable")


def _gb11643(body17: str) -> str:
    return _GB_CHK[sum(int(a) * b for a, b in zip(body17, _GB_W)) % 11]


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if _IBAN_LEN.get(s[:2]) != len(s):
        return False
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def pct(v: str) -> str:
    """Percent-encode everything but unreserved characters."""
    return quote(v, safe="")


def form(v: str) -> str:
    """application/x-www-form-urlencoded encoding (space -> +)."""
    return quote_plus(v, safe="")


def jesc(v: str) -> str:
    """JSON string body with ensure_ascii (\\uXXXX escapes)."""
    return json.dumps(v)[1:-1]


def jraw(v: str) -> str:
    """JSON string body without ascii escaping."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s.lower())


class P:
    """A labelled piece of a line: planted span or decoy."""

    __slots__ = ("value", "label", "is_span", "enc")

    def __init__(self, value, label, is_span, enc=None):
        self.value = value
        self.label = label
        self.is_span = is_span
        self.enc = enc

    def printed(self, value=None):
        v = self.value if value is None else value
        return self.enc(v) if self.enc else v


def S(value, typ, enc=None):
    assert typ in SPAN_TYPES, typ
    return P(value, typ, True, enc)


def D(value, kind, enc=None):
    return P(value, kind, False, enc)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------


class _Gen:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.fk = {}
        for loc in _LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f

    # -- basics ---------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, lead_nonzero=True):
        r = self.r
        first = str(r.randint(1, 9)) if lead_nonzero else str(r.randrange(10))
        return first + "".join(str(r.randrange(10)) for _ in range(n - 1))

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.rbytes(nbytes)).rstrip(b"=").decode()

    def b64(self, nbytes):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    def uuid(self, upper=False):
        u = str(_uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    # -- time -----------------------------------------------------------
    def t(self):
        return datetime(2026, 12, 6) + timedelta(
            seconds=self.r.randrange(86400), microseconds=self.r.randrange(10 ** 6))

    @staticmethod
    def logback(dt):
        return dt.strftime("%Y-%m-%d %H:%M:%S.") + f"{dt.microsecond // 1000:03d}"

    @staticmethod
    def pylog(dt):
        return dt.strftime("%Y-%m-%d %H:%M:%S,") + f"{dt.microsecond // 1000:03d}"

    @staticmethod
    def iso(dt, micro=False):
        frac = f"{dt.microsecond:06d}" if micro else f"{dt.microsecond // 1000:03d}"
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + frac + "Z"

    @staticmethod
    def syslog(dt):
        return dt.strftime("%b ") + f"{dt.day:>2} " + dt.strftime("%H:%M:%S")

    @staticmethod
    def nginx(dt, tz="+0800"):
        return dt.strftime("%d/%b/%Y:%H:%M:%S ") + tz

    @staticmethod
    def epoch(dt):
        return calendar.timegm(dt.timetuple())

    def epoch_ms(self, dt):
        return self.epoch(dt) * 1000 + dt.microsecond // 1000

    # -- ids ------------------------------------------------------------
    def uid(self):
        return str(self.r.randint(10 ** 7, 10 ** 9))

    def room(self):
        return str(self.r.randint(100000, 9999999))

    def amount(self, lo=1, hi=5000, comma=False):
        v = self.r.randint(lo * 100, hi * 100) / 100
        return f"{v:,.2f}" if comma else f"{v:.2f}"

    def version(self):
        r = self.r
        return f"{r.randint(1, 4)}.{r.randint(0, 60)}.{r.randint(0, 20)}"

    def order_cn(self):
        r = self.r
        k = r.random()
        if k < 0.35:
            return "1" + self.digits(10, lead_nonzero=False)
        if k < 0.55:
            return self.pick(_CN_MOBILE_PREFIX) + self.digits(8, lead_nonzero=False)
        if k < 0.8:
            return "P20261206" + self.digits(10, lead_nonzero=False)
        return "XH" + self.digits(18)

    def luhn_order(self):
        body = str(self.r.randint(1, 9)) + self.digits(14, lead_nonzero=False)
        return body + _luhn_digit(body)

    def port(self):
        return str(self.r.randint(1025, 65535))

    # -- people ---------------------------------------------------------
    def _given(self):
        r = self.r
        n = 2 if r.random() < 0.7 else 1
        return "".join(r.choice(_CN_GIVEN) for _ in range(n))

    def cn_name(self, pool=None):
        r = self.r
        while True:
            k = pool or r.choices(["common", "compound", "rare", "minority", "tw"],
                                  [60, 12, 12, 10, 6])[0]
            if k == "common":
                name = self.fk["zh_CN"].name()
            elif k == "compound":
                name = r.choice(_CN_COMPOUND) + self._given()
            elif k == "rare":
                name = r.choice(_CN_RARE) + self._given()
            elif k == "tw":
                name = self.fk["zh_TW"].name()
            else:
                e = r.random()
                if e < 0.4:
                    name = r.choice(_UYGHUR_GIVEN) + "·" + r.choice(_UYGHUR_FATHER)
                elif e < 0.65:
                    a, b = r.sample(_TIBETAN, 2)
                    name = a + b
                elif e < 0.85:
                    name = r.choice(_MONGOL)
                else:
                    name = r.choice(_YI)
            if name not in _PUBLIC_CN:
                return name

    def cn_surname(self):
        r = self.r
        k = r.random()
        if k < 0.7:
            return self.fk["zh_CN"].last_name()
        if k < 0.85:
            return r.choice(_CN_COMPOUND)
        return r.choice(_CN_RARE)

    def west_first_last(self, loc=None):
        f = self.fk[loc or self.pick(_WEST)]
        while True:
            first, last = f.first_name(), f.last_name()
            if f"{first} {last}" not in _PUBLIC_EN:
                return first, last

    def en_name(self, loc=None):
        return " ".join(self.west_first_last(loc))

    def en_surname(self, loc=None):
        return self.fk[loc or self.pick(_WEST)].last_name()

    def login(self):
        r = self.r
        while True:
            if r.random() < 0.45:
                f = self.fk[r.choice(["en_US", "en_GB", "en_AU"])]
                first, last = _ascii(f.first_name()), _ascii(f.last_name())
                forms = [first[:1] + last, first + "." + last, first + "_" + last,
                         first + last[:1], first[:1] + last + str(r.randint(1, 99))]
            else:
                f = self.fk["zh_CN"]
                first, last = _ascii(f.first_romanized_name()), _ascii(f.last_romanized_name())
                forms = [last + "." + first, last + first + str(r.randint(1, 99)),
                         first + last, last + "_" + first, first[:1] + last,
                         last + first + str(r.choice([88, 66, 520, 1314, 2008, 99]))]
            lg = r.choice(forms)
            if len(lg) >= 5 and lg not in _SYSTEM_ACCOUNTS and re.fullmatch(r"[a-z][a-z0-9._]+", lg):
                return lg

    def email(self, cn=False, name=None, login=None):
        r = self.r
        if cn and r.random() < 0.3:
            return str(r.randint(10000, 3999999999)) + "@qq.com"
        if login is not None:
            local = login
        else:
            if cn:
                f = self.fk["zh_CN"]
                first, last = _ascii(f.first_romanized_name()), _ascii(f.last_romanized_name())
            elif name:
                parts = name.split()
                first, last = _ascii(parts[0]), _ascii(parts[-1])
            else:
                fl = self.west_first_last()
                first, last = _ascii(fl[0]), _ascii(fl[1])
            first = first or "lee"
            last = last or "chan"
            local = r.choice([first + "." + last, first[:1] + last + str(r.randint(1, 99)),
                              last + first, first + "_" + last, first + last[:1] + str(r.randint(70, 2008)),
                              first + "." + last + "+steam"])
        dom = r.choice(_CN_MAIL if cn else _WEST_MAIL)
        return local + "@" + dom

    def role_mailbox(self):
        return self.pick(_ROLE_LOCALS) + "@" + self.pick(_COMPANY_DOMAINS)

    # -- phones ---------------------------------------------------------
    def cn_mobile(self, style=None):
        r = self.r
        while True:
            d = r.choice(_CN_MOBILE_PREFIX) + self.digits(8, lead_nonzero=False)
            if phonenumbers.is_valid_number(phonenumbers.parse("+86" + d)):
                break
        style = style or r.choice(["plain", "plain", "plain", "space", "dash", "+86 ",
                                   "+86-", "+86", "0086", "(+86)", "86-"])
        sp = f"{d[:3]} {d[3:7]} {d[7:]}"
        da = f"{d[:3]}-{d[3:7]}-{d[7:]}"
        return {"plain": d, "space": sp, "dash": da, "+86 ": "+86 " + sp,
                "+86-": "+86-" + d, "+86": "+86" + d, "0086": "0086 " + d,
                "(+86)": "(+86) " + da, "86-": "86-" + d}[style]

    def cn_landline(self, style=None):
        r = self.r
        while True:
            ac = r.choice(_CN_AREA_CODES)
            sub = str(r.randint(2, 8)) + self.digits(7, lead_nonzero=False)
            if phonenumbers.is_valid_number(phonenumbers.parse("+86" + ac + sub)):
                break
        style = style or r.choice(["dash", "dash", "paren", "+86", "+86-", "plain", "space"])
        return {"dash": f"0{ac}-{sub}", "paren": f"(0{ac}) {sub[:4]} {sub[4:]}",
                "+86": f"+86 {ac} {sub}", "+86-": f"+86-{ac}-{sub}",
                "plain": f"0{ac}{sub}", "space": f"0{ac} {sub}"}[style]

    def cn_phone(self):
        return self.cn_mobile() if self.r.random() < 0.8 else self.cn_landline()

    def intl_phone(self, region=None, fmt=None):
        r = self.r
        for _ in range(200):
            reg = region or r.choice(_INTL_REGIONS)
            ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
            nat = str(ex.national_number)
            k = r.choice([3, 4, 4, 5])
            nat = nat[:-k] + self.digits(k, lead_nonzero=False)
            num = phonenumbers.parse("+" + str(ex.country_code) + nat)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == reg:
                break
        else:
            raise AssertionError("no valid phone for " + str(region))
        f = fmt or r.choice(["e164", "intl", "intl", "nat"])
        if f == "nat" and reg not in _NATIONAL_OK:
            f = "intl"
        pf = {"e164": phonenumbers.PhoneNumberFormat.E164,
              "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
              "nat": phonenumbers.PhoneNumberFormat.NATIONAL}[f]
        return phonenumbers.format_number(num, pf)

    # -- cards / banking -------------------------------------------------
    def card_digits(self, brand=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "mc", "amex", "unionpay"])
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = r.choice(["51", "52", "53", "54", "55", str(r.randint(2221, 2720))]), 16
        elif brand == "amex":
            pre, n = r.choice(["34", "37"]), 15
        else:
            pre, n = r.choice(_UP_BINS), r.choice([16, 19, 19])
        body = pre + "".join(str(r.randrange(10)) for _ in range(n - 1 - len(pre)))
        return body + _luhn_digit(body)

    def card(self, brand=None, style=None):
        d = self.card_digits(brand)
        style = style or self.r.choice(["plain", "plain", "space", "dash"])
        if style == "plain":
            return d
        if len(d) == 15:
            groups = [d[:4], d[4:10], d[10:]]
        else:
            groups = [d[i:i + 4] for i in range(0, len(d), 4)]
        return (" " if style == "space" else "-").join(groups)

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or r.choice(list(_IBAN_SPEC))
        bban = ""
        for cnt, cls in re.findall(r"(\d+)([an])", _IBAN_SPEC[cc]):
            cnt = int(cnt)
            if cls == "a":
                bban += r.choice(_IBAN_BANKS.get(cc, ["ABCD"])) if cnt == 4 else r.choice("ABCDEFGHLMNPRSTX")
            else:
                bban += "".join(str(r.randrange(10)) for _ in range(cnt))
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        iban = cc + f"{98 - int(num) % 97:02d}" + bban
        grouped = r.random() < 0.5 if grouped is None else grouped
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def bic(self):
        return self.pick(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX",
                          "INGBNL2A", "NWBKGB2L", "BARCGB22", "UNCRITMM", "AIBKIE2D"])

    def ssn(self, style=None):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        style = style or r.choice(["dash", "dash", "dash", "plain", "space"])
        sep = {"dash": "-", "plain": "", "space": " "}[style]
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

    # -- identity documents ---------------------------------------------
    def cn_id(self, minor=False):
        r = self.r
        if minor:
            lo, hi = date(2009, 1, 1), date(2015, 12, 31)
        else:
            lo, hi = date(1962, 1, 1), date(2006, 6, 30)
        birth = lo + timedelta(days=r.randrange((hi - lo).days))
        body = r.choice(_CN_AREAS) + birth.strftime("%Y%m%d") + f"{r.randint(1, 999):03d}"
        v = body + _gb11643(body)
        if v.endswith("X") and r.random() < 0.15:
            v = v[:-1] + "x"
        return v

    @staticmethod
    def id_age(idn):
        b = date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
        ref = date(2026, 12, 6)
        return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))

    def passport(self, country=None):
        r = self.r
        c = country or r.choice(["CN", "US", "GB", "DE", "TW", "HK", "FR", "JP"])
        if c == "CN":
            k = r.random()
            num = ("E" + self.digits(8, False)) if k < 0.5 else (
                ("E" + r.choice("ABCDEFGH") + self.digits(7, False)) if k < 0.8 else "G" + self.digits(8, False))
            iso3 = "CHN"
        elif c == "US":
            num = r.choice(["5", "6"]) + self.digits(8, False) if r.random() < 0.7 else "A" + self.digits(8, False)
            iso3 = "USA"
        elif c == "GB":
            num, iso3 = r.choice(["1", "5", "9"]) + self.digits(8, False), "GBR"
        elif c == "DE":
            num = "C" + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
            if sum(ch.isdigit() for ch in num) < 5:
                num = "C" + self.digits(8, False)
            iso3 = "DEU"
        elif c == "TW":
            num, iso3 = "3" + self.digits(8, False), "TWN"
        elif c == "HK":
            num, iso3 = r.choice(["K", "H"]) + self.digits(8, False), "HKG"
        elif c == "FR":
            num, iso3 = self.digits(2, False) + r.choice(_PLATE_LET) + r.choice(_PLATE_LET) + self.digits(5, False), "FRA"
        else:
            num, iso3 = r.choice(["TK", "TR", "MZ"]) + self.digits(7, False), "JPN"
        return num, iso3

    def plate_cn(self):
        r = self.r
        head = r.choice(_PLATE_PROV) + r.choice(_PLATE_LET.replace("Q", ""))
        if r.random() < 0.3:
            body = r.choice("DF") + self.digits(5, False)
        else:
            chars = [str(r.randrange(10)) for _ in range(5)]
            for i in r.sample(range(5), r.choice([0, 1, 1, 2])):
                chars[i] = r.choice(_PLATE_LET)
            body = "".join(chars)
        sep = r.choice(["", "", "·", " "])
        return head + sep + body

    def plate_uk(self):
        r = self.r
        tail = "".join(r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        return r.choice(_UK_AREA) + r.choice(_UK_AGE) + r.choice([" ", " ", ""]) + tail

    # -- network --------------------------------------------------------
    def client_ip(self, cn=None, v6=0.08):
        r = self.r
        if r.random() < v6:
            pre = r.choice(_V6_PREFIX)
            groups = pre.split(":") + [f"{r.getrandbits(16):x}" for _ in range(8 - len(pre.split(":")))]
            if r.random() < 0.5:
                groups[4:7] = ["0", "0", "0"]
            return str(ipaddress.IPv6Address(":".join(groups)))
        if cn is None:
            cn = r.random() < 0.5
        pre = r.choice(_CN_IP_PREFIX if cn else _WEST_IP_PREFIX)
        parts = pre.split(".")
        while len(parts) < 4:
            parts.append(str(r.randint(1, 254)))
        return ".".join(parts)

    def server_ip(self, public=False):
        r = self.r
        if public:
            k = r.random()
            if k < 0.3:
                return r.choice(_PUBLIC_RESOLVERS)
            pre = r.choice(["47.96", "47.100", "43.136", "52.14", "54.193", "35.186", "101.37"])
            return f"{pre}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        k = r.random()
        if k < 0.6:
            return f"10.{r.randint(0, 63)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if k < 0.85:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"

    # -- credentials ----------------------------------------------------
    def password(self, tricky=False):
        while True:
            pw = self._password(tricky)
            if len(pw) >= 6:
                return pw

    def _password(self, tricky):
        r = self.r
        k = r.random()
        if tricky and r.random() < 0.5:
            return r.choice(_PW_WORDS) + r.choice(['"', "\\", '\\"']) + str(r.randint(10, 9999)) + r.choice("!#$%")
        if k < 0.4:
            return r.choice(_PW_WORDS) + str(r.randint(1, 2026)) + r.choice(["!", "@", "#", "$", "", "*", "."])
        if k < 0.55:
            f = self.fk["zh_CN"]
            return (_ascii(f.last_romanized_name()) + _ascii(f.first_romanized_name())
                    + r.choice(["123456", "888", "1314", "520", "2008", "@123"]))
        return self.alnum(r.randint(10, 20),
                          "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*_-+=.")

    def jwt(self):
        r = self.r
        alg = r.choice(["HS256", "RS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = self.hexs(16)
        ep = 1796515200 + r.randint(0, 86400)
        pl = {"sub": self.uid(), "iat": ep, "exp": ep + r.choice([900, 3600, 86400]),
              "iss": r.choice(["https://account.starriver.gg", "xinghe-passport", "auth.xinghe-game.cn"]),
              "scope": r.choice(["game:play", "wallet:read", "openid profile"])}
        sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        return enc(hdr) + "." + enc(pl) + "." + self.b64url(sig)

    def session_id(self):
        r = self.r
        k = r.random()
        if k < 0.3:
            return self.hexs(32)
        if k < 0.5:
            return self.hexs(32, upper=True)
        if k < 0.7:
            return self.alnum(26, "abcdefghijklmnopqrstuv0123456789")
        return self.b64url(24)

    def md5(self):
        return self.hexs(32)


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------

TEMPLATES = []


def tpl(lang, system, spans, decoys):
    def deco(fn):
        fn.meta = (lang, system, spans, decoys)
        TEMPLATES.append(fn)
        return fn
    return deco


# ========================== Chinese lines ==================================

@tpl("zh", "Java logback / account-service SMS login", "PHONE_NUMBER, IP_ADDRESS", "user_id, trace_id")
def _z_login(g):
    dt = g.t()
    return [g.logback(dt), " INFO  [http-nio-8080-exec-", str(g.r.randint(1, 200)),
            "] c.x.account.web.LoginController - 手机号登录成功 uid=", D(g.uid(), "user_id"),
            " mobile=", S(g.cn_mobile(g.pick(["plain", "plain", "+86", "dash", "space"])), "PHONE_NUMBER"),
            " ip=", S(g.client_ip(cn=True), "IP_ADDRESS"),
            " device=", g.pick(["iPhone15,2", "HUAWEI NOH-AN00", "Xiaomi 23127PN0CC", "OPPO PHM110", "vivo V2309A"]),
            " traceId=", D(g.hexs(32), "trace_id")]


@tpl("zh", "Go service / NPPA 防沉迷 real-name check request+response JSON", "PERSON, CN_RESIDENT_ID", "account_id, nppa_pi")
def _z_nppa(g):
    dt = g.t()
    enc = jesc if g.r.random() < 0.4 else None
    return [g.logback(dt), " INFO [anti-addiction] nppa.check POST https://api.wlc.nppa.gov.cn/idcard/authentication/check req={\"ai\":\"",
            D(g.alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789"), "account_id"), "\",\"name\":\"",
            S(g.cn_name(), "PERSON", enc), "\",\"idNum\":\"", S(g.cn_id(minor=g.r.random() < 0.4), "CN_RESIDENT_ID"),
            "\"} resp={\"errcode\":0,\"errmsg\":\"OK\",\"data\":{\"result\":{\"status\":0,\"pi\":\"",
            D(g.alnum(38, "abcdefghijklmnopqrstuvwxyz0123456789"), "nppa_pi"),
            "\"}}} cost=", str(g.r.randint(40, 900)), "ms"]


@tpl("zh", "Python logging + json.dumps (ensure_ascii) / 实名认证 submit", "PERSON (JSON-escaped), CN_RESIDENT_ID", "user_id")
def _z_realname_py(g):
    dt = g.t()
    idn = g.cn_id(minor=g.r.random() < 0.3)
    return [g.pylog(dt), " INFO realname.views: {\"event\": \"realname_submit\", \"uid\": ", D(g.uid(), "user_id"),
            ", \"real_name\": \"", S(g.cn_name(), "PERSON", jesc), "\", \"id_card\": \"", S(idn, "CN_RESIDENT_ID"),
            "\", \"age\": ", str(g.id_age(idn)), ", \"result\": \"pending\"}"]


@tpl("zh", "Java logback / streamer withdrawal (主播提现)", "PERSON, CREDIT_CARD, PHONE_NUMBER", "streamer_id, amount")
def _z_payout(g):
    dt = g.t()
    return [g.logback(dt), " [payout-worker-", str(g.r.randint(1, 8)),
            "] INFO  c.x.payout.WithdrawService - 主播提现申请 anchorId=", D(g.uid(), "streamer_id"),
            " 姓名=", S(g.cn_name(), "PERSON"), " 银行卡=", S(g.card("unionpay", g.pick(["plain", "space"])), "CREDIT_CARD"),
            " 开户行=", g.pick(["中国工商银行", "招商银行", "中国建设银行", "中国农业银行", "中国银行"]),
            " 金额=¥", D(g.amount(100, 60000, comma=True), "amount"), " 预留手机=", S(g.cn_mobile(), "PHONE_NUMBER")]


@tpl("zh", "工单系统 / customer-service ticket summary", "PERSON (surname+title), PHONE_NUMBER, PERSON (staff)", "case_number, order_id")
def _z_ticket(g):
    dt = g.t()
    return ["【工单#", D("CS20261206-" + g.digits(5, False), "case_number"), "】", dt.strftime("%H:%M"), " 玩家",
            S(g.cn_surname(), "PERSON"), g.pick(["先生", "女士", "老师"]), "来电反映充值未到账，联系电话",
            S(g.cn_phone(), "PHONE_NUMBER"), "，订单号", D(g.order_cn(), "order_id"),
            "，已转二线处理。值班：", S(g.cn_name("common"), "PERSON")]


@tpl("zh", "moderation service key=value / 举报处理", "PERSON (login), PERSON (staff)", "report_id, user_id, room_id")
def _z_moderation(g):
    dt = g.t()
    return [g.logback(dt), " WARN  [moderation] report_id=", D("RPT-" + g.digits(8), "report_id"),
            " reporter=", S(g.login(), "PERSON"), " target_uid=", D(g.uid(), "user_id"),
            " room=", D(g.room(), "room_id"), " reason=", g.pick(["外挂", "辱骂", "低俗", "引流", "诈骗", "未成年直播"]),
            " handler=", S(g.cn_name("common"), "PERSON"), " action=", g.pick(["ban_7d", "mute_24h", "warn", "close_room"])]


@tpl("zh", "anti-cheat engine / 加速外挂 detection", "IP_ADDRESS", "user_id, server_ip, version")
def _z_anticheat(g):
    dt = g.t()
    return ["[", g.logback(dt), "][AC][WARN] 检测到", g.pick(["加速外挂", "透视外挂", "自瞄", "内存修改", "模拟器多开"]),
            " uid=", D(g.uid(), "user_id"), " 客户端IP=", S(g.client_ip(cn=True), "IP_ADDRESS"),
            " 对局服=", D(g.server_ip(), "server_ip"), " 特征=", g.pick(["speedhack", "wallhack", "aimbot", "cheatengine"]),
            " 客户端版本=", D(g.version(), "version"), " 处理=封号", g.pick(["7", "30", "180"]), "天"]


@tpl("zh", "WeChat Pay v2 notify XML body (no spans)", "-", "amount, order_id, transaction_id")
def _z_wxpay(g):
    dt = g.t()
    fee = str(g.pick([600, 3000, 6800, 12800, 32800, 64800]))
    return [g.logback(dt), " INFO  [wxpay-notify] 收到支付回调 body=<xml><appid><![CDATA[wx", g.hexs(16),
            "]]></appid><bank_type><![CDATA[", g.pick(["CMB_CREDIT", "ICBC_DEBIT", "OTHERS", "CCB_DEBIT"]),
            "]]></bank_type><cash_fee><![CDATA[", D(fee, "amount"),
            "]]></cash_fee><fee_type><![CDATA[CNY]]></fee_type><is_subscribe><![CDATA[N]]></is_subscribe><mch_id><![CDATA[16",
            g.digits(8, False), "]]></mch_id><nonce_str><![CDATA[", g.alnum(32),
            "]]></nonce_str><out_trade_no><![CDATA[", D("P20261206" + g.digits(10, False), "order_id"),
            "]]></out_trade_no><result_code><![CDATA[SUCCESS]]></result_code><return_code><![CDATA[SUCCESS]]></return_code><time_end><![CDATA[",
            dt.strftime("%Y%m%d%H%M%S"), "]]></time_end><total_fee>", fee,
            "</total_fee><trade_type><![CDATA[APP]]></trade_type><transaction_id><![CDATA[",
            D("42000" + g.digits(23, False), "transaction_id"), "]]></transaction_id></xml>"]


@tpl("zh", "Alipay async notify form params, url-encoded (no spans)", "-", "role_mailbox (form-encoded), masked, transaction_id")
def _z_alipay(g):
    dt = g.t()
    amt = g.pick(["6.00", "30.00", "68.00", "128.00", "328.00", "648.00"])
    if g.r.random() < 0.5:
        m = g.cn_mobile("plain")
        masked = m[:3] + "****" + m[-4:]
    else:
        e = g.email(cn=True)
        masked = e[:3] + "***@" + e.split("@")[1]
    return [g.logback(dt), " INFO [alipay-notify] verify=true params=gmt_create=",
            form(dt.strftime("%Y-%m-%d %H:%M:%S")), "&charset=UTF-8&seller_email=", D(g.role_mailbox(), "role_mailbox", form),
            "&subject=", form("钻石x" + str(int(float(amt) * 10))), "&buyer_id=2088", g.digits(12, False),
            "&invoice_amount=", amt, "&notify_id=", g.hexs(32),
            "&fund_bill_list=", form('[{"amount":"' + amt + '","fundChannel":"ALIPAYACCOUNT"}]'),
            "&notify_type=trade_status_sync&trade_status=TRADE_SUCCESS&receipt_amount=", amt,
            "&buyer_logon_id=", D(masked, "masked", form), "&app_id=2021", g.digits(12, False),
            "&sign_type=RSA2&trade_no=", D("2026120622001" + g.digits(15, False), "transaction_id")]


@tpl("zh", "Tencent Cloud CDN offline access log (live FLV pull with txSecret)", "IP_ADDRESS, CREDENTIAL", "stream_id, epoch_timestamp (hex)")
def _z_cdn(g):
    dt = g.t()
    ep = g.epoch(dt) + g.r.randint(600, 86400)
    return [dt.strftime("%Y%m%d%H%M%S"), " ", S(g.client_ip(cn=True), "IP_ADDRESS"), " live-cdn.xinghe-game.cn /live/",
            D("1400" + g.digits(6, False) + "_" + g.room(), "stream_id"), ".flv?txSecret=", S(g.md5(), "CREDENTIAL"),
            "&txTime=", D(f"{ep:X}", "epoch_timestamp"), " ", str(g.r.randint(10000, 90000000)), " ",
            str(g.r.randint(1, 34)), " ", str(g.r.randint(1, 5)), " 200 - ", str(g.r.randint(5, 3000)),
            " \"", g.pick(_UA), "\" \"(null)\" GET HTTP/1.1 hit"]


@tpl("zh", "nginx-rtmp on_publish callback / Aliyun live auth_key", "IP_ADDRESS, CREDENTIAL (md5 part of auth_key)", "stream_id, epoch_timestamp")
def _z_rtmp(g):
    dt = g.t()
    return [g.logback(dt), " INFO  [live-callback] on_publish call=publish addr=", S(g.client_ip(cn=True, v6=0), "IP_ADDRESS"),
            " app=live name=", D("anchor_" + g.room(), "stream_id"),
            " tcurl=rtmp://push.xinghe-live.com/live?auth_key=", D(str(g.epoch(dt) + 3600), "epoch_timestamp"),
            "-0-0-", S(g.md5(), "CREDENTIAL"), " 主播推流鉴权通过"]


@tpl("zh", "实名核验 two-factor check (二要素) with compound / rare / minority names", "PERSON, CN_RESIDENT_ID", "request_id (UUID)")
def _z_twofactor(g):
    dt = g.t()
    return [g.logback(dt), " INFO  [realname-verify] 二要素核验 name=",
            S(g.cn_name(g.pick(["compound", "rare", "minority", "common"])), "PERSON"),
            " idcard=", S(g.cn_id(), "CN_RESIDENT_ID"), " result=", g.pick(["一致", "不一致", "库中无此号"]),
            " provider=", g.pick(["aliyun", "tencentcloud", "shumei", "netease-yidun"]), " costMs=",
            str(g.r.randint(30, 900)), " requestId=", D(g.uuid(upper=True), "request_id")]


@tpl("zh", "防沉迷 minor-login block with guardian phone", "PERSON (login), PHONE_NUMBER", "-")
def _z_minor(g):
    dt = g.t()
    return [g.logback(dt), " [anti-addiction] 防沉迷拦截: 账号 ", S(g.login(), "PERSON"), " (未成年, ",
            str(g.r.randint(9, 17)), "岁) 于 ", dt.strftime("%H:%M"),
            " 尝试登录, 仅周五、六、日及法定节假日20:00-21:00可提供服务, 已拒绝. 监护人手机 ",
            S(g.cn_mobile(g.pick(["space", "plain", "dash"])), "PHONE_NUMBER")]


@tpl("zh", "企业微信/钉钉 alert robot (on-call name twice)", "PERSON x2 (same value), PHONE_NUMBER", "server_ip")
def _z_alert(g):
    name = g.cn_name("common")
    return ["【告警】[P", str(g.r.randint(0, 3)), "] gs-", g.pick(["sh", "bj", "gz", "cd", "hz"]), "-", f"{g.r.randint(1, 40):02d}",
            " (", D(g.server_ip(), "server_ip"), ") CPU使用率 ", str(g.r.randint(85, 100)), "% 持续5分钟 | 值班人员: ",
            S(name, "PERSON"), " ", S(g.cn_mobile(), "PHONE_NUMBER"), " | @", S(name, "PERSON")]


@tpl("zh", "客服会话 chat transcript (agent, surname+师傅, QQ/163 mail)", "PERSON (staff), PERSON (surname), EMAIL_ADDRESS", "employee_id")
def _z_cschat(g):
    dt = g.t()
    return ["[", g.logback(dt), "] [客服会话] 坐席 ", S(g.cn_name("common"), "PERSON"), "(工号 ",
            D("KF" + g.digits(4, False), "employee_id"), ") → 玩家 ", S(g.cn_surname(), "PERSON"),
            g.pick(["师傅", "先生", "女士", "同学"]), ": 请提供账号绑定的邮箱。玩家: ", S(g.email(cn=True), "EMAIL_ADDRESS"),
            " 就是这个"]


@tpl("zh", "top-up callback success (no spans, masked phone)", "-", "order_id, amount, masked")
def _z_topup(g):
    dt = g.t()
    m = g.cn_mobile("plain")
    return ["[", g.logback(dt), "] [pay-callback] 充值成功 订单号=", D(g.order_cn(), "order_id"),
            " 渠道=", g.pick(["微信支付", "支付宝", "Apple IAP", "华为支付"]),
            " 金额=", D(g.pick(["6", "30", "68", "128", "328", "648"]) + ".00", "amount"),
            "元 绑定手机=", D(m[:3] + "****" + m[-4:], "masked"), " 赠送钻石=", str(g.pick([60, 300, 680, 1280, 3280, 6480]))]


@tpl("zh", "session service debug (Redis key sess:<id>)", "CREDENTIAL (session id), IP_ADDRESS", "user_id")
def _z_session(g):
    dt = g.t()
    return [g.logback(dt), " DEBUG [session-svc] 创建会话 key=sess:", S(g.session_id(), "CREDENTIAL"),
            " uid=", D(g.uid(), "user_id"), " 登录IP=", S(g.client_ip(cn=True), "IP_ADDRESS"), " ttl=7200s"]


@tpl("zh", "MySQL slow query log flattened to one line (real-name table)", "CN_RESIDENT_ID, PERSON", "system_account x2, server_ip")
def _z_slowlog(g):
    dt = g.t()
    acct = g.pick(["game_ro", "game_rw", "realname_ro"])
    return ["# Time: ", g.iso(dt, micro=True), " # User@Host: ", D(acct, "system_account"), "[", D(acct, "system_account"),
            "] @  [", D(g.server_ip(), "server_ip"), "]  Id: ", str(g.r.randint(1000, 999999)),
            " # Query_time: ", f"{g.r.uniform(1, 9):.6f}", "  Lock_time: 0.000012 Rows_sent: 1  Rows_examined: ",
            str(g.r.randint(100000, 9000000)), " SET timestamp=", str(g.epoch(dt)),
            "; SELECT uid, real_name, id_card FROM t_realname WHERE id_card='", S(g.cn_id(), "CN_RESIDENT_ID"),
            "' AND real_name='", S(g.cn_name(), "PERSON"), "';"]


@tpl("zh", "举报工单 fraud report impersonating a public figure", "CREDIT_CARD", "case_number, room_id, public_figure")
def _z_fraud(g):
    return ["[举报工单 ", D("JB" + g.digits(8), "case_number"), "] 玩家举报: 直播间 ", D(g.room(), "room_id"),
            " 主播冒充“", D(g.pick(_PUBLIC_CN), "public_figure"), "”进行诈骗, 引导私下转账至银行卡 ",
            S(g.card(g.pick(["unionpay", "unionpay", "visa", "mc"]), "space"), "CREDIT_CARD"), ", 已冻结直播间"]


@tpl("zh", "esports sign-up (postal address unlabelled)", "PERSON, PHONE_NUMBER", "place")
def _z_signup(g):
    dt = g.t()
    return [g.logback(dt), " [esports-signup] 报名成功 选手=", S(g.cn_name(), "PERSON"), " 手机=", S(g.cn_mobile(), "PHONE_NUMBER"),
            " 战队=", g.pick(["星河战队", "破晓", "Nova", "赤焰", "Team Orbit"]), " 比赛场馆=", D(g.pick(_VENUES_CN), "place"),
            " 邮寄地址=", g.fk["zh_CN"].address().replace("\n", " ")]


@tpl("zh", "周边商城 shipping (SF waybill)", "PERSON, PHONE_NUMBER", "order_id, waybill")
def _z_ship(g):
    dt = g.t()
    return [g.logback(dt), " [mall-ship] 订单 ", D(g.order_cn(), "order_id"), " 已发货 快递=顺丰速运 运单号=",
            D("SF" + g.digits(13), "waybill"), " 收件人=", S(g.cn_name(), "PERSON"), " 电话=", S(g.cn_phone(), "PHONE_NUMBER"),
            " 地址=", g.fk["zh_CN"].address().replace("\n", " ")]


@tpl("zh", "streamer contract approval (minority names, agent)", "PERSON, CN_RESIDENT_ID, PERSON (staff)", "-")
def _z_contract(g):
    dt = g.t()
    return [g.logback(dt), " [anchor-sign] 签约审核通过 主播=", S(g.cn_name(g.pick(["minority", "minority", "common", "compound"])), "PERSON"),
            " 身份证=", S(g.cn_id(), "CN_RESIDENT_ID"), " 公会=", g.pick(["星耀传媒", "无忧传媒", "银河娱乐公会", "遥望网络"]),
            " 经纪人=", S(g.cn_name("common"), "PERSON"), " 分成比例=", str(g.pick([40, 45, 50, 55, 60])), "%"]


@tpl("zh", "Go zap JSON / payout success (raw UTF-8)", "PERSON, CREDIT_CARD", "epoch_timestamp, amount, trace_id")
def _z_zap(g):
    dt = g.t()
    return ["{\"level\":\"info\",\"ts\":", D(f"{g.epoch(dt)}.{dt.microsecond // 100:04d}", "epoch_timestamp"),
            ",\"caller\":\"payout/worker.go:", str(g.r.randint(40, 400)), "\",\"msg\":\"提现打款成功\",\"anchor\":\"",
            S(g.cn_name(), "PERSON", jraw), "\",\"bank_card\":\"", S(g.card(g.pick(["unionpay", "unionpay", "visa"]), "plain"), "CREDIT_CARD"),
            "\",\"amount\":\"", D(g.amount(100, 30000), "amount"), "\",\"trace_id\":\"", D(g.hexs(32), "trace_id"), "\"}"]


@tpl("zh", "SMS gateway / verification code", "PHONE_NUMBER", "pickup_code, sms_biz_id")
def _z_sms(g):
    dt = g.t()
    return [g.logback(dt), " INFO  [sms-gateway] 发送验证码 phone=", S(g.cn_mobile(), "PHONE_NUMBER"),
            " template=SMS_", g.digits(9), " code=", D(g.digits(6, False), "pickup_code"),
            " provider=aliyun bizId=", D(g.digits(18) + "^0", "sms_biz_id"), " 短信发送成功"]


@tpl("zh", "risk engine / 异地登录 (two locations)", "PERSON (login), IP_ADDRESS x2", "place x2")
def _z_geo(g):
    dt = g.t()
    c1, c2 = g.r.sample(_CITIES_CN, 2)
    return [g.logback(dt), " [risk-engine] 异地登录提醒 账号=", S(g.login(), "PERSON"), " 上次登录=", D(c1, "place"),
            "(", S(g.client_ip(cn=True), "IP_ADDRESS"), ") 本次登录=", D(c2, "place"), "(",
            S(g.client_ip(cn=True), "IP_ADDRESS"), ") 风险分=", str(g.r.randint(60, 99))]


@tpl("zh", "esports ops / player medical check (doctor name + title)", "PERSON (player), PERSON (doctor before 主任医师)", "place (hospital)")
def _z_medical(g):
    dt = g.t()
    return [g.logback(dt), " [esports-ops] 选手 ", S(g.cn_name(), "PERSON"), " 年度体检报告已上传, 体检机构: ",
            D(g.pick(_HOSPITALS), "place"), ", 主检医生: ", S(g.cn_name("common"), "PERSON"),
            g.pick(["主任医师", "副主任医师", "医生", "主治医师"])]


@tpl("zh", "活动配置 crossover announcement (no spans)", "-", "public_figure, company, place")
def _z_event(g):
    dt = g.t()
    return [g.logback(dt), " [活动配置] 联动活动上线: ", D(g.pick(_PUBLIC_CN), "public_figure"), "限定皮肤, 赞助商",
            D(g.pick(_BRANDS_CN), "company"), ", 线下快闪地点", D(g.pick(_PLACES_CN), "place")]


@tpl("zh", "Hive/ODPS login table export, tab separated", "PHONE_NUMBER, IP_ADDRESS", "user_id, version")
def _z_tsv(g):
    dt = g.t()
    return [dt.strftime("%Y-%m-%d\t%H:%M:%S"), "\tlogin\t", D(g.uid(), "user_id"), "\t", S(g.cn_mobile("plain"), "PHONE_NUMBER"),
            "\t", S(g.client_ip(cn=True), "IP_ADDRESS"), "\t", g.pick(["HUAWEI NOH-AN00", "iPhone15,2", "Redmi K70"]),
            "\t", g.pick(["Android 14", "iOS 18.1", "HarmonyOS 4.2"]), "\t", D(g.version(), "version"), "\t",
            g.pick(["华为应用市场", "App Store", "TapTap", "官网"])]


@tpl("zh", "ticket mailer (player mailbox vs role mailbox)", "EMAIL_ADDRESS", "case_number, role_mailbox")
def _z_mailer(g):
    dt = g.t()
    return [g.logback(dt), " [ticket-mailer] 工单 ", D("CS20261206-" + g.digits(5, False), "case_number"),
            " 回复邮件已发送 收件人=", S(g.email(cn=True), "EMAIL_ADDRESS"), " 发件人=", D(g.role_mailbox(), "role_mailbox"),
            " 状态=250 OK"]


@tpl("zh", "港澳台及外籍 real-name with passport", "PERSON, PASSPORT", "-")
def _z_passport(g):
    dt = g.t()
    c = g.pick(["CN", "TW", "HK", "US", "GB", "DE", "JP", "FR"])
    num, iso3 = g.passport(c)
    name = g.fk["zh_TW"].name() if c in ("TW", "HK") else (g.cn_name("common") if c == "CN" else g.en_name())
    return [g.logback(dt), " [realname-intl] 港澳台及外籍用户实名 姓名=", S(name, "PERSON"), " 证件类型=护照 证件号=",
            S(num, "PASSPORT"), " 国籍=", iso3, " 结果=", g.pick(["通过", "人工复核"])]


@tpl("zh", "office park barrier gate (staff car)", "LICENSE_PLATE, PERSON", "employee_id")
def _z_gate(g):
    dt = g.t()
    return [g.logback(dt), " [园区道闸] 入场 车牌=", S(g.plate_cn(), "LICENSE_PLATE"), " 车主=", S(g.cn_name(), "PERSON"),
            " 工号=", D(g.pick(["XH", "SR", ""]) + g.digits(5), "employee_id"), " 车位=B2-", str(g.r.randint(1, 300))]


@tpl("zh", "Taiwan customer service (traditional Chinese, TW phone)", "PERSON (zh_TW), PHONE_NUMBER", "order_id")
def _z_tw(g):
    dt = g.t()
    ph = g.intl_phone("TW", g.pick(["nat", "nat", "intl"]))
    if g.r.random() < 0.5:
        ph = ph.replace(" ", "-")
    return ["[客服][TW] ", g.logback(dt), " 玩家 ", S(g.fk["zh_TW"].name(), "PERSON"), " 來電 ", S(ph, "PHONE_NUMBER"),
            " 反映儲值未到帳, 訂單編號 ", D("TW" + g.digits(12), "order_id"), ", 已建立工單"]


@tpl("zh", "客服 complaint about a person-named brand gift pack", "PERSON (surname+title), PHONE_NUMBER", "company, redeem_code")
def _z_brand(g):
    dt = g.t()
    brand = g.pick(_BRANDS_CN)
    sur = brand[0] if g.r.random() < 0.5 else g.cn_surname()
    return [g.logback(dt), " [客服] ", S(sur, "PERSON"), g.pick(["先生", "女士"]), "投诉联名礼包“", D(brand, "company"),
            "”兑换码 ", D(g.alnum(12, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "redeem_code"), " 兑换失败, 回访电话 ",
            S(g.cn_phone(), "PHONE_NUMBER")]


@tpl("zh", "gift flow ledger (no spans)", "-", "room_id, amount, epoch_timestamp (ms)")
def _z_gift(g):
    dt = g.t()
    return [g.logback(dt), " gift_flow room=", D(g.room(), "room_id"), " gift=", g.pick(["嘉年华", "火箭", "小心心", "超级跑车", "告白气球"]),
            " count=", str(g.r.randint(1, 99)), " value=", D(str(g.r.randint(1, 30000)), "amount"), "钻 ts=",
            D(str(g.epoch_ms(dt)), "epoch_timestamp")]


@tpl("zh", "nginx access log, real-name check query string percent-encoded", "IP_ADDRESS, PERSON (%-encoded), CN_RESIDENT_ID, PHONE_NUMBER", "-")
def _z_nginx_rn(g):
    dt = g.t()
    ph = g.cn_mobile(g.pick(["plain", "plain", "+86"]))
    return [S(g.client_ip(cn=True), "IP_ADDRESS"), " - - [", g.nginx(dt), "] \"GET /api/realname/check?name=",
            S(g.cn_name(), "PERSON", pct), "&idcard=", S(g.cn_id(), "CN_RESIDENT_ID"), "&mobile=", S(ph, "PHONE_NUMBER", pct),
            " HTTP/1.1\" 200 ", str(g.r.randint(40, 300)), " \"-\" \"", g.pick(_UA), "\" ", f"{g.r.uniform(0.005, 2):.3f}"]


@tpl("zh", "config center leaking Aliyun OSS AccessKey", "CREDENTIAL x2", "-")
def _z_oss(g):
    dt = g.t()
    return [g.logback(dt), " WARN  [config-center] 加载OSS配置 endpoint=oss-cn-", g.pick(["hangzhou", "shanghai", "beijing", "shenzhen"]),
            ".aliyuncs.com accessKeyId=", S("LTAI5t" + g.alnum(18), "CREDENTIAL"), " accessKeySecret=", S(g.alnum(30), "CREDENTIAL"),
            " bucket=xinghe-avatar 请勿在日志中打印密钥"]


@tpl("zh", "堡垒机 (JumpServer) ops login", "PERSON (staff), PERSON (login), IP_ADDRESS", "server_ip, system_account")
def _z_bastion(g):
    dt = g.t()
    return [g.logback(dt), " [堡垒机] 运维 ", S(g.cn_name("common"), "PERSON"), "(", S(g.login(), "PERSON"), ") 从 ",
            S(g.client_ip(cn=True, v6=0), "IP_ADDRESS"), " 登录资产 gs-", g.pick(["bj", "sh", "gz"]), "-", f"{g.r.randint(1, 60):02d}",
            "(", D(g.server_ip(), "server_ip"), ") 系统用户 ", D(g.pick(["root", "admin", "deploy", "ubuntu"]), "system_account")]


@tpl("zh", "esports team rail travel booking (12306-style)", "PERSON, CN_RESIDENT_ID", "train_number, place")
def _z_train(g):
    dt = g.t()
    return [g.logback(dt), " [差旅] 车票预订成功 乘车人=", S(g.cn_name(), "PERSON"), " 证件号=", S(g.cn_id(), "CN_RESIDENT_ID"),
            " 车次=", D(g.pick(["G", "D", "C"]) + str(g.r.randint(1, 9999)), "train_number"), " ", g.pick(["二等座", "一等座", "商务座"]),
            " ", f"{g.r.randint(1, 16):02d}", "车", f"{g.r.randint(1, 20):02d}", g.pick("ABCDF"), "号 到达站=",
            D(g.pick(["上海虹桥站", "北京南站", "深圳北站", "杭州东站", "成都东站"]), "place")]


@tpl("zh", "Java logback / JDBC URL with password in query", "CREDENTIAL (URL password)", "server_ip, port, system_account")
def _z_jdbc(g):
    dt = g.t()
    return [g.logback(dt), " ERROR [main] c.a.druid.pool.DruidDataSource - 数据库连接失败, url=jdbc:mysql://", D(g.server_ip(), "server_ip"),
            ":", D(g.pick(["3306", "3307", "13306"]), "port"), "/game_account?useSSL=false&characterEncoding=utf8&user=",
            D(g.pick(["game_rw", "game_ro", "root"]), "system_account"), "&password=", S(g.password(), "CREDENTIAL", pct),
            " 原因: Communications link failure"]


# ========================== English lines ==================================

@tpl("en", "nginx combined log, account lookup with %-encoded email", "IP_ADDRESS, EMAIL_ADDRESS (%-encoded)", "-")
def _e_nginx(g):
    dt = g.t()
    return [S(g.client_ip(cn=False), "IP_ADDRESS"), " - - [", g.nginx(dt, "+0000"), "] \"GET /api/v2/account/lookup?email=",
            S(g.email(), "EMAIL_ADDRESS", pct), "&source=launcher HTTP/1.1\" ", g.pick(["200", "404", "429"]), " ",
            str(g.r.randint(100, 4000)), " \"-\" \"", g.pick(_UA), "\""]


@tpl("en", "Python urllib3 debug / Steam Web API key in URL", "CREDENTIAL", "steam_id")
def _e_steam(g):
    dt = g.t()
    return [g.pylog(dt), " DEBUG urllib3.connectionpool: https://api.steampowered.com:443 \"GET /ISteamUser/GetPlayerSummaries/v0002/?key=",
            S(g.hexs(32, upper=True), "CREDENTIAL"), "&steamids=", D("7656119" + g.digits(10, False), "steam_id"),
            " HTTP/1.1\" 200 None"]


@tpl("en", "Source dedicated server (srcds) connect line", "PERSON (login), IP_ADDRESS", "steam_id, port")
def _e_srcds(g):
    dt = g.t()
    return ["L ", dt.strftime("%m/%d/%Y - %H:%M:%S"), ": \"", S(g.login(), "PERSON"), "<", str(g.r.randint(2, 64)), "><",
            D(f"[U:1:{g.r.randint(10000, 1999999999)}]", "steam_id"), "><>\" connected, address \"",
            S(g.client_ip(v6=0), "IP_ADDRESS"), ":", D(g.port(), "port"), "\""]


@tpl("en", "Minecraft server log join", "PERSON (login), IP_ADDRESS", "port")
def _e_minecraft(g):
    dt = g.t()
    r = g.r
    return ["[", dt.strftime("%H:%M:%S"), "] [Server thread/INFO]: ", S(g.login(), "PERSON"), "[/", S(g.client_ip(v6=0), "IP_ADDRESS"),
            ":", D(g.port(), "port"), "] logged in with entity id ", str(r.randint(100, 99999)), " at ([world]",
            f"{r.uniform(-3000, 3000):.1f}, {r.uniform(60, 120):.1f}, {r.uniform(-3000, 3000):.1f})"]


@tpl("en", "BattlEye server (connect / GUID verified variants)", "PERSON (login), IP_ADDRESS (connect variant)", "port (connect variant) or be_guid (GUID variant)")
def _e_battleye(g):
    dt = g.t()
    n = str(g.r.randint(0, 99))
    if g.r.random() < 0.5:
        return [dt.strftime("%H:%M:%S"), " BattlEye Server: Player #", n, " ", S(g.login(), "PERSON"), " (",
                S(g.client_ip(v6=0), "IP_ADDRESS"), ":", D(g.port(), "port"), ") connected"]
    return [dt.strftime("%H:%M:%S"), " BattlEye Server: Verified GUID (", D(g.hexs(32), "be_guid"), ") of player #", n, " ",
            S(g.login(), "PERSON")]


@tpl("en", "pino JSON / anti-cheat integrity violation", "PERSON (login), IP_ADDRESS", "epoch_timestamp (ms), match_id (UUID)")
def _e_pino(g):
    dt = g.t()
    return ["{\"level\":40,\"time\":", D(str(g.epoch_ms(dt)), "epoch_timestamp"), ",\"pid\":", str(g.r.randint(100, 60000)),
            ",\"hostname\":\"ac-eu-", str(g.r.randint(1, 9)), "\",\"account\":\"", S(g.login(), "PERSON"), "\",\"ip\":\"",
            S(g.client_ip(cn=False), "IP_ADDRESS"), "\",\"violation\":\"", g.pick(["memory_tamper", "dll_injection", "debugger_attached", "speed_anomaly"]),
            "\",\"matchId\":\"", D(g.uuid(), "match_id"), "\",\"msg\":\"integrity check failed\"}"]


@tpl("en", "winston / Stripe webhook charge.succeeded", "EMAIL_ADDRESS, PERSON", "event_id, amount, customer_id")
def _e_stripe(g):
    dt = g.t()
    return [g.iso(dt), " info: stripe webhook received id=", D("evt_3Q" + g.alnum(22), "event_id"), " type=charge.succeeded amount=",
            D(str(g.pick([499, 999, 1999, 4999, 9999])), "amount"), " currency=usd customer=", D("cus_" + g.alnum(14), "customer_id"),
            " billing_details.email=", S(g.email(), "EMAIL_ADDRESS"), " billing_details.name=\"", S(g.en_name(), "PERSON"),
            "\" payment_method_details.card.last4=", g.digits(4, False)]


@tpl("en", "PayPal IPN form body (form-encoded names, emails)", "PERSON (first), EMAIL_ADDRESS, PERSON (last)", "payer_id, transaction_id, role_mailbox")
def _e_paypal(g):
    dt = g.t()
    first, last = g.west_first_last(g.pick(["en_US", "de_DE", "fr_FR", "es_ES", "en_GB"]))
    amt = g.pick(["4.99", "9.99", "19.99", "49.99", "99.99"])
    return [g.logback(dt), " INFO  [paypal-ipn] VERIFIED mc_gross=", amt, "&protection_eligibility=Eligible&payer_id=",
            D(g.alnum(13, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "payer_id"),
            "&payment_date=", form(dt.strftime("%H:%M:%S %b %d, %Y PST")), "&payment_status=Completed&charset=UTF-8&first_name=",
            S(first, "PERSON", form), "&mc_fee=0.88&notify_version=3.9&payer_status=verified&payer_email=",
            S(g.email(name=first + " " + last), "EMAIL_ADDRESS", form), "&txn_id=", D(g.alnum(17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "transaction_id"),
            "&payment_type=instant&last_name=", S(last, "PERSON", form), "&receiver_email=", D(g.role_mailbox(), "role_mailbox", form),
            "&txn_type=web_accept&item_name=", form("1000 Crystals"), "&mc_currency=USD"]


@tpl("en", "Discord webhook POST rate limited (token in URL)", "CREDENTIAL", "webhook_id")
def _e_discord(g):
    dt = g.t()
    return [g.iso(dt), " WARN  discord-notifier: POST https://discord.com/api/webhooks/", D(g.digits(19), "webhook_id"), "/",
            S(g.alnum(68, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), "CREDENTIAL"),
            " -> 429 Too Many Requests (retry_after=", f"{g.r.uniform(0.2, 5):.3f}", ")"]


@tpl("en", "Xbox Live profile call with XBL3.0 Authorization header", "CREDENTIAL (XSTS token)", "xuid, user_hash")
def _e_xbox(g):
    dt = g.t()
    hdr = base64.urlsafe_b64encode(b'{"enc":"A128CBC+HS256","alg":"RSA-OAEP","cty":"JWT","zip":"DEF","x5t":"'
                                   + g.b64url(20).encode() + b'"}').rstrip(b"=").decode()
    tok = ".".join([hdr, g.b64url(256), g.b64url(16), g.b64url(600), g.b64url(16)])
    return [g.pylog(dt), " DEBUG xbl.client: GET https://profile.xboxlive.com/users/xuid(", D("25354" + g.digits(11, False), "xuid"),
            ")/profile/settings?settings=Gamertag headers={'x-xbl-contract-version': '3', 'Authorization': 'XBL3.0 x=",
            D(g.digits(19), "user_hash"), ";", S(tok, "CREDENTIAL"), "'}"]


@tpl("en", "PSN OAuth token exchange", "CREDENTIAL x2 (access, refresh)", "psn_account_id")
def _e_psn(g):
    dt = g.t()
    return [g.iso(dt), " INFO psn.auth token exchange ok account_id=", D(g.digits(19), "psn_account_id"), " access_token=",
            S(g.b64url(48), "CREDENTIAL"), " refresh_token=", S(g.b64url(48), "CREDENTIAL"), " expires_in=3599 scope=psn:s2s"]


@tpl("en", "Python logging / rejected Bearer JWT", "IP_ADDRESS, CREDENTIAL (JWT only)", "-")
def _e_bearer(g):
    dt = g.t()
    return [g.pylog(dt), " WARNING auth.middleware: rejected request from ", S(g.client_ip(), "IP_ADDRESS"),
            ": token expired (Authorization: Bearer ", S(g.jwt(), "CREDENTIAL"), ")"]


@tpl("en", "logrus / Postgres DSN with password", "CREDENTIAL (URL password, %-encoded)", "system_account, server_ip")
def _e_pgdsn(g):
    dt = g.t()
    return ["time=\"", dt.strftime("%Y-%m-%dT%H:%M:%SZ"), "\" level=error msg=\"db connect failed\" dsn=\"postgres://",
            D(g.pick(["payout_rw", "game_rw", "svc-payments", "postgres"]), "system_account"), ":", S(g.password(), "CREDENTIAL", pct), "@",
            D(g.server_ip(), "server_ip"), ":5432/payouts?sslmode=require\" err=\"dial tcp: i/o timeout\""]


@tpl("en", "sshd auth.log (failed invalid user / accepted publickey)", "IP_ADDRESS, PERSON (login, publickey variant)", "system_account + port (failed variant) or port + key_fingerprint")
def _e_sshd(g):
    dt = g.t()
    head = [g.syslog(dt), " gs-", g.pick(["eu", "us", "ap"]), "-", f"{g.r.randint(1, 40):02d}", " sshd[", str(g.r.randint(1000, 60000)), "]: "]
    if g.r.random() < 0.55:
        return head + ["Failed password for invalid user ", D(g.pick(["admin", "root", "oracle", "test", "ubuntu"]), "system_account"),
                       " from ", S(g.client_ip(v6=0.05), "IP_ADDRESS"), " port ", D(g.port(), "port"), " ssh2"]
    return head + ["Accepted publickey for ", S(g.login(), "PERSON"), " from ", S(g.client_ip(v6=0.05), "IP_ADDRESS"), " port ",
                   D(g.port(), "port"), " ssh2: ED25519 SHA256:", D(g.b64(32).rstrip("="), "key_fingerprint")]


@tpl("en", "Envoy access log (client XFF vs upstream)", "IP_ADDRESS", "request_id (UUID), server_ip")
def _e_envoy(g):
    dt = g.t()
    return ["[", g.iso(dt), "] \"POST /v1/wallet/topup HTTP/2\" ", g.pick(["200", "402", "503"]), " - via_upstream - \"-\" ",
            str(g.r.randint(50, 900)), " ", str(g.r.randint(50, 4000)), " ", str(g.r.randint(1, 400)), " ", str(g.r.randint(1, 400)),
            " \"", S(g.client_ip(), "IP_ADDRESS"), "\" \"", g.pick(_UA), "\" \"", D(g.uuid(), "request_id"),
            "\" \"wallet.internal\" \"", D(g.server_ip(), "server_ip"), ":8080\""]


@tpl("en", "HAProxy HTTP log with captured session cookie", "IP_ADDRESS, CREDENTIAL (cookie value)", "port")
def _e_haproxy(g):
    dt = g.t()
    return [g.syslog(dt), " lb01 haproxy[", str(g.r.randint(1000, 30000)), "]: ", S(g.client_ip(v6=0), "IP_ADDRESS"), ":",
            D(g.port(), "port"), " [", dt.strftime("%d/%b/%Y:%H:%M:%S.") + f"{dt.microsecond // 1000:03d}",
            "] https-in~ game_api/api0", str(g.r.randint(1, 9)), " 0/0/1/", str(g.r.randint(2, 90)), "/", str(g.r.randint(3, 99)),
            " 200 ", str(g.r.randint(100, 9000)), " SESSIONID=", S(g.session_id(), "CREDENTIAL"),
            " - ---- 120/110/5/1/0 0/0 \"GET /v1/profile HTTP/1.1\""]


@tpl("en", "Cloudflare Logpush JSON (WAF block)", "IP_ADDRESS", "epoch_timestamp (ns), ray_id")
def _e_cloudflare(g):
    dt = g.t()
    return ["{\"ClientIP\":\"", S(g.client_ip(), "IP_ADDRESS"), "\",\"ClientRequestHost\":\"play.starriver.gg\",\"ClientRequestMethod\":\"POST\",\"ClientRequestURI\":\"/api/login\",\"EdgeStartTimestamp\":",
            D(str(g.epoch(dt) * 10 ** 9 + dt.microsecond * 1000), "epoch_timestamp"), ",\"EdgeResponseStatus\":403,\"RayID\":\"",
            D(g.hexs(16), "ray_id"), "\",\"WAFAction\":\"block\",\"ClientCountry\":\"", g.pick(["us", "de", "br", "ru", "vn"]), "\"}"]


@tpl("en", "Zendesk ticket created (requester + assignee)", "PERSON, EMAIL_ADDRESS, PERSON (agent)", "case_number")
def _e_zendesk(g):
    dt = g.t()
    name = g.en_name()
    return [g.iso(dt), " zendesk: ticket #", D(g.digits(6), "case_number"), " created by ", S(name, "PERSON"), " <",
            S(g.email(name=name), "EMAIL_ADDRESS"), "> via web; assignee=", S(g.en_name(), "PERSON"),
            "; subject=\"", g.pick(["Refund for double charge", "Account hacked", "Missing crystals", "Ban appeal"]), "\""]


@tpl("en", "logfmt / Redis URL with password", "CREDENTIAL", "server_ip, port")
def _e_redis(g):
    dt = g.t()
    return ["level=error ts=", g.iso(dt), " caller=cache.go:", str(g.r.randint(20, 300)), " msg=\"redis dial failed\" url=redis://:",
            S(g.password(), "CREDENTIAL", pct), "@", D(g.server_ip(), "server_ip"), ":", D(g.pick(["6379", "6380", "7000"]), "port"),
            "/0 err=\"WRONGPASS invalid username-password pair or user is disabled.\""]


@tpl("en", "container entrypoint env dump with AWS keys", "CREDENTIAL x2", "-")
def _e_aws(g):
    dt = g.t()
    return [g.iso(dt), " DEBUG entrypoint: env AWS_REGION=", g.pick(["us-west-2", "eu-central-1", "ap-southeast-1"]),
            " AWS_ACCESS_KEY_ID=", S("AKIA" + g.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "CREDENTIAL"),
            " AWS_SECRET_ACCESS_KEY=", S(g.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "CREDENTIAL"),
            " S3_BUCKET=starriver-replays"]


@tpl("en", "disputes service chargeback (card dashed/spaced)", "CREDIT_CARD, PERSON", "dispute_id, amount")
def _e_chargeback(g):
    dt = g.t()
    return [g.iso(dt), " [disputes] chargeback opened dispute=", D("dp_1Q" + g.alnum(22), "dispute_id"), " card=",
            S(g.card(g.pick(["visa", "mc", "amex"]), g.pick(["dash", "space", "plain"])), "CREDIT_CARD"),
            " cardholder=\"", S(g.en_name(), "PERSON"), "\" amount=", D(g.amount(5, 500), "amount"), " reason=fraudulent"]


@tpl("en", "creator payout KYC with IBAN (DOB unlabelled)", "PERSON, IBAN_CODE", "creator_id")
def _e_kyc_iban(g):
    dt = g.t()
    cc = g.pick(list(_IBAN_SPEC))
    loc = {"DE": "de_DE", "AT": "de_DE", "CH": "de_DE", "FR": "fr_FR", "BE": "fr_FR", "ES": "es_ES", "GB": "en_GB", "IE": "en_GB"}.get(cc)
    return [g.iso(dt), " payout.kyc creator=", D("cr_" + g.alnum(12), "creator_id"), " name=\"", S(g.en_name(loc), "PERSON"),
            "\" iban=", S(g.iban(cc), "IBAN_CODE"), " dob=", g.fk["en_US"].date_of_birth(minimum_age=18, maximum_age=60).isoformat(),
            " country=", cc, " status=", g.pick(["verified", "pending", "requires_input"])]


@tpl("en", "tax service W-9 received (SSN)", "PERSON, US_SSN", "creator_id")
def _e_w9(g):
    dt = g.t()
    return [g.iso(dt), " [tax] W-9 received creator_id=", D("cr_" + g.alnum(12), "creator_id"), " legal_name=\"",
            S(g.en_name("en_US"), "PERSON"), "\" tin_type=SSN tin=", S(g.ssn(), "US_SSN"), " backup_withholding=false"]


@tpl("en", "KYC vendor document check (passport)", "PASSPORT, PERSON", "check_id (UUID)")
def _e_passport(g):
    dt = g.t()
    num, iso3 = g.passport(g.pick(["US", "GB", "DE", "FR", "JP", "CN", "HK"]))
    return [g.iso(dt), " [kyc] document verified type=passport number=", S(num, "PASSPORT"), " issuing_country=", iso3,
            " holder=\"", S(g.en_name() if iso3 not in ("CHN", "HKG", "JPN") else g.fk["en_US"].first_name() + " " + g.pick(["Wang", "Chan", "Tanaka", "Li", "Suzuki"]), "PERSON"),
            "\" expires=20", str(g.r.randint(27, 36)), "-", f"{g.r.randint(1, 12):02d}", "-", f"{g.r.randint(1, 28):02d}",
            " vendor=onfido check_id=", D(g.uuid(), "check_id")]


@tpl("en", "Discord moderation bot (logins, surname after Mr./Ms./Dr.)", "PERSON (login) x2, PERSON (surname)", "discord_user_id")
def _e_modbot(g):
    dt = g.t()
    return ["[", g.iso(dt), "] [mod-bot] user ", S(g.login(), "PERSON"), " (id ", D(g.digits(18), "discord_user_id"),
            ") reported by ", S(g.login(), "PERSON"), " in #", g.pick(["general", "lfg", "trading", "eu-chat"]),
            " for harassment; action=timeout 24h by moderator ", g.pick(["Mr. ", "Ms. ", "Dr. ", "Mrs. "]),
            S(g.en_surname(), "PERSON")]


@tpl("en", "Unreal Engine dedicated server LogNet (login / accept variants)", "PERSON (login variant) or IP_ADDRESS (accept variant)", "steam_id or port")
def _e_unreal(g):
    dt = g.t()
    head = "[" + dt.strftime("%Y.%m.%d-%H.%M.%S:") + f"{dt.microsecond // 1000:03d}" + "][" + f"{g.r.randint(0, 999):>3}" + "]"
    if g.r.random() < 0.5:
        return [head, "LogNet: Login request: ?Name=", S(g.login(), "PERSON"), "?SplitscreenCount=1 userId: STEAM:",
                D("7656119" + g.digits(10, False), "steam_id"), " platform: STEAM"]
    return [head, "LogNet: NotifyAcceptingConnection accepted from: ", S(g.client_ip(v6=0), "IP_ADDRESS"), ":", D(g.port(), "port")]


@tpl("en", "Sentry SDK event with user context (Python repr-ish JSON)", "PERSON (login), EMAIL_ADDRESS, IP_ADDRESS", "event_id, version")
def _e_sentry(g):
    dt = g.t()
    lg = g.login()
    return [g.pylog(dt), " DEBUG sentry_sdk: Sending event ", D(g.hexs(32), "event_id"), " user={\"id\": \"", g.uid(),
            "\", \"username\": \"", S(lg, "PERSON"), "\", \"email\": \"", S(g.email(), "EMAIL_ADDRESS"), "\", \"ip_address\": \"",
            S(g.client_ip(), "IP_ADDRESS"), "\"} release=game-client@", D(g.version(), "version")]


@tpl("en", "postfix/smtp delivery to player mailbox", "EMAIL_ADDRESS", "server_ip (MX relay), port")
def _e_postfix(g):
    dt = g.t()
    r = g.r
    return [g.syslog(dt), " mail01 postfix/smtp[", str(r.randint(1000, 60000)), "]: ", g.hexs(10, upper=True), ": to=<",
            S(g.email(), "EMAIL_ADDRESS"), ">, relay=", g.pick(["gmail-smtp-in.l.google.com", "outlook-com.olc.protection.outlook.com", "mx01.mail.icloud.com"]),
            "[", D(f"{r.choice(['142.250', '74.125', '52.101', '17.57'])}.{r.randint(1, 254)}.{r.randint(1, 254)}", "server_ip"), "]:",
            D("25", "port"), ", delay=", f"{r.uniform(0.1, 9):.1f}", ", delays=0.01/0/", f"{r.uniform(0.1, 2):.2f}", "/",
            f"{r.uniform(0.1, 5):.1f}", ", dsn=2.0.0, status=sent (250 2.0.0 OK  ", str(g.epoch(dt)), " ", g.alnum(12), " - gsmtp)"]


@tpl("en", "IIS W3C extended log (server ip, user, client ip)", "PERSON (cs-username), IP_ADDRESS (c-ip)", "server_ip, port")
def _e_iis(g):
    dt = g.t()
    return [dt.strftime("%Y-%m-%d %H:%M:%S"), " ", D(g.server_ip(), "server_ip"), " POST /account/reset.aspx - ",
            D(g.pick(["443", "8443"]), "port"), " ", S(g.login(), "PERSON"), " ", S(g.client_ip(v6=0), "IP_ADDRESS"),
            " Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 ", str(g.r.randint(5, 900))]


@tpl("en", "account service password reset (masked email)", "PERSON (login), IP_ADDRESS", "masked")
def _e_reset(g):
    dt = g.t()
    e = g.email()
    return [g.logback(dt), " INFO  [account] password reset requested user=", S(g.login(), "PERSON"), " email=",
            D(e[0] + "***@" + e.split("@")[1], "masked"), " ip=", S(g.client_ip(), "IP_ADDRESS"), " token_ttl=900s"]


@tpl("en", "Argo CD sync of game-server fleet (no spans)", "-", "image_digest, commit_hash, version")
def _e_argocd(g):
    dt = g.t()
    return ["time=\"", dt.strftime("%Y-%m-%dT%H:%M:%SZ"), "\" level=info msg=\"sync completed\" application=gs-fleet image=registry.starriver.gg/game/server@",
            D("sha256:" + g.hexs(64), "image_digest"), " revision=", D(g.hexs(40), "commit_hash"), " version=v",
            D(g.version(), "version"), " health=Healthy"]


@tpl("en", "order service paid (Luhn-valid 16-digit order id, no spans)", "-", "order_id, amount")
def _e_order(g):
    dt = g.t()
    return [g.logback(dt), " INFO  o.s.order.OrderService - order ", D(g.luhn_order(), "order_id"), " paid amount=",
            D(g.pick(["4.99", "9.99", "19.99", "49.99", "99.99"]), "amount"), " currency=USD items=1 sku=",
            g.pick(["gem_pack_500", "battle_pass_s12", "skin_bundle_07"])]


@tpl("en", "esports travel booking (flight, passport, hotel)", "PERSON, PASSPORT", "flight_number, place")
def _e_travel(g):
    dt = g.t()
    c = g.pick(["US", "GB", "DE", "FR"])
    num, _ = g.passport(c)
    loc = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR"}[c]
    return [g.iso(dt), " [travel] booking confirmed player=\"", S(g.en_name(loc), "PERSON"), "\" flight=",
            D(g.pick(["UA", "LH", "BA", "AF", "SQ", "CX", "DL"]) + str(g.r.randint(10, 999)), "flight_number"),
            " passport=", S(num, "PASSPORT"), " seat=", str(g.r.randint(1, 60)), g.pick("ABCDEF"), " hotel=\"",
            D(g.pick(_HOTELS_EN), "place"), "\""]


@tpl("en", "Twilio voice status callback, form-encoded caller", "PHONE_NUMBER (%2B-encoded)", "call_sid")
def _e_twilio(g):
    dt = g.t()
    return [g.iso(dt), " twilio.webhook POST /voice/status body=CallSid=", D("CA" + g.hexs(32), "call_sid"),
            "&AccountSid=AC", g.hexs(32), "&From=", S(g.intl_phone(fmt="e164"), "PHONE_NUMBER", form),
            "&CallStatus=completed&CallDuration=", str(g.r.randint(5, 900)), "&Direction=inbound"]


@tpl("en", "privacy / GDPR export delivered (login inside email)", "PERSON (login), EMAIL_ADDRESS", "-")
def _e_gdpr(g):
    dt = g.t()
    lg = g.login()
    return [g.iso(dt), " privacy: data export for account '", S(lg, "PERSON"), "' delivered to ",
            S(g.email(login=lg), "EMAIL_ADDRESS"), " (", str(g.r.randint(1, 900)), " MB, expires in 7d)"]


@tpl("en", "Windows 4625 via rsyslog (#011 tab escapes)", "PERSON (login), IP_ADDRESS", "port")
def _e_win4625(g):
    dt = g.t()
    return [g.syslog(dt), " gs-win-0", str(g.r.randint(1, 9)), " Microsoft-Windows-Security-Auditing[", str(g.r.randint(500, 900)),
            "]: 4625: An account failed to log on.#011Subject:#011#011Security ID:#011#011S-1-0-0#011Logon Type:#011#0113#011Account For Which Logon Failed:#011#011Account Name:#011#011",
            S(g.login(), "PERSON"), "#011#011Account Domain:#011#011STARRIVER#011Network Information:#011#011Source Network Address:#011",
            S(g.client_ip(v6=0), "IP_ADDRESS"), "#011#011Source Port:#011#011", D(g.port(), "port")]


@tpl("en", "structured JSON / 2FA SMS to international number", "PHONE_NUMBER", "pickup_code, message_sid")
def _e_2fa(g):
    dt = g.t()
    return ["{\"ts\":\"", g.iso(dt), "\",\"level\":\"info\",\"msg\":\"sending 2FA SMS\",\"to\":\"", S(g.intl_phone(fmt=g.pick(["e164", "intl"])), "PHONE_NUMBER"),
            "\",\"code\":\"", D(g.digits(6, False), "pickup_code"), "\",\"provider\":\"twilio\",\"sid\":\"",
            D("SM" + g.hexs(32), "message_sid"), "\"}"]


@tpl("en", "HikariCP / MySQL access denied (no spans)", "-", "system_account, server_ip")
def _e_hikari(g):
    dt = g.t()
    return [g.logback(dt), " ERROR com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization. java.sql.SQLException: Access denied for user '",
            D(g.pick(["game_rw", "svc-matchmaker", "payout_rw", "root"]), "system_account"), "'@'", D(g.server_ip(), "server_ip"),
            "' (using password: YES)"]


@tpl("en", "SEPA credit transfer batch", "PERSON, IBAN_CODE", "batch_id, bic, amount")
def _e_sepa(g):
    dt = g.t()
    cc = g.pick(["DE", "FR", "ES", "NL", "IT", "AT", "BE", "IE", "PT", "FI"])
    loc = {"DE": "de_DE", "AT": "de_DE", "FR": "fr_FR", "BE": "fr_FR", "ES": "es_ES", "PT": "es_ES"}.get(cc)
    return [g.logback(dt), " [sepa] credit transfer batch=", D("B" + g.digits(10), "batch_id"), " beneficiary=\"",
            S(g.en_name(loc), "PERSON"), "\" IBAN ", S(g.iban(cc, grouped=True), "IBAN_CODE"), " BIC ", D(g.bic(), "bic"),
            " amount EUR ", D(g.amount(50, 20000, comma=True), "amount")]


@tpl("en", "HTTP client debug Set-Cookie (express connect.sid)", "CREDENTIAL (cookie value)", "-")
def _e_cookie(g):
    dt = g.t()
    return [g.iso(dt), " DEBUG http.response: < Set-Cookie: connect.sid=", S("s%3A" + g.b64url(24) + "." + g.b64(32).rstrip("="), "CREDENTIAL"),
            "; Path=/; Expires=", dt.strftime("%a, %d %b %Y %H:%M:%S GMT"), "; HttpOnly; Secure; SameSite=Lax"]


@tpl("en", "deploy script prints OpenSSH private key on one line", "CREDENTIAL (key body)", "-")
def _e_privkey(g):
    dt = g.t()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + g.b64(g.r.randint(120, 300)).rstrip("=")
    return [g.iso(dt), " ERROR deploy.sh: invalid key format: -----BEGIN OPENSSH PRIVATE KEY----- ", S(body, "CREDENTIAL"),
            " -----END OPENSSH PRIVATE KEY-----"]


@tpl("en", "GitHub Actions step log, installation token in clone URL", "CREDENTIAL", "-")
def _e_gha(g):
    dt = g.t()
    return [dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond:06d}0Z", " [command]/usr/bin/git clone https://x-access-token:",
            S(g.pick(["ghs_", "ghp_"]) + g.alnum(36), "CREDENTIAL"), "@github.com/starriver/game-server.git"]


@tpl("en", "support chat transcript (agent, Mr./Dr. surname)", "PERSON (agent), PERSON (surname)", "case_number")
def _e_chat(g):
    dt = g.t()
    return ["[", g.iso(dt), "] chat#", D(g.digits(7), "case_number"), " agent ", S(g.en_name(), "PERSON"), ": Hi ",
            g.pick(["Mr. ", "Ms. ", "Dr. ", "Mrs. "]), S(g.en_surname(), "PERSON"),
            ", I've escalated your refund to our billing team."]


@tpl("en", "Apache httpd error log, auth_basic failure", "IP_ADDRESS, PERSON (login)", "port")
def _e_apache(g):
    dt = g.t()
    return ["[", dt.strftime("%a %b %d %H:%M:%S.%f %Y"), "] [auth_basic:error] [pid ", str(g.r.randint(1000, 60000)), ":tid ",
            g.digits(15), "] [client ", S(g.client_ip(v6=0), "IP_ADDRESS"), ":", D(g.port(), "port"), "] AH01617: user ",
            S(g.login(), "PERSON"), ": authentication failure for \"/admin/\": Password Mismatch"]


@tpl("en", "UK venue ANPR car park (UK plate, GB phone)", "LICENSE_PLATE, PERSON, PHONE_NUMBER", "place")
def _e_anpr(g):
    dt = g.t()
    return [g.iso(dt), " [venue-parking] ANPR entry plate=", S(g.plate_uk(), "LICENSE_PLATE"), " gate=2 site=\"",
            D(g.pick(["Wembley Arena", "OVO Arena Wembley", "Manchester Central", "NEC Birmingham", "ExCeL London"]), "place"),
            "\" matched pass holder ", S(g.en_name("en_GB"), "PERSON"), " (", S(g.intl_phone("GB"), "PHONE_NUMBER"), ")"]


@tpl("en", "nginx JSON access log, IPv6 client", "IP_ADDRESS", "request_id, server_ip")
def _e_nginx_json(g):
    dt = g.t()
    return ["{\"time_local\":\"", g.nginx(dt, "+0000"), "\",\"remote_addr\":\"", S(g.client_ip(v6=0.7), "IP_ADDRESS"),
            "\",\"request\":\"GET /api/v1/matchmaking/ticket HTTP/2.0\",\"status\":200,\"body_bytes_sent\":",
            str(g.r.randint(50, 3000)), ",\"http_x_request_id\":\"", D(g.hexs(32), "request_id"), "\",\"upstream_addr\":\"",
            D(g.server_ip(), "server_ip"), ":9000\",\"request_time\":", f"{g.r.uniform(0.001, 1):.3f}", "}"]


@tpl("en", "Stripe Connect account update, form-encoded individual fields", "PERSON x2, US_SSN", "connected_account_id")
def _e_connect(g):
    dt = g.t()
    first, last = g.west_first_last("en_US")
    return [g.iso(dt), " stripe: POST /v1/accounts/", D("acct_1Q" + g.alnum(14), "connected_account_id"), " body=",
            form("individual[first_name]"), "=", S(first, "PERSON", form), "&", form("individual[last_name]"), "=",
            S(last, "PERSON", form), "&", form("individual[id_number]"), "=", S(g.ssn("plain"), "US_SSN"), "&",
            form("individual[dob][year]"), "=", str(g.r.randint(1960, 2005))]


@tpl("en", "Discord bot relays ban appeal as JSON (escaped quotes)", "PERSON (login), EMAIL_ADDRESS", "-")
def _e_appeal(g):
    dt = g.t()
    return [g.iso(dt), " INFO appeals: forwarding payload={\"content\":\"New ban appeal from **", S(g.login(), "PERSON"),
            "** (", S(g.email(), "EMAIL_ADDRESS"), ") \\u2014 \\\"I wasn't cheating, it was lag\\\"\",\"allowed_mentions\":{\"parse\":[]}}"]


@tpl("en", "game API JSON request log with password field (JSON-escaped)", "PERSON (login), CREDENTIAL (JSON-escaped), IP_ADDRESS", "request_id")
def _e_loginjson(g):
    dt = g.t()
    return [g.iso(dt), " DEBUG api.request POST /v1/auth/login remote=", S(g.client_ip(), "IP_ADDRESS"), " body={\"username\":\"",
            S(g.login(), "PERSON"), "\",\"password\":\"", S(g.password(tricky=True), "CREDENTIAL", jesc),
            "\",\"platform\":\"", g.pick(["steam", "psn", "xbox", "epic"]), "\"} req_id=", D(g.uuid(), "request_id")]


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------


def _mask(v, label, r):
    if label == "PERSON":
        if re.search(r"[\u3400-\u9fff]", v):
            return v[0] + "*" * (len(v) - 1) if len(v) > 1 else "*"
        return v[0] + "***"
    if label == "EMAIL_ADDRESS":
        local, dom = v.split("@", 1)
        return (local[:1] + "***@" + dom) if r.random() < 0.7 else "****@" + dom
    if label == "PHONE_NUMBER":
        d = re.sub(r"\D", "", v)
        if d.startswith("0086"):
            d = d[4:]
        elif d.startswith("86") and len(d) == 13:
            d = d[2:]
        return d[:3] + "****" + d[-4:]
    if label == "CREDIT_CARD":
        d = re.sub(r"\D", "", v)
        return "**** **** **** " + d[-4:] if r.random() < 0.5 else d[:6] + "******" + d[-4:]
    if label == "IBAN_CODE":
        c = v.replace(" ", "")
        return c[:4] + "*" * (len(c) - 8) + c[-4:]
    if label == "US_SSN":
        return "***-**-" + re.sub(r"\D", "", v)[-4:]
    if label == "CN_RESIDENT_ID":
        return v[:6] + "********" + v[-4:] if r.random() < 0.6 else v[:1] + "*" * 16 + v[-1:]
    if label == "PASSPORT":
        return v[:1] + "*****" + v[-3:]
    if label == "LICENSE_PLATE":
        return v[:2] + "***" + v[-2:]
    if label == "IP_ADDRESS":
        if ":" in v:
            return v.split(":")[0] + ":****:****"
        a = v.split(".")
        return f"{a[0]}.{a[1]}.*.*"
    return r.choice(["******", "[REDACTED]", "********", "<redacted>", "***"])


def _render(parts, clean, r):
    n_dec = sum(1 for p in parts if isinstance(p, P) and not p.is_span)
    repl = {}
    if clean:
        counts = Counter((p.value, p.label) for p in parts if isinstance(p, P) and p.is_span)
        for key, k in counts.items():
            if n_dec + k <= 3 and r.random() < 0.75:
                repl[key] = ("mask", _mask(key[0], key[1], r))
                n_dec += k
            else:
                repl[key] = ("dash", "-")
    out, spans, decoys, pos = [], [], [], 0
    for p in parts:
        if isinstance(p, str):
            out.append(p)
            pos += len(p)
            continue
        if p.is_span and clean:
            how, v = repl[(p.value, p.label)]
            if how == "dash":
                s = "-"
            else:
                s = p.printed(v)
                decoys.append([pos, pos + len(s), "masked"])
        else:
            s = p.printed()
            (spans if p.is_span else decoys).append([pos, pos + len(s), p.label])
        out.append(s)
        pos += len(s)
    return "".join(out), spans, decoys


def _occurrences_ok(text, spans, decoys):
    for s, e, t in spans:
        v = text[s:e]
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            ok = any(a <= i and j <= b for a, b, _ in spans)
            if not ok and t == "PERSON":
                ok = any(a <= i and j <= b for a, b, _ in decoys)
            if not ok:
                return False
            i = text.find(v, i + 1)
    return True


def blind_log23(n: int, seed: int = 0) -> list:
    rng = random.Random(seed)
    g = _Gen(rng)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % len(order)]
        clean = rng.random() < 0.1
        for _ in range(200):
            text, spans, decoys = _render(TEMPLATES[ti](g), clean, rng)
            if "\n" not in text and "\r" not in text and _occurrences_ok(text, spans, decoys):
                break
        else:
            raise AssertionError(f"template {ti} could not produce a consistent line")
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": ti})
    return out


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

_PERSON_RE = re.compile(r"(?:[\u3400-\u9fff][\u3400-\u9fff·]{0,11}"
                        r"|[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ' .\-]{1,39}"
                        r"|[a-z][a-z0-9._-]{2,30})")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_SSN_RE = re.compile(r"(\d{3})([- ]?)(\d{2})\2(\d{4})")
_CN_PLATE_RE = re.compile(r"[" + _PLATE_PROV + r"][A-HJ-NP-Z][· ]?(?:[DF]\d{5}|[A-HJ-NP-Z0-9]{5})")
_UK_PLATE_RE = re.compile(r"[A-HJ-PR-Y]{2}\d{2} ?[A-HJ-PR-Z]{3}")
_PASSPORT_RE = re.compile(r"[A-Z0-9]{8,10}")
_MASK_HINT = re.compile(r"\*|REDACTED|redacted")
_UUID_KINDS = {"request_id", "match_id", "check_id"}


def _decode(t, plus=False):
    if "\\" in t:
        try:
            t = json.loads('"' + t + '"')
        except ValueError:
            pass
    if "%" in t:
        t = unquote_plus(t) if plus else unquote(t)
    return t


def _phone_ok(t):
    s = re.sub(r"[^\d+]", "", t)
    if s.startswith("00"):
        s = "+" + s[2:]
    cands = [s]
    if not s.startswith("+") and s.startswith("86") and len(s) == 13:
        cands.append("+" + s)
    for c in cands:
        regions = [None] if c.startswith("+") else _PHONE_REGIONS
        for reg in regions:
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(c, reg)):
                    return True
            except phonenumbers.NumberParseException:
                pass
    return False


def _cn_id_ok(t):
    if not re.fullmatch(r"\d{17}[\dXx]", t) or t[:2] not in _CN_PROV:
        return False
    try:
        date(int(t[6:10]), int(t[10:12]), int(t[12:14]))
    except ValueError:
        return False
    return _gb11643(t[:17]) == t[17].upper()


def _check_value(typ, raw):
    v = _decode(raw, plus=(typ == "PERSON"))
    assert v == v.strip() and v, (typ, raw)
    if typ == "PERSON":
        assert _PERSON_RE.fullmatch(v) and "@" not in v and v not in _SYSTEM_ACCOUNTS, raw
        assert v not in _PUBLIC_CN and v not in _PUBLIC_EN, raw
    elif typ == "EMAIL_ADDRESS":
        assert _EMAIL_RE.fullmatch(v), raw
        assert v.split("@")[0] not in _ROLE_LOCALS, raw
    elif typ == "PHONE_NUMBER":
        assert _phone_ok(v), raw
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d), raw
        assert re.match(r"4|5[1-5]|2[2-7]|3[47]|62", d), raw
    elif typ == "IBAN_CODE":
        assert _iban_ok(v), raw
    elif typ == "US_SSN":
        m = _SSN_RE.fullmatch(v)
        assert m, raw
        a, gr, s = m.group(1), m.group(3), m.group(4)
        assert a not in ("000", "666") and a[0] != "9" and gr != "00" and s != "0000", raw
    elif typ == "CN_RESIDENT_ID":
        assert _cn_id_ok(v.replace(" ", "")), raw
    elif typ == "PASSPORT":
        assert _PASSPORT_RE.fullmatch(v) and sum(c.isdigit() for c in v) >= 5, raw
    elif typ == "LICENSE_PLATE":
        assert _CN_PLATE_RE.fullmatch(v) or _UK_PLATE_RE.fullmatch(v), raw
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif typ == "CREDENTIAL":
        assert len(v) >= 6 and not re.search(r"\s", v) and not _MASK_HINT.fullmatch(v), raw
    else:
        raise AssertionError("unknown type " + typ)


def _check_decoy(kind, raw):
    v = _decode(raw)
    assert re.fullmatch(r"[a-z][a-z0-9_]*", kind), kind
    assert v, (kind, raw)
    if kind == "masked":
        assert _MASK_HINT.search(v), raw
    elif kind == "server_ip":
        ipaddress.ip_address(v)
    elif kind == "role_mailbox":
        assert _EMAIL_RE.fullmatch(v) and v.split("@")[0] in _ROLE_LOCALS, raw
    elif kind in _UUID_KINDS and "-" in v:
        _uuid.UUID(v)
    elif kind == "system_account":
        assert v in _SYSTEM_ACCOUNTS, raw
    elif kind == "port":
        assert v.isdigit() and 0 < int(v) < 65536, raw
    elif kind == "public_figure":
        assert v in _PUBLIC_CN or v in _PUBLIC_EN, raw
    elif kind == "company":
        assert v in _BRANDS_CN or v in _BRANDS_EN, raw


def validate(records) -> dict:
    span_c, dec_c, tpl_c = Counter(), Counter(), Counter()
    clean = 0
    for rec in records:
        assert set(rec) == {"text", "spans", "decoys", "template"}, rec.keys()
        text = rec["text"]
        assert isinstance(text, str) and text and "\n" not in text and "\r" not in text, text
        assert isinstance(rec["template"], int) and 0 <= rec["template"] < len(TEMPLATES)
        spans, decoys = rec["spans"], rec["decoys"]
        assert len(spans) <= 4, (len(spans), text)
        assert len(decoys) <= 3, (len(decoys), text)
        allr = []
        for s, e, t in spans:
            assert t in SPAN_TYPES, t
            assert 0 <= s < e <= len(text), (s, e, text)
            _check_value(t, text[s:e])
            allr.append((s, e))
            span_c[t] += 1
        for s, e, k in decoys:
            assert 0 <= s < e <= len(text), (s, e, text)
            _check_decoy(k, text[s:e])
            allr.append((s, e))
            dec_c[k] += 1
        allr.sort()
        for (a, b), (c, d) in zip(allr, allr[1:]):
            assert b <= c, ("overlap", text, allr)
        assert _occurrences_ok(text, spans, decoys), ("unlabelled occurrence", text, spans)
        if not spans:
            clean += 1
        tpl_c[rec["template"]] += 1
    return {"records": len(records), "lines_without_spans": clean,
            "templates_used": len(tpl_c), "spans": dict(span_c), "decoys": dict(dec_c)}


def _main(argv):
    seeds = [int(a) for a in argv] or [0]
    for seed in seeds:
        recs = blind_log23(5000, seed)
        c = validate(recs)
        print(f"seed {seed}: {c['records']} records, {c['templates_used']} templates, "
              f"{c['lines_without_spans']} lines without spans")
        print("per TYPE:")
        for t in SPAN_TYPES:
            print(f"  {t:16s} {c['spans'].get(t, 0)}")
        print("per decoy KIND:")
        for k, v in sorted(c["decoys"].items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:22s} {v}")


if __name__ == "__main__":
    _main(sys.argv[1:])
