"""Shared and role mailboxes named by a function (the thirty-second session): the role-based local parts that
mail-verification services flag (a list's, a system's, a department's box: staff@, lettings@, roadside@,
drivers@), and two such words run together (guestrelations@, customerservice@). A person's address is never
one: Faker's company and free-mail addresses of eight locales (an independent generator) are all still
personal, and a name beside a function's word still makes the box a person's."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.patterns import role_mailbox
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("address", ["guestrelations@harbourview-hotels.com", "customerservice@example.com",
                                     "lettings@huijia-pm.com", "roadside@pacificautogroup.com", "drivers@zipo.com.br",
                                     "sre-oncall@yunhai-tech.cn", "rx-support@mail.medimart.com", "staff@example.org",
                                     "accounts-payable@example.com"])
def test_a_functions_mailbox_is_no_ones(address):
    assert role_mailbox(address)


@pytest.mark.parametrize("address", ["ann.lee@example.com", "billsmith@example.com", "annsupport@example.com",
                                     "rosemary@example.com", "allen@example.com", "j.drivers@example.com"])
def test_a_persons_mailbox_stays_a_persons(address):
    assert not role_mailbox(address)


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR"])
def test_fakers_people_are_never_role_mailboxes(locale):
    f = faker.Faker(locale)
    f.seed_instance(1)
    addresses = [f.company_email() for _ in range(300)] + [f.email() for _ in range(300)]
    assert [a for a in addresses if role_mailbox(a)] == []


def test_in_a_log_line_the_desk_stays_and_the_guest_goes(red):
    out = redact_line("mail sent from=guestrelations@harbourview-hotels.com to=maria.keller@web.de subj=Your stay", red)
    assert "guestrelations@harbourview-hotels.com" in out and "maria.keller@web.de" not in out, out


def test_broken_input_keeps_one_line_per_line(red):
    lines = ["from=guestrelations@", "to=@harbourview.com", "customerservice@\ud800x.com", "staff\x00@x.org", ""]
    assert len(redact_lines(lines, red)) == len(lines)
