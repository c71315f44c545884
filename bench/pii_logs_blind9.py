"""Blind labelled evaluation set no. 9 for a log-file PII redactor.

Provenance
----------
Written blind on 2026-12-05, from general knowledge of the named software
(nginx combined / custom log_format incl. escape=json, nginx error log,
Apache httpd combined, Kong file-log, Apache APISIX, Tengine, Alibaba Cloud
CDN access log, Cloudflare-style edge logs, Spring Boot + logstash-logback
encoder, Go zap, Node pino, Python structlog, Serilog compact JSON,
HikariCP, Alipay / UnionPay style payment notifications, Aliyun SMS) and of
the value formats involved.  No project code, tests, rules, seeds or other
evaluation sets were read while writing it; the redactor was never run.

The theme is ONE MIXED APPLICATION LOG of a Chinese-and-English e-commerce /
O2O company: web access lines, structured application JSON lines and Chinese
free-text ops/business lines, interleaved.

API
---
    blind_log9(n: int, seed: int = 0) -> list[dict]

Each record is
    {"text": str,
     "spans":  [[start, end, TYPE], ...],   # planted personal values
     "decoys": [[start, end, KIND], ...],   # non-personal look-alikes
     "template": int}                       # number in the table below
Offsets are Python str code-point offsets; text[start:end] is the value
exactly as printed (percent-encoded, JSON-escaped or \\u-escaped where the
line prints it so).  Spans never overlap each other or a decoy.
Deterministic per seed: one random.Random(seed) drives everything, and the
Faker instances are seeded from it.  Templates are used round-robin over one
shuffled order; about one record in ten is rendered "clean": every planted
value is replaced by a masked placeholder (recorded as a "masked" decoy) or
by a dash.

TYPEs: PERSON, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN,
CN_RESIDENT_ID, PASSPORT, LICENSE_PLATE, IP_ADDRESS, CREDENTIAL.
Decoy KINDs used: server_ip, order_id, public_figure, product, masked, uuid,
version, trace_id, timestamp_digits, company, place, status_size,
system_account, ticket_id, user_id, amount, tax_id, waybill, pickup_code,
biz_id, ext_number.

Label conventions (as briefed)
------------------------------
* any address of a person's account -> EMAIL_ADDRESS (also QQ numeric ones);
* server / upstream / LB / proxy / CDN node / resolver / DB / MX / gate
  controller address -> decoy server_ip; client / user / caller / attacker
  address -> IP_ADDRESS (so in "XFF: client, proxy" only the first is PII,
  and nginx $remote_addr is a server_ip when the line is behind an LB);
* surname before a title (王先生, 李经理, 张师傅, Mr. Smith) -> PERSON on the
  surname only; "王建国主任医师" -> PERSON on 王建国;
* famous historical people / fictional characters -> decoy public_figure;
  brands named after people (李宁, 王老吉, 张小泉) -> decoy company; street,
  district and city names (中山路, 张江路, 陆家嘴) -> decoy place;
* passwords, API keys, session ids / cookie values, bearer tokens (token only),
  URL password part -> CREDENTIAL;
* person-looking logins (jsmith, zhang.wei, amy_li) -> PERSON; root,
  www-data, deploy, svc-*, app, jenkins ... -> decoy system_account;
* order ids (incl. Luhn-valid 16-digit ones and 11-digit ids starting with 1
  in Chinese lines), trace ids, UUIDs, epoch timestamps, HTTP status+size,
  amounts -> decoys where they look like a phone, card or id.
* postal addresses (收货地址 etc.) are left UNLABELLED (no ADDRESS type);
  SMS template params / WeChat openids / numeric user ids are unlabelled or
  user_id decoys.

Value generators
----------------
* PERSON: Faker zh_CN (plus 6% compound surnames 欧阳/司马/诸葛/上官...,
  4% rare surnames 仉/乜/昝/亓/禚...), zh_TW (traditional), en_US, en_GB,
  ja_JP romanised, Korean romanised (built-in list), pinyin; logins
  jsmith / zhang.wei / amy_li / wei.zhang88 styles.
* EMAIL_ADDRESS: pinyin@163/126/sina/foxmail, numeric @qq.com, Faker free
  mails, first.last@corporate; printed raw, %40-encoded or JSON-escaped.
* PHONE_NUMBER: phonenumbers example mobiles of 24 regions with random
  tails, kept only if is_valid_number, printed E164 / INTERNATIONAL /
  NATIONAL; CN mobiles 1[3-9]x validated by phonenumbers, printed plain,
  138-1234-5678, 138 1234 5678, +86 138 1234 5678, +8613812345678,
  +86-13812345678, 0086...; CN landlines 0xx(x)-xxxxxxx(x), (021)xxxxxxxx;
  TW mobiles 0912-345-678.
* CREDIT_CARD: Luhn-valid, Visa/MC(51-55, 2221-2720)/Amex/Discover/JCB/
  UnionPay incl. ICBC/CCB/ABC/BOC/CMB BINs, 15-19 digits, plain/spaced/dashed.
* IBAN_CODE: DE GB FR NL BE CH AT IE PL LU with correct mod-97 (and FR RIB
  key, BE and NL national checks), compact or in groups of 4.
* US_SSN: area 001-899 minus 666, group 01-99, serial 0001-9999.
* CN_RESIDENT_ID: real area codes, birth date 1955-2006, GB 11643 check.
* PASSPORT (always after a passport word): CN E/G+8 digits, E+letter+7,
  US, GB, JP, KR, DE, FR, IN, AU, CA, SG formats.
* LICENSE_PLATE: ordinary 5-char and new-energy D/F plates, with/without ·.
* IP_ADDRESS: global IPv4 and IPv6 (240e:/2408:/2409:/2a02:/2600:/2001:da8:)
  clients; servers private 10/172.16/192.168, fd00::/8, or public cloud.
* CREDENTIAL: passwords, sk_live_/LTAI/AKIA-secret/ghp_ keys, 32-hex map keys,
  JWTs, JSESSIONID / PHPSESSID / connect.sid / remember-me cookies, opaque
  bearer tokens, URL passwords.

Template table (number = "template" field)
------------------------------------------
Family 1 - web access
  1  nginx combined, $args email (%40) + phone, cache-buster epoch ms
  2  nginx main_ext behind LB: LB $remote_addr, XFF client+CDN, $upstream_addr
  3  nginx with $http_cookie (JSESSIONID, token, uid, _ga)
  4  nginx address save: URL-encoded Chinese receiver, mobile, city
  5  nginx $request_body login form (username/email/phone + password)
  6  nginx real-name verify args: name (%-encoded), id_card, mobile
  7  Apache combined, basic-auth person login + access_token in query
  8  Apache combined, IPv6 client, system-account remote_user
  9  Kong file-log JSON (querystring, Bearer header, tries[] upstream)
 10  APISIX JSON access log (cookie header, x-real-ip, upstream)
 11  Tengine, rider phone in args, multiple $upstream_addr, Luhn order id
 12  Alibaba Cloud CDN access line (avatar path login, referer phone)
 13  nginx error log: client, request with email, upstream
 14  nginx with $http_authorization Bearer JWT, device uuid
 15  nginx log_format escape=json (XFF, invoice buyer email, tax id)
 16  Cloudflare-style edge JSON, PascalCase (ClientIP, EdgeServerIP)
 17  nginx combined, search product + referer with account phone
Family 2 - application JSON / app lines
 18  Spring logstash JSON order created, nested order.buyer / receiver
 19  Go zap payment callback: card_no beside Luhn order id
 20  Node pino request log: headers authorization + cookie, XFF
 21  Python structlog login_failed (username, leaked password, client_ip)
 22  JSON with Chinese keys 姓名/手机号/身份证号/收货地址 (sometimes \\u-escaped)
 23  Serilog compact JSON, PascalCase CustomerName/Email/PhoneNumber
 24  address-book sync: contacts[] array with phones[]/emails[]
 25  request body logged as escaped JSON string (register)
 26  third-party real-name vendor response as escaped JSON string
 27  Spring CommonsRequestLoggingFilter headers object
 28  mailer ERROR mentioning user by email and name / Mr. Surname, MX ip
 29  Alipay notify params: masked buyer_logon_id, 2088 buyer id, receiver
 30  de-identification check WARN: masked values beside unmasked leaks
 31  audit LOGIN_SUCCESS: actor login, email, src/dst ip, session id
 32  Aliyun SMS send log with escaped TemplateParam
 33  Spring Boot plain text line: register ok userId/mobile/email/regIp
 34  Java toString() in a refund WARN (User(name=..., phone=...), bankCard)
 35  SEPA payout: beneficiary name + IBAN, BIC
 36  US merchant KYC: first_name/last_name, ssn, phone
 37  HikariCP / redis / amqp connection URLs with credentials
 38  zap geocode warn: amap key in URL, resolver ip
 39  hotel guest check-in JSON: passportNo, intl phone, email
 40  dispatch JSON: rider + receiver (name, phone, masked phone)
 41  pino duplicate account: customer.emails[] / phones[]
Family 3 - Chinese ops / business free text
 42  客服工单: 客户X先生/女士, phone, 客服X
 43  外卖调度: 骑手X（phone），收件人：X，联系电话：X, 11-digit order id
 44  快递派件: 顺丰 waybill, 快递员X, 收件人 X, phone
 45  值班巡查: 值班人员X巡查, X于hh:mm完成巡检, 由X处理
 46  访客登记: 姓名 / 身份证号 / 手机 / 被访人X经理 / 车牌
 47  物业报修: 业主X女士, landline, X师傅, 工单号
 48  会员注册: 手机号 / 邮箱 / 注册IP, 11-digit member no.
 49  退款审核: 申请人 / 审核人, masked card, sometimes full card
 50  实名认证: 姓名=X，身份证号=X
 51  车辆进出: plate, 车主X, gate controller ip
 52  酒店入住 foreigner: Latin name, 护照号, intl phone, 前台X
 53  医院挂号: 患者X, 医生X主任医师 / X主任, 手机
 54  12345 hotline: 来电人：X女士, 来电号码, 承办人X, place
 55  钉钉/企业微信 approval: lists A、B和C, @X
 56  zh_TW traditional booking: X小姐, TW mobile, email, 門市
 57  campaign copy: public figures, products, companies, 负责人X
 58  English CS escalation: ja/ko romanised customer, email, intl phone
 59  客诉升级 with brackets（X）【X】, compound / rare surnames
 60  菜鸟驿站 pickup notice: X您好, pickup code, phone tail
 61  企业微信 onboarding: new hire (email), ext no., 导师X老师

Run this file to self-check (3,000 records x 2 seeds) and print counts.
"""

import datetime as _dt
import ipaddress
import json
import random
import string
from urllib.parse import quote, quote_plus

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

PERSON = "PERSON"
EMAIL = "EMAIL_ADDRESS"
PHONE = "PHONE_NUMBER"
CARD = "CREDIT_CARD"
IBAN = "IBAN_CODE"
SSN = "US_SSN"
CNID = "CN_RESIDENT_ID"
PASSPORT = "PASSPORT"
PLATE = "LICENSE_PLATE"
IP = "IP_ADDRESS"
CRED = "CREDENTIAL"
TYPES = [PERSON, EMAIL, PHONE, CARD, IBAN, SSN, CNID, PASSPORT, PLATE, IP, CRED]

DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B64URL = string.ascii_letters + string.digits + "-_"

# --------------------------------------------------------------------------
# segment model: a line is a list of (text, label) where label is None,
# ("S", TYPE) or ("D", KIND).  Escaping is applied per segment (JSON string
# escaping and percent-encoding are per-character, so offsets stay exact).
# --------------------------------------------------------------------------


class T(list):
    """String content made of labelled segments."""


class Raw:
    """Unquoted JSON token (numbers) made of segments."""

    def __init__(self, segs):
        self.segs = segs


def cat(*parts):
    out = T()
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            if p:
                out.append((p, None))
        elif isinstance(p, tuple):
            out.append(p)
        else:
            out.extend(p)
    return out


def jesc(segs, a=False):
    return T((json.dumps(t, ensure_ascii=a)[1:-1], lab) for t, lab in segs)


def pct(segs, safe="", plus=False):
    f = quote_plus if plus else quote
    return T((f(t, safe=safe), lab) for t, lab in segs)


def js(o, a=False, sp=False):
    c, k = (", ", ": ") if sp else (",", ":")
    if isinstance(o, Raw):
        return T(o.segs)
    if isinstance(o, T):
        return cat('"', jesc(o, a), '"')
    if isinstance(o, str):
        return T([(json.dumps(o, ensure_ascii=a), None)])
    if isinstance(o, dict):
        out = T([("{", None)])
        for i, (kk, v) in enumerate(o.items()):
            if i:
                out.append((c, None))
            out.append((json.dumps(kk, ensure_ascii=a) + k, None))
            out.extend(js(v, a, sp))
        out.append(("}", None))
        return out
    if isinstance(o, (list, tuple)):
        out = T([("[", None)])
        for i, v in enumerate(o):
            if i:
                out.append((c, None))
            out.extend(js(v, a, sp))
        out.append(("]", None))
        return out
    return T([(json.dumps(o), None)])


def render(segs):
    buf, spans, decs, pos = [], [], [], 0
    for t, lab in segs:
        if lab is not None and t:
            (spans if lab[0] == "S" else decs).append([pos, pos + len(t), lab[1]])
        buf.append(t)
        pos += len(t)
    return "".join(buf), spans, decs


# --------------------------------------------------------------------------
# vocabularies
# --------------------------------------------------------------------------

COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙", "司徒", "夏侯", "端木", "长孙"]
RARE = ["仉", "乜", "昝", "亓", "禚", "訾", "蒯", "覃", "冼", "佘", "靳", "逯", "芮", "甄", "琚", "隗"]
KO_SUR = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon"]
KO_GIV = ["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yun", "Su-bin", "Ye-jin", "Hyun-woo", "Jae-won", "Yu-na",
          "Seung-min", "Ji-woo", "Minseo", "Jiho", "Eunji"]
PUBLIC_ZH = ["李白", "杜甫", "苏轼", "孔子", "鲁迅", "诸葛亮", "孙悟空", "林黛玉", "雷锋", "屈原", "曹操", "关羽", "花木兰",
             "岳飞", "武则天", "猪八戒", "贾宝玉", "王羲之"]
PUBLIC_EN = ["Albert Einstein", "Sherlock Holmes", "Harry Potter", "William Shakespeare", "Isaac Newton",
             "Abraham Lincoln", "Mickey Mouse", "Napoleon Bonaparte", "Marie Curie", "Mona Lisa"]
PRODUCTS = ["iPhone 15 Pro Max", "华为Mate 60 Pro", "小米14 Ultra", "AirPods Pro 2", "戴森V15吸尘器", "飞天茅台53度",
            "三只松鼠坚果礼盒", "Nintendo Switch OLED", "李宁韦德之道11", "王老吉凉茶24罐", "张小泉剪刀套装",
            "OPPO Find X7", "vivo X100", "大疆Mini 4 Pro", "Kindle Paperwhite"]
COMPANIES = ["阿里巴巴", "美团", "顺丰速运", "京东物流", "中通快递", "圆通速递", "招商银行", "中国工商银行", "滴滴出行",
             "腾讯", "李宁", "王老吉", "张小泉", "老干妈", "陈李济", "星巴克", "宝洁", "Acme Corp", "Stripe",
             "Procter & Gamble", "Johnson & Johnson", "Ben & Jerry's", "Marks & Spencer"]
PLACES = ["中山路", "南京西路", "人民广场", "朝阳区", "浦东新区", "天河区", "西湖区", "解放路", "中关村", "张江高科",
          "五道口", "陆家嘴", "杭州市", "深圳市", "成都市", "文三路", "张江路", "黄兴路", "鲁迅公园", "中山公园", "徐家汇"]
PLACES_TW = ["信義", "中山", "大安", "板橋", "西門", "台中逢甲", "高雄巨蛋", "新竹竹北"]
CITY_ADDR = [("浙江省", "杭州市", ["西湖区", "滨江区", "余杭区", "拱墅区"]),
             ("上海市", "", ["浦东新区", "徐汇区", "闵行区", "静安区"]),
             ("北京市", "", ["朝阳区", "海淀区", "丰台区", "东城区"]),
             ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"]),
             ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "番禺区"]),
             ("四川省", "成都市", ["武侯区", "锦江区", "高新区", "青羊区"]),
             ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区", "建邺区"]),
             ("湖北省", "武汉市", ["洪山区", "江汉区", "武昌区", "汉阳区"])]
STREETS = ["文三路", "中山北路", "解放路", "人民路", "建设路", "学院路", "科技园南路", "张江路", "延安西路", "长江路",
           "和平路", "光明路", "新华路", "黄兴路", "迎宾大道"]
CN_PREFIX = [str(x) for x in list(range(130, 140)) + [145, 147, 149, 150, 151, 152, 153, 155, 156, 157, 158, 159, 166,
                                                        170, 171, 172, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184,
                                                        185, 186, 187, 188, 189, 190, 191, 192, 193, 195, 196, 197, 198,
                                                        199]]
CN_AREA = [("010", 8), ("020", 8), ("021", 8), ("022", 8), ("023", 8), ("024", 8), ("025", 8), ("027", 8), ("028", 8),
           ("029", 8), ("0571", 8), ("0755", 8), ("0512", 8), ("0532", 8), ("0731", 8), ("0871", 7), ("0591", 8),
           ("0351", 7)]
PHONE_REGIONS = ["US", "GB", "DE", "FR", "JP", "KR", "SG", "HK", "TW", "AU", "IN", "CA", "MY", "TH", "VN", "ES", "IT",
                 "NL", "BR", "AE", "MO", "PH", "ID", "RU"]
ID_AREAS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106", "330108", "320102",
            "510107", "420106", "500103", "120101", "370202", "210203", "350203", "610113", "430104", "340104",
            "530102", "230103", "410105", "130102"]
PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
SYSTEM_ACCOUNTS = ["root", "www-data", "nginx", "deploy", "svc-order", "svc-pay", "svc-report", "svc-member",
                   "jenkins", "gitlab-runner", "app", "canal", "ops-bot", "admin", "postgres", "backup"]
UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "MicroMessenger/8.0.49(0x18003130) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 14; 23127PN0CC Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/118.0.0.0 Mobile Safari/537.36 XWEB/1180091 MMWEBSDK/20240301 MicroMessenger/8.0.48.2580"
    "(0x28003052) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Linux; U; Android 13; zh-CN; V2309A Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/100.0.4896.58 Quark/6.11.2.531 Mobile Safari/537.36",
    "Dalvik/2.1.0 (Linux; U; Android 12; M2012K11AC Build/SKQ1.211006.001)",
    "okhttp/4.12.0",
    "LianhuaMall/8.12.0 (iPhone; iOS 17.4.1; Scale/3.00)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "AlipayClient/10.5.96.8000 Language/zh-Hans",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Linux; Android 10; HarmonyOS; NOH-AN00; HMSCore 6.13.0.302) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/99.0.4844.88 HuaweiBrowser/14.0.5.302 Mobile Safari/537.36",
    "curl/8.5.0", "Go-http-client/1.1", "python-requests/2.31.0",
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
]
HOSTS = ["api.lianhuamall.com", "m.lianhuamall.com", "pay.lianhuamall.com", "open.lianhuamall.com",
         "member.lianhuamall.com", "h5.kuaisong.cn"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TZ8 = _dt.timezone(_dt.timedelta(hours=8))

_FAKERS = {}


def _faker(loc):
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def luhn_check_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check_digit(num[:-1]) == num[-1]


def _iban_num(s):
    return "".join(str(int(ch, 36)) for ch in s)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.f = {}
        for loc in ["zh_CN", "zh_TW", "en_US", "en_GB", "ja_JP"]:
            fk = _faker(loc)
            fk.seed_instance(self.r.randrange(1 << 30))
            self.f[loc] = fk
        self.clean = False
        self.now = _dt.datetime(2024, 5, 12, 0, 0, 0, tzinfo=TZ8) + _dt.timedelta(
            seconds=self.r.randrange(0, 6 * 3600))

    # ------------------------------------------------------------ basics
    def rd(self, n, alphabet=DIG):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def ch(self, seq):
        return self.r.choice(seq)

    def tick(self):
        self.now += _dt.timedelta(milliseconds=self.r.randrange(20, 3000))

    # labelled value, honours clean mode
    def v(self, val, typ):
        if not self.clean:
            return T([(val, ("S", typ))])
        m = self.mask(val, typ)
        if m is None:
            return T([("-", None)])
        return T([(m, ("D", "masked"))])

    def d(self, val, kind):
        return T([(val, ("D", kind))])

    def dr(self, val, kind):
        return Raw(T([(val, ("D", kind))]))

    def mask(self, val, typ):
        r = self.r
        if r.random() < 0.25:
            return None
        digits = "".join(c for c in val if c.isdigit())
        if typ == PERSON:
            if all("\u4e00" <= c <= "\u9fff" for c in val):
                if len(val) == 1:
                    return r.choice(["某", "*"])
                return val[0] + "*" * (len(val) - 1) if r.random() < 0.7 else "某某"
            return r.choice(["[REDACTED]", "***", val[0] + "***", "<PERSON>"])
        if typ == EMAIL:
            if "@" in val:
                loc, dom = val.split("@", 1)
                return loc[0] + "***@" + dom if r.random() < 0.7 else "<EMAIL>"
            return "***"
        if typ == PHONE:
            if len(digits) >= 7:
                return digits[:3] + "****" + digits[-4:]
            return "****"
        if typ == CARD:
            return digits[:6] + "*" * (len(digits) - 10) + digits[-4:] if r.random() < 0.6 else "**** " + digits[-4:]
        if typ == IBAN:
            c = val.replace(" ", "")
            return c[:4] + "*" * (len(c) - 8) + c[-4:]
        if typ == SSN:
            return "***-**-" + digits[-4:]
        if typ == CNID:
            return val[:6] + "********" + val[-4:] if r.random() < 0.6 else val[:3] + "*" * 11 + val[-4:]
        if typ == PASSPORT:
            return val[0] + "*" * (len(val) - 3) + val[-2:]
        if typ == PLATE:
            return val[:2] + "***" + val[-2:]
        if typ == IP:
            if ":" in val:
                return val.split(":")[0] + ":****:****"
            p = val.split(".")
            return p[0] + "." + p[1] + ".*.*"
        if typ == CRED:
            return r.choice(["******", "[FILTERED]", "<redacted>", "***"])
        return "***"

    # ------------------------------------------------------------ time
    def ts_nginx(self):
        n = self.now
        return "%02d/%s/%04d:%02d:%02d:%02d +0800" % (n.day, MONTHS[n.month - 1], n.year, n.hour, n.minute, n.second)

    def ts_iso(self, ms=True, z=False):
        n = self.now
        s = n.strftime("%Y-%m-%dT%H:%M:%S")
        if ms:
            s += ".%03d" % (n.microsecond // 1000)
        if z:
            return (n.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") +
                    (".%03d" % (n.microsecond // 1000) if ms else "") + "Z")
        return s + "+08:00"

    def ts_plain(self, ms=True):
        n = self.now
        s = n.strftime("%Y-%m-%d %H:%M:%S")
        return s + (".%03d" % (n.microsecond // 1000) if ms else "")

    def ts_slash(self):
        return self.now.strftime("%Y/%m/%d %H:%M:%S")

    def hm(self, sec=False):
        return self.now.strftime("%H:%M:%S" if sec else "%H:%M")

    def epoch_ms(self):
        return str(int(self.now.timestamp() * 1000))

    def epoch_s(self):
        return str(int(self.now.timestamp()))

    def compact_ts(self):
        return self.now.strftime("%Y%m%d%H%M%S")

    # ------------------------------------------------------------ ids / decoys
    def uuid(self):
        h = self.rd(32, HEX)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def trace32(self):
        return self.rd(32, HEX)

    def span16(self):
        return self.rd(16, HEX)

    def order16(self):
        pre = self.ch([self.now.strftime("%Y%m%d"), "62", "4", "1", "5", "2405", "35"])
        body = pre + self.rd(15 - len(pre))
        return body + luhn_check_digit(body)

    def order_cn11(self):
        if self.r.random() < 0.5:
            return self.ch(CN_PREFIX) + self.rd(8)
        return "1" + self.rd(10)

    def ticket_id(self):
        return self.ch(["GD", "TK", "WO", ""]) + self.now.strftime("%Y%m%d") + self.rd(6)

    def user_id(self):
        return str(self.r.randrange(10 ** 6, 10 ** 10))

    def amount(self):
        return "%d.%02d" % (self.r.randrange(1, 3000), self.r.randrange(100))

    def version(self):
        return "%d.%d.%d" % (self.r.randrange(1, 12), self.r.randrange(0, 30), self.r.randrange(0, 200))

    def status_size(self):
        st = self.ch(["200"] * 8 + ["204", "301", "302", "304", "400", "401", "403", "404", "499", "500", "502"])
        size = "0" if st in ("204", "304") else str(self.r.randrange(120, 260000))
        return st + " " + size

    def rt(self):
        return "%.3f" % self.r.uniform(0.001, 2.5)

    def ua(self):
        return self.ch(UAS)

    def host(self):
        return self.ch(HOSTS)

    def referer(self):
        return self.ch(["-", "-", "https://m.lianhuamall.com/", "https://servicewechat.com/wx8f3a2b1c4d5e6f70/27/"
                        "page-frame.html", "https://www.lianhuamall.com/item/" + self.rd(8) + ".html",
                        "https://www.baidu.com/"])

    # ------------------------------------------------------------ people
    def zh(self):
        r, f = self.r, self.f["zh_CN"]
        x = r.random()
        if x < 0.06:
            sur = r.choice(COMPOUND)
        elif x < 0.10:
            sur = r.choice(RARE)
        else:
            sur = f.last_name()
        given = f.first_name()
        return sur + given, sur

    def tw(self):
        f = self.f["zh_TW"]
        sur = f.last_name()
        return sur + f.first_name(), sur

    def en(self):
        f = self.f[self.ch(["en_US", "en_US", "en_GB"])]
        return f.first_name(), f.last_name()

    def ja(self):
        f = self.f["ja_JP"]
        return f.first_romanized_name(), f.last_romanized_name()

    def ko(self):
        return self.ch(KO_GIV), self.ch(KO_SUR)

    def pinyin(self):
        f = self.f["zh_CN"]
        return f.first_romanized_name(), f.last_romanized_name()

    def latin(self):
        """(full, first, last) of a Latin-script name."""
        x = self.r.random()
        if x < 0.6:
            fi, la = self.en()
            return fi + " " + la, fi, la
        if x < 0.75:
            fi, la = self.ja()
        elif x < 0.87:
            fi, la = self.ko()
        else:
            fi, la = self.pinyin()
        full = (la + " " + fi) if self.r.random() < 0.5 else (fi + " " + la)
        return full, fi, la

    def person_any(self):
        x = self.r.random()
        if x < 0.6:
            return self.zh()[0]
        if x < 0.68:
            return self.tw()[0]
        return self.latin()[0]

    def login(self):
        fi, la = self.pinyin() if self.r.random() < 0.5 else self.en()
        fi = "".join(c for c in fi if c.isalpha()).lower()
        la = "".join(c for c in la if c.isalpha()).lower()
        p = self.r.randrange(6)
        if p == 0:
            return fi[0] + la
        if p == 1:
            return la + "." + fi
        if p == 2:
            return fi + "_" + la
        if p == 3:
            return fi + "." + la + str(self.r.randrange(1, 99))
        if p == 4:
            return la + fi
        return la + "_" + fi[0]

    def email(self, fi=None, la=None):
        r = self.r
        x = r.random()
        if fi is None:
            fi, la = self.pinyin() if x < 0.55 else self.en()
        fi = "".join(c for c in fi if c.isalpha()).lower() or "amy"
        la = "".join(c for c in la if c.isalpha()).lower() or "li"
        y = r.random()
        if y < 0.18:
            return "%d@qq.com" % r.randrange(10000, 3999999999)
        if y < 0.45:
            loc = self.ch([la + fi, fi + "." + la, la + fi + str(r.randrange(1, 2000)), la + "_" + fi,
                           fi[0] + la + str(r.randrange(70, 100))])
            return loc + "@" + self.ch(["163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com", "139.com",
                                        "yeah.net", "sohu.com"])
        if y < 0.75:
            loc = self.ch([fi + "." + la, fi + la, fi[0] + la, fi + "_" + la + str(r.randrange(10, 99))])
            return loc + "@" + self.ch(["gmail.com", "outlook.com", "hotmail.com", "yahoo.co.jp", "naver.com",
                                        "icloud.com", "proton.me", "yahoo.com.tw", "btinternet.com"])
        return fi + "." + la + "@" + self.ch(["lianhuamall.com", "acme.io", "example.co.uk", "kuaisong.cn",
                                               "partner-logistics.com", "corp.lianhua.cn"])

    # ------------------------------------------------------------ phones
    def cn_mobile_digits(self):
        n = ""
        for _ in range(50):
            n = self.ch(CN_PREFIX) + self.rd(8)
            if phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")):
                return n
        return n

    def cn_mobile(self, style=None):
        n = self.cn_mobile_digits()
        if style is None:
            style = self.r.choices(["plain", "dash", "space", "+86", "+86s", "+86-", "0086"],
                                   [55, 10, 10, 8, 7, 5, 5])[0]
        if style == "plain":
            return n
        if style == "dash":
            return "%s-%s-%s" % (n[:3], n[3:7], n[7:])
        if style == "space":
            return "%s %s %s" % (n[:3], n[3:7], n[7:])
        if style == "+86":
            return "+86" + n
        if style == "+86s":
            return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
        if style == "+86-":
            return "+86-" + n
        return "0086" + n

    def landline(self):
        for _ in range(50):
            area, ln = self.ch(CN_AREA)
            num = self.ch("2345678") + self.rd(ln - 1)
            if phonenumbers.is_valid_number(phonenumbers.parse(area + num, "CN")):
                break
        st = self.r.random()
        if st < 0.6:
            return area + "-" + num
        if st < 0.8:
            return "(" + area + ")" + num
        if st < 0.9:
            return area + num
        return "+86 " + area[1:] + " " + num

    def intl(self, region=None, fmt=None):
        region = region or self.ch(PHONE_REGIONS)
        ex = phonenumbers.example_number_for_type(region, PNT.MOBILE)
        num = ex
        nsn = str(ex.national_number)
        for _ in range(40):
            k = min(4, len(nsn) - 3)
            cand = nsn[:-k] + self.rd(k)
            pn = phonenumbers.parse("+%d%s" % (ex.country_code, cand))
            if phonenumbers.is_valid_number(pn):
                num = pn
                break
        fmt = fmt or self.ch([PNF.E164, PNF.INTERNATIONAL, PNF.INTERNATIONAL, PNF.NATIONAL])
        return phonenumbers.format_number(num, fmt)

    def tw_mobile(self):
        s = self.intl("TW", self.ch([PNF.NATIONAL, PNF.NATIONAL, PNF.INTERNATIONAL]))
        if s.startswith("0") and self.r.random() < 0.6:
            s = s.replace(" ", "-")
        return s

    def phone_any(self, url=False):
        x = self.r.random()
        if x < 0.65:
            return self.cn_mobile("plain" if url and self.r.random() < 0.8 else None)
        if x < 0.75 and not url:
            return self.landline()
        return self.intl(fmt=PNF.E164 if url else None)

    # ------------------------------------------------------------ cards etc.
    def card_digits(self):
        r = self.r
        pick = r.randrange(12)
        if pick in (0, 1):
            pre, ln = "4", 16
        elif pick == 2:
            pre, ln = str(r.randrange(51, 56)), 16
        elif pick == 3:
            pre, ln = str(r.randrange(2221, 2721)), 16
        elif pick == 4:
            pre, ln = r.choice(["34", "37"]), 15
        elif pick == 5:
            pre, ln = r.choice(["6011", "65"]), 16
        elif pick == 6:
            pre, ln = str(r.randrange(3528, 3590)), 16
        elif pick in (7, 8, 9):
            pre, ln = r.choice(["622202", "621700", "622848", "621661", "623668", "621226"]), 19
        elif pick == 10:
            pre, ln = r.choice(["622588", "622609", "625955"]), 16
        else:
            pre, ln = "62" + self.rd(4), r.choice([16, 17, 18])
        body = pre + self.rd(ln - 1 - len(pre))
        return body + luhn_check_digit(body)

    def card(self, fmt=None):
        n = self.card_digits()
        fmt = fmt or self.r.choices(["plain", "space", "dash"], [70, 20, 10])[0]
        if fmt == "plain":
            return n
        sep = " " if fmt == "space" else "-"
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join(n[i:i + 4] for i in range(0, len(n), 4))

    def masked_card(self):
        n = self.card_digits()
        return self.ch([n[:4] + "*" * (len(n) - 8) + n[-4:], n[:6] + "******" + n[-4:], "**** **** **** " + n[-4:]])

    def masked_phone(self):
        n = self.cn_mobile_digits()
        return n[:3] + "****" + n[-4:]

    def masked_name(self):
        full = self.zh()[0]
        return full[0] + "*" * (len(full) - 1) if self.r.random() < 0.7 else "*" + full[1:]

    def cn_id(self):
        r = self.r
        area = r.choice(ID_AREAS)
        d = _dt.date(1955, 1, 1) + _dt.timedelta(days=r.randrange(0, 52 * 365))
        body = area + d.strftime("%Y%m%d") + self.rd(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(c) * k for c, k in zip(body, w))
        ck = "10X98765432"[s % 11]
        if ck == "X" and r.random() < 0.1:
            ck = "x"
        return body + ck

    def masked_id(self):
        i = self.cn_id()
        return i[:6] + "********" + i[-4:] if self.r.random() < 0.6 else i[:1] + "*" * 16 + i[-1:]

    def passport(self, cc=None):
        r = self.r
        cc = cc or r.choice(["CN", "CN", "CN", "US", "GB", "JP", "KR", "DE", "FR", "IN", "AU", "CA", "SG"])
        up = string.ascii_uppercase
        if cc == "CN":
            x = r.random()
            if x < 0.5:
                v = "E" + self.rd(8)
            elif x < 0.8:
                v = "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.rd(7)
            else:
                v = "G" + self.rd(8)
        elif cc == "US":
            v = self.rd(9) if r.random() < 0.6 else r.choice("ACEFGHJ") + self.rd(8)
        elif cc == "GB":
            v = str(r.randrange(1, 10)) + self.rd(8)
        elif cc == "JP":
            v = r.choice(["TK", "TR", "TZ", "MU", "MZ", "TH"]) + self.rd(7)
        elif cc == "KR":
            v = "M" + self.rd(8) if r.random() < 0.6 else "M" + self.rd(3) + r.choice(up) + self.rd(4)
        elif cc == "DE":
            v = "C" + self.rd(8, "CFGHJKLMNPRTVWXYZ0123456789")
        elif cc == "FR":
            v = self.rd(2) + self.rd(2, up) + self.rd(5)
        elif cc == "IN":
            v = r.choice("JKLMNPRSTVWZ") + self.rd(7)
        elif cc == "AU":
            v = r.choice(["PA", "PB", "N", "E", "RA"]) + self.rd(7)
        elif cc == "CA":
            v = self.rd(2, up) + self.rd(6)
        else:
            v = "K" + self.rd(7) + r.choice(up)
        return v, cc

    def plate(self):
        r = self.r
        prov = r.choice(PROV)
        city = r.choice(PLATE_LET)
        x = r.random()
        if x < 0.65:
            tail = list(self.rd(5))
            for _ in range(r.choice([0, 0, 1, 1, 2])):
                tail[r.randrange(5)] = r.choice(PLATE_LET)
            tail = "".join(tail)
        elif x < 0.9:
            tail = r.choice("DF") + (r.choice(PLATE_LET) if r.random() < 0.4 else r.choice(DIG)) + self.rd(4)
        else:
            tail = self.rd(5) + r.choice("DF")
        sep = r.choices(["", "·", " "], [55, 38, 7])[0]
        return prov + city + sep + tail

    def iban(self, grouped=None):
        r = self.r
        cc = r.choice(["DE", "DE", "GB", "GB", "FR", "NL", "BE", "CH", "AT", "IE", "PL", "LU"])
        if cc == "DE":
            bban = self.rd(8) + self.rd(10)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + self.rd(6) + self.rd(8)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + self.rd(6) + self.rd(8)
        elif cc == "FR":
            b, g, a = self.rd(5), self.rd(5), self.rd(11)
            key = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
            bban = b + g + a + "%02d" % key
        elif cc == "NL":
            while True:
                acct = self.rd(10)
                if acct[0] != "0" and sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
                    break
            bban = r.choice(["ABNA", "RABO", "INGB", "SNSB"]) + acct
        elif cc == "BE":
            f = self.rd(10)
            k = int(f) % 97 or 97
            bban = f + "%02d" % k
        elif cc == "CH":
            bban = self.rd(5) + self.rd(12)
        elif cc == "AT":
            bban = self.rd(16)
        elif cc == "PL":
            bban = self.rd(24)
        else:
            bban = self.rd(3) + self.rd(13)
        chk = 98 - int(_iban_num(bban + cc + "00")) % 97
        ib = cc + "%02d" % chk + bban
        if grouped is None:
            grouped = r.random() < 0.35
        if grouped:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib

    def ssn(self):
        r = self.r
        while True:
            a = r.randrange(1, 900)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))
        return s if r.random() < 0.85 else s.replace("-", "")

    # ------------------------------------------------------------ ip
    def ipv4_client(self):
        r = self.r
        while True:
            a = r.choice([36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
                          120, 121, 122, 123, 124, 125, 180, 182, 183, 211, 218, 219, 220, 221, 222, 223,
                          r.randrange(1, 224)])
            ip = "%d.%d.%d.%d" % (a, r.randrange(256), r.randrange(256), r.randrange(1, 255))
            o = ipaddress.ip_address(ip)
            if o.is_global and not o.is_multicast:
                return ip

    def ipv6_client(self):
        r = self.r
        while True:
            pre = r.choice(["240e", "2408", "2409", "2a02", "2600", "2001:da8", "2406:da18", "2a01"])
            groups = pre.split(":")
            while len(groups) < 8:
                groups.append("%x" % (r.randrange(0x10000) if r.random() < 0.85 else 0))
            ip = str(ipaddress.IPv6Address(":".join(groups)))
            if ipaddress.ip_address(ip).is_global:
                return ip

    def ip_client(self, v6=0.15):
        return self.ipv6_client() if self.r.random() < v6 else self.ipv4_client()

    def ip_server(self, public=0.15):
        r = self.r
        if r.random() < public:
            return "%d.%d.%d.%d" % r.choice([(47, r.randrange(96, 120), r.randrange(256), r.randrange(1, 255)),
                                              (121, 40, r.randrange(256), r.randrange(1, 255)),
                                              (106, 14, r.randrange(256), r.randrange(1, 255)),
                                              (139, 224, r.randrange(256), r.randrange(1, 255))])
        x = r.random()
        if x < 0.6:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
        if x < 0.85:
            return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
        return "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))

    def ip_proxy(self):
        r = self.r
        return "%d.%d.%d.%d" % r.choice([(100, r.randrange(64, 128), r.randrange(256), r.randrange(1, 255)),
                                          (59, 82, r.randrange(256), r.randrange(1, 255)),
                                          (115, 238, r.randrange(256), r.randrange(1, 255)),
                                          (10, r.randrange(256), r.randrange(256), r.randrange(1, 255))])

    def resolver(self):
        return self.ch(["114.114.114.114", "223.5.5.5", "223.6.6.6", "8.8.8.8", "119.29.29.29", "180.76.76.76",
                        "10.0.0.2", "100.100.2.136"])

    # ------------------------------------------------------------ credentials
    def password(self):
        r = self.r
        x = r.random()
        if x < 0.3:
            return self.f["en_US"].password(length=r.randrange(8, 16))
        if x < 0.55:
            fi, la = self.pinyin()
            return la.lower() + r.choice(["@", "#", "", "_", "."]) + r.choice(["2023", "2024", "123", "888", "520",
                                                                               self.rd(4)])
        if x < 0.75:
            return r.choice(["Passw0rd!", "qwe123456", "Aa123456", "1qaz@WSX", "Welcome@2024", "abc@12345",
                             "P@ssw0rd2024", "zxcvbnm123"]) + (self.rd(2) if r.random() < 0.5 else "")
        return self.rd(r.randrange(10, 20), ALNUM + "!@#$%^&*")

    def api_key(self):
        r = self.r
        x = r.randrange(5)
        if x == 0:
            return "sk_live_" + self.rd(24, ALNUM)
        if x == 1:
            return "LTAI5t" + self.rd(18, ALNUM)
        if x == 2:
            return "ghp_" + self.rd(36, ALNUM)
        if x == 3:
            return self.rd(32, HEX)
        return "AKID" + self.rd(32, ALNUM)

    def jwt(self):
        import base64
        payload = json.dumps({"sub": self.user_id(), "iat": int(self.now.timestamp()),
                              "exp": int(self.now.timestamp()) + 7200, "jti": self.rd(12, HEX)},
                             separators=(",", ":"))
        p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + p + "." + self.rd(43, B64URL)

    def token(self):
        x = self.r.random()
        if x < 0.45:
            return self.jwt()
        if x < 0.75:
            return self.rd(self.ch([32, 40, 64]), HEX)
        return self.rd(self.ch([24, 36, 43]), ALNUM)

    def session_id(self):
        x = self.r.random()
        if x < 0.5:
            return self.rd(32, "0123456789ABCDEF")
        if x < 0.75:
            return self.rd(26, string.ascii_lowercase + DIG)
        return "s%3A" + self.rd(32, B64URL) + "." + self.rd(43, ALNUM)

    # ------------------------------------------------------------ places
    def address(self):
        prov, city, dists = self.ch(CITY_ADDR)
        return "%s%s%s%s%d号%d栋%d单元%d室" % (prov, city, self.ch(dists), self.ch(STREETS), self.r.randrange(1, 999),
                                         self.r.randrange(1, 30), self.r.randrange(1, 6),
                                         self.r.randrange(1, 33) * 100 + self.r.randrange(1, 5))

    def city(self):
        prov, city, dists = self.ch(CITY_ADDR)
        return city or prov


# ==========================================================================
# templates
# ==========================================================================
TEMPLATES = []


def tpl(family, desc):
    def deco(fn):
        TEMPLATES.append((fn, family, desc))
        return fn
    return deco


# ---------------------------------------------------------------- family 1
@tpl("web", "nginx combined, $args email + phone")
def w_lookup(g):
    q = cat("email=", pct(g.v(g.email(), EMAIL), safe=g.ch(["", "@"])),
            "&phone=", pct(g.v(g.phone_any(url=True), PHONE)),
            "&_=", g.d(g.epoch_ms(), "timestamp_digits"))
    return cat(g.v(g.ip_client(), IP), " - - [", g.ts_nginx(), '] "GET /api/v2/user/lookup?', q, ' HTTP/1.1" ',
               g.d(g.status_size(), "status_size"), ' "', g.referer(), '" "', g.ua(), '"')


@tpl("web", "nginx main_ext behind LB")
def w_main_ext(g):
    up = g.ip_server()
    xff = cat(g.v(g.ip_client(0.2), IP), ", ", g.d(g.ip_proxy(), "server_ip"))
    if g.r.random() < 0.3:
        xff = cat(xff, ", ", g.d(g.ip_proxy(), "server_ip"))
    return cat(g.d(g.ip_server(0), "server_ip"), " - - [", g.ts_nginx(), '] "POST /api/order/submit?orderNo=',
               g.d(g.order16(), "order_id"), ' HTTP/1.1" ', g.d(g.status_size(), "status_size"), ' "', g.referer(),
               '" "', g.ua(), '" "', xff, '" rt=', g.rt(), ' uct="0.00', str(g.r.randrange(10)), '" uht="', g.rt(),
               '" urt="', g.rt(), '" upstream=', g.d(up, "server_ip"), ":", g.ch(["8080", "8081", "9000"]))


@tpl("web", "nginx with $http_cookie")
def w_cookie(g):
    ck = cat("JSESSIONID=", g.v(g.session_id(), CRED), "; uid=", g.d(g.user_id(), "user_id"),
             "; _ga=GA1.2.", g.d(str(g.r.randrange(10 ** 9, 2 * 10 ** 9)), "cookie_id"), ".",
             g.d(g.epoch_s(), "timestamp_digits"), "; token=", g.v(g.token(), CRED), "; lang=zh-CN")
    return cat(g.v(g.ip_client(), IP), " - - [", g.ts_nginx(), '] "GET /member/center HTTP/2.0" ',
               g.d(g.status_size(), "status_size"), ' "https://m.lianhuamall.com/" "', g.ua(), '" "', ck, '" ', g.rt())


@tpl("web", "nginx address save, URL-encoded Chinese receiver")
def w_addr(g):
    name = g.zh()[0] if g.r.random() < 0.85 else g.tw()[0]
    q = cat("receiver=", pct(g.v(name, PERSON)), "&mobile=", pct(g.v(g.cn_mobile("plain"), PHONE)),
            "&city=", pct(g.d(g.city(), "place")), "&detail=", pct(T([(g.address(), None)])),
            "&isDefault=1")
    return cat(g.v(g.ip_client(), IP), " - - [", g.ts_nginx(), '] "GET /api/address/save?', q, ' HTTP/1.1" ',
               g.d(g.status_size(), "status_size"), ' "https://servicewechat.com/wx8f3a2b1c4d5e6f70/31/'
               'page-frame.html" "', g.ua(), '" ', g.rt())


@tpl("web", "nginx $request_body login form")
def w_login_body(g):
    x = g.r.random()
    if x < 0.4:
        user = g.v(g.email(), EMAIL)
    elif x < 0.7:
        user = g.v(g.login(), PERSON)
    else:
        user = g.v(g.cn_mobile("plain"), PHONE)
    body = cat("username=", pct(user), "&password=", pct(g.v(g.password(), CRED)), "&captcha=",
               g.rd(4, "ABCDEFGHJKMNPQRSTUVWXY23456789"), "&remember=1")
    return cat(g.v(g.ip_client(), IP), " [", g.ts_nginx(), '] "POST /passport/login HTTP/1.1" ',
               g.d(g.status_size(), "status_size"), " ", g.rt(), ' "', g.ua(), '" body="', body, '"')


@tpl("web", "nginx real-name verify args")
def w_kyc(g):
    name = g.zh()[0]
    q = cat("name=", pct(g.v(name, PERSON), plus=g.r.random() < 0.3), "&id_card=", g.v(g.cn_id(), CNID),
            "&mobile=", pct(g.v(g.cn_mobile("plain"), PHONE)), "&_=", g.d(g.epoch_ms(), "timestamp_digits"))
    return cat(g.v(g.ip_client(), IP), " - - [", g.ts_nginx(), '] "GET /api/kyc/verify?', q, ' HTTP/1.1" ',
               g.d(g.status_size(), "status_size"), ' "-" "', g.ua(), '" "-" ', g.rt())


@tpl("web", "Apache combined, basic-auth person login")
def w_apache_user(g):
    return cat(g.v(g.ip_client(), IP), " - ", g.v(g.login(), PERSON), " [", g.ts_nginx(),
               '] "GET /reports/export?format=csv&month=', g.now.strftime("%Y%m"), "&access_token=",
               g.v(g.token(), CRED), ' HTTP/1.1" ', g.d(g.status_size(), "status_size"),
               ' "https://admin.lianhuamall.com/reports" "', g.ua(), '"')


@tpl("web", "Apache combined, IPv6 client, system account")
def w_apache_sys(g):
    acct = g.ch(SYSTEM_ACCOUNTS)
    path = g.ch(["/internal/dump/orders_%s.sql.gz" % g.now.strftime("%Y%m%d"), "/admin/cache/flush",
                 "/hooks/deploy?project=order-service&ref=v" + g.version(), "/server-status?auto"])
    return cat(g.v(g.ip_client(1.0), IP), " - ", g.d(acct, "system_account"), " [", g.ts_nginx(), '] "',
               g.ch(["GET", "POST"]), " ", path, ' HTTP/1.1" ', g.d(g.status_size(), "status_size"), ' "-" "',
               g.ch(["curl/8.5.0", "Wget/1.21.4", "GitLab/16.11.0", "python-requests/2.31.0"]), '"')


@tpl("web", "Kong file-log JSON")
def w_kong(g):
    mob = g.cn_mobile("plain")
    em = g.email()
    host = g.host()
    url = cat("https://", host, ":8443/v1/members/profile?mobile=", pct(g.v(mob, PHONE)), "&email=",
              pct(g.v(em, EMAIL)))
    obj = {
        "request": {"method": "GET", "uri": "/v1/members/profile", "url": url, "size": g.r.randrange(300, 2000),
                    "querystring": {"mobile": g.v(mob, PHONE), "email": g.v(em, EMAIL)},
                    "headers": {"host": host, "authorization": cat("Bearer ", g.v(g.token(), CRED)),
                                "user-agent": g.ua(), "x-consumer-username": g.d(g.ch(SYSTEM_ACCOUNTS),
                                                                                 "system_account")}},
        "upstream_uri": "/members/profile",
        "response": {"status": 200, "size": g.r.randrange(400, 9000)},
        "tries": [{"ip": g.d(g.ip_server(0), "server_ip"), "port": 8080, "balancer_latency": 0}],
        "latencies": {"request": g.r.randrange(3, 900), "kong": g.r.randrange(0, 5), "proxy": g.r.randrange(2, 800)},
        "client_ip": g.v(g.ip_client(), IP),
        "started_at": g.dr(g.epoch_ms(), "timestamp_digits"),
        "route": {"id": g.d(g.uuid(), "uuid")},
    }
    return js(obj)


@tpl("web", "APISIX JSON access log")
def w_apisix(g):
    cip = g.ip_client()
    uri = cat("/api/coupon/receive?phone=", pct(g.v(g.cn_mobile("plain"), PHONE)), "&openid=o",
              g.rd(27, ALNUM + "-_"), "&activity=618")
    obj = {
        "client_ip": g.v(cip, IP), "route_id": str(g.r.randrange(1, 60)), "service_id": "",
        "upstream": cat(g.d(g.ip_server(), "server_ip"), ":9080"), "latency": round(g.r.uniform(1, 400), 3),
        "request": {"method": "GET", "uri": uri, "size": g.r.randrange(300, 1500),
                    "headers": {"host": g.host(), "cookie": cat("SESSION=", g.v(g.session_id(), CRED),
                                                                "; uname=", pct(g.v(g.zh()[0], PERSON))),
                                "x-real-ip": g.v(cip, IP), "user-agent": g.ua()}},
        "response": {"status": 200, "size": g.r.randrange(200, 4000)},
        "start_time": g.dr(g.epoch_ms(), "timestamp_digits"),
        "server": {"hostname": "apisix-" + g.rd(5, "abcdefghjkmnpqrstuvwxyz0123456789"),
                   "version": g.d("3.8.0", "version")},
    }
    return js(obj)


@tpl("web", "Tengine rider phone, multiple upstreams")
def w_tengine(g):
    up1, up2 = g.ip_server(0), g.ip_server(0)
    xff = g.ch([None, "cip"])
    return cat(g.v(g.ip_client(), IP), " - - [", g.ts_nginx(), '] "GET /api/rider/track?rider_phone=',
               g.v(g.cn_mobile("plain"), PHONE), "&order_id=", g.d(g.order16(), "order_id"),
               ' HTTP/1.1" ', g.d(g.status_size(), "status_size"), ' "-" "', g.ua(), '" "',
               g.v(g.ip_client(), IP) if xff else "-", '" ', g.rt(), ' "', g.d(up1, "server_ip"), ":8080, ",
               g.d(up2, "server_ip"), ':8080" "', g.host(), '"')


@tpl("web", "Alibaba Cloud CDN access line")
def w_cdn(g):
    ref = cat("https://m.lianhuamall.com/share?inviter=", g.v(g.cn_mobile("plain"), PHONE), "&from=timeline")
    return cat("[", g.ts_nginx(), "] ", g.v(g.ip_client(), IP), " - ", str(g.r.randrange(1, 3000)), ' "', ref,
               '" "GET https://img.lhmcdn.com/avatar/u/', g.v(g.login(), PERSON),
               '.jpg?x-oss-process=image/resize,w_200" ', g.d(g.status_size(), "status_size"), " ",
               str(g.r.randrange(1000, 90000)), " ", g.ch(["HIT", "MISS", "HIT", "HIT"]), ' "', g.ua(),
               '" "image/jpeg"')


@tpl("web", "nginx error log")
def w_error(g):
    em = g.email()
    host = g.host()
    up = g.ip_server()
    return cat(g.ts_slash(), " [error] ", str(g.r.randrange(1000, 30000)), "#0: *", str(g.r.randrange(10 ** 5, 10 ** 8)),
               " upstream timed out (110: Connection timed out) while reading response header from upstream, client: ",
               g.v(g.ip_client(), IP), ", server: ", host, ', request: "GET /api/user/info?email=',
               pct(g.v(em, EMAIL)), ' HTTP/1.1", upstream: "http://', g.d(up, "server_ip"),
               ":8080/user/info?email=", pct(g.v(em, EMAIL)), '", host: "', host, '"')


@tpl("web", "nginx $http_authorization Bearer")
def w_bearer(g):
    return cat(g.v(g.ip_client(), IP), " - - [", g.ts_nginx(), '] "GET /api/v3/orders?page=1&size=20 HTTP/1.1" ',
               g.d(g.status_size(), "status_size"), ' "-" "', g.ch(["okhttp/4.12.0", g.ua()]), '" auth="Bearer ',
               g.v(g.token(), CRED), '" rt=', g.rt(), ' did="', g.d(g.uuid().upper(), "uuid"), '" upstream=',
               g.d(g.ip_server(), "server_ip"), ":8080")


@tpl("web", "nginx escape=json log_format")
def w_ngx_json(g):
    em = g.email()
    co = g.ch(COMPANIES)
    tax = "91" + g.rd(6) + "MA" + g.rd(7, DIG + "ABCDEFGHJKLMNPQRTUWXY") + g.ch(DIG + "X")
    args = cat("buyer_email=", pct(g.v(em, EMAIL)), "&title=", pct(g.d(co, "company")), "&tax_no=",
               g.d(tax, "tax_id"))
    obj = {"time_local": g.ts_nginx(), "remote_addr": g.d(g.ip_server(0), "server_ip"),
           "http_x_forwarded_for": cat(g.v(g.ip_client(), IP), ", ", g.d(g.ip_proxy(), "server_ip")),
           "request": cat("GET /api/invoice/download?", args, " HTTP/1.1"),
           "status": "200", "body_bytes_sent": str(g.r.randrange(1000, 900000)), "request_time": g.rt(),
           "upstream_addr": cat(g.d(g.ip_server(), "server_ip"), ":8080"), "http_user_agent": g.ua(),
           "http_referer": g.referer(), "args": args}
    return js(obj)


@tpl("web", "Cloudflare-style edge JSON")
def w_edge(g):
    name = g.person_any()
    uri = cat("/track?phone=", pct(g.v(g.phone_any(url=True), PHONE)), "&name=", pct(g.v(name, PERSON)))
    obj = {"ClientIP": g.v(g.ip_client(0.3), IP), "ClientRequestHost": g.host(), "ClientRequestMethod": "GET",
           "ClientRequestURI": uri, "EdgeResponseStatus": 200, "EdgeResponseBytes": g.r.randrange(300, 50000),
           "EdgeServerIP": g.d(g.ip_server(1.0), "server_ip"), "OriginIP": g.d(g.ip_server(0.5), "server_ip"),
           "RayID": g.d(g.rd(16, HEX), "trace_id"), "EdgeStartTimestamp": g.dr(g.epoch_ms(), "timestamp_digits"),
           "ClientRequestUserAgent": g.ua()}
    return js(obj)


@tpl("web", "nginx search product + referer account phone")
def w_search(g):
    prod = g.ch(PRODUCTS)
    ref = cat("https://passport.lianhuamall.com/login?redirect=%2Fsearch&account=",
              pct(g.v(g.cn_mobile(g.ch(["plain", "+86"])), PHONE)))
    return cat(g.v(g.ip_client(), IP), " - - [", g.ts_nginx(), '] "GET /search?q=', pct(g.d(prod, "product"),
                                                                                          plus=True),
               '&sort=sales HTTP/1.1" ', g.d(g.status_size(), "status_size"), ' "', ref, '" "', g.ua(), '"')


# ---------------------------------------------------------------- family 2
@tpl("app", "Spring logstash JSON order created")
def a_order(g):
    o = g.order16()
    buyer = g.zh()[0]
    msg = cat("订单创建成功 orderId=", g.d(o, "order_id"), " buyer=", g.v(buyer, PERSON))
    fi, la = g.pinyin()
    obj = {"@timestamp": g.ts_iso(), "@version": "1", "message": msg,
           "logger_name": "com.lianhua.order.service.OrderServiceImpl",
           "thread_name": "http-nio-8080-exec-%d" % g.r.randrange(1, 200), "level": "INFO", "level_value": 20000,
           "traceId": g.d(g.trace32(), "trace_id"), "spanId": g.d(g.span16(), "trace_id"), "app": "order-service",
           "order": {"orderId": g.d(o, "order_id"), "amount": g.dr(g.amount(), "amount"),
                     "buyer": {"userId": g.dr(g.user_id(), "user_id"), "realName": g.v(buyer, PERSON),
                               "mobile": g.v(g.cn_mobile(), PHONE), "email": g.v(g.email(fi, la), EMAIL)},
                     "receiver": {"name": g.v(g.zh()[0], PERSON), "phone": g.v(g.cn_mobile(), PHONE),
                                  "address": g.address()}}}
    return js(obj)


@tpl("app", "Go zap payment callback")
def a_zap_pay(g):
    obj = {"level": "info", "ts": Raw(T([("%s.%03d" % (g.epoch_s(), g.r.randrange(1000)), ("D", "timestamp_digits"))])),
           "caller": "callback/unionpay.go:%d" % g.r.randrange(40, 400), "msg": "payment notify received",
           "trace_id": g.d(g.trace32(), "trace_id"), "order_id": g.d(g.order16(), "order_id"),
           "txn_no": g.d(g.compact_ts() + g.rd(8), "order_id"), "card_no": g.v(g.card(), CARD),
           "card_holder": g.v(g.person_any(), PERSON), "amount_fen": g.dr(str(g.r.randrange(100, 500000)), "amount"),
           "bank": g.ch(["ICBC", "CCB", "ABC", "BOC", "CMB", "VISA", "MASTERCARD"]), "status": "SUCCESS"}
    if g.r.random() < 0.3:
        obj["refund_card"] = g.d(g.masked_card(), "masked")
    return js(obj)


@tpl("app", "Node pino request log with headers")
def a_pino(g):
    em = g.email()
    obj = {"level": 30, "time": g.dr(g.epoch_ms(), "timestamp_digits"), "pid": g.r.randrange(10, 60000),
           "hostname": "bff-web-%s-%s" % (g.rd(5, "bcdfghjklmnpqrstvwxz2456789"), g.rd(5, "bcdfghjklmnpqrstvwxz2456789")),
           "reqId": "req-" + g.rd(4, HEX),
           "req": {"method": "POST", "url": cat("/api/profile?email=", pct(g.v(em, EMAIL))),
                   "headers": {"host": g.host(), "authorization": cat("Bearer ", g.v(g.token(), CRED)),
                               "cookie": cat("connect.sid=", g.v(g.session_id(), CRED), "; lang=zh-CN"),
                               "x-forwarded-for": cat(g.v(g.ip_client(), IP), ", ", g.d(g.ip_proxy(), "server_ip")),
                               "user-agent": g.ua()},
                   "remoteAddress": cat("::ffff:", g.d(g.ip_server(0), "server_ip")),
                   "remotePort": g.r.randrange(1024, 65535)},
           "res": {"statusCode": 200}, "responseTime": g.r.randrange(1, 900), "msg": "request completed"}
    return js(obj)


@tpl("app", "structlog login_failed")
def a_structlog(g):
    user = g.v(g.login(), PERSON) if g.r.random() < 0.6 else g.v(g.email(), EMAIL)
    obj = {"event": "login_failed", "level": "warning", "timestamp": g.ts_iso(z=True), "logger": "auth.views",
           "username": user, "reason": g.ch(["bad_password", "locked", "mfa_timeout"]),
           "attempt": g.r.randrange(1, 6), "client_ip": g.v(g.ip_client(), IP)}
    if g.r.random() < 0.6:
        obj["password_tried"] = g.v(g.password(), CRED)
    obj["user_agent"] = g.ua()
    return js(obj, sp=True)


@tpl("app", "JSON with Chinese keys")
def a_zh_keys(g):
    a = g.r.random() < 0.3
    obj = {"时间": g.ts_plain(), "事件": "实名信息提交", "姓名": g.v(g.zh()[0], PERSON),
           "手机号": g.v(g.cn_mobile(), PHONE), "身份证号": g.v(g.cn_id(), CNID), "收货地址": g.address(),
           "城市": g.d(g.city(), "place"), "来源": g.ch(["小程序", "APP", "H5"]),
           "订单号": g.d(g.order_cn11(), "order_id")}
    return js(obj, a=a)


@tpl("app", "Serilog compact JSON PascalCase")
def a_serilog(g):
    full, fi, la = g.latin()
    em = g.email(fi, la)
    obj = {"@t": g.ts_iso(z=True), "@mt": "Customer {CustomerName} updated contact {Email}",
           "@m": cat("Customer ", g.v(full, PERSON), " updated contact ", g.v(em, EMAIL)),
           "@l": "Information", "CustomerName": g.v(full, PERSON), "Email": g.v(em, EMAIL),
           "PhoneNumber": g.v(g.intl(), PHONE), "CustomerId": g.dr(g.user_id(), "user_id"),
           "SourceContext": "Crm.Api.Controllers.CustomerController", "RequestId": "0HM" + g.rd(10, "ABCDEFGHIJKLMNOPQRSTUV0123456789") + ":00000002",
           "MachineName": "crm-api-0%d" % g.r.randrange(1, 6)}
    return js(obj)


@tpl("app", "address-book sync contacts array")
def a_contacts(g):
    contacts = []
    for _ in range(g.r.randrange(1, 4)):
        c = {"displayName": g.v(g.person_any(), PERSON), "phones": [g.v(g.phone_any(), PHONE)]}
        if g.r.random() < 0.4:
            c["emails"] = [g.v(g.email(), EMAIL)]
        contacts.append(c)
    obj = {"ts": g.ts_iso(), "level": "debug", "msg": "address book sync", "user_id": g.dr(g.user_id(), "user_id"),
           "device": g.ch(["iPhone15,2", "iPhone16,1", "HUAWEI NOH-AN00", "Xiaomi 23127PN0CC"]),
           "app_version": g.d(g.version(), "version"), "contacts": contacts, "count": len(contacts)}
    return js(obj)


@tpl("app", "request body as escaped JSON string")
def a_req_body(g):
    inner_a = g.r.random() < 0.4
    inner = {"name": g.v(g.zh()[0], PERSON), "mobile": g.v(g.cn_mobile("plain"), PHONE),
             "idCard": g.v(g.cn_id(), CNID), "password": g.v(g.password(), CRED),
             "inviteCode": g.rd(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}
    obj = {"timestamp": g.ts_plain(), "level": "INFO", "logger": "c.l.gateway.filter.RequestLogFilter",
           "traceId": g.d(g.trace32(), "trace_id"), "msg": "request body", "uri": "/api/member/register",
           "body": T(js(inner, a=inner_a))}
    return js(obj)


@tpl("app", "vendor response as escaped JSON string")
def a_vendor_resp(g):
    inner = {"code": "0000", "message": "success",
             "data": {"name": g.v(g.zh()[0], PERSON), "idNo": g.v(g.cn_id(), CNID), "result": "一致",
                      "score": round(g.r.uniform(0.6, 0.99), 4)},
             "requestId": g.d(g.uuid(), "uuid")}
    obj = {"level": "info", "ts": g.ts_iso(), "msg": "vendor response", "vendor": g.ch(["faceid", "tencent-ocr", "aliyun-idverify"]),
           "cost_ms": g.r.randrange(30, 3000), "resp": T(js(inner, a=g.r.random() < 0.3))}
    return js(obj)


@tpl("app", "Spring request headers object")
def a_headers(g):
    hdr = {"Host": g.host(), "Authorization": cat("Bearer ", g.v(g.token(), CRED)),
           "Cookie": cat("JSESSIONID=", g.v(g.session_id(), CRED), "; remember-me=", g.v(g.rd(48, B64URL), CRED)),
           "X-Real-IP": g.v(g.ip_client(), IP), "X-User-Email": g.v(g.email(), EMAIL), "User-Agent": g.ua(),
           "X-Request-Id": g.d(g.uuid(), "uuid")}
    obj = {"@timestamp": g.ts_iso(), "level": "DEBUG", "logger_name": "o.s.web.filter.CommonsRequestLoggingFilter",
           "message": "Incoming request GET /api/cart", "headers": hdr}
    return js(obj)


@tpl("app", "mailer ERROR mentioning user")
def a_mail_err(g):
    full, fi, la = g.latin()
    em = g.email(fi, la)
    if g.r.random() < 0.5:
        who = cat(g.v(full, PERSON))
    else:
        who = cat(g.ch(["Mr. ", "Ms. ", "Dr. ", "Mrs. "]), g.v(la, PERSON))
    msg = cat("Failed to deliver order confirmation to ", g.v(em, EMAIL), " (", who, "): 550 5.1.1 mailbox unavailable")
    obj = {"level": "ERROR", "ts": g.ts_iso(), "logger": "notify.mailer", "message": msg,
           "mx": g.d(g.ip_server(0.7), "server_ip"), "order_id": g.d(g.order16(), "order_id"), "retry": g.r.randrange(0, 4)}
    return js(obj)


@tpl("app", "Alipay notify params")
def a_alipay(g):
    params = {"notify_time": g.ts_plain(False), "notify_type": "trade_status_sync",
              "trade_no": g.d(g.now.strftime("%Y%m%d") + "2200" + g.rd(16), "order_id"),
              "out_trade_no": g.d(g.order16(), "order_id"),
              "buyer_logon_id": g.d(g.ch([g.masked_phone(), "zha***@163.com", "186******21"]), "masked"),
              "buyer_id": g.d("2088" + g.rd(12), "user_id"), "total_amount": g.d(g.amount(), "amount"),
              "trade_status": "TRADE_SUCCESS"}
    obj = {"level": "INFO", "time": g.ts_plain(), "logger": "c.l.pay.AlipayNotifyController",
           "msg": "alipay notify", "params": params,
           "receiver_mobile": g.v(g.cn_mobile(), PHONE), "receiver_name": g.v(g.zh()[0], PERSON)}
    return js(obj)


@tpl("app", "de-identification check WARN masked vs leak")
def a_masked(g):
    obj = {"level": "WARN", "time": g.ts_iso(), "msg": "脱敏校验失败: 字段 receiverPhone/receiverName 未脱敏",
           "mobileMasked": g.d(g.masked_phone(), "masked"), "nameMasked": g.d(g.masked_name(), "masked"),
           "cardMasked": g.d(g.masked_card(), "masked"), "idMasked": g.d(g.masked_id(), "masked"),
           "receiverPhone": g.v(g.cn_mobile(), PHONE), "receiverName": g.v(g.zh()[0], PERSON)}
    return js(obj)


@tpl("app", "audit LOGIN_SUCCESS")
def a_audit(g):
    fi, la = g.pinyin()
    obj = {"type": "AUDIT", "action": "LOGIN_SUCCESS", "actor": g.v(g.login(), PERSON),
           "actor_email": g.v(g.email(fi, la), EMAIL), "src_ip": g.v(g.ip_client(), IP),
           "dst_ip": g.d(g.ip_server(), "server_ip"), "mfa": g.ch(["sms", "totp", "none"]),
           "session_id": g.v(g.session_id(), CRED), "ts": g.ts_iso()}
    return js(obj, sp=g.r.random() < 0.5)


@tpl("app", "Aliyun SMS send log")
def a_sms(g):
    tp = {"name": g.v(g.zh()[0], PERSON), "order": g.d(g.order_cn11(), "order_id")}
    obj = {"level": "info", "msg": "sms sent", "provider": "aliyun-dysms",
           "PhoneNumbers": g.v(g.cn_mobile(g.ch(["plain", "+86", "0086"])), PHONE), "SignName": "莲花商城",
           "TemplateCode": g.d("SMS_" + g.rd(9), "biz_id"), "TemplateParam": T(js(tp)),
           "BizId": g.d(g.rd(15) + "^0", "biz_id"), "RequestId": g.d(g.uuid().upper(), "uuid")}
    return js(obj)


@tpl("app", "Spring Boot plain text register")
def a_spring_text(g):
    return cat(g.ts_plain(), "  INFO 1 --- [nio-8080-exec-", str(g.r.randrange(1, 10)),
               "] c.l.member.web.RegisterController        : register ok, userId=", g.d(g.user_id(), "user_id"),
               ", mobile=", g.v(g.cn_mobile(), PHONE), ", email=", g.v(g.email(), EMAIL), ", regIp=",
               g.v(g.ip_client(), IP), ", channel=", g.ch(["douyin", "wechat", "appstore", "huawei"]))


@tpl("app", "Java toString in refund WARN")
def a_tostring(g):
    name = g.zh()[0] if g.r.random() < 0.6 else g.latin()[0]
    return cat(g.ts_plain(), " WARN [order-service,", g.d(g.trace32(), "trace_id"), ",", g.d(g.span16(), "trace_id"),
               "] c.l.o.RefundService - refund rejected: RefundApply(id=", g.d(g.order16(), "order_id"),
               ", applicant=User(id=", g.d(g.user_id(), "user_id"), ", name=", g.v(name, PERSON), ", phone=",
               g.v(g.cn_mobile(), PHONE), "), bankCard=", g.v(g.card(), CARD), ", amount=", g.d(g.amount(), "amount"),
               ", reason=超过退款时效)")


@tpl("app", "SEPA payout")
def a_sepa(g):
    full = g.latin()[0]
    obj = {"level": "info", "logger": "payout.sepa", "ts": g.ts_iso(z=True), "msg": "SEPA payout queued",
           "payout_id": g.d("po_" + g.rd(24, ALNUM), "order_id"),
           "beneficiary": {"name": g.v(full, PERSON), "iban": g.v(g.iban(), IBAN),
                           "bic": g.ch(["DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "ABNANL2A", "GEBABEBB", "UBSWCHZH80A"])},
           "amount": {"value": g.d(g.amount(), "amount"), "currency": "EUR"}, "merchant": g.d(g.ch(COMPANIES), "company")}
    return js(obj)


@tpl("app", "US merchant KYC with SSN")
def a_ssn(g):
    fi, la = g.en()
    obj = {"event": "kyc_submitted", "merchant_id": g.d("mch_" + g.rd(10), "user_id"),
           "owner": {"first_name": g.v(fi, PERSON), "last_name": g.v(la, PERSON), "ssn": g.v(g.ssn(), SSN),
                     "dob": "%d-%02d-%02d" % (g.r.randrange(1950, 2003), g.r.randrange(1, 13), g.r.randrange(1, 29)),
                     "phone": g.v(g.intl("US"), PHONE)},
           "ip": g.v(g.ip_client(), IP), "timestamp": g.ts_iso(z=True)}
    return js(obj, sp=True)


@tpl("app", "connection URLs with credentials")
def a_conn(g):
    x = g.r.randrange(3)
    if x == 0:
        user = g.d(g.ch(["app", "root", "svc-order", "canal", "backup"]), "system_account")
        url = cat("jdbc:mysql://", user, ":", g.v(g.password(), CRED), "@", g.d(g.ip_server(0), "server_ip"),
                  ":3306/order_db?useSSL=false&serverTimezone=Asia/Shanghai")
        head = "com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization: "
    elif x == 1:
        url = cat("redis://:", g.v(g.password(), CRED), "@", g.d(g.ip_server(0), "server_ip"), ":6379/0")
        head = "o.s.d.r.c.RedisConnectionFactory - Cannot connect to "
    else:
        user = g.v(g.login(), PERSON)
        url = cat("amqp://", user, ":", g.v(g.password(), CRED), "@", g.d(g.ip_server(0), "server_ip"),
                  ":5672/%2Fprod")
        head = "o.s.a.r.c.CachingConnectionFactory - Attempting to connect to: "
    return cat(g.ts_plain(), " ERROR [main] ", head, url)


@tpl("app", "zap geocode warn with map key")
def a_geocode(g):
    url = cat("https://restapi.amap.com/v3/geocode/geo?key=", g.v(g.rd(32, HEX), CRED), "&address=",
              pct(T([(g.address(), None)])))
    obj = {"level": "warn", "ts": g.ts_iso(), "caller": "geo/amap.go:77", "msg": "geocode failed", "url": url,
           "resolver": g.d(g.resolver(), "server_ip"), "error": "context deadline exceeded",
           "rider_phone": g.v(g.cn_mobile(), PHONE)}
    return js(obj)


@tpl("app", "hotel guest check-in JSON")
def a_hotel(g):
    x = g.r.random()
    if x < 0.5:
        fi, la = g.en()
        cc = g.ch(["US", "GB", "CA", "AU"])
    elif x < 0.75:
        fi, la = g.ja()
        cc = "JP"
    else:
        fi, la = g.ko()
        cc = "KR"
    pp, cc = g.passport(cc)
    obj = {"event": "checkin", "hotel": g.ch(["莲花酒店(陆家嘴店)", "莲花酒店(西湖店)", "Lianhua Hotel Nanshan"]),
           "guest": {"firstName": g.v(fi, PERSON), "lastName": g.v(la, PERSON), "nationality": cc,
                     "passportNo": g.v(pp, PASSPORT), "mobile": g.v(g.intl(cc if cc != "GB" else "GB"), PHONE),
                     "email": g.v(g.email(fi, la), EMAIL)},
           "room": str(g.r.randrange(2, 30) * 100 + g.r.randrange(1, 40)), "ts": g.ts_iso()}
    return js(obj, sp=True)


@tpl("app", "dispatch JSON rider + receiver")
def a_dispatch(g):
    recv_phone = g.v(g.cn_mobile("plain"), PHONE) if g.r.random() < 0.6 else g.d(g.masked_phone(), "masked")
    obj = {"level": "INFO", "time": g.ts_plain(), "msg": "dispatch", "orderId": g.d(g.order_cn11(), "order_id"),
           "rider": {"riderId": g.dr(g.user_id(), "user_id"), "name": g.v(g.zh()[0], PERSON),
                     "phone": g.v(g.cn_mobile("plain"), PHONE)},
           "receiver": {"name": g.v(g.zh()[0], PERSON), "phone": recv_phone, "address": g.address()},
           "station": g.d(g.ch(PLACES) + "站", "place"), "etaMin": g.r.randrange(15, 60)}
    return js(obj)


@tpl("app", "pino duplicate account")
def a_dup(g):
    fi, la = g.pinyin() if g.r.random() < 0.5 else g.en()
    emails = [g.v(g.email(fi, la), EMAIL) for _ in range(g.r.randrange(1, 3))]
    obj = {"level": 40, "time": g.dr(g.epoch_ms(), "timestamp_digits"), "msg": "duplicate account detected",
           "customer": {"id": g.dr(g.user_id(), "user_id"), "emails": emails,
                        "phones": [g.v(g.phone_any(), PHONE)]},
           "matchedBy": g.ch(["phone", "email", "device"]), "deviceId": g.d(g.uuid(), "uuid")}
    return js(obj)


# ---------------------------------------------------------------- family 3
@tpl("ops", "客服工单")
def c_ticket(g):
    _, sur = g.zh()
    agent = g.zh()[0]
    return cat(g.ts_plain(False), " [工单] 客服工单#", g.d(g.ticket_id(), "ticket_id"), " 客户", g.v(sur, PERSON),
               g.ch(["先生", "女士"]), "来电反映订单", g.d(g.order_cn11(), "order_id"), "未送达，联系电话",
               g.v(g.cn_mobile(), PHONE), "，已由客服", g.v(agent, PERSON), "跟进。")


@tpl("ops", "外卖调度")
def c_takeout(g):
    return cat(g.ts_plain(False), " [调度] 订单", g.d(g.order_cn11(), "order_id"), "已指派骑手",
               g.v(g.zh()[0], PERSON), "（", g.v(g.cn_mobile(), PHONE), "），收件人：", g.v(g.zh()[0], PERSON),
               "，联系电话：", g.v(g.cn_mobile(), PHONE), "，预计", g.hm(), "后", str(g.r.randrange(20, 50)),
               "分钟送达，取餐点", g.d(g.ch(PLACES), "place"), "店。")


@tpl("ops", "快递派件")
def c_express(g):
    co = g.ch(["顺丰速运", "中通快递", "圆通速递", "京东物流"])
    wb = ("SF" if co == "顺丰速运" else g.ch(["ZT", "YT", "JD"])) + g.rd(13)
    rp = g.v(g.cn_mobile(), PHONE) if g.r.random() < 0.6 else g.d(g.masked_phone(), "masked")
    return cat(g.ts_plain(False), " ", g.d(co, "company"), " 运单号", g.d(wb, "waybill"), " 派件中，快递员",
               g.v(g.zh()[0], PERSON), " 电话", g.v(g.cn_mobile(), PHONE), "；收件人 ", g.v(g.zh()[0], PERSON), " ",
               rp, "，签收方式：", g.ch(["驿站代收", "本人签收", "快递柜"]))


@tpl("ops", "值班巡查")
def c_patrol(g):
    issue = g.ch(["B2层消防通道堵塞", "3号电梯异响", "东门道闸故障", "配电室温度偏高", "冷库门未关严"])
    return cat(g.now.strftime("%Y-%m-%d"), " 值班记录：值班人员", g.v(g.zh()[0], PERSON), "巡查",
               g.ch(["B2层", "一号仓", "配送站", "中控室"]), "，", g.v(g.zh()[0], PERSON), "于", g.hm(),
               "完成巡检，发现", issue, "，由", g.v(g.zh()[0], PERSON), "处理。")


@tpl("ops", "访客登记")
def c_visitor(g):
    _, sur = g.zh()
    return cat("访客登记 | 姓名 ", g.v(g.zh()[0], PERSON), " | 身份证号 ", g.v(g.cn_id(), CNID), " | 手机 ",
               g.v(g.cn_mobile(), PHONE), " | 被访人 ", g.v(sur, PERSON), g.ch(["经理", "总", "主任"]), " | 车牌 ",
               g.v(g.plate(), PLATE), " | 来访时间 ", g.ts_plain(False))


@tpl("ops", "物业报修")
def c_repair(g):
    _, s1 = g.zh()
    _, s2 = g.zh()
    return cat("【物业报修】", str(g.r.randrange(1, 30)), "栋", str(g.r.randrange(1, 33) * 100 + g.r.randrange(1, 5)),
               "业主", g.v(s1, PERSON), g.ch(["女士", "先生"]), "报修", g.ch(["厨房漏水", "空调不制冷", "门锁损坏"]),
               "，电话", g.v(g.landline() if g.r.random() < 0.6 else g.cn_mobile(), PHONE), "，已派",
               g.v(s2, PERSON), "师傅上门，工单号", g.d(g.order_cn11(), "order_id"))


@tpl("ops", "会员注册")
def c_member(g):
    nick = g.ch(["小鱼儿", "吃货一枚", "Sunny", "快乐每一天", "momo", "阿狸"])
    return cat("会员注册成功 昵称:", nick, " 手机号:", g.v(g.cn_mobile(), PHONE), " 邮箱:", g.v(g.email(), EMAIL),
               " 注册IP:", g.v(g.ip_client(), IP), " 渠道:", g.ch(["抖音小程序", "微信小程序", "APP"]), " 会员号",
               g.d(g.order_cn11(), "user_id"))


@tpl("ops", "退款审核")
def c_refund(g):
    tail = g.v(g.card(), CARD) if g.r.random() < 0.35 else cat("尾号", g.d(g.rd(4), "masked"), "的银行卡（",
                                                               g.d(g.masked_card(), "masked"), "）")
    return cat("退款审核 单号", g.d(g.order16(), "order_id"), " 申请人：", g.v(g.zh()[0], PERSON), " 审核人：",
               g.v(g.zh()[0], PERSON), " 金额¥", g.d(g.amount(), "amount"), " 原路退回至", tail)


@tpl("ops", "实名认证")
def c_realname(g):
    return cat(g.ts_plain(False), " 实名认证通过：姓名=", g.v(g.zh()[0], PERSON), "，身份证号=", g.v(g.cn_id(), CNID),
               "，认证渠道：公安一所，流水号", g.d(g.compact_ts() + g.rd(6), "order_id"))


@tpl("ops", "车辆进出")
def c_vehicle(g):
    return cat(g.now.strftime("%Y-%m-%d"), " 车辆", g.v(g.plate(), PLATE), "于", g.hm(True), "驶入",
               g.ch(["P2停车场东门", "B1车库入口", "物流园北门"]), "，车主", g.v(g.zh()[0], PERSON), "，月卡剩余",
               str(g.r.randrange(1, 300)), "天，岗亭", g.d(g.ip_server(0), "server_ip"))


@tpl("ops", "酒店入住外宾")
def c_hotel(g):
    x = g.r.random()
    if x < 0.2:
        fi, la = g.ja()
        cc = "JP"
    elif x < 0.35:
        fi, la = g.ko()
        cc = "KR"
    else:
        fi, la = g.en()
        cc = g.ch(["US", "GB", "DE", "FR", "AU", "CA", "SG", "IN"])
    full = fi + " " + la if cc not in ("JP", "KR") or g.r.random() < 0.5 else la + " " + fi
    pp, cc = g.passport(cc)
    cn = {"US": "美国", "GB": "英国", "JP": "日本", "KR": "韩国", "DE": "德国", "FR": "法国", "AU": "澳大利亚",
          "CA": "加拿大", "SG": "新加坡", "IN": "印度"}[cc]
    return cat("酒店入住登记：外宾 ", g.v(full, PERSON), "，国籍 ", cn, "，", g.ch(["护照号 ", "护照号码：", "Passport No. "]),
               g.v(pp, PASSPORT), "，房号", str(g.r.randrange(2, 30) * 100 + g.r.randrange(1, 40)), "，联系电话 ",
               g.v(g.intl(cc), PHONE), "，前台 ", g.v(g.zh()[0], PERSON))


@tpl("ops", "医院挂号")
def c_hospital(g):
    doc, dsur = g.zh()
    if g.r.random() < 0.5:
        d = cat("医生：", g.v(doc, PERSON), g.ch(["主任医师", "副主任医师", "主治医师"]))
    else:
        d = cat("由", g.v(dsur, PERSON), g.ch(["主任", "医生", "大夫"]), "接诊")
    return cat("挂号成功：患者", g.v(g.zh()[0], PERSON), "，", g.ch(["男", "女"]), "，", str(g.r.randrange(3, 90)),
               "岁，科室：", g.ch(["心内科", "呼吸科", "骨科", "儿科", "皮肤科"]), "，", d, "，就诊卡号",
               g.d(g.rd(12), "card_no_hospital"), "，手机", g.v(g.cn_mobile(), PHONE))


@tpl("ops", "12345热线")
def c_hotline(g):
    _, sur = g.zh()
    num = g.cn_mobile() if g.r.random() < 0.7 else g.landline()
    return cat("12345热线 工单", g.d(g.ticket_id(), "ticket_id"), " 来电人：", g.v(sur, PERSON),
               g.ch(["女士", "先生"]), " 来电号码：", g.v(num, PHONE), " 反映", g.d(g.ch(PLACES), "place"),
               "附近夜间施工扰民，转", g.d(g.ch(["西湖区", "朝阳区", "天河区", "浦东新区"]), "place"),
               "城管处理，承办人", g.v(g.zh()[0], PERSON))


@tpl("ops", "钉钉/企业微信审批")
def c_dingtalk(g):
    pre = g.ch(["【钉钉】", "【企业微信】"])
    n = g.r.randrange(2, 4)
    lst = []
    for i in range(n):
        if i:
            lst.append("和" if i == n - 1 else "、")
        lst.append(g.v(g.zh()[0], PERSON))
    return cat(pre, "审批通知：", g.v(g.zh()[0], PERSON), "提交的报销单（¥", g.d(g.amount(), "amount"),
               "）已通过，审批人：", cat(*lst), "；抄送 @", g.v(g.zh()[0], PERSON))


@tpl("ops", "zh_TW traditional booking")
def c_tw(g):
    name, sur = g.tw()
    hon = g.ch(["小姐", "先生"])
    if g.r.random() < 0.5:
        who = cat(g.v(name, PERSON), hon)
    else:
        who = cat(g.v(sur, PERSON), hon)
    return cat("[客服] 預約成功：", who, "，聯絡電話", g.v(g.tw_mobile(), PHONE), "，電子郵件", g.v(g.email(), EMAIL),
               "，取貨門市：", g.d(g.ch(PLACES_TW), "place"), "門市，訂單編號", g.d(g.order16(), "order_id"))


@tpl("ops", "campaign copy with public figures")
def c_campaign(g):
    pf = g.ch(PUBLIC_ZH)
    pf2 = g.ch(PUBLIC_EN)
    return cat("活动上线：「", g.d(pf, "public_figure"), "诗词夜」主题券包 & ", g.d(pf2, "public_figure"),
               " 联名款，运营负责人", g.v(g.zh()[0], PERSON), "，商品：", g.d(g.ch(PRODUCTS), "product"), "，合作方：",
               g.d(g.ch(COMPANIES), "company"), "，投放城市：", g.d(g.ch(PLACES), "place"), "，对接邮箱 ",
               g.v(g.email(), EMAIL))


@tpl("ops", "English CS escalation")
def c_cs_en(g):
    if g.r.random() < 0.5:
        fi, la = g.ja()
        reg = "JP"
    else:
        fi, la = g.ko()
        reg = "KR"
    full = la + " " + fi if g.r.random() < 0.5 else fi + " " + la
    agent = g.en()
    return cat("[CS] Cross-border order ", g.d(g.order16(), "order_id"), " customer ", g.v(full, PERSON), " <",
               g.v(g.email(fi, la), EMAIL), ">, tel ", g.v(g.intl(reg), PHONE), ", escalated to ",
               g.v(agent[0] + " " + agent[1], PERSON), " (", g.d(g.ch(["Tier-2", "Payments", "Logistics"]), "team"),
               ")")


@tpl("ops", "客诉升级 brackets and lists")
def c_escalate(g):
    def rare_or_compound():
        f = g.f["zh_CN"]
        return g.ch(COMPOUND + RARE) + f.first_name()
    return cat("客诉升级（", g.v(g.zh()[0], PERSON), "）→ 主管【", g.v(rare_or_compound(), PERSON), "】；涉及骑手：",
               g.v(g.zh()[0], PERSON), "、", g.v(rare_or_compound(), PERSON), "、", g.v(g.zh()[0], PERSON),
               "；关联订单", g.d(g.order_cn11(), "order_id"))


@tpl("ops", "菜鸟驿站 pickup notice")
def c_pickup(g):
    return cat("菜鸟驿站 取件通知：", g.v(g.zh()[0], PERSON), "您好，您的", g.d(g.ch(COMPANIES[2:6]), "company"),
               "包裹已到", g.d(g.ch(PLACES), "place"), "驿站，取件码", g.d("%d-%d-%04d" % (g.r.randrange(1, 30),
                                                                                     g.r.randrange(1, 9),
                                                                                     g.r.randrange(10000)),
                                                                         "pickup_code"),
               "，手机尾号", g.d(g.rd(4), "masked"), "，派送车辆", g.v(g.plate(), PLATE))


@tpl("ops", "企业微信 onboarding")
def c_onboard(g):
    fi, la = g.pinyin()
    name = g.zh()[0]
    _, mentor = g.zh()
    return cat("【企业微信】新员工入职：", g.v(name, PERSON), "（", g.v(fi.lower() + "." + la.lower() + "@lianhuamall.com", EMAIL),
               "），工位", g.ch("ABC"), str(g.r.randrange(1, 40)), "，分机", g.d(str(g.r.randrange(8000, 9000)), "ext_number"),
               "，导师", g.v(mentor, PERSON), g.ch(["老师", "经理"]), "，请于", g.hm(), "前到前台领取工牌")


# ==========================================================================
def blind_log9(n, seed=0):
    g = Gen(seed)
    order = list(range(len(TEMPLATES)))
    g.r.shuffle(order)
    out = []
    for i in range(n):
        ti = order[i % len(order)]
        g.tick()
        g.clean = g.r.random() < 0.1
        text, spans, decoys = render(TEMPLATES[ti][0](g))
        out.append({"text": text, "spans": spans, "decoys": decoys, "template": ti + 1})
    return out


if __name__ == "__main__":
    from collections import Counter

    import re

    assert len(TEMPLATES) >= 45
    table = [int(x) for x in re.findall(r"^\s{0,2}(\d{1,2})  \S", __doc__, re.M)]
    assert table == list(range(1, len(TEMPLATES) + 1)), table
    fams = [f for _, f, _ in TEMPLATES]
    print("templates:", len(TEMPLATES), {f: fams.count(f) for f in ("web", "app", "ops")})

    def valid(typ, val):
        """Structural re-check of planted values that are printed plainly."""
        c = val.replace(" ", "").replace("-", "")
        if typ == CARD:
            return c.isdigit() and 15 <= len(c) <= 19 and luhn_ok(c)
        if typ == CNID:
            w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
            return len(c) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(c, w)) % 11] == c[-1].upper()
        if typ == IBAN:
            return int(_iban_num(c[4:] + c[:4])) % 97 == 1
        if typ == IP:
            return ipaddress.ip_address(val).is_global
        return True
    for seed in (0, 1):
        recs = blind_log9(3000, seed)
        assert recs == blind_log9(3000, seed), "not deterministic"
        tc, tt = Counter(), Counter()
        nclean = 0
        for r in recs:
            t = r["text"]
            allr = sorted([tuple(s) + ("S",) for s in r["spans"]] + [tuple(d) + ("D",) for d in r["decoys"]])
            for s, e, lab, kind in allr:
                assert 0 <= s < e <= len(t), (s, e, t)
                assert t[s:e].strip() == t[s:e] and t[s:e], (t[s:e], t)
                if kind == "S":
                    assert lab in TYPES, lab
                    assert valid(lab, t[s:e]), (lab, t[s:e])
            for a, b in zip(allr, allr[1:]):
                assert a[1] <= b[0], ("overlap", a, b, t)
            for s, e, lab in r["spans"]:
                tc[lab] += 1
            tt[r["template"]] += 1
            if not r["spans"]:
                nclean += 1
        print("seed", seed, "records", len(recs), "records without spans", nclean,
              "spans/record %.2f" % (sum(tc.values()) / len(recs)),
              "decoys/record %.2f" % (sum(len(r["decoys"]) for r in recs) / len(recs)))
        print("  per TYPE:", dict(sorted(tc.items())))
        print("  per template:", dict(sorted(tt.items())))
    print("OK")
