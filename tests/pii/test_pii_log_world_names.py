"""Given names of other countries (en_names._world_names: nam_dict's, read from gender-guesser's data
file): a full name or a lone given name the US census lacks is found where a census name is, and the
words the list leaves out stay; and a given name before a word no dictionary knows, in a line that
carries someone's contact (logs._pairs_beside_contacts). The twenty-seventh session's cases; names
invented for the tests, none from the blind logs."""
import sys

import pytest

from curate.pii import en_names
from curate.pii.config import load_policy
from curate.pii.logs import redact_line
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _gone_and_kept(red, line, gone, kept):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == []
    assert [v for v in kept if v not in out] == []


def test_world_names_join_the_census():
    lx = en_names.lexicons()
    # a Polish, a Dutch, an Italian and a Basque given name: in the list, not the census's
    for name in ("wojciech", "sanne", "gianluca", "itziar"):
        assert name in lx.first and name not in lx.census_first
    assert "jennifer" in lx.first and "jennifer" in lx.census_first
    # a Korean given name's two syllables, written "Jae+Ho" in the list, run together
    assert "jaeho" in lx.first and "jae+ho" not in lx.first
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
    _gone_and_kept(red, line, gone, kept)


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


@pytest.mark.parametrize("line, gone, kept", [
    # no cue before the name, written in the log's own language; a phone, an e-mail address beside it
    ("badge scan ok: Wojciech Zielonka gate 3, mobile +48 601 234 567", ["Wojciech Zielonka", "601 234 567"],
     ["badge scan ok: ", " gate 3, mobile "]),
    ("Ladekarte von Gianluca Pirozzi gesperrt, Rückruf an +49 30 1234567", ["Gianluca Pirozzi"],
     ["Ladekarte von ", " gesperrt"]),
    ("resa 4471: Itziar Zubiaurre arriva 18:40, mail itziar.z@example.org", ["Itziar Zubiaurre"],
     ["resa 4471: ", " arriva 18:40"]),
    # stays: no contact in the line, a firm's legal form after the pair or after more of its words,
    # a car make, a surname the dictionary holds
    ("film night: Gianluca Pirozzi talk at 20:00", [], ["Gianluca Pirozzi"]),
    ("supplier Gianluca Pirozzi GmbH, tel. +49 30 1234567", ["1234567"], ["Gianluca Pirozzi GmbH"]),
    ("Rosario Abril Rodrigo S.L.N.E, tel. +34 912 345 678", ["912 345 678"], ["Rosario Abril Rodrigo S.L.N.E"]),
    ("rental Kia Sorento returned, call +44 20 7946 0958", ["7946 0958"], ["Kia Sorento"]),
    ("Sanne Bakery order 12, call +31 20 123 4567", [], ["Sanne Bakery"]),
    # streets named after people: the type after the pair (Turkish, its short form too) or before it
    ("Sürücü tel +90 532 123 45 67 — yolculuk başladı, Fevzi Çakmak Caddesi", ["532 123 45 67"],
     ["Fevzi Çakmak Caddesi"]),
    ("Sürücü tel +90 532 123 45 67 — yolculuk başladı, Fevzi Çakmak Sk. No:4", [], ["Fevzi Çakmak Sk."]),
    ("ride to Calle Marisol Zubiri 12, call +34 612 345 678", ["612 345 678"], ["Calle Marisol Zubiri 12"]),
    ("ride to Marisol Zubiri 12, call +34 612 345 678", ["Marisol Zubiri"], ["ride to ", " 12, call "]),
])
def test_a_given_name_beside_a_contact(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line", [
    "badge scan ok: Wojciech Zielonka gate 3, mobile +48 601 234 5",   # a number cut short: no phone
    "badge scan ok: Wojciech  Zielonka, mobile +48 601 234 567",        # two spaces: no pair
    "badge scan ok: Wojciech-Zielonka, mobile +48 601 234 567",
    "\udcff Wojciech Zielonka +48 601 234 567 \x00",
    "Wojciech Zielonka",
])
def test_broken_pairs_beside_contacts_never_raise(red, line):
    out = redact_line(line, red)
    assert isinstance(out, str) and out.count("\n") == line.count("\n")


@pytest.mark.parametrize("line, gone, kept", [
    # a German mobile in the old slash form needs no phone word; another slash number still does
    ("notify sms to=0157/4644748 tmpl=driver_arriving", ["4644748"], ["sms to=", " tmpl="]),
    ("Rückruf an Fahrgast unter 0177/7418666; Gebühr 8,40", ["7418666"], ["Gebühr 8,40"]),
    ("tyre 0155/12345 ok; size 225/45 R17; invoice 0012/2024; ref 0160/20240101", [],
     ["0155/12345", "225/45", "0012/2024", "0160/20240101"]),
    # plates after a plate word in Vietnamese and Portuguese, in four parts, dotted, Turkey's nine
    ("Tài xế biển số 85H-880.06 đã nhận chuyến", ["85H-880.06"], ["Tài xế biển số ", " đã nhận"]),
    ("placa da moto QSU1529; saldo R$ 307,73", ["QSU1529"], ["saldo R$ 307,73"]),
    ("Sürücü plaka 34 ABC 4926 yolcu", ["34 ABC 4926"], ["Sürücü plaka ", " yolcu"]),
    ("car waiting, plate MH-12-AB-1234 at gate 2", ["MH-12-AB-1234"], ["car waiting, plate ", " at gate 2"]),
    ("plate 12.5 ok; plate reader v2.1 started", [], ["plate 12.5", "plate reader v2.1"]),
])
def test_slash_mobiles_and_plates_abroad(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a university's people before a Chinese name; the same words before ordinary nouns stay
    ("【校友会】校友郑秀梅（2001届 法学院）捐赠 ¥20,000", ["郑秀梅"], ["校友会】校友", "（2001届 法学院）"]),
    ("读者韩冬（证号 2021761538）借阅《活着》", ["韩冬"], ["读者", "借阅《活着》"]),
    ("读者来信说明了问题，研究生教育质量提高，考生须知已发布", [],
     ["读者来信说明了问题，研究生教育质量提高，考生须知已发布"]),
])
def test_university_roles_before_chinese_names(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # a note's or an update's author alone or in full ("te by": the hint once left both out); a desk stays
    ("[note by Linda] Spoke w/ the customer re missing side", ["Linda"], ["[note by ", "] Spoke w/"]),
    ("update by Linda Grey: shipped", ["Linda Grey"], ["update by ", ": shipped"]),
    ("note by Support: closed", [], ["note by Support: closed"]),
    # a driver's given name alone; a device's driver stays
    ('comment="driver Malcolm asked for my number"', ["Malcolm"], ['comment="driver ', " asked for"]),
    ("loaded driver Realtek 8169; driver Intel e1000 up; handled by driver nvidia.ko", [],
     ["driver Realtek 8169", "driver Intel e1000", "driver nvidia.ko"]),
])
def test_note_authors_and_drivers(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)
