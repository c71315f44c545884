"""Log categories the fourth blind labelled log's read half (bench/pii_logs_blind4.py, odd templates)
showed missed or damaged: what a framework prints in a secret's place, dicts as code prints them,
display names before an address, HL7 v2 segments, a person field's change in an audit trail, keys of
bookings, signatures and product codes, Chinese keys with an ASCII colon, strong Chinese labels
before names the dictionary holds, IPv6 after a label, public resolvers, bots. Each case is a
category with both sides asserted, on lines written here (names and numbers from Faker where a
value's variety matters), not the set's."""
import pytest
from faker import Faker

from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # Rails' parameters: a hash rocket is a separator, "[FILTERED]" the framework's own mask
    (('Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"ann.okafor@example.net", '
     '"password"=>"[FILTERED]"}, "commit"=>"Log in"}'), ["ann.okafor@example.net"], ["[FILTERED]", '"commit"']),
    ('"password"=>"Zq81LmR0vT4k", "remember_me"=>"0"', ["Zq81LmR0vT4k"], ['"remember_me"=>"0"']),
    # masked passwords in URLs (Celery, SQLAlchemy): nothing left to hide, the role account stays
    ("Connected to amqp://guest:**@127.0.0.1:5672//", [], ["guest:**@127.0.0.1"]),
    ("Engine(postgresql+psycopg2://app_rw:***@db.internal:5432/orders)", [], ["app_rw:***@db.internal"]),
    # ... but a password that starts with "$" is a password, and a person's login with a mask is theirs
    ("connect failed postgres://svc:$738B5Puhs0m@10.1.2.3:5432/app", ["$738B5Puhs0m"], ["svc:"]),
    ("amqp://rkaur:***@mq.internal//", ["rkaur"], ["***@mq.internal"]),
    # a variable in a secret's place
    ("DB_PASSWORD=${DB_PASSWORD} api_key=$API_KEY", [], ["${DB_PASSWORD}", "$API_KEY"]),
    # Python's repr of locals: single-quoted keys are keys
    ("KeyError: 'postcode'  locals={'user_id': 33550, 'full_name': 'Tony Humphreys', 'password': 'pa55-Word!'}",
     ["Tony Humphreys", "pa55-Word!"], ["33550", "'postcode'"]),
    ("{'name': 'android', 'status': 'ok'}", [], ["android"]),
])
def test_masks_and_code_printed_dicts(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_display_names_before_addresses(red):
    """A display name before <address> (mail headers, git logs, a CDR's caller id) is a person's
    unless it names an organisation or the address is a program's; names from Faker in five locales."""
    fake = Faker(["en_US", "de_DE", "fr_FR", "es_ES", "en_GB"])
    fake.seed_instance(4)
    leaked = []
    for i in range(60):
        first, last = fake.first_name(), fake.last_name()
        email = f"{first[0].lower()}.{i}@example.org"
        for line in (f"From: {first} {last} <{email}>",
                     f'Reply-To: "{last}, {first}" <{email}>',
                     f"b69afee {first} {last} <{email}> Sun Apr 21 07:43:34 2024 +0100 feat: add export",
                     f'"","+4915112345678","8096","from-pstn","""{first} {last}"" <+4915112345678>","PJSIP/t"'):
            out = redact_line(line, red)
            if first in out or last in out:
                leaked.append(line)
    assert len(leaked) <= 6, leaked[:10]  # (a name whose words the census knows as words may stay)
    for line, kept in [("From: Acme Support <support@acme.example>", "Acme Support"),
                       ("From: GitHub <noreply@github.com>", "GitHub"),
                       ("From: Fabrikam Billing <no-reply@fabrikam.example>", "Fabrikam Billing"),
                       ("if a <b and c> d", "a <b and c> d")]:
        assert kept in redact_line(line, red), line


def test_hl7_segments_by_field_position(red):
    fake = Faker("en_US")
    fake.seed_instance(11)
    for _ in range(20):
        fam, giv = fake.last_name().upper(), fake.first_name().upper()
        doc_f, doc_g = fake.last_name().upper(), fake.first_name().upper()
        ssn = fake.ssn().replace("-", "")
        msg = (f"MSH|^~\\&|EPIC|HOSP|||20240101||ADT^A01|123|P|2.5\\rPID|1||9078281^^^GENHOSP^MR||{fam}^{giv}^L||"
               f"19770312|M|||12 Oak St^^SPRINGFIELD^IL^62701||(217)555-0199|||S||ACC701670|{ssn}"
               f"\\rPV1|1|O|CLINIC^377^1||||3629122^{doc_f}^{doc_g}^^^DR|||||||||||53402328")
        out = redact_line(msg, red)
        for v in (fam, giv, doc_f, doc_g, ssn, "12 Oak St", "(217)555-0199"):
            assert v not in out, (v, out)
        for v in ("9078281^^^GENHOSP^MR", "19770312", "ACC701670", "3629122^", "CLINIC^377^1", "ADT^A01"):
            assert v in out, (v, out)
    # a city with no street is no address; a pipe table is no HL7
    _check(red, "PID|1||77^^^H^MR||||19800101|F|||^^SPRINGFIELD^IL^62701", [], ["^^SPRINGFIELD^IL^62701"])
    _check(red, "| PID | NK1 | status |", [], ["| PID | NK1 | status |"])


@pytest.mark.parametrize("line, gone, kept", [
    ("Issue FIN-4468 assignee set to 'Ronald Hester'", ["Ronald Hester"], ["FIN-4468"]),
    ('Owner changed from "kduncan" to "svc-backup"', ["kduncan"], ["svc-backup"]),
    ("changelog=[{field: assignee, fromString: 'Concetta Tintzmann', toString: 'Saskia Jüttner'}]",
     ["Concetta Tintzmann", "Saskia Jüttner"], []),
    ('{"field":"reporter","fromString":"Ann Lee","toString":"Bob Roe"}', ["Ann Lee", "Bob Roe"], []),
    # not a person's field
    ("{field: status, fromString: 'Open', toString: 'Done'}", [], ["'Open'", "'Done'"]),
    ("priority changed from 'Low' to 'High'", [], ["'Low'", "'High'"]),
])
def test_a_person_fields_change(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    ('IFC8 [PMS->KEY] KEY_ENCODE room=1723 guest="HASEGAWA YUTA" keys=2', ["HASEGAWA YUTA"], ["room=1723"]),
    (("DEBUG botocore.auth: Calculating signature using v4 auth. Signature: "
     "f14dc8140034cc464b28387602f2f86d71fcd1d4a988d5d4ffceeb7dd532345b"),
     ["f14dc8140034cc464b28387602f2f86d71fcd1d4a988d5d4ffceeb7dd532345b"], []),
    # a company's line and a product's code under their keys are no one's phone
    ("opening chat requester=ann@example.org hotline=1-800-922-0204", ["ann@example.org"], ["1-800-922-0204"]),
    ("RX-TRANSFER-IN drug=\"SERTRALINE 50MG TAB\" ndc=03324-9853-41 refills=3", [], ["03324-9853-41"]),
    ("isbn=9780193567931 ean=0050767456749 reserved", [], ["9780193567931", "0050767456749"]),
    # Chinese keys with an ASCII colon; a travel document's number under the generic key
    ("订单号:E407681622 乘车人:KLAPP WIGBERT 证件类型:护照 证件号码:GKJ7R188K 车次:K1557",
     ["KLAPP WIGBERT", "GKJ7R188K"], ["E407681622", "K1557", "护照"]),
    ("客服电话:400-820-8820 工作时间:9:00-18:00", [], ["400-820-8820", "9:00-18:00"]),
    # IPv6 after a label's colon; a clock is no address
    ("登录IP:240e:3b4:8fd2:7366:2c30:eb13:3811:d7dc 归属地:境外", ["240e:3b4:8fd2"], ["归属地"]),
    ("took 12:34:56:78 to finish", [], ["12:34:56:78"]),
    # public resolvers, shared front-desk logins and bots name no one
    ("dnsmasq[908]: forwarded time.apple.com to 9.9.9.9", [], ["9.9.9.9"]),
    ("forwarded x.org to 203.0.113.77 for client 198.51.100.4", ["198.51.100.4"], []),
    ("NIGHT_AUDIT start business_date=2024-07-07 user=SUPERVISOR rooms_occ=124", [], ["SUPERVISOR"]),
    ('"actor":{"type":"user","user":{"id":"USLACKBOT","name":"Slackbot"}}', [], ["Slackbot"]),
    ("user=Talbot action=login", ["Talbot"], []),
    # the fixed user names of token logins
    ("smtp: {host: smtp.sendgrid.net, port: 587, user: apikey, password: SG.IL-G4TVnZLFaZwuNx}",
     ["SG.IL-G4TVnZLFaZwuNx"], ["user: apikey"]),
    ("git clone https://x-access-token:ghs_16C7e42F292c6912E7710c8@github.com/acme/app.git",
     ["ghs_16C7e42F292c6912E7710c8"], ["x-access-token"]),
])
def test_keys_and_values_of_bookings_signatures_and_services(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # (set 3's read half) a quoted login after "User"; Cisco's privilege levels are no one
    ("%ASA-5-111008: User 'sara.stevens' executed the 'write memory' command.", ["sara.stevens"], ["'write memory'"]),
    ('auth: User "kmacias5" locked out after 5 attempts', ["kmacias5"], []),
    ("%ASA-5-111008: User 'enable_15' executed the 'show running-config' command.", [], ["enable_15"]),
    # who an action was done by or for, after a past participle
    ("[2024-12-04T17:01:37Z] Approved by Elizabeth Howe (input 'Deploy to production?') after 463s",
     ["Elizabeth Howe"], ["Deploy to production?"]),
    ("E-Verify case 2024845578398TQ closed: Employment Authorized for Amber Nguyen", ["Amber Nguyen"],
     ["2024845578398TQ"]),
    ("Ticket assigned to Support Team; shipped to Washington Street", [], ["Support Team", "Washington Street"]),
    # (set 2, read) pinyin and a number after a Chinese role noun is a login; a word and a number is not
    ("[审计] 操作员 zhangy12 于 2026-09-15 19:05:25 登录运营后台", ["zhangy12"], ["操作员"]),
    ("技术员 wifi6 设备已上线，操作员 html5 页面", [], ["wifi6", "html5"]),
    ("账号 jsmith42 登录失败", ["jsmith42"], []),
    # (set 1, read) a bare login after "User" and before what happened to it; a noun there is no login
    ("c.e.user.ProfileService : User davidl updated shipping contact", ["davidl"], ["ProfileService"]),
    ("auth: user jwebb logged in from 10.0.0.5", ["jwebb"], []),
    ("User profile updated; user input ignored; User root logged in", [], ["profile", "input", "root"]),
])
def test_logins_after_user_and_people_an_action_names(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone", [
    ("【简历投递】候选人:金东 手机:13812345678", ["金东"]),
    ("医保结算 参保人:张飞 身份证:110101199003077663 险种:职工基本医疗保险", ["张飞"]),
    ("网格员于今日走访，走访对象:初阳（身份证110101199003077663）", ["初阳"]),
    ("【面试安排】候选人:李强 职位:销售代表 面试官:王丹 会议号:714 635 755", ["李强", "王丹"]),
    ("电子送达 受送达人:王明 送达号码:13812345678 文书:判决书", ["王明"]),
    # (sets 2 and 3, read) a two-character given name the tagger reads as a word, before a title; an
    # unknown word glued to a strong label; guides and travellers
    ("12345工单 市民廖建华女士来电反映翠湖小区占道经营", ["廖建华"]),
    ("【门诊】复诊，血压160/62mmHg，沈立新医生建议两周后复查", ["沈立新"]),
    ("【车险理赔】报案号BA20260826966044 报案人崔家豪已上传现场照片", ["崔家豪"]),
    ("【出境游】领队李丹已确认新马8日游团队名单", ["李丹"]),
    ("【理赔支付】赔款已支付至赵雷尾号6695的银行卡，金额613.65元", ["赵雷"]),
])
def test_strong_chinese_labels_take_names_the_dictionary_holds(red, line, gone):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == [], out


@pytest.mark.parametrize("line", ["地点:黄山 天气晴", "候选人:已入职", "参保人:本人", "申请人应当提交材料",
                                  "杭州市民满怀喜悦地说", "游客纷纷拍照", "您的手机尾号6695已绑定"])
def test_words_after_those_labels_stay(red, line):
    assert redact_line(line, red) == line


def test_fourth_blind_log_leaks_and_over_redaction(red):
    """The fourth log a helper wrote without reading the redactor (bench/pii_logs_blind4.py), another
    seed than the bench's. At the session's start (c8b9802) 11.6% of values leaked and 7.2% of decoys
    were redacted on the bench's seed; the read half now 1.6% / 2.5%, the held-out half 13.7% / 8.2%."""
    from bench.pii_logs_blind4 import blind_log4
    from tests.pii.test_pii_log_keys import _leak_rates

    data = blind_log4(3000, seed=7)
    read = [d for d in data if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 2000 and decoys > 1000
    assert leaked <= 0.03, r["leaked"]
    assert lost <= 0.04, r["decoys_redacted"]


def test_resolve_many_spans_keeps_what_the_pairwise_rule_keeps():
    """Lines with thousands of spans take the sorted path (the pairwise test was quadratic: 16 s
    for one 160,000-character line of names); it must keep exactly what the pairwise rule keeps."""
    import random

    from curate.pii.patterns import Span, _resolve_many

    def pairwise(spans):
        kept = []
        for s in sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start)):
            if all(s.end <= k.start or s.start >= k.end for k in kept):
                kept.append(s)
        return sorted(kept, key=lambda s: s.start)

    rng = random.Random(3)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(33, 120)):
            a = rng.randint(0, 400)
            spans.append(Span(a, a + rng.randint(1, 30), "PERSON", rng.choice((0.7, 0.85, 0.95, 1.0)), "t"))
        ordered = sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start))
        assert _resolve_many(ordered) == pairwise(spans)


def test_a_line_of_many_repeated_values(red):
    line = "User abcdef updated; " * 2000 + " ".join(f"user{i}@example.org" for i in range(500))
    out = redact_line(line, red)
    assert "abcdef" not in out and "@example.org" not in out
    assert out.count("<PERSON>") == 2000 and out.count("<EMAIL_ADDRESS>") == 500


def test_a_long_record_of_many_names_is_read_once_per_name():
    """A 56,000-character record of 4,000 names: the story-word test once per text, the containment
    and overlap tests against masks (they were per span and name: 23 s in pattern mode for twice
    this text). Every name is still found."""
    red = Redactor(load_policy("dataset", mode="patterns"))
    text = "Dear Ann Lee, call Bob Roe. " * 2000
    spans = red.find([text], "input")[0]
    assert len([s for s in spans if s.entity_type == "PERSON"]) == 4000
