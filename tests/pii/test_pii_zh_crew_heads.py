"""A crew's head by surname (the thirty-third session): 张班长 names a person as 王经理 does, unless 班长's 班 closes
a word begun before it (白班长, 夜班长: the day's and the night's shift leader; 一班班长, 司机班班长: a class's or
a unit's). The title is read in the line, so the characters around it decide in every pass. Surnames from
Faker's zh_CN (an independent generator); lines invented for the tests."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("seed", range(3))
def test_a_surname_before_the_crew_heads_title(red, seed):
    f = faker.Faker("zh_CN")
    f.seed_instance(seed)
    missed = []
    for _ in range(10):
        s = f.last_name()
        if len(s) != 1 or s in "白全":  # (白班, 全班: the shift's and the class's words, below)
            continue
        for line in (f"装卸组日志：7号行李转盘故障，{s}班长已到场抢修，预计57分钟恢复", f"{s}班长说今天加班"):
            if f"{s}班长" in redact_line(line, red):
                missed.append(line)
    assert len(missed) <= 2, missed


def test_shift_and_unit_words_stay(red):
    for line in ("白班长已交接，夜班长18:00到岗", "司机班班长负责排班，一班班长请假", "值班长巡查完毕，全班长跑3公里"):
        assert redact_line(line, red) == line, line


def test_broken_input_keeps_one_line_per_line(red):
    lines = ["张班长\ud800到场", "班长", "", "班"]
    assert len(redact_lines(lines, red)) == len(lines)
