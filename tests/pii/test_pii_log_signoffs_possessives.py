"""A name told by what follows it, as staff notes and messages write it: a sign-off and the writer
("Regards -- Maria Garcia", "Cheers, Tom (night shift)"), a possessive before what only a person has
("John Smith's account was locked"), a licence or degree after the name ("Ann Lee, RN,"), the part
its bearer plays in brackets ("Ken Ito (pharmacist)"); and the keys airlines, pharmacies and charities
name people under (signatory, captain, lead_passenger, honoreeName, rx_patient). Names, companies
and towns drawn from Faker's locales at test time (an independent generator). Both sides."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor
from tests.pii.faker_rates import found_rates


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


_CUES = ["Regards -- {}", "Cheers, {} (night shift)", "{}'s account was locked after 5 attempts",
         "updated {}'s mailing address", "{} (pharmacist) verified the dose", "{}, RN, administered the vaccine",
         "contact person {} confirmed"]
_SERVED = ["Booking for {} confirmed", "Rx for {} ready for pickup", "Refund for {} processed",
           "Hello {} your flight is delayed", "Welcome aboard {}", "New donation by {}: 25.00 EUR", "Passenger name - {}"]
_KEYS = ['{{"signatory": "{}"}}', '{{"captain": "{}", "fo": "x"}}', '{{"leadPassenger": "{}"}}',
         '{{"honoreeName": "{}"}}', '{{"rxPatient": "{}"}}', '{{"giftAidDeclarant": "{}"}}', '{{"caseOwner": "{}"}}',
         '{{"soft_credit": "{}"}}']


def _rate(red, templates, locale: str, kind: str, seed: int, n: int = 15) -> dict[str, float]:
    return found_rates(red, templates, locale, kind, seed, n)


# (measured at seed 7, 15 names each: 0.73-1.00 on every cue and locale; 0.00-0.47 before the
# twenty-third session on all but the bracketed role and "contact person" for en_US. Faker's de_DE
# names with a degree after them, "Wulf Fischer B.Eng.", or a word for a surname, "Fedor Killer", stay)
@pytest.mark.parametrize("locale", ["en_US", "en_GB", "de_DE", "fr_FR", "it_IT", "pt_BR", "nl_NL"])
def test_names_told_by_what_follows(red, locale):
    got = _rate(red, _CUES, locale, "name", seed=71)
    assert min(got.values()) >= 0.6 and sum(got.values()) / len(got) >= 0.7, got


# (measured at seed 7: companies 0.00-0.27 after a sign-off, 0.00-0.20 elsewhere; towns of en, de, fr, es
# 0.00, it and pt_BR's surname-shaped towns 0.07-0.53 after a sign-off)
@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES"])
@pytest.mark.parametrize("kind", ["company", "city"])
def test_companies_and_towns_there_stay(red, locale, kind):
    got = _rate(red, _CUES, locale, kind, seed=73)
    assert sum(got.values()) / len(got) <= 0.12 and max(got.values()) <= 0.35, got


# (measured at seed 7, 12 names each: 0.58-1.00, most 0.83 or more; 0.00-0.50 before the twenty-third
# session for all but en_US and en_GB, and 0.00-0.42 after a greeting with no comma)
@pytest.mark.parametrize("locale", ["de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR"])
def test_names_a_service_is_for(red, locale):
    got = _rate(red, _SERVED, locale, "name", seed=97)
    assert min(got.values()) >= 0.6 and sum(got.values()) / len(got) >= 0.75, got


# (measured at seed 7: companies 0.00-0.25, towns 0.00-0.25 but pt_BR's, "Azevedo de Goiás", 0.08-0.50)
@pytest.mark.parametrize("locale", ["en_US", "de_DE", "es_ES"])
@pytest.mark.parametrize("kind", ["company", "city"])
def test_companies_and_towns_a_service_is_for_stay(red, locale, kind):
    got = _rate(red, _SERVED, locale, kind, seed=101)
    assert sum(got.values()) / len(got) <= 0.12 and max(got.values()) <= 0.35, got


_LABELLED = ["Volunteer shift: {} 09:00-13:00", "Patient record: {} (DOB 1980-01-01)", "Donor receipt: {}, 50.00 EUR",
             "Customer since 2019: {}"]


# (a field's label that opens with a person's role; measured at seed 7, 12 names each: 0.75-1.00, 0.00-0.33
# before the twenty-third session for all but en_US)
@pytest.mark.parametrize("locale", ["de_DE", "fr_FR", "es_ES", "nl_NL"])
def test_names_after_a_role_label(red, locale):
    got = _rate(red, _LABELLED, locale, "name", seed=103)
    assert min(got.values()) >= 0.6 and sum(got.values()) / len(got) >= 0.8, got


@pytest.mark.parametrize("line", ["Customer segment: Enterprise Accounts", "Patient ward: West Wing",
                                  "Driver version: Nvidia Geforce", "Volunteer team: Blue Team"])
def test_role_labels_before_things_stay(red, line):
    assert redact_lines([line], red)[0][0] == line


# (measured at seed 7, 10 names each: 1.00 under every key; 0.00-0.40 before for all but en_US)
@pytest.mark.parametrize("locale", ["de_DE", "es_ES", "ja_JP", "zh_CN"])
def test_names_under_party_keys(red, locale):
    got = _rate(red, _KEYS, locale, "name", seed=79)
    assert min(got.values()) >= 0.85, got


@pytest.mark.parametrize("line", [
    "Regards -- Support Team", "Cheers, Night Shift", "Regards, Customer Care", "Best, Acme Corp",
    "Regards -- Garcia, Smith and Jones", "Cheers -- Berlin office",
    "Today's order volume is up", "Amazon Web Services's account was billed", "Data Center (user) rebooted",
    '{"donor": "Anonymous", "amount": 5}', '{"num_passenger": 3, "lead_passenger": "N/A"}',
    '{"captain": true, "volunteer": "yes"}', '{"signatory": "株式会社前田通信"}', '{"donor": "加藤鉱業株式会社"}',
    "Welcome aboard Lufthansa", "Hello World program started", "Hi Team please review", "Booking for Grand Hotel confirmed",
    "Refund for Alemdar Şti. processed", "Rx for Borges Novaes - ME ready", "Order for Office Depot shipped",
])
def test_non_people_stay(red, line):
    assert redact_lines([line], red)[0][0] == line


def test_the_name_alone_is_taken():
    red = Redactor(load_policy("logs", mode="patterns"))
    out = redact_lines(["Ana Ruiz's prescription is ready", "Tom Baker, PharmD, approved", "Ken Ito (on-call nurse) paged"],
                       red)
    assert [o for o, _ in out] == ["<PERSON>'s prescription is ready", "<PERSON>, PharmD, approved",
                                   "<PERSON> (on-call nurse) paged"]
