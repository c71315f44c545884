"""The twenty-second to twenty-fourth blind labelled logs (bench/pii_logs_blind22.py: an electricity and
gas utility's mixed log; bench/pii_logs_blind23.py: an online game and live-streaming company's;
bench/pii_logs_blind24.py: a SaaS CRM's), each written by a helper that read nothing of the redactor. Their read halves (odd templates) were read to
fix categories (tests/pii/test_pii_log_nesting_places.py asserts each on lines written there); here the
read halves' rates on another seed than the bench's, and the new rules' malformed inputs."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _pass_through_whole, _read_half_within


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def test_twenty_second_blind_log_read_half(red):
    """Unread at b479181 (this session's start), on the bench's seed: 7.6% of the read half's values
    leaked, 5.1% of its decoys redacted."""
    from bench.pii_logs_blind22 import blind_log22

    _read_half_within(red, blind_log22(3000, seed=22), 0.02, 0.045)


def test_twenty_third_blind_log_read_half(red):
    """Unread at b479181, on the bench's seed: 11.5% leaked, 5.7% of decoys redacted."""
    from bench.pii_logs_blind23 import blind_log23

    _read_half_within(red, blind_log23(3000, seed=23), 0.012, 0.065)


def test_twenty_fourth_blind_log_read_half(red):
    """bench/pii_logs_blind24.py (a SaaS CRM and marketing-automation company's log), read after 22
    and 23. Unread at b479181, on the bench's seed: 3.0% leaked, 8.2% of decoys redacted."""
    from bench.pii_logs_blind24 import blind_log24

    _read_half_within(red, blind_log24(3000, seed=24), 0.015, 0.06)


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what the new rules read: an SQL predicate with no closing quote, a staff number
    with no name, keys with no value, a player tag with nothing after it, a cut Source-engine player, a
    Discord webhook with no token, a short IIS line, a PostgreSQL prefix with no user, an unclosed
    target, a lone Indic word, undecodable bytes: one line out per line in, nothing raised, nothing
    replaced."""
    bad = [b"SELECT * FROM t WHERE cons_name = '", b"agent=5479/ van= pt= nok=", b"player # Player #3",
           b'"<62><[U:1:>" connected', b"https://discord.com/api/webhooks/123/", b"2026-12-06 15:04:53 GET / - 443 ",
           b"[1] @ LOG: ERROR: ", b'{"target_type":"ProjectMember","target_details":"', "Dear काशी".encode(),
           b"NAME_FIRST= NAME_LAST=", b"ward= school=\"\" van=\xff", b"<UserID><![CDATA[]]></UserID><x><![CDATA[",
           b"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=", b'{"display_phone_number":""}',
           "由· ·吐尔逊 老师·".encode(), b'anpr cam-1 read "" conf=', b"ConvertTo-SecureString '' -AsPlainText",
           b'name="" for account  user x (id', b'{"user":{"identifier":"S-1","name":""}}']
    _pass_through_whole(red, tmp_path, bad)
