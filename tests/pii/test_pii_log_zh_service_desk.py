"""Chinese names as a service desk's notes write them: after a volunteer's role or a call-back verb
(志愿者刘洋签到, 回访王芳，满意, 提醒…续费) and before 的 and what only a person has (王芳的账户被
锁定, 收到李娜的投诉). Names, companies and towns drawn from Faker's zh_CN and zh_TW locales at test time
(an independent generator). Both sides: a firm's name after a label is no name and its head no surname
(客户戴硕电子科技有限公司), a verb's everyday object stays (提醒安保负责人)."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor
from tests.pii.faker_rates import found_rates


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


_CUES = ["志愿者{}签到", "回访{}，满意", "提醒{}续费", "{}的账户被锁定", "收到{}的投诉", "为{}的订单办理退款",
         "为{}办理改签", "经{}确认后发货"]


def _rate(red, templates, locale: str, kind: str, seed: int, n: int = 20) -> dict[str, float]:
    return found_rates(red, templates, locale, kind, seed, n)


# (measured at seed 7, 20 names each: 0.90-1.00; 0.00 before the twenty-third session)
@pytest.mark.parametrize("locale", ["zh_CN", "zh_TW"])
def test_names_at_a_service_desk(red, locale):
    got = _rate(red, _CUES, locale, "name", seed=83)
    assert min(got.values()) >= 0.8 and sum(got.values()) / len(got) >= 0.9, got


# (measured at seed 7: companies 0.00-0.05, towns 0.00-0.05; the companies 0.10-0.40 after the verbs
# before the firm's-name test)
@pytest.mark.parametrize("locale", ["zh_CN", "zh_TW"])
@pytest.mark.parametrize("kind", ["company", "city"])
def test_companies_and_towns_there_stay(red, locale, kind):
    got = _rate(red, _CUES, locale, kind, seed=89)
    assert max(got.values()) <= 0.1, got


@pytest.mark.parametrize("line", [
    "客户戴硕电子科技有限公司已付款", "联系人：海创网络有限公司", "致明腾科技有限公司：", "3. 确认为非法闯入时立即报警，并提醒安保负责人。", "临时告知满房，改到国际酒店",
    "提醒家长按时接送", "通知全体员工下午开会", "公司的账户余额不足", "回访客户，满意", "李白的诗很有名",
    "为客户办理退票", "经理确认后发货", "为您办理", "经过审核",
])
def test_non_people_stay(red, line):
    assert redact_lines([line], red)[0][0] == line


def test_a_name_beside_a_firm_stays_a_name(red):
    out = [o for o, _ in redact_lines(["联系人：王芳，公司地址：北京", "客户王芳 公司：海创网络有限公司",
                                       "销售代表米兵将于周五拜访贵公司。", "客户张伟在阿里巴巴公司工作"], red)]
    # (a clause between the name and 公司 is no firm's name: ZH held-out 1's 销售代表…将于周五拜访贵公司)
    assert out == ["联系人：<PERSON>，公司地址：北京", "客户<PERSON> 公司：海创网络有限公司", "销售代表<PERSON>将于周五拜访贵公司。",
                   "客户<PERSON>在阿里巴巴公司工作"]
