"""Log categories the seventeenth blind labelled log's read half (bench/pii_logs_blind17.py, odd
templates: an express-delivery company's mixed log) showed missed or over-redacted. Each case is a
category with both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check
from tests.pii.test_pii_log_keys import _pass_through_whole, _read_half_within


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # XML elements as fields, a namespace's prefix aside (China's customs messages, SOAP bodies)
    (("<ceb:orderNo>E2026112936</ceb:orderNo><ceb:buyerRegNo>li_na88</ceb:buyerRegNo><ceb:buyerName>狄鑫</ceb:buyerName>"
      "<password>s3cr3t!x</password>"), ["li_na88", "狄鑫", "s3cr3t!x"], ["<ceb:orderNo>E2026112936</ceb:orderNo>"]),
    ("<name>nginx</name><user>root</user><bytes>13800138000</bytes><host>db-01</host>", [],
     ["nginx", "root", "13800138000", "db-01"]),
    # a program's mailbox under an address's key, as detection keeps it; a free-mail one is someone's
    ('<email>noreply@acme-hr.com</email> {"email":"notifications@acme-hr.com"} <email>noreply@qq.com</email>',
     ["noreply@qq.com"], ["noreply@acme-hr.com", "notifications@acme-hr.com"]),
    # a password a Chinese sentence says was changed or reset to; the sentence alone stays
    ("跳板机 root 密码已改为 sh5991kf# 请勿外传；密码重置为 Abc12345，请登录", ["sh5991kf#", "Abc12345"], ["请勿外传", "请登录"]),
    ("密码修改成功；请设置新密码为您的安全负责", [], ["密码修改成功", "请设置新密码为您的安全负责"]),
    # a chat bot's mention by mobile number, and the name after it
    ("请值班人员 @17768579748 钱金凤 尽快处理；x@13800138000", ["17768579748", "钱金凤"], ["尽快处理", "x@13800138000"]),
    # a surname and its title the dictionary holds as one rare word; a word that is one stays
    ("[网点反馈] 网点主管 杜主管: 快递员；班主任 说", ["杜"], ["主管:", "班主任 说"]),
    # a label, one character and 先生/女士: that character is a surname; an old gentleman is no one
    ("结果: 客户信先生同意改约；乘客但女士已上车；客户老先生说；客户某女士", ["信", "但"], ["客户老先生", "客户某女士"]),
    # a courier or a signer by a Chinese name, a pinyin login or a full name; a carrier's name stays
    ('{"courier":"笪明玉","signer":"洛桑多吉"} courier=zhang.wei {"courier":"DHL"} courier="UPS Ground"',
     ["笪明玉", "洛桑多吉", "zhang.wei"], ['"DHL"', "UPS Ground"]),
    # a role word and a quoted full name (an IVR's match); a company's quoted name stays
    ('inbound call matched customer "Neelima Sandhu" menu=2; owner "Acme Trading GmbH"', ["Neelima Sandhu"],
     ["Acme Trading GmbH"]),
    # ... only for the people a service serves: an author or a teacher a sample names after a figure stays
    ('sample course author "Mark Twain" teacher "Ada Lovelace" ok', [], ["Mark Twain", "Ada Lovelace"]),
    # shift labels name people only as fields
    ("【交接班】夜班运维 张军 → 早班 王玉梅: 已处理；早班 08:00 开始；夜班补贴 200 元", ["张军", "王玉梅"],
     ["早班 08:00", "夜班补贴"]),
    # names of one part written by sound after a label and a space: Uyghur, Yi, Mongolian
    ("收件人 帕提古丽 状态 待揽收；快递员 吉克阿依(134-9492-9917)；值班人员 那顺 →", ["帕提古丽", "吉克阿依", "那顺"],
     ["状态 待揽收", "→"]),
])
def test_seventeenth_blind_log_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_seventeenth_blind_log_leaks_and_over_redaction(red):
    """The seventeenth log a helper wrote without reading the redactor (bench/pii_logs_blind17.py),
    another seed than the bench's. Unread at 76fc48c, this session's start: 9.8% of the read half's
    values leaked, 4.5% of its decoys redacted (servers' addresses)."""
    from bench.pii_logs_blind17 import blind_log17

    _read_half_within(red, blind_log17(3000, seed=17), 0.03, 0.06)


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what this set's rules read (an XML element never closed, a mismatched close,
    a password word and "changed to" with nothing after, an @ and a short number, a role word and an
    open quote, a byte that is no UTF-8 after a shift label): one line out per line in, nothing
    raised, nothing replaced."""
    bad = [b"<password>abc", b"<name>x9</nam>", "密码已改为".encode(), b"@1776857", b'customer "Ann',
           "早班 ".encode() + b"\xff", b"</>"]
    _pass_through_whole(red, tmp_path, bad)
