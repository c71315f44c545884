"""Phone numbers: a broad candidate pattern, validated by ``phonenumbers`` (Google's libphonenumber
data for every region), then scored by how the number is printed and by the words before it.

Why this shape rather than one regex per country: the formats people print are endless (``+44 (0)115
496 0914``, ``0#.##.##.##.##``, ``12-34-56-78``, ``467 3395``, ``(02) 9876 5432``, ``0912-345-678``);
a hand pattern per format missed half of a presidio-evaluator style set. Here any run of 7–15 digits
with phone-like separators is a candidate, and ``phonenumbers`` says whether it is a number of some
region. What it cannot say — whether a valid-looking digit run is a phone at all — comes from the
printed shape (``+CC``, ``(NPA) NXX-XXXX``, a trunk ``0`` with groups, a mainland mobile) or, for
bare and short numbers, from a context word before it ("tel", "call", "电话" …).

Scores (rules/pii.yaml keeps PHONE_NUMBER from 0.5):
  +CC / 00CC valid 0.95, possible 0.8 | mainland mobile 0.85 | NANP shape 0.7–0.8 | trunk-0 or
  (area) shape valid in a region 0.75 | any other shape valid in a region 0.45 | context +0.2…0.4;
  a context word makes any 7–15 digit candidate at least 0.7 (Faker prints numbers no region has).
Not phones: dates, times, decimals, dotted quads, money, an SSN after "social security", numbers
inside longer digit groups, and in Chinese text toll-free / shared-cost service lines (400/800
company numbers, not a person's; in English data Faker and TV scripts use such ranges for people).
"""
from __future__ import annotations

import functools
import re

from curate.pii.patterns import (
    CONTEXT,
    NOT_CARD,
    RECORD_WORDS,
    FunctionRecognizer,
    Span,
    card_brand_ok,
    context_in,
    luhn_ok,
)

# A candidate: optional +/00, digits with at most one separator between them, "(0)" or "(area)"
# groups, optional extension. Bounded so it never starts or ends inside a longer number or word.
_NOT_DATE = (
    # not at a date (2024-03-18, 2024/3/18, 18.03.2024): a candidate holding one is never a phone,
    # and every timestamped log line starts with one
    r"(?!(?:19|20)\d\d[\-/.](?:0?[1-9]|1[0-2])[\-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?:0?[1-9]|[12]\d|3[01])[\-/.](?:0?[1-9]|1[0-2])[\-/.](?:19|20)\d\d(?!\d))")
_BODY = (
    r"(?:(?:\+|00)[ \-.]?)?"
    r"(?:\(\s?\+?\d{1,5}\s?\)[ \-.]?)?"
    r"\d(?:[ \-.\u00a0]?(?:\(\d{1,5}\)|\d)){3,17}"
    r"(?:\s?(?:x|ext\.?|ext|#|转)\s?\d{1,5})?"
    # a hyphen may follow when a word does ("0161 496 0123-Office", a label in contact blocks)
    # nor a decimal or thousands group ("3.1416", "1,234"); a comma before a longer or hyphenated
    # group is a list's ("0201762301,07140397009", "…822,001-274-398-1718"), and so is one a mask follows
    # (a CSV row's "+8619251417953,183****6951": the next column, masked; blind log 46's read half)
    r"(?![A-Za-z0-9_]|-(?![A-Za-z])|\.\d|,\d{1,3}(?![\d\-(*•●]| \d))")
CANDIDATE = re.compile(
    r"(?=[0-9+(])"  # first: lets the engine skip to possible starts (40% of the scan time)
    r"(?<![A-Za-z0-9_+\-.,/:#@])" + _NOT_DATE + _BODY)
# A number glued to the punctuation after a label or in a list: "Tel:02-0947-0106", "M:545-400-3206",
# "Ph.01343 03315", "Home#804 686 2298", "Fax/+44 …", "Office,(0808) 1570314", a CSV row's "Ann,07588
# 67022". The main pattern starts nowhere after these characters (times, decimals, paths, thousands
# and ids glue digits to them); see _glued_ok for when such a start is a phone's.
# Found by a scan for the punctuation ("=" is the main pattern's already) with the character before
# it tested in a look-behind after it: a letter before ": # / ." (times and decimals, 10:30 and 3.14,
# never start one), a digit or a bracket before a comma, a Chinese label before an ASCII colon. A
# pattern opening with a look-behind is tried at every position (4 µs a log line); the character
# tested in Python after a plain scan was 2.8 µs a line of the mixed and server logs, 1.6 here.
_GLUE_AT = re.compile(r"[:#,/.](?<=[A-Za-z][:#,/.]|[0-9)],|[\u4e00-\u9fff][:,])(?=[0-9+(])")
GLUED = re.compile(_NOT_DATE + _BODY)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[:#,/.]\Z")
_EXT = re.compile(r"\s?(?:x|ext\.?|ext|#|转)\s?\d{1,5}$")
_NANP = re.compile(r"^(?:\+?1[ .\-]?)?(?:\(\d{3}\)\s?|\d{3}[ .\-])\d{3}[ .\-]\d{4}$")
_PAREN_AREA = re.compile(r"^(?:\+\d{1,3}\s?)?\(0?\d{1,5}\)")
_TRUNK = re.compile(r"^0\d{1,4}[ \-.]\d")
_AREA_SHAPE = re.compile(r"^(?:\(0\d{1,2}\)[ \-]?|0\d{1,2}[ \-])\d{3,4}[ \-]?\d{4}$")
_LOCAL = re.compile(r"^[2-9]\d{2,3}[ \-]\d{4}$")
_TARIFF_BEFORE = re.compile(r"(?<![a-z])(?:hts|hs|taric|hs ?code|hs编码|hs編碼|海关编码|海關編碼|商品编码|商品編碼|税则号|稅則號)"
                            r"[ \t:：=#]*(?:no\.?|number|编码|編碼)?[ \t:：=#]*$")
_RU_TRUNK = re.compile(r"^8[ \-]?(?:\(\d{3}\)|\d{3})[ \-]?\d{3}[ \-]?\d{2}[ \-]?\d{2}$")
_IN_SPLIT = re.compile(r"^0\d{5}[ \-]\d{5}$")
_NO_TRUNK_GROUPS = re.compile(r"^[1-9]\d[ \-]\d{4,5}[ \-]\d{4}$")
_YEARS = re.compile(r"^(?:1\d|20)\d\d-(?:1\d|20)\d\d$")
# A quantity after a hyphenated pair makes it a range ("500-1000 words", "每天走6000-8000步"), as does
# a range word before it ("roughly", "between", "约")
_UNIT_AFTER = re.compile(r"[ \t]?(?:(?:words|characters|chars|pages|sentences|lines|tokens|calories|kcal|cal|"
                         r"people|persons|participants|employees|students|users|steps|miles|meters|metres|feet|km|kg|"
                         r"lbs|pounds|dollars|euros|yuan|rupees|years|months|days|hours|minutes|seconds|times|items|"
                         r"units|points|copies|rows|samples|records)\b|[字元步人次个页天年岁米克斤份条篇张件块台辆分秒]|小时|分钟|公里|千克|公斤|千卡|左右)")
_RANGE_BEFORE = re.compile(r"(?:\b(?:between|roughly|about|approximately|approx\.?|around|ranging)|约|大约|大概)[ \t]*$")
# (86 without + or 00 only before a separator: a bare 13-digit "8613…" run is an id as often as not)
_CN_MOBILE = re.compile(r"^(?:(?:\+|00)86[ \-]?|86[ \-]|\(\+?86\)[ \-]?)?1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}$")
_DATE = re.compile(r"(?:^|\D)(?:(?:19|20)\d\d[\-./ ](?:0?[1-9]|1[0-2])[\-./ ](?:0?[1-9]|[12]\d|3[01])"
                   r"|(?:0?[1-9]|[12]\d|3[01])[\-./](?:0?[1-9]|1[0-2])[\-./](?:19|20)\d\d)(?:\D|$)")
_NON_DIGIT = re.compile(r"\D")
_DOTTED_LOCAL = re.compile(r"^\d{4}\.\d{4}$")
_SSN_SHAPE = re.compile(r"^\d{3}([ \-])\d{2}\1\d{4}$")
_MASK_CHARS = frozenset("*•●")
_VIRTUAL_BEFORE = re.compile(r"(?:隐私号|虚拟号|中间号|隱私號|虛擬號|virtual (?:phone )?number|proxy number|privacy number|"
                             r"virtual_number|privacy_number|virtualnumber|privacynumber|relay number)[码碼]?[ \t\"':：=为是]*$")
# (narrower than the id words of _id_before: "快件…（195-3139-7424）" is a courier's number, and 快件 is one)
_ORDER_BEFORE = re.compile(r"(?:\border|\btxn|\binvoice|订单|单号|流水号?|" + "|".join(RECORD_WORDS) + r")[ \t#:：=_\-no.号]*$")
_LEADS_TO_NUMBER = frozenset("为是至到拨打call号")  # (a copula or a verb before a number: 电话是…, 请拨…)
_LONE_DIGIT = re.compile(r"[ \-.\u00a0]\d(?![\d)])")
_STATUS_SIZE = re.compile(r"[1-5]\d\d \d+$")
_SSN_HYPHENS = re.compile(r"^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$")  # a valid SSN's area, group, serial
_DOTTED_QUAD = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_MONEY_BEFORE = re.compile(r"[$€£¥￥]\s?$|(?:usd|eur|rmb|cny|gbp|rs\.?|inr)\s?$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"^\s?(?:%|元|万|美元|円|usd|eur|rmb|kg|km|ms|mb|gb|kb|bytes|px)", re.IGNORECASE)

# Regions tried for a number without a country code, in order: where the text is Chinese, the
# Chinese-speaking regions first; the rest are the regions of the locales curate is used with.
ZH_REGIONS = ("CN", "TW", "HK")
OTHER_REGIONS = ("GB", "AU", "DE", "FR", "IN", "US", "NL", "CH", "IT", "ES", "JP", "BR")
_ZH_CODES = ("+86", "+886", "+852", "+853")
_NOT_PERSONAL = None  # phonenumbers types that are company service lines, filled on first use


def _pn():
    import phonenumbers

    return phonenumbers


@functools.lru_cache(maxsize=4096)
def _check(number: str, region: str | None) -> tuple[bool, bool, bool]:
    """(possible, valid, service line) for ``number`` read in ``region`` (None: it has a +CC)."""
    global _NOT_PERSONAL
    pn = _pn()
    try:
        n = pn.parse(number, region)
    except pn.NumberParseException:
        return False, False, False
    valid = pn.is_valid_number(n)
    if _NOT_PERSONAL is None:
        t = pn.PhoneNumberType
        _NOT_PERSONAL = frozenset((t.TOLL_FREE, t.PREMIUM_RATE, t.SHARED_COST, t.UAN))
    service = valid and pn.number_type(n) in _NOT_PERSONAL
    return pn.is_possible_number(n), valid, service


def _cn_service(digits: str) -> bool:
    """China's numbers of services, not people: 5-6 digit 95xxx/96xxx (banks, insurers, couriers),
    100xx (carriers: 10086), 12xxx (public hotlines: 12345, 12306), and 400/800 company lines of
    9-10 digits as printed ("4008-95500")."""
    n = len(digits)
    return (n in (5, 6) and digits[:2] in ("95", "96") or n == 5 and (digits[:3] == "100" or digits[:2] == "12")
            or n in (9, 10) and digits[:3] in ("400", "800"))


def _valid_somewhere(number: str, zh: bool) -> tuple[bool, bool]:
    """(valid in some region, that number is a service line); the Chinese regions first in Chinese
    text (``zh``), last otherwise. In Chinese text the Chinese regions are read together and a
    personal reading in one wins: phonenumbers reads the Taiwanese mobile 0974 965 771 as a
    mainland shared-cost line (a Faker zh_TW number missed for it), while 400/800 lines are service
    lines in every Chinese region that has them."""
    if zh:
        got = [_check(number, r) for r in ZH_REGIONS]
        valid = [g for g in got if g[1]]
        if valid:
            return True, all(g[2] for g in valid)
    for r in OTHER_REGIONS if zh else OTHER_REGIONS + ZH_REGIONS:
        _, valid, service = _check(number, r)
        if valid:
            # in Chinese text a foreign service reading is no service line: "034 18853553" (a
            # Faker zh_TW number) is a British 03 line to phonenumbers, and was missed for it
            return True, service and not zh
    return False, False



def plus_number(number: str) -> tuple[bool, bool]:
    """(valid, a service line) for ``number`` written with its country code ("+918085016266"): where the code
    says the region, phonenumbers' type decides (logs._toll_free asks it of numbers printed like freephone
    lines)."""
    _, valid, service = _check(number, None)
    return valid, service


def personal_somewhere(number: str) -> bool:
    """``number`` (national form) is valid in some region and no service line there: where
    _valid_somewhere takes the first region's reading, any region's personal reading counts
    ("341 7903024": a British service line, an Italian mobile). For numbers a log's own evidence
    already calls a phone (logs: in brackets after a name)."""
    return any(valid and not service for _, valid, service in (_check(number, r) for r in OTHER_REGIONS + ZH_REGIONS))


@functools.lru_cache(maxsize=4096)
def international_mobile(digits: str) -> bool:
    """``digits`` with a "+" before them are a mobile's number of their country code's region (a
    carrier's call record prints the parties so: logs._row_mobiles)."""
    pn = _pn()
    try:
        n = pn.parse("+" + digits, None)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(n) and pn.number_type(n) in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)

_HAN = re.compile("[\u4e00-\u9fff]")
_EMAIL_NEAR = re.compile(r"[A-Za-z0-9._%+\-]@[A-Za-z0-9\-]+\.[A-Za-z]")


def _contact_row(text: str, start: int, end: int) -> bool:
    """An e-mail address on the same line, close by: a contact row or signature ("Ann Lee |
    ann@x.org | 020 7946 0958"), where a bare number is the phone."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 80)
    hi = text.find("\n", end)
    hi = min(end + 80, len(text) if hi < 0 else hi)
    return "@" in text[lo:hi] and _EMAIL_NEAR.search(text, lo, hi) is not None


# the phone words that say "phone" by themselves; "number", "no." and 号码 say which number only
# through the word before them
_GENERIC_NUMBER_WORDS = frozenset(("number", "no.", "号码", "號碼"))
_NAMED_PHONE_WORDS = tuple(w for w in CONTEXT["PHONE_NUMBER"] if w not in _GENERIC_NUMBER_WORDS)

_FIELD_SEP = frozenset("|\t,;\n")


def _own_field(text: str, start: int, end: int) -> bool:
    """The number fills a field of a row: a separator (| tab , ;) or the line's edge on both sides."""
    i, j, n = start - 1, end, len(text)
    while i >= 0 and text[i] == " ":
        i -= 1
    while j < n and text[j] == " ":
        j += 1
    return (i < 0 or text[i] in _FIELD_SEP) and (j == n or text[j] in _FIELD_SEP or text[j] == "\r")


# the phone words that also name a message ("Message 697988 processed": a channel's message id), and the
# Chinese ones (取号码 248249 is a queue ticket; no mainland number a person holds has 5 or 6 digits, only
# service lines do, 95518): enough for a long number, not for a short one ("My number is 216-675" stays
# a phone: presidio-style sets)
_SHORT_NUMBER_WORDS = tuple(w for w in CONTEXT["PHONE_NUMBER"] if w not in {"message", "messages"} and w.isascii())


def score(m: re.Match, text: str, low: str) -> float | None:
    raw = m.group(0)
    # the extension pattern needs one of x, #, 转 (cheap test first: most candidates have none)
    body = _EXT.sub("", raw) if ("x" in raw or "#" in raw or "转" in raw) else raw
    digits = _NON_DIGIT.sub("", body)  # the candidate's digits are \d matches: same as str.isdigit here
    n = len(digits)
    start, end = m.start(), m.end()
    if not 5 <= n <= 15:
        return None
    if text[end:end + 1] in _MASK_CHARS or text[start - 1:start] in _MASK_CHARS:
        return None  # the visible part of a masked value (310104*******6901, 272041******7834)
    seg = low[max(0, start - 20):start]
    if ("号" in seg or "號" in seg or "number" in seg) and _VIRTUAL_BEFORE.search(seg) is not None:
        return None  # a platform's relay number (隐私号 17028235141-3246, "virtual number"): it hides the
        # person's own, lent for one order and then reused (blind logs 4 and 8, written apart, both so)
    if not body.startswith(("+", "00")) and _LONE_DIGIT.search(body):
        return None  # a one-digit group after the first: "货架10-1-3888" (a shelf code), IIS's "204 0 0 782"
        # (status, substatus, win32 status, time taken); no national format prints one (+CC groups can:
        # "+33 1 …", "+54 9 11 …")
    if text[end:end + 2] == ": " and text.endswith("]: ", 0, start):
        return None  # a mail queue's id after the program's tag, "postfix/smtp[31744]: 3330393042: to=<…>" (hex
        # digits that happen to be decimal), as Postfix and Sendmail print every line of a message
    if body[3:4] == " " and text[start - 2:start] == '" ' and _STATUS_SIZE.match(body):
        return None  # an access log's status and size after the request's closing quote ('HTTP/1.1" 301
        # 1630440'), whatever phone word the query string holds
    if n < 7:  # small regions' short numbers: only right after a phone word ("Tel: 40123"), never a decimal
        # (the phone word first: most short numbers in logs are pids and ports with none); not a word
        # that names other things too ("Message 697988 processed": a channel's message id, blind log 16)
        if not context_in(low, start - 16, start, _SHORT_NUMBER_WORDS):
            return None
        if _HAN.match(text, start - 1) and not context_in(low, start - 4, start, CONTEXT["PHONE_NUMBER"]):
            return None  # another label glued to it names it: "手机133****5547 货架276417" is a shelf
        if _cn_service(digits) and _HAN.search(text, max(0, start - 40), min(len(text), end + 40)):
            return None  # 热线12345, 服务热线95511, 致电10086: a service's number, no one's
        if body.count(".") == 1 and not any(c in body for c in " -\u00a0") or _id_before(low, start):
            return None  # "call me, pi is 3.1416"; "电话无人接听，取件码6-3-1102" (a code, not a phone)
        return 0.6
    if (_DATE.search(body) or _DOTTED_QUAD.match(body) or _MONEY_BEFORE.search(text[max(0, start - 5):start])
            or _MONEY_AFTER.match(text[end:end + 6])):
        return None
    if _TARIFF_BEFORE.search(low, max(0, start - 16), start) is not None:
        return None  # a tariff heading after its word, dotted or bare ("HTS 0306.20.42", "HS编码 0306516572"):
        # a trunk-0 shape, valid somewhere as a phone (blind log 35's read half)
    if digits in _MACHINE_LIMITS:
        return None  # 4294967295 ("code 0 is not 51 or 4294967295", loghub's BGL): 2^32 - 1, no one's number
    seps = body.count(" ") + body.count("-") + body.count(".") + body.count("\u00a0")
    # a phone word before the number, or a contact block's label after it
    word = context_in(low, start - 40, start, CONTEXT["PHONE_NUMBER"])
    if word:
        # another key between the phone word and the number labels it: "(call 1) (flags = 00000004"
        # (loghub's Windows CBS lines) is a flags value; "phone = 0161 …" names it itself
        k = _last_key(low, max(0, start - 40), start)
        if k >= 0:
            word = context_in(low, k, start, CONTEXT["PHONE_NUMBER"])
    if word and (kb := _KEY_BEFORE.search(low, max(0, start - 40), start)) is not None \
            and _KEY_PART.split(kb.group(1))[-1] in _NOT_PHONE_PARTS:
        word = False  # the key the number is the value of names a code about the phone ("phone_code": "868 92
        # 676", a delivery platform's PIN for the masked number; phone_ext, phone_type): blind log 26's read half
    if word and _HAN.match(text, start - 1) and text[start - 1] not in _LEADS_TO_NUMBER \
            and not context_in(low, start - 6, start, CONTEXT["PHONE_NUMBER"]) and not _CN_MOBILE.match(body):
        word = False  # another Han label glued to the number names it, whatever phone word came before on
        # the line ("联系方式：1896… 商品8681683843791": the goods' code); a mainland mobile stays one
    idw = word and _id_before(low, start)
    if idw and not context_in(low, start - 40, start, _NAMED_PHONE_WORDS):
        # "number" / "号码" qualified by an id word names that id: order number 12345678, Ticket
        # number: 20240318001, 发票号码04403210, 订单号码… (phone number, 手机号码 stay phones)
        word = False
    elif idw and _last_at(low, start, NOT_CARD) > _last_at(low, start, CONTEXT["PHONE_NUMBER"]):
        # the id word nearer the number names it, whatever phone word came earlier on the line:
        # "12345热线 工单号20241214057737", "电话…无人接听，快件773153402008950"
        word = False
    word = word or _label_after(low, body, start, end)
    if not word and low.endswith("to=", 0, start) and "sms" in low and (start == 3 or not low[start - 4].isalnum()
                                                                     and low[start - 4] != "_"):
        # a text message's recipient under "to" ("sms-gw OUT to=700 64 13 53", Twilio's status webhook
        # "…/sms-status … &To=07956927009": blind logs 34, 37 and 46's read halves): the number it went to
        word = True
    if "." in body and body.count(".") == 1 and seps == 1 and not body.startswith("+") \
            and not (_DOTTED_LOCAL.match(body) and word):
        # a decimal such as 0.762848; but four and four digits after a phone word ("Ring 0322.5848",
        # "Contact: 4143.1690") are a local number printed with a dot (Faker's en_AU prints 1 in 14
        # of its numbers so: 12 of 300 missed on 2026-12-04)
        return None
    if _SSN_SHAPE.match(body) and context_in(low, start - 32, start, CONTEXT["US_SSN"]):
        return None  # 123-45-6789 after "social security number" is the SSN
    # An e-mail address close by on the line (a contact row, a signature) makes any 7-15 digit run
    # a phone only when the number is a field of its own there ("Ann | ann@x.org | 788-5261149");
    # otherwise it raises a number that has a phone's shape of its own. Log lines carry an address
    # beside epoch times, barcodes and byte counts ("uptime 1710756000 s, on-call ann@x.org",
    # "isbn=9781…"; bench table 3c: 498 of its 7,349 non-personal values were redacted for it)
    row = not word and _contact_row(text, start, end)
    ctx = word or row
    word = word or row and _own_field(text, start, end)
    if not ctx and _SSN_HYPHENS.match(body):
        return None  # 032-80-9783: printed as an SSN, not as a phone (fresh Faker SSNs 0.90 -> 1.00 typed)
    intl = body.startswith(("+", "00"))
    if not intl and n >= 12 and luhn_ok(digits) and card_brand_ok(digits):
        return None  # a card number (curate.pii.patterns finds it)
    zh = _HAN.search(text, max(0, start - 40), min(len(text), end + 40)) is not None
    if zh and not intl and _cn_service(digits):
        return None
    plain = body.replace("(0)", "")  # "+44 (0)115 …": the trunk 0 is not dialled from abroad
    base: float | None = None
    if intl:
        num = "+" + plain[2:] if plain.startswith("00") else plain
        possible, valid, service = _check(num, None)
        if not valid and plain.startswith("00") and not word and _id_before(low, start):
            return None  # a record number that starts with zeros after its id word (门诊号：0077648127): no
            # number any region issues, where 0086 152… after 骑手 is one
        if service and zh and num.startswith(_ZH_CODES):
            return None  # a Chinese region's service line; "+44808 1570037" in Chinese text is still a number
        base = 0.95 if valid else 0.8 if possible else None
        if base is None and zh and _AREA_SHAPE.match(body):
            base = 0.55  # "00-8096168", "002 86078843": an area code 0x in Chinese text (Faker's zh_TW), no prefix
    elif _CN_MOBILE.match(body):
        if not word and _ORDER_BEFORE.search(low, max(0, start - 12), start) is not None:
            return None  # "Created order 13912345678 for customer …", "订单号 1391…": an order's number
        base = 0.85
    elif word:
        # with a phone word before it any 7-15 digit candidate scores >= 0.7 whatever its region:
        # no need to ask phonenumbers (the costly part); only 400/800 lines in Chinese text are out
        if zh and digits[:3] in ("400", "800") and n == 10:
            return None
        return 0.85 if _NANP.match(body) else 0.75
    elif _NANP.match(body):
        base = 0.7
    elif _PAREN_AREA.match(body) or _TRUNK.match(body):
        valid, service = _valid_somewhere(plain, zh)
        if service and zh:
            return None  # 400/800 lines in Chinese text are company service numbers
        # Chinese text: an area-code-and-number shape ("(02) 2345 6789", "07-1833037") is printed
        # as a phone even where no region has that area code (Faker's zh_TW numbers mostly: 18 of
        # 240 in sentences without a phone word were missed for it); 0.55, as a bare number
        base = 0.75 if valid else 0.55 if zh and _AREA_SHAPE.match(body) else None
    elif (_RU_TRUNK.match(body) or _IN_SPLIT.match(body)) and not context_in(low, start - 12, start, NOT_CARD):
        # Two national printings no id or quantity has: Russia's trunk 8 before a bracketed or spaced code
        # and the last seven digits in groups ("8 (903) 289-21-84", "8-915-171-51-75"), India's trunk 0 with
        # the ten digits split five and five ("076870 81609"). Valid in that region only: Faker's ru_RU
        # draws codes no operator has ("8 (066) …"), which stay numbers; blind logs 32, 43 and 46's read
        # halves printed these with no phone word. An id word right before names
        # it ("meeting ID …"); one further back names the id after it ("IVR call-id b2e13f3261a68626 ANI 076870 81609")
        # (a number the region issues to a person: Russia's 8 800 lines are freephone, "8 (800) 555-35-35")
        _, valid, service = _check(("+7" + digits[1:]) if body[0] == "8" else digits, None if body[0] == "8" else "IN")
        base = 0.65 if valid and not service else None
    elif _id_before(low, start):
        return None  # "order 2345678901", "ticket no. 0207 …": an identifier of something else
    elif _LOCAL.match(body) and not _YEARS.match(body) and not text[max(0, start - 2):start].endswith(('"', '" ')) \
            and not _range(body, low, start, end):
        # A local number without its area code, printed in two groups ("467 3395", "2929-6111"):
        # digit groups of 3-4 + 4 are not how quantities are written (thousands group by three),
        # and in 5,000 Alpaca and 1,000 Chinese demo records the shape occurred only as year
        # ranges (excluded) and inside phone and card numbers. No region validates a number
        # without its area code, so the shape alone decides; logs (threshold 0.6) keep it. After a
        # quote it is an access log's status and size ('"GET / HTTP/1.1" 200 3120').
        base = 0.55
    elif seps == 0 and (10 <= n <= 12 and digits[0] == "0" or n == 10 and digits[0] in "23456789"):
        # A bare national number: trunk 0 + 9-11 digits (UK, India, Germany …) or a NANP 10-digit
        # number, valid in a region. Faker prints a fifth to a third of en_GB/en_IN/en_US phones so;
        # a number of this shape in running text is rarely anything else. 0.55: redacted by the
        # dataset profile; the logs profile asks 0.6, since bare 10-11 digit ids fill logs.
        valid, service = _valid_somewhere(digits, zh)
        if service and zh:
            return None
        base = 0.55 if valid else None
        if valid and zh and digits[0] == "0" and _HAN.match(text, start - 2) and text[start - 1] == " ":
            base = 0.65  # a landline with its area code after a Chinese word and a space (负责人王经理 02728270188):
            # how a roster or a notice prints a contact; bare ids in Chinese logs follow their label glued
    elif _NO_TRUNK_GROUPS.match(body) is not None:
        # A two-digit area code and two groups, as Brazil and Japan print a number without its trunk 0
        # ("32 2601-8159", "97-5432-3194": Faker's pt_BR and ja_JP, 0.40-0.60 found in rows and lists
        # with no phone word), valid in a region: 0.6. Only this shape: any three groups valid somewhere
        # (first tried) also took a tariff code (htsNumber=3304.99.5000, blind log 17's read half), a
        # French freephone line "0 80 27 80 80" (31's) and 21 decoys of blind log 3's held-out half
        valid, service = _valid_somewhere(plain, zh)
        if service or not valid:
            return None  # (a freephone or premium line is a business's)
        base = 0.6
    if base is None:
        return 0.7 if word else None
    return min(1.0, base + (0.4 if base < 0.5 else 0.15)) if ctx else base


# A line's label after the number, as contact blocks and signatures print it ("0161 496 0123 office",
# "8900 7944 (mobile)", "… -Fax", "M: …" is the word before): the number is that line's phone.
# "home"/"work"/"phone" only in brackets ("555 0199 (home)"): bare, they begin the next words
# ("88001234 phone case"), and a bare label must end its line or field ("1234567 office chairs" is a
# count of chairs). Not after an id word ("Serial 88001234 mobile …").
_LABEL_AFTER = re.compile(r"[ \t]?(?:[\-\u2013/|][ \t]?)?(?:\((?:mobile|mob|cell|fax|office|home|work|tel|"
                          r"phone|landline|direct|desk|whatsapp|m|h|w|o|c)\)|(?:mobile|cell|fax|office|"
                          r"landline|direct line|desk|whatsapp)(?![a-z])(?=[ \t]*(?:$|[\n\r,;|)\]/.:])))")


def _range(body: str, low: str, start: int, end: int) -> bool:
    """An ascending hyphenated pair that reads as a range of quantities: both ends round (700-1000,
    250-3000), a unit or counted noun after it, or a range word before it. Found in the seed tasks
    of Self-Instruct and BELLE ("roughly 700-1000 calories"); a phone word before the number
    still makes it a phone ("his number is 700-1000")."""
    a, sep, b = body.partition("-")
    if not sep or int(a) >= int(b):
        return False
    return (a[-1] == "0" and b[-1] == "0" or _UNIT_AFTER.match(low, end) is not None
            or _RANGE_BEFORE.search(low, max(0, start - 16), start) is not None)


def _label_after(low: str, body: str, start: int, end: int) -> bool:
    return _LABEL_AFTER.match(low, end) is not None and not _YEARS.match(body) and not _id_before(low, start)


# (only "=": a colon also ends a dialogue's speaker tag, "phone number? User: 27 53 61 38"; and
# Chinese keys: "手机号=138… 批次号=11464456539" names the second number a batch's)
_KEY = re.compile(r"(?:[a-z_][\w.\-]*|[\u4e00-\u9fff]{1,8})[ \t]*=")
# Powers of two and one less (16 to 64 bits): a counter's or a mask's limit, printed as a sentinel
_MACHINE_LIMITS = frozenset(str(2 ** k + d) for k in range(16, 65) for d in (-1, 0))


_KEY_BEFORE = re.compile(r"""["']?([a-z_][\w.\-]{0,40})["']?[ \t]*[:=][ \t]*["']?[ \t]*\Z""")
_KEY_PART = re.compile(r"[._\-]")
_NOT_PHONE_PARTS = frozenset(("code", "pin", "otp", "ext", "extension", "type", "verified", "hash", "country", "region"))


def _last_key(low: str, lo: int, hi: int) -> int:
    """Where the last ``key =`` before ``hi`` (from ``lo``) starts; -1 if none."""
    if "=" not in low[lo:hi]:
        return -1
    last = -1
    for m in _KEY.finditer(low, lo, hi):
        last = m.start()
    return last


def _last_at(low: str, start: int, words: tuple[str, ...]) -> int:
    """Where the last of ``words`` (as substrings) ends within 40 characters before ``start``; -1."""
    lo = max(0, start - 40)
    seg = low[lo:start]
    return max((seg.rfind(w) + len(w) for w in words if w in seg), default=-1)


def _id_before(low: str, start: int) -> bool:
    """An id word just before a number that has no phone shape of its own (bare digits, a local
    number): the words that mark a long digit run as an order, ticket or trace id."""
    return context_in(low, start - 24, start, NOT_CARD)


def _glued_ok(m: re.Match, text: str, low: str) -> bool:
    """A candidate right after ``: # , / .``: after a contact label ("Tel:", "Home#", "M:", "Fax/",
    "Ph.", "Mob."; not "Ref#" or "/orders/"), after a word and a comma
    (a list or a CSV row: "Office,(0808) …", "Ann,07588 67022"), or after a digit and a comma only
    when printed as an international or bracketed number ("…822,001-274-398-1718", "…,(790) 407-7547"):
    never a time (10:30), a decimal (3.1416), a path (/api/123456789) or a thousands group (5,340)."""
    start = m.start()
    p = text[start - 1]
    w = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if p == ":" and _HAN.match(text[start - 2:start - 1]):
        # 联系人:13424392876, 电话:021-…: a Chinese phone word, or a number printed as one
        return context_in(low, max(0, start - 8), start, CONTEXT["PHONE_NUMBER"]) or text[start] == "+" \
            or _CN_MOBILE.match(m.group(0)) is not None
    if p in ":#/.":
        # a label of a contact block: a phone word ("Tel:", "Ph.", "Fax/"), one letter ("M:", "H:")
        # or a line's kind ("Home#", "Work:"); other keys ("Ref#", "ip:") are no label,
        # but any label before ":" may hold a number printed as one (+CC, a mainland mobile)
        return w is not None and (len(w.group(1)) == 1 and p == ":" or w.group(1).lower() in _LINE_LABELS
                                  or context_in(low, w.start(1), start, CONTEXT["PHONE_NUMBER"])
                                  or p == ":" and (text[start] == "+" or _CN_MOBILE.match(m.group(0)) is not None))
    # a comma
    if w is not None:
        return True
    if _HAN.match(text[start - 2:start - 1]):
        # a Chinese row's field after a name's ("单红,186 1249 3031,…": blind log 29's read half): a mainland
        # mobile's shape only (a count or an amount follows a Chinese word and a comma too)
        # (or a landline with its area code: "周玉华,010-80063496,…", blind log 29's read half)
        return _CN_MOBILE.match(m.group(0)) is not None or _CN_AREA_LINE.match(m.group(0)) is not None
    prev = _TOKEN_BEFORE.search(text, max(0, start - 32), start - 1)
    # (or after a row's field that ends in a digit but is no number, an id or a code: "ORD-88213,231-886-0913";
    # a thousands group follows digits alone, 5,340)
    # (or a mainland mobile's shape, a carrier's call record's next party: "…,187 3080 4437,185 0406 6593,…",
    # blind log 42's read half; no thousands group has eleven digits after it)
    return text[start] in "+(" or text.startswith("00", start) or _CN_MOBILE.match(m.group(0)) is not None \
        or (prev is not None and (sum(c.isdigit() for c in prev.group(0)) >= 7
                                  or _ID_FIELD.fullmatch(prev.group(0)) is not None
                                  # (or a time of day: a row's timestamp field, "…,2023-01-26 04:42,0170-51202746,…",
                                  # blind log 31's read half; no thousands group follows a time)
                                  or _TIME_FIELD.search(prev.group(0)) is not None))


# An account handle made of a mainland mobile number (push aliases u_13586115820, member_1390…,
# IM ids wx_1860…): apps key users by their phone. The candidate pattern starts nowhere after "_"
# (ids glue digits to it), so these are found apart, only behind a person's or an account's prefix:
# order_, txn_, sn_ and the like hold ids that may have the same shape.
_HANDLE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,8})[_\-](1[3-9]\d{9})(?![A-Za-z0-9_])")
_HANDLE_PREFIXES = frozenset(("u", "uid", "user", "usr", "member", "mbr", "m", "cust", "customer", "c", "mob",
                              "mobile", "phone", "tel", "wx", "wechat", "alias", "acct", "account", "p", "im", "vip"))


# ... and a chat's mention by mobile number (DingTalk's and WeCom's "@17768579748 钱金凤": a bot
# mentions a member by the phone the account was made with)
_AT_MOBILE = re.compile(r"(?<![\w.+\-])@(1[3-9]\d{9})(?![\w.@])")


def _handles(text: str) -> list[Span]:
    out = [Span(h.start(2), h.end(2), "PHONE_NUMBER", 0.85, "phonenumbers")
           for h in _HANDLE.finditer(text)
           if h.group(1).lower() in _HANDLE_PREFIXES and _check(h.group(2), "CN")[1]]
    if "@1" in text:
        out += [Span(h.start(1), h.end(1), "PHONE_NUMBER", 0.85, "phonenumbers")
                for h in _AT_MOBILE.finditer(text) if _check(h.group(1), "CN")[1]]
    return out


_LINE_LABELS = frozenset(("home", "work", "main", "direct", "other", "private", "business", "personal", "emergency"))
_TOKEN_BEFORE = re.compile(r"[^\s,;]+\Z")  # the list item before the comma: a number of 7+ digits
_TIME_FIELD = re.compile(r"(?<!\d)[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?\Z")
_CN_AREA_LINE = re.compile(r"0\d{2,3}-\d{7,8}\Z")
_ID_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9_]*[\-_#][A-Za-z0-9_\-]*\d")  # ORD-88213, C-2231, job_42


def find(text: str, low: str) -> list[Span]:
    out = []
    for m in CANDIDATE.finditer(text):
        s = score(m, text, low)
        if s is not None:
            out.append(Span(m.start(), m.end(), "PHONE_NUMBER", round(min(s, 1.0), 2), "phonenumbers"))
    for g in _GLUE_AT.finditer(text):
        m = GLUED.match(text, g.end())
        if m is None or m.end() - m.start() < 7 or not _glued_ok(m, text, low):
            continue
        s = score(m, text, low)
        if s is not None:
            # the whole number, not the part the main pattern found after its bracket
            inner = [sp for sp in out if m.start() <= sp.start and sp.end <= m.end()]
            s = max([s] + [sp.score for sp in inner])
            out = [sp for sp in out if sp not in inner]
            out.append(Span(m.start(), m.end(), "PHONE_NUMBER", round(min(s, 1.0), 2), "phonenumbers"))
    if "_1" in text or "-1" in text or "@1" in text:
        out.extend(_handles(text))
    if "/" in text and ("01" in text or "tel" in low or "tél" in low or "fon" in low or "handy" in low or "mob" in low
                                        or "fax" in low or "ruf" in low or "unter" in low):
        # a German number in DIN 5008's old form, its area code and a slash ("Tel. 0160/5734642", "(Tel.
        # 089/2640092)": blind logs 28 and 29's read halves), after a phone's word only: a slash joins tyre
        # sizes, ratios and invoice numbers too (225/45, 0012/2024); a mobile's prefix (015x-017x) needs no
        # word ("sms to=0157/4644748", "Rückruf an Fahrgast unter 0177/7418666": blind log 46's read half)
        for m in _SLASH_NUMBER.finditer(text):
            if m.group(1) is not None or _SLASH_CUE.search(low, max(0, m.start() - 14), m.start()) is not None:
                out.append(Span(m.start(), m.end(), "PHONE_NUMBER", 0.85, "phonenumbers"))
    return out


_SLASH_NUMBER = re.compile(r"(?<![\w/.\-])(?:(01[5-7]\d?/(?!(?:19|20)\d\d[01]\d[0-3]\d(?!\d))\d{7,8})|0\d{2,4}/\d{5,8})"
                           r"(?![\w/])")
_SLASH_CUE = re.compile(r"(?:tel|telefon|fon|phone|handy|mobil|mobile|mob|fax|tél|ruf|rufnummer|unter)\.?:?\s*\(?$")


RECOGNIZER = FunctionRecognizer("phonenumbers", "PHONE_NUMBER", find, min_digits=5)
