"""English names that a cue in the text names as a person, whatever NER says.

spaCy's small English model tags "Gregory Hughes" in "My name is Gregory Hughes" as an ORG, and
nothing at all in "this is Mr Dr Iain Fisher" (presidio-research's templates, bench/pii_presidio.py).
A person named by a title and a full name ("Dr. Ann Lee"), by a form field ("Reported by:",
"Approved by:", "Signature:"), by a name label ("Name: Kenji Watanabe",
"my name is Tom", "her maiden name is Ayers", "everyone calls me Arin") or addressed by a salutation
("Dear Maria Gonzalez", "Regards, Jo") is a private person in the text's own words: 0.95, found in
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

import re

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
               "[Rr]eferring [Pp]hysician", "[Aa]ttending [Pp]hysician", "[Pp]atient [Nn]ame", "[Hh]olders?")
_ROLE = r"(?:" + "|".join(ROLE_FIELDS) + r"):"
_ROLE_LABEL = re.compile(_ROLE)
# one space between a name's words: a tab or a run of spaces separates columns ("Witness: Ann Lee    Date:")
_NAME = r"((?:[A-Z][a-z'\-]+|[A-Z]\.)(?: (?:[A-Z][a-z'\-]+|[A-Z]\.)){0,2}(?: [A-Z][a-z'\-]+)?)"
_CUE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"
    r"|\b(?:[Dd]ear|[Mm]y name is|[Mm]y name's|(?:[Ff]irst|[Ll]ast|[Mm]iddle|[Mm]aiden|[Ff]ull) name is|"
    r"[Ss]urname is|(?<![A-Za-z][ \t])(?<![A-Za-z_])[Nn]ame:|[Ss]ignature:|name as|"
    r"(?:[Rr]eported|[Aa]pproved|[Pp]repared|[Ss]ubmitted|[Ss]igned|[Rr]equested|[Rr]eviewed|[Cc]hecked|"
    r"[Rr]eceived|[Ii]ssued|[Ww]itnessed|[Rr]ecorded) by:|[Cc]ontact:|[Ss]igned,|[Rr]egards,|calls me|"
    r"I am called|I'm called|(?<![A-Za-z][ \t])(?<![A-Za-z_])" + _ROLE + r"))[ \t]+" + _NAME)
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


def fiction(text: str, low: str, start: int, end: int) -> bool:
    """The text tells or discusses a story, or the name is inside typographic dialogue quotes."""
    if FICTION.search(low):
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
        if _TITLE_CUE.match(m.group(0)) and len(tokens) - k < 2:
            # a title before one word names bands, brands and characters as often as people
            # ("Mr. Children", "Dr. Pepper", "Mr. Bean"): a single surname after a title is left
            # to NER with the title as context
            continue
        start, end = m.start(1) + tokens[k].start(), m.end(1)
        if _LABEL.search(m.group(0)) and not _FIELD_END.match(text, end):
            continue  # "Name: Spirit II E-210 Gas Grill": a field whose value goes on is a product
        if _ROLE_LABEL.match(m.group(0)) and (len(tokens) - k < 2 or not _FIELD_END.match(text, end)
                                               or any(t.group(0) in NOT_NAME_WORDS for t in tokens[k:])):
            continue  # a role field holds a full name and ends there; a speaker tag holds a sentence
        if fiction(text, low, start, end):
            continue
        out.append(Span(start, end, "PERSON", 0.95, "en_name_cue"))
    return out


_LABEL = re.compile(r"[Nn]ame:")
_FIELD_END = re.compile(r"[ \t]*(?:$|[\n\r,;.|(<])|\t| {2,}")  # a tab or spaces: the next column
_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr", "Prof", "Miss", "Mx", "Professor"))
_TITLE_CUE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b")


def _may(text: str) -> bool:
    return _HINT.search(text) is not None


HINT = (r"M[rsx]|Miss|Dr|Prof|[Dd]ear|[Nn]ame|[Cc]ontact:|[Ss]igned,|[Rr]egards,|calls me|called|[Ss]ignature:| by:|"
        + _ROLE)  # also the polars prefilter (curate.pii.scan): same syntax
_HINT = re.compile(HINT)
RECOGNIZER = FunctionRecognizer("en_name_cue", "PERSON", find, _may)
