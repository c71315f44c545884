"""Names that a log's format, not a word before them, marks as one: a user id's name in brackets, a
distinguished name's CN, a quoted value under a role key, a writer naming themselves, a full name's
part repeated on the line, a passport number of mostly letters; in Chinese, every item of an
enumeration of names, a pupil after 您的孩子, a crew listed by role, the name after 由 that the
segmenter cut short. Names from Faker in several locales (and pinyin from its zh_CN romanisation), so
the format, not a name list, is what is tested; the other side is asserted on the values the same
formats hold when they hold no one."""
import random

import pytest
from faker import Faker

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "nl_NL", "sv_SE", "vi_VN"]


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _names(locales, n, seed):
    fk = Faker(locales)
    fk.seed_instance(seed)
    return [(fk.first_name(), fk.last_name()) for _ in range(n)]


def _rate(red, lines, values):
    outs = [o for o, _ in redact_lines(lines, red)]
    missed = [(v, o) for v, o in zip(values, outs) if v in o]
    return missed, len(lines)


def test_names_in_formats_that_hold_only_names(red):
    """Before: a census given name and surname both, or no dictionary word at all (Dolores Christen,
    John Mai, Jane Đặng, Aurora da Mota were missed; blind log 7's read half)."""
    forms = ("2026-05-25T18:11:39Z AUDIT user=U35076 ({l}, {f}) role=Physician action=READ",
             'conn=76367 op=0 BIND dn="cn={f} {l},ou=People,dc=corp,dc=example,dc=com" method=128',
             '"tls":{{"subject":"C=DE, O=Fabrikam, CN={f} {l}, emailAddress=x@example.com"}}',
             'ALARM type=FaceMatch cam=192.168.2.94 watchlist="VIP" match="{f} {l}" similarity=0.79',
             'order=TM-20260531-80128 buyer="{f} {l}" total=2436.58')
    lines, values = [], []
    for i, (f, l) in enumerate(_names(LOCALES, 200, 5)):
        if " " in f or " " in l:
            continue
        form = forms[i % len(forms)]
        lines.append(form.format(f=f, l=l))
        values.append(l)
    missed, n = _rate(red, lines, values)
    assert len(missed) / n <= 0.12, missed[:8]


def test_chinese_names_in_pinyin_under_role_keys(red):
    fk = Faker("zh_CN")
    fk.seed_instance(7)
    lines, values = [], []
    for _ in range(60):
        given, sur = fk.first_romanized_name(), fk.last_romanized_name()
        lines.append(f'order=TM-1 buyer="{given} {sur}" seats="Sec 324 Row C"')
        values.append(f"{given} {sur}")
    missed, n = _rate(red, lines, values)
    assert len(missed) / n <= 0.1, missed[:8]


@pytest.mark.parametrize("line", [
    'CN=Fabrikam Root CA, O=Fabrikam', 'issuer="CN=Lets Encrypt, O=ISRG"',
    "by jdoe (Finance, Read) at 10:00", 'buyer="Hong Kong" total=3', 'match="Nelson Mandela" similarity=0.9',
    'product="Amber Glass" seller_id=88', "I'm Done, thanks", "I'm Sorry, I am Happy.",
    "passport status VERIFIED1 code 1234567", "passport_type=REGULAR01 1234567", "证件 ABCDEFG12 1234567",
])
def test_what_those_formats_hold_when_no_one(red, line):
    assert redact_line(line, red) == line


def test_writer_naming_themselves(red):
    lines, values = [], []
    for f, _ in _names(["en_US", "en_GB", "de_DE", "es_ES"], 80, 11):
        if " " in f:
            continue
        lines.append(f'{{"from":"buyer","body":"Hi, I\'m {f}, the parcel never arrived."}}')
        values.append(f)
    missed, n = _rate(red, lines, values)
    assert len(missed) / n <= 0.1, missed[:8]


def test_a_full_names_part_repeated_on_the_line(red):
    line = ('{"buyer":{"name":"Sally Spencer","email":"s.spencer@example.org"},"messages":[{"body":'
            '"Hi, I\'m Sally, the parcel never arrived. Spencer here again."}]}')
    out = redact_line(line, red)
    assert "Sally" not in out and "Spencer" not in out, out
    # a common word that is also the name's part stays where no greeting or self-naming marks it
    line = '{"name":"Amber West","region":"West Coast","sku":"amber-glass"}'
    out = redact_line(line, red)
    assert "Amber West" not in out and "West Coast" in out and "amber-glass" in out, out


def test_passports_of_mostly_letters_after_the_word_passport(red):
    rnd = random.Random(4)
    alphabet = "CFGHJKLMNPRTVWXYZ"  # (Germany's letters: no vowel)
    lines, values = [], []
    for i in range(60):
        chars = [rnd.choice(alphabet) for _ in range(9)]
        for k in rnd.sample(range(1, 9), rnd.choice((1, 2))):
            chars[k] = str(rnd.randrange(10))
        num = "".join(chars)
        form = ("060755 DCS CKIN QF8628/05MAY PEK-HKG SEQ 109 DOCS PASSPORT/GBR/{p}/EXP 2033",
                "20260414224954|ALLOGGIATI|doc_type=PASSPORT|doc_no={p}|arrivo=14/04/2026",
                "境外旅客入住 2026-05-30 08:45:53 国籍：英国 护照号码：{p} 房号2453")[i % 3]
        lines.append(form.format(p=num))
        values.append(num)
    missed, _ = _rate(red, lines, values)
    assert not missed, missed[:5]


ZH_FORMS = ("本周值日生：{a}、{b}及{c}，请按时到校。", "游客名单：{a}、{b}、{c} 集合地点：故宫午门",
            "【家校通】您的孩子{a}（四年级4班）今日已安全到校。", "派车：晋M3Y767（车组：医生{a}、护士{b}、司机{c}）",
            "工单由{a}处理完毕", "会签：{a}、{b}和{c}，流程编号WF6640814976",
            "12345热线 工单号20241214057737 市民{a}反映鼓楼区中山路餐馆油烟扰民", "审批通知：{a}提交的报销单已通过",
            'verifyRealName(java.lang.String,java.lang.String) ["{a}","610113195212034784"]')


def test_chinese_names_in_enumerations_and_crews(red):
    """Before: the last item after 及/和, the first item of a list, a pupil after 您的孩子, a crew's
    doctor, a caller before 反映, a subject with the surname 萧 or 傅 and a name beside an ID in an
    RPC's arguments were missed (blind logs 3, 6, 7 and 8, read halves)."""
    fk = Faker("zh_CN")
    fk.seed_instance(13)
    lines, values = [], []
    for form in ZH_FORMS:
        for _ in range(40):
            a, b, c = fk.name(), fk.name(), fk.name()
            lines.append(form.format(a=a, b=b, c=c))
            values.append(a)
            if "{c}" in form:
                lines.append(form.format(a=a, b=b, c=c))
                values.append(c)
    missed, n = _rate(red, lines, values)
    assert len(missed) / n <= 0.2, missed[:10]


@pytest.mark.parametrize("line", [
    "去过北京、上海和广州", "参观了黄山、泰山及华山，", "孩子王国开业", "孩子高兴极了", "孩子们都很好",
    "医生建议多喝水", "医生高度重视", "由高温引起", "由于天气原因", "由路政科作出决定", "选购了苹果、香蕉和梨",
    "市民张榜公布", "市民满怀喜悦", "市民反映强烈", "洪水退去后", "萧条的市场",
])
def test_the_chinese_words_those_formats_stand_before_stay(red, line):
    assert redact_line(line, red) == line


def test_a_place_quoted_beside_contact_data_stays(red):
    for line, place in (('["北京","13800138000"]', "北京"), ('{"city":"上海","phone":"13800138000"}', "上海"),
                        ('["黄山","610113195212034784"]', "黄山")):
        out = redact_line(line, red)
        assert place in out and "13800138000" not in out and "610113195212034784" not in out, out


@pytest.mark.parametrize("line, gone, kept", [
    # a directory search for someone (a census name in it); a search for things stays
    ("GET /directory/search?q=Rolando+Troisi&dept=finance", ["Rolando+Troisi"], ["dept=finance"]),
    ("GET /search?q=Kubernetes+Ingress&page=2", [], ["q=Kubernetes+Ingress"]),
    ("GET /search?q=Quarterly+Report", [], ["q=Quarterly+Report"]),
    # a login a message names in brackets, quotes or "with name"; a role account there stays
    ("Error: creating IAM User (kmacias5): EntityAlreadyExists: User with name kmacias5 already exists",
     ["kmacias5"], ["IAM User (", "EntityAlreadyExists"]),
    ("Login failed for user 'jdoe'. Reason: Password did not match", ["jdoe"], ["Login failed for user '"]),
    ("Login failed for user 'sqlagent'. Reason: x", [], ["sqlagent"]),
    ("User (default) created", [], ["User (default)"]),
    # a companion whose name is in pinyin
    ('"note":"travelling with Tao Pan"', ["Tao Pan"], ["travelling with "]),
])
def test_searches_logins_in_messages_and_pinyin_companions(red, line, gone, kept):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == [] and [v for v in kept if v not in out] == [], out
