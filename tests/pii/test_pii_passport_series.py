"""Russia's passports as printed, series then number (patterns._PASSPORT): the travel passport's 2 + 7
digits and the internal one's 4 + 6, found only after a passport's word in some language; the same
digits elsewhere stay (or are read as what their own word says). Numbers invented for the tests."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, value", [
    ("Гость заселён в номер 1001; паспорт 47 2210958; оплата картой", "47 2210958"),
    ("Meldeschein erstellt, Reisepass-Nr.: 61 3300721, Mitreisende: 1", "61 3300721"),
    ("OPT note: passport 70 1184402 (RUS), employer Acme", "70 1184402"),
    ("留学生（护照号 72 5521907）申请居留许可延期", "72 5521907"),
    ("паспорт 4512 345678 выдан ОВД", "4512 345678"),
    ("паспорт 45 12 345678 выдан ОВД", "45 12 345678"),
])
def test_series_and_number_after_a_passport_word(red, line, value):
    out = redact_line(line, red)
    assert value not in out and "<PASSPORT>" in out, out


@pytest.mark.parametrize("line", [
    "order 42 1310947 shipped to the depot",
    "batch 4512 345678 units counted",
    "queue 12 3456789 items pending",
])
def test_the_same_digits_without_a_passport_word_stay(red, line):
    assert redact_line(line, red) == line


@pytest.mark.parametrize("line", ["паспорт 42 ", "passport 4512 3456", "паспорт 42 13109471", "Reisepass-Nr.: 56\x00405111"])
def test_cut_short_or_broken_series_never_raise(red, line):
    out = redact_line(line, red)
    assert isinstance(out, str)
