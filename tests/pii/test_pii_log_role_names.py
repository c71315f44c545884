"""Names after a role a log gives its holder (用户, 快递员, 值班人员, 记录人) whose surname is also a
function word (张, 许, 曾, 何, 任, 谢, 涂, 应 …), and figures' namesakes as a log line's subject.
The names are drawn from Faker's zh_CN lists and the surnames chosen by jieba's own tags, at test
time; each side is asserted: the name goes in the logs profile, the phrase where the same character
is a function word stays, and the dataset profile (threshold 0.9) keeps its reading."""
import random

import pytest

from curate.pii import zh_names
from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


_ROLE_LINES = ["2024-03-18 10:25:46 用户{}登录失败，手机号已验证", "2024-03-18 快递员{}已取件，运单号85329612466137",
               "会议由赵主任主持，记录人{}", "值班人员{}巡查东门，未见异常"]


def test_function_word_surnames_after_roles_generated(red):
    from faker import Faker

    prov = Faker("zh_CN").provider("faker.providers.person")
    last, first = prov.last_names, prov.first_names
    last = list(last.keys() if isinstance(last, dict) else last)
    first = sorted(first.keys() if isinstance(first, dict) else first)
    tags = zh_names._tables()["tagger"].word_tag_tab
    # the surnames the segmenter reads as a measure word, a numeral, an adverb, a pronoun or a verb
    surnames = [s for s in last if len(s) == 1 and zh_names._surname_len(s) and tags.get(s) in zh_names._FUNCTION_TAGS]
    assert len(surnames) >= 40 and {"张", "许", "曾", "何"} <= set(surnames)
    rng = random.Random(5)
    missed, total = [], 0
    for s in surnames:
        for g in rng.sample(first, 12):
            if zh_names._freq(s + g):
                continue  # a dictionary word (万峰, 申明): a name the context alone cannot tell
            for t in _ROLE_LINES:
                total += 1
                if s + g in redact_line(t.format(s + g), red):
                    missed.append(t.format(s + g))
    # 0.926 before the function-word reading (2026-12-06), 0.991 with it
    assert total > 1500 and 1 - len(missed) / total >= 0.97, missed[:20]


@pytest.mark.parametrize("line, gone, kept", [
    ("用户许建国登录失败，快递员谢建平已取件；记录人曾建军", ["许建国", "谢建平", "曾建军"], ["用户", "登录失败", "已取件"]),
    ("值班人员何桂兰巡查东门；用户张刚登录失败", ["何桂兰", "张刚"], ["巡查东门", "登录失败"]),
    # the same characters as function words after the same roles
    ("用户向客服反映问题；同事和朋友一起；用户将于明天到达；值班人员将建立台账；用户曾多次投诉", [],
     ["用户向客服反映问题", "同事和朋友一起", "用户将于明天到达", "值班人员将建立台账", "用户曾多次投诉"]),
    ("用户许可证过期；用户张贴广告；用户和平台协商；寄件人向英国寄出化石；有工人、医生和学生", [],
     ["用户许可证过期", "用户张贴广告", "用户和平台协商", "寄件人向英国寄出", "医生和学生"]),
])
def test_function_word_surnames_both_sides(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a figure's namesake as what a record's agent or a line's subject is called
    ("会议由赵主任主持，记录人王明", ["王明"], ["记录人"]),
    ("李鹏 提交了报销申请，单号53434285519346", ["李鹏"], ["提交了报销申请"]),
    ("杨淑华 提交了报销申请，金额93999.60元", ["杨淑华"], ["提交了报销申请"]),
    # ... not where the line says who the figure is, nor after a founder's or a speaker's role
    ("李白 是唐代诗人；创始人马云表示；发言人华春莹说", [], ["李白 是唐代诗人", "创始人马云表示", "发言人华春莹说"]),
])
def test_figures_namesakes_in_log_roles(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_dataset_profile_keeps_its_reading():
    red = Redactor(load_policy("dataset", mode="patterns"))
    for text in ("用户许建国登录失败", "会议已结束，记录人王明", "李鹏 提交了报销申请"):
        assert redact_line(text, red) == text  # 0.8: the logs profile's threshold, not the dataset's 0.9


@pytest.mark.parametrize("line, gone, kept", [
    # under the key of the person the record is about, a figure's name is a namesake's
    ('{"msg":"payment declined","customer_name":"Michael Jordan","card":"-"}', ["Michael Jordan"], ['"customer_name":"']),
    ('{"msg":"profile","fullName":"George Mitchell","realName":"Alan Turing"}', ["George Mitchell", "Alan Turing"], ['"msg":"profile"']),
    # a bare "name" names anything a program logs: a screening's test record named after a figure
    ('aml-screen INFO name="Sherlock Holmes" list=OFAC-SDN result=SYNTHETIC_TEST_RECORD', [], ["Sherlock Holmes"]),
    # under an author's or a reviewer's key it stays the figure (samples and fixtures name them so)
    ('{"author":"Alan Turing","reviewer":"Charles Darwin"}', [], ["Alan Turing", "Charles Darwin"]),
])
def test_figures_under_a_subjects_key(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a Luhn-valid number in a card range after the word for what a program works through is its id
    ("INFO worker-3 processed batch 36266627916138 in 3881 ms; job 4556737586899855 done", [],
     ["36266627916138", "4556737586899855"]),
    ("payment card 4556737586899855 declined for batch 7", ["4556737586899855"], ["for batch 7"]),
])
def test_batch_and_job_ids_are_no_cards(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a name a log line sets off between spaces, followed by 的, a verb or the line's end
    ("面试提醒：12月16日 18:30 黄燕 的技术面（岗位：薪酬福利专员）", ["黄燕"], ["18:30 ", " 的技术面"]),
    ("2026-12-05 [审批流] 审批 王建平 通过；审核 许建国 已通过", ["王建平", "许建国"], ["审批 ", " 通过", " 已通过"]),
    # ... not a place before a place, a word, a state, nor a space a sentence ends with (reviews)
    ("地点 张江 高新区；状态 正常 已完成；我已经有一台14的本 普通本 带着不方便", [],
     ["张江 高新区", "正常 已完成", "普通本 带着"]),
    ("感谢全体同仁。 银帆的电控马桶安装使用方便；硬盘声音太响了, 和以前的老光驱一样", [], ["银帆的", "和以前的"]),
    # a surname the tagger reads as a measure word before a given name it tags a name, then a title
    ("候选人王佳蓉已通过张淑珍主治医师面试", ["王佳蓉", "张淑珍"], ["主治医师面试"]),
    ("买了两张淑珍医生的票", [], ["两张淑珍医生"]),
])
def test_spaced_names_and_titles(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a function-word surname and rarer given-name characters where the line or a clause ends the name
    ("【景区票务】讲解服务已预约，讲解员张沐阳", ["张沐阳"], ["讲解员"]),
    # a trainee or a member is a private holder: a figure's namesake after them is the namesake
    ("私教课预约：学员张丹，教练孙柳", ["张丹", "孙柳"], ["私教课预约：学员", "教练"]),
    # ... and a role word after the conjunction stays
    ("旅行社的导游和司机，都能礼貌待客；国防大学的教职员工和学员。", [], ["导游和司机，", "教职员工和学员。"]),
])
def test_role_names_at_a_clauses_end(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_list_items_before_a_found_name_take_rarer_given_names(red):
    # the list says a name stands there: 若汐 is a name of this century, rarer than the common share
    _check(red, "【OA】会签：叶若汐、梁秀荣和令狐嘉怡，流程编号WF6640814976", ["叶若汐", "梁秀荣", "令狐嘉怡"],
           ["【OA】会签：", "，流程编号"])
    _check(red, "品类：苹果、香蕉和葡萄，产地：烟台", [], ["苹果、香蕉和葡萄"])


@pytest.mark.parametrize("line, gone, kept", [
    # a cue's clause that ends with a whole name the segmenter cut as words (王/立新)
    ("[网约车] 紧急联系人设置：-，行程分享给王立新", ["王立新"], ["行程分享给"]),
    ("工单已转交给唐云，请跟进", ["唐云"], ["工单已转交给", "请跟进"]),
    # ... not a surname character before an everyday word, nor a place the dictionary holds
    ("我想用自己的经历告诉全社会，加强联系和合作，请联系张家港。", [], ["告诉全社会", "联系和合作", "联系张家港"]),
])
def test_cue_clause_ending_with_a_name(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_a_spaced_brand_after_an_organisations_word_stays(red):
    # a brand named after a person, set off by spaces after the word for a business: no one
    _check(red, "合作方 李宁 已签约；品牌 王老吉 上线；审批 王建平 通过", ["王建平"], ["合作方 李宁 已签约", "品牌 王老吉 上线"])


@pytest.mark.parametrize("line, gone, kept", [
    # a word after a person's title that a comma or "said" closes is the surname, dictionary word or not
    ("Parcel for Mr. Bonnet, Flat 114；客户 Mr. Plaza said courier never called back", ["Bonnet", "Plaza"],
     ["Parcel for Mr. ", " said courier"]),
    ("Mr. Children released a new album", [], ["Mr. Children released"]),
    # a compound surname's name set off by spaces; a deputy's title the segmenter glues to the name
    ("面试提醒：12/05 16:15 南宫秀华 的技术面", ["南宫秀华"], [" 的技术面"]),
    ("候选人已通过皇甫杰副主任医师面试；全体副主任医师参加", ["皇甫杰"], ["副主任医师面试", "全体副主任医师参加"]),
])
def test_titles_and_compound_surnames(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a name the dictionary also holds as a rare word, after a role or opening a line that says what they did
    ("2024-03-18 用户高洋登录失败；值班人员古建巡查东门", ["高洋", "古建"], ["用户", "登录失败", "巡查东门"]),
    ("黄玉 提交了报销申请，单号83982821938487", ["黄玉"], ["提交了报销申请"]),
    # ... not a common word (江东 374, 苏宁 298) nor one that opens a line without a deed
    ("黄金 提交了报销申请；高峰 时段拥堵；长城 宽带已开通", [], ["黄金 提交了", "高峰 时段拥堵", "长城 宽带已开通"]),
])
def test_rare_word_names_in_role_slots(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_possessor_after_a_log_prefix_generated(red):
    """A name no dictionary holds opening a log line's message before 的 (whose parcel, whose order):
    Faker's zh_CN names, none found before; an author before a work in prose (no log prefix) stays."""
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(13)
    names = [fake.name() for _ in range(120)]
    found = sum(v not in redact_line(f"2024-12-01 10:02:03 {v}的快递已签收", red) for v in names)
    assert found >= 0.8 * len(names), found
    for line in ("南怀瑾的《庄子諵哗》，前几日在下偶然读之", "胡雪岩的情商之高，让我无比佩服"):
        assert redact_line(line, red) == line
