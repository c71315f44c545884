"""Names logs give without a label. Chinese names after the roles logs give private people (骑手,
网格员, 保安员, 乘客): a namesake of a figure the dictionaries list (李俊, 张宁) and a surname rarer than
the surname list holds (眭, 亢, 缑), both left before (as a figure, as no surname); and a lone given
name a message greets. Each case asserts both sides, on lines written here."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # a figure's namesake after a role a log gives its holder; after a poet's, an actor's or an
    # athlete's role the figure stays
    ("[外卖] 骑手李俊（+86 186 8942 9189）已取餐", ["李俊"], ["骑手", "已取餐"]),
    ("网格员张宁入户走访，保安员李俊巡逻至东门", ["张宁", "李俊"], ["网格员", "入户走访", "巡逻至东门"]),
    ("诗人李白写了一首诗，演员张宁出演，运动员张宁夺冠", [], ["李白", "张宁出演", "张宁夺冠"]),
    # a rare surname after such a role, the name ended by a separator, a title, a verb or a
    # preposition; a rare character opening an everyday word after the role stays
    ("2024-06-14 网格员眭建国入户走访孙桥社区", ["眭建国"], ["网格员", "入户走访"]),
    ("巡逻报告 保安员缑静：05:58巡至东侧停车区", ["缑静"], ["保安员", "：05:58"]),
    ("讲解员 亢颖 老师，主题“故宫”", ["亢颖"], ["讲解员 ", " 老师"]),
    ("快递员禚亮已签收；网格员亢颖于9点走访", ["禚亮", "亢颖"], ["快递员", "已签收", "于9点走访"]),
    ("保安员巡逻至东门，骑手超时送达，乘客挪车后离开，用户账号异常，职工踊跃参加", [],
     ["保安员巡逻", "骑手超时", "乘客挪车", "用户账号", "职工踊跃"]),
])
def test_names_after_service_roles(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_figures_after_roles_stay_in_the_dataset_profile():
    """The figure's namesake scores 0.8: the logs profile keeps it, the dataset profile (instruction
    tasks, where a role before a figure's name is how a task introduces them) does not."""
    red = Redactor(load_policy("dataset", mode="patterns"))
    text = "介绍一下骑手李俊的故事"
    assert [s for s in red.find([text], "input")[0] if s.entity_type == "PERSON"] == []
    logs = Redactor(load_policy("logs", mode="patterns"))
    assert [text[s.start:s.end] for s in logs.find([text], "input")[0] if s.entity_type == "PERSON"] == ["李俊"]


@pytest.mark.parametrize("line, gone, kept", [
    # a message greeting a lone given name the census lacks but the dictionary holds only as a proper
    # noun (Akira); a lower-case word greeted, a place greeted, a greeting without a comma of a word no
    # name list holds stay
    ('sms to=+1 514-318-8185 body="Hi Akira, this is a reminder of your appointment"', ["Akira"], ["Hi ", ", this is"]),
    ("Hi Team, deploy done. Dear Customer, your order shipped. Hello World, started", [],
     ["Hi Team,", "Dear Customer,", "Hello World,"]),
    ("Hi London, welcome aboard; Hi Quorin welcome", [], ["Hi London,", "Hi Quorin welcome"]),
])
def test_greeted_given_names(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_subjects_with_surnames_less_common(red):
    """A clause's subject with a surname beyond the common list (郗), read as one three-character name
    and followed by a verb word: 0.8, the logs profile's. A character of that list opening a word stays."""
    _check(red, "审计：郗建华导出了客户名单", ["郗建华"], ["审计：", "导出了客户名单"])
    _check(red, "审计：管理员导出了客户名单，符合规定", [], ["管理员导出了", "符合规定"])


def test_census_pairs_after_prepositions(red):
    """A given name and a surname by the census and nothing else, after for, from, to, by, with; places,
    words and figures there stay."""
    _check(red, "ticket INC81 reassigned to Wendy Alvarez by svc-desk", ["Wendy Alvarez"], ["reassigned to ", "svc-desk"])
    # (a figure CC-CEDICT glosses stays; "sent to Isaac Newton", which it does not, reads as a namesake since the
    # twenty-third session: the word test after an act's cue found 147 more values in held-out blind logs)
    _check(red, "flight from Austin Texas to New York; donation for Grace Church; sent to Marie Curie", [],
           ["Austin Texas", "New York", "Grace Church", "Marie Curie"])


@pytest.mark.parametrize("line, gone, kept", [
    # a role's label glued to a whole name, then a bracket holding its owner's number (blind log 2's read half)
    ("快件已由快递员向超（15873308382）派送；收件人向超（15873308382）", ["向超"], ["快递员", "收件人", "派送"]),
    # a verb glued to the characters before the bracket is no label: 转向 "turn"
    ("车辆转向超（15873308382）", [], ["转向超"]),
])
def test_a_role_glued_to_a_name_before_its_number(red, line, gone, kept):
    _check(red, line, gone, kept)
