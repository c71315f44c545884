"""Blind labelled evaluation set no. 19 for a log PII redactor (HR / recruiting SaaS theme).

Provenance
----------
Written blind on 2026-12-06. What was read of the project: nothing -- no rules,
seeds, tests, docs, curation data, training data, other benchmark files or the
redactor itself were opened, imported or run. The formats below come from general
knowledge of how the named systems print their logs (field order, key names,
quoting/escaping, message wording). Only the Python standard library, Faker (40.x)
and phonenumbers (9.x) are used.

Theme: one HR and recruiting SaaS company's mixed log -- applicant-tracking and
job-board webhooks, background-check and e-signature callbacks, payroll and
social-insurance (社保 / 公积金) batch lines, SSO / LDAP / SCIM provisioning, nginx
and API-gateway access lines, Celery and Sidekiq workers, Chinese recruiter / HRBP /
interviewer / ops lines and bot alerts.

API
---
blind_log19(n: int, seed: int = 0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}. spans / decoys are lists of
    [start, end, TYPE-or-KIND] with Python code-point offsets; text[start:end] is the
    value exactly as printed (percent-encoded, \\u-escaped, JSON-escaped or
    XML-escaped where the line prints it so). One random.Random(seed) drives
    everything; the Faker instances are seeded from it, so a seed always gives the
    same output. Templates are used round-robin over one shuffled order; template
    numbers are 0..K-1. About one record in ten is "clean": every planted value is
    replaced by a masked placeholder (recorded as decoy "masked") or by a dash.
validate(records) -> dict
    Self-check; raises AssertionError on any problem: offsets in range, spans not
    overlapping each other or decoys, every occurrence of a labelled value elsewhere
    in the line also covered by a label, no newline in a text, 0-4 spans and 0-3
    decoys a line, values are what their type says (Luhn cards, phonenumbers-valid
    phones, mod-97 IBANs, GB 11643 check digit on Chinese IDs, SSN area/group/serial
    rules, ...). Returns counters (records, clean, per TYPE, per decoy KIND, per
    template).
python pii_logs_blind19.py
    generates 5,000 lines (seed 0), validates them and prints counts per TYPE and per
    decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES
                names (first/last, "Last, First", Spanish double surnames); compound
                Chinese surnames (欧阳, 司马, 上官, 诸葛 ...), rare surnames (亓, 仉, 缑,
                笪 ...), minority names (阿依古丽·买买提, 扎西顿珠, 乌兰图雅 ...); person
                logins (jsmith, zhang.wei, wangfang88, liu_yang); surnames alone before
                a title; names \\u-escaped, percent-encoded or in file names.
EMAIL_ADDRESS   name-derived locals at client-company and free-mail domains (gmail,
                outlook, 163, 126, qq, foxmail, web.de ...), +tags, numeric QQ mail;
                percent-encoded in query strings.
PHONE_NUMBER    CN mobiles (plain, 3-4-4 spaced/dashed, +86, +86-, 0086, (+86));
                CN landlines (010-xxxxxxxx, (0755) xxxx xxxx, +86 21 xxxx xxxx ...);
                numbers built from phonenumbers.example_number_for_type for many
                regions with random tails, kept only if valid, printed E.164 /
                international / national / RFC 3966 (tel: outside the span);
                percent-encoded in query and form bodies.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex, UnionPay
                credit and 19-digit debit (622202, 621700, 622848 ...), plain, spaced
                and dashed.
IBAN_CODE       DE, GB, FR, ES, NL, IT, IE, BE, CH, AT, PL, PT with mod-97 check
                digits, compact or grouped by four.
US_SSN          area 001-899 except 666, group 01-99, serial 0001-9999; dashed,
                spaced or plain.
CN_RESIDENT_ID  real-looking six-digit area codes, birth dates 1962-2004, GB 11643
                check digit (X included).
PASSPORT        CN (E/G + 8 digits), US (9 digits or letter + 8), GB (9 digits),
                IN (letter + 7), DE (C + 8), FR (2 digits 2 letters 5 digits),
                ES (3 letters 6 digits), AU (1-2 letters + 7 digits).
LICENSE_PLATE   Chinese (京A12345, 沪B·D12345 new-energy, with or without the
                middle dot / space), US state styles, UK (AB12 CDE).
IP_ADDRESS      client / user / attacker addresses: public IPv4 from CN, US, EU
                blocks, office private ranges, IPv6 (240e:, 2408:, 2a02:, 2601: ...).
CREDENTIAL      passwords (JSON-escaped / percent-encoded where printed so), Stripe
                sk_live_, AWS AKIA + secret, Aliyun LTAI + secret, GitHub ghp_,
                opaque bearer tokens, JWTs, session cookies (hex, JSESSIONID,
                Rails signed cookie), SAML session index, Zoom pwd, WeCom webhook key,
                Lever webhook token, PEM private-key bodies, DSN password parts.

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (QQ numeric too); role mailboxes
  (service@, noreply@, notifications@, hr@ ...) -> decoy role_mailbox.
* Server / upstream / proxy / DB / relay / provider addresses -> decoy server_ip; a
  client's or user's (workstation, phone, attacker) address -> IP_ADDRESS.
* Surname before a title (王先生, 李经理, 张师傅, Dr. Patel) -> PERSON on the surname
  only; "王建国主任医师" -> PERSON on 王建国; full names of staff (engineers, agents,
  doctors, 运维, 值班人员, HRBP, interviewers) are PERSON.
* Famous historical people / fictional characters -> decoy public_figure; brands named
  after people -> decoy company; streets, districts, parks, hospitals, schools,
  buildings -> decoy place.
* Passwords, API / access / secret keys, session ids and cookie values, bearer tokens
  and JWTs (token only, not the "Bearer " scheme), private-key bodies, connection-string
  and URL password parts -> CREDENTIAL; one-time SMS codes / pickup codes -> decoy
  pickup_code.
* Person-looking logins (jsmith, zhang.wei) -> PERSON; root, admin, svc-*, service
  accounts -> decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1), case
  numbers, 工号, waybills, train / flight numbers, UUIDs, commit hashes, image digests,
  trace ids, epoch timestamps, amounts, ports, versions, job / batch / report ids ->
  decoys with a descriptive kind.
* Postal addresses, dates of birth, ages, genders, cities are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张小泉) or inside another span (a login
  inside an email); every other occurrence of a labelled value in the line is labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line. Clean
  records turn spans into decoy "masked" (138****5678, [REDACTED], 张*) or "-".

Templates  (number: language / system -- spans | decoys)
---------------------------------------------------------
(en = English line, zh = Chinese line; "x2" = the value is printed twice, both labelled;
"|" inside a column separates per-line variants.)
0: en / JSON / Greenhouse webhook candidate_hired -- PERSON x2, EMAIL_ADDRESS, PHONE_NUMBER | application_id, candidate_id
1: en / JSON / Lever webhook candidateStageChange -- CREDENTIAL (webhook token) | uuid, epoch_timestamp
2: en / JSON / Checkr webhook report.completed -- - | event_id, report_id, candidate_id
3: en / Python debug / Checkr API client POST /v1/candidates -- PERSON x2, EMAIL_ADDRESS, US_SSN | -
4: en / XML / DocuSign Connect envelope status -- EMAIL_ADDRESS, PERSON x2 | uuid, role_mailbox
5: en / logfmt / Dropbox Sign (HelloSign) callback -- EMAIL_ADDRESS, PERSON | epoch_timestamp, signature_request_id
6: en / logfmt / EU payroll SEPA export -- PERSON, IBAN_CODE | batch_id, employee_id, amount
7: en / XML / SEPA pain.001 CdtTrfTxInf debug -- PERSON, IBAN_CODE | end_to_end_id, amount
8: en / logfmt / UK right-to-work passport check -- PERSON x2, PASSPORT | case_number
9: en / E-Verify client case result -- PERSON, US_SSN, PASSPORT | case_number
10: en / JSON / Okta System Log user.session.start -- EMAIL_ADDRESS, PERSON, IP_ADDRESS | okta_user_id, uuid
11: en / JSON / SCIM 2.0 POST /Users request log -- EMAIL_ADDRESS x2, PERSON x2 | external_id
12: en / Keycloak event log LOGIN_ERROR -- IP_ADDRESS, PERSON (login) or EMAIL_ADDRESS | uuid x2
13: en / syslog / OpenLDAP slapd BIND or ACCEPT -- PERSON (login) | IP_ADDRESS | - | port, server_ip
14: en / Python ldap3 BIND request debug -- CREDENTIAL (bind password) | - | system_account x2, server_ip | + masked
15: en / nginx combined access, search by email/phone in query -- IP_ADDRESS, PERSON (remote_user), EMAIL_ADDRESS (pct), PHONE_NUMBER (pct) | -
16: en / nginx JSON log_format with Authorization header -- IP_ADDRESS, CREDENTIAL (JWT) | offer_id, server_ip
17: en / Envoy default access log (careers apply) -- IP_ADDRESS | server_ip x2, uuid
18: en / Kong http-log JSON (Okta SCIM client) -- CREDENTIAL (bearer) | server_ip, epoch_timestamp, port
19: en / Celery task succeeded with Python-repr result -- PERSON, EMAIL_ADDRESS | uuid
20: en / Celery consumer broker connection error (password masked by Celery) -- - | masked, server_ip, system_account
21: en / Sidekiq job raised exception (JSON job hash) -- EMAIL_ADDRESS | job_id x2, epoch_timestamp
22: en / Rails request log Parameters with [FILTERED] -- PERSON x2, EMAIL_ADDRESS | uuid, masked x2
23: en / Rails lograge key=value line -- IP_ADDRESS, EMAIL_ADDRESS | uuid
24: en / PostgreSQL jsonlog unique violation -- CN_RESIDENT_ID | system_account, server_ip, port
25: en / syslog / Postfix smtp delivery of offer mail -- EMAIL_ADDRESS | server_ip (+ epoch_timestamp)
26: en / JSON / SendGrid event webhook bounce -- EMAIL_ADDRESS | epoch_timestamp, server_ip
27: en / Twilio SMS status callback form body -- PHONE_NUMBER (pct) | message_id
28: en / JSON / Calendly invitee.created with Zoom link -- EMAIL_ADDRESS, PERSON, PHONE_NUMBER, CREDENTIAL (zoom pwd) | meeting_id
29: en / syslog / sshd failed or accepted login -- PERSON (login), IP_ADDRESS | IP_ADDRESS | port | system_account, port
30: en / syslog / sudo command by a person login -- PERSON x2 (login) | system_account
31: en / Go service DB dial error with DSN (Kubernetes pod log) -- CREDENTIAL (DSN password) | server_ip x2, system_account
32: en / CI job log docker run with AWS keys -- CREDENTIAL x2 (AWS key id + secret) | commit_hash
33: en / logfmt / Argo rollout complete -- - | image_digest, commit_hash, version
34: en / go-kit logfmt offer approved -- - | offer_id, trace_id, amount
35: en / HireRight background-check order -- PERSON, PASSPORT, EMAIL_ADDRESS | order_id
36: en / facilities parking permit (US plate) -- PERSON, LICENSE_PLATE | permit_id, place
37: en / Zendesk ticket.created webhook -- PERSON x2, EMAIL_ADDRESS | case_number
38: en / interview scorecard submitted (Dr./Ms. + surname) -- PERSON (surname after title), PERSON | scorecard_id, public_figure
39: en / job-board sync posted (brands named after people) -- - | req_id, company, place
40: en / QA seed skipping fictional fixture -- - | public_figure, tenant_id
41: en / paycard load (Luhn-valid ref id) -- PERSON, CREDIT_CARD | amount, order_id
42: en / Concur expense report (Amex) -- EMAIL_ADDRESS, CREDIT_CARD | report_id, company, amount
43: en / JSON / Indeed Apply application -- PERSON x2 (one in resume file name), EMAIL_ADDRESS, PHONE_NUMBER | application_id, job_id
44: en / HAProxy http log with captured Cookie -- IP_ADDRESS, CREDENTIAL (session cookie) | port
45: en / HRIS employee.created webhook (regional) -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | place
46: en / Apache combined log, access_token in query -- IP_ADDRESS, CREDENTIAL (JWT) | -
47: en / pysaml2 response debug (Entra ID) -- EMAIL_ADDRESS, CREDENTIAL (SAML session index) | uuid
48: en / config dump with PEM private key (JSON, \\n escaped) -- CREDENTIAL (key body) | -
49: en / Stripe API call log (billing contact) -- CREDENTIAL (sk_live), EMAIL_ADDRESS | customer_id
50: zh / 企业微信机器人 社保申报告警 -- PERSON (值班人员), PHONE_NUMBER | batch_id, employer_id
51: zh / 社保增员批处理 key=value -- PERSON, CN_RESIDENT_ID | place, amount
52: zh / 公积金汇缴明细 pipe-separated -- PERSON, CN_RESIDENT_ID | amount x3
53: zh / 工资代发文件行 (银联借记卡) -- PERSON, CREDIT_CARD | batch_id, amount, place
54: zh / ATS 招聘进度通知 -- PERSON x2, PHONE_NUMBER, PERSON (姓+女士/先生) | place
55: zh / BOSS直聘 webhook JSON (UTF-8) -- PERSON, PHONE_NUMBER | job_id, place
56: zh / 智联同步 Python json.dumps (\\u 转义) -- PERSON (\\u-escaped), PHONE_NUMBER, EMAIL_ADDRESS | -
57: zh / 猎头推荐 (座机 + 转分机) -- PERSON x2, PHONE_NUMBER (landline) | amount
58: zh / 背调回调 (证明人 姓+经理) -- PERSON, CN_RESIDENT_ID, PERSON (姓), PHONE_NUMBER | order_id, place
59: zh / e签宝 签署完成回调 key=value -- PERSON, PHONE_NUMBER | flow_id, contract_id
60: zh / 法大大 签章回调 JSON -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER | transaction_id, contract_id
61: zh / 外籍员工入职 (护照) -- PERSON (foreign), PASSPORT, PERSON (HRBP) | employee_id
62: zh / 差旅 机票预订 (中国护照) -- PERSON, PASSPORT, PHONE_NUMBER | flight_number
63: zh / 差旅 高铁出票 -- PERSON, CN_RESIDENT_ID | train_number, order_id
64: zh / 园区停车登记 -- PERSON, LICENSE_PLATE | employee_id, place
65: zh / 访客系统 车辆预约 (姓+先生) -- LICENSE_PLATE, PERSON (姓), PERSON | pickup_code
66: zh / 阿里云短信 SendSms 验证码 -- PHONE_NUMBER | pickup_code, uuid
67: zh / 飞书机器人 面试提醒 (会议室以历史人物命名) -- PERSON x3 | public_figure
68: zh / 钉钉审批 录用审批通过 -- PERSON x3 | uuid, amount
69: zh / 医疗人才招聘 (姓名+主任医师) -- PERSON, PERSON (name before 主任医师) | place
70: zh / LDAP同步 新增用户 -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | system_account
71: zh / 飞书 SCIM 同步 (Python json \\u 转义) -- PERSON x3 (familyName, givenName, displayName), PHONE_NUMBER | user_id
72: zh / 企业微信 通讯录变更回调 XML (CDATA) -- PERSON (UserID login), PERSON, PHONE_NUMBER, EMAIL_ADDRESS | corp_id, epoch_timestamp
73: zh / nginx access 中文姓名 percent-encoded -- IP_ADDRESS, PERSON (pct UTF-8), PHONE_NUMBER | -
74: zh / Spring Boot 入职服务日志 -- PERSON, CN_RESIDENT_ID, CREDIT_CARD | employee_id
75: zh / MyBatis ==> Parameters 调试行 -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER | -
76: zh / 审计日志 手机号变更 (旧号已脱敏) -- PERSON (login), PERSON, PHONE_NUMBER | masked
77: zh / Alertmanager 告警 含 MySQL 连接串 -- PERSON x2 (负责人, 运维), CREDENTIAL (DSN password) | server_ip x2
78: zh / JumpServer 堡垒机登录 -- PERSON, PERSON (login), IP_ADDRESS | server_ip, system_account
79: zh / 劳动合同寄送 顺丰运单 (地址不标注) -- PERSON, PHONE_NUMBER | waybill
80: zh / 校招宣讲会 (人名品牌) -- - | place, company x2
81: zh / 前程无忧 职位同步 -- - | job_id, place, system_account
82: zh / 离职流程 禁用账号 -- PERSON x2, EMAIL_ADDRESS | employee_id
83: zh / 简历解析 QQ邮箱投递 -- EMAIL_ADDRESS (QQ numeric), PERSON, PHONE_NUMBER | -
84: zh / 在线客服 会话接入 (姓+先生) -- PERSON (客服), PERSON (姓), IP_ADDRESS | case_number
85: zh / 入职体检预约 -- PERSON, CN_RESIDENT_ID | place, pickup_code
86: zh / 繁體 招募通知 (台灣手機) -- PERSON (zh_TW), PHONE_NUMBER (TW), EMAIL_ADDRESS | -
87: zh / 行政工单 (姓+师傅) -- PERSON (姓), PHONE_NUMBER | case_number
88: zh / 企业微信群机器人推送失败 (webhook key) -- CREDENTIAL (uuid-shaped webhook key) | -
89: zh / Apollo 配置中心 发布 阿里云 AccessKey -- CREDENTIAL x2 (AK id + secret), PERSON | -
"""
import base64
import datetime as _dt
import html
import ipaddress
import json
import random
import re
import sys
import unicodedata
import urllib.parse
import uuid as _uuid
from collections import Counter

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# ---------------------------------------------------------------------------
# constants
# ---------------------------------------------------------------------------
_TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
         "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS", "CREDENTIAL")

_DECOY_KINDS = frozenset("""
masked role_mailbox server_ip public_figure company place system_account pickup_code
order_id case_number employee_id waybill train_number flight_number uuid commit_hash
image_digest trace_id epoch_timestamp amount port version job_id batch_id report_id
candidate_id application_id external_id employer_id tenant_id contract_id offer_id
req_id meeting_id message_id scorecard_id permit_id corp_id flow_id event_id
okta_user_id signature_request_id end_to_end_id transaction_id user_id customer_id
""".split())

_LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
_EN_LOCS = ("en_US", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
_LOC_REGION = {"en_US": "US", "en_GB": "GB", "en_AU": "AU", "en_IN": "IN", "de_DE": "DE",
               "fr_FR": "FR", "es_ES": "ES", "zh_CN": "CN", "zh_TW": "TW"}

_ROLE_LOCALS = frozenset("""service noreply no-reply alerts alert hr recruiting careers payroll
notifications notification support postmaster mailer-daemon admin info jobs zhaopin dse
billing hello team ops security talent offers""".split())

_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
             "宇文", "长孙", "夏侯", "端木", "司徒", "澹台", "独孤", "南宫", "呼延", "百里")
_RARE = ("亓", "仉", "缑", "笪", "佘", "靳", "逄", "阚", "蒯", "隗", "禚", "晏", "覃", "滕",
         "郗", "訾", "冼", "麴", "粟", "逯", "鞠", "暴", "兰", "钮")
_MINORITY = ("阿依古丽·买买提", "买买提·艾力", "迪丽娜尔·阿不都", "热依拉·吐尔逊",
             "帕尔哈提·麦麦提", "古丽娜尔·艾则孜", "阿迪力·吾斯曼", "努尔艾力·阿布都热依木",
             "扎西顿珠", "次仁卓玛", "格桑梅朵", "丹增尼玛", "央金拉姆", "洛桑次仁", "索朗旺姆",
             "平措扎西", "巴特尔", "乌兰图雅", "其木格", "宝音图", "斯琴高娃", "那仁花",
             "额尔敦", "阿苏木呷", "吉克曲布", "爱新觉罗·恒瑞")
_PY_SUR = ("zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "zhou", "wu", "xu",
           "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "ouyang",
           "situ", "tang", "song", "deng", "xie", "han", "feng", "cao", "peng", "zeng")
_PY_GIV = ("wei", "fang", "na", "min", "jing", "lei", "qiang", "jun", "yang", "yong", "yan",
           "jie", "tao", "ming", "chao", "xiu", "hui", "xin", "yu", "hao", "ting", "lin",
           "xiaoming", "jianguo", "lili", "haoran", "zihan", "yutong", "kai", "bo")

_CN_MOB_PREFIX = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
                  "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                  "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185",
                  "186", "187", "188", "189", "191", "193", "195", "198", "199")
_CN_AREA = ("10", "20", "21", "22", "23", "24", "25", "27", "28", "29", "755", "571", "512",
            "532", "731", "591", "871", "551", "311", "371", "769", "757", "898", "574")
_INTL_REGIONS = ("US", "CA", "GB", "AU", "IN", "DE", "FR", "ES", "SG", "JP", "HK", "NL",
                 "IE", "KR", "BR", "MX", "AE", "IT", "CH", "NZ")
_VALIDATE_REGIONS = (None, "CN", "US", "GB", "TW", "HK", "AU", "IN", "DE", "FR", "ES", "SG",
                     "JP", "CA", "NL", "IE", "KR", "BR", "MX", "AE", "IT", "CH", "NZ")

_CN_ID_AREAS = ("110101", "110102", "110105", "110108", "120101", "120104", "130102",
                "140105", "150102", "210102", "210203", "220102", "230103", "310101",
                "310104", "310110", "310115", "320102", "320506", "330102", "330106",
                "330203", "340104", "350203", "360102", "370102", "370202", "410105",
                "420106", "420111", "430104", "440103", "440106", "440305", "440306",
                "441900", "450103", "460106", "500103", "500112", "510104", "510107",
                "520102", "530102", "540102", "610113", "620102", "630102", "640104",
                "650102", "652801", "810000", "820000")
_GB_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB_C = "10X98765432"

_IBAN_SPEC = {"DE": (22, "8n10n"), "GB": (22, "4a6n8n"), "FR": (27, "10n11c2n"),
              "ES": (24, "20n"), "NL": (18, "4a10n"), "IT": (27, "1a10n12c"),
              "IE": (22, "4a6n8n"), "BE": (16, "12n"), "CH": (21, "5n12c"),
              "AT": (20, "16n"), "PL": (28, "24n"), "PT": (25, "21n")}
_IBAN_LEN = {k: v[0] for k, v in _IBAN_SPEC.items()}
_LOC_IBAN = {"de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "en_GB": "GB"}

_PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"

_MASK_RE = re.compile(r"\*|REDACTED|redacted|FILTERED|MASKED|masked|hidden|x{3}|X{3}|stripped")

_CLIENT_V4 = (36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117,
              118, 119, 120, 121, 122, 123, 124, 125, 171, 175, 180, 182, 183, 202, 210, 211,
              218, 219, 220, 221, 222, 223, 24, 50, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74,
              75, 76, 96, 97, 98, 99, 107, 108, 173, 174, 2, 5, 31, 37, 46, 77, 78, 79, 80,
              81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 151, 176, 178, 185,
              188, 212, 213, 217)
_CLIENT_V6 = ("240e", "2408", "2409", "2a02", "2601", "2600", "2a01", "2001:4860", "2405")

_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
       "Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
       "Version/18.1 Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
       "Gecko) Mobile/15E148",
       "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
       "Chrome/131.0.6778.81 Mobile Safari/537.36")
_UA_CN = ("Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/107.0.0.0 Safari/537.36 wxwork/4.1.33 MicroMessenger/7.0.1 Language/zh",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323a) NetType/WIFI Language/zh_CN",
          "Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/116.0.0.0 Mobile Safari/537.36 DingTalk/7.6.10",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0")

_CORP_EN = ("northwind.com", "contoso.com", "fabrikam.io", "tailspin-labs.com", "globex-corp.com",
            "initech.co.uk", "wingtip.com.au", "adatum.de", "lumen-health.org", "brightpath.fr")
_FREE_EN = ("gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
            "protonmail.com", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "btinternet.com",
            "bigpond.com", "rediffmail.com", "hotmail.es")
_CORP_CN = ("hengtai-tech.cn", "bluepeak.com.cn", "xinghe-data.com", "zhongyuan-mfg.cn",
            "huaxin-bio.cn")
_FREE_CN = ("163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "sohu.com", "139.com",
            "aliyun.com", "yeah.net", "outlook.com")

_PUBLIC_FIG_EN = ("Turing", "Lovelace", "Einstein", "Curie", "Newton", "Darwin", "Hopper",
                  "Shakespeare", "Sherlock", "Gandalf", "Da Vinci", "Mandela")
_FICTIONAL_EN = ("Sherlock Holmes", "Harry Potter", "Hermione Granger", "Bruce Wayne",
                 "Tony Stark", "Homer Simpson", "Elizabeth Bennet", "Atticus Finch",
                 "Jay Gatsby", "Frodo Baggins", "Lara Croft")
_PUBLIC_FIG_CN = ("鲁迅", "李白", "杜甫", "苏轼", "孔子", "诸葛亮", "孙悟空", "林黛玉", "郑和",
                  "张衡", "王阳明", "花木兰", "祖冲之", "李时珍")
_BRAND_EN = ("Johnson & Johnson", "Ford Motor Company", "Dell Technologies", "Goldman Sachs",
             "Morgan Stanley", "Walt Disney Company", "McKinsey & Company", "Ernst & Young",
             "Boeing", "Hewlett Packard Enterprise", "Chanel", "Ferrari", "Dyson", "Philips")
_MERCHANT_EN = ("McDonald's", "Wendy's", "Hilton", "Marriott", "Dell", "Ford", "Ben & Jerry's",
                "Dunkin'", "Trader Joe's", "Hyatt")
_BRAND_CN = ("李宁", "王老吉", "张小泉", "周大福", "张裕", "马应龙", "王守义", "陈李济", "周生生",
             "谢馥春")
_PLACE_EN = ("Mount Sinai Hospital, New York", "Johns Hopkins Hospital, Baltimore",
             "Canary Wharf, London", "Kings Cross, London", "Stanford Research Park",
             "Baker Street, London", "Lincoln Park, Chicago", "St Thomas' Hospital, London",
             "Harvard Square, Cambridge", "Barangaroo, Sydney")
_GARAGE_EN = ("Lincoln Center Garage", "Hudson Yards Garage", "Rockefeller Plaza Lot",
              "Jefferson Street Garage", "Washington Square Lot", "Madison Avenue Garage")
_WORKLOC = {"US": ("New York - Hudson Yards", "Austin - Domain Northside", "Seattle - South Lake Union"),
            "GB": ("London - Kings Cross", "Manchester - Spinningfields"),
            "AU": ("Sydney - Barangaroo", "Melbourne - Docklands"),
            "IN": ("Bengaluru - Whitefield", "Hyderabad - HITEC City", "Pune - Hinjewadi"),
            "DE": ("Berlin - Kreuzberg", "München - Schwabing"),
            "FR": ("Paris - La Défense", "Lyon - Part-Dieu"),
            "ES": ("Madrid - Paseo de la Castellana", "Barcelona - 22@ Poblenou")}
_HRIS_SRC = {"US": "BambooHR", "GB": "HiBob", "AU": "Employment Hero", "IN": "Keka",
             "DE": "Personio", "FR": "Factorial", "ES": "Factorial"}
_SCHOOL_CN = ("清华大学", "北京大学", "上海交通大学", "复旦大学", "浙江大学", "中山大学",
              "华中科技大学", "南京大学", "武汉大学", "电子科技大学", "哈尔滨工业大学")
_DISTRICT_CN = ("上海市徐汇区", "北京市朝阳区", "深圳市南山区", "杭州市西湖区", "广州市天河区",
                "成都市武侯区", "北京市海淀区", "上海市浦东新区", "南京市鼓楼区", "武汉市洪山区")
_PARK_CN = ("中关村软件园", "张江高科技园区", "陆家嘴金融城", "深圳湾科技生态园", "西溪园区",
            "望京SOHO", "徐家汇商圈", "王府井大街", "漕河泾开发区", "天府软件园")
_HOSP_CN = ("北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "中山大学附属第一医院",
            "浙江大学医学院附属第一医院", "上海瑞金医院", "北京大学人民医院")
_CLINIC_CN = ("爱康国宾（北京国贸分院）", "美年大健康（上海徐汇分院）", "慈铭体检（深圳南山店）",
              "瑞慈体检（杭州西湖分院）")
_BANK_CN = ("招商银行深圳南山支行", "中国工商银行北京中关村支行", "中国建设银行上海张江支行",
            "中国农业银行杭州西湖支行", "交通银行广州天河支行")
_DEPT_CN = ("研发中心", "人力资源部", "财务部", "销售一部", "运维部", "产品部")
_JOB_CN = ("高级Java开发", "薪酬福利专员", "HRBP", "前端开发工程师", "数据分析师", "招聘专员",
           "测试开发", "财务BP")
_JOB_EN = ("Senior Payroll Analyst", "Talent Acquisition Partner", "Backend Engineer",
           "HR Business Partner", "Benefits Specialist", "Data Engineer", "Recruiting Coordinator")
_CITY_CN = ("北京", "上海", "深圳", "杭州", "成都", "武汉", "广州", "南京")
_PROV_CN = ("广东", "浙江", "江苏", "四川", "湖北", "北京", "上海", "山东")
_STATIONS = (("北京南", "上海虹桥"), ("深圳北", "广州南"), ("杭州东", "南京南"), ("成都东", "重庆北"),
             ("武汉", "长沙南"))
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def _jq(s):
    """JSON string body, UTF-8 kept."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _ja(s):
    """JSON string body, non-ASCII \\u-escaped (Python json.dumps default)."""
    return json.dumps(s)[1:-1]


def _pq(s):
    return urllib.parse.quote(s, safe="")


def _xe(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _ascii(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.lower() if "a" <= c <= "z")


def _luhn_digit(partial):
    tot = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def _luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def _phone_valid(s):
    for r in _VALIDATE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, r)):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


class _L:
    __slots__ = ("v", "lab", "kind", "pre", "post")

    def __init__(self, v, lab, kind, pre="", post=""):
        self.v, self.lab, self.kind, self.pre, self.post = v, lab, kind, pre, post


def _S(v, t, pre="", post=""):
    assert t in _TYPES, t
    return _L(v, "S", t, pre, post)


def _D(v, k, pre="", post=""):
    assert k in _DECOY_KINDS, k
    return _L(v, "D", k, pre, post)


def _R(v, t):
    """Python-repr'd string value: quotes outside the span."""
    r = repr(v)
    return _S(r[1:-1], t, pre=r[0], post=r[-1])


_PH_RE = re.compile(r"⟨(\w+)⟩")


# ---------------------------------------------------------------------------
# masking for clean records
# ---------------------------------------------------------------------------
def _mask(rng, v, typ):
    dv = _decode(v)
    digits = re.sub(r"\_D", "", dv)
    generic = ["***", "[REDACTED]", "<redacted>", "******", "***REDACTED***"]
    escaped = v != dv
    if typ == "PHONE_NUMBER" and len(digits) >= 8:
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        opts = [digits[:3] + "****" + digits[-4:], "***-***-" + digits[-4:], "****" + digits[-4:]]
    elif typ == "EMAIL_ADDRESS" and "@" in dv and not escaped:
        loc, dom = dv.split("@", 1)
        opts = [loc[0] + "***@" + dom, "***@" + dom, "[email redacted]"]
    elif typ == "CREDIT_CARD":
        opts = ["**** **** **** " + digits[-4:], digits[:6] + "******" + digits[-4:],
                "XXXX-XXXX-XXXX-" + digits[-4:]]
    elif typ == "IBAN_CODE":
        c = dv.replace(" ", "")
        opts = [c[:4] + " **** **** " + c[-4:], c[:2] + "**" + "*" * 8 + c[-4:]]
    elif typ == "US_SSN":
        opts = ["***-**-" + digits[-4:], "XXX-XX-" + digits[-4:]]
    elif typ == "CN_RESIDENT_ID":
        opts = [dv[:6] + "********" + dv[-4:], dv[:3] + "*" * 11 + dv[-4:], dv[:1] + "*" * 16 + dv[-1:]]
    elif typ == "PASSPORT":
        opts = [dv[0] + "*" * (len(dv) - 3) + dv[-2:], "*********"]
    elif typ == "LICENSE_PLATE":
        opts = [dv[:2] + "***" + dv[-2:], "***" + dv[-3:]]
    elif typ == "IP_ADDRESS":
        if "." in dv and ":" not in dv:
            p = dv.split(".")
            opts = [p[0] + "." + p[1] + ".*.*", "***.***.***.***", p[0] + ".xxx.xxx." + p[3]]
        else:
            opts = ["****:****:****::", "[ip redacted]"]
    elif typ == "CREDENTIAL":
        opts = ["********", "[FILTERED]", "<redacted>", "***"]
        m = re.match(r"^([A-Za-z]{2,6}[_-](?:live_|test_)?)", dv)
        if m:
            opts.append(m.group(1) + "****")
    elif typ == "PERSON":
        if not escaped and re.fullmatch(r"[\u4e00-\u9fff·]+", dv):
            opts = [dv[0] + "*" * (len(dv) - 1), "**", "***"] if len(dv) > 1 else ["*", "**"]
        elif not escaped and dv[:1].isalpha():
            opts = [dv[0] + "***", "***", "[REDACTED]"]
        else:
            opts = generic
    else:
        opts = generic
    return rng.choice(opts)


# ---------------------------------------------------------------------------
# line builder
# ---------------------------------------------------------------------------
class _Builder:
    def __init__(self, g, clean):
        self.g, self.clean = g, clean
        self.buf, self.n = [], 0
        self.spans, self.decoys = [], []
        self.maskmap = {}

    def _lit(self, s):
        if s:
            self.buf.append(s)
            self.n += len(s)

    def _rec(self, v, kind, lst):
        lst.append([self.n, self.n + len(v), kind])
        self._lit(v)

    def fmt(self, tpl, **kw):
        keys = _PH_RE.findall(tpl)
        for k in set(kw) - set(keys):
            raise KeyError("unused placeholder value %s" % k)
        pending_d = sum(1 for k in keys if isinstance(kw[k], _L) and kw[k].lab == "D")
        self.occ = Counter((kw[k].v, kw[k].kind) for k in keys if isinstance(kw[k], _L) and kw[k].lab == "S")
        pos = 0
        for m in _PH_RE.finditer(tpl):
            self._lit(tpl[pos:m.start()])
            val = kw[m.group(1)]
            if isinstance(val, _L) and val.lab == "D":
                pending_d -= 1
            self._put(val, pending_d)
            pos = m.end()
        self._lit(tpl[pos:])
        return self

    def _put(self, val, pending_d):
        if isinstance(val, str):
            self._lit(val)
            return
        self._lit(val.pre)
        if val.lab == "S" and self.clean:
            key = (val.v, val.kind)
            if key not in self.maskmap:
                rng = self.g.rng
                m = "-" if rng.random() < 0.3 else _mask(rng, val.v, val.kind)
                committed = sum(c for kk, c in self.occ.items() if self.maskmap.get(kk, "-") != "-")
                if m != "-" and len(self.decoys) + pending_d + committed + self.occ[key] > 3:
                    m = "-"
                self.maskmap[key] = m
            m = self.maskmap[key]
            self.occ[key] -= 1
            if m == "-":
                self._lit("-")
            else:
                self._rec(m, "masked", self.decoys)
        elif val.lab == "S":
            self._rec(val.v, val.kind, self.spans)
        else:
            self._rec(val.v, val.kind, self.decoys)
        self._lit(val.post)

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
class _Gen:
    def __init__(self, rng):
        self.rng = rng
        self.fk = {}
        for loc in _LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.base = _dt.datetime(2026, 12, 6, 0, 0, 0)
        self.now = self.base

    # -- basics ------------------------------------------------------------
    def ch(self, seq):
        return self.rng.choice(seq)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def digits_nz(self, n):
        return self.rng.choice("123456789") + self.digits(n - 1)

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def upalnum(self, n):
        return self.alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    def rbytes(self, n):
        return bytes(self.rng.getrandbits(8) for _ in range(n))

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.rbytes(nbytes)).rstrip(b"=").decode()

    def b64(self, nbytes):
        return base64.b64encode(self.rbytes(nbytes)).decode()

    def uuid(self, upper=False):
        u = str(_uuid.UUID(int=self.rng.getrandbits(128), version=4))
        return u.upper() if upper else u

    # -- time --------------------------------------------------------------
    def new_record(self):
        self.now = self.base + _dt.timedelta(seconds=self.ri(-3 * 86400, 86400 - 1),
                                             microseconds=self.ri(0, 999999))

    def ts_iso_z(self):
        return self.now.strftime("%Y-%m-%dT%H:%M:%_S.") + "%03dZ" % (self.now.microsecond // 1000)

    def ts_iso8(self):
        return self.now.strftime("%Y-%m-%dT%H:%M:%_S.") + "%03d+08:00" % (self.now.microsecond // 1000)

    def ts_std(self):
        return self.now.strftime("%Y-%m-%d %H:%M:%_S")

    def ts_ms(self, sep=","):
        return self.now.strftime("%Y-%m-%d %H:%M:%_S") + sep + "%03d" % (self.now.microsecond // 1000)

    def ts_nginx(self, tz="+0800"):
        n = self.now
        return "%02d/%s/%d:%s %s" % (n.day, _MON[n.month - 1], n.year, n.strftime("%H:%M:%_S"), tz)

    def ts_syslog(self):
        n = self.now
        return "%s %2d %s" % (_MON[n.month - 1], n.day, n.strftime("%H:%M:%_S"))

    def ts_any(self):
        return self.ch((self.ts_iso_z, self.ts_iso8, self.ts_std, self.ts_ms))()

    def ts_cn(self):
        return self.ch((self.ts_std, self.ts_ms, self.ts_iso8))()

    def epoch(self):
        return str(int((self.now - _dt.datetime(1970, 1, 1)).total_seconds()) - 8 * 3600)

    def epoch_ms(self):
        return self.epoch() + "%03d" % (self.now.microsecond // 1000)

    def date_cn(self):
        d = self.now + _dt.timedelta(days=self.ri(1, 10))
        return self.ch(("%d/%02d" % (d.month, d.day), "%d月%d日" % (d.month, d.day),
                        d.strftime("%Y-%m-%d")))

    def hhmm(self):
        return "%02d:%s" % (self.ri(9, 18), self.ch(("00", "30", "15", "45")))

    # -- names ---------------------------------------------------------------
    def name_cn(self):
        r = self.rng.random()
        if r < 0.42:
            return self.fk["zh_CN"].name()
        if r < 0.56:
            return self.fk["zh_TW"].name()
        if r < 0.68:
            return self.ch(_COMPOUND) + self.fk["zh_CN"].first_name()
        if r < 0.80:
            return self.ch(_RARE) + self.fk["zh_CN"].first_name()
        return self.ch(_MINORITY)

    def cn_split(self):
        r = self.rng.random()
        if r < 0.7:
            s = self.fk["zh_CN"].last_name()
        elif r < 0.85:
            s = self.ch(_COMPOUND)
        else:
            s = self.ch(_RARE)
        return s, self.fk["zh_CN"].first_name()

    def surname_cn(self):
        return self.cn_split()[0]

    def en_loc(self):
        return self.ch(_EN_LOCS)

    def first_last(self, loc=None):
        loc = loc or self.en_loc()
        f = self.fk[loc]
        fn, ln = f.first_name().strip(), f.last_name().strip()
        if loc == "es_ES" and self.rng.random() < 0.6:
            ln = ln + " " + f.last_name().strip()
        return fn, ln

    def name_en(self, loc=None, comma=False):
        fn, ln = self.first_last(loc)
        return "%s, %s" % (ln, fn) if comma else "%s %s" % (fn, ln)

    def person_any(self):
        return self.name_cn() if self.rng.random() < 0.3 else self.name_en()

    def login_cn(self):
        s, gv = self.ch(_PY_SUR), self.ch(_PY_GIV)
        return self.ch((s + "." + gv, s + gv + str(self.ri(1, 99)), s + "_" + gv, s + gv,
                        gv + "." + s, s[0] + gv[0] + "." + s, s + gv + str(self.ri(1985, 2003))))

    def login_en(self, fn=None, ln=None):
        if fn is None:
            fn, ln = self.first_last()
        a, b = _ascii(fn) or "alex", _ascii(ln.split(" ")[0]) or "lee"
        return self.ch((a[0] + b, a + "." + b, a + "_" + b, b + a[0], a + b[0] + str(self.ri(1, 99)),
                        a[0] + b + str(self.ri(1, 9))))

    def login_any(self):
        return self.login_cn() if self.rng.random() < 0.4 else self.login_en()

    def sysacct(self):
        return self.ch(("root", "admin", "svc-payroll", "svc-scim", "svc-ldap-sync", "hr-bot",
                        "deploy", "postgres", "www-data", "svc-okta-provisioner", "celery",
                        "sidekiq", "jenkins", "Administrator", "svc-ats-export"))

    # -- email -----------------------------------------------------------------
    def _check_local(self, loc):
        return loc if loc.split("+")[0] not in _ROLE_LOCALS else loc + str(self.ri(2, 99))

    def email_en(self, fn=None, ln=None, corp=None):
        if fn is None:
            fn, ln = self.first_last()
        a, b = _ascii(fn) or "alex", _ascii(ln.replace(" ", "")) or "lee"
        local = self.ch((a + "." + b, a[0] + b, a + b[0], a + "_" + b, a + "." + b + str(self.ri(1, 99)),
                         b + "." + a, a + b + str(self.ri(70, 99))))
        if self.rng.random() < 0.08:
            local += "+" + self.ch(("jobs", "careers", "apply", "hr"))
        dom = corp or (self.ch(_CORP_EN) if self.rng.random() < 0.35 else self.ch(_FREE_EN))
        return self._check_local(local) + "@" + dom

    def email_cn(self, corp=None):
        if self.rng.random() < 0.2 and not corp:
            return self.email_qq()
        local = self.login_cn()
        dom = corp or (self.ch(_CORP_CN) if self.rng.random() < 0.35 else self.ch(_FREE_CN))
        return self._check_local(local) + "@" + dom

    def email_qq(self):
        return self.digits_nz(self.ri(6, 10)) + "@qq.com"

    def role_mail(self, dom="hireloop.io"):
        return self.ch(("noreply", "no-reply", "notifications", "alerts", "recruiting", "careers",
                        "payroll", "service", "hr")) + "@" + dom

    # -- phones ----------------------------------------------------------------
    def cn_mobile_raw(self):
        while True:
            m = self.ch(_CN_MOB_PREFIX) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(m, "CN")):
                return m

    def cn_mobile(self, plain_only=False):
        m = self.cn_mobile_raw()
        if plain_only:
            return m
        s = "%s %s %s" % (m[:3], m[3:7], m[7:])
        d = "%s-%s-%s" % (m[:3], m[3:7], m[7:])
        return self.ch((m, m, m, m, s, d, "+86" + m, "+86 " + m, "+86 " + s, "+86-" + m, "0086" + m,
                        "0086 " + m, "(+86)" + m, "+86 " + d, "+86-" + d))

    def cn_landline(self):
        while True:
            a = self.ch(_CN_AREA)
            loc = str(self.ri(2, 8)) + self.digits(7)
            if phonenumbers.is_valid_number(phonenumbers.parse("0" + a + loc, "CN")):
                break
        return self.ch(("0%s-%s" % (a, loc), "(0%s) %s %s" % (a, loc[:4], loc[4:]),
                        "0%s %s %s" % (a, loc[:4], loc[4:]), "+86 %s %s %s" % (a, loc[:4], loc[4:]),
                        "+86-%s-%s" % (a, loc), "0%s-%s-%s" % (a, loc[:4], loc[4:])))

    def cn_phone(self):
        return self.cn_mobile() if self.rng.random() < 0.8 else self.cn_landline()

    def intl_num(self, region):
        ex = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
        nsn = phonenumbers.national_significant_number(ex)
        for _ in range(200):
            k = self.ri(3, min(7, len(nsn) - 2))
            cand = nsn[:-k] + self.digits(k)
            num = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
            if phonenumbers.is_valid_number(num):
                return num
        return ex

    def intl_phone(self, region=None, fmts=("intl", "intl", "e164", "national")):
        region = region or self.ch(_INTL_REGIONS)
        num = self.intl_num(region)
        f = self.ch(fmts)
        if f == "e164":
            return phonenumbers.format_number(num, PhoneNumberFormat.E164)
        if f == "national":
            return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        if f == "rfc":
            return phonenumbers.format_number(num, PhoneNumberFormat.RFC3966)[4:]
        return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)

    # -- cards / bank ------------------------------------------------------------
    def card_digits(self, kind=None):
        kind = kind or self.ch(("visa", "visa", "mc", "mc2", "amex", "up", "up19"))
        if kind == "visa":
            p, n = "4" + self.digits(5), 16
        elif kind == "mc":
            p, n = str(self.ri(51, 55)) + self.digits(4), 16
        elif kind == "mc2":
            p, n = str(self.ri(2221, 2720)) + self.digits(2), 16
        elif kind == "amex":
            p, n = self.ch(("34", "37")) + self.digits(4), 15
        elif kind == "up":
            p, n = self.ch(("622588", "621483", "625807", "628288")), 16
        else:
            p, n = self.ch(("622202", "621700", "622848", "621226", "623668", "621799")), 19
        body = p + self.digits(n - len(p) - 1)
        return body + _luhn_digit(body)

    def card(self, kind=None, styles=("plain", "space", "dash")):
        d = self.card_digits(kind)
        st = self.ch(styles)
        if st == "plain":
            return d
        sep = " " if st == "space" else "-"
        if len(d) == 15:
            return sep.join((d[:4], d[4:10], d[10:]))
        return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

    def luhn16(self):
        body = self.ch(("2026", "8800", "9100", "3300")) + self.digits(11)
        return body + _luhn_digit(body)

    def iban(self, cc=None, grouped=None):
        cc = cc or self.ch(tuple(_IBAN_SPEC))
        spec = _IBAN_SPEC[cc][1]
        bban = ""
        for cnt, t in re.findall(r"(\d+)([nac])", spec):
            for _ in range(int(cnt)):
                if t == "n":
                    bban += self.ch("0123456789")
                elif t == "a":
                    bban += self.ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                else:
                    bban += self.ch("0123456789" * 3 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        chk = 98 - _iban_num(bban + cc + "00") % 97
        ib = "%s%02d%s" % (cc, chk, bban)
        if grouped is None:
            grouped = self.rng.random() < 0.5
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if grouped else ib

    def bic(self, cc):
        return self.alnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + cc + self.upalnum(2) + self.ch(("", "XXX"))

    def amount(self, lo=3000, hi=60000, cents=True, comma=None):
        v = self.ri(lo, hi)
        c = self.ri(0, 99) if cents and self.rng.random() < 0.6 else 0
        if comma is None:
            comma = self.rng.random() < 0.4
        s = "{:,}".format(v) if comma else str(v)
        return s + (".%02d" % c if cents else "")

    # -- ids -------------------------------------------------------------------
    def ssn(self):
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, self.ri(1, 99), self.ri(1, 9999))
        r = self.rng.random()
        return s if r < 0.75 else (s.replace("-", "") if r < 0.9 else s.replace("-", " "))

    def cn_id(self):
        area = self.ch(_CN_ID_AREAS)
        bd = _dt.date(1962, 1, 1) + _dt.timedelta(days=self.ri(0, 42 * 365))
        base = area + bd.strftime("%Y%m%d") + "%03d" % self.ri(0, 999)
        return base + _GB_C[sum(int(c) * w for c, w in zip(base, _GB_W)) % 11]

    def passport(self, region):
        if region == "CN":
            return self.ch(("E", "E", "G")) + self.digits_nz(8)
        if region == "US":
            return self.digits_nz(9) if self.rng.random() < 0.6 else self.ch("ABCDEFGHJK") + self.digits(8)
        if region == "GB":
            return self.digits_nz(9)
        if region == "IN":
            return self.ch("JKLMNPRSTUVWZ") + self.digits_nz(7)
        if region == "DE":
            while True:
                p = "C" + "".join(self.ch("0123456789") if self.rng.random() < 0.75 else self.ch("CFGHJKLMNPRTVWXYZ")
                                  for _ in range(8))
                if sum(c.isdigit() for c in p) >= 5:
                    return p
        if region == "FR":
            return "%02d%s%s" % (self.ri(10, 99), self.alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ"), self.digits(5))
        if region == "ES":
            return self.alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(6)
        if region == "AU":
            return self.ch(("N", "E", "PA", "PB", "RA")) + self.digits(7)
        return self.digits_nz(9)

    def plate_cn(self, nev=None):
        p = self.ch(_PLATE_PROV) + self.ch(_PLATE_LET)
        if nev is None:
            nev = self.rng.random() < 0.3
        if nev:
            tail = self.ch("DF") + self.digits(5)
        else:
            tail = "".join(self.ch("0123456789" * 2 + _PLATE_LET) for _ in range(5))
            if not re.search(r"\d", tail):
                tail = tail[:4] + self.digits(1)
        return p + self.ch(("", "", "·", " ")) + tail

    def plate_us(self):
        st = self.ch(("CA", "NY", "TX", "WA", "NJ", "IL"))
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if st == "CA":
            pl = str(self.ri(5, 9)) + self.alnum(3, L) + self.digits(3)
        elif st in ("NY", "TX", "NJ"):
            pl = self.alnum(3, L) + "-" + self.digits(4)
        else:
            pl = self.alnum(3, L) + self.digits(4)
        return pl, st

    def plate_uk(self):
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        return "%s%02d %s" % (self.alnum(2, L), self.ch((24, 74, 25, 75, 23, 73, 19, 69)), self.alnum(3, L))

    # -- network -----------------------------------------------------------------
    def client_ip(self):
        r = self.rng.random()
        if r < 0.62:
            ip = "%d.%d.%d.%d" % (self.ch(_CLIENT_V4), self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))
        elif r < 0.8:
            ip = self.ch(("10.%d.%d.%d" % (self.ri(0, 255), self.ri(0, 255), self.ri(2, 254)),
                          "192.168.%d.%d" % (self.ri(0, 31), self.ri(2, 254)),
                          "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 254))))
        else:
            pre = self.ch(_CLIENT_V6)
            groups = pre.split(":") + ["%x" % self.ri(0, 0xffff) for _ in range(8 - len(pre.split(":")))]
            if self.rng.random() < 0.4:
                groups[4:7] = ["0", "0", "0"]
            ip = str(ipaddress.ip_address(":".join(groups)))
        return ip

    def server_ip(self, private=True):
        if private:
            return self.ch(("10.%d.%d.%d" % (self.ri(0, 40), self.ri(0, 255), self.ri(2, 254)),
                            "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 254)),
                            "192.168.%d.%d" % (self.ri(0, 10), self.ri(2, 254))))
        return "%d.%d.%d.%d" % (self.ch((142, 167, 47, 52, 54, 104, 149, 198, 209)),
                                self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))

    def ua(self):
        return self.ch(_UA)

    # -- credentials -----------------------------------------------------------------
    def password(self, ctx="plain"):
        r = self.rng.random()
        sym = "!@#$%&*?^_-=+.~"
        if r < 0.25:
            pw = self.ch(("Summer", "Winter", "Welcome", "Payroll", "Hireloop", "Spring", "Dragon",
                          "Tiger", "Qwerty", "Offer", "Monday")) + str(self.ri(2019, 2027)) + self.ch(sym)
        elif r < 0.4:
            pw = self.ch(_PY_SUR) + self.ch(_PY_GIV) + self.ch(("@", "#", "!", "")) + str(self.ri(1980, 2026))
        elif r < 0.5:
            pw = self.ch(("P@ssw0rd", "Passw0rd!", "Admin@", "Hr@")) + self.digits(self.ri(3, 6))
        else:
            pool = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789" + sym
            if ctx == "json":
                pool += "\"\\/"
            pw = "".join(self.ch(pool) for _ in range(self.ri(10, 22)))
        if ctx == "json":
            return _jq(pw)
        if ctx == "url":
            return _pq(pw)
        return pw

    def jwt(self):
        hdr = {"alg": self.ch(("HS256", "RS256", "ES256")), "typ": "JWT"}
        if hdr["alg"] != "HS256" and self.rng.random() < 0.5:
            hdr["kid"] = self.hexs(16)
        e = int(self.epoch())
        pl = {"sub": self.ch((str(self.ri(1000, 999999)), self.uuid())), "iat": e, "exp": e + 3600,
              "scope": self.ch(("ats:read ats:write", "payroll:export", "scim", "openid profile"))}
        if self.rng.random() < 0.5:
            pl["tid"] = "tnt_" + self.alnum(10)

        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        sig = self.b64url(32 if hdr["alg"] == "HS256" else self.ch((64, 96)))
        return enc(hdr) + "." + enc(pl) + "." + sig

    def api_key(self):
        k = self.ri(0, 9)
        if k == 0:
            return "sk_live_" + self.alnum(self.ch((24, 34, 99)))
        if k == 1:
            return "ghp_" + self.alnum(36)
        if k == 2:
            return "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.alnum(24)
        if k == 3:
            return "SG." + self.b64url(16) + "." + self.b64url(32)
        if k == 4:
            return "AIza" + self.alnum(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        if k == 5:
            return "glpat-" + self.alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        if k == 6:
            return "00" + self.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        if k == 7:
            return "whsec_" + self.alnum(32)
        if k == 8:
            return self.hexs(32)
        return "rk_live_" + self.alnum(24)

    def bearer(self):
        return self.jwt() if self.rng.random() < 0.5 else self.ch((self.api_key(), self.alnum(40),
                                                                  "gho_" + self.alnum(36)))

    def aws_akid(self):
        return self.ch(("AKIA", "ASIA")) + self.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def aws_secret(self):
        return self.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")

    def session_id(self):
        k = self.ri(0, 4)
        if k == 0:
            return self.hexs(32)
        if k == 1:
            return self.hexs(32).upper() + self.ch(("", ".node1", ".worker2"))
        if k == 2:
            return self.alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789")
        if k == 3:
            return _pq(self.b64(self.ri(48, 90))) + "--" + self.hexs(40)
        return self.alnum(24, "abcdefghijklmnopqrstuvwxyz012345")

    def pem_body(self):
        return "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + self.b64(self.ri(90, 180)).rstrip("=")


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
_TEMPLATES = []


class _T:
    __slots__ = ("fn", "lang", "system", "spans", "decoys")

    def __init__(self, fn, lang, system, spans, decoys):
        self.fn, self.lang, self.system, self.spans, self.decoys = fn, lang, system, spans, decoys


def _tpl(lang, system, spans, decoys):
    def deco(fn):
        _TEMPLATES.append(_T(fn, lang, system, spans, decoys))
        return fn
    return deco


# ----------------------------- English ---------------------------------------
@_tpl("en", "JSON / Greenhouse webhook candidate_hired", "PERSON x2, EMAIL_ADDRESS, PHONE_NUMBER",
      "application_id, candidate_id")
def _t_greenhouse(g, b):
    loc = g.en_loc()
    fn, ln = g.first_last(loc)
    b.fmt('⟨ts⟩ INFO greenhouse-webhook: received {"action":"candidate_hired","payload":{"application":'
          '{"id":⟨aid⟩,"status":"hired","candidate":{"id":⟨cid⟩,"first_name":"⟨fn⟩","last_name":"⟨ln⟩",'
          '"email_addresses":[{"value":"⟨em⟩","type":"personal"}],"phone_numbers":[{"value":"⟨ph⟩",'
          '"type":"mobile"}]}}}}',
          ts=g.ts_iso_z(), aid=_D(g.digits_nz(8), "application_id"), cid=_D(g.digits_nz(9), "candidate_id"),
          fn=_S(_jq(fn), "PERSON"), ln=_S(_jq(ln), "PERSON"), em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"),
          ph=_S(g.intl_phone(_LOC_REGION[loc]), "PHONE_NUMBER"))


@_tpl("en", "JSON / Lever webhook candidateStageChange", "CREDENTIAL (webhook token)",
      "uuid, epoch_timestamp")
def _t_lever(g, b):
    b.fmt('⟨ts⟩ [lever-hooks] POST /hooks/lever 200 ⟨ms⟩ms body={"data":{"opportunityId":"⟨opp⟩",'
          '"fromStageId":"lead-new","toStageId":"⟨stage⟩"},"event":"candidateStageChange",'
          '"token":"⟨tok⟩","triggeredAt":⟨trig⟩}',
          ts=g.ts_iso_z(), ms=str(g.ri(3, 90)), opp=_D(g.uuid(), "uuid"),
          stage=g.ch(("phone-screen", "on-site", "offer", "applicant-new")),
          tok=_S(g.alnum(g.ch((32, 40))), "CREDENTIAL"), trig=_D(g.epoch_ms(), "epoch_timestamp"))


@_tpl("en", "JSON / Checkr webhook report.completed", "-", "event_id, report_id, candidate_id")
def _t_checkr_report(g, b):
    b.fmt('⟨ts⟩ checkr-webhook INFO event {"id":"⟨eid⟩","object":"event","type":"report.completed",'
          '"created_at":"⟨iso⟩","data":{"object":{"id":"⟨rid⟩","object":"report","status":"⟨st⟩",'
          '"package":"⟨pkg⟩","candidate_id":"⟨cand⟩"}}}',
          ts=g.ts_ms(), eid=_D(g.hexs(24), "event_id"), iso=g.now.strftime("%Y-%m-%dT%H:%M:%SZ"),
          rid=_D(g.hexs(24), "report_id"), st=g.ch(("clear", "consider", "suspended")),
          pkg=g.ch(("tasker_standard", "driver_pro", "essential_criminal")), cand=_D(g.hexs(24), "candidate_id"))


@_tpl("en", "Python debug / Checkr API client POST /v1/candidates",
      "PERSON x2, EMAIL_ADDRESS, US_SSN", "-")
def _t_checkr_cand(g, b):
    fn, ln = g.first_last("en_US")
    dob = "%d-%02d-%02d" % (g.ri(1962, 2004), g.ri(1, 12), g.ri(1, 28))
    b.fmt('⟨ts⟩ DEBUG [bgcheck.checkr] -> POST https://api.checkr.com/v1/candidates body={"first_name":"⟨fn⟩",'
          '"last_name":"⟨ln⟩","email":"⟨em⟩","dob":"⟨dob⟩","ssn":"⟨ssn⟩","zipcode":"⟨zip⟩",'
          '"copy_requested":false}',
          ts=g.ts_ms(), fn=_S(_jq(fn), "PERSON"), ln=_S(_jq(ln), "PERSON"), em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"),
          dob=dob, ssn=_S(g.ssn(), "US_SSN"), zip=g.fk["en_US"].zipcode())


@_tpl("en", "XML / DocuSign Connect envelope status", "EMAIL_ADDRESS, PERSON x2", "uuid, role_mailbox")
def _t_docusign(g, b):
    loc = g.en_loc()
    fn, ln = g.first_last(loc)
    nm = _xe(fn + " " + ln)
    b.fmt('⟨ts⟩ docusign-connect <DocuSignEnvelopeInformation><EnvelopeStatus><RecipientStatuses><RecipientStatus>'
          '<Type>Signer</Type><Email>⟨em⟩</Email><UserName>⟨nm⟩</UserName><Status>Completed</Status>'
          '<Signed>⟨iso⟩</Signed></RecipientStatus></RecipientStatuses><EnvelopeID>⟨env⟩</EnvelopeID>'
          '<Subject>Please DocuSign: Offer Letter - ⟨nm2⟩</Subject><UserName>HireLoop Offers</UserName>'
          '<Email>⟨rm⟩</Email><Status>Completed</Status></EnvelopeStatus></DocuSignEnvelopeInformation>',
          ts=g.ts_iso_z(), em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"), nm=_S(nm, "PERSON"), nm2=_S(nm, "PERSON"),
          iso=g.now.strftime("%Y-%m-%dT%H:%M:%_S.") + "%07d" % g.ri(0, 9999999), env=_D(g.uuid(), "uuid"),
          rm=_D(g.ch(("notifications@hireloop.io", "offers@hireloop.io", "noreply@hireloop.io")), "role_mailbox"))


@_tpl("en", "logfmt / Dropbox Sign (HelloSign) callback", "EMAIL_ADDRESS, PERSON",
      "epoch_timestamp, signature_request_id")
def _t_dropboxsign(g, b):
    fn, ln = g.first_last()
    b.fmt('⟨ts⟩ esign.dropboxsign callback event_type=⟨et⟩ event_time=⟨ep⟩ signature_request_id=⟨sr⟩ '
          'signer_email_address=⟨em⟩ signer_name="⟨nm⟩" status_code=signed',
          ts=g.ts_iso_z(), et=g.ch(("signature_request_signed", "signature_request_all_signed",
                                    "signature_request_viewed")),
          ep=_D(g.epoch(), "epoch_timestamp"), sr=_D(g.hexs(40), "signature_request_id"),
          em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"), nm=_S(fn + " " + ln, "PERSON"))


@_tpl("en", "logfmt / EU payroll SEPA export", "PERSON, IBAN_CODE", "batch_id, employee_id, amount")
def _t_sepa(g, b):
    loc = g.ch(("de_DE", "fr_FR", "es_ES", "en_GB", "de_DE"))
    cc = _LOC_IBAN[loc] if g.rng.random() < 0.75 else g.ch(tuple(_IBAN_SPEC))
    b.fmt('time=⟨ts⟩ level=info svc=payroll-export region=eu batch=⟨bt⟩ employee=⟨emp⟩ name="⟨nm⟩" '
          'iban="⟨ib⟩" bic=⟨bic⟩ amount=⟨amt⟩ currency=EUR status=queued',
          ts=g.ts_iso_z(), bt=_D("PR-2026-12-B%02d" % g.ri(1, 20), "batch_id"),
          emp=_D("E%05d" % g.ri(1000, 99999), "employee_id"),
          nm=_S(g.name_en(loc, comma=g.rng.random() < 0.5), "PERSON"), ib=_S(g.iban(cc), "IBAN_CODE"),
          bic=g.bic(cc), amt=_D(g.amount(1800, 9800, comma=False), "amount"))


@_tpl("en", "XML / SEPA pain.001 CdtTrfTxInf debug", "PERSON, IBAN_CODE", "end_to_end_id, amount")
def _t_pain001(g, b):
    loc = g.ch(("de_DE", "fr_FR", "es_ES"))
    b.fmt('⟨ts⟩ sepa-writer DEBUG <CdtTrfTxInf><PmtId><EndToEndId>⟨e2e⟩</EndToEndId></PmtId><Amt>'
          '<InstdAmt Ccy="EUR">⟨amt⟩</InstdAmt></Amt><Cdtr><Nm>⟨nm⟩</Nm></Cdtr><CdtrAcct><Id><IBAN>⟨ib⟩</IBAN>'
          '</Id></CdtrAcct><RmtInf><Ustrd>⟨ust⟩</Ustrd></RmtInf></CdtTrfTxInf>',
          ts=g.ts_ms(), e2e=_D("SAL-202612-%05d" % g.ri(1, 99999), "end_to_end_id"),
          amt=_D("%d.%02d" % (g.ri(1500, 9000), g.ri(0, 99)), "amount"), nm=_S(_xe(g.name_en(loc)), "PERSON"),
          ib=_S(g.iban(_LOC_IBAN[loc], grouped=False), "IBAN_CODE"),
          ust=g.ch(("Gehalt Dezember 2026", "Salaire decembre 2026", "Nomina diciembre 2026")))


@_tpl("en", "logfmt / UK right-to-work passport check", "PERSON x2, PASSPORT", "case_number")
def _t_rtw(g, b):
    b.fmt('⟨ts⟩ [rtw] check completed ref=⟨ref⟩ worker="⟨nm⟩" document=passport number=⟨pp⟩ '
          'nationality=GBR result=PASS verified_by="⟨st⟩"',
          ts=g.ts_iso_z(), ref=_D("RTW-%d-%06d" % (2026, g.ri(1, 999999)), "case_number"),
          nm=_S(g.name_en("en_GB"), "PERSON"), pp=_S(g.passport("GB"), "PASSPORT"),
          st=_S(g.name_en(), "PERSON"))


@_tpl("en", "E-Verify client case result", "PERSON, US_SSN, PASSPORT", "case_number")
def _t_everify(g, b):
    fn, ln = g.first_last("en_US")
    jd = g.now.timetuple().tm_yday
    b.fmt('⟨ts⟩ everify.client INFO case ⟨case⟩ status=EMPLOYMENT_AUTHORIZED last_name=⟨ln⟩ ssn=⟨ssn⟩ '
          'list_a_doc=US_PASSPORT doc_number=⟨pp⟩ citizenship=US_CITIZEN',
          ts=g.ts_ms(), case=_D("2026%03d%06d%s" % (jd, g.ri(0, 999999), g.alnum(2, "ABCDEFGHJKLMNPQRSTUVWXYZ")),
                               "case_number"),
          ln=_S(ln, "PERSON"), ssn=_S(g.ssn(), "US_SSN"), pp=_S(g.passport("US"), "PASSPORT"))


@_tpl("en", "JSON / Okta System Log user.session.start", "EMAIL_ADDRESS, PERSON, IP_ADDRESS",
      "okta_user_id, uuid")
def _t_okta(g, b):
    fn, ln = g.first_last()
    b.fmt('{"actor":{"id":"⟨oid⟩","type":"User","alternateId":"⟨em⟩","displayName":"⟨nm⟩"},'
          '"client":{"userAgent":{"rawUserAgent":"⟨ua⟩","os":"⟨os⟩","browser":"CHROME"},"zone":"null",'
          '"device":"Computer","ipAddress":"⟨ip⟩"},"displayMessage":"User login to Okta",'
          '"eventType":"user.session.start","outcome":{"result":"⟨res⟩"},"published":"⟨ts⟩","severity":"INFO",'
          '"uuid":"⟨u⟩","version":"0"}',
          oid=_D("00u" + g.alnum(17), "okta_user_id"), em=_S(g.email_en(fn, ln, g.ch(_CORP_EN)), "EMAIL_ADDRESS"),
          nm=_S(_jq(fn + " " + ln), "PERSON"), ua=g.ua(), os=g.ch(("Mac OS X", "Windows 10", "iOS")),
          ip=_S(g.client_ip(), "IP_ADDRESS"), res=g.ch(("SUCCESS", "FAILURE")), ts=g.ts_iso_z(),
          u=_D(g.uuid(), "uuid"))


@_tpl("en", "JSON / SCIM 2.0 POST /Users request log", "EMAIL_ADDRESS x2, PERSON x2", "external_id")
def _t_scim(g, b):
    fn, ln = g.first_last()
    em = g.email_en(fn, ln, g.ch(_CORP_EN))
    b.fmt('⟨ts⟩ INFO scim-api POST /scim/v2/Users 201 ⟨ms⟩ms tenant=⟨ten⟩ body={"schemas":["urn:ietf:params:scim:'
          'schemas:core:2.0:User"],"userName":"⟨em⟩","name":{"givenName":"⟨fn⟩","familyName":"⟨ln⟩"},'
          '"emails":[{"value":"⟨em2⟩","type":"work","primary":true}],"active":true,"externalId":"⟨ext⟩"}',
          ts=g.ts_iso_z(), ms=str(g.ri(20, 400)), ten=g.ch(("northwind", "contoso", "fabrikam", "globex")),
          em=_S(em, "EMAIL_ADDRESS"), em2=_S(em, "EMAIL_ADDRESS"), fn=_S(_jq(fn), "PERSON"), ln=_S(_jq(ln), "PERSON"),
          ext=_D(g.ch(("00u" + g.alnum(17), g.digits_nz(6))), "external_id"))


@_tpl("en", "Keycloak event log LOGIN_ERROR", "IP_ADDRESS, PERSON (login) or EMAIL_ADDRESS", "uuid x2")
def _t_keycloak(g, b):
    if g.rng.random() < 0.7:
        un = _S(g.login_any(), "PERSON")
    else:
        un = _S(g.email_en(corp=g.ch(_CORP_EN)), "EMAIL_ADDRESS")
    b.fmt('⟨ts⟩ WARN  [org.keycloak.events] (executor-thread-⟨n⟩) type="LOGIN_ERROR", realmId="⟨realm⟩", '
          'realmName="hireloop", clientId="ats-web", userId="null", sessionId="null", ipAddress="⟨ip⟩", '
          'error="invalid_user_credentials", auth_method="openid-connect", auth_type="code", '
          'redirect_uri="https://app.hireloop.io/auth/callback", code_id="⟨code⟩", username="⟨un⟩"',
          ts=g.ts_ms(), n=str(g.ri(1, 64)), realm=_D(g.uuid(), "uuid"), ip=_S(g.client_ip(), "IP_ADDRESS"),
          code=_D(g.uuid(), "uuid"), un=un)


@_tpl("en", "syslog / OpenLDAP slapd BIND or ACCEPT", "PERSON (login) | IP_ADDRESS", "- | port, server_ip")
def _t_slapd(g, b):
    if g.rng.random() < 0.5:
        b.fmt('⟨sl⟩ ldap01 slapd[⟨pid⟩]: conn=⟨c⟩ op=⟨op⟩ BIND dn="uid=⟨u⟩,ou=people,dc=hireloop,dc=io" ⟨m⟩',
              sl=g.ts_syslog(), pid=str(g.ri(300, 9000)), c=str(g.ri(1000, 99999)), op=str(g.ri(0, 3)),
              u=_S(g.login_any(), "PERSON"), m=g.ch(("method=128", "mech=SIMPLE bind_ssf=0 ssf=256")))
    else:
        b.fmt('⟨sl⟩ ldap01 slapd[⟨pid⟩]: conn=⟨c⟩ fd=⟨fd⟩ ACCEPT from IP=⟨ip⟩:⟨port⟩ (IP=⟨srv⟩:389)',
              sl=g.ts_syslog(), pid=str(g.ri(300, 9000)), c=str(g.ri(1000, 99999)), fd=str(g.ri(8, 60)),
              ip=_S(g.ch(("10.%d.%d.%d" % (g.ri(0, 255), g.ri(0, 255), g.ri(2, 254)),
                         "192.168.%d.%d" % (g.ri(0, 31), g.ri(2, 254)))), "IP_ADDRESS"),
              port=_D(str(g.ri(32768, 60999)), "port"), srv=_D(g.ch(("0.0.0.0", g.server_ip())), "server_ip"))


@_tpl("en", "Python ldap3 BIND request debug", "CREDENTIAL (bind password) | -",
      "system_account x2, server_ip | + masked")
def _t_ldap3(g, b):
    svc = g.ch(("svc-ldap-sync", "svc-scim", "svc-okta-provisioner", "svc-ats-export"))
    if g.rng.random() < 0.7:
        pw = _R(g.password(), "CREDENTIAL")
        srv = _D(g.server_ip(), "server_ip")
    else:
        pw = _D("<stripped %d characters of sensitive data>" % g.ri(8, 24), "masked", pre="'", post="'")
        srv = g.ch(("ldap01.corp.local", "ad.hireloop.internal"))
    b.fmt("⟨ts⟩ DEBUG ldap3: BIND request <{'version': 3, 'name': 'cn=⟨s1⟩,ou=service,dc=hireloop,dc=io', "
          "'authentication': {'simple': ⟨pw⟩, 'sasl': None}}> sent via <ldaps://⟨srv⟩:636 - ssl - user: "
          "cn=⟨s2⟩,ou=service,dc=hireloop,dc=io - bound - open>",
          ts=g.ts_ms(), s1=_D(svc, "system_account"), s2=_D(svc, "system_account"), pw=pw, srv=srv)


@_tpl("en", "nginx combined access, search by email/phone in query", "IP_ADDRESS, PERSON (remote_user), "
      "EMAIL_ADDRESS (pct), PHONE_NUMBER (pct)", "-")
def _t_nginx(g, b):
    ru = _S(g.login_any(), "PERSON") if g.rng.random() < 0.5 else "-"
    if g.rng.random() < 0.5:
        em, ph = g.email_en(), g.intl_phone(fmts=("e164", "intl"))
    else:
        em, ph = g.email_cn(), g.cn_mobile()
    b.fmt('⟨ip⟩ - ⟨ru⟩ [⟨nt⟩] "GET /api/v2/candidates/search?email=⟨em⟩&phone=⟨ph⟩&page=1 HTTP/1.1" 200 ⟨by⟩ '
          '"https://app.hireloop.io/candidates" "⟨ua⟩"',
          ip=_S(g.client_ip(), "IP_ADDRESS"), ru=ru, nt=g.ts_nginx(), em=_S(_pq(em), "EMAIL_ADDRESS"),
          ph=_S(_pq(ph), "PHONE_NUMBER"), by=str(g.ri(200, 9000)), ua=g.ua())


@_tpl("en", "nginx JSON log_format with Authorization header", "IP_ADDRESS, CREDENTIAL (JWT)",
      "offer_id, server_ip")
def _t_nginx_json(g, b):
    b.fmt('{"time_local":"⟨nt⟩","remote_addr":"⟨ip⟩","request":"POST /v1/offers/⟨oid⟩/accept HTTP/2.0",'
          '"status":200,"body_bytes_sent":⟨by⟩,"request_time":0.⟨rt⟩,"upstream_addr":"⟨up⟩:8080",'
          '"http_authorization":"Bearer ⟨tok⟩","http_user_agent":"⟨ua⟩"}',
          nt=g.ts_nginx(), ip=_S(g.client_ip(), "IP_ADDRESS"), oid=_D("ofr_" + g.alnum(12), "offer_id"),
          by=str(g.ri(100, 3000)), rt="%03d" % g.ri(5, 999), up=_D(g.server_ip(), "server_ip"),
          tok=_S(g.jwt(), "CREDENTIAL"), ua=g.ua())


@_tpl("en", "Envoy default access log (careers apply)", "IP_ADDRESS", "server_ip x2, uuid")
def _t_envoy(g, b):
    b.fmt('[⟨ts⟩] "GET /careers/⟨slug⟩/jobs/⟨jid⟩/apply HTTP/1.1" 200 - 0 ⟨by⟩ ⟨d1⟩ ⟨d2⟩ "⟨ip⟩,⟨px⟩" '
          '"⟨ua⟩" "⟨rid⟩" "careers.hireloop.io" "⟨up⟩:8080"',
          ts=g.ts_iso_z(), slug=g.ch(("northwind", "contoso", "globex", "tailspin")), jid=str(g.ri(1000, 99999)),
          by=str(g.ri(2000, 90000)), d1=str(g.ri(5, 300)), d2=str(g.ri(3, 280)), ip=_S(g.client_ip(), "IP_ADDRESS"),
          px=_D(g.server_ip(), "server_ip"), ua=g.ua(), rid=_D(g.uuid(), "uuid"), up=_D(g.server_ip(), "server_ip"))


@_tpl("en", "Kong http-log JSON (Okta SCIM client)", "CREDENTIAL (bearer)", "server_ip, epoch_timestamp, port")
def _t_kong(g, b):
    b.fmt('⟨ts⟩ kong-http-log {"client_ip":"⟨cip⟩","started_at":⟨ep⟩,"request":{"method":"PATCH",'
          '"uri":"/scim/v2/Users/u_⟨uid⟩","headers":{"authorization":"Bearer ⟨tok⟩","user-agent":'
          '"Okta SCIM Client 1.0.0"}},"response":{"status":200},"service":{"host":"scim.internal","port":⟨port⟩}}',
          ts=g.ts_iso_z(), cip=_D(g.server_ip(private=False), "server_ip"), ep=_D(g.epoch_ms(), "epoch_timestamp"),
          uid=g.alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"), tok=_S(g.alnum(g.ch((32, 40, 48))), "CREDENTIAL"),
          port=_D(g.ch(("8443", "8000", "9443")), "port"))


@_tpl("en", "Celery task succeeded with Python-repr result", "PERSON, EMAIL_ADDRESS", "uuid")
def _t_celery_ok(g, b):
    fn, ln = g.first_last()
    b.fmt("[⟨ts⟩: INFO/ForkPoolWorker-⟨w⟩] Task hireloop.tasks.offers.send_offer_letter[⟨tid⟩] succeeded in "
          "⟨sec⟩s: {'candidate': ⟨nm⟩, 'to': ⟨em⟩, 'template': 'offer_v3', 'status': 'queued'}",
          ts=g.ts_ms(), w=str(g.ri(1, 16)), tid=_D(g.uuid(), "uuid"), sec="%.4f" % (g.rng.random() * 3),
          nm=_R(fn + " " + ln, "PERSON"), em=_R(g.email_en(fn, ln), "EMAIL_ADDRESS"))


@_tpl("en", "Celery consumer broker connection error (password masked by Celery)", "-",
      "masked, server_ip, system_account")
def _t_celery_broker(g, b):
    if g.rng.random() < 0.5:
        b.fmt("[⟨ts⟩: ERROR/MainProcess] consumer: Cannot connect to amqp://⟨u⟩:⟨m⟩@⟨srv⟩:5672//: "
              "[Errno 111] Connection refused.",
              ts=g.ts_ms(), u=_D(g.ch(("celery", "svc-payroll", "hr-bot")), "system_account"),
              m=_D("**", "masked"), srv=_D(g.server_ip(), "server_ip"))
    else:
        b.fmt("[⟨ts⟩: ERROR/MainProcess] consumer: Cannot connect to redis://:⟨m⟩@⟨srv⟩:6379/0: "
              "Error 110 connecting to ⟨srv2⟩:6379. Connection timed out..",
              ts=g.ts_ms(), m=_D("**", "masked"), srv=_D(g.server_ip(), "server_ip"),
              srv2="redis-master.payroll.svc")


@_tpl("en", "Sidekiq job raised exception (JSON job hash)", "EMAIL_ADDRESS", "job_id x2, epoch_timestamp")
def _t_sidekiq(g, b):
    jid = g.hexs(24)
    b.fmt('⟨ts⟩ pid=⟨pid⟩ tid=⟨tid⟩ class=AdpSyncWorker jid=⟨j1⟩ WARN: {"context":"Job raised exception",'
          '"job":{"retry":true,"queue":"payroll","class":"AdpSyncWorker","args":[⟨emp⟩,"⟨em⟩"],"jid":"⟨j2⟩",'
          '"created_at":⟨ca⟩},"jobstr":null}',
          ts=g.ts_iso_z(), pid=str(g.ri(5, 99)), tid=g.alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"),
          j1=_D(jid, "job_id"), j2=_D(jid, "job_id"), emp=str(g.ri(100, 9999)), em=_S(g.email_en(), "EMAIL_ADDRESS"),
          ca=_D(g.epoch() + "." + g.digits(g.ri(3, 6)), "epoch_timestamp"))


@_tpl("en", "Rails request log Parameters with [FILTERED]", "PERSON x2, EMAIL_ADDRESS", "uuid, masked x2")
def _t_rails(g, b):
    fn, ln = g.first_last()
    b.fmt('I, [⟨ts⟩ #⟨pid⟩]  INFO -- : [⟨rid⟩] Parameters: {"candidate"=>{"first_name"=>"⟨fn⟩", '
          '"last_name"=>"⟨ln⟩", "email"=>"⟨em⟩", "ssn"=>"⟨f1⟩", "password"=>"⟨f2⟩"}, "commit"=>"Submit application"}',
          ts=g.now.strftime("%Y-%m-%dT%H:%M:%_S.%f"), pid=str(g.ri(10, 999)), rid=_D(g.uuid(), "uuid"),
          fn=_S(fn, "PERSON"), ln=_S(ln, "PERSON"), em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"),
          f1=_D("[FILTERED]", "masked"), f2=_D("[FILTERED]", "masked"))


@_tpl("en", "Rails lograge key=value line", "IP_ADDRESS, EMAIL_ADDRESS", "uuid")
def _t_lograge(g, b):
    b.fmt('method=POST path=/users/sign_in format=html controller=Users::SessionsController action=create '
          'status=302 duration=⟨d⟩ view=0.00 db=⟨db⟩ remote_ip=⟨ip⟩ user_email=⟨em⟩ request_id=⟨rid⟩',
          d="%.2f" % (g.rng.random() * 300), db="%.2f" % (g.rng.random() * 40), ip=_S(g.client_ip(), "IP_ADDRESS"),
          em=_S(g.email_en(corp=g.ch(_CORP_EN)), "EMAIL_ADDRESS"), rid=_D(g.uuid(), "uuid"))


@_tpl("en", "PostgreSQL jsonlog unique violation", "CN_RESIDENT_ID", "system_account, server_ip, port")
def _t_pg(g, b):
    b.fmt('{"timestamp":"⟨ts⟩ UTC","user":"⟨u⟩","dbname":"hr_core","pid":⟨pid⟩,"remote_host":"⟨rh⟩",'
          '"remote_port":⟨rp⟩,"session_id":"⟨sid⟩","line_num":⟨ln⟩,"ps":"INSERT","error_severity":"ERROR",'
          '"state_code":"23505","message":"duplicate key value violates unique constraint '
          '\\"employees_id_card_no_key\\"","detail":"Key (id_card_no)=(⟨id⟩) already exists.",'
          '"statement":"INSERT INTO employees (name, id_card_no, mobile) VALUES ($1, $2, $3)",'
          '"application_name":"onboarding-api","backend_type":"client backend","query_id":0}',
          ts=g.ts_ms("."), u=_D(g.ch(("hr_app", "payroll_rw", "onboarding_svc")), "system_account"),
          pid=str(g.ri(1000, 60000)), rh=_D(g.server_ip(), "server_ip"), rp=_D(str(g.ri(32768, 60999)), "port"),
          sid="%x.%x" % (g.ri(0x67000000, 0x6800ffff), g.ri(0x100, 0xffff)), ln=str(g.ri(1, 40)),
          id=_S(g.cn_id(), "CN_RESIDENT_ID"))


@_tpl("en", "syslog / Postfix smtp delivery of offer mail", "EMAIL_ADDRESS", "server_ip (+ epoch_timestamp)")
def _t_postfix(g, b):
    if g.rng.random() < 0.5:
        em = g.email_en()
    else:
        em = g.email_cn()
    dom = em.split("@")[1]
    qid = g.alnum(10, "0123456789ABCDEF")
    common = dict(sl=g.ts_syslog(), pid=str(g.ri(1000, 40000)), qid=qid, em=_S(em, "EMAIL_ADDRESS"),
                  rip=_D(g.server_ip(private=False), "server_ip"), d="%.1f" % (g.rng.random() * 5),
                  ds="%.2f/%.2f/%.2f/%.2f" % tuple(g.rng.random() for _ in range(4)))
    if dom == "gmail.com":
        b.fmt('⟨sl⟩ mx1 postfix/smtp[⟨pid⟩]: ⟨qid⟩: to=<⟨em⟩>, relay=gmail-smtp-in.l.google.com[⟨rip⟩]:25, '
              'delay=⟨d⟩, delays=⟨ds⟩, dsn=2.0.0, status=sent (250 2.0.0 OK  ⟨ep⟩ ⟨gid⟩ - gsmtp)',
              ep=_D(g.epoch(), "epoch_timestamp"), gid=g.alnum(2, "abcdefghijklmnopqrstuvwxyz") + g.digits(2) + "-" +
              g.alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789"), **common)
    else:
        relay = {"qq.com": "mx3.qq.com", "163.com": "163mx01.mxmail.netease.com",
                 "126.com": "126mx00.mxmail.netease.com", "outlook.com": "outlook-com.olc.protection.outlook.com",
                 "hotmail.com": "hotmail-com.olc.protection.outlook.com"}.get(dom, "mx1." + dom)
        b.fmt('⟨sl⟩ mx1 postfix/smtp[⟨pid⟩]: ⟨qid⟩: to=<⟨em⟩>, relay=⟨relay⟩[⟨rip⟩]:25, delay=⟨d⟩, delays=⟨ds⟩, '
              'dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ⟨q2⟩)',
              relay=relay, q2=g.alnum(12, "0123456789ABCDEFGHJKLMNPQRSTVWXYZ"), **common)


@_tpl("en", "JSON / SendGrid event webhook bounce", "EMAIL_ADDRESS", "epoch_timestamp, server_ip")
def _t_sendgrid(g, b):
    b.fmt('⟨ts⟩ INFO sendgrid-events [{"email":"⟨em⟩","timestamp":⟨ep⟩,"smtp-id":"<⟨smid⟩@hireloop.io>",'
          '"event":"bounce","category":["interview_invite"],"sg_event_id":"⟨sge⟩","sg_message_id":"⟨sgm⟩",'
          '"reason":"550 5.1.1 The email account that you tried to reach does not exist.","status":"5.1.1",'
          '"type":"bounce","ip":"⟨sip⟩","tls":1}]',
          ts=g.ts_ms(), em=_S(g.email_en(), "EMAIL_ADDRESS"), ep=_D(g.epoch(), "epoch_timestamp"),
          smid=g.hexs(20), sge=g.b64url(16), sgm=g.b64url(16) + ".filterdrecv-" + g.hexs(8) + "-1",
          sip=_D("167.89.%d.%d" % (g.ri(0, 127), g.ri(1, 254)), "server_ip"))


@_tpl("en", "Twilio SMS status callback form body", "PHONE_NUMBER (pct)", "message_id")
def _t_twilio(g, b):
    b.fmt('⟨ts⟩ twilio.status POST /webhooks/twilio/sms-status 204 body=SmsSid=⟨sid⟩&SmsStatus=undelivered&'
          'MessageStatus=undelivered&To=⟨ph⟩&MessagingServiceSid=MG⟨mg⟩&AccountSid=AC⟨ac⟩&ApiVersion=2010-04-01&'
          'ErrorCode=30006',
          ts=g.ts_iso_z(), sid=_D("SM" + g.hexs(32), "message_id"),
          ph=_S(_pq(g.intl_phone(g.ch(("US", "CA", "GB", "AU", "IN")), fmts=("e164",))), "PHONE_NUMBER"),
          mg=g.hexs(32), ac=g.hexs(32))


@_tpl("en", "JSON / Calendly invitee.created with Zoom link", "EMAIL_ADDRESS, PERSON, PHONE_NUMBER, "
      "CREDENTIAL (zoom pwd)", "meeting_id")
def _t_calendly(g, b):
    loc = g.en_loc()
    fn, ln = g.first_last(loc)
    b.fmt('⟨ts⟩ calendly-webhook {"event":"invitee.created","payload":{"email":"⟨em⟩","name":"⟨nm⟩",'
          '"text_reminder_number":"⟨ph⟩","timezone":"⟨tz⟩","status":"active","scheduled_event":{"name":'
          '"Phone Screen - Recruiter","start_time":"⟨st⟩","location":{"type":"zoom","join_url":'
          '"https://us02web.zoom.us/j/⟨mid⟩?pwd=⟨pwd⟩"}}}}',
          ts=g.ts_iso_z(), em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"), nm=_S(_jq(fn + " " + ln), "PERSON"),
          ph=_S(g.intl_phone(_LOC_REGION[loc], fmts=("intl", "e164")), "PHONE_NUMBER"),
          tz=g.ch(("America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "Europe/Berlin")),
          st=(g.now + _dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:00:00.000000Z"),
          mid=_D(g.ch("89") + g.digits(10), "meeting_id"),
          pwd=_S(g.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + ".1", "CREDENTIAL"))


@_tpl("en", "syslog / sshd failed or accepted login", "PERSON (login), IP_ADDRESS | IP_ADDRESS",
      "port | system_account, port")
def _t_sshd(g, b):
    k = g.ri(0, 2)
    sl, host, pid = g.ts_syslog(), g.ch(("payroll-db01", "bastion", "hr-app03")), str(g.ri(1000, 60000))
    if k == 0:
        b.fmt('⟨sl⟩ ⟨h⟩ sshd[⟨pid⟩]: Failed password for invalid user ⟨u⟩ from ⟨ip⟩ port ⟨p⟩ ssh2',
              sl=sl, h=host, pid=pid, u=_S(g.login_any(), "PERSON"), ip=_S(g.client_ip(), "IP_ADDRESS"),
              p=_D(str(g.ri(32768, 65000)), "port"))
    elif k == 1:
        b.fmt('⟨sl⟩ ⟨h⟩ sshd[⟨pid⟩]: Failed password for ⟨u⟩ from ⟨ip⟩ port ⟨p⟩ ssh2',
              sl=sl, h=host, pid=pid, u=_S(g.login_any(), "PERSON"), ip=_S(g.client_ip(), "IP_ADDRESS"),
              p=_D(str(g.ri(32768, 65000)), "port"))
    else:
        b.fmt('⟨sl⟩ ⟨h⟩ sshd[⟨pid⟩]: Accepted publickey for ⟨u⟩ from ⟨ip⟩ port ⟨p⟩ ssh2: ED25519 SHA256:⟨fp⟩',
              sl=sl, h=host, pid=pid, u=_D(g.ch(("deploy", "root", "ansible", "svc-payroll")), "system_account"),
              ip=_S(g.client_ip(), "IP_ADDRESS"), p=_D(str(g.ri(32768, 65000)), "port"),
              fp=g.b64(32).rstrip("="))


@_tpl("en", "syslog / sudo command by a person login", "PERSON x2 (login)", "system_account")
def _t_sudo(g, b):
    u = g.login_any()
    b.fmt('⟨sl⟩ ⟨h⟩ sudo: ⟨u1⟩ : TTY=pts/⟨t⟩ ; PWD=/home/⟨u2⟩ ; USER=⟨r⟩ ; COMMAND=⟨cmd⟩',
          sl=g.ts_syslog(), h=g.ch(("payroll01", "ats-worker02", "ldap01")), u1=_S(u, "PERSON"), t=str(g.ri(0, 9)),
          u2=_S(u, "PERSON"), r=_D(g.ch(("root", "postgres", "www-data")), "system_account"),
          cmd=g.ch(("/usr/bin/systemctl restart payroll-export", "/usr/bin/tail -n 200 /var/log/hireloop/scim.log",
                    "/usr/bin/psql -d hr_core", "/bin/journalctl -u sidekiq")))


@_tpl("en", "Go service DB dial error with DSN (Kubernetes pod log)", "CREDENTIAL (DSN password)",
      "server_ip x2, system_account")
def _t_k8s_dsn(g, b):
    srv = g.server_ip()
    b.fmt('⟨ts⟩ payroll-api-⟨pod⟩ ERROR db: failed to connect: dial tcp ⟨s1⟩:5432: connect: connection refused '
          'dsn="postgres://⟨u⟩:⟨pw⟩@⟨s2⟩:5432/payroll?sslmode=require"',
          ts=g.ts_iso_z(), pod=g.alnum(10, "bcdfghjklmnpqrstvwxz2456789")[:5] + "-" +
          g.alnum(5, "bcdfghjklmnpqrstvwxz2456789"), s1=_D(srv, "server_ip"),
          u=_D(g.ch(("hr_payroll", "payroll_rw", "svc-payroll")), "system_account"),
          pw=_S(g.password("url"), "CREDENTIAL"), s2=_D(srv, "server_ip"))


@_tpl("en", "CI job log docker run with AWS keys", "CREDENTIAL x2 (AWS key id + secret)", "commit_hash")
def _t_ci_aws(g, b):
    b.fmt('⟨ts⟩ [ci job ⟨jid⟩] $ docker run --rm -e AWS_ACCESS_KEY_ID=⟨ak⟩ -e AWS_SECRET_ACCESS_KEY=⟨sk⟩ '
          '-e AWS_REGION=us-east-1 registry.hireloop.io/payroll-export:⟨sha⟩',
          ts=g.ts_iso_z(), jid=str(g.ri(100000, 9999999)), ak=_S(g.aws_akid(), "CREDENTIAL"),
          sk=_S(g.aws_secret(), "CREDENTIAL"), sha=_D(g.hexs(g.ch((7, 8, 12))), "commit_hash"))


@_tpl("en", "logfmt / Argo rollout complete", "-", "image_digest, commit_hash, version")
def _t_deploy(g, b):
    b.fmt('time="⟨ts⟩" level=info msg="rollout complete" app=⟨app⟩ image=registry.hireloop.io/⟨app2⟩@⟨dg⟩ '
          'git_sha=⟨sha⟩ version=⟨ver⟩ replicas=⟨r⟩/⟨r⟩',
          ts=g.ts_iso_z(), app=g.ch(("ats-web", "scim-api", "payroll-export", "careers-site")),
          app2="service", dg=_D("sha256:" + g.hexs(64), "image_digest"), sha=_D(g.hexs(40), "commit_hash"),
          ver=_D("v%d.%d.%d" % (g.ri(1, 9), g.ri(0, 40), g.ri(0, 20)), "version"), r=str(g.ri(2, 12)))


@_tpl("en", "go-kit logfmt offer approved", "-", "offer_id, trace_id, amount")
def _t_gokit(g, b):
    b.fmt('level=info ts=⟨ts⟩ caller=offers/service.go:⟨ln⟩ msg="offer approved" offer_id=⟨oid⟩ trace_id=⟨tr⟩ '
          'base_salary=⟨amt⟩ currency=USD',
          ts=g.ts_iso_z(), ln=str(g.ri(40, 400)), oid=_D("OFR-2026-%06d" % g.ri(1, 999999), "offer_id"),
          tr=_D(g.hexs(32), "trace_id"), amt=_D(str(g.ri(60, 400) * 1000), "amount"))


@_tpl("en", "HireRight background-check order", "PERSON, PASSPORT, EMAIL_ADDRESS", "order_id")
def _t_hireright(g, b):
    loc = g.ch(("en_IN", "en_GB", "de_DE", "fr_FR", "es_ES", "en_AU", "en_US"))
    fn, ln = g.first_last(loc)
    reg = _LOC_REGION[loc]
    b.fmt('⟨ts⟩ [bgcheck.hireright] order ⟨oid⟩ status=IN_PROGRESS subject="⟨nm⟩" passport_no=⟨pp⟩ '
          'issuing_country=⟨cc⟩ email=⟨em⟩ dob=⟨dob⟩',
          ts=g.ts_iso_z(), oid=_D("HR" + g.digits_nz(9), "order_id"), nm=_S(fn + " " + ln, "PERSON"),
          pp=_S(g.passport(reg), "PASSPORT"), cc=reg, em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"),
          dob="%d-%02d-%02d" % (g.ri(1965, 2003), g.ri(1, 12), g.ri(1, 28)))


@_tpl("en", "facilities parking permit (US plate)", "PERSON, LICENSE_PLATE", "permit_id, place")
def _t_parking_us(g, b):
    pl, st = g.plate_us()
    b.fmt('⟨ts⟩ facilities.parking INFO permit ⟨pid⟩ issued employee="⟨nm⟩" plate=⟨pl⟩ state=⟨st⟩ '
          'garage="⟨gar⟩" valid_until=2027-06-30',
          ts=g.ts_ms(), pid=_D("PK-%06d" % g.ri(1, 999999), "permit_id"), nm=_S(g.name_en("en_US"), "PERSON"),
          pl=_S(pl, "LICENSE_PLATE"), st=st, gar=_D(g.ch(_GARAGE_EN), "place"))


@_tpl("en", "Zendesk ticket.created webhook", "PERSON x2, EMAIL_ADDRESS", "case_number")
def _t_zendesk(g, b):
    fn, ln = g.first_last()
    b.fmt('⟨ts⟩ zendesk-webhook ticket.created id=#⟨tid⟩ requester="⟨nm⟩ <⟨em⟩>" subject="⟨subj⟩" '
          'assignee="⟨ag⟩" group="Candidate Support" via=web',
          ts=g.ts_iso_z(), tid=_D(g.digits_nz(6), "case_number"), nm=_S(fn + " " + ln, "PERSON"),
          em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"),
          subj=g.ch(("Cannot upload resume on careers page", "Offer letter link expired",
                     "Wrong start date in onboarding portal")), ag=_S(g.name_en(), "PERSON"))


@_tpl("en", "interview scorecard submitted (Dr./Ms. + surname)", "PERSON (surname after title), PERSON",
      "scorecard_id, public_figure")
def _t_scorecard(g, b):
    _, sur = g.first_last()
    b.fmt('⟨ts⟩ interviews.scorecard submitted id=⟨sid⟩ interviewer="⟨t⟩ ⟨sur⟩" candidate="⟨nm⟩" '
          'overall=⟨r⟩ stage="Onsite - System Design" room="⟨room⟩"',
          ts=g.ts_iso_z(), sid=_D(g.digits_nz(8), "scorecard_id"), t=g.ch(("Dr.", "Ms.", "Mr.", "Prof.", "Mrs.")),
          sur=_S(sur, "PERSON"), nm=_S(g.person_any(), "PERSON"),
          r=g.ch(("strong_yes", "yes", "no", "mixed")), room=_D(g.ch(_PUBLIC_FIG_EN), "public_figure"))


@_tpl("en", "job-board sync posted (brands named after people)", "-", "req_id, company, place")
def _t_jobboard(g, b):
    b.fmt('⟨ts⟩ jobboard.sync posted req=⟨req⟩ board=⟨bd⟩ title="⟨ti⟩" employer="⟨co⟩" location="⟨pl⟩"',
          ts=g.ts_iso_z(), req=_D("REQ-2026-%04d" % g.ri(1, 9999), "req_id"),
          bd=g.ch(("indeed", "linkedin", "glassdoor", "ziprecruiter")), ti=g.ch(_JOB_EN),
          co=_D(g.ch(_BRAND_EN), "company"), pl=_D(g.ch(_PLACE_EN), "place"))


@_tpl("en", "QA seed skipping fictional fixture", "-", "public_figure, tenant_id")
def _t_qa(g, b):
    b.fmt('⟨ts⟩ WARN qa-seed: skipping fixture candidate "⟨f⟩" in tenant ⟨t⟩ (fictional persona, not loaded in '
          'production)',
          ts=g.ts_ms(), f=_D(g.ch(_FICTIONAL_EN), "public_figure"), t=_D("tnt_" + g.alnum(12), "tenant_id"))


@_tpl("en", "paycard load (Luhn-valid ref id)", "PERSON, CREDIT_CARD", "amount, order_id")
def _t_paycard(g, b):
    b.fmt('⟨ts⟩ paycard.load ok employee="⟨nm⟩" card=⟨cc⟩ amount=⟨amt⟩ USD program=PayActiv ref=⟨ref⟩',
          ts=g.ts_iso_z(), nm=_S(g.name_en("en_US"), "PERSON"),
          cc=_S(g.card(g.ch(("visa", "mc", "mc2"))), "CREDIT_CARD"),
          amt=_D(g.amount(200, 3000, comma=True), "amount"), ref=_D(g.luhn16(), "order_id"))


@_tpl("en", "Concur expense report (Amex)", "EMAIL_ADDRESS, CREDIT_CARD", "report_id, company, amount")
def _t_concur(g, b):
    b.fmt('⟨ts⟩ concur.expense report=⟨rid⟩ submitter=⟨em⟩ card=⟨cc⟩ merchant="⟨m⟩" amount=⟨amt⟩ USD '
          'policy=Travel',
          ts=g.ts_iso_z(), rid=_D(g.upalnum(20), "report_id"), em=_S(g.email_en(corp=g.ch(_CORP_EN)), "EMAIL_ADDRESS"),
          cc=_S(g.card("amex"), "CREDIT_CARD"), m=_D(g.ch(_MERCHANT_EN), "company"),
          amt=_D("%d.%02d" % (g.ri(5, 900), g.ri(0, 99)), "amount"))


@_tpl("en", "JSON / Indeed Apply application", "PERSON x2 (one in resume file name), EMAIL_ADDRESS, "
      "PHONE_NUMBER", "application_id, job_id")
def _t_indeed(g, b):
    loc = g.en_loc()
    fn, ln = g.first_last(loc)
    fname = (fn + "_" + ln).replace(" ", "_")
    b.fmt('⟨ts⟩ indeed-apply INFO {"id":"⟨aid⟩","job":{"jobId":"⟨jid⟩","jobTitle":"⟨ti⟩"},"applicant":{"fullName":'
          '"⟨nm⟩","email":"⟨em⟩","phoneNumber":"⟨ph⟩","resume":{"file":{"fileName":"Resume_⟨fnm⟩.pdf",'
          '"contentType":"application/pdf"}}}}',
          ts=g.ts_ms(), aid=_D(g.hexs(32), "application_id"), jid=_D(g.hexs(16), "job_id"), ti=g.ch(_JOB_EN),
          nm=_S(_jq(fn + " " + ln), "PERSON"), em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"),
          ph=_S(g.intl_phone(_LOC_REGION[loc]), "PHONE_NUMBER"), fnm=_S(_jq(fname), "PERSON"))


@_tpl("en", "HAProxy http log with captured Cookie", "IP_ADDRESS, CREDENTIAL (session cookie)", "port")
def _t_haproxy(g, b):
    n = g.now
    hts = "%02d/%s/%d:%s.%03d" % (n.day, _MON[n.month - 1], n.year, n.strftime("%H:%M:%_S"), n.microsecond // 1000)
    b.fmt('⟨sl⟩ lb01 haproxy[⟨pid⟩]: ⟨ip⟩:⟨p⟩ [⟨hts⟩] https-in~ careers_be/web0⟨w⟩ 0/0/1/⟨tr⟩/⟨tt⟩ 200 ⟨by⟩ - - '
          '---- ⟨cn⟩/⟨cn⟩/2/1/0 0/0 {⟨ck⟩=⟨sess⟩} "GET /jobs/⟨jid⟩/apply HTTP/1.1"',
          sl=g.ts_syslog(), pid=str(g.ri(100, 9000)), ip=_S(g.client_ip(), "IP_ADDRESS"),
          p=_D(str(g.ri(32768, 65000)), "port"), hts=hts, w=str(g.ri(1, 6)), tr=str(g.ri(5, 90)),
          tt=str(g.ri(91, 200)), by=str(g.ri(1000, 60000)), cn=str(g.ri(10, 400)),
          ck=g.ch(("_careers_session", "JSESSIONID", "PHPSESSID", "sid")), sess=_S(g.session_id(), "CREDENTIAL"),
          jid=str(g.ri(1000, 99999)))


@_tpl("en", "HRIS employee.created webhook (regional)", "PERSON, EMAIL_ADDRESS, PHONE_NUMBER", "place")
def _t_hris(g, b):
    reg = g.ch(tuple(_HRIS_SRC))
    loc = {v: k for k, v in _LOC_REGION.items()}[reg]
    fn, ln = g.first_last(loc)
    b.fmt('⟨ts⟩ hris.webhook employee.created source="⟨src⟩" display_name="⟨nm⟩" personal_email=⟨em⟩ mobile="⟨ph⟩" '
          'work_location="⟨wl⟩" status=active',
          ts=g.ts_iso_z(), src=_HRIS_SRC[reg], nm=_S(fn + " " + ln, "PERSON"), em=_S(g.email_en(fn, ln), "EMAIL_ADDRESS"),
          ph=_S(g.intl_phone(reg, fmts=("intl", "national", "e164")), "PHONE_NUMBER"), wl=_D(g.ch(_WORKLOC[reg]), "place"))


@_tpl("en", "Apache combined log, access_token in query", "IP_ADDRESS, CREDENTIAL (JWT)", "-")
def _t_apache_tok(g, b):
    b.fmt('⟨ip⟩ - - [⟨nt⟩] "GET /api/export/payroll.csv?access_token=⟨tok⟩&period=2026-11 HTTP/1.1" 200 ⟨by⟩ "-" '
          '"python-requests/2.32.3"',
          ip=_S(g.client_ip(), "IP_ADDRESS"), nt=g.ts_nginx("+0000"), tok=_S(g.jwt(), "CREDENTIAL"),
          by=str(g.ri(1000, 900000)))


@_tpl("en", "pysaml2 response debug (Entra ID)", "EMAIL_ADDRESS, CREDENTIAL (SAML session index)", "uuid")
def _t_saml(g, b):
    b.fmt('⟨ts⟩ DEBUG saml2.response: issuer=https://sts.windows.net/⟨tid⟩/ name_id=⟨em⟩ name_id_format='
          'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress session_index=⟨si⟩ not_on_or_after=⟨na⟩',
          ts=g.ts_ms(), tid=_D(g.uuid(), "uuid"), em=_S(g.email_en(corp=g.ch(_CORP_EN)), "EMAIL_ADDRESS"),
          si=_S("_" + g.uuid(), "CREDENTIAL"),
          na=(g.now + _dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"))


@_tpl("en", "config dump with PEM private key (JSON, \\n escaped)", "CREDENTIAL (key body)", "-")
def _t_pem(g, b):
    b.fmt('⟨ts⟩ [WARN]  sso-sp: loaded SAML SP config {"entity_id":"https://app.hireloop.io/saml/metadata",'
          '"private_key":"-----BEGIN PRIVATE KEY-----\\n⟨body⟩\\n-----END PRIVATE KEY-----","sign_requests":true}',
          ts=g.ts_iso_z(), body=_S(g.pem_body(), "CREDENTIAL"))


@_tpl("en", "Stripe API call log (billing contact)", "CREDENTIAL (sk_live), EMAIL_ADDRESS", "customer_id")
def _t_stripe(g, b):
    b.fmt('⟨ts⟩ billing.stripe POST /v1/customers status=200 auth="Bearer ⟨k⟩" email=⟨em⟩ customer=⟨cus⟩ '
          'request_id=req_⟨rq⟩',
          ts=g.ts_iso_z(), k=_S("sk_live_" + g.alnum(g.ch((24, 34))), "CREDENTIAL"),
          em=_S(g.email_en(corp=g.ch(_CORP_EN)), "EMAIL_ADDRESS"), cus=_D("cus_" + g.alnum(14), "customer_id"),
          rq=g.alnum(14))


# ----------------------------- Chinese ---------------------------------------
@_tpl("zh", "企业微信机器人 社保申报告警", "PERSON (值班人员), PHONE_NUMBER", "batch_id, employer_id")
def _c_shebao_bot(g, b):
    b.fmt('⟨ts⟩ [wecom-bot] 【社保申报告警】批次 ⟨bt⟩ 申报失败 ⟨k⟩ 人，单位社保编号 ⟨ue⟩，值班人员：⟨nm⟩（⟨ph⟩），请尽快处理',
          ts=g.ts_cn(), bt=_D("SB2026%02d-%04d" % (g.now.month, g.ri(1, 9999)), "batch_id"), k=str(g.ri(1, 30)),
          ue=_D(g.digits_nz(12), "employer_id"), nm=_S(g.name_cn(), "PERSON"), ph=_S(g.cn_mobile(), "PHONE_NUMBER"))


@_tpl("zh", "社保增员批处理 key=value", "PERSON, CN_RESIDENT_ID", "place, amount")
def _c_shebao_add(g, b):
    b.fmt('⟨ts⟩ INFO [shebao-batch] 增员申报 姓名=⟨nm⟩ 证件号码=⟨id⟩ 参保地=⟨pl⟩ 缴费基数=⟨amt⟩ 险种=养老,医疗,失业,工伤,生育 '
          '结果=成功',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), id=_S(g.cn_id(), "CN_RESIDENT_ID"), pl=_D(g.ch(_DISTRICT_CN), "place"),
          amt=_D(g.amount(5000, 36000, comma=False), "amount"))


@_tpl("zh", "公积金汇缴明细 pipe-separated", "PERSON, CN_RESIDENT_ID", "amount x3")
def _c_gjj(g, b):
    base = g.ri(5000, 35000)
    rate = g.ch((5, 7, 8, 10, 12))
    amt = "%d.00" % (base * rate // 100)
    b.fmt('公积金汇缴明细 | 缴存月份:⟨ym⟩ | 姓名:⟨nm⟩ | 证件号:⟨id⟩ | 缴存基数:⟨bs⟩ | 个人缴存额:⟨a1⟩ | 单位缴存额:⟨a2⟩ | '
          '状态:已入账',
          ym="2026%02d" % g.now.month, nm=_S(g.name_cn(), "PERSON"), id=_S(g.cn_id(), "CN_RESIDENT_ID"),
          bs=_D("%d.00" % base, "amount"),
          a1=_D(amt, "amount"), a2=_D(amt, "amount"))


@_tpl("zh", "工资代发文件行 (银联借记卡)", "PERSON, CREDIT_CARD", "batch_id, amount, place")
def _c_daifa(g, b):
    b.fmt('代发工资|批次号=⟨bt⟩|序号=⟨seq⟩|户名=⟨nm⟩|卡号=⟨cc⟩|金额=⟨amt⟩|开户行=⟨bk⟩|用途=⟨m⟩月工资|状态=成功',
          bt=_D("PAY2026%02d%02d%03d" % (g.now.month, g.now.day, g.ri(1, 999)), "batch_id"), seq="%04d" % g.ri(1, 3000),
          nm=_S(g.name_cn(), "PERSON"), cc=_S(g.card(g.ch(("up", "up19", "up19"))), "CREDIT_CARD"),
          amt=_D(g.amount(4000, 80000, comma=False), "amount"), bk=_D(g.ch(_BANK_CN), "place"), m=str(g.now.month))


@_tpl("zh", "ATS 招聘进度通知", "PERSON x2, PHONE_NUMBER, PERSON (姓+女士/先生)", "place")
def _c_ats(g, b):
    b.fmt('[ATS] ⟨ts⟩ 候选人⟨nm⟩（⟨ph⟩）已完成二面，面试官：⟨iv⟩，HRBP：⟨sur⟩⟨t⟩，下一轮安排在⟨d⟩ ⟨hm⟩ @⟨pl⟩',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), ph=_S(g.cn_mobile(), "PHONE_NUMBER"), iv=_S(g.name_cn(), "PERSON"),
          sur=_S(g.surname_cn(), "PERSON"), t=g.ch(("女士", "先生", "老师")), d=g.date_cn(), hm=g.hhmm(),
          pl=_D(g.ch(_PARK_CN) + " %d号楼" % g.ri(1, 12), "place"))


@_tpl("zh", "BOSS直聘 webhook JSON (UTF-8)", "PERSON, PHONE_NUMBER", "job_id, place")
def _c_boss(g, b):
    b.fmt('⟨ts⟩ INFO [zhipin-webhook] {"event":"geek_apply","encryptJobId":"⟨jid⟩","geek":{"name":"⟨nm⟩",'
          '"mobile":"⟨ph⟩","school":"⟨sc⟩","degree":"本科","workYears":⟨y⟩}}',
          ts=g.ts_cn(), jid=_D(g.hexs(24) + "1X" + g.alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789"), "job_id"),
          nm=_S(g.name_cn(), "PERSON"), ph=_S(g.cn_mobile(plain_only=True), "PHONE_NUMBER"),
          sc=_D(g.ch(_SCHOOL_CN), "place"), y=str(g.ri(1, 15)))


@_tpl("zh", "智联同步 Python json.dumps (\\u 转义)", "PERSON (\\u-escaped), PHONE_NUMBER, EMAIL_ADDRESS", "-")
def _c_zhilian(g, b):
    b.fmt('⟨ts⟩ INFO zhilian_sync: resume payload={"name": "⟨nm⟩", "phone": "⟨ph⟩", "email": "⟨em⟩", "city": "⟨c⟩", '
          '"expected_salary": "15-20K"}',
          ts=g.ts_ms(), nm=_S(_ja(g.name_cn()), "PERSON"), ph=_S(g.cn_mobile(), "PHONE_NUMBER"),
          em=_S(g.email_cn(), "EMAIL_ADDRESS"), c=_ja(g.ch(_CITY_CN)))


@_tpl("zh", "猎头推荐 (座机 + 转分机)", "PERSON x2, PHONE_NUMBER (landline)", "amount")
def _c_headhunter(g, b):
    b.fmt('⟨ts⟩ [猎头推荐] 顾问 ⟨hh⟩ 推荐候选人 ⟨nm⟩ 至职位「⟨job⟩」，期望月薪 ⟨amt⟩，座机 ⟨ph⟩⟨ext⟩',
          ts=g.ts_cn(), hh=_S(g.name_cn(), "PERSON"), nm=_S(g.name_cn(), "PERSON"), job=g.ch(_JOB_CN),
          amt=_D(str(g.ri(12, 80) * 1000), "amount"), ph=_S(g.cn_landline(), "PHONE_NUMBER"),
          ext=g.ch(("", "", " 转 %d" % g.ri(800, 8999))))


@_tpl("zh", "背调回调 (证明人 姓+经理)", "PERSON, CN_RESIDENT_ID, PERSON (姓), PHONE_NUMBER", "order_id, place")
def _c_beidiao(g, b):
    b.fmt('⟨ts⟩ [背调回调] 订单号=⟨oid⟩ 候选人=⟨nm⟩ 身份证=⟨id⟩ 学历核验=通过（⟨sc⟩） 证明人=⟨sur⟩经理 ⟨ph⟩',
          ts=g.ts_cn(), oid=_D("BD2026%08d" % g.ri(1, 99999999), "order_id"), nm=_S(g.name_cn(), "PERSON"),
          id=_S(g.cn_id(), "CN_RESIDENT_ID"), sc=_D(g.ch(_SCHOOL_CN), "place"), sur=_S(g.surname_cn(), "PERSON"),
          ph=_S(g.cn_phone(), "PHONE_NUMBER"))


@_tpl("zh", "e签宝 签署完成回调 key=value", "PERSON, PHONE_NUMBER", "flow_id, contract_id")
def _c_esign(g, b):
    b.fmt('⟨ts⟩ INFO [esign-callback] action=SIGN_MISSON_COMPLETE flowId=⟨fid⟩ signResult=2 resultDescription=签署完成 '
          'signerName=⟨nm⟩ signerMobile=⟨ph⟩ thirdOrderNo=⟨oid⟩',
          ts=g.ts_cn(), fid=_D(g.hexs(32), "flow_id"), nm=_S(g.name_cn(), "PERSON"),
          ph=_S(g.cn_mobile(plain_only=True), "PHONE_NUMBER"), oid=_D("HT2026%07d" % g.ri(1, 9999999), "contract_id"))


@_tpl("zh", "法大大 签章回调 JSON", "PERSON, CN_RESIDENT_ID, PHONE_NUMBER", "transaction_id, contract_id")
def _c_fadada(g, b):
    b.fmt('⟨ts⟩ fadada notify: {"transaction_id":"⟨tx⟩","contract_id":"⟨cid⟩","result_code":"3000","result_desc":'
          '"签章成功","customer_name":"⟨nm⟩","customer_ident_no":"⟨id⟩","mobile":"⟨ph⟩"}',
          ts=g.ts_cn(), tx=_D("TX" + g.digits(18), "transaction_id"), cid=_D("LC2026" + g.digits(10), "contract_id"),
          nm=_S(g.name_cn(), "PERSON"), id=_S(g.cn_id(), "CN_RESIDENT_ID"), ph=_S(g.cn_mobile(plain_only=True), "PHONE_NUMBER"))


@_tpl("zh", "外籍员工入职 (护照)", "PERSON (foreign), PASSPORT, PERSON (HRBP)", "employee_id")
def _c_foreigner(g, b):
    loc = g.ch(("en_US", "en_GB", "de_DE", "fr_FR", "en_IN", "en_AU", "es_ES"))
    b.fmt('⟨ts⟩ [入职] 外籍员工 ⟨en⟩ 护照号 ⟨pp⟩ 工号 ⟨eid⟩ 入职日期 2026-12-15，HRBP ⟨cn⟩ 已提交工作许可申请',
          ts=g.ts_cn(), en=_S(g.name_en(loc), "PERSON"), pp=_S(g.passport(_LOC_REGION[loc]), "PASSPORT"),
          eid=_D("HL%05d" % g.ri(1, 99999), "employee_id"), cn=_S(g.name_cn(), "PERSON"))


@_tpl("zh", "差旅 机票预订 (中国护照)", "PERSON, PASSPORT, PHONE_NUMBER", "flight_number")
def _c_flight(g, b):
    b.fmt('⟨ts⟩ [差旅] 机票预订成功 出行人=⟨nm⟩ 证件类型=护照 证件号=⟨pp⟩ 航班=⟨fl⟩ 起飞=⟨d⟩ ⟨hm⟩ 联系电话=⟨ph⟩',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), pp=_S(g.passport("CN"), "PASSPORT"),
          fl=_D(g.ch(("CA", "MU", "CZ", "HU", "MF", "3U", "ZH")) + str(g.ri(101, 9899)), "flight_number"),
          d=(g.now + _dt.timedelta(days=g.ri(2, 20))).strftime("%Y-%m-%d"), hm=g.hhmm(), ph=_S(g.cn_mobile(), "PHONE_NUMBER"))


@_tpl("zh", "差旅 高铁出票", "PERSON, CN_RESIDENT_ID", "train_number, order_id")
def _c_train(g, b):
    fr, to = g.ch(_STATIONS)
    b.fmt('⟨ts⟩ [差旅] ⟨nm⟩ 已出票 ⟨tr⟩ ⟨fr⟩→⟨to⟩ ⟨seat⟩ 订单号 ⟨oid⟩ 证件 ⟨id⟩',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), tr=_D(g.ch("GGGDC") + str(g.ri(1, 9999)), "train_number"),
          fr=fr, to=to, seat=g.ch(("二等座", "一等座", "商务座")), oid=_D("E" + g.digits_nz(9), "order_id"),
          id=_S(g.cn_id(), "CN_RESIDENT_ID"))


@_tpl("zh", "园区停车登记", "PERSON, LICENSE_PLATE", "employee_id, place")
def _c_parking(g, b):
    b.fmt('⟨ts⟩ [园区停车] 员工 ⟨nm⟩ 车牌 ⟨pl⟩ 已登记月卡，工号 ⟨eid⟩，车位 B2-⟨n⟩，园区：⟨pk⟩',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), pl=_S(g.plate_cn(), "LICENSE_PLATE"),
          eid=_D(g.ch(("E", "HT", "")) + "%05d" % g.ri(1, 99999), "employee_id"), n=str(g.ri(1, 400)),
          pk=_D(g.ch(_PARK_CN), "place"))


@_tpl("zh", "访客系统 车辆预约 (姓+先生)", "LICENSE_PLATE, PERSON (姓), PERSON", "pickup_code")
def _c_visitor(g, b):
    b.fmt('⟨ts⟩ [访客系统] 访客车辆 ⟨pl⟩ 预约成功，访客：⟨sur⟩⟨t⟩，被访人：⟨nm⟩，通行码 ⟨code⟩',
          ts=g.ts_cn(), pl=_S(g.plate_cn(nev=g.rng.random() < 0.6), "LICENSE_PLATE"), sur=_S(g.surname_cn(), "PERSON"),
          t=g.ch(("先生", "女士")), nm=_S(g.name_cn(), "PERSON"), code=_D(g.digits_nz(6), "pickup_code"))


@_tpl("zh", "阿里云短信 SendSms 验证码", "PHONE_NUMBER", "pickup_code, uuid")
def _c_aliyun_sms(g, b):
    b.fmt('⟨ts⟩ INFO [aliyun-sms] SendSms PhoneNumbers=⟨ph⟩ SignName=禾聘招聘 TemplateCode=SMS_⟨tc⟩ '
          'TemplateParam={"code":"⟨code⟩"} -> {"Message":"OK","RequestId":"⟨rid⟩","Code":"OK","BizId":"⟨biz⟩^0"}',
          ts=g.ts_cn(), ph=_S(g.cn_mobile(plain_only=True), "PHONE_NUMBER"), tc=g.digits_nz(9),
          code=_D(g.digits_nz(g.ch((4, 6))), "pickup_code"), rid=_D(g.uuid(upper=True), "uuid"), biz=g.digits_nz(18))


@_tpl("zh", "飞书机器人 面试提醒 (会议室以历史人物命名)", "PERSON x3", "public_figure")
def _c_feishu(g, b):
    b.fmt('⟨ts⟩ [飞书机器人] 面试提醒：⟨d⟩ ⟨hm⟩ ⟨nm⟩ 的技术面（岗位：⟨job⟩），面试官 ⟨a⟩、⟨c⟩，会议室「⟨room⟩」',
          ts=g.ts_cn(), d=g.date_cn(), hm=g.hhmm(), nm=_S(g.name_cn(), "PERSON"), job=g.ch(_JOB_CN),
          a=_S(g.name_cn(), "PERSON"), c=_S(g.name_cn(), "PERSON"), room=_D(g.ch(_PUBLIC_FIG_CN), "public_figure"))


@_tpl("zh", "钉钉审批 录用审批通过", "PERSON x3", "uuid, amount")
def _c_dingtalk(g, b):
    b.fmt('⟨ts⟩ [钉钉审批] 审批实例 ⟨pid⟩ 「录用审批」已通过：候选人 ⟨nm⟩，定薪 ⟨amt⟩ 元/月，发起人 ⟨a⟩，审批人 ⟨c⟩',
          ts=g.ts_cn(), pid=_D(g.uuid(), "uuid"), nm=_S(g.name_cn(), "PERSON"), amt=_D(str(g.ri(8, 90) * 1000), "amount"),
          a=_S(g.name_cn(), "PERSON"), c=_S(g.name_cn(), "PERSON"))


@_tpl("zh", "医疗人才招聘 (姓名+主任医师)", "PERSON, PERSON (name before 主任医师)", "place")
def _c_hospital(g, b):
    b.fmt('⟨ts⟩ [医疗人才招聘] 候选人⟨nm⟩已通过⟨doc⟩⟨t⟩面试，科室：⟨dept⟩，面试地点：⟨h⟩',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), doc=_S(g.name_cn(), "PERSON"),
          t=g.ch(("主任医师", "副主任医师", "教授", "主治医师")),
          dept=g.ch(("心内科", "神经外科", "儿科", "急诊科", "放射科")), h=_D(g.ch(_HOSP_CN), "place"))


@_tpl("zh", "LDAP同步 新增用户", "PERSON, EMAIL_ADDRESS, PHONE_NUMBER", "system_account")
def _c_ldap(g, b):
    b.fmt('⟨ts⟩ [LDAP同步] 新增用户 cn=⟨nm⟩,ou=⟨dp⟩,dc=hengtai,dc=cn mail=⟨em⟩ mobile=⟨ph⟩ 执行账号 ⟨svc⟩',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), dp=g.ch(_DEPT_CN), em=_S(g.email_cn(g.ch(_CORP_CN)), "EMAIL_ADDRESS"),
          ph=_S(g.cn_mobile(), "PHONE_NUMBER"), svc=_D(g.ch(("svc-ldap-sync", "ldap-admin", "svc-scim")), "system_account"))


@_tpl("zh", "飞书 SCIM 同步 (Python json \\u 转义)", "PERSON x3 (familyName, givenName, displayName), PHONE_NUMBER",
      "user_id")
def _c_feishu_scim(g, b):
    s, gv = g.cn_split()
    b.fmt('⟨ts⟩ INFO feishu-scim-sync PUT /scim/v2/Users/⟨uid⟩ body={"name": {"familyName": "⟨fa⟩", "givenName": '
          '"⟨gi⟩"}, "displayName": "⟨dn⟩", "phoneNumbers": [{"value": "⟨ph⟩", "type": "mobile"}], "active": true}',
          ts=g.ts_ms(), uid=_D("ou_" + g.hexs(32), "user_id"), fa=_S(_ja(s), "PERSON"), gi=_S(_ja(gv), "PERSON"),
          dn=_S(_ja(s + gv), "PERSON"), ph=_S(g.ch(("+86 " + g.cn_mobile_raw(), "+86" + g.cn_mobile_raw(),
                                                 g.cn_mobile_raw())), "PHONE_NUMBER"))


@_tpl("zh", "企业微信 通讯录变更回调 XML (CDATA)", "PERSON (UserID login), PERSON, PHONE_NUMBER, EMAIL_ADDRESS",
      "corp_id, epoch_timestamp")
def _c_wecom_xml(g, b):
    b.fmt('⟨ts⟩ wecom-callback decrypted: <xml><ToUserName><![CDATA[⟨corp⟩]]></ToUserName><FromUserName><![CDATA[sys]]>'
          '</FromUserName><CreateTime>⟨ep⟩</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]>'
          '</Event><ChangeType><![CDATA[create_user]]></ChangeType><UserID><![CDATA[⟨uid⟩]]></UserID><Name><![CDATA[⟨nm⟩]]>'
          '</Name><Mobile><![CDATA[⟨ph⟩]]></Mobile><Email><![CDATA[⟨em⟩]]></Email></xml>',
          ts=g.ts_cn(), corp=_D("ww" + g.hexs(16), "corp_id"), ep=_D(g.epoch(), "epoch_timestamp"),
          uid=_S(g.login_cn(), "PERSON"), nm=_S(g.name_cn(), "PERSON"), ph=_S(g.cn_mobile(plain_only=True), "PHONE_NUMBER"),
          em=_S(g.email_cn(g.ch(_CORP_CN)), "EMAIL_ADDRESS"))


@_tpl("zh", "nginx access 中文姓名 percent-encoded", "IP_ADDRESS, PERSON (pct UTF-8), PHONE_NUMBER", "-")
def _c_nginx_cn(g, b):
    b.fmt('⟨ip⟩ - - [⟨nt⟩] "GET /api/hr/candidates?keyword=⟨nm⟩&mobile=⟨ph⟩&pageNo=1 HTTP/1.1" 200 ⟨by⟩ '
          '"https://hr.hengtai-tech.cn/recruit/list" "⟨ua⟩"',
          ip=_S(g.client_ip(), "IP_ADDRESS"), nt=g.ts_nginx(), nm=_S(_pq(g.name_cn()), "PERSON"),
          ph=_S(_pq(g.cn_mobile()), "PHONE_NUMBER"), by=str(g.ri(300, 20000)), ua=g.ch(_UA_CN))


@_tpl("zh", "Spring Boot 入职服务日志", "PERSON, CN_RESIDENT_ID, CREDIT_CARD", "employee_id")
def _c_spring(g, b):
    b.fmt('⟨ts⟩  INFO 1 --- [nio-8080-exec-⟨n⟩] c.h.hr.service.OnboardingService         : 入职信息提交成功, '
          'employeeNo=⟨eid⟩, name=⟨nm⟩, idCard=⟨id⟩, bankCard=⟨cc⟩',
          ts=g.ts_ms("."), n=str(g.ri(1, 10)), eid=_D("HT%06d" % g.ri(1, 999999), "employee_id"),
          nm=_S(g.name_cn(), "PERSON"), id=_S(g.cn_id(), "CN_RESIDENT_ID"),
          cc=_S(g.card(g.ch(("up19", "up", "visa", "mc"))), "CREDIT_CARD"))


@_tpl("zh", "MyBatis ==> Parameters 调试行", "PERSON, CN_RESIDENT_ID, PHONE_NUMBER", "-")
def _c_mybatis(g, b):
    b.fmt('⟨ts⟩ DEBUG ⟨pid⟩ --- [io-8080-exec-⟨n⟩] c.h.h.m.EmployeeMapper.insert            : ==>  Parameters: '
          '⟨nm⟩(String), ⟨id⟩(String), ⟨ph⟩(String), ⟨d⟩(String), 1(Integer)',
          ts=g.ts_ms("."), pid=str(g.ri(1, 30000)), n=str(g.ri(1, 10)), nm=_S(g.name_cn(), "PERSON"),
          id=_S(g.cn_id(), "CN_RESIDENT_ID"), ph=_S(g.cn_mobile(plain_only=True), "PHONE_NUMBER"),
          d=(g.now + _dt.timedelta(days=g.ri(1, 30))).strftime("%Y-%m-%d"))


@_tpl("zh", "审计日志 手机号变更 (旧号已脱敏)", "PERSON (login), PERSON, PHONE_NUMBER", "masked")
def _c_audit(g, b):
    old = g.cn_mobile_raw()
    b.fmt('⟨ts⟩ [审计日志] 操作人 ⟨op⟩ 修改员工 ⟨nm⟩ 的手机号：⟨old⟩ → ⟨new⟩',
          ts=g.ts_cn(), op=_S(g.login_cn(), "PERSON"), nm=_S(g.name_cn(), "PERSON"),
          old=_D(old[:3] + "****" + old[-4:], "masked"), new=_S(g.cn_mobile(), "PHONE_NUMBER"))


@_tpl("zh", "Alertmanager 告警 含 MySQL 连接串", "PERSON x2 (负责人, 运维), CREDENTIAL (DSN password)", "server_ip x2")
def _c_alert_dsn(g, b):
    srv = g.server_ip()
    b.fmt('[Alertmanager] [FIRING:1] MySQLTooManyConnections 实例 ⟨s1⟩:3306 当前连接 ⟨n⟩/1000 负责人：⟨a⟩ 运维：⟨c⟩ '
          '探针连接串 mysql://hr_rw:⟨pw⟩@⟨s2⟩:3306/hr_core',
          s1=_D(srv, "server_ip"), n=str(g.ri(800, 1000)), a=_S(g.name_cn(), "PERSON"), c=_S(g.name_cn(), "PERSON"),
          pw=_S(g.password("url"), "CREDENTIAL"), s2=_D(srv, "server_ip"))


@_tpl("zh", "JumpServer 堡垒机登录", "PERSON, PERSON (login), IP_ADDRESS", "server_ip, system_account")
def _c_jump(g, b):
    b.fmt('⟨ts⟩ [JumpServer] 用户 ⟨nm⟩(⟨lg⟩) 从 ⟨ip⟩ 登录资产 payroll-db01(⟨srv⟩) 系统用户 ⟨sa⟩ 协议 ssh',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), lg=_S(g.login_cn(), "PERSON"), ip=_S(g.client_ip(), "IP_ADDRESS"),
          srv=_D(g.server_ip(), "server_ip"), sa=_D(g.ch(("root", "dba", "postgres", "ops")), "system_account"))


@_tpl("zh", "劳动合同寄送 顺丰运单 (地址不标注)", "PERSON, PHONE_NUMBER", "waybill")
def _c_sf(g, b):
    addr = g.fk["zh_CN"].address().replace("\n", " ")
    b.fmt('⟨ts⟩ [行政] 劳动合同已寄出 顺丰 ⟨wb⟩ 收件人 ⟨nm⟩ ⟨ph⟩ 地址：⟨ad⟩',
          ts=g.ts_cn(), wb=_D("SF" + g.digits_nz(13), "waybill"), nm=_S(g.name_cn(), "PERSON"),
          ph=_S(g.cn_mobile(), "PHONE_NUMBER"), ad=addr)


@_tpl("zh", "校招宣讲会 (人名品牌)", "-", "place, company x2")
def _c_campus(g, b):
    c1, c2 = g.rng.sample(_BRAND_CN, 2)
    b.fmt('⟨ts⟩ [校招] 宣讲会 场地：⟨sc⟩ 合作企业：⟨a⟩、⟨c⟩ 报名 ⟨n⟩ 人',
          ts=g.ts_cn(), sc=_D(g.ch(_SCHOOL_CN), "place"), a=_D(c1, "company"), c=_D(c2, "company"), n=str(g.ri(30, 900)))


@_tpl("zh", "前程无忧 职位同步", "-", "job_id, place, system_account")
def _c_51job(g, b):
    b.fmt('⟨ts⟩ [职位同步] 前程无忧 职位ID=⟨jid⟩ 「⟨ti⟩」 薪资 ⟨lo⟩-⟨hi⟩K·14薪 工作地点：⟨pl⟩ 发布人 ⟨sa⟩',
          ts=g.ts_cn(), jid=_D(g.digits_nz(9), "job_id"), ti=g.ch(_JOB_CN), lo=str(g.ri(8, 20)), hi=str(g.ri(21, 45)),
          pl=_D(g.ch(_PARK_CN), "place"), sa=_D(g.ch(("hr-bot", "svc-ats-export", "admin")), "system_account"))


@_tpl("zh", "离职流程 禁用账号", "PERSON x2, EMAIL_ADDRESS", "employee_id")
def _c_offboard(g, b):
    b.fmt('⟨ts⟩ [离职流程] ⟨nm⟩（工号 ⟨eid⟩）离职生效，已禁用账号 ⟨em⟩，工作交接人：⟨h⟩',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), eid=_D("%06d" % g.ri(1, 999999), "employee_id"),
          em=_S(g.email_cn(g.ch(_CORP_CN)), "EMAIL_ADDRESS"), h=_S(g.name_cn(), "PERSON"))


@_tpl("zh", "简历解析 QQ邮箱投递", "EMAIL_ADDRESS (QQ numeric), PERSON, PHONE_NUMBER", "-")
def _c_qq(g, b):
    b.fmt('⟨ts⟩ [简历解析] 来自 ⟨em⟩ 的投递附件《⟨nm⟩-⟨job⟩-⟨y⟩年.pdf》解析成功，手机 ⟨ph⟩',
          ts=g.ts_cn(), em=_S(g.email_qq(), "EMAIL_ADDRESS"), nm=_S(g.name_cn(), "PERSON"), job=g.ch(_JOB_CN),
          y=str(g.ri(1, 12)), ph=_S(g.cn_mobile(), "PHONE_NUMBER"))


@_tpl("zh", "在线客服 会话接入 (姓+先生)", "PERSON (客服), PERSON (姓), IP_ADDRESS", "case_number")
def _c_kefu(g, b):
    b.fmt('⟨ts⟩ [在线客服] 工单 ⟨cid⟩ 客服 ⟨ag⟩ 接入，访客 ⟨sur⟩⟨t⟩ 来自 ⟨ip⟩（⟨pv⟩），咨询社保补缴',
          ts=g.ts_cn(), cid=_D("KF2026%07d" % g.ri(1, 9999999), "case_number"), ag=_S(g.name_cn(), "PERSON"),
          sur=_S(g.surname_cn(), "PERSON"), t=g.ch(("先生", "女士")), ip=_S(g.client_ip(), "IP_ADDRESS"),
          pv=g.ch(_PROV_CN))


@_tpl("zh", "入职体检预约", "PERSON, CN_RESIDENT_ID", "place, pickup_code")
def _c_tijian(g, b):
    b.fmt('⟨ts⟩ [入职体检] ⟨nm⟩ 已预约 ⟨cl⟩ ⟨d⟩ 08:30，证件号 ⟨id⟩，取号码 ⟨code⟩',
          ts=g.ts_cn(), nm=_S(g.name_cn(), "PERSON"), cl=_D(g.ch(_CLINIC_CN), "place"), d=g.date_cn(),
          id=_S(g.cn_id(), "CN_RESIDENT_ID"), code=_D(g.digits_nz(g.ch((4, 6))), "pickup_code"))


@_tpl("zh", "繁體 招募通知 (台灣手機)", "PERSON (zh_TW), PHONE_NUMBER (TW), EMAIL_ADDRESS", "-")
def _c_tw(g, b):
    b.fmt('⟨ts⟩ [招募通知] 應徵者 ⟨nm⟩ 已投遞履歷（職缺：⟨job⟩），手機 ⟨ph⟩，Email ⟨em⟩',
          ts=g.ts_cn(), nm=_S(g.fk["zh_TW"].name(), "PERSON"), job=g.ch(("資深後端工程師", "人資專員", "薪酬管理師")),
          ph=_S(g.intl_phone("TW", fmts=("national", "intl", "e164")), "PHONE_NUMBER"),
          em=_S(g.email_cn(), "EMAIL_ADDRESS"))


@_tpl("zh", "行政工单 (姓+师傅)", "PERSON (姓), PHONE_NUMBER", "case_number")
def _c_repair(g, b):
    b.fmt('⟨ts⟩ [行政工单] 工单 ⟨wo⟩ 已指派 ⟨sur⟩师傅 处理 ⟨f⟩F 门禁故障，联系电话 ⟨ph⟩',
          ts=g.ts_cn(), wo=_D("WO%08d" % g.ri(1, 99999999), "case_number"), sur=_S(g.surname_cn(), "PERSON"),
          f=str(g.ri(1, 30)), ph=_S(g.cn_phone(), "PHONE_NUMBER"))


@_tpl("zh", "企业微信群机器人推送失败 (webhook key)", "CREDENTIAL (uuid-shaped webhook key)", "-")
def _c_wecom_key(g, b):
    b.fmt('⟨ts⟩ ERROR [wecom-notify] 群机器人推送失败 url=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=⟨k⟩ '
          'errcode=93000 errmsg=invalid webhook url, more info at https://open.work.weixin.qq.com/devtool/query?e=93000',
          ts=g.ts_cn(), k=_S(g.uuid(), "CREDENTIAL"))


@_tpl("zh", "Apollo 配置中心 发布 阿里云 AccessKey", "CREDENTIAL x2 (AK id + secret), PERSON", "-")
def _c_apollo(g, b):
    b.fmt('⟨ts⟩ [Apollo配置中心] 发布 payroll-oss 命名空间 application：oss.access-key-id=⟨ak⟩ '
          'oss.access-key-secret=⟨sk⟩ 发布人 ⟨nm⟩',
          ts=g.ts_cn(), ak=_S("LTAI5t" + g.alnum(18), "CREDENTIAL"), sk=_S(g.alnum(30), "CREDENTIAL"),
          nm=_S(g.name_cn(), "PERSON"))


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
def _decode(v):
    for _ in range(4):
        w = v
        if "\\" in w:
            try:
                w = json.loads('"' + w.replace("\\'", "'") + '"')
            except ValueError:
                pass
        if re.search(r"%[0-9A-Fa-f]{2}", w):
            w = urllib.parse.unquote(w)
        if "&" in w:
            w = html.unescape(w)
        if w == v:
            break
        v = w
    return v


_UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_CN_PLATE_RE = re.compile("^[%s][%s][·\\s]?[%s0-9]{5,6}$" % (_PLATE_PROV, _PLATE_LET, _PLATE_LET))
_WEST_PLATE_RE = re.compile(r"^[A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,4}[- ]?[A-Z0-9]{0,4}$")


def _check_span_value(typ, raw):
    v = _decode(raw)
    assert v and v == v.strip(), (typ, raw)
    if typ == "PERSON":
        assert "@" not in v and not v.isdigit() and len(v) <= 60, raw
        assert any(c.isalpha() for c in v), raw
        assert not re.search(r"[\[\]{}<>=\"]", v), raw
    elif typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", v), raw
        assert v.split("@")[0].split("+")[0].lower() not in _ROLE_LOCALS, raw
    elif typ == "PHONE_NUMBER":
        w = v[4:] if v.startswith("tel:") else v
        assert _phone_valid(w), raw
    elif typ == "CREDIT_CARD":
        assert re.fullmatch(r"\d+([ -]\d+)*", v), raw
        d = re.sub(r"[ -]", "", v)
        assert 13 <= len(d) <= 19 and _luhn_ok(d), raw
        assert re.match(r"4|5[1-5]|2[2-7]|3[47]|62", d), raw
    elif typ == "IBAN_CODE":
        c = v.replace(" ", "")
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c), raw
        assert _IBAN_LEN.get(c[:2]) == len(c), raw
        assert _iban_num(c[4:] + c[:4]) % 97 == 1, raw
    elif typ == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
        assert m, raw
        a, g_, s = m.groups()
        assert a not in ("000", "666") and a[0] != "9" and g_ != "00" and s != "0000", raw
    elif typ == "CN_RESIDENT_ID":
        assert re.fullmatch(r"\d{17}[\dX]", v), raw
        assert v[:6] in _CN_ID_AREAS, raw
        _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
        assert _GB_C[sum(int(c) * w for c, w in zip(v[:17], _GB_W)) % 11] == v[17], raw
    elif typ == "PASSPORT":
        assert re.fullmatch(r"[A-Z0-9]{7,9}", v) and sum(c.isdigit() for c in v) >= 5, raw
    elif typ == "LICENSE_PLATE":
        if v[0] in _PLATE_PROV:
            assert _CN_PLATE_RE.match(v), raw
        else:
            assert _WEST_PLATE_RE.match(v) and re.search(r"\d", v) and re.search(r"[A-Z]", v), raw
    elif typ == "IP_ADDRESS":
        ip = ipaddress.ip_address(v)
        assert not (ip.is_loopback or ip.is_unspecified or ip.is_multicast), raw
    elif typ == "CREDENTIAL":
        assert len(v) >= 6 and not re.search(r"\s", raw), raw
    else:
        raise AssertionError("unknown type %s" % typ)


def _check_decoy_value(kind, v):
    assert v and v == v.strip(), (kind, v)
    if kind == "masked":
        assert _MASK_RE.search(v), v
    elif kind == "server_ip":
        ipaddress.ip_address(v)
    elif kind == "role_mailbox":
        assert "@" in v and v.split("@")[0].lower() in _ROLE_LOCALS, v
    elif kind == "uuid":
        assert _UUID_RE.match(v), v
    elif kind == "commit_hash":
        assert re.fullmatch(r"[0-9a-f]{7,40}", v), v
    elif kind == "image_digest":
        assert re.fullmatch(r"sha256:[0-9a-f]{64}", v), v
    elif kind == "trace_id":
        assert re.fullmatch(r"[0-9a-f]{16}|[0-9a-f]{32}", v), v
    elif kind == "epoch_timestamp":
        assert re.fullmatch(r"1\d{9}(\d{3})?(\.\d+)?", v), v
    elif kind == "port":
        assert v.isdigit() and 1 <= int(v) <= 65535, v
    elif kind == "pickup_code":
        assert re.fullmatch(r"\d{4,8}", v), v
    elif kind == "amount":
        assert re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d{2})?|\d+(\.\d{2})?", v), v
    elif kind == "version":
        assert re.fullmatch(r"v?\d+\.\d+(\.\d+)?", v), v
    elif kind in ("train_number",):
        assert re.fullmatch(r"[GDCKTZ]\d{1,4}", v), v
    elif kind == "flight_number":
        assert re.fullmatch(r"[A-Z0-9]{2}\d{3,4}", v), v


def _check_record(rec, k=None):
    assert set(rec) == {"text", "spans", "decoys", "template"}, rec.keys()
    t = rec["text"]
    assert isinstance(t, str) and t, rec
    assert "\n" not in t and "\r" not in t, t
    assert "⟨" not in t and "⟩" not in t, t
    if k is not None:
        assert isinstance(rec["template"], int) and 0 <= rec["template"] < k, rec["template"]
    spans, decoys = rec["spans"], rec["decoys"]
    assert len(spans) <= 4, (len(spans), t)
    assert len(decoys) <= 3, (len(decoys), t)
    labels = []
    for lst, is_span in ((spans, True), (decoys, False)):
        for item in lst:
            assert isinstance(item, list) and len(item) == 3, item
            s, e, kind = item
            assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t), (item, t)
            if is_span:
                assert kind in _TYPES, kind
                _check_span_value(kind, t[s:e])
            else:
                assert kind in _DECOY_KINDS, kind
                _check_decoy_value(kind, t[s:e])
            labels.append((s, e))
    labels.sort()
    for (s1, e1), (s2, e2) in zip(labels, labels[1:]):
        assert e1 <= s2, ("overlap", t[s1:e1], t[s2:e2], t)
    for s, e in labels:
        v = t[s:e]
        i = t.find(v)
        while i != -1:
            j = i + len(v)
            assert any(a <= i and j <= b for a, b in labels), ("unlabelled occurrence", v, t)
            i = t.find(v, i + 1)


def validate(records):
    k = len(_TEMPLATES)
    c_types, c_kinds, c_tpl = Counter(), Counter(), Counter()
    clean = 0
    for rec in records:
        _check_record(rec, k)
        c_tpl[rec["template"]] += 1
        for _, _, typ in rec["spans"]:
            c_types[typ] += 1
        for _, _, kind in rec["decoys"]:
            c_kinds[kind] += 1
        if not rec["spans"]:
            clean += 1
    return {"records": len(records), "no_span_records": clean, "types": dict(c_types),
            "decoy_kinds": dict(c_kinds), "templates": dict(c_tpl)}


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def blind_log19(n, seed=0):
    rng = random.Random(seed)
    g = _Gen(rng)
    k = len(_TEMPLATES)
    order = list(range(k))
    rng.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % k]
        clean = rng.random() < 0.1
        last = None
        for _attempt in range(200):
            g.new_record()
            b = _Builder(g, clean)
            _TEMPLATES[ti].fn(g, b)
            rec = {"text": b.text(), "spans": b.spans, "decoys": b.decoys, "template": ti}
            try:
                _check_record(rec, k)
                break
            except AssertionError as exc:
                last = exc
        else:
            raise AssertionError("template %d could not produce a valid line: %r" % (ti, last))
        out.append(rec)
    return out


def _template_table():
    return "\n".join("%d: %s / %s -- %s | %s" % (i, t.lang, t.system, t.spans, t.decoys)
                     for i, t in enumerate(_TEMPLATES))


if __name__ == "__main__":
    recs = blind_log19(5000, seed=0)
    res = validate(recs)
    print("records:", res["records"], " without spans:", res["no_span_records"], " templates:", len(_TEMPLATES))
    print("per TYPE:")
    for t in _TYPES:
        print("  %-15s %d" % (t, res["types"].get(t, 0)))
    print("per decoy KIND:")
    for kd, c in sorted(res["decoy_kinds"].items(), key=lambda x: (-x[1], x[0])):
        print("  %-22s %d" % (kd, c))
    sys.exit(0)
