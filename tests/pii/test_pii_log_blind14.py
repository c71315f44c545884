"""Log categories the fourteenth blind labelled log's read half (bench/pii_logs_blind14.py, odd
templates: a travel and local-services platform's mixed log) showed missed or over-redacted. Each
case is a category with both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # an operations engineer named by the role, and whom a message was sent to; the role before a
    # system's word stays
    ("【变更】运维 王建 于 15:43 重置 MQ 账号 admin 的密码，新密码已私聊发给 刘霞，请勿外传；运维平台告警；运维 监控 正常",
     ["王建", "刘霞"], ["运维 ", "于 15:43", "运维平台告警", "运维 监控 正常", "发给 "]),
    # a cue word set off by spaces as chat bots print it (请 张博 跟进); not inside a word (申请 …)
    ("司机绕路多收费，请 张博 跟进；感谢 李明 的帮助；请 高度 重视；申请 王芳 入职", ["张博", "李明"],
     ["请 高度 重视", "申请 王芳 入职"]),
    # the names after 由 listed with 、; places so listed stay
    ("夜班由 耿桂兰、笪磊 值守；由张家口、石家庄等地；由北京、上海两地；由长沙、武汉共同承办", ["耿桂兰", "笪磊"],
     ["张家口", "北京", "长沙"]),
    # a greeting's surname before a title, whatever else the character is, and a name written by sound
    # after it; a greeting's common noun stays
    ("尊敬的顾女士，您的航班延误；尊敬的帕提古丽·吾守尔，您预订的酒店；尊敬的顾客先生；尊敬的各位女士", ["顾女士", "帕提古丽·吾守尔"],
     ["女士，您的航班", "尊敬的顾客先生", "尊敬的各位女士"]),
    # the rest of the compound surnames after a service role (百里强); words that open with them stay
    ("接听坐席 百里强（工号E11654）通话 262 秒；百里挑一的人才；第五届大会", ["百里强"], ["工号E11654", "百里挑一", "第五届"]),
    # a pinyin name after what was done
    ("reports wrong room rate on card ending 0316; assigned to Jing Hou", ["Jing Hou"], ["assigned to "]),
    # a business under a person's key
    ('payee="The Wellington Arms" account_holder="Wei Zou" iban=BE34695076196226', ["Wei Zou"],
     ['payee="The Wellington Arms"']),
    ('payee="Hotel Adlon" account_holder="Gang Bai"; payee="Bank of Ireland"', ["Gang Bai"],
     ['payee="Hotel Adlon"', 'payee="Bank of Ireland"']),
])
def test_fourteenth_blind_log_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # nginx escapes a logged body's quotes (\x22) and its UTF-8 bytes (\xE9…, upper-case hex)
    (('1.2.3.4 - - [05/Dec/2026:11:06:30 +0800] "POST /api/login HTTP/1.1" 200 281 "-" "curl/7.81.0" '
      '"{\\x22mobile\\x22:\\x2214780589344\\x22,\\x22password\\x22:\\x22NuiUwz#5PS\\x22,\\x22smsCode\\x22:\\x22704871\\x22}"'),
     ["14780589344", "NuiUwz#5PS"], ['\\x22smsCode\\x22:\\x22704871\\x22', '"POST /api/login HTTP/1.1"']),
    # a query's whole value that is a Chinese name beside contact data (an invoice's personal title);
    # a place, or a name with no contact data on the line, stays
    ("GET /invoice/apply?title=\\xE9\\xBB\\x84\\xE9\\x9C\\x9E&type=personal&email=adya@bigpond.com HTTP/1.1",
     ["\\xE9\\xBB\\x84\\xE9\\x9C\\x9E", "adya@bigpond.com"], ["&type=personal"]),
    ("GET /api/x?city=黄山&email=a@b.com", [], ["city=黄山"]),
    ("GET /api/y?title=黄霞&type=personal", [], ["title=黄霞"]),
    # a private key's body a logger shortened ("..." before its END line); its headers stay
    ("wechatpay.private-key=-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAo...-----END PRIVATE KEY-----",
     ["MIIEvQIBADANBgkq"], ["-----BEGIN PRIVATE KEY-----", "...-----END PRIVATE KEY-----"]),
])
def test_fourteenth_blind_log_formats(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_fourteenth_blind_log_leaks_and_over_redaction(red):
    """The fourteenth log a helper wrote without reading the redactor (bench/pii_logs_blind14.py: the
    mixed log the issue describes once more), another seed than the bench's. Unread at fcab4ec, this
    session's start: 11.1% of the read half's values leaked, 12.1% of its decoys redacted; now about
    3% and 11.5%."""
    from bench.pii_logs_blind14 import blind_log14
    from tests.pii.test_pii_log_keys import _leak_rates

    read = [d for d in blind_log14(3000, seed=14) if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 2500 and decoys > 2000
    assert leaked <= 0.045, r["leaked"]
    assert lost <= 0.13, r["decoys_redacted"]


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what this set's rules read (a cue and a space at the end, 由 and a list cut
    short, a greeting alone, an nginx escape cut off, a key's header and nothing after it, a byte that
    is no UTF-8 after a role): one line out per line in, nothing raised, nothing replaced, and the
    report shows shapes only."""
    from tests.pii.test_pii_log_keys import _through_redact_log

    bad = ["请 ".encode(), "由 王".encode() + "、".encode(), "尊敬的".encode(), b'"{\\x22mobile\\x22:\\x2',
           b"private-key=-----BEGIN PRIVATE KEY-----...", "运维 ".encode() + b"\xff", b"title=\\xE9\\xBB&email="]
    _stats, out = _through_redact_log(red, tmp_path, bad)
    assert len(out) == len(bad)
    assert [o for b, o in zip(bad, out) if b != o] == []


@pytest.mark.parametrize("line, gone, kept", [
    # an account handle made of a mainland mobile (a push alias, a member id) behind a person's prefix
    ("APNs 200 alias=u_13586115820 title=x; member_13900139000 uid=wx-18611112222,", [
        "13586115820", "13900139000", "18611112222"], ["alias=u_", "member_", "uid="]),
    # an order's or a serial's id of that shape, a number of another length, a number no region has
    ("order_13586115820 sn-13586115820 txn_13900139000 u_12345678901 u_135861158201", [],
     ["order_13586115820", "sn-13586115820", "txn_13900139000", "u_12345678901", "u_135861158201"]),
])
def test_account_handles_made_of_a_phone(red, line, gone, kept):
    _check(red, line, gone, kept)
