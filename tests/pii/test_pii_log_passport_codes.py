"""Passport numbers of mostly letters (the thirty-third session): ICAO lets an issuer use any letters, and two
digits among them spell no word ("passport OUFG5PAB7", "paspoortnummer MONA3SZE6"); a code with few digits in
all is read too ("护照号 JMG11T1Y9" on a line with four digits); a passport record's number field is read after
its key. Words and statuses after the passport's word stay. Codes drawn at random (ICAO's alphabet), Faker's
passport numbers of ten locales; lines invented for the tests."""
import random
import string

import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _code(rng: random.Random, digits: int) -> str:
    chars = [rng.choice(string.ascii_uppercase) for _ in range(9 - digits)] + [rng.choice(string.digits)
                                                                              for _ in range(digits)]
    rng.shuffle(chars)
    if chars[0].isdigit():  # (a number that opens with a digit is read as other countries' are: kept apart)
        chars[0], chars[-1] = chars[-1], chars[0]
    return "".join(chars)


@pytest.mark.parametrize("seed", range(6))
def test_a_code_of_mostly_letters_after_the_passport_word(red, seed):
    rng = random.Random(seed)
    for digits in (2, 3, 4):
        code = _code(rng, digits)
        for line in (f"identity verified via passport {code}; export sent", f"外籍就诊人 Ann Lee（护照号 {code}）预约口腔科",
                     f"paspoortnummer {code} gecontroleerd door Joëlle.",
                     f"kyc.document_uploaded type=passport country=NL number={code} expires=2031-12-11"):
            assert code not in redact_line(line, red), line


@pytest.mark.parametrize("loc", ["en_US", "nl_NL", "de_DE", "it_IT", "zh_CN", "es_ES"])
def test_fakers_passports_in_a_record(red, loc):
    f = faker.Faker(loc)
    f.seed_instance(7)
    for _ in range(10):
        p = f.passport_number()
        assert p not in redact_line(f"passport record {{'number': '{p}', 'nationality': 'CN'}}", red)


def test_words_after_the_passport_word_stay(red):
    for line in ("passport status VERIFIED1 for user", "passport check PASSED ok", "passport scan ERROR42 retry",
                 "order {'number': 'ABCDEFGH12'} shipped", "passport photo ANOTHER2 uploaded"):
        assert redact_line(line, red) == line, line


def test_broken_input_keeps_one_line_per_line(red):
    lines = ["passport \ud800OUFG5PAB7", "护照号 ", "passport record {'number': '", ""]
    assert len(redact_lines(lines, red)) == len(lines)
