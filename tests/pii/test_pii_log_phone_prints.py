"""Phones printed in ways the log rules had lost (the thirty-third session): a mobile whose digits hold 800 or
808 after its country code is no freephone line (country codes are prefix-free, so "+447800…" is a British
mobile, "+44800…" Britain's 0800; India's mobiles open with 80 too), nor is Hawaii's 808 area; a carrier's
call record lists two mainland mobiles printed in groups; Russia's trunk 8 and India's five-and-five printing
need no phone word. Numbers are made valid by the `phonenumbers` library (independent of the rules); lines
invented for the tests."""
import random

import phonenumbers
import pytest

from curate.pii import phones
from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _valid(prefix: str, total: int, rng: random.Random, region: str | None = None) -> str:
    """A number valid to phonenumbers that starts with ``prefix`` and has ``total`` digits in all."""
    for _ in range(500):
        n = prefix + "".join(rng.choice("0123456789") for _ in range(total - len(prefix.lstrip("+"))))
        if phonenumbers.is_valid_number(phonenumbers.parse(n, region)):
            return n
    raise AssertionError(prefix)


@pytest.mark.parametrize("seed", range(4))
def test_a_mobile_with_800_after_its_country_code_stays_a_phone(red, seed):
    rng = random.Random(seed)
    for prefix, total in (("+447800", 12), ("+918800", 12), ("+8618006", 13), ("+447808", 12), ("+91800", 12), ("+91808", 12)):
        number = _valid(prefix, total, rng)
        for line in (f"sms to {number} queued", f'61846,"Ann Lee",ann@example.org,{number},Open',
                     f"会员卡转让给高亮（手机{number}），手续费¥280.17"):
            assert number not in redact_line(line, red), line


def test_freephone_lines_stay_as_written(red):
    for line in ("Service-Hotline +49 800 8715 9303 open", "call +44 808 157 0192 for help",
                 "Customer care +44800 1570192", "call 0800 123 4567 or 0808 1570192", "SMS: call 1-877-568-8525"):
        assert redact_line(line, red) == line, line


@pytest.mark.parametrize("seed", range(4))
def test_hawaii_808_is_no_freephone(red, seed):
    rng = random.Random(seed)
    national = _valid("808", 10, rng, "US")
    for printed in (f"({national[:3]}) {national[3:6]}-{national[6:]}", f"{national[:3]}-{national[3:6]}-{national[6:]}"):
        line = f"customer=Derrick Sanford tel {printed} - installed"
        assert printed not in redact_line(line, red)


@pytest.mark.parametrize("seed", range(4))
def test_a_call_records_two_grouped_mobiles_are_both_found(red, seed):
    rng = random.Random(seed)
    a, b = (_valid(p, 11, rng, "CN") for p in ("187", "185"))
    ga, gb = (f"{n[:3]} {n[3:7]} {n[7:]}" for n in (a, b))
    line = f"2024-12-06 13:06:24,被叫,{ga},{gb},省内漫游,2312,460-01-54063-109"
    out = redact_line(line, red)
    assert ga not in out and gb not in out and n_left(out, b) == "", out


def n_left(out: str, number: str) -> str:
    """Any four-digit group of ``number`` still standing (a partial redaction leaves the prefix)."""
    return "".join(g for g in (number[:3], number[3:7], number[7:]) if f"{g} " in out or f" {g}," in out)


def test_thousands_before_a_group_stay_numbers():
    for text in ("Population 1,234 567 people", "total 12,345 6789 rows"):
        assert phones.find(text, text.lower()) == []


@pytest.mark.parametrize("seed", range(4))
def test_russian_trunk_8_and_indian_five_and_five(red, seed):
    rng = random.Random(seed)
    ru = _valid("+7915", 11, rng)[2:]   # ten digits: code and number
    ind = _valid("+9198", 12, rng)[3:]  # an Indian mobile's ten digits
    for printed, line in ((f"8 ({ru[:3]}) {ru[3:6]}-{ru[6:8]}-{ru[8:]}", "звонок клиенту {} без ответа"),
                          (f"8-{ru[:3]}-{ru[3:6]}-{ru[6:8]}-{ru[8:]}", "could not parse '{}' for passenger_id=998749"),
                          (f"0{ind[:5]} {ind[5:]}", "IVR call-id b2e13f3261a68626 ANI {} verified"),
                          (f"0{ind[:5]} {ind[5:]}", "Spoke w/ the owner on {} re missing dessert")):
        assert printed not in redact_line(line.format(printed), red), line
    for printed in (f"8 {ru[:3]} {ru[3:6]} {ru[6:8]} {ru[8:]}", f"0{ind[:5]} {ind[5:]}"):
        line = f"Zoom meeting ID {printed}, passcode koeifX"  # (an id word right before names it)
        assert printed in redact_line(line, red), line


def test_shapes_no_region_issues_stay():
    # a code no Russian operator has, and zeros where the code stands
    for text in ("ref 8 (066) 907-43-91 ok", "id 8 000 806 3608 ok"):
        assert phones.find(text, text.lower()) == []


def test_broken_input_keeps_one_line_per_line(red):
    lines = ["+44\ud800800123", "8 (903", "0 8, 185 0406", "", "+999800123456"]
    assert len(redact_lines(lines, red)) == len(lines)
