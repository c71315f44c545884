"""Redaction operators: what a detected span becomes.

    replace    "<PHONE_NUMBER>" (default), or any ``new_value`` ("{entity_type}" is filled in)
    mask       every character (or every letter/digit with ``keep_format``) → ``masking_char``,
               optionally keeping the last/first N characters (card numbers: keep_last 4)
    hash       "<EMAIL_ADDRESS:3f9a…>": keyed HMAC-SHA256 of the value, so the same value gets the
               same token across a dataset (joins still work) but cannot be brute-forced without the
               salt — a phone number has only ~10^11 values, so an unsalted hash would be reversible
    pseudonym  a realistic fake of the same type (Faker en_US, or zh_CN when the value is Chinese),
               seeded from the keyed hash of the value: the same value becomes the same fake
               everywhere, in every batch and every process
    keep       leave the value (still counted)

The salt comes from an environment variable (``salt_env``, default ``CURATE_PII_SALT``) or the
config's ``salt`` and is never printed, logged or written to a manifest. hash and pseudonym refuse
to run without one.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import random
import string
from collections.abc import Callable
from typing import Any

from curate.pii.patterns import Span
from curate.pii.zh_names import has_han

OPERATOR_TYPES = ("replace", "mask", "hash", "pseudonym", "keep")
_OPTIONS = {
    "replace": {"new_value"},
    "mask": {"masking_char", "keep_last", "keep_first", "keep_format"},
    "hash": {"length"},
    "pseudonym": set(),
    "keep": set(),
}
DEFAULT_SALT_ENV = "CURATE_PII_SALT"


class OperatorError(ValueError):
    pass


def check_operator(entity: str, spec: Any) -> dict:
    """Validate one operator spec (``"replace"`` or ``{type: mask, keep_last: 4}``)."""
    if isinstance(spec, str):
        spec = {"type": spec}
    if not isinstance(spec, dict) or spec.get("type") not in OPERATOR_TYPES:
        raise OperatorError(f"pii operator for {entity}: type must be one of {OPERATOR_TYPES}")
    extra = set(spec) - {"type"} - _OPTIONS[spec["type"]]
    if extra:
        raise OperatorError(f"pii operator for {entity} ({spec['type']}): unknown option(s) {sorted(extra)}")
    return dict(spec)


class Operators:
    """Applies the configured operator per entity type. Holds Faker instances and a small cache so
    pseudonyms are cheap after the first occurrence of a value."""

    def __init__(self, specs: dict[str, Any], salt: str | None = None, salt_env: str = DEFAULT_SALT_ENV) -> None:
        self.specs = {k: check_operator(k, v) for k, v in (specs or {}).items()}
        self.specs.setdefault("default", {"type": "replace"})
        self._salt_env = salt_env
        self._salt = (os.environ.get(salt_env) or salt or "").encode("utf-8") or None
        self._fakers: dict[str, Any] = {}
        self._cache: dict[tuple[str, str], str] = {}
        needs_salt = sorted(k for k, v in self.specs.items() if v["type"] in ("hash", "pseudonym"))
        if needs_salt and self._salt is None:
            raise OperatorError(f"pii operators {needs_salt} need a salt: set the environment variable "
                                f"{salt_env} (it is never printed or stored)")

    def __repr__(self) -> str:  # never show the salt
        return f"Operators({sorted(self.specs)})"

    def spec(self, entity: str) -> dict:
        return self.specs.get(entity) or self.specs["default"]

    def name(self, entity: str) -> str:
        return self.spec(entity)["type"]

    def apply(self, span: Span, value: str) -> str:
        spec = self.spec(span.entity_type)
        kind = spec["type"]
        if kind == "replace":
            return spec.get("new_value", "<{entity_type}>").replace("{entity_type}", span.entity_type)
        if kind == "keep":
            return value
        if kind == "mask":
            return _mask(value, spec)
        if kind == "hash":
            return f"<{span.entity_type}:{self._digest(span.entity_type, value).hex()[:int(spec.get('length', 12))]}>"
        return self._pseudonym(span.entity_type, value)

    # --------------------------------------------------------------------------------------
    def _digest(self, entity: str, value: str) -> bytes:
        assert self._salt is not None
        return hmac.new(self._salt, f"{entity}\x00{value}".encode("utf-8", "surrogatepass"), hashlib.sha256).digest()

    def _faker(self, locale: str):
        f = self._fakers.get(locale)
        if f is None:
            from faker import Faker  # imported only when pseudonyms are asked for
            f = self._fakers[locale] = Faker(locale)
        return f

    def _pseudonym(self, entity: str, value: str) -> str:
        key = (entity, value)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        seed = int.from_bytes(self._digest(entity, value)[:8], "big")
        zh = has_han(value) or entity in ("CN_RESIDENT_ID", "LICENSE_PLATE") or _cn_number(entity, value)
        fake = self._faker("zh_CN" if zh else "en_US")
        fake.seed_instance(seed)
        rng = random.Random(seed)
        out = _FAKE.get(entity, _fake_generic)(fake, rng, value)
        if len(self._cache) > 200_000:  # bounded: a log of any size keeps constant memory
            self._cache.clear()
        self._cache[key] = out
        return out


def _cn_number(entity: str, value: str) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    return entity == "PHONE_NUMBER" and (value.startswith(("+86", "0086")) or
                                         (len(digits) == 11 and digits.startswith("1")))


def _mask(value: str, spec: dict) -> str:
    ch = str(spec.get("masking_char", "*"))[:1] or "*"
    first, last = int(spec.get("keep_first", 0)), int(spec.get("keep_last", 0))
    fmt = bool(spec.get("keep_format", False))
    idx = [i for i, c in enumerate(value) if c.isalnum()] if fmt else list(range(len(value)))
    keep = set(idx[:first]) | set(idx[len(idx) - last:] if last else [])
    hide = set(idx) - keep
    return "".join(ch if i in hide else c for i, c in enumerate(value))


def _fake_ip(fake, rng, value):
    return fake.ipv6() if ":" in value else fake.ipv4_public()


def _fake_card(fake, rng, value):
    return fake.credit_card_number()


def _fake_plate(fake, rng, value):
    prov = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    tail = "".join(rng.choice(letters + string.digits) if i == 0 else rng.choice(string.digits) for i in range(5))
    return rng.choice(prov) + rng.choice(letters) + tail


def _fake_secret(fake, rng, value):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(max(8, len(value))))


def _fake_passport(fake, rng, value):
    return "E" + "".join(rng.choice(string.digits) for _ in range(8))


def _fake_generic(fake, rng, value):
    return f"<{''.join(rng.choice(string.ascii_uppercase) for _ in range(6))}>"


_FAKE: dict[str, Callable] = {
    "PERSON": lambda f, r, v: f.name(),
    "EMAIL_ADDRESS": lambda f, r, v: f.free_email() if not has_han(v) else f.email(),
    "PHONE_NUMBER": lambda f, r, v: f.phone_number(),
    "CN_RESIDENT_ID": lambda f, r, v: f.ssn(),
    "US_SSN": lambda f, r, v: f.ssn(),
    "CREDIT_CARD": _fake_card,
    "IP_ADDRESS": _fake_ip,
    "LICENSE_PLATE": _fake_plate,
    "CREDENTIAL": _fake_secret,
    "PASSPORT": _fake_passport,
    "IBAN_CODE": lambda f, r, v: f.iban(),
    "LOCATION": lambda f, r, v: f.city(),
    "ORGANIZATION": lambda f, r, v: f.company(),
    "DATE_TIME": lambda f, r, v: f.date(),
}
