"""Blind evaluation set 13 for the log PII redactor: one mixed production log.

Provenance
----------
Written blind on 2026-12-05.  Nothing of the project was read to write it: no
file under curate/, tests/, rules/, seeds/, docs/, train/ or bench/ (other
than this file) was opened, and the redactor was neither imported nor run.
(One early `ls` showed the file names of the repository root and bench/;
no file content was looked at.)
The only inputs were the written brief and general knowledge of how the
named systems print their logs (nginx / Apache access and error logs,
ingress-nginx, HAProxy, sshd, pino / pino-http, logback + logstash encoder,
zap (JSON and console), logrus, slog, structlog (JSON and key=value),
Python logging, Spring Boot 2/3, Django, Rails, Laravel, Express/morgan,
MongoDB 4.4+ structured logs, MySQL general log, Chinese ops messages).
Only the standard library, Faker 40.x and phonenumbers 9.x are used.

Theme: the log of a consumer platform (food delivery, online clinic,
tutoring bookings, second-hand marketplace, home services, pet care) as a
user would pipe it into a redactor: access lines, JSON lines, framework
lines and Chinese ops lines (告警, 工单, 客服, 退款, 配送, 预约, 投诉, 回访,
操作日志) in free prose, mixing English and Chinese on one line.

API
---
blind_log13(n, seed=0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans / decoys are
    [start, end, TYPE] / [start, end, KIND] with Python code-point offsets;
    text[start:end] is the value exactly as printed (percent-encoded,
    \\uXXXX-escaped, nginx \\xHH-escaped or JSON-escaped where the line
    prints it so).  One random.Random(seed) drives everything; the Faker
    instances are seeded from it.  Templates are used round-robin over one
    shuffled order of 0..K-1.  About one record in ten is "clean": every
    planted value is replaced by a masked placeholder (decoy "masked") or
    by a dash (no label); at most 3 decoys are kept, the rest become dashes.
validate(records) -> dict
    Raises AssertionError on any problem (offsets, overlaps, counts, newline
    in text, value validity per type, unlabelled repeat of a planted value);
    returns counters.
python pii_logs_blind13.py
    generates 5,000 lines (seed 0), validates them, prints counts per TYPE
    and per decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN / zh_TW / en_US / en_GB / en_AU / en_IN / de_DE /
                fr_FR / es_ES names; compound (欧阳, 司马, 上官, 诸葛, 慕容,
                ...) and rare (仉, 亓, 禚, 逄, 笪, ...) Chinese surnames;
                minority names (阿依古丽·买买提, 扎西顿珠, ...); surname-only
                before titles (王女士, 李师傅, Mr. Smith, Dr. Patel, 小王,
                老李); person logins (jsmith, zhang.wei, wangfang88, lina_chen).
EMAIL_ADDRESS   personal mailboxes on consumer / corporate domains, QQ
                numeric (bare QQ numbers and 12345678@qq.com).
PHONE_NUMBER    CN mobiles in ~14 printings (+86, 0086, 86-, (+86), spaced,
                dashed), CN landlines (010-6234 5678, (021) 5432 1234,
                +86 755 8612 3456), other regions from
                phonenumbers.example_number_for_type with random tails in
                E.164 / international / 00-prefixed / tel: form; every value
                is kept only if phonenumbers says it is valid.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex,
                UnionPay (62, 16 and 19 digits); plain, spaced, dashed.
IBAN_CODE       DE FR ES NL GB IT BE CH AT IE PL PT, mod-97 valid, compact
                or grouped by 4.
US_SSN          area 001-899 minus 666, group != 00, serial != 0000;
                123-45-6789 or 123456789.
CN_RESIDENT_ID  real county codes, birth 1950-2012, GB 11643 check digit.
PASSPORT        CN (E/EA/G), US, GB, DE, FR, IN, JP shapes.
LICENSE_PLATE   CN (incl. 新能源 D/F plates, with and without ·), UK, US, DE.
IP_ADDRESS      client / user / attacker addresses: CN and foreign ISP
                IPv4, IPv6 (2409:, 240e:, 2a02:), ::ffff:-mapped, office
                workstation LAN addresses.
CREDENTIAL      passwords, AWS AKIA/secret, Aliyun LTAI, Tencent AKID,
                GitHub ghp_, Stripe sk_live_/whsec_, Slack xoxb-, JWTs,
                OAuth access/refresh tokens, PHPSESSID, JSESSIONID, Django
                sessionid, express connect.sid, laravel_session, Devise
                reset tokens, Basic auth blobs, private-key bodies, URL /
                DSN password parts, WeChat Pay APIv3 keys.

Label conventions
-----------------
* any address of a person's account -> EMAIL_ADDRESS (QQ numeric too);
  role mailboxes (service@, noreply@, alerts@ ...) -> decoy role_mailbox.
* server / upstream / proxy / DB / resolver address -> decoy server_ip; a
  client's or user's (workstation, phone, attacker) address -> IP_ADDRESS.
* surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel, and
  the familiar 小王 / 老李) -> PERSON on the surname only; "王建国主任医师"
  -> PERSON on 王建国; full names of staff are PERSON.
* famous historical people / fictional characters -> decoy public_figure;
  brands named after people -> decoy company; streets, districts, scenic
  spots, hospitals, schools, buildings -> decoy place.
* passwords, API / access / secret keys, session ids and session cookie
  values, bearer tokens and JWTs (token only), private-key bodies,
  connection-string and URL password parts -> CREDENTIAL; one-time SMS
  codes / pickup codes -> decoy pickup_code.
* person-looking logins -> PERSON; root, admin, svc-*, app_rw, repl and
  other service accounts -> decoy system_account.
* order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with
  1), case numbers, 工号, waybills, train / flight numbers, UUIDs, commit
  hashes, image digests, trace ids, epoch timestamps, amounts, ports ->
  decoys with a descriptive kind.  Screen nicknames (橘子汽水) -> decoy
  nickname, pet names -> decoy pet_name; values already masked in the log
  (139****1234, [FILTERED]) -> decoy masked.
* postal addresses, dates of birth, ages and genders are left unlabelled.
* a PERSON value may occur inside a decoy (张 in 张小泉) but every other
  occurrence of a planted value in the line is itself labelled (it lies
  inside a span or a decoy).
Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.

Template table  (number: language / system -- spans | decoys)
--------------
 0: en / nginx combined, food-delivery search with query string -- IP, PERSON (pct-encoded), PHONE (pct-encoded) | -
 1: en / nginx custom log_format main_ext, X-Forwarded-For chain + Cookie -- IP (first XFF hop), CREDENTIAL (sessionid) | server_ip x3 (LB, proxy hop, upstream)
 2: en / nginx log_format with $request_body (escape=default, \\xHH bytes) -- IP, PERSON (\\x-escaped UTF-8), PHONE | order_id
 3: en / nginx log_format escape=json (JSON access line) with Authorization header -- IP, EMAIL (pct-encoded in request), CREDENTIAL (JWT) | server_ip
 4: en / Apache combined, remote_user login + referer with search e-mail -- IP, PERSON (login), EMAIL (pct-encoded) | -
 5: en / Apache 2.4 error log, mod_auth_basic failure -- IP, PERSON (login) | port
 6: en / nginx error log, upstream timed out (phone repeated in request and upstream) -- PHONE x2, IP | server_ip
 7: en / ingress-nginx controller access format -- IP, EMAIL (pct-encoded path segment) | server_ip, request_id
 8: en / Express morgan combined (::ffff:-mapped client), sitter search -- IP (::ffff:), PERSON (form-encoded), PHONE (form-encoded) | -
 9: en / pino JSON (Node), order created with receiver / rider objects -- PERSON (receiver.name), PHONE, PERSON (rider.realName) | epoch_ts, order_id, nickname
10: en / pino-http request completed (cookie + remoteAddress) -- CREDENTIAL (connect.sid), IP (::ffff:) | epoch_ts, port
11: en / logback JSON (logstash-logback-encoder), clinic booking with MDC -- PERSON (patient), PERSON (Dr. surname), PHONE | trace_id
12: en / zap production JSON (Go), marketplace seller payout to IBAN -- PERSON (holder), IBAN | epoch_ts, amount
13: en / structlog JSONRenderer (json.dumps ensure_ascii, ', ' separators), consultation -- PERSON (\\u-escaped realName), CN_ID, PERSON (\\u-escaped doctor) | -
14: en / structlog KeyValueRenderer (repr quoting), tutoring booking -- PERSON (student), PERSON (guardian), PHONE | booking_id
15: en / Python logging %(asctime)s with dict repr, pet grooming appointment -- PERSON (owner), EMAIL, PHONE | pet_name
16: en / logrus text formatter (Go), card declined -- CREDIT_CARD, PERSON (cardholder), IP | order_id (Luhn-valid 16 digits)
17: en / Go slog TextHandler, courier assigned (dotted group keys) -- PERSON (courier.name), PHONE, LICENSE_PLATE | order_id (11 digits starting with 1)
18: en / Spring Boot 2 default console pattern, consultation created -- PERSON (patientName), CN_ID, PERSON (doctor) | -
19: en / Spring Boot 3 pattern + Lombok @Data toString, home-service order -- PERSON (realName), PHONE (mobile), EMAIL | nickname
20: en / Java IDE-generated toString with password leaked -- PERSON (name), EMAIL, CREDENTIAL (password), IP (lastLoginIp) | -
21: en / Django django.security.csrf warning (no PII) -- - | request_id
22: en / Rails Started line, Devise password reset token in query -- CREDENTIAL (reset_password_token), IP | -
23: en / Rails Parameters line (Ruby Hash#inspect, Ruby 3.4 spacing sometimes) -- PERSON (student), PERSON (parent), PHONE, EMAIL | masked ([FILTERED])
24: en / Laravel QueryException, duplicate phone (binding printed twice) -- PHONE x2, PERSON, EMAIL | -
25: en / Laravel log with JSON context, refund issued -- PERSON (payer), PERSON (operator) | order_id, amount, card_last4
26: en / sshd (syslog) Accepted publickey -- PERSON (login), IP | port, key_fingerprint
27: en / sshd Failed password for invalid user (attacker address) -- IP (attacker) | system_account, port
28: en / SQLAlchemy/psycopg2 OperationalError (no PII) -- - | server_ip, port, system_account
29: en / HikariCP pool init failure with JDBC URL password -- CREDENTIAL (password=) | server_ip, system_account
30: en / container boot env dump (AWS keys, Redis URL password) -- CREDENTIAL x3 (AKIA, secret, redis password) | server_ip
31: en / Stripe webhook verification failure with leaked secrets -- CREDENTIAL (whsec_), CREDENTIAL (sk_live_), EMAIL (customer) | event_id
32: en / CI deploy step (GitHub token in command echo) -- PERSON (login), CREDENTIAL (ghp_) | image_digest, commit_hash
33: en / HAProxy HTTP log with captured Authorization header -- IP, CREDENTIAL (bearer token) | port
34: en / support desk note in English prose (spoke with / called back / assigned to / cc) -- PERSON x4 | ticket_id
35: en / clinic audit trail key=value -- PERSON (login), PERSON (patient), IP (workstation), PERSON (Dr. surname) | case_number
36: en / tutor background check (US), structured line -- PERSON (tutor), US_SSN, EMAIL | -
37: en / pet relocation booking (passport + flight) -- PERSON (owner), PASSPORT | flight_number, microchip_id
38: en / marketplace listing moderation (no PII; fictional character in title) -- - | public_figure, amount
39: en / Kafka consumer debug (SMS OTP payload) -- PHONE x2 (key and payload) | pickup_code
40: en / UK courier dispatch line -- PERSON (driver), LICENSE_PLATE (UK), PERSON (customer), PHONE (+44) | place
41: en / nginx main log: kube-probe health check (no PII) -- - | server_ip x2
42: en / MongoDB 4.4+ structured slow-query log -- EMAIL, PHONE (filter $or) | server_ip
43: en / MySQL general query log (tab-separated) -- PHONE, PERSON | -
44: en / zap development console encoder (tabs + JSON fields) -- PERSON (customer), PHONE | -
45: en / SEPA direct-debit mandate (payments worker) -- PERSON (debtor), IBAN | mandate_ref, creditor_id
46: en / payout KYC record (pino-like JSON, US tutor) -- PERSON (legal_name), US_SSN | ssn_last4
47: en / AWS-style audit JSON with workstation IP and private key body -- PERSON (login), IP (workstation), CREDENTIAL (private-key body) | -
48: zh / 告警 (on-call notice) -- PERSON (值班), PHONE | server_ip, alert_id
49: zh / 工单 (ticket, customer 王女士, masked phone) -- PERSON (surname), PERSON (客服), PERSON (配送组) | ticket_id, masked
50: zh / 客服会话 (chat transcript, 我是X / X女士) -- PERSON (full), PHONE, PERSON (客服), PERSON (surname) | session_id
51: zh / 退款 (refund to bank card) -- CREDIT_CARD (UnionPay), PERSON (持卡人), PERSON (操作人) | order_id (11 digits), amount
52: zh / 配送异常 (rider, 收货人X女士, 联系X站长) -- PERSON (骑手), PHONE, PERSON (surname), PERSON (站长) | employee_id
53: zh / 预约 (pet grooming booking) -- PERSON (主人), PHONE | pet_name, place
54: zh / 投诉 (complaint in free prose, 我叫X) -- PHONE, PERSON | order_id
55: zh / 回访 (clinic follow-up: 家属X先生, 患者, 主任医师, 回访人) -- PERSON (surname), PERSON (患者), PERSON (医生), PERSON (回访人) | place (hospital)
56: zh / 操作日志 (admin changes a user's phone) -- PERSON (操作人), PHONE (原值), PHONE (新值), IP (来源) | employee_id, user_id
57: zh / 问诊 (online consultation record) -- PERSON (就诊人), PERSON (医生), CN_ID | case_number
58: zh / 闲置 (second-hand: 昵称 vs 实名, Alipay account) -- PERSON (实名), EMAIL (支付宝账号), PERSON (买家) | nickname, place
59: zh / 家政派单 (bilingual customer Ms. Li / 李小姐, landline) -- PERSON (保洁), PERSON (pinyin surname), PERSON (surname), PHONE (landline) | order_id, employee_id
60: zh / 寄养登记 (pet boarding, English + Chinese name, emergency contact) -- PERSON (en), PERSON (zh), PERSON (紧急联系人), PHONE | pet_name
61: zh / 课程预约 (tutoring: 学员, 家长, 老师) -- PERSON (学员), PERSON (家长), PHONE, PERSON (老师) | public_figure, place
62: zh / 企业微信 bot incident message (@X, 负责人, cc) -- PERSON x4 | incident_id
63: zh / 短信发送日志 (SMS verification code) -- PHONE | pickup_code, request_id
64: zh / Java SLF4J line with Chinese message (派单成功) -- PERSON (riderName), PHONE, PERSON (receiver) | order_id, masked
65: zh / 实名认证 (昵称 vs 实名姓名) -- PERSON, CN_ID, IP | nickname, user_id
66: zh / 订单商品 (brands named after people; no PII) -- - | company x2, amount
67: zh / 恢复告警 (disk alert recovered; no PII) -- - | server_ip, alert_id
68: zh / 课程上架 (course named after a poet; no PII) -- - | public_figure, course_id, amount
69: zh / 搬家服务 (driver, plate, 客户X先生) -- PERSON (司机), LICENSE_PLATE, PERSON (surname), PHONE | -
70: zh / 骑手电动车备案 (rider registration) -- PERSON, LICENSE_PLATE, CN_ID | employee_id
71: zh / 外籍就诊人 (foreign patient, passport, doctor, email) -- PERSON (en), PASSPORT, PERSON (医生), EMAIL | -
72: zh / 用户留言 (QQ number + QQ mail + 我叫X) -- EMAIL (bare QQ), EMAIL (QQ mail), PERSON | -
73: zh / mixed escalation (由X处理 -> escalated to X; Mr. X / 中文名) -- PERSON (agent), PERSON (en), PERSON (Mr. surname), PHONE (intl) | ticket_id
74: zh / 回访 (education: X妈妈, 孩子, X老师, 回访人) -- PERSON (surname), PERSON (child), PERSON (teacher), PERSON (回访人) | -
75: zh / Django logger, Chinese message + json.dumps payload (\\u-escaped) -- PERSON (\\u-escaped), PHONE | -
76: zh / Laravel log, Chinese message + JSON context (上门服务改约) -- PERSON (customer), PHONE (contact), PERSON (staff) | order_id
77: zh / rider-app GPS upload (login + 中文名) -- PERSON (login), PERSON, IP | -
78: zh / 闲置发货 (waybill, 收件人) -- PERSON (收件人), PHONE | order_id, waybill
79: zh / 报销 (teacher travel claim: train number + ID) -- PERSON, CN_ID | train_number, amount
80: zh / 维修师傅派单 (X师傅, full name, 客户备注 mentions spouse) -- PERSON (surname), PERSON (full), PHONE, PERSON (spouse) | -
81: zh / 安全告警 (异地登录) -- PERSON (login), PERSON, IP, IP | -
82: zh / logrus line with Chinese msg (骑手定位上报失败) -- PERSON (rider_name), PHONE | rider_id
83: zh / 投诉单 prose (由X处理, 联系X师傅, 转交X主管回访) -- PERSON (处理人), PERSON (surname 师傅), PERSON (主管) | ticket_id
84: zh / 宠物问诊 (pet clinic) -- PERSON (主人), PHONE, PERSON (接诊医生) | pet_name, amount
85: zh / 配置中心 (WeChat Pay APIv3 key rotated) -- CREDENTIAL (apiv3_key), PERSON (操作人) | merchant_id
86: zh / 数据库告警 (DSN with password, DBA name) -- CREDENTIAL (DSN password), PERSON (DBA) | server_ip x2, system_account
87: zh / 客服备注 (老X / 小X familiar forms, 转交) -- PERSON (老 surname), PERSON (小 surname), PHONE | -
88: zh / Spring Boot line with Chinese message, minority / compound names (健康档案) -- PERSON (申请人), PERSON (监护人), CN_ID | -
"""

import base64
import datetime as _dt
import hashlib
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

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
         "US_SSN", "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS",
         "CREDENTIAL")

# --------------------------------------------------------------------------
# parts
# --------------------------------------------------------------------------


def _ident(v):
    return v


class S:
    """A planted value (span). raw is the plain value, enc prints it."""
    __slots__ = ("raw", "typ", "enc", "num")

    def __init__(self, raw, typ, enc=None, num=False):
        assert typ in TYPES, typ
        self.raw, self.typ, self.enc, self.num = raw, typ, enc or _ident, num


class D:
    """A decoy, already printed."""
    __slots__ = ("val", "kind", "num")

    def __init__(self, val, kind, num=False):
        self.val, self.kind, self.num = str(val), kind, num


class R:
    """A raw literal for the serialisers (printed as is)."""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


def _compose(f, g):
    return lambda v: f(g(v))


# encoders ------------------------------------------------------------------

def e_q(s):          # form / query-string encoding (space -> +)
    return urllib.parse.quote_plus(s, safe="")


def e_q20(s):        # path / strict percent-encoding (space -> %20)
    return urllib.parse.quote(s, safe="")


def e_ja(s):         # JSON with ensure_ascii (Python json.dumps default)
    return json.dumps(s, ensure_ascii=True)[1:-1]


def e_j(s):          # JSON, non-ASCII kept (Jackson, JSON.stringify, Go)
    return json.dumps(s, ensure_ascii=False)[1:-1]


def e_go(s):         # Go encoding/json HTML-safe escaping on top of e_j
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def e_nx(s):         # nginx log_format escape=default: \xHH for ", \ and non-ASCII
    out = []
    for b in s.encode("utf-8"):
        if b in (0x22, 0x5C) or b < 0x20 or b > 0x7E:
            out.append("\\x%02X" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def wrap(parts, f):
    """Apply an escaping function to every printed piece of a parts list."""
    out = []
    for p in _flat(parts):
        if isinstance(p, str):
            out.append(f(p))
        elif isinstance(p, S):
            out.append(S(p.raw, p.typ, _compose(f, p.enc), p.num))
        else:
            out.append(D(f(p.val), p.kind))
    return out


def _flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from _flat(p)
        elif p is None:
            continue
        else:
            yield p


# serialisers ---------------------------------------------------------------

def jd(obj, ascii=False, sep=(",", ":"), go=False):
    """JSON-serialise obj into parts; leaves may be S / D / R."""
    esc = e_ja if ascii else e_j
    if go:
        esc = _compose(e_go, e_j)
    parts = []

    def rec(o):
        if isinstance(o, dict):
            parts.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    parts.append(sep[0])
                parts.append('"' + esc(k) + '"' + sep[1])
                rec(v)
            parts.append("}")
        elif isinstance(o, list):
            parts.append("[")
            for i, v in enumerate(o):
                if i:
                    parts.append(sep[0])
                rec(v)
            parts.append("]")
        elif isinstance(o, S):
            s = S(o.raw, o.typ, _compose(esc, o.enc))
            parts.extend([s] if o.num else ['"', s, '"'])
        elif isinstance(o, D):
            d = D(esc(o.val), o.kind)
            parts.extend([d] if o.num else ['"', d, '"'])
        elif isinstance(o, R):
            parts.append(o.s)
        elif isinstance(o, str):
            parts.append('"' + esc(o) + '"')
        else:
            parts.append(json.dumps(o))
    rec(obj)
    return parts


def _pyq(raw):
    return '"' if ("'" in raw and '"' not in raw) else "'"


def pr(obj):
    """Python repr() of a dict/list into parts."""
    parts = []

    def rec(o):
        if isinstance(o, dict):
            parts.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    parts.append(", ")
                parts.append(repr(k) + ": ")
                rec(v)
            parts.append("}")
        elif isinstance(o, list):
            parts.append("[")
            for i, v in enumerate(o):
                if i:
                    parts.append(", ")
                rec(v)
            parts.append("]")
        elif isinstance(o, S):
            q = _pyq(o.raw)
            parts.extend([q, S(o.raw, o.typ, o.enc), q])
        elif isinstance(o, D):
            parts.extend(["'", o, "'"])
        elif isinstance(o, R):
            parts.append(o.s)
        else:
            parts.append(repr(o))
    rec(obj)
    return parts


def rb(obj, spaced=False):
    """Ruby Hash#inspect into parts (=> or ' => ' on Ruby 3.4)."""
    arrow = " => " if spaced else "=>"
    parts = []

    def rec(o):
        if isinstance(o, dict):
            parts.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    parts.append(", ")
                parts.append('"' + e_j(k) + '"' + arrow)
                rec(v)
            parts.append("}")
        elif isinstance(o, S):
            parts.extend(['"', S(o.raw, o.typ, _compose(e_j, o.enc)), '"'])
        elif isinstance(o, D):
            parts.extend(['"', o, '"'])
        else:
            parts.append('"' + e_j(str(o)) + '"')
    rec(obj)
    return parts


# --------------------------------------------------------------------------
# vocabularies
# --------------------------------------------------------------------------

PINYIN = {
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang",
    "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun",
    "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "林": "Lin",
    "高": "Gao", "罗": "Luo", "郑": "Zheng", "梁": "Liang", "谢": "Xie", "宋": "Song",
    "唐": "Tang", "许": "Xu", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao",
    "彭": "Peng", "曾": "Zeng", "肖": "Xiao", "田": "Tian", "董": "Dong", "潘": "Pan",
    "袁": "Yuan", "蔡": "Cai", "蒋": "Jiang", "余": "Yu", "于": "Yu", "杜": "Du",
    "叶": "Ye", "程": "Cheng", "魏": "Wei", "苏": "Su", "吕": "Lyu", "丁": "Ding",
    "任": "Ren", "卢": "Lu", "姚": "Yao", "沈": "Shen", "钟": "Zhong", "姜": "Jiang",
    "崔": "Cui", "谭": "Tan", "陆": "Lu", "范": "Fan", "汪": "Wang", "廖": "Liao",
    "石": "Shi", "金": "Jin", "韦": "Wei", "贾": "Jia", "夏": "Xia", "付": "Fu",
    "方": "Fang", "邹": "Zou", "熊": "Xiong", "白": "Bai", "孟": "Meng", "秦": "Qin",
    "邱": "Qiu", "侯": "Hou", "江": "Jiang", "尹": "Yin", "薛": "Xue", "闫": "Yan",
    "段": "Duan", "雷": "Lei", "龙": "Long", "黎": "Li", "史": "Shi", "陶": "Tao",
    "贺": "He", "毛": "Mao", "郝": "Hao", "顾": "Gu", "龚": "Gong", "邵": "Shao",
    "覃": "Qin", "武": "Wu", "钱": "Qian", "戴": "Dai", "严": "Yan",
    "欧阳": "Ouyang", "司马": "Sima", "上官": "Shangguan", "诸葛": "Zhuge",
    "慕容": "Murong", "东方": "Dongfang", "皇甫": "Huangfu", "令狐": "Linghu",
    "公孙": "Gongsun", "夏侯": "Xiahou", "尉迟": "Yuchi", "宇文": "Yuwen",
    "司徒": "Situ", "端木": "Duanmu", "南宫": "Nangong", "长孙": "Zhangsun",
}
COMPOUND = [k for k in PINYIN if len(k) == 2]
COMMON_SUR = [k for k in PINYIN if len(k) == 1]
RARE_SUR = ["仉", "亓", "禚", "逄", "笪", "訾", "郗", "厍", "佘", "眭", "冼", "蒯", "晁",
            "靳", "甄", "阙", "訾", "隗", "璩", "郏"]
GIVEN_EXTRA = ["子涵", "梓萱", "浩然", "一诺", "思远", "雨桐", "若曦", "俊杰", "欣怡", "嘉懿",
               "明轩", "晓东", "秀英", "桂芳", "建华", "国庆", "丽娟", "志强", "婉清", "亦凡"]
MINORITY = ["阿依古丽·买买提", "热依扎·艾力", "帕尔哈提·吐尔逊", "扎西顿珠", "次仁卓玛",
            "格桑梅朵", "巴特尔", "乌兰图雅", "那日苏", "阿不都热合曼·艾买提", "古丽娜扎尔·吐尔洪",
            "达瓦次仁", "布仁巴雅尔", "迪丽娜尔·阿不都", "央金拉姆", "阿卜杜拉·努尔"]
EN_LOCALES = ["en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES"]
ALL_LOCALES = ["zh_CN", "zh_TW"] + EN_LOCALES

NICK_ZH = ["橘子汽水", "快乐小熊", "吃货小王子", "数码达人小刘", "深夜食堂", "追风少年", "一只喵",
           "momo酱", "柠檬不萌", "小鱼干", "阿狸不吃鱼", "不吃香菜", "奶茶续命", "二手玩家",
           "铲屎官小陈", "夜猫子", "星河漫步", "晴天娃娃"]
NICK_EN = ["CoffeeAddict", "night_owl", "PixelCat", "sunny_side_up", "BlueHeron",
           "TacoTuesday", "mochi.lover", "quietstorm"]
PET_ZH = ["豆豆", "旺财", "可乐", "糯米", "奥利奥", "布丁", "团子", "元宝", "年糕", "煤球", "大黄"]
PET_EN = ["Biscuit", "Luna", "Max", "Bella", "Charlie", "Milo", "Coco", "Teddy", "Rosie", "Oscar"]
BREEDS = ["柯基", "金毛", "泰迪", "柴犬", "英短", "布偶猫", "边牧", "橘猫", "比熊", "萨摩耶"]
FIG_ZH = ["李白", "杜甫", "苏轼", "孔子", "诸葛亮", "孙悟空", "林黛玉", "鲁迅", "王羲之", "岳飞", "曹操"]
FIG_EN = ["Harry Potter", "Sherlock Holmes", "Albert Einstein", "William Shakespeare",
          "Napoleon Bonaparte", "Mickey Mouse", "Winnie the Pooh", "Frida Kahlo"]
CO_ZH = ["张小泉", "王老吉", "李宁", "周大福", "陈李济", "谭木匠", "周黑鸭", "胡庆余堂", "王致和"]
CO_EN = ["McDonald's", "Ford", "Dell", "Tesla", "Disney", "Kellogg's", "Hilton", "Marriott",
         "Ferrari", "Porsche", "Chanel", "Dior", "Cadbury", "Heinz", "Boeing"]
PLACE_ZH = ["王府井", "中山公园", "张江高科", "鼓浪屿", "西湖", "陆家嘴", "中关村", "海淀黄庄",
            "静安寺", "徐家汇", "五道口", "望京SOHO", "三里屯", "春熙路", "解放碑", "宽窄巷子"]
HOSP_ZH = ["北京协和医院", "四川大学华西医院", "上海瑞金医院", "中山大学附属第一医院",
           "浙大一院", "湘雅医院"]
PLACE_EN = ["St Thomas' Hospital", "King's Cross", "Washington Square Park", "Lincoln Center",
            "Stanford University", "Mount Sinai Hospital", "Victoria Station", "Bondi Beach"]
DISHES = ["麻辣烫", "黄焖鸡米饭", "螺蛳粉", "pizza", "沙县小吃", "奶茶", "寿司", "burger"]
BRAND = ["饭盒外卖", "小鹿问诊", "学帮", "闲趣", "到家365", "毛孩子"]
ROLE_LOCAL = ["service", "noreply", "no-reply", "alerts", "support", "postmaster", "billing",
              "ops-oncall", "kefu", "notice"]
PLATFORM_DOM = ["fanhe.cn", "xiaolu-health.com", "xuebang.cn", "xianqu.cn", "daojia365.cn",
                "pawpal.cn"]
FREE_DOM = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "163.com",
            "126.com", "qq.com", "sina.com", "foxmail.com", "yeah.net", "web.de", "gmx.de",
            "orange.fr", "free.fr", "btinternet.com", "bigpond.com", "rediffmail.com",
            "proton.me"]
SYS_ACCT = ["root", "admin", "svc-orders", "svc-dispatch", "app_rw", "repl", "deploy",
            "jenkins", "postgres", "www-data", "nginx", "svc-notify", "ubuntu", "ec2-user"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.53(0x18003531) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 14; 23127PN0CC Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "okhttp/4.12.0", "Dart/3.5 (dart:io)", "PawPal/5.2.1 (iPhone; iOS 18.1; Scale/3.00)",
    "FanheRider/3.14.0 (Android 13; HUAWEI NOH-AN00)", "curl/8.5.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
]
CN_ID_AREAS = ["110101", "110105", "110108", "110114", "120101", "130102", "140105", "150102",
               "210102", "220102", "230102", "310104", "310112", "310115", "320106", "320582",
               "330106", "330203", "340104", "350203", "360102", "370202", "410105", "420106",
               "430104", "440106", "440305", "440604", "450103", "460105", "500103", "510107",
               "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102"]
CN_PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CN_MOBILE_PFX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
                 "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                 "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
                 "186", "187", "188", "189", "191", "193", "195", "198", "199"]
CN_AREA = ["010", "021", "022", "023", "020", "024", "025", "027", "028", "029", "0755", "0571",
           "0512", "0532", "0731", "0591", "0871", "0574", "0769", "0898"]
INTL_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "JP", "KR", "SG", "HK", "TW", "MO", "AU",
                "IN", "CA", "NL", "BR", "MX", "AE", "TH", "MY", "VN", "PH", "NZ", "IE", "CH", "SE"]
PHONE_REGIONS = ["CN"] + INTL_REGIONS
CLIENT_V4 = ["117.136", "223.104", "36.112", "111.197", "183.192", "120.244", "114.242",
             "218.75", "61.148", "113.87", "112.97", "39.144", "27.38", "171.213", "58.247",
             "81.2", "86.150", "73.162", "24.48", "49.36", "1.186", "92.40", "88.66", "79.147",
             "101.180", "203.12", "151.210", "174.63", "185.220"]
IBAN_SPEC = {  # country: (length, bban builder spec)
    "DE": 22, "FR": 27, "ES": 24, "NL": 18, "GB": 22, "IT": 27, "BE": 16, "CH": 21,
    "AT": 20, "IE": 22, "PL": 28, "PT": 25,
}
ROLE_MAIL_RE = re.compile(r"^(%s)@" % "|".join(re.escape(x) for x in ROLE_LOCAL))

# --------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------


def _ascii(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def cnid_check(d17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(d17, w)) % 11]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in ALL_LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.base = _dt.datetime(2026, 12, 1, 0, 0, 0,
                                 tzinfo=_dt.timezone(_dt.timedelta(hours=8)))
        self.new_line()

    # basics
    def new_line(self):
        self.dt = self.base + _dt.timedelta(seconds=self.r.randint(0, 6 * 86400),
                                            microseconds=self.r.randint(0, 999999))

    def c(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def p(self, x):
        return self.r.random() < x

    def digits(self, n):
        return "".join(self.c("0123456789") for _ in range(n))

    def hexs(self, n, upper=False):
        s = "".join(self.c("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.c(alphabet) for _ in range(n))

    # time formats
    def t_nginx(self, utc=False):
        d = self.dt.astimezone(_dt.timezone.utc) if utc else self.dt
        return d.strftime("%d/%b/%Y:%H:%M:%S ") + ("+0000" if utc else "+0800")

    def t_iso(self, ms=True):
        return self.dt.isoformat(timespec="milliseconds" if ms else "seconds")

    def t_utc(self, spec="milliseconds"):
        return self.dt.astimezone(_dt.timezone.utc).replace(tzinfo=None).isoformat(
            timespec=spec) + "Z"

    def t_plain(self, sep=".", ms=True):
        s = self.dt.strftime("%Y-%m-%d %H:%M:%S")
        return s + ("%s%03d" % (sep, self.dt.microsecond // 1000) if ms else "")

    def t_syslog(self):
        return self.dt.strftime("%b ") + ("%2d" % self.dt.day) + self.dt.strftime(" %H:%M:%S")

    def epoch_ms(self):
        return str(int(self.dt.timestamp() * 1000))

    def epoch_s(self, frac=True):
        t = self.dt.timestamp()
        return ("%.6f" % t) if frac else str(int(t))

    # names
    def zh_han(self):
        """(surname, full name) of a Han name suitable for 王女士 etc."""
        fk = self.fk["zh_CN"]
        if self.p(0.15):
            sur = self.c(COMPOUND)
        else:
            sur = self.c(COMMON_SUR)
        given = self.c(GIVEN_EXTRA) if self.p(0.2) else fk.first_name()
        return sur, sur + given

    def zh(self):
        x = self.r.random()
        if x < 0.62:
            f = self.fk["zh_CN"]
            return f.last_name() + f.first_name()
        if x < 0.74:
            f = self.fk["zh_TW"]
            return f.last_name() + f.first_name()
        if x < 0.84:
            return self.zh_han()[1]
        if x < 0.92:
            return self.c(RARE_SUR) + (self.c(GIVEN_EXTRA) if self.p(0.5)
                                       else self.fk["zh_CN"].first_name())
        return self.c(MINORITY)

    def en(self, loc=None):
        f = self.fk[loc or self.c(EN_LOCALES)]
        first = f.first_name().split()[0] if self.p(0.8) else f.first_name()
        last = f.last_name()
        return first, last

    def en_name(self, loc=None):
        a, b = self.en(loc)
        return a + " " + b

    def en_sur(self):
        return self.en()[1]

    def name(self):
        return self.zh() if self.p(0.5) else self.en_name()

    def login(self):
        x = self.r.random()
        if x < 0.45:
            f = self.fk["zh_CN"]
            last, first = f.last_romanized_name().lower(), f.first_romanized_name().lower()
            form = self.c(["{l}.{f}", "{l}{f}", "{l}{f}{n}", "{f}_{l}", "{l}_{f}", "{l}{f0}"])
        else:
            a, b = self.en()
            first, last = _ascii(a).lower().replace(" ", ""), _ascii(b).lower().replace(" ", "")
            last = re.sub(r"[^a-z]", "", last) or "lee"
            first = re.sub(r"[^a-z]", "", first) or "sam"
            form = self.c(["{f0}{l}", "{f}.{l}", "{f}{l}", "{f}_{l}", "{f0}.{l}", "{l}{f0}{n}"])
        return form.format(l=last, f=first, f0=first[0], n=self.ri(1, 99))

    def nick(self):
        return self.c(NICK_ZH) if self.p(0.75) else self.c(NICK_EN)

    # emails
    def email(self, name=None):
        x = self.r.random()
        if x < 0.12:
            return self.qq() + "@qq.com"
        if x < 0.3:
            f = self.fk["zh_CN"]
            loc = f.last_romanized_name().lower() + self.c(["", ".", "_"]) + \
                f.first_romanized_name().lower()
            if self.p(0.5):
                loc += str(self.ri(1970, 2008) if self.p(0.5) else self.ri(1, 999))
            return loc + "@" + self.c(["163.com", "126.com", "qq.com", "sina.com", "foxmail.com",
                                       "yeah.net", "outlook.com", "gmail.com"])
        a, b = self.en()
        a = re.sub(r"[^a-z]", "", _ascii(a).lower()) or "alex"
        b = re.sub(r"[^a-z]", "", _ascii(b).lower()) or "kim"
        loc = self.c(["{a}.{b}", "{a0}{b}", "{a}{b}{n}", "{a}_{b}", "{b}.{a}", "{a}{n}"]).format(
            a=a, b=b, a0=a[0], n=self.ri(1, 99))
        return loc + "@" + self.c(FREE_DOM)

    def staff_email(self, login=None):
        return (login or self.login()) + "@" + self.c(PLATFORM_DOM)

    def role_mail(self):
        return self.c(ROLE_LOCAL) + "@" + self.c(PLATFORM_DOM)

    def qq(self):
        return str(self.ri(1, 9)) + self.digits(self.ri(5, 9))

    # phones
    def _cn_mobile_digits(self):
        while True:
            d = self.c(CN_MOBILE_PFX) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "CN")):
                return d

    def cn_mobile(self, style=None):
        d = self._cn_mobile_digits()
        a, b, c = d[:3], d[3:7], d[7:]
        styles = [d, d, d, a + " " + b + " " + c, a + "-" + b + "-" + c, "+86 " + a + " " + b + " " + c,
                  "+86" + d, "+86-" + d, "86-" + d, "(+86)" + d, "0086 " + a + " " + b + " " + c,
                  "+86 " + d, "+86-" + a + "-" + b + "-" + c, "86 " + a + " " + b + " " + c]
        return styles[style] if style is not None else self.c(styles)

    def cn_landline(self):
        while True:
            ac = self.c(CN_AREA)
            n = 8 if (len(ac) == 3 or self.p(0.7)) else 7
            sub = str(self.ri(2, 8)) + self.digits(n - 1)
            if phonenumbers.is_valid_number(phonenumbers.parse(ac + sub, "CN")):
                break
        h = sub[:4], sub[4:]
        return self.c([ac + "-" + sub, ac + "-" + h[0] + " " + h[1], "(" + ac + ") " + h[0] + " " + h[1],
                       "+86 " + ac[1:] + " " + h[0] + " " + h[1], "+86-" + ac[1:] + "-" + sub,
                       ac + " " + sub])

    def intl_phone(self, region=None):
        for _ in range(50):
            reg = region or self.c(INTL_REGIONS)
            t = phonenumbers.PhoneNumberType.MOBILE if self.p(0.8) else \
                phonenumbers.PhoneNumberType.FIXED_LINE
            ex = phonenumbers.example_number_for_type(reg, t)
            if ex is None:
                continue
            nat = str(ex.national_number)
            k = self.ri(3, min(5, len(nat) - 2))
            nat = nat[:-k] + self.digits(k)
            num = phonenumbers.parse("+%d%s" % (ex.country_code, nat), None)
            if not phonenumbers.is_valid_number(num):
                continue
            F = phonenumbers.PhoneNumberFormat
            x = self.r.random()
            if x < 0.35:
                return phonenumbers.format_number(num, F.E164)
            if x < 0.8:
                return phonenumbers.format_number(num, F.INTERNATIONAL)
            if x < 0.9:
                return "00" + phonenumbers.format_number(num, F.INTERNATIONAL)[1:]
            return phonenumbers.format_number(num, F.RFC3966)[4:]
        return self.cn_mobile()

    def phone(self, intl=0.15, land=0.1):
        x = self.r.random()
        if x < intl:
            return self.intl_phone()
        if x < intl + land:
            return self.cn_landline()
        return self.cn_mobile()

    def masked_phone(self):
        d = self._cn_mobile_digits()
        return self.c([d[:3] + "****" + d[7:], d[:3] + "*****" + d[8:], "*******" + d[7:]])

    # cards, banks, ids
    def card(self, brand=None):
        brand = brand or self.c(["visa", "visa", "mc", "mc2", "amex", "up", "up", "up19"])
        if brand == "visa":
            body, n = "4" + self.digits(14), 16
        elif brand == "mc":
            body, n = "5" + str(self.ri(1, 5)) + self.digits(13), 16
        elif brand == "mc2":
            body, n = str(self.ri(2221, 2720)) + self.digits(11), 16
        elif brand == "amex":
            body, n = self.c(["34", "37"]) + self.digits(12), 15
        elif brand == "up":
            body, n = self.c(["622202", "621700", "622848", "621226", "622588", "623668"]) + \
                self.digits(9), 16
        else:
            body, n = self.c(["622202", "621700", "622848", "621483"]) + self.digits(12), 19
        d = luhn_complete(body)
        assert len(d) == n
        sty = self.r.random()
        if sty < 0.5:
            return d
        sep = " " if sty < 0.8 else "-"
        if n == 15:
            return sep.join([d[:4], d[4:10], d[10:]])
        return sep.join(d[i:i + 4] for i in range(0, n, 4))

    def iban(self, cc=None, spaced=None):
        cc = cc or self.c(list(IBAN_SPEC))
        up = string.ascii_uppercase
        bban = {
            "DE": lambda: self.digits(18), "FR": lambda: self.digits(23),
            "ES": lambda: self.digits(20), "NL": lambda: self.alnum(4, up) + self.digits(10),
            "GB": lambda: self.alnum(4, up) + self.digits(14),
            "IT": lambda: self.alnum(1, up) + self.digits(22), "BE": lambda: self.digits(12),
            "CH": lambda: self.digits(17), "AT": lambda: self.digits(16),
            "IE": lambda: self.alnum(4, up) + self.digits(14), "PL": lambda: self.digits(24),
            "PT": lambda: self.digits(21),
        }[cc]()
        ib = cc + iban_check(cc, bban) + bban
        assert len(ib) == IBAN_SPEC[cc]
        if spaced if spaced is not None else self.p(0.5):
            return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ssn(self):
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        g, s = self.ri(1, 99), self.ri(1, 9999)
        return self.c(["%03d-%02d-%04d" % (a, g, s)] * 4 + ["%03d%02d%04d" % (a, g, s)])

    def cnid(self):
        area = self.c(CN_ID_AREAS)
        d = _dt.date(1950, 1, 1) + _dt.timedelta(days=self.ri(0, 62 * 365))
        body = area + d.strftime("%Y%m%d") + self.digits(3)
        ck = cnid_check(body)
        if ck == "X" and self.p(0.15):
            ck = "x"
        return body + ck

    def passport(self, cc=None):
        cc = cc or self.c(["CN", "CN", "US", "GB", "DE", "FR", "IN", "JP"])
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if cc == "CN":
            return self.c(["E" + self.digits(8), "E" + self.c(up) + self.digits(7), "G" + self.digits(8)])
        if cc == "US":
            return self.c([str(self.ri(1, 9)) + self.digits(8), self.c(up) + self.digits(8)])
        if cc == "GB":
            return str(self.ri(1, 9)) + self.digits(8)
        if cc == "DE":
            return self.c("CFGHJK") + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")[:-1] + \
                str(self.ri(0, 9))
        if cc == "FR":
            return self.digits(2) + self.alnum(2, string.ascii_uppercase) + self.digits(5)
        if cc == "IN":
            return self.c(up) + str(self.ri(1, 9)) + self.digits(6)
        return self.c(["TK", "TR", "MZ", "TZ"]) + self.digits(7)

    def plate(self, kind=None):
        kind = kind or self.c(["cn", "cn", "cn_nev", "uk", "us", "de"])
        if kind == "cn":
            sep = self.c(["", "·", "·", " "])
            tail = "".join(self.c("0123456789" * 3 + PLATE_LET) for _ in range(5))
            return self.c(CN_PLATE_PROV) + self.c(PLATE_LET) + sep + tail
        if kind == "cn_nev":
            sep = self.c(["", "·"])
            return self.c(CN_PLATE_PROV) + self.c(PLATE_LET) + sep + self.c("DF") + \
                self.c(PLATE_LET + "0123456789") + self.digits(4)
        if kind == "uk":
            return self.alnum(2, "ABCDEFGHKLMNOPRSVWY") + "%02d" % self.c([24, 74, 25, 75, 19, 69]) + \
                self.c(["", " ", " "]) + self.alnum(3, "ABCDEFGHJKLMNOPRSTUVWXYZ")
        if kind == "us":
            return self.c([str(self.ri(1, 9)) + self.alnum(3, PLATE_LET) + self.digits(3),
                           self.alnum(3, PLATE_LET) + "-" + self.digits(4)])
        return self.c(["B", "M", "HH", "K", "F", "S", "DO"]) + self.c(["-", " "]) + \
            self.alnum(self.ri(1, 2), PLATE_LET) + " " + str(self.ri(1, 9999))

    # addresses
    def client_ip(self, v6=0.12):
        if self.p(v6):
            pre = self.c(["2409:8a1e:", "240e:3b4:", "2408:8207:", "2a02:c7c:", "2601:647:"])
            s = pre + ":".join("%x" % self.ri(0, 0xffff) for _ in range(6))
            return str(ipaddress.ip_address(s))
        return "%s.%d.%d" % (self.c(CLIENT_V4), self.ri(1, 254), self.ri(1, 254))

    def ws_ip(self):
        return self.c(["192.168.%d.%d" % (self.ri(0, 31), self.ri(2, 254)),
                       "10.8.%d.%d" % (self.ri(0, 15), self.ri(2, 254))])

    def srv_ip(self):
        return self.c(["10.%d.%d.%d" % (self.ri(0, 60), self.ri(0, 255), self.ri(2, 254)),
                       "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 254)),
                       "192.168.%d.%d" % (self.ri(100, 200), self.ri(2, 254))])

    def port(self):
        return str(self.ri(1025, 65000))

    # credentials
    def password(self):
        pw = self._password()
        while len(pw) < 8:
            pw += self.c(string.digits + "!@#")
        return pw

    def _password(self):
        x = self.r.random()
        if x < 0.35:
            return self.alnum(self.ri(10, 18), string.ascii_letters + string.digits + "!#$%^*_-")
        if x < 0.6:
            return self.c(["Summer", "Winter", "Passw0rd", "Welcome", "Qwer", "Admin", "Zxcv",
                           "Huawei", "Dragon"]) + self.c(["2026", "@2026", "123!", "#88", "_2025"])
        if x < 0.8:
            return _ascii(self.fk["zh_CN"].last_romanized_name()).lower() + str(self.ri(1970, 2010)) + \
                self.c(["", "!", "@", ".."])
        return self.alnum(self.ri(16, 24))

    def b64u(self, n):
        return self.alnum(n, string.ascii_letters + string.digits + "-_")

    def jwt(self):
        h = base64.urlsafe_b64encode(json.dumps(
            {"alg": self.c(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode()).rstrip(b"=")
        t = int(self.dt.timestamp())
        pl = base64.urlsafe_b64encode(json.dumps(
            {"sub": str(self.ri(10000, 9999999)), "iat": t, "exp": t + 7200,
             "scope": self.c(["user", "rider", "merchant", "doctor"])},
            separators=(",", ":")).encode()).rstrip(b"=")
        return h.decode() + "." + pl.decode() + "." + self.b64u(43)

    def akid(self):
        return "AKIA" + self.alnum(16, string.ascii_uppercase + "234567")

    def aws_secret(self):
        return self.alnum(40, string.ascii_letters + string.digits + "+/")

    def token(self, kind=None):
        kind = kind or self.c(["ghp", "stripe", "slack", "google", "ali", "tencent", "hex", "b64",
                               "jwt"])
        return {
            "ghp": lambda: "ghp_" + self.alnum(36),
            "stripe": lambda: "sk_live_" + self.alnum(24),
            "whsec": lambda: "whsec_" + self.alnum(32),
            "slack": lambda: "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.alnum(24)),
            "google": lambda: "AIza" + self.b64u(35),
            "ali": lambda: "LTAI5t" + self.alnum(18),
            "tencent": lambda: "AKID" + self.alnum(32),
            "hex": lambda: self.hexs(32),
            "b64": lambda: self.alnum(40, string.ascii_letters + string.digits + "+/") + "=",
            "jwt": self.jwt,
            "opaque": lambda: self.b64u(self.ri(32, 64)),
        }[kind]()

    def session(self, kind):
        return {
            "php": lambda: self.alnum(26, string.ascii_lowercase + string.digits),
            "java": lambda: self.hexs(32, upper=True) + self.c(["", ".node1", ".worker2"]),
            "django": lambda: self.alnum(32, string.ascii_lowercase + string.digits),
            "connect": lambda: "s%3A" + self.b64u(32) + "." + self.alnum(
                43, string.ascii_letters + string.digits).replace("q", "%2B", 2).replace("Z", "%2F", 1),
            "laravel": lambda: "eyJpdiI6I" + self.alnum(120, string.ascii_letters + string.digits) + "%3D%3D",
            "rails": lambda: self.hexs(32),
        }[kind]()

    def pem_body(self):
        lines = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" +
                 self.alnum(14, string.ascii_letters + string.digits + "+/")]
        for _ in range(self.ri(3, 6)):
            lines.append(self.alnum(64, string.ascii_letters + string.digits + "+/"))
        lines.append(self.alnum(self.ri(8, 40), string.ascii_letters + string.digits + "+/") + "==")
        return "\\n".join(lines)

    # decoy values
    def order_id(self):
        x = self.r.random()
        d = self.dt.strftime("%Y%m%d")
        if x < 0.3:
            return d + self.digits(10)
        if x < 0.5:
            return self.c(["DD", "E", "SO", "HS", "PC", "XQ"]) + d + self.digits(6)
        if x < 0.7:
            return "1" + self.digits(10)
        if x < 0.85:
            return self.luhn16()
        return str(self.ri(10 ** 17, 10 ** 18))

    def order11(self):
        return "1" + str(self.ri(3, 9)) + self.digits(9)

    def luhn16(self):
        return luhn_complete(self.c(["8", "9", "2"]) + self.digits(14))

    def uuid(self):
        return "%s-%s-4%s-%s%s-%s" % (self.hexs(8), self.hexs(4), self.hexs(3),
                                      self.c("89ab"), self.hexs(3), self.hexs(12))

    def trace(self):
        return self.hexs(32) if self.p(0.6) else self.hexs(16)

    def amount(self):
        return "%d.%02d" % (self.ri(3, 2999), self.ri(0, 99))

    def ticket(self):
        return self.c(["WO", "GD", "TS", "KF"]) + self.dt.strftime("%Y%m%d") + "-" + self.digits(4)

    def case_no(self):
        return self.c(["CS", "WZ", "MR"]) + self.dt.strftime("%Y%m%d") + self.digits(5)

    def emp_id(self):
        return self.c(["R", "JZ", "E", "KF", "S"]) + self.digits(self.ri(4, 6))

    def waybill(self):
        return self.c(["SF" + self.digits(13), "YT" + self.digits(13), "JT" + self.digits(13),
                       "75" + self.digits(12), "JD" + self.digits(13)])

    def flight(self):
        return self.c(["CA", "MU", "CZ", "HU", "BA", "LH", "CX", "SQ", "AF"]) + str(self.ri(10, 9999))

    def train(self):
        return self.c("GDCZTK") + str(self.ri(1, 9999))

    def ua(self):
        return self.c(UAS)

    def host(self, prefix):
        return prefix + "-" + self.hexs(10) + "-" + self.alnum(5, string.ascii_lowercase + string.digits)


# --------------------------------------------------------------------------
# masking (clean records)
# --------------------------------------------------------------------------

TOKENS_MASKED = {"[FILTERED]", "[REDACTED]", "<redacted>", "REDACTED", "<masked>", "******"}


def _mask_digits(s, keep_head, keep_tail):
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    kill = set(idx[keep_head:len(idx) - keep_tail]) if len(idx) > keep_head + keep_tail else set(idx)
    return "".join("*" if i in kill else ch for i, ch in enumerate(s))


def mask_value(raw, typ, rng):
    if typ == "PERSON":
        if any("\u4e00" <= ch <= "\u9fff" for ch in raw):
            if len(raw) == 1:
                return "*"
            return rng.choice([raw[0] + "*" * (len(raw) - 1), "*" + raw[1:] if len(raw) == 2 else raw[0] + "*" + raw[-1]]) \
                if len(raw) > 1 and rng.random() < 0.6 else "*" * len(raw)
        return rng.choice([raw[0] + "***", "***", "[REDACTED]"])
    if typ == "EMAIL_ADDRESS":
        if "@" not in raw:
            return raw[:2] + "****" + raw[-2:]
        loc, dom = raw.split("@", 1)
        return rng.choice([loc[0] + "***@" + dom, "***@" + dom, loc[:2] + "****@" + dom])
    if typ == "PHONE_NUMBER":
        return _mask_digits(raw, 3, 4) if rng.random() < 0.7 else _mask_digits(raw, 0, 4)
    if typ == "CREDIT_CARD":
        return _mask_digits(raw, 6, 4) if rng.random() < 0.5 else _mask_digits(raw, 0, 4)
    if typ == "IBAN_CODE":
        return raw[:4] + "".join("*" if ch.isalnum() else ch for ch in raw[4:-4]) + raw[-4:]
    if typ == "US_SSN":
        return "***-**-" + re.sub(r"\D", "", raw)[-4:]
    if typ == "CN_RESIDENT_ID":
        return rng.choice([raw[:6] + "********" + raw[-4:], raw[:3] + "*" * 11 + raw[-4:],
                           raw[0] + "*" * 16 + raw[-1]])
    if typ == "PASSPORT":
        return raw[0] + "*" * (len(raw) - 3) + raw[-2:]
    if typ == "LICENSE_PLATE":
        return raw[:2] + "".join("*" if ch.isalnum() else ch for ch in raw[2:-2]) + raw[-2:]
    if typ == "IP_ADDRESS":
        if ":" in raw and "." not in raw:
            return raw.split(":")[0] + ":****:****"
        parts = raw.split(".")
        return ".".join(parts[:2] + ["*", "*"])
    return rng.choice(["******", "[FILTERED]", "<redacted>", "***", "********"])


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------

TEMPLATES = []


def T(lang, system, spans, decoys):
    def deco(fn):
        TEMPLATES.append((fn, lang, system, spans, decoys))
        return fn
    return deco


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

# ---------------- English / access logs ----------------


@T("en", "nginx combined, food-delivery search with query string",
   "IP, PERSON (pct-encoded), PHONE (pct-encoded)", "-")
def _t(g):
    zh = g.zh() if g.p(0.7) else g.en_name()
    return [S(g.client_ip(), IP), " - - [", g.t_nginx(), '] "GET /api/v2/shops/search?kw=',
            e_q(g.c(DISHES)), "&lat=31.%d&lng=121.%d&contact=" % (g.ri(1000, 9999), g.ri(1000, 9999)),
            S(zh, P, e_q), "&mobile=", S(g.cn_mobile(), PH, e_q), "&page=1 HTTP/1.1\" 200 ",
            str(g.ri(300, 9000)), ' "https://h5.fanhe.cn/search" "', g.ua(), '"']


@T("en", "nginx custom log_format main_ext, X-Forwarded-For chain + Cookie",
   "IP (first XFF hop), CREDENTIAL (sessionid)", "server_ip x3 (LB, proxy hop, upstream)")
def _t(g):
    return [D(g.srv_ip(), "server_ip"), " - - [", g.t_nginx(), '] "POST /v1/clinic/consultations HTTP/2.0" 201 ',
            str(g.ri(80, 900)), ' "https://m.xiaolu-health.com/doctor/', str(g.ri(100, 9999)), '" "', g.ua(),
            '" "', S(g.client_ip(v6=0.05), IP), ", ", D(g.srv_ip(), "server_ip"), '" "sessionid=',
            S(g.session("django"), CR), "; lang=zh-hans\" rt=0.%03d uct=\"0.001\" uht=\"0.%03d\" urt=\"0.%03d\" ua=\"" % (
                g.ri(10, 999), g.ri(10, 999), g.ri(10, 999)),
            D(g.srv_ip(), "server_ip"), ':8080"']


@T("en", "nginx log_format with $request_body (escape=default, \\xHH bytes)",
   "IP, PERSON (\\x-escaped UTF-8), PHONE", "order_id")
def _t(g):
    body = jd({"orderNo": D(g.order_id(), "order_id"), "receiver": S(g.zh(), P),
               "receiverPhone": S(g.cn_mobile(), PH), "address": g.fk["zh_CN"].address().replace("\n", " "),
               "remark": g.c(["不要辣", "放门口", "少冰", "多放醋", ""]), "payChannel": "wxpay"})
    return [S(g.client_ip(), IP), " [", g.t_nginx(), '] "POST /api/order/submit HTTP/1.1" 200 87 0.%03d "' % g.ri(10, 999),
            wrap(body, e_nx), '"']


@T("en", "nginx log_format escape=json (JSON access line) with Authorization header",
   "IP, EMAIL (pct-encoded in request), CREDENTIAL (JWT)", "server_ip")
def _t(g):
    return _nginx_json(g, g.email())


def _nginx_json(g, em):
    return ['{"time_iso8601":"', g.t_iso(False), '","remote_addr":"', S(g.client_ip(), IP),
            '","remote_user":"","request":"GET /api/user/profile?email=', S(em, EM, e_q),
            ' HTTP/1.1","status":200,"body_bytes_sent":', str(g.ri(100, 3000)),
            ',"http_authorization":"Bearer ', S(g.jwt(), CR),
            '","http_x_forwarded_for":"","request_time":0.0%02d,"upstream_addr":"' % g.ri(1, 99),
            D(g.srv_ip(), "server_ip"), ':9000"}']


@T("en", "Apache combined, remote_user login + referer with search e-mail",
   "IP, PERSON (login), EMAIL (pct-encoded)", "-")
def _t(g):
    return [S(g.client_ip(), IP), " - ", S(g.login(), P), " [", g.t_nginx(), '] "GET /admin/sellers/',
            str(g.ri(1000, 99999)), '/payout HTTP/1.1" 200 ', str(g.ri(1000, 20000)),
            ' "https://admin.xianqu.cn/sellers?search=', S(g.email(), EM, e_q), '&status=active" "', g.ua(), '"']


@T("en", "Apache 2.4 error log, mod_auth_basic failure",
   "IP, PERSON (login)", "port")
def _t(g):
    d = g.dt
    return ["[", d.strftime("%a %b %d %H:%M:%S"), ".%06d " % d.microsecond, d.strftime("%Y"),
            "] [auth_basic:error] [pid %d:tid %d] [client " % (g.ri(1000, 30000), g.ri(139000000000000, 140999999999999)),
            S(g.client_ip(v6=0), IP), ":", D(g.port(), "port"), "] AH01617: user ", S(g.login(), P),
            ': authentication failure for "/staff/": Password Mismatch']


@T("en", "nginx error log, upstream timed out (phone repeated in request and upstream)",
   "PHONE x2, IP", "server_ip")
def _t(g):
    ph = g.cn_mobile(style=0)
    sip = g.srv_ip()
    return [g.dt.strftime("%Y/%m/%d %H:%M:%S"), " [error] %d#%d: *%d upstream timed out (110: Connection timed out) "
            "while reading response header from upstream, client: " % (g.ri(20, 90), 0, g.ri(1000, 999999)),
            S(g.client_ip(), IP), ', server: api.fanhe.cn, request: "GET /v1/users/lookup?phone=', S(ph, PH),
            ' HTTP/1.1", upstream: "http://', D(sip, "server_ip"), ":8080/v1/users/lookup?phone=", S(ph, PH),
            '", host: "api.fanhe.cn"']


@T("en", "ingress-nginx controller access format",
   "IP, EMAIL (pct-encoded path segment)", "server_ip, request_id")
def _t(g):
    return [S(g.client_ip(), IP), " - - [", g.t_nginx(), '] "PUT /api/v1/owners/by-email/', S(g.email(), EM, e_q20),
            '/pets HTTP/1.1" 200 312 "-" "', g.ua(), '" %d 0.0%02d [petcare-owner-svc-8080] [] ' % (g.ri(200, 900), g.ri(1, 99)),
            D(g.srv_ip(), "server_ip"), ":8080 312 0.0%02d 200 " % g.ri(1, 99), D(g.hexs(32), "request_id")]


@T("en", "Express morgan combined (::ffff:-mapped client), sitter search",
   "IP (::ffff:), PERSON (form-encoded), PHONE (form-encoded)", "-")
def _t(g):
    return [S("::ffff:" + g.client_ip(v6=0), IP), " - - [", g.t_nginx(utc=True), '] "GET /api/sitters/search?ownerName=',
            S(g.en_name(), P, e_q), "&phone=", S(g.intl_phone(), PH, e_q),
            '&radius=5 HTTP/1.1" 200 ', str(g.ri(300, 5000)), ' "-" "', g.ua(), '"']


# ---------------- English / JSON app logs ----------------

@T("en", "pino JSON (Node), order created with receiver / rider objects",
   "PERSON (receiver.name), PHONE, PERSON (rider.realName)", "epoch_ts, order_id, nickname")
def _t(g):
    return jd({"level": 30, "time": D(g.epoch_ms(), "epoch_ts", num=True), "pid": g.ri(10, 9000),
               "hostname": g.host("order-api"), "reqId": "req-%x" % g.ri(1, 9999), "msg": "order created",
               "order": {"id": D(g.order_id(), "order_id"), "items": g.ri(1, 6),
                         "receiver": {"name": S(g.zh(), P), "phone": S(g.cn_mobile(), PH)},
                         "rider": {"nick": D(g.nick(), "nickname"), "realName": S(g.zh(), P)}}})


@T("en", "pino-http request completed (cookie + remoteAddress)",
   "CREDENTIAL (connect.sid), IP (::ffff:)", "epoch_ts, port")
def _t(g):
    return _pino_http(g)


def _pino_http(g):
    return ['{"level":30,"time":', D(g.epoch_ms(), "epoch_ts"), ',"pid":%d,"hostname":"%s","req":{"id":%d,'
            '"method":"POST","url":"/api/auth/login","headers":{"host":"api.pawpal.cn","user-agent":"%s",'
            '"cookie":"connect.sid=' % (g.ri(10, 9000), g.host("auth-api"), g.ri(1, 99999), e_j(g.ua())),
            S(g.session("connect"), CR), '"},"remoteAddress":"', S("::ffff:" + g.client_ip(v6=0), IP),
            '","remotePort":', D(g.port(), "port"), '},"res":{"statusCode":200},"responseTime":%d,'
            '"msg":"request completed"}' % g.ri(3, 400)]


@T("en", "logback JSON (logstash-logback-encoder), clinic booking with MDC",
   "PERSON (patient), PERSON (Dr. surname), PHONE", "trace_id")
def _t(g):
    pat = g.name()
    doc = g.en_sur() if g.p(0.5) else PINYIN[g.zh_han()[0]]
    ph = g.phone()
    msg = ["Consultation booked for patient ", S(pat, P), " with Dr. ", S(doc, P)]
    return ['{"@timestamp":"', g.t_iso(), '","@version":"1","message":"', wrap(msg, e_j),
            '","logger_name":"com.xiaolu.clinic.booking.BookingService","thread_name":"http-nio-8080-exec-',
            str(g.ri(1, 200)), '","level":"INFO","level_value":20000,"traceId":"', D(g.hexs(16), "trace_id"),
            '","contactPhone":"', S(ph, PH, e_j), '"}']


@T("en", "zap production JSON (Go), marketplace seller payout to IBAN",
   "PERSON (holder), IBAN", "epoch_ts, amount")
def _t(g):
    return ['{"level":"info","ts":', D(g.epoch_s(), "epoch_ts"), ',"caller":"payout/service.go:%d",'
            '"msg":"seller payout scheduled","seller_id":%d,"holder":"' % (g.ri(40, 400), g.ri(10000, 999999)),
            S(g.en_name(g.c(["de_DE", "fr_FR", "es_ES", "en_GB"])), P, _compose(e_go, e_j)), '","iban":"',
            S(g.iban(), IB), '","amount":"', D(g.amount(), "amount"), '","currency":"EUR"}']


@T("en", "structlog JSONRenderer (json.dumps ensure_ascii, ', ' separators), consultation",
   "PERSON (\\u-escaped realName), CN_ID, PERSON (\\u-escaped doctor)", "-")
def _t(g):
    return jd({"event": "consultation started", "patient": {"realName": S(g.zh(), P), "idCard": S(g.cnid(), CID),
                                                             "age": g.ri(3, 88)},
               "doctor": S(g.zh(), P), "dept": g.c(["dermatology", "pediatrics", "neurology", "gastro"]),
               "level": "info", "logger": "clinic.consult", "timestamp": g.t_utc("microseconds")},
              ascii=True, sep=(", ", ": "))


@T("en", "structlog KeyValueRenderer (repr quoting), tutoring booking",
   "PERSON (student), PERSON (guardian), PHONE", "booking_id")
def _t(g):
    st = g.name()
    gu = g.name()
    q1, q2 = _pyq(st), _pyq(gu)
    return ["timestamp='", g.t_utc("microseconds"), "' level='info' event='tutor_booking_created' student=", q1, S(st, P), q1,
            " guardian=", q2, S(gu, P), q2, " guardian_phone='", S(g.phone(intl=0.3), PH), "' booking_id='",
            D("BK" + g.digits(10), "booking_id"), "' subject='", g.c(["math", "physics", "english", "piano"]), "'"]


@T("en", "Python logging %(asctime)s with dict repr, pet grooming appointment",
   "PERSON (owner), EMAIL, PHONE", "pet_name")
def _t(g):
    return [g.t_plain(",") + " INFO [petcare.grooming] appointment saved: ",
            pr({"owner": {"name": S(g.name(), P), "email": S(g.email(), EM), "phone": S(g.phone(intl=0.3), PH)},
                "pet": {"name": D(g.c(PET_EN + PET_ZH), "pet_name"), "breed": g.c(BREEDS)},
                "slot": "2026-12-%02d 14:00" % g.ri(6, 9), "groomer_id": g.ri(1, 80)})]


@T("en", "logrus text formatter (Go), card declined",
   "CREDIT_CARD, PERSON (cardholder), IP", "order_id (Luhn-valid 16 digits)")
def _t(g):
    return ['time="', g.t_iso(False), '" level=warning msg="card declined" card_number=',
            S(luhn_complete("4" + g.digits(14)) if g.p(0.3) else re.sub(r"[ -]", "", g.card()), CC),
            ' cardholder="', S(g.en_name(), P), '" client_ip=', S(g.client_ip(), IP), " order_id=",
            D(g.luhn16(), "order_id"), ' reason="do_not_honor"']


@T("en", "Go slog TextHandler, courier assigned (dotted group keys)",
   "PERSON (courier.name), PHONE, LICENSE_PLATE", "order_id (11 digits starting with 1)")
def _t(g):
    pl = g.plate(g.c(["cn", "cn_nev", "cn"]))
    nm = g.zh()
    pls = S(pl, LP)
    return ["time=", g.t_iso(), " level=INFO source=/app/dispatch/assign.go:%d msg=\"courier assigned\" order.id=" % g.ri(30, 300),
            D(g.order11(), "order_id"), " courier.name=", S(nm, P), " courier.phone=", S(g.cn_mobile(style=0), PH),
            " courier.plate=", ['"', pls, '"'] if " " in pl else pls, " eta_min=%d" % g.ri(8, 45)]


@T("en", "Spring Boot 2 default console pattern, consultation created",
   "PERSON (patientName), CN_ID, PERSON (doctor)", "-")
def _t(g):
    return [g.t_plain(), "  INFO %d --- [nio-8080-exec-%d] c.x.clinic.web.ConsultController         : "
            "Consultation created: patientName=" % (g.ri(1000, 40000), g.ri(1, 10)), S(g.zh(), P), ", idCard=",
            S(g.cnid(), CID), ", doctor=", S(g.zh(), P), ", fee=", str(g.ri(20, 300))]


@T("en", "Spring Boot 3 pattern + Lombok @Data toString, home-service order",
   "PERSON (realName), PHONE (mobile), EMAIL", "nickname")
def _t(g):
    return [g.t_iso(), " DEBUG 1 --- [home-service] [  XNIO-1 task-%d] c.d.order.web.OrderController           : "
            "create order request: CreateOrderReq(customer=CustomerDTO(id=%d, realName=" % (g.ri(1, 16), g.ri(1000, 999999)),
            S(g.zh(), P), ", nickName=", D(g.nick(), "nickname"), ", mobile=", S(g.cn_mobile(style=0), PH),
            ", email=", S(g.email(), EM), "), serviceType=DEEP_CLEAN, hours=%d, couponId=null)" % g.ri(2, 6)]


@T("en", "Java IDE-generated toString with password leaked",
   "PERSON (name), EMAIL, CREDENTIAL (password), IP (lastLoginIp)", "-")
def _t(g):
    return [g.t_plain(), " WARN  [main] c.x.market.user.UserSyncJob - skip dirty row: User{id=%d, name='" % g.ri(1, 99999),
            S(g.name(), P), "', email='", S(g.email(), EM), "', password='", S(g.password(), CR),
            "', lastLoginIp='", S(g.client_ip(), IP), "', status=LOCKED}"]


@T("en", "Django django.security.csrf warning (no PII)",
   "-", "request_id")
def _t(g):
    return ["WARNING ", g.t_plain(","), " log %d %d Forbidden (CSRF token from POST incorrect.): /checkout/confirm/ "
            "request_id=" % (g.ri(10, 99), g.ri(139000000000000, 140999999999999)), D(g.uuid(), "request_id")]


@T("en", "Rails Started line, Devise password reset token in query",
   "CREDENTIAL (reset_password_token), IP", "-")
def _t(g):
    return ['Started GET "/users/password/edit?reset_password_token=', S(g.alnum(20, string.ascii_letters + string.digits + "_-"), CR),
            '" for ', S(g.client_ip(), IP), " at ", g.dt.strftime("%Y-%m-%d %H:%M:%S +0800")]


@T("en", "Rails Parameters line (Ruby Hash#inspect, Ruby 3.4 spacing sometimes)",
   "PERSON (student), PERSON (parent), PHONE, EMAIL", "masked ([FILTERED])")
def _t(g):
    sp = g.p(0.4)
    return ["  Parameters: ", rb({"authenticity_token": D("[FILTERED]", "masked"),
                                  "booking": {"student_name": S(g.name(), P), "parent_name": S(g.name(), P),
                                              "parent_phone": S(g.phone(), PH), "email": S(g.email(), EM),
                                              "tutor_id": str(g.ri(1, 900))},
                                  "commit": "Book lesson"}, spaced=sp)]


@T("en", "Laravel QueryException, duplicate phone (binding printed twice)",
   "PHONE x2, PERSON, EMAIL", "-")
def _t(g):
    ph = g.cn_mobile(style=0)
    nm, em = g.name(), g.email()
    ts = g.t_plain(ms=False)
    q = "'" if g.p(0.5) else ""
    return ["[", ts, "] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '",
            S(ph, PH), "' for key 'users_phone_unique' (Connection: mysql, SQL: insert into `users` (`name`, `phone`, "
            "`email`, `updated_at`, `created_at`) values (", q, S(nm, P), q, ", ", q, S(ph, PH), q, ", ", q, S(em, EM), q,
            ", ", q, ts, q, ", ", q, ts, q, ")) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000)\"}"]


@T("en", "Laravel log with JSON context, refund issued",
   "PERSON (payer), PERSON (operator)", "order_id, amount, card_last4")
def _t(g):
    return ["[", g.t_plain(ms=False), "] production.INFO: Refund issued ",
            jd({"order_id": D(g.order_id(), "order_id"), "payer": S(g.name(), P), "card_last4": D(g.digits(4), "card_last4"),
                "amount": D(g.amount(), "amount"), "operator": S(g.name(), P)}), " []"]


@T("en", "sshd (syslog) Accepted publickey",
   "PERSON (login), IP", "port, key_fingerprint")
def _t(g):
    return [g.t_syslog(), " bastion-01 sshd[%d]: Accepted publickey for " % g.ri(1000, 60000), S(g.login(), P), " from ",
            S(g.c([g.ws_ip(), g.client_ip(v6=0)]), IP), " port ", D(g.port(), "port"), " ssh2: ED25519 SHA256:",
            D(g.alnum(43, string.ascii_letters + string.digits + "+/"), "key_fingerprint")]


@T("en", "sshd Failed password for invalid user (attacker address)",
   "IP (attacker)", "system_account, port")
def _t(g):
    return [g.t_syslog(), " web-%02d sshd[%d]: Failed password for invalid user " % (g.ri(1, 12), g.ri(1000, 60000)),
            D(g.c(SYS_ACCT), "system_account"), " from ", S(g.client_ip(v6=0.2), IP), " port ", D(g.port(), "port"), " ssh2"]


@T("en", "SQLAlchemy/psycopg2 OperationalError (no PII)",
   "-", "server_ip, port, system_account")
def _t(g):
    return ['sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "', D(g.srv_ip(), "server_ip"),
            '", port ', D("5432", "port"), ' failed: FATAL:  password authentication failed for user "',
            D(g.c(["svc-orders", "svc-dispatch", "app_rw", "postgres", "svc-notify"]), "system_account"), '"']


@T("en", "HikariCP pool init failure with JDBC URL password",
   "CREDENTIAL (password=)", "server_ip, system_account")
def _t(g):
    return [g.t_plain(), " ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - "
            "Exception during pool initialization. url=jdbc:mysql://", D(g.srv_ip(), "server_ip"), ":3306/market?user=",
            D(g.c(["app_rw", "svc-orders", "market_app"]), "system_account"), "&password=", S(g.password(), CR, e_q),
            "&useSSL=false&serverTimezone=Asia/Shanghai"]


@T("en", "container boot env dump (AWS keys, Redis URL password)",
   "CREDENTIAL x3 (AKIA, secret, redis password)", "server_ip")
def _t(g):
    return ["[boot] loaded env: AWS_ACCESS_KEY_ID=", S(g.akid(), CR), " AWS_SECRET_ACCESS_KEY=", S(g.aws_secret(), CR),
            " AWS_REGION=ap-east-1 REDIS_URL=redis://:", S(g.password(), CR, e_q20), "@", D(g.srv_ip(), "server_ip"),
            ":6379/0 NODE_ENV=production"]


@T("en", "Stripe webhook verification failure with leaked secrets",
   "CREDENTIAL (whsec_), CREDENTIAL (sk_live_), EMAIL (customer)", "event_id")
def _t(g):
    return [g.t_iso(), " error [payments] Webhook signature verification failed for ", D("evt_" + g.alnum(24), "event_id"),
            " customer_email=", S(g.email(), EM), " endpoint_secret=", S(g.token("whsec"), CR), " api_key=",
            S(g.token("stripe"), CR)]


@T("en", "CI deploy step (GitHub token in command echo)",
   "PERSON (login), CREDENTIAL (ghp_)", "image_digest, commit_hash")
def _t(g):
    return ["deploy[", g.t_utc(), "] pushing registry.pawpal.cn/pet-api@", D("sha256:" + g.hexs(64), "image_digest"),
            " commit ", D(g.hexs(40), "commit_hash"), " by ", S(g.login(), P), " git clone https://x-access-token:",
            S(g.token("ghp"), CR), "@github.com/pawpal/pet-api.git"]


@T("en", "HAProxy HTTP log with captured Authorization header",
   "IP, CREDENTIAL (bearer token)", "port")
def _t(g):
    return [g.t_syslog(), " lb-2 haproxy[%d]: " % g.ri(1000, 9000), S(g.client_ip(v6=0), IP), ":", D(g.port(), "port"),
            " [", g.dt.strftime("%d/%b/%Y:%H:%M:%S"), ".%03d] https-in~ be_api/api-%d 0/0/1/%d/%d 200 %d - - ---- "
            "%d/%d/12/4/0 0/0 {Bearer " % (g.dt.microsecond // 1000, g.ri(1, 6), g.ri(5, 90), g.ri(91, 200), g.ri(100, 9000),
                                           g.ri(100, 400), g.ri(50, 99)),
            S(g.c([g.jwt(), g.token("opaque")]), CR), '} "POST /api/v1/payments/charge HTTP/1.1"']


@T("en", "support desk note in English prose (spoke with / called back / assigned to / cc)",
   "PERSON x4", "ticket_id")
def _t(g):
    a, b = g.en_name(), g.en()[0]
    c, d = g.en_name(), g.c([g.zh(), g.en_name()])
    return ["[support] ticket #", D(str(g.ri(10000, 999999)), "ticket_id"), " reassigned: spoke with ", S(a, P),
            ", says courier ", S(b, P), " called back at %d:%02d but never showed; assigned to " % (g.ri(17, 22), g.ri(0, 59)),
            S(c, P), ", cc ", S(d, P)]


@T("en", "clinic audit trail key=value",
   "PERSON (login), PERSON (patient), IP (workstation), PERSON (Dr. surname)", "case_number")
def _t(g):
    return ["AUDIT ", g.t_iso(), " user=", S(g.login(), P), ' action=VIEW_RECORD patient="', S(g.name(), P),
            '" dob=19%02d-%02d-%02d mrn=' % (g.ri(40, 99), g.ri(1, 12), g.ri(1, 28)), D("MRN-" + g.digits(8), "case_number"),
            " ip=", S(g.ws_ip(), IP), ' reason="follow-up with Dr. ', S(g.en_sur(), P), '"']


@T("en", "tutor background check (US), structured line",
   "PERSON (tutor), US_SSN, EMAIL", "-")
def _t(g):
    return [g.t_iso(), ' INFO  bgcheck.submit tutor="', S(g.en_name("en_US"), P), '" ssn=', S(g.ssn(), SSN),
            " dob=19%02d-%02d-%02d email=" % (g.ri(60, 99), g.ri(1, 12), g.ri(1, 28)), S(g.email(), EM),
            " provider=checkr package=tasker_standard status=pending"]


@T("en", "pet relocation booking (passport + flight)",
   "PERSON (owner), PASSPORT", "flight_number, microchip_id")
def _t(g):
    return [g.t_plain(), " [pet-relocation] booking confirmed owner=", S(g.en_name(), P), " passport=",
            S(g.passport(g.c(["US", "GB", "DE", "FR", "IN", "CN"])), PP), " flight=", D(g.flight(), "flight_number"),
            " microchip=", D("985" + g.digits(12), "microchip_id"), " crate=IATA-%d" % g.ri(100, 700)]


@T("en", "marketplace listing moderation (no PII; fictional character in title)",
   "-", "public_figure, amount")
def _t(g):
    return [g.t_iso(), " INFO  listing %d approved: title=\"" % g.ri(10000, 999999), D(g.c(FIG_EN), "public_figure"),
            " box set (hardcover)\" seller_rating=4.%d price=GBP " % g.ri(0, 9), D(g.amount(), "amount"), " category=books"]


@T("en", "Kafka consumer debug (SMS OTP payload)",
   "PHONE x2 (key and payload)", "pickup_code")
def _t(g):
    ph = g.phone(intl=0.3, land=0)
    return [g.t_plain(), " DEBUG [notify-svc] consumed topic=sms.outbound partition=%d offset=%d key=" % (g.ri(0, 11), g.ri(10000, 9999999)),
            S(ph, PH), ' value={"to":"', S(ph, PH, e_j), '","template":"OTP","code":"', D(g.digits(6), "pickup_code"), '"}']


@T("en", "UK courier dispatch line",
   "PERSON (driver), LICENSE_PLATE (UK), PERSON (customer), PHONE (+44)", "place")
def _t(g):
    return [g.t_iso(), " dispatch: driver ", S(g.en_name("en_GB"), P), " (van ", S(g.plate("uk"), LP), ") en route to ",
            D(g.c(PLACE_EN), "place"), " drop-off, customer ", S(g.en_name(), P), " ", S(g.intl_phone("GB"), PH)]


@T("en", "nginx main log: kube-probe health check (no PII)",
   "-", "server_ip x2")
def _t(g):
    return [D(g.srv_ip(), "server_ip"), " - - [", g.t_nginx(), '] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" '
            "rt=0.001 ua=\"", D(g.srv_ip(), "server_ip"), ':8080"']


@T("en", "MongoDB 4.4+ structured slow-query log",
   "EMAIL, PHONE (filter $or)", "server_ip")
def _t(g):
    return ['{"t":{"$date":"', g.t_iso(), '"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn%d","msg":"Slow query",'
            '"attr":{"type":"command","ns":"pets.owners","command":{"find":"owners","filter":{"$or":[{"email":"' % g.ri(100, 99999),
            S(g.email(), EM), '"},{"phone":"', S(g.phone(), PH, e_j), '"}]},"$db":"pets"},"planSummary":"COLLSCAN",'
            '"durationMillis":%d,"remote":"' % g.ri(100, 5000), D(g.srv_ip(), "server_ip"), ':%d"}}' % g.ri(30000, 60000)]


@T("en", "MySQL general query log (tab-separated)",
   "PHONE, PERSON", "-")
def _t(g):
    return [g.t_utc("microseconds"), "\t%6d Query\tUPDATE customers SET mobile='" % g.ri(10, 99999),
            S(g.cn_mobile(style=0), PH), "', real_name='", S(g.zh(), P), "' WHERE id=%d" % g.ri(100, 999999)]


@T("en", "zap development console encoder (tabs + JSON fields)",
   "PERSON (customer), PHONE", "-")
def _t(g):
    return [g.dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+0800" % (g.dt.microsecond // 1000), "\tINFO\tbooking/handler.go:%d\t"
            "home service booked\t" % g.ri(20, 200), jd({"customer": S(g.name(), P), "phone": S(g.phone(), PH),
                                                        "service": g.c(["plumbing", "aircon_clean", "deep_clean"]),
                                                        "slot": "14:00-16:00"}, sep=(", ", ": "))]


@T("en", "SEPA direct-debit mandate (payments worker)",
   "PERSON (debtor), IBAN", "mandate_ref, creditor_id")
def _t(g):
    return [g.t_iso(), " INFO  [sepa-worker] mandate created debtor=\"", S(g.en_name(g.c(["de_DE", "fr_FR", "es_ES"])), P),
            "\" iban=", S(g.iban(g.c(["DE", "FR", "ES", "NL", "IT", "BE", "AT"]), spaced=False), IB), " mandate_ref=",
            D("MNDT-" + g.alnum(10, string.ascii_uppercase + string.digits), "mandate_ref"), " creditor_id=",
            D("DE98ZZZ0" + g.digits(10), "creditor_id")]


@T("en", "payout KYC record (pino-like JSON, US tutor)",
   "PERSON (legal_name), US_SSN", "ssn_last4")
def _t(g):
    s = g.ssn()
    return jd({"level": "info", "time": g.t_utc(), "msg": "kyc verified",
               "tutor": {"legal_name": S(g.en_name("en_US"), P), "ssn": S(s, SSN), "ssn_last4": D(s[-4:], "ssn_last4"),
                         "state": g.c(["CA", "NY", "TX", "WA"])}})


@T("en", "AWS-style audit JSON with workstation IP and private key body",
   "PERSON (login), IP (workstation), CREDENTIAL (private-key body)", "-")
def _t(g):
    return ['{"ts":"', g.t_utc(), '","actor":"', S(g.login(), P), '","src_ip":"', S(g.ws_ip(), IP),
            '","action":"secret.update","secret":"payments/alipay","value":"-----BEGIN PRIVATE KEY-----\\n',
            S(g.pem_body(), CR), '\\n-----END PRIVATE KEY-----\\n"}']


@T("zh", "告警 (on-call notice)", "PERSON (值班), PHONE", "server_ip, alert_id")
def _t(g):
    return ["【告警】[P2] 服务 order-dispatch 实例 ", D(g.srv_ip(), "server_ip"), " CPU 使用率 9%d.%d%% 已持续 5 分钟，当前值班：" % (
        g.ri(0, 9), g.ri(0, 9)), S(g.zh(), P), "（", S(g.cn_mobile(), PH), "），请及时处理。告警ID: ",
        D("ALM" + g.digits(10), "alert_id")]


@T("zh", "工单 (ticket, customer 王女士, masked phone)",
   "PERSON (surname), PERSON (客服), PERSON (配送组)", "ticket_id, masked")
def _t(g):
    sur = g.zh_han()[0]
    return ["工单#", D(g.ticket(), "ticket_id"), " 客户", S(sur, P), g.c(["女士", "先生", "小姐"]), "(手机",
            D(g.masked_phone(), "masked"), ")反馈骑手超时未送达，已由客服", S(g.zh(), P), "跟进，转交配送组",
            S(g.zh(), P), "处理"]


@T("zh", "客服会话 (chat transcript, 我是X / X女士)",
   "PERSON (full), PHONE, PERSON (客服), PERSON (surname)", "session_id")
def _t(g):
    sur, full = g.zh_han()
    return ["[客服会话 ", D(g.uuid(), "session_id"), "] 用户：你好，我是", S(full, P), "，中午在你们平台点的外卖一直没到，电话",
            S(g.cn_mobile(), PH), "，麻烦帮我查一下。客服", S(g.zh(), P), "：好的", S(sur, P),
            g.c(["女士", "先生"]), "，马上为您核实。"]


@T("zh", "退款 (refund to bank card)",
   "CREDIT_CARD (UnionPay), PERSON (持卡人), PERSON (操作人)", "order_id (11 digits), amount")
def _t(g):
    return ["退款审核通过：订单", D(g.order11(), "order_id"), " 退款金额 ¥", D(g.amount(), "amount"),
            " 将原路退回至银行卡 ", S(g.card(g.c(["up", "up19", "visa", "mc"])), CC), "（持卡人：", S(g.zh(), P),
            "），操作人：", S(g.zh(), P)]


@T("zh", "配送异常 (rider, 收货人X女士, 联系X站长)",
   "PERSON (骑手), PHONE, PERSON (surname), PERSON (站长)", "employee_id")
def _t(g):
    sur = g.zh_han()[0]
    return ["配送异常：骑手", S(g.zh(), P), "(工号 ", D(g.emp_id(), "employee_id"), ", 电话 ", S(g.cn_mobile(), PH),
            ")反馈收货人", S(sur, P), g.c(["女士", "先生"]), "电话无人接听，已联系", S(g.zh(), P), "站长协调改派"]


@T("zh", "预约 (pet grooming booking)", "PERSON (主人), PHONE", "pet_name, place")
def _t(g):
    return ["[预约] 宠物美容预约成功 主人：", S(g.zh(), P), " 手机：", S(g.cn_mobile(), PH), " 宠物：",
            D(g.c(PET_ZH), "pet_name"), "(", g.c(BREEDS), ") 时间：12月%d日 %d:00 门店：" % (g.ri(6, 20), g.ri(9, 19)),
            D(g.c(PLACE_ZH), "place"), "店"]


@T("zh", "投诉 (complaint in free prose, 我叫X)", "PHONE, PERSON", "order_id")
def _t(g):
    return ["用户投诉：今天中午点的外卖送错了，骑手态度很差，我打了三次电话他才接，订单号",
            D(g.order_id(), "order_id"), "，我的电话是", S(g.cn_mobile(), PH), "，我叫", S(g.zh(), P),
            "，希望尽快给个说法。"]


@T("zh", "回访 (clinic follow-up: 家属X先生, 患者, 主任医师, 回访人)",
   "PERSON (surname), PERSON (患者), PERSON (医生), PERSON (回访人)", "place (hospital)")
def _t(g):
    sur, _ = g.zh_han()
    pat = sur + g.fk["zh_CN"].first_name()
    return ["回访记录：已回访患者家属", S(sur, P), "先生，患者", S(pat, P), "复诊情况良好，", D(g.c(HOSP_ZH), "place"),
            "主治医生", S(g.zh(), P), g.c(["主任医师", "副主任医师", "医生"]), "建议两周后复查。回访人：", S(g.zh(), P)]


@T("zh", "操作日志 (admin changes a user's phone)",
   "PERSON (操作人), PHONE (原值), PHONE (新值), IP (来源)", "employee_id, user_id")
def _t(g):
    return ["操作日志 | 操作人: ", S(g.zh(), P), "(", D(g.emp_id(), "employee_id"), ") | 操作: 修改用户手机号 | 用户ID: ",
            D(str(g.ri(100000, 99999999)), "user_id"), " | 原值: ", S(g.cn_mobile(style=0), PH), " → 新值: ",
            S(g.cn_mobile(style=0), PH), " | 来源IP: ", S(g.c([g.ws_ip(), g.client_ip()]), IP), " | 时间: ",
            g.t_plain(ms=False)]


@T("zh", "问诊 (online consultation record)",
   "PERSON (就诊人), PERSON (医生), CN_ID", "case_number")
def _t(g):
    return ["[问诊] 问诊单", D(g.case_no(), "case_number"), " 就诊人", S(g.zh(), P), "（%s，%d岁）主诉：%s。接诊医生：" % (
        g.c(["女", "男"]), g.ri(2, 85), g.c(["反复头痛一周", "咳嗽三天伴低热", "皮肤瘙痒", "腹泻两天"])), S(g.zh(), P),
        g.c(["副主任医师", "主治医师", ""]), "，科室：", g.c(["神经内科", "呼吸科", "皮肤科", "消化内科"]),
        "。就诊人身份证：", S(g.cnid(), CID)]


@T("zh", "闲置 (second-hand: 昵称 vs 实名, Alipay account)",
   "PERSON (实名), EMAIL (支付宝账号), PERSON (买家)", "nickname, place")
def _t(g):
    return ["【闲置】卖家「", D(g.nick(), "nickname"), "」(实名：", S(g.zh(), P), "，支付宝账号 ", S(g.email(), EM),
            ") 与买家", S(g.zh(), P), "约定线下交易，地点：", D(g.c(PLACE_ZH), "place"), "地铁站B口"]


@T("zh", "家政派单 (bilingual customer Ms. Li / 李小姐, landline)",
   "PERSON (保洁), PERSON (pinyin surname), PERSON (surname), PHONE (landline)", "order_id, employee_id")
def _t(g):
    sur = g.c(list(PINYIN))
    return ["[家政] 派单成功 订单号 ", D(g.order_id(), "order_id"), " 保洁阿姨：", S(g.zh(), P), "（工号 ",
            D(g.emp_id(), "employee_id"), "） 客户：", g.c(["Ms.", "Mrs.", "Miss"]), " ", S(PINYIN[sur], P), " / ",
            S(sur, P), "小姐 联系方式 ", S(g.cn_landline(), PH)]


@T("zh", "寄养登记 (pet boarding, English + Chinese name, emergency contact)",
   "PERSON (en), PERSON (zh), PERSON (紧急联系人), PHONE", "pet_name")
def _t(g):
    return ["寄养登记：宠物主人 ", S(g.en_name(), P), "（", S(g.zh(), P), "），紧急联系人 ", S(g.zh(), P), " ",
            S(g.cn_mobile(), PH), "，宠物「", D(g.c(PET_EN + PET_ZH), "pet_name"), "」", g.c(BREEDS), "，寄养 %d 晚" % g.ri(1, 14)]


@T("zh", "课程预约 (tutoring: 学员, 家长, 老师)",
   "PERSON (学员), PERSON (家长), PHONE, PERSON (老师)", "public_figure, place")
def _t(g):
    return ["【课程预约】学员：", S(g.zh(), P), "（家长：", S(g.zh(), P), "，", S(g.cn_mobile(), PH), "）预约「",
            D(g.c(FIG_ZH), "public_figure"), "诗词精读」一对一，授课老师：", S(g.zh(), P), "，校区：",
            D(g.c(PLACE_ZH), "place"), "校区"]


@T("zh", "企业微信 bot incident message (@X, 负责人, cc)",
   "PERSON x4", "incident_id")
def _t(g):
    return ["[企业微信] @", S(g.zh(), P), " @", S(g.zh(), P), " 支付回调失败率 %d.%d%% 超过阈值，P1 故障 " % (g.ri(5, 40), g.ri(0, 9)),
            D("INC-" + g.digits(6), "incident_id"), " 已拉群，负责人：", S(g.zh(), P), "，cc ", S(g.c([g.zh(), g.en_name()]), P)]


@T("zh", "短信发送日志 (SMS verification code)", "PHONE", "pickup_code, request_id")
def _t(g):
    return ["[SMS] 发送验证码 mobile=", S(g.cn_mobile(), PH), ' content="【', g.c(BRAND), "】您的验证码为",
            D(g.digits(g.c([4, 6])), "pickup_code"), '，5分钟内有效，请勿泄露。" channel=aliyun bizId=',
            D(g.digits(6) + "^" + g.digits(12), "request_id")]


@T("zh", "Java SLF4J line with Chinese message (派单成功)",
   "PERSON (riderName), PHONE, PERSON (receiver)", "order_id, masked")
def _t(g):
    return [g.t_plain(), " [http-nio-8080-exec-%d] INFO  c.f.delivery.DispatchService - 派单成功, orderId=" % g.ri(1, 200),
            D(g.order_id(), "order_id"), ", riderName=", S(g.zh(), P), ", riderPhone=", S(g.cn_mobile(style=0), PH),
            ", receiver=", S(g.zh(), P), ", receiverPhone=", D(g.masked_phone(), "masked")]


@T("zh", "实名认证 (昵称 vs 实名姓名)", "PERSON, CN_ID, IP", "nickname, user_id")
def _t(g):
    return ["[实名认证] userId=", D(str(g.ri(100000, 99999999)), "user_id"), " 昵称「", D(g.nick(), "nickname"), "」 实名姓名 ",
            S(g.zh(), P), " 身份证 ", S(g.cnid(), CID), " 认证结果：一致 来源IP ", S(g.client_ip(), IP)]


@T("zh", "订单商品 (brands named after people; no PII)", "-", "company x2, amount")
def _t(g):
    a, b = g.r.sample(CO_ZH, 2)
    return ["[订单] 订单 ", g.order_id(), " 商品：", D(a, "company"), "礼盒 ×1、", D(b, "company"), " ×%d 实付 ¥" % g.ri(1, 6),
            D(g.amount(), "amount"), " 配送方式：即时达"]


@T("zh", "恢复告警 (disk alert recovered; no PII)", "-", "server_ip, alert_id")
def _t(g):
    return ["【恢复】磁盘使用率告警已恢复 主机 ", D(g.srv_ip(), "server_ip"), " /data 使用率 %d%% 持续时间 %d分钟 告警ID " % (
        g.ri(50, 79), g.ri(2, 90)), D("ALM" + g.digits(10), "alert_id")]


@T("zh", "课程上架 (course named after a poet; no PII)", "-", "public_figure, course_id, amount")
def _t(g):
    return ["课程《", D(g.c(FIG_ZH), "public_figure"), "诗词鉴赏》上架成功，课程ID ", D("C" + g.digits(8), "course_id"),
            "，价格 ¥", D(g.amount(), "amount"), "，适合小学高年级"]


@T("zh", "搬家服务 (driver, plate, 客户X先生)",
   "PERSON (司机), LICENSE_PLATE, PERSON (surname), PHONE", "-")
def _t(g):
    sur = g.zh_han()[0]
    return ["[搬家服务] 司机", S(g.zh(), P), " 车牌", S(g.plate(g.c(["cn", "cn_nev"])), LP), " 已出发，预计 %d 分钟到达，客户" % g.ri(10, 60),
            S(sur, P), "先生 电话", S(g.cn_mobile(), PH)]


@T("zh", "骑手电动车备案 (rider registration)", "PERSON, LICENSE_PLATE, CN_ID", "employee_id")
def _t(g):
    return ["骑手电动车备案：骑手 ", S(g.zh(), P), " 工号 ", D(g.emp_id(), "employee_id"), " 车牌 ",
            S(g.plate("cn"), LP), " 身份证 ", S(g.cnid(), CID), " 备案状态：已通过"]


@T("zh", "外籍就诊人 (foreign patient, passport, doctor, email)",
   "PERSON (en), PASSPORT, PERSON (医生), EMAIL", "-")
def _t(g):
    return ["[问诊] 外籍就诊人 ", S(g.en_name(), P), "（护照号 ", S(g.passport(g.c(["US", "GB", "DE", "FR", "IN", "JP"])), PP),
            "）预约", g.c(["皮肤科", "儿科", "口腔科"]), " ", S(g.zh(), P), "医生，联系邮箱 ", S(g.email(), EM)]


@T("zh", "用户留言 (QQ number + QQ mail + 我叫X)",
   "EMAIL (bare QQ), EMAIL (QQ mail), PERSON", "-")
def _t(g):
    qq = g.qq()
    return ["用户留言：商品还在吗？加我QQ ", S(qq, EM), " 或者发邮件到 ", S(qq + "@qq.com", EM), "，我叫", S(g.zh(), P),
            "，周末可以自提。"]


@T("zh", "mixed escalation (由X处理 -> escalated to X; Mr. X / 中文名)",
   "PERSON (agent), PERSON (en), PERSON (Mr. surname), PHONE (intl)", "ticket_id")
def _t(g):
    return ["[工单 ", D(g.ticket(), "ticket_id"), "] 由", S(g.zh(), P), "处理 → escalated to ", S(g.en_name(), P),
            "; 客户 Mr. ", S(g.en_sur(), P), " said courier never called back, 电话 ", S(g.intl_phone(), PH)]


@T("zh", "回访 (education: X妈妈, 孩子, X老师, 回访人)",
   "PERSON (surname), PERSON (child), PERSON (teacher), PERSON (回访人)", "-")
def _t(g):
    sur, _ = g.zh_han()
    return ["回访家长", S(sur, P), "妈妈：孩子", S(sur + g.c(GIVEN_EXTRA), P), "本周数学课", S(g.zh(), P),
            "老师反馈进步明显，下次课改约至周六上午。回访人：", S(g.zh(), P)]


@T("zh", "Django logger, Chinese message + json.dumps payload (\\u-escaped)",
   "PERSON (\\u-escaped), PHONE", "-")
def _t(g):
    return ["ERROR ", g.t_plain(","), " booking.views 预约创建失败，号源已满 payload=",
            jd({"patient_name": S(g.zh(), P), "mobile": S(g.cn_mobile(style=0), PH), "doctor_id": g.ri(1, 900)},
               ascii=True, sep=(", ", ": "))]


@T("zh", "Laravel log, Chinese message + JSON context (上门服务改约)",
   "PERSON (customer), PHONE (contact), PERSON (staff)", "order_id")
def _t(g):
    return ["[", g.t_plain(ms=False), "] production.WARNING: 上门服务改约 ",
            jd({"order": D(g.order_id(), "order_id"), "customer": S(g.zh(), P), "contact": S(g.phone(), PH),
                "staff": S(g.zh(), P), "new_slot": "12-%02d 09:00-11:00" % g.ri(6, 20)}), " []"]


@T("zh", "rider-app GPS upload (login + 中文名)", "PERSON (login), PERSON, IP", "-")
def _t(g):
    return ["[rider-app] ", g.t_plain(ms=False), " GPS uploaded rider=", S(g.login(), P), " (骑手 ", S(g.zh(), P),
            ") lat=31.%04d lng=121.%04d ip=" % (g.ri(0, 9999), g.ri(0, 9999)), S(g.client_ip(v6=0.3), IP)]


@T("zh", "闲置发货 (waybill, 收件人)", "PERSON (收件人), PHONE", "order_id, waybill")
def _t(g):
    return ["【闲置】订单", D(g.order_id(), "order_id"), " 卖家已发货，快递：", g.c(["顺丰", "圆通", "极兔", "京东"]), " ",
            D(g.waybill(), "waybill"), "，收件人", S(g.zh(), P), "，电话", S(g.cn_mobile(), PH)]


@T("zh", "报销 (teacher travel claim: train number + ID)", "PERSON, CN_ID", "train_number, amount")
def _t(g):
    return ["[报销] 老师", S(g.zh(), P), "出差报销 ", D(g.train(), "train_number"), " 北京南→上海虹桥 二等座 ¥",
            D(g.amount(), "amount"), "，乘车人身份证 ", S(g.cnid(), CID)]


@T("zh", "维修师傅派单 (X师傅, full name, 客户备注 mentions spouse)",
   "PERSON (surname), PERSON (full), PHONE, PERSON (spouse)", "-")
def _t(g):
    sur, full = g.zh_han()
    return ["[上门维修] ", S(sur, P), "师傅已接单（", S(full, P), "，", S(g.cn_mobile(), PH),
            "），预计上门时间 14:00-16:00，客户备注：到了先打电话给我老公", S(g.zh(), P)]


@T("zh", "安全告警 (异地登录)", "PERSON (login), PERSON, IP, IP", "-")
def _t(g):
    return ["【安全告警】账号 ", S(g.login(), P), "（", S(g.zh(), P), "）在异地登录，登录IP ", S(g.client_ip(), IP),
            "（广东 深圳），上次登录IP ", S(g.client_ip(), IP), "（北京），请确认是否本人操作"]


@T("zh", "logrus line with Chinese msg (骑手定位上报失败)", "PERSON (rider_name), PHONE", "rider_id")
def _t(g):
    return ['time="', g.t_iso(False), '" level=error msg="骑手定位上报失败" rider_id=', D("R" + g.digits(7), "rider_id"),
            ' rider_name="', S(g.zh(), P), '" phone=', S(g.cn_mobile(style=0), PH), ' err="context deadline exceeded"']


@T("zh", "投诉单 prose (由X处理, 联系X师傅, 转交X主管回访)",
   "PERSON (处理人), PERSON (surname 师傅), PERSON (主管)", "ticket_id")
def _t(g):
    sur = g.zh_han()[0]
    return ["投诉单", D(g.ticket(), "ticket_id"), "：用户反映上门保洁服务不到位，由", S(g.zh(), P), "处理，已联系", S(sur, P),
            "师傅说明情况，后续转交", S(g.zh(), P), "主管回访。"]


@T("zh", "宠物问诊 (pet clinic)", "PERSON (主人), PHONE, PERSON (接诊医生)", "pet_name, amount")
def _t(g):
    return _pet_clinic(g)


def _pet_clinic(g):
    return ["[宠物问诊] 宠物「", D(g.c(PET_ZH + PET_EN), "pet_name"), "」(%s, %d岁) 主人" % (g.c(["猫", "狗"]), g.ri(1, 15)),
            S(g.zh(), P), " ", S(g.cn_mobile(), PH), " 接诊医生 ", S(g.zh(), P), "，处方已开具，诊费 ¥",
            D(g.amount(), "amount")]


@T("zh", "配置中心 (WeChat Pay APIv3 key rotated)", "CREDENTIAL (apiv3_key), PERSON (操作人)", "merchant_id")
def _t(g):
    return ["[配置中心] 微信支付 APIv3 密钥更新：mch_id=", D("16" + g.digits(8), "merchant_id"), " apiv3_key=",
            S(g.alnum(32), CR), " 操作人 ", S(g.zh(), P), "，旧密钥已吊销"]


@T("zh", "数据库告警 (DSN with password, DBA name)",
   "CREDENTIAL (DSN password), PERSON (DBA)", "server_ip x2, system_account")
def _t(g):
    ip = g.srv_ip()
    return ["【告警】MySQL 主从延迟 %ds，实例 " % g.ri(30, 900), D(ip, "server_ip"), ":3306，复制连接串 mysql://",
            D("repl", "system_account"), ":", S(g.password(), CR, e_q20), "@", D(g.srv_ip(), "server_ip"),
            ":3306 ，请 DBA ", S(g.zh(), P), " 处理"]


@T("zh", "客服备注 (老X / 小X familiar forms, 转交)",
   "PERSON (老 surname), PERSON (小 surname), PHONE", "-")
def _t(g):
    a = g.zh_han()[0]
    b = g.zh_han()[0]
    while b == a:
        b = g.zh_han()[0]
    return ["客服备注：用户说上次是老", S(a, P), "上门的，这次还想约他；已转交小", S(b, P), "排班，用户回拨电话 ",
            S(g.cn_mobile(), PH)]


@T("zh", "Spring Boot line with Chinese message, minority / compound names (健康档案)",
   "PERSON (申请人), PERSON (监护人), CN_ID", "-")
def _t(g):
    return [g.t_plain(), "  INFO %d --- [nio-8080-exec-%d] c.x.clinic.record.RecordService          : 健康档案创建成功，"
            "applicant=" % (g.ri(1000, 40000), g.ri(1, 10)), S(g.c(MINORITY) if g.p(0.5) else g.zh(), P), "，guardian=",
            S(g.c(COMPOUND) + g.c(GIVEN_EXTRA), P), "，guardianIdCard=", S(g.cnid(), CID)]


# --------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------

def _render(parts, clean, rng):
    parts = list(_flat(parts))
    if clean:
        n_dec = sum(isinstance(p, D) for p in parts)
        keys = []
        for p in parts:
            if isinstance(p, S) and (p.raw, p.typ) not in keys:
                keys.append((p.raw, p.typ))
        rng.shuffle(keys)
        slots = max(0, 3 - n_dec)
        decision = {}
        masked_slots_used = 0
        for k in keys:
            if rng.random() < 0.8:
                decision[k] = mask_value(k[0], k[1], rng)
            else:
                decision[k] = None
        # count masked occurrences (each occurrence is one decoy)
        occ = Counter((p.raw, p.typ) for p in parts if isinstance(p, S))
        for k in keys:
            if decision[k] is not None:
                if masked_slots_used + occ[k] <= slots:
                    masked_slots_used += occ[k]
                else:
                    decision[k] = None
    text, spans, decoys = [], [], []
    pos = 0
    for p in parts:
        if isinstance(p, str):
            s = p
        elif isinstance(p, S):
            if clean:
                m = decision[(p.raw, p.typ)]
                if m is None:
                    s = "-"
                else:
                    s = p.enc(m)
                    decoys.append([pos, pos + len(s), "masked"])
            else:
                s = p.enc(p.raw)
                spans.append([pos, pos + len(s), p.typ])
        else:
            s = p.val
            decoys.append([pos, pos + len(s), p.kind])
        text.append(s)
        pos += len(s)
    return "".join(text), spans, decoys


def blind_log13(n, seed=0):
    rng = random.Random(seed)
    g = Gen(rng)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % len(order)]
        fn = TEMPLATES[ti][0]
        clean = rng.random() < 0.1
        for attempt in range(200):
            g.new_line()
            text, spans, decoys = _render(fn(g), clean, rng)
            rec = {"text": text, "spans": spans, "decoys": decoys, "template": ti}
            try:
                _check(rec)
                break
            except AssertionError:
                if attempt == 199:
                    raise
        out.append(rec)
    return out


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------

def _decode(v):
    s = v
    if "\\x" in s:
        s = re.sub(r"(?:\\x[0-9A-Fa-f]{2})+",
                   lambda m: bytes(int(h, 16) for h in re.findall(r"\\x([0-9A-Fa-f]{2})", m.group(0))).decode("utf-8"),
                   s)
    if "\\u" in s or '\\"' in s:
        s = json.loads('"' + s + '"')
    if "%" in s:
        s = urllib.parse.unquote_plus(s)
    return s


_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_PERSON_BAD = re.compile(r"[@=:\"{}\[\]/\\<>|,;()（）：，。]")
_CN_PLATE = re.compile(r"^[%s][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{5,6}$" % CN_PLATE_PROV)
_PLATES = [_CN_PLATE, re.compile(r"^[A-Z]{2}\d{2} ?[A-Z]{3}$"), re.compile(r"^\d[A-Z]{3}\d{3}$"),
           re.compile(r"^[A-Z]{3}-\d{4}$"), re.compile(r"^[A-Z]{1,3}[- ][A-Z]{1,2} \d{1,4}$")]


def _phone_ok(v):
    for reg in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(v, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def _check_value(typ, printed):
    v = _decode(printed)
    if typ != "CREDENTIAL":
        assert v == v.strip() and v, (typ, printed)
    if typ == "PERSON":
        if "%" in printed or "+" in printed:
            v = v.replace("+", " ")
        assert 1 <= len(v) <= 40 and not _PERSON_BAD.search(v), printed
        assert not v.isdigit() and (v[0].isalpha()), printed
        if any(ch.isdigit() for ch in v):
            assert re.match(r"^[a-z][a-z0-9._-]*$", v), printed
    elif typ == "EMAIL_ADDRESS":
        assert _EMAIL_RE.match(v) or re.match(r"^[1-9]\d{4,10}$", v), printed
        assert not ROLE_MAIL_RE.match(v), printed
    elif typ == "PHONE_NUMBER":
        # form-encoded printings turn spaces into '+' (135+8751+6344)
        assert _phone_ok(v) or _phone_ok(v[:1] + v[1:].replace("+", " ")), printed
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), printed
        assert re.match(r"^(4|5[1-5]|2[2-7]|3[47]|62)", d), printed
    elif typ == "IBAN_CODE":
        d = v.replace(" ", "")
        assert d[:2] in IBAN_SPEC and len(d) == IBAN_SPEC[d[:2]], printed
        assert int("".join(str(int(c, 36)) for c in d[4:] + d[:4])) % 97 == 1, printed
    elif typ == "US_SSN":
        d = re.sub(r"[ -]", "", v)
        assert re.match(r"^\d{9}$", d), printed
        a, gg, s = int(d[:3]), int(d[3:5]), int(d[5:])
        assert 0 < a < 900 and a != 666 and gg and s, printed
    elif typ == "CN_RESIDENT_ID":
        assert re.match(r"^\d{17}[\dXx]$", v), printed
        assert v[:6] in CN_ID_AREAS, printed
        _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
        assert cnid_check(v[:17]) == v[17].upper(), printed
    elif typ == "PASSPORT":
        assert re.match(r"^[A-Z0-9]{7,9}$", v) and any(ch.isdigit() for ch in v), printed
    elif typ == "LICENSE_PLATE":
        assert any(p.match(v) for p in _PLATES), printed
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif typ == "CREDENTIAL":
        assert len(printed) >= 8 and not re.search(r"\s", printed), printed
    else:
        raise AssertionError(typ)


def _check_decoy(kind, printed):
    assert printed and printed == printed.strip(), (kind, printed)
    v = _decode(printed)
    if kind == "masked":
        assert "*" in v or v in TOKENS_MASKED, printed
    elif kind == "server_ip":
        ipaddress.ip_address(v)
    elif kind == "role_mailbox":
        assert ROLE_MAIL_RE.match(v), printed
    elif kind == "order_id":
        assert re.match(r"^[A-Z]{0,2}\d{11,20}$", v), printed
    elif kind in ("epoch_ts",):
        assert re.match(r"^\d{10}(\.\d+|\d{3})?$", v), printed


def _check(rec):
    text, spans, decoys = rec["text"], rec["spans"], rec["decoys"]
    assert isinstance(text, str) and text, "empty text"
    assert "\n" not in text and "\r" not in text, "newline in text"
    assert len(spans) <= 4, ("too many spans", text)
    assert len(decoys) <= 3, ("too many decoys", text)
    allv = []
    for s, e, t in spans:
        assert 0 <= s < e <= len(text), (s, e, text)
        assert t in TYPES, t
        allv.append((s, e))
    for s, e, k in decoys:
        assert 0 <= s < e <= len(text), (s, e, text)
        assert isinstance(k, str) and k and k not in TYPES, k
        allv.append((s, e))
    allv.sort()
    for (a, b), (c, d) in zip(allv, allv[1:]):
        assert b <= c, ("overlap", text, allv)
    for s, e, t in spans:
        _check_value(t, text[s:e])
    for s, e, k in decoys:
        _check_decoy(k, text[s:e])
    for s, e, t in spans:
        v = text[s:e]
        i = text.find(v)
        while i >= 0:
            assert any(a <= i and i + len(v) <= b for a, b in allv), ("unlabelled repeat", v, text)
            i = text.find(v, i + 1)


def validate(records):
    types, kinds, tmpl = Counter(), Counter(), Counter()
    clean = 0
    k = len(TEMPLATES)
    for rec in records:
        assert set(rec) == {"text", "spans", "decoys", "template"}, rec.keys()
        assert isinstance(rec["template"], int) and 0 <= rec["template"] < k
        _check(rec)
        tmpl[rec["template"]] += 1
        for _, _, t in rec["spans"]:
            types[t] += 1
        for _, _, kd in rec["decoys"]:
            kinds[kd] += 1
        if not rec["spans"] and TEMPLATES[rec["template"]][3] != "-":
            clean += 1
    return {"records": len(records), "templates": k, "templates_used": len(tmpl), "clean": clean,
            "types": dict(types), "kinds": dict(kinds)}


def template_table():
    rows = []
    for i, (fn, lang, system, spans, decoys) in enumerate(TEMPLATES):
        rows.append("%2d: %s / %s -- %s | %s" % (i, lang, system, spans, decoys))
    return "\n".join(rows)


if __name__ == "__main__":
    recs = blind_log13(5000, 0)
    c = validate(recs)
    print("records", c["records"], "templates", c["templates"], "used", c["templates_used"], "clean", c["clean"])
    zh = sum(1 for t in TEMPLATES if t[1] == "zh")
    print("templates zh/en: %d/%d" % (zh, len(TEMPLATES) - zh))
    print("per TYPE:")
    for t, n in sorted(c["types"].items(), key=lambda x: -x[1]):
        print("  %-16s %d" % (t, n))
    print("per decoy KIND:")
    for t, n in sorted(c["kinds"].items(), key=lambda x: -x[1]):
        print("  %-16s %d" % (t, n))
    if "--table" in sys.argv:
        print(template_table())
