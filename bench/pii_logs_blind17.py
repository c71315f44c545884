"""Blind labelled evaluation set 17 for the log PII redactor.

Provenance
----------
Written blind on 2026-12-06.  Nothing of the project was read while writing
it: no redactor code, rules, seeds, docs, training data, tests or other
evaluation sets.  The formats below come from general knowledge of how the
named systems print their logs (nginx, Kong, Envoy, HAProxy, Cloudflare,
Spring Boot / Logback, HikariCP, Druid, Kafka clients, Android logcat,
OpenSSH / sudo / bash-history syslog, Postfix, Django, pino, zap, Rails,
Laravel, Apache httpd, Alertmanager, China customs CEB messages, Alipay /
WeChat Pay notifies, Aliyun / Tencent Cloud SMS and voice, Twilio, FedEx
Ship API, CBP ACE, DingTalk / WeCom bots ...).  Theme: one express-delivery
and logistics company ("XunDa Express" / 迅达速运, domain xdexp.com, a
fictional company) and its mixed log stream.  Only the Python standard
library, Faker (40.x) and phonenumbers (9.x) are used.

API
---
``blind_log17(n: int, seed: int = 0) -> list[dict]``
    n records ``{"text", "spans", "decoys", "template"}``.  ``spans`` and
    ``decoys`` are lists of ``[start, end, TYPE-or-KIND]`` with Python
    code-point offsets; ``text[start:end]`` is the value exactly as printed
    (percent-encoded, \\u-escaped or JSON-escaped where the line prints it
    so).  One ``random.Random(seed)`` drives everything; the Faker instances
    are seeded from it, so output is stable for a given seed.  Templates are
    used round-robin over one shuffled order; template numbers are 0..K-1.
    About one record in ten is "clean": every planted value is replaced by a
    masked placeholder (recorded as decoy ``masked``) or by a dash.
``validate(records) -> dict``
    Self-check; raises AssertionError on any problem (offsets in range, one
    line without newline, spans not overlapping each other or decoys, 0-4
    spans and 0-3 decoys a line, every other occurrence of a planted value
    in the line also labelled, values are what their type says) and returns
    counters (per TYPE, per decoy KIND, per template, clean lines).
``python pii_logs_blind17.py``
    generates 5,000 lines (seed 0), validates them and prints the counts per
    TYPE and per decoy KIND.

Value generators per type
-------------------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR,
                es_ES names (first + last, no titles); compound Chinese
                surnames (欧阳, 司马, 诸葛, 上官, 慕容 ...), rare surnames (禤, 仉,
                亓, 逄, 訾 ...), minority names (维吾尔 / 藏 / 蒙古 / 彝 ...,
                with · or •); romanised Chinese names (Wei Zhang, ZHANG WEI);
                person-looking logins (jsmith, zhang.wei, wangfang88, mary_jones);
                bare surnames before titles (王先生, 李经理, 张师傅, Mr. Smith,
                Dr. Patel).  Printed raw, \\u-escaped (Python json.dumps) or
                percent / form encoded where the context does so.
EMAIL_ADDRESS   personal mailboxes on 163 / 126 / qq / foxmail / sina / 139 /
                gmail / outlook / yahoo / web.de / orange.fr / rediffmail ...,
                numeric QQ mailboxes, staff mailboxes on xdexp.com; some
                percent-encoded (%40).
PHONE_NUMBER    CN mobiles (real 13x-19x prefixes) in plain / 3-4-4 spaced /
                dashed / +86 / +86- / 0086 / (+86) / 86- printings; CN
                landlines (010-, 0755-, (020), +86 755 ...); numbers built
                from phonenumbers.example_number_for_type for ~25 regions with
                random tails, kept only if phonenumbers says valid, printed
                INTERNATIONAL / E164 / NATIONAL / RFC3966 (span without
                "tel:"); TW national 09xx-xxx-xxx.
CREDIT_CARD     Luhn-valid Visa / Mastercard (51-55 and 2221-2720) / Amex /
                UnionPay (real issuer BINs, 16 and 19 digits); plain, spaced
                (4-4-4-4, 4-6-5, 4-4-4-4-3) and dashed.
IBAN_CODE       mod-97 valid IBANs for DE GB FR ES NL IT BE AT CH IE PT PL SE
                AE, compact or in groups of four.
US_SSN          ddd-dd-dddd with a valid area (not 000 / 666 / 9xx), group and
                serial.
CN_RESIDENT_ID  18 characters: real district codes, birth date 1955-2006,
                sequence, GB 11643 check digit (X printed upper-case).
PASSPORT        CN (E12345678, EA1234567, G12345678), US, GB, IN, DE, FR, ES,
                AU and JP shapes.
LICENSE_PLATE   CN plates (粤B12345, 粤B·12345, 粤B 12345, new-energy 粤BD12345,
                trailers 粤B1234挂), UK (LB21 XKM) and US/CA (7ABC123) plates.
IP_ADDRESS      client / user / attacker addresses: CN carrier IPv4 ranges,
                other global IPv4, CN carrier and other IPv6, IPv4-mapped
                IPv6 (::ffff:a.b.c.d, labelled whole).
CREDENTIAL      passwords (human and random, JSON / Go / URL escaped where
                printed so), JWTs, opaque bearer tokens, JSESSIONID, AWS
                AKIA + secret keys, Aliyun LTAI + secrets, Stripe sk_live_ /
                whsec_, GitHub ghp_, Kafka SASL / JDBC / MongoDB URL passwords,
                HTTP Basic tokens, PKCS#8 private-key bodies.

Label conventions
-----------------
* Any address of a person's account is EMAIL_ADDRESS (numeric QQ too); role
  mailboxes (service@, noreply@, alerts@, finance@ ...) are decoy
  ``role_mailbox``.
* Server / upstream / proxy / DB / relay / broker addresses are decoy
  ``server_ip``; a client's or user's (workstation, phone, attacker) address
  is IP_ADDRESS.
* A surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) is
  PERSON on the surname only; "王建国主任医师" is PERSON on 王建国; full names
  of staff (couriers, drivers, agents, engineers, 运维, 值班人员) are PERSON.
* Famous historical people / fictional characters are decoy
  ``public_figure``; brands named after people are decoy ``company``;
  streets, districts, scenic spots, hospitals, schools, airports, stations
  and sorting-centre buildings are decoy ``place``.
* Passwords, API keys, access / secret keys, session ids and cookie values,
  bearer tokens and JWTs (token only), private-key bodies, connection-string
  and URL password parts are CREDENTIAL; one-time SMS codes and pickup codes
  are decoy ``pickup_code``.
* Person-looking logins (jsmith, zhang.wei) are PERSON; root, admin, svc-*,
  service / DB accounts are decoy ``system_account``.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1),
  case numbers, 工号, waybills, air waybills, train / flight numbers, UUIDs,
  commit hashes, image digests, trace ids, epoch timestamps, amounts, ports,
  versions ... are decoys with a descriptive kind; already-masked values
  printed by the system itself (138****8000, [FILTERED], <masked>) are decoy
  ``masked``.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张小泉) but every other
  occurrence of a planted value in the line is itself labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line;
  some templates carry no span at all (only decoys) to measure
  over-redaction.

Templates (number: language / system -- spans | decoys)
-------------------------------------------------------
89 templates: 40 Chinese (zh) lines, 49 English (en) lines; 9 carry no span.
 0: en / nginx combined access log, track query -- IP_ADDRESS, PHONE_NUMBER (percent-encoded) | waybill
 1: en / nginx custom log_format behind SLB (remote_user, XFF, upstream_addr) -- PERSON (login), IP_ADDRESS | server_ip x2
 2: en / Kong file-log plugin JSON -- CREDENTIAL (JWT), IP_ADDRESS | server_ip, system_account, epoch_ts
 3: en / Envoy default access log -- EMAIL_ADDRESS (%40 in path), IP_ADDRESS | uuid, server_ip
 4: en / Spring Boot dispatch service -- PERSON (courier), PHONE_NUMBER | waybill, employee_id
 5: en / Python Kafka consumer, json.dumps value (\\u-escaped) -- PERSON (\\u-escaped), PHONE_NUMBER | waybill, kafka_offset, epoch_ts
 6: en / Kafka client props dump (Java Map.toString, SASL JAAS) -- CREDENTIAL | server_ip x2, system_account
 7: en / COD POS callback, Lombok toString -- CREDIT_CARD, PERSON (card holder, romanised) | order_id, amount
 8: en / Alipay async notify params (Map.toString) -- none (decoys only) | role_mailbox, masked, order_id
 9: en / China customs CEB311 order XML push -- PERSON (buyerRegNo login), PERSON, PHONE_NUMBER, CN_RESIDENT_ID | uuid, order_id
10: zh / China customs CEB312 receipt, Chinese returnInfo -- PERSON | order_id, masked (ID already masked)
11: en / CBP ACE Type 86 entry filer -- PERSON, US_SSN | waybill, amount, hts_code
12: en / FedEx Ship API request body (handoff of cross-border parcels) -- PERSON (staff shipper), PERSON, PHONE_NUMBER, EMAIL_ADDRESS | company, carrier_account
13: en / customs personal-article declaration (cross-border traveller) -- PERSON, PASSPORT | flight_number, amount
14: zh / Aliyun SMS SendSms request/response (fastjson, nested TemplateParam) -- PHONE_NUMBER, PERSON (surname before 先生/女士) | pickup_code, request_id (uuid)
15: en / Twilio SMS status callback, Python dict repr -- PHONE_NUMBER | message_sid x2, account_sid
16: zh / Tencent Cloud VMS voice notice result -- PHONE_NUMBER | waybill, place, pickup_code
17: en / Android logcat, PDA ScanService -- PERSON (login) | waybill, employee_id
18: zh / Android logcat, 派件扫描 (Chinese message) -- PERSON, PHONE_NUMBER | waybill
19: zh / DWS sorting line (Chinese vendor) -- none (decoys only) | waybill, bag_id
20: zh / 分拣异常 ops line -- PERSON | place, waybill, employee_id
21: zh / courier-app dispatch push JSON (UTF-8 values) -- PERSON, PHONE_NUMBER, PERSON (surname+先生), PHONE_NUMBER (landline) | -
22: zh / 北斗 vehicle telematics -- LICENSE_PLATE, PERSON | route_code
23: en / ANPR gate camera at hub -- LICENSE_PLATE x2 (tractor + trailer) | -
24: zh / 干线发车 trip sheet -- LICENSE_PLATE x2, PERSON, PHONE_NUMBER | trip_id
25: zh / 客服工单 customer-service ticket -- PERSON (surname+女士/先生), PHONE_NUMBER, PERSON (agent) | case_number, waybill
26: zh / 网点日报 station manager daily -- PERSON | place
27: zh / DingTalk robot alert with @mobile -- PHONE_NUMBER (@-mention), PERSON | place
28: en / Prometheus Alertmanager logfmt -- none (decoys only) | server_ip, port
29: zh / Zabbix alert to ops group -- PERSON, PHONE_NUMBER | server_ip
30: en / Druid datasource init error with JDBC URL -- CREDENTIAL (URL password) | server_ip, system_account
31: en / HikariCP config dump line -- none (decoys only) | one of masked / system_account / server_ip
32: en / Python logging, MongoDB URI with percent-encoded password -- CREDENTIAL (percent-encoded) | system_account, server_ip
33: en / nginx log_format with $http_cookie -- IP_ADDRESS, CREDENTIAL (JSESSIONID), PERSON (remember_user) | -
34: en / CI deploy log -- PERSON (login) | version, commit_hash, image_digest
35: zh / Aliyun OSS upload failure with AccessKey pair -- CREDENTIAL x2 (AK id + secret) | request_id
36: en / sshd Accepted publickey -- PERSON (login), IP_ADDRESS | port, key_fingerprint
37: en / sshd failed password / invalid user (attacker) -- IP_ADDRESS | system_account, port
38: en / sudo syslog line -- PERSON (login) x2 | system_account
39: en / Django verbose logging, login failure -- EMAIL_ADDRESS, IP_ADDRESS | -
40: en / pino JSON (Node courier BFF) -- IP_ADDRESS (IPv4-mapped IPv6), PERSON (login) | epoch_ts
41: en / zap JSON (Go COD settlement) -- PERSON, CREDIT_CARD | epoch_ts, waybill, amount
42: en / Python logging, dict repr (customs sync) -- PERSON, PASSPORT, EMAIL_ADDRESS | -
43: en / Rails Parameters line with [FILTERED] -- PERSON, PHONE_NUMBER | masked
44: en / Laravel SQLSTATE error -- none (decoys only) | system_account, server_ip, waybill
45: en / HAProxy HTTP log -- IP_ADDRESS, PHONE_NUMBER | port
46: en / Cloudflare Logpush JSON -- IP_ADDRESS (IPv6), PHONE_NUMBER (percent-encoded) | waybill, epoch_ts, trace_id (RayID)
47: en / Postfix smtp delivery -- EMAIL_ADDRESS | queue_id, server_ip (relay)
48: en / risk engine hit (logfmt) -- PERSON (login), PHONE_NUMBER, IP_ADDRESS | card_bin
49: en / SEPA refund (cross-border returns) -- IBAN_CODE, PERSON | amount, payment_ref
50: en / UK contractor courier payout batch -- PERSON, IBAN_CODE | uuid
51: en / US driver onboarding background check -- PERSON, US_SSN | report_id
52: en / customs item description with a public figure -- PERSON | public_figure, hts_code
53: en / IVR / call-centre inbound call -- PHONE_NUMBER, PERSON (customer), PERSON (agent) | service_hotline
54: en / Spring CommonsRequestLoggingFilter, OAuth password grant -- IP_ADDRESS, PERSON (login), CREDENTIAL (form-encoded) | -
55: en / Java InvalidKeySpecException with PKCS#8 body on one line -- CREDENTIAL (private-key body) | -
56: en / bash HISTORY via rsyslog (PROMPT_COMMAND) -- PERSON (login), CREDENTIAL (mysql -p) | server_ip, system_account
57: en / India last-mile partner (en_IN) -- PERSON, PHONE_NUMBER | waybill, amount
58: en / AU partner webhook JSON -- PERSON, PHONE_NUMBER, EMAIL_ADDRESS, PERSON (signedBy surname after Mr./Ms.) | waybill
59: en / duty-payment card charge failure -- CREDIT_CARD, PERSON | masked (cvv)
60: en / service config dump (Stripe / AWS keys) -- CREDENTIAL x2 | port
61: en / CI shell trace: git clone with token in URL -- PERSON (login), CREDENTIAL (ghp_) | -
62: en / medical-logistics delivery to hospital (Dr. + surname) -- PERSON (surname after Dr.), EMAIL_ADDRESS | place, bag_id
63: zh / 快递员实名认证 -- PERSON, CN_RESIDENT_ID | employee_id
64: zh / 寄件实名登记 -- PERSON, CN_RESIDENT_ID, PHONE_NUMBER | place
65: zh / 隐私面单打印 -- none (decoys only) | waybill, masked (name), masked (phone)
66: zh / 隐私号 AXB 绑定 -- PHONE_NUMBER x2 | binding_id, waybill
67: zh / 航空干线 MAWB -- none (decoys only) | air_waybill, flight_number, place
68: zh / 高铁快运 loading -- PERSON (escort), PHONE_NUMBER | train_number, place
69: zh / 品牌商家批量下单 (brand named after a person) -- none (decoys only) | company, waybill, place
70: zh / 商品信息 with public figure -- PERSON (sender) | waybill, public_figure
71: zh / 在线客服会话 -- none (decoys only) | masked, employee_id, place
72: zh / 智能快递柜投递 -- PHONE_NUMBER | waybill, pickup_code
73: zh / 运维交接班 -- PERSON x2, CREDENTIAL | place, system_account
74: zh / 企业微信机器人 alert with mail -- PERSON, EMAIL_ADDRESS | role_mailbox
75: zh / 网点主管反馈 complaint -- PERSON (surname+经理), PERSON, PHONE_NUMBER | place
76: zh / 理赔打款 -- PERSON, CREDIT_CARD (UnionPay) | case_number, amount
77: zh / 台灣集運 (Traditional Chinese, TW national phone) -- PERSON (zh_TW), PHONE_NUMBER | waybill
78: zh / 投诉邮件 assigned to agent -- EMAIL_ADDRESS, PERSON (agent) | waybill, employee_id
79: zh / 会员中心绑定 QQ 邮箱 -- PERSON (login), EMAIL_ADDRESS (numeric QQ), IP_ADDRESS | -
80: zh / COD 回款 -- PERSON | amount, order_id (Luhn-valid 16 digits)
81: zh / 催件 with 师傅 -- PERSON (surname+师傅), PHONE_NUMBER | masked, waybill
82: zh / 医药冷链签收 (name + 主任医师) -- PERSON | waybill, place (hospital)
83: zh / 订单 with 11-digit id starting with 1 -- PHONE_NUMBER, PERSON | order_id (11 digits)
84: zh / 行邮个人物品申报 (CN passport) -- PERSON, PASSPORT | flight_number
85: zh / 权限变更审批 -- PERSON x2 | employee_id, system_account
86: zh / 快递员账号登录失败锁定 -- PERSON (login), IP_ADDRESS | -
87: zh / 呼叫中心外呼记录 -- PERSON (agent), PHONE_NUMBER, PERSON (surname+女士/先生) | employee_id, uuid
88: zh / 跨境退款到 IBAN -- PERSON, IBAN_CODE | order_id, amount
"""

import base64
import collections
import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid
from urllib.parse import quote, quote_plus, unquote

import phonenumbers as pn
from faker import Faker

TYPES = ('PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'IBAN_CODE',
         'US_SSN', 'CN_RESIDENT_ID', 'PASSPORT', 'LICENSE_PLATE', 'IP_ADDRESS',
         'CREDENTIAL')

DECOY_KINDS = frozenset("""
masked role_mailbox server_ip public_figure company place pickup_code system_account
order_id case_number employee_id waybill air_waybill train_number flight_number uuid
commit_hash image_digest trace_id epoch_ts amount port version kafka_offset bag_id
route_code trip_id request_id message_sid account_sid hts_code carrier_account card_bin
payment_ref queue_id binding_id service_hotline key_fingerprint report_id transaction_id
""".split())

_LOCALES = ('zh_CN', 'zh_TW', 'en_US', 'en_GB', 'en_AU', 'en_IN', 'de_DE', 'fr_FR', 'es_ES')

# ----------------------------------------------------------------------------
# static word lists
# ----------------------------------------------------------------------------
_COMPOUND = ['欧阳', '司马', '诸葛', '上官', '端木', '皇甫', '慕容', '东方', '令狐', '尉迟',
             '公孙', '长孙', '宇文', '司徒', '夏侯', '澹台', '呼延', '南宫', '独孤', '钟离']
_RARE = ['禤', '仉', '亓', '佘', '芈', '厍', '晁', '逄', '蒯', '宓', '覃', '訾', '隗', '缪',
         '麴', '甄', '冼', '谌', '濮', '郗', '帅', '庹', '揭', '笪', '昝', '鄢', '邬', '阚', '粟']
_GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力兰晶宇浩然'
              '思雨欣怡涵轩诺琪雪梅志国海燕俊晓东婷鑫博鹏飞嘉琳瑶昊天泽睿')
_MINORITY = ['阿依古丽·买买提', '买买提·吐尔逊', '热依汗古丽·艾山', '艾尔肯·阿不都热合曼',
             '迪丽娜尔·阿不都', '古丽米热·艾力', '木合塔尔·吐尔洪', '阿力木江·热合曼',
             '扎西顿珠', '次仁卓玛', '格桑央金', '旦增尼玛', '洛桑多吉', '巴特尔',
             '乌云其木格', '那仁格日勒', '莫日根', '阿古达木', '吉克阿依', '阿西木呷',
             '沙马拉毅', '岩温', '玉香', '帕提古丽']
_PUBLIC_ZH = [('鲁迅', '《', '全集》精装 18 册'), ('李白', '《', '诗选》'), ('苏轼', '《', '词集》'),
              ('诸葛亮', '', 'Q版手办'), ('孙悟空', '', '手办 1/6'), ('林黛玉', '', '葬花图 挂画'),
              ('岳飞', '《', '传》连环画'), ('孔子', '', '铜像摆件'), ('曹操', '《', '传》'),
              ('哪吒', '', '盲盒 整盒'), ('花木兰', '', '主题拼图')]
_PUBLIC_EN = [('Harry Potter', '', " and the Philosopher's Stone (hardcover)"),
              ('Sherlock Holmes', '', ': The Complete Novels box set'),
              ('Albert Einstein', '', ' bobblehead figure'),
              ('William Shakespeare', 'The Complete Works of ', ''),
              ('Mickey Mouse', '', ' plush toy 30cm'),
              ('Napoleon Bonaparte', '', ' biography, paperback'),
              ('Winnie the Pooh', '', ' ceramic mug'),
              ('Frida Kahlo', '', ' art print A3'),
              ('Leonardo da Vinci', '', ' notebooks facsimile')]
_PUBLIC_ALL = {p[0] for p in _PUBLIC_ZH} | {p[0] for p in _PUBLIC_EN} | {'诸葛亮', '曹操'}
_COMPANY_ZH = ['李宁', '王老吉', '张小泉', '马应龙', '李锦记', '王守义', '杨国福', '陈李济', '王致和', '谭木匠']
_COMPANY_EN = ['Tommy Hilfiger', 'Calvin Klein', 'Ralph Lauren', 'Michael Kors', 'Dr. Martens',
               'Hugo Boss', 'Louis Vuitton', 'Estee Lauder', 'Marks & Spencer', 'Levi Strauss']
_PLACES_ZH = ['中关村大街', '南京东路', '中山路', '科技园', '西湖', '颐和园', '浦东新区', '天河区',
              '前海', '张江高科', '陆家嘴', '五道口', '华强北', '西溪湿地', '鼓浪屿', '春熙路',
              '解放碑', '望京SOHO', '世纪公园', '深圳湾科技生态园', '虹桥枢纽', '五角场']
_FACILITY_ZH = ['华南转运中心', '华东分拨中心', '武汉中转场', '成都双流分拨中心', '北京顺义转运中心',
                '杭州萧山分拨中心', '广州白云转运中心']
_HOSP_ZH = ['北京协和医院', '四川大学华西医院', '瑞金医院', '中山大学附属第一医院', '湘雅医院',
            '浙江大学医学院附属第一医院', '华山医院']
_STATION_ZH = ['深圳北站', '广州南站', '上海虹桥站', '北京西站', '杭州东站', '武汉站', '成都东站', '南京南站']
_AIRPORT_ZH = ['白云机场', '宝安机场', '浦东机场', '首都机场', '双流机场', '萧山机场']
_HOSP_EN = ['Mount Sinai Hospital', "St Thomas' Hospital", 'Royal Melbourne Hospital',
            "Guy's Hospital", 'Massachusetts General Hospital', 'Apollo Hospital Chennai']
_SYSTEM_ACCOUNTS = {'root', 'admin', 'administrator', 'ubuntu', 'ec2-user', 'postgres', 'mysql',
                    'oracle', 'nginx', 'www-data', 'deploy', 'jenkins', 'test', 'guest', 'ftpuser'}
_SVC_ACCOUNTS = ['svc-sorting', 'svc-dispatch', 'svc-kafka-track', 'svc-customs-bridge',
                 'svc-partner-pdd', 'svc-partner-tmall', 'svc-open-api', 'svc-cod-settle']
_DB_ACCOUNTS = ['cod_rw', 'track_app', 'order_rw', 'waybill_ro', 'dispatch_rw', 'customs_sync']
_ROLE_LOCALS = ['service', 'noreply', 'no-reply', 'alerts', 'ops-alerts', 'support', 'kefu',
                'finance', 'customs', 'postmaster', 'notice']
_CN_AREAS = ['110101', '110102', '110105', '110106', '110108', '120101', '120104', '130102',
             '130104', '140105', '150102', '210102', '210202', '220102', '230102', '310101',
             '310104', '310105', '310107', '310110', '310112', '310115', '320102', '320106',
             '320205', '320583', '330102', '330106', '330108', '330203', '340104', '350102',
             '350203', '360102', '370102', '370202', '410105', '420102', '420106', '430104',
             '440103', '440104', '440106', '440304', '440305', '440306', '441900', '442000',
             '450103', '460105', '500103', '500106', '510104', '510107', '520102', '530102',
             '540102', '610103', '610113', '620102', '630102', '640104', '650102']
_CN_AREA_SET = frozenset(_CN_AREAS)
_CN_MOB = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147',
           '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '172', '173',
           '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187',
           '188', '189', '191', '193', '195', '196', '197', '198', '199']
_CN_LAND = ['10', '20', '21', '22', '23', '24', '25', '27', '28', '29', '311', '351', '371',
            '411', '431', '451', '471', '512', '531', '532', '551', '571', '574', '591', '592',
            '731', '755', '757', '760', '769', '871', '898']
_CN_IP = ['223.104.', '117.136.', '112.97.', '183.14.', '113.87.', '14.153.', '36.110.',
          '120.229.', '39.144.', '106.39.', '124.64.', '58.246.', '180.164.', '101.87.',
          '111.55.', '42.120.']
_CUP_BINS = ['622202', '622848', '621700', '622588', '621483', '622609', '623668', '621226',
             '622260', '621661', '625965']
_PROV = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
_PL = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_UAS = [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) '
    'Mobile/15E148 MicroMessenger/8.0.50(0x1800322f) NetType/WIFI Language/zh_CN',
    'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) '
    'Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MicroMessenger/8.0.49.2600(0x28003137) '
    'WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64',
    'okhttp/4.12.0',
    'XunDaCourier/5.12.0 (Android 13; HONOR ANY-AN00)',
    'XunDaCourier/5.11.3 (iOS 17.4.1; iPhone14,5)',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    'Dalvik/2.1.0 (Linux; U; Android 12; M2012K11AC Build/SKQ1.211006.001)',
]
_WORDS = ['Xunda', 'Sorting', 'Kafka', 'Summer', 'Dragon', 'Panda', 'Express', 'Winter', 'Tiger',
          'Hub', 'Ops', 'Qwer', 'Zxcv', 'Sunny', 'Lucky', 'Harbor']
_PW_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^*_-.+=?'
_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


# ----------------------------------------------------------------------------
# encoders (how lines print values)
# ----------------------------------------------------------------------------
def _jesc(v):
    """JSON string body, UTF-8 kept (Jackson / fastjson / ensure_ascii=False)."""
    return json.dumps(v, ensure_ascii=False)[1:-1]


def _juesc(v):
    """JSON string body, non-ASCII \\u-escaped (Python json.dumps default)."""
    return json.dumps(v)[1:-1]


def _goesc(v):
    """JSON string body as Go encoding/json prints it (HTML-safe escapes)."""
    return _jesc(v).replace('<', '\\u003c').replace('>', '\\u003e').replace('&', '\\u0026')


def _pct(v):
    return quote(v, safe='*')


def _form(v):
    return quote_plus(v, safe='*')


# ----------------------------------------------------------------------------
# check digits
# ----------------------------------------------------------------------------
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


def _luhn_digit(body):
    for c in '0123456789':
        if _luhn_ok(body + c):
            return c
    raise AssertionError('luhn')


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cnid_check(body17):
    return '10X98765432'[sum(int(a) * w for a, w in zip(body17, _ID_W)) % 11]


def _iban_mod(iban):
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97


def _s10_check(d8):
    s = sum(int(a) * w for a, w in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    return '0' if c == 10 else '5' if c == 11 else str(c)


# ----------------------------------------------------------------------------
# value generator
# ----------------------------------------------------------------------------
class _Gen:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in _LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.randrange(2 ** 32))
            self.fk[loc] = f
        self.dt = None

    # -- basics -------------------------------------------------------------
    def d(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def nz(self, n):
        return self.r.choice('123456789') + self.d(n - 1)

    def hx(self, n, upper=False):
        s = ''.join(self.r.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def an(self, n, alphabet=_ALNUM):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    # -- time ---------------------------------------------------------------
    def when(self):
        base = datetime.datetime(2026, 11, 15, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
        self.dt = base + datetime.timedelta(seconds=self.r.randrange(22 * 86400),
                                            microseconds=self.r.randrange(10 ** 6))
        return self.dt

    def ms(self):
        return '%03d' % (self.dt.microsecond // 1000)

    def ts(self, sep=' ', frac='.'):
        return self.dt.strftime('%Y-%m-%d' + sep + '%H:%M:%S') + frac + self.ms()

    def ts_s(self):
        return self.dt.strftime('%Y-%m-%d %H:%M:%S')

    def ts_iso(self):
        return self.dt.isoformat(timespec='milliseconds')

    def ts_z(self):
        u = self.dt.astimezone(datetime.timezone.utc)
        return u.strftime('%Y-%m-%dT%H:%M:%S.') + self.ms() + 'Z'

    def ts_nginx(self):
        t = self.dt
        return '%02d/%s/%d:%s +0800' % (t.day, _MON[t.month - 1], t.year, t.strftime('%H:%M:%S'))

    def ts_syslog(self):
        t = self.dt
        return '%s %2d %s' % (_MON[t.month - 1], t.day, t.strftime('%H:%M:%S'))

    def ts_logcat(self):
        return self.dt.strftime('%m-%d %H:%M:%S.') + self.ms()

    def ts_apache(self):
        t = self.dt
        return '%s %s %02d %s.%06d %d' % (_WD[t.weekday()], _MON[t.month - 1], t.day,
                                          t.strftime('%H:%M:%S'), t.microsecond, t.year)

    def ymd(self):
        return self.dt.strftime('%Y%m%d')

    def epoch(self):
        return str(int(self.dt.timestamp()))

    def epoch_ms(self):
        return str(int(self.dt.timestamp()) * 1000 + self.dt.microsecond // 1000)

    # -- people -------------------------------------------------------------
    def given(self):
        return ''.join(self.pick(_GIVEN) for _ in range(self.r.choice([1, 2, 2])))

    def cn_name(self):
        while True:
            x = self.r.random()
            if x < 0.66:
                f = self.fk['zh_CN']
                n = f.last_name() + f.first_name()
            elif x < 0.77:
                n = self.pick(_COMPOUND) + self.given()
            elif x < 0.88:
                n = self.pick(_RARE) + self.given()
            else:
                n = self.pick(_MINORITY)
                if '·' in n and self.r.random() < 0.3:
                    n = n.replace('·', '•')
            if n not in _PUBLIC_ALL:
                return n

    def cn_surname(self):
        x = self.r.random()
        if x < 0.8:
            return self.fk['zh_CN'].last_name()
        if x < 0.9:
            return self.pick(_COMPOUND)
        return self.pick(_RARE)

    def tw_name(self):
        return self.fk['zh_TW'].name()

    def west_name(self, loc=None):
        loc = loc or self.pick(['en_US', 'en_GB', 'en_AU', 'en_IN', 'de_DE', 'fr_FR', 'es_ES'])
        f = self.fk[loc]
        return '%s %s' % (f.first_name(), f.last_name())

    def en_name(self, loc=None):
        return self.west_name(loc or self.pick(['en_US', 'en_GB', 'en_AU', 'en_IN']))

    def surname(self, loc=None):
        loc = loc or self.pick(['en_US', 'en_GB', 'en_AU', 'en_IN', 'de_DE', 'fr_FR', 'es_ES'])
        return self.fk[loc].last_name()

    def roman(self, upper=False):
        f = self.fk['zh_CN']
        giv, sur = f.first_romanized_name(), f.last_romanized_name()
        return ('%s %s' % (sur, giv)).upper() if upper else '%s %s' % (giv, sur)

    def any_name(self):
        x = self.r.random()
        if x < 0.45:
            return self.cn_name()
        if x < 0.55:
            return self.tw_name()
        if x < 0.62:
            return self.roman()
        return self.west_name()

    @staticmethod
    def _ascii(s):
        s = unicodedata.normalize('NFKD', s)
        return ''.join(c for c in s if c.isascii() and c.isalpha()).lower()

    def login(self):
        while True:
            k = self.r.randrange(8)
            if k < 4:
                f = self.fk['zh_CN']
                giv, sur = f.first_romanized_name().lower(), f.last_romanized_name().lower()
                v = [f'{sur}.{giv}', f'{sur}{giv}{self.r.randint(1, 99)}', f'{giv[0]}{sur}',
                     f'{sur}_{giv}'][k]
            else:
                f = self.fk[self.pick(['en_US', 'en_GB', 'en_AU', 'en_IN', 'de_DE', 'fr_FR'])]
                fi, la = self._ascii(f.first_name()), self._ascii(f.last_name())
                if not fi or not la:
                    continue
                v = [f'{fi[0]}{la}', f'{fi}.{la}', f'{fi}_{la}', f'{la}{fi[0]}{self.r.randint(1, 9)}'][k - 4]
            if 4 <= len(v) <= 24 and v not in _SYSTEM_ACCOUNTS:
                return v

    # -- email --------------------------------------------------------------
    def qq(self):
        return self.nz(self.r.choice([6, 8, 9, 9, 10, 10, 11]))

    def email(self, who='any', name=None):
        if who == 'any':
            who = self.pick(['cn', 'cn', 'qq', 'west'])
        if who == 'qq':
            return self.qq() + '@qq.com'
        if who == 'staff':
            return self.login() + '@xdexp.com'
        if who == 'cn':
            return self.login() + '@' + self.pick(['163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com',
                                                    '139.com', 'yeah.net', 'outlook.com', 'gmail.com', 'sohu.com'])
        name = name or self.west_name()
        parts = [self._ascii(p) for p in name.split()]
        parts = [p for p in parts if p] or ['user']
        fi, la = parts[0], parts[-1]
        loc = self.pick([f'{fi}.{la}', f'{fi[0]}{la}', f'{fi}{la}{self.r.randint(1, 99)}', f'{fi}_{la}'])
        return loc + '@' + self.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com',
                                      'yahoo.co.uk', 'btinternet.com', 'bigpond.com', 'rediffmail.com',
                                      'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'hotmail.es'])

    def role_mail(self):
        return self.pick(_ROLE_LOCALS) + '@' + self.pick(['xdexp.com', 'xdexp.com', 'notice.xdexp.com', 'xdexp.hk'])

    # -- phones -------------------------------------------------------------
    def cn_mobile_raw(self):
        while True:
            v = self.pick(_CN_MOB) + self.d(8)
            if _ok_phone(v):
                return v

    def cn_mobile(self, style=None):
        d = self.cn_mobile_raw()
        style = style or self.pick(['plain'] * 6 + ['sp', 'dash', 'intl', 'e164', 'intl_dash',
                                                    'dial00', 'paren', 'cc'])
        a, b, c = d[:3], d[3:7], d[7:]
        return {'plain': d, 'sp': f'{a} {b} {c}', 'dash': f'{a}-{b}-{c}', 'intl': f'+86 {a} {b} {c}',
                'e164': '+86' + d, 'intl_dash': f'+86-{d}', 'dial00': f'0086 {d}', 'paren': f'(+86){d}',
                'cc': f'86-{d}'}[style]

    def cn_land(self, style=None):
        style = style or self.pick(['dash', 'dash', 'dash_sp', 'paren', 'intl', 'plain', 'intl_dash'])
        while True:
            ac = self.pick(_CN_LAND)
            sub = self.r.choice('2345678') + self.d(7 if len(ac) == 2 or self.r.random() < 0.8 else 6)
            h = len(sub) - 4
            v = {'dash': f'0{ac}-{sub}', 'dash_sp': f'0{ac}-{sub[:h]} {sub[h:]}', 'paren': f'(0{ac}){sub}',
                 'intl': f'+86 {ac} {sub[:h]} {sub[h:]}', 'plain': f'0{ac}{sub}',
                 'intl_dash': f'+86-{ac}-{sub}'}[style]
            if _ok_phone(v):
                return v

    def intl_phone(self, region=None, fmt=None, kind='mobile'):
        region = region or self.pick(['US', 'GB', 'DE', 'FR', 'JP', 'KR', 'SG', 'HK', 'TW', 'MO', 'AU',
                                      'IN', 'MY', 'TH', 'VN', 'ID', 'PH', 'AE', 'RU', 'BR', 'MX', 'CA',
                                      'IT', 'ES', 'NL'])
        fmt = fmt or self.pick(['intl', 'intl', 'e164'])
        t = pn.PhoneNumberType.MOBILE if kind == 'mobile' else pn.PhoneNumberType.FIXED_LINE
        ex = pn.example_number_for_type(region, t)
        nsn = pn.national_significant_number(ex)
        num = ex
        for attempt in range(80):
            k = len(nsn) - 1 if attempt < 40 else self.r.randint(3, max(3, len(nsn) - 1))
            cand = pn.parse('+%d%s' % (ex.country_code, nsn[:-k] + self.d(k)), None)
            if pn.is_valid_number(cand):
                num = cand
                break
        f = {'intl': pn.PhoneNumberFormat.INTERNATIONAL, 'e164': pn.PhoneNumberFormat.E164,
             'national': pn.PhoneNumberFormat.NATIONAL, 'rfc': pn.PhoneNumberFormat.RFC3966}[fmt]
        v = pn.format_number(num, f)
        if v.startswith('tel:'):
            v = v[4:]
        if not _ok_phone(v):
            v = pn.format_number(num, pn.PhoneNumberFormat.E164)
        return v

    def phone(self):
        x = self.r.random()
        if x < 0.7:
            return self.cn_mobile()
        if x < 0.85:
            return self.cn_land()
        return self.intl_phone()

    # -- cards / banks / ids -------------------------------------------------
    def card(self, brand=None, style=None):
        brand = brand or self.pick(['visa', 'mc', 'amex', 'cup', 'cup'])
        if brand == 'visa':
            pre, n = '4' + self.d(5), 16
        elif brand == 'mc':
            pre = (str(self.r.randint(51, 55)) + self.d(4)) if self.r.random() < 0.7 \
                else (str(self.r.randint(2221, 2720)) + self.d(2))
            n = 16
        elif brand == 'amex':
            pre, n = self.pick(['34', '37']) + self.d(4), 15
        else:
            pre, n = self.pick(_CUP_BINS), self.pick([16, 16, 19])
        body = pre + self.d(n - 1 - len(pre))
        num = body + _luhn_digit(body)
        style = style or self.pick(['plain', 'plain', 'space', 'dash'])
        if style == 'plain':
            return num
        groups = {15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]
        out, i = [], 0
        for gl in groups:
            out.append(num[i:i + gl])
            i += gl
        return (' ' if style == 'space' else '-').join(out)

    _IBAN = {'DE': 'n18', 'GB': 'a4n14', 'FR': 'n23', 'ES': 'n20', 'NL': 'a4n10', 'IT': 'a1n22',
             'BE': 'n12', 'AT': 'n16', 'CH': 'n17', 'IE': 'a4n14', 'PT': 'n21', 'PL': 'n24',
             'SE': 'n20', 'AE': 'n19'}
    _BANKS = {'GB': ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'], 'NL': ['ABNA', 'INGB', 'RABO'],
              'IE': ['AIBK', 'BOFI']}

    def iban(self, cc=None, spaced=None):
        cc = cc or self.pick(list(self._IBAN))
        spec = self._IBAN[cc]
        if spec.startswith('a4'):
            bban = self.pick(self._BANKS[cc]) + self.d(int(spec[3:]))
        elif spec.startswith('a1'):
            bban = self.pick(_PL) + self.d(int(spec[3:]))
        else:
            bban = self.d(int(spec[1:]))
        cd = 98 - int(''.join(str(int(c, 36)) for c in bban + cc + '00')) % 97
        v = '%s%02d%s' % (cc, cd, bban)
        if spaced is None:
            spaced = self.r.random() < 0.5
        if spaced:
            v = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
        return v

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return '%03d-%02d-%04d' % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def cn_id(self):
        area = self.pick(_CN_AREAS)
        birth = datetime.date(1955, 1, 1) + datetime.timedelta(days=self.r.randrange(52 * 365))
        body = area + birth.strftime('%Y%m%d') + self.d(3)
        return body + _cnid_check(body)

    def cn_id_masked(self):
        v = self.cn_id()
        return self.pick([v[:6] + '*' * 8 + v[-4:], v[:3] + '*' * 11 + v[-4:], v[:1] + '*' * 16 + v[-1:]])

    def passport(self, cc='CN'):
        L = _PL
        if cc == 'CN':
            return self.pick(['E' + self.d(8), 'E' + self.pick(L) + self.d(7), 'G' + self.d(8)])
        if cc == 'US':
            return self.pick([self.nz(9), 'A' + self.d(8)])
        if cc == 'GB':
            return self.nz(9)
        if cc == 'IN':
            return self.pick(L) + self.nz(7)
        if cc == 'DE':
            chars = list(self.an(2, 'CFGHJKLMNPRTVWXYZ') + self.d(6))
            self.r.shuffle(chars)
            return 'C' + ''.join(chars)
        if cc == 'FR':
            return self.d(2) + self.an(2, L) + self.d(5)
        if cc == 'ES':
            return self.an(3, L) + self.d(6)
        if cc == 'AU':
            return self.pick(['PA', 'PB', 'N', 'E']) + self.d(7)
        if cc == 'JP':
            return 'T' + self.pick('KRZ') + self.d(7)
        raise ValueError(cc)

    def cn_plate(self, kind=None, sep=None):
        kind = kind or self.pick(['std', 'std', 'std', 'nev'])
        sep = self.pick(['', '', '·', ' ']) if sep is None else sep
        head = self.pick(_PROV) + self.pick(_PL)
        if kind == 'nev':
            tail = self.pick('DF') + self.d(5)
        elif kind == 'trailer':
            tail = self.d(4) + '挂'
        else:
            chars = [self.r.choice('0123456789') for _ in range(5)]
            for i in self.r.sample(range(5), self.r.choice([0, 0, 1, 1, 2])):
                chars[i] = self.pick(_PL)
            tail = ''.join(chars)
        return head + sep + tail

    def uk_plate(self):
        return self.an(2, 'ABCDEFGHKLMNOPRSVWY') + '%02d' % self.pick([21, 22, 23, 24, 25, 71, 72, 73, 74, 75]) \
            + ' ' + self.an(3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')

    def us_plate(self):
        return str(self.r.randint(4, 9)) + self.an(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + self.d(3)

    # -- IPs ----------------------------------------------------------------
    def client_ip(self):
        if self.r.random() < 0.72:
            return self.pick(_CN_IP) + '%d.%d' % (self.r.randint(0, 255), self.r.randint(1, 254))
        while True:
            v = '%d.%d.%d.%d' % (self.r.randint(1, 223), self.r.randint(0, 255), self.r.randint(0, 255),
                                 self.r.randint(1, 254))
            if ipaddress.ip_address(v).is_global:
                return v

    def client_ip6(self):
        p = self.pick([0x240e, 0x2408, 0x2409, 0x2a02, 0x2600, 0x2403, 0x2001])
        groups = [p, self.r.randrange(0x100, 0xfff)] + [self.r.randrange(0x10000) for _ in range(6)]
        if self.r.random() < 0.3:
            groups[3:6] = [0, 0, 0]
        return str(ipaddress.IPv6Address(b''.join(x.to_bytes(2, 'big') for x in groups)))

    def lan_ip(self):
        return self.pick(['192.168.%d.%d' % (self.r.randint(0, 31), self.r.randint(2, 254)),
                          '10.%d.%d.%d' % (self.r.randint(100, 200), self.r.randint(0, 255), self.r.randint(2, 254))])

    def server_ip(self):
        x = self.r.random()
        if x < 0.6:
            return '10.%d.%d.%d' % (self.r.randint(0, 40), self.r.randint(0, 255), self.r.randint(2, 254))
        if x < 0.85:
            return '172.%d.%d.%d' % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(2, 254))
        return '192.168.%d.%d' % (self.r.randint(0, 255), self.r.randint(2, 254))

    # -- credentials --------------------------------------------------------
    def password(self, special=False):
        k = self.r.randrange(4)
        if k == 0:
            v = self.pick(_WORDS) + self.pick('@#!$_.') + str(self.r.randint(2019, 2027)) + self.pick(['', '!', '#', '$'])
        elif k == 1:
            while True:
                v = self.an(self.r.randint(10, 16), _PW_CHARS)
                if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
                    break
        elif k == 2:
            v = self.pick(['P@ssw0rd', 'Passw0rd', 'Adm1n@', 'Welc0me', 'Qwe123!', 'Zaq1@wsx']) + self.d(self.r.randint(2, 4)) \
                + self.pick(['', '!', '#'])
            while len(v) < 8:
                v += self.pick('0123456789')
        else:
            v = self.pick(['xd', 'sz', 'sh', 'bj', 'hz']) + self.d(4) + self.pick(['ops', 'db', 'kf', 'wms']) + self.pick('!@#$')
        if special and self.r.random() < 0.5:
            i = self.r.randrange(1, len(v))
            v = v[:i] + self.pick(['"', '\\', '&', '<', '>', '/']) + v[i:]
        return v

    def b64u(self, raw):
        return base64.urlsafe_b64encode(raw).decode().rstrip('=')

    def jwt(self):
        alg = self.pick(['HS256', 'HS256', 'RS256'])
        hdr = {'alg': alg, 'typ': 'JWT'}
        if alg == 'RS256':
            hdr = {'alg': alg, 'kid': self.hx(16), 'typ': 'JWT'}
        ep = int(self.dt.timestamp()) - self.r.randint(0, 3000)
        pl = {'sub': self.nz(8), 'iss': 'https://auth.xdexp.com', 'aud': self.pick(['courier-app', 'open-api', 'ops-console']),
              'iat': ep, 'exp': ep + 7200, 'scope': self.pick(['waybill:write', 'track:read', 'cod:settle'])}
        sig = self.rbytes(32 if alg == 'HS256' else 256)
        return '.'.join([self.b64u(json.dumps(hdr, separators=(',', ':')).encode()),
                         self.b64u(json.dumps(pl, separators=(',', ':')).encode()), self.b64u(sig)])

    def opaque(self):
        return self.pick([self.an(40), 'xd_at_' + self.an(32), self.hx(64), self.an(24) + '.' + self.an(16)])

    def jsessionid(self):
        v = self.hx(32, upper=True)
        return v + self.pick(['', '', '.node1', '.jvm-dispatch-02'])

    def aws_ak(self):
        return self.pick(['AKIA', 'ASIA']) + self.an(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')

    def aws_sk(self):
        return self.an(40, _ALNUM + '+/')

    def ali_ak(self):
        return 'LTAI5t' + self.an(18)

    def ali_sk(self):
        return self.an(30)

    def pkey_body(self):
        pre = self.pick(['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 'MIIEowIBAAKCAQEA',
                         'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ'])
        return pre + base64.b64encode(self.rbytes(self.r.randint(90, 240))).decode().rstrip('=')

    def basic(self, user=None):
        user = user or self.pick(_SVC_ACCOUNTS)
        return base64.b64encode(('%s:%s' % (user, self.password())).encode()).decode()

    # -- decoys ---------------------------------------------------------------
    def waybill(self, kind=None):
        k = kind or self.pick(['xd', 'xd', 'xd', 'sf', 'yt', 'jt', 'zto', 's10'])
        if k == 'xd':
            return 'XD' + self.nz(12)
        if k == 'sf':
            return 'SF1' + self.d(12)
        if k == 'yt':
            return 'YT7' + self.d(12)
        if k == 'jt':
            return 'JT3' + self.d(12)
        if k == 'zto':
            return '7' + self.pick('358') + self.d(10)
        d8 = self.d(8)
        return self.pick(['LX', 'EA', 'RR', 'CP', 'LP']) + d8 + _s10_check(d8) + 'CN'

    def mawb(self):
        ser = self.d(7)
        return '%s-%s%d' % (self.pick(['784', '999', '781', '112', '880', '731', '479', '297', '160']), ser, int(ser) % 7)

    def order_id(self, kind=None):
        k = kind or self.pick(['date', 'luhn16', 'cn11', 'snow', 'date'])
        if k == 'date':
            return self.pick(['', 'E', 'XO', 'P']) + self.ymd() + self.d(self.r.choice([8, 10]))
        if k == 'luhn16':
            body = self.pick('3456') + self.d(14)
            return body + _luhn_digit(body)
        if k == 'cn11':
            return '1' + self.d(10)
        return str(self.r.randint(10 ** 17, 7 * 10 ** 18))

    def emp(self):
        return self.pick([self.nz(5), 'XD' + self.d(6), 'E' + self.d(5), self.nz(8)])

    def case_no(self, pre='CS'):
        return pre + self.ymd() + self.d(self.r.choice([4, 6]))

    def pickup(self):
        return self.pick([self.d(4), '%d-%d-%s' % (self.r.randint(1, 9), self.r.randint(1, 6), self.d(4)),
                          '%s%d-%s' % (self.pick('ABCDEF'), self.r.randint(1, 30), self.d(4)), self.d(6)])

    def train(self):
        return self.pick(['G' + str(self.r.randint(1, 9999)), 'D' + str(self.r.randint(1, 9999)),
                          'K' + str(self.r.randint(100, 9999)), 'Z' + str(self.r.randint(1, 399)),
                          'T' + str(self.r.randint(1, 399)), 'X' + str(self.r.randint(1, 399))])

    def flight(self):
        return self.pick(['CZ', 'CA', 'MU', 'HU', '3U', 'O3', 'CK', 'YG', 'ZH', 'MF', '5X', 'FX', 'CX', 'KE',
                          'BA', 'LH']) + str(self.r.randint(100, 9999))

    def uuid(self, upper=False):
        v = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return v.upper() if upper else v

    def amount(self, lo=3, hi=3000):
        return '%d.%02d' % (self.r.randint(lo, hi), self.r.randint(0, 99))

    def version(self):
        return 'v%d.%d.%d' % (self.r.randint(1, 5), self.r.randint(0, 30), self.r.randint(0, 20))

    def port(self):
        return str(self.r.randint(1025, 65000))

    def ua(self):
        return self.pick(_UAS)

    def zh_addr(self):
        return self.fk['zh_CN'].address().replace('\n', ' ')


# ----------------------------------------------------------------------------
# record builder
# ----------------------------------------------------------------------------
def S(raw, typ, enc=None):
    return ('S', raw, typ, enc)


def D(val, kind):
    return ('D', val, kind)


def _mask(raw, typ, r):
    if typ == 'PERSON':
        if any('\u4e00' <= c <= '\u9fff' for c in raw):
            return raw[0] + '*' * min(2, len(raw) - 1) if len(raw) > 1 else '*'
        if ' ' in raw:
            return ' '.join(w[0] + '***' for w in raw.split())
        return raw[:2] + '***'
    if typ == 'EMAIL_ADDRESS':
        loc, dom = raw.split('@', 1)
        return loc[:max(1, min(3, len(loc) // 3))] + '***@' + dom
    if typ == 'IP_ADDRESS':
        if '.' in raw:
            head, _, v4 = raw.rpartition(':') if ':' in raw else ('', '', raw)
            o = v4.split('.')
            return (head + ':' if head else '') + '%s.%s.*.*' % (o[0], o[1])
        return ':'.join(raw.split(':')[:2]) + ':****:****'
    if typ == 'CREDENTIAL':
        k = r.randrange(6)
        if k == 5 and len(raw) >= 16 and raw[:4].isalnum():
            return raw[:4] + '*' * 12
        return ['******', '********', '[REDACTED]', '<masked>', '****', '******'][k]
    if typ == 'LICENSE_PLATE':
        ch = list(raw)
        alnum = [i for i, c in enumerate(ch) if i >= 2 and (c.isascii() and c.isalnum())]
        for i in alnum[:-1]:
            ch[i] = '*'
        return ''.join(ch)
    head, tail = {'PHONE_NUMBER': (3, 4), 'CREDIT_CARD': (6, 4), 'CN_RESIDENT_ID': (6, 4),
                  'US_SSN': (0, 4), 'IBAN_CODE': (4, 4), 'PASSPORT': (1, 2)}[typ]
    idx = [i for i, c in enumerate(raw) if c.isalnum()]
    if len(idx) <= head + tail + 1:
        head, tail = 1, 1
    ch = list(raw)
    for i in idx[head:len(idx) - tail]:
        ch[i] = '*'
    return ''.join(ch)


class _B:
    def __init__(self, rng, clean):
        self.r = rng
        self.clean = clean
        self.parts = []

    def x(self, *parts):
        for p in parts:
            if isinstance(p, str):
                if p:
                    self.parts.append(('T', p))
            else:
                self.parts.append(p)

    def render(self):
        repl = {}
        if self.clean:
            nd = sum(1 for p in self.parts if p[0] == 'D')
            budget = 3 - nd
            counts = collections.Counter((p[1], p[2], p[3]) for p in self.parts if p[0] == 'S')
            for key, c in counts.items():
                raw, typ, enc = key
                if c <= budget and self.r.random() < 0.85:
                    budget -= c
                    m = _mask(raw, typ, self.r)
                    repl[key] = ('D', enc(m) if enc else m, 'masked')
                else:
                    repl[key] = ('T', '-')
        text, spans, decoys = [], [], []
        pos = 0
        for p in self.parts:
            if p[0] == 'S' and self.clean:
                p = repl[(p[1], p[2], p[3])]
            if p[0] == 'T':
                s = p[1]
            elif p[0] == 'S':
                s = p[3](p[1]) if p[3] else p[1]
                spans.append([pos, pos + len(s), p[2]])
            else:
                s = p[1]
                decoys.append([pos, pos + len(s), p[2]])
            text.append(s)
            pos += len(s)
        return ''.join(text), spans, decoys


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------
_T = []


def _tpl(lang, system, spans, decoys):
    def deco(fn):
        _T.append((fn, lang, system, spans, decoys))
        return fn
    return deco


def _spring(g, level, thread, logger):
    """Spring Boot 2.x / 3.x default console line prefix."""
    pid = g.r.randint(1, 40000)
    if g.r.random() < 0.5:
        return '%s %5s %d --- [%15s] %-40s : ' % (g.ts(), level, pid, thread[-15:], logger[-40:])
    return '%s %5s %d --- [%s] [%15s] %-40s : ' % (g.ts_iso(), level, pid, g.pick(['dispatch-svc', 'cod-svc', 'track-svc']),
                                                   thread[-15:], logger[-40:])


@_tpl('en', 'nginx combined access log, track query', 'IP_ADDRESS, PHONE_NUMBER (percent-encoded)', 'waybill')
def _t_nginx_track(b, g):
    ph = g.cn_mobile(g.pick(['plain', 'plain', 'e164', 'intl', 'sp']))
    b.x(S(g.client_ip(), 'IP_ADDRESS'), ' - - [%s] "GET /api/v2/track/query?waybillNo=' % g.ts_nginx(),
        D(g.waybill(), 'waybill'), '&mobile=', S(ph, 'PHONE_NUMBER', _pct),
        '&lang=zh_CN HTTP/1.1" 200 %d "https://m.xdexp.com/track" "%s"' % (g.r.randint(200, 4000), g.ua()))


@_tpl('en', 'nginx custom log_format behind SLB (remote_user, XFF, upstream_addr)', 'PERSON (login), IP_ADDRESS',
      'server_ip x2')
def _t_nginx_ext(b, g):
    b.x(D(g.server_ip(), 'server_ip'), ' - ', S(g.login(), 'PERSON'),
        ' [%s] "POST /ops/cod/reconcile/export HTTP/1.1" 200 %d "https://ops.xdexp.com/cod" "%s" "' % (
            g.ts_nginx(), g.r.randint(100, 90000), g.pick(_UAS[5:7])),
        S(g.client_ip(), 'IP_ADDRESS'), '" %.3f %.3f ' % (g.r.random(), g.r.random()),
        D(g.server_ip(), 'server_ip'), ':%d' % g.pick([8080, 8081, 9000]))


@_tpl('en', 'Kong file-log plugin JSON', 'CREDENTIAL (JWT), IP_ADDRESS', 'server_ip, system_account, epoch_ts')
def _t_kong(b, g):
    st = g.epoch_ms()
    b.x('{"latencies":{"request":%d,"kong":%d,"proxy":%d},"service":{"host":"waybill-svc.logistics.svc",'
        '"name":"waybill-svc","port":8080,"protocol":"http"},"request":{"querystring":{},"size":%d,'
        '"uri":"/open/v1/waybill/create","url":"https://api.xdexp.com:8443/open/v1/waybill/create",'
        '"headers":{"host":"api.xdexp.com","content-type":"application/json","authorization":"Bearer '
        % (g.r.randint(20, 900), g.r.randint(0, 9), g.r.randint(15, 880), g.r.randint(300, 4000)),
        S(g.jwt(), 'CREDENTIAL'),
        '","user-agent":"Apache-HttpClient/4.5.14 (Java/17.0.9)"},"method":"POST"},"client_ip":"',
        S(g.client_ip(), 'IP_ADDRESS'), '","tries":[{"balancer_latency":0,"port":8080,"ip":"',
        D(g.server_ip(), 'server_ip'), '"}],"upstream_uri":"/waybill/create","response":{"status":%d,"size":%d},'
        '"consumer":{"username":"' % (g.pick([200, 200, 201, 400, 401]), g.r.randint(200, 900)),
        D(g.pick(_SVC_ACCOUNTS), 'system_account'), '"},"started_at":', D(st, 'epoch_ts'), '}')


@_tpl('en', 'Envoy default access log', 'EMAIL_ADDRESS (%40 in path), IP_ADDRESS', 'uuid, server_ip')
def _t_envoy(b, g):
    em = g.email('any')
    b.x('[%s] "GET /v1/customers/' % g.ts_z(), S(em, 'EMAIL_ADDRESS', _pct),
        '/addresses %s" %d - 0 %d %d %d "' % (g.pick(['HTTP/1.1', 'HTTP/2']), g.pick([200, 200, 404]),
                                           g.r.randint(80, 3000), g.r.randint(5, 300), g.r.randint(4, 290)),
        S(g.client_ip(), 'IP_ADDRESS'), '" "%s" "' % g.ua(), D(g.uuid(), 'uuid'),
        '" "customer.xdexp.internal" "', D(g.server_ip(), 'server_ip'), ':8443"')


@_tpl('en', 'Spring Boot dispatch service', 'PERSON (courier), PHONE_NUMBER', 'waybill, employee_id')
def _t_spring_dispatch(b, g):
    nm = g.pick([g.cn_name(), g.cn_name(), g.roman()])
    b.x(_spring(g, 'INFO', 'nio-8080-exec-%d' % g.r.randint(1, 200), 'c.x.d.service.impl.DispatchServiceImpl'),
        'assign waybill=', D(g.waybill('xd'), 'waybill'), ' to courier ', S(nm, 'PERSON'), '(empNo=',
        D(g.emp(), 'employee_id'), ', mobile=', S(g.cn_mobile(g.pick(['plain', 'plain', 'e164'])), 'PHONE_NUMBER'),
        ') grid=%s-%02d eta=%dmin' % (g.pick(['NS', 'FT', 'LH', 'BA']), g.r.randint(1, 40), g.r.randint(5, 90)))


@_tpl('en', 'Python Kafka consumer, json.dumps value (\\u-escaped)', 'PERSON (\\u-escaped), PHONE_NUMBER',
      'waybill, kafka_offset, epoch_ts')
def _t_pykafka(b, g):
    nm = g.pick([g.cn_name(), g.tw_name()])
    b.x(g.ts(frac=','), ' INFO [sign-consumer] consumed topic=waybill.sign partition=%d offset=' % g.r.randint(0, 11),
        D(str(g.r.randint(10 ** 5, 10 ** 9)), 'kafka_offset'), " key=b'", D(g.waybill(), 'waybill'),
        "' value={\"event\": \"SIGNED\", \"signer\": \"", S(nm, 'PERSON', _juesc), '", "signerMobile": "',
        S(g.cn_mobile('plain'), 'PHONE_NUMBER'), '", "relation": "\\u672c\\u4eba", "signTime": ',
        D(g.epoch(), 'epoch_ts'), '}')


@_tpl('en', 'Kafka client props dump (Java Map.toString, SASL JAAS)', 'CREDENTIAL',
      'server_ip x2, system_account')
def _t_kafka_props(b, g):
    b.x(_spring(g, 'DEBUG', 'main', 'c.x.sorting.config.KafkaConsumerConfig'),
        'consumer props: {bootstrap.servers=', D(g.server_ip(), 'server_ip'), ':9093,',
        D(g.server_ip(), 'server_ip'), ':9093, security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-512, '
        'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="',
        D(g.pick(_SVC_ACCOUNTS), 'system_account'), '" password="', S(g.password(), 'CREDENTIAL'),
        '";, group.id=sorting-events, auto.offset.reset=latest, enable.auto.commit=false}')


@_tpl('en', 'COD POS callback, Lombok toString', 'CREDIT_CARD, PERSON (card holder, romanised)',
      'order_id, amount')
def _t_pos(b, g):
    b.x(g.ts(), ' [http-nio-8081-exec-%d] INFO  c.x.pay.cod.PosCallbackController - POS callback: '
        'PosTradeDTO(terminalId=T%s, merchantOrderNo=' % (g.r.randint(1, 60), g.d(5)),
        D(g.order_id(g.pick(['luhn16', 'date'])), 'order_id'), ', cardNo=', S(g.card(style='plain'), 'CREDIT_CARD'),
        ', cardHolder=', S(g.roman(upper=True), 'PERSON'), ', amount=', D(g.amount(5, 900), 'amount'),
        ', currency=CNY, authCode=%s, respCode=00)' % g.d(6))


@_tpl('en', 'Alipay async notify params (Map.toString)', 'none (decoys only)', 'role_mailbox, masked, order_id')
def _t_alipay(b, g):
    masked = g.pick([g.cn_mobile_raw()[:3] + '****' + g.d(4), g.login()[:3] + '***@' + g.pick(['163.com', 'qq.com', '126.com'])])
    b.x(g.ts(), ' INFO [pay-notify-%d] c.x.pay.alipay.NotifyHandler - alipay notify verified, params={gmt_create=%s, '
        'charset=utf-8, seller_email=' % (g.r.randint(1, 8), g.ts_s()),
        D(g.pick(['finance', 'service', 'kefu']) + '@xdexp.com', 'role_mailbox'),
        ', subject=运费到付-%s, buyer_logon_id=' % g.waybill('xd'), D(masked, 'masked'),
        ', notify_type=trade_status_sync, out_trade_no=', D(g.order_id('date'), 'order_id'),
        ', trade_status=TRADE_SUCCESS, total_amount=%s, version=1.0}' % g.amount(5, 300))


@_tpl('en', 'China customs CEB311 order XML push', 'PERSON (buyerRegNo login), PERSON, PHONE_NUMBER, CN_RESIDENT_ID',
      'uuid, order_id')
def _t_ceb311(b, g):
    b.x(g.ts(), ' INFO [customs-push] CEB311 send: <ceb:OrderHead><ceb:guid>', D(g.uuid(upper=True), 'uuid'),
        '</ceb:guid><ceb:appType>1</ceb:appType><ceb:appTime>%s</ceb:appTime><ceb:appStatus>2</ceb:appStatus>'
        '<ceb:orderType>I</ceb:orderType><ceb:orderNo>' % g.dt.strftime('%Y%m%d%H%M%S'),
        D(g.order_id('date'), 'order_id'), '</ceb:orderNo><ceb:ebpCode>4403961XD0</ceb:ebpCode>'
        '<ceb:goodsValue>%s</ceb:goodsValue><ceb:currency>142</ceb:currency><ceb:buyerRegNo>' % g.amount(20, 2000),
        S(g.login(), 'PERSON'), '</ceb:buyerRegNo><ceb:buyerName>', S(g.cn_name(), 'PERSON'),
        '</ceb:buyerName><ceb:buyerIdType>1</ceb:buyerIdType><ceb:buyerIdNumber>', S(g.cn_id(), 'CN_RESIDENT_ID'),
        '</ceb:buyerIdNumber><ceb:buyerTelephone>', S(g.cn_mobile('plain'), 'PHONE_NUMBER'),
        '</ceb:buyerTelephone></ceb:OrderHead>')


@_tpl('zh', 'China customs CEB312 receipt, Chinese returnInfo', 'PERSON', 'order_id, masked (ID already masked)')
def _t_ceb312(b, g):
    b.x(g.ts(), ' WARN [customs-receipt] CEB312 回执 copNo=', D(g.order_id('date'), 'order_id'),
        ' returnStatus=-301010 returnTime=%s returnInfo=[Code:1315;Desc:订购人姓名(' % (g.dt.strftime('%Y%m%d%H%M%S') + g.ms()),
        S(g.cn_name(), 'PERSON'), ')与身份证号(', D(g.cn_id_masked(), 'masked'), ')不一致,请核实后重新申报]')


@_tpl('en', 'CBP ACE Type 86 entry filer', 'PERSON, US_SSN', 'waybill, amount, hts_code')
def _t_ace(b, g):
    b.x(g.ts_z(), ' INFO ace-filer: T86 entry transmitted entryNo=EB%s hawb=' % g.d(8), D(g.waybill('s10'), 'waybill'),
        ' consignee="', S(g.en_name('en_US'), 'PERSON'), '" iorType=SSN iorNumber=', S(g.ssn(), 'US_SSN'),
        ' declaredValue=USD ', D(g.amount(5, 790), 'amount'), ' htsNumber=',
        D(g.pick(['6109.10.0012', '6404.19.3960', '8517.62.0090', '3304.99.5000', '9503.00.0073']), 'hts_code'),
        ' cbpStatus=%s' % g.pick(['ACCEPTED', 'ACCEPTED', 'HOLD', 'REJECTED']))


@_tpl('en', 'FedEx Ship API request body (handoff of cross-border parcels)',
      'PERSON (staff shipper), PERSON, PHONE_NUMBER, EMAIL_ADDRESS', 'company, carrier_account')
def _t_fedex(b, g):
    f = g.fk['en_US']
    rn = g.en_name('en_US')
    b.x(g.ts(), ' DEBUG [intl-handoff] --> POST https://apis.fedex.com/ship/v1/shipments '
        '{"labelResponseOptions":"URL_ONLY","requestedShipment":{"shipper":{"contact":{"personName":"',
        S(g.pick([g.roman(), g.tw_name()]), 'PERSON', _jesc), '","companyName":"XunDa Express (HK) Ltd"}},'
        '"recipients":[{"contact":{"personName":"', S(rn, 'PERSON', _jesc), '","phoneNumber":"',
        S(g.intl_phone('US', g.pick(['national', 'e164', 'intl'])), 'PHONE_NUMBER'), '","emailAddress":"',
        S(g.email('west', rn), 'EMAIL_ADDRESS'), '"},"address":{"streetLines":["%s"],"city":"%s",'
        '"stateOrProvinceCode":"%s","postalCode":"%s","countryCode":"US"}}],"serviceType":"INTERNATIONAL_PRIORITY",'
        '"packagingType":"YOUR_PACKAGING","customsClearanceDetail":{"commodities":[{"description":"' % (
            _jesc(f.street_address()), f.city(), f.state_abbr(), f.zipcode()),
        D(g.pick(_COMPANY_EN), 'company'), ' %s","quantity":%d,"countryOfManufacture":"CN"}]}},'
        '"accountNumber":{"value":"' % (g.pick(['cotton T-shirt', 'leather belt', 'handbag', 'sneakers', 'perfume 50ml']),
                                        g.r.randint(1, 5)),
        D(g.nz(9), 'carrier_account'), '"}}')


_PP = [('GBR', 'en_GB', 'GB'), ('USA', 'en_US', 'US'), ('IND', 'en_IN', 'IN'), ('DEU', 'de_DE', 'DE'),
       ('FRA', 'fr_FR', 'FR'), ('ESP', 'es_ES', 'ES'), ('AUS', 'en_AU', 'AU'), ('CHN', None, 'CN'), ('JPN', None, 'JP')]


def _pp_person(g):
    iso3, loc, cc = g.pick(_PP)
    if cc == 'CN':
        nm = g.roman(upper=g.r.random() < 0.5)
    elif cc == 'JP':
        nm = g.pick(['Yuki Tanaka', 'Haruto Sato', 'Aoi Suzuki', 'Ren Takahashi', 'Sakura Ito', 'Kenji Watanabe'])
    else:
        nm = g.west_name(loc)
    return iso3, nm, g.passport(cc)


@_tpl('en', 'customs personal-article declaration (cross-border traveller)', 'PERSON, PASSPORT',
      'flight_number, amount')
def _t_personal_decl(b, g):
    iso3, nm, pp = _pp_person(g)
    b.x('[customs-personal] %s declaration accepted: traveller="' % g.ts_s(), S(nm, 'PERSON'), '" passportNo=',
        S(pp, 'PASSPORT'), ' nationality=%s arrivalFlight=' % iso3, D(g.flight(), 'flight_number'),
        ' items=%d declaredValue=HKD ' % g.r.randint(1, 6), D('{:,}.00'.format(g.r.randint(100, 9000)), 'amount'))


@_tpl('zh', 'Aliyun SMS SendSms request/response (fastjson, nested TemplateParam)', 'PHONE_NUMBER, PERSON (surname before 先生/女士)',
      'pickup_code, request_id (uuid)')
def _t_aliyun_sms(b, g):
    b.x(g.ts(), ' INFO [sms-notify-%d] c.x.notify.sms.AliyunSmsSender - 短信发送 request={"PhoneNumbers":"' % g.r.randint(1, 9),
        S(g.cn_mobile('plain'), 'PHONE_NUMBER'), '","SignName":"迅达速运","TemplateCode":"SMS_4651%s",'
        '"TemplateParam":"{\\"name\\":\\"' % g.d(5), S(g.cn_surname(), 'PERSON'),
        g.pick(['先生', '女士']), '\\",\\"code\\":\\"', D(g.pickup(), 'pickup_code'),
        '\\"}"} response={"Message":"OK","RequestId":"', D(g.uuid(upper=True), 'request_id'),
        '","Code":"OK","BizId":"%s^0"}' % g.d(15))


@_tpl('en', 'Twilio SMS status callback, Python dict repr', 'PHONE_NUMBER', 'message_sid x2, account_sid')
def _t_twilio(b, g):
    sid = 'SM' + g.hx(32)
    b.x('INFO:notify.twilio:status callback {\'SmsSid\': \'', D(sid, 'message_sid'), "', 'SmsStatus': '%s', "
        "'MessageStatus': '%s', 'To': '" % ((g.pick(['delivered', 'undelivered', 'sent']),) * 2),
        S(g.intl_phone(g.pick(['GB', 'US', 'AU', 'SG', 'MY', 'DE', 'FR', 'CA', 'NL']), 'e164'), 'PHONE_NUMBER'),
        "', 'MessageSid': '", D(sid, 'message_sid'), "', 'AccountSid': '", D('AC' + g.hx(32), 'account_sid'),
        "', 'From': 'XunDa', 'ApiVersion': '2010-04-01'}")


@_tpl('zh', 'Tencent Cloud VMS voice notice result', 'PHONE_NUMBER', 'waybill, place, pickup_code')
def _t_vms(b, g):
    b.x('[语音通知] %s 腾讯云VMS 外呼 ' % g.ts_s(), S(g.cn_mobile(g.pick(['plain', 'e164', 'intl'])), 'PHONE_NUMBER'),
        ' 结果=%s 通话时长=%ds callid=%s 播报: 您的快递' % (g.pick(['已接听', '已接听', '未接听', '用户忙']), g.r.randint(0, 40), g.uuid()),
        D(g.waybill(), 'waybill'), '已放入', D(g.pick(_PLACES_ZH), 'place'), '快递柜, 取件码',
        D(g.pickup(), 'pickup_code'), ', 请及时取件')


@_tpl('en', 'Android logcat, PDA ScanService', 'PERSON (login)', 'waybill, employee_id')
def _t_logcat_scan(b, g):
    pid = g.r.randint(1000, 30000)
    b.x('%s %5d %5d I ScanService: onScan barcode=' % (g.ts_logcat(), pid, pid + g.r.randint(1, 80)),
        D(g.waybill(), 'waybill'), ' symbology=CODE128 op=%s site=%s operator=' % (
            g.pick(['ARRIVAL', 'DEPARTURE', 'BAGGING', 'DELIVERY']), g.d(6)),
        S(g.login(), 'PERSON'), ' empNo=', D(g.emp(), 'employee_id'), ' battery=%d%%' % g.r.randint(5, 100))


@_tpl('zh', 'Android logcat, 派件扫描 (Chinese message)', 'PERSON, PHONE_NUMBER', 'waybill')
def _t_logcat_zh(b, g):
    pid = g.r.randint(1000, 30000)
    b.x('%s %5d %5d D DeliveryScan: 派件扫描成功 单号=' % (g.ts_logcat(), pid, pid + g.r.randint(1, 80)),
        D(g.waybill(), 'waybill'), ' 派件员=', S(g.cn_name(), 'PERSON'), ' 手机=',
        S(g.cn_mobile(g.pick(['plain', 'plain', 'sp', 'dash'])), 'PHONE_NUMBER'),
        ' 下一站=%s 离线队列=%d' % (g.pick(['南山科技园站', '宝安西乡站', '龙华民治站', '福田车公庙站']), g.r.randint(0, 12)))


@_tpl('zh', 'DWS sorting line (Chinese vendor)', 'none (decoys only)', 'waybill, bag_id')
def _t_dws(b, g):
    b.x('%s [DWS-%02d] 条码=' % (g.ts(), g.r.randint(1, 12)), D(g.waybill(), 'waybill'),
        ' 重量=%.3fkg 长=%.1f 宽=%.1f 高=%.1f 格口=%s-%d 集包号=' % (
            g.r.uniform(0.05, 30), g.r.uniform(5, 80), g.r.uniform(5, 60), g.r.uniform(1, 50), g.pick('ABCD'),
            g.r.randint(1, 120)), D('BG' + g.d(11), 'bag_id'), ' 结果=%s' % g.pick(['成功', '成功', '超重', '无读']))


@_tpl('zh', '分拣异常 ops line', 'PERSON', 'place, waybill, employee_id')
def _t_sort_exc(b, g):
    b.x('【分拣异常】', D(g.pick(_FACILITY_ZH), 'place'), ' %d号线 格口%s-%d 单号' % (g.r.randint(1, 9), g.pick('ABC'), g.r.randint(1, 99)),
        D(g.waybill(), 'waybill'), ' 面单污损无法识别, 操作员', S(g.cn_name(), 'PERSON'), '(工号',
        D(g.emp(), 'employee_id'), ')已转人工补码')


@_tpl('zh', 'courier-app dispatch push JSON (UTF-8 values)', 'PERSON, PHONE_NUMBER, PERSON (surname+先生), PHONE_NUMBER (landline)',
      '-')
def _t_dispatch_json(b, g):
    b.x('[dispatch-push] {"taskId":"PK%s%s","type":"PICKUP","courier":{"id":"%s","name":"' % (g.ymd(), g.d(6), g.emp()),
        S(g.cn_name(), 'PERSON', _jesc), '","mobile":"', S(g.cn_mobile('plain'), 'PHONE_NUMBER'),
        '"},"sender":{"contact":"', S(g.cn_surname(), 'PERSON'), g.pick(['先生', '女士', '小姐']), '","tel":"',
        S(g.cn_land(g.pick(['dash', 'dash_sp', 'paren'])), 'PHONE_NUMBER'),
        '","address":"%s"},"expectAt":"%s 15:00-17:00"}' % (_jesc(g.zh_addr()), g.dt.strftime('%Y-%m-%d')))


@_tpl('zh', '北斗 vehicle telematics', 'LICENSE_PLATE, PERSON', 'route_code')
def _t_beidou(b, g):
    b.x('[北斗定位] %s 车辆' % g.ts_s(), S(g.cn_plate(), 'LICENSE_PLATE'), ' 司机', S(g.cn_name(), 'PERSON'),
        ' 位置(%.6f,%.6f) 速度%dkm/h 方向%s 状态=干线运输 线路' % (g.r.uniform(22, 40), g.r.uniform(104, 121), g.r.randint(0, 99),
                                                     g.pick(['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'])),
        D('L-%s-%s-%03d' % (g.pick(['SZ', 'GZ', 'SH', 'BJ', 'WH', 'CD']), g.pick(['SH', 'HZ', 'NJ', 'XA', 'CQ']), g.r.randint(1, 200)),
          'route_code'))


@_tpl('en', 'ANPR gate camera at hub', 'LICENSE_PLATE x2 (tractor + trailer)', '-')
def _t_anpr(b, g):
    b.x('%s anpr-gw gate=%s lane=%d plate="' % (g.ts_iso(), g.pick(['IN-01', 'IN-02', 'OUT-01']), g.r.randint(1, 6)),
        S(g.cn_plate(g.pick(['std', 'std', 'nev'])), 'LICENSE_PLATE'), '" color=%s conf=%.2f trailer="' % (
            g.pick(['yellow', 'blue', 'green']), g.r.uniform(0.6, 0.99)),
        S(g.cn_plate('trailer'), 'LICENSE_PLATE'), '" snapshot=/data/anpr/%s/%s_%d.jpg' % (g.ymd(), g.dt.strftime('%H%M%S'), g.r.randint(1, 9)))


@_tpl('zh', '干线发车 trip sheet', 'LICENSE_PLATE x2, PERSON, PHONE_NUMBER', 'trip_id')
def _t_trip(b, g):
    b.x('干线发车 车次', D('LH%s-%04d' % (g.ymd(), g.r.randint(1, 999)), 'trip_id'),
        ' 线路%s 牵引车' % g.pick(['深圳-上海', '广州-武汉', '杭州-北京', '成都-西安', '东莞-长沙']),
        S(g.cn_plate('std'), 'LICENSE_PLATE'), ' 挂车', S(g.cn_plate('trailer'), 'LICENSE_PLATE'), ' 主驾',
        S(g.cn_name(), 'PERSON'), ' ', S(g.cn_mobile(), 'PHONE_NUMBER'), ' 封签号%s 装载率%d%%' % (g.d(8), g.r.randint(40, 100)))


@_tpl('zh', '客服工单 customer-service ticket', 'PERSON (surname+女士/先生), PHONE_NUMBER, PERSON (agent)',
      'case_number, waybill')
def _t_cs_ticket(b, g):
    b.x('[客服工单] 工单号 ', D(g.case_no('CS'), 'case_number'), ' 客户 ', S(g.cn_surname(), 'PERSON'),
        g.pick(['女士', '先生']), ' 来电 ', S(g.phone(), 'PHONE_NUMBER'), ' 反映运单 ', D(g.waybill(), 'waybill'),
        ' %s, 要求赔偿, 处理人 ' % g.pick(['外包装破损', '显示签收但未收到', '派送超时', '快递员态度差']),
        S(g.cn_name(), 'PERSON'))


@_tpl('zh', '网点日报 station manager daily', 'PERSON', 'place')
def _t_station_daily(b, g):
    b.x('【网点日报】', D(g.pick(_PLACES_ZH), 'place'), '网点 负责人 ', S(g.cn_name(), 'PERSON'),
        ' 今日派件 {:,} 票, 签收率 {:.1f}%, 问题件 {} 票, 滞留 {} 票'.format(g.r.randint(300, 5000), g.r.uniform(90, 100),
                                                              g.r.randint(0, 30), g.r.randint(0, 20)))


@_tpl('zh', 'DingTalk robot alert with @mobile', 'PHONE_NUMBER (@-mention), PERSON', 'place')
def _t_dingtalk(b, g):
    b.x('钉钉机器人 → [P2告警] ', D(g.pick(_FACILITY_ZH), 'place'),
        ' DWS-%d 扫描失败率 %.1f%% 超过阈值 10%%, 请值班人员 @' % (g.r.randint(1, 9), g.r.uniform(10, 40)),
        S(g.cn_mobile('plain'), 'PHONE_NUMBER'), ' ', S(g.cn_name(), 'PERSON'), ' 尽快处理')


@_tpl('en', 'Prometheus Alertmanager logfmt', 'none (decoys only)', 'server_ip, port')
def _t_alertmanager(b, g):
    b.x('ts=%s caller=notify.go:%d level=warn component=dispatcher receiver=wecom-ops integration=webhook[0] '
        'aggrGroup="{}:{alertname=\\"KafkaConsumerLag\\"}" msg="Notify attempt failed, will retry later" attempts=%d '
        'err="Post \\"<redacted>\\": dial tcp ' % (g.ts_z(), g.r.randint(700, 900), g.r.randint(1, 9)),
        D(g.server_ip(), 'server_ip'), ':', D(g.pick(['8060', '8080', '9093', g.port()]), 'port'),
        ': connect: connection refused"')


@_tpl('zh', 'Zabbix alert to ops group', 'PERSON, PHONE_NUMBER', 'server_ip')
def _t_zabbix(b, g):
    b.x('Zabbix告警: 主机 %s (' % g.pick(['db-order-03', 'kafka-b-02', 'redis-track-01', 'es-waybill-05']),
        D(g.server_ip(), 'server_ip'), ') 磁盘 /data 使用率 %.1f%% 持续 %d 分钟, 负责人 ' % (g.r.uniform(85, 99), g.r.randint(5, 60)),
        S(g.cn_name(), 'PERSON'), ' 电话 ', S(g.cn_mobile(g.pick(['plain', 'dash', 'sp'])), 'PHONE_NUMBER'))


@_tpl('en', 'Druid datasource init error with JDBC URL', 'CREDENTIAL (URL password)', 'server_ip, system_account')
def _t_druid(b, g):
    b.x(_spring(g, 'ERROR', 'main', 'com.alibaba.druid.pool.DruidDataSource'),
        'init datasource error, url: jdbc:mysql://', D(g.server_ip(), 'server_ip'), ':3306/cod?user=',
        D(g.pick(_DB_ACCOUNTS), 'system_account'), '&password=', S(g.password(), 'CREDENTIAL'),
        '&useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai')


@_tpl('en', 'HikariCP config dump line', 'none (decoys only)', 'one of masked / system_account / server_ip')
def _t_hikari(b, g):
    k = g.r.randrange(3)
    pre = _spring(g, 'DEBUG', 'main', 'com.zaxxer.hikari.HikariConfig')
    if k == 0:
        b.x(pre, ('password' + '.' * 40)[:32], D('<masked>', 'masked'))
    elif k == 1:
        b.x(pre, ('username' + '.' * 40)[:32], '"', D(g.pick(_DB_ACCOUNTS), 'system_account'), '"')
    else:
        b.x(pre, ('jdbcUrl' + '.' * 40)[:32], 'jdbc:mysql://', D(g.server_ip(), 'server_ip'),
            ':3306/track?useSSL=false&serverTimezone=Asia/Shanghai')


@_tpl('en', 'Python logging, MongoDB URI with percent-encoded password', 'CREDENTIAL (percent-encoded)',
      'system_account, server_ip')
def _t_mongo(b, g):
    b.x(g.ts(frac=','), ' - track_sync - ERROR - cannot connect to mongodb://', D(g.pick(_DB_ACCOUNTS), 'system_account'),
        ':', S(g.password(), 'CREDENTIAL', _pct), '@', D(g.server_ip(), 'server_ip'),
        ':27017/track?authSource=admin&replicaSet=rs0: ServerSelectionTimeoutError: No replica set members found yet')


@_tpl('en', 'nginx log_format with $http_cookie', 'IP_ADDRESS, CREDENTIAL (JSESSIONID), PERSON (remember_user)', '-')
def _t_nginx_cookie(b, g):
    b.x(S(g.pick([g.client_ip(), g.lan_ip()]), 'IP_ADDRESS'),
        ' - - [%s] "GET /portal/orders?page=%d HTTP/1.1" 200 %d "https://portal.xdexp.com/login" "%s" "JSESSIONID=' % (
            g.ts_nginx(), g.r.randint(1, 20), g.r.randint(1000, 90000), g.pick(_UAS[5:7])),
        S(g.jsessionid(), 'CREDENTIAL'), '; remember_user=', S(g.login(), 'PERSON'), '; lang=zh-CN"')


@_tpl('en', 'CI deploy log', 'PERSON (login)', 'version, commit_hash, image_digest')
def _t_deploy(b, g):
    svc = g.pick(['dispatch-svc', 'track-api', 'cod-settle', 'customs-bridge', 'sorting-api'])
    b.x('[deploy] %s %s ' % (g.ts_z(), svc), D(g.version(), 'version'), ' commit ', D(g.hx(g.pick([7, 40])), 'commit_hash'),
        ' image registry.xdexp.com/logistics/%s@' % svc, D('sha256:' + g.hx(64), 'image_digest'),
        ' rollout to prod-%s triggered by ' % g.pick(['sz', 'sh', 'bj']), S(g.login(), 'PERSON'))


@_tpl('zh', 'Aliyun OSS upload failure with AccessKey pair', 'CREDENTIAL x2 (AK id + secret)', 'request_id')
def _t_oss(b, g):
    b.x(g.ts(), ' ERROR [label-render] 面单PDF上传OSS失败 bucket=xd-waybill-label endpoint=oss-cn-%s.aliyuncs.com accessKeyId=' % g.pick(['shenzhen', 'hangzhou', 'shanghai']),
        S(g.ali_ak(), 'CREDENTIAL'), ' accessKeySecret=', S(g.ali_sk(), 'CREDENTIAL'),
        ' 错误码=SignatureDoesNotMatch RequestId=', D(g.hx(24, upper=True), 'request_id'))


@_tpl('en', 'sshd Accepted publickey', 'PERSON (login), IP_ADDRESS', 'port, key_fingerprint')
def _t_sshd_ok(b, g):
    b.x('%s jump-%02d sshd[%d]: Accepted publickey for ' % (g.ts_syslog(), g.r.randint(1, 4), g.r.randint(1000, 60000)),
        S(g.login(), 'PERSON'), ' from ', S(g.pick([g.client_ip(), g.lan_ip()]), 'IP_ADDRESS'), ' port ',
        D(g.port(), 'port'), ' ssh2: %s SHA256:' % g.pick(['RSA', 'ED25519']),
        D(base64.b64encode(g.rbytes(32)).decode().rstrip('='), 'key_fingerprint'))


@_tpl('en', 'sshd failed password / invalid user (attacker)', 'IP_ADDRESS', 'system_account, port')
def _t_sshd_fail(b, g):
    pre = '%s bastion-%02d sshd[%d]: ' % (g.ts_syslog(), g.r.randint(1, 3), g.r.randint(1000, 60000))
    acct = g.pick(sorted(_SYSTEM_ACCOUNTS))
    if g.r.random() < 0.5:
        b.x(pre, 'Failed password for ', D(acct, 'system_account'), ' from ', S(g.client_ip(), 'IP_ADDRESS'),
            ' port ', D(g.port(), 'port'), ' ssh2')
    else:
        b.x(pre, 'Invalid user ', D(acct, 'system_account'), ' from ', S(g.client_ip(), 'IP_ADDRESS'), ' port ',
            D(g.port(), 'port'))


@_tpl('en', 'sudo syslog line', 'PERSON (login) x2', 'system_account')
def _t_sudo(b, g):
    u = g.login()
    b.x('%s sort-gw-%02d sudo: %s' % (g.ts_syslog(), g.r.randint(1, 9), ' ' * g.r.choice([1, 2, 3])), S(u, 'PERSON'),
        ' : TTY=pts/%d ; PWD=/home/' % g.r.randint(0, 5), S(u, 'PERSON'), g.pick(['', '/dws', '/logs']), ' ; USER=',
        D('root', 'system_account'), ' ; COMMAND=%s' % g.pick([
            '/usr/bin/systemctl restart dws-agent', '/usr/bin/tail -f /var/log/dws/scan.log',
            '/usr/sbin/reboot', '/usr/bin/journalctl -u kafka-consumer']))


@_tpl('en', 'Django verbose logging, login failure', 'EMAIL_ADDRESS, IP_ADDRESS', '-')
def _t_django(b, g):
    b.x('WARNING %s views %d %d Login failed for user \'' % (g.ts(frac=','), g.r.randint(100, 30000), g.r.randint(10 ** 14, 10 ** 15)),
        S(g.email(g.pick(['staff', 'cn', 'west'])), 'EMAIL_ADDRESS'), '\' from ', S(g.client_ip(), 'IP_ADDRESS'))


@_tpl('en', 'pino JSON (Node courier BFF)', 'IP_ADDRESS (IPv4-mapped IPv6), PERSON (login)', 'epoch_ts')
def _t_pino(b, g):
    b.x('{"level":30,"time":', D(g.epoch_ms(), 'epoch_ts'), ',"pid":%d,"hostname":"courier-bff-%s-%s","reqId":"req-%x",'
        '"req":{"method":"POST","url":"/api/courier/login","hostname":"bff.xdexp.com","remoteAddress":"' % (
            g.r.randint(1, 9999), g.hx(9), g.an(5, 'bcdfghjklmnpqrstvwxz2456789'), g.r.randint(1, 4000)),
        S('::ffff:' + g.client_ip(), 'IP_ADDRESS'), '","remotePort":%d},"user":"' % g.r.randint(1025, 65000),
        S(g.login(), 'PERSON'), '","msg":"courier login succeeded"}')


@_tpl('en', 'zap JSON (Go COD settlement)', 'PERSON, CREDIT_CARD', 'epoch_ts, waybill, amount')
def _t_zap(b, g):
    nm = g.pick([g.cn_name(), g.roman()])
    b.x('{"level":"info","ts":', D('%s.%06d' % (g.epoch(), g.dt.microsecond), 'epoch_ts'),
        ',"caller":"cod/settle.go:%d","msg":"cod remittance settled","waybill":"' % g.r.randint(40, 300),
        D(g.waybill(), 'waybill'), '","amount":"', D(g.amount(5, 3000), 'amount'), '","courier":"',
        S(nm, 'PERSON', _goesc), '","bankCard":"', S(g.card(g.pick(['cup', 'cup', 'visa', 'mc'])), 'CREDIT_CARD'), '"}')


@_tpl('en', 'Python logging, dict repr (customs sync)', 'PERSON, PASSPORT, EMAIL_ADDRESS', '-')
def _t_pyrepr(b, g):
    while True:
        iso3, nm, pp = _pp_person(g)
        if "'" not in nm:
            break
    b.x("INFO:customs.sync:pushing traveller {'name': '", S(nm, 'PERSON'), "', 'passport_no': '", S(pp, 'PASSPORT'),
        "', 'email': '", S(g.email('west', nm), 'EMAIL_ADDRESS'), "', 'nationality': '%s', 'parcels': %d}" % (iso3, g.r.randint(1, 4)))


@_tpl('en', 'Rails Parameters line with [FILTERED]', 'PERSON, PHONE_NUMBER', 'masked')
def _t_rails(b, g):
    arrow = g.pick(['=>', ' => '])
    loc = g.pick(['en_AU', 'en_GB', 'en_US'])
    b.x('  Parameters: {"return_request"%s{"contact_name"%s"' % (arrow, arrow), S(g.west_name(loc), 'PERSON', _jesc),
        '", "phone"%s"' % arrow, S(g.intl_phone({'en_AU': 'AU', 'en_GB': 'GB', 'en_US': 'US'}[loc], 'intl'), 'PHONE_NUMBER'),
        '", "card_number"%s"' % arrow, D('[FILTERED]', 'masked'), '", "reason"%s"damaged"}}' % arrow)


@_tpl('en', 'Laravel SQLSTATE error', 'none (decoys only)', 'system_account, server_ip, waybill')
def _t_laravel(b, g):
    b.x('[%s] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user \'' % g.ts_s(),
        D(g.pick(_DB_ACCOUNTS), 'system_account'), "'@'", D(g.server_ip(), 'server_ip'),
        "' (using password: YES) (SQL: select * from `cod_orders` where `waybill_no` = ", D(g.waybill(), 'waybill'),
        ' limit 1)')


@_tpl('en', 'HAProxy HTTP log', 'IP_ADDRESS, PHONE_NUMBER', 'port')
def _t_haproxy(b, g):
    b.x('%s lb-%02d haproxy[%d]: ' % (g.ts_syslog(), g.r.randint(1, 4), g.r.randint(1000, 9999)),
        S(g.client_ip(), 'IP_ADDRESS'), ':', D(g.port(), 'port'),
        ' [%s] fe_https~ be_track/track-%02d 0/0/1/%d/%d 200 %d - - ---- %d/%d/2/1/0 0/0 "GET /track?mobile=' % (
            g.ts_nginx()[:-6].replace(' ', '') + '.' + g.ms(), g.r.randint(1, 8), g.r.randint(3, 90),
            g.r.randint(4, 99), g.r.randint(200, 3000), g.r.randint(5, 500), g.r.randint(5, 500)),
        S(g.cn_mobile('plain'), 'PHONE_NUMBER'), ' HTTP/1.1"')


@_tpl('en', 'Cloudflare Logpush JSON', 'IP_ADDRESS (IPv6), PHONE_NUMBER (percent-encoded)', 'waybill, epoch_ts, trace_id (RayID)')
def _t_cloudflare(b, g):
    b.x('{"ClientIP":"', S(g.client_ip6(), 'IP_ADDRESS'), '","ClientRequestHost":"m.xdexp.com","ClientRequestMethod":"GET",'
        '"ClientRequestURI":"/q?no=', D(g.waybill(), 'waybill'), '&tel=', S(g.cn_mobile(g.pick(['e164', 'plain', 'intl'])), 'PHONE_NUMBER', _pct),
        '","EdgeResponseStatus":200,"EdgeStartTimestamp":', D(g.epoch() + '%09d' % g.r.randint(0, 10 ** 9 - 1), 'epoch_ts'),
        ',"RayID":"', D(g.hx(16), 'trace_id'), '"}')


@_tpl('en', 'Postfix smtp delivery', 'EMAIL_ADDRESS', 'queue_id, server_ip (relay)')
def _t_postfix(b, g):
    em = g.email(g.pick(['cn', 'qq', 'west']))
    dom = em.split('@')[1]
    b.x('%s mail-01 postfix/smtp[%d]: ' % (g.ts_syslog(), g.r.randint(1000, 60000)), D(g.hx(10, upper=True), 'queue_id'),
        ': to=<', S(em, 'EMAIL_ADDRESS'), '>, relay=mx.%s[' % dom, D('%d.%d.%d.%d' % (g.pick([220, 123, 183, 59, 74]), g.r.randint(0, 255),
                                                                                   g.r.randint(0, 255), g.r.randint(1, 254)), 'server_ip'),
        ']:25, delay=%.1f, delays=0.01/0/%.2f/%.2f, dsn=2.0.0, status=sent (250 %s)' % (
            g.r.uniform(0.2, 5), g.r.random(), g.r.random(), g.pick(['Mail OK', 'OK', '2.0.0 Ok: queued'])))


@_tpl('en', 'risk engine hit (logfmt)', 'PERSON (login), PHONE_NUMBER, IP_ADDRESS', 'card_bin')
def _t_risk(b, g):
    b.x('%s risk-engine hit rule=COD_MULTI_ACCOUNT score=%d user=' % (g.ts_iso(), g.r.randint(60, 99)), S(g.login(), 'PERSON'),
        ' phone=', S(g.cn_mobile('e164'), 'PHONE_NUMBER'), ' device_ip=', S(g.client_ip(), 'IP_ADDRESS'),
        ' card_bin=', D(g.pick(_CUP_BINS), 'card_bin'), ' decision=%s' % g.pick(['REVIEW', 'REJECT', 'PASS']))


@_tpl('en', 'SEPA refund (cross-border returns)', 'IBAN_CODE, PERSON', 'amount, payment_ref')
def _t_sepa(b, g):
    cc = g.pick(['DE', 'FR', 'ES', 'NL', 'IT', 'BE', 'AT', 'IE', 'PT'])
    loc = {'DE': 'de_DE', 'AT': 'de_DE', 'FR': 'fr_FR', 'BE': 'fr_FR', 'ES': 'es_ES', 'PT': 'es_ES'}.get(cc, 'en_GB')
    b.x(g.ts(), ' INFO  [refund-worker-%d] c.x.intl.refund.RefundService - SEPA credit transfer initiated: iban=' % g.r.randint(1, 4),
        S(g.iban(cc), 'IBAN_CODE'), ' beneficiary="', S(g.west_name(loc), 'PERSON'), '" amount=EUR ', D(g.amount(5, 400), 'amount'),
        ' endToEndId=', D('RF%s%s' % (g.d(2), g.an(12, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')), 'payment_ref'))


@_tpl('en', 'UK contractor courier payout batch', 'PERSON, IBAN_CODE', 'uuid')
def _t_payout(b, g):
    b.x('payout batch ', D(g.uuid(), 'uuid'), ' line %d: payee ' % g.r.randint(1, 300), S(g.west_name('en_GB'), 'PERSON'),
        ' acct ', S(g.iban(g.pick(['GB', 'GB', 'IE'])), 'IBAN_CODE'), ' sort=BACS status=SUBMITTED')


@_tpl('en', 'US driver onboarding background check', 'PERSON, US_SSN', 'report_id')
def _t_onboard(b, g):
    b.x('%s onboarding-svc[%d]: background check submitted candidate="' % (g.ts_iso(), g.r.randint(100, 9999)),
        S(g.en_name('en_US'), 'PERSON'), '" ssn=', S(g.ssn(), 'US_SSN'),
        ' dob=%d-%02d-%02d vendor=Checkr reportId=' % (g.r.randint(1960, 2004), g.r.randint(1, 12), g.r.randint(1, 28)),
        D(g.hx(24), 'report_id'))


@_tpl('en', 'customs item description with a public figure', 'PERSON', 'public_figure, hts_code')
def _t_item_en(b, g):
    fig, pre, post = g.pick(_PUBLIC_EN)
    b.x('customs.item desc="%s' % pre, D(fig, 'public_figure'), '%s" hs=' % post,
        D(g.pick(['4901.99', '9503.00', '6912.00', '4911.91', '9505.90']), 'hts_code'),
        ' qty=%d value=USD %s consignee="' % (g.r.randint(1, 3), g.amount(5, 90)), S(g.west_name(), 'PERSON'), '"')


@_tpl('en', 'IVR / call-centre inbound call', 'PHONE_NUMBER, PERSON (customer), PERSON (agent)', 'service_hotline')
def _t_ivr(b, g):
    reg = g.pick(['US', 'GB', 'AU', 'SG', 'HK', 'CA', 'IN'])
    b.x('%s ivr[%d]: inbound call ani=' % (g.ts_syslog(), g.r.randint(100, 9999)),
        S(g.intl_phone(reg, g.pick(['e164', 'intl'])), 'PHONE_NUMBER'), ' dnis=', D('400' + g.d(7), 'service_hotline'),
        ' matched customer "', S(g.en_name(), 'PERSON'), '" menu=2 queue=EN-Support agent="', S(g.en_name(), 'PERSON'),
        '" wait=%ds' % g.r.randint(3, 400))


@_tpl('en', 'Spring CommonsRequestLoggingFilter, OAuth password grant', 'IP_ADDRESS, PERSON (login), CREDENTIAL (form-encoded)',
      '-')
def _t_oauth(b, g):
    b.x(_spring(g, 'DEBUG', 'nio-8443-exec-%d' % g.r.randint(1, 99), 'o.s.w.f.CommonsRequestLoggingFilter'),
        'After request [POST /oauth/token, client=', S(g.client_ip(), 'IP_ADDRESS'),
        ', payload=grant_type=password&username=', S(g.login(), 'PERSON'), '&password=', S(g.password(special=True), 'CREDENTIAL', _form),
        '&client_id=courier-app&scope=courier]')


@_tpl('en', 'Java InvalidKeySpecException with PKCS#8 body on one line', 'CREDENTIAL (private-key body)', '-')
def _t_pkey(b, g):
    b.x(g.ts(), ' ERROR [main] c.x.pay.wx.WxPayConfig - load merchant key failed: java.security.spec.InvalidKeySpecException: '
        'java.security.InvalidKeyException: IOException : DER input, Integer tag error; key=-----BEGIN PRIVATE KEY-----',
        S(g.pkey_body(), 'CREDENTIAL'), '-----END PRIVATE KEY-----')


@_tpl('en', 'bash HISTORY via rsyslog (PROMPT_COMMAND)', 'PERSON (login), CREDENTIAL (mysql -p)', 'server_ip, system_account')
def _t_history(b, g):
    b.x('%s ops-jump-01 bash[%d]: HISTORY: PID=%d UID=%d USER=' % (g.ts_syslog(), g.r.randint(1000, 60000), g.r.randint(1000, 60000),
                                                                 g.r.randint(1001, 1200)),
        S(g.login(), 'PERSON'), ' CMD=mysql -h ', D(g.server_ip(), 'server_ip'), ' -P3306 -u', D(g.pick(['root'] + _DB_ACCOUNTS), 'system_account'),
        ' -p', S(g.password(), 'CREDENTIAL'), ' -e "select count(*) from cod_orders"')


@_tpl('en', 'India last-mile partner (en_IN)', 'PERSON, PHONE_NUMBER', 'waybill, amount')
def _t_india(b, g):
    b.x('[intl-lastmile] %s DEL-HUB out_for_delivery awb=' % g.ts_s(), D(g.waybill(g.pick(['s10', 'xd'])), 'waybill'),
        ' consignee="', S(g.en_name('en_IN'), 'PERSON'), '" mobile=', S(g.intl_phone('IN', g.pick(['intl', 'e164', 'national'])), 'PHONE_NUMBER'),
        ' cod_amount=INR ', D('{:,}.00'.format(g.r.randint(99, 9999)), 'amount'))


@_tpl('en', 'AU partner webhook JSON', 'PERSON, PHONE_NUMBER, EMAIL_ADDRESS, PERSON (signedBy surname after Mr./Ms.)', 'waybill')
def _t_au(b, g):
    f = g.fk['en_AU']
    fi, la = f.first_name(), f.last_name()
    b.x('POST /partners/au/events 200 body={"trackingId":"', D(g.waybill('s10'), 'waybill'), '","event":"DELIVERED","recipient":{"name":"',
        S('%s %s' % (fi, la), 'PERSON', _jesc), '","phone":"', S(g.intl_phone('AU', g.pick(['intl', 'e164', 'national'])), 'PHONE_NUMBER'),
        '","email":"', S(g.email('west', '%s %s' % (fi, la)), 'EMAIL_ADDRESS'), '"},"signedBy":"%s ' % g.pick(['Mr.', 'Ms.', 'Mrs.', 'Mr', 'Ms']),
        S(g.surname('en_AU'), 'PERSON', _jesc), '"}')


@_tpl('en', 'duty-payment card charge failure', 'CREDIT_CARD, PERSON', 'masked (cvv)')
def _t_dutypay(b, g):
    b.x('%s WARN  dutypay-gw charge failed: card=' % g.ts_iso(), S(g.card(g.pick(['amex', 'visa', 'mc'])), 'CREDIT_CARD'),
        ' exp=%02d/%d cvv=' % (g.r.randint(1, 12), g.r.randint(27, 31)), D(g.pick(['***', '****']), 'masked'),
        ' name="', S(g.west_name(), 'PERSON'), '" reason=%s' % g.pick(['do_not_honor', 'insufficient_funds', 'card_declined', 'expired_card']))


@_tpl('en', 'service config dump (Stripe / AWS keys)', 'CREDENTIAL x2', 'port')
def _t_config(b, g):
    if g.r.random() < 0.5:
        b.x('%s config loaded: STRIPE_SECRET_KEY=' % g.ts_iso(), S('sk_live_' + g.an(24), 'CREDENTIAL'),
            ' STRIPE_WEBHOOK_SECRET=', S('whsec_' + g.an(32), 'CREDENTIAL'), ' PORT=', D(g.pick(['8080', '3000', g.port()]), 'port'))
    else:
        b.x('%s config loaded: AWS_ACCESS_KEY_ID=' % g.ts_iso(), S(g.aws_ak(), 'CREDENTIAL'), ' AWS_SECRET_ACCESS_KEY=',
            S(g.aws_sk(), 'CREDENTIAL'), ' AWS_REGION=ap-east-1 PORT=', D(g.pick(['8080', '3000', g.port()]), 'port'))


@_tpl('en', 'CI shell trace: git clone with token in URL', 'PERSON (login), CREDENTIAL (ghp_)', '-')
def _t_gitclone(b, g):
    b.x('[%s] + git clone --depth 1 https://' % g.dt.strftime('%H:%M:%S'), S(g.login(), 'PERSON'), ':',
        S('ghp_' + g.an(36), 'CREDENTIAL'), '@github.com/xunda-logistics/%s.git' % g.pick(['dispatch-svc', 'track-api', 'pda-app']))


@_tpl('en', 'medical-logistics delivery to hospital (Dr. + surname)', 'PERSON (surname after Dr.), EMAIL_ADDRESS', 'place, bag_id')
def _t_dr(b, g):
    loc = g.pick(['en_US', 'en_GB', 'en_IN', 'en_AU'])
    f = g.fk[loc]
    fi, la = f.first_name(), f.last_name()
    b.x('[medical-logistics] %s specimen box ' % g.ts_s(), D('MB' + g.d(10), 'bag_id'), ' delivered to ', D(g.pick(_HOSP_EN), 'place'),
        ' lab, received by Dr. ', S(la, 'PERSON'), ' (', S(g.email('west', '%s %s' % (fi, la)), 'EMAIL_ADDRESS'), ')')


@_tpl('zh', '快递员实名认证', 'PERSON, CN_RESIDENT_ID', 'employee_id')
def _t_realname(b, g):
    b.x('[实名认证] %s 快递员 ' % g.ts_s(), S(g.cn_name(), 'PERSON'), ' 身份证 ', S(g.cn_id(), 'CN_RESIDENT_ID'),
        ' 人脸比对分 %.2f 核验通过 工号 ' % g.r.uniform(0.8, 0.99), D(g.emp(), 'employee_id'))


@_tpl('zh', '寄件实名登记', 'PERSON, CN_RESIDENT_ID, PHONE_NUMBER', 'place')
def _t_sender_reg(b, g):
    b.x('寄件实名登记 寄件人=', S(g.cn_name(), 'PERSON'), ' 证件类型=居民身份证 证件号码=', S(g.cn_id(), 'CN_RESIDENT_ID'),
        ' 联系电话=', S(g.phone(), 'PHONE_NUMBER'), ' 收寄网点=', D(g.pick(_PLACES_ZH), 'place'), '网点')


@_tpl('zh', '隐私面单打印', 'none (decoys only)', 'waybill, masked (name), masked (phone)')
def _t_privacy_label(b, g):
    b.x('打印面单 运单号 ', D(g.waybill(), 'waybill'), ' 收件人 ', D(g.cn_surname() + '**', 'masked'), ' ',
        D(g.cn_mobile_raw()[:3] + '****' + g.d(4), 'masked'), ' 地址 %s' % g.zh_addr())


@_tpl('zh', '隐私号 AXB 绑定', 'PHONE_NUMBER x2', 'binding_id, waybill')
def _t_axb(b, g):
    b.x('[隐私号] AXB绑定成功 A号码(快递员)=', S(g.cn_mobile('plain'), 'PHONE_NUMBER'), ' B号码(收件人)=',
        S(g.cn_mobile(g.pick(['plain', 'e164'])), 'PHONE_NUMBER'), ' 绑定ID=', D(g.hx(32), 'binding_id'),
        ' 有效期24h 运单', D(g.waybill(), 'waybill'))


@_tpl('zh', '航空干线 MAWB', 'none (decoys only)', 'air_waybill, flight_number, place')
def _t_air(b, g):
    b.x('航空干线 主单号 ', D(g.mawb(), 'air_waybill'), ' 航班 ', D(g.flight(), 'flight_number'), ' 始发 ', D(g.pick(_AIRPORT_ZH), 'place'),
        ' 计划起飞 %02d:%02d 件数 %d 重量 %.1fkg' % (g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(10, 900), g.r.uniform(50, 9000)))


@_tpl('zh', '高铁快运 loading', 'PERSON (escort), PHONE_NUMBER', 'train_number, place')
def _t_hsr(b, g):
    b.x('高铁快运 车次 ', D(g.train(), 'train_number'), ' ', D(g.pick(_STATION_ZH), 'place'), ' 装车完成 押运员 ',
        S(g.cn_name(), 'PERSON'), ' 电话 ', S(g.cn_mobile(), 'PHONE_NUMBER'), ' 件数 %d' % g.r.randint(5, 400))


@_tpl('zh', '品牌商家批量下单 (brand named after a person)', 'none (decoys only)', 'company, waybill, place')
def _t_brand(b, g):
    b.x('[商家] ', D(g.pick(_COMPANY_ZH), 'company'), '官方旗舰店 批量下单 %d 票, 首单 ' % g.r.randint(20, 3000),
        D(g.waybill(), 'waybill'), ', 揽收网点 ', D(g.pick(_PLACES_ZH), 'place'), '网点')


@_tpl('zh', '商品信息 with public figure', 'PERSON (sender)', 'waybill, public_figure')
def _t_item_zh(b, g):
    fig, pre, post = g.pick(_PUBLIC_ZH)
    b.x('[商品信息] 运单 ', D(g.waybill(), 'waybill'), ' 品名: %s' % pre, D(fig, 'public_figure'), '%s x%d, 寄件人 ' % (post, g.r.randint(1, 3)),
        S(g.cn_name(), 'PERSON'))


@_tpl('zh', '在线客服会话', 'none (decoys only)', 'masked, employee_id, place')
def _t_cs_chat(b, g):
    b.x('[在线客服] 会话 %s 访客(' % g.hx(12), D(g.cn_mobile_raw()[:3] + '****' + g.d(4), 'masked'),
        '): 我的快递到哪了 | 客服小迅(工号 ', D(g.emp(), 'employee_id'), '): 亲, 您的包裹已到达', D(g.pick(_FACILITY_ZH), 'place'),
        ', 预计明天送达')


@_tpl('zh', '智能快递柜投递', 'PHONE_NUMBER', 'waybill, pickup_code')
def _t_locker(b, g):
    b.x('[智能柜] 柜机 %s-%s-%04d 格口 %s%02d 投递成功 运单 ' % (g.pick(['SZ', 'GZ', 'SH', 'HZ']), g.pick(['NS', 'FT', 'BA', 'LG']),
                                                          g.r.randint(1, 9999), g.pick('ABCD'), g.r.randint(1, 40)),
        D(g.waybill(), 'waybill'), ' 取件码 ', D(g.pickup(), 'pickup_code'), ' 已短信通知 ', S(g.cn_mobile(), 'PHONE_NUMBER'))


@_tpl('zh', '运维交接班', 'PERSON x2, CREDENTIAL', 'place, system_account')
def _t_handover(b, g):
    b.x('【交接班】夜班运维 ', S(g.cn_name(), 'PERSON'), ' → 早班 ', S(g.cn_name(), 'PERSON'), ': ', D(g.pick(_FACILITY_ZH), 'place'),
        ' Kafka 消费积压已处理, 跳板机 ', D('root', 'system_account'), ' 密码已改为 ', S(g.password(), 'CREDENTIAL'), ' 请勿外传')


@_tpl('zh', '企业微信机器人 alert with mail', 'PERSON, EMAIL_ADDRESS', 'role_mailbox')
def _t_wecom(b, g):
    b.x('[企业微信机器人] [P1] 运单轨迹推送失败率 %.1f%%, 请 @' % g.r.uniform(3, 30), S(g.cn_name(), 'PERSON'),
        ' 处理, 告警邮件已发送至 ', S(g.email('staff'), 'EMAIL_ADDRESS'), ' 及 ', D(g.role_mail(), 'role_mailbox'))


@_tpl('zh', '网点主管反馈 complaint', 'PERSON (surname+经理), PERSON, PHONE_NUMBER', 'place')
def _t_station_fb(b, g):
    b.x('[网点反馈] 网点主管 ', S(g.cn_surname(), 'PERSON'), g.pick(['经理', '主管', '站长']), ': 快递员 ', S(g.cn_name(), 'PERSON'),
        '(', S(g.cn_mobile(g.pick(['plain', 'dash'])), 'PHONE_NUMBER'), ') 今日 %02d:%02d 在 ' % (g.r.randint(8, 20), g.r.randint(0, 59)),
        D(g.pick(_PLACES_ZH), 'place'), ' 派件时被客户投诉')


@_tpl('zh', '理赔打款', 'PERSON, CREDIT_CARD (UnionPay)', 'case_number, amount')
def _t_claim(b, g):
    b.x('[理赔打款] 案件号 ', D(g.case_no('LP'), 'case_number'), ' 收款人 ', S(g.cn_name(), 'PERSON'), ' 银行卡 ',
        S(g.card('cup', g.pick(['space', 'plain'])), 'CREDIT_CARD'), ' 金额 ¥', D(g.amount(10, 2000), 'amount'), ' 状态 已提交')


@_tpl('zh', '台灣集運 (Traditional Chinese, TW national phone)', 'PERSON (zh_TW), PHONE_NUMBER', 'waybill')
def _t_tw(b, g):
    ph = g.intl_phone('TW', g.pick(['national', 'national', 'intl']))
    if g.r.random() < 0.5 and ph.startswith('09'):
        ph = ph.replace(' ', '-')
    b.x('[台灣集運] %s 收件人 ' % g.ts_s(), S(g.tw_name(), 'PERSON'), ' 手機 ', S(ph, 'PHONE_NUMBER'),
        ' 門市 %s 單號 ' % g.pick(['鑫站前門市', '新民權門市', '中正門市', '大安門市']), D(g.waybill(), 'waybill'), ' 已到店')


@_tpl('zh', '投诉邮件 assigned to agent', 'EMAIL_ADDRESS, PERSON (agent)', 'waybill, employee_id')
def _t_complaint_mail(b, g):
    b.x('[投诉邮件] 来自 ', S(g.email(g.pick(['cn', 'qq'])), 'EMAIL_ADDRESS'), ' 主题: 快递丢失 运单号 ', D(g.waybill(), 'waybill'),
        ' 已分配给 ', S(g.cn_name(), 'PERSON'), '(工号 ', D(g.emp(), 'employee_id'), ')')


@_tpl('zh', '会员中心绑定 QQ 邮箱', 'PERSON (login), EMAIL_ADDRESS (numeric QQ), IP_ADDRESS', '-')
def _t_qqmail(b, g):
    b.x('[会员中心] 用户 ', S(g.login(), 'PERSON'), ' 绑定邮箱 ', S(g.qq() + '@qq.com', 'EMAIL_ADDRESS'), ' 成功, 来源IP ',
        S(g.pick([g.client_ip(), g.client_ip6()]), 'IP_ADDRESS'))


@_tpl('zh', 'COD 回款', 'PERSON', 'amount, order_id (Luhn-valid 16 digits)')
def _t_cod(b, g):
    b.x('[COD回款] 快递员 ', S(g.cn_name(), 'PERSON'), ' 今日代收货款 ¥', D(g.amount(50, 9000), 'amount'),
        ' 已通过%s转入公司账户, 关联订单 ' % g.pick(['微信', '支付宝', '银联']), D(g.order_id('luhn16'), 'order_id'))


@_tpl('zh', '催件 with 师傅', 'PERSON (surname+师傅), PHONE_NUMBER', 'masked, waybill')
def _t_urge(b, g):
    b.x('[催件] 用户 ', D(g.cn_mobile_raw()[:3] + '****' + g.d(4), 'masked'), ' 催促运单 ', D(g.waybill(), 'waybill'),
        ', 已联系派件员 ', S(g.cn_surname(), 'PERSON'), '师傅 ', S(g.cn_mobile(), 'PHONE_NUMBER'), ', 预计 %d:00 前送达' % g.r.randint(12, 21))


@_tpl('zh', '医药冷链签收 (name + 主任医师)', 'PERSON', 'waybill, place (hospital)')
def _t_cold(b, g):
    b.x('[医药冷链] 运单 ', D(g.waybill(), 'waybill'), ' 已送达 ', D(g.pick(_HOSP_ZH), 'place'), ' 检验科, 签收人 ',
        S(g.cn_name(), 'PERSON'), g.pick(['主任医师', '副主任医师', '护士长', '医生']),
        ', 温度记录 %.1f~%.1f℃' % (g.r.uniform(1.5, 3), g.r.uniform(6, 7.9)))


@_tpl('zh', '订单 with 11-digit id starting with 1', 'PHONE_NUMBER, PERSON', 'order_id (11 digits)')
def _t_order11(b, g):
    b.x('[订单] 订单号 ', D(g.order_id('cn11'), 'order_id'), ' 下单手机 ', S(g.cn_mobile(g.pick(['plain', 'plain', 'sp'])), 'PHONE_NUMBER'),
        ' 收件人 ', S(g.cn_name(), 'PERSON'), ' 状态 待揽收')


@_tpl('zh', '行邮个人物品申报 (CN passport)', 'PERSON, PASSPORT', 'flight_number')
def _t_xingyou(b, g):
    b.x('[个人物品申报] 旅客 ', S(g.cn_name(), 'PERSON'), ' 护照号 ', S(g.passport('CN'), 'PASSPORT'), ' 航班 ',
        D(g.flight(), 'flight_number'), ' 申报物品 %d 件 完税价格 %s 元' % (g.r.randint(1, 8), g.amount(100, 8000)))


@_tpl('zh', '权限变更审批', 'PERSON x2', 'employee_id, system_account')
def _t_perm(b, g):
    b.x('[权限变更] 运维 ', S(g.cn_name(), 'PERSON'), '(工号 ', D(g.emp(), 'employee_id'), ') 为账号 ',
        D(g.pick(_SVC_ACCOUNTS), 'system_account'), ' 开通 Kafka topic waybill.events 读权限, 审批人 ', S(g.cn_name(), 'PERSON'))


@_tpl('zh', '快递员账号登录失败锁定', 'PERSON (login), IP_ADDRESS', '-')
def _t_login_lock(b, g):
    b.x('[登录] %s 快递员账号 ' % g.ts(), S(g.login(), 'PERSON'), ' 连续登录失败 %d 次, 来源IP ' % g.r.randint(3, 10),
        S(g.client_ip(), 'IP_ADDRESS'), ' 设备 %s, 已锁定 30 分钟' % g.pick(['HONOR ANY-AN00', 'iPhone14,5', 'V2309A', 'PDA-UROVO-DT50']))


@_tpl('zh', '呼叫中心外呼记录', 'PERSON (agent), PHONE_NUMBER, PERSON (surname+女士/先生)', 'employee_id, uuid')
def _t_callcenter(b, g):
    b.x('[呼叫中心] 坐席 ', S(g.cn_name(), 'PERSON'), '(工号 ', D(g.emp(), 'employee_id'), ') 外呼 ', S(g.phone(), 'PHONE_NUMBER'),
        ' 通话 %02d:%02d 录音 rec/%s/' % (g.r.randint(0, 9), g.r.randint(0, 59), g.ymd()), D(g.uuid(), 'uuid'), '.wav 结果: 客户',
        S(g.cn_surname(), 'PERSON'), g.pick(['女士', '先生']), '同意改约明天派送')


@_tpl('zh', '跨境退款到 IBAN', 'PERSON, IBAN_CODE', 'order_id, amount')
def _t_intl_refund(b, g):
    cc = g.pick(['DE', 'FR', 'ES', 'GB', 'NL', 'CH', 'SE', 'PL', 'AE'])
    loc = {'DE': 'de_DE', 'CH': 'de_DE', 'FR': 'fr_FR', 'ES': 'es_ES'}.get(cc, 'en_GB')
    b.x('[跨境退款] 订单 ', D(g.order_id('date'), 'order_id'), ' 买家 ', S(g.west_name(loc), 'PERSON'), ' 退款账户 IBAN ',
        S(g.iban(cc), 'IBAN_CODE'), ' 金额 %s ' % g.pick(['EUR', 'GBP', 'CHF']), D(g.amount(5, 500), 'amount'), ' 已提交银行')


# ----------------------------------------------------------------------------
# value checks
# ----------------------------------------------------------------------------
_PH_REGIONS = ('CN', 'TW', 'HK', 'MO', 'US', 'GB', 'AU', 'IN', 'DE', 'FR', 'ES', 'SG', 'JP', 'KR',
               'MY', 'TH', 'VN', 'ID', 'PH', 'AE', 'IT', 'NL', 'CA', 'BR', 'MX', 'RU')


def _ok_phone(v):
    s = v.strip()
    if s != v or not re.fullmatch(r'[+\d() .\-]{7,24}', s):
        return False
    if s.startswith('00'):
        s = '+' + s[2:]
    regions = (None,) if s.lstrip('(').startswith('+') else _PH_REGIONS
    for reg in regions:
        try:
            num = pn.parse(s, reg)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num):
            return True
    return False


def _decode(v, typ):
    s = v
    if '\\' in s:
        try:
            s = json.loads('"' + s + '"')
        except ValueError:
            pass
    if re.search(r'%[0-9A-Fa-f]{2}', s):
        s = unquote(s)
    if typ == 'PERSON':
        s = s.replace('+', ' ')
    return s


def _ok_person(v):
    if not 1 <= len(v) <= 40 or v.lower() in _SYSTEM_ACCOUNTS or v in _PUBLIC_ALL:
        return False
    if not any(c.isalpha() for c in v):
        return False
    for c in v:
        if c.isalpha() or c in " ·•'-._" or unicodedata.category(c).startswith('M'):
            continue
        if c.isascii() and c.isdigit():
            continue
        return False
    return True


_EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}')
_IBAN_LEN = {'DE': 22, 'GB': 22, 'FR': 27, 'ES': 24, 'NL': 18, 'IT': 27, 'BE': 16, 'AT': 20, 'CH': 21,
             'IE': 22, 'PT': 25, 'PL': 28, 'SE': 24, 'AE': 23}
_PLATE_CN = re.compile('[%s][A-HJ-NP-Z][·• ]?(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF]|[A-HJ-NP-Z0-9]{4}挂)' % _PROV)


def _ok_card(v):
    if not re.fullmatch(r'\d+(?:[ -]\d+)*', v):
        return False
    d = re.sub(r'[ -]', '', v)
    return 15 <= len(d) <= 19 and d[0] in '23456' and _luhn_ok(d)


def _ok_iban(v):
    c = v.replace(' ', '')
    return bool(re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', c)) and _IBAN_LEN.get(c[:2]) == len(c) \
        and _iban_mod(c) == 1


def _ok_ssn(v):
    m = re.fullmatch(r'(\d{3})-(\d{2})-(\d{4})', v)
    if not m:
        return False
    a, g_, s = m.groups()
    return a not in ('000', '666') and a[0] != '9' and g_ != '00' and s != '0000'


def _ok_cnid(v):
    if not re.fullmatch(r'\d{17}[\dX]', v) or v[:6] not in _CN_AREA_SET:
        return False
    try:
        bd = datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return 1900 <= bd.year <= 2026 and _cnid_check(v[:17]) == v[17]


def _ok_passport(v):
    return bool(re.fullmatch(r'[A-Z0-9]{8,9}', v)) and sum(c.isdigit() for c in v) >= 5


def _ok_plate(v):
    return bool(_PLATE_CN.fullmatch(v) or re.fullmatch(r'[A-Z]{2}\d{2} [A-Z]{3}', v) or re.fullmatch(r'\d[A-Z]{3}\d{3}', v))


def _ok_ip(v):
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


def _ok_cred(v):
    return len(v) >= 8 and not re.search(r'\s', v) and '****' not in v and v not in ('[REDACTED]', '<masked>', '[FILTERED]')


_CHECK = {'PERSON': _ok_person, 'EMAIL_ADDRESS': lambda v: bool(_EMAIL_RE.fullmatch(v)), 'PHONE_NUMBER': _ok_phone,
          'CREDIT_CARD': _ok_card, 'IBAN_CODE': _ok_iban, 'US_SSN': _ok_ssn, 'CN_RESIDENT_ID': _ok_cnid,
          'PASSPORT': _ok_passport, 'LICENSE_PLATE': _ok_plate, 'IP_ADDRESS': _ok_ip, 'CREDENTIAL': _ok_cred}


def _ok_decoy(v, kind):
    if kind == 'masked':
        dv = _decode(v, kind)
        return '*' in dv or any(w in dv for w in ('REDACTED', 'FILTERED', 'masked', 'hidden'))
    if kind == 'server_ip':
        return _ok_ip(v)
    if kind == 'role_mailbox':
        return bool(_EMAIL_RE.fullmatch(v)) and v.split('@')[0] in _ROLE_LOCALS
    if kind == 'system_account':
        return v in _SYSTEM_ACCOUNTS or v in _SVC_ACCOUNTS or v in _DB_ACCOUNTS
    if kind == 'port':
        return v.isdigit() and 0 < int(v) < 65536
    if kind == 'public_figure':
        return v in _PUBLIC_ALL
    return True


def _check_record(rec):
    """Raise AssertionError if one record is malformed."""
    assert set(rec) == {'text', 'spans', 'decoys', 'template'}, rec.keys()
    t = rec['text']
    assert isinstance(t, str) and t and '\n' not in t and '\r' not in t, repr(t)
    spans, decoys = rec['spans'], rec['decoys']
    assert len(spans) <= 4, ('too many spans', t)
    assert len(decoys) <= 3, ('too many decoys', t)
    allr = []
    for s, e, typ in spans:
        assert typ in TYPES, typ
        assert 0 <= s < e <= len(t), (s, e, t)
        v = t[s:e]
        assert v == v.strip(), ('whitespace edge', v)
        dv = v if typ == 'CREDENTIAL' else _decode(v, typ)
        assert _CHECK[typ](dv), ('bad value', typ, v, t)
        allr.append((s, e))
    for s, e, kind in decoys:
        assert kind in DECOY_KINDS, kind
        assert 0 <= s < e <= len(t), (s, e, t)
        v = t[s:e]
        assert v == v.strip() and _ok_decoy(v, kind), ('bad decoy', kind, v, t)
        allr.append((s, e))
    allr.sort()
    for (a1, b1), (a2, b2) in zip(allr, allr[1:]):
        assert b1 <= a2, ('overlap', t, allr)
    for s, e, typ in spans:
        v = t[s:e]
        i = t.find(v)
        while i >= 0:
            j = i + len(v)
            ok = any(a <= i and j <= b_ for a, b_, _ in spans)
            if not ok and typ == 'PERSON':
                ok = any(a <= i and j <= b_ for a, b_, _ in decoys)
            assert ok, ('unlabelled occurrence', typ, v, t)
            i = t.find(v, i + 1)
    assert isinstance(rec['template'], int) and 0 <= rec['template'] < len(_T)


# ----------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------
def blind_log17(n, seed=0):
    rng = random.Random(seed)
    g = _Gen(rng)
    order = list(range(len(_T)))
    rng.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % len(order)]
        fn = _T[ti][0]
        clean = rng.random() < 0.1
        for attempt in range(200):
            g.when()
            b = _B(rng, clean)
            fn(b, g)
            text, spans, decoys = b.render()
            rec = {'text': text, 'spans': spans, 'decoys': decoys, 'template': ti}
            try:
                _check_record(rec)
            except AssertionError:
                if attempt == 199:
                    raise
                continue
            break
        out.append(rec)
    return out


def validate(records):
    types, kinds, tpls = collections.Counter(), collections.Counter(), collections.Counter()
    spanless = 0
    for rec in records:
        _check_record(rec)
        for s, e, typ in rec['spans']:
            types[typ] += 1
        for s, e, kind in rec['decoys']:
            kinds[kind] += 1
        tpls[rec['template']] += 1
        if not rec['spans']:
            spanless += 1
    return {'records': len(records), 'types': dict(types), 'kinds': dict(kinds), 'templates': dict(tpls),
            'lines_without_spans': spanless, 'n_templates': len(_T)}


if __name__ == '__main__':
    recs = blind_log17(5000, 0)
    res = validate(recs)
    print('records', res['records'], 'templates', res['n_templates'], 'lines without spans', res['lines_without_spans'])
    print('per TYPE:')
    for k in TYPES:
        print('  %-16s %d' % (k, res['types'].get(k, 0)))
    print('per decoy KIND:')
    for k, v in sorted(res['kinds'].items(), key=lambda kv: (-kv[1], kv[0])):
        print('  %-16s %d' % (k, v))
    sys.exit(0)
