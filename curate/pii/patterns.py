"""Pattern recognizers: the structured PII types, for English and Chinese text alike.

Every recognizer here is plain ``re`` plus a validator (Luhn, GB 11643 check digit, ``ipaddress``)
and a context boost (a keyword shortly before the match raises the score). They import nothing
heavy, so the light masker (`curate.pii.mask_light`) and the log streamer can use them without
Presidio; in full mode the same objects are registered with Presidio's AnalyzerEngine through a thin
adapter (`curate.pii.engine`), so there is exactly one implementation of each pattern.

Why our own patterns rather than Presidio's for these types:
* Presidio's email pattern uses ``\\w``, which matches CJK: "邮箱abc@x.com" swallows "邮箱".
  Every pattern here is ASCII-only and bounded by ASCII look-arounds, so adjacent Chinese is never
  part of a match.
* Presidio has no Chinese recognizers; its context enhancer needs lemmas, which blank spaCy
  pipelines (the only Chinese pipeline that installs offline) leave empty. Context here is a plain
  substring test on a window before the match, which works for both languages.
"""
from __future__ import annotations

import datetime as _dt
import functools
import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """One detected entity: ``text[start:end]`` is the value. Never log the value itself."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str


# ----------------------------------------------------------------------------- validators
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# First two digits of a mainland resident ID: province-level division codes (GB/T 2260).
_ID_PROVINCES = frozenset(
    ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83", "91"]
)


def cn_id_checksum_ok(id18: str) -> bool:
    """GB 11643-1999 check digit (ISO 7064 MOD 11-2)."""
    s = sum(int(c) * w for c, w in zip(id18[:17], _ID_WEIGHTS))
    return _ID_CHECK[s % 11] == id18[17].upper()


def cn_id_birth_ok(id18: str) -> bool:
    try:
        born = _dt.date(int(id18[6:10]), int(id18[10:12]), int(id18[12:14]))
    except ValueError:
        return False
    return _dt.date(1900, 1, 1) <= born <= _dt.date.today()


# ----------------------------------------------------------------------------- context
# Keywords that, a few characters before a match, make it far more likely to be personal data.
# Lowercase; matched against the lowercased window, so they work without a tokenizer or lemmas.
CONTEXT = {
    "PHONE_NUMBER": ("phone", "tel", "mobile", "cell", "call", "contact", "fax", "whatsapp", "sms",
                     "reach", "reached", "text me", "number", "dial", "ring",
                     "电话", "手机", "联系", "致电", "拨打", "来电", "号码", "座机", "微信", "tel:"),
    "CREDIT_CARD": ("card", "visa", "mastercard", "amex", "unionpay", "account", "payment", "pan",
                    "卡号", "银行卡", "信用卡", "储蓄卡", "借记卡", "账号", "帐号", "银联", "卡"),
    "CN_RESIDENT_ID": ("身份证", "证件", "公民身份", "id card", "id no", "id number", "identity"),
    "IP_ADDRESS": ("ip", "addr", "host", "client", "from", "remote", "地址", "来源", "登录"),
    "PASSPORT": ("passport", "护照", "通行证", "证件"),
    "LICENSE_PLATE": ("车牌", "车辆", "车号", "牌照", "plate", "vehicle"),
}
_WINDOW = 24


_WORD = re.compile(r"[a-z0-9]+")


class ContextWords:
    """A keyword list matched against a lowercased window. Plain Latin words match whole words
    only ("ip" must not fire inside "ship", "tel" inside "hotel"), by a set lookup on the window's
    words; Chinese keywords and ones with punctuation ("mr.", "cc:", "@") match as substrings
    (Chinese has no spaces to bound a word)."""

    __slots__ = ("other", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = frozenset(w for w in words if _WORD.fullmatch(w))
        # Others as one regex; a Latin start must be a word start ("ms." is not in "problems.").
        other = [(r"(?<![a-z0-9])" if w[0].isascii() and w[0].isalnum() else "") + re.escape(w)
                 for w in sorted({w for w in words if not _WORD.fullmatch(w)}, key=len, reverse=True)]
        self.other = re.compile("|".join(other)) if other else None

    def hit(self, low: str, lo: int, hi: int) -> bool:
        seg = low[max(0, lo):max(0, hi)]
        if self.other is not None and self.other.search(seg):
            return True
        return not self.words.isdisjoint(_WORD.findall(seg))


@functools.lru_cache(maxsize=64)
def context_words(words: tuple[str, ...]) -> ContextWords:
    return ContextWords(words)


def context_in(low: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    return context_words(words).hit(low, lo, hi)


def _context_hit(low: str, start: int, words: tuple[str, ...]) -> bool:
    return context_in(low, start - _WINDOW, start, words)


# ----------------------------------------------------------------------------- recognizers
class PatternRecognizer:
    """One regex family with a scorer. ``score(match, text, lower) -> float | None`` (None: not PII).

    Cheap gates decide whether the regex runs at all, so a text with nothing PII-shaped costs a few
    substring tests: ``min_digits`` (the text must hold that many ASCII digits), ``needs`` (a
    substring that must occur) and ``precheck`` (any other cheap test on the text)."""

    __slots__ = ("entity_type", "group", "min_digits", "name", "needs", "precheck", "regex", "scorer")

    def __init__(self, name: str, entity_type: str, regex: str | re.Pattern,
                 scorer: Callable[[re.Match, str, str], float | None],
                 precheck: Callable[[str], bool] | None = None, *, group: int = 0,
                 min_digits: int = 0, needs: str | None = None, flags: int = 0) -> None:
        self.name = name
        self.entity_type = entity_type
        self.regex = regex if isinstance(regex, re.Pattern) else re.compile(regex, flags)
        self.scorer = scorer
        self.precheck = precheck
        self.group = group
        self.min_digits = min_digits
        self.needs = needs

    def applies(self, text: str, digits: int) -> bool:
        return (digits >= self.min_digits and (self.needs is None or self.needs in text)
                and (self.precheck is None or self.precheck(text)))

    def find(self, text: str, lower: str | None = None, digits: int | None = None) -> list[Span]:
        if not self.applies(text, count_digits(text) if digits is None else digits):
            return []
        out = []
        for m in self.regex.finditer(text):
            if lower is None:
                lower = text.lower()
            s = self.scorer(m, text, lower)
            if s is not None:
                out.append(Span(m.start(self.group), m.end(self.group), self.entity_type,
                                round(min(s, 1.0), 2), self.name))
        return out

    def __repr__(self) -> str:
        return f"PatternRecognizer({self.name!r}, {self.entity_type})"


def count_digits(text: str) -> int:
    """ASCII digits in text: ten C-level counts (str.translate is slow on non-ASCII text)."""
    return sum(map(text.count, "0123456789"))


def _boost(entity: str, base: float, boost: float = 0.2):
    words = CONTEXT[entity]

    def score(m: re.Match, text: str, low: str) -> float:
        return base + (boost if _context_hit(low, m.start(), words) else 0.0)
    return score


# -- email: ASCII only, so "邮箱abc@x.com" never swallows "邮箱".
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])")


def _email_score(m, text, low):
    # "scheme://user:pass@host" is a credential in a URL, not an address (url_credentials finds it).
    ws = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start()))
    if "://" in text[ws + 1:m.start()]:
        return None
    return 1.0


# -- phones. Mainland mobile: 1[3-9]x, optional +86/0086, separators 3-4-4.
# Phone patterns must not start or end inside a longer grouped number ("4526 0181 5908 3013" is a
# card-shaped number, not the phone "0181 5908 3013").
_G0 = r"(?<!\d[ \-.])"
_G1 = r"(?![ \-.]\d)"
_CN_MOBILE = re.compile(
    _G0 + r"(?<![\dA-Za-z+])(?:(?:\+|00)86[\s\-]?)?(1[3-9]\d)([\s\-]?)(\d{4})\2(\d{4})(?!\d)" + _G1)


def _cn_mobile_score(m, text, low):
    base = 0.8 if (m.group(2) or m.group(0).startswith(("+", "00"))) else 0.7
    return base + (0.2 if _context_hit(low, m.start(), CONTEXT["PHONE_NUMBER"]) else 0.0)


# Mainland landline: 0 + 2-3 digit area code, 7-8 digit number, optional extension.
_CN_LANDLINE = re.compile(
    _G0 + r"(?<![\dA-Za-z+\-])(?:(?:\+|00)86[\s\-]?(?:\(0?\)|0)?)?(?:\(0\d{2,3}\)|0[1-9]\d{1,2})"
    r"([\s\-]?)[2-9]\d{2,3}[\s\-]?\d{4}(?:\s?(?:转|ext\.?|x|-)\s?\d{1,5})?(?![\d\-])" + _G1)


def _cn_landline_score(m, text, low):
    s = m.group(0)
    formatted = bool(m.group(1)) or s.startswith(("(", "+", "00"))
    base = 0.6 if formatted else 0.4
    return base + (0.35 if _context_hit(low, m.start(), CONTEXT["PHONE_NUMBER"]) else 0.0)


# North American / international numbers: +CC groups, (NPA) NXX-XXXX, NPA-NXX-XXXX, NPA.NXX.XXXX.
_NANP = re.compile(
    _G0 + r"(?<![\dA-Za-z+\-.])(?:\+?1[\s.\-]?)?(?:\(([2-9]\d{2})\)\s?|([2-9]\d{2})([\s.\-]))"
    r"[2-9]\d{2}[\s.\-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\d\-])" + _G1)
_INTL = re.compile(
    r"(?<![\dA-Za-z+])\+(?!86)[1-9]\d{0,2}[\s.\-]?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,4}(?:[\s.\-]?\d{2,4}){2,4}(?![\d])")
# National formats with a trunk 0 (UK 07700 900461, 020 7946 0958, FR 06 12 34 56 78): need a
# context word unless grouped the way phone numbers are printed.
_NATIONAL = re.compile(_G0 + r"(?<![\dA-Za-z+\-.])0\d{2,4}[ \-]?\d{3,4}[ \-]?\d{3,4}(?![\d\-])" + _G1)
_BARE_NANP = re.compile(r"(?<![\dA-Za-z+\-.])(?:1)?[2-9]\d{2}[2-9]\d{6}(?![\d\-])")
# Short local format used in fiction and forms: 555-1234 (needs context: too ambiguous alone).
_LOCAL7 = re.compile(_G0 + r"(?<![\dA-Za-z+\-.])[2-9]\d{2}-\d{4}(?![\d\-])")


def _intl_score(m, text, low):
    v = m.group(0)
    digits = sum(c.isdigit() for c in v)
    if not 8 <= digits <= 15:
        return None
    if v[:3] in ("400", "800") and v[3:4] in "- " and any("\u4e00" <= c <= "\u9fff" for c in text):
        return None  # mainland 400/800 numbers are company service lines, not a person's phone
    return 0.7 + (0.2 if _context_hit(low, m.start(), CONTEXT["PHONE_NUMBER"]) else 0.0)


def _local7_score(m, text, low):
    return 0.7 if _context_hit(low, m.start(), CONTEXT["PHONE_NUMBER"]) else None


# -- mainland resident ID: region, birth date, sequence, check digit.
_CN_ID = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])"
                    r"(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx])(?![0-9A-Za-z])")


def _cn_id_score(m, text, low):
    v = m.group(1)
    score = 0.55  # ID-shaped: still redacted by default (typos and made-up IDs are common in logs)
    if cn_id_checksum_ok(v):
        score += 0.3
    if cn_id_birth_ok(v) and v[:2] in _ID_PROVINCES:
        score += 0.1
    if _context_hit(low, m.start(), CONTEXT["CN_RESIDENT_ID"]):
        score += 0.1
    return score


# -- bank / credit cards: 13-19 digits, optionally grouped, Luhn-valid.
_CARD = re.compile(r"(?<![\dA-Za-z\-.])(\d{4}(?:[ \-]?\d{4}){2}[ \-]?\d{1,4}(?:[ \-]?\d{1,3})?|\d{13,19})(?![\d\-])")
_IIN = re.compile(r"4|5[1-5]|2[2-7]|3[47]|3[05689]|6[025]|9[0-9]")


def _card_score(m, text, low):
    digits = re.sub(r"[ \-]", "", m.group(1))
    if not 13 <= len(digits) <= 19 or not luhn_ok(digits) or len(set(digits)) < 2:
        return None
    score = 0.55
    if _IIN.match(digits):
        score += 0.15
    if len(digits) in (15, 16, 19) and m.group(1) != digits:
        score += 0.1  # printed in groups, as cards are
    if _context_hit(low, m.start(), CONTEXT["CREDIT_CARD"]):
        score += 0.25
    return score


# -- IP addresses.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\d.])({_OCTET}(?:\.{_OCTET}){{3}})(?!\.?\d)")


def _ipv4_score(m, text, low):
    # A dotted quad right after "v"/"version" is a version number, not an address.
    before = low[max(0, m.start() - 9):m.start()]
    if before.endswith(("v", "version ", "version", "ver ", "版本")):
        return None
    return 0.7 + (0.2 if _context_hit(low, m.start(), CONTEXT["IP_ADDRESS"]) else 0.0)


_IPV6 = re.compile(r"(?<![0-9A-Za-z:.])((?:[0-9A-Fa-f]{1,4}|:)?(?::[0-9A-Fa-f]{0,4}){2,7}"
                   r"(?:\.\d{1,3}){0,3}(?:%[0-9A-Za-z]+)?)(?![0-9A-Za-z:])")


def _ipv6_score(m, text, low):
    v = m.group(1)
    if v.count(":") < 2 or v in ("::",):
        return None
    try:
        ipaddress.IPv6Address(v.split("%", 1)[0])
    except ValueError:
        return None
    groups = [g for g in v.split(":") if g]
    if len(groups) <= 3 and all(g.isdigit() and len(g) <= 2 for g in groups):
        return None  # clock times such as 12::30 or ratios
    return 0.85


# -- secrets in URLs and key=value pairs (logs).
_URL_CRED = re.compile(r"(?i)\b[a-z][a-z0-9+.\-]{1,15}://([^\s:/@?#\"'<>]+:[^\s/@?#\"'<>]+)@[^\s/?#\"'<>]+")
_CLI_USER = re.compile(r"(?<!\S)(?:-u|--user)[ =]([^\s:@]+:[^\s@]{3,})")
_KV_SECRET = re.compile(
    r"(?i)(?<![A-Za-z0-9_])(?:password|passwd|pwd|secret|token|api[_\-]?key|access[_\-]?key|auth[_\-]?token|"
    r"密码|口令)[\"']?\s*(?:=|:|：)\s*[\"']?([^\s\"',;&]{4,})")


def _fixed(score: float):
    return lambda m, text, low: score


# -- passports: mainland (E/G/D/S/P/H + 8 digits, or E + letter + 7 digits) need context.
_PASSPORT = re.compile(r"(?<![0-9A-Za-z])((?:[EGDSPH]\d{8})|(?:E[A-HJ-NP-Z]\d{7}))(?![0-9A-Za-z])")


def _passport_score(m, text, low):
    return 0.9 if _context_hit(low, m.start(), CONTEXT["PASSPORT"]) else 0.4


# -- vehicle plates: province abbreviation + letter + 5 characters (8 for new-energy plates).
_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE = re.compile(
    rf"(?<![A-Za-z0-9])([{_PROV}][A-HJ-NP-Z][·•\s]?(?:[DF][A-HJ-NP-Z0-9]\d{{4}}|\d{{5}}[DF]|"
    r"[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]))(?![A-Za-z0-9])")


def _plate_score(m, text, low):
    v = m.group(1)
    if sum(c.isdigit() for c in v) < 2:
        return None  # e.g. 京A ABCDE is not a real plate shape; words like 沪ANDROID are not plates
    return 0.75 + (0.2 if _context_hit(low, m.start(), CONTEXT["LICENSE_PLATE"]) else 0.0)


# -- US SSN (Presidio has it too; kept here so pattern-only mode still finds it).
_SSN = re.compile(r"(?<![\dA-Za-z\-])(?!000|666|9\d\d)\d{3}([\- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d\-])")


def _ssn_score(m, text, low):
    return 0.85 if re.search(r"ssn|social security", low[max(0, m.start() - 30):m.start()]) else 0.5



_SECRET_WORDS = re.compile("pass|pwd|secret|token|key|密码|口令", re.IGNORECASE)
_PROV_RX = re.compile(f"[{_PROV}]")

RECOGNIZERS: list[PatternRecognizer] = [
    PatternRecognizer("email_ascii", "EMAIL_ADDRESS", _EMAIL, _email_score, needs="@", min_digits=0),
    PatternRecognizer("cn_mobile", "PHONE_NUMBER", _CN_MOBILE, _cn_mobile_score, min_digits=11),
    PatternRecognizer("cn_landline", "PHONE_NUMBER", _CN_LANDLINE, _cn_landline_score, min_digits=10),
    PatternRecognizer("nanp_phone", "PHONE_NUMBER", _NANP, _intl_score, min_digits=10),
    PatternRecognizer("nanp_phone_bare", "PHONE_NUMBER", _BARE_NANP, _boost("PHONE_NUMBER", 0.45, 0.4),
                      min_digits=10),
    PatternRecognizer("national_phone", "PHONE_NUMBER", _NATIONAL, _boost("PHONE_NUMBER", 0.4, 0.35),
                      min_digits=9),
    PatternRecognizer("intl_phone", "PHONE_NUMBER", _INTL, _intl_score, needs="+", min_digits=8),
    PatternRecognizer("local_phone", "PHONE_NUMBER", _LOCAL7, _local7_score, needs="-", min_digits=7),
    PatternRecognizer("cn_resident_id", "CN_RESIDENT_ID", _CN_ID, _cn_id_score, group=1, min_digits=17),
    PatternRecognizer("card_luhn", "CREDIT_CARD", _CARD, _card_score, group=1, min_digits=13),
    PatternRecognizer("ipv4", "IP_ADDRESS", _IPV4, _ipv4_score, group=1, needs=".", min_digits=4),
    PatternRecognizer("ipv6", "IP_ADDRESS", _IPV6, _ipv6_score, lambda t: "::" in t or t.count(":") >= 5,
                      group=1, needs=":"),
    PatternRecognizer("url_credentials", "CREDENTIAL", _URL_CRED, _fixed(0.95), group=1, needs="://"),
    PatternRecognizer("cli_user_password", "CREDENTIAL", _CLI_USER, _fixed(0.85), group=1, needs="-u"),
    PatternRecognizer("kv_secret", "CREDENTIAL", _KV_SECRET, _fixed(0.8),
                      lambda t: _SECRET_WORDS.search(t) is not None, group=1),
    PatternRecognizer("cn_passport", "PASSPORT", _PASSPORT, _passport_score, group=1, min_digits=7),
    PatternRecognizer("cn_plate", "LICENSE_PLATE", _PLATE, _plate_score, lambda t: _PROV_RX.search(t) is not None,
                      group=1, min_digits=2),
    PatternRecognizer("us_ssn", "US_SSN", _SSN, _ssn_score, min_digits=9),
]


def shape(value: str, limit: int = 40) -> str:
    """A value's format with its content masked, for reports: letters → x/X, digits → 9, other
    letters (Han …) → *, punctuation and spaces kept ("+99 999 9999 9999", "xxxx@xxxx.xx", "**")."""
    out = []
    for c in value[:limit]:
        if c.isascii():
            out.append("9" if c.isdigit() else ("X" if c.isupper() else "x") if c.isalpha() else c)
        elif "\ud800" <= c <= "\udfff" or not c.isprintable():
            out.append("?")  # undecodable byte or control character
        else:
            out.append("*" if c.isalnum() else c)
    return "".join(out) + ("…" if len(value) > limit else "")


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Keep non-overlapping spans: higher score first, then longer; result in text order."""
    ordered = sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start))
    kept: list[Span] = []
    for s in ordered:
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    kept.sort(key=lambda s: s.start)
    return kept
