"""rules/pii.yaml → a resolved policy: mode, per-field thresholds, operators (docs/pii.md)."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from curate.pii.operators import DEFAULT_SALT_ENV, check_operator
from curate.pii.patterns import CN_MOBILE_DIGITS
from curate.schema import CONTENT_FIELDS

FIELDS = (*CONTENT_FIELDS, "text", "default")


class PIIConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Survey:
    """A profile's dataset-level rule: when at least ``share`` of the first ``records`` records (and
    ``min_records`` of them) hold contact data or an ID number, the run uses ``profile`` instead."""

    profile: str
    share: float
    min_records: int
    records: int = 1000


@dataclass
class Policy:
    """What to redact where. ``fields``: field → {entity_type: minimum score}."""

    profile: str
    mode: str
    fields: dict[str, dict[str, float]]
    operators: dict[str, dict]
    salt_env: str = DEFAULT_SALT_ENV
    salt: str | None = field(default=None, repr=False)  # only from an explicit config; never shown
    source: str = ""
    id_policy: str = "position"       # position | redact | keep (a source id holding personal data)
    extra_policy: str = "redact"      # redact | drop | keep (extra pass-through fields)
    sensitive_keys: dict[str, str] = field(default_factory=dict)  # normalized key -> entity type
    zh_model: str = "none"            # thulac | none: Chinese names from a tagger (curate.pii.zh_model)
    name_heads: frozenset = frozenset()  # "<head>_name" keys hold a person's name (rules/pii.yaml)
    name_words: frozenset = frozenset()  # other languages' "name": nombre_<head>, <head>_adı (rules/pii.yaml)
    measure_keys: frozenset = frozenset()  # keys whose number-shaped value is no personal data
    measure_parts: frozenset = frozenset()  # ... or keys with one of these `_` parts (latency_ms)
    id_objects: frozenset = frozenset()  # ... or an object's id: one of these parts, then an id tail
    id_tails: frozenset = frozenset()  # (merchant_order_no, out_trade_no)
    user_number_keys: frozenset = frozenset()  # a user's id keys, compared without "_": a number there is an account's
    key_tails: dict[str, str] = field(default_factory=dict)  # a compound key's last part -> entity type
    # memos of key_entity and measure_key (a log repeats a few dozen keys on every line); not
    # copied by dataclasses.replace, which may change the keys
    _key_memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _measure_memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    survey: Survey | None = None      # a dataset-level switch to another profile (rules/pii.yaml)

    def key_entity(self, key: str) -> str | None:
        """The entity type a value under ``key`` is (JSON, key=value, headers, extra fields): a listed
        key, written in any case style ("customerName" is customer_name); "<head>_name" for a listed
        head; a key whose last part is one of ``key_tails`` (reset_token, contact_email, created_by)."""
        got = self._key_memo.get(key, _MISSING)
        if got is _MISSING:
            if len(self._key_memo) >= 4096:
                self._key_memo.clear()
            got = self._key_memo[key] = _resolve_key(self, key)
        return got

    def measure_key(self, key: str) -> bool:
        """A value under ``key`` that is a plain number or version is a measure or technical id."""
        got = self._measure_memo.get(key)
        if got is None:
            if len(self._measure_memo) >= 4096:
                self._measure_memo.clear()
            got = self._measure_memo[key] = any(k in self.measure_keys or not self.measure_parts.isdisjoint(_KEY_PARTS.split(k))
                                                or self._names_an_id(k) for k in key_forms(key))
        return got

    def _names_an_id(self, k: str) -> bool:
        parts = _KEY_PARTS.split(k)
        if len(parts) == 1 and not k.isascii():  # Chinese keys are one word: 订单号, 运单编号, 流水号
            return any(k.startswith(o) for o in self.id_objects if not o.isascii()) \
                and any(k.endswith(t) for t in self.id_tails if not t.isascii())
        return len(parts) > 1 and parts[-1] in self.id_tails and not self.id_objects.isdisjoint(parts[:-1])

    def measure_value(self, key: str, text: str, start: int = 0, end: int | None = None) -> bool:
        """``text[start:end]`` is a plain number or version under a measure key ("bytes":
        "18485116937"): no personal data, whatever detection reads in it (log lines, extra fields)."""
        end = len(text) if end is None else end
        return end > start and NUMBERISH.fullmatch(text, start, end) is not None and self.measure_key(key) \
            or self.user_number(key, text, start, end)

    def user_number(self, key: str, text: str, start: int = 0, end: int | None = None) -> bool:
        """``text[start:end]`` is an account's number under a user's id key (``user_number_keys``:
        userId=8840886703): a sequence, not a phone, unless it is a mainland mobile (the member's phone
        used as the id stays a phone)."""
        end = len(text) if end is None else end
        return 5 <= end - start <= 20 and text[start:end].isdigit() and CN_MOBILE_DIGITS.fullmatch(text, start, end) is None \
            and norm_key(key).replace("_", "") in self.user_number_keys

    def entities(self, fld: str) -> dict[str, float]:
        got = self.fields.get(fld)
        return got if got is not None else self.fields.get("default", {})

    def describe(self) -> dict[str, Any]:
        return {"profile": self.profile, "mode": self.mode, "config": self.source, "id": self.id_policy,
                "extra": self.extra_policy, "zh_model": self.zh_model,
                "survey": dataclasses.asdict(self.survey) if self.survey else None,
                "fields": {k: dict(sorted(v.items())) for k, v in self.fields.items()},
                "operators": {k: dict(v) for k, v in sorted(self.operators.items())}}


ID_POLICIES = ("position", "redact", "keep")
ZH_MODELS = ("thulac", "none")
EXTRA_POLICIES = ("redact", "drop", "keep")


# a number, a decimal, a version or a clock time: what a measure key's value looks like
NUMBERISH = re.compile(r"[+\-]?\d[\d.,:_\-]*(?:[eE][+\-]?\d+)?")


@functools.lru_cache(maxsize=4096)
def norm_key(key: str) -> str:
    """Key names compare lowercased with - and _ the same ("X-Api-Key" == "x_api_key"). Memoized:
    a log repeats a few dozen keys on every line (2.4% of pattern-mode time on the mixed log)."""
    return key.strip().strip("\"'").lower().replace("-", "_")


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_INDEX_END = re.compile(r"\[\d{1,4}\]$")


@functools.lru_cache(maxsize=4096)
def key_forms(key: str) -> tuple[str, ...]:
    """``key`` normalized, then with its camelCase humps as ``_`` parts when it has any: "orderId"
    is order_id and "userName" user_name (Java and JavaScript logs write keys so; the blind log of
    2026-12-05 had its order ids read as cards under "orderId"), and the joined form still counts
    ("cellPhone" is the listed cellphone too)."""
    # (a leading "_" or "@" marks a field as additional in GELF and Logstash: "_user" is user)
    raw = key.strip().strip("\"'").lstrip("_@$") or key
    if raw.endswith("]"):
        raw = _INDEX_END.sub("", raw) or raw  # an array's item: "phone[1]", "pax[0].email" is its field's
    plain = norm_key(raw)
    split = norm_key(_CAMEL.sub("_", raw))
    return (split, plain) if split != plain else (plain,)


def _resolve_key(policy: Policy, key: str) -> str | None:
    forms = key_forms(key)
    for k in forms:
        got = policy.sensitive_keys.get(k)
        if got is not None:
            return got
    for k in forms:
        if k.endswith(("_nm", ".nm")):
            k = k[:-2] + "name"  # "Nm", as payment messages abbreviate a name: ISO 20022's Cdtr.Nm, UnionPay's customerNm
        if k.endswith("name") and len(k) > 4 or k.endswith("姓名"):
            head = k[:-4] if k.endswith("name") else k[:-2]
            head = head.rstrip("_.").replace("_", "").replace(".", "")  # (pusher.name: GitHub's)
            if head and (head in policy.name_heads or k.endswith("姓名")):
                return "PERSON"
            parts = _KEY_PARTS.split(k[:-4].rstrip("_."))
            if parts[-1] in _NAME_PARTS:
                return "PERSON"  # a name part of someone named before it: assignee_first_name, contact.last_name
            if len(parts) > 1 and parts[-1] in _DETAIL_PARTS and parts[-2] in policy.name_heads:
                return "PERSON"  # the name in a party's details: Stripe's billing_details.name, shipping_info.name
            if parts[-1] == "user" or parts[-2:] == ["user", "display"]:
                return "PERSON"  # a user's name under a qualified key: Windows' TargetUserName, SubjectUserName;
                # Azure AD's userDisplayName (not appDisplayName, an application's)
    for k in forms:
        parts = _KEY_PARTS.split(k)
        if len(parts) >= 2 and parts[-2] == "name" and parts[-1] in _NAME_PARTS:
            return "PERSON"  # the name's part after it, as SAP's IDoc fields print them: NAME_FIRST, NAME_LAST;
            # and a dotted path's, guest.name.given, patient.name.family (blind log 39's read half)
        if policy.name_words and _foreign_name_key(policy, parts):
            return "PERSON"
    # the last part of a compound key: reset_token, csrf_token, db_password, contact_email,
    # billing_phone, invited_by ("." parts too: connect.sid is Express's session cookie)
    for k in forms:
        parts = _KEY_PARTS.split(k)
        if len(parts) > 1 and parts[-1] in policy.key_tails:
            if parts[-1] == "token" and parts[-2] in _PAGING_HEADS:
                return None  # a request's echo or a page's cursor (OpenTravel's EchoToken, nextPageToken): an id
                # the caller hands back, no secret (blind log 39's read half: 61 EchoTokens redacted)
            return policy.key_tails[parts[-1]]
        if len(parts) > 2 and parts[-1] == "key" and not _SECRET_KEY_PARTS.isdisjoint(parts[:-1]):
            return "CREDENTIAL"  # AWS_SECRET_ACCESS_KEY, stripe_api_key, jwt_signing_key (not sort_key, cache_key)
    # a numbered or lettered copy of a person's or a secret's key: a form's second surname, a second phone
    # (apellido1=Khan, apellido2, phone2, email_2: Spain's guest registration prints both surnames so, blind
    # log 39's read half), OCPI's credentials token_a/token_b/token_c (blind log 40's). Not "name1" alone, a
    # generic field's as often
    base = _NUMBERED.sub("", key)
    if base != key and base and base.lower() != "name":
        got = _resolve_key(policy, base)
        if got in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDENTIAL"):
            return got
    return None


_PAGING_HEADS = frozenset(("echo", "page", "paging", "continuation", "cursor", "sync", "resume"))
_NUMBERED = re.compile(r"(?:(?<=[A-Za-z])\d{1,3}|[_\-.](?:\d{1,3}|[a-cA-C]))$")
_NAME_PARTS = frozenset(("first", "last", "given", "family", "middle", "maiden", "legal", "full", "real", "sur"))
# the words between another language's name word and its head (nom_du_client, imie_i_nazwisko,
# nombre_y_apellidos)
_KEY_LINKS = frozenset(("de", "du", "del", "della", "da", "do", "des", "di", "van", "het", "i", "y", "e", "und", "and"))


def _foreign_name_key(policy: Policy, parts: list[str]) -> bool:
    """A key that joins another language's word for a name to a person's head, either side (see
    rules/pii.yaml name_key_words), or glues it after the head (klantnaam, gebruikersnaam)."""
    words = policy.name_words
    if len(parts) == 1:
        k = parts[0]
        return any(k.endswith(w) and len(k) > len(w) + 2 and k[:-len(w)] in policy.name_heads for w in words)
    parts = [p for p in parts if p not in _KEY_LINKS]
    if len(parts) < 2:
        return False
    if parts[0] in words:
        head = "".join(parts[1:])
    elif parts[-1] in words:
        head = "".join(parts[:-1])
    else:
        return False
    return head in policy.name_heads or head in words
_DETAIL_PARTS = frozenset(("details", "detail", "info", "data", "profile"))
_SECRET_KEY_PARTS = frozenset(("secret", "private", "api", "access", "signing", "encryption", "master"))


_KEY_PARTS = re.compile(r"[_.:]")  # (":" too: Cognito's authorizer.claims.cognito:username)
_MISSING = object()


def default_config_path() -> Path:
    from curate.resources import rules_dir
    return rules_dir() / "pii.yaml"


@functools.lru_cache(maxsize=16)
def _load_yaml(path: str) -> dict:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise PIIConfigError(f"{path}: cannot read PII config ({e.strerror})") from None
    except yaml.YAMLError as e:
        raise PIIConfigError(f"{path}: not valid YAML ({e})") from None
    if not isinstance(data, dict) or not isinstance(data.get("profiles"), dict):
        raise PIIConfigError(f"{path}: a PII config is a mapping with a 'profiles' mapping")
    return data


def load_policy(profile: str = "dataset", config: str | Path | None = None, *,
                mode: str | None = None, operators: dict | None = None,
                fields: dict | None = None, id_policy: str | None = None,
                extra_policy: str | None = None) -> Policy:
    """Resolve a profile from the config (default: the shipped rules/pii.yaml), with overrides:
    ``mode`` ("full"/"patterns"), ``operators`` (merged over the config's, per entity type) and
    ``fields`` (replaces the thresholds of the fields it names)."""
    path = str(Path(config) if config else default_config_path())
    data = _load_yaml(path)
    profiles = data["profiles"]
    if profile not in profiles:
        raise PIIConfigError(f"{path}: no PII profile {profile!r} (profiles: {', '.join(profiles)})")
    prof = profiles[profile] or {}
    mode = mode or prof.get("mode", "full")
    if mode not in ("full", "patterns"):
        raise PIIConfigError(f"PII mode must be 'full' or 'patterns', not {mode!r}")
    resolved: dict[str, dict[str, float]] = {}
    for fld, ents in {**(prof.get("fields") or {}), **(fields or {})}.items():
        if fld not in FIELDS:
            raise PIIConfigError(f"PII profile {profile!r}: unknown field {fld!r} (fields: {', '.join(FIELDS)})")
        resolved[fld] = _thresholds(profile, fld, ents)
    ops: dict[str, dict] = {}
    for ent, spec in {**(data.get("operators") or {}), **(operators or {})}.items():
        ops[ent] = check_operator(ent, spec)
    idp = id_policy or prof.get("id", "position")
    if idp not in ID_POLICIES:
        raise PIIConfigError(f"PII profile {profile!r}: id must be one of {ID_POLICIES}, not {idp!r}")
    exp = extra_policy or prof.get("extra", "redact")
    if exp not in EXTRA_POLICIES:
        raise PIIConfigError(f"PII profile {profile!r}: extra must be one of {EXTRA_POLICIES}, not {exp!r}")
    zh_model = str(prof.get("zh_model", "none"))
    if zh_model not in ZH_MODELS:
        raise PIIConfigError(f"PII profile {profile!r}: zh_model must be one of {ZH_MODELS}, not {zh_model!r}")
    keys: dict[str, str] = {}
    for ent, names in (data.get("sensitive_keys") or {}).items():
        if not isinstance(names, list):
            raise PIIConfigError(f"{path}: sensitive_keys.{ent} must be a list of key names")
        for k in _names(path, f"sensitive_keys.{ent}", names):
            keys[norm_key(k)] = str(ent)
    heads = data.get("name_key_heads") or []
    if not isinstance(heads, list):
        raise PIIConfigError(f"{path}: name_key_heads must be a list of key heads")
    # a PERSON key is a head too ("recipient" -> recipient_name); compared without underscores
    name_heads = frozenset(norm_key(str(h)).replace("_", "") for h in heads) \
        | frozenset(k.replace("_", "") for k, e in keys.items() if e == "PERSON")
    words = data.get("name_key_words") or []
    if not isinstance(words, list):
        raise PIIConfigError(f"{path}: name_key_words must be a list of words")
    name_words = frozenset(norm_key(str(w)) for w in words)
    measure = {}
    for name in ("measure_keys", "measure_key_parts", "id_key_objects", "id_key_tails"):
        got = data.get(name) or []
        if not isinstance(got, list):
            raise PIIConfigError(f"{path}: {name} must be a list of key names")
        measure[name] = frozenset(norm_key(k) for k in _names(path, name, got)) - keys.keys()
    users = data.get("user_number_keys") or []
    if not isinstance(users, list):
        raise PIIConfigError(f"{path}: user_number_keys must be a list of key names")
    user_number_keys = frozenset(norm_key(k).replace("_", "") for k in _names(path, "user_number_keys", users)) \
        - {k.replace("_", "") for k in keys}
    tails = data.get("key_tails") or {}
    if not isinstance(tails, dict) or not all(isinstance(v, list) for v in tails.values()):
        raise PIIConfigError(f"{path}: key_tails must map an entity type to a list of key parts")
    key_tails = {norm_key(t): str(ent) for ent, ts in tails.items() for t in _names(path, f"key_tails.{ent}", ts)}
    survey = _survey(path, profile, prof.get("survey"), profiles)
    return Policy(profile=profile, mode=mode, fields=resolved, operators=ops, survey=survey,
                  salt_env=str(data.get("salt_env") or DEFAULT_SALT_ENV), salt=data.get("salt"), source=path,
                  id_policy=idp, extra_policy=exp, sensitive_keys=keys, zh_model=zh_model, name_heads=name_heads,
                  name_words=name_words,
                  measure_keys=measure["measure_keys"], measure_parts=measure["measure_key_parts"],
                  id_objects=measure["id_key_objects"], id_tails=measure["id_key_tails"],
                  user_number_keys=user_number_keys,
                  key_tails=key_tails)


def _names(path: str, where: str, items: list) -> list[str]:
    """A config list of key names as strings. YAML reads an unquoted no, yes, on or off as a boolean:
    such an entry is refused with the way to write it, not taken as the key "false"."""
    for k in items:
        if isinstance(k, bool):
            raise PIIConfigError(f"{path}: {where} holds {str(k).lower()}: YAML reads an unquoted no, yes, on "
                                 f"or off as true/false; quote the key (\"no\")")
    return [str(k) for k in items]


def _survey(path: str, profile: str, spec: Any, profiles: dict) -> Survey | None:
    if spec is None:
        return None
    where = f"{path}: PII profile {profile!r}: survey"
    if not isinstance(spec, dict) or set(spec) - {"profile", "share", "min_records", "records"}:
        raise PIIConfigError(f"{where} is a mapping of profile, share, min_records and records")
    target = spec.get("profile")
    if target not in profiles or target == profile or (profiles[target] or {}).get("survey"):
        raise PIIConfigError(f"{where}: profile must name another profile of the config that has no survey "
                             f"itself (profiles: {', '.join(profiles)})")
    try:
        share, least, n = float(spec.get("share", 0.05)), int(spec.get("min_records", 5)), int(spec.get("records", 1000))
    except (TypeError, ValueError):
        raise PIIConfigError(f"{where}: share is a number, min_records and records are integers") from None
    if not 0.0 < share <= 1.0 or least < 1 or n < least:
        raise PIIConfigError(f"{where}: share must be in (0, 1], min_records at least 1, records at least min_records")
    return Survey(profile=str(target), share=share, min_records=least, records=n)


def _thresholds(profile: str, fld: str, ents: Any) -> dict[str, float]:
    if ents is None:
        return {}
    if isinstance(ents, (list, tuple)):  # a bare list: every type at the default 0.5
        ents = {e: 0.5 for e in ents}
    if not isinstance(ents, dict):
        raise PIIConfigError(f"PII profile {profile!r}, field {fld!r}: expected {{ENTITY_TYPE: min score}}")
    out = {}
    for e, v in ents.items():
        try:
            v = float(v)
        except (TypeError, ValueError):
            raise PIIConfigError(f"PII profile {profile!r}, field {fld!r}: score for {e} must be a number") from None
        if not 0.0 <= v <= 1.0:
            raise PIIConfigError(f"PII profile {profile!r}, field {fld!r}: score for {e} must be in [0, 1]")
        out[str(e)] = v
    return out
