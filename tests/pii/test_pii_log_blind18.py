"""Log categories the eighteenth blind labelled log's read half (bench/pii_logs_blind18.py, odd
templates: a K-12 education group's mixed log) showed missed or over-redacted, and what blind log
19's held-out half's decoy counts showed (no line of it read). Each case is a category with both
sides asserted, on lines written here, not the sets'."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check
from tests.pii.test_pii_log_keys import _pass_through_whole, _read_half_within


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # fields a logger separated with escaped tabs or line breaks (an attendance device's push body)
    ('body="USER PIN=07190\\tName=Wei Shen\\tPri=0\\tPasswd=263514\\tCard=9736675109\\tGrp=1"',
     ["Wei Shen", "263514"], ["PIN=07190", "\\tPri=0\\t", "\\tGrp=1"]),
    ('msg="line1\\npassword=Xy12zz\\nuser=jdoe"; corp.local\\tuo_luwei:5510:aad3b435b51404eeaad3b435b51404ee:x',
     ["Xy12zz", "jdoe", "tuo_luwei"], ["line1\\npassword=", "\\nuser="]),
    ("path=C:\\temp\\new x=1", [], ["C:\\temp\\new x=1"]),
    # a card key holding no payment card's number (a campus card); a payment card under it stays one
    ("人脸识别通过 学号:20195586 卡号:6919861103；card_no=4111111111111111", ["4111111111111111"], ["卡号:6919861103"]),
    # a login after "account"; an account's id, a service's or a team's account stays
    (("reset link sent for account katie.kirk (x); Account j.burns disabled; account acct_1234 created; "
      "告警已抄送管理员账号 secops；initiatedBy=automated initiatedBy=argocd-image-updater"),
     ["katie.kirk", "j.burns"], ["acct_1234", "secops", "automated", "argocd-image-updater"]),
    # a SEPA transfer's creditor
    ('queued SCT EndToEndId=RFND-2026-735664 creditor="Lotte Sölzer" bic=BAVIDEDGXXX', ["Lotte Sölzer"],
     ["RFND-2026-735664", "BAVIDEDGXXX"]),
    # what a number-plate camera read; a masked read and a service's words stay
    ('anpr cam-3 read "TA13 PKR" conf=0.94; ALPR plate=7ABC123 lane 2; anpr cam-1 read "8F***67"; lpr service read config',
     ["TA13 PKR", "7ABC123"], ["8F***67", "read config"]),
    # a rare surname before a title after a role or a boundary; a name of a rare surname set off as a field
    ("请联系班主任眭老师；(家长 仉女士) 学生 仉泽敏 总分 384；家访 学生 那仁花 (高二3班)", ["眭", "仉", "仉泽敏", "那仁花"],
     ["班主任", "老师", "总分 384"]),
    ("这是一位很好的老师；的老师；请留医生的电话", [], ["这是一位很好的老师", "的老师", "请留医生的电话"]),
    # a role word and a quoted name: the people a record is about, not its author or its teacher
    ('matched student "Priya Raman" grade=7; course author "Mark Twain"', ["Priya Raman"], ["Mark Twain"]),
])
def test_eighteenth_blind_log_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_eighteenth_blind_log_leaks_and_over_redaction(red):
    """The eighteenth log a helper wrote without reading the redactor (bench/pii_logs_blind18.py),
    another seed than the bench's. Unread at 76fc48c, this session's start: 5.7% of the read half's
    values leaked, 7.5% of its decoys redacted."""
    from bench.pii_logs_blind18 import blind_log18

    _read_half_within(red, blind_log18(3000, seed=18), 0.025, 0.06)


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what these rules read (an escaped tab with nothing after it, a key after an
    escape with no value, a card key and a lone digit, "account" at the end, a camera's read cut
    short, a byte that is no UTF-8 after a title): one line out per line in, nothing raised, nothing
    replaced."""
    bad = [b'body="PIN=1\\t', b"x\\tName=", "卡号:7".encode(), b"for account", b'anpr cam-1 read "',
           "班主任".encode() + b"\xff" + "老师".encode()]
    _pass_through_whole(red, tmp_path, bad)
