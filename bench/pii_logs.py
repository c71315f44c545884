"""A labelled mixed log (nginx access lines, JSON app lines, Chinese ops lines; 24 templates)
with planted values and non-personal look-alikes (order ids, trace ids, latencies, versions), for
leak and over-redaction rates per type. Seeded; written for this bench, not from curate's rules.

    from bench.pii_logs import mixed_log
    lines = mixed_log(5000, seed=3)   # [{"text": line, "spans": [[start, end, TYPE]], "decoys": [[s, e, KIND]]}]
"""
from __future__ import annotations

import random
import re
from urllib.parse import quote

from bench.pii_gen import _fakers, _luhn_complete, phonenumbers_value
from bench.pinned import pinned_day

# {KIND} = a planted personal value or secret; {~KIND} = a non-personal look-alike that must survive.
# A session id is planted as a CREDENTIAL (it logs in whoever holds it); a trace id, an order id and a
# cache key's hex are decoys.
T = (
    '{IP} - - [18/Mar/2024:10:{MM}:{SS} +0800] "GET /api/v1/users?email={UEMAIL}&page=2 HTTP/1.1" 200 {~BYTES} "-" "Mozilla/5.0"',
    '{IP} - - [18/Mar/2024:10:{MM}:{SS} +0800] "POST /login?user={UNAME}&redirect=%2Fhome HTTP/1.1" 302 0 "-" "curl/8.4"',
    '{IP} - - [18/Mar/2024:10:{MM}:{SS} +0800] "GET /orders/{~ORDER} HTTP/1.1" 200 {~BYTES} "-" "okhttp/4.9"',
    '{"ts":"2024-03-18T10:{MM}:{SS}Z","level":"info","msg":"signup","email":"{EMAIL}","phone":"{PHONE}","trace_id":"{~TRACE}"}',
    '{"ts":"2024-03-18T10:{MM}:{SS}Z","level":"info","msg":"profile","name":"{NAME}","real_name":"{NAME_ZH}","latency_ms":{~MS}}',
    '{"ts":"2024-03-18T10:{MM}:{SS}Z","level":"warn","msg":"payment declined","customer_name":"{NAME}","card":"{CARD}","order_id":"{~ORDER}"}',
    '{"ts":"2024-03-18T10:{MM}:{SS}Z","level":"error","msg":"auth failed","user":"{UNAME}","password":"{PASSWORD}","ip":"{IP}"}',
    '{"ts":"2024-03-18T10:{MM}:{SS}Z","level":"info","msg":"kyc","id_card":"{CN_ID}","mobile":"{MOBILE}","version":"{~VER}"}',
    '2024-03-18 10:{MM}:{SS} INFO  auth: login ok user={EMAIL} ip={IP} session={SESSION}',
    '2024-03-18 10:{MM}:{SS} WARN  payment: order_id={~LUHN16} amount={~AMOUNT} card={CARD}',
    '2024-03-18 10:{MM}:{SS} DEBUG http: Authorization: Bearer {TOKEN}',
    '2024-03-18 10:{MM}:{SS} ERROR db: connect failed postgres://svc:{PASSWORD}@{IP}:5432/app',
    '2024-03-18 10:{MM}:{SS} INFO  sms: sent code to {PHONE} (provider latency {~MS} ms)',
    '2024-03-18 10:{MM}:{SS} 用户{NAME_ZH}登录失败，手机{MOBILE}，来源IP {IP}',
    '2024-03-18 10:{MM}:{SS} 值班人员{NAME_ZH}巡查东门，未见异常，耗时{~MS}毫秒',
    '2024-03-18 10:{MM}:{SS} 快递员{NAME_ZH}已取件，运单号{~ORDER}',
    '2024-03-18 10:{MM}:{SS} 会议由{SUR}主任主持，记录人{NAME_ZH}',
    '{NAME_ZH} 提交了报销申请，单号{~ORDER}，金额{~AMOUNT}元',
    '2024-03-18 10:{MM}:{SS} 车辆{PLATE}驶入，车主电话{MOBILE}',
    '2024-03-18 10:{MM}:{SS} 身份证{CN_ID}实名认证通过，订单{~LUHN16}',
    '2024-03-18 10:{MM}:{SS} 客户{SUR}女士来电，回拨{LANDLINE}',
    '2024-03-18 10:{MM}:{SS} INFO  worker-3 processed batch {~ORDER} in {~MS} ms, version {~VER}',
    '2024-03-18 10:{MM}:{SS} INFO  cache hit ratio 0.{~MS} for key user:{~TRACE}',
    '2024-03-18 10:{MM}:{SS} 密码修改成功，pwd: {PASSWORD}',
)


# Server logs in documented formats (Apache/NGINX combined with a remote user and Faker's browser user
# agents, Apache and NGINX error logs, sshd, postfix, UFW, Docker logfmt, Python logging): written on
# 2026-12-04 after a probe of such lines found a user agent's version read as an address and logins
# standing by position; Faker's user agents (MSIE, Firefox "rv:1.9.5.20", Safari, CriOS) are not ours.
SERVER_T = (
    ('{IP} - {LOGIN} [18/Mar/2024:10:{MM}:{SS} +0000] "GET /account/settings HTTP/1.1" 200 {~BYTES} '
     '"https://shop.example.com/" "{~UA}"'),
    '{IP} - - [18/Mar/2024:10:{MM}:{SS} +0000] "GET /search?q=shoes&page=2 HTTP/2.0" 200 {~BYTES} "-" "{~UA}"',
    'Mar 18 10:{MM}:{SS} web01 sshd[{~PID}]: Accepted publickey for {LOGIN} from {IP} port {~PORT} ssh2',
    'Mar 18 10:{MM}:{SS} web01 sshd[{~PID}]: Failed password for invalid user {~ROLE} from {IP} port {~PORT} ssh2',
    'Mar 18 10:{MM}:{SS} web01 sshd[{~PID}]: pam_unix(sshd:session): session opened for user {LOGIN}(uid={~PID}) by (uid=0)',
    # (the relay is the recipient domain's mail server: its address is a decoy since 2026-12-05's twelfth session)
    ('Mar 18 10:{MM}:{SS} mail01 postfix/smtp[{~PID}]: {~QID}: to=<{EMAIL}>, relay=mx.example.org[{~SERVER_IP}]:25, '
     'delay=1.2, status=sent (250 2.0.0 OK)'),
    ('[Mon Mar 18 10:{MM}:{SS}.123456 2024] [core:error] [pid {~PID}:tid {~PID}] [client {IP}:{~PORT}] AH00037: '
     'Symbolic link not allowed or link target not accessible: /var/www/html/data'),
    ('2024/03/18 10:{MM}:{SS} [error] {~PID}#{~PID}: *{~MS} open() "/usr/share/nginx/html/favicon.ico" failed '
     '(2: No such file or directory), client: {IP}, server: localhost, request: "GET /favicon.ico HTTP/1.1"'),
    ('time="2024-03-18T10:{MM}:{SS}.123456789Z" level=info msg="user signed in" user={EMAIL} client_ip={IP} '
     'agent="{~UA}"'),
    '2024-03-18 10:{MM}:{SS},123 - app.views - INFO - User {EMAIL} logged in from {IP}',
    # (the destination of a blocked packet is this host's own address: a decoy since the twenty-fourth session,
    # as the blind logs' authors label a destination's)
    ('Mar 18 10:{MM}:{SS} fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC={IP} DST={~SERVER_IP} LEN=60 TTL=52 PROTO=TCP '
     'SPT={~PORT} DPT=22'),
    '2024-03-18 10:{MM}:{SS} INFO Support ticket #{~MS} updated by agent {NAME}: customer called back from {PHONE}',
)

# Technical values around personal data (written on 2026-12-04, seventh session, after a probe of
# Faker's technical providers in log frames found 11-digit byte counts read as mobiles and four-part
# versions as addresses): request and trace ids, hashes, epoch times, byte counts up to 100 GB,
# four-part versions, build numbers, EAN-13 and ISBN-13 barcodes, container ids, pod names. Some
# stand under a key that names them, some in free text, some under keys curate lists nowhere
# ("commit", "etag", "isbn"). The hashes, ids, barcodes and epoch times come from Faker.
TECH_T = (
    ('{"ts":{~EPOCH_MS},"level":"info","request_id":"{~UUID}","email":"{EMAIL}","bytes_sent":{~BIGBYTES},'
     '"duration_ms":{~MS}}'),
    ('time="2024-03-18T10:{MM}:{SS}Z" level=info msg="build finished" version={~VER4} build={~BUILD} '
     'commit={~SHA1} author={EMAIL}'),
    ('{IP} - - [18/Mar/2024:10:{MM}:{SS} +0000] "GET /api/items/{~EAN13}?v={~VER4} HTTP/1.1" 200 {~BIGBYTES} "-" '
     '"{~UA}"'),
    'I0318 10:{MM}:{SS}.123456 {~PID} server.go:{~LINE}] container {~DOCKER} started for tenant {EMAIL}',
    ('{"level":"warn","trace_id":"{~TRACE}","span_id":"{~SPAN}","msg":"slow query","rows":{~ROWS},'
     '"user":"{UNAME}","elapsed":{~DUR}}'),
    '2024-03-18 10:{MM}:{SS} INFO  order {~LUHN16} paid with card {CARD}, etag {~MD5}',
    'Mar 18 10:{MM}:{SS} app[{~PID}]: payment ok amount={~AMOUNT} txn_id={~LUHN16} phone={PHONE}',
    '2024-03-18T10:{MM}:{SS}Z pod/{~POD} epoch={~EPOCH} sent sms to {MOBILE} in {~MS}ms',
    '[2024-03-18 10:{MM}:{SS}] isbn={~ISBN13} ean={~EAN13} reserved by {EMAIL}',
    '2024-03-18 10:{MM}:{SS} 订单{~LUHN16}已发货，收件人{NAME_ZH}，电话{MOBILE}，重量{~MS}克',
    '{"event":"upload","file_size":{~BIGBYTES},"sha256":"{~SHA256}","uploader_ip":"{IP}","device_id":"{~UUID}"}',
    # (a session's cache key holds the session id, a bearer secret as under session= above: labelled a
    # decoy hash until 2026-12-05, when blind log 8's author and ours agreed it is a credential)
    '2024-03-18 10:{MM}:{SS} DEBUG cache key=session:{SESSION} ttl={~MS} hit=true client={IP}:{~PORT}',
    ('2024-03-18 10:{MM}:{SS} WARN  gc pause {~DUR} ms, heap {~BIGBYTES} bytes, uptime {~EPOCH} s, '
     'on-call {EMAIL}'),
    '2024-03-18 10:{MM}:{SS} INFO  agent version {~VER4} (build {~BUILD}) connected from {IP}',
)


@pinned_day
def technical_log(n: int = 2000, seed: int = 9) -> list[dict]:
    """``mixed_log``'s records for the technical-value templates (``TECH_T``)."""
    return mixed_log(n, seed, TECH_T)


# Chinese ops lines with a role before a name, roles the mixed log does not use (written on
# 2026-12-04's seventh session together with the rule for given names the segmenter reads as words:
# a check that it holds on other roles and on zh_TW names, not a blind measure).
ROLE_T = ("司机{NAME}已到达上车点", "乘客{NAME}投诉空调不制冷", "业主{NAME}报修水管漏水", "管理员{NAME}删除了三个文件",
          "技术员{NAME}完成了检修", "今日值班员{NAME}，巡查正常", "外卖员{NAME}送达订单", "审核员{NAME}驳回申请",
          "保安员{NAME}在东门执勤", "客服{NAME}回访了用户", "民警{NAME}赶到现场", "学生{NAME}请假一天",
          "员工{NAME}提交了周报", "操作员{NAME}重启了服务器", "驾驶员{NAME}超速被记录")


@pinned_day
def role_lines(per_template: int = 40, seed: int = 77, locale: str = "zh_CN") -> list[dict]:
    """``mixed_log``'s record shape: each ``ROLE_T`` template with ``per_template`` Faker names."""
    fk = _fakers((locale,), seed)[locale]
    out = []
    for tpl in ROLE_T:
        for _ in range(per_template):
            name = fk.name()
            a = tpl.index("{NAME}")
            out.append({"text": tpl.replace("{NAME}", name), "spans": [[a, a + len(name), "PERSON"]], "decoys": [],
                        "template": ROLE_T.index(tpl)})
    return out


@pinned_day
def server_log(n: int = 2000, seed: int = 5) -> list[dict]:
    """``mixed_log``'s records for the server-format templates (``SERVER_T``)."""
    return mixed_log(n, seed, SERVER_T)


def _v(kind, rng, fk):
    en, cn = fk["en_US"], fk["zh_CN"]
    if kind == "LOGIN":
        return en.user_name(), "PERSON"
    if kind == "~UA":
        return en.user_agent(), None
    if kind == "~ROLE":
        return rng.choice(("root", "admin", "ubuntu", "oracle", "test", "pi")), None
    if kind == "~PID":
        return str(rng.randrange(100, 99999)), None
    if kind == "~PORT":
        return str(rng.randrange(1024, 65536)), None
    if kind == "~UUID":
        return en.uuid4(), None
    if kind in ("~SHA1", "~MD5", "~SHA256"):
        return getattr(en, kind[1:].lower())(), None
    if kind == "~EPOCH":
        return str(int(en.unix_time())), None
    if kind == "~EPOCH_MS":
        return str(int(en.unix_time() * 1000) + rng.randrange(1000)), None
    if kind == "~BIGBYTES":
        return str(rng.randrange(10**6, 10**11)), None
    if kind == "~VER4":
        return ".".join(str(rng.randrange(k)) for k in (10, 30, 100, 300)), None
    if kind == "~BUILD":
        return str(rng.randrange(1000, 999999)), None
    if kind == "~EAN13":
        return en.ean13(), None
    if kind == "~ISBN13":
        return en.isbn13(separator=""), None
    if kind == "~DOCKER":
        return f"{rng.getrandbits(48):012x}", None
    if kind == "~SPAN":
        return f"{rng.getrandbits(64):016x}", None
    if kind == "~POD":
        return f"api-{rng.getrandbits(32):08x}-{en.lexify('?????').lower()}", None
    if kind == "~DUR":
        return f"{rng.random() * 1000:.3f}", None
    if kind == "~ROWS":
        return str(rng.randrange(0, 10**7)), None
    if kind == "~LINE":
        return str(rng.randrange(1, 2000)), None
    if kind == "~QID":
        return f"{rng.getrandbits(40):010X}", None
    if kind == "IP":
        return en.ipv4_public(), "IP_ADDRESS"
    if kind == "~SERVER_IP":
        return en.ipv4_public(), None
    if kind in ("EMAIL", "UEMAIL"):
        v = rng.choice((en.email, en.free_email, cn.free_email))()
        return (quote(v, safe="") if kind == "UEMAIL" else v), "EMAIL_ADDRESS"
    if kind == "UNAME":
        return en.user_name(), "PERSON"
    if kind == "NAME":
        return en.name(), "PERSON"
    if kind == "NAME_ZH":
        return cn.name(), "PERSON"
    if kind == "SUR":
        return cn.last_name(), "PERSON"
    if kind == "PHONE":
        return (phonenumbers_value(rng, rng.choice(("US", "GB", "DE", "CN", "IN", "AU"))) or en.phone_number()), \
            "PHONE_NUMBER"
    if kind == "MOBILE":
        return cn.phone_number(), "PHONE_NUMBER"
    if kind == "LANDLINE":
        return f"0{rng.choice(('10', '21', '755', '571'))}-{rng.randrange(2, 10)}{rng.randrange(10**6, 10**7)}", \
            "PHONE_NUMBER"
    if kind == "CARD":
        return _luhn_complete(rng, rng.choice(("4", "51", "62", "37")), rng.choice((16, 16, 19))), "CREDIT_CARD"
    if kind == "CN_ID":
        return cn.ssn(), "CN_RESIDENT_ID"
    if kind == "PLATE":
        return rng.choice("京沪粤浙苏") + rng.choice("ABCDEF") + f"{rng.randrange(10000, 99999)}", "LICENSE_PLATE"
    if kind == "PASSWORD":
        return en.password(length=12, special_chars=True), "CREDENTIAL"
    if kind == "SESSION":  # a session id in a log is a bearer secret: whoever has it is logged in
        return f"{rng.getrandbits(128):032x}", "CREDENTIAL"
    if kind == "TOKEN":
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(32)), \
            "CREDENTIAL"
    # decoys
    if kind == "~ORDER":
        return str(rng.randrange(10**11, 10**14)), None
    if kind == "~LUHN16":
        return _luhn_complete(rng, str(rng.randrange(1, 10)), 16), None
    if kind == "~TRACE":
        return f"{rng.getrandbits(128):032x}", None
    if kind == "~MS":
        return str(rng.randrange(1, 5000)), None
    if kind == "~BYTES":
        return str(rng.randrange(100, 10**7)), None
    if kind == "~AMOUNT":
        return f"{rng.randrange(1, 99999)}.{rng.randrange(100):02d}", None
    if kind == "~VER":
        return f"{rng.randrange(1, 5)}.{rng.randrange(20)}.{rng.randrange(50)}", None
    if kind in ("MM", "SS"):
        return f"{rng.randrange(60):02d}", "skip"
    raise KeyError(kind)


@pinned_day
def mixed_log(n: int = 5000, seed: int = 3, templates: tuple = T) -> list[dict]:
    rng = random.Random(seed)
    fk = _fakers(("en_US", "zh_CN"), seed)
    out = []
    for i in range(n):
        tpl = templates[rng.randrange(len(templates))]
        text, spans, decoys, pos = [], [], [], 0
        cur = 0
        for m in re.finditer(r"\{(~?[A-Z_0-9]+)\}", tpl):
            lit = tpl[pos:m.start()]
            text.append(lit)
            cur += len(lit)
            v, t = _v(m.group(1), rng, fk)
            if t is None:
                decoys.append([cur, cur + len(v), m.group(1)[1:]])
            elif t != "skip":
                spans.append([cur, cur + len(v), t])
            text.append(v)
            cur += len(v)
            pos = m.end()
        text.append(tpl[pos:])
        out.append({"text": "".join(text), "spans": spans, "decoys": decoys, "template": templates.index(tpl)})
    return out


_BETWEEN = re.compile(r"[\s,;:=\"'()\[\]{}<>|/&?]+")


def changed_outside(text: str, spans, out: str) -> bool:
    """A word (3+ characters) of the text between the planted values is missing from the redacted
    line: a decoy or an unlabelled value replaced, or text a span ran into ("电话：138…）正在派送"
    lost its "）正在派送" until 2026-12-05)."""
    pos = 0
    for a, b in sorted((a, b) for a, b, _ in spans) + [(len(text), len(text))]:
        if any(len(w) >= 3 and w not in out for w in _BETWEEN.split(text[pos:a])):
            return True
        pos = max(pos, b)
    return False


def leak_report(data: list[dict], redacted: list[str]) -> dict:
    """Per type: planted values still present verbatim in the redacted line (leaks); decoys gone
    (over-redaction); lines changed outside their planted values (``changed_outside``)."""
    from collections import Counter
    planted, leaked, decoys, lost = Counter(), Counter(), Counter(), Counter()
    changed = 0
    for d, out in zip(data, redacted):
        t = d["text"]
        changed += changed_outside(t, d["spans"], out)
        for a, b, ty in d["spans"]:
            planted[ty] += 1
            if t[a:b] in out:
                leaked[ty] += 1
        for a, b, kind in d["decoys"]:
            decoys[kind] += 1
            if t[a:b] not in out:
                lost[kind] += 1
    return {"planted": dict(planted), "leaked": dict(leaked), "decoys": dict(decoys), "decoys_redacted": dict(lost),
            "changed_lines": changed, "lines": len(data)}
