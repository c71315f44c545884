"""Whom a person was in touch with, as support, sales and field notes write it: a name after a
contact verb (called, texted, emailed, notified, spoke with, left voicemail for, handed over to,
signed for by, visit by, reply from …), in Latin script, another script or Chinese characters,
drawn from Faker's locales at test time (an independent generator). Both sides: Faker's companies
after the same verbs (a legal form, a firm's word, partners joined), offices and teams stay."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor
from tests.pii.faker_rates import found_rates


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


_VERBS = ["Called {} at 555-0100 for approval", "spoke with {} about the claim", "left voicemail for {}",
          "texted {} the code", "notified {} of the delay", "met with {} on site", "signed for by {}",
          "reply from {}: thanks"]


def _rate(red, locale: str, kind: str, seed: int, n: int = 20) -> dict[str, float]:
    return found_rates(red, _VERBS, locale, kind, seed, n)


# (measured at seed 7, 15 names each: 0.67-1.00 on every verb and locale, 0.00-0.27 before on most verbs
# for all but en_US; vi_VN's three-word names with a word the dictionary holds are the lowest)
@pytest.mark.parametrize("locale", ["en_US", "de_DE", "en_IN", "zh_CN", "ja_JP", "ko_KR", "ru_RU"])
def test_names_after_contact_verbs(red, locale):
    got = _rate(red, locale, "name", seed=61)
    assert min(got.values()) >= 0.75 and sum(got.values()) / len(got) >= 0.85, got


# (measured at seed 7: 0.00-0.07 of these locales' companies read as names after the verbs)
@pytest.mark.parametrize("locale", ["en_US", "de_DE", "es_ES", "vi_VN"])
def test_companies_after_contact_verbs_stay(red, locale):
    got = _rate(red, locale, "company", seed=67)
    assert max(got.values()) <= 0.15, got


@pytest.mark.parametrize("line", [
    "emailed Finance Team the invoice", "called the office, no answer", "notified Acme Corp of the delay",
    "Called Diaz Inc about the order", "ticket closed by Jones, Smith and Monroe", "spoke with Support about the claim",
    "handed over to Night Shift", "visit by Fire Inspection scheduled",
])
def test_non_people_after_contact_verbs_stay(red, line):
    assert redact_lines([line], red)[0][0] == line


# A chat's mention, a name in brackets after its bearer's address or number, an English title or
# sign-off before a name in another script or in Chinese characters (Faker's names of 8 locales there:
# 0.00-0.27 found before but for the census's, 0.60-1.00 after, seed 7)
@pytest.mark.parametrize("locale", ["de_DE", "en_IN", "zh_CN", "ja_JP", "ko_KR", "ru_RU"])
def test_mentions_brackets_titles_signoffs(red, locale):
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(79)
    values = [fake.name() for _ in range(20)]
    for t in ("@{} please check the build", "+1 555 0100 ({})", "k.lee@example.com ({})", "Kind regards, {}"):
        lines = [t.format(v) for v in values]
        got = sum(v not in o for v, (o, _) in zip(values, redact_lines(lines, red))) / len(values)
        assert got >= 0.6, (t, got)


@pytest.mark.parametrize("line", [
    "@channel please check the build", "@here deploy done", "k.lee@example.com (Sales Team)",
    "+1 555 0100 (Main Office)", "Hi 团队, 早上好", "Dear 客户, 您好", "Regards, 客服中心",
    "client (유) 가야개발공사 renewed",
])
def test_mentions_and_brackets_of_no_one_stay(red, line):
    assert "<PERSON>" not in redact_lines([line], red)[0][0]


# A login and its bearer's full name in brackets, the login made of the name (Faker's names of 6 locales
# in three login shapes, jdoe / john.doe / doej7: 0.90-1.00 of logins and names found, seed 9); a
# service's account and a thing's name in brackets stay
@pytest.mark.parametrize("locale", ["de_DE", "es_ES", "pl_PL", "en_IN"])
def test_login_then_bracketed_name(red, locale):
    import unicodedata

    from faker import Faker

    def asc(w):
        return unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower()

    fake = Faker(locale)
    fake.seed_instance(83)
    pairs = [(fake.first_name(), fake.last_name()) for _ in range(20)]
    lines = [f"audit: {asc(a)[0]}{asc(b)} ({a} {b}) approved request 88" for a, b in pairs]
    outs = [o for o, _ in redact_lines(lines, red)]
    assert sum(f"{a} {b}" not in o for (a, b), o in zip(pairs, outs)) / len(pairs) >= 0.85


@pytest.mark.parametrize("line", [
    "svc_backup (Backup Service) ran", "kubelet (Node Agent) started", "ndoe (Node Exporter) up",
    "Mozilla/5.0 (Windows NT 10.0) AppleWebKit",
])
def test_login_and_thing_in_brackets_stay(red, line):
    assert "<PERSON>" not in redact_lines([line], red)[0][0]
