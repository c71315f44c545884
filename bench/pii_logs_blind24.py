"""Blind labelled evaluation set no. 24 for a log PII redactor -- CRM / marketing-automation SaaS.

Provenance
----------
Written blind on 2026-12-06.  What was read of the project while writing it: nothing (no
source, rules, seeds, tests, docs, training data or other benchmark files; the redactor was
never imported or run).  Everything here comes from general knowledge of how the named systems
print their logs (field order, key names, quoting, escaping and message wording).  Only the
Python standard library, Faker (40.x) and phonenumbers (9.x) are used.

Theme: a SaaS CRM and marketing-automation company -- contact / lead imports (CSV rows, API
upserts), e-mail campaigns with bounces and unsubscribes, SMS and WhatsApp sends, a CDP's
identity resolution and event streams, outbound webhooks, sales-call recordings and
transcripts, support desk, billing, SSO / SCIM provisioning, and the China-region deployment
(企业微信 / 钉钉 integrations, 短信 channels, 销售线索).

API
---
blind_log24(n, seed=0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans / decoys are lists of
    [start, end, TYPE] / [start, end, KIND] with Python code-point offsets; text[start:end] is
    the value exactly as the line prints it (percent-encoded, \\u-escaped or JSON-escaped where
    the line prints it so).  One random.Random(seed) drives everything; the Faker instances are
    seeded from it, so output is stable for a given seed.  Templates are used round-robin over
    one shuffled order; template numbers are 0..K-1.  About one record in ten is "clean": every
    planted value is replaced by a masked placeholder (recorded as decoy "masked") or by a dash.
validate(records) -> dict
    Self-check; raises AssertionError on any problem (offsets in range, no newline in a text,
    spans not overlapping each other or decoys, at most 4 spans and 3 decoys a line, every
    other occurrence of a planted value inside the line also labelled, values being what their
    type says: Luhn-valid cards with a real brand prefix, phones valid per phonenumbers, IBAN
    mod-97, GB 11643 check digit and known area code on Chinese IDs, SSA rules on SSNs, ...).
    Returns counters (per TYPE, per decoy KIND, per template, clean lines).
python pii_logs_blind24.py
    Generates 5,000 lines (seed 0), validates them and prints counts per TYPE and per KIND.

Value generators
----------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES (first + last
                name, no honorifics); compound surnames (欧阳, 司马, 上官, 诸葛, 慕容 ...); rare
                surnames (禤, 亓, 仉, 庹, 冼, 郗, 昝, 乜, 覃 ...); minority names (Uyghur
                "given·father", Tibetan, Mongolian); surname-only before a title; person
                logins (jsmith, john.smith, zhang.wei, wangfang88, weizhang).
EMAIL_ADDRESS   name- or pinyin-based local parts, plus-addressing, consumer and corporate
                domains, numeric QQ mail; printed raw, %40-encoded or \\u0040-escaped.
PHONE_NUMBER    CN mobiles (valid prefixes) printed 13800138000 / 138 0013 8000 / 138-0013-8000 /
                +86 138 0013 8000 / +8613800138000 / 0086 ... / 86... / (+86) ...; CN landlines
                (010-65521234, (021) 5888 1234, +86 755 8601 3388 ...); US numbers from real
                area codes; other regions from phonenumbers.example_number_for_type with a random
                tail, kept only if valid, printed E.164 / international / national / dashed /
                digits-only (WhatsApp wa_id); %2B-encoded in form bodies.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55, 2221-2720), Amex (34/37), UnionPay (62),
                plain, 4-4-4-4 / 4-6-5 spaced, or dashed.
IBAN_CODE       DE GB FR ES NL IT BE AT CH IE PL with correct mod-97 check digits, compact or
                grouped by four.
US_SSN          area 001-899 except 666, group 01-99, serial 0001-9999; dashed, spaced, plain.
CN_RESIDENT_ID  real county area codes, birth date 1958-2004, GB 11643 check digit (X allowed).
PASSPORT        CN (E/G + 8 digits, E + letter + 7), US (9 digits / letter + 8), GB (9 digits),
                DE (C + 8), IN (letter + 7), FR (2 digits 2 letters 5 digits).
LICENSE_PLATE   CN ordinary and new-energy plates (with or without the middle dot), US, UK, DE.
IP_ADDRESS      client / user IPv4 from ISP ranges (US, EU, CN) and IPv6 (240e:, 2408:, 2a02:...).
CREDENTIAL      passwords, Stripe sk_live / rk_live / whsec, AWS AKIA + secret, SendGrid SG.,
                Slack webhook secrets, Twilio auth tokens, Mailchimp keys, HubSpot pat-na1- /
                hapikey, JWTs, ya29 OAuth tokens, PHPSESSID / JSESSIONID / connect.sid values,
                SAML SessionIndex, 钉钉 access_token, 企业微信 corpsecret / access_token / robot key,
                PEM private-key bodies (JSON-escaped), URL / DSN password parts.

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (QQ numeric too); role mailboxes
  (service@, noreply@, alerts@, billing@, support@ ...) -> decoy role_mailbox.
* Server / upstream / proxy / DB / relay / MTA / cache addresses -> decoy server_ip; a client's
  or user's address (browser, phone, workstation, attacker) -> IP_ADDRESS.
* Surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) -> PERSON on the surname
  only; "王建国主任医师" -> PERSON on 王建国; full names of staff (reps, agents, engineers,
  doctors, 运维, 值班人员) are PERSON.
* Famous historical people / fictional characters -> decoy public_figure; brands named after
  people -> decoy company; streets, districts, scenic spots, hospitals, schools, buildings ->
  decoy place.
* Passwords, API / access / secret keys, session ids and cookie values, bearer tokens and JWTs
  (token only), private-key bodies, connection-string and URL password parts -> CREDENTIAL;
  one-time SMS / verification / pickup codes -> decoy pickup_code.
* Person-looking logins (jsmith, zhang.wei) -> PERSON; root, admin, svc-*, service accounts ->
  decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1), case / ticket
  numbers, 工号, waybills, train / flight numbers, UUIDs, commit hashes, image digests, trace ids,
  epoch timestamps, amounts, ports, versions and similar identifiers -> decoys with a
  descriptive kind.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张小泉) but every other occurrence of a planted
  value in the line is itself labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.  Some templates
  carry no span at all (decoys only) to measure over-redaction.

Templates  (number: language / system -- spans | decoys)
---------------------------------------------------------
0: en / Celery worker / CSV contact import row -- PERSON x2, EMAIL_ADDRESS, PHONE_NUMBER | uuid
1: en / nginx combined access log, CRM web export (JWT in query) -- IP_ADDRESS, EMAIL_ADDRESS (%40), CREDENTIAL | -
2: en / SendGrid event webhook JSON (bounce/dropped/deferred) -- EMAIL_ADDRESS | epoch_timestamp, server_ip
3: en / Postfix smtp bounce -- EMAIL_ADDRESS x2 | server_ip x2
4: en / Amazon SES bounce notification via SNS -- EMAIL_ADDRESS x2 | server_ip x2, role_mailbox
5: en / Mailchimp unsubscribe webhook, form-encoded body -- EMAIL_ADDRESS x2 (%40), PERSON, IP_ADDRESS | -
6: en / Twilio SMS status callback params -- PHONE_NUMBER (%2B) | account_id, version
7: en / WhatsApp Cloud API inbound webhook JSON -- PERSON, PHONE_NUMBER x2 (wa_id digits) | business_number, account_id, epoch_timestamp
8: en / Segment identify call received by CDP ingest -- IP_ADDRESS, EMAIL_ADDRESS, PERSON, PHONE_NUMBER | version, message_id
9: en / identity-resolution service, logfmt -- EMAIL_ADDRESS, PHONE_NUMBER | trace_id
10: en / webhook dispatcher, zap JSON -- CREDENTIAL (URL token), EMAIL_ADDRESS | epoch_timestamp, server_ip, port
11: en / sales-call transcript segment (Gong-style) -- PERSON (rep full name), PERSON (surname after title) | call_id
12: en / Amazon Transcribe Call Analytics segment (spoken card) -- CREDIT_CARD | uuid
13: en / Zendesk ticket sync -- PERSON x2, EMAIL_ADDRESS | case_number
14: en / Stripe webhook handler, Ruby Logger -- EMAIL_ADDRESS, PERSON | event_id, amount
15: en / payment gateway debug (form body + headers dict) -- CREDIT_CARD, PERSON (+ for space), EMAIL_ADDRESS (%40), CREDENTIAL | version
16: en / SCIM 2.0 user create (Okta to CRM) -- EMAIL_ADDRESS x2, PERSON x2 | -
17: en / SCIM PATCH deactivate (no PII) -- - | uuid, system_account, request_id
18: en / SAML SSO, Java (OpenSAML) -- EMAIL_ADDRESS, CREDENTIAL (SessionIndex), IP_ADDRESS | -
19: en / Okta System Log event JSON -- EMAIL_ADDRESS, PERSON, IP_ADDRESS | uuid
20: en / Rails request Parameters line -- PERSON x2, EMAIL_ADDRESS, PHONE_NUMBER | request_id (uuid), masked
21: en / PostgreSQL unique-violation DETAIL -- EMAIL_ADDRESS | system_account
22: en / ETL loader, SQLAlchemy URL with password -- CREDENTIAL (URL-encoded password) | system_account, server_ip, port
23: en / Spring Boot 3 lead upsert -- PERSON, PHONE_NUMBER, EMAIL_ADDRESS | record_id, system_account
24: en / Kafka console consumer, CDP event stream (key = e-mail) -- EMAIL_ADDRESS x2, IP_ADDRESS | epoch_timestamp
25: en / HAProxy HTTP log, click tracking -- IP_ADDRESS, EMAIL_ADDRESS (%40) | -
26: en / Salesforce Apex debug log USER_DEBUG -- PERSON x2, EMAIL_ADDRESS, PHONE_NUMBER | record_id
27: en / RFC 5424 syslog audit with structured data -- PERSON (login), IP_ADDRESS | -
28: en / CEF from WAF (attack on contacts API) -- IP_ADDRESS (attacker) | server_ip, port, system_account
29: en / CDP segment recompute (no PII) -- - | company, public_figure, uuid
30: en / billing invoice paid -- PERSON, EMAIL_ADDRESS | invoice_number, amount, company
31: en / nginx error log, upstream timeout -- IP_ADDRESS | server_ip
32: en / Envoy default access log -- IP_ADDRESS (x-forwarded-for) | request_id, server_ip
33: en / SEPA direct-debit mandate -- IBAN_CODE, PERSON, IP_ADDRESS | mandate_reference
34: en / PII scanner warning on custom field (SSN) -- US_SSN, PERSON | record_id
35: en / contact upsert API body with passport -- PERSON, PASSPORT, PHONE_NUMBER, EMAIL_ADDRESS | -
36: en / dealer-management sync, test drive booking -- PERSON, LICENSE_PLATE | vin
37: en / config dump of environment -- CREDENTIAL x3 | masked, server_ip
38: en / GCP service-account key JSON logged -- CREDENTIAL (PEM body) | system_account, client_id
39: en / Python http.client debuglevel send -- CREDENTIAL (bearer token) | -
40: en / Slack incoming-webhook alert -- CREDENTIAL (webhook secret), PERSON, EMAIL_ADDRESS | -
41: en / Zoom recording.completed webhook -- EMAIL_ADDRESS, PERSON, CREDENTIAL (download_token) | epoch_timestamp, uuid
42: en / Freshdesk reply sent -- PERSON x2, EMAIL_ADDRESS | case_number, role_mailbox
43: en / password reset mail sent -- EMAIL_ADDRESS, CREDENTIAL (reset token) | role_mailbox
44: en / billing reconciliation (no PII) -- - | order_id (Luhn 16), amount, trace_id
45: en / Redis MONITOR, OTP cache write -- PHONE_NUMBER (in key) | epoch_timestamp, server_ip, pickup_code
46: en / web login with IPv6 client and session -- EMAIL_ADDRESS, IP_ADDRESS (v6), CREDENTIAL (session) | -
47: en / Express/morgan dev log with cookie header -- CREDENTIAL (connect.sid), PERSON (login) | -
48: en / deploy notice (no PII) -- - | version, commit_hash, image_digest
49: zh / 企业微信 通讯录变更回调 XML -- PERSON (login), PERSON, PHONE_NUMBER, EMAIL_ADDRESS | corp_id, system_account, epoch_timestamp
50: zh / 钉钉 自定义机器人 推送新线索 -- CREDENTIAL (access_token), PERSON (surname), PHONE_NUMBER x2 | epoch_timestamp, signature
51: zh / 钉钉 topapi/v2/user/get 响应 -- PERSON, PHONE_NUMBER, EMAIL_ADDRESS | user_id, employee_id, request_id
52: zh / 阿里云短信 SendSms 验证码 -- PHONE_NUMBER | pickup_code, request_id
53: zh / 腾讯云短信 SendSms 响应 JSON -- PHONE_NUMBER | serial_no, request_id
54: zh / 销售线索导入 Java 行日志 -- PERSON, PHONE_NUMBER, EMAIL_ADDRESS | -
55: zh / 线索自动分配 -- PERSON (sales), PERSON (surname), PHONE_NUMBER | lead_id, employee_id
56: zh / 客服工单 -- PERSON (surname), PHONE_NUMBER, PERSON (值班人员) | case_number
57: zh / 通话录音 ASR 转写 -- PERSON x2, CN_RESIDENT_ID, PHONE_NUMBER | call_id
58: zh / 企业实名认证 法定代表人核验 -- PERSON, CN_RESIDENT_ID | trace_id
59: zh / 电子发票开具 -- PERSON (surname) | invoice_number, amount, role_mailbox
60: zh / nginx 访问日志 线索搜索 (URL 编码中文姓名) -- IP_ADDRESS, PERSON (%-encoded), PHONE_NUMBER | -
61: zh / 礼品寄送 顺丰 -- PERSON, PHONE_NUMBER | public_figure, waybill
62: zh / 营销活动推送完成 (无个人信息) -- - | public_figure, company, campaign_id
63: zh / 线下沙龙报名 -- PERSON (compound surname before title), PHONE_NUMBER | place
64: zh / CMPP 上行 退订回复 -- PHONE_NUMBER x2 (different printings) | sms_service_code, message_id
65: zh / 钉钉免登 -- PERSON, IP_ADDRESS | corp_id, user_id
66: zh / JDBC 连接失败 -- CREDENTIAL (URL password) | server_ip, port, system_account
67: zh / 销售拜访出差 -- PERSON (sales), PERSON (surname) | train_number, flight_number
68: zh / 400 热线来电 固话 -- PHONE_NUMBER (landline), PERSON (agent) | hotline, employee_id
69: zh / 4S 店试驾登记 -- PERSON (surname), PHONE_NUMBER, LICENSE_PLATE | company
70: zh / 出境游报名 护照 -- PERSON, PASSPORT | flight_number
71: zh / 台湾区客服 (繁体) -- PERSON (zh_TW), PHONE_NUMBER (TW) | -
72: zh / 企业微信 添加外部联系人 -- PERSON (customer), PHONE_NUMBER, PERSON (sales) | external_userid
73: zh / CDP 画像合并 (Python json.dumps, \\u 转义) -- PERSON (\\u-escaped), PHONE_NUMBER | unionid
74: zh / OneID 身份归并 -- PHONE_NUMBER, EMAIL_ADDRESS, PERSON (login) | uuid
75: zh / 企业微信 群机器人 告警失败 -- CREDENTIAL (uuid-shaped key), PERSON (值班) | -
76: zh / 企业微信 gettoken -- CREDENTIAL x2 (corpsecret, access_token) | corp_id
77: zh / 发布上线 (无个人信息) -- - | version, commit_hash, image_digest
78: zh / 官网表单 QQ 邮箱 -- PERSON, EMAIL_ADDRESS (QQ numeric), IP_ADDRESS | -
79: zh / 订单支付成功 (无个人信息) -- - | order_id (11 digits), amount, order_id (Luhn 16)
80: zh / 质检告警 坐席复述身份证 -- PERSON (agent), CN_RESIDENT_ID | masked
81: zh / 医疗版 预约回访 -- PERSON (patient), PERSON (doctor before title) | place
82: zh / 邮件退信 -- EMAIL_ADDRESS | campaign_id, server_ip
83: zh / 神策埋点 track 事件 (distinct_id 为手机号) -- PHONE_NUMBER x2, IP_ADDRESS | epoch_timestamp
84: zh / 短信群发 营销 (手机号掩码与明文) -- PHONE_NUMBER, PERSON (运维) | masked, campaign_id
85: zh / 钉钉 SSO 登录 会话 -- PERSON (login), CREDENTIAL (session), IP_ADDRESS | -
86: zh / 企业账户 对公打款 IBAN (海外客户) -- IBAN_CODE, PERSON | amount
87: zh / 银联卡 续费扣款失败 -- CREDIT_CARD, PERSON | order_id
88: zh / 外呼 通话记录 (固话 + 手机) -- PHONE_NUMBER x2, PERSON (agent) | call_id
"""

import calendar
import datetime as _dt
import ipaddress
import json
import re
import random
import sys
import unicodedata
import urllib.parse
import uuid as _uuid
from collections import Counter

import phonenumbers
from faker import Faker

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
         "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS", "CREDENTIAL")


# ----------------------------------------------------------------------------- labelled pieces
class V:
    """A labelled piece of a line: span (TYPE) when span is True, else decoy (KIND)."""
    __slots__ = ("v", "lab", "span")

    def __init__(self, v, lab, span):
        self.v, self.lab, self.span = v, lab, span


def S(v, t):
    assert t in TYPES, t
    return V(v, t, True)


def D(v, k):
    return V(v, k, False)


def _flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from _flat(p)
        elif p is None:
            continue
        else:
            yield p


class SV:
    """A JSON string value spliced from plain text and labelled pieces."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


def J(obj, ascii=False, sep=(",", ":")):
    """Serialise obj as JSON; V leaves stay labelled (value escaped the way json prints it)."""
    out = []

    def emit(o):
        if isinstance(o, SV):
            out.append('"')
            for p in o.parts:
                if isinstance(p, V):
                    out.append(V(json.dumps(str(p.v), ensure_ascii=ascii)[1:-1], p.lab, p.span))
                else:
                    out.append(json.dumps(p, ensure_ascii=ascii)[1:-1])
            out.append('"')
        elif isinstance(o, V):
            if isinstance(o.v, str):
                enc = json.dumps(o.v, ensure_ascii=ascii)[1:-1]
                out.extend(['"', V(enc, o.lab, o.span), '"'])
            else:
                out.append(V(str(o.v), o.lab, o.span))
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k, ensure_ascii=ascii) + sep[1])
                emit(v)
            out.append("}")
        elif isinstance(o, (list, tuple)):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep[0])
                emit(v)
            out.append("]")
        else:
            out.append(json.dumps(o, ensure_ascii=ascii))

    emit(obj)
    return out


def FORM(pairs):
    """application/x-www-form-urlencoded body; labelled values are quote_plus'ed."""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append("&")
        out.append(urllib.parse.quote_plus(k) + "=")
        if isinstance(v, V):
            out.append(V(urllib.parse.quote_plus(str(v.v)), v.lab, v.span))
        else:
            out.append(urllib.parse.quote_plus(str(v)))
    return out


def enc(v):
    """Percent-encode a labelled value for a URL query (keeps the label)."""
    return V(urllib.parse.quote(v.v, safe=""), v.lab, v.span)


# ----------------------------------------------------------------------------- static pools
LUHN_W = None
CN_AREAS = {
    "110101": "北京市东城区", "110105": "北京市朝阳区", "110108": "北京市海淀区",
    "120101": "天津市和平区", "310104": "上海市徐汇区", "310115": "上海市浦东新区",
    "310110": "上海市杨浦区", "320102": "南京市玄武区", "320505": "苏州市虎丘区",
    "330106": "杭州市西湖区", "330102": "杭州市上城区", "350203": "厦门市思明区",
    "370202": "青岛市市南区", "420106": "武汉市武昌区", "430104": "长沙市岳麓区",
    "440106": "广州市天河区", "440305": "深圳市南山区", "440304": "深圳市福田区",
    "500103": "重庆市渝中区", "510107": "成都市武侯区", "610113": "西安市雁塔区",
    "650102": "乌鲁木齐市天山区", "540102": "拉萨市城关区", "150102": "呼和浩特市新城区",
    "530102": "昆明市五华区", "460105": "海口市秀英区", "210102": "沈阳市和平区",
}
CN_MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
                    "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                    "171", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
                    "185", "186", "187", "188", "189", "191", "198", "199"]
CN_LAND_AREAS = ["10", "21", "20", "22", "23", "25", "27", "28", "29", "755", "571", "512",
                 "532", "591", "731", "411", "871"]
US_AREAS = ["212", "415", "312", "617", "646", "213", "305", "404", "206", "503", "512", "720",
            "303", "702", "214", "713", "602", "919", "612", "347", "508", "971", "425"]
INTL_REGIONS = ["GB", "DE", "FR", "IN", "AU", "JP", "SG", "HK", "TW", "CA", "BR", "MX", "ES",
                "IT", "NL", "AE", "KR", "ZA", "NG", "IE", "NZ", "PH", "MY"]
PARSE_REGIONS = ["CN", "US"] + INTL_REGIONS
LOC_REGION = {"en_US": "US", "en_GB": "GB", "en_AU": "AU", "en_IN": "IN", "de_DE": "DE",
              "fr_FR": "FR", "es_ES": "ES"}
LOC_IBAN = {"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "en_GB": "GB"}
CN_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙",
               "长孙", "宇文", "夏侯", "端木", "司徒", "申屠", "澹台", "独孤", "南宫", "呼延"]
CN_RARE = ["禤", "亓", "仉", "庹", "冼", "郗", "琚", "昝", "乜", "邝", "覃", "佘", "蒯", "隗",
           "逯", "妫", "甯", "缑", "晁", "靳"]
UY_GIVEN = ["阿依古丽", "热依拉", "买买提", "艾尔肯", "古丽娜尔", "阿卜杜拉", "努尔兰", "帕提古丽",
            "吐尔逊", "艾力", "米热古丽", "阿迪力"]
UY_FATHER = ["买买提", "艾买提", "吐尔逊", "阿不都", "热合曼", "玉素甫", "依明", "肉孜", "托乎提"]
TIBETAN = ["扎西多吉", "次仁卓玛", "格桑梅朵", "旦增尼玛", "索朗次仁", "央金拉姆", "尼玛顿珠",
           "达瓦央宗", "洛桑平措"]
MONGOL = ["巴特尔", "那日苏", "乌兰托娅", "其其格", "额尔敦", "苏日娜", "包朝鲁", "斯琴高娃",
          "阿拉坦仓"]
PY_SUR = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu",
          "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie",
          "tang", "han", "feng", "deng", "cao", "peng", "zeng"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "lei", "yang", "jun", "tao", "ming", "chao",
          "xiu", "hui", "qiang", "yan", "ping", "gang", "xin", "jie", "lina", "xiaoming",
          "jianguo", "haiyan", "yuting", "zihan", "hao", "yu", "ting", "bo", "shuang"]
EN_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com",
           "protonmail.com", "live.co.uk", "btinternet.com", "bigpond.com", "gmx.de",
           "web.de", "orange.fr", "free.fr", "yahoo.co.in", "rediffmail.com", "telefonica.net"]
CORP_DOMAINS = ["northwind-traders.com", "blueharbor.io", "acme-logistics.com",
                "brightlinehealth.org", "summitridge.capital", "evergreen-analytics.com",
                "cobaltsys.net", "redwoodfreight.co.uk", "lumendental.com.au", "meridian-ins.de",
                "silverline.fr", "oakridge-realty.com", "pinnaclefoods.es", "harborviewlabs.in"]
CN_MAIL = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com", "aliyun.com",
           "sohu.com", "yeah.net"]
CN_CORP_DOMAINS = ["xinghe-tech.cn", "qiming-it.com.cn", "lanjing-data.cn", "hengxin-mfg.com",
                   "qinghe-edu.cn", "yuntu.cloud"]
COMPANIES = ["Northwind Traders", "Blue Harbor Logistics", "Acme Logistics", "Brightline Health",
             "Summit Ridge Capital", "Evergreen Analytics", "Cobalt Systems", "Redwood Freight",
             "Lumen Dental Group", "Meridian Insurance", "Silverline Software",
             "Oakridge Realty", "Pinnacle Foods", "Harborview Labs", "Quantum Retail"]
CN_COMPANIES = ["杭州云帆科技有限公司", "上海启明信息技术有限公司", "北京星河互联科技有限公司",
                "广州智汇网络科技有限公司", "成都蓝鲸数据有限公司", "苏州恒信精密制造有限公司",
                "南京青禾教育科技有限公司", "武汉光谷云图科技有限公司", "深圳前沿智造科技有限公司"]
ROLE_LOCAL = ["service", "noreply", "no-reply", "alerts", "support", "billing", "postmaster",
              "mailer-daemon", "marketing", "hello", "info", "finance", "notifications"]
PUBLIC_EN = ["Abraham Lincoln", "Ada Lovelace", "Sherlock Holmes", "Albert Einstein",
             "Marie Curie", "Harry Potter", "Napoleon Bonaparte", "William Shakespeare",
             "Darth Vader", "Frida Kahlo", "Nikola Tesla", "Jane Austen", "Winston Churchill"]
PUBLIC_ZH = ["李白", "孔子", "鲁迅", "孙悟空", "诸葛亮", "林黛玉", "郭靖", "黄蓉", "屈原", "苏轼",
             "杜甫", "曹操", "关羽", "花木兰", "岳飞", "贾宝玉"]
BRAND_EN = ["Ford", "Dell", "Hilton", "Johnson & Johnson", "Ben & Jerry's", "Wells Fargo",
            "Ferrari", "Porsche", "Tesla", "Ernst & Young", "Goldman Sachs", "Walt Disney",
            "McDonald's", "Mercedes-Benz", "Hewlett-Packard", "Morgan Stanley", "Boeing",
            "Marriott", "Chevrolet", "Louis Vuitton"]
BRAND_ZH = ["李宁", "王老吉", "张小泉", "陈李济", "马应龙", "王致和", "周大福", "周生生", "张裕",
            "谢馥春"]
PLACE_EN = ["Baker Street", "Mount Sinai Hospital", "Johns Hopkins Hospital",
            "Stanford University", "Washington Square", "King's Cross", "Lincoln Center",
            "St Thomas' Hospital", "Canary Wharf", "Union Square", "Hyde Park"]
PLACE_ZH = ["王府井", "中关村", "陆家嘴", "北京协和医院", "华西医院", "清华大学", "西湖",
            "中山公园", "鲁迅公园", "逸夫楼", "张江高科", "徐家汇", "天河城", "南京西路",
            "瑞金医院", "中山大学附属第一医院", "望京SOHO"]
SYS_ACCOUNTS = ["root", "admin", "svc-crm-sync", "svc-mailer", "svc-lead-router", "crm_etl",
                "postgres", "www-data", "jenkins", "deploy", "integration-bot",
                "scim-provisioner", "svc-billing", "api-user", "system", "svc-cdp"]
BROWSER_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.6778.81 Mobile Safari/537.36",
]
CN_UA = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323c) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; V2243A) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/116.0.0.0 Mobile Safari/537.36 DingTalk/7.6.15",
    "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/108.0.5359.95 Safari/537.36 wxwork/4.1.30",
]
IP4_CLIENT_PREFIX = [24, 50, 67, 73, 76, 98, 108, 174, 71, 81, 86, 90, 92, 109, 176, 78, 36, 39,
                     58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                     120, 121, 122, 123, 124, 125, 183, 223, 49, 103, 115]
IP6_CLIENT_PREFIX = ["240e", "2408", "2409", "2a02", "2600", "2601", "2a01", "2001:8003",
                     "2405:201", "2403:6200"]
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = B62 + "-_"
B64 = B62 + "+/"
HEX = "0123456789abcdef"


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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def cn_id_check(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, w)) % 11]


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def asciify(s):
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


# ----------------------------------------------------------------------------- value generator
class G:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR",
                    "es_ES"):
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f

    # ---- small helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def rs(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n, first_nonzero=False):
        s = self.rs("0123456789", n)
        if first_nonzero and s[0] == "0":
            s = self.ch("123456789") + s[1:]
        return s

    def hexs(self, n, upper=False):
        s = self.rs(HEX, n)
        return s.upper() if upper else s

    def uuid(self, upper=False):
        u = str(_uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    def ri(self, a, b):
        return self.r.randint(a, b)

    def p(self, x):
        return self.r.random() < x

    # ---- time
    def dt(self):
        base = _dt.datetime(2026, 12, 1, 0, 0, 0)
        return base + _dt.timedelta(seconds=self.r.randint(0, 6 * 86400 - 1),
                                    microseconds=self.r.randint(0, 999999))

    @staticmethod
    def iso(d, z=True, prec=3):
        frac = f"{d.microsecond:06d}"[:prec]
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ("." + frac if prec else "") + ("Z" if z else "")

    @staticmethod
    def clf(d, tz="+0000"):
        return d.strftime("%d/%b/%Y:%H:%M:%S ") + tz

    @staticmethod
    def sysl(d):
        return f"{d:%b} {d.day:2d} {d:%H:%M:%S}"

    @staticmethod
    def jts(d, sep="."):
        return d.strftime("%Y-%m-%d %H:%M:%S") + sep + f"{d.microsecond // 1000:03d}"

    @staticmethod
    def epoch(d):
        return calendar.timegm(d.timetuple())

    def epoch_ms(self, d):
        return self.epoch(d) * 1000 + d.microsecond // 1000

    # ---- persons
    def en_loc(self):
        return self.r.choices(list(LOC_REGION), weights=[30, 15, 10, 15, 10, 10, 10])[0]

    def en_person(self, loc=None):
        loc = loc or self.en_loc()
        f = self.fk[loc]
        return f.first_name(), f.last_name(), loc

    def en_name(self, loc=None):
        a, b, _ = self.en_person(loc)
        return f"{a} {b}"

    def en_surname(self, loc=None):
        return self.fk[loc or self.en_loc()].last_name()

    def zh_name(self, tw=None):
        x = self.r.random()
        if tw or (tw is None and x < 0.07):
            return self.fk["zh_TW"].name()
        if x < 0.62:
            return self.fk["zh_CN"].name()
        if x < 0.74:
            return self.ch(CN_COMPOUND) + self.fk["zh_CN"].first_name()
        if x < 0.85:
            return self.ch(CN_RARE) + self.fk["zh_CN"].first_name()
        y = self.r.random()
        if y < 0.45:
            return self.ch(UY_GIVEN) + "·" + self.ch(UY_FATHER)
        if y < 0.75:
            return self.ch(TIBETAN)
        return self.ch(MONGOL)

    def zh_surname(self):
        x = self.r.random()
        if x < 0.15:
            return self.ch(CN_COMPOUND)
        if x < 0.22:
            return self.ch(CN_RARE)
        return self.fk["zh_CN"].last_name()

    def py_login(self):
        s, gv = self.ch(PY_SUR), self.ch(PY_GIV)
        k = self.ri(0, 4)
        return [f"{s}.{gv}", f"{s}{gv}{self.ri(1, 99)}", f"{s}{gv}", f"{gv}.{s}",
                f"{s}_{gv}"][k]

    def en_login(self, first=None, last=None):
        if first is None:
            first, last, _ = self.en_person()
        a, b = asciify(first) or "j", asciify(last) or "smith"
        k = self.ri(0, 4)
        return [a[0] + b, f"{a}.{b}", b + a[0], f"{a}{b[0]}", f"{a}_{b}{self.ri(1, 9)}"][k]

    def login(self):
        return self.py_login() if self.p(0.45) else self.en_login()

    # ---- e-mail
    def email_for(self, first=None, last=None, corp=False):
        if first is None:
            first, last, _ = self.en_person()
        a, b = asciify(first) or "alex", asciify(last) or "lee"
        k = self.ri(0, 6)
        local = [f"{a}.{b}", a[0] + b, f"{a}{b}{self.ri(1, 99)}", f"{a}_{b}", f"{b}.{a}",
                 f"{a}.{b}+{self.ch(['news', 'crm', 'promo', 'work'])}", f"{a}{b[0]}"][k]
        dom = self.ch(CORP_DOMAINS) if corp or self.p(0.3) else self.ch(EN_MAIL)
        return f"{local}@{dom}"

    def zh_email(self, corp=False):
        if not corp and self.p(0.25):
            return self.qq_email()
        local = self.py_login()
        dom = self.ch(CN_CORP_DOMAINS) if corp or self.p(0.25) else self.ch(CN_MAIL)
        return f"{local}@{dom}"

    def qq_email(self):
        return self.digits(self.ri(6, 10), first_nonzero=True) + "@qq.com"

    def role_mail(self, dom=None):
        return f"{self.ch(ROLE_LOCAL)}@{dom or self.ch(['acme-crm.io', 'mail.acme-crm.io', 'acmecrm.cn', 'em.acme-crm.io'])}"

    # ---- phones
    def cn_mobile_digits(self):
        while True:
            d = self.ch(CN_MOBILE_PREFIX) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse("+86" + d)):
                return d

    def cn_mobile(self, style=None):
        d = self.cn_mobile_digits()
        st = self.ri(0, 9) if style is None else style
        return [d, f"{d[:3]} {d[3:7]} {d[7:]}", f"{d[:3]}-{d[3:7]}-{d[7:]}",
                f"+86 {d[:3]} {d[3:7]} {d[7:]}", f"+86-{d}", f"+86{d}", f"0086 {d}",
                f"86{d}", f"(+86) {d}", d][st]

    def cn_landline(self):
        while True:
            a = self.ch(CN_LAND_AREAS)
            loc = self.ch("2345678") + self.digits(7)
            if phonenumbers.is_valid_number(phonenumbers.parse("+86" + a + loc)):
                break
        k = self.ri(0, 5)
        return [f"0{a}-{loc}", f"(0{a}) {loc[:4]} {loc[4:]}", f"0{a}-{loc[:4]} {loc[4:]}",
                f"+86 {a} {loc[:4]} {loc[4:]}", f"+86-{a}-{loc}", f"0{a} {loc}"][k]

    def us_phone(self, style=None):
        while True:
            n = self.ch(US_AREAS) + self.ch("23456789") + self.digits(2) + self.digits(4)
            if n[3:6] in ("555",) and not n[6:].startswith("01"):
                continue
            num = phonenumbers.parse("+1" + n)
            if phonenumbers.is_valid_number(num):
                break
        # 0 E.164, 1 international, 2 national, 3 RFC 3966 body, 4 digits only, 5-7 local styles
        st = self.ch([0, 1, 2, 3, 5, 6, 7]) if style is None else style
        return [f"+1{n}", f"+1 {n[:3]}-{n[3:6]}-{n[6:]}", f"({n[:3]}) {n[3:6]}-{n[6:]}",
                f"+1-{n[:3]}-{n[3:6]}-{n[6:]}", f"1{n}", f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"{n[:3]}.{n[3:6]}.{n[6:]}", f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}"][st]

    def intl_phone(self, region=None, style=None):
        if region == "US" or (region is None and self.p(0.2)):
            return self.us_phone(style)
        if region == "CN":
            return self.cn_mobile()
        region = region or self.ch(INTL_REGIONS)
        for _ in range(200):
            ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
            nn = str(ex.national_number)
            tail = 4 if len(nn) <= 9 else 5
            nn = nn[:-tail] + self.digits(tail)
            num = phonenumbers.parse(f"+{ex.country_code}{nn}")
            if phonenumbers.is_valid_number(num):
                break
        else:
            raise AssertionError(region)
        st = self.ri(0, 3) if style is None else style
        F = phonenumbers.PhoneNumberFormat
        if st == 0:
            return phonenumbers.format_number(num, F.E164)
        if st == 1:
            return phonenumbers.format_number(num, F.INTERNATIONAL)
        if st == 2:
            return phonenumbers.format_number(num, F.NATIONAL)
        if st == 3:
            return phonenumbers.format_number(num, F.RFC3966)[4:]
        return phonenumbers.format_number(num, F.E164)[1:]  # digits only (wa_id)

    def phone_for_loc(self, loc, style=None):
        return self.intl_phone(LOC_REGION.get(loc), style)

    # ---- cards, banks, ids
    def card(self, brand=None, fmt=None):
        brand = brand or self.ch(["visa", "visa", "mc", "mc", "amex", "unionpay"])
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = (str(self.ri(51, 55)) + self.digits(13)) if self.p(0.7) else \
                (str(self.ri(2221, 2720)) + self.digits(11))
        elif brand == "amex":
            body = self.ch(["34", "37"]) + self.digits(12)
        else:
            body = "62" + self.ch(["2126", "2848", "1700", "2588", "1485", "1226"]) + \
                self.digits(self.ri(9, 12))
        d = luhn_complete(body)
        fmt = self.ri(0, 2) if fmt is None else fmt
        if fmt == 0:
            return d
        sepc = " " if fmt == 1 else "-"
        if len(d) == 15:
            return sepc.join([d[:4], d[4:10], d[10:]])
        return sepc.join(d[i:i + 4] for i in range(0, len(d), 4))

    IBAN_SPEC = {"DE": ("n", 18), "FR": ("n", 23), "ES": ("n", 20), "BE": ("n", 12),
                 "AT": ("n", 16), "CH": ("n", 17), "PL": ("n", 24), "GB": ("bank", 14),
                 "NL": ("bank", 10), "IE": ("bank", 14), "IT": ("it", 22)}
    BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO"],
             "IE": ["AIBK", "BOFI"]}

    def iban(self, cc=None, spaced=None):
        cc = cc or self.ch(list(self.IBAN_SPEC))
        kind, n = self.IBAN_SPEC[cc]
        if kind == "n":
            bban = self.digits(n)
        elif kind == "bank":
            bban = self.ch(self.BANKS[cc]) + self.digits(n)
        else:
            bban = self.ch("ABCDEFGHJKLMNPRSTUVWXZ") + self.digits(n)
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        s = f"{cc}{98 - num % 97:02d}{bban}"
        assert iban_ok(s)
        if spaced if spaced is not None else self.p(0.5):
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self):
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        d = f"{a:03d}", f"{self.ri(1, 99):02d}", f"{self.ri(1, 9999):04d}"
        k = self.ri(0, 5)
        return "-".join(d) if k < 4 else (" ".join(d) if k == 4 else "".join(d))

    def cn_id(self, lower_x=False):
        area = self.ch(list(CN_AREAS))
        born = _dt.date(1958, 1, 1) + _dt.timedelta(days=self.ri(0, 46 * 365))
        f17 = area + born.strftime("%Y%m%d") + self.digits(3)
        c = cn_id_check(f17)
        return f17 + (c.lower() if lower_x else c)

    def passport(self, kind=None):
        kind = kind or self.ch(["cn", "us", "gb", "de", "in", "fr"])
        if kind == "cn":
            k = self.ri(0, 2)
            return ["E" + self.digits(8), "E" + self.ch("ABCDEFGHJK") + self.digits(7),
                    "G" + self.digits(8)][k]
        if kind == "us":
            return self.digits(9, True) if self.p(0.5) else self.ch("ACEFGHJKLMN") + self.digits(8)
        if kind == "gb":
            return self.digits(9, True)
        if kind == "de":
            return "C" + self.rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if kind == "in":
            return self.ch("ABJKLMNPRSTUVWZ") + self.digits(7, True)
        return self.digits(2) + self.rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.digits(5)

    CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
    PL_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

    def plate(self, kind=None):
        kind = kind or self.ch(["cn", "cn", "cnev", "us", "uk", "de"])
        if kind in ("cn", "cnev"):
            prov, let = self.ch(self.CN_PROV), self.ch(self.PL_LET[:12])
            if kind == "cnev":
                tail = self.ch("DF") + self.digits(5)
            else:
                tail = "".join(self.ch(self.PL_LET) if self.p(0.2) else self.ch("0123456789")
                               for _ in range(5))
            sepc = self.ch(["·", "", " ", "·"])
            return f"{prov}{let}{sepc}{tail}"
        if kind == "us":
            if self.p(0.5):
                return self.ch("123456789") + self.rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + self.digits(3)
            return self.rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + "-" + self.digits(4)
        if kind == "uk":
            return (self.rs("ABCDEFGHJKLMNOPRSTUVWXY", 2) + f"{self.ri(51, 75) if self.p(.5) else self.ri(10, 26)}"
                    + " " + self.rs("ABCDEFGHJKLMNOPRSTUVWXYZ", 3))
        city = self.ch(["M", "B", "HH", "K", "F", "S", "D", "HB", "KA", "MS"])
        return f"{city}-{self.rs('ABCDEFGHJKLMNPRSTUVWXYZ', self.ri(1, 2))} {self.ri(1, 9999)}"

    # ---- IPs
    def client_ip(self, v6=None):
        if v6 or (v6 is None and self.p(0.15)):
            pre = self.ch(IP6_CLIENT_PREFIX)
            groups = pre.split(":")
            groups += [f"{self.ri(0, 0xffff):x}" for _ in range(8 - len(groups))]
            return str(ipaddress.IPv6Address(":".join(groups)))
        while True:
            a = f"{self.ch(IP4_CLIENT_PREFIX)}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
            ip = ipaddress.IPv4Address(a)
            if ip.is_global:
                return a

    def server_ip(self, public=False):
        if public:
            a = self.ch(["142.250", "40.107", "168.245", "149.72", "54.240", "209.85", "52.100",
                         "17.57", "98.136", "203.205"])
            return f"{a}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        k = self.ri(0, 2)
        if k == 0:
            return f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        if k == 1:
            return f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        return f"192.168.{self.ri(0, 255)}.{self.ri(1, 254)}"

    # ---- credentials
    def password(self):
        k = self.ri(0, 3)
        if k == 0:
            return self.fk["en_US"].password(length=self.ri(10, 18), special_chars=True)
        if k == 1:
            w = self.ch(["Summer", "Winter", "Autumn", "Dragon", "Monkey", "Sunshine", "Acme",
                         "Welcome", "Qwerty", "Shanghai", "Beijing", "Letmein", "Crm"])
            return w + self.ch(["", "@", "#", "!"]) + str(self.ri(1990, 2026)) + self.ch(["!", "", "$", "*"])
        if k == 2:
            return self.rs(B62, self.ri(12, 24))
        return self.rs(B62 + "!#%^*-_=+.", self.ri(14, 28))

    def b64url(self, raw):
        import base64
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def jwt(self):
        alg = self.ch(["HS256", "RS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"} if alg == "HS256" else \
            {"alg": alg, "kid": self.hexs(16), "typ": "JWT"}
        iat = 1796000000 + self.ri(0, 900000)
        pl = {"sub": self.ch([self.uuid(), str(self.ri(10000, 9999999)), "usr_" + self.rs(B62, 14)]),
              "iss": self.ch(["https://auth.acme-crm.io/", "https://login.acmecrm.cn", "crm-api"]),
              "iat": iat, "exp": iat + self.ch([900, 3600, 86400]),
              "scope": self.ch(["contacts.read contacts.write", "crm.objects.contacts.read",
                                "openid profile email"])}
        sig = self.rs(B64U, 43 if alg == "HS256" else (86 if alg == "ES256" else 342))
        return (self.b64url(json.dumps(hdr, separators=(",", ":"))) + "." +
                self.b64url(json.dumps(pl, separators=(",", ":"))) + "." + sig)

    def api_key(self, kind=None):
        k = kind or self.ch(["stripe", "rk", "sendgrid", "twilio", "mailchimp", "hubspot",
                             "ghp", "ya29", "hex64"])
        if k == "stripe":
            return "sk_live_51" + self.rs(B62, 40)
        if k == "rk":
            return "rk_live_51" + self.rs(B62, 40)
        if k == "sendgrid":
            return "SG." + self.rs(B64U, 22) + "." + self.rs(B64U, 43)
        if k == "twilio":
            return self.hexs(32)
        if k == "mailchimp":
            return self.hexs(32) + "-us" + str(self.ri(1, 21))
        if k == "hubspot":
            return "pat-na1-" + self.uuid()
        if k == "ghp":
            return "ghp_" + self.rs(B62, 36)
        if k == "ya29":
            return "ya29.a0" + self.rs(B64U, 120)
        return self.hexs(64)

    def session_id(self):
        k = self.ri(0, 3)
        if k == 0:
            return self.rs("abcdefghijklmnopqrstuv0123456789", 26)
        if k == 1:
            return self.hexs(32, upper=True)
        if k == 2:
            return "s%3A" + self.rs(B64U, 32) + "." + self.rs(B62, 43)
        return self.hexs(64)

    def pem_body(self, esc="\\n"):
        head = self.ch(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
                        "MIIEowIBAAKCAQEA", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"])
        body = head + self.rs(B64, 64 * self.ri(4, 9) - len(head))
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return esc.join(lines)

    # ---- decoy identifiers
    def luhn16(self):
        return luhn_complete(self.ch("123456789") + self.digits(14))

    def order11(self):
        return "1" + self.digits(10)

    def traceparent(self):
        return f"00-{self.hexs(32)}-{self.hexs(16)}-01"

    def commit(self, short=None):
        return self.hexs(7 if (short if short is not None else self.p(0.5)) else 40)

    def digest(self):
        return "sha256:" + self.hexs(64)

    def version(self):
        return f"{self.ri(1, 9)}.{self.ri(0, 30)}.{self.ri(0, 20)}"

    def amount(self, cur=None):
        cur = cur or self.ch(["$", "€", "£", "USD ", "EUR "])
        v = self.ri(9, 250000) + self.ch([0, 0.5, 0.99, 0.0])
        return f"{cur}{v:,.2f}"

    def cny(self):
        v = self.ri(99, 500000) + self.ch([0, 0.5, 0.8])
        return self.ch(["¥", "￥", "RMB "]) + f"{v:,.2f}"

    def waybill(self):
        k = self.ri(0, 3)
        return ["SF" + self.digits(13, True), "YT" + self.digits(13, True),
                "7" + self.digits(13), "JD" + self.digits(13, True)][k]

    def train(self):
        return self.ch("GDGDKZT") + str(self.ri(1, 9999 if self.p(0.3) else 1999))

    def flight(self, cn=True):
        al = self.ch(["CA", "MU", "CZ", "HU", "3U", "ZH", "MF"]) if cn else \
            self.ch(["UA", "BA", "LH", "AF", "DL", "AA", "QF", "SQ"])
        return al + str(self.ri(101, 9899))

    # ---- masks for clean lines
    GENERIC_MASKS = ["***", "****", "******", "[REDACTED]", "<redacted>", "[FILTERED]",
                     "[MASKED]", "<masked>", "xxxx", "***REDACTED***", "********"]

    def mask(self, lab, v):
        r = self.r
        if "\\u" in v or "%" in v or r.random() < 0.45:
            return r.choice(self.GENERIC_MASKS)
        d = re.sub(r"\D", "", v)
        if lab == "PHONE_NUMBER" and len(d) >= 7:
            return (d[-11:-8] + "****" + d[-4:]) if len(d) >= 11 else ("*" * (len(d) - 4) + d[-4:])
        if lab == "EMAIL_ADDRESS" and "@" in v:
            loc, dom = v.split("@", 1)
            return loc[0] + "***@" + dom
        if lab == "CREDIT_CARD":
            return r.choice(["**** **** **** ", "XXXXXXXXXXXX", "************"]) + d[-4:]
        if lab == "CN_RESIDENT_ID":
            return v[:6] + "********" + v[-4:] if r.random() < 0.5 else v[:3] + "*" * 11 + v[-4:]
        if lab == "US_SSN":
            return "***-**-" + d[-4:]
        if lab == "IBAN_CODE":
            return v[:4] + " **** **** " + v.replace(" ", "")[-4:]
        if lab == "PERSON" and re.search(r"[\u4e00-\u9fff]", v):
            return v[0] + "*" * max(1, len(v) - 1)
        if lab == "PERSON":
            return v[0] + "***"
        if lab == "IP_ADDRESS" and v.count(".") == 3:
            a = v.split(".")
            return f"{a[0]}.{a[1]}.*.*"
        return r.choice(self.GENERIC_MASKS)

    # ---- rendering
    def render(self, parts, clean, tnum):
        flat = list(_flat(parts))
        n_dec = sum(1 for p in flat if isinstance(p, V) and not p.span)
        cnt = Counter((p.lab, str(p.v)) for p in flat if isinstance(p, V) and p.span)
        memo = {}
        text, spans, decoys, pos = [], [], [], 0
        for p in flat:
            if isinstance(p, str):
                text.append(p)
                pos += len(p)
                continue
            val = str(p.v)
            if p.span and clean:
                key = (p.lab, val)
                if key not in memo:
                    if n_dec + cnt[key] <= 3 and self.r.random() < 0.8:
                        memo[key] = ("m", self.mask(p.lab, val))
                        n_dec += cnt[key]
                    else:
                        memo[key] = ("d", "-")
                kind, rep = memo[key]
                if kind == "m":
                    decoys.append([pos, pos + len(rep), "masked"])
                text.append(rep)
                pos += len(rep)
                continue
            (spans if p.span else decoys).append([pos, pos + len(val), p.lab])
            text.append(val)
            pos += len(val)
        return {"text": "".join(text), "spans": spans, "decoys": decoys, "template": tnum}


# ----------------------------------------------------------------------------- templates
TEMPLATES = []


def tpl(lang, system, spans, decoys):
    def deco(f):
        TEMPLATES.append((f, lang, system, spans, decoys))
        return f
    return deco


def title_en(g):
    return g.ch(["Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Prof."])


def title_zh(g):
    return g.ch(["先生", "女士", "经理", "总", "老师", "师傅", "主任", "工", "小姐", "姐"])


# ============================ English ============================

@tpl("en", "Celery worker / CSV contact import row", "PERSON x2, EMAIL_ADDRESS, PHONE_NUMBER", "uuid")
def t_celery_csv(g):
    fn, ln, loc = g.en_person()
    d = g.dt()
    ts = d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}"
    q = lambda v: ['"', v, '"']
    return [f"[{ts}: WARNING/ForkPoolWorker-{g.ri(1, 16)}] Task contacts.tasks.import_csv_chunk[",
            D(g.uuid(), "uuid"), f"] row {g.ri(2, 90000)} skipped ({g.ch(['duplicate key', 'invalid country code', 'missing consent flag', 'owner not found'])}): ",
            q(S(fn, "PERSON")), ",", q(S(ln, "PERSON")), ",", q(S(g.email_for(fn, ln), "EMAIL_ADDRESS")),
            ",", q(S(g.phone_for_loc(loc), "PHONE_NUMBER")), ",", q(g.ch(COMPANIES)), ',"',
            LOC_REGION[loc], '"']


@tpl("en", "nginx combined access log, CRM web export (JWT in query)", "IP_ADDRESS, EMAIL_ADDRESS (%40), CREDENTIAL", "-")
def t_nginx_export(g):
    d = g.dt()
    em = S(g.email_for(), "EMAIL_ADDRESS")
    return [S(g.client_ip(), "IP_ADDRESS"), f" - - [{g.clf(d)}] \"GET /api/v1/contacts/export?owner=",
            enc(em), f"&format={g.ch(['csv', 'xlsx'])}&access_token=", S(g.jwt(), "CREDENTIAL"),
            f" HTTP/1.1\" {g.ch([200, 200, 302, 401])} {g.ri(200, 90000)} \"https://app.acme-crm.io/contacts?view=all\" \"{g.ch(BROWSER_UA)}\""]


@tpl("en", "SendGrid event webhook JSON (bounce/dropped/deferred)", "EMAIL_ADDRESS", "epoch_timestamp, server_ip")
def t_sendgrid(g):
    d = g.dt()
    ev = g.ch(["bounce", "dropped", "deferred"])
    obj = {"email": S(g.email_for(), "EMAIL_ADDRESS"), "timestamp": D(g.epoch(d), "epoch_timestamp"),
           "smtp-id": f"<{g.hexs(11)}.{g.hexs(3)}.{g.hexs(6)}@ismtpd-{g.ri(100, 999)}>",
           "event": ev, "category": [g.ch(["renewal-q4", "newsletter", "onboarding", "webinar-invite"])],
           "sg_event_id": g.rs(B64U, 22),
           "sg_message_id": f"{g.rs(B64U, 22)}.filter{g.ri(1, 9):04d}.{g.ri(10000, 99999)}.{g.hexs(8, True)}.0"}
    if ev == "bounce":
        obj.update({"reason": "550 5.1.1 The email account that you tried to reach does not exist.",
                    "status": "5.1.1", "type": "bounce", "bounce_classification": "Invalid Address"})
    elif ev == "dropped":
        obj.update({"reason": "Bounced Address", "status": "5.0.0"})
    else:
        obj.update({"response": "421 4.7.0 Try again later", "attempt": str(g.ri(1, 5))})
    obj["ip"] = D(g.server_ip(public=True), "server_ip")
    obj["tls"] = 1
    return J([obj])


@tpl("en", "Postfix smtp bounce", "EMAIL_ADDRESS x2", "server_ip x2")
def t_postfix(g):
    d = g.dt()
    em = g.email_for()
    dom = em.split("@")[1]
    mx = {"gmail.com": "gmail-smtp-in.l.google.com", "outlook.com": "outlook-com.olc.protection.outlook.com",
          "hotmail.com": "hotmail-com.olc.protection.outlook.com"}.get(dom, f"mx1.{dom}")
    ip = g.server_ip(public=True)
    qid = g.hexs(g.ri(10, 12), True)
    return [f"{g.sysl(d)} mta-out-{g.ri(1, 6)} postfix/smtp[{g.ri(1000, 60000)}]: {qid}: to=<",
            S(em, "EMAIL_ADDRESS"), f">, relay={mx}[", D(ip, "server_ip"),
            f"]:25, delay={g.ri(0, 9)}.{g.ri(1, 9)}, delays=0.{g.ri(1, 9)}/0/0.{g.ri(1, 9)}/0.{g.ri(1, 9)}, dsn=5.1.1, status=bounced (host {mx}[",
            D(ip, "server_ip"), "] said: 550 5.1.1 <", S(em, "EMAIL_ADDRESS"),
            ">: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))"]


@tpl("en", "Amazon SES bounce notification via SNS", "EMAIL_ADDRESS x2", "server_ip x2, role_mailbox")
def t_ses(g):
    d = g.dt()
    em = g.email_for()
    src = g.role_mail("mail.acme-crm.io")
    fid = f"0100018{g.hexs(9)}-{g.uuid()}-000000"
    obj = {"notificationType": "Bounce",
           "bounce": {"feedbackId": fid, "bounceType": "Permanent", "bounceSubType": g.ch(["General", "NoEmail", "Suppressed"]),
                      "bouncedRecipients": [{"emailAddress": S(em, "EMAIL_ADDRESS"), "action": "failed",
                                             "status": "5.1.1", "diagnosticCode": "smtp; 550 5.1.1 user unknown"}],
                      "timestamp": g.iso(d), "remoteMtaIp": D(g.server_ip(public=True), "server_ip"),
                      "reportingMTA": f"dsn; a{g.ri(8, 48)}-{g.ri(10, 99)}.smtp-out.amazonses.com"},
           "mail": {"timestamp": g.iso(d - _dt.timedelta(seconds=2)), "source": D(src, "role_mailbox"),
                    "sourceArn": "arn:aws:ses:us-east-1:" + g.digits(12, True) + ":identity/mail.acme-crm.io",
                    "sourceIp": D(g.server_ip(), "server_ip"), "messageId": f"0100018{g.hexs(9)}-{g.uuid()}-000000",
                    "destination": [S(em, "EMAIL_ADDRESS")]}}
    return ["SNS Message: "] + J(obj)


@tpl("en", "Mailchimp unsubscribe webhook, form-encoded body", "EMAIL_ADDRESS x2 (%40), PERSON, IP_ADDRESS", "-")
def t_mailchimp(g):
    d = g.dt()
    fn, ln, _ = g.en_person()
    em = g.email_for(fn, ln)
    body = FORM([("type", "unsubscribe"), ("fired_at", d.strftime("%Y-%m-%d %H:%M:%S")),
                 ("data[action]", "unsub"), ("data[reason]", g.ch(["manual", "abuse"])),
                 ("data[id]", g.hexs(10)), ("data[list_id]", g.hexs(10)),
                 ("data[email]", S(em, "EMAIL_ADDRESS")), ("data[email_type]", "html"),
                 ("data[merges][EMAIL]", S(em, "EMAIL_ADDRESS")), ("data[merges][FNAME]", S(fn, "PERSON")),
                 ("data[ip_opt]", S(g.client_ip(v6=False), "IP_ADDRESS")),
                 ("data[campaign_id]", g.hexs(10))])
    return [f"{g.jts(d)} INFO  [webhook-rx-{g.ri(1, 8)}] c.a.i.mailchimp.WebhookController : POST /hooks/mailchimp body=\""] + body + ['"']


@tpl("en", "Twilio SMS status callback params", "PHONE_NUMBER (%2B)", "account_id, version")
def t_twilio_status(g):
    ph = g.intl_phone(style=0)
    st = g.ch(["delivered", "undelivered", "failed", "sent"])
    body = FORM([("SmsSid", "SM" + g.hexs(32)), ("SmsStatus", st), ("MessageStatus", st),
                 ("To", S(ph, "PHONE_NUMBER")), ("MessagingServiceSid", "MG" + g.hexs(32)),
                 ("MessageSid", "SM" + g.hexs(32)), ("AccountSid", D("AC" + g.hexs(32), "account_id")),
                 ("From", g.ch(["AcmeCRM", "72345", "ACME"])), ("ApiVersion", D("2010-04-01", "version"))])
    if st in ("undelivered", "failed"):
        body += ["&ErrorCode=" + g.ch(["30003", "30005", "30006", "30007", "21610"])]
    return [f"{g.iso(g.dt())} twilio.callback status={st} params="] + body


@tpl("en", "WhatsApp Cloud API inbound webhook JSON", "PERSON, PHONE_NUMBER x2 (wa_id digits)", "business_number, account_id, epoch_timestamp")
def t_whatsapp(g):
    d = g.dt()
    loc = g.ch(["en_IN", "en_GB", "es_ES", "en_US", "de_DE", "en_AU"])
    wa = g.intl_phone(LOC_REGION[loc], style=4)
    body = g.ch(["Hi, I'd like a demo", "Is the Pro plan billed monthly?", "STOP", "Can someone call me back?",
                 "Hola, quiero más información", "Thanks!"])
    obj = {"object": "whatsapp_business_account", "entry": [{"id": g.digits(15, True), "changes": [{"value": {
        "messaging_product": "whatsapp", "metadata": {"display_phone_number": D(g.us_phone(4), "business_number"), "phone_number_id": D(g.digits(15, True), "account_id")},
        "contacts": [{"profile": {"name": S(g.en_name(loc), "PERSON")}, "wa_id": S(wa, "PHONE_NUMBER")}],
        "messages": [{"from": S(wa, "PHONE_NUMBER"), "id": "wamid.HBgL" + g.rs(B62, 40),
                      "timestamp": D(str(g.epoch(d)), "epoch_timestamp"), "text": {"body": body}, "type": "text"}]},
        "field": "messages"}]}]}
    return [f"{g.iso(d)} INFO whatsapp.inbound payload="] + J(obj)


@tpl("en", "Segment identify call received by CDP ingest", "IP_ADDRESS, EMAIL_ADDRESS, PERSON, PHONE_NUMBER", "version, message_id")
def t_segment(g):
    fn, ln, loc = g.en_person()
    obj = {"anonymousId": g.uuid(), "context": {"ip": S(g.client_ip(), "IP_ADDRESS"),
           "library": {"name": "analytics.js", "version": D("next-" + g.version(), "version")},
           "userAgent": g.ch(BROWSER_UA)},
           "messageId": D("ajs-next-" + g.hexs(32), "message_id"),
           "traits": {"email": S(g.email_for(fn, ln), "EMAIL_ADDRESS"), "name": S(f"{fn} {ln}", "PERSON"),
                      "phone": S(g.phone_for_loc(loc), "PHONE_NUMBER")},
           "type": "identify", "userId": "usr_" + g.rs(B62, 14)}
    return [f"{g.iso(g.dt())} ingest[{g.ri(100, 9999)}]: accepted batch item "] + J(obj)


@tpl("en", "identity-resolution service, logfmt", "EMAIL_ADDRESS, PHONE_NUMBER", "trace_id")
def t_idres(g):
    fn, ln, loc = g.en_person()
    return [f"ts={g.iso(g.dt())} level=info caller=resolver/merge.go:{g.ri(100, 400)} msg=\"profiles merged\" tenant=t_{g.ri(1000, 9999)} winner=prof_{g.rs(B62, 22)} loser=prof_{g.rs(B62, 22)} match_rule={g.ch(['email_exact', 'phone_e164', 'email_exact+phone_e164'])} email=",
            S(g.email_for(fn, ln), "EMAIL_ADDRESS"), " phone=", S(g.phone_for_loc(loc, 0), "PHONE_NUMBER"),
            f" score=0.{g.ri(80, 99)} trace_id=", D(g.hexs(32), "trace_id")]


@tpl("en", "webhook dispatcher, zap JSON", "CREDENTIAL (URL token), EMAIL_ADDRESS", "epoch_timestamp, server_ip, port")
def t_zap_webhook(g):
    d = g.dt()
    host = g.ch(["hooks.northwind-traders.com", "erp.blueharbor.io", "n8n.cobaltsys.net", "hooks.zapier.com"])
    return ['{"level":"warn","ts":', D(f"{g.epoch(d)}.{g.digits(6)}", "epoch_timestamp"),
            f',"caller":"webhooks/dispatcher.go:{g.ri(200, 400)}","msg":"delivery failed, scheduling retry","subscription_id":"whsub_{g.rs(B62, 16)}","url":"https://{host}/crm/inbound?token=',
            S(g.rs(B64U, g.ri(24, 40)), "CREDENTIAL"), f'","attempt":{g.ri(1, 8)},"status":{g.ch([500, 502, 503, 504])},"upstream":"',
            D(g.server_ip(), "server_ip"), ":", D(str(g.ch([443, 8443, 8080])), "port"),
            '","contact.email":"', S(g.email_for(), "EMAIL_ADDRESS"), f'","next_retry_in":"{g.ri(1, 30)}m0s"}}']


@tpl("en", "sales-call transcript segment (Gong-style)", "PERSON (rep full name), PERSON (surname after title)", "call_id")
def t_transcript_rep(g):
    rep = g.en_name()
    t = title_en(g)
    sur = g.en_surname()
    line = g.ch([f"Thanks {t} <S>, I'll send the proposal over this afternoon.",
                 f"Hi, is this {t} <S>? I'm calling about your renewal.",
                 f"Great to meet you {t} <S>, did you get a chance to look at the pricing deck?",
                 f"Sorry {t} <S>, could you repeat that?"])
    a, b = line.split("<S>")
    return [f"{g.iso(g.dt(), prec=0)} transcript call_id=", D("CA" + g.hexs(32), "call_id"),
            f" seg={g.ri(1, 240)} start=00:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}.{g.ri(0, 999):03d} speaker=rep name=\"",
            S(rep, "PERSON"), '" text="', a, S(sur, "PERSON"), b, '"']


@tpl("en", "Amazon Transcribe Call Analytics segment (spoken card)", "CREDIT_CARD", "uuid")
def t_call_analytics(g):
    card = g.card(fmt=1)
    said = g.ch(["yeah the card number is <C> and the zip is " + g.digits(5),
                 "okay it's <C> expiring oh nine twenty nine",
                 "let me read it out <C>", "<C> that's a business card"])
    a, b = said.split("<C>")
    seg = {"Id": D(g.uuid(), "uuid"), "ParticipantRole": "CUSTOMER", "BeginOffsetMillis": g.ri(1000, 900000),
           "EndOffsetMillis": g.ri(900001, 990000), "Sentiment": g.ch(["NEUTRAL", "POSITIVE", "NEGATIVE"]),
           "Content": SV(a, S(card, "CREDIT_CARD"), b)}
    return [f"call-analytics job=crm-rec-{g.hexs(12)} segment="] + J(seg)


@tpl("en", "Zendesk ticket sync", "PERSON x2, EMAIL_ADDRESS", "case_number")
def t_zendesk(g):
    fn, ln, _ = g.en_person()
    return [f"{g.jts(g.dt(), '.')[:-4]} +0000 [zendesk-sync] ticket ", D(f"#{g.ri(10000, 999999)}", "case_number"),
            " created via email from \"", S(f"{fn} {ln}", "PERSON"), "\" <", S(g.email_for(fn, ln), "EMAIL_ADDRESS"),
            f"> subject=\"{g.ch(['Cannot log in after SSO change', 'Invoice shows wrong VAT', 'Import stuck at 99%', 'Unsubscribe link broken'])}\" assignee=\"",
            S(g.en_name(), "PERSON"), f"\" group={g.ch(['Tier1', 'Billing', 'Onboarding'])} priority={g.ch(['low', 'normal', 'high', 'urgent'])}"]


@tpl("en", "Stripe webhook handler, Ruby Logger", "EMAIL_ADDRESS, PERSON", "event_id, amount")
def t_stripe(g):
    d = g.dt()
    fn, ln, _ = g.en_person()
    return [f"I, [{d.strftime('%Y-%m-%dT%H:%M:%S')}.{d.microsecond:06d} #{g.ri(100, 9999)}]  INFO -- : [stripe] ",
            D("evt_1Q" + g.rs(B62, 22), "event_id"), " invoice.payment_failed customer=cus_" + g.rs(B62, 14) + " customer_email=",
            S(g.email_for(fn, ln), "EMAIL_ADDRESS"), ' customer_name="', S(f"{fn} {ln}", "PERSON"), '" amount_due=',
            D(str(g.ri(900, 250000)), "amount"), f" currency={g.ch(['usd', 'eur', 'gbp'])} attempt_count={g.ri(1, 4)} billing_reason=subscription_cycle"]


@tpl("en", "payment gateway debug (form body + headers dict)", "CREDIT_CARD, PERSON (+ for space), EMAIL_ADDRESS (%40), CREDENTIAL", "version")
def t_payment_debug(g):
    fn, ln, _ = g.en_person()
    body = FORM([("type", "card"), ("card[number]", S(g.card(fmt=0), "CREDIT_CARD")),
                 ("card[exp_month]", str(g.ri(1, 12))), ("card[exp_year]", str(g.ri(2027, 2032))),
                 ("billing_details[name]", S(f"{fn} {ln}", "PERSON")),
                 ("billing_details[email]", S(g.email_for(fn, ln), "EMAIL_ADDRESS"))])
    return [f"DEBUG {g.jts(g.dt())} billing.gateway request POST https://api.stripe.com/v1/payment_methods headers={{'Authorization': 'Bearer ",
            S(g.api_key(g.ch(["stripe", "rk"])), "CREDENTIAL"), "', 'Stripe-Version': '", D("2024-06-20", "version"),
            "', 'Content-Type': 'application/x-www-form-urlencoded'} body=", body]


@tpl("en", "SCIM 2.0 user create (Okta to CRM)", "EMAIL_ADDRESS x2, PERSON x2", "-")
def t_scim_create(g):
    fn, ln, _ = g.en_person(g.ch(["en_US", "en_GB", "en_AU", "en_IN"]))
    em = g.email_for(fn, ln, corp=True)
    obj = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": S(em, "EMAIL_ADDRESS"),
           "name": {"givenName": S(fn, "PERSON"), "familyName": S(ln, "PERSON")},
           "emails": [{"primary": True, "value": S(em, "EMAIL_ADDRESS"), "type": "work"}], "active": True}
    return [f"{g.iso(g.dt())} scim-api POST /scim/v2/Users 201 {g.ri(20, 400)}ms body="] + J(obj)


@tpl("en", "SCIM PATCH deactivate (no PII)", "-", "uuid, system_account, request_id")
def t_scim_patch(g):
    obj = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
           "Operations": [{"op": "replace", "value": {"active": False}}]}
    return [f"{g.iso(g.dt())} INFO scim PATCH /scim/v2/Users/", D(g.uuid(), "uuid"), " 200 "] + J(obj) + \
        [" actor=", D(g.ch(["scim-provisioner", "svc-okta-scim", "svc-crm-sync"]), "system_account"),
         " request_id=", D(g.hexs(32), "request_id")]


@tpl("en", "SAML SSO, Java (OpenSAML)", "EMAIL_ADDRESS, CREDENTIAL (SessionIndex), IP_ADDRESS", "-")
def t_saml(g):
    d = g.dt()
    return [f"{g.jts(d, ',')} INFO  [http-nio-8443-exec-{g.ri(1, 40)}] o.s.s.saml2.provider.service.authentication.OpenSaml4AuthenticationProvider - SAML2 assertion validated: NameID=",
            S(g.email_for(corp=True), "EMAIL_ADDRESS"), " Format=urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress SessionIndex=",
            S("_" + g.hexs(32), "CREDENTIAL"), f" IdP=http://www.okta.com/exk{g.rs(B62, 17)} client=",
            S(g.client_ip(), "IP_ADDRESS")]


@tpl("en", "Okta System Log event JSON", "EMAIL_ADDRESS, PERSON, IP_ADDRESS", "uuid")
def t_okta(g):
    fn, ln, _ = g.en_person()
    obj = {"actor": {"id": "00u" + g.rs(B62, 17), "type": "User", "alternateId": S(g.email_for(fn, ln, corp=True), "EMAIL_ADDRESS"),
                     "displayName": S(f"{fn} {ln}", "PERSON")},
           "client": {"userAgent": {"rawUserAgent": g.ch(BROWSER_UA), "os": "Mac OS X", "browser": "CHROME"},
                      "zone": "null", "device": "Computer", "ipAddress": S(g.client_ip(), "IP_ADDRESS")},
           "displayMessage": "User single sign on to app", "eventType": "user.authentication.sso",
           "outcome": {"result": "SUCCESS"}, "published": g.iso(g.dt()), "severity": "INFO",
           "target": [{"type": "AppInstance", "displayName": "Acme CRM"}], "uuid": D(g.uuid(), "uuid"), "version": "0"}
    return J(obj)


@tpl("en", "Rails request Parameters line", "PERSON x2, EMAIL_ADDRESS, PHONE_NUMBER", "request_id (uuid), masked")
def t_rails_params(g):
    d = g.dt()
    fn, ln, loc = g.en_person()
    return [f"I, [{d.strftime('%Y-%m-%dT%H:%M:%S')}.{d.microsecond:06d} #{g.ri(100, 9999)}]  INFO -- : [",
            D(g.uuid(), "request_id"), '] Parameters: {"lead"=>{"first_name"=>"', S(fn, "PERSON"), '", "last_name"=>"',
            S(ln, "PERSON"), '", "email"=>"', S(g.email_for(fn, ln), "EMAIL_ADDRESS"), '", "phone"=>"',
            S(g.phone_for_loc(loc), "PHONE_NUMBER"), '", "password"=>"', D("[FILTERED]", "masked"),
            f'"}}, "utm_source"=>"{g.ch(["linkedin", "google", "capterra", "g2"])}"}}']


@tpl("en", "PostgreSQL unique-violation DETAIL", "EMAIL_ADDRESS", "system_account")
def t_pg_detail(g):
    d = g.dt()
    return [f"{g.jts(d)} UTC [{g.ri(1000, 60000)}] ", D(g.ch(["crm_app", "crm_etl", "svc-crm-sync"]), "system_account"),
            f"@crm_prod DETAIL:  Key (tenant_id, lower(email::text))=({g.ri(1000, 9999)}, ", S(g.email_for().lower(), "EMAIL_ADDRESS"),
            ") already exists."]


@tpl("en", "ETL loader, SQLAlchemy URL with password", "CREDENTIAL (URL-encoded password)", "system_account, server_ip, port")
def t_dsn(g):
    pw = urllib.parse.quote(g.password(), safe="")
    return [f"{g.iso(g.dt())} ERROR etl.loader: cannot connect url=postgresql+psycopg2://",
            D(g.ch(["crm_etl", "svc_reporting", "postgres"]), "system_account"), ":", S(pw, "CREDENTIAL"), "@",
            D(g.server_ip(), "server_ip"), ":", D("5432", "port"),
            "/crm_prod?sslmode=require err=\"FATAL:  password authentication failed\""]


@tpl("en", "Spring Boot 3 lead upsert", "PERSON, PHONE_NUMBER, EMAIL_ADDRESS", "record_id, system_account")
def t_spring(g):
    d = g.dt()
    fn, ln, loc = g.en_person()
    return [f"{g.iso(d, z=False)}+00:00  INFO 1 --- [crm-leads] [nio-8080-exec-{g.ri(1, 20)}] c.a.crm.leads.LeadImportService          : Upserted lead id=",
            D("00Q" + g.rs(B62, 12), "record_id"), " name='", S(f"{fn} {ln}", "PERSON"), "' phone='",
            S(g.phone_for_loc(loc, 1), "PHONE_NUMBER"), "' email='", S(g.email_for(fn, ln), "EMAIL_ADDRESS"),
            "' owner=", D(g.ch(["svc-lead-router", "integration-bot"]), "system_account")]


@tpl("en", "Kafka console consumer, CDP event stream (key = e-mail)", "EMAIL_ADDRESS x2, IP_ADDRESS", "epoch_timestamp")
def t_kafka(g):
    d = g.dt()
    em = g.email_for()
    obj = {"event": g.ch(["Email Opened", "Email Link Clicked", "Form Submitted"]),
           "properties": {"email": S(em, "EMAIL_ADDRESS"), "campaign_id": "cmp_" + g.rs(B62, 10),
                          "user_agent": g.ch(BROWSER_UA)}, "context": {"ip": S(g.client_ip(), "IP_ADDRESS")}}
    return ["CreateTime:", D(str(g.epoch_ms(d)), "epoch_timestamp"), "\t", S(em, "EMAIL_ADDRESS"), "\t"] + J(obj)


@tpl("en", "HAProxy HTTP log, click tracking", "IP_ADDRESS, EMAIL_ADDRESS (%40)", "-")
def t_haproxy(g):
    d = g.dt()
    em = S(g.email_for(), "EMAIL_ADDRESS")
    return [f"{g.sysl(d)} lb{g.ri(1, 4)} haproxy[{g.ri(1000, 9999)}]: ", S(g.client_ip(v6=False), "IP_ADDRESS"),
            f":{g.ri(1024, 65535)} [{d.strftime('%d/%b/%Y:%H:%M:%S')}.{d.microsecond // 1000:03d}] https-in~ crm_track/track{g.ri(1, 6)} 0/0/1/{g.ri(5, 90)}/{g.ri(91, 120)} 302 {g.ri(200, 900)} - - ---- {g.ri(100, 900)}/{g.ri(100, 900)}/{g.ri(1, 50)}/{g.ri(1, 9)}/0 0/0 \"GET /t/c?cid=cmp_{g.rs(B62, 8)}&e=",
            enc(em), "&u=https%3A%2F%2Facme-crm.io%2Fpricing HTTP/1.1\""]


@tpl("en", "Salesforce Apex debug log USER_DEBUG", "PERSON x2, EMAIL_ADDRESS, PHONE_NUMBER", "record_id")
def t_sfdc(g):
    d = g.dt()
    fn, ln, loc = g.en_person()
    return [f"{d:%H:%M:%S}.{d.microsecond // 1000} ({g.ri(1000000, 999999999)})|USER_DEBUG|[{g.ri(10, 300)}]|DEBUG|Lead:{{FirstName=",
            S(fn, "PERSON"), ", LastName=", S(ln, "PERSON"), ", Email=", S(g.email_for(fn, ln), "EMAIL_ADDRESS"),
            ", Phone=", S(g.phone_for_loc(loc, 2 if loc != "en_US" else 1), "PHONE_NUMBER"), f", Company={g.ch(COMPANIES)}, Id=",
            D("00Q" + g.rs(B62, 15), "record_id"), "}"]


@tpl("en", "RFC 5424 syslog audit with structured data", "PERSON (login), IP_ADDRESS", "-")
def t_syslog5424(g):
    return [f"<134>1 {g.iso(g.dt())} app-{g.ri(1, 9)} crm-api {g.ri(1000, 9999)} AUDIT [audit@32473 user=\"",
            S(g.login(), "PERSON"), f"\" action=\"contacts.export\" rows=\"{g.ri(10, 50000)}\" src=\"",
            S(g.client_ip(), "IP_ADDRESS"), f"\"] export completed file=contacts_{g.dt():%Y-%m-%d}.csv"]


@tpl("en", "CEF from WAF (attack on contacts API)", "IP_ADDRESS (attacker)", "server_ip, port, system_account")
def t_cef(g):
    return [f"{g.sysl(g.dt())} waf01 CEF:0|Fortinet|FortiWeb|7.4.2|20000029|SQL Injection|high|src=",
            S(g.client_ip(v6=False), "IP_ADDRESS"), f" spt={g.ri(1024, 65535)} dst=", D(g.server_ip(), "server_ip"),
            " dpt=", D("443", "port"), " request=/api/v1/contacts?q=%27%20OR%201%3D1-- suser=",
            D(g.ch(["admin", "root", "api-user"]), "system_account"), " act=blocked cs1Label=Policy cs1=crm-api-strict"]


@tpl("en", "CDP segment recompute (no PII)", "-", "company, public_figure, uuid")
def t_segment_recompute(g):
    return [f"{g.iso(g.dt())} INFO cdp.segments recompute segment_id=", D(g.uuid(), "uuid"), ' name="',
            D(g.ch(BRAND_EN), "company"), f" accounts - renewal Q1\" members={g.ri(10, 90000)} campaign=\"",
            D(g.ch(PUBLIC_EN), "public_figure"), f" themed webinar\" duration_ms={g.ri(50, 9000)}"]


@tpl("en", "billing invoice paid", "PERSON, EMAIL_ADDRESS", "invoice_number, amount, company")
def t_invoice(g):
    fn, ln, _ = g.en_person()
    return [f"{g.iso(g.dt())} billing: invoice ", D(f"INV-2026-{g.ri(1, 999999):06d}", "invoice_number"), " paid amount=",
            D(g.amount(), "amount"), ' customer="', D(g.ch(BRAND_EN), "company"), '" billing_contact="',
            S(f"{fn} {ln}", "PERSON"), '" <', S(g.email_for(fn, ln, corp=True), "EMAIL_ADDRESS"), ">"]


@tpl("en", "nginx error log, upstream timeout", "IP_ADDRESS", "server_ip")
def t_nginx_error(g):
    d = g.dt()
    up = g.server_ip()
    return [f"{d:%Y/%m/%d %H:%M:%S} [error] {g.ri(10, 99)}#{g.ri(10, 99)}: *{g.ri(1000, 9999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ",
            S(g.client_ip(), "IP_ADDRESS"), ", server: app.acme-crm.io, request: \"POST /api/v1/imports HTTP/1.1\", upstream: \"http://",
            D(up, "server_ip"), ":8080/api/v1/imports\", host: \"app.acme-crm.io\""]


@tpl("en", "Envoy default access log", "IP_ADDRESS (x-forwarded-for)", "request_id, server_ip")
def t_envoy(g):
    d = g.dt()
    return [f"[{g.iso(d)}] \"POST /v1/events/batch HTTP/2\" 200 - via_upstream - \"-\" {g.ri(200, 90000)} {g.ri(2, 90)} {g.ri(2, 90)} {g.ri(1, 80)} \"",
            S(g.client_ip(), "IP_ADDRESS"), f"\" \"{g.ch(BROWSER_UA)}\" \"", D(g.uuid(), "request_id"),
            "\" \"ingest.acme-crm.io\" \"", D(g.server_ip(), "server_ip"), ":8080\""]


@tpl("en", "SEPA direct-debit mandate", "IBAN_CODE, PERSON, IP_ADDRESS", "mandate_reference")
def t_sepa(g):
    loc = g.ch(["de_DE", "fr_FR", "es_ES", "en_GB", "de_DE"])
    cc = LOC_IBAN.get(loc) if g.p(0.8) else g.ch(["NL", "BE", "AT", "IE", "IT"])
    bic = {"DE": "COBADEFFXXX", "FR": "BNPAFRPPXXX", "ES": "CAIXESBBXXX", "GB": "NWBKGB2L", "NL": "INGBNL2A",
           "BE": "GEBABEBB", "AT": "BKAUATWW", "IE": "AIBKIE2D", "IT": "UNCRITMM"}[cc]
    return [f"{g.iso(g.dt())} billing.sepa mandate created mandate_ref=", D(f"ACME-{g.ri(1, 999999):06d}", "mandate_reference"),
            " iban=", S(g.iban(cc), "IBAN_CODE"), f" bic={bic} account_holder=\"",
            S(g.en_name(loc), "PERSON"), "\" signed_ip=", S(g.client_ip(), "IP_ADDRESS")]


@tpl("en", "PII scanner warning on custom field (SSN)", "US_SSN, PERSON", "record_id")
def t_ssn(g):
    return [f"{g.iso(g.dt())} WARN  pii-scanner: field \"SSN__c\" on Contact ", D("003" + g.rs(B62, 15), "record_id"),
            " contains value \"", S(g.ssn(), "US_SSN"), "\" (owner: ", S(g.en_name("en_US"), "PERSON"),
            ") action=quarantine"]


@tpl("en", "contact upsert API body with passport", "PERSON, PASSPORT, PHONE_NUMBER, EMAIL_ADDRESS", "-")
def t_passport_en(g):
    fn, ln, loc = g.en_person(g.ch(["en_IN", "en_US", "en_GB", "de_DE", "fr_FR"]))
    kind = {"en_IN": "in", "en_US": "us", "en_GB": "gb", "de_DE": "de", "fr_FR": "fr"}[loc]
    obj = {"properties": {"lastname": S(ln, "PERSON"), "passport_no": S(g.passport(kind), "PASSPORT"),
                          "mobilephone": S(g.phone_for_loc(loc, 1), "PHONE_NUMBER"), "email": S(g.email_for(fn, ln), "EMAIL_ADDRESS"),
                          "lifecyclestage": "lead"}}
    return [f"{g.iso(g.dt())} DEBUG travelcrm.sync PATCH /crm/v3/objects/contacts/{g.ri(1000, 99999999)} body="] + J(obj, sep=(", ", ": "))


@tpl("en", "dealer-management sync, test drive booking", "PERSON, LICENSE_PLATE", "vin")
def t_plate_en(g):
    return [f"{g.iso(g.dt())} dms-sync: test drive booked contact=\"", S(g.en_name(g.ch(["en_US", "en_GB", "de_DE"])), "PERSON"),
            "\" trade_in_plate=\"", S(g.plate(g.ch(["us", "uk", "de"])), "LICENSE_PLATE"), "\" vin=",
            D(g.rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17), "vin"), f" appt={g.dt():%Y-%m-%dT%H:00}"]


@tpl("en", "config dump of environment", "CREDENTIAL x3", "masked, server_ip")
def t_env(g):
    return [f"{g.iso(g.dt())} DEBUG settings: loaded environment AWS_REGION=eu-west-1 AWS_ACCESS_KEY_ID=",
            S("AKIA" + g.rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "CREDENTIAL"), " AWS_SECRET_ACCESS_KEY=",
            S(g.rs(B64, 40), "CREDENTIAL"), " SENDGRID_API_KEY=", S(g.api_key("sendgrid"), "CREDENTIAL"),
            " DATABASE_URL=postgres://crm:", D("****", "masked"), "@", D(g.server_ip(), "server_ip"), "/crm"]


@tpl("en", "GCP service-account key JSON logged", "CREDENTIAL (PEM body)", "system_account, client_id")
def t_gcp_key(g):
    body = g.pem_body()
    return [f"{g.iso(g.dt())} WARN secrets.loader: unexpected key file content ",
            '{"type":"service_account","project_id":"acme-crm-prod","private_key":"-----BEGIN PRIVATE KEY-----\\n',
            S(body, "CREDENTIAL"), '\\n-----END PRIVATE KEY-----\\n","client_email":"',
            D("crm-sync@acme-crm-prod.iam.gserviceaccount.com", "system_account"), '","client_id":"',
            D(g.digits(21, True), "client_id"), '"}']


@tpl("en", "Python http.client debuglevel send", "CREDENTIAL (bearer token)", "-")
def t_httpclient(g):
    tok = g.ch([g.api_key("hubspot"), g.jwt(), g.api_key("ya29")])
    return ["send: b'POST /crm/v3/objects/contacts/batch/upsert HTTP/1.1\\r\\nHost: api.hubapi.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer ",
            S(tok, "CREDENTIAL"), f"\\r\\nContent-Length: {g.ri(100, 9000)}\\r\\nContent-Type: application/json\\r\\n\\r\\n'"]


@tpl("en", "Slack incoming-webhook alert", "CREDENTIAL (webhook secret), PERSON, EMAIL_ADDRESS", "-")
def t_slack(g):
    fn, ln, _ = g.en_person()
    return [f"{g.iso(g.dt())} notify.slack POST https://hooks.slack.com/services/T{g.rs('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}/B{g.rs('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}/",
            S(g.rs(B62, 24), "CREDENTIAL"), ' text="New high-value lead: ', S(f"{fn} {ln}", "PERSON"), " (",
            S(g.email_for(fn, ln, corp=True), "EMAIL_ADDRESS"), f"), score {g.ri(70, 99)}\" status=200"]


@tpl("en", "Zoom recording.completed webhook", "EMAIL_ADDRESS, PERSON, CREDENTIAL (download_token)", "epoch_timestamp, uuid")
def t_zoom(g):
    fn, ln, _ = g.en_person()
    obj = {"event": "recording.completed", "event_ts": D(g.epoch_ms(g.dt()), "epoch_timestamp"),
           "payload": {"account_id": g.rs(B62 + "-_", 22), "object": {"uuid": D(g.uuid(), "uuid"),
                       "host_email": S(g.email_for(corp=True), "EMAIL_ADDRESS"),
                       "topic": SV("Discovery call - ", S(f"{fn} {ln}", "PERSON")), "duration": g.ri(5, 90)}},
           "download_token": S(g.jwt(), "CREDENTIAL")}
    return ["zoom-webhook received "] + J(obj)


@tpl("en", "Freshdesk reply sent", "PERSON x2, EMAIL_ADDRESS", "case_number, role_mailbox")
def t_freshdesk(g):
    fn, ln, _ = g.en_person()
    return [f"{g.iso(g.dt())} freshdesk: ticket ", D(str(g.ri(1000, 99999)), "case_number"), " reply sent by agent ",
            S(g.en_name(), "PERSON"), ' to "', S(f"{fn} {ln}", "PERSON"), '" <', S(g.email_for(fn, ln), "EMAIL_ADDRESS"),
            "> cc: ", D(g.role_mail("acme-crm.io"), "role_mailbox")]


@tpl("en", "password reset mail sent", "EMAIL_ADDRESS, CREDENTIAL (reset token)", "role_mailbox")
def t_reset(g):
    return [f"{g.iso(g.dt())} mailer: delivered template=password_reset to=", S(g.email_for(), "EMAIL_ADDRESS"),
            " from=", D(g.role_mail(), "role_mailbox"), " reset_url=https://app.acme-crm.io/password/edit?reset_password_token=",
            S(g.rs(B64U, 20), "CREDENTIAL")]


@tpl("en", "billing reconciliation (no PII)", "-", "order_id (Luhn 16), amount, trace_id")
def t_reconcile(g):
    return [f"{g.iso(g.dt())} billing.reconcile order_id=", D(g.luhn16(), "order_id"), f" psp_ref=pi_{g.rs(B62, 24)} amount=",
            D(g.amount("EUR "), "amount"), " status=settled traceparent=", D(g.traceparent(), "trace_id")]


@tpl("en", "Redis MONITOR, OTP cache write", "PHONE_NUMBER (in key)", "epoch_timestamp, server_ip, pickup_code")
def t_redis(g):
    d = g.dt()
    return [D(f"{g.epoch(d)}.{d.microsecond:06d}", "epoch_timestamp"), " [0 ", D(g.server_ip(), "server_ip"),
            f":{g.ri(30000, 65000)}] \"SETEX\" \"otp:sms:", S(g.cn_mobile(0) if g.p(0.5) else g.intl_phone(style=0), "PHONE_NUMBER"),
            "\" \"300\" \"", D(g.digits(6), "pickup_code"), "\""]


@tpl("en", "web login with IPv6 client and session", "EMAIL_ADDRESS, IP_ADDRESS (v6), CREDENTIAL (session)", "-")
def t_login_v6(g):
    return [f"{g.iso(g.dt())} auth: login ok user=", S(g.email_for(), "EMAIL_ADDRESS"), " ip=",
            S(g.client_ip(v6=True), "IP_ADDRESS"), f" mfa={g.ch(['totp', 'webauthn', 'sms'])} set-cookie=_crm_session=",
            S(g.session_id(), "CREDENTIAL"), "; Path=/; Secure; HttpOnly; SameSite=Lax"]


@tpl("en", "Express/morgan dev log with cookie header", "CREDENTIAL (connect.sid), PERSON (login)", "-")
def t_express(g):
    return [f"{g.iso(g.dt())} http GET /api/v1/deals?owner=", S(g.login(), "PERSON"),
            f" 200 {g.ri(3, 900)}.{g.ri(100, 999)} ms - {g.ri(100, 9999)} cookie=\"connect.sid=",
            S("s%3A" + g.rs(B64U, 32) + "." + g.rs(B62, 43), "CREDENTIAL"), "\""]


@tpl("en", "deploy notice (no PII)", "-", "version, commit_hash, image_digest")
def t_deploy_en(g):
    return [f"{g.iso(g.dt())} deploy: campaign-sender ", D("v" + g.version(), "version"), " rolled out to prod-eu (commit ",
            D(g.commit(), "commit_hash"), ", image registry.acme-crm.io/campaign-sender@", D(g.digest(), "image_digest"), ")"]


# ============================ Chinese ============================

@tpl("zh", "企业微信 通讯录变更回调 XML", "PERSON (login), PERSON, PHONE_NUMBER, EMAIL_ADDRESS", "corp_id, system_account, epoch_timestamp")
def z_wecom_xml(g):
    d = g.dt()
    return ["[wecom-callback] 收到通讯录变更事件 <xml><ToUserName><![CDATA[", D("ww" + g.hexs(16), "corp_id"),
            "]]></ToUserName><FromUserName><![CDATA[", D("sys", "system_account"), "]]></FromUserName><CreateTime>",
            D(str(g.epoch(d)), "epoch_timestamp"), "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]></Event><ChangeType><![CDATA[create_user]]></ChangeType><UserID><![CDATA[",
            S(g.py_login(), "PERSON"), "]]></UserID><Name><![CDATA[", S(g.zh_name(), "PERSON"),
            f"]]></Name><Department><![CDATA[{g.ri(1, 9)},{g.ri(10, 99)}]]></Department><Mobile><![CDATA[",
            S(g.cn_mobile(0), "PHONE_NUMBER"), "]]></Mobile><Email><![CDATA[", S(g.zh_email(corp=True), "EMAIL_ADDRESS"),
            "]]></Email></xml>"]


@tpl("zh", "钉钉 自定义机器人 推送新线索", "CREDENTIAL (access_token), PERSON (surname), PHONE_NUMBER x2", "epoch_timestamp, signature")
def z_ding_robot(g):
    d = g.dt()
    ph = g.cn_mobile(0)
    content = SV("【新线索】", S(g.zh_surname(), "PERSON"), title_zh(g) + " ", S(ph, "PHONE_NUMBER"),
                 f" 来自{g.ch(['官网表单', '百度推广', '抖音线索', '展会扫码'])}，请及时跟进")
    obj = {"msgtype": "text", "text": {"content": content}, "at": {"atMobiles": [S(ph, "PHONE_NUMBER")], "isAtAll": False}}
    sign = urllib.parse.quote(g.rs(B64, 43) + "=", safe="")
    return [f"{g.jts(d)} INFO [ding-notify] 钉钉机器人推送 url=https://oapi.dingtalk.com/robot/send?access_token=",
            S(g.hexs(64), "CREDENTIAL"), "&timestamp=", D(str(g.epoch_ms(d)), "epoch_timestamp"), "&sign=",
            D(sign, "signature"), " body="] + J(obj)


@tpl("zh", "钉钉 topapi/v2/user/get 响应", "PERSON, PHONE_NUMBER, EMAIL_ADDRESS", "user_id, employee_id, request_id")
def z_ding_user(g):
    obj = {"errcode": 0, "errmsg": "ok", "result": {"userid": D(g.digits(18, True), "user_id"), "unionid": g.rs(B62, 27) + "iEiE",
           "name": S(g.zh_name(), "PERSON"), "mobile": S(g.cn_mobile(0), "PHONE_NUMBER"), "state_code": "86",
           "job_number": D(g.ch("ASE") + str(g.ri(100, 99999)), "employee_id"), "title": g.ch(["销售经理", "客户成功经理", "大客户销售", "售前顾问"]),
           "email": S(g.zh_email(corp=True), "EMAIL_ADDRESS"), "dept_id_list": [g.ri(100000, 999999)]},
           "request_id": D(g.rs("abcdefghijklmnopqrstuvwxyz0123456789", 13), "request_id")}
    return [f"{g.jts(g.dt())} DEBUG [dingtalk-sync] 拉取员工详情 resp="] + J(obj, ascii=False)


@tpl("zh", "阿里云短信 SendSms 验证码", "PHONE_NUMBER", "pickup_code, request_id")
def z_aliyun_sms(g):
    return [f"{g.jts(g.dt())} INFO [sms-aliyun] SendSms 请求 PhoneNumbers=", S(g.cn_mobile(0), "PHONE_NUMBER"),
            f" SignName=艾可米CRM TemplateCode=SMS_{g.ri(100000000, 999999999)} TemplateParam={{\"code\":\"", D(g.digits(6), "pickup_code"),
            f"\"}} 响应 Code=OK Message=OK BizId={g.digits(15, True)}^0 RequestId=", D(g.uuid(upper=True), "request_id")]


@tpl("zh", "腾讯云短信 SendSms 响应 JSON", "PHONE_NUMBER", "serial_no, request_id")
def z_tencent_sms(g):
    obj = {"Response": {"SendStatusSet": [{"SerialNo": D(f"{g.ri(2000, 5000)}:{g.digits(28, True)}", "serial_no"),
                        "PhoneNumber": S("+86" + g.cn_mobile_digits(), "PHONE_NUMBER"), "Fee": 1, "SessionContext": "",
                        "Code": "Ok", "Message": "send success", "IsoCode": "CN"}], "RequestId": D(g.uuid(), "request_id")}}
    return [f"{g.jts(g.dt())} INFO  c.a.crm.sms.TencentSmsChannel - 腾讯云短信发送结果: "] + J(obj)


@tpl("zh", "销售线索导入 Java 行日志", "PERSON, PHONE_NUMBER, EMAIL_ADDRESS", "-")
def z_lead_import(g):
    return [f"{g.jts(g.dt())} INFO [lead-import-{g.ri(1, 8)}] c.a.crm.lead.LeadImportJob - 导入线索 第{g.ri(2, 20000)}行: 姓名=",
            S(g.zh_name(), "PERSON"), ", 手机=", S(g.cn_mobile(), "PHONE_NUMBER"), ", 邮箱=", S(g.zh_email(), "EMAIL_ADDRESS"),
            f", 公司={g.ch(CN_COMPANIES)}, 来源={g.ch(['百度推广', '官网表单', '展会', '抖音', '转介绍'])}"]


@tpl("zh", "线索自动分配", "PERSON (sales), PERSON (surname), PHONE_NUMBER", "lead_id, employee_id")
def z_lead_route(g):
    d = g.dt()
    return [f"{g.jts(d)} [LeadRouter] 线索 ", D(f"L{d:%Y%m%d}{g.ri(1, 999999):06d}", "lead_id"), " 已分配给 销售 ",
            S(g.zh_name(), "PERSON"), "（工号 ", D(g.ch("SEK") + f"{g.ri(1, 9999):04d}", "employee_id"), "），客户 ",
            S(g.zh_surname(), "PERSON"), title_zh(g), " ", S(g.cn_mobile(g.ch([1, 2, 0])), "PHONE_NUMBER")]


@tpl("zh", "客服工单", "PERSON (surname), PHONE_NUMBER, PERSON (值班人员)", "case_number")
def z_ticket(g):
    d = g.dt()
    return [f"{g.jts(d)} 工单", D(f"#{d:%Y%m%d}{g.ri(1, 99999):05d}", "case_number"), " 客户 ", S(g.zh_surname(), "PERSON"),
            g.ch(["女士", "先生"]), f" 反馈{g.ch(['收不到验证码', '退订后仍收到营销短信', '发票抬头错误', '无法导出线索'])}，手机号 ",
            S(g.cn_mobile(3), "PHONE_NUMBER"), f"，处理人：{g.ch(['值班人员', '客服', '运维'])} ", S(g.zh_name(), "PERSON")]


@tpl("zh", "通话录音 ASR 转写", "PERSON x2, CN_RESIDENT_ID, PHONE_NUMBER", "call_id")
def z_asr(g):
    return [f"{g.jts(g.dt())} [ASR] call_id=", D(g.hexs(24), "call_id"), " 坐席=", S(g.zh_name(), "PERSON"),
            " 客户：“我叫", S(g.ch(CN_COMPOUND) + g.fk["zh_CN"].first_name() if g.p(0.5) else g.zh_name(), "PERSON"),
            "，身份证号是", S(g.cn_id(), "CN_RESIDENT_ID"), "，手机", S(g.cn_mobile(0), "PHONE_NUMBER"), "。”"]


@tpl("zh", "企业实名认证 法定代表人核验", "PERSON, CN_RESIDENT_ID", "trace_id")
def z_kyc(g):
    return [f"{g.jts(g.dt())} INFO [kyc] 企业认证 {g.ch(CN_COMPANIES)} 法定代表人=", S(g.zh_name(), "PERSON"), " 身份证=",
            S(g.cn_id(lower_x=g.p(0.2)), "CN_RESIDENT_ID"), f" 校验结果={g.ch(['一致', '不一致', '库中无此号'])} 流水号=",
            D(g.hexs(32), "trace_id")]


@tpl("zh", "电子发票开具", "PERSON (surname)", "invoice_number, amount, role_mailbox")
def z_fapiao(g):
    return [f"{g.jts(g.dt())} [invoice] 开票成功 发票号码 ", D("2" + g.digits(19), "invoice_number"), " 金额 ",
            D(g.cny(), "amount"), f" 抬头 {g.ch(CN_COMPANIES)} 收票邮箱 ", D(g.role_mail(g.ch(CN_CORP_DOMAINS)), "role_mailbox"),
            " 联系人 ", S(g.zh_surname(), "PERSON"), g.ch(["女士", "先生", "会计"])]


@tpl("zh", "nginx 访问日志 线索搜索 (URL 编码中文姓名)", "IP_ADDRESS, PERSON (%-encoded), PHONE_NUMBER", "-")
def z_nginx_search(g):
    d = g.dt()
    nm = S(g.zh_name(), "PERSON")
    return [S(g.client_ip(), "IP_ADDRESS"), f" - - [{g.clf(d, '+0800')}] \"GET /api/leads/search?name=", enc(nm),
            "&mobile=", S(g.cn_mobile(0), "PHONE_NUMBER"), f"&page=1 HTTP/1.1\" 200 {g.ri(200, 9000)} \"https://crm.acmecrm.cn/leads\" \"{g.ch(CN_UA)}\""]


@tpl("zh", "礼品寄送 顺丰", "PERSON, PHONE_NUMBER", "public_figure, waybill")
def z_gift(g):
    return [f"{g.jts(g.dt())} [活动] 「", D(g.ch(PUBLIC_ZH), "public_figure"), "主题抽奖」中奖用户 ", S(g.zh_name(), "PERSON"),
            " 礼品已寄出，顺丰运单 ", D("SF" + g.digits(13, True), "waybill"), "，收件电话 ", S(g.cn_mobile(), "PHONE_NUMBER")]


@tpl("zh", "营销活动推送完成 (无个人信息)", "-", "public_figure, company, campaign_id")
def z_campaign(g):
    return [f"{g.jts(g.dt())} [campaign] 活动「", D(g.ch(PUBLIC_ZH), "public_figure"), f"诗词节·{g.ch(['中秋', '元旦', '双十二'])}」已推送 {g.ri(100, 90000)} 人，联合品牌 ",
            D(g.ch(BRAND_ZH), "company"), "，活动编号 ", D(f"CMP{g.ri(100000, 999999)}", "campaign_id")]


@tpl("zh", "线下沙龙报名", "PERSON (compound surname before title), PHONE_NUMBER", "place")
def z_salon(g):
    return [f"{g.jts(g.dt())} [event] 线下沙龙「增长黑客」报名成功 客户 ", S(g.ch(CN_COMPOUND), "PERSON"), title_zh(g), " 手机 ",
            S(g.cn_mobile(), "PHONE_NUMBER"), " 地点 ", D(g.ch(PLACE_ZH), "place"), f" {g.ch(['A座', '3号楼', '会议中心'])}"]


@tpl("zh", "CMPP 上行 退订回复", "PHONE_NUMBER x2 (different printings)", "sms_service_code, message_id")
def z_cmpp(g):
    dd = g.cn_mobile_digits()
    return [f"{g.jts(g.dt())} [cmpp-gw] CMPP_DELIVER src_terminal_id=", S("86" + dd, "PHONE_NUMBER"), " dest_id=",
            D("1069" + g.digits(8), "sms_service_code"), " msg_content=TD msg_id=", D(g.digits(19, True), "message_id"),
            " => 用户回复退订，已加入黑名单 手机号=", S(f"{dd[:3]} {dd[3:7]} {dd[7:]}", "PHONE_NUMBER")]


@tpl("zh", "钉钉免登", "PERSON, IP_ADDRESS", "corp_id, user_id")
def z_ding_login(g):
    return [f"{g.jts(g.dt())} INFO [auth] 钉钉免登成功 corpId=", D("ding" + g.hexs(16), "corp_id"), " userid=",
            D(g.ch(["manager", "user"]) + str(g.ri(1000, 9999)), "user_id"), " 姓名=", S(g.zh_name(), "PERSON"), " 登录IP=",
            S(g.client_ip(), "IP_ADDRESS")]


@tpl("zh", "JDBC 连接失败", "CREDENTIAL (URL password)", "server_ip, port, system_account")
def z_jdbc(g):
    return [f"{g.jts(g.dt())} ERROR [main] c.a.crm.DataSourceConfig - 数据库连接失败 url=jdbc:mysql://", D(g.server_ip(), "server_ip"),
            ":", D("3306", "port"), "/crm_cn?useSSL=false&user=", D(g.ch(["crm_rw", "root", "svc_crm"]), "system_account"),
            "&password=", S(urllib.parse.quote(g.password(), safe=""), "CREDENTIAL"),
            "&characterEncoding=utf8 异常=CommunicationsException: 通信链路故障"]


@tpl("zh", "销售拜访出差", "PERSON (sales), PERSON (surname)", "train_number, flight_number")
def z_trip(g):
    return [f"{g.jts(g.dt())} [拜访计划] 销售 ", S(g.zh_name(), "PERSON"), " 乘 ", D(g.train(), "train_number"), " 次列车转 ",
            D(g.flight(), "flight_number"), f" 航班前往{g.ch(['广州', '成都', '武汉', '西安'])}拜访客户 {g.ch(CN_COMPANIES)}，对接人 ",
            S(g.zh_surname(), "PERSON"), g.ch(["经理", "总", "主任"])]


@tpl("zh", "400 热线来电 固话", "PHONE_NUMBER (landline), PERSON (agent)", "hotline, employee_id")
def z_hotline(g):
    return [f"{g.jts(g.dt())} [callcenter] 来电 主叫 ", S(g.cn_landline(), "PHONE_NUMBER"), " 被叫 ",
            D(f"400-{g.digits(3)}-{g.digits(4)}", "hotline"), f" 转 {g.ri(8000, 8999)} 坐席 工号 ", D(str(g.ri(1000, 9999)), "employee_id"),
            " ", S(g.zh_name(), "PERSON"), f" 通话 {g.ri(10, 900)} 秒"]


@tpl("zh", "4S 店试驾登记", "PERSON (surname), PHONE_NUMBER, LICENSE_PLATE", "company")
def z_testdrive(g):
    return [f"{g.jts(g.dt())} [dms] 试驾登记 客户 ", S(g.zh_surname(), "PERSON"), g.ch(["先生", "女士"]), " 手机 ",
            S(g.cn_mobile(), "PHONE_NUMBER"), " 现有车牌 ", S(g.plate(g.ch(["cn", "cnev"])), "LICENSE_PLATE"), " 意向车型 ",
            *_brand_model(g)]


def _brand_model(g):
    b, mdl = g.ch([("特斯拉", " Model Y"), ("保时捷", " Taycan"), ("法拉利", " Roma"), ("奔驰", " EQE"), ("福特", " Mustang Mach-E")])
    return [D(b, "company"), mdl]


@tpl("zh", "出境游报名 护照", "PERSON, PASSPORT", "flight_number")
def z_passport(g):
    return [f"{g.jts(g.dt())} [travel-crm] 出境游报名 旅客 ", S(g.zh_name(), "PERSON"), " 护照号 ", S(g.passport("cn"), "PASSPORT"),
            f" 签证类型 {g.ch(['L', 'ESTA', '申根'])} 去程航班 ", D(g.flight(), "flight_number")]


@tpl("zh", "台湾区客服 (繁体)", "PERSON (zh_TW), PHONE_NUMBER (TW)", "-")
def z_tw_support(g):
    ph = g.intl_phone("TW", style=g.ch([1, 2, 2]))
    return [f"{g.jts(g.dt())} [客服] 來電 客戶 ", S(g.zh_name(tw=True), "PERSON"), " 手機 ", S(ph, "PHONE_NUMBER"),
            f" 反映 {g.ch(['電子報無法取消訂閱', '發票金額有誤', '帳號被鎖定'])}"]


@tpl("zh", "企业微信 添加外部联系人", "PERSON (customer), PHONE_NUMBER, PERSON (sales)", "external_userid")
def z_wecom_external(g):
    return [f"{g.jts(g.dt())} [wecom] 添加外部联系人成功 external_userid=", D("wm" + g.rs(B62 + "_-", 30), "external_userid"),
            " 客户 ", S(g.zh_name(), "PERSON"), " 手机 ", S(g.cn_mobile(), "PHONE_NUMBER"), " 添加人 销售 ", S(g.zh_name(), "PERSON")]


@tpl("zh", "CDP 画像合并 (Python json.dumps, \\u 转义)", "PERSON (\\u-escaped), PHONE_NUMBER", "unionid")
def z_cdp_escaped(g):
    obj = {"name": S(g.zh_name(), "PERSON"), "mobile": S(g.cn_mobile(0), "PHONE_NUMBER"),
           "wechat_unionid": D("o" + g.rs(B62 + "_-", 27), "unionid"), "source": g.ch(["抖音", "小程序", "官网", "企业微信"])}
    return [f"{g.jts(g.dt(), ',')} INFO cdp.identity 合并画像 payload="] + J(obj, ascii=True, sep=(", ", ": "))


@tpl("zh", "OneID 身份归并", "PHONE_NUMBER, EMAIL_ADDRESS, PERSON (login)", "uuid")
def z_oneid(g):
    return [f"{g.jts(g.dt())} [OneID] 身份归并 oneid=", D(g.uuid(), "uuid"), " 手机号 ", S(g.cn_mobile(g.ch([0, 5, 3])), "PHONE_NUMBER"),
            " 与 邮箱 ", S(g.zh_email(), "EMAIL_ADDRESS"), "、企业微信 userid=", S(g.py_login(), "PERSON"), " 归并为同一客户"]


@tpl("zh", "企业微信 群机器人 告警失败", "CREDENTIAL (uuid-shaped key), PERSON (值班)", "-")
def z_wecom_robot(g):
    return [f"{g.jts(g.dt())} WARN [alert] 企微群机器人发送失败 url=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=",
            S(g.uuid(), "CREDENTIAL"), f" errcode=93000 errmsg=invalid webhook url, 内容=\"短信通道积压 {g.ri(1000, 90000)} 条，请值班人员 ",
            S(g.zh_name(), "PERSON"), " 处理\""]


@tpl("zh", "企业微信 gettoken", "CREDENTIAL x2 (corpsecret, access_token)", "corp_id")
def z_wecom_token(g):
    return [f"{g.jts(g.dt())} DEBUG [wecom] 获取 access_token GET https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=",
            D("ww" + g.hexs(16), "corp_id"), "&corpsecret=", S(g.rs(B62 + "-_", 43), "CREDENTIAL"),
            ' -> {"errcode":0,"errmsg":"ok","access_token":"', S(g.rs(B62 + "-_", 128), "CREDENTIAL"), '","expires_in":7200}']


@tpl("zh", "发布上线 (无个人信息)", "-", "version, commit_hash, image_digest")
def z_deploy(g):
    return [f"{g.jts(g.dt())} [发布] crm-web ", D("v" + g.version(), "version"), f" 已发布到 生产环境（{g.ch(['华东2', '华北2', '华南1'])}），提交 ",
            D(g.commit(), "commit_hash"), "，镜像 ", D(g.digest(), "image_digest")]


@tpl("zh", "官网表单 QQ 邮箱", "PERSON, EMAIL_ADDRESS (QQ numeric), IP_ADDRESS", "-")
def z_qq_form(g):
    return [f"{g.jts(g.dt())} [form] 官网表单提交 姓名=", S(g.zh_name(), "PERSON"), " QQ邮箱=", S(g.qq_email(), "EMAIL_ADDRESS"),
            f" 意向={g.ch(['私有化部署', '试用', '报价'])} 来源IP=", S(g.client_ip(), "IP_ADDRESS")]


@tpl("zh", "订单支付成功 (无个人信息)", "-", "order_id (11 digits), amount, order_id (Luhn 16)")
def z_order(g):
    return [f"{g.jts(g.dt())} [pay] 订单支付成功 订单号 ", D(g.order11(), "order_id"), " 金额 ", D(g.cny(), "amount"),
            " 商户单号 ", D(g.luhn16(), "order_id")]


@tpl("zh", "质检告警 坐席复述身份证", "PERSON (agent), CN_RESIDENT_ID", "masked")
def z_qc(g):
    cid = g.cn_id()
    return [f"{g.jts(g.dt())} WARN [质检] 通话中坐席 ", S(g.zh_name(), "PERSON"), " 复述了客户完整身份证号 ", S(cid, "CN_RESIDENT_ID"),
            "，转写已打码为 ", D(cid[:6] + "********" + cid[-4:], "masked")]


@tpl("zh", "医疗版 预约回访", "PERSON (patient), PERSON (doctor before title)", "place")
def z_medical(g):
    return [f"{g.jts(g.dt())} [医疗版] 预约回访 患者 ", S(g.zh_name(), "PERSON"), " 主治医生 ", S(g.fk["zh_CN"].name(), "PERSON"),
            g.ch(["主任医师", "副主任医师", "医生", "教授"]), f" 科室 {g.ch(['心内科', '骨科', '口腔科'])} 医院 ",
            D(g.ch(["北京协和医院", "华西医院", "瑞金医院", "中山大学附属第一医院"]), "place")]


@tpl("zh", "邮件退信", "EMAIL_ADDRESS", "campaign_id, server_ip")
def z_bounce(g):
    return [f"{g.jts(g.dt())} [edm] 邮件退信 收件人 ", S(g.zh_email(), "EMAIL_ADDRESS"), " 原因 550 Mailbox not found 活动 ",
            D(f"CMP{g.ri(100000, 999999)}", "campaign_id"), f"（{g.ch(['双十二大促', '年终回馈', '新品发布'])}） 退信 MTA ",
            D(g.server_ip(public=True), "server_ip")]


@tpl("zh", "神策埋点 track 事件 (distinct_id 为手机号)", "PHONE_NUMBER x2, IP_ADDRESS", "epoch_timestamp")
def z_sensors(g):
    d = g.dt()
    ph = g.cn_mobile(0)
    obj = {"distinct_id": S(ph, "PHONE_NUMBER"), "type": "track", "event": "SignUp", "time": D(g.epoch_ms(d), "epoch_timestamp"),
           "properties": {"$ip": S(g.client_ip(), "IP_ADDRESS"), "$city": g.ch(["杭州", "深圳", "北京", "上海"]),
                          "phone": S(ph, "PHONE_NUMBER"), "渠道": g.ch(["抖音", "百度", "小红书"])}}
    return [f"{g.jts(g.dt())} [埋点] 上报 "] + J(obj)


@tpl("zh", "短信群发 营销 (手机号掩码与明文)", "PHONE_NUMBER, PERSON (运维)", "masked, campaign_id")
def z_sms_batch(g):
    dd = g.cn_mobile_digits()
    other = g.cn_mobile_digits()
    return [f"{g.jts(g.dt())} WARN [sms-batch] 活动 ", D(f"CMP{g.ri(100000, 999999)}", "campaign_id"), " 发送失败号码 ",
            S(dd, "PHONE_NUMBER"), "（空号），另 ", D(other[:3] + "****" + other[-4:], "masked"),
            f" 被运营商拦截，已通知运维 ", S(g.zh_name(), "PERSON")]


@tpl("zh", "钉钉 SSO 登录 会话", "PERSON (login), CREDENTIAL (session), IP_ADDRESS", "-")
def z_sso_session(g):
    return [f"{g.jts(g.dt())} INFO [sso] 用户 ", S(g.py_login(), "PERSON"), " 通过钉钉扫码登录成功，JSESSIONID=",
            S(g.hexs(32, True), "CREDENTIAL"), " 客户端IP ", S(g.client_ip(), "IP_ADDRESS")]


@tpl("zh", "企业账户 对公打款 IBAN (海外客户)", "IBAN_CODE, PERSON", "amount")
def z_iban(g):
    loc = g.ch(["de_DE", "fr_FR", "es_ES", "en_GB"])
    return [f"{g.jts(g.dt())} [billing] 海外客户对公打款到账 付款账户 ", S(g.iban(LOC_IBAN[loc]), "IBAN_CODE"), " 户名 ",
            S(g.en_name(loc), "PERSON"), " 金额 ", D(g.amount("EUR "), "amount")]


@tpl("zh", "银联卡 续费扣款失败", "CREDIT_CARD, PERSON", "order_id")
def z_unionpay(g):
    return [f"{g.jts(g.dt())} ERROR [billing] 自动续费扣款失败 卡号 ", S(g.card("unionpay" if g.p(0.6) else None, fmt=g.ri(0, 1)), "CREDIT_CARD"),
            " 持卡人 ", S(g.zh_name(), "PERSON"), " 订单 ", D(g.order11(), "order_id"), f" 原因 {g.ch(['余额不足', '卡片已过期', '交易超限'])}"]


@tpl("zh", "外呼 通话记录 (固话 + 手机)", "PHONE_NUMBER x2, PERSON (agent)", "call_id")
def z_outbound(g):
    return [f"{g.jts(g.dt())} [outbound] 外呼完成 call_id=", D(g.uuid(), "call_id"), " 主叫 ", S(g.cn_landline(), "PHONE_NUMBER"),
            " 被叫 ", S(g.cn_mobile(), "PHONE_NUMBER"), " 坐席 ", S(g.zh_name(), "PERSON"), f" 通话时长 {g.ri(5, 600)}s 结果=有意向"]


# ----------------------------------------------------------------------------- checks
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
RE_PASSPORT = re.compile(r"[EG]\d{8}|E[A-Z]\d{7}|\d{9}|[A-Z]\d{8}|C[0-9CFGHJKLMNPRTVWXYZ]{8}|[A-Z]\d{7}|\d{2}[A-Z]{2}\d{5}")
RE_PLATE = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][· ]?(?:[DF]\d{5}|[A-Z0-9]{5})"
                      r"|\d[A-Z]{3}\d{3}|[A-Z]{3}-\d{4}|[A-Z]{2}\d{2} [A-Z]{3}|[A-Z]{1,3}-[A-Z]{1,2} \d{1,4}")


def _decode(v):
    """Undo the escaping a line applied to a value (JSON \\u escapes, percent-encoding)."""
    if "\\" in v:
        try:
            v = json.loads('"' + v + '"')
        except ValueError:
            pass
    if "%" in v:
        v = urllib.parse.unquote(v)
    return v


def _phone_ok(v):
    v = urllib.parse.unquote(v).strip()
    cands = []
    if v.startswith("+") or v.startswith("(+"):
        cands.append((v, None))
    elif v.startswith("00"):
        cands.append(("+" + v[2:], None))
    else:
        dg = re.sub(r"\D", "", v)
        cands.append(("+" + dg, None))
        cands += [(v, r) for r in PARSE_REGIONS]
    for s, r in cands:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def _card_ok(v):
    d = v.replace(" ", "").replace("-", "")
    if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    return d[:2] == "62" and 16 <= len(d) <= 19


def _cnid_ok(v):
    if not re.fullmatch(r"\d{17}[\dXx]", v) or v[:6] not in CN_AREAS:
        return False
    try:
        _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return cn_id_check(v[:17]) == v[17].upper()


def _ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, gr, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and gr > 0 and s > 0


def _value_problem(t, v):
    if not v or v != v.strip():
        return "empty or padded"
    dv = _decode(v)
    if t == "PERSON":
        ok = any(c.isalpha() for c in dv) and "@" not in dv and len(dv) <= 60
    elif t == "EMAIL_ADDRESS":
        ok = bool(RE_EMAIL.fullmatch(dv))
    elif t == "PHONE_NUMBER":
        ok = _phone_ok(v)
    elif t == "CREDIT_CARD":
        ok = _card_ok(v)
    elif t == "IBAN_CODE":
        ok = iban_ok(v)
    elif t == "US_SSN":
        ok = _ssn_ok(v)
    elif t == "CN_RESIDENT_ID":
        ok = _cnid_ok(v)
    elif t == "PASSPORT":
        ok = bool(RE_PASSPORT.fullmatch(v))
    elif t == "LICENSE_PLATE":
        ok = bool(RE_PLATE.fullmatch(v))
    elif t == "IP_ADDRESS":
        try:
            ok = not ipaddress.ip_address(dv).is_private
        except ValueError:
            ok = False
    elif t == "CREDENTIAL":
        ok = len(v) >= 6 and not re.search(r"\s", v)
    else:
        return f"unknown type {t}"
    return None if ok else f"bad {t} value {v!r}"


DECOY_RE = {
    "uuid": r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}",
    "epoch_timestamp": r"1[78]\d{8}(?:\d{3}|\.\d{3,6})?",
    "image_digest": r"sha256:[0-9a-f]{64}",
    "commit_hash": r"[0-9a-f]{7}|[0-9a-f]{40}",
    "port": r"\d{2,5}",
    "trace_id": r"[0-9a-f]{32}|00-[0-9a-f]{32}-[0-9a-f]{16}-01",
    "role_mailbox": r"(?:%s)@[a-z0-9.\-]+" % "|".join(ROLE_LOCAL),
    "pickup_code": r"\d{4,6}",
    "train_number": r"[GDKZT]\d{1,4}",
    "flight_number": r"[A-Z0-9]{2}\d{3,4}",
}


def _decoy_problem(k, v):
    if not v or v != v.strip():
        return "empty or padded decoy"
    if k == "server_ip":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return f"bad server_ip {v!r}"
        return None
    if k == "masked":
        return None if re.search(r"\*|REDACTED|FILTERED|MASKED|redacted|masked|xxxx|XXXX", v) else f"bad mask {v!r}"
    if k == "order_id" and v.isdigit() and not ((len(v) == 16 and luhn_ok(v)) or (len(v) == 11 and v[0] == "1")):
        return f"bad numeric order id {v!r}"
    if k == "system_account" and not (v in SYS_ACCOUNTS or v.startswith("svc") or v.endswith("gserviceaccount.com")
                                      or v in ("sys", "crm_app", "crm_rw", "svc_crm", "svc_reporting")):
        return f"unexpected system account {v!r}"
    pat = DECOY_RE.get(k)
    if pat and not re.fullmatch(pat, v):
        return f"bad {k} {v!r}"
    return None


def _record_problem(rec, K=None):
    if set(rec) != {"text", "spans", "decoys", "template"}:
        return "keys"
    text = rec["text"]
    if not isinstance(text, str) or "\n" in text or "\r" in text:
        return "newline in text"
    if K is not None and not (isinstance(rec["template"], int) and 0 <= rec["template"] < K):
        return "template number"
    spans, decoys = rec["spans"], rec["decoys"]
    if len(spans) > 4 or len(decoys) > 3:
        return f"too many labels {len(spans)}/{len(decoys)}"
    allr = []
    for lst, isspan in ((spans, True), (decoys, False)):
        for item in lst:
            if not (isinstance(item, list) and len(item) == 3):
                return "label shape"
            s, e, lab = item
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                return f"offsets {item}"
            if isspan and lab not in TYPES:
                return f"unknown TYPE {lab}"
            if not isspan and (not isinstance(lab, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", lab)):
                return f"bad KIND {lab}"
            prob = _value_problem(lab, text[s:e]) if isspan else _decoy_problem(lab, text[s:e])
            if prob:
                return prob
            allr.append((s, e))
    allr.sort()
    for (a, b), (c, d) in zip(allr, allr[1:]):
        if c < b:
            return f"overlap {a, b} {c, d}"
    for s, e, lab in spans:
        v = text[s:e]
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            if not any(a <= i and j <= b for a, b in allr):
                return f"unlabelled occurrence of {lab} {v!r} at {i}"
            i = text.find(v, i + 1)
    return None


def validate(records):
    K = len(TEMPLATES)
    per_type, per_kind, per_tpl = Counter(), Counter(), Counter()
    clean = 0
    for i, rec in enumerate(records):
        prob = _record_problem(rec, K)
        assert prob is None, f"record {i}: {prob}: {rec!r}"
        per_tpl[rec["template"]] += 1
        for s, e, t in rec["spans"]:
            per_type[t] += 1
        for s, e, k in rec["decoys"]:
            per_kind[k] += 1
        if not rec["spans"] and any(k == "masked" for _, _, k in rec["decoys"]):
            clean += 1
    if len(records) >= 50:
        assert len({r["text"] for r in records}) > 0.95 * len(records), "too many duplicate lines"
    return {"records": len(records), "types": dict(per_type), "kinds": dict(per_kind),
            "templates": dict(per_tpl), "clean_with_mask": clean}


def blind_log24(n, seed=0):
    rng = random.Random(seed)
    g = G(rng)
    K = len(TEMPLATES)
    order = list(range(K))
    rng.shuffle(order)
    out = []
    for i in range(n):
        tnum = order[i % K]
        clean = rng.random() < 0.1
        for _ in range(200):
            rec = g.render(TEMPLATES[tnum][0](g), clean, tnum)
            if _record_problem(rec, K) is None:
                break
        else:
            raise RuntimeError(f"template {tnum} keeps failing: {_record_problem(rec, K)}")
        out.append(rec)
    return out


def _table():
    return "\n".join(f"{i}: {lang} / {system} -- {sp} | {dc}"
                     for i, (_, lang, system, sp, dc) in enumerate(TEMPLATES))


if __name__ == "__main__":
    recs = blind_log24(5000, 0)
    st = validate(recs)
    print(f"records: {st['records']}  templates: {len(TEMPLATES)}  clean(with mask): {st['clean_with_mask']}")
    print("per TYPE:")
    for k, v in sorted(st["types"].items(), key=lambda x: -x[1]):
        print(f"  {k:16s} {v}")
    print("per decoy KIND:")
    for k, v in sorted(st["kinds"].items(), key=lambda x: -x[1]):
        print(f"  {k:18s} {v}")
