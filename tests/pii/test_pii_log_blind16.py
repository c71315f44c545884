"""Log categories the sixteenth blind labelled log's read half (bench/pii_logs_blind16.py, odd
templates: a hospital group's mixed log) showed missed or over-redacted. Each case is a category
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
    # HL7 FHIR's HumanName: family and given together; "family" alone names a font or an address family
    ('{"resourceType":"Patient","name":[{"use":"official","family":"Okafor","given":["Chinwe","A."]}],"gender":"female"}',
     ["Okafor", "Chinwe"], ['"use":"official"', '"gender":"female"']),
    ('{"font":{"family":"Arial","size":12},"ipPermissions":[{"family":"ipv4"}]}', [], ["Arial", "ipv4"]),
    # a name romanised under its key, the insured person of China's medical-insurance interfaces
    ('realname.Verify failed name_pinyin="ZHOU Min" {"psn_name":"赵建国","psn_no":"51010000","city_pinyin":"chengdu"}',
     ["ZHOU Min", "赵建国"], ['"psn_no":"51010000"', "chengdu"]),
    # a person's unit before the person under a label; the unit alone is no one
    ("退费 审核人=财务科 钱明远 退费单号=13263658305；报告人=检验科 扎西次仁", ["钱明远", "扎西次仁"], ["财务科", "检验科"]),
    ("审批人=财务部 状态=通过；负责人：信息中心", [], ["财务部", "信息中心"]),
    # a whole value after a role's colon, not the segmenter's shorter word (魏文/nr 正/d)
    ("退费单 审核人：魏文正 已退", ["魏文正", "魏文"], ["审核人：", "已退"]),
    # an organisation's field: a business named after a person, a courier's brand
    ("库存预警 供应商=陈李济 采购单号=CG2026；收件人=申屠瑜 电话=+86-17363801746 快递=顺丰速运", ["申屠瑜", "17363801746"],
     ["陈李济", "顺丰速运"]),
    # a shift's hand-over names people only as a field's label; a deputy's title after a surname
    ("交班：15病区；值班护士 盛丽丽 → 接班 陈畅；审核医师=邓副主任 状态=已签发；请叶副院长审核", ["盛丽丽", "陈畅", "邓", "叶"],
     ["交班：15病区", "副主任", "副院长"]),
    ("接班时间 08:00；交班记录已完成；正副主任都到了；原任副院长、现任院长；调入该局，任副局长，", [],
     ["接班时间", "交班记录", "正副主任", "原任副院长", "任副局长"]),
    # a patient surname first with a place's name as the surname, an apostrophe's curly form
    ("Message 88527 processed for patient AVILA, SUZANNE (MRN 63803368); patient D’ALIA, SACHI (MRN 1)",
     ["AVILA, SUZANNE", "D’ALIA, SACHI"], ["Message 88527", "MRN 63803368"]),
    # a call's callee; a channel's short message id is no phone
    ("呼出 坐席=8071 被叫=053258356980 结果=接通；Message 697988 processed；取号码 248249", ["053258356980"],
     ["Message 697988", "取号码 248249"]),
    # an Android process's uid after "caller" is no phone (loghub's Android log)
    ("W ActivityManager: getRunningAppProcesses: caller 10113 does not hold REAL_GET_TASKS", [], ["caller 10113"]),
    # a URL's matrix parameter ends where the query starts
    ('"GET /his/emr/view.do;jsessionid=FAAE95030FFAE8A56505F6F9420C2542?pid=41034297 HTTP/1.1" 200',
     ["FAAE95030FFAE8A56505F6F9420C2542"], ["?pid=41034297 HTTP/1.1"]),
])
def test_sixteenth_blind_log_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_sixteenth_blind_log_leaks_and_over_redaction(red):
    """The sixteenth log a helper wrote without reading the redactor (bench/pii_logs_blind16.py), another
    seed than the bench's. Unread at 76fc48c, this session's start: 7.2% of the read half's values
    leaked, 11.7% of its decoys redacted (most of them servers' addresses, kept: docs/pii.md)."""
    from bench.pii_logs_blind16 import blind_log16

    _read_half_within(red, blind_log16(3000, seed=16), 0.02, 0.09)


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what this set's rules read (a name object cut short, a unit and nothing after
    it, a matrix parameter with no value, a deputy's title alone, a byte that is no UTF-8 after 被叫):
    one line out per line in, nothing raised, nothing replaced."""
    bad = [b'{"family":"', b'"given":[', "审核人=财务科 ".encode(), b"/a.do;jsessionid=?x=1", "副主任".encode(),
           "被叫=".encode() + b"\xff", "接班".encode()]
    _pass_through_whole(red, tmp_path, bad)
