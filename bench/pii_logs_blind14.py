r"""Blind labelled evaluation set no. 14 for a PII redactor working on logs.

Theme: one mixed operations log of a Chinese online travel and local-services platform
(hotel and flight booking, ride-hailing, food delivery, customer service), as the operations
team collects it in one place: nginx access/error lines, JSON and pattern lines from Java
(Logback, Log4j2), Go (zap, logrus), Python (logging, structlog, python-json-logger, Celery,
uvicorn) and Node (pino, winston) services, gateway and payment callbacks, SMS and push
providers, database slow logs, message-queue consumers, and Chinese (and some English) notes,
tickets and chat-bot alerts written by people.

Provenance
----------
Written blind on 2026-12-05.  Nothing of the project was read: no rules, tests, seeds, docs,
training data, curation code, notes or other evaluation sets, and the redactor was neither
imported nor run.  Formats come from general knowledge of how the named systems print their
logs (field order, key names, quoting and escaping, message wording).  Only the Python standard
library, Faker (40.x) and phonenumbers (9.x) are used.

API
---
blind_log14(n: int, seed: int = 0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans and decoys are lists of
    [start, end, TYPE or KIND] with Python code-point offsets into text; text[start:end] is
    the value exactly as printed (percent-encoded, \u-escaped, \xHH-escaped or JSON-escaped
    where the line prints it so).  One random.Random(seed) drives everything and the Faker
    instances (one per locale) are seeded from it, so output is stable for a given seed.
    Templates are used round-robin over one shuffled order; template numbers are 0..K-1.
    About one record in ten is "clean": every planted value is replaced by a masked
    placeholder (138****5678, 张*, [REDACTED], ...; recorded as decoy "masked") or by "-".
    A line whose first rendering breaks a check (e.g. a one-character surname that also
    occurs unlabelled elsewhere in the line) is re-rendered from the same template.
validate(records) -> dict
    Self-check; raises AssertionError on any problem: offsets in range, no label edge on
    whitespace or inside an ASCII alphanumeric run, spans overlap neither each other nor decoys, 0-4 spans and 0-3 decoys a line,
    every other occurrence of a span value in the line is itself covered by a span (a PERSON
    value may also sit inside a decoy), no newline in a text, template number in range,
    values are what their type says (after undoing the printed escaping).  Returns counters.
python pii_logs_blind14.py
    Generates 5,000 lines with seed 0, validates them and prints counts per TYPE and per
    decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES (first +
                last name, sometimes "LAST First"), romanized Chinese names, compound surnames
                (欧阳, 司马, 诸葛, ...), rare surnames (亓, 禚, 乜, ...), Uyghur, Tibetan and
                Mongolian names; surname-only spans before titles (王先生, 张师傅, Mr. Smith);
                GDS "SURNAME/GIVEN"; person logins (jsmith, zhang.wei, wangfang88, liu_y).
EMAIL_ADDRESS   pinyin / login based addresses at Chinese and international free mail
                domains, numeric QQ addresses, Faker free_email; raw or percent-encoded.
PHONE_NUMBER    CN mobiles (valid prefixes) printed plain, +86 spaced/dashed, 0086, 86-,
                ###-####-####, %2B86 in query strings; CN landlines with real area codes in
                several printings; foreign mobiles from phonenumbers.example_number_for_type
                for 20 regions with random tails, kept only if valid (INTERNATIONAL / E164 /
                RFC3966 body).  Every value is valid per phonenumbers.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55, 2221-2720), Amex, UnionPay (62 BINs, 16
                and 19 digits), JCB; plain, spaced or dashed.
IBAN_CODE       DE FR ES GB IT NL AT BE CH PT IE with correct length and mod-97 check digits;
                compact or grouped by four.
US_SSN          area 001-899 without 666, group and serial non-zero; dashed, spaced, plain.
CN_RESIDENT_ID  real-looking county codes, birth dates 1950-2007, GB 11643 check digit.
PASSPORT        CN (E########, E?#######, G########), US, GB, DE, FR, IN, AU, JP, KR shapes.
LICENSE_PLATE   province abbreviation + city letter + 5 characters or new-energy D/F + 5
                digits, optional "·" or space.
IP_ADDRESS      client addresses in Chinese carrier ranges, other global IPv4, IPv6 (240e:,
                2409:, ...); attackers use random global IPv4.
CREDENTIAL      passwords (random, word+year, pattern), JWTs, opaque bearer tokens, Aliyun
                LTAI / AWS AKIA / Tencent AKID access keys and their secrets, sk_live_, ghp_,
                xoxb- and hex API keys, JSESSIONID / PHPSESSID / connect.sid cookie values,
                private-key bodies, DingTalk robot access_token, DSN / URI / JDBC / basic-auth
                URL password parts (raw, percent- or nginx-escaped).

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (numeric QQ too); role mailboxes
  (service@, noreply@, alerts@, finance@, ...) -> decoy role_mailbox.
* Server / upstream / proxy / load balancer / DB / mail relay address -> decoy server_ip; a
  client's or user's address (workstation, phone, attacker) -> IP_ADDRESS.  Ports -> decoy port.
* Surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) -> PERSON on the surname
  only; "王建国主任医师" -> PERSON on 王建国; full names of staff (engineers, agents, doctors,
  运维, 值班人员, riders, drivers) are PERSON.
* Famous historical people / fictional characters -> decoy public_figure; brands named after
  people -> decoy company; streets, districts, scenic spots, hospitals, airports -> decoy place.
* Passwords, API keys, access and secret keys, session ids / cookie values, bearer tokens and
  JWTs (token only, not "Bearer"), private-key bodies (not the BEGIN/END lines), connection
  string and URL password parts -> CREDENTIAL.  One-time SMS codes / pickup codes -> decoy
  pickup_code.
* Person-looking logins (jsmith, zhang.wei) -> PERSON; root, admin, svc-*, DB and service
  accounts -> decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1), case numbers,
  工号, waybills, train / flight numbers, UUIDs, commit hashes, image digests, trace ids, epoch
  timestamps, amounts, ports, versions and similar -> decoys with a descriptive kind.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张小泉), but every other occurrence of a
  planted value in the line is itself labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.  Some templates
  carry no spans at all (only decoys) so that over-redaction is measured.

Decoy kinds: amount, auth_code, batch_id, booking_ref, card_last4, case_number, commit_hash,
company, device_token, employee_id, epoch_timestamp, flight_number, hotline, image_digest,
key_fingerprint, masked, merchant_id, msg_id, openid, order_id, pickup_code, place, port,
public_figure, queue_id, rider_id, role_mailbox, room_number, rule_id, server_ip, signature,
system_account, ticket_number, trace_id, train_number, uuid, version, waybill.

Templates (number: language / system -- spans | decoys; "or" = alternatives, "?" = sometimes)
-----------------------------------------------------------------------------------------------
0: en / nginx access log (combined) -- IP_ADDRESS, PHONE_NUMBER or EMAIL_ADDRESS | order_id
1: en / nginx access log (main + upstream timings, X-Forwarded-For) -- IP_ADDRESS, PERSON(basic-auth user) | server_ip, system_account
2: en / nginx error log (upstream failure) -- IP_ADDRESS, EMAIL_ADDRESS x2 (percent-encoded) | server_ip
3: en / nginx error log (scanner probing) -- IP_ADDRESS (attacker) | server_ip
4: en / nginx error log (limit_req on SMS endpoint) -- IP_ADDRESS, PHONE_NUMBER | -
5: en / nginx access log with $request_body (\x-escaped) -- IP_ADDRESS, PHONE_NUMBER, CREDENTIAL(password) | pickup_code
6: en / nginx access log, JSON log_format (escape=json) -- IP_ADDRESS, CREDENTIAL(bearer) | server_ip x2
7: en / nginx access log, raw UTF-8 query printed as \xHH -- IP_ADDRESS, PERSON(\x-escaped), EMAIL_ADDRESS | order_id
8: en / uvicorn access log -- IP_ADDRESS, PHONE_NUMBER or EMAIL_ADDRESS | port, pickup_code
9: en / HAProxy HTTP log via syslog -- IP_ADDRESS, EMAIL_ADDRESS? | port
10: en / Envoy access log (default format) -- EMAIL_ADDRESS (in path), IP_ADDRESS | uuid, server_ip
11: zh / Spring Boot 3 console log (Logback default pattern), 中文消息 -- PERSON, PHONE_NUMBER, CN_RESIDENT_ID | order_id
12: en / Logback JSON (logstash-logback-encoder) -- EMAIL_ADDRESS, IP_ADDRESS? | order_id, trace_id, server_ip?
13: zh / Log4j2 JsonLayout (compact), 出票失败 -- PERSON, PASSPORT or CN_RESIDENT_ID | epoch_timestamp, flight_number
14: zh / Log4j2 PatternLayout, Dubbo provider thread, 实名校验 -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER? | server_ip, port
15: zh / Go zap production JSON, 司机接单 -- PERSON, PHONE_NUMBER, LICENSE_PLATE | epoch_timestamp, order_id
16: en / Go zap development console encoder -- PERSON, PHONE_NUMBER | order_id
17: en / logrus TextFormatter (sorted keys) -- IP_ADDRESS, PERSON(login) | uuid, system_account?
18: en / logrus JSONFormatter (keys sorted, Go escaping) -- CREDIT_CARD, PERSON | amount, order_id
19: en / Python logging, dict repr of supplier request -- PERSON x2, PHONE_NUMBER, EMAIL_ADDRESS | -
20: zh / Python logging basicConfig default format, 旅客档案合并 -- PERSON, EMAIL_ADDRESS | -
21: en / structlog JSONRenderer (ensure_ascii) -- PERSON(\u-escaped), CN_RESIDENT_ID or PASSPORT | room_number
22: en / structlog ConsoleRenderer (sorted kv) -- EMAIL_ADDRESS, PERSON(login) | amount, card_last4, order_id
23: en / pino-http request log (Node) -- CREDENTIAL(JWT), IP_ADDRESS | epoch_timestamp, server_ip, port
24: zh / winston simple format, 骑手位置上报 -- PERSON, PHONE_NUMBER | rider_id
25: en / Alipay async notify, raw form body -- none | role_mailbox, signature, masked
26: en / WeChat Pay v3 notify, decrypted resource (Java) -- none | order_id, openid, amount
27: en / payment gateway card authorization (pattern layout) -- CREDIT_CARD, PERSON | trace_id, amount, auth_code
28: zh / 钉钉机器人告警 (人写模板) -- PERSON x2, PHONE_NUMBER | server_ip, port
29: zh / 飞书机器人 payload, json.dumps 默认 \u 转义 -- PERSON x2 (\u-escaped), PHONE_NUMBER | order_id
30: zh / 客服工单 (人写) -- PERSON(surname) , PHONE_NUMBER, EMAIL_ADDRESS, PERSON | case_number, place, employee_id
31: zh / 网约车派单日志 (中文) -- PERSON(surname+师傅), LICENSE_PLATE, PHONE_NUMBER, PERSON | order_id, place
32: zh / 外卖骑手取餐 (中文) -- PERSON, PERSON(surname+女士) | rider_id, pickup_code, masked
33: zh / 酒店前台交班记录 (中文) -- PERSON, CN_RESIDENT_ID, CREDIT_CARD | room_number, amount
34: zh / 体检/挂号预约成功 (中文) -- PERSON(doctor), PERSON, CN_RESIDENT_ID, PHONE_NUMBER | place(hospital)
35: zh / 火车票购票成功 (中文) -- PERSON, CN_RESIDENT_ID | train_number, amount
36: en / GDS / PNR display line -- PERSON x2 (SURNAME/GIVEN) | booking_ref, flight_number, ticket_number
37: en / Lombok toString of a guest profile (Java) -- PERSON x2, PASSPORT, EMAIL_ADDRESS or PHONE_NUMBER | -
38: en / US partner onboarding (W-9 intake) -- PERSON, US_SSN, EMAIL_ADDRESS | -
39: en / overseas settlement payout (IBAN) -- PERSON, IBAN_CODE | batch_id, company, amount
40: en / sshd auth log (syslog) -- PERSON(login) / none, IP_ADDRESS | port, key_fingerprint or system_account
41: en / sudo log (syslog) -- PERSON(login) x2 | system_account
42: en / Postfix smtp / qmgr log -- EMAIL_ADDRESS or none | queue_id, server_ip or role_mailbox
43: en / MySQL slow query log (multi-line joined) -- PHONE_NUMBER or EMAIL_ADDRESS or CN_RESIDENT_ID | system_account, server_ip, epoch_timestamp
44: en / PostgreSQL slow statement with bind parameters -- PERSON, CN_RESIDENT_ID or PASSPORT | system_account
45: en / MongoDB 4.4+ structured log, slow query -- PHONE_NUMBER, PERSON? | server_ip, port
46: en / Spring Kafka ConsumerRecord dump -- PERSON, PHONE_NUMBER | epoch_timestamp, order_id, amount
47: zh / RocketMQ 消费失败 (中文) -- PERSON, PHONE_NUMBER | msg_id, order_id
48: en / Celery worker task result -- EMAIL_ADDRESS | uuid, role_mailbox
49: en / Aliyun SMS SendSms request/response -- PHONE_NUMBER x1-2 | pickup_code, uuid
50: en / Tencent Cloud SMS response JSON -- PHONE_NUMBER | msg_id, uuid
51: en / APNs push result (phone embedded in alias) -- PHONE_NUMBER | uuid, device_token, flight_number
52: zh / 实名认证 第三方核验 (中文) -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER | -
53: zh / 变更记录：重置生产账号密码 (人写) -- PERSON x2, CREDENTIAL | system_account
54: en / incident note (English, human) -- PERSON | case_number, version, server_ip
55: en / CS ticket (English, human) -- PERSON(surname after title), EMAIL_ADDRESS, PERSON(agent) | case_number, card_last4
56: en / Go service panic with DSN / Mongo URI / JDBC URL -- CREDENTIAL | server_ip, system_account
57: en / cloud access-key leak in SDK init log -- CREDENTIAL x2 | -
58: en / CI/CD deploy line -- PERSON(login) | version, commit_hash, image_digest
59: en / Kubernetes event (kubectl get events) -- none | version, uuid
60: zh / WAF 拦截告警 (中文) -- IP_ADDRESS | rule_id
61: zh / Alertmanager -> 企业微信 (中文) -- PERSON, PHONE_NUMBER | server_ip, port
62: zh / 在线客服会话记录 (中文) -- PERSON(agent), PERSON(surname+先生/女士), EMAIL_ADDRESS | employee_id, order_id
63: zh / 智能客服用户输入 (中文) -- PERSON(login), PHONE_NUMBER | masked
64: zh / Logback pattern with MDC trace, 修改邮箱 (中文) -- PERSON, EMAIL_ADDRESS x2 | trace_id
65: zh / 短信内容下发记录 (中文) -- PHONE_NUMBER, PERSON | company, order_id, hotline
66: zh / 台湾旅客訂房確認 (繁體) -- PERSON, PHONE_NUMBER, PASSPORT | place
67: en / Java exception message (account locked) -- PERSON(login), IP_ADDRESS | epoch_timestamp
68: en / logrus TTY text with %+v struct -- PERSON, PHONE_NUMBER, CREDIT_CARD | order_id, amount
69: zh / 运营日报 (人写)，品牌名含人名 -- PERSON x2, PERSON(surname+经理) | company
70: en / promo booking note with public figure -- PERSON, EMAIL_ADDRESS, PERSON(surname after title) | public_figure, company?
71: zh / 旅游套餐下单 (名人故里) -- PERSON, PHONE_NUMBER | public_figure, order_id
72: en / request filter log with Cookie header -- CREDENTIAL(session id), IP_ADDRESS | -
73: en / config dump with private key body -- CREDENTIAL(private key body) | merchant_id
74: en / supplier feed fetch with basic-auth URL -- CREDENTIAL(URL password) | system_account
75: zh / 钉钉机器人推送失败 (URL 带 access_token) -- CREDENTIAL | -
76: zh / 快递揽收通知 (中文) -- PERSON x2, PHONE_NUMBER | waybill
77: en / python-json-logger auth line -- PERSON(login) or EMAIL_ADDRESS, IP_ADDRESS | -
78: zh / 安全中心一键报警 (中文) -- PERSON x2, PHONE_NUMBER, LICENSE_PLATE | order_id
79: zh / Python logging 发券 (中文) -- PERSON(login), PHONE_NUMBER | amount
80: zh / logrus text, 中文 msg (骑手送达) -- PERSON, PHONE_NUMBER | order_id
81: zh / pino JSON, 中文 msg (客服转人工) -- PERSON, EMAIL_ADDRESS | epoch_timestamp, uuid
82: zh / 退款审批 (人写) -- PERSON(staff), PERSON(holder) | order_id, amount, card_last4
83: zh / 航班延误推送 (中文) -- PERSON(surname+女士/先生), PHONE_NUMBER | flight_number, uuid
84: zh / 验证码短信 (中文) -- PHONE_NUMBER | pickup_code
85: zh / 呼叫中心通话记录 (中文) -- PHONE_NUMBER, PERSON(agent) | employee_id
86: zh / 司机注册审核 (中文) -- PERSON x2, CN_RESIDENT_ID, LICENSE_PLATE | -
87: zh / 发布通知 (中文) -- none | version, commit_hash, case_number
88: zh / 订单状态同步 (只有脱敏值) -- none | masked, place, order_id
"""
from __future__ import annotations

import base64
import ipaddress
import json
import random
import re
import sys
import unicodedata
import urllib.parse
import uuid
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import phonenumbers
from faker import Faker

SPAN_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
    "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS", "CREDENTIAL",
)
LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
TZ8 = timezone(timedelta(hours=8))
BASE = datetime(2026, 12, 5, 0, 0, 0, tzinfo=TZ8)
MAX_SPANS, MAX_DECOYS = 4, 3

# --------------------------------------------------------------------------- escaping


def J(v):
    """JSON string body, UTF-8 kept (Jackson, zap, pino, Mongo, nginx escape=json)."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


def JA(v):
    """JSON string body, \\u-escaped (Python json.dumps default, structlog)."""
    return json.dumps(v)[1:-1]


def GOJ(v):
    """Go encoding/json string body (escapes <, >, &)."""
    return J(v).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def PCT(v):
    return urllib.parse.quote(v, safe="")


def FORM(v):
    return urllib.parse.quote_plus(v)


def NX(v):
    """nginx variable escaping in access logs: \", \\, control and non-ASCII bytes -> \\xHH."""
    out = []
    for b in v.encode("utf-8"):
        if b < 0x20 or b >= 0x7F or b in (0x22, 0x5C):
            out.append("\\x%02X" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def GOQ(v):
    """Body of Go strconv.Quote (printable Unicode kept)."""
    out = []
    for c in v:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif ord(c) < 0x20:
            out.append("\\x%02x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def asciify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", s)


# --------------------------------------------------------------------------- line builder


class Raw(str):
    """A JSON value printed without quotes."""


class Line:
    def __init__(self):
        self.items = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            if x:
                self.items.append((x, None))
        return self

    def s(self, v, typ):
        assert typ in SPAN_TYPES, typ
        assert v, typ
        self.items.append((v, ("S", typ)))
        return self

    def d(self, v, kind):
        assert v, kind
        self.items.append((str(v), ("D", kind)))
        return self

    def p(self, v, lab=None):
        if lab is None:
            return self.t(v)
        if lab in SPAN_TYPES:
            return self.s(v, lab)
        return self.d(v, lab)

    def finish(self, r, clean):
        items = list(self.items)
        dec_idx = [i for i, (_, l) in enumerate(items) if l and l[0] == "D"]
        if len(dec_idx) > MAX_DECOYS:  # keep at most three decoys; extra ones become plain text
            drop = r.sample(dec_idx, len(dec_idx) - MAX_DECOYS)
            for i in drop:
                items[i] = (items[i][0], None)
            dec_idx = [i for i in dec_idx if i not in drop]
        budget = MAX_DECOYS - len(dec_idx)
        text, spans, decoys, pos = [], [], [], 0
        for v, l in items:
            if l and l[0] == "S" and clean:
                if budget > 0 and r.random() < 0.75:
                    v, l = mask(v, l[1], r), ("D", "masked")
                    budget -= 1
                else:
                    v, l = "-", None
            if l:
                (spans if l[0] == "S" else decoys).append([pos, pos + len(v), l[1]])
            text.append(v)
            pos += len(v)
        return {"text": "".join(text), "spans": spans, "decoys": decoys}


def put(L, v, lab):
    return L.p(v, lab)


def jo(L, pairs, esc=J, sp=False, close=True):
    """Emit a JSON object; pairs = (key, value[, label]); value may be Raw, int/float, str,
    a list of pairs (nested object) or ("arr", [values])."""
    c, k = (", ", ": ") if sp else (",", ":")
    L.t("{")
    for i, pr in enumerate(pairs):
        key, val = pr[0], pr[1]
        lab = pr[2] if len(pr) > 2 else None
        if i:
            L.t(c)
        L.t('"' + esc(key) + '"' + k)
        jv(L, val, lab, esc, sp)
    if close:
        L.t("}")


def jv(L, val, lab, esc, sp):
    if isinstance(val, list):
        jo(L, val, esc, sp)
    elif isinstance(val, tuple) and val and val[0] == "arr":
        L.t("[")
        for i, x in enumerate(val[1]):
            if i:
                L.t(", " if sp else ",")
            jv(L, x, None, esc, sp)
        L.t("]")
    elif isinstance(val, bool):
        L.t("true" if val else "false")
    elif val is None:
        L.t("null")
    elif isinstance(val, (Raw, int, float)):
        put(L, str(val), lab)
    else:
        L.t('"')
        put(L, esc(val), lab)
        L.t('"')


def pyd(L, pairs):
    """Emit a Python dict repr; value str -> repr, list of pairs -> dict, ("arr", [..]) -> list."""
    L.t("{")
    for i, pr in enumerate(pairs):
        key, val = pr[0], pr[1]
        lab = pr[2] if len(pr) > 2 else None
        if i:
            L.t(", ")
        L.t(repr(key) + ": ")
        pyv(L, val, lab)
    L.t("}")


def pyv(L, val, lab):
    if isinstance(val, list):
        pyd(L, val)
    elif isinstance(val, tuple) and val and val[0] == "arr":
        L.t("[")
        for i, x in enumerate(val[1]):
            if i:
                L.t(", ")
            pyv(L, x, None)
        L.t("]")
    elif isinstance(val, (Raw, int, float)) or val is None:
        put(L, str(val), lab)
    else:
        rr = repr(val)
        L.t(rr[0])
        put(L, rr[1:-1], lab)
        L.t(rr[-1])


# --------------------------------------------------------------------------- masking (clean lines)

GENERIC_MASKS = ("***", "******", "[REDACTED]", "<masked>", "[FILTERED]", "********")


def _mask_digits(v, keep_head, keep_tail):
    pos = [i for i, c in enumerate(v) if c.isdigit()]
    n = len(pos)
    hide = set(pos[keep_head:max(keep_head, n - keep_tail)])
    return "".join("*" if i in hide else c for i, c in enumerate(v))


def mask(v, typ, r):
    if "\\" in v or "%" in v or r.random() < 0.25:
        return r.choice(GENERIC_MASKS)
    if typ == "PHONE_NUMBER":
        return _mask_digits(v, 3, 4)
    if typ == "CREDIT_CARD":
        return _mask_digits(v, 6, 4)
    if typ == "CN_RESIDENT_ID":
        return v[:r.choice((1, 3, 6))] + "*" * 10 + v[-4:] if len(v) > 14 else "*" * len(v)
    if typ == "US_SSN":
        return "***-**-" + v[-4:]
    if typ == "EMAIL_ADDRESS" and "@" in v:
        loc, dom = v.split("@", 1)
        return loc[:1] + "***@" + dom
    if typ == "PERSON":
        if len(v) <= 1:
            return "*"
        if ord(v[0]) > 0x2E80:
            return v[0] + "*" * (len(v) - 1)
        return v[0] + "***"
    if typ == "IBAN_CODE":
        return v[:4] + " **** **** " + v[-4:]
    if typ == "PASSPORT":
        return v[0] + "*" * (len(v) - 3) + v[-2:]
    if typ == "LICENSE_PLATE":
        return v[:2] + "***" + v[-2:]
    if typ == "IP_ADDRESS":
        if "." in v and ":" not in v:
            a = v.split(".")
            return a[0] + "." + a[1] + ".*.*"
        return v.split(":")[0] + ":****:****"
    return r.choice(GENERIC_MASKS)


# --------------------------------------------------------------------------- static data

CN_AREAS = (
    "110101", "110102", "110105", "110108", "120101", "120104", "130102", "130104", "140105",
    "150102", "210102", "210202", "220102", "230103", "310101", "310104", "310105", "310112",
    "310115", "320102", "320106", "320506", "330102", "330106", "330205", "340104", "350102",
    "350203", "360102", "370102", "370202", "410105", "420106", "420111", "430104", "430105",
    "440103", "440106", "440304", "440305", "441900", "450103", "460105", "460203", "500103",
    "500106", "510104", "510107", "520102", "530102", "540102", "610113", "620102", "630102",
    "640104", "650102",
)
CN_PROVINCES = {a[:2] for a in CN_AREAS}
GB_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
GB_C = "10X98765432"
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
    "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
    "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195",
    "198", "199",
)
LANDLINE_AREAS = (
    "10", "20", "21", "22", "23", "24", "25", "27", "28", "29", "755", "571", "898", "871", "532",
    "591", "731", "371", "551", "592", "512", "757", "769",
)
INTL_REGIONS = (
    "US", "GB", "AU", "IN", "DE", "FR", "ES", "JP", "KR", "SG", "HK", "TW", "MO", "TH", "MY",
    "CA", "NZ", "IT", "RU", "AE",
)
PHONE_REGIONS = ("CN",) + INTL_REGIONS
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "澹台", "呼延", "百里",
)
RARE_SURNAMES = (
    "亓", "佘", "靳", "禚", "乜", "仝", "鄢", "逄", "厍", "芮", "訾", "阚", "丌", "谯", "缑",
    "邸", "郗", "暨", "麻", "揭", "笪", "衡", "岑", "冼", "覃",
)
UYGHUR_GIVEN = ("艾力", "买买提", "阿不都", "热合曼", "努尔", "古丽", "阿依古丽", "帕提古丽",
                "麦尔丹", "艾则孜", "迪力夏提", "再努尔")
UYGHUR_FATHER = ("吐尔逊", "艾买提", "卡德尔", "阿吉", "司马义", "玉素甫", "吾守尔", "阿不力孜")
TIBETAN = ("扎西", "次仁", "卓玛", "格桑", "央金", "索朗", "多吉", "拉姆", "平措", "达瓦",
           "旺堆", "尼玛", "德吉", "边巴")
MONGOL = ("巴特尔", "乌云其木格", "额尔敦", "苏日娜", "那仁满都拉", "朝鲁门", "宝音", "图雅",
          "阿拉坦仓", "其其格")
ZH_TITLES = ("先生", "女士", "小姐", "经理", "师傅", "总", "老师", "工", "主管", "阿姨")
EN_TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms", "Prof.", "Capt.")
DOC_TITLES = ("主任医师", "副主任医师", "主治医师", "医生", "教授")
FIG_ZH = ("李白", "杜甫", "孔子", "鲁迅", "苏轼", "岳飞", "诸葛亮", "孙悟空", "猪八戒", "林黛玉",
          "花木兰", "郑和", "曹操", "白居易")
FIG_EN = ("Harry Potter", "Sherlock Holmes", "Mickey Mouse", "Shakespeare", "Albert Einstein",
          "Winnie the Pooh", "Mr. Bean", "Peter Pan", "Napoleon", "Paddington Bear")
BRAND_ZH = ("张小泉", "王老吉", "李宁", "周大福", "陈李济", "马应龙", "王致和", "李锦记", "周黑鸭",
            "杨国福麻辣烫", "张亮麻辣烫", "李先生牛肉面", "袁记云饺", "陈香贵", "麦当劳", "希尔顿",
            "万豪", "丽思卡尔顿", "温德姆")
BRAND_EN = ("McDonald's", "Wendy's", "Hilton", "Marriott", "Ritz-Carlton", "Dr. Martens",
            "Dr Pepper", "Ben & Jerry's", "Tim Hortons", "Papa John's", "Wyndham", "Tesla")
PLACES_ZH = ("王府井", "陆家嘴", "徐家汇", "张江高科", "周庄古镇", "黄浦江畔", "岳麓山", "武侯祠",
             "中关村", "外滩", "西湖", "三里屯", "虹桥火车站", "首都国际机场T3", "亚龙湾", "鼓浪屿",
             "宽窄巷子", "解放碑", "春熙路", "夫子庙", "南锣鼓巷", "洪崖洞", "大雁塔", "田子坊",
             "新天地", "深圳湾公园", "白云机场", "杜甫草堂", "中山公园")
HOSPITALS = ("北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "瑞金医院",
             "中山大学附属第一医院", "浙江大学医学院附属第一医院", "广东省人民医院", "湘雅医院",
             "美年大健康(陆家嘴分院)", "爱康国宾(王府井分院)")
PLACES_EN = ("Baker Street", "Oxford Street", "King's Cross", "Abbey Road", "Wall Street",
             "Lincoln Park", "St Thomas' Hospital", "Johns Hopkins Hospital", "Victoria Station",
             "Bondi Beach", "Marina Bay Sands")
CITIES = ("北京", "上海", "广州", "深圳", "杭州", "成都", "重庆", "西安", "三亚", "厦门", "南京", "武汉",
          "长沙", "昆明", "青岛", "大连")
PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
AIRLINES = ("MU", "CA", "CZ", "HU", "3U", "MF", "ZH", "9C", "HO", "FM", "SC", "KN", "GJ")
SYS_ACCOUNTS = ("root", "admin", "administrator", "oracle", "postgres", "mysql", "ubuntu",
                "ec2-user", "deploy", "jenkins", "svc-ride-dispatch", "svc-sms-sender",
                "svc-pay-callback", "www-data", "nginx", "test", "guest", "canal", "repl")
DB_ACCOUNTS = ("hotel_rw", "booking_ro", "app_rw", "ride_app", "pay_rw", "canal", "dts_sync",
               "svc-order")
ROLE_LOCALS = ("service", "noreply", "no-reply", "alerts", "kefu", "support", "finance", "ops",
               "postmaster", "billing", "invoice", "notice", "booking")
ROLE_DOMAINS = ("tuyue-travel.cn", "mail.tuyue-travel.cn", "tuyue.com.cn", "partner-hotels.com")
CN_MAIL = ("163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "sohu.com", "139.com",
           "aliyun.com", "yeah.net", "outlook.com", "gmail.com", "hotmail.com", "icloud.com")
CLIENT_PREFIXES = ("223.104", "117.136", "112.97", "183.192", "36.110", "39.144", "114.242",
                   "120.229", "221.218", "58.246", "111.192", "106.39", "171.43", "180.168",
                   "125.33", "113.87", "27.38", "59.172", "101.86", "218.17", "124.64")
UAS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2d) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "TuYue/8.12.0 (iPhone; iOS 17.1; Scale/3.00)",
    "TuYue/8.11.3 (Android 14; HUAWEI ALN-AL00)",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 12; M2012K11AC MIUI/V14.0.6.0.SKHCNXM)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
    "curl/7.81.0",
    "Apache-HttpClient/4.5.13 (Java/1.8.0_372)",
)
IBAN_SPECS = {  # country: (length, bban builder pattern) a=upper letter, n=digit
    "DE": (22, "n" * 18), "FR": (27, "n" * 23), "ES": (24, "n" * 20), "GB": (22, "aaaa" + "n" * 14),
    "IT": (27, "a" + "n" * 22), "NL": (18, "aaaa" + "n" * 10), "AT": (20, "n" * 16),
    "BE": (16, "n" * 12), "CH": (21, "n" * 17), "PT": (25, "n" * 21), "IE": (22, "aaaa" + "n" * 14),
}
IBAN_BANKS = {"GB": ("NWBK", "BARC", "HBUK", "MIDL", "LOYD"), "NL": ("ABNA", "INGB", "RABO"),
              "IE": ("AIBK", "BOFI")}


def f_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0800")


def f_err(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def f_ms(t):
    return "%03d" % (t.microsecond // 1000)


def f_iso(t, sep="T", tz="+08:00"):
    return t.strftime("%Y-%m-%d" + sep + "%H:%M:%S.") + f_ms(t) + tz


def f_utcz(t, digits=3):
    u = t.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ("%06d" % u.microsecond)[:digits] + "Z"


def f_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f_ms(t)


def f_dash(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f_ms(t)


def f_sys(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def epoch(t):
    return int(t.timestamp())


def epoch_ms(t):
    return int(t.timestamp()) * 1000 + t.microsecond // 1000


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gb11643(body17):
    return GB_C[sum(int(a) * w for a, w in zip(body17, GB_W)) % 11]


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


# --------------------------------------------------------------------------- generators


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.t = BASE

    # -- basics
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=True):
        r = self.r
        s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
        return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))

    def hexs(self, n, upper=False):
        s = "%0*x" % (n, self.r.getrandbits(4 * n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b64(self, nbytes, url=False):
        raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        if url:
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return base64.b64encode(raw).decode()

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    def when(self):
        self.t = BASE + timedelta(seconds=self.r.randrange(86400), microseconds=self.r.randrange(10**6))
        return self.t

    # -- persons
    def zh_sur_given(self):
        """(surname, full) for a Chinese name that has a surname."""
        r, f = self.r, self.fk["zh_CN"]
        x = r.random()
        if x < 0.72:
            s = f.last_name()
            return s, s + f.first_name()
        if x < 0.84:
            s = r.choice(COMPOUND_SURNAMES)
        elif x < 0.93:
            s = r.choice(RARE_SURNAMES)
        else:
            ft = self.fk["zh_TW"]
            s = ft.last_name()
            return s, s + ft.first_name()
        given = f.first_name()
        if len(s) == 2 and len(given) == 2 and r.random() < 0.5:
            given = given[:1]
        return s, s + given

    def minority(self):
        r = self.r
        x = r.random()
        if x < 0.4:
            return r.choice(UYGHUR_GIVEN) + "·" + r.choice(UYGHUR_FATHER)
        if x < 0.75:
            a, b = r.sample(TIBETAN, 2)
            return a + b
        return r.choice(MONGOL)

    def zh_name(self):
        if self.r.random() < 0.08:
            return self.minority()
        return self.zh_sur_given()[1]

    def zh_sur(self):
        return self.zh_sur_given()[0]

    def en_parts(self, with_roman=True):
        """(first, last) from a non-Chinese locale, or a romanized Chinese name."""
        r = self.r
        if with_roman and r.random() < 0.18:
            f = self.fk["zh_CN"]
            return f.first_romanized_name(), f.last_romanized_name()
        loc = r.choice(("en_US", "en_US", "en_GB", "en_GB", "en_AU", "en_IN", "en_IN", "de_DE",
                        "fr_FR", "es_ES"))
        f = self.fk[loc]
        return f.first_name(), f.last_name()

    def en_name(self):
        first, last = self.en_parts()
        if self.r.random() < 0.1:
            return last.upper() + " " + first
        return first + " " + last

    def en_sur(self):
        return self.en_parts()[1]

    def any_name(self):
        return self.zh_name() if self.r.random() < 0.5 else self.en_name()

    def pinyin(self):
        f = self.fk["zh_CN"]
        return f.last_romanized_name().lower(), f.first_romanized_name().lower()

    def login(self):
        r = self.r
        for _ in range(20):
            x = r.random()
            if x < 0.28:
                first, last = self.en_parts(False)
                s = (asciify(first)[:1] + asciify(last)).lower()
            elif x < 0.55:
                ln, fn = self.pinyin()
                s = ln + "." + fn
            elif x < 0.78:
                ln, fn = self.pinyin()
                s = ln + fn + "%02d" % r.randint(1, 99)
            elif x < 0.9:
                first, last = self.en_parts(False)
                s = (asciify(first) + "." + asciify(last)).lower()
            else:
                ln, fn = self.pinyin()
                s = ln + "_" + fn[:1]
            if len(s) >= 4 and s[0].isalpha():
                return s
        return "zhang.wei"

    # -- emails
    def email_cn(self):
        r = self.r
        x = r.random()
        if x < 0.25:
            return str(r.randint(10000, 3999999999)) + "@qq.com"
        ln, fn = self.pinyin()
        dom = r.choice(CN_MAIL)
        if x < 0.5:
            return ln + fn + "%02d" % r.randint(0, 99) + "@" + dom
        if x < 0.7:
            return fn + "." + ln + "@" + dom
        if x < 0.85:
            return self.login() + "@" + dom
        return ln + "_" + fn + str(r.randint(1970, 2005)) + "@" + dom

    def email_intl(self):
        r = self.r
        first, last = self.en_parts()
        a, b = asciify(first).lower(), asciify(last).lower()
        if not a or not b or r.random() < 0.3:
            return self.fk[r.choice(LOCALES[2:])].free_email()
        dom = r.choice(("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "bigpond.com",
                        "web.de", "gmx.de", "orange.fr", "free.fr", "hotmail.es", "icloud.com",
                        "rediffmail.com", "protonmail.com"))
        x = r.random()
        if x < 0.5:
            return a + "." + b + "@" + dom
        if x < 0.75:
            return a[0] + b + "%02d" % r.randint(0, 99) + "@" + dom
        return a + "_" + b + "@" + dom

    def email(self):
        return self.email_cn() if self.r.random() < 0.6 else self.email_intl()

    def role_mail(self, dom=None):
        return self.ch(ROLE_LOCALS) + "@" + (dom or self.ch(ROLE_DOMAINS))

    # -- phones
    def mobile(self):
        for _ in range(50):
            d = self.ch(MOBILE_PREFIXES) + self.digits(8, False)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "CN")):
                return d
        raise RuntimeError("mobile")

    def fmt_mobile(self, d, style=None):
        r = self.r
        if style is None:
            style = r.choices(range(9), weights=(34, 10, 6, 8, 9, 8, 6, 5, 4))[0]
        return (d, "+86 %s %s %s" % (d[:3], d[3:7], d[7:]), "+86-%s-%s-%s" % (d[:3], d[3:7], d[7:]),
                "+86" + d, "%s-%s-%s" % (d[:3], d[3:7], d[7:]), "%s %s %s" % (d[:3], d[3:7], d[7:]),
                "0086 " + d, "+86 " + d, "86-" + d)[style]

    def cn_mobile(self, style=None):
        return self.fmt_mobile(self.mobile(), style)

    def landline(self):
        r = self.r
        for _ in range(50):
            area = r.choice(LANDLINE_AREAS)
            sub = str(r.randint(2, 8)) + self.digits(7, False)
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + area + sub, "CN")):
                x = r.random()
                if x < 0.35:
                    return "0%s-%s" % (area, sub)
                if x < 0.5:
                    return "(0%s) %s %s" % (area, sub[:4], sub[4:])
                if x < 0.65:
                    return "0%s%s" % (area, sub)
                if x < 0.8:
                    return "+86 %s %s %s" % (area, sub[:4], sub[4:])
                if x < 0.9:
                    return "+86-%s-%s" % (area, sub)
                return "0%s %s" % (area, sub)
        raise RuntimeError("landline")

    def intl_phone(self, region=None):
        r = self.r
        for _ in range(100):
            reg = region or r.choice(INTL_REGIONS)
            ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
            nat = str(ex.national_number)
            k = min(len(nat) - 2, r.choice((4, 5, 6)))
            nat = nat[:-k] + self.digits(k, False)
            try:
                num = phonenumbers.parse("+%d%s" % (ex.country_code, nat), None)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num):
                continue
            x = r.random()
            if x < 0.6:
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            if x < 0.9:
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.RFC3966)[4:]
        raise RuntimeError("intl phone")

    def phone(self):
        x = self.r.random()
        if x < 0.7:
            return self.cn_mobile()
        if x < 0.8:
            return self.landline()
        return self.intl_phone()

    def phone_q(self):
        """phone as printed in a query string."""
        d = self.mobile()
        x = self.r.random()
        if x < 0.7:
            return d
        if x < 0.9:
            return "%2B86" + d
        return "%2B86%20" + d

    # -- ids
    def cn_id(self):
        r = self.r
        area = r.choice(CN_AREAS)
        bd = date(1950, 1, 1) + timedelta(days=r.randrange(0, 365 * 58))
        body = area + bd.strftime("%Y%m%d") + "%03d" % r.randint(1, 999)
        return body + gb11643(body)

    def card_digits(self, brand=None):
        r = self.r
        brand = brand or r.choices(("visa", "mc", "amex", "cup", "jcb"), weights=(30, 22, 10, 32, 6))[0]
        if brand == "visa":
            pre, n = "4" + self.digits(5, False), 16
        elif brand == "mc":
            pre, n = (str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))), 16
        elif brand == "amex":
            pre, n = r.choice(("34", "37")), 15
        elif brand == "jcb":
            pre, n = str(r.randint(3528, 3589)), 16
        else:
            pre, n = r.choice(("622202", "621700", "622848", "623668", "621483", "622588", "625807",
                               "622700", "621226")), r.choice((16, 16, 19))
        body = pre + self.digits(n - 1 - len(pre), False)
        return body + luhn_digit(body)

    def fmt_card(self, d):
        r = self.r
        x = r.random()
        if x < 0.55:
            return d
        sep = " " if x < 0.85 else "-"
        if len(d) == 15:
            return sep.join((d[:4], d[4:10], d[10:]))
        return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

    def card(self, brand=None):
        return self.fmt_card(self.card_digits(brand))

    def iban(self, cc=None, spaced=None):
        r = self.r
        cc = cc or r.choice(tuple(IBAN_SPECS))
        n, pat = IBAN_SPECS[cc]
        if cc in IBAN_BANKS:
            bban = r.choice(IBAN_BANKS[cc]) + self.digits(len(pat) - 4, False)
        else:
            bban = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "a" else str(r.randint(0, 9))
                           for c in pat)
        chk = 98 - iban_num(bban + cc + "00") % 97
        s = cc + "%02d" % chk + bban
        assert len(s) == n
        if spaced is None:
            spaced = r.random() < 0.5
        if spaced:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        x = r.random()
        if x < 0.75:
            return "%03d-%02d-%04d" % (a, g, s)
        if x < 0.9:
            return "%03d %02d %04d" % (a, g, s)
        return "%03d%02d%04d" % (a, g, s)

    def passport(self, nat=None):
        r = self.r
        nat = nat or r.choice(("CN", "CN", "CN", "US", "GB", "DE", "FR", "IN", "AU", "JP", "KR"))
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if nat == "CN":
            x = r.random()
            if x < 0.55:
                return "E" + self.digits(8, False)
            if x < 0.85:
                return "E" + r.choice("ABCDEFGHJKLMN") + self.digits(7, False)
            return "G" + self.digits(8, False)
        if nat == "US":
            return self.digits(9) if r.random() < 0.5 else r.choice("ABC") + self.digits(8, False)
        if nat == "GB":
            return self.digits(9)
        if nat == "DE":
            return "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(7)) + str(r.randint(0, 9))
        if nat == "FR":
            return "%02d" % r.randint(10, 99) + r.choice(L) + r.choice(L) + self.digits(5, False)
        if nat == "IN":
            return r.choice(L) + self.digits(7)
        if nat == "AU":
            return r.choice(("PA", "PB", "N", "E")) + self.digits(7)
        if nat == "JP":
            return r.choice(("TK", "TR", "MZ")) + self.digits(7)
        return "M" + self.digits(8)

    def plate(self):
        r = self.r
        p = r.choice(PROVINCE_ABBR)
        city = r.choice(PLATE_LET[:12])
        if r.random() < 0.3:
            tail = r.choice("DF") + self.digits(5, False)
        else:
            tail = "".join(r.choice("0123456789" * 3 + PLATE_LET) for _ in range(5))
        sep = r.choices(("", "·", " "), weights=(65, 25, 10))[0]
        return p + city + sep + tail

    # -- network
    def client_ip(self, v6=None):
        r = self.r
        x = r.random()
        if v6 is None:
            v6 = x > 0.9
        if v6:
            pre = r.choice(("240e", "2409", "2408", "2401", "2a02"))
            groups = [pre] + ["%x" % r.getrandbits(16) for _ in range(7)]
            if r.random() < 0.3:
                groups[4:7] = ["0", "0", "0"]
            return str(ipaddress.IPv6Address(":".join(groups)))
        if x < 0.75:
            return r.choice(CLIENT_PREFIXES) + ".%d.%d" % (r.randint(0, 255), r.randint(1, 254))
        return self.public_ip()

    def public_ip(self):
        r = self.r
        while True:
            a = ipaddress.IPv4Address(r.getrandbits(32))
            if a.is_global and not a.is_multicast and str(a).split(".")[-1] not in ("0", "255"):
                return str(a)

    def server_ip(self):
        r = self.r
        x = r.random()
        if x < 0.6:
            return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if x < 0.85:
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))

    def ua(self):
        return self.ch(UAS)

    # -- credentials
    def password(self):
        r = self.r
        x = r.random()
        if x < 0.35:
            return self.alnum(r.randint(10, 16), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!@#$%^&*_-")
        if x < 0.6:
            w = r.choice(("Tuyue", "hotel", "Ride", "summer", "Dragon", "Welcome", "Passw0rd", "qwe", "Admin", "zaq1"))
            return w + r.choice(("@", "#", "!", "_", "")) + str(r.randint(2019, 2027)) + r.choice(("", "!", "#", "."))
        if x < 0.8:
            return self.alnum(r.randint(8, 12), "abcdefghijkmnpqrstuvwxyz0123456789")
        return self.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "-" + self.alnum(4, "abcdefghijkmnpqrstuvwxyz0123456789") + "-" + self.digits(4)

    def jwt(self):
        r = self.r
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": r.choice(("HS256", "RS256")), "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
        body = {"sub": str(r.randint(10000, 99999999)), "iat": epoch(self.t), "exp": epoch(self.t) + 7200}
        if r.random() < 0.5:
            body["scope"] = "app:user"
        pl = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
        return hdr + "." + pl + "." + self.b64(32 if hdr.endswith("9") else 64, url=True)

    def bearer(self):
        x = self.r.random()
        if x < 0.6:
            return self.jwt()
        if x < 0.8:
            return self.hexs(40)
        return self.b64(33, url=True)

    def api_key(self):
        r = self.r
        x = r.random()
        if x < 0.18:
            return "sk_live_" + self.alnum(r.choice((24, 32)))
        if x < 0.33:
            return "ghp_" + self.alnum(36)
        if x < 0.45:
            return "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.alnum(24)
        if x < 0.7:
            return self.hexs(32)
        return self.alnum(40)

    def private_key_body(self):
        return "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + self.b64(60)

    # -- decoy values
    def order_id(self, style=None):
        r = self.r
        style = r.randint(0, 6) if style is None else style
        t = self.t
        if style == 0:
            return r.choice("HFTDR") + t.strftime("%Y%m%d%H%M%S") + self.digits(4, False)
        if style == 1:
            return str(r.randint(1730000000000000000, 1869999999999999999))
        if style == 2:
            body = self.digits(15)
            return body + luhn_digit(body)
        if style == 3:
            return "1" + self.digits(10, False)
        if style == 4:
            return "TY" + self.digits(12)
        if style == 5:
            return t.strftime("%Y%m%d") + self.digits(10, False)
        return "DD" + self.digits(14)

    def trade_no(self):
        return self.t.strftime("%Y%m%d") + "22001" + self.digits(15, False)

    def trace_id(self):
        return self.hexs(32) if self.r.random() < 0.7 else self.hexs(16)

    def flight(self):
        return self.ch(AIRLINES) + str(self.r.randint(101, 9899))

    def train(self):
        r = self.r
        c = r.choice("GGGDDKZTC")
        return c + str(r.randint(1, 99 if c in "ZT" else 9999))

    def amount(self, lo=9, hi=5000):
        return "%.2f" % (self.r.randint(lo * 100, hi * 100) / 100)

    def version(self):
        r = self.r
        return "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20))

    def emp_id(self):
        r = self.r
        return r.choice(("KF", "E", "TY", "CS", "OP")) + str(r.randint(1000, 99999))

    def code(self):
        return self.digits(self.r.choice((4, 6, 6, 6)), False)

    def case_no(self):
        r = self.r
        t = self.t
        x = r.random()
        if x < 0.4:
            return "CS" + t.strftime("%Y%m%d") + "-%05d" % r.randint(1, 99999)
        if x < 0.7:
            return "GD" + t.strftime("%y%m%d") + self.digits(6)
        return "KS-%d" % r.randint(10000, 99999)

    def place_zh(self):
        return self.ch(PLACES_ZH)

    def port(self):
        return str(self.r.randint(1025, 65535))


# --------------------------------------------------------------------------- templates

TEMPLATES = []


def tpl(lang, system, spans, decoys):
    def deco(fn):
        TEMPLATES.append((fn, lang, system, spans, decoys))
        return fn
    return deco


DOM = "tuyue-travel.cn"


@tpl("en", "nginx access log (combined)", "IP_ADDRESS, PHONE_NUMBER or EMAIL_ADDRESS", "order_id")
def _t_nginx_combined(g, L):
    r, t = g.r, g.when()
    oid = g.order_id()
    L.s(g.client_ip(), "IP_ADDRESS").t(" - - [", f_nginx(t), '] "')
    x = r.random()
    if x < 0.4:
        L.t("GET /api/hotel/order/detail?orderId=").d(oid, "order_id").t("&contactMobile=").s(g.phone_q(), "PHONE_NUMBER")
    elif x < 0.7:
        em = g.email()
        L.t("GET /api/member/coupon/list?email=").s(PCT(em) if r.random() < 0.7 else em, "EMAIL_ADDRESS").t("&pageNo=1&pageSize=20")
    else:
        L.t("GET /api/flight/order/").d(oid, "order_id").t("/detail?lang=zh_CN&channel=wechat_mp")
    L.t(' HTTP/1.1" ', r.choice((200, 200, 200, 304, 404, 499, 502)), " ", r.randint(0, 48000), ' "')
    if r.random() < 0.5:
        L.t("https://m.", DOM, "/hotel/order/").d(oid, "order_id")
    else:
        L.t("-")
    L.t('" "', g.ua(), '"')


@tpl("en", "nginx access log (main + upstream timings, X-Forwarded-For)", "IP_ADDRESS, PERSON(basic-auth user)",
     "server_ip, system_account")
def _t_nginx_upstream(g, L):
    r, t = g.r, g.when()
    L.d(g.server_ip(), "server_ip").t(" - ")
    x = r.random()
    if x < 0.35:
        L.s(g.login(), "PERSON")
        path = r.choice(("/admin/order/refund/audit", "/ops/console/hotel/price", "/admin/cs/ticket/list"))
    elif x < 0.5:
        L.d(r.choice(("admin", "ops", "monitor", "svc-ops-console")), "system_account")
        path = "/admin/metrics"
    else:
        L.t("-")
        path = r.choice(("/passport/v2/login", "/api/ride/estimate", "/api/hotel/search", "/api/pay/prepay"))
    L.t(" [", f_nginx(t), '] "', r.choice(("POST", "GET")), " ", path, ' HTTP/1.1" ', r.choice((200, 200, 302, 401, 500)),
        " ", r.randint(60, 9000), ' "-" "', g.ua(), '" "')
    L.s(g.client_ip(), "IP_ADDRESS")
    if r.random() < 0.4:
        L.t(", ").d(g.public_ip(), "server_ip")
    rt = r.randint(1, 900) / 1000
    L.t('" rt=%.3f uct="0.001" uht="%.3f" urt="%.3f" ua="' % (rt, rt, rt)).d(g.server_ip(), "server_ip").t(':8080" us="200"')


@tpl("en", "nginx error log (upstream failure)", "IP_ADDRESS, EMAIL_ADDRESS x2 (percent-encoded)", "server_ip")
def _t_nginx_err_upstream(g, L):
    r, t = g.r, g.when()
    em = g.email()
    emp = PCT(em) if r.random() < 0.7 else em
    L.t(f_err(t), " [error] ", r.randint(20, 90), "#", r.randint(20, 90), ": *", r.randint(1000, 9999999), " ")
    L.t(r.choice(("connect() failed (111: Connection refused) while connecting to upstream",
                  "upstream timed out (110: Connection timed out) while reading response header from upstream",
                  "upstream prematurely closed connection while reading response header from upstream",
                  "recv() failed (104: Connection reset by peer) while reading response header from upstream")))
    L.t(", client: ").s(g.client_ip(), "IP_ADDRESS").t(", server: api.", DOM, ', request: "GET /api/v1/member/profile?email=')
    L.s(emp, "EMAIL_ADDRESS").t(' HTTP/1.1", upstream: "http://').d(g.server_ip(), "server_ip")
    L.t(":", r.choice((8080, 8081, 9000)), "/api/v1/member/profile?email=").s(emp, "EMAIL_ADDRESS")
    L.t('", host: "api.', DOM, '"')
    if r.random() < 0.5:
        L.t(', referrer: "https://m.', DOM, '/my/profile"')


@tpl("en", "nginx error log (scanner probing)", "IP_ADDRESS (attacker)", "server_ip")
def _t_nginx_err_scan(g, L):
    r, t = g.r, g.when()
    path = r.choice(("/.env", "/wp-login.php", "/phpmyadmin/index.php", "/.git/config", "/actuator/env",
                     "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/config.json", "/admin/.aws/credentials"))
    L.t(f_err(t), " [error] ", r.randint(20, 90), "#", r.randint(20, 90), ": *", r.randint(1000, 9999999), " ")
    if r.random() < 0.6:
        L.t('open() "/usr/share/nginx/html', path, '" failed (2: No such file or directory)')
    else:
        L.t('access forbidden by rule')
    L.t(", client: ").s(g.public_ip(), "IP_ADDRESS").t(", server: _, request: \"GET ", path, ' HTTP/1.1", host: "')
    L.d(g.public_ip(), "server_ip").t('"')


@tpl("en", "nginx error log (limit_req on SMS endpoint)", "IP_ADDRESS, PHONE_NUMBER", "-")
def _t_nginx_limit(g, L):
    r, t = g.r, g.when()
    lvl = r.choice(("error", "warn"))
    L.t(f_err(t), " [", lvl, "] ", r.randint(20, 90), "#", r.randint(20, 90), ": *", r.randint(1000, 9999999))
    L.t(" limiting requests, excess: %.3f by zone \"%s\", client: " % (r.randint(1000, 30000) / 1000, r.choice(("sms_send", "login_ip", "captcha"))))
    L.s(g.client_ip(), "IP_ADDRESS").t(", server: api.", DOM, ', request: "POST /api/sms/send?mobile=').s(g.phone_q(), "PHONE_NUMBER")
    L.t("&scene=", r.choice(("login", "register", "bind")), ' HTTP/1.1", host: "api.', DOM, '"')
    if r.random() < 0.5:
        L.t(', referrer: "https://servicewechat.com/wx', g.hexs(16), '/27/page-frame.html"')


@tpl("en", "nginx access log with $request_body (\\x-escaped)", "IP_ADDRESS, PHONE_NUMBER, CREDENTIAL(password)",
     "pickup_code")
def _t_nginx_body(g, L):
    r, t = g.r, g.when()
    L.s(g.client_ip(), "IP_ADDRESS").t(" - - [", f_nginx(t), '] "POST /api/v2/passport/login HTTP/1.1" 200 ', r.randint(60, 400),
                                         ' "-" "', g.ua(), '" "')
    pw = g.password()
    if r.random() < 0.6:
        L.t("{\\x22mobile\\x22:\\x22").s(g.mobile(), "PHONE_NUMBER").t("\\x22,\\x22password\\x22:\\x22").s(NX(pw), "CREDENTIAL")
        if r.random() < 0.5:
            L.t("\\x22,\\x22smsCode\\x22:\\x22").d(g.code(), "pickup_code")
        L.t("\\x22,\\x22deviceId\\x22:\\x22", g.uuid(), "\\x22}")
    else:
        L.t("mobile=").s(g.phone_q(), "PHONE_NUMBER").t("&password=").s(NX(FORM(pw)), "CREDENTIAL")
        L.t("&captcha=").d(g.code(), "pickup_code").t("&remember=1")
    L.t('" ', "%.3f" % (r.randint(5, 400) / 1000))


@tpl("en", "nginx access log, JSON log_format (escape=json)", "IP_ADDRESS, CREDENTIAL(bearer)", "server_ip x2")
def _t_nginx_json(g, L):
    r, t = g.r, g.when()
    q = r.random() < 0.5
    st = r.choice(("200", "200", "401", "403"))
    jo(L, [("time", t.strftime("%Y-%m-%dT%H:%M:%S+08:00")), ("remote_addr", g.server_ip(), "server_ip"),
           ("x_forwarded_for", g.client_ip(), "IP_ADDRESS"),
           ("request", r.choice(("GET /api/member/info HTTP/1.1", "POST /api/ride/order/cancel HTTP/2.0",
                                 "GET /api/hotel/order/list?page=1 HTTP/1.1"))),
           ("status", st if q else Raw(st)), ("body_bytes_sent", Raw(str(r.randint(20, 9000)))),
           ("request_time", Raw("%.3f" % (r.randint(1, 900) / 1000)))], close=False)
    L.t(',"upstream_addr":"').d(g.server_ip(), "server_ip").t(":8080")
    L.t('","http_authorization":"Bearer ').s(g.bearer(), "CREDENTIAL").t('","http_user_agent":"', J(g.ua()), '"}')


@tpl("en", "nginx access log, raw UTF-8 query printed as \\xHH", "IP_ADDRESS, PERSON(\\x-escaped), EMAIL_ADDRESS",
     "order_id")
def _t_nginx_xname(g, L):
    r, t = g.r, g.when()
    L.s(g.client_ip(), "IP_ADDRESS").t(" - - [", f_nginx(t), '] "GET /api/ride/invoice/apply?title=')
    L.s(NX(g.zh_name()), "PERSON").t("&type=personal&email=").s(g.email(), "EMAIL_ADDRESS")
    L.t("&orderIds=").d(g.order_id(1), "order_id")
    L.t(' HTTP/1.1" 200 ', r.randint(40, 300), ' "https://servicewechat.com/wx', g.hexs(16), '/31/page-frame.html" "', g.ua(), '"')


@tpl("en", "uvicorn access log", "IP_ADDRESS, PHONE_NUMBER or EMAIL_ADDRESS", "port, pickup_code")
def _t_uvicorn(g, L):
    r = g.r
    g.when()
    L.t("INFO:     ").s(g.client_ip(v6=False), "IP_ADDRESS").t(":").d(g.port(), "port").t(' - "')
    if r.random() < 0.6:
        L.t("POST /v1/auth/sms/verify?phone=").s(g.phone_q(), "PHONE_NUMBER").t("&code=").d(g.code(), "pickup_code")
    else:
        L.t("GET /v1/users/lookup?email=").s(PCT(g.email()), "EMAIL_ADDRESS")
    st = r.choice(((200, "OK"), (401, "Unauthorized"), (429, "Too Many Requests"), (422, "Unprocessable Entity")))
    L.t(' HTTP/1.1" %d %s' % st)


@tpl("en", "HAProxy HTTP log via syslog", "IP_ADDRESS, EMAIL_ADDRESS?", "port")
def _t_haproxy(g, L):
    r, t = g.r, g.when()
    L.t(f_sys(t), " lb-0", r.randint(1, 4), " haproxy[", r.randint(1000, 40000), "]: ").s(g.client_ip(v6=False), "IP_ADDRESS")
    L.t(":").d(g.port(), "port").t(" [", t.strftime("%d/%b/%Y:%H:%M:%S."), f_ms(t), "] fe_https~ be_flight/flight-api-0", r.randint(1, 9))
    tt = r.randint(5, 400)
    L.t(" 0/0/1/%d/%d %d %d - - ---- %d/%d/%d/%d/0 0/0 {api.%s|TuYue/8.12.0} " % (
        tt, tt + 1, r.choice((200, 200, 502, 504)), r.randint(100, 20000), r.randint(100, 900), r.randint(90, 800),
        r.randint(1, 40), r.randint(0, 5), DOM))
    L.t('"GET /flight/search?dep=PEK&arr=', r.choice(("SHA", "CAN", "CTU", "SZX", "XIY")), "&date=2026-12-", r.randint(10, 30))
    if r.random() < 0.6:
        L.t("&contact=").s(PCT(g.email()), "EMAIL_ADDRESS")
    L.t(' HTTP/1.1"')


@tpl("en", "Envoy access log (default format)", "EMAIL_ADDRESS (in path), IP_ADDRESS", "uuid, server_ip")
def _t_envoy(g, L):
    r, t = g.r, g.when()
    L.t("[", f_utcz(t), '] "GET /api/v1/users/').s(PCT(g.email()), "EMAIL_ADDRESS").t("/coupons HTTP/1.1\" ")
    L.t(r.choice((200, 200, 404, 503)), " ", r.choice(("-", "-", "UF", "URX")), " 0 ", r.randint(10, 5000), " ", r.randint(1, 90),
        " ", r.randint(1, 80), ' "').s(g.client_ip(), "IP_ADDRESS").t('" "', g.ua(), '" "').d(g.uuid(), "uuid")
    L.t('" "coupon.tuyue.svc.cluster.local" "').d(g.server_ip(), "server_ip").t(':8080"')


@tpl("zh", "Spring Boot 3 console log (Logback default pattern), 中文消息", "PERSON, PHONE_NUMBER, CN_RESIDENT_ID",
     "order_id")
def _t_spring_console(g, L):
    r, t = g.r, g.when()
    L.t(f_iso(t), "  INFO 1 --- [hotel-order] [nio-8080-exec-", r.randint(1, 200), "] ")
    L.t("c.t.hotel.order.service.OrderService     : 创建订单成功, orderNo=").d(g.order_id(0), "order_id")
    L.t(", 入住人=").s(g.zh_name(), "PERSON").t(", 手机号=").s(g.cn_mobile(r.choice((0, 0, 4, 3))), "PHONE_NUMBER")
    if r.random() < 0.7:
        L.t(", 证件号=").s(g.cn_id(), "CN_RESIDENT_ID")
    L.t(", 房型=", r.choice(("高级大床房", "豪华双床房", "行政套房")), ", 间夜=", r.randint(1, 5))


@tpl("en", "Logback JSON (logstash-logback-encoder)", "EMAIL_ADDRESS, IP_ADDRESS?", "order_id, trace_id, server_ip?")
def _t_logstash(g, L):
    r, t = g.r, g.when()
    oid = g.order_id()
    if r.random() < 0.5:
        msg = [("Booking confirmation resent, bookingNo=", None), (oid, "order_id"), (", email=", None), (g.email(), "EMAIL_ADDRESS")]
        extra = ("clientIp", g.client_ip(), "IP_ADDRESS")
        logger = "com.tuyue.booking.notify.ConfirmationService"
    else:
        msg = [("PayPal IPN verified, invoice=", None), (oid, "order_id"), (", payer_email=", None), (g.email_intl(), "EMAIL_ADDRESS"),
               (", mc_gross=", None), (g.amount(), None), (" USD", None)]
        extra = ("remoteAddr", g.public_ip(), "server_ip")
        logger = "com.tuyue.pay.notify.PaypalIpnController"
    L.t('{"@timestamp":"', f_iso(t), '","@version":"1","message":"')
    for v, lab in msg:
        L.p(J(v), lab)
    L.t('","logger_name":"', logger, '","thread_name":"http-nio-8080-exec-', r.randint(1, 200),
        '","level":"INFO","level_value":20000,"traceId":"').d(g.hexs(32), "trace_id").t('","spanId":"', g.hexs(16), '",')
    L.t('"', extra[0], '":"').p(extra[1], extra[2]).t('"}')


@tpl("zh", "Log4j2 JsonLayout (compact), 出票失败", "PERSON, PASSPORT or CN_RESIDENT_ID", "epoch_timestamp, flight_number")
def _t_log4j2_json(g, L):
    r, t = g.r, g.when()
    L.t('{"instant":{"epochSecond":').d(str(epoch(t)), "epoch_timestamp").t(',"nanoOfSecond":', t.microsecond * 1000, '},"thread":"ticket-issue-pool-', r.randint(1, 16))
    L.t('","level":"WARN","loggerName":"com.tuyue.flight.ticket.IssueTicketService","message":"出票失败，乘机人 ')
    if r.random() < 0.5:
        L.s(J(g.zh_name()), "PERSON").t(" 护照号 ").s(g.passport("CN"), "PASSPORT")
    else:
        L.s(J(g.zh_name()), "PERSON").t(" 身份证 ").s(g.cn_id(), "CN_RESIDENT_ID")
    L.t(" 航班 ").d(g.flight(), "flight_number").t("，原因：", r.choice(("证件号与姓名不匹配", "航司接口超时", "舱位已售罄", "重复出票拦截")))
    L.t('","endOfBatch":false,"loggerFqcn":"org.apache.logging.slf4j.Log4jLogger","threadId":', r.randint(20, 300), ',"threadPriority":5}')


@tpl("zh", "Log4j2 PatternLayout, Dubbo provider thread, 实名校验", "PERSON, CN_RESIDENT_ID, PHONE_NUMBER?", "server_ip, port")
def _t_log4j2_dubbo(g, L):
    r, t = g.r, g.when()
    L.t("[", f_py(t), "] [DubboServerHandler-").d(g.server_ip(), "server_ip").t(":").d("20880", "port")
    L.t("-thread-", r.randint(1, 200), "] WARN  c.t.member.facade.MemberFacadeImpl - 会员实名信息校验失败 memberId=", r.randint(100000, 9999999))
    L.t(", realName=").s(g.zh_name(), "PERSON").t(", idCard=").s(g.cn_id(), "CN_RESIDENT_ID")
    if r.random() < 0.6:
        L.t(", mobile=").s(g.cn_mobile(0), "PHONE_NUMBER")
    L.t(", channel=", r.choice(("ALIPAY_CERT", "WECHAT_REALNAME", "UNIONPAY_4FACTOR")))


@tpl("zh", "Go zap production JSON, 司机接单", "PERSON, PHONE_NUMBER, LICENSE_PLATE", "epoch_timestamp, order_id")
def _t_zap_json(g, L):
    r, t = g.r, g.when()
    L.t('{"level":"info","ts":').d("%d.%06d" % (epoch(t), t.microsecond), "epoch_timestamp")
    L.t(',"caller":"dispatch/matcher.go:', r.randint(80, 400), '","msg":"', r.choice(("司机接单成功", "改派成功", "司机已到达上车点")))
    L.t('","trip_id":"').d(g.order_id(r.choice((1, 4))), "order_id").t('","driver":"').s(J(g.zh_name()), "PERSON")
    L.t('","driver_phone":"').s(g.cn_mobile(), "PHONE_NUMBER").t('","plate":"').s(g.plate(), "LICENSE_PLATE")
    L.t('","eta_sec":', r.randint(60, 900), "}")


@tpl("en", "Go zap development console encoder", "PERSON, PHONE_NUMBER", "order_id")
def _t_zap_console(g, L):
    r, t = g.r, g.when()
    L.t(t.strftime("%Y-%m-%dT%H:%M:%S."), f_ms(t), "+0800\t", r.choice(("WARN", "INFO")), "\tcourier/assign.go:", r.randint(50, 300), "\t")
    L.t(r.choice(("rider reassigned", "rider accepted order", "rider location stale")), '\t{"order_id": "').d(g.order_id(), "order_id")
    L.t('", "rider": "').s(J(g.zh_name()), "PERSON").t('", "rider_phone": "').s(g.cn_mobile(), "PHONE_NUMBER")
    L.t('", "reason": "', r.choice(("pickup timeout", "rider cancelled", "zone rebalance")), '"}')


@tpl("en", "logrus TextFormatter (sorted keys)", "IP_ADDRESS, PERSON(login)", "uuid, system_account?")
def _t_logrus_text(g, L):
    r, t = g.r, g.when()
    L.t('time="', t.strftime("%Y-%m-%dT%H:%M:%S+08:00"), '" level=warning msg="', r.choice(("login from new device", "password changed", "mfa challenge failed")), '" ')
    L.t("device_id=").d(g.uuid(), "uuid").t(" ip=").s(g.client_ip(), "IP_ADDRESS")
    L.t(' ua="', GOQ(g.ua()), '" user=')
    if r.random() < 0.85:
        L.s(g.login(), "PERSON")
    else:
        L.d(r.choice(SYS_ACCOUNTS), "system_account")


@tpl("en", "logrus JSONFormatter (keys sorted, Go escaping)", "CREDIT_CARD, PERSON", "amount, order_id")
def _t_logrus_json(g, L):
    r, t = g.r, g.when()
    L.t('{"amount":').d(g.amount(), "amount").t(',"card_no":"').s(g.card(), "CREDIT_CARD").t('","exp":"%02d/%02d"' % (r.randint(1, 12), r.randint(27, 32)))
    L.t(',"holder":"').s(GOJ(g.en_name().upper() if r.random() < 0.5 else g.zh_name()), "PERSON")
    L.t('","level":"error","msg":"', GOJ(r.choice(("gateway declined", "3DS verification failed", "card issuer timeout"))),
        '","order_id":"').d(g.order_id(), "order_id")
    L.t('","resp_code":"', r.choice(("05", "51", "54", "91")), '","time":"', t.strftime("%Y-%m-%dT%H:%M:%S+08:00"), '"}')


@tpl("en", "Python logging, dict repr of supplier request", "PERSON x2, PHONE_NUMBER, EMAIL_ADDRESS", "-")
def _t_py_supplier(g, L):
    r, t = g.r, g.when()
    first, last = g.en_parts()
    L.t(f_py(t), " - supplier.hotelbeds_client - DEBUG - request payload: ")
    pyd(L, [("hotelCode", r.choice(("LON", "PAR", "BKK", "TYO", "SIN")) + str(r.randint(1000, 9999))),
            ("checkIn", "2026-12-%02d" % r.randint(10, 20)), ("checkOut", "2026-12-%02d" % r.randint(21, 28)),
            ("guests", ("arr", [[("firstName", first, "PERSON"), ("lastName", last, "PERSON"),
                                 ("phone", g.intl_phone(), "PHONE_NUMBER")]])),
            ("contactEmail", g.email_intl(), "EMAIL_ADDRESS")])


@tpl("zh", "Python logging basicConfig default format, 旅客档案合并", "PERSON, EMAIL_ADDRESS", "-")
def _t_py_basic(g, L):
    r = g.r
    g.when()
    L.t("WARNING:booking.guest:重复旅客档案已合并：'").s(g.zh_name(), "PERSON").t("' <").s(g.email_cn(), "EMAIL_ADDRESS")
    L.t("> -> profile ", r.randint(100000, 999999), "（来源：", r.choice(("小程序", "App", "H5", "携程分销")), "）")


@tpl("en", "structlog JSONRenderer (ensure_ascii)", "PERSON(\\u-escaped), CN_RESIDENT_ID or PASSPORT", "room_number")
def _t_structlog_json(g, L):
    r, t = g.r, g.when()
    if r.random() < 0.65:
        nm, idk, idv, idt = g.zh_name(), "id_no", g.cn_id(), "CN_RESIDENT_ID"
    else:
        nm, idk, idv, idt = g.en_name(), "passport_no", g.passport(r.choice(("US", "GB", "DE", "FR", "AU"))), "PASSPORT"
    jo(L, [("event", "guest_checked_in"), ("hotel_id", r.randint(1000, 99999)), ("room", str(r.randint(201, 3599)), "room_number"),
           ("guest_name", nm, "PERSON"), (idk, idv, idt), ("logger", "pms.sync"), ("level", "info"),
           ("timestamp", f_utcz(t, 6))], esc=JA, sp=True)


@tpl("en", "structlog ConsoleRenderer (sorted kv)", "EMAIL_ADDRESS, PERSON(login)", "amount, card_last4, order_id")
def _t_structlog_console(g, L):
    r, t = g.r, g.when()
    ev = r.choice(("refund issued", "refund rejected", "voucher redeemed"))
    L.t(f_utcz(t, 6), " [info     ] ", ev.ljust(30), " amount=Decimal('").d(g.amount(10, 3000), "amount").t("') card_last4='")
    L.d(g.digits(4, False), "card_last4").t("' email='").s(g.email(), "EMAIL_ADDRESS").t("' order_id='").d(g.order_id(), "order_id")
    L.t("' user='").s(g.login(), "PERSON").t("'")


@tpl("en", "pino-http request log (Node)", "CREDENTIAL(JWT), IP_ADDRESS", "epoch_timestamp, server_ip, port")
def _t_pino(g, L):
    r, t = g.r, g.when()
    L.t('{"level":30,"time":').d(str(epoch_ms(t)), "epoch_timestamp").t(',"pid":', r.randint(7, 9000), ',"hostname":"ride-api-', g.hexs(9), "-", g.alnum(5, "bcdfghjklmnpqrstvwxz2456789"))
    L.t('","req":{"id":', r.randint(1, 99999), ',"method":"POST","url":"/v1/trips/estimate","query":{},"headers":{"host":"api.', DOM)
    L.t('","user-agent":"', J(g.ua()), '","authorization":"Bearer ').s(g.jwt(), "CREDENTIAL").t('","x-forwarded-for":"').s(g.client_ip(), "IP_ADDRESS")
    L.t('"},"remoteAddress":"::ffff:').d(g.server_ip(), "server_ip").t('","remotePort":').d(g.port(), "port")
    L.t('},"res":{"statusCode":', r.choice((200, 200, 401)), '},"responseTime":', r.randint(2, 400), ',"msg":"request completed"}')


@tpl("zh", "winston simple format, 骑手位置上报", "PERSON, PHONE_NUMBER", "rider_id")
def _t_winston_simple(g, L):
    r = g.r
    g.when()
    L.t(r.choice(("info", "warn")), ": ", r.choice(("骑手位置上报", "骑手轨迹异常", "骑手离线超过5分钟")), ' {"riderId":"').d("R" + str(r.randint(10000, 999999)), "rider_id")
    L.t('","riderName":"').s(J(g.zh_name()), "PERSON").t('","phone":"').s(g.cn_mobile(r.choice((0, 0, 3))), "PHONE_NUMBER")
    L.t('","lat":%.6f,"lng":%.6f,"service":"delivery-tracker"}' % (r.uniform(22.5, 40.0), r.uniform(104.0, 121.6)))


@tpl("en", "Alipay async notify, raw form body", "none", "role_mailbox, signature, masked")
def _t_alipay_form(g, L):
    r, t = g.r, g.when()
    amt = g.amount()
    L.t("alipay notify raw body: gmt_create=", FORM(t.strftime("%Y-%m-%d %H:%M:%S")), "&charset=utf-8&seller_email=")
    L.d(PCT(g.role_mail(DOM)), "role_mailbox").t("&subject=", PCT(r.choice(("酒店预订", "机票订单", "打车费用", "外卖订单"))))
    L.t("&sign=").d(PCT(g.b64(r.choice((180, 192)))), "signature").t("&buyer_id=2088", g.digits(12, False))
    L.t("&invoice_amount=", amt, "&notify_id=", g.hexs(32), "&notify_type=trade_status_sync&trade_status=TRADE_SUCCESS&app_id=2021", g.digits(12, False))
    L.t("&sign_type=RSA2&version=1.0&out_trade_no=", g.order_id(0), "&total_amount=", amt, "&trade_no=", g.trade_no())
    d = g.mobile()
    L.t("&buyer_logon_id=").d(d[:3] + "****" + d[-4:] if r.random() < 0.6 else PCT(g.email_cn()[:3] + "***@" + r.choice(CN_MAIL)), "masked")


@tpl("en", "WeChat Pay v3 notify, decrypted resource (Java)", "none", "order_id, openid, amount")
def _t_wxpay(g, L):
    r, t = g.r, g.when()
    total = r.randint(900, 500000)
    L.t(f_dash(t), " INFO  [pay-callback,", g.hexs(16), "] c.t.pay.wx.WxPayNotifyHandler : decrypted resource=")
    jo(L, [("mchid", "16" + g.digits(8, False)), ("appid", "wx" + g.hexs(16)), ("out_trade_no", g.order_id(0)),
           ("transaction_id", "42000" + g.digits(23, False), "order_id"), ("trade_type", r.choice(("JSAPI", "APP", "NATIVE"))),
           ("trade_state", "SUCCESS"), ("trade_state_desc", "支付成功"), ("bank_type", r.choice(("CMB_DEBIT", "ICBC_CREDIT", "OTHERS"))),
           ("success_time", t.strftime("%Y-%m-%dT%H:%M:%S+08:00")),
           ("payer", [("openid", "o" + g.alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), "openid")]),
           ("amount", [("total", total, "amount"), ("payer_total", total), ("currency", "CNY"), ("payer_currency", "CNY")])])


@tpl("en", "payment gateway card authorization (pattern layout)", "CREDIT_CARD, PERSON", "trace_id, amount, auth_code")
def _t_paygw(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " INFO  [pay-gw,").d(g.hexs(16), "trace_id").t("] c.t.pay.gw.AuthorizeHandler : >>> POST https://acq.psp-gateway.example/v2/authorize pan=")
    L.s(g.card(), "CREDIT_CARD").t(' holder="').s(g.en_name().upper(), "PERSON").t('" exp=%02d/%02d amount=' % (r.randint(1, 12), r.randint(27, 31)))
    L.d(g.amount(50, 20000), "amount").t(" currency=", r.choice(("CNY", "USD", "HKD")), " result=", r.choice(("APPROVED", "DECLINED")), " authCode=")
    L.d(g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "auth_code")


@tpl("zh", "钉钉机器人告警 (人写模板)", "PERSON x2, PHONE_NUMBER", "server_ip, port")
def _t_dingtalk(g, L):
    r = g.r
    g.when()
    nm = g.zh_name()
    svc = r.choice(("pay-callback", "hotel-search", "ride-dispatch", "order-center"))
    L.t("【告警】[P", r.randint(0, 2), "] ", r.choice(("支付回调失败率", "接口5xx比例", "下单成功率下降")), " %.2f%% 超过阈值 %d%%，服务 %s，实例 " % (r.uniform(5, 40), r.choice((1, 3, 5)), svc))
    L.d(g.server_ip(), "server_ip").t(":").d(r.choice(("8080", "8081", "9090")), "port")
    L.t("，持续 ", r.randint(3, 30), " 分钟。值班人员：").s(nm, "PERSON").t("（").s(g.cn_mobile(), "PHONE_NUMBER").t("），请及时处理 @").s(nm, "PERSON")


@tpl("zh", "飞书机器人 payload, json.dumps 默认 \\u 转义", "PERSON x2 (\\u-escaped), PHONE_NUMBER", "order_id")
def _t_feishu(g, L):
    r = g.r
    g.when()
    L.t('feishu bot send: {"msg_type": "text", "content": {"text": "')
    L.t(JA("【工单提醒】客户 ")).s(JA(g.zh_name()), "PERSON").t(JA(" 手机 ")).s(g.cn_mobile(r.choice((0, 4))), "PHONE_NUMBER")
    L.t(JA(" 投诉订单 ")).d(g.order_id(), "order_id").t(JA(r.choice((" 超过48小时未退款，", " 司机绕路多收费，", " 酒店拒绝入住，"))))
    L.t(JA("请 ")).s(JA(g.zh_name()), "PERSON").t(JA(" 跟进")).t('"}}')


@tpl("zh", "客服工单 (人写)", "PERSON(surname) , PHONE_NUMBER, EMAIL_ADDRESS, PERSON", "case_number, place, employee_id")
def _t_ticket_zh(g, L):
    r = g.r
    g.when()
    sur = g.zh_sur()
    L.t("工单 ").d(g.case_no(), "case_number").t("｜客户 ").s(sur, "PERSON").t(r.choice(("女士", "先生")))
    L.t(" 反映在 ").d(r.choice(("三亚亚龙湾", "鼓浪屿", "外滩", "西湖", "洪崖洞", "宽窄巷子")), "place").t(" 附近酒店入住时被要求重复登记证件，联系电话 ")
    L.s(g.landline() if r.random() < 0.5 else g.cn_mobile(), "PHONE_NUMBER").t("，邮箱 ").s(g.email_cn(), "EMAIL_ADDRESS")
    L.t("；处理人 ").s(g.zh_name(), "PERSON").t("（工号 ").d(g.emp_id(), "employee_id").t("）")


@tpl("zh", "网约车派单日志 (中文)", "PERSON(surname+师傅), LICENSE_PLATE, PHONE_NUMBER, PERSON", "order_id, place")
def _t_dispatch_zh(g, L):
    r, t = g.r, g.when()
    L.t("[派单] ", t.strftime("%H:%M:%S"), " 订单 ").d(g.order_id(), "order_id").t(" 已派给 ").s(g.zh_sur(), "PERSON")
    L.t("师傅（").s(g.plate(), "LICENSE_PLATE").t("，", r.choice(("白色", "黑色", "银色")), " ", r.choice(("比亚迪秦", "丰田卡罗拉", "大众朗逸", "广汽埃安S")), "），司机电话 ")
    L.s(g.cn_mobile(), "PHONE_NUMBER").t("，乘客 ").s(g.zh_name(), "PERSON").t(" 上车点 ").d(g.place_zh(), "place")


@tpl("zh", "外卖骑手取餐 (中文)", "PERSON, PERSON(surname+女士)", "rider_id, pickup_code, masked")
def _t_rider_zh(g, L):
    r = g.r
    g.when()
    L.t("骑手 ").s(g.zh_name(), "PERSON").t("(ID ").d(str(r.randint(100000, 9999999)), "rider_id").t(") 已到店取餐，取餐码 ")
    L.d(g.code(), "pickup_code").t("，收货人 ").s(g.zh_sur(), "PERSON").t(r.choice(("女士", "先生"))).t(" 尾号").d(g.digits(4, False), "masked")
    L.t("，预计 %02d:%02d 送达" % (r.randint(10, 22), r.randint(0, 59)))


@tpl("zh", "酒店前台交班记录 (中文)", "PERSON, CN_RESIDENT_ID, CREDIT_CARD", "room_number, amount")
def _t_frontdesk(g, L):
    r = g.r
    g.when()
    L.t("【前台交班】").d(str(r.randint(201, 2899)), "room_number").t("房 ").s(g.zh_name(), "PERSON").t(" 入住，证件 ")
    L.s(g.cn_id(), "CN_RESIDENT_ID").t("，押金 ").d(str(r.choice((300, 500, 800, 1000))), "amount").t(" 元已预授权（银行卡 ")
    L.s(g.card(r.choice(("cup", "cup", "visa", "mc"))), "CREDIT_CARD").t("），客人要求", r.choice(("延迟退房至14点", "加床", "高楼层安静房")))


@tpl("zh", "体检/挂号预约成功 (中文)", "PERSON(doctor), PERSON, CN_RESIDENT_ID, PHONE_NUMBER", "place(hospital)")
def _t_hospital(g, L):
    r = g.r
    g.when()
    L.t("预约成功：").d(r.choice(HOSPITALS), "place").t(" ", r.choice(("心内科", "消化内科", "眼科", "口腔科", "体检中心")), " ")
    L.s(g.zh_sur_given()[1], "PERSON").t(r.choice(DOC_TITLES), "，就诊人 ").s(g.zh_name(), "PERSON")
    L.t("，身份证 ").s(g.cn_id(), "CN_RESIDENT_ID").t("，手机 ").s(g.cn_mobile(r.choice((0, 4, 5))), "PHONE_NUMBER")


@tpl("zh", "火车票购票成功 (中文)", "PERSON, CN_RESIDENT_ID", "train_number, amount")
def _t_train(g, L):
    r = g.r
    g.when()
    a, b = r.sample(CITIES, 2)
    L.t("购票成功 车次 ").d(g.train(), "train_number").t(" ", a, "→", b, " 乘车人 ").s(g.zh_name(), "PERSON").t("（")
    L.s(g.cn_id(), "CN_RESIDENT_ID").t("）%02d车%d%s 票价 " % (r.randint(1, 16), r.randint(1, 20), r.choice("ABCDF"))).d(g.amount(20, 1800), "amount").t(" 元")


@tpl("en", "GDS / PNR display line", "PERSON x2 (SURNAME/GIVEN)", "booking_ref, flight_number, ticket_number")
def _t_pnr(g, L):
    r = g.r
    g.when()

    def pnr_name():
        if r.random() < 0.5:
            ln, fn = g.pinyin()
        else:
            fn, ln = g.en_parts(False)
            ln, fn = asciify(ln) or "SMITH", asciify(fn) or "JOHN"
        return ln.upper() + "/" + fn.upper()
    L.t("PNR ").d(g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "booking_ref").t("  1.").s(pnr_name(), "PERSON").t(" ", r.choice(("MR", "MS", "MRS", "CHD")))
    if r.random() < 0.7:
        L.t("  2.").s(pnr_name(), "PERSON").t(" ", r.choice(("MR", "MS", "MRS")))
    L.t("  ").d(g.flight(), "flight_number").t(" Y %02dDEC PVGPEK HK%d  TKT " % (r.randint(10, 31), r.randint(1, 2)))
    L.d("%03d-%s" % (r.choice((781, 999, 784, 880)), g.digits(10, False)), "ticket_number")


@tpl("en", "Lombok toString of a guest profile (Java)", "PERSON x2, PASSPORT, EMAIL_ADDRESS or PHONE_NUMBER", "-")
def _t_lombok(g, L):
    r = g.r
    g.when()
    first, last = g.en_parts()
    nat = r.choice(("US", "GB", "DE", "FR", "AU", "IN"))
    L.t("c.t.intl.GuestService - upsert ok: GuestProfile(id=", r.randint(10000, 999999), ", firstName=").s(first, "PERSON")
    L.t(", lastName=").s(last, "PERSON").t(", passportNo=").s(g.passport(nat), "PASSPORT").t(", nationality=", nat)
    if r.random() < 0.4:  # date of birth, gender: unlabelled
        L.t(", birthDate=%d-%02d-%02d, gender=%s" % (r.randint(1950, 2008), r.randint(1, 12), r.randint(1, 28), r.choice("MF")))
    if r.random() < 0.5:
        L.t(", email=").s(g.email_intl(), "EMAIL_ADDRESS")
    else:
        L.t(", phone=").s(g.intl_phone(), "PHONE_NUMBER")
    L.t(", vip=", r.choice(("true", "false")), ")")


@tpl("en", "US partner onboarding (W-9 intake)", "PERSON, US_SSN, EMAIL_ADDRESS", "-")
def _t_w9(g, L):
    r, t = g.r, g.when()
    f = g.fk["en_US"]
    L.t(f_dash(t), " INFO partner-onboard: W-9 received legal_name=\"").s(f.first_name() + " " + f.last_name(), "PERSON")
    L.t('" tin_type=SSN tin=').s(g.ssn(), "US_SSN").t(" payout_email=").s(g.email_intl(), "EMAIL_ADDRESS")
    L.t(" state=", r.choice(("CA", "NY", "WA", "TX", "HI", "FL")), " partner_type=", r.choice(("tour_guide", "driver", "homestay_host")))


@tpl("en", "overseas settlement payout (IBAN)", "PERSON, IBAN_CODE", "batch_id, company, amount")
def _t_iban(g, L):
    r, t = g.r, g.when()
    cc = r.choice(tuple(IBAN_SPECS))
    L.t(f_dash(t), " INFO settlement - batch ").d("STL-" + t.strftime("%Y%m%d") + "-%02d" % r.randint(1, 40), "batch_id")
    L.t(' payee="').d(r.choice(("Pension Müller", "Hotel Adlon", "Casa García", "Hôtel Dupont", "The Wellington Arms", "Villa Rossi")), "company")
    L.t('" account_holder="').s(g.en_name(), "PERSON").t('" iban=').s(g.iban(cc), "IBAN_CODE").t(" bic=", g.alnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), cc, "XX")
    L.t(" amount=EUR ").d("{:,.2f}".format(r.randint(10000, 900000) / 100), "amount").t(" status=", r.choice(("SUBMITTED", "REJECTED", "PENDING_REVIEW")))


@tpl("en", "sshd auth log (syslog)", "PERSON(login) / none, IP_ADDRESS", "port, key_fingerprint or system_account")
def _t_sshd(g, L):
    r, t = g.r, g.when()
    L.t(f_sys(t), " ", r.choice(("bastion-01", "jump-sh-02", "db-master-01")), " sshd[", r.randint(1000, 60000), "]: ")
    x = r.random()
    if x < 0.5:
        L.t("Accepted ", r.choice(("publickey", "password")), " for ").s(g.login(), "PERSON").t(" from ").s(g.client_ip(v6=False), "IP_ADDRESS")
        L.t(" port ").d(g.port(), "port").t(" ssh2")
        if r.random() < 0.6:
            L.t(": RSA ").d("SHA256:" + g.b64(32).rstrip("="), "key_fingerprint")
    elif x < 0.85:
        L.t("Failed password for invalid user ").d(r.choice(SYS_ACCOUNTS), "system_account").t(" from ").s(g.public_ip(), "IP_ADDRESS")
        L.t(" port ").d(g.port(), "port").t(" ssh2")
    else:
        L.t("Disconnected from authenticating user ").d("root", "system_account").t(" ").s(g.public_ip(), "IP_ADDRESS")
        L.t(" port ").d(g.port(), "port").t(" [preauth]")


@tpl("en", "sudo log (syslog)", "PERSON(login) x2", "system_account")
def _t_sudo(g, L):
    r, t = g.r, g.when()
    u = g.login()
    L.t(f_sys(t), " ", r.choice(("db-master-01", "app-sh-07", "bastion-01")), " sudo:  ").s(u, "PERSON").t(" : TTY=pts/", r.randint(0, 9), " ; PWD=/home/").s(u, "PERSON")
    L.t(" ; USER=").d(r.choice(("root", "root", "mysql", "nginx")), "system_account").t(" ; COMMAND=", r.choice(("/usr/bin/systemctl restart mysqld", "/usr/bin/tail -n 200 /var/log/nginx/error.log", "/bin/cat /etc/shadow", "/usr/bin/docker ps")))


@tpl("en", "Postfix smtp / qmgr log", "EMAIL_ADDRESS or none", "queue_id, server_ip or role_mailbox")
def _t_postfix(g, L):
    r, t = g.r, g.when()
    if r.random() < 0.3:
        L.t(f_sys(t), " mail-01 postfix/qmgr[", r.randint(1000, 60000), "]: ").d(g.hexs(10, upper=True), "queue_id").t(": from=<")
        L.d(g.role_mail(), "role_mailbox").t(">, size=", r.randint(2000, 90000), ", nrcpt=1 (queue active)")
        return
    L.t(f_sys(t), " mail-01 postfix/smtp[", r.randint(1000, 60000), "]: ").d(g.hexs(10, upper=True), "queue_id").t(": to=<").s(g.email(), "EMAIL_ADDRESS")
    mx = r.choice(("mx3.qq.com", "mx.163.com", "gmail-smtp-in.l.google.com", "mx1.hotmail.com"))
    L.t(">, relay=", mx, "[").d(g.public_ip(), "server_ip").t("]:25, delay=%.1f, delays=0.01/0/0.3/%.2f, dsn=" % (r.uniform(0.3, 9), r.uniform(0.1, 5)))
    st = r.random()
    if st < 0.6:
        L.t("2.0.0, status=sent (250 OK: queued as ", g.alnum(12), ")")
    else:
        L.t("5.1.1, status=bounced (host ", mx, " said: 550 Mailbox not found)")


@tpl("en", "MySQL slow query log (multi-line joined)", "PHONE_NUMBER or EMAIL_ADDRESS or CN_RESIDENT_ID", "system_account, server_ip, epoch_timestamp")
def _t_mysql_slow(g, L):
    r, t = g.r, g.when()
    acct = r.choice(DB_ACCOUNTS)
    L.t("# Time: ", f_utcz(t, 6), " # User@Host: ").d(acct, "system_account").t("[", acct, "] @  [").d(g.server_ip(), "server_ip")
    qt = r.uniform(1, 20)
    L.t("]  Id: %d # Query_time: %.6f  Lock_time: 0.000%03d Rows_sent: %d  Rows_examined: %d SET timestamp=" % (
        r.randint(1000, 999999), qt, r.randint(50, 999), r.randint(0, 20), r.randint(10000, 9000000)))
    L.d(str(epoch(t)), "epoch_timestamp").t("; SELECT id,order_no,status FROM t_hotel_order WHERE ")
    x = r.random()
    if x < 0.45:
        L.t("contact_mobile = '").s(g.mobile(), "PHONE_NUMBER").t("'")
    elif x < 0.75:
        L.t("contact_email = '").s(g.email(), "EMAIL_ADDRESS").t("'")
    else:
        L.t("guest_id_no = '").s(g.cn_id(), "CN_RESIDENT_ID").t("'")
    L.t(" ORDER BY id DESC LIMIT 20;")


@tpl("en", "PostgreSQL slow statement with bind parameters", "PERSON, CN_RESIDENT_ID or PASSPORT", "system_account")
def _t_pg(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " CST [", r.randint(1000, 90000), "] ").d(r.choice(DB_ACCOUNTS[:5]), "system_account")
    L.t("@booking LOG:  duration: %.3f ms  execute <unnamed>: SELECT * FROM guest WHERE name = $1 AND id_no = $2  DETAIL:  parameters: $1 = '" % r.uniform(1000, 9000))
    L.s(g.zh_name(), "PERSON").t("', $2 = '")
    if r.random() < 0.7:
        L.s(g.cn_id(), "CN_RESIDENT_ID")
    else:
        L.s(g.passport("CN"), "PASSPORT")
    L.t("'")


@tpl("en", "MongoDB 4.4+ structured log, slow query", "PHONE_NUMBER, PERSON?", "server_ip, port")
def _t_mongo(g, L):
    r, t = g.r, g.when()
    flt = [("passengerPhone", g.cn_mobile(r.choice((0, 3))), "PHONE_NUMBER")]
    if r.random() < 0.4:
        flt.append(("passengerName", g.zh_name(), "PERSON"))
    flt.append(("status", [("$in", ("arr", ["FINISHED", "CANCELLED"]))]))
    L.t('{"t":{"$date":"', f_iso(t), '"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn', r.randint(100, 99999), '","msg":"Slow query","attr":')
    jo(L, [("type", "command"), ("ns", "ride.trips"), ("command", [("find", "trips"), ("filter", flt), ("limit", 20), ("$db", "ride")]),
           ("planSummary", "COLLSCAN"), ("keysExamined", 0), ("docsExamined", r.randint(100000, 5000000)), ("nreturned", r.randint(0, 20)),
           ("durationMillis", r.randint(200, 9000))], close=False)
    L.t(',"remote":"').d(g.server_ip(), "server_ip").t(":").d(g.port(), "port").t('"}}')


@tpl("en", "Spring Kafka ConsumerRecord dump", "PERSON, PHONE_NUMBER", "epoch_timestamp, order_id, amount")
def _t_kafka(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " ERROR 1 --- [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : Error handler threw an exception for record ConsumerRecord(topic = order-paid, partition = ", r.randint(0, 11))
    L.t(", leaderEpoch = ", r.randint(1, 40), ", offset = ", r.randint(1000, 9999999), ", CreateTime = ").d(str(epoch_ms(t)), "epoch_timestamp")
    L.t(', serialized key size = -1, serialized value size = ', r.randint(200, 800), ', headers = RecordHeaders(headers = [], isReadOnly = false), key = null, value = {"orderId":"')
    L.d(g.order_id(), "order_id").t('","contactName":"').s(J(g.any_name()), "PERSON").t('","contactPhone":"').s(g.phone(), "PHONE_NUMBER")
    L.t('","amount":').d(g.amount(), "amount").t("})")


@tpl("zh", "RocketMQ 消费失败 (中文)", "PERSON, PHONE_NUMBER", "msg_id, order_id")
def _t_rocketmq(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " WARN  [ConsumeMessageThread_", r.randint(1, 20), "] c.t.ride.mq.TripFinishConsumer - 消费失败，msgId=")
    L.d(g.hexs(32, upper=True), "msg_id").t(", topic=TOPIC_RIDE_FINISH, reconsumeTimes=", r.randint(1, 16), ', body={"tripId":"')
    L.d(g.order_id(), "order_id").t('","passengerName":"').s(J(g.zh_name()), "PERSON").t('","passengerMobile":"').s(g.cn_mobile(0), "PHONE_NUMBER")
    L.t('"}，原因：', r.choice(("发票服务超时", "优惠券核销失败", "账户余额不足")))


@tpl("en", "Celery worker task result", "EMAIL_ADDRESS", "uuid, role_mailbox")
def _t_celery(g, L):
    r, t = g.r, g.when()
    L.t("[", f_py(t), ": INFO/ForkPoolWorker-", r.randint(1, 16), "] Task notify.tasks.send_voucher_email[").d(g.uuid(), "uuid")
    L.t("] succeeded in %.3fs: " % r.uniform(0.05, 3))
    pyd(L, [("to", g.email(), "EMAIL_ADDRESS"), ("from", g.role_mail(DOM), "role_mailbox"), ("status", "sent"), ("provider", r.choice(("ses", "aliyun_dm", "sendcloud")))])


@tpl("en", "Aliyun SMS SendSms request/response", "PHONE_NUMBER x1-2", "pickup_code, uuid")
def _t_aliyun_sms(g, L):
    r, t = g.r, g.when()
    L.t(f_py(t), " INFO sms.aliyun - SendSms PhoneNumbers=").s(g.mobile(), "PHONE_NUMBER")
    if r.random() < 0.3:
        L.t(",").s(g.mobile(), "PHONE_NUMBER")
    L.t(" SignName=途悦旅行 TemplateCode=SMS_", g.digits(9), ' TemplateParam={"code":"').d(g.code(), "pickup_code")
    L.t('"} -> {"Message":"OK","RequestId":"').d(g.uuid(upper=True), "uuid").t('","Code":"OK","BizId":"', g.digits(18), '^0"}')


@tpl("en", "Tencent Cloud SMS response JSON", "PHONE_NUMBER", "msg_id, uuid")
def _t_tencent_sms(g, L):
    r = g.r
    g.when()
    if r.random() < 0.7:
        ph, iso = "+86" + g.mobile(), "CN"
    else:
        reg = r.choice(("HK", "GB", "US", "SG", "JP"))
        ph, iso = g.intl_phone(reg).replace(" ", "").replace("-", ""), reg
    L.t('tencentcloud sms SendSms resp={"Response":{"SendStatusSet":[{"SerialNo":"').d("5000:" + g.digits(28), "msg_id")
    L.t('","PhoneNumber":"').s(ph, "PHONE_NUMBER").t('","Fee":1,"SessionContext":"","Code":"Ok","Message":"send success","IsoCode":"', iso)
    L.t('"}],"RequestId":"').d(g.uuid(), "uuid").t('"}}')


@tpl("en", "APNs push result (phone embedded in alias)", "PHONE_NUMBER", "uuid, device_token, flight_number")
def _t_apns(g, L):
    r = g.r
    g.when()
    L.t("[push-svc] APNs ", r.choice((200, 200, 410)), " apns-id=").d(g.uuid(upper=True), "uuid").t(" device=").d(g.hexs(64), "device_token")
    L.t(" topic=com.tuyue.travel alias=u_").s(g.mobile(), "PHONE_NUMBER").t(' title="航班 ').d(g.flight(), "flight_number").t(' 延误"')


@tpl("zh", "实名认证 第三方核验 (中文)", "PERSON, CN_RESIDENT_ID, PHONE_NUMBER", "-")
def _t_realname(g, L):
    r, t = g.r, g.when()
    cid = g.cn_id()
    L.t(f_dash(t), " INFO 实名认证请求 name=").s(g.zh_name(), "PERSON").t(" idCardNo=").s(cid, "CN_RESIDENT_ID")
    if r.random() < 0.5:  # date of birth and gender stay unlabelled
        L.t(" gender=", "男" if int(cid[16]) % 2 else "女", " birthday=", cid[6:10], "-", cid[10:12], "-", cid[12:14])
    L.t(" 结果:", r.choice(("一致", "不一致", "库中无此号")), "（运营商三要素 手机 ").s(g.cn_mobile(0), "PHONE_NUMBER").t(" 耗时 ", r.randint(80, 2000), "ms）")


@tpl("zh", "变更记录：重置生产账号密码 (人写)", "PERSON x2, CREDENTIAL", "system_account")
def _t_change_pw(g, L):
    r, t = g.r, g.when()
    L.t("【变更记录】运维 ").s(g.zh_name(), "PERSON").t(" 于 ", t.strftime("%H:%M"), " 重置 ", r.choice(("redis", "MySQL", "MongoDB", "RabbitMQ")), " 生产账号 ")
    L.d(r.choice(DB_ACCOUNTS + ("root", "admin")), "system_account").t(" 的密码为 ").s(g.password(), "CREDENTIAL")
    L.t("，新密码已通过企业微信私聊发给 ").s(g.zh_name(), "PERSON").t("，请勿外传")


@tpl("en", "incident note (English, human)", "PERSON", "case_number, version, server_ip")
def _t_incident(g, L):
    r, t = g.r, g.when()
    L.d("INC-" + t.strftime("%Y%m%d") + "-%04d" % r.randint(1, 300), "case_number").t(": on-call ").s(g.en_name() if r.random() < 0.6 else g.zh_name(), "PERSON")
    L.t(" rolled back ", r.choice(("payment-gateway", "hotel-search", "ride-dispatch")), " to ").d(g.version(), "version")
    L.t(" after ", r.choice(("expired TLS cert on", "connection pool exhaustion on", "disk full on")), " ").d(g.server_ip(), "server_ip")
    L.t("; customer impact ~", r.randint(10, 900), " orders")


@tpl("en", "CS ticket (English, human)", "PERSON(surname after title), EMAIL_ADDRESS, PERSON(agent)", "case_number, card_last4")
def _t_ticket_en(g, L):
    r = g.r
    g.when()
    L.t("[").d("CS-%d" % r.randint(10000, 99999), "case_number").t("] Guest ", r.choice(EN_TITLES), " ").s(g.en_sur(), "PERSON")
    L.t(" (").s(g.email_intl(), "EMAIL_ADDRESS").t(") reports ", r.choice(("double charge", "no-show fee", "wrong room rate")), " on card ending ")
    L.d(g.digits(4, False), "card_last4").t("; assigned to ").s(g.en_name(), "PERSON")


@tpl("en", "Go service panic with DSN / Mongo URI / JDBC URL", "CREDENTIAL", "server_ip, system_account")
def _t_dsn(g, L):
    r = g.r
    g.when()
    pw = g.password()
    ip = g.server_ip()
    acct = r.choice(DB_ACCOUNTS)
    x = r.random()
    if x < 0.4:
        L.t("panic: dial tcp ").d(ip, "server_ip").t(":3306: connect: connection refused (dsn=").d(acct, "system_account").t(":").s(pw, "CREDENTIAL")
        L.t("@tcp(").d(ip, "server_ip").t(":3306)/hotel?charset=utf8mb4&parseTime=True&loc=Local)")
    elif x < 0.7:
        L.t("pymongo.errors.ServerSelectionTimeoutError: uri=mongodb://").d(acct, "system_account").t(":").s(PCT(pw), "CREDENTIAL")
        L.t("@").d(ip, "server_ip").t(":27017,", g.server_ip(), ":27017/ride?replicaSet=rs0&authSource=admin, Timeout: 30s")
    else:
        L.t("com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization. jdbcUrl=jdbc:mysql://").d(ip, "server_ip")
        L.t(":3306/booking?user=").d(acct, "system_account").t("&password=").s(pw, "CREDENTIAL").t("&useSSL=false")


@tpl("en", "cloud access-key leak in SDK init log", "CREDENTIAL x2", "-")
def _t_akleak(g, L):
    r = g.r
    g.when()
    x = r.random()
    if x < 0.4:
        L.t("aliyun-oss-sdk init endpoint=oss-cn-hangzhou.aliyuncs.com accessKeyId=").s("LTAI5t" + g.alnum(18), "CREDENTIAL")
        L.t(" accessKeySecret=").s(g.alnum(30), "CREDENTIAL").t(" bucket=tuyue-invoice")
    elif x < 0.75:
        L.t("botocore.credentials [DEBUG] Found credentials in environment variables. AWS_ACCESS_KEY_ID=").s("AKIA" + g.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "CREDENTIAL")
        L.t(" AWS_SECRET_ACCESS_KEY=").s(g.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"), "CREDENTIAL").t(" region=ap-southeast-1")
    elif x < 0.85:
        L.t("tencentcloud-sdk: credential loaded SecretId=").s("AKID" + g.alnum(32), "CREDENTIAL").t(" SecretKey=").s(g.alnum(32), "CREDENTIAL").t(" region=ap-guangzhou")
    else:
        L.t("[ci] job #", r.randint(1000, 99999), " env dump: NOTIFY_API_KEY=").s(g.api_key(), "CREDENTIAL").t(" NODE_ENV=production")


@tpl("en", "CI/CD deploy line", "PERSON(login)", "version, commit_hash, image_digest")
def _t_deploy(g, L):
    r = g.r
    g.when()
    app = r.choice(("ride-dispatch", "hotel-search", "pay-callback", "member-center"))
    L.t("[deploy] ", app, " ").d(g.version(), "version").t(" (commit ").d(g.hexs(r.choice((7, 40))), "commit_hash")
    L.t(") rolled out to prod-sh by ").s(g.login(), "PERSON").t("; image registry.cn-shanghai.aliyuncs.com/tuyue/", app, "@").d("sha256:" + g.hexs(64), "image_digest")


@tpl("en", "Kubernetes event (kubectl get events)", "none", "version, uuid")
def _t_k8s(g, L):
    r = g.r
    g.when()
    app = r.choice(("hotel-search", "ride-dispatch", "coupon-center", "sms-gateway"))
    L.t(r.randint(1, 59), "s         Normal    Pulled    pod/", app, "-", g.hexs(10), "-", g.alnum(5, "bcdfghjklmnpqrstvwxz2456789"))
    L.t('   Successfully pulled image "registry.cn-hangzhou.aliyuncs.com/tuyue/', app, ":").d(g.version(), "version")
    L.t('" in %.3fs (%.3fs including waiting). Image size: %d bytes. uid=' % (r.uniform(0.5, 9), r.uniform(0.5, 12), r.randint(10**7, 10**9))).d(g.uuid(), "uuid")


@tpl("zh", "WAF 拦截告警 (中文)", "IP_ADDRESS", "rule_id")
def _t_waf(g, L):
    r = g.r
    g.when()
    L.t("【WAF】拦截", r.choice(("SQL注入", "XSS", "命令注入", "恶意扫描")), "攻击：源IP ").s(g.public_ip(), "IP_ADDRESS")
    L.t("，目标 api.", DOM, "，URI /api/order/list?uid=1%27%20or%201=1--，规则ID ").d(str(r.randint(100000, 999999)), "rule_id")
    L.t("，5分钟内攻击次数 ", r.randint(5, 900), "，已自动封禁 30 分钟")


@tpl("zh", "Alertmanager -> 企业微信 (中文)", "PERSON, PHONE_NUMBER", "server_ip, port")
def _t_alertmgr(g, L):
    r = g.r
    g.when()
    L.t("[FIRING:", r.randint(1, 5), "] ", r.choice(("订单服务 P99 延迟过高", "Redis 内存使用率 > 90%", "MySQL 主从延迟")), " 实例: ")
    L.d(g.server_ip(), "server_ip").t(":").d(r.choice(("9100", "9121", "9104")), "port").t(" 值班: ").s(g.zh_name(), "PERSON")
    L.t(" 已电话通知 ").s(g.cn_mobile(r.choice((0, 4))), "PHONE_NUMBER")


@tpl("zh", "在线客服会话记录 (中文)", "PERSON(agent), PERSON(surname+先生/女士), EMAIL_ADDRESS", "employee_id, order_id")
def _t_cs_chat(g, L):
    r, t = g.r, g.when()
    L.t(t.strftime("%Y-%m-%d %H:%M:%S"), " [在线客服][").s(g.zh_name(), "PERSON").t("(工号").d(g.emp_id(), "employee_id").t(")] 您好 ")
    L.s(g.zh_sur(), "PERSON").t(r.choice(("先生", "女士")), "，已为您将订单 ").d(g.order_id(), "order_id").t(" 的电子发票发送至 ")
    L.s(g.email_cn(), "EMAIL_ADDRESS").t("，请注意查收。")


@tpl("zh", "智能客服用户输入 (中文)", "PERSON(login), PHONE_NUMBER", "masked")
def _t_bot_input(g, L):
    r = g.r
    g.when()
    d = g.mobile()
    L.t("[智能客服] 用户 ").s(g.login(), "PERSON").t(' 输入："我的手机号换了，新号码是 ').s(g.fmt_mobile(g.mobile(), r.choice((0, 4, 5))), "PHONE_NUMBER")
    L.t("，旧号 ").d(d[:3] + "****" + d[-4:], "masked").t(' 收不到验证码" 意图=', r.choice(("change_mobile", "login_issue")), " 置信度=%.2f" % r.uniform(0.5, 0.99))


@tpl("zh", "Logback pattern with MDC trace, 修改邮箱 (中文)", "PERSON, EMAIL_ADDRESS x2", "trace_id")
def _t_logback_email(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " [http-nio-8080-exec-", r.randint(1, 200), "] INFO  c.t.member.service.ProfileService - [TID:").d(g.hexs(32), "trace_id")
    L.t("] 会员 ").s(g.zh_name(), "PERSON").t(" 修改邮箱 ").s(g.email_cn(), "EMAIL_ADDRESS").t(" -> ").s(g.email(), "EMAIL_ADDRESS")


@tpl("zh", "短信内容下发记录 (中文)", "PHONE_NUMBER, PERSON", "company, order_id, hotline")
def _t_sms_content(g, L):
    r = g.r
    g.when()
    L.t("短信下发成功 手机:").s(g.cn_mobile(0), "PHONE_NUMBER").t(" 内容:【途悦旅行】尊敬的").s(g.zh_name(), "PERSON").t("，您预订的")
    L.d(r.choice(("希尔顿", "万豪", "丽思卡尔顿", "温德姆", "华尔道夫")), "company").t(r.choice(("酒店（", "大酒店（")), r.choice(CITIES), r.choice(("店", "中心店", "机场店")))
    L.t("）12月", r.randint(6, 31), "日入住已确认，订单号").d(g.order_id(), "order_id").t("，如需帮助请致电 ").d("400-" + g.digits(3) + "-" + g.digits(4), "hotline")


@tpl("zh", "台湾旅客訂房確認 (繁體)", "PERSON, PHONE_NUMBER, PASSPORT", "place")
def _t_tw(g, L):
    r = g.r
    g.when()
    ft = g.fk["zh_TW"]
    L.t("訂房確認：旅客 ").s(ft.last_name() + ft.first_name(), "PERSON").t("，電話 ").s(g.intl_phone("TW"), "PHONE_NUMBER")
    L.t("，護照號碼 ").s(g.digits(9) if r.random() < 0.5 else g.passport("CN"), "PASSPORT").t("，入住地點 ").d(r.choice(("外灘", "鼓浪嶼", "西湖", "亞龍灣")), "place")
    L.t("，", r.randint(1, 5), " 晚")


@tpl("en", "Java exception message (account locked)", "PERSON(login), IP_ADDRESS", "epoch_timestamp")
def _t_java_exc(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " WARN  c.t.passport.web.GlobalExceptionHandler : com.tuyue.passport.exception.AccountLockedException: account locked after ")
    L.t(r.randint(5, 10), " failed attempts: user=").s(g.login(), "PERSON").t(", lastIp=").s(g.client_ip(), "IP_ADDRESS").t(", lockUntil=").d(str(epoch(t) + 1800), "epoch_timestamp")


@tpl("en", "logrus TTY text with %+v struct", "PERSON, PHONE_NUMBER, CREDIT_CARD", "order_id, amount")
def _t_logrus_struct(g, L):
    r = g.r
    g.when()
    L.t("ERRO[%04d] refund failed                                 err=\"bank timeout\" req=\"&{OrderID:" % r.randint(1, 9999))
    L.d(g.order_id(), "order_id").t(" UserName:").s(g.any_name(), "PERSON").t(" Phone:").s(g.cn_mobile(r.choice((1, 0))), "PHONE_NUMBER")
    L.t(" BankCard:").s(g.card_digits(r.choice(("cup", "visa"))), "CREDIT_CARD").t(" Amount:").d(g.amount(), "amount").t('}"')


@tpl("zh", "运营日报 (人写)，品牌名含人名", "PERSON x2, PERSON(surname+经理)", "company")
def _t_daily(g, L):
    r = g.r
    g.when()
    L.t("【日报】12月", r.randint(1, 31), "日夜班由 ").s(g.zh_name(), "PERSON").t("、").s(g.zh_name(), "PERSON").t(" 值守，处理客诉 ", r.randint(3, 60), " 起，其中 ")
    L.s(g.zh_sur(), "PERSON").t("经理 反映 ").d(r.choice(BRAND_ZH), "company").t(" ", r.choice(("门店配送超时", "套餐价格与页面不符", "商品缺货未通知")))


@tpl("en", "promo booking note with public figure", "PERSON, EMAIL_ADDRESS, PERSON(surname after title)", "public_figure, company?")
def _t_promo_en(g, L):
    r = g.r
    g.when()
    L.t('promo "').d(r.choice(FIG_EN), "public_figure").t(' themed tour + hotel" booked by ').s(g.en_name(), "PERSON").t(" (").s(g.email_intl(), "EMAIL_ADDRESS")
    L.t(") for ", r.randint(1, 4), " adults; guide ", r.choice(EN_TITLES), " ").s(g.en_sur(), "PERSON")
    if r.random() < 0.5:
        L.t(", lunch voucher at ").d(r.choice(BRAND_EN), "company")


@tpl("zh", "旅游套餐下单 (名人故里)", "PERSON, PHONE_NUMBER", "public_figure, order_id")
def _t_tour_zh(g, L):
    r = g.r
    g.when()
    L.t("套餐【").d(r.choice(FIG_ZH), "public_figure").t(r.choice(("故里一日游", "主题文化游", "纪念馆半日游")), "】下单成功，游客 ").s(g.zh_name(), "PERSON")
    L.t(" 手机 ").s(g.cn_mobile(), "PHONE_NUMBER").t("，订单 ").d(g.order_id(), "order_id")


@tpl("en", "request filter log with Cookie header", "CREDENTIAL(session id), IP_ADDRESS", "-")
def _t_cookie(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " DEBUG c.t.common.web.RequestLogFilter : REQ GET /member/orders cookie=\"")
    x = r.random()
    if x < 0.4:
        L.t("JSESSIONID=").s(g.hexs(32, upper=True), "CREDENTIAL")
    elif x < 0.7:
        L.t("connect.sid=").s("s%3A" + g.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "." + PCT(g.b64(32).rstrip("=")), "CREDENTIAL")
    else:
        L.t("PHPSESSID=").s(g.alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789"), "CREDENTIAL")
    L.t("; tuyue_uid=", r.randint(10000, 9999999), "; sensorsdata2015jssdkcross=%7B%22distinct_id%22%3A%22", g.hexs(14), "%22%7D\" ip=")
    L.s(g.client_ip(), "IP_ADDRESS")


@tpl("en", "config dump with private key body", "CREDENTIAL(private key body)", "merchant_id")
def _t_privkey(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " INFO  c.t.pay.config.WxPayConfig : loaded wechatpay.mch-id=").d("16" + g.digits(8, False), "merchant_id")
    L.t(" wechatpay.private-key=-----BEGIN PRIVATE KEY-----").s(g.private_key_body(), "CREDENTIAL").t("...-----END PRIVATE KEY-----")


@tpl("en", "supplier feed fetch with basic-auth URL", "CREDENTIAL(URL password)", "system_account")
def _t_feed(g, L):
    r = g.r
    g.when()
    L.t("INFO feed.fetcher Fetching supplier feed from https://").d(r.choice(("tuyue_feed", "svc-feed", "api_partner")), "system_account").t(":")
    L.s(PCT(g.password()), "CREDENTIAL").t("@feed.supplier-hotels.com/v2/rates?city=", r.choice(("SHA", "PEK", "BKK", "SIN")), "&since=", r.randint(1, 48), "h")


@tpl("zh", "钉钉机器人推送失败 (URL 带 access_token)", "CREDENTIAL", "-")
def _t_dingtoken(g, L):
    r, t = g.r, g.when()
    L.t(f_dash(t), " ERROR 钉钉机器人推送失败 url=https://oapi.dingtalk.com/robot/send?access_token=").s(g.hexs(64), "CREDENTIAL")
    L.t(" errcode=", r.choice(("310000", "300001", "130101")), " errmsg=", r.choice(("sign not match", "keywords not in content", "send too fast")))


@tpl("zh", "快递揽收通知 (中文)", "PERSON x2, PHONE_NUMBER", "waybill")
def _t_waybill(g, L):
    r = g.r
    g.when()
    wb = r.choice(("SF", "YT", "JDX", "ZTO")) + g.digits(12)
    L.t("运单 ").d(wb, "waybill").t(" 已揽收，寄件人 ").s(g.zh_name(), "PERSON").t(" ").s(g.cn_mobile(r.choice((0, 4))), "PHONE_NUMBER")
    L.t("，收件人 ").s(g.zh_name(), "PERSON").t("（地址：", r.choice(CITIES), "市", r.choice(("朝阳区", "浦东新区", "天河区", "南山区")), "某路", r.randint(1, 999), "号）")


@tpl("en", "python-json-logger auth line", "PERSON(login) or EMAIL_ADDRESS, IP_ADDRESS", "-")
def _t_pyjson(g, L):
    r, t = g.r, g.when()
    user = (g.login(), "PERSON") if r.random() < 0.6 else (g.email(), "EMAIL_ADDRESS")
    jo(L, [("asctime", f_py(t)), ("name", "auth.login"), ("levelname", "WARNING"), ("message", "login failed"),
           ("username", user[0], user[1]), ("remote_ip", g.client_ip(), "IP_ADDRESS"), ("attempt", r.randint(1, 6))], sp=True)


@tpl("zh", "安全中心一键报警 (中文)", "PERSON x2, PHONE_NUMBER, LICENSE_PLATE", "order_id")
def _t_safety(g, L):
    r = g.r
    g.when()
    L.t("【安全中心】行程 ").d(g.order_id(), "order_id").t(" 触发一键报警，乘客 ").s(g.zh_name(), "PERSON").t("（").s(g.cn_mobile(), "PHONE_NUMBER")
    L.t("），司机 ").s(g.zh_name(), "PERSON").t("，车牌 ").s(g.plate(), "LICENSE_PLATE").t("，已同步110并通知紧急联系人")


@tpl("zh", "Python logging 发券 (中文)", "PERSON(login), PHONE_NUMBER", "amount")
def _t_py_coupon(g, L):
    r, t = g.r, g.when()
    L.t(f_py(t), " [INFO] coupon.issue: 发放优惠券成功 user=").s(g.login(), "PERSON").t(" 手机=").s(g.cn_mobile(r.choice((0, 4, 5))), "PHONE_NUMBER")
    L.t(" 面额=").d(str(r.choice((5, 10, 20, 50))), "amount").t(" 活动=", r.choice(("双12酒店满减", "新客打车立减", "外卖红包")))


@tpl("zh", "logrus text, 中文 msg (骑手送达)", "PERSON, PHONE_NUMBER", "order_id")
def _t_logrus_zh(g, L):
    r, t = g.r, g.when()
    L.t('time="', t.strftime("%Y-%m-%dT%H:%M:%S+08:00"), '" level=info msg="', r.choice(("骑手已送达", "用户已签收", "超时赔付已发放")), '" order=')
    L.d(g.order_id(r.choice((1, 3, 5))), "order_id").t(' phone="').s(GOQ(g.cn_mobile(r.choice((1, 3)))), "PHONE_NUMBER").t('" rider="').s(GOQ(g.zh_name()), "PERSON").t('"')


@tpl("zh", "pino JSON, 中文 msg (客服转人工)", "PERSON, EMAIL_ADDRESS", "epoch_timestamp, uuid")
def _t_pino_zh(g, L):
    r, t = g.r, g.when()
    L.t('{"level":', r.choice((30, 40)), ',"time":').d(str(epoch_ms(t)), "epoch_timestamp").t(',"pid":', r.randint(7, 9000), ',"hostname":"cs-bot-', g.hexs(5))
    L.t('","msg":"', r.choice(("转人工客服", "用户情绪负面，升级处理", "会话超时关闭")), '","sessionId":"').d(g.uuid(), "uuid")
    L.t('","userName":"').s(J(g.zh_name()), "PERSON").t('","contact":"').s(g.email(), "EMAIL_ADDRESS").t('"}')


@tpl("zh", "退款审批 (人写)", "PERSON(staff), PERSON(holder)", "order_id, amount, card_last4")
def _t_refund(g, L):
    r = g.r
    g.when()
    L.t("【退款审批】财务 ").s(g.zh_name(), "PERSON").t(" 审批通过订单 ").d(g.order_id(), "order_id").t(" 退款 ").d(g.amount(), "amount")
    L.t(" 元，原路退回至尾号 ").d(g.digits(4, False), "card_last4").t(" 的", r.choice(("招商银行", "工商银行", "建设银行")), "卡，持卡人 ").s(g.zh_name(), "PERSON")


@tpl("zh", "航班延误推送 (中文)", "PERSON(surname+女士/先生), PHONE_NUMBER", "flight_number, uuid")
def _t_flight_push(g, L):
    r = g.r
    g.when()
    L.t("推送成功 msgId=").d(g.uuid(), "uuid").t(" 手机=").s(g.cn_mobile(), "PHONE_NUMBER").t(" 标题:航班 ").d(g.flight(), "flight_number")
    L.t(" 延误 内容:尊敬的").s(g.zh_sur(), "PERSON").t(r.choice(("女士", "先生")), "，您的航班预计延误", r.randint(30, 240), "分钟，可在App内申请延误险理赔")


@tpl("zh", "验证码短信 (中文)", "PHONE_NUMBER", "pickup_code")
def _t_otp(g, L):
    r = g.r
    g.when()
    L.t("验证码短信 发送至 ").s(g.cn_mobile() if r.random() < 0.85 else g.intl_phone(), "PHONE_NUMBER").t(" 验证码 ").d(g.code(), "pickup_code")
    L.t(" 有效期", r.choice((5, 10)), "分钟 通道=", r.choice(("阿里云", "腾讯云", "创蓝253")))


@tpl("zh", "呼叫中心通话记录 (中文)", "PHONE_NUMBER, PERSON(agent)", "employee_id")
def _t_cdr(g, L):
    r = g.r
    g.when()
    L.t("【呼叫中心】来电 ").s(g.landline() if r.random() < 0.6 else g.cn_mobile(0), "PHONE_NUMBER").t(" 归属地 ", r.choice(CITIES), " 接听坐席 ")
    L.s(g.zh_name(), "PERSON").t("（工号").d(g.emp_id(), "employee_id").t("）通话 ", r.randint(10, 900), " 秒，录音 rec_", g.digits(10), ".wav")


@tpl("zh", "司机注册审核 (中文)", "PERSON x2, CN_RESIDENT_ID, LICENSE_PLATE", "-")
def _t_driver_audit(g, L):
    r = g.r
    g.when()
    L.t("司机注册审核：姓名 ").s(g.zh_name(), "PERSON").t("，驾驶证号 ").s(g.cn_id(), "CN_RESIDENT_ID").t("，车牌 ").s(g.plate(), "LICENSE_PLATE")
    L.t("，审核结果 ", r.choice(("通过", "驳回（车辆年限超过8年）", "驳回（证件照模糊）")), "，审核人 ").s(g.zh_name(), "PERSON")


@tpl("zh", "发布通知 (中文)", "none", "version, commit_hash, case_number")
def _t_release_zh(g, L):
    r = g.r
    g.when()
    L.t("【发布】", r.choice(("ride-dispatch", "hotel-search", "pay-callback")), " ").d(g.version(), "version").t(" 已全量发布，commit ")
    L.d(g.hexs(7), "commit_hash").t("，发布单号 ").d("REL-" + g.t.strftime("%Y%m%d") + "-%03d" % r.randint(1, 200), "case_number").t("，灰度期间错误率 %.2f%%" % r.uniform(0, 1))


@tpl("zh", "订单状态同步 (只有脱敏值)", "none", "masked, place, order_id")
def _t_masked_zh(g, L):
    r = g.r
    g.when()
    d = g.mobile()
    L.t("订单 ").d(g.order_id(), "order_id").t(" 状态同步：用户 ").d(r.choice((d[:3] + "****" + d[-4:], "张*", "王**", "l***@163.com")), "masked")
    L.t(" 在 ").d(g.place_zh(), "place").t(" 门店下单，", r.choice(("已接单", "已出餐", "配送中", "已完成")))


# --------------------------------------------------------------------------- value checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
PLATE_RE = re.compile("[" + PROVINCE_ABBR + "][A-HJ-NP-Z][· ]?[A-HJ-NP-Z0-9]{5,6}")
PASSPORT_RE = re.compile(r"(?=[A-Z]*\d)[A-Z0-9]{7,9}")
SSN_RE = re.compile(r"(\d{3})([- ]?)(\d{2})\2(\d{4})")
KIND_RE = re.compile(r"[a-z][a-z0-9_]*")
ESC_BEFORE_RE = re.compile(r"(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4})$")  # printed escape ends right before a label


def _decode(v):
    s = v
    if "\\x" in s:
        out, i = bytearray(), 0
        while i < len(s):
            if s.startswith("\\x", i) and re.fullmatch(r"[0-9A-Fa-f]{2}", s[i + 2:i + 4] or ""):
                out.append(int(s[i + 2:i + 4], 16))
                i += 4
            else:
                out += s[i].encode("utf-8")
                i += 1
        s = out.decode("utf-8")
    if "\\" in s:
        try:
            s = json.loads('"' + s + '"')
        except ValueError:
            pass
    if "%" in s:
        s = urllib.parse.unquote(s)
    return s


def _valid_phone(s):
    if not re.fullmatch(r"\+?\(?[0-9][0-9 ()\-.]{5,22}", s):
        return False
    digits = re.sub(r"\D", "", s)
    cands = [(s, reg) for reg in PHONE_REGIONS] + [("+" + digits, None)]
    for txt, reg in cands:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(txt, reg)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def _valid_cn_id(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    if s[:2] not in CN_PROVINCES or gb11643(s[:17]) != s[17]:
        return False
    try:
        bd = datetime.strptime(s[6:14], "%Y%m%d").date()
    except ValueError:
        return False
    return date(1900, 1, 1) <= bd <= date(2026, 12, 5)


def _valid_iban(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c):
        return False
    if c[:2] in IBAN_SPECS and len(c) != IBAN_SPECS[c[:2]][0]:
        return False
    return iban_num(c[4:] + c[:4]) % 97 == 1


def _valid_ssn(s):
    m = SSN_RE.fullmatch(s)
    if not m:
        return False
    a, g_, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g_ > 0 and n > 0


def valid_value(typ, raw):
    s = _decode(raw)
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL_RE.fullmatch(s))
    if typ == "PHONE_NUMBER":
        return _valid_phone(s)
    if typ == "CREDIT_CARD":
        c = re.sub(r"[ \-]", "", s)
        return bool(re.fullmatch(r"\d{13,19}", c)) and luhn_ok(c)
    if typ == "IBAN_CODE":
        return _valid_iban(s)
    if typ == "US_SSN":
        return _valid_ssn(s)
    if typ == "CN_RESIDENT_ID":
        return _valid_cn_id(s)
    if typ == "PASSPORT":
        return bool(PASSPORT_RE.fullmatch(s))
    if typ == "LICENSE_PLATE":
        return bool(PLATE_RE.fullmatch(s))
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if typ == "CREDENTIAL":
        return len(raw) >= 6 and not re.search(r"\s", raw)
    if typ == "PERSON":
        return (0 < len(s) <= 40 and "@" not in s and not s.isdigit() and s == s.strip()
                and not re.search(r"[=\"<>{}\[\]:;,]", s))
    return False


def _word(c):
    return c.isascii() and c.isalnum()


def _check_record(rec, k=None):
    assert set(rec) == {"text", "spans", "decoys", "template"}, sorted(rec)
    text = rec["text"]
    assert isinstance(text, str) and text, "empty text"
    assert "\n" not in text and "\r" not in text, "newline in text"
    if k is not None:
        assert isinstance(rec["template"], int) and 0 <= rec["template"] < k, rec["template"]
    spans, decoys = rec["spans"], rec["decoys"]
    assert len(spans) <= MAX_SPANS, ("too many spans", len(spans))
    assert len(decoys) <= MAX_DECOYS, ("too many decoys", len(decoys))
    for a, b, lab in spans + decoys:
        assert isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text), (a, b, lab)
        assert text[a:b] == text[a:b].strip(), ("whitespace at label edge", text[a:b])
        assert not (a > 0 and _word(text[a - 1]) and _word(text[a]) and not ESC_BEFORE_RE.search(text[max(0, a - 6):a])), (
            "label starts inside a token", text[a - 1:b])
        assert not (b < len(text) and _word(text[b - 1]) and _word(text[b])), ("label ends inside a token", text[a:b + 1])
    allr = sorted(spans + decoys)
    for x, y in zip(allr, allr[1:]):
        assert x[1] <= y[0], ("overlap", x, y, text)
    for a, b, typ in spans:
        assert typ in SPAN_TYPES, typ
        assert valid_value(typ, text[a:b]), ("invalid value", typ, text[a:b])
    for a, b, kind in decoys:
        assert isinstance(kind, str) and KIND_RE.fullmatch(kind), kind
    for a, b, typ in spans:
        v = text[a:b]
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            if i != a:
                ok = any(x <= i and j <= y for x, y, _ in spans)
                if not ok and typ == "PERSON":
                    ok = any(x <= i and j <= y for x, y, _ in decoys)
                assert ok, ("unlabelled occurrence", typ, v, text)
            i = text.find(v, i + 1)


# --------------------------------------------------------------------------- API


def blind_log14(n: int, seed: int = 0) -> list[dict]:
    """Generate n labelled log lines; deterministic for a given seed."""
    rng = random.Random(seed)
    g = Gen(rng)
    k = len(TEMPLATES)
    order = list(range(k))
    rng.shuffle(order)
    out = []
    for i in range(n):
        tid = order[i % k]
        clean = rng.random() < 0.1
        for _ in range(200):
            L = Line()
            TEMPLATES[tid][0](g, L)
            rec = L.finish(rng, clean)
            rec["template"] = tid
            try:
                _check_record(rec, k)
            except AssertionError:
                continue
            break
        else:
            raise AssertionError("template %d cannot produce a valid line" % tid)
        out.append(rec)
    return out


def validate(records) -> dict:
    """Check every record; raise AssertionError on any problem; return counters."""
    k = len(TEMPLATES)
    spans, decoys, templates = Counter(), Counter(), Counter()
    no_span = masked_lines = 0
    for rec in records:
        _check_record(rec, k)
        templates[rec["template"]] += 1
        for _, _, typ in rec["spans"]:
            spans[typ] += 1
        for _, _, kind in rec["decoys"]:
            decoys[kind] += 1
        if not rec["spans"]:
            no_span += 1
        if any(kd == "masked" for _, _, kd in rec["decoys"]):
            masked_lines += 1
    return {"records": len(records), "templates": k, "templates_used": len(templates),
            "lines_without_spans": no_span, "lines_with_masked": masked_lines,
            "spans": dict(sorted(spans.items())), "decoys": dict(sorted(decoys.items())),
            "span_total": sum(spans.values()), "decoy_total": sum(decoys.values())}


def template_table():
    return "\n".join("%d: %s / %s -- %s | %s" % (i, t[1], t[2], t[3], t[4]) for i, t in enumerate(TEMPLATES))


def main(argv=None):
    recs = blind_log14(5000, 0)
    c = validate(recs)
    print("records: %d  templates: %d (used %d)  lines without spans: %d" % (
        c["records"], c["templates"], c["templates_used"], c["lines_without_spans"]))
    print("spans per TYPE:")
    for typ in SPAN_TYPES:
        print("  %-16s %6d" % (typ, c["spans"].get(typ, 0)))
    print("  %-16s %6d" % ("total", c["span_total"]))
    print("decoys per KIND:")
    for kind, cnt in sorted(c["decoys"].items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-16s %6d" % (kind, cnt))
    print("  %-16s %6d" % ("total", c["decoy_total"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
