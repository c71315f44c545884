"""Vietnamese names, surname first, in log lines (logs._vietnamese_names). Measured with Faker's vi_VN
lists (its surnames, middle and given names, put in the Vietnamese order: Faker's own formats write the
given name first) and its vi_VN addresses, cities and companies as what must stay: streets, wards and
companies are named after people too. Names in the parametrised cases invented for the tests."""
import random

import pytest

from curate.pii.config import load_policy
from curate.pii.logs import _vietnamese_names, redact_line, redact_lines
from curate.pii.redact import Redactor

faker = pytest.importorskip("faker")


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


_NAME_LINES = ["Khách hàng {n} gọi lại lúc 10:{m:02d}", "ticket {m}: assigned to {n} (CS team)", "{m},{n},HN-{m},active",
               "Tài xế {n} đã nhận chuyến {m}", "Bệnh nhân {n} nhập viện phòng {m}", "note: {n} asked about order {m}",
               "[chat] {n}: xin chào, đơn {m} đâu rồi?", "Người nhận: {n}; mã đơn {m}",
               "approved by {n} on 2024-01-{m:02d}"]
_PLACE_LINES = ["Giao tới {a}", "Địa chỉ văn phòng: {a}", "Chi nhánh {c} mở cửa", "Công ty: {co}", "kho hàng tại {a}, {c}"]


def _faker_names(n: int, seed: int) -> list[str]:
    from faker.providers.person.vi_VN import Provider

    rng = random.Random(seed)
    given = list(Provider.first_names_male) + list(Provider.first_names_female)
    out = []
    for _ in range(n):
        parts = [rng.choice(Provider.last_names)]
        if rng.random() < 0.7:
            parts.append(rng.choice(Provider.middle_names))
        parts.append(rng.choice(given))
        name = " ".join(parts)
        out.append(name.upper() if rng.random() < 0.1 else name)
    return out


def test_faker_vietnamese_names_found(red):
    rng = random.Random(5)
    names = _faker_names(400, 5)
    lines = [rng.choice(_NAME_LINES).format(n=n, m=rng.randint(10, 28)) for n in names]
    out = [t for t, _ in redact_lines(lines, red)]
    found = sum(n not in o for n, o in zip(names, out))
    # 385/400 when written (2026-12-07; 112/400 before the pass): the misses are a surname that is a
    # word too (Mai) before one given name, unmarked
    assert found >= 370, found


def test_faker_vietnamese_places_and_companies_stay():
    from faker import Faker

    fk = Faker("vi_VN")
    fk.seed_instance(5)
    rng = random.Random(5)
    lines = [rng.choice(_PLACE_LINES).format(a=fk.address().replace("\n", ", "), c=fk.city(), co=fk.company())
             for _ in range(400)]
    # the pass itself reads none of Faker's streets, wards, cities or companies as a name
    flagged = [(t, [t[s.start:s.end] for s in _vietnamese_names(t)]) for t in lines]
    assert [f for f in flagged if f[1]] == []


@pytest.mark.parametrize("line, gone, kept", [
    ("Tài xế Lê Văn Khoa biển số 51F-123.45 đã nhận chuyến", ["Lê Văn Khoa"], ["Tài xế", "đã nhận chuyến"]),
    ("child Mai Văn Tú (age 7) released to Trần Quý (father)", ["Mai Văn Tú", "Trần Quý"], ["(age 7)", "(father)"]),
    ("INC80,2024-07-15,Đỗ Thu Hà,HN-90,active", ["Đỗ Thu Hà"], ["INC80", "HN-90"]),
    ("customer NGUYEN VAN BINH called back", ["NGUYEN VAN BINH"], ["customer", "called back"]),
    ("passager Dương Minh Bảo Long, passeport expiré", ["Dương Minh Bảo Long"], ["passager", "passeport"]),
])
def test_vietnamese_names_in_lines(red, line, gone, kept):
    out = redact_line(line, red)
    assert [v for v in gone if v in out] == [], out
    assert [v for v in kept if v not in out] == [], out


@pytest.mark.parametrize("line", [
    "Số 94/715 Lý Thường Kiệt, phường Tân Phú, TP. Hà Nội",      # a street after a house number
    "kho tại phố Kinh Dương Vương, quận Bình Tân",                   # a street after its word
    "chuyển tới thành phố Hồ Chí Minh",                              # a city named after a man
    "Công ty: Đặng Vũ Công ty TNHH",                                 # a firm named after its owners
    "tỉnh Cao Bằng mưa lớn",                                         # a province
    "Trần Bình Trọng Phường Hoàng Mai Hà Tĩnh",                      # an address's run of words
])
def test_vietnamese_places_and_firms_stay(line):
    assert _vietnamese_names(line) == []


def test_broken_vietnamese_runs_never_raise(red):
    lines = ["Trần", "Trần ", " Nguyễn Văn", "Lê \udc80Văn Huy", "NGUYEN VAN", "Đặng\x00Vi", "Số Trần Tùng"]
    assert len(redact_lines(lines, red)) == len(lines)
