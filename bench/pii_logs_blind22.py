r"""Blind evaluation set 22 for a log PII redactor: a regional electricity and gas utility.

Provenance
----------
Written blind on 2026-12-06 from general knowledge of how the named systems print their
logs.  Nothing of the project was read: no curation code, tests, rules, seeds, docs,
training data or other evaluation sets, and the redactor was never imported or run.
Only the Python standard library, Faker (40.x) and phonenumbers (9.x) are used.
Theme: billing and prepaid-meter systems, smart-meter head-end and MDM, outage dispatch
and field crews (抄表员, 抢修班组), 95598 call centre and WeChat service account, payment
gateways (UnionPay ACP, Alipay, WeChat, bank withholding), SCADA/ops, plus English lines
from the vendor's cloud platform and from international roaming engineers.

API
---
blind_log22(n, seed=0) -> list[dict]
    n records {"text", "spans", "decoys", "template"}.  spans and decoys are lists of
    [start, end, TYPE] / [start, end, KIND] with Python code-point offsets; text[start:end]
    is the value exactly as printed (percent-encoded, \u-escaped or JSON-escaped where the
    line prints it so).  One random.Random(seed) drives everything; the Faker instances
    are seeded from it, so output is stable for a given seed.  Templates are used
    round-robin over one shuffled order of 0..K-1.  About one record in ten is "clean":
    every planted value is replaced by a masked placeholder (decoy "masked") or, when the
    line already holds three decoys or by chance, by a dash.  A record that fails the
    self-check (e.g. a one-character surname that also occurs unlabelled elsewhere in the
    line) is regenerated from the same random stream.
validate(records) -> dict
    Raises AssertionError on any problem: offsets in range, no span overlaps another span
    or a decoy, 0-4 spans and 0-3 decoys a line, no newline in a text, every other
    occurrence of a planted value in the line is itself labelled (a PERSON value may also
    sit inside a decoy), and values are what their type says (Luhn for cards, phonenumbers
    validity for phones, mod-97 for IBANs, GB 11643 check digit and birth date for Chinese
    IDs, SSA rules for SSNs, ipaddress for IPs, plate/passport shapes).  Returns counters
    per TYPE and per decoy KIND.
python pii_logs_blind22.py
    Generates 5,000 lines (seed 0), validates them and prints the counts.

Value generators
----------------
PERSON          Faker zh_CN, zh_TW, en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_ES names;
                compound (欧阳, 诸葛, 上官 ...) and rare (仝, 亓, 逯, 禚 ...) Chinese surnames;
                Uyghur / Tibetan / Mongolian / Yi names (阿依古丽·买买提, 扎西顿珠 ...);
                pinyin names (Chen Jing); bare surnames before a title; person logins
                (jsmith, j.smith, smithj, zhang.wei, wangfang88, zhangw).
EMAIL_ADDRESS   logins at Chinese and international free-mail domains, QQ numeric
                mailboxes, staff addresses at the vendor domain.
PHONE_NUMBER    CN mobiles (plain, spaced, dashed, +86, 0086, (+86)) and landlines
                (0731-85123456, (0731)85123456, +86 731 8512 3456 ...); numbers built from
                phonenumbers.example_number(_for_type) for ~40 regions with random tails,
                kept only if valid, printed INTERNATIONAL / E164 / RFC3966 / US national.
CREDIT_CARD     Luhn-valid Visa, Mastercard (51-55, 2221-2720), Amex, UnionPay (62, 16/19
                digits), plain / spaced / dashed.
IBAN_CODE       mod-97 valid DE GB FR ES NL IT BE AT CH IE PL PT SE, compact or grouped.
US_SSN          area 001-899 except 666, group 01-99, serial 0001-9999; dashed/plain/spaced.
CN_RESIDENT_ID  real-looking area codes, birth 1950-2004, GB 11643 check digit.
PASSPORT        CN (E + 8 digits, E + letter + 7), US/GB (9 digits), DE, IN, FR, IT, ES, AU.
LICENSE_PLATE   CN (湘A12345, 粤B·D12345 new-energy, 京A 1B234), UK (AB12 CDE), US.
IP_ADDRESS      client/user IPv4 from CN/UK/US/EU/other ranges, private workstation
                addresses, IPv6 from real ISP prefixes.
CREDENTIAL      passwords, AWS / Aliyun access and secret keys, WeChat appsecret and
                access_token, HLS keys, JWTs, opaque bearer/session tokens, JSESSIONID,
                Okta session ids, GitHub/Stripe/Google/SendGrid/Slack keys, PEM key bodies,
                URL and connection-string passwords, PHP "\/"-escaped secrets.

Label conventions
-----------------
* Any address of a person's account -> EMAIL_ADDRESS (QQ numeric too); role mailboxes
  (service@, noreply@, alerts@, billing@ ...) -> decoy role_mailbox.
* Server / upstream / proxy / DB / resolver address -> decoy server_ip; a client's or
  user's (workstation, phone, VPN-assigned, attacker) address -> IP_ADDRESS.
* Surname before a title (王先生, 李经理, 张师傅, Mr. Smith, Dr. Patel) -> PERSON on the
  surname only; "王建国主任医师" -> PERSON on 王建国; full names of staff (engineers,
  agents, doctors, 运维, 值班人员) are PERSON.
* Famous historical people / fictional characters -> decoy public_figure; brands named
  after people -> decoy company; streets, districts, scenic spots, hospitals, substations,
  schools/buildings -> decoy place.
* Passwords, API keys, access and secret keys, session ids / cookie values, bearer tokens
  and JWTs (token only), private-key bodies, connection-string and URL password parts ->
  CREDENTIAL; one-time SMS codes / pickup codes -> decoy pickup_code.
* Person-looking logins (jsmith, zhang.wei) -> PERSON; root, admin, svc-*, service
  accounts -> decoy system_account.
* Order ids (incl. Luhn-valid 16-digit ids and 11-digit ids starting with 1), case and
  ticket numbers, 工号, waybills, train/flight numbers, UUIDs, commit hashes, image
  digests, trace ids, epoch timestamps, amounts, ports, versions, meter / account numbers
  -> decoys with a descriptive kind.
* Postal addresses, dates of birth, ages and genders are left unlabelled.
* A PERSON value may occur inside a decoy (张 in 张公岭) but every other occurrence of a
  planted value in the line is itself labelled.
* Spans never overlap each other or a decoy; 0-4 spans and 0-3 decoys a line.  Templates
  marked "-" in the span column carry decoys only (over-redaction probes).

Templates ("number: language / system -- spans | decoys")
--------------------------------------------------------
     0: zh / Spring Boot logback, prepaid top-up service (预付费充值) -- PERSON, PHONE_NUMBER | customer_account_no, amount, order_id
     1: zh / 95598 call-centre CTI/ACD log -- PHONE_NUMBER, PERSON (agent), PERSON (surname+先生/女士, or full name before 主任医师) | service_hotline, employee_id, place (hospital)
     2: zh / WeChat official account (公众号) message callback, single-line XML -- PERSON, PHONE_NUMBER | wechat_openid, epoch_ts, customer_account_no
     3: zh / Android logcat, meter-reading handheld app (抄表APP) -- PERSON (抄表员) | employee_id, meter_id, place
     4: zh / outage dispatch service (抢修派单) -- PERSON, PHONE_NUMBER, LICENSE_PLATE | work_order, place
     5: zh / UnionPay ACP SDK request dump (银联全渠道) -- CREDIT_CARD | merchant_id, order_id, amount
     6: zh / Alipay async notify (decoy only: masked buyer, role mailbox) -- - | payment_txn_id, masked, role_mailbox
     7: zh / bank withholding batch job (银行代扣) -- PERSON, CREDIT_CARD | batch_id, customer_account_no, amount
     8: zh / MDM VEE estimation warning (decoy only) -- - | meter_id, uuid, place
     9: zh / head-end remote disconnect audit (主站远程拉闸) -- PERSON (operator), IP_ADDRESS (workstation) | meter_id, customer_account_no
    10: zh / marketing/billing system ownership transfer (过户) -- PERSON x2, CN_RESIDENT_ID x2 | application_id
    11: zh / ID-card OCR realname check, JSON with \u escapes -- PERSON (\u-escaped), CN_RESIDENT_ID | request_id
    12: zh / Aliyun SMS gateway SendSms -- PHONE_NUMBER | pickup_code, sms_biz_id, request_id
    13: zh / Aliyun SDK client init failure with AccessKey pair -- CREDENTIAL x2 (AccessKeyId, AccessKeySecret) | request_id
    14: zh / Nacos config push to Spring datasource -- CREDENTIAL (password) | server_ip, port, system_account
    15: zh / planned outage notice publisher (decoy only) -- - | feeder_id, place, notice_id
    16: zh / CRM complaint ticket (投诉工单) -- PERSON (surname+女士/先生), PHONE_NUMBER, PERSON (抄表员) | work_order
    17: zh / e-bill mailer (电子账单) -- EMAIL_ADDRESS | role_mailbox, customer_account_no, amount
    18: zh / dunning mail bounce, QQ numeric mailbox -- EMAIL_ADDRESS (QQ), PERSON | -
    19: zh / SCADA remote-control operation log (调度遥控) -- PERSON x2 (操作人, 监护人) | place, operation_ticket
    20: zh / JumpServer bastion login audit -- PERSON (login), PERSON (name), IP_ADDRESS | server_ip, system_account
    21: zh / gas IC-card meter POS purchase (燃气购气) -- PERSON x2 (营业员, 用户) | place, gas_card_no, amount
    22: zh / gas safety inspection app (入户安检) -- PERSON (surname+师傅), PHONE_NUMBER | work_order, employee_id
    23: zh / WeChat access_token refresh (appid + secret) -- CREDENTIAL x2 (secret, access_token) | wechat_appid
    24: zh / counter account opening for a foreign customer (外籍客户开户) -- PERSON, PASSPORT, PHONE_NUMBER, PERSON (受理人) | -
    25: zh / nginx access log, 网上国网 H5 bill query (percent-encoded name) -- IP_ADDRESS, PERSON (%-encoded), PHONE_NUMBER | customer_account_no
    26: zh / EV charging platform order close (充电桩) -- LICENSE_PLATE, PHONE_NUMBER | order_id, charger_id, amount
    27: zh / e-learning platform (public figures in course title) -- PERSON (login) | public_figure x2
    28: zh / service hall queue caller (排队叫号) -- PERSON (surname+女士/先生) | queue_ticket
    29: zh / MySQL general query log with Chinese literal -- PERSON, PHONE_NUMBER | -
    30: zh / field crew departure (抢修班组出车) -- PERSON x3, LICENSE_PLATE | work_order
    31: zh / web live-chat transcript (在线客服) -- IP_ADDRESS, PHONE_NUMBER | customer_account_no
    32: zh / refund approval to bank card (退费) -- PERSON, CREDIT_CARD, PERSON (surname+经理) | refund_id, amount
    33: zh / logstash-logback-encoder JSON, app login lockout -- PHONE_NUMBER, IP_ADDRESS | device_id
    34: zh / SMS verification code sent to masked number (decoy only) -- - | masked, pickup_code, sms_template
    35: zh / dispatch duty-shift handover (调度值班交接) -- PERSON x2 (值班人员) | employee_id
    36: zh / gas leak alarm dispatch (燃气报警) -- PHONE_NUMBER, PERSON (surname+师傅) | work_order
    37: zh / app session in Redis (Chinese message, login + token) -- PERSON (login), CREDENTIAL (token) | -
    38: zh / fully-digital e-invoice issuing (数电发票) -- PERSON (buyer), EMAIL_ADDRESS | invoice_number, amount, waybill (some)
    39: zh / new-connection application (业扩报装), company named after a person -- PERSON (联系人), PHONE_NUMBER | application_id, company
    40: en / nginx combined log, vendor cloud portal (basic-auth user) -- IP_ADDRESS, PERSON (login) | -
    41: en / AWS CloudTrail event JSON -- PERSON x2 (IAM user in arn and userName), CREDENTIAL (accessKeyId), IP_ADDRESS | aws_account_id x2, iam_principal_id
    42: en / Go zap JSON in Kubernetes, DLMS head-end association -- CREDENTIAL (HLS key) | epoch_ts, meter_id, server_ip
    43: en / OpenSSH sshd Accepted publickey (roaming engineer) -- PERSON (login), IP_ADDRESS | port, ssh_key_fingerprint
    44: en / OpenSSH sshd Failed password for invalid user (attacker) -- IP_ADDRESS | system_account, port
    45: en / sudo syslog line -- PERSON x2 (login, home dir) | system_account
    46: en / Postfix smtp delivery -- EMAIL_ADDRESS | queue_id, server_ip
    47: en / Postfix qmgr from role mailbox (decoy only) -- - | queue_id, role_mailbox
    48: en / Twilio SMS status webhook (form-encoded) -- PHONE_NUMBER (%2B-encoded) | twilio_account_sid, message_sid, sender_number
    49: en / Spring Boot DEBUG PaymentController (PCI leak, upper-case holder) -- CREDIT_CARD, PERSON | masked (cvv), amount
    50: en / log4j credit check batch (US SSN) -- PERSON, US_SSN | bureau_ref
    51: en / SAP IS-U IDoc inbound (DEBMAS), split name fields -- PERSON x2 (first, last), IBAN_CODE | idoc_number, business_partner_id
    52: en / SEPA direct-debit pain.008 builder -- PERSON (accented), IBAN_CODE | end_to_end_id, mandate_id, amount
    53: en / BACS ADDACS report (UK) -- PERSON, IBAN_CODE (grouped) | customer_ref
    54: en / Zendesk webhook JSON (\u-escaped requester) -- PERSON (\u-escaped), EMAIL_ADDRESS, PERSON (assignee) | ticket_id
    55: en / PagerDuty escalation notice -- PERSON, EMAIL_ADDRESS, PHONE_NUMBER | incident_id
    56: en / Okta System Log JSON -- EMAIL_ADDRESS, PERSON, IP_ADDRESS, CREDENTIAL (externalSessionId) | -
    57: en / Tomcat access log with jsessionid path parameter -- IP_ADDRESS (workstation), CREDENTIAL (jsessionid) | -
    58: en / HAProxy HTTP log with captured cookie -- IP_ADDRESS, CREDENTIAL (cookie) | port
    59: en / Envoy default access log (%-encoded e-mail in path) -- EMAIL_ADDRESS (%40), IP_ADDRESS (XFF) | request_id, server_ip
    60: en / GitHub Actions runner log with leaked token -- CREDENTIAL | commit_hash
    61: en / deploy agent image pull (decoy only) -- - | version, image_digest, system_account
    62: en / Python logging, travel booking for roaming engineer -- PERSON, PASSPORT | flight_number or train_number, booking_ref
    63: en / Go kit logfmt onboarding (roaming engineer site access) -- PERSON, EMAIL_ADDRESS, PASSPORT, PHONE_NUMBER | -
    64: en / Asterisk full log, caller name set on PSTN trunk -- PHONE_NUMBER, PERSON | call_id
    65: en / Amazon Connect contact trace record -- PHONE_NUMBER, PERSON (agent login) | aws_account_id, contact_id, service_hotline
    66: en / Windows 4625 via Snare/NXLog syslog (tab separated) -- PERSON x2 (account name), IP_ADDRESS | port
    67: en / ldap3 DEBUG bind with clear-text password -- CREDENTIAL | system_account, server_ip, port
    68: en / Node winston JSON, Redis URL with password -- CREDENTIAL (URL password) | server_ip x2, port
    69: en / PostgreSQL auth failure (log_line_prefix '%m [%p] %u@%d %r ') -- PERSON x2 (db login), IP_ADDRESS | port
    70: en / Landis+Gyr Command Center remote disconnect -- PERSON (operator login) | meter_id, premise_id, company
    71: en / GCP Cloud Logging jsonPayload, VPN connect -- EMAIL_ADDRESS, IP_ADDRESS (source), IP_ADDRESS (assigned to user) | log_insert_id
    72: en / .NET EF Core connection error with connection string -- CREDENTIAL (Password=) | port x2, system_account
    73: en / config dump with PEM private key (escaped \n) -- CREDENTIAL (key body) | -
    74: en / log4j ACH return processor -- PERSON | routing_number, masked, amount
    75: en / field service management dispatch (UK crew van) -- LICENSE_PLATE, PERSON, PHONE_NUMBER | work_order
    76: en / Django registration log (US national phone, IPv6) -- EMAIL_ADDRESS, PHONE_NUMBER, IP_ADDRESS | -
    77: en / Keycloak event listener LOGIN_ERROR -- IP_ADDRESS, PERSON (username) | -
    78: en / HTTP client DEBUG with bearer JWT -- CREDENTIAL (token only) | trace_id
    79: en / Alertmanager notify (decoy only) -- - | server_ip, port, version
    80: en / LMS course completion (public figures) -- PERSON (login) | public_figure x2
    81: en / Intune device enrollment (roaming engineer phone) -- PERSON, PHONE_NUMBER | imei
    82: en / AWS ALB access log -- IP_ADDRESS (client) | server_ip, trace_id
    83: en / FortiGate traffic log (Modbus deny) -- IP_ADDRESS (workstation), PERSON (FSSO user) | server_ip, port
    84: en / nginx access log with api_key query parameter -- IP_ADDRESS, CREDENTIAL (api_key) | -
    85: en / Slack notifier (on-call engineer) -- PERSON | feeder_id, place
    86: en / identity verification event JSON (US applicant) -- PERSON, US_SSN | vendor
    87: en / EV fleet depot check-in (US plate) -- LICENSE_PLATE, PERSON (driver login) | charger_id
    88: en / vendor support chat with title + surname -- PERSON (surname after Mr./Dr.), EMAIL_ADDRESS | ticket_id, company
    89: en / PHP json_encode audit with escaped slashes (AWS secret key) -- CREDENTIAL x2 (access key, secret key with \/) | -
"""

import base64
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import unicodedata
from collections import Counter
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import phonenumbers
from faker import Faker

__all__ = ["blind_log22", "validate", "TEMPLATES", "SPAN_TYPES"]

SPAN_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
    "US_SSN", "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS",
    "CREDENTIAL",
)

# ---------------------------------------------------------------------------
# parts: a template returns a list of str | S (planted value) | D (decoy)
# ---------------------------------------------------------------------------


class S:
    """A planted PII value; `enc` turns the raw value into its printed form."""

    __slots__ = ("typ", "val", "enc")

    def __init__(self, typ, val, enc=None):
        assert typ in SPAN_TYPES, typ
        self.typ, self.val, self.enc = typ, val, enc

    def printed(self, v=None):
        v = self.val if v is None else v
        return self.enc(v) if self.enc else v


class D:
    """A decoy: looks sensitive (or sits next to PII) but must be kept."""

    __slots__ = ("kind", "val")

    def __init__(self, kind, val):
        self.kind, self.val = kind, val


def J(s):
    """JSON string body, ensure_ascii=False."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def JA(s):
    """JSON string body, ensure_ascii=True (\\uXXXX escapes)."""
    return json.dumps(s)[1:-1]


def JS(s):
    """PHP-style json_encode: escapes '/' as '\\/'."""
    return json.dumps(s)[1:-1].replace("/", "\\/")


def P(s):
    """Percent-encoding (RFC 3986, nothing safe)."""
    return quote(s, safe="")


def PF(s):
    """application/x-www-form-urlencoded (space -> '+')."""
    return quote_plus(s, safe="")


TEMPLATES = []  # (fn, lang, system, spans, decoys)


def tpl(lang, system, spans, decoys):
    def deco(fn):
        TEMPLATES.append((fn, lang, system, spans, decoys))
        return fn
    return deco


# ---------------------------------------------------------------------------
# static vocabularies
# ---------------------------------------------------------------------------

EN_LOCALES = ["en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_ES"]
ALL_LOCALES = ["zh_CN", "zh_TW"] + EN_LOCALES

COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
                     "慕容", "令狐", "长孙", "宇文", "司徒", "澹台", "夏侯", "端木",
                     "轩辕", "西门", "南宫", "呼延", "独孤", "申屠", "第五", "万俟"]
RARE_SURNAMES = ["仝", "亓", "逯", "禚", "訾", "靳", "阚", "昝", "隗", "佘", "厍", "缑",
                 "爨", "甯", "璩", "蒯", "芮", "晏", "宓", "郗", "眭", "逄", "冼", "笪",
                 "乜", "冀", "揭", "谯", "羿", "暴"]
GIVEN_CHARS = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华平刚桂兰鑫浩宇婷健"
                   "晨阳博文雪琳欣怡梓涵子轩思远志国建红玉梅海燕春晓东峰辉慧佳琪")
MINORITY_NAMES = [
    "阿依古丽·买买提", "热依拉·艾力", "古丽娜尔·吐尔逊", "买买提·艾则孜",
    "阿不都热合曼·吾斯曼", "努尔兰·别克", "迪丽娜尔·阿西木", "帕提古丽·卡德尔",
    "艾尔肯·依明", "扎西顿珠", "次仁卓玛", "格桑拉姆", "达瓦次仁", "洛桑丹增",
    "尼玛次仁", "央金拉姆", "巴特尔", "乌云其木格", "那仁图雅", "额尔敦巴雅尔",
    "苏日娜", "其其格", "阿西阿呷", "吉克伍呷", "吾买尔江·托合提",
]
# hanzi surname/given -> pinyin, for logins and e-mails that match the name
PY_SURNAMES = {"张": "zhang", "王": "wang", "李": "li", "刘": "liu", "陈": "chen",
               "杨": "yang", "赵": "zhao", "黄": "huang", "周": "zhou", "吴": "wu",
               "徐": "xu", "孙": "sun", "胡": "hu", "朱": "zhu", "郭": "guo",
               "何": "he", "罗": "luo", "郑": "zheng", "梁": "liang", "谢": "xie",
               "宋": "song", "唐": "tang", "韩": "han", "冯": "feng", "邓": "deng",
               "曹": "cao", "彭": "peng", "曾": "zeng", "肖": "xiao", "蒋": "jiang",
               "欧阳": "ouyang", "诸葛": "zhuge", "上官": "shangguan"}
PY_GIVEN = {"伟": "wei", "芳": "fang", "敏": "min", "静": "jing", "丽": "li",
            "强": "qiang", "磊": "lei", "军": "jun", "洋": "yang", "勇": "yong",
            "艳": "yan", "杰": "jie", "娟": "juan", "涛": "tao", "明": "ming",
            "超": "chao", "秀英": "xiuying", "华": "hua", "平": "ping", "刚": "gang",
            "鑫": "xin", "浩": "hao", "宇": "yu", "婷": "ting", "建国": "jianguo",
            "海燕": "haiyan", "志强": "zhiqiang", "丽娟": "lijuan", "晓东": "xiaodong",
            "文博": "wenbo", "雪梅": "xuemei", "子轩": "zixuan", "佳琪": "jiaqi",
            "春华": "chunhua", "桂兰": "guilan"}
ZH_TITLES = ["先生", "女士", "经理", "师傅", "工", "主任", "老师", "科长", "阿姨", "总"]
EN_TITLES = ["Mr.", "Mrs.", "Ms.", "Dr."]

ZH_MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "sohu.com",
                   "foxmail.com", "yeah.net", "139.com", "aliyun.com", "hotmail.com"]
EN_MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com",
                   "icloud.com", "btinternet.com", "web.de", "gmx.de", "orange.fr",
                   "yahoo.es", "rediffmail.com", "bigpond.com", "protonmail.com",
                   "outlook.es", "live.com.au", "aol.com"]
UTIL_DOMAIN = "jcpg.com.cn"            # the utility (江城电力燃气)
VENDOR_DOMAIN = "meridiangrid.io"      # the cloud vendor
ROLE_LOCALS = ["service", "noreply", "no-reply", "alerts", "billing", "support",
               "postmaster", "ops-alerts", "notice", "kefu", "do-not-reply", "dunning"]

SYSTEM_ACCOUNTS = ["root", "admin", "administrator", "svc-mdm", "svc-billing",
                   "svc-hes-sync", "postgres", "oracle", "mysql", "www-data",
                   "jenkins", "deploy", "sa", "ec2-user", "ubuntu", "hes_svc",
                   "billing_app", "mdm_etl", "svc-deployer", "nacos", "scada_ro"]

ZH_PLACES = ["人民路", "中山路", "解放大道", "五一大道", "芙蓉中路", "韶山南路",
             "麓山南路", "岳麓区", "天河区", "南山区", "雨花区", "开福区", "雁塔区",
             "橘子洲", "西湖景区", "张家界", "黄鹤楼", "马王堆", "岳麓书院",
             "湘雅医院", "华西医院", "中南大学", "王家湾", "李家村", "周庄",
             "万达广场", "国金中心", "长沙南站", "高新区", "梅溪湖"]
ZH_SUBSTATIONS = ["城南变", "王家庄变", "星沙变", "河西变", "李家坪变", "岳麓变",
                  "洞井变", "黄花变", "马坡岭变", "望城变"]
ZH_HALLS = ["五一大道营业厅", "芙蓉中路营业厅", "星沙营业厅", "河西营业厅",
            "人民路营业厅", "梅溪湖营业厅"]
ZH_TEAMS = ["天河二班", "雁塔一班", "岳麓抢修一班", "开福抢修三班", "星沙配抢班",
            "城区运维二班", "雨花配电抢修班"]
ZH_PUBLIC = ["孙中山", "鲁迅", "李白", "杜甫", "诸葛亮", "爱迪生", "特斯拉", "法拉第",
             "孙悟空", "林黛玉", "詹天佑", "钱学森", "袁隆平", "瓦特", "安培"]
ZH_COMPANIES = ["张小泉", "王老吉", "李宁", "陈李济", "胡庆余堂", "马应龙", "王致和", "许继集团"]
EN_PUBLIC = ["Thomas Edison", "Nikola Tesla", "Michael Faraday", "James Watt",
             "Benjamin Franklin", "Sherlock Holmes", "Ada Lovelace",
             "Alessandro Volta", "Marie Curie", "George Westinghouse", "Harry Potter"]
EN_COMPANIES = ["Siemens", "Schneider Electric", "Landis+Gyr", "Honeywell",
                "Johnson Controls", "Tesla", "Philips", "Westinghouse", "Emerson",
                "Dell", "Hewlett Packard Enterprise", "Ford"]
EN_PLACES = ["Riverside primary", "Kingsway substation", "Elm Street depot",
             "St Thomas' Hospital", "Canary Wharf", "Hyde Park", "Oak Ridge grid site",
             "Millbrook School", "Harbour Bridge", "Queen Street BSP"]
BANKS_ZH = ["中国农业银行长沙分行", "中国建设银行湖南省分行", "工商银行芙蓉支行",
            "交通银行长沙分行", "招商银行长沙分行", "长沙银行星沙支行"]

CN_AREA_CODES = ["110101", "110105", "110108", "310104", "310115", "440106",
                 "440305", "330106", "320102", "510107", "420106", "610113",
                 "370102", "410105", "500103", "120101", "350102", "430104",
                 "430102", "430111", "430121", "130102", "210102", "220102",
                 "230102", "340104", "360102", "450102", "460106", "520102",
                 "530102", "620102", "640104", "650102", "540102", "150102",
                 "140105", "431202", "430602", "445302"]
CN_MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138",
                      "139", "145", "147", "150", "151", "152", "153", "155", "156",
                      "157", "158", "159", "166", "172", "173", "175", "176", "177",
                      "178", "180", "181", "182", "183", "184", "185", "186", "187",
                      "188", "189", "191", "193", "195", "196", "198", "199"]
CN_LANDLINE_AREAS = ["010", "020", "021", "022", "023", "024", "025", "027", "028",
                     "029", "0731", "0733", "0734", "0735", "0737", "0739", "0744",
                     "0755", "0571", "0531", "0532", "0591", "0871", "0898", "0351",
                     "0371", "0311", "0431", "0451", "0471", "0551", "0791", "0851",
                     "0931", "0951", "0991"]
INTL_REGIONS = ["US", "CA", "GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "CH",
                "AT", "SE", "NO", "DK", "PL", "PT", "AU", "NZ", "IN", "PK", "SG",
                "MY", "TH", "VN", "PH", "ID", "HK", "MO", "TW", "JP", "KR", "AE",
                "SA", "QA", "ZA", "NG", "KE", "EG", "BR", "MX", "CL", "TR"]
CN_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16,
            "AT": 20, "CH": 21, "IE": 22, "PL": 28, "PT": 25, "SE": 24}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def _ascii(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def _iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    return int(_iban_numeric(s[4:] + s[:4])) % 97 == 1


def _cnid_ok(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    try:
        _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    chk = ID_CHECK[sum(int(a) * b for a, b in zip(s[:17], ID_WEIGHTS)) % 11]
    return s[17].upper() == chk


_PHONE_REGIONS = ["CN", "US", "GB", "DE", "FR", "HK", "TW", "SG", "AU", "IN"]


def _phone_ok(s):
    regions = [None] if s.lstrip("( ").startswith("+") else _PHONE_REGIONS
    for reg in regions:
        try:
            n = phonenumbers.parse(s, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


def _ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


_PLATE_RES = [
    re.compile("[" + CN_PROVINCES + "][A-HJ-NP-Z][·・ ]?[A-HJ-NP-Z0-9]{5,6}"),
    re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{3}"),
    re.compile(r"\d[A-Z]{3}\d{3}"),
    re.compile(r"[A-Z]{3}-\d{4}"),
]


def _norm(s, typ=None):
    """Undo the printing (JSON escapes, percent-encoding) to get the value."""
    if "\\" in s:
        try:
            s = json.loads('"' + s + '"')
        except ValueError:
            pass
    if "%" in s and typ != "CREDENTIAL":
        s = unquote_plus(s) if typ == "PERSON" else unquote(s)
    elif typ == "PERSON" and "+" in s:
        s = s.replace("+", " ")
    return s


def _value_ok(typ, raw):
    v = _norm(raw, typ)
    if typ == "PERSON":
        return any(c.isalpha() for c in v) and all(c.isalpha() or c.isdigit() or c in " .·'-_" for c in v) \
            and not v.isdigit()
    if typ == "EMAIL_ADDRESS":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v) is not None
    if typ == "PHONE_NUMBER":
        return _phone_ok(v)
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        return d.isdigit() and 13 <= len(d) <= 19 and _luhn_ok(d)
    if typ == "IBAN_CODE":
        return _iban_ok(v)
    if typ == "US_SSN":
        return _ssn_ok(v)
    if typ == "CN_RESIDENT_ID":
        return _cnid_ok(v)
    if typ == "PASSPORT":
        return re.fullmatch(r"[A-Z0-9]{7,9}", v) is not None and sum(c.isdigit() for c in v) >= 5
    if typ == "LICENSE_PLATE":
        return any(r.fullmatch(v) for r in _PLATE_RES)
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "CREDENTIAL":
        return len(v) >= 6 and not any(c.isspace() for c in v)
    return False


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------


class G:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in ALL_LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f
        self.t = None
        self.new_time()

    # --- helpers -----------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def rand(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = self.rand(HEX, n)
        return s.upper() if upper else s

    def uuid(self, upper=False):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        u = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
        return u.upper() if upper else u

    # --- time ----------------------------------------------------------------
    def new_time(self):
        base = _dt.datetime(2026, 11, 24, 0, 0, 0)
        self.t = base + _dt.timedelta(seconds=self.r.randint(0, 13 * 86400 - 1),
                                      microseconds=self.r.randint(0, 999999))

    def ts(self, fmt="ms"):
        t = self.t
        if fmt == "ms":
            return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
        if fmt == "comma":
            return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
        if fmt == "sec":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if fmt == "iso_z":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        if fmt == "iso_us_z":
            return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        if fmt == "iso_cn":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+08:00" % (t.microsecond // 1000)
        if fmt == "iso_s_z":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if fmt == "clf_cn":
            return t.strftime("%d/%b/%Y:%H:%M:%S +0800")
        if fmt == "clf_utc":
            return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if fmt == "syslog":
            return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")
        if fmt == "logcat":
            return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
        if fmt == "compact":
            return t.strftime("%Y%m%d%H%M%S")
        if fmt == "ymd":
            return t.strftime("%Y%m%d")
        raise ValueError(fmt)

    def epoch(self, ms=False, cn=False):
        t = self.t - _dt.timedelta(hours=8) if cn else self.t
        e = (t - _dt.datetime(1970, 1, 1)).total_seconds()
        return str(int(e * 1000)) if ms else str(int(e))

    # --- people ------------------------------------------------------------
    def _given(self):
        return "".join(self.ch(GIVEN_CHARS) for _ in range(self.r.choice((1, 2, 2))))

    def zh_name(self):
        x = self.r.random()
        if x < 0.55:
            return self.fk["zh_CN"].name()
        if x < 0.67:
            return self.fk["zh_TW"].name()
        if x < 0.78:
            return self.ch(COMPOUND_SURNAMES) + self._given()
        if x < 0.89:
            return self.ch(RARE_SURNAMES) + self._given()
        return self.ch(MINORITY_NAMES)

    def zh_surname(self):
        x = self.r.random()
        if x < 0.7:
            return self.fk["zh_CN"].last_name()
        if x < 0.85:
            return self.ch(COMPOUND_SURNAMES)
        return self.ch(RARE_SURNAMES)

    def zh_pair(self):
        """(hanzi name, surname pinyin, given pinyin)"""
        sur = self.ch(list(PY_SURNAMES))
        giv = self.ch(list(PY_GIVEN))
        return sur + giv, PY_SURNAMES[sur], PY_GIVEN[giv]

    def en_parts(self, loc=None):
        f = self.fk[loc or self.ch(EN_LOCALES)]
        return f.first_name(), f.last_name()

    def en_name(self, loc=None):
        a, b = self.en_parts(loc)
        return a + " " + b

    def en_surname(self):
        return self.fk[self.ch(EN_LOCALES)].last_name()

    def pinyin_name(self):
        """Chinese staff name written the English way ('Chen Jing' / 'Jing Chen')."""
        _, s, g = self.zh_pair()
        if self.r.random() < 0.5:
            return s.capitalize() + " " + g.capitalize()
        return g.capitalize() + " " + s.capitalize()

    def login(self, style=None):
        """Person-looking login: jsmith, j.smith, smithj, zhang.wei, wangfang88..."""
        if style is None:
            style = self.ch(["en", "en", "zh", "zh"])
        if style == "zh":
            _, s, g = self.zh_pair()
            k = self.r.randint(0, 5)
            return [s + "." + g, s + g, s + g + str(self.r.randint(1, 99)), g + "." + s,
                    s + g[0], s + "_" + g][k]
        first, last = self.en_parts(self.ch(["en_US", "en_GB", "en_AU", "en_IN", "de_DE", "es_ES"]))
        f, l = _ascii(first), _ascii(last)
        if len(f) < 2 or len(l) < 2:
            f, l = "john", "smith"
        k = self.r.randint(0, 5)
        return [f[0] + l, f + "." + l, l + f[0], f[0] + "." + l, f + l[0], f + "_" + l][k][:20]

    def email_for_login(self, login, domain=None, zh=False):
        local = login
        if self.r.random() < 0.3:
            local += self.ch(["", "_", "."]) + str(self.r.randint(1970, 2005) if self.r.random() < 0.5 else self.r.randint(1, 999))
        return local + "@" + (domain or self.ch(ZH_MAIL_DOMAINS if zh else EN_MAIL_DOMAINS))

    def email(self, zh=False, domain=None):
        if zh and self.r.random() < 0.25 and domain is None:
            return self.digits(self.r.randint(6, 10), "123456789") + "@qq.com"
        return self.email_for_login(self.login("zh" if zh else "en"), domain, zh)

    def qq_email(self):
        return self.digits(self.r.randint(5, 11), "123456789") + "@qq.com"

    def role_mailbox(self, domain=UTIL_DOMAIN):
        return self.ch(ROLE_LOCALS) + "@" + domain

    def sysacct(self):
        return self.ch(SYSTEM_ACCOUNTS)

    # --- phones ------------------------------------------------------------
    def cn_mobile_digits(self):
        while True:
            d = self.ch(CN_MOBILE_PREFIXES) + self.digits(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "CN")):
                return d

    def cn_mobile(self, style=None):
        d = self.cn_mobile_digits()
        styles = ["plain", "plain", "plain", "space", "dash", "+86sp", "+86", "+86dash",
                  "0086", "paren"]
        style = style or self.ch(styles)
        a, b, c = d[:3], d[3:7], d[7:]
        out = {"plain": d, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}",
               "+86sp": f"+86 {a} {b} {c}", "+86": "+86" + d, "+86dash": f"+86-{a}-{b}-{c}",
               "0086": "0086 " + d, "paren": "(+86)" + d}[style]
        assert _phone_ok(out), out
        return out

    def cn_landline(self, style=None):
        while True:
            area = self.ch(CN_LANDLINE_AREAS)
            n = 8 if len(area) == 3 or self.r.random() < 0.7 else 7
            sub = self.digits(n, "2345678")
            if phonenumbers.is_valid_number(phonenumbers.parse(area + sub, "CN")):
                break
        style = style or self.ch(["dash", "dash", "paren", "space", "+86", "plain", "+86dash"])
        if n == 8:
            sp = sub[:4] + " " + sub[4:]
        else:
            sp = sub[:3] + " " + sub[3:]
        out = {"dash": f"{area}-{sub}", "paren": f"({area}){sub}", "space": f"{area} {sp}",
               "+86": f"+86 {area[1:]} {sp}", "plain": area + sub,
               "+86dash": f"+86-{area[1:]}-{sub}"}[style]
        assert _phone_ok(out), out
        return out

    def cn_phone(self):
        return self.cn_mobile() if self.r.random() < 0.7 else self.cn_landline()

    def intl_phone(self, region=None, fmt=None):
        while True:
            reg = region or self.ch(INTL_REGIONS)
            ex = phonenumbers.example_number_for_type(reg, phonenumbers.PhoneNumberType.MOBILE) \
                if self.r.random() < 0.75 else phonenumbers.example_number(reg)
            if ex is None:
                continue
            nn = str(ex.national_number)
            k = self.r.randint(2, min(5, len(nn) - 2))
            nn = nn[:-k] + self.digits(k)
            try:
                num = phonenumbers.parse("+%d%s" % (ex.country_code, nn), None)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(num):
                continue
            f = fmt or self.ch(["intl", "intl", "e164", "rfc"])
            if f == "intl":
                out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            elif f == "e164":
                out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            elif f == "national":
                out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            else:
                out = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.RFC3966)[4:]
            if _phone_ok(out):
                return out

    # --- cards / bank ------------------------------------------------------
    def card_digits(self, kind=None):
        kind = kind or self.ch(["visa", "mc", "amex", "unionpay", "unionpay"])
        if kind == "visa":
            pre, n = "4" + self.digits(5), 16
        elif kind == "mc":
            pre = str(self.r.randint(51, 55)) if self.r.random() < 0.7 else str(self.r.randint(2221, 2720))
            n = 16
        elif kind == "amex":
            pre, n = self.ch(["34", "37"]), 15
        else:
            pre = self.ch(["622202", "621700", "622848", "621226", "622588", "621483",
                           "622609", "623668", "625807", "620522", "622700"])
            n = self.ch([16, 19, 19])
        body = pre + self.digits(n - 1 - len(pre))
        return body + _luhn_digit(body)

    def card(self, kind=None, fmt=None):
        d = self.card_digits(kind)
        fmt = fmt or self.ch(["plain", "plain", "space", "dash"])
        if fmt == "plain":
            return d
        sep = " " if fmt == "space" else "-"
        if len(d) == 15:
            groups = [d[:4], d[4:10], d[10:]]
        else:
            groups = [d[i:i + 4] for i in range(0, len(d), 4)]
        return sep.join(groups)

    def iban(self, cc=None, grouped=None):
        cc = cc or self.ch(list(IBAN_LEN))
        if cc == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + self.digits(14)
        elif cc == "NL":
            bban = self.ch(["ABNA", "INGB", "RABO", "TRIO"]) + self.digits(10)
        elif cc == "IE":
            bban = self.ch(["AIBK", "BOFI", "IPBS"]) + self.digits(14)
        elif cc == "IT":
            bban = self.ch(PLATE_LETTERS) + self.digits(22)
        else:
            bban = self.digits(IBAN_LEN[cc] - 4)
        chk = 98 - int(_iban_numeric(bban + cc + "00")) % 97
        s = cc + "%02d" % chk + bban
        assert _iban_ok(s)
        if grouped is None:
            grouped = self.r.random() < 0.4
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ssn(self, fmt=None):
        while True:
            a = "%03d" % self.r.randint(1, 899)
            if a != "666":
                break
        g = "%02d" % self.r.randint(1, 99)
        n = "%04d" % self.r.randint(1, 9999)
        fmt = fmt or self.ch(["dash", "dash", "plain", "space"])
        return {"dash": f"{a}-{g}-{n}", "plain": a + g + n, "space": f"{a} {g} {n}"}[fmt]

    def cn_id(self):
        area = self.ch(CN_AREA_CODES)
        b = _dt.date(1950, 1, 1) + _dt.timedelta(days=self.r.randint(0, 20000))
        body = area + b.strftime("%Y%m%d") + self.digits(3)
        chk = ID_CHECK[sum(int(a) * w for a, w in zip(body, ID_WEIGHTS)) % 11]
        return body + chk

    def passport(self, kind=None):
        kind = kind or self.ch(["CN", "US", "GB", "DE", "IN", "FR", "IT", "ES", "AU"])
        if kind == "CN":
            if self.r.random() < 0.5:
                return "E" + self.digits(8)
            return "E" + self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
        if kind in ("US", "GB"):
            return self.digits(9, "123456789") if self.r.random() < 0.7 else "A" + self.digits(8)
        if kind == "DE":
            return self.ch("CFGHJK") + self.rand("CFGHJKLMNPRTVWXYZ0123456789", 3) + self.digits(5)
        if kind == "IN":
            return self.ch("ABCDEFGHJKLMNPRSTUVWZ") + self.digits(7, "123456789")
        if kind == "FR":
            return self.digits(2) + self.rand("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.digits(5)
        if kind == "IT":
            return self.rand("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.digits(7)
        if kind == "ES":
            return self.rand("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + self.digits(6)
        return self.ch("NPR") + self.ch("ABCDEFGHJKLMN") + self.digits(7)

    def plate_cn(self):
        p = self.ch(CN_PROVINCES) + self.ch(PLATE_LETTERS.replace("I", "").replace("O", ""))
        sep = self.ch(["", "", "·", " "])
        if self.r.random() < 0.3:  # new-energy plate
            tail = self.ch("DF") + self.digits(5)
        else:
            n_letters = self.ch([0, 0, 1, 2])
            chars = [self.ch(PLATE_LETTERS) for _ in range(n_letters)] + \
                [self.ch("0123456789") for _ in range(5 - n_letters)]
            self.r.shuffle(chars)
            tail = "".join(chars)
        return p + sep + tail

    def plate_uk(self):
        L = "ABCDEFGHJKLMNOPRSTUVWXY"
        return self.rand(L, 2) + self.ch(["24", "74", "25", "75", "19", "69", "21", "71", "16", "66"]) \
            + " " + self.rand("ABCDEFGHJKLMNOPRSTUVWXYZ", 3)

    def plate_us(self):
        if self.r.random() < 0.5:
            return self.ch("6789") + self.rand(PLATE_LETTERS, 3) + self.digits(3)
        return self.rand(PLATE_LETTERS, 3) + "-" + self.digits(4)

    # --- addresses -----------------------------------------------------------
    def ip_pub(self, region="any"):
        firsts = {"cn": [117, 223, 112, 113, 36, 183, 58, 120, 101, 39, 111, 175],
                  "uk": [81, 86, 90, 109, 82, 92],
                  "us": [73, 98, 24, 68, 174, 71, 76],
                  "eu": [84, 91, 79, 37, 62, 88],
                  "other": [102, 41, 94, 49, 106, 185, 45, 197, 200]}
        if region == "any":
            region = self.ch(list(firsts))
        a = self.ch(firsts[region])
        return "%d.%d.%d.%d" % (a, self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))

    def ip_priv(self):
        k = self.r.randint(0, 2)
        if k == 0:
            return "10.%d.%d.%d" % (self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(2, 254))
        if k == 1:
            return "172.%d.%d.%d" % (self.r.randint(16, 31), self.r.randint(0, 255), self.r.randint(2, 254))
        return "192.168.%d.%d" % (self.r.randint(0, 255), self.r.randint(2, 254))

    def ip6(self, region="any"):
        pre = {"cn": ["2409:8a00", "240e:3b0", "2408:8207", "2409:8900"],
               "uk": ["2a02:c7f", "2a00:23c6", "2a01:4b00"],
               "us": ["2600:1700", "2601:646", "2603:8000"],
               "eu": ["2a01:e0a", "2003:e6", "2a02:8109"]}
        if region == "any" or region not in pre:
            region = self.ch(list(pre))
        head = self.ch(pre[region])
        hextets = head.split(":") + ["%x" % self.r.randint(0, 0xffff) for _ in range(8 - len(head.split(":")))]
        if self.r.random() < 0.4:
            hextets[4:7] = ["0", "0", "0"]
        return str(ipaddress.IPv6Address(":".join(hextets)))

    def client_ip(self, region="any", v6=0.15):
        if self.r.random() < v6:
            return self.ip6(region)
        return self.ip_pub(region)

    def server_ip(self):
        return self.ip_priv() if self.r.random() < 0.8 else \
            "%d.%d.%d.%d" % (self.ch([52, 34, 35, 47, 106, 139, 120]), self.r.randint(0, 255),
                             self.r.randint(0, 255), self.r.randint(1, 254))

    # --- credentials ---------------------------------------------------------
    def password(self, urlsafe=False):
        k = self.r.randint(0, 4)
        sym = "_-." if urlsafe else "!@#$%^&*_-.?"
        if k == 0:
            w = self.ch(["Summer", "Winter", "Grid", "Power", "Meter", "Volt", "Jcpg", "Sgcc",
                         "Welcome", "Hunan", "Qwer", "Admin"])
            return w + self.ch(sym) + str(self.r.randint(2019, 2027)) + self.ch(["", "!", "#", "_"] if not urlsafe else ["", "_"])
        if k == 1:
            return self.rand(ALNUM, self.r.randint(10, 16))
        if k == 2:
            chars = [self.ch(string.ascii_uppercase), self.ch(string.ascii_lowercase),
                     self.ch(string.digits), self.ch(sym)] + \
                [self.ch(ALNUM + sym) for _ in range(self.r.randint(6, 12))]
            self.r.shuffle(chars)
            return "".join(chars)
        if k == 3:
            return self.rand(string.ascii_lowercase, self.r.randint(4, 6)) + self.digits(self.r.randint(3, 6))
        return "P" + self.ch("@a") + "ss" + self.ch("w0") + "rd" + self.ch(sym) + self.digits(self.r.randint(2, 4))

    def aws_akid(self):
        return self.ch(["AKIA", "ASIA"]) + self.rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_secret(self):
        return self.rand(ALNUM + "/+", 40)

    def ali_akid(self):
        return "LTAI" + (("5t" + self.rand(ALNUM, 18)) if self.r.random() < 0.6 else self.rand(ALNUM, 12))

    def ali_secret(self):
        return self.rand(ALNUM, 30)

    def b64url(self, n):
        return self.rand(B64URL, n)

    def jwt(self):
        alg = self.ch(["RS256", "HS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = self.hexs(16)
        now = int(self.epoch())
        body = {"sub": self.uuid(), "iat": now, "exp": now + self.ch([900, 3600, 7200]),
                "iss": self.ch(["https://sso." + UTIL_DOMAIN, "https://auth." + VENDOR_DOMAIN,
                                "https://login.microsoftonline.com/" + self.uuid() + "/v2.0"]),
                "scope": self.ch(["read:meter", "billing.read billing.write", "openid profile"])}

        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.b64url({"RS256": 342, "HS256": 43, "ES256": 86}[alg])
        return enc(hdr) + "." + enc(body) + "." + sig

    def jsessionid(self):
        s = self.hexs(32, upper=True)
        return s + (self.ch(["", "", ".node1", ".jvm2"]))

    def session_token(self):
        k = self.r.randint(0, 3)
        if k == 0:
            return self.hexs(32)
        if k == 1:
            return self.rand(string.ascii_lowercase + string.digits, 26)
        if k == 2:
            return self.b64url(43)
        return self.hexs(64)

    def api_key(self):
        k = self.r.randint(0, 6)
        if k == 0:
            return "ghp_" + self.rand(ALNUM, 36)
        if k == 1:
            return "sk_live_" + self.rand(ALNUM, 24)
        if k == 2:
            return "AIza" + self.rand(ALNUM + "-_", 35)
        if k == 3:
            return "SG." + self.rand(ALNUM + "-_", 22) + "." + self.rand(ALNUM + "-_", 43)
        if k == 4:
            return "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.rand(ALNUM, 24)
        if k == 5:
            return "mg_live_" + self.rand(ALNUM, 32)
        return self.hexs(40)

    def pem_body(self):
        head = self.ch(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
                        "MIIEpAIBAAKCAQEA", "MIIEowIBAAKCAQEA", "MHcCAQEEI"])
        return head + self.rand(ALNUM + "+/", self.r.randint(120, 260))

    # --- decoy values --------------------------------------------------------
    def acct_no(self):
        return self.digits(10) if self.r.random() < 0.8 else self.digits(13, "123456789")

    def meter_no(self):
        k = self.r.randint(0, 2)
        if k == 0:
            return "3300" + self.digits(9)
        if k == 1:
            return self.digits(12, "0123")
        return "LGZ" + self.digits(10)

    def order_id(self):
        k = self.r.randint(0, 4)
        if k == 0:  # Luhn-valid 16-digit id
            body = "2026" + self.digits(11)
            return body + _luhn_digit(body)
        if k == 1:  # 11 digits starting with 1
            return "1" + self.digits(10, "0123456789")
        if k == 2:
            return "P" + self.ts("ymd") + self.digits(6)
        if k == 3:
            return self.ts("compact") + self.digits(4)
        return "YFF" + self.digits(14)

    def work_order(self, pre="GD"):
        return pre + self.ts("ymd") + self.digits(self.ch([4, 5, 6]))

    def emp_no(self):
        k = self.r.randint(0, 2)
        if k == 0:
            return self.digits(7, "0")
        if k == 1:
            return self.ch("PDGE") + self.digits(4)
        return self.digits(8, "123456789")

    def amount(self, lo=5, hi=2000):
        return "%.2f" % (self.r.randint(lo * 100, hi * 100) / 100.0)

    def port(self):
        return str(self.r.randint(1025, 65000))

    def version(self):
        return "%d.%d.%d" % (self.r.randint(1, 9), self.r.randint(0, 30), self.r.randint(0, 40))

    def place(self):
        return self.ch(ZH_PLACES)


# ---------------------------------------------------------------------------
# templates -- Chinese
# ---------------------------------------------------------------------------


def _thread(g):
    return g.ch(["nio-8080-exec-", "http-nio-8081-exec-", "XNIO-1 task-", "pool-3-thread-"]) + str(g.r.randint(1, 200))


@tpl("zh", "Spring Boot logback, prepaid top-up service (预付费充值)",
     "PERSON, PHONE_NUMBER", "customer_account_no, amount, order_id")
def z_recharge(g):
    return [g.ts("ms"), "  INFO ", str(g.r.randint(1000, 32000)), " --- [", _thread(g)[-15:].rjust(15), "] ",
            "c.j.m.prepay.service.RechargeService    : 预付费充值成功 户号=", D("customer_account_no", g.acct_no()),
            " 户名=", S("PERSON", g.zh_name()), " 手机=", S("PHONE_NUMBER", g.cn_mobile()),
            " 金额=", D("amount", g.amount(20, 800)), "元 渠道=", g.ch(["微信", "支付宝", "网上国网", "银联"]),
            " 订单号=", D("order_id", g.order_id())]


@tpl("zh", "95598 call-centre CTI/ACD log",
     "PHONE_NUMBER, PERSON (agent), PERSON (surname+先生/女士, or full name before 主任医师)", "service_hotline, employee_id, place (hospital)")
def z_cti(g):
    ucid = "0000" + g.digits(16)
    if g.r.random() < 0.35:
        memo = [D("place", g.ch(["湘雅医院", "华西医院", "省人民医院", "中南大学", "湘雅二医院"])), " ",
                S("PERSON", g.zh_name()), g.ch(["主任医师", "护士长", "副院长", "后勤主任"]),
                g.ch(["反映手术楼双电源切换异常", "要求保电", "反映门诊楼停电"]), '"']
    else:
        memo = [S("PERSON", g.zh_surname()), g.ch(["先生", "女士"]),
                g.ch(["反映整栋楼停电", "称燃气表不走字", "咨询阶梯电价", "反映电压偏低"]), '"']
    return [g.ts("ms"), " [CTI-ACD] INFO  callin ani=", S("PHONE_NUMBER", g.cn_phone()),
            " dnis=", D("service_hotline", g.ch(["95598", "96777", "400-889-5598"])),
            " skill=", g.ch(["故障报修", "电费查询", "燃气抢修", "业扩报装"]),
            " agent=", D("employee_id", g.digits(4, "123456789")), "/", S("PERSON", g.zh_name()),
            " ucid=", ucid, ' memo="'] + memo


@tpl("zh", "WeChat official account (公众号) message callback, single-line XML",
     "PERSON, PHONE_NUMBER", "wechat_openid, epoch_ts, customer_account_no")
def z_wx_xml(g):
    openid = "o" + g.rand(ALNUM + "-_", 27)
    return ["[wx-mp] ", g.ts("ms"), " DEBUG recv: <xml><ToUserName><![CDATA[gh_", g.hexs(12),
            "]]></ToUserName><FromUserName><![CDATA[", D("wechat_openid", openid),
            "]]></FromUserName><CreateTime>", D("epoch_ts", g.epoch(cn=True)),
            "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[绑定户号",
            D("customer_account_no", g.acct_no()), " 户主", S("PERSON", g.zh_name()), " 手机",
            S("PHONE_NUMBER", g.cn_mobile(g.ch(["plain", "space", "plain"]))),
            "]]></Content><MsgId>", g.digits(17, "2"), "</MsgId></xml>"]


@tpl("zh", "Android logcat, meter-reading handheld app (抄表APP)",
     "PERSON (抄表员)", "employee_id, meter_id, place")
def z_logcat_reader(g):
    pid = g.r.randint(2000, 32000)
    return [g.ts("logcat"), " %5d %5d I MeterReadSync: 抄表员 " % (pid, pid + g.r.randint(1, 90)),
            S("PERSON", g.zh_name()), "(工号", D("employee_id", g.emp_no()), ") 上传读数 表号",
            D("meter_id", g.meter_no()), " 示数 ", "%.2f" % (g.r.randint(100, 9999999) / 100.0),
            "kWh 位置:", D("place", g.place()), " gps=(%.4f,%.4f)" % (28 + g.r.random(), 112 + g.r.random())]


@tpl("zh", "outage dispatch service (抢修派单)",
     "PERSON, PHONE_NUMBER, LICENSE_PLATE", "work_order, place")
def z_dispatch(g):
    return ["[outage-dispatch] ", g.ts("sec"), " 工单 ", D("work_order", g.work_order("QX")),
            " 已派发 → 班组:", D("place", g.ch(["天河供电所", "岳麓供电所", "星沙供电所", "雁塔供电所"])),
            g.ch(["抢修二班", "配抢一班", "抢修三班"]), " 负责人:", S("PERSON", g.zh_name()),
            " 电话:", S("PHONE_NUMBER", g.cn_mobile()), " 车辆:", S("LICENSE_PLATE", g.plate_cn()),
            " 预计到达:", str(g.r.randint(15, 90)), "分钟"]


@tpl("zh", "UnionPay ACP SDK request dump (银联全渠道)",
     "CREDIT_CARD", "merchant_id, order_id, amount")
def z_acp(g):
    return [g.ts("comma"), " INFO  [acpsdk] 请求报文:[accessType=0&bizType=000201&txnType=01&txnSubType=01",
            "&channelType=07&currencyCode=156&merId=", D("merchant_id", "898" + g.digits(12)),
            "&orderId=", D("order_id", g.ts("compact") + g.digits(3)), "&txnTime=", g.ts("compact"),
            "&txnAmt=", D("amount", str(g.r.randint(10, 2000) * 100)),
            "&accNo=", S("CREDIT_CARD", g.card("unionpay", "plain")),
            "&encoding=UTF-8&signMethod=01&version=5.1.0]"]


@tpl("zh", "Alipay async notify (decoy only: masked buyer, role mailbox)",
     "-", "payment_txn_id, masked, role_mailbox")
def z_alipay(g):
    if g.r.random() < 0.5:
        d = g.cn_mobile_digits()
        buyer = d[:3] + "****" + d[7:]
    else:
        buyer = g.ch(["zha", "wan", "liu", "che", "135", "yan"]) + "***@" + g.ch(ZH_MAIL_DOMAINS)
    return ["[alipay-notify] ", g.ts("sec"), " verify=true params={gmt_create=", g.ts("sec"),
            ", charset=UTF-8, seller_email=", D("role_mailbox", g.ch(["pay", "service", "billing"]) + "@" + UTIL_DOMAIN),
            ", subject=电费缴纳, buyer_logon_id=", D("masked", buyer),
            ", trade_no=", D("payment_txn_id", g.ts("ymd") + "2200" + g.digits(18)),
            ", out_trade_no=", g.order_id(), ", total_amount=", g.amount(10, 600),
            ", trade_status=TRADE_SUCCESS, notify_type=trade_status_sync}"]


@tpl("zh", "bank withholding batch job (银行代扣)",
     "PERSON, CREDIT_CARD", "batch_id, customer_account_no, amount")
def z_withhold(g):
    return [g.ts("comma"), " INFO  [WithholdBatchJob] 批次=", D("batch_id", "DK" + g.ts("ymd") + g.digits(3)),
            " 序号=", str(g.r.randint(1, 5000)), " 户号=", D("customer_account_no", g.acct_no()),
            " 户名=", S("PERSON", g.zh_name()), " 扣款账号=", S("CREDIT_CARD", g.card("unionpay", g.ch(["plain", "plain", "space"]))),
            " 开户行=", g.ch(BANKS_ZH), " 应扣=", D("amount", g.amount(20, 900)),
            " 结果=", g.ch(["失败(余额不足)", "失败(账户冻结)", "成功", "失败(户名不符)"])]


@tpl("zh", "MDM VEE estimation warning (decoy only)",
     "-", "meter_id, uuid, place")
def z_vee(g):
    return [g.ts("iso_cn"), " WARN [mdm-vee] 表计 ", D("meter_id", g.meter_no()), " 日冻结数据缺失(",
            (g.t - _dt.timedelta(days=1)).strftime("%Y-%m-%d"), ")，已按", g.ch(["线性插值", "历史同期", "均值"]),
            "估算 任务=", D("uuid", g.uuid()), " 台区=",
            D("place", g.ch(["王家湾", "李家村", "马王堆", "张公岭", "周家坪", "刘家冲", "黄花"]) + "%d号台区" % g.r.randint(1, 9))]


@tpl("zh", "head-end remote disconnect audit (主站远程拉闸)",
     "PERSON (operator), IP_ADDRESS (workstation)", "meter_id, customer_account_no")
def z_hes_ctrl(g):
    return ["[HES-CTRL] ", g.ts("sec"), " 操作员 ", S("PERSON", g.zh_name()), " (",
            S("IP_ADDRESS", g.ip_priv()), ") 下发远程", g.ch(["拉闸", "合闸", "拉闸"]), " 表号=",
            D("meter_id", g.meter_no()), " 户号=", D("customer_account_no", g.acct_no()),
            " 原因=", g.ch(["欠费停电", "缴费复电", "用户申请"]), " 结果=", g.ch(["成功", "超时", "成功"])]


@tpl("zh", "marketing/billing system ownership transfer (过户)",
     "PERSON x2, CN_RESIDENT_ID x2", "application_id")
def z_transfer(g):
    return [g.ts("sec"), " 营销业务 过户申请 流水号 ", D("application_id", "GH" + g.ts("ymd") + g.digits(5)),
            " 原户主 ", S("PERSON", g.zh_name()), " 证件号 ", S("CN_RESIDENT_ID", g.cn_id()),
            " 新户主 ", S("PERSON", g.zh_name()), " 证件号 ", S("CN_RESIDENT_ID", g.cn_id()),
            " 状态 ", g.ch(["待审核", "已受理", "资料不全"])]


@tpl("zh", "ID-card OCR realname check, JSON with \\u escapes",
     "PERSON (\\u-escaped), CN_RESIDENT_ID", "request_id")
def z_ocr(g):
    addr = g.fk["zh_CN"].address().replace("\n", "")
    return ['{"time":"', g.ts("iso_cn"), '","level":"INFO","logger":"realname.ocr","msg":"idcard front recognized",',
            '"req_id":"', D("request_id", g.uuid()), '","name":"', S("PERSON", g.zh_name(), JA),
            '","sex":"', JA(g.ch(["男", "女"])), '","nation":"', JA(g.ch(["汉", "汉", "苗", "土家", "回"])),
            '","id_num":"', S("CN_RESIDENT_ID", g.cn_id()), '","address":"', JA(addr), '","score":0.9', str(g.r.randint(1, 9)), "}"]


@tpl("zh", "Aliyun SMS gateway SendSms",
     "PHONE_NUMBER", "pickup_code, sms_biz_id, request_id")
def z_sms(g):
    return [g.ts("ms"), " INFO [sms-gateway] SendSms PhoneNumbers=", S("PHONE_NUMBER", g.cn_mobile("plain")),
            " SignName=江城电燃 TemplateCode=SMS_", g.digits(9, "123456789"),
            ' TemplateParam={"code":"', D("pickup_code", g.digits(6)), '"} -> Code=OK BizId=',
            D("sms_biz_id", g.digits(18, "123456789") + "^0"), " RequestId=", D("request_id", g.uuid(True))]


@tpl("zh", "Aliyun SDK client init failure with AccessKey pair",
     "CREDENTIAL x2 (AccessKeyId, AccessKeySecret)", "request_id")
def z_ali_ak(g):
    return [g.ts("ms"), " ERROR [sms-gateway] c.a.sdk.core.DefaultAcsClient - 短信通道初始化失败 ",
            "InvalidAccessKeyId.NotFound: accessKeyId=", S("CREDENTIAL", g.ali_akid()),
            ", accessKeySecret=", S("CREDENTIAL", g.ali_secret()), ", regionId=cn-hangzhou RequestId: ",
            D("request_id", g.uuid(True))]


@tpl("zh", "Nacos config push to Spring datasource",
     "CREDENTIAL (password)", "server_ip, port, system_account")
def z_nacos(g):
    return [g.ts("ms"), "  INFO 1 --- [nacos-config] c.a.n.client.config.impl.ClientWorker    : [fixed-",
            g.ip_priv(), "_8848] [data-received] dataId=billing-db.yaml, group=DEFAULT_GROUP, 配置变更: ",
            "spring.datasource.url=jdbc:mysql://", D("server_ip", g.ip_priv()), ":", D("port", g.ch(["3306", "3307", "13306"])),
            "/billing?useSSL=false, username=", D("system_account", g.ch(["billing_app", "mdm_etl", "root"])),
            ", password=", S("CREDENTIAL", g.password())]


@tpl("zh", "planned outage notice publisher (decoy only)",
     "-", "feeder_id, place, notice_id")
def z_outage_notice(g):
    d = g.t + _dt.timedelta(days=g.r.randint(1, 5))
    return ["[停电公告] 计划停电 ", d.strftime("%Y-%m-%d"), " 08:00至17:00 ",
            D("feeder_id", "10kV" + g.ch(["劳动线", "新开线", "韶山线", "湘江线", "枫林线"]) + g.digits(4, "0")),
            " 检修 影响范围:", D("place", g.place()), "(", g.ch(["中山路口至劳动路口", "全段", "东侧"]), ") 发布编号 ",
            D("notice_id", "TD" + d.strftime("%Y%m%d") + g.digits(5))]


@tpl("zh", "CRM complaint ticket (投诉工单)",
     "PERSON (surname+女士/先生), PHONE_NUMBER, PERSON (抄表员)", "work_order")
def z_complaint(g):
    return ["[CRM] ", g.ts("sec"), " 投诉工单 ", D("work_order", g.work_order("TS")), " 客户 ",
            S("PERSON", g.zh_surname()), g.ch(["女士", "先生"]), " 联系电话 ", S("PHONE_NUMBER", g.cn_phone()),
            " 反映 抄表员 ", S("PERSON", g.zh_name()), " ", g.ch(["连续两月估抄", "态度恶劣", "未按时抄表"])]


@tpl("zh", "e-bill mailer (电子账单)",
     "EMAIL_ADDRESS", "role_mailbox, customer_account_no, amount")
def z_billmail(g):
    return [g.ts("sec"), " INFO [bill-mailer] 电子账单已发送 to=", S("EMAIL_ADDRESS", g.email(zh=True)),
            " from=", D("role_mailbox", g.role_mailbox()), " 户号=", D("customer_account_no", g.acct_no()),
            " 账期=202611 应缴金额=", D("amount", g.amount(20, 900))]


@tpl("zh", "dunning mail bounce, QQ numeric mailbox",
     "EMAIL_ADDRESS (QQ), PERSON", "-")
def z_qqbounce(g):
    return ["[mailer] ", g.ts("sec"), " 催费提醒发送失败 户主 ", S("PERSON", g.zh_name()), " 收件人 ",
            S("EMAIL_ADDRESS", g.qq_email()), " 退信原因: 550 Mailbox not found or access denied 重试次数 ",
            str(g.r.randint(1, 5))]


@tpl("zh", "SCADA remote-control operation log (调度遥控)",
     "PERSON x2 (操作人, 监护人)", "place, operation_ticket")
def z_scada(g):
    return [g.ts("sec"), " [SCADA][遥控] ", g.ch(["220kV", "110kV", "35kV"]), D("place", g.ch(ZH_SUBSTATIONS)),
            " #%d主变 %d开关 %s 操作人:" % (g.r.randint(1, 3), g.r.randint(101, 599), g.ch(["分闸", "合闸"])),
            S("PERSON", g.zh_name()), " 监护人:", S("PERSON", g.zh_name()), " 票号:",
            D("operation_ticket", "CZP-" + g.t.strftime("%Y-%m%d") + "-%03d" % g.r.randint(1, 99)),
            " 结果:", g.ch(["成功", "成功", "失败(返校超时)"])]


@tpl("zh", "JumpServer bastion login audit",
     "PERSON (login), PERSON (name), IP_ADDRESS", "server_ip, system_account")
def z_jumpserver(g):
    name, s, gv = g.zh_pair()
    login = g.ch([s + "." + gv, s + gv, gv + "." + s])
    return ["[JumpServer] ", g.ts("sec"), " 登录审计 用户:", S("PERSON", login), "(", S("PERSON", name), ") 来源IP:",
            S("IP_ADDRESS", g.ip_priv()), " 资产:", g.ch(["scada-hist-01", "mdm-db-02", "hes-fep-03"]), "(",
            D("server_ip", g.ip_priv()), ") 系统用户:", D("system_account", g.ch(["root", "oracle", "admin", "scada_ro"])),
            " 协议:", g.ch(["ssh", "rdp", "sftp"]), " 结果:成功"]


@tpl("zh", "gas IC-card meter POS purchase (燃气购气)",
     "PERSON x2 (营业员, 用户)", "place, gas_card_no, amount")
def z_gaspos(g):
    return ["[gas-pos] ", g.ts("sec"), " 营业厅:", D("place", g.ch(ZH_HALLS)), " 操作员:", S("PERSON", g.zh_name()),
            " IC卡号:", D("gas_card_no", "GC" + g.digits(12)), " 用户:", S("PERSON", g.zh_name()),
            " 购气量:%dm³ 金额:" % g.r.randint(10, 200), D("amount", g.amount(30, 600))]


@tpl("zh", "gas safety inspection app (入户安检)",
     "PERSON (surname+师傅), PHONE_NUMBER", "work_order, employee_id")
def z_gascheck(g):
    return ["[安检APP] ", g.ts("sec"), " 入户安检 任务", D("work_order", "AJ" + g.ts("ymd") + "-%04d" % g.r.randint(1, 9999)),
            " 安检员 ", S("PERSON", g.zh_surname()), "师傅(工号 ", D("employee_id", g.emp_no()), ") 隐患:",
            g.ch(["胶管老化", "无熄火保护", "私接管道", "无"]), " 用户未在家 已留言 回访电话 ", S("PHONE_NUMBER", g.cn_phone())]


@tpl("zh", "WeChat access_token refresh (appid + secret)",
     "CREDENTIAL x2 (secret, access_token)", "wechat_appid")
def z_wx_token(g):
    tok = g.rand(ALNUM, 8) + "_" + g.rand(ALNUM + "-_", g.r.randint(120, 150))
    return ["[wx-mp] ", g.ts("ms"), " 刷新access_token 请求 GET https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=",
            D("wechat_appid", "wx" + g.hexs(16)), "&secret=", S("CREDENTIAL", g.hexs(32)),
            ' 返回 {"access_token":"', S("CREDENTIAL", tok), '","expires_in":7200}']


@tpl("zh", "counter account opening for a foreign customer (外籍客户开户)",
     "PERSON, PASSPORT, PHONE_NUMBER, PERSON (受理人)", "-")
def z_foreigner(g):
    cc = g.ch(["GB", "US", "DE", "FR", "IN", "IT", "ES", "AU"])
    loc = {"GB": "en_GB", "US": "en_US", "DE": "de_DE", "FR": "fr_FR", "IN": "en_IN", "IT": "en_GB",
           "ES": "es_ES", "AU": "en_AU"}[cc]
    iso3 = {"GB": "GBR", "US": "USA", "DE": "DEU", "FR": "FRA", "IN": "IND", "IT": "ITA", "ES": "ESP", "AU": "AUS"}[cc]
    return ["[营业厅] ", g.ts("sec"), " 外籍客户开户 姓名:", S("PERSON", g.en_name(loc)), " 证件类型:护照 证件号码:",
            S("PASSPORT", g.passport(cc)), " 国籍:", iso3, " 联系电话:",
            S("PHONE_NUMBER", g.intl_phone(g.ch([cc, cc, "CN"]) if cc != "IT" else "IT", "intl")),
            " 受理人:", S("PERSON", g.zh_name())]


@tpl("zh", "nginx access log, 网上国网 H5 bill query (percent-encoded name)",
     "IP_ADDRESS, PERSON (%-encoded), PHONE_NUMBER", "customer_account_no")
def z_nginx_h5(g):
    ua = g.ch(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/4G Language/zh_CN",
               "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F30) NetType/WIFI Language/zh_CN"])
    return [S("IP_ADDRESS", g.client_ip("cn")), " - - [", g.ts("clf_cn"), '] "GET /h5/bill/query?consNo=',
            D("customer_account_no", g.acct_no()), "&consName=", S("PERSON", g.zh_name(), P),
            "&mobile=", S("PHONE_NUMBER", g.cn_mobile("plain")), ' HTTP/1.1" 200 ', str(g.r.randint(300, 9000)),
            ' "https://wx.', UTIL_DOMAIN, '/h5/index" "', ua, '" 0.0', str(g.r.randint(10, 99))]


@tpl("zh", "EV charging platform order close (充电桩)",
     "LICENSE_PLATE, PHONE_NUMBER", "order_id, charger_id, amount")
def z_ev(g):
    return ["[charge-platform] ", g.ts("ms"), " 充电订单 ", D("order_id", "CD" + g.ts("compact") + g.digits(4)),
            " 结束 车牌:", S("LICENSE_PLATE", g.plate_cn()), " 用户手机:", S("PHONE_NUMBER", g.cn_mobile()),
            " 桩号:", D("charger_id", "4301" + g.digits(8)), " 电量:%.2fkWh 费用:" % (g.r.randint(500, 8000) / 100.0),
            D("amount", g.amount(5, 150)), "元"]


@tpl("zh", "e-learning platform (public figures in course title)",
     "PERSON (login)", "public_figure x2")
def z_elearn(g):
    a, b = g.r.sample(["爱迪生", "特斯拉", "法拉第", "瓦特", "安培", "詹天佑", "钱学森"], 2)
    return ["[e-learning] ", g.ts("sec"), " 学员 ", S("PERSON", g.login("zh")), " 完成课程《从",
            D("public_figure", a), "到", D("public_figure", b), "：电力发展史》 得分 ", str(g.r.randint(60, 100))]


@tpl("zh", "service hall queue caller (排队叫号)",
     "PERSON (surname+女士/先生)", "queue_ticket")
def z_queue(g):
    return ["[queue] ", g.ts("sec"), " 叫号 ", D("queue_ticket", g.ch("ABC") + "%03d" % g.r.randint(1, 300)),
            " 请 ", S("PERSON", g.zh_surname()), g.ch(["女士", "先生"]), " 到 %d 号窗口办理 业务类型:" % g.r.randint(1, 12),
            g.ch(["低压居民新装", "更名过户", "峰谷电申请", "燃气开户"])]


@tpl("zh", "MySQL general query log with Chinese literal",
     "PERSON, PHONE_NUMBER", "-")
def z_mysql_general(g):
    return [g.ts("iso_us_z"), "\t ", str(g.r.randint(100, 99999)),
            " Query\tSELECT cons_no, cons_name, mobile FROM c_cons WHERE cons_name = '", S("PERSON", g.zh_name()),
            "' AND mobile = '", S("PHONE_NUMBER", g.cn_mobile("plain")), "' LIMIT 1"]


@tpl("zh", "field crew departure (抢修班组出车)",
     "PERSON x3, LICENSE_PLATE", "work_order")
def z_crew(g):
    sep = g.ch(["、", ",", "，"])
    return ["[抢修] ", g.ts("sec"), " 班组[", g.ch(ZH_TEAMS), "] 出车 成员:", S("PERSON", g.zh_name()), sep,
            S("PERSON", g.zh_name()), sep, S("PERSON", g.zh_name()), " 车辆:", S("LICENSE_PLATE", g.plate_cn()),
            " 工单:", D("work_order", g.work_order("QX"))]


@tpl("zh", "web live-chat transcript (在线客服)",
     "IP_ADDRESS, PHONE_NUMBER", "customer_account_no")
def z_chat(g):
    return ["[在线客服] ", g.ts("sec"), " 访客(", S("IP_ADDRESS", g.client_ip("cn")), ") 说: 你好 我家户号",
            D("customer_account_no", g.acct_no()), " 手机号", S("PHONE_NUMBER", g.cn_mobile(g.ch(["space", "plain", "dash"]))),
            " ", g.ch(["为什么突然停电了", "帮我查一下电费", "燃气表显示欠费"])]


@tpl("zh", "refund approval to bank card (退费)",
     "PERSON, CREDIT_CARD, PERSON (surname+经理)", "refund_id, amount")
def z_refund(g):
    return [g.ts("sec"), " 退费审批通过 退费单号 ", D("refund_id", "TF" + g.ts("ymd") + g.digits(5)), " 户名 ",
            S("PERSON", g.zh_name()), " 退费金额 ", D("amount", g.amount(5, 500)), " 收款卡号 ",
            S("CREDIT_CARD", g.card("unionpay", g.ch(["space", "plain"]))), " 审批人 ", S("PERSON", g.zh_surname()),
            g.ch(["经理", "主任", "科长"])]


@tpl("zh", "logstash-logback-encoder JSON, app login lockout",
     "PHONE_NUMBER, IP_ADDRESS", "device_id")
def z_login_json(g):
    return ['{"@timestamp":"', g.ts("iso_cn"), '","@version":"1","message":"登录失败次数过多，账号已锁定30分钟",',
            '"logger_name":"c.j.app.auth.LoginFilter","thread_name":"http-nio-8080-exec-', str(g.r.randint(1, 200)),
            '","level":"WARN","level_value":30000,"mobile":"', S("PHONE_NUMBER", g.cn_mobile("plain")),
            '","clientIp":"', S("IP_ADDRESS", g.client_ip("cn")), '","deviceId":"', D("device_id", g.uuid(True)), '"}']


@tpl("zh", "SMS verification code sent to masked number (decoy only)",
     "-", "masked, pickup_code, sms_template")
def z_smscode(g):
    d = g.cn_mobile_digits()
    return ["[短信] ", g.ts("sec"), " 向 ", D("masked", d[:3] + "****" + d[7:]), " 发送",
            g.ch(["登录", "绑定", "缴费"]), "验证码 ", D("pickup_code", g.digits(6)), ", 有效期5分钟, 模板 ",
            D("sms_template", "SMS_" + g.digits(9, "123456789"))]


@tpl("zh", "dispatch duty-shift handover (调度值班交接)",
     "PERSON x2 (值班人员)", "employee_id")
def z_handover(g):
    return ["[调度值班日志] ", g.ts("sec")[:16], " 交接班 交班:", S("PERSON", g.zh_name()), " 接班:", S("PERSON", g.zh_name()),
            " 当值调度员工号 ", D("employee_id", g.emp_no()), " 异常:", g.ch(["无", "10kV线路跳闸1次", "主变油温告警"])]


@tpl("zh", "gas leak alarm dispatch (燃气报警)",
     "PHONE_NUMBER, PERSON (surname+师傅)", "work_order")
def z_gasleak(g):
    return ["[燃气抢修] ", g.ts("sec"), " 燃气泄漏报警 报警电话 ", S("PHONE_NUMBER", g.cn_phone()), " 派单 ",
            D("work_order", g.work_order("RQ")), " 抢修员 ", S("PERSON", g.zh_surname()), "师傅 预计",
            str(g.r.randint(10, 40)), "分钟到达"]


@tpl("zh", "app session in Redis (Chinese message, login + token)",
     "PERSON (login), CREDENTIAL (token)", "-")
def z_session(g):
    tok = g.ch([g.jwt(), g.session_token()])
    return [g.ts("ms"), " [auth-service] 用户 ", S("PERSON", g.login("zh")), " 登录成功 token=", S("CREDENTIAL", tok),
            " 写入Redis ttl=", g.ch(["7200", "1800", "86400"])]


@tpl("zh", "fully-digital e-invoice issuing (数电发票)",
     "PERSON (buyer), EMAIL_ADDRESS", "invoice_number, amount, waybill (some)")
def z_einvoice(g):
    return [g.ts("ms"), " INFO [einvoice-svc] 数电发票开具成功 发票号码=", D("invoice_number", "26" + g.digits(2, "1234") + "2000000" + g.digits(11)),
            " 购方名称=", S("PERSON", g.zh_name()), " 推送邮箱=", S("EMAIL_ADDRESS", g.email(zh=True)),
            " 价税合计=", D("amount", g.amount(20, 2000)), " 开票项目=*供电*电费"] + \
        ([" 纸质票据已寄出 运单号=", D("waybill", "SF" + g.digits(13, "1"))] if g.r.random() < 0.4 else [])


@tpl("zh", "new-connection application (业扩报装), company named after a person",
     "PERSON (联系人), PHONE_NUMBER", "application_id, company")
def z_yekuo(g):
    return ["[业扩报装] ", g.ts("sec"), " 申请编号 ", D("application_id", "YK" + g.ts("ymd") + g.digits(5)), " 客户名称 ",
            g.ch(["杭州", "长沙", "广州", "北京"]), D("company", g.ch(ZH_COMPANIES)), g.ch(["有限公司", "门店", "分公司"]),
            " 联系人 ", S("PERSON", g.zh_name()), " 手机 ", S("PHONE_NUMBER", g.cn_mobile()),
            " 报装容量 ", g.ch(["315", "630", "800", "1250"]), "kVA 状态 ", g.ch(["待勘查", "方案答复", "已受理"])]


# ---------------------------------------------------------------------------
# templates -- English
# ---------------------------------------------------------------------------

UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
       "okhttp/4.12.0", "python-requests/2.32.3", "curl/8.5.0"]


@tpl("en", "nginx combined log, vendor cloud portal (basic-auth user)",
     "IP_ADDRESS, PERSON (login)", "-")
def e_nginx_portal(g):
    return [S("IP_ADDRESS", g.client_ip()), " - ", S("PERSON", g.login()), " [", g.ts("clf_utc"), '] "',
            g.ch(["POST /api/v2/meters/bulk", "GET /portal/reports/load-profile", "PUT /api/v2/tariffs/7"]),
            ' HTTP/2.0" ', g.ch(["200", "201", "403"]), " ", str(g.r.randint(200, 20000)),
            ' "https://portal.', VENDOR_DOMAIN, '/" "', g.ch(UAS), '"']


@tpl("en", "AWS CloudTrail event JSON",
     "PERSON x2 (IAM user in arn and userName), CREDENTIAL (accessKeyId), IP_ADDRESS", "aws_account_id x2, iam_principal_id")
def e_cloudtrail(g):
    acct = g.digits(12, "123456789")
    user = g.login()
    return ['{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"',
            D("iam_principal_id", "AIDA" + g.rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17)),
            '","arn":"arn:aws:iam::', D("aws_account_id", acct), ":user/", S("PERSON", user),
            '","accountId":"', D("aws_account_id", acct), '","accessKeyId":"', S("CREDENTIAL", g.aws_akid()),
            '","userName":"', S("PERSON", user), '"},"eventTime":"', g.ts("iso_s_z"),
            '","eventSource":"s3.amazonaws.com","eventName":"', g.ch(["GetObject", "PutObject", "ListBuckets"]),
            '","awsRegion":"', g.ch(["eu-west-1", "ap-east-1", "us-east-1"]), '","sourceIPAddress":"',
            S("IP_ADDRESS", g.client_ip()), '","userAgent":"aws-cli/2.22.4"}']


@tpl("en", "Go zap JSON in Kubernetes, DLMS head-end association",
     "CREDENTIAL (HLS key)", "epoch_ts, meter_id, server_ip")
def e_zap_dlms(g):
    return ['{"level":"error","ts":', D("epoch_ts", g.epoch() + "." + g.digits(3)),
            ',"caller":"dlms/session.go:', str(g.r.randint(100, 400)), '","msg":"HLS association rejected","meter":"',
            D("meter_id", "LGZ" + g.digits(10)), '","endpoint":"', D("server_ip", g.ip_priv()),
            ':4059","client_sap":1,"auth_key":"', S("CREDENTIAL", g.hexs(32)), '","retry":', str(g.r.randint(1, 5)), "}"]


@tpl("en", "OpenSSH sshd Accepted publickey (roaming engineer)",
     "PERSON (login), IP_ADDRESS", "port, ssh_key_fingerprint")
def e_sshd_ok(g):
    return [g.ts("syslog"), " hes-bastion-0", str(g.r.randint(1, 4)), " sshd[", str(g.r.randint(1000, 60000)),
            "]: Accepted publickey for ", S("PERSON", g.login()), " from ", S("IP_ADDRESS", g.client_ip(v6=0.2)),
            " port ", D("port", g.port()), " ssh2: ", g.ch(["ED25519", "RSA", "ECDSA"]), " ",
            D("ssh_key_fingerprint", "SHA256:" + g.rand(ALNUM + "+/", 43))]


@tpl("en", "OpenSSH sshd Failed password for invalid user (attacker)",
     "IP_ADDRESS", "system_account, port")
def e_sshd_fail(g):
    return [g.ts("syslog"), " hes-bastion-0", str(g.r.randint(1, 4)), " sshd[", str(g.r.randint(1000, 60000)),
            "]: Failed password for invalid user ", D("system_account", g.ch(["admin", "root", "oracle", "ubuntu", "test"])),
            " from ", S("IP_ADDRESS", g.ip_pub("other")), " port ", D("port", g.port()), " ssh2"]


@tpl("en", "sudo syslog line",
     "PERSON x2 (login, home dir)", "system_account")
def e_sudo(g):
    u = g.login("en")
    return [g.ts("syslog"), " mdm-app0", str(g.r.randint(1, 6)), " sudo: ", S("PERSON", u), " : TTY=pts/",
            str(g.r.randint(0, 9)), " ; PWD=/home/", S("PERSON", u), " ; USER=", D("system_account", g.ch(["root", "postgres", "oracle"])),
            " ; COMMAND=/usr/bin/systemctl restart ", g.ch(["mdm-ingest.service", "hes-fep.service", "nginx"])]


@tpl("en", "Postfix smtp delivery",
     "EMAIL_ADDRESS", "queue_id, server_ip")
def e_postfix_smtp(g):
    q = g.hexs(10, upper=True)
    relay, mxnet = g.ch([("gmail-smtp-in.l.google.com", "142.250"), ("outlook-com.olc.protection.outlook.com", "52.101"),
                         ("mx-ha03.web.de", "212.227"), ("mx.gmx.net", "212.227"), ("mta7.am0.yahoodns.net", "67.195")])
    return [g.ts("syslog"), " mx1 postfix/smtp[", str(g.r.randint(1000, 60000)), "]: ", D("queue_id", q),
            ": to=<", S("EMAIL_ADDRESS", g.email()), ">, relay=", relay,
            "[", D("server_ip", "%s.%d.%d" % (mxnet, g.r.randint(0, 255), g.r.randint(1, 254))), "]:25, delay=%.1f, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK)" % (g.r.random() * 3)]


@tpl("en", "Postfix qmgr from role mailbox (decoy only)",
     "-", "queue_id, role_mailbox")
def e_postfix_qmgr(g):
    return [g.ts("syslog"), " mx1 postfix/qmgr[", str(g.r.randint(1000, 3000)), "]: ", D("queue_id", g.hexs(10, upper=True)),
            ": from=<", D("role_mailbox", g.role_mailbox("notify." + VENDOR_DOMAIN)), ">, size=", str(g.r.randint(2000, 90000)),
            ", nrcpt=1 (queue active)"]


@tpl("en", "Twilio SMS status webhook (form-encoded)",
     "PHONE_NUMBER (%2B-encoded)", "twilio_account_sid, message_sid, sender_number")
def e_twilio(g):
    sender = g.intl_phone("GB", "e164")
    return [g.ts("iso_z"), " info twilio-webhook POST /hooks/sms-status AccountSid=", D("twilio_account_sid", "AC" + g.hexs(32)),
            "&MessageSid=", D("message_sid", "SM" + g.hexs(32)), "&MessageStatus=", g.ch(["delivered", "undelivered", "sent"]),
            "&To=", S("PHONE_NUMBER", g.intl_phone(fmt="e164"), P), "&From=", D("sender_number", P(sender)),
            "&ApiVersion=2010-04-01"]


@tpl("en", "Spring Boot DEBUG PaymentController (PCI leak, upper-case holder)",
     "CREDIT_CARD, PERSON", "masked (cvv), amount")
def e_payctl(g):
    return [g.ts("ms"), " DEBUG 7 --- [nio-8443-exec-", str(g.r.randint(1, 99)), "] c.m.billing.web.PaymentController        : ",
            "charge request ChargeRequest(cardNumber=", S("CREDIT_CARD", g.card(g.ch(["visa", "mc", "amex"]))),
            ", expiry=%02d/%d, cvv=" % (g.r.randint(1, 12), g.r.randint(27, 31)), D("masked", "***"),
            ", holderName=", S("PERSON", g.en_name("en_US").upper()), ", amount=", D("amount", g.amount(20, 500)), ", currency=USD)"]


@tpl("en", "log4j credit check batch (US SSN)",
     "PERSON, US_SSN", "bureau_ref")
def e_credit(g):
    dob = _dt.date(1950, 1, 1) + _dt.timedelta(days=g.r.randint(0, 18000))
    return [g.ts("comma"), " INFO  [CreditCheckBatch-", str(g.r.randint(1, 8)), "] com.meridian.ccb.credit.BureauClient - applicant=\"",
            S("PERSON", g.en_name("en_US")), "\" ssn=", S("US_SSN", g.ssn()), " dob=", dob.isoformat(),
            " bureau_ref=", D("bureau_ref", "EXP-2026-" + g.digits(7)), " score=", str(g.r.randint(450, 850))]


@tpl("en", "SAP IS-U IDoc inbound (DEBMAS), split name fields",
     "PERSON x2 (first, last), IBAN_CODE", "idoc_number, business_partner_id")
def e_sap(g):
    first, last = g.en_parts(g.ch(["de_DE", "de_DE", "en_GB", "fr_FR"]))
    return ["SAP IDoc ", D("idoc_number", "0000000" + g.digits(9, "123456789")), " (DEBMAS07) inbound: BP ",
            D("business_partner_id", "10" + g.digits(8)), " created, NAME_FIRST=", S("PERSON", first),
            " NAME_LAST=", S("PERSON", last), " IBAN=", S("IBAN_CODE", g.iban(g.ch(["DE", "AT", "NL", "CH", "BE"]), False)),
            " status 53"]


@tpl("en", "SEPA direct-debit pain.008 builder",
     "PERSON (accented), IBAN_CODE", "end_to_end_id, mandate_id, amount")
def e_sepa(g):
    return [g.ts("comma"), " DEBUG pain008.Builder - DrctDbtTxInf EndToEndId=", D("end_to_end_id", "E2E-" + g.ts("ymd") + g.digits(5)),
            " MndtId=", D("mandate_id", "MND-2026-" + g.digits(7)), ' DbtrNm="', S("PERSON", g.en_name(g.ch(["es_ES", "fr_FR", "de_DE"]))),
            '" DbtrAcct.IBAN=', S("IBAN_CODE", g.iban(g.ch(["ES", "FR", "DE", "IT", "PT"]))), " InstdAmt=",
            D("amount", g.amount(10, 400)), " EUR SeqTp=RCUR"]


@tpl("en", "BACS ADDACS report (UK)",
     "PERSON, IBAN_CODE (grouped)", "customer_ref")
def e_bacs(g):
    return [g.ts("sec"), " WARN  bacs.addacs - ADDACS reason ", str(g.r.randint(0, 3)), " (instruction cancelled) payer=\"",
            S("PERSON", g.en_name("en_GB")), "\" iban=", S("IBAN_CODE", g.iban(g.ch(["GB", "IE"]), True)),
            " ref=", D("customer_ref", "CUST-" + g.digits(7))]


@tpl("en", "Zendesk webhook JSON (\\u-escaped requester)",
     "PERSON (\\u-escaped), EMAIL_ADDRESS, PERSON (assignee)", "ticket_id")
def e_zendesk(g):
    req = g.en_name(g.ch(["es_ES", "fr_FR", "de_DE", "en_US"]))
    return ['zendesk-webhook: {"ticket":{"id":', D("ticket_id", str(g.r.randint(10000, 999999))),
            ',"subject":"Smart meter not communicating","requester":{"name":"', S("PERSON", req, JA),
            '","email":"', S("EMAIL_ADDRESS", g.email()), '"},"assignee":{"name":"', S("PERSON", g.en_name(), JA),
            '"},"status":"open","via":"web"}}']


@tpl("en", "PagerDuty escalation notice",
     "PERSON, EMAIL_ADDRESS, PHONE_NUMBER", "incident_id")
def e_pagerduty(g):
    name = g.en_name(g.ch(["en_IN", "en_GB", "en_US", "en_AU"]))
    parts = name.split()
    local = _ascii(parts[0]) + "." + _ascii(parts[-1])
    return [g.ts("iso_s_z"), " pagerduty: incident #", D("incident_id", "P" + g.rand("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6)),
            ' [HIGH] "MDM ingest lag > 15m" escalated to ', S("PERSON", name), " <", S("EMAIL_ADDRESS", local + "@" + VENDOR_DOMAIN),
            "> phone ", S("PHONE_NUMBER", g.intl_phone(g.ch(["IN", "GB", "US", "AU", "SG"]), "intl"))]


@tpl("en", "Okta System Log JSON",
     "EMAIL_ADDRESS, PERSON, IP_ADDRESS, CREDENTIAL (externalSessionId)", "-")
def e_okta(g):
    first, last = g.en_parts()
    email = _ascii(first) + "." + _ascii(last) + "@" + VENDOR_DOMAIN
    return ['{"actor":{"id":"00u', g.rand(ALNUM, 17), '","type":"User","alternateId":"', S("EMAIL_ADDRESS", email),
            '","displayName":"', S("PERSON", first + " " + last, J), '"},"client":{"ipAddress":"', S("IP_ADDRESS", g.client_ip()),
            '"},"eventType":"user.session.start","outcome":{"result":"', g.ch(["SUCCESS", "FAILURE"]),
            '"},"authenticationContext":{"externalSessionId":"', S("CREDENTIAL", "102" + g.rand(ALNUM, 22)),
            '"},"published":"', g.ts("iso_z"), '"}']


@tpl("en", "Tomcat access log with jsessionid path parameter",
     "IP_ADDRESS (workstation), CREDENTIAL (jsessionid)", "-")
def e_tomcat(g):
    return [S("IP_ADDRESS", g.ip_priv()), " - - [", g.ts("clf_utc"), '] "GET /mdm-ui/dashboard.jsf;jsessionid=',
            S("CREDENTIAL", g.jsessionid()), ' HTTP/1.1" 200 ', str(g.r.randint(1000, 40000))]


@tpl("en", "HAProxy HTTP log with captured cookie",
     "IP_ADDRESS, CREDENTIAL (cookie)", "port")
def e_haproxy(g):
    return [g.ts("syslog"), " lb01 haproxy[", str(g.r.randint(1000, 9000)), "]: ", S("IP_ADDRESS", g.ip_pub(g.ch(["uk", "us", "eu"]))),
            ":", D("port", g.port()), " [", g.t.strftime("%d/%b/%Y:%H:%M:%S."), "%03d" % (g.t.microsecond // 1000),
            "] fe_portal~ be_billing/web0", str(g.r.randint(1, 6)), " 0/0/1/45/46 200 ", str(g.r.randint(500, 9000)),
            " JSESSIONID=", S("CREDENTIAL", g.jsessionid()), ' - ---- 12/10/2/1/0 0/0 "GET /account/bills HTTP/1.1"']


@tpl("en", "Envoy default access log (%-encoded e-mail in path)",
     "EMAIL_ADDRESS (%40), IP_ADDRESS (XFF)", "request_id, server_ip")
def e_envoy(g):
    return ["[", g.ts("iso_z"), '] "GET /v1/customers/lookup?email=', S("EMAIL_ADDRESS", g.email(), P),
            ' HTTP/1.1" 200 - 0 ', str(g.r.randint(100, 5000)), " ", str(g.r.randint(2, 90)), " ", str(g.r.randint(1, 80)),
            ' "', S("IP_ADDRESS", g.client_ip("us")), '" "', g.ch(UAS), '" "', D("request_id", g.uuid()),
            '" "api.', VENDOR_DOMAIN, '" "', D("server_ip", g.ip_priv()), ':8080"']


@tpl("en", "GitHub Actions runner log with leaked token",
     "CREDENTIAL", "commit_hash")
def e_gha(g):
    return [g.t.strftime("%Y-%m-%dT%H:%M:%S.") + g.digits(7) + "Z", " + curl -sf -H 'Authorization: token ",
            S("CREDENTIAL", "ghp_" + g.rand(ALNUM, 36)), "' https://api.github.com/repos/meridiangrid/hes-collector/commits/",
            D("commit_hash", g.hexs(40))]


@tpl("en", "deploy agent image pull (decoy only)",
     "-", "version, image_digest, system_account")
def e_deploy(g):
    return [g.ts("iso_s_z"), " deploy[", str(g.r.randint(1000, 9000)), "]: pulled registry.", VENDOR_DOMAIN, "/hes/collector:",
            D("version", g.version()), " digest=", D("image_digest", "sha256:" + g.hexs(64)), " by ",
            D("system_account", g.ch(["svc-deployer", "jenkins", "deploy"]))]


@tpl("en", "Python logging, travel booking for roaming engineer",
     "PERSON, PASSPORT", "flight_number or train_number, booking_ref")
def e_travel(g):
    cc = g.ch(["IT", "GB", "DE", "IN", "FR", "ES", "US"])
    loc = {"IT": "en_GB", "GB": "en_GB", "DE": "de_DE", "IN": "en_IN", "FR": "fr_FR", "ES": "es_ES", "US": "en_US"}[cc]
    if g.r.random() < 0.6:
        leg = [" flight=", D("flight_number", g.ch(["BA", "CA", "CZ", "LH", "AF", "EK", "HU"]) + str(g.r.randint(11, 999))),
               " ", g.ch(["LHR-PEK", "FRA-CSX", "CDG-CAN", "DXB-CSX", "LHR-JFK"]),
               " seat=%d%s" % (g.r.randint(1, 60), g.ch("ABCDEFK"))]
    else:
        leg = [" train=", D("train_number", g.ch("GGD") + str(g.r.randint(1, 9999))), " ",
               g.ch(["Guangzhou South-Changsha South", "Beijing West-Changsha South", "Shenzhen North-Changsha South"]),
               " coach=%02d seat=%02d%s" % (g.r.randint(1, 16), g.r.randint(1, 18), g.ch("ABCDF"))]
    return [g.ts("comma"), " INFO travel.booking: itinerary confirmed traveller=\"", S("PERSON", g.en_name(loc)),
            "\" passport=", S("PASSPORT", g.passport(cc))] + leg + \
        [" pnr=", D("booking_ref", g.rand("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6))]


@tpl("en", "Go kit logfmt onboarding (roaming engineer site access)",
     "PERSON, EMAIL_ADDRESS, PASSPORT, PHONE_NUMBER", "-")
def e_onboard(g):
    name, s, gv = g.zh_pair()
    full = gv.capitalize() + " " + s.capitalize() if g.r.random() < 0.5 else s.capitalize() + " " + gv.capitalize()
    return ["level=info ts=", g.ts("iso_z"), ' component=onboarding msg="site access request" engineer="', S("PERSON", full),
            '" email=', S("EMAIL_ADDRESS", s + "." + gv + "@" + VENDOR_DOMAIN), " passport=", S("PASSPORT", g.passport("CN")),
            ' mobile="', S("PHONE_NUMBER", g.cn_mobile(g.ch(["+86sp", "+86", "+86dash"]))), '" site=CN-HUNAN-0', str(g.r.randint(1, 9))]


@tpl("en", "Asterisk full log, caller name set on PSTN trunk",
     "PHONE_NUMBER, PERSON", "call_id")
def e_asterisk(g):
    return ["[", g.ts("sec"), "] VERBOSE[", str(g.r.randint(1000, 60000)), "][", D("call_id", "C-" + g.hexs(8)),
            "] pbx.c: Executing [", S("PHONE_NUMBER", g.intl_phone(g.ch(["GB", "IE", "US", "AU"]), "e164")),
            '@from-pstn:1] Set("PJSIP/trunk-0000', g.hexs(4), '", "CALLERID(name)=', S("PERSON", g.en_name()),
            '") in new stack']


@tpl("en", "Amazon Connect contact trace record",
     "PHONE_NUMBER, PERSON (agent login)", "aws_account_id, contact_id, service_hotline")
def e_connect(g):
    return ['{"AWSAccountId":"', D("aws_account_id", g.digits(12, "123456789")), '","ContactId":"', D("contact_id", g.uuid()),
            '","Channel":"VOICE","CustomerEndpoint":{"Address":"', S("PHONE_NUMBER", g.intl_phone(g.ch(["US", "CA"]), "e164")),
            '","Type":"TELEPHONE_NUMBER"},"SystemEndpoint":{"Address":"', D("service_hotline", "+1" + g.ch(["800", "888", "877"]) + "555" + g.digits(4)),
            '","Type":"TELEPHONE_NUMBER"},"Agent":{"Username":"', S("PERSON", g.login("en")),
            '","AfterContactWorkDuration":', str(g.r.randint(5, 300)), '},"InitiationMethod":"INBOUND"}']


@tpl("en", "Windows 4625 via Snare/NXLog syslog (tab separated)",
     "PERSON x2 (account name), IP_ADDRESS", "port")
def e_win4625(g):
    u = g.ch([g.login("en"), g.login("en")])
    return ["<132>", g.ts("syslog"), " DC01.util.local MSWinEventLog\t1\tSecurity\t", str(g.r.randint(10000, 999999)), "\t",
            g.t.strftime("%a %b %d %H:%M:%S %Y"), "\t4625\tMicrosoft-Windows-Security-Auditing\tUTIL\\", S("PERSON", u),
            "\tN/A\tFailure Audit\tDC01.util.local\tLogon\t\tAn account failed to log on.  Account Name: ", S("PERSON", u),
            "  Account Domain: UTIL  Failure Reason: Unknown user name or bad password.  Source Network Address: ",
            S("IP_ADDRESS", g.ip_priv()), "  Source Port: ", D("port", g.port())]


@tpl("en", "ldap3 DEBUG bind with clear-text password",
     "CREDENTIAL", "system_account, server_ip, port")
def e_ldap(g):
    return [g.ts("comma"), " DEBUG ldap3: BIND request <dn=CN=", D("system_account", g.ch(["svc-mdm-sync", "svc-billing", "svc-hes-sync"])),
            ",OU=Service Accounts,DC=util,DC=local, password=", S("CREDENTIAL", g.password()), "> to ldaps://",
            D("server_ip", g.ip_priv()), ":", D("port", "636")]


@tpl("en", "Node winston JSON, Redis URL with password",
     "CREDENTIAL (URL password)", "server_ip x2, port")
def e_winston(g):
    ip = g.ip_priv()
    return ['{"level":"error","message":"Redis connection to redis://:', S("CREDENTIAL", g.password(urlsafe=True)), "@",
            D("server_ip", ip), ':6379/2 failed - connect ECONNREFUSED ', D("server_ip", ip), ":", D("port", "6379"),
            '","service":"notify-worker","timestamp":"', g.ts("iso_z"), '"}']


@tpl("en", "PostgreSQL auth failure (log_line_prefix '%m [%p] %u@%d %r ')",
     "PERSON x2 (db login), IP_ADDRESS", "port")
def e_pg(g):
    u = g.login("en").replace(".", "_")
    return [g.ts("ms"), " UTC [", str(g.r.randint(1000, 60000)), "] ", S("PERSON", u), "@mdm ", S("IP_ADDRESS", g.ip_priv()),
            "(", D("port", g.port()), ') FATAL:  password authentication failed for user "', S("PERSON", u), '"']


@tpl("en", "Landis+Gyr Command Center remote disconnect",
     "PERSON (operator login)", "meter_id, premise_id, company")
def e_lg(g):
    return ["CommandCenter[INFO] ", g.ts("sec"), " RemoteDisconnect meter=", D("meter_id", "LGZ" + g.digits(10)),
            " premise=", D("premise_id", "PR-" + g.digits(7)), " operator=", S("PERSON", g.login("en")),
            " reason=", g.ch(["NON_PAY", "MOVE_OUT", "SAFETY"]), " vendor=", D("company", "Landis+Gyr"), " E360"]


@tpl("en", "GCP Cloud Logging jsonPayload, VPN connect",
     "EMAIL_ADDRESS, IP_ADDRESS (source), IP_ADDRESS (assigned to user)", "log_insert_id")
def e_gcp_vpn(g):
    return ['{"insertId":"', D("log_insert_id", g.rand(string.ascii_lowercase + string.digits, 14)),
            '","jsonPayload":{"event":"vpn.connect","user":"', S("EMAIL_ADDRESS", g.login("en") + "@" + VENDOR_DOMAIN),
            '","src_ip":"', S("IP_ADDRESS", g.client_ip(v6=0.1)), '","assigned_ip":"', S("IP_ADDRESS", "10.99.%d.%d" % (g.r.randint(0, 255), g.r.randint(2, 254))),
            '","client":"GlobalProtect 6.1.3"},"severity":"INFO","timestamp":"', g.ts("iso_us_z"),
            '","logName":"projects/meridian-ops/logs/vpn"}']


@tpl("en", ".NET EF Core connection error with connection string",
     "CREDENTIAL (Password=)", "port x2, system_account")
def e_sqlclient(g):
    return ["fail: Microsoft.EntityFrameworkCore.Database.Connection[20004] An error occurred using the connection to database 'mdm' on server 'tcp:meridian-mdm.database.windows.net,",
            D("port", "1433"), "'. ConnectionString: Server=tcp:meridian-mdm.database.windows.net,", D("port", "1433"),
            ";Initial Catalog=mdm;User ID=", D("system_account", g.ch(["mdmadmin", "sa", "svc-mdm"])), ";Password=",
            S("CREDENTIAL", g.password().replace(";", "_")), ";Encrypt=True;"]


@tpl("en", "config dump with PEM private key (escaped \\n)",
     "CREDENTIAL (key body)", "-")
def e_pem(g):
    kind = g.ch(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
    return [g.ts("iso_s_z"), " WARN config: dumping env for debug TLS_KEY=\"-----BEGIN ", kind, "-----\\n",
            S("CREDENTIAL", g.pem_body()), "\\n-----END ", kind, "-----\" SERVICE=hes-gateway"]


@tpl("en", "log4j ACH return processor",
     "PERSON", "routing_number, masked, amount")
def e_ach(g):
    return [g.ts("comma"), " WARN  [ach-returns] o.m.billing.ach.ReturnProcessor - R01 Insufficient Funds: receiver=\"",
            S("PERSON", g.en_name("en_US")), "\" routing=", D("routing_number", g.ch(["021000021", "026009593", "121000248", "011000138"])),
            " account=", D("masked", "****" + g.digits(4)), " amount=$", D("amount", g.amount(20, 600)),
            " trace=", g.digits(15)]


@tpl("en", "field service management dispatch (UK crew van)",
     "LICENSE_PLATE, PERSON, PHONE_NUMBER", "work_order")
def e_fsm(g):
    return ["[FSM] ", g.ts("iso_s_z"), " job ", D("work_order", "JB-2026-" + g.digits(6)), " dispatched crew=NW-East-",
            str(g.r.randint(1, 9)), " van=", S("LICENSE_PLATE", g.plate_uk()), ' lead="', S("PERSON", g.en_name("en_GB")),
            '" lead_mobile="', S("PHONE_NUMBER", g.intl_phone("GB", g.ch(["intl", "e164"]))), '" eta=00:%02d' % g.r.randint(10, 59)]


@tpl("en", "Django registration log (US national phone, IPv6)",
     "EMAIL_ADDRESS, PHONE_NUMBER, IP_ADDRESS", "-")
def e_django(g):
    return ["[", g.t.strftime("%d/%b/%Y %H:%M:%S"), "] INFO [accounts.views:", str(g.r.randint(100, 400)), "] new registration email=",
            S("EMAIL_ADDRESS", g.email()), " phone=", S("PHONE_NUMBER", g.intl_phone("US", "national")), " ip=",
            S("IP_ADDRESS", g.client_ip("us", v6=0.7))]


@tpl("en", "Keycloak event listener LOGIN_ERROR",
     "IP_ADDRESS, PERSON (username)", "-")
def e_keycloak(g):
    return [g.ts("comma"), ' WARN  [org.keycloak.events] (executor-thread-', str(g.r.randint(1, 60)),
            ') type="LOGIN_ERROR", realmId="meridian", clientId="mdm-ui", userId="null", ipAddress="', S("IP_ADDRESS", g.client_ip()),
            '", error="invalid_user_credentials", auth_method="openid-connect", username="', S("PERSON", g.login()), '"']


@tpl("en", "HTTP client DEBUG with bearer JWT",
     "CREDENTIAL (token only)", "trace_id")
def e_bearer(g):
    return [g.ts("iso_z"), " DEBUG [http-client] --> GET https://api.", VENDOR_DOMAIN, "/v2/readings?from=", g.t.strftime("%Y-%m-%d"),
            " Authorization: Bearer ", S("CREDENTIAL", g.jwt()), " traceparent: 00-", D("trace_id", g.hexs(32)), "-",
            g.hexs(16), "-01"]


@tpl("en", "Alertmanager notify (decoy only)",
     "-", "server_ip, port, version")
def e_alert(g):
    return ["level=warn ts=", g.ts("iso_z"), ' caller=notify.go:732 component=dispatcher msg="Notify for alerts failed" ',
            'alertname="HESCollectorDown" instance="', D("server_ip", g.ip_priv()), ":", D("port", "9100"),
            '" job="hes" severity="critical" collector_version="', D("version", g.version()), '"']


@tpl("en", "LMS course completion (public figures)",
     "PERSON (login)", "public_figure x2")
def e_lms(g):
    a, b = g.r.sample(["Edison", "Tesla", "Faraday", "Volta", "Ampère", "Westinghouse", "Franklin"], 2)
    return ["LMS ", g.ts("sec"), " user ", S("PERSON", g.login()), ' completed course "From ', D("public_figure", a), " to ",
            D("public_figure", b), ': 150 years of grid history" score=', str(g.r.randint(50, 100))]


@tpl("en", "Intune device enrollment (roaming engineer phone)",
     "PERSON, PHONE_NUMBER", "imei")
def e_intune(g):
    cc = g.ch(["FR", "DE", "ES", "IN", "GB", "AE", "SG", "ZA"])
    loc = {"FR": "fr_FR", "DE": "de_DE", "ES": "es_ES", "IN": "en_IN", "GB": "en_GB", "AE": "en_IN", "SG": "en_AU", "ZA": "en_GB"}[cc]
    body = "35" + g.digits(12)
    return [g.ts("iso_s_z"), ' Intune DeviceEnrollment: device="', g.ch(["iPhone 15", "Galaxy S24", "Pixel 8"]), '" owner="',
            S("PERSON", g.en_name(loc)), '" imei=', D("imei", body + _luhn_digit(body)), ' phone="',
            S("PHONE_NUMBER", g.intl_phone(cc, "intl")), '" compliance=compliant']


@tpl("en", "AWS ALB access log",
     "IP_ADDRESS (client)", "server_ip, trace_id")
def e_alb(g):
    return ["https ", g.ts("iso_us_z"), " app/meridian-portal/", g.hexs(16), " ", S("IP_ADDRESS", g.ip_pub()), ":", g.port(), " ",
            D("server_ip", g.ip_priv()), ":8080 0.001 0.0%02d 0.000 200 200 %d %d " % (g.r.randint(1, 99), g.r.randint(30, 900), g.r.randint(200, 9000)),
            '"GET https://portal.', VENDOR_DOMAIN, ':443/api/v1/bills HTTP/1.1" "', g.ch(UAS),
            '" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:', g.digits(12, "123456789"),
            ':targetgroup/portal/', g.hexs(16), ' "', D("trace_id", "Root=1-" + g.hexs(8) + "-" + g.hexs(24)), '"']


@tpl("en", "FortiGate traffic log (Modbus deny)",
     "IP_ADDRESS (workstation), PERSON (FSSO user)", "server_ip, port")
def e_forti(g):
    return ["date=", g.t.strftime("%Y-%m-%d"), " time=", g.t.strftime("%H:%M:%S"), ' devname="FGT-SUB-01" devid="FG100F',
            g.rand(string.ascii_uppercase + string.digits, 10), '" logid="0000000013" type="traffic" subtype="forward" level="notice" srcip=',
            S("IP_ADDRESS", g.ip_priv()), " srcport=", g.port(), ' srcintf="port2" dstip=', D("server_ip", g.ip_priv()),
            " dstport=", D("port", "502"), ' user="', S("PERSON", g.login()), '" service="MODBUS" action="deny"']


@tpl("en", "nginx access log with api_key query parameter",
     "IP_ADDRESS, CREDENTIAL (api_key)", "-")
def e_apikey(g):
    return [S("IP_ADDRESS", g.client_ip()), " - - [", g.ts("clf_utc"), '] "GET /v1/readings/export?api_key=',
            S("CREDENTIAL", g.api_key()), "&format=", g.ch(["csv", "json"]), ' HTTP/1.1" 200 ', str(g.r.randint(1000, 900000)),
            ' "-" "', g.ch(UAS), '"']


@tpl("en", "Slack notifier (on-call engineer)",
     "PERSON", "feeder_id, place")
def e_slack(g):
    return ["slack-notify[", str(g.r.randint(1000, 9000)), "]: chat.postMessage channel=#grid-ops ok=true text=\"Feeder ",
            D("feeder_id", "F-" + str(g.r.randint(100, 999))), " tripped at ", D("place", g.ch(EN_PLACES)), "; on-call ",
            S("PERSON", g.en_name()), ' acknowledged"']


@tpl("en", "identity verification event JSON (US applicant)",
     "PERSON, US_SSN", "vendor")
def e_idv(g):
    return ['{"event":"identity.verify","ts":"', g.ts("iso_z"), '","applicant":"', S("PERSON", g.en_name("en_US")),
            '","ssn":"', S("US_SSN", g.ssn(g.ch(["plain", "dash"]))), '","result":"', g.ch(["pass", "review", "fail"]),
            '","vendor":"', D("vendor", g.ch(["Experian", "Equifax", "TransUnion", "LexisNexis"])), '"}']


@tpl("en", "EV fleet depot check-in (US plate)",
     "LICENSE_PLATE, PERSON (driver login)", "charger_id")
def e_fleet(g):
    return [g.ts("iso_z"), " fleet-svc INFO vehicle ", S("LICENSE_PLATE", g.plate_us()), " (", g.ch(["CA", "NY", "TX"]),
            ") checked in at depot charger ", D("charger_id", "CP-%04d" % g.r.randint(1, 9999)), " by driver ", S("PERSON", g.login("en"))]


@tpl("en", "vendor support chat with title + surname",
     "PERSON (surname after Mr./Dr.), EMAIL_ADDRESS", "ticket_id, company")
def e_support_title(g):
    return [g.ts("comma"), " INFO  [support-bot] ticket ", D("ticket_id", "SR-" + g.digits(6)), ": ",
            g.ch(EN_TITLES), " ", S("PERSON", g.en_surname()), " (", S("EMAIL_ADDRESS", g.email()),
            ") asks whether the ", D("company", g.ch(EN_COMPANIES)), " gateway firmware is supported"]


@tpl("en", "PHP json_encode audit with escaped slashes (AWS secret key)",
     "CREDENTIAL x2 (access key, secret key with \\/)", "-")
def e_php_aws(g):
    return ['[', g.t.strftime("%d-%b-%Y %H:%M:%S"), ' UTC] PHP Notice: s3 upload config {"region":"eu-west-1","credentials":{"key":"',
            S("CREDENTIAL", g.aws_akid()), '","secret":"', S("CREDENTIAL", "A" + g.rand(ALNUM, 10) + "/" + g.rand(ALNUM + "+/", 28), JS),
            '"},"bucket":"meridian-exports"} in \\/var\\/www\\/portal\\/upload.php on line ', str(g.r.randint(10, 400))]


# ---------------------------------------------------------------------------
# masking (clean records)
# ---------------------------------------------------------------------------


def _mask(typ, v, r):
    if typ == "PERSON":
        if all(ord(c) > 0x2E80 or c == "·" for c in v):
            return v[0] + "*" * (len(v) - 1) if len(v) > 1 else "*"
        return v[0] + "***"
    if typ == "EMAIL_ADDRESS":
        local, dom = v.split("@", 1)
        return local[0] + "***@" + dom
    if typ in ("PHONE_NUMBER", "CREDIT_CARD"):
        pos = [i for i, c in enumerate(v) if c.isdigit()]
        hide = pos[-8:-4] if typ == "PHONE_NUMBER" else pos[6:-4]
        return "".join("*" if i in hide else c for i, c in enumerate(v))
    if typ == "IBAN_CODE":
        pos = [i for i, c in enumerate(v) if c != " "]
        hide = set(pos[4:-4])
        return "".join("*" if i in hide else c for i, c in enumerate(v))
    if typ == "US_SSN":
        return "***-**-" + v[-4:]
    if typ == "CN_RESIDENT_ID":
        return v[:6] + "********" + v[-4:]
    if typ == "PASSPORT":
        return v[0] + "*" * (len(v) - 3) + v[-2:]
    if typ == "LICENSE_PLATE":
        return v[:2] + "*" * (len(v) - 3) + v[-1]
    if typ == "IP_ADDRESS":
        if ":" in v:
            return v.split(":")[0] + ":****:****"
        a = v.split(".")
        return a[0] + "." + a[1] + ".*.*"
    return r.choice(["******", "[REDACTED]", "***", "<redacted>", "********", "****MASKED****"])


# ---------------------------------------------------------------------------
# assembly, generation, validation
# ---------------------------------------------------------------------------


def _assemble(parts, clean, rng):
    n_decoys = sum(isinstance(p, D) for p in parts)
    plan = {}
    if clean:
        room = 3 - n_decoys
        order = []
        counts = Counter()
        for p in parts:
            if isinstance(p, S):
                key = (p.typ, p.val)
                if key not in counts:
                    order.append(key)
                counts[key] += 1
        for key in order:
            if counts[key] <= room and rng.random() < 0.85:
                plan[key] = _mask(key[0], key[1], rng)
                room -= counts[key]
            else:
                plan[key] = None
    out, spans, decoys, pos = [], [], [], 0
    for p in parts:
        if isinstance(p, str):
            s = p
        elif isinstance(p, S):
            if clean:
                rep = plan[(p.typ, p.val)]
                if rep is None:
                    s = "-"
                else:
                    s = p.printed(rep)
                    decoys.append([pos, pos + len(s), "masked"])
            else:
                s = p.printed()
                spans.append([pos, pos + len(s), p.typ])
        elif isinstance(p, D):
            s = p.val
            decoys.append([pos, pos + len(s), p.kind])
        else:
            raise TypeError(p)
        out.append(s)
        pos += len(s)
    return "".join(out), spans, decoys


_MASKED_RE = re.compile(r"\*|REDACTED|redacted|MASKED")


def _check_record(rec, k_templates):
    text, spans, decoys = rec["text"], rec["spans"], rec["decoys"]
    assert set(rec) == {"text", "spans", "decoys", "template"}, rec.keys()
    assert isinstance(text, str) and text, "empty text"
    assert "\n" not in text and "\r" not in text, "newline in text"
    assert isinstance(rec["template"], int) and 0 <= rec["template"] < k_templates
    assert len(spans) <= 4, ("too many spans", rec)
    assert len(decoys) <= 3, ("too many decoys", rec)
    allr = []
    for lst, is_span in ((spans, True), (decoys, False)):
        for item in lst:
            assert isinstance(item, list) and len(item) == 3, item
            s, e, lab = item
            assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text), (item, text)
            if is_span:
                assert lab in SPAN_TYPES, lab
                v = text[s:e]
                assert v == v.strip(), ("span has outer whitespace", v)
                assert _value_ok(lab, v), ("bad value", lab, v, text)
            else:
                assert isinstance(lab, str) and re.fullmatch(r"[a-z][a-z0-9_]*", lab), lab
                v = text[s:e]
                if lab == "masked":
                    assert _MASKED_RE.search(_norm(v)), ("masked decoy not masked", v)
                if lab == "server_ip":
                    ipaddress.ip_address(v)
                if lab == "role_mailbox":
                    assert v.split("@")[0] in ROLE_LOCALS or v.split("@")[0] in ("pay", "service", "billing"), v
            allr.append((s, e))
    allr.sort()
    for (a1, b1), (a2, b2) in zip(allr, allr[1:]):
        assert b1 <= a2, ("overlap", rec)
    # every other occurrence of a planted value is itself labelled
    for s, e, lab in spans:
        v = text[s:e]
        i = text.find(v)
        while i != -1:
            j = i + len(v)
            if (i, j) != (s, e):
                inside_span = any(a <= i and j <= b for a, b, _ in spans)
                inside_decoy = lab == "PERSON" and any(a <= i and j <= b for a, b, _ in decoys)
                assert inside_span or inside_decoy, ("unlabelled repeat", lab, v, text)
            i = text.find(v, i + 1)


def blind_log22(n: int, seed: int = 0) -> list:
    rng = random.Random(seed)
    g = G(rng)
    k = len(TEMPLATES)
    order = list(range(k))
    rng.shuffle(order)
    records = []
    for i in range(n):
        t = order[i % k]
        fn = TEMPLATES[t][0]
        clean = rng.random() < 0.1
        last = None
        for _attempt in range(200):
            g.new_time()
            parts = fn(g)
            text, spans, decoys = _assemble(parts, clean, rng)
            rec = {"text": text, "spans": spans, "decoys": decoys, "template": t}
            try:
                _check_record(rec, k)
            except AssertionError as exc:
                last = exc
                continue
            break
        else:
            raise AssertionError("template %d could not produce a valid record: %r" % (t, last))
        records.append(rec)
    return records


def validate(records) -> dict:
    k = len(TEMPLATES)
    types, kinds, per_tpl = Counter(), Counter(), Counter()
    clean = 0
    for rec in records:
        _check_record(rec, k)
        per_tpl[rec["template"]] += 1
        for _, _, t in rec["spans"]:
            types[t] += 1
        for _, _, d in rec["decoys"]:
            kinds[d] += 1
        if not rec["spans"]:
            clean += 1
    return {"records": len(records), "records_without_spans": clean, "templates": len(per_tpl),
            "types": dict(types), "decoys": dict(kinds)}


if __name__ == "__main__":
    recs = blind_log22(5000, 0)
    res = validate(recs)
    print("records:", res["records"], " templates used:", res["templates"], " without spans:", res["records_without_spans"])
    print("per TYPE:")
    for t in SPAN_TYPES:
        print("  %-16s %d" % (t, res["types"].get(t, 0)))
    print("per decoy KIND:")
    for kd, c in sorted(res["decoys"].items(), key=lambda x: (-x[1], x[0])):
        print("  %-22s %d" % (kd, c))
