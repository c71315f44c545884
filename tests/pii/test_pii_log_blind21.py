"""Log categories the twenty-first blind labelled log's read half (bench/pii_logs_blind21.py, odd
templates: a property-management and smart-community company's mixed log) showed missed or
over-redacted. Each case is a category with both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check
from tests.pii.test_pii_log_keys import _pass_through_whole, _read_half_within


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # an analytics cookie's visit times (Baidu Tongji) are no secret; the session cookies beside them are
    ('headers=[cookie:"JSESSIONID=C92F1C26CE12893E48ADDACCCE0CA7BD; Hm_lvt_abc=1796225320,1796311720; sid=1796400001"]',
     ["C92F1C26CE12893E48ADDACCCE0CA7BD", "sid=1796400001"], ["Hm_lvt_abc=1796225320,1796311720"]),
    # a plate under a vehicle's key; a vehicle's type or model stays
    ('gantry=EXIT-1 vehicle=SKQ2231D entry=17:31; car_no="SBA 1234 X"; vehicle=sedan car="Model 3" veh=TRUCK-01',
     ["SKQ2231D", "SBA 1234 X"], ["vehicle=sedan", 'car="Model 3"', "veh=TRUCK-01"]),
    # "by" as a field's key names who did it; ending a phrase it is a query's word
    ("campaign=xmas sent=2469 by=lwong; sort by=created_at group by=day order by=name",
     ["lwong"], ["sort by=created_at", "group by=day", "order by=name"]),
    # a reporting program's account is no one
    ('password authentication failed for user "acme_report"; for user "bi_reader"', [], ['"acme_report"', '"bi_reader"']),
    # a name written by sound set off by spaces before a phone number; a place before a building stays
    ("[电梯物联网] 告警 类型=困人 已通知维保 那仁格日勒 +86 13549084662；地点 张江 1号楼", ["那仁格日勒"],
     ["已通知维保 ", "地点 张江 1号楼"]),
])
def test_twenty_first_blind_log_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_twenty_first_blind_log_leaks_and_over_redaction(red):
    """The twenty-first log a helper wrote without reading the redactor (bench/pii_logs_blind21.py),
    another seed than the bench's. Unread at 364b28e, this session's start: 4.5% of the read half's
    values leaked, 7.6% of its decoys redacted; 3.3% and 7.6% with the session's rules before it was read."""
    from bench.pii_logs_blind21 import blind_log21

    _read_half_within(red, blind_log21(3000, seed=21), 0.015, 0.07)


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what these rules read (a cookie header with no pairs, a vehicle key with no
    value, "by" with nothing after it, a spaced Han run and a lone plus): one line out per line in,
    nothing raised, nothing replaced."""
    bad = [b'cookie:"Hm_lvt_=; ;"', b"vehicle= car_no=\"\"", b"by=", b"sort by=", "维保 那仁 +".encode(), b"vehicle=\xff"]
    _pass_through_whole(red, tmp_path, bad)


@pytest.mark.parametrize("line, gone, kept", [
    # an application's account in a data store's or a queue's DSN: only the password goes
    ('dsn="postgres://hr_payroll:zhouhui%232026@db1:5432/payroll" url=amqp://mq_live:Xk92-pw@10.0.0.5:5672/%2Flive',
     ["zhouhui%232026", "Xk92-pw"], ["hr_payroll:", "mq_live:"]),
    # a person's login there stays a secret with its password: census names, pinyin, names outside the census
    ("postgres://barbara_lopez:Aa862546!@db/app amqp://gang_yao:wu2023@mq/x mysql://climaco_zamorano:chen5208@db/y",
     ["barbara_lopez", "gang_yao", "climaco_zamorano", "Aa862546!", "wu2023", "chen5208"], ["@db/app", "@mq/x"]),
])
def test_application_accounts_in_dsns(red, line, gone, kept):
    _check(red, line, gone, kept)
