"""Names in log lines by the words around them, in the forms ops, CRM, helpdesk and booking logs
print (a role noun before the name, a subject doing something at a line's start, a greeting, a
title before a surname; Chinese 由X处理, spaced fields before a title, a name before 于 and a time).
Names from Faker in several locales, so the cue, not a name list, is what is tested; the other side
is asserted on figures, dictionary words and the words those cues also stand before."""
import pytest
from faker import Faker

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor

EN_FORMS = ("user {n} logged in from web", "[audit] {n} deleted 3 records", "{n} joined the channel #ops",
            "Recipient {n} not at home", "on-call engineer {n} acknowledged the alert",
            "Passenger {n} checked in, seat 14C", "Guest {n} checked out of room 1204", "Hello {n}, welcome back",
            "refund approved by {n} at 10:32", "ticket #4411 assigned to {n}", "cc: {n}",
            "Hi {f}, your order has shipped", "Thanks, {f}", "Dr. {l} signed the discharge note")
ZH_FORMS = ("工单由{n}处理完毕", "已由 {n} 签收", "班主任 {n} 老师发布通知", "{n}于10:30登录系统",
            "会议由{n}主任主持")


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _missed(red, forms, locales, per=20, seed=3):
    fk = Faker(locales)
    fk.seed_instance(seed)
    lines, names = [], []
    for f in forms:
        for _ in range(per):
            first, last = fk.first_name(), fk.last_name()
            full = fk.name() if "{n}" in f and "zh" in str(locales) else f"{first} {last}"
            lines.append(f.format(n=full, f=first, l=last))
            names.append(first if "{f}" in f else last if "{l}" in f else full)
    outs = [o for o, _ in redact_lines(lines, red)]
    return [line for line, name, out in zip(lines, names, outs) if name in out], len(lines)


def test_english_names_after_log_cues(red):
    """US names: all but a thanked given name that is also a word (Thanks, Amber: 2 of 280; 5 before a
    greeting's census given name counted whatever else it is, Hi Destiny; 220 of 600 in a wider probe
    before these cues)."""
    missed, _ = _missed(red, EN_FORMS, ["en_US"])
    assert len(missed) <= 4, missed[:10]


def test_english_cues_take_names_from_other_countries(red):
    """German, French, Spanish and Indian names are no US census names: a word no dictionary holds
    counts as a name's word after a cue (de_DE 522 of 600 missed before, 133 after)."""
    missed, n = _missed(red, EN_FORMS, ["de_DE", "fr_FR", "es_ES", "en_IN", "en_GB", "pl_PL", "cs_CZ"])
    assert len(missed) / n <= 0.30, missed[:10]


def test_chinese_names_after_log_cues(red):
    missed, n = _missed(red, ZH_FORMS, ["zh_CN"])
    assert len(missed) / n <= 0.08, missed[:10]


@pytest.mark.parametrize("line", [
    "user Nelson Mandela logged in",  # a figure CC-CEDICT glosses: a test account named after him
    "Hello World, welcome back", "Hi Team, the build is green", "Thanks, Will", "Mr. Children played",
    "Hi there, welcome", "Hi all, the deploy is done", "Dear Customer, your order shipped", "Hey folks, standup",
    "Recipient Address Book not found", "Passenger Manifest Service started",
    "[audit] Config Store deleted 3 records", "Customer Service joined the channel",
    "由于网络原因，请求失败", "理由是余额不足", "由此可见问题在缓存", "由来已久的问题", "由路政科作出决定",
    "班主任 会议 老师", "张家界于10:30开园",
])
def test_the_words_those_cues_stand_before_stay(red, line):
    assert redact_line(line, red) == line
