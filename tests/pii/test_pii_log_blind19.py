"""Log categories the nineteenth blind labelled log's read half (bench/pii_logs_blind19.py, odd
templates: an HR and recruiting SaaS's mixed log) showed missed or over-redacted. Each case is a
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
    # a SAML assertion's session index; a document's number under doc_number
    (("saml2.response: name_id_format=emailAddress session_index=_3c79186c-4e8d-4c35-964b-66a8f35972d2 ok; "
      "list_a_doc=US_PASSPORT doc_number=A14166031 citizenship=US"), ["_3c79186c-4e8d-4c35-964b-66a8f35972d2", "A14166031"],
     ["name_id_format=emailAddress", "US_PASSPORT", "citizenship=US"]),
    # ISO 20022's parties: a creditor's or a debtor's name, not a bank's (an agent)
    ("<Cdtr><Nm>Jacinta Cardona Juan</Nm></Cdtr><DbtrAgt><FinInstnId><Nm>Banco Sabadell</Nm></FinInstnId></DbtrAgt>",
     ["Jacinta Cardona Juan"], ["Banco Sabadell"]),
    # MyBatis's bound parameters: a whole name among them; a department's word stays
    ("==>  Parameters: 王建国(String), 2027-01-04(String), 1(Integer), 研发部(String)", ["王建国"], ["研发部(String)"]),
    # a résumé's file named after its owner; another document's file name stays
    ('"fileName":"Resume_Joshua_Stephenson.pdf"；投递附件《楊秀珍-前端开发工程师-2年.pdf》；file 部署手册-v2.pdf；《产品-需求-文档.docx》',
     ["Joshua_Stephenson", "楊秀珍"], ["Resume_", "部署手册-v2.pdf", "《产品-需求-文档.docx》"]),
    # recruiting's roles before a name; the words alone stay
    ("[猎头推荐] 顾问 佘云 推荐候选人 岳斌；HRBP 张桂珍 已提交；顾问团队 已成立；HR 系统 上线", ["佘云", "张桂珍"],
     ["顾问团队", "HR 系统"]),
    # a name opening a tagged line's message after an ISO 8601 time with its offset; a name written by sound too
    ("2026-12-03T19:31:20.155+08:00 [入职体检] 刘鹏 已预约 体检", ["刘鹏"], ["[入职体检]", "已预约"]),
    ("2026-12-03T20:43:21.767+08:00 [差旅] 丹增尼玛 已出票 G6682", ["丹增尼玛"], ["[差旅]", "已出票 G6682"]),
    ("[通知] 乌兰察布 分公司 成立", [], ["乌兰察布 分公司"]),
    # a searched Chinese name, percent-encoded; a searched word stays
    ('"GET /s?keyword=%E4%B8%B9%E5%A2%9E%E5%B0%BC%E7%8E%9B&x=1" "GET /s?keyword=%E6%89%8B%E6%9C%BA&x=1"',
     ["%E4%B8%B9%E5%A2%9E%E5%B0%BC%E7%8E%9B"], ["keyword=%E6%89%8B%E6%9C%BA"]),
    # a candidate by a Chinese name or a full name; an ICE candidate and a node's name stay
    ('{"candidate":"王建国"} {"candidate":"node-3"} {"candidate":"candidate:842163049 1 udp 1677729535 x 46154 typ srflx"}',
     ["王建国"], ["node-3", "candidate:842163049 1 udp"]),
    # a name written by sound glued to an adverb and its verb
    ("候选人那仁花已通过面试；候选人巴特尔已入职", ["那仁花", "巴特尔"], ["已通过面试", "已入职"]),
])
def test_nineteenth_blind_log_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_nineteenth_blind_log_leaks_and_over_redaction(red):
    """The nineteenth log a helper wrote without reading the redactor (bench/pii_logs_blind19.py),
    another seed than the bench's. Unread at 76fc48c, this session's start: 10.3% of the read half's
    values leaked, 6.3% of its decoys redacted."""
    from bench.pii_logs_blind19 import blind_log19

    _read_half_within(red, blind_log19(3000, seed=19), 0.035, 0.07)


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what these rules read (a party's element never closed, MyBatis's word with no
    parameters, a résumé's word and a dash, an adverb with no name, a byte that is no UTF-8 after
    HRBP): one line out per line in, nothing raised, nothing replaced."""
    bad = [b"<Cdtr><Nm>", b"==>  Parameters: ", b"Resume_-.pdf", "候选人已通过".encode(), b"HRBP \xff", b"<Nm></Nm>"]
    _pass_through_whole(red, tmp_path, bad)
