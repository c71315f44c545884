"""An English PII set written by others: the sentence templates of Microsoft's presidio-research
(``presidio_evaluator/data_generator/raw_data/templates.txt``, MIT), filled here with Faker values.

The templates are not copied into this repository: pass the file (or a checkout of the repository)
with ``--presidio-templates PATH`` to bench/bench_pii.py, or set ``CURATE_PRESIDIO_TEMPLATES``.
They were written for Presidio's evaluator, not for curate's recognizers, and they are the closest
public stand-in for "a hidden English PII set of the kind Presidio's evaluator generates": support
chats, addresses, forms, and music and film commentary in which a name is a private person's as
often as a performer's. Every name placeholder is labelled PERSON, whatever its context.

The templates are split by line number: even lines are the half that may guide changes ("seen"),
odd lines are never looked at when changing the recognizers ("held out"); report both.

Values: names, e-mails, phones, cards, IBANs, IPs and SSNs from Faker (en_US, en_GB, en_AU,
en_IN; the SSN from en_US); addresses, cities, organisations and the other placeholders are filled
but not labelled (the shipped profiles do not redact them).
"""
from __future__ import annotations

import os
import random
import re
from pathlib import Path

from bench.pii_gen import _fill
from bench.pinned import pinned_day

LOCALES = ("en_US", "en_GB", "en_AU", "en_IN")
_REL = Path("presidio_evaluator/data_generator/raw_data/templates.txt")
_SLOT = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")

PERSON_SLOTS = {"name", "person", "first_name", "last_name", "name_female", "name_male",
                "first_name_male", "first_name_female", "first_name_nonbinary", "last_name_male",
                "last_name_female"}


def templates_path(path: str | os.PathLike | None = None) -> Path | None:
    """The templates file from ``path`` (the file or a checkout) or $CURATE_PRESIDIO_TEMPLATES."""
    p = path or os.environ.get("CURATE_PRESIDIO_TEMPLATES")
    if not p:
        return None
    p = Path(p)
    if p.is_dir():
        p = p / _REL
    return p if p.is_file() else None


def load_templates(path: Path) -> list[tuple[int, str]]:
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        line = line.strip()
        if line and _SLOT.search(line):
            out.append((i, line.replace("\\n", "\n").replace("\\,", ",").replace("\\t", "\t")))
    return out


def _value(slot: str, f, rng: random.Random, fakers: dict) -> tuple[str, str | None]:
    if slot in PERSON_SLOTS:
        return str(getattr(f, slot)() if slot != "person" else f.name()), "PERSON"
    if slot == "email":
        return rng.choice((f.email, f.free_email, f.company_email))(), "EMAIL_ADDRESS"
    if slot == "phone_number":
        return f.phone_number(), "PHONE_NUMBER"
    if slot == "credit_card_number":
        return f.credit_card_number(), "CREDIT_CARD"
    if slot == "iban":
        return f.iban(), "IBAN_CODE"
    if slot == "ip_address":
        return rng.choice((f.ipv4, f.ipv6))(), "IP_ADDRESS"
    if slot == "ssn":
        return fakers["en_US"].ssn(), "US_SSN"
    filler = {"organization": f.company, "nationality": lambda: "French", "nation_woman": lambda: "Frenchwoman",
              "nation_plural": lambda: "the French", "url": f.url, "us_driver_license": lambda: "D1234567",
              "age": lambda: str(rng.randint(18, 90)), "year": lambda: str(rng.randint(1950, 2023)),
              "date_time": lambda: str(f.date_time().strftime("%Y-%m-%d %H:%M")),
              "date_of_birth": lambda: str(f.date_of_birth()), "prefix": f.prefix}
    fn = filler.get(slot) or getattr(f, slot, None)
    return (str(fn()) if fn else slot), None


@pinned_day
def presidio_set(path: Path, half: str, per_template: int = 5, seed: int = 41) -> list[dict]:
    """Labelled texts (``{"text", "spans": [[start, end, TYPE]], "template"}``) from the even
    (``half="seen"``) or odd (``"held_out"``) template lines, ``per_template`` fills each."""
    from faker import Faker

    rng = random.Random(seed)
    fakers = {loc: Faker(loc) for loc in LOCALES}
    for i, f in enumerate(fakers.values()):
        f.seed_instance(seed + i)
    want = 0 if half == "seen" else 1
    out = []
    for line_no, t in load_templates(path):
        if line_no % 2 != want:
            continue
        for _ in range(per_template):
            f = fakers[rng.choice(LOCALES)]
            d = _fill(t, lambda slot: _value(slot, f, rng, fakers), rng, _SLOT)  # noqa: B023 - called at once
            d["template"] = line_no
            out.append(d)
    return out
