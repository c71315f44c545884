"""Log categories the fifth blind labelled log's read half (bench/pii_logs_blind5.py, odd templates)
showed missed or damaged: a business object's id under a camelCase key beside a card, names and
numbers masked already, one-digit groups and an access log's status that are no phone, headers as
Go and Caddy print them, cookies one by one, cloud access key ids, key/value pairs spelled out
({"name": …, "value": …}), half names in a query string, other countries' passports after 护照,
Chinese names a greeting or a Latin role names, servers' own addresses. Each case is a category with
both sides asserted, on lines written here (names and numbers from Faker where a value's variety
matters), not the set's."""
import pytest
from faker import Faker

from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # the key names an order, a trade or a shipment: its Luhn-valid number is that object's id
    ('{"cardNumber":"4111 1111 1111 1111","merchantOrderNo":"4539578763621486","amount":100}',
     ["4111 1111 1111 1111"], ["4539578763621486"]),
    ("notify out_trade_no=4916338506082832 card_no=5500005555555559 status=PAID",
     ["5500005555555559"], ["4916338506082832"]),
    ('{"trackingNumber": "4024007134564842", "bookingRef": "5105105105105100", "银行卡号": "6212261202011584349"}',
     ["6212261202011584349"], ["4024007134564842", "5105105105105100"]),
    ("支付回调 流水号=4556737586899855 订单号=5425233430109903", [], ["4556737586899855", "5425233430109903"]),
    # ... an id key is no id of a card, a phone or a person's document (those keys stay what they are)
    ('{"card_no": "4556737586899855", "phone_number": "+44 20 7946 0958", "id_no": "11010519491231002X"}',
     ["4556737586899855", "+44 20 7946 0958", "11010519491231002X"], []),
])
def test_an_objects_id_key_is_no_card(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # what the system masked already names no one: a surname and stars, an initial and stars
    ('{"real_name": "李*", "mobile": "139****0011", "patient": {"name": "欧阳**"}}', [], ["李*", "欧阳**"]),
    ("UserDTO(userId=8812, realName=钱**, mobile=+1 ****4807, vip=false)", [], ["钱**", "+1 ****4807"]),
    ('{"doctor": {"name": "Dr. K***"}, "guest": {"firstName": "T*", "lastName": "Mü***"}}', [], ["K***", '"T*"', "Mü***"]),
    # ... not masked: redacted
    ('{"real_name": "李文静", "mobile": "13900110011"}', ["李文静", "13900110011"], []),
    ("UserDTO(userId=8812, realName=Jane Roe, mobile=+1 415 555 0134)", ["Jane Roe", "+1 415 555 0134"], []),
])
def test_masked_values_stay(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a one-digit group after the first is no phone's (a shelf, a locker, IIS's status fields)
    ("驿站入库 收件人手机尾号0042 货架10-1-3888 柜号7-2-6497", [], ["10-1-3888", "7-2-6497"]),
    ("2024-12-14 00:37:34 GET /api/me - 443 - 203.0.113.5 okhttp/4.12 - 204 0 0 782", [], ["204 0 0 782"]),
    # the status and size after an access log's request, whatever phone word the query holds
    ('"GET /signup?tel=%2B447700900123&x=1 HTTP/1.1" 301 1630440 "-"', ["%2B447700900123"], ["301 1630440"]),
    # a label glued to a short number names it, whatever phone word came before
    ("手机133****5547 货架276417 已上架", [], ["276417"]),
    # ... national formats and +CC groups are phones
    # (a freephone line, 1-800-555-0199, is a business's in logs since the twenty-fourth session:
    # test_pii_log_rows_contacts.py)
    ("call 1-415-555-0199, +33 1 23 45 67 89 or +54 9 11 2345-6789",
     ["1-415-555-0199", "+33 1 23 45 67 89", "+54 9 11 2345-6789"], []),
    ("电话:40123 手机:13800138000", ["40123", "13800138000"], []),
])
def test_numbers_that_are_no_phone(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # Go's http.Header as JSON (Caddy's access log): a list of values
    ('{"headers": {"Cookie": ["sid=4f8a1c0d9e2b7a6c5d4e3f21; lang=en"], "Authorization": ["Bearer q8Zr3kLm0Tn4Vx2Wc7Yb"]}}',
     ["4f8a1c0d9e2b7a6c5d4e3f21", "q8Zr3kLm0Tn4Vx2Wc7Yb"], ["sid=", "lang=en"]),
    # a cookie's value, one by one: its name, a language or a theme, Set-Cookie's attributes stay
    ('log_format cookie="PHPSESSID=ab12cd34ef56gh78ij90kl12; theme=dark"', ["ab12cd34ef56gh78ij90kl12"],
     ["PHPSESSID=", "theme=dark"]),
    ("Set-Cookie: connect.sid=s%3Ac0ffee12beef3456; Path=/; HttpOnly; SameSite=Lax",
     ["c0ffee12beef3456"], ["; Path=/; HttpOnly; SameSite=Lax"]),
    # what a program printed in the secret's place
    ('{"Authorization": "Bearer ***", "Cookie": "sid=***; theme=dark", "X-Api-Key":"***"}', [],
     ['"Bearer ***"', '"sid=***; theme=dark"', '"X-Api-Key":"***"}']),
])
def test_headers_and_cookies(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # cloud access key ids by their vendor prefix (Alibaba Cloud, Tencent Cloud) and by key
    ("配置加载完成 AccessKeyId=LTAI5tQ2bXw9Zr1Kc8Lm3Np4 region=cn-hangzhou", ["LTAI5tQ2bXw9Zr1Kc8Lm3Np4"], ["cn-hangzhou"]),
    ("GET /a.pdf?Expires=1759822879&OSSAccessKeyId=LTAI4Fk9mQ2wX7zR&Signature=abc%2Bdef", ["LTAI4Fk9mQ2wX7zR"],
     ["Expires=1759822879"]),
    ("tencentcloud SecretId AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE loaded", ["AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"], []),
    ('{"accessKeyId": "STS.NUgYrLnoC37mZZCNnAbez2", "bucket": "logs"}', ["STS.NUgYrLnoC37mZZCNnAbez2"], ['"logs"']),
])
def test_cloud_access_key_ids(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a key/value pair spelled out: the field named by "name"/"key"/"k" decides what "value"/"v" holds
    ('env: [{"name": "DB_PASSWORD", "value": "s3cr3t-Passw0rd"}, {"name": "LOG_LEVEL", "value": "debug"}]',
     ["s3cr3t-Passw0rd"], ['"DB_PASSWORD"', '"LOG_LEVEL"', '"debug"']),
    (('{"UserAttributes":[{"Name":"email","Value":"mina.k@example.org"},{"Name":"phone_number","Value":"+14155550123"},'
      '{"Name":"custom:tier","Value":"gold"}]}'), ["mina.k@example.org", "+14155550123"], ['"gold"', '"email"']),
    ('{"key":"cache:session:96243","value":"7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c1e","op":"GET"}',
     ["7f3c9a1e5b2d4f6a8c0e1b3d5f7a9c1e"], ["cache:session:96243"]),
    ('{"k": "user.name", "v": "Ingrid Bergstrand", "op": "SET", "ttl": 3600}', ["Ingrid Bergstrand"], ["user.name"]),
    ('{"k": "feature.flag", "v": "Dark Mode", "op": "SET"}', [], ["Dark Mode"]),
])
def test_key_value_pairs_spelled_out(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_half_names_in_a_query_and_name_part_keys(red):
    """first=/last= carry a name's parts when the value is one capitalised word (accents
    percent-encoded too); a page number or a word stays. Names from Faker in five locales."""
    fake = Faker(["en_US", "pt_BR", "fr_FR", "de_DE", "en_IN"])
    fake.seed_instance(11)
    leaked = []
    for _ in range(80):
        first, last = fake.first_name(), fake.last_name()
        if " " in first or " " in last:
            continue
        from urllib.parse import quote_plus
        line = f'"GET /profile?first={quote_plus(first)}&last={quote_plus(last)}&lang=en HTTP/1.1" 200 512'
        out = redact_line(line, red)
        if quote_plus(first) in out or quote_plus(last) in out:
            leaked.append(line)
    assert len(leaked) <= 4, leaked
    _check(red, "GET /list?first=20&last=40&sort=asc", [], ["first=20", "last=40"])
    _check(red, '{"assignee-first-name": "Marcello", "customer.last_name": "Okafor", "file-name": "Report"}',
           ["Marcello", "Okafor"], ["Report"])


@pytest.mark.parametrize("line, gone, kept", [
    # other countries' passport numbers, where a passport is named before them
    ("入住登记 证件类型 护照 证件号码 C01X00T47 国籍 DE", ["C01X00T47"], []),
    ("check-in passport no. 18AA00001 nationality FR", ["18AA00001"], []),
    ("passport: 123456789 (US)", ["123456789"], []),
    # ... not after a generic document number alone
    ("证件类型 营业执照 证件号码 AB12CD3456", [], ["AB12CD3456"]),
])
def test_passports_of_other_countries(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone", [
    ("航班延误通知已发送，旅客许桂兰，手机+86 133 5680 5079", ["许桂兰"]),  # a given name the dictionary holds as a place
    ("【今日值班】运维：蓝华；DBA：闻建华 +8618006281213", ["闻建华", "蓝华"]),  # a role in Latin letters
    ("短信内容=\"【极速快递】羊畅您好，您的快递已到驿站\"", ["羊畅"]),  # a notice greets its addressee
    ("客服紀錄：承辦人 凃麗玲 已回覆", ["凃麗玲"]),  # 涂 as Taiwan writes it
    ("来电记录：我是王先生，电话稍后提供", ["王"]),  # a surname before 先生 after 我是
])
def test_chinese_names_a_notice_or_roster_writes(red, line, gone):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == [], out
    assert "先生" in out or "先生" not in line  # the title stays whole


@pytest.mark.parametrize("line", [
    "SendSms SignName=安心保 TemplateCode=SMS_417680267",  # an SMS signature after key=
    "大家您好，今天的会议改到三点", "老师您好", "ERROR：连接失败", "Step 1：王五路口左转",
    "负责人时强调，要按期完成",
])
def test_words_in_those_places_stay(red, line):
    assert redact_line(line, red) == line


@pytest.mark.parametrize("line, kept, gone", [
    # a server's own address: IIS's s-ip, an upstream, a cloud instance's host name, a file's version
    ("2024-12-14 00:37:34 10.68.166.229 POST /api/reset - 443 - 75.218.156.131 Mozilla/5.0 - 200 0 0 78",
     ["10.68.166.229"], ["75.218.156.131"]),
    ('{"upstream_addr":"10.0.1.7:8080","remote_addr":"198.51.100.77","upstream_remote_address":"10.0.2.9:9000"}',
     ["10.0.1.7:8080", "10.0.2.9:9000"], ["198.51.100.77"]),
    ("Sep 24 16:53:12 ip-10-20-103-156.ec2.internal haproxy[2755]: 139.151.140.56:51196 [24/Sep/2024:16:53:12.014]",
     ["ip-10-20-103-156.ec2.internal"], ["139.151.140.56"]),
    ('"GET /download/setup-9.5.0.113.exe HTTP/1.1" 200 1 from 203.0.113.9', ["9.5.0.113"], ["203.0.113.9"]),
    ('{"service.version": "7.3.5.178", "client.ip": "52.11.184.232"}', ["7.3.5.178"], ["52.11.184.232"]),
    # a local connection as dual-stack servers print it, a resolver's loopback under "addr"
    ('{"remoteAddress":"::ffff:127.0.0.1","clientIp":"::ffff:203.0.113.40"}', ["::ffff:127.0.0.1"], ["203.0.113.40"]),
    ("resolver addr=127.0.0.53 upstream_addr=[::1]:53 client addr=198.51.100.4:5353", ["127.0.0.53", "[::1]:53"],
     ["198.51.100.4"]),
    # ... a customer's address in a host name is still theirs
    ("connection from 82-68-222-195.dsl.in-addr.zen.co.uk", [], ["82-68-222-195"]),
])
def test_servers_own_addresses_stay(red, line, kept, gone):
    _check(red, line, gone, kept)


def test_fifth_blind_log_leaks_and_over_redaction(red):
    """The fifth log a helper wrote without reading the redactor (bench/pii_logs_blind5.py), another
    seed than the bench's. At the session's start (10fe337) its read half leaked 2.8% of values and
    redacted 8.4% of its decoys on the bench's seed; now 0.2% / 1.6%."""
    from bench.pii_logs_blind5 import blind_log5
    from tests.pii.test_pii_log_keys import _leak_rates

    data = blind_log5(3000, seed=7)
    read = [d for d in data if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 3000 and decoys > 700
    assert leaked <= 0.01, r["leaked"]
    assert lost <= 0.03, r["decoys_redacted"]
