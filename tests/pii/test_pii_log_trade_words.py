"""A firm named after a person, with its trade or legal form after the name (the thirty-second session): whichever
pass reads the name ("Arnold Clark Rental" in a fleet's row, "billed to Dennis Boone Motors", "billed to
Quintanilla S.Com."), the word after it says a business, and no one's surname is a trade; a person's name with
any other word after it is still redacted. Names and companies are Faker's (an independent generator); the
rows are invented for the tests."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor

TRADES = ["Rental", "Motors", "Logistics", "Traders", "GmbH", "S.L.", "Rx", "Construction"]


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _names(seed, locale="en_US"):
    f = faker.Faker(locale)
    f.seed_instance(seed)
    return f.first_name(), f.last_name(), f.first_name(), f.last_name()


@pytest.mark.parametrize("seed", range(16))
def test_a_firm_named_after_a_person_stays_in_a_row_and_after_a_cue(red, seed):
    fn, ln, fn2, ln2 = _names(seed)
    if {fn, ln} & {fn2, ln2}:
        pytest.skip("the firm's name repeats the driver's: redacted for the driver's sake")
    firm = f"{fn} {ln} {TRADES[seed % len(TRADES)]}"
    row = f"FLT-{seed},{firm},driver,{ln2},{fn2},{fn2.lower()}.{ln2.lower()}@example.com,+1 415 555 01{seed:02d}"
    out = redact_line(row, red)
    assert firm in out, out
    assert f",{ln2}," not in out and f",{fn2}," not in out, out  # the driver's own name is still found
    out = redact_line(f"invoice INV-{seed} demurrage 14 days billed to {firm} terms NET30", red)
    assert firm in out, out


@pytest.mark.parametrize("locale", ["es_ES", "de_DE", "fr_FR"])
def test_fakers_companies_with_a_legal_form_stay(red, locale):
    f = faker.Faker(locale)
    f.seed_instance(5)
    kept = 0
    firms = [c for c in (f.company() for _ in range(40)) if any(x in c for x in ("S.L", "S.A", "GmbH", "KG", "SARL", "AG"))]
    for c in firms:
        kept += c in redact_line(f"invoice INV-1 billed to {c} terms NET30", red)
    assert firms and kept == len(firms), (kept, len(firms))


@pytest.mark.parametrize("seed", range(8))
def test_a_persons_name_before_another_word_is_still_redacted(red, seed):
    fn, ln, _, _ = _names(seed)
    for line in (f"invoice INV-{seed} demurrage billed to {fn} {ln} yesterday, terms NET30",
                 f"assigned to {fn} {ln} today"):
        out = redact_line(line, red)
        assert f"{fn} {ln}" not in out, out


@pytest.mark.parametrize("line, gone", [
    ("can Dr. Casa Grande call her back about the pen?", "Casa Grande"),  # a title before it: a doctor
    ("paid Ann Lee bank transfer ref 1234", "Ann Lee"),  # a trade's word in lower case is a noun after a name
])
def test_a_title_before_or_a_noun_after_keeps_a_name_a_persons(red, line, gone):
    assert gone not in redact_line(line, red)


def test_broken_input_keeps_one_line_per_line(red):
    lines = ["FLT-1,Ann Lee Rental,driver,Lee", "billed to Ann Lee \ud800Motors", "billed to Ann Lee\x00 GmbH", "Rental", ""]
    assert len(redact_lines(lines, red)) == len(lines)
