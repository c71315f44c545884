"""A given name alone where the line says a person is meant (the twenty-ninth session): after any "by"
or a thank-you where the clause ends (logs._BY_ONE), a review's author as sites print one ('by
"Necmettin Y."'), a double given name after a cue ("confirmed by Hans-Martin"), the common verbs'
irregular past after a lone subject ("Cx Jason rang in"), a given name that is a word too where a role
and a verb both say a person ("Neighbour Crystal offered"); and the keys only people stand under
(Staff:, technician=, sub=: logs._PEOPLE_ONLY_KEYS). Recall is measured with Faker's given names of
five locales, which the rules were not written from; the stays with Faker's cities, firms and words in
the same places. Names in the fixed cases are invented for the tests, none from the blind logs."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor

faker = pytest.importorskip("faker")


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


def _gone_and_kept(red, line, gone, kept):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == [], out
    assert [v for v in kept if v not in out] == [], out


@pytest.mark.parametrize("line, gone, kept", [
    ("Incident 118: cut to left hand. First aid by Gregory. Witness on site", ["Gregory"], ["First aid by", "Witness"]),
    ("Stay was fine. Thanks to Melissa for the late checkout!", ["Melissa"], ["Thanks to", "late checkout"]),
    ('review id=77 site=TrustLocal rating=2/5 by "Okwudili T.": "Noisy at night"', ["Okwudili T."],
     ["rating=2/5", "Noisy at night"]),
    ("Table for 4 confirmed by Anne-Marie at the bistro", ["Anne-Marie"], ["confirmed by", "at the bistro"]),
    ("[note by desk] Cx Brandon rang in about order H5512", ["Brandon"], ["order H5512"]),
    ("left card at 9:40. Neighbour Heather offered to sign for it", ["Heather"], ["Neighbour", "offered"]),
    ("handover UM2201 flt SW12 at SIN: child released. Staff: oyelaranb", ["oyelaranb"], ["handover UM2201"]),
    ("oauth2 token issued client_id=portal sub=k.zhou expires_in=3600", ["k.zhou"], ["client_id=portal"]),
    ("job 4410 technician=mbeaulieu status=done", ["mbeaulieu"], ["job 4410", "status=done"]),
])
def test_lone_names_after_cues(red, line, gone, kept):
    _gone_and_kept(red, line, gone, kept)


@pytest.mark.parametrize("line, kept", [
    # what follows "by" is a day, a place, a firm, a word or a program
    ("Report due by Monday. Reminder sent", ["Monday"]),
    ("Parcel routed by Paris, then Cairo", ["Paris"]),
    ("Task closed by Automation. Next run at 02:00", ["Automation"]),
    ("Site powered by Django. Build 512", ["Django"]),
    ("Thanks to Grace Period extension, no fee", ["Grace Period"]),
    # a given name that is a word, with a role but no act, or an act but no role
    ("Crystal offered better clarity than glass", ["Crystal"]),
    ("Guest asked for Crystal glasses at 20:00", ["Crystal"]),
    # a shared desk, an issued id, a word, under the people-only keys
    ("handover UM1 flt SW1. Staff: frontdesk", ["frontdesk"]),
    ("oauth2 token issued sub=8f2c1e77-aa01-4c55-9e1a-55b0f1d2c3e4 expires_in=3600", ["8f2c1e77-aa01-4c55-9e1a-55b0f1d2c3e4"]),
    ("billing sub=premium plan=monthly", ["premium"]),
    ("rota technician=team status=open", ["team"]),
    # a review's author with no initial after it stays the older rule's (a word there is no name)
    ('review id=9 rating=5/5 by "Traveller": "Great"', ["Traveller"]),
])
def test_what_is_no_one_stays(red, line, kept):
    _gone_and_kept(red, line, [], kept)


_SHAPES = {
    "by": "Incident 4411: ankle sprain on stairs. First aid by {f}. Follow-up tomorrow",
    "thanks": "Stay was fine. Thanks to {f} for the late checkout!",
    "review": 'review id=88 rating=4/5 by "{f} {i}.": "Clean rooms"',
    "rang": "[note by desk] Cx {f} rang in about order H1234",
    "staff": "handover UM1 flt SW1 at SIN: phone withheld. Staff: {login}",
}


@pytest.mark.parametrize("locale, floor", [("en_US", 0.9), ("en_GB", 0.85), ("fr_FR", 0.8), ("de_DE", 0.75),
                                           ("es_ES", 0.75)])
def test_faker_given_names_after_the_cues(red, locale, floor):
    # (measured at the session's end: en_US 0.95-0.98, en_GB 0.88-1.00, fr_FR 0.88-1.00, de_DE 0.78-1.00,
    # es_ES 0.80-1.00 per shape; before it 0.00-0.03 in every shape; tr_TR's names, which the census
    # lacks, 0.08-0.17 after "by" and thanks, 0.82 as a review's author)
    fk = faker.Faker(locale)
    fk.seed_instance(5)
    for shape, text in _SHAPES.items():
        lines = []
        for _ in range(60):
            f = fk.first_name()
            login = (f[0] + fk.last_name()).lower().replace(" ", "").replace("-", "")
            lines.append(text.format(f=f, i=fk.last_name()[0], login=login))
        found = sum("<PERSON>" in out for out, _ in redact_lines(lines, red))
        assert found / len(lines) >= floor, (shape, found)


def test_faker_places_and_firms_after_by_stay(red):
    # (measured: Faker's en_US and en_GB cities after "by" and thanks 0.00 redacted, words under Staff: and
    # sub= 0.00; the same as before the session for the cities and firms)
    for locale in ("en_US", "en_GB"):
        fk = faker.Faker(locale)
        fk.seed_instance(7)
        lines = [f"Incident 4411: parcel delayed. Routed by {fk.city()}. Follow-up tomorrow" for _ in range(40)]
        lines += [f"Stay was fine. Thanks to {fk.city()} for the late checkout!" for _ in range(40)]
        out = redact_lines(lines, red)
        assert sum("<" in o for o, _ in out) <= 2, [o for o, _ in out if "<" in o]
    fk = faker.Faker("en_US")
    fk.seed_instance(7)
    words = [fk.word() for _ in range(80)]
    out = redact_lines([f"handover UM1. Staff: {w}" for w in words] + [f"token sub={w} ttl=60" for w in words], red)
    assert [o for o, _ in out if "<" in o] == []


@pytest.mark.parametrize("line, name", [
    ("[note by Teerth] Customer called from the shop re a missing drink", "Teerth"),
    ("[comment by Qadim] AC fixed, guest informed", "Qadim"),
])
def test_a_notes_author_alone_in_its_bracket_is_found(red, line, name):
    # (the thirtieth session: a name no list holds counts there; outside a bracket a census given name only)
    assert name not in redact_lines([line], red)[0][0]


@pytest.mark.parametrize("line", [
    "[note by Support] ticket merged",          # a dictionary word: a team
    "[note by London] hub closed",              # a place
    "note by Teerth: merged",                   # no bracket: the census test, Teerth is in no list
])
def test_a_notes_team_or_place_or_an_unbracketed_word_stays(red, line):
    assert redact_lines([line], red)[0][0] == line


def test_broken_input_through_the_new_cues_never_raises(red):
    lines = ["by ", 'by "', 'by "Ann', 'by "Ann Y', 'by "Ann Y."', "Thanks to ", "Thanks to \udc80Ann for",
             "confirmed by Anne-", "Cx ", "Cx Ann rang", "Neighbour \x00Crystal offered", "Staff:", "Staff: \udc80x",
             "sub=", "sub=q.", "sub=.tang", "technician=\x00", "[note by ", "[note by X]", "note by ]", "[note by \udc80x]"]
    out = redact_lines(lines, red)
    assert len(out) == len(lines)
    assert all(isinstance(t, str) for t, _ in out)
