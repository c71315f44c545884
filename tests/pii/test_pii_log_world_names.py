"""Given names of other countries (en_names._world_names: nam_dict's, read from gender-guesser's data
file): a full name or a lone given name the US census lacks is found where a census name is, and the
words the list leaves out stay. The twenty-seventh session's cases; names invented for the tests,
none from the blind logs."""
import sys

import pytest

from curate.pii import en_names
from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def test_world_names_join_the_census():
    lx = en_names.lexicons()
    # a Polish, a Dutch, an Italian and a Basque given name: in the list, not the census's
    for name in ("wojciech", "sanne", "gianluca", "itziar"):
        assert name in lx.first and name not in lx.census_first
    assert "jennifer" in lx.first and "jennifer" in lx.census_first
    # the rare class (a company's "Addison Lee", "Balfour Beatty") and words glosses write in lower case
    for word in ("addison", "balfour", "rock", "haven", "grit"):
        assert word not in lx.first
    # only the data file is read: the package's own code is never imported
    assert "gender_guesser" not in sys.modules


@pytest.mark.parametrize("line, gone, kept", [
    # a row of surname and given name where a census given name would be read so
    ("2024-03-02,S-11,EMP2231,Wiśniewski,Wojciech,07:10,15:40,Carpenter", ["Wiśniewski", "Wojciech"],
     ["EMP2231", "Carpenter"]),
    # a lone given name after "assigned to", "confirmed by", and in a note's brackets
    ("Ticket 5512 assigned to Sanne. Waiting for parts.", ["Sanne"], ["Ticket 5512", "Waiting for parts"]),
    ("table booked, confirmed by Gianluca at the front desk", ["Gianluca"], ["front desk"]),
    ("[RO-1] tech note (Itziar): customer called back, approved", ["Itziar"], ["tech note (", "customer called"]),
    # a company named after a person (the rare class) and a word stay
    ("FLT-9,Addison Lee,driver,active", [], ["Addison Lee"]),
    ("Assigned to Rock. done", [], ["Rock"]),
])
def test_world_given_names_in_logs(red, line, gone, kept):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == []
    assert [v for v in kept if v not in out] == []


def test_logins_read_against_the_census_alone(red):
    # a lower-case login is a name's only where a census name makes it one: scanners' guesses stay
    # although "redha" and "ko" are given names somewhere (nam_dict)
    out = redact_line("sshd[2]: Invalid user redhat from 10.0.0.6; handled by driver nvidia.ko", red)
    assert "redhat" in out and "nvidia.ko" in out
    assert "kennethp" not in redact_line("sshd[2]: Invalid user kennethp from 10.0.0.6", red)


def test_without_the_package_the_census_stays(monkeypatch):
    # a missing data file leaves the census's names alone, no error
    monkeypatch.setattr(en_names, "_world_names_file", lambda: None)
    assert en_names._world_names() == set()
