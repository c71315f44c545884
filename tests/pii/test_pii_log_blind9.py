"""Log categories the ninth blind labelled log's read half (bench/pii_logs_blind9.py, odd templates: one
mixed e-commerce log of access, application JSON and Chinese ops lines, the kind the issue describes)
showed missed or over-redacted: servers' addresses by their place (an upstream list, a service's port,
an upstream object, a load balancer before X-Forwarded-For), the first pair of a quoted form body or
cookie string, a holder's key, a password as typed, a name alone in brackets, password hashes. Each
case is a category with both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # servers' addresses by their place; the client's beside them still goes
    (('203.0.113.50 - - [12/May/2024:02:11:16 +0800] "GET /a HTTP/1.1" 200 512 "-" "curl/8" 0.012 '
      '"10.92.65.137:8080, 10.135.233.82:8080"'), ["203.0.113.50"], ["10.92.65.137:8080, 10.135.233.82:8080"]),
    ('ts=1 ua="192.168.83.188:8080" client="198.51.100.7"', ["198.51.100.7"], ["192.168.83.188:8080"]),
    ('{"remote_addr":"10.228.1.182","http_x_forwarded_for":"120.34.35.206, 10.0.0.2"}', ["120.34.35.206"],
     ['"remote_addr":"10.228.1.182"']),
    ('{"tries":[{"ip":"172.17.221.168","port":8080,"balancer_latency":0}],"client_ip":"120.34.35.206"}',
     ["120.34.35.206"], ['"ip":"172.17.221.168"']),
    # ... but not an address with a client's port, nor a private remote_addr with no public client before it
    ('L 09/19/2025 - 21:06:24: "Lava<12><STEAM_1:1:1><>" connected, address "147.209.163.222:2043"',
     ["147.209.163.222"], []),
    ('{"downstream_remote_address":"203.0.113.9:51234"}', ["203.0.113.9"], []),
    ('{"remote_addr":"10.0.0.5","x_forwarded_for":"10.0.0.9"}', ["10.0.0.5"], []),
    ('{"remote_addr":"172.17.249.25","http_x_forwarded_for":"2408:8000:deb8:d1::1, 10.0.0.1"}',
     ["2408:8000:deb8:d1::1"], ['"remote_addr":"172.17.249.25"']),
    ('[error] upstream timed out, client: 198.51.100.4, upstream: "http://10.42.204.175:8080/user/info?email=a%40b.cn"',
     ["198.51.100.4", "a%40b.cn"], ["http://10.42.204.175:8080/user/info"]),
    # a member's number is no phone (a user's may be: a mobile number is often the user id); 某某 is no name
    ("会员号：13812345678 手机：13912345678", ["13912345678"], ["会员号：13812345678"]),
    ('{"member_no":"13812345678","user_id":"13912345678"}', ["13912345678"], ['"member_no":"13812345678"']),
    ("收件人：某某，联系电话：-", [], ["收件人：某某"]),
    # the first pair of a quoted form body or cookie string
    ('body="username=melissa.jackson60&password=wX3vjkYf%26%21&captcha=M2UR&remember=1"',
     ["melissa.jackson60", "wX3vjkYf"], ["captcha=M2UR", "remember=1"]),
    ('"curl/8.5.0" "JSESSIONID=C327314D11250AA619839CF4461D3AFF; uid=6971490494; lang=zh-CN"',
     ["C327314D11250AA619839CF4461D3AFF"], ["uid=6971490494", "lang=zh-CN"]),
    ('"q=shoes&page=2"', [], ['"q=shoes&page=2"']),
    # a holder under any head, a password as typed
    ('{"card_holder":"况颖","account_holder":"Ann Lee","amount_fen":471032}', ["况颖", "Ann Lee"], ["471032"]),
    ('{"password_tried": "qwe123456", "attempt": 1}', ["qwe123456"], ['"attempt": 1']),
    # a name alone in brackets (the logs profile); a caption's place and a known figure stay
    ("客诉升级（成杰）→ 主管【覃红梅】；关联订单1394455745", ["成杰", "覃红梅"], ["客诉升级（", "→ 主管【"]),
    ("图为省委书记王茂林（左一）等在慰问", [], ["（左一）"]),
    ("诗人（李白）的诗", [], ["（李白）"]),
    # a rare surname (no list holds it) where the context says a whole name stands: a label and its
    # colon, a list of names; the label's blanks name no one; rare characters glued into words stay
    ("申请人：张丽 审核人：琚平 金额¥1164.47", ["张丽", "琚平"], ["审核人：", "金额¥1164.47"]),
    ("涉及骑手：张明、禚亮、赵淑英；关联订单14960803195", ["张明", "禚亮", "赵淑英"], ["涉及骑手：", "关联订单"]),
    ("巡邏人員：鄞秀琴 於桃園發現訪客", ["鄞秀琴"], ["巡邏人員：", "於桃園"]),
    ("联系人：暂无 负责人：待定 收货人：本人 姓名：不详", [], ["暂无", "待定", "本人", "不详"]),
    ("仓库位于鄞州区，檀香木家具已入库", [], ["鄞州区", "檀香木"]),
])
def test_ninth_blind_logs_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_bracketed_names_stay_out_of_the_dataset_profile():
    """A name alone in brackets scores 0.8: the logs profile takes it, the dataset profile (0.9, which
    reads instruction data: People's Daily puts reporters' and figures' names in brackets) does not."""
    from curate.pii.redact import Redactor

    line = "客诉升级（成杰）已处理"
    assert "成杰" not in Redactor(load_policy("logs", mode="patterns")).redact_text(line)
    assert "成杰" in Redactor(load_policy("dataset", mode="patterns")).redact_text(line)


def test_ninth_blind_log_leaks_and_over_redaction(red):
    """The ninth log a helper wrote without reading the redactor (bench/pii_logs_blind9.py), another seed
    than the bench's. Unread at 14f7d13: 4.8% of values leaked, 11.0% of decoys redacted (most of them
    servers' addresses); unread at the commit before its odd half was read: 4.3%."""
    from bench.pii_logs_blind9 import blind_log9
    from tests.pii.test_pii_log_keys import _leak_rates

    data = blind_log9(3000, seed=9)
    read = [d for d in data if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 4000 and decoys > 3000
    assert leaked <= 0.04, r["leaked"]
    assert lost <= 0.09, r["decoys_redacted"]


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what the ninth log's rules read (an upstream list cut short, an address with no
    port, an upstream object never closed, remote_addr with X-Forwarded-For empty, a quoted form with no
    value, an upstream URL with no host, a bracket never closed, bytes that are not UTF-8): one line out
    per line in, nothing raised, only values replaced."""
    from tests.pii.test_pii_log_keys import _through_redact_log

    bad = [
        b'"10.92.65.137:8080, 10.135.233.82:',                  # an upstream list cut short
        b'ua="192.168.83.188:" x',                              # an address with an empty port
        b'{"tries":[{"ip":"172.17.221.168"',                    # an upstream object never closed
        b'{"remote_addr":"10.0.0.5","http_x_forwarded_for":""}',  # nobody named before the proxy
        b'body="username=&password=&x=1"',                      # a quoted form with empty values
        b'upstream: "http://", client: 198.51.100.4',          # an upstream URL with no host
        "客诉升级（成杰 未关闭".encode(),                         # a bracket never closed
        b"\xff\xfe \"JSESSIONID=\x80; uid=1\"",                 # bytes that are no UTF-8
    ]
    stats, out = _through_redact_log(red, tmp_path, bad)
    changed = [o for b, o in zip(bad, out) if b != o]
    # only values: a list or a port that is not whole gives no server's place (the addresses stay on the
    # client's side; a private address at a service's port, 10.92.65.137:8080, is a server's by itself since
    # the twenty-fifth session), nor does an empty X-Forwarded-For; the client in the upstream line; the
    # session cookie's undecodable value. An empty password is none: "password=&x=1" once read "&x=1" as it
    assert changed == [b'"10.92.65.137:8080, <IP_ADDRESS>:', b'ua="<IP_ADDRESS>:" x',
                       b'{"remote_addr":"<IP_ADDRESS>","http_x_forwarded_for":""}',
                       b'upstream: "http://", client: <IP_ADDRESS>',
                       b'\xff\xfe "JSESSIONID=<CREDENTIAL>; uid=1"'], changed
    assert stats["lines_changed"] == 5
