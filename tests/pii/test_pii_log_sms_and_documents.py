"""A text message's recipient under "to", a phone number before a masked column of a row, a guest register's
document number in Spanish, and a hotel system's interface account (the thirtieth session). Each with a
neighbour that must stay: a count under "to" on a line with no text message, a thousands group, an
interface account's own name. Numbers from the phonenumbers library's example ranges or invented."""
import phonenumbers
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.patterns import role_account
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _national(region: str) -> str:
    # an example mobile of the region as its people dial it at home, without separators
    num = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL).replace(" ", "").replace("-", "")


@pytest.mark.parametrize("region", ["GB", "SE", "PL", "VN", "FR", "DE", "IN"])
def test_an_sms_recipient_under_to_is_a_phone(red, region):
    number = _national(region)
    for line in (f"sms-gw OUT to={number} tpl=OTP_PAYEE provider=twilio",
                 f"POST /webhooks/sms-status 200 body=MessageSid=SM1ce8&MessageStatus=delivered&To={number}&From=Vet"):
        out = redact_line(line, red)
        assert number not in out, out


@pytest.mark.parametrize("line", [
    "batch to=20240518 loaded 3 files",          # no text message on the line
    "sms batch to=2024 sent",                    # a year: no phone's length
    "sms upload photo=12345678 ok",              # a key that ends in "to" is another key
    "sms stats 1,234 sent, 12,500 queued",
])
def test_to_without_a_text_message_or_a_phones_length_stays(red, line):
    assert redact_line(line, red) == line


@pytest.mark.parametrize("line, phone, masked", [
    ("202507281741752198,王燕,+8619251417953,183****6951,142.43", "+8619251417953", "183****6951"),
    ("7781,Ann Lee,+447911123456,0791****456,paid", "+447911123456", "0791****456"),
])
def test_a_phone_before_a_masked_column_is_found(red, line, phone, masked):
    out = redact_line(line, red)
    assert phone not in out, out
    assert masked in out, out  # masked already: names no one


@pytest.mark.parametrize("line, number", [
    ("SES.HOSPEDAJES parte enviado: nombre=Katherine apellido1=Khan tipoDocumento=PAS numDocumento=586239611", "586239611"),
    ('{"tipo_documento": "DNI", "numero_documento": "X1234567L"}', "X1234567L"),
])
def test_a_document_number_in_spanish_is_found(red, line, number):
    assert number not in redact_line(line, red)


def test_an_interface_account_is_a_programs():
    assert role_account("pos_ifc") and role_account("opera_ifc") and role_account("crm-intf")
    assert not role_account("jsmith") and not role_account("wei.zhang")


def test_broken_input_never_raises(red):
    lines = ["to=", "sms to=", "sms to=+", "&To=07956927009&", ",183****", "+8619251417953,1*", "numDocumento=",
             'numDocumento="', "sms\x00to=0704393218", "to=\udc80 sms"]
    out = redact_lines(lines, red)
    assert len(out) == len(lines)
    assert all(isinstance(t, str) for t, _ in out)
