"""The twenty-sixth and twenty-seventh blind labelled logs (bench/pii_logs_blind26.py: a restaurant chain's
and its food delivery's mixed log; bench/pii_logs_blind27.py: a manufacturer's plant and back office),
each written by a helper that read nothing of the redactor. Their read halves (odd templates) were read
to fix categories; each category is asserted here on lines written for the test, both sides, then the
read halves' rates on another seed than the bench's, and the new rules' malformed inputs."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _pass_through_whole, _read_half_within


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _out(red, line: str) -> str:
    return redact_lines([line], red)[0][0]


@pytest.mark.parametrize("line, gone", [
    # SAP's user ids in capitals after "by" or a user's word, and the name printed after one
    ("Purchase order 4500000268 released (rel. code Z2) by KROMER9 / Katarina Römer; net value 96,043.65 EUR",
     ["KROMER9", "Katarina Römer"]),
    ("CDHDR KRED 0000303790 LFBK changed by CBAUDRY2 (tcode XK02) 28.11.2026 23:55:20", ["CBAUDRY2"]),
    ("ME29N: 采购订单 4500004781 已由用户 HULIJUN 审批 (审批代码 Z1)", ["HULIJUN"]),
    ("released by SAMANTHAGOMEZ / Samantha Gomez; vendor Dyson AG", ["SAMANTHAGOMEZ", "Samantha Gomez"]),
    # an account's key holding a person's login
    ("用户登录成功: account=jun.xu, name=端木瑞, clientIp=10.5.207.91", ["jun.xu", "端木瑞"]),
    # a URL's query under a key: the session id in Apache's referer
    ("PHP Warning: session_start() failed, referer: https://srm.example.com/login?sid=kzbz4cbacy2ut5kjd7ff0kzivu",
     ["kzbz4cbacy2ut5kjd7ff0kzivu"]),
    # ISO 20022's parties and a report's person in charge
    ('SEPA-CT queued: MsgId=HTPM-PAY-05 Cdtr="Magdalene Barkholz" IBAN=AT906056286011010542', ["Magdalene Barkholz"]),
    ('inspection.report store="Bondi Junction" person_in_charge="Irene O\'Brien" score=70', ["Irene O'Brien"]),
    # X12's contact name in capitals
    ("ST*850*0001~PER*BD*MICHELLE BOOTH*TE*2166945590*EM*MBOOTH@EXAMPLE.COM~", ["MICHELLE BOOTH", "2166945590"]),
    # a CSV row's quoted "Surname, Given"
    ('062266,"Jackson, Adam",****1006,2026-11-25,2684.17,DD', ["Jackson, Adam"]),
    # a rider's vehicle's registration mark
    ('deliveroo.dispatch rider_assigned vehicle=car reg="JO34DYN" eta=9m', ["JO34DYN"]),
    # a role and a name in single quotes
    ("menulog.orders: order 42798882 customer 'Christopher Shepard' note=\"leave at door\"", ["Christopher Shepard"]),
    # Chinese staff keys holding a login or a name
    ("交班完成 收银员=tweiss22 接班人=liuqiang 终端=POS-02", ["tweiss22", "liuqiang"]),
    ("配置发布 dataId=pay.yaml 操作人=aduhamel56 变更项: 2", ["aduhamel56"]),
    ("交接班记录 | 交班人: 萧秀英 | 接班人: 蔡麗玉 | 遗留: 无", ["萧秀英", "蔡麗玉"]),
    # an engineer by surname and 工, and a name paired with a found one by a swap's sign
    ("遗留: 叉车充电桩B2故障, 已通知设备科李工跟进 | 安全: 无事故", ["李"]),
    ("外籍人员入厂登记 陪同人 东方工 访客证 V-4105", ["东方"]),
    ('markdown="**排班变更** 12-01 晚班 汪佳 ⇄ 吴瑞，请审批"', ["汪佳", "吴瑞"]),
])
def test_new_formats_found(red, line, gone):
    out = _out(red, line)
    assert [v for v in gone if v in out] == [], out


@pytest.mark.parametrize("line", [
    # capitals after "by" that are no one's id
    "changed by SYSTEM at 10:02", "job run by BATCH01", "signed by SHA256 key", "deployed by HANA studio",
    "User DDIC locked",
    # an account's key holding no login
    "account=12345678 balance=3", "account=admin", 'account="savings"', "account=acme_corp",
    # staff keys holding an account or a department
    "收银员=POS01", "值班人=财务部", "操作人=deploybot2", "操作人=mailer1",
    # a party that is a company, a department's contact, a product's quoted pair
    'SEPA-CT queued: Cdtr="Dyson AG" Amt=4871.74', "ST*850*0001~PER*IC*ACCOUNTS PAYABLE*TE*-~", 'sku,"Red, Large",12',
    # a register, a region, a quoted tier after a role
    "reg=R15 value=0x1F", "region=EU1 reg=eax", "customer 'Gold Tier' upgraded",
    # words with 工 and the swap's sign before no name
    "正在施工，请绕行", "车工 3 名", "化工园区", "钳工、焊工",
    # a Google Cloud service account, a text message's signature, a phone's PIN
    '{"type":"service_account","client_email":"menu-publisher@harvestwok-prod.iam.gserviceaccount.com"}',
    '[短信] 模板=PICKUP_READY 发送成功 content="【马记永】您的餐品已备好，取餐码 9602" channel=aliyun',
    '{"eater":{"phone_code":"868 92 676"}}',
])
def test_no_one_stays(red, line):
    assert _out(red, line) == line


def test_a_place_after_a_swap_sign_stays(red):
    assert _out(red, "出差：王伟 → 北京").endswith(" → 北京")


def test_twenty_sixth_blind_log_read_half(red):
    """Unread at 9d0884b (this session's start), on the bench's seed: 5.5% of the read half's values
    leaked, 8.9% of its decoys redacted."""
    from bench.pii_logs_blind26 import blind_log26

    _read_half_within(red, blind_log26(3000, seed=26), 0.015, 0.075)


def test_twenty_seventh_blind_log_read_half(red):
    """Unread at 9d0884b, on the bench's seed: 11.4% leaked, 6.2% of decoys redacted."""
    from bench.pii_logs_blind27 import blind_log27

    _read_half_within(red, blind_log27(3000, seed=27), 0.04, 0.065)


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what the new rules read: a capital id with nothing after it, a slash with no
    name, an empty account, a referer with an empty query, an empty PER segment, an unclosed CSV quote,
    an empty registration, a lone 工, a swap's sign at the end, an empty SMS signature, undecodable
    bytes: one line out per line in, nothing raised, nothing replaced."""
    bad = [b"released by ", b"by KR / ", b"account= name=", b"referer: https://x/login?sid=", b"PER*BD**TE*~",
           b'1,"Jackson, ', b"reg= reg=\"\"", "工".encode(), "晚班 ⇄".encode(), "短信 content=\"【】\"".encode(),
           b'{"phone_code":}', "收银员= 接班人=".encode() + b"\xff",
           # (and the paths the Faker probes added: a bracket with no login, an address with no login
           # before it, an account with no name, cues with nothing after them, a lone quote in a CSV)
           b"[] pushed", b" <@>", b"account  locked", b"on behalf of ", b"payment from ", b"[", b',"", ,"']
    _pass_through_whole(red, tmp_path, bad)
