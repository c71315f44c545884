"""A car's plate by the car's word or in brackets after its make or colour and model
(logs._car_plates), measured with Faker's license_plate() of ten locales in four line shapes
(0-25% found before the twenty-eighth session, 81-100% after); fleet numbers, VINs, record numbers
and models' names in the same places stay."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor

pytest.importorskip("faker")

SHAPES = ("driver arriving in a black Camry ({p}), share trip", "dispatch vehicle={p} eta=5",
          "Visitor (car {p}) signed in", "skiptrace vehicles=[{p}] ok")


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "de_DE", "fr_FR", "pt_BR", "nl_NL", "es_ES", "it_IT", "pl_PL",
                                    "en_IN"])
def test_faker_plates_by_a_cars_word(red, locale):
    from faker import Faker

    fk = Faker(locale)
    fk.seed_instance(3)
    plates = [fk.license_plate() for _ in range(80)]
    lines = [SHAPES[i % 4].format(p=p) for i, p in enumerate(plates)]
    out = [t for t, _ in redact_lines(lines, red)]
    found = sum(p not in o for p, o in zip(plates, out)) / len(plates)
    assert found >= 0.75, found


@pytest.mark.parametrize("line", [
    "vehicle V-1234 assigned to route 7",        # a fleet's number
    "car 12 waiting at gate 3",
    "vehicle=1HGCM82633A004352 checked",          # a VIN
    "vehicle RO-48213 opened",                    # a repair order's number
    "the new Model (X5 M50) ships in May",        # a model's name, no colour or make before it
    "server (DB01X) restarted",
])
def test_other_codes_by_a_cars_word_stay(red, line):
    assert redact_line(line, red) == line


@pytest.mark.parametrize("line", ["car ", "vehicles=[", "black Camry (", "in a red Golf (AB\x0012)", "car \udc80AB123"])
def test_cut_short_or_broken_lines_never_raise(red, line):
    assert isinstance(redact_line(line, red), str)
