"""Log categories the thirteenth blind labelled log's read half (bench/pii_logs_blind13.py, odd
templates: a consumer platform's mixed log) showed missed or over-redacted. Each case is a category
with both sides asserted, on lines written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check

_PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\nYCX2MtXYvFL4lUCUxQ+CkLkSZEnDm9pQuQ62qaXL6ij==\\n"


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # a private key's body as a JSON value prints it ("\n" written out) or joined by spaces; its
    # headers stay, and so does prose that names the header, and what follows an END line
    ('{"action":"secret.update","value":"-----BEGIN PRIVATE KEY-----\\n' + _PEM_BODY + '-----END PRIVATE KEY-----\\n"}',
     ["MIIEvQIBADANBgkq", "YCX2MtXYvFL4"], ["-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"]),
    ("key=-----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEAx9abcdef abc/def+ghiJKL== -----END RSA PRIVATE KEY----- op=1",
     ["MIIEowIBAAKCAQEAx9abcdef", "ghiJKL=="], ["op=1", "-----END RSA PRIVATE KEY-----"]),
    ("openssl genrsa writes -----BEGIN PRIVATE KEY----- headers", [], ["headers"]),
    # a key named a key holding a random string (WeChat Pay's APIv3 key, an app key); a cache key, a
    # routing key, a UUID, a hash, a licence code in capitals, a publishable key stay
    ("密钥更新：mch_id=1635768163 apiv3_key=N87xHnFOTnZ1TbYuH7mnm7EEJHktN02F，旧密钥已吊销",
     ["N87xHnFOTnZ1TbYuH7mnm7EEJHktN02F"], ["mch_id=1635768163", "旧密钥已吊销"]),
    (('{"appKey":"Kx8fPq2LmN7vR4tYw9zA","cache_key":"user:42:profile","routing_key":"order.created",'
      '"idempotency_key":"7f3a9c2e-1b4d-4e8f-9a6c-2d5e8f1a3b7c","stripe_key":"pk_live_51HxYzAbCdEf9876Gh"}'),
     ["Kx8fPq2LmN7vR4tYw9zA"], ["user:42:profile", "order.created", "7f3a9c2e-1b4d", "pk_live_51HxYzAbCdEf9876Gh"]),
    ("license_key=ABCD-EFGH-1234-5678 sha_key=9f86d081884c7d659a2feaa0c55ad015", [],
     ["ABCD-EFGH-1234-5678", "9f86d081884c7d659a2feaa0c55ad015"]),
    # what a business nests a name under that is no one (a pet's, a product's); its owner stays a person
    ("appointment saved: {'owner': {'name': 'Julie Russell'}, 'pet': {'name': '煤球', 'breed': '布偶猫'}}",
     ["Julie Russell"], ["'name': '煤球'"]),
    ('{"pet": {"name": "Max"}, "product": {"name": "Walker Boots"}, "customer": {"name": "Bob Lee"}}', ["Bob Lee"],
     ['"name": "Max"', '"name": "Walker Boots"']),
    # a delivery platform's rider and a mandate's debtor are people; a staff number in a person's
    # place is no name, nor a system account under a Chinese record's operator key (a pinyin login is one)
    ('GPS uploaded rider=qiao_lei lat=31.6; mandate created debtor="Alfonso Rosell" iban', ["qiao_lei", "Alfonso Rosell"],
     ["lat=31.6"]),
    ("驿站出库|操作员=CZ057|柜员=G43658|审核 user=a337858", [], ["CZ057", "G43658", "a337858"]),
    ('{"操作员":"sys_batch","操作人":"夏秀荣","经办人":"zhang.wei"} 操作员=batch01', ["夏秀荣", "zhang.wei"],
     ["sys_batch", "batch01"]),
])
def test_thirteenth_blind_logs_categories(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_private_key_bodies_in_a_batch(red):
    """In a batch (the polars prefilter's path, 32 lines and more) as in a single line."""
    line = '{"value":"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\\n-----END OPENSSH PRIVATE KEY-----"}'
    out = [t for t, _ in redact_lines([f"line {i} ok" for i in range(40)] + [line], red)]
    assert "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU" not in out[-1] and "-----END OPENSSH PRIVATE KEY-----" in out[-1]
    assert out[:40] == [f"line {i} ok" for i in range(40)]


def test_run_metadata_scrubs_private_keys_too():
    from curate.secrets import scrub

    got = scrub("cfg -----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIAbcdefghijklmnopqrstuv\\n-----END EC PRIVATE KEY----- ok")
    assert "MHcCAQEEIAbcdefghijklmnopqrstuv" not in got and got.endswith("-----END EC PRIVATE KEY----- ok")


@pytest.mark.parametrize("line, gone, kept", [
    # a worker called by the familiar form (老陶, 小邱): the surname, as before a title; words that
    # open so (小时, 小区, 老师, 小米, 小白, 小农, 老高), a shop's name and a nickname's tail stay
    ("客服备注：用户说上次是老陶上门的，这次还想约他；已转交小邱排班", ["陶", "邱"], ["上次是老", "已转交小", "排班"]),
    ("小区门口，1小时后，老师说，小米手机，小于10，这个小白问题，小农经济，挽得老高", [],
     ["小区", "小时", "老师", "小米", "小于", "小白", "小农", "老高"]),
    ("商家 老王烧烤 预计送达；昵称 数码达人小刘", [], ["老王烧烤", "数码达人小刘"]),
    # Mongolian names written by sound, after a label, a role, 由, before a title; Tibetan before a title
    ("主人：那日苏 手机：13800000000 回访人：布仁巴雅尔", ["那日苏", "布仁巴雅尔"], ["主人：", "回访人："]),
    ("投诉单：由那日苏处理；预约皮肤科 巴特尔医生；扎西次仁先生来电", ["那日苏", "巴特尔", "扎西次仁"],
     ["由", "处理", "医生", "先生来电"]),
    ("乌云密布，巴图鲁", [], ["乌云密布", "巴图鲁"]),
    # a Chinese name after an English role word; a Chinese word there stays
    ('{"message":"Consultation booked for patient 那日苏 with Dr. Jia"} courier 长孙国庆 assigned', ["那日苏", "长孙国庆"],
     ["patient ", "courier "]),
    ("user 未登录 retry; customer 客服 reply", [], ["未登录", "客服"]),
    # an operator under its key when a Chinese name or a pinyin login; a carrier's name is no one
    ('Refund issued {"payer":"李冬梅","operator":"王军"} operator=zhangwei', ["李冬梅", "王军", "zhangwei"], ["operator"]),
    ('{"operator":"CMCC"} operator=中国移动 operator=Vodafone', [], ["CMCC", "中国移动", "Vodafone"]),
])
def test_familiar_forms_names_by_sound_and_operators(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_familiar_forms_stay_out_of_the_dataset_profile():
    """小王有 5 本书: a word problem's people. The familiar form scores 0.8, under the dataset profile's 0.9."""
    red = Redactor(load_policy("dataset", mode="patterns"))
    text = "小王有5本书，老李给了他3本，小王现在有几本书？"
    assert [s for s in red.find([text], "input")[0] if s.entity_type == "PERSON"] == []


@pytest.mark.parametrize("line, gone, kept", [
    # an address a word calls a machine of the service's own (主机, 节点, 服务器, node, server); a client's stays
    # redacted, and so does an address after other words
    ("飞书告警 | 集群 k8s-prod-sh 节点 10.173.235.185 NotReady；【恢复】告警已恢复 主机 10.2.3.4", [],
     ["10.173.235.185", "10.2.3.4"]),
    ("client 1.2.3.4 server 10.0.0.7 node=10.1.1.1 from 5.6.7.8", ["1.2.3.4", "5.6.7.8"], ["10.0.0.7", "10.1.1.1"]),
    ("Server=tcp:192.168.176.115,1433; mysqldump --host=172.16.74.17; 服务器IP/192.168.188.29 来源IP 1.2.3.4", ["1.2.3.4"],
     ["192.168.176.115", "172.16.74.17", "192.168.188.29"]),
])
def test_server_addresses_named_so(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_program_mailboxes_are_kept_people_mailboxes_are_not(red):
    """A mailbox only programs write from or to (no-reply@, bounce@, postmaster@) names no one, nor does a
    team's shared one (support@, ops-control@: the twenty-third session's choice, as the blind logs label
    them); at a free-mail provider it may be a person's own box, and a name in it makes it a person's."""
    line = ("from=<no-reply@tailspin.co.uk> bounce@news.shopwave.co.uk to=<ann.lee@gmail.com> noreply@qq.com support@x.com "
            "ann.support@x.com ops-control@air.example")
    _check(red, line, ["ann.lee@gmail.com", "noreply@qq.com", "ann.support@x.com"],
           ["no-reply@tailspin.co.uk", "bounce@news.shopwave.co.uk", "support@x.com", "ops-control@air.example"])


@pytest.mark.parametrize("line, gone, kept", [
    # a compound surname the tagger reads as a noun before a title; a figure's namesake as a strong
    # label's value (logs only); a surname with its particles after a title
    ("【家校通】司徒振华家长您好：本周三下午", ["司徒振华"], ["家长您好"]),
    ("不动产登记 共有人：张宁 共有方式：共同共有", ["张宁"], ["共有人：", "共有方式"]),
    ("appointment with Dr van der Sande on Sun; Dr. de la Cruz signed; Mr. Children concert", ["van der Sande", "de la Cruz"],
     ["Dr ", "Mr. Children"]),
])
def test_compound_surnames_strong_labels_particles(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_plates_with_one_digit_after_a_plate_word(red):
    """A mainland plate with a space and one digit (车牌渝H FFRC9, plate="鲁K V1BXG") after a plate word; a
    word, or a code with no plate word before it, stays."""
    _check(red, '[搬家服务] 车牌渝H FFRC9 已出发 courier.plate="鲁K V1BXG"', ["渝H FFRC9", "鲁K V1BXG"], ["车牌", "courier.plate"])
    _check(red, "沪ANDROID 京A ABCDE 型号京A BCDE1", [], ["沪ANDROID", "京A ABCDE", "京A BCDE1"])


def test_thirteenth_blind_log_leaks_and_over_redaction(red):
    """The thirteenth log a helper wrote without reading the redactor (bench/pii_logs_blind13.py: the
    mixed log the issue describes), another seed than the bench's. Unread at ad9dac1: 10.2% of values
    leaked, 12.4% of decoys redacted; the read half now about 2% and 10%."""
    from bench.pii_logs_blind13 import blind_log13
    from tests.pii.test_pii_log_keys import _leak_rates

    read = [d for d in blind_log13(3000, seed=12) if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 3000 and decoys > 2000
    assert leaked <= 0.03, r["leaked"]
    assert lost <= 0.11, r["decoys_redacted"]


def test_malformed_lines_of_these_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what this set's rules read (a private key's header with nothing after it, a
    familiar form at the end, a Mongolian name cut inside its first part — one part alone is a name —,
    an English role with nothing after it, a pet's object cut short, a plate word alone, a byte that
    is no UTF-8 in a role's value): one line out per line in, nothing raised, only values replaced,
    and the report shows shapes only."""
    from tests.pii.test_pii_log_keys import _through_redact_log

    bad = [b'"value":"-----BEGIN PRIVATE KEY-----', "转交小".encode(), "回访人：布".encode(), b"patient ",
           b"{'pet': {'name':", "车牌".encode(), "骑手".encode() + b"\xff", b"apiv3_key="]
    _stats, out = _through_redact_log(red, tmp_path, bad)
    assert len(out) == len(bad)
    assert [o for b, o in zip(bad, out) if b != o] == []


def test_values_encoded_twice(red):
    """A query encoded twice (%2540 for @) is decoded twice; an Express session id so encoded after
    &sid= is one; a percent sign that encodes nothing stays."""
    _check(red, "GET /r?q=li.na%2540163.com&x=1 HTTP/1.1", ["li.na%2540163.com"], ["&x=1"])
    _check(red, "url=/download.do?file=Q4.xlsx&sid=s%253ARb1-FFsrArXeb0TcvrptsiMDM_SFz1Yt", ["Rb1-FFsrArXeb0T"],
           ["file=Q4.xlsx&sid="])
    _check(red, "progress p=100%25 done; ?a=1&sid=sess%20name%20here1234", [], ["100%25", "sess%20name%20here1234"])


def test_addresses_with_an_escaped_at_sign(red):
    """An address whose "@" a logger escaped (JSON's \\u0040, a byte dump's \\x40) is one address, not a
    Windows DOMAIN\\user; a real DOMAIN\\user still is one."""
    _check(red, 'msg="contact ann\\u0040example.com today"', ["ann\\u0040example.com"], ["contact ", " today"])
    _check(red, 'b"to: ann.lee\\x40mail.example.org\\r\\n"; user CORP\\jdoe logged on', ["ann.lee", "jdoe"],
           ["to: ", "CORP\\"])


@pytest.mark.parametrize("line, gone, kept", [
    # what a program printed in a secret's place is none, percent-encoded in a query too, after a
    # login command's flag (a CI runner's ****, Terraform's "(sensitive value)") or an auth scheme;
    # a real one in the same places goes
    ("url=jdbc:mysql://db:3306/m?user=app_rw&password=%2A%2A%2A%2A%2A%2A&useSSL=false password=%41bc%40123&x=1",
     ["%41bc%40123"], ["password=%2A%2A%2A%2A%2A%2A&useSSL=false"]),
    ("docker login -u l*** -p (sensitive value) harbor.x.cn; docker login -u ci -p **** h; docker login -u ci -p Kx9abcdEF h",
     ["Kx9abcdEF"], ["-p (sensitive value) harbor.x.cn", "-p **** h"]),
    # a one-token scheme's credential ends at its token: the line's words after it stay
    ("网关鉴权失败 Authorization: Basic ******** 客户端 已拦截；Authorization: Basic dXNlcjpwYXNz 客户端 已拦截，累计 3 次",
     ["dXNlcjpwYXNz"], ["Basic ******** 客户端", "Basic <CREDENTIAL> 客户端 已拦截，累计 3 次"]),
])
def test_placeholders_and_one_token_schemes(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a plate's word in Chinese before a plate of Taiwan, Hong Kong or Macao, and in German, French,
    # Spanish and Italian; a plate's kind, a make, a number too short stay
    ("车牌 ABC-1234（台湾）；車牌號碼：AB-1234；牌照 AB 1234 香港；Kennzeichen: B-AB 1234；immatriculation AB-123-CD",
     ["ABC-1234", "AB-1234", "AB 1234", "B-AB 1234", "AB-123-CD"], ["（台湾）", "香港"]),
    ("号牌种类 02；targa 12；Kennzeichen BMW 320d", [], ["号牌种类 02", "targa 12", "BMW 320d"]),
    # how a Chinese form says it has no value is no value
    ('车牌号：未知；车牌号: 无，手机：未绑定；{"plate":"未登记","name":"王芳"}', ["王芳"], ["未知", "无，", "未绑定", "未登记"]),
])
def test_plate_words_and_empty_values(red, line, gone, kept):
    _check(red, line, gone, kept)
