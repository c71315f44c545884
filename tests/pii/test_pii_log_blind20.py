"""Log categories the twentieth blind labelled log's read half (bench/pii_logs_blind20.py, odd
templates: an insurance company's mixed log) showed missed or over-redacted. Each case is a category
with both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check
from tests.pii.test_pii_log_keys import _pass_through_whole, _read_half_within


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # a staff role of two words (运维/人员, 安保/人员), then a name and the person's login in brackets
    ("[堡垒机审计] 运维人员 杜建华(dujh01) 从 10.20.3.4 登录；安保人员许秀兰巡查；有关人员要加强管理",
     ["杜建华", "dujh01", "许秀兰"], ["[堡垒机审计] 运维人员 ", "有关人员要加强管理"]),
    # the UK's registration mark and other languages' keys for a plate
    ("FNOL created vrm=LB07 SEO; kennzeichen=M-XY 4821 status=ok", ["LB07 SEO", "M-XY 4821"], ["FNOL created", "status=ok"]),
    # a name abbreviated Nm, as payment messages print it; a file's or a host's stays
    ('pain.001 Cdtr.Nm="Ines Kurz" Dbtr.Nm="Paul Ray" customerNm=欧阳华 file_nm=report.csv host.nm=web01',
     ["Ines Kurz", "Paul Ray", "欧阳华"], ["file_nm=report.csv", "host.nm=web01"]),
    # the staff a case is handed to; the same words in other uses stay
    ("claim CL1 assigned to adjuster Ines Kurz; escalated to supervisor Paul Ray", ["Ines Kurz", "Paul Ray"],
     ["assigned to adjuster ", "escalated to supervisor "]),
    ("Senior Analyst Report generated; handler Exception Thrown", [], ["Senior Analyst Report", "handler Exception Thrown"]),
    # a program's account named for its job in a URL's credentials: the password goes, the account stays
    ("fetching https://acme_api:Winter2024%21@ocr.vendor.example/v2/jobs/1", ["Winter2024%21"], ["acme_api"]),
    # a label inside a longer word run (回访客户 is 回访 + 客户) and a name written by sound after it
    ("[回访] 回访客户 扎西次仁 座机 结果=已接通；领款人 宝音图 与被保险人关系=本人", ["扎西次仁", "宝音图"],
     ["回访客户 ", "座机", "与被保险人关系=本人"]),
    # a rare surname after a role and a space, or a strong label's colon (斛 a measure word in the dictionary)
    ("已派工 查勘员 佴斌(13890430098)；报案人:斛文, 联系电话:-", ["佴斌", "斛文"], ["查勘员 ", "报案人:"]),
])
def test_twentieth_blind_log_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_twentieth_blind_log_leaks_and_over_redaction(red):
    """The twentieth log a helper wrote without reading the redactor (bench/pii_logs_blind20.py),
    another seed than the bench's. Unread at 364b28e, this session's start: 6.9% of the read half's
    values leaked, 5.4% of its decoys redacted (0.8% and 4.9% after its fixes, on this seed)."""
    from bench.pii_logs_blind20 import blind_log20

    _read_half_within(red, blind_log20(3000, seed=20), 0.02, 0.06)


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what these rules read (a role with nothing after it, an abbreviated key with no
    value, an empty bracket after a name's place, a byte that is no UTF-8 after a role): one line out
    per line in, nothing raised, nothing replaced."""
    bad = ["运维人员 ()".encode(), b"Cdtr.Nm= customerNm=", "回访客户 ".encode(), "查勘员 ".encode() + b"\xff",
           b"vrm=", b"assigned to adjuster"]
    _pass_through_whole(red, tmp_path, bad)
