"""A plate as a field of a delimited row that holds a phone (the thirty-third session): a fleet's or a roadside
dispatch's export prints the driver's plate beside the driver's number ("…,0157 0424734,M-X 3012,…"). Plates
from Faker's license_plate() of five locales whose shapes no record number has (an independent generator);
record numbers, quantities and a yard's places beside a phone stay; a plate's shape with no phone in the row
is left to the plate words. Rows invented for the tests."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("loc", ["en_GB", "fr_FR", "it_IT", "nl_NL", "vi_VN"])
def test_a_plate_beside_a_phone_in_a_row(red, loc):
    f = faker.Faker(loc)
    f.seed_instance(11)
    missed = []
    for i in range(40):
        plate = f.license_plate()
        for row in (f"FLT-{6000 + i},Keller GmbH,driver,{f.last_name()},0157 0424734,{plate},214283B95D74C6,400.00,active",
                    f"INC{8086620 + i};2024-07-15T13:18:57Z;+44 7700 900{i:03d};{plate};battery dead"):
            if plate in redact_line(row, red):
                missed.append(plate)
    assert len(missed) <= 2, missed  # (vi_VN's Đ-series and the like: a shape or two per locale left out)


def test_german_plates_with_town_letters_and_digits(red):
    for plate in ("M-X 3012", "K EB 5308E", "F D 1438", "KA-DZ 4298E"):
        row = f"FLT-3936,Addison Lee,driver,Raju,b.raju@example.com,0157 0424734,{plate},B74A96A90DADCD,active"
        assert plate not in redact_line(row, red), row


def test_ids_quantities_and_places_beside_a_phone_stay(red):
    for field in ("ORD-2024-12", "INV-2024", "BR-0634", "CHK-BASIC", "1000 PCS", "BAY C 4", "W2", "PMV-4076", "2.5.1"):
        row = f"C784336867,Keller GmbH,0157 0424734,{field},2024-04-03,active"
        assert field in redact_line(row, red), row


def test_no_phone_no_plate_by_shape(red):
    row = "SKU-2231,Widget,HN-065-GN,12.50,in stock"
    assert redact_line(row, red) == row


def test_broken_input_keeps_one_line_per_line(red):
    lines = ["a,0157 0424734,M-X 3012\ud800,b", ",,,", "0157 0424734,HN-065-GN", ""]
    assert len(redact_lines(lines, red)) == len(lines)
