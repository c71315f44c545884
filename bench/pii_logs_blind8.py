"""Blind evaluation set 8 for the log-file PII redactor: program dumps, data stores,
mail, telecom and Chinese internet back-ends.

Provenance
----------
Written blind on 2026-12-05 from general knowledge of the named software (Spring Boot /
Lombok / Hibernate, Python logging and repr, Rails, PHP, Go, .NET, Android logcat, glog +
protobuf text format, pino, grpc-go/zap, MySQL, PostgreSQL, MongoDB, Redis, Elasticsearch,
SQL Server, HikariCP, EF Core, Debezium, botocore, Postfix, Exim, Sendmail, Exchange message
tracking, rspamd, Dovecot, Amazon SES, Mailman, Kamailio, Asterisk, FreeSWITCH, Kannel,
Twilio, FreeRADIUS, SWIFT MT103, NACHA, SEPA pain.001, Stripe, Canvas live events, Amadeus
PNR, WeChat Pay, Alipay, WeChat mini-program, Aliyun SMS, Dubbo, Nacos and common Chinese
business back-ends).  The author did not look at the redactor, its rules, tests, docs, seeds
or the other benchmark sets, and never ran the redactor.  Every value is synthetic.

API
---
    blind_log8(n: int, seed: int = 0) -> list[dict]

Each record is {"text": str, "spans": [[start, end, TYPE], ...],
"decoys": [[start, end, KIND], ...], "template": int}.  Offsets are Python code-point
offsets; text[start:end] is the value exactly as printed (percent-encoded, JSON-escaped,
\\uXXXX-escaped, SQL-quoted, CSV-doubled, XML-escaped, protobuf octal-escaped, quoted-
printable or RFC 2047 encoded where the line prints it so).  Spans and decoys never overlap
each other.  Output is deterministic per seed (random.Random(seed) plus Faker instances
seeded from the seed).  Templates are drawn round-robin over an order reshuffled every
cycle, so each template appears n/85 +- 1 times.  About one record in ten is "clean": every
planted value is replaced either by a masked placeholder (recorded as a decoy "masked",
e.g. 138****5678, j***@gmail.com, 王*, [FILTERED], 411111******1111) or, for the whole
record, by a bare "-" (not recorded), so it carries no span.

TYPEs: PERSON, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN,
CN_RESIDENT_ID, PASSPORT, LICENSE_PLATE, IP_ADDRESS, CREDENTIAL, CN_BANK_CARD.
Decoy KINDs used: masked, server_ip, order_id, uuid, timestamp_digits, hash, opaque_id,
trace_id, role_mailbox, message_id, service_number, device_id, version, system_account,
city, company, product_name, bic, public_figure, placeholder, account_ref, account_id,
call_id, routing_number, merchant_id, booking_ref, virtual_number, stan, rrn,
base64_prompt.

Value generators
----------------
* PERSON: Faker first/last names from en_US, en_GB, en_AU, en_IN, de_DE, fr_FR, es_MX,
  pt_PT, it_IT, nl_NL, pl_PL, ja_JP (romanised), hi_IN (Devanagari, rare; never in
  ASCII-only formats), plus hand lists of romanised Korean and Arabic names.  Chinese
  names from Faker zh_CN / zh_TW or from a built-in surname / given-name table with
  pinyin (2-3 characters, ~5-8 % compound surnames such as 欧阳, 司马, 诸葛).  Logins
  derived from a name (jsmith, zhang.wei, maria_rossi, lee.j) are PERSON.
* EMAIL_ADDRESS: name-derived locals on free-mail, company and Chinese domains, QQ numbers
  @qq.com and mobile@163.com / @139.com.
* PHONE_NUMBER: phonenumbers example numbers for 45 regions with 4-7 random tail digits,
  kept only if is_valid_number, printed E164 / INTERNATIONAL / NATIONAL / RFC3966 (the
  "tel:" scheme stays outside the span); mobile-only where the line is about SMS/SIM.
  Chinese mobiles 1[3-9]x (plain, +86, "+86 138 1234 5678", 138-1234-5678, 86138...) and
  landlines 0xx-xxxxxxxx / 0xxx-xxxxxxxx / (021)xxxxxxxx.
* CREDIT_CARD: Luhn-valid 13-19 digits on Visa, Mastercard (51-55, 2221-2720), Amex,
  Discover, JCB, Diners, Maestro, Visa Electron prefixes; plain, spaced or dashed.
* CN_BANK_CARD: Luhn-valid 16-19 digits on 62xxxx UnionPay BINs (ICBC, CCB, ABC, BOC, CMB,
  BoCom, PSBC ...), always next to 银行卡号 / bankCardNo.
* IBAN_CODE: correct mod-97 check digits for DE GB FR ES IT NL BE CH AT PL PT IE SE LU FI
  (national internal check digits are not modelled); compact or grouped by four.
* US_SSN: area 001-899 without 666, group 01-99, serial 0001-9999; dashed or bare.
* CN_RESIDENT_ID: real-looking 6-digit area codes, birth dates 1950-2005, GB 11643 check
  digit (occasionally a lower-case x).
* PASSPORT: CN (E/G + 8, E + letter + 7), US, GB, DE, FR, JP, IN, KR, CA shapes.
* LICENSE_PLATE: Chinese ordinary (province + letter + 5, up to two letters, no I/O) and
  new-energy (D/F-series 8-character), sometimes with a middle dot.
* IP_ADDRESS: public-looking IPv4 and IPv6 (incl. 240e:/2409: Chinese ranges), IPv4-mapped
  ::ffff:a.b.c.d (whole thing is the span), and one private LAN address in a Received
  header (a client's address, so still IP_ADDRESS).
* CREDENTIAL: passwords, Stripe/GitHub/Slack/Google/SendGrid style API keys, Aliyun
  AccessKey id + secret, JWTs, session ids, OTP secrets, WeChat session_key, Rails
  authenticity_token, SMS verification codes.
* Decoys: uuid4, hex hashes, bcrypt hashes, Luhn-valid 16-19 digit order numbers, Chinese
  out_trade_no / trade_no, epoch seconds / milliseconds, IMEI (Luhn), IMSI, ICCID (Luhn),
  MAC addresses, ABA routing numbers, service / short-code / 400- numbers, openid /
  unionid / buyer_id / appid, BICs, versions, role mailboxes, system accounts, public
  figures (Einstein, Shakespeare, Sherlock Holmes, 李白, 鲁迅, 孙悟空 ...), person-like
  brand names (Hugo Boss, Ernst & Young) and book titles.

Labelling decisions (ambiguous cases)
-------------------------------------
* IMSI / IMEI / ICCID / MAC / OBU and ETC card numbers are decoys "device_id".
* One-time SMS verification codes (验证码, "your code is 123456") are CREDENTIAL, like OTP
  secrets.  CVV values are always printed masked here.
* Access-key *ids* (LTAI..., printed together with their secret) are CREDENTIAL.
* A printed Rails authenticity_token is CREDENTIAL; Dovecot session=<...> is a log
  correlation id, decoy "trace_id"; the <id> of a Redis "session:<id>" key is CREDENTIAL.
* Test placeholders (张三, 李四, 王五, 13800000000) appear only in an explicit
  "[sandbox] 下单接口联调" line and are decoys "placeholder", not PERSON.
* Surname + title (王先生, 李师傅, Herr Müller): only the surname is PERSON; full name +
  title (张伟老师): the full name is PERSON.  PNR / track-1 names "ROE/JANE" are one PERSON.
* RFC 2047 encoded names: the whole encoded-word =?UTF-8?B?...?= is the PERSON span.
* Server-side addresses are server_ip: SMTP relays (Google, Outlook, SendGrid), Twilio's
  webhook source address, SES sourceIp, app hosts connecting to a database
  (MySQL User@Host, Mongo "remote", PostgreSQL remote_host), Dubbo provider/consumer,
  upstreams, peers, Nacos, parking cameras.  End-user, subscriber, caller and attacker
  addresses are IP_ADDRESS.
* Customer account references (IVR acct=) and ATM STAN/RRN are decoys.  Personal values
  with no TYPE in this scheme are left unlabelled (neither span nor decoy): dates of
  birth, street addresses, the DFI account number inside a NACHA entry record.
* Agent, driver, rider, doctor and clerk names are PERSON like customer names.

Templates
---------
 A. program dumps
  1 Spring Boot line with Java toString User{id=.., name='..', email='..', phone='..'}
  2 Lombok PaymentRequest(orderId=.., merchant=.., cardHolder=.., cardNumber=..)
  3 Python logging with a dict repr (name, email, phone, card, ip)
  4 Python dataclass repr Customer(name=.., phone=.., iban=..) in an exception
  5 Rails 7 "Parameters:" with [FILTERED] (masked decoys) and unfiltered name/phone
  6 Old Rails "Parameters:" unfiltered: authenticity_token, login, password
  7 Rails "Started GET" with percent-encoded ransack query (email, name, phone)
  8 PHP notice + print_r of $_POST on one line (first/last name, card, tel)
  9 PHP var_dump array with byte-exact string(n) lengths
 10 Go %+v struct &{ID: Name: Email: Phone: PasswordHash: SignupIP:}
 11 .NET InvalidOperationException naming a locked-out user and source IP
 12 Android logcat, Kotlin data class Passenger(.. passportNumber=..)
 13 glog + protobuf text format (octal-escaped UTF-8 names)
 14 pino JSON with GraphQL variables
 15 grpc-go / zap interceptor line with metadata (Bearer JWT, x-user-email, XFF)
 16 Node util.inspect object { username, password, ip (::ffff:) }
 17 Hibernate BasicBinder "binding parameter [n] as [VARCHAR] - [..]"
 B. data stores
 18 MySQL general log INSERT with SQL-quoted literals (name, email, phone, SSN)
 19 MySQL slow log one-liner, SELECT ... WHERE email = '..' OR phone = '..'
 20 PostgreSQL duration statement UPDATE accounts SET iban/holder_name
 21 PostgreSQL jsonlog unique violation, DETAIL Key (email)=(..) and statement
 22 MongoDB JSON slow query with filter document
 23 Redis MONITOR SET session:<id> {json} / HSET user name phone otp_secret
 24 Elasticsearch search slowlog with query source
 25 SQL Server ERRORLOG login failed for user 'DOMAIN\\login' [CLIENT: ip]
 26 SqlException duplicate key value (email) with employee name
 27 Connection URLs in settings dumps: postgres://, mongodb+srv://, amqp:// (** masked), redis://
 28 HikariConfig jdbcUrl with user= and password= query params
 29 EF Core ADO.NET connection string Server=..;User Id=..;Password=..;
 30 mysqlbinlog -v row image flattened (### SET @1=.. @2='..')
 31 botocore DynamoDB PutItem params (\\u-escaped JSON)
 32 Debezium CDC change event JSON
 C. mail
 33 Postfix smtpd: SASL submission, SASL failure (base64 prompt decoy), NOQUEUE reject
 34 Postfix qmgr from=<..> / smtp to=<..> status=sent|bounced
 35 Exim mainlog <= line with A=dovecot_plain:, T="subject", for rcpt
 36 Sendmail from= line, relay = user's dial-up host (IP) or MTA (server_ip)
 37 Exchange message tracking log CSV row
 38 smtplib debug "send: b'From: \"Name\" <addr>\\r\\nTo: ..'" bytes repr
 39 Received: header with HELO LAN literal, client IP and Authenticated sender
 40 rspamd task log (ip, user, from, rcpts, digest, DKIM bh)
 41 mail archiver with RFC 2047 B/Q encoded From name
 42 Dovecot imap/pop3 login / auth failed (user, rip, lip, session)
 43 Amazon SES bounce notification JSON
 44 DLP scan excerpt of a quoted-printable German body (Herr/Frau + surname, phone)
 45 Mailman new subscription line
 D. telecom / VoIP
 46 Kamailio INVITE from "Name" <sip:+E164@..> to <sip:+E164@server> src=ip
 47 Asterisk Master.csv CDR row (CSV-doubled quotes in clid)
 48 FreeSWITCH mod_dialplan_xml "Processing Name <num>->num"
 49 Kannel Sent SMS (name + verification code) / Receive DLR
 50 Twilio status-callback access log (Twilio IP = server_ip, %2B-encoded To)
 51 MVNO SIM_ACTIVATED JSON with IMSI/IMEI/ICCID decoys and passport
 52 IVR call log (ani, toll-free dnis decoy, identified caller)
 53 USSD gateway session with upper-case name in the response text
 54 FreeRADIUS Login incorrect [user/password] / Login OK with Framed-IP-Address
 55 Asterisk chan_sip registration failure with display name and attacker IP
 E. banking / fintech / HR / education / travel
 56 ATM journal (PAN full or masked, track-1 SURNAME/GIVEN)
 57 SWIFT MT103 block 4 with :50K: and :59: IBAN + name (escaped CRLF)
 58 NACHA PPD entry detail record (type 6) with individual name
 59 Payroll export CSV row (surname, given name, SSN, IBAN)
 60 HRIS employee.updated webhook JSON
 61 Canvas live event grade_change (login, student name/email, figure in title)
 62 Registrar enrolment line (student, guardian, guardian phone)
 63 Stripe charge.failed event JSON
 64 KYC verify line (SSN or passport, phone)
 65 Amadeus PNR with names, AP/APE elements and SSR DOCS passport
 66 SEPA pain.001 CdtTrfTxInf XML fragment (Cdtr Nm, IBAN)
 F. Chinese internet back-ends
 67 WeChat Pay unifiedorder XML (attach name/mobile, spbill_create_ip, openid decoy)
 68 Alipay async notify params (buyer_logon_id masked / phone / email)
 69 WeChat mini-program code2Session (session_key) / getPhoneNumber result
 70 Aliyun SendSms request (PhoneNumbers, TemplateParam name + code) and response
 71 SMS 验证码 platform log (mobile or masked, code, request IP, hotline decoy)
 72 12306-style ticket order (乘车人, 证件号 ID card or passport, 联系电话)
 73 外卖 dispatch (骑手 X师傅, 收货人 X女士/先生, masked phone, 隐私号 decoy)
 74 快递 waybill (寄件人/收件人 with titles, mobiles/landlines; sandbox placeholders)
 75 一网通办 application JSON (applicant name, ID, mobile, client IP)
 76 医保结算 settlement line (姓名, 证件号码, 主治医生)
 77 网约车 trip (司机, 车牌, driver mobile, passenger IP)
 78 Chinese Spring log with UserDTO(realName=, mobile=, idCard=, bankCardNo=, ...)
 79 Dubbo access log with method args (mobile / name + ID / email)
 80 Nacos data-received config content (datasource password, Aliyun AK)
 81 支付网关 绑卡 request (持卡人, 银行卡号, 预留手机, 身份证)
 82 nginx access log of a real-name verify API (percent-encoded Chinese name)
 83 旅业 hotel check-in upload (Chinese ID or foreign passport)
 84 停车场 entry (车牌, 车主 with title, phone) / ETC gantry transaction
 85 客服工单 (caller with title, mobile, landline, agent, email)

Run this file to self-check 2 x 3,000 records (offsets, overlap, non-empty values, Luhn,
IBAN mod-97, GB 11643, SSN shape, determinism) and print per-TYPE / per-template counts.
"""

import base64
import datetime as _dt
import json
import quopri
import random
import string
import unicodedata
import uuid
from urllib.parse import quote, quote_plus
from xml.sax.saxutils import escape as _xml_escape

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from faker import Faker

TYPES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
         "US_SSN", "CN_RESIDENT_ID", "PASSPORT", "LICENSE_PLATE", "IP_ADDRESS",
         "CREDENTIAL", "CN_BANK_CARD")

# ---------------------------------------------------------------- encoders
def J(v):      # JSON string body, UTF-8 kept
    return json.dumps(v, ensure_ascii=False)[1:-1]


def JA(v):     # JSON string body, ASCII-only (\uXXXX)
    return json.dumps(v)[1:-1]


def PCT(v):    # percent-encoding, RFC 3986 strict
    return quote(v, safe="")


def PCTP(v):   # application/x-www-form-urlencoded
    return quote_plus(v, safe="")


def SQL(v):    # SQL single-quoted literal body
    return v.replace("'", "''")


def CSVQ(v):   # CSV double-quoted field body
    return v.replace('"', '""')


def XML(v):
    return _xml_escape(v, {'"': "&quot;", "'": "&apos;"})


def QP(v):     # quoted-printable body text (UTF-8)
    return quopri.encodestring(v.encode("utf-8")).decode("ascii").replace("=\n", "")


def B64W(v):   # RFC 2047 B encoded-word
    return "=?UTF-8?B?" + base64.b64encode(v.encode("utf-8")).decode("ascii") + "?="


def QW(v):     # RFC 2047 Q encoded-word
    out = []
    for byte in v.encode("utf-8"):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append("=%02X" % byte)
    return "=?utf-8?Q?" + "".join(out) + "?="


def CSTR(v):   # C / Go %q / Python double-quoted escaping of ASCII-ish text
    return v.replace("\\", "\\\\").replace('"', '\\"')


def _is_cjk(s):
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def _ascii_slug(s):
    s = (s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
         .replace("Ø", "O").replace("æ", "ae").replace("đ", "d").replace("ı", "i"))
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum())


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


# ---------------------------------------------------------------- static tables
KO_SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
               "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"]
KO_GIVEN = ["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yun", "Ji-woo", "Seo-jun",
            "Soo-ah", "Ye-jin", "Hyun-woo", "Jae-won", "Eun-ji", "Dong-hyun", "Yu-na",
            "Sung-min", "Hye-jin", "Joon-ho", "Min-seo", "Tae-yang", "Ji-min"]
AR_GIVEN = ["Mohammed", "Ahmed", "Fatima", "Aisha", "Omar", "Khalid", "Layla", "Youssef",
            "Mariam", "Hassan", "Noura", "Tariq", "Samira", "Karim", "Rania", "Ibrahim",
            "Huda", "Bilal", "Salma", "Faisal"]
AR_SURNAMES = ["Al-Rashid", "Haddad", "Nasser", "Al-Farsi", "Khoury", "Mansour", "El-Sayed",
               "Saleh", "Al-Mansouri", "Hamdan", "Qureshi", "Aziz", "Barakat", "Al-Hashimi",
               "Darwish", "Abdullah"]
CN_SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
               ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
               ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
               ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"),
               ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
               ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"),
               ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
               ("袁", "yuan"), ("潘", "pan"), ("于", "yu"), ("蒋", "jiang"), ("蔡", "cai"),
               ("杜", "du"), ("叶", "ye"), ("程", "cheng"), ("苏", "su"), ("魏", "wei"),
               ("吕", "lv"), ("丁", "ding"), ("任", "ren"), ("沈", "shen"), ("姚", "yao"),
               ("卢", "lu"), ("姜", "jiang"), ("崔", "cui"), ("钟", "zhong"), ("谭", "tan"),
               ("陆", "lu"), ("汪", "wang"), ("范", "fan"), ("金", "jin"), ("石", "shi"),
               ("廖", "liao"), ("贾", "jia"), ("夏", "xia"), ("韦", "wei"), ("方", "fang"),
               ("白", "bai"), ("邹", "zou"), ("孟", "meng"), ("熊", "xiong"), ("秦", "qin"),
               ("邱", "qiu"), ("江", "jiang"), ("尹", "yin"), ("薛", "xue"), ("闫", "yan"),
               ("段", "duan"), ("雷", "lei"), ("侯", "hou"), ("龙", "long"), ("史", "shi"),
               ("顾", "gu"), ("毛", "mao"), ("郝", "hao"), ("龚", "gong"), ("邵", "shao"),
               ("钱", "qian"), ("严", "yan"), ("戴", "dai"), ("莫", "mo"), ("汤", "tang")]
CN_COMPOUND = [("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan"), ("诸葛", "zhuge"),
               ("东方", "dongfang"), ("慕容", "murong"), ("皇甫", "huangfu"), ("令狐", "linghu"),
               ("夏侯", "xiahou"), ("尉迟", "yuchi"), ("公孙", "gongsun"), ("司徒", "situ")]
CN_GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
            ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
            ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"),
            ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"),
            ("刚", "gang"), ("桂", "gui"), ("英", "ying"), ("华", "hua"), ("玉", "yu"),
            ("兰", "lan"), ("萍", "ping"), ("红", "hong"), ("鹏", "peng"), ("辉", "hui"),
            ("建", "jian"), ("国", "guo"), ("文", "wen"), ("斌", "bin"), ("宇", "yu"),
            ("浩", "hao"), ("凯", "kai"), ("健", "jian"), ("俊", "jun"), ("帆", "fan"),
            ("旭", "xu"), ("宁", "ning"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"),
            ("晨", "chen"), ("欣", "xin"), ("悦", "yue"), ("佳", "jia"), ("怡", "yi"),
            ("梓", "zi"), ("涵", "han"), ("子", "zi"), ("轩", "xuan"), ("博", "bo"),
            ("睿", "rui"), ("思", "si"), ("雨", "yu"), ("晓", "xiao"), ("海", "hai"),
            ("志", "zhi"), ("春", "chun"), ("丹", "dan"), ("慧", "hui"), ("亮", "liang"),
            ("飞", "fei"), ("燕", "yan"), ("颖", "ying"), ("倩", "qian"), ("璐", "lu"),
            ("瑶", "yao"), ("昊", "hao"), ("然", "ran"), ("嘉", "jia"), ("欢", "huan"),
            ("荣", "rong"), ("成", "cheng"), ("峰", "feng"), ("波", "bo"), ("莉", "li"),
            ("琴", "qin"), ("晶", "jing"), ("云", "yun"), ("梅", "mei"), ("鑫", "xin"),
            ("宏", "hong"), ("彤", "tong"), ("萱", "xuan"), ("泽", "ze"), ("铭", "ming"),
            ("航", "hang"), ("诗", "shi"), ("淑", "shu"), ("振", "zhen"), ("德", "de")]
CN_TITLES_M = ["先生", "师傅", "经理", "老师", "总"]
CN_TITLES_F = ["女士", "老师", "经理", "小姐", "阿姨"]
CN_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CN_AREAS = ["110101", "110105", "110108", "310101", "310104", "310115", "440103", "440106",
            "440305", "440304", "330102", "330106", "320102", "320106", "510104", "510107",
            "420102", "420106", "610103", "610113", "500103", "500112", "120101", "210102",
            "350203", "370202", "430104", "410105", "530102", "450103", "340104", "360102",
            "130102", "140105", "220102", "230102", "150102", "460105", "520102", "620102",
            "640104", "650102", "630102", "540102", "441302", "320583", "330782", "371002"]
CN_CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆",
             "苏州", "天津", "长沙", "郑州", "青岛", "厦门"]
CN_STREETS = ["张江路", "南京西路", "中山北路", "天河路", "科技园南路", "文三路", "人民南路",
              "解放大道", "长安街", "建国路", "淮海中路", "深南大道", "西湖大道", "中关村大街"]
CN_BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行",
            "交通银行", "中国邮政储蓄银行", "兴业银行", "中国民生银行", "浦发银行"]
CN_CARD_PREFIXES = [("622202", 19), ("621226", 19), ("622848", 19), ("621700", 19),
                    ("622700", 19), ("621661", 19), ("622588", 16), ("621483", 16),
                    ("622262", 19), ("623668", 19), ("622150", 19), ("622908", 18),
                    ("625967", 16), ("628288", 16), ("621799", 19), ("622609", 16),
                    ("620522", 19), ("623058", 19), ("621485", 16), ("622630", 17)]
CARD_ISSUERS = [("4", 16, "visa"), ("4", 16, "visa"), ("4", 13, "visa"), ("4", 19, "visa"),
                ("51", 16, "mastercard"), ("52", 16, "mastercard"), ("53", 16, "mastercard"),
                ("54", 16, "mastercard"), ("55", 16, "mastercard"), ("2221", 16, "mastercard"),
                ("2720", 16, "mastercard"), ("2300", 16, "mastercard"), ("34", 15, "amex"),
                ("37", 15, "amex"), ("6011", 16, "discover"), ("65", 16, "discover"),
                ("3528", 16, "jcb"), ("3566", 16, "jcb"), ("3589", 16, "jcb"),
                ("36", 14, "diners"), ("6759", 19, "maestro"), ("5018", 18, "maestro"),
                ("6304", 19, "maestro"), ("4026", 16, "visa_electron"), ("4917", 16, "visa_electron")]
IBAN_SPECS = {"DE": "18n", "GB": "B14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c",
              "NL": "B10n", "BE": "12n", "CH": "5n12c", "AT": "16n", "PL": "24n",
              "PT": "21n", "IE": "B14n", "SE": "20n", "LU": "3n13c", "FI": "14n"}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ"],
              "NL": ["INGB", "ABNA", "RABO", "TRIO", "SNSB", "KNAB"],
              "IE": ["AIBK", "BOFI", "IPBS", "ULSB"]}
PHONE_REGIONS = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PL",
                 "PT", "SE", "NO", "DK", "IE", "AU", "NZ", "JP", "KR", "IN", "SG", "HK",
                 "TW", "BR", "MX", "AR", "ZA", "NG", "KE", "AE", "SA", "TR", "ID", "PH",
                 "VN", "TH", "MY", "EG", "IL", "CO", "CL", "CZ", "GR"]
FREE_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
             "proton.me", "gmx.de", "web.de", "orange.fr", "free.fr", "libero.it",
             "yahoo.co.jp", "naver.com", "hotmail.co.uk", "btinternet.com", "wp.pl",
             "sapo.pt", "ziggo.nl", "bigpond.com", "rediffmail.com", "aol.com", "mail.ru"]
CN_MAIL = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com",
           "139.com", "yeah.net", "sohu.com"]
COMPANIES = [("Contoso Ltd", "contoso.com"), ("Northwind Traders", "northwind.io"),
             ("Globex Corporation", "globex.com"), ("Initech", "initech.net"),
             ("Acme Logistics", "acme-logistics.de"), ("Umbrella Health", "umbrellahealth.co.uk"),
             ("Fabrikam Inc", "fabrikam.com"), ("Tailspin Toys", "tailspintoys.com"),
             ("Wingtip Bank", "wingtipbank.eu"), ("Blue Yonder Airlines", "blueyonder.aero"),
             ("Adatum Insurance", "adatum.fr"), ("Litware Systems", "litware.nl")]
CN_COMPANIES = ["阿里巴巴", "腾讯", "美团", "顺丰速运", "京东物流", "滴滴出行", "饿了么",
                "中国移动", "中国联通", "华为", "比亚迪", "蔚来汽车"]
PUBLIC_FIGURES = ["Albert Einstein", "William Shakespeare", "Marie Curie", "Isaac Newton",
                  "Abraham Lincoln", "Leonardo da Vinci", "Napoleon Bonaparte", "Ada Lovelace",
                  "Sherlock Holmes", "Harry Potter", "Frodo Baggins", "Mahatma Gandhi",
                  "Wolfgang Amadeus Mozart", "Charles Darwin", "Nikola Tesla", "Jane Austen",
                  "Alan Turing", "Winston Churchill", "Julius Caesar", "Don Quixote"]
CN_PUBLIC_FIGURES = ["孔子", "李白", "杜甫", "鲁迅", "孙悟空", "诸葛亮", "秦始皇", "苏轼",
                     "曹操", "林黛玉", "贾宝玉", "岳飞", "郑和", "李清照", "花木兰", "屈原"]
CITIES = ["Berlin", "Paris", "Madrid", "Lisbon", "Amsterdam", "Warsaw", "Milan", "London",
          "Sydney", "Mumbai", "Toronto", "Osaka", "Seoul", "Dubai", "Chicago", "Zurich"]
STREETS = ["Main St", "High Street", "Hauptstrasse", "Rue de Rivoli", "Calle Mayor",
           "Kingsway", "Via Roma", "Baker Street", "Elm Avenue", "Keizersgracht"]
ROLE_LOCALS = ["noreply", "no-reply", "postmaster", "support", "billing", "info", "abuse",
               "mailer-daemon", "notifications", "hr", "admin", "security", "donotreply"]
SYSTEM_ACCOUNTS = ["svc-backup", "root", "postgres", "www-data", "nginx", "jenkins",
                   "svc_etl", "app", "sa", "mysql", "deploy", "ansible", "batch01", "repl"]
PLACEHOLDERS = ["John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "张三", "李四",
                "王五", "Test User"]
BRAND_PEOPLE = ["Hugo Boss", "Ralph Lauren", "Calvin Klein", "Tommy Hilfiger", "Louis Vuitton",
                "Marks & Spencer", "Ernst & Young", "Ben & Jerry's", "Johnson & Johnson", "Dr. Oetker",
                "Estee Lauder", "Karl Lagerfeld", "Tesla Motors", "Walt Disney"]
BOOKS = ["The Complete Works of William Shakespeare", "Einstein: His Life and Universe",
         "The Adventures of Sherlock Holmes", "Harry Potter and the Philosopher's Stone",
         "Steve Jobs", "Leonardo da Vinci", "Becoming Marie Curie"]
WORDS = ["Summer", "Winter", "Dragon", "Monkey", "Sunshine", "Football", "Princess",
         "Shadow", "Master", "Welcome", "Autumn", "Tiger", "Coffee", "Rainbow", "Liverpool"]


class Person:
    __slots__ = ("first", "last", "full", "cn", "py_first", "py_last", "locale")

    def __init__(self, first, last, full, cn=False, py_first=None, py_last=None, locale=""):
        self.first, self.last, self.full = first, last, full
        self.cn, self.py_first, self.py_last, self.locale = cn, py_first, py_last, locale


class Gen:
    """All value generators; everything random comes from self.rng or seeded Fakers."""

    LATIN = [("en_US", 6), ("en_GB", 4), ("en_AU", 2), ("en_IN", 3), ("de_DE", 4),
             ("fr_FR", 3), ("es_MX", 3), ("pt_PT", 2), ("it_IT", 2), ("nl_NL", 2),
             ("pl_PL", 2), ("ja_JP", 2), ("ko_KR", 2), ("ar", 2), ("hi_IN", 1)]

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(["en_US", "en_GB", "en_AU", "en_IN", "de_DE", "fr_FR", "es_MX",
                                 "pt_PT", "it_IT", "nl_NL", "pl_PL", "ja_JP", "hi_IN",
                                 "zh_CN", "zh_TW"]):
            f = Faker(loc)
            f.seed_instance(seed * 1000 + i)
            self.fk[loc] = f
        self._lat_locs = [l for l, w in self.LATIN for _ in range(w)]
        self._phone_tpl, self._phone_mob = {}, {}
        for reg in PHONE_REGIONS:
            for t in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
                ex = phonenumbers.example_number_for_type(reg, t)
                if ex is not None:
                    self._phone_tpl.setdefault(reg, []).append(ex)
                    if t == PhoneNumberType.MOBILE:
                        self._phone_mob[reg] = [ex]
        self._phone_regions = sorted(self._phone_tpl)
        self.base = _dt.datetime(2026, 1, 5, 0, 0, 0)

    # -------------------------------------------------------------- helpers
    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, prob):
        return self.rng.random() < prob

    def digits(self, n, first_nonzero=False):
        s = "".join(self.rng.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def dt(self):
        return self.base + _dt.timedelta(seconds=self.rng.randrange(0, 330 * 86400),
                                         microseconds=self.rng.randrange(0, 1000000))

    # -------------------------------------------------------------- persons
    def person(self, cn=False, latin=False):
        if cn:
            return self.cn_person()
        loc = self.c(self._lat_locs)
        while latin and loc == "hi_IN":
            loc = self.c(self._lat_locs)
        if loc == "ko_KR":
            first, last = self.c(KO_GIVEN), self.c(KO_SURNAMES)
            full = f"{last} {first}" if self.p(0.3) else f"{first} {last}"
        elif loc == "ar":
            first, last = self.c(AR_GIVEN), self.c(AR_SURNAMES)
            full = f"{first} {last}"
        elif loc == "ja_JP":
            f = self.fk["ja_JP"]
            first, last = f.first_romanized_name(), f.last_romanized_name()
            full = f"{first} {last}" if self.p(0.6) else f"{last} {first}"
        else:
            f = self.fk[loc]
            first, last = f.first_name(), f.last_name()
            full = f"{first} {last}"
        return Person(first, last, full, locale=loc)

    def cn_person(self, faker_ok=True, compound=0.05):
        if faker_ok and self.p(0.4):
            f = self.fk[self.c(["zh_CN", "zh_CN", "zh_TW"])]
            last, first = f.last_name(), f.first_name()
            return Person(first, last, last + first, cn=True, locale="zh")
        if self.p(compound):
            last, pyl = self.c(CN_COMPOUND)
        else:
            last, pyl = self.c(CN_SURNAMES)
        k = 1 if self.p(0.35) else 2
        gs = [self.c(CN_GIVEN) for _ in range(k)]
        first = "".join(g[0] for g in gs)
        pyf = "".join(g[1] for g in gs)
        return Person(first, last, last + first, cn=True, py_first=pyf, py_last=pyl, locale="zh")

    def cn_title(self):
        return self.c(CN_TITLES_M + CN_TITLES_F)

    def login(self, p):
        """a login that is clearly derived from the person's name"""
        if p.cn:
            if p.py_last is None:
                p2 = self.cn_person(faker_ok=False)
                p.py_last, p.py_first = p2.py_last, p2.py_first  # fallback transliteration
            f, l = p.py_first, p.py_last
        else:
            f, l = _ascii_slug(p.first), _ascii_slug(p.last)
            if not f or not l:
                f, l = self.c(["anita", "rahul", "priya", "arjun"]), self.c(["sharma", "verma", "iyer"])
        style = self.rng.randrange(7)
        if style == 0:
            return f[0] + l
        if style == 1:
            return f"{f}.{l}"
        if style == 2:
            return f"{l}.{f}" if p.cn else f"{f}_{l}"
        if style == 3:
            return f + l[0]
        if style == 4:
            return f"{f}{l}{self.rng.randrange(1, 99)}"
        if style == 5:
            return f"{l}{f[0]}"
        return f"{f[0]}.{l}"

    def email(self, p=None, domain=None):
        if p is None:
            p = self.person()
        if p.cn and domain is None and self.p(0.35):
            dom = self.c(CN_MAIL)
            if dom == "qq.com" and self.p(0.6):
                return self.digits(self.rng.randrange(8, 11), True) + "@qq.com"
            if dom in ("163.com", "139.com") and self.p(0.4):
                return self.cn_mobile() + "@" + dom
            return self.login(p) + "@" + dom
        if domain is None:
            domain = self.c(CN_MAIL) if p.cn else self.c(FREE_MAIL)
        return self.login(p) + "@" + domain

    def work_email(self, p, domain):
        f = p.py_first if p.cn else _ascii_slug(p.first)
        l = p.py_last if p.cn else _ascii_slug(p.last)
        if not f or not l:
            return self.login(p) + "@" + domain
        return self.c([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l}", f"{l}.{f}"]) + "@" + domain

    def role_mail(self, domain=None):
        domain = domain or self.c(COMPANIES)[1]
        return self.c(ROLE_LOCALS) + "@" + domain

    # -------------------------------------------------------------- phones
    def phone_obj(self, region=None, mobile=False):
        reg = region or self.c(self._phone_regions)
        pool = self._phone_mob[reg] if (mobile and reg in self._phone_mob) else self._phone_tpl[reg]
        for _ in range(30):
            ex = self.c(pool)
            nsn = str(ex.national_number)
            k = min(len(nsn) - 3, self.rng.randrange(4, 8))
            cand = nsn[:-k] + self.digits(k)
            try:
                num = phonenumbers.parse("+%d%s" % (ex.country_code, cand), None)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                return num
        return pool[0]

    def phone(self, fmt=None, region=None, mobile=False):
        num = self.phone_obj(region, mobile)
        fmt = fmt or self.c(["E164", "E164", "INTERNATIONAL", "INTERNATIONAL", "NATIONAL", "RFC3966"])
        return phonenumbers.format_number(num, getattr(PhoneNumberFormat, fmt))

    def e164(self, region=None, mobile=False):
        return self.phone("E164", region, mobile)

    def cn_mobile(self, style="plain"):
        pre = self.c(["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                      "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                      "159", "166", "172", "173", "175", "176", "177", "178", "180", "181",
                      "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
                      "195", "197", "198", "199"])
        n = pre + self.digits(8)
        if style == "any":
            style = self.c(["plain"] * 6 + ["+86", "+86 sp", "dash", "86"])
        if style == "+86":
            return "+86" + n
        if style == "+86 sp":
            return f"+86 {n[:3]} {n[3:7]} {n[7:]}"
        if style == "dash":
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        if style == "86":
            return "86" + n
        return n

    def cn_landline(self):
        area = self.c(["010", "021", "020", "022", "023", "024", "025", "027", "028", "029",
                       "0755", "0571", "0512", "0532", "0591", "0731", "0371", "0898"])
        local = self.c("2345678") + self.digits(7)
        return self.c([f"{area}-{local}", f"{area}-{local}", f"({area}){local}", f"{area} {local}"])

    def masked_cn_mobile(self):
        n = self.cn_mobile()
        return n[:3] + "****" + n[-4:]

    # -------------------------------------------------------------- cards / bank
    def card(self, fmt=None):
        pre, ln, brand = self.c(CARD_ISSUERS)
        if pre == "2300":
            pre = str(self.rng.randrange(2221, 2721))
        if pre == "3528":
            pre = str(self.rng.randrange(3528, 3590))
        body = pre + self.digits(ln - len(pre) - 1)
        num = body + luhn_digit(body)
        fmt = fmt or self.c(["plain", "plain", "plain", "space", "dash"])
        return self._group(num, fmt, brand), brand

    def _group(self, num, fmt, brand=""):
        if fmt == "plain":
            return num
        sep = " " if fmt == "space" else "-"
        if brand == "amex" and len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    def cn_card(self, fmt="plain"):
        pre, ln = self.c(CN_CARD_PREFIXES)
        body = pre + self.digits(ln - len(pre) - 1)
        num = body + luhn_digit(body)
        if fmt == "space":
            return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
        return num

    def iban(self, cc=None, grouped=None):
        cc = cc or self.c(sorted(IBAN_SPECS))
        spec = IBAN_SPECS[cc]
        bban = ""
        i = 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            n = int(spec[i:j]) if j > i else 1
            kind = spec[j]
            if kind == "B":
                bban += self.c(IBAN_BANKS[cc])
                i = j + 1
                continue
            if kind == "n":
                bban += self.digits(n)
            elif kind == "a":
                bban += self.alnum(n, string.ascii_uppercase)
            else:
                bban += self.alnum(n, string.ascii_uppercase + string.digits * 3)
            i = j + 1
        rearr = bban + cc + "00"
        num = int("".join(str(int(ch, 36)) for ch in rearr))
        iban = f"{cc}{98 - num % 97:02d}{bban}"
        if grouped is None:
            grouped = self.p(0.3)
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def bic(self):
        return self.c(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "NWBKGB2L", "INGBNL2A",
                       "BSCHESMM", "UNCRITMM", "CITIUS33", "BARCGB22", "RABONL2U"])

    def ssn(self, dashed=True):
        area = self.rng.randrange(1, 900)
        while area == 666:
            area = self.rng.randrange(1, 900)
        s = f"{area:03d}{self.rng.randrange(1, 100):02d}{self.rng.randrange(1, 10000):04d}"
        return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashed else s

    def cn_id(self, lower_x=False):
        area = self.c(CN_AREAS)
        birth = _dt.date(1950, 1, 1) + _dt.timedelta(days=self.rng.randrange(0, 20400))
        body = area + birth.strftime("%Y%m%d") + self.digits(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
        if lower_x and chk == "X":
            chk = "x"
        return body + chk

    def passport(self, country=None):
        country = country or self.c(["CN", "CN", "US", "GB", "DE", "FR", "JP", "IN", "KR", "CA"])
        r = self
        if country == "CN":
            v = r.c(["E" + r.digits(8), "E" + r.c("ABCDEFGHJKLMNPQRSTUVWXYZ") + r.digits(7),
                     "G" + r.digits(8)])
        elif country == "US":
            v = r.c([r.digits(9, True), "A" + r.digits(8)])
        elif country == "GB":
            v = r.digits(9, True)
        elif country == "DE":
            v = r.c("CFGHJK") + r.alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
        elif country == "FR":
            v = r.digits(2) + r.alnum(2, string.ascii_uppercase) + r.digits(5)
        elif country == "JP":
            v = r.c(["TK", "TR", "MZ", "TZ"]) + r.digits(7)
        elif country == "IN":
            v = r.c("JKLMNPRSTUVWZ") + r.digits(7)
        elif country == "KR":
            v = "M" + r.digits(8)
        else:
            v = r.alnum(2, string.ascii_uppercase) + r.digits(6)
        return v, country

    def plate(self, nev=None, dot=None):
        prov = self.c(CN_PROV)
        city = self.c(PLATE_LET[:12]) if self.p(0.7) else self.c(PLATE_LET)
        if nev is None:
            nev = self.p(0.3)
        if nev:
            if self.p(0.8):
                tail = self.c("DABCEFGHJK") + self.c(PLATE_LET + string.digits) + self.digits(4)
            else:
                tail = self.digits(5) + self.c("DF")
        else:
            chars = [self.c(string.digits) for _ in range(5)]
            for _ in range(self.c([0, 0, 1, 1, 2])):
                chars[self.rng.randrange(5)] = self.c(PLATE_LET)
            tail = "".join(chars)
        if dot is None:
            dot = self.p(0.15)
        return prov + city + ("·" if dot else "") + tail

    # -------------------------------------------------------------- network
    def client_ip(self, v6=None):
        if v6 is None:
            v6 = self.p(0.15)
        if v6:
            pre = self.c(["2a02:%x" % self.rng.randrange(0x1000, 0xffff), "2001:%x" % self.rng.randrange(0x4000, 0xbfff),
                          "240e:%x" % self.rng.randrange(0x300, 0x3ff), "2409:8a%02x" % self.rng.randrange(0, 256),
                          "2600:%x" % self.rng.randrange(0x1700, 0x1fff)])
            return pre + ":" + ":".join("%x" % self.rng.randrange(0, 65536) for _ in range(6))
        while True:
            a = self.rng.randrange(1, 224)
            if a in (10, 100, 127, 169, 172, 192, 198, 203, 0):
                continue
            return f"{a}.{self.rng.randrange(0, 256)}.{self.rng.randrange(0, 256)}.{self.rng.randrange(1, 255)}"

    def server_ip(self, public=None):
        if public is None:
            public = self.p(0.2)
        if public:
            return self.client_ip(v6=False)
        k = self.rng.randrange(3)
        if k == 0:
            return f"10.{self.rng.randrange(0, 256)}.{self.rng.randrange(0, 256)}.{self.rng.randrange(1, 255)}"
        if k == 1:
            return f"172.{self.rng.randrange(16, 32)}.{self.rng.randrange(0, 256)}.{self.rng.randrange(1, 255)}"
        return f"192.168.{self.rng.randrange(0, 256)}.{self.rng.randrange(1, 255)}"

    def port(self):
        return str(self.rng.randrange(1024, 65535))

    def mac(self, sep=":"):
        return sep.join("%02X" % self.rng.randrange(256) for _ in range(6))

    # -------------------------------------------------------------- secrets
    def password(self):
        k = self.rng.randrange(5)
        if k == 0:
            return f"{self.c(WORDS)}{self.rng.randrange(1970, 2027)}{self.c('!#$%*?')}"
        if k == 1:
            return self.alnum(self.rng.randrange(10, 18), string.ascii_letters + string.digits + "!#$%^&*-_+=.?~")
        if k == 2:
            return f"{self.c(WORDS).lower()}{self.c(['123', '2024', '!!', '@1', '_88'])}"
        if k == 3:
            return self.alnum(12, string.ascii_letters + string.digits)
        return "-".join(self.c(["correct", "horse", "battery", "staple", "violet", "anchor",
                                "pepper", "glacier", "mango", "orbit"]) for _ in range(3))

    def sql_password(self):
        """a password that survives ; and quote contexts un-escaped"""
        return self.alnum(self.rng.randrange(10, 18), string.ascii_letters + string.digits + "!#$%^*-_+.~")

    def api_key(self):
        k = self.rng.randrange(7)
        if k == 0:
            return "sk_live_" + self.alnum(24)
        if k == 1:
            return "ghp_" + self.alnum(36)
        if k == 2:
            return "xoxb-%s-%s-%s" % (self.digits(12, True), self.digits(13, True), self.alnum(24))
        if k == 3:
            return "AIza" + self.alnum(35, string.ascii_letters + string.digits + "-_")
        if k == 4:
            return "SG." + self.alnum(22, string.ascii_letters + string.digits + "-_") + "." + self.alnum(43, string.ascii_letters + string.digits + "-_")
        if k == 5:
            return self.hexs(32)
        return "pk_" + self.alnum(32, string.ascii_lowercase + string.digits)

    def aws_pair(self):
        return ("AKIA" + self.alnum(16, string.ascii_uppercase + "234567"),
                self.alnum(40, string.ascii_letters + string.digits + "/+"))

    def aliyun_pair(self):
        return "LTAI" + self.alnum(20), self.alnum(30)

    def jwt(self):
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": self.c(["HS256", "RS256"]), "typ": "JWT"},
                                                  separators=(",", ":")).encode()).decode().rstrip("=")
        pl = base64.urlsafe_b64encode(json.dumps({"sub": self.digits(6, True), "iat": 1760000000 + self.rng.randrange(10 ** 7),
                                                  "scope": self.c(["read", "user", "openid profile"])},
                                                 separators=(",", ":")).encode()).decode().rstrip("=")
        sig = self.alnum(43, string.ascii_letters + string.digits + "-_")
        return f"{hdr}.{pl}.{sig}"

    def session_id(self):
        k = self.rng.randrange(4)
        if k == 0:
            return self.hexs(32)
        if k == 1:
            return self.alnum(26, string.ascii_lowercase + string.digits)
        if k == 2:
            return self.alnum(32, string.ascii_letters + string.digits)
        return base64.urlsafe_b64encode(bytes(self.rng.randrange(256) for _ in range(24))).decode().rstrip("=")

    def basic(self, user):
        return base64.b64encode(f"{user}:{self.sql_password()}".encode()).decode()

    def otp_secret(self):
        return self.alnum(self.c([16, 32]), string.ascii_uppercase + "234567")

    def vcode(self):
        return self.digits(self.c([4, 6, 6, 6]))

    def wx_session_key(self):
        return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(16))).decode()

    # -------------------------------------------------------------- decoys
    def uuid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def sha(self, n=64):
        return self.hexs(n)

    def version(self):
        a, b, c = self.rng.randrange(0, 12), self.rng.randrange(0, 30), self.rng.randrange(0, 40)
        return self.c([f"{a}.{b}.{c}", f"v{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}-rc{self.rng.randrange(1, 4)}"])

    def luhn_order(self, n=16):
        body = self.digits(n - 1, True)
        return body + luhn_digit(body)

    def epoch_ms(self, d=None):
        d = d or self.dt()
        return str(int(d.replace(tzinfo=_dt.timezone.utc).timestamp() * 1000))

    def epoch_s(self, d=None):
        d = d or self.dt()
        return str(int(d.replace(tzinfo=_dt.timezone.utc).timestamp()))

    def cn_trade_no(self, d=None):
        d = d or self.dt()
        return d.strftime("%Y%m%d%H%M%S") + self.digits(self.c([4, 6, 8]))

    def imei(self):
        body = self.c(["35", "86", "35", "01", "99"]) + self.digits(12)
        return body + luhn_digit(body)

    def imsi(self, mccmnc=None):
        mccmnc = mccmnc or self.c(["46000", "46001", "46011", "310260", "23415", "26201", "20801", "44010"])
        return mccmnc + self.digits(15 - len(mccmnc))

    def iccid(self):
        body = "89" + self.c(["86", "44", "49", "01", "33"]) + self.digits(14)
        return body + luhn_digit(body)

    def public_figure(self, cn=False):
        return self.c(CN_PUBLIC_FIGURES if cn else PUBLIC_FIGURES)

    def company(self):
        return self.c(COMPANIES)

    # -------------------------------------------------------------- masks for clean records
    def mask(self, v, typ):
        r = self
        dig = "".join(ch for ch in v if ch.isdigit())
        if typ == "PERSON":
            if _is_cjk(v):
                return v[0] + "*" * (len(v) - 1) if len(v) > 1 else "*"
            return r.c(["***", "[REDACTED]", v[0] + "***", "<name>", "****"])
        if typ == "EMAIL_ADDRESS":
            if "@" in v:
                loc, dom = v.split("@", 1)
                return r.c([loc[0] + "***@" + dom, "***@" + dom, "[email]"])
            return "***"
        if typ == "PHONE_NUMBER":
            if len(v) >= 11 and len(dig) >= 9:
                return v[:3] + "****" + v[-4:]
            return r.c(["*******" + dig[-4:], "[phone]"])
        if typ in ("CREDIT_CARD", "CN_BANK_CARD"):
            if len(dig) >= 12:
                return r.c([dig[:6] + "*" * (len(dig) - 10) + dig[-4:], "**** **** **** " + dig[-4:],
                            "XXXXXXXXXXXX" + dig[-4:]])
            return "****"
        if typ == "IBAN_CODE":
            c = v.replace(" ", "")
            return c[:4] + "*" * (len(c) - 8) + c[-4:]
        if typ == "US_SSN":
            return "***-**-" + dig[-4:] if len(dig) >= 4 else "***"
        if typ == "CN_RESIDENT_ID":
            return r.c([v[:6] + "********" + v[-4:], v[:3] + "***********" + v[-4:], v[0] + "*" * 16 + v[-1]])
        if typ == "PASSPORT":
            return v[0] + "*" * (len(v) - 3) + v[-2:]
        if typ == "LICENSE_PLATE":
            return v[:2] + "***" + v[-2:]
        if typ == "IP_ADDRESS":
            if ":" in v:
                return v.split(":")[0] + ":****:****"
            return r.c([".".join(v.split(".")[:3]) + ".*", "x.x.x.x", ".".join(v.split(".")[:2]) + ".0.0"])
        if typ == "CREDENTIAL":
            return r.c(["[FILTERED]", "******", "<redacted>", "***", "********"])
        return "***"


class Rec:
    """Builds one line left to right, recording spans and decoys as it goes."""

    def __init__(self, g, clean):
        self.g, self.clean = g, clean
        self.dash = clean and g.p(0.35)
        self.buf, self.n, self.spans, self.decoys = [], 0, [], []
        self._mcache = {}

    def t(self, *parts):
        for s in parts:
            s = str(s)
            self.buf.append(s)
            self.n += len(s)
        return self

    def _put(self, s, lst, lab):
        assert s, (lab, self.buf)
        lst.append([self.n, self.n + len(s), lab])
        self.buf.append(s)
        self.n += len(s)

    def s(self, v, typ, enc=None):
        """planted personal value (masked placeholder or dash in clean records)"""
        assert typ in TYPES, typ
        if self.clean:
            if self.dash:
                self.t("-")
                return "-"
            key = (v, typ)
            if key not in self._mcache:
                self._mcache[key] = self.g.mask(v, typ)
            m = self._mcache[key]
            if enc:
                m = enc(m)
            self._put(m, self.decoys, "masked")
            return m
        p = enc(v) if enc else v
        self._put(p, self.spans, typ)
        return p

    def ph(self, v, enc=None):
        """phone; an RFC 3966 'tel:' scheme stays outside the span"""
        if v.startswith("tel:"):
            self.t("tel:")
            v = v[4:]
        return self.s(v, "PHONE_NUMBER", enc)

    def d(self, v, kind, enc=None):
        p = enc(v) if enc else v
        self._put(p, self.decoys, kind)
        return p

    def sz(self, v, typ):
        """value whose printed length is needed before it is printed (PHP var_dump)"""
        if self.clean:
            if self.dash:
                return ("-", None, None)
            key = (v, typ)
            if key not in self._mcache:
                self._mcache[key] = self.g.mask(v, typ)
            return (self._mcache[key], "d", "masked")
        return (v, "s", typ)

    def put(self, tok):
        txt, where, lab = tok
        if where is None:
            self.t(txt)
        elif where == "s":
            self._put(txt, self.spans, lab)
        else:
            self._put(txt, self.decoys, lab)

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- time formats
def ts_sp(d, ms=True):
    return d.strftime("%Y-%m-%d %H:%M:%S") + (f".{d.microsecond // 1000:03d}" if ms else "")


def ts_iso(d, frac=3, z="Z"):
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + f"{d.microsecond:06d}"[:frac]
    return s + z


def ts_sys(d):
    return f"{d:%b} {d.day:2d} {d:%H:%M:%S}"


def ts_clf(d, tz="+0000"):
    return d.strftime("%d/%b/%Y:%H:%M:%S ") + tz


def PBESC(v):  # protobuf text format: non-ASCII bytes as octal escapes
    out = []
    for byte in v.encode("utf-8"):
        if byte >= 0x80:
            out.append("\\%03o" % byte)
        elif chr(byte) in "\"\\":
            out.append("\\" + chr(byte))
        else:
            out.append(chr(byte))
    return "".join(out)


TEMPLATES = []


def tpl(fn):
    TEMPLATES.append(fn)
    return fn


def _pyq(b, v, typ):
    """python repr quoting around a span"""
    q = '"' if ("'" in v and '"' not in v and not b.clean) else "'"
    b.t(q)
    b.s(v, typ)
    b.t(q)


def _login_or_sys(b, g, p=None, prob_sys=0.3):
    """emit a login: PERSON when name-derived, decoy system_account otherwise"""
    if g.p(prob_sys):
        return b.d(g.c(SYSTEM_ACCOUNTS), "system_account")
    return b.s(g.login(p or g.person()), "PERSON")


# ================================================================ A. language / program dumps
@tpl
def t_java_tostring(b, g):
    d = g.dt(); p = g.person()
    b.t(ts_sp(d), "  INFO ", g.rng.randrange(1, 40000), " --- [nio-8080-exec-", g.rng.randrange(1, 10),
        "] c.n.crm.service.CustomerService          : Saving User{id=", g.rng.randrange(1, 99999), ", name='")
    b.s(p.full, "PERSON"); b.t("', email='"); b.s(g.email(p), "EMAIL_ADDRESS")
    b.t("', phone='"); b.ph(g.phone()); b.t("', lastLoginIp='"); b.s(g.client_ip(), "IP_ADDRESS")
    b.t("', roles=[ROLE_USER], tenant='"); b.d(g.company()[0], "company")
    b.t("', createdAt=", d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3], "}")


@tpl
def t_lombok_payment(b, g):
    d = g.dt(); p = g.person()
    card, brand = g.card()
    b.t(ts_sp(d), " DEBUG 1 --- [  XNIO-1 task-", g.rng.randrange(1, 16),
        "] o.a.billing.PaymentService : charge request PaymentRequest(orderId=")
    b.d(g.luhn_order(16), "order_id")
    b.t(", merchant="); b.d(g.c(BRAND_PEOPLE), "company")
    b.t(", cardHolder="); b.s(p.full.upper() if g.p(0.5) else p.full, "PERSON")
    b.t(", cardNumber="); b.s(card, "CREDIT_CARD")
    b.t(", expiry=", f"{g.rng.randrange(1, 13):02d}/{g.rng.randrange(27, 32)}", ", cvv=")
    b.d("***", "masked")
    b.t(", amount=", f"{g.rng.randrange(1, 2000)}.{g.rng.randrange(0, 100):02d}", ", currency=",
        g.c(["EUR", "USD", "GBP"]), ", customerEmail=")
    b.s(g.email(p), "EMAIL_ADDRESS"); b.t(", brand=", brand.upper(), ")")


@tpl
def t_python_dict(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}",
        " DEBUG [billing.tasks] payload={'customer': {'name': ")
    _pyq(b, p.full, "PERSON"); b.t(", 'email': "); _pyq(b, g.email(p), "EMAIL_ADDRESS")
    b.t(", 'phone': "); _pyq(b, g.phone("E164"), "PHONE_NUMBER")
    b.t("}, 'card': "); _pyq(b, g.card("plain")[0], "CREDIT_CARD")
    b.t(", 'ip': "); _pyq(b, g.client_ip(), "IP_ADDRESS")
    b.t(", 'order_id': '"); b.d(g.uuid(), "uuid")
    b.t("', 'amount': Decimal('", f"{g.rng.randrange(5, 900)}.{g.rng.randrange(0, 100):02d}", "')}")


@tpl
def t_python_dataclass(b, g):
    p = g.person()
    cc = g.c(["DE", "GB", "FR", "NL", "ES", "IT", "BE", "AT"])
    b.t("ERROR:payouts.worker:payout ", g.hexs(8), " failed for Customer(id=", g.rng.randrange(100, 99999), ", name=")
    _pyq(b, p.full, "PERSON"); b.t(", phone="); _pyq(b, g.phone(), "PHONE_NUMBER")
    b.t(", iban="); _pyq(b, g.iban(cc, grouped=False), "IBAN_CODE")
    b.t(", country='", cc, "', kyc_level=2): IbanValidationError('bank ")
    b.d(g.bic(), "bic"); b.t(" rejected the account')")


@tpl
def t_rails_filtered(b, g):
    d = g.dt(); p = g.person()
    b.t("I, [", d.strftime("%Y-%m-%dT%H:%M:%S.%f"), " #", g.rng.randrange(100, 99999), "]  INFO -- : [")
    b.d(g.uuid(), "uuid")
    b.t('] Parameters: {"authenticity_token"=>"'); b.d("[FILTERED]", "masked")
    b.t('", "user"=>{"name"=>"'); b.s(p.full, "PERSON"); b.t('", "email"=>"')
    if g.p(0.5):
        b.d("[FILTERED]", "masked")
    else:
        b.s(g.email(p), "EMAIL_ADDRESS")
    b.t('", "phone"=>"'); b.ph(g.phone()); b.t('", "password"=>"'); b.d("[FILTERED]", "masked")
    b.t('", "password_confirmation"=>"'); b.d("[FILTERED]", "masked")
    b.t('", "terms"=>"1"}, "commit"=>"Sign up"}')


@tpl
def t_rails_unfiltered(b, g):
    p = g.person()
    tok = base64.b64encode(bytes(g.rng.randrange(256) for _ in range(64))).decode()
    b.t('  Parameters: {"utf8"=>"✓", "authenticity_token"=>"'); b.s(tok, "CREDENTIAL")
    b.t('", "session"=>{"login"=>"')
    if g.p(0.5):
        b.s(g.email(p), "EMAIL_ADDRESS")
    else:
        b.s(g.login(p), "PERSON")
    b.t('", "password"=>"'); b.s(g.password(), "CREDENTIAL", CSTR)
    b.t('", "remember_me"=>"1"}, "commit"=>"Log in"}')


@tpl
def t_rails_started(b, g):
    d = g.dt(); p = g.person()
    b.t('Started GET "/admin/customers/search?utf8=%E2%9C%93&q%5Bemail_cont%5D=')
    b.s(g.email(p), "EMAIL_ADDRESS", PCT); b.t("&q%5Bname_cont%5D=")
    b.s(p.full, "PERSON", PCTP); b.t("&q%5Bphone_eq%5D=")
    b.ph(g.phone("E164"), PCT); b.t('&commit=Search" for ')
    b.s(g.client_ip(), "IP_ADDRESS"); b.t(" at ", d.strftime("%Y-%m-%d %H:%M:%S +0000"))


@tpl
def t_php_print_r(b, g):
    d = g.dt(); p = g.person()
    b.t("[", d.strftime("%d-%b-%Y %H:%M:%S"), " UTC] PHP Notice:  Undefined index: postcode in /var/www/shop/checkout.php on line ",
        g.rng.randrange(20, 900), " POST=Array ( [first_name] => ")
    b.s(p.first, "PERSON"); b.t(" [last_name] => "); b.s(p.last, "PERSON")
    b.t(" [email] => "); b.s(g.email(p), "EMAIL_ADDRESS"); b.t(" [tel] => "); b.ph(g.phone("NATIONAL"))
    b.t(" [cc_number] => "); b.s(g.card()[0], "CREDIT_CARD")
    b.t(" [cc_cvv] => "); b.d("***", "masked"); b.t(" [city] => "); b.d(g.c(CITIES), "city")
    b.t(" [product] => "); b.d(g.c(BOOKS), "product_name"); b.t(" )")


@tpl
def t_php_var_dump(b, g):
    p = g.person()
    items = [("username", g.login(p), "PERSON"), ("password", g.password(), "CREDENTIAL"),
             ("email", g.email(p), "EMAIL_ADDRESS"), ("remote_addr", g.client_ip(), "IP_ADDRESS")]
    b.t("[", g.dt().strftime("%d-%b-%Y %H:%M:%S"), " Europe/Berlin] login debug: array(", len(items) + 1, ") { ")
    for k, v, typ in items:
        tok = b.sz(v, typ)
        b.t('["', k, '"]=> string(', len(tok[0].encode("utf-8")), ') "'); b.put(tok); b.t('" ')
    b.t('["server"]=> string(9) "web-02.de" }')


@tpl
def t_go_struct(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("%Y/%m/%d %H:%M:%S"), " signup.go:", g.rng.randrange(40, 400), ": created account: &{ID:",
        g.rng.randrange(1000, 999999), " Name:")
    b.s(p.full, "PERSON"); b.t(" Email:"); b.s(g.email(p), "EMAIL_ADDRESS"); b.t(" Phone:")
    b.s(g.phone("E164"), "PHONE_NUMBER")
    b.t(" PasswordHash:"); b.d("$2a$10$" + g.alnum(53, string.ascii_letters + string.digits + "./"), "hash")
    b.t(" SignupIP:"); b.s(g.client_ip(), "IP_ADDRESS")
    b.t(" CreatedAt:", d.strftime("%Y-%m-%d %H:%M:%S.%f"), " +0000 UTC Verified:false}")


@tpl
def t_dotnet_exception(b, g):
    p = g.person()
    b.t("fail: Contoso.Identity.AccountController[0] System.InvalidOperationException: Account for user '")
    b.s(p.full, "PERSON"); b.t("' <"); b.s(g.email(p), "EMAIL_ADDRESS")
    b.t("> is locked out after 5 failed attempts from "); b.s(g.client_ip(), "IP_ADDRESS")
    b.t(". at Contoso.Identity.SignInService.PasswordSignInAsync(String userName, String password) in /src/Identity/SignInService.cs:line ",
        g.rng.randrange(50, 400), " (TraceId: "); b.d(g.hexs(32), "trace_id"); b.t(")")


@tpl
def t_kotlin_logcat(b, g):
    d = g.dt(); p = g.person()
    pp, cc = g.passport(g.c(["DE", "GB", "FR", "US", "JP", "IN"]))
    b.t(d.strftime("%m-%d %H:%M:%S.") + f"{d.microsecond // 1000:03d}", "  ", g.rng.randrange(1000, 30000), "  ",
        g.rng.randrange(1000, 30000), " D BookingViewModel: submit Passenger(firstName=")
    b.s(p.first, "PERSON"); b.t(", lastName="); b.s(p.last, "PERSON")
    b.t(", dateOfBirth=", (_dt.date(1950, 1, 1) + _dt.timedelta(days=g.rng.randrange(20000))).isoformat(),
        ", passportNumber=")
    b.s(pp, "PASSPORT"); b.t(", nationality=", cc, ", phone="); b.ph(g.phone("E164"))
    b.t(", email="); b.s(g.email(p), "EMAIL_ADDRESS"); b.t(", seat=", g.rng.randrange(1, 40), g.c("ABCDEF"), ")")


@tpl
def t_protobuf_text(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("I%m%d %H:%M:%S.%f"), "  ", g.rng.randrange(1, 40000), " user_service.cc:", g.rng.randrange(40, 900),
        '] CreateUser request: user { display_name: "')
    b.s(p.full, "PERSON", PBESC); b.t('" email: "'); b.s(g.email(p), "EMAIL_ADDRESS")
    b.t('" phone_number: "'); b.s(g.phone("E164"), "PHONE_NUMBER")
    b.t('" address { city: "'); b.d(g.c(CITIES), "city"); b.t('" } } request_id: "'); b.d(g.uuid(), "uuid")
    b.t('" client_ip: "'); b.s(g.client_ip(), "IP_ADDRESS"); b.t('"')


@tpl
def t_graphql_pino(b, g):
    d = g.dt(); p = g.person()
    b.t('{"level":30,"time":'); b.d(g.epoch_ms(d), "timestamp_digits")
    b.t(',"pid":1,"hostname":"api-', g.hexs(5), '","operationName":"UpdateProfile","variables":{"input":{"firstName":"')
    b.s(p.first, "PERSON", J); b.t('","lastName":"'); b.s(p.last, "PERSON", J)
    b.t('","email":"'); b.s(g.email(p), "EMAIL_ADDRESS"); b.t('","phone":"'); b.ph(g.phone())
    b.t('"}},"reqIp":"'); b.s(g.client_ip(), "IP_ADDRESS"); b.t('","msg":"graphql operation"}')


@tpl
def t_grpc_metadata(b, g):
    d = g.dt(); p = g.person()
    b.t(ts_iso(d), "\tINFO\tgrpc/interceptor.go:57\tincoming call\t{\"method\": \"/payments.v1.Payments/Charge\", ",
        '"metadata": {":authority": ["payments.internal:8443"], "authorization": ["Bearer ')
    b.s(g.jwt(), "CREDENTIAL"); b.t('"], "x-user-email": ["'); b.s(g.email(p), "EMAIL_ADDRESS")
    b.t('"], "x-forwarded-for": ["'); b.s(g.client_ip(), "IP_ADDRESS"); b.t(", "); b.d(g.server_ip(False), "server_ip")
    b.t('"], "user-agent": ["grpc-go/'); b.d(g.c(["1.62.1", "1.64.0", "1.58.3", "1.66.2"]), "version")
    b.t('"]}, "peer": "'); b.d(g.server_ip(False), "server_ip"); b.t(":", g.port(), '"}')


@tpl
def t_node_inspect(b, g):
    d = g.dt(); p = g.person()
    b.t("[", ts_iso(d), "] debug: login attempt { username: '"); b.s(g.login(p), "PERSON")
    b.t("', password: '"); b.s(g.sql_password(), "CREDENTIAL"); b.t("', ip: '")
    ip = g.client_ip(v6=False)
    b.s("::ffff:" + ip if g.p(0.5) else ip, "IP_ADDRESS")
    b.t("', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', requestId: '"); b.d(g.uuid(), "uuid"); b.t("' }")


@tpl
def t_hibernate_binder(b, g):
    d = g.dt(); p = g.person()
    b.t(ts_sp(d), " TRACE 1 --- [nio-8080-exec-", g.rng.randrange(1, 10),
        "] o.h.type.descriptor.sql.BasicBinder      : binding parameter [", g.rng.randrange(1, 9), "] as [VARCHAR] - [")
    k = g.rng.randrange(5)
    if k == 0:
        b.s(p.full, "PERSON")
    elif k == 1:
        b.s(g.email(p), "EMAIL_ADDRESS")
    elif k == 2:
        b.ph(g.phone())
    elif k == 3:
        b.s(g.ssn(), "US_SSN")
    else:
        b.s(g.iban(), "IBAN_CODE")
    b.t("]")


# ================================================================ B. data stores
@tpl
def t_mysql_general(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "\t   ", g.rng.randrange(5, 9000),
        " Query\tINSERT INTO customers (first_name, last_name, email, phone, ssn, created_at) VALUES ('")
    b.s(p.first, "PERSON", SQL); b.t("', '"); b.s(p.last, "PERSON", SQL); b.t("', '")
    b.s(g.email(p), "EMAIL_ADDRESS"); b.t("', '"); b.ph(g.phone()); b.t("', '")
    b.s(g.ssn(g.p(0.6)), "US_SSN"); b.t("', NOW())")


@tpl
def t_mysql_slow(b, g):
    d = g.dt(); p = g.person()
    b.t("# User@Host: app[app] @ app-", g.rng.randrange(1, 9), " ["); b.d(g.server_ip(False), "server_ip")
    b.t("]  Id: ", g.rng.randrange(100, 99999), "  # Query_time: ", f"{g.rng.random() * 9 + 1:.6f}",
        "  Lock_time: 0.000112 Rows_sent: 1  Rows_examined: ", g.rng.randrange(10000, 900000), " SET timestamp=")
    b.d(g.epoch_s(d), "timestamp_digits")
    b.t("; SELECT id, password_hash FROM users WHERE email = '"); b.s(g.email(p), "EMAIL_ADDRESS")
    b.t("' OR phone = '"); b.s(g.phone("E164"), "PHONE_NUMBER"); b.t("' LIMIT 1;")


@tpl
def t_pg_update(b, g):
    d = g.dt(); p = g.person()
    b.t(ts_sp(d), " UTC [", g.rng.randrange(100, 60000), "] billing@payments LOG:  duration: ",
        f"{g.rng.random() * 3000 + 500:.3f}", " ms  statement: UPDATE accounts SET iban = '")
    b.s(g.iban(grouped=False), "IBAN_CODE"); b.t("', holder_name = '"); b.s(p.full, "PERSON", SQL)
    b.t("', updated_by = '"); _login_or_sys(b, g)
    b.t("' WHERE account_id = ", g.rng.randrange(1000, 999999), ";")


@tpl
def t_pg_jsonlog(b, g):
    d = g.dt(); p = g.person()
    b.t('{"timestamp":"', ts_sp(d), ' UTC","user":"app","dbname":"shop","pid":', g.rng.randrange(100, 60000),
        ',"remote_host":"'); b.d(g.server_ip(False), "server_ip")
    b.t('","remote_port":', g.port(), ',"session_id":"', g.hexs(8), ".", g.hexs(3),
        '","line_num":3,"ps":"INSERT","error_severity":"ERROR","state_code":"23505","message":"duplicate key value violates unique constraint \\"users_email_key\\"","detail":"Key (email)=(')
    e = g.email(p)
    b.s(e, "EMAIL_ADDRESS"); b.t(') already exists.","statement":"INSERT INTO users (email, full_name, phone) VALUES (\'')
    b.s(e, "EMAIL_ADDRESS"); b.t("', '"); b.s(p.full, "PERSON", lambda v: J(SQL(v))); b.t("', '")
    b.ph(g.phone()); b.t('\')","application_name":"puma","backend_type":"client backend","query_id":')
    b.d(str(g.rng.randrange(10 ** 17, 10 ** 18)), "hash"); b.t("}")


@tpl
def t_mongo_slow(b, g):
    d = g.dt(); p = g.person()
    b.t('{"t":{"$date":"', ts_iso(d, 3, "+00:00"), '"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn',
        g.rng.randrange(10, 9999), '","msg":"Slow query","attr":{"type":"command","ns":"crm.customers","command":{"find":"customers","filter":{"email":"')
    b.s(g.email(p), "EMAIL_ADDRESS"); b.t('","$or":[{"phone":"'); b.s(g.phone("E164"), "PHONE_NUMBER")
    b.t('"},{"fullName":"'); b.s(p.full, "PERSON", J)
    b.t('"}]},"lsid":{"id":{"$uuid":"'); b.d(g.uuid(), "uuid")
    b.t('"}},"$db":"crm"},"planSummary":"COLLSCAN","docsExamined":', g.rng.randrange(1000, 900000),
        ',"durationMillis":', g.rng.randrange(100, 5000), ',"remote":"'); b.d(g.server_ip(False), "server_ip")
    b.t(":", g.port(), '"}}')


@tpl
def t_redis_monitor(b, g):
    d = g.dt(); p = g.person()
    b.t(g.epoch_s(d), ".", f"{d.microsecond:06d}", " [0 "); b.d(g.server_ip(False), "server_ip"); b.t(":", g.port(), "] ")
    if g.p(0.6):
        b.t('"SET" "session:'); b.s(g.session_id(), "CREDENTIAL")
        b.t('" "{\\"uid\\":', g.rng.randrange(1, 99999), ',\\"email\\":\\"'); b.s(g.email(p), "EMAIL_ADDRESS")
        b.t('\\",\\"name\\":\\"'); b.s(p.full, "PERSON", lambda v: CSTR(J(v)))
        b.t('\\",\\"ip\\":\\"'); b.s(g.client_ip(), "IP_ADDRESS"); b.t('\\"}" "EX" "3600"')
    else:
        b.t('"HSET" "user:', g.rng.randrange(1, 999999), '" "name" "'); b.s(p.full, "PERSON", CSTR)
        b.t('" "phone" "'); b.s(g.phone("E164"), "PHONE_NUMBER"); b.t('" "otp_secret" "')
        b.s(g.otp_secret(), "CREDENTIAL"); b.t('"')


@tpl
def t_es_slowlog(b, g):
    d = g.dt(); p = g.person()
    b.t("[", d.strftime("%Y-%m-%dT%H:%M:%S,") + f"{d.microsecond // 1000:03d}",
        "][WARN ][i.s.s.query              ] [es-data-", g.rng.randrange(1, 6), "] [customers-2026.",
        d.strftime("%m"), "][", g.rng.randrange(0, 5), "] took[", f"{g.rng.random() * 5 + 1:.1f}",
        "s], took_millis[", g.rng.randrange(1000, 6000), "], total_hits[1 hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[5], source[",
        '{"query":{"bool":{"should":[{"term":{"email.keyword":{"value":"')
    b.s(g.email(p), "EMAIL_ADDRESS"); b.t('"}}},{"match_phrase":{"full_name":{"query":"')
    b.s(p.full, "PERSON", J); b.t('"}}},{"term":{"last_ip":"'); b.s(g.client_ip(), "IP_ADDRESS")
    b.t('"}}]}},"size":10}], id[', g.uuid(), "], ")


@tpl
def t_mssql_login_failed(b, g):
    d = g.dt()
    b.t(d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond // 10000:02d}", " Logon       Error: 18456, Severity: 14, State: 8. Login failed for user '")
    if g.p(0.3):
        b.d(g.c(["sa", "svc_etl", "sqlagent"]), "system_account")
    else:
        b.t(g.c(["CONTOSO\\", "CORP\\", ""])); b.s(g.login(g.person()), "PERSON")
    b.t("'. Reason: Password did not match that for the login provided. [CLIENT: ")
    b.s(g.client_ip(v6=False), "IP_ADDRESS"); b.t("]")


@tpl
def t_mssql_dup(b, g):
    p = g.person()
    b.t("Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Employees_Email'. Cannot insert duplicate key in object 'dbo.Employees'. The duplicate key value is (")
    b.s(g.email(p), "EMAIL_ADDRESS")
    b.t("). The statement has been terminated. ClientConnectionId:"); b.d(g.uuid(), "uuid")
    b.t(" Error Number:2627,State:1,Class:14 (employee '"); b.s(p.full, "PERSON", SQL); b.t("')")


@tpl
def t_conn_string_url(b, g):
    d = g.dt(); p = g.person()
    k = g.rng.randrange(4)
    b.t(d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}", " INFO  [settings] ")
    if k == 0:
        b.t("DATABASE_URL=postgres://"); _login_or_sys(b, g, p); b.t(":")
        b.s(g.password(), "CREDENTIAL", PCT); b.t("@"); b.d(g.server_ip(False), "server_ip"); b.t(":5432/billing?sslmode=require")
    elif k == 1:
        b.t("mongo uri=mongodb+srv://"); _login_or_sys(b, g, p); b.t(":")
        b.s(g.password(), "CREDENTIAL", PCT); b.t("@cluster0.", g.alnum(5, string.ascii_lowercase + string.digits),
                                                  ".mongodb.net/app?retryWrites=true&w=majority")
    elif k == 2:
        b.t("broker_url=amqp://"); b.d(g.c(["guest", "app", "celery"]), "system_account"); b.t(":")
        if g.p(0.5):
            b.d("**", "masked")
        else:
            b.s(g.sql_password(), "CREDENTIAL")
        b.t("@"); b.d(g.server_ip(False), "server_ip"); b.t(":5672//")
    else:
        b.t("CACHE_URL=redis://:"); b.s(g.sql_password(), "CREDENTIAL"); b.t("@")
        b.d(g.server_ip(False), "server_ip"); b.t(":6379/0")
    b.t(" (owner: "); b.s(g.email(p), "EMAIL_ADDRESS"); b.t(")")


@tpl
def t_hikari_jdbc(b, g):
    d = g.dt()
    b.t(ts_sp(d), " DEBUG 1 --- [           main] com.zaxxer.hikari.HikariConfig           : jdbcUrl.........................jdbc:mysql://")
    b.d(g.server_ip(False), "server_ip"); b.t(":3306/shop?user=")
    _login_or_sys(b, g, prob_sys=0.5); b.t("&password="); b.s(g.sql_password(), "CREDENTIAL", PCT)
    b.t("&useSSL=false&serverTimezone=UTC password........................"); b.d("<masked>", "masked")


@tpl
def t_adonet(b, g):
    b.t("warn: Microsoft.EntityFrameworkCore.Database.Connection[20004] An error occurred using the connection to database 'HR' on server 'tcp:")
    ip = g.server_ip(False)
    b.d(ip, "server_ip"); b.t(",1433'. ConnectionString: Server=tcp:"); b.d(ip, "server_ip")
    b.t(",1433;Database=HR;User Id="); _login_or_sys(b, g, prob_sys=0.4)
    b.t(";Password="); b.s(g.sql_password(), "CREDENTIAL"); b.t(";Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;")


@tpl
def t_mysqlbinlog(b, g):
    p = g.person(); d = g.dt()
    b.t("### INSERT INTO `crm`.`contacts` ### SET ###   @1=", g.rng.randrange(1, 999999), " ###   @2='")
    b.s(p.full, "PERSON", SQL); b.t("' ###   @3='"); b.s(g.email(p), "EMAIL_ADDRESS"); b.t("' ###   @4='")
    b.ph(g.phone()); b.t("' ###   @5='"); b.s(g.client_ip(), "IP_ADDRESS"); b.t("' ###   @6=")
    b.d(g.epoch_s(d), "timestamp_digits"); b.t(" # at ", g.rng.randrange(1000, 9999999))


@tpl
def t_botocore_dynamo(b, g):
    p = g.person()
    b.t("DEBUG botocore.endpoint: Making request for OperationModel(name=PutItem) with params: {'url_path': '/', 'query_string': '', 'method': 'POST', 'body': b'{\"TableName\": \"Customers\", \"Item\": {\"pk\": {\"S\": \"CUST#")
    b.d(g.uuid(), "uuid"); b.t('"}, "fullName": {"S": "'); b.s(p.full, "PERSON", JA)
    b.t('"}, "email": {"S": "'); b.s(g.email(p), "EMAIL_ADDRESS"); b.t('"}, "ssn": {"S": "')
    b.s(g.ssn(), "US_SSN"); b.t("\"}}}'}")


@tpl
def t_debezium(b, g):
    p = g.person(); d = g.dt()
    b.t('{"before":null,"after":{"id":', g.rng.randrange(1000, 99999), ',"first_name":"'); b.s(p.first, "PERSON", JA)
    b.t('","last_name":"'); b.s(p.last, "PERSON", JA); b.t('","email":"'); b.s(g.email(p), "EMAIL_ADDRESS")
    b.t('","phone":"'); b.ph(g.phone()); b.t('"},"source":{"version":"'); b.d(g.c(["2.5.0.Final", "2.7.3.Final", "1.9.7.Final"]), "version")
    b.t('","connector":"mysql","name":"dbserver1","ts_ms":'); b.d(g.epoch_ms(d), "timestamp_digits")
    b.t(',"db":"inventory","table":"customers","server_id":223344,"file":"mysql-bin.000003","pos":', g.rng.randrange(100, 99999),
        '},"op":"c","ts_ms":'); b.d(g.epoch_ms(d), "timestamp_digits"); b.t("}")


def PYB(v):  # body of a python bytes repr that contains a double quote
    out = []
    for byte in v.encode("utf-8"):
        ch = chr(byte)
        if ch == "'":
            out.append("\\'")
        elif ch == "\\":
            out.append("\\\\")
        elif 0x20 <= byte < 0x7f:
            out.append(ch)
        else:
            out.append("\\x%02x" % byte)
    return "".join(out)


def _mx_host(g):
    return g.c(["mx1", "mx2", "mail", "smtp-out-3", "relay01"])


def _qid(g):
    return g.alnum(g.c([10, 11]), "0123456789ABCDEF")


# ================================================================ C. mail
@tpl
def t_postfix_smtpd(b, g):
    d = g.dt(); p = g.person(); e = g.email(p)
    b.t(ts_sys(d), " ", _mx_host(g), " ")
    k = g.rng.randrange(3)
    if k == 0:
        b.t("postfix/submission/smtpd[", g.rng.randrange(100, 60000), "]: ", _qid(g), ": client=unknown[")
        b.s(g.client_ip(), "IP_ADDRESS"); b.t("], sasl_method=", g.c(["PLAIN", "LOGIN"]), ", sasl_username="); b.s(e, "EMAIL_ADDRESS")
    elif k == 1:
        b.t("postfix/smtpd[", g.rng.randrange(100, 60000), "]: warning: unknown[")
        b.s(g.client_ip(), "IP_ADDRESS"); b.t("]: SASL LOGIN authentication failed: ")
        b.d("UGFzc3dvcmQ6", "base64_prompt"); b.t(", sasl_username="); b.s(e, "EMAIL_ADDRESS")
    else:
        host = g.c(["mail-wr1-f54.google.com", "mail-eopbgr70045.outbound.protection.outlook.com",
                    "mta-78.mailchimpapp.net", "smtp.gmx.net"])
        sender = g.email()
        b.t("postfix/smtpd[", g.rng.randrange(100, 60000), "]: NOQUEUE: reject: RCPT from ", host, "[")
        b.d(g.server_ip(True), "server_ip"); b.t("]: 550 5.1.1 <"); b.s(e, "EMAIL_ADDRESS")
        b.t(">: Recipient address rejected: User unknown in virtual mailbox table; from=<"); b.s(sender, "EMAIL_ADDRESS")
        b.t("> to=<"); b.s(e, "EMAIL_ADDRESS"); b.t("> proto=ESMTP helo=<", host, ">")


@tpl
def t_postfix_qmgr_smtp(b, g):
    d = g.dt(); qid = _qid(g)
    b.t(ts_sys(d), " ", _mx_host(g), " ")
    if g.p(0.4):
        b.t("postfix/qmgr[", g.rng.randrange(100, 9999), "]: ", qid, ": from=<")
        if g.p(0.3):
            b.d(g.role_mail(), "role_mailbox")
        else:
            b.s(g.email(), "EMAIL_ADDRESS")
        b.t(">, size=", g.rng.randrange(800, 90000), ", nrcpt=1 (queue active)")
    else:
        rcpt = g.email()
        relay = g.c([("aspmx.l.google.com", "gsmtp"), ("mx1.hotmail.com", "OK"), ("mx.web.de", "OK"),
                     ("mx00.gmx.net", "OK"), ("mxbiz1.qq.com", "OK")])
        b.t("postfix/smtp[", g.rng.randrange(100, 60000), "]: ", qid, ": to=<"); b.s(rcpt, "EMAIL_ADDRESS")
        b.t(">, relay=", relay[0], "["); b.d(g.server_ip(True), "server_ip")
        b.t("]:25, delay=", f"{g.rng.random() * 3:.1f}", ", delays=0.1/0/0.3/0.5, dsn=")
        if g.p(0.7):
            b.t("2.0.0, status=sent (250 2.0.0 OK  "); b.d(g.epoch_s(d), "timestamp_digits")
            b.t(" ", g.alnum(12, string.ascii_lowercase + string.digits), " - ", relay[1], ")")
        else:
            b.t("5.1.1, status=bounced (host ", relay[0], " said: 550 5.1.1 <"); b.s(rcpt, "EMAIL_ADDRESS")
            b.t(">: Recipient address rejected (in reply to RCPT TO command))")


@tpl
def t_exim_mainlog(b, g):
    d = g.dt(); p = g.person(); e = g.email(p)
    b.t(d.strftime("%Y-%m-%d %H:%M:%S "), g.alnum(6), "-", g.alnum(6), "-", g.alnum(2), " <= "); b.s(e, "EMAIL_ADDRESS")
    b.t(" H=(", g.c(["laptop", "DESKTOP-" + g.alnum(7, string.ascii_uppercase + string.digits), "iPhone"]), ") [")
    b.s(g.client_ip(), "IP_ADDRESS"); b.t("] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:")
    b.s(e, "EMAIL_ADDRESS"); b.t(" S=", g.rng.randrange(900, 90000), " id=")
    b.d(g.uuid() + "@" + e.split("@")[1], "message_id"); b.t(' T="')
    if g.p(0.5):
        b.t("Re: ", g.c(["essay on", "notes about", "slides for the"]), " "); b.d(g.public_figure(), "public_figure")
    else:
        b.t("Lunch with "); b.s(g.person().first, "PERSON"); b.t("?")
    b.t('" for '); b.s(g.email(), "EMAIL_ADDRESS")


@tpl
def t_sendmail(b, g):
    d = g.dt()
    b.t(ts_sys(d), " mail sendmail[", g.rng.randrange(100, 60000), "]: ", g.alnum(14), ": from=<")
    b.s(g.email(), "EMAIL_ADDRESS"); b.t(">, size=", g.rng.randrange(900, 90000), ", class=0, nrcpts=1, msgid=<")
    b.d(g.hexs(16) + "@" + g.company()[1], "message_id"); b.t(">, proto=ESMTP, daemon=MTA, relay=")
    if g.p(0.5):
        b.t(g.c(["dslb-", "p", "cpe-"]), g.alnum(8, string.ascii_lowercase + string.digits), ".dyn.", g.c(["telekom.de", "rr.com", "virginm.net"]), " [")
        b.s(g.client_ip(v6=False), "IP_ADDRESS")
    else:
        b.t(g.c(["mail-oi1-f170.google.com", "smtp-relay.sendgrid.net", "mx.contoso.com"]), " [")
        b.d(g.server_ip(True), "server_ip")
    b.t("]")


@tpl
def t_exchange_tracking(b, g):
    d = g.dt(); dom = g.company()[1]
    snd, rcp = g.person(), g.person()
    se = g.work_email(snd, dom)
    b.t(ts_iso(d), ","); b.d(g.server_ip(False), "server_ip"); b.t(",EXCH01,"); b.d(g.server_ip(False), "server_ip")
    b.t(",EXCH02,08DC", g.hexs(12).upper(), ";250 2.6.0,,STOREDRIVER,DELIVER,", g.rng.randrange(10 ** 9, 10 ** 10), ",<")
    b.d(g.hexs(32).upper() + "@EXCH01." + dom, "message_id"); b.t(">,"); b.d(g.uuid(), "uuid"); b.t(",")
    b.s(g.work_email(rcp, dom), "EMAIL_ADDRESS"); b.t(",,", g.rng.randrange(2000, 900000), ",1,,,")
    subj = g.c(["Quarterly review with {}", "1:1 {} / budget", "Welcome {}!", "FW: {} travel receipts"])
    pre, post = subj.split("{}")
    b.t(pre); b.s(g.person().full, "PERSON"); b.t(post, ",")
    b.s(se, "EMAIL_ADDRESS"); b.t(","); b.s(se, "EMAIL_ADDRESS")
    b.t(",", ts_iso(d), ";SRV=EXCH01.", dom, ":TOTAL=0,Originating,"); b.d(g.uuid(), "uuid"); b.t(",")
    b.s(g.client_ip(v6=False), "IP_ADDRESS"); b.t(","); b.d(g.server_ip(False), "server_ip"); b.t(",S:DeliveryPriority=Normal")


@tpl
def t_smtplib_debug(b, g):
    p = g.person(); r = g.person(); d = g.dt()
    b.t("send: b'From: \"" if g.p(0.5) else "reply: b'From: \"")
    b.s(p.full, "PERSON", PYB); b.t('" <'); b.s(g.email(p), "EMAIL_ADDRESS"); b.t(">\\r\\nTo: ")
    b.s(g.email(r), "EMAIL_ADDRESS"); b.t("\\r\\nReply-To: ")
    if g.p(0.5):
        b.d(g.role_mail(), "role_mailbox")
    else:
        b.s(g.email(p), "EMAIL_ADDRESS")
    b.t("\\r\\nSubject: Your invoice ", g.digits(6, True), "\\r\\nMessage-ID: <")
    b.d(g.hexs(20) + "@" + g.company()[1], "message_id")
    b.t(">\\r\\nDate: ", d.strftime("%a, %d %b %Y %H:%M:%S +0000"), "\\r\\nMIME-Version: 1.0\\r\\n\\r\\nHi ")
    b.s(r.first, "PERSON", PYB); b.t(", please find attached ...'")


@tpl
def t_received_header(b, g):
    d = g.dt(); dom = g.company()[1]
    b.t("milter-debug: hdr Received: from [")
    b.s(f"192.168.{g.rng.randrange(0, 255)}.{g.rng.randrange(2, 254)}", "IP_ADDRESS")
    b.t("] (unknown [")
    b.s(g.client_ip(), "IP_ADDRESS")
    b.t("]) (Authenticated sender: "); b.s(g.email(), "EMAIL_ADDRESS")
    b.t(") by mail.", dom, " (Postfix) with ESMTPSA id ", _qid(g), " for <"); b.s(g.email(), "EMAIL_ADDRESS")
    b.t(">; ", d.strftime("%a, %d %b %Y %H:%M:%S +0100"), " (CET)")


@tpl
def t_rspamd(b, g):
    d = g.dt(); dom = g.company()[1]; e = g.email()
    b.t(d.strftime("%Y-%m-%d %H:%M:%S"), " #", g.rng.randrange(100, 60000), "(normal) <", g.hexs(6),
        ">; task; rspamd_task_write_log: id: <"); b.d(g.uuid() + "@" + dom, "message_id")
    b.t(">, qid: <", _qid(g), ">, ip: "); b.s(g.client_ip(), "IP_ADDRESS"); b.t(", user: "); b.s(e, "EMAIL_ADDRESS")
    b.t(", from: <"); b.s(e, "EMAIL_ADDRESS")
    b.t(">, (default: F (no action): [-0.10/15.00] [DKIM_SIGNED(0.00){", e.split("@")[1],
        ":s=selector1;},MIME_GOOD(-0.10){text/plain;}]), len: ", g.rng.randrange(900, 90000),
        ", time: ", f"{g.rng.random() * 200:.3f}", "ms, dns req: 12, digest: <"); b.d(g.hexs(32), "hash")
    b.t(">, rcpts: <"); r = g.email(); b.s(r, "EMAIL_ADDRESS"); b.t(">, mime_rcpts: <"); b.s(r, "EMAIL_ADDRESS")
    b.t(">, dkim bh="); b.d(base64.b64encode(bytes(g.rng.randrange(256) for _ in range(32))).decode(), "hash")


@tpl
def t_mime_archiver(b, g):
    d = g.dt()
    cn = g.p(0.5)
    p = g.cn_person() if cn else g.person()
    enc = B64W if (cn or g.p(0.5)) else QW
    b.t(ts_iso(d), " INFO archiver: stored uid=", g.rng.randrange(1, 999999), ' from="'); b.s(p.full, "PERSON", enc)
    b.t(' <'); b.s(g.email(p), "EMAIL_ADDRESS"); b.t('>" to="'); b.d(g.role_mail(), "role_mailbox")
    b.t('" subject="'); subj = g.c(["发票", "Rechnung", "Réclamation", "申请材料", "Bewerbung"])
    b.t(B64W(subj), '" size=', g.rng.randrange(2000, 5000000), " dkim=pass spf=pass")


@tpl
def t_dovecot(b, g):
    d = g.dt(); p = g.person()
    b.t(ts_sys(d), " imap01 dovecot: ", g.c(["imap-login", "pop3-login"]), ": ")
    ok = g.p(0.6)
    b.t("Login: user=<" if ok else "Disconnected (auth failed, 3 attempts in 12 secs): user=<")
    if g.p(0.5):
        b.s(g.email(p), "EMAIL_ADDRESS")
    else:
        b.s(g.login(p), "PERSON")
    b.t(">, method=PLAIN, rip="); b.s(g.client_ip(), "IP_ADDRESS"); b.t(", lip="); b.d(g.server_ip(False), "server_ip")
    b.t(", mpid=" + str(g.rng.randrange(100, 60000)) + ", TLS" if ok else ", TLS")
    b.t(", session=<"); b.d(g.alnum(16, string.ascii_letters + string.digits + "+/"), "trace_id"); b.t(">")


@tpl
def t_ses_bounce(b, g):
    d = g.dt(); dom = g.company()[1]
    b.t('{"notificationType":"Bounce","bounce":{"feedbackId":"', g.hexs(16), "-", g.uuid(), '-000000","bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"')
    b.s(g.email(), "EMAIL_ADDRESS"); b.t('","action":"failed","status":"5.1.1"}],"timestamp":"', ts_iso(d),
                                         '"},"mail":{"timestamp":"', ts_iso(d), '","source":"')
    b.d(g.role_mail(dom), "role_mailbox"); b.t('","sourceIp":"'); b.d(g.server_ip(True), "server_ip")
    b.t('","sendingAccountId":"'); b.d(g.digits(12, True), "account_id")
    b.t('","messageId":"', g.hexs(16), "-", g.uuid(), '-000000","commonHeaders":{"to":["')
    p = g.person()
    b.s(p.full, "PERSON", J); b.t(' <'); b.s(g.email(p), "EMAIL_ADDRESS"); b.t('>"],"subject":"Your order has shipped"}}}')


@tpl
def t_qp_dlp(b, g):
    p = g.fk["de_DE"]; d = g.dt()
    sur = p.last_name(); sender = g.person()
    b.t(ts_iso(d), " dlp-scan: msg=<", g.hexs(12), "@", g.company()[1],
        "> part=2 ct=text/plain; charset=utf-8 cte=quoted-printable rule=PHONE excerpt=\"Sehr geehrte",
        g.c(["r Herr ", " Frau "]))
    b.s(sur, "PERSON", QP); b.t(", bitte rufen Sie mich unter "); b.ph(g.phone(g.c(["INTERNATIONAL", "NATIONAL"]), g.c(["DE", "AT", "CH"])), QP)
    b.t(" zur=C3=BCck. Mit freundlichen Gr=C3=BC=C3=9Fen, "); b.s(sender.full, "PERSON", QP); b.t('"')


@tpl
def t_mailman(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("%b %d %H:%M:%S %Y"), " (", g.rng.randrange(100, 60000), ") ",
        g.c(["devel", "announce", "alumni-2019", "choir"]), ": new subscription ")
    b.s(g.email(p), "EMAIL_ADDRESS"); b.t(' ("'); b.s(p.full, "PERSON"); b.t('") via web confirmation from ')
    b.s(g.client_ip(), "IP_ADDRESS"); b.t(", owner notified at "); b.d(g.c(["listmaster", "mailman-owner", "postmaster"]) + "@lists." + g.company()[1], "role_mailbox")


# ================================================================ D. telecom / VoIP
@tpl
def t_kamailio_invite(b, g):
    d = g.dt(); p = g.person()
    b.t(ts_sys(d), " sbc1 /usr/sbin/kamailio[", g.rng.randrange(100, 60000), ']: NOTICE: <script>: INVITE from "')
    b.s(p.full, "PERSON"); b.t('" <sip:'); b.s(g.e164(), "PHONE_NUMBER"); b.t("@voip.", g.company()[1], "> to <sip:")
    b.s(g.e164(), "PHONE_NUMBER"); b.t("@"); b.d(g.server_ip(False), "server_ip"); b.t(":5060> src=")
    b.s(g.client_ip(v6=False), "IP_ADDRESS"); b.t(":", g.port(), " callid="); b.d(g.hexs(24) + "@" + g.server_ip(False), "call_id")
    b.t(' ua="', g.c(["Zoiper rv2.10.19.5", "Linphone/5.2.5", "Grandstream GXP2170 1.0.11.23", "MicroSIP/3.21.3"]), '"')


@tpl
def t_asterisk_cdr(b, g):
    d = g.dt(); p = g.person()
    src = g.e164(); dst = g.e164()
    dur = g.rng.randrange(5, 3000)
    b.t('"","'); b.s(src, "PHONE_NUMBER"); b.t('","'); b.s(dst, "PHONE_NUMBER"); b.t('","from-internal","""')
    b.s(p.full, "PERSON", CSVQ); b.t('"" <'); b.s(src, "PHONE_NUMBER")
    b.t('>","PJSIP/', g.rng.randrange(1000, 1999), "-", g.hexs(8), '","PJSIP/trunk-', g.hexs(8), '","Dial","PJSIP/')
    b.s(dst, "PHONE_NUMBER"); b.t('@trunk,60","', ts_sp(d, False), '","', ts_sp(d, False), '","',
                                  ts_sp(d + _dt.timedelta(seconds=dur), False), '",', dur, ",", dur - 2,
                                  ',"ANSWERED","DOCUMENTATION","')
    b.d(g.epoch_s(d) + "." + str(g.rng.randrange(1, 999)), "timestamp_digits"); b.t('",""')


@tpl
def t_freeswitch(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("%Y-%m-%d %H:%M:%S.%f"), " ", f"{g.rng.random() * 10 + 90:.2f}", "% [INFO] mod_dialplan_xml.c:637 Processing ")
    b.s(p.full, "PERSON"); b.t(" <"); b.s(g.e164(), "PHONE_NUMBER"); b.t(">->")
    b.s(g.e164(), "PHONE_NUMBER"); b.t(" in context public sofia/external/")
    b.d(g.c(["+18005550199", "+448000112233", "4008208820"]), "service_number"); b.t("@")
    b.s(g.client_ip(v6=False), "IP_ADDRESS"); b.t(" ["); b.d(g.uuid(), "uuid"); b.t("]")


@tpl
def t_kannel(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("%Y-%m-%d %H:%M:%S"), " [", g.rng.randrange(100, 60000), "] [", g.rng.randrange(1, 12), "] ")
    sender = g.c(["CONTOSO", "72345", "GLOBEXBANK", "+447700900123", "Verify"])
    if g.p(0.65):
        code = g.vcode()
        pre = "Hi "
        post = ", your verification code is "
        msg_len = len(pre) + len(p.first) + len(post) + len(code)
        b.t("INFO: Sent SMS [SMSC:", g.c(["twilio", "infobip", "smpp-vf"]), "] [SVC:otp] [ACT:] [BINF:] [FID:", g.hexs(8),
            "] [META:] [from:"); b.d(sender, "service_number"); b.t("] [to:"); b.s(g.e164(mobile=True), "PHONE_NUMBER")
        b.t("] [flags:-1:0:-1:0:-1] [msg:", msg_len, ":", pre); b.s(p.first, "PERSON"); b.t(post); b.s(code, "CREDENTIAL")
        b.t("] [udh:0:]")
    else:
        b.t("DEBUG: Receive DLR [SMSC:", g.c(["twilio", "infobip", "smpp-vf"]), "] [SVC:] [ACT:] [BINF:] [FID:", g.hexs(8),
            "] [META:] [from:"); b.s(g.e164(mobile=True), "PHONE_NUMBER"); b.t("] [to:"); b.d(sender, "service_number")
        b.t("] [flags:-1:-1:-1:-1:1] [msg:86:id:"); b.d(g.digits(10, True), "message_id")
        b.t(" sub:001 dlvrd:001 submit date:", d.strftime("%y%m%d%H%M"), " done date:", d.strftime("%y%m%d%H%M"),
            " stat:DELIVRD err:000 text:] [udh:0:]")


@tpl
def t_twilio_callback(b, g):
    d = g.dt()
    b.d(g.c(["54.172.60.", "54.244.51.", "3.89.7."]) + str(g.rng.randrange(1, 254)), "server_ip")
    b.t(" - - [", ts_clf(d), '] "POST /webhooks/sms/status?SmsSid=SM', g.hexs(32), "&MessageStatus=",
        g.c(["delivered", "undelivered", "sent"]), "&To=")
    b.ph(g.e164(mobile=True), PCT); b.t("&From="); b.d("+1" + g.c(["8005550142", "8445550123", "2025550187"]), "service_number", PCT)
    b.t("&AccountSid="); b.d("AC" + g.hexs(32), "opaque_id")
    b.t('&ApiVersion=2010-04-01 HTTP/1.1" 204 0 "-" "TwilioProxy/1.1"')


@tpl
def t_mvno_activation(b, g):
    d = g.dt(); p = g.person(); reg = g.c(["GB", "DE", "US", "NL", "FR", "ES", "AU"])
    b.t('{"ts":"', ts_iso(d), '","event":"SIM_ACTIVATED","msisdn":"'); b.s(g.phone("E164", reg, True), "PHONE_NUMBER")
    b.t('","imsi":"'); b.d(g.imsi(), "device_id"); b.t('","imei":"'); b.d(g.imei(), "device_id")
    b.t('","iccid":"'); b.d(g.iccid(), "device_id"); b.t('","subscriber":{"name":"'); b.s(p.full, "PERSON", J)
    b.t('","email":"'); b.s(g.email(p), "EMAIL_ADDRESS"); b.t('","idDoc":{"type":"passport","number":"')
    b.s(g.passport()[0], "PASSPORT"); b.t('"}},"plan":"', g.c(["SIMO-30GB", "UNL-5G", "PAYG"]), '","channel":"web","clientIp":"')
    b.s(g.client_ip(), "IP_ADDRESS"); b.t('"}')


@tpl
def t_ivr(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}", " INFO IVR[node=ivr-", g.rng.randrange(1, 9),
        "] call_id="); b.d(g.uuid(), "uuid"); b.t(" ani="); b.s(g.e164(), "PHONE_NUMBER")
    b.t(" dnis="); b.d(g.c(["18005550100", "08001234567", "4008208820", "1300655506"]), "service_number")
    b.t(" menu=BILLING dtmf_len=", g.rng.randrange(4, 12), " result=identified caller=\"")
    b.s(p.full, "PERSON"); b.t("\" acct="); b.d(g.luhn_order(g.c([12, 14, 16])), "account_ref")
    b.t(" transfer_to=queue:billing_", g.c(["en", "de", "fr"]))


@tpl
def t_ussd(b, g):
    d = g.dt(); p = g.person()
    reg = g.c(["KE", "NG", "ZA", "IN", "PH", "ID", "EG"])
    b.t(ts_sp(d), " ussd-gw session="); b.d(g.hexs(16), "trace_id"); b.t(" msisdn=")
    b.s(g.phone("E164", reg, True).lstrip("+"), "PHONE_NUMBER"); b.t(" code=*", g.rng.randrange(100, 999), "# step=", g.rng.randrange(1, 5),
                                                                  ' input="1" resp="Dear ')
    b.s(p.full.upper(), "PERSON"); b.t(", your balance is ", g.c(["KES", "NGN", "ZAR", "INR"]), " ",
                                       f"{g.rng.randrange(1, 99999):,}.{g.rng.randrange(0, 100):02d}", '. Ref ')
    b.d(g.alnum(10, string.ascii_uppercase + string.digits), "order_id"); b.t('" cell_id=', g.rng.randrange(1000, 65535))


@tpl
def t_freeradius(b, g):
    d = g.dt(); p = g.person()
    b.t(d.strftime("%a %b %d %H:%M:%S %Y"), " : Auth: (", g.rng.randrange(1, 99999), ") ")
    user = g.login(p) + g.c(["", "@isp.net", "@campus.edu"])
    if g.p(0.5):
        b.t("Login incorrect (pap: Cleartext password does not match \"known good\" password): [")
        b.s(user, "PERSON" if "@" not in user else "EMAIL_ADDRESS"); b.t("/"); b.s(g.password(), "CREDENTIAL")
    else:
        b.t("Login OK: ["); b.s(user, "PERSON" if "@" not in user else "EMAIL_ADDRESS"); b.t("/<via Auth-Type = PAP>")
    b.t("] (from client bras0", g.rng.randrange(1, 9), " port ", g.rng.randrange(0, 4096), " cli ")
    b.d(g.mac("-"), "device_id"); b.t(") Framed-IP-Address = "); b.s(g.client_ip(v6=False), "IP_ADDRESS")


@tpl
def t_asterisk_register(b, g):
    d = g.dt(); p = g.person()
    b.t("[", d.strftime("%b %d %H:%M:%S"), "] NOTICE[", g.rng.randrange(100, 60000),
        "] chan_sip.c: Registration from '\"")
    b.s(p.full, "PERSON"); b.t("\" <sip:", g.rng.randrange(100, 9999), "@pbx.", g.company()[1], ">' failed for '")
    b.s(g.client_ip(v6=False), "IP_ADDRESS"); b.t(":", g.port(), "' - ", g.c(["Wrong password", "No matching peer found", "Username/auth name mismatch"]))


ABA = ["021000021", "011401533", "026009593", "121000248", "111000025", "322271627",
       "091000019", "071000013", "063100277", "031176110"]


# ================================================================ E. banking / fintech / HR / education
@tpl
def t_atm_journal(b, g):
    d = g.dt(); p = g.person(latin=True)
    card = g.card("plain")[0]
    b.t("[", f"{g.rng.randrange(1, 9999):04d}", "] ", d.strftime("%d/%m/%y %H:%M:%S"), " ATM", g.rng.randrange(100, 9999),
        " TXN#", g.rng.randrange(1000, 9999), " ", g.c(["WITHDRAWAL", "BALANCE INQ", "CASH DEPOSIT"]), " PAN ")
    if g.p(0.5):
        b.d(card[:6] + "*" * (len(card) - 10) + card[-4:], "masked")
    else:
        b.s(card, "CREDIT_CARD")
    b.t(" TRK1NAME "); b.s(f"{_ascii_slug(p.last).upper() or 'X'}/{_ascii_slug(p.first).upper() or 'X'}", "PERSON")
    b.t(" AMT ", g.rng.randrange(2, 50) * 20, ".00 ", g.c(["EUR", "GBP", "USD"]), " STAN "); b.d(f"{g.rng.randrange(0, 999999):06d}", "stan")
    b.t(" RRN "); b.d(g.digits(12, True), "rrn"); b.t(" RESP 00")


@tpl
def t_swift_mt103(b, g):
    d = g.dt(); o, r = g.person(latin=True), g.person(latin=True)
    cc1, cc2 = g.c(["DE", "FR", "NL", "IT", "ES", "BE"]), g.c(["GB", "IE", "CH", "AT", "PL", "PT"])
    b.t("swift.out seq=", g.rng.randrange(1, 999999), ' raw="{1:F01', g.bic()[:8], "AXXX", g.digits(10), "}{2:I103",
        g.bic()[:8], "XXXXN}{4:\\r\\n:20:"); b.d(g.alnum(12, string.ascii_uppercase + string.digits), "order_id")
    b.t("\\r\\n:23B:CRED\\r\\n:32A:", d.strftime("%y%m%d"), g.c(["EUR", "GBP", "CHF"]),
        f"{g.rng.randrange(100, 99999)},{g.rng.randrange(0, 100):02d}", "\\r\\n:50K:/")
    b.s(g.iban(cc1, grouped=False), "IBAN_CODE"); b.t("\\r\\n"); b.s(_ascii_slug_upper(o.full), "PERSON")
    b.t("\\r\\n", g.rng.randrange(1, 200), " ", g.c(STREETS).upper(), "\\r\\n", g.c(CITIES).upper(), "\\r\\n:59:/")
    b.s(g.iban(cc2, grouped=False), "IBAN_CODE"); b.t("\\r\\n"); b.s(_ascii_slug_upper(r.full), "PERSON")
    b.t("\\r\\n:70:INVOICE ", g.rng.randrange(1000, 99999), "\\r\\n:71A:SHA\\r\\n-}\"")


def _ascii_slug_upper(s):
    s = (s.replace("ł", "l").replace("Ł", "L").replace("ß", "SS"))
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch) and ch.isascii())
    return s.upper().strip() or "X"


@tpl
def t_nacha_entry(b, g):
    p = g.person(latin=True)
    rt = g.c(ABA)
    acct = g.digits(g.rng.randrange(8, 13), True)
    name = _ascii_slug_upper(p.full)[:22]
    b.t("ach.parse file=PPD_", g.dt().strftime("%Y%m%d"), ".ach line=", g.rng.randrange(3, 400), ' record="6',
        g.c(["22", "27", "32", "37"]))
    b.d(rt, "routing_number")
    b.t(acct.ljust(17), f"{g.rng.randrange(1000, 900000):010d}", ("EMP" + g.digits(5)).ljust(15))
    pr = b.s(name, "PERSON")
    b.t(" " * max(0, 22 - len(pr)))
    b.t("  0"); b.d(rt[:8] + g.digits(7), "trace_id"); b.t('"')


@tpl
def t_payroll_csv(b, g):
    p = g.person(); d = g.dt()
    b.t("payroll-export batch=", d.strftime("%Y-%m"), " row=", g.rng.randrange(1, 900), ' data="EMP', g.digits(5), ",")
    b.s(p.last, "PERSON", CSVQ); b.t(","); b.s(p.first, "PERSON", CSVQ); b.t(",")
    if g.p(0.5):
        b.s(g.ssn(), "US_SSN"); b.t(",")
    else:
        b.t(",")
    b.s(g.iban(grouped=False), "IBAN_CODE"); b.t(",", d.strftime("%Y-%m-28"), ",",
                                              f"{g.rng.randrange(1500, 12000)}.{g.rng.randrange(0, 100):02d}", ',EUR"')


@tpl
def t_hris_webhook(b, g):
    p = g.person(); a = g.person(); dom = g.company()[1]; d = g.dt()
    b.t('{"type":"employee.updated","id":"'); b.d(g.uuid(), "uuid"); b.t('","occurredAt":"', ts_iso(d),
                                                                       '","data":{"employeeId":"', g.rng.randrange(1000, 99999), '","firstName":"')
    b.s(p.first, "PERSON", J); b.t('","lastName":"'); b.s(p.last, "PERSON", J); b.t('","workEmail":"')
    b.s(g.work_email(p, dom), "EMAIL_ADDRESS"); b.t('","homePhone":"'); b.ph(g.phone())
    b.t('","ssn":"'); b.s(g.ssn(), "US_SSN"); b.t('","department":"', g.c(["Finance", "R&D", "Sales", "Operations"]),
                                                 '","changedFields":["homePhone","ssn"]},"actor":{"email":"')
    b.s(g.work_email(a, dom), "EMAIL_ADDRESS"); b.t('","ip":"'); b.s(g.client_ip(), "IP_ADDRESS"); b.t('"}}')


@tpl
def t_canvas_live_event(b, g):
    d = g.dt(); s = g.person(); t = g.person()
    b.t('{"metadata":{"event_name":"grade_change","event_time":"', ts_iso(d), '","user_login":"')
    b.s(g.login(t), "PERSON"); b.t('","user_sis_id":"'); b.d("T" + g.digits(7), "opaque_id")
    b.t('","client_ip":"'); b.s(g.client_ip(), "IP_ADDRESS"); b.t('","hostname":"canvas.', g.c(["uni-example.edu", "college.ac.uk", "hs.k12.us"]),
                                                                  '","request_id":"'); b.d(g.uuid(), "uuid")
    b.t('","context_type":"Course"},"body":{"student_name":"'); b.s(s.full, "PERSON", J)
    b.t('","student_email":"'); b.s(g.email(s), "EMAIL_ADDRESS")
    b.t('","assignment_name":"Essay: ', g.c(["The ethics of", "Letters of", "A biography of"]), " ")
    b.d(g.public_figure(), "public_figure"); b.t('","grade":"', g.c(["A", "A-", "B+", "B", "C"]), '","score":',
                                               f"{g.rng.random() * 40 + 60:.1f}", "}}")


@tpl
def t_student_registration(b, g):
    d = g.dt(); p = g.person(); gp = g.person()
    b.t(ts_sp(d), " INFO registrar.enroll: student \""); b.s(p.full, "PERSON"); b.t('" <')
    b.s(g.login(p) + "@student." + g.c(["uni-example.edu", "tu-example.de", "ucl-example.ac.uk"]), "EMAIL_ADDRESS")
    b.t("> DOB ", (_dt.date(1998, 1, 1) + _dt.timedelta(days=g.rng.randrange(3000))).isoformat(), " registered ",
        g.c(["CS101", "MATH201", "HIST110", "BIO150"]), " term=2026", g.c(["SP", "FA", "SU"]), " guardian=\"")
    b.s(gp.full, "PERSON"); b.t('" guardian_phone='); b.ph(g.phone()); b.t(" advisor=")
    b.d(g.role_mail("uni-example.edu"), "role_mailbox")


@tpl
def t_stripe_webhook(b, g):
    d = g.dt(); p = g.person()
    b.t('{"id":"evt_', g.alnum(24), '","object":"event","api_version":"'); b.d("2024-06-20", "version")
    b.t('","created":'); b.d(g.epoch_s(d), "timestamp_digits")
    b.t(',"type":"charge.failed","data":{"object":{"id":"ch_', g.alnum(24), '","amount":', g.rng.randrange(100, 99999),
        ',"billing_details":{"address":{"city":"'); b.d(g.c(CITIES), "city")
    b.t('","country":"', g.c(["DE", "GB", "US", "FR"]), '"},"email":"'); b.s(g.email(p), "EMAIL_ADDRESS")
    b.t('","name":"'); b.s(p.full, "PERSON", JA); b.t('","phone":"'); b.s(g.e164(), "PHONE_NUMBER")
    b.t('"},"payment_method_details":{"card":{"brand":"visa","last4":"'); b.d(g.digits(4), "masked")
    b.t('","fingerprint":"', g.alnum(16), '"}},"description":"'); b.t("Book: "); b.d(g.c(BOOKS), "product_name", J)
    b.t('","failure_message":"Your card was declined."}}}')


@tpl
def t_kyc_verify(b, g):
    d = g.dt(); p = g.person()
    b.t(ts_iso(d), " kyc.verify request_id="); b.d(g.uuid(), "uuid"); b.t(" applicant=\"")
    b.s(p.full, "PERSON"); b.t("\" dob=", (_dt.date(1950, 1, 1) + _dt.timedelta(days=g.rng.randrange(20000))).isoformat())
    if g.p(0.5):
        b.t(" ssn="); b.s(g.ssn(g.p(0.7)), "US_SSN")
    else:
        b.t(" passport="); b.s(g.passport()[0], "PASSPORT")
    b.t(" phone="); b.ph(g.phone()); b.t(" result=", g.c(["MATCH", "PARTIAL", "NO_MATCH"]), " provider=",
                                      g.c(["Onfido", "Jumio", "Persona"]), " sdk=")
    b.d(g.version(), "version")


@tpl
def t_amadeus_pnr(b, g):
    d = g.dt(); p1, p2 = g.person(latin=True), g.person(latin=True)
    def nm(p):
        return f"{_ascii_slug_upper(p.last).replace(' ', '')}/{_ascii_slug_upper(p.first).replace(' ', '')}"
    pp, cc = g.passport(g.c(["DE", "FR", "GB", "US", "JP"]))
    b.t("gds.pnr RP/PAR", g.alnum(2, string.ascii_uppercase), "0100/ ", d.strftime("%d%b%y").upper(), " ")
    b.d(g.alnum(6, string.ascii_uppercase + string.digits), "booking_ref"); b.t(" | 1.")
    b.s(nm(p1), "PERSON"); b.t(" ", g.c(["MR", "MRS", "MS"]), " 2."); b.s(nm(p2), "PERSON")
    b.t(" ", g.c(["MR", "MRS", "MS"]), " | 3 AF", g.rng.randrange(100, 9999), " Y ", d.strftime("%d%b").upper(),
        " CDGJFK HK2 | 4 AP "); b.s(g.e164(), "PHONE_NUMBER"); b.t("-M | 5 APE ")
    b.s(g.email(p1).upper(), "EMAIL_ADDRESS"); b.t(" | 6 SSR DOCS AF HK1 P/", {"DE": "DEU", "FR": "FRA", "GB": "GBR", "US": "USA", "JP": "JPN"}[cc], "/")
    b.s(pp, "PASSPORT"); b.t("/", {"DE": "DEU", "FR": "FRA", "GB": "GBR", "US": "USA", "JP": "JPN"}[cc], "/",
                            (_dt.date(1950, 1, 1) + _dt.timedelta(days=g.rng.randrange(20000))).strftime("%d%b%y").upper(),
                            "/", g.c("MF"), "/", (_dt.date(2027, 1, 1) + _dt.timedelta(days=g.rng.randrange(3000))).strftime("%d%b%y").upper(), "/")
    b.s(nm(p1), "PERSON"); b.t("/P1")


@tpl
def t_sepa_xml(b, g):
    p = g.person(); d = g.dt()
    b.t(ts_iso(d), " sepa.ct.build msgId="); b.d("MSG" + g.digits(14), "order_id")
    b.t(" txInf=<CdtTrfTxInf><PmtId><EndToEndId>"); b.d("E2E" + g.digits(16), "trace_id")
    b.t("</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">", f"{g.rng.randrange(10, 9000)}.{g.rng.randrange(0, 100):02d}",
        "</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>"); b.d(g.bic(), "bic")
    b.t("</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>"); b.s(p.full, "PERSON", XML)
    b.t("</Nm></Cdtr><CdtrAcct><Id><IBAN>"); b.s(g.iban(g.c(["DE", "FR", "NL", "IT", "ES", "BE", "AT", "LU", "FI", "PT"]), grouped=False), "IBAN_CODE")
    b.t("</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Rechnung ", g.rng.randrange(1000, 99999), "</Ustrd></RmtInf></CdtTrfTxInf>")


# ================================================================ F. Chinese internet back-ends
def _cn_named(b, g, p=None, title_prob=0.35, enc=None):
    """Chinese name, sometimes surname+title (span = surname only), sometimes full name + title"""
    p = p or g.cn_person()
    r = g.rng.random()
    if r < title_prob:
        b.s(p.last, "PERSON", enc); b.t(g.cn_title())
    elif r < title_prob + 0.1:
        b.s(p.full, "PERSON", enc); b.t(g.c(["老师", "经理", "医生", "同学"]))
    else:
        b.s(p.full, "PERSON", enc)
    return p


def _java_cn_prefix(b, g, d, cls, svc="member-service"):
    b.t(ts_sp(d), " ", g.c(["INFO ", "INFO ", "DEBUG", "WARN "]), " [", svc, ",", g.hexs(16), ",", g.hexs(16), "] ",
        g.rng.randrange(1, 40000), " --- [", g.c(["http-nio-8080-exec-", "XNIO-1 task-", "DubboServerHandler-"]),
        g.rng.randrange(1, 200), "] ", cls, " : ")


def _openid(g):
    return "o" + g.alnum(27, string.ascii_letters + string.digits + "_-")


@tpl
def t_wxpay_unifiedorder(b, g):
    d = g.dt(); p = g.cn_person()
    _java_cn_prefix(b, g, d, "c.x.pay.wx.WxPayClient", "pay-service")
    b.t("unifiedorder request: <xml><appid>"); b.d("wx" + g.hexs(16), "opaque_id")
    b.t('</appid><attach><![CDATA[{"mobile":"'); b.s(g.cn_mobile(), "PHONE_NUMBER"); b.t('","name":"')
    b.s(p.full, "PERSON"); b.t('"}]]></attach><body>', g.c(["优选商城-订单支付", "会员充值", "外卖订单"]),
                               "</body><mch_id>"); b.d("1" + g.digits(9), "merchant_id")
    b.t("</mch_id><nonce_str>", g.alnum(32, string.ascii_uppercase + string.digits),
        "</nonce_str><notify_url>https://pay.example.cn/wx/notify</notify_url><openid>"); b.d(_openid(g), "opaque_id")
    b.t("</openid><out_trade_no>"); b.d(g.cn_trade_no(d), "order_id"); b.t("</out_trade_no><spbill_create_ip>")
    b.s(g.client_ip(v6=False), "IP_ADDRESS"); b.t("</spbill_create_ip><total_fee>", g.rng.randrange(1, 99999),
                                                  "</total_fee><trade_type>JSAPI</trade_type><sign>")
    b.d(g.hexs(32).upper(), "hash"); b.t("</sign></xml>")


@tpl
def t_alipay_notify(b, g):
    d = g.dt()
    b.t(ts_sp(d), " INFO  [alipay-notify-", g.rng.randrange(1, 20), "] c.x.pay.ali.AlipayNotifyController - notify params: gmt_create=",
        PCTP(d.strftime("%Y-%m-%d %H:%M:%S")), "&charset=utf-8&seller_email=")
    b.d(g.c(["pay", "finance", "caiwu"]) + "@" + g.c(["example.cn", "shop-demo.com.cn"]), "role_mailbox", PCT)
    b.t("&subject=", PCTP(g.c(["会员年卡", "订单支付", "充值"])), "&sign="); b.d(g.alnum(86, string.ascii_letters + string.digits + "+/") , "hash", PCT)
    b.t("&buyer_id="); b.d("2088" + g.digits(12), "opaque_id")
    b.t("&invoice_amount=", g.rng.randrange(1, 999), ".00&notify_id="); b.d(g.hexs(32), "hash")
    b.t("&notify_type=trade_status_sync&trade_status=TRADE_SUCCESS&app_id="); b.d("2021" + g.digits(12), "opaque_id")
    b.t("&out_trade_no="); b.d(g.cn_trade_no(d), "order_id"); b.t("&trade_no="); b.d(d.strftime("%Y%m%d") + "22" + g.digits(18), "order_id")
    b.t("&buyer_logon_id=")
    k = g.rng.randrange(4)
    if k == 0:
        b.d(g.masked_cn_mobile(), "masked", PCT)
    elif k == 1:
        e = g.email(g.cn_person())
        b.d(e[:3] + "***@" + e.split("@")[1], "masked", PCT)
    elif k == 2:
        b.s(g.cn_mobile(), "PHONE_NUMBER")
    else:
        b.s(g.email(g.cn_person()), "EMAIL_ADDRESS", PCT)
    b.t("&version=1.0&sign_type=RSA2")


@tpl
def t_wx_miniprogram_login(b, g):
    d = g.dt()
    _java_cn_prefix(b, g, d, "c.x.m.controller.WxMaUserController", "mini-api")
    if g.p(0.5):
        b.t("code2Session ok openid="); b.d(_openid(g), "opaque_id"); b.t(", unionid=")
        b.d("o" + g.alnum(27, string.ascii_letters + string.digits + "_-"), "opaque_id"); b.t(", session_key=")
        b.s(g.wx_session_key(), "CREDENTIAL"); b.t(", 昵称="); _cn_named(b, g, title_prob=0.0)
        b.t(", ip="); b.s(g.client_ip(), "IP_ADDRESS")
    else:
        m = g.cn_mobile()
        b.t('getPhoneNumber result: {"phoneNumber":"'); b.s(m, "PHONE_NUMBER"); b.t('","purePhoneNumber":"')
        b.s(m, "PHONE_NUMBER"); b.t('","countryCode":"86","watermark":{"timestamp":'); b.d(g.epoch_s(d), "timestamp_digits")
        b.t(',"appid":"'); b.d("wx" + g.hexs(16), "opaque_id"); b.t('"}}')


@tpl
def t_aliyun_sendsms(b, g):
    d = g.dt(); p = g.cn_person()
    _java_cn_prefix(b, g, d, "c.x.notify.sms.AliyunSmsSender", "notify-service")
    b.t('SendSms request: {"PhoneNumbers":"'); b.s(g.cn_mobile(), "PHONE_NUMBER")
    if g.p(0.4):
        b.t(","); b.s(g.cn_mobile(), "PHONE_NUMBER")
    b.t('","SignName":"', g.c(["优选商城", "云医健康", "快送科技"]), '","TemplateCode":"SMS_', g.digits(9, True),
        '","TemplateParam":"{\\"name\\":\\"'); b.s(p.full, "PERSON")
    b.t('\\",\\"code\\":\\"'); b.s(g.vcode(), "CREDENTIAL"); b.t('\\"}"} response: {"Message":"OK","RequestId":"')
    b.d(g.uuid().upper(), "uuid"); b.t('","Code":"OK","BizId":"'); b.d(g.digits(18, True) + "^0", "order_id"); b.t('"}')


@tpl
def t_cn_sms_code(b, g):
    d = g.dt()
    b.t("[", ts_sp(d, False), "] ", g.c(["短信发送成功", "验证码下发", "sms.send ok"]), " 手机号:")
    if g.p(0.35):
        b.d(g.masked_cn_mobile(), "masked")
    else:
        b.s(g.cn_mobile("any"), "PHONE_NUMBER")
    b.t(" 模板:", g.c(["登录验证码", "注册验证码", "找回密码"]), " 验证码:"); b.s(g.vcode(), "CREDENTIAL")
    b.t(" 有效期:5分钟 渠道:", g.c(["阿里云", "腾讯云", "创蓝253"]), " 请求IP:"); b.s(g.client_ip(), "IP_ADDRESS")
    b.t(" 客服热线:"); b.d(g.c(["400-820-8820", "95588", "10086", "400-100-5678"]), "service_number")


@tpl
def t_12306_order(b, g):
    d = g.dt(); p = g.cn_person(compound=0.08)
    b.t("[", ts_sp(d), "] INFO ticket-order - 订单"); b.d("E" + g.digits(9, True), "order_id")
    b.t(" 乘车人:"); b.s(p.full, "PERSON")
    if g.p(0.8):
        b.t(" 证件类型:二代身份证 证件号:"); b.s(g.cn_id(g.p(0.2)), "CN_RESIDENT_ID")
    else:
        b.t(" 证件类型:护照 证件号:"); b.s(g.passport("CN")[0], "PASSPORT")
    b.t(" 车次:", g.c("GDCZK"), g.rng.randrange(1, 9999), " ", g.c(["北京南", "上海虹桥", "广州南", "杭州东", "成都东"]), "→",
        g.c(["南京南", "武汉", "深圳北", "西安北", "长沙南"]), " 席别:二等座 车厢:", f"{g.rng.randrange(1, 17):02d}", " 座位:",
        f"{g.rng.randrange(1, 20):02d}", g.c("ABCDF"), " 票价:", g.rng.randrange(50, 1500), ".0 联系电话:")
    b.s(g.cn_mobile(), "PHONE_NUMBER")


@tpl
def t_waimai_dispatch(b, g):
    d = g.dt(); rider = g.cn_person(); cust = g.cn_person()
    b.t(ts_sp(d), " [dispatch-", g.rng.randrange(1, 32), "] 订单 "); b.d(g.digits(17, True), "order_id")
    b.t(" 骑手 "); b.s(rider.last, "PERSON"); b.t("师傅("); b.s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(") 已接单, 收货人 "); b.s(cust.last, "PERSON"); b.t(g.c(["女士", "先生"]), " 手机 ")
    if g.p(0.5):
        b.d(g.masked_cn_mobile(), "masked")
    else:
        b.s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(" 隐私号 "); b.d("170" + g.digits(8) + "-" + g.digits(4), "virtual_number")
    b.t(" 地址 ", g.c(CN_CITIES), "市", g.c(CN_STREETS), g.rng.randrange(1, 999), "号 商家 ")
    b.d(g.c(["李白酒家", "孔乙己酒馆", "老王烧烤", "瑞幸咖啡", "张亮麻辣烫", "杨国福麻辣烫", "西贝莜面村"]), "company")
    b.t(" 预计送达 ", (d + _dt.timedelta(minutes=35)).strftime("%H:%M"))


@tpl
def t_express_waybill(b, g):
    d = g.dt()
    b.t(ts_sp(d), " INFO  c.x.express.OrderService - ")
    if g.p(0.15):
        b.t("[sandbox] 下单接口联调 寄件人:"); b.d(g.c(["张三", "李四", "王五"]), "placeholder"); b.t(" ")
        b.d("13800000000", "placeholder"); b.t(" 收件人:"); b.d(g.c(["张三", "李四", "王五"]), "placeholder")
        b.t(" 运单号:"); b.d("SF" + g.digits(13), "order_id"); b.t(" 物品:《"); b.d(g.public_figure(True), "public_figure"); b.t("传》")
        return
    b.t("揽收 运单号:"); b.d(g.c(["SF", "JD", "YT", "ZTO"]) + g.digits(13), "order_id"); b.t(" 寄件人:")
    _cn_named(b, g); b.t(" "); b.s(g.cn_mobile("any"), "PHONE_NUMBER"); b.t(" 收件人:"); _cn_named(b, g); b.t(" ")
    if g.p(0.3):
        b.s(g.cn_landline(), "PHONE_NUMBER")
    else:
        b.s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(" 地址:", g.c(CN_CITIES), "市", g.c(CN_STREETS), g.rng.randrange(1, 999), "号 物品:")
    if g.p(0.4):
        b.t("图书《"); b.d(g.public_figure(True), "public_figure"); b.t(g.c(["全集", "传", "诗选"]), "》")
    else:
        b.t(g.c(["文件", "衣物", "数码配件", "生鲜"]))


@tpl
def t_gov_yiwangtongban(b, g):
    d = g.dt(); p = g.cn_person(compound=0.08)
    b.t('{"time":"', ts_sp(d), '","level":"INFO","msg":"事项申报提交","applyNo":"')
    b.d(g.c(["310000", "440300", "330100"]) + "-" + d.strftime("%Y-%m%d") + "-" + g.digits(6), "order_id")
    b.t('","applicant":{"name":"'); b.s(p.full, "PERSON"); b.t('","idType":"居民身份证","idNo":"')
    b.s(g.cn_id(), "CN_RESIDENT_ID"); b.t('","mobile":"'); b.s(g.cn_mobile(), "PHONE_NUMBER")
    b.t('"},"item":"', g.c(["居住证办理", "新生儿落户", "公积金提取", "营业执照变更"]), '","dept":"',
        g.c(["上海市公安局", "深圳市市场监督管理局", "杭州市住房公积金管理中心"]), '","agent":null,"clientIp":"')
    b.s(g.client_ip(), "IP_ADDRESS"); b.t('","traceId":"'); b.d(g.hexs(32), "trace_id"); b.t('"}')


@tpl
def t_yibao_settle(b, g):
    d = g.dt(); p = g.cn_person()
    tot = g.rng.randrange(2000, 90000) / 100
    b.t("[", ts_sp(d), "] [医保结算] 2207 结算成功 姓名="); b.s(p.full, "PERSON"); b.t(" 证件号码=")
    b.s(g.cn_id(), "CN_RESIDENT_ID"); b.t(" 就诊ID="); b.d(g.digits(20, True), "order_id")
    b.t(" 医疗费总额=", f"{tot:.2f}", " 统筹支付=", f"{tot * 0.6:.2f}", " 个人账户支付=", f"{tot * 0.4:.2f}",
        " 定点医药机构=", g.c(["复旦大学附属华山医院", "北京协和医院", "中山大学附属第一医院", "华西医院"]), " 主治医生=")
    _cn_named(b, g, title_prob=0.0); b.t(" 操作员="); b.d(g.c(["sfy01", "admin", "his_user"]), "system_account")


@tpl
def t_ride_hailing(b, g):
    d = g.dt(); drv = g.cn_person()
    b.t(ts_sp(d), " INFO trip-service trip_id="); b.d(g.digits(19, True), "order_id"); b.t(" status=DRIVER_ARRIVED 司机:")
    if g.p(0.6):
        b.s(drv.last, "PERSON"); b.t("师傅")
    else:
        b.s(drv.full, "PERSON")
    b.t(" 车牌:"); b.s(g.plate(), "LICENSE_PLATE"); b.t(" 车型:", g.c(["比亚迪秦", "丰田卡罗拉", "大众朗逸", "广汽埃安S"]),
                                                        " 司机手机:"); b.s(g.cn_mobile(), "PHONE_NUMBER")
    b.t(" 乘客手机尾号"); b.d(g.digits(4), "masked")
    b.t(" 起点:", g.c(["北京西站", "虹桥火车站", "宝安机场T3", "西湖文化广场"]), " 终点:", g.c(["国贸", "陆家嘴", "科技园", "孔庙"]),
        " 乘客IP:"); b.s(g.client_ip(), "IP_ADDRESS")


@tpl
def t_cn_java_tostring(b, g):
    d = g.dt(); p = g.cn_person(compound=0.08)
    _java_cn_prefix(b, g, d, "c.e.u.s.impl.UserServiceImpl")
    b.t("注册用户: UserDTO(id=null, realName="); b.s(p.full, "PERSON"); b.t(", mobile=")
    b.s(g.cn_mobile(), "PHONE_NUMBER"); b.t(", idCard="); b.s(g.cn_id(g.p(0.2)), "CN_RESIDENT_ID")
    b.t(", bankCardNo="); b.s(g.cn_card(), "CN_BANK_CARD"); b.t(", email="); b.s(g.email(p), "EMAIL_ADDRESS")
    b.t(", password="); b.s(g.password(), "CREDENTIAL"); b.t(", registerIp="); b.s(g.client_ip(), "IP_ADDRESS")
    b.t(", source=MINI_PROGRAM, inviteCode=", g.alnum(6, string.ascii_uppercase + string.digits), ")")


@tpl
def t_dubbo_access(b, g):
    d = g.dt()
    b.t("[", ts_sp(d), "] "); b.d(g.server_ip(False), "server_ip"); b.t(":", g.port(), " -> ")
    b.d(g.server_ip(False), "server_ip"); b.t(":20880 - com.example.member.api.MemberService:1.0.0 ")
    k = g.rng.randrange(3)
    if k == 0:
        b.t('queryByMobile(java.lang.String) ["'); b.s(g.cn_mobile(), "PHONE_NUMBER"); b.t('"]')
    elif k == 1:
        b.t('verifyRealName(java.lang.String,java.lang.String) ["'); b.s(g.cn_person().full, "PERSON")
        b.t('","'); b.s(g.cn_id(), "CN_RESIDENT_ID"); b.t('"]')
    else:
        b.t('bindEmail(java.lang.Long,java.lang.String) [', g.rng.randrange(1, 9999999), ',"')
        b.s(g.email(g.cn_person()), "EMAIL_ADDRESS"); b.t('"]')


@tpl
def t_nacos_config(b, g):
    d = g.dt(); sip = g.server_ip(False)
    b.t(d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}", " INFO [fixed-"); b.d(sip, "server_ip")
    b.t("_8848-", g.c(["public", "prod", "dev"]), "] [data-received] dataId=", g.c(["order-service", "member-service", "pay-gateway"]),
        "-prod.yaml, group=DEFAULT_GROUP, tenant=prod, md5="); b.d(g.hexs(32), "hash")
    b.t(", content=spring.datasource.url=jdbc:mysql://"); b.d(g.server_ip(False), "server_ip")
    b.t(":3306/order?useUnicode=true\\nspring.datasource.username="); _login_or_sys(b, g, g.cn_person(), 0.6)
    b.t("\\nspring.datasource.password="); b.s(g.sql_password(), "CREDENTIAL")
    if g.p(0.5):
        ak, sk = g.aliyun_pair()
        b.t("\\naliyun.oss.access-key-id="); b.s(ak, "CREDENTIAL"); b.t("\\naliyun.oss.access-key-secret=")
        b.s(sk, "CREDENTIAL")
    b.t("..., type=yaml")


@tpl
def t_bind_bank_card(b, g):
    d = g.dt(); p = g.cn_person()
    b.t(ts_sp(d), " [支付网关] 绑卡请求 reqNo="); b.d(g.cn_trade_no(d), "order_id"); b.t(" 持卡人=")
    b.s(p.full, "PERSON"); b.t(" 银行卡号="); b.s(g.cn_card(g.c(["plain", "plain", "space"])), "CN_BANK_CARD")
    b.t(" 预留手机="); b.s(g.cn_mobile(), "PHONE_NUMBER"); b.t(" 身份证="); b.s(g.cn_id(), "CN_RESIDENT_ID")
    b.t(" 银行=", g.c(CN_BANKS), " 渠道=银联 结果=", g.c(["成功", "失败:预留手机号不一致", "待短信确认"]), " 流水号=")
    b.d(g.luhn_order(19), "order_id")


@tpl
def t_cn_nginx(b, g):
    d = g.dt(); p = g.cn_person()
    b.s(g.client_ip(), "IP_ADDRESS"); b.t(" - - [", ts_clf(d, "+0800"), '] "GET /api/v1/realname/verify?realName=')
    b.s(p.full, "PERSON", PCT); b.t("&idCard="); b.s(g.cn_id(), "CN_RESIDENT_ID"); b.t("&mobile=")
    b.s(g.cn_mobile(), "PHONE_NUMBER"); b.t("&ts="); b.d(g.epoch_ms(d), "timestamp_digits")
    b.t(' HTTP/1.1" 200 ', g.rng.randrange(80, 900), ' "https://servicewechat.com/wx', g.hexs(16),
        '/12/page-frame.html" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) MicroMessenger/8.0.47" upstream=')
    b.d(g.server_ip(False), "server_ip"); b.t(":8080 rt=", f"{g.rng.random():.3f}")


@tpl
def t_hotel_checkin(b, g):
    d = g.dt()
    b.t("[", ts_sp(d, False), "] 旅业系统 入住上传 ")
    if g.p(0.75):
        p = g.cn_person()
        b.t("姓名="); b.s(p.full, "PERSON"); b.t(" 性别=", g.c(["男", "女"]), " 民族=汉 证件类型=身份证 证件号=")
        b.s(g.cn_id(), "CN_RESIDENT_ID")
    else:
        p = g.person(latin=True)
        pp, cc = g.passport(g.c(["US", "GB", "DE", "FR", "JP", "KR"]))
        b.t("姓名="); b.s(_ascii_slug_upper(p.full), "PERSON"); b.t(" 国籍=", cc, " 证件类型=护照 证件号=")
        b.s(pp, "PASSPORT")
    b.t(" 房号=", g.rng.randrange(2, 30), f"{g.rng.randrange(1, 40):02d}", " 入住时间=", d.strftime("%Y%m%d%H%M%S"), " 联系电话=")
    b.s(g.cn_mobile(), "PHONE_NUMBER"); b.t(" 上传结果=成功 回执="); b.d(g.digits(16, True), "order_id")


@tpl
def t_parking_etc(b, g):
    d = g.dt()
    if g.p(0.5):
        b.t(ts_sp(d), " [停车场] 车辆入场 车牌:"); b.s(g.plate(), "LICENSE_PLATE")
        b.t(" 通道:", g.c(["东门入口1", "B2入口", "北门"]), " 车主:"); _cn_named(b, g, title_prob=0.6)
        b.t(" 电话:"); b.s(g.cn_mobile(), "PHONE_NUMBER"); b.t(" 月卡到期:", (d + _dt.timedelta(days=90)).strftime("%Y-%m-%d"),
                                                          " 相机IP:"); b.d(g.server_ip(False), "server_ip")
    else:
        b.t(ts_sp(d), " ETC交易 门架=G", g.rng.randrange(1, 99), "-", g.rng.randrange(1000, 9999), " 车牌="); b.s(g.plate(nev=g.p(0.4)), "LICENSE_PLATE")
        b.t(" OBU="); b.d(g.digits(16, True), "device_id"); b.t(" 卡号="); b.d(g.digits(20, True), "device_id")
        b.t(" 金额=", g.rng.randrange(1, 200), ".", f"{g.rng.randrange(0, 100):02d}", " 车主=")
        b.s(g.cn_person().full, "PERSON")


@tpl
def t_cs_ticket(b, g):
    d = g.dt()
    b.t(ts_sp(d), " [客服工单] 工单#"); b.d(d.strftime("%Y%m%d") + g.digits(6), "order_id"); b.t(" 来电 ")
    _cn_named(b, g, title_prob=0.7); b.t(" ("); b.s(g.cn_mobile("any"), "PHONE_NUMBER")
    b.t(") 反映:", g.c(["快递延误", "退款未到账", "账号被盗", "发票抬头错误"]), ", 回访电话 ")
    b.s(g.cn_landline(), "PHONE_NUMBER"); b.t(" 受理人:"); _cn_named(b, g, title_prob=0.0); b.t(" 邮箱:")
    b.s(g.email(g.cn_person()), "EMAIL_ADDRESS")


# ================================================================ API
def blind_log8(n: int, seed: int = 0) -> list:
    """n labelled log lines; deterministic per seed."""
    g = Gen(seed)
    out = []
    order = []
    for _ in range(n):
        if not order:
            order = list(range(len(TEMPLATES)))
            g.rng.shuffle(order)
        ti = order.pop()
        rec = Rec(g, clean=g.rng.random() < 0.1)
        TEMPLATES[ti](rec, g)
        out.append({"text": rec.text(), "spans": rec.spans, "decoys": rec.decoys, "template": ti + 1})
    return out


# ================================================================ self-check
def _iban_ok(v):
    v = v.replace(" ", "")
    r = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def _cnid_ok(v):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return len(v) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w)) % 11] == v[17].upper()


def _self_check():
    from collections import Counter
    for seed in (0, 1):
        recs = blind_log8(3000, seed)
        assert recs == blind_log8(3000, seed), "not deterministic"
        tc, tpc, dk = Counter(), Counter(), Counter()
        clean = 0
        for r in recs:
            t = r["text"]
            assert "\n" not in t and "\r" not in t, t
            marks = sorted([tuple(s) + ("S",) for s in r["spans"]] + [tuple(x) + ("D",) for x in r["decoys"]])
            prev = 0
            for a, e, lab, kind in marks:
                assert 0 <= a < e <= len(t), (r, a, e)
                assert a >= prev, ("overlap", t, marks)
                assert t[a:e].strip(), ("empty", t, a, e)
                prev = e
            for a, e, lab in r["spans"]:
                assert lab in TYPES, lab
                v = t[a:e]
                tc[lab] += 1
                if lab in ("CREDIT_CARD", "CN_BANK_CARD"):
                    dg = "".join(ch for ch in v if ch.isdigit())
                    assert luhn_ok(dg) and 13 <= len(dg) <= 19, v
                    assert (lab == "CN_BANK_CARD") == dg.startswith("62"), v
                elif lab == "IBAN_CODE":
                    assert _iban_ok(v), v
                elif lab == "CN_RESIDENT_ID":
                    assert _cnid_ok(v), v
                elif lab == "US_SSN":
                    dg = v.replace("-", "")
                    assert len(dg) == 9 and dg[:3] not in ("000", "666") and dg[:1] != "9", v
            for a, e, lab in r["decoys"]:
                dk[lab] += 1
            if not r["spans"]:
                clean += 1
            tpc[r["template"]] += 1
        print(f"seed {seed}: {len(recs)} records, {sum(tc.values())} spans, {sum(dk.values())} decoys, {clean} without spans")
        print("  per TYPE:", dict(sorted(tc.items(), key=lambda kv: -kv[1])))
        print("  decoy kinds:", dict(sorted(dk.items(), key=lambda kv: -kv[1])))
        print("  per template:", dict(sorted(tpc.items())))
    print(f"{len(TEMPLATES)} templates; self-check OK")


if __name__ == "__main__":
    _self_check()
