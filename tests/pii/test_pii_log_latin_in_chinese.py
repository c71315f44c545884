"""Foreign people's names inside Chinese log lines (the twenty-ninth session): a Latin-letter name after a
Chinese label or a student's noun, Latin Extended-A's letters too (zh_names._latin_after_label: 留学生 İlper
Şama（护照号 …）), never a firm's longer name nor a town's; another script's name after the student labels
(logs._HAN_LABEL_OTHER); a surname in capitals before the given name right after Chinese text
(logs._CAPS_FIRST: 留学生 KIM Jaeho); and a login of an initial, a pinyin surname and digits after a
person's noun (经办人 fsu76). Recall with Faker's names of four locales, which the rules were not written
from; Faker's companies and cities after the same labels are the other side."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor

faker = pytest.importorskip("faker")


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _gone_and_kept(red, line, gone, kept):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == [], out
    assert [v for v in kept if v not in out] == [], out


@pytest.mark.parametrize("line, gone, kept", [
    ("【国际学生办公室】土耳其籍留学生 Emre Yıldız（护照号 U30370447）申请居留许可延期", ["Emre Yıldız"], ["国际学生办公室", "申请居留许可延期"]),
    ("【国际学生办公室】韩国籍留学生 PARK Minseo（护照号 M434Y0438）申请延期", ["PARK Minseo"], ["申请延期"]),
    ("俄罗斯籍学员 Орлова Дарья（护照号 75 4127679）报到", ["Орлова Дарья"], ["报到"]),
    ("旅客 Ana Ruiz 已值机，座位 12A", ["Ana Ruiz"], ["已值机", "12A"]),
    ("居留许可延期已受理，经办人 fsu76", ["fsu76"], ["经办人"]),
])
def test_foreign_names_in_chinese_lines(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line", [
    "客户 Apple Inc 下单 3 台",
    "客户 New York 分公司 续约",
    "服务 API Gateway 重启，错误 HTTP Request 超时",
    "学生 Python Basics 课程 已发布",
    "日志 ERROR Connection refused",
    "技术员 wifi6 已到场",
    "会员 VIP Gold 升级成功",
])
def test_products_places_and_firms_stay(red, line):
    assert redact_line(line, red) == line


@pytest.mark.parametrize("locale", ["en_US", "tr_TR", "de_DE", "ru_RU"])
def test_faker_names_after_the_labels(red, locale):
    # (measured at the session's end: en_US 1.00, tr_TR 0.92, de_DE 1.00, ru_RU 1.00 found; before it 1.00,
    # 0.62, 1.00, 0.60)
    fk = faker.Faker(locale)
    fk.seed_instance(3)
    labels = ("留学生", "旅客", "乘客", "客户", "学员")
    lines = [f"外籍{labels[i % 5]} {fk.first_name()} {fk.last_name()}（护照号 E{1234567 + i}）申请" for i in range(60)]
    found = sum("<PERSON>" in out for out, _ in redact_lines(lines, red))
    assert found / len(lines) >= 0.9, found


@pytest.mark.parametrize("locale", ["en_US", "de_DE"])
def test_faker_firms_and_cities_after_the_labels_stay(red, locale):
    # (measured: en_US 0 and de_DE 1 of 80 redacted; before the session 32 and 16, firms' longer names and
    # towns)
    fk = faker.Faker(locale)
    fk.seed_instance(3)
    lines = [f"客户 {fk.company()} 下单" for _ in range(40)] + [f"旅客 {fk.city()} 出发" for _ in range(40)]
    changed = [o for o, _ in redact_lines(lines, red) if "<PERSON>" in o]
    assert len(changed) <= 4, changed


def test_broken_input_through_the_new_pass_never_raises(red):
    lines = ["留学生 ", "留学生 Ann", "留学生 Ann \udc80Lee（", "旅客\x00Ana Ruiz", "经办人 f", "经办人 fsu", "韩国籍留学生 KIM",
             "韩国籍留学生 KIM J", "客户：" + "A" * 5000]
    out = redact_lines(lines, red)
    assert len(out) == len(lines)
    assert all(isinstance(t, str) for t, _ in out)
