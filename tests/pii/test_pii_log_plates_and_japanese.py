"""A vehicle's plate quoted under "vehicle" and in four parts in a car's bracket, and a Japanese name by a
common Japanese surname: under a client's key, and apart by an ideographic space (the thirtieth session).
Plates and names invented for the tests; the Japanese surnames are the common ones, the given names Faker's
ja_JP ones (an independent generator)."""
import faker
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_line, redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


@pytest.mark.parametrize("line, plate", [
    ('dispatch job=TX-2141 driver="Anna Krause" vehicle="F-KA 5088" eta_min=54', "F-KA 5088"),
    ('body="Ravi is arriving in a grey Octavia (KA-54-W-3522). Share trip: x.example/t/1"', "KA-54-W-3522"),
    ("vehicle=MH-12-AB-1234 parked", "MH-12-AB-1234"),
    ("Reifeneinlagerung: Arzu Pergande, Kennzeichen D-X 7, Satz Sommerreifen", "D-X 7"),  # Germany's shortest
])
def test_a_plate_is_found(red, line, plate):
    assert plate not in redact_line(line, red)


@pytest.mark.parametrize("line", [
    'vehicle="model-3" trim=long',      # no plate's letters and digits
    "car (RO-48213) repaired",          # a repair order's number
    'vehicle="sedan" color=grey',
    "plate X-1 ok",                     # too short for any plate but Germany's shape
])
def test_what_is_no_plate_stays(red, line):
    assert redact_line(line, red) == line


def test_fakers_japanese_names_under_a_client_key_and_spaced_are_found(red):
    f = faker.Faker("ja_JP")
    f.seed_instance(5)
    surnames = ["佐藤", "鈴木", "高橋", "田中", "渡辺", "藤井", "岡田", "山本", "中村", "小林"]
    names = [(surnames[i % len(surnames)], f.first_name()) for i in range(60)]
    glued = [f"intake: client={s}{g} lang=ja matter=2019-LIT-{i}" for i, (s, g) in enumerate(names)]
    spaced = [f"GRP rooming list: 1) {s}\u3000{g} SGL; TL mobile withheld" for s, g in names]
    out = [t for t, _ in redact_lines(glued + spaced, red)]
    found = sum(s + g not in o and f"{s}\u3000{g}" not in o for (s, g), o in zip(names + names, out))
    assert found / len(out) >= 0.95, found


@pytest.mark.parametrize("line", [
    "client=中山路 x",                   # a road: a place's last character
    "住址　中山　路",
    "目的地　大阪　駅",
    "client=北京分公司 plan=A",
])
def test_places_and_units_are_no_japanese_name(red, line):
    assert "<PERSON>" not in redact_line(line, red)


def test_broken_input_never_raises(red):
    lines = ["client=", "client=藤井", "　", "佐藤　", "　美加子", "vehicle=\"", 'vehicle="F-KA', "Octavia (KA-54-W-",
             "client=\udc80藤井真綾"]
    out = redact_lines(lines, red)
    assert len(out) == len(lines)
    assert all(isinstance(t, str) for t, _ in out)
