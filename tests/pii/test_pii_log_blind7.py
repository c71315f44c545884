"""Log categories the seventh blind labelled log's read half (bench/pii_logs_blind7.py, odd
templates: security, identity, care, travel and Chinese public-service lines) showed missed or
damaged: pipe-separated fields, ANSI X12 segments, a name in brackets after a user id, airline
names with their title, a distinguished name's common name, IATA contact elements, other countries'
passports after the word, a Windows log's name, a manager, a landline after a Chinese role, a
label's tail beside contact data. Each case is a category with both sides asserted, on lines
written here, not the set's."""
import pytest

from curate.pii.config import load_policy
from curate.pii.redact import Redactor
from tests.pii.test_pii_log_keys import _gone_and_kept as _check


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, gone, kept", [
    # a pipe ends an unquoted value (Italian guest registration, pipe-separated exports)
    ("20260512|ALLOGGIATI|schedina=277250|cognome=ROSSI|nome=GIULIA|sesso=2|doc_type=PASSPORT|doc_no=YA1234567|notti=7",
     ["ROSSI", "GIULIA", "YA1234567"], ["schedina=277250", "sesso=2", "notti=7"]),
    ("login ok|user=mkovacs|pwd=Tz8!kq2x|ip=203.0.113.4|ts=1700000000", ["mkovacs", "Tz8!kq2x", "203.0.113.4"],
     ["|ts=1700000000"]),
    # ANSI X12: a person's NM1, an SSN's REF, PER's phone
    ("ST*837*0001~NM1*IL*1*OKAFOR*CHIDI*A***MI*XYZ123~REF*SY*123456789~PER*IC**TE*2015550143~CLM*CLM1*100***11:B:1*Y~",
     ["OKAFOR", "CHIDI", "123456789", "2015550143"], ["NM1*IL*1*", "CLM*CLM1*100"]),
    ("NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893~", [], ["RIVERSIDE CLINIC", "1234567893"]),
    # a name in brackets after a user id (the id, a staff number, is no name: the blind logs label
    # such numbers decoys); a distinguished name's common name
    ("AUDIT user=U21389 (Labelle, Véronique) role=Physician action=PRINT", ["Labelle, Véronique"], ["role=", "U21389"]),
    ('BIND dn="cn=Aitana Barragán,ou=People,dc=corp,dc=example,dc=com" method=128', ["Aitana Barragán"], ["ou=People"]),
    ('"subject":"C=GB, O=Fabrikam, CN=Chanida Charoenkul, emailAddress=cc@example.org"', ["Chanida Charoenkul"], ["O=Fabrikam"]),
    ('"issuerdn":"C=US, O=Contoso, CN=Contoso Issuing CA 02"  CN=www.example.com', [],
     ["CN=Contoso Issuing CA 02", "CN=www.example.com"]),
])
def test_fields_segments_and_names(red, line, gone, kept):
    _check(red, line, gone, kept)


@pytest.mark.parametrize("line, gone, kept", [
    # an airline's SURNAME/GIVEN and title; IATA's contact elements; a German passport number
    (("DCS CKIN NH5706/24APR SIN-MAD SEQ 279 RYBAKOV/NIKODIM MRS SEAT 43H PNR 6Y6Z7J DOCS PASSPORT/DEU/C369ZKF0N/EXP 2029 "
      "CTCM 918123631014"), ["RYBAKOV/NIKODIM", "C369ZKF0N", "918123631014"], [" MRS SEAT 43H", "NH5706/24APR", "6Y6Z7J"]),
    # Windows' log name is no login; a manager is a person
    ("EventCode=4740 LogName=Security SourceName=Microsoft Windows security auditing.", [], ["LogName=Security"]),
    ('identity_lookup displayName="Clinton Neal" manager="Anong Wongsawat"', ["Clinton Neal", "Anong Wongsawat"], []),
    ('{"lastName":"Cousin","firstName":"Till"}', ["Cousin", "Till"], []),
    # a landline with its area code after a Chinese role and a space; an order's number stays
    ("消防巡检记录 火警请拨119。负责人王经理 02728270188", ["02728270188"], ["119"]),
    ("订单 02728270188 已发货", [], ["02728270188"]),
    # any key's quoted value that is nothing but a census given name and surname (a face match, a GECOS
    # comment); not a hotel's name, not a CC-CEDICT figure, not an unquoted word pair
    ('NVR ALARM type=FaceMatch cam=cam-07 watchlist="VIP" match="Maureen Patterson" similarity=0.84',
     ["Maureen Patterson"], ['watchlist="VIP"']),
    ("changed: [db01] => (item={'name': 'sreyes', 'comment': 'Sean Reyes', 'uid': 2162})", ["Sean Reyes"], ["2162"]),
    ('{"hotel": "Hilton Garden Inn", "quote": "Nelson Mandela", "team": "Boston Red"}', [],
     ["Hilton Garden Inn", "Nelson Mandela", "Boston Red"]),
    # a label's tail beside contact data is no name
    ("订单号:E407681622 乘车人:KUHNERT HULDA 证件类型:护照 证件号码:GKJ7R188K", ["KUHNERT HULDA", "GKJ7R188K"], ["乘车人:"]),
])
def test_travel_identity_and_rosters(red, line, gone, kept):
    _check(red, line, gone, kept)


def test_seventh_blind_log_leaks_and_over_redaction(red):
    """The seventh log a helper wrote without reading the redactor (bench/pii_logs_blind7.py), another
    seed than the bench's. Unread at 0611502: 11.2% of values leaked, 7.5% of decoys redacted; the
    read half now 2.2% / 6.5% (most of those decoys: employee-style logins and devices' addresses,
    which the redactor reads as personal)."""
    from bench.pii_logs_blind7 import blind_log7
    from tests.pii.test_pii_log_keys import _leak_rates

    data = blind_log7(3000, seed=7)
    read = [d for d in data if d["template"] % 2]
    planted, leaked, decoys, lost, r = _leak_rates(red, read)
    assert planted > 4000 and decoys > 1500
    assert leaked <= 0.035, r["leaked"]
    assert lost <= 0.08, r["decoys_redacted"]


@pytest.mark.parametrize("unit, count", [("来电人：高林先生 ", 1), ("宋秀兰、邱彬、李静，", 3), ("王先生、李女士、", 2),
                                         ("由李秀华处理", 1), ("name=Ann email=a@b.co ", 2), ("a@b.co,Ann Lee,", 2)])
def test_long_lines_of_many_values(red, unit, count):
    """Lines of thousands of labels, list items, key values or CSV fields: each name's test against
    the spans found so far, and each key value's against every detection, was quadratic (8,000 list
    items took 14 s, 8,000 name/e-mail pairs 2.5 s; now 1.0 s and 0.5 s, measured by hand on 2
    cores: timings are no unit test here). Every value is still found."""
    from curate.pii.logs import redact_lines

    out = redact_lines([unit * 3000], red)[0][0]
    assert out.count("<") == 3000 * count, out[:200]


def test_malformed_lines_of_the_new_formats_pass_through_whole(red, tmp_path):
    """Broken shapes of what the new rules read (escaped JSON cut short, LTSV without values, X12
    with too few elements, a header list never closed, a spelled-out pair with no value, a CSV row of
    empty fields, a DN without a name, bytes that are not UTF-8): every line comes out, one line per
    line read, nothing raised, and only the values replaced: the rest of every line byte for byte."""
    from tests.pii.test_pii_log_keys import _through_redact_log

    bad = [
        b'{"payload":"{\\"name\\":\\"',                       # escaped JSON cut short
        b'{"payload":"{\\"phone\\":\\"13912345678',          # ... with a value in it
        b"host:\tuser:\t:\t\tstatus:",                       # LTSV with empty labels and values
        b"NM1*IL*1~REF*SY~PER*IC**TE~~*~",                    # X12 with too few elements
        b'{"headers": {"Cookie": ["',                        # a header list never closed
        b'[{"name": "DB_PASSWORD", "value": }]',             # a spelled-out pair with no value
        b",,,,,,@,,",                                         # a CSV row of empty fields
        b"cn=,ou=People,dc=x",                                # a DN without a name
        b"user=u1 (",                                         # a bracket never closed
        b"\xff\xfe token: \x80\x81 relay=[",                 # bytes that are no UTF-8
        b"ip-10-0-0-12.ec2.internal|||LogName=|first=&last=",
    ]
    stats, out = _through_redact_log(red, tmp_path, bad)
    changed = [o for b, o in zip(bad, out) if b != o]
    # only the values: the phone, a login under "user", what stands under "token" (the bytes around kept)
    assert changed == [b'{"payload":"{\\"phone\\":\\"<PHONE_NUMBER>', b"user=<PERSON> (",
                       b"\xff\xfe token: <CREDENTIAL> relay=["], changed
    assert stats["lines_changed"] == 3
