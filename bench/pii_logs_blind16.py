#!/usr/bin/env python3
"""Blind labelled evaluation set no. 16 for a log PII redactor.

Theme: one hospital group's mixed log stream -- HIS / outpatient registration,
the appointment-booking app and WeChat mini-program back ends (JSON), LIS/PACS
and HL7-ish interface lines, pharmacy and medical-insurance (医保) callbacks,
nginx / HAProxy / gunicorn access lines, SMS notices, Chinese nurse-station,
duty and IT-ops lines, and group-chat bot alerts.

Provenance
----------
Written blind on 2026-12-06.  Nothing of the project was read while writing it:
no redactor code, rules, seeds, tests, docs, training data, notes or other
evaluation sets.  The redactor is never imported or run.  Formats come from
general knowledge of how the named systems print their logs.  Only the Python
standard library, Faker (40.x) and phonenumbers (9.x) are used.

API
---
    blind_log16(n: int, seed: int = 0) -> list[dict]
        n records {"text", "spans", "decoys", "template"}.  spans / decoys are
        [start, end, TYPE] / [start, end, KIND] with Python code-point offsets;
        text[start:end] is the value exactly as printed (percent-encoded,
        \\u-escaped or JSON-escaped where the line prints it so).  One
        random.Random(seed) drives everything; the Faker instances are seeded
        from it, so output is stable for a given seed.  Templates are used
        round-robin over one shuffled order; template numbers are 0..K-1.
        About one record in ten is "clean": every planted value is replaced by
        a masked placeholder (recorded as decoy "masked") or by a dash.
    validate(records) -> dict
        Self-check; raises AssertionError on any problem (offsets in range,
        spans not overlapping each other or decoys, every planted value's other
        occurrences in the line also labelled, no newline inside a text, 0-4
        spans and 0-3 decoys a line, values are what their type says: Luhn-valid
        cards of a real brand prefix, phones valid per phonenumbers, IBAN
        mod-97, GB 11643 check digit and real birth date on Chinese IDs, SSA
        rules on SSNs, ...).  Returns counters.
    python pii_logs_blind16.py
        generates 5,000 lines (seed 0), validates them (and seeds 1 and 2) and
        prints counts per TYPE and per decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR,
                es_ES names; compound surnames (欧阳, 司马, 诸葛, 皇甫 ...) and rare
                surnames (佘, 禚, 亓, 訾, 仉, 逄 ...) with Faker given names;
                Uyghur / Kazakh "given·father" names, Tibetan, Mongolian and Yi
                names; surname-only before a title (王先生, 张师傅, 李主任, Dr. Patel);
                HL7 / DICOM "FAMILY^GIVEN", airline "SURNAME/GIVEN", "SMITH, JOHN";
                person logins (jsmith, zhang.wei, wangfang88, li_na).  Printed
                raw, percent-encoded or \\u-escaped as the line would.
EMAIL_ADDRESS   pinyin / western local parts at CN and international free-mail
                domains, staff addresses at the group's domain, QQ numbers
                (bare or @qq.com); sometimes percent-encoded (%40).
PHONE_NUMBER    CN mobiles (all current prefixes) printed plain, 3-4-4 spaced or
                dashed, +86, +86-, (+86), 0086, 86-prefixed; CN landlines with
                real area codes ((0755)8xxxxxxx, 010-6xxxxxxx, +86 21 ...);
                numbers built from phonenumbers.example_number(_for_type) of ~30
                regions with random tails, kept only if valid, printed E164 /
                INTERNATIONAL / NATIONAL.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55, 2221-2720), Amex (34/37),
                UnionPay (62, 16 and 19 digits); plain, spaced or dashed.
IBAN_CODE       DE, GB, FR, ES, NL, CH, AT, BE with correct mod-97 check digits
                (and national check digits for FR RIB, ES DC, BE, NL 11-test);
                compact or grouped by four.
US_SSN          AAA-GG-SSSS with SSA-valid area / group / serial.
CN_RESIDENT_ID  18 digits: real-looking area codes, real birth date, sequence,
                GB 11643-1999 check digit (X sometimes lower case).
PASSPORT        CN E+8 digits, E+letter+7 digits, G+8 digits; US / GB 9 digits;
                FR 2 digits+2 letters+5 digits.
LICENSE_PLATE   CN plates, ordinary (京A12345) and new-energy (粤B·D12345,
                沪A12345F), printed with "·", a space or nothing.
IP_ADDRESS      client / user / workstation / attacker addresses: CN mobile and
                broadband ranges, 10.50.x / 192.168 workstations, IPv6
                (240e:/2409:), IPv4-mapped IPv6 (::ffff:a.b.c.d).
CREDENTIAL      passwords (form fields, connection strings, URL userinfo,
                percent-encoded), AWS / Aliyun / Tencent access and secret keys,
                WeChat app secret, WeCom webhook key (UUID-shaped), DingTalk
                access_token, JSESSIONID / SESSION / PHPSESSID values, bearer
                JWTs (token only), GitLab / GitHub tokens, PEM private-key bodies.

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (QQ numeric too); role
  mailboxes (service@, noreply@, alerts@, hr@ ...) -> decoy role_mailbox.
* Server / upstream / proxy / DB / resolver / modality / AC address -> decoy
  server_ip; a client's or user's (workstation, phone, attacker) address ->
  IP_ADDRESS.
* Surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) -> PERSON on
  the surname only; "王建国主任医师" -> PERSON on 王建国; full names of staff
  (engineers, agents, doctors, 运维, 值班人员, nurses) are PERSON.
* Famous historical people / fictional characters -> decoy public_figure;
  brands named after people -> decoy company; streets, districts, scenic
  spots, hospitals, schools / buildings -> decoy place.
* Passwords, API / access / secret keys, session ids / cookie values, bearer
  tokens and JWTs (token only), private-key bodies, connection-string and URL
  password parts -> CREDENTIAL; one-time SMS codes / pickup codes -> decoy
  pickup_code.
* Person-looking logins (jsmith, zhang.wei) -> PERSON; root, admin, svc-*,
  service accounts -> decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1),
  case numbers, 工号, waybills, train / flight numbers, UUIDs, commit hashes,
  image digests, trace ids, epoch timestamps, amounts, ports, versions, bed
  numbers, accession numbers, DICOM UIDs, HL7 control ids ... -> decoys with a
  descriptive kind.  Values the application itself already masked -> decoy
  masked.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张小泉) or inside another span,
  but every other occurrence of a planted value in the line is itself
  labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.
  Some templates have no spans at all (only decoys) to measure over-redaction.

Template table ("number: language / system -- spans | decoys")
-----------------------------------------------------------------
0: en / nginx combined access, WeChat mini-program booking API -- IP_ADDRESS, PHONE_NUMBER (maybe %2B86), PERSON (percent-encoded) | -
1: en / nginx custom log_format with basic-auth user and upstream -- IP_ADDRESS, PERSON (login) | server_ip, port
2: en / nginx log_format escape=json (mini-program login) -- IP_ADDRESS (X-Forwarded-For), CREDENTIAL (SESSION cookie) | server_ip x2
3: en / nginx error log, upstream timeout on patient lookup -- IP_ADDRESS, CN_RESIDENT_ID x2 | server_ip
4: zh / HIS outpatient registration (logback) -- PERSON (patient), CN_RESIDENT_ID, PHONE_NUMBER, PERSON (doctor before 主任医师) | case_number, amount
5: zh / booking mini-program back end (Go zap JSON) -- PERSON (patient), PHONE_NUMBER, CN_RESIDENT_ID, PERSON (doctor) | epoch_timestamp
6: en / WeChat Pay notify XML (payment callback) -- - | order_id (out_trade_no), order_id (transaction_id), amount (total_fee)
7: zh / 医保 2207 settlement response JSON (national insurance platform) -- PERSON (psn_name, raw or \\u-escaped), CN_RESIDENT_ID (certno) | request_id (msgid), order_id (setl_id), amount
8: en / HL7 v2 ADT^A04 received over MLLP (segments joined by literal \\r) -- PERSON (PID-5, Chinese or FAMILY^GIVEN), CN_RESIDENT_ID (PID-3 NNCHN), PHONE_NUMBER (PID-13) | server_ip, hl7_control_id, case_number (MRN)
9: en / HL7 v2 ORU^R01 lab result from LIS -- PERSON (patient FAMILY^GIVEN), PERSON (ordering provider FAMILY^GIVEN) | hl7_control_id, accession_number, employee_id
10: en / dcm4chee-arc store service (DICOM C-STORE) -- PERSON (PatientName FAMILY^GIVEN) | server_ip (modality), dicom_uid, case_number (PatientID)
11: zh / LIS critical-value (危急值) notification -- PERSON (patient), PERSON (lab reporter), PERSON (nurse), PHONE_NUMBER | accession_number (标本号), bed_number
12: zh / SMS gateway, appointment confirmation notice -- PHONE_NUMBER, PERSON (surname before 女士/先生), PERSON (doctor) | template_id, place
13: zh / Aliyun SMS verification code send -- PHONE_NUMBER | pickup_code (SMS code), uuid (RequestId), request_id (BizId)
14: zh / pharmacy window queue caller (叫号) -- PERSON (patient) | pickup_code, order_id (sometimes 11-digit 1xxxxxxxxxx), company (brand named after a person)
15: zh / nurse-station shift handover (护士站交班) -- PERSON (patient), PERSON (nurse) x2 | bed_number
16: zh / IT ops group-chat bot alert (DB replication lag) -- PERSON (值班), PHONE_NUMBER | server_ip, port
17: en / Prometheus Alertmanager notify failure (webhook key already redacted) -- - | masked (<secret>)
18: en / python urllib3 debug, WeCom group-bot webhook -- CREDENTIAL (UUID-shaped webhook key) | port
19: en / DingTalk robot webhook call (node alert-bot) -- CREDENTIAL (access_token) | epoch_timestamp (ms)
20: en / Spring Boot HikariCP pool init failure with JDBC URL -- CREDENTIAL (password= in JDBC URL) | server_ip, port, system_account
21: en / pymongo connection URI in PACS indexer error -- CREDENTIAL (URI password) | system_account, server_ip x2
22: en / Celery worker banner (broker password masked by Celery) -- - | masked, server_ip, version
23: en / kombu / redis broker connection error leaking URL password -- CREDENTIAL (redis URL password) | server_ip, port
24: en / Aliyun OSS SDK debug (archive upload of PACS reports) -- CREDENTIAL (AccessKeyId), CREDENTIAL (AccessKeySecret) | request_id
25: en / python logging, appointment booking service -- PERSON (western/Indian name), PHONE_NUMBER (international), EMAIL_ADDRESS | order_id (booking id)
26: en / gunicorn access log, password reset with percent-encoded e-mail -- IP_ADDRESS, EMAIL_ADDRESS (%40-encoded) | -
27: en / international clinic payment debug leaking the PAN -- CREDIT_CARD, PERSON (cardholder) | amount, order_id (sometimes Luhn-valid 16-digit)
28: en / UnionPay POS terminal at outpatient cashier -- CREDIT_CARD | reference_number (rrn), amount, merchant_id
29: en / US insurance 270 eligibility request (international patient) -- PERSON (subscriber), US_SSN | company (payer)
30: en / refund to foreign patient's bank account -- PERSON (beneficiary), IBAN_CODE | amount, order_id
31: zh / outpatient refund to bank card (退费) -- PERSON (patient), CREDIT_CARD, PERSON (finance reviewer) | company (bank), amount, order_id (11-digit 1xxxxxxxxxx or Luhn-valid 16-digit)
32: zh / hospital car-park entry (停车场) -- LICENSE_PLATE, PERSON (surname before 师傅/先生), PHONE_NUMBER | place
33: zh / international department patient file (国际部外籍患者建档) -- PERSON (western name), PASSPORT, PHONE_NUMBER (foreign), EMAIL_ADDRESS | case_number
34: en / medical escort / flight booking, airline-style name -- PERSON (SURNAME/GIVEN), PASSPORT (CN) | flight_number, order_id
35: zh / call-centre follow-up call (出院随访) -- PERSON (agent), PHONE_NUMBER (landline or mobile), PERSON (patient) | employee_id
36: zh / hospital office notice, International Nurses Day -- - | public_figure, place, role_mailbox
37: zh / pharmacy stock warning -- - | company x2, order_id
38: zh / 医保 interface error with ID number inside errmsg -- CN_RESIDENT_ID, PERSON (operator) | employee_id
39: en / containerd image pull (HIS micro-service deploy) -- - | version, image_digest
40: en / GitLab CI deploy job summary -- PERSON (committer), EMAIL_ADDRESS (staff) | commit_hash, version
41: en / sshd Accepted publickey from workstation -- PERSON (login), IP_ADDRESS | port, key_fingerprint
42: en / sshd brute force against a system account -- IP_ADDRESS (attacker) | system_account, port
43: en / sudo audit line -- PERSON (login) x2 | system_account
44: en / Windows Security 4625 via NXLog key=value (nurse workstation) -- PERSON (login), IP_ADDRESS (workstation) | -
45: en / OpenVPN peer connection (remote staff) -- IP_ADDRESS x2, PERSON (login) | port x2
46: en / HAProxy http log with phone in query -- IP_ADDRESS, PHONE_NUMBER | -
47: en / Jackson deserialization error echoing \\u-escaped request body -- PERSON (\\u-escaped), CN_RESIDENT_ID | trace_id
48: en / OAuth2 password grant form body in debug log -- PERSON (username), CREDENTIAL (password, percent-encoded), CREDENTIAL (client_secret) | -
49: en / OkHttp Request.toString with bearer JWT -- CREDENTIAL (JWT) | accession_number
50: en / pino JSON (node SMS service) -- IP_ADDRESS (::ffff: mapped), PHONE_NUMBER | epoch_timestamp (ms), request_id
51: zh / Alipay async notify (form-encoded; buyer id masked by Alipay) -- - | masked (buyer_logon_id), order_id, amount
52: zh / inpatient admission (入院登记) -- PERSON (patient), CN_RESIDENT_ID, PERSON (contact), PHONE_NUMBER | case_number, bed_number
53: zh / health-check centre group booking (体检团检) -- PERSON, PHONE_NUMBER | company, order_id (sometimes Luhn-valid 16-digit)
54: zh / obstetrics newborn registration (新生儿登记) -- PERSON (mother), CN_RESIDENT_ID (mother), PERSON (father), PHONE_NUMBER | case_number
55: zh / 120 ambulance dispatch -- PHONE_NUMBER (caller), PERSON (surname before 先生/女士) | place (destination hospital)
56: en / RFC 5424 syslog from infusion-pump gateway -- PERSON (nurse) | bed_number, device_serial
57: en / FHIR Patient resource JSON -- PERSON (family), PERSON (given), PHONE_NUMBER, EMAIL_ADDRESS | uuid
58: en / HL7 ACK over MLLP -- - | hl7_control_id x2, server_ip
59: en / Mirth Connect channel log -- PERSON ("FAMILY, GIVEN") | case_number (MRN), message_id
60: en / pharmacy dispensing robot -- PERSON (surname after Dr.) | order_id, company
61: en / Postfix smtp delivery to a patient -- EMAIL_ADDRESS | queue_id, server_ip (relay)
62: en / Postfix qmgr from a role mailbox -- - | queue_id, role_mailbox
63: zh / WeCom duty reminder bot (信息科值班) -- PERSON (值班), PHONE_NUMBER, PERSON (备班) | place
64: zh / Zabbix alert in Chinese -- PERSON (handler) | server_ip, event_id
65: en / Zabbix alert in English -- - | event_id, server_ip
66: zh / registration log with phone already masked by the app -- PERSON (patient), CN_RESIDENT_ID | masked (phone), case_number
67: en / Tomcat access log, jsessionid in URL path -- IP_ADDRESS (workstation), CREDENTIAL (jsessionid) | case_number
68: en / config dump with escaped PEM private key (WeChat Pay merchant) -- CREDENTIAL (private-key body) | merchant_id, cert_serial
69: en / Tencent Cloud SMS SDK request dump -- CREDENTIAL (SecretId), PHONE_NUMBER | pickup_code, app_id
70: zh / satisfaction survey mail (QQ mailbox) -- EMAIL_ADDRESS (QQ), PERSON | role_mailbox
71: zh / ward nurse-call system (呼叫系统) -- PERSON (nurse) | bed_number
72: zh / door access control (门禁刷卡) -- PERSON (staff) | employee_id, place
73: en / real-name (KYC) check for internet hospital -- PERSON (pinyin name), CN_RESIDENT_ID | trace_id
74: zh / electronic invoice (电子票据) push -- PERSON (payer), EMAIL_ADDRESS | invoice_no, amount
75: zh / medical-record copy mailed by courier (病案复印邮寄) -- PERSON (recipient), PHONE_NUMBER | waybill, company
76: zh / inter-hospital transfer arrival by train -- PERSON (escort nurse), PHONE_NUMBER | train_number, place
77: zh / HIS doctor workstation login (HIS-Auth) -- PERSON (login), PERSON (Chinese name), IP_ADDRESS (workstation) | employee_id
78: zh / mobile nursing PDA medication execution -- PERSON (patient), PERSON (nurse) | order_id (医嘱号), bed_number
79: zh / PACS report signing -- PERSON (patient), PERSON (reporting doctor), PERSON (surname before title) | accession_number
80: en / Keycloak login event -- IP_ADDRESS, PERSON (username) | uuid
81: en / Spring DispatcherServlet with parameters masked -- - | masked
82: en / Spring DispatcherServlet with enableLoggingRequestDetails leaking login -- PERSON (username), CREDENTIAL (password) | -
83: zh / caregiver registration (陪护登记) -- PERSON (caregiver), CN_RESIDENT_ID, PHONE_NUMBER, PERSON (patient) | bed_number
84: zh / internet-hospital consultation JSON (\\u-escaped, PHP json_encode) -- PERSON (patient, \\u-escaped), PERSON (doctor, \\u-escaped), PHONE_NUMBER | order_id (sometimes 11-digit 1xxxxxxxxxx)
85: zh / vaccination clinic (预防接种) -- PERSON (child), PERSON (guardian), PHONE_NUMBER | lot_number
86: zh / self-service kiosk reads social-security card (自助机) -- PERSON, CN_RESIDENT_ID | device_id, amount
87: zh / guest WiFi portal authentication -- PHONE_NUMBER (username), IP_ADDRESS (terminal) | server_ip (AC)
88: zh / e-prescription sent to a retail pharmacy (处方流转) -- PERSON (patient), PHONE_NUMBER | order_id, pickup_code, company
89: zh / consultation request (会诊申请) -- PERSON (applicant doctor), PERSON (surname before 主任), PERSON (patient) | order_id, bed_number
"""

import base64
import collections
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import urllib.parse
import uuid as _uuid

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from faker import Faker

__all__ = ["blind_log16", "validate"]

# ---------------------------------------------------------------- constants --

LOCALES = ["zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE",
           "fr_FR", "es_ES"]
WEST = ["en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES"]
ANGLO = ["en_US", "en_GB", "en_AU"]

COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
                     "慕容", "令狐", "长孙", "宇文", "夏侯", "轩辕", "端木", "呼延",
                     "司徒", "南宫", "独孤", "申屠", "澹台", "闻人", "钟离", "拓跋"]
RARE_SURNAMES = ["佘", "禚", "阚", "亓", "訾", "仉", "逄", "甯", "晁", "笪", "谯",
                 "缑", "钭", "嵇", "雍", "冼", "邝", "麦", "靳", "郗", "隗", "昝",
                 "厍", "蒯", "揭", "郏", "亢", "扈", "濮", "寇", "郜", "覃", "酆",
                 "查", "单", "仇", "区", "解", "盖", "朴", "万", "过", "那"]
COMMON_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
                   "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁",
                   "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖",
                   "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程"]
UYGHUR_GIVEN = ["阿依古丽", "热依拉", "买买提江", "阿布都热合曼", "古丽娜尔", "艾尔肯",
                "迪丽努尔", "帕提古丽", "阿迪力", "米热古丽", "努尔比亚", "祖丽菲亚",
                "艾克拜尔", "麦尔丹", "努尔兰", "哈力木拉提", "古再丽", "吾买尔"]
UYGHUR_FATHER = ["买买提", "艾山", "吐尔逊", "阿不都", "艾力", "玉素甫", "热合曼",
                 "司马义", "依明", "卡德尔", "塔依尔", "哈力克", "沙吾提", "努尔"]
TIBETAN = ["扎西顿珠", "次仁卓玛", "格桑央金", "洛桑丹增", "德吉卓嘎", "尼玛次仁",
           "旦增曲珍", "索朗旺姆", "平措罗布", "拉巴次仁", "白玛央宗", "多吉才让"]
MONGOL = ["巴特尔", "乌日娜", "其其格", "额尔敦", "苏日娜", "巴雅尔", "那顺", "图雅",
          "朝鲁门", "哈斯其木格", "阿拉坦仓", "斯琴高娃"]
YI = ["阿西木呷", "吉克阿依", "沙马拉毅", "阿苦日体", "海来阿木", "吉伍五呷"]

CN_TITLES = ["先生", "女士", "师傅", "经理", "主任", "老师", "阿姨", "大爷", "护士长",
             "医生", "院长", "工", "总", "老师傅", "大夫"]
EN_TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Dr"]

SYSTEM_ACCOUNTS = ["root", "admin", "administrator", "svc-his", "svc-lis",
                   "svc-pacs", "svc-backup", "his_app", "pacs_svc", "lis_ro",
                   "jenkins", "gitlab-runner", "nginx", "www-data", "postgres",
                   "mysql", "oracle", "sa", "zabbix", "prometheus", "deploy",
                   "ansible", "backup", "dbadmin", "sysadmin", "mirth",
                   "etl_user", "ftpuser", "svc-sms", "svc-insur", "app_rw",
                   "readonly", "his_ro", "emr_rw", "pacs_admin"]
ROLE_LOCALS = ["service", "noreply", "no-reply", "alerts", "it-support", "hr",
               "admin", "postmaster", "info", "billing", "ops", "pacs-admin",
               "kefu", "yibao", "support", "notice", "webmaster"]
GROUP_DOMAINS = ["hkmg.com.cn", "kanghua-med.cn", "hkyy.org.cn"]

CN_MAIL = ["163.com", "126.com", "qq.com", "sina.com", "sohu.com", "foxmail.com",
           "139.com", "yeah.net", "aliyun.com", "vip.163.com", "outlook.com"]
INTL_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
             "icloud.com", "protonmail.com", "yahoo.co.uk", "gmx.de",
             "orange.fr", "web.de", "hotmail.co.uk", "bigpond.com",
             "live.com", "me.com", "telefonica.net", "rediffmail.com"]

CN_MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137",
                    "138", "139", "145", "147", "150", "151", "152", "153",
                    "155", "156", "157", "158", "159", "166", "171", "173",
                    "175", "176", "177", "178", "180", "181", "182", "183",
                    "184", "185", "186", "187", "188", "189", "191", "193",
                    "195", "196", "198", "199"]
CN_AREA_CODES = ["10", "20", "21", "22", "23", "24", "25", "27", "28", "29",
                 "755", "571", "512", "532", "731", "871", "371", "591", "551",
                 "769", "757", "574", "311", "531", "431", "451", "851", "771"]
INTL_REGIONS = ["US", "CA", "GB", "AU", "NZ", "IN", "DE", "FR", "ES", "IT",
                "NL", "CH", "IE", "JP", "KR", "SG", "HK", "MO", "TW", "MY",
                "TH", "VN", "PH", "ID", "RU", "AE", "SA", "BR", "MX", "ZA"]
PHONE_REGIONS = ["CN"] + INTL_REGIONS

CN_AREAS = ["110101", "110102", "110105", "110106", "110108", "120101", "120104",
            "130102", "130602", "140105", "150102", "150105", "210102", "210203",
            "220102", "230103", "310101", "310104", "310112", "310115", "320102",
            "320106", "320505", "330102", "330106", "330203", "340104", "350102",
            "350203", "360102", "370102", "370202", "410105", "420102", "420106",
            "430102", "430104", "440103", "440104", "440106", "440303", "440304",
            "440305", "440306", "450103", "460105", "500103", "500112", "510104",
            "510107", "520102", "530102", "540102", "610103", "610113", "620102",
            "630102", "640104", "650102", "650103", "652801"]
GB11643_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
GB11643_C = "10X98765432"

PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_RE = re.compile("[" + PLATE_PROV + "][A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{5,6}")

PLACEHOLDERS = ["***", "******", "********", "[REDACTED]", "<redacted>",
                "[MASKED]", "<secret>", "[FILTERED]", "{masked}", "xxxx"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]
CST = _dt.timezone(_dt.timedelta(hours=8))

SPAN_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD",
              "IBAN_CODE", "US_SSN", "CN_RESIDENT_ID", "PASSPORT",
              "LICENSE_PLATE", "IP_ADDRESS", "CREDENTIAL"}

IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "CH": 21,
            "AT": 20, "BE": 16}

PUBLIC_FIGURES_ZH = ["南丁格尔", "白求恩", "李时珍", "华佗", "张仲景", "孙思邈",
                     "扁鹊", "林巧稚", "孙悟空", "林黛玉"]
PERSON_BRANDS_ZH = ["马应龙", "胡庆余堂", "雷允上", "陈李济", "王老吉", "张小泉",
                    "叶开泰", "李宁", "周大福", "乐仁堂"]
PERSON_BRANDS_EN = ["Eli Lilly", "Johnson & Johnson", "Pfizer", "Bayer",
                    "Abbott", "Siemens Healthineers", "Roche", "Baxter",
                    "Dell", "Hewlett Packard Enterprise", "Becton Dickinson"]
PLACES_ZH = ["逸夫楼", "中山楼", "白求恩楼", "门诊楼", "住院部A座", "急诊楼东门",
             "北京协和医院", "华山医院", "瑞金医院", "湘雅医院", "华西医院",
             "中山路", "解放大道", "淮海中路", "人民路", "深南大道", "朝阳区",
             "浦东新区", "天河区", "福田区", "西湖", "鼓浪屿", "南山区",
             "科技园院区", "光明院区", "龙华院区"]


# ------------------------------------------------------------ small helpers --

def clf(d, tz="+0800"):
    return "%02d/%s/%d:%s %s" % (d.day, MONTHS[d.month - 1], d.year,
                                 d.strftime("%H:%M:%S"), tz)


def syslog_ts(d):
    return "%s %2d %s" % (MONTHS[d.month - 1], d.day, d.strftime("%H:%M:%S"))


def epoch(d):
    return int(d.replace(tzinfo=CST).timestamp())


def jq(v, ascii_=False):
    """JSON string body (without the quotes)."""
    return json.dumps(v, ensure_ascii=ascii_)[1:-1]


def pct(v):
    return urllib.parse.quote(v, safe="")


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("luhn")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def cn_id_check(body17):
    return GB11643_C[sum(int(a) * b for a, b in zip(body17, GB11643_W)) % 11]


def cn_id_valid(v):
    v = v.upper()
    if not re.fullmatch(r"[1-8]\d{16}[0-9X]", v):
        return False
    try:
        _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return cn_id_check(v[:17]) == v[17]


def phone_ok(s):
    regs = ([None] if s.startswith("+") else []) + PHONE_REGIONS
    for reg in regs:
        try:
            p = phonenumbers.parse(s, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p):
            return True
    return False


def card_ok(v):
    d = re.sub(r"[ -]", "", v)
    if not d.isdigit() or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] == "62":
        return 16 <= len(d) <= 19
    return False


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def _decode(v):
    s = v
    if "\\u" in s or "\\/" in s or '\\"' in s:
        try:
            s = json.loads('"' + s + '"')
        except ValueError:
            pass
    if re.search(r"%[0-9A-Fa-f]{2}", s):
        s = urllib.parse.unquote(s)
    return s


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")


def _type_ok(typ, v):
    s = _decode(v)
    if s != s.strip() or not s:
        return False
    if typ == "PERSON":
        return (len(s) <= 40 and any(ch.isalpha() for ch in s)
                and not any(c in s for c in '@:="<>{}[]|\\*;&?#'))
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL_RE.fullmatch(s) or re.fullmatch(r"[1-9]\d{4,10}", s))
    if typ == "PHONE_NUMBER":
        return phone_ok(s)
    if typ == "CREDIT_CARD":
        return card_ok(s)
    if typ == "IBAN_CODE":
        return iban_valid(s)
    if typ == "US_SSN":
        return ssn_ok(s)
    if typ == "CN_RESIDENT_ID":
        return cn_id_valid(s)
    if typ == "PASSPORT":
        return bool(re.fullmatch(r"[A-Z0-9]{8,9}", s)) and \
            sum(ch.isdigit() for ch in s) >= 5
    if typ == "LICENSE_PLATE":
        return bool(PLATE_RE.fullmatch(s))
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if typ == "CREDENTIAL":
        return (len(s) >= 6 and not re.search(r"\s", s) and s not in PLACEHOLDERS
                and "*" not in s and len(set(s)) > 3)
    return False


def _decoy_ok(kind, v):
    if not re.fullmatch(r"[a-z][a-z0-9_]*", kind):
        return False
    if not v or v != v.strip():
        return False
    if kind == "masked":
        return "*" in v or v in PLACEHOLDERS or "%2A" in v
    if kind == "server_ip":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if kind == "role_mailbox":
        s = _decode(v)
        return bool(EMAIL_RE.fullmatch(s)) and s.split("@")[0] in ROLE_LOCALS
    if kind == "system_account":
        return v in SYSTEM_ACCOUNTS
    return True


# --------------------------------------------------------------- masking --

def mask_value(v, typ, r):
    if r.random() < 0.12:
        return r.choice(PLACEHOLDERS[:8])
    if typ == "CREDENTIAL":
        return r.choice(["******", "***", "[REDACTED]", "<redacted>",
                         "********", "[FILTERED]", "****"])
    if typ in ("PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "CN_RESIDENT_ID",
               "US_SSN", "PASSPORT"):
        keep_head = {"PHONE_NUMBER": 3, "CREDIT_CARD": 6, "IBAN_CODE": 4,
                     "CN_RESIDENT_ID": 6, "US_SSN": 0, "PASSPORT": 1}[typ]
        keep_tail = 4 if typ != "PASSPORT" else 2
        idx = [i for i, ch in enumerate(v) if ch.isalnum()]
        if typ == "PHONE_NUMBER" and v.startswith(("+86", "0086", "86", "(+86)")) \
                and len(idx) >= 13:
            keep_head = len(idx) - 8
        star = set(idx[keep_head:len(idx) - keep_tail])
        return "".join("*" if i in star else ch for i, ch in enumerate(v))
    if typ == "EMAIL_ADDRESS":
        at = v.find("@")
        if at < 0:
            at = v.find("%40")
        if at < 0:  # bare QQ number
            return v[:2] + "*" * (len(v) - 4) + v[-2:]
        return v[0] + "***" + v[at:]
    if typ == "PERSON":
        if v.startswith("\\u"):
            return v[:6] + "**"
        if v.startswith("%"):
            return v[:9] + "**"
        if re.match(r"[\u4e00-\u9fff]", v):
            return v[0] + "*" * max(1, min(len(v) - 1, 3))
        return v[0] + "***"
    if typ == "LICENSE_PLATE":
        return v[:2] + "***" + v[-2:]
    if typ == "IP_ADDRESS":
        if v.startswith("::ffff:"):
            a = v[7:].split(".")
            return "::ffff:%s.%s.*.*" % (a[0], a[1])
        if ":" in v:
            return v.split(":")[0] + ":****:****"
        a = v.split(".")
        return "%s.%s.*.*" % (a[0], a[1])
    return "***"


# ----------------------------------------------------------- line builder --

class B:
    """Collects text pieces, planted spans and decoys for one line."""

    def __init__(self, g, clean):
        self.g = g
        self.clean = clean
        self.parts = []

    def t(self, *xs):
        for x in xs:
            self.parts.append(("t", str(x), None))
        return self

    def s(self, v, typ):
        assert typ in SPAN_TYPES, typ
        self.parts.append(("s", v, typ))
        return self

    def d(self, v, kind):
        self.parts.append(("d", str(v), kind))
        return self

    def build(self):
        r = self.g.r
        slots = 3 - sum(1 for p in self.parts if p[0] == "d")
        text, spans, decoys = [], [], []
        pos = 0
        for kind, v, lab in self.parts:
            if kind == "s" and self.clean:
                if slots > 0 and r.random() < 0.7:
                    v, kind, lab = mask_value(v, lab, r), "d", "masked"
                    slots -= 1
                else:
                    v, kind = "-", "t"
            if kind == "s":
                spans.append([pos, pos + len(v), lab])
            elif kind == "d":
                decoys.append([pos, pos + len(v), lab])
            text.append(v)
            pos += len(v)
        return "".join(text), spans, decoys


# -------------------------------------------------------------- generators --

class G:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f

    # generic ------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b64(self, n):
        return self.alnum(n, string.ascii_letters + string.digits + "+/")

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(
            bytes(self.r.getrandbits(8) for _ in range(nbytes))).rstrip(b"=").decode()

    def dt(self):
        base = _dt.datetime(2026, 12, 6, 23, 59, 59)
        return base - _dt.timedelta(seconds=self.r.randint(0, 36 * 86400))

    def ms(self):
        return "%03d" % self.r.randint(0, 999)

    def iso(self, d, sep=" "):
        return d.strftime("%Y-%m-%d" + sep + "%H:%M:%S") + "." + self.ms()

    # names --------------------------------------------------------------
    def minority(self):
        k = self.r.random()
        if k < 0.45:
            dot = self.r.choice(["·", "·", "·", "•", "・"])
            return self.ch(UYGHUR_GIVEN) + dot + self.ch(UYGHUR_FATHER)
        if k < 0.7:
            return self.ch(TIBETAN)
        if k < 0.88:
            return self.ch(MONGOL)
        return self.ch(YI)

    def cn_name(self):
        k = self.r.random()
        zh = self.fk["zh_CN"]
        if k < 0.50:
            return zh.name()
        if k < 0.61:
            return self.fk["zh_TW"].name()
        if k < 0.73:
            return self.ch(COMPOUND_SURNAMES) + zh.first_name()
        if k < 0.85:
            return self.ch(RARE_SURNAMES) + zh.first_name()
        return self.minority()

    def cn_surname(self):
        k = self.r.random()
        if k < 0.6:
            return self.ch(COMMON_SURNAMES)
        if k < 0.8:
            return self.ch(COMPOUND_SURNAMES)
        return self.ch(RARE_SURNAMES)

    def west(self, locs=None):
        f = self.fk[self.ch(locs or WEST)]
        return f.first_name(), f.last_name()

    def west_name(self, locs=None):
        a, b = self.west(locs)
        return a + " " + b

    def pinyin(self):
        zh = self.fk["zh_CN"]
        return zh.last_romanized_name(), zh.first_romanized_name()

    def login(self):
        for _ in range(50):
            k = self.r.random()
            if k < 0.3:
                a, b = self.west(ANGLO)
                a, b = re.sub("[^A-Za-z]", "", a), re.sub("[^A-Za-z]", "", b)
                if not a or not b:
                    continue
                lg = (a[0] + b).lower()
            elif k < 0.42:
                a, b = self.west(ANGLO)
                lg = re.sub("[^a-z.]", "", (a + "." + b).lower())
            elif k < 0.8:
                last, first = self.pinyin()
                sep = self.ch([".", ".", "_", ""])
                lg = (last + sep + first).lower() if self.r.random() < 0.75 \
                    else (first + sep + last).lower()
            else:
                last, first = self.pinyin()
                lg = (last + first).lower() + self.digits(self.ch([2, 2, 3, 4]))
            if 3 <= len(lg) <= 24 and lg not in SYSTEM_ACCOUNTS \
                    and re.fullmatch(r"[a-z][a-z0-9._]*[a-z0-9]", lg):
                return lg
        return "zhang.wei"

    # contact ------------------------------------------------------------
    def qq(self):
        return str(self.ri(1, 9)) + self.digits(self.ch([4, 6, 7, 8, 8, 9, 9]))

    def email(self, kind=None):
        k = self.r.random() if kind is None else {"qq": 0.0, "cn": 0.3, "intl": 0.9}[kind]
        if k < 0.18:
            return self.qq() + "@qq.com"
        if k < 0.6:
            last, first = [x.lower() for x in self.pinyin()]
            local = self.ch([last + first, last + "." + first, first + "." + last,
                             last + first + self.digits(2),
                             last[0] + first + self.digits(4),
                             first + "_" + last + self.digits(3)])
            return local + "@" + self.ch(CN_MAIL)
        a, b = self.west()
        a = re.sub("[^a-z]", "", a.lower()) or "anna"
        b = re.sub("[^a-z]", "", b.lower()) or "lee"
        local = self.ch([a + "." + b, a[0] + b, a + b + self.digits(2),
                         a + "_" + b, b + "." + a])
        return local + "@" + self.ch(INTL_MAIL)

    def staff_email(self, pinyin_pair=None):
        last, first = pinyin_pair or self.pinyin()
        local = self.ch([last + first, first + "." + last, last + "." + first,
                         last + first[0]]).lower()
        return local + "@" + self.ch(GROUP_DOMAINS)

    def role_mail(self):
        return self.ch(ROLE_LOCALS) + "@" + self.ch(
            GROUP_DOMAINS + ["his.hkmg.com.cn", "mail.kanghua-med.cn"])

    def _cn_mobile_digits(self):
        while True:
            d = self.ch(CN_MOBILE_PREFIX) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "CN")):
                return d

    def cn_mobile(self, style=None):
        d = self._cn_mobile_digits()
        st = style or self.ch(["plain", "plain", "plain", "sp", "dash", "e164",
                               "intl", "cc-dash", "paren", "0086", "86"])
        return {"plain": d, "sp": "%s %s %s" % (d[:3], d[3:7], d[7:]),
                "dash": "%s-%s-%s" % (d[:3], d[3:7], d[7:]),
                "e164": "+86" + d,
                "intl": "+86 %s %s %s" % (d[:3], d[3:7], d[7:]),
                "cc-dash": "+86-" + d, "paren": "(+86)" + d,
                "0086": "0086 " + d, "86": "86-" + d}[st]

    def cn_landline(self, style=None):
        while True:
            ac = self.ch(CN_AREA_CODES)
            loc = str(self.ri(2, 8)) + self.digits(7)
            p = phonenumbers.parse("0" + ac + loc, "CN")
            if phonenumbers.is_valid_number(p):
                break
        st = style or self.ch(["dash", "dash", "paren", "space", "intl", "ccdash",
                               "plain"])
        return {"dash": "0%s-%s" % (ac, loc), "paren": "(0%s)%s" % (ac, loc),
                "space": "0%s %s %s" % (ac, loc[:4], loc[4:]),
                "intl": "+86 %s %s %s" % (ac, loc[:4], loc[4:]),
                "ccdash": "+86-%s-%s" % (ac, loc), "plain": "0" + ac + loc}[st]

    def intl_phone(self, region=None, fmt=None):
        for _ in range(200):
            reg = region or self.ch(INTL_REGIONS)
            if self.r.random() < 0.7:
                ex = phonenumbers.example_number_for_type(reg, PhoneNumberType.MOBILE)
            else:
                ex = phonenumbers.example_number(reg)
            if ex is None:
                continue
            nsn = str(ex.national_number)
            k = self.ri(2, max(2, min(5, len(nsn) - 3)))
            p = phonenumbers.PhoneNumber(
                country_code=ex.country_code,
                national_number=int(nsn[:-k] + self.digits(k)))
            if ex.italian_leading_zero:
                p.italian_leading_zero = True
                p.number_of_leading_zeros = ex.number_of_leading_zeros
            if not phonenumbers.is_valid_number(p):
                continue
            f = fmt or self.ch(["INTERNATIONAL", "INTERNATIONAL", "E164", "NATIONAL"])
            s = phonenumbers.format_number(p, getattr(PhoneNumberFormat, f))
            if phone_ok(s) and "\n" not in s:
                return s
        return "+44 7700 900" + self.digits(3)

    def phone_any(self):
        k = self.r.random()
        if k < 0.6:
            return self.cn_mobile()
        if k < 0.75:
            return self.cn_landline()
        return self.intl_phone()

    # ids ----------------------------------------------------------------
    def cn_id(self, area=None, adult=True):
        a = area or self.ch(CN_AREAS)
        lo, hi = (1938, 2006) if adult else (2012, 2026)
        while True:
            y, m, d = self.ri(lo, hi), self.ri(1, 12), self.ri(1, 28)
            if _dt.date(y, m, d) < _dt.date(2026, 11, 30):
                break
        body = "%s%04d%02d%02d%s" % (a, y, m, d, self.digits(3))
        c = cn_id_check(body)
        if c == "X" and self.r.random() < 0.2:
            c = "x"
        return body + c

    def ssn(self):
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, self.ri(1, 99), self.ri(1, 9999))

    def card(self, brand=None, fmt=None):
        b = brand or self.ch(["visa", "mc", "mc2", "amex", "up", "up19", "visa", "up"])
        if b == "visa":
            body = "4" + self.digits(14)
        elif b == "mc":
            body = str(self.ri(51, 55)) + self.digits(13)
        elif b == "mc2":
            body = str(self.ri(2221, 2720)) + self.digits(11)
        elif b == "amex":
            body = self.ch(["34", "37"]) + self.digits(12)
        elif b == "up":
            body = "62" + self.ch(["2202", "1700", "2848", "1483", "2588", "1226",
                                   "2575"]) + self.digits(9)
        else:
            body = "62" + self.ch(["1799", "2848", "1700", "2208"]) + self.digits(12)
        num = luhn_complete(body)
        f = fmt or self.ch(["plain", "plain", "space", "dash"])
        if f == "plain":
            return num
        sep = " " if f == "space" else "-"
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    def iban(self, cc=None, grouped=None):
        cc = cc or self.ch(list(IBAN_LEN))
        while True:
            if cc == "DE":
                bban = self.ch(["37040044", "10070000", "50010517", "20041133",
                                "70150000"]) + self.digits(10)
            elif cc == "GB":
                bban = self.ch(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + \
                    self.digits(6) + self.digits(8)
            elif cc == "FR":
                bank, br, acct = self.digits(5), self.digits(5), self.digits(11)
                key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
                bban = bank + br + acct + "%02d" % key
            elif cc == "ES":
                bank, br, acct = self.ch(["2100", "0049", "0182", "2085"]), \
                    self.digits(4), self.digits(10)

                def dc(s):
                    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
                    v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                    return {11: 0, 10: 1}.get(v, v)
                bban = bank + br + "%d%d" % (dc("00" + bank + br), dc(acct)) + acct
            elif cc == "NL":
                acct = self.digits(10)
                if sum(int(a) * w for a, w in zip(acct, range(10, 0, -1))) % 11:
                    continue
                bban = self.ch(["ABNA", "INGB", "RABO", "TRIO"]) + acct
            elif cc == "CH":
                bban = self.ch(["00762", "00235", "08390"]) + self.digits(12)
            elif cc == "AT":
                bban = self.ch(["12000", "20111", "32000"]) + self.digits(11)
            else:  # BE
                first = self.digits(10)
                chk = int(first) % 97 or 97
                bban = first + "%02d" % chk
            break
        s = cc + iban_check(cc, bban) + bban
        assert iban_valid(s)
        if grouped if grouped is not None else self.r.random() < 0.35:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def passport(self, kind=None):
        k = kind or self.ch(["cnE", "cnE", "cnEL", "cnG", "us", "gb", "fr"])
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if k == "cnE":
            return "E" + self.digits(8)
        if k == "cnEL":
            return "E" + self.ch(L) + self.digits(7)
        if k == "cnG":
            return "G" + self.digits(8)
        if k in ("us", "gb"):
            return str(self.ri(1, 9)) + self.digits(8)
        return self.digits(2) + self.ch(L) + self.ch(L) + self.digits(5)

    def plate(self, sep=None):
        prov = self.ch(PLATE_PROV)
        city = self.ch(PLATE_LET[:12])
        sep = self.ch(["", "", "·", " "]) if sep is None else sep
        if self.r.random() < 0.3:  # new energy
            if self.r.random() < 0.7:
                tail = self.ch("DF") + self.ch(PLATE_LET + "0123456789") + self.digits(4)
            else:
                tail = self.digits(5) + self.ch("DF")
        else:
            chars = [self.ch("0123456789") for _ in range(5)]
            for _ in range(self.ch([0, 1, 1, 2])):
                chars[self.ri(0, 4)] = self.ch(PLATE_LET)
            tail = "".join(chars)
        return prov + city + sep + tail

    # network ------------------------------------------------------------
    def client_ip(self, kind=None):
        k = kind or self.ch(["mobile", "mobile", "broadband", "ws", "v6"])
        if k == "ws":
            if self.r.random() < 0.75:
                return "10.%d.%d.%d" % (self.ch([50, 51, 52, 60, 61]), self.ri(1, 40),
                                        self.ri(2, 250))
            return "192.168.%d.%d" % (self.ri(1, 30), self.ri(2, 250))
        if k == "v6":
            return "%s:%x:%x:%x:%x:%x:%x:%x" % (
                self.ch(["240e", "2409", "2408", "240e"]), self.ri(0x100, 0xffff),
                self.ri(0, 0xffff), self.ri(0, 0xffff), self.ri(1, 0xffff),
                self.ri(1, 0xffff), self.ri(1, 0xffff), self.ri(1, 0xffff))
        while True:
            if k == "mobile":
                a = self.ch(["223.104", "117.136", "112.97", "183.192", "39.144",
                             "36.152", "120.229", "111.30", "106.39"])
            elif k == "attacker":
                a = self.ch(["185.220", "45.148", "193.32", "91.240", "141.98",
                             "80.94", "103.145", "61.177"])
            else:
                a = self.ch(["113.87", "116.24", "119.123", "58.60", "59.40",
                             "14.153", "125.88", "121.35", "203.168", "101.86"])
            ip = "%s.%d.%d" % (a, self.ri(0, 255), self.ri(1, 254))
            if ipaddress.ip_address(ip).is_global:
                return ip

    def server_ip(self):
        k = self.r.random()
        if k < 0.6:
            return "10.%d.%d.%d" % (self.ch([10, 20, 30, 12, 8]), self.ri(0, 20),
                                    self.ri(2, 250))
        if k < 0.9:
            return "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 250))
        return "192.168.%d.%d" % (self.ch([100, 200, 110]), self.ri(2, 250))

    # credentials --------------------------------------------------------
    def password(self, url_safe=False):
        k = self.r.random()
        sym = "!_-.~" if url_safe else "!#$%^&_-.@"
        if k < 0.2:
            w = self.ch(["Summer", "Winter", "Hosp", "Kanghua", "Welcome", "Passw0rd",
                         "Admin", "Qwer", "Health"])
            return w + self.ch(sym) + str(self.ri(2019, 2026))
        if k < 0.35:
            last, first = self.pinyin()
            return (last + first).lower() + self.digits(self.ch([4, 6]))
        if k < 0.45:
            return self.ch(["Abc", "Qaz", "Zxc", "Hkmg"]) + self.ch(sym) + self.digits(6)
        n = self.ri(10, 18)
        base = list(self.alnum(n))
        for _ in range(self.ri(1, 3)):
            base[self.ri(0, n - 1)] = self.ch(sym)
        base[0] = self.ch(string.ascii_letters)
        return "".join(base)

    def jwt(self):
        hdr = self.ch([{"alg": "HS256", "typ": "JWT"}, {"alg": "RS256", "typ": "JWT"},
                       {"typ": "JWT", "alg": "HS512"}])
        now = epoch(self.dt())
        pl = {"sub": str(self.ri(100000, 9999999)), "iat": now, "exp": now + 7200,
              "scope": self.ch(["booking", "patient", "his.read", "openid"])}
        enc = lambda o: base64.urlsafe_b64encode(
            json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        return enc(hdr) + "." + enc(pl) + "." + self.b64url(self.ch([32, 32, 64]))

    def session_id(self, kind=None):
        k = kind or self.ch(["jsession", "spring", "php", "hex"])
        if k == "jsession":
            return self.hex(32, upper=True)
        if k == "spring":
            return base64.b64encode(str(self.uuid()).encode()).decode()
        if k == "php":
            return self.alnum(26, "abcdefghijklmnopqrstuv0123456789")
        return self.hex(40)

    def pem_body(self):
        head = self.ch(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
                        "MIIEpAIBAAKCAQEA", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"])
        body = head + self.b64(64 - len(head) % 64 + 64 * self.ri(1, 2))
        return "\\n".join(body[i:i + 64] for i in range(0, len(body), 64))

    # decoys -------------------------------------------------------------
    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def amount(self, style=None):
        v = self.ri(500, 900000) / 100.0
        st = style or self.ch(["plain", "plain", "yen", "cny"])
        if st == "yen":
            return "¥{:,.2f}".format(v)
        if st == "cny":
            return "CNY %.2f" % v
        return "%.2f" % v

    def luhn16_order(self, d):
        return luhn_complete(d.strftime("%Y%m%d") + self.digits(7))

    def order11(self):
        return "1" + self.ch("0123456789") + self.digits(9)

    def version(self):
        return "%d.%d.%d" % (self.ri(1, 5), self.ri(0, 30), self.ri(0, 20))

    def case_no(self, pfx=None, d=None):
        p = pfx or self.ch(["MZ", "ZY", ""])
        d = d or self.dt()
        return p + d.strftime("%Y%m%d") + self.digits(self.ch([4, 5, 6]))

    def emp_id(self):
        return self.ch(["H", "D", "N", "", "HK"]) + self.digits(self.ch([4, 5]))

    def bed(self):
        return "%d床" % self.ri(1, 48)

    def waybill(self):
        return self.ch(["SF", "YT", "JDVA", "ZTO"]) + self.digits(12) \
            if self.r.random() < 0.8 else "E" + self.digits(9) + "CN"

    def ua(self, kind=None):
        k = kind or self.ch(["wx_ios", "wx_android", "chrome", "okhttp", "safari"])
        return {
            "wx_ios": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d_1 like Mac OS X) "
                      "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
                      "MicroMessenger/8.0.%d(0x18002c2b) NetType/WIFI Language/zh_CN"
                      % (self.ri(0, 6), self.ri(40, 50)),
            "wx_android": "Mozilla/5.0 (Linux; Android 13; V2183A Build/TP1A.220624.014;"
                          " wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 "
                          "Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 "
                          "MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) "
                          "WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64 "
                          "MiniProgramEnv/android",
            "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                      "(KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36"
                      % self.ri(109, 131),
            "okhttp": "okhttp/4.%d.0" % self.ri(9, 12),
            "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
                      "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
                      "Safari/605.1.15",
        }[k]


# ---------------------------------------------------------------- templates --

TEMPLATES = []


def tpl(lang, system, spans, decoys):
    def deco(fn):
        TEMPLATES.append((fn, lang, system, spans, decoys))
        return fn
    return deco


@tpl("en", "nginx combined access, WeChat mini-program booking API",
     "IP_ADDRESS, PHONE_NUMBER (maybe %2B86), PERSON (percent-encoded)", "-")
def t_nginx_combined(g, b):
    d = g.dt()
    ph = g.cn_mobile(g.ch(["plain", "plain", "e164"]))
    b.s(g.client_ip(g.ch(["mobile", "broadband"])), "IP_ADDRESS")
    b.t(' - - [%s] "GET /api/v1/appointments?mobile=' % clf(d)).s(pct(ph), "PHONE_NUMBER")
    b.t("&name=").s(pct(g.cn_name()), "PERSON")
    b.t('&deptId=%d&date=%s HTTP/1.1" 200 %d "https://servicewechat.com/wx%s/%d/page-frame.html" "%s"'
        % (g.ri(1000, 1999), d.strftime("%Y-%m-%d"), g.ri(200, 4000), g.hex(16),
           g.ri(10, 60), g.ua(g.ch(["wx_ios", "wx_android"]))))


@tpl("en", "nginx custom log_format with basic-auth user and upstream",
     "IP_ADDRESS, PERSON (login)", "server_ip, port")
def t_nginx_upstream(g, b):
    d = g.dt()
    b.s(g.client_ip("ws"), "IP_ADDRESS").t(" - ").s(g.login(), "PERSON")
    rt = g.ri(3, 900) / 1000.0
    b.t(' [%s] "GET /his/report/print?rid=%d HTTP/1.1" 200 %d "-" "%s" rt=%.3f uct="0.001" uht="%.3f" urt="%.3f" upstream='
        % (clf(d), g.ri(10 ** 6, 10 ** 7), g.ri(500, 90000), g.ua("chrome"), rt, rt, rt))
    b.d(g.server_ip(), "server_ip").t(":").d(g.ch(["8080", "8081", "9000", "8443"]), "port")


@tpl("en", "nginx log_format escape=json (mini-program login)",
     "IP_ADDRESS (X-Forwarded-For), CREDENTIAL (SESSION cookie)", "server_ip x2")
def t_nginx_json(g, b):
    d = g.dt()
    b.t('{"time_local":"%s","remote_addr":"' % clf(d)).d(g.server_ip(), "server_ip")
    b.t('","request":"POST /wx/api/user/login HTTP/1.1","status":200,"body_bytes_sent":%d,"request_time":%.3f,"http_x_forwarded_for":"'
        % (g.ri(60, 400), g.ri(5, 300) / 1000.0))
    b.s(g.client_ip(), "IP_ADDRESS").t('","upstream_addr":"').d(g.server_ip(), "server_ip")
    b.t(':8080","http_cookie":"SESSION=').s(g.session_id("spring"), "CREDENTIAL")
    b.t('; Path=/","http_user_agent":"%s"}' % g.ua(g.ch(["wx_ios", "wx_android"])))


@tpl("en", "nginx error log, upstream timeout on patient lookup",
     "IP_ADDRESS, CN_RESIDENT_ID x2", "server_ip")
def t_nginx_error(g, b):
    d = g.dt()
    cid = g.cn_id()
    b.t("%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: "
        % (d.strftime("%Y/%m/%d %H:%M:%S"), g.ri(1000, 30000), 0, g.ri(10 ** 5, 10 ** 7)))
    b.s(g.client_ip(), "IP_ADDRESS")
    b.t(', server: his.hkmg.com.cn, request: "GET /his/patient/query?idCard=').s(cid, "CN_RESIDENT_ID")
    b.t(' HTTP/1.1", upstream: "http://').d(g.server_ip(), "server_ip")
    b.t(":8080/his/patient/query?idCard=").s(cid, "CN_RESIDENT_ID").t('", host: "his.hkmg.com.cn"')


@tpl("zh", "HIS outpatient registration (logback)",
     "PERSON (patient), CN_RESIDENT_ID, PHONE_NUMBER, PERSON (doctor before 主任医师)",
     "case_number, amount")
def t_his_reg(g, b):
    d = g.dt()
    b.t("%s INFO  [http-nio-8080-exec-%d] c.h.his.reg.RegisterService - 挂号成功 门诊号="
        % (g.iso(d), g.ri(1, 200))).d(g.case_no("MZ", d), "case_number")
    b.t(" 患者=").s(g.cn_name(), "PERSON").t(" 性别=%s 年龄=%d 身份证=" % (g.ch("男女"), g.ri(1, 90)))
    b.s(g.cn_id(), "CN_RESIDENT_ID").t(" 手机=").s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(" 科室=%s 医生=" % g.ch(["心血管内科", "呼吸内科", "消化内科", "神经内科", "儿科", "妇科"]))
    b.s(g.cn_name(), "PERSON").t(g.ch(["主任医师", "副主任医师", "主治医师"]))
    b.t(" 号别=%s 费用=" % g.ch(["专家号", "普通号", "特需号"])).d(g.amount("plain"), "amount")


@tpl("zh", "booking mini-program back end (Go zap JSON)",
     "PERSON (patient), PHONE_NUMBER, CN_RESIDENT_ID, PERSON (doctor)", "epoch_timestamp")
def t_booking_zap(g, b):
    d = g.dt()
    b.t('{"level":"info","ts":').d("%d.%s" % (epoch(d), g.digits(4)), "epoch_timestamp")
    b.t(',"caller":"handler/booking.go:%d","msg":"预约成功","patient":{"name":"' % g.ri(40, 300))
    b.s(g.cn_name(), "PERSON").t('","phone":"').s(g.cn_mobile("plain"), "PHONE_NUMBER")
    b.t('","id_card":"').s(g.cn_id(), "CN_RESIDENT_ID").t('"},"doctor":"').s(g.cn_name(), "PERSON")
    b.t('","slot":"%s %s","dept":"%s"}' % ((d + _dt.timedelta(days=2)).strftime("%Y-%m-%d"),
                                         g.ch(["上午", "下午"]),
                                         g.ch(["眼科", "口腔科", "皮肤科", "骨科"])))


@tpl("en", "WeChat Pay notify XML (payment callback)", "-",
     "order_id (out_trade_no), order_id (transaction_id), amount (total_fee)")
def t_wxpay_xml(g, b):
    d = g.dt()
    b.t("%s DEBUG [wxpay-notify] body=<xml><appid><![CDATA[wx%s]]></appid><bank_type><![CDATA[%s]]></bank_type><cash_fee><![CDATA[%d]]></cash_fee><mch_id><![CDATA[1%s]]></mch_id><out_trade_no><![CDATA["
        % (g.iso(d), g.hex(16), g.ch(["CMB_DEBIT", "ICBC_CREDIT", "OTHERS", "CFT"]),
           g.ri(100, 90000), g.digits(9)))
    b.d("GH" + d.strftime("%Y%m%d%H%M%S") + g.digits(6), "order_id")
    b.t("]]></out_trade_no><result_code><![CDATA[SUCCESS]]></result_code><time_end><![CDATA[%s]]></time_end><total_fee>"
        % d.strftime("%Y%m%d%H%M%S"))
    b.d(str(g.ri(100, 90000)), "amount").t("</total_fee><trade_type><![CDATA[JSAPI]]></trade_type><transaction_id><![CDATA[")
    b.d("42000" + g.digits(5) + d.strftime("%Y%m%d") + g.digits(10), "order_id")
    b.t("]]></transaction_id></xml>")


@tpl("zh", "医保 2207 settlement response JSON (national insurance platform)",
     "PERSON (psn_name, raw or \\u-escaped), CN_RESIDENT_ID (certno)",
     "request_id (msgid), order_id (setl_id), amount")
def t_yibao_2207(g, b):
    d = g.dt()
    asc = g.r.random() < 0.4
    admdvs = g.ch(["440300", "310000", "110000", "330100", "510100"])
    b.t("[%s] [INFO] [insur-callback] infno=2207 resp=" % d.strftime("%Y-%m-%d %H:%M:%S"))
    b.t('{"infcode":0,"inf_refmsgid":"').d(admdvs + d.strftime("%Y%m%d%H%M%S") + g.digits(12), "request_id")
    b.t('","output":{"setlinfo":{"setl_id":"').d(admdvs + g.digits(14), "order_id")
    b.t('","psn_name":"').s(jq(g.cn_name(), asc), "PERSON").t('","psn_cert_type":"01","certno":"')
    b.s(g.cn_id(area=admdvs[:4] + g.ch(["03", "04", "05", "06"])), "CN_RESIDENT_ID")
    b.t('","gend":"%s","naty":"01","age":%d,"insutype":"310","medfee_sumamt":'
        % (g.ch("12"), g.ri(18, 90)))
    b.d("%.2f" % (g.ri(1000, 500000) / 100.0), "amount")
    b.t(',"setl_time":"%s"}}}' % d.strftime("%Y-%m-%d %H:%M:%S"))


@tpl("en", "HL7 v2 ADT^A04 received over MLLP (segments joined by literal \\r)",
     "PERSON (PID-5, Chinese or FAMILY^GIVEN), CN_RESIDENT_ID (PID-3 NNCHN), PHONE_NUMBER (PID-13)",
     "server_ip, hl7_control_id, case_number (MRN)")
def t_hl7_adt(g, b):
    d = g.dt()
    hts = d.strftime("%Y%m%d%H%M%S")
    if g.r.random() < 0.5:
        nm = g.cn_name()
    else:
        last, first = g.pinyin()
        nm = last.upper() + "^" + first.upper()
    b.t("%s INFO  [mllp-listener-2575] c.h.i.hl7.MllpInboundHandler - Received ADT^A04 from "
        % g.iso(d, "T")).d(g.server_ip(), "server_ip")
    b.t(":%d len=%d: MSH|^~\\&|HIS|HKMG01|LIS|LAB|%s||ADT^A04^ADT_A01|" % (g.ri(30000, 60000), g.ri(400, 900), hts))
    b.d("MSG" + g.digits(8), "hl7_control_id").t("|P|2.5|||||CHN|UNICODE UTF-8\\rEVN|A04|%s\\rPID|1||" % hts)
    b.d("P" + g.digits(7), "case_number").t("^^^HKMG^MR~").s(g.cn_id(), "CN_RESIDENT_ID")
    b.t("^^^CHN^NNCHN||").s(nm, "PERSON").t("^^^^^L||%s|%s|||^^^^^CHN||" % (
        "%04d%02d%02d" % (g.ri(1940, 2020), g.ri(1, 12), g.ri(1, 28)), g.ch("MF")))
    b.s(g.cn_mobile("plain"), "PHONE_NUMBER").t("^PRN^CP\\rPV1|1|O|%s^^^HKMG||||" % g.ch(["NEI", "WAI", "ER", "PED"]))


@tpl("en", "HL7 v2 ORU^R01 lab result from LIS",
     "PERSON (patient FAMILY^GIVEN), PERSON (ordering provider FAMILY^GIVEN)",
     "hl7_control_id, accession_number, employee_id")
def t_hl7_oru(g, b):
    d = g.dt()
    hts = d.strftime("%Y%m%d%H%M%S")
    if g.r.random() < 0.5:
        pl, pf = g.pinyin()
        pat = pl.upper() + "^" + pf.upper()
    else:
        a, c = g.west()
        pat = c.upper() + "^" + a.upper()
    dl, df = g.pinyin()
    b.t("MSH|^~\\&|LIS|LAB|HIS|HKMG|%s||ORU^R01|" % hts).d(g.digits(12), "hl7_control_id")
    b.t("|P|2.4\\rPID|1||%s^^^HKMG^MR||" % g.digits(8)).s(pat, "PERSON")
    b.t("||%04d%02d%02d|%s\\rOBR|1||" % (g.ri(1940, 2020), g.ri(1, 12), g.ri(1, 28), g.ch("MF")))
    b.d(d.strftime("%y%m%d") + g.digits(4), "accession_number")
    b.t("|GLU^Glucose^L|||%s|||||||||" % hts).d(str(g.ri(1000, 9999)), "employee_id")
    b.t("^").s(dl.upper() + "^" + df.upper(), "PERSON")
    b.t("^^^^Dr.\\rOBX|1|NM|GLU^Glucose^L||%.1f|mmol/L|3.9-6.1|%s|||F" % (g.ri(30, 200) / 10.0, g.ch("NHL")))


@tpl("en", "dcm4chee-arc store service (DICOM C-STORE)",
     "PERSON (PatientName FAMILY^GIVEN)", "server_ip (modality), dicom_uid, case_number (PatientID)")
def t_dcm4chee(g, b):
    d = g.dt()
    pl, pf = g.pinyin()
    b.t("%s INFO  [org.dcm4chee.arc.store.impl.StoreServiceImpl] (EE-managed-thread-default-%d) %s/"
        % (d.strftime("%Y-%m-%d %H:%M:%S") + "," + g.ms(), g.ri(1, 40),
           g.ch(["CT01_GE", "MR02_SIEMENS", "DR03", "US05_MINDRAY"])))
    b.d(g.server_ip(), "server_ip").t(": Stored instance iuid=")
    b.d("1.2.156.112605.%d.%s.%d.%d" % (g.ri(10 ** 11, 10 ** 12), d.strftime("%Y%m%d%H%M%S"),
                                         g.ri(1, 9), g.ri(1000, 9999)), "dicom_uid")
    b.t(" of Study[PatientName=").s(pl.upper() + "^" + pf.upper(), "PERSON")
    b.t(", PatientID=").d("P" + g.digits(7), "case_number")
    b.t(", Modality=%s]" % g.ch(["CT", "MR", "DX", "US"]))


@tpl("zh", "LIS critical-value (危急值) notification",
     "PERSON (patient), PERSON (lab reporter), PERSON (nurse), PHONE_NUMBER",
     "accession_number (标本号), bed_number")
def t_lis_critical(g, b):
    d = g.dt()
    b.t("%s [WARN] 危急值上报 标本号=" % d.strftime("%Y-%m-%d %H:%M:%S"))
    b.d(d.strftime("%y%m%d") + g.digits(4), "accession_number").t(" 患者=").s(g.cn_name(), "PERSON")
    b.t(" 床号=").d(g.bed(), "bed_number")
    b.t(" 项目=%s 结果=%s 报告人=检验科 " % g.ch([("血钾", "6.8mmol/L"), ("血糖", "1.9mmol/L"),
                                            ("肌钙蛋白I", "2.31ng/mL"), ("血小板", "18×10^9/L")]))
    b.s(g.cn_name(), "PERSON").t(" 接收护士=").s(g.cn_name(), "PERSON").t("(").s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(") 状态=已确认")


@tpl("zh", "SMS gateway, appointment confirmation notice",
     "PHONE_NUMBER, PERSON (surname before 女士/先生), PERSON (doctor)", "template_id, place")
def t_sms_notice(g, b):
    d = g.dt()
    b.t("[SMS] %s send ok channel=%s phone=" % (d.strftime("%Y-%m-%d %H:%M:%S"), g.ch(["aliyun", "tencent", "cmpp"])))
    b.s(g.cn_mobile(g.ch(["plain", "e164"])), "PHONE_NUMBER").t(" template=").d("SMS_" + g.digits(9), "template_id")
    b.t(" content=【康华医疗集团】尊敬的").s(g.cn_surname(), "PERSON").t(g.ch(["女士", "先生"]))
    b.t("，您已成功预约%d月%d日%s ").d(g.ch(PLACES_ZH[:6] + ["科技园院区", "光明院区"]), "place")
    b.t(" %s " % g.ch(["心内科", "眼科", "骨科", "产科"])).s(g.cn_name(), "PERSON")
    b.t("医生门诊，就诊序号%d，请携带身份证按时就诊。退订回T" % g.ri(1, 60))
    # fill month/day placeholder in the static text
    i = [k for k, p in enumerate(b.parts) if p[0] == "t" and "%d月" in p[1]][0]
    dd = d + _dt.timedelta(days=g.ri(1, 7))
    b.parts[i] = ("t", b.parts[i][1] % (dd.month, dd.day, g.ch(["上午", "下午"])), None)


@tpl("zh", "Aliyun SMS verification code send",
     "PHONE_NUMBER", "pickup_code (SMS code), uuid (RequestId), request_id (BizId)")
def t_sms_code(g, b):
    d = g.dt()
    b.t("%s INFO [sms] SendSms PhoneNumbers=" % g.iso(d)).s(g.cn_mobile(g.ch(["plain", "plain", "e164"])), "PHONE_NUMBER")
    b.t(' SignName=康华医院 TemplateCode=SMS_%s TemplateParam={"code":"' % g.digits(9))
    b.d(g.digits(6), "pickup_code").t('"} resp={"Message":"OK","RequestId":"')
    b.d(g.uuid().upper(), "uuid").t('","BizId":"').d(g.digits(18) + "^0", "request_id").t('","Code":"OK"}')


@tpl("zh", "pharmacy window queue caller (叫号)", "PERSON (patient)",
     "pickup_code, order_id (sometimes 11-digit 1xxxxxxxxxx), company (brand named after a person)")
def t_pharm_call(g, b):
    d = g.dt()
    b.t("%s 药房叫号 西药房%d号窗口 请 " % (d.strftime("%H:%M:%S"), g.ri(1, 8))).s(g.cn_name(), "PERSON")
    b.t(" 取药 取药码=").d(g.ch("ABCK") + g.digits(4), "pickup_code")
    b.t(" 处方号=").d(g.ch(["RX" + d.strftime("%Y%m%d") + g.digits(5), g.order11()]), "order_id")
    b.t(" 含 ").d(g.ch(PERSON_BRANDS_ZH[:4]), "company")
    b.t(g.ch(["麝香痔疮膏 1支", "牌 六味地黄丸 2盒", " 保和丸 1盒", " 口服液 3支"]))


@tpl("zh", "nurse-station shift handover (护士站交班)",
     "PERSON (patient), PERSON (nurse) x2", "bed_number")
def t_nurse_handover(g, b):
    d = g.dt()
    b.t("[护士站] %s 交班：%d病区 " % (d.strftime("%Y-%m-%d %H:%M"), g.ri(1, 22))).d(g.bed(), "bed_number")
    b.t(" 患者 ").s(g.cn_name(), "PERSON").t(" %s %d岁 %s；值班护士 " % (
        g.ch("男女"), g.ri(18, 95), g.ch(["术后第2天 生命体征平稳", "夜间血压偏高 已报告医生",
                                           "留置针通畅 入量1800ml", "高危跌倒 已加床栏"])))
    b.s(g.cn_name(), "PERSON").t(" → 接班 ").s(g.cn_name(), "PERSON")


@tpl("zh", "IT ops group-chat bot alert (DB replication lag)",
     "PERSON (值班), PHONE_NUMBER", "server_ip, port")
def t_ops_bot_db(g, b):
    d = g.dt()
    b.t("【告警】[P1] HIS数据库主从延迟 > %ds 主机: " % g.ch([60, 300, 600])).d(g.server_ip(), "server_ip")
    b.t(" 实例: his-mysql-0%d:" % g.ri(1, 4)).d(g.ch(["3306", "3307", "13306"]), "port")
    b.t(" 值班: @").s(g.cn_name(), "PERSON").t("(").s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(") 时间: %s 请尽快处理" % d.strftime("%Y-%m-%d %H:%M:%S"))


@tpl("en", "Prometheus Alertmanager notify failure (webhook key already redacted)", "-",
     "masked (<secret>)")
def t_alertmanager(g, b):
    d = g.dt()
    b.t('level=warn ts=%sZ caller=notify.go:%d component=dispatcher receiver=wecom-ops integration=webhook[0] msg="Notify attempt failed, will retry later" attempts=%d err="Post \\"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key='
        % (g.iso(d - _dt.timedelta(hours=8), "T"), g.ri(700, 800), g.ri(1, 5)))
    b.d("<secret>", "masked").t('\\": context deadline exceeded"')


@tpl("en", "python urllib3 debug, WeCom group-bot webhook", "CREDENTIAL (UUID-shaped webhook key)",
     "port")
def t_urllib3_wecom(g, b):
    d = g.dt()
    b.t("%s DEBUG urllib3.connectionpool: https://qyapi.weixin.qq.com:" % (d.strftime("%Y-%m-%d %H:%M:%S") + "," + g.ms()))
    b.d("443", "port").t(' "POST /cgi-bin/webhook/send?key=').s(g.uuid(), "CREDENTIAL")
    b.t(' HTTP/1.1" 200 %d' % g.ri(27, 60))


@tpl("en", "DingTalk robot webhook call (node alert-bot)", "CREDENTIAL (access_token)",
     "epoch_timestamp (ms)")
def t_dingtalk(g, b):
    d = g.dt()
    b.t("[%s] [alert-bot] POST https://oapi.dingtalk.com/robot/send?access_token=" % g.iso(d, "T"))
    b.s(g.hex(64), "CREDENTIAL").t("&timestamp=").d(str(epoch(d)) + g.ms(), "epoch_timestamp")
    b.t(' -> {"errcode":%s}' % g.ch(['0,"errmsg":"ok"', '310000,"errmsg":"keywords not in content"',
                                     '130101,"errmsg":"send too fast, exceed 20 times per minute"']))


@tpl("en", "Spring Boot HikariCP pool init failure with JDBC URL",
     "CREDENTIAL (password= in JDBC URL)", "server_ip, port, system_account")
def t_hikari(g, b):
    d = g.dt()
    b.t("%s ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization. url=jdbc:mysql://"
        % g.iso(d)).d(g.server_ip(), "server_ip").t(":").d(g.ch(["3306", "3307"]), "port")
    b.t("/his?useSSL=false&characterEncoding=utf8&user=").d(g.ch(["his_app", "app_rw", "emr_rw", "his_ro"]), "system_account")
    b.t("&password=").s(g.password(url_safe=True), "CREDENTIAL")


@tpl("en", "pymongo connection URI in PACS indexer error",
     "CREDENTIAL (URI password)", "system_account, server_ip x2")
def t_mongo(g, b):
    d = g.dt()
    b.t("%s ERROR pacs-indexer pymongo.errors.ServerSelectionTimeoutError while connecting mongodb://"
        % d.strftime("%Y-%m-%d %H:%M:%S")).d(g.ch(["pacs_svc", "svc-pacs", "readonly"]), "system_account")
    b.t(":").s(g.password(url_safe=True), "CREDENTIAL").t("@").d(g.server_ip(), "server_ip")
    b.t(":27017,").d(g.server_ip(), "server_ip").t(":27017/pacs?replicaSet=rs0&authSource=admin, Timeout: 30s")


@tpl("en", "Celery worker banner (broker password masked by Celery)", "-",
     "masked, server_ip, version")
def t_celery(g, b):
    b.t("[config] .> app: reminder:0x7f%s .> transport: redis://:" % g.hex(9)).d("**", "masked")
    b.t("@").d(g.server_ip(), "server_ip").t(":6379/2 .> results: disabled:// .> concurrency: %d (prefork) celery@sms-worker-%d v"
                                             % (g.ri(2, 16), g.ri(1, 6)))
    b.d("5.%d.%d" % (g.ri(2, 4), g.ri(0, 6)), "version").t(" (emerald-rush)")


@tpl("en", "kombu / redis broker connection error leaking URL password",
     "CREDENTIAL (redis URL password)", "server_ip, port")
def t_kombu(g, b):
    d = g.dt()
    b.t("[%s: ERROR/MainProcess] consumer: Cannot connect to redis://:" % (d.strftime("%Y-%m-%d %H:%M:%S") + "," + g.ms()))
    b.s(g.password(url_safe=True), "CREDENTIAL").t("@").d(g.server_ip(), "server_ip").t(":")
    b.d("6379", "port").t("/%d: Error 111 connecting to redis. Connection refused.. Trying again in %d.00 seconds..."
                          % (g.ri(0, 8), g.ri(2, 32)))


@tpl("en", "Aliyun OSS SDK debug (archive upload of PACS reports)",
     "CREDENTIAL (AccessKeyId), CREDENTIAL (AccessKeySecret)", "request_id")
def t_oss(g, b):
    d = g.dt()
    b.t("%s DEBUG oss2.api [bucket=hkmg-pacs-archive] init Bucket auth=Auth(AccessKeyId=" % d.strftime("%Y-%m-%d %H:%M:%S"))
    b.s("LTAI5t" + g.alnum(18), "CREDENTIAL").t(", AccessKeySecret=").s(g.alnum(30), "CREDENTIAL")
    b.t(") PUT /reports/%s/%s.pdf x-oss-request-id=" % (d.strftime("%Y%m"), g.digits(10)))
    b.d(g.hex(24, upper=True), "request_id")


@tpl("en", "python logging, appointment booking service",
     "PERSON (western/Indian name), PHONE_NUMBER (international), EMAIL_ADDRESS",
     "order_id (booking id)")
def t_py_booking(g, b):
    d = g.dt()
    b.t("INFO:booking.views:Appointment created id=").d("BK" + g.digits(9), "order_id")
    b.t(" patient_name='").s(g.west_name(), "PERSON").t("' phone='").s(g.intl_phone(), "PHONE_NUMBER")
    b.t("' email=").s(g.email("intl"), "EMAIL_ADDRESS")
    b.t(" clinic=International Medical Center slot=%s" % (d + _dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"))


@tpl("en", "gunicorn access log, password reset with percent-encoded e-mail",
     "IP_ADDRESS, EMAIL_ADDRESS (%40-encoded)", "-")
def t_gunicorn_reset(g, b):
    d = g.dt()
    b.s(g.client_ip(), "IP_ADDRESS").t(' - - [%s] "GET /accounts/password/reset/?email=' % clf(d))
    b.s(pct(g.email()), "EMAIL_ADDRESS").t(' HTTP/1.1" 302 0 "https://portal.hkmg.com.cn/login/" "%s"' % g.ua())


@tpl("en", "international clinic payment debug leaking the PAN",
     "CREDIT_CARD, PERSON (cardholder)", "amount, order_id (sometimes Luhn-valid 16-digit)")
def t_pay_pan(g, b):
    d = g.dt()
    b.t("%s DEBUG [intl-cashier] authorize request pan=" % g.iso(d)).s(g.card(), "CREDIT_CARD")
    b.t(" exp=%02d/%02d holder=\"" % (g.ri(1, 12), g.ri(27, 31))).s(g.west_name(ANGLO + ["en_IN"]), "PERSON")
    b.t('" amount=').d("%d.00" % g.ri(200, 20000), "amount").t(" currency=CNY order_no=").d(
        g.ch(["INV-" + g.digits(8), g.luhn16_order(d)]), "order_id")


@tpl("en", "UnionPay POS terminal at outpatient cashier", "CREDIT_CARD",
     "reference_number (rrn), amount, merchant_id")
def t_pos(g, b):
    d = g.dt()
    b.t("[POS %s] TXN=SALE term=%s mid=" % (d.strftime("%m%d %H%M%S"), "880" + g.digits(5)))
    b.d("898" + g.digits(12), "merchant_id").t(" card=").s(g.card(g.ch(["up", "up19", "up", "visa", "mc"]), "plain"), "CREDIT_CARD")
    b.t(" amt=").d("%012d" % g.ri(100, 5000000), "amount").t(" rrn=").d(d.strftime("%m%d") + g.digits(8), "reference_number")
    b.t(" resp=00 APPROVED")


@tpl("en", "US insurance 270 eligibility request (international patient)",
     "PERSON (subscriber), US_SSN", "company (payer)")
def t_us_elig(g, b):
    d = g.dt()
    b.t("%s WARN  [intl-claims] 270 eligibility request subscriber_name=\"" % (d.strftime("%Y-%m-%d %H:%M:%S") + "," + g.ms()))
    b.s(g.west_name(["en_US"]), "PERSON").t('" ssn=').s(g.ssn(), "US_SSN")
    b.t(' payer="').d(g.ch(["Aetna", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield"]), "company")
    b.t('" service_type=30 status=%s' % g.ch(["SENT", "TIMEOUT", "AAA:42"]))


@tpl("en", "refund to foreign patient's bank account",
     "PERSON (beneficiary), IBAN_CODE", "amount, order_id")
def t_refund_iban(g, b):
    cc = g.ch(list(IBAN_LEN))
    loc = {"DE": "de_DE", "AT": "de_DE", "CH": "de_DE", "FR": "fr_FR", "BE": "fr_FR",
           "ES": "es_ES", "GB": "en_GB", "NL": "en_GB"}[cc]
    b.t("refund queued: beneficiary=\"").s(g.west_name([loc]), "PERSON").t('" iban=').s(g.iban(cc), "IBAN_CODE")
    bic = {"DE": "COBADEFFXXX", "AT": "BKAUATWWXXX", "CH": "UBSWCHZH80A", "FR": "BNPAFRPP",
           "BE": "GEBABEBB", "ES": "CAIXESBB", "GB": "NWBKGB2L", "NL": "INGBNL2A"}[cc]
    b.t(" bic=%s amount=%s " % (bic, "GBP" if cc == "GB" else "CHF" if cc == "CH" else "EUR"))
    b.d("%.2f" % (g.ri(2000, 300000) / 100.0), "amount").t(" ref=").d("RF-" + g.dt().strftime("%Y%m%d") + "-" + g.digits(4), "order_id")


@tpl("zh", "outpatient refund to bank card (退费)",
     "PERSON (patient), CREDIT_CARD, PERSON (finance reviewer)",
     "company (bank), amount, order_id (11-digit 1xxxxxxxxxx or Luhn-valid 16-digit)")
def t_refund_card(g, b):
    d = g.dt()
    b.t("%s 退费申请 患者=" % d.strftime("%Y-%m-%d %H:%M:%S")).s(g.cn_name(), "PERSON")
    b.t(" 退款卡号=").s(g.card(g.ch(["up", "up19", "up"]), g.ch(["plain", "space"])), "CREDIT_CARD")
    b.t(" 开户行=").d(g.ch(["中国建设银行", "中国工商银行", "招商银行", "中国农业银行"]), "company")
    b.t("%s分行 金额=" % g.ch(["深圳", "上海", "北京", "杭州"])).d(g.amount("yen"), "amount")
    b.t(" 审核人=财务科 ").s(g.cn_name(), "PERSON").t(" 退费单号=").d(g.ch([g.order11(), g.luhn16_order(d)]), "order_id")


@tpl("zh", "hospital car-park entry (停车场)",
     "LICENSE_PLATE, PERSON (surname before 师傅/先生), PHONE_NUMBER", "place")
def t_parking(g, b):
    d = g.dt()
    b.t("[停车场] %s 入场 车牌=" % d.strftime("%Y-%m-%d %H:%M:%S")).s(g.plate(), "LICENSE_PLATE")
    b.t(" 通道=").d(g.ch(["急诊楼东门", "门诊楼", "住院部A座", "逸夫楼"]), "place")
    b.t("入口 车主=").s(g.cn_surname(), "PERSON").t(g.ch(["师傅", "先生", "女士"]))
    b.t(" 会员手机=").s(g.cn_mobile(), "PHONE_NUMBER").t(" 类型=%s" % g.ch(["临时车", "月卡车", "就诊优惠"]))


@tpl("zh", "international department patient file (国际部外籍患者建档)",
     "PERSON (western name), PASSPORT, PHONE_NUMBER (foreign), EMAIL_ADDRESS", "case_number")
def t_intl_file(g, b):
    d = g.dt()
    b.t("%s [国际部] 外籍患者建档成功 病历号=" % d.strftime("%Y-%m-%d %H:%M:%S")).d(g.case_no("IMC", d), "case_number")
    b.t(" 姓名=").s(g.west_name(), "PERSON").t(" 国籍=%s 护照号=" % g.ch(["美国", "英国", "德国", "法国", "澳大利亚", "印度"]))
    b.s(g.passport(g.ch(["us", "gb", "fr"])), "PASSPORT").t(" 联系电话=").s(g.intl_phone(), "PHONE_NUMBER")
    b.t(" 邮箱=").s(g.email("intl"), "EMAIL_ADDRESS")


@tpl("en", "medical escort / flight booking, airline-style name",
     "PERSON (SURNAME/GIVEN), PASSPORT (CN)", "flight_number, order_id")
def t_medevac(g, b):
    d = g.dt()
    last, first = g.pinyin()
    b.t("%s INFO [transfer-desk] PNR confirmed pax=" % g.iso(d)).s(last.upper() + "/" + first.upper(), "PERSON")
    b.t(" %s passport=" % g.ch(["MS", "MR", "MSTR", "MRS"])).s(g.passport(g.ch(["cnE", "cnEL", "cnG"])), "PASSPORT")
    b.t(" flight=").d(g.ch(["CA", "MU", "CZ", "HU", "ZH", "3U"]) + str(g.ri(100, 9999)), "flight_number")
    b.t(" stretcher=Y booking=").d(g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "order_id")


@tpl("zh", "call-centre follow-up call (出院随访)",
     "PERSON (agent), PHONE_NUMBER (landline or mobile), PERSON (patient)", "employee_id")
def t_callcenter(g, b):
    d = g.dt()
    b.t("[CallCenter] %s 呼出 坐席=" % d.strftime("%Y-%m-%d %H:%M:%S")).d(str(g.ri(8001, 8099)), "employee_id")
    b.t("(客服 ").s(g.cn_name(), "PERSON").t(") 被叫=").s(g.ch([g.cn_landline(), g.cn_mobile()]), "PHONE_NUMBER")
    b.t(" 随访患者=").s(g.cn_name(), "PERSON")
    b.t(" 结果=%s 时长=00:%02d:%02d" % (g.ch(["接通", "无人接听", "空号", "拒接"]), g.ri(0, 12), g.ri(0, 59)))


@tpl("zh", "hospital office notice, International Nurses Day", "-",
     "public_figure, place, role_mailbox")
def t_notice_nurse(g, b):
    b.t("[院办通知] 5·12国际护士节 纪念").d(g.ch(["南丁格尔", "白求恩", "林巧稚"]), "public_figure")
    b.t("主题活动 地点: ").d(g.ch(["逸夫楼", "中山楼", "白求恩楼"]), "place")
    b.t("%d楼报告厅 报名邮箱 " % g.ri(2, 9)).d(g.role_mail(), "role_mailbox")


@tpl("zh", "pharmacy stock warning", "-", "company x2, order_id")
def t_pharm_stock(g, b):
    d = g.dt()
    a, c = g.r.sample(PERSON_BRANDS_ZH[:6], 2)
    b.t("%s [药库] 库存预警 " % d.strftime("%Y-%m-%d %H:%M")).d(a, "company")
    b.t(g.ch(["麝香痔疮膏", "六味地黄丸", "凉茶颗粒", "保和丸"]) + " 剩余 %d 盒 建议采购 供应商=" % g.ri(2, 40))
    b.d(c, "company").t(" 采购单号=").d("CG" + d.strftime("%Y%m%d") + g.digits(4), "order_id")


@tpl("zh", "医保 interface error with ID number inside errmsg",
     "CN_RESIDENT_ID, PERSON (operator)", "employee_id")
def t_yibao_err(g, b):
    d = g.dt()
    b.t("%s ERROR [insur] 医保接口调用失败 infno=1101 err_msg=人员信息获取失败:证件号码[" % g.iso(d))
    b.s(g.cn_id(), "CN_RESIDENT_ID").t("]未查询到参保信息 操作员=").s(g.cn_name(), "PERSON")
    b.t("(工号 ").d(g.emp_id(), "employee_id").t(") 窗口=%d" % g.ri(1, 20))


@tpl("en", "containerd image pull (HIS micro-service deploy)", "-", "version, image_digest")
def t_containerd(g, b):
    d = g.dt()
    svc = g.ch(["reg-svc", "emr-api", "lis-gw", "booking-bff", "insur-adapter"])
    b.t('time="%s.%s+08:00" level=info msg="PullImage \\"harbor.hkmg.local/his/%s:'
        % (d.strftime("%Y-%m-%dT%H:%M:%S"), g.digits(9), svc))
    b.d(g.version(), "version").t('\\" returns image reference \\"').d("sha256:" + g.hex(64), "image_digest").t('\\""')


@tpl("en", "GitLab CI deploy job summary",
     "PERSON (committer), EMAIL_ADDRESS (staff)", "commit_hash, version")
def t_gitlab(g, b):
    last, first = g.pinyin()
    b.t("deploy-prod #%d triggered by " % g.ri(10000, 99999)).s(first + " " + last, "PERSON")
    b.t(" <").s(g.staff_email((last, first)), "EMAIL_ADDRESS").t("> on main @ ").d(g.hex(g.ch([8, 40])), "commit_hash")
    b.t(" (%s v" % g.ch(["reg-svc", "emr-api", "booking-bff"])).d(g.version(), "version").t(") status=%s" % g.ch(["success", "failed", "canceled"]))


@tpl("en", "sshd Accepted publickey from workstation",
     "PERSON (login), IP_ADDRESS", "port, key_fingerprint")
def t_sshd_ok(g, b):
    d = g.dt()
    b.t("%s his-app-%02d sshd[%d]: Accepted publickey for " % (syslog_ts(d), g.ri(1, 9), g.ri(1000, 60000)))
    b.s(g.login(), "PERSON").t(" from ").s(g.client_ip("ws"), "IP_ADDRESS").t(" port ")
    b.d(str(g.ri(40000, 65000)), "port").t(" ssh2: RSA SHA256:").d(g.b64(43), "key_fingerprint")


@tpl("en", "sshd brute force against a system account", "IP_ADDRESS (attacker)",
     "system_account, port")
def t_sshd_fail(g, b):
    d = g.dt()
    acct = g.ch(["root", "oracle", "admin", "postgres", "mysql", "deploy"])
    b.t("%s his-db-%02d sshd[%d]: Failed password for %s" % (syslog_ts(d), g.ri(1, 4), g.ri(1000, 60000),
                                                             g.ch(["", "invalid user "])))
    b.d(acct, "system_account").t(" from ").s(g.client_ip("attacker"), "IP_ADDRESS").t(" port ")
    b.d(str(g.ri(30000, 65000)), "port").t(" ssh2")


@tpl("en", "sudo audit line", "PERSON (login) x2", "system_account")
def t_sudo(g, b):
    d = g.dt()
    lg = g.login()
    b.t("%s his-db-%02d sudo:   " % (syslog_ts(d), g.ri(1, 4))).s(lg, "PERSON")
    b.t(" : TTY=pts/%d ; PWD=/home/" % g.ri(0, 5)).s(lg, "PERSON").t(" ; USER=").d(g.ch(["root", "mysql", "oracle"]), "system_account")
    b.t(" ; COMMAND=%s" % g.ch(["/usr/bin/systemctl restart mysqld", "/bin/tail -n 200 /var/log/his/app.log",
                                 "/usr/sbin/reboot", "/usr/bin/vim /etc/my.cnf"]))


@tpl("en", "Windows Security 4625 via NXLog key=value (nurse workstation)",
     "PERSON (login), IP_ADDRESS (workstation)", "-")
def t_win4625(g, b):
    d = g.dt()
    b.t('%s NS-%dF-PC%02d MSWinEventLog 1 Security %d EventID=4625 "An account failed to log on." TargetUserName=' % (
        d.strftime("%Y-%m-%dT%H:%M:%S"), g.ri(2, 18), g.ri(1, 30), g.ri(10 ** 5, 10 ** 7)))
    b.s(g.login(), "PERSON").t(" TargetDomainName=HKMG FailureReason=%%%%2313 LogonType=%d IpAddress=" % g.ch([2, 3, 10]))
    b.s(g.client_ip("ws"), "IP_ADDRESS").t(" IpPort=0 WorkstationName=NS-PC%02d" % g.ri(1, 40))


@tpl("en", "OpenVPN peer connection (remote staff)", "IP_ADDRESS x2, PERSON (login)",
     "port x2")
def t_openvpn(g, b):
    d = g.dt()
    ip, port, lg = g.client_ip(g.ch(["mobile", "broadband"])), str(g.ri(1025, 65000)), g.login()
    b.t("%s " % d.strftime("%Y-%m-%d %H:%M:%S")).s(ip, "IP_ADDRESS").t(":").d(port, "port")
    b.t(" [").s(lg, "PERSON").t("] Peer Connection Initiated with [AF_INET]").s(ip, "IP_ADDRESS")
    b.t(":").d(port, "port")


@tpl("en", "HAProxy http log with phone in query", "IP_ADDRESS, PHONE_NUMBER", "-")
def t_haproxy(g, b):
    d = g.dt()
    b.t("%s lb01 haproxy[%d]: " % (syslog_ts(d), g.ri(1000, 9000))).s(g.client_ip(), "IP_ADDRESS")
    b.t(":%d [%02d/%s/%d:%s.%s] https-in~ his_backend/his0%d 0/0/1/%d/%d 200 %d - - ---- %d/%d/0/0/0 0/0 \"GET /his/api/patient?mobile="
        % (g.ri(1025, 65000), d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M:%S"), g.ms(),
           g.ri(1, 4), g.ri(5, 90), g.ri(6, 100), g.ri(200, 5000), g.ri(1, 80), g.ri(1, 80)))
    b.s(g.cn_mobile("plain"), "PHONE_NUMBER").t(' HTTP/1.1"')


@tpl("en", "Jackson deserialization error echoing \\u-escaped request body",
     "PERSON (\\u-escaped), CN_RESIDENT_ID", "trace_id")
def t_jackson(g, b):
    d = g.dt()
    b.t('%s WARN  1 --- [nio-8080-exec-%d] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String "%d/%02d/%02d"] body={"name":"'
        % (g.iso(d), g.ri(1, 50), g.ri(1950, 2010), g.ri(1, 12), g.ri(1, 28)))
    b.s(jq(g.cn_name(), True), "PERSON").t('","idCard":"').s(g.cn_id(), "CN_RESIDENT_ID")
    b.t('","birthday":"..."} traceId=').d(g.hex(32), "trace_id")


@tpl("en", "OAuth2 password grant form body in debug log",
     "PERSON (username), CREDENTIAL (password, percent-encoded), CREDENTIAL (client_secret)", "-")
def t_oauth(g, b):
    d = g.dt()
    b.t("%s DEBUG o.s.s.oauth2.server.authorization.web.OAuth2TokenEndpointFilter - POST /oauth2/token body=grant_type=password&username="
        % g.iso(d)).s(g.login(), "PERSON")
    b.t("&password=").s(pct(g.password()), "CREDENTIAL").t("&client_id=booking-app&client_secret=").s(g.alnum(32), "CREDENTIAL")


@tpl("en", "OkHttp Request.toString with bearer JWT", "CREDENTIAL (JWT)", "accession_number")
def t_okhttp(g, b):
    d = g.dt()
    b.t("%s D/OkHttp: Request{method=GET, url=https://api.hkmg.com.cn/v2/reports/" % (d.strftime("%m-%d %H:%M:%S.") + g.ms()))
    b.d(d.strftime("%y%m%d") + g.digits(4), "accession_number").t(", headers=[Authorization:Bearer ")
    b.s(g.jwt(), "CREDENTIAL").t(", User-Agent:HKMG-Patient/%s (Android 14)]}" % g.version())


@tpl("en", "pino JSON (node SMS service)",
     "IP_ADDRESS (::ffff: mapped), PHONE_NUMBER", "epoch_timestamp (ms), request_id")
def t_pino(g, b):
    d = g.dt()
    b.t('{"level":30,"time":').d(str(epoch(d)) + g.ms(), "epoch_timestamp")
    b.t(',"pid":1,"hostname":"sms-svc-%s","reqId":"' % g.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    b.d("req-" + g.alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz"), "request_id")
    b.t('","req":{"method":"POST","url":"/api/sms/send","remoteAddress":"').s("::ffff:" + g.client_ip("mobile"), "IP_ADDRESS")
    b.t('"},"phone":"').s(g.cn_mobile("e164"), "PHONE_NUMBER").t('","msg":"sms queued"}')


@tpl("zh", "Alipay async notify (form-encoded; buyer id masked by Alipay)", "-",
     "masked (buyer_logon_id), order_id, amount")
def t_alipay(g, b):
    d = g.dt()
    ph = g._cn_mobile_digits()
    masked = g.ch([ph[:3] + "****" + ph[-4:], pct(g.email("cn")[0] + "***@" + g.ch(CN_MAIL))])
    b.t("%s INFO [alipay-notify] params: gmt_create=%s&charset=utf-8&notify_type=trade_status_sync&out_trade_no="
        % (g.iso(d), pct(d.strftime("%Y-%m-%d %H:%M:%S")).replace("%20", "+")))
    b.d("GH" + d.strftime("%Y%m%d") + g.digits(8), "order_id").t("&buyer_logon_id=").d(masked, "masked")
    b.t("&total_amount=").d("%.2f" % (g.ri(100, 100000) / 100.0), "amount")
    b.t("&trade_status=TRADE_SUCCESS&subject=%s" % pct(g.ch(["门诊缴费", "挂号费", "检查费"])))


@tpl("zh", "inpatient admission (入院登记)",
     "PERSON (patient), CN_RESIDENT_ID, PERSON (contact), PHONE_NUMBER", "case_number, bed_number")
def t_admission(g, b):
    d = g.dt()
    b.t("%s 入院登记 住院号=" % d.strftime("%Y-%m-%d %H:%M:%S")).d(g.case_no("ZY", d), "case_number")
    b.t(" 姓名=").s(g.cn_name(), "PERSON").t(" 身份证=").s(g.cn_id(), "CN_RESIDENT_ID")
    b.t(" 联系人=").s(g.cn_name(), "PERSON").t("(%s) 联系电话=" % g.ch(["父", "母", "配偶", "子", "女"]))
    b.s(g.phone_any(), "PHONE_NUMBER").t(" 床位=%s%d病区" % (g.ch(["心内科", "骨科", "神经外科"]), g.ri(1, 9)))
    b.d(g.bed(), "bed_number")


@tpl("zh", "health-check centre group booking (体检团检)",
     "PERSON, PHONE_NUMBER", "company, order_id (sometimes Luhn-valid 16-digit)")
def t_tijian(g, b):
    d = g.dt()
    b.t("[体检中心] %s 团检预约 单位=" % d.strftime("%Y-%m-%d")).d(
        g.ch(["李宁体育用品有限公司", "周大福珠宝", "华为技术有限公司", "王老吉大健康"]), "company")
    b.t(" 姓名=").s(g.cn_name(), "PERSON").t(" 手机=").s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(" 套餐=%s 体检单号=" % g.ch(["入职体检A", "年度体检(男)", "年度体检(女)", "高端套餐"]))
    b.d(g.ch(["TJ" + d.strftime("%y%m%d") + g.digits(5), g.luhn16_order(d)]), "order_id")


@tpl("zh", "obstetrics newborn registration (新生儿登记)",
     "PERSON (mother), CN_RESIDENT_ID (mother), PERSON (father), PHONE_NUMBER", "case_number")
def t_newborn(g, b):
    d = g.dt()
    b.t("%s [产科] 新生儿登记 母亲=" % d.strftime("%Y-%m-%d %H:%M")).s(g.cn_name(), "PERSON")
    b.t(" 证件号=").s(g.cn_id(), "CN_RESIDENT_ID").t(" 父亲=").s(g.cn_name(), "PERSON")
    b.t(" 电话=").s(g.cn_mobile(), "PHONE_NUMBER").t(" 新生儿 %s %dg 出生证编号=" % (g.ch("男女"), g.ri(2200, 4300)))
    b.d(g.ch("OPQR") + g.digits(9), "case_number")


@tpl("zh", "120 ambulance dispatch", "PHONE_NUMBER (caller), PERSON (surname before 先生/女士)",
     "place (destination hospital)")
def t_120(g, b):
    d = g.dt()
    b.t("[120调度] %s 来电=" % d.strftime("%Y-%m-%d %H:%M:%S")).s(g.ch([g.cn_mobile(), g.cn_landline()]), "PHONE_NUMBER")
    b.t(" 呼救人=").s(g.cn_surname(), "PERSON").t(g.ch(["先生", "女士"]))
    b.t(" 主诉=%s 派车=%d号车 送往=" % (g.ch(["胸痛", "意识不清", "车祸外伤", "呼吸困难"]), g.ri(1, 12)))
    b.d(g.ch(["北京协和医院", "华山医院", "瑞金医院", "湘雅医院", "华西医院", "科技园院区"]), "place")


@tpl("en", "RFC 5424 syslog from infusion-pump gateway", "PERSON (nurse)", "bed_number, device_serial")
def t_infusion(g, b):
    d = g.dt()
    b.t("<%d>1 %s+08:00 infusion-gw-0%d pumpd %d ALARM [meta sequenceId=\"%d\"] Pump " % (
        g.ch([132, 134, 131]), g.iso(d, "T"), g.ri(1, 4), g.ri(1000, 9999), g.ri(1, 99999)))
    b.d("PX-" + g.digits(5), "device_serial").t(" %s bed=" % g.ch(["occlusion downstream", "near empty", "air in line"]))
    b.d("ICU-%02d" % g.ri(1, 30), "bed_number").t(" acknowledged_by=\"").s(g.west_name(ANGLO) if g.r.random() < 0.3
                                                                          else " ".join(reversed(g.pinyin())), "PERSON")
    b.t('"')


@tpl("en", "FHIR Patient resource JSON",
     "PERSON (family), PERSON (given), PHONE_NUMBER, EMAIL_ADDRESS", "uuid")
def t_fhir(g, b):
    a, c = g.west()
    b.t('{"resourceType":"Patient","id":"').d(g.uuid(), "uuid")
    b.t('","name":[{"use":"official","family":"').s(jq(c), "PERSON").t('","given":["').s(jq(a), "PERSON")
    b.t('"]}],"telecom":[{"system":"phone","value":"').s(g.intl_phone(), "PHONE_NUMBER")
    b.t('","use":"mobile"},{"system":"email","value":"').s(g.email("intl"), "EMAIL_ADDRESS")
    b.t('"}],"gender":"%s","birthDate":"%d-%02d-%02d"}' % (g.ch(["male", "female"]), g.ri(1940, 2010),
                                                         g.ri(1, 12), g.ri(1, 28)))


@tpl("en", "HL7 ACK over MLLP", "-", "hl7_control_id x2, server_ip")
def t_hl7_ack(g, b):
    d = g.dt()
    b.t("%s DEBUG [mllp-out] ACK to " % g.iso(d)).d(g.server_ip(), "server_ip")
    b.t(":2575 MSH|^~\\&|LIS|LAB|HIS|HKMG|%s||ACK^R01|" % d.strftime("%Y%m%d%H%M%S")).d("ACK" + g.digits(7), "hl7_control_id")
    b.t("|P|2.4\\rMSA|AA|").d(g.digits(12), "hl7_control_id")


@tpl("en", "Mirth Connect channel log", "PERSON (\"FAMILY, GIVEN\")", "case_number (MRN), message_id")
def t_mirth(g, b):
    d = g.dt()
    if g.r.random() < 0.5:
        last, first = g.pinyin()
    else:
        first, last = g.west()
    b.t(" INFO %s [Channel Reader Thread: HIS_to_LIS] com.mirth.connect.server.channel: Message "
        % (d.strftime("%Y-%m-%d %H:%M:%S") + "," + g.ms())).d(str(g.ri(10000, 999999)), "message_id")
    b.t(" processed for patient ").s(last.upper() + ", " + first.upper(), "PERSON").t(" (MRN ").d(g.digits(8), "case_number").t(")")


@tpl("en", "pharmacy dispensing robot", "PERSON (surname after Dr.)", "order_id, company")
def t_rowa(g, b):
    d = g.dt()
    b.t("%s [" % d.strftime("%Y-%m-%d %H:%M:%S")).d(g.ch(["BD Rowa", "Swisslog", "Omnicell"]), "company")
    b.t("] dispense order ").d("RX-" + d.strftime("%Y%m%d") + "-" + g.digits(4), "order_id")
    b.t(" drawer=%d pick ok, prescriber %s " % (g.ri(1, 12), g.ch(EN_TITLES[3:4] + ["Dr", "Prof."])))
    b.s(g.ch([g.west(["en_IN", "en_GB", "en_US"])[1], g.pinyin()[0]]), "PERSON")


@tpl("en", "Postfix smtp delivery to a patient", "EMAIL_ADDRESS", "queue_id, server_ip (relay)")
def t_postfix_smtp(g, b):
    d = g.dt()
    em = g.email(g.ch(["cn", "qq", "intl"]))
    dom = em.split("@")[1]
    b.t("%s mail01 postfix/smtp[%d]: " % (syslog_ts(d), g.ri(1000, 60000))).d(g.hex(10, upper=True), "queue_id")
    b.t(": to=<").s(em, "EMAIL_ADDRESS").t(">, relay=mx.%s[" % dom).d(
        "%d.%d.%d.%d" % (g.ch([220, 183, 14, 142]), g.ri(0, 255), g.ri(0, 255), g.ri(1, 254)), "server_ip")
    b.t("]:25, delay=%.1f, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 Mail OK)" % (g.ri(5, 90) / 10.0))


@tpl("en", "Postfix qmgr from a role mailbox", "-", "queue_id, role_mailbox")
def t_postfix_qmgr(g, b):
    d = g.dt()
    b.t("%s mail01 postfix/qmgr[%d]: " % (syslog_ts(d), g.ri(1000, 60000))).d(g.hex(10, upper=True), "queue_id")
    b.t(": from=<").d(g.role_mail(), "role_mailbox").t(">, size=%d, nrcpt=%d (queue active)" % (g.ri(900, 90000), g.ri(1, 3)))


@tpl("zh", "WeCom duty reminder bot (信息科值班)",
     "PERSON (值班), PHONE_NUMBER, PERSON (备班)", "place")
def t_wecom_duty(g, b):
    d = g.dt()
    b.t("[企业微信机器人] %s 信息科值班提醒：今晚值班 @" % d.strftime("%m-%d")).s(g.cn_name(), "PERSON")
    b.t(" 手机 ").s(g.cn_mobile(), "PHONE_NUMBER").t(" 备班 @").s(g.cn_name(), "PERSON")
    b.t(" ；机房巡检 ").d(g.ch(["逸夫楼", "中山楼", "门诊楼"]), "place").t("B1 请按时签到")


@tpl("zh", "Zabbix alert in Chinese", "PERSON (handler)", "server_ip, event_id")
def t_zabbix_zh(g, b):
    d = g.dt()
    b.t("问题: 磁盘使用率超过%d%% 主机: PACS-STORE-0%d IP: " % (g.ch([85, 90, 95]), g.ri(1, 6))).d(g.server_ip(), "server_ip")
    b.t(" 严重性: 高 时间: %s 事件ID: " % d.strftime("%Y.%m.%d %H:%M:%S")).d(str(g.ri(10 ** 5, 10 ** 7)), "event_id")
    b.t(" 处理人: 运维 ").s(g.cn_name(), "PERSON")


@tpl("en", "Zabbix alert in English", "-", "event_id, server_ip")
def t_zabbix_en(g, b):
    d = g.dt()
    b.t("Problem started at %s on %s Problem name: MySQL: Replication lag is too high Host: his-db-0%d ("
        % (d.strftime("%H:%M:%S"), d.strftime("%Y.%m.%d"), g.ri(1, 4))).d(g.server_ip(), "server_ip")
    b.t(") Severity: Average Original problem ID: ").d(str(g.ri(10 ** 5, 10 ** 7)), "event_id")


@tpl("zh", "registration log with phone already masked by the app",
     "PERSON (patient), CN_RESIDENT_ID", "masked (phone), case_number")
def t_reg_masked(g, b):
    d = g.dt()
    ph = g._cn_mobile_digits()
    b.t("%s INFO  [reg-%d] RegService : 预约取号 患者=" % (g.iso(d), g.ri(1, 9))).s(g.cn_name(), "PERSON")
    b.t(" 手机=").d(ph[:3] + "****" + ph[-4:], "masked").t(" 证件=").s(g.cn_id(), "CN_RESIDENT_ID")
    b.t(" 门诊号=").d(g.case_no("MZ", d), "case_number")


@tpl("en", "Tomcat access log, jsessionid in URL path", "IP_ADDRESS (workstation), CREDENTIAL (jsessionid)",
     "case_number")
def t_tomcat(g, b):
    d = g.dt()
    b.s(g.client_ip("ws"), "IP_ADDRESS").t(' - - [%s] "GET /his/emr/view.do;jsessionid=' % clf(d))
    b.s(g.session_id("jsession"), "CREDENTIAL").t("?pid=").d(g.digits(8), "case_number")
    b.t(' HTTP/1.1" 200 %d %d' % (g.ri(1000, 90000), g.ri(3, 900)))


@tpl("en", "config dump with escaped PEM private key (WeChat Pay merchant)",
     "CREDENTIAL (private-key body)", "merchant_id, cert_serial")
def t_pem(g, b):
    d = g.dt()
    b.t("%s INFO  c.h.pay.WxPayConfig - loaded wechatpay.mchid=" % g.iso(d)).d("1" + g.digits(9), "merchant_id")
    b.t(" serial_no=").d(g.hex(40, upper=True), "cert_serial")
    b.t(' private_key="-----BEGIN PRIVATE KEY-----\\n').s(g.pem_body(), "CREDENTIAL").t('\\n-----END PRIVATE KEY-----"')


@tpl("en", "Tencent Cloud SMS SDK request dump",
     "CREDENTIAL (SecretId), PHONE_NUMBER", "pickup_code, app_id")
def t_tc_sms(g, b):
    d = g.dt()
    b.t("%s [TencentCloudSDK] SendSms SecretId=" % g.iso(d)).s("AKID" + g.alnum(32), "CREDENTIAL")
    b.t(" SmsSdkAppId=").d("1400" + g.digits(6), "app_id").t(' PhoneNumberSet=["')
    b.s(g.cn_mobile("e164"), "PHONE_NUMBER").t('"] TemplateId=%d TemplateParamSet=["' % g.ri(10 ** 6, 10 ** 7))
    b.d(g.digits(g.ch([4, 6])), "pickup_code").t('","5"]')


@tpl("zh", "satisfaction survey mail (QQ mailbox)", "EMAIL_ADDRESS (QQ), PERSON", "role_mailbox")
def t_survey(g, b):
    d = g.dt()
    b.t("%s 满意度调查邮件已发送 发件人=" % d.strftime("%Y-%m-%d %H:%M:%S")).d(g.role_mail(), "role_mailbox")
    b.t(" 收件人=").s(g.qq() + "@qq.com" if g.r.random() < 0.7 else g.email("cn"), "EMAIL_ADDRESS")
    b.t(" 患者=").s(g.cn_name(), "PERSON").t(" 就诊科室=%s" % g.ch(["口腔科", "眼科", "中医科", "康复科"]))


@tpl("zh", "ward nurse-call system (呼叫系统)", "PERSON (nurse)", "bed_number")
def t_nursecall(g, b):
    d = g.dt()
    b.t("[呼叫系统] %s %d病区 " % (d.strftime("%H:%M:%S"), g.ri(1, 22))).d(g.bed(), "bed_number")
    b.t(" %s 响应护士: " % g.ch(["呼叫", "输液呼叫", "卫生间紧急呼叫"])).s(g.cn_name(), "PERSON")
    b.t(" 响应时长 %ds" % g.ri(5, 240))


@tpl("zh", "door access control (门禁刷卡)", "PERSON (staff)", "employee_id, place")
def t_door(g, b):
    d = g.dt()
    b.t("%s 门禁刷卡 人员=" % d.strftime("%Y-%m-%d %H:%M:%S")).s(g.cn_name(), "PERSON")
    b.t(" 工号=").d(g.emp_id(), "employee_id").t(" 门=").d(g.ch(["逸夫楼", "中山楼", "白求恩楼", "住院部A座"]), "place")
    b.t("%s 结果=%s" % (g.ch(["ICU东门", "手术室通道", "药库", "机房"]), g.ch(["允许", "拒绝:无权限", "允许"])))


@tpl("en", "real-name (KYC) check for internet hospital",
     "PERSON (pinyin name), CN_RESIDENT_ID", "trace_id")
def t_kyc(g, b):
    last, first = g.pinyin()
    b.t("WARN realname.Verify failed: code=ID_NAME_MISMATCH id_number=").s(g.cn_id(), "CN_RESIDENT_ID")
    b.t(' name_pinyin="').s(first + " " + last if g.r.random() < 0.5 else last.upper() + " " + first, "PERSON")
    b.t('" provider=%s trace=' % g.ch(["tencent-faceid", "aliyun-cloudauth"])).d(g.hex(32), "trace_id")


@tpl("zh", "electronic invoice (电子票据) push", "PERSON (payer), EMAIL_ADDRESS",
     "invoice_no, amount")
def t_einvoice(g, b):
    d = g.dt()
    b.t("%s 电子票据开具成功 票据代码=%s 票据号码=" % (d.strftime("%Y-%m-%d %H:%M:%S"), "44" + g.digits(6)))
    b.d(g.digits(10), "invoice_no").t(" 交款人=").s(g.cn_name(), "PERSON").t(" 金额=").d(g.amount(g.ch(["plain", "yen"])), "amount")
    b.t(" 推送邮箱=").s(g.email(g.ch(["cn", "qq"])), "EMAIL_ADDRESS")


@tpl("zh", "medical-record copy mailed by courier (病案复印邮寄)",
     "PERSON (recipient), PHONE_NUMBER", "waybill, company")
def t_mail_copy(g, b):
    d = g.dt()
    b.t("%s [病案室] 复印件邮寄 收件人=" % d.strftime("%Y-%m-%d %H:%M")).s(g.cn_name(), "PERSON")
    b.t(" 电话=").s(g.cn_mobile(), "PHONE_NUMBER").t(" 快递=").d(g.ch(["顺丰速运", "京东物流", "中国邮政EMS"]), "company")
    b.t(" 运单号=").d(g.waybill(), "waybill")


@tpl("zh", "inter-hospital transfer arrival by train", "PERSON (escort nurse), PHONE_NUMBER",
     "train_number, place")
def t_transfer_train(g, b):
    d = g.dt()
    b.t("[转运中心] 转院患者预计 %s 乘 " % d.strftime("%H:%M")).d(g.ch("GGDDCKTZ") + str(g.ri(1, 9999)), "train_number")
    b.t(" 次列车抵达，接收院区 ").d(g.ch(["科技园院区", "光明院区", "龙华院区"]), "place")
    b.t("，陪同护士 ").s(g.cn_name(), "PERSON").t(" 联系电话 ").s(g.cn_mobile(), "PHONE_NUMBER")


@tpl("zh", "HIS doctor workstation login (HIS-Auth)",
     "PERSON (login), PERSON (Chinese name), IP_ADDRESS (workstation)", "employee_id")
def t_his_auth(g, b):
    d = g.dt()
    b.t("%s [HIS-Auth] 用户 " % g.iso(d)).s(g.login(), "PERSON").t("（").s(g.cn_name(), "PERSON")
    b.t("）登录成功 IP=").s(g.client_ip("ws"), "IP_ADDRESS").t(" 科室=%s 工号=" % g.ch(["呼吸内科", "急诊科", "麻醉科", "检验科"]))
    b.d(g.emp_id(), "employee_id")


@tpl("zh", "mobile nursing PDA medication execution", "PERSON (patient), PERSON (nurse)",
     "order_id (医嘱号), bed_number")
def t_pda(g, b):
    d = g.dt()
    b.t("%s [移动护理PDA] 扫码执行 医嘱号=" % d.strftime("%Y-%m-%d %H:%M:%S")).d("YZ" + g.digits(10), "order_id")
    b.t(" 床号=").d(g.bed(), "bed_number").t(" 患者=").s(g.cn_name(), "PERSON")
    b.t(" 药品=%s 执行护士=" % g.ch(["0.9%氯化钠注射液 250ml", "头孢呋辛钠 1.5g", "胰岛素 8U"]))
    b.s(g.cn_name(), "PERSON").t(" 结果=成功")


@tpl("zh", "PACS report signing", "PERSON (patient), PERSON (reporting doctor), PERSON (surname before title)",
     "accession_number")
def t_pacs_sign(g, b):
    d = g.dt()
    b.t("%s 报告审核 检查号=" % d.strftime("%Y-%m-%d %H:%M:%S")).d(g.ch(["CT", "MR", "DR", "US"]) + d.strftime("%y%m%d") + g.digits(4), "accession_number")
    b.t(" 患者=").s(g.cn_name(), "PERSON").t(" 报告医师=").s(g.cn_name(), "PERSON")
    b.t(" 审核医师=").s(g.cn_surname(), "PERSON").t(g.ch(["主任", "副主任", "老师", "大夫"]) + " 状态=已签发")


@tpl("en", "Keycloak login event", "IP_ADDRESS, PERSON (username)", "uuid")
def t_keycloak(g, b):
    d = g.dt()
    b.t("%s WARN  [org.keycloak.events] (executor-thread-%d) type=LOGIN_ERROR, realmId=hkmg, clientId=booking-app, userId=null, ipAddress="
        % (d.strftime("%Y-%m-%d %H:%M:%S") + "," + g.ms(), g.ri(1, 60)))
    b.s(g.client_ip(), "IP_ADDRESS").t(", error=%s, auth_method=openid-connect, code_id=" % g.ch(
        ["invalid_user_credentials", "user_not_found", "user_temporarily_disabled"]))
    b.d(g.uuid(), "uuid").t(", username=").s(g.login(), "PERSON")


@tpl("en", "Spring DispatcherServlet with parameters masked", "-", "masked")
def t_spring_masked(g, b):
    d = g.dt()
    b.t('%s DEBUG 1 --- [nio-8080-exec-%d] o.s.web.servlet.DispatcherServlet        : POST "/his/login", parameters='
        % (g.iso(d), g.ri(1, 99))).d("{masked}", "masked")


@tpl("en", "Spring DispatcherServlet with enableLoggingRequestDetails leaking login",
     "PERSON (username), CREDENTIAL (password)", "-")
def t_spring_leak(g, b):
    d = g.dt()
    b.t('%s DEBUG 1 --- [nio-8080-exec-%d] o.s.web.servlet.DispatcherServlet        : POST "/his/login", parameters={username:['
        % (g.iso(d), g.ri(1, 99))).s(g.login(), "PERSON").t("], password:[").s(g.password(), "CREDENTIAL").t("]}")


@tpl("zh", "caregiver registration (陪护登记)",
     "PERSON (caregiver), CN_RESIDENT_ID, PHONE_NUMBER, PERSON (patient)", "bed_number")
def t_caregiver(g, b):
    d = g.dt()
    b.t("%s [陪护管理] 陪护人登记 姓名=" % d.strftime("%Y-%m-%d %H:%M")).s(g.cn_name(), "PERSON")
    b.t(" 身份证=").s(g.cn_id(), "CN_RESIDENT_ID").t(" 手机=").s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(" 陪护患者=").s(g.cn_name(), "PERSON").t(" 床号=").d(g.bed(), "bed_number").t(" 核酸=免查")


@tpl("zh", "internet-hospital consultation JSON (\\u-escaped, PHP json_encode)",
     "PERSON (patient, \\u-escaped), PERSON (doctor, \\u-escaped), PHONE_NUMBER",
     "order_id (sometimes 11-digit 1xxxxxxxxxx)")
def t_ih_json(g, b):
    d = g.dt()
    b.t('[%s] production.INFO: consult.created {"consult_id":"' % d.strftime("%Y-%m-%d %H:%M:%S"))
    b.d(g.ch(["IH" + d.strftime("%Y%m%d") + g.digits(6), g.order11()]), "order_id").t('","patient_name":"').s(jq(g.cn_name(), True), "PERSON")
    b.t('","mobile":"').s(g.cn_mobile("plain"), "PHONE_NUMBER").t('","doctor":"').s(jq(g.cn_name(), True), "PERSON")
    b.t('","dept":"%s","type":"%s"} []' % (jq(g.ch(["皮肤科", "儿科", "内分泌科"]), True), g.ch(["image", "video"])))


@tpl("zh", "vaccination clinic (预防接种)", "PERSON (child), PERSON (guardian), PHONE_NUMBER",
     "lot_number")
def t_vaccine(g, b):
    d = g.dt()
    b.t("%s [接种门诊] 接种登记 受种者=" % d.strftime("%Y-%m-%d %H:%M:%S")).s(g.cn_name(), "PERSON")
    b.t(" 监护人=").s(g.cn_name(), "PERSON").t(" 联系电话=").s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(" 疫苗=%s 批号=" % g.ch(["乙肝疫苗 第2剂", "百白破 第1剂", "流感疫苗", "HPV九价 第1剂"]))
    b.d(d.strftime("%Y") + g.digits(6), "lot_number")


@tpl("zh", "self-service kiosk reads social-security card (自助机)",
     "PERSON, CN_RESIDENT_ID", "device_id, amount")
def t_kiosk(g, b):
    d = g.dt()
    b.t("%s INFO 自助机" % d.strftime("%Y-%m-%d %H:%M:%S")).d("K" + g.digits(3), "device_id")
    b.t(" 读社保卡成功 姓名=").s(g.cn_name(), "PERSON").t(" 社会保障号码=").s(g.cn_id(), "CN_RESIDENT_ID")
    b.t(" 账户余额=").d(g.amount("plain"), "amount")


@tpl("zh", "guest WiFi portal authentication", "PHONE_NUMBER (username), IP_ADDRESS (terminal)",
     "server_ip (AC)")
def t_wifi(g, b):
    d = g.dt()
    b.t("[Portal] %s 认证成功 用户名=" % d.strftime("%Y-%m-%d %H:%M:%S")).s(g.cn_mobile("plain"), "PHONE_NUMBER")
    b.t(" 终端IP=").s(g.client_ip("ws"), "IP_ADDRESS").t(" SSID=HKMG-Patient AC=").d(g.server_ip(), "server_ip")
    b.t(" 认证方式=短信")


@tpl("zh", "e-prescription sent to a retail pharmacy (处方流转)",
     "PERSON (patient), PHONE_NUMBER", "order_id, pickup_code, company")
def t_rx_flow(g, b):
    d = g.dt()
    b.t("%s [处方流转] 电子处方 " % d.strftime("%Y-%m-%d %H:%M:%S")).d("RX" + d.strftime("%Y%m%d") + g.digits(6), "order_id")
    b.t(" 已推送至 ").d(g.ch(["雷允上", "老百姓大药房", "胡庆余堂", "益丰大药房"]), "company")
    b.t("(%s店) 患者=" % g.ch(["解放路", "人民路", "中山路", "科技园"])).s(g.cn_name(), "PERSON")
    b.t(" 手机=").s(g.cn_mobile(), "PHONE_NUMBER").t(" 取药码=").d(g.digits(g.ch([4, 6])), "pickup_code")


@tpl("zh", "consultation request (会诊申请)",
     "PERSON (applicant doctor), PERSON (surname before 主任), PERSON (patient)", "order_id, bed_number")
def t_consult(g, b):
    d = g.dt()
    b.t("%s 会诊申请 单号=" % d.strftime("%Y-%m-%d %H:%M")).d("HZ" + g.digits(8), "order_id")
    b.t(" 申请科室=%s 申请医生=" % g.ch(["神经内科", "心内科", "肾内科", "普外科"])).s(g.cn_name(), "PERSON")
    b.t(" 邀请=%s " % g.ch(["麻醉科", "营养科", "ICU", "感染科"])).s(g.cn_surname(), "PERSON").t("主任")
    b.t(" 患者=").s(g.cn_name(), "PERSON").t(" 床号=").d(g.bed(), "bed_number").t(" 紧急程度=%s" % g.ch(["普通", "急"]))


# ------------------------------------------------------------------ checks --

def _check_record(rec, k_templates=None):
    text, spans, decoys = rec["text"], rec["spans"], rec["decoys"]
    assert isinstance(text, str) and text, "empty text"
    assert "\n" not in text and "\r" not in text, "newline in text"
    assert 0 <= len(spans) <= 4, ("span count", len(spans), text)
    assert 0 <= len(decoys) <= 3, ("decoy count", len(decoys), text)
    if k_templates is not None:
        assert isinstance(rec["template"], int) and 0 <= rec["template"] < k_templates
    allr = []
    for s, e, t in spans:
        assert t in SPAN_TYPES, t
        assert 0 <= s < e <= len(text), (s, e, text)
        assert _type_ok(t, text[s:e]), ("bad value", t, text[s:e], text)
        allr.append((s, e))
    for s, e, kd in decoys:
        assert 0 <= s < e <= len(text), (s, e, text)
        assert _decoy_ok(kd, text[s:e]), ("bad decoy", kd, text[s:e], text)
        allr.append((s, e))
    allr.sort()
    for (a1, b1), (a2, b2) in zip(allr, allr[1:]):
        assert b1 <= a2, ("overlap", text)
    exact = {(s, e) for s, e, _ in spans}
    for s, e, t in spans:
        v = text[s:e]
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            if (i, j) not in exact:
                ok = t == "PERSON" and any(a <= i and j <= bb and (a, bb) != (i, j)
                                           for a, bb in allr)
                assert ok, ("unlabelled other occurrence", t, v, text)
            i = text.find(v, i + 1)


def validate(records):
    """Self-check; raises AssertionError on any problem, returns counters."""
    k = len(TEMPLATES)
    types, kinds = collections.Counter(), collections.Counter()
    per_tpl = collections.Counter()
    no_span = 0
    for rec in records:
        assert set(rec) == {"text", "spans", "decoys", "template"}, rec.keys()
        _check_record(rec, k)
        per_tpl[rec["template"]] += 1
        if not rec["spans"]:
            no_span += 1
        for _, _, t in rec["spans"]:
            types[t] += 1
        for _, _, kd in rec["decoys"]:
            kinds[kd] += 1
    if len(records) >= k:
        assert len(per_tpl) == k, "not every template used"
    return {"records": len(records), "templates": k, "lines_without_spans": no_span,
            "types": dict(types), "kinds": dict(kinds)}


# ------------------------------------------------------------------ driver --

def blind_log16(n, seed=0):
    rng = random.Random(seed)
    g = G(rng)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % len(order)]
        fn = TEMPLATES[ti][0]
        clean = rng.random() < 0.1
        for attempt in range(200):
            b = B(g, clean)
            fn(g, b)
            text, spans, decoys = b.build()
            rec = {"text": text, "spans": spans, "decoys": decoys, "template": ti}
            try:
                _check_record(rec)
            except AssertionError:
                continue
            break
        else:
            raise AssertionError("template %d could not produce a valid line" % ti)
        out.append(rec)
    return out


def _table():
    return "\n".join("%d: %s / %s -- %s | %s" % (i, lang, system, sp, dc)
                     for i, (_, lang, system, sp, dc) in enumerate(TEMPLATES))


if __name__ == "__main__":
    recs = blind_log16(5000, 0)
    res = validate(recs)
    for sd in (1, 2):
        validate(blind_log16(5000, sd))
    print("records: %d  templates: %d  lines without spans: %d"
          % (res["records"], res["templates"], res["lines_without_spans"]))
    print("per TYPE:")
    for t, c in sorted(res["types"].items(), key=lambda x: -x[1]):
        print("  %-16s %d" % (t, c))
    print("per decoy KIND:")
    for t, c in sorted(res["kinds"].items(), key=lambda x: -x[1]):
        print("  %-16s %d" % (t, c))
    if "--table" in sys.argv:
        print(_table())
