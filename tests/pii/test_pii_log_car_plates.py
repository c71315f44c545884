"""A car's plate by the car's word or in brackets after its make or colour and model
(logs._car_plates), measured with Faker's license_plate() of ten locales in four line shapes
(0-25% found before the twenty-eighth session, 81-100% after); fleet numbers, VINs, record numbers
and models' names in the same places stay. And a mobile in international form without its "+" as a
field of a call record's row (logs._row_mobiles)."""
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


@pytest.mark.parametrize("line, gone, kept", [
    # a carrier's call record: the parties' mobiles in international form without the "+"
    ("20250123182745,FWD,905532732967,4544,460-00-34642-249,31", ["905532732967"], ["20250123182745", "4544"]),
    ("2024-12-06 13:06:24,被叫,8618730804437,185,省内漫游,2312", ["8618730804437"], ["2312"]),
])
def test_mobiles_in_a_call_records_fields(red, line, gone, kept):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == [] and [v for v in kept if v not in out] == [], out


@pytest.mark.parametrize("line", [
    "ORD,202507281741752198,12.5,ok,x",                       # a long order id
    "2024-01-05,123456789012,shipped,DE,3",                   # twelve digits no mobile range holds
    "MSH|^~\\&|LAB|X|PMS|Y|20240501052945||ORU^R01|905532732967|P|2.5.1",  # an HL7 message's control id
])
def test_long_ids_in_fields_stay(red, line):
    assert redact_line(line, red) == line
