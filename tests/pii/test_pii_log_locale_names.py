"""Full names from other countries after a log's cues (a role, a greeting, an assignment), drawn from
Faker's locales at test time: accented letters (Noël Allain, Özlü Şener, whose line the name-cue
gate once passed over), a surname's particles (Lenn van der Sloot, Vitor da Paz), Mc/Mac/O'/D'
(Emily O'Sullivan, Oliver McDonald), a census given name before a surname that is a word too
(patient Christine Blanc), and who a message, a call or a payment was from or with. Both sides: the
phrases after such cues that name no one stay."""
import pytest

from curate.pii.config import load_policy
from curate.pii.logs import redact_lines
from curate.pii.redact import Redactor


@pytest.fixture(scope="module")
def red():
    return Redactor(load_policy("logs", mode="patterns"))


_TEMPLATES = ["2024-05-01 10:00:01 INFO customer {} requested a refund", "ticket #4411 assigned to engineer {}",
              "Hello {}, your order has shipped"]


def _recall(red, locale: str, seed: int, n: int = 150) -> dict[str, float]:
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    names = [f"{fake.first_name()} {fake.last_name()}" for _ in range(n)]
    out = {}
    for t in _TEMPLATES:
        lines = [t.format(v) for v in names]
        got = redact_lines(lines, red)
        out[t] = sum(any(s.entity_type == "PERSON" and line[s.start:s.end] == v for s in spans)
                     for line, v, (_, spans) in zip(lines, names, got)) / n
    return out


# (measured at seed 11 with 200 names: 0.89-1.00 for every locale and template; 0.62-0.97 before this
# session's changes: tr_TR 0.76, nl_NL 0.64 and fr_FR 0.86 on the role templates)
@pytest.mark.parametrize("locale", ["fr_FR", "es_ES", "de_DE", "tr_TR", "pl_PL", "nl_NL", "pt_BR", "en_IN", "it_IT"])
def test_locale_names_after_cues(red, locale):
    got = _recall(red, locale, seed=29)
    assert min(got.values()) >= 0.85, got
    assert sum(got.values()) / len(got) >= 0.92, got


@pytest.mark.parametrize("line, value", [
    ("ticket #4411 assigned to engineer Noël Allain", "Noël Allain"),  # (an accented name ending the line)
    ("2024-05-01 INFO customer Özlü Şener requested a refund", "Özlü Şener"),
    ("courier update: recipient Lenn van der Sloot not at home", "Lenn van der Sloot"),
    ("Hello Sara van Nus, your order has shipped", "Sara van Nus"),
    ("ticket #12 assigned to engineer Emily O'Sullivan", "Emily O'Sullivan"),
    ("ticket #12 assigned to engineer Oliver McDonald", "Oliver McDonald"),
    ("claim 5521 opened, patient Christine Blanc, ward 3", "Christine Blanc"),
    ("customer Jeet Nair requested a callback", "Jeet Nair"),  # (Jeet: a word the glosses write capitalised only)
    # who a message, a call or a payment was from or with, on whose behalf, a bracketed subject, a follower
    ("payment from Germán Porras received", "Germán Porras"),
    ("call with Adora Hoz ended after 4 min", "Adora Hoz"),
    ("message from Zoé Rousset: hello", "Zoé Rousset"),
    ("order placed on behalf of Elzbieta Hermighausen", "Elzbieta Hermighausen"),
    ("[Jolanthe Klemt] uploaded report.pdf", "Jolanthe Klemt"),
    ("new follower Manon Laporte", "Manon Laporte"),
])
def test_cued_locale_name_found(red, line, value):
    out, spans = redact_lines([line], red)[0]
    assert any(s.entity_type == "PERSON" and line[s.start:s.end] == value for s in spans), out
    assert value not in out


@pytest.mark.parametrize("line", [
    "customer Hong Kong office called back",
    "user Google Chrome crashed on start",
    "engineer Service Desk notified",
    "patient Room Service requested",
    "guest Wifi Network unavailable",
    "reviewer Github Actions failed",
    "customer Bill Pay enrolled",
    "customer Grace Period ends 2024-06-01",
    "visitor Parking Garage level 2 full",
    "candidate Python Developer shortlisted",
    "message from Google Play: update available",
    "call with Support Team ended",
    "payment from Stripe Payments received",
    "order placed on behalf of Acme Corp",
    "[Build Server] started job 12",
    "[Main Thread] created pool",
    "email from Hong Kong office",
])
def test_phrases_after_roles_stay(red, line):
    out, _ = redact_lines([line], red)[0]
    assert out == line


@pytest.mark.parametrize("key", ["contact_person", "emp_name", "staffName", "personName", "true_name",
                                 "father_name", "mother_name", "claimant_name", "seller_name", "spouse",
                                 "submitter", "requestor", "interviewer", "landlord"])
def test_person_keys_hold_other_countries_names(red, key):
    """Keys naming who a record is about or who handled it: Faker en_IN and fr_FR names under them
    (the census pair under any quoted key finds en_US names; these were missed for en_IN's)."""
    from faker import Faker

    names = []
    for locale in ("en_IN", "fr_FR"):
        fake = Faker(locale)
        fake.seed_instance(41)
        names += [f"{fake.first_name()} {fake.last_name()}" for _ in range(5)]
    lines = [f'{{"{key}": "{v}", "id": 7}}' for v in names]
    found = sum(v not in out for v, (out, _) in zip(names, redact_lines(lines, red)))
    assert found >= 9, (key, found)


@pytest.mark.parametrize("line", ['{"editor_name": "vim"}', '{"leader_name": "node-3"}', '{"winner_name": "Team Red"}',
                                  '{"agent_name": "linux-builder-01"}', '{"client_name": "Customer Portal"}',
                                  "in_charge=ops-team"])
def test_such_keys_holding_no_one_stay(red, line):
    assert redact_lines([line], red)[0][0] == line


@pytest.mark.parametrize("template", ["PR merged by {}", "uid={} gid=100", "[{}] pushed 3 commits",
                                      "git commit by {} <dev@example.org>", "account {} locked after 5 failed attempts",
                                      "deleted by {} at 10:02"])
def test_faker_user_names_in_login_places(red, template):
    """Faker's en_US user names (kevingriffith, moralessamantha, bsmith, jack54: a given name and a
    surname run together either way, an initial and a surname that is a word too, a given name and two
    digits) where a log puts a login; 0.0-0.39 found before."""
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(17)
    users = [fake.user_name() for _ in range(100)]
    lines = [template.format(u) for u in users]
    found = sum(u not in out for u, (out, _) in zip(users, redact_lines(lines, red)))
    assert found >= 85, found


@pytest.mark.parametrize("line", ["[main] merged into release", "[ci-runner] pushed 3 commits", "account admin locked",
                                  "account root disabled", "Account created for service accounts",
                                  "deleted by rosewood at 10:02", "uid=summerhill gid=100"])
def test_no_login_in_login_places_stays(red, line):
    assert redact_lines([line], red)[0][0] == line
