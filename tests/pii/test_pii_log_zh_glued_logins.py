"""A login glued between 用户 and the next Chinese word (the thirty-second session): one of a name's two parts
in any romanisation is a person's (用户kan.hsiuyun从…登录: Wade-Giles, which pinyin's test does not read;
nguyen_thao, tran.minh), while a program's account (app_ro, db_admin, data_sync), two English words
(data_team) and a word alone (用户token过期) stay. Lines invented for the tests; the addresses are Faker's."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("login", ["kan.hsiuyun", "chang.chihming", "huang.tzuyu", "nguyen_thao", "tran.minh",
                                   "hsieh.yawen2"])
def test_a_two_part_login_glued_to_chinese_is_redacted(red, login):
    f = faker.Faker()
    f.seed_instance(len(login))
    out = redact_line(f"2025-05-20 16:43:00 用户{login}从{f.ipv4_public()}登录成功，终端：Windows 10", red)
    assert login not in out, out


@pytest.mark.parametrize("line", ["2025-05-20 用户app_ro登录成功", "2025-05-20 用户db_admin登录成功",
                                  "2025-05-20 用户data_team登录成功", "2025-05-20 用户data_sync登录成功",
                                  "2025-05-20 用户token过期，请重新登录"])
def test_a_programs_account_or_a_word_stays(red, line):
    assert redact_line(line, red) == line


def test_broken_input_keeps_one_line_per_line(red):
    lines = ["用户kan.", "用户.hsiuyun从", "用户kan.hsi\ud800yun从", "用户\x00kan.hsiuyun从", ""]
    assert len(redact_lines(lines, red)) == len(lines)
