"""Names in scripts other than Latin and Chinese (Cyrillic, Greek, Georgian, Hebrew, Arabic, Devanagari,
Thai, Hangul; Japanese in kanji with a space) after an English log's cues: a role, "by" after a
participle, a greeting, a display name before a person's address. Drawn from Faker's locales at test
time, an independent generator the rule was not written from. Both sides: Faker's companies of the
same locales after the same cues, a program's mailbox's display name, a city after "shipped to", a lone
word after a role programs hold (user, client) and capitals (ООО) stay."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor
from tests.pii.faker_rates import found_rates


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


_CUES = ["2024-05-01 10:00:01 INFO customer {} requested a refund", "ticket #4411 assigned to engineer {}",
         "Hello {}, your order has shipped", "ticket closed by {}", "From: {} <k.lee@example.com>"]
_LOCALES = ["ja_JP", "ko_KR", "ru_RU", "uk_UA", "el_GR", "th_TH", "ar_SA", "he_IL", "hi_IN", "ka_GE"]


def _rate(red, locale: str, kind: str, seed: int, n: int = 60) -> dict[str, float]:
    """Per cue: the share of lines whose value no longer appears whole after redaction."""
    return found_rates(red, _CUES, locale, kind, seed, n)


# (measured at seed 7, 20 names each: 0.85-1.00 on every cue and locale here, 0.00 in every one but
# Japanese and Hindi before this rule — Japanese 0.05-0.35 by the Chinese rules, Hindi's greeting by
# the Indic one)
@pytest.mark.parametrize("locale", _LOCALES)
def test_names_in_other_scripts_after_cues(red, locale):
    got = _rate(red, locale, "name", seed=31)
    assert min(got.values()) >= 0.8, got


# (measured at seed 7: 0.00-0.10 on these locales' companies after the role, participle and header cues;
# a greeting reads a lone capitalised word as a name, so Faker's Greek company "Φωλιά" greeted is one)
@pytest.mark.parametrize("locale", ["ja_JP", "ko_KR", "ru_RU", "uk_UA", "th_TH", "ar_SA", "he_IL", "hi_IN", "ka_GE"])
def test_companies_in_other_scripts_stay(red, locale):
    got = _rate(red, locale, "company", seed=31)
    got.pop(_CUES[2])
    assert max(got.values()) <= 0.2, got


@pytest.mark.parametrize("line, value", [
    ("ticket #4411 assigned to engineer Сазонов Арсений Дмитриевич", "Сазонов Арсений Дмитриевич"),
    ("customer 홍정훈 requested a refund", "홍정훈"),
    ("customer 김 민준 requested a refund", "김 민준"),
    ("Hello 木村 陽一, your order has shipped", "木村 陽一"),
    ("ticket closed by יוגב יעקבי", "יוגב יעקבי"),
    ("Уважаемый Иван Петрович, ваш заказ отправлен", "Иван Петрович"),
    ("recipient Πυθαγόρας Χατζηκύρκος not at home", "Πυθαγόρας Χατζηκύρκος"),
    ("From: \"ชิดชนก เยาวธนโชค\" <chidchanok@example.co.th>", "ชิดชนก เยาวธนโชค"),
    ("patient पानी पुरी शर्मा admitted", "पानी पुरी शर्मा"),
])
def test_other_script_names_found(red, line, value):
    assert value not in redact_lines([line], red)[0][0]


@pytest.mark.parametrize("line", [
    "2024-05-01 INFO customer ООО Ромашка renewed the contract",  # (capitals: a company's legal form)
    "2024-05-01 INFO customer Служба поддержки replied",  # (a sentence's first word)
    "login failed for user Администратор",  # (a lone word after a role programs hold)
    "user 관리자 logged in",  # (Hangul that opens with no surname: administrator)
    "client 주식회사 조선 renewed the contract",  # (a company's legal form)
    "customer 강남구 requested a quote",  # (a district: a place's ending)
    "From: Сбербанк Онлайн <noreply@sberbank.ru>",  # (a program's mailbox: its display name is no one's)
    "parcel shipped to Нижний Новгород",  # (a place after a participle's "to")
    "customer Забашта, Ґерус and Баранник renewed",  # (surnames listed with "and": a firm's)
    "customer Докова Петрова AD renewed",  # (a legal form after it)
    "customer ห้างหุ้นส่วนจำกัด จันอ้น renewed",  # (Thai's limited partnership)
    "customer アマゾン renewed",  # (katakana alone, one word: a product, a firm)
])
def test_other_script_non_names_stay(red, line):
    assert redact_lines([line], red)[0][0] == line


@pytest.mark.parametrize("line", [
    "customer ",  # (a cue at the line's end)
    "Hello Иван",  # (a greeting's name ending the line: no comma)
    "From: \"Иван Петров\" <",  # (an address cut off)
    "assigned to 木村",  # (a kanji surname and no given name)
    "customer " + "Иван " * 400,  # (a run far longer than a name)
    "customer Иван, " * 300 + "and Пётр",  # (a list the firm test reads)
    "password " * 500,
    "note (\x00): x",
    "entered by , on",
    "New-ADUser -SamAccountName",
    "Tel. 0160/",
])
def test_malformed_lines_for_this_sessions_cues(red, line):
    out = redact_lines([line], red)[0][0]
    assert isinstance(out, str) and len(out) <= len(line) + 40 * max(1, line.count(" "))
