r"""Blind labelled evaluation set #27 for a PII redactor of log lines.

Theme: a manufacturing company's plant and back-office systems (MES work orders and
operator logins, SAP-style ERP and purchase approvals, PLC/SCADA alarms and shift
handovers, quality inspection / NCRs, WMS and forklift telematics, factory gate,
visitor and truck access, contractor safety permits, HR attendance and payroll, supplier
portal and EDI, IT helpdesk and badge systems) plus English lines from foreign plants,
auditors and suppliers.

Provenance
----------
Written blind on 2026-12-06. Nothing of the project was read: no rules, seeds, docs,
tests, training data, curation code or other evaluation sets, and the redactor was
neither imported nor run. Formats come from general knowledge of how the named systems
print their logs. Only the Python standard library, Faker (40.x) and phonenumbers (9.x)
are used.

API
---
blind_log27(n, seed=0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}. spans / decoys are lists of
    [start, end, TYPE] / [start, end, KIND] with Python code-point offsets, and
    text[start:end] is the value exactly as printed (percent-encoded, \u-escaped,
    JSON-, XML-, CSV- or EDIFACT-escaped where the line prints it that way).
    One random.Random(seed) drives everything; the Faker instances are seeded from it,
    so output is stable for a given seed. Templates are used round-robin over one
    shuffled order; "template" is the template number 0..K-1 (table below).
    About one record in ten is "clean": every planted value is replaced by a masked
    placeholder (recorded as decoy "masked") or by a dash "-" (unlabelled), keeping
    at most 3 decoys per line. A generated record that breaks a rule (for example an
    unlabelled second occurrence of a short surname) is generated again, from the
    same random stream.
validate(records) -> dict
    Self-check; raises AssertionError on any problem: offsets in range; spans not
    overlapping each other or decoys; 0-4 spans and 0-3 decoys a line; no newline
    (CR/LF) in a text; every planted value's other occurrences in the line labelled
    (searched as printed and as un-escaped; a match that touches an ASCII letter or
    digit on a side where the value itself ends in one is not an occurrence; a PERSON
    value may sit inside a decoy, e.g. 张 inside 张小泉); values are what their type
    says (Luhn for cards, mod-97 for IBANs, phonenumbers.is_valid_number for phones,
    GB 11643 check digit and a real birth date for Chinese IDs, SSA area/group/serial
    rules for SSNs, passport / plate shapes, ipaddress for IPs). Returns counters:
    records, no_span_records, types, kinds, templates.
python pii_logs_blind27.py
    Generates 5,000 lines (seed 0), validates them and prints counts per TYPE and per
    decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES;
                compound surnames (欧阳, 司马, 诸葛, 上官, 尉迟 ...), rare surnames (禤, 亓,
                覃, 乜, 庹 ...), minority names (Uyghur 买买提·艾力 with the middle dot,
                Tibetan, Mongolian, Yi); apostrophe surnames (O'Neil, D'Souza); surname
                alone before a title; "Last, First" and GDS "LAST/FIRST"; upper-case
                X12 names; person logins (jsmith, zhang.wei, wangfang88, m.garcia, SAP
                user ids like MWEBER).
EMAIL_ADDRESS   logins @ company / supplier / free-mail domains, QQ numeric mail
                (12345678@qq.com), UPNs, upper-case X12 addresses, percent-encoded.
PHONE_NUMBER    CN mobiles (valid prefixes, checked by phonenumbers) printed plain,
                3-4-4 spaced/dashed, +86, +86-, 0086, (+86); CN landlines with real area
                codes ((0512) 6588 1234, 0755-..., +86 512 ...); other regions built from
                phonenumbers.example_number_for_type with random tails (NANP: random
                area/exchange), kept only if valid, printed international, E.164,
                00-prefixed, national or digits-only.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex (4-6-5),
                UnionPay 16/19 digits; plain, spaced or dashed.
IBAN_CODE       DE GB FR ES IT NL BE AT CH PL SE CZ IE PT HU DK with real lengths and
                mod-97 check digits; compact or in groups of four.
US_SSN          area 001-899 except 666, group 01-99, serial 0001-9999; dashed, spaced
                or plain.
CN_RESIDENT_ID  real-looking 6-digit area codes, birth dates 1962-2004, GB 11643 check.
PASSPORT        CN (E/G + 8 digits, E + letter + 7 digits), US/GB 9 digits, DE, IN, FR,
                ES, AU shapes.
LICENSE_PLATE   CN (province + city letter, with/without the middle dot, new-energy D/F,
                trailer 挂), US state styles, GB "AB12 CDE".
IP_ADDRESS      user / workstation / phone / attacker addresses: RFC 1918 and public
                IPv4, some IPv6. Server-side addresses are decoys (server_ip).
CREDENTIAL      passwords of many shapes, session ids (JSESSIONID with jvmRoute, PHP
                sid), XSRF cookie values, JWTs (token only), DingTalk access_token, WeCom
                corpsecret, AWS AKIA/ASIA + secret, Aliyun LTAI + secret, Stripe
                sk_live_/rk_live_, Google AIza, GitHub ghp_, Slack xoxb- and webhook
                secrets, private-key bodies (with JSON \n escapes), URL / DSN / JDBC
                password parts (percent-encoded where the URL needs it).

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (QQ numeric too); role mailboxes
  (service@, noreply@, alerts@, it-helpdesk@ ...) -> decoy role_mailbox.
* Server / upstream / relay / PLC / DB addresses -> decoy server_ip; a client's or user's
  address (workstation, phone, VPN user, attacker) -> IP_ADDRESS.
* Surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) -> PERSON on the
  surname only; "王建国主任医师" -> PERSON on 王建国; full names of staff are PERSON.
* Famous historical people / fictional characters -> decoy public_figure; brands named
  after people (张小泉, 王老吉, 李宁, Bosch, Siemens, Hilton ...) -> decoy company;
  streets, districts, scenic spots, hospitals, schools, buildings -> decoy place.
* Passwords, API / access / secret keys, session ids and cookie values, bearer tokens
  and JWTs (token only), private-key bodies, connection-string / URL password parts ->
  CREDENTIAL; one-time SMS codes and pickup codes -> decoy pickup_code.
* Person-looking logins -> PERSON; root, admin, sa, oracle, svc-*, RFC/batch and other
  service accounts -> decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1), case /
  ticket numbers, 工号, waybills, train / flight numbers, UUIDs, commit hashes, image
  digests, trace ids, epoch timestamps, amounts, ports, versions and similar -> decoys
  with a descriptive kind.
* Postal addresses, dates of birth, ages, genders and ethnicity are left unlabelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.

Templates ("number: language / system -- spans | decoys"; OR separates variants)
-------------------------------------------------------------------------------
 0: zh / MES work-order service, Spring Boot console log -- PERSON | work_order, employee_id
 1: zh / MES terminal login, log4j2 with MDC -- PERSON(login), PERSON, IP_ADDRESS(workstation), CREDENTIAL(session) | trace_id
 2: zh / SCADA alarm journal (WinCC Chinese UI export) -- PERSON(surname+title) | alarm_number
 3: zh / shift handover record (MES 交接班) -- PERSON x2, PERSON(surname+工) | -
 4: zh / DingTalk robot webhook call from SCADA notifier (raw or \u-escaped JSON body) -- CREDENTIAL(access_token), PERSON, PHONE_NUMBER | -
 5: zh / WMS outbound task dispatch -- PERSON | task_id, asset_id, bin_location
 6: zh / forklift telematics collision event, Python json.dumps (\u-escaped) -- PERSON(\u-escaped) | epoch_ts, asset_id, badge_id
 7: zh / factory gate truck entry (门岗系统) -- LICENSE_PLATE, PERSON, PHONE_NUMBER | waybill, appointment_id
 8: zh / visitor registration kiosk -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER, PERSON(surname+经理) | badge_id
 9: zh / ANPR barrier gate (道闸) recognition -- LICENSE_PLATE, PERSON(surname+先生/女士) | image_file
10: zh / contractor hot-work permit (动火作业票) -- PERSON, CN_RESIDENT_ID, PERSON, PERSON(surname+主任) | permit_number
11: zh / HR attendance push from ZKTeco terminal (ADMS ATTLOG) -- PERSON | employee_id, serial_number
12: zh / payroll bank disbursement batch (代发工资) -- PERSON, CREDIT_CARD(UnionPay) | batch_id, amount, transaction_id
13: zh / Kingdee K/3 payment voucher audit -- PERSON, CREDIT_CARD(debit), PERSON | voucher_id, bank_branch, amount
14: zh / OA purchase-approval notification (钉钉审批) -- PERSON, PERSON, PERSON(surname+经理) | po_number, amount
15: zh / SAP ERP (Chinese UI) PO release message -- PERSON(SAP user) | po_number, vendor_id, company
16: zh / incoming quality inspection (IQC) record -- PERSON, PERSON, PHONE_NUMBER | batch_lot, part_number
17: zh / non-conformance report (不合格品报告) -- PERSON, PERSON | case_number, company, batch_lot
18: zh / IT service desk ticket (Chinese) -- PERSON, PHONE_NUMBER, EMAIL_ADDRESS | case_number, extension
19: zh / AD self-service password reset -- PERSON(login), PHONE_NUMBER, CREDENTIAL, IP_ADDRESS | pickup_code(SMS OTP)
20: zh / SMS gateway sender (Aliyun-style), OTP text -- PHONE_NUMBER | template_id, pickup_code, message_id
21: zh / mailroom parcel locker notice -- PERSON, PHONE_NUMBER | waybill, pickup_code, place(building)
22: zh / HR onboarding registration incl. minority names -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER | onboarding_id, place(school)
23: zh / leave request approval (请假审批) -- PERSON, PERSON(surname+经理) | case_number, place(scenic spot)
24: zh / business-travel request (差旅申请) -- PERSON, CN_RESIDENT_ID, PASSPORT(CN) | case_number, train_number
25: zh / foreign engineer entry registration -- PERSON(western), PASSPORT, PERSON(surname+工) | company, badge_id
26: zh / campus card (一卡通) canteen top-up -- PERSON, CREDIT_CARD | badge_id, amount, amount
27: zh / PPE/consumables issue slip, NO spans (person-named brands, street) -- - | company, company, place
28: zh / production daily report, NO spans (public figures) -- - | public_figure, public_figure, work_order
29: zh / remote PLC program download via engineering station -- PERSON, IP_ADDRESS(workstation) | company, version, server_ip(PLC)
30: zh / QMS inspection report e-signature -- PERSON, PERSON | case_number, employee_id
31: zh / occupational health check (职业健康体检) -- PERSON, PERSON(doctor before title), PHONE_NUMBER | batch_id, employee_id, place(hospital)
32: zh / supplier portal registration with QQ mail -- PERSON, PHONE_NUMBER, EMAIL_ADDRESS(QQ) | registration_number
33: zh / WeCom (企业微信) gettoken failure -- CREDENTIAL(corpsecret) | app_id
34: zh / guest Wi-Fi portal SMS login -- PHONE_NUMBER, IP_ADDRESS(phone) | mac_address, pickup_code
35: zh / Taiwan plant MES report-work (繁體, zh_TW names) -- PERSON, PERSON(surname+先生) | work_order
36: zh / JumpServer bastion session -- PERSON, PERSON(login), IP_ADDRESS(source) | server_ip, system_account, uuid
37: zh / TMS dispatch confirmation with driver ID -- LICENSE_PLATE, PERSON, CN_RESIDENT_ID, PHONE_NUMBER | waybill
38: zh / dormitory check-in with emergency contact -- PERSON, PERSON, PHONE_NUMBER | place(building)
39: zh / enterprise e-procurement (京东慧采-style) delivery notice -- PERSON, PERSON(surname+先生/女士, may sit inside a brand decoy), PHONE_NUMBER | order_id(11-digit starting 1), company
40: en / SAP Security Audit Log (SM20N export, pipe-delimited) -- PERSON(SAP user) or system_account, IP_ADDRESS(terminal) | system_account (variant)
41: en / SAP background job log, PO release notification -- PERSON(SAP user), PERSON | po_number, amount, company
42: en / SAP IDoc status 51, vendor bank master (CREMAS) -- IBAN_CODE, PERSON | idoc_number, vendor_id
43: en / SAP change document CDHDR/CDPOS on vendor bank data -- PERSON(SAP user), IBAN_CODE, IBAN_CODE, PERSON(surname after Mr./Ms.) | vendor_id
44: en / WinCC alarm logging CSV export -- PERSON(operator login) | alarm_number
45: en / Windows Security 4625 via Snare (tab separated) -- PERSON(login) x2, IP_ADDRESS(workstation) | event_record_id, port
46: en / OpenSSH sshd auth (failed invalid user / accepted publickey) -- IP_ADDRESS(attacker) OR PERSON, IP_ADDRESS | system_account, port OR port, key_fingerprint
47: en / sudo syslog entry -- PERSON(login) x2 | system_account
48: en / FortiGate SSL-VPN tunnel-up (key=value) -- IP_ADDRESS(remip), IP_ADDRESS(tunnelip), PERSON(user) | serial_number, epoch_ts, system_account(vd root)
49: en / Cisco ASA AAA 113004 / 113005 (ASA masks rejected user names) -- PERSON OR IP_ADDRESS(user IP) | server_ip OR masked, server_ip
50: en / Java stack trace with Oracle thin JDBC URL -- CREDENTIAL(password part) | system_account, server_ip, port
51: en / connection-string leak (postgres / mongodb+srv / amqp), percent-encoded passwords -- CREDENTIAL(URL password part) | system_account, server_ip, port
52: en / nginx access log, supplier portal query string -- IP_ADDRESS(client), EMAIL_ADDRESS(percent-encoded), PHONE_NUMBER | server_ip(upstream), port
53: en / Tomcat AccessLogValve with %u and Cookie header -- IP_ADDRESS, PERSON(remote user), CREDENTIAL(JSESSIONID), CREDENTIAL(XSRF) | work_order
54: en / Spring CommonsRequestLoggingFilter with Bearer JWT -- IP_ADDRESS(client), CREDENTIAL(JWT) | gln, epoch_ts, uuid
55: en / ANSI X12 850 purchase order dump (one line, ~ terminators) -- PERSON(upper), PHONE_NUMBER, EMAIL_ADDRESS(upper) | control_number, po_number
56: en / UN/EDIFACT ORDERS (release char ? escaping) -- PERSON(EDIFACT-escaped), PHONE_NUMBER(00 prefix), EMAIL_ADDRESS | interchange_ref, po_number, gln
57: en / Postfix smtp delivery to a person / qmgr from a role mailbox -- EMAIL_ADDRESS OR - | queue_id, server_ip(relay), port OR queue_id, role_mailbox
58: en / ServiceNow incident, pipe-delimited export -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | case_number, place
59: en / Zendesk ticket received via a role mailbox -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER(national) | case_number, role_mailbox
60: en / password-reset tool audit (key=value) -- PERSON(agent login), PERSON(target login), CREDENTIAL(temp password) | case_number
61: en / Lenel OnGuard access event via syslog -- PERSON | badge_id, company
62: en / visitor kiosk, Node pino JSON (raw UTF-8 names) -- PERSON(visitor), PERSON(host), PHONE_NUMBER | epoch_ts
63: en / quality NCR opened (supplier contact) -- PERSON, PERSON, EMAIL_ADDRESS, PHONE_NUMBER | case_number, part_number, batch_lot
64: en / 21 CFR Part 11 audit trail e-signature -- PERSON(surname after Dr.), IP_ADDRESS(workstation) | batch_lot
65: en / auditor visitor pre-registration -- PERSON(surname after Ms./Mr.), PASSPORT, PERSON(host) | flight_number, extension, public_figure
66: en / yard management check-in (US plant) -- PERSON(driver), LICENSE_PLATE(US), PHONE_NUMBER(national) | asset_id, appointment_id
67: en / ANPR camera at UK plant gate -- LICENSE_PLATE(GB), PERSON | booking_id, place(district)
68: en / contractor permit-to-work (hot work) -- PERSON, PHONE_NUMBER, PERSON, PERSON(surname after Mr.) | permit_number
69: en / SEPA credit transfer queue (German plant payroll) -- PERSON, IBAN_CODE | message_id, end_to_end_id, amount
70: en / ISO 20022 pain.001 fragment (XML-escaped names) -- PERSON(XML-escaped), IBAN_CODE | end_to_end_id, amount
71: en / ADP payroll export CSV row -- PERSON("Last, First"), US_SSN | employee_id, masked(account), amount
72: en / Workday EIB load error (hire) -- PERSON("Last, First"), US_SSN | employee_id
73: en / Concur expense import with corporate card -- PERSON, CREDIT_CARD, EMAIL_ADDRESS(approver) | report_id, company(Hilton/Marriott), amount
74: en / TMC travel booking (GDS SURNAME/FIRST format) -- PERSON(GDS name), PASSPORT | booking_ref, flight_number
75: en / deploy pipeline, NO spans -- - | version, image_digest, system_account OR commit_hash
76: en / Mosquitto MQTT broker connect -- IP_ADDRESS(client) | epoch_ts, port, system_account
77: en / service-account JSON dumped into config log (private key body with \n escapes) -- CREDENTIAL(private key body) | key_id, system_account
78: en / IIS W3C log, credentials in query string -- PERSON(login), CREDENTIAL(percent-encoded), IP_ADDRESS(c-ip) | server_ip(s-ip), port
79: en / forklift impact telemetry JSON (Australian plant) -- PERSON | asset_id, badge_id, place(site)
80: en / Elastic ECS JSON, supplier portal login -- EMAIL_ADDRESS(user.name), IP_ADDRESS(source) | uuid
81: en / SOC alert: impossible travel, session revoked -- EMAIL_ADDRESS(UPN), IP_ADDRESS, IP_ADDRESS, PERSON(analyst) | -
82: en / supplier audit summary, NO spans (brand, room named after public figure) -- - | case_number, company, public_figure
83: en / cloud SDK / API key leaks (AWS, Aliyun OSS, Stripe, Google, GitHub, Slack) -- CREDENTIAL x1-2 | case_number (OSS variant)
84: en / OSHA incident log (DOB/age/gender unlabelled) -- PERSON | case_number, asset_id, place(hospital)
85: en / Apache httpd error log (PHP session id in referer) -- IP_ADDRESS(client), CREDENTIAL(sid) | port
86: en / LDAP bind failure (AD data 52e) -- PERSON(in DN), IP_ADDRESS(client) | -
87: en / B2B marketplace order shipment (Luhn-valid 16-digit order id) -- PERSON, EMAIL_ADDRESS | order_id(16-digit Luhn), masked(card), waybill
"""

import base64
import calendar
import datetime as _dt
import html
import ipaddress
import json
import random
import re
import unicodedata
import uuid
from collections import Counter
from urllib.parse import quote, quote_plus, unquote

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
         "US_SSN", "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS",
         "CREDENTIAL")
LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE",
           "fr_FR", "es_ES")
WEST_LOCALES = ("en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
MAX_SPANS, MAX_DECOYS, CLEAN_RATE = 4, 3, 0.10

# ----------------------------------------------------------------- reference data
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "公孙",
                     "夏侯", "尉迟", "长孙", "宇文", "司徒", "端木", "澹台", "南宫", "呼延"]
RARE_SURNAMES = ["禤", "亓", "覃", "佘", "靳", "逯", "缑", "濮", "雒", "冼", "阚", "邝", "乜",
                 "蒯", "訾", "郗", "仉", "鄢", "闫", "钮", "庹", "笪", "晏", "芮"]
UYGHUR_M = ["买买提", "艾力", "阿不都", "艾尔肯", "帕尔哈提", "努尔兰", "吐尔逊", "玉素甫"]
UYGHUR_F = ["阿依古丽", "古丽娜尔", "热依拉", "米日古丽", "帕提古丽", "阿尔孜古丽"]
UYGHUR_FATHER = ["艾力", "吐尔逊", "买买提", "阿不都热依木", "托合提", "玉素甫", "司马义"]
TIBETAN_A = ["扎西", "次仁", "格桑", "洛桑", "丹增", "平措", "尼玛", "达瓦", "索朗"]
TIBETAN_B = ["多吉", "卓玛", "拉姆", "顿珠", "央金", "旺堆", "措姆", "曲珍"]
MONGOL = ["巴特尔", "其其格", "乌兰图雅", "孟和", "苏和巴特", "敖登格日乐", "那日苏", "额尔敦"]
YI_A = ["吉克", "阿苏", "沙马", "阿西", "曲比"]
YI_B = ["阿呷", "拉则", "木呷", "日哈", "阿依"]
APOS_SURNAMES = ["O'Neil", "O'Connor", "O'Brien", "D'Souza", "O'Sullivan", "D'Angelo"]
PY_SUR = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
          "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie",
          "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "pan",
          "yuan", "cai", "jiang", "du", "ye", "cheng", "su", "lu", "ding", "shen", "yao",
          "qian", "ouyang", "sima", "zhuge", "shangguan", "qin", "xian"]
PY_GIV = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong",
          "yan", "jie", "tao", "ming", "chao", "xiuying", "guiying", "hui", "bo", "hao", "yu",
          "xin", "ting", "lin", "xiaoming", "jianguo", "haiyan", "zhiqiang", "lijun", "dan",
          "peng", "fei", "xue", "kai", "rui", "mengyao", "zihan", "yuxuan"]
SYSTEM_ACCOUNTS = {"root", "admin", "administrator", "sa", "svc-mes", "svc-backup",
                   "svc-kepware", "svc-mqtt", "svc-jenkins", "svc-edi", "sapadm", "DDIC",
                   "SAP*", "RFC_EDI", "BATCH_MM", "mes_rpt", "wms_app", "telematics",
                   "operator01", "ci-bot", "oracle", "postgres", "guest", "scada"}
CN_AREAS = ["110101", "110105", "110108", "120104", "130102", "130603", "310101",
            "310104", "310112", "310115", "320102", "320106", "320205", "320211",
            "320503", "320505", "320506", "320583", "330102", "330106", "330203",
            "330382", "340104", "350102", "350203", "360102", "370102", "370202",
            "370212", "410105", "420102", "420111", "430104", "440103", "440106",
            "440305", "440306", "441900", "442000", "450102", "500103", "510104",
            "510107", "520102", "530102", "610113", "620102", "650102", "640104"]
CN_PROV_PLATE = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PHONE_REGIONS = ["CN", "US", "GB", "DE", "FR", "ES", "AU", "IN", "MX", "JP", "KR", "SG",
                 "HK", "TW", "IT", "NL", "PL", "CZ", "SE", "TR", "ZA", "AE", "BR", "TH",
                 "VN", "MY", "CA"]
CN_LANDLINE_AREAS = [("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8),
                     ("025", 8), ("027", 8), ("028", 8), ("029", 8), ("0512", 8),
                     ("0755", 8), ("0757", 8), ("0769", 8), ("0571", 8), ("0574", 8),
                     ("0532", 8), ("0531", 8), ("0371", 8), ("0551", 8), ("0591", 8),
                     ("0592", 7), ("0731", 8), ("0771", 7), ("0871", 8), ("0991", 7),
                     ("0510", 8), ("0519", 8)]
IBAN_SPECS = {  # country: (total length, BBAN pattern; n=digit a=upper c=alnum)
    "DE": (22, "n" * 18), "GB": (22, "aaaa" + "n" * 14), "FR": (27, "n" * 23),
    "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 10 + "n" * 12), "NL": (18, "aaaa" + "n" * 10),
    "BE": (16, "n" * 12), "AT": (20, "n" * 16), "CH": (21, "n" * 17), "PL": (28, "n" * 24),
    "SE": (24, "n" * 20), "CZ": (24, "n" * 20), "IE": (22, "aaaa" + "n" * 14),
    "PT": (25, "n" * 21), "HU": (28, "n" * 24), "DK": (18, "n" * 14)}
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB", "SRLG"]
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB"]
IE_BANKS = ["AIBK", "BOFI"]
PERSON_BRANDS_EN = ["Bosch Rexroth", "Siemens", "Porsche", "Michelin", "Liebherr",
                    "Dyson", "Philips", "Schaeffler", "John Deere", "Hewlett-Packard"]
PERSON_BRANDS_ZH = ["张小泉", "王老吉", "李宁", "陈李济", "王守义", "马应龙", "谭木匠"]
PUBLIC_FIG_EN = ["Edison", "Newton", "Einstein", "Marie Curie", "Ada Lovelace", "Faraday",
                 "Da Vinci", "Sherlock Holmes", "Archimedes", "Galileo"]
PUBLIC_FIG_ZH = ["鲁班", "雷锋", "孔子", "诸葛亮", "孙悟空", "花木兰", "李白", "詹天佑"]
PLACES_ZH = ["中山路", "人民路", "星湖街", "苏州工业园区", "浦东新区", "西湖", "拙政园",
             "南山区", "虹桥枢纽", "金鸡湖", "观前街", "滨江大道"]
HOSPITALS_ZH = ["苏州大学附属第一医院", "北京协和医院", "华山医院", "中山大学附属第一医院"]
SCHOOLS_ZH = ["新疆大学", "苏州技师学院", "西北工业大学", "华中科技大学", "四川大学"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_LOALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"


# ----------------------------------------------------------------- line parts
def S(value, typ, enc=None):
    """A planted PII span."""
    assert typ in TYPES, typ
    return ("s", value, typ, enc)


def D(value, kind, enc=None):
    """A decoy: looks like PII (or is near it) but must not be redacted."""
    return ("d", value, kind, enc)


def _enc(v, enc):
    if not enc:
        return v
    if enc == "json":
        return json.dumps(v, ensure_ascii=False)[1:-1]
    if enc == "u":
        return json.dumps(v)[1:-1]
    if enc == "pct":
        return quote(v, safe="")
    if enc == "pctp":
        return quote_plus(v, safe="")
    if enc == "xml":
        return html.escape(v, quote=True).replace("&#x27;", "&apos;")
    if enc == "csv":
        return v.replace('"', '""')
    if enc == "edi":
        return re.sub(r"([?'+:])", r"?\1", v)
    raise ValueError(enc)


def _norm(s, typ=None):
    """Undo the printing (JSON/\\u escapes, percent-encoding, XML entities, EDIFACT ?)."""
    t = s
    if "\\" in t:
        try:
            t = json.loads('"' + t + '"')
        except ValueError:
            pass
    if re.search(r"%[0-9A-Fa-f]{2}", t):
        t = unquote(t)
        if typ == "PERSON":
            t = t.replace("+", " ")
    if "&" in t and ";" in t:
        t = html.unescape(t)
    if typ in ("PERSON", None) and "?" in t:
        t = re.sub(r"\?([?'+:])", r"\1", t)
    return t


# ----------------------------------------------------------------- checksums / validity
def _luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def _luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if _luhn_ok(body + c):
            return body + c
    raise AssertionError


_GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _gb11643(first17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(first17, _GB_W)) % 11]


def _iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    spec = IBAN_SPECS.get(s[:2])
    if spec and len(s) != spec[0]:
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _phone_ok(v):
    if re.search(r"[A-Za-z]", v):
        return False
    digits = re.sub(r"\D", "", v)
    if not 7 <= len(digits) <= 15:
        return False
    s = v.strip()
    if s.startswith("(+"):
        s = "+" + s[2:].replace(")", " ", 1)
    if s.startswith("00"):
        s = "+" + s[2:]
    try:
        if s.startswith("+"):
            return phonenumbers.is_valid_number(phonenumbers.parse(s, None))
    except phonenumbers.NumberParseException:
        return False
    for reg in PHONE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(s, reg)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _cn_id_ok(v):
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    try:
        _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return _gb11643(v[:17]) == v[17]


def _ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


_PASSPORT_RES = [r"[EG]\d{8}", r"E[A-HJ-NP-Z]\d{7}", r"\d{9}", r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}",
                 r"[A-Z]\d{7}", r"\d{2}[A-Z]{2}\d{5}", r"[A-Z]{3}\d{6}", r"[A-Z]{1,2}\d{7}"]
_PLATE_RES = [
    "[" + CN_PROV_PLATE + "][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{4,6}[挂学警]?",
    r"[A-Z]{2}\d{2} ?[A-Z]{3}",                      # GB
    r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?\d{1,4}[EH]?",   # DE
    r"[A-Z]{2}-\d{3}-[A-Z]{2}",                      # FR
    r"\d{4} ?[B-DF-HJ-NP-TV-Z]{3}",                  # ES
    r"[A-Z]{2} ?\d{2} ?[A-Z]{1,2} ?\d{4}",           # IN
    r"(?=.*\d)(?=.*[A-Z])[A-Z0-9]{1,4}[- ]?[A-Z0-9]{2,4}",  # US / AU
]


def _value_ok(typ, raw):
    v = _norm(raw, typ)
    if typ == "CREDENTIAL":
        return len(v) >= 6 and not re.search(r"\s", raw)
    if not v or v != v.strip() or "\n" in v:
        return False
    if typ == "PERSON":
        if "@" in v or v in SYSTEM_ACCOUNTS or len(v) > 60:
            return False
        if re.search(r"\d", v):
            return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9._\-]*", v))
        return bool(re.search(r"[^\W\d_]", v))
    if typ == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", v))
    if typ == "PHONE_NUMBER":
        return _phone_ok(v)
    if typ == "CREDIT_CARD":
        if not re.fullmatch(r"\d[\d -]{11,22}\d", v):
            return False
        d = re.sub(r"\D", "", v)
        return 13 <= len(d) <= 19 and _luhn_ok(d) and d[0] in "23456"
    if typ == "IBAN_CODE":
        return _iban_ok(v)
    if typ == "US_SSN":
        return _ssn_ok(v)
    if typ == "CN_RESIDENT_ID":
        return _cn_id_ok(v)
    if typ == "PASSPORT":
        return any(re.fullmatch(p, v) for p in _PASSPORT_RES)
    if typ == "LICENSE_PLATE":
        return any(re.fullmatch(p, v) for p in _PLATE_RES)
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "CREDENTIAL":
        return len(v) >= 6 and not re.search(r"\s", raw)
    return False


def _decoy_ok(kind, raw):
    v = _norm(raw)
    if not v or "\n" in raw:
        return False
    if kind == "masked":
        return v == "-" or bool(re.search(r"\*|[xX]{2}|x\.x|REDACTED|FILTERED|hidden|masked|redacted", v))
    if kind == "server_ip":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if kind == "role_mailbox":
        return "@" in v
    if kind == "uuid":
        try:
            uuid.UUID(v)
            return True
        except ValueError:
            return False
    if kind == "port":
        return v.isdigit() and 0 < int(v) < 65536
    if kind == "image_digest":
        return bool(re.fullmatch(r"sha256:[0-9a-f]{64}", v))
    if kind in ("commit_hash", "trace_id"):
        return bool(re.fullmatch(r"[0-9a-f]{7,40}", v))
    if kind == "epoch_ts":
        return v.isdigit() and len(v) in (10, 13, 16, 19)
    return True


# ----------------------------------------------------------------- timestamp formats
def ts_syslog(d):
    return f"{MONTHS[d.month - 1]} {d.day:2d} {d:%H:%M:%S}"


def ts_clf(d, tz="+0800"):
    return f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year}:{d:%H:%M:%S} {tz}"


def ts_java(d, sep="."):
    return f"{d:%Y-%m-%d %H:%M:%S}{sep}{d.microsecond // 1000:03d}"


def ts_iso(d, tz="+08:00", frac=3):
    f = f".{d.microsecond:06d}"[: frac + 1] if frac else ""
    return f"{d:%Y-%m-%dT%H:%M:%S}{f}{tz}"


def ts_us(d):
    h = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {h}:{d:%M:%S} {'AM' if d.hour < 12 else 'PM'}"


def ts_ctime(d):
    return f"{WDAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:02d} {d:%H:%M:%S} {d.year}"


def epoch(d, tz_hours=8):
    return calendar.timegm(d.timetuple()) - tz_hours * 3600


def _ascii(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum()))


# ----------------------------------------------------------------- value generators
class G:
    """Per-call generator context; everything is driven by one random.Random."""

    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f

    # basics
    def ri(self, a, b):
        return self.r.randint(a, b)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digs(self, n):
        return self.s("0123456789", n)

    def hexs(self, n, upper=False):
        h = self.s(_HEX, n)
        return h.upper() if upper else h

    def dt(self):
        base = _dt.datetime(2026, 11, 1)
        return base + _dt.timedelta(seconds=self.ri(0, 61 * 86400 - 1),
                                    microseconds=self.ri(0, 999999))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    # ---- persons
    def zh_given(self):
        return self.fk["zh_CN"].first_name()

    def zh_name(self, mix=True):
        if not mix:
            return self.fk["zh_CN"].name()
        x = self.r.random()
        if x < 0.60:
            return self.fk["zh_CN"].name()
        if x < 0.70:
            return self.fk["zh_TW"].name()
        if x < 0.82:
            return self.ch(COMPOUND_SURNAMES) + self.zh_given()
        if x < 0.92:
            return self.ch(RARE_SURNAMES) + self.zh_given()
        return self.minority_name()

    def minority_name(self):
        k = self.ri(0, 4)
        if k == 0:
            return self.ch(UYGHUR_M) + "·" + self.ch(UYGHUR_FATHER)
        if k == 1:
            return self.ch(UYGHUR_F) + "·" + self.ch(UYGHUR_FATHER)
        if k == 2:
            return self.ch(TIBETAN_A) + self.ch(TIBETAN_B)
        if k == 3:
            return self.ch(MONGOL)
        return self.ch(YI_A) + self.ch(YI_B)

    def zh_surname(self):
        x = self.r.random()
        if x < 0.10:
            return self.ch(COMPOUND_SURNAMES)
        if x < 0.20:
            return self.ch(RARE_SURNAMES)
        return self.fk["zh_CN"].last_name()

    def west_loc(self):
        return self.ch(WEST_LOCALES)

    def en_first(self, loc=None):
        return self.fk[loc or self.west_loc()].first_name()

    def en_last(self, loc=None):
        if self.p(0.04):
            return self.ch(APOS_SURNAMES)
        return self.fk[loc or self.west_loc()].last_name()

    def en_name(self, loc=None):
        loc = loc or self.west_loc()
        return f"{self.en_first(loc)} {self.en_last(loc)}"

    def login(self, zh=None, name=None):
        """Person-looking login: jsmith, zhang.wei, wangfang88, m.garcia ..."""
        if zh is None:
            zh = self.p(0.5)
        for _ in range(20):
            if zh:
                a, b = self.ch(PY_SUR), self.ch(PY_GIV)
                k = self.ri(0, 6)
                v = [f"{a}.{b}", f"{a}{b}", f"{a}{b}{self.ri(1, 99):02d}", f"{b[0]}{a}",
                     f"{a}_{b}", f"{b}.{a}", f"{a}{b}{self.ri(80, 99)}"][k]
            else:
                if name:
                    f, l = name.split(" ", 1)
                else:
                    loc = self.west_loc()
                    f, l = self.fk[loc].first_name(), self.fk[loc].last_name()
                f, l = _ascii(f).lower(), _ascii(l).lower()
                if not f or not l:
                    continue
                k = self.ri(0, 5)
                v = [f"{f[0]}{l}", f"{f}.{l}", f"{l}{f[0]}", f"{f[0]}.{l}", f"{f}{l[0]}",
                     f"{f[0]}{l}{self.ri(1, 9)}"][k]
            if v not in SYSTEM_ACCOUNTS and len(v) >= 4:
                return v
        return "zhang.wei"

    # ---- phones
    def cn_mobile_digits(self):
        pre = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
               "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176",
               "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
               "191", "193", "195", "198", "199"]
        while True:
            n = self.ch(pre) + self.digs(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")):
                return n

    def cn_mobile(self, style=None):
        n = self.cn_mobile_digits()
        style = style or self.ch(["plain"] * 5 + ["sp", "dash", "+86", "+86c", "+86d", "0086", "(+86)"])
        out = {"plain": n, "sp": f"{n[:3]} {n[3:7]} {n[7:]}", "dash": f"{n[:3]}-{n[3:7]}-{n[7:]}",
               "+86": f"+86 {n[:3]} {n[3:7]} {n[7:]}", "+86c": f"+86{n}",
               "+86d": f"+86-{n[:3]}-{n[3:7]}-{n[7:]}", "0086": f"0086 {n}",
               "(+86)": f"(+86){n}"}[style]
        assert _phone_ok(out), out
        return out

    def cn_landline(self):
        while True:
            area, ln = self.ch(CN_LANDLINE_AREAS)
            sub = str(self.ri(2, 8)) + self.digs(ln - 1)
            k = self.ri(0, 4)
            h = ln // 2
            out = [f"{area}-{sub}", f"({area}) {sub[:h]} {sub[h:]}", f"{area} {sub[:h]} {sub[h:]}",
                   f"+86 {area[1:]} {sub[:h]} {sub[h:]}", f"{area}-{sub[:h]} {sub[h:]}"][k]
            if _phone_ok(out):
                return out

    def intl_phone(self, region=None, style="intl", mobile=None):
        for _ in range(200):
            reg = region or self.ch(PHONE_REGIONS[1:])
            if reg in ("US", "CA"):
                area = self.ch(["905", "416", "604", "514", "403"] if reg == "CA" else
                               ["212", "312", "415", "614", "216", "513", "419", "937", "313", "559",
                                "713", "404", "248", "734", "330", "440", "606"])
                ex = phonenumbers.example_number_for_type(reg, PNT.FIXED_LINE)
                nsn = area + str(self.ri(201, 989)) + self.digs(4)
            else:
                typ = PNT.MOBILE if (mobile if mobile is not None else self.p(0.6)) else PNT.FIXED_LINE
                ex = phonenumbers.example_number_for_type(reg, typ)
                if ex is None:
                    continue
                nsn = phonenumbers.national_significant_number(ex)
                k = self.ri(3, max(3, len(nsn) - 3))
                nsn = nsn[:-k] + self.digs(k)
            try:
                num = phonenumbers.parse("+" + str(ex.country_code) + nsn, None)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num):
                continue
            if style == "intl":
                out = phonenumbers.format_number(num, PNF.INTERNATIONAL)
            elif style == "e164":
                out = phonenumbers.format_number(num, PNF.E164)
            elif style == "00":
                out = "00" + phonenumbers.format_number(num, PNF.E164)[1:]
            elif style == "nat":
                out = phonenumbers.format_number(num, PNF.NATIONAL)
            elif style == "digits":
                out = re.sub(r"\D", "", phonenumbers.format_number(num, PNF.NATIONAL))
            else:
                raise ValueError(style)
            if _phone_ok(out):
                return out
        raise AssertionError("no phone")

    def any_cn_phone(self):
        return self.cn_mobile() if self.p(0.8) else self.cn_landline()

    # ---- cards / bank
    def card(self, brand=None, fmt=None):
        brand = brand or self.ch(["visa", "mc", "amex", "up"])
        if brand == "visa":
            n = _luhn_complete("4" + self.digs(5), 16, self.r)
        elif brand == "mc":
            pre = str(self.ri(51, 55)) if self.p(0.7) else str(self.ri(2221, 2720))
            n = _luhn_complete(pre, 16, self.r)
        elif brand == "amex":
            n = _luhn_complete(self.ch(["34", "37"]), 15, self.r)
        else:
            pre = self.ch(["622202", "621700", "622848", "621483", "622588", "621226",
                           "622700", "623058", "621661", "622262", "625906", "622609"])
            n = _luhn_complete(pre, self.ch([16, 16, 19]), self.r)
        fmt = fmt or self.ch(["plain", "plain", "space", "dash"])
        if fmt == "plain":
            return n
        sep = " " if fmt == "space" else "-"
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, len(n), 4))

    def iban(self, cc=None, grouped=None):
        cc = cc or self.ch(list(IBAN_SPECS))
        _, pat = IBAN_SPECS[cc]
        bban = []
        for i, c in enumerate(pat):
            if c == "n":
                bban.append(self.ch("0123456789"))
            elif c == "a":
                bban.append(self.ch(PLATE_LETTERS))
            else:
                bban.append(self.ch(_UPALNUM))
        bban = "".join(bban)
        if cc == "GB":
            bban = self.ch(GB_BANKS) + bban[4:]
        elif cc == "NL":
            bban = self.ch(NL_BANKS) + bban[4:]
        elif cc == "IE":
            bban = self.ch(IE_BANKS) + bban[4:]
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        iban = f"{cc}{98 - int(num) % 97:02d}{bban}"
        assert _iban_ok(iban)
        if grouped is None:
            grouped = self.p(0.4)
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    # ---- national ids
    def cn_id(self):
        area = self.ch(CN_AREAS)
        d = _dt.date(1962, 1, 1) + _dt.timedelta(days=self.ri(0, 15500))
        body = f"{area}{d:%Y%m%d}{self.digs(3)}"
        return body + _gb11643(body)

    def ssn(self, fmt="dash"):
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        a, g, s = f"{a:03d}", f"{self.ri(1, 99):02d}", f"{self.ri(1, 9999):04d}"
        return {"dash": f"{a}-{g}-{s}", "plain": f"{a}{g}{s}", "space": f"{a} {g} {s}"}[fmt]

    def passport(self, country=None):
        c = country or self.ch(["CN", "US", "GB", "DE", "IN", "FR", "ES", "AU"])
        if c == "CN":
            return self.ch(["E", "E", "G"]) + self.digs(8) if self.p(0.6) else "E" + self.ch(PLATE_LETTERS.replace("I", "").replace("O", "")) + self.digs(7)
        if c in ("US", "GB", "TW"):
            return str(self.ri(1, 9)) + self.digs(8)
        if c == "DE":
            return self.ch("CFGHJK") + self.s("CFGHJKLMNPRTVWXYZ0123456789", 8)
        if c == "IN":
            return self.ch("JKLMNPRSTUVWZ") + str(self.ri(1, 9)) + self.digs(6)
        if c == "FR":
            return self.digs(2) + self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.digs(5)
        if c == "ES":
            return self.s("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + self.digs(6)
        if c == "AU":
            return self.ch(["N", "P", "PA", "PB", "E"]) + self.digs(7)
        raise ValueError(c)

    def cn_plate(self, kind=None):
        kind = kind or self.ch(["std", "std", "std", "ne", "trailer"])
        prov = self.ch(CN_PROV_PLATE)
        city = self.ch(PLATE_LETTERS[:12])
        sep = self.ch(["·", "", "", " "])
        if kind == "ne":
            tail = self.ch("DF") + self.s(PLATE_LETTERS + "0123456789", 1) + self.digs(4)
        elif kind == "trailer":
            tail = self.digs(4) + "挂"
        else:
            while True:
                tail = self.s("0123456789" * 3 + PLATE_LETTERS, 5)
                if sum(c.isalpha() for c in tail) <= 2:
                    break
        return f"{prov}{city}{sep}{tail}"

    def plate(self, country):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if country == "CN":
            return self.cn_plate()
        if country == "GB":
            return self.s(L, 2) + self.ch(["19", "69", "20", "70", "21", "71", "22", "72", "23", "73"]) + " " + self.s("ABCDEFGHJKLMNOPRSTUVWXYZ", 3)
        if country == "US":
            k = self.ri(0, 2)
            if k == 0:
                return str(self.ri(4, 9)) + self.s(L, 3) + self.digs(3)       # CA
            if k == 1:
                return self.s(L, 3) + "-" + self.digs(4)                      # NY / TX
            return self.s(L, 3) + " " + self.digs(4)                          # OH
        if country == "DE":
            return self.ch(["M", "L", "B", "S", "HH", "K", "F", "DD", "LEI"]) + "-" + self.s(L, self.ri(1, 2)) + " " + str(self.ri(1, 9999))
        if country == "AU":
            return str(self.ri(1, 9)) + self.s(L, 3) + "-" + self.digs(3)
        raise ValueError(country)

    # ---- network
    def ip_pub(self):
        while True:
            a = self.ri(1, 223)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            return f"{a}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip_priv(self):
        k = self.ri(0, 2)
        if k == 0:
            return f"10.{self.ri(0, 60)}.{self.ri(0, 255)}.{self.ri(2, 254)}"
        if k == 1:
            return f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(2, 254)}"
        return f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}"

    def ip6(self):
        pre = self.ch(["2408:8207", "240e:3b7", "2409:8a1e", "2001:db8", "2a02:8108", "2600:1700"])
        raw = pre + ":" + ":".join(self.hexs(self.ri(1, 4)) for _ in range(6 - pre.count(":") + 1))
        return str(ipaddress.ip_address(raw))

    def ip_client(self, pub=0.35, v6=0.05):
        if self.p(v6):
            return self.ip6()
        return self.ip_pub() if self.p(pub) else self.ip_priv()

    def ip_server(self):
        return self.ip_priv() if self.p(0.85) else self.ip_pub()

    # ---- credentials
    def password(self, avoid=""):
        for _ in range(50):
            k = self.ri(0, 7)
            if k == 0:
                v = self.ch(["Winter", "Summer", "Spring", "Autumn", "Welcome", "Factory", "Hengtai", "Dragon", "Sunshine", "Monday"]) + str(self.ri(2019, 2027)) + self.ch("!@#$*.?")
            elif k == 1:
                v = self.s(_ALNUM + "!@#$%^&*_-+=.", self.ri(12, 18))
            elif k == 2:
                v = self.s("abcdefghijklmnopqrstuvwxyz", 3) + "@" + self.digs(6)
            elif k == 3:
                v = self.ch(PY_SUR) + self.ch(PY_GIV) + self.ch(["@", "#", ""]) + str(self.ri(1970, 2005))
            elif k == 4:
                v = self.ch(["P@ssw0rd", "Passw0rd", "Qwer1234", "Zz@", "Ht#"]) + self.digs(self.ri(2, 6)) + self.ch(["!", "", "#"])
            elif k == 5:
                v = self.s(_ALNUM, self.ri(10, 14)) + self.ch("!#$%&*")
            elif k == 6:
                v = "Tmp#" + self.digs(4) + self.s("abcdefghjkmnpqrstuvwxyz", 2)
            else:
                v = self.ch(["Mes", "Sap", "Wms", "Scada", "Plc"]) + "_" + self.s(_ALNUM, 6) + str(self.ri(10, 99)) + "!"
            if len(v) >= 6 and not any(c in v for c in avoid + " \"'\\"):
                return v
        return "Xk7" + self.s(_ALNUM, 9)

    def jwt(self, sub=None):
        hdr = {"alg": self.ch(["HS256", "RS256", "HS512"]), "typ": "JWT"}
        iat = self.ri(1795000000, 1798000000)
        pl = {"sub": sub or self.digs(6), "iat": iat, "exp": iat + self.ch([900, 3600, 7200, 28800]),
              "iss": self.ch(["https://sso.hengtai-mfg.com", "mes-auth", "edi-gateway", "srm"])}
        if self.p(0.4):
            pl["scope"] = self.ch(["mes.read mes.write", "edi", "openid profile"])

        def b64u(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.s(_B64U, 43 if hdr["alg"] == "HS256" else (86 if hdr["alg"] == "HS512" else 342))
        return f"{b64u(hdr)}.{b64u(pl)}.{sig}"

    def aws_ak(self):
        return self.ch(["AKIA", "AKIA", "ASIA"]) + self.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_sk(self):
        return self.s(_ALNUM + "+/", 40)

    def privkey_body(self, esc_nl=True):
        n = self.ri(3, 6)
        lines = ["MIIEv" + self.ch(["QIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", "gIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"]) + self.s(_B64, 15)]
        lines += [self.s(_B64, 64) for _ in range(n)]
        lines.append(self.s(_B64, self.ri(8, 60)) + self.ch(["", "=", "=="]))
        return ("\\n" if esc_nl else "").join(lines)

    # ---- decoy generators
    def wo(self):
        d = self.dt()
        k = self.ri(0, 2)
        return [f"WO{d:%Y%m%d}{self.digs(4)}", f"WO-{d:%y%m}{self.digs(2)}", f"1000{self.digs(6)}"][k]

    def emp_id(self):
        return self.ch([f"HT{self.digs(5)}", f"A{self.digs(5)}", self.digs(6), f"E{self.ri(100000, 199999)}"])

    def amount(self, cur=None, zh=False):
        v = self.r.choice([self.ri(10, 999) + self.ri(0, 99) / 100, self.ri(1000, 99999) + self.ri(0, 99) / 100,
                           float(self.ri(100, 999) * 1000)])
        s = f"{v:,.2f}"
        if zh:
            return self.ch(["¥", "￥", ""]) + s
        return s

    def waybill(self):
        return self.ch([f"SF{self.digs(12)}", f"YT{self.digs(13)}", f"78{self.digs(12)}",
                        f"JDV{self.digs(12)}", f"4{self.digs(11)}"])

    def train(self):
        return self.ch("GGGDDCKTZ") + str(self.ri(1, 9999 if self.p(0.5) else 999))

    def flight(self):
        return self.ch(["CA", "MU", "CZ", "LH", "UA", "BA", "AF", "EK", "SQ", "QF", "AI", "HO"]) + self.ch([" ", ""]) + str(self.ri(100, 9899))

    def order_luhn16(self):
        return _luhn_complete(self.ch(["2026", "8800", "6000", "3100"]), 16, self.r)


# ----------------------------------------------------------------- masking for clean lines
def _mask(v, typ, g):
    r = g.r
    if typ == "CREDENTIAL":
        return r.choice(["******", "********", "[REDACTED]", "<redacted>", "***", "[FILTERED]",
                         "<hidden>", "**********"])
    if typ == "PERSON":
        if re.search(r"[\u4e00-\u9fff]", v):
            return r.choice([v[0] + "*" * max(1, len(v) - 1), "*" * len(v), "*" + v[-1] if len(v) > 1 else "*"])
        return r.choice([v[0] + "***", "[REDACTED]", "***", "<name>*"])
    if typ == "EMAIL_ADDRESS":
        loc, _, dom = v.partition("@")
        return r.choice([loc[0] + "***@" + dom, "***@" + dom, "[email redacted]"])
    if typ in ("PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "CN_RESIDENT_ID"):
        idx = [i for i, c in enumerate(v) if c.isdigit() or c == "X"]
        keep_head = {"PHONE_NUMBER": 3, "CREDIT_CARD": r.choice([0, 6]), "US_SSN": 0,
                     "CN_RESIDENT_ID": r.choice([3, 6])}[typ]
        if typ == "PHONE_NUMBER" and v.startswith(("+", "00", "(+")):
            keep_head = min(len(idx) - 5, 5)
        hide = set(idx[keep_head:len(idx) - 4])
        mc = "*" if r.random() < 0.8 else "X"
        return "".join(mc if i in hide else c for i, c in enumerate(v))
    if typ == "IBAN_CODE":
        idx = [i for i, c in enumerate(v) if c != " "]
        hide = set(idx[4:len(idx) - 4])
        return "".join("*" if i in hide else c for i, c in enumerate(v))
    if typ == "PASSPORT":
        return v[0] + "*" * (len(v) - 4) + v[-3:]
    if typ == "LICENSE_PLATE":
        return v[:2] + "***" + v[-2:]
    if typ == "IP_ADDRESS":
        if ":" in v:
            return v.split(":")[0] + ":****:****"
        a = v.split(".")
        return r.choice([f"{a[0]}.{a[1]}.*.*", f"{a[0]}.{a[1]}.{a[2]}.xxx", "x.x.x.x"])
    return "***"


# ----------------------------------------------------------------- templates
TEMPLATES = []


def tpl(lang, system, spans, decoys):
    def deco(f):
        TEMPLATES.append((f, lang, system, spans, decoys))
        return f
    return deco


def uj(s):
    return json.dumps(s)[1:-1]


# ======================= Chinese lines =======================
@tpl("zh", "MES work-order service, Spring Boot console log", "PERSON", "work_order, employee_id")
def t_mes_wo(g):
    d = g.dt()
    line = g.ch(["SMT-01", "SMT-03", "ASSY-L2", "CNC-07", "PRESS-04", "PAINT-02", "WELD-06"])
    act = g.ch(["开工成功", "报工完成", "暂停(待料)", "首件确认通过"])
    logger = "c.h.mes.wo.service.WorkOrderServiceImpl".ljust(40)
    return [f"{ts_java(d)}  INFO {g.ri(1000, 39999)} --- [nio-8080-exec-{g.ri(1, 200)}] {logger} : 工单[",
            D(g.wo(), "work_order"), f"]{act}, 产线={line}, 操作员=", S(g.zh_name(), "PERSON"),
            "(工号:", D(g.emp_id(), "employee_id"), f"), 计划数量={g.ri(100, 5000)}"]


@tpl("zh", "MES terminal login, log4j2 with MDC", "PERSON(login), PERSON, IP_ADDRESS(workstation), CREDENTIAL(session)", "trace_id")
def t_mes_login(g):
    d = g.dt()
    return [f"[{ts_java(d, ',')}][INFO ][mes-auth-svc][traceId=", D(g.hexs(32), "trace_id"),
            f"] c.h.mes.auth.LoginController - 终端[HMI-L{g.ri(1, 6)}-{g.ri(1, 20):02d}]用户登录成功: account=",
            S(g.login(zh=True), "PERSON"), ", name=", S(g.zh_name(), "PERSON"), ", clientIp=",
            S(g.ip_priv(), "IP_ADDRESS"), ", sessionId=", S(g.hexs(32, upper=True), "CREDENTIAL")]


@tpl("zh", "SCADA alarm journal (WinCC Chinese UI export)", "PERSON(surname+title)", "alarm_number")
def t_scada_alarm(g):
    d = g.dt()
    dev, txt = g.ch([("2#注塑机", f"料筒温度超限(实际{g.ri(250, 290)}.{g.ri(0, 9)}℃/设定240.0℃)"),
                     ("空压站1#空压机", f"排气压力低({g.ri(40, 55) / 100:.2f}MPa)"),
                     ("涂装线烘房", "循环风机变频器故障 F0002"),
                     ("冲压线3#压机", "光幕被遮挡 紧急停机"),
                     ("冷却塔", f"出水温度偏离 {g.ri(33, 39)}℃")])
    title = g.ch(["师傅", "工", "班长", "主管", "工程师"])
    cd = d + _dt.timedelta(seconds=g.ri(20, 900))
    return [f"{ts_java(d)} [报警][{g.ch('ABC')}级] 设备={dev} 报警号=", D(str(g.ri(1000, 9999)), "alarm_number"),
            f" 内容={txt} 状态=已确认 确认人=", S(g.zh_surname(), "PERSON"), f"{title} 确认时间={cd:%H:%M:%S}"]


@tpl("zh", "shift handover record (MES 交接班)", "PERSON x2, PERSON(surname+工)", "-")
def t_handover(g):
    d = g.dt()
    shift = g.ch(["白班→中班", "中班→夜班", "夜班→白班", "早班→晚班"])
    ws = g.ch(["冲压二车间", "焊装车间", "总装一车间", "SMT车间", "机加工车间"])
    issue = g.ch(["3#线模具温控报警未闭环", "贴片机吸嘴堵塞待更换", "叉车充电桩B2故障", "AGV导航偏移已停用"])
    return [f"交接班记录 | {d:%Y-%m-%d} {shift} | 车间: {ws} | 交班人: ", S(g.zh_name(), "PERSON"),
            " | 接班人: ", S(g.zh_name(), "PERSON"), f" | 遗留: {issue}, 已通知设备科",
            S(g.zh_surname(), "PERSON"), "工跟进 | 安全: 无事故"]


@tpl("zh", "DingTalk robot webhook call from SCADA notifier (raw or \\u-escaped JSON body)", "CREDENTIAL(access_token), PERSON, PHONE_NUMBER", "-")
def t_dingtalk(g):
    d = g.dt()
    esc = g.p(0.4)
    enc = "u" if esc else "json"
    T = uj if esc else (lambda x: x)
    alarm = g.ch(["空压站 2#空压机 排气压力低 0.52MPa", "配电房 1#变压器 温度高 92℃", "污水站 pH 超标 9.6",
                  "立库堆垛机 S3 货叉故障"])
    return [f"{ts_java(d)} DEBUG [alarm-notify-{g.ri(1, 8)}] c.h.scada.notify.DingTalkRobot - POST https://oapi.dingtalk.com/robot/send?access_token=",
            S(g.hexs(64), "CREDENTIAL"), ' body={"msgtype":"text","text":{"content":"' + T(f"【SCADA告警】{alarm}，值班人员 "),
            S(g.zh_name(), "PERSON", enc), T(" 请尽快处理") + '"},"at":{"atMobiles":["', S(g.cn_mobile_digits(), "PHONE_NUMBER"),
            '"],"isAtAll":false}}']


@tpl("zh", "WMS outbound task dispatch", "PERSON", "task_id, asset_id, bin_location")
def t_wms(g):
    d = g.dt()
    return [f"[WMS][{d:%Y/%m/%d %H:%M:%S}][INFO] 出库任务下发 taskNo=", D(f"OUT{d:%Y%m%d}-{g.digs(4)}", "task_id"),
            " 拣货员=", S(g.zh_name(), "PERSON"), " 叉车=", D(f"FL-{g.ri(1, 30):02d}", "asset_id"),
            " 库位=", D(f"{g.ch('ABCDEF')}-{g.ri(1, 20):02d}-{g.ri(1, 9):02d}-{g.ri(1, 5)}", "bin_location"),
            f" → 月台D{g.ri(1, 8)} 优先级={g.ch(['高', '中', '低'])}"]


@tpl("zh", "forklift telematics collision event, Python json.dumps (\\u-escaped)", "PERSON(\\u-escaped)", "epoch_ts, asset_id, badge_id")
def t_forklift_zh(g):
    d = g.dt()
    area = g.ch(["成品库B区", "原料库A区", "装卸月台", "注塑车间通道"])
    return ['{"ts": ', D(str(epoch(d) * 1000 + d.microsecond // 1000), "epoch_ts"), ', "devId": "',
            D(f"FLT-{g.ch(['SZ', 'HZ', 'KS', 'WX'])}-{g.ri(1, 40):03d}", "asset_id"),
            f'", "event": "COLLISION", "gForce": {g.ri(15, 45) / 10}, "speedKmh": {g.ri(20, 140) / 10}, "driverCard": "',
            D(g.hexs(8, upper=True), "badge_id"), '", "driverName": "', S(g.zh_name(), "PERSON", "u"),
            '", "area": "' + uj(area) + '", "lockout": true}']


@tpl("zh", "factory gate truck entry (门岗系统)", "LICENSE_PLATE, PERSON, PHONE_NUMBER", "waybill, appointment_id")
def t_gate_truck(g):
    d = g.dt()
    return [f"【门岗系统】{d:%Y-%m-%d %H:%M} 车辆入厂 车牌:", S(g.cn_plate(), "LICENSE_PLATE"), " 司机:",
            S(g.zh_name(), "PERSON"), " 电话:", S(g.cn_mobile(), "PHONE_NUMBER"), " 运单号:", D(g.waybill(), "waybill"),
            " 预约号:", D(f"YY{d:%Y%m%d}{g.digs(3)}", "appointment_id"), f" 月台:{g.ri(1, 12)}号"]


@tpl("zh", "visitor registration kiosk", "PERSON, CN_RESIDENT_ID, PHONE_NUMBER, PERSON(surname+经理)", "badge_id")
def t_visitor_zh(g):
    d = g.dt()
    title = g.ch(["经理", "总", "工", "主任", "科长"])
    dept = g.ch(["采购部", "质量部", "设备科", "财务部", "人事行政部"])
    why = g.ch(["供应商来访", "设备验收", "面试", "审核", "送货对账"])
    return [f"访客登记 {d:%Y-%m-%d %H:%M} 姓名:", S(g.zh_name(), "PERSON"), " 证件:身份证 ", S(g.cn_id(), "CN_RESIDENT_ID"),
            " 手机:", S(g.cn_mobile(), "PHONE_NUMBER"), " 被访人:", S(g.zh_surname(), "PERSON"),
            f"{title}({dept}) 事由:{why} 访客卡:", D(f"V-{g.digs(4)}", "badge_id")]


@tpl("zh", "ANPR barrier gate (道闸) recognition", "LICENSE_PLATE, PERSON(surname+先生/女士)", "image_file")
def t_anpr_zh(g):
    d = g.dt()
    return [f"[道闸] {d:%Y-%m-%d %H:%M:%S} 入口{g.ri(1, 4)} 识别车牌 ", S(g.cn_plate(g.ch(['std', 'ne'])), "LICENSE_PLATE"),
            f" 置信度{g.ri(85, 99) / 100:.2f} 放行 | 白名单: 访客 ", S(g.zh_surname(), "PERSON"), g.ch(["先生", "女士"]),
            " | 抓拍 ", D(f"IMG_{d:%Y%m%d_%H%M%S}_{g.digs(4)}.jpg", "image_file")]


@tpl("zh", "contractor hot-work permit (动火作业票)", "PERSON, CN_RESIDENT_ID, PERSON, PERSON(surname+主任)", "permit_number")
def t_hotwork_zh(g):
    d = g.dt()
    loc = g.ch(["涂装车间二楼", "锅炉房", "原料罐区", "焊装车间钢平台"])
    return [f"动火作业票 ", D(f"HP-{d:%Y%m%d}-{g.ri(1, 30):02d}", "permit_number"), " 已批准: 作业人=", S(g.zh_name(), "PERSON"),
            "(外协, 身份证", S(g.cn_id(), "CN_RESIDENT_ID"), ") 监护人=", S(g.zh_name(), "PERSON"), " 批准人=",
            S(g.zh_surname(), "PERSON"), f"主任 地点={loc} 有效期至{d:%H}:59"]


@tpl("zh", "HR attendance push from ZKTeco terminal (ADMS ATTLOG)", "PERSON", "employee_id, serial_number")
def t_attendance(g):
    d = g.dt()
    return ["ATTLOG PIN=", D(g.digs(5), "employee_id"), "\tName=", S(g.zh_name(), "PERSON"),
            f"\tTime={d:%Y-%m-%d %H:%M:%S}\tStatus={g.ri(0, 1)}\tVerify={g.ch([1, 15, 4])}\tWorkCode=0\tSN=",
            D(f"CJDE{g.digs(9)}", "serial_number"), f"\t设备=门岗考勤机{g.ri(1, 6):02d}"]


@tpl("zh", "payroll bank disbursement batch (代发工资)", "PERSON, CREDIT_CARD(UnionPay)", "batch_id, amount, transaction_id")
def t_payroll_zh(g):
    d = g.dt()
    return [f"代发工资 批次", D(f"PAY{d:%Y%m}-{g.ri(1, 9):02d}", "batch_id"), f" 第{g.ri(1, 900)}条: 户名=",
            S(g.zh_name(), "PERSON"), " 卡号=", S(g.card("up"), "CREDIT_CARD"), " 金额=", D(g.amount(zh=True), "amount"),
            " 状态=成功 银行流水=", D(f"{d:%Y%m%d}{g.digs(11)}", "transaction_id")]


@tpl("zh", "Kingdee K/3 payment voucher audit", "PERSON, CREDIT_CARD(debit), PERSON", "voucher_id, bank_branch, amount")
def t_kingdee(g):
    d = g.dt()
    branch = g.ch(["招商银行深圳南山支行", "中国工商银行苏州工业园区支行", "中国建设银行杭州西湖支行", "中国银行昆山分行营业部"])
    return [f"[金蝶K/3] {d:%Y-%m-%d %H:%M:%S} 付款单 ", D(f"FKD-{d:%Y%m%d}-{g.digs(4)}", "voucher_id"), " 审核通过 收款人:",
            S(g.zh_name(), "PERSON"), " 开户行:", D(branch, "bank_branch"), " 账号:", S(g.card("up", g.ch(["plain", "space"])), "CREDIT_CARD"),
            " 金额:", D(g.amount(zh=True), "amount"), " 制单:", S(g.zh_name(), "PERSON")]


@tpl("zh", "OA purchase-approval notification (钉钉审批)", "PERSON, PERSON, PERSON(surname+经理)", "po_number, amount")
def t_oa_approval(g):
    d = g.dt()
    node = g.ch(["部门经理", "财务总监", "采购总监", "总经理"])
    return ["审批通知: 采购申请 ", D(f"PR-{d:%Y-%m}-{g.digs(4)}", "po_number"), " (金额 ", D(g.amount(zh=True), "amount"),
            ") 申请人 ", S(g.zh_name(), "PERSON"), f" → 当前节点 {node} 审批人 ", S(g.zh_name(), "PERSON"),
            f" 意见: {g.ch(['同意', '同意, 请按框架协议价执行', '退回补充比价单'])}, 抄送采购部", S(g.zh_surname(), "PERSON"), "经理"]


@tpl("zh", "SAP ERP (Chinese UI) PO release message", "PERSON(SAP user)", "po_number, vendor_id, company")
def t_sap_zh(g):
    d = g.dt()
    user = g.login(zh=True).replace(".", "").replace("_", "").upper()[:12]
    brand = g.ch(["博世", "西门子", "米其林", "保时捷", "飞利浦", "舍弗勒"])
    return [f"SAP PRD/800 {d:%Y.%m.%d %H:%M:%S} ME29N: 采购订单 ", D(f"45000{g.digs(5)}", "po_number"),
            f" 已由用户 ", S(user, "PERSON"), f" 审批 (审批代码 Z{g.ri(1, 4)}), 供应商 ", D(f"{g.ri(100000, 299999)}", "vendor_id"),
            " ", D(brand, "company"), "(中国)投资有限公司"]


@tpl("zh", "incoming quality inspection (IQC) record", "PERSON, PERSON, PHONE_NUMBER", "batch_lot, part_number")
def t_iqc(g):
    d = g.dt()
    n = g.ri(50, 200)
    return ["IQC检验记录 来料批次 ", D(f"L{d:%Y%m%d}-{g.ri(1, 9):02d}", "batch_lot"), " 物料 ", D(f"{g.digs(4)}-{g.ch('ABC')}{g.ri(1, 9)}", "part_number"),
            f" 抽检 {n} 不合格 {g.ri(0, 9)} 判定: {g.ch(['拒收', '特采', '挑选使用', '合格'])} 检验员: ", S(g.zh_name(), "PERSON"),
            " 供应商联系人: ", S(g.zh_name(), "PERSON"), " ", S(g.cn_mobile(), "PHONE_NUMBER")]


@tpl("zh", "non-conformance report (不合格品报告)", "PERSON, PERSON", "case_number, company, batch_lot")
def t_ncr_zh(g):
    d = g.dt()
    cust = g.ch(["福特", "保时捷", "本田", "丰田", "奔驰"])
    return ["不合格品报告 ", D(f"NCR-{d:%Y}-{g.digs(4)}", "case_number"), ": 客户 ", D(cust, "company"),
            " 投诉 批次 ", D(f"B{d:%y%m}-{g.ri(1, 40):02d}", "batch_lot"),
            f" {g.ch(['外观划伤', '尺寸超差', '漏装卡扣', '焊点虚焊'])}, 责任人 ", S(g.zh_name(), "PERSON"),
            f", 处理: {g.ch(['返工', '报废', '让步接收'])}, 质量经理 ", S(g.zh_name(), "PERSON"), " 签字确认"]


@tpl("zh", "IT service desk ticket (Chinese)", "PERSON, PHONE_NUMBER, EMAIL_ADDRESS", "case_number, extension")
def t_helpdesk_zh(g):
    d = g.dt()
    name = g.zh_name(mix=False)
    return [f"[IT服务台] 工单 ", D(f"INC{d:%Y%m%d}-{g.digs(4)}", "case_number"), " 创建: 报修人 ", S(name, "PERSON"),
            " 分机 ", D(g.digs(4), "extension"), " 手机 ", S(g.cn_mobile(), "PHONE_NUMBER"), " 邮箱 ",
            S(g.login(zh=True) + g.ch(["@hengtai-mfg.com", "@htpm.cn"]), "EMAIL_ADDRESS"),
            f" 问题: {g.ch(['SAP GUI 登录提示密码过期', '打印机卡纸', 'VPN 无法连接', 'MES 终端白屏'])}"]


@tpl("zh", "AD self-service password reset", "PERSON(login), PHONE_NUMBER, CREDENTIAL, IP_ADDRESS", "pickup_code(SMS OTP)")
def t_ad_reset_zh(g):
    d = g.dt()
    return [f"{d:%Y-%m-%d %H:%M:%S} [AD自助] 用户 ", S(g.login(zh=True), "PERSON"), " 短信验证 手机 ",
            S(g.cn_mobile(g.ch(['plain', '+86c'])), "PHONE_NUMBER"), " 验证码 ", D(g.digs(6), "pickup_code"),
            " 通过, 临时密码 ", S(g.password(), "CREDENTIAL"), " 已生效, 来源IP ", S(g.ip_client(), "IP_ADDRESS")]


@tpl("zh", "SMS gateway sender (Aliyun-style), OTP text", "PHONE_NUMBER", "template_id, pickup_code, message_id")
def t_sms(g):
    d = g.dt()
    return [f"{ts_java(d)} [sms-sender-{g.ri(1, 8)}] INFO  c.h.notify.SmsSender - 短信发送成功 mobile=",
            S(g.cn_mobile(g.ch(['plain', '+86c'])), "PHONE_NUMBER"), " tpl=", D(f"SMS_{g.digs(9)}", "template_id"),
            " content=【恒泰精密】您的验证码为", D(g.digs(6), "pickup_code"), "，5分钟内有效，请勿泄露。 bizId=",
            D(f"{g.digs(18)}^0", "message_id")]


@tpl("zh", "mailroom parcel locker notice", "PERSON, PHONE_NUMBER", "waybill, pickup_code, place(building)")
def t_mailroom(g):
    carrier = g.ch(["顺丰", "中通", "圆通", "京东", "EMS"])
    return [f"收发室: {carrier} ", D(g.waybill(), "waybill"), f" 已入柜 格口 {g.ch('ABC')}-{g.ri(1, 40):02d} 取件码 ",
            D(g.digs(6), "pickup_code"), " 收件人 ", S(g.zh_name(), "PERSON"), " (", S(g.cn_mobile(), "PHONE_NUMBER"),
            ") ", D(g.ch(["研发中心", "行政楼", "2号厂房", "综合楼"]), "place"), f"{g.ri(1, 6)}楼"]


@tpl("zh", "HR onboarding registration incl. minority names", "PERSON, CN_RESIDENT_ID, PHONE_NUMBER", "onboarding_id, place(school)")
def t_onboard(g):
    idn = g.cn_id()
    name = g.minority_name() if g.p(0.5) else g.zh_name()
    eth = g.ch(["汉族", "维吾尔族", "藏族", "蒙古族", "彝族", "壮族", "回族"])
    return ["入职登记 ", D(f"HR-ONB-{g.digs(4)}", "onboarding_id"), " 姓名=", S(name, "PERSON"),
            f" 性别={g.ch(['男', '女'])} 民族={eth} 出生日期={idn[6:10]}-{idn[10:12]}-{idn[12:14]} 身份证=",
            S(idn, "CN_RESIDENT_ID"), " 手机=", S(g.cn_mobile(), "PHONE_NUMBER"), " 毕业院校=", D(g.ch(SCHOOLS_ZH), "place")]


@tpl("zh", "leave request approval (请假审批)", "PERSON, PERSON(surname+经理)", "case_number, place(scenic spot)")
def t_leave(g):
    d = g.dt()
    return ["请假审批 ", D(f"LV-{d:%Y%m%d}-{g.digs(3)}", "case_number"), " 申请人: ", S(g.zh_name(), "PERSON"),
            f" 类型: {g.ch(['年假', '事假', '婚假', '调休'])} 时长: {g.ri(1, 5)}天 去向: ", D(g.ch(PLACES_ZH), "place"),
            " 审批人: ", S(g.zh_surname(), "PERSON"), "经理 状态: 已同意"]


@tpl("zh", "business-travel request (差旅申请)", "PERSON, CN_RESIDENT_ID, PASSPORT(CN)", "case_number, train_number")
def t_travel_zh(g):
    d = g.dt()
    return ["差旅申请 ", D(f"TR-{d:%Y}-{g.digs(4)}", "case_number"), " 出差人 ", S(g.zh_name(), "PERSON"), " 身份证 ",
            S(g.cn_id(), "CN_RESIDENT_ID"), " 车次 ", D(g.train(), "train_number"),
            f" 苏州→上海 {d:%m-%d} 转机赴{g.ch(['德国莱比锡', '墨西哥蒙特雷', '印度浦那', '美国俄亥俄'])}工厂, 护照 ",
            S(g.passport("CN"), "PASSPORT")]


@tpl("zh", "foreign engineer entry registration", "PERSON(western), PASSPORT, PERSON(surname+工)", "company, badge_id")
def t_foreign_eng(g):
    loc = g.ch(["de_DE", "en_US", "en_GB", "fr_FR", "es_ES", "en_IN"])
    cc = {"de_DE": "DE", "en_US": "US", "en_GB": "GB", "fr_FR": "FR", "es_ES": "ES", "en_IN": "IN"}[loc]
    nat = {"DE": "德国", "US": "美国", "GB": "英国", "FR": "法国", "ES": "西班牙", "IN": "印度"}[cc]
    return ["外籍人员入厂登记: 姓名 ", S(g.en_name(loc), "PERSON"), f" 国籍 {nat} 护照号 ", S(g.passport(cc), "PASSPORT"),
            " 所属公司 ", D(g.ch(["西门子", "博世", "舍弗勒", "米其林"]), "company"), "(中国)有限公司 陪同人 ",
            S(g.zh_surname(), "PERSON"), "工 访客证 ", D(f"V-{g.digs(4)}", "badge_id")]


@tpl("zh", "campus card (一卡通) canteen top-up", "PERSON, CREDIT_CARD", "badge_id, amount, amount")
def t_canteen(g):
    return ["[一卡通] 银行卡圈存 卡号 ", D(g.digs(8), "badge_id"), " 持卡人 ", S(g.zh_name(), "PERSON"), " 扣款银行卡 ",
            S(g.card("up"), "CREDIT_CARD"), " 充值 ", D(f"{g.ri(1, 50) * 10}.00", "amount"), " 余额 ",
            D(f"{g.ri(0, 900)}.{g.digs(2)}", "amount"), f" 终端 {g.ch(['一食堂', '二食堂'])}-POS{g.ri(1, 9):02d}"]


@tpl("zh", "PPE/consumables issue slip, NO spans (person-named brands, street)", "-", "company, company, place")
def t_ppe(g):
    a, b = g.r.sample(PERSON_BRANDS_ZH, 2)
    return [f"[劳保用品出库] ", D(a, "company"), f"{g.ch(['剪刀', '刀具', '工具箱'])} {g.ri(1, 9)}把, ", D(b, "company"),
            f"{g.ch(['凉茶', '口罩', '手套', '护膝'])} {g.ri(2, 20)}箱 → ", D(g.ch(PLACES_ZH[:4]), "place"), "仓库, 经办岗位: 仓库管理员"]


@tpl("zh", "production daily report, NO spans (public figures)", "-", "public_figure, public_figure, work_order")
def t_daily(g):
    a, b = g.r.sample(PUBLIC_FIG_ZH, 2)
    return ["生产日报 ", D(a, "public_figure"), f"班组 良率 {g.ri(950, 999) / 10}% 工单 ", D(g.wo(), "work_order"),
            " 完工; 精益改善提案《学习", D(b, "public_figure"), "精神 推进设备自主保全》获本月最佳"]


@tpl("zh", "remote PLC program download via engineering station", "PERSON, IP_ADDRESS(workstation)", "company, version, server_ip(PLC)")
def t_plc_remote(g):
    d = g.dt()
    return [f"[远程运维] {d:%Y-%m-%d %H:%M:%S} ", D("西门子", "company"), " S7-1500 程序下载 运维 ", S(g.zh_name(), "PERSON"),
            " 工程师站 ", S(g.ip_priv(), "IP_ADDRESS"), " 项目 Line3_Press_", D(f"V{g.ri(1, 4)}.{g.ri(0, 9)}.{g.ri(0, 20)}", "version"),
            " 目标PLC ", D(g.ip_priv(), "server_ip"), " 结果=成功"]


@tpl("zh", "QMS inspection report e-signature", "PERSON, PERSON", "case_number, employee_id")
def t_qms_sign(g):
    return ["[QMS] 检验报告 ", D(f"QR-{g.dt():%Y%m%d}-{g.digs(3)}", "case_number"), " 电子签名: 检验员 ", S(g.zh_name(), "PERSON"),
            " (工号 ", D(g.emp_id(), "employee_id"), f") 审核 ", S(g.zh_name(), "PERSON"), f" 结论 {g.ch(['合格', '不合格', '待定'])}"]


@tpl("zh", "occupational health check (职业健康体检)", "PERSON, PERSON(doctor before title), PHONE_NUMBER", "batch_id, employee_id, place(hospital)")
def t_occ_health(g):
    d = g.dt()
    return ["职业健康体检 批次 ", D(f"OH-{d:%Y-%m}", "batch_id"), " 员工 ", S(g.zh_name(), "PERSON"), " 工号 ",
            D(g.emp_id(), "employee_id"), " 体检医院 ", D(g.ch(HOSPITALS_ZH), "place"),
            f" 结论: {g.ch(['复查', '未见异常', '听力下降建议调岗'])}, 主检医生 ", S(g.zh_name(mix=False), "PERSON"),
            g.ch(["主任医师", "副主任医师", "医师"]), " 员工手机 ", S(g.cn_mobile(), "PHONE_NUMBER")]


@tpl("zh", "supplier portal registration with QQ mail", "PERSON, PHONE_NUMBER, EMAIL_ADDRESS(QQ)", "registration_number")
def t_supplier_reg(g):
    city = g.ch(["东莞市", "宁波市", "昆山市", "佛山市", "温州市"])
    kind = g.ch(["五金制品", "精密模具", "塑胶电子", "包装材料"])
    qq = str(g.ri(10000, 3999999999))
    mail = qq + "@qq.com" if g.p(0.7) else g.login(zh=True) + g.ch(["@163.com", "@126.com", "@foxmail.com"])
    return [f"供应商门户注册: 公司={city}{g.ch(['鑫达', '恒昌', '宏远', '永盛'])}{kind}有限公司 联系人=", S(g.zh_name(), "PERSON"),
            " 手机=", S(g.cn_mobile(), "PHONE_NUMBER"), " 邮箱=", S(mail, "EMAIL_ADDRESS"), " 统一社会信用代码=",
            D("91" + g.digs(4) + g.s(_UPALNUM, 11) + g.ch(_UPALNUM), "registration_number")]


@tpl("zh", "WeCom (企业微信) gettoken failure", "CREDENTIAL(corpsecret)", "app_id")
def t_wecom(g):
    d = g.dt()
    return [f"{ts_java(d)} WARN  [wecom-sync] 调用 GET https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=",
            D("ww" + g.hexs(16), "app_id"), "&corpsecret=", S(g.s(_B64U, 43), "CREDENTIAL"),
            f" 返回 errcode={g.ch(['40001', '40013', '42001'])} errmsg=invalid credential, 重试 {g.ri(1, 3)}/3"]


@tpl("zh", "guest Wi-Fi portal SMS login", "PHONE_NUMBER, IP_ADDRESS(phone)", "mac_address, pickup_code")
def t_wifi(g):
    mac = ":".join(g.hexs(2, upper=True) for _ in range(6))
    return [f"[访客WiFi] 手机号 ", S(g.cn_mobile("plain"), "PHONE_NUMBER"), " 认证成功 MAC ", D(mac, "mac_address"),
            " 分配IP ", S(f"172.20.{g.ri(0, 31)}.{g.ri(2, 254)}", "IP_ADDRESS"), " 短信验证码 ", D(g.digs(g.ch([4, 6])), "pickup_code"),
            " 有效期 5 分钟 SSID=HT-Guest"]


@tpl("zh", "Taiwan plant MES report-work (繁體, zh_TW names)", "PERSON, PERSON(surname+先生)", "work_order")
def t_tw_report(g):
    d = g.dt()
    return [f"[報工] {d:%Y/%m/%d %H:%M} 工單 ", D(f"WO-TW-{d:%y%m%d}-{g.digs(3)}", "work_order"), f" 站別 CNC-{g.ri(1, 12):02d} 作業員 ",
            S(g.fk["zh_TW"].name(), "PERSON"), f" 良品 {g.ri(100, 500)} 不良 {g.ri(0, 9)} ({g.ch(['毛邊', '刮傷', '尺寸超差'])}) 組長 ",
            S(g.fk["zh_TW"].last_name(), "PERSON"), "先生 確認"]


@tpl("zh", "JumpServer bastion session", "PERSON, PERSON(login), IP_ADDRESS(source)", "server_ip, system_account, uuid")
def t_jumpserver(g):
    d = g.dt()
    return [f"[JumpServer] {d:%Y-%m-%d %H:%M:%S} 用户 ", S(g.zh_name(mix=False), "PERSON"), "(", S(g.login(zh=True), "PERSON"),
            f") 通过 Web 终端 登录资产 {g.ch(['mes-db01', 'sap-app02', 'wms-app01', 'scada-his'])}(", D(g.ip_priv(), "server_ip"),
            ") 系统用户 ", D(g.ch(["root", "oracle", "sapadm", "postgres"]), "system_account"), " 来源 IP ",
            S(g.ip_client(pub=0.6), "IP_ADDRESS"), " 会话 ", D(g.uuid(), "uuid")]


@tpl("zh", "TMS dispatch confirmation with driver ID", "LICENSE_PLATE, PERSON, CN_RESIDENT_ID, PHONE_NUMBER", "waybill")
def t_tms(g):
    return [f"[TMS] 发车确认 运单 ", D(g.waybill(), "waybill"), " 车牌 ", S(g.cn_plate(), "LICENSE_PLATE"), " 司机 ",
            S(g.zh_name(), "PERSON"), " 身份证 ", S(g.cn_id(), "CN_RESIDENT_ID"), " 联系方式 ", S(g.any_cn_phone(), "PHONE_NUMBER"),
            f" 预计到达 {g.ri(1, 3)}天"]


@tpl("zh", "dormitory check-in with emergency contact", "PERSON, PERSON, PHONE_NUMBER", "place(building)")
def t_dorm(g):
    return [f"[宿舍管理] 员工 ", S(g.zh_name(), "PERSON"), " 入住 ", D(f"{g.ri(1, 8)}号宿舍楼", "place"), f" {g.ri(1, 6)}{g.ri(1, 20):02d} 室, 紧急联系人 ",
            S(g.zh_name(mix=False), "PERSON"), f"({g.ch(['父亲', '母亲', '配偶', '兄弟'])}) 电话 ", S(g.any_cn_phone(), "PHONE_NUMBER")]


@tpl("zh", "enterprise e-procurement (京东慧采-style) delivery notice", "PERSON, PERSON(surname+先生/女士, may sit inside a brand decoy), PHONE_NUMBER", "order_id(11-digit starting 1), company")
def t_eproc(g):
    brand = g.ch(PERSON_BRANDS_ZH)
    sur = brand[0] if g.p(0.35) else g.zh_surname()
    item = g.ch(["厨房剪刀套装", "劳保手套", "运动鞋", "凉茶 24罐", "木梳礼盒"])
    return [f"[慧采] 订单 ", D("1" + g.digs(10), "order_id"), " 已签收 商品: ", D(brand, "company"), f" {item} 下单人 ",
            S(g.zh_name(), "PERSON"), " 收货人 ", S(sur, "PERSON"), g.ch(["先生", "女士"]), " 联系电话 ", S(g.cn_mobile(), "PHONE_NUMBER")]


# ======================= English lines =======================
@tpl("en", "SAP Security Audit Log (SM20N export, pipe-delimited)", "PERSON(SAP user) or system_account, IP_ADDRESS(terminal)", "system_account (variant)")
def t_sap_sm20(g):
    d = g.dt()
    person = g.p(0.8)
    user = g.login(zh=g.p(0.3)).replace(".", "").replace("_", "").upper()[:12] if person else g.ch(["DDIC", "SAP*", "BATCH_MM", "RFC_EDI"])
    U = (lambda: S(user, "PERSON")) if person else (lambda: D(user, "system_account"))
    msg = g.ri(0, 2)
    parts = [f"|{d:%d.%m.%Y}|{d:%H:%M:%S}|PRD_plsap01_00|DIA|", U(), f"|800|WS-PLT{g.ri(1, 4)}-{g.ri(1, 99):03d}|",
             S(g.ip_priv(), "IP_ADDRESS"), "|SESSION_MANAGER|SAPMSYST|"]
    if msg == 0:
        parts += ["AU1|Logon successful (type=A, method=A)|"]
    elif msg == 1:
        parts += [f"AU2|Logon failed (reason={g.ch([1, 53])}, type=A, method=A)|"]
    else:
        parts += ["AUM|User ", U(), " locked due to incorrect logon attempts|"]
    return parts


@tpl("en", "SAP background job log, PO release notification", "PERSON(SAP user), PERSON", "po_number, amount, company")
def t_sap_po(g):
    loc = g.ch(["de_DE", "en_US", "en_GB", "es_ES"])
    name = g.en_name(loc)
    user = g.login(zh=False, name=name).replace(".", "").upper()
    cur = {"de_DE": "EUR", "en_US": "USD", "en_GB": "GBP", "es_ES": "EUR"}[loc]
    return [f"Job ZMM_PO_REL_NOTIFY step 1: Purchase order ", D(f"45000{g.digs(5)}", "po_number"),
            f" released (rel. code Z{g.ri(1, 4)}) by ", S(user, "PERSON"), " / ", S(name, "PERSON"), "; net value ",
            D(g.amount(), "amount"), f" {cur}; vendor ", D(g.ch(PERSON_BRANDS_EN), "company"), " AG"]


@tpl("en", "SAP IDoc status 51, vendor bank master (CREMAS)", "IBAN_CODE, PERSON", "idoc_number, vendor_id")
def t_idoc(g):
    loc = g.ch(["es_ES", "de_DE", "fr_FR", "en_GB"])
    cc = {"es_ES": "ES", "de_DE": "DE", "fr_FR": "FR", "en_GB": "GB"}[loc]
    return ["IDoc ", D(f"00000000{g.digs(8)}", "idoc_number"), " status 51 (Application document not posted): CREMAS vendor ",
            D(g.digs(6), "vendor_id"), " - IBAN ", S(g.iban(cc), "IBAN_CODE"), ' does not match account holder "', S(g.en_name(loc), "PERSON"), '"']


@tpl("en", "SAP change document CDHDR/CDPOS on vendor bank data", "PERSON(SAP user), IBAN_CODE, IBAN_CODE, PERSON(surname after Mr./Ms.)", "vendor_id")
def t_cdhdr(g):
    d = g.dt()
    cc = g.ch(["GB", "DE", "NL", "IE", "FR"])
    return [f"CDHDR KRED ", D(f"0000{g.digs(6)}", "vendor_id"), " LFBK changed by ", S(g.login(zh=False).replace(".", "").upper(), "PERSON"),
            f" (tcode XK02) {d:%d.%m.%Y %H:%M:%S}: IBAN old=", S(g.iban(cc, False), "IBAN_CODE"), " new=", S(g.iban(cc, False), "IBAN_CODE"),
            f"; dual-control approval pending with {g.ch(['Mr.', 'Ms.', 'Mrs.'])} ", S(g.en_last(), "PERSON")]


@tpl("en", "WinCC alarm logging CSV export", "PERSON(operator login)", "alarm_number")
def t_wincc(g):
    d = g.dt()
    state = g.ch(["Came In", "Acknowledged", "Went Out"])
    txt = g.ch([f"Hydraulic pressure low ({g.ri(120, 150)} bar)", "Guard door 2 open", "Servo axis X following error",
                "Coolant level low", "Robot R3 collision detected"])
    return [f"{d:%d.%m.%Y};{d:%H:%M:%S};", D(str(g.ri(1000, 9999)), "alarm_number"), f";{state};Alarm;Line{g.ri(1, 4)}_Press{g.ri(1, 9):02d};{txt};HMI-PRESS-{g.ri(1, 9):02d};",
            S(g.login(zh=False), "PERSON")]




@tpl("en", "Windows Security 4625 via Snare (tab separated)", "PERSON(login) x2, IP_ADDRESS(workstation)", "event_record_id, port")
def t_snare(g):
    d = g.dt()
    u = g.login()
    return [f"<13>{ts_syslog(d)} DC01.plant.local MSWinEventLog\t1\tSecurity\t", D(str(g.ri(100000, 9999999)), "event_record_id"),
            f"\t{ts_ctime(d)}\t4625\tMicrosoft-Windows-Security-Auditing\tPLANT\\", S(u, "PERSON"),
            "\tN/A\tFailure Audit\tDC01.plant.local\tLogon\t\tAn account failed to log on.    Subject:   Security ID:  S-1-0-0   "
            "Account Name:  -   Logon Type:   3    Account For Which Logon Failed:   Account Name:  ", S(u, "PERSON"),
            "   Account Domain:  PLANT    Failure Information:   Failure Reason:  Unknown user name or bad password.   "
            f"Network Information:   Workstation Name: WS-QA-{g.ri(1, 40):02d}   Source Network Address: ", S(g.ip_priv(), "IP_ADDRESS"),
            "   Source Port:  ", D(str(g.ri(49152, 65535)), "port")]


@tpl("en", "OpenSSH sshd auth (failed invalid user / accepted publickey)", "IP_ADDRESS(attacker) OR PERSON, IP_ADDRESS", "system_account, port OR port, key_fingerprint")
def t_sshd(g):
    d = g.dt()
    host = g.ch(["mes-db01", "wms-app01", "scada-his", "edi-gw02"])
    if g.p(0.5):
        return [f"{ts_syslog(d)} {host} sshd[{g.ri(1000, 60000)}]: Failed password for invalid user ",
                D(g.ch(["admin", "root", "oracle", "guest", "scada"]), "system_account"), " from ", S(g.ip_pub(), "IP_ADDRESS"),
                " port ", D(str(g.ri(1024, 65535)), "port"), " ssh2"]
    return [f"{ts_syslog(d)} {host} sshd[{g.ri(1000, 60000)}]: Accepted publickey for ", S(g.login(), "PERSON"), " from ",
            S(g.ip_priv(), "IP_ADDRESS"), " port ", D(str(g.ri(1024, 65535)), "port"), " ssh2: ED25519 SHA256:",
            D(g.s(_B64, 43), "key_fingerprint")]


@tpl("en", "sudo syslog entry", "PERSON(login) x2", "system_account")
def t_sudo(g):
    d = g.dt()
    u = g.login()
    return [f"{ts_syslog(d)} mes-app{g.ri(1, 4):02d} sudo:   ", S(u, "PERSON"), f" : TTY=pts/{g.ri(0, 5)} ; PWD=/home/", S(u, "PERSON"),
            " ; USER=", D("root", "system_account"), f" ; COMMAND=/usr/bin/systemctl restart {g.ch(['mes-agent', 'opcua-bridge', 'nginx', 'wms-sync'])}"]


@tpl("en", "FortiGate SSL-VPN tunnel-up (key=value)", "IP_ADDRESS(remip), IP_ADDRESS(tunnelip), PERSON(user)", "serial_number, epoch_ts, system_account(vd root)")
def t_fortigate(g):
    d = g.dt()
    et = str(epoch(d, -5)) + g.digs(9)
    return [f'date={d:%Y-%m-%d} time={d:%H:%M:%S} devname="FGT-PLANT-OH" devid="', D(f"FG100F{g.s(_UPALNUM, 10)}", "serial_number"),
            '" eventtime=', D(et, "epoch_ts"), ' tz="-0500" logid="0101039947" type="event" subtype="vpn" level="information" vd="',
            D("root", "system_account"), '" logdesc="SSL VPN tunnel up" action="tunnel-up" tunneltype="ssl-tunnel" tunnelid=',
            str(g.ri(100000, 999999999)), " remip=", S(g.ip_pub(), "IP_ADDRESS"), " tunnelip=", S(f"10.212.134.{g.ri(100, 250)}", "IP_ADDRESS"),
            ' user="', S(g.login(), "PERSON"), '" group="SSLVPN-Users" dst_host="N/A" reason="N/A" msg="SSL tunnel established"']


@tpl("en", "Cisco ASA AAA 113004 / 113005 (ASA masks rejected user names)", "PERSON OR IP_ADDRESS(user IP)", "server_ip OR masked, server_ip")
def t_asa(g):
    d = g.dt()
    ts = f"{MONTHS[d.month - 1]} {d.day:02d} {d.year} {d:%H:%M:%S}"
    srv = g.ip_priv()
    if g.p(0.55):
        return [f"{ts}: %ASA-6-113004: AAA user authentication Successful : server =  ", D(srv, "server_ip"), " : user = ",
                S(g.login(), "PERSON")]
    return [f"{ts}: %ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = ", D(srv, "server_ip"),
            " : user = ", D("*****", "masked"), " : user IP = ", S(g.ip_client(pub=0.7), "IP_ADDRESS")]


@tpl("en", "Java stack trace with Oracle thin JDBC URL", "CREDENTIAL(password part)", "system_account, server_ip, port")
def t_jdbc(g):
    return ["Caused by: java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection (url=jdbc:oracle:thin:",
            D(g.ch(["mes_rpt", "wms_app", "scada"]), "system_account"), "/", S(g.password(avoid="@/:"), "CREDENTIAL"), "@//",
            D(g.ip_server(), "server_ip"), ":", D(g.ch(["1521", "1522", "1526"]), "port"), "/MESPRD)"]


@tpl("en", "connection-string leak (postgres / mongodb+srv / amqp), percent-encoded passwords", "CREDENTIAL(URL password part)", "system_account, server_ip, port")
def t_dsn(g):
    d = g.dt()
    pw = g.password()
    k = g.ri(0, 2)
    head = f"{ts_iso(d, 'Z')} ERROR [wms-sync] "
    if k == 0:
        return [head + 'pq: connect failed dsn="postgres://', D("wms_app", "system_account"), ":", S(pw, "CREDENTIAL", "pct"), "@",
                D(g.ip_server(), "server_ip"), ":", D("5432", "port"), '/wms_prd?sslmode=disable": i/o timeout']
    if k == 1:
        return [head + "MongoServerSelectionError uri=mongodb+srv://", D("telematics", "system_account"), ":", S(pw, "CREDENTIAL", "pct"),
                f"@fleet-{g.s(_LOALNUM, 5)}.mongodb.net/fleet?retryWrites=true&w=majority"]
    return [head + "amqp dial failed url=amqp://", D(g.ch(["svc-mes", "svc-edi"]), "system_account"), ":", S(pw, "CREDENTIAL", "pct"),
            "@", D(g.ip_server(), "server_ip"), ":", D("5672", "port"), "/%2Fmes: connection refused"]


@tpl("en", "nginx access log, supplier portal query string", "IP_ADDRESS(client), EMAIL_ADDRESS(percent-encoded), PHONE_NUMBER", "server_ip(upstream), port")
def t_nginx(g):
    d = g.dt()
    mail = g.login() + g.ch(["@supplier.cn", "@precisioncast.in", "@lieferant.de", "@acme-supply.com", "@163.com"])
    ph = g.cn_mobile(g.ch(["plain", "+86c"])) if g.p(0.6) else g.intl_phone(style="e164")
    return [S(g.ip_client(pub=0.8), "IP_ADDRESS"), f" - - [{ts_clf(d)}] \"GET /srm/api/asn/search?contact=", S(mail, "EMAIL_ADDRESS", "pct"),
            "&mobile=", S(ph, "PHONE_NUMBER", "pct"), f"&page={g.ri(1, 9)} HTTP/1.1\" 200 {g.ri(200, 9000)} \"https://srm.hengtai-mfg.com/asn/list\" "
            "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36\" "
            f"rt={g.ri(5, 900) / 1000:.3f} ua=\"", D(g.ip_priv(), "server_ip"), ":", D("8080", "port"), f"\" us=\"200\""]


@tpl("en", "Tomcat AccessLogValve with %u and Cookie header", "IP_ADDRESS, PERSON(remote user), CREDENTIAL(JSESSIONID), CREDENTIAL(XSRF)", "work_order")
def t_tomcat(g):
    d = g.dt()
    return [S(g.ip_priv(), "IP_ADDRESS"), " - ", S(g.login(), "PERSON"), f" [{ts_clf(d, '-0500')}] \"POST /mes/api/v1/workorders/",
            D(g.wo(), "work_order"), f"/complete HTTP/1.1\" 200 {g.ri(40, 400)} \"JSESSIONID=",
            S(g.hexs(32, upper=True) + g.ch(["", ".mes-node1", ".node2"]), "CREDENTIAL"), "; XSRF-TOKEN=", S(g.s(_B64U, 36), "CREDENTIAL"), '"']


@tpl("en", "Spring CommonsRequestLoggingFilter with Bearer JWT", "IP_ADDRESS(client), CREDENTIAL(JWT)", "gln, epoch_ts, uuid")
def t_spring_jwt(g):
    d = g.dt()
    logger = "o.s.w.f.CommonsRequestLoggingFilter".ljust(40)
    return [f"{ts_java(d)} DEBUG 1 --- [nio-8443-exec-{g.ri(1, 50)}] {logger} : Before request [GET /api/edi/partners/",
            D("40" + g.digs(11), "gln"), "/messages?since=", D(str(epoch(d) - g.ri(60, 9000)), "epoch_ts"), ", client=",
            S(g.ip_client(), "IP_ADDRESS"), ', headers=[host:"edi.hengtai-mfg.com", authorization:"Bearer ', S(g.jwt(), "CREDENTIAL"),
            '", x-request-id:"', D(g.uuid(), "uuid"), '", user-agent:"Apache-HttpClient/4.5.14 (Java/17.0.9)"]]']


@tpl("en", "ANSI X12 850 purchase order dump (one line, ~ terminators)", "PERSON(upper), PHONE_NUMBER, EMAIL_ADDRESS(upper)", "control_number, po_number")
def t_x12(g):
    d = g.dt()
    name = g.en_name("en_US")
    em = g.login(zh=False, name=name).upper() + "@HTPMFG.COM"
    ctl = f"{g.ri(1, 999999):09d}"
    return [f"ISA*00*          *00*          *ZZ*HTPMFGUS       *ZZ*ACMESUPPLY     *{d:%y%m%d}*{d:%H%M}*U*00401*", D(ctl, "control_number"),
            f"*0*P*>~GS*PO*HTPMFGUS*ACMESUPPLY*{d:%Y%m%d}*{d:%H%M}*{int(ctl)}*X*004010~ST*850*0001~BEG*00*SA*", D(f"45000{g.digs(5)}", "po_number"),
            f"**{d:%Y%m%d}~PER*BD*", S(_ascii_name(name).upper(), "PERSON"), "*TE*", S(g.intl_phone("US", "digits"), "PHONE_NUMBER"),
            "*EM*", S(em, "EMAIL_ADDRESS"), "~"]


def _ascii_name(n):
    return " ".join(_ascii(w) or w for w in n.split(" "))


@tpl("en", "UN/EDIFACT ORDERS (release char ? escaping)", "PERSON(EDIFACT-escaped), PHONE_NUMBER(00 prefix), EMAIL_ADDRESS", "interchange_ref, po_number, gln")
def t_edifact(g):
    d = g.dt()
    loc = g.ch(["de_DE", "fr_FR", "en_GB", "es_ES"])
    reg = {"de_DE": "DE", "fr_FR": "FR", "en_GB": "GB", "es_ES": "ES"}[loc]
    name = g.en_name(loc)
    em = g.login(zh=False, name=name) + g.ch(["@hengtai-mfg.de", "@lieferant.de", "@fournisseur.fr", "@proveedor.es"])
    return [f"UNB+UNOC:3+4012345000009:14+5412345000013:14+{d:%y%m%d}:{d:%H%M}+", D(g.digs(14), "interchange_ref"),
            "'UNH+1+ORDERS:D:96A:UN'BGM+220+", D(f"45000{g.digs(5)}", "po_number"), "+9'NAD+BY+", D("40" + g.digs(11), "gln"),
            "::9'CTA+PD+:", S(name, "PERSON", "edi"), "'COM+", S(g.intl_phone(reg, "00"), "PHONE_NUMBER"), ":TE'COM+",
            S(em, "EMAIL_ADDRESS"), ":EM'"]


@tpl("en", "Postfix smtp delivery to a person / qmgr from a role mailbox", "EMAIL_ADDRESS OR -", "queue_id, server_ip(relay), port OR queue_id, role_mailbox")
def t_postfix(g):
    d = g.dt()
    q = g.hexs(10, upper=True)
    if g.p(0.65):
        dom = g.ch(["supplier.com.cn", "precisioncast.in", "lieferant.de", "gmail.com", "outlook.com"])
        return [f"{ts_syslog(d)} mail01 postfix/smtp[{g.ri(1000, 60000)}]: ", D(q, "queue_id"), ": to=<", S(g.login() + "@" + dom, "EMAIL_ADDRESS"),
                f">, relay=mx.{dom}[", D(g.ip_pub(), "server_ip"), "]:", D("25", "port"),
                f", delay={g.ri(1, 90) / 10}, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK)"]
    return [f"{ts_syslog(d)} mail01 postfix/qmgr[{g.ri(1000, 60000)}]: ", D(q, "queue_id"), ": from=<",
            D(g.ch(["noreply", "alerts", "service", "edi", "purchasing", "it-helpdesk"]) + "@hengtai-mfg.com", "role_mailbox"),
            f">, size={g.ri(2000, 900000)}, nrcpt={g.ri(1, 5)} (queue active)"]


@tpl("en", "ServiceNow incident, pipe-delimited export", "PERSON, EMAIL_ADDRESS, PHONE_NUMBER", "case_number, place")
def t_snow(g):
    loc = g.ch(["en_IN", "en_US", "en_GB", "en_AU"])
    reg = {"en_IN": "IN", "en_US": "US", "en_GB": "GB", "en_AU": "AU"}[loc]
    site = {"en_IN": "Pune", "en_US": "Ohio", "en_GB": "Birmingham", "en_AU": "Geelong"}[loc]
    name = g.en_name(loc)
    return [D(f"INC{g.ri(1, 99999):07d}", "case_number"), " | opened_by: ", S(name, "PERSON"), " <",
            S(g.login(zh=False, name=name) + "@htpmfg.com", "EMAIL_ADDRESS"), "> | u_caller_phone: ", S(g.intl_phone(reg), "PHONE_NUMBER"),
            " | short_description: Badge not working at ", D(g.ch(["Gate 3", "Building 7", "Warehouse B", "North Lobby"]), "place"),
            f" | assignment_group: Plant IT - {site}"]


@tpl("en", "Zendesk ticket received via a role mailbox", "PERSON, EMAIL_ADDRESS, PHONE_NUMBER(national)", "case_number, role_mailbox")
def t_zendesk(g):
    loc = g.ch(["en_GB", "en_US", "en_AU"])
    reg = {"en_GB": "GB", "en_US": "US", "en_AU": "AU"}[loc]
    name = g.en_name(loc)
    return ["Ticket #", D(str(g.ri(10000, 99999)), "case_number"), " received via ", D("it-helpdesk@htpmfg.com", "role_mailbox"), ' from "',
            S(name, "PERSON"), '" <', S(g.login(zh=False, name=name) + g.ch(["@gmail.com", "@outlook.com", "@yahoo.co.uk"]), "EMAIL_ADDRESS"),
            ">: 'Locked out of the supplier portal, please call me on ", S(g.intl_phone(reg, "nat", mobile=True), "PHONE_NUMBER"), "'"]


@tpl("en", "password-reset tool audit (key=value)", "PERSON(agent login), PERSON(target login), CREDENTIAL(temp password)", "case_number")
def t_pwdreset(g):
    d = g.dt()
    return [f"[PwdReset] {ts_iso(d, 'Z', 0)} agent=", S(g.login(), "PERSON"), " target=PLANT\\", S(g.login(), "PERSON"),
            ' action=ResetPassword temp_password="', S(g.password(), "CREDENTIAL", "json"), '" mustChange=true ticket=',
            D(f"RITM{g.digs(7)}", "case_number")]


@tpl("en", "Lenel OnGuard access event via syslog", "PERSON", "badge_id, company")
def t_lenel(g):
    d = g.dt()
    return [f"{ts_syslog(d)} onguard01 LNL[{g.ri(1000, 9999)}]: Access Granted | Badge ", D(g.digs(7), "badge_id"), " | Cardholder: ",
            S(g.en_name(), "PERSON"), " (Contractor - ", D(g.ch(["Bechtel", "Siemens", "Liebherr", "Dyson", "John Deere"]), "company"),
            f") | Reader: Main Gate Turnstile {g.ri(1, 4)} | Panel {g.ri(1, 9)}"]


@tpl("en", "visitor kiosk, Node pino JSON (raw UTF-8 names)", "PERSON(visitor), PERSON(host), PHONE_NUMBER", "epoch_ts")
def t_kiosk(g):
    d = g.dt()
    vis = g.zh_name(mix=False) if g.p(0.35) else g.en_name()
    return ['{"level":30,"time":', D(str(epoch(d, 1) * 1000 + g.ri(0, 999)), "epoch_ts"), f',"pid":{g.ri(100, 9999)},"hostname":"visitor-kiosk-{g.ri(1, 4)}","visitor":{{"name":"',
            S(vis, "PERSON", "json"), '","host":"', S(g.en_name("de_DE"), "PERSON", "json"), '","phone":"',
            S(g.intl_phone(g.ch(["DE", "CN", "GB", "FR", "PL"])), "PHONE_NUMBER"), '"},"msg":"visitor checked in"}']


@tpl("en", "quality NCR opened (supplier contact)", "PERSON, PERSON, EMAIL_ADDRESS, PHONE_NUMBER", "case_number, part_number, batch_lot")
def t_ncr_en(g):
    d = g.dt()
    sup = g.en_name("en_IN")
    return [D(f"NCR-{d:%Y}-{g.digs(4)}", "case_number"), " opened by QA inspector ", S(g.en_name(), "PERSON"), ": part ",
            D(f"{g.digs(4)}-{g.ch('ABC')}{g.ri(1, 9)}", "part_number"), " lot ", D(f"L{d:%y%m%d}-{g.ri(1, 9):02d}", "batch_lot"),
            f", {g.ri(10, 500)} pcs rejected at IQC ({g.ch(['burrs on bore', 'porosity', 'wrong plating thickness'])}); supplier contact ",
            S(sup, "PERSON"), ", ", S(g.login(zh=False, name=sup) + "@precisioncast.in", "EMAIL_ADDRESS"), ", ", S(g.intl_phone("IN"), "PHONE_NUMBER")]


@tpl("en", "21 CFR Part 11 audit trail e-signature", "PERSON(surname after Dr.), IP_ADDRESS(workstation)", "batch_lot")
def t_part11(g):
    d = g.dt()
    return [f"AUDIT_TRAIL|{ts_iso(d, 'Z', 0)}|", D(f"BATCH-{d:%y}-{g.digs(4)}", "batch_lot"), f"|E-SIGNATURE|{g.ch(['Approved', 'Reviewed', 'Rejected'])}|signed_by={g.ch(['Dr.', 'Mr.', 'Ms.'])} ",
            S(g.en_last(), "PERSON"), f'|meaning="{g.ch(["QA Release", "Batch Record Review", "Deviation Closure"])}"|workstation=', S(g.ip_priv(), "IP_ADDRESS")]


@tpl("en", "auditor visitor pre-registration", "PERSON(surname after Ms./Mr.), PASSPORT, PERSON(host)", "flight_number, extension, public_figure")
def t_auditor(g):
    d = g.dt()
    cc = g.ch(["US", "GB", "DE", "FR"])
    return [f"Visitor pre-registration: {g.ch(['Ms.', 'Mr.', 'Dr.'])} ", S(g.en_last({'US': 'en_US', 'GB': 'en_GB', 'DE': 'de_DE', 'FR': 'fr_FR'}[cc]), "PERSON"),
            f" ({g.ch(['TÜV SÜD', 'BSI', 'DNV', 'Bureau Veritas'])} auditor), passport ", S(g.passport(cc), "PASSPORT"), ", arriving on ",
            D(g.flight(), "flight_number"), f" {d:%Y-%m-%d}, host ", S(g.en_name(), "PERSON"), " ext. ", D(g.digs(4), "extension"),
            ', meeting room "', D(g.ch(PUBLIC_FIG_EN), "public_figure"), '"']


@tpl("en", "yard management check-in (US plant)", "PERSON(driver), LICENSE_PLATE(US), PHONE_NUMBER(national)", "asset_id, appointment_id")
def t_yms(g):
    return ["YMS check-in: trailer ", D(f"TRL-{g.digs(5)}", "asset_id"), f" carrier SCAC={g.ch(['ODFL', 'SAIA', 'JBHT', 'SWFT'])} driver=\"",
            S(g.en_name("en_US"), "PERSON"), '" plate=', S(g.plate("US"), "LICENSE_PLATE"), f" ({g.ch(['CA', 'OH', 'TX', 'MI'])}) phone=",
            S(g.intl_phone("US", "nat"), "PHONE_NUMBER"), f" door={g.ri(1, 40)} appt=", D(f"AP-{g.dt():%Y%m%d}-{g.digs(3)}", "appointment_id")]


@tpl("en", "ANPR camera at UK plant gate", "LICENSE_PLATE(GB), PERSON", "booking_id, place(district)")
def t_anpr_uk(g):
    d = g.dt()
    return [f"ANPR GATE-{g.ri(1, 3)}-IN {d:%Y-%m-%d %H:%M:%S} VRM=\"", S(g.plate("GB"), "LICENSE_PLATE"), f"\" conf={g.ri(80, 99)} matched=VisitorBooking/",
            D(f"VB-{g.digs(4)}", "booking_id"), ' name="', S(g.en_name("en_GB"), "PERSON"), '" site=Birmingham-',
            D(g.ch(["Tyseley", "Castle Bromwich", "Aston", "Longbridge"]), "place")]


@tpl("en", "contractor permit-to-work (hot work)", "PERSON, PHONE_NUMBER, PERSON, PERSON(surname after Mr.)", "permit_number")
def t_ptw(g):
    d = g.dt()
    return [D(f"PTW-{d:%y}-{g.digs(4)}", "permit_number"), " Hot Work permit issued: crew lead ", S(g.en_name("en_AU"), "PERSON"),
            " (", S(g.intl_phone("AU", mobile=True), "PHONE_NUMBER"), "), fire watch ", S(g.en_name(), "PERSON"),
            f", approved by EHS manager {g.ch(['Mr.', 'Ms.'])} ", S(g.en_last(), "PERSON"),
            f", valid {d:%H}:00-{(d.hour + 8) % 24:02d}:00, area: Paint Shop Mezzanine"]


@tpl("en", "SEPA credit transfer queue (German plant payroll)", "PERSON, IBAN_CODE", "message_id, end_to_end_id, amount")
def t_sepa(g):
    d = g.dt()
    return ["SEPA-CT queued: MsgId=", D(f"HTPM-PAY-{d:%y%m%d}-{g.ri(1, 9):02d}", "message_id"), " EndToEndId=",
            D(f"PAY-{d:%y%m}-{g.digs(5)}", "end_to_end_id"), ' Cdtr="', S(g.en_name(g.ch(["de_DE", "de_DE", "fr_FR", "es_ES"])), "PERSON"),
            '" IBAN=', S(g.iban(g.ch(["DE", "DE", "AT", "NL", "FR", "ES"]), False), "IBAN_CODE"), " Amt=", D(f"{g.ri(1500, 7000)}.{g.digs(2)}", "amount"),
            f" EUR ReqdExctnDt={d + _dt.timedelta(days=3):%Y-%m-%d}"]


@tpl("en", "ISO 20022 pain.001 fragment (XML-escaped names)", "PERSON(XML-escaped), IBAN_CODE", "end_to_end_id, amount")
def t_pain001(g):
    d = g.dt()
    return ["<CdtTrfTxInf><PmtId><EndToEndId>", D(f"PAY-{d:%y%m}-{g.digs(5)}", "end_to_end_id"), '</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">',
            D(f"{g.ri(900, 9000)}.{g.digs(2)}", "amount"), "</InstdAmt></Amt><Cdtr><Nm>", S(g.en_name(g.ch(["fr_FR", "de_DE", "en_GB"])), "PERSON", "xml"),
            "</Nm></Cdtr><CdtrAcct><Id><IBAN>", S(g.iban(g.ch(["FR", "BE", "DE", "IE", "IT"]), False), "IBAN_CODE"), "</IBAN></Id></CdtrAcct></CdtTrfTxInf>"]


@tpl("en", "ADP payroll export CSV row", "PERSON(\"Last, First\"), US_SSN", "employee_id, masked(account), amount")
def t_adp(g):
    d = g.dt()
    f, l = g.en_first("en_US"), g.en_last("en_US")
    return [D(f"{g.ri(1, 99999):06d}", "employee_id"), ',"', S(f"{l}, {f}", "PERSON", "csv"), '",', S(g.ssn(g.ch(["dash", "plain"])), "US_SSN"),
            ",", D("****" + g.digs(4), "masked"), f",{d:%Y-%m-%d},", D(f"{g.ri(900, 6000)}.{g.digs(2)}", "amount"), ",DD"]


@tpl("en", "Workday EIB load error (hire)", "PERSON(\"Last, First\"), US_SSN", "employee_id")
def t_workday(g):
    f, l = g.en_first("en_US"), g.en_last("en_US")
    return [f"Workday EIB Hire_Employee row {g.ri(2, 400)} rejected: Worker_ID=", D(f"E{g.ri(100000, 199999)}", "employee_id"), ' Legal_Name="',
            S(f"{l}, {f}", "PERSON"), '" National_ID (USA-SSN)=', S(g.ssn(g.ch(["plain", "dash", "space"])), "US_SSN"),
            ' Reason="Duplicate national identifier"']


@tpl("en", "Concur expense import with corporate card", "PERSON, CREDIT_CARD, EMAIL_ADDRESS(approver)", "report_id, company(Hilton/Marriott), amount")
def t_concur(g):
    loc = g.ch(["en_IN", "en_US", "en_GB"])
    appr = g.en_name(loc)
    return ["Concur import: report ", D(f"R-{g.digs(7)}", "report_id"), " employee=", S(g.en_name(loc), "PERSON"), " card=",
            S(g.card(g.ch(["visa", "mc", "amex"])), "CREDIT_CARD"), ' merchant="', D(g.ch(["Hilton", "Marriott", "Hyatt", "Ritz-Carlton"]), "company"),
            f' {g.ch(["Garden Inn Pune", "Downtown Columbus", "Birmingham City"])}" amount=', D(g.amount(), "amount"),
            " status=Pending Approval approver=", S(g.login(zh=False, name=appr) + "@htpmfg.com", "EMAIL_ADDRESS")]


@tpl("en", "TMC travel booking (GDS SURNAME/FIRST format)", "PERSON(GDS name), PASSPORT", "booking_ref, flight_number")
def t_gds(g):
    d = g.dt()
    loc = g.ch(["en_US", "en_GB", "de_DE", "en_IN", "en_AU"])
    cc = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "en_IN": "IN", "en_AU": "AU"}[loc]
    f, l = _ascii(g.en_first(loc)).upper(), _ascii(g.en_last(loc)).upper()
    return ["TMC booking ", D(g.s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), "booking_ref"), ": traveler ", S(f"{l}/{f}", "PERSON"),
            f" {g.ch(['MR', 'MS', 'MRS'])} passport ", S(g.passport(cc), "PASSPORT"), f" exp {d.year + g.ri(1, 9)}-{g.ri(1, 12):02d} flight ",
            D(g.flight(), "flight_number"), f" {g.ch(['SFO-PVG', 'FRA-PVG', 'BOM-PVG', 'MEL-PVG'])} {d:%Y-%m-%d} seat {g.ri(10, 60)}{g.ch('ABCDEFGHK')}"]


@tpl("en", "deploy pipeline, NO spans", "-", "version, image_digest, system_account OR commit_hash")
def t_deploy(g):
    svc = g.ch(["mes-api", "wms-sync", "edi-gateway", "qms-web"])
    if g.p(0.5):
        return [f"[deploy] {svc} ", D(f"v{g.ri(1, 5)}.{g.ri(0, 20)}.{g.ri(0, 9)}", "version"), f" image registry.htpmfg.local/{svc}@",
                D("sha256:" + g.hexs(64), "image_digest"), " rolled out by ", D(g.ch(["svc-jenkins", "ci-bot"]), "system_account")]
    return [f"[deploy] {svc} build #{g.ri(100, 9999)} from commit ", D(g.hexs(g.ch([7, 8, 40])), "commit_hash"), " passed smoke tests"]




@tpl("en", "Mosquitto MQTT broker connect", "IP_ADDRESS(client)", "epoch_ts, port, system_account")
def t_mosquitto(g):
    d = g.dt()
    return [D(str(epoch(d)), "epoch_ts"), ": New client connected from ", S(g.ip_priv(), "IP_ADDRESS"), ":", D(str(g.ri(30000, 65000)), "port"),
            f" as plc-gw-{g.ri(1, 40):02d} (p2, c1, k60, u'", D("svc-mqtt", "system_account"), "')."]


@tpl("en", "service-account JSON dumped into config log (private key body with \\n escapes)", "CREDENTIAL(private key body)", "key_id, system_account")
def t_privkey(g):
    return ['config loaded: {"type": "service_account", "project_id": "htpm-qc", "private_key_id": "', D(g.hexs(40), "key_id"),
            '", "private_key": "-----BEGIN PRIVATE KEY-----\\n', S(g.privkey_body(), "CREDENTIAL"), '\\n-----END PRIVATE KEY-----\\n", "client_email": "',
            D("qc-uploader@htpm-qc.iam.gserviceaccount.com", "system_account"), '"}']


@tpl("en", "IIS W3C log, credentials in query string", "PERSON(login), CREDENTIAL(percent-encoded), IP_ADDRESS(c-ip)", "server_ip(s-ip), port")
def t_iis(g):
    d = g.dt()
    return [f"{d:%Y-%m-%d %H:%M:%S} ", D(g.ip_priv(), "server_ip"), " GET /scada/login.aspx user=", S(g.login(), "PERSON"), "&pwd=",
            S(g.password(), "CREDENTIAL", "pct"), " ", D("443", "port"), " - ", S(g.ip_client(), "IP_ADDRESS"),
            f" Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 302 0 0 {g.ri(3, 300)}"]


@tpl("en", "forklift impact telemetry JSON (Australian plant)", "PERSON", "asset_id, badge_id, place(site)")
def t_forklift_en(g):
    d = g.dt()
    return [f'{{"ts":"{ts_iso(d, "Z", 0)}","asset":"', D(f"FL-{g.ri(1, 30):02d}", "asset_id"), '","site":"', D(g.ch(["Geelong", "Corio", "Norlane"]), "place"),
            f'","event":"IMPACT","g_force":{g.ri(15, 40) / 10},"operator":{{"badge":"', D(g.digs(5), "badge_id"), '","name":"',
            S(g.en_name("en_AU"), "PERSON", "json"), '"},"lockout":true}']


@tpl("en", "Elastic ECS JSON, supplier portal login", "EMAIL_ADDRESS(user.name), IP_ADDRESS(source)", "uuid")
def t_ecs(g):
    d = g.dt()
    name = g.en_name(g.ch(["de_DE", "fr_FR", "en_GB", "es_ES"]))
    return [f'{{"@timestamp":"{ts_iso(d, "Z")}","event.action":"user-login","event.outcome":"{g.ch(["success", "failure"])}","user.name":"',
            S(g.login(zh=False, name=name) + g.ch(["@lieferant.de", "@fournisseur.fr", "@supplier.co.uk"]), "EMAIL_ADDRESS"), '","source.ip":"',
            S(g.ip_pub(), "IP_ADDRESS"), '","http.request.id":"', D(g.uuid(), "uuid"), '"}']


@tpl("en", "SOC alert: impossible travel, session revoked", "EMAIL_ADDRESS(UPN), IP_ADDRESS, IP_ADDRESS, PERSON(analyst)", "-")
def t_soc(g):
    return ["[SOC] Entra ID sign-in risk: user ", S(g.login(zh=False) + "@htpmfg.com", "EMAIL_ADDRESS"), " signed in from ", S(g.ip_pub(), "IP_ADDRESS"),
            f" ({g.ch(['TOR exit', 'hosting ASN', 'anonymous proxy'])}) -- impossible travel from ", S(g.ip_client(pub=0.5), "IP_ADDRESS"),
            " (Ohio plant); session revoked by analyst ", S(g.en_name(), "PERSON")]


@tpl("en", "supplier audit summary, NO spans (brand, room named after public figure)", "-", "case_number, company, public_figure")
def t_audit_nospan(g):
    return ["Supplier audit ", D(f"SA-{g.dt():%Y}-{g.ri(1, 60):02d}", "case_number"), f" (IATF 16949) at ",
            D(g.ch(["Ford", "Porsche", "Bosch", "Michelin", "Siemens"]), "company"), f" Tier-2 plant: {g.ri(0, 3)} minor findings, closing meeting in room \"",
            D(g.ch(PUBLIC_FIG_EN), "public_figure"), '"']


@tpl("en", "cloud SDK / API key leaks (AWS, Aliyun OSS, Stripe, Google, GitHub, Slack)", "CREDENTIAL x1-2", "case_number (OSS variant)")
def t_cloudkeys(g):
    d = g.dt()
    k = g.ri(0, 4)
    if k == 0:
        return [f"{ts_java(d, ',')} DEBUG botocore.credentials Found credentials in environment variables. aws_access_key_id=",
                S(g.aws_ak(), "CREDENTIAL"), " aws_secret_access_key=", S(g.aws_sk(), "CREDENTIAL"), " region=eu-central-1"]
    if k == 1:
        return [f"[oss] PutObject bucket=htpm-qc-images object=ncr/{d:%Y/%m}/", D(f"NCR-{d:%Y}-{g.digs(4)}", "case_number"),
                f"/IMG_{g.digs(4)}.jpg AccessKeyId=", S("LTAI5t" + g.s(_ALNUM, 18), "CREDENTIAL"), " AccessKeySecret=", S(g.s(_ALNUM, 30), "CREDENTIAL")]
    if k == 2:
        key = g.ch(["sk_live_", "rk_live_"]) + g.s(_ALNUM, 24) if g.p(0.5) else "AIza" + g.s(_ALNUM + "-_", 35)
        return [f"requests: GET https://api.supplier-forecast.com/v2/forecast?plant=OH1&api_key=", S(key, "CREDENTIAL"), f" -> {g.ch(['200', '401', '429'])} ({g.ri(1, 99) / 100}s)"]
    if k == 3:
        return [f"{ts_iso(d, 'Z')} git clone https://x-access-token:", S("ghp_" + g.s(_ALNUM, 36), "CREDENTIAL"),
                "@github.com/hengtai-mfg/plc-backups.git failed: repository not found"]
    return ["WARN notifier: POST https://hooks.slack.com/services/T0", g.s(_UPALNUM, 8), "/B0", g.s(_UPALNUM, 9), "/", S(g.s(_ALNUM, 24), "CREDENTIAL"),
            " returned 404; retrying with bot token ", S(f"xoxb-{g.digs(12)}-{g.digs(13)}-{g.s(_ALNUM, 24)}", "CREDENTIAL")]


@tpl("en", "OSHA incident log (DOB/age/gender unlabelled)", "PERSON", "case_number, asset_id, place(hospital)")
def t_osha(g):
    age = g.ri(19, 63)
    return ["Incident ", D(f"IR-{g.dt():%Y}-{g.digs(3)}", "case_number"), ": forklift ", D(f"FL-{g.ri(1, 30):02d}", "asset_id"),
            f" struck racking in aisle {g.ri(1, 30)}; operator ", S(g.en_name("en_US"), "PERSON"),
            f" (DOB {2026 - age}-{g.ri(1, 12):02d}-{g.ri(1, 28):02d}, age {age}, {g.ch(['male', 'female'])}) treated at ",
            D(g.ch(["Mayo Clinic", "Cleveland Clinic", "OhioHealth Riverside Methodist Hospital", "St Thomas' Hospital"]), "place"), ", no lost time"]






@tpl("en", "Apache httpd error log (PHP session id in referer)", "IP_ADDRESS(client), CREDENTIAL(sid)", "port")
def t_apache_err(g):
    d = g.dt()
    return [f"[{WDAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:02d} {d:%H:%M:%S}.{d.microsecond:06d} {d.year}] [php:warn] [pid {g.ri(1000, 9999)}] [client ",
            S(g.ip_client(pub=0.8), "IP_ADDRESS"), ":", D(str(g.ri(1024, 65535)), "port"),
            f"] PHP Warning:  session_start(): Session data file is not created by your uid in /var/www/srm/lib/auth.php on line {g.ri(20, 300)}, referer: https://srm.htpmfg.com/login?sid=",
            S(g.s(_LOALNUM, 26), "CREDENTIAL")]




@tpl("en", "LDAP bind failure (AD data 52e)", "PERSON(in DN), IP_ADDRESS(client)", "-")
def t_ldap(g):
    name = g.en_name() if g.p(0.5) else _py_name(g)
    return ["ldap_bind: Invalid credentials (49) additional info: 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563 dn=\"CN=",
            S(name, "PERSON"), f",OU=Users,OU=Plant{g.ri(1, 4)},DC=htpm,DC=local\" client=", S(g.ip_priv(), "IP_ADDRESS")]


@tpl("en", "B2B marketplace order shipment (Luhn-valid 16-digit order id)", "PERSON, EMAIL_ADDRESS", "order_id(16-digit Luhn), masked(card), waybill")
def t_b2b_order(g):
    name = g.en_name("en_US")
    return ["Amazon Business order ", D(g.order_luhn16(), "order_id"), " shipped to ", S(name, "PERSON"), " <",
            S(g.login(zh=False, name=name) + "@htpmfg.com", "EMAIL_ADDRESS"), "> paid with card ending ", D("****" + g.digs(4), "masked"),
            ", tracking ", D("1Z" + g.s(_UPALNUM, 16), "waybill")]


def _py_name(g):
    return g.ch(PY_GIV).capitalize() + " " + g.ch(PY_SUR).capitalize()


# ----------------------------------------------------------------- build / validate
def _finalize(parts, clean, g, tidx):
    parts = [("t", str(p)) if isinstance(p, (str, int, float)) else p for p in parts]
    if clean:
        n_dec = sum(1 for p in parts if p[0] == "d")
        distinct = []
        for p in parts:
            if p[0] == "s" and (p[1], p[2]) not in distinct:
                distinct.append((p[1], p[2]))
        repl = {}
        for v, t in distinct:
            occ = sum(1 for p in parts if p[0] == "s" and (p[1], p[2]) == (v, t))
            if n_dec + occ <= MAX_DECOYS and g.r.random() < 0.7:
                repl[(v, t)] = ("mask", _mask(v, t, g))
                n_dec += occ
            else:
                repl[(v, t)] = ("dash", "-")
        new = []
        for p in parts:
            if p[0] == "s":
                how, mv = repl[(p[1], p[2])]
                new.append(("d", mv, "masked", p[3]) if how == "mask" else ("t", "-"))
            else:
                new.append(p)
        parts = new
    text, spans, decoys = [], [], []
    pos = 0
    for p in parts:
        if p[0] == "t":
            s = p[1]
        else:
            s = _enc(p[1], p[3])
            (spans if p[0] == "s" else decoys).append([pos, pos + len(s), p[2]])
        text.append(s)
        pos += len(s)
    return {"text": "".join(text), "spans": spans, "decoys": decoys, "template": tidx}


def _is_word(c):
    return c.isascii() and c.isalnum()


def _check_record(rec):
    text, spans, decoys = rec["text"], rec["spans"], rec["decoys"]
    assert isinstance(text, str) and text, "empty text"
    assert "\n" not in text and "\r" not in text, "newline in text"
    assert 0 <= len(spans) <= MAX_SPANS, f"{len(spans)} spans"
    assert 0 <= len(decoys) <= MAX_DECOYS, f"{len(decoys)} decoys"
    allr = []
    for s, e, t in spans:
        assert 0 <= s < e <= len(text), "span offsets"
        assert t in TYPES, t
        assert _value_ok(t, text[s:e]), f"bad {t}: {text[s:e]!r}"
        allr.append((s, e))
    for s, e, k in decoys:
        assert 0 <= s < e <= len(text), "decoy offsets"
        assert isinstance(k, str) and k and k not in TYPES, k
        assert _decoy_ok(k, text[s:e]), f"bad decoy {k}: {text[s:e]!r}"
        allr.append((s, e))
    allr.sort()
    for (a1, b1), (a2, b2) in zip(allr, allr[1:]):
        assert b1 <= a2, "overlap"
    for s, e, t in spans:
        printed = text[s:e]
        for form in {printed, _norm(printed, t)}:
            if not form.strip():
                continue
            start = 0
            while True:
                a = text.find(form, start)
                if a < 0:
                    break
                b = a + len(form)
                start = a + 1
                if _is_word(form[0]) and a > 0 and _is_word(text[a - 1]):
                    continue
                if _is_word(form[-1]) and b < len(text) and _is_word(text[b]):
                    continue
                if any(ss <= a and b <= ee for ss, ee, _ in spans):
                    continue
                if t == "PERSON" and any(ds <= a and b <= de for ds, de, _ in decoys):
                    continue
                raise AssertionError(f"unlabelled occurrence of {t} {form!r} at {a}")


def blind_log27(n: int, seed: int = 0) -> list:
    rng = random.Random(seed)
    g = G(rng)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    out = []
    for i in range(n):
        tidx = order[i % len(order)]
        fn = TEMPLATES[tidx][0]
        clean = rng.random() < CLEAN_RATE
        for attempt in range(200):
            rec = _finalize(fn(g), clean, g, tidx)
            try:
                _check_record(rec)
                break
            except AssertionError:
                if attempt == 199:
                    raise
        out.append(rec)
    return out


def validate(records) -> dict:
    types, kinds, tpls = Counter(), Counter(), Counter()
    clean = 0
    for rec in records:
        assert set(rec) == {"text", "spans", "decoys", "template"}, set(rec)
        assert isinstance(rec["template"], int) and 0 <= rec["template"] < len(TEMPLATES)
        _check_record(rec)
        for _, _, t in rec["spans"]:
            types[t] += 1
        for _, _, k in rec["decoys"]:
            kinds[k] += 1
        tpls[rec["template"]] += 1
        if not rec["spans"]:
            clean += 1
    return {"records": len(records), "no_span_records": clean, "types": dict(types),
            "kinds": dict(kinds), "templates": dict(tpls)}


def _template_table():
    return "\n".join(f"{i:2d}: {lang} / {system} -- {sp} | {dc}"
                     for i, (_, lang, system, sp, dc) in enumerate(TEMPLATES))


if __name__ == "__main__":
    recs = blind_log27(5000, 0)
    c = validate(recs)
    print(f"records={c['records']} templates={len(TEMPLATES)} records_without_spans={c['no_span_records']}")
    print("TYPE counts:")
    for t in TYPES:
        print(f"  {t:16s} {c['types'].get(t, 0)}")
    print("decoy KIND counts:")
    for k, v in sorted(c["kinds"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:18s} {v}")
