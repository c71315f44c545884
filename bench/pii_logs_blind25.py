#!/usr/bin/env python3
r"""Blind evaluation set 25: PII in university campus-system log lines.

Provenance
----------
Written blind on 2026-12-06.  Nothing of the project was read to write it: no
redactor code, rules, seeds, training data, documentation, tests or other
evaluation sets (only the task brief).  The line formats come from general
knowledge of how the named systems print their logs (FreeRADIUS, Cisco ASA,
OpenVPN, Shibboleth IdP, Apereo CAS, nginx / Apache / Tomcat / IIS / Envoy access
logs, Spring Boot, logback, Rails, Django, pino, bunyan, zap, structlog, logrus,
logfmt, Postfix, BIND, sshd, sudo, Windows 4624 via NXLog, HL7 v2 via Mirth,
SWIFT MT103, Stripe webhooks, Koha, 正方教务, 深澜 Srun, 锐捷 SAM, 深信服
EasyConnect, 海康门禁, 一卡通 POS, 微信支付 / 支付宝 callbacks, ...).  Theme: a
university's campus systems (SIS and enrolment, exams and grades, library,
dormitory gates and visitors, campus card, campus network / VPN, LMS and
proctoring, scholarships and tuition, health clinic, international students'
visa office) plus English lines from the international office and overseas
partner universities.  Only the standard library, Faker and phonenumbers are used.

API
---
blind_log25(n: int, seed: int = 0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans / decoys are
    [start, end, TYPE] / [start, end, KIND] with Python code-point offsets;
    text[start:end] is the value exactly as printed (percent-encoded,
    \u-escaped or JSON-escaped where the line prints it so).  One
    random.Random(seed) drives everything; the Faker instances are seeded from
    it, so output is stable for a given seed.  Templates are used round-robin
    over one shuffled order; template numbers are 0..K-1 (K = len(TEMPLATES)).
    About one record in ten is "clean": every planted value is replaced by a
    masked placeholder (labelled as decoy "masked") or by a dash "-".
validate(records) -> dict
    Self-check; raises AssertionError on any problem: offsets in range, no
    newline in a text, spans not overlapping each other or decoys, at most 4
    spans and 3 decoys a line, every other occurrence of a planted value
    (as printed or decoded) also labelled, values are what their type says
    (Luhn-valid cards with real prefixes, phones valid per phonenumbers,
    IBAN mod-97, GB 11643 check digit and known area code on Chinese IDs, SSA
    rules on SSNs, passport / plate shapes, parseable IPs, ...), decoy shapes
    (masked markers, role mailboxes, UUIDs, digests, ports, ...).  Returns
    counters: records, types, kinds, lines_without_spans, zh_lines, templates.
python pii_logs_blind25.py
    Generates 5,000 lines (seed 0), validates them and prints the counts per
    TYPE and per decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN / zh_TW names, compound surnames (欧阳, 司马, 上官,
                诸葛, 尉迟, 万俟 ...) and rare surnames (禤, 亓, 仉, 厍, 覃, 笪 ...)
                with generated given names, minority names (阿依古丽·买买提,
                扎西顿珠, 次仁卓玛 ...); Faker en_US / en_GB / en_AU / en_IN /
                de_DE / fr_FR / es_ES first + last names (Spanish double
                surnames), pinyin names in several orders (Wei Zhang, ZHANG Wei,
                Zhang, Wei), passport-style upper case, "Last, First", HL7
                "Family^Given"; surname-only before a title; person logins
                (jsmith, zhang.wei, wangfang88, m.rossi, li_na, wzhang).
EMAIL_ADDRESS   logins / name-derived locals at Chinese and overseas campus
                domains and public providers; numeric QQ / foxmail addresses.
PHONE_NUMBER    CN mobiles (valid prefixes) printed plain, 3-4-4 spaced or
                dashed, +86 / +86- / 0086 / (+86) / 86- forms; CN landlines
                (010-, (021) xxxx xxxx, +86 10 ...); other regions from
                phonenumbers.example_number_for_type with random tails, kept
                only if valid, printed international / E.164 / national /
                RFC 3966 (without "tel:").
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55 and 2221-2720), Amex,
                UnionPay 16 / 19 digits (real-looking BINs); plain, spaced, dashed.
IBAN_CODE       16 SEPA countries with correct lengths and BBAN shapes, mod-97
                check digits; compact or in groups of four.
US_SSN          area 001-899 except 666, group 01-99, serial 0001-9999;
                dashed, plain or spaced.
CN_RESIDENT_ID  real county codes, plausible birth dates (students 1998-2007,
                visitors 1960-1985), GB 11643 check digit (occasionally "x").
PASSPORT        CN (E + 8 digits, E + letter + 7), US, GB, IN, VN, DE, JP, KR,
                FR, ES, AU, CA, PK shapes.
LICENSE_PLATE   Chinese plates (province + letter, with / without "·" or space,
                5-character and new-energy 6-character), UK, California and
                New York style plates.
IP_ADDRESS      client / user addresses: campus 10.x / 172.16-31.x, Chinese
                mobile and broadband ranges, overseas ranges, IPv6 (CERNET2
                2001:da8::/32, 240e::, 2409:8a00::, ...).
CREDENTIAL      passwords (random, name@year, season+year, common, pinyin,
                passphrase), AWS / Aliyun / Tencent access + secret keys,
                GitHub tokens, Google / Stripe / Canvas / Moodle API keys, JWTs,
                JSESSIONID / PHPSESSID / Django / ASP.NET session ids, CAS
                service tickets, WeChat session_key, private-key bodies,
                connection-string passwords (percent-encoded).

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (numeric QQ too); role
  mailboxes (service@, noreply@, alerts@, zsb@ ...) -> decoy role_mailbox.
* Server / upstream / proxy / DB / resolver / device address -> decoy
  server_ip; a client's or user's (workstation, phone, attacker) -> IP_ADDRESS.
* Surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) -> PERSON
  on the surname only; "王建国主任医师" -> PERSON on 王建国; full names of staff
  (teachers, engineers, agents, doctors, 运维, 值班人员, DSOs) are PERSON.
* Famous historical people / fictional characters -> decoy public_figure;
  brands named after people -> decoy company; streets, districts, scenic spots,
  stations, hospitals, schools / buildings / car parks -> decoy place.
* Passwords, API keys, access and secret keys, session ids / cookie values,
  bearer tokens and JWTs (token only), private-key bodies, connection-string
  and URL password parts -> CREDENTIAL; one-time SMS codes / pickup codes ->
  decoy pickup_code.
* Person-looking logins -> PERSON; root, admin, svc-*, service accounts,
  machine accounts -> decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1),
  case numbers, 工号, student ids, waybills, train / flight numbers, UUIDs,
  commit hashes, image digests, trace ids, epoch timestamps, amounts, ports,
  versions, MAC addresses, ... -> decoys with a descriptive kind.
* Values already masked in the log (139****1234, [FILTERED], *****) -> decoy
  masked.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张小泉) but every other
  occurrence of a planted value in the line is itself labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.
  Templates 24, 64, 65, 66, 67, 75 and 76 carry no spans at all (decoys only).

Templates (number: language / system -- spans | decoys)
-------------------------------------------------------
     0: en / FreeRADIUS radius.log (802.1X / eduroam) -- PERSON, EMAIL_ADDRESS, CREDENTIAL | mac_address, system_account
     1: zh / 深澜 Srun 校园网 portal 认证日志 -- PERSON, IP_ADDRESS | mac_address, student_id
     2: en / Cisco ASA AnyConnect VPN syslog -- PERSON, IP_ADDRESS | masked, server_ip
     3: zh / 深信服 EasyConnect SSL VPN 日志 -- PERSON, IP_ADDRESS | masked, pickup_code
     4: en / OpenVPN server log -- PERSON, IP_ADDRESS | port
     5: en / Shibboleth IdP idp-audit.log -- PERSON | request_id
     6: en / Apereo CAS audit trail / debug -- PERSON, IP_ADDRESS, CREDENTIAL | masked, server_ip
     7: en / nginx access log, SIS student search API -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER, CN_RESIDENT_ID, IP_ADDRESS | server_ip
     8: zh / 正方教务系统 选课 (Spring Boot) -- PERSON | course_code, student_id
     9: en / Ellucian Banner registration service -- PERSON, EMAIL_ADDRESS | course_code, system_account
    10: zh / 教务系统 成绩修改审计 -- PERSON | employee_id, student_id
    11: en / Moodle standard log (CSV export row) -- PERSON, IP_ADDRESS | course_code
    12: en / online proctoring worker (pino JSON) -- PERSON, EMAIL_ADDRESS, IP_ADDRESS | epoch_timestamp
    13: zh / 学习通 在线考试监考日志 -- PERSON, IP_ADDRESS | student_id
    14: en / Koha circulation log -- PERSON | item_barcode, public_figure
    15: zh / 汇文图书馆系统 借还日志 -- PERSON | item_barcode, public_figure, student_id
    16: en / Postfix maillog (library / registrar notices) -- EMAIL_ADDRESS, IP_ADDRESS | epoch_timestamp, role_mailbox, server_ip
    17: zh / 海康门禁闸机事件 -- PERSON, PHONE_NUMBER | campus_card_no, place, server_ip, uuid
    18: zh / 宿舍访客登记 -- PERSON, PHONE_NUMBER, CN_RESIDENT_ID, LICENSE_PLATE | place
    19: zh / 校园停车场道闸 (车牌识别) -- PERSON, LICENSE_PLATE | place
    20: zh / 一卡通 食堂 POS 消费流水 -- PERSON | amount, order_id, place
    21: zh / 一卡通 超市 POS -- PERSON | amount, company, order_id
    22: zh / 一卡通 充值 微信支付回调 -- PERSON | amount, order_id, transaction_id
    23: zh / 网络自助服务 网费充值 -- PERSON | amount, order_id, transaction_id
    24: zh / 商户日结 (一卡通商户结算) -- (none) | amount, company, place
    25: en / Stripe webhook handler (international tuition) -- PERSON, EMAIL_ADDRESS | amount, masked, order_id
    26: en / bank transfer refund job (Java) -- PERSON, IBAN_CODE | amount, case_number
    27: en / SWIFT MT103 inbound tuition payment -- PERSON, IBAN_CODE | amount, order_id
    28: zh / 奖助学金发放 -- PERSON, CREDIT_CARD | amount, student_id
    29: zh / 统一支付平台 学费缴纳 -- PERSON, CN_RESIDENT_ID | amount, masked, order_id
    30: zh / 国际学生退费 (境外账户) -- PERSON, IBAN_CODE | amount, case_number
    31: en / refund worker (Java), card refund -- PERSON, CREDIT_CARD | amount, order_id
    32: en / payment gateway error (PAN logged) -- CREDIT_CARD | masked
    33: en / logfmt, Go campus-card ledger service -- PERSON, CREDIT_CARD | amount, trace_id
    34: zh / 校医院 HIS 门诊挂号 -- PERSON, CN_RESIDENT_ID | place
    35: en / Mirth Connect HL7 v2 ADT (clinic) -- PERSON, PHONE_NUMBER | message_id, version
    36: zh / 短信网关 校医院心理咨询预约 -- PERSON, PHONE_NUMBER | pickup_code, template_id
    37: en / UK partner visa office (CAS assignment) -- PERSON, PASSPORT | case_number
    38: zh / 国际学生办 居留许可受理 -- PERSON, PHONE_NUMBER, PASSPORT | case_number
    39: zh / 留学生管理系统 新生报到 -- PERSON, EMAIL_ADDRESS, PASSPORT | (none)
    40: en / SEVIS batch / I-20 update (US partner) -- PERSON, EMAIL_ADDRESS | sevis_id, system_account
    41: en / exchange nomination service (Python structlog JSON) -- PERSON, EMAIL_ADDRESS, PASSPORT | place
    42: en / UCAS-style application handler (Go zap JSON) -- PERSON, EMAIL_ADDRESS, PASSPORT | applicant_id, epoch_timestamp
    43: en / international office visit planner -- PERSON, PHONE_NUMBER | flight_number, place
    44: en / webinar registration (bunyan JSON) -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | meeting_id
    45: en / ServiceNow-style helpdesk incident -- PERSON, EMAIL_ADDRESS | case_number
    46: en / GDPR subject access request (EU partner) -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER, PASSPORT | case_number
    47: en / US financial aid ISIR import -- PERSON, US_SSN | (none)
    48: en / student payroll W-2 export (partner campus) -- PERSON, US_SSN | employee_id
    49: en / Gradescope grade export row -- PERSON, EMAIL_ADDRESS | student_id
    50: en / Canvas LMS Rails log (parameters) -- PERSON, EMAIL_ADDRESS, CREDENTIAL | masked, uuid
    51: en / Django grades app security warning -- PERSON, IP_ADDRESS, CREDENTIAL | (none)
    52: en / Tomcat access log (eams, CAS ticket in URL) -- IP_ADDRESS, CREDENTIAL | (none)
    53: en / Envoy access log (grades API, auth header logged) -- IP_ADDRESS, CREDENTIAL | server_ip, uuid
    54: en / LDAP authenticator debug log -- PERSON, CREDENTIAL | port, server_ip
    55: en / HikariCP / driver error with connection URL -- CREDENTIAL | port, server_ip, system_account
    56: en / logrus service, cloud keys loaded from env -- CREDENTIAL | (none)
    57: zh / 作业提交 OSS 上传 (Spring Boot) -- PERSON, CREDENTIAL | student_id
    58: en / GitHub Actions runner log (LMS plugin CI) -- CREDENTIAL | commit_hash, masked
    59: en / SAML SP key load error (JSON) -- CREDENTIAL | (none)
    60: en / EZproxy log (credentials in query string) -- PERSON, IP_ADDRESS, CREDENTIAL | (none)
    61: zh / 微信小程序登录 code2Session -- PERSON, CREDENTIAL | app_id, student_id
    62: zh / 统一身份认证 找回密码 -- PERSON, IP_ADDRESS | masked, pickup_code
    63: zh / 统一身份认证 异地登录告警 (IPv6) -- PERSON, IP_ADDRESS | masked
    64: en / Argo CD / k8s deploy log (no PII) -- (none) | commit_hash, image_digest, version
    65: zh / 教务系统 发布记录 (无个人信息) -- (none) | commit_hash, epoch_timestamp, version
    66: zh / xxl-job 成绩同步任务 (无个人信息) -- (none) | port, server_ip, trace_id
    67: en / eduroam F-TICKS (no PII) -- (none) | device_hash
    68: en / BIND resolver query log -- IP_ADDRESS | port, server_ip
    69: zh / 锐捷 SAM 802.1X 认证 syslog -- PERSON, IP_ADDRESS | mac_address, server_ip
    70: en / IIS W3C log (admissions portal) -- PERSON, IP_ADDRESS | port, server_ip
    71: en / Apache access log, directory lookup -- PERSON, EMAIL_ADDRESS, IP_ADDRESS | (none)
    72: en / Windows Security 4624 (flattened by NXLog) -- PERSON, IP_ADDRESS | port, security_id, system_account
    73: en / OpenSSH sshd auth log (HPC login node) -- PERSON, IP_ADDRESS | key_fingerprint, port, system_account
    74: en / sudo log (DB admin) -- PERSON | system_account
    75: zh / 图书馆 活动公告 (无个人信息) -- (none) | place, public_figure
    76: en / Primo discovery search log (no PII) -- (none) | public_figure
    77: zh / 后勤报修工单 -- PERSON, PHONE_NUMBER | case_number, place
    78: zh / 菜鸟驿站 入库通知 -- PERSON, PHONE_NUMBER | pickup_code, place, waybill
    79: zh / 寒假返校登记 -- PERSON, PHONE_NUMBER | place, student_id, train_number
    80: zh / 招生呼叫中心 通话记录 -- PERSON, PHONE_NUMBER | employee_id, uuid
    81: zh / 能源管理 宿舍电费预警 -- PERSON, PHONE_NUMBER | amount, place
    82: zh / 保卫处 违停抓拍 -- PHONE_NUMBER, LICENSE_PLATE | place
    83: en / ANPR car-park camera (partner campus) -- PERSON, LICENSE_PLATE | place
    84: zh / 研招系统 推免录取 -- PERSON, CN_RESIDENT_ID | exam_candidate_no
    85: zh / 考务系统 CET 考场编排 -- PERSON, CN_RESIDENT_ID | exam_ticket_no, place
    86: zh / 图书馆 座位预约违约 -- PERSON | place, student_id
    87: zh / 录取通知邮件 (QQ 邮箱) -- PERSON, EMAIL_ADDRESS | role_mailbox
    88: zh / 学信网 学历认证查询 -- PERSON | certificate_no, verification_code
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
import uuid
from collections import Counter
from urllib.parse import quote, unquote

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from faker import Faker

# --------------------------------------------------------------------------- labels
PER = "PERSON"
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
TYPES = (PER, EM, PH, CC, IB, SSN, CID, PP, LP, IP, CR)

MAX_SPANS = 4
MAX_DECOYS = 3

# --------------------------------------------------------------------------- data
FAKER_LOCALES = ("zh_CN", "zh_TW", "en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")
EN_LOCALES = ("en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES")

COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                     "长孙", "宇文", "司徒", "夏侯", "端木", "南宫", "独孤", "澹台", "申屠", "万俟"]
RARE_SURNAMES = ["禤", "亓", "仉", "厍", "妫", "冼", "覃", "佘", "璩", "隗", "昝", "笪", "逄", "蒯",
                 "靳", "鞠", "蹇", "揭", "麴", "晏", "谌", "郗", "嵇", "甄", "訾", "豆", "粟", "阚"]
GIVEN_CHARS = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍鹏飞宇晨欣怡浩然子涵雨萱"
                   "梓轩思远晓峰婉清嘉一诺若曦俊熙佳琪梦瑶天佑书涵凯文昊泽雅婷志强建国")
MINORITY_NAMES = ["阿依古丽·买买提", "热依汗古丽·艾力", "扎西顿珠", "次仁卓玛", "格桑拉姆", "巴特尔",
                  "乌兰图雅", "艾力·阿不都拉", "古丽娜尔·吐尔逊", "买买提·艾山", "其其格", "帕提古丽",
                  "努尔艾力·阿木提", "德吉央宗", "达瓦次仁", "阿迪力·吾守尔", "苏和巴特尔", "阿牛木呷",
                  "吉克曲布", "迪丽娜尔·阿布拉", "朗杰多吉", "白玛央金"]
CN_TITLES = ["先生", "女士", "老师", "经理", "师傅", "阿姨", "主任", "教授", "医生", "处长"]

PY_SURNAMES = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
               "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song",
               "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Ouyang", "Sima", "Shangguan", "Zhuge"]
PY_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan",
            "Jie", "Juan", "Tao", "Ming", "Chao", "Xiuying", "Xia", "Ping", "Gang", "Xiaoming",
            "Yutong", "Zihan", "Haoran", "Siyuan", "Xinyi", "Yuxuan", "Jiahui", "Zimo", "Ruoxi",
            "Junhao", "Mengyao", "Tianyu", "Shuhan", "Kaiwen", "Yichen", "Zixuan"]

# names printed in Chinese characters together with their passport spelling
FOREIGN_PAIRS = [("金敏俊", "KIM MINJUN", "韩国", "KR"), ("朴智恩", "PARK JIEUN", "韩国", "KR"),
                 ("崔秀妍", "CHOI SUYEON", "韩国", "KR"), ("阮氏梅", "NGUYEN THI MAI", "越南", "VN"),
                 ("陈文雄", "TRAN VAN HUNG", "越南", "VN"), ("田中大翔", "TANAKA HIROTO", "日本", "JP"),
                 ("佐藤美咲", "SATO MISAKI", "日本", "JP"), ("约翰·史密斯", "SMITH JOHN", "美国", "US"),
                 ("安娜·穆勒", "MUELLER ANNA", "德国", "DE"), ("阿里·汗", "KHAN ALI", "巴基斯坦", "PK"),
                 ("索菲·马丁", "MARTIN SOPHIE", "法国", "FR"), ("伊万·彼得罗夫", "PETROV IVAN", "俄罗斯", "RU"),
                 ("普丽娅·奈尔", "NAIR PRIYA", "印度", "IN"), ("卢卡斯·施密特", "SCHMIDT LUKAS", "德国", "DE")]

SYSTEM_ACCOUNTS = ["root", "admin", "administrator", "svc-sis", "svc-ldap", "svc_backup", "www-data",
                   "nginx", "postgres", "mysql", "jenkins", "svc-moodle", "ykt_sync", "sis_app",
                   "registrar-batch", "oracle", "ansible", "svc-radius", "guest", "test", "ubuntu"]
ROLE_LOCALS = ["service", "noreply", "no-reply", "alerts", "helpdesk", "registrar", "library", "intl",
               "admissions", "postmaster", "it-support", "bursar", "zsb", "jwc", "notice", "webmaster",
               "support", "info", "lib-noreply", "studentservices", "international", "mailer-daemon"]

CN_CAMPUS_DOMAINS = ["pku.edu.cn", "stu.pku.edu.cn", "mails.tsinghua.edu.cn", "fudan.edu.cn", "m.fudan.edu.cn",
                     "sjtu.edu.cn", "zju.edu.cn", "mail.ustc.edu.cn", "smail.nju.edu.cn", "whu.edu.cn",
                     "stu.xjtu.edu.cn", "mail2.sysu.edu.cn", "hust.edu.cn", "bit.edu.cn"]
CN_PUBLIC_DOMAINS = ["163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "sohu.com", "aliyun.com",
                     "yeah.net", "139.com"]
INTL_EDU_DOMAINS = ["student.unimelb.edu.au", "uq.edu.au", "ed.ac.uk", "ox.ac.uk", "ucl.ac.uk", "umich.edu",
                    "g.harvard.edu", "stanford.edu", "tum.de", "etu.sorbonne-universite.fr", "ucm.es",
                    "connect.hku.hk", "u.nus.edu", "mail.utoronto.ca", "berkeley.edu", "student.uq.edu.au"]
INTL_PUBLIC_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.co.uk", "icloud.com", "naver.com",
                       "yahoo.co.in", "gmx.de", "orange.fr", "protonmail.com"]

CN_AREAS = ["110101", "110102", "110105", "110106", "110108", "120101", "120104", "130102", "130104",
            "140105", "150102", "210102", "210202", "220102", "230103", "310101", "310104", "310110",
            "310115", "320102", "320106", "330102", "330106", "340104", "350203", "360102", "370102",
            "370202", "410105", "420106", "420111", "430104", "440106", "440304", "440305", "450103",
            "460106", "500103", "510107", "520102", "530102", "540102", "610113", "620102", "630102",
            "640104", "650102"]
CN_PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

CN_MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
                      "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180",
                      "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
CN_AREA_CODES = ["010", "021", "022", "023", "020", "024", "025", "027", "028", "029", "0571", "0755",
                 "0531", "0532", "0731", "0871", "0991", "0451", "0591", "0431"]
PHONE_REGIONS = ["US", "CA", "GB", "AU", "NZ", "IN", "DE", "FR", "ES", "IT", "NL", "SE", "CH", "JP",
                 "KR", "SG", "HK", "TW", "MY", "TH", "VN", "ID", "PK", "NG", "KE", "ZA", "BR", "MX",
                 "RU", "AE", "SA", "TR", "PH", "IE"]
PHONE_PARSE_REGIONS = ["CN", "US", "GB", "AU", "NZ", "IN", "DE", "FR", "ES", "IT", "JP", "KR", "HK",
                       "SG", "TW", "CA", "IE", "NL"]

UNIONPAY_BINS = ["622202", "622848", "621700", "622588", "621226", "622262", "623668", "625906", "620522",
                 "621483", "622908"]
IBAN_BBAN = {"DE": "n" * 18, "GB": "BBBB" + "n" * 14, "FR": "n" * 10 + "c" * 11 + "n" * 2, "ES": "n" * 20,
             "IT": "a" + "n" * 10 + "c" * 12, "NL": "BBBB" + "n" * 10, "BE": "n" * 12,
             "CH": "n" * 5 + "c" * 12, "AT": "n" * 16, "IE": "BBBB" + "n" * 14, "PL": "n" * 24,
             "SE": "n" * 20, "FI": "n" * 14, "PT": "n" * 21, "NO": "n" * 11, "DK": "n" * 14}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "IE": ["AIBK", "BOFI"],
              "NL": ["ABNA", "INGB", "RABO"]}
IBAN_LEN = {cc: 4 + len(b) for cc, b in IBAN_BBAN.items()}

CN_DORMS = ["紫荆公寓3号楼", "紫荆公寓12号楼", "桃李园6号楼", "学生公寓15号楼", "畅春园42楼", "南区宿舍7栋",
            "西区学生公寓B座", "研究生公寓2号楼", "学知公寓5号楼"]
CN_CANTEENS = ["学一食堂", "学五食堂", "桃李园食堂", "清芬园", "第二食堂二楼", "北区风味餐厅", "燕南食堂"]
CN_CAMPUS_SPOTS = ["图书馆北馆三楼", "图书馆三楼东区", "理科教学楼", "逸夫楼", "东门入口", "西门地下停车场",
                   "未名湖", "五道口", "中关村大街", "王府井", "张江高科", "陈家祠", "珞珈山", "颐和园",
                   "校医院门诊楼二层", "北京大学第三医院", "邵逸夫医院", "华西医院", "东区体育馆"]
CN_STATIONS = ["北京南站", "上海虹桥站", "广州南站", "杭州东站", "成都东站", "西安北站", "武汉站"]
EN_CARPARKS = ["Car Park B (Science Park)", "Lot 7 Engineering", "Visitor Lot C", "Grattan Street Car Park",
               "Oxford Road multi-storey", "Harvard Square garage"]
PARTNER_UNIS = ["University of Edinburgh", "Universidad Complutense de Madrid", "Technische Universität München",
                "Sorbonne Université", "University of Melbourne", "National University of Singapore",
                "University of Toronto", "Seoul National University", "Kyoto University", "Trinity College Dublin"]
CN_WORKS = [("鲁迅", "朝花夕拾"), ("曹雪芹", "红楼梦"), ("老舍", "骆驼祥子"), ("巴金", "家"), ("钱钟书", "围城"),
            ("沈从文", "边城"), ("司马迁", "史记"), ("李白", "李太白全集"), ("苏轼", "东坡乐府"),
            ("孔子", "论语"), ("吴承恩", "西游记"), ("杜甫", "杜工部集")]
CN_FICTIONAL = ["孙悟空", "林黛玉", "贾宝玉", "猪八戒", "诸葛亮", "武松"]
EN_WORKS = [("Charles Dickens", "Great Expectations"), ("Jane Austen", "Pride and Prejudice"),
            ("William Shakespeare", "Hamlet"), ("Mark Twain", "Adventures of Huckleberry Finn"),
            ("Charles Darwin", "On the Origin of Species"), ("Adam Smith", "The Wealth of Nations"),
            ("Leo Tolstoy", "War and Peace"), ("George Orwell", "Nineteen Eighty-Four"),
            ("Virginia Woolf", "Mrs Dalloway"), ("Isaac Newton", "Principia Mathematica")]
EN_FICTIONAL = [("Sherlock Holmes", "Arthur Conan Doyle"), ("Hercule Poirot", "Agatha Christie"),
                ("Elizabeth Bennet", "Jane Austen"), ("Atticus Finch", "Harper Lee"),
                ("Frodo Baggins", "J. R. R. Tolkien"), ("Jay Gatsby", "F. Scott Fitzgerald")]
CN_BRANDS = [("王老吉", "凉茶310ml"), ("李宁", "运动袜"), ("张小泉", "剪刀"), ("王致和", "腐乳"),
             ("李锦记", "蚝油"), ("谭木匠", "桃木梳"), ("陈李济", "陈皮"), ("周大福", "转运珠"),
             ("麦当劳", "麦辣鸡腿堡")]
CN_COURSES = [("MATH1001", "高等数学A"), ("CS2001", "数据结构"), ("PHY1002", "大学物理B"),
              ("ENG1001", "大学英语(一)"), ("CHEM1003", "普通化学"), ("ECON2002", "微观经济学"),
              ("CS3005", "操作系统"), ("STAT2001", "概率论与数理统计")]
EN_COURSES = ["COMP1511", "PSYC1001", "ECON1101", "MATH1131", "COMP90041", "BIOL2010", "LAWS1052",
              "ACCT1501", "INFO1110", "CHEM1011"]
USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.53",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
               "okhttp/4.12.0", "python-requests/2.32.3", "curl/8.5.0"]
PW_PUNCT = "!@#$^*_-+.?~"

# --------------------------------------------------------------------------- small helpers


def _fold(s):
    """ASCII-fold a name (Lucía -> Lucia)."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _cjk(s):
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def _luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _luhn_complete(partial):
    for c in "0123456789":
        if _luhn_ok(partial + c):
            return partial + c
    raise AssertionError("unreachable")


def _iban_numeric(s):
    return "".join(str(int(ch, 36)) for ch in s)


def _cn_id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def _phone_ok(s):
    regions = ["CN"] if s.startswith("+") else PHONE_PARSE_REGIONS
    for reg in regions:
        try:
            n = phonenumbers.parse(s, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


def _epoch(dt, tzh=8):
    return int((dt - _dt.datetime(1970, 1, 1)).total_seconds()) - tzh * 3600


# --------------------------------------------------------------------------- line builder
_FMT = string.Formatter()


class _S:
    """A JSON string value assembled from plain pieces and labelled (value, label) pieces."""

    def __init__(self, *pieces):
        self.pieces = pieces


def _enc(value, enc):
    if enc is None:
        return value
    if enc == "pct":
        return quote(value, safe="")
    if enc == "json":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if enc == "jsona":
        return json.dumps(value)[1:-1]
    raise ValueError(enc)


def _mask_mid(s, head, tail):
    idx = [i for i, c in enumerate(s) if c.isalnum()]
    keep = set(idx[:head]) | set(idx[len(idx) - tail:] if tail else [])
    return "".join(c if (i in keep or not c.isalnum()) else "*" for i, c in enumerate(s))


def _mask(value, typ, r):
    """Masked placeholder for a planted value (clean records)."""
    if r.random() < 0.15:
        return r.choice(["[REDACTED]", "***", "<masked>", "******"])
    if typ == PER:
        if _cjk(value):
            if len(value) == 1:
                return "*"
            return value[0] + "*" * (len(value) - 1) if r.random() < 0.7 else "*" * (len(value) - 1) + value[-1]
        return value[0] + "***"
    if typ == EM:
        local, _, dom = value.partition("@")
        return local[:1] + "***@" + dom
    if typ == PH:
        n = sum(c.isdigit() for c in value)
        m = max(4, n - 7)
        return _mask_mid(value, max(0, n - 4 - m), 4)
    if typ == CC:
        return _mask_mid(value, r.choice([4, 6]), 4)
    if typ == IB:
        return _mask_mid(value, 4, 4)
    if typ == SSN:
        return _mask_mid(value, 0, 4)
    if typ == CID:
        return _mask_mid(value, r.choice([6, 3]), 4)
    if typ == PP:
        return _mask_mid(value, 1, 2)
    if typ == LP:
        return _mask_mid(value, 2, 1)
    if typ == IP:
        if ":" in value:
            return value.split(":")[0] + ":****:****"
        return ".".join(value.split(".")[:2] + ["*", "*"])
    return r.choice(["******", "[FILTERED]", "<redacted>", "********", "***", "[REDACTED]"])


class _Title:
    """Surname followed by a title (王经理, Dr. Patel): only the surname is labelled."""

    def __init__(self, surname, title, before=False):
        self.surname, self.title, self.before = surname, title, before


class _Line:
    def __init__(self):
        self.parts = []

    def t(self, s):
        self.parts.append(("t", str(s)))
        return self

    def v(self, value, label, enc=None):
        self.parts.append(("s" if label in TYPES else "d", str(value), label, enc))
        return self

    def f(self, fmt, **kw):
        for lit, field, _spec, _conv in _FMT.parse(fmt):
            if lit:
                self.t(lit)
            if field is None:
                continue
            val = kw[field]
            if isinstance(val, tuple):
                self.v(*val)
            elif isinstance(val, _Title):
                if val.before:
                    self.t(val.title + " ")
                self.v(val.surname, PER)
                if not val.before:
                    self.t(val.title)
            else:
                self.t(format(val, _spec) if _spec else val)
        return self

    def j(self, items, ascii=True, sep=(",", ":")):
        self.t("{")
        for i, (k, val) in enumerate(items):
            if i:
                self.t(sep[0])
            self.t(json.dumps(k, ensure_ascii=ascii) + sep[1])
            self._jv(val, ascii, sep)
        self.t("}")
        return self

    def _jv(self, val, ascii, sep):
        enc = "jsona" if ascii else "json"
        if isinstance(val, tuple):
            value, label = val[0], val[1]
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                self.v(json.dumps(value), label)
            else:
                self.t('"').v(value, label, enc).t('"')
        elif isinstance(val, _S):
            self.t('"')
            for piece in val.pieces:
                if isinstance(piece, tuple):
                    self.v(piece[0], piece[1], enc)
                else:
                    self.t(json.dumps(piece, ensure_ascii=ascii)[1:-1])
            self.t('"')
        elif isinstance(val, list):
            self.j(val, ascii, sep)
        else:
            self.t(json.dumps(val, ensure_ascii=ascii))

    def build(self, clean, r):
        ndec = sum(1 for p in self.parts if p[0] == "d")
        masked = set()
        if clean:
            budget = max(0, MAX_DECOYS - ndec)
            idx = [i for i, p in enumerate(self.parts) if p[0] == "s"]
            r.shuffle(idx)
            for i in idx:
                if budget and r.random() < 0.75:
                    masked.add(i)
                    budget -= 1
        out, spans, decoys, pos = [], [], [], 0
        for i, p in enumerate(self.parts):
            if p[0] == "t":
                s = p[1]
            else:
                kind, value, label, enc = p
                if kind == "s" and clean:
                    if i in masked:
                        s = _enc(_mask(value, label, r), enc if enc in ("json", "jsona") else None)
                        decoys.append([pos, pos + len(s), "masked"])
                    else:
                        s = "-"
                else:
                    s = _enc(value, enc)
                    (spans if kind == "s" else decoys).append([pos, pos + len(s), label])
            out.append(s)
            pos += len(s)
        return "".join(out), spans, decoys


# --------------------------------------------------------------------------- value generators
class Gen:
    def __init__(self, rng):
        self.r = rng
        self.c = rng.choice
        self.fk = {}
        for loc in FAKER_LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f

    # ---- random strings
    def digits(self, n):
        return "".join(self.c("0123456789") for _ in range(n))

    def hexs(self, n):
        return "".join(self.c("0123456789abcdef") for _ in range(n))

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return "".join(self.c(chars) for _ in range(n))

    # ---- time
    def dt(self):
        return _dt.datetime(2026, 9, 1) + _dt.timedelta(seconds=self.r.randint(0, 97 * 86400 - 1))

    def ts(self, dt, fmt="%Y-%m-%d %H:%M:%S", frac=0, fs=".", tz=""):
        s = dt.strftime(fmt)
        if frac:
            s += fs + self.digits(frac)
        return s + tz

    @staticmethod
    def syslog(dt):
        return f"{dt:%b} {dt.day:2d} {dt:%H:%M:%S}"

    @staticmethod
    def ctime(dt):
        return f"{dt:%a %b} {dt.day:2d} {dt:%H:%M:%S %Y}"

    @staticmethod
    def clf(dt, tz="+0800"):
        return f"{dt:%d/%b/%Y:%H:%M:%S} {tz}"

    @staticmethod
    def utc(dt):
        return dt - _dt.timedelta(hours=8)

    # ---- people
    def cn_given(self, n=None):
        n = n or self.c([1, 2, 2])
        return "".join(self.c(GIVEN_CHARS) for _ in range(n))

    def cn_name(self):
        x = self.r.random()
        if x < 0.42:
            return self.fk["zh_CN"].name()
        if x < 0.54:
            return self.fk["zh_TW"].name()
        if x < 0.66:
            return self.c(COMPOUND_SURNAMES) + self.cn_given()
        if x < 0.76:
            return self.c(RARE_SURNAMES) + self.cn_given()
        if x < 0.88:
            return self.c(MINORITY_NAMES)
        return self.fk["zh_CN"].last_name() + self.cn_given(2)

    def cn_surname(self):
        x = self.r.random()
        if x < 0.75:
            return self.fk["zh_CN"].last_name()
        if x < 0.9:
            return self.c(COMPOUND_SURNAMES)
        return self.c(RARE_SURNAMES)

    def en_parts(self, loc=None):
        loc = loc or self.c(EN_LOCALES)
        f = self.fk[loc]
        first, last = f.first_name(), f.last_name()
        if loc == "es_ES" and self.r.random() < 0.6:
            last = last + " " + f.last_name()
        return first, last

    def en_name(self, loc=None):
        return " ".join(self.en_parts(loc))

    def py_parts(self):
        return self.c(PY_SURNAMES), self.c(PY_GIVEN)

    def intl_parts(self):
        """Given, family for an international-office line: western names or pinyin names."""
        if self.r.random() < 0.3:
            s, g = self.py_parts()
            return g, s
        return self.en_parts()

    def intl_name(self):
        g, s = self.intl_parts()
        x = self.r.random()
        if x < 0.75:
            return f"{g} {s}"
        if x < 0.9:
            return f"{s.upper()} {g}"
        return f"{s}, {g}"

    def login(self):
        r = self.r
        x = r.random()
        sur, giv = self.py_parts()
        if x < 0.25:
            f, l = self.en_parts(self.c(["en_US", "en_GB", "en_AU"]))
            s = _fold(f)[:1] + _fold(l)
        elif x < 0.45:
            s = f"{sur}.{giv}"
        elif x < 0.6:
            s = f"{sur}{giv}{self.c([r.randint(1, 99), r.randint(1995, 2008)])}"
        elif x < 0.7:
            s = f"{giv[0]}{sur}"
        elif x < 0.8:
            f, l = self.en_parts()
            s = f"{_fold(f)}.{_fold(l)}"
        elif x < 0.9:
            f, l = self.en_parts()
            s = f"{_fold(f)[:1]}.{_fold(l)}"
        else:
            s = f"{sur}_{giv}"
        s = re.sub(r"[^a-z0-9._]", "", s.lower())
        if len(s) < 4 or s in SYSTEM_ACCOUNTS:
            s = f"{sur}{giv}".lower()
        return s

    # ---- mail
    def email(self, first=None, last=None, pool=None):
        r = self.r
        dom = self.c(pool or (CN_CAMPUS_DOMAINS + CN_PUBLIC_DOMAINS + INTL_EDU_DOMAINS + INTL_PUBLIC_DOMAINS))
        if dom == "qq.com" or (dom == "foxmail.com" and r.random() < 0.5):
            return f"{r.randint(10000, 3999999999)}@{dom}"
        if first is None:
            local = self.login()
            if r.random() < 0.15:
                local = f"{r.choice([2019, 2020, 2021, 2022, 2023])}{self.digits(6)}"
        else:
            f, l = _fold(first).lower(), _fold(last).lower().replace(" ", "")
            style = r.random()
            if style < 0.5:
                local = f"{f}.{l}"
            elif style < 0.7:
                local = f"{f[:1]}{l}"
            elif style < 0.85:
                local = f"{l}{f}"
            else:
                local = f"{f}{l}{r.randint(1, 99)}"
            local = re.sub(r"[^a-z0-9._-]", "", local) or self.login()
        return f"{local}@{dom}"

    def qq_email(self):
        return f"{self.r.randint(10000, 3999999999)}@{self.c(['qq.com', 'qq.com', 'vip.qq.com', 'foxmail.com'])}"

    def role_mail(self, dom=None):
        return f"{self.c(ROLE_LOCALS)}@{dom or self.c(CN_CAMPUS_DOMAINS + INTL_EDU_DOMAINS + ['uni.edu.cn', 'lib.uni.edu.cn'])}"

    # ---- phones
    def _cn_mobile_digits(self):
        while True:
            p = self.c(CN_MOBILE_PREFIXES)
            m = p + self.digits(11 - len(p))
            if phonenumbers.is_valid_number(phonenumbers.parse(m, "CN")):
                return m

    def mobile(self, style=None):
        m = self._cn_mobile_digits()
        styles = {
            "plain": m, "sp": f"{m[:3]} {m[3:7]} {m[7:]}", "dash": f"{m[:3]}-{m[3:7]}-{m[7:]}",
            "+86sp": f"+86 {m[:3]} {m[3:7]} {m[7:]}", "+86": "+86" + m, "+86-": "+86-" + m,
            "0086": "0086" + m, "0086-": "0086-" + m, "(+86)": f"(+86) {m}", "86": "86-" + m,
        }
        style = style or self.c(["plain", "plain", "plain", "sp", "dash", "+86sp", "+86", "+86-",
                                 "0086", "0086-", "(+86)", "86"])
        s = styles[style]
        return s if _phone_ok(s) else m

    def landline(self, style=None):
        for _ in range(60):
            a = self.c(CN_AREA_CODES)
            n = str(self.r.randint(2, 8)) + self.digits(7)
            if phonenumbers.is_valid_number(phonenumbers.parse(a + n, "CN")):
                break
        styles = {"dash": f"{a}-{n}", "paren": f"({a}) {n[:4]} {n[4:]}", "space": f"{a} {n}",
                  "+86sp": f"+86 {a[1:]} {n[:4]} {n[4:]}", "+86-": f"+86-{a[1:]}-{n}", "plain": a + n}
        s = styles[style or self.c(list(styles))]
        return s if _phone_ok(s) else f"{a}-{n}"

    def intl_phone(self, region=None, style=None):
        region = region or self.c(PHONE_REGIONS)
        ex = (phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
              or phonenumbers.example_number(region))
        nsn = phonenumbers.national_significant_number(ex)
        num = ex
        for _ in range(40):
            k = min(4, len(nsn) - 3)
            n = phonenumbers.parse(f"+{ex.country_code}{nsn[:-k]}{self.digits(k)}")
            if phonenumbers.is_valid_number(n):
                num = n
                break
        style = style or self.c(["intl", "intl", "e164", "national", "rfc"])
        fmt = {"intl": PhoneNumberFormat.INTERNATIONAL, "e164": PhoneNumberFormat.E164,
               "national": PhoneNumberFormat.NATIONAL, "rfc": PhoneNumberFormat.RFC3966}[style]
        s = phonenumbers.format_number(num, fmt)
        if s.startswith("tel:"):
            s = s[4:]
        if not _phone_ok(s):
            s = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        return s

    def any_phone(self):
        x = self.r.random()
        if x < 0.5:
            return self.mobile()
        if x < 0.65:
            return self.landline()
        return self.intl_phone()

    # ---- payment
    def card(self, brand=None, style=None):
        r = self.r
        brand = brand or self.c(["visa", "mc", "mc2", "amex", "unionpay", "unionpay19"])
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mc":
            pre, n = "5" + self.c("12345"), 16
        elif brand == "mc2":
            pre, n = str(r.randint(2221, 2720)), 16
        elif brand == "amex":
            pre, n = self.c(["34", "37"]), 15
        elif brand == "unionpay":
            pre, n = self.c(UNIONPAY_BINS), 16
        else:
            pre, n = self.c(UNIONPAY_BINS), 19
        d = _luhn_complete(pre + self.digits(n - len(pre) - 1))
        style = style or self.c(["plain", "plain", "space", "dash"])
        if style == "plain":
            return d
        sep = " " if style == "space" else "-"
        groups = {15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]
        out, i = [], 0
        for g in groups:
            out.append(d[i:i + g])
            i += g
        return sep.join(out)

    def iban(self, cc=None, spaced=None):
        cc = cc or self.c(list(IBAN_BBAN))
        pat = IBAN_BBAN[cc]
        bban = ""
        if pat.startswith("BBBB"):
            bban = self.c(IBAN_BANKS[cc])
            pat = pat[4:]
        for ch in pat:
            bban += {"n": "0123456789", "a": string.ascii_uppercase,
                     "c": string.ascii_uppercase + string.digits}[ch][self.r.randrange(
                         {"n": 10, "a": 26, "c": 36}[ch])]
        check = 98 - int(_iban_numeric(bban + cc + "00")) % 97
        s = f"{cc}{check:02d}{bban}"
        if spaced if spaced is not None else self.r.random() < 0.4:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, style=None):
        r = self.r
        area = r.randint(1, 899)
        while area == 666:
            area = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        style = style or self.c(["dash", "dash", "dash", "plain", "space"])
        sep = {"dash": "-", "plain": "", "space": " "}[style]
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

    # ---- identity documents
    def cn_id(self, y0=1998, y1=2007):
        r = self.r
        birth = _dt.date(y0, 1, 1) + _dt.timedelta(days=r.randint(0, (y1 - y0 + 1) * 365 - 1))
        body = self.c(CN_AREAS) + birth.strftime("%Y%m%d") + self.digits(3)
        ck = _cn_id_check(body)
        if ck == "X" and r.random() < 0.1:
            ck = "x"
        return body + ck

    def passport(self, country=None):
        r = self.r
        country = country or self.c(["CN", "CN", "US", "GB", "IN", "DE", "JP", "KR", "FR", "ES", "AU", "CA"])
        L = string.ascii_uppercase
        if country == "CN":
            if r.random() < 0.5:
                return "E" + self.digits(8)
            return "E" + self.c(PLATE_LETTERS) + self.digits(7)
        if country == "US":
            return self.c("56") + self.digits(8) if r.random() < 0.6 else self.c("ACX") + self.digits(8)
        if country == "GB":
            return self.c("1256") + self.digits(8)
        if country in ("IN", "VN"):
            return self.c("JKLMNPRSTUVWZ" if country == "IN" else "BCN") + self.digits(7)
        if country == "DE":
            return self.c("CFGHJK") + "".join(self.c("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if country == "JP":
            return self.c(["TK", "TR", "TZ", "MZ", "TS"]) + self.digits(7)
        if country == "KR":
            return "M" + self.digits(8) if r.random() < 0.5 else "M" + self.digits(3) + self.c(L) + self.digits(4)
        if country == "FR":
            return self.digits(2) + self.c(L) + self.c(L) + self.digits(5)
        if country == "ES":
            return self.c(["PAA", "PAB", "PAC", "XDA", "AAB"]) + self.digits(6)
        if country == "AU":
            return self.c(["N", "PA", "PB", "E"]) + self.digits(7)
        if country == "CA":
            return self.c(L) + self.c(L) + self.digits(6)
        if country == "PK":
            return self.c(L) + self.c(L) + self.digits(7)
        return self.c(L) + self.digits(8)

    def plate_cn(self, sep=None):
        r = self.r
        prov = self.c(CN_PROVINCE_CHARS)
        city = self.c(PLATE_LETTERS)
        if r.random() < 0.25:
            tail = self.c("DF") + self.c(PLATE_LETTERS + "0123456789") + self.digits(4)
        else:
            chars = [self.c("0123456789") for _ in range(5)]
            for _ in range(self.c([0, 1, 1, 2])):
                chars[r.randrange(5)] = self.c(PLATE_LETTERS)
            tail = "".join(chars)
        sep = sep if sep is not None else self.c(["", "", "·", "·", " "])
        return prov + city + sep + tail

    def plate_foreign(self):
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        x = self.r.random()
        if x < 0.5:
            return (self.c(L) + self.c(L) + self.digits(2) + self.c(["", " "])
                    + "".join(self.c(L) for _ in range(3)))
        if x < 0.75:
            return str(self.r.randint(1, 9)) + "".join(self.c(L) for _ in range(3)) + self.digits(3)
        return "".join(self.c(L) for _ in range(3)) + self.c(["-", ""]) + self.digits(4)

    # ---- network
    def ip_client(self, kind=None):
        r = self.r
        kind = kind or self.c(["campus", "campus", "public_cn", "public_intl", "v6"])
        if kind == "public":
            kind = self.c(["public_cn", "public_intl"])
        if kind == "campus":
            if r.random() < 0.75:
                return f"10.{r.randint(100, 250)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if kind == "public_cn":
            pre = self.c(["117.136", "223.104", "36.112", "39.144", "58.19", "113.57", "183.192", "120.244",
                          "112.96", "27.38", "111.198", "101.88", "114.247"])
            return f"{pre}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if kind == "public_intl":
            pre = self.c(["81.2", "86.14", "49.36", "93.44", "73.162", "98.207", "2.120", "151.28", "185.220",
                          "5.62", "103.21", "212.58", "129.67", "24.114", "176.58"])
            return f"{pre}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        net = ipaddress.IPv6Network(self.c(["2001:da8::/32", "240e::/20", "2409:8a00::/24", "2408:8400::/22",
                                           "2a02:c7f::/32", "2600:1700::/28"]))
        host = r.getrandbits(128 - net.prefixlen)
        if r.random() < 0.5:
            host = (host >> 64 << 64) | r.randint(2, 0xFFF)
        return str(net.network_address + host)

    def ip_server(self, kind=None):
        """Server / upstream / device / resolver addresses (decoy server_ip)."""
        r = self.r
        if kind is None:
            x = r.random()
            kind = "internal" if x < 0.6 else ("private172" if x < 0.8 else "cernet")
        if kind == "internal":
            return f"10.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(2, 254)}"
        if kind == "private172":
            return f"172.16.{r.randint(0, 9)}.{r.randint(2, 254)}"
        if kind == "cernet":
            return f"{self.c(['202.112', '162.105', '166.111', '202.120'])}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if kind == "google":
            return f"{self.c(['142.250', '74.125', '172.253', '64.233'])}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if kind == "qq":
            return f"{self.c(['183.47.101', '157.255.173', '14.18.175'])}.{r.randint(2, 254)}"
        return self.c(["114.114.114.114", "223.5.5.5", "8.8.8.8", "1.1.1.1", "202.112.144.30", "119.29.29.29"])

    def mac(self, style=None):
        b = [self.r.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFC
        h = "".join(f"{x:02x}" for x in b)
        style = style or self.c(["dash", "colon", "dot"])
        if style == "dash":
            return "-".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
        if style == "colon":
            return ":".join(h[i:i + 2] for i in range(0, 12, 2))
        return ".".join(h[i:i + 4] for i in range(0, 12, 4))

    # ---- credentials
    def password(self):
        r = self.r
        x = r.random()
        if x < 0.3:
            chars = string.ascii_letters + string.digits + PW_PUNCT
            while True:
                s = self.alnum(r.randint(10, 16), chars)
                if any(c.isdigit() for c in s) and any(c in PW_PUNCT for c in s):
                    return s
        if x < 0.5:
            return f"{self.c(PY_SURNAMES)}{self.c('@#._!')}{self.c([r.randint(1990, 2008), self.digits(6)])}"
        if x < 0.65:
            return f"{self.c(['Summer', 'Winter', 'Autumn', 'Spring', 'Welcome', 'Uni'])}{r.randint(2020, 2026)}{self.c('!#@$')}"
        if x < 0.75:
            return self.c(["Qwer1234!@#", "Passw0rd#2026", "Aa123456!", "Abc@123456", "P@ssw0rd",
                           "Zxcv!2345", "1qaz@WSX3edc", "Admin@12345"])
        if x < 0.9:
            s, g = self.py_parts()
            return f"{s.lower()}{g.lower()}{self.c(['123', '888', '666', '2024', '520', '1314'])}"
        return "-".join([self.c(["correct", "horse", "maple", "river", "cobalt", "tiger", "lantern"]),
                         str(r.randint(1, 99)), self.c(["battery", "staple", "orbit", "velvet", "harbor"])])

    def b64(self, n, url=False):
        chars = string.ascii_letters + string.digits + ("-_" if url else "+/")
        return self.alnum(n, chars)

    def jwt(self):
        r = self.r
        alg = self.c(["HS256", "RS256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg == "RS256":
            hdr["kid"] = self.hexs(16)
        iat = 1788000000 + r.randint(0, 9000000)
        payload = {"sub": str(r.randint(1000000, 9999999)), "iat": iat, "exp": iat + 3600,
                   "iss": self.c(["https://sso.uni.edu.cn", "https://idp.uni.edu/oauth2", "lms-auth"]),
                   "scope": self.c(["grades:read", "openid profile", "lms.submit"])}

        def enc(d):
            return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).rstrip(b"=").decode()
        return f"{enc(hdr)}.{enc(payload)}.{self.b64(43 if alg == 'HS256' else 342, url=True)}"

    def session(self, kind=None):
        kind = kind or self.c(["jsession", "php", "django", "aspnet"])
        if kind == "jsession":
            s = self.alnum(32, "0123456789ABCDEF")
            return s + self.c(["", "", ".node1", ".jvm2"])
        if kind == "php":
            return self.alnum(26, "abcdefghijklmnopqrstuv0123456789")
        if kind == "django":
            return self.alnum(32, string.ascii_lowercase + string.digits)
        return self.alnum(24, "abcdefghijklmnopqrstuvwxyz012345")

    def cas_ticket(self, kind="ST"):
        if kind == "ST":
            return f"ST-{self.r.randint(1, 99999)}-{self.alnum(20)}-cas01"
        return f"TGT-{self.r.randint(1, 99999)}-{self.alnum(50)}-cas01"

    def privkey_body(self):
        return "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + self.b64(self.r.randint(60, 160))

    def aws_pair(self):
        return "AKIA" + self.alnum(16, string.ascii_uppercase + "234567"), self.b64(40)

    def aliyun_pair(self):
        return "LTAI5t" + self.alnum(18), self.alnum(30)

    def tencent_pair(self):
        return "AKID" + self.alnum(32), self.alnum(32)

    def github_token(self):
        if self.r.random() < 0.7:
            return "ghp_" + self.alnum(36)
        return "github_pat_11" + self.alnum(20, string.ascii_uppercase + string.digits) + "_" + self.alnum(59)

    def api_key(self):
        x = self.r.random()
        if x < 0.25:
            return "AIza" + self.alnum(35, string.ascii_letters + string.digits + "-_")
        if x < 0.5:
            return "sk_live_" + self.alnum(24)
        if x < 0.75:
            return f"{self.c(['7', '1', '1234'])}~{self.alnum(64)}"
        return self.hexs(32)

    # ---- decoy values
    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def commit(self):
        return self.hexs(40) if self.r.random() < 0.5 else self.hexs(self.r.randint(7, 12))

    def digest(self):
        return "sha256:" + self.hexs(64)

    def amount(self, cur=None):
        r = self.r
        v = r.choice([r.randint(1, 60) + r.randint(0, 99) / 100, r.randint(100, 30000) + r.randint(0, 99) / 100])
        cur = cur or self.c(["¥", "", "CNY ", "$", "EUR ", "AUD ", "£"])
        return f"{cur}{v:,.2f}" if r.random() < 0.5 else f"{cur}{v:.2f}"

    def stuid_cn(self):
        return f"{self.c([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])}{self.digits(self.c([6, 6, 8]))}"

    def stuid_en(self):
        x = self.r.random()
        if x < 0.4:
            return str(self.r.randint(1000000, 9999999))
        if x < 0.7:
            return self.c("szu") + str(self.r.randint(1000000, 7999999))
        return "A0" + self.digits(5) + self.c(string.ascii_uppercase)

    def empid(self):
        x = self.r.random()
        if x < 0.35:
            return "T" + str(self.r.randint(1995, 2025)) + self.digits(3)
        if x < 0.7:
            return self.digits(self.c([5, 6, 8]))
        return "E" + self.digits(7)

    def luhn16(self):
        pre = self.c(["2026", "8", "6", "4", "9"])
        return _luhn_complete(pre + self.digits(15 - len(pre)))

    def ord11(self):
        return "1" + self.digits(10)

    def waybill(self):
        x = self.r.random()
        if x < 0.4:
            return "SF" + self.digits(13)
        if x < 0.6:
            return "YT" + self.digits(13)
        if x < 0.8:
            return "7" + self.digits(13)
        return "JDVB" + self.digits(11)

    def train(self):
        t = self.c("GGGDDCKTZ")
        return t + str(self.r.randint(1, 9999 if t in "GD" else 999))

    def flight(self):
        return self.c(["CA", "MU", "CZ", "QF", "BA", "SQ", "CX", "LH", "NH", "UA", "EK", "HU"]) + str(self.r.randint(1, 1999))

    def sms_code(self):
        return self.digits(self.c([4, 6, 6]))


# --------------------------------------------------------------------------- templates
TEMPLATES = []


def T(lang, system):
    def deco(fn):
        TEMPLATES.append((lang, system, fn))
        return fn
    return deco


# ======================= campus network: 802.1X, portal, VPN ======================
@T("en", "FreeRADIUS radius.log (802.1X / eduroam)")
def _(b, g):
    r, dt = g.r, g.dt()
    head = f"{g.ctime(dt)} : Auth: ({r.randint(1, 250000)}) "
    tail = " (from client {nas} port {port} cli {cli}{via})"
    kw = dict(nas=g.c(["wlc-lib-01", "wlc-dorm-east", "ap-teach-3f", "nas-eduroam-2", "localhost"]),
              port=r.randint(0, 64), cli=(g.mac("dash"), "mac_address"), via=g.c(["", "", " via TLS tunnel"]))
    x = r.random()
    if x < 0.4:
        b.f(head + "Login OK: [{u}]" + tail, u=(g.login(), PER), **kw)
    elif x < 0.6:
        b.f(head + "Login OK: [{u}]" + tail, u=(g.email(pool=CN_CAMPUS_DOMAINS + INTL_EDU_DOMAINS), EM), **kw)
    elif x < 0.85:
        b.f(head + "Login incorrect (pap: Authentication failed): [{u}/{pw}]" + tail,
            u=(g.login(), PER), pw=(g.password(), CR), **kw)
    else:
        b.f(head + "Login incorrect (mschap: MS-CHAP2-Response is incorrect): [{u}/<via Auth-Type = eap>]" + tail,
            u=(g.c(SYSTEM_ACCOUNTS), "system_account"), **kw)


@T("zh", "深澜 Srun 校园网 portal 认证日志")
def _(b, g):
    r, dt = g.r, g.dt()
    if r.random() < 0.7:
        b.f("{ts} srun_portal[{pid}]: INFO 用户({sid})认证成功 姓名={n} ip={ip} mac={mac} 产品={prod} 在线设备={k}/3",
            ts=g.ts(dt), pid=r.randint(1000, 65000), sid=(g.stuid_cn(), "student_id"), n=(g.cn_name(), PER),
            ip=(g.ip_client("campus"), IP), mac=(g.mac("colon"), "mac_address"),
            prod=g.c(["学生包月", "教职工不限时", "访客4小时"]), k=r.randint(1, 3))
    else:
        b.f("{ts} srun_portal[{pid}]: WARN 用户({u})密码错误，登录IP={ip}，连续失败{k}次，账号已锁定15分钟",
            ts=g.ts(dt), pid=r.randint(1000, 65000), u=(g.login(), PER), ip=(g.ip_client(), IP), k=r.randint(3, 6))


@T("en", "Cisco ASA AnyConnect VPN syslog")
def _(b, g):
    r, dt = g.r, g.dt()
    pre = f"{dt:%b %d %Y %H:%M:%S} vpn-asa0{r.randint(1, 2)} : "
    grp = g.c(["GP-Students", "GP-Staff", "VPN-Library-Remote", "GP-Researchers"])
    x = r.random()
    if x < 0.35:
        b.f(pre + "%ASA-6-113039: Group <{grp}> User <{u}> IP <{ip}> AnyConnect parent session started.",
            grp=grp, u=(g.login(), PER), ip=(g.ip_client("public"), IP))
    elif x < 0.7:
        b.f(pre + "%ASA-4-722051: Group <{grp}> User <{u}> IP <{ip}> IPv4 Address <{tun}> IPv6 address <::> assigned to session",
            grp=grp, u=(g.login(), PER), ip=(g.ip_client("public"), IP),
            tun=(f"10.250.{r.randint(0, 31)}.{r.randint(2, 254)}", IP))
    else:
        b.f(pre + "%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = {srv} : user = {m} : user IP = {ip}",
            srv=(g.ip_server(), "server_ip"), m=("*****", "masked"), ip=(g.ip_client("public"), IP))


@T("zh", "深信服 EasyConnect SSL VPN 日志")
def _(b, g):
    r, dt = g.r, g.dt()
    m = g._cn_mobile_digits()
    u = (g.cn_name(), PER) if r.random() < 0.5 else (g.login(), PER)
    b.f("{ts} [SSL VPN] 用户[{u}]从[{ip}]登录成功，认证方式:本地密码+短信，短信验证码[{code}]已下发至{mp}",
        ts=g.ts(dt, "%Y/%m/%d %H:%M:%S"), u=u, ip=(g.ip_client("public_cn"), IP),
        code=(g.sms_code(), "pickup_code"), mp=(m[:3] + "****" + m[7:], "masked"))


@T("en", "OpenVPN server log")
def _(b, g):
    r, dt = g.r, g.dt()
    ts = g.ctime(dt) if r.random() < 0.6 else g.ts(dt)
    ip, port, u = g.ip_client("public"), str(r.randint(1024, 65535)), g.login()
    x = r.random()
    if x < 0.4:
        b.f("{ts} {u}/{ip}:{port} MULTI_sva: pool returned IPv4={tun}, IPv6=(Not enabled)", ts=ts, u=(u, PER),
            ip=(ip, IP), port=(port, "port"), tun=(f"10.8.{r.randint(0, 3)}.{r.randint(2, 254)}", IP))
    elif x < 0.8:
        b.f("{ts} {ip}:{port} [{u}] Peer Connection Initiated with [AF_INET]{ip}:{port}", ts=ts, u=(u, PER),
            ip=(ip, IP), port=(port, "port"))
    else:
        b.f("{ts} {ip}:{port} TLS Auth Error: Auth Username/Password verification failed for peer", ts=ts,
            ip=(ip, IP), port=(port, "port"))


@T("en", "Shibboleth IdP idp-audit.log")
def _(b, g):
    r, dt = g.r, g.dt()
    sp = g.c(["https://sp.partner.ac.uk/shibboleth", "https://moodle.uni.edu.cn/shibboleth",
              "https://www.jstor.org/shibboleth", "https://sso.ebsco.com/shibboleth", "https://uni.zoom.us/saml"])
    b.f("{ts}|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|{req}|{sp}|http://shibboleth.net/ns/profiles/saml2/sso/browser"
        "|https://idp.uni.edu.cn/idp/shibboleth|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST|{resp}|{u}"
        "|urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport|uid,mail,eduPersonScopedAffiliation|{nid}|_{aid}|",
        ts=f"{g.utc(dt):%Y%m%dT%H%M%SZ}", req=("_" + g.hexs(32), "request_id"), sp=sp,
        resp=("_" + g.hexs(32), "request_id"), u=(g.login(), PER), nid="AAdzZWNyZXQx" + g.b64(40), aid=g.hexs(32))


@T("en", "Apereo CAS audit trail / debug")
def _(b, g):
    r, dt = g.r, g.dt()
    ts = g.ts(dt, frac=3, fs=",")
    pre = (f"{ts} INFO [org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager] - Audit trail record BEGIN "
           "============================================================= ")
    when = dt.strftime("%a %b %d %H:%M:%S CST %Y")
    u = (g.login(), PER)
    x = r.random()
    if x < 0.4:
        b.f(pre + "WHO: {u} WHAT: Supplied credentials: [UsernamePasswordCredential(username={u}, source=null, "
            "customFields={{}})] ACTION: AUTHENTICATION_SUCCESS APPLICATION: CAS WHEN: {when} CLIENT IP ADDRESS: {ip} "
            "SERVER IP ADDRESS: {srv} =============================================================",
            u=u, when=when, ip=(g.ip_client(), IP), srv=(g.ip_server(), "server_ip"))
    elif x < 0.7:
        b.f(pre + "WHO: {u} WHAT: {tgt} ACTION: TICKET_GRANTING_TICKET_CREATED APPLICATION: CAS WHEN: {when} "
            "CLIENT IP ADDRESS: {ip} SERVER IP ADDRESS: {srv} =============================================================",
            u=u, tgt=(f"TGT-{r.randint(1, 9999)}-" + "*" * 50 + "-cas01", "masked"), when=when,
            ip=(g.ip_client(), IP), srv=(g.ip_server(), "server_ip"))
    else:
        b.f("{ts} DEBUG [org.apereo.cas.DefaultCentralAuthenticationService] - Granted service ticket [{st}] for service "
            "[{svc}] and principal [{u}]", ts=ts, st=(g.cas_ticket("ST"), CR),
            svc=g.c(["https://jwxt.uni.edu.cn/sso/login", "https://moodle.uni.edu.cn/login/index.php",
                     "https://lib.uni.edu.cn/patron/"]), u=u)


# ======================= student information system / enrolment ===================
@T("en", "nginx access log, SIS student search API")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f('{ip} - - [{clf}] "GET /sis/api/v2/students/search?', ip=(g.ip_client("campus"), IP), clf=g.clf(dt))
    keys = r.sample(["email", "mobile", "name", "idCard"], 2)
    for i, k in enumerate(keys):
        b.t(("&" if i else "") + k + "=")
        if k == "email":
            b.v(g.email(), EM, "pct")
        elif k == "mobile":
            b.v(g.mobile(), PH, "pct")
        elif k == "name":
            b.v(g.cn_name(), PER, "pct")
        else:
            b.v(g.cn_id(), CID, "pct")
    b.f(' HTTP/1.1" 200 {n} "https://sis.uni.edu.cn/admin/" "{ua}" rt={rt} upstream={up}:8080',
        n=r.randint(200, 9000), ua=g.c(USER_AGENTS), rt=f"{r.uniform(0.002, 0.9):.3f}", up=(g.ip_server(), "server_ip"))


@T("zh", "正方教务系统 选课 (Spring Boot)")
def _(b, g):
    r, dt = g.r, g.dt()
    code, cname = g.c(CN_COURSES)
    b.f("{ts}  INFO {pid} --- [nio-8080-exec-{k}] c.z.jw.xk.controller.XkController        : 学生[{sid}|{n}]选课成功 "
        "课程={cc}({cname}) 教学班=(2026-2027-1)-{cc}-0{c} 任课教师={t}",
        ts=g.ts(dt, frac=3), pid=r.randint(1000, 40000), k=r.randint(1, 200), sid=(g.stuid_cn(), "student_id"),
        n=(g.cn_name(), PER), cc=(code, "course_code"), cname=cname, c=r.randint(1, 9), t=(g.cn_name(), PER))


@T("en", "Ellucian Banner registration service")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.intl_parts()
    b.f('[{ts}] INFO  c.e.banner.student.RegistrationService - CRN {crn} ({subj}) added for term {term} '
        'student="{n}" <{em}> by={by}',
        ts=g.ts(dt, "%Y-%m-%dT%H:%M:%S", 3, tz="-05:00"), crn=(str(r.randint(10000, 99999)), "course_code"),
        subj=g.c(["ECON 101", "BIOL 210", "CS 2110", "MATH 221", "HIST 150"]), term=g.c(["202710", "202720"]),
        n=(f"{first} {last}", PER), em=(g.email(first, last, INTL_EDU_DOMAINS), EM),
        by=(g.c(["registrar-batch", "svc-banner", "BANJOBS"]), "system_account"))


@T("zh", "教务系统 成绩修改审计")
def _(b, g):
    r, dt = g.r, g.dt()
    a = r.randint(40, 90)
    b.f("[{ts}] [WARN] 成绩管理 - 教师 {t}(工号 {eid}) 修改学生 {sid} {s} 的《{course}》总评成绩 {a} -> {bb}，原因：{why}",
        ts=g.ts(dt), t=(g.cn_name(), PER), eid=(g.empid(), "employee_id"), sid=(g.stuid_cn(), "student_id"),
        s=(g.cn_name(), PER), course=g.c(CN_COURSES)[1], a=a, bb=min(100, a + r.randint(1, 15)),
        why=g.c(["复核", "录入错误", "平时成绩漏登", "缓考成绩"]))


# ======================= LMS and proctoring ========================================
@T("en", "Moodle standard log (CSV export row)")
def _(b, g):
    r, dt = g.r, g.dt()
    t = f"{dt.day}/{dt.month}/{dt:%y}, {dt:%H:%M}"
    if r.random() < 0.5:
        b.f('"{t}","{u}","-","Quiz: Week {w} Quiz","Quiz","Quiz attempt submitted","The user with id \'{uid}\' has '
            'submitted the attempt with id \'{aid}\' for the quiz with course module id \'{cm}\'.","web","{ip}"',
            t=t, u=(g.intl_name(), PER), w=r.randint(1, 12), uid=r.randint(100, 99999), aid=r.randint(1000, 999999),
            cm=r.randint(100, 9999), ip=(g.ip_client(), IP))
    else:
        b.f('"{t}","{u}","{au}","Course: {cc} {title}","Gradebook","Grade user report viewed","The user with id \'{uid}\' '
            'viewed the user report in the gradebook for the user with id \'{auid}\'.","web","{ip}"',
            t=t, u=(g.intl_name(), PER), au=(g.intl_name(), PER), cc=(g.c(EN_COURSES), "course_code"),
            title=g.c(["Programming Fundamentals", "Introductory Psychology", "Microeconomics", "Calculus"]),
            uid=r.randint(100, 99999), auid=r.randint(100, 99999), ip=(g.ip_client(), IP))


@T("en", "online proctoring worker (pino JSON)")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.intl_parts()
    b.j([("level", 40), ("time", (_epoch(dt) * 1000 + r.randint(0, 999), "epoch_timestamp")),
         ("pid", r.randint(1000, 9999)), ("hostname", f"proctor-worker-{r.randint(1, 8)}"), ("msg", "flag raised"),
         ("exam", f"{g.c(EN_COURSES)} Final Exam"),
         ("candidate", [("name", (f"{first} {last}", PER)), ("email", (g.email(first, last, INTL_EDU_DOMAINS), EM)),
                        ("ip", (g.ip_client(g.c(["public_intl", "public_cn", "v6"])), IP))]),
         ("flag", g.c(["second_face_detected", "face_not_visible", "browser_tab_switch", "phone_detected"])),
         ("confidence", round(r.uniform(0.6, 0.99), 2))], ascii=False)


@T("zh", "学习通 在线考试监考日志")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [在线考试-监考] 考试《{course}期末考试》考生 {n}({sid}) 切屏 {k} 次，IP {ip}（{isp}），设备 {dev}，"
        "人脸比对{res}，监考教师：{t}",
        ts=g.ts(dt), course=g.c(CN_COURSES)[1], n=(g.cn_name(), PER), sid=(g.stuid_cn(), "student_id"),
        k=r.randint(1, 9), ip=(g.ip_client("public_cn"), IP), isp=g.c(["中国移动", "中国电信", "中国联通", "教育网"]),
        dev=g.c(["iPhone15,2", "HUAWEI NOH-AN00", "Xiaomi 2211133C", "Windows 11 Chrome"]),
        res=g.c(["失败，已告警", "通过", "相似度 0.41，已告警"]), t=(g.cn_name(), PER))


# ======================= library =================================================
@T("en", "Koha circulation log")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.intl_parts()
    author, title = g.c(EN_WORKS)
    action = g.c(["ISSUE", "RENEW", "RETURN"])
    b.f('{ts} [{pid}] CIRCULATION {act} borrowernumber={bn} cardnumber={card} ({n}) itemnumber={inum} barcode={bc} '
        'title="{title} / {author}" due={due}',
        ts=f"{dt:%Y/%m/%d %H:%M:%S}", pid=r.randint(1000, 40000), act=action, bn=r.randint(1000, 99999),
        card=g.stuid_en(), n=(f"{last}, {first}", PER), inum=r.randint(10000, 999999),
        bc=("39" + g.digits(12), "item_barcode"), title=title, author=(author, "public_figure"),
        due=(dt + _dt.timedelta(days=28)).strftime("%Y-%m-%d"))


@T("zh", "汇文图书馆系统 借还日志")
def _(b, g):
    r, dt = g.r, g.dt()
    author, title = g.c(CN_WORKS)
    b.f("{ts} 借书 读者证号:{sid} 姓名:{n} 条码:{bc} 题名:《{title}》 著者:{author} 应还日期:{due} 操作员:前台0{k}",
        ts=g.ts(dt), sid=(g.stuid_cn(), "student_id"), n=(g.cn_name(), PER), bc=("C" + g.digits(7), "item_barcode"),
        title=title, author=(author, "public_figure"), due=(dt + _dt.timedelta(days=30)).strftime("%Y-%m-%d"),
        k=r.randint(1, 6))


@T("en", "Postfix maillog (library / registrar notices)")
def _(b, g):
    r, dt = g.r, g.dt()
    pre = f"{g.syslog(dt)} mail0{r.randint(1, 3)} postfix/"
    qid = g.alnum(10, "0123456789ABCDEF")
    x = r.random()
    if x < 0.3:
        b.f(pre + "smtp[{pid}]: {qid}: to=<{em}>, relay=gmail-smtp-in.l.google.com[{mxip}]:25, delay={d}, "
            "delays=0.05/0/0.4/0.75, dsn=2.0.0, status=sent (250 2.0.0 OK  {ep} {x} - gsmtp)",
            pid=r.randint(1000, 65000), qid=qid, em=(g.email(pool=INTL_PUBLIC_DOMAINS[:1] + INTL_EDU_DOMAINS), EM),
            mxip=(g.ip_server("google"), "server_ip"), d=f"{r.uniform(0.3, 3):.1f}", ep=(str(_epoch(dt)), "epoch_timestamp"),
            x=f"{g.alnum(13, string.ascii_lowercase + string.digits)}-{g.alnum(12, string.ascii_lowercase + string.digits)}.{r.randint(1, 900)}")
    elif x < 0.45:
        b.f(pre + "smtp[{pid}]: {qid}: to=<{em}>, relay=mx1.qq.com[{mxip}]:25, delay={d}, delays=0.02/0/0.3/1.1, "
            "dsn=2.0.0, status=sent (250 OK: queued as .)",
            pid=r.randint(1000, 65000), qid=qid, em=(g.qq_email(), EM), mxip=(g.ip_server("qq"), "server_ip"),
            d=f"{r.uniform(0.3, 3):.1f}")
    elif x < 0.7:
        b.f(pre + "qmgr[{pid}]: {qid}: from=<{rm}>, size={sz}, nrcpt=1 (queue active)", pid=r.randint(1000, 65000),
            qid=qid, rm=(g.role_mail(), "role_mailbox"), sz=r.randint(900, 90000))
    else:
        em = g.email(pool=CN_CAMPUS_DOMAINS)
        b.f(pre + "smtpd[{pid}]: NOQUEUE: reject: RCPT from unknown[{ip}]: 550 5.1.1 <{em}>: Recipient address rejected: "
            "User unknown in local recipient table; from=<{frm}> to=<{em}> proto=ESMTP helo=<{helo}>",
            pid=r.randint(1000, 65000), ip=(g.ip_client("public"), IP), em=(em, EM), frm=(g.email(), EM),
            helo=g.c(["localhost", "mail.example.com", "[127.0.0.1]", "WIN-3KQ1"]))


# ======================= dormitory access, visitors, vehicles ====================
@T("zh", "海康门禁闸机事件")
def _(b, g):
    r, dt = g.r, g.dt()
    if r.random() < 0.75:
        b.f("{ts} [门禁事件] 设备:{bld}{gate}({devip}) 事件:{evt} 人员:{n} 卡号:{card} 体温:{temp}℃",
            ts=g.ts(dt), bld=(g.c(CN_DORMS), "place"), gate=g.c(["东门闸机", "北门人脸机", "1号通道"]),
            devip=(g.ip_server(), "server_ip"), evt=g.c(["人脸认证通过", "刷卡通过", "人脸+刷卡认证通过"]),
            n=(g.cn_name(), PER), card=(g.digits(8), "campus_card_no"), temp=f"{r.uniform(35.8, 37.4):.1f}")
    else:
        b.f("{ts} [门禁事件] 设备:{bld}{gate}({devip}) 事件:陌生人告警 抓拍图片:{pic}.jpg 已推送值班人员 {duty}({ph}) 确认",
            ts=g.ts(dt), bld=(g.c(CN_DORMS), "place"), gate=g.c(["东门闸机", "北门人脸机", "1号通道"]),
            devip=(g.ip_server(), "server_ip"), pic=(g.uuid4(), "uuid"), duty=(g.cn_name(), PER), ph=(g.mobile(), PH))


@T("zh", "宿舍访客登记")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} 访客登记 访客:{s}{title} 证件:身份证 {id} 手机:{ph} 车牌:{pl} 被访:{bld}宿管值班室 事由:{why}",
        ts=g.ts(dt), s=(g.cn_surname(), PER), title=g.c(["先生", "女士", "先生"]), id=(g.cn_id(1960, 1985), CID),
        ph=(g.mobile(), PH), pl=(g.plate_cn(), LP), bld=(g.c(CN_DORMS), "place"),
        why=g.c(["送物品", "探望子女", "搬运行李", "维修空调"]))


@T("zh", "校园停车场道闸 (车牌识别)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("[{ts}] 停车场 {gate} 车牌 {pl} 识别置信度 {conf} 车主 {n}({kind}) 月卡有效期至 2027-06-30 {act}",
        ts=g.ts(dt), gate=(g.c(["东门入口", "西门地下停车场", "南门出口", "逸夫楼停车场"]), "place"),
        pl=(g.plate_cn(), LP), conf=f"{r.uniform(0.8, 0.99):.2f}",
        n=(g.cn_name(), PER) if r.random() < 0.6 else _Title(g.cn_surname(), g.c(CN_TITLES)),
        kind=g.c(["教职工", "教职工", "校友", "外包"]), act=g.c(["抬杆", "抬杆放行", "未授权，人工确认"]))


# ======================= campus card (一卡通) =====================================
@T("zh", "一卡通 食堂 POS 消费流水")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts}|POS{pos}|{place}窗口{k}|卡号:{card}|姓名:{n}|消费:{amt}|余额:{bal}|流水号:{sn}",
        ts=g.ts(dt), pos=g.digits(4), place=(g.c(CN_CANTEENS), "place"), k=r.randint(1, 30), card=g.digits(8),
        n=(g.cn_name(), PER), amt=(f"{r.randint(3, 30)}.{r.randint(0, 9)}0", "amount"),
        bal=f"{r.randint(0, 500)}.{r.randint(0, 99):02d}", sn=(g.luhn16(), "order_id"))


@T("zh", "一卡通 超市 POS")
def _(b, g):
    r, dt = g.r, g.dt()
    brand, item = g.c(CN_BRANDS)
    x = r.random()
    if x < 0.25:   # e.g. 张女士 buying 张小泉 scissors: the surname also occurs inside the brand decoy
        n = _Title(brand[0] if brand[0] in "王李张谭陈周" else g.cn_surname(), g.c(["女士", "先生", "老师", "同学"]))
    else:
        n = (g.cn_name(), PER)
    b.f("{ts} [一卡通-超市POS] 交易成功 顾客:{n} 商品:{brand}{item}×{k} 金额:{amt}元 订单号:{o}",
        ts=g.ts(dt), n=n, brand=(brand, "company"), item=item, k=r.randint(1, 3),
        amt=(f"{r.randint(3, 200)}.{r.randint(0, 99):02d}", "amount"), o=(g.ord11(), "order_id"))


@T("zh", "一卡通 充值 微信支付回调")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [INFO] [ykt-recharge] 微信支付回调 out_trade_no={o} transaction_id={tx} total_fee={fee} 学号={sid} "
        "姓名={n} result_code=SUCCESS",
        ts=g.ts(dt, frac=3), o=(f"YKT{dt:%Y%m%d%H%M%S}{g.digits(4)}", "order_id"),
        tx=(f"42000{g.digits(5)}{dt:%Y%m%d}{g.digits(10)}", "transaction_id"),
        fee=(str(r.choice([1000, 2000, 5000, 10000, 20000])), "amount"), sid=g.stuid_cn(), n=(g.cn_name(), PER))


@T("zh", "网络自助服务 网费充值")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} 自助服务 网费充值 账号:{u} 姓名:{n} 金额:{amt} 支付宝交易号:{tx} 订单号:{o} 状态:TRADE_SUCCESS",
        ts=g.ts(dt), u=g.stuid_cn(), n=(g.cn_name(), PER), amt=(g.c(["10.00", "20.00", "30.00", "50.00"]), "amount"),
        tx=(f"{dt:%Y%m%d}22001{g.digits(15)}", "transaction_id"), o=(g.ord11(), "order_id"))


@T("zh", "商户日结 (一卡通商户结算)")
def _(b, g):
    r, dt = g.r, g.dt()
    brand, _item = g.c(CN_BRANDS)
    b.f("{ts} [商户结算] 商户:{brand}({place}店) 日结金额:{amt} 交易笔数:{k} 结算状态:已对账",
        ts=g.ts(dt), brand=(brand, "company"), place=(g.c(CN_CANTEENS + ["学生活动中心", "东区体育馆"]), "place"),
        amt=(g.amount("¥"), "amount"), k=r.randint(20, 900))


# ======================= payments: tuition, scholarships, refunds ================
@T("en", "Stripe webhook handler (international tuition)")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.intl_parts()
    b.f("{ts} info  stripe-webhook: payment_intent.succeeded {pi} amount={amt} currency={cur} customer=cus_{cus} "
        "name=\"{n}\" email={em} card={brand} {last4} metadata.student_id={sid}",
        ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", 3, tz="Z"), pi=("pi_3" + g.alnum(23), "order_id"),
        amt=(str(r.randint(100000, 4000000)), "amount"), cur=g.c(["aud", "gbp", "usd", "cny"]), cus=g.alnum(14),
        n=(f"{first} {last}", PER), em=(g.email(first, last), EM), brand=g.c(["visa", "mastercard", "amex"]),
        last4=("****" + g.digits(4), "masked"), sid=g.stuid_en())


@T("en", "bank transfer refund job (Java)")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.en_parts(g.c(["de_DE", "fr_FR", "es_ES", "en_GB"]))
    cc = g.c(["DE", "FR", "ES", "GB", "IT", "NL", "BE", "AT", "IE"])
    b.f('{ts} INFO  [refund-worker-{k}] c.u.bursar.BankTransferJob - Refund {ref} queued: beneficiary="{n}" '
        'iban={iban} bic={bic} amount={amt}',
        ts=g.ts(dt, frac=3, fs=","), k=r.randint(1, 4), ref=(f"REF-2026-{g.digits(6)}", "case_number"),
        n=(f"{first} {last}", PER), iban=(g.iban(cc), IB), bic=g.c(["COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX",
                                                                      "NWBKGB2LXXX", "INGBNL2A"]),
        amt=(g.amount("EUR "), "amount"))


@T("en", "SWIFT MT103 inbound tuition payment")
def _(b, g):
    r, dt = g.r, g.dt()
    s, gv = g.py_parts()
    b.f("{ts} INFO swift-gw: MT103 received :20:{ref} :32A:{d}{amt} :50K:/{iban} {n} :59:/{acct} UNIVERSITY BURSAR "
        ":70:TUITION {sid}",
        ts=g.ts(dt), ref=(f"UNIFEES{g.digits(8)}", "order_id"), d=f"{dt:%y%m%d}",
        amt=(f"{g.c(['EUR', 'GBP', 'USD'])}{r.randint(2000, 40000)},{r.randint(0, 99):02d}", "amount"),
        iban=(g.iban(spaced=False), IB), n=(f"{s.upper()} {gv.upper()}", PER), acct=g.digits(12), sid=g.stuid_en())


@T("zh", "奖助学金发放")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [奖助学金] {kind} 发放 学生:{n} 学号:{sid} 银行卡:{card} 金额:{amt} 状态:已提交银行",
        ts=g.ts(dt), kind=g.c(["国家励志奖学金", "国家助学金", "校长奖学金", "勤工助学酬金"]), n=(g.cn_name(), PER),
        sid=(g.stuid_cn(), "student_id"), card=(g.card(g.c(["unionpay", "unionpay19"])), CC),
        amt=(g.c(["5000.00", "3300.00", "8000.00", "1200.00"]), "amount"))


@T("zh", "统一支付平台 学费缴纳")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} 缴费成功 订单号:{o} 身份证号:{id} 姓名:{n} 项目:2026-2027学年学费 金额:{amt} 支付方式:银联 卡号:{card}",
        ts=g.ts(dt), o=(f"JF{dt:%Y%m%d%H%M%S}{g.digits(2)}", "order_id"), id=(g.cn_id(), CID), n=(g.cn_name(), PER),
        amt=(g.c(["5500.00", "4800.00", "6000.00", "26000.00"]), "amount"),
        card=(g.c(UNIONPAY_BINS)[:4] + " " + g.c(UNIONPAY_BINS)[4:6] + "** **** " + g.digits(4), "masked"))


@T("zh", "国际学生退费 (境外账户)")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.en_parts(g.c(["de_DE", "fr_FR", "es_ES", "en_GB"]))
    b.f("{ts} [财务处-退费] 退费申请 {ref} 收款人:{n} 收款账户IBAN:{iban} 开户行SWIFT:{bic} 退费金额:{amt} 审核状态:待复核",
        ts=g.ts(dt), ref=(f"TF{dt:%Y%m%d}{g.digits(4)}", "case_number"), n=(f"{first.upper()} {last.upper()}", PER),
        iban=(g.iban(), IB), bic=g.c(["COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "NWBKGB2LXXX"]),
        amt=(g.amount("EUR "), "amount"))


@T("en", "refund worker (Java), card refund")
def _(b, g):
    r, dt = g.r, g.dt()
    s, gv = g.py_parts()
    b.f('{ts} [refund-worker-{k}] INFO  c.u.pay.RefundService - refund ok: card={card} holder="{n}" amount={amt} '
        'orderId={o}',
        ts=g.ts(dt, frac=3), k=r.randint(1, 4), card=(g.card(g.c(["visa", "mc", "mc2", "amex"])), CC),
        n=(g.c([f"{s.upper()} {gv.upper()}", g.en_name().upper()]), PER), amt=(g.amount("USD "), "amount"),
        o=(g.luhn16(), "order_id"))


@T("en", "payment gateway error (PAN logged)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} ERROR [http-nio-8443-exec-{k}] PaymentGateway: authorization declined code={code} pan={pan} exp={exp} "
        "cvv={cvv} merchant=UNI-TUITION-01",
        ts=g.ts(dt, frac=3, fs=","), k=r.randint(1, 40), code=g.c(["05", "51", "54", "N7"]),
        pan=(g.card(style=g.c(["plain", "dash", "space"])), CC), exp=f"{r.randint(1, 12):02d}/{r.randint(27, 31)}",
        cvv=("***", "masked"))


@T("en", "logfmt, Go campus-card ledger service")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f('ts={ts} caller=ledger.go:{ln} level=info msg="card topup" card_holder="{n}" account={acct} amount_cny={amt} '
        'channel=unionpay pan={pan} trace_id={tid}',
        ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", 3, tz="Z"), ln=r.randint(40, 400), n=(g.intl_name(), PER),
        acct=g.digits(10), amt=(f"{r.choice([50, 100, 200, 500])}.00", "amount"),
        pan=(g.card("unionpay" if r.random() < 0.5 else "unionpay19", "plain"), CC), tid=(g.hexs(32), "trace_id"))


# ======================= health clinic ===========================================
@T("zh", "校医院 HIS 门诊挂号")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [HIS-门诊挂号] 患者:{p} 性别:{sex} 年龄:{age} 身份证:{id} 科室:{dept} 接诊:{doc}{title} 诊室:{room}",
        ts=g.ts(dt), p=(g.cn_name(), PER), sex=g.c("男女"), age=r.randint(17, 30), id=(g.cn_id(), CID),
        dept=g.c(["内科", "外科", "口腔科", "眼科", "心理门诊"]), doc=(g.cn_name(), PER),
        title=g.c(["主任医师", "副主任医师", "主治医师"]), room=(g.c(["校医院门诊楼二层", "校医院一楼", "东区医务室"]), "place"))


@T("en", "Mirth Connect HL7 v2 ADT (clinic)")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.intl_parts()
    dfirst, dlast = g.en_parts(g.c(["en_IN", "en_AU", "en_GB"]))
    region = g.c(["AU", "GB", "US", "NZ"])
    b.f(r"INFO  {ts} [Clinic ADT Inbound < TCP Listener Thread] transmitter: Sent: MSH|^~\&|CLINIC|UNIHEALTH|EHR|STATEHIS|"
        r"{hts}||ADT^A04|{mid}|P|{ver}\rPID|1||{mrn}^^^UNI^MR||{pn}||{dob}|{sex}|||{no} {street}^^{city}||{ph}|\r"
        r"PV1|1|O|CLINIC^^^UNI||||{drid}^{dn}^^^Dr",
        ts=g.ts(dt, frac=3, fs=","), hts=f"{dt:%Y%m%d%H%M%S}", mid=(f"MSG{g.digits(8)}", "message_id"),
        ver=(g.c(["2.5.1", "2.3", "2.4"]), "version"), mrn=g.stuid_en(), pn=(f"{last}^{first}", PER),
        dob=f"{r.randint(1996, 2007)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}", sex=g.c("MF"),
        no=r.randint(1, 300), street=g.c(["Swanston St", "Grattan St", "Oxford Rd", "College Ave"]),
        city=g.c(["Melbourne", "Manchester", "Berkeley", "Auckland"]), ph=(g.intl_phone(region), PH),
        drid=r.randint(1000, 99999), dn=(f"{dlast}^{dfirst}", PER))


@T("zh", "短信网关 校医院心理咨询预约")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f('{ts} [短信网关] 发送成功 mobile={ph} content="【校医院】{s}同学您好，您预约的{d}心理咨询已确认，验证码{code}，'
        '5分钟内有效。" tpl={tpl} bizId={biz}',
        ts=g.ts(dt), ph=(g.mobile(), PH), s=(g.cn_surname(), PER),
        d=f"{(dt + _dt.timedelta(days=2)).month}月{(dt + _dt.timedelta(days=2)).day}日上午",
        code=(g.digits(6), "pickup_code"), tpl=(f"SMS_{g.digits(9)}", "template_id"), biz=f"{g.digits(18)}^0")


# ======================= international office, visa, partners ====================
@T("en", "UK partner visa office (CAS assignment)")
def _(b, g):
    r, dt = g.r, g.dt()
    nat = g.c(["CHN", "CHN", "IND", "USA", "DEU", "FRA", "ESP"])
    cmap = {"CHN": "CN", "IND": "IN", "USA": "US", "DEU": "DE", "FRA": "FR", "ESP": "ES"}
    if nat == "CHN":
        last, first = g.py_parts()
    else:
        first, last = g.en_parts({"IND": "en_IN", "USA": "en_US", "DEU": "de_DE", "FRA": "fr_FR", "ESP": "es_ES"}[nat])
    b.f('{ts} INFO  visa-office [sponsor-mgmt] CAS {cas} assigned to {n} (passport {pp}, nationality {nat}, DOB {dob}) '
        'course="{course}" start=2027-01-25',
        ts=g.ts(dt, frac=3, fs=","), cas=("E4G" + g.alnum(11, string.ascii_uppercase + string.digits), "case_number"),
        n=(f"{first} {last}", PER), pp=(g.passport(cmap[nat]), PP), nat=nat,
        dob=f"{r.randint(1995, 2006)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        course=g.c(["MSc Data Science", "MA TESOL", "LLM International Law", "MSc Finance"]))


@T("zh", "国际学生办 居留许可受理")
def _(b, g):
    r, dt = g.r, g.dt()
    country = g.c(["US", "GB", "DE", "FR", "ES", "IN", "AU"])
    first, last = g.en_parts({"US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES",
                              "IN": "en_IN", "AU": "en_AU"}[country])
    nat = {"US": "美国", "GB": "英国", "DE": "德国", "FR": "法国", "ES": "西班牙", "IN": "印度", "AU": "澳大利亚"}[country]
    b.f("[国际学生办] {ts} 居留许可申请已受理 受理号 {case} 姓名 {n} 国籍 {nat} 护照号 {pp} 手机 {ph} 签证类型 X1",
        ts=g.ts(dt), case=(f"JL{dt:%Y%m%d}-{g.digits(4)}", "case_number"),
        n=(f"{_fold(last).upper()} {_fold(first).upper()}", PER), nat=nat, pp=(g.passport(country), PP),
        ph=(g.mobile() if r.random() < 0.6 else g.intl_phone(country), PH))


@T("zh", "留学生管理系统 新生报到")
def _(b, g):
    r, dt = g.r, g.dt()
    hz, latin, nat, cc = g.c(FOREIGN_PAIRS)
    b.f("[留学生管理] {ts} 新生报到 姓名: {hz} ({latin}) 护照: {pp} 国籍: {nat} 签证到期: {exp} 联系邮箱: {em}",
        ts=g.ts(dt), hz=(hz, PER), latin=(latin, PER), pp=(g.passport(cc), PP), nat=nat,
        exp=f"2027-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        em=(g.email(latin.split()[-1], latin.split()[0], INTL_PUBLIC_DOMAINS + CN_CAMPUS_DOMAINS), EM))


@T("en", "SEVIS batch / I-20 update (US partner)")
def _(b, g):
    r, dt = g.r, g.dt()
    s, gv = g.py_parts()
    dfirst, dlast = g.en_parts("en_US")
    b.f("[{ts} EST] sevis-batch: I-20 updated for {n} <{em}> sevis_id={sid} reason=\"{why}\" dso={dso} run_as={svc}",
        ts=g.ts(dt), n=(f"{gv} {s}", PER), em=(g.email(gv, s, ["umich.edu", "berkeley.edu", "g.harvard.edu",
                                                               "stanford.edu", "gmail.com"]), EM),
        sid=("N00" + g.digits(8), "sevis_id"), why=g.c(["program extension", "change of major", "OPT recommendation"]),
        dso=(f"{dfirst} {dlast}", PER), svc=(g.c(["svc-sevis", "sevis_rtbi"]), "system_account"))


@T("en", "exchange nomination service (Python structlog JSON)")
def _(b, g):
    r, dt = g.r, g.dt()
    loc = g.c(["es_ES", "fr_FR", "de_DE", "en_GB", "en_AU"])
    first, last = g.en_parts(loc)
    cc = {"es_ES": "ES", "fr_FR": "FR", "de_DE": "DE", "en_GB": "GB", "en_AU": "AU"}[loc]
    b.j([("event", "nomination.created"), ("timestamp", g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", 6, tz="Z")),
         ("level", "info"), ("partner", (g.c(PARTNER_UNIS), "place")),
         ("student", [("given_name", (first, PER)), ("family_name", (last, PER)),
                      ("email", (g.email(first, last, INTL_EDU_DOMAINS), EM)), ("passport", (g.passport(cc), PP))]),
         ("semester", "2027S1")], ascii=True, sep=(", ", ": "))


@T("en", "UCAS-style application handler (Go zap JSON)")
def _(b, g):
    r, dt = g.r, g.dt()
    s, gv = g.py_parts()
    b.j([("level", "info"), ("ts", (round(_epoch(dt) + r.random(), 4), "epoch_timestamp")),
         ("caller", f"apply/handler.go:{r.randint(40, 300)}"), ("msg", "application submitted"),
         ("applicant", (f"{s.upper()} {gv}", PER)), ("passport_no", (g.passport("CN"), PP)),
         ("email", (g.email(gv, s, CN_PUBLIC_DOMAINS + INTL_PUBLIC_DOMAINS), EM)),
         ("ucas_personal_id", (f"{g.digits(3)}-{g.digits(3)}-{g.digits(4)}", "applicant_id"))])


@T("en", "international office visit planner")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} INFO intl-office: delegation visit confirmed: Prof. {s1} ({uni}) arriving {fl} on 2026-12-{d:02d}, "
        "host: Dr. {host}, contact: {ph}",
        ts=g.ts(dt), s1=(g.en_parts(g.c(["en_GB", "en_AU", "de_DE", "fr_FR"]))[1], PER),
        uni=(g.c(PARTNER_UNIS), "place"), fl=(g.flight(), "flight_number"), d=r.randint(8, 28),
        host=(" ".join(reversed(g.py_parts())) if r.random() < 0.5 else g.en_name(), PER),
        ph=(g.intl_phone(g.c(["GB", "AU", "DE", "FR", "US"])), PH))


@T("en", "webinar registration (bunyan JSON)")
def _(b, g):
    r, dt = g.r, g.dt()
    loc = g.c(["en_IN", "en_US", "en_GB", "es_ES", "de_DE"])
    first, last = g.en_parts(loc)
    reg = {"en_IN": "IN", "en_US": "US", "en_GB": "GB", "es_ES": "ES", "de_DE": "DE"}[loc]
    b.j([("name", "webinar-reg"), ("hostname", f"intl-web-{r.randint(1, 3)}"), ("pid", r.randint(100, 9999)),
         ("level", 30), ("msg", "registrant added"),
         ("registrant", [("first_name", (first, PER)), ("last_name", (last, PER)),
                         ("email", (g.email(first, last, INTL_PUBLIC_DOMAINS), EM)),
                         ("phone", (g.intl_phone(reg, g.c(["intl", "e164"])), PH)), ("country", reg)]),
         ("webinar_id", (g.digits(11), "meeting_id")), ("time", g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", 3, tz="Z")),
         ("v", 0)], ascii=False)


@T("en", "ServiceNow-style helpdesk incident")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.en_parts(g.c(["de_DE", "fr_FR", "en_US", "en_GB", "en_IN"]))
    b.f('{ts} {inc} opened by caller={n} ({em}) assigned_to={agent} group="IT Service Desk" '
        'short_description="{desc}"',
        ts=g.ts(dt), inc=(f"INC{g.digits(7)}", "case_number"), n=(f"{first} {last}", PER),
        em=(g.email(first, last, INTL_EDU_DOMAINS), EM), agent=(g.en_name(), PER),
        desc=g.c(["Cannot connect to eduroam", "VPN MFA prompt loops", "Moodle quiz will not submit",
                  "Library proxy login fails"]))


@T("en", "GDPR subject access request (EU partner)")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.en_parts("fr_FR")
    b.f("{ts} dsar-service: request {case} from {n} <{em}> tel {ph} identity verified via passport {pp}",
        ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", tz="+01:00"), case=(f"DSAR-2026-{g.digits(4)}", "case_number"),
        n=(f"{first} {last}", PER), em=(g.email(first, last, ["etu.sorbonne-universite.fr", "orange.fr", "gmail.com"]), EM),
        ph=(g.intl_phone("FR", g.c(["intl", "national"])), PH), pp=(g.passport("FR"), PP))


@T("en", "US financial aid ISIR import")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.en_parts("en_US")
    b.f('{ts} finaid-app[{pid}]: WARN ISIR mismatch student="{n}" ssn={ssn} dob={dob} sai={sai} transaction={tx}',
        ts=g.syslog(dt), pid=r.randint(1000, 9999), n=(f"{first} {last}", PER), ssn=(g.ssn(), SSN),
        dob=f"{r.randint(2003, 2008)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", sai=r.randint(-1500, 30000),
        tx=f"{r.randint(1, 5):02d}")


@T("en", "student payroll W-2 export (partner campus)")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.en_parts("en_US")
    b.f("{ts} WARN [payroll-export] W-2 record rejected: employee_id={eid} name={n} ssn={ssn} reason={why}",
        ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", tz="-05:00"), eid=(g.empid(), "employee_id"),
        n=(f"{last.upper()}, {first.upper()}", PER), ssn=(g.ssn(), SSN),
        why=g.c(["name/SSN mismatch", "missing address", "duplicate record"]))


@T("en", "Gradescope grade export row")
def _(b, g):
    r, dt = g.r, g.dt()
    first, last = g.intl_parts()
    b.f('{f},{l},{sid},{em},"{sec}",Graded,{sc},100,{ts} -0800,0:{mm:02d}:{ss:02d}',
        f=(first, PER), l=(last, PER), sid=(g.stuid_en(), "student_id"), em=(g.email(first, last, INTL_EDU_DOMAINS), EM),
        sec=g.c(["Lab 101", "Lab 102", "Dis 3B"]), sc=f"{r.uniform(30, 100):.1f}", ts=g.ts(dt),
        mm=r.randint(5, 59), ss=r.randint(0, 59))


# ======================= app servers, auth, secrets ==============================
@T("en", "Canvas LMS Rails log (parameters)")
def _(b, g):
    r, dt = g.r, g.dt()
    uid = (g.email(pool=INTL_EDU_DOMAINS + CN_CAMPUS_DOMAINS), EM) if r.random() < 0.6 else (g.login(), PER)
    pw = ("[FILTERED]", "masked") if r.random() < 0.6 else (g.password(), CR)
    b.f('I, [{ts} #{pid}]  INFO -- : [{rid}] Parameters: {{"utf8"=>"✓", "authenticity_token"=>"{at}", '
        '"pseudonym_session"=>{{"unique_id"=>"{u}", "password"=>"{pw}", "remember_me"=>"0"}}}}',
        ts=g.ts(dt, "%Y-%m-%dT%H:%M:%S", 6), pid=r.randint(1000, 60000), rid=(g.uuid4(), "uuid"),
        at=("[FILTERED]", "masked"), u=uid, pw=pw)


@T("en", "Django grades app security warning")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("[{ts}] WARNING [grades.views:{ln}] grade export denied user={u} ip={ip} sessionid={sid} path=/grades/export/{c}/",
        ts=g.ts(dt, frac=3, fs=","), ln=r.randint(50, 400), u=(g.login(), PER), ip=(g.ip_client(), IP),
        sid=(g.session("django"), CR), c=g.c(EN_COURSES).lower())


@T("en", "Tomcat access log (eams, CAS ticket in URL)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f('{ip} - - [{clf}] "GET /eams/home.action;jsessionid={js}?ticket={st} HTTP/1.1" 302 - {ms}',
        ip=(g.ip_client(), IP), clf=g.clf(dt), js=(g.session("jsession"), CR), st=(g.cas_ticket("ST"), CR),
        ms=r.randint(3, 900))


@T("en", "Envoy access log (grades API, auth header logged)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f('[{ts}] "GET /api/v1/grades?term=2026S2 HTTP/1.1" 200 - 0 {bs} {d} {d2} "{xff}" "{ua}" "{rid}" '
        '"grades.uni.edu" "{up}:8080" auth="Bearer {tok}"',
        ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", 3, tz="Z"), bs=r.randint(200, 20000), d=r.randint(3, 200),
        d2=r.randint(1, 150), xff=(g.ip_client(g.c(["public_cn", "public_intl"])), IP), ua=g.c(USER_AGENTS),
        rid=(g.uuid4(), "uuid"), up=(g.ip_server(), "server_ip"), tok=(g.jwt(), CR))


@T("en", "LDAP authenticator debug log")
def _(b, g):
    r, dt = g.r, g.dt()
    u = g.login()
    b.f("{ts} DEBUG [{th}] c.u.auth.LdapAuthenticator - bind url=ldap://{srv}:{port} dn=uid={u},ou=students,dc=uni,"
        "dc=edu,dc=cn password={pw} result=49 (Invalid credentials)",
        ts=g.ts(dt, frac=3), th=f"http-nio-8080-exec-{r.randint(1, 50)}", srv=(g.ip_server(), "server_ip"),
        port=(g.c(["389", "636"]), "port"), u=(u, PER), pw=(g.password(), CR))


@T("en", "HikariCP / driver error with connection URL")
def _(b, g):
    r, dt = g.r, g.dt()
    x = r.random()
    pw = (g.password(), CR, "pct")
    host = (g.ip_server(), "server_ip")
    if x < 0.35:
        b.f("{ts} ERROR [main] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization: "
            "jdbc:mysql://{u}:{pw}@{h}:{p}/sis?useSSL=false",
            ts=g.ts(dt, frac=3), u=(g.c(["sis_app", "ykt_sync", "svc-sis"]), "system_account"), pw=pw, h=host,
            p=(g.c(["3306", "3307"]), "port"))
    elif x < 0.7:
        b.f("{ts} [moodle-cron] ERROR: could not connect to postgresql://{u}:{pw}@{h}:{p}/moodle (timeout after 30s)",
            ts=g.ts(dt), u=(g.c(["moodle", "svc-moodle", "postgres"]), "system_account"), pw=pw, h=host,
            p=("5432", "port"))
    else:
        b.f('{{"t":{{"$date":"{ts}"}},"s":"E","c":"NETWORK","msg":"connection failed","attr":{{"uri":"mongodb://{u}:{pw}@{h}:{p}/lms?authSource=admin"}}}}',
            ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", 3, tz="+00:00"),
            u=(g.c(["lms_app", "admin", "svc-lms"]), "system_account"), pw=pw, h=host, p=("27017", "port"))


@T("en", "logrus service, cloud keys loaded from env")
def _(b, g):
    r, dt = g.r, g.dt()
    if r.random() < 0.6:
        ak, sk = g.aws_pair()
        b.f('time="{ts}" level=warning msg="loaded credentials from environment" AWS_ACCESS_KEY_ID={ak} '
            'AWS_SECRET_ACCESS_KEY={sk} bucket=lms-submissions-prod region=ap-southeast-2',
            ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", tz="Z"), ak=(ak, CR), sk=(sk, CR))
    else:
        ak, sk = g.tencent_pair()
        b.f('time="{ts}" level=warning msg="cos client init" SecretId={ak} SecretKey={sk} bucket=jwxt-1300{n} region=ap-beijing',
            ts=g.ts(dt, "%Y-%m-%dT%H:%M:%S", tz="+08:00"), ak=(ak, CR), sk=(sk, CR), n=g.digits(6))


@T("zh", "作业提交 OSS 上传 (Spring Boot)")
def _(b, g):
    r, dt = g.r, g.dt()
    ak, sk = g.aliyun_pair()
    b.f("{ts} ERROR {pid} --- [nio-8080-exec-{k}] c.u.lms.oss.OssUploader : 作业上传失败 endpoint=oss-cn-beijing.aliyuncs.com "
        "accessKeyId={ak} accessKeySecret={sk} object=hw/2026/{cc}/作业{h}_{n}_{sid}.pdf",
        ts=g.ts(dt, frac=3), pid=r.randint(1000, 40000), k=r.randint(1, 200), ak=(ak, CR), sk=(sk, CR),
        cc=g.c(CN_COURSES)[0], h=r.randint(1, 12), n=(g.cn_name(), PER), sid=(g.stuid_cn(), "student_id"))


@T("en", "GitHub Actions runner log (LMS plugin CI)")
def _(b, g):
    r, dt = g.r, g.dt()
    ts = g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", 7, tz="Z")
    tok = (g.github_token(), CR) if r.random() < 0.6 else ("***", "masked")
    b.f("{ts} [command]/usr/bin/git -c http.extraheader=\"AUTHORIZATION: basic {m}\" clone "
        "https://x-access-token:{tok}@github.com/uni-lms/moodle-local-proctor.git --branch main # HEAD {sha}",
        ts=ts, m=("***", "masked"), tok=tok, sha=(g.hexs(40), "commit_hash"))


@T("en", "SAML SP key load error (JSON)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.j([("ts", g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", 3, tz="Z")), ("level", "error"), ("logger", "saml2.sp"),
         ("msg", "could not load SP signing key"), ("path", "/etc/shibboleth/sp-signing-key.pem"),
         ("pem", _S("-----BEGIN PRIVATE KEY-----\n", (g.privkey_body(), CR), "\n-----END PRIVATE KEY-----\n"))])


@T("en", "EZproxy log (credentials in query string)")
def _(b, g):
    r, dt = g.r, g.dt()
    u = (g.login(), PER)
    b.f('{ip} - {u} [{clf}] "GET https://login.ezproxy.uni.edu:443/login?user={u}&pass={pw}&url=https://www.jstor.org/ '
        'HTTP/1.1" 302 0',
        ip=(g.ip_client(), IP), u=u, clf=g.clf(dt, "-0500"), pw=(g.password(), CR, "pct"))


@T("zh", "微信小程序登录 code2Session")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [INFO] wx-login code2Session ok appid={appid} session_key={sk} 用户 {n} 绑定学号 {sid}",
        ts=g.ts(dt, frac=3), appid=("wx" + g.hexs(16), "app_id"), sk=(g.b64(22) + "==", CR), n=(g.cn_name(), PER),
        sid=(g.stuid_cn(), "student_id"))


@T("zh", "统一身份认证 找回密码")
def _(b, g):
    r, dt = g.r, g.dt()
    m = g._cn_mobile_digits()
    b.f("{ts} [统一身份认证] 账号 {u} 发起找回密码，短信验证码 {code} 已发送至 {mp}，来源IP {ip}",
        ts=g.ts(dt), u=(g.login(), PER), code=(g.sms_code(), "pickup_code"), mp=(m[:3] + "****" + m[7:], "masked"),
        ip=(g.ip_client(), IP))


@T("zh", "统一身份认证 异地登录告警 (IPv6)")
def _(b, g):
    r, dt = g.r, g.dt()
    prev = g.ip_client("public_cn").split(".")
    b.f("【安全告警】{ts} 账号 {u}（{n}）于 {ip} 异地登录（上次登录 {prev}），已强制下线并通知本人",
        ts=g.ts(dt), u=(g.login(), PER), n=(g.cn_name(), PER), ip=(g.ip_client("v6"), IP),
        prev=(f"{prev[0]}.{prev[1]}.*.*", "masked"))


# ======================= infrastructure lines (decoy-only / system accounts) ======
@T("en", "Argo CD / k8s deploy log (no PII)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f('time="{ts}" level=info msg="Updated sync status: OutOfSync -> Synced" application=sis-api '
        'image=harbor.uni.edu.cn/sis/api@{dig} revision={sha} version={ver}',
        ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", tz="Z"), dig=(g.digest(), "image_digest"),
        sha=(g.hexs(40), "commit_hash"), ver=(f"v{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}", "version"))


@T("zh", "教务系统 发布记录 (无个人信息)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [发布系统] jwxt-web 构建 #{n} 已发布至生产环境，版本 {ver}，提交 {sha}，发布时间戳 {ep}",
        ts=g.ts(dt), n=r.randint(100, 3000), ver=(f"{r.randint(2, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}", "version"),
        sha=(g.hexs(r.randint(7, 10)), "commit_hash"), ep=(str(_epoch(dt) * 1000 + r.randint(0, 999)), "epoch_timestamp"))


@T("zh", "xxl-job 成绩同步任务 (无个人信息)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("[INFO] {ts} [xxl-job, JobThread-{j}] 成绩同步任务完成 jobId={j} 学期=2026-2027-1 记录数={k} 耗时={ms}ms "
        "数据源={db}:{p} traceId={tid}",
        ts=g.ts(dt, frac=3), j=r.randint(1, 80), k=r.randint(100, 20000), ms=r.randint(100, 90000),
        db=(g.ip_server(), "server_ip"), p=(g.c(["3306", "1521", "5432"]), "port"), tid=(g.hexs(32), "trace_id"))


@T("en", "eduroam F-TICKS (no PII)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} radius{k} radiusd[{pid}]: F-TICKS/eduroam/1.0#REALM={realm}#VISCOUNTRY=CN#VISINST=1uni.edu.cn#"
        "CSI={csi}#RESULT={res}#",
        ts=g.syslog(dt), k=r.randint(1, 2), pid=r.randint(1000, 40000),
        realm=g.c(["ox.ac.uk", "ed.ac.uk", "tum.de", "unimelb.edu.au", "nus.edu.sg", "pku.edu.cn"]),
        csi=(g.hexs(40), "device_hash"), res=g.c(["OK", "OK", "FAIL"]))


@T("en", "BIND resolver query log")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} client @0x{obj} {ip}#{port} ({q}): query: {q} IN {t} +E(0)K ({srv})",
        ts=f"{dt:%d-%b-%Y %H:%M:%S}.{g.digits(3)}", obj=g.hexs(12), ip=(g.ip_client(g.c(["campus", "campus", "v6"])), IP),
        port=(str(r.randint(1024, 65535)), "port"),
        q=g.c(["portal.uni.edu.cn", "moodle.uni.edu.cn", "www.jstor.org", "exam.chaoxing.com", "vpn.uni.edu.cn"]),
        t=g.c(["A", "AAAA", "HTTPS"]), srv=(g.ip_server(g.c(["internal", "cernet"])), "server_ip"))


@T("zh", "锐捷 SAM 802.1X 认证 syslog")
def _(b, g):
    r, dt = g.r, g.dt()
    if r.random() < 0.7:
        b.f("{ts} SAM-Server %DOT1X-5-AUTH_SUCCESS: 用户 {u} 认证成功, IP {ip}, MAC {mac}, 接入设备 {nas} 端口 Gi0/{p}",
            ts=f"{g.syslog(dt)} {dt.year}", u=(g.login(), PER), ip=(g.ip_client("campus"), IP),
            mac=(g.mac("dot"), "mac_address"), nas=(g.ip_server(), "server_ip"), p=r.randint(1, 48))
    else:
        b.f("{ts} SAM-Server %DOT1X-3-RADIUS_TIMEOUT: 接入设备 {nas} 与认证服务器 {srv} 通信超时，已自动切换备机，"
            "告警已发送运维工程师 {eng}",
            ts=f"{g.syslog(dt)} {dt.year}", nas=(g.ip_server(), "server_ip"), srv=(g.ip_server(), "server_ip"),
            eng=(g.cn_name(), PER))


@T("en", "IIS W3C log (admissions portal)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} {sip} POST /admissions/apply.aspx - {port} {dom}{u} {ip} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 {ms}",
        ts=g.ts(dt), sip=(g.ip_server(), "server_ip"), port=("443", "port"), dom="UNI\\" if r.random() < 0.3 else "",
        u=(g.login(), PER), ip=(g.ip_client("public"), IP), ms=r.randint(10, 3000))


@T("en", "Apache access log, directory lookup")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f('{ip} - {u} [{clf}] "GET /directory/people/{em} HTTP/1.1" 200 {n} "-" "{ua}"',
        ip=(g.ip_client(), IP), u=(g.login(), PER), clf=g.clf(dt, "-0500"), em=(g.email(pool=INTL_EDU_DOMAINS), EM, "pct"),
        n=r.randint(300, 9000), ua=g.c(USER_AGENTS))


@T("en", "Windows Security 4624 (flattened by NXLog)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("<14>{ts} LIB-DC01 Microsoft-Windows-Security-Auditing[4624]: An account was successfully logged on.\t"
        "Subject:\tSecurity ID:\tS-1-5-18\tAccount Name:\t{comp}\tAccount Domain:\tUNI\tLogon Type:\t3\t"
        "New Logon:\tSecurity ID:\t{sid}\tAccount Name:\t{u}\tAccount Domain:\tUNI\t"
        "Network Information:\tWorkstation Name:\tLIB-PC-{k:03d}\tSource Network Address:\t{ip}\tSource Port:\t{port}",
        ts=g.syslog(dt), comp=("LIB-DC01$", "system_account"),
        sid=(f"S-1-5-21-{r.randint(10 ** 9, 4 * 10 ** 9)}-{r.randint(10 ** 9, 4 * 10 ** 9)}-{r.randint(10 ** 9, 4 * 10 ** 9)}-{r.randint(1000, 99999)}", "security_id"),
        u=(g.login(), PER), k=r.randint(1, 120), ip=(g.ip_client("campus"), IP), port=(str(r.randint(49152, 65535)), "port"))


@T("en", "OpenSSH sshd auth log (HPC login node)")
def _(b, g):
    r, dt = g.r, g.dt()
    pre = f"{g.syslog(dt)} hpc-login0{r.randint(1, 3)} sshd[{r.randint(1000, 99999)}]: "
    if r.random() < 0.6:
        b.f(pre + "Accepted publickey for {u} from {ip} port {p} ssh2: {kt} SHA256:{fp}",
            u=(g.login(), PER), ip=(g.ip_client(), IP), p=(str(r.randint(1024, 65535)), "port"),
            kt=g.c(["RSA", "ED25519", "ECDSA"]), fp=(g.b64(43), "key_fingerprint"))
    else:
        b.f(pre + "Failed password for invalid user {u} from {ip} port {p} ssh2",
            u=(g.c(SYSTEM_ACCOUNTS), "system_account"), ip=(g.ip_client("public"), IP), p=(str(r.randint(1024, 65535)), "port"))


@T("en", "sudo log (DB admin)")
def _(b, g):
    r, dt = g.r, g.dt()
    u = (g.login(), PER)
    b.f("{ts} sis-db01 sudo: {u} : TTY=pts/{t} ; PWD=/home/{u} ; USER={root} ; COMMAND=/usr/bin/systemctl restart {svc}",
        ts=g.syslog(dt), u=u, t=r.randint(0, 9), root=("root", "system_account"), svc=g.c(["mysqld", "nginx", "tomcat9", "redis"]))


# ======================= decoy-only content lines =================================
@T("zh", "图书馆 活动公告 (无个人信息)")
def _(b, g):
    r, dt = g.r, g.dt()
    (a1, w1), (a2, _w2) = r.sample(CN_WORKS, 2)
    b.f("{ts} [图书馆公告] 《{w1}》主题书展在{place}开幕，展出{a1}手稿影印本及{a2}相关研究文献",
        ts=g.ts(dt), w1=w1, place=(g.c(["图书馆北馆一层", "逸夫楼报告厅", "图书馆南馆大厅"]), "place"),
        a1=(a1, "public_figure"), a2=(a2, "public_figure"))


@T("en", "Primo discovery search log (no PII)")
def _(b, g):
    r, dt = g.r, g.dt()
    hero, author = g.c(EN_FICTIONAL)
    b.f('{ts} INFO primo-search q="{hero}" author="{author}" results={n} took={ms}ms facets=rtype:books,lang:eng',
        ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", tz="Z"), hero=(hero, "public_figure"), author=(author, "public_figure"),
        n=r.randint(1, 900), ms=r.randint(20, 900))


# ======================= services: repairs, parcels, travel, calls ===============
@T("zh", "后勤报修工单")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [后勤报修] 工单号 {wo} 报修人:{n} 电话:{ph} 转 {ext} 地点:{bld} {room} 维修师傅:{s}师傅 状态:已派单",
        ts=g.ts(dt), wo=(f"BX{dt:%Y%m%d}-{g.digits(4)}", "case_number"), n=(g.cn_name(), PER),
        ph=(g.landline(g.c(["dash", "paren", "space"])), PH), ext=g.digits(4), bld=(g.c(CN_DORMS), "place"),
        room=r.randint(101, 699), s=(g.cn_surname(), PER))


@T("zh", "菜鸟驿站 入库通知")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("[菜鸟驿站] {ts} 入库 运单号 {wb} 收件人 {n} 手机 {ph} 取件码 {code} 地点 {place}",
        ts=g.ts(dt), wb=(g.waybill(), "waybill"), n=(g.cn_name(), PER), ph=(g.mobile(), PH),
        code=(f"{r.randint(1, 9)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", "pickup_code"),
        place=(g.c(["学五食堂旁菜鸟驿站", "紫荆公寓快递中心", "东区快递服务站"]), "place"))


@T("zh", "寒假返校登记")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} 返校登记 学号 {sid} 姓名 {n} 车次 {tr} 到达 {st} 联系电话 {ph}",
        ts=g.ts(dt), sid=(g.stuid_cn(), "student_id"), n=(g.cn_name(), PER), tr=(g.train(), "train_number"),
        st=(g.c(CN_STATIONS), "place"), ph=(g.mobile(), PH))


@T("zh", "招生呼叫中心 通话记录")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} 呼叫中心 来电 {ph} 坐席 {agent}(工号{eid}) 通话时长 {mm:02d}:{ss:02d} 录音ID {rec}",
        ts=g.ts(dt), ph=(g.any_phone(), PH), agent=(g.cn_name(), PER), eid=(g.digits(4), "employee_id"),
        mm=r.randint(0, 30), ss=r.randint(0, 59), rec=(g.uuid4(), "uuid"))


@T("zh", "能源管理 宿舍电费预警")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("[能源管理] {ts} 宿舍 {bld}-{room} 电费余额不足 {amt} 元，已短信通知宿舍长 {n}（{ph}）",
        ts=g.ts(dt), bld=(g.c(CN_DORMS), "place"), room=r.randint(101, 699),
        amt=(f"{r.randint(0, 9)}.{r.randint(0, 99):02d}", "amount"), n=(g.cn_name(), PER), ph=(g.mobile(), PH))


@T("zh", "保卫处 违停抓拍")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("[保卫处] {ts} 违停抓拍 车牌 {pl} 位置 {place} 已短信通知车主 {ph}，请于30分钟内驶离",
        ts=g.ts(dt), pl=(g.plate_cn(), LP), place=(g.c(["图书馆南侧", "理科教学楼", "东区体育馆", "逸夫楼"]), "place"),
        ph=(g.mobile(), PH))


@T("en", "ANPR car-park camera (partner campus)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f('{ts} anpr-cam-{k:02d} plate={pl} conf={conf} permit={perm} holder="{title} {s}" lot="{lot}"',
        ts=g.ts(g.utc(dt), "%Y-%m-%dT%H:%M:%S", tz="Z"), k=r.randint(1, 12), pl=(g.plate_foreign(), LP),
        conf=f"{r.uniform(0.7, 0.99):.2f}", perm=g.c(["STAFF", "STUDENT", "VISITOR"]), title=g.c(["Dr.", "Prof.", "Mr.", "Ms."]),
        s=(g.en_parts(g.c(["en_GB", "en_US", "en_AU", "en_IN"]))[1], PER), lot=(g.c(EN_CARPARKS), "place"))


# ======================= exams, admissions, certificates ==========================
@T("zh", "研招系统 推免录取")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [研招系统] 考生编号 {ks} 姓名 {n} 身份证号 {id} 报考专业 {major} 拟录取导师 {t}",
        ts=g.ts(dt), ks=(f"1000{g.digits(11)}", "exam_candidate_no"), n=(g.cn_name(), PER), id=(g.cn_id(), CID),
        major=g.c(["计算机科学与技术", "应用经济学", "临床医学", "软件工程"]), t=(g.cn_name(), PER))


@T("zh", "考务系统 CET 考场编排")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("[考务系统] {ts} CET-{lv} 考生 {n} 准考证号 {zkz} 身份证 {id} 考场 {place} {room} 座位 {seat}",
        ts=g.ts(dt), lv=g.c("46"), n=(g.cn_name(), PER), zkz=(f"1100{g.digits(11)}", "exam_ticket_no"),
        id=(g.cn_id(), CID), place=(g.c(["理科教学楼", "逸夫楼", "第二教学楼"]), "place"), room=r.randint(101, 520),
        seat=r.randint(1, 30))


@T("zh", "图书馆 座位预约违约")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [座位预约] 读者 {n}({sid}) 预约 {place} {seat} 未签到，记违约 {k} 次",
        ts=g.ts(dt), n=(g.cn_name(), PER), sid=(g.stuid_cn(), "student_id"),
        place=(g.c(["图书馆三楼东区", "图书馆北馆三楼", "自习中心二层"]), "place"),
        seat=f"{g.c('ABCD')}-{r.randint(1, 200):03d}", k=r.randint(1, 3))


@T("zh", "录取通知邮件 (QQ 邮箱)")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [邮件通知] 录取通知已发送至 {em}（考生 {n}），发件人 {frm}，状态 250 OK",
        ts=g.ts(dt), em=(g.qq_email(), EM), n=(g.cn_name(), PER), frm=(g.role_mail("uni.edu.cn"), "role_mailbox"))


@T("zh", "学信网 学历认证查询")
def _(b, g):
    r, dt = g.r, g.dt()
    b.f("{ts} [学历认证] 用人单位查询 姓名 {n} 证书编号 {cert} 在线验证码 {vc} 结果 一致",
        ts=g.ts(dt), n=(g.cn_name(), PER), cert=(f"{g.digits(5)}1{dt.year}{g.digits(6)}", "certificate_no"),
        vc=(g.alnum(16, string.ascii_uppercase + string.digits), "verification_code"))


# --------------------------------------------------------------------------- generation
def _occurrence_problems(text, spans, decoys):
    probs = []
    for s, e, typ in spans:
        printed = text[s:e]
        forms = {printed, _decode(printed)}
        for form in forms:
            if not form:
                continue
            k = text.find(form)
            while k >= 0:
                ke = k + len(form)
                ok = any(a <= k and ke <= bb for a, bb, _ in spans)
                if not ok and typ == PER:
                    ok = any(a <= k and ke <= bb for a, bb, _ in decoys)
                if not ok:
                    probs.append(f"unlabelled repeat of {typ} {form!r} at {k}")
                k = text.find(form, k + 1)
    return probs


def blind_log25(n: int, seed: int = 0) -> list:
    rng = random.Random(seed)
    g = Gen(rng)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    records = []
    for i in range(n):
        tid = order[i % len(order)]
        clean = rng.random() < 0.1
        fn = TEMPLATES[tid][2]
        for _attempt in range(200):
            b = _Line()
            fn(b, g)
            text, spans, decoys = b.build(clean, rng)
            if len(spans) <= MAX_SPANS and len(decoys) <= MAX_DECOYS and not _occurrence_problems(text, spans, decoys):
                break
        else:
            raise AssertionError(f"template {tid} could not produce a consistent line")
        records.append({"text": text, "spans": spans, "decoys": decoys, "template": tid})
    return records


# --------------------------------------------------------------------------- validation
_PCT = re.compile(r"%[0-9A-Fa-f]{2}")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PASSPORT_RES = [re.compile(p) for p in (
    r"E\d{8}", r"E[A-HJ-NP-Z]\d{7}", r"\d{9}", r"[A-Z]\d{8}", r"[A-Z]\d{7}", r"[A-Z]{2}\d{7}",
    r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}", r"M\d{3}[A-Z]\d{4}", r"\d{2}[A-Z]{2}\d{5}", r"[A-Z]{3}\d{6}",
    r"[A-Z]{2}\d{6}")]
PLATE_RES = [re.compile(p) for p in (
    rf"[{CN_PROVINCE_CHARS}][A-HJ-NP-Z][· ]?[A-HJ-NP-Z0-9]{{5,6}}", r"[A-Z]{2}\d{2} ?[A-Z]{3}",
    r"\d[A-Z]{3}\d{3}", r"[A-Z]{3}-?\d{4}")]
_MASK_MARKS = ("*", "REDACTED", "FILTERED", "redacted", "masked")


def _decode(s):
    out = s
    if "\\" in out:
        try:
            out = json.loads('"' + out + '"')
        except ValueError:
            pass
    if _PCT.search(out):
        out = unquote(out)
    return out


def _check_value(typ, printed):
    v = _decode(printed)
    assert v and v == v.strip(), f"{typ}: blank or padded {printed!r}"
    if typ == PER:
        assert len(v) <= 40 and "@" not in v and not v.isdigit() and any(c.isalpha() for c in v), v
        if any(c.isdigit() for c in v):
            assert re.fullmatch(r"[a-z][a-z._]*\d+", v), f"PERSON with digits must be a login: {v!r}"
    elif typ == EM:
        assert EMAIL_RE.fullmatch(v), v
        assert v.split("@")[0].lower() not in ROLE_LOCALS, f"role mailbox labelled as EMAIL: {v!r}"
    elif typ == PH:
        assert _phone_ok(v), f"invalid phone {v!r}"
    elif typ == CC:
        d = re.sub(r"[ -]", "", v)
        assert d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d), f"bad card {v!r}"
        assert (d[0] == "4" or d[:2] in ("51", "52", "53", "54", "55", "34", "37", "62")
                or 2221 <= int(d[:4]) <= 2720), f"bad card prefix {v!r}"
    elif typ == IB:
        c = v.replace(" ", "")
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c) and IBAN_LEN.get(c[:2]) == len(c), f"bad iban {v!r}"
        assert int(_iban_numeric(c[4:] + c[:4])) % 97 == 1, f"iban checksum {v!r}"
    elif typ == SSN:
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
        assert m, v
        a, gg, s = m.group(1), m.group(3), m.group(4)
        assert a not in ("000", "666") and a[0] != "9" and gg != "00" and s != "0000", v
    elif typ == CID:
        assert re.fullmatch(r"\d{17}[\dXx]", v), v
        assert v[:6] in CN_AREAS, f"unknown area {v!r}"
        _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
        assert _cn_id_check(v[:17]) == v[17].upper(), f"GB 11643 check digit {v!r}"
    elif typ == PP:
        assert any(p.fullmatch(v) for p in PASSPORT_RES), f"passport {v!r}"
    elif typ == LP:
        assert any(p.fullmatch(v) for p in PLATE_RES), f"plate {v!r}"
    elif typ == IP:
        ipaddress.ip_address(v)
    elif typ == CR:
        assert len(v) >= 6 and not re.search(r"\s", v), f"credential {v!r}"
        assert v.strip("*") and v not in ("[FILTERED]", "[REDACTED]"), f"masked credential as span {v!r}"
    else:
        raise AssertionError(f"unknown type {typ}")


def _check_decoy(kind, printed):
    v = _decode(printed)
    assert v and v == v.strip(), f"{kind}: blank or padded {printed!r}"
    assert re.fullmatch(r"[a-z][a-z0-9_]*", kind), kind
    if kind == "masked":
        assert any(m in v for m in _MASK_MARKS), v
    elif kind == "server_ip":
        ipaddress.ip_address(v)
    elif kind == "role_mailbox":
        assert EMAIL_RE.fullmatch(v) and v.split("@")[0] in ROLE_LOCALS, v
    elif kind == "uuid":
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", v), v
    elif kind == "commit_hash":
        assert re.fullmatch(r"[0-9a-f]{7,40}", v), v
    elif kind == "image_digest":
        assert re.fullmatch(r"sha256:[0-9a-f]{64}", v), v
    elif kind == "epoch_timestamp":
        assert re.fullmatch(r"\d{10}(\d{3}|\.\d+)?", v), v
    elif kind == "port":
        assert v.isdigit() and 0 < int(v) < 65536, v
    elif kind == "mac_address":
        assert re.fullmatch(r"[0-9A-Fa-f]{2}([-:][0-9A-Fa-f]{2}){5}|[0-9a-f]{4}(\.[0-9a-f]{4}){2}", v), v
    elif kind == "trace_id":
        assert re.fullmatch(r"[0-9a-f]{16,32}", v), v
    elif kind == "system_account":
        assert v in SYSTEM_ACCOUNTS or v.endswith("$") or v in ("svc-banner", "BANJOBS", "svc-sevis", "sevis_rtbi",
                                                                "lms_app", "moodle", "svc-lms"), v


def validate(records):
    """Self-check of a record list; raises AssertionError on any problem, returns counters."""
    K = len(TEMPLATES)
    types, kinds, per_tpl = Counter(), Counter(), Counter()
    no_span = zh = 0
    for idx, rec in enumerate(records):
        where = f"record {idx}"
        assert isinstance(rec, dict) and set(rec) == {"text", "spans", "decoys", "template"}, where
        text = rec["text"]
        assert isinstance(text, str) and text, where
        assert "\n" not in text and "\r" not in text and len(text.splitlines()) == 1, f"{where}: newline in text"
        tid = rec["template"]
        assert isinstance(tid, int) and 0 <= tid < K, where
        per_tpl[tid] += 1
        zh += TEMPLATES[tid][0] == "zh"
        spans, decoys = rec["spans"], rec["decoys"]
        assert len(spans) <= MAX_SPANS, f"{where}: {len(spans)} spans"
        assert len(decoys) <= MAX_DECOYS, f"{where}: {len(decoys)} decoys"
        ivs = []
        for lab_list, is_span in ((spans, True), (decoys, False)):
            for item in lab_list:
                assert isinstance(item, list) and len(item) == 3, where
                s, e, lab = item
                assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), f"{where}: offsets {item}"
                if is_span:
                    assert lab in TYPES, f"{where}: type {lab}"
                    try:
                        _check_value(lab, text[s:e])
                    except (AssertionError, ValueError) as ex:
                        raise AssertionError(f"{where}: {ex} in {text!r}") from None
                    types[lab] += 1
                else:
                    assert lab not in TYPES, f"{where}: decoy kind {lab}"
                    try:
                        _check_decoy(lab, text[s:e])
                    except (AssertionError, ValueError) as ex:
                        raise AssertionError(f"{where}: decoy {ex} in {text!r}") from None
                    kinds[lab] += 1
                ivs.append((s, e))
        ivs.sort()
        for (s1, e1), (s2, e2) in zip(ivs, ivs[1:]):
            assert e1 <= s2, f"{where}: overlapping labels {(s1, e1)} {(s2, e2)} in {text!r}"
        probs = _occurrence_problems(text, spans, decoys)
        assert not probs, f"{where}: {probs} in {text!r}"
        no_span += not spans
    return {"records": len(records), "types": dict(types), "kinds": dict(kinds),
            "lines_without_spans": no_span, "zh_lines": zh, "templates_used": len(per_tpl), "templates": K}


if __name__ == "__main__":
    recs = blind_log25(5000, 0)
    st = validate(recs)
    print(f"records={st['records']} templates={st['templates']} zh_lines={st['zh_lines']} "
          f"lines_without_spans={st['lines_without_spans']}")
    print("per TYPE:")
    for k in TYPES:
        print(f"  {k:16s} {st['types'].get(k, 0)}")
    print("per decoy KIND:")
    for k, v in sorted(st["kinds"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:18s} {v}")
