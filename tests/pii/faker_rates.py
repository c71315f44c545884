"""The share of an independent generator's values a template hides once redacted: the measure of the
cue probes (Faker's names, companies and towns of a locale put where a cue says a person stands),
shared by the tests that hold a probe's result."""
from curate.pii.logs import redact_lines


def faker_values(locale: str, kind: str, seed: int, n: int) -> list[str]:
    """``n`` of Faker's ``kind`` values (name, first_name, company, city …) for ``locale``."""
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    return [getattr(fake, kind)() for _ in range(n)]


def found_rates(red, templates, locale: str, kind: str, seed: int, n: int = 20) -> dict[str, float]:
    """Per template (a ``{}`` where the value goes): the share of lines whose value no longer appears
    whole after redaction."""
    values = faker_values(locale, kind, seed, n)
    out = {}
    for t in templates:
        got = redact_lines([t.format(v) for v in values], red)
        out[t] = sum(v not in o for v, (o, _) in zip(values, got)) / n
    return out
