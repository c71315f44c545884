"""Log categories the sixth blind labelled log's read half (bench/pii_logs_blind6.py, odd templates)
showed missed or damaged: OAuth authorization codes, JSON escaped inside JSON, LTSV fields, CSV
contact rows, RADIUS logins with a space, a title never split or swallowed, callers, passengers and
hand-overs in Chinese tickets, X-Forwarded-For's proxies, URL hosts, firewall destinations and mail
relays as servers, masked addresses, a publishable key, a product code glued to its label. Each case
is a category with both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # an OAuth 2.0 authorization code in its redirect buys the tokens
    ('"GET /oauth/callback?code=4f9Kq2ZxT0pLw8Rm&state=af0ifjsldkj HTTP/1.1" 302', ["4f9Kq2ZxT0pLw8Rm"], ["af0ifjsldkj"]),
    ("GET /login/authorize?response_type=code&code=SplxlOBeZQQYbYS6WxSbIA&redirect_uri=https%3A%2F%2Fapp",
     ["SplxlOBeZQQYbYS6WxSbIA"], ["response_type=code"]),
    # ... a code elsewhere is no credential: an SMS code, a zip code, an error code
    ("GET /verify?code=123456&phone_hash=ab12", [], ["code=123456"]),
    ("GET /zip?code=94107&state=CA", [], ["code=94107"]),
    ("error code=E_TIMEOUT_UPSTREAM state=retrying", [], ["E_TIMEOUT_UPSTREAM"]),
])
def test_oauth_codes(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # JSON escaped inside a JSON string: a queue's record, a webhook body
    (('ConsumerRecord(value = {"event":"KYC","payload":"{\\"name\\":\\"周晓梅\\",\\"idNo\\":\\"11010519491231002X\\",'
      '\\"mobile\\":\\"13912345678\\",\\"bytes\\":13800138000}"})'),
     ["周晓梅", "11010519491231002X", "13912345678"], ["13800138000"]),
    ('{"body":"{\\"password\\":\\"Tr0ub4dor&3x\\",\\"remember\\":true}"}', ["Tr0ub4dor&3x"], ["remember"]),
    # LTSV (labelled tab-separated values), as Alibaba Cloud SLS exports
    (("host:198.51.100.7\tuser:frank\ttime:[10/Oct/2000:13:55:36 -0700]\treq:GET /a.gif HTTP/1.0\tstatus:200\t"
      "upstream_addr:10.0.0.8:80"), ["198.51.100.7", "frank"], ["status:200", "upstream_addr:10.0.0.8:80"]),
])
def test_nested_and_tab_separated_fields(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a CSV contact row: full-name fields beside the e-mail (quoted "Last, First" too)
    ('95366,"Charles Morrison",c.morrison@outlook.com,+55 14 99386-1359,Pending,High,"Invoice request",Dirk,12/05/2026',
     ["Charles Morrison", "c.morrison@outlook.com"], ["Pending", '"Invoice request"']),
    ('74759,"Hanna, Adam",fang.wen@sohu.com,Solved,Low,"Refund",12/03/2026', ["Hanna, Adam"], ["Solved", "Refund"]),
    ("1,ops@corp.example,New York,Open,Paris,Low,Billing,Los Angeles,Customer Service", [],
     ["New York", "Paris", "Los Angeles", "Customer Service"]),
    # RADIUS logins with a space, and the password beside them
    ("Auth: (58026) Login incorrect (pap: Cleartext password does not match): [Ann Kowalski/fT8.PySJu$v] (from client",
     ["Ann Kowalski", "fT8.PySJu$v"], []),
])
def test_rows_and_logins(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, out", [
    # the surname is the name; the title stays whole, never half of it nor in the span
    ("来电人：高林先生 | 问题：订单未发货", "来电人：<PERSON>先生 | 问题：订单未发货"),
    ("来电人：单女士 来电号码：+86-27-35694249", "来电人：<PERSON>女士 来电号码：<PHONE_NUMBER>"),
    ("联系人：欧阳先生", "联系人：<PERSON>先生"),
    ('{"联系人":"王女士"}', '{"联系人":"<PERSON>女士"}'),
    ("快件由派件员侯师傅（电话：13525594920）正在派送", "快件由派件员<PERSON>师傅（电话：<PHONE_NUMBER>）正在派送"),
    ("工单 转交给夏雪梅跟进 办结时限：2026-12-10", "工单 转交给<PERSON>跟进 办结时限：2026-12-10"),
    ("机票出票 乘机人 KELTENIE MEIKE 护照 C01X00T47", "机票出票 乘机人 <PERSON> 护照 <PASSPORT>"),
    ("已签收，签收人：本人（夏雪梅），如有疑问", "已签收，签收人：本人（<PERSON>），如有疑问"),
    ("签收人：本人（已核验）", "签收人：本人（已核验）"),
    ("机票出票 乘机人 TEIXEIRA HÉLÈNE 护照 M3793581", "机票出票 乘机人 <PERSON> 护照 <PASSPORT>"),
])
def test_chinese_tickets(red, line, out):
    assert redact_line(line, red) == out


@pytest.mark.parametrize("line, gone, kept", [
    # X-Forwarded-For is "client, proxies": the client goes, the proxies are servers
    ('{"x-forwarded-for":"75.130.111.191, 10.1.2.3"}', ["75.130.111.191"], ["10.1.2.3"]),
    ("X-Forwarded-For: 203.0.113.9, 10.0.0.2", ["203.0.113.9"], ["10.0.0.2"]),
    # a firewall's destination, Cloudflare's origin, a mail relay: servers (and a private address as a URL's
    # host, since the twenty-fourth session: a public one is still read as an address)
    ('"api@kubernetes" "http://192.168.16.186:8000" 1654ms from 203.0.113.40', ["203.0.113.40"], ["192.168.16.186"]),
    ('"api@kubernetes" "http://198.51.100.186:8000" 1654ms', ["198.51.100.186"], []),
    ("srcip=10.237.40.100 srcport=2539 dstip=192.168.17.73 dstport=443", ["10.237.40.100"], ["192.168.17.73"]),
    ('{"ClientIP":"167.138.86.191","OriginIP":"10.248.168.43"}', ["167.138.86.191"], ["10.248.168.43"]),
    ("postfix/smtp[79259]: 9786923CA7: to=<b.branco@corp.example>, relay=mx01.mail.example.com[201.211.113.221]:25",
     ["b.branco@corp.example"], ["201.211.113.221"]),
    ("postfix/smtpd[1]: connect from unknown[203.0.113.7]", ["203.0.113.7"], []),
    # masked already, under any key; a masked token in nginx's error line
    ("remote_ip=53.158.*.* params", [], ["53.158.*.*"]),
    ("[lua] jwt.lua:57: invalid signature, token: ***, client: 185.213.*.*, server: api", [],
     ["token: ***, client: 185.213.*.*"]),
    ("token: abcDEF123456xyz, client: 198.51.100.4, server: api", ["abcDEF123456xyz", "198.51.100.4"], [", client:"]),
    # the visible part of a masked number is no phone; an order's number is no mobile
    ("社保核定 社会保障号码：310104*******6901 | 单位", [], ["310104*******6901"]),
    ("tokenize payload={'number': '272041******7834', 'exp_month': 4}", [], ["272041******7834"]),
    ("Created order 13912345678 for customer 1009", [], ["13912345678"]),
    ("订单号 13912345678 已发货，客户手机 13800138000", ["13800138000"], ["13912345678"]),
    # accounts that are no one: a database's, an API object's id, a resource name under a name key
    ("SPRING_DATASOURCE_URL=jdbc:mysql://db1:3306/crm SPRING_DATASOURCE_USERNAME=crm SPRING_DATASOURCE_PASSWORD=hu1991x",
     ["hu1991x"], ["3306/crm", "USERNAME=crm"]),
    ("stripe customer=cus_bSPctPJDUGoTbz user=usr_TLXOBryrqucGoO login=debra_figueroa32", ["debra_figueroa32"],
     ["cus_bSPctPJDUGoTbz", "usr_TLXOBryrqucGoO"]),
    ('{"logName":"projects/tailspin-prod/logs/requests","severity":"INFO"}', [], ["projects/tailspin-prod/logs/requests"]),
    # a key's value without what is not the value: a title, a port, an auth scheme
    ('{"doctor": {"name": "Dr. Sanjuan"}, "remote_addr": "22.227.187.70:59179"}', ["Sanjuan", "22.227.187.70"],
     ['"Dr. ', ":59179"]),
    ('{"Authorization": "Bearer q8Zr3kLm0Tn4Vx2Wc7Yb", "X": 1}', ["q8Zr3kLm0Tn4Vx2Wc7Yb"], ['"Bearer ']),
    # Chinese punctuation ends an unquoted value (the rest of the line used to go with it)
    ("快件由派件员侯师傅（电话：13525594920）正在派送", ["13525594920"], ["）正在派送"]),
    ("tel：13800138000，谢谢。密码：Abc!23x，请勿泄露", ["13800138000", "Abc!23x"], ["，谢谢。", "，请勿泄露"]),
    # Stripe's publishable key is public by design; the secret key is not
    ("stripe init pk_live_51HxYz0123456789abcdef sk_live_51HxYz0123456789abcdef", ["sk_live_51HxYz0123456789abcdef"],
     ["pk_live_51HxYz0123456789abcdef"]),
    # a Han label glued to a number names it, whatever phone word came before (not a mainland mobile)
    ("收件人：刘琴 联系方式：18962031383 商品8681683843791 退款¥1,472.71", ["18962031383"], ["8681683843791"]),
    ("联系电话是02112345678", ["02112345678"], []),
])
def test_servers_masks_and_codes(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_sixth_blind_log_leaks_and_over_redaction(red):
    """The sixth log a helper wrote without reading the redactor (bench/pii_logs_blind6.py), another
    seed than the bench's. Unread at eda981d: 4.6% of values leaked and 16.5% of decoys redacted (most
    of them servers' addresses: 1,166 of them); the read half now 2.5% / 4.4%."""
    from bench.pii_logs_blind6 import blind_log6
    from tests.pii.test_pii_log_keys import _leak_rates

    data = blind_log6(3000, seed=7)
    read = [d for d in data if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 3000 and decoys > 2000
    assert leaked <= 0.035, r["leaked"]
    assert lost <= 0.06, r["decoys_redacted"]
